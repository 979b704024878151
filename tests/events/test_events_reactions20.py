"""Reactions 20 (session 20, builder AT): the target of a reaction to a body's deed.

Coded: a vote cast against the act ("the United States and Israel voted against", "Hungary
voted against the tariffs") is a member's ballot, no telling of the decision a reaction's
"the decision", "the resolution" or "the vote" sums up: the body that decided is found
further back, the ballot's voters only when no act is told before (_told_targets,
_dissenting_vote; nor is it a lead act, _act_authors); a decision noun that a state drafted,
proposed or sponsored ("France drafted the resolution", "the resolution, drafted by
Ukraine") tells no decision of that state's, nor is the drafter the author of the text the
body adopted before (_decision_authors, _drafted, _antecedent_author); "the decision"
answers an investigation opened (09, reaction_matches), and a state that chaired or hosted
the meeting between is no other doer (_uncoded_doer_between, hosted_nouns). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BALLOTS: list[Case] = [
    (
        "UNITED NATIONS",
        "The U.N. General Assembly voted overwhelmingly on Tuesday to demand a truce in Yemen. "
        "Saudi Arabia and the United Arab Emirates voted against. Riyadh rejected the "
        "resolution.",
        # the ballots against the assembly's text reject it (v.vote_against, session 45)
        "SAU>UN:12 ARE>UN:12 SAU>UN:12",
    ),
    (
        "BRUSSELS",
        "The European Union agreed on Friday to impose tariffs on Chinese steel. Slovakia and "
        "Hungary voted against the tariffs. China criticized the decision.",
        "CHN>EU:11",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Thursday to extend its inquiry into Nicaragua. "
        "Cuba and Bolivia voted against the motion. Managua rejected the decision.",
        "NIC>UN:12",
    ),
    (
        "VIENNA",
        "The IAEA's board passed a resolution on Wednesday urging Iran to restore camera "
        "access. Russia and China voted against the text. Tehran denounced the vote.",
        # the board's resolution is the IAEA's appeal (session 58: an IGO's board acts for it)
        "IAEA>IRN:02 IRN>IAEA:11",
    ),
    # kept: a vote against is the voter's own act when no body's act is told
    (
        "BRATISLAVA",
        "Slovakia voted against the European Union's asylum pact on Tuesday. Hungary praised "
        "the vote.",
        "SVK>EU:12 HUN>SVK:05",  # the ballot against the EU's pact rejects it (v.vote_against)
    ),
]

DRAFTS: list[Case] = [
    # near-misses: the drafter is no decider; nothing is guessed when the body's act is uncoded
    (
        "UNITED NATIONS",
        "The U.N. Security Council prolonged the mandate of its force in Cyprus on Thursday. "
        "Britain drafted the resolution. Turkey criticized the decision.",
        "",
    ),
    (
        "UNITED NATIONS",
        "The Security Council renewed the mandate of its mission in Libya on Monday. Malta "
        "sponsored the resolution. Russia criticized the move.",
        "",
    ),
    # a text named by its drafter after the body adopted it is the body's
    (
        "UNITED NATIONS",
        "The U.N. General Assembly on Friday adopted a resolution demanding that Armenia "
        "withdraw its troops. The resolution, drafted by Azerbaijan and co-sponsored by Turkey "
        "and Pakistan, won 90 votes. Yerevan rejected the resolution.",
        "UN>ARM:10 ARM>UN:12",
    ),
    (
        "UNITED NATIONS",
        "The General Assembly adopted a resolution on Tuesday urging Myanmar to free political "
        "prisoners. The resolution was sponsored by Gambia and Canada. Myanmar's junta "
        "dismissed the resolution.",
        "UN>MMR:02 MMR>UN:12",
    ),
    # kept: a draft answered by its own noun is the drafter's
    (
        "UNITED NATIONS",
        "Britain circulated a draft resolution on Sudan on Monday. Russia criticized the "
        "resolution.",
        "RUS>GBR:11",
    ),
]

# "the move" or "the step" sums up a decision told by its noun: the noun's author (a
# possessive, a by-agent, the subject of "made"/"took"), not a backer nor a would-be blocker
DECISION_NOUNS: list[Case] = [
    (
        "OTTAWA",
        "Canada's decision to station warships in the Baltic was announced on Friday. Russia "
        "criticized the move.",
        "RUS>CAN:11",
    ),
    (
        "TEHRAN",
        "The decision was taken by Iran's supreme security council on Sunday. Israel condemned "
        "the step.",
        "ISR>IRN:11",
    ),
    (
        "OSLO",
        "Norway made the decision after talks with Sweden. Russia criticized the step.",
        "NOR>SWE:04 RUS>NOR:11",
    ),
    (
        "BRUSSELS",
        "The EU's decision, which Latvia had long sought, was welcomed by Moldova. Belarus "
        "condemned the move.",
        "MDA>EU:05 BLR>EU:11",
    ),
    # near-misses: a backer or a state that threatened to block the decision made none
    (
        "VIENNA",
        "An OPEC decision to raise output, backed by Kuwait and Iraq, angered Moscow. Russia "
        "criticized the move.",
        "KWT>OPEC:05 IRQ>OPEC:05",
    ),
    (
        "BRUSSELS",
        "The EU decided on Monday to open accession talks with Albania. Bulgaria had threatened "
        "to block the decision. Serbia criticized the step.",
        "EU>ALB:04 SRB>EU:11",
    ),
]

# "the decision" or "the move" sums up an investigation opened (09) as any other deed, and a
# state that chaired or hosted the meeting where it was decided made no other deed between
INVESTIGATIONS: list[Case] = [
    (
        "THE HAGUE",
        "The International Criminal Court's prosecutor opened an investigation into the "
        "Philippines on Monday. Manila rejected the move.",
        "ICC>PHL:09 PHL>ICC:12",
    ),
    (
        "BRUSSELS",
        "The European Union opened an investigation into Chinese subsidies for wind turbines. "
        "Beijing criticized the step.",
        # a subsidy probe of another state's goods is a trade measure (16): ruled by the
        # lead, session 36, to follow the gold of sets 20, 44 and 47
        "EU>CHN:16 CHN>EU:11",
    ),
]
MEETINGS: list[Case] = [
    (
        "ACCRA",
        "ECOWAS suspended Burkina Faso on Saturday. Ghana chaired the summit in Accra. "
        "Ouagadougou condemned the decision.",
        "",
    ),
    # near-misses: another doer's act between may be the one meant; a meeting alone is no deed
    (
        "BAMAKO",
        "ECOWAS suspended Mali on Saturday. Separately, Ghana opened a new port. Bamako "
        "condemned the decision.",
        "",
    ),
    ("DAKAR", "Senegal hosted the meeting in Dakar on Sunday. Gambia welcomed the decision.", ""),
]

TEXT_GAP = "a draft named by another noun than the adopted one ('the text') is the drafter's"
GAPS: list[Gap] = [
    (
        "UNITED NATIONS",
        "The General Assembly adopted a resolution on Tuesday urging Myanmar to free political "
        "prisoners. The text was sponsored by Gambia and Canada. Myanmar's junta dismissed the "
        "text.",
        "UN>MMR:02 MMR>UN:12",
        TEXT_GAP,
    ),
]
NONE: list[NearMiss] = []
CASES = BALLOTS + DRAFTS + DECISION_NOUNS + INVESTIGATIONS + MEETINGS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions20_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
