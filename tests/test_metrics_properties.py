"""Properties every scoring must have, on random articles, gold and predictions."""
from __future__ import annotations

import dataclasses
import json

from helpers_eval import gold_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.evaluation import PRF, Example, GoldQuote, PredictedQuote, Report, score
from quotes.records import QUOTE_TYPES

WORDS = ("war", "peace", "talks", "Beirut", "army", "said", "ceasefire", "north", "rockets", "will")
SPEAKERS = ("Israel Katz", "Katz", "Hezbollah", "the Israeli military", "Amal Saad", "Ms. Saad")
TITLES = ("Foreign Minister", "Prime Minister", "U.S. Secretary of State", "spokesman")
TAIL = " Officials declined further comment."  # never inside a gold span

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

names = st.one_of(st.none(), st.sampled_from(SPEAKERS), st.lists(st.sampled_from(SPEAKERS), min_size=1, max_size=2))
titles = st.one_of(st.none(), st.sampled_from(TITLES), st.lists(st.sampled_from(TITLES), min_size=1, max_size=2))


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """An article of random words (plus a fixed tail) and its word offsets."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=25))
    offsets, at = [], 0
    for word in words:
        offsets.append((at, at + len(word)))
        at += len(word) + 1
    return " ".join(words) + "." + TAIL, offsets


@st.composite
def word_spans(draw: st.DrawFn, offsets: list[tuple[int, int]]) -> tuple[int, int]:
    i = draw(st.integers(0, len(offsets) - 1))
    j = draw(st.integers(i + 1, min(len(offsets), i + 8)))
    return offsets[i][0], offsets[j - 1][1]


@st.composite
def gold_and_article(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[GoldQuote]]:
    article, offsets = draw(articles())
    spans = draw(st.lists(word_spans(offsets), min_size=1, max_size=6, unique=True))
    quotes = [
        GoldQuote(text=article[a:b], start=a, end=b, type=draw(st.sampled_from(QUOTE_TYPES)),
                  speaker=draw(names), title=draw(titles), optional=draw(st.integers(0, 3)) == 0)
        for a, b in spans
    ]
    return article, offsets, quotes


@st.composite
def predictions(draw: st.DrawFn, article: str, offsets: list[tuple[int, int]]) -> list[PredictedQuote]:
    preds = []
    for a, b in draw(st.lists(word_spans(offsets), max_size=6)):
        placed = draw(st.booleans())
        preds.append(PredictedQuote(
            text=article[a:b], start=a if placed else None, end=b if placed else None,
            type=draw(st.sampled_from(QUOTE_TYPES)), speaker=draw(names), title=draw(titles)))
    return preds


def first(value: object) -> object:
    return value[0] if isinstance(value, list) else value


def copy_of(quote: GoldQuote) -> PredictedQuote:
    return PredictedQuote(text=quote.text, start=quote.start, end=quote.end, type=quote.type,
                          speaker=first(quote.speaker), title=first(quote.title))


def run(article: str, gold: list[GoldQuote], pred: list[PredictedQuote]) -> Report:
    return score([Example(gold_file(article, gold), tuple(pred))])


def figures(report: Report) -> list[float | None]:
    """Every ratio the report holds, overall and per article."""
    values: list[float | None] = []
    for scores in [report.overall, *(a.scores for a in report.articles)]:
        prfs = [scores.strict, scores.lenient, scores.end_to_end,
                *scores.strict_by_type.values(), *scores.lenient_by_type.values()]
        for prf in prfs:
            values += [prf.precision, prf.recall, prf.f1]
        values += [scores.attribution.value, scores.title.value]
    return values


@SETTINGS
@given(gold_and_article())
def test_predictions_equal_to_gold_score_one_everywhere(case) -> None:
    article, _, gold = case
    report = run(article, gold, [copy_of(q) for q in gold])
    assert all(value == 1.0 for value in figures(report) if value is not None)
    if any(not q.optional for q in gold):
        assert report.headline_f1 == 1.0


@SETTINGS
@given(gold_and_article())
def test_no_predictions_give_recall_zero(case) -> None:
    article, _, gold = case
    overall = run(article, gold, []).overall
    expected = 0.0 if any(not q.optional for q in gold) else None
    assert overall.strict.recall == overall.lenient.recall == overall.end_to_end.recall == expected
    assert overall.lenient.precision is None


@SETTINGS
@given(st.data())
def test_scores_are_always_between_zero_and_one(data: st.DataObject) -> None:
    article, offsets, gold = data.draw(gold_and_article())
    pred = data.draw(predictions(article, offsets))
    assert all(0.0 <= value <= 1.0 for value in figures(run(article, gold, pred)) if value is not None)


def comparable(report: Report) -> tuple[str, list[str]]:
    errors = sorted(json.dumps(e.to_dict(), sort_keys=True) for e in report.errors)
    return json.dumps(report.to_dict(), sort_keys=True), errors


@SETTINGS
@given(st.data())
def test_results_do_not_depend_on_the_order_of_quotes(data: st.DataObject) -> None:
    article, offsets, gold = data.draw(gold_and_article())
    pred = data.draw(predictions(article, offsets))
    # include exact copies with other speakers: the ties pairing must break by content
    pred += [dataclasses.replace(copy_of(q), speaker=data.draw(names)) for q in gold[:2]]
    shuffled_gold = data.draw(st.permutations(gold))
    shuffled_pred = data.draw(st.permutations(pred))
    assert comparable(run(article, gold, pred)) == comparable(run(article, shuffled_gold, shuffled_pred))


@SETTINGS
@given(st.data())
def test_a_prediction_overlapping_nothing_never_raises_precision(data: st.DataObject) -> None:
    article, offsets, gold = data.draw(gold_and_article())
    pred = data.draw(predictions(article, offsets))
    tail = article.index("Officials")
    stray = PredictedQuote(text=article[tail:-1], start=data.draw(st.sampled_from([tail, None])),
                           type="indirect", speaker=data.draw(names))
    before = run(article, gold, pred).overall
    after = run(article, gold, [*pred, stray]).overall
    for old, new in ((before.strict, after.strict), (before.lenient, after.lenient),
                     (before.end_to_end, after.end_to_end)):
        assert isinstance(new, PRF) and new.fp == old.fp + 1
        if old.precision is not None:
            assert new.precision <= old.precision
        assert new.recall == old.recall
