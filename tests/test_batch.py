"""The batch path: input discovery, JSONL corpora, ordered (parallel) runs, --resume.

Most tests plug the light stand-in of ``batch_fakes`` into ``run_batch``; the
CLI tests at the end run the real model end to end.
"""
from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from batch_fakes import fake_extract, make_broken, make_fake, make_missing_model
from quotes.batch import (ArticleInput, BadInput, Progress, WorkerStartError, discover, done_ids,
                          parse_jsonl_line, read_inputs, run_batch, skip_done, threads_per_worker,
                          unique_ids)
from quotes.cli import main
from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS, ModelError

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "001_803cbf9a1516f828.txt"
needs_model = pytest.mark.skipif(
    not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
    reason="embedded models not trained yet")


def records(items, jobs=1, make=make_fake):
    return [r.to_dict() for r in run_batch(items, make, jobs)]


# --------------------------------------------------------------------------
# Reading inputs


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "notes.md", "a/skip.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"text of {name}", encoding="utf-8")
    items = list(discover([str(tmp_path)]))
    assert [Path(i.id).relative_to(tmp_path).as_posix() for i in items] == ["a/b/c.txt", "a/z.txt", "b.txt"]
    assert items[0].text == "text of a/b/c.txt"


def test_a_directory_without_text_files_is_an_error(tmp_path: Path) -> None:
    (item,) = discover([str(tmp_path)])
    assert item == BadInput(str(tmp_path), f"{tmp_path}: no .txt files in this directory")


def test_jsonl_records_pass_their_other_fields_through(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'\xef\xbb\xbf{"id": 7, "text": "He said so.", "source": "wire", "tags": [1]}\n\n'
                       b'{"text": "no id"}\n')
    first, second = discover([str(corpus)])
    assert first == ArticleInput("7", "He said so.", {"source": "wire", "tags": [1]}, f"{corpus}:1")
    assert second.id == f"{corpus}:3"  # no id: FILE:LINE; the blank line 2 is skipped
    (record,) = records([first])
    assert record == {"id": "7", "article": "7", "error": None, "source": "wire", "tags": [1],
                      "quotes": [{"text": "said", "start": 3, "end": 7, "type": "direct", "cue": None,
                                  "speaker": None, "mention": None, "kind": None, "title": None}]}


@pytest.mark.parametrize("line, error", [
    (b'{"id": "a", "text": ', 'invalid JSON: Expecting value (column 21)'),
    (b'[1, 2]', 'expected an object with "id" and "text", got a list'),
    (b'"text"', 'expected an object with "id" and "text", got a string'),
    (b'{"id": "a"}', 'no "text" field'),
    (b'{"id": "a", "text": null}', '"text" must be a string, got null'),
    (b'{"id": "a", "text": ["x"]}', '"text" must be a string, got a list'),
    (b'{"id": {"x": 1}, "text": "t"}', '"id" must be a string or an integer, got an object'),
    (b'{"id": true, "text": "t"}', '"id" must be a string or an integer, got a boolean'),
    (b'{"id": "a", "text": "caf\xe9"}', 'not valid UTF-8 (byte 24 of the line)'),
    (b'[' * 100_000, 'invalid JSON: nested too deeply'),
])
def test_a_malformed_jsonl_line_names_file_and_line(line: bytes, error: str) -> None:
    item = parse_jsonl_line(line, "c.jsonl:4")
    assert isinstance(item, BadInput)
    assert item.error == f"c.jsonl:4: {error}"
    assert item.id in ("a", "c.jsonl:4")


def test_repeated_ids_become_errors_under_a_fresh_id() -> None:
    items = [ArticleInput("a", "x", where="c.jsonl:1"), ArticleInput("a", "y", where="c.jsonl:2"),
             ArticleInput("c.jsonl:2", "z", where="d.jsonl:1"), ArticleInput("a.txt", "t")]
    out = list(unique_ids(items + [ArticleInput("a.txt", "t")]))
    assert [i.id for i in out] == ["a", "c.jsonl:2", "d.jsonl:1", "a.txt", "a.txt#2"]
    assert out[1] == BadInput("c.jsonl:2", "c.jsonl:2: duplicate id 'a'; skipped", {}, "c.jsonl:2")
    assert out[4].error == "a.txt: duplicate id 'a.txt'; skipped"


def test_standard_input_is_decoded_like_a_file() -> None:
    (item,) = read_inputs(["-"], stdin=io.BytesIO("He said “yes.”".encode("utf-16")))
    assert item == ArticleInput("-", "He said “yes.”")
    (item,) = read_inputs(["-"], stdin=io.BytesIO(b"\x00\x01"))
    assert item == BadInput("-", "-: looks like a binary file, not text")


# --------------------------------------------------------------------------
# Running


def test_one_failing_article_costs_that_article_only() -> None:
    items = [ArticleInput("a", "he said"), ArticleInput("b", "BOOM"), BadInput("c", "c: unreadable"),
             ArticleInput("d", "said said")]
    out = list(run_batch(items, make_fake))
    assert [r.id for r in out] == ["a", "b", "c", "d"]
    assert [len(r.result.quotes) for r in out] == [1, 0, 0, 2]
    assert out[1].message() == "b: extraction failed: ValueError: boom"
    assert out[2].message() == "c: unreadable"


def test_workers_keep_input_order_and_survive_a_crash() -> None:
    items = [ArticleInput(f"a{i}", "said " * (i % 3)) for i in range(12)]
    items[4] = ArticleInput("crash", "CRASH")
    items[7] = ArticleInput("boom", "BOOM")
    items.insert(9, BadInput("bad", "bad: unreadable"))
    parallel = records(items, jobs=2)
    assert [r["id"] for r in parallel] == [i.id for i in items]
    crashed = parallel[4]
    assert crashed["error"] == "extraction failed: the worker process died while extracting it (out of memory?)"
    serial = records([i for i in items if i.id != "crash"], jobs=1)
    assert [r for r in parallel if r["id"] != "crash"] == serial


def test_a_worker_that_cannot_load_the_model_stops_the_run() -> None:
    with pytest.raises(ModelError, match="no model 'nope'"):
        records([ArticleInput("a", "said")], jobs=2, make=make_missing_model)
    with pytest.raises(WorkerStartError, match="a worker could not start: OSError: disk on fire"):
        records([ArticleInput("a", "said")], jobs=2, make=make_broken)


def test_threads_are_shared_out_between_workers() -> None:
    assert [threads_per_worker(jobs, cores=16) for jobs in (1, 2, 3, 16, 32)] == [16, 8, 5, 1, 1]


# Hypothesis: random mixes of good and bad inputs, through files and JSONL corpora.

GOOD_TEXT = st.lists(st.sampled_from(["said", " ", "x", "“", "é", "\n", "\ufeff"]), max_size=10).map("".join)
JSONL_LINE = st.one_of(
    st.builds(lambda i, t: {"id": f"r{i}", "text": t}, st.integers(0, 20), GOOD_TEXT),
    st.builds(lambda t: {"text": t}, GOOD_TEXT),
    st.builds(lambda i, t: {"id": f"r{i}", "text": t, "extra": i}, st.integers(0, 20), GOOD_TEXT),
    st.just({"id": "boom", "text": "BOOM"}),
    st.just({"id": "x", "text": 3}), st.just([1]), st.just("not json {"), st.just(""),
)
FILE = st.one_of(
    st.builds(lambda t: ("txt", t.encode("utf-8")), GOOD_TEXT),
    st.builds(lambda t: ("txt", t.encode("utf-16")), GOOD_TEXT),
    st.just(("txt", b"\x00\x01binary")), st.just(("txt", "caf\xe9".encode("latin-1"))),
    st.just(("missing", b"")),
    st.builds(lambda lines: ("jsonl", lines), st.lists(JSONL_LINE, max_size=6)),
)


def _write(folder: Path, number: int, spec: tuple[str, object]) -> str:
    kind, content = spec
    path = folder / f"{number:03d}.{'jsonl' if kind == 'jsonl' else 'txt'}"
    if kind == "txt":
        path.write_bytes(content)  # type: ignore[arg-type]
    elif kind == "jsonl":
        path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line)
                                  for line in content) + "\n", encoding="utf-8")  # type: ignore[union-attr]
    return str(path)


def _expected_good(paths: list[str]) -> list[tuple[str, int]]:
    """(id, quotes) of every input that must come out with a result, in order (first of each id)."""
    good, seen = [], set()
    for path in paths:
        if path.endswith(".jsonl"):
            for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
                try:
                    data = json.loads(line)
                except ValueError:
                    data = None
                if isinstance(data, dict):
                    ident = data.get("id", f"{path}:{number}")
                    if isinstance(data.get("text"), str) and data["text"] != "BOOM" and ident not in seen:
                        good.append((ident, data["text"].count("said")))
                    seen.add(ident)
        elif Path(path).exists():
            data = Path(path).read_bytes()
            if not data.startswith(b"\x00"):
                try:
                    text = data.decode("utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) \
                        else data.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                good.append((path, text.count("said")))
    return good


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(FILE, max_size=8))
def test_good_records_are_never_lost_order_is_stable_ids_unique(files) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = [_write(Path(folder), n, spec) for n, spec in enumerate(files)]
        out = records(read_inputs(paths))
        ids = [r["id"] for r in out]
        assert len(ids) == len(set(ids))
        good = [(r["id"], len(r["quotes"])) for r in out if r["error"] is None]
        assert good == _expected_good(paths)
        for r in out:
            assert r["error"] is None or r["error"].startswith(("extraction failed", *paths)), r
        # resuming after any prefix gives back exactly the rest
        for cut in {0, len(out) // 2, len(out)}:
            done = set(ids[:cut])
            assert [r["id"] for r in records(skip_done(read_inputs(paths), done))] == ids[cut:]


# --------------------------------------------------------------------------
# Resume and progress


def test_done_ids_cuts_a_truncated_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "quotes": []}\nnot json\n{"id": "b"}\n{"id": "c", "quo', encoding="utf-8")
    assert done_ids(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == '{"id": "a", "quotes": []}\nnot json\n{"id": "b"}\n'
    out.write_text('{"id": "a"}\n{"id": "b"}', encoding="utf-8")  # complete, only its newline is missing
    assert done_ids(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n'
    assert done_ids(tmp_path / "none.jsonl") == set()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only() -> None:
    from quotes.batch import ArticleRecord
    from quotes.records import ArticleResult

    record = ArticleRecord("a", fake_extract("said said", "a"))
    silent = io.StringIO()
    progress = Progress(silent)
    progress.update(record)
    progress.close()
    assert silent.getvalue() == ""
    shown = Terminal()
    progress = Progress(shown, every=0)
    progress.update(record)
    progress.update(ArticleRecord("b", ArticleResult("b", error="x")))
    progress.close()
    assert shown.getvalue().startswith("\r1 articles, 2 quotes, ")
    assert "\r2 articles, 2 quotes, 1 failed, " in shown.getvalue()
    assert shown.getvalue().endswith(" articles/s\x1b[K\n")
    quiet = Terminal()
    Progress(quiet, enabled=False).update(record)
    assert quiet.getvalue() == ""


# --------------------------------------------------------------------------
# The CLI, with the real model


def extract(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


RESUME_USAGE = "--resume needs -o FILE and --format jsonl (it skips the ids already in FILE)"


@pytest.mark.parametrize("argv, message", [
    (["--resume", "--format", "jsonl"], RESUME_USAGE),
    (["--resume", "-o", "x.json", "--format", "json"], RESUME_USAGE),
    (["--jobs", "-1"], "--jobs must be 0 (one per core) or more, got -1"),
])
def test_usage_problems_exit_2(capsys, argv, message) -> None:
    assert extract(capsys, SEED, *argv)[::2] == (2, f"quotes: error: {message}\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_missing_model_exits_2(capsys, tmp_path: Path, jobs: str) -> None:
    status, out, err = extract(capsys, SEED, "--model", "no_such_model", "--jobs", jobs, "--format", "jsonl")
    assert status == 2 and out == ""
    assert err.startswith("quotes: error: no model 'no_such_model'") and err.count("\n") == 1


@pytest.mark.parser
@needs_model
def test_jobs_2_equals_jobs_1_on_a_seed_article(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8"), "lang": "en"}) + "\n"
                      + '{"id": "bad", "text": 1}\n', encoding="utf-8")
    runs = [extract(capsys, SEED, corpus, "--format", "jsonl", "--jobs", jobs) for jobs in ("1", "2")]
    assert runs[0] == runs[1]
    status, out, err = runs[0]
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 1 and err == f'quotes: error: {corpus}:2: "text" must be a string, got a number\n'
    assert [r["id"] for r in lines] == [str(SEED), "seed", "bad"]
    assert lines[0]["quotes"] and lines[0]["quotes"] == lines[1]["quotes"] and lines[1]["lang"] == "en"


@pytest.mark.parser
@needs_model
def test_resume_finishes_an_interrupted_run(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Official {i} said the port would reopen."})
                              + "\n" for i in range(5)), encoding="utf-8")
    full = tmp_path / "full.jsonl"
    assert extract(capsys, corpus, "--format", "jsonl", "-o", full)[0] == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(lines[:2]) + lines[2][:25], encoding="utf-8")  # killed mid-line
    status, out, err = extract(capsys, corpus, "--format", "jsonl", "-o", partial, "--resume")
    assert (status, out) == (0, "")
    assert err == f"quotes: resuming: 2 articles already in {partial} are skipped\n"
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in partial.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"n{i}" for i in range(5)]
    assert extract(capsys, corpus, "--format", "jsonl", "-o", partial, "--resume", "-q") == (0, "", "")
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


@pytest.mark.parser
@needs_model
def test_every_format_writes_every_record_and_eval_reads_json_and_jsonl(capsys, tmp_path: Path) -> None:
    import yaml

    from quotes.evaluation.predictions import load_predictions

    missing = tmp_path / "missing.txt"
    for fmt in ("json", "jsonl"):
        out = tmp_path / f"pred.{fmt}"
        assert extract(capsys, SEED, missing, "--format", fmt, "-o", out)[0] == 1
        loaded, problems = load_predictions(out)
        assert problems == []
        assert [(r.article, r.error is None, bool(r.quotes)) for r in loaded] == \
            [(str(SEED), True, True), (str(missing), False, False)]
    status, out, _ = extract(capsys, SEED, missing, "--format", "yaml")
    assert [r["id"] for r in yaml.safe_load(out)] == [str(SEED), str(missing)]
    status, out, _ = extract(capsys, SEED, missing)
    assert f"== {SEED}" in out and f"== {missing}\n   error: {missing}: cannot read" in out
