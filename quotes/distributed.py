"""Extraction over a Dask bag, on a laptop or a cluster (``pip install "quotes[dask]"``).

Each record is a mapping ``{"id": ..., "text": ..., ...}`` (a JSONL corpus
line, see ``quotes.batch``); each output is the record ``quotes extract
--format jsonl`` writes for it.  Loading the parser takes seconds, so every
worker process builds one :class:`~quotes.extractor.Extractor` per model on
first use and keeps it for all the partitions it runs::

    import dask.bag as db
    from distributed import Client
    from quotes.distributed import extract_bag

    client = Client("scheduler:8786")          # or LocalCluster(...) on one machine
    corpus = db.read_text("corpus/*.jsonl").map(json.loads)
    extract_bag(corpus).map(json.dumps).to_textfiles("out/*.jsonl")

A Dask dataframe with ``id`` and ``text`` columns becomes such a bag with
``df.to_bag(format="dict")``.

Workers should run one thread each (``threads_per_worker=1``, ``nthreads=1``):
the parser uses its own intra-op threads, and one extractor per process is
shared by the threads of a worker.
"""
from __future__ import annotations

import hashlib
import threading
from typing import TYPE_CHECKING, Any

from quotes.batch import ArticleInput, BadInput, article_from_mapping, failed, record_for

if TYPE_CHECKING:
    import dask.bag

    from quotes.extractor import Extractor

_extractors: dict[str | None, "Extractor"] = {}
_lock = threading.Lock()


def worker_extractor(model: str | None = None) -> "Extractor":
    """This process's extractor for ``model``, loaded on first use."""
    with _lock:
        if model not in _extractors:
            from quotes.extractor import Extractor

            _extractors[model] = Extractor(model=model).load()
        return _extractors[model]


def extract_record(record: Any, model: str | None = None, where: str | None = None) -> dict[str, Any]:
    """The output record (``quotes extract --format jsonl``'s) of one input record.

    ``where`` names the record in messages and is its id when it has none;
    by default a record without an id is named after its text's hash, so
    that ids stay distinct and the same on every run.

    A bad record (not a mapping, no string ``text``) gives an error record;
    a failed extraction gives the error in ``error``: a bag never stops on
    one article.  ``ModelError`` (no model on the worker) does stop it.
    """
    item: ArticleInput | BadInput = article_from_mapping(record, where or _default_id(record))
    if isinstance(item, BadInput):
        return failed(item).to_dict()
    result = worker_extractor(model).extract_article(item.text, item.id)
    return record_for(item, result).to_dict()


def _default_id(record: Any) -> str:
    """How a record is named: its id, else its text's hash, else ``record``."""
    if not isinstance(record, dict):
        return "record"
    ident, text = record.get("id"), record.get("text")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and ident != "":
        return str(ident)
    if isinstance(text, str):
        return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return "record"


def extract_bag(bag: "dask.bag.Bag", model: str | None = None) -> "dask.bag.Bag":
    """A bag of output records, one per input record, in the same order."""
    return bag.map(extract_record, model=model)
