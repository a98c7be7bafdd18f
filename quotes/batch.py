"""Batch extraction: find the inputs, run the extractor over them, keep order.

An input is a text file, a directory (its ``*.txt`` files, recursively, in
sorted order), a JSON Lines corpus (``*.jsonl``: one ``{"id", "text", ...}``
object per line) or ``-`` for standard input.  Reading yields, in input order,
an :class:`ArticleInput` for each article or a :class:`BadInput` naming the
file (and line) that could not be used, so one bad input costs that input
only.  :func:`run_batch` turns them into :class:`ArticleRecord` results in
the same order, in this process or in worker processes; the extractor is a
parameter so that tests (and other systems) can plug in their own.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from quotes.pipeline import ModelError  # light: stanza is imported only to load a model
from quotes.records import ArticleResult

# Fields of a JSONL input line that the output record does not echo or that it owns.
RESERVED = ("id", "text", "quotes", "error")
BOMS = (b"\xff\xfe", b"\xfe\xff")

ExtractFn = Callable[[str, str], ArticleResult]
"""``(text, name) -> ArticleResult``; must not raise (failures go in ``error``)."""


class InputError(Exception):
    """An input that cannot be read as an article (message is one line naming it)."""


# --------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class ArticleInput:
    """One article to extract: its id, its text and fields passed through to the output."""

    id: str
    text: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    where: str = ""  # the file (FILE:LINE in a corpus), for messages; default: the id


@dataclass(frozen=True)
class BadInput:
    """An input that could not be read; ``error`` is one line naming it (file, line)."""

    id: str
    error: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    where: str = ""


@dataclass
class ArticleRecord:
    """The output for one input: the extraction result plus the input's id and extras.

    ``result.article`` is what ``quotes eval --pred`` pairs with gold: the
    path of a text file, or a JSONL line's ``article`` field, else its id.
    """

    id: str
    result: ArticleResult
    extra: Mapping[str, Any] = field(default_factory=dict)
    input_error: bool = False  # the error is the reader's, and names its input already

    @property
    def error(self) -> str | None:
        return self.result.error

    def message(self) -> str:
        """The one-line error for stderr, naming the input."""
        return self.error if self.input_error else f"{self.id}: {self.error}"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.result.to_dict(), **{k: v for k, v in self.extra.items()
                                                            if k not in RESERVED and k != "article"}}


def failed(bad: BadInput) -> ArticleRecord:
    """The output record of an input that could not be read."""
    return ArticleRecord(bad.id, ArticleResult(article=_article_name(bad.id, bad.extra), error=bad.error),
                         bad.extra, input_error=True)


def _article_name(ident: str, extra: Mapping[str, Any]) -> str:
    article = extra.get("article")
    return article if isinstance(article, str) and article else ident


# --------------------------------------------------------------------------
# Reading inputs


def decode_article(data: bytes, name: str) -> str:
    """The text of an article file: UTF-8 (BOM optional) or UTF-16 with a BOM."""
    if b"\x00" in data[:4096] and not data.startswith(BOMS):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        if data.startswith(BOMS):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        encoding = "UTF-16" if data.startswith(BOMS) else "UTF-8"
        raise InputError(f"{name}: not valid {encoding} text (byte {exc.start}: "
                         f"{data[exc.start:exc.start + 1]!r})") from exc


def read_article(path: str, stdin: BinaryIO | None = None) -> tuple[str, str]:
    """``(name, text)`` for a path, or ``-`` for standard input."""
    if path == "-":
        if stdin is None and not hasattr(sys.stdin, "buffer"):  # a text stream put in place (tests)
            return "-", sys.stdin.read()
        stream = stdin if stdin is not None else sys.stdin.buffer
        return "-", decode_article(stream.read(), "-")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory (give the .txt files in it)")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return path, decode_article(data, path)


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def article_from_mapping(data: Any, where: str) -> ArticleInput | BadInput:
    """Read one corpus record (``{"id", "text", ...}``); ``where`` (FILE:LINE) is
    its id when it has none, and names it in every error."""
    if not isinstance(data, Mapping):
        return BadInput(where, f"{where}: expected an object with \"id\" and \"text\", got {_kind(data)}")
    ident = data.get("id")
    extra = {str(k): v for k, v in data.items() if k not in ("id", "text")}
    if ident is None or ident == "":
        ident = where
    elif isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return BadInput(where, f"{where}: \"id\" must be a string or an integer, got {_kind(ident)}",
                        extra, where)
    ident = str(ident)
    if "text" not in data:
        return BadInput(ident, f"{where}: no \"text\" field", extra, where)
    text = data["text"]
    if not isinstance(text, str):
        return BadInput(ident, f"{where}: \"text\" must be a string, got {_kind(text)}", extra, where)
    return ArticleInput(ident, text, extra, where)


def parse_jsonl_line(line: bytes, where: str) -> ArticleInput | BadInput | None:
    """One line of a JSONL corpus; ``None`` for a blank line."""
    try:
        decoded = line.decode("utf-8-sig" if where.endswith(":1") else "utf-8")
    except UnicodeDecodeError as exc:
        return BadInput(where, f"{where}: not valid UTF-8 (byte {exc.start} of the line)")
    if not decoded.strip():
        return None
    try:
        data = json.loads(decoded.rstrip("\r\n"))  # a truncated last line then reads as such
    except json.JSONDecodeError as exc:
        return BadInput(where, f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return BadInput(where, f"{where}: invalid JSON: nested too deeply")
    return article_from_mapping(data, where)


def read_jsonl(path: str, stream: BinaryIO | None = None) -> Iterator[ArticleInput | BadInput]:
    """The articles of a JSONL corpus, one per line, read lazily (corpora can be large)."""
    try:
        handle = stream if stream is not None else open(path, "rb")
    except OSError as exc:
        yield BadInput(path, f"{path}: cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            item = parse_jsonl_line(line, f"{path}:{number}")
            if item is not None:
                yield item


def _text_file(path: str, stdin: BinaryIO | None = None) -> ArticleInput | BadInput:
    try:
        name, text = read_article(path, stdin)
    except InputError as exc:
        return BadInput(path, str(exc))
    return ArticleInput(name, text)


def discover(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[ArticleInput | BadInput]:
    """Every input named by ``paths``, in order: files, directories, corpora, ``-``."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted(p for p in Path(path).rglob("*.txt") if p.is_file())
            if not files:
                yield BadInput(path, f"{path}: no .txt files in this directory")
            for file in files:
                yield _text_file(str(file))
        elif path.endswith(".jsonl"):
            yield from read_jsonl(path)
        else:
            yield _text_file(path, stdin)


def unique_ids(items: Iterable[ArticleInput | BadInput]) -> Iterator[ArticleInput | BadInput]:
    """The items with distinct ids: a repeated id becomes an error record under a
    fresh id (its location), so output lines and ``--resume`` stay one per id."""
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            where = item.where or item.id
            fresh, number = where, 2
            while fresh in seen:
                fresh = f"{where}#{number}"
                number += 1
            error = item.error if isinstance(item, BadInput) else f"{where}: duplicate id {item.id!r}; skipped"
            item = BadInput(fresh, error, item.extra, where)
        seen.add(item.id)
        yield item


def read_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[ArticleInput | BadInput]:
    """Inputs of ``paths`` with unique ids, in order (see :func:`discover`)."""
    return unique_ids(discover(paths, stdin))


# --------------------------------------------------------------------------
# Resuming


def done_ids(path: str | Path) -> set[str]:
    """Ids already in a JSONL output file; a truncated last line is cut off so
    that appending starts on a fresh line (it was not finished, so not done)."""
    file = Path(path)
    if not file.exists():
        return set()
    data = file.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        tail = _record_id(data[end:])
        if tail is None:
            with open(file, "r+b") as handle:
                handle.truncate(end)
        else:
            with open(file, "ab") as handle:
                handle.write(b"\n")
    ids = {_record_id(line) for line in data.splitlines()}
    ids.discard(None)
    return ids  # type: ignore[return-value]


def _record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    ident = record.get("id") if isinstance(record, dict) else None
    return ident if isinstance(ident, str) else None


def skip_done(items: Iterable[ArticleInput | BadInput], done: set[str]) -> Iterator[ArticleInput | BadInput]:
    """The items not yet in the output (failed ones included: delete their lines to retry them)."""
    return (item for item in items if item.id not in done)


# --------------------------------------------------------------------------
# Running


def record_for(item: ArticleInput, result: ArticleResult) -> ArticleRecord:
    """The output record of an extracted article (``article`` as documented on the record)."""
    result.article = _article_name(item.id, item.extra)
    return ArticleRecord(item.id, result, item.extra)


def load_extractor(model: str | None = None) -> ExtractFn:
    """The real extract function, its parser loaded (raises ``ModelError``).
    Give it to :func:`run_batch` as ``functools.partial(load_extractor, model)``."""
    from quotes.extractor import Extractor

    return Extractor(model=model).load().extract_article


def _safe(extract: ExtractFn, item: ArticleInput) -> ArticleResult:
    """``extract`` that turns any failure into the result's error: one bad
    article must not stop a batch."""
    try:
        return extract(item.text, item.id)
    except Exception as exc:
        return ArticleResult(article=item.id, error=f"extraction failed: {type(exc).__name__}: {exc}")


def run_batch(items: Iterable[ArticleInput | BadInput], make_extract: Callable[[], ExtractFn],
              jobs: int = 1) -> Iterator[ArticleRecord]:
    """Extract every item, yielding one record per item in input order.

    ``make_extract`` builds the extract function once per process (it loads
    the model); with ``jobs > 1`` it runs in each of ``jobs`` worker processes
    and must be picklable (a module-level function or a ``functools.partial``
    of one).  Input is consumed lazily, so memory stays bounded on any corpus.
    """
    if jobs <= 1:
        extract = make_extract()
        for item in items:
            yield failed(item) if isinstance(item, BadInput) else record_for(item, _safe(extract, item))
        return
    yield from _run_parallel(items, make_extract, jobs)


# Worker-process state: the extract function built once by the initializer.
_worker_extract: ExtractFn | None = None
_worker_error: BaseException | None = None


def available_cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def threads_per_worker(jobs: int, cores: int | None = None) -> int:
    """Intra-op threads for each of ``jobs`` workers, so they do not oversubscribe the cores."""
    return max(1, (cores or available_cores()) // max(1, jobs))


def _init_worker(make_extract: Callable[[], ExtractFn], threads: int) -> None:
    global _worker_extract, _worker_error
    os.environ["OMP_NUM_THREADS"] = str(threads)  # before torch is imported
    try:
        _worker_extract = make_extract()
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    except BaseException as exc:  # reported by the first task, in the main process
        _worker_error = exc


def _work(item: ArticleInput) -> ArticleResult:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_extract is not None
    return _safe(_worker_extract, item)


class WorkerStartError(ModelError):
    """A worker process could not build its extractor: the model is unusable there."""


def _new_pool(make_extract: Callable[[], ExtractFn], jobs: int) -> ProcessPoolExecutor:
    import multiprocessing

    # spawn: a forked copy of a process that has torch loaded can deadlock
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(make_extract, threads_per_worker(jobs)))


def _run_parallel(items: Iterable[ArticleInput | BadInput], make_extract: Callable[[], ExtractFn],
                  jobs: int) -> Iterator[ArticleRecord]:
    """Ordered parallel extraction that survives a crashing worker.

    At most ``2 * jobs`` articles are in flight, and results are yielded in
    submission order.  When a worker dies (killed for memory, a segfault),
    the pool breaks and every unfinished article is retried in a fresh pool
    one at a time: an article that kills a worker on its own gets an error
    record, the others their results.
    """
    pool = _new_pool(make_extract, jobs)
    pending: deque[tuple[ArticleInput | BadInput, Future | None]] = deque()
    source = iter(items)
    try:
        while True:
            while len(pending) < 2 * jobs:
                item = next(source, None)
                if item is None:
                    break
                pending.append((item, None if isinstance(item, BadInput) else _submit(pool, item)))
            if not pending:
                # (waiting lets the pool's thread finish: one still running when the
                # interpreter exits may print "Exception ignored ... Bad file descriptor")
                pool.shutdown(wait=True)
                return
            item, future = pending.popleft()
            if future is None:
                yield failed(item)  # type: ignore[arg-type]
                continue
            try:
                result = _result(future)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                retry = [(item, future)] + list(pending)
                pending.clear()
                pool = _new_pool(make_extract, jobs)
                for again, earlier in retry:
                    if earlier is not None and earlier.done() and not earlier.cancelled() \
                            and earlier.exception() is None:
                        yield record_for(again, earlier.result())  # type: ignore[arg-type]
                        continue
                    record, pool = _isolated(again, pool, make_extract, jobs)
                    yield record
                continue
            yield record_for(item, result)  # type: ignore[arg-type]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, item: ArticleInput) -> Future:
    """``pool.submit``, with a pool broken meanwhile reported by the future like any other."""
    try:
        return pool.submit(_work, item)
    except BrokenProcessPool as exc:
        future: Future = Future()
        future.set_exception(exc)
        return future


def _result(future: Future) -> ArticleResult:
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:  # an initializer failure, raised again by the task
        if isinstance(exc, ModelError):
            raise
        raise WorkerStartError(f"a worker could not start: {type(exc).__name__}: {exc}") from exc


def _isolated(item: ArticleInput | BadInput, pool: ProcessPoolExecutor, make_extract: Callable[[], ExtractFn],
              jobs: int) -> tuple[ArticleRecord, ProcessPoolExecutor]:
    """Run one article alone, so that a crash is known to be its own."""
    if isinstance(item, BadInput):
        return failed(item), pool
    try:
        return record_for(item, _result(_submit(pool, item))), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        error = "extraction failed: the worker process died while extracting it (out of memory?)"
        return record_for(item, ArticleResult(article=item.id, error=error)), _new_pool(make_extract, jobs)


# --------------------------------------------------------------------------
# Progress


class Progress:
    """A one-line progress report on a terminal (silent when not a terminal):
    articles done, quotes found, articles per second."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True, every: float = 0.2):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and _is_terminal(self.stream)
        self.every = every
        self.articles = self.quotes = self.failures = 0
        self.started = time.monotonic()
        self._shown = 0.0

    def update(self, record: ArticleRecord) -> None:
        self.articles += 1
        self.quotes += len(record.result.quotes)
        self.failures += record.error is not None
        now = time.monotonic()
        if self.enabled and now - self._shown >= self.every:
            self._shown = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        failed_part = f", {self.failures} failed" if self.failures else ""
        return (f"{self.articles} articles, {self.quotes} quotes{failed_part}, "
                f"{self.articles / elapsed:.1f} articles/s")

    def clear(self) -> None:
        """Blank the progress line, so that an error message gets a line of its own."""
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.articles:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
