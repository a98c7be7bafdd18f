"""quotes: extract direct, reported and mixed quotes with their speakers from news articles.

    >>> from quotes import extract
    >>> for q in extract(text):
    ...     print(q.speaker, q.title, q.type, q.text)

:class:`Extractor` loads the parser once and is reused; :func:`parse` gives the
stanza parse of a text with the embedded offline models.
"""
from quotes.extractor import Extractor, extract
from quotes.pipeline import ModelError, load_pipeline, parse
from quotes.records import ArticleResult, Quote, Span

__all__ = ["Extractor", "extract", "parse", "load_pipeline", "ModelError", "Quote", "Span", "ArticleResult"]
__version__ = "0.1.0"
