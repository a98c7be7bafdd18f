"""Hostile input: each gives a one-line error naming it, or a correct (often
empty) result; never a traceback; and in a batch every other result is kept."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from batch_fakes import make_fake
from quotes.batch import ArticleInput, read_inputs, run_batch
from quotes.cli import main
from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
needs_model = pytest.mark.skipif(
    not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
    reason="embedded models not trained yet")

GOOD = "The mayor said the bridge would reopen in May."
ERROR_LINE = re.compile(r"^quotes: error: (\S[^:]*(:\d+)?): \S.*$")

# name -> (file content, expected error (a substring) or None for a result)
HOSTILE: dict[str, tuple[bytes, str | None]] = {
    "good.txt": (GOOD.encode(), None),
    "empty.txt": (b"", None),
    "blank.txt": (b"  \n\t \r\n ", None),
    "binary.txt": (bytes(range(256)) * 4, "looks like a binary file, not text"),
    "latin1.txt": ("Le maire a déclaré que le pont rouvrirait.".encode("latin-1"),
                   "not valid UTF-8 text (byte 12: b'\\xe9')"),
    "utf16.txt": (GOOD.encode("utf-16"), None),
    "utf16be.txt": (b"\xfe\xff" + GOOD.encode("utf-16-be"), None),
    "utf16_odd.txt": (GOOD.encode("utf-16") + b"\x00", "not valid UTF-16 text"),
    "utf8_bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), None),
    "long_sentence.txt": (("He said “" + " ".join(["word"] * 5000) + ".”").encode(), None),
    "only_marks.txt": ("“”\"\"«»‘’ “ ” \" ' ‚ „".encode(), None),
    "unbalanced.txt": ("He said “we will win. She said nothing. ”” “ «".encode(), None),
    "nested.txt": ("“He told me ‘we will win,’ and I believed him,” she said.".encode(), None),
    "rtl.txt": ("قال الوزير \"لن نتوقف\". אמר השר \"לא נעצור\". The minister said “لن نتوقف,” on Monday."
                .encode(), None),
    "emoji.txt": ("The mayor 😀 said the bridge would reopen in May 🎉. The 👩‍👩‍👧 family said 🇮🇱 "
                  "flags were up.".encode(), None),
    "controls.txt": ("He said\u200b the \u202eport\u202c would \x07reopen.\f".encode(), None),
}
CORPUS = [
    json.dumps({"id": "c-good", "text": GOOD, "desk": "metro"}),
    '{"id": "c-trunc", "text": "The mayor said',
    json.dumps({"id": "c-none", "text": None}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"text": "Officials said talks would resume."}),
    "\x00garbage",
    json.dumps({"id": "c-good", "text": "duplicate"}),
]


def exact_offsets(text: str, quotes: list[dict]) -> bool:
    return all(text[q["start"]:q["end"]] == q["text"]
               and all(text[q[f"{n}_start"]:q[f"{n}_end"]] == q[n] for n in ("cue", "mention", "title")
                       if f"{n}_start" in q) for q in quotes)


@pytest.fixture
def hostile(tmp_path: Path) -> list[Path]:
    paths = []
    for name, (content, _) in HOSTILE.items():
        (tmp_path / name).write_bytes(content)
        paths.append(tmp_path / name)
    (tmp_path / "corpus.jsonl").write_text("\n".join(CORPUS) + "\n", encoding="utf-8")
    (tmp_path / "empty_dir").mkdir()
    return paths + [tmp_path / "corpus.jsonl", tmp_path / "missing.txt", tmp_path / "empty_dir"]


@pytest.mark.parser
@needs_model
def test_a_batch_of_hostile_inputs(hostile: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["extract", *map(str, hostile), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    folder = hostile[0].parent
    corpus = folder / "corpus.jsonl"
    expected_ids = [str(folder / name) for name in HOSTILE] + [
        "c-good", f"{corpus}:2", "c-none", f"{corpus}:4", f"{corpus}:5",
        f"{corpus}:6", f"{corpus}:7", str(folder / "missing.txt"), str(folder / "empty_dir")]
    assert list(records) == expected_ids
    for name, (content, error) in HOSTILE.items():
        record = records[str(folder / name)]
        if error is None:
            assert record["error"] is None, name
            text = (folder / name).read_bytes().decode("utf-16" if "utf16" in name else "utf-8-sig")
            assert exact_offsets(text, record["quotes"]), name
        else:
            assert record["quotes"] == [] and error in record["error"], name
    for name in ("good.txt", "utf16.txt", "utf16be.txt", "utf8_bom.txt"):
        assert [(q["text"], q["speaker"]) for q in records[str(folder / name)]["quotes"]] == \
            [("the bridge would reopen in May", "mayor")], name
    for name in ("empty.txt", "blank.txt", "only_marks.txt"):
        assert records[str(folder / name)]["quotes"] == [], name
    assert records["c-good"]["desk"] == "metro" and records["c-good"]["quotes"][0]["speaker"] == "mayor"
    assert records[f"{corpus}:5"]["error"] is None and records[f"{corpus}:5"]["quotes"]
    lines = err.splitlines()
    assert len(lines) == sum(r["error"] is not None for r in records.values()) == 3 + 5 + 2
    for line in lines:
        assert ERROR_LINE.match(line), line
    assert f"quotes: error: {corpus}:2: invalid JSON: Unterminated string starting at (column 27)" in lines
    assert f'quotes: error: {corpus}:3: "text" must be a string, got null' in lines
    assert f"quotes: error: {corpus}:7: duplicate id 'c-good'; skipped" in lines
    assert f"quotes: error: {folder / 'empty_dir'}: no .txt files in this directory" in lines


@pytest.mark.parser
@needs_model
def test_no_traceback_from_the_command_line(hostile: list[Path]) -> None:
    cheap = [p for p in hostile if p.name != "long_sentence.txt"]
    result = subprocess.run([sys.executable, "-m", "quotes", "extract", *map(str, cheap), "-", "--format", "json"],
                            input=b"\x00\xff binary on stdin", capture_output=True, timeout=300)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert all(ERROR_LINE.match(line) for line in err.splitlines()), err
    assert "quotes: error: -: looks like a binary file, not text" in err.splitlines()
    records = json.loads(result.stdout)
    assert len(records) == (len(HOSTILE) - 1) + len(CORPUS) + 2 + 1  # files, corpus lines, missing + dir, stdin
    good = sum(error is None for name, (_, error) in HOSTILE.items() if name != "long_sentence.txt") + 2
    assert sum(r["error"] is None for r in records) == good


def test_no_traceback_for_a_missing_model_or_bad_usage() -> None:
    for argv, error in ((["extract", "seeds", "--model", "nope", "--jobs", "2"], "quotes: error: no model 'nope'"),
                        (["extract", "--jobs", "x", "seeds"], "quotes extract: error: argument -j/--jobs: invalid")):
        result = subprocess.run([sys.executable, "-m", "quotes", *argv], capture_output=True, text=True,
                                timeout=300, cwd=REPO)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.splitlines()[-1].startswith(error)  # (argparse puts its usage first)


def test_a_megabyte_article_is_read_whole(tmp_path: Path) -> None:
    """The reader and the batch path handle a 1 MB article (the stand-in
    extractor keeps this fast: the real parser takes minutes on it)."""
    sentence = "The minister said the talks would resume on Monday. "
    text = sentence * (1_000_000 // len(sentence) + 1)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "big.txt"), str(tmp_path / "big.jsonl")]))
    assert [len(i.text) for i in items] == [len(text), len(text)] and len(text) > 1_000_000
    out = list(run_batch(items, make_fake))
    assert [len(r.result.quotes) for r in out] == [text.count("said")] * 2


@pytest.mark.parser
@needs_model
def test_long_sentences_are_cut_for_the_parser() -> None:
    """A 5,000-word "sentence" would need tens of GB in the parser; it is cut
    into pieces instead, with exact offsets, and normal text is untouched."""
    from quotes.pipeline import load_pipeline, parse_bounded, to_conllu
    from quotes.syntax import from_stanza

    pipeline = load_pipeline()
    text = "Ms. Saad said she won't stop. He said " + " ".join(["can't"] * 70) + ". Then it ended."
    doc = from_stanza(parse_bounded(pipeline, text, max_words=40))
    assert max(len(s.words) for s in doc.sentences) <= 40
    assert sum(len(s.words) for s in doc.sentences) == sum(len(s.words) for s in from_stanza(pipeline(text)).sentences)
    for sentence in doc.sentences:
        assert [w.index for w in sentence.words] == list(range(len(sentence.words)))
        assert all(-1 <= w.head < len(sentence.words) for w in sentence.words)
        assert all(w.text in ("ca", "wo", "n't") or text[w.start:w.end] == w.text for w in sentence.words)
    # paragraphs separated by blank lines: nothing to cut, the parse is stanza's own
    # (in an article with no word that the project's tokenizing step joins back)
    seed = (REPO / "seeds" / "004_3bb1601c3ebb1da9.txt").read_text(encoding="utf-8")
    assert to_conllu(parse_bounded(pipeline, seed)) == to_conllu(pipeline(seed))


@pytest.mark.parser
@needs_model
def test_an_emoji_before_a_full_stop_keeps_the_sentence_break() -> None:
    # (the embedded tokenizer reads '🎉.' as one token and sets no sentence break there;
    # the opening quotation mark after the full stop opens the next sentence)
    from quotes import Extractor

    text = "The mayor said the bridge would reopen in May 🎉. “We are ready,” she added."
    assert [(q.text, q.type) for q in Extractor().extract(text)] == \
        [("the bridge would reopen in May", "indirect"), ("We are ready,", "direct")]


# --------------------------------------------------------------------------
# Hostile gold files (tests/test_gold_tools.py covers one fixture per error
# kind; these are the out-of-range offsets and wrong types it does not).

QUOTE = '  - text: "it had struck 20 targets overnight"\n    type: indirect\n    speaker: "Israeli military"\n'
GOLD_CASES = {
    "top_level_string": ("just a string\n", "expected a mapping with article, status and quotes, got 'just a string'"),
    "top_level_number": ("42\n", "expected a mapping with article, status and quotes, got a number (42)"),
    "article_number": ("article: 42\nstatus: complete\nquotes: []\n", "article: expected a path, got a number (42)"),
    "status_list": ("article: articles/tiny.txt\nstatus: [complete]\nquotes: []\n",
                    "status: expected complete or partial, got ['complete'] [line 2]"),
    "quotes_null": ("article: articles/tiny.txt\nstatus: complete\nquotes:\n", "quotes: expected a list, got null"),
    "text_list": ("article: articles/tiny.txt\nstatus: complete\nquotes:\n  - text: [a, b]\n    type: direct\n"
                  "    speaker: null\n", "quote 1: text: expected a non-empty string, got a list [line 4]"),
    "type_number": (QUOTE.replace("indirect", "3"), "quote 1: type: expected direct, indirect or mixed, got 3"),
    "start_negative": (QUOTE + "    start: -5\n", "quote 1: start: expected a character offset (integer >= 0)"),
    "start_float": (QUOTE + "    start: 81.0\n", "quote 1: start: expected a character offset (integer >= 0)"),
    "start_past_end": (QUOTE + "    start: 100000\n", "quote 1: start: 100000 does not point at the text (it is at 81)"),
    "start_huge": (QUOTE + "    start: 99999999999999999999999999\n",
                   "quote 1: start: 99999999999999999999999999 does not point at the text (it is at 81)"),
    "end_before_start": (QUOTE + "    start: 81\n    end: 10\n",
                         "quote 1: end: expected 115 (start + length of text), got 10"),
}


def gold_check(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | bytes) -> tuple[int, str]:
    (tmp_path / "articles").mkdir(exist_ok=True)
    shutil.copy(DATA / "articles" / "tiny.txt", tmp_path / "articles" / "tiny.txt")
    (tmp_path / "gold").mkdir(exist_ok=True)
    path = tmp_path / "gold" / f"{name}.yaml"
    if isinstance(content, str) and content.startswith("  - text"):
        content = "article: articles/tiny.txt\nstatus: complete\nquotes:\n" + content
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    status = main(["gold", "check", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out


@pytest.mark.parametrize("name", GOLD_CASES)
def test_gold_check_reports_a_hostile_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    content, message = GOLD_CASES[name]
    status, out = gold_check(tmp_path, capsys, name, content)
    assert status == 1
    assert f"gold/{name}.yaml: {message}" in out
    assert out.splitlines()[-1].startswith("gold check: ") and " error" in out.splitlines()[-1]


@pytest.mark.xfail(reason="quotes/evaluation/gold.py: PyYAML stops at a NUL byte, so a binary file is "
                          "reported as 'empty file'", strict=False)
def test_gold_check_names_a_binary_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = gold_check(tmp_path, capsys, "binary", b"\x00\x01\x02garbage")
    assert status == 1 and "empty file" not in out
