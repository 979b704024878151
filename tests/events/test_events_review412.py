"""Review 412 (session 67, N67): a walkout during another state's speech told as a noun.

Decision 1 of tests/gold/README.md "Conventions decided (session 66)" codes a delegation's
walkout during another party's speech against the speaker's state, roots 11, 14 and 16 (this
file: 111). Session 66 coded the verb ("walked out during ..."); its noun form, "staged a
walkout", was dropped at the merge because verb patterns on "stage" and "mount" lent 11 to
every staged deed. Here the noun itself is the trigger (n.walkout_speech):

- the walkers: the noun's owner or by-phrase ("Greece's walkout", "the walkout by the Greek
  delegation"), or the subject of the verb that stages it (slot stager_subj: stage, hold,
  mount, lead, launch; its agent in the passive, "was staged by");
- the target: the owner of a speech (rules speech_clause_words) in a during-, through-, at-,
  over- or of-phrase under the noun or its staging verb (slot speech_owner), or the speaker
  of a time clause that tells a speech (speaker_subj, as v.walk_out_speaker).

The verb v.walk_out_speech also reads "walked out in protest at the Iranian president's
remarks" (speech_owner:at|over).

Near misses: a walkout by workers, students or a domestic party; one during a visit or at an
embassy (no speech); a walkout only threatened, possible, talked of or denied; a walkout from
talks (164 is v.walk_out's, the noun names none here); a speech at a venue ("walked out of the
speech at the United Nations": the venue is no speaker).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya's delegation staged a walkout during the Ugandan minister's speech on Tuesday.",
        "KEN>UGA:11",
    ),
    (
        "YEREVAN",
        "The Azerbaijani delegation staged a walkout as Armenia's foreign minister spoke at the "
        "assembly.",
        "AZE>ARM:11",
    ),
    (
        "ATHENS",
        "The walkout by the Greek delegation during the Turkish minister's address drew applause.",
        "GRC>TUR:11",
    ),
    (
        "PRISTINA",
        "A walkout was staged by the Serbian delegation during the Kosovo president's address.",
        "SRB>XKX:11",
    ),
    (
        "NEW YORK",
        "China's delegation held a walkout during the Japanese premier's speech at the United "
        "Nations.",
        "CHN>JPN:11",
    ),
    (
        "ISLAMABAD",
        "India staged a walkout from the summit as Pakistan's prime minister took the floor.",
        "IND>PAK:11",
    ),
    (
        "KAMPALA",
        "Kenya's delegation staged a walkout in protest at the Ugandan president's remarks.",
        "KEN>UGA:11",
    ),
    (
        "GENEVA",
        "The walkout during the Israeli minister's speech was led by Iran.",
        "IRN>ISR:11",
    ),
    # the verb with the protest's at- or over-phrase (v.walk_out_speech, speech_owner)
    (
        "TEHRAN",
        "Iran's delegation walked out over the Israeli minister's speech.",
        "IRN>ISR:11",
    ),
    # a condemnation of the walkout is the condemner's own act; the walkout keeps its own
    (
        "JERUSALEM",
        "Israel condemned Iran's walkout during the Israeli minister's speech.",
        "ISR>IRN:11 IRN>ISR:11",
    ),
]
NONE: list[NearMiss] = [
    ("PARIS", "Dock workers staged a walkout as the French minister spoke."),
    ("NAIROBI", "Protesters staged a walkout as Kenya's president spoke."),
    ("PARIS", "Opposition lawmakers staged a walkout during President Macron's speech."),
    ("BEIJING", "Students staged a walkout at the Chinese embassy."),
    ("GENEVA", "No walkout was staged during the Israeli minister's speech, diplomats said."),
    ("GENEVA", "Iran's delegation may stage a walkout during the Israeli minister's speech."),
    ("GENEVA", "Diplomats spoke of a possible walkout during the Israeli minister's speech."),
    (
        "GENEVA",
        "Iran's delegation did not stage a walkout during the Israeli foreign minister's speech.",
    ),
    ("LIMA", "Opposition lawmakers talked of a walkout during the Chilean president's speech."),
    (
        "ANKARA",
        "The Greek delegation staged a walkout from the hall during the Turkish minister's visit.",
    ),
    ("NEW YORK", "Iran's delegation walked out of the speech at the United Nations."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review412_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review412_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
