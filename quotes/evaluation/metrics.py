"""Scores: gold and predictions paired explicitly, then counted.

Modelled on spaCy's ``Scorer``: an :class:`Example` holds the reference (a
:class:`~quotes.evaluation.gold.GoldFile`) and the predictions for the same
article; :func:`score_example` pairs them once (``matching.pair_spans``) and
derives every figure from that one alignment; :func:`score` sums counts over
articles (micro-average).  Nothing here runs the extractor or reads files.

Conventions (docs/evaluation.md):

* A ratio with a zero denominator is ``None`` ("undefined"), never 0 or 1,
  so an article without mixed quotes does not drag the mixed-quote F1 down
  or up.  F1 is ``2tp / (2tp + fp + fn)``: 0 when nothing is right.
* A prediction paired with an ``optional`` gold quote counts neither way; an
  unpaired optional quote is not a false negative.
* ``status: partial`` files only label some quotes.  Their unpaired gold
  quotes are not false negatives and their unpaired predictions are not false
  positives (the prediction may be a quote nobody labelled yet), so they get
  no detection or end-to-end scores at all and are left out of the overall
  figures.  Their per-article attribution and title accuracy, which only
  look at paired quotes, are still reported.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.records import QUOTE_TYPES, Quote

from .gold import GoldFile, GoldQuote
from .matching import Pair, is_strict_match, pair_spans, speakers_match, titles_match
from .predictions import PredictedQuote

__all__ = [
    "PRF",
    "Accuracy",
    "ArticleScore",
    "ErrorItem",
    "Example",
    "Report",
    "Scores",
    "score",
    "score_example",
]

ERROR_KINDS: tuple[str, ...] = (
    "false negative", "false positive", "boundary", "wrong type", "wrong speaker", "wrong title",
)


# --------------------------------------------------------------------------
# Counts


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Accuracy:
    """Right out of total, for the conditional measures (attribution, title)."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class Scores:
    """Every figure of one article or of a set of articles.

    The detection and end-to-end fields are ``None`` for a partial file.
    """

    strict: PRF | None
    lenient: PRF | None
    strict_by_type: dict[str, PRF] | None
    lenient_by_type: dict[str, PRF] | None
    attribution: Accuracy
    end_to_end: PRF | None
    title: Accuracy

    @classmethod
    def total(cls, parts: Iterable["Scores"]) -> "Scores":
        """Micro-average: sum the counts of the parts that have them."""
        parts = [p for p in parts if p.lenient is not None]
        return cls(
            strict=sum((p.strict for p in parts), PRF()),
            lenient=sum((p.lenient for p in parts), PRF()),
            strict_by_type={t: sum((p.strict_by_type[t] for p in parts), PRF()) for t in QUOTE_TYPES},
            lenient_by_type={t: sum((p.lenient_by_type[t] for p in parts), PRF()) for t in QUOTE_TYPES},
            attribution=sum((p.attribution for p in parts), Accuracy()),
            end_to_end=sum((p.end_to_end for p in parts), PRF()),
            title=sum((p.title for p in parts), Accuracy()),
        )

    def to_dict(self) -> dict[str, Any]:
        def prf(value: PRF | None) -> dict[str, Any] | None:
            return None if value is None else value.to_dict()

        def by_type(value: dict[str, PRF] | None) -> dict[str, Any] | None:
            return None if value is None else {t: v.to_dict() for t, v in value.items()}

        return {
            "end_to_end": prf(self.end_to_end),
            "detection": {
                "strict": prf(self.strict),
                "lenient": prf(self.lenient),
                "strict_by_type": by_type(self.strict_by_type),
                "lenient_by_type": by_type(self.lenient_by_type),
            },
            "attribution": self.attribution.to_dict(),
            "title": self.title.to_dict(),
        }


@dataclass(frozen=True)
class ErrorItem:
    """One scoring error, with both sides so it can be inspected."""

    kind: str  # one of ERROR_KINDS
    article: str
    gold: GoldQuote | None = None
    pred: PredictedQuote | None = None

    @property
    def position(self) -> int:
        quote = self.gold or self.pred
        return -1 if quote is None or quote.start is None else quote.start

    def to_dict(self) -> dict[str, Any]:
        def side(quote: GoldQuote | PredictedQuote | None) -> dict[str, Any] | None:
            if quote is None:
                return None
            speaker = list(quote.speaker) if isinstance(quote.speaker, tuple) else quote.speaker
            title = list(quote.title) if isinstance(quote.title, tuple) else quote.title
            return {"text": quote.text, "start": quote.start, "end": quote.end, "type": quote.type,
                    "speaker": speaker, "title": title}

        return {"kind": self.kind, "article": self.article, "gold": side(self.gold), "pred": side(self.pred)}


@dataclass(frozen=True)
class ArticleScore:
    """The scores of one gold file against its predictions."""

    file: str
    article: str
    status: str
    gold: int  # gold quotes, optional ones included
    optional: int
    predicted: int
    scores: Scores
    errors: tuple[ErrorItem, ...] = ()
    note: str | None = None  # e.g. the extractor's error for this article

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file, "article": self.article, "status": self.status,
            "gold": self.gold, "optional": self.optional, "predicted": self.predicted,
            "note": self.note, **self.scores.to_dict(),
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


@dataclass(frozen=True)
class Report:
    """The overall (micro-averaged) scores, the per-article scores and input problems."""

    overall: Scores
    articles: tuple[ArticleScore, ...]
    problems: tuple[str, ...] = ()
    source: str = ""  # where the predictions came from

    @property
    def complete_articles(self) -> int:
        return sum(a.status == "complete" for a in self.articles)

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for a in self.articles for e in a.errors]

    @property
    def headline_f1(self) -> float | None:
        """End-to-end F1 over the complete files: the figure ``--fail-under`` checks."""
        return self.overall.end_to_end.f1 if self.overall.end_to_end else None

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        return {
            "source": self.source,
            "files": len(self.articles),
            "complete_files": self.complete_articles,
            "overall": self.overall.to_dict(),
            "articles": [a.to_dict(errors) for a in self.articles],
            "problems": list(self.problems),
        }


# --------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class Example:
    """A gold file and the predictions for its article, paired explicitly."""

    gold: GoldFile
    predicted: tuple[PredictedQuote, ...] = ()
    note: str | None = None

    @classmethod
    def from_quotes(cls, gold: GoldFile, quotes: Iterable[Quote], note: str | None = None) -> "Example":
        """From the extractor's own records."""
        return cls(gold, tuple(PredictedQuote.from_quote(q) for q in quotes), note)


def _content_key(quote: GoldQuote | PredictedQuote) -> str:
    # A key of everything that is scored, so tie-breaks in pairing depend on
    # what the quotes say and not on the order they are listed in.
    return json.dumps(quote.to_dict(), sort_keys=True, default=str, ensure_ascii=False)


def _detection(
    gold: Sequence[GoldQuote], pred: Sequence[PredictedQuote], pairs: Sequence[Pair]
) -> tuple[PRF, dict[str, PRF]]:
    """Overall and per-type counts of one pairing.

    Per type, a pair counts as a true positive only when both sides have that
    type: a direct quote predicted as indirect is a false negative for
    ``direct`` and a false positive for ``indirect``.
    """
    pred_of = {p.gold: p.pred for p in pairs}
    gold_of = {p.pred: p.gold for p in pairs}
    counted = [i for i, g in enumerate(gold) if not g.optional]
    tp = sum(i in pred_of for i in counted)
    overall = PRF(tp=tp, fp=len(pred) - len(gold_of), fn=len(counted) - tp)

    by_type = {}
    for kind in QUOTE_TYPES:
        tp_t = sum(i in pred_of and gold[i].type == kind and pred[pred_of[i]].type == kind for i in counted)
        gold_t = sum(gold[i].type == kind for i in counted)
        pred_t = sum(
            p.type == kind and not (j in gold_of and gold[gold_of[j]].optional) for j, p in enumerate(pred)
        )
        by_type[kind] = PRF(tp=tp_t, fp=pred_t - tp_t, fn=gold_t - tp_t)
    return overall, by_type


def score_example(example: Example) -> ArticleScore:
    """Pair the gold and predicted quotes of one article and count."""
    gold_file = example.gold
    article_text = gold_file.article_text
    gold = list(gold_file.quotes)
    pred = [p.placed(article_text) for p in example.predicted]
    complete = gold_file.complete
    lenient_pairs = pair_spans(gold, pred, order=_content_key)
    strict_pairs = pair_spans(gold, pred, strict=True, order=_content_key)
    strict, strict_by_type = _detection(gold, pred, strict_pairs)
    lenient, lenient_by_type = _detection(gold, pred, lenient_pairs)

    name = gold_file.article
    errors: list[ErrorItem] = []
    attributed = titled = title_right = 0
    counted_pairs = [(gold[p.gold], pred[p.pred]) for p in lenient_pairs if not gold[p.gold].optional]
    for g, p in counted_pairs:
        if not is_strict_match(g, p):
            errors.append(ErrorItem("boundary", name, g, p))
        if p.type != g.type:
            errors.append(ErrorItem("wrong type", name, g, p))
        if not speakers_match(g.speaker, p.speaker):
            errors.append(ErrorItem("wrong speaker", name, g, p))
            continue
        attributed += 1
        if g.title is None:
            continue
        titled += 1
        if titles_match(g.title, p.title):
            title_right += 1
        else:
            errors.append(ErrorItem("wrong title", name, g, p))

    if complete:
        paired_gold = {p.gold for p in lenient_pairs}
        paired_pred = {p.pred for p in lenient_pairs}
        errors += [ErrorItem("false negative", name, g, None)
                   for i, g in enumerate(gold) if i not in paired_gold and not g.optional]
        errors += [ErrorItem("false positive", name, None, p)
                   for j, p in enumerate(pred) if j not in paired_pred]
    end_to_end = PRF(tp=attributed, fp=lenient.tp + lenient.fp - attributed,
                     fn=lenient.tp + lenient.fn - attributed)

    scores = Scores(
        strict=strict if complete else None,
        lenient=lenient if complete else None,
        strict_by_type=strict_by_type if complete else None,
        lenient_by_type=lenient_by_type if complete else None,
        attribution=Accuracy(attributed, len(counted_pairs)),
        end_to_end=end_to_end if complete else None,
        title=Accuracy(title_right, titled),
    )
    errors.sort(key=lambda e: (e.position, ERROR_KINDS.index(e.kind)))
    return ArticleScore(
        file=str(gold_file.path),
        article=name,
        status=gold_file.status,
        gold=len(gold),
        optional=sum(q.optional for q in gold),
        predicted=len(pred),
        scores=scores,
        errors=tuple(errors),
        note=example.note,
    )


def score(examples: Iterable[Example], *, problems: Sequence[str] = (), source: str = "") -> Report:
    """Score every example; overall figures are micro-averaged over complete files."""
    articles = tuple(score_example(e) for e in examples)
    overall = Scores.total(a.scores for a in articles if a.status == "complete")
    return Report(overall=overall, articles=articles, problems=tuple(problems), source=source)
