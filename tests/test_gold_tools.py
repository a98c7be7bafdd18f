"""The ``gold`` and ``eval`` subcommands, run in-process through ``register()``.

The extractor is never really imported here: an autouse fixture makes
``quotes.extractor`` unimportable, and tests that need one install a fake.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from quotes.evaluation import check_gold, load_gold
from quotes.evaluation.commands import register
from quotes.records import Quote

DATA = Path(__file__).parent / "data"
BAD = DATA / "gold_bad"
OK = DATA / "gold_ok"
PREDS = DATA / "preds"
REPO = Path(__file__).resolve().parent.parent

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def no_real_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing ``quotes.extractor`` fails, as if it were not there."""
    monkeypatch.setitem(sys.modules, "quotes.extractor", None)


def fake_extractor(monkeypatch: pytest.MonkeyPatch, quotes_for: Callable[[str], list[Quote]],
                   load_error: Exception | None = None) -> list:
    """Install a fake ``quotes.extractor``; returns the models it was built with."""
    models: list = []

    class Extractor:
        def __init__(self, model: str | None = None) -> None:
            models.append(model)

        def load(self) -> "Extractor":
            if load_error is not None:
                raise load_error
            return self

        def extract(self, text: str) -> list[Quote]:
            return quotes_for(text)

    module = types.ModuleType("quotes.extractor")
    module.Extractor = Extractor
    monkeypatch.setitem(sys.modules, "quotes.extractor", module)
    return models


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``quotes ARGS...`` in-process; return (exit status, stdout, stderr)."""

    def call(*argv: str | Path) -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="quotes")
        register(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args([str(a) for a in argv])
        status = args.func(args)
        out, err = capsys.readouterr()
        return status, out, err

    return call


# --------------------------------------------------------------------------
# gold check: one broken fixture per kind of error

BROKEN = {
    "invalid_yaml": "invalid YAML at line 6, column 1: while scanning a quoted scalar found unexpected end of stream",
    "not_a_mapping": "expected a mapping with article, status and quotes, got a list",
    "not_utf8": "not UTF-8 (byte 0xe9 at offset 54)",
    "empty": "empty file; expected a mapping with article, status and quotes",
    "missing_article": "article: missing (path of the article, relative to the repo root)",
    "article_not_found": "article: file not found: articles/no_such_article.txt",
    "bad_status": "status: expected complete or partial, got 'done' [line 2]",
    "quotes_not_a_list": "quotes: expected a list, got a mapping [line 3]",
    "quote_not_a_mapping": "quote 1: expected a mapping (text, type, speaker, ...), got "
                           "'it had struck 20 targets overnight' [line 4]",
    "missing_text": "quote 1: text: missing (the quote's span, exactly as in the article) [line 4]",
    "empty_text": "quote 1: text: expected a non-empty string, got an empty string [line 4]",
    "missing_type": "quote 1: type: missing (direct, indirect or mixed) [line 4]",
    "bad_type": "quote 1: type: expected direct, indirect or mixed, got 'quoted' [line 5]",
    "missing_speaker": "quote 1: speaker: missing (the source's name; null when the article does not say)",
    "bad_speaker": "quote 1: speaker: expected a string, a list of strings or null, got a number (42)",
    "bad_kind": "quote 1: kind: expected person, organization, unnamed or null, got 'army' [line 7]",
    "bad_title": "quote 1: title: empty list; use null when the article gives none [line 7]",
    "bad_cue": "quote 1: cue: expected a string or null, got a boolean (true); YAML reads yes/no/on/off",
    "bad_optional": "quote 1: optional: expected true or false, got 'maybe' [line 7]",
    "bad_start_type": "quote 1: start: expected a character offset (integer >= 0), got '81' [line 5]",
    "wrong_start": "quote 1: start: 80 does not point at the text (it is at 81) [line 5]",
    "wrong_end": "quote 1: end: expected 115 (start + length of text), got 100 [line 6]",
    "text_not_in_article": "quote 1: text: not found in the article; it differs only in quotation marks or "
                           "white space from the text at 118: 'We will not stop,” she added'",
    "start_required": "quote 1: start: required: the text occurs 2 times (at 1, 118) [line 4]",
    "duplicate_quote": "quote 2: text: duplicate of quote 1 (same text and start) [line 7]",
    "duplicate_key": "quote 1: speaker: duplicate key (first at line 6); YAML keeps only the last value [line 7]",
}


def test_every_broken_fixture_is_covered() -> None:
    assert {p.stem for p in BAD.glob("*.yaml")} == set(BROKEN) | {"many_errors"}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_check_reports_each_broken_fixture(run: Run, name: str) -> None:
    path = BAD / f"{name}.yaml"
    status, out, err = run("gold", "check", path)
    assert status == 1
    assert f"{path}: {BROKEN[name]}" in out.splitlines()[0]
    assert "Traceback" not in out + err
    assert out.splitlines()[-1] == f"gold check: 1 error in 1 of 1 file"


def test_check_reports_all_problems_at_once(run: Run) -> None:
    path = BAD / "many_errors.yaml"
    status, out, _ = run("gold", "check", path)
    assert status == 1
    assert out.splitlines() == [
        f"{path}: status: expected complete or partial, got 'finished' [line 2]",
        f"{path}: quote 1: type: expected direct, indirect or mixed, got 'reported' [line 5]",
        f"{path}: quote 2: optional: expected true or false, got 'no' [line 10]",
        f"{path}: quote 2: start: required: the text occurs 2 times (at 1, 118) [line 7]",
        "gold check: 4 errors in 1 of 1 file",
    ]


def test_check_a_directory_counts_every_file(run: Run) -> None:
    status, out, _ = run("gold", "check", BAD)
    assert status == 1
    assert out.splitlines()[-1] == f"gold check: 30 errors in {len(BROKEN) + 1} of {len(BROKEN) + 1} files"


def test_check_ok_fixtures(run: Run) -> None:
    status, out, _ = run("gold", "check", OK / "tiny.yaml", OK / "short.yaml")
    assert (status, out) == (0, "gold check: 2 files, 6 quotes: no errors\n")


def test_check_warns_about_a_likely_typo_but_passes(run: Run) -> None:
    path = OK / "typo_warning.yaml"
    status, out, _ = run("gold", "check", path)
    assert status == 0
    assert out.splitlines() == [
        f"{path}: quote 1: tilte: warning: unknown key, ignored; did you mean 'title'? [line 8]",
        "gold check: 1 file, 1 quotes: no errors, 1 warning",
    ]


def test_check_missing_path(run: Run, tmp_path: Path) -> None:
    status, out, _ = run("gold", "check", tmp_path / "nope")
    assert status == 1 and f"{tmp_path / 'nope'}: no such file or directory" in out


def test_loaded_gold_has_every_start(tmp_path: Path) -> None:
    gold = load_gold(OK / "tiny.yaml")
    assert [q.start for q in gold.quotes] == [1, 81, 118, 219]
    assert gold.quotes[3].title == ["Prime Minister", "Israeli Prime Minister"]
    assert gold.quotes[3].extra == {"reviewer": "extra keys are kept and ignored"}
    assert gold.complete and gold.article_text.startswith("“We will not stop,”")


@pytest.mark.parametrize("folder", ["gold", "eval/written/gold"])
def test_committed_gold_files_pass_the_check(run: Run, folder: str) -> None:
    files = sorted((REPO / folder).glob("*.yaml"))
    if not files:
        pytest.skip("no gold files committed yet")
    problems = [str(p) for f in files for p in check_gold(f) if not p.warning]
    assert problems == []
    assert run("gold", "check", REPO / folder)[0] == 0


# --------------------------------------------------------------------------
# gold check --fix

FIXME = """\
# Comments and key order must survive --fix.
article: articles/tiny.txt
status: partial
quotes:
  - text: "it had struck 20 targets overnight"  # unique in the article
    type: indirect
    speaker: "Israeli military"
  - type: indirect        # text is not the first key
    text: >-
      the campaign
      would go on
    speaker: Benjamin Netanyahu
  - text: "We will not stop,"   # occurs twice: cannot be filled in
    type: direct
    speaker: Amal Saad
  - {text: "according to Reuters", type: indirect, speaker: null}
"""


def make_repo(tmp_path: Path, gold_text: str, name: str = "fixme.yaml", newline: str = "\n") -> Path:
    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "articles" / "tiny.txt", tmp_path / "articles" / "tiny.txt")
    (tmp_path / "gold").mkdir()
    path = tmp_path / "gold" / name
    path.write_bytes(gold_text.replace("\n", newline).encode("utf-8"))
    return path


def test_fix_fills_unambiguous_starts_and_keeps_the_rest(run: Run, tmp_path: Path) -> None:
    path = make_repo(tmp_path, FIXME)
    status, out, _ = run("gold", "check", "--fix", path)
    assert status == 1  # quote 3 still needs a start by hand
    assert out.splitlines() == [
        f"{path}: quote 1: start: filled in 81",
        f"{path}: quote 2: start: filled in 219",
        f"{path}: quote 4: start: not filled in (flow-style quote); add start: 148",
        f"{path}: quote 3: start: required: the text occurs 2 times (at 1, 118) [line 15]",
        "gold check: 1 error in 1 of 1 file",
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:8] == [
        "# Comments and key order must survive --fix.",
        "article: articles/tiny.txt",
        "status: partial",
        "quotes:",
        '  - text: "it had struck 20 targets overnight"  # unique in the article',
        "    start: 81",
        "    type: indirect",
        '    speaker: "Israeli military"',
    ]
    assert lines[9:14] == ["    text: >-", "      the campaign", "      would go on", "    start: 219",
                           "    speaker: Benjamin Netanyahu"]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [q.get("start") for q in data["quotes"]] == [81, 219, None, None]


def test_fix_keeps_windows_line_endings(run: Run, tmp_path: Path) -> None:
    path = make_repo(tmp_path, FIXME.split("  - text: \"We will")[0], newline="\r\n")
    status, _, _ = run("gold", "check", "--fix", path)
    assert status == 0
    raw = path.read_bytes()
    assert b"    start: 81\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_fix_is_idempotent(run: Run, tmp_path: Path) -> None:
    path = make_repo(tmp_path, (OK / "tiny.yaml").read_text(encoding="utf-8"), name="tiny.yaml")
    status, out, _ = run("gold", "check", "--fix", path)  # quote 2 has no start: it gets one
    assert status == 0 and f"{path}: quote 2: start: filled in 81" in out
    fixed = path.read_bytes()
    status, out, _ = run("gold", "check", "--fix", path)
    assert status == 0 and "filled in" not in out and path.read_bytes() == fixed


# --------------------------------------------------------------------------
# gold init


def test_init_without_extractor_writes_an_empty_partial_file(run: Run, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / "articles" / "tiny.txt", tmp_path / "seeds" / "new.txt")
    status, out, err = run("gold", "init", "seeds/new.txt")
    assert status == 0
    assert "note: the extractor could not run (ModuleNotFoundError" in err
    assert out.startswith("wrote gold/new.yaml: 0 quotes pre-filled, status: partial.")
    data = yaml.safe_load((tmp_path / "gold" / "new.yaml").read_text(encoding="utf-8"))
    assert data["article"] == "seeds/new.txt" and data["status"] == "partial" and data["quotes"] == []
    assert run("gold", "check")[0] == 0


def test_init_prefills_from_the_extractor(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = (DATA / "articles" / "tiny.txt").read_text(encoding="utf-8")
    start = article.index("the campaign would go on")
    quote = Quote(text="the campaign would go on", start=start, end=start + 24, type="indirect",
                  speaker="Benjamin “Bibi” Netanyahu", kind="person", title="Prime Minister")
    fake_extractor(monkeypatch, lambda text: [quote])
    out_path = tmp_path / "gold" / "tiny.yaml"
    status, out, _ = run("gold", "init", DATA / "articles" / "tiny.txt", "-o", out_path)
    assert status == 0 and "1 quotes pre-filled" in out
    text = out_path.read_text(encoding="utf-8")
    assert text.splitlines()[3:6] == [f"article: \"{(DATA / 'articles' / 'tiny.txt').resolve()}\"",
                                      "status: partial",
                                      "notes: \"pre-filled by quotes gold init from the extractor's output; "
                                      "not reviewed yet\""]
    assert '  - text: "the campaign would go on"\n    start: 219\n    type: "indirect"\n' in text
    gold = load_gold(out_path)
    assert gold.quotes[0].speaker == "Benjamin “Bibi” Netanyahu" and gold.quotes[0].optional is False


def test_init_refuses_to_overwrite_without_force(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "gold" / "tiny.yaml"
    target.parent.mkdir()
    target.write_text("keep me\n", encoding="utf-8")
    status, _, err = run("gold", "init", DATA / "articles" / "tiny.txt", "-o", target)
    assert status == 1 and err == f"{target}: already exists; pass --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert run("gold", "init", DATA / "articles" / "tiny.txt", "-o", target, "--force")[0] == 0
    assert "status: partial" in target.read_text(encoding="utf-8")


def test_init_unreadable_article(run: Run, tmp_path: Path) -> None:
    status, _, err = run("gold", "init", tmp_path / "missing.txt", "-o", tmp_path / "x.yaml")
    assert status == 1 and "missing.txt: cannot read: No such file or directory" in err


# --------------------------------------------------------------------------
# gold stats


def test_stats_table(run: Run) -> None:
    status, out, _ = run("gold", "stats", OK / "tiny.yaml", OK / "short.yaml")
    assert status == 0
    rows = [line.split() for line in out.splitlines()]
    assert rows[0] == ["article", "status", "quotes", "optional", "direct", "indirect", "mixed",
                       "organization", "person", "unnamed", "speakers"]
    assert rows[2] == ["articles/tiny.txt", "complete", "4", "0", "2", "2", "0", "1", "3", "0", "3"]
    assert rows[3] == ["articles/short.txt", "partial", "2", "1", "0", "2", "0", "0", "1", "1", "2"]
    assert rows[4] == ["total", "6", "1", "2", "4", "0", "1", "4", "1"]
    assert "Speakers in articles/short.txt" in out and "Antony Blinken + Lloyd Austin" in out


def test_stats_reports_bad_files(run: Run) -> None:
    status, out, err = run("gold", "stats", OK / "tiny.yaml", BAD / "bad_type.yaml")
    assert status == 1 and "articles/tiny.txt" in out
    assert f"{BAD / 'bad_type.yaml'}: skipped, 1 error" in err


# --------------------------------------------------------------------------
# eval


def eval_args(*extra: str | Path) -> list[str | Path]:
    return ["eval", "--gold", OK / "tiny.yaml", OK / "short.yaml", *extra]


def test_eval_with_a_prediction_file(run: Run) -> None:
    status, out, err = run(*eval_args("--pred", PREDS / "tiny.jsonl", "--errors"))
    assert status == 0
    assert "End-to-end (lenient span + right speaker): P 0.600  R 0.750  F1 0.667  (tp 3, fp 2, fn 1)" in out
    assert "Attribution accuracy: 0.750 (3/4) of paired quotes" in out
    assert "articles/tiny.txt: wrong speaker at 118: “We will not stop,” — gold Amal Saad, predicted Reuters" in out
    assert "note: 1 prediction record(s) have no gold file" in err


@pytest.mark.parametrize("threshold, status", [("0.6", 0), ("0.6666666666666666", 0), ("0.7", 1)])
def test_eval_fail_under(run: Run, threshold: str, status: int) -> None:
    code, _, err = run(*eval_args("--pred", PREDS / "tiny.jsonl", "--fail-under", threshold))
    assert code == status
    assert ("end-to-end F1 0.667 is under --fail-under 0.7" in err) == (status == 1)


def test_eval_fail_under_must_be_a_fraction(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(*eval_args("--fail-under", "70"))
    assert "expected a number between 0 and 1" in capsys.readouterr().err


def test_eval_json(run: Run) -> None:
    status, out, _ = run(*eval_args("--pred", PREDS / "tiny.jsonl", "--format", "json"))
    data = json.loads(out)
    assert status == 0 and data["overall"]["end_to_end"]["tp"] == 3
    assert data["complete_files"] == 1 and [a["status"] for a in data["articles"]] == ["complete", "partial"]
    assert data["articles"][1]["end_to_end"] is None


def test_eval_pairs_records_by_stem_when_the_path_differs(run: Run) -> None:
    status, out, _ = run(*eval_args("--pred", PREDS / "tiny_by_stem.json"))
    assert status == 0 and "F1 0.667" in out
    assert "articles/short.txt: no prediction record: scored as no predictions" in out


def test_eval_goes_on_after_bad_prediction_lines(run: Run) -> None:
    status, out, err = run(*eval_args("--pred", PREDS / "bad.jsonl"))
    assert status == 2
    assert f"{PREDS / 'bad.jsonl'}:2: invalid JSON: Expecting value (column 46)" in err
    assert f"{PREDS / 'bad.jsonl'}:3: record has no 'article' path" in err
    assert f"{PREDS / 'bad.jsonl'}:4: quote 1: a quote needs a non-empty string 'text'; skipped" in err
    assert "F1 0.667" in out and "articles/short.txt: extraction error: parser crashed halfway" in out
    assert "Traceback" not in out + err


def test_eval_skips_a_bad_gold_file_and_scores_the_others(run: Run) -> None:
    status, out, err = run("eval", "--gold", OK / "tiny.yaml", BAD / "bad_type.yaml", BAD / "not_utf8.yaml",
                           "--pred", PREDS / "tiny.jsonl")
    assert status == 2
    assert f"{BAD / 'bad_type.yaml'}: skipped, 1 error (run `quotes gold check {BAD / 'bad_type.yaml'}`); " \
           "first: quote 1: type: expected direct, indirect or mixed, got 'quoted' [line 5]" in err
    assert f"{BAD / 'not_utf8.yaml'}: skipped, 1 error" in err
    assert "F1 0.667" in out


def test_eval_without_gold(run: Run, tmp_path: Path) -> None:
    status, _, err = run("eval", "--gold", tmp_path, "--pred", PREDS / "tiny.jsonl")
    assert status == 2 and "no valid gold file to score" in err


def test_eval_runs_the_extractor_with_the_model(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def extract(text: str) -> list[Quote]:
        if "Officials" in text:
            raise RuntimeError("parser exploded")
        start = text.index("the campaign would go on")
        return [Quote(text="the campaign would go on", start=start, end=start + 24, type="indirect",
                      speaker="Netanyahu", title="Prime Minister")]

    models = fake_extractor(monkeypatch, extract)
    status, out, err = run(*eval_args("--model", "en_test"))
    assert models == ["en_test"]
    assert status == 2 and "articles/short.txt: extractor failed: RuntimeError: parser exploded" in err
    assert "Predictions: extractor (model: en_test)" in out
    assert "P 1.000  R 0.250  F1 0.400" in out


def test_eval_with_an_extractor_that_cannot_load_its_model(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_extractor(monkeypatch, lambda text: [], load_error=RuntimeError("no model 'nope'"))
    status, out, err = run(*eval_args("--model", "nope"))
    assert (status, out) == (2, "")
    assert err.splitlines() == ["quotes eval: cannot load the extractor (RuntimeError: no model 'nope'); "
                                "score saved predictions with --pred FILE"]


def test_eval_without_an_extractor(run: Run) -> None:
    status, _, err = run(*eval_args())
    assert status == 2 and "cannot load the extractor (ModuleNotFoundError" in err and "--pred" in err


# --------------------------------------------------------------------------
# Wiring


@pytest.mark.parametrize("argv", [["eval"], ["gold"], ["gold", "check"], ["gold", "init"], ["gold", "stats"]])
def test_every_subcommand_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="quotes")
    register(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args([*argv, "--help"])
    assert exit_info.value.code == 0
    assert "usage: quotes " + " ".join(argv) in capsys.readouterr().out


def test_python_m_quotes_runs_the_gold_check() -> None:
    """The real command line, once quotes/cli.py wires ``register`` in."""
    done = subprocess.run([sys.executable, "-m", "quotes", "gold", "check", OK / "tiny.yaml"],
                          capture_output=True, text=True, timeout=60, cwd=REPO)
    if "invalid choice" in done.stderr or "No module named" in done.stderr:
        pytest.skip("quotes.cli does not offer the gold subcommand yet")
    assert (done.returncode, done.stdout) == (0, "gold check: 1 file, 4 quotes: no errors\n")


def test_bare_gold_prints_usage(run: Run) -> None:
    status, _, err = run("gold")
    assert status == 2 and "check" in err
