"""Predicted quotes as the harness reads them, and the prediction file loader.

A prediction file holds ``ArticleResult.to_dict()`` records (quotes/records.py):
JSON Lines with one record per line, or a JSON document holding one record or
a list of them (docs/gold-format.md).  Reading the plain dicts rather than
importing the extractor keeps the harness usable on saved output, on output
of another system, and on hand-written test files.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.evaluation.gold import find_all
from quotes.records import Quote

__all__ = ["PredictedQuote", "PredictionRecord", "PredictionError", "load_predictions"]


class PredictionError(ValueError):
    """A prediction file or record that cannot be used (message is one line)."""


@dataclass(frozen=True)
class PredictedQuote:
    """One predicted quote in the gold schema's field names.

    Only ``text`` is required.  ``start`` may be missing; then the scorer
    places the text at its first occurrence in the article.
    """

    text: str
    start: int | None = None
    end: int | None = None
    type: str | None = None
    cue: str | None = None
    speaker: str | tuple[str, ...] | None = None
    mention: str | None = None
    kind: str | None = None
    title: str | tuple[str, ...] | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "PredictedQuote":
        """Read one quote of a record; raise :class:`PredictionError` if unusable."""
        if not isinstance(data, Mapping):
            raise PredictionError(f"a quote must be an object, got {type(data).__name__}")
        text = data.get("text")
        if not isinstance(text, str) or not text:
            raise PredictionError("a quote needs a non-empty string 'text'")
        start = data.get("start")
        if start is not None and (isinstance(start, bool) or not isinstance(start, int) or start < 0):
            raise PredictionError(f"quote 'start' must be a non-negative integer, got {start!r}")
        end = data.get("end")
        if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
            raise PredictionError(f"quote 'end' must be an integer, got {end!r}")
        return cls(
            text=text,
            start=start,
            end=end,
            type=_optional_str(data, "type"),
            cue=_optional_str(data, "cue"),
            speaker=_names(data, "speaker"),
            mention=_optional_str(data, "mention"),
            kind=_optional_str(data, "kind"),
            title=_names(data, "title"),
        )

    @classmethod
    def from_quote(cls, quote: Quote) -> "PredictedQuote":
        """Convert the extractor's own record (through its JSON form)."""
        return cls.from_dict(quote.to_dict())

    def placed(self, article: str) -> "PredictedQuote":
        """This quote with ``start``/``end`` checked against ``article``.

        A start that does not point at the text is replaced by the occurrence
        nearest to it; a missing one by the first occurrence.  A text that is
        not in the article keeps ``start = None`` and is matched on its words.
        """
        if self.start is not None and article[self.start:self.start + len(self.text)] == self.text:
            return self if self.end == self.start + len(self.text) else self._at(self.start)
        occurrences = find_all(article, self.text)
        if not occurrences:
            return self._at(None)
        hint = self.start if self.start is not None else 0
        return self._at(min(occurrences, key=lambda at: (abs(at - hint), at)))

    def _at(self, start: int | None) -> "PredictedQuote":
        end = None if start is None else start + len(self.text)
        return PredictedQuote(**{**self.__dict__, "start": start, "end": end})

    def to_dict(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            return list(value) if isinstance(value, tuple) else value

        return {name: plain(value) for name, value in self.__dict__.items()}


@dataclass(frozen=True)
class PredictionRecord:
    """The predictions for one article (an ``ArticleResult`` as read back)."""

    article: str
    quotes: tuple[PredictedQuote, ...] = ()
    error: str | None = None
    source: str = ""  # where the record came from, for messages: FILE:LINE
    problems: tuple[str, ...] = field(default=())  # unusable quotes, skipped


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _names(data: Mapping[str, Any], key: str) -> str | tuple[str, ...] | None:
    value = data.get(key)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        names = tuple(v for v in value if isinstance(v, str))
        return names or None
    return None


def record_from_dict(data: Any, source: str) -> PredictionRecord:
    """Read one article record; bad quotes are skipped and listed in ``problems``."""
    if not isinstance(data, Mapping):
        raise PredictionError(f"{source}: expected an article record (object), got {type(data).__name__}")
    article = data.get("article")
    if not isinstance(article, str) or not article:
        raise PredictionError(f"{source}: record has no 'article' path")
    raw_quotes = data.get("quotes", [])
    if raw_quotes is None:
        raw_quotes = []
    if not isinstance(raw_quotes, list):
        raise PredictionError(f"{source}: 'quotes' must be a list, got {type(raw_quotes).__name__}")
    quotes, problems = [], []
    for number, raw in enumerate(raw_quotes, start=1):
        try:
            quotes.append(PredictedQuote.from_dict(raw))
        except PredictionError as err:
            problems.append(f"{source}: quote {number}: {err}; skipped")
    error = data.get("error")
    return PredictionRecord(
        article=article,
        quotes=tuple(quotes),
        error=None if error is None else str(error),
        source=source,
        problems=tuple(problems),
    )


def load_predictions(path: str | Path) -> tuple[list[PredictionRecord], list[str]]:
    """Read a JSON or JSON Lines prediction file.

    Returns the usable records and one message per problem.  A broken line
    of a JSONL file costs that line only, so one bad record does not stop the
    other articles from being scored.  The whole file is tried as one JSON
    document first (a record or a list of records); only if that fails is it
    read line by line.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        return [], [f"{path}: cannot read: {err.strerror or err}"]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return [], [f"{path}: not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start})"]
    if not text.strip():
        return [], [f"{path}: empty prediction file"]
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return _load_lines(path, text)
    items = document if isinstance(document, list) else [document]
    records, problems = [], []
    for number, item in enumerate(items, start=1):
        source = f"{path}: record {number}" if isinstance(document, list) else str(path)
        _collect(item, source, records, problems)
    return records, problems


def _load_lines(path: Path, text: str) -> tuple[list[PredictionRecord], list[str]]:
    records: list[PredictionRecord] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{source}: invalid JSON: {err.msg} (column {err.colno})")
            continue
        _collect(item, source, records, problems)
    return records, problems


def _collect(item: Any, source: str, records: list[PredictionRecord], problems: list[str]) -> None:
    try:
        record = record_from_dict(item, source)
    except PredictionError as err:
        problems.append(str(err))
        return
    records.append(record)
    problems.extend(record.problems)
