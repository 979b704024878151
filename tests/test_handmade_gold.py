"""Held-out gates: `newsgraph eval` on our hand-made gold sets must not fall below pinned floors.

The articles in tests/gold/handmade*.jsonl were written and annotated blind, without looking at
the code and before any run (see tests/gold/README.md), so they measure generalization, not fit
to the dev gold. Sets 1-5 have had their misses fixed by category since (development sets
now); set 6 is still blind; set 7 (session 7) is blind to the engineers, but its miss list
shaped the examples of one brief (see its entry below); sets 8, 9, 10 and 11 likewise: their
miss categories (not their sentences) shaped the briefs of their sessions. Sets 11-14 became
development sets in sessions 12-15; set 15 (session 15) was blind through session 15, its
categories shaping no brief, and is a development set from session 16; sets 16-23 were blind in
their own session and development sets from the next (set 24 from session 25, set 25 from
session 26, set 26 from session 27, set 27 from session 28, set 28 from session 29); sets
29-32 were written in session 29: sets 30 and 31 became development sets the same session
after their first run, sets 29 and 32 were blind through session 29 and development sets from
session 30. Sets 33-37 were written in session 30: sets 33 and 35 became development sets the
same session after their first run; sets 34, 36 and 37 are blind to the builders. The lead
read the extras and misses of the blind sets 6, 8, 9 and 10 at the start of session 26, and
wrote builders' briefs from their forms with invented sentences (tests/gold/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.run import evaluate_files
from newsgraph.settings import Settings

GOLD = Path(__file__).resolve().parent / "gold"

# Floors sit a little below the measured figures; raise them when we improve, never lower them
# silently. Measured 2026-11-28 (sets 1-7) and 2026-11-29 (session 8). Session 15 raised the
# floors of sets 1-5, 7, 8, 10-14 to its end figures less 0.01-0.03 (tests/gold/README.md);
# session 16 those of sets 1-5, 7, 9-12, 14 and 15 likewise; session 17 those of sets 1-3, 5-7,
# 11, 12 and 14-16; session 18 those of sets 1, 5, 7, 11, 12 and 15-17; session 19 those
# of sets 5-7, 12 and 14-18 (end figures less 0.02); session 20 those of sets 4, 7, 11, 13
# and 15-19 likewise; session 21 those of sets 5-7, 11, 12 and 14-20 likewise; session 22
# those of sets 1, 6, 11-14 and 19-21 likewise; session 23 those of sets 4, 11 and 13-22
# likewise; session 24 those of sets 4-6, 8-10, 18, 19 and 21-24 likewise; session 25 those of
# sets 2-5, 7, 10-12, 17, 19, 21 and 24 likewise; session 26 those of sets 6, 8-11, 13, 16,
# 17 and 25 likewise, and the speaker floors of most sets; session 27 those of sets 10, 11,
# 18, 23, 25 and 26 likewise; session 28 those of sets 4, 7, 12-14 and 17-27 likewise;
# session 29 those of sets 4, 11-14, 16-22 and 24-28 likewise, and pinned sets 29-32 at their
# end figures less 0.02; session 30 those of sets 4, 6, 8-11, 15, 16, 18-23, 25, 26 and 29-32
# likewise, and pinned sets 33-37 at their end figures less 0.02; session 31 those of sets 6, 9,
# 18, 19, 22, 24, 29, 31, 32, 34-36 and 38-40 likewise, re-pinned set 37 after its background acts
# were made optional, and pinned sets 38-42 (tests/gold/README.md has each set's end figures).
# Session 46 raised those of sets 8, 22, 27, 36, 42, 45, 46, 54, 55, 58-60, 63 and 69 to its end
# figures less 0.02 (sets 64 and 65, opened, by their openers; 70 and 71 pinned at first runs).
# Session 47 raised those of sets 42, 44, 54, 63, 71 and 72 likewise (sets 66 and 67, opened, by
# their openers; 72 and 73 pinned at first runs, 72 then raised to its end figures).
# Session 48 raised those of sets 10, 17, 18, 20, 22, 31, 35, 44, 55, 56, 58, 60, 63-67 and 73
# likewise (sets 68 and 69, opened, by their openers; 74 and 75 pinned at first runs).
# Session 57 raised those of sets 3-5, 7-9, 14, 16, 17, 19, 20, 22, 24, 26, 28, 31, 34, 36-39, 41,
# 42, 44-46, 48, 50, 51, 54, 56, 59-90 (where higher) to its end figures (b/M57, 9575544f) less
# 0.02, rounded down to 0.005; never lowered (benchmarks/gold_table.py gives the figures).
# Session 63 raised those of sets 9, 10, 12, 15-17, 29, 35, 37, 43, 46, 49, 51, 59, 66, 70-75, 77,
# 79, 80, 85, 87, 91, 94, 97 and 98 (where higher) to its end figures (b/L63, 56df1216) likewise
# (set 92, opened, by its opener; 98 pinned at its first run, then raised).
# Session 64 raised those of sets 7, 9, 13-15, 18, 32, 36, 40, 43, 48, 58, 62, 64, 67, 73, 77-81,
# 87, 90, 92, 96 and 98 (where higher) to its end figures (b/L64) likewise (set 94, opened, by
# its opener; 99 pinned at its first run).
# Session 65 raised those of sets 5, 8, 11, 13, 15, 22, 24, 26, 30, 39, 44, 51, 53, 54, 58, 61,
# 63, 64, 66, 67, 69, 78, 79, 82-84, 87, 88, 91-94 (where higher) to its end figures (b/L65,
# c91750b9) likewise (set 95, opened, by its opener; 100 pinned at its first run).
# Session 66 raised those of sets 3, 4, 6, 8, 11, 19, 22, 23, 33, 37, 41, 46, 47, 50, 51, 53, 59,
# 63, 70, 71, 79, 82, 83, 87, 93, 95 and 101 (where higher) to its end figures (b/L66, eb572271)
# likewise (set 99, opened, by its opener; 101 pinned at its first run, then raised).
# Session 67 raised those of sets 2, 32, 51, 52, 69, 72-74, 76, 77, 80, 82-84, 86, 88-91, 93, 94,
# 96, 99, 100 and 102 (where higher) to its end figures (b/L67, eafa43fe) likewise (set 100,
# opened, by its opener, then raised; 102 pinned at its first run, then raised).
# Session 68 raised those of sets 8, 13, 29, 59, 65, 66, 90, 97 and 99 (where higher) to its end
# figures (b/L68, d94054ee) likewise (set 102 opened by its opener; 103 pinned at its first run
# on the start code; the batteries 104 and 105 pinned at the end figures).
# Session 69 raised those of sets 42, 54, 73, 77, 79, 80, 92, 94, 100, 102-105 (where higher) to
# its end figures (b/L69, 4bd8748d) likewise (set 101 opened by its opener; 106 pinned at its
# first run on the start code, then raised).
# Session 70's conventions (dated background acts optional, README "Conventions decided (session
# 70)") lowered those of blind sets 10 and 98 to the start code's figures less 0.02 (commented
# at their entries); the session then raised those of sets 6, 8, 16, 64, 71, 72, 82, 85, 89, 96,
# 98-107 (where higher) to its end figures (b/L70, 8e1bc2dd) likewise (107 pinned at its first
# run on the start code, then raised).
FLOORS = {
    # Set 1, blind at commit 8870bc5 (session 3): events P 0.804 R 0.494 F1 0.612 (root and code
    # alike); quotes P 1.0 R 1.0 speaker 0.930. End of session 3: events P 0.965 R 0.663 F1 0.786,
    # quotes 1.0 everywhere. End of session 4: events P 0.956 R 0.783 F1 0.861, quotes 1.0. End of
    # session 5: events P 0.970 R 0.783 F1 0.867, quotes 1.0. End of session 6: P 0.971 R 0.795
    # F1 0.874. End of session 7: unchanged. Session 8: P 0.971 R 0.819 F1 0.889.
    "handmade.jsonl": {
        "events": {"precision": 0.965, "recall": 0.92, "f1": 0.94},
        "quotes": {"precision": 0.99, "recall": 0.99, "speaker_accuracy": 0.98},
    },
    # Set 2, blind with the code of commit 478f607: events (root) P 0.739 R 0.391 F1 0.511, quotes
    # P 1.0 R 1.0 speaker 0.882. After the guideline corrections listed in tests/gold/README.md
    # (commit dd2c417), same code: events P 0.756 R 0.400 F1 0.523 (code level P 0.711 R 0.376).
    # Its misses were then fixed by category (session 4), so it is a development set now: events
    # P 0.971 R 0.788 F1 0.870 (code P 0.942 R 0.765), quotes 1.0, speakers 1.0. End of session
    # 6: P 0.971 R 0.800 F1 0.877. End of session 7: P 0.972 R 0.824 F1 0.892. Session 8: same.
    "handmade2.jsonl": {
        "events": {"precision": 0.98, "recall": 0.92, "f1": 0.95},
        "quotes": {"precision": 0.99, "recall": 0.99, "speaker_accuracy": 0.98},
    },
    # Set 3, blind first run (gold commit 4693d2e, code of 9dab2fe): events (root) P 0.767 R 0.446
    # F1 0.564, quotes P 1.0 R 1.0 speaker 0.931. After the guideline corrections listed in
    # tests/gold/README.md (commit 7a62748), same code: events P 0.829 R 0.459 F1 0.591 (code
    # level the same), quotes unchanged. Its misses were fixed by category in session 5 (a
    # development set now): events P 0.898 R 0.595 F1 0.715, speakers 0.958. End of session 6:
    # P 0.902 R 0.622 F1 0.736. End of session 7: P 0.906 R 0.649 F1 0.756. Session 8: P 0.909
    # R 0.676 F1 0.775.
    "handmade3.jsonl": {
        "events": {"precision": 0.965, "recall": 0.885, "f1": 0.92},
        "quotes": {"precision": 0.99, "recall": 0.99, "speaker_accuracy": 0.98},
    },
    # Set 4, blind with the code of the start of session 5 (443d277), after the guideline
    # corrections in tests/gold/README.md: events (root) P 0.844 R 0.409 F1 0.551, speakers 0.955.
    # Its misses were then fixed by category (session 5, second round), so it is a development
    # set now: events P 0.958 R 0.495 F1 0.653 (code P 0.938 R 0.484), speakers 1.0. End of
    # session 6: P 0.962 R 0.538 F1 0.690. End of session 7: P 0.963 R 0.559 F1 0.708.
    # Session 8: P 0.964 R 0.570 F1 0.716. Session 9: P 0.966 R 0.602 F1 0.742.
    # Session 11: P 0.968 R 0.656 F1 0.782.
    "handmade4.jsonl": {
        "events": {"precision": 0.98, "recall": 0.845, "f1": 0.91},
        "quotes": {"precision": 0.99, "recall": 0.99, "speaker_accuracy": 0.98},
    },
    # Set 5, blind: written during session 5's second round by an engineer who had read no code;
    # no engineer working on the code has seen its articles. Code of 443d277: events P 0.919 R 0.382 F1 0.540, speakers 0.923 (after
    # one guideline correction); end of session 5, still unseen by the engineers: P 0.902 R 0.416
    # F1 0.569, speakers 0.954. Session 6 fixed its miss categories (a development set now):
    # P 0.877 R 0.562 F1 0.685, speakers 0.985. End of session 7: P 0.881 R 0.584 F1 0.703,
    # speakers 0.985. Session 8: P 0.883 R 0.596 F1 0.711. Floors about 0.03 below. Session 12:
    # P 0.933 R 0.629 F1 0.752.
    "handmade5.jsonl": {
        "events": {"precision": 0.955, "recall": 0.875, "f1": 0.915},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 6, blind: written in session 6's first round by an engineer who had read no code;
    # no engineer working on the code has seen its articles or its miss list. Code of the
    # session's start (a4b5d7e), after three guideline corrections to optional events: events
    # (root) P 0.769 R 0.367 F1 0.497, speakers 0.939; end of session 6: P 0.764 R 0.385
    # F1 0.512, speakers 0.939. Still blind through session 7: P 0.776 R 0.413 F1 0.539,
    # speakers 0.939. End of session 8: P 0.758 R 0.431 F1 0.550, speakers 0.939 (still blind
    # to the helpers; the lead read one of its false events, "criticized the court" after the
    # ICC, tried IGO descriptions such as "the court" and dropped them after review).
    # Floors about 0.02 below.
    # Session 9 (still blind to builders): P 0.761 R 0.468 F1 0.580, speakers 0.939.
    # Session 10 (still blind to builders): P 0.818 R 0.495 F1 0.617, speakers 0.939.
    # Session 11 (still blind to builders): P 0.833 R 0.505 F1 0.629.
    "handmade6.jsonl": {
        "events": {"precision": 0.93, "recall": 0.74, "f1": 0.82},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.935},
    },
    # Set 7, written in session 7 by an engineer who had read no code, to read like plain wire
    # copy. Code of the session's start (5b24bfd), after two guideline corrections: events
    # (root) P 0.827 R 0.467 F1 0.597, speakers 0.976. No engineer saw its articles, but the
    # lead knew its miss list when writing the brief of the reactions-to-told-acts rule, and
    # some of that brief's example nouns came from it, so its gain overstates (set 6's is the
    # clean measure). End of session 7: P 0.850 R 0.554 F1 0.671, speakers 0.976. Session 8:
    # P 0.885 R 0.587 F1 0.706. Session 10: P 0.889 R 0.609 F1 0.723. Session 11: P 0.921
    # R 0.630 F1 0.748. Session 12: P 0.923 R 0.652 F1 0.764.
    "handmade7.jsonl": {
        "events": {"precision": 0.955, "recall": 0.89, "f1": 0.92},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 8, written in session 8 by an engineer who had read no code. Code of the session's
    # start (b1cc1e7), after three guideline corrections: events (root) P 0.909 R 0.441 F1 0.594,
    # speakers 1.0. No engineer saw its articles; the session's briefs were written from its
    # miss categories (second coordinated verbs, answers to several authors, plural actors,
    # vocabulary), with example sentences of our own. The lead read one of its quotes to
    # mend a speaker regression (collective speakers). End of session 8: P 0.905 R 0.493
    # F1 0.638, speakers 1.0.
    # Session 9: P 0.909 R 0.515 F1 0.657, speakers 1.0. Session 10: P 0.923 R 0.529 F1 0.673.
    # Session 12: P 0.914 R 0.544 F1 0.682.
    "handmade8.jsonl": {
        "events": {"precision": 0.945, "recall": 0.705, "f1": 0.805},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 9, written in session 9 by an engineer who had read no code. Code of the session's
    # start (680a1a8), after three guideline corrections: events (root) P 0.743 R 0.515
    # F1 0.608, quotes P 0.957 R 1.0, speakers 0.933. No engineer saw its articles; the lead
    # read its misses (told reactions were the largest category, which a builder was already
    # working on from sets 6 and 8) and mended one general bug they showed with sentences of
    # our own (reactions to "the decision" aimed at earlier reactors). End of session 9:
    # P 0.744 R 0.574 F1 0.648. Session 10 (blind to builders): P 0.769 R 0.594 F1 0.670.
    # Session 11 (blind to builders): P 0.768 R 0.624 F1 0.689. Session 12: P 0.759 R 0.624
    # F1 0.685 (one more extra).
    "handmade9.jsonl": {
        "events": {"precision": 0.88, "recall": 0.72, "f1": 0.795},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 10, written in session 10 by an engineer who had read no code. Code of the session's
    # start (6fdc2da), no guideline corrections: events (root) P 0.932 R 0.458 F1 0.615,
    # quotes 1.0, speakers 0.897. No builder saw its articles; the lead read its miss
    # categories (with invented examples) and shaped the briefs of two builders (coordinated
    # verbs, quote speakers) and one short late brief from them, and by accident saw one
    # article's text in a grep (hm10-05, not used for any rule). End of session 10 (before the
    # late brief, and unchanged by it): P 0.934 R 0.475 F1 0.630, speakers 0.897. Session 11
    # (its categories shaped four briefs): P 0.914 R 0.533 F1 0.674. Session 12: P 0.930
    # R 0.550 F1 0.691.
    # Session 70: lowered to main 9de66fc3's figures less 0.02 after the session-70 conventions made dated background rows optional (the set's 'Session 70 conventions applied').
    "handmade10.jsonl": {
        "events": {"precision": 0.93, "recall": 0.73, "f1": 0.815},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.935},
    },
    # Set 11, written in session 11 by an engineer who had read no code. Code of the session's
    # start (f78af90), after three guideline corrections: events (root) P 0.857 R 0.468
    # F1 0.605, quotes 1.0, speakers 0.826 (9 of its 12 speaker misses are the open convention
    # for unnamed spokespeople: the set names the institution, news-dev names the role, which
    # we follow). The lead read its miss categories (invented examples) for later briefs.
    # End of session 11: P 0.851 R 0.480 F1 0.614.
    # Session 12: a development set now (one builder read its misses and fixed their general
    # causes with sentences of his own; the lead's decision, so the blind sets are 6, 8, 9,
    # 10, 12): P 0.857 R 0.506 F1 0.637, speakers 0.855.
    "handmade11.jsonl": {
        "events": {"precision": 0.98, "recall": 0.83, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 12, written in session 12 by an engineer who had read no code. Code of the session's
    # start (6462741), after three guideline corrections: events (root) P 0.880 R 0.500
    # F1 0.638, quotes 1.0, speakers 0.840 (8 of its 12 speaker misses are the unnamed-
    # spokesperson convention, as in set 11). The lead read its miss categories (invented
    # examples) for the session's later briefs, and the changed text of one headline (a
    # repair bug: "Chagos" -> "Chago's") to find that bug. End of session 12: P 0.897
    # R 0.530 F1 0.667. Session 13: a development set (one builder read its misses and fixed
    # their general causes with sentences of his own): P 0.922 R 0.629 F1 0.748.
    "handmade12.jsonl": {
        "events": {"precision": 0.97, "recall": 0.835, "f1": 0.895},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 13, written in session 13 by an engineer who had read no code and who followed
    # news-dev's convention for an unnamed spokesperson (named by role, not institution).
    # Code of the session's start (c579098), after two guideline corrections (optional events
    # only): events (root) P 0.902 R 0.487 F1 0.632, quotes 1.0, speakers 0.940. The lead
    # read its miss categories (invented examples) for the session's later briefs. End of
    # session 13: P 0.925 R 0.549 F1 0.689. Session 14: a development set (one builder read its
    # misses and fixed their general causes with sentences of his own): P 0.952 R 0.708 F1 0.812,
    # speakers 0.985.
    "handmade13.jsonl": {
        "events": {"precision": 0.98, "recall": 0.81, "f1": 0.885},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 14, written in session 14 by an engineer who had read no code (news-dev's
    # spokesperson convention). Code of the session's start (097560a), no corrections needed:
    # events (root) P 0.896 R 0.417 F1 0.570, quotes 1.0, speakers 0.976. The lead read its
    # miss categories (invented examples) for the session's later briefs. From session 14
    # set 13 is a development set. End of session 14: P 0.922 R 0.456 F1 0.610, speakers 1.0.
    # From session 15 a development set.
    "handmade14.jsonl": {
        "events": {"precision": 0.98, "recall": 0.785, "f1": 0.87},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 15, written in session 15 by an engineer who had read no code (news-dev's
    # spokesperson convention). Code of the session's start (a5fccc2 for the coder), after three
    # guideline corrections (two added roots, one added optional event): events (root) P 0.829
    # R 0.552 F1 0.663, quotes 1.0, speakers 0.952. End of session 15: P 0.841 R 0.552 F1 0.667.
    # From session 16 a development set: end of session 16 P 0.962 R 0.714 F1 0.820, speakers 1.0.
    "handmade15.jsonl": {
        "events": {"precision": 0.97, "recall": 0.92, "f1": 0.945},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 16, written in session 16 by an engineer who had read no code (news-dev's
    # spokesperson convention). Code of the session's start (043cf2a), after four guideline
    # corrections (two added roots, three added optional events): events (root) P 0.918 R 0.602
    # F1 0.727, quotes 1.0, speakers 0.973. Blind to the engineers who change the code; its
    # aggregates located two of session 16's losses by rule id (tests/gold/README.md). End of
    # session 16: P 0.919 R 0.613 F1 0.736, speakers 0.973. From session 17 a development set:
    # end of session 17 P 0.939 R 0.667 F1 0.780, speakers 1.0. End of session 18: P 0.986
    # R 0.731 F1 0.840.
    "handmade16.jsonl": {
        "events": {"precision": 0.965, "recall": 0.88, "f1": 0.92},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 17, written in session 17 by an engineer who had read no code (news-dev's
    # spokesperson convention). Code of the session's start (ca86c27), after three guideline
    # corrections (two codes 042 -> 043, one added required event, one optional made required):
    # events (root) P 0.871 R 0.540 F1 0.667 (0.675 before corrections), quotes 1.0, speakers
    # 0.986. Blind to the engineers who change the code. End of session 17: P 0.889 R 0.560
    # F1 0.687, speakers 0.986. From session 18 a development set: end of session 18 P 0.947
    # R 0.720 F1 0.818, speakers 1.0.
    "handmade17.jsonl": {
        "events": {"precision": 0.965, "recall": 0.85, "f1": 0.905},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 18, written in session 18 by an engineer who had read no code (news-dev's
    # spokesperson convention and its reading of a victim's account). Code of the session's
    # start (ad29f74), after two guideline corrections (a root added to two border closures,
    # one optional event added): events (root) P 0.950 R 0.570 F1 0.713 (0.696 before
    # corrections), quotes 1.0, speakers 0.977. Blind to the engineers who change the code.
    # End of session 18: P 0.950 R 0.570 F1 0.713, speakers 0.977. From session 19 a
    # development set: end of session 19 P 0.985 R 0.660 F1 0.790.
    "handmade18.jsonl": {
        "events": {"precision": 0.98, "recall": 0.84, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 19, written in session 19 by an engineer who had read no code (news-dev's
    # spokesperson convention; background acts more than a year old optional, as news-dev
    # has them). Code of the session's start (85fad47), after one guideline correction
    # (three reverse optional entries of symmetric acts): events (root) P 0.753 R 0.519
    # F1 0.615 (0.608 before), quotes 1.0, speakers 0.977. Blind to the engineers who change
    # the code. End of session 19: P 0.753 R 0.519 F1 0.615, speakers 0.977. From session 20 a
    # development set: end of session 20 P 0.838 R 0.632 F1 0.720.
    "handmade19.jsonl": {
        "events": {"precision": 0.935, "recall": 0.81, "f1": 0.86},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 20, written in session 20 by an engineer who had read no code (news-dev's
    # conventions: every dated background act optional). Code of the session's start
    # (7a57ea7), after one guideline correction (an act of leaving a bloc, as set 16 codes it,
    # and a troop withdrawal's second root, as news-dev codes it): events (root) P 0.782
    # R 0.685 F1 0.731 (0.722 before), quotes 1.0, speakers 0.980. Blind to the engineers who
    # change the code. End of session 20: P 0.805 R 0.697 F1 0.747, speakers 0.980. A development
    # set from session 21; end of session 21: P 0.925 R 0.831 F1 0.876.
    "handmade20.jsonl": {
        "events": {"precision": 0.98, "recall": 0.91, "f1": 0.945},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 21, written in session 21 by an engineer who had read no code. Code of the session's
    # start (52040f5), after one review against the guidelines and the other sets' conventions
    # (defensible roots and optional events left out: a demand's 10, an ask's 02, a scheduled
    # trip's 03, hosted talks' parties, a restated deal): events (root) P 0.839 R 0.642 F1 0.727
    # (P 0.754, F1 0.693 before), quotes 1.0, speakers 0.975. Blind to the engineers who change
    # the code. End of session 21: P 0.841 R 0.654 F1 0.736. A development set from session 22;
    # end of session 22: P 0.955 R 0.778 F1 0.857.
    "handmade21.jsonl": {
        "events": {"precision": 0.95, "recall": 0.88, "f1": 0.915},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 22, written in session 22 by an engineer who had read no code. Code of the session's
    # start (7bf3d5a), after one review against the guidelines and the other sets' conventions
    # (a call's purpose act as a second event, mutual acts' other direction, CAMEO's 075 and
    # 052 roots, an ask's 02, a sale agreed as a pledge, the CSTO as a target): events (root)
    # P 0.846 R 0.625 F1 0.719 (P 0.684, F1 0.634 before), quotes 1.0, speakers 0.943. Blind to
    # the engineers who change the code. A development set from session 23; end of session 23:
    # P 0.957 R 0.750 F1 0.841, speakers 0.989.
    "handmade22.jsonl": {
        "events": {"precision": 0.98, "recall": 0.875, "f1": 0.925},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 23, written in session 23 by an engineer who had read no code. Code of the session's
    # start (213c233), after one review against the guidelines and session 22's rulings (a
    # restated signing optional in every direction, a scheduled trip's 03, an unnamed
    # spokesperson's speaker in the article's own form): events (root) P 0.855 R 0.699 F1 0.769
    # (P 0.783, F1 0.739 before), quotes 1.0, speakers 0.966. Blind to the engineers who change
    # the code. End of session 23: P 0.857 R 0.710 F1 0.776. A development set from session 24;
    # end of session 24: P 0.938 R 0.806 F1 0.867, speakers 1.0.
    "handmade23.jsonl": {
        "events": {"precision": 0.945, "recall": 0.88, "f1": 0.91},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 24, written in session 24 by an engineer who had read no code. Code of the session's
    # start (66890c1), after one review against the guidelines and the other sets' conventions
    # (ships blocking a vessel may be 19, "agreed that" 05, a standing process named in passing
    # an optional 04, a leader's office as "Office of <full name>"): events (root) P 0.949
    # R 0.644 F1 0.767 (P 0.875, F1 0.742 before), quotes 1.0, speakers 0.916. Blind to the
    # engineers who change the code. End of session 24: P 0.966 R 0.644 F1 0.772, speakers 0.976.
    # A development set from session 25; end of session 25: P 1.000 R 0.851 F1 0.919, speakers
    # 1.0.
    "handmade24.jsonl": {
        "events": {"precision": 0.98, "recall": 0.895, "f1": 0.935},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 25, written in session 25 by an engineer who had read no code. Code of the session's
    # start (c0768a5), after one review against the guidelines and news-dev's conventions (a
    # reported defiance as an optional act, a state as the speaker of its ministry's statement,
    # a hope that another will act an optional appeal): events (root) P 0.833 R 0.696 F1 0.759
    # (P 0.821, F1 0.738 before), quotes 1.0, speakers 0.987. Blind to the engineers who change
    # the code. End of session 25: P 0.836 R 0.709 F1 0.767, speakers 0.987. A development set
    # from session 26; end of session 26: P 0.985 R 0.848 F1 0.912, speakers 1.0.
    "handmade25.jsonl": {
        "events": {"precision": 0.965, "recall": 0.915, "f1": 0.94},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 26, written in session 26 by an engineer who had read no code. Code of the session's
    # start (b1fc5b6), after one review against the guidelines and news-dev's conventions (a
    # planned joint patrol optional with 03 among its roots, a planned meeting 04/03, a hope
    # that others will act an optional appeal): events (root) P 0.773 R 0.607 F1 0.680 (P 0.729,
    # F1 0.650 before), quotes 1.0, speakers 0.988. Blind to the engineers who change the code.
    # End of session 26: P 0.844 R 0.643 F1 0.730, speakers 0.988. A development set from
    # session 27; end of session 27: P 0.923 R 0.714 F1 0.805, speakers 1.0.
    "handmade26.jsonl": {
        "events": {"precision": 0.94, "recall": 0.92, "f1": 0.93},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 27, written in session 27 by an engineer who had read no code. Code of the session's
    # start (5e94dc6), after one review against the guidelines and news-dev's conventions (both
    # sides of a signing, the sides' own hosted talks, every defensible root of a raised issue,
    # two background or side acts, all optional): events (root) P 0.839 R 0.566 F1 0.676
    # (P 0.734, F1 0.639 before), quotes 1.0, speakers 0.907. Blind to the builders; the lead
    # read its first run to check the gold and fixed three forms from it (tests/gold/README.md).
    # End of session 27: P 0.860 R 0.590 F1 0.700, speakers 0.947. A development set from
    # session 28 (two optional entries added by conventions it follows elsewhere); end of
    # session 28: P 0.985 R 0.771 F1 0.865, speakers 1.0.
    "handmade27.jsonl": {
        "events": {"precision": 0.98, "recall": 0.845, "f1": 0.905},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 28, written in session 28 by an engineer who had read no code. Code of the session's
    # start (e953a8e): events (root) P 0.891 R 0.695 F1 0.781, quotes 1.0, speakers 0.957; after
    # one review against the guidelines (03 among the roots of announced cooperative acts and
    # planned trips, twelve entries): P 0.968 R 0.732 F1 0.833. Blind to the builders; the lead
    # read its first run to check the gold and fixed two word lists from it (tests/gold/README.md).
    # End of session 28: P 0.955 R 0.768 F1 0.851, speakers 0.986.
    # End of session 29 (a development set from session 29): P 0.987 R 0.890 F1 0.936,
    # speakers 1.000.
    "handmade28.jsonl": {
        "events": {"precision": 0.965, "recall": 0.89, "f1": 0.925},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 29, written in session 29 by an engineer who had read no code. Code of the session's
    # start (d8ff1e00): events (root) P 0.918 R 0.609 F1 0.732, quotes 1.0, speakers 0.973. Blind:
    # nobody read its misses. End of session 29: P 0.923 R 0.652 F1 0.764, speakers 0.973.
    # End of session 30 (a development set from session 30, three entries ruled on): P 1.000
    # R 0.700 F1 0.824, speakers 1.000.
    "handmade29.jsonl": {
        "events": {"precision": 0.98, "recall": 0.835, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 30, written in session 29 beside set 29 by a second engineer who had read no code.
    # Start code: P 0.902 R 0.679 F1 0.775, speakers 0.957; after the lead's review (two optional
    # additions): P 0.932 R 0.679 F1 0.786. A development set the same session (one builder).
    # End of session 29: P 0.986 R 0.840 F1 0.907, speakers 1.000.
    "handmade30.jsonl": {
        "events": {"precision": 0.98, "recall": 0.865, "f1": 0.92},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 31, written in session 29 by an engineer who had read no code. Start code: P 0.753
    # R 0.592 F1 0.663, speakers 0.973; after the lead's review (19 entries brought to the sets'
    # conventions, all optional events or added roots): P 0.861 R 0.602 F1 0.709. A development
    # set the same session (one builder). End of session 29: P 0.918 R 0.650 F1 0.761,
    # speakers 0.973.
    "handmade31.jsonl": {
        "events": {"precision": 0.965, "recall": 0.815, "f1": 0.885},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 32, written in session 29 beside set 31 by a second engineer who had read no code.
    # Start code: P 0.872 R 0.603 F1 0.713, speakers 1.0. Blind: nobody read its misses. End of
    # session 29: P 0.872 R 0.603 F1 0.713, speakers 1.000. End of session 30 (a development set
    # from session 30, four entries ruled on): P 1.000 R 0.721 F1 0.838, speakers 1.000.
    "handmade32.jsonl": {
        "events": {"precision": 0.98, "recall": 0.89, "f1": 0.93},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 33, written in session 30 beside sets 34-36 by four engineers who had read no code
    # (topics kept apart by region). Start code (ff9d1543): events (root) P 0.855 R 0.736
    # F1 0.791, speakers 0.975; after the lead's review (two optional additions): P 0.883
    # R 0.736 F1 0.803. A development set the same session (one builder). End of session 30:
    # P 0.949 R 0.778 F1 0.855, speakers 1.000.
    "handmade33.jsonl": {
        "events": {"precision": 0.93, "recall": 0.81, "f1": 0.865},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 34, written in session 30. Start code: P 0.849 R 0.756 F1 0.800, speakers 0.962.
    # Blind: nobody read its misses. End of session 30: unchanged. Opened in session 31 (P 0.873
    # R 0.756 F1 0.810 after the lead's review); end of session 31: P 0.986 R 0.878 F1 0.929,
    # speakers 1.000.
    "handmade34.jsonl": {
        "events": {"precision": 0.965, "recall": 0.915, "f1": 0.94},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 35, written in session 30. Start code: P 0.879 R 0.674 F1 0.763, speakers 0.945; after
    # the lead's review (six optional additions to the sets' conventions): P 0.967 R 0.674
    # F1 0.794. A development set the same session (one builder). End of session 30: P 1.000
    # R 0.756 F1 0.861, speakers 0.986.
    "handmade35.jsonl": {
        "events": {"precision": 0.98, "recall": 0.805, "f1": 0.88},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 36, written in session 30. Start code: P 0.878 R 0.537 F1 0.667, speakers 0.901.
    # Blind: nobody read its misses. End of session 30: P 0.846 R 0.550 F1 0.667, speakers 0.915.
    # Opened in session 31 (P 0.898 R 0.550 F1 0.682 after the lead's review); end of session 31:
    # P 0.982 R 0.705 F1 0.821, speakers 0.958.
    "handmade36.jsonl": {
        "events": {"precision": 0.96, "recall": 0.77, "f1": 0.855},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 37, written later in session 30 by a fifth engineer who had read no code. Start code:
    # P 0.900 R 0.630 F1 0.741, speakers 0.908. Blind: nobody read its misses. End of session 30:
    # P 0.903 R 0.650 F1 0.756, speakers 0.923. Session 31: its 21 explicit background acts made
    # optional (news-dev's convention): P 0.879 R 0.646 F1 0.745 on the same code.
    "handmade37.jsonl": {
        "events": {"precision": 0.905, "recall": 0.79, "f1": 0.835},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 38-41, written blind in session 31 by four engineers who read no code, one region each
    # (Europe; the Americas and sub-Saharan Africa; the Middle East, North Africa, South and
    # Central Asia; East and Southeast Asia and the Pacific). First runs on the start code:
    # set 38 P 0.772 R 0.642 F1 0.701, speakers 1.000; set 39 P 0.862 R 0.543 F1 0.667, speakers
    # 0.922; set 40 P 0.836 R 0.544 F1 0.659, speakers 0.918; set 41 P 0.898 R 0.541 F1 0.675,
    # speakers 0.917. Blind: nobody read their misses, except set 38's, opened the same day
    # after five optional entries brought it to the conventions (P 0.836 R 0.642 F1 0.726); end
    # of session 31: set 38 P 0.947 R 0.758 F1 0.842; set 6 and set 9 (older blind sets) rose.
    "handmade38.jsonl": {
        "events": {"precision": 0.94, "recall": 0.815, "f1": 0.875},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 39 and 40 were opened in session 32 (their extras read, a few optional entries and
    # speakers' naming brought to the conventions) and became development sets: end of session
    # 32, set 39 P 0.984 R 0.670 F1 0.797, set 40 P 0.971 R 0.641 F1 0.772.
    "handmade39.jsonl": {
        "events": {"precision": 0.965, "recall": 0.855, "f1": 0.91},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade40.jsonl": {
        "events": {"precision": 0.965, "recall": 0.805, "f1": 0.875},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Sets 41 and 42 stayed blind through session 32 and were opened in session 33 (optional
    # entries added by the conventions after reading their extras): end of session 33, set 41
    # P 1.000 R 0.663 F1 0.797, speakers 1.000; set 42 P 0.988 R 0.727 F1 0.838.
    "handmade41.jsonl": {
        "events": {"precision": 0.98, "recall": 0.835, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 42, written later in session 31 by a fifth engineer who had read no code, two stories
    # per region. First run on the start code: P 0.833 R 0.591 F1 0.692, speakers 1.000.
    "handmade42.jsonl": {
        "events": {"precision": 0.965, "recall": 0.86, "f1": 0.91},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 43 and 44, written blind in session 32 by two engineers who read no code (43: Europe,
    # the Americas, sub-Saharan Africa; 44: the Middle East and North Africa, South and Central
    # Asia, East Asia and the Pacific). First runs on the start code: set 43 P 0.842 R 0.716
    # F1 0.774, speakers 0.958; set 44 P 0.870 R 0.580 F1 0.696, quotes P 0.986, speakers 0.941.
    "handmade43.jsonl": {
        "events": {"precision": 0.98, "recall": 0.935, "f1": 0.955},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade44.jsonl": {
        "events": {"precision": 0.98, "recall": 0.805, "f1": 0.88},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 45 and 46, written blind in session 33 by two engineers who read no code (45: Europe,
    # the Americas, sub-Saharan Africa; 46: the Middle East and North Africa, South and Central
    # Asia, East Asia and the Pacific). First runs on the start code: set 45 P 0.911 R 0.607
    # F1 0.729, speakers 0.944; set 46 P 0.837 R 0.554 F1 0.667, speakers 0.942.
    "handmade45.jsonl": {
        "events": {"precision": 0.98, "recall": 0.8, "f1": 0.88},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade46.jsonl": {
        "events": {"precision": 0.98, "recall": 0.76, "f1": 0.855},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 47 and 48, written blind in session 34 by two engineers who read no code (47:
    # sub-Saharan Africa, Europe, the Americas; 48: the Middle East and North Africa, South and
    # Central Asia, East Asia and the Pacific). First runs on the start code: set 47 P 0.911
    # R 0.594 F1 0.719, speakers 0.986; set 48 P 0.843 R 0.531 F1 0.651, speakers 0.973.
    # Opened in session 36 (development sets since); its end: set 47 P 1.000 R 0.783 F1 0.878,
    # speakers 1.0; set 48 P 1.000 R 0.709 F1 0.830, speakers 1.0.
    "handmade47.jsonl": {
        "events": {"precision": 0.98, "recall": 0.82, "f1": 0.89},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade48.jsonl": {
        "events": {"precision": 0.98, "recall": 0.8, "f1": 0.88},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 49 and 50, written blind in session 35 by two engineers who read no code (49:
    # sub-Saharan Africa, Europe, the Americas; 50: the Middle East and North Africa, South and
    # Central Asia, East Asia and the Pacific). First runs on the start code: set 49 P 0.903
    # R 0.700 F1 0.789, speakers 1.0; set 50 P 0.901 R 0.646 F1 0.753, speakers 0.922.
    # Sets 49 and 50 were opened in session 37 (builders S49, S50): end of session 37 set 49
    # P 1.000 R 0.812 F1 0.897, set 50 P 0.986 R 0.727 F1 0.837, speakers 1.000 on both.
    "handmade49.jsonl": {
        "events": {"precision": 0.98, "recall": 0.84, "f1": 0.905},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade50.jsonl": {
        "events": {"precision": 0.965, "recall": 0.775, "f1": 0.86},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 51 and 52, written blind in session 36 by two engineers who read no code (51:
    # sub-Saharan Africa, Europe, the Americas; 52: the Middle East and North Africa, South and
    # Central Asia, East Asia and the Pacific). First runs on the start code: set 51 P 0.822
    # R 0.529 F1 0.643, speakers 0.952; set 52 P 0.830 R 0.721 F1 0.772, speakers 0.968.
    # Both opened in session 38 (development sets now); end of session 38: set 51 P 0.880
    # R 0.629 F1 0.733, speakers 0.984; set 52 P 1.000 R 0.853 F1 0.920, speakers 0.984.
    "handmade51.jsonl": {
        "events": {"precision": 0.94, "recall": 0.69, "f1": 0.795},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade52.jsonl": {
        "events": {"precision": 0.98, "recall": 0.895, "f1": 0.935},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 53 and 54, written blind in session 37 by two engineers who read no code (53:
    # sub-Saharan Africa, Europe, the Americas; 54: the Middle East and North Africa, South and
    # Central Asia, East Asia and the Pacific). First runs on the start code: set 53 P 0.909
    # R 0.667 F1 0.769, speakers 0.971; set 54 P 0.809 R 0.654 F1 0.723, speakers 0.908.
    "handmade53.jsonl": {
        "events": {"precision": 0.925, "recall": 0.82, "f1": 0.865},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade54.jsonl": {
        "events": {"precision": 0.905, "recall": 0.81, "f1": 0.855},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 55 and 56, written blind in session 38 by two engineers who read no code (55: the
    # Americas, sub-Saharan Africa, Europe; 56: East Asia and the Pacific, the Middle East and
    # North Africa, South and Central Asia). First runs on the start code: set 55 P 0.806
    # R 0.595 F1 0.685, speakers 0.931; set 56 P 0.902 R 0.775 F1 0.833, speakers 0.950.
    # Sets 55 and 56 were opened in session 40 (one builder each); end of session 40 (after the
    # session's corrections to set 55): set 55 P 0.966 R 0.679 F1 0.797, speakers 0.973; set 56 P 1.000 R 0.803 F1 0.891, speakers 0.983.
    "handmade55.jsonl": {
        "events": {"precision": 0.945, "recall": 0.705, "f1": 0.805},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade56.jsonl": {
        "events": {"precision": 0.98, "recall": 0.935, "f1": 0.955},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 57 and 58, written blind in session 39 by two engineers who read no code (57: Europe,
    # the Americas, sub-Saharan Africa; 58: South and Central Asia, East Asia and the Pacific,
    # the Middle East and North Africa). First runs on the start code: set 57 P 0.958 R 0.802
    # F1 0.873, speakers 1.000; set 58 P 0.951 R 0.667 F1 0.784, speakers 0.984. Both were
    # opened in session 41 (development sets since); end of session 42: set 57 P 0.946 R 0.814
    # F1 0.875; set 58 P 0.984 R 0.690 F1 0.811 (after one gold correction, b745fdf9).
    "handmade57.jsonl": {
        "events": {"precision": 0.98, "recall": 0.91, "f1": 0.94},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade58.jsonl": {
        "events": {"precision": 0.98, "recall": 0.885, "f1": 0.93},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 59 and 60, written blind in session 40 by two engineers who read no code (59: sub-Saharan
    # Africa, Europe, South and Central Asia; 60: East Asia and the Pacific, the Americas, the Middle
    # East and North Africa). First runs on the start code (74f25f37), the same at the session's end:
    # set 59 P 0.819 R 0.720 F1 0.766, speakers 0.986; set 60 P 0.910 R 0.725 F1 0.807, speakers 0.946.
    # End of session 42 (still blind): set 59 unchanged; set 60 P 0.912 R 0.745 F1 0.820.
    # End of session 43 (still blind): set 59 P 0.829 R 0.768 F1 0.797; set 60 unchanged.
    # Session 44: both opened as development sets (builders O59, O60; census, corrections and
    # figures in tests/gold/README.md): set 59 0.797 -> 0.828, set 60 0.820 -> 0.894.
    "handmade59.jsonl": {
        "events": {"precision": 0.88, "recall": 0.865, "f1": 0.87},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade60.jsonl": {
        "events": {"precision": 0.965, "recall": 0.885, "f1": 0.925},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 61 and 62, written blind at the end of session 42 by two helpers who read no code (61:
    # Europe with the Caucasus, the Middle East and North Africa, the Americas; 62: sub-Saharan
    # Africa, East Asia and the Pacific, South and Central Asia). First runs on the session's end
    # code (c304e166): set 61 P 0.835 R 0.717 F1 0.772, speakers 0.987; set 62 P 0.741 R 0.663
    # F1 0.700, speakers 0.960. Set 62 was opened in session 43 (a development set since; 16
    # optional events added and 3 root lists widened, c6b20ace). End of session 43: set 61 P
    # 0.835 R 0.717 F1 0.772 (unchanged, still blind); set 62 P 0.936 R 0.768 F1 0.844.
    # Session 45: set 61 opened (helper O61; census, 12 gold corrections, figures in
    # tests/gold/README.md): P 0.922 R 0.780 F1 0.845, speakers 0.987, quotes 1.0.
    "handmade61.jsonl": {
        "events": {"precision": 0.93, "recall": 0.825, "f1": 0.875},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade62.jsonl": {
        "events": {"precision": 0.955, "recall": 0.85, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Sets 63, 64 and 65, written blind in session 43 by three helpers who read no code (63 and
    # 65: Europe with Turkey and the Caucasus, the Middle East and North Africa, South and
    # Central Asia; 64: sub-Saharan Africa, the Americas, East Asia and the Pacific). First runs
    # on the session's start code (284274c3): set 63 P 0.881 R 0.711 F1 0.787, set 64 P 0.866
    # R 0.798 F1 0.830, set 65 P 0.844 R 0.684 F1 0.755; on its end code: set 63 P 0.884 R 0.735
    # F1 0.803, speakers 0.938; set 64 unchanged, speakers 0.973; set 65 P 0.851 R 0.722 F1
    # 0.781, speakers 0.987 (the rise a clean measure: no engineer saw these sets).
    # Set 63 opened in session 45 (helper O63): P 0.884 R 0.735 F1 0.803, speakers 0.938 ->
    # with its rules P 0.905 R 0.807 F1 0.854, speakers 0.969 -> with its gold corrections
    # P 0.944 R 0.819 F1 0.877, speakers 0.969; floors those less 0.02.
    # Set 65 opened in session 46 (helper O65): P 0.853 R 0.734 F1 0.789, speakers 0.987 ->
    # with its rules P 0.878 R 0.823 F1 0.850, speakers 1.0 -> with its gold corrections
    # P 0.944 R 0.848 F1 0.893, speakers 1.0; floors those less 0.02.
    "handmade63.jsonl": {
        "events": {"precision": 0.965, "recall": 0.915, "f1": 0.94},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 64 opened in session 46 (helper O64): P 0.864 R 0.787 F1 0.824, speakers 0.973 ->
    # with its rules P 0.902 R 0.832 F1 0.866, speakers 0.987 -> with its gold corrections
    # P 0.961 R 0.841 F1 0.897, speakers 0.987; floors those less 0.02.
    "handmade64.jsonl": {
        "events": {"precision": 0.955, "recall": 0.875, "f1": 0.91},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade65.jsonl": {
        "events": {"precision": 0.95, "recall": 0.9, "f1": 0.925},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 66 and 67, written blind in session 44 by two helpers who read no code (66: Europe
    # with Turkey and the Caucasus, sub-Saharan Africa, Latin America and the Caribbean; 67: the
    # Middle East and North Africa, South and Central Asia, East Asia and the Pacific). First
    # runs, on the session's code after its first lead commit (2d287cd4): set 66 P 0.894 R 0.678
    # F1 0.771, speakers 0.940; set 67 P 0.787 R 0.578 F1 0.667, speakers 1.0 (the end figures
    # are the same: the session's later rules did not move them).
    # Set 66 opened in session 47 (helper O66): P 0.894 R 0.678 F1 0.771, speakers 0.940 ->
    # with its rules P 0.930 R 0.759 F1 0.835, speakers 0.976 -> with its gold correction
    # P 0.944 R 0.761 F1 0.843, speakers 0.976; floors those less 0.02.
    "handmade66.jsonl": {
        "events": {"precision": 0.955, "recall": 0.875, "f1": 0.91},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 67 opened in session 47 by helper O67 (a development set since): seven gold
    # corrections and b/O67's rules, P 0.936 R 0.698 F1 0.800, quotes 1.0, speakers 1.0 (its
    # README section, "Opened (session 47)"); floors at those figures less 0.02, rounded down.
    "handmade67.jsonl": {
        "events": {"precision": 0.94, "recall": 0.77, "f1": 0.845},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 68 and 69, written blind in session 45 by two helpers who read no code (68: Asia and
    # the Pacific, the Middle East and North Africa; 69: Central Asia and the Caucasus, Eastern
    # Europe, sub-Saharan Africa, the Americas). First runs on the session's start code
    # (36dbccee): set 68 P 0.770 R 0.734 F1 0.752, speakers 0.921; set 69 P 0.742 R 0.628 F1
    # 0.681, speakers 0.924; the same on the end code (the session's rules did not move them).
    # Set 68 opened in session 48 (helper O68): P 0.770 R 0.734 F1 0.752, speakers 0.921 ->
    # with its rules P 0.812 R 0.875 F1 0.842, speakers 0.947 -> with its gold corrections
    # P 0.919 R 0.891 F1 0.905, speakers 0.947; floors those less 0.02, rounded down.
    "handmade68.jsonl": {
        "events": {"precision": 0.915, "recall": 0.885, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 69 opened in session 48 by helper O69 (a development set since): eleven gold
    # event corrections and b/O69's rules, P 0.922 R 0.756 F1 0.831, quotes 1.0, speakers
    # 0.975 (its README section, "Opened (session 48)"); floors at those figures less 0.02,
    # rounded down.
    "handmade69.jsonl": {
        "events": {"precision": 0.9, "recall": 0.815, "f1": 0.85},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 70 and 71, written blind in session 46 by two helpers who read no code (70: Europe,
    # the Middle East and North Africa, South Asia, with NATO and the OSCE as principals; 71:
    # sub-Saharan Africa, Latin America, East and Southeast Asia and the Pacific, with the World
    # Bank and the UN). First runs on the session's start code (64b05d0d): set 70 P 0.782
    # R 0.701 F1 0.739, speakers 0.939; set 71 P 0.841 R 0.652 F1 0.734,
    # speakers 0.928; floors those less 0.02.
    # Set 70 opened in session 51 by helper O70 (a development set since): seven gold event
    # corrections and b/O70's rules, P 0.910 R 0.816 F1 0.861, quotes 1.0, speakers 0.976 (its
    # README section, "Opened (session 51)"); floors at those figures less 0.02, rounded down.
    "handmade70.jsonl": {
        "events": {"precision": 0.905, "recall": 0.885, "f1": 0.895},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 71 opened in session 49 by helper O71 (a development set since): eight gold event
    # corrections and b/O71's rules, P 0.974 R 0.831 F1 0.897, quotes 1.0, speakers 0.952 (its
    # README section, "Opened (session 49)"); floors at those figures less 0.02, rounded down.
    "handmade71.jsonl": {
        "events": {"precision": 0.955, "recall": 0.895, "f1": 0.925},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 72 and 73, written blind in session 47 by two helpers who read no code (72:
    # sub-Saharan Africa, Latin America and the Caribbean, Central Asia, with the African Union
    # as a principal; 73: East and Southeast Asia, the Pacific, Eastern Europe and the
    # Caucasus, the Gulf, with the IAEA, the GCC, the WHO and the EU). First runs on the
    # session's start code (9aa1d277): set 72 P 0.730 R 0.575 F1 0.643, speakers 0.884; set 73
    # P 0.855 R 0.558 F1 0.675, speakers 0.914; floors those less 0.02. Session 49: set 72
    # opened by helper O72 (gold corrected by the open sets' conventions); its coder rules
    # landed in session 51 (helper T72, with fixes for the three dev sets they lowered):
    # P 0.863 R 0.677 F1 0.759, speakers 0.907; floors those less 0.02. Session 52: set 73
    # opened by helper O73 (six optional reverse directions added by the open sets'
    # conventions; a wish to thank voiced in the present is the thanks): P 0.966 R 0.590
    # F1 0.732, speakers 0.951; floors those less 0.02.
    "handmade72.jsonl": {
        "events": {"precision": 0.89, "recall": 0.785, "f1": 0.835},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    "handmade73.jsonl": {
        "events": {"precision": 0.95, "recall": 0.755, "f1": 0.84},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Sets 74 and 75, written blind in session 48 by two helpers who read no code (74: Western
    # and Northern Europe, the Middle East and North Africa, South Asia, with NATO and OPEC as
    # principals; 75: Latin America, the Horn and West Africa, Central and Northeast Asia, with
    # the IAEA, the ICC and the UN). First runs on the session's start code (e305bb1e; set 75
    # after its ECOWAS events were made optional): set 74 P 0.821 R 0.674 F1 0.740, speakers
    # 0.859; set 75 P 0.775 R 0.611 F1 0.683, speakers 0.913; floors those less 0.02.
    # Set 74 opened in session 53 by helper O74 (a development set since): nine gold event
    # corrections by the open sets' conventions and b/O74's rules, P 0.911 R 0.758 F1 0.828,
    # quotes 1.0, speakers 0.946 (its README section, "Opened (session 53)"); floors at those
    # figures less 0.02, rounded down.
    # Set 75 opened in session 53 by helper O75 (six events added by the open sets'
    # conventions; heads of offices ordered out, courts fought in words, a named reaction to
    # the lead's act, harmless denials, a paper's sender as speaker): P 0.940 R 0.692 F1 0.798,
    # speakers 0.922; its floors those less 0.02.
    "handmade74.jsonl": {
        "events": {"precision": 0.945, "recall": 0.865, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    "handmade75.jsonl": {
        "events": {"precision": 0.935, "recall": 0.76, "f1": 0.84},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.97},
    },
    # Set 77, written blind in session 49 by a helper who read no code (South and Central
    # America and the Caribbean, Central Asia, the Gulf and the Levant, Southern Europe, with
    # OPEC, the OSCE and the WHO as principals). First run on main after its merge (9cd77f49,
    # the session's start code): P 0.772 R 0.649 F1 0.705, speakers 0.933; floors those less
    # 0.02.
    # Set 77 opened in session 55 by helper O77 (a development set since): six gold
    # corrections by the open sets' conventions (two optional events added, three roots
    # widened, one speaker with its post) and b/O77's rules, P 0.868 R 0.766 F1 0.814, quotes
    # 1.0, speakers 1.0 (its README section, "Opened (session 55)"); floors at those figures
    # less 0.02, rounded down.
    "handmade77.jsonl": {
        "events": {"precision": 0.895, "recall": 0.81, "f1": 0.85},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 76, written blind in session 50 by a helper who read no code (Southern and East
    # Africa, Southeast Asia and the Pacific, Eastern Europe and the Baltic, with the WHO and
    # ASEAN as principals). First run on the session's start code (ba1b1208) and on the
    # lead's merged code alike: P 0.720 R 0.728 F1 0.724, speakers 0.848; floors those less
    # 0.02.
    # Set 76 opened in session 54 by helper O76 (a development set since): gold corrections
    # by the open sets' conventions (four optional events added, two roots widened, four
    # spokesperson speakers renamed) and b/O76's rules, P 0.853 R 0.880
    # F1 0.866, quotes 1.0, speakers 0.962 (its README section, "Opened (session 54)"); floors
    # at those figures less 0.02, rounded down.
    "handmade76.jsonl": {
        "events": {"precision": 0.845, "recall": 0.91, "f1": 0.88},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 78, written blind in session 52 by a helper who read no code (Southern and East
    # Africa, Southeast Asia and the Pacific, Eastern Europe and the Baltic, with the IMF, the
    # WHO and the ICC as principals). First run on the session's start code (afeae5a4) and on
    # the lead's code alike: P 0.873 R 0.721 F1 0.790, quotes 1.0, speakers 0.865; floors
    # those less 0.02.
    # Set 78 opened in session 59 by helper O78 (a development set since): no gold change
    # (start on main 72d8fd1f: P 0.878 R 0.756 F1 0.812, speakers 0.913); with b/O78's rules
    # P 0.909 R 0.814 F1 0.859, quotes 1.0, speakers 0.942 (its README section, "Opened
    # (session 59)"); floors at those figures less 0.02, rounded down.
    "handmade78.jsonl": {
        "events": {"precision": 0.9, "recall": 0.91, "f1": 0.9},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 79, written blind in session 53 by a helper who read no code (West and North Africa,
    # South Asia, South America, Western Europe and the Nordics, with the World Bank, the AU and
    # the FAO as principals). First run on main after its merge (7d6346af, the session's start
    # code): P 0.838 R 0.713 F1 0.770, quotes 1.0, speakers 0.958; floors those less 0.02.
    # Set 79 opened in session 58 by helper O79 (a development set since): gold corrections by
    # the open sets' conventions (a passive signing's reverse and a reception's implicit visit
    # added optional, one speaker named as the institution) and b/O79's rules, P 0.875
    # R 0.787 F1 0.829, quotes 1.0, speakers 0.972 (its README section, "Opened (session
    # 58)"); floors at those figures less 0.02, rounded down.
    "handmade79.jsonl": {
        "events": {"precision": 0.865, "recall": 0.855, "f1": 0.86},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 80, written blind in session 53 by a helper who read no code (the Gulf and the Levant,
    # Central Asia and the Caucasus, the Caribbean and Mexico, Central Europe and the Balkans,
    # Oceania, with the IMF, the IAEA and the OSCE as principals). First run on main after its
    # merge (the session's start code): P 0.891 R 0.456 F1 0.603, quotes 1.0, speakers 0.918;
    # floors those less 0.02.
    # Set 80 opened in session 54 by helper O80 (a development set since): four gold event
    # corrections by the open sets' conventions and b/O80's rules, P 1.0 R 0.600 F1 0.750,
    # quotes 1.0, speakers 0.918 (its README section, "Opened (session 54)"); floors at those
    # figures less 0.02, rounded down.
    "handmade80.jsonl": {
        "events": {"precision": 0.98, "recall": 0.72, "f1": 0.83},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.955},
    },
    # Set 81, written blind in session 54 by a helper who read no code (East Africa and the
    # Horn, Southeast Asia, Eastern Europe and the Balkans, the Caribbean and the Andes, with
    # the OAS, the World Bank, the OSCE and the IMF as principals). First run on the session's
    # start code (ed64b82d): P 0.849 R 0.622 F1 0.718, quotes 1.0, speakers 0.937; floors those
    # less 0.02.
    # Set 81 opened in session 56 by helper O81 (a development set since): gold corrections by
    # the open sets' conventions (the OAS's nine required events optional, four optional
    # events added, four roots widened) and b/O81's rules, P 0.968 R 0.741 F1 0.839, quotes
    # 1.0, speakers 0.958 (its README section, "Opened (session 56)"); floors at those figures
    # less 0.02, rounded down.
    "handmade81.jsonl": {
        "events": {"precision": 0.98, "recall": 0.79, "f1": 0.875},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.945},
    },
    # Set 82, written blind in session 54 by a helper who read no code (the Gulf and the Levant,
    # Central Asia and the Caucasus, Oceania and the Pacific, Southern Africa, East Asia, with
    # NATO, the AU, the IMF and the World Bank as principals). First run on the session's start
    # code (ed64b82d): P 0.822 R 0.674 F1 0.741, quotes 1.0, speakers 0.931.
    # Set 82 opened in session 56 by helper O82 (a development set since): gold corrections by
    # the open sets' conventions (one root widened, three optional events added) and b/O82's
    # rules, P 0.878 R 0.730 F1 0.797, quotes 1.0, speakers 0.951 (its README section,
    # "Opened (session 56)"); floors at those figures less 0.02, rounded down.
    "handmade82.jsonl": {
        "events": {"precision": 0.925, "recall": 0.775, "f1": 0.845},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.97},
    },
    # Set 83, written blind in session 55 by a helper who read no code (West Africa and the
    # Sahel, South Asia, Western and Northern Europe, Central America and Mexico, with the WFP,
    # the World Bank, UNHCR and the OAS as principals). First run on the session's start code
    # (d5e49c5b): P 0.810 R 0.540 F1 0.648, quotes 1.0, speakers 0.943. Set 83 opened in session
    # 56 by helper O83 (a development set since): gold corrections by the guidelines and the open
    # sets' conventions (nine OAS events made optional, four optional events added), P 0.857
    # R 0.615 F1 0.716, quotes 1.0, speakers 0.943 (its README section, "Opened
    # (session 56)"); floors at those figures less 0.02, rounded down.
    "handmade83.jsonl": {
        "events": {"precision": 0.905, "recall": 0.77, "f1": 0.835},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.93},
    },
    # Set 84, written blind in session 55 by a helper who read no code (North Africa, East
    # Asia, the Southern Cone and Brazil, Central Africa and the Great Lakes, with the WHO, the
    # World Bank and the IMF as principals). First run on the session's start code (d5e49c5b):
    # P 0.822 R 0.690 F1 0.750, quotes 1.0, speakers 0.941; floors those less 0.02.
    # Set 84 opened in session 58 by helper O84 (a development set since): gold corrections by
    # the open sets' conventions (reverse signings and joint headlines, a future loan's 03,
    # future trips 04/03, expelled diplomats 166, the embassy opened 05/03/04, two implicit
    # hosts, one speaker as the sentence names it) and b/O84's rules, P 0.985 R 0.736 F1 0.842,
    # quotes 1.0, speakers 0.988 (its README section, "Opened (session 58)"); floors at those
    # figures less 0.02, rounded down.
    "handmade84.jsonl": {
        "events": {"precision": 0.98, "recall": 0.78, "f1": 0.87},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 85, written blind in session 56 by a helper who read no code (the Caucasus and
    # Central Asia, the Pacific islands, the Caribbean and Central America, the Nordic and
    # Baltic states, with the IAEA and the G7 as principals). First run on the session's start
    # code (e9d17c04): P 0.788 R 0.605 F1 0.684, quotes 1.0, speakers 0.988; floors those less
    # 0.02.
    # Set 85 opened in session 57 by helper O85 (a development set since): gold corrections by
    # the open sets' conventions (two reverse signings added, four future trips widened to
    # 04/03, an ongoing custody's two required rows optional) and b/O85's rules, P 0.900
    # R 0.643 F1 0.750, quotes 1.0, speakers 0.988 (its README section, "Opened (session
    # 57)"); floors at those figures less 0.02, rounded down.
    "handmade85.jsonl": {
        "events": {"precision": 0.96, "recall": 0.74, "f1": 0.835},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 86, written blind in session 56 by a helper who read no code (the Gulf and the
    # Levant, Southeast Asia, West Africa and the Sahel, the Balkans and Central Europe, with
    # the WHO and the IMF as principals). First run on the session's start code (e9d17c04):
    # P 0.821 R 0.663 F1 0.733, quotes 1.0, speakers 0.946; floors those less 0.02.
    # Set 86 opened in session 57 by helper O86 (a development set since): gold corrections by
    # the open sets' conventions (a loan's promise root, protests 114, future trips 04/03, the
    # fund's refused call optional, one speaker as named) and b/O86's rules, P 0.896 R 0.732
    # F1 0.805, quotes 1.0, speakers 0.989 (its README section, "Opened (session 57)"); floors
    # at those figures less 0.02, rounded down.
    "handmade86.jsonl": {
        "events": {"precision": 0.895, "recall": 0.77, "f1": 0.825},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 87, written blind in session 56 (second round) by a helper who read no code (South
    # America and Mexico, East Africa and the Horn, South Asia, the Mediterranean, with the
    # IAEA and the WHO as principals). First run on the session's start code (e9d17c04): P
    # 0.845 R 0.598 F1 0.700, quotes 1.0, speakers 0.915; floors those less 0.02.
    # Set 87 opened in session 57 by helper O87 (a development set since): gold corrections by
    # the open sets' conventions (nine roots widened with 03, one optional event added) and
    # b/O87's rules, P 0.931 R 0.658 F1 0.771, quotes 1.0, speakers 0.944 (its README section,
    # "Opened (session 57)"); floors at those figures less 0.02, rounded down.
    "handmade87.jsonl": {
        "events": {"precision": 0.93, "recall": 0.745, "f1": 0.825},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 88, written blind in session 56 (second round) by a helper who read no code (Eastern
    # Europe and the Black Sea, Northeast Asia, Southern Africa, North America and the
    # Caribbean, with the World Bank and ASEAN as principals). First run on the session's start
    # code (e9d17c04): P 0.805 R 0.785 F1 0.795, quotes 1.0, speakers 0.968; floors those less
    # 0.02.
    # Set 88 opened in session 59 by helper O88 (a development set since): gold corrections by
    # the open sets' conventions (a criticised pact's second party and a joint commission's
    # reverse, both optional) and b/O88's rule, P 0.851 R 0.797 F1 0.824, quotes 1.0,
    # speakers 0.968 (its README section, "Opened (session 59)"); floors at those figures less
    # 0.02, rounded down.
    "handmade88.jsonl": {
        "events": {"precision": 0.885, "recall": 0.85, "f1": 0.87},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 89, written blind in session 57 by a helper who read no code (West Africa, Central
    # Asia, Western Europe, the Levant; WHO, IAEA, ICC and NATO as principals). First run on
    # the session's start code (main 67941388): P 0.829 R 0.716 F1 0.768, quotes 1.0,
    # speakers 0.959; floors those less 0.02.
    # Set 89 opened in session 58 by helper O89 (a development set since): gold corrections by
    # the open sets' conventions (two reverse rows of joint agreements, a complaint of not being
    # consulted, a quoted restatement of a visit, all optional) and b/O89's rules, P 0.912
    # R 0.768 F1 0.834, quotes 1.0, speakers 0.959 (its README section, "Opened (session
    # 58)"); floors at those figures less 0.02, rounded down.
    "handmade89.jsonl": {
        "events": {"precision": 0.91, "recall": 0.84, "f1": 0.875},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 90, written blind in session 57 by a helper who read no code (Central America, the
    # African Great Lakes, Oceania, the Maghreb; OPEC, WHO, IMF, EU and the World Bank as
    # principals). First run on the session's start code (main 67941388): P 0.934 R 0.676
    # F1 0.784, quotes 1.0, speakers 0.981; floors those less 0.02.
    # Set 90 opened in session 60 by helper O90 (a development set since): gold corrections by
    # the open sets' conventions (the reverse of a joint agreement, a thanked act restated, all
    # optional) and b/O90's rules, P 0.988 R 0.752 F1 0.854, quotes 1.0, speakers 0.981 (its
    # README section, "Opened (session 60)"); floors at those figures less 0.02, rounded down.
    "handmade90.jsonl": {
        "events": {"precision": 0.98, "recall": 0.805, "f1": 0.885},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 91, written blind in session 58 by a helper who read no code (South Asia, the
    # Caucasus, the Nordic and Baltic states, Southern Africa; IAEA, AU, UN and OSCE as
    # principals). First run on the session's start code (main 1ae6754f): P 0.875
    # R 0.590 F1 0.705, quotes 1.0, speakers 0.963; floors those less 0.02.
    # Set 91 opened in session 61 by helper O91 (a development set since): gold corrections by
    # the open sets' conventions (a denied link made optional, an added root) and b/O91's rules,
    # P 0.949 R 0.683 F1 0.794, quotes 1.0, speakers 0.963 (its README section, "Opened
    # (session 61)"); floors at those figures less 0.02, rounded down.
    "handmade91.jsonl": {
        "events": {"precision": 0.95, "recall": 0.77, "f1": 0.85},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 92, written blind in session 58 by a helper who read no code (East Asia, the
    # Balkans, the Andes, the Gulf; IAEA, the World Bank, ASEAN and OPEC as principals).
    # First run on the session's start code (main 1ae6754f): P 0.817 R 0.673 F1 0.738,
    # quotes 1.0, speakers 0.944; floors those less 0.02.
    # Set 92 opened in session 63 by helper O92 (a development set since): gold corrections by
    # the open sets' conventions (six optional events added, one required praise added, a
    # root added, a custody extension made optional) and b/O92's rules, P 0.924 R 0.752 F1
    # 0.829, quotes 1.0, speakers 0.955 (its README section, "Opened (session 63)"); floors at
    # those figures less 0.02, rounded down.
    "handmade92.jsonl": {
        "events": {"precision": 0.9, "recall": 0.74, "f1": 0.815},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.965},
    },
    # Set 93, written blind in session 59 by a helper who read no code (West Africa and the
    # Sahel, Central Asia, Central America and the Caribbean, maritime Southeast Asia and the
    # Pacific; WHO, UN, IMF and ASEAN as principals). First run on the session's start code
    # (main 72d8fd1f): P 0.828 R 0.530 F1 0.646, quotes 1.0, speakers 0.935; floors those
    # less 0.02.
    # Set 93 opened in session 62 by helper O93 (a development set since): gold corrections by
    # the open sets' conventions (two optional events added, two made optional, roots added to
    # three) and b/O93's rules, P 0.891 R 0.582 F1 0.704, quotes 1.0, speakers 0.957 (its
    # README section, "Opened (session 62)"); floors at those figures less 0.02, rounded down.
    "handmade93.jsonl": {
        "events": {"precision": 0.905, "recall": 0.62, "f1": 0.735},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.955},
    },
    # Set 94, written blind in session 59 by a helper who read no code (every pair led by an
    # IGO: UN, AU, the World Bank, NATO, IMF, EU and the ICC with states of East Africa, the
    # Caucasus, the Balkans, South America and North Africa). First run on the session's
    # start code (main 72d8fd1f): P 0.765 R 0.600 F1 0.672, quotes 1.0, speakers 0.928;
    # floors those less 0.02.
    # Set 94 opened in session 64 by helper O94 (a development set since): gold corrections by
    # the open sets' conventions (two optional events added, three made optional, roots added
    # to two, two codes 0243 -> 0253, two speakers) and b/O94's rules, P 0.875 R 0.677 F1 0.764,
    # quotes 1.0, speakers 0.988 (its README section, "Opened (session 64)"); floors at those
    # figures less 0.02, rounded down.
    "handmade94.jsonl": {
        "events": {"precision": 0.875, "recall": 0.675, "f1": 0.765},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 95, written blind in session 60 by a helper who read no code (the Horn of Africa,
    # the Levant, Eastern Europe and the Black Sea, the Mekong; IMF, WHO, IAEA and the World
    # Bank as principals). First run on the session's start code (main 06e675b1): P 0.867
    # R 0.677 F1 0.760, quotes 1.0, speakers 1.0; floors those less 0.02.
    # Set 95 opened in session 65 by helper O95 (a development set since): gold corrections by
    # the open sets' conventions (one required and one optional event added, a root added to
    # one) and b/O95's rules, P 0.987 R 0.794 F1 0.880, quotes 1.0, speakers 1.0 (its README
    # section, "Opened (session 65)"); floors at those figures less 0.02, rounded down.
    "handmade95.jsonl": {
        "events": {"precision": 0.965, "recall": 0.79, "f1": 0.87},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 96, written blind in session 61 by a helper who read no code and reviewed a second
    # time by another (West Africa and the Sahel, the South Caucasus and Central Asia, the
    # Caribbean and the Andes, the Pacific islands; IMF, WHO, EU and the World Bank as
    # principals). First run on the session's start code (main a96e9a49): P 0.854 R 0.642
    # F1 0.733, quotes 1.0, speakers 0.924; floors those less 0.02.
    "handmade96.jsonl": {
        "events": {"precision": 0.84, "recall": 0.665, "f1": 0.74},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.925},
    },
    # Set 97, written blind in session 62 by a helper who read no code and reviewed a second
    # time by another (East Africa and the Horn, mainland Southeast Asia, the Nordic and Baltic
    # states with the Arctic, North Africa and the Gulf; OPEC, WHO, NATO and the IAEA as
    # principals). First run on the session's start code (main ec0bc585): P 0.854 R 0.722
    # F1 0.782, quotes 1.0, speakers 0.868; floors those less 0.02.
    "handmade97.jsonl": {
        "events": {"precision": 0.835, "recall": 0.72, "f1": 0.77},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.87},
    },
    # Set 98, written blind in session 63 by a helper who read no code and reviewed a second
    # time by another (Central America and the Caribbean, the Sahel and West Africa, Central
    # Europe and the Balkans, the Pacific islands, the Andes; the ICC, the World Bank, the OSCE
    # and ASEAN as principals). First run on the session's start code (main ea93627d): P 0.854
    # R 0.686 F1 0.761, quotes P 1.0 R 0.990, speakers 0.929; floors those less 0.02.
    # Session 70: lowered to main 9de66fc3's figures less 0.02 after the session-70 conventions made dated background rows optional (the set's 'Session 70 conventions applied').
    "handmade98.jsonl": {
        "events": {"precision": 0.795, "recall": 0.66, "f1": 0.72},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.91},
    },
    # Set 99, written blind in session 64 by a helper who read no code and reviewed a second
    # time by another (East Asia, Central Asia and the Caucasus, the Horn and the Great Lakes,
    # the Nordic and Baltic states and the Arctic, the Gulf and the Levant; the IAEA, the WHO
    # and the IMF as principals). First run on the session's start code (main c0049245), after
    # the second review: P 0.798 R 0.658 F1 0.721, quotes 1.0, speakers 0.951; floors those
    # less 0.02.
    # Set 99 opened in session 66 by helper O99 (a development set since): gold corrections by
    # the open sets' conventions (six optional events added, roots added to six) and b/O99's
    # rules, P 0.921 R 0.719 F1 0.808, quotes 1.0, speakers 0.980 (its README section, "Opened
    # (session 66)"); floors at those figures less 0.02, rounded down.
    "handmade99.jsonl": {
        "events": {"precision": 0.92, "recall": 0.785, "f1": 0.845},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 100, written blind in session 65 by a helper who read no code and reviewed a second
    # time by another (South and Southeast Asia, the Pacific, West Africa, Southern Africa,
    # Latin America and the Caribbean, the Balkans; the IMF, NATO, the WHO and the World Bank
    # as principals). First run on the session's start code (main 06e79060), after the second
    # review: P 0.857 R 0.549 F1 0.669, quotes 1.0, speakers 0.957; floors those less 0.02.
    # Set 100 opened in session 67 by helper O100 (a development set since): gold corrections
    # by the open sets' conventions (two optional events added, roots changed on three) and
    # b/O100's rules, P 0.910 R 0.570 F1 0.701, quotes 1.0, speakers 0.991 (its README section,
    # "Opened (session 67)"); floors at those figures less 0.02, rounded down.
    "handmade100.jsonl": {
        "events": {"precision": 0.895, "recall": 0.63, "f1": 0.735},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.98},
    },
    # Set 101, written blind in session 66 by a helper who read no code and reviewed a second
    # time by another (Western and Central Europe, North America, the Middle East and North
    # Africa, East Africa and the Great Lakes, the Caucasus, East Asia; the World Bank, the WHO
    # and the IMF as principals). First run on the session's start code (main a25dba25), after
    # the second review: P 0.833 R 0.679 F1 0.748, quotes 1.0, speakers 0.947; floors those
    # less 0.02.
    # Set 101 opened in session 69 by helper O101 (a development set since): gold corrections
    # by the open sets' conventions (three rows' roots widened, one optional row added) and
    # b/O101's rules, P 0.887 R 0.729 F1 0.800, quotes 1.0, speakers 0.968 (its README
    # section, "Opened (session 69)"); floors at those figures less 0.02, rounded down.
    "handmade101.jsonl": {
        "events": {"precision": 0.865, "recall": 0.705, "f1": 0.78},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.955},
    },
    # Set 102, written blind in session 67 by a helper who read no code and reviewed a second
    # time by another (Central Asia, South Asia, the Gulf, Eastern Europe and the Baltic and
    # Nordic states, Central Africa, Latin America, Oceania; the WHO, the IMF, the IAEA and the
    # World Bank as principals). First run on the session's start code (main 5cb2c480), after
    # the second review: P 0.792 R 0.615 F1 0.693, quotes 1.0, speakers 0.944; floors those
    # less 0.02.
    # Set 102 opened in session 68 by helper O102 (a development set since): gold corrections
    # by the open sets' conventions (five optional events added, roots added to four, one
    # meeting's required direction turned to its subject's, three speakers) and b/O102's
    # rules, P 0.897 R 0.680 F1 0.773, quotes 1.0, speakers 0.984 (its README section,
    # "Opened (session 68)"); floors at those figures less 0.02, rounded down.
    "handmade102.jsonl": {
        "events": {"precision": 0.89, "recall": 0.69, "f1": 0.775},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.97},
    },
    # Set 103, written blind in session 68 by a helper who read no code and reviewed a second
    # time by another (Southeast Asia, West Africa, Southern Africa, the Caribbean, the Balkans,
    # North Africa, the Horn of Africa, the Andes and the Southern Cone; OPEC, the WHO, the OSCE
    # and the World Bank as principals). First run on the session's start code (main 23ccd0ce),
    # after the second review: P 0.969 R 0.644 F1 0.774, quotes 1.0, speakers 0.917; floors
    # those less 0.02.
    "handmade103.jsonl": {
        "events": {"precision": 0.95, "recall": 0.635, "f1": 0.765},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.91},
    },
    # Set 106, written blind in session 69 by a helper who read no code and reviewed a second
    # time by another (the Indian Ocean, Central Africa, West Africa, Central Asia, the Pacific,
    # Southeast Asia; the ICC, the G7, the World Bank, the IMF, ASEAN, the WHO, the EU and OPEC
    # as principals). First run on the session's start code (main a9a5dc94), after the second
    # review: P 0.815 R 0.543 F1 0.652, quotes 1.0, speakers 0.924; floors those less 0.02.
    "handmade106.jsonl": {
        "events": {"precision": 0.805, "recall": 0.555, "f1": 0.655},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.9},
    },
    # Set 107, written blind in session 70 by a helper who read no code and reviewed a second
    # time by another (South and Central America, the Horn of Africa, East Asia, Europe, the
    # Pacific, the Caribbean; the IAEA, the G7, the World Bank, the WHO, the OSCE, the EU, NATO
    # and the IMF as principals). First run on the session's start code (main 9de66fc3), after
    # the second review: P 0.838 R 0.569 F1 0.678, quotes 1.0, speakers 0.950; floors those
    # less 0.02.
    "handmade107.jsonl": {
        "events": {"precision": 0.815, "recall": 0.565, "f1": 0.67},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.93},
    },
    # Sets 104 and 105, batteries written in session 68 by helpers who read no code (24 short
    # stories each, dense in roots 03, 10, 06, 07, 08 and in 11, 12, 13, 16, 17), reviewed a
    # second time by others, open from the start. Main's start code (23ccd0ce) on the reviewed
    # gold: 104 P 0.927 R 0.569 F1 0.705, 105 P 0.878 R 0.677 F1 0.765; floors at session 68's
    # end figures less 0.02 (104 P 0.935 R 0.596 F1 0.728, speakers 0.924; 105 P 0.926 R 0.728
    # F1 0.815, speakers 0.938).
    "handmade104.jsonl": {
        "events": {"precision": 0.915, "recall": 0.61, "f1": 0.735},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.95},
    },
    "handmade105.jsonl": {
        "events": {"precision": 0.905, "recall": 0.705, "f1": 0.795},
        "quotes": {"precision": 0.98, "recall": 0.98, "speaker_accuracy": 0.945},
    },
}

# The batteries (sets 104 and 105, session 68) hold 24 short stories each; every other set ten.
STORIES = {"handmade104.jsonl": 24, "handmade105.jsonl": 24}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict]:
    """One pipeline run per hand-made gold set, shared by that set's checks."""
    name = request.param
    return name, evaluate_files([str(GOLD / name)], Settings()).to_dict()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_handmade_gold_file_is_well_formed(name: str) -> None:
    path = GOLD / name
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(docs) == STORIES.get(name, 10)
    assert len({doc["doc_id"] for doc in docs}) == len(docs)
    for doc in docs:
        for event in doc["events"]:
            assert doc["text"].count(event["evidence"]) == 1, event["evidence"]
            assert event.get("code", event["root"][0])[:2] in event["root"], event["evidence"]
        for quote in doc["quotes"]:
            assert quote["text"] in doc["text"], quote["text"]


@pytest.mark.parametrize("part", ["events", "quotes"])
def test_handmade_gold_floors_hold(scored: tuple[str, dict], part: str) -> None:
    name, scores = scored
    broken = [
        f"{name} {part}.{metric}: {scores[part][metric]} < floor {floor}"
        for metric, floor in FLOORS[name][part].items()
        if scores[part][metric] < floor
    ]
    assert not broken, "; ".join(broken)
