"""Pairing of quotation marks."""
from __future__ import annotations

from hypothesis import given, strategies as st

from quotes.quotemarks import find_nested_passages, find_quoted_passages


def contents(text):
    return [text[p.start:p.end] for p in find_quoted_passages(text)]


def test_curly_straight_single_and_guillemets():
    text = "He said “one,” then \"two\" and ‘three’ and «four»."
    assert contents(text) == ["one,", "two", "three", "four"]


def test_apostrophes_are_not_quote_marks():
    text = "Israel’s army said the ’80s were over and officials’ plans don't change."
    assert contents(text) == []


def test_single_quotes_inside_double_quotes_are_one_quote():
    text = "“They called it ‘a disaster’ yesterday,” she said."
    assert contents(text) == ["They called it ‘a disaster’ yesterday,"]


def test_double_quotes_inside_single_quotes_are_one_quote():
    # British style: the inner double pair must not end the outer single one
    text = "‘The gaffer said, “Never let one result tell you who you are,”’ he said. ‘Fine.’"
    assert contents(text) == ["The gaffer said, “Never let one result tell you who you are,”", "Fine."]


def test_quotes_within_quotes_are_the_nested_passages():
    text = "‘He said, “Go,” and left,’ she said. “They called it ‘a disaster’,” he added. ‘Fine.’"
    assert [text[p.start:p.end] for p in find_nested_passages(text)] == ["Go,", "a disaster"]


def test_quote_over_several_paragraphs_is_one_passage():
    text = "“First paragraph of the quote.\n\n“Second paragraph ends it.” He left."
    assert contents(text) == ["First paragraph of the quote.\n\n“Second paragraph ends it."]


def test_unbalanced_mark_does_not_swallow_the_article():
    text = "“An opening mark never closed.\n\nA new paragraph says “hello” here."
    assert contents(text) == ["hello"]


def test_plural_possessive_inside_single_quotes_does_not_close_them():
    text = "She said pupils were ‘paying for adults’ failure to agree’. Doors stay ‘shut’."
    assert contents(text) == ["paying for adults’ failure to agree", "shut"]


def test_plural_possessive_with_no_later_closer_still_closes():
    text = "He called it ‘a win for the workers’ in a statement."
    assert contents(text) == ["a win for the workers"]


def test_broken_quote_gives_two_passages():
    text = "“A,” he said, “B.”"
    assert contents(text) == ["A,", "B."]


QUOTEISH = st.text(alphabet=st.sampled_from(list("ab ,.\n“”‘’\"'«»")), max_size=60)


@given(st.one_of(st.text(max_size=80), QUOTEISH))
def test_passages_are_ordered_disjoint_and_inside_the_text(text):
    passages = find_quoted_passages(text)
    previous_close = -1
    for p in passages:
        assert 0 <= p.open < p.start <= p.end == p.close < len(text)
        assert p.open > previous_close
        previous_close = p.close


@given(st.one_of(st.text(max_size=80), QUOTEISH))
def test_nested_passages_lie_inside_an_outermost_one(text):
    outermost = find_quoted_passages(text)
    for p in find_nested_passages(text):
        assert any(o.open < p.open and p.close < o.close for o in outermost)
