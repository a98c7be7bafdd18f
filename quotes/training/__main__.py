"""Train the project's compact English stanza models on UD English EWT.

One command reproduces the shipped models (seeds are fixed by stanza's ``--seed``
default, 1234)::

    python -m quotes.training --ud ../shared/ud

Stages run in order: tokenize, mwt, pos, lemma, depparse (``--stages`` picks a
subset).  Work files, logs and checkpoints live under ``--work`` (default
``build/training``); each finished stage's best model is copied into the
package (``--out``, default ``quotes/models/en_ewt_small``).  Re-running resumes: a
stage whose model exists is skipped unless ``--force``, and the parser continues
from its checkpoint.  ``--export`` only copies the current best models into the
package, so a long parser run can be committed while it trains.

No pretrained word vectors and no character language model are used: neither
can be downloaded here, and the models must load offline.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from quotes.training import fast_biaffine

TREEBANK = "UD_English-EWT"
SHORTHAND = "en_ewt"
SPLITS = ("train", "dev", "test")
STAGES = ("tokenize", "mwt", "pos", "lemma", "depparse")

# Hyperparameters chosen for a 2-core CPU (see quotes/models/en_ewt_small/README.md
# for what they cost in accuracy).  Everything not listed is stanza's default.
STAGE_ARGS: dict[str, list[str]] = {
    "tokenize": ["--steps", "3000", "--eval_steps", "500"],
    "mwt": [],
    "pos": ["--no_pretrain", "--batch_size", "64", "--max_steps", "8000",
            "--eval_interval", "250", "--char_hidden_dim", "200",
            "--max_steps_before_stop", "1500"],
    "lemma": ["--num_epoch", "4"],
    "depparse": ["--no_pretrain", "--hidden_dim", "200", "--num_layers", "2",
                 "--char_hidden_dim", "200", "--deep_biaff_hidden_dim", "200",
                 "--deep_biaff_output_dim", "100", "--batch_size", "2000",
                 "--max_steps", "5000", "--second_optim_start_step", "1800",
                 "--max_steps_before_stop", "1500", "--eval_interval", "200",
                 "--checkpoint_interval", "200"],
}

PREPARE = {
    "tokenize": ("prepare_tokenizer_treebank", []),
    "mwt": ("prepare_mwt_treebank", []),
    "pos": ("prepare_pos_treebank", []),
    # --gold: without it stanza retags the data with a downloaded tagger
    "lemma": ("prepare_lemma_treebank", ["--gold"]),
    "depparse": ("prepare_depparse_treebank", ["--gold"]),
}

RUNNER = {
    "tokenize": "run_tokenizer",
    "mwt": "run_mwt",
    "pos": "run_pos",
    "lemma": "run_lemma",
    "depparse": "run_depparse",
}

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "models" / "en_ewt_small"


def link_treebank(ud_dir: Path, udbase: Path) -> None:
    """Lay out ``ud_dir``'s flat EWT files the way stanza's scripts expect."""
    target = udbase / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        source = ud_dir / f"{SHORTHAND}-ud-{split}.conllu"
        if not source.is_file():
            raise SystemExit(f"error: {source}: treebank file not found")
        link = target / source.name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(source.resolve())


def run_module(module: str, argv: list[str]) -> None:
    """Run a stanza command-line ``main()`` in this process (so the patch applies)."""
    import importlib

    saved = sys.argv
    sys.argv = [module, *argv]
    try:
        importlib.import_module(module).main()
    finally:
        sys.argv = saved


def model_name(stage: str) -> str:
    return f"{stage}.pt"


def train_stage(stage: str, work: Path, force: bool, extra: list[str] = (),
                tagger: Path | None = None) -> None:
    prepare, prepare_args = PREPARE[stage]
    run_module(f"stanza.utils.datasets.{prepare}", [TREEBANK, *prepare_args])
    if stage == "depparse" and tagger is not None:
        for split in ("train", "dev"):
            retag(work / "data" / "depparse" / f"{SHORTHAND}.{split}.in.conllu", tagger)
    argv = [TREEBANK, "--save_dir", str(work / "models"), "--save_name", model_name(stage)]
    if stage != "mwt":  # the mwt runner has no charlm option
        argv.append("--no_charlm")
    # the parser must be forced so that an existing best model does not stop it
    # resuming from its checkpoint
    if force or stage == "depparse":
        argv.append("--force")
    # later options win in argparse: ``extra`` overrides STAGE_ARGS
    run_module(f"stanza.utils.training.{RUNNER[stage]}", argv + STAGE_ARGS[stage] + list(extra))


def retag(conllu: Path, model_folder: Path) -> None:
    """Replace the gold UPOS, XPOS and features in ``conllu`` by ``model_folder``'s
    tagger's predictions, in place.

    At parse time the parser sees predicted tags; trained on gold ones it learns
    to trust them more than it should (stanza's own recipe retags too, with a
    downloaded tagger, which is why the prepare step runs with ``--gold``)."""
    from stanza.utils.conll import CoNLL

    from quotes.pipeline import load_pipeline

    level = logging.getLogger("stanza").level
    import torch

    # on a GPU machine a CPU retag of the training set takes longer than a training stage
    tagger = load_pipeline(str(model_folder), pretokenized=True,
                           use_gpu=torch.cuda.is_available()).processors["pos"]
    logging.getLogger("stanza").setLevel(level)  # loading quietens stanza; training logs must show
    doc = CoNLL.conll2doc(input_file=str(conllu))
    tagger.process(doc)
    CoNLL.write_doc2conll(doc, str(conllu))
    logging.getLogger(__name__).info("retagged %s with %s", conllu, model_folder)


def warm_start_tagger(model_path: Path) -> None:
    """Make stanza's tagger training start from ``model_path``'s weights.

    stanza's tagger cannot resume (it keeps no checkpoint), so a longer run
    would repeat every step already taken.  The first trainer built from
    scratch gets the saved weights instead; vocabularies are rebuilt from the
    same treebank, so the shapes agree (``load_state_dict`` fails loudly if
    they do not)."""
    import torch
    from stanza.models import tagger

    state = torch.load(model_path, map_location="cpu", weights_only=False)["model"]
    build = tagger.Trainer

    def trainer(*args, **kwargs):
        made = build(*args, **kwargs)
        if kwargs.get("model_file") is None and state:
            made.model.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)
            state.clear()  # once: a reload of the best model must not be overwritten
        return made

    tagger.Trainer = trainer


def parser_checkpoint(work: Path) -> Path:
    """Where stanza keeps the parser's resumable checkpoint (its default name)."""
    return work / "models" / "depparse_checkpoint.pt"


def index_parser_data_with(model_path: Path) -> None:
    """Make stanza's parser training index its data with ``model_path``'s
    vocabularies.

    When training goes on from a saved model, stanza still rebuilds the
    vocabularies from the training data; with retagged data (``--retag-with``)
    their order differs from the model's, which silently scrambles, or
    overruns, its embedding tables."""
    import torch
    from stanza.models import parser
    from stanza.models.pos.vocab import MultiVocab  # what the parser saves its vocabularies with

    checkpoint = torch.load(model_path, map_location="cpu", weights_only=False)
    model_vocab = MultiVocab.load_state_dict(checkpoint["vocab"])
    build = parser.DataLoader

    def loader(*args, vocab=None, **kwargs):
        return build(*args, vocab=model_vocab if vocab is None else vocab, **kwargs)

    parser.DataLoader = loader


def warm_start_parser(model_path: Path, work: Path) -> list[str]:
    """Make stanza's parser training continue from ``model_path``'s weights,
    with the second (Adam) optimizer from the first step; returns the options
    for stanza's trainer.

    The model is copied to where the trainer saves its best model, because the
    optimizer switch reloads it from there.  The copy's dev-score history is
    cleared: the switch's reload brings it back, and scores from an earlier run
    (on gold tags, or on another tagger's tags) are not comparable, so a
    higher old best would stop every new best from being saved.  An earlier
    run's checkpoint is removed: stanza would resume from it instead."""
    import torch

    target = work / "models" / model_name("depparse")
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = torch.load(model_path, map_location="cpu", weights_only=False)
    saved["dev_score_history"] = []
    saved["last_best_step"] = 0
    torch.save(saved, target)
    stale = parser_checkpoint(work)
    if stale.exists():
        logging.getLogger(__name__).warning("removing %s: --warm-start starts from %s", stale, model_path)
        stale.unlink()
    index_parser_data_with(target)
    return ["--continue_from", str(target), "--second_optim_start_step", "1"]


def export(work: Path, out: Path) -> list[Path]:
    """Copy every trained model from ``work`` into the package folder ``out``,
    with its weights stored as float16.

    Half precision halves the committed size; stanza loads the weights into its
    float32 modules (``load_state_dict`` casts), so inference still runs in
    float32 and the parse is unchanged up to rounding (the model card reports
    the scores of the exported files)."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    copied = []
    for stage in STAGES:
        source = work / "models" / model_name(stage)
        if not source.is_file():
            continue
        checkpoint = torch.load(source, map_location="cpu", weights_only=False)
        _to_half(checkpoint)
        torch.save(checkpoint, out / model_name(stage))
        copied.append(out / model_name(stage))
    return copied


def _to_half(obj):
    """Cast every float32 tensor inside a (nested) checkpoint to float16, in place."""
    import torch

    if isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
                obj[key] = value.half()
            else:
                _to_half(value)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
                obj[i] = value.half()
            else:
                _to_half(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotes.training", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud", type=Path, default=Path("../shared/ud"),
                        help="folder holding en_ewt-ud-{train,dev,test}.conllu (default: ../shared/ud)")
    parser.add_argument("--work", type=Path, default=Path("build/training"),
                        help="work folder for prepared data, logs and checkpoints")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the finished models go")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    parser.add_argument("--force", action="store_true", help="retrain stages whose model exists")
    parser.add_argument("--export", action="store_true", help="only copy the current best models into --out")
    parser.add_argument("--warm-start", type=Path, default=None, metavar="MODEL",
                        help="continue from this model's weights (e.g. the shipped pos.pt or "
                             "depparse.pt) instead of starting from scratch; use with a single "
                             "stage, --stages pos --force or --stages depparse")
    parser.add_argument("--retag-with", type=Path, default=None, metavar="MODEL_DIR",
                        help="train the parser on tags predicted by this model folder's tagger "
                             "instead of gold tags (e.g. quotes/models/en_ewt_small)")
    parser.add_argument("extra", nargs="*", help="further options for stanza's trainer, after --")
    args = parser.parse_args(argv)

    work = args.work.resolve()
    if args.export:
        for path in export(work, args.out):
            print(path)
        return 0

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    fast_biaffine.install()
    logging.basicConfig(level=logging.INFO)

    link_treebank(args.ud, work / "ud")
    os.environ["UDBASE"] = str(work / "ud")
    os.environ["DATA_ROOT"] = str(work / "data")
    extra = list(args.extra)
    if args.warm_start:
        if args.stages == ["pos"]:
            warm_start_tagger(args.warm_start)
        elif args.stages == ["depparse"]:
            extra = warm_start_parser(args.warm_start.resolve(), work) + extra
        else:
            parser.error("--warm-start needs a single stage: --stages pos or --stages depparse")
    elif "depparse" in args.stages and parser_checkpoint(work).exists():
        # stanza resumes from the checkpoint: keep the data indexed as it was
        index_parser_data_with(parser_checkpoint(work))
    for stage in args.stages:
        train_stage(stage, work, args.force, extra, tagger=args.retag_with)
        export(work, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
