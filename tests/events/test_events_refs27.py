"""Refs 27 (session 44, lead): "its" on the object of a later conjunct is the shared
subject's; "them" after "the leaders of A and B" is the pair; a named holder of an office
told before nameless is that office's state.

"Vietnam ignored China's warning and sent its fishing boats to the reef": the pronoun's
same-role preference took the possessor in between ("China's"), so the boats were China's and
the sending read as Vietnam giving China boats (070). The doer goes on acting with its own
things: when "its" is on the direct object of a conjunct verb with no subject of its own, the
subject that verb shares outranks (coref._object_owner), for verbs of moving one's own
forces or craft only (pronouns.yaml own_things_verbs): "protested the move and summoned its
ambassador", "rejected its demand", "urged its government" name the other side's. Found by a
probe of new sentences.

"called the leaders of Argentina and Chile on Wednesday night and urged them to settle the
dispute": the call's object is a plural role noun whose of-phrase names the states, now a call
to each (v.phone_heads, 041), and no plain plural that "them" might mean instead
(plurals.plain_plural: a role noun of plurals.yaml role_nouns whose of-phrase names actors), so
the appeal goes to the pair. People from two states ("refugees from Syria and Iraq") stay a
plain plural.

"Peru's foreign minister summoned Ecuador's ambassador ... Ecuador's navy said. '...,' Foreign
Minister Elmer Salas told reporters": a person stated with no state whose title is the same
office as a nameless title of one state told before holds it (resolve._earlier_office, before
the body the sentence before had as subject, which made him Ecuador's), when that state is
the dateline's: in a visit story the visitor's office told before leaves a bare "Foreign
Minister X" the host's; not a person met ("met with Foreign Minister X":
tests/actors/test_actors_pairs2.py). A visiting signer "by Peru's Finance Minister X and Trade
Minister Y" stays a gap.

"..., Ghana's foreign minister said on Monday. '...,' Samuel Owusu said after talks with his
Togolese counterpart": a bare name that speaks in the next sentence, with no office, state or
description of its own, is the holder of the one nameless title that spoke in the sentence
before (resolve.link_bare_names), so his talks are Ghana's. Not "said trade analyst X" (words
before the name), "X, who criticized ..." (a clause after it), nor two sentences on. A bare
name need not speak when its sentence names another state's counterpart ("during a visit to
Kigali by Kenya's foreign minister. Peter Kamau signed the grant with his Rwandan
counterpart"): the title need not speak either, but must not be the counterpart's state.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HANOI",
        "Vietnam ignored China's warning and sent its fishing boats to the reef on Monday.",
        "VNM>CHN:12",
    ),
    (
        "MANILA",
        "The Philippines defied Beijing's ban and sent its supply boats to the shoal.",
        "PHL>CHN:12",
    ),
    (
        "RABAT",
        "Morocco protested Algeria's move on Tuesday and summoned its ambassador.",
        "MAR>DZA:11",
    ),
    (
        "NIAMEY",
        "Niger rejected France's demand and withdrew its ambassador from Paris.",
        "NER>FRA:12 NER>FRA:16",
    ),
    (
        "PRETORIA",
        "South Africa's president called the leaders of Rwanda and Congo on Friday night and"
        " urged them to return to the talks.",
        "ZAF>RWA:04 ZAF>COD:04 ZAF>RWA:02 ZAF>COD:02",
    ),
    (
        "ROME",
        "Italy's prime minister called the presidents of Serbia and Kosovo on Sunday.",
        "ITA>SRB:04 ITA>XKX:04",
    ),
    (
        "LIMA",
        "Peru's foreign minister summoned Ecuador's ambassador on Monday over the seizure of a"
        " fishing boat. The boat was towed to Guayaquil, Ecuador's navy said. \"This is"
        " unacceptable,\" Foreign Minister Elmer Salas told reporters. He accused Ecuador's navy"
        " of piracy.",
        "PER>ECU:11 PER>ECU:11",
    ),
    (
        "DAKAR",
        "Senegal's defense minister flew to Bamako on Monday. The talks were tense, Mali's army"
        " said. Defense Minister Birame Diop praised Mali's army for its restraint.",
        "SEN>MLI:04 SEN>MLI:05",
    ),
    (
        "ACCRA",
        "Ghana will reopen its border with Togo next week, Ghana's foreign minister said on"
        ' Monday. "Trade must flow again," Samuel Owusu said after talks with his Togolese'
        " counterpart.",
        "GHA>TGO:03 GHA>TGO:04",
    ),
    (
        "ROME",
        "Italy and Tunisia agreed on Tuesday to set up joint coast patrols, Italy's interior"
        ' minister said. "This agreement is a turning point," Marco Bellini told reporters after'
        " meeting his Tunisian counterpart in Rome.",
        "ITA>TUN:03 TUN>ITA:03 ITA>TUN:04",
    ),
    (
        "KIGALI",
        "Kenya will give Rwanda $50 million for new schools, the two governments announced"
        " Monday during a visit to Kigali by Kenya's foreign minister. Peter Kamau signed the"
        " grant with his Rwandan counterpart at the ministry. Kamau will travel to Uganda on"
        " Tuesday.",
        "KEN>RWA:03 KEN>RWA:04 KEN>RWA:05 KEN>UGA:04",
    ),
]

NONE: list[NearMiss] = [
    (
        "NAIROBI",
        "Uganda will build a new road to the border, Kenya's transport minister said Monday."
        " Peter Kamau met his Kenyan counterpart at the ministry.",
    ),
    (
        "LOME",
        "Togo will cut its port fees next month, Togo's trade minister said on Monday. \"Ships"
        " will come back,\" said shipping analyst Daniel Osei, who criticized Ghana's ports.",
    ),
    (
        "LOME",
        "Togo will cut its port fees next month, Togo's trade minister has said. Traders"
        ' welcomed the news. "We lost a year," said John Mensah, who criticized Ghana\'s ports.',
    ),
    ("AMMAN", "Jordan sheltered refugees from Syria and Iraq and urged them to register."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru and Japan signed a loan agreement on Monday during a visit to Lima by Japan's trade"
        " minister. The deal was signed at the palace by Peru's Finance Minister Raul Perez and"
        " Trade Minister Kenji Sato. Sato later praised Peru's new port.",
        "PER>JPN:05 JPN>PER:05 JPN>PER:04 PER>JPN:05 JPN>PER:05 JPN>PER:05",
        "the visitor's office told before names a bare-titled signer only for the dateline's"
        " state (resolve._earlier_office): a blind set lost an event when any state's did",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs27_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
