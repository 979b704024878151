"""Silent sentences that name both actors (session 16, BA4), tested on sentences of our own.

REPORTED: a speaker's own act that the parser joins to the last verb of a reported clause is
the speaker's, with no modal or negation of that clause: a clause hung on "said in a
statement that ..." (_statement_clause), a report inside a report with no speaker of its own
("said that Warsaw had been warned that ...", _reporter), and a joined verb with a tense of
its own ("would resend the trucks and had asked the U.S.", _finite_conjunct). A bare joined
verb still shares the modal ("would summon ... and demand"), "or" and "nor" share the
negation, and another actor's act stays with the clause.
RAISED: "raised the issue / the case / the matter with X" (and "took up ... with") puts a
matter to a state: consultation (040, 041 on the phone; v.raise_issue). Not at a forum, not
with reporters, not a with-phrase inside the matter, not only planned.
SIGNED: a deal signed in a relative clause hung on the last noun of its phrase ("a memorandum
on raw materials that Brussels and Astana signed", "the pact with Japan, which Manila
signed"), and "one" standing for the kind of deal named before ("has agreements with A and
signed one with B": only B). Not a deal only hoped for, nor one many states ratified.
RECALLED: an envoy recalled or withdrawn in an agentless passive is recalled by its own state
from the state it sits in ("Algeria's ambassador to France was recalled": DZA>FRA 161;
rules.yaml own_envoy_codes, own_envoy_verbs). Not a summoned envoy (the host summons), not
goods recalled, not an envoy with no host named.
STAFF: a member or official named by the body or office they belong to is that body's state
("nine members of Iran's delegation", "two members of Russia's embassy staff", "a minister at
the South Korean Embassy", the at-phrase also when hung on the verb; rules.yaml staff_nouns,
_staff_body); a state owning the body is it ("Russia's U.N. delegation" is Russia's). Not a
team, not a man at an embassy, not members of an alliance.
QUOTED: "quoted X as VERBing" (rules.yaml quoting_verbs): X, the one quoted, does what the
gerund says, not the agency quoting; an X with no state of its own ("a ministry spokesperson")
leaves it to the agency, as before.
BLAMED: a state said to bear or carry the responsibility or blame for a deed is blamed (112,
v.say_bears_blame: a verb and an object of the words meet); not when it only will or must
bear it (a warning, a demand), not one's own burden, not a militant's claim.
CONTACTED: making or keeping contact with another state's people consults (040, 041 by phone
or hotline): "contacted Russian forces" (v.contact), "got in touch with", "established
contact with", "maintained contacts with" (v.be_in_contact). Not contacted by reporters, not
one's own citizens, not a probe touching the Moon.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

pytestmark = pytest.mark.model

REPORTED: list[Case] = [
    (
        "MANILA",
        "China's embassy in Manila said in a statement that joint patrols should not target "
        "any third party and urged Manila to halt the exercises.",
        "CHN>PHL:02",
    ),
    (
        "MOSCOW",
        "Russia's Foreign Ministry said in a statement that Warsaw had been warned that the "
        "convoy would need to be inspected, and accused Poland of staging a provocation.",
        "RUS>POL:11",
    ),
    (
        "AMMAN",
        "A ministry spokesman said Jordan would resend the aid trucks next week and had asked "
        "the United States to press Israel to let them through.",
        "JOR>USA:02",
    ),
    (
        "ANKARA",
        "The Turkish Foreign Ministry said Ankara would not tolerate the drilling and has "
        "condemned Greece for the move.",
        "TUR>GRC:11",
    ),
    (
        "PARIS",
        "France's foreign ministry said in a statement that the junta's decision could not be "
        "justified and criticized Mali for expelling the ambassador.",
        "FRA>MLI:11",
    ),
    (
        "NAIROBI",
        "Kenya said in a statement that the border would stay closed and expelled Somalia's "
        "ambassador on Friday.",
        "KEN>SOM:16",
    ),
]

REPORTED_NONE: list[NearMiss] = [
    ("LONDON", "Britain said it would summon Iran's ambassador and demand an explanation."),
    ("BERLIN", "Germany said it did not condemn or criticize Israel for the strike."),
    (
        "KABUL",
        "A Taliban spokesman said Kabul has neither requested nor received any weapons from "
        "Moscow.",
    ),
    ("ANKARA", "Turkey said it would not recognize the vote or send observers to Cyprus."),
]

# another actor's act in a statement clause stays with its own subject
REPORTED_CLAUSE: list[Case] = [
    (
        "TOKYO",
        "Japan said in a statement that Chinese coast guard ships had entered its waters and "
        "rammed a Japanese fishing boat.",
        "CHN>JPN:19",
    ),
]

RAISED: list[Case] = [
    (
        "COPENHAGEN",
        "Danish Prime Minister Signe Roed said she had raised the issue with the U.S. president "
        "in a phone call on Tuesday.",
        "DNK>USA:04",
    ),
    (
        "CANBERRA",
        "Foreign Minister Penny Wong said Australia had raised the case with China's ambassador "
        "on three occasions.",
        "AUS>CHN:04",
    ),
    (
        "TOKYO",
        "Japan raised the matter with South Korea's foreign minister during talks in Seoul on "
        "Friday.",
        "JPN>KOR:04",
    ),
    (
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi took up the border question with Nepal's prime "
        "minister at their meeting.",
        "IND>NPL:04",
    ),
]

RAISED_NONE: list[NearMiss] = [
    ("GENEVA", "Sweden raised the issue at the U.N. Human Rights Council on Monday."),
    (
        "SEOUL",
        "South Korea raised the question of its fishing dispute with Japan at the regional forum.",
    ),
    ("ROME", "Italy's foreign minister raised the case with reporters in Rome on Monday."),
    (
        "PARIS",
        "President Emmanuel Macron will raise the issue with Algeria's president when they meet "
        "next month, his office said.",
    ),
]

SIGNED: list[Case] = [
    (
        "ASTANA",
        "The new deal builds on a memorandum on raw materials that Brussels and Astana signed "
        "in 2022.",
        "EU>KAZ:05 KAZ>EU:05",
    ),
    (
        "MANILA",
        "The Senate debated the defence pact with Japan, which Manila signed in 2024.",
        "PHL>JPN:05",
    ),
    (
        "HANOI",
        "Officials cited the 2019 fisheries accord with China, which Vietnam ratified last year.",
        "VNM>CHN:05",
    ),
    (
        "MANILA",
        "The Philippines already has similar agreements with the United States and Australia "
        "and signed one with France last year.",
        "PHL>FRA:05",
    ),
    (
        "ANKARA",
        "Turkey's parliament ratified a maritime deal that Ankara had signed with Libya in 2019.",
        "TUR>LBY:05",
    ),
]

SIGNED_NONE: list[NearMiss] = [
    ("LONDON", "Britain wants a trade deal with India, which it hopes to sign next year."),
    ("GENEVA", "The treaty, which 120 countries have ratified, bans nuclear tests."),
    # "one" stands for offices, no deal: nothing signed with a state
    (
        "BEIJING",
        "China has trade offices in many capitals and signed one with a Kenyan bank last year.",
    ),
]

RECALLED: list[Case] = [
    (
        "ABU DHABI",
        "The UAE ambassador in Conakry, Saeed Al Nuaimi, was recalled for consultations late on "
        "Tuesday, the state news agency reported.",
        "ARE>GIN:16",
    ),
    (
        "ALGIERS",
        "Algeria's ambassador to France was recalled for consultations on Wednesday, the foreign "
        "ministry said.",
        "DZA>FRA:16",
    ),
    (
        "STOCKHOLM",
        "Sweden's envoy in Tehran has been recalled, the ministry said on Monday.",
        "SWE>IRN:16",
    ),
    ("LIMA", "The Peruvian ambassador was recalled from Mexico City on Friday.", "PER>MEX:16"),
    (
        "BEIJING",
        "China's ambassador to Lithuania was recalled to Beijing on Friday.",
        "CHN>LTU:16",
    ),
]

RECALLED_NONE: list[NearMiss] = [
    # (summoned "to the Polish foreign ministry" is Poland's summons: test_events_silent18)
    ("WARSAW", "Russia's ambassador was summoned on Monday."),
    ("TOKYO", "Thousands of Japanese cars were recalled in China on Monday."),
    ("PARIS", "The French envoy was recalled for consultations."),
]

STAFF: list[Case] = [
    (
        "OTTAWA",
        "Canada has refused visas to nine members of Iran's national wrestling delegation.",
        "CAN>IRN:16",
    ),
    ("LONDON", "Britain expelled two members of Russia's embassy staff on Monday.", "GBR>RUS:16"),
    (
        "TEHRAN",
        "Iran arrested three members of a British embassy delegation on Friday.",
        "IRN>GBR:17",
    ),
    (
        "WASHINGTON",
        "The United States denied visas to three members of Russia's U.N. delegation.",
        "USA>RUS:16",
    ),
    ("BERLIN", "Germany expelled a diplomat at the Russian embassy on Monday.", "DEU>RUS:16"),
    (
        "TOKYO",
        "A senior Japanese Foreign Ministry official phoned a minister at the South Korean "
        "Embassy in Tokyo on Monday.",
        "JPN>KOR:04",
    ),
]

STAFF_NONE: list[NearMiss] = [
    ("LONDON", "Britain praised two members of its own rowing team on Monday."),
    ("BERLIN", "Police arrested a man at the Russian embassy on Monday."),
    ("OSLO", "Norway welcomed two members of NATO to its annual defence fair."),
]

QUOTED: list[Case] = [
    # a clause joined inside the quotation is reported too (clauses27, _quoted_conjuncts)
    (
        "AMMAN",
        '"This is a deliberate decision to starve civilians, and Israel bears full '
        'responsibility for it," Foreign Ministry spokesman Omar Haddad told reporters.',
        "JOR>ISR:11",
    ),
    (
        "TEHRAN",
        "State television quoted Iran's army chief as warning Israel against any attack on "
        "Iranian soil.",
        "IRN>ISR:13",
    ),
    (
        "MOSCOW",
        "The TASS news agency quoted Kremlin spokesman Dmitry Peskov as accusing Washington of "
        "prolonging the war.",
        "RUS>USA:11",
    ),
    (
        "TEHRAN",
        "Iranian state television quoted Iraq's foreign minister as criticizing Turkey for the "
        "strikes.",
        "IRQ>TUR:11",
    ),
    (
        "SEOUL",
        "North Korea's state media quoted a defence ministry spokesperson as calling South "
        'Korea\'s military drills "a rehearsal for invasion."',
        "PRK>KOR:11",
    ),
]

QUOTED_NONE: list[NearMiss] = [
    ("BEIJING", "Xinhua quoted Foreign Minister Wang Yi as saying the economy was strong."),
]

BLAMED: list[Case] = [
    (
        "AMMAN",
        "Jordan's foreign ministry said Israel bears full responsibility for the deaths.",
        "JOR>ISR:11",
    ),
    (
        "AMMAN",
        '"Israel bears full responsibility for this crime," Foreign Ministry spokesman Omar '
        "Haddad told reporters.",
        "JOR>ISR:11",
    ),
    (
        "MOSCOW",
        "Russia's foreign ministry said Ukraine carries the blame for the collapse of the talks.",
        "RUS>UKR:11",
    ),
    # a future burden warns, a due one demands (v.say_threat, v.say_must), not blame
    (
        "MOSCOW",
        "The Kremlin said Kyiv would bear the responsibility for any escalation.",
        "RUS>UKR:13",
    ),
]

BLAMED_NONE: list[NearMiss] = [
    ("BERLIN", "Germany said it bears responsibility for the security of its own citizens."),
    ("KABUL", "The Islamic State group claimed responsibility for the attack in Kabul."),
    ("ROME", "Italy said Greece and Turkey bear responsibility for security in the Aegean."),
]

CONTACTED: list[Case] = [
    (
        "TBILISI",
        "The European Union's monitoring mission in Georgia said its observers had seen drones. "
        "The mission said it had contacted Russian forces through a hotline but received no "
        "answer.",
        "EU>RUS:04",
    ),
    (
        "SEOUL",
        "South Korea contacted North Korea through the border liaison office on Monday.",
        "KOR>PRK:04",
    ),
    (
        "ANKARA",
        "Turkey got in touch with the Taliban government after the earthquake.",
        "TUR>AFG:04",
    ),
    ("PARIS", "France established contact with Niger's military rulers on Tuesday.", "FRA>NER:04"),
    ("DOHA", "Qatar has maintained contacts with Washington throughout the crisis.", "QAT>USA:04"),
]

CONTACTED_NONE: list[NearMiss] = [
    ("PARIS", "Contacted by Reuters, the French foreign ministry declined to comment on Algeria."),
    ("KHARTOUM", "India's embassy contacted Indian citizens stranded in Sudan."),
    ("CAIRO", "The Egyptian probe made contact with the surface of the Moon."),
]

GAPS: list[Gap] = [
    (
        "LONDON",
        "Britain has repeatedly raised the detention of the aid worker with Iranian officials.",
        "GBR>IRN:04",
        "the with-phrase hangs on the matter's own of-phrase ('the aid worker'), no slot of raise",
    ),
]

CASES = (
    REPORTED + REPORTED_CLAUSE + RAISED + SIGNED + RECALLED + STAFF + QUOTED + BLAMED + CONTACTED
)
NONE = (
    REPORTED_NONE
    + RAISED_NONE
    + SIGNED_NONE
    + RECALLED_NONE
    + STAFF_NONE
    + QUOTED_NONE
    + BLAMED_NONE
    + CONTACTED_NONE
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_dev15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_dev15_codes_single_causes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
