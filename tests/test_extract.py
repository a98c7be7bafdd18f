"""End-to-end extraction with the embedded parser, one construction per test,
on sentences written for the tests (not taken from the seed articles)."""
from __future__ import annotations

import pytest

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS

pytestmark = [
    pytest.mark.parser,
    pytest.mark.skipif(not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
                       reason="embedded models not trained yet"),
]


@pytest.fixture(scope="module")
def extract():
    from quotes import Extractor

    extractor = Extractor()
    return extractor.extract


def find(quotes, fragment):
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


# --- direct quotes -------------------------------------------------------------------

def test_quote_then_inverted_cue(extract):
    quotes = extract("“The bridge will reopen next month,” said Mayor Laura Chen.")
    q = find(quotes, "bridge will reopen")
    assert (q.type, q.speaker, q.title) == ("direct", "Laura Chen", "Mayor")
    assert q.text == "The bridge will reopen next month,"


def test_cue_then_colon_quote(extract):
    quotes = extract("The farmer told the BBC: “We lost everything in the flood.”")
    q = find(quotes, "We lost everything")
    assert q.type == "direct"
    assert q.speaker == "farmer"
    assert q.kind == "unnamed"


def test_quote_broken_by_its_attribution_gives_two_quotes_one_speaker(extract):
    quotes = extract("“We are ready,” the coach said, “and we will win the final.”")
    first, second = find(quotes, "We are ready"), find(quotes, "we will win")
    assert first.type == second.type == "direct"
    assert first.speaker == second.speaker == "coach"


def test_paragraph_continuing_a_quote_keeps_the_speaker(extract):
    text = ("“Prices will fall this winter,” Energy Minister Paul Dubois said.\n\n"
            "“Households should see lower bills by January.”")
    quotes = extract(text)
    assert find(quotes, "Households should see").speaker == "Paul Dubois"


def test_apostrophes_do_not_open_quotes(extract):
    quotes = extract("The company’s chief executive said the firm’s profits rose in the ’90s.")
    assert [q.type for q in quotes] == ["indirect"]


def test_scare_quotes_and_nicknames_are_not_quotes(extract):
    quotes = extract("The rebel known as “the Falcon” was seen near the so-called “green zone” on Monday.")
    assert quotes == []


# --- reported speech -----------------------------------------------------------------

def test_said_that_clause(extract):
    q = find(extract("The company said that sales had doubled in March."), "sales")
    assert (q.type, q.text, q.speaker) == ("indirect", "sales had doubled in March", "company")
    assert q.cue.text == "said"


def test_told_reporters_without_that(extract):
    q = find(extract("Senator Ruth Adams told reporters the bill would pass easily."), "bill")
    assert (q.text, q.speaker, q.title) == ("the bill would pass easily", "Ruth Adams", "Senator")


def test_according_to(extract):
    q = find(extract("Three people were injured in the blast, according to local police."), "injured")
    assert q.text == "Three people were injured in the blast"
    assert q.speaker == "local police"
    assert q.cue.text == "according to"


def test_participle_cue_takes_the_main_subject(extract):
    quotes = extract("The union rejected the offer, stating that wages were too low.")
    q = find(quotes, "wages")
    assert (q.text, q.speaker) == ("wages were too low", "union")


def test_vowed_to_starts_after_to(extract):
    q = find(extract("The governor vowed to rebuild every damaged school."), "rebuild")
    assert q.text == "rebuild every damaged school"
    assert q.speaker == "governor"


def test_nested_reports_are_labelled_at_each_level(extract):
    quotes = extract("The envoy noted that the rebels had said they would release the hostages.")
    outer = find(quotes, "rebels had said")
    inner = [q for q in quotes if q.text.startswith("they would release")]
    assert outer.speaker == "envoy"
    assert inner and inner[0].speaker == "rebels"


def test_negated_speech_is_not_a_quote(extract):
    assert extract("The minister did not say when the border would reopen.") == []


def test_reporters_question_is_not_a_quote(extract):
    quotes = extract("Asked whether the plant would close, Ms. Novak told Reuters it would stay open.")
    assert [q.text for q in quotes] == ["it would stay open"]


def test_expressed_hope_that(extract):
    q = find(extract("President Elena Varga expressed hope that the talks would resume soon."), "talks")
    assert (q.text, q.speaker, q.title) == ("the talks would resume soon", "Elena Varga", "President")


def test_mixed_quote(extract):
    q = find(extract("The judge said the evidence was “deeply troubling” for the defence."), "evidence")
    assert q.type == "mixed"
    assert q.text == "the evidence was “deeply troubling” for the defence"


# --- who said it ---------------------------------------------------------------------

def test_surname_and_pronoun_resolve_to_the_full_name(extract):
    text = ("Interior Minister Tomas Berg said the curfew would end on Friday. "
            "Berg said police would stay on the streets. He added that schools would reopen.")
    quotes = extract(text)
    assert {q.speaker for q in quotes} == {"Tomas Berg"}
    assert all(q.title == "Interior Minister" for q in quotes)


def test_honorific_is_dropped_from_the_speaker(extract):
    text = "Sarah Okafor, an economist at Lagos University, spoke on Monday. Ms. Okafor said inflation had peaked."
    q = find(extract(text), "inflation")
    assert q.speaker == "Sarah Okafor"
    assert q.title == "economist at Lagos University"


def test_possessive_role_without_a_name(extract):
    q = find(extract("The club’s manager said the team needed new players."), "team needed")
    assert q.speaker == "club’s manager"
    assert q.title == "manager"


def test_coordinated_speakers_give_a_list(extract):
    q = find(extract("Smith and Jones said the deal was fair."), "deal")
    assert q.speaker == ["Smith", "Jones"]


def test_organization_kind(extract):
    q = find(extract("The health ministry said 40 people had been treated."), "treated")
    assert q.kind == "organization"
    assert q.speaker == "health ministry"


def test_the_group_refers_back_to_the_named_organization(extract):
    quotes = extract("The Nordic Union said it would vote against the bill. The group said the plan was unfair.")
    assert find(quotes, "plan was unfair").speaker == "Nordic Union"


def test_sentence_final_inverted_speaker(extract):
    q = find(extract("Two rockets hit an empty field near the town, said the Turkish army."), "rockets hit")
    assert (q.speaker, q.kind) == ("Turkish army", "organization")


def test_headline_without_full_stop_is_not_merged_with_the_next_line(extract):
    from quotes import Extractor

    text = "Minister says talks will resume next week\nThe minister said the talks collapsed in June after a row."
    headline, body = Extractor().parse(text).sentences
    assert text[headline.start:headline.end] == "Minister says talks will resume next week"
    # the body's report stands alone; the headline, which the gold never labels, gives none
    assert [q.text for q in extract(text)] == ["the talks collapsed in June after a row"]
