"""The orchestrator: parse, find passages and cues, attribute, canonicalise.

Each concern lives in its own module: ``quotemarks`` (pairing quotation
marks), ``cues`` (speech cues and their clauses), ``content`` (span
boundaries), ``sources`` (who the cue attaches to), ``titles`` (name, title
and kind of a source phrase), ``coref`` (one canonical name per entity).  This
module only wires them together and decides, per quoted passage, whether it is
a direct quote, the quoted fragment of a mixed quote, or not a quote at all.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from quotes.content import content_words
from quotes.coref import EntityRegistry, Entity
from quotes.cues import Cue, find_cues, is_negated
from quotes.lexicon import Lexicon, load_lexicon
from quotes.quotemarks import QuotedPassage, find_quoted_passages
from quotes.records import ArticleResult, Quote, Span
from quotes.sources import mention_words, source_heads
from quotes.syntax import Document, Sentence, Word, from_stanza
from quotes.titles import SourcePhrase, analyse, name_run

# an unattributed passage shorter than this, with no verb, is a scare quote,
# a nickname or a title of a work
MIN_UNATTRIBUTED_WORDS = 6
# a reported clause has at least a predicate and one more word
MIN_REPORTED_WORDS = 2
# how far (characters) a cue may sit from a passage it attributes
ATTACH_WINDOW = 200


@dataclass
class Attribution:
    """A cue and its sources, shared by the quotes it introduces."""

    cue: Cue
    sources: list[SourcePhrase]


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    attribution: Attribution | None
    sentence: int
    entities: list[Entity] = field(default_factory=list)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _is_bare_name(doc: Document, passage: QuotedPassage) -> bool:
    """House-style marks around a name (``'Israel' says``) are not the speaker's words."""
    words = [w for s in doc.sentences for w in s.words if passage.start <= w.start and w.end <= passage.end]
    return bool(words) and all(w.upos in ("PROPN", "PUNCT", "DET") for w in words)


def _words_in(doc: Document, start: int, end: int) -> list[Word]:
    return [w for s in doc.sentences for w in s.words if start <= w.start and w.end <= end]


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
        if not text.strip():
            return Document(text, ())
        self.load()
        return from_stanza(self._pipeline(text))

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


# --- the rules, over a parsed document ------------------------------------------------

def _attribution(doc: Document, cue: Cue, lexicon: Lexicon) -> Attribution:
    sources = []
    for head in source_heads(cue):
        words = mention_words(cue.sentence, head)
        sources.append(analyse(cue.sentence, doc.text, head, words, lexicon))
    return Attribution(cue, sources)


def _reported(doc: Document, lexicon: Lexicon) -> tuple[list[Candidate], list[Attribution]]:
    """Indirect-speech candidates from every cue, and every cue's attribution."""
    candidates: list[Candidate] = []
    attributions: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    for sentence in doc.sentences:
        for cue in find_cues(sentence, lexicon):
            attribution = _attribution(doc, cue, lexicon)
            attributions.append(attribution)
            for head in cue.content:
                words = content_words(cue, head)
                if len([w for w in words if w.upos != "PUNCT"]) < MIN_REPORTED_WORDS:
                    continue  # a lone word ("adding") is a misparse, not a report
                span = (words[0].start, words[-1].end)
                if span in seen:
                    continue
                seen.add(span)
                candidates.append(Candidate(span[0], span[1], "indirect", attribution, sentence.index))
    return candidates, attributions


def _speech_verbs(doc: Document, lexicon: Lexicon) -> list[Attribution]:
    """Cue verbs with a source but no clause of their own (``he said.``), which
    can attribute a neighbouring quoted passage."""
    out = []
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos == "VERB" and word.lemma in lexicon.cue_verbs and not is_negated(sentence, word):
                cue = Cue(sentence, word, (word,), (), "bare")
                attribution = _attribution(doc, cue, lexicon)
                if attribution.sources:
                    out.append(attribution)
    return out


def _content_outside(doc: Document, cand: Candidate, passage: QuotedPassage) -> int:
    """Words of a candidate's span outside a passage (punctuation not counted)."""
    return sum(1 for w in _words_in(doc, cand.start, cand.end)
               if w.upos != "PUNCT" and not (passage.open <= w.start and w.end <= passage.close + 1))


def extract_from_document(doc: Document, lexicon: Lexicon | None = None) -> list[Quote]:
    lexicon = lexicon or load_lexicon()
    text = doc.text
    passages = find_quoted_passages(text)
    candidates, attributions = _reported(doc, lexicon)

    quotes: list[Candidate] = []
    consumed: set[QuotedPassage] = set()
    direct_for: dict[QuotedPassage, Attribution] = {}

    # 1. reported clauses meet quoted passages.  A clause that lies within a
    #    passage makes the passage a direct quote; quoted words inside a clause
    #    make it mixed, unless a smaller clause already claims them as direct
    #    ("..., which he said “underscores ...”").
    def touching(cand: Candidate) -> list[QuotedPassage]:
        return [p for p in passages if not _is_bare_name(doc, p)
                and _overlap(cand.start, cand.end, p.open, p.close + 1)]

    enclosed: set[int] = set()
    for cand in sorted(candidates, key=lambda c: c.end - c.start):
        for p in touching(cand):
            if _content_outside(doc, cand, p) == 0 or p.open < cand.start:
                direct_for.setdefault(p, cand.attribution)
                enclosed.add(id(cand))
    for cand in candidates:
        if id(cand) in enclosed:
            continue
        fragments = [p for p in touching(cand) if p not in direct_for]
        if fragments:
            # the mixed quote runs to the closing mark when the fragment ends the clause
            cand.type = "mixed"
            cand.end = max(cand.end, max(p.close + 1 for p in fragments))
            consumed.update(fragments)
        quotes.append(cand)

    # a clause reported inside a direct quote belongs to the quote, not to a new source
    quotes = [q for q in quotes if not any(p.start <= q.start and q.end <= p.end for p in direct_for)]

    # 2. passages no clause covered: a fragment right after a reported clause
    #    completes it (the parser cut the clause short); a passage of its own
    #    takes the nearest speech verb of its sentence
    bare = _speech_verbs(doc, lexicon)
    for p in passages:
        if p in direct_for or p in consumed or _is_bare_name(doc, p):
            continue
        if _is_fragment(doc, p):
            cand = _clause_before(doc, quotes, p)
            if cand is not None:
                cand.type, cand.end = "mixed", p.close + 1
            consumed.add(p)
            continue
        attribution = _nearest_cue(doc, p, attributions + bare)
        if attribution is not None:
            direct_for[p] = attribution

    # 3. an unattributed passage right after an attributed one continues its
    #    speaker ("“A,” X said. “B.”"), also when it opens the next paragraph;
    #    a paragraph of other matter in between breaks the chain
    ordered = sorted(passages, key=lambda p: p.open)
    for i, p in enumerate(ordered):
        if p in direct_for or p in consumed or _is_bare_name(doc, p):
            continue
        if i > 0 and ordered[i - 1] in direct_for and _only_attribution(text[ordered[i - 1].close + 1:p.open]):
            direct_for[p] = direct_for[ordered[i - 1]]
            continue
        words = [w for w in _words_in(doc, p.start, p.end) if w.upos != "PUNCT"]
        if len(words) >= MIN_UNATTRIBUTED_WORDS and any(w.upos in ("VERB", "AUX") for w in words):
            quotes.append(Candidate(p.start, p.end, "direct", None, _sentence_index(doc, p.start)))

    for p, attribution in direct_for.items():
        quotes.append(Candidate(p.start, p.end, "direct", attribution, _sentence_index(doc, p.start)))

    quotes.sort(key=lambda q: (q.start, q.end))
    return _finalise(doc, quotes, lexicon)


def _is_fragment(doc: Document, p: QuotedPassage) -> bool:
    """A short, verbless, lower-case passage is a quoted phrase, not a quote."""
    words = [w for w in _words_in(doc, p.start, p.end) if w.upos != "PUNCT"]
    if not words:
        return True
    return (len(words) < MIN_UNATTRIBUTED_WORDS and not words[0].text[:1].isupper()
            and not any(w.upos in ("VERB", "AUX") for w in words))


def _clause_before(doc: Document, quotes: list[Candidate], p: QuotedPassage) -> Candidate | None:
    """A reported clause of the passage's sentence that ends just before it."""
    sentence = doc.sentence_at(p.open)
    for cand in quotes:
        if cand.attribution is not None and sentence is not None and cand.sentence == sentence.index \
                and cand.end <= p.open and not doc.text[cand.end:p.open].strip(" ,") .count(".") \
                and len(doc.text[cand.end:p.open].split()) <= 6:
            return cand
    return None


def _only_attribution(between: str) -> bool:
    """Text between two passages that holds at most a short attribution
    (``, he said.``) and ends a sentence, not other matter."""
    if between.count("\n\n") > 1 or "\n" in between.strip():
        return False
    stripped = between.strip()
    return len(stripped) <= 80 and (stripped == "" or stripped.endswith((".", ":", "!", "?")))


def _sentence_index(doc: Document, offset: int) -> int:
    sentence = doc.sentence_at(offset)
    if sentence is not None:
        return sentence.index
    before = [s.index for s in doc.sentences if s.start <= offset]
    return before[-1] if before else 0


def _nearest_cue(doc: Document, p: QuotedPassage, attributions: Iterable[Attribution]) -> Attribution | None:
    """The attribution whose cue sits outside ``p`` in a sentence that overlaps
    it, nearest to the passage; a cue after the passage wins ties."""
    best, best_distance = None, None
    for attribution in attributions:
        cue = attribution.cue
        sentence = cue.sentence
        if not attribution.sources or p.contains(cue.word.start):
            continue
        if not _overlap(sentence.start, sentence.end, p.open, p.close + 1) and not (
                0 <= sentence.start - (p.close + 1) <= 3 and _ends_open(doc.text, p)):
            continue
        distance = cue.word.start - p.close if cue.word.start > p.close else p.open - cue.word.end + 1
        if distance > ATTACH_WINDOW:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = attribution, distance
    return best


def _ends_open(text: str, p: QuotedPassage) -> bool:
    """A passage closing on a comma (“...,” he said) expects its attribution next."""
    inner = text[p.start:p.end].rstrip()
    return inner.endswith((",", "—", "-"))


# --- canonical speakers ---------------------------------------------------------------

def _article_names(doc: Document, lexicon: Lexicon) -> list[str]:
    names = []
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos == "PROPN" and not word.deprel.startswith(("flat", "compound")):
                run = name_run(mention_words(sentence, word), word, lexicon)
                if run:
                    names.append(doc.text[run[0].start:run[-1].end])
    return names


def _named_mentions(doc: Document, lexicon: Lexicon) -> list[tuple[int, int, SourcePhrase, bool]]:
    """Every named person/organization phrase of the article (antecedents and titles)."""
    out = []
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos in ("PROPN", "NOUN") and not word.deprel.startswith(("flat", "compound")):
                phrase = analyse(sentence, doc.text, word, mention_words(sentence, word), lexicon)
                if phrase.name is not None and phrase.kind in ("person", "organization"):
                    out.append((word.start, sentence.index, phrase, word.base_deprel == "nsubj"))
    return out


def _finalise(doc: Document, candidates: list[Candidate], lexicon: Lexicon) -> list[Quote]:
    registry = EntityRegistry(_article_names(doc, lexicon))
    events: list[tuple[int, int, object]] = []
    for offset, sentence, phrase, subject in _named_mentions(doc, lexicon):
        events.append((offset, 0, (sentence, phrase, subject)))
    for cand in candidates:
        anchor = cand.attribution.sources[0].head.start if cand.attribution and cand.attribution.sources else cand.start
        events.append((anchor, 1, cand))
    events.sort(key=lambda e: (e[0], e[1]))

    resolved: dict[int, list[Entity | None]] = {}
    for offset, order, item in events:
        if order == 0:
            sentence, phrase, subject = item
            entity = registry.resolve(phrase, sentence, offset)
            if entity is not None:
                if phrase.title is not None:
                    entity.add_title(phrase.title.text)
                registry.note(entity, sentence, offset, subject=subject, source=False)
            continue
        cand = item
        if cand.attribution is None or not cand.attribution.sources:
            continue
        key = id(cand.attribution)
        if key not in resolved:
            entities = []
            for phrase in cand.attribution.sources:
                entity = registry.resolve(phrase, cand.attribution.cue.sentence.index, offset)
                if entity is not None:
                    entity.add_title(phrase.title.text if phrase.title else None)
                    registry.note(entity, cand.attribution.cue.sentence.index, offset, subject=True, source=True)
                entities.append(entity)
            resolved[key] = entities
        cand.entities = resolved[key]

    return [_to_quote(doc, cand) for cand in candidates]


def _to_quote(doc: Document, cand: Candidate) -> Quote:
    text = doc.text
    quote = Quote(text=text[cand.start:cand.end], start=cand.start, end=cand.end, type=cand.type)
    if cand.attribution is None:
        return quote
    cue = cand.attribution.cue
    quote.cue = Span.of(text, cue.words[0].start, cue.words[-1].end)
    sources = cand.attribution.sources
    if not sources:
        return quote
    first = sources[0]
    quote.mention = first.mention
    names = [e.name for e in cand.entities if e is not None]
    if not names:
        names = [s.description for s in sources]
    quote.speaker = names[0] if len(names) == 1 else names
    entity = cand.entities[0] if cand.entities else None
    quote.kind = entity.kind if entity is not None else first.kind
    if first.title is not None:
        quote.title, quote.title_span = first.title.text, first.title
    elif entity is not None and entity.titles:
        quote.title = entity.titles[0]
    return quote
