"""Accuracy and speed of the embedded parser models (the model card's figures).

    python eval/parser_benchmark.py [--ud ../shared/ud] [--model en_ewt_small] [-o eval/parser_scores.json]

Measures, with the CoNLL 2018 shared-task scorer bundled with stanza:
* EWT test end to end from raw text (tokens, sentences, UPOS, XPOS, UFeats, lemmas, UAS, LAS),
  with stanza's sentence boundaries and with the project's (``parse_bounded``, the extractor's path);
* EWT test with gold tokenisation (gold syntactic words);
* the news documents of GUM test (GUM is CC BY-NC-SA: used for evaluation only);
and parse speed in words per second on EWT test (whole pipeline, this machine).
"""
from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


# stanza's tokenizer turns tokens longer than this into <UNK>, which the scorer
# cannot align; the few sentences holding such tokens (long URLs) are left out
MAX_TOKEN_CHARS = 80


def read_blocks(path: Path) -> list[str]:
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return [b for b in blocks if all(len(line.split("\t")[1]) <= MAX_TOKEN_CHARS
                                     for line in b.splitlines() if line and not line.startswith("#"))]


def raw_text(blocks: list[str]) -> str:
    """The document text rebuilt from ``# text`` comments (paragraphs at newdoc/newpar)."""
    parts = []
    for block in blocks:
        lines = block.splitlines()
        text = next((l.split("=", 1)[1].strip() for l in lines if l.startswith("# text")), "")
        if parts and any(l.startswith(("# newdoc", "# newpar")) for l in lines):
            parts.append("\n\n")
        elif parts:
            parts.append(" ")
        parts.append(text)
    return "".join(parts)


def gold_words(blocks: list[str]) -> list[list[str]]:
    """Syntactic words per sentence (the words of a multi-word token, not the token).

    Pre-tokenised input skips stanza's multi-word-token expander, so given the
    surface token ``I'm`` the pipeline would tag and attach one word where the
    gold file has two; the gold words are what "gold tokenisation" means in UD
    parsing results."""
    return [[cols[1] for cols in (line.split("\t") for line in block.splitlines())
             if len(cols) == 10 and cols[0].isdigit()]
            for block in blocks]


def score(gold_blocks: list[str], predicted_conllu: str) -> dict[str, float]:
    # stanza's copy of the CoNLL 2018 shared-task scorer (udtools)
    from stanza.models.common.utils import ud_scores

    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp, "gold.conllu"), Path(tmp, "pred.conllu")
        gold_path.write_text("\n\n".join(gold_blocks) + "\n\n", encoding="utf-8")
        pred_path.write_text(predicted_conllu.rstrip("\n") + "\n\n", encoding="utf-8")
        result = ud_scores(str(gold_path), str(pred_path))
    return {m: round(100 * result[m].f1, 2) for m in METRICS}


def news_blocks(path: Path) -> list[str]:
    """Sentences of GUM's news documents."""
    out, keep = [], False
    for block in read_blocks(path):
        for line in block.splitlines():
            if line.startswith("# newdoc id"):
                keep = "news" in line.split("=", 1)[1]
        if keep:
            out.append(block)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud", type=Path, default=Path("../shared/ud"))
    parser.add_argument("--model", default=None)
    parser.add_argument("-o", "--output", type=Path, default=Path("eval/parser_scores.json"))
    args = parser.parse_args(argv)

    from quotes.pipeline import load_pipeline, parse_bounded, to_conllu, selected_model

    test = read_blocks(args.ud / "en_ewt-ud-test.conllu")
    t0 = time.perf_counter()
    pipeline = load_pipeline(args.model)
    load_s = time.perf_counter() - t0
    text = raw_text(test)
    t0 = time.perf_counter()
    doc = pipeline(text)
    parse_s = time.perf_counter() - t0
    words = doc.num_words
    report = {"model": selected_model(args.model), "machine": f"{platform.machine()}, {platform.processor() or ''} "
              f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}",
              "load_seconds": round(load_s, 2), "words_per_second": round(words / parse_s, 1),
              "ewt_test_raw": score(test, to_conllu(doc)),
              # the extractor's own path: the project's sentence boundaries (quotes.pipeline.parse_bounded)
              "ewt_test_raw_project_sentences": score(test, to_conllu(parse_bounded(pipeline, text)))}

    pretok = load_pipeline(args.model, pretokenized=True)
    report["ewt_test_gold_tokens"] = score(test, to_conllu(pretok(gold_words(test))))
    gum = args.ud / "en_gum-ud-test.conllu"
    if gum.is_file():
        news = news_blocks(gum)
        report["gum_test_news_raw"] = score(news, to_conllu(pipeline(raw_text(news))))
        report["gum_test_news_raw_project_sentences"] = score(news, to_conllu(parse_bounded(pipeline, raw_text(news))))
        report["gum_test_news_sentences"] = len(news)

    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
