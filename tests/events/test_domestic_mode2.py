"""Domestic mode's own vocabulary (data/events/domestic.yaml verbs): protests, strikes,
boycotts and blockades by a state's people against its organs (CAMEO 14), and the organs'
dispersals, bans, closures and beatings of them (17, 18), read in the domestic pass only.

A protest needs a civilian group as its subject and a side it is against ("students
demonstrated against the government"); an act of repression needs one of the state's organs
as its subject. With no such side, or a private one (a company, a foreign state's policy),
nothing is coded, and by default none of these sentences codes an act inside one state. The
first pass is untouched: the default output stays the same. Every sentence was written for
this file; none is copied from a gold set or from the PLOVER records.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    Case,
    Gap,
    NearMiss,
    all_rows,
    audit_bodies,
    audit_params,
    code_both_modes,
    matches,
)

CASES: list[Case] = [
    # 14 protest: verbs of dissent with "against", "outside", "on" (d.demonstrate)
    (
        "LAGOS",
        "Thousands of Nigerian students demonstrated against the government in Lagos on Monday.",
        "NGAEDU>NGAGOV:14",
    ),
    (
        "CARACAS",
        "Venezuelan opposition supporters protested against President Maduro outside the "
        "electoral council.",
        "VENOPP>VENGOV:14",
    ),
    (
        "NAIROBI",
        "Kenyan protesters marched on parliament on Tuesday to denounce the finance bill.",
        "KENOPP>KENLEG:14",
    ),
    (
        "ALGIERS",
        "Algerian protesters have been rallying against the government every Friday since "
        "February.",
        "DZAOPP>DZAGOV:14",
    ),
    (
        "TEHRAN",
        "Iranian students chanted slogans against the government at Tehran University.",
        "IRNEDU>IRNGOV:14",
    ),
    (
        "ACCRA",
        "Hundreds of Ghanaian students marched against the government's fee increase in Accra.",
        "GHAEDU>GHAGOV:14",
    ),
    (
        "SANTIAGO",
        "Chilean students have protested against the government for three weeks.",
        "CHLEDU>CHLGOV:14",
    ),
    (
        "QUITO",
        "Ecuadorean protesters gathered outside the presidential palace to denounce the "
        "government.",
        "ECUOPP>ECUGOV:14",
    ),
    (
        "TBILISI",
        "Georgian students rallied outside parliament against the foreign agents law.",
        "GEOEDU>GEOLEG:14",
    ),
    # what is protested names whose act it was (d.protest_object)
    (
        "SEOUL",
        "South Korean unions went on strike to protest the government's labour reform.",
        "KORLAB>KORGOV:14",
    ),
    (
        "MINSK",
        "Belarusian students began a hunger strike to protest the government's crackdown.",
        "BLREDU>BLRGOV:14",
    ),
    (
        "BELGRADE",
        "Serbian students blockaded the main bridge to protest the government's handling of "
        "the disaster.",
        "SRBEDU>SRBGOV:14",
    ),
    # protests and strikes staged, held or called (d.stage_protest, d.hold_strike)
    (
        "DHAKA",
        "Bangladeshi garment workers staged a protest against the government over wages.",
        "BGDLAB>BGDGOV:14",
    ),
    (
        "HARARE",
        "Zimbabwean opposition activists held a rally against the government in Harare.",
        "ZWEOPP>ZWEGOV:14",
    ),
    (
        "BOGOTA",
        "Colombian unions staged a nationwide strike against the government's pension reform.",
        "COLLAB>COLGOV:14",
    ),
    (
        "BUENOS AIRES",
        "Argentine unions called a general strike against President Milei's austerity plan.",
        "ARGLAB>ARGGOV:14",
    ),
    # whom the protest's aim names (slot purpose: demand, call for, press, protest ...)
    (
        "LIMA",
        "Peruvian protesters blocked highways across the south to demand the president's "
        "resignation.",
        "PEROPP>PERGOV:14",
    ),
    (
        "YEREVAN",
        "Armenian protesters blocked streets in Yerevan to demand the prime minister's "
        "resignation.",
        "ARMOPP>ARMGOV:14",
    ),
    (
        "ALGIERS",
        "Algerian students marched through Algiers on Sunday to demand the resignation of the "
        "prime minister.",
        "DZAEDU>DZAGOV:14",
    ),
    (
        "NAIROBI",
        "Thousands of Kenyan students staged demonstrations on Friday to demand the "
        "resignation of the president.",
        "KENEDU>KENGOV:14",
    ),
    (
        "MANILA",
        "Filipino activists rallied outside the presidential palace, calling for the "
        "resignation of the president.",
        "PHLOPP>PHLGOV:14",
    ),
    (
        "LAGOS",
        "Nigerian workers held a rally in Lagos to protest the government's new tax.",
        "NGALAB>NGAGOV:14",
    ),
    (
        "QUITO",
        "Ecuadorean unions began a strike on Monday to press the government to cut fuel prices.",
        "ECULAB>ECUGOV:14",
    ),
    # a rally in support is support, no protest
    (
        "BERLIN",
        "German workers rallied in Berlin to support the government's wage bill.",
        "DEULAB>DEUGOV:05",
    ),
    # boycotts (d.boycott)
    (
        "DAKAR",
        "Senegalese opposition parties boycotted talks with the government on Monday.",
        "SENOPP>SENGOV:14",
    ),
    # 17 coerce: dispersals (d.disperse, d.break_up), also passive and capitalised first
    (
        "NAIROBI",
        "Kenyan police dispersed the protesters with tear gas near parliament.",
        "KENCOP>KENOPP:17",
    ),
    (
        "ACCRA",
        "Ghanaian riot police used tear gas to disperse opposition supporters in Accra.",
        "GHACOP>GHAOPP:17",
    ),
    (
        "DHAKA",
        "Protesters were dispersed by Bangladeshi police outside the election commission.",
        "BGDCOP>BGDOPP:17",
    ),
    (
        "CAIRO",
        "Egyptian security forces broke up a demonstration by students in Cairo.",
        "EGYCOP>EGYEDU:17",
    ),
    (
        "TEHRAN",
        "Iranian security forces crushed the protests by students in Tehran.",
        "IRNCOP>IRNEDU:17",
    ),
    # bans and closures (d.ban_group, d.shut_down)
    (
        "ANKARA",
        "The Turkish government banned the main pro-Kurdish opposition party.",
        "TURGOV>TUROPP:17",
    ),
    (
        "KAMPALA",
        "Ugandan authorities barred opposition candidates from the presidential election.",
        "UGAGOV>UGAOPP:17",
    ),
    ("HONG KONG", "Chinese authorities outlawed the student union in Beijing.", "CHNGOV>CHNEDU:17"),
    (
        "MANAGUA",
        "Nicaragua's government shut down an opposition newspaper on Monday.",
        "NICGOV>NICMED:17",
    ),
    (
        "KABUL",
        "Afghan authorities shut down a newspaper critical of the government.",
        "AFGGOV>AFGMED:17",
    ),
    (
        "NAIROBI",
        "Kenyan police fired tear gas to break up a rally by opposition supporters.",
        "KENCOP>KENOPP:17",
    ),
    # a curfew or emergency laid on people (d.impose_curfew)
    (
        "DHAKA",
        "Bangladeshi authorities imposed a curfew on protesters in Dhaka.",
        "BGDGOV>BGDOPP:17",
    ),
    # 18 assault (d.beat)
    (
        "ADDIS ABABA",
        "Ethiopian police beat protesters in Addis Ababa on Sunday.",
        "ETHCOP>ETHOPP:18",
    ),
    ("HAVANA", "Cuban police beat dissidents outside a church in Havana.", "CUBCOP>CUBOPP:18"),
    (
        "RIYADH",
        "Saudi authorities tortured detained activists, a rights group said.",
        "SAUGOV>SAUOPP:18",
    ),
    # already coded before this vocabulary: kept
    (
        "MINSK",
        "Belarusian authorities cracked down on opposition activists after the vote.",
        "BLRGOV>BLROPP:17",
    ),
    (
        "DHAKA",
        "Bangladeshi police detained two opposition leaders ahead of the rally.",
        "BGDCOP>BGDOPP:17",
    ),
    (
        "JAKARTA",
        "Indonesian students clashed with riot police outside parliament.",
        "IDNEDU>IDNCOP:19",
    ),
    (
        "MOGADISHU",
        "Somali insurgents attacked government troops outside Mogadishu.",
        "SOMREB>SOMMIL:19",
    ),
    ("BAGHDAD", "Iraqi troops killed five insurgents in Anbar province.", "IRQMIL>IRQREB:19"),
    # group words of domestic.yaml: rioters, marchers, hunger strikers, militiamen
    (
        "LUSAKA",
        "Zambian rioters looted shops in Lusaka and attacked police.",
        "ZMBOPP>ZMBCOP:19",
    ),
    (
        "CAIRO",
        "Egyptian riot police clashed with marchers outside the interior ministry.",
        "EGYCOP>EGYOPP:19",
    ),
    (
        "TEHRAN",
        "Iranian hunger strikers demanded the release of political prisoners from the judiciary.",
        "IRNOPP>IRNJUD:10",
    ),
    ("KABUL", "Afghan militiamen killed three policemen in Kunduz.", "AFGREB>AFGCOP:19"),
    (
        "BAMAKO",
        "Malian soldiers detained dozens of protesters outside the presidential palace.",
        "MLIMIL>MLIOPP:17",
    ),
]

NONE: list[NearMiss] = [
    # a strike or protest against a company, or with no side named
    ("LAGOS", "Nigerian bank workers went on strike over pay at Access Bank."),
    ("ABUJA", "Nigerian workers at Dangote Refinery went on strike over pay."),
    ("MADRID", "Spanish dockers held a strike against the shipping company Maersk."),
    ("LONDON", "British nurses walked out over pay on Tuesday."),
    ("CAIRO", "Egyptian students protested at the university over exam fees."),
    ("PARIS", "French farmers blocked roads near Paris with tractors."),
    # support is no protest; a foreign state's policy is no domestic side
    ("BERLIN", "German workers rallied in support of the government's wage bill."),
    ("LONDON", "British unions rallied behind the government's wage plan."),
    ("KYIV", "Ukrainian farmers protested against Polish border blockades."),
    # an aim that is no protest (purpose_verbs)
    ("NAIROBI", "Kenyan students marched to celebrate the president's election victory."),
    ("ACCRA", "Ghanaian students gathered outside parliament to hear the president speak."),
    # "police said": the police report, they do not act
    ("NAIROBI", "Kenyan police said the protesters had dispersed peacefully by nightfall."),
    ("DHAKA", "Bangladeshi police said they had detained two suspects in the robbery."),
    ("ACCRA", "Ghanaian police said the opposition rally would go ahead on Saturday."),
    # only possible or negated
    ("SEOUL", "South Korean students may protest against the government next week."),
    ("LIMA", "Peruvian police did not disperse the crowd outside Congress."),
    ("MOSCOW", "Russian authorities may ban the opposition party next year."),
    ("BOGOTA", "Colombian unions did not join the strike against the government."),
    # other senses: a game, a thing demonstrated, a road closed, fog dispersed
    ("NAIROBI", "Kenyan police beat the army 2-1 in the league final."),
    ("CAIRO", "Egyptian students demonstrated their robots at a science fair."),
    ("TOKYO", "Japanese police closed the road after the accident."),
    ("SEOUL", "South Korean police dispersed the fog with fans."),
    # a curfew or emergency with no people it is laid on
    ("DHAKA", "Bangladeshi authorities imposed a curfew in Dhaka after the riots."),
    ("COLOMBO", "The Sri Lankan government declared a state of emergency to curb protesters."),
    # a group no role word names
    ("CAIRO", "Egyptian authorities banned the Muslim Brotherhood in 2013."),
    ("KABUL", "Afghan militiamen attacked a police post in Kunduz."),
]

GAPS: list[Gap] = [
    (
        "COLOMBO",
        "Sri Lankan opposition supporters staged a sit-in outside the president's office.",
        "LKAOPP>LKAGOV:14",
        "'sit-in' is split into three tokens with 'in' as the head noun",
    ),
    (
        "TUNIS",
        "Tunisian opposition parties boycotted the parliamentary election called by President "
        "Saied.",
        "TUNOPP>TUNGOV:14",
        "an election called by a leader: its caller is no target yet",
    ),
    (
        "ISLAMABAD",
        "Pakistani opposition lawmakers walked out of parliament in protest at the "
        "government's budget.",
        "PAKLEG>PAKGOV:14",
        "'in protest at' a possessor's act is no target slot",
    ),
    (
        "ABUJA",
        "Nigerian labour unions launched a strike to protest the government's fuel subsidy cut.",
        "NGALAB>NGAGOV:14",
        "'to protest' parsed as a relative clause of the strike has no subject",
    ),
    (
        "KAMPALA",
        "Ugandan police broke up an opposition rally in Kampala and arrested its organisers.",
        "UGACOP>UGAOPP:17",
        "a role word modifying another noun ('opposition rally') makes no mention",
    ),
    (
        "ANKARA",
        "A Turkish court banned the pro-Kurdish party from politics for five years.",
        "TURJUD>TUROPP:17",
        "a bare 'party' is no role word (the ruling party is none of the opposition)",
    ),
    (
        "LA PAZ",
        "Bolivian miners staged a hunger strike against the government's mining law.",
        "BOLLAB>BOLGOV:14",
        "trades ('miners', 'traders') are no role words",
    ),
    (
        "NAIROBI",
        "Kenyan students staged demonstrations on Friday to demand the resignation of the "
        "education minister.",
        "KENEDU>KENGOV:14",
        "'the education minister' with no name resolves to no actor",
    ),
    (
        "MANILA",
        "Filipino activists rallied outside the presidential palace calling for the "
        "president's resignation.",
        "PHLOPP>PHLGOV:14",
        "with no comma 'calling' is parsed as a clause on the palace, not on the rally",
    ),
    (
        "ANKARA",
        "Turkish police prevented a march organised by students in Istanbul.",
        "TURCOP>TUREDU:17",
        "a passive participle's agent ('organised by students') is no obj_sub phrase",
    ),
    (
        "MANILA",
        "Philippine insurgents ambushed an army patrol in Mindanao.",
        "PHLREB>PHLMIL:19",
        "'an army patrol': a role word modifying another noun makes no mention",
    ),
]


def _rows() -> list[tuple[str, str]]:
    return all_rows(CASES, NONE, GAPS)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[bool, dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    """Every row in both modes (the session model)."""
    del nlp
    return code_both_modes(_rows())


def test_domestic_mode2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


def test_domestic_vocabulary_is_read_in_the_domestic_pass_only() -> None:
    """The domestic patterns come first for their lemmas, and only in with_domestic."""
    from newsgraph.events.domestic import with_domestic
    from newsgraph.events.patterns import load_patterns

    base = load_patterns()
    assert all(not p.id.startswith("d.") for ps in base.verbs.values() for p in ps)
    merged = with_domestic(base)
    assert merged.verbs["demonstrate"][0].id == "d.demonstrate"
    assert merged.verbs["disperse"][0].id == "d.disperse"
    assert merged.verbs["ban"][-1] == base.verbs["ban"][-1]


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_domestic_vocabulary_codes_acts_inside_one_state(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """With the flag the body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[True][body]
    assert matches(got, expected), (got, expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), _rows(), ids=[b[:40] for _, b in _rows()])
def test_default_mode_codes_none_of_the_domestic_vocabulary(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str
) -> None:
    """By default no row codes an act inside one state, and every default event is kept
    under the flag."""
    del dateline
    default = coded[False][body]
    assert not [e for e in default if e.split(">")[0][:3] == e.split(">")[1][:3]], default
    assert all(e in coded[True][body] for e in default), (default, coded[True][body])
