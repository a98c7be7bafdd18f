"""A faster exact decoder for stanza's graph dependency parser.

stanza turns the parser's arc scores into a tree with Chu-Liu-Edmonds
(``chuliu_edmonds_one_root``).  To allow only one word under the root, it first
penalises every root arc so heavily that the greedy choice never takes one.  So
every sentence, however easy, needs cycle contractions, typically one per word
or so, and before each one stanza runs a Tarjan search that calls numpy once per
word.  That made decoding the largest part of the parser's time.

Two changes, neither of which changes the result:

* When each word's best-scoring head already forms a tree with exactly one root
  arc, that tree is the answer: it scores at least as high as any tree, so as
  any single-root tree, and the root penalty adds the same constant to every
  single-root tree, so it cannot change which one is best.  This is checked in
  linear time.
* Otherwise the same contraction algorithm runs, with stanza's own contraction
  and expansion steps, but finds a cycle by walking the head list in plain
  Python, which is an order of magnitude cheaper than the Tarjan search.

The output is the tree stanza's decoder returns, except possibly between trees
of exactly equal score.
"""
from __future__ import annotations

import numpy as np

_installed = False


def greedy_tree(scores: np.ndarray) -> np.ndarray | None:
    """The best head of each word, if together they form a tree with a single
    root arc; else None.

    ``scores[d, h]`` scores ``h`` as the head of ``d``; index 0 is the root, and
    the returned array gives ``tree[d]``, with ``tree[0] == 0``, as stanza's
    decoder does."""
    n = scores.shape[0]
    if n < 2:
        return None
    masked = np.array(scores, dtype=np.float64)  # a copy: the caller's scores stay as they were
    np.fill_diagonal(masked, -np.inf)
    heads = masked[1:].argmax(axis=1)
    if np.count_nonzero(heads == 0) != 1:
        return None
    tree = np.concatenate(([0], heads))
    # a word reaches the root unless a cycle lies on its way; every word found
    # on a path that reached the root is settled, so the walk is linear
    reaches_root = np.zeros(n, dtype=bool)
    reaches_root[0] = True
    for start in range(1, n):
        path = []
        node = start
        while not reaches_root[node]:
            if len(path) >= n:  # more steps than words: the path has entered a cycle
                return None
            path.append(node)
            node = tree[node]
        reaches_root[path] = True
    return tree


def find_cycle(heads: list[int]) -> list[int] | None:
    """The words of one cycle in ``heads`` (``heads[0] == 0`` is the root), or
    None when every word reaches the root."""
    unseen, on_path, settled = 0, 1, 2
    state = [unseen] * len(heads)
    state[0] = settled
    for start in range(1, len(heads)):
        path = []
        node = start
        while state[node] == unseen:
            state[node] = on_path
            path.append(node)
            node = heads[node]
        if state[node] == on_path:
            return path[path.index(node):]
        for visited in path:
            state[visited] = settled
    return None


def maximum_spanning_tree(scores: np.ndarray) -> np.ndarray:
    """Chu-Liu-Edmonds on ``scores`` (modified in place), as stanza's
    ``chuliu_edmonds`` computes it."""
    from stanza.models.common.chuliu_edmonds import (expand_contracted_tree,
                                                    prepare_scores, process_cycle)

    contractions = []
    prepare_scores(scores)
    tree = scores.argmax(axis=1)
    cycle = find_cycle(tree.tolist())
    while cycle is not None:
        in_cycle = np.zeros(len(tree), dtype=bool)
        in_cycle[cycle] = True
        subscores, *contraction = process_cycle(tree, in_cycle, scores)
        contractions.append((tree, contraction))
        scores = subscores
        prepare_scores(scores)
        tree = scores.argmax(axis=1)
        cycle = find_cycle(tree.tolist())
    while contractions:
        outer_tree, contraction = contractions.pop()
        tree = expand_contracted_tree(outer_tree, tree, *contraction)
    return tree


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """The best tree with exactly one root arc, as stanza's
    ``chuliu_edmonds_one_root`` computes it (``scores`` is left unchanged)."""
    tree = greedy_tree(scores)
    if tree is not None:
        return tree
    scores = np.array(scores, dtype=np.float64)
    # stanza's penalty: a root arc costs more than any other choice can gain
    min_score = scores[np.isfinite(scores)].min()
    scores[:, 0] += min_score * scores.shape[0]
    return maximum_spanning_tree(scores)


def install() -> None:
    """Make stanza's graph parser decode with :func:`one_root_tree` (idempotent)."""
    global _installed
    if _installed:
        return
    from stanza.models.depparse import model

    model.chuliu_edmonds_one_root = one_root_tree
    _installed = True
