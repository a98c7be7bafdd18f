"""Light stand-ins for the extractor in batch tests.

They live in their own module (no pytest, no model) so that the spawned
worker processes of ``run_batch(..., jobs=2)`` can import them quickly.
"""
from __future__ import annotations

import multiprocessing
import os
import re

from quotes.batch import ExtractFn
from quotes.pipeline import ModelError
from quotes.records import ArticleResult, Quote


def fake_extract(text: str, name: str) -> ArticleResult:
    """One direct "quote" per word ``said``; ``BOOM`` raises; ``CRASH`` kills a
    worker process (and only raises in the main process, which must live)."""
    if "CRASH" in text:
        if multiprocessing.parent_process() is not None:
            os._exit(3)
        raise RuntimeError("would have crashed")
    if "BOOM" in text:
        raise ValueError("boom")
    quotes = [Quote(text=m.group(), start=m.start(), end=m.end(), type="direct")
              for m in re.finditer(r"said", text)]
    return ArticleResult(article=name, quotes=quotes)


def make_fake() -> ExtractFn:
    return fake_extract


def make_missing_model() -> ExtractFn:
    raise ModelError("no model 'nope': models/nope does not exist")


def make_broken() -> ExtractFn:
    raise OSError("disk on fire")
