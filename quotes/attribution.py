"""Who said which passage: reported clauses meet quoted passages.

Every cue yields reported-speech candidates (its clauses).  Quoted passages are
then decided against them:

1. a clause that lies within a passage makes the passage a **direct** quote by
   the cue's source; quoted words inside a clause make the clause **mixed**
   (unless a smaller clause claims the passage as direct);
2. a passage no clause covers takes the nearest speech verb of its sentence
   (``“...,” he said``, ``He added: “...”``, and ``“Why?” she asked.``, which
   tokenizers split after the question mark); a short, verbless, lower-case
   passage is a quoted phrase, not a quote, unless it opens a quoted sentence
   that an attribution splits (``“The business,” he said, “is growing.”``);
3. a passage right after an attributed one continues its speaker
   (``“A,” X said. “B.”``, also across a paragraph break), and so does a
   passage that opens a paragraph after one whose last sentence quotes
   someone (``Adams said ... / “I have been clear.”``), or that opens a sentence
   right after one about a person (``She shrugs. “I want to ...”``); an
   unattributed passage stays a quote with no speaker only if it reads like speech.
4. a quote within a quote is a quote of its own when a verb of saying inside the
   outer quote governs it (``‘The gaffer said, “Never let one result ...”’``).

House-style marks around a bare name (``'Israel' says``) never make a quote.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Iterable

from quotes.content import content_words
from quotes.cues import QUOTE_MARKS, Cue, cue_particle, find_cues, is_negated
from quotes.lexicon import Lexicon
from quotes.quotemarks import QuotedPassage
from quotes.sources import according_source, mention_words, source_heads
from quotes.syntax import Document, Sentence, Word, headline_end
from quotes.titles import SourcePhrase, analyse

# an unattributed passage shorter than this, with no verb, is a scare quote,
# a nickname or a title of a work
MIN_UNATTRIBUTED_WORDS = 6
# a reported clause has at least a predicate and one more word
MIN_REPORTED_WORDS = 2
# the longest attribution that splits a quoted sentence, in characters
MAX_SPLITTING_ATTRIBUTION = 80
# a sentence after a question or exclamation this short ("she asked.") can attribute it
MAX_BARE_ATTRIBUTION_WORDS = 6
# how far (characters) a cue may sit from a passage it attributes
ATTACH_WINDOW = 200


@dataclass
class Attribution:
    """A cue and its sources, shared by the quotes it introduces."""

    cue: Cue  # with no words when the speaker is known from context ("She shrugs. “…”")
    sources: list[SourcePhrase]


@dataclass
class Candidate:
    """A quote in the making: a span, its type and its attribution (if any)."""

    start: int
    end: int
    type: str
    attribution: Attribution | None
    sentence: int


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


# a title-case name in quotation marks is at most this long, and may hold these words
MAX_NAME_WORDS = 6
NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "&"})


# how many words may stand between "known" and "as" ("known around town as")
KNOWN_AS_GAP = 3


def _known_as_with_words_between(preceding_words: list[str], lexicon: Lexicon) -> bool:
    """"known around town as “Boots”", "referred to locally as": a titling phrase
    ending in *as* with a few words inside it still gives a name."""
    if preceding_words[-1:] != ["as"]:
        return False
    # (the participle opens the phrase: "also" in "also known as" could open anything)
    openers = {next(w for w in phrase.split() if w != "also") for phrase in lexicon.titling_phrases
               if phrase.endswith(" as")}
    return any(w in openers for w in preceding_words[-KNOWN_AS_GAP - 2:-1])


def _is_bare_name(doc: Document, passage: QuotedPassage, lexicon: Lexicon) -> bool:
    """House-style marks around a name (``'Israel' says``) are not the speaker's
    words, nor is the title of a work, a product or a campaign written in title
    case (``a racehorse named “Second Chance”``, ``its ‘Smart Harlston’ app``),
    nor, after a word that gives a text its title, a slogan with its full stop
    (``signs reading “Close the Budget Gap, Not Our School.”``), nor a title in
    apposition to the noun before it, with the sentence's comma inside the marks
    (``In his 2021 memoir, “Trust the Ledger,” he wrote``)."""
    words = doc.words_in(passage.start, passage.end)
    tokens = doc.text[passage.start:passage.end].split()
    before = doc.text[:passage.open].split()[-1:]
    preceding_words = doc.text[:passage.open].lower().split()
    titled = bool(before) and before[0].lower() in lexicon.titling_words \
        or any(" ".join(preceding_words[-n:]) in lexicon.titling_phrases for n in (2, 3)) \
        or _known_as_with_words_between(preceding_words, lexicon)
    appositive = bool(before) and len(before[0]) > 1 and before[0][-1] == "," and before[0][:-1].isalpha() \
        and before[0].islower()
    # (what a sign or a banner reads is displayed, not said: "a sign on the fence reads
    # “Keep out: Romans at work”", "placards reading “Fair pay, safe tracks”")
    if bool(before) and before[0].lower() in ("reads", "reading", "read", "read:", "reads:") \
            and any(w.strip(",") in lexicon.display_nouns for w in preceding_words[-6:-1]):
        return True
    if bool(words) and all(w.upos in ("PROPN", "PUNCT", "DET") for w in words):
        # (but a word the tagger took for a name, closed by a comma and its attribution,
        # was said: "“Bake,” she says finally"; so was one a verb of saying introduces with
        # a colon: "Ms. Mendes replied: “Fiction.”")
        preceding = [w for w in doc.words_in(max(passage.open - CUE_BEFORE_COLON_REACH, 0), passage.open)
                     if w.upos != "PUNCT"][-1:]
        introduced = bool(before) and before[0].endswith(":") and bool(preceding) \
            and preceding[0].upos == "VERB" and preceding[0].lemma in lexicon.cue_verbs
        # (nor, closed by its attribution, a quote's opening words: "“This Bill,” she said,
        # “is not against landlords.”")
        return appositive or titled or not (_closed_by_attribution(doc, passage, lexicon)
                                            or introduced and len(tokens) == 1)
    closing = tokens[-1][-1:] if tokens else ""
    return 0 < len(tokens) <= (2 * MAX_NAME_WORDS if titled else MAX_NAME_WORDS) and tokens[0][:1].isupper() \
        and all(t[:1].isupper() or t in NAME_FUNCTION_WORDS for t in tokens) \
        and any(t[:1].isupper() for t in tokens[1:]) \
        and (titled or closing not in ".,!?;:" or appositive and closing == ",")


# how far before an opening mark to look for the verb of saying and its colon ("replied: “…”")
CUE_BEFORE_COLON_REACH = 40  # characters


def attribution_of(doc: Document, cue: Cue, lexicon: Lexicon) -> Attribution:
    sources = []
    for head in source_heads(cue, lexicon):
        words = mention_words(cue.sentence, head)
        sources.append(analyse(cue.sentence, doc.text, head, words, lexicon))
    return Attribution(cue, sources)


def reported_candidates(doc: Document, lexicon: Lexicon) -> tuple[list[Candidate], list[Attribution]]:
    """Indirect-speech candidates from every cue, and every cue's attribution."""
    candidates: list[Candidate] = []
    attributions: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    for sentence in doc.sentences:
        for cue in find_cues(sentence, lexicon):
            if cue.relation == "according" and _no_source(cue, lexicon):
                continue
            attribution = attribution_of(doc, cue, lexicon)
            attributions.append(attribution)
            for head in cue.content:
                words = content_words(cue, head)
                # a lone word ("adding") is a misparse, not a report, but a request may be
                # one verb ("urged governments to act")
                if len([w for w in words if w.upos != "PUNCT"]) < MIN_REPORTED_WORDS and cue.relation != "xcomp":
                    continue
                span = (words[0].start, words[-1].end)
                if span in seen:
                    continue
                seen.add(span)
                candidates.append(Candidate(span[0], span[1], "indirect", attribution, sentence.index))
    return candidates, attributions


def _no_source(cue: Cue, lexicon: Lexicon) -> bool:
    """``according to plan``: the phrase names a standard, not a source."""
    words = cue.sentence.words
    # the source, or failing one (the tagger may take "plan" for a verb) the first word after "to"
    source = according_source(cue.sentence, cue.word) or next(
        (w for w in words[cue.word.index + 2:] if w.upos != "DET"), None)
    return source is not None and source.lower in lexicon.according_non_sources


def _speech_verbs(doc: Document, lexicon: Lexicon) -> list[Attribution]:
    """Cue verbs with a source but no clause of their own (``he said.``), which
    can attribute a neighbouring quoted passage."""
    out = []
    for sentence in doc.sentences:
        for word in sentence.words:
            # ("put it bluntly:": a verb that is a cue only with its particle or fixed object)
            particle = cue_particle(sentence, word, lexicon.particle_cue_verbs[word.lemma]) \
                if word.lemma in lexicon.particle_cue_verbs else None
            if word.upos == "VERB" and (word.lemma in lexicon.cue_verbs or word.lemma in lexicon.naming_verbs
                                        or particle is not None) and not is_negated(sentence, word):
                shown = tuple(sorted((word, particle), key=lambda w: w.index)) if particle else (word,)
                cue = Cue(sentence, word, shown, (), "bare")
                attribution = attribution_of(doc, cue, lexicon)
                if attribution.sources:
                    out.append(attribution)
    return out


def _content_outside(doc: Document, cand: Candidate, passage: QuotedPassage) -> int:
    """Words of a candidate's span outside a passage (punctuation not counted)."""
    return sum(1 for w in doc.words_in(cand.start, cand.end)
               if w.upos != "PUNCT" and not (passage.open <= w.start and w.end <= passage.close + 1))


def resolve_passages(doc: Document, passages: list[QuotedPassage], candidates: list[Candidate],
                     attributions: list[Attribution], lexicon: Lexicon,
                     nested: Iterable[QuotedPassage] = ()) -> list[Candidate]:
    """The article's quotes: reported clauses and direct quotes (``nested`` are the
    passages within a passage), in text order."""
    passages = [p for p in passages if not _is_bare_name(doc, p, lexicon) or _continues_a_quote(doc, p, passages)]
    direct_for: dict[QuotedPassage, Attribution] = {}
    consumed: set[QuotedPassage] = set()
    quotes = _direct_and_mixed(doc, passages, candidates, direct_for, consumed)
    speech = attributions + _speech_verbs(doc, lexicon)
    outside = [a for a in speech if not any(q.contains(a.cue.word.start) for q in passages)]
    for p in sorted(consumed, key=lambda p: p.open):
        # a report nested in another is labelled at both levels: "the ministry called the
        # expulsion “a theatrical provocation” ..., according to KNA" is KNA's report
        # and the ministry's naming
        naming = _naming_verb_of(doc, p, outside, lexicon)
        if naming is not None and not any(q.attribution is naming for q in quotes if q.start <= p.start < q.end):
            direct_for[p] = naming
            continue
        # ... and so is speech a verb inside the report introduces with a comma or colon:
        # "The complaint says Mayhew ... pointed a handgun at a clerk and shouted,
        # “Everybody on the floor!”"
        introducing = _introducing_verb(doc, p, speech)
        if introducing is not None and any(q.start <= introducing.cue.word.start < q.end for q in quotes) \
                and not any(q.attribution is not None and q.attribution.cue.word.start == introducing.cue.word.start
                            for q in quotes):
            direct_for[p] = introducing
    _attribute_by_proximity(doc, passages, quotes, outside, direct_for, consumed, lexicon)
    quotes += _continued_or_unattributed(doc, passages, quotes, direct_for, consumed, lexicon)
    quotes += [Candidate(p.start, p.end, "direct", a, _sentence_index(doc, p.start)) for p, a in direct_for.items()]
    for inner in nested:
        attribution = _quoting_verb(inner, speech)
        if attribution is not None and any(q.contains(inner.open) for q in direct_for):
            # (the verb's clause read as a report running into the inner quote is that quote:
            # "someone replied, ‘Thanks, we’re looking into it,’ and then ...")
            cue = attribution.cue.word.start
            quotes = [q for q in quotes if not (q.attribution is not None and q.attribution.cue.word.start == cue
                                                and _overlap(q.start, q.end, inner.open, inner.close + 1))]
            quotes.append(Candidate(inner.start, inner.end, "direct", attribution, _sentence_index(doc, inner.start)))
    # "You’re telling them their questions are dirty": inside a quote, what "you" say is
    # anyone's, a generic saying, not a report
    quotes = [q for q in quotes if not (q.attribution is not None and q.attribution.sources
                                        and q.attribution.sources[0].head.lower == "you"
                                        and any(p.contains(q.attribution.cue.word.start) for p in passages))]
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _introducing_verb(doc: Document, p: QuotedPassage, attributions: Iterable[Attribution]) -> Attribution | None:
    """The verb of saying right before ``p`` with only a comma or colon between them
    (``shouted, “Everybody on the floor!”``)."""
    for attribution in attributions:
        # (the cue may end on its particle or fixed object: "as X put it, “...”")
        end = max(w.end for w in (attribution.cue.word, *attribution.cue.words))
        if end <= p.open and doc.text[end:p.open].strip() in (",", ":") \
                and attribution.cue.relation != "according":
            return attribution
    return None


def _quoting_verb(inner: QuotedPassage, attributions: Iterable[Attribution]) -> Attribution | None:
    """The verb of saying that governs a quote within a quote (``said, “Never let
    ...”``, ``told me on my first night, ‘A light ...’``): it comes before the inner
    quote, and the inner quote's words hang on it, or it introduces them with a comma
    or colon and no other verb in between (the parser may hang a quote after ``pulled
    me aside and said,`` on the first verb)."""
    for attribution in attributions:
        cue = attribution.cue.word
        sentence = attribution.cue.sentence
        if not cue.end <= inner.open or not any(w.start >= inner.start for w in sentence.words):
            continue
        inside = {w.index for w in sentence.words if inner.start <= w.start and w.end <= inner.end}
        between = [w for w in sentence.words if cue.end <= w.start and w.end <= inner.open]
        # ("The last thing he told us was, “Keep your heads up”": the quote the
        # predicate of what the verb's clause describes)
        introduced = bool(between) and between[-1].text in (",", ":") \
            and not any(w.upos == "VERB" or w.upos == "AUX" and w.lemma != "be" for w in between)
        if introduced or any(w.index in inside and w.upos != "PUNCT" and w.head not in inside and w.head == cue.index
                             for w in sentence.words):
            return attribution
    return None


def _touching(doc: Document, passages: list[QuotedPassage], cand: Candidate) -> list[QuotedPassage]:
    return [p for p in passages if _overlap(cand.start, cand.end, p.open, p.close + 1)]


def _direct_and_mixed(doc: Document, passages: list[QuotedPassage], candidates: list[Candidate],
                      direct_for: dict, consumed: set) -> list[Candidate]:
    """Step 1; returns the reported clauses that remain quotes of their own."""
    enclosed: set[int] = set()
    for cand in sorted(candidates, key=lambda c: c.end - c.start):
        for p in _touching(doc, passages, cand):
            if p.start <= cand.attribution.cue.word.start < p.end:
                continue  # a report quoted inside the passage ("too early to say what ...") is not its source
            if _content_outside(doc, cand, p) == 0 or p.open < cand.start:
                direct_for.setdefault(p, cand.attribution)
                enclosed.add(id(cand))
    quotes = []
    for cand in candidates:
        if id(cand) in enclosed:
            continue
        # (a passage holding the cue itself quotes the report, it is no fragment of it:
        # ‘Ministers keep telling us to leave the car at home. Then ...’)
        # (nor is one a report nested inside this one quotes: "told MPs she had asked
        # officials to ‘step in immediately’" still quotes her words)
        fragments = [p for p in _touching(doc, passages, cand)
                     if (p not in direct_for or _nested_in(direct_for[p], cand))
                     and not p.start <= cand.attribution.cue.word.start < p.end]
        if fragments:
            # the mixed quote runs to the closing mark when the fragment ends the clause
            cand.type = "mixed"
            cand.end = max(cand.end, max(p.close + 1 for p in fragments))
            consumed.update(fragments)
        quotes.append(cand)
    # a clause reported inside a direct quote belongs to the quote, not to a new source;
    # and what a verb inside a quote reports ends with the quote ("I tell them to be
    # patient,” Lund said": not "Lund said")
    return [q for q in quotes if not any(p.start <= q.start and q.end <= p.end for p in direct_for)
            and not any(p.start <= q.attribution.cue.word.start < p.end and not p.start <= q.start < q.end <= p.end
                        for p in passages)]


def _nested_in(attribution: Attribution, cand: Candidate) -> bool:
    """Whether the attribution's cue lies inside the candidate's span: its report is
    nested in the candidate's."""
    return attribution.cue.word.start > cand.start and attribution.cue.word.end <= cand.end


def _attribute_by_proximity(doc: Document, passages: list[QuotedPassage], quotes: list[Candidate],
                            attributions: list[Attribution], direct_for: dict, consumed: set,
                            lexicon: Lexicon) -> None:
    """Step 2."""
    for p in passages:
        if p in direct_for or p in consumed:
            continue
        if _is_fragment(doc, p, lexicon) and not _opens_split_quote(doc, p, passages) \
                and not _closed_by_attribution(doc, p, lexicon) \
                and not _resumes_split_quote(doc, p, passages) \
                and not _continues_a_quote(doc, p, passages):
            # a verb of naming that governs the fragment makes it the speaker's words for
            # what it names, not the end of the clause before it
            naming = _naming_verb_of(doc, p, attributions, lexicon)
            if naming is not None:
                direct_for[p] = naming
                continue
            # (nor is one a verb of saying introduces with a comma or colon: "or, as
            # lineworker Jolene Tackett put it, “daylight to daylight.”")
            introducing = _introducing_verb(doc, p, attributions)
            if introducing is not None:
                direct_for[p] = introducing
                continue
            cand = _clause_before(doc, quotes, p)
            if cand is not None:
                cand.type, cand.end = "mixed", p.close + 1
                consumed.add(p)
                continue
            # (a passage long enough to be someone's words stays a quote when no clause
            # was found that it ends)
            if len([w for w in doc.words_in(p.start, p.end) if w.upos != "PUNCT"]) < MIN_UNATTRIBUTED_WORDS:
                consumed.add(p)
                continue
        attribution = _identified_after(doc, p, lexicon) or _nearest_cue(doc, p, attributions)
        if attribution is not None:
            direct_for[p] = attribution


def _continued_or_unattributed(doc: Document, passages: list[QuotedPassage], quotes: list[Candidate],
                               direct_for: dict, consumed: set, lexicon: Lexicon) -> list[Candidate]:
    """Step 3; continued passages join ``direct_for``, speech with no source is returned."""
    unattributed = []
    ordered = sorted(passages, key=lambda p: p.open)
    for i, p in enumerate(ordered):
        if p in direct_for or p in consumed:
            continue
        previous = ordered[i - 1] if i > 0 else None
        # (a sentence that introduces the passage with a colon says whose it is, even
        # after another's quote: "His message was simple: “Go home.”")
        introduced = _person_just_described(doc, p, lexicon) if doc.text[:p.open].rstrip().endswith(":") else None
        if introduced is not None:
            direct_for[p] = introduced
            continue
        headlined = _headline_source(doc, p, lexicon)
        if headlined is not None:
            direct_for[p] = headlined
            continue
        if previous in direct_for and _only_attribution(doc.text[previous.close + 1:p.open]):
            direct_for[p] = direct_for[previous]
            continue
        carried = _previous_paragraph_speaker(doc, p, quotes, direct_for) \
            or _previous_sentence_speaker(doc, p, quotes, direct_for)
        if carried is not None:
            direct_for[p] = carried
            continue
        words = [w for w in doc.words_in(p.start, p.end) if w.upos != "PUNCT"]
        # (a shorter one too, when it is a whole sentence: "Sinclair laughed. “Where else would I go?”")
        whole_sentence = bool(words) and words[0].text[:1].isupper() \
            and doc.text[p.start:p.end].rstrip().endswith((".", "!", "?"))
        # (an answer staged by what the person does may have no verb: "he laughs. “Fish,
        # probably. From the shore.”")
        verbless_answer = whole_sentence and len(words) > 1
        if (len(words) >= MIN_UNATTRIBUTED_WORDS or whole_sentence) \
                and (any(w.upos in ("VERB", "AUX") for w in words) or verbless_answer):
            by_context = _person_just_described(doc, p, lexicon)
            if by_context is not None:
                direct_for[p] = by_context
            elif len(words) >= MIN_UNATTRIBUTED_WORDS:
                unattributed.append(Candidate(p.start, p.end, "direct", None, _sentence_index(doc, p.start)))
    return unattributed


def _headline_source(doc: Document, p: QuotedPassage, lexicon: Lexicon) -> Attribution | None:
    """``‘Results are results’: Harcastle chairman defends Pellow sacking``: a headline
    that opens with a quoted clause and a colon gives it to whoever the words after
    the colon name first: a name, or a role or group noun (the desk's shorthand for
    "X said ... as he defended ...").  Headlines parse badly (*defends* tagged a
    noun), so the source is found by word class and the lexicon, not by relation."""
    end = headline_end(doc.text)
    if p.close >= end or not doc.text[p.close + 1:end].lstrip().startswith(":"):
        return None
    if not any(w.upos in ("VERB", "AUX") for w in doc.words_in(p.start, p.end)):
        return None  # a title: "‘Game of Thrones’: network confirms prequel"
    colon = doc.text.index(":", p.close + 1)
    sentence = doc.sentence_at(colon + 1) or doc.sentence_at(colon)
    after = [w for w in sentence.words if colon < w.start and w.end <= end] if sentence is not None else []
    roles = lexicon.title_heads | lexicon.person_epithets | lexicon.group_nouns
    for i, word in enumerate(after):
        if word.upos not in ("PROPN", "NOUN", "ADJ", "DET", "NUM"):
            return None
        following = after[i + 1] if i + 1 < len(after) else None
        if word.upos == "PROPN" and (following is None or following.upos != "PROPN") \
                or word.upos == "NOUN" and word.lemma.lower() in roles:
            phrase = analyse(sentence, doc.text, word, after[:i + 1], lexicon)
            return Attribution(Cue(sentence, word, (), (), "context"), [phrase])
    return None


def _previous_paragraph_speaker(doc: Document, p: QuotedPassage, quotes: list[Candidate],
                                direct_for: dict) -> Attribution | None:
    """A passage that opens a paragraph, after a paragraph whose last sentence
    quotes someone, goes on quoting them (``Adams said ... / “I have been very
    clear.”``): news prose names a speaker once for a run of quoted paragraphs."""
    line_start = doc.text.rfind("\n", 0, p.open) + 1
    if line_start == 0 or doc.text[line_start:p.open].strip():
        return None
    previous_end = len(doc.text[:line_start].rstrip())
    last_sentence = doc.sentence_at(previous_end - 1)
    if last_sentence is None:
        return None
    attributed = [(q.start, q.attribution) for q in quotes if q.attribution is not None]
    attributed += [(other.start, a) for other, a in direct_for.items()]
    within = [(start, a) for start, a in attributed if last_sentence.start <= start < previous_end]
    return max(within, key=lambda item: item[0])[1] if within else None


def _previous_sentence_speaker(doc: Document, p: QuotedPassage, quotes: list[Candidate],
                               direct_for: dict) -> Attribution | None:
    """A passage that opens a sentence right after one that reports someone, in the
    same paragraph, goes on quoting them: ``His daughter says he has never taken a
    sick day. “Not one. ...”``."""
    before = doc.text[:p.open].rstrip()
    if not before or before[-1] not in ".!?" or "\n" in doc.text[len(before):p.open]:
        return None
    previous = doc.sentence_at(len(before) - 1)
    if previous is None:
        return None
    attributed = [(q.start, q.attribution) for q in quotes if q.attribution is not None]
    attributed += [(other.start, a) for other, a in direct_for.items()]
    within = [(start, a) for start, a in attributed if previous.start <= start < previous.end
              and a.sources and previous.start <= a.cue.word.start < previous.end]
    return max(within, key=lambda item: item[0])[1] if within else None


def _person_just_described(doc: Document, p: QuotedPassage, lexicon: Lexicon) -> Attribution | None:
    """A passage that opens its sentence right after a sentence about a person,
    with no verb of saying anywhere near, is that person's answer (``She shrugs.
    “I want to go to university.”``, ``he pauses before answering. / “Honestly?”``):
    features stage a speaker by what they do.  The person is the subject of that
    sentence's main verb, a name or *he*/*she*; the attribution has no cue word.  A
    colon may introduce the passage in the same sentence: see ``_owner_of_utterance``
    and ``_introduced_with_colon``."""
    before = doc.text[:p.open].rstrip()
    if before and before[-1] not in ".!?:":
        return None  # the passage does not open a sentence
    previous = doc.sentence_at(len(before) - 1) if before else None
    if before.endswith(":") and previous is not None:
        # "Vidal’s verdict was blunt: “...”", "His answer was simple:": the words someone
        # said, introduced as theirs by a noun for what was said
        owned = _owner_of_utterance(doc, previous, len(before) - 1, lexicon) \
            or _introduced_with_colon(doc, previous, len(before) - 1, lexicon)
        if owned is not None:
            return owned
    if previous is None or any(w.text in QUOTE_MARKS for w in previous.words):
        return None
    verb = previous.root()
    if verb is None or verb.upos != "VERB" or verb.lemma in lexicon.cue_verbs:
        return None
    subject = next(iter(previous.children(verb, "nsubj")), None)
    # (or a person named in apposition: "His widow, Leanne Keogh, read a statement to the court.")
    named = subject is not None and subject.upos == "NOUN" \
        and any(a.upos == "PROPN" for a in previous.children(subject, "appos"))
    if subject is None or not (subject.upos == "PROPN" or named
                               or lexicon.pronoun_class(subject.text) in ("male", "female")):
        return None
    phrase = analyse(previous, doc.text, subject, mention_words(previous, subject), lexicon)
    if phrase.kind != "person":
        return None
    return Attribution(Cue(previous, verb, (), (), "context"), [phrase])


def _introduced_with_colon(doc: Document, sentence: Sentence, colon: int, lexicon: Lexicon) -> Attribution | None:
    """"The latter was less forgiving: ‘...’", "Sinclair shrugged: “...”": a clause about
    someone that opens the passage with a colon gives it to them."""
    words = [w for w in sentence.words if w.end <= colon]
    inside = {w.index for w in words}
    predicate = next((w for w in words if w.head not in inside and w.upos != "PUNCT"), None)
    # (the last clause before the colon, with a subject of its own: "A sign on her gate
    # reads ..., and she puts her rule bluntly: “...”")
    last = next((c for c in reversed(sentence.subtree(predicate)) if c.index in inside
                 and c.base_deprel == "conj" and c.upos == "VERB"
                 and any(s.index in inside for s in sentence.children(c, "nsubj"))), None) \
        if predicate is not None else None
    predicate = last or predicate
    if predicate is None or predicate.lemma in lexicon.cue_verbs \
            or not (predicate.upos == "VERB" or sentence.children(predicate, "cop")):
        return None
    subject = next((s for s in sentence.children(predicate, "nsubj") if s.index in inside), None)
    if subject is None or not (subject.upos == "PROPN" or lexicon.pronoun_class(subject.text) in ("male", "female")
                               or any(d.lower == "the" for d in sentence.children(subject, "det"))):
        return None
    phrase = analyse(sentence, doc.text, subject, mention_words(sentence, subject), lexicon)
    if phrase.kind == "organization" and subject.upos != "PROPN":
        return None
    return Attribution(Cue(sentence, predicate, (), (), "context"), [phrase])


def _owner_of_utterance(doc: Document, sentence: Sentence, colon: int, lexicon: Lexicon) -> Attribution | None:
    """"Vidal’s verdict was blunt: “...”", "His message was simple:": a noun for what was
    said, whose possessor (a name or a possessive pronoun) is the speaker, before the colon."""
    noun = next((w for w in sentence.words if w.end <= colon and w.base_deprel == "nsubj"
                 and w.lemma in lexicon.utterance_nouns), None)
    owner = next(iter(sentence.children(noun, "nmod:poss")), None) if noun is not None else None
    if owner is None or not (owner.upos == "PROPN" or lexicon.pronoun_class(owner.text) is not None):
        return None
    words = [w for w in mention_words(sentence, owner) if w.upos != "PART" and w.text not in ("'s", "’s")]
    phrase = analyse(sentence, doc.text, owner, words, lexicon)
    return Attribution(Cue(sentence, noun, (noun,), (), "context"), [phrase])


def _identified_after(doc: Document, p: QuotedPassage, lexicon: Lexicon) -> Attribution | None:
    """A passage that opens its paragraph with no attribution, followed by a sentence
    that points back at it and names the speaker, is that speaker's: ``“...” / That
    was the verdict of Edna Purslow``, ``That is how X described it``, ``Those words
    came from X``, ``The line, from X, drew applause``, ``That was Ada Lin, 52``.
    Features hold the name back for effect; the demonstrative (or a noun for what was
    said) is the link."""
    line_start = doc.text.rfind("\n", 0, p.open) + 1
    if doc.text[line_start:p.open].strip():
        return None
    sentence = next((s for s in doc.sentences if s.start > p.close), None)
    if sentence is None or doc.text[p.close + 1:sentence.start].strip():
        return None
    words = [w for w in sentence.words if w.upos != "PUNCT"]
    pointer = words[0] if words else None
    if pointer is None:
        return None
    # ("So says Rosa Delgado, 67": *so* stands for what was just quoted)
    if not (pointer.lower in DEMONSTRATIVES or pointer.lower == "the" and len(words) > 1
            and words[1].lemma in lexicon.utterance_nouns
            or pointer.lower == "so" and len(words) > 1 and words[1].lemma in lexicon.cue_verbs
            and pointer.head == words[1].index or _so_with_a_subject(sentence, pointer, lexicon)):
        return _introduced_after(doc, p, sentence, lexicon)
    found = _identifying_source(sentence, lexicon)
    if found is None:
        return None
    cue_words, source = found
    # ("That was Ada Lin": the pointer and the copula hang on the name, but are no part of
    # it; nor is a preposition the parser hung on the surname: "the question from Renee Albright")
    mention = [w for w in mention_words(sentence, source) if w.index > source.index or not (
        w.head == source.index and w.base_deprel in ("nsubj", "cop", "advmod", "mark") or w.base_deprel == "case")]
    mention = mention[next((i for i, w in enumerate(mention) if w.upos != "PUNCT"), 0):]
    phrase = analyse(sentence, doc.text, source, mention, lexicon)
    cue_word = cue_words[0] if cue_words else sentence.words[source.index]
    return Attribution(Cue(sentence, cue_word, cue_words, (), "context"), [phrase])


def _so_with_a_subject(sentence: Sentence, pointer: Word, lexicon: Lexicon) -> bool:
    """"So Darragh Quill told a jury yesterday": *so* on a verb of saying that has a
    subject and reports nothing of its own stands for what was just quoted."""
    verb = sentence.head_of(pointer)
    return pointer.lower == "so" and pointer.base_deprel == "advmod" and verb is not None \
        and verb.upos == "VERB" and verb.lemma in lexicon.cue_verbs and bool(sentence.children(verb, "nsubj")) \
        and not sentence.children(verb, "ccomp", "xcomp", "parataxis")


def _introduced_after(doc: Document, p: QuotedPassage, sentence: Sentence, lexicon: Lexicon) -> Attribution | None:
    """``“There is no legal standard ...” Petra Lind, founder of Clean Taps, has heard
    the argument many times.``: a person brought into the story, named in full and
    described, as the subject of the sentence right after a quote no one was given,
    is the one who said it."""
    root = sentence.root()
    subject = next((s for s in sentence.children(root, "nsubj") if s.index < root.index), None) \
        if root is not None else None
    # (one who goes on to say something else is introduced for that: "Professor Liam
    # Gorton, the HPO's chief executive, said the pressures were ...")
    if subject is None or subject.upos != "PROPN" or sentence.phrase_start(subject).index != 0 \
            or not sentence.children(subject, "appos") or root.lemma in lexicon.cue_verbs:
        return None
    phrase = analyse(sentence, doc.text, subject, mention_words(sentence, subject), lexicon)
    surname = phrase.name.text.split()[-1] if phrase.name is not None else ""
    # (named in full, and for the first time: someone already in the story would be
    # attributed by name)
    if phrase.kind != "person" or len(phrase.name.text.split()) < 2 or surname in doc.text[:p.open]:
        return None
    return Attribution(Cue(sentence, subject, (), (), "context"), [phrase])


def _identifying_source(sentence: Sentence, lexicon: Lexicon) -> tuple[tuple[Word, ...], Word] | None:
    """``(cue words, source head)`` of a sentence that names who said what came before."""
    for word in sentence.words:
        # "That is how X described the drive", "That was how X summed up the week"
        particle = cue_particle(sentence, word, lexicon.particle_cue_verbs[word.lemma]) \
            if word.lemma in lexicon.particle_cue_verbs else None
        if word.upos == "VERB" and (word.lemma in lexicon.cue_verbs or particle is not None):
            subject = next(iter(sentence.children(word, "nsubj")), None)
            if subject is not None and subject.lower not in DEMONSTRATIVES:
                shown = tuple(sorted((word, particle), key=lambda w: w.index)) if particle else (word,)
                return shown, subject
        # "the verdict of X", "The line, from X, ...", "Those words came from X"
        owner = sentence.head_of(word)
        case = next((c for c in sentence.prepositions_of(word) if c.lower in ("of", "from")), None)
        if owner is not None and word.base_deprel in ("nmod", "obl") and word.upos in ("PROPN", "NOUN") \
                and case is not None:
            if owner.lemma in lexicon.utterance_nouns:
                predicate = bool(sentence.children(owner, "cop"))
                return ((owner,) if predicate else ()), word
            if owner.lemma == "come" and any(s.lemma in lexicon.utterance_nouns or s.lower in DEMONSTRATIVES
                                             for s in sentence.children(owner, "nsubj")):
                return (owner, case), word
    # "That was Ada Lin, 52, a cook ...": the name is the predicate
    root = sentence.root()
    if root is not None and root.upos == "PROPN" and sentence.children(root, "cop") \
            and any(s.lower in DEMONSTRATIVES for s in sentence.children(root, "nsubj")):
        return (), root
    return None


# words that point back at what was just quoted: "That was the verdict of ..."
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _closed_by_attribution(doc: Document, p: QuotedPassage, lexicon: Lexicon) -> bool:
    """``“Afraid? No,” she says``, ``“Never,” said Lee``: a capitalised passage
    closed by a comma, with a source and its verb of saying right after it, is an
    utterance however short."""
    if not doc.text[p.start:p.end].rstrip().endswith(",") or not doc.text[p.start:p.start + 1].isupper():
        return False
    sentence = doc.sentence_at(p.close + 1)
    after = [w for w in sentence.words if w.start > p.close][:2] if sentence is not None else []
    if not after:
        return False
    first = after[0]
    if first.lemma in lexicon.cue_verbs and first.upos == "VERB":
        return True  # "said Lee"
    # "she says", "the 58-year-old said": a subject phrase opens right after the
    # passage, and its verb of saying follows it
    subject = next((w for w in sentence.words if w.start > p.close and w.base_deprel == "nsubj"), None)
    head = sentence.head_of(subject) if subject is not None else None
    if head is None or head.lemma not in lexicon.cue_verbs or head.upos != "VERB":
        return False
    phrase = sentence.subtree(subject)
    return phrase[0].index == first.index and phrase[-1].index < head.index <= phrase[-1].index + 2


def _is_fragment(doc: Document, p: QuotedPassage, lexicon: Lexicon) -> bool:
    """A short passage that does not read as an utterance of its own is a
    quoted phrase (``“effectively lost”``, ``“Israeli”``), not a quote: it has
    no sentence-final punctuation and is either lower-case or verbless.
    (``“Hopefully, yes.”`` is an utterance.)"""
    words = [w for w in doc.words_in(p.start, p.end) if w.upos != "PUNCT"]
    if not words:
        return True
    # (however long, a lower-case passage that runs on from a word of the sentence
    # with no punctuation before its mark: "followed lockdown procedures “exactly the
    # way we practice them.”")
    # (not the words of a verb of saying right before them: "which he said “underscores ...”")
    before = doc.words_in(max(0, p.open - 40), p.open)[-1:]
    runs_on = doc.text[:p.open].rstrip()[-1:].isalnum() and not (before and before[0].lemma in lexicon.cue_verbs)
    if len(words) >= MIN_UNATTRIBUTED_WORDS and not (runs_on and words[0].text[:1].islower()):
        return False
    if not words[0].text[:1].isupper():
        # ("had been evacuated twice before, “but never like this.”": final
        # punctuation inside a lower-case phrase is the sentence's)
        return True
    return not doc.text[p.start:p.end].rstrip().endswith((".", "!", "?")) \
        and not any(w.upos in ("VERB", "AUX") for w in words)


def _named_by_a_definite_source(sentence: Sentence, verb: Word) -> bool:
    """``changes that the union calls “flexibility by the back door”``: in the present,
    naming by a source the article has pinned down (a definite or named subject) is
    that source's stance, not a habit of speech ("locals call the canyon ...")."""
    subject = next(iter(sentence.children(verb, "nsubj")), None)
    if subject is None or verb.feat("Tense") != "Pres":
        return False
    definite = any(d.lower == "the" for d in sentence.children(subject, "det")) \
        or bool(sentence.children(subject, "nmod:poss"))
    return subject.upos == "PROPN" or subject.upos == "NOUN" and definite


# words that make the noun phrase after them name one known thing
DEFINITE_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "this", "that"})


def _naming_verb_of(doc: Document, p: QuotedPassage, attributions: Iterable[Attribution],
                    lexicon: Lexicon) -> Attribution | None:
    """``called the figures “a national disgrace”``, ``dismissed the ad as
    “Hollywood theatrics”``: a quoted phrase that a verb of naming gives as its
    object's description is the speaker's words."""
    sentence = doc.sentence_at(p.open)
    if sentence is None:
        return None
    # (the passage's words in its first sentence: a passage may run on into the next,
    # whose word indices are that sentence's)
    words = [w for w in sentence.words if p.start <= w.start < p.end and w.upos != "PUNCT"]
    if not words:
        return None
    inside = {w.index for w in words}
    for top in (w for w in words if w.head not in inside):
        governor = sentence.head_of(top)
        if governor is not None and top.base_deprel in ("amod", "compound") and governor.start > p.close:
            continue  # "branded its “Fair Pay Now” action": the quote names a kind of thing
        if top.base_deprel == "advmod":
            continue  # "were being dismissed “faster than ever”": how, not what it was called
        if top.base_deprel == "conj" and governor is not None and governor.lemma in lexicon.naming_verbs \
                and sentence.children(top, "cop", "cc"):
            continue  # "had called several passengers and was “deeply sorry”": a second predicate
        before = [w for w in sentence.words if w.end <= p.open and w.upos != "PUNCT"][-1:]
        after = [w for w in sentence.words if w.start > p.close and w.upos != "PUNCT"][:1]
        # (but not modifiers quoted before the noun: "called their ‘careful and patient’ work")
        if before and before[0].head == top.index and (before[0].lower in DEFINITE_DETERMINERS
                                                       or before[0].deprel == "nmod:poss") \
                and not (after and after[0].upos in ("NOUN", "PROPN") and after[0].start <= p.close + 2):
            # "what the club called its “five-year plan”", "a discrepancy the lawyers have
            # called the “ballot gap”": a definite noun phrase, quoted whole after its article
            # or possessor, is the name a thing goes by, not a description of it
            continue
        # "as" phrases hang on the object or on the verb itself
        while governor is not None and governor.lemma not in lexicon.naming_verbs \
                and governor.upos in ("NOUN", "PROPN", "PRON") and governor.base_deprel in ("obj", "nsubj:pass", "xcomp"):
            governor = sentence.head_of(governor)
        if governor is None or governor.lemma not in lexicon.naming_verbs:
            continue
        # someone's past act of naming ("called", "has described", "..., calling"),
        # not a habit ("locals call the canyon “the Chimney”") or a label ("a habit
        # sometimes called “catch-up sleep”")
        done = governor.feat("VerbForm") == "Fin" and governor.feat("Tense") == "Past" \
            or bool(sentence.children(governor, "aux")) or _named_by_a_definite_source(sentence, governor)
        participle = governor.feat("VerbForm") in ("Ger", "Part") and governor.feat("Tense") != "Past" \
            and governor.base_deprel in ("advcl", "conj", "xcomp")
        # (active: the subject of "were being dismissed" is what was named, not who named it)
        # (or shares one: "she wrote that ... and called its final hour “punishing.”")
        shared = sentence.head_of(governor) if governor.base_deprel == "conj" else None
        active = any(c.deprel == "nsubj" for c in sentence.children(governor, "nsubj")) or (
            shared is not None and not sentence.children(governor, "nsubj", "nsubj:pass", "aux:pass")
            and any(c.deprel == "nsubj" for c in sentence.children(shared, "nsubj")))
        if not (done and active or participle):
            continue
        objects = {o.index for o in sentence.children(governor, "obj")}
        # a participle of naming with no report of its own names for the speaker of the
        # verb it hangs on ("said it had opened an inquiry, describing the case as “...”")
        speaker_verb = sentence.head_of(governor) if participle else None
        for attribution in attributions:
            if attribution.cue.sentence.index != sentence.index:
                continue
            # the thing named is not the one naming it ("calling a single meeting “...”")
            if attribution.cue.word.index == governor.index \
                    and not any(source.head.index in objects for source in attribution.sources):
                return attribution
        for attribution in attributions:
            if speaker_verb is not None and attribution.cue.sentence.index == sentence.index \
                    and attribution.cue.word.index == speaker_verb.index and attribution.sources:
                return attribution
    return None


def _opens_split_quote(doc: Document, p: QuotedPassage, passages: list[QuotedPassage]) -> bool:
    """``“The cloud business,” Tran said, “is now the engine ...”``: a short first
    part that breaks off at a comma and resumes, in lower case, after the
    attribution is the start of a quoted sentence, not a quoted phrase."""
    text = doc.text[p.start:p.end]
    following = next((q for q in passages if q.open > p.close), None)
    if following is None or not _ends_open(doc.text, p) or not text[:1].isupper():
        return False
    between = doc.text[p.close + 1:following.open].strip()
    return doc.text[following.start:following.end][:1].islower() and between.endswith(",") \
        and len(between) <= MAX_SPLITTING_ATTRIBUTION and "\n" not in between


def _resumes_split_quote(doc: Document, p: QuotedPassage, passages: list[QuotedPassage]) -> bool:
    """The lower-case second part of a split quoted sentence (``“is growing.”``)."""
    before = [q for q in passages if q.close < p.open]
    return bool(before) and _opens_split_quote(doc, max(before, key=lambda q: q.close), passages)


def _continues_a_quote(doc: Document, p: QuotedPassage, passages: list[QuotedPassage]) -> bool:
    """``“... more warning than this,” he said. “Unacceptable.”``: a whole quoted
    sentence, however short, right after a quote and its attribution goes on with
    the speaker's words; it is no scare quote."""
    text = doc.text[p.start:p.end].rstrip()
    before = [q for q in passages if q.close < p.open]
    return bool(before) and text[:1].isupper() and text.endswith((".", "!", "?")) \
        and _only_attribution(doc.text[max(before, key=lambda q: q.close).close + 1:p.open])


def _clause_before(doc: Document, quotes: list[Candidate], p: QuotedPassage) -> Candidate | None:
    """A reported clause of the passage's sentence that ends just before it (not
    before its own cue: in "..., the center said, warning of “life-threatening”
    floods" the passage belongs to what follows the cue)."""
    sentence = doc.sentence_at(p.open)
    for cand in quotes:
        if cand.attribution is not None and sentence is not None and cand.sentence == sentence.index \
                and cand.end <= p.open and not doc.text[cand.end:p.open].strip(" ,") .count(".") \
                and len(doc.text[cand.end:p.open].split()) <= 6 \
                and not any(cand.end <= w.start < p.open for w in cand.attribution.cue.words):
            return cand
    return None


def _only_attribution(between: str) -> bool:
    """Text between two passages that holds at most a short attribution
    (``, he said.``) and ends a sentence, not other matter."""
    if between.count("\n\n") > 1 or "\n" in between.strip():
        return False
    stripped = between.strip()
    # one sentence, however long its speaker's description ("Helion’s co-founder and
    # chief executive, Dr Katrin Vogel, told reporters at the launch site.")
    one_sentence = not any(_ends_sentence_at(stripped, m.start()) for m in SENTENCE_END.finditer(stripped[:-1]))
    return len(stripped) <= 160 and one_sentence and (stripped == "" or stripped.endswith((".", ":", "!", "?")))


SENTENCE_END = re.compile(r"[.!?] ")


def _ends_sentence_at(text: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a sentence, not an abbreviation (``Ms.``, ``Dr.``)."""
    word = text[:i].split()[-1] if text[:i].split() else ""
    return not (text[i] == "." and word[:1].isupper() and len(word) <= 4 and word.isalpha())


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
        if not attribution.sources:
            continue
        # besides its own sentence, a passage may take its cue from the sentence
        # right after it ("“...,” / he said.") or right before it ("He added: / “...”")
        next_sentence = 0 <= sentence.start - (p.close + 1) <= 3 and (
            _ends_open(doc.text, p) or _ends_asking(doc.text, p) and _bare_attribution(attribution))
        colon_before = sentence.words[-1].text == ":" and 0 <= p.open - sentence.end <= 3
        if not (_overlap(sentence.start, sentence.end, p.open, p.close + 1) or next_sentence or colon_before):
            continue
        distance = cue.word.start - p.close if cue.word.start > p.close else p.open - cue.word.end + 1
        if distance > ATTACH_WINDOW:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = attribution, distance
    return best


def _ends_asking(text: str, p: QuotedPassage) -> bool:
    """A question or exclamation, after which a tokenizer ends the sentence
    even in ``“Why now?” she asked.``"""
    return text[p.start:p.end].rstrip().endswith(("?", "!"))


def _bare_attribution(attribution: Attribution) -> bool:
    """A sentence that is only a source and its verb of saying (``she asked.``,
    ``Evans shouted at the crowd.``, ``Anders Brun, a Tervik Post columnist, asked on
    a KRT panel.``), with nothing of its own to report: short, or opening with the
    source or the verb."""
    cue = attribution.cue
    words = [w for w in cue.sentence.words if w.upos != "PUNCT"]
    opens = bool(words) and (words[0] is cue.word or any(s.mention.start == words[0].start
                                                           for s in attribution.sources))
    # (a longer one has no object or clause of its own: "Evans asked the committee for
    # more time" asks for something else)
    longer_bare = opens and not cue.sentence.children(cue.word, "obj", "iobj", "advcl")
    return cue.word.head < 0 and (len(words) <= MAX_BARE_ATTRIBUTION_WORDS or longer_bare) \
        and not cue.sentence.children(cue.word, "ccomp", "xcomp", "parataxis")


def _ends_open(text: str, p: QuotedPassage) -> bool:
    """A passage closing on a comma (“...,” he said) expects its attribution next."""
    inner = text[p.start:p.end].rstrip()
    return inner.endswith((",", "—", "-"))
