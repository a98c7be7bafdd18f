"""The parser's tree decoder must return what stanza's own decoder returns."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from quotes.tree_decoding import find_cycle, greedy_tree, one_root_tree


def _score_matrices(max_words: int = 25):
    # the parser's scores are log-probabilities: stanza's root penalty relies on
    # them being negative
    return st.integers(2, max_words + 1).flatmap(
        lambda n: arrays(np.float64, (n, n), elements=st.floats(-30, -1e-3)))


def _tree_score(scores: np.ndarray, tree: np.ndarray) -> float:
    return float(sum(scores[dependent, head] for dependent, head in enumerate(tree) if dependent))


def _is_single_root_tree(tree: np.ndarray) -> bool:
    heads = tree.tolist()
    return heads[0] == 0 and heads[1:].count(0) == 1 and find_cycle(heads) is None


@settings(max_examples=200, deadline=None)
@given(_score_matrices())
def test_a_best_single_root_tree_as_stanzas_decoder_finds(scores):
    # with ties (or differences below float precision) two exact decoders may
    # pick different trees of the same score, so the scores are compared here
    # and the trees themselves below
    tree = one_root_tree(scores)
    assert _is_single_root_tree(tree)
    expected = _tree_score(scores, chuliu_edmonds_one_root(scores))
    assert _tree_score(scores, tree) == pytest.approx(expected, abs=1e-6)


def test_the_same_trees_as_stanzas_decoder():
    # random scores are the hard case: cycles everywhere, many contractions
    rng = np.random.default_rng(7)
    for n in [*range(2, 40), 80, 150]:
        for scale in (0.5, 4.0):
            scores = rng.normal(size=(n, n)) * scale
            assert one_root_tree(scores).tolist() == chuliu_edmonds_one_root(scores).tolist(), (n, scale)


@settings(max_examples=100, deadline=None)
@given(_score_matrices())
def test_the_scores_are_left_unchanged(scores):
    before = scores.copy()
    one_root_tree(scores)
    assert np.array_equal(scores, before)


def test_the_greedy_tree_is_taken_when_it_is_already_a_single_root_tree():
    # "They said it": said (2) under the root, they (1) and it (3) under said
    scores = np.full((4, 4), -5.0)
    scores[1, 2] = scores[2, 0] = scores[3, 2] = 0.0
    assert greedy_tree(scores).tolist() == [0, 2, 0, 2]


@pytest.mark.parametrize("best_heads, why", [
    ([0, 2, 1, 2], "1 and 2 head each other"),
    ([0, 0, 0, 2], "two words under the root"),
    ([0, 2, 3, 1], "a three-word cycle"),
])
def test_the_greedy_tree_is_refused_when_it_is_not_a_single_root_tree(best_heads, why):
    n = len(best_heads)
    scores = np.full((n, n), -5.0)
    for dependent, head in enumerate(best_heads[1:], start=1):
        scores[dependent, head] = 0.0
    assert greedy_tree(scores) is None, why
    assert _is_single_root_tree(one_root_tree(scores))


def test_find_cycle_names_the_words_of_the_cycle():
    assert sorted(find_cycle([0, 0, 3, 4, 2])) == [2, 3, 4]
    assert find_cycle([0, 0, 1, 1, 3]) is None
