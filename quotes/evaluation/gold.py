"""Gold files: the model, the loader, the checker, ``--fix``, ``init`` and stats.

The format is the contract of GOLD_GUIDELINES.md (docs/gold-format.md).  The
checker's job is to make every way a hand-written file can break the
contract visible at once, as ``FILE: quote N: FIELD: what is wrong`` lines,
so an annotator can fix a file in one pass; the loader refuses any file with
an error, so the scorer only ever sees valid gold.

Quote numbers in messages count from 1, in file order.  Messages end with
``[line N]``, the line of the offending key in the YAML file.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quotes.records import QUOTE_TYPES, SPEAKER_KINDS, Quote

__all__ = [
    "ArticleStats",
    "FixResult",
    "GoldError",
    "GoldFile",
    "GoldQuote",
    "Problem",
    "STATUSES",
    "article_stats",
    "check_gold",
    "find_gold_files",
    "fix_gold",
    "init_gold_text",
    "load_gold",
    "repo_root",
    "resolve_article",
    "validate_gold",
]

STATUSES: tuple[str, ...] = ("complete", "partial")
FILE_KEYS: tuple[str, ...] = ("article", "status", "notes", "quotes")
QUOTE_KEYS: tuple[str, ...] = (
    "text", "start", "end", "type", "cue", "speaker", "mention", "kind", "title", "optional",
)


# --------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class GoldQuote:
    """One labelled quote.  ``start`` is always set once a file is loaded."""

    text: str
    start: int | None
    end: int | None
    type: str
    cue: str | None = None
    speaker: str | list[str] | None = None
    mention: str | None = None
    kind: str | None = None
    title: str | list[str] | None = None
    optional: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    line: int = field(default=0, compare=False)  # of the quote in the YAML file

    def to_dict(self) -> dict[str, Any]:
        out = {key: getattr(self, key) for key in QUOTE_KEYS}
        out.update(self.extra)
        return out


@dataclass(frozen=True)
class GoldFile:
    """One gold file with its article text loaded."""

    path: Path
    article: str  # as written in the file, relative to the repo root
    article_path: Path  # where it was found
    article_text: str
    status: str
    notes: str | None
    quotes: tuple[GoldQuote, ...]

    @property
    def complete(self) -> bool:
        """Every quote of the article is labelled, so recall is meaningful."""
        return self.status == "complete"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a gold file, rendered as the checker prints it."""

    file: str
    message: str
    quote: int | None = None  # 1-based
    field: str | None = None
    line: int | None = None  # 1-based, in the YAML file
    warning: bool = False

    def __str__(self) -> str:
        parts = [self.file]
        if self.quote is not None:
            parts.append(f"quote {self.quote}")
        if self.field is not None:
            parts.append(self.field)
        message = f"warning: {self.message}" if self.warning else self.message
        suffix = f" [line {self.line}]" if self.line else ""
        return ": ".join(parts + [message]) + suffix


class GoldError(ValueError):
    """A gold file that breaks the format; ``problems`` says how."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------
# Reading


def find_gold_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Expand directories to their ``*.yaml`` files; report missing paths."""
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.glob("*.yaml"))
            if not found:
                problems.append(f"{path}: no *.yaml gold files in this directory")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or directory")
    unique: dict[Path, Path] = {}
    for path in files:  # the same file named twice (gold/ and gold/x.yaml) counts once
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), problems


def repo_root(gold_path: Path) -> Path:
    """The directory ``article:`` paths are relative to: the parent of ``gold/``."""
    return gold_path.resolve().parent.parent


def resolve_article(article: str, gold_path: Path) -> Path | None:
    """Find an article: absolute, else under the repo root, else under the cwd."""
    candidate = Path(article)
    if candidate.is_absolute():
        return candidate if candidate.is_file() else None
    for base in (repo_root(gold_path), Path.cwd()):
        if (base / candidate).is_file():
            return base / candidate
    return None


@dataclass
class _Parsed:
    """A YAML file read both as data and as nodes (for line numbers and --fix)."""

    text: str
    node: yaml.Node | None
    data: Any


def _read_yaml(path: Path, label: str) -> _Parsed | Problem:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Problem(label, "no such file")
    except OSError as err:
        return Problem(label, f"cannot read: {err.strerror or err}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return Problem(label, f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start})")
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = " ".join(str(s) for s in (err.context, err.problem) if s)
        return Problem(label, f"invalid YAML{where}: {what}")
    except yaml.YAMLError as err:
        return Problem(label, f"invalid YAML: {' '.join(str(err).split())}")
    finally:
        loader.dispose()
    return _Parsed(text, node, data)


def _read_article(path: Path) -> str:
    """The article text; raises OSError/UnicodeDecodeError for the caller to word."""
    return path.read_bytes().decode("utf-8")


# --------------------------------------------------------------------------
# Checking


def _kind_of(value: Any) -> str:
    """How a wrong value is described: with a hint for YAML's surprises."""
    if isinstance(value, bool):
        return (f"a boolean ({str(value).lower()}); YAML reads yes/no/on/off/true/false "
                "as booleans, quote the value")
    if isinstance(value, (int, float)):
        return f"a number ({value}); quote it"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value) if isinstance(value, str) else f"{type(value).__name__} ({value!r})"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def find_all(text: str, needle: str) -> list[int]:
    """Every offset at which ``needle`` occurs in ``text``."""
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _offsets(found: Sequence[int]) -> str:
    shown = ", ".join(str(at) for at in found[:5])
    return shown + (", ..." if len(found) > 5 else "")


_QUOTE_CHARS = "\"'“”‘’«»„‟‹›`´"


def _near_miss(article: str, text: str) -> str:
    """Where ``text`` almost occurs: differing only in quote marks or spacing.

    The commonest cause of "not in the article" is a straight quote typed for
    a curly one or a line break typed as a space; naming the place saves
    the annotator a search.
    """
    pattern = []
    for char in text.strip():
        if char.isspace():
            if not pattern or pattern[-1] != r"\s+":
                pattern.append(r"\s+")
        elif char in _QUOTE_CHARS:
            pattern.append(f"[{re.escape(_QUOTE_CHARS)}]")
        else:
            pattern.append(re.escape(char))
    match = re.search("".join(pattern), article) if pattern else None
    if match:
        return (f"; it differs only in quotation marks or white space from the text at "
                f"{match.start()}: {match.group()!r}")
    return ""


class _Checker:
    """Collects every problem of one file; one method per part of the schema."""

    def __init__(self, path: Path, label: str):
        self.path = path
        self.label = label
        self.problems: list[Problem] = []

    def error(self, message: str, *, quote: int | None = None, field: str | None = None,
              node: yaml.Node | None = None) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.label, message, quote, field, line))

    def warn(self, message: str, *, quote: int | None = None, field: str | None = None,
             node: yaml.Node | None = None) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.label, message, quote, field, line, warning=True))

    # -- structure ---------------------------------------------------------

    def key_nodes(self, node: yaml.Node | None, quote: int | None) -> dict[str, yaml.Node]:
        """Key nodes of a mapping by name, reporting duplicate keys on the way."""
        keys: dict[str, yaml.Node] = {}
        if not isinstance(node, yaml.MappingNode):
            return keys
        for key_node, _ in node.value:
            name = str(key_node.value)
            if name in keys:
                self.error(f"duplicate key (first at line {keys[name].start_mark.line + 1}); "
                           "YAML keeps only the last value", quote=quote, field=name, node=key_node)
            keys[name] = key_node
        return keys

    def unknown_keys(self, data: dict, known: Sequence[str], keys: dict[str, yaml.Node],
                     quote: int | None) -> None:
        # Extra keys are allowed (kept, ignored), but a near-miss of a known
        # key is almost always a typo that would silently drop a label.
        for name in data:
            if str(name) in known:
                continue
            close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.75)
            if close and close[0] not in data:
                self.warn(f"unknown key, ignored; did you mean '{close[0]}'?",
                          quote=quote, field=str(name), node=keys.get(str(name)))

    def header(self, data: dict, keys: dict[str, yaml.Node]) -> None:
        article = data.get("article")
        if "article" not in data:
            self.error("missing (path of the article, relative to the repo root)", field="article")
        elif not isinstance(article, str) or not article.strip():
            self.error(f"expected a path, got {_kind_of(article)}", field="article", node=keys["article"])
        status = data.get("status")
        if "status" not in data:
            self.error("missing (complete or partial)", field="status")
        elif status not in STATUSES:
            self.error(f"expected complete or partial, got {status!r}", field="status", node=keys["status"])
        if "quotes" not in data:
            self.error("missing (a list of quotes, [] if none)", field="quotes")
        elif not isinstance(data["quotes"], list):
            self.error(f"expected a list, got {_kind_of(data['quotes'])}", field="quotes", node=keys["quotes"])
        self.unknown_keys(data, FILE_KEYS, keys, None)

    def article(self, article: str) -> str | None:
        found = resolve_article(article, self.path)
        if found is None:
            self.error(f"file not found: {article} (looked under {repo_root(self.path)} and {Path.cwd()})",
                       field="article")
            return None
        try:
            return _read_article(found)
        except OSError as err:
            self.error(f"cannot read {found}: {err.strerror or err}", field="article")
        except UnicodeDecodeError as err:
            self.error(f"{found} is not UTF-8 (offset {err.start})", field="article")
        return None

    # -- one quote ----------------------------------------------------------

    def quote(self, number: int, item: Any, node: yaml.Node | None) -> None:
        """Field types of one quote (the article checks come later)."""
        if not isinstance(item, dict):
            self.error(f"expected a mapping (text, type, speaker, ...), got {_kind_of(item)}",
                       quote=number, node=node)
            return
        keys = self.key_nodes(node, number)

        def at(name: str) -> yaml.Node | None:
            return keys.get(name, node)

        text = item.get("text")
        if "text" not in item:
            self.error("missing (the quote's span, exactly as in the article)", quote=number,
                       field="text", node=node)
        elif not isinstance(text, str) or not text:
            got = "an empty string" if text == "" else _kind_of(text)
            self.error(f"expected a non-empty string, got {got}", quote=number, field="text", node=at("text"))
        if "type" not in item:
            self.error("missing (direct, indirect or mixed)", quote=number, field="type", node=node)
        elif item["type"] not in QUOTE_TYPES:
            self.error(f"expected direct, indirect or mixed, got {item['type']!r}",
                       quote=number, field="type", node=at("type"))
        if "speaker" not in item:
            self.error("missing (the source's name; null when the article does not say)",
                       quote=number, field="speaker", node=node)
        for name in ("speaker", "title"):
            self.names(number, name, item.get(name), at(name))
        for name in ("cue", "mention"):
            value = item.get(name)
            if value is not None and not isinstance(value, str):
                self.error(f"expected a string or null, got {_kind_of(value)}",
                           quote=number, field=name, node=at(name))
        kind = item.get("kind")
        if kind is not None and kind not in SPEAKER_KINDS:
            self.error(f"expected person, organization, unnamed or null, got {kind!r}",
                       quote=number, field="kind", node=at("kind"))
        optional = item.get("optional", False)
        if not isinstance(optional, bool):
            self.error(f"expected true or false, got {_kind_of(optional)}",
                       quote=number, field="optional", node=at("optional"))
        for name in ("start", "end"):
            value = item.get(name)
            if value is not None and (not _is_int(value) or value < 0):
                self.error(f"expected a character offset (integer >= 0), got {_kind_of(value)}",
                           quote=number, field=name, node=at(name))
        self.unknown_keys(item, QUOTE_KEYS, keys, number)

    def names(self, number: int, name: str, value: Any, node: yaml.Node | None) -> None:
        """``speaker``/``title``: a string, a non-empty list of strings, or null."""
        if value is None:
            return
        if isinstance(value, str):
            if not value.strip():
                self.error("empty string; use null when the article gives none",
                           quote=number, field=name, node=node)
            return
        if isinstance(value, list):
            if not value:
                self.error("empty list; use null when the article gives none",
                           quote=number, field=name, node=node)
            for element in value:
                if not isinstance(element, str) or not element.strip():
                    self.error(f"list elements must be non-empty strings, got {_kind_of(element)}",
                               quote=number, field=name, node=node)
            return
        self.error(f"expected a string, a list of strings or null, got {_kind_of(value)}",
                   quote=number, field=name, node=node)

    def placement(self, number: int, item: dict, article: str, node: yaml.Node | None) -> int | None:
        """Check ``text``/``start``/``end`` against the article; return the start."""
        text, start, end = item.get("text"), item.get("start"), item.get("end")
        if not isinstance(text, str) or not text:
            return None
        keys = {str(k.value): k for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
        found = find_all(article, text)
        if not found:
            self.error("not found in the article" + _near_miss(article, text),
                       quote=number, field="text", node=keys.get("text", node))
            return None
        if _is_int(start):
            if article[start:start + len(text)] != text:
                self.error(f"{start} does not point at the text (it is at {_offsets(found)})",
                           quote=number, field="start", node=keys.get("start", node))
                return None
        elif start is None:
            if len(found) > 1:
                self.error(f"required: the text occurs {len(found)} times (at {_offsets(found)})",
                           quote=number, field="start", node=keys.get("text", node))
                return None
            start = found[0]
        else:
            return None  # wrong type, already reported
        if _is_int(end) and end != start + len(text):
            self.error(f"expected {start + len(text)} (start + length of text), got {end}",
                       quote=number, field="end", node=keys.get("end", node))
        for name in ("cue", "mention"):
            value = item.get(name)
            if isinstance(value, str) and value and value not in article:
                self.warn("not found in the article", quote=number, field=name,
                          node=keys.get(name, node))
        return start


def _quote_nodes(root: yaml.Node | None) -> list[yaml.Node | None]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "quotes" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def validate_gold(path: str | Path, label: str | None = None) -> tuple[GoldFile | None, list[Problem]]:
    """Every problem of one file, and the file itself when it has no error.

    Warnings (a likely-mistyped key, a cue not found in the article) do not
    stop a file from loading.
    """
    path = Path(path)
    label = label or str(path)
    parsed = _read_yaml(path, label)
    if isinstance(parsed, Problem):
        return None, [parsed]
    data = parsed.data
    if data is None:
        return None, [Problem(label, "empty file; expected a mapping with article, status and quotes")]
    if not isinstance(data, dict):
        return None, [Problem(label, f"expected a mapping with article, status and quotes, got {_kind_of(data)}")]

    check = _Checker(path, label)
    keys = check.key_nodes(parsed.node, None)
    check.header(data, keys)
    raw_quotes = data.get("quotes") if isinstance(data.get("quotes"), list) else []
    nodes = _quote_nodes(parsed.node)
    nodes += [None] * (len(raw_quotes) - len(nodes))
    for number, (item, node) in enumerate(zip(raw_quotes, nodes), start=1):
        check.quote(number, item, node)

    article_text = None
    if isinstance(data.get("article"), str) and data["article"].strip():
        article_text = check.article(data["article"])
    starts: dict[int, int] = {}
    if article_text is not None:
        seen: dict[tuple[str, int], int] = {}
        for number, (item, node) in enumerate(zip(raw_quotes, nodes), start=1):
            if not isinstance(item, dict):
                continue
            start = check.placement(number, item, article_text, node)
            if start is None:
                continue
            starts[number] = start
            first = seen.setdefault((item["text"], start), number)
            if first != number:
                check.error(f"duplicate of quote {first} (same text and start)",
                            quote=number, field="text", node=node)

    problems = check.problems
    if any(not p.warning for p in problems):
        return None, problems
    quotes = tuple(
        _gold_quote(item, starts[number], node)
        for number, (item, node) in enumerate(zip(raw_quotes, nodes), start=1)
    )
    notes = data.get("notes")
    gold = GoldFile(
        path=path,
        article=data["article"],
        article_path=resolve_article(data["article"], path) or Path(data["article"]),
        article_text=article_text or "",
        status=data["status"],
        notes=None if notes is None else str(notes),
        quotes=quotes,
    )
    return gold, problems


def _gold_quote(item: dict, start: int, node: yaml.Node | None) -> GoldQuote:
    return GoldQuote(
        text=item["text"],
        start=start,
        end=start + len(item["text"]),
        type=item["type"],
        cue=item.get("cue"),
        speaker=item.get("speaker"),
        mention=item.get("mention"),
        kind=item.get("kind"),
        title=item.get("title"),
        optional=bool(item.get("optional", False)),
        extra={k: v for k, v in item.items() if k not in QUOTE_KEYS},
        line=node.start_mark.line + 1 if node is not None else 0,
    )


def check_gold(path: str | Path, label: str | None = None) -> list[Problem]:
    """Every problem of a gold file (errors and warnings); [] when clean.

    ``label`` is how the file is named in messages (default: the path as given).
    """
    return validate_gold(path, label)[1]


def load_gold(path: str | Path) -> GoldFile:
    """Load a gold file for scoring; raise :class:`GoldError` if it has errors.

    Missing ``start`` offsets are filled in (the checker guarantees that the
    text is then unique in the article), so every loaded quote is placed.
    """
    gold, problems = validate_gold(path)
    if gold is None:
        raise GoldError([p for p in problems if not p.warning])
    return gold


# --------------------------------------------------------------------------
# --fix


@dataclass
class FixResult:
    """What ``fix_gold`` did: starts filled (quote number -> offset) and why not others."""

    filled: dict[int, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _line_ending(line: str) -> str:
    for ending in ("\r\n", "\n", "\r"):
        if line.endswith(ending):
            return ending
    return "\n"


def fix_gold(path: str | Path, label: str | None = None) -> FixResult:
    """Fill in the missing ``start`` of every quote whose text is unique.

    The file is edited as text, not re-dumped: a ``start: N`` line is inserted
    right after the quote's ``text`` value, at the indentation of the
    ``text`` key.  Key order, comments, quoting style and blank lines stay as
    the annotator wrote them (a PyYAML round trip would lose the comments and
    reflow the strings).  The edited text is parsed again and written only if
    it holds exactly the old data plus the new offsets; otherwise nothing is
    written and the quote is reported.  Flow-style quotes (``{text: ...}``)
    are left alone.  Wrong offsets are never "fixed": which of text and
    start is wrong is the annotator's call.
    """
    path = Path(path)
    label = label or str(path)
    result = FixResult()
    parsed = _read_yaml(path, label)
    if isinstance(parsed, Problem) or not isinstance(parsed.data, dict):
        return result  # the checker reports why
    data = parsed.data
    article_path = resolve_article(data["article"], path) if isinstance(data.get("article"), str) else None
    if article_path is None or not isinstance(data.get("quotes"), list):
        return result
    try:
        article = _read_article(article_path)
    except (OSError, UnicodeDecodeError):
        return result

    lines = parsed.text.splitlines(keepends=True)
    newline = _line_ending(lines[0]) if lines else "\n"  # keep the file's own line endings
    inserts: list[tuple[int, str]] = []
    for number, (item, node) in enumerate(zip(data["quotes"], _quote_nodes(parsed.node)), start=1):
        if not isinstance(item, dict) or "start" in item or not isinstance(item.get("text"), str):
            continue
        found = find_all(article, item["text"]) if item["text"] else []
        if len(found) != 1:
            continue  # missing or ambiguous: the checker reports it
        if not isinstance(node, yaml.MappingNode) or node.flow_style:
            result.problems.append(Problem(label, f"not filled in (flow-style quote); add start: {found[0]}",
                                           quote=number, field="start"))
            continue
        key, value = next((k, v) for k, v in node.value if k.value == "text")
        end = value.end_mark
        at = end.line + 1 if end.column > 0 else end.line
        if at >= len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline  # the text was the file's last line
        inserts.append((at, " " * key.start_mark.column + f"start: {found[0]}{newline}"))
        result.filled[number] = found[0]

    if not inserts:
        return result
    for at, line in sorted(inserts, reverse=True):
        lines.insert(at, line)
    new_text = "".join(lines)
    expected = [dict(q) if isinstance(q, dict) else q for q in data["quotes"]]
    for number, start in result.filled.items():
        expected[number - 1]["start"] = start
    try:
        reparsed = yaml.safe_load(new_text)
        safe = reparsed == {**data, "quotes": expected}
    except yaml.YAMLError:
        safe = False
    if not safe:
        for number, start in result.filled.items():
            result.problems.append(Problem(label, f"could not be inserted safely; add start: {start} by hand",
                                           quote=number, field="start"))
        result.filled.clear()
        return result
    path.write_text(new_text, encoding="utf-8", newline="")
    return result


# --------------------------------------------------------------------------
# init


def _scalar(value: Any) -> str:
    """One YAML scalar in the style of the committed gold files."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def _quote_entry(quote: Quote) -> dict[str, Any]:
    record = quote.to_dict()
    entry = {key: record.get(key) for key in ("text", "start", "type", "cue", "speaker", "mention", "kind", "title")}
    entry["optional"] = False
    return entry


def init_gold_text(article: str, quotes: Sequence[Quote] | None, note: str) -> str:
    """The text of a new ``status: partial`` gold file pre-filled with ``quotes``.

    Written by hand rather than by ``yaml.safe_dump`` to produce the layout
    annotators see in the committed files (key order of the guidelines, all
    strings double-quoted, one key per line); the result is checked to parse
    back to the intended data, falling back to ``safe_dump`` if not.
    """
    entries = [_quote_entry(q) for q in quotes or ()]
    data = {"article": article, "status": "partial", "notes": note, "quotes": entries}
    out = [
        "# Pre-filled by `quotes gold init` from the extractor's output: review every quote",
        "# against the guidelines (docs/gold-format.md), add the missed ones, run",
        "# `quotes gold check --fix` on this file, then set status: complete.",
        f"article: {_scalar(article)}",
        "status: partial",
        f"notes: {_scalar(note)}",
    ]
    if not entries:
        out.append("quotes: []")
    else:
        out.append("quotes:")
        for entry in entries:
            prefix = "  - "
            for key, value in entry.items():
                out.append(f"{prefix}{key}: {_scalar(value)}")
                prefix = "    "
    text = "\n".join(out) + "\n"
    try:
        if yaml.safe_load(text) == data:
            return text
    except yaml.YAMLError:
        pass
    return "\n".join(out[:3]) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**6)


# --------------------------------------------------------------------------
# stats


@dataclass(frozen=True)
class ArticleStats:
    """Counts of one gold file, for ``quotes gold stats``."""

    file: str
    article: str
    status: str
    quotes: int
    optional: int
    types: dict[str, int]
    kinds: dict[str, int]
    speakers: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _speaker_names(speaker: str | list[str] | None) -> Iterator[str]:
    if speaker is None:
        yield "(none)"
    elif isinstance(speaker, str):
        yield speaker
    else:
        yield " + ".join(speaker)


def article_stats(gold: GoldFile) -> ArticleStats:
    """Counts by type, kind and speaker of one gold file."""
    types = Counter({t: 0 for t in QUOTE_TYPES})
    types.update(q.type for q in gold.quotes)
    kinds = Counter(q.kind or "(none)" for q in gold.quotes)
    speakers = Counter(name for q in gold.quotes for name in _speaker_names(q.speaker))
    return ArticleStats(
        file=str(gold.path),
        article=gold.article,
        status=gold.status,
        quotes=len(gold.quotes),
        optional=sum(q.optional for q in gold.quotes),
        types=dict(types),
        kinds=dict(sorted(kinds.items())),
        speakers=dict(speakers.most_common()),
    )
