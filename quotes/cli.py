"""The ``quotes`` command line: parse, extract, eval and gold.

Each subcommand reports bad input as one line on stderr naming the input, and
in a batch goes on with the other articles.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import Iterable, Iterator, TextIO

from quotes.batch import InputError, read_article  # noqa: F401  (read_article: public here too)
from quotes.pipeline import ENV_VAR, ModelError


def _error(message: str) -> None:
    print(f"quotes: error: {message}", file=sys.stderr)


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None,
                        help=f"parser model: an embedded model name, a model folder, or 'stanza' for "
                             f"stanza's downloaded official models (default: ${ENV_VAR} or en_ewt_small)")


# --- parse ---------------------------------------------------------------------------

def cmd_parse(args: argparse.Namespace) -> int:
    from quotes.pipeline import load_pipeline, parse_bounded, to_conllu

    try:
        pipeline = load_pipeline(args.model)
    except ModelError as exc:
        _error(str(exc))
        return 2
    status = 0
    for path in args.files:
        try:
            name, text = read_article(path)
        except InputError as exc:
            _error(str(exc))
            status = 1
            continue
        doc = parse_bounded(pipeline, text)
        if args.format == "conllu":
            sys.stdout.write(f"# article = {name}\n" + to_conllu(doc) + "\n")
        else:
            for sentence in doc.sentences:
                print(" ".join(f"{w.text}/{w.upos}/{w.deprel}>{w.head}" for w in sentence.words))
    return status


# --- extract -------------------------------------------------------------------------

def _write_results(records: Iterable, fmt: str, out: TextIO) -> None:
    """Write :class:`quotes.batch.ArticleRecord` s; jsonl and table stream, a
    line or block per article as soon as it is done."""
    from quotes.render import render_table

    records = list(records) if fmt in ("json", "yaml") else records
    if fmt == "json":
        json.dump([r.to_dict() for r in records], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "yaml":
        import yaml

        yaml.safe_dump([r.to_dict() for r in records], out, allow_unicode=True, sort_keys=False)
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    else:
        for record in records:
            out.write(render_table(record.result) + "\n")
            out.flush()


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.jobs < 0:
        return f"--jobs must be 0 (one per core) or more, got {args.jobs}"
    if args.resume and (not args.output or args.format != "jsonl"):
        return "--resume needs -o FILE and --format jsonl (it skips the ids already in FILE)"
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    from quotes.batch import (Progress, available_cores, done_ids, load_extractor, read_inputs, run_batch,
                              skip_done)

    problem = _usage_problem(args)
    if problem:
        _error(problem)
        return 2
    jobs = args.jobs or available_cores()
    make_extract = functools.partial(load_extractor, args.model)
    if jobs == 1:  # load now: a missing model is reported before any input is read
        try:
            extract = make_extract()
        except ModelError as exc:
            _error(str(exc))
            return 2
        make_extract = lambda: extract  # noqa: E731  (in-process: need not pickle)
    items = read_inputs(args.files)
    if args.resume:
        done = done_ids(args.output)
        if done and not args.quiet:
            print(f"quotes: resuming: {len(done)} articles already in {args.output} are skipped",
                  file=sys.stderr)
        items = skip_done(items, done)
    progress = Progress(enabled=not args.quiet)
    failures = 0

    def records() -> Iterator:
        nonlocal failures
        for record in run_batch(items, make_extract, jobs):
            if record.error:
                failures += 1
                progress.clear()
                _error(record.message())
            progress.update(record)
            yield record

    try:
        if args.output:
            with open(args.output, "a" if args.resume else "w", encoding="utf-8") as out:
                _write_results(records(), args.format, out)
        else:
            _write_results(records(), args.format, sys.stdout)
    finally:
        progress.close()
    return 1 if failures else 0


# --- show ----------------------------------------------------------------------------

def cmd_show(args: argparse.Namespace) -> int:
    from quotes.show import ShowError, show_page, write_page

    try:
        name, text = read_article(args.article)
        write_page(show_page(text, name, gold_path=args.gold, model=args.model), args.output)
    except (InputError, ShowError) as exc:
        _error(str(exc))
        return 1
    return 0


# --- wiring --------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Extract quotes (direct, reported, mixed) with their speakers from news "
                    "articles, and evaluate against hand-labelled gold.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print the dependency parse of articles",
                       description="Parse articles with the embedded stanza models (offline).")
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files; - reads standard input")
    p.add_argument("--format", choices=("conllu", "brief"), default="conllu", help="output format (default: conllu)")
    _add_model_option(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("extract", help="extract the quotes of articles",
                       description="Extract every direct, indirect and mixed quote with speaker, "
                                   "title, cue and character offsets.")
    p.add_argument("files", nargs="+", metavar="INPUT",
                   help="article text files (UTF-8, or UTF-16 with a BOM); directories (their *.txt files, "
                        "recursively, sorted); JSONL corpora (*.jsonl, one {\"id\": ..., \"text\": ...} object "
                        "per line, other fields are copied to the output); - reads standard input")
    p.add_argument("--format", choices=("json", "jsonl", "yaml", "table"), default="table",
                   help="output format (default: table). jsonl streams one {\"id\", \"article\", \"quotes\", "
                        "\"error\", ...} line per article as it is done; json/jsonl can be scored by "
                        "`quotes eval --pred`")
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of standard output")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="extract in N worker processes, each loading the model once (0: one per core; "
                        "default: 1, in this process). Output order is the input order")
    p.add_argument("--resume", action="store_true",
                   help="with -o OUT --format jsonl: skip the ids already in OUT and append the rest, "
                        "so an interrupted run can be continued")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line on stderr (it is shown only when stderr is a terminal)")
    _add_model_option(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("show", help="write an article's quotes as an HTML page",
                       description="Write a self-contained HTML page (inline CSS and JS, works offline) "
                                   "of the article with each quote highlighted in its speaker's colour, "
                                   "cue and speaker mention marked, details on hover or click, and the "
                                   "list of sources.")
    p.add_argument("article", metavar="ARTICLE", help="article text file; - reads standard input")
    p.add_argument("-o", "--output", metavar="FILE.html",
                   help="write the page to this file instead of standard output")
    p.add_argument("--gold", metavar="GOLD.yaml",
                   help="a gold file for this article: show gold and predicted quotes side by side, "
                        "with misses and false positives marked (paired as `quotes eval` pairs them)")
    _add_model_option(p)
    p.set_defaults(func=cmd_show)

    try:
        from quotes.evaluation.commands import register
    except ImportError:  # the harness is optional for extraction
        register = None
    if register is not None:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ModelError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
