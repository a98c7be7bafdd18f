"""Pair quotation marks into quoted passages.

This is the one character-level step of extraction: quotation marks are
punctuation the parser does not pair.  The rules:

* curly, straight, low-9 and angle marks, double and single, are quote marks;
  an apostrophe between letters (Israel’s, don't) or before a digit (’80s) is not;
* a straight mark opens after white space or an opening bracket/dash and closes
  otherwise;
* a right single mark after an *s* and before a space may be a plural
  possessive (``for adults’ failure``) as well as a closing mark: where another
  closing single mark follows before the paragraph ends (and no single mark opens
  in between), it is the possessive;
* single marks pair only with single, double with double; a pair of one family
  inside a pair of the other (‘…“…”…’ as well as “…‘…’…”) is a quote within the
  quote: :func:`find_nested_passages` gives those, :func:`find_quoted_passages`
  the outermost ones;
* a mark left open at a paragraph's end continues only if the next paragraph
  opens with a mark of the same family (a quote running over paragraphs);
  otherwise it is dropped, so an unbalanced mark never swallows the article.
"""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "“„«‹\u201f"
DOUBLE_CLOSE = "”»›"
SINGLE_OPEN = "‘‚\u201b"
SINGLE_CLOSE = "’"
STRAIGHT = {'"': "double", "'": "single"}
OPENING_CONTEXT = " \t\n\r([{—–-/\u00a0"


@dataclass(frozen=True)
class QuotedPassage:
    """Text between a pair of quotation marks.  ``start``/``end`` delimit the
    content (marks excluded); ``open``/``close`` are the marks' offsets."""

    open: int
    close: int
    family: str

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    def contains(self, offset: int) -> bool:
        return self.open <= offset <= self.close


def _classify(text: str, i: int) -> tuple[str, str] | None:
    """``(family, 'open'|'close')`` for a quote mark at ``i``, or None."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in DOUBLE_OPEN:
        return "double", "open"
    if ch in DOUBLE_CLOSE:
        return "double", "close"
    if ch in SINGLE_OPEN:
        return "single", "open"
    if ch in SINGLE_CLOSE or ch == "'":
        if prev.isalnum() and nxt.isalpha():
            return None  # apostrophe inside a word
        if nxt.isdigit() and not prev.isalnum():
            return None  # elided century: ’80s
        if ch == "'" and (prev in OPENING_CONTEXT) and not nxt.isspace():
            return "single", "open"
        return "single", "close"  # also a plural possessive (officials’): it closes nothing
    if ch == '"':
        return "double", "open" if prev in OPENING_CONTEXT and not nxt.isspace() else "close"
    return None


def find_quoted_passages(text: str) -> list[QuotedPassage]:
    """All outermost quoted passages of ``text``, in text order."""
    return find_passages(text)[0]


def find_nested_passages(text: str) -> list[QuotedPassage]:
    """The quoted passages that lie inside an outermost one (a quote within a
    quote: ``‘The gaffer said, “Never let one result tell you who you are,”’``), in
    text order."""
    return find_passages(text)[1]


def find_passages(text: str) -> tuple[list[QuotedPassage], list[QuotedPassage]]:
    """The outermost quoted passages of ``text`` and those nested in them, each in
    text order."""
    passages = _all_passages(text)
    outermost = _outermost(passages)
    kept = set(outermost)
    nested = [p for p in passages if p not in kept and any(o.open < p.open and p.close < o.close for o in outermost)]
    return outermost, nested


def _all_passages(text: str) -> list[QuotedPassage]:
    passages: list[QuotedPassage] = []
    open_at: dict[str, int | None] = {"double": None, "single": None}
    continuation_marks: set[int] = set()
    for i, ch in enumerate(text):
        if ch == "\n":
            continuation_marks |= _end_paragraph(text, i, open_at)
            continue
        if i in continuation_marks:
            continue
        kind = _classify(text, i)
        if kind is None:
            continue
        family, role = kind
        if role == "open":
            if open_at[family] is None or family == "double":
                # a second double opener means the first was stray: restart there
                open_at[family] = i
        elif open_at[family] is not None:
            if family == "single" and _plural_possessive_before_closer(text, i):
                continue
            start = open_at[family]
            open_at[family] = None
            single = open_at["single"]
            if family == "double" and single is not None and single > start:
                # a single mark opened inside the double pair and left open was no quote
                open_at["single"] = None
            if i > start + 1:
                passages.append(QuotedPassage(start, i, family))
    passages.sort(key=lambda p: p.open)
    return passages


def _plural_possessive_before_closer(text: str, i: int) -> bool:
    """The single closing mark at ``i`` reads as a plural possessive (``adults’
    failure``) and a later single mark in the paragraph can close the quote."""
    if text[i - 1:i] != "s" or text[i + 1:i + 2] != " " or not text[i + 2:i + 3].isalpha():
        return False
    end = text.find("\n", i)
    for j in range(i + 1, len(text) if end < 0 else end):
        kind = _classify(text, j) if text[j] in SINGLE_OPEN + SINGLE_CLOSE + "'" else None
        if kind == ("single", "open"):
            return False
        if kind == ("single", "close"):
            return True
    return False


def _end_paragraph(text: str, newline: int, open_at: dict[str, int | None]) -> set[int]:
    """Close the books at a paragraph break: keep an open mark only when the
    next paragraph starts with an opener of the same family, and return the
    offsets of such continuation openers (they do not open a new passage)."""
    continuation: set[int] = set()
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    for family, start in open_at.items():
        if start is None:
            continue
        continues = j < len(text) and (_classify(text, j) or (None, None)) == (family, "open")
        if continues:
            continuation.add(j)
        else:
            open_at[family] = None
    return continuation


def _outermost(passages: list[QuotedPassage]) -> list[QuotedPassage]:
    out: list[QuotedPassage] = []
    for passage in passages:
        if out and passage.open < out[-1].close:
            continue
        out.append(passage)
    return out
