"""Split a source phrase into the name, the title and the description.

``Foreign Minister Israel Katz`` -> name ``Israel Katz``, title ``Foreign Minister``;
``U.S. Secretary of State Antony Blinken`` -> ``Antony Blinken`` / ``U.S. Secretary of State``;
``Amal Saad, a lecturer at Cardiff University`` -> title from the apposition;
``Israel’s army chief`` -> no name, description ``Israel’s army chief``, title ``army chief``;
``a security source`` -> description ``security source``, no title.

The name is the run of proper nouns around the phrase's head that are neither
role words nor honorifics and do not follow a preposition (``of State``
belongs to the title).  Role words are data (``title_heads`` in the lexicon).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from quotes.lexicon import Lexicon
from quotes.records import Span
from quotes.syntax import Sentence, Word

LEADING_FUNCTION = ("det", "nummod", "case", "punct", "cc")
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


@dataclass(frozen=True)
class SourcePhrase:
    """A source mention taken apart.  All spans are character spans of the article."""

    mention: Span
    name: Span | None
    title: Span | None
    description: str          # mention without leading determiners (for unnamed sources)
    head: Word
    honorific: str | None     # lower-case, without the dot
    kind: str                 # person | organization | unnamed
    pronoun: str | None       # male | female | neuter | plural, for a pronoun mention
    plural: bool


def _span(article: str, words: list[Word]) -> Span | None:
    if not words:
        return None
    return Span.of(article, words[0].start, words[-1].end)


def _is_name_word(word: Word, lexicon: Lexicon) -> bool:
    """A proper-name word: a PROPN, or a capitalised noun/adjective the tagger
    missed (not sentence-initial, where capitals say nothing)."""
    if word.lower in lexicon.title_heads or lexicon.is_honorific(word.text):
        return False
    if word.upos == "PROPN":
        return True
    # a capitalised verb form re-attached into a name ("Northgate Living") too
    return (word.upos in ("X", "NOUN", "ADJ") or word.upos == "VERB" and word.base_deprel == "flat") \
        and word.index > 0 and word.text[:1].isupper() and not word.text.isupper()


def _joins_name(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """A solid hyphen between two name words (``Jean-Pierre``), an ampersand
    (``Harlow & Finch``: a firm's name), or a small word capitalised inside a sentence
    (``Bridges Before Budgets``: a campaign's name in title case)."""
    title_case = word.upos in FUNCTION_TAGS and word.text[:1].isupper() and not word.text.isupper()
    return (sentence.is_solid_hyphen(word) or word.text == "&" or title_case) \
        and 0 < word.index < len(sentence.words) - 1 \
        and _is_name_word(sentence.words[word.index - 1], lexicon) \
        and _is_name_word(sentence.words[word.index + 1], lexicon)


# the parts of speech of the small words a name in title case capitalises
FUNCTION_TAGS = frozenset({"ADP", "SCONJ", "CCONJ", "PART", "DET", "ADV"})


def name_run(sentence: Sentence, words: list[Word], head: Word, lexicon: Lexicon) -> list[Word]:
    """:func:`_name_words`, less a capitalised word that describes people opening a
    full name ("Rider Jens Vandermolen" at the start of a sentence is a rider)."""
    run = _name_words(sentence, words, head, lexicon)
    return run[1:] if len(run) >= 3 and run[0].lower in lexicon.person_epithets else run


def _name_words(sentence: Sentence, words: list[Word], head: Word, lexicon: Lexicon) -> list[Word]:
    """The proper-name words of a phrase: the run of adjacent name words (not
    role words, not honorifics, not right after a preposition as ``State`` in
    ``Secretary of State``) that contains ``head``, or else the last such run
    of a phrase headed by a proper noun."""
    runs: list[list[Word]] = []
    # (the preposition that introduces the phrase itself is outside it: "for Gregor Tallis";
    # but "England" in "Bank of England" is part of a larger name)
    inside = {w.index for w in words}
    governor = sentence.head_of(head)
    in_larger_name = governor is not None and governor.text[:1].isupper()
    for i, word in enumerate(words):
        previous = sentence.words[word.index - 1] if word.index > 0 else None
        if _joins_name(sentence, word, lexicon) and runs and runs[-1][-1].index == word.index - 1:
            runs[-1].append(word)
            continue
        # ("according to Safe Roads": the preposition of a fixed expression introduces the
        # source itself; "runner-up Marco Santelli": a particle is no preposition)
        after_according = previous is not None and previous.index > 0 \
            and sentence.words[previous.index - 1].lower == "according"
        # (with its article too: "Leader of the Opposition Abhijit Sarkhel")
        preposition = sentence.words[previous.index - 1] if previous is not None and previous.lower == "the" \
            and previous.index > 0 and previous.index in inside else previous
        eligible = _is_name_word(word, lexicon) and not (
            preposition is not None and preposition.upos == "ADP"
            and preposition.base_deprel not in ("fixed", "compound")
            and (preposition.index in inside or in_larger_name) and not after_according)
        if not eligible:
            continue
        if runs and runs[-1][-1].index == word.index - 1 and (
                _is_name_word(words[i - 1], lexicon) or _joins_name(sentence, words[i - 1], lexicon)):
            runs[-1].append(word)
        else:
            runs.append([word])
    # a run does not end on a hyphen, nor on honours after the name ("Alison Marsh KC")
    runs = [run[:-1] if run[-1].upos == "PUNCT" else run for run in runs]
    runs = [_without_post_nominals(run, lexicon) for run in runs]
    runs = [run for run in runs if run]
    for i, run in enumerate(runs):
        if any(w.index == head.index for w in run):
            # "Energy Minister Paul Dubois" headed by "Energy": a name before a
            # role word qualifies the role; the name follows it
            later = runs[i + 1:]
            between = [w for w in words if run[-1].index < w.index < later[-1][0].index] if later else []
            # (or an abbreviated office: "State Sen. Paul Garrity"; but a role word after "of"
            # is part of a body's name: "the Association of Head Teachers and Principals",
            # unless the name follows it: "Bank of Kessland Governor Elena Varga")
            def is_role(word: Word) -> bool:
                return word.lower in lexicon.title_heads or word.lower.rstrip(".") in lexicon.title_abbreviations
            if any(is_role(w) for w in between) and (
                    not any(w.lower in ("of", "for") for w in between) or is_role(between[-1])):
                return later[-1]
            return _with_of_phrase(words, run, lexicon)
    # "Detective Sergeant Ruth Kaminski of Wealdshire Police": a role word heads the
    # phrase; the name is the one right after it, not the affiliation's
    # (or an honorific heads it: "DI Kettering, of Halden Constabulary")
    # (nor one inside the place or body the role is for: "The MSP for Kilmorven and the Glens")
    governed = {w.index for c in sentence.children(head, "nmod") if sentence.children(c, "case")
                for w in sentence.subtree(c)}
    after = [run for run in runs if run[0].index > head.index and run[0].index not in governed]
    if head.upos == "PROPN" and (head.lower in lexicon.title_heads or lexicon.is_honorific(head.text)) and after:
        # (not a capitalised word inside the title: "Assistant Chief Fire Officer Brian Tully")
        def inside_the_title(run: list[Word]) -> bool:
            following = sentence.words[run[-1].index + 1] if run[-1].index + 1 < len(sentence.words) else None
            return following is not None and following.lower in lexicon.title_heads
        return next((run for run in after if not inside_the_title(run)), after[0])
    if head.lower in lexicon.title_heads and runs and runs[-1][0].index in governed:
        return []
    return runs[-1] if runs and head.upos == "PROPN" else []


def _without_post_nominals(run: list[Word], lexicon: Lexicon) -> list[Word]:
    while len(run) > 1 and run[-1].lower.rstrip(".") in lexicon.post_nominals:
        run = run[:-1]
    return run


def _with_of_phrase(words: list[Word], run: list[Word], lexicon: Lexicon) -> list[Word]:
    """``Bank of England``, ``University of Oxford``, ``Department for Roads and
    Transport``: an organisation's head word, then *of* or *for* and a name, are
    one name.  (After a role word, ``Secretary
    of State``, the run never reaches *of*: role words are not name words; after
    a person's name, ``Ravi Sandhu of Thames Valley Police``, *of* gives the
    affiliation.)"""
    by_index = {w.index: w for w in words}
    of = by_index.get(run[-1].index + 1)
    # ("Transport for Harlston": after *for* a name is one with the capitalised word before it)
    named_for = of is not None and of.lower == "for" and len(run) == 1 and run[0].text[:1].isupper()
    if of is None or of.lower not in ("of", "for") or not (_is_organization_head(run[-1], lexicon) or named_for):
        return run
    # (in a body's name a capitalised role word is a name word: "Association of Head Teachers")
    def in_name(word: Word) -> bool:
        return _is_name_word(word, lexicon) or word.text[:1].isupper() and word.upos in ("PROPN", "NOUN", "ADJ")

    extension = []
    following = by_index.get(of.index + 1)
    while following is not None:
        if in_name(following):
            extension.append(following)
        elif following.lower in ("and", "&") and extension and (after := by_index.get(following.index + 1)) \
                is not None and in_name(after):
            extension.append(following)  # "Department for Roads and Transport"
        elif following.lower in ("'s", "’s") and extension and (after := by_index.get(following.index + 1)) \
                is not None and in_name(after):
            extension.append(following)  # "Office for Children's Media"
        else:
            break
        following = by_index.get(following.index + 1)
    return run + [of] + extension if extension else run


def _name_given_as(sentence: Sentence, head: Word, lexicon: Lexicon) -> list[Word]:
    """The name a description gives its person with *as* ("One survivor, a truck
    driver who gave his name only as Nikos"; "a woman identified only as Maria")."""
    for word in sentence.subtree(head):
        verb = sentence.head_of(word)
        if word.upos != "PROPN" or verb is None or verb.lemma not in lexicon.name_giving_verbs \
                or not any(c.lower == "as" for c in sentence.children(word, "case")):
            continue
        if verb.lemma == "give" and not any(o.lemma == "name" for o in sentence.children(verb, "obj")):
            continue  # "gave evidence as a witness"
        name = [w for w in sentence.subtree(word) if w.base_deprel != "case"]
        # (the name follows "as", which name_run would read as a preposition's object)
        return [w for w in name if _is_name_word(w, lexicon)]
    return []


def _strip_leading(words: list[Word]) -> list[Word]:
    while words and (words[0].base_deprel in LEADING_FUNCTION or words[0].upos in ("DET", "PUNCT")):
        # (a number written solid with a hyphen to a word is a modifier: "the 74-cap former captain")
        if len(words) > 2 and words[0].upos == "NUM" and words[1].text == "-" \
                and words[0].end == words[1].start and words[1].end == words[2].start:
            break
        words = words[1:]
    # an age says nothing of a role: "the 68-year-old director" is a director
    # (but "the 52-year-old" alone is still called so)
    age = AGE_WORDS.match(" ".join(w.text for w in words[:5]))
    if age is not None:
        rest, covered = words, 0
        while rest and covered < age.end():
            covered += len(rest[0].text) + 1
            rest = rest[1:]
        words = rest or words
    return words


# what is left of "the 68-year-old director" once the number is stripped
AGE_WORDS = re.compile(r"(\d{1,3} ?- ?)?years? ?- ?old\b")


def _capitalised_tail(words: list[Word], joins: Callable[[Word], bool] = lambda w: False) -> list[Word]:
    """The capitalised words that end ``words`` (with the words ``joins`` accepts between them)."""
    tail: list[Word] = []
    for word in reversed(words):
        if not word.text[:1].isupper() and not joins(word):
            break
        tail.insert(0, word)
    return tail


def _joins_modifiers_of(sentence: Sentence, word: Word, head: Word) -> bool:
    """"the Justice and Rehabilitation Committee": *and* joins two capitalised modifiers
    of one name (:func:`quotes.repair._name_of_a_body_read_as_two_conjuncts`)."""
    joined = sentence.head_of(word)
    first = sentence.head_of(joined) if joined is not None else None
    return word.upos == "CCONJ" and joined is not None and first is not None and joined.base_deprel == "conj" \
        and first.base_deprel == "compound" and first.head == head.index and first.text[:1].isupper() \
        and joined.text[:1].isupper()


def _possessor_words(sentence: Sentence, head: Word) -> set[int]:
    owners = sentence.children(head, "nmod:poss")
    return {w.index for o in owners for w in sentence.subtree(o)}


def _set_off_by_comma_or_nothing(sentence: Sentence, name_start: Word) -> bool:
    before = sentence.words[name_start.index - 1]
    return before.upos != "PUNCT" or before.text == ","


def _solid_word(sentence: Sentence, word: Word) -> str:
    """The whole of a word the tokenizer split at its hyphens (``brother-in-law``), lower-case."""
    words = sentence.words

    def solid(left: Word, right: Word) -> bool:
        return left.end == right.start and "-" in (left.text, right.text)

    start = end = word.index
    while start > 0 and solid(words[start - 1], words[start]):
        start -= 1
    while end + 1 < len(words) and solid(words[end], words[end + 1]):
        end += 1
    return "".join(w.text for w in words[start:end + 1]).lower()


def _is_common_word(word: Word) -> bool:
    """A lower-case noun or adjective, or one capitalised only because it opens the
    sentence ("Celebrity chef Tobias Wren": the tagger calls such a word PROPN)."""
    if word.index == 0 and word.text[1:].islower():
        return word.upos in ("NOUN", "ADJ", "PROPN")
    return word.upos in ("NOUN", "ADJ") and word.text.islower()


def _is_compound_occupation(sentence: Sentence, head: Word, lexicon: Lexicon) -> bool:
    """"dinner lady", "delivery man": a word for a man or a woman, led by a noun
    saying what the work is, names an occupation (English makes many this way); so does
    an agent noun led by the thing worked on ("crane operator", "forklift driver")."""
    agent = head.upos == "NOUN" and head.text.islower() and head.lower.endswith(AGENT_SUFFIXES)
    return (head.lower in lexicon.person_nouns or agent) and any(
        c.upos == "NOUN" and c.text.islower() and c.index == head.index - 1
        for c in sentence.children(head, "compound"))


def _has_title_word(words: list[Word], lexicon: Lexicon) -> bool:
    # (an occupation too, last before the name: "Northfield United striker Jamal Okafor")
    return any(w.lower in lexicon.title_heads or w.lemma in lexicon.title_heads for w in words) \
        or bool(words) and words[-1].text.islower() and words[-1].lower in lexicon.occupation_epithets


# the shortest last word of a firm's name that a longer capitalised word may end in
# ("Agrochemicals", "Biotechnologies", "Telecommunications")
MIN_FIRM_WORD_SUFFIX = 7


def _is_organization_head(word: Word, lexicon: Lexicon) -> bool:
    if word.lemma.lower() in lexicon.organization_heads or word.lower in lexicon.organization_heads:
        return True
    return word.index > 0 and word.text[:1].isupper() and any(
        word.lower.endswith(head) and len(word.lower) > len(head)
        for head in lexicon.organization_heads if len(head) >= MIN_FIRM_WORD_SUFFIX)


def _describes_a_firm(word: Word, lexicon: Lexicon) -> bool:
    """A common noun that says what an organization is (``company``, ``chain``): the
    name given for it names an organization."""
    return word.upos == "NOUN" and (_is_organization_head(word, lexicon)
                                    or word.lemma in lexicon.generic_organization_nouns)


def _is_organization(name: list[Word], determiner: bool, lexicon: Lexicon) -> bool:
    # "the United States", "the White House": persons do not take an article
    # (and "Port Everly" is a place, named like a body)
    # (and "&" joins the names of a firm, never a person's: "Plate & Palate")
    # (nor is "Dunmore Point" or "Liberty Square" anyone's name)
    return _is_organization_head(name[-1], lexicon) or determiner \
        or len(name) > 1 and (name[0].lower in lexicon.place_prefixes or name[-1].lower in lexicon.place_suffixes
                              or name[-1].lower in lexicon.place_heads) \
        or any(w.text == "&" for w in name)


def role_words(sentence: Sentence, noun: Word, exclude: list[Word] = ()) -> list[Word]:
    """The words of a description that give a role (``a professor of astronomy at
    Dunmere Observatory``), without its determiner and what only describes it further
    (nor the subtrees of ``exclude``)."""
    # the role, without what follows a comma inside it ("envoy to Lebanon, according to ...")
    after_comma = [c for c in sentence.children(noun) if c.index > noun.index and sentence.after_comma(c)]
    # (nor a relative clause anywhere inside it: "a professor of astronomy at Dunmere
    # Observatory who was not involved in the research")
    relatives = [w for w in sentence.subtree(noun) if w.deprel == "acl:relcl"]
    words = _strip_leading(sentence.subtree(
        noun, exclude=sentence.children(noun, "punct") + relatives + after_comma + list(exclude)))
    # a role is one stretch of text: what a crossing parse hangs on it past a word of
    # another phrase is no part of it ("a 19-year-old qualifier, knocked top seed
    # Lukas Brenner out of the Kessington Open", *Open* on *qualifier*)
    inside = {w.index for w in sentence.subtree(noun)}
    gap = next((w for before, w in zip(words, words[1:])
                if any(i not in inside for i in range(before.index + 1, w.index))), None)
    if gap is not None and gap.index > noun.index:
        words = [w for w in words if w.index < gap.index]
    # a role holds no comma: what follows one describes a word inside it ("president
    # of the Migraine Alliance, an advocacy group,")
    comma = next((w for w in words if w.text == ","), None)
    if comma is not None:
        words = _strip_leading([w for w in words if w.index < comma.index])
    # what brackets hold is an aside, mostly an organisation's short name ("general
    # secretary of the Federation of Metro and Rail Workers (FMRW)"), no part of the role
    words = _without_brackets(words)
    # a second description after "and a/the" is a role of its own ("the MP for
    # Fellbridge and a former housing minister"): the first one is the title
    second = next((w for w in words[1:-1] if w.upos == "CCONJ" and sentence.words[w.index + 1].upos == "DET"), None)
    if second is not None:
        words = [w for w in words if w.index < second.index]
    return words


def _without_brackets(words: list[Word]) -> list[Word]:
    kept, depth = [], 0
    for word in words:
        if word.text == "(":
            depth += 1
        elif word.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(word)
    return kept


def _group_description(sentence: Sentence, article: str, head: Word, content: list[Word]) -> str:
    """What a group of people is called, without how many of them spoke or where
    ("Several merchants there", "Residents outside the courthouse", "Drivers queuing
    outside the gates": merchants, residents, drivers)."""
    def locative(word: Word) -> bool:
        return word.lower in PLACE_ADVERBS or word.base_deprel in ("nmod", "obl") \
            and any(m.lower in LOCATIVE_PREPOSITIONS for m in sentence.children(word, "case"))

    def where_they_waited(word: Word) -> bool:
        return word.base_deprel in ("acl", "xcomp") and word.is_ing_form \
            and any(locative(c) for c in sentence.children(word))

    local = {w.index for c in sentence.children(head) if c.index > head.index
             and (locative(c) or where_they_waited(c)) for w in sentence.subtree(c)}
    words = [w for w in content if w.index not in local]
    while len(words) > 1 and words[0].index < head.index and words[0].lower in HOW_MANY_WORDS:
        words = words[1:]
    # (the words around the head, no gap: a dropped place leaves what follows it out too)
    run = [w for w in words if w.index <= head.index]
    for w in words:
        if w.index > head.index and w.index == run[-1].index + 1:
            run.append(w)
    run = _strip_leading(run) or run
    return article[run[0].start:run[-1].end] if run else head.text


# where a group spoke ("residents outside the courthouse", "merchants there"); not "in"
# or "at", which as often say what the group belongs to ("hardliners in his government")
LOCATIVE_PREPOSITIONS = frozenset({"outside", "inside", "near", "around"})
PLACE_ADVERBS = frozenset({"there", "here", "nearby", "locally"})
# how many of a group spoke ("several merchants", "many residents")
HOW_MANY_WORDS = frozenset({"several", "many", "some", "most", "few", "numerous", "other"})


def predicate_role(sentence: Sentence, article: str, subject: Word, lexicon: Lexicon) -> Span | None:
    """The role a copular clause gives its subject ("For 22 years Marwick has been the
    Veldmark Philharmonic’s resident violin maker"), or a role it acts *as* ("came to
    the headland as an assistant keeper"): a title as much as an apposition."""
    predicate = sentence.head_of(subject)
    if predicate is not None and predicate.upos == "VERB" and subject.base_deprel == "nsubj":
        # "Reddie came to the headland as an assistant keeper", "served as mayor"
        role = next((o for o in sentence.children(predicate, "obl", "advcl")
                     if o.upos == "NOUN" and o.feat("Number") != "Plur"
                     and (o.lemma in lexicon.title_heads or o.lemma in lexicon.occupation_epithets)
                     and any(c.lower == "as" for c in sentence.children(o, "case", "mark"))), None)
        # (without what says when or under whom: "as an assistant keeper under his father")
        extra = [] if role is None else [m for m in sentence.children(role, "nmod") if not any(
            c.lower in ROLE_PREPOSITIONS for c in sentence.children(m, "case"))]
        words = role_words(sentence, role, extra) if role is not None else []
        return _span(article, words) if words else None
    if predicate is None or subject.base_deprel != "nsubj" or predicate.upos != "NOUN" \
            or not any(c.lemma == "be" for c in sentence.children(predicate, "cop")) \
            or predicate.feat("Number") == "Plur" \
            or not (predicate.lemma in lexicon.title_heads or predicate.lemma in lexicon.occupation_epithets):
        return None
    clause = [c for c in sentence.children(predicate) if c.base_deprel in CLAUSE_DEPENDENTS]
    words = role_words(sentence, predicate, clause)
    return _span(article, words) if words else None


# the endings of nouns for who does a kind of work ("operator", "driver", "machinist")
AGENT_SUFFIXES = ("er", "or", "ist")

# what a ranking opens with ("world No. 1", "the number two")
RANK_WORDS = frozenset({"no.", "no", "number"})

# prepositions that belong to a role ("chief engineer at Acme", "minister for health")
ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "to", "with"})

# what a copular predicate carries as the head of its clause, not as a description
CLAUSE_DEPENDENTS = frozenset({"nsubj", "csubj", "cop", "aux", "obl", "advmod", "advcl", "mark", "cc", "conj",
                               "parataxis", "discourse", "expl", "vocative"})


def analyse(sentence: Sentence, article: str, head: Word, words: list[Word],
            lexicon: Lexicon) -> SourcePhrase:
    """Take apart the source phrase ``words`` headed by ``head``."""
    mention = _span(article, words)
    pronoun = lexicon.pronoun_class(head.text) if head.upos == "PRON" else None
    plural = head.feat("Number") == "Plur" or pronoun == "plural"
    determiner = bool(words) and words[0].upos == "DET" and words[0].lower in ("the",)
    indefinite = bool(words) and words[0].lower in ("a", "an")
    content = _strip_leading(list(words))
    possessed = _possessor_words(sentence, head)
    # (not after "the": "the Lady Foxes" is a team, "the Mr Whippy van" a thing)
    honorific = next((w.lower.rstrip(".") for w in content if lexicon.is_honorific(w.text)
                      and not (w.index > 0 and sentence.words[w.index - 1].lower == "the")), None)

    name = name_run(sentence, content, head, lexicon)
    # "Rider Jens Vandermolen": the capitalised word name_run leaves out says what the person is
    described_as = [w for w in content if name and w.index == name[0].index - 1
                    and w.lower in lexicon.person_epithets and w.text[:1].isupper()]
    role_head = head.lower in lexicon.title_heads
    if role_head and name and name[-1].index < head.index:
        # "the Home Secretary, Rachel Ainsworth": a capitalised word before a role
        # word belongs to the role; the name, if any, is in the apposition
        name = []
    title_words: list[Word] = []
    apposition_name: list[Word] = []
    inner_title: list[Word] = []
    firm = False
    if name:
        before = [w for w in content if w.index < name[0].index and w.index not in possessed
                  and not lexicon.is_honorific(w.text)]
        # a title holds no conjunction or comma: "Blinken and Defense Secretary Austin"
        # (a solid hyphen joins two words: "The first-term Democrat" has no title "term")
        breaks = [i for i, w in enumerate(before) if w.upos in ("CCONJ", "PUNCT") and not sentence.is_solid_hyphen(w)
                  and not _joins_modifiers_of(sentence, w, name[-1])]
        before = _strip_leading(before[breaks[-1] + 1:] if breaks else before)
        owner = sorted((w for w in content if w.index in possessed), key=lambda w: w.index)
        if owner and owner[-1].index == name[0].index - 1 and len(name) == 1 \
                and _is_organization_head(name[-1], lexicon) \
                and all(w.text[:1].isupper() or w.upos == "PART" for w in owner):
            # "the Tamarack County Sheriff’s Office", "the People’s Party": a capitalised
            # possessor is part of the name of an organisation called by its kind alone
            # (not in "Hezbollah’s Aziz Force")
            name = owner + name
            before = [w for w in before if w.index < owner[0].index]
        capitalised = _capitalised_tail(before, lambda w: _joins_modifiers_of(sentence, w, name[-1]))
        # "chipmaker Orvane Semiconductor", "the supermarket chain Harlow & Finch": a
        # common noun saying what a firm is names a firm, and a firm has no title
        # (not a position that is also a body's word: "Senior guard Kaylee Brandt")
        firm = bool(before) and before[-1].text.islower() and _describes_a_firm(before[-1], lexicon) \
            and before[-1].lower not in lexicon.prenominal_titles
        if firm:
            pass
        elif capitalised and _is_organization_head(name[-1], lexicon):
            # "the Justice Department", "the Foreign Ministry": capitalised words
            # before an organisation's head word name it, even ones that are
            # titles elsewhere; lower-case ones describe it ("port operator")
            name = capitalised + name
        elif before and (_has_title_word(before, lexicon)
                         or before[-1].text.islower() and before[-1].lower in lexicon.prenominal_titles):
            title_words = before
        elif len(before) > 1 and before[-1].upos == "NUM" and before[-2].lower in RANK_WORDS:
            # "Former world No. 1 Dario Kessler": a ranking is a title
            title_words = before
        elif before and (before[-1].upos == "NOUN" or before[-1].lower in lexicon.occupation_epithets) \
                and not indefinite \
                and all(_is_common_word(w) for w in before) \
                and not any(_is_organization_head(w, lexicon) for w in [before[-1], name[-1]]):
            # "critic Aurélie Dumas", "owner Jasmine Pratt": common nouns right
            # before a person's name say what the person is ("the militant group
            # Hezbollah" says what an organization is; "City auditor Graham Pike" what a
            # person is: only the noun right before the name tells).  Not after "a": a title
            # before a name takes no indefinite article, so in "a role Marchetti
            # said he wrote" the noun is what the clause is about
            title_words = before
        if not title_words and described_as:
            title_words = described_as
        if not title_words:
            # "Gov. Teresa Lind", "Sen. Ray Cole": an abbreviated office is a title
            title_words = [w for w in content if w.index < name[0].index
                           and w.lower.rstrip(".") in lexicon.title_abbreviations][-1:]
    elif head.upos == "NOUN" or role_head or head.lower == "one":
        # "Israel’s army chief, Herzi Halevi," : the name is in the apposition, or
        # in a run the parser hung on the role word ("Lebanese leader Mikati")
        # (or hung as a "compound" after it: "fourth seed Dmytro Kovalenko")
        for appos in sentence.children(head, "appos", "flat", "compound"):
            if appos.base_deprel == "compound" and appos.index < head.index:
                continue
            # (a name takes no indefinite article: "the senator, a Republican from Ohio,")
            if any(d.lower in ("a", "an") for d in sentence.children(appos, "det")):
                continue
            run = name_run(sentence, sentence.subtree(appos), appos, lexicon)
            # "Ruiz's coach, the former world No 5 Carlos Ibáñez,": the name is the
            # apposition of a description in apposition
            # (or of the last of two: "The jury president, the veteran cinematographer and former
            # festival director Halvard Brekke,")
            for inner in ([] if run or appos.base_deprel != "appos" else sentence.children(appos, "appos")
                          + [c for c in sentence.children(appos, "conj") if c.upos == "PROPN"]):
                run = name_run(sentence, sentence.subtree(inner), inner, lexicon)
                if run:
                    break
            if run:
                apposition_name = run
                # "Her Tarvanian counterpart, Foreign Minister Dagny Strand": a title before
                # the name in the apposition is the person's own
                # (unless the described noun is a role itself: "The chairman, retired headteacher
                # Alan Brierley")
                inner = _strip_leading([w for w in sentence.subtree(appos) if w.index < run[0].index
                                        and w.text != "," and not lexicon.is_honorific(w.text)])
                own_role = head.lower in lexicon.title_heads and head.lower not in lexicon.relation_nouns
                inner_title = inner if _has_title_word(inner, lexicon) and not own_role else []
                # "the supermarket chain Harlow & Finch": a description of a firm names a firm
                # (not one given a person's name: "The gallery’s night guard, Frank Tolley")
                given = len(run) > 1 and any(run[0].lower in names for names in lexicon.given_names.values())
                firm = not given and any(_describes_a_firm(w, lexicon) for w in (head, appos))
                break
        if not apposition_name:
            apposition_name = _name_given_as(sentence, head, lexicon)
        named = {w.index for w in apposition_name}
        # (honours after a name are no role, but "the local MP" is one)
        role = [w for w in content if w.index not in possessed and w.index not in named
                and (w.lower.rstrip(".") not in lexicon.post_nominals or w.index == head.index)]
        definite = determiner or bool(possessed) or bool(apposition_name)
        if inner_title:
            title_words = inner_title
        elif _has_title_word(role, lexicon) and (definite and not plural):
            title_words = _strip_leading(role)
        elif apposition_name and definite and not plural and head.upos == "NOUN" and head.text.islower() \
                and _solid_word(sentence, head) not in lexicon.relation_nouns \
                and head.lower not in lexicon.person_nouns \
                and _set_off_by_comma_or_nothing(sentence, apposition_name[0]):
            # "His barrister, Miriam Quartey": the noun a name is given for is that
            # person's role, whatever the role ("wife" or "neighbour" is a relation, and
            # "The man, Alan Brierley" no role at all);
            # not a headline's topic before a colon ("The art of waiting: Ines Valdaro")
            title_words = _strip_leading(role)
        elif not plural and (head.lower in lexicon.title_heads
                             or (determiner or indefinite or bool(words) and words[0].lower == "one")
                             and (head.lower in lexicon.occupation_epithets
                                  or _is_compound_occupation(sentence, head, lexicon))):
            # "a company spokesperson", "a senior nurse at a hospital": a person known
            # only by role has the role (the head and the words before it) as title;
            # so has one called by occupation ("The chef says", "says one lobsterman",
            # "the retired dinner lady said")
            title_words = _strip_leading([w for w in role if w.index <= head.index])
        name = apposition_name

    # a name's apposition, or that of a description that refers back to someone named
    # ("The 71-year-old, a retired schoolteacher, said"), gives the role
    # ("Professor Liam Gorton, the HPO’s chief executive": an academic rank gives way to
    # the role the apposition names)
    rank_only = bool(title_words) and lexicon.is_rank_only(" ".join(w.text for w in title_words))
    # ("A former school librarian, she took up running": a description of a pronoun)
    if (not title_words or rank_only) and (name or head.upos in ("ADJ", "NOUN") and not plural
                                           or pronoun in ("male", "female")):
        for appos in sentence.children(head, "appos"):
            # (without the name the role is given for: "one of them, retired postman Alan Cresswell")
            appos_words = [w for w in role_words(sentence, appos) if all(w.index != n.index for n in name or ())]
            # (a role may be tagged as a name: "the MP for Fellbridge"); a phrase opened by
            # a relative word is a relative clause, whatever its tags ("whose debut carries")
            opening = next((w for w in sentence.subtree(appos) if w.upos != "PUNCT"), appos)
            if appos_words and (appos_words[0].lower in RELATIVE_WORDS or opening.lower in RELATIVE_WORDS):
                continue
            if (appos.upos == "NOUN" or appos.upos == "PROPN" and appos.lower in lexicon.title_heads) \
                    and appos_words:
                # ("Marrowby Renters Together, the city's tenants' union": a body, named, has no role)
                if name and appos.upos == "NOUN" and appos.lemma.lower() in lexicon.body_nouns:
                    firm = True
                else:
                    title_words = appos_words
                break

    if pronoun:
        kind = "person" if pronoun in ("male", "female") else ("organization" if pronoun == "neuter" else "unnamed")
    elif name and not apposition_name:
        # (or the name is given for a firm: "the supermarket chain Harlow & Finch")
        described = sentence.head_of(head) if head.base_deprel == "appos" else None
        firm = firm or described is not None and described.index < head.index and _describes_a_firm(described, lexicon)
        # (a name ending in a body's head word names a body, whatever comes before it:
        # "Cloud-software maker Lumora Systems")
        kind = "organization" if (firm or _is_organization(name, determiner, lexicon)) \
            and (not title_words or _is_organization_head(name[-1], lexicon)) and honorific is None else "person"
    elif apposition_name:
        # ("the drug’s maker, Corvane Therapeutics": a company named in apposition)
        kind = "organization" if firm or _is_organization_head(apposition_name[-1], lexicon) else "person"
    else:
        # the head decides: "a spokesperson for the state police" is a person
        kind = "organization" if _is_organization_head(head, lexicon) else "unnamed"

    if kind == "organization":
        title_words = []  # "the site’s owner, the supermarket chain Harlow & Finch": a firm has no title
    return SourcePhrase(
        mention=mention, name=_span(article, name), title=_span(article, title_words),
        description=_group_description(sentence, article, head, content) if plural and head.upos == "NOUN"
        else article[content[0].start:content[-1].end] if content else head.text,
        head=head, honorific=honorific, kind=kind, pronoun=pronoun, plural=plural)
