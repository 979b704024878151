"""Session 5 rules for characters that vanished under a Big5/EUC 'ignore' decode:
curly closers lost beside straight openers, lost quote marks opening a document
typed with straight apostrophes, attribution bounds, owner-noun and name
possessives. Every sentence was written for these tests.

DAMAGED originals must come back exactly from their damaged form (plurals and
reported speech in them must stay as they are); CLEAN texts are already right
and must come back unchanged.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix, repair_text

DAMAGED = (
    # Curly closers that vanished after a surviving straight opener, before an
    # attribution (straight apostrophes do not block the repair).
    "\"We'll review the contract line by line,\u201d the mayor added on Friday.",
    '"The harvest came in late this year,\u201d she said, adding, "It\'s too early to set prices."',
    '"Nobody at the port was told in advance,\u201d said Anna Ruiz, a union official, on Monday.',
    '"Fuel is running low in the north,\u201d the agency posted on X.',
    # ... and at a paragraph end, before a paragraph that opens no quote.
    "The minister said, \"We can't promise a date.\u201d\n\nThe talks resume next week.",
    # ... and after a phrase opening in lower case: it runs on into no paragraph.
    'The envoy said the deal would "hold for at least a year.\u201d',
    # Straight apostrophes, curly quote marks (a common CMS mix): the lost
    # quote marks show the damage, so the other traces count too.
    "\u201cWe'll keep the shelters open all winter,\u201d the mayor said.",
    "\u201cIf you can't pay the rent, call us first,\u201d the housing office wrote.",
    "\"It's the People\u2019s Liberation Army that decides,\u201d said an analyst in Taipei.",
    # Attribution bounds: narration with a speech verb after the attribution is
    # no continued speech; no sentence end inside an attribution; a long one.
    "\u201cWe will rebuild the bridge before winter,\u201d the governor told reporters."
    " She added that the budget was approved.",
    "\u201cThe port is closed. Our boats stay home \u2014 NO EXCEPTIONS!\u201d the harbour"
    " master said.",
    "\u201cWe expect the convoy to arrive on time,\u201d the minister told reporters at the"
    " army headquarters in Goma on Friday.",
    # Owner nouns after any determiner, adjective or name; names plural only
    # with "the". ("He’s", "don’t": a sure trace opens the plain-ASCII text.)
    "Analysts are watching the incoming administration\u2019s priorities. He\u2019s wary.",
    "Farmers criticised the Labour government\u2019s fertiliser subsidy. They don\u2019t agree.",
    "It became the core of his administration\u2019s policies. He\u2019s proud of it.",
    "The link is tied to America\u2019s long-term energy policy. We don\u2019t doubt it.",
    "Rubio said America\u2019s partners in the region will help. He\u2019s sure.",
    # A capitalised owner noun ending a name; a sibilant word + "s".
    "Rules issued by the Energy Department\u2019s Office of Science apply. He\u2019s sure.",
    "Aid will stop where the Dutch Government\u2019s support ends. He\u2019s sure.",
    "She spoke with the Bush\u2019s lawyer and with VOA Spanish\u2019s editor. He\u2019s sure.",
    # Plurals that stay: before a verb, at a sentence start, after "the", a
    # number or "both", coordinated names, a plural name, a Title Case line.
    "Successive administrations have tried. He\u2019s tired.",
    "Western governments imposed sanctions. He\u2019s tired.",
    "The nations leaders met. He\u2019s tired.",
    "The infrastructure projects meet high standards. He\u2019s tired.",
    "The summit of the Americas opens and the two Koreas talk. He\u2019s tired.",
    "Both Koreas sent envoys. He\u2019s tired.",
    "The Energy and Commerce Departments said the rules apply. He\u2019s sure.",
    "He cited the United Nations Convention on the Law of the Sea. He\u2019s sure.",
    "The Czechs and the Swiss voted. He\u2019s sure.",
    "Government Departments Agree On New Rules For Ports\nHe\u2019s sure.",
    # A lead-in past abbreviation stops ("U.S.") and past a first speech verb.
    "When asked how the U.S. could press Moscow, Senator Ann Lee told VOA, \u201cI think we have"
    " to show them what is at stake.\u201d",
    "Asked about the U.N. report on Monday, the envoy told reporters, \u201cWe have read it and"
    " we disagree with it.\u201d",
    "At a briefing in Washington, D.C. on Friday, the spokesperson said, \u201cOur position on"
    " the talks has not changed at all.\u201d",
    # A name the text makes a subject ("Trump said") takes a possessive, not a
    # plural: before a name, a number, a sum, a noun; after "of" and "and".
    "Trump said on Monday that talks would resume. Critics of Trump\u2019s Cabinet picks were"
    " unmoved.",
    "Lula has urged restraint, and Lula\u2019s January visit to Beijing was a sign of it.",
    "Price said the budget would pass, and Price\u2019s $2 billion plan drew criticism.",
    "Rubio told reporters the deal was near. Later, Trump\u2019s envoy arrived, and Rubio\u2019s"
    " 12-point plan was published.",
    "Analysts said Trump grasped the risk. They expect Trump\u2019s team to push for tariffs.",
    # Mixed typing: a straight closer before an attribution lost its curly opener.
    '\u201cWe will not sign this deal," the minister said. "Not this year."',
    '\u201cI commend the people of Angola for hosting the summit," said Nuvunga. "We have work."',
    '\u201cThe act is no silver bullet for land reform," Boggenpoel wrote.',
    # "Were" + a word only an adverb, at a sentence start or after a lead-in's comma.
    "\u201cWe\u2019re already talking to our partners,\u201d the minister said."
    " \u201cWe don\u2019t expect a deal.\u201d",
    "The envoy told ABC, \u201cWe\u2019re really disappointed by the decision.\u201d",
)

CLEAN = (
    # A quote running on into the next paragraph opens it again.
    'The minister said, "We will not sign this year.\n\n"Nor next year," he added.',
    # Alone, a paragraph may be the first of a longer quote: left open.
    'The minister said, "We will not sign this year.',
    'The minister said, "We will not sign this year.\n\n"Nor will we talk," he added.',
    # Balanced straight quotes; a quoted phrase before an attribution.
    '"We will not sign," the minister said, "not this year."',
    'He called the plan "a fair start," officials said.',
    'Farmers were told, "Wait and see.\n\n"It is hard," one said.',
    # Reported speech typed with straight apostrophes.
    "The mayor said we'll keep the shelters open, and the council agreed.",
    "He said he can't say when, and the city won't either, officials said.",
    "Officials said the shelters won't close, the mayor said.",
    # Straight "I'm" beside "dont": a hurried typist's slips, unquoted speech included.
    "I'm sure we dont need the shelters yet, the mayor said.",
    # Reported speech in plain ASCII with no trace.
    "The minister told reporters at the army headquarters in Goma on Friday that the"
    " convoy was late.",
    "The convoy arrived late, the minister told reporters at the army headquarters on Friday.",
    # Reported speech and clause lead-ins past "U.S.", a sentence end after a capital.
    "The U.S. envoy said on Tuesday that the talks would resume next week in Geneva.",
    "The U.S. envoy spoke. As he said, Russia will not attend the talks next week.",
    "He backed Plan B. The minister told VOA, however, that the vote was close.",
    "After the U.N. vote, the envoy told VOA, the result was a warning to Moscow.",
    # Plurals of a name the text makes a subject: after a determiner or a
    # number, group names, before a verb; the verb "trumps".
    "Trump said he would act. The Kennedys met him on Monday.",
    "Trump said he would act. Two Trumps met him on Monday.",
    "Democrats said they would act, and Democrats Chuck Schumer and Hakeem Jeffries met.",
    "Security trumps economy, Trump said.",
    "Cook said the results were strong. Cooks said they needed more staff.",
    "Marshall said on Monday the Marshall Islands ambassador would come.",
    "Analysts said Trump would visit. Trump and the Bidens met.",
    # A straight mark after a number, balanced straight quotes, a closer
    # after another attribution (where it opened is unknown), a stop before it.
    'The pipe was 12" wide, the engineer said.',
    'It was fine, he told VOA. That will change," he added.',
    'The minister said. "We will not sign."',
    # A question is no "we're"; a negative or modal subject says nothing.
    "Were these talks useful? Nobody could say.",
    "Is the war over? No one would say.",
    "Were prices to rise, the bank would act, and it didn\u2019t say more.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", DAMAGED)
def test_repair_vanished_traces_restored(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert damaged != text and damaged.isascii()
    assert fix(damaged) == text


@pytest.mark.parametrize("text", CLEAN)
def test_repair_vanished_traces_clean_unchanged(text: str) -> None:
    assert fix(text) == text


def test_repair_vanished_traces_closer_before_attribution_is_sure() -> None:
    repaired = repair_text('"We will keep the border open, the minister said on Tuesday.')
    (closer,) = repaired.fixes
    assert closer.replacement == "\u201d" and closer.original == ""
    assert closer.confidence >= 0.8
