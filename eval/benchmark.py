"""Speed and memory of the whole extractor with the embedded model (issue #5's benchmark).

    python eval/benchmark.py [--words 20000] [--json eval/benchmark.json] [--markdown eval/BENCHMARK.md]
    make bench

The corpus is the seed articles (``seeds/*.txt``, sorted) repeated until it
holds at least ``--words`` words (whitespace-separated, as ``wc -w`` counts
them); every rate below is in those words per second.  Measured:

* in a fresh process: model load time (imports included: what a new process
  pays before its first article), words/s for parsing alone and for the whole
  extraction (the same loaded pipeline), and the process's peak RSS;
* the wall time of ``quotes extract --jobs 1`` and ``--jobs 2`` on the corpus
  written as a JSONL file (model loading in each process included).

Prints a table and writes the results, with a description of the machine, to
JSON and to a Markdown table.  Run it on a quiet machine: other work on the
cores distorts every figure (the load average at the start is recorded).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DEFAULT_WORDS = 20_000
JOBS = (1, 2)
# The targets of issue #5 for this 2-core machine.
TARGET_LOAD_S = 3.0
TARGET_WORDS_PER_S = 600.0
TARGET_RSS_MB = 1500.0
TARGET_EXTRACTOR_SHARE = 0.15  # of extraction time spent beyond parsing
WARM_UP = "The minister said the talks would resume on Monday."


# --------------------------------------------------------------------------
# The corpus


def build_corpus(min_words: int) -> list[dict[str, str]]:
    """Seed articles, cycled in sorted order, until there are ``min_words`` words."""
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"benchmark: no seed articles in {SEEDS}")
    corpus, words = [], 0
    for number, path in enumerate(cycle(seeds)):
        if words >= min_words:
            break
        text = path.read_text(encoding="utf-8")
        corpus.append({"id": f"{number:04d}_{path.stem}", "text": text})
        words += len(text.split())
    return corpus


def write_corpus(corpus: list[dict[str, str]], path: Path) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in corpus), encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# In a fresh process: load, parse, extract, peak RSS


def peak_rss_mb() -> float:
    """This process's peak resident set size (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def measure(corpus_path: Path) -> dict[str, object]:
    """Run in the child process: every figure of one process, timed with the project's own API."""
    from quotes.batch import ArticleInput, read_inputs

    articles = [item for item in read_inputs([str(corpus_path)]) if isinstance(item, ArticleInput)]
    words = sum(len(article.text.split()) for article in articles)

    start = time.perf_counter()
    from quotes import Extractor  # timed: importing stanza and torch is part of loading

    extractor = Extractor().load()
    load_s = time.perf_counter() - start

    from quotes.pipeline import load_pipeline, parse_bounded, selected_model

    pipeline = load_pipeline()  # the extractor's own, cached: nothing is loaded twice
    # the first call pays one-off costs (lazy imports, allocations) that belong to neither rate
    extractor.extract(WARM_UP)
    start = time.perf_counter()
    parser_words = sum(parse_bounded(pipeline, article.text).num_words for article in articles)
    parse_s = time.perf_counter() - start

    start = time.perf_counter()
    results = [extractor.extract_article(article.text, article.id) for article in articles]
    extract_s = time.perf_counter() - start
    failures = [r.error for r in results if r.error]
    if failures:
        raise SystemExit(f"benchmark: {len(failures)} articles failed, first: {failures[0]}")

    import torch

    return {"model": selected_model(), "articles": len(articles), "words": words, "parser_words": parser_words,
            "quotes": sum(len(r.quotes) for r in results), "torch_threads": torch.get_num_threads(),
            "load_s": load_s, "parse_s": parse_s, "extract_s": extract_s, "peak_rss_mb": peak_rss_mb()}


def in_fresh_process(corpus_path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, "--measure", str(corpus_path)],
                          capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark: the measuring process failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


# --------------------------------------------------------------------------
# Scaling of the command line with --jobs


def cli_seconds(corpus_path: Path, jobs: int, folder: Path) -> float:
    """Wall time of ``quotes extract`` on the corpus with ``jobs`` processes."""
    out = folder / f"jobs{jobs}.jsonl"
    command = [sys.executable, "-m", "quotes", "extract", str(corpus_path), "--format", "jsonl",
               "-o", str(out), "--jobs", str(jobs), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return seconds


# --------------------------------------------------------------------------
# The machine


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9


# Settings that change the figures when a user has set them.
ENVIRONMENT = ("QUOTES_MODEL", "OMP_NUM_THREADS", "OMP_WAIT_POLICY", "MKL_NUM_THREADS")


def machine(torch_threads: int, load_average: tuple[float, ...]) -> dict[str, object]:
    from quotes.batch import available_cores

    return {"cpu": cpu_model(), "cores": available_cores(), "memory_gb": round(memory_gb(), 1),
            "os": platform.platform(), "python": platform.python_version(),
            "torch_threads": torch_threads, "load_average": [round(x, 2) for x in load_average],
            "environment": {name: os.environ[name] for name in ENVIRONMENT if name in os.environ}}


# --------------------------------------------------------------------------
# Report


def report(words: int, child: dict, seconds: dict[int, float]) -> dict[str, object]:
    return {
        "date": datetime.date.today().isoformat(),
        "model": child["model"],
        "corpus": {"articles": child["articles"], "words": child["words"], "parser_words": child["parser_words"],
                   "quotes": child["quotes"], "min_words": words},
        "load_s": round(child["load_s"], 2),
        "parse_words_per_s": round(child["words"] / child["parse_s"], 1),
        "extract_words_per_s": round(child["words"] / child["extract_s"], 1),
        # the extractor's own work, beyond parsing
        "extractor_share": round(1 - child["parse_s"] / child["extract_s"], 3),
        "peak_rss_mb": round(child["peak_rss_mb"], 1),
        "cli": {f"jobs_{jobs}": {"wall_s": round(s, 2), "words_per_s": round(child["words"] / s, 1)}
                for jobs, s in seconds.items()},
        "jobs_2_speedup": round(seconds[1] / seconds[2], 2),
    }


def rows(results: dict) -> list[tuple[str, str, str, str]]:
    """(measure, value, target, met) for the table."""
    def met(ok: bool) -> str:
        return "yes" if ok else "NO"

    cli = results["cli"]
    return [
        ("model load (fresh process, imports included)", f"{results['load_s']:.2f} s",
         f"≤ {TARGET_LOAD_S:g} s", met(results["load_s"] <= TARGET_LOAD_S)),
        ("parse only", f"{results['parse_words_per_s']:,.0f} words/s", "", ""),
        ("whole extraction, one process", f"{results['extract_words_per_s']:,.0f} words/s",
         f"≥ {TARGET_WORDS_PER_S:,.0f} words/s", met(results["extract_words_per_s"] >= TARGET_WORDS_PER_S)),
        ("extractor's share of extraction time", f"{results['extractor_share']:.0%}",
         f"≤ {TARGET_EXTRACTOR_SHARE:.0%}", met(results["extractor_share"] <= TARGET_EXTRACTOR_SHARE)),
        ("peak RSS, one process", f"{results['peak_rss_mb']:,.0f} MB", f"≤ {TARGET_RSS_MB:,.0f} MB",
         met(results["peak_rss_mb"] <= TARGET_RSS_MB)),
        *((f"quotes extract --jobs {jobs} (wall, load included)",
           f"{cli[f'jobs_{jobs}']['wall_s']:.1f} s = {cli[f'jobs_{jobs}']['words_per_s']:,.0f} words/s", "", "")
          for jobs in JOBS),
        ("--jobs 2 speedup over --jobs 1", f"{results['jobs_2_speedup']:.2f}×", "> 1",
         met(results["jobs_2_speedup"] > 1)),
    ]


def describe(results: dict) -> str:
    corpus, box = results["corpus"], results["machine"]
    return (f"Model {results['model']}, corpus: {corpus['articles']} seed articles, {corpus['words']:,} words "
            f"({corpus['parser_words']:,} parser words), {corpus['quotes']:,} quotes found; {results['date']}.\n"
            f"Machine: {box['cpu']}, {box['cores']} cores, {box['memory_gb']} GB, {box['os']}, "
            f"Python {box['python']}, torch threads {box['torch_threads']}, "
            f"load average at start {', '.join(map(str, box['load_average']))}."
            + "".join(f" {name}={value}." for name, value in box["environment"].items()))


def text_table(results: dict) -> str:
    table = [("measure", "value", "target", "met"), *rows(results)]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in table]
    return "\n".join(lines) + "\n\n" + describe(results)


def markdown(results: dict) -> str:
    lines = ["# Extraction benchmark", "", "Written by `make bench` (`eval/benchmark.py`); numbers in "
             "[`benchmark.json`](benchmark.json).", "",
             "| measure | value | target | met |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows(results)]
    return "\n".join(lines + ["", describe(results), ""])


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS, metavar="N",
                        help=f"corpus size in words (default: {DEFAULT_WORDS:,}; "
                             "a small one is a quick smoke check)")
    parser.add_argument("--json", type=Path, default=REPO / "eval" / "benchmark.json", metavar="PATH",
                        help="write the results here (default: eval/benchmark.json)")
    parser.add_argument("--markdown", type=Path, default=REPO / "eval" / "BENCHMARK.md", metavar="PATH",
                        help="write the table here (default: eval/BENCHMARK.md)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process's entry
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0

    load_average = os.getloadavg()  # before the benchmark loads the cores itself
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        corpus = write_corpus(build_corpus(args.words), Path(tmp) / "corpus.jsonl")
        child = in_fresh_process(corpus)
        seconds = {jobs: cli_seconds(corpus, jobs, Path(tmp)) for jobs in JOBS}
    results = report(args.words, child, seconds)
    results["machine"] = machine(child["torch_threads"], load_average)

    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    args.markdown.write_text(markdown(results), encoding="utf-8")
    print(text_table(results))
    print(f"\nwritten: {args.json}, {args.markdown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
