"""Extraction rules on hand-written parses: each construction on its own,
independent of the statistical parser's accuracy."""
from __future__ import annotations

import pytest

from conllu_docs import (ACCORDING, APPOSITION, BLINKEN_MIXED, KATZ, KATZ_ADDED, NEGATED,
                         NETANYAHU, VOWED, WRITER_COMMENT, document)
from quotes.extractor import extract_from_document


def only(doc):
    quotes = extract_from_document(doc)
    assert len(quotes) == 1, [q.to_dict() for q in quotes]
    return quotes[0]


def test_direct_quote_with_inverted_cue_and_title():
    q = only(document(KATZ))
    assert (q.type, q.text) == ("direct", "There will be no ceasefire in the north,")
    assert q.speaker == "Israel Katz"
    assert q.title == "Foreign Minister"
    assert q.cue.text == "said"
    assert q.mention.text == "Foreign Minister Israel Katz"
    assert q.kind == "person"


def test_offsets_point_into_the_article():
    doc = document(KATZ, KATZ_ADDED)
    for q in extract_from_document(doc):
        assert doc.text[q.start:q.end] == q.text
        assert doc.text[q.cue.start:q.cue.end] == q.cue.text
        assert doc.text[q.mention.start:q.mention.end] == q.mention.text


def test_pronoun_resolves_to_previous_speaker_and_keeps_title():
    quotes = extract_from_document(document(KATZ, KATZ_ADDED))
    added = quotes[1]
    assert (added.type, added.text) == ("indirect", "Israel would fight on")
    assert added.mention.text == "He"
    assert added.speaker == "Israel Katz"
    assert added.title == "Foreign Minister"


def test_reported_speech_span_is_the_clause_without_final_punctuation():
    q = only(document(NETANYAHU))
    assert (q.type, q.text, q.speaker) == ("indirect", "he had not yet given his response", "Netanyahu")


def test_clause_with_quoted_fragment_is_mixed():
    q = only(document(BLINKEN_MIXED))
    assert q.type == "mixed"
    assert q.text == "Israel has “effectively lost” sovereignty near its border"
    assert q.speaker == "Blinken"


def test_according_to_gives_the_clause_and_an_organization():
    q = only(document(ACCORDING))
    assert (q.text, q.cue.text) == ("The strike killed 12 people", "according to")
    assert q.speaker == "health ministry"
    assert q.kind == "organization"


def test_negated_speech_and_embedded_questions_are_not_quotes():
    assert extract_from_document(document(NEGATED)) == []


def test_infinitival_complement_starts_after_to():
    q = only(document(VOWED))
    assert q.text == "press ahead with the fight"
    assert q.cue.text == "vowed"


def test_apposition_gives_the_title():
    q = only(document(APPOSITION))
    assert q.speaker == "Amal Saad"
    assert q.title == "lecturer at Cardiff University"


def test_writers_comment_after_the_clause_is_cut():
    q = only(document(WRITER_COMMENT))
    assert q.text == "its jets struck the port"
