"""A key written twice in a data file is silently overwritten by the YAML loader (the last one
wins), so two builders adding the same list under one name lose one of them without a sign."""

from importlib import resources
from pathlib import Path

import pytest
import yaml


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that records every mapping key given twice."""

    repeated: list[str] = []


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            loader.repeated.append(f"{key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

DATA = Path(str(resources.files("newsgraph").joinpath("data")))
FILES = sorted(DATA.rglob("*.yaml"))


def _repeated(text: str) -> list[str]:
    loader = _StrictLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeated


def test_data_files_are_found() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_is_written_twice(path: Path) -> None:
    assert _repeated(path.read_text("utf-8")) == []


def test_a_key_written_twice_is_caught() -> None:
    assert _repeated("a: [1]\nb: 2\na: [3]\n") == ["'a' at line 3"]
    assert _repeated("top:\n  x: 1\n  x: 2\n") == ["'x' at line 3"]
    assert _repeated("a: 1\nb: {a: 2}\n") == []
