"""The matching rules of GOLD_GUIDELINES.md, "How the harness matches", one by one."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from quotes.evaluation.matching import (
    is_lenient_match,
    is_strict_match,
    normalize_name,
    normalize_span,
    overlap_ratio,
    pair_spans,
    speaker_matches,
    speakers_match,
    title_matches,
    titles_match,
    token_overlap,
)


@dataclass(frozen=True)
class S:
    """A bare span: what the matching functions need of a quote."""

    text: str
    start: int | None = None


def at(article: str, text: str, occurrence: int = 0) -> S:
    """``text`` placed at its n-th occurrence in ``article``."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.index(text, start + 1)
    return S(text, start)


# --------------------------------------------------------------------------
# Span normalisation

@pytest.mark.parametrize(
    "raw, trimmed",
    [
        ("“There will be no ceasefire in the north,”", "There will be no ceasefire in the north"),
        ('  "We will fight."  ', "We will fight"),
        ("‘quoted’", "quoted"),
        ("« guillemets »", "guillemets"),
        ("'straight single'", "straight single"),
        ("Israel has “effectively lost” sovereignty.", "Israel has “effectively lost” sovereignty"),
        ("(aside) — ", "aside"),
        ("…", ""),
    ],
)
def test_normalize_span_trims_edges_only(raw: str, trimmed: str) -> None:
    assert normalize_span(raw) == trimmed


def test_strict_match_ignores_marks_and_edge_punctuation() -> None:
    article = "“We will not stop,” she said."
    gold = at(article, "We will not stop,")
    assert is_strict_match(gold, at(article, "“We will not stop,”"))
    assert is_strict_match(gold, S("We will not stop"))  # no offset: text alone decides


def test_strict_match_needs_the_same_place() -> None:
    article = "He said no. Later he said no again: no."
    first, second = at(article, "no", 0), at(article, "no", 1)
    assert not is_strict_match(first, second)
    assert is_strict_match(first, S("no"))


def test_strict_match_rejects_a_different_span() -> None:
    article = "She said the talks would resume on Monday."
    assert not is_strict_match(at(article, "the talks would resume on Monday"),
                               at(article, "the talks would resume"))


# --------------------------------------------------------------------------
# Lenient match: at least half of the longer span's tokens

ARTICLE = "The minister said that one two three four five six seven eight nine ten were counted."


def test_lenient_exactly_half_matches() -> None:
    gold = at(ARTICLE, "one two three four")
    pred = at(ARTICLE, "three four five six")  # shares 2 of 4
    assert token_overlap(gold, pred) == 2
    assert is_lenient_match(gold, pred)
    assert overlap_ratio(gold, pred) == 0.5


def test_lenient_just_under_half_does_not_match() -> None:
    gold = at(ARTICLE, "one two three four five")
    pred = at(ARTICLE, "four five six seven")  # shares 2 of 5
    assert token_overlap(gold, pred) == 2
    assert not is_lenient_match(gold, pred)


def test_lenient_threshold_uses_the_longer_span() -> None:
    gold = at(ARTICLE, "three four")
    assert is_lenient_match(gold, at(ARTICLE, "two three four five"))  # 2 of 4
    assert not is_lenient_match(gold, at(ARTICLE, "two three four five six"))  # 2 of 5
    assert is_lenient_match(at(ARTICLE, "two three four five"), gold)  # symmetric


def test_lenient_overlap_is_positional() -> None:
    article = "He said we will win. Then she said we will win too."
    first, second = at(article, "we will win", 0), at(article, "we will win", 1)
    assert token_overlap(first, second) == 0
    assert not is_lenient_match(first, second)


def test_lenient_without_offsets_compares_words() -> None:
    assert token_overlap(S("We Will win it"), S("we will lose it")) == 3
    assert is_lenient_match(S("we will win"), S("“We will lose,”"))


def test_spans_without_words_match_only_strictly() -> None:
    assert not is_lenient_match(S("—", 3), S("…", 9))
    assert is_lenient_match(S("—", 3), S("—", 3))


def test_punctuation_is_not_a_token() -> None:
    article = "He said: yes, no, maybe."
    assert token_overlap(at(article, "yes, no, maybe"), at(article, "yes, no")) == 2


# --------------------------------------------------------------------------
# One-to-one pairing, best overlap first

PAIR_ARTICLE = "a b c d e f g h i j k l m n o p"


def test_pairing_gives_each_gold_at_most_one_prediction() -> None:
    gold = [at(PAIR_ARTICLE, "a b c d")]
    pred = [at(PAIR_ARTICLE, "b c d e"), at(PAIR_ARTICLE, "a b c d"), at(PAIR_ARTICLE, "c d")]
    pairs = pair_spans(gold, pred)
    assert [(p.gold, p.pred, p.strict) for p in pairs] == [(0, 1, True)]


def test_pairing_gives_each_prediction_at_most_one_gold() -> None:
    gold = [at(PAIR_ARTICLE, "a b c d"), at(PAIR_ARTICLE, "c d e f")]
    pred = [at(PAIR_ARTICLE, "b c d e")]  # 3/4 with both: the tie goes to the earlier span
    assert [(p.gold, p.pred) for p in pair_spans(gold, pred)] == [(0, 0)]


def test_pairing_is_best_first_not_first_come() -> None:
    # X overlaps A a little and B fully; Y overlaps A fully. Greedy by list
    # order would give A to X and leave B unpaired.
    gold = [at(PAIR_ARTICLE, "a b c d e f"), at(PAIR_ARTICLE, "e f g h")]
    pred = [at(PAIR_ARTICLE, "d e f g h"), at(PAIR_ARTICLE, "a b c d e f")]
    pairs = {(p.gold, p.pred) for p in pair_spans(gold, pred)}
    assert pairs == {(0, 1), (1, 0)}


def test_pairing_prefers_the_exact_copy_among_equivalent_spans() -> None:
    article = "“We will win,” he said."
    gold = [at(article, "We will win,"), at(article, "“We will win,”")]
    pred = [at(article, "“We will win,”"), at(article, "We will win,")]
    assert {(p.gold, p.pred) for p in pair_spans(gold, pred)} == {(0, 1), (1, 0)}


def test_strict_pairing_ignores_lenient_candidates() -> None:
    gold = [at(PAIR_ARTICLE, "a b c d")]
    assert pair_spans(gold, [at(PAIR_ARTICLE, "a b c")], strict=True) == []
    assert len(pair_spans(gold, [at(PAIR_ARTICLE, "a b c")])) == 1


def test_pairing_ties_do_not_depend_on_list_order() -> None:
    gold = [at(PAIR_ARTICLE, "c d e f")]
    left, right = at(PAIR_ARTICLE, "b c d e"), at(PAIR_ARTICLE, "d e f g")  # both 3/4
    first = pair_spans(gold, [left, right])
    second = pair_spans(gold, [right, left])
    assert [left, right][first[0].pred] == [right, left][second[0].pred]


# --------------------------------------------------------------------------
# Speakers

@pytest.mark.parametrize(
    "gold, pred",
    [
        ("Benjamin Netanyahu", "Netanyahu"),
        ("Benjamin Netanyahu", "benjamin netanyahu"),
        ("Israeli military", "the Israeli military"),
        ("Israeli military", "The Israeli Military"),
        ("Amal Saad", "Ms. Saad"),
        ("Amal Saad", "Ms Amal Saad"),
        ("Amal Saad", "Saad"),
        ("Yoav Gallant", "Dr. Gallant"),
        ("Galant’s office", "Galant's office"),
        ("Galant’s office", "Galant office"),
        ("Israel’s army chief", "Israel army chief"),
        ("U.S. State Department", "US State Department"),
        ("woman", "one woman"),
        ("Al-Manar TV", "Al Manar TV"),
        ("Nabih Berri", "Nabíh Berri"),
    ],
)
def test_speaker_matches(gold: str, pred: str) -> None:
    assert speaker_matches(gold, pred)
    assert speaker_matches(pred, gold)


@pytest.mark.parametrize(
    "gold, pred",
    [
        ("Benjamin Netanyahu", "Yahu"),  # a suffix of a word, not a whole word
        ("Benjamin Netanyahu", "Benjamin"),  # a prefix, not a suffix
        ("Israel Katz", "Katz Israel"),
        ("Hezbollah", "Hamas"),
        ("Lebanese health ministry", "Israeli health ministry"),
        ("Amal Saad", "Ms."),  # nothing left after normalisation
    ],
)
def test_speaker_does_not_match(gold: str, pred: str) -> None:
    assert not speaker_matches(gold, pred)


def test_normalize_name_steps() -> None:
    assert normalize_name("  The Israeli military's  ") == "israeli military"
    assert normalize_name("Mr. O’Brien") == "obrien"
    assert normalize_name("Ministry of the Interior") == "ministry of interior"
    assert normalize_name("one woman") == "woman"


def test_speaker_lists_any_one_is_right() -> None:
    gold = ["Antony Blinken", "Lloyd Austin"]
    assert speakers_match(gold, "Austin")
    assert speakers_match(gold, "Blinken")
    assert not speakers_match(gold, "Netanyahu")
    assert speakers_match("Antony Blinken", ["Hezbollah", "Blinken"])  # a predicted list


def test_null_speakers() -> None:
    assert speakers_match(None, None)  # unattributed and predicted as such
    assert not speakers_match(None, "Hezbollah")
    assert not speakers_match("Hezbollah", None)
    assert not speakers_match([], "Hezbollah")


# --------------------------------------------------------------------------
# Titles

@pytest.mark.parametrize(
    "gold, pred",
    [
        ("U.S. Secretary of State", "Secretary of State"),
        ("Secretary of State", "U.S. Secretary of State"),
        ("Foreign Minister", "foreign minister"),
        ("Hezbollah leader", "the Hezbollah leader"),
        ("spokesman", "military spokesman"),
    ],
)
def test_title_matches(gold: str, pred: str) -> None:
    assert title_matches(gold, pred)


@pytest.mark.parametrize(
    "gold, pred",
    [
        ("Foreign Minister", "Prime Minister"),
        ("Prime Minister", "Foreign Minister"),
        ("lecturer at Cardiff University", "professor"),
        ("Foreign Minister", "the"),  # normalises to nothing: no subset match
    ],
)
def test_title_does_not_match(gold: str, pred: str) -> None:
    assert not title_matches(gold, pred)


def test_title_lists_and_nulls() -> None:
    gold = ["Air Force Commander", "Major General"]
    assert titles_match(gold, "Major General")
    assert titles_match(gold, "commander")
    assert not titles_match(gold, "Prime Minister")
    assert not titles_match(gold, None)
    assert not titles_match(None, "Foreign Minister")
