"""A small, immutable view of a dependency-parsed document.

The extraction rules work on these plain records rather than on stanza's
objects: they are cheap to build in tests (see :func:`sentence_from_conllu`),
carry character offsets into the original article for every word, and expose
the tree navigation the rules need (children, subtree, deprel tests).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Word:
    """One syntactic word.  ``index`` is 0-based within its sentence; ``head`` is
    the 0-based index of the governor, or -1 for the root."""

    index: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int

    @property
    def base_deprel(self) -> str:
        """The relation without its subtype (``nsubj`` for ``nsubj:pass``)."""
        return self.deprel.split(":", 1)[0]

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_ing_form(self) -> bool:
        """Whether the word is a verb's *-ing* form (``saying``, ``being``): the
        suffix on a stem with a vowel, so not ``bring``, ``sing`` or ``string``."""
        stem = self.lower[:-3]
        return self.lower.endswith("ing") and any(v in stem for v in "aeiouy")

    def feat(self, name: str) -> str | None:
        for item in self.feats.split("|") if self.feats and self.feats != "_" else ():
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Sentence:
    words: tuple[Word, ...]
    index: int = 0

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.words]
        for word in self.words:
            if word.head >= 0:
                kids[word.head].append(word.index)
        return tuple(tuple(k) for k in kids)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def prepositions_of(self, name: Word) -> list[Word]:
        """The case markers of ``name`` and of the words its name runs on to (the parser
        may hang the preposition on the surname: "from Renee Albright")."""
        return [c for part in (name, *self.children(name, "flat")) for c in self.children(part, "case")]

    def children(self, word: Word, *deprels: str) -> list[Word]:
        """Dependents of ``word``, optionally only those whose base relation (or
        full relation, when a subtype is given) is one of ``deprels``."""
        kids = [self.words[i] for i in self._children[word.index]]
        if not deprels:
            return kids
        return [k for k in kids if k.deprel in deprels or k.base_deprel in deprels]

    def child(self, word: Word, *deprels: str) -> Word | None:
        kids = self.children(word, *deprels)
        return kids[0] if kids else None

    def head_of(self, word: Word) -> Word | None:
        return self.words[word.head] if word.head >= 0 else None

    def subtree(self, word: Word, exclude: Iterable[Word] = ()) -> list[Word]:
        """``word`` and all its descendants in text order, leaving out the
        subtrees rooted at ``exclude``."""
        skip = {w.index for w in exclude}
        out: list[int] = []
        stack = [word.index]
        while stack:
            i = stack.pop()
            if i in skip:
                continue
            out.append(i)
            stack.extend(self._children[i])
        return [self.words[i] for i in sorted(out)]

    def phrase_start(self, word: Word) -> Word:
        """The first word of ``word``'s phrase that is not punctuation (parsers
        often attach the comma before a phrase inside it)."""
        return next((w for w in self.subtree(word) if w.upos != "PUNCT"), word)

    def after_comma(self, word: Word) -> bool:
        """Whether the phrase of ``word`` comes right after a comma: a
        parenthetical or an apposition."""
        first = self.phrase_start(word)
        return first.index > 0 and self.words[first.index - 1].text == ","

    def ancestors(self, word: Word) -> Iterator[Word]:
        seen = set()
        current = self.head_of(word)
        while current is not None and current.index not in seen:
            seen.add(current.index)
            yield current
            current = self.head_of(current)

    def is_solid_hyphen(self, word: Word) -> bool:
        """A hyphen written solid between two words (``Jean-Pierre``), which
        tokenizers split off as a word of its own."""
        if word.text != "-" or not 0 < word.index < len(self.words) - 1:
            return False
        return self.words[word.index - 1].end == word.start and word.end == self.words[word.index + 1].start

    def root(self) -> Word | None:
        return next((w for w in self.words if w.head < 0), None)


@dataclass(frozen=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)

    @cached_property
    def _words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.sentences for w in s.words)

    @cached_property
    def _word_starts(self) -> list[int]:
        return [w.start for w in self._words]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words lying wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self._word_starts, start)
        out = []
        while i < len(self._words) and self._words[i].start < end:
            if self._words[i].end <= end:
                out.append(self._words[i])
            i += 1
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def headline_end(text: str) -> int:
    """Where the article's headline ends (0 when it has none): a first line with
    no closing full stop, followed by the body."""
    first, _, body = text.lstrip().partition("\n")
    if not body.strip() or first.rstrip().endswith(SENTENCE_ENDS):
        return 0
    return len(text) - len(text.lstrip()) + len(first)


# what closes a sentence of running text (a quotation mark after its full stop included)
SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’", ":")


def from_stanza(doc) -> Document:
    """Convert a stanza ``Document`` into the records above."""
    sentences = []
    for s_index, sentence in enumerate(doc.sentences):
        words = []
        for token in sentence.tokens:
            for word in token.words:
                # words of a multi-word token share the token's offsets
                start = word.start_char if word.start_char is not None else token.start_char
                end = word.end_char if word.end_char is not None else token.end_char
                words.append(Word(
                    index=word.id - 1, text=word.text, lemma=(word.lemma or word.text).lower(),
                    upos=word.upos or "X", feats=word.feats or "", head=(word.head or 0) - 1,
                    deprel=word.deprel or "dep", start=start, end=end))
        if words:
            sentences.append(Sentence(tuple(words), s_index))
    return Document(doc.text, tuple(sentences))


def sentence_from_conllu(block: str, text: str | None = None, offset: int = 0) -> Sentence:
    """Build a sentence from CoNLL-U lines (for tests).  Offsets are found by
    locating each word in ``text`` (default: the words joined by spaces)."""
    rows = [line.split("\t") for line in block.strip().splitlines()
            if line and not line.startswith("#")]
    rows = [r for r in rows if "-" not in r[0] and "." not in r[0]]
    if text is None:
        text = " ".join(r[1] for r in rows)
    words, cursor = [], 0
    for r in rows:
        start = text.index(r[1], cursor)
        cursor = start + len(r[1])
        words.append(Word(int(r[0]) - 1, r[1], r[2].lower(), r[3], r[5], int(r[6]) - 1, r[7],
                          offset + start, offset + cursor))
    return Sentence(tuple(words))
