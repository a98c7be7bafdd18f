"""Who said it: the source phrase a cue attaches to.

The source is the subject of the cue verb (active, or inverted: ``said Katz``),
the agent of a passive, the object of ``according to``, the owner of a
communication noun (``Hezbollah's statement``), or, for a cue with no subject
of its own, the subject it shares with the clause it depends on: a participle
(``..., warning that``), a second conjunct (``... and said``), ``was quoted as
saying``.  A relative pronoun (``which said``) stands for its antecedent.
Coordinated subjects (``Blinken and Austin``) are several sources.
"""
from __future__ import annotations

from quotes.cues import QUOTE_MARKS, Cue
from quotes.lexicon import Lexicon
from quotes.syntax import Sentence, Word

SUBJECT = ("nsubj", "nsubj:pass", "csubj")
# verbs whose object is the one who spoke, with "as saying": "quoted an official as saying"
QUOTING_VERBS = frozenset({"quote", "cite"})
# relations through which a subject-less cue inherits its governor's subject
INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "parataxis")
# dependents that are not part of the source's name phrase
# (nor, on a name that is a copular predicate, its clause's subject and verb: "Among the
# larder's 60 volunteers is Tam Galloway")
NOT_IN_MENTION = frozenset({"acl:relcl", "appos", "punct", "parataxis", "cc", "conj", "case", "mark",
                            "advcl", "dep", "discourse", "list", "vocative", "orphan", "reparandum",
                            "nsubj", "nsubj:pass", "csubj", "cop", "aux", "expl"})


def _subject(sentence: Sentence, verb: Word) -> Word | None:
    # with several subjects (a misparse), the one nearest the verb is the head, unless it
    # opens a quote ("Marchetti ... called the vote “the hardest yes ...”")
    def opens_a_quote(child: Word) -> bool:
        # (a mark written solid with the phrase's first word opens it; one after a space
        # closes what came before: "“...,” Ravi Sandhu said")
        words = sentence.subtree(child)
        first = next((w for w in words if w.text not in QUOTE_MARKS), words[0])
        before = sentence.words[first.index - 1] if first.index > 0 else None
        return before is not None and before.text in QUOTE_MARKS and before.end == first.start

    subjects = sentence.children(verb, *SUBJECT)
    for child in sorted(subjects, key=lambda c: (len(subjects) > 1 and opens_a_quote(c), abs(c.index - verb.index))):
        if child.deprel == "nsubj:pass":
            # (but "Voss was quoted by StackWire as saying": the outlet only reported it)
            agent = next((c for c in sentence.children(verb, "obl:agent")), None)
            if agent is not None and verb.lemma not in QUOTING_VERBS:
                return agent
            # "Residents were urged to leave": the passive subject of a verb that
            # takes an addressee is the addressee, and the speaker goes unsaid
            if verb.lemma in _lexicon().addressee_verbs:
                return None
            # "Katz was quoted as saying": the passive subject is the speaker
        return child
    agent = next((c for c in sentence.children(verb, "obl") if any(
        m.lower == "by" for m in sentence.children(c, "case"))), None)
    if agent is not None and verb.feat("Voice") == "Pass":
        return agent
    return None


def _resolve_relative(sentence: Sentence, word: Word) -> Word:
    """``which``/``who``/``that`` as a subject stands for the noun its clause
    modifies; where the parser did not attach the clause to it, for the noun
    right before the pronoun (``The military, which ...``)."""
    if word.feat("PronType") != "Rel" and word.lower not in ("who", "which", "that"):
        return word
    clause = next((a for a in sentence.ancestors(word) if a.base_deprel == "acl"), None)
    if clause is not None and (antecedent := sentence.head_of(clause)) is not None:
        # ("an ophthalmologist at the Brennan Eye Institute who said ...": "who" is a person,
        # not the place of work the parser hung the clause on)
        while word.lower == "who" and antecedent.upos in ("PROPN", "NOUN") and antecedent.text[:1].isupper() \
                and sentence.children(antecedent, "case") and not sentence.children(antecedent, "appos") \
                and (host := sentence.head_of(antecedent)) is not None and host.upos == "NOUN":
            # (but a name described in apposition is the person: "the verdict of Janine
            # Colley, chair of the trust, who argued ...")
            antecedent = host
        # ("Jonas Pereli, 52, a trawler skipper who said ...": the description stands for the name)
        named = sentence.head_of(antecedent) \
            if antecedent.base_deprel == "appos" and antecedent.upos == "NOUN" else None
        return named if named is not None and named.upos == "PROPN" else antecedent
    for i in range(word.index - 1, max(word.index - 4, -1), -1):
        if sentence.words[i].upos in ("NOUN", "PROPN"):
            return sentence.words[i]
    return word


def _verb_source(sentence: Sentence, verb: Word) -> Word | None:
    seen: set[int] = set()
    current: Word | None = verb
    while current is not None and current.index not in seen:
        seen.add(current.index)
        subject = _subject(sentence, current)
        if subject is not None:
            return _resolve_relative(sentence, subject)
        # "“...,” replied Helena Marsh, ..., noting that ...": the participle shares the
        # speaker its verb of saying has after it
        inverted = _inverted_speaker(sentence, current) if current is not verb else None
        if inverted is not None:
            return inverted
        governor = sentence.head_of(current)
        if governor is None:
            return None
        # "Reuters quoted a senior diplomat as saying": the one quoted said it
        if governor.lemma in QUOTING_VERBS and any(m.lower == "as" for m in sentence.children(current, "mark")):
            quoted = sentence.child(governor, "obj")
            if quoted is not None:
                return quoted
        # "The messages show Halvin writing to Tenk: “...”": the object of a verb that
        # is not one of saying is who does what its complement right after it says
        controller = sentence.child(governor, "obj")
        if current.deprel == "xcomp" and controller is not None and governor.lemma not in _lexicon().cue_verbs \
                and sentence.subtree(controller)[-1].index == current.index - 1:
            return controller
        if current.deprel == "acl" and governor.upos in ("NOUN", "PROPN", "PRON"):
            # "Tomer Bar stating that ...", "a statement saying that ..."
            return governor if governor.upos != "NOUN" or not _is_cue_noun(governor) \
                else _noun_source(sentence, governor)
        # "said, adding that ...": a participle the parser took for a complement
        # still shares the subject of the verb it hangs on
        participle = current.base_deprel == "ccomp" and current.feat("VerbForm") in ("Part", "Ger") \
            and current.index > governor.index
        if current.base_deprel not in INHERITS_SUBJECT and not participle:
            return None
        current = governor
    return None


def _inverted_speaker(sentence: Sentence, verb: Word) -> Word | None:
    """The speaker after a verb of saying that closes a quote (``..., replied Helena
    Marsh``), which parsers take for its object."""
    lexicon = _lexicon()
    previous = sentence.words[verb.index - 1] if verb.index > 0 else None
    if verb.lemma not in lexicon.cue_verbs or verb.lemma in lexicon.addressee_verbs or previous is None \
            or previous.text not in (",", "”", '"', "’", "'"):
        return None
    return next((c for c in sentence.children(verb, "obj") if c.index > verb.index
                 and c.upos in ("PROPN", "NOUN")), None)


def _lexicon() -> Lexicon:
    from quotes.lexicon import load_lexicon

    return load_lexicon()


def _is_cue_noun(word: Word) -> bool:
    return word.lemma in _lexicon().cue_nouns


def _noun_source(sentence: Sentence, noun: Word) -> Word | None:
    owner = next((c for c in sentence.children(noun, "nmod:poss")), None)
    if owner is not None:
        return owner
    by = next((c for c in sentence.children(noun, "nmod") if any(
        m.lower in ("by", "from") for m in sentence.children(c, "case"))), None)
    if by is not None:
        return by
    governor = sentence.head_of(noun)
    # "Hezbollah said in a statement that ...", "Macron expressed hope that ..."
    while governor is not None and governor.upos not in ("VERB", "AUX"):
        governor = sentence.head_of(governor)
    return _verb_source(sentence, governor) if governor is not None else None


NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "X", "SYM")
# determiners that stand for one more of the people just described ("One trustee said
# ... Another said")
ELLIPTICAL_SOURCES = frozenset({"another"})
# a source phrase longer than this is a misparse; keep only its core
MAX_MENTION_WORDS = 10
CORE_MODIFIERS = ("compound", "flat", "amod", "det", "nmod:poss", "case", "nummod")


def according_source(sentence: Sentence, according: Word) -> Word | None:
    # the source is what "to" introduces, wherever the parser hung "according"
    to = sentence.words[according.index + 1] if according.index + 1 < len(sentence.words) else None
    introduced = sentence.head_of(to) if to is not None and to.base_deprel in ("case", "fixed") else None
    if introduced is not None and introduced.index > according.index + 1 and introduced.upos in NOMINAL:
        return introduced
    # (or as a subordinator of the phrase: "According to the council's chief executive, ...")
    if according.base_deprel in ("case", "mark"):
        return sentence.head_of(according)
    # "according" heads its own phrase: the source is its highest nominal after "to"
    nominals = [w for w in sentence.subtree(according) if w.index > according.index + 1 and w.upos in NOMINAL]
    return min(nominals, key=lambda w: len(list(sentence.ancestors(w))), default=None)


def _author(sentence: Sentence, document: Word, lexicon: Lexicon) -> Word | None:
    """The named author of a document: "a preliminary report by the National Airspace
    Authority", "a report published last year by the Office for Children's Media",
    "figures from the Hartley Chamber of Commerce"."""
    # ("figures from the Hartley Chamber of Commerce": on the document itself, *from* too)
    authored = [(document, ("by", "from")),
                *((c, ("by",)) for c in sentence.children(document, "acl") if c.lemma in lexicon.authoring_verbs)]
    named = next((c for holder, prepositions in authored for c in sentence.children(holder, "nmod", "obl", "obl:agent")
                  if c.index > document.index and (c.upos == "PROPN" or _named_body(sentence, c, lexicon))
                  and any(m.lower in prepositions for m in sentence.children(c, "case"))), None)
    # ("a preliminary report the university published on Monday": the subject of a
    # relative clause of authoring, named or a body the article has named)
    # ("according to the Rural Fire Commission’s 11:00am incident update": the owner
    # a possessive names; "according to federation figures": the body a modifier names)
    return named or next((s for r in sentence.children(document, "acl") if r.lemma in lexicon.authoring_verbs
                          for s in sentence.children(r, "nsubj") if s.upos in ("PROPN", "NOUN")
                          and s.lower not in ("that", "which")), None) \
        or next((o for o in sentence.children(document, "nmod:poss") if o.upos in ("PROPN", "NOUN")), None) \
        or next((c for c in sentence.children(document, "compound") if c.index == document.index - 1
                 and c.upos == "NOUN" and c.text.islower() and c.lemma in lexicon.generic_organization_nouns), None)


def _named_body(sentence: Sentence, noun: Word, lexicon: Lexicon) -> bool:
    """"the charity", "the council": a body the article has named, called by its kind
    ("figures published by the charity")."""
    return noun.upos == "NOUN" and noun.lemma in lexicon.generic_organization_nouns \
        and any(d.lower == "the" for d in sentence.children(noun, "det"))


def _inverted_subject(cue: Cue, lexicon: Lexicon) -> Word | None:
    """``..., said the Israeli military``: after the reported clause the speaker
    may follow the verb, where parsers take it for the verb's object.  A verb
    that takes an addressee (``..., told Reuters``) is not inverted."""
    sentence, verb = cue.sentence, cue.word
    # (a participle does not invert: in "..., describing the case as ..." the case is
    # what is described)
    # (nor does one after a conjunction, which continues the clause before it: in "... but
    # accused the government of ...", the government is accused)
    previous = sentence.words[verb.index - 1] if verb.index > 0 else None
    if verb.lower.endswith("ing") or verb.lemma in lexicon.addressee_verbs \
            or previous is not None and previous.upos == "CCONJ" \
            or any(c.index > verb.index for c in cue.content) \
            or any(c.index < verb.index for c in sentence.children(verb, *SUBJECT)):
        return None
    return next((c for c in sentence.children(verb, "obj", "nsubj")
                 if c.index > verb.index and c.upos in NOMINAL + ("ADJ",)), None)


def source_heads(cue: Cue, lexicon: Lexicon) -> list[Word]:
    """The head words of the cue's sources (several when coordinated)."""
    sentence = cue.sentence
    if cue.relation == "according":
        head = according_source(sentence, cue.word)
    elif cue.relation == "noun":
        head = _noun_source(sentence, cue.word)
    else:
        # an inverted speaker comes before a subject inherited from the reported
        # clause: in "Rockets hit the town, said the army" the rockets said nothing
        head = _inverted_subject(cue, lexicon) or _verb_source(sentence, cue.word)
    if head is not None and (head.lemma in lexicon.text_sources or head.lower in lexicon.text_sources):
        head = _author(sentence, head, lexicon) or head
    # a subject the tagger took for an adjective ("Israel's military said") is still a subject
    # (and so is "Another" standing for a noun: "Another, who asked not to be named, said")
    if head is None or not (head.upos in NOMINAL or head.upos in ("ADJ", "DET") and head.base_deprel == "nsubj"
                            and (head.upos == "ADJ" or head.lower in ELLIPTICAL_SOURCES)):
        return []
    return [head, *(c for c in sentence.children(head, "conj") if c.upos in ("PROPN", "NOUN", "PRON")
                    and not _second_role(sentence, head, c))]


def _second_role(sentence: Sentence, head: Word, conjunct: Word) -> bool:
    """"Helion’s co-founder and chief executive, Dr Katrin Vogel": a bare role
    noun coordinated with a role that one name follows in apposition is that
    person's second role, not a second source."""
    named = any(a.upos == "PROPN" for a in sentence.children(head, "appos"))
    return named and head.upos == "NOUN" and conjunct.upos == "NOUN" and conjunct.text.islower() \
        and not sentence.children(conjunct, "det") and conjunct.feat("Number") != "Plur"


def _dated_by_participle(sentence: Sentence, modifier: Word) -> bool:
    """Whether ``modifier`` is a participle that only dates its noun ("a study
    published on Wednesday", "a poll released last week"): like "officials on
    Thursday", it says when, not who."""
    time_nouns = _lexicon().time_nouns
    dependents = [c for c in sentence.children(modifier) if c.base_deprel != "punct"]
    return modifier.deprel == "acl" \
        and modifier.feat("VerbForm") == "Part" and bool(dependents) \
        and all(c.lemma.lower() in time_nouns for c in dependents)


def mention_words(sentence: Sentence, head: Word) -> list[Word]:
    """The source's name phrase: the head with its modifiers, without relative
    clauses, appositions, coordinated sources or edge punctuation."""
    # ... and without a parenthetical after a comma ("The ministry, in a statement, said")
    # ... nor a phrase of time ("officials on Thursday said"), which dates the saying
    excluded = [c for c in sentence.children(head) if (c.deprel in NOT_IN_MENTION
                or c.base_deprel in ("conj", "appos", "punct", "cc", "case")) and not sentence.is_solid_hyphen(c)
                or c.index > head.index and sentence.after_comma(c)
                or c.index > head.index and c.lower in _lexicon().floating_quantifiers
                or c.index > head.index and c.lemma.lower() in _lexicon().time_nouns
                and sentence.children(c, "case")
                # (nor the verb of saying it is the source of: "with analysts saying ...")
                or c.index > head.index and c.deprel == "acl" and c.is_ing_form
                and c.lemma in _lexicon().cue_verbs and sentence.children(c, "ccomp")]
    # a relative clause or aside deeper down ("officials involved in the talks, who
    # spoke on condition ...") is no more part of the name than one on the head
    # (nor is a participle that dates it: "a study of 9,000 adults published on Wednesday")
    excluded += [w for w in sentence.subtree(head) if w.index != head.index
                 and (w.deprel in ("acl:relcl", "parataxis", "appos")
                      or w.index > head.index and _dated_by_participle(sentence, w))]
    # ... nor how the outlet came by a text ("an internal email seen by Ledgerline")
    if head.lemma.lower() in _lexicon().text_sources:
        excluded += [c for c in sentence.children(head, "acl") if c.index > head.index
                     and c.feat("VerbForm") == "Part" and c.feat("Tense") == "Past"]
    words = sentence.subtree(head, exclude=excluded)
    # keep the gap-free run around the head
    run = [head]
    by_index = {w.index: w for w in words}
    i = head.index - 1
    while i in by_index:
        run.insert(0, by_index[i])
        i -= 1
    i = head.index + 1
    while i in by_index:
        run.append(by_index[i])
        i += 1
    while run and run[0].upos == "PUNCT":
        run = run[1:]
    while run and run[-1].upos == "PUNCT":
        run = run[:-1]
    # a name the parser split up ("Amal" + appos "Saad") is still one name, and
    # a title it cut off ("Israeli Prime" + "Minister Netanyahu") is still the title
    # (but a day or a month is no part of the name after it: "On Tuesday Maren had denied")
    if head.upos == "PROPN" and head.lemma.lower() not in _lexicon().time_nouns:
        while run[-1].index + 1 < len(sentence.words) and sentence.words[run[-1].index + 1].upos == "PROPN":
            run.append(sentence.words[run[-1].index + 1])
        run = _with_cut_off_title(sentence, run)
    if len(run) > MAX_MENTION_WORDS:
        # (a role's own complement is no misparse: "assistant director of highways and bridge
        # maintenance")
        role = [c for c in sentence.children(head, "nmod") if head.lower in _lexicon().title_heads
                and any(m.lower in ("of", "for") for m in sentence.children(c, "case"))]
        core = {head.index} | {w.index for c in sentence.children(head, *CORE_MODIFIERS) + role
                               for w in sentence.subtree(c)}
        run = [w for w in run if w.index in core]
    return run or [head]


def _with_cut_off_title(sentence: Sentence, run: list[Word]) -> list[Word]:
    titles = _lexicon().title_heads
    extension: list[Word] = []
    i = run[0].index - 1
    while i >= 0 and sentence.words[i].text[:1].isupper() and sentence.words[i].upos in ("PROPN", "ADJ", "NOUN"):
        extension.insert(0, sentence.words[i])
        i -= 1
    if extension and (run[0].lower in titles or any(w.lower in titles for w in extension)):
        return extension + run
    return run


def appositions(sentence: Sentence, head: Word) -> list[Word]:
    """Appositive phrases of the source: ``Amal Saad, a lecturer at ...``."""
    return sentence.children(head, "appos")
