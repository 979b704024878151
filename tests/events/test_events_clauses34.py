"""Clauses 34 (session 24, builder SY): judgements told in reported speech.

Found with the block trace (eval --blocked): misses whose nearest block is a saying verb's
clause condition. The clause checks were word lists grown from the sentences we had; these
rows read a judgement as a predicate of a class by meaning about a deed of the target.
A deed said to put peace, stability, security or sovereignty at risk (a verb of harm and a
common good: v.say_endangers_peace) or to raise tension or danger (a verb of raising and a
noun of tension: v.say_inflames) disapproves of its doer (111): the clause's actor, or the
authors of the act noun told before ("the pact" -> its signers). Near-misses: a verb of
harm with no common good, no doer, a denial, a foretelling ("could", "would"), the
speaker's own deed.

A want of ground or standing is itself the judgement (objects._wants_merit, rules
merit_nouns, warrant_nouns): "said Manila's claims had no legal basis", "said the vote lacked
legitimacy", "said the EU had no business deciding", "said the guards had opened fire without
any provocation" accuse the clause's actor (v.say_accuse). "had no reason to doubt", "no
chance", "no evidence", a basis affirmed and "without hesitation" judge nothing.

The clause lists name more judgements by meaning: unlawful or void (invalid, null and void,
unauthorized, contrary to), breaches (infringement, encroachment, annexation, "in breach of"
with rules breach_nouns), hostility and domination (hostility, hegemonism, intimidation,
blackmail), danger, falsehood (unsubstantiated, hoax) and unacceptable acts (intolerable,
divisive, inflammatory); a predicate joined to the first is read too ("offensive and
unacceptable"), unless denied ("legal and not a threat").

A duty told of another state is a must (v.say_must, obliged_clause): "said Mongolia had a
clear legal obligation to arrest the suspect" demands it (10). The speaker's own duty, a
duty denied or foretold, and a "duty officer" demand nothing.

The content of a report or claim is no doer of what the clause judges (clauses._noun_clauses
in ccomp_actor): "said reports that Uganda had closed the border were false" judges the
reports, not Uganda, while "Uganda's claims that ..." and "the claims Uganda made" are
Uganda's.

A deed said to be made for a judged end is judged (content_clause, rules design_verbs): "said
the U.S. drills were designed to provoke Beijing", "said the statement was aimed at
undermining regional stability" read the purpose's verb with the passive subject as the
deed; "designed to deter aggression", "aimed at ending the conflict", the speaker's own and a
purpose denied judge nothing.
Each row is (dateline, body, expected events).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ENDANGERS: list[Case] = [
    ("TOKYO", "Japan said China's naval drills threatened regional stability.", "JPN>CHN:11"),
    (
        "NAIROBI",
        "Kenya said Somalia's decision had jeopardized the peace process.",
        "KEN>SOM:11",
    ),
    ("KYIV", "Ukraine said Belarus's decision threatened its security.", "UKR>BLR:11"),
    (
        "HANOI",
        "Vietnam said the Chinese survey ship's presence seriously threatened its sovereignty.",
        "VNM>CHN:11",
    ),
    (
        "MANILA",
        "The Philippines said Beijing's coast guard had endangered the security of the region.",
        "PHL>CHN:11",
    ),
    # the act noun's authors, told before
    (
        "MOSCOW",
        "Japan and the Philippines signed a defense pact on Monday. Russia said the pact "
        "threatened peace in Asia.",
        "JPN>PHL:05 PHL>JPN:05 RUS>JPN:11 RUS>PHL:11",
    ),
]

INFLAMES: list[Case] = [
    (
        "BAKU",
        "Azerbaijan said France's arms deliveries to Armenia fuelled tensions in the region.",
        "AZE>FRA:11 FRA>ARM:07",
    ),
    (
        "SEOUL",
        "South Korea said the North Korean missile launches heightened tensions on the "
        "peninsula.",
        "KOR>PRK:11",
    ),
    ("TOKYO", "Japan said China's drills posed a threat to regional peace.", "JPN>CHN:11"),
    (
        "CAIRO",
        "Egypt said the Ethiopian dam posed a grave danger to its water security.",
        "EGY>ETH:11",
    ),
    (
        "ATHENS",
        "Greece said Turkey's survey mission was stoking tensions in the Aegean.",
        "GRC>TUR:11",
    ),
    ("BELGRADE", "Serbia said Kosovo's move had stoked tensions in the north.", "SRB>XKX:11"),
]

WANTS_MERIT: list[Case] = [
    ("BEIJING", "China said Manila's claims had no legal basis.", "CHN>PHL:11"),
    ("DELHI", "India said China's new map had no basis in fact.", "IND>CHN:11"),
    (
        "RABAT",
        "Morocco said the Algerian statement lacked any legal foundation.",
        "MAR>DZA:11",
    ),
    (
        "MOSCOW",
        "Russia said the EU had no business deciding whether Serbia's elections were fair.",
        "RUS>EU:11",
    ),
    (
        "CARACAS",
        "Venezuela said Guyana had no right to grant oil concessions in the disputed waters.",
        "VEN>GUY:11",
    ),
    ("KYIV", "Ukraine said the referendum organised by Russia lacked legitimacy.", "UKR>RUS:11"),
    (
        "DHAKA",
        "Bangladesh said Indian border guards had opened fire without any provocation.",
        "BGD>IND:11",
    ),
    (
        "BEIJING",
        "The Philippines filed new claims to the reef on Monday. China said the claims had "
        "no legal basis.",
        "CHN>PHL:11",
    ),
]

JUDGED: list[Case] = [
    ("RABAT", "Morocco said Algeria's decision was null and void.", "MAR>DZA:11"),
    (
        "CARACAS",
        "Venezuela said Guyana's oil tender was an infringement of its sovereignty.",
        "VEN>GUY:11",
    ),
    ("MINSK", "Belarus said Poland's border closure was an act of hostility.", "BLR>POL:11"),
    ("BAKU", "Azerbaijan said the French resolution was invalid.", "AZE>FRA:11"),
    (
        "SEOUL",
        "South Korea said Japan's claim to the islands was an encroachment on its territory.",
        "KOR>JPN:11",
    ),
    ("CAIRO", "Egypt said Ethiopia's actions were intolerable.", "EGY>ETH:11"),
    ("TBILISI", "Georgia said Russia's recognition of the regions was an annexation.", "GEO>RUS:11"),
    ("BRATISLAVA", "Slovakia said Hungary's comments were divisive and unhelpful.", "SVK>HUN:11"),
    ("ROME", "Italy said the French remarks were offensive and unacceptable.", "ITA>FRA:11"),
    ("NAIROBI", "Kenya said Uganda's claims were unsubstantiated.", "KEN>UGA:11"),
    ("SEOUL", "Seoul said Pyongyang's launch was in breach of U.N. resolutions.", "KOR>PRK:11"),
]

DUTIES: list[Case] = [
    (
        "THE HAGUE",
        "The International Criminal Court said Mongolia had a clear legal obligation to "
        "arrest the suspect.",
        "ICC>MNG:10",
    ),
    ("GENEVA", "The United Nations said Hungary had a duty to protect the refugees.", "UN>HUN:10"),
    (
        "BRUSSELS",
        "The European Union said Serbia has an obligation to implement the agreement with "
        "Kosovo.",
        "EU>SRB:10",
    ),
]

CLAIM_AUTHORS: list[Case] = [
    (
        "NAIROBI",
        "Kenya said Uganda's claims that Kenyan troops had entered Uganda were false.",
        "KEN>UGA:11",
    ),
    ("KAMPALA", "Kenya said the claims that Uganda made were false.", "KEN>UGA:11"),
    ("NAIROBI", "Kenya said the claims Uganda made on Monday were baseless.", "KEN>UGA:11"),
]

DESIGNED: list[Case] = [
    ("BEIJING", "China said the U.S. drills were designed to provoke Beijing.", "CHN>USA:11"),
    (
        "BEIJING",
        "China said the Japanese statement was aimed at undermining regional stability.",
        "CHN>JPN:11",
    ),
    ("TOKYO", "Japan said the Chinese balloon was designed to spy on its bases.", "JPN>CHN:11"),
]

NONE: list[NearMiss] = [
    # no doer, no common good, a denial, a guess, the speaker's own, a threat told
    ("TOKYO", "Japan said the earthquake threatened the stability of the grid."),
    ("OSAKA", "Japan said China's economy posed a risk to global growth."),
    ("TOKYO", "Japan said the drills did not threaten regional stability."),
    ("KOBE", "Japan said China's drills could threaten regional stability."),
    ("TOKYO", "Japan said its own drills posed no threat to anyone."),
    ("TOKYO", "Japan said the new agreement with Australia would increase regional security."),
    ("TOKYO", "Japan said China's drills raised questions."),
    ("TOKYO", "Japan said inflation posed a threat to the economy."),
    ("TOKYO", "Japan said rising tensions threatened regional trade."),
    ("CANBERRA", "Australia said China's drills had not heightened tensions."),
    ("NAGOYA", "Japan said Russia's decision had caused long delays at the port."),
    # no want of merit: a reason, a chance, evidence, a basis affirmed, hesitation
    ("NAIROBI", "Kenya said it had no reason to doubt Uganda's account."),
    ("NAIROBI", "Kenya said the talks had no chance of success."),
    ("NAIROBI", "Kenya said Uganda had no evidence."),
    ("NAIROBI", "Kenya said Tanzania's claims had a solid legal basis."),
    ("NAIROBI", "Kenya said Uganda had acted without hesitation."),
    ("NAIROBI", "Kenya said Uganda had no intention of closing the border."),
    ("MOMBASA", "Kenya said Uganda's claims did not lack a legal basis."),
    # no doer, a judgement denied, praise
    ("KISUMU", "Kenya said the drills were legal and not a threat."),
    ("NAIROBI", "Kenya said the storm was a danger to fishermen."),
    ("NAIROBI", "Kenya said Uganda's decision was wise and not divisive."),
    # the speaker's own duty, a duty denied or foretold, no duty
    ("NAIROBI", "Kenya said it had an obligation to protect its citizens."),
    ("NAIROBI", "Kenya said Uganda had no obligation to extradite the suspect."),
    ("NAIROBI", "Kenya said Uganda would have a duty to help if asked."),
    ("NAIROBI", "Kenya said Uganda had a duty officer at the border."),
    # what a report or claim tells is no doer of what the clause judges
    ("NAIROBI", "Kenya said reports that Uganda had closed the border were false."),
    ("NAIROBI", "Kenya said claims that Uganda had closed the border were baseless."),
    ("NAIROBI", "Kenya said the report that Uganda had shelled the border was untrue."),
    # a purpose that judges nothing, the speaker's own, a purpose denied
    ("BEIJING", "China said the drills were designed to deter aggression."),
    ("BEIJING", "China said the talks were aimed at ending the conflict."),
    ("BEIJING", "China said its own drills were designed to protect its sovereignty."),
    ("BEIJING", "China said the U.S. drills were not designed to provoke anyone."),
]
GAPS: list[Gap] = []
CASES = ENDANGERS + INFLAMES + WANTS_MERIT + JUDGED + DUTIES + CLAIM_AUTHORS + DESIGNED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
