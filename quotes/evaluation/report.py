"""Rendering of evaluation reports and gold statistics: text, markdown, JSON.

Only presentation lives here; every number comes from ``metrics``.  An
undefined ratio (zero denominator) is shown as ``-`` (``null`` in JSON).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from quotes.records import QUOTE_TYPES

from .gold import ArticleStats
from .metrics import PRF, Accuracy, ArticleScore, ErrorItem, Report, Scores

__all__ = ["FORMATS", "format_table", "render", "render_stats"]

FORMATS: tuple[str, ...] = ("table", "markdown", "json")
_SNIPPET = 120


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _snippet(text: str, limit: int = _SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, (list, tuple)):
        return " | ".join(value)
    return str(value)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], markdown: bool = False) -> str:
    """A plain-text (aligned) or markdown table; numbers are right-aligned."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    numeric = [
        all(_looks_numeric(row[i]) for row in cells[1:]) and len(cells) > 1 for i in range(len(headers))
    ]
    if markdown:
        def escape(cell: str) -> str:
            return cell.replace("|", "\\|")

        lines = ["| " + " | ".join(escape(c) for c in cells[0]) + " |",
                 "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
        lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in cells[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [c.rjust(w) if n else c.ljust(w) for c, w, n in zip(row, widths, numeric)]
        lines.append("  ".join(parts).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _looks_numeric(cell: str) -> bool:
    # "" and "-" (undefined) sit in numeric columns too
    return cell in ("", "-") or cell.replace(".", "", 1).isdigit()


# --------------------------------------------------------------------------
# Evaluation report


def _prf_row(label: str, value: PRF | None) -> list[Any]:
    if value is None:
        return [label, "-", "-", "-", "-", "-", "-"]
    return [label, _num(value.precision), _num(value.recall), _num(value.f1), value.tp, value.fp, value.fn]


def _detection_rows(scores: Scores, markdown: bool = False) -> list[list[Any]]:
    rows = []
    for mode, overall, by_type in (
        ("strict", scores.strict, scores.strict_by_type),
        ("lenient", scores.lenient, scores.lenient_by_type),
    ):
        rows.append(_prf_row(mode, overall))
        for kind in QUOTE_TYPES:
            # markdown collapses leading spaces, so name the mode there
            label = f"{mode} {kind}" if markdown else f"  {kind}"
            rows.append(_prf_row(label, by_type[kind] if by_type else None))
    return rows


def _accuracy(value: Accuracy) -> str:
    return f"{_num(value.value)} ({value.correct}/{value.total})"


def _article_rows(articles: Sequence[ArticleScore]) -> list[list[Any]]:
    rows = []
    for a in articles:
        s = a.scores
        rows.append([
            a.article, a.status, a.gold, a.predicted,
            _num(s.strict.f1 if s.strict else None), _num(s.lenient.f1 if s.lenient else None),
            _accuracy(s.attribution),
            _num(s.end_to_end.precision if s.end_to_end else None),
            _num(s.end_to_end.recall if s.end_to_end else None),
            _num(s.end_to_end.f1 if s.end_to_end else None),
            _accuracy(s.title),
        ])
    return rows


_ARTICLE_HEADERS = ("article", "status", "gold", "pred", "strict F1", "lenient F1",
                    "attribution", "e2e P", "e2e R", "e2e F1", "title")
_PRF_HEADERS = ("detection", "P", "R", "F1", "TP", "FP", "FN")


def _error_line(error: ErrorItem) -> str:
    """One error, with article, position, span and both speakers."""
    g, p = error.gold, error.pred
    where = f"{error.article}: {error.kind} at {error.position}"
    if error.kind == "false negative":
        return f"{where} ({g.type}): “{_snippet(g.text)}” — speaker {_names(g.speaker)}"
    if error.kind == "false positive":
        return f"{where} ({p.type}): “{_snippet(p.text)}” — speaker {_names(p.speaker)}"
    if error.kind == "boundary":
        return f"{where}: gold “{_snippet(g.text)}” / predicted “{_snippet(p.text)}”"
    if error.kind == "wrong type":
        return f"{where}: gold {g.type}, predicted {p.type}: “{_snippet(g.text)}”"
    if error.kind == "wrong speaker":
        return (f"{where}: “{_snippet(g.text)}” — gold {_names(g.speaker)}, "
                f"predicted {_names(p.speaker)}")
    return (f"{where}: “{_snippet(g.text)}” — speaker {_names(g.speaker)}: "
            f"gold title {_names(g.title)}, predicted {_names(p.title)}")


def _summary_lines(report: Report) -> list[str]:
    articles = report.articles
    partial = len(articles) - report.complete_articles
    lines = []
    if report.source:
        lines.append(f"Predictions: {report.source}")
    lines.append(
        f"Gold: {len(articles)} files ({report.complete_articles} complete, {partial} partial), "
        f"{sum(a.gold for a in articles)} quotes ({sum(a.optional for a in articles)} optional); "
        f"{sum(a.predicted for a in articles)} predicted"
    )
    if partial:
        lines.append("Overall figures count complete files only; partial files get no detection "
                     "or end-to-end scores.")
    return lines


def _headline(scores: Scores) -> str:
    e2e = scores.end_to_end or PRF()
    return (f"End-to-end (lenient span + right speaker): P {_num(e2e.precision)}  R {_num(e2e.recall)}  "
            f"F1 {_num(e2e.f1)}  (tp {e2e.tp}, fp {e2e.fp}, fn {e2e.fn})")


def _render_text(report: Report, errors: bool, markdown: bool) -> str:
    s = report.overall
    heading = (lambda t: f"## {t}") if markdown else (lambda t: t)
    out = []
    if markdown:
        out += ["# Quote extraction evaluation", ""]
    out += _summary_lines(report) + [""]
    out += [("**" + _headline(s) + "**") if markdown else _headline(s), ""]
    out += [format_table(_PRF_HEADERS, _detection_rows(s, markdown), markdown), ""]
    out += [f"Attribution accuracy: {_accuracy(s.attribution)} of paired quotes",
            f"Title accuracy: {_accuracy(s.title)} of quotes attributed right with a gold title", ""]
    out += [heading("Per article"), ""] if markdown else ["Per article"]
    out += [format_table(_ARTICLE_HEADERS, _article_rows(report.articles), markdown), ""]
    notes = [f"{a.article}: {a.note}" for a in report.articles if a.note]
    if notes or report.problems:
        out += [heading("Problems")] + ([""] if markdown else [])
        out += [("- " if markdown else "") + line for line in [*report.problems, *notes]] + [""]
    if errors:
        listed = report.errors
        out += [heading(f"Errors ({len(listed)})")] + ([""] if markdown else [])
        out += [("- " if markdown else "") + _error_line(e) for e in listed] or ["(none)"]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render(report: Report, fmt: str = "table", errors: bool = False) -> str:
    """The report as ``table`` (plain text), ``markdown`` or ``json``."""
    if fmt == "json":
        return json.dumps(report.to_dict(errors), indent=2, ensure_ascii=False) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return _render_text(report, errors, markdown=fmt == "markdown")


# --------------------------------------------------------------------------
# Gold statistics


def render_stats(stats: Sequence[ArticleStats], fmt: str = "table") -> str:
    """Counts by article, type and kind, and the speakers of each article."""
    if fmt == "json":
        return json.dumps([s.to_dict() for s in stats], indent=2, ensure_ascii=False) + "\n"
    markdown = fmt == "markdown"
    kinds = sorted({k for s in stats for k in s.kinds})
    headers = ["article", "status", "quotes", "optional", *QUOTE_TYPES, *kinds, "speakers"]
    rows = [[s.article, s.status, s.quotes, s.optional, *(s.types.get(t, 0) for t in QUOTE_TYPES),
             *(s.kinds.get(k, 0) for k in kinds), len(s.speakers)] for s in stats]
    rows.append(["total", "", sum(s.quotes for s in stats), sum(s.optional for s in stats),
                 *(sum(s.types.get(t, 0) for s in stats) for t in QUOTE_TYPES),
                 *(sum(s.kinds.get(k, 0) for s in stats) for k in kinds), ""])
    out = [format_table(headers, rows, markdown), ""]
    for s in stats:
        out.append(f"{'## ' if markdown else ''}Speakers in {s.article}")
        speaker_rows = [[name, count] for name, count in s.speakers.items()]
        out += [format_table(("speaker", "quotes"), speaker_rows, markdown), ""]
    return "\n".join(out).rstrip() + "\n"
