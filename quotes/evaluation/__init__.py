"""Evaluation harness: gold files, matching rules, scores and reports.

Scoring is separate from extraction: this package reads gold files and
predictions (``quotes.records`` dicts) and never imports the extractor except
lazily, in the CLI handlers that are asked to run it.

Typical use::

    from quotes.evaluation import Example, load_gold, load_predictions, score, render

    gold = load_gold("gold/000_ef3f80558b5d478c.yaml")
    report = score([Example.from_quotes(gold, extractor.extract(gold.article_text))])
    print(render(report, "table", errors=True))

Rules and formats: docs/evaluation.md, docs/gold-format.md.
"""
from .gold import (
    GoldError,
    GoldFile,
    GoldQuote,
    Problem,
    article_stats,
    check_gold,
    find_gold_files,
    fix_gold,
    init_gold_text,
    load_gold,
    validate_gold,
)
from .metrics import PRF, Accuracy, ArticleScore, ErrorItem, Example, Report, Scores, score, score_example
from .predictions import PredictedQuote, PredictionError, PredictionRecord, load_predictions
from .report import render, render_stats

__all__ = [
    "PRF",
    "Accuracy",
    "ArticleScore",
    "ErrorItem",
    "Example",
    "GoldError",
    "GoldFile",
    "GoldQuote",
    "PredictedQuote",
    "PredictionError",
    "PredictionRecord",
    "Problem",
    "Report",
    "Scores",
    "article_stats",
    "check_gold",
    "find_gold_files",
    "fix_gold",
    "init_gold_text",
    "load_gold",
    "load_predictions",
    "render",
    "render_stats",
    "score",
    "score_example",
    "validate_gold",
]
