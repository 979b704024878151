"""`newsgraph validate-petrarch`: a suite we write, its errors, and its report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.events.validate import read_suite

VERBS = "--- ARRIVE  [042:043]  ---\nARRIVE\n\n--- CRITICIZE  [111]  ---\nCRITICIZE\n"
ACTORS = "VALORIA [VAL]\nMERIDIA [MER]\n"
AGENTS = "PRESIDENT {PRESIDENTS} [~GOV]\n"
RECORDS = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Include>DEMO VERB</Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="20200101" id="D-1" evaluate="true">
<!-- <EventCoding eventcode="999" sourcecode="XXX" targetcode="YYY" /> a comment -->
<EventCoding eventcode="042" sourcecode="VALGOV" targetcode="MER" />
<EventCoding eventcode="043" sourcecode="MER" targetcode="VALGOV" />
<Text>The Valoria president arrived in Meridia &amp; stayed.</Text>
</Sentence>
<Sentence category="VERB" date="20200101" id="V-1" evaluate="true">
<EventCoding eventcode="112" sourcecode="VAL" targetcode="MER" />
<Text>Valoria criticized Meridia.</Text>
</Sentence>
<Sentence category="VERB" date="20200101" id="V-2" evaluate="false">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="MER" />
<Text>Valoria criticized Meridia again.</Text>
</Sentence>
<Sentence category="PARSING" date="20200101" id="P-1" evaluate="true">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="MER" />
<Text>Valoria criticized Meridia once more.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def _suite(root: Path, dictionaries: bool = True) -> Path:
    (root / "records.xml").write_text(RECORDS, "utf-8")
    if dictionaries:
        (root / "verbs.txt").write_text(VERBS, "utf-8")
        (root / "actors.txt").write_text(ACTORS, "utf-8")
        (root / "agents.txt").write_text(AGENTS, "utf-8")
    return root / "records.xml"


def test_events_validate_reads_evaluated_records_only(tmp_path: Path) -> None:
    suite = read_suite(_suite(tmp_path))
    assert [r.id for r in suite.records] == ["D-1", "V-1"]  # not evaluated / not included
    assert suite.records[0].text == "The Valoria president arrived in Meridia & stayed."
    assert suite.records[0].date == "2020-01-01"
    assert [e.code for e in suite.records[0].expected] == ["042", "043"]  # comments skipped


def test_events_validate_cli_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate-petrarch", str(tmp_path / "nope.xml")])
    assert result.exit_code == 1
    assert "cannot read validation records" in result.output


def test_events_validate_cli_missing_dictionary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate-petrarch", str(_suite(tmp_path, False))])
    assert result.exit_code == 1
    assert "verbs.txt" in result.output and "not next to it" in result.output


@pytest.mark.model
def test_events_validate_cli_reports_per_category(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate-petrarch", str(_suite(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    demo, verb = data["categories"]["DEMO"], data["categories"]["VERB"]
    assert (demo["expected"], demo["correct"], demo["extra"]) == (2, 2, 0)
    # the suite says 112 where the dictionary codes 111: one uncoded and one extra
    assert (verb["correct"], verb["uncoded"], verb["extra"]) == (0, 1, 1)
    assert data["total"]["correct_rate"] == pytest.approx(2 / 3, abs=1e-3)
    table = CliRunner().invoke(app, ["validate-petrarch", str(_suite(tmp_path)), "--show"])
    assert table.exit_code == 0 and "TOTAL" in table.stdout


def test_events_validate_dictionaries_elsewhere_and_listed(tmp_path: Path) -> None:
    shelf = tmp_path / "dicts"
    shelf.mkdir()
    for name, text in (("verbs.txt", VERBS), ("a1.txt", ACTORS), ("a2.txt", "OSTMARK [OST]\n")):
        (shelf / name).write_text(text, "utf-8")
    (shelf / "agents.txt").write_text(AGENTS, "utf-8")
    records = tmp_path / "records.xml"
    records.write_text(RECORDS.replace("actors.txt", "a1.txt, a2.txt"), "utf-8")
    suite = read_suite(records, shelf)
    assert [p.name for p in suite.actors] == ["a1.txt", "a2.txt"]
    result = CliRunner().invoke(app, ["validate-petrarch", str(records)])
    assert result.exit_code == 1 and "not next to it" in result.output


def test_events_validate_agent_roles_keep_prefixes(tmp_path: Path) -> None:
    from newsgraph.events.validate import agent_roles

    path = tmp_path / "agents.txt"
    path.write_text("DIPLOMAT [~GOV]\nMSF {} [NGO~]\n", "utf-8")
    assert agent_roles((path,)) == {"diplomat": "GOV", "diplomats": "GOV", "msf": "NGO~"}
