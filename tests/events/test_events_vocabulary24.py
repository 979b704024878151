"""Vocabulary 24 (session 21, builder UA): restrictions, expulsions and background measures the
patterns did not read.

Coded: a state's order to its own businesses ("told travel agencies to stop selling tours to
Japan") is the state's act (rules directing_verbs, directed_bodies: parties._directed_bodies),
and an act coordinated after that order's infinitive is one of its own (extract
_coordinated_act); envoys given hours to leave as the direct object
(v.give_staff_hours_to_leave); the goods' origin in a from-phrase on the verb or on the goods
of a duty's on-phrase (v.impose_sanctions, slot goods_origin); a state's cultural center closed
by another (v.close_foreign_center); a dam, canal or pipeline raised with another state's
officials (v.raise_issue); a deportation flight's landing place (n.deportation, slot
head_landing); a sanctions waiver ended for a state (v.end_waiver, obj_grantee:relcl: "a
waiver that had allowed Iraq to buy ..."); flights between two capitals (v.ban_trade); a ban lifted by
a participle, told in a relative clause, aims at the party of the act the participle explains
(v.impose_sanctions, undone_host). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ORDERS: list[Case] = [
    (
        "SEOUL",
        "China told travel agencies on Monday to stop selling group tours to South Korea.",
        "CHN>KOR:16",
    ),
    (
        "TBILISI",
        "Russia ordered travel agencies to stop selling holidays to Georgia last week.",
        "RUS>GEO:16",
    ),
    (
        "BEIJING",
        "China told travel agencies to stop selling group tours to Japan and summoned "
        "Japan's ambassador on Friday.",
        "CHN>JPN:16 CHN>JPN:11|16",
    ),
    # kept: an infinitive under the act coded first is that act's own ("offered to host")
    (
        "RIYADH",
        "Saudi Arabia urged Sudan and Chad to settle their dispute through dialogue and "
        "offered to host a meeting between them.",
        "SAU>SDN:02 SAU>TCD:02 SAU>SDN:03 SAU>TCD:03",
    ),
]
ORDERS_NOT: list[NearMiss] = [
    # a domestic order, an appeal, and a state's own people
    ("BEIJING", "China told banks to stop lending to property developers."),
    ("BEIJING", "China urged companies to stop selling chips to Japan."),
    ("BEIJING", "China told its citizens to stop traveling to Japan."),
]

EXPULSIONS: list[Case] = [
    (
        "KHARTOUM",
        "The Foreign Ministry gave the remaining staff of the Turkish consulate in Port Sudan "
        "72 hours to leave the country.",
        "SDN>TUR:16|17",
    ),
    (
        "NAIROBI",
        "The Kenyan Foreign Ministry gave the staff of the Somali consulate 48 hours to leave "
        "on Friday.",
        "KEN>SOM:16|17",
    ),
]
EXPULSIONS_NOT: list[NearMiss] = [
    ("KHARTOUM", "The Foreign Ministry gave the company 72 hours to respond to the charges."),
    ("KHARTOUM", "The ministry gave the consulate staff a chance to leave the country."),
]

DUTIES: list[Case] = [
    (
        "CANBERRA",
        "China said on Monday it would impose anti-dumping duties of up to 30% on beef from "
        "Australia starting next month.",
        "CHN>AUS:16",
    ),
    (
        "CANBERRA",
        "China said on Monday it would impose anti-dumping duties on barley from Australia.",
        "CHN>AUS:16",
    ),
    (
        "OTTAWA",
        "Canada said it would impose tariffs of 25% on steel from China starting in May.",
        "CAN>CHN:16",
    ),
]
DUTIES_NOT: list[NearMiss] = [
    ("OTTAWA", "Canada said it would impose duties of 10% on lumber from its own mills."),
    ("BRASILIA", "Brazil said it would impose new taxes on beef from local farms."),
]

CENTERS: list[Case] = [
    (
        "BAKU",
        "Azerbaijan closed the Russian House cultural center in Baku on Monday.",
        "AZE>RUS:16",
    ),
    ("BAMAKO", "Mali shut the French cultural institute in Bamako last year.", "MLI>FRA:16"),
]
CENTERS_NOT: list[NearMiss] = [
    ("BAKU", "Azerbaijan closed the Russian restaurant in Baku on Monday."),
    ("BAKU", "Police closed the city's cultural center on Monday."),
]

RAISED: list[Case] = [
    (
        "CAIRO",
        "Egypt's foreign minister raised the dam with U.N. officials in Geneva last week.",
        "EGY>UN:04",
    ),
    ("DHAKA", "Bangladesh raised the canal with Indian officials on Monday.", "BGD>IND:04"),
]
RAISED_NOT: list[NearMiss] = [
    ("CAIRO", "Egypt raised the dam by ten meters with Chinese money."),
    ("CAIRO", "Egypt raised fuel prices on Monday."),
]

LANDINGS: list[Case] = [
    ("MBABANE", "A U.S. deportation flight landed in Eswatini on Monday.", "USA>SWZ:17"),
    (
        "GUATEMALA CITY",
        "A U.S. deportation flight carrying 90 migrants from three countries landed in Guatemala "
        "on Friday, the second such flight this week.",
        "USA>GTM:17",
    ),
]
LANDINGS_NOT: list[NearMiss] = [
    ("MBABANE", "A U.S. cargo flight carrying maize landed in Eswatini on Monday."),
    ("EL PASO", "A U.S. deportation flight landed in Texas on Monday."),
]

WAIVERS: list[Case] = [
    (
        "WASHINGTON",
        "In March the United States ended a sanctions waiver that had allowed Iraq to buy "
        "Iranian gas.",
        "USA>IRQ:16",
    ),
    (
        "WASHINGTON",
        "The United States revoked a sanctions exemption for India on Monday.",
        "USA>IND:16",
    ),
    (
        "WASHINGTON",
        "Washington scrapped the waiver that let Turkey buy Russian oil last year.",
        "USA>TUR:16",
    ),
]
WAIVERS_NOT: list[NearMiss] = [
    ("WASHINGTON", "The Treasury ended a tax exemption for local farmers on Monday."),
    (
        "WASHINGTON",
        "The United States ended a waiver that had allowed American firms to sell chips.",
    ),
]

FLIGHTS: list[Case] = [
    (
        "CARACAS",
        "Venezuela suspended the last flights operating between Caracas and Bogota on Monday.",
        "VEN>COL:16",
    ),
]
FLIGHTS_NOT: list[NearMiss] = [
    ("CARACAS", "Venezuela suspended domestic flights between Caracas and Maracaibo on Monday."),
]

LIFTED: list[Case] = [
    (
        "SEOUL",
        "South Korea resumed beef imports from Canada on Monday, lifting restrictions it "
        "imposed in 2019.",
        "KOR>CAN:08 KOR>CAN:16",
    ),
    (
        "BEIJING",
        "China said on Tuesday it would resume imports of fruit from Taiwan, lifting a ban it "
        "imposed in 2022.",
        "CHN>TWN:03 CHN>TWN:16",
    ),
    # kept: a measure cited, not lifted, is no act on the host's partner
    (
        "SEOUL",
        "South Korea resumed talks with Canada on Monday, citing restrictions it imposed in 2019.",
        "KOR>CAN:04",
    ),
]
LIFTED_NOT: list[NearMiss] = [
    (
        "SEOUL",
        "South Korea resumed beef imports on Monday, lifting restrictions it imposed in 2019.",
    ),
]

CASES = LIFTED + ORDERS + EXPULSIONS + DUTIES + CENTERS + RAISED + LANDINGS + WAIVERS + FLIGHTS
NONE: list[NearMiss] = (
    LIFTED_NOT
    + ORDERS_NOT
    + EXPULSIONS_NOT
    + DUTIES_NOT
    + CENTERS_NOT
    + RAISED_NOT
    + LANDINGS_NOT
    + WAIVERS_NOT
    + FLIGHTS_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
