"""Extraction never fails on odd text, and the CLI reports bad input clearly."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS

pytestmark = pytest.mark.skipif(
    not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
    reason="embedded models not trained yet")

MARKS = list("“”‘’\"'«»")
WORDS = ["said", "he", "the", "minister", "that", "war", "will", "end", "told", "Reuters",
         "according", "to", "Katz", ",", ".", ":", "\n", "\n\n", " ", "’s", "Israel"]
TEXTS = st.one_of(
    st.text(max_size=120),
    st.just(""), st.just("   \n\t  "),
    st.lists(st.sampled_from(WORDS + MARKS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(MARKS + [" ", "a", "\n"]), max_size=30).map("".join),
)


@pytest.fixture(scope="module")
def extractor():
    from quotes import Extractor

    return Extractor().load()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_extraction_never_raises_and_offsets_are_exact(extractor, text):
    quotes = extractor.extract(text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        for span in (q.cue, q.mention, q.title_span):
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert q.type in ("direct", "indirect", "mixed")
    assert [q.to_dict() for q in extractor.extract(text)] == [q.to_dict() for q in quotes]


def run_cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "quotes", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_batch_keeps_good_articles_when_one_is_bad(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge would reopen in May.", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le maire a déclaré".encode("latin-1"))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 10)
    missing = tmp_path / "missing.txt"
    result = run_cli("extract", str(latin1), str(good), str(binary), str(missing), "--format", "jsonl")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"] for r in records] == [str(latin1), str(good), str(binary), str(missing)]
    by_name = {r["article"]: r for r in records}
    assert by_name[str(good)]["error"] is None
    assert by_name[str(good)]["quotes"][0]["text"] == "the bridge would reopen in May"
    assert "not valid UTF-8" in by_name[str(latin1)]["error"]
    assert "binary" in by_name[str(binary)]["error"]
    assert "cannot read" in by_name[str(missing)]["error"]
    for name in (latin1, binary, missing):
        assert str(name) in result.stderr


def test_utf16_with_bom_is_read(tmp_path):
    article = tmp_path / "utf16.txt"
    article.write_bytes("The mayor said the bridge would reopen in May.".encode("utf-16"))
    result = run_cli("extract", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["quotes"][0]["speaker"] == "mayor"


def test_every_command_has_help():
    for command in (["extract"], ["parse"], ["eval"], ["gold", "check"], ["gold", "init"], ["gold", "stats"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0, command
        assert "usage: quotes" in result.stdout
