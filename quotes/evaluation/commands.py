"""The ``eval`` and ``gold`` subcommands (wired into ``quotes.cli`` by ``register``).

Handlers take the parsed ``argparse.Namespace`` and return the exit status.
Every failure a user can cause (a missing or broken file, an extractor that
cannot load) is reported as one line naming the file; no traceback.

Exit statuses: 0 success; 1 a check failed (``gold check`` found errors,
``eval --fail-under`` not met, ``gold init`` would overwrite a file);
2 the inputs were unusable (no gold file to score, bad gold or prediction
files, extractor unavailable) — in ``eval`` the usable articles are still
scored and reported.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .gold import (
    GoldError,
    GoldFile,
    Problem,
    article_stats,
    find_gold_files,
    fix_gold,
    init_gold_text,
    load_gold,
    repo_root,
    validate_gold,
)
from .metrics import Example, score
from .predictions import PredictedQuote, PredictionRecord, load_predictions
from .report import FORMATS, render, render_stats

__all__ = ["register"]

DEFAULT_GOLD = "gold"


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {text}")
    return value


def register(subparsers: Any) -> None:
    """Add ``eval`` and ``gold {check,init,stats}`` to an argparse subparsers object."""
    ev = subparsers.add_parser(
        "eval",
        help="score predictions against the gold files",
        description="Score quote extraction against hand-labelled gold files: detection P/R/F1 "
        "(strict and lenient, overall and per type), attribution accuracy, end-to-end P/R/F1 "
        "(the headline: lenient span match and right speaker) and title accuracy, micro-averaged "
        "over the files with status: complete, and per article. Matching rules: docs/evaluation.md.",
    )
    ev.add_argument("--gold", nargs="+", default=[DEFAULT_GOLD], metavar="PATH",
                    help="gold files or directories of *.yaml files (default: gold/)")
    ev.add_argument("--pred", action="append", metavar="FILE",
                    help="predictions to score: JSON Lines of ArticleResult records, or a JSON record "
                    "or list of records (docs/gold-format.md); repeatable. Without it the extractor "
                    "is run on each gold file's article.")
    ev.add_argument("--model", metavar="NAME",
                    help="parser model for the extractor (ignored with --pred)")
    ev.add_argument("--format", choices=FORMATS, default="table", help="report format (default: table)")
    ev.add_argument("--errors", action="store_true",
                    help="list every false positive, false negative, boundary, type, speaker and title error")
    ev.add_argument("--fail-under", type=_fraction, metavar="F1",
                    help="exit with status 1 when the end-to-end F1 is below F1 (0..1)")
    ev.set_defaults(func=run_eval)

    gold = subparsers.add_parser(
        "gold",
        help="check, create and summarise gold files",
        description="Tools for the hand-labelled gold files (format: docs/gold-format.md).",
    )
    gold.set_defaults(func=lambda args: _usage(gold))
    actions = gold.add_subparsers(dest="gold_command", metavar="{check,init,stats}")

    check = actions.add_parser(
        "check",
        help="validate gold files against the format",
        description="Validate gold files: schema, types, that every text occurs in its article at "
        "its start offset, that repeated texts have a start, no duplicate quotes. Prints every "
        "problem as FILE: quote N: FIELD: message and exits 1 if there is any error.",
    )
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="gold files or directories of *.yaml files (default: gold/)")
    check.add_argument("--fix", action="store_true",
                       help="fill in missing start offsets of texts that occur once in the article "
                       "(edits the file in place, keeping comments and key order)")
    check.set_defaults(func=run_gold_check)

    init = actions.add_parser(
        "init",
        help="start a gold file for a new article, pre-filled from the extractor",
        description="Write a gold file (status: partial) for ARTICLE pre-filled with the "
        "extractor's predictions, to be corrected by hand. If the extractor cannot run, the "
        "file gets an empty quote list.",
    )
    init.add_argument("article", metavar="ARTICLE", help="the article's text file")
    init.add_argument("-o", "--output", metavar="FILE",
                      help="where to write it (default: gold/<article stem>.yaml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.add_argument("--model", metavar="NAME", help="parser model for the extractor")
    init.set_defaults(func=run_gold_init)

    stats = actions.add_parser(
        "stats",
        help="count gold quotes by article, type, kind and speaker",
        description="Summarise gold files: quotes per article by type and speaker kind, and "
        "the speakers of each article.",
    )
    stats.add_argument("paths", nargs="*", metavar="PATH",
                       help="gold files or directories of *.yaml files (default: gold/)")
    stats.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    stats.set_defaults(func=run_gold_stats)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# --------------------------------------------------------------------------
# gold check / stats / init


def run_gold_check(args: argparse.Namespace) -> int:
    """``quotes gold check [--fix] [PATH...]``."""
    files, missing = find_gold_files(args.paths or [DEFAULT_GOLD])
    for message in missing:
        print(message)
    errors = warnings = quotes = 0
    bad_files = set()
    for path in files:
        if args.fix:
            fixed = fix_gold(path)
            for number, start in fixed.filled.items():
                print(f"{path}: quote {number}: start: filled in {start}")
            for problem in fixed.problems:
                print(problem)
        gold, problems = validate_gold(path)
        for problem in problems:
            print(problem)
            if problem.warning:
                warnings += 1
            else:
                errors += 1
                bad_files.add(path)
        quotes += len(gold.quotes) if gold else 0
    noun = "file" if len(files) == 1 else "files"
    warned = f", {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
    if errors or missing:
        print(f"gold check: {errors} error{'s' * (errors != 1)}{warned} in {len(bad_files)} of "
              f"{len(files)} {noun}" + (f"; {len(missing)} path(s) not usable" if missing else ""))
        return 1
    print(f"gold check: {len(files)} {noun}, {quotes} quotes: no errors{warned}")
    return 0


def _load_all(paths: Sequence[str]) -> tuple[list[GoldFile], list[str]]:
    """Load the gold files; a bad file is one line naming its first error."""
    files, problems = find_gold_files(paths)
    golds = []
    for path in files:
        try:
            golds.append(load_gold(path))
        except GoldError as err:
            count = len(err.problems)
            problems.append(f"{path}: skipped, {count} error{'s' * (count != 1)} "
                            f"(run `quotes gold check {path}`); first: {_strip_file(err.problems[0])}")
    return golds, problems


def _strip_file(problem: Problem) -> str:
    text = str(problem)
    return text[len(problem.file) + 2:] if text.startswith(problem.file + ": ") else text


def run_gold_stats(args: argparse.Namespace) -> int:
    """``quotes gold stats [PATH...]``."""
    golds, problems = _load_all(args.paths or [DEFAULT_GOLD])
    for message in problems:
        _err(message)
    if golds:
        sys.stdout.write(render_stats([article_stats(g) for g in golds], args.format))
    return 1 if problems or not golds else 0


def _extractor(model: str | None) -> Any:
    """The extractor, imported only when needed: the harness works without it."""
    from quotes.extractor import Extractor  # noqa: PLC0415 (lazy on purpose)

    return Extractor(model=model) if model else Extractor()


def run_gold_init(args: argparse.Namespace) -> int:
    """``quotes gold init ARTICLE [-o FILE] [--force]``."""
    article = Path(args.article)
    try:
        text = article.read_bytes().decode("utf-8")
    except OSError as err:
        _err(f"{article}: cannot read: {err.strerror or err}")
        return 1
    except UnicodeDecodeError as err:
        _err(f"{article}: not UTF-8 (offset {err.start})")
        return 1
    out = Path(args.output) if args.output else Path(DEFAULT_GOLD) / f"{article.stem}.yaml"
    if out.exists() and not args.force:
        _err(f"{out}: already exists; pass --force to overwrite it")
        return 1

    # The article path is written relative to the repo root the checker will
    # resolve it against (the parent of the gold file's directory).
    root = repo_root(out)
    try:
        article_field = article.resolve().relative_to(root).as_posix()
    except ValueError:
        article_field = str(article.resolve())

    try:
        quotes = list(_extractor(getattr(args, "model", None)).extract(text))
        note = "pre-filled by quotes gold init from the extractor's output; not reviewed yet"
    except Exception as err:  # noqa: BLE001 - any failure of the optional extractor is reported, not raised
        quotes = []
        reason = f"{type(err).__name__}: {err}"
        note = f"extractor unavailable ({reason}); quotes to be labelled by hand"
        _err(f"note: the extractor could not run ({reason}); writing an empty quote list")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(init_gold_text(article_field, quotes, note), encoding="utf-8")
    except OSError as err:
        _err(f"{out}: cannot write: {err.strerror or err}")
        return 1
    print(f"wrote {out}: {len(quotes)} quotes pre-filled, status: partial. Correct it by hand, run "
          f"`quotes gold check --fix {out}`, then set status: complete.")
    return 0


# --------------------------------------------------------------------------
# eval


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def pair_records(golds: Sequence[GoldFile], records: Sequence[PredictionRecord]
                 ) -> tuple[dict[int, PredictionRecord], list[str], int]:
    """Attach each prediction record to its gold file.

    By article path first (resolved against each gold file's repo root and
    the current directory), then by file stem; returns the records by gold
    index, problems (ambiguous or repeated records), and how many records
    had no gold file (normal: articles nobody has labelled).
    """
    roots = {repo_root(g.path) for g in golds} | {Path.cwd()}
    by_stem: dict[str, list[int]] = defaultdict(list)
    for index, gold in enumerate(golds):
        for stem in {Path(gold.article).stem, gold.path.stem}:
            by_stem[stem].append(index)
    paired: dict[int, PredictionRecord] = {}
    problems: list[str] = []
    unmatched = 0
    for record in records:
        path = Path(record.article)
        candidates = [path] if path.is_absolute() else [root / path for root in roots]
        hits = [i for i, g in enumerate(golds) if any(_same_file(c, g.article_path) for c in candidates)]
        if not hits:
            hits = by_stem.get(path.stem, [])
        if not hits:
            unmatched += 1
            continue
        if len(hits) > 1:
            problems.append(f"{record.source}: article {record.article} matches several gold files; ignored")
            continue
        if hits[0] in paired:
            problems.append(f"{record.source}: second record for {record.article} "
                            f"(first: {paired[hits[0]].source}); ignored")
            continue
        paired[hits[0]] = record
    return paired, problems, unmatched


def _examples_from_files(golds: Sequence[GoldFile], pred_paths: Sequence[str]
                         ) -> tuple[list[Example], list[str]]:
    records: list[PredictionRecord] = []
    problems: list[str] = []
    for pred_path in pred_paths:
        loaded, bad = load_predictions(pred_path)
        records += loaded
        problems += bad
    paired, pairing_problems, unmatched = pair_records(golds, records)
    problems += pairing_problems
    if unmatched:
        _err(f"note: {unmatched} prediction record(s) have no gold file and were not scored")
    examples = []
    for index, gold in enumerate(golds):
        record = paired.get(index)
        if record is None:
            examples.append(Example(gold, (), "no prediction record: scored as no predictions"))
            continue
        note = f"extraction error: {record.error}" if record.error else None
        examples.append(Example(gold, record.quotes, note))
    return examples, problems


def _examples_from_extractor(golds: Sequence[GoldFile], model: str | None
                             ) -> tuple[list[Example], list[str]] | None:
    try:
        extractor = _extractor(model)
        # Load the parser up front: a missing model is then one error, not one per article.
        load = getattr(extractor, "load", None)
        if callable(load):
            load()
    except Exception as err:  # noqa: BLE001 - report any failure to load the extractor in one line
        _err(f"quotes eval: cannot load the extractor ({type(err).__name__}: {err}); "
             "score saved predictions with --pred FILE")
        return None
    examples, problems = [], []
    for gold in golds:
        try:
            quotes = extractor.extract(gold.article_text)
            examples.append(Example(gold, tuple(PredictedQuote.from_quote(q) for q in quotes)))
        except Exception as err:  # noqa: BLE001 - one failing article must not stop the others
            message = f"extractor failed: {type(err).__name__}: {err}"
            problems.append(f"{gold.article}: {message}; scored as no predictions")
            examples.append(Example(gold, (), message))
    return examples, problems


def run_eval(args: argparse.Namespace) -> int:
    """``quotes eval``: score, print the report, apply ``--fail-under``."""
    golds, problems = _load_all(args.gold)
    for message in problems:
        _err(message)
    if not golds:
        _err("quotes eval: no valid gold file to score")
        return 2
    if args.pred:
        if args.model:
            _err("note: --model is ignored with --pred")
        examples, more = _examples_from_files(golds, args.pred)
        source = ", ".join(args.pred)
    else:
        result = _examples_from_extractor(golds, args.model)
        if result is None:
            return 2
        examples, more = result
        source = f"extractor (model: {args.model or os.environ.get('QUOTES_MODEL') or 'default'})"
    for message in more:
        _err(message)
    problems += more

    report = score(examples, problems=problems, source=source)
    sys.stdout.write(render(report, args.format, errors=args.errors))
    if args.fail_under is not None:
        f1 = report.headline_f1
        if f1 is None or f1 < args.fail_under:
            shown = "undefined" if f1 is None else f"{f1:.3f}"
            _err(f"quotes eval: end-to-end F1 {shown} is under --fail-under {args.fail_under}")
            return 1
    return 2 if problems else 0
