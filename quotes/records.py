"""The typed records the extractor returns.

Field names follow the gold schema (docs/gold-format.md, from GOLD_GUIDELINES.md):
``text, start, end, type, cue, speaker, mention, kind, title``.  Every span also
carries its character offsets into the article, so a prediction can be scored
and displayed without searching the text again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "unnamed"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "unnamed")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of an article and its text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: str, start: int, end: int) -> "Span":
        return cls(start, end, article[start:end])


@dataclass
class Quote:
    """One attributed quote.

    ``text``/``start``/``end`` is the content span exactly as the guidelines
    define it.  ``speaker`` is the canonical name of the source for the whole
    article (``None`` when the article does not say); ``mention`` is the span
    the cue attaches to, as written (a pronoun stays a pronoun there).
    """

    text: str
    start: int
    end: int
    type: QuoteType
    cue: Span | None = None
    speaker: str | list[str] | None = None
    mention: Span | None = None
    kind: SpeakerKind | None = None
    title: str | None = None
    title_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping in the gold schema's field names (plus offsets)."""
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "cue": self.cue.text if self.cue else None,
            "speaker": self.speaker,
            "mention": self.mention.text if self.mention else None,
            "kind": self.kind,
            "title": self.title,
        }
        for name, span in (("cue", self.cue), ("mention", self.mention), ("title", self.title_span)):
            if span is not None:
                out[f"{name}_start"] = span.start
                out[f"{name}_end"] = span.end
        return out


@dataclass
class ArticleResult:
    """The quotes of one article, or the error that stopped its extraction."""

    article: str
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "quotes": [q.to_dict() for q in self.quotes],
            "error": self.error,
        }
