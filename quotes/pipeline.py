"""Build a stanza pipeline that never touches the network.

The default model is the project's own (``quotes/models/en_ewt_small``), trained
by ``python -m quotes.training``.  ``QUOTES_MODEL`` (or ``--model`` on the
command line) selects another:

* ``en_ewt_small`` (default) or any other folder name under ``quotes/models/``;
* a path to a folder holding ``tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt``;
* ``stanza`` for stanza's official English models, which a user must have
  downloaded beforehand on a connected machine (``stanza.download('en')``);
  ``STANZA_RESOURCES_DIR`` is honoured.

A pipeline is built once per process and model and then reused.
"""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from quotes import tree_decoding
from quotes.quotemarks import find_quoted_passages

if TYPE_CHECKING:  # stanza is slow to import; only the loader needs it
    import stanza

MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL = "en_ewt_small"
OFFICIAL_MODEL = "stanza"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
ENV_VAR = "QUOTES_MODEL"
# The parser's memory grows with the square of a sentence's length (about 3 GB
# at 2,000 words, an out-of-memory kill at 5,000): longer "sentences" (tables,
# lists, text without full stops) are cut into pieces of at most this many words.
MAX_SENTENCE_WORDS = 300


class ModelError(RuntimeError):
    """The selected parser model is missing or unusable."""


def selected_model(name: str | None = None) -> str:
    return name or os.environ.get(ENV_VAR) or DEFAULT_MODEL


def model_dir(name: str) -> Path:
    """The folder of a named or path-given embedded model."""
    path = Path(name)
    if path.is_dir() or os.sep in name or name.startswith("."):
        return path
    return MODELS_DIR / name


def _offline_resources_dir() -> str:
    # stanza insists on a resources.json; an empty one stops any hub look-up
    folder = Path(tempfile.gettempdir()) / "quotes-stanza-resources"
    folder.mkdir(parents=True, exist_ok=True)
    resources = folder / "resources.json"
    if not resources.exists():
        resources.write_text("{}", encoding="utf-8")
    return str(folder)


@contextlib.contextmanager
def _no_optimizers():
    """Build stanza's processors without their training optimizers.

    stanza's trainers create their optimizers even when they only load a model
    to predict with it.  The first optimizer torch creates imports
    ``torch._dynamo``, which took longer than loading all five models; nothing
    at prediction time uses an optimizer.  (The split variant returns a dict,
    which the parser iterates to build schedulers: an empty one builds none.)"""
    from stanza.models.common import utils

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved


def _embedded_pipeline(folder: Path, pretokenized: bool = False, use_gpu: bool = False) -> "stanza.Pipeline":
    import stanza

    missing = [p for p in PROCESSORS if not (folder / f"{p}.pt").is_file()]
    if missing:
        raise ModelError(
            f"model folder {folder} lacks {', '.join(f'{p}.pt' for p in missing)}; "
            "train the models with `python -m quotes.training` or pick another with "
            f"--model / {ENV_VAR}"
        )
    paths = {f"{p}_model_path": str(folder / f"{p}.pt") for p in PROCESSORS}
    return stanza.Pipeline(
        lang="en",
        dir=_offline_resources_dir(),
        processors=",".join(PROCESSORS),
        download_method=None,
        allow_unknown_language=True,
        # trained with --no_pretrain: there are no word-vector files to load
        pos_pretrain_path=None,
        depparse_pretrain_path=None,
        logging_level="ERROR",
        use_gpu=use_gpu,
        tokenize_pretokenized=pretokenized,
        **paths,
    )


def _official_pipeline() -> "stanza.Pipeline":
    import stanza
    from stanza.resources.common import DEFAULT_MODEL_DIR

    resources_dir = os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR)
    if not (Path(resources_dir) / "resources.json").is_file() or not (Path(resources_dir) / "en").is_dir():
        raise ModelError(
            f"stanza's English models are not in {resources_dir}; on a connected machine run "
            "python -c \"import stanza; stanza.download('en')\" (or unset QUOTES_MODEL to use "
            "the embedded model)"
        )
    try:
        return stanza.Pipeline(lang="en", dir=resources_dir, processors=",".join(PROCESSORS),
                               download_method=None, logging_level="ERROR", use_gpu=False)
    except Exception as exc:  # stanza raises assorted types for a broken install
        raise ModelError(f"stanza's English models in {resources_dir} could not be loaded: {exc}") from exc


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, pretokenized: bool = False,
                  use_gpu: bool = False) -> "stanza.Pipeline":
    """The stanza pipeline for ``name`` (see module doc), built once per process.
    ``pretokenized`` takes lists of tokens instead of raw text (for evaluation);
    ``use_gpu`` runs it on a GPU when torch sees one (training's retagging: the
    extractor's parses are on the CPU, whose results the model card reports)."""
    name = selected_model(name)
    logging.getLogger("stanza").setLevel(logging.WARNING)
    tree_decoding.install()
    if name == OFFICIAL_MODEL:
        with _no_optimizers():
            return _official_pipeline()
    folder = model_dir(name)
    if not folder.is_dir():
        available = sorted(p.name for p in MODELS_DIR.iterdir() if p.is_dir()) if MODELS_DIR.is_dir() else []
        raise ModelError(
            f"no model {name!r}: {folder} does not exist (embedded models: "
            f"{', '.join(available) or 'none'}; or '{OFFICIAL_MODEL}' for stanza's official models)"
        )
    with _no_optimizers():
        return _embedded_pipeline(folder, pretokenized, use_gpu)


def parse(text: str, model: str | None = None) -> "stanza.Document":
    """Tokenize, tag, lemmatize and dependency-parse ``text``."""
    return parse_bounded(load_pipeline(model), text)


def parse_bounded(pipeline: "stanza.Pipeline", text: str,
                  max_words: int = MAX_SENTENCE_WORDS) -> "stanza.Document":
    """Run ``pipeline`` on ``text`` with sentences that respect its paragraphs
    and are no longer than ``max_words``.

    Tokenizing first and tagging/parsing after gives the same parse as one
    call.  In between, sentence boundaries are set anew (at token boundaries,
    see :func:`_resplit`): the tokenizer's own are kept only where a sentence
    really ends, paragraphs always end one, and an overlong sentence is cut so
    that one pathological article cannot exhaust the machine's memory.
    """
    doc = _tokenize(pipeline, text)
    return pipeline.process(_resplit(doc, max_words, paragraph_breaks_at_newlines(text)),
                            processors="pos,lemma,depparse")


# The tokenizer learnt its quote marks from web text, which writes single quotes
# straight: it glues curly ones to the words they enclose (‘desperate’ one
# token, ‘I a word), which British news uses for every quote.  It reads the
# straight forms right, and they are one character each, so offsets hold.
_STRAIGHT_SINGLE_QUOTES = str.maketrans({"‘": "'", "’": "'"})
# But an opening single mark before a contraction ('I'm) it reads as part of the
# word, split as a contraction ('I + 'm); an opening double mark it always splits
# off, so that is what such a mark is given to read (only there: elsewhere a lone
# double mark can move its sentence boundaries)
_OPENING_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(\[{—–-]))'(?=[^\W\d_]+'[^\W\d_])")


# EWT's web text writes some contractions without their apostrophe ("its" for
# "it's", "your" for "you're", "dont"), so its tokenizer splits "Its" at the start
# of a sentence into "It" + "s".  Edited text writes every contraction with an
# apostrophe, except these standard or informal spellings.
UNMARKED_CONTRACTIONS = frozenset({"cannot", "gonna", "wanna", "gotta"})
# and the characters that stand in for one in real text ("don`t", "donʼt", "don´t")
_APOSTROPHES = ("'", "’", "`", "´", "ʼ", "‘")


def _tokenize(pipeline: "stanza.Pipeline", text: str) -> "stanza.Document":
    """Tokens and syntactic words of ``text``, tokenized with straight single
    quotes and given back their own characters."""
    straight = _OPENING_SINGLE_QUOTE.sub('"', text.translate(_STRAIGHT_SINGLE_QUOTES))
    straight = _doubled_single_pairs(straight, text)
    doc = pipeline.process(straight, processors="tokenize,mwt")
    _join_unmarked_contractions(doc)
    if straight != text:
        _restore_characters(doc, text)
    return doc


def _doubled_single_pairs(straight: str, text: str) -> str:
    """``straight`` with both marks of each single-quoted passage of ``text`` that
    opens on a one-letter word (‘A win is a win,’ ‘I think so,’) made double: the
    tokenizer keeps an opening single mark as one token with such a word, and a
    double opener alone would unbalance the marks it reads.  So with a passage whose
    closing mark, after a letter, runs on into a lower-case word (‘Everyone Home’
    campaign): the tokenizer reads that mark as a plural possessive's apostrophe."""
    chars = list(straight)
    for passage in find_quoted_passages(text):
        if passage.family == "single" and (_ONE_LETTER_WORD.match(text, passage.start)
                                           or _RUNS_ON_AS_POSSESSIVE.match(text, passage.close - 1)):
            chars[passage.open] = chars[passage.close] = '"'
    return "".join(chars)


_ONE_LETTER_WORD = re.compile(r"[^\W\d_](?![\w'’])")
_RUNS_ON_AS_POSSESSIVE = re.compile(r"[^\W\d_]['’] [a-z]")


def _join_unmarked_contractions(doc: "stanza.Document") -> None:
    """Make each token split into several words but written without an
    apostrophe one word again (see ``UNMARKED_CONTRACTIONS``).  Runs before
    tagging, so only word ids need renumbering."""
    from stanza.models.common.doc import ID, TEXT, Word

    for sentence in doc.sentences:
        if not any(_is_unmarked_split(token) for token in sentence.tokens):
            continue
        words = []
        for token in sentence.tokens:
            if _is_unmarked_split(token):
                word = Word(sentence, {ID: 0, TEXT: token.text})
                word.start_char, word.end_char = token.start_char, token.end_char
                word.parent = token
                token.words = [word]
            for word in token.words:
                word.id = len(words) + 1
                words.append(word)
            token.id = tuple(word.id for word in token.words) if len(token.words) == 1 \
                else (token.words[0].id, token.words[-1].id)
        sentence.words = words
    doc._count_words()


def _is_unmarked_split(token: "stanza.models.common.doc.Token") -> bool:
    return len(token.words) > 1 and not any(mark in token.text for mark in _APOSTROPHES) \
        and token.text.lower() not in UNMARKED_CONTRACTIONS


def _restore_characters(doc: "stanza.Document", text: str) -> None:
    doc.text = text
    for sentence in doc.sentences:
        sentence.text = text[sentence.tokens[0].start_char:sentence.tokens[-1].end_char]
        if sentence.get_comment("text") is not None:
            sentence.add_comment(f"# text = {sentence.text}")  # replaces the straightened one
        for token in sentence.tokens:
            original = text[token.start_char:token.end_char]
            if original == token.text:
                continue
            token.text = original
            if len(token.words) == 1:
                token.words[0].text = original
            else:  # "manager’s" -> "manager" + "’s": the straight quote came from the original's curly one
                for word in token.words:
                    word.text = word.text.replace("'", "’") if "’" in original else word.text


def paragraph_breaks_at_newlines(text: str) -> bool:
    """Whether every line break of ``text`` ends a paragraph.

    Scraped news puts one paragraph, headline or subheading per line, and a
    headline has no full stop: the tokenizer, which only takes blank lines for
    paragraph breaks, would run it into the next sentence.  Hard-wrapped text
    (a line break every 70-odd characters) is the exception; it shows itself
    by lines that go on in lower case, which a new paragraph never does.
    """
    continued = [match.group(1) for match in _LINE_BREAK.finditer(text)]
    if not continued:
        return False
    lower = sum(1 for first in continued if first.islower())
    return lower < HARD_WRAP_SHARE * len(continued)


# a line break followed by the first letter of the next non-empty line
_LINE_BREAK = re.compile(r"\S[ \t\r]*\n[ \t\r]*(\w)")
# the share of lines going on in lower case above which a text counts as hard-wrapped
HARD_WRAP_SHARE = 0.3


def _resplit(doc: "stanza.Document", max_words: int, at_newlines: bool) -> "stanza.Document":
    """The tokenized document with its sentence boundaries set anew (see
    :func:`_sentence_starts`); the document itself when they do not change."""
    from stanza.models.common.doc import Document

    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    starts = _sentence_starts(doc, max_words, at_newlines)
    original, position = [], 0
    for sentence in doc.sentences:
        original.append(position)
        position += len(sentence.tokens)
    if starts == original:
        return doc
    sentences = []
    for first, end in zip(starts, starts[1:] + [len(tokens)]):
        piece, words = [], 0
        for token in tokens[first:end]:
            piece.extend(_shift_ids(entry, words - token.words[0].id + 1) for entry in token.to_dict())
            words += len(token.words)
        sentences.append(piece)
    return Document(sentences, text=doc.text)


def _sentence_starts(doc: "stanza.Document", max_words: int, at_newlines: bool) -> list[int]:
    """Where sentences start, as indices into the document's tokens.

    A sentence ends at a paragraph break (a line break when ``at_newlines``,
    else a blank line) and where the tokenizer ended one, unless the text
    plainly runs on there (:func:`_runs_on`) or only a dateline came before
    (:func:`_is_dateline`); it also ends where the tokenizer
    ran on past a full stop of its own before a capital, or past a full stop
    before an opening quotation mark (:func:`_quote_opens_sentence`).  A
    sentence that would grow past ``max_words`` is cut.
    """
    text = doc.text
    starts: list[int] = []
    index, words = 0, 0
    previous = None
    last_word = ""  # the last token that is not a closing mark
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    current: list[str] = []  # the texts of the sentence's tokens so far
    for sentence in doc.sentences:
        for position, token in enumerate(sentence.tokens):
            if previous is None:
                starts.append(index)
            else:
                gap = text[previous.end_char:token.start_char]
                paragraph = "\n" in gap if at_newlines else _BLANK_LINE.search(gap) is not None
                following = tokens[index + 1].text if index + 1 < len(tokens) else ""
                ends = not (_runs_on(last_word, previous.text, token.text) or _is_dateline(current)) \
                    if position == 0 \
                    else bool(gap) and (_quote_opens_sentence(previous.text, token.text, following)
                                        or previous.text in FULL_STOPS and token.text[:1].isupper())
                if paragraph or ends or words + len(token.words) > max_words:
                    starts.append(index)
                    words = 0
                    current = []
            words += len(token.words)
            current.append(token.text)
            previous = token
            if token.text.strip("".join(CLOSING_MARKS)):
                last_word = token.text
            index += 1
    return starts


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
FINAL_PUNCTUATION = (".", "!", "?", "…", ":", ";")
CLOSING_MARKS = frozenset("”’»\"')]")


def _runs_on(last_word: str, previous: str, following: str) -> bool:
    """Whether the sentence runs on across a boundary the tokenizer set: no final
    punctuation before it, and the next word goes on in lower case or continues
    a name (``Transport Secretary James | Holt urged``), or a title abbreviation
    before a name (``state Sen. | Dale Furman``).  Other boundaries without
    punctuation (``Great service | Thanks``) are kept."""
    # ("said state Sen. | Dale Furman": the full stop ends a title before a name)
    if last_word.endswith(".") and last_word.lower().rstrip(".") in _abbreviations_before_names() \
            and _is_capitalised(following):
        return True
    if _ends_sentence(last_word):
        return False
    # ("Nordline Shipping, | Tenk's company, said": no sentence ends on a comma)
    if previous == ",":
        return True
    # ("the Harlston Travellers’ | Forum": an apostrophe after a plural closes no quote
    # when nothing ends the sentence before it)
    if previous in ("'", "’") and last_word.endswith("s") and _is_capitalised(following):
        return True
    return following[:1].islower() or _is_capitalised(previous) and _is_capitalised(following)


def _is_dateline(tokens: list[str]) -> bool:
    """Whether a sentence so far is only a dateline (``KIRKWALL -``, ``NEW YORK —``):
    a place in capitals and a dash, which the story's first sentence runs on from."""
    return len(tokens) >= 2 and tokens[-1] in ("-", "–", "—", "--") \
        and all(t.isupper() and len(t) > 2 or t == "," for t in tokens[:-1])


def _quote_opens_sentence(previous: str, mark: str, following: str) -> bool:
    """Whether an opening quotation mark after a full stop opens a new sentence the
    tokenizer ran on into ("predicted an A. ‘I sat on the floor’"): it does unless the
    full stop ends an abbreviation that stands before names ("Gen. ‘Mad Dog’ Mattis")."""
    if mark not in OPENING_MARKS or not previous.endswith(".") or not following[:1].isupper():
        return False
    return previous.lower().rstrip(".") not in _abbreviations_before_names()


@functools.cache
def _abbreviations_before_names() -> frozenset[str]:
    from quotes.lexicon import load_lexicon

    lexicon = load_lexicon()
    return lexicon.honorifics | lexicon.title_abbreviations


OPENING_MARKS = frozenset("“‘\"'")
# a full stop the tokenizer split off on its own ends a sentence ("confirmed Feb. 2. He
# conceded"), even where it then ran on
FULL_STOPS = frozenset({".", "!", "?"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _ends_sentence(token_text: str) -> bool:
    """Whether a token (closing marks after it aside) ends in final punctuation."""
    return token_text.rstrip("".join(CLOSING_MARKS)).endswith(FINAL_PUNCTUATION)


def _shift_ids(entry: dict, by: int) -> dict:
    """A token or word entry renumbered by ``by`` (a multi-word token's id is a range)."""
    ident = entry["id"]
    shifted = tuple(i + by for i in ident) if isinstance(ident, tuple) else ident + by
    return {**entry, "id": shifted}


def to_conllu(doc: "stanza.Document") -> str:
    """CoNLL-U for a parsed document (stanza puts character offsets in MISC)."""
    return "{:C}".format(doc) + "\n"
