"""How a predicted quote is compared with a gold quote.

This module implements the "How the harness matches" section of the gold
guidelines (docs/gold-format.md, docs/evaluation.md) and nothing else: pure
functions on strings and offsets, no I/O and no knowledge of files, so every
rule can be unit-tested on its own and the scorer (``metrics``) only decides
what to count.

Spans
    Compared after trimming white space, quotation marks and edge punctuation
    (:func:`trim`).  *Strict*: the trimmed spans are equal.  *Lenient*: their
    word-token overlap is at least half the token count of the longer span.
    When both spans carry article offsets the overlap is positional, so the
    same words quoted twice in one article are two different spans; a span
    without offsets falls back to comparing words as a multiset.

Pairing
    One-to-one and greedy, best overlap first (:func:`pair_spans`), with ties
    broken by content rather than list position so that the result does not
    depend on the order quotes are listed in.

Speakers and titles
    Compared after :func:`normalize_name` (case, accents, determiners,
    possessive 's, honorifics, punctuation).  Speakers also match when one is
    a whole-word suffix of the other; titles when the words of one are all
    among the words of the other.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "Located",
    "Pair",
    "is_lenient_match",
    "is_strict_match",
    "normalize_name",
    "normalize_span",
    "overlap_ratio",
    "pair_spans",
    "speaker_matches",
    "speakers_match",
    "title_matches",
    "titles_match",
    "token_overlap",
    "tokens",
    "trim",
]


class Located(Protocol):
    """Anything with a span: gold and predicted quotes alike.

    ``start`` is the offset of ``text`` in the article, or ``None`` when it is
    unknown (then matching falls back to the words alone).
    """

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int | None: ...


# --------------------------------------------------------------------------
# Spans


def _is_trimmable(char: str) -> bool:
    # Every Unicode punctuation category (P*) covers the quotation marks
    # “ ” " ' ‘ ’ « » „ ‹ ›, dashes, brackets and sentence punctuation.
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim(text: str) -> tuple[int, int]:
    """The ``[begin, end)`` offsets of ``text`` without edge noise.

    Annotators and extractors legitimately disagree on whether a closing
    comma, the quotation marks or a final full stop belong to a span; the
    guidelines make those differences not count.  Only the edges are
    trimmed: punctuation inside a span (a mixed quote's inner marks) stays.
    """
    begin, end = 0, len(text)
    while begin < end and _is_trimmable(text[begin]):
        begin += 1
    while end > begin and _is_trimmable(text[end - 1]):
        end -= 1
    return begin, end


def normalize_span(text: str) -> str:
    """``text`` trimmed of edge white space, quotation marks and punctuation."""
    begin, end = trim(text)
    return text[begin:end]


# A word, with inner apostrophes and hyphens kept (“Israel’s”, “Iran-backed”):
# splitting those would let a span score overlap on its clitics alone.
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def tokens(text: str, start: int | None = None) -> list[tuple[int, int]]:
    """Word-token offsets of ``text`` (absolute when ``start`` is given).

    Punctuation is not a token: only words carry the content the overlap
    threshold is meant to measure.
    """
    shift = start or 0
    return [(m.start() + shift, m.end() + shift) for m in _WORD.finditer(text)]


def _words(text: str) -> list[str]:
    return [m.group().casefold() for m in _WORD.finditer(text)]


def _trimmed(span: Located) -> tuple[str, int | None]:
    begin, end = trim(span.text)
    start = None if span.start is None else span.start + begin
    return span.text[begin:end], start


def token_overlap(a: Located, b: Located) -> int:
    """How many word tokens the two trimmed spans share.

    Positional when both spans have offsets (a token is shared only where the
    spans cover the same stretch of the article); otherwise the multiset
    intersection of their lower-cased words.
    """
    text_a, start_a = _trimmed(a)
    text_b, start_b = _trimmed(b)
    if start_a is not None and start_b is not None:
        return len(set(tokens(text_a, start_a)) & set(tokens(text_b, start_b)))
    return sum((Counter(_words(text_a)) & Counter(_words(text_b))).values())


def _token_count(span: Located) -> int:
    return len(_words(normalize_span(span.text)))


def overlap_ratio(a: Located, b: Located) -> float:
    """Shared tokens over the token count of the longer span, in [0, 1]."""
    longest = max(_token_count(a), _token_count(b))
    return token_overlap(a, b) / longest if longest else 0.0


def is_strict_match(a: Located, b: Located) -> bool:
    """The trimmed spans are equal (and at the same place, if both are placed)."""
    text_a, start_a = _trimmed(a)
    text_b, start_b = _trimmed(b)
    if text_a != text_b:
        return False
    return start_a is None or start_b is None or start_a == start_b


def is_lenient_match(a: Located, b: Located) -> bool:
    """The spans share at least half the tokens of the longer one.

    Integer arithmetic keeps the boundary exact: 2 of 4 tokens matches, 2 of 5
    does not.  Spans without a single word (a lone dash) only match strictly,
    since "half of nothing" would otherwise match anything.
    """
    longest = max(_token_count(a), _token_count(b))
    if longest == 0:
        return is_strict_match(a, b)
    return 2 * token_overlap(a, b) >= longest


# --------------------------------------------------------------------------
# Pairing


@dataclass(frozen=True)
class Pair:
    """One gold quote (by index) paired with one prediction (by index)."""

    gold: int
    pred: int
    strict: bool
    overlap: float


def _default_order(span: Located) -> tuple[int, str]:
    return (-1 if span.start is None else span.start, span.text)


def pair_spans(
    gold: Sequence[Located],
    pred: Sequence[Located],
    *,
    strict: bool = False,
    order: Callable[[Any], Any] = _default_order,
) -> list[Pair]:
    """Pair gold and predicted spans one-to-one, best overlap first.

    Candidates are the pairs that match (strictly, or leniently when
    ``strict`` is false).  They are taken greedily by overlap ratio, then a
    strict match before a lenient one, then an identical raw span (same text,
    same start) before a merely equivalent one — so two quotes that trim to
    the same words still pair with their exact copies — then the larger
    token overlap.  Remaining ties are broken by ``order`` applied to the
    gold and then the predicted item, a key of their *content*: pairing is
    then the same whatever order the quotes are listed in.  ``order`` should
    distinguish everything the caller scores (speaker, title...).

    Returns the pairs sorted by gold index.
    """
    candidates = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(pred):
            is_strict = is_strict_match(g, p)
            if not (is_strict if strict else is_lenient_match(g, p)):
                continue
            identical = g.text == p.text and g.start == p.start
            ratio = overlap_ratio(g, p)
            rank = (-ratio, not is_strict, not identical, -token_overlap(g, p))
            candidates.append((rank, order(g), order(p), g_index, p_index, is_strict, ratio))
    candidates.sort(key=lambda c: c[:3])
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, _, g_index, p_index, is_strict, ratio in candidates:
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append(Pair(g_index, p_index, is_strict, ratio))
    return sorted(pairs, key=lambda pair: pair.gold)


# --------------------------------------------------------------------------
# Speakers and titles

_DETERMINERS = frozenset({"the", "a", "an"})
# Only at the start of a name: "one woman" is the guidelines' "woman", but a
# "one" or "that" further in is part of the name.
_LEADING_DETERMINERS = _DETERMINERS | {"this", "that", "these", "those", "one", "some", "another"}
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
     "rev", "reverend", "sheikh", "sheik"}
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_DROPPED = re.compile(r"[.']")  # U.S. -> us, O'Brien -> obrien: no word break
_SEPARATOR = re.compile(r"[^\w\s]|_")


def normalize_name(name: str) -> str:
    """A speaker or title reduced to what identifies it.

    The guidelines ask annotators for a canonical form (fullest name, no
    honorific, no leading determiner) that an extractor cannot be expected to
    reproduce character for character: ``The Israeli military`` and
    ``Israeli military``, ``Ms. Saad`` and ``Saad``, ``Israel’s army chief``
    and ``Israel army chief`` all denote the same source.  Steps: Unicode
    compatibility form without accents, case folding, possessive ``’s``
    dropped, dots and apostrophes deleted (``U.S.`` = ``US``), other
    punctuation a word break, honorifics and determiners dropped.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text.translate(_APOSTROPHES))
    text = _SEPARATOR.sub(" ", _DROPPED.sub("", text))
    words = [w for w in text.split() if w not in _HONORIFICS and w not in _DETERMINERS]
    while words and words[0] in _LEADING_DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


def speaker_matches(gold: str, pred: str) -> bool:
    """Same source: equal after normalisation, or one a whole-word suffix.

    The suffix rule accepts a surname for the full name (``Netanyahu`` ~
    ``Benjamin Netanyahu``); whole words only, so ``Yahu`` does not match.
    """
    g, p = normalize_name(gold).split(), normalize_name(pred).split()
    if g == p:
        return True
    shorter, longer = sorted((g, p), key=len)
    return bool(shorter) and longer[len(longer) - len(shorter):] == shorter


def speakers_match(gold: str | Sequence[str] | None, pred: str | Sequence[str] | None) -> bool:
    """Attribution check with lists and nulls.

    A gold list names several sources of one quote: naming any one is right.
    ``None`` (the article does not say) is right only against ``None``, so an
    extractor is rewarded for abstaining where the article gives no source.
    """
    golds, preds = _as_list(gold), _as_list(pred)
    if not golds or not preds:
        return not golds and not preds
    return any(speaker_matches(g, p) for g in golds for p in preds)


def title_matches(gold: str, pred: str) -> bool:
    """Same role: equal after normalisation, or one's words all in the other.

    ``Secretary of State`` ~ ``U.S. Secretary of State``; ``Prime Minister``
    is not ``Foreign Minister``.  A title that normalises to no words matches
    nothing by the subset rule (the empty set is a subset of everything).
    """
    g, p = normalize_name(gold), normalize_name(pred)
    if g == p:
        return True
    g_words, p_words = set(g.split()), set(p.split())
    return bool(g_words and p_words) and (g_words <= p_words or p_words <= g_words)


def titles_match(gold: str | Sequence[str] | None, pred: str | Sequence[str] | None) -> bool:
    """Title check: a gold list means any one of its titles is right."""
    return any(title_matches(g, p) for g in _as_list(gold) for p in _as_list(pred))
