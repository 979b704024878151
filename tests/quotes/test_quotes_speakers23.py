"""Quote speakers of session 25 (builder QS), hard speaker forms found on wire stories the
builder wrote: an envoy's post between the title and the name ("The U.S. ambassador to
Mexico, X," is X's title, not an earlier American's: resolve._past_post); a quotation that
opens its paragraph as a sentence of its own, reported by the next sentence ("“...” Minister
X told lawmakers ...": attribute._reporter_after), unless the paragraph before ends in a
colon or the next sentence's subject does not speak; "the office said" after "X's office
said" (attribute._person_body_name, "Office of <full name>" as news-dev names it); and a
counterpart's title ("His Turkish counterpart, X," of a foreign minister is a minister,
so "the minister" after it is X: resolve._counterpart_title). Whose a speaker is: a title a
person's possessive owns ("Vucic's defense minister, X,", "X, Mwangi's chief of staff,") is
an office of that person's state (resolve._possessor); an armed group's spokesman ("an M23
spokesman, X,") acts for no state, not the dateline's; "a spokesman for the ministry, X,"
is the ministry named before's; and a "he" after "Lula's adviser, X, dismissed ..." goes on
with that sentence's subject named in apposition (attribute._appositive_person), not a man
named before it; "According to the ministry, X demanded “...”" is X's
(attribute._person_telling). Names: "Van Klaveren" opening a sentence is the "Alberto van
Klaveren" named before (gazetteer name_particles, resolve._same_person); "Analyst Florian
Bieber said" names Florian Bieber (resolve._name_tokens). Every text was written for this
file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    # an envoy's post before the name set off by commas
    (
        # (a headline: the sentence before a "he" continues its subject only below one)
        "Mexico rejects call\n\nMEXICO CITY — A Pentagon spokesman, Sean Parnell, declined to "
        "discuss the call. The U.S. ambassador to Mexico, Ronald Johnson, struck a softer tone in a meeting with "
        'business leaders. "We are partners, not adversaries," he told them.',
        "We are partners",
        "Ronald Johnson",
    ),
    (
        "ADDIS ABABA — A Chinese embassy spokesman, Li Wen, spoke first. The Chinese envoy to "
        "the African Union, Hu Changchun, told reporters the summit had been useful. "
        '"Africa\'s voice must be heard," he said.',
        "Africa's voice",
        "Hu Changchun",
    ),
    # a quotation opening its paragraph, reported by the next sentence
    (
        "BRASILIA — Brazil recalled its ambassador to Israel on Friday, the foreign ministry "
        'said.\n\n"This is a dark day for diplomacy." Foreign Minister Mauro Vieira did not '
        "hide his anger as he told lawmakers that Brasilia would not accept the insult.",
        "dark day",
        "Mauro Vieira",
    ),
    (
        "OSLO — Norway protested to Russia on Thursday over a fishing dispute, its coast guard "
        'said.\n\n"We will defend our fishermen." With those words, Fisheries Minister '
        "Marianne Sivertsen announced new patrols in the Barents Sea.",
        "defend our fishermen",
        "Marianne Sivertsen",
    ),
    (
        "SEOUL — South Korea's spy agency said on Monday the North had sent troops to Russia."
        '\n\n"The evidence is overwhelming." Unification Minister Chung Dong-young was blunt '
        "on Monday, telling parliament that Pyongyang had crossed a line.",
        "evidence is overwhelming",
        "Chung Dong-young",
    ),
    # "the office" after a named person's office
    (
        "MANILA — The Philippines lodged a protest with China, President Ferdinand Marcos "
        'Jr.\'s office said. "We will not give up an inch of our territory," the office said '
        "in a statement.",
        "an inch of our territory",
        "Office of Ferdinand Marcos Jr.",
    ),
    (
        "ANKARA — Turkish President Recep Tayyip Erdogan's office said he had spoken with the "
        'Syrian leader.\n\n"Both leaders agreed to keep in close contact," the office said.',
        "close contact",
        "Office of Recep Tayyip Erdogan",
    ),
    (
        "NAIROBI — Kenya's opposition leader Raila Odinga's party said on Monday it would "
        'boycott the vote. "The vote is rigged before it starts," the party said.',
        "rigged",
        "Odinga's party",
    ),
    # a named person's cue verb under "according to": the person speaks, the source reports
    (
        "ATHENS — Greek Foreign Minister Giorgos Gerapetritis spoke with his Iranian "
        "counterpart by phone on Friday, the Greek ministry said. According to the ministry, "
        'Gerapetritis demanded "the immediate release of the ship and its crew."',
        "immediate release",
        "Giorgos Gerapetritis",
    ),
    (
        "SANTIAGO — Chilean President Gabriel Boric called Argentine President Javier Milei "
        'on Monday. According to his office, Boric urged Milei to "keep the border open."',
        "keep the border open",
        "Gabriel Boric",
    ),
    # a surname particle capitalised at a sentence's start is the person named before
    (
        "LIMA — Peruvian Foreign Minister Elmer Schialer signed the deal in Lima with his "
        "Chilean counterpart, Alberto van Klaveren.\n\nVan Klaveren, speaking to reporters "
        'after the ceremony, said Chile had made "no concessions on sovereignty."',
        "no concessions",
        "Alberto van Klaveren",
    ),
    # a capitalised role word opening the sentence is no part of the name
    (
        "BELGRADE — Serbia and Kosovo traded blame on Monday.\n\nAnalyst Florian Bieber of "
        'the University of Graz said neither leader wanted calm. "Conflict is good politics '
        'for both of them," he said.',
        "good politics",
        "Florian Bieber",
    ),
    (
        "PARIS — Professor Bertrand Badie of Sciences Po said the summit was \"a missed chance.\"",
        "missed chance",
        "Bertrand Badie",
    ),
    # "the minister" after a counterpart named in apposition
    (
        "ATHENS — Greek Foreign Minister Giorgos Gerapetritis said the talks would start in "
        "April. He said the first round would be held in Ankara.\n\nHis Turkish counterpart, "
        'Hakan Fidan, was more cautious. "We have agreed to talk, not to agree," the minister '
        "told reporters.",
        "agreed to talk",
        "Hakan Fidan",
    ),
    (
        "TOKYO — Japanese Defense Minister Gen Nakatani arrived in Manila on Tuesday. He said "
        "the visit would deepen ties.\n\nHis Philippine counterpart, Gilberto Teodoro, "
        'welcomed the visit. "Our navies will sail together," the minister said.',
        "navies will sail",
        "Gilberto Teodoro",
    ),
]

#: near-misses: (text, words of the quote, speaker) that must stay as they are
_KEPT: list[tuple[str, str, str]] = [
    # a colon ending the paragraph before keeps the quotation there
    (
        "KAMPALA — Uganda's army said it had repelled an attack near the border, its spokesman "
        'said:\n\n"We pushed them back across the river." Another officer, Major Felix '
        "Kulayigye, told reporters the fighting lasted hours.",
        "pushed them back",
        "Uganda's spokesman",
    ),
    # the next sentence's subject does not speak: the reporting sentence before does
    (
        "LA PAZ — Bolivia recalled its ambassador to Chile on Friday, Foreign Minister Celinda "
        'Sosa said.\n\n"We will not be humiliated." The statement drew an angry response in '
        "Santiago, where officials said Bolivia was overreacting.",
        "humiliated",
        "Celinda Sosa",
    ),
    # a title opening the sentence stays out of the name as before; a lone particle name
    # with no full name before stays as written
    (
        'MADRID — Spain\'s prime minister spoke on Monday. Minister Ana Redondo said the law '
        'was "a step forward."',
        "step forward",
        "Ana Redondo",
    ),
    (
        'ROME — De Luca, the mayor of Naples, said the plan was "a disaster."',
        "a disaster",
        "De Luca",
    ),
    # no person's verb under "according to": its source speaks
    (
        'ATHENS — According to Greece\'s Foreign Ministry, the tanker was "diverted" toward '
        "Bandar Abbas.",
        "diverted",
        "Greece's Foreign Ministry",
    ),
    # a counterpart met in the same sentence: "the president" is still the subject's
    (
        "NAIROBI — Kenyan President William Ruto met his Ugandan counterpart, Yoweri Museveni, "
        'on Monday. "We have agreed to reopen the border," the president said.',
        "reopen the border",
        "William Ruto",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers23_hard_forms(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker

#: (text, words of the quote, speaker, speaker_actor): whose a speaker is
_ACTORS: list[tuple[str, str, str, str | None]] = [
    # (headlines: the sentence before a "he" continues its subject only below one)
    # a title owned by a person's possessive is an office of that person's state
    (
        "Serbia rejects report\n\nBELGRADE — Serbian President Aleksandar Vucic rejected the report. Vucic's defense "
        'minister, Bratislav Gasic, dismissed the claim. "Pristina wants an excuse," Gasic '
        "told the state broadcaster RTS.",
        "wants an excuse",
        "Bratislav Gasic",
        "SRB",
    ),
    (
        "Kenya talks\n\nNAIROBI — Kenyan President William Mwangi spoke first. Peter Kamau, Mwangi's chief of "
        'staff, said trade talks would begin in March. "Business has suffered enough," he said.',
        "suffered enough",
        "Peter Kamau",
        "KEN",
    ),
    (
        "Brazil gas deal\n\nBRASILIA — President Luiz Inacio Lula da Silva spoke on Monday. "
        "Lula's foreign policy adviser, Celso Amorim, dismissed the Bolivian complaint. "
        ' "Bolivia knew about these talks for months," he said.',
        "knew about these talks",
        "Celso Amorim",
        "BRA",
    ),
    # an armed group's spokesman acts for no state, not for the dateline's
    (
        "Rebels advance\n\nGOMA, Congo — Congolese troops withdrew from Rubaya on Tuesday."
        '\n\n"We will not stop," an M23 spokesman, Joseph Mutaganzwa, said in Goma.',
        "We will not stop",
        "Joseph Mutaganzwa",
        None,
    ),
    # "a spokesman for the ministry" is the ministry's state, not the dateline's
    (
        "Border clash\n\nBISHKEK, Kyrgyzstan — Kyrgyzstan summoned Tajikistan's ambassador on Sunday after a "
        "shooting.\n\nTajikistan's Foreign Ministry rejected the accusation. A spokesman for "
        'the ministry, Rustam Nazarov, said the Tajik side had acted "in self-defense."',
        "in self-defense",
        "Rustam Nazarov",
        "TJK",
    ),
    # kept: a private role owned by a person is no office ("Trump's lawyer")
    (
        "Trump in Ohio\n\nWASHINGTON — Former President Donald Trump spoke in Ohio. Trump's lawyer, Alina Habba, "
        'criticized the ruling. "This case is a disgrace," she said.',
        "disgrace",
        "Alina Habba",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _ACTORS)
def test_speakers23_whose(run: Run, text: str, words: str, speaker: str, actor: str | None) -> None:
    quote = quote_with(run(text), words)
    assert (quote.speaker, quote.speaker_actor) == (speaker, actor)
