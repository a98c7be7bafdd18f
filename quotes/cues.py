"""Find speech cues in a parsed sentence and the clauses they report.

A cue is a word that introduces reported content, together with the heads of
the clauses that make up that content:

* a verb of communication with a clausal complement: ``said (that) ...``
  (ccomp), ``vowed to ...`` (xcomp, for verbs that report with an infinitive),
  or with the quoted clause as its paratactic head: ``..., Katz said``;
* a communication noun with a ``that``-clause: ``the claim that ...``, or a
  mental-state noun made public by an expression verb: ``expressed hope that``;
* ``according to X`` attached to a clause.

Negated speech (``did not say``) and embedded questions (``asked if ...``,
``did not specify how ...``) report no claim and yield no cue.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from quotes.lexicon import Lexicon
from quotes.syntax import Sentence, Word

NEGATORS = frozenset({"not", "n't", "never", "no"})
# auxiliaries of a saying still to come: "will tell", "would ask"
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "'d"})
# adverbs that restrict what a source would say to what it did say: "would say only that"
RESTRICTING_ADVERBS = frozenset({"only", "merely", "simply", "just"})
QUESTION_MARKS = frozenset({"if", "whether"})
# auxiliaries that open a condition when put before the subject: "Had anyone told her"
INVERTED_CONDITION = frozenset({"had", "were", "should"})
CONDITIONS = frozenset({"if", "unless"})
# the fewest words before "according to X" that make a claim with no verb the tagger saw
# ("Around 92 per cent of 12-year-olds own a smartphone": *own* tagged an adjective)
MIN_VERBLESS_CLAIM = 5
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
WH_WORDS = frozenset({"how", "why", "what", "when", "where", "who", "whom", "which", "whose"})
CLAUSAL = ("ccomp",)
CLOSING_QUOTES = frozenset({"”", "’", "»", '"', "'"})
QUOTE_MARKS = CLOSING_QUOTES | {"“", "‘", "«"}
# subjects that negate what they do: "nobody said", "neither would confirm"
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing"})
INFINITIVAL = ("xcomp",)


@dataclass(frozen=True)
class Cue:
    """``word`` is the cue's head; ``words`` what is shown as the cue (with a
    particle, or ``expressed hope``); ``content`` the heads of the reported
    clauses; ``relation`` how content hangs off the cue."""

    sentence: Sentence
    word: Word
    words: tuple[Word, ...]
    content: tuple[Word, ...]
    relation: str  # ccomp | xcomp | parataxis | noun | according | context (no cue word)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# what ends a quoted sentence before its closing mark
CLOSING_PUNCTUATION = frozenset({",", ".", "?", "!", "…"})


def is_negated(sentence: Sentence, word: Word) -> bool:
    # English negates a verb before it ("did not say"); a "not" after it belongs
    # to what was said ("said: “Absolutely not.”"), and so does one with a quote
    # mark between ("“Not like a flood,” he said": the parser hangs it on "said")
    # (but a quoted fragment closing between them does not: "had ‘never once’ asked her")
    if any(c.lower in NEGATORS and c.index < word.index
           and not any(w.text in QUOTE_MARKS and sentence.words[w.index - 1].text in CLOSING_PUNCTUATION
                       for w in sentence.words[c.index + 1:word.index])
           for c in sentence.children(word, "advmod", "det")):
        return True
    # ... or by its subject: "neither club would confirm", "no official would say", "nobody said"
    return any(s.lower in NEGATIVE_SUBJECTS or any(d.lower in ("no", "neither") for d in sentence.children(s, "det", "amod"))
               for s in sentence.children(word, "nsubj") if s.index < word.index)


def is_unrealised(sentence: Sentence, word: Word) -> bool:
    """A saying still to come ("his office would ask a judge to keep him in custody",
    "will tell the committee that ..."): a future or conditional verb of saying
    reports nothing yet, nor does one that never happened ("Had anyone told her")."""
    # ... and one in a condition ("If you had told me a year ago that ...", "Had
    # anyone told her ...", the auxiliary inverted before the subject)
    if word.base_deprel == "advcl" and any(m.lower in CONDITIONS for m in sentence.children(word, "mark")):
        return True
    # ("would say only that ...", "would only say that ...": what someone was willing to
    # say, and did)
    around = [w for w in sentence.words[max(word.index - 1, 0):word.index + 2] if w is not word]
    if any(w.lower in RESTRICTING_ADVERBS for w in around) \
            and any(c.lower == "would" for c in sentence.children(word, "aux")):
        return False
    subjects = [s.index for s in sentence.children(word, "nsubj", "nsubj:pass")]
    return any(c.lower in FUTURE_MODALS and c.index < word.index
               or c.lower in INVERTED_CONDITION and subjects and c.index < min(subjects)
               and sentence.words[-1].text != "?"
               for c in sentence.children(word, "aux"))


def charges(sentence: Sentence, verb: Word) -> list[Word]:
    """What a verb of accusing says was done: a gerund after *of*, on the verb or on the
    person accused ("accusing his embassy of running a network of informants")."""
    return [c for target in [verb, *sentence.children(verb, "obj")]
            for c in sentence.children(target, "advcl", "acl")
            if c.index > verb.index and c.upos == "VERB" and c.is_ing_form
            and any(m.lower == "of" for m in sentence.children(c, "mark", "case"))]


def is_question(sentence: Sentence, clause: Word) -> bool:
    """An embedded question: ``if``/``whether`` or a leading wh-word."""
    if any(m.lower in QUESTION_MARKS for m in sentence.children(clause, "mark")):
        return True
    first = sentence.subtree(clause)[0]
    # (not the wh-word of a fronted adverbial clause: "When the rescuers came, she said,
    # they were ...")
    in_adverbial = any(a.base_deprel == "advcl" for a in _ancestors_below(sentence, first, clause))
    return not in_adverbial and (first.lower in QUESTION_MARKS
                                 or first.lower in WH_WORDS and first.index != clause.index)


def _ancestors_below(sentence: Sentence, word: Word, top: Word) -> list[Word]:
    """``word`` and its ancestors up to, not including, ``top``."""
    chain = [word]
    for ancestor in sentence.ancestors(word):
        if ancestor.index == top.index:
            return chain
        chain.append(ancestor)
    return chain


def is_clause(sentence: Sentence, head: Word) -> bool:
    """Content must be a clause: a verb or a copular predicate, not inside a
    prepositional phrase (``of what local media said``) and not a relative
    clause (``that established the group``)."""
    # an auxiliary or copula makes a predicate whatever the tagger made of its
    # head ("she did nothing wrong", with "wrong" taken for the head)
    predicate = bool(sentence.children(head, "cop", "aux"))
    if head.upos not in ("VERB", "AUX") and not predicate:
        return False
    # a prepositional phrase is no clause, unless it is a predicate ("were in place")
    if sentence.children(head, "case") and not predicate:
        return False
    first = sentence.subtree(head)[0]
    # ("said that was a matter for the board": a demonstrative "that" is the subject of
    # a complement, a relative one the subject of a clause modifying a noun)
    demonstrative = first.lower == "that" and first.head == head.index and first.base_deprel == "nsubj" \
        and head.base_deprel == "ccomp"
    if first.upos == "PRON" and first.lower in RELATIVE_PRONOUNS and not that_complement(sentence, head) \
            and not demonstrative:
        return False
    # a complement clause never has a relative pronoun for subject ("..., which has vowed")
    return not any(s.lower in ("which", "who") for s in sentence.children(head, "nsubj"))


def is_finite(sentence: Sentence, head: Word) -> bool:
    """A finite clause: a finite verb, copula or auxiliary.  A bare participle
    (``also known as ...``) heads no reported clause."""
    if sentence.children(head, "aux", "cop"):
        return True
    form = head.feat("VerbForm")
    if form == "Part":
        # a past form with an active subject is finite, whatever the tagger says ("emissions rose")
        return head.feat("Tense") == "Past" and bool(sentence.children(head, "nsubj")) \
            and not sentence.children(head, "nsubj:pass")
    return form not in ("Ger", "Inf")


def has_subject(sentence: Sentence, head: Word) -> bool:
    return bool(sentence.children(head, "nsubj", "csubj", "expl"))


def _answered_by_deed(sentence: Sentence, verb: Word, lexicon: Lexicon) -> bool:
    """``Hezbollah responded with rocket fire``: a response made *with*
    something other than words (a statement, a remark) is no speech."""
    if verb.lemma not in lexicon.response_verbs:
        return False
    return any(any(c.lower == "with" for c in sentence.children(obl, "case")) and obl.lemma not in lexicon.cue_nouns
               for obl in sentence.children(verb, "obl"))


def _beyond_fronted_phrase(sentence: Sentence, cue: Word, clause: Word) -> bool:
    """``Asked if he would stay, the captain smiled``: a subjectless verb of
    saying that opens the sentence heads a fronted phrase, which ends at its
    comma; the main clause after it is not its content."""
    if cue.index != 0 or has_subject(sentence, cue):
        return False
    comma = next((w for w in sentence.words[cue.index + 1:] if w.text == ","), None)
    return comma is not None and clause.index > comma.index


def _reporters_question(sentence: Sentence, cue: Word, lexicon: Lexicon) -> bool:
    """``Asked when she first believed she could win, she pauses``: a subjectless
    participle that opens the sentence (or its clause, after a fronted phrase or an
    aside) frames the reporter's question; what follows it is the question, not
    anyone's claim.  (Taggers often call it a finite past, but with no subject it can
    only be the participle.)"""
    if cue.lemma not in lexicon.question_framing_verbs or cue.feat("Tense") != "Past":
        return False
    first = next((w for w in sentence.words if w.upos != "PUNCT"), None)
    if first is not None and first.index == cue.index:
        return not has_subject(sentence, cue)
    # (or after a fronted phrase and a comma, the phrase perhaps read as its subject:
    # "After the hearing, asked whether Corvane would match the cut, Whitcombe said")
    before = sentence.words[cue.index - 1] if cue.index > 0 else None
    return before is not None and before.text == "," and not sentence.children(cue, "aux", "aux:pass") \
        and all(sentence.children(s, "case") for s in sentence.children(cue, "nsubj", "nsubj:pass"))


def _inside_reporters_question(sentence: Sentence, clause: Word, lexicon: Lexicon) -> bool:
    """Whether ``clause`` is the reporter's question or what it asks: the question's
    participle itself, or a clause after it before the comma that closes it."""
    start = sentence.phrase_start(clause).index
    for asked in sentence.words[:clause.index + 1]:
        if _reporters_question(sentence, asked, lexicon) \
                and not any(w.text == "," for w in sentence.words[asked.index:start]):
            return True
    return False


def _asked_by_a_source(sentence: Sentence, cue: Word, lexicon: Lexicon) -> bool:
    """``Gareth Ruddock asked how many moderators the company employed``: a question
    a named party puts (its subject, or that of the verb it is coordinated with, says
    who) is that party's words; only the
    reporter's question, asked by no one in the sentence, frames an answer."""
    if cue.lemma not in lexicon.question_framing_verbs:
        return False
    # (or shares it with the verb it is coordinated with: "Quayle cautioned that ..., and
    # asked whether ...")
    asker = sentence.head_of(cue) if cue.base_deprel == "conj" and not sentence.children(cue, "nsubj") else cue
    return asker is not None and any(s.deprel == "nsubj" for s in sentence.children(asker, "nsubj"))


def _subject_in_relative_gap(sentence: Sentence, cue: Word, clause: Word) -> bool:
    """``a price war that analysts say could squeeze margins``: a report inside a
    relative clause has its subject in the gap (the thing the clause describes)."""
    return cue.deprel == "acl:relcl" and clause.index > cue.index and has_subject(sentence, cue)


def _anonymity_formula(sentence: Sentence, clause: Word, lexicon: Lexicon) -> bool:
    """``asked not to be named``: how a reporter marks an anonymous source."""
    return clause.lemma in lexicon.anonymity_verbs and bool(sentence.children(clause, "aux:pass"))


def _set_off(sentence: Sentence, clause: Word, cue: Word) -> bool:
    """A reported clause before its verb is set off from it by punctuation
    (``The talks failed, he said``, ``“...” he said``); run on into the verb,
    the "clause" is the parser's misreading of a longer sentence."""
    last = max(w.index for w in sentence.subtree(clause) if w.upos != "PUNCT")
    return any(w.upos == "PUNCT" for w in sentence.words[last + 1:cue.index])


def cue_particle(sentence: Sentence, word: Word, particles: frozenset[str]) -> Word | None:
    # (or the fixed object of an idiom: "put it bluntly: ...")
    return next((c for c in sentence.children(word, "compound:prt", "obj") if c.lower in particles
                 and (c.deprel == "compound:prt" or c.upos == "PRON")), None)


def _withheld(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """"stopped short of saying its conclusions were wrong", "refused to say the talks
    had failed": a saying governed by a verb of holding back never took place."""
    head = sentence.head_of(word)
    if head is not None and head.upos in ("ADJ", "ADV") and head.base_deprel in ("xcomp", "advmod"):
        head = sentence.head_of(head)  # "stopped short of saying"
    # (a clause with a subject of its own is another's saying: "declined to comment, though
    # a spokeswoman says ...")
    return head is not None and word.base_deprel in ("advcl", "xcomp") and head.lemma in lexicon.withholding_verbs \
        and not sentence.children(word, "nsubj")


def _verb_cue(sentence: Sentence, word: Word, lexicon: Lexicon) -> Cue | None:
    lemma = word.lemma
    particle = None
    if lemma in lexicon.particle_cue_verbs:
        particle = cue_particle(sentence, word, lexicon.particle_cue_verbs[lemma])
        if particle is None:
            return None
    elif lemma not in lexicon.cue_verbs:
        return None
    if word.upos not in ("VERB", "AUX") or is_negated(sentence, word) or is_unrealised(sentence, word) \
            or _answered_by_deed(sentence, word, lexicon) \
            or _reporters_question(sentence, word, lexicon) or _withheld(sentence, word, lexicon):
        return None
    shown = tuple(sorted((word, particle), key=lambda w: w.index)) if particle else (word,)

    # a reported clause is finite and has a subject (English drops none): a
    # subjectless or participial "complement" is a misparsed fragment
    # (", heading to New York,", ", also known as ...")
    content = [c for c in sentence.children(word, *CLAUSAL)
               if is_clause(sentence, c) and (not is_question(sentence, c) or _asked_by_a_source(sentence, word, lexicon))
               and (has_subject(sentence, c) or _subject_in_relative_gap(sentence, word, c))
               and is_finite(sentence, c) and (c.index > word.index or _set_off(sentence, c, word))
               and not _beyond_fronted_phrase(sentence, word, c)
               # (nor the reporter's question before the answer: "..., asked whether ..., X said",
               # "Pressed on why ..., he said")
               and not (c.index < word.index and _inside_reporters_question(sentence, c, lexicon))]
    # "residents were ordered to leave": a passive directive with no agent reports no one's words
    passive_without_agent = bool(sentence.children(word, "aux:pass", "nsubj:pass")) \
        and not sentence.children(word, "obl:agent")
    if passive_without_agent and lemma in lexicon.addressee_verbs:
        # "We were told the road was a done deal": nor does a report to someone by no one
        # (inside a quote it is the speaker's own words, not a report of another source)
        return None
    if not content and lemma in lexicon.infinitival_cue_verbs and not passive_without_agent:
        # (an infinitive, not a gerund: "pleaded guilty to failing to provide safe care")
        # (after the person appealed to, the parser may hang it as an adverbial: "called on
        # the club to do more", "appealed to residents to stay indoors")
        appealed_to = [o.index for o in sentence.children(word, "obl") if o.index > word.index
                       and any(c.lower in ("on", "upon", "to") for c in sentence.children(o, "case"))]
        # (so may an infinitive right after the verb: "promised to cut fuel duty"; but
        # "called to complain" telephoned)
        adjacent = any(m.lower == "to" and m.index == word.index + 1 for c in sentence.children(word, "advcl")
                       for m in sentence.children(c, "mark")) and lemma not in lexicon.appeal_verbs
        relations = (*INFINITIVAL, "advcl") if appealed_to or adjacent else INFINITIVAL
        # (or a copular infinitive: "urged families to be wary")
        content = [c for c in sentence.children(word, *relations)
                   if (c.upos == "VERB" or any(k.lemma == "be" for k in sentence.children(c, "cop")))
                   and c.index > word.index and c.feat("VerbForm") != "Ger"
                   and (c.base_deprel != "advcl" or c.index > min(appealed_to, default=len(sentence.words))
                        or adjacent and sentence.subtree(c)[0].index == word.index + 1)
                   and not c.is_ing_form
                   and any(m.lower == "to" for m in sentence.children(c, "mark"))
                   and not _anonymity_formula(sentence, c, lexicon)]
    if lemma in lexicon.appeal_verbs and not any(c.lower in ("on", "upon", "to", "for")
                                                 for o in sentence.children(word, "obl")
                                                 for c in sentence.children(o, "case")):
        # "called Lidija Sovik to wish her well": telephoned, with no one appealed to
        content = [c for c in content if not any(m.lower == "to" for m in sentence.children(c, "mark"))]
    if lemma in lexicon.request_verbs and not sentence.children(word, "obj", "iobj", "nsubj:pass"):
        # "We are asking to keep up": with no one asked, the infinitive is what the
        # speaker would do, not a request reported
        content = [c for c in content if not any(m.lower == "to" for m in sentence.children(c, "mark"))]
    if not content and lemma in lexicon.accusation_verbs and not passive_without_agent:
        # "accusing his embassy of running a network of informants": the charge, a gerund
        # after "of", on the verb or on the person accused
        content = charges(sentence, word)[:1]
    if content:
        infinitive = content[0].base_deprel == "xcomp" or content[0].base_deprel == "advcl" and any(
            m.lower == "to" for m in sentence.children(content[0], "mark"))
        return Cue(sentence, word, shown, tuple(content), "xcomp" if infinitive else "ccomp")

    # "..., Katz said" / "“...,” said Katz": the cue hangs off the quoted clause
    head = sentence.head_of(word)
    # (a comma-joined conjunct is the same construction, as parsers often render it)
    aside = word.base_deprel == "parataxis" or (
        word.base_deprel == "conj" and not sentence.children(word, "cc"))
    # an aside is complete without content of its own: "if Israel maintains its
    # campaign" (a subordinator, an object) is not one; "he told Reuters" is, and
    # so is "..., said the army", where parsers take the inverted speaker for an object
    subject = bool(sentence.children(word, "nsubj"))
    own_object = [c for c in sentence.children(word, "obj") if word.lemma not in lexicon.addressee_verbs]
    # (a naming verb's object is the name it gives, and so is a quoted one: "..., called
    # “long overdue”" inverts no speaker)
    speaker_object = [c for c in own_object if word.lemma not in lexicon.naming_verbs
                      and sentence.words[sentence.phrase_start(c).index - 1].text not in QUOTE_MARKS]
    previous = sentence.words[word.index - 1] if word.index > 0 else None
    inverted = not subject and bool(speaker_object) and previous is not None \
        and (previous.text == "," or previous.text in CLOSING_QUOTES)
    # (and never one after a semicolon, which joins a clause of its own: "Many asked
    # whether ...; others vowed to ...")
    start = sentence.phrase_start(word).index
    after_semicolon = start > 0 and sentence.words[start - 1].text == ";"
    aside = aside and (subject and not own_object or inverted) and not sentence.children(word, "mark") \
        and not after_semicolon
    # the clause needs a subject of its own: "Asked if ..., X told" frames no claim
    # (the aside may split the clause after its subject: "Another heatwave, he warned,
    # “would leave very little reef to save.”")
    if aside and head is not None and is_clause(sentence, head) and has_subject(sentence, head) \
            and (head.index < word.index or any(s.index < word.index for s in sentence.children(head, "nsubj"))):
        return Cue(sentence, word, shown, (head,), "parataxis")
    # "As Lind put it, the government has “known about this ...”": an as-clause of
    # saying, complete with its subject, reports the clause it modifies
    # (after the clause it confirms what the writer states unless the words are quoted:
    # "Prices rose, as analysts had predicted" reports no one)
    as_clause = word.base_deprel == "advcl" and head is not None \
        and any(m.lower == "as" for m in sentence.children(word, "mark")) \
        and (word.index < head.index or any(w.text in QUOTE_MARKS and w.index < sentence.subtree(word)[0].index
                                            for w in sentence.subtree(head, exclude=[word])))
    if as_clause and subject and not [o for o in own_object if o is not particle] \
            and is_clause(sentence, head) and has_subject(sentence, head):
        return Cue(sentence, word, shown, (head,), "parataxis")
    # "Katz said: there will be ..." / "He added: ..." : the clause hangs off the cue
    following = [c for c in sentence.children(word, "parataxis", "obj")
                 if c.index > word.index and is_clause(sentence, c)
                 and _colon_between(sentence, word, c)]
    if following:
        return Cue(sentence, word, shown, tuple(following[:1]), "parataxis")
    return None


def _colon_between(sentence: Sentence, left: Word, right: Word) -> bool:
    # (a semicolon closes the cue's clause first: "Dock workers call the trenches “the
    # Boneyard”; a sign on the fence reads ...")
    between = sentence.words[left.index + 1:right.index + 1]
    return any(w.text in (":", "“", '"', "‘") for w in between) and not any(w.text == ";" for w in between)


def _noun_cue(sentence: Sentence, word: Word, lexicon: Lexicon) -> Cue | None:
    governor = sentence.head_of(word)
    # the object of "express" is a noun even where the tagger says verb ("expressed hope that")
    expressed = (governor is not None and word.base_deprel in ("obj", "xcomp", "ccomp")
                 and governor.lemma in lexicon.expression_verbs)
    if word.upos != "NOUN" and not expressed:
        return None
    if word.lemma not in lexicon.cue_nouns and not expressed:
        return None
    if governor is not None and word.base_deprel == "obj" and governor.lemma in lexicon.rejection_verbs:
        return None  # "rejected suggestions that ...": someone else's words, turned away
    content = [c for c in sentence.children(word, "acl", "ccomp")
               if is_clause(sentence, c) and that_complement(sentence, c)]
    if not content:
        return None
    shown = (governor, word) if expressed else (word,)
    return Cue(sentence, word, shown, tuple(content[:1]), "noun")


def that_complement(sentence: Sentence, clause: Word) -> bool:
    """A ``that``-clause complementing a noun (``the claim that it won``), not a
    relative clause (``the claim that it made``).  Parsers often read the
    complementiser as a relative pronoun; it is not one when the clause
    already has a dependent in the role the pronoun would fill
    (``a declaration that it will not withdraw its forces``)."""
    that = next((c for c in sentence.children(clause) if c.lower == "that" and c.index < clause.index), None)
    if that is None:
        return False
    if that.base_deprel == "mark":
        return True
    return any(c.base_deprel == that.base_deprel and c.index != that.index
               for c in sentence.children(clause))


def _according_cue(sentence: Sentence, word: Word, lexicon: Lexicon) -> Cue | None:
    """``according to X``.  In UD, ``according`` is a case marker of X (with
    ``to`` fixed to it); parsers also attach it to the clause as an adverbial
    with X below it.  Either way the reported clause is the one it modifies."""
    if word.lower not in lexicon.source_prepositions:
        return None
    following = sentence.words[word.index + 1] if word.index + 1 < len(sentence.words) else None
    if following is None or following.lower != "to":
        return None
    governor = sentence.head_of(word)
    if governor is None:
        return None
    # set off at either end of the sentence, the phrase reports the main clause
    # (parsers hang it on the nearest verb); elsewhere, the nearest clause above it
    phrase = [w for w in sentence.subtree(governor if word.base_deprel == "case" else word)]
    content_words = [w for w in sentence.words if w.upos != "PUNCT"]
    root = sentence.root()
    at_edge = content_words and (phrase[-1].index >= content_words[-1].index or phrase[0].index == 0)
    # (a sentence whose verb the tagger took for a noun is still the claim: "The system
    # ... froze at 5:42, according to a preliminary report")
    in_phrase = {w.index for w in phrase}
    rest = [w for w in content_words if w.index not in in_phrase and w.index != word.index]
    if at_edge and root is not None and root.index not in in_phrase \
            and (is_clause(sentence, root) or len(rest) >= MIN_VERBLESS_CLAIM):
        return Cue(sentence, word, (word, following), (root,), "according")
    start = governor if word.base_deprel != "case" else sentence.head_of(governor)
    clause = next((c for c in ([start] if start else []) + list(sentence.ancestors(start) if start else [])
                   if is_clause(sentence, c)), None)
    if clause is None:
        return None
    return Cue(sentence, word, (word, following), (clause,), "according")


def find_cues(sentence: Sentence, lexicon: Lexicon) -> Iterator[Cue]:
    """Every cue of ``sentence``, in text order."""
    for word in sentence.words:
        cue = (_verb_cue(sentence, word, lexicon) or _noun_cue(sentence, word, lexicon)
               or _according_cue(sentence, word, lexicon))
        if cue is not None:
            yield cue
