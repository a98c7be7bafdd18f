"""The embedded parser: offline loading, a known parse, accuracy, clear errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS, paragraph_breaks_at_newlines

UD_DEV = Path(__file__).resolve().parents[2] / "shared" / "ud" / "en_ewt-ud-dev.conllu"
HAS_MODELS = all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS)
needs_models = pytest.mark.skipif(not HAS_MODELS, reason="embedded models not trained yet")

OFFLINE_PARSE = r"""
import socket

def refuse(*args, **kwargs):
    raise OSError("network access attempted in an offline test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from quotes import parse
doc = parse("The minister said the talks had failed.")
words = {w.text: w for w in doc.sentences[0].words}
said, minister, failed = words["said"], words["minister"], words["failed"]
print(said.deprel, minister.deprel, words[str(doc.sentences[0].words[minister.head - 1].text)].text,
      failed.deprel, doc.sentences[0].words[failed.head - 1].text, said.lemma)
"""


@needs_models
def test_default_pipeline_loads_and_parses_with_the_network_blocked():
    result = subprocess.run([sys.executable, "-c", OFFLINE_PARSE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["root", "nsubj", "said", "ccomp", "said", "say"]


def test_missing_model_is_a_clear_error_not_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "quotes", "parse", "-", "--model", str(tmp_path / "nope")],
                            input="Hello.", capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nope" in result.stderr and "does not exist" in result.stderr


def test_official_model_missing_is_a_clear_error(tmp_path, monkeypatch):
    env = {"STANZA_RESOURCES_DIR": str(tmp_path), "QUOTES_MODEL": "stanza", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "quotes", "parse", "-"], input="Hello.",
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "stanza.download('en')" in result.stderr


@needs_models
def test_parse_command_prints_conllu_from_stdin():
    result = subprocess.run([sys.executable, "-m", "quotes", "parse", "-", "--format", "conllu"],
                            input="Katz said the war would go on.", capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = [l.split("\t") for l in result.stdout.splitlines() if l and not l.startswith("#")]
    assert [r[1] for r in rows][:3] == ["Katz", "said", "the"]
    assert all(len(r) == 10 for r in rows)


def _dev_sentences(limit: int):
    sentences = []
    for block in UD_DEV.read_text(encoding="utf-8").split("\n\n"):
        rows = [l.split("\t") for l in block.splitlines() if l and not l.startswith("#")]
        rows = [r for r in rows if r[0].isdigit()]
        if rows and 5 <= len(rows) <= 40:
            sentences.append(rows)
        if len(sentences) == limit:
            break
    return sentences


@needs_models
@pytest.mark.skipif(not UD_DEV.is_file(), reason="UD English EWT dev not found in ../shared/ud")
def test_accuracy_on_ewt_dev_sample_with_gold_tokens():
    """A regression guard, not the model card's figure (see eval/parser_benchmark.py)."""
    from quotes.pipeline import load_pipeline

    gold = _dev_sentences(150)
    doc = load_pipeline(pretokenized=True)([[r[1] for r in s] for s in gold])
    total = upos = uas = las = 0
    for rows, sentence in zip(gold, doc.sentences):
        for r, w in zip(rows, sentence.words):
            total += 1
            upos += r[3] == w.upos
            uas += int(r[6]) == w.head
            las += int(r[6]) == w.head and r[7].split(":")[0] == w.deprel.split(":")[0]
    assert upos / total > 0.90
    assert las / total > 0.70


@pytest.mark.parametrize("text, expected", [
    ("Headline with no full stop\nThe minister said it.\nA second paragraph.", True),
    ("One paragraph.\n\nAnother paragraph after a blank line.", False),
    ("A hard-wrapped paragraph runs on\nfrom one line to the next, and the\nlines go on in lower case.", False),
    ("No line break at all.", False),
])
def test_line_breaks_end_paragraphs_unless_the_text_is_hard_wrapped(text, expected):
    assert paragraph_breaks_at_newlines(text) is expected


@needs_models
def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own():
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "Minister says talks will resume\nThe talks failed on Monday, officials said."
    doc = parse_bounded(load_pipeline(), text)
    assert [s.tokens[0].text for s in doc.sentences] == ["Minister", "The"]
    assert doc.sentences[1].tokens[-1].end_char == len(text)


@needs_models
def test_sentences_end_only_at_final_punctuation_or_a_paragraph():
    """A tokenizer boundary where the text plainly runs on is dropped; blank
    lines always end a sentence; the words and offsets stay the same."""
    from quotes.pipeline import _runs_on, load_pipeline, parse_bounded

    assert not _runs_on("wrong.”", "”", "He") and not _runs_on("?", "?", "Then")
    assert _runs_on("James", "James", "Holt") and _runs_on("Monday", "Monday", "and")
    assert not _runs_on("service", "service", "Thanks")  # web text without full stops
    assert _runs_on("Sen.", "Sen.", "Dale") and not _runs_on("Senate.", "Senate.", "Dale")  # a title before a name
    text = ("Transport Secretary James Holt urged both sides to return to the table. He said so.\n\n"
            "A heading\n\nThe last paragraph ends here.\n\n"
            "“This line will be finished,” said state Sen. Dale Furman, whose district includes a pump station.")
    doc = parse_bounded(load_pipeline(), text)
    firsts = [s.tokens[0].text for s in doc.sentences]
    assert firsts == ["Transport", "He", "A", "The", "“"]
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


def test_building_without_optimizers_restores_stanzas_functions_even_on_error():
    from stanza.models.common import utils

    from quotes.pipeline import _no_optimizers

    before = utils.get_optimizer, utils.get_split_optimizer
    with pytest.raises(RuntimeError), _no_optimizers():
        assert utils.get_optimizer("adam", None) is None
        assert utils.get_split_optimizer("adam", None) == {}
        raise RuntimeError("a processor failed to load")
    assert (utils.get_optimizer, utils.get_split_optimizer) == before


def test_curly_single_quotes_are_tokens_of_their_own_and_keep_their_characters():
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "He had been ‘desperate’ to repay the manager’s faith."
    doc = parse_bounded(load_pipeline(), text)
    words = [w.text for s in doc.sentences for w in s.words]
    assert words[3:6] == ["‘", "desperate", "’"]
    assert "’s" in words
    assert doc.text == text and doc.sentences[0].text == text
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


@needs_models
def test_an_opening_single_quote_before_a_one_letter_word_is_a_token_of_its_own():
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "‘A win is a win,’ one whip said. ‘I think so,’ he said. ‘I’m fine,’ she said."
    doc = parse_bounded(load_pipeline(), text)
    assert [[w.text for w in s.words][:3] for s in doc.sentences] == [["‘", "A", "win"], ["‘", "I", "think"],
                                                                      ["‘", "I", "’m"]]
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


@needs_models
def test_a_closing_single_quote_before_a_lower_case_word_is_no_possessive():
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "The union, whose ‘Bring Them Home’ campaign began in 2019, said the players’ union agreed."
    doc = parse_bounded(load_pipeline(), text)
    words = [w.text for s in doc.sentences for w in s.words]
    assert words[4:9] == ["‘", "Bring", "Them", "Home", "’"]
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


@needs_models
def test_an_apostrophe_after_a_plural_before_a_capital_ends_no_sentence():
    from quotes.pipeline import _runs_on, load_pipeline, parse_bounded

    assert _runs_on("Travellers", "’", "Forum") and not _runs_on("said.", "’", "Then")
    text = "The Harlston Travellers’ Forum described the decision as ‘a tax on people’."
    assert len(parse_bounded(load_pipeline(), text).sentences) == 1


@needs_models
def test_a_dateline_runs_on_into_the_stories_first_sentence():
    from quotes.pipeline import _is_dateline, load_pipeline, parse_bounded

    assert _is_dateline(["KIRKWALL", "-"]) and _is_dateline(["NEW", "YORK", "—"]) and not _is_dateline(["It", "-"])
    text = "KIRKWALL - The operator of the only ferry link said on Monday that high winds were to blame."
    assert len(parse_bounded(load_pipeline(), text).sentences) == 1


@needs_models
def test_a_word_written_without_an_apostrophe_is_not_split_as_a_contraction():
    """The tokenizer learnt from web text that "Its" may be "It's"; news text
    writes contractions with an apostrophe (or as "cannot")."""
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "Its shares fell. It’s over, he said. You cannot go. I don`t know."
    doc = parse_bounded(load_pipeline(), text)
    words = [[w.text for w in s.words] for s in doc.sentences]
    assert words[0][:2] == ["Its", "shares"]
    assert words[1][:2] == ["It", "’s"] and words[2][1:3] == ["can", "not"]
    assert words[3][1:3] == ["do", "n`t"]  # a backtick for an apostrophe still marks one
    assert [w.id for w in doc.sentences[0].words] == list(range(1, len(words[0]) + 1))
    its = doc.sentences[0].words[0]
    assert (its.start_char, its.end_char, its.head) == (0, 3, 2)


@needs_models
def test_an_opening_quotation_mark_after_a_full_stop_opens_a_sentence_unless_after_a_title():
    from quotes.pipeline import _quote_opens_sentence, load_pipeline, parse_bounded

    assert _quote_opens_sentence("A.", "‘", "I") and _quote_opens_sentence("over.", "“", "We")
    assert not _quote_opens_sentence("Gen.", "‘", "Mad") and not _quote_opens_sentence("over.", "“", "and")
    text = "She was predicted an A. ‘I sat on the floor and cried,’ she said."
    doc = parse_bounded(load_pipeline(), text)
    assert [s.tokens[0].text for s in doc.sentences] == ["She", "‘"]


@needs_models
def test_a_full_stop_split_off_on_its_own_before_a_capital_ends_the_sentence():
    from quotes.pipeline import load_pipeline, parse_bounded

    text = "The first case was confirmed Feb. 2. He conceded the department had been slow."
    doc = parse_bounded(load_pipeline(), text)
    assert [s.tokens[0].text for s in doc.sentences] == ["The", "He"]
