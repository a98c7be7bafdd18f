"""The character span of a cue's reported content, as the guidelines define it.

The span is the reported clause: it starts after the complementiser ``that``
(or after infinitival ``to``) and ends at the end of the clause, final
punctuation excluded.  When the cue sits inside the clause it reports
(``“...,” Katz said``) the cue's own phrase is cut out and the part of the
clause around its head is kept.
"""
from __future__ import annotations

from quotes.cues import CLOSING_QUOTES, QUOTE_MARKS, Cue, that_complement
from quotes.repair import dateline_length
from quotes.sources import according_source
from quotes.syntax import Sentence, Word

OPENING_MARKS = frozenset("“‘«„\"'")
CLOSING_MARKS = frozenset("”’»\"'")


def _strip_edges(words: list[Word]) -> list[Word]:
    """Drop leading/trailing punctuation and conjunctions, but keep a quotation
    mark whose partner is inside the span."""
    texts = [w.text for w in words]

    def keep_mark(i: int) -> bool:
        text = texts[i]
        if i == 0 and text in OPENING_MARKS:
            return any(t in CLOSING_MARKS for t in texts[1:])
        if i == len(texts) - 1 and text in CLOSING_MARKS:
            return any(t in OPENING_MARKS for t in texts[:-1])
        return False

    while words and (words[0].upos == "PUNCT" and not keep_mark(0) or words[0].upos == "CCONJ"):
        words, texts = words[1:], texts[1:]
    while words and words[-1].upos == "PUNCT" and not keep_mark(len(words) - 1):
        words, texts = words[:-1], texts[:-1]
    return words


def _around(words: list[Word], anchor: Word) -> list[Word]:
    """The gap-free run of ``words`` that contains ``anchor``."""
    runs: list[list[Word]] = []
    for word in words:
        if runs and word.index == runs[-1][-1].index + 1:
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in runs:
        if run[0].index <= anchor.index <= run[-1].index:
            return run
    return max(runs, key=len) if runs else []


def content_words(cue: Cue, head: Word) -> list[Word]:
    """The words of the reported clause headed by ``head``."""
    sentence: Sentence = cue.sentence
    if cue.relation in ("parataxis", "according") and head.index != cue.word.index \
            and sentence.head_of(cue.word) is not None and _dominates(sentence, head, cue.word):
        # the cue (or the according-phrase) is inside the clause it reports
        asides = [cue.word]
        if cue.relation == "according":
            # "according to X" wherever the parser hung its parts: the phrase is the
            # words of "according", "to" and the source, and nothing they modify
            source = according_source(sentence, cue.word)
            asides = [*cue.words, *([source] if source is not None else [])]
        # (kept whole until a clause split by the aside is told from a stray dependent)
        words = sentence.subtree(head, exclude=asides)
    else:
        words = sentence.subtree(head)
        if cue.relation == "xcomp":
            words = _with_condition_of_the_request(sentence, cue, words)
    # a dateline opening the sentence ("BRUSSELS (Reuters) -") is no one's words
    words = [w for w in words if w.index >= dateline_length(sentence)]
    # ("warned, however, that ...": the comma closing an aside on the verb is no part of the clause)
    while words and words[0].text in (",", ";") and len(words) > 1 and words[1].lower == "that":
        words = words[1:]
    # "said only that ...", "said privately that ...": an adverb before the
    # complementiser modifies the saying, whichever verb the parser hung it on
    leading = next((i for i, w in enumerate(words) if w.upos != "ADV"), len(words))
    if 0 < leading < len(words) - 1 and words[leading].lower == "that" and words[leading].head == head.index:
        words = words[leading:]
    if words and words[0].head == head.index and (
            words[0].base_deprel in ("mark", "case") and words[0].lower in ("that", "to", "of")
            # tagged a subordinator, "that" is the complementiser whatever relation it got
            or words[0].lower == "that" and (words[0].upos == "SCONJ" or that_complement(sentence, head))) \
            or words and words[0].lower == "that" and words[0].upos == "SCONJ" and words[0].base_deprel == "mark":
        # (a complementiser opening the clause, whichever of its words the parser hung it on)
        words = words[1:]
    # a misattached dependent can leave a gap: keep the part around the clause's head
    # (unless the gap is the attribution itself, set off inside the clause)
    inside = _across_parenthetical_attribution(sentence, cue, head, words) \
        or _with_reason_after_parenthetical_attribution(sentence, cue, head, words)
    words = inside if inside is not None else _around(words, head)
    after_cue = head.index > cue.word.index
    return _strip_edges(_without_writer_comment(sentence, head, words, after_cue))


def _with_condition_of_the_request(sentence: Sentence, cue: Cue, words: list[Word]) -> list[Word]:
    """``asked officials to ‘step in immediately’ if the trust failed ...``: a condition
    right after what a source urged or asked is part of the request, whichever verb
    the parser hung it on."""
    last = max(w.index for w in words)
    for clause in sentence.children(cue.word, "advcl"):
        part = sentence.subtree(clause)
        opener = next((w for w in part if w.upos != "PUNCT"), None)
        gap = sentence.words[last + 1:part[0].index]
        if opener is not None and opener.lower in REQUEST_CONDITIONS and part[0].index > last \
                and all(w.text in QUOTE_MARKS for w in [*gap, *part[:opener.index - part[0].index]]):
            return sorted([*words, *gap, *part], key=lambda w: w.index)
    return words


# what opens a condition of a request: "urged residents to leave if the river rises"
REQUEST_CONDITIONS = frozenset({"if", "unless", "until", "when", "before"})


def _across_parenthetical_attribution(sentence: Sentence, cue: Cue, head: Word,
                                      words: list[Word]) -> list[Word] | None:
    """``Museums, she argued, had to “earn the trust” of ...``: the clause's subject
    before an attribution set off by commas, the rest after it.  The reported clause
    runs across the attribution (the gold span holds it), from its first word to its
    last."""
    before = [w for w in words if w.index < cue.word.index]
    after = [w for w in words if w.index > cue.word.index]
    if not before or not after or head.index < cue.word.index:
        return None
    if all(w.upos in ("ADV", "CCONJ", "PUNCT") for w in before):
        # ("Still, as Calloway put it, “...”": a connective before the aside is the
        # writer's, and the clause starts after it)
        return [w for w in after if not (w.upos == "PUNCT" and w.index < head.index and w.text not in OPENING_MARKS)]
    gap = sentence.words[before[-1].index + 1:after[0].index]
    if not gap or any(w.index in {x.index for x in words} for w in gap):
        return None
    opened = before[-1].text == "," or gap[0].text == ","
    # (the words after the aside may open with a quotation mark: "had, as she put it, “decided ...")
    closing = [w for w in gap if w.text not in OPENING_MARKS] or gap
    closed = closing[-1].text == "," or after[0].text == ","
    if not (opened and closed) or len(gap) > MAX_ATTRIBUTION_ASIDE:
        return None
    return list(sentence.words[before[0].index:after[-1].index + 1])


def _with_reason_after_parenthetical_attribution(sentence: Sentence, cue: Cue, head: Word,
                                                 words: list[Word]) -> list[Word] | None:
    """``Schools make tempting targets, the researcher said, because they hold ...``:
    a reason or condition after an attribution set off inside the sentence goes on
    the reported clause, whichever verb the parser hung it on, and so does a clause
    coordinated with it; the span runs across the attribution."""
    before = [w for w in words if w.index < cue.word.index]
    if not before or head.index > cue.word.index:
        return None
    # (or a clause coordinated with the report: "..., McKay said, but they have not ...")
    for clause in sentence.children(cue.word, "advcl") + sentence.children(head, "advcl", "conj"):
        part = sentence.subtree(clause)
        opener = next((w for w in part if w.upos != "PUNCT"), None)
        gap = sentence.words[before[-1].index + 1:part[0].index]
        marks = REASON_MARKS if clause.base_deprel == "advcl" else COORDINATORS
        if opener is None or opener.lower not in marks or clause.index < cue.word.index \
                or not gap or "," not in (gap[0].text, before[-1].text) or (gap[-1].text != "," and part[0].text != ",") \
                or len(gap) > MAX_ATTRIBUTION_ASIDE:
            continue
        # (to the clause's end: what follows the reason may be hung on the clause's head)
        span = list(sentence.words[before[0].index:max(part[-1].index, words[-1].index) + 1])
        if any(w.text in QUOTE_MARKS for w in span):
            return None  # ("‘A,’ she said, ‘and B’": two direct quotes)
        return span
    return None


# what opens a reason or condition of what was said ("..., she said, because ...")
REASON_MARKS = frozenset({"because", "unless", "if"})
# what joins a second clause to the first ("..., he said, but they have not ...")
COORDINATORS = frozenset({"but", "and", "yet"})

# subordinators that set a second report beside the first ("..., as critics warned ...")
CONTRASTING_MARKS = frozenset({"as", "while", "whereas", "though", "although"})

# the longest attribution set off inside a reported clause, in words and commas
MAX_ATTRIBUTION_ASIDE = 12  # (", Sayle said in an interview with the Westmarch Gazette,")

# subordinators of a clause that tells the circumstances of the saying
CIRCUMSTANCE_MARKS = frozenset({"as", "while"})
# subordinators of a concession, and verbs of what others think
CONCESSIVE_MARKS = frozenset({"though", "although", "while", "whereas"})
BELIEF_VERBS = frozenset({"suspect", "believe", "think", "fear", "doubt", "feel", "reckon"})
WRITER_COMMENT_RELATIONS = ("appos", "dep", "parataxis", "list", "obl:npmod", "nmod:npmod", "acl:relcl",
                            "advcl", "conj")


# what sets the writer's comment apart from the report before it: "..., a claim the
# council disputed", "... — a charge the campaign dismissed"
COMMENT_OPENERS = frozenset({",", "—", "–"})


def _without_writer_comment(sentence: Sentence, head: Word, words: list[Word], after_cue: bool) -> list[Word]:
    """Cut a comment the writer appends to the reported clause after a comma:
    a verbless noun phrase (``..., a major escalation of hostilities``, also with
    a relative clause: ``..., a claim the council disputed``), a
    sentential relative (``..., which would risk dragging in Washington``) or,
    when the clause follows its cue, a present participle (``vowed to press
    ahead, casting doubt on ...``, ``said ..., noting that ...``): a participle
    closing the sentence is predicated of the main clause's subject, the
    speaker, so it reports the speaker rather than being reported."""
    if not words:
        return words
    last = words[-1].index
    # (the comment runs to the end of the clause, closing punctuation aside)
    last_word = next((w.index for w in reversed(words) if w.upos != "PUNCT"), last)
    words = _without_new_attribution(sentence, head, words)
    # a closing participle may hang anywhere below the head ("to have peace, noting")
    tails = [c for c in sentence.subtree(head) if (c.deprel in WRITER_COMMENT_RELATIONS or _second_subject(sentence, c))
             and head.index < c.index <= last and (c.head == head.index or _is_present_participle(c))
             or _closing_comment_on_a_claim(sentence, c, last_word)]
    for tail in sorted(tails, key=lambda w: w.index):
        part = sentence.subtree(tail)
        if part[0].text in COMMENT_OPENERS:  # the comma is often attached to the comment itself
            before, part = part[0], part[1:]
        else:
            before = sentence.words[part[0].index - 1] if part[0].index > 0 else None
        # (the closing mark is often attached to the clause after it)
        clause = part[1:] if part and part[0].text in CLOSING_QUOTES else part
        closed = clause is not part or before is not None and before.text in CLOSING_QUOTES
        if closed and clause and clause[-1].index >= last_word and _circumstance_of_saying(sentence, tail, clause):
            return [w for w in words if w.index < clause[0].index]
        if not part or before is None or before.text not in COMMENT_OPENERS or part[-1].index < last_word:
            continue
        # (its own relative clause leaves it a noun phrase: "..., a claim the council disputed")
        relative = {w.index for r in sentence.children(tail, "acl:relcl") for w in sentence.subtree(r)}
        verbless_np = tail.upos in ("NOUN", "PROPN") and tail.base_deprel != "conj" \
            and not any(w.upos in ("VERB", "AUX") and w.index not in relative for w in part)
        sentential_which = part[0].lower == "which"
        participle = after_cue and tail.base_deprel in ("advcl", "conj") and _is_present_participle(tail) \
            and part[0].index == tail.index  # not "despite rising tensions"
        # "..., though some diners suspect the problems ran deeper": a concession that
        # reports other people's view is the writer's, set against the report
        concession = tail.base_deprel == "advcl" and part[0].lower in CONCESSIVE_MARKS \
            and (_is_speech_verb(tail) or tail.lemma in BELIEF_VERBS) and bool(sentence.children(tail, "nsubj"))
        if verbless_np or sentential_which or participle or concession:
            return [w for w in words if w.index < before.index]
    return words


def _circumstance_of_saying(sentence: Sentence, clause: Word, words: list[Word]) -> bool:
    """"insisted that the bill was ‘fair, firm and workable’ as she faced a
    rebellion": after the quoted words close, an *as* or *while* clause about
    *he*, *she* or *they* tells when the speaker spoke, not what they said."""
    return clause.base_deprel == "advcl" and words[0].lower in CIRCUMSTANCE_MARKS \
        and words[0].head == clause.index \
        and any(s.lower in ("he", "she", "they") for s in sentence.children(clause, "nsubj"))


def _second_subject(sentence: Sentence, word: Word) -> bool:
    """``would rise by about three decibels, a change it described as ...``: the
    comment read as a second subject after the verb, whose own subject comes before it."""
    verb = sentence.head_of(word)
    return word.base_deprel == "nsubj" and verb is not None and word.index > verb.index \
        and any(s.index < verb.index for s in sentence.children(verb, "nsubj", "nsubj:pass"))


def _without_new_attribution(sentence: Sentence, head: Word, words: list[Word]) -> list[Word]:
    """Cut ``..., which he said “underscores why ...”`` from the end of the
    content: a relative clause around a speech verb attributes what follows to
    a source anew; it is the writer's framing of another quote, wherever the
    parser attached it.  So does ``..., according to the state news agency``, and an
    adverbial clause around another speaker's verb of saying (``..., as MPs accused
    it of ...``)."""
    inside = {w.index for w in words}
    for word in words:
        # "..., according to the state news agency KNA": an attribution of its own
        if word.lower == "according" and word.index > head.index and word.index - 1 in inside \
                and sentence.words[word.index - 1].text == "," and word.index + 1 < len(sentence.words) \
                and sentence.words[word.index + 1].lower == "to":
            return [w for w in words if w.index < word.index - 1]
        if word.base_deprel == "advcl" and word.index > head.index and _is_speech_verb(word) \
                and sentence.children(word, "nsubj"):
            # "..., as MPs accused it of ...", "..., while critics argued ...": another
            # source's report set beside this one by the writer
            mark = next((m for m in sentence.children(word, "mark") if m.lower in CONTRASTING_MARKS), None)
            comma = mark.index - 1 if mark is not None else -1
            if comma in inside and sentence.words[comma].text == ",":
                return [w for w in words if w.index < comma]
        if word.deprel != "acl:relcl" or word.index <= head.index or not _is_speech_verb(word):
            continue
        first = sentence.phrase_start(word)
        comma = first.index - 1
        if first.lower in ("which", "who") and comma in inside and sentence.words[comma].text == ",":
            return [w for w in words if w.index < comma]
        # "..., a scheme he told jurors had been “hidden ...”": a noun phrase set off by a
        # comma whose relative clause reports someone anew
        noun = sentence.head_of(word)
        start = sentence.phrase_start(noun) if noun is not None else None
        if noun is not None and noun.base_deprel == "appos" and start.index - 1 in inside \
                and sentence.words[start.index - 1].text == "," and start.index - 1 > head.index:
            return [w for w in words if w.index < start.index - 1]
    return words


def _closing_comment_on_a_claim(sentence: Sentence, word: Word, last: int) -> bool:
    """``..., a claim the tribunal rejected``, ``... — a charge the trust denied``: a noun
    for what was said, with *a* and a relative clause, closing the clause after a
    comma or a dash, is the writer's verdict on the report, wherever the parser hung it.  So is
    any noun with *a* whose relative clause has someone else speak of it: ``..., a
    step the subcommittee chair dismissed as “a coupon, not a cure.”``"""
    from quotes.lexicon import load_lexicon

    lexicon = load_lexicon()
    relatives = sentence.children(word, "acl:relcl")
    spoken_of = any(r.lemma in lexicon.cue_verbs | lexicon.naming_verbs and sentence.children(r, "nsubj")
                    for r in relatives)
    start = sentence.phrase_start(word).index
    return word.upos == "NOUN" and (word.lemma in lexicon.cue_nouns or spoken_of) \
        and any(d.lower in ("a", "an") for d in sentence.children(word, "det")) \
        and bool(relatives) and start > 0 and sentence.words[start - 1].text in COMMENT_OPENERS \
        and sentence.subtree(word)[-1].index >= last


def _is_speech_verb(word: Word) -> bool:
    from quotes.lexicon import load_lexicon

    return word.upos == "VERB" and word.lemma in load_lexicon().cue_verbs


def _is_present_participle(word: Word) -> bool:
    return word.upos == "VERB" and word.feat("VerbForm") in ("Part", "Ger") and (
        word.feat("Tense") == "Pres" or word.is_ing_form)


def _dominates(sentence: Sentence, ancestor: Word, word: Word) -> bool:
    return any(a.index == ancestor.index for a in sentence.ancestors(word))
