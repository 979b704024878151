"""PETRARCH/TABARI dictionary import and user dictionaries (no model needed except the last)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.actors.dictionaries import (
    convert_code,
    import_petrarch,
    petrarch_date,
    read_actors_file,
)
from newsgraph.actors.gazetteer import load_gazetteer

PEERS = Path(__file__).resolve().parents[2] / ".." / "shared" / "peers"


def test_actors_dictionaries_dates_and_codes() -> None:
    assert petrarch_date("140608") == "2014-06-08"
    assert petrarch_date("20140301") == "2014-03-01"
    assert petrarch_date("331108") == "1933-11-08"
    assert convert_code("IGOWSTNAT") == "NATO"
    assert convert_code("IGOUNOHLHWHO") == "WHO"
    assert convert_code("egygov") == "EGYGOV"


def test_actors_dictionaries_written_format(tmp_path: Path) -> None:
    src = tmp_path / "actors.txt"
    src.write_text(
        "# comment\n"
        "RIVENLAND_ [RVL]\n+RIVENLANDER\n\n"
        "OSKAR_VEIL_  # a ruler\n+PRESIDENT_VEIL\n"
        "\t[RVLGOV 100101-151231]\n\t[RVLOPP >160101]\n",
        "utf-8",
    )
    agents = tmp_path / "agents.txt"
    agents.write_text(
        "!PEOPLE! = MAN, MEN\nBOAT!PEOPLE! [~REF]\nHARBOR_MASTER {HARBOR_MASTERS} [~GOV]\n", "utf-8"
    )
    out = tmp_path / "out.yml"
    counts = import_petrarch([str(src), str(agents)], str(out))
    assert counts == {"actors": 2, "names": 4, "dated": 1, "agents": 4}
    data = read_actors_file(str(out))
    veil = [a for a in data["actors"] if a["name"] == "Oskar Veil"][0]
    # the range's last day is included: "to" is exclusive, so it is the day after
    assert veil["dates"][0] == {"code": "RVLGOV", "from": "2010-01-01", "to": "2016-01-01"}
    assert veil["dates"][1] == {"code": "RVLOPP", "from": "2016-01-01"}
    assert "harbor masters" in data["agents"]["GOV"]
    gaz = load_gazetteer(str(out))
    hit = gaz.match(["rivenlander"], 0)
    assert hit and hit[1][0].principal == "RVL"
    dated = gaz.persons[("oskar", "veil")]
    assert [e.code for e in dated if e.valid_on("2012-05-05")] == ["RVLGOV"]
    assert [e.code for e in dated if e.valid_on("2015-12-31")] == ["RVLGOV"]
    assert [e.code for e in dated if e.valid_on("2017-05-05")] == ["RVLOPP"]


@pytest.mark.parametrize(
    "files",
    [
        ("petrarch2/PETR.Validate.actors.txt", "petrarch2/PETR.Validate.agents.txt"),
        (
            "UniversalPetrarch/PETR_Validate_actors_2_02.txt",
            "UniversalPetrarch/PETR_Validate_agents_2_02.txt",
        ),
    ],
)
def test_actors_dictionaries_validation_files_import(
    files: tuple[str, str], tmp_path: Path
) -> None:
    if not PEERS.exists():
        pytest.skip("shared peers not present")
    out = tmp_path / "validate.yml"
    counts = import_petrarch([str(PEERS / f) for f in files], str(out))
    assert counts["actors"] > 100 and counts["agents"] > 50
    gaz = load_gazetteer(str(out))
    for word, code in (("arnor", "ARN"), ("gondor", "GON")):
        hit = gaz.match([word], 0)
        assert hit and hit[1][0].principal == code


def test_actors_dictionaries_phoenix_dated_entry(tmp_path: Path) -> None:
    path = PEERS / "petrarch2" / "Phoenix.Countries.actors.txt"
    if not path.exists():
        pytest.skip("shared peers not present")
    lines = path.read_text("utf-8").splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if "[EGYGOV > 140608]" in line or "[EGYGOV >140608]" in line
    )
    start = max(
        k
        for k in range(at)
        if lines[k] and not lines[k][0].isspace() and not lines[k].startswith("+")
    )
    piece = tmp_path / "piece.txt"
    piece.write_text("\n".join(lines[start : at + 1]) + "\n", "utf-8")
    out = tmp_path / "piece.yml"
    assert import_petrarch([str(piece)], str(out))["dated"] == 1
    entry = read_actors_file(str(out))["actors"][0]
    assert {"code": "EGYGOV", "from": "2014-06-08"} in entry["dates"]


@pytest.mark.model
def test_actors_dictionaries_validation_actors_resolve(tmp_path: Path) -> None:
    if not PEERS.exists():
        pytest.skip("shared peers not present")
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_text
    from newsgraph.settings import Settings

    out = tmp_path / "validate.yml"
    import_petrarch([str(PEERS / "petrarch2" / "PETR.Validate.actors.txt")], str(out))
    settings = Settings(actors_file=str(out))
    text = "Arnor accused Gondor of sending soldiers across the river."
    ms = resolve_mentions(Article(id="v", text=text), parse_text(text, settings), settings)
    principals = [m.actor.principal for m in ms if m.actor]
    assert principals[:2] == ["ARN", "GON"]


def test_actors_dictionaries_user_yaml_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.yml"
    user.write_text(
        "actors:\n"
        "  - {code: FRDGOV, name: Freedonia, names: [Freedonian Cabinet]}\n"
        "  - {code: FRD, name: Freedonia, names: [Freedonia]}\n"
        "  - {code: GEO, name: Georgia, kind: state, names: [Sakartvelo]}\n"
        "  - {code: USA, name: United States, kind: capital, names: [Washington]}\n"
        "agents:\n  MIL: [home guard]\n",
        "utf-8",
    )
    gaz = load_gazetteer(str(user))
    cabinet = gaz.match(["freedonian", "cabinet"], 0)
    assert cabinet and cabinet[1][0].actor().code == "FRDGOV"
    assert gaz.match(["sakartvelo"], 0)[1][0].principal == "GEO"  # type: ignore[index]
    washington = gaz.match(["washington"], 0)
    assert washington and [e.code for e in washington[1]] == ["USA"]
    assert gaz.roles[("home", "guard")] == "MIL"
