"""Builders for in-memory gold files and predictions (no files, no extractor)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from quotes.evaluation import GoldFile, GoldQuote, PredictedQuote


def gq(article: str, text: str, *, occurrence: int = 0, type: str = "indirect",
       speaker: Any = "Hezbollah", title: Any = None, optional: bool = False) -> GoldQuote:
    """A gold quote placed at the n-th occurrence of ``text`` in ``article``."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.index(text, start + 1)
    return GoldQuote(text=text, start=start, end=start + len(text), type=type,
                     speaker=speaker, title=title, optional=optional)


def pq(article: str | None, text: str, *, occurrence: int = 0, type: str = "indirect",
       speaker: Any = "Hezbollah", title: Any = None) -> PredictedQuote:
    """A predicted quote; placed in ``article`` when one is given."""
    start = None
    if article is not None:
        start = -1
        for _ in range(occurrence + 1):
            start = article.index(text, start + 1)
    end = None if start is None else start + len(text)
    return PredictedQuote(text=text, start=start, end=end, type=type, speaker=speaker, title=title)


def gold_file(article: str, quotes: list[GoldQuote], *, status: str = "complete",
              name: str = "a.txt") -> GoldFile:
    return GoldFile(path=Path(f"gold/{Path(name).stem}.yaml"), article=f"seeds/{name}",
                    article_path=Path(f"seeds/{name}"), article_text=article, status=status,
                    notes=None, quotes=tuple(quotes))
