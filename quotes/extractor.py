"""The orchestrator: parse, find passages and cues, attribute, canonicalise.

Each concern lives in its own module: ``quotemarks`` (pairing quotation
marks), ``cues`` (speech cues and their clauses), ``content`` (span
boundaries), ``sources`` (who the cue attaches to), ``titles`` (name, title
and kind of a source phrase), ``attribution`` (direct, mixed or reported, and
by whom), ``coref`` (one canonical name per entity).  This module wires them
together and builds the output records.
"""
from __future__ import annotations

from quotes.attribution import Candidate, reported_candidates, resolve_passages
from quotes.coref import Entity, resolve_speakers
from quotes.lexicon import Lexicon, load_lexicon
from quotes.quotemarks import find_passages
from quotes.records import ArticleResult, Quote, Span
from quotes.repair import repair_document
from quotes.syntax import Document, from_stanza, headline_end


class Extractor:
    """Extracts quotes; loads the parser once and is reused across articles."""

    def __init__(self, model: str | None = None, lexicon: Lexicon | None = None):
        self.model = model
        self.lexicon = lexicon or load_lexicon()
        self._pipeline = None

    def load(self) -> "Extractor":
        from quotes.pipeline import load_pipeline

        if self._pipeline is None:
            self._pipeline = load_pipeline(self.model)
        return self

    def parse(self, text: str) -> Document:
        from quotes.pipeline import parse_bounded

        if not text.strip():
            return Document(text, ())
        self.load()
        return from_stanza(parse_bounded(self._pipeline, text))

    def extract(self, text: str) -> list[Quote]:
        """All quotes of ``text``, in text order."""
        return extract_from_document(self.parse(text), self.lexicon)

    def extract_article(self, text: str, name: str) -> ArticleResult:
        """Like :meth:`extract`, but a failure becomes the result's ``error``."""
        try:
            return ArticleResult(article=name, quotes=self.extract(text))
        except Exception as exc:  # one bad article must not stop a batch
            return ArticleResult(article=name, error=f"extraction failed: {type(exc).__name__}: {exc}")


_default: Extractor | None = None


def extract(text: str, model: str | None = None) -> list[Quote]:
    """Quotes of ``text`` using a process-wide :class:`Extractor`."""
    global _default
    if _default is None or _default.model != model:
        _default = Extractor(model)
    return _default.extract(text)


def extract_from_document(doc: Document, lexicon: Lexicon | None = None) -> list[Quote]:
    """All quotes of a parsed document, in text order."""
    lexicon = lexicon or load_lexicon()
    doc = repair_document(doc, lexicon)
    candidates, attributions = reported_candidates(doc, lexicon)
    passages, nested = find_passages(doc.text)
    quotes = resolve_passages(doc, passages, candidates, attributions, lexicon, nested)
    # a headline sums the story up in the desk's words; only its quotation marks quote
    # anyone ("“We had no choice,” says union as nurses strike")
    quotes = [q for q in quotes if q.type == "direct" or q.start >= headline_end(doc.text)]
    entities = resolve_speakers(doc, quotes, lexicon, [(p.start, p.end) for p in passages])
    return [_to_quote(doc.text, cand, found, lexicon) for cand, found in zip(quotes, entities)]


def _to_quote(text: str, cand: Candidate, entities: list[Entity | None], lexicon: Lexicon) -> Quote:
    quote = Quote(text=text[cand.start:cand.end], start=cand.start, end=cand.end, type=cand.type)
    if cand.attribution is None:
        return quote
    cue = cand.attribution.cue
    if cue.words:
        quote.cue = Span.of(text, cue.words[0].start, cue.words[-1].end)
    sources = cand.attribution.sources
    if not sources:
        return quote
    first = sources[0]
    quote.mention = first.mention
    names = [e.name for e in entities if e is not None]
    if not names:
        names = [s.description for s in sources]
    quote.speaker = names[0] if len(names) == 1 else names
    entity = entities[0] if entities else None
    quote.kind = entity.kind if entity is not None else first.kind
    roles = [t for t in (entity.titles if entity is not None and entity.kind != "organization" else [])
             if not lexicon.is_rank_only(t)]
    # ("the veteran politician said": an occupation that renames a person gives way too)
    renaming = first.name is None and first.head.lower in lexicon.occupation_epithets
    if first.title is not None and not ((lexicon.is_rank_only(first.title.text) or renaming) and roles):
        quote.title, quote.title_span = first.title.text, first.title
    elif roles:
        # ("Professor Adaeze Okonkwo" quoted as vice-chancellor: a role the article gives
        # elsewhere says more than an academic rank)
        quote.title = roles[0]
    elif entity is not None and entity.titles and entity.kind != "organization":
        # (an organization has no title: "the drug’s maker, Corvane Therapeutics" only describes it)
        quote.title = entity.titles[0]
    return quote
