"""Mojibake repair: newsgraph against ftfy, same cases, same run.

Cases: every paragraph with a non-ASCII character from
../shared/corpus/news-sample (read at run time) plus the paragraphs we wrote
in tests/repair/cases, each encoded as UTF-8 and decoded with a wrong codec
under a strict, 'ignore' or 'replace' error policy. For each codec × policy it
prints the exact-restore rate and the character error rate (edit distance /
length; exact inside each block of a difflib alignment) of both tools; then the
same on whole news-sample articles (document-level evidence); then the share
of clean texts (news-sample paragraphs and our multi-script texts) each returns
unchanged; then throughput (MB/s of UTF-8 input) on clean and on damaged text.

ftfy runs as `ftfy.fix_text(text, uncurl_quotes=False, normalization=None,
fix_latin_ligatures=False, fix_character_width=False)`: its best settings for
restoring text exactly.

    python benchmarks/repair.py [--codecs gbk,cp1252] [--copies 4]
    python benchmarks/repair.py --failures gbk:ignore   # each failing case, what differs
    python benchmarks/repair.py --classify big5:ignore  # failing cases: (a) no trace, (b) traced, (c) other
    python benchmarks/repair.py --dash-prior            # spaced dashes in ../shared texts
    python benchmarks/repair.py --bound big5:ignore     # failing cases by what the text has left
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import ftfy

from newsgraph.data import load_data
from newsgraph.ingest.repair import fix
from newsgraph.ingest.repair.lexicon import is_word

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "news-sample"
CASES = ROOT / "tests" / "repair" / "cases"
CODECS = (
    "cp1252",
    "latin-1",
    "cp1250",
    "cp1251",
    "mac_roman",
    "cp437",
    "gbk",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
    "euc_jp",
)
POLICIES = ("strict", "ignore", "replace")


def ftfy_fix(text: str) -> str:
    return ftfy.fix_text(
        text,
        uncurl_quotes=False,
        normalization=None,
        fix_latin_ligatures=False,
        fix_character_width=False,
    )


def _levenshtein(a: str, b: str) -> int:
    if not a or not b:
        return max(len(a), len(b))
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def edit_distance(a: str, b: str) -> int:
    """Edit distance: exact Levenshtein inside each differing block of a difflib alignment."""
    if a == b:
        return 0
    total = 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            total += _levenshtein(a[a1:a2], b[b1:b2])
    return total


def paragraphs() -> tuple[list[str], list[str]]:
    """(paragraphs with non-ASCII characters, all clean texts) from news-sample and ours."""
    sample: list[str] = []
    if SAMPLE.exists():
        for path in sorted(SAMPLE.glob("*.txt")):
            sample.extend(p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip())
    ours = json.loads((CASES / "english_paragraphs.json").read_text("utf-8"))["paragraphs"]
    scripts = json.loads((CASES / "clean_scripts.json").read_text("utf-8"))["texts"]
    damaged_from = [p for p in sample + ours if not p.isascii()]
    return damaged_from, sample + ours + scripts


def accuracy(
    texts: list[str], codec: str, policy: str, tool: Callable[[str], str]
) -> tuple[int, float, float]:
    """(cases, exact-restore rate, character error rate) of one tool."""
    n = exact = 0
    errors = chars = 0
    for text in texts:
        try:
            damaged = text.encode("utf-8").decode(codec, policy)
        except UnicodeDecodeError:
            continue
        if damaged == text:
            continue
        out = tool(damaged)
        n += 1
        exact += out == text
        errors += edit_distance(out, text)
        chars += len(text)
    return n, exact / max(n, 1), errors / max(chars, 1)


def _damaged_cases(texts: list[str], codec: str, policy: str) -> Iterator[tuple[str, str, str]]:
    """(original, damaged, fix(damaged)) of every text the damage changes."""
    for text in texts:
        damaged = text.encode("utf-8").decode(codec, policy)
        if damaged != text:
            yield text, damaged, fix(damaged)


def failures(texts: list[str], codec: str, policy: str) -> int:
    """Print every case `fix` does not restore exactly, with what differs; return 0."""
    n = bad = 0
    for text, _, out in _damaged_cases(texts, codec, policy):
        n += 1
        if out == text:
            continue
        bad += 1
        matcher = difflib.SequenceMatcher(None, text, out, autojunk=False)
        diffs = [
            f"...{text[max(0, a1 - 30) : a1]}[{text[a1:a2]!r} -> {out[b1:b2]!r}]{text[a2 : a2 + 20]}..."
            for op, a1, a2, b1, b2 in matcher.get_opcodes()
            if op != "equal"
        ]
        print(f"#{bad} " + "\n    ".join(diffs))
    print(f"{codec}:{policy}: {bad} of {n} cases not restored exactly")
    return 0


_TRACE_PUNCT = frozenset(",.;:!?)]")
_CONTRACTIONS = frozenset(load_data("repair/vanished.yaml")["contractions"])
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|[Yy]ou)\b")


def _sites(text: str, codec: str, policy: str) -> tuple[str, list[tuple[int, int, int]]] | None:
    """(damaged, [(orig_start, orig_end, damaged_offset)]) of the vanished runs, or
    None when the decode is no pure deletion (bytes merged into other characters)."""
    out: list[str] = []
    sites: list[tuple[int, int, int]] = []
    pos = 0
    for i, ch in enumerate(text):
        dec = ch.encode("utf-8").decode(codec, policy)
        if dec == "":
            if sites and sites[-1][1] == i:
                sites[-1] = (sites[-1][0], i + 1, sites[-1][2])
            else:
                sites.append((i, i + 1, pos))
        out.append(dec)
        pos += len(dec)
    damaged = "".join(out)
    if damaged != text.encode("utf-8").decode(codec, policy):
        return None
    return damaged, sites


def _local_trace(damaged: str, at: int) -> str | None:
    """The trace a deletion at damaged offset `at` leaves, or None (well-formed there)."""
    left = damaged[at - 1] if at > 0 else "\n"
    right = damaged[at] if at < len(damaged) else "\n"
    if left == " " and right == " ":
        return "double-space"
    if left == " " and (right in _TRACE_PUNCT or right == "\n"):
        return "space-before-punct"
    if left == "\n" and right == " ":
        return "leading-space"
    if left.isalnum() and right.isalnum():
        s = at
        while s > 0 and damaged[s - 1].isalnum():
            s -= 1
        e = at
        while e < len(damaged) and damaged[e].isalnum():
            e += 1
        word = damaged[s:e]
        # A contraction with no other reading ("Im", "dont") is broken even
        # where the lexicon, read from tokenised text, holds the form.
        return None if is_word(word) and word.lower() not in _CONTRACTIONS else "broken-word"
    if left == "." and right.isalpha() and right.islower():
        return "broken-word"  # "U.N.s"
    return None


def _soft_trace(damaged: str, at: int) -> str | None:
    """What a careful reader might still notice where no hard trace is left."""
    left = damaged[at - 1] if at > 0 else "\n"
    right = damaged[at] if at < len(damaged) else "\n"
    if left.isalpha() and right.isalpha():
        return "possessive-shaped"
    if damaged[max(0, at - 2) : at] == ", " and right.isupper():
        return "capital-after-comma"
    line_start = damaged.rfind("\n", 0, at) + 1
    line_end = damaged.find("\n", at)
    para = damaged[line_start : len(damaged) if line_end < 0 else line_end]
    if _FIRST_PERSON.search(para):
        return "first-person"
    return None


def _traceless(damaged: str, sites: list[tuple[int, int, int]]) -> bool:
    """Is the damaged text well-formed: no local trace, no unbalanced quote?"""
    if any(p.count('"') % 2 for p in damaged.split("\n")):
        return False
    return not any(_local_trace(damaged, s[2]) for s in sites)


def classify(texts: list[str], codec: str, policy: str) -> int:
    """Sort every failing case into (a) no trace at all, (b) a trace where our
    choice is wrong, (c) other; print the counts and the bound 1 - a/total."""
    total = traceless = lucky = 0
    groups: dict[str, list[str]] = {"a": [], "b": [], "c": []}
    kinds: Counter[str] = Counter()
    for text, _, out in _damaged_cases(texts, codec, policy):
        total += 1
        found = _sites(text, codec, policy)
        if found is not None and _traceless(*found):
            traceless += 1
            lucky += out == text
        if out == text:
            continue
        if found is None:
            groups["c"].append(f"[not a pure deletion] {text[:90]}")
            kinds["c:not-pure-deletion"] += 1
            continue
        damaged, sites = found
        unbalanced = any(p.count('"') % 2 for p in damaged.split("\n"))
        traces = {s: _local_trace(damaged, s[2]) for s in sites}
        wrong: list[tuple[int, int, int]] = []
        stray = False
        matcher = difflib.SequenceMatcher(None, text, out, autojunk=False)
        for op, a1, a2, _, _ in matcher.get_opcodes():
            if op == "equal":
                continue
            hit = [s for s in sites if s[0] <= a2 and a1 <= s[1]]
            stray = stray or not hit
            wrong.extend(hit)
        wrong = list(dict.fromkeys(wrong))
        label = "; ".join(f"{text[s[0] : s[1]]!r}@{s[2]}:{traces[s] or 'none'}" for s in wrong)
        if _traceless(damaged, sites):
            soft = sorted({t for s in wrong if (t := _soft_trace(damaged, s[2]))})
            key, kind = "a", soft[0] if soft else "none"
        elif stray:
            key, kind = "c", "changed-where-nothing-vanished"
        elif any(traces[s] for s in wrong):
            key, kind = "b", next(t for s in wrong if (t := traces[s]))
        elif unbalanced and '"' in damaged:
            key, kind = "b", "unbalanced-quote"
        else:
            key, kind = "c", "traceless-site-in-traced-text"
        groups[key].append(f"[{kind}] {label} | {damaged[:100]}")
        kinds[f"{key}:{kind}"] += 1
    for key in ("a", "b", "c"):
        for line in groups[key]:
            print(f"({key}) {line}")
    a = len(groups["a"])
    print(f"{codec}:{policy}: {total} cases, {total - sum(map(len, groups.values()))} restored")
    for key, count in sorted(kinds.items()):
        print(f"  {key:36s} {count:4d}")
    print(f"  (a) {a}  (b) {len(groups['b'])}  (c) {len(groups['c'])}")
    print(f"  upper bound 1 - a/total = {1 - a / max(total, 1):.3f}")
    print(
        f"  cases with no trace at all, restored or not: {traceless}"
        f" ({lucky} restored by context rules or priors)"
    )
    return 0


_QUOTES = "\u201c\u201d"
_OPENING_CONTEXT = (".", ":", ",", "!", "?", "(", "[")
# The order in which a failing case is charged to one reason: the first that
# no repair could undo without guessing comes first.
_BOUND_ORDER = (
    "not a pure deletion",
    "quote mark around a phrase inside a sentence",
    "spaced en dash or ellipsis (two spaces, like an em dash)",
    "quote marks around whole sentences, no mark left",
    "apostrophe in a word that is a word without it",
    "spaced em dash (two spaces)",
    "traced: a word broken by a lost apostrophe",
    "a character lost with no trace",
    "false insertion where nothing vanished",
)


def _bound_reason(text: str, damaged: str, site: tuple[int, int, int]) -> str:
    """What the damaged text still shows of one vanished run (see `bound`)."""
    lost = text[site[0] : site[1]]
    trace = _local_trace(damaged, site[2])
    if lost[0] in _QUOTES:
        opener = site[0] if lost[0] == "\u201c" else text.rfind("\u201c", 0, site[0])
        before = text[:opener].rstrip()
        if opener >= 0 and before and not before.endswith(_OPENING_CONTEXT):
            return _BOUND_ORDER[1]
        return _BOUND_ORDER[3]
    if trace == "double-space":
        return _BOUND_ORDER[5] if lost == "\u2014" else _BOUND_ORDER[2]
    if trace == "broken-word":
        return _BOUND_ORDER[6]
    if lost[0] in "\u2019\u2018" and trace is None:
        return _BOUND_ORDER[4]
    return _BOUND_ORDER[7]


def bound(texts: list[str], codec: str, policy: str) -> int:
    """Charge every failing case to the hardest thing it lost and print the counts.

    A quote mark around a phrase inside a sentence ("called it “regrettable”")
    leaves text that reads right either way, and a spaced en dash or ellipsis
    leaves the two spaces an em dash leaves: no rule can restore those but by
    luck. Quote marks around whole sentences are cued by an attribution only,
    which clean reported speech shares. The printed bounds say how far exact
    restore can go if everything else is restored.
    """
    total = restored = 0
    charged: Counter[str] = Counter()
    for text, _, out in _damaged_cases(texts, codec, policy):
        total += 1
        if out == text:
            restored += 1
            continue
        found = _sites(text, codec, policy)
        if found is None:
            charged[_BOUND_ORDER[0]] += 1
            continue
        damaged, sites = found
        reasons: set[str] = set()
        matcher = difflib.SequenceMatcher(None, text, out, autojunk=False)
        for op, a1, a2, _, _ in matcher.get_opcodes():
            if op == "equal":
                continue
            hit = [s for s in sites if s[0] <= a2 and a1 <= s[1]]
            reasons.update(_bound_reason(text, damaged, s) for s in hit)
            if not hit:
                reasons.add(_BOUND_ORDER[8])
        charged[next(r for r in _BOUND_ORDER if r in reasons)] += 1
    print(f"{codec}:{policy}: {total} cases, {restored} restored ({restored / max(total, 1):.3f})")
    for reason in _BOUND_ORDER:
        print(f"  {charged[reason]:4d}  {reason}")
    lost = charged[_BOUND_ORDER[0]] + charged[_BOUND_ORDER[1]] + charged[_BOUND_ORDER[2]]
    print(f"  bound, all but phrase quotes and en dash/ellipsis: {1 - lost / max(total, 1):.3f}")
    lost += charged[_BOUND_ORDER[3]]
    print(f"  bound, also no unmarked whole-sentence quotes:     {1 - lost / max(total, 1):.3f}")
    return 0


_SPACED = frozenset("\u2014\u2013\u2026")


def dash_prior() -> int:
    """Count spaced — – … in the texts of ../shared (news-sample, gold), by place.

    The prior an evidence-less lossy trace ("word 鈥 word") is restored with:
    inside or outside a double quote of its paragraph, dateline or body.
    """
    paragraphs: set[str] = set()
    for path in sorted(SAMPLE.glob("*.txt")):
        paragraphs.update(p.strip() for p in path.read_text("utf-8").split("\n") if p.strip())
    for name in ("news-dev.jsonl", "seed.jsonl"):
        gold = ROOT.parent / "shared" / "gold" / name
        if gold.exists():
            for line in gold.read_text("utf-8").splitlines():
                text = json.loads(line)["text"]
                paragraphs.update(p.strip() for p in text.split("\n") if p.strip())
    counts: dict[tuple[str, str, str], int] = {}
    for p in paragraphs:
        inside = False
        for i, ch in enumerate(p):
            if ch == "\u201c":
                inside = True
            elif ch == "\u201d":
                inside = False
            elif ch in _SPACED and p[i - 1 : i] == " " and p[i + 1 : i + 2] == " ":
                head = p[: i - 1]
                dateline = i < 42 and all(w[:1].isalpha() for w in head.replace(",", " ").split())
                key = ("quote" if inside else "narration", "dateline" if dateline else "body", ch)
                counts[key] = counts.get(key, 0) + 1
    print(f"spaced dashes in {len(paragraphs)} distinct paragraphs of ../shared:")
    for (where, part, ch), count in sorted(counts.items()):
        print(f"  {where:9s} {part:8s} {ch} U+{ord(ch):04X} {count:4d}")
    return 0


def throughput(text: str, tool: Callable[[str], str]) -> float:
    """MB/s of UTF-8 input, one run."""
    size = len(text.encode("utf-8")) / 1e6
    start = time.perf_counter()
    tool(text)
    return size / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codecs", default=",".join(CODECS))
    parser.add_argument("--copies", type=int, default=4, help="copies of the corpus for throughput")
    parser.add_argument("--failures", metavar="CODEC:POLICY", help="list the failing cases only")
    parser.add_argument(
        "--classify", metavar="CODEC:POLICY", help="sort the failing cases by the trace left"
    )
    parser.add_argument("--dash-prior", action="store_true", help="count spaced dashes only")
    parser.add_argument(
        "--bound", metavar="CODEC:POLICY", help="charge each failing case to what it lost"
    )
    args = parser.parse_args()
    if args.dash_prior:
        return dash_prior()
    damaged_from, clean = paragraphs()
    if args.failures:
        codec, _, policy = args.failures.partition(":")
        return failures(damaged_from, codec, policy or "ignore")
    if args.classify:
        codec, _, policy = args.classify.partition(":")
        return classify(damaged_from, codec, policy or "ignore")
    if args.bound:
        codec, _, policy = args.bound.partition(":")
        return bound(damaged_from, codec, policy or "ignore")
    print(f"cases from {len(damaged_from)} paragraphs with non-ASCII characters")
    print(
        f"{'codec':10s} {'policy':8s} {'n':>4s}  {'exact ours':>10s} {'exact ftfy':>10s}"
        f"  {'CER ours':>9s} {'CER ftfy':>9s}"
    )
    for codec in args.codecs.split(","):
        for policy in POLICIES:
            n, ours_exact, ours_cer = accuracy(damaged_from, codec, policy, fix)
            _, ftfy_exact, ftfy_cer = accuracy(damaged_from, codec, policy, ftfy_fix)
            print(
                f"{codec:10s} {policy:8s} {n:4d}  {ours_exact:10.3f} {ftfy_exact:10.3f}"
                f"  {ours_cer:9.4f} {ftfy_cer:9.4f}"
            )
    articles = [path.read_text("utf-8") for path in sorted(SAMPLE.glob("*.txt"))]
    if articles:
        # Whole articles: document-level evidence (one codec, one dash style).
        print(f"whole articles ({len(articles)}): exact ours / ftfy, CER ours / ftfy")
        for codec, policy in (("gbk", "ignore"), ("big5", "ignore")):
            _, ours_exact, ours_cer = accuracy(articles, codec, policy, fix)
            _, ftfy_exact, ftfy_cer = accuracy(articles, codec, policy, ftfy_fix)
            print(
                f"{codec:10s} {policy:8s}       {ours_exact:10.3f} {ftfy_exact:10.3f}"
                f"  {ours_cer:9.4f} {ftfy_cer:9.4f}"
            )
    ours_same = sum(fix(t) == t for t in clean) / len(clean)
    ftfy_same = sum(ftfy_fix(t) == t for t in clean) / len(clean)
    print(f"clean texts unchanged ({len(clean)}): ours {ours_same:.3f}  ftfy {ftfy_same:.3f}")
    corpus = "\n\n".join(clean) * args.copies
    scripts = json.loads((CASES / "clean_scripts.json").read_text("utf-8"))["texts"]
    inputs = {
        "clean": corpus,
        "clean scripts": "\n".join(scripts) * 50 * args.copies,
        "clean ascii": "\n\n".join(t for t in clean if t.isascii()) * args.copies,
        "gbk:ignore": corpus.encode("utf-8").decode("gbk", "ignore"),
        "big5:ignore": corpus.encode("utf-8").decode("big5", "ignore"),
        "cp1252:replace": corpus.encode("utf-8").decode("cp1252", "replace"),
    }
    fix(damaged_from[0])  # load data files (and the lexicon) before timing
    fix("Ukraines president said they dont know.")
    ftfy_fix(damaged_from[0])
    for name, text in inputs.items():
        mb = len(text.encode("utf-8")) / 1e6
        print(
            f"throughput {name:15s} ({mb:.1f} MB): ours {throughput(text, fix):6.2f} MB/s"
            f"  ftfy {throughput(text, ftfy_fix):6.2f} MB/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
