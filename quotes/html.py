"""The article as a self-contained HTML page with its quotes highlighted.

A table of quotes hides what matters when judging an extraction: where each
span starts and ends, which words were taken as cue and speaker, which quotes
share a source.  The page shows the article itself, every quote in its
speaker's colour, with the cue underlined and the speaker mention in bold; a
side panel gives the details of the quote under the pointer and lists the
sources.  With a gold file the gold labels are shown beside the predictions,
paired by the evaluation harness's own rules, with misses and false positives
marked.

Everything (CSS, JS) is inline, so the page can be attached to an issue and
opened offline.  The functions are pure, records in and markup out, so they
are tested without the parser; ``quotes.show`` does the reading and writing.
The harness is imported only for the gold view: plain rendering needs no more
than ``quotes.records``.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quotes.records import Quote, Span

if TYPE_CHECKING:
    from quotes.evaluation.gold import GoldFile, GoldQuote

__all__ = ["Mark", "Shown", "paragraphs", "render_article_html", "render_inline"]

PRED, GOLD = "pred", "gold"
UNATTRIBUTED = "(unattributed)"

# What each gold-mode status means, as the legend and the tooltips say it.
STATUS_LABELS: dict[str, str] = {
    "match": "matches a quote on the other side",
    "wrong-speaker": "matches, but the speakers differ",
    "miss": "miss: no prediction matches this gold quote",
    "false-positive": "false positive: matches no gold quote",
    "optional": "optional gold quote, not predicted (not counted)",
    "unscored": "not scored: the gold file is partial",
}


# --------------------------------------------------------------------------
# The quotes as shown


@dataclass(frozen=True)
class Shown:
    """One quote as the page describes it, from a prediction or a gold label.

    ``source`` is the name it is grouped and coloured under: the speaker as
    labelled, except that a gold speaker matching a predicted one takes the
    predicted name, so the same source has the same colour on both sides.
    """

    side: str
    index: int
    start: int
    end: int
    type: str
    speaker: str | None
    source: str | None
    title: str | None
    kind: str | None
    cue: str | None
    mention: str | None
    status: str | None = None
    pair: int | None = None


def joined(value: str | Sequence[str] | None, separator: str) -> str | None:
    """One label for a speaker or title that may be a list (several sources)."""
    if value is None or isinstance(value, str):
        return value or None
    return separator.join(value) or None


def shown_prediction(quote: Quote, index: int) -> Shown:
    speaker = joined(quote.speaker, " & ")
    return Shown(PRED, index, quote.start, quote.end, quote.type, speaker, speaker, quote.title,
                 quote.kind, quote.cue.text if quote.cue else None,
                 quote.mention.text if quote.mention else None)


def shown_gold(quote: GoldQuote, index: int) -> Shown:
    speaker = joined(quote.speaker, " & ")
    start = quote.start or 0  # always set in a loaded gold file
    return Shown(GOLD, index, start, start + len(quote.text), quote.type, speaker, speaker,
                 joined(quote.title, " / "), quote.kind, quote.cue, quote.mention)


# --------------------------------------------------------------------------
# Colours


def colour_slots(shown: Sequence[Shown]) -> dict[str, int]:
    """A palette slot per source, in order of first appearance in the article.

    Text order makes the colours the same on every rendering of an article,
    and the sources the reader meets first get the most distinct hues.
    """
    slots: dict[str, int] = {}
    for item in sorted(shown, key=lambda s: (s.start, s.side != PRED)):
        if item.source is not None:
            slots.setdefault(item.source, len(slots))
    return slots


def hue(slot: int) -> float:
    """Golden-angle steps round the colour wheel: neighbours in order are far apart."""
    return (210 + slot * 137.508) % 360


def colour_css(slots: dict[str, int]) -> str:
    """One rule per slot setting the background and accent colours it stands for."""
    return "".join(f".s{slot}{{--bg:hsl({hue(slot):.0f} 80% 86%);--fg:hsl({hue(slot):.0f} 65% 34%)}}\n"
                   for slot in sorted(slots.values()))


def colour_class(source: str | None, slots: dict[str, int]) -> str:
    return "s-none" if source is None else f"s{slots[source]}"


# --------------------------------------------------------------------------
# Well-formed markup from overlapping spans


@dataclass(frozen=True)
class Mark:
    """A ``<span>`` to wrap around ``[start, end)`` of the text.

    ``first`` is the opening tag of its first element and ``more`` that of the
    continuation elements it is split into where it crosses another mark or
    a paragraph break.  ``rank`` orders marks of the same extent (lower is
    outer): a quote encloses the cue and mention that coincide with it.
    """

    start: int
    end: int
    rank: int
    first: str
    more: str


CLOSE = "</span>"


def render_inline(text: str, start: int, end: int, marks: Sequence[Mark], opened: set[int]) -> str:
    """The escaped markup of ``text[start:end]`` with ``marks`` as properly nested spans.

    Spans may overlap in any way (a mixed quote holding a report, a mention
    straddling a quote's edge), and HTML tags may not cross.  So the text is
    cut at every mark boundary; for each piece the marks covering it are
    ordered outermost first (earlier start, then longer, then rank), the open
    elements that no longer match that order are closed and the rest opened
    again.  A mark that crosses another's end thus becomes several elements,
    and every element closes inside the one it opened in.  ``opened`` holds
    the indexes of the marks already opened once (shared across paragraphs),
    to tell first elements from continuations.
    """
    inside = [i for i, m in enumerate(marks) if m.start < end and m.end > start and m.start < m.end]
    cuts = sorted({start, end} | {at for i in inside for at in (marks[i].start, marks[i].end) if start < at < end})
    out: list[str] = []
    stack: list[int] = []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted((i for i in inside if marks[i].start <= a and b <= marks[i].end),
                        key=lambda i: (marks[i].start, -marks[i].end, marks[i].rank, i))
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
            keep += 1
        out.append(CLOSE * (len(stack) - keep))
        for i in active[keep:]:
            out.append(marks[i].more if i in opened else marks[i].first)
            opened.add(i)
        out.append(html.escape(text[a:b], quote=False))
        stack = active
    out.append(CLOSE * len(stack))
    return "".join(out)


_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")
_LINE_BREAK = re.compile(r"\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each paragraph, without the breaks and white space around it.

    Articles come both as one paragraph per line and hard-wrapped with blank
    lines between paragraphs: where there is a blank line it is the paragraph
    break (single line breaks are then wrapping), otherwise every line break is.
    """
    breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    ranges, at = [], 0
    for found in breaks.finditer(text):
        ranges.append((at, found.start()))
        at = found.end()
    ranges.append((at, len(text)))
    trimmed = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
               for a, b in ranges]
    return [(a, b) for a, b in trimmed if a < b]


def attrs(**values: str | int | None) -> str:
    """`` name="value"`` pairs, escaped, ``_`` in names written ``-``; ``None`` left out."""
    return "".join(f' {name.replace("_", "-")}="{html.escape(str(value))}"'
                   for name, value in values.items() if value is not None)


# --------------------------------------------------------------------------
# Marks of quotes and their parts


def tooltip(item: Shown) -> str:
    lines = [(item.speaker or "unattributed") + (f", {item.title}" if item.title else ""),
             f"{item.type} quote" + (f" · {item.kind}" if item.kind else "")]
    if item.cue:
        lines.append(f"cue: {item.cue}")
    if item.status:
        lines.append(STATUS_LABELS[item.status])
    return "\n".join(lines)


def quote_mark(item: Shown, slots: dict[str, int]) -> Mark:
    """The highlight of one quote: colour class, status class and the details as data."""
    classes = " ".join(filter(None, [colour_class(item.source, slots), item.status]))
    data = attrs(data_side=item.side, data_index=item.index, data_speaker=item.speaker or UNATTRIBUTED,
                 data_title=item.title, data_kind=item.kind, data_type=item.type, data_cue=item.cue,
                 data_mention=item.mention, data_status=item.status, data_pair=item.pair,
                 title=tooltip(item))
    return Mark(item.start, item.end, 0,
                f'<span class="quote {classes}"{attrs(id=f"{item.side}-{item.index}")}{data}>',
                f'<span class="quote-more {classes}"{data}>')


PART_RANKS: dict[str, int] = {"title-span": 1, "mention": 2, "cue": 3}


def part_marks(quotes: Sequence[Quote]) -> list[Mark]:
    """Cue, speaker mention and title spans of the predictions, each marked once.

    Quotes that share a cue or a mention (a speaker's two sentences after
    one "said") would otherwise nest identical elements; the first quote
    owns the part.
    """
    marks: dict[tuple[str, int, int], Mark] = {}
    for index, quote in enumerate(quotes):
        parts: tuple[tuple[str, Span | None], ...] = (
            ("cue", quote.cue), ("mention", quote.mention), ("title-span", quote.title_span))
        for name, span in parts:
            if span is None or (name, span.start, span.end) in marks:
                continue
            what = {"cue": "cue", "mention": "speaker mention", "title-span": "title"}[name]
            tag = (f'<span class="{name}"{attrs(data_side=PRED, data_index=index)}'
                   f'{attrs(title=f"{what} of quote {index + 1}")}>')
            marks[(name, span.start, span.end)] = Mark(span.start, span.end, PART_RANKS[name], tag, tag)
    return list(marks.values())


def clamped(item: Shown, length: int) -> Shown:
    """``item`` with offsets inside the text: a stale or hand-made record must not break the page."""
    return replace(item, start=max(0, min(item.start, length)), end=max(0, min(item.end, length)))


def render_text(text: str, shown: Sequence[Shown], parts: Sequence[Mark], slots: dict[str, int]) -> str:
    """The article as ``<p>`` elements with the quotes and their parts marked."""
    marks = [quote_mark(clamped(item, len(text)), slots) for item in shown] + list(parts)
    opened: set[int] = set()
    return "\n".join(f"<p>{render_inline(text, a, b, marks, opened)}</p>" for a, b in paragraphs(text))


# --------------------------------------------------------------------------
# Gold beside predictions


def compare_with_gold(gold: GoldFile, quotes: Sequence[Quote]) -> tuple[list[Shown], list[Shown]]:
    """Predictions and gold quotes, each with its status and its pair on the other side.

    Pairing is the scorer's (``quotes eval``): the same lenient one-to-one
    ``pair_spans`` with the same tie-break, so the page shows exactly the
    matches that were counted.  As in the scorer, an unpaired optional gold
    quote is no miss, and a partial gold file scores no misses and no false
    positives.
    """
    from quotes.evaluation.matching import pair_spans, speakers_match
    from quotes.evaluation.metrics import _content_key  # the scorer's tie-break, for identical pairs
    from quotes.evaluation.predictions import PredictedQuote

    predicted = [PredictedQuote.from_quote(q).placed(gold.article_text) for q in quotes]
    pairs = pair_spans(list(gold.quotes), predicted, order=_content_key)
    gold_of = {p.pred: p.gold for p in pairs}
    pred_of = {p.gold: p.pred for p in pairs}
    unpaired = "false-positive" if gold.complete else "unscored"

    preds = []
    for index, quote in enumerate(quotes):
        item = shown_prediction(quote, index)
        if index in gold_of:
            right = speakers_match(gold.quotes[gold_of[index]].speaker, quote.speaker)
            item = replace(item, status="match" if right else "wrong-speaker", pair=gold_of[index])
        preds.append(replace(item, status=item.status or unpaired))

    golds = []
    for index, label in enumerate(gold.quotes):
        item = shown_gold(label, index)
        if index in pred_of:
            pred = preds[pred_of[index]]
            item = replace(item, status=pred.status, pair=pred.index)
        elif label.optional:
            item = replace(item, status="optional")
        else:
            item = replace(item, status="miss" if gold.complete else "unscored")
        candidates = ([preds[pred_of[index]]] if index in pred_of else []) + preds  # its pair first
        source = next((p.source for p in candidates if label.speaker and p.source
                       and speakers_match(label.speaker, quotes[p.index].speaker)), None)
        golds.append(replace(item, source=source or item.speaker))
    return preds, golds


# --------------------------------------------------------------------------
# Side panel


@dataclass(frozen=True)
class Source:
    """One row of the sources list."""

    name: str | None
    title: str | None
    kind: str | None
    predicted: int
    gold: int


def sources(preds: Sequence[Shown], golds: Sequence[Shown]) -> list[Source]:
    """Every source with its quote counts, most quoted first, unattributed last."""
    names = list(dict.fromkeys(item.source for item in [*preds, *golds]))
    rows = []
    for name in names:
        mine = [item for item in [*preds, *golds] if item.source == name]
        rows.append(Source(name, next((i.title for i in mine if i.title), None),
                           next((i.kind for i in mine if i.kind), None),
                           sum(i.side == PRED for i in mine), sum(i.side == GOLD for i in mine)))
    return sorted(rows, key=lambda s: (s.name is None, -(s.predicted + s.gold)))


def sources_html(rows: Sequence[Source], slots: dict[str, int], with_gold: bool) -> str:
    """The sources table; title and kind go under the name to keep it narrow enough for the panel."""
    head = "<th></th><th>Source</th><th>Quotes</th>" + ("<th>Gold</th>" if with_gold else "")
    body = []
    for row in rows:
        about = " · ".join(filter(None, [row.title, row.kind]))
        cells = [f'<td><span class="swatch {colour_class(row.name, slots)}"></span></td>',
                 f"<td>{html.escape(row.name or UNATTRIBUTED)}"
                 + (f'<div class="about">{html.escape(about)}</div>' if about else "") + "</td>",
                 f'<td class="n">{row.predicted}</td>']
        if with_gold:
            cells.append(f'<td class="n">{row.gold}</td>')
        data = attrs(data_source=row.name or UNATTRIBUTED, data_count=row.predicted,
                     data_gold_count=row.gold if with_gold else None)
        body.append(f'<tr class="source"{data}>{"".join(cells)}</tr>')
    return f'<table class="sources"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def errors_html(text: str, preds: Sequence[Shown], golds: Sequence[Shown]) -> str:
    """The misses and false positives as lists linking to their highlights."""
    def listing(heading: str, items: Sequence[Shown], css: str) -> str:
        links = "".join(
            f'<li><a href="#{i.side}-{i.index}"{attrs(data_side=i.side, data_index=i.index)}>'
            f"{html.escape(excerpt(text[i.start:i.end]))}</a></li>" for i in items)
        return f'<h3>{heading} ({len(items)})</h3><ol class="{css}">{links}</ol>'

    return (listing("Misses", [g for g in golds if g.status == "miss"], "misses")
            + listing("False positives", [p for p in preds if p.status == "false-positive"], "false-positives"))


def legend_html(with_gold: bool) -> str:
    rows = ['<li><span class="sample s-none">quote</span> highlighted in its speaker’s colour '
            '(grey: unattributed)</li>',
            '<li><span class="mention">speaker mention</span> in bold, '
            '<span class="cue">cue</span> underlined, <span class="title-span">title</span> in italics</li>']
    if with_gold:
        rows += [f'<li><span class="sample s-none {status}">quote</span> {html.escape(STATUS_LABELS[status])}</li>'
                 for status in ("miss", "false-positive", "wrong-speaker", "optional")]
    return f'<ul class="legend">{"".join(rows)}</ul>'


def summary(preds: Sequence[Shown], golds: Sequence[Shown] | None) -> str:
    if golds is None:
        speakers = len({p.source for p in preds if p.source is not None})
        return f"{counted(len(preds), 'quote')} from {counted(speakers, 'source')}"
    def count(status: str) -> int:
        return sum(p.status == status for p in preds)
    misses = sum(g.status == "miss" for g in golds)
    return (f"{len(preds)} predicted, {len(golds)} gold: {count('match')} matched, "
            f"{count('wrong-speaker')} with the wrong speaker, {misses} missed, "
            f"{count('false-positive')} false positives")


# --------------------------------------------------------------------------
# The page


def view_html(side: str, heading: str, body: str, count: int) -> str:
    return (f'<section class="view" data-side="{side}"><h2>{heading} <small>{counted(count, "quote")}</small></h2>'
            f'<div class="article">{body}</div></section>')


def render_article_html(text: str, quotes: Sequence[Quote], *, title: str = "Article",
                        gold: GoldFile | None = None) -> str:
    """The whole page: the article with ``quotes`` highlighted, and the side panel.

    With ``gold`` (a loaded gold file for the same text) the gold labels are
    shown in a second column, and both sides mark what the scorer counts as
    misses, false positives and wrong speakers.
    """
    if gold is None:
        preds, golds = [shown_prediction(q, i) for i, q in enumerate(quotes)], None
    else:
        if gold.article_text != text:
            raise ValueError(f"{gold.path}: labels another text ({gold.article})")
        preds, golds = compare_with_gold(gold, quotes)
    slots = colour_slots([*preds, *(golds or [])])
    views = view_html(PRED, "Predicted" if golds is not None else "Quotes",
                      render_text(text, preds, part_marks(quotes), slots), len(preds))
    panels = [f'<div class="panel"><h2>Sources</h2>{sources_html(sources(preds, golds or []), slots, golds is not None)}</div>']
    if golds is not None:
        views += view_html(GOLD, "Gold", render_text(text, golds, [], slots), len(golds))
        panels.append(f'<div class="panel errors">{errors_html(text, preds, golds)}</div>')
    panels.append(f'<div class="panel"><h2>Legend</h2>{legend_html(golds is not None)}</div>')
    return PAGE.format(
        title=html.escape(title),
        css=CSS + colour_css(slots),
        mode="compare" if golds is not None else "single",
        summary=html.escape(summary(preds, golds)),
        views=views,
        panels="\n".join(panels),
        script=SCRIPT,
    )


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotes: {title}</title>
<style>
{css}</style>
</head>
<body class="{mode}">
<header><h1>{title}</h1><p class="summary">{summary}</p></header>
<div class="layout">
<main class="views">
{views}
</main>
<aside>
<div class="panel" id="details"><h2>Quote <small class="pin">pinned (click again to release)</small></h2>
<p class="hint">Point at a highlighted quote for its details; click to pin them.</p>
<dl id="details-list"></dl></div>
{panels}
</aside>
</div>
<script>
{script}</script>
</body>
</html>
"""

CSS = """\
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;background:#fff}
header{padding:14px 24px 6px;border-bottom:1px solid #e5e5e5;margin-bottom:16px}
h1{font-size:18px;margin:0;word-break:break-all}
h2{font-size:15px;margin:0 0 8px}
h2 small{font-weight:normal;color:#777}
h3{font-size:14px;margin:10px 0 4px}
.summary{margin:4px 0 8px;color:#555}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:24px;padding:0 24px 24px}
.views{display:grid;gap:28px;align-content:start}
.compare .views{grid-template-columns:1fr 1fr}
.article{font:17px/1.8 Georgia,"Times New Roman",serif}
.compare .article{font-size:15px}
.article p{margin:0 0 .9em}
.quote,.quote-more,.sample{background:var(--bg);box-shadow:inset 0 -2px var(--fg);border-radius:2px;cursor:pointer;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.s-none{--bg:#e4e4e4;--fg:#8a8a8a}
.mention{font-weight:700}
.cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.title-span{font-style:italic}
.miss,.false-positive{outline:2px dashed #c62828;outline-offset:1px}
.wrong-speaker{outline:2px dotted #e65100;outline-offset:1px}
:is(.quote,.sample):is(.miss,.false-positive,.wrong-speaker)::before{font:bold 10px/1 system-ui,sans-serif;
 color:#fff;background:#c62828;border-radius:3px;padding:1px 3px;margin-right:3px;vertical-align:2px}
:is(.quote,.sample).miss::before{content:"MISS"}
:is(.quote,.sample).false-positive::before{content:"FP"}
:is(.quote,.sample).wrong-speaker::before{content:"SPEAKER";background:#e65100}
.optional{outline:1px dashed #999;outline-offset:1px}
:is(.quote,.quote-more).active{outline:2px solid #111;outline-offset:1px}
:is(.cue,.mention,.title-span).active{background:#fff1a8}
aside{position:sticky;top:12px;align-self:start;max-height:calc(100vh - 24px);overflow:auto}
.panel{border:1px solid #ddd;border-radius:6px;padding:10px 12px;margin-bottom:12px;background:#fafafa;font-size:13px}
.pin{display:none}
.pinned .pin{display:inline}
.hint{color:#777;margin:0}
dl{margin:6px 0 0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
dt{color:#777}
dd{margin:0}
.sources{border-collapse:collapse;width:100%}
.sources th{text-align:left;color:#777;font-weight:normal}
.sources td,.sources th{padding:2px 4px;border-bottom:1px solid #eee;vertical-align:top}
.sources .n{text-align:right}
.sources th:nth-child(n+3){text-align:right}
.about{color:#777;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--bg);border:2px solid var(--fg)}
.legend{margin:0;padding-left:16px}
.legend li{margin:4px 0}
.errors ol{margin:0;padding-left:20px}
.errors a{color:#333}
"""

SCRIPT = """\
(() => {
  const all = (selector) => [...document.querySelectorAll(selector)];
  const of = (side, index) => `[data-side="${side}"][data-index="${index}"]`;
  // The counts prove to a headless browser that the page was parsed and this script ran.
  document.body.dataset.quoteCount = all('.quote[data-side="pred"]').length;
  document.body.dataset.goldCount = all('.quote[data-side="gold"]').length;

  const panel = document.getElementById('details');
  const list = document.getElementById('details-list');
  const FIELDS = [['speaker', 'Speaker'], ['title', 'Title'], ['kind', 'Kind'], ['type', 'Type'],
                  ['cue', 'Cue'], ['mention', 'Mention'], ['status', 'Status']];
  let pinned = null;

  function quoteOf(node) {
    const part = node instanceof Element ? node.closest('[data-index]') : null;
    return part ? document.querySelector('.quote' + of(part.dataset.side, part.dataset.index)) : null;
  }

  function show(quote) {
    all('.active').forEach((el) => el.classList.remove('active'));
    list.replaceChildren();
    if (!quote) return;
    const { side, index, pair } = quote.dataset;
    const other = side === 'pred' ? 'gold' : 'pred';
    all(of(side, index)).concat(pair === undefined ? [] : all('.quote' + of(other, pair)))
      .filter((el) => el.closest('.article')).forEach((el) => el.classList.add('active'));
    const text = all(`.quote${of(side, index)}, .quote-more${of(side, index)}`).map((el) => el.textContent).join('');
    const rows = [['Quote', text], ['Side', side === 'pred' ? 'predicted' : 'gold']]
      .concat(FIELDS.map(([key, label]) => [label, quote.dataset[key]]));
    for (const [label, value] of rows) {
      if (value === undefined) continue;
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = label;
      dd.textContent = value;
      list.append(dt, dd);
    }
  }

  document.addEventListener('mouseover', (event) => {
    const quote = quoteOf(event.target);
    if (!pinned && quote) show(quote);
  });
  document.addEventListener('click', (event) => {
    const quote = quoteOf(event.target);
    pinned = quote && quote !== pinned ? quote : null;
    panel.classList.toggle('pinned', pinned !== null);
    show(quote);
  });
})();
"""
