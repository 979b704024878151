"""states.yaml is generated: a fact edited there by hand is lost at the next build,
so the committed file must be exactly what the build makes from states_extra.yaml."""

from importlib import resources
from pathlib import Path

import yaml

from newsgraph.actors.build import main


def test_committed_states_equal_the_build(tmp_path: Path) -> None:
    built = tmp_path / "states.yaml"
    assert main([str(built)]) == 0
    data_dir = Path(str(resources.files("newsgraph").joinpath("data", "actors")))
    committed = yaml.safe_load((data_dir / "states.yaml").read_text("utf-8"))
    made = yaml.safe_load(built.read_text("utf-8"))
    differing = sorted(c for c in set(committed) | set(made) if committed.get(c) != made.get(c))
    assert not differing, (
        f"states.yaml differs from the build for {differing}: edit states_extra.yaml "
        "and run `python -m newsgraph.actors.build`"
    )
