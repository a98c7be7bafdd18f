"""Scoring with hand-written predictions: what each rule counts, and reports."""
from __future__ import annotations

import json

import pytest
from helpers_eval import gold_file, gq, pq

from quotes.evaluation import (
    PRF,
    Accuracy,
    ArticleScore,
    Example,
    GoldQuote,
    PredictedQuote,
    render,
    score,
    score_example,
)
from quotes.records import Quote, Span

ARTICLE = (
    "“There will be no ceasefire in the north,” Foreign Minister Israel Katz said. "
    "The Israeli military said it struck 20 targets overnight. "
    "Hezbollah said it fired rockets at a base in northern Israel. "
    "Prime Minister Benjamin Netanyahu said the campaign would go on until residents return home."
)


def katz() -> GoldQuote:
    return gq(ARTICLE, "There will be no ceasefire in the north,", type="direct",
              speaker="Israel Katz", title="Foreign Minister")


def military() -> GoldQuote:
    return gq(ARTICLE, "it struck 20 targets overnight", speaker="Israeli military")


def hezbollah() -> GoldQuote:
    return gq(ARTICLE, "it fired rockets at a base in northern Israel", speaker="Hezbollah")


def netanyahu(**kw: object) -> GoldQuote:
    return gq(ARTICLE, "the campaign would go on until residents return home",
              speaker="Benjamin Netanyahu", title=["Prime Minister", "Israeli Prime Minister"], **kw)


def copy(gold: GoldQuote, **changes: object) -> PredictedQuote:
    """A prediction identical to a gold quote, with some fields changed."""
    fields = {"type": gold.type, "speaker": gold.speaker, "title": gold.title}
    fields.update(changes)
    return pq(ARTICLE, gold.text, **fields)


def run(gold: list[GoldQuote], pred: list[PredictedQuote], status: str = "complete") -> ArticleScore:
    return score_example(Example(gold_file(ARTICLE, gold, status=status), tuple(pred)))


# --------------------------------------------------------------------------
# Counting


def test_prf_and_accuracy_conventions() -> None:
    assert PRF().precision is None and PRF().recall is None and PRF().f1 is None
    assert PRF(tp=0, fp=3).precision == 0.0 and PRF(tp=0, fp=3).f1 == 0.0
    assert PRF(tp=0, fn=2).precision is None and PRF(tp=0, fn=2).recall == 0.0
    assert PRF(tp=3, fp=1, fn=2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    assert Accuracy().value is None and (Accuracy(1, 2) + Accuracy(2, 2)).value == 0.75


def test_exact_predictions_score_one() -> None:
    gold = [katz(), military(), hezbollah(), netanyahu()]
    s = run(gold, [copy(g) for g in gold]).scores
    assert s.strict == s.lenient == s.end_to_end == PRF(tp=4)
    assert s.attribution == Accuracy(4, 4) and s.title == Accuracy(2, 2)


def test_boundary_difference_is_lenient_not_strict() -> None:
    gold = [military()]
    s = run(gold, [pq(ARTICLE, "it struck 20 targets", speaker="Israeli military")]).scores  # 4 of 5
    assert s.strict == PRF(tp=0, fp=1, fn=1)
    assert s.lenient == PRF(tp=1)
    assert s.end_to_end == PRF(tp=1)


def test_marks_and_edge_punctuation_do_not_count() -> None:
    s = run([katz()], [pq(ARTICLE, "“There will be no ceasefire in the north", type="direct",
                         speaker="Katz", title="Foreign Minister")]).scores
    assert s.strict == PRF(tp=1)


def test_competing_predictions_one_pairs_the_other_is_a_false_positive() -> None:
    gold = [military()]
    pred = [pq(ARTICLE, "it struck 20 targets"), pq(ARTICLE, "it struck 20 targets overnight")]
    result = run(gold, pred)
    assert result.scores.lenient == PRF(tp=1, fp=1)
    (fp,) = [e for e in result.errors if e.kind == "false positive"]
    assert fp.pred.text == "it struck 20 targets"


def test_missed_and_spurious_quotes() -> None:
    result = run([katz(), military()], [copy(katz()), pq(ARTICLE, "Hezbollah said it fired rockets")])
    assert result.scores.lenient == PRF(tp=1, fp=1, fn=1)
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["false negative", "false positive"]


# --------------------------------------------------------------------------
# Optional quotes


def test_paired_optional_quote_counts_neither_way() -> None:
    gold = [katz(), netanyahu(optional=True)]
    s = run(gold, [copy(katz()), copy(netanyahu(), speaker="Hezbollah")]).scores
    assert s.lenient == s.strict == s.end_to_end == PRF(tp=1)
    assert s.attribution == Accuracy(1, 1)  # the optional pair's wrong speaker is not counted


def test_missed_optional_quote_is_not_a_false_negative() -> None:
    result = run([katz(), netanyahu(optional=True)], [copy(katz())])
    assert result.scores.lenient == PRF(tp=1)
    assert not result.errors


def test_all_optional_article_has_undefined_scores() -> None:
    s = run([netanyahu(optional=True)], []).scores
    assert s.lenient == PRF() and s.lenient.f1 is None


# --------------------------------------------------------------------------
# Per type


def test_type_confusion_counts_in_the_per_type_scores_only() -> None:
    result = run([katz(), military()], [copy(katz(), type="indirect"), copy(military())])
    s = result.scores
    assert s.lenient == PRF(tp=2)
    assert s.lenient_by_type["direct"] == PRF(tp=0, fp=0, fn=1)
    assert s.lenient_by_type["indirect"] == PRF(tp=1, fp=1, fn=0)
    assert s.lenient_by_type["mixed"] == PRF()
    assert [e.kind for e in result.errors] == ["wrong type"]


# --------------------------------------------------------------------------
# Attribution, end to end, titles


def test_wrong_speaker_is_detected_but_not_right_end_to_end() -> None:
    gold = [katz(), military()]
    result = run(gold, [copy(katz()), copy(military(), speaker="Hezbollah")])
    s = result.scores
    assert s.lenient == PRF(tp=2)
    assert s.attribution == Accuracy(1, 2)
    assert s.end_to_end == PRF(tp=1, fp=1, fn=1)
    (error,) = result.errors
    assert (error.kind, error.gold.speaker, error.pred.speaker) == ("wrong speaker", "Israeli military", "Hezbollah")


@pytest.mark.parametrize("pred_speaker, right", [
    ("Netanyahu", True), ("Benjamin Netanyahu", True), ("Mr. Netanyahu", True), ("Yahu", False),
])
def test_speaker_suffix_rule_end_to_end(pred_speaker: str, right: bool) -> None:
    s = run([netanyahu()], [copy(netanyahu(), speaker=pred_speaker)]).scores
    assert s.end_to_end == (PRF(tp=1) if right else PRF(tp=0, fp=1, fn=1))


def test_normalised_organisation_speaker() -> None:
    s = run([military()], [copy(military(), speaker="the Israeli military")]).scores
    assert s.attribution == Accuracy(1, 1)


def test_list_speaker_any_one_is_right() -> None:
    gold = [gq(ARTICLE, "it fired rockets at a base in northern Israel", speaker=["Hezbollah", "Iran"])]
    assert run(gold, [pq(ARTICLE, gold[0].text, speaker="Iran")]).scores.attribution == Accuracy(1, 1)
    assert run(gold, [pq(ARTICLE, gold[0].text, speaker="Hamas")]).scores.attribution == Accuracy(0, 1)


def test_title_accuracy_counts_right_speakers_with_a_gold_title() -> None:
    gold = [katz(), military(), netanyahu(), hezbollah()]
    pred = [
        copy(katz(), title="Prime Minister"),  # wrong title
        copy(military(), title="army"),  # gold title null: not counted
        copy(netanyahu(), title="Israeli Prime Minister"),  # right (one of the list)
        copy(hezbollah(), speaker="Hamas", title="x"),  # wrong speaker: title not counted
    ]
    result = run(gold, pred)
    assert result.scores.title == Accuracy(1, 2)
    assert sorted(e.kind for e in result.errors) == ["wrong speaker", "wrong title"]


def test_title_word_subset_rule() -> None:
    blinken = gq(ARTICLE, "There will be no ceasefire in the north,", type="direct",
                 speaker="Antony Blinken", title="U.S. Secretary of State")
    ok = run([blinken], [copy(blinken, title="Secretary of State")]).scores.title
    assert ok == Accuracy(1, 1)
    pm = gq(ARTICLE, "There will be no ceasefire in the north,", type="direct",
            speaker="Israel Katz", title="Foreign Minister")
    assert run([pm], [copy(pm, title="Prime Minister")]).scores.title == Accuracy(0, 1)


# --------------------------------------------------------------------------
# Partial files and micro-averaging


def test_partial_file_has_no_recall_and_no_false_positives() -> None:
    gold = [katz(), military()]  # labelled so far; hezbollah/netanyahu not yet
    pred = [copy(katz()), copy(hezbollah()), copy(netanyahu(), speaker="Hezbollah")]
    result = run(gold, pred, status="partial")
    s = result.scores
    assert s.lenient is None and s.strict is None and s.end_to_end is None
    assert s.attribution == Accuracy(1, 1) and s.title == Accuracy(1, 1)
    assert not [e for e in result.errors if e.kind in ("false positive", "false negative")]


def test_overall_scores_are_micro_averaged_over_complete_files_only() -> None:
    complete_a = Example(gold_file(ARTICLE, [katz(), military()], name="a.txt"),
                         (copy(katz()), copy(military())))
    complete_b = Example(gold_file(ARTICLE, [katz(), military(), hezbollah(), netanyahu()], name="b.txt"),
                         (copy(katz()),))
    partial = Example(gold_file(ARTICLE, [katz()], status="partial", name="c.txt"),
                      (copy(katz()), copy(hezbollah())))
    report = score([complete_a, complete_b, partial])
    assert report.overall.lenient == PRF(tp=3, fp=0, fn=3)  # summed counts, partial left out
    assert report.overall.end_to_end.f1 == pytest.approx(2 * 3 / (2 * 3 + 3))
    assert report.headline_f1 == report.overall.end_to_end.f1
    assert [a.status for a in report.articles] == ["complete", "complete", "partial"]
    assert report.complete_articles == 2


def test_no_complete_files_gives_undefined_headline() -> None:
    report = score([Example(gold_file(ARTICLE, [katz()], status="partial"), ())])
    assert report.headline_f1 is None


# --------------------------------------------------------------------------
# Predictions


def test_missing_start_is_placed_at_the_first_occurrence() -> None:
    article = "“No,” he said. Later: “No,” she said."
    gold = [gq(article, "No,", type="direct", speaker=None),
            gq(article, "No,", occurrence=1, type="direct", speaker=None)]
    pred = [pq(None, "No,", type="direct", speaker=None)]
    result = score_example(Example(gold_file(article, gold), tuple(pred)))
    assert result.scores.strict == PRF(tp=1, fn=1)
    (fn,) = [e for e in result.errors if e.kind == "false negative"]
    assert fn.gold.start == gold[1].start


def test_wrong_predicted_start_is_relocated_to_the_nearest_occurrence() -> None:
    article = "“No,” he said. Later: “No,” she said."
    gold = [gq(article, "No,", occurrence=1, type="direct", speaker=None)]
    pred = [pq(None, "No,", type="direct", speaker=None)]
    pred = [type(pred[0])(**{**pred[0].__dict__, "start": gold[0].start + 2})]
    assert score_example(Example(gold_file(article, gold), tuple(pred))).scores.strict == PRF(tp=1)


def test_prediction_not_in_the_article_is_matched_on_words() -> None:
    pred = [pq(None, "it struck twenty targets overnight", speaker="Israeli military")]
    assert run([military()], pred).scores.lenient == PRF(tp=1)


def test_example_from_extractor_quotes() -> None:
    start = ARTICLE.index("it struck 20 targets overnight")
    quote = Quote(text="it struck 20 targets overnight", start=start, end=start + 30, type="indirect",
                  cue=Span(start - 5, start - 1, "said"), speaker="Israeli military")
    example = Example.from_quotes(gold_file(ARTICLE, [military()]), [quote])
    assert score_example(example).scores.end_to_end == PRF(tp=1)


# --------------------------------------------------------------------------
# Reports


def test_report_renders_in_every_format() -> None:
    report = score([Example(gold_file(ARTICLE, [katz(), military()]),
                            (copy(katz(), speaker="Hezbollah"), pq(ARTICLE, "Hezbollah said")))],
                   source="hand-written")
    data = json.loads(render(report, "json", errors=True))
    assert data["overall"]["end_to_end"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 2, "fn": 2}
    assert data["overall"]["detection"]["lenient_by_type"]["mixed"]["f1"] is None
    kinds = sorted(e["kind"] for e in data["articles"][0]["errors"])
    assert kinds == ["false negative", "false positive", "wrong speaker"]
    assert "errors" not in json.loads(render(report, "json"))["articles"][0]

    table = render(report, "table", errors=True)
    assert "End-to-end (lenient span + right speaker): P 0.000  R 0.000  F1 0.000" in table
    assert "seeds/a.txt: wrong speaker at 1: “There will be no ceasefire in the north,” — gold Israel Katz, " \
           "predicted Hezbollah" in table
    assert "seeds/a.txt: false negative at" in table and "seeds/a.txt: false positive at" in table
    assert "Errors" not in render(report, "table")

    markdown = render(report, "markdown", errors=True)
    assert "| article | status |" in markdown and "## Errors (3)" in markdown
