"""Human-readable renderings of extraction results."""
from __future__ import annotations

import textwrap

from quotes.records import ArticleResult

EXCERPT = 70


def _speaker(value) -> str:
    if value is None:
        return "?"
    return " & ".join(value) if isinstance(value, list) else value


def render_table(result: ArticleResult) -> str:
    """One block per article: a row per quote with speaker, title, type and excerpt."""
    header = f"== {result.article}"
    if result.error:
        return f"{header}\n   error: {result.error}\n"
    if not result.quotes:
        return f"{header}\n   (no quotes)\n"
    rows = [("SPEAKER", "TITLE", "TYPE", "QUOTE")]
    for q in result.quotes:
        rows.append((_speaker(q.speaker), q.title or "", q.type,
                     textwrap.shorten(q.text.replace("\n", " "), EXCERPT, placeholder=" …")))
    widths = [min(max(len(r[i]) for r in rows), cap) for i, cap in enumerate((28, 26, 8, EXCERPT))]
    lines = [header]
    for r in rows:
        cells = [textwrap.shorten(r[i], widths[i], placeholder="…").ljust(widths[i]) if i < 3 else r[i]
                 for i in range(4)]
        lines.append("   " + "  ".join(cells).rstrip())
    lines.append(f"   {len(result.quotes)} quotes\n")
    return "\n".join(lines)
