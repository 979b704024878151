"""Session 18 review: near misses of the session's new rules, with wire copy we wrote.

CHARGES: a deed with no target of its own is aimed at whom its trailing charge accuses only
when it cuts ties, shows force or shuts a border (charged_deed_roots); an arrest, a seizure
or a ban falls on its own patient ("arrested three activists, accusing France of financing
them"), and a deed whose object stands where its target would (a dobj target: "expelled",
"suspended") falls on that object unless it is an envoy or a gathering ("expelled three
activists, accusing Poland", "suspended two newspapers, accusing France"). The charge itself
is still coded.
PAYMENTS: a sum a debtor pays its lender is debt service, no gift ("paid the IMF $1.9
billion", "paid India $500 million due under a currency swap").
DECISIONS: "the decision to raise fuel taxes" names an act of its own; a reaction to it
answers no deed of another kind told before ("Russia expelled two Estonian diplomats. Finland
objected to the decision to raise fuel taxes"), while "the decision to expel them" still
answers the expulsion.
REPORTED OWNERS: "its" on the subject of a reported clause is the reporting state, unless a
clause before it under the same report has a subject of its own ("Ukraine said Russia
launched 40 drones and its forces shelled Kharkiv": Russia's forces).
CHAMBERS: a chamber's name many states share ("the Senate") is the one its own phrase of place
names ("the Senate in Washington", "In Washington, the Senate approved") before the
legislature the article named last.
BACKGROUND BODIES: a legislature named in a sentence told years back ("last year", "in 2023")
is no body a bare "lawmakers" or "parliament" of the day's news refers back to; the
dateline's state holds.
BARE ORGANS: a bare organ takes the state of the sentence before's main subject, unless its
own verb acts on that state ("China's coast guard fired water cannon at a Philippine boat. The
Foreign Ministry summoned the Chinese ambassador": no organ summons its own state's envoy).
DATELINE VISITS: a visit told as the news's frame is made to the dateline's state only when
its host verb tells the act as done ("The deal was to be announced during a visit by ...": no
visit made).
SIMILAR DEEDS: a deed "similar" to one told before takes that one's target only when its own
object names no party ("imposed a similar ban on its own farmers' exports to Russia" is
aimed where its own phrase says).
TOLD BACK: a reaction that points at the act just told ("that closure", "At the time, ...")
answers it even when it was told years back, as the builder's hold passes over such tellings
only for a reaction of the day's news.
DELISTINGS: a designation lifted eases a sanction on a state or its group, not on a person of
a nationality ("removed a Ukrainian journalist from the list of banned extremists").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CHARGES: list[Case] = [
    # the builder's readings, kept
    (
        "ISLAMABAD",
        "Pakistan closed its border crossings on Monday, accusing Afghanistan of harbouring "
        "militants.",
        "PAK>AFG:16 PAK>AFG:11",
    ),
    (
        "MOSCOW",
        "Russia expelled two diplomats on Tuesday, accusing Latvia of spying.",
        "RUS>LVA:16 RUS>LVA:11",
    ),
    (
        "BEIJING",
        "China suspended the negotiations on Friday, accusing Vietnam of bad faith.",
        "CHN>VNM:16 CHN>VNM:11",
    ),
    # the wrong readings, gone: the deed falls on its own patient, the charge stays
    (
        "BAMAKO",
        "Mali's junta arrested three activists on Monday, accusing France of financing them.",
        "MLI>FRA:11",
    ),
    (
        "TBILISI",
        "Georgian police detained dozens of protesters on Monday, accusing Russia of stoking the "
        "unrest.",
        "GEO>RUS:11",
    ),
    (
        "MINSK",
        "Belarus banned an opposition newspaper on Monday, accusing Poland of funding it.",
        "BLR>POL:11",
    ),
    (
        "MINSK",
        "Belarus expelled three activists on Monday, accusing Poland of funding them.",
        "BLR>POL:11",
    ),
    (
        "BAMAKO",
        "Mali's junta suspended two newspapers on Monday, accusing France of funding them.",
        "MLI>FRA:11",
    ),
    (
        "TEHRAN",
        "Iran seized an oil tanker in the Gulf on Monday, accusing the United States of piracy.",
        "IRN>USA:11",
    ),
]

PAYMENTS: list[Case] = [
    # the builder's reading, kept
    ("BERLIN", "Germany paid Namibia 1.1 billion euros last year.", "DEU>NAM:07"),
    # debt service, no gift
    ("BUENOS AIRES", "Argentina paid the IMF $1.9 billion on Friday, meeting a key deadline.", ""),
    ("COLOMBO", "Sri Lanka paid India $500 million due under a currency swap on Monday.", ""),
    ("LUSAKA", "Zambia paid China $300 million owed on its loans last year.", ""),
]

DECISIONS: list[Case] = [
    # the readings kept: the infinitive names the act told before
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland criticized the decision to "
        "expel them.",
        "RUS>EST:16 FIN>RUS:11",
    ),
    (
        "BEIJING",
        "China imposed sanctions on two U.S. defense firms on Monday. Washington condemned the "
        "decision to impose the sanctions.",
        "CHN>USA:16 USA>CHN:11",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland deplored the decision.",
        "RUS>EST:16 FIN>RUS:11",
    ),
    # "objected to" reads its phrase's act as "criticized" reads its object (v.object_to_act,
    # session 27; gaps until then: TG's _prep_object had been taken back)
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland objected to the decision to "
        "expel them.",
        "RUS>EST:16 FIN>RUS:11",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland objected to the decision.",
        "RUS>EST:16 FIN>RUS:11",
    ),
    # a decision of another act answers no deed of another kind
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland objected to the decision to "
        "raise fuel taxes.",
        "RUS>EST:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Latvian diplomats on Monday. Finland criticized the decision to "
        "raise fuel taxes.",
        "RUS>LVA:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland welcomed the decision to reopen "
        "the border crossing at Narva.",
        "RUS>EST:16",
    ),
]

REPORTED_OWNERS: list[Case] = [
    # the builder's reading, kept: the reporter's own forces
    (
        "HANOI",
        "Vietnam accused China of harassing its fishermen and said its coast guard had sent "
        "ships to protect them.",
        "VNM>CHN:11 VNM>CHN:15",
    ),
    # the owner is the subject of the reported clause before
    (
        "KYIV",
        "Ukraine said Russia launched 40 drones overnight and its forces shelled Kharkiv.",
        "RUS>UKR:19",
    ),
    (
        "KYIV",
        "Ukraine said Russia launched 40 drones overnight and its forces shelled a Moldovan "
        "border village.",
        "RUS>MDA:19",
    ),
    (
        "TOKYO",
        "Japan said China had stepped up drills and its warships had entered South Korean waters.",
        "CHN>KOR:15",
    ),
]

CHAMBERS: list[Case] = [
    # the builder's reading, kept: the legislature named last
    (
        "WASHINGTON",
        "The Philippine Senate ratified a troop pact with Japan on Monday. The Senate in Manila "
        "also condemned China's actions in the South China Sea.",
        "PHL>JPN:05 PHL>CHN:11",
    ),
    # the chamber's own place outranks it
    (
        "WASHINGTON",
        "The Philippine Senate ratified a troop pact with Japan on Monday. In Washington, the "
        "Senate approved a resolution condemning China's actions in the South China Sea.",
        "PHL>JPN:05 USA>CHN:11",
    ),
    (
        "BRUSSELS",
        "Poland's parliament voted on Monday to extend a ban on Ukrainian grain. Separately, the "
        "Senate in Washington approved new sanctions on Russia.",
        "POL>UKR:16 USA>RUS:16",
    ),
    # a place of another clause is not the chamber's
    (
        "WASHINGTON",
        "Speaking in Manila on Monday, the U.S. envoy said the Senate would soon approve new aid "
        "to the Philippines.",
        "USA>PHL:03",
    ),
]

BARE_ORGANS: list[Case] = [
    # the builder's reading, kept: the lead's subject
    (
        "BEIJING",
        "Vietnam accused China of ramming a fishing boat on Monday. The Foreign Ministry "
        "summoned China's ambassador.",
        "VNM>CHN:11 VNM>CHN:11",
    ),
    # the organ's own verb acts on the lead's subject: not that state's organ
    (
        "MANILA",
        "China's coast guard fired water cannon at a Philippine supply boat on Monday. The "
        "Foreign Ministry summoned the Chinese ambassador.",
        "CHN>PHL:17 PHL>CHN:11",
    ),
    (
        "HANOI",
        "China's coast guard rammed a Vietnamese fishing boat on Monday. The Foreign Ministry "
        "demanded compensation from Beijing.",
        "CHN>VNM:19 VNM>CHN:10",
    ),
]

DATELINE_VISITS: list[Case] = [
    # the builder's reading, kept
    (
        "NAIROBI",
        "The deal was announced on Monday during a visit by Ethiopia's prime minister.",
        "ETH>KEN:04",
    ),
    # a host verb not done: no visit made
    (
        "NAIROBI",
        "The deal was to be announced during a visit by Ethiopia's prime minister, which was "
        "cancelled on Monday.",
        "",
    ),
    (
        "NAIROBI",
        "Uganda's president postponed a planned trip on Monday. The deal was to be signed during "
        "a visit by Uganda's president.",
        "",
    ),
]

SIMILAR_DEEDS: list[Case] = [
    # the builder's reading, kept
    (
        "WARSAW",
        "Russia banned imports of Polish apples on Monday. Belarus imposed a similar ban on "
        "Tuesday.",
        "RUS>POL:16 BLR>POL:16",
    ),
    # the object names its own parties: not the earlier deed's target
    (
        "WARSAW",
        "Russia banned imports of Polish pears on Monday. Belarus imposed a similar ban on its "
        "own farmers' exports to Russia on Tuesday.",
        "RUS>POL:16 BLR>RUS:16",
    ),
]

TOLD_BACK: list[Case] = [
    # the builder's reading, kept: the news's closure
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian jets on Monday. Burundi closed its land border "
        "with Rwanda in March 2024. The United States criticized the closure.",
        "RWA>BDI:19 BDI>RWA:19 USA>RWA:11",
    ),
    # pointing at the telling just before
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian aircraft on Monday. Burundi closed its land "
        "border with Rwanda in January 2024. At the time, the United States criticized the "
        "closure.",
        "RWA>BDI:19 BDI>RWA:19 USA>BDI:11",
    ),
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian aircraft on Monday. Burundi closed its land "
        "border with Rwanda in January 2024. Kenya criticized that closure.",
        "RWA>BDI:19 BDI>RWA:19 KEN>BDI:11",
    ),
]

DELISTINGS: list[Case] = [
    # the builder's reading, kept
    (
        "MOSCOW",
        "Russia removed the Taliban from its list of banned organizations on Monday.",
        "RUS>AFG:08",
    ),
    # a person of a nationality is no state
    (
        "MOSCOW",
        "A Moscow court removed a Ukrainian journalist from the list of banned extremists on "
        "Monday.",
        "",
    ),
    (
        "WASHINGTON",
        "The United States removed three Chinese companies from its terrorism blacklist on Monday.",
        "",
    ),
]

BACKGROUND_BODIES: list[Case] = [
    # the builder's reading, kept: the legislature just named
    (
        "ROME",
        "Tunisia's parliament met on March 3, 2025. Parliament also urged Libya to step up "
        "patrols.",
        "TUN>LBY:02",
    ),
    # a legislature told years back: the dateline's state
    (
        "ANKARA",
        "Finland's parliament ratified the defence deal last year. On Monday, lawmakers "
        "approved Sweden's bid to join NATO.",
        "TUR>SWE:05",
    ),
    (
        "ANKARA",
        "Sweden's parliament passed a new anti-terror law in 2023. On Monday, parliament voted "
        "to ratify Sweden's bid to join NATO.",
        "TUR>SWE:05",
    ),
]

# BARE_ORGANS, DATELINE_VISITS, SIMILAR_DEEDS and TOLD_BACK were written but left out of the
# run until session 28; the first three pass, TOLD_BACK's rows do not (its gaps)
CASES = (
    CHARGES
    + PAYMENTS
    + DECISIONS
    + REPORTED_OWNERS
    + CHAMBERS
    + BACKGROUND_BODIES
    + DELISTINGS
    + BARE_ORGANS
    + DATELINE_VISITS
    + SIMILAR_DEEDS
)

NONE: list[NearMiss] = []

TOLD_BACK_GAP = (
    "never run before session 28: the closures code 16 (v.close_border, 163) where the row "
    "says 19, and a reaction pointing back ('At the time', 'that closure') answers Rwanda's "
    "closure of the news, not Burundi's told just before (reactions._points_back)"
)
GAPS: list[Gap] = [(d, b, e, TOLD_BACK_GAP) for d, b, e in TOLD_BACK]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review28_codes_near_misses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
