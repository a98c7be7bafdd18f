"""``quotes show``: one article's quotes as an HTML page (renderer: ``quotes.html``).

This is the glue between the command line and the pure renderer: it checks
the gold file before the parser is loaded (a wrong path should fail in a
second, not after the model loads), runs the extractor, and turns every
failure a user can cause into a :class:`ShowError` with a one-line message
naming the file.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quotes.html import render_article_html

if TYPE_CHECKING:
    from quotes.evaluation.gold import GoldFile


class ShowError(Exception):
    """An input or output that stops ``quotes show``; the message is one line."""


def load_gold_for(path: str, text: str, article: str) -> GoldFile:
    """The gold file at ``path``, checked to label exactly the text of ``article``.

    A broken file can have many problems; the first is reported with the
    command that lists them all, to keep the error to one line.
    """
    from quotes.evaluation.gold import GoldError, load_gold

    try:
        gold = load_gold(path)
    except GoldError as exc:
        more = len(exc.problems) - 1
        hint = f" (and {more} more: run `quotes gold check {path}`)" if more else ""
        raise ShowError(f"{exc.problems[0]}{hint}") from None
    if gold.article_text != text:
        raise ShowError(f"{path}: labels {gold.article}, whose text differs from {article}")
    return gold


def show_page(text: str, name: str, *, gold_path: str | None = None, model: str | None = None) -> str:
    """The HTML page of the article ``text`` (called ``name``), extracted with ``model``.

    A parser model that cannot load raises ``ModelError``, which the command
    line reports with its own exit status.
    """
    from quotes.extractor import Extractor

    gold = load_gold_for(gold_path, text, name) if gold_path else None
    extractor = Extractor(model=model).load()
    result = extractor.extract_article(text, name)
    if result.error:
        raise ShowError(f"{name}: {result.error}")
    return render_article_html(text, result.quotes, title=name, gold=gold)


def write_page(page: str, output: str | None) -> None:
    """Write to ``output``, or to standard output when it is ``None`` or ``-``."""
    if output is None or output == "-":
        sys.stdout.write(page)
        return
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ShowError(f"{output}: cannot write: {exc.strerror or exc}") from None
