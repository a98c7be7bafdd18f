"""quotes: extract direct, reported and mixed quotes with their speakers from news articles.

    >>> from quotes import extract
    >>> for q in extract(text):
    ...     print(q.speaker, q.title, q.type, q.text)

:class:`Extractor` loads the parser once and is reused; :func:`parse` gives the
stanza parse of a text with the embedded offline models.  Names are imported
lazily so that ``quotes.records`` or the evaluation harness can be used without
loading the extractor.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Extractor": "quotes.extractor",
    "extract": "quotes.extractor",
    "parse": "quotes.pipeline",
    "load_pipeline": "quotes.pipeline",
    "ModelError": "quotes.pipeline",
    "Quote": "quotes.records",
    "Span": "quotes.records",
    "ArticleResult": "quotes.records",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
