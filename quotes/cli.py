"""The ``quotes`` command line: parse, extract, eval and gold.

Each subcommand reports bad input as one line on stderr naming the input, and
in a batch goes on with the other articles.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from quotes.pipeline import ENV_VAR, ModelError


class InputError(Exception):
    """An input that cannot be read as an article."""


def read_article(path: str) -> tuple[str, str]:
    """``(name, text)`` for a path, or ``-`` for standard input."""
    if path == "-":
        return "-", sys.stdin.read()
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory (give the .txt files in it)")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return path, data.decode("utf-16")
        return path, data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from exc


def _error(message: str) -> None:
    print(f"quotes: error: {message}", file=sys.stderr)


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None,
                        help=f"parser model: an embedded model name, a model folder, or 'stanza' for "
                             f"stanza's downloaded official models (default: ${ENV_VAR} or en_ewt_small)")


# --- parse ---------------------------------------------------------------------------

def cmd_parse(args: argparse.Namespace) -> int:
    from quotes.pipeline import load_pipeline, to_conllu

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
        doc = pipeline(text)
        if args.format == "conllu":
            sys.stdout.write(f"# article = {name}\n" + to_conllu(doc) + "\n")
        else:
            for sentence in doc.sentences:
                print(" ".join(f"{w.text}/{w.upos}/{w.deprel}>{w.head}" for w in sentence.words))
    return status


# --- extract -------------------------------------------------------------------------

def _write_results(results: Iterable, fmt: str, out: TextIO) -> None:
    from quotes.render import render_table

    results = list(results) if fmt in ("json", "yaml") else results
    if fmt == "json":
        json.dump([r.to_dict() for r in results], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "yaml":
        import yaml

        yaml.safe_dump([r.to_dict() for r in results], out, allow_unicode=True, sort_keys=False)
    elif fmt == "jsonl":
        for result in results:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    else:
        for result in results:
            out.write(render_table(result) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from quotes.extractor import Extractor
    from quotes.records import ArticleResult

    try:
        extractor = Extractor(model=args.model)
        extractor.load()
    except ModelError as exc:
        _error(str(exc))
        return 2
    failures = 0

    def results() -> Iterator[ArticleResult]:
        nonlocal failures
        for path in args.files:
            try:
                name, text = read_article(path)
            except InputError as exc:
                _error(str(exc))
                failures += 1
                yield ArticleResult(article=path, error=str(exc))
                continue
            result = extractor.extract_article(text, name)
            if result.error:
                _error(f"{path}: {result.error}")
                failures += 1
            yield result

    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            _write_results(results(), args.format, out)
    else:
        _write_results(results(), args.format, sys.stdout)
    return 1 if failures else 0


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
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files; - reads standard input")
    p.add_argument("--format", choices=("json", "jsonl", "yaml", "table"), default="table",
                   help="output format (default: table; json/jsonl records can be scored by `quotes eval --pred`)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of standard output")
    _add_model_option(p)
    p.set_defaults(func=cmd_extract)

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
