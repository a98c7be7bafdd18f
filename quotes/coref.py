"""One canonical name per source entity of an article.

* A name resolves to the fullest name in the article that ends with it
  (``Netanyahu`` -> ``Benjamin Netanyahu``; ``Ms. Saad`` -> ``Amal Saad``).
* A personal pronoun resolves to an entity of the nearest earlier sentence
  that has a compatible one, preferring sources and subjects there (``he``
  needs a person, ``it`` an organization; gender from honorifics and earlier
  pronouns is respected where known).
* A description resolves to an earlier entity: ``the military`` to
  ``the Israeli military``, ``the minister`` to the person titled minister,
  ``the spokesperson`` to ``a spokesperson for the police``, ``the company``
  to the organization named last, ``the Norwegian`` or ``the veteran`` to
  the person named last.
* Titles are gathered from every mention of the entity.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from quotes.lexicon import Lexicon
from quotes.repair import dateline_length
from quotes.sources import ELLIPTICAL_SOURCES, appositions, mention_words
from quotes.syntax import Document, Sentence, Word, headline_end
from quotes.titles import SourcePhrase, analyse, name_run, predicate_role

if TYPE_CHECKING:
    from quotes.attribution import Candidate
    from quotes.cues import Cue

PERSON_PRONOUNS = ("male", "female")
# "the world No 1", "the No. 3 seed": a ranking names a player already named
RANKING = re.compile(r"\bNo\.? ?\d+\b")
# "the 54-year-old", "a 61-year-old"
AGE_EPITHET = re.compile(r"\b(\d{1,3})-year-old\b")
INDEFINITE_AGE = re.compile(r"\b[Aa]n? (\d{1,3})-year-old (\w+)")
# honorifics used with a given name alone
GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})
# the antecedent class of a description that refers back to a named person
ANY_PERSON = "person"
# and of an age that refers back to a person, named or described ("A worker at the
# plant ... said ... “...,” the 34-year-old said")
AGED_PERSON = "aged"
# how far back a pronoun may look for its antecedent, in sentences
PRONOUN_WINDOW = 4
# "the company" says what it refers to, so it may look further back than "it"
DESCRIPTION_WINDOW = 8
# possessive pronouns that give an office its holder: "her office", "his campaign"
POSSESSIVE_GENDERS = {"his": "male", "her": "female"}
# words that, alone, stand for some of a group just named
GROUP_QUANTIFIERS = frozenset({"many", "some", "others", "several", "most", "few", "a few", "all", "both"})
# the class of pronoun a possessive stands for ("its petition": what "it" refers to)
TEXT_OWNERS = {**POSSESSIVE_GENDERS, "its": "neuter", "their": "plural"}
# bodies of the state that oversee others: "the regulator" is never the company it regulates
PUBLIC_BODY_NOUNS = frozenset({"regulator", "watchdog"})
# "the two companies", "the three firms"
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}


@dataclass
class Entity:
    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    # ages the article gives ("Adrian Vetch, 54,"), which "the 54-year-old" refers back to
    ages: set[int] = field(default_factory=set)
    # roles the article gives only as a verb ("Marcus Odell, who directs the county health
    # department": ``director``), which "the county health director" refers back to
    roles: set[str] = field(default_factory=set)
    # body nouns the article calls an organization by ("Marrowby Renters Together, the
    # city's tenants' union": ``union``), which "the union" refers back to
    bodies: set[str] = field(default_factory=set)

    def add_title(self, title: str | None) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


@dataclass(frozen=True)
class Mention:
    """An entity mention usable as an antecedent."""

    entity: Entity
    sentence: int
    offset: int
    subject: bool
    source: bool


def _words(text: str) -> list[str]:
    return text.replace("’", "'").split()


def same_by_demonym(a: str, b: str) -> bool:
    """``Israel’s military`` and ``Israeli military``: the same head noun, with
    a place as possessor in one and its demonym in the other.  A demonym
    shares its stem with the place name (Israel/Israeli, Lebanon/Lebanese,
    Iran/Iranian), which the common prefix stands for."""
    first, second = _words(a.lower()), _words(b.lower())
    if len(first) != len(second) or len(first) < 2 or first[-1] != second[-1] or first == second:
        return False
    return all(_same_stem(x, y) for x, y in zip(first[:-1], second[:-1]))


def _same_stem(x: str, y: str) -> bool:
    x, y = x.removesuffix("'s"), y.removesuffix("'s")
    if x == y:
        return True
    common = len(os.path.commonprefix([x, y]))
    return common >= max(MIN_STEM, min(len(x), len(y)) - 2)


# the shortest stem a place and its demonym must share
MIN_STEM = 4


def _title_head(title: str) -> str:
    """``paramedic`` in "paramedic in Kelby": the last word before the title's first
    preposition."""
    words = _words(title.lower())
    cut = next((i for i, w in enumerate(words) if w in TITLE_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


# what follows a role's head word in a title: "director of ...", "spokesperson for ..."
TITLE_PREPOSITIONS = frozenset({"of", "for", "at", "in", "on", "to", "with", "from"})


def _within(description: str, name: str) -> bool:
    """``spokesperson`` within ``spokesperson for the state police``: every
    word of the shorter description in the fuller one."""
    words = set(_words(name.lower()))
    return all(w in words for w in _words(description.lower()))


def _is_short_form(short: str, long: str, institutions: frozenset[str] = frozenset()) -> bool:
    """``Quillon`` for ``Quillon Systems``: a company's first name word alone (not
    ``Israel`` for ``Israel Defense Forces``: a name ending in the word for an
    institution names a body of the place, not the place)."""
    a, b = _words(short), _words(long)
    return len(a) == 1 and len(b) > 1 and b[0] == a[0] and b[-1] not in institutions


# the small words an acronym skips: "Federation of Metro and Rail Workers" is FMRW
ACRONYM_SKIPS = frozenset({"of", "and", "for", "the", "&", "on", "in", "to"})


def _firm_names(run: str) -> list[str]:
    """The names a run of capitalised words may open with when it goes on past a name
    (``Calloway Therapeutics`` in "Calloway Therapeutics Chief Executive"): the run
    cut after each of its words.  A run that holds a small word is one name
    ("Northfork Power & Light", not "Northfork Power"), or two joined ("Brightwell
    Foods and Ostara Nutrition"): it offers none."""
    words = _words(run)
    if any(w.lower() in ACRONYM_SKIPS for w in words):
        return []
    return [" ".join(words[:end]) for end in range(2, len(words) + 1)]


def _initials(name: str) -> str:
    words = [w for w in _words(name) if w.lower() not in ACRONYM_SKIPS]
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[0].isupper() for w in words) else ""


def is_suffix(short: str, long: str) -> bool:
    a, b = _words(short.lower()), _words(long.lower())
    return 0 < len(a) <= len(b) and b[-len(a):] == a


PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "in", "on", "to", "by", "near", "inside"})


def _ends_in_a_modifier(short: str, long: str) -> bool:
    """Whether ``short`` ends ``long`` only as the object of a preposition: "the agency"
    in "senior official at the agency" is where the official works, not who speaks."""
    before = _words(long.lower())[:-len(_words(short.lower()))]
    while before and before[-1] in ("the", "a", "an", "its", "their"):
        before.pop()
    return bool(before) and before[-1] in PREPOSITIONS


class EntityRegistry:
    """Collects the article's entities as the extractor meets them, in text order."""

    def __init__(self, names: list[str], generic_nouns: frozenset[str] = frozenset(),
                 role_words: frozenset[str] = frozenset(), epithets: frozenset[str] = frozenset(),
                 quoted_sentences: frozenset[int] = frozenset(),
                 gendered_nouns: dict[str, frozenset[str]] | None = None,
                 given_names: dict[str, frozenset[str]] | None = None,
                 text_sources: frozenset[str] = frozenset(), institutions: frozenset[str] = frozenset(),
                 affiliations: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
                 given_names_alone: dict[str, str] | None = None, any_body_nouns: frozenset[str] = frozenset(),
                 relation_nouns: frozenset[str] = frozenset(),
                 role_kinds: dict[str, frozenset[str]] | None = None,
                 membership_body_nouns: frozenset[str] = frozenset(),
                 abbreviated_roles: dict[str, str] | None = None,
                 organization_heads: frozenset[str] = frozenset(), capitalised: list[str] | None = None,
                 occupations: frozenset[str] = frozenset()):
        # every proper name of the article, for surname -> full name
        self._names = names
        # and every run of capitalised words, for an organization's short name -> its
        # name in full, which may stand where no name is looked for ("Calloway
        # Therapeutics Chief Executive Graham Pettibone")
        self._capitalised = capitalised or []
        self._organization_heads = organization_heads
        self._given_names_alone = given_names_alone or {}
        self._affiliations = affiliations
        self._places = places
        self._text_sources = text_sources
        # unnamed sources brought in as someone already known ("said the MP for Wexcombe"):
        # a description of a person the story has met, not one an age can rename
        self._known_unnamed: set[int] = set()
        self._institutions = institutions
        self._generic_nouns = generic_nouns
        self._any_body_nouns = any_body_nouns
        self._membership_body_nouns = membership_body_nouns
        # "Her brother, Sami": a name given for a relative is a person's, however short
        self._relation_nouns = relation_nouns
        self._role_words = role_words
        self._role_kinds = role_kinds or {}
        self._abbreviated_roles = abbreviated_roles or {}
        self._epithets = epithets
        self._occupations = occupations
        self._quoted = quoted_sentences
        self._gender_by_noun = {noun: gender for gender, nouns in (gendered_nouns or {}).items() for noun in nouns}
        self._gender_by_given_name = {name: gender for gender, names in (given_names or {}).items() for name in names}
        self._entities: dict[str, Entity] = {}
        self._mentions: list[Mention] = []

    def full_name(self, name: str, given: bool = False, gender: str | None = None) -> str:
        """The longest name of the article that ends with ``name``, or that
        begins with it when ``name`` is a given name (``Sir Geoffrey``); of a
        person of ``gender`` when an honorific says it ("Mrs Dunleavy" is Denise
        Dunleavy, not her son Kieran)."""
        def fit(candidate: str) -> tuple[int, bool]:
            # (a name of the honorific's gender before one whose gender is unknown)
            return len(_words(candidate)), gender is not None and self.gender_of_name(candidate) == gender

        best = name
        for candidate in self._names:
            matches = _words(candidate)[:1] == _words(name) if given else is_suffix(name, candidate)
            if matches and gender is not None and self.gender_of_name(candidate) not in (None, gender):
                continue
            if matches and fit(candidate) > fit(best):
                best = candidate
        return best

    def organization_in_full(self, name: str) -> str:
        """The article's full name of an organization it names by an acronym it has
        spelt out (``DMT`` for ``Drevna Metropolitan Transit (DMT)``) or by the first
        word of a firm's name (``Calloway`` for ``Calloway Therapeutics``), however
        it was mentioned there (as a modifier, never as a source), or by all of a firm's name
        but its last word (``Kestrel Peaks`` for ``Kestrel Peaks Expeditions``); else ``name``."""
        if len(_words(name)) != 1:
            # ("Kestrel Peaks" for "Kestrel Peaks Expeditions": a firm's name less its last
            # word, the word that says what kind of firm it is; but not a person's name,
            # "Harlan Webb" of "Harlan Webb Homes")
            words = _words(name)
            if words[0].lower() in self._gender_by_given_name:
                return name
            fits = {n for run in self._capitalised for n in _firm_names(run)
                    if _words(n)[:-1] == words and _words(n.lower())[-1] in self._organization_heads}
            return fits.pop() if len(fits) == 1 else name
        if name.isupper() and 2 <= len(name) <= 6:
            fits = {n for n in self._capitalised if _initials(n) == name}
        elif not any(is_suffix(name, n) and len(_words(n)) > 1 for n in self._names):
            # (not a person's surname: "Ambrose" for "Theo Ambrose")
            fits = {n for run in self._capitalised for n in _firm_names(run)
                    if _is_short_form(name, n, self._institutions) and _words(n.lower())[-1] in self._organization_heads}
        else:
            fits = set()
        if not fits and name.lower() in self._organization_heads | self._institutions:
            # ("the federal Department of Marine Resources", its name cut at "of" as the
            # mention of a "Department")
            fits = {run for run in self._capitalised if run.startswith(f"{name} of ")}
        # (two bodies of that name, "Skyrail Airways" and "Skyrail Pilots Association":
        # the short one does not say which)
        return fits.pop() if len(fits) == 1 else name

    def entity(self, name: str, kind: str, plural: bool = False) -> Entity:
        if kind == "organization":
            name = self.organization_in_full(name)
        key = name.lower()
        for existing_key, existing in self._entities.items():
            # ("Members of the Amalgamated Vehicle Workers’ Union" are people, not their union;
            # "A former aide to ex-Mayor Curtis Dunmore" is not Dunmore)
            described = existing.kind == "unnamed" and kind != "unnamed"
            if existing_key == key or is_suffix(key, existing_key) and not described:
                return existing
            if kind == "organization" and existing.kind == "organization" \
                    and _is_short_form(key, existing_key, self._institutions):
                return existing
            if same_by_demonym(key, existing_key):
                # the name is the demonym form; "Israel's military" only describes it
                if "'s" in _words(existing_key.replace("’", "'"))[0] and "'s" not in key.replace("’", "'"):
                    del self._entities[existing_key]
                    existing.name = name
                    self._entities[key] = existing
                return existing
        if kind == "organization":
            # "Brightwell and Ostara agree ..." in the headline, "Brightwell Foods" in the text:
            # the short form met first is the same organization, named in full from now on
            short = next((k for k, e in self._entities.items() if e.kind == "organization"
                          and _is_short_form(k, key, self._institutions)), None)
            if short is not None:
                existing = self._entities.pop(short)
                existing.name = name
                self._entities[key] = existing
                return existing
        entity = Entity(name, kind, plural=plural)
        if kind == "person":
            entity.gender = self.gender_of_name(name)
        self._entities[key] = entity
        return entity

    def known_organization(self, name: str) -> Entity | None:
        """The organization met before that ``name`` names in full or by its short
        form (``Gulfline`` for ``Gulfline Power``)."""
        key = name.lower()
        return next((e for k, e in self._entities.items() if e.kind == "organization"
                     and (k == key or _is_short_form(key, k, self._institutions))), None)

    def gender_of_name(self, name: str) -> str | None:
        """The gender a full name's given name says, if it says one (not of "Katz" alone)."""
        words = _words(name)
        if len(words) < 2:
            return None
        given = words[0].lower()
        # (a given name the lexicon lacks that ends in -a is, in most languages that name
        # people so, a woman's: Rada, Ilona, Marta; the male ones are listed)
        return self._gender_by_given_name.get(given) or ("female" if given.endswith("a") and len(given) > 2 else None)

    def note(self, entity: Entity, sentence: int, offset: int, *, subject: bool, source: bool) -> None:
        self._mentions.append(Mention(entity, sentence, offset, subject, source))

    def mentioned_before(self, entity: Entity, offset: int) -> bool:
        """Whether the article has referred to ``entity`` before ``offset``."""
        return any(m.entity is entity and m.offset < offset for m in self._mentions)

    def resolve(self, phrase: SourcePhrase, sentence: int, offset: int,
                excluded: frozenset[int] = frozenset()) -> Entity | None:
        """The entity a source phrase refers to (``None`` when it cannot be told);
        a pronoun or description never refers to an entity whose id is ``excluded``."""
        if phrase.pronoun:
            return self._antecedent(phrase.pronoun, sentence, offset, excluded=excluded)
        if phrase.name is not None and self._is_epithet(phrase) and phrase.name.text == phrase.head.text \
                and not (phrase.head.lower in self._occupations and phrase.head.text[:1].isupper()):
            # "the Norwegian": a demonym the tagger took for a name (but "the keeper,
            # Tobias Lund" is named in apposition; and "the Courier", a trade written with a
            # capital, is a newspaper's name)
            return self._description(phrase, sentence, offset, excluded)
        if phrase.name is not None:
            # knights and dames go by their given name: "Sir Geoffrey" is Geoffrey Pellew
            given = phrase.honorific in GIVEN_NAME_HONORIFICS and len(_words(phrase.name.text)) == 1
            name = self.full_name(phrase.name.text, given,
                                  _gender_of(phrase.honorific) if phrase.honorific else None)
            if name == phrase.name.text:
                named = self._person_by_given_name(name)
                if named is not None:
                    name = named.name
            kind = phrase.kind
            firm = self._entities.get(self.organization_in_full(name).lower())
            if kind == "person" and phrase.title is None and phrase.honorific is None and firm is not None \
                    and firm.kind == "organization" and name.lower() not in self._entities:
                # ("... run by Kestrel Peaks Expeditions. / Kestrel Peaks denied": a firm the
                # story has named in full, named short, not a person; but "Harlan Webb, who
                # founded Harlan Webb Homes" is met as a person first)
                kind = "organization"
            known = self._entities.get(name.lower())
            if kind == "organization" and len(_words(name)) > len(_words(phrase.name.text)) \
                    and (known is None or known.kind == "person"):
                kind = "person"  # "Katz" turned out to be "Israel Katz" (but "Rovers" is "Ashcombe Rovers")
            elif kind == "person" and phrase.title is None and phrase.honorific is None \
                    and (len(_words(name)) == 1 or name.lower() in self._affiliations) \
                    and phrase.head.lemma.lower() not in self._relation_nouns:
                # news names a person in full at least once; a lone name never
                # given in full is a group or a place ("Hezbollah", "Israel"); so is a
                # name the article puts before someone's role ("Kestrel Bay captain Ben
                # Achterberg")
                kind = "organization"
            # (a common noun taken for a name has a number to trust, "the abstaining MPs"; a
            # name has none, "Briggs", "Dolores Fenwick", nor does a role before a list of
            # names, "The foreign ministers of ..., Marek Dobrev of Ostrana, ...")
            plural = phrase.plural and kind == "person" and phrase.head.upos != "PROPN" \
                and phrase.name.start <= phrase.head.start < phrase.name.end
            entity = self.entity(name, kind, plural=plural)
            if phrase.kind == "organization" and entity.kind == "person" and not entity.titles \
                    and entity.gender is None and not entity.ages:
                # "Brightwell Home says ..." in the headline looked like a person's name;
                # "Homewares retailer Brightwell Home" says what it is
                entity.kind = "organization"
            if kind == "person" and entity.kind != "person":
                entity.kind = "person"
                entity.gender = entity.gender or self.gender_of_name(entity.name)
            if phrase.honorific and entity.gender is None:
                entity.gender = _gender_of(phrase.honorific)
            return entity
        owner = POSSESSIVE_GENDERS.get((_words(phrase.mention.text.lower()) or [""])[0])
        if owner is not None and (phrase.kind == "organization" or phrase.plural and phrase.kind == "unnamed") \
                and len(_words(phrase.description)) == 2:
            # "Her office denied ...": the office of the person named last whom "her" fits
            # (an office has a named holder, not an unnamed source); so "Her allies" are
            # that person's allies
            person = next((m.entity for m in reversed(self._mentions) if m.offset < offset
                           and m.entity.kind == "person" and m.entity.gender in (None, owner)
                           and self.distance(sentence, m.sentence) <= PRONOUN_WINDOW
                           and id(m.entity) not in excluded), None)
            if person is not None:
                return self.entity(f"{person.name}'s {_words(phrase.description)[-1]}", phrase.kind, phrase.plural)
        possessive = (_words(phrase.mention.text.lower()) or [""])[0]
        if possessive == "its" and phrase.kind == "unnamed" and not phrase.plural \
                and phrase.head.lemma.lower() in self._role_words:
            # "The authority's threshold ...; its chief scientist told MPs": the one who
            # holds that role at the body "its" refers to
            body = self._antecedent("neuter", sentence, offset, excluded=excluded)
            if body is not None and body.kind == "organization":
                role = " ".join(_words(phrase.description)[1:] if _words(phrase.description.lower())[:1] == ["its"]
                                else _words(phrase.description))
                return self.entity(f"{body.name}'s {role}", "unnamed")
        if possessive in TEXT_OWNERS and phrase.head.lemma.lower() in self._text_sources and phrase.name is None:
            # "according to its petition", "in her letter": a text of their own is its
            # author speaking
            author = self._antecedent(TEXT_OWNERS[possessive], sentence, offset, excluded=excluded)
            if author is not None:
                return author
        return self._description(phrase, sentence, offset, excluded)

    def _person_by_given_name(self, word: str) -> Entity | None:
        """"Carys says": the person named in full before whose given name it is (not
        "Quillon" for the firm Quillon Systems)."""
        full = self._given_names_alone.get(word.lower())
        named = self._entities.get(full.lower()) if full else None
        return named if named is not None and named.kind == "person" else None

    def organizations_meant(self, phrase: SourcePhrase, sentence: int, offset: int) -> list[Entity]:
        """``the two companies``, ``both companies``: the organizations named last
        (as many as the number says, else two), when a plural noun that refers back
        to organizations is definite."""
        words = _words(phrase.mention.text.lower())
        if not phrase.plural or not words or words[0] not in ("the", "both") \
                or phrase.head.lemma.lower() not in self._generic_nouns:
            return []
        count = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), 2)
        named: list[Entity] = []
        for mention in reversed(self._mentions):
            if mention.offset < offset and mention.entity.kind == "organization" and not mention.entity.plural \
                    and self.distance(sentence, mention.sentence) <= DESCRIPTION_WINDOW \
                    and all(mention.entity is not e for e in named):
                named.append(mention.entity)
            if len(named) == count:
                return named[::-1]
        return []

    def _description(self, phrase: SourcePhrase, sentence: int, offset: int,
                     excluded: frozenset[int] = frozenset()) -> Entity:
        if self._partitive_of_pronoun(phrase):
            # "One of them said": one member of the group "them" refers to
            group = self._antecedent("plural", sentence, offset, same_sentence=False, excluded=excluded)
            if group is not None:
                return group
        if phrase.description.lower() in ELLIPTICAL_SOURCES:
            # "One trustee said ... Another said": one more of the people just described
            described = next((m.entity for m in reversed(self._mentions) if m.offset < offset
                              and m.entity.kind == "unnamed" and not m.entity.plural), None)
            if described is not None:
                return self.entity(described.name, "unnamed")
        description = _one_member(_strip_determiner(phrase.description))
        if phrase.description.lower() in GROUP_QUANTIFIERS:
            # "Fans flooded the comments. Many asked ...; others vowed ...": some of the
            # group just named, as "they" would be
            group = self._antecedent("plural", sentence, offset, excluded=excluded)
            if group is not None and group.kind == "unnamed" and group.plural:
                return group
        if description.lower() in ("former", "latter") and phrase.mention.text.lower().startswith("the "):
            pair = self._last_pair(sentence, excluded)
            if pair is not None:
                return pair[0] if description.lower() == "former" else pair[1]
        head = phrase.head.lemma.lower()   # ("The MSP for ...": a role written in capitals)
        if phrase.mention.text == phrase.head.text and phrase.head.text.istitle():
            # a given name the tagger took for a common noun
            named = self._person_by_given_name(phrase.head.text)
            if named is not None:
                return named
        definite = phrase.mention.text.lower().startswith("the ")
        # "A senior Western diplomat said", "One rival coach argues": an indefinite
        # description brings in someone new
        indefinite = _words(phrase.mention.text.lower())[:1] in (["a"], ["an"], ["another"], ["one"])
        if not phrase.plural:
            # (a role of the kind the word names only when no one holds the role itself:
            # "the chief executive" is not the union's president named since)
            of_the_kind = None
            # ("The Orlesian minister" is not "Tarvanian Prime Minister Oskar Lind")
            # (only the words before the role: "The MSP for Kilmorven" is Local MSP Crombie)
            before_head = _words(phrase.description)
            before_head = before_head[:before_head.index(phrase.head.text)] \
                if phrase.head.text in before_head else before_head[:-1]
            origins = [w for w in before_head if w[:1].isupper()]
            for mention in reversed(self._mentions):
                entity = mention.entity
                if origins and entity.kind == "person" and entity.titles and not all(
                        any(_same_stem(o.lower(), w) for t in entity.titles for w in _words(t.lower()))
                        for o in origins):
                    continue
                if of_the_kind is None and phrase.kind == "unnamed" and not indefinite and entity.kind == "person" \
                        and head in self._role_words and any(w in self._role_kinds.get(head, ()) for t in entity.titles
                                                             for w in _words(t.lower())):
                    of_the_kind = entity
                # "the minister": a role word refers to the person holding that role;
                # "the spokesperson": the unnamed source described more fully before
                if is_suffix(description, entity.name) and not _ends_in_a_modifier(description, entity.name) or (
                        phrase.kind == "unnamed" and not indefinite and entity.kind == "person"
                        and (head in self._role_words
                             and any(self._abbreviated_roles.get(w.rstrip("."), w) == head for t in entity.titles
                                     for w in _words(t.lower()))
                             # (a role given as a verb is a role, whether or not it is a title:
                             # "who bought the club in 2013 ... the owner added")
                             or head in entity.roles)) or (
                        # "Ruth Mallory, a fiddler ... / The fiddler insists": the role the
                        # article gave a person, whether or not the lexicon knows it
                        phrase.kind == "unnamed" and definite and entity.kind == "person"
                        and _words(description.lower()) == [head.lower()]
                        and any(_title_head(t) == head.lower() for t in entity.titles)) or (
                        # ("Vice-chancellor Professor Helen Marchetti ... the vice-chancellor"; "was
                        # elected mayor ... the mayor-elect": a role written solid with a hyphen)
                        phrase.kind == "unnamed" and definite and entity.kind == "person"
                        and "-" in description and (
                            description.lower().removesuffix("-elect") in entity.roles
                            if description.lower().endswith("-elect")
                            else any(description.lower() in _words(t.lower()) for t in entity.titles))) or (
                        # (its head word near the start: "the club" is no "young pianist
                        # leaving flowers outside the club")
                        # (nor is "the ministry" the "senior finance ministry official": the
                        # word is only a modifier there of the role that follows it)
                        definite and entity.kind == "unnamed" and not entity.plural
                        and _within(description, entity.name) and head.lower() in _words(entity.name.lower())[:3]
                        and not self._modifies_a_role(head.lower(), entity.name)):
                    return entity
            if of_the_kind is not None:
                return of_the_kind
            # "Ruth Calloway, an entomologist at Kingsbridge University ... The Kingsbridge
            # professor added": the one person whose role names the place or body the
            # description opens with, whatever the role word
            if definite and phrase.kind == "unnamed" and origins \
                    and (head in self._role_words or head in self._epithets):
                affiliated = {id(m.entity): m.entity for m in self._mentions if m.offset < offset
                              and m.entity.kind == "person" and all(
                                  any(_same_stem(o.lower(), w) for t in m.entity.titles for w in _words(t.lower()))
                                  for o in origins)}
                if len(affiliated) == 1:
                    return next(iter(affiliated.values()))
        gender = self._gender_by_noun.get(head.lower())
        if definite and not phrase.plural and gender is not None:
            # "A neighbour said ... “...,” the woman said": like "she", it refers back
            # to a person, named or not
            person = self._antecedent(gender, sentence, offset, same_sentence=False, excluded=excluded)
            if person is not None:
                return person
        if definite and description.lower() in self._generic_nouns:
            # "the group" names no one: like "it", it refers back to a named organization
            business = description.lower() not in self._any_body_nouns
            named = self._salient_organization(sentence, offset, business=business,
                                               public=description.lower() in PUBLIC_BODY_NOUNS,
                                               bodies_only=description.lower() in self._membership_body_nouns)
            if named is not None:
                return named
        if definite and not phrase.plural and phrase.name is None \
                and (phrase.kind == "organization" or head.lower() in self._generic_nouns):
            # "the safety agency": the organization named before whose name holds
            # the description's other words ("National Vehicle Safety Administration")
            # (but "the airport operator" is not the airport it operates)
            modifiers = _words(description.lower())[:-1]
            named = next((m.entity for m in reversed(self._mentions) if m.offset < offset
                          and m.entity.kind == "organization" and modifiers
                          and _within(" ".join(modifiers), m.entity.name)
                          and _words(m.entity.name.lower())[-1:] != modifiers[-1:]), None)
            if named is not None:
                return named
        age = AGE_EPITHET.search(phrase.mention.text) if definite else None
        if age is not None:
            # "Adrian Vetch, 54, ... the 54-year-old replied": the person of that age
            aged = next((m.entity for m in reversed(self._mentions) if m.offset < offset
                         and int(age.group(1)) in m.entity.ages and id(m.entity) not in excluded), None)
            if aged is not None:
                return aged
            # (no one of that age named: the person last seen, named or described, but not
            # one of another age: "the 67-year-old snapped ... / The 49-year-old said")
            other_ages = frozenset(id(m.entity) for m in self._mentions
                                   if m.entity.ages and int(age.group(1)) not in m.entity.ages)
            someone = self._antecedent(AGED_PERSON, sentence, offset, same_sentence=False,
                                       excluded=excluded, skipped=other_ages)
            if someone is not None:
                someone.ages.add(int(age.group(1)))
                return someone
        if self._is_epithet(phrase):
            # "the Norwegian said": like "he", it refers back to the last person named
            named = self._antecedent(ANY_PERSON, sentence, offset, same_sentence=False, excluded=excluded)
            if named is not None:
                return named
        if definite and phrase.kind == "organization" and len(_words(description)) == 1:
            # "the university": the one body the article names with that word, wherever
            # it named it ("director of maritime archaeology at the University of Castelmare")
            body = self._body_named_by(description)
            if body is not None:
                return self.entity(body, "organization")
        described = self.entity(description, phrase.kind, phrase.plural)
        if definite and phrase.kind == "unnamed":
            self._known_unnamed.add(id(described))
        return described

    def _body_named_by(self, noun: str) -> str | None:
        noun = noun.lower()
        if noun not in self._organization_heads:
            return None
        bodies = {run for run in self._capitalised if len(_words(run)) > 1
                  and noun in (_words(run.lower())[0], _words(run.lower())[-1])}
        return bodies.pop() if len(bodies) == 1 else None

    def _last_pair(self, sentence: int, excluded: frozenset[int]) -> tuple[Entity, Entity] | None:
        """What "the former" and "the latter" choose between: the first and the last
        of the people or bodies named in the last sentence before this one that
        names more than one."""
        by_sentence: dict[int, list[Entity]] = {}
        for mention in self._mentions:
            named = by_sentence.setdefault(mention.sentence, [])
            if mention.sentence < sentence and mention.entity.kind in ("person", "organization") \
                    and id(mention.entity) not in excluded and all(e is not mention.entity for e in named):
                named.append(mention.entity)
        # (people rather than the bodies they speak for: "Marta Quill of Ferris Bank and
        # Julian Soto of Castria Capital"; nor the outlet the former spoke to: "The former
        # told the Harwick Echo ... The latter was less forgiving")
        people = {i: [e for e in named if e.kind == "person"] for i, named in by_sentence.items()}
        latest = max((i for i, named in people.items() if len(named) > 1), default=None)
        if latest is not None:
            return people[latest][0], people[latest][-1]
        latest = max((i for i, named in by_sentence.items() if len(named) > 1), default=None)
        return None if latest is None else (by_sentence[latest][0], by_sentence[latest][-1])

    @staticmethod
    def _partitive_of_pronoun(phrase: SourcePhrase) -> bool:
        """``one of them``, ``two of them``: a number or quantifier whose phrase ends
        in *of* and a plural pronoun."""
        words = _words(phrase.description.lower())
        return len(words) == 3 and words[1] == "of" and words[2] in ("them", "those") \
            and (phrase.head.upos == "NUM" or words[0] in ("some", "several", "both", "each", "many"))

    def distance(self, later: int, earlier: int) -> int:
        """Sentences from ``earlier`` to ``later``, not counting those wholly
        inside quotation marks."""
        return sum(1 for i in range(earlier + 1, later + 1) if i not in self._quoted)

    def _salient_organization(self, sentence: int, offset: int, business: bool = False,
                              bodies_only: bool = False, public: bool = False) -> Entity | None:
        """What "the company" refers to: of the organizations named in the
        sentences before, or as a subject in its own ("Hezbollah confirmed ...,
        but the group said"; not "In a filing with the agency, the company
        said"), the one the article has named most often so far, the latest on
        a tie (a mention as a source counts twice); a story's company is named
        again and again, the agencies and outlets around it once."""
        # (a place is named like one, "the Tamsin River", but never said anything)
        # (and "the airline" is no ministry: a business noun never means a state body)
        recent = [m for m in self._mentions if m.offset < offset and m.entity.kind == "organization"
                  and (_words(m.entity.name.lower()) or [""])[-1] not in self._places
                  and not (business and (_words(m.entity.name.lower()) or [""])[-1] in self._institutions)
                  and self.distance(sentence, m.sentence) <= DESCRIPTION_WINDOW
                  and (m.sentence < sentence or m.subject)]
        if bodies_only:
            recent = [m for m in recent if self._is_body(m.entity)]
        if public:
            # ("the regulator said" after the drugmaker spoke: the state body, "Medicines
            # Safety Authority", not the company it regulates)
            recent = [m for m in recent if (_words(m.entity.name.lower()) or [""])[-1] in self._institutions] or recent
        if not recent:
            return None
        # an organization that spoke in this sentence or the one before is the one meant
        # ("Brightwell said it expected ... The company said ...")
        speaking = [m for m in recent if m.source and self.distance(sentence, m.sentence) <= 1]
        if speaking:
            return speaking[-1].entity
        if not business:
            # "the union" is rather the "Association of Rail Operatives" than "Northline"
            bodies = [m for m in recent if self._is_body(m.entity)]
            recent = bodies or recent
        counts: dict[int, int] = {}
        for mention in self._mentions:
            if mention.offset < offset:
                # a source or subject counts double: the story's organization speaks or
                # acts in it, the places and outlets around it are only named ("at
                # Heathwell Airport", "second from bottom of the Northern League")
                counts[id(mention.entity)] = counts.get(id(mention.entity), 0) \
                    + (2 if mention.source or mention.subject else 1)
        return max(reversed(recent), key=lambda m: counts[id(m.entity)]).entity

    def _modifies_a_role(self, word: str, name: str) -> bool:
        words = _words(name.lower())
        following = words[words.index(word) + 1:words.index(word) + 2] if word in words else []
        return bool(following) and following[0] in self._role_words

    def _is_body(self, entity: Entity) -> bool:
        """Named or described as a body ("Marrowby Renters Together, the city's tenants' union")."""
        return bool(entity.bodies or set(_words(entity.name.lower())) & self._any_body_nouns)

    def _is_epithet(self, phrase: SourcePhrase) -> bool:
        """``the veteran``, ``the Norwegian``, ``the 34-year-old`` (``lock``): words that
        describe a person already named rather than introduce a source."""
        head = phrase.head
        return phrase.mention.text.lower().startswith("the ") and not phrase.plural and (
            head.lemma.lower() in self._epithets or head.lower in self._epithets
            or AGE_EPITHET.search(phrase.mention.text) is not None and head.upos != "PROPN"
            or RANKING.search(phrase.mention.text) is not None)

    def _antecedent(self, pronoun: str, sentence: int, offset: int, *, window: int = PRONOUN_WINDOW,
                    same_sentence: bool = True, excluded: frozenset[int] = frozenset(),
                    skipped: frozenset[int] = frozenset()) -> Entity | None:
        """The entity a pronoun (or a person-class description) refers to; ``excluded``
        entities are those the sentence rules out (who asked the question), ``skipped``
        ones those the description cannot fit (a person of another age)."""
        def compatible(entity: Entity) -> bool:
            if pronoun == ANY_PERSON:
                return entity.kind == "person"
            # "One volunteer said ... “...,” she said": a singular unnamed source is a
            # person, unless it is a text ("a 2022 inspection report had described ...")
            person = entity.kind == "person" or entity.kind == "unnamed" and not entity.plural \
                and _noun_before_modifiers(entity.name) not in self._text_sources
            if pronoun == AGED_PERSON:
                return person
            if pronoun in PERSON_PRONOUNS:
                # ("Asked whether the abstaining MPs would ..., he said": not the MPs)
                return person and entity.gender in (None, pronoun) and not entity.plural
            if pronoun == "neuter":
                # "The audit stated that ... Its conclusion was blunt": a text is an "it" too
                return entity.kind == "organization" or entity.kind == "unnamed" and not entity.plural \
                    and _noun_before_modifiers(entity.name) in self._text_sources
            return entity.kind in ("organization", "unnamed")

        candidates = [m for m in self._mentions
                      if m.offset < offset and self.distance(sentence, m.sentence) <= window and compatible(m.entity)
                      and (same_sentence or m.sentence < sentence) and id(m.entity) not in excluded
                      and id(m.entity) not in skipped]
        if not candidates:
            return None
        if pronoun == AGED_PERSON and any(m.entity.kind == "person" for m in candidates):
            # ("Asked by Oliver Strang ... / ‘...’ said the MP for Wexcombe. / The 54-year-old
            # denied ...": an age renames a person the story has named, before a role it
            # gave someone with the definite article)
            candidates = [m for m in candidates if id(m.entity) not in self._known_unnamed]
        if pronoun in (ANY_PERSON, AGED_PERSON) and not excluded:
            # "the chef says": an epithet renames the person the story is about, last
            # seen as a subject, not one named in passing ("according to its manager,
            # Tomas Reyes"); but one who answers a question was the one asked ("Keel
            # pressed Solis ... “Why now?” he asked. / “...,” the 44-year-old replied")
            candidates = [m for m in candidates if m.subject] or candidates
        # the nearest sentence with a compatible mention; in it, a source or
        # subject wins over a more recent object
        nearest = max(m.sentence for m in candidates)
        candidates = [m for m in candidates if m.sentence == nearest]
        preferred = [m for m in candidates if m.source or m.subject]
        chosen = (preferred or candidates)[-1]
        if pronoun in PERSON_PRONOUNS and chosen.entity.gender is None:
            chosen.entity.gender = pronoun
        return chosen.entity


def _noun_before_modifiers(description: str) -> str:
    """The head noun of an unnamed description, before what modifies it after:
    ``transcript`` of "transcript of a call with analysts"."""
    words = _words(description.lower())
    cut = next((i for i, w in enumerate(words) if w in POSTMODIFIER_OPENERS), len(words))
    return words[cut - 1] if cut > 0 else ""


# words that open what follows a noun and modifies it ("report by ...", "letter to ...")
POSTMODIFIER_OPENERS = frozenset({"of", "from", "by", "with", "to", "at", "in", "on", "for", "released", "published",
                                  "issued", "filed", "seen", "obtained", "signed", "sent", "that", "which"})


def _gender_of(honorific: str) -> str | None:
    from quotes.lexicon import load_lexicon

    lexicon = load_lexicon()
    if honorific in lexicon.male_honorifics:
        return "male"
    if honorific in lexicon.female_honorifics:
        return "female"
    return None


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "one", "this", "that", "these", "those"):
        words = words[1:]
    return " ".join(words) or text


def _one_member(description: str) -> str:
    """"one of their surveyors" -> "surveyor": one member of a group is named by the
    group's noun in the singular, as "woman" is for "one woman"."""
    words = description.split()
    if len(words) < 3 or words[0].lower() != "of":
        return description
    words = words[1:]
    if words[0].lower() in ("the", "their", "its", "his", "her", "our", "my", "your"):
        words = words[1:]
    # (and the possessor: "one of the company's engineers")
    possessor = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    if possessor is not None:
        words = words[possessor + 1:]
    if not words:
        return description
    return " ".join(words[:-1] + [_singular(words[-1])])


def _singular(noun: str) -> str:
    if noun.lower() in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun.lower()]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child"}


# --- collecting and resolving an article's sources ------------------------------------

def article_names(doc: Document, lexicon: Lexicon) -> list[str]:
    """Every proper name of the article (for surname -> full name)."""
    names = []
    headline = headline_end(doc.text)
    body_words = set(re.findall(r"\b[a-z][a-z-]*\b", doc.text[headline:]))
    for sentence in doc.sentences:
        for word in sentence.words:
            head = sentence.head_of(word)
            # a name continues another name word, or heads a run hung on a common noun
            # ("fourth seed Dmytro Kovalenko")
            continues = word.deprel.startswith(("flat", "compound")) and head is not None \
                and (head.upos == "PROPN" or head.index > word.index)
            if word.upos == "PROPN" and not continues:
                run = name_run(sentence, mention_words(sentence, word), word, lexicon)
                if run and run[0].start < headline:
                    run = _without_headline_capitals(run, body_words)
                if run:
                    names.append(doc.text[run[0].start:run[-1].end])
    return names


def capitalised_runs(doc: Document) -> list[str]:
    """Every run of capitalised words in the article's body, with the small words an
    organization's name holds between them ("Federation of Metro and Rail Workers");
    no run opens or ends on a small word ("The" opening a sentence is left out)."""
    runs = []
    headline = headline_end(doc.text)
    for sentence in doc.sentences:
        run: list[Word] = []
        for word in [*sentence.words, None]:
            if word is not None and word.start >= headline and (word.text[:1].isupper() and word.text.isalpha()
                                                                or run and word.lower in ACRONYM_SKIPS):
                run.append(word)
                continue
            while run and run[-1].lower in ACRONYM_SKIPS:
                run.pop()
            while run and run[0].lower in ACRONYM_SKIPS:
                run.pop(0)
            if run:
                runs.append(doc.text[run[0].start:run[-1].end])
            run = []
    return runs


def _without_headline_capitals(run: list[Word], body_words: set[str]) -> list[Word]:
    """A headline capitalises its first word, or all of them: a leading word the body
    writes in lower case is a common noun ("Qualifier Bastida stuns top seed" for the
    body's "Aurelio Bastida, a 19-year-old qualifier")."""
    while len(run) > 1 and run[0].text.lower() in body_words:
        run = run[1:]
    return run


def given_names_alone(doc: Document, names: list[str]) -> dict[str, str]:
    """``carys`` -> ``Carys Harrow``: a given name the article goes on to use alone for
    the person it first named in full (features call a relative by the given name to
    tell them apart from a namesake).  Only a word whose first appearance in the text
    opens that full name, and that opens no other name and ends none: "Israel" met
    first on its own is the country, not Foreign Minister Israel Katz."""
    full: dict[str, set[str]] = {}
    for name in names:
        words = _words(name)
        if len(words) > 1 and words[0][:1].isupper():
            full.setdefault(words[0].lower(), set()).add(name)
    surnames = {_words(name)[-1].lower() for name in names if len(_words(name)) > 1}
    out = {}
    for given, owners in full.items():
        if len(owners) != 1 or given in surnames:
            continue
        name = next(iter(owners))
        first_word = re.search(rf"\b{re.escape(_words(name)[0])}\b", doc.text)
        first_name = re.search(rf"\b{re.escape(name)}\b", doc.text)
        if first_word is not None and first_name is not None and first_word.start() == first_name.start():
            out[given] = name
    return out


def affiliations(doc: Document, lexicon: Lexicon) -> frozenset[str]:
    """The names the article puts right before a lower-case role word (``Kestrel Bay``
    in "Kestrel Bay captain Ben Achterberg", ``Labour`` in "Labour leader"): what a
    person's role is held in, a team, party or firm, not a person."""
    names = set()
    for sentence in doc.sentences:
        words = sentence.words
        for word in words[1:]:
            before = words[word.index - 1]
            if word.text.islower() and word.lower in lexicon.title_heads and before.upos == "PROPN":
                run = [before]
                while run[0].index > 0 and words[run[0].index - 1].upos == "PROPN":
                    run.insert(0, words[run[0].index - 1])
                run = [w for w in run if not lexicon.is_honorific(w.text)]
                if run:
                    names.add(doc.text[run[0].start:run[-1].end].lower())
    return frozenset(names)


def named_mentions(doc: Document, lexicon: Lexicon) -> list[tuple[int, int, SourcePhrase, bool]]:
    """Every named person/organization phrase, and every "he" or "she" subject of a
    main clause: ``(offset, sentence, phrase, is_main_subject)``; they serve as
    antecedents and carry titles."""
    out = []
    for sentence in doc.sentences:
        named: list[tuple[int, int]] = []   # the names found so far in the sentence
        # (a dateline's place names no one: "PORT ELLICE, May 6 (Tidewater News Service) -")
        for word in sentence.words[dateline_length(sentence):]:
            if any(start <= word.start and word.end <= end for start, end in named) \
                    and not word.base_deprel.startswith("nsubj"):
                # a word inside a name found before is no name of its own ("Principals" in
                # "the Association of Head Teachers and Principals"), unless it heads the subject
                continue
            if word.upos == "PRON" and lexicon.pronoun_class(word.text) in PERSON_PRONOUNS \
                    and _main_clause_subject(sentence, word):
                # "Okoye came on. He then scored before Fisk added a third.": the pronoun
                # keeps Okoye the centre of attention for a later "the 19-year-old"
                phrase = analyse(sentence, doc.text, word, [word], lexicon)
                out.append((word.start, sentence.index, phrase, True))
            # (a month or a weekday is no source: "starting March 3")
            elif word.upos in ("PROPN", "NOUN") and (not word.deprel.startswith(("flat", "compound"))
                                                      or _organization_modifier(sentence, word, lexicon)) \
                    and word.lemma.lower() not in lexicon.time_nouns and not _place_of_an_action(sentence, word) \
                    and not _interviewer(sentence, word, lexicon):
                modifier = _organization_modifier(sentence, word, lexicon)
                words = _modifier_name(sentence, word) if modifier else mention_words(sentence, word)
                phrase = analyse(sentence, doc.text, word, words, lexicon)
                if phrase.name is not None and phrase.kind in ("person", "organization"):
                    named.append((phrase.name.start, phrase.name.end))
                    if phrase.kind == "person" and phrase.title is None:
                        # "Marwick has been the orchestra's resident violin maker"
                        phrase = replace(phrase, title=predicate_role(sentence, doc.text, word, lexicon))
                    # a name opening the sentence is what it is about, whatever the parse
                    # ("Ventris Pharmaceuticals suspended production …, the company said")
                    opens = modifier and phrase.mention.start == next(
                        w.start for w in sentence.words if w.upos != "PUNCT")
                    # (so does one whose thing it is: "Kersley's “project” lasted just 11 months.
                    # The 49-year-old ... said")
                    about = _main_clause_subject(sentence, word) or phrase.kind == "person" \
                        and word.deprel == "nmod:poss" and _main_clause_subject(sentence, sentence.head_of(word))
                    out.append((word.start, sentence.index, phrase, opens or about))
                elif phrase.name is None and _main_clause_subject(sentence, word) and (
                        _introduces_someone(phrase, lexicon) or _is_a_group_of_people(sentence, phrase, lexicon)
                        or _renames_by_role(phrase, lexicon)):
                    # "A senior midwife ... described night shifts ... “...,” she said": a
                    # person brought in by description is what a pronoun then refers to
                    # (and a group what "they" refers to: "Several heads objected ..."; and "the
                    # 68-year-old director walked ..." gives the person it renames a role)
                    out.append((word.start, sentence.index, phrase, True))
    return out


def _interviewer(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """"In an interview with Court Weekly, she said": the outlet one talks *with* is
    who listens, no one a later "she" or "he" stands for."""
    noun = sentence.head_of(word)
    return noun is not None and noun.lemma in lexicon.conversation_nouns \
        and any(c.lower == "with" for c in sentence.prepositions_of(word))


def _place_of_an_action(sentence: Sentence, word: Word) -> bool:
    """``had travelled from Oldstead``, ``grew up in Brackley``: a one-word name where
    an action happens or comes from is a place, which no later "the union" or "the
    company" can mean."""
    head = sentence.head_of(word)
    return word.upos == "PROPN" and word.base_deprel == "obl" and head is not None and head.upos == "VERB" \
        and not sentence.children(word, "flat", "compound") \
        and any(c.lower in LOCATIVE_PREPOSITIONS for c in sentence.children(word, "case"))


# prepositions that place an action ("travelled from", "lives in"); not "at" or "to",
# which as often name an employer or an addressee ("worked at Fenwick", "wrote to Acme")
LOCATIVE_PREPOSITIONS = frozenset({"from", "in", "near", "into", "across", "through", "outside", "around"})


def _introduces_someone(phrase: SourcePhrase, lexicon: Lexicon) -> bool:
    """``a senior midwife``, ``one nurse``: an indefinite description of one person
    by role or as a person."""
    head = phrase.head.lemma.lower()
    return not phrase.plural and phrase.kind == "unnamed" \
        and _words(phrase.mention.text.lower())[:1] in (["a"], ["an"], ["one"], ["another"]) \
        and (head in lexicon.title_heads or head in lexicon.occupation_epithets or head in lexicon.person_nouns)


def _by_role_alone(phrase: SourcePhrase) -> bool:
    """``the chief executive``: a definite description of one person with no age in it
    (nor whose role it is: "The prime minister's spokesman declined to comment ... he
    said" is someone of his own)."""
    return not phrase.plural and phrase.mention.text.lower().startswith("the ") \
        and AGE_EPITHET.search(phrase.mention.text) is None \
        and not re.search(r"['’]s\b", phrase.mention.text)


def _renames_by_role(phrase: SourcePhrase, lexicon: Lexicon) -> bool:
    """``the 68-year-old director``, ``the chief executive``: a person already named,
    called by age and role, or by role alone."""
    head = phrase.head.lemma.lower()
    return not phrase.plural and phrase.mention.text.lower().startswith("the ") \
        and (head in lexicon.title_heads or head in lexicon.occupation_epithets)


def _is_a_group_of_people(sentence: Sentence, phrase: SourcePhrase, lexicon: Lexicon) -> bool:
    """``several heads``, ``dozens of former customers``: people described in the plural."""
    head = phrase.head
    if head.lemma.lower() in lexicon.quantity_nouns:
        head = next((c for c in sentence.children(head, "nmod") if any(
            m.lower == "of" for m in sentence.children(c, "case"))), head)
    noun = head.lemma.lower()
    return phrase.plural and phrase.kind == "unnamed" and head.upos == "NOUN" and (
        noun in lexicon.group_nouns or noun in lexicon.title_heads or noun in lexicon.occupation_epithets)


def _ages_of_unnamed_people(doc: Document, lexicon: Lexicon) -> dict[int, int]:
    """Sentence by sentence, the age of a person it introduces without a name (``A
    41-year-old man has been charged``)."""
    ages = {}
    for sentence in doc.sentences:
        found = INDEFINITE_AGE.search(doc.text[sentence.start:sentence.end])
        if found is not None and found.group(2).lower() in lexicon.person_nouns:
            ages[sentence.index] = int(found.group(1))
    return ages


def stated_ages(sentence: Sentence, head: Word) -> set[int]:
    """The age given beside a person's name: a number set off by commas or
    brackets (``Adrian Vetch, 54, of Kelsall``), or an *N-year-old* modifier
    (``54-year-old Adrian Vetch``, ``Dana Whitcombe, a 38-year-old schoolteacher``)."""
    ages = set()
    for child in sentence.children(head):
        before = sentence.words[child.index - 1] if child.index > 0 else None
        if child.upos == "NUM" and child.text.isdigit() and before is not None and before.text in (",", "(") \
                and 0 < int(child.text) < 120 and all(c.upos == "PUNCT" for c in sentence.children(child)):
            ages.add(int(child.text))
        elif child.index < head.index or child.base_deprel == "appos" and child.upos == "NOUN":
            # (or in a description in apposition: "Dana Whitcombe, a 38-year-old schoolteacher")
            words = sentence.subtree(child) if child.index < head.index else \
                [w for w in sentence.subtree(child) if w.index < child.index]
            age = AGE_EPITHET.search(" ".join(w.text for w in words).replace(" - ", "-"))
            if age is not None:
                ages.add(int(age.group(1)))
    return ages


def roles_given_besides_the_title(sentence: Sentence, head: Word, lexicon: Lexicon) -> set[str]:
    """``director`` for "Marcus Odell, who directs the county health department": the
    role noun of the verb of a relative clause on a name that says what the person does;
    ``mayor`` for "Nadia Brisebois was elected mayor": the role a person is given;
    ``leader`` for "Councillor Shona McAteer, leader of Strathdarroch Council": a role in
    apposition after a title before the name, which the title keeps from being the
    person's title ("the council leader said" refers back to her)."""
    roles = {lexicon.role_verbs[clause.lemma] for clause in sentence.children(head, "acl:relcl")
             if clause.lemma in lexicon.role_verbs
             and any(s.lower in ("who", "that") for s in sentence.children(clause, "nsubj"))}
    # ("Nadia Brisebois was elected mayor": the role the person was given)
    verb = sentence.head_of(head)
    if verb is not None and head.base_deprel == "nsubj" and head.deprel == "nsubj:pass" \
            and verb.lemma in lexicon.appointing_verbs:
        roles |= {c.lemma.lower() for c in sentence.children(verb, "obj", "xcomp")
                  if c.upos == "NOUN" and c.lemma.lower() in lexicon.title_heads}
    roles |= {a.lemma.lower() for a in sentence.children(head, "appos")
              if a.upos == "NOUN" and a.lemma.lower() in lexicon.title_heads}
    return roles


def _organization_modifier(sentence, word, lexicon: Lexicon) -> bool:
    """An organization's name modifying a common noun ("a Ventris Pharmaceuticals
    spokesman", or a subject the parser took for a modifier): a name ending in an
    organization's head word is a mention of that organization wherever it stands."""
    head = sentence.head_of(word)
    return word.upos == "PROPN" and word.base_deprel == "compound" and head is not None \
        and head.upos == "NOUN" and (word.lower in lexicon.organization_heads
                                     or word.lemma.lower() in lexicon.organization_heads)


def _modifier_name(sentence, word) -> list:
    """The proper nouns that modify the same noun as ``word`` and run up to it
    ("Northwind" and "Airways" in "Northwind Airways flights", both hung on *flights*)."""
    run = [word]
    while run[0].index > 0 and (before := sentence.words[run[0].index - 1]).upos == "PROPN" \
            and before.head in (word.head, word.index) and before.base_deprel in ("compound", "flat"):
        run.insert(0, before)
    return run


def _main_clause_subject(sentence, word) -> bool:
    """Whether ``word`` is the subject of the sentence's main clause (or of a clause
    coordinated with it), the most salient position: not of an adverbial,
    relative or complement clause ("before Aaron Fisk added a third")."""
    if word.base_deprel != "nsubj":
        return False
    verb = sentence.head_of(word)
    while verb is not None and verb.base_deprel == "conj":
        verb = sentence.head_of(verb)
    return verb is not None and verb.head < 0


def resolve_speakers(doc: Document, candidates: list["Candidate"], lexicon: Lexicon,
                     quoted: list[tuple[int, int]] = ()) -> list[list[Entity | None]]:
    """The entities of each candidate's sources, walking the article in text
    order so that a pronoun sees only what came before it.

    ``quoted`` holds the spans inside quotation marks: they are the speakers'
    words, not the story's, so names there are no antecedents ("“Residents
    have asked ...,” she said"), and sentences wholly inside them do not count
    towards how far back a pronoun may look."""
    def inside(start: int, end: int) -> bool:
        return any(q_start <= start and end <= q_end for q_start, q_end in quoted)

    def wholly_quoted(sentence) -> bool:
        words = [w for w in sentence.words if w.upos != "PUNCT"]
        return bool(words) and inside(words[0].start, words[-1].end)

    quoted_sentences = frozenset(s.index for s in doc.sentences if wholly_quoted(s))
    names = article_names(doc, lexicon)
    registry = EntityRegistry(names, lexicon.generic_organization_nouns,
                              lexicon.title_heads, lexicon.person_epithets | lexicon.demonyms,
                              quoted_sentences, lexicon.gendered_nouns, lexicon.given_names,
                              lexicon.text_sources, lexicon.institution_heads, affiliations(doc, lexicon),
                              lexicon.place_heads, given_names_alone(doc, names), lexicon.any_body_nouns,
                              lexicon.relation_nouns, lexicon.role_kinds, lexicon.membership_body_nouns,
                              lexicon.abbreviated_roles, lexicon.organization_heads, capitalised_runs(doc),
                              lexicon.occupation_epithets)
    events: list[tuple[int, int, object]] = []
    for offset, sentence, phrase, subject in named_mentions(doc, lexicon):
        if not inside(phrase.mention.start, phrase.mention.end):
            events.append((offset, 0, (sentence, phrase, subject)))
    for index, cand in enumerate(candidates):
        sources = cand.attribution.sources if cand.attribution else []
        events.append((sources[0].head.start if sources else cand.start, 1, index))
    events.sort(key=lambda e: (e[0], e[1]))

    by_attribution: dict[int, list[Entity | None]] = {}
    entities: list[list[Entity | None]] = [[] for _ in candidates]
    entity_at: dict[int, Entity] = {}   # named mentions by the offset of their head
    previous: tuple[Entity, SourcePhrase, int] | None = None   # the last attribution's first source
    first_sources: list[tuple[Entity, SourcePhrase, int]] = []   # every attribution's, in text order
    issuers: dict[str, Entity] = {}   # "statement": who last spoke "in a statement"
    unnamed_ages = _ages_of_unnamed_people(doc, lexicon)
    unnamed_roles: dict[int, str] = {}   # by sentence, the role of someone it brings in unnamed
    for offset, order, item in events:
        if order == 0:
            sentence, phrase, subject = item
            entity = registry.resolve(phrase, sentence, offset)
            if entity is not None and entity.kind == "unnamed" and _by_role_alone(phrase):
                # ("The governor took aim ...": a role that names no one known yet is
                # left to the pronouns that follow)
                entity = None
            if phrase.name is None and phrase.title is not None and _introduces_someone(phrase, lexicon):
                unnamed_roles[sentence] = phrase.title.text
            if entity is not None:
                if subject and entity.kind == "person" and not entity.titles and phrase.title is None \
                        and sentence - 1 in unnamed_roles and not registry.mentioned_before(entity, offset):
                    # "A High Court judge has ruled ... / Mr Justice Colm Ferris said": the lead
                    # gives the role, the next sentence the name (of someone not met before)
                    entity.add_title(unnamed_roles[sentence - 1])
                entity.add_title(phrase.title.text if phrase.title else None)
                if entity.kind == "organization":
                    described = [phrase.head, *appositions(doc.sentences[sentence], phrase.head)]
                    entity.bodies.update(w.lemma.lower() for w in described if w.lemma.lower() in lexicon.any_body_nouns)
                entity.ages.update(stated_ages(doc.sentences[sentence], phrase.head))
                entity.roles.update(roles_given_besides_the_title(doc.sentences[sentence], phrase.head, lexicon))
                if subject and entity.kind == "person" and not entity.ages and sentence - 1 in unnamed_ages:
                    # "A 41-year-old man has been charged ... / Curtis Benning was arrested":
                    # news introduces a person by description, then names them
                    entity.ages.add(unnamed_ages[sentence - 1])
                identified = _identified_person(doc.sentences[sentence], phrase.head, lexicon) \
                    if entity.kind == "person" else None
                if identified is not None:
                    # "“...,” one woman called out. She was later identified as Lorna Deveau":
                    # the one the article described is the person it names now
                    described = analyse(doc.sentences[sentence], doc.text, identified, [identified], lexicon)
                    earlier = registry.resolve(described, sentence, offset)
                    if earlier is not None and earlier.kind == "unnamed" and not earlier.plural:
                        _rename((earlier, described, sentence), entity, by_attribution, issuers)
                registry.note(entity, sentence, offset, subject=subject, source=False)
                entity_at[phrase.head.start] = entity
                if _words(phrase.mention.text.lower())[:1] == ["the"]:
                    # "One local firefighter ... described the afternoon: “...” / The firefighter,
                    # Eli Brandt, has spent 12 years ...": named without speaking
                    _rename(_named_after_role(first_sources, entity, phrase, sentence, registry, lexicon),
                            entity, by_attribution, issuers)
            continue
        attribution = candidates[item].attribution
        if attribution is None:
            continue
        if id(attribution) not in by_attribution:
            resolved = []
            sentence = attribution.cue.sentence.index
            last_speaker = previous[0] if previous is not None else None
            excluded = frozenset(id(e) for e in _askers(attribution.cue, entity_at, last_speaker, lexicon))
            # a report inside a quote is the speaker's story ("My father told me, ‘...’"):
            # its source is no antecedent for the story's next "he"
            told_in_quote = inside(attribution.cue.word.start, attribution.cue.word.end)
            # (nor is the source of a report inside another report: "argued that her client
            # had relied on an electrician who assured him ... / She claimed": she is still
            # the one who argued)
            nested = any(c.start <= attribution.cue.word.start < c.end and c.attribution is not attribution
                         for c in candidates)
            sharing = _sharing_a_surname(doc.sentences[sentence], attribution.sources)
            for phrase in attribution.sources:
                if id(phrase) in sharing:
                    # "Peter and Mavis Holroyd said": Peter Holroyd
                    entity = registry.entity(sharing[id(phrase)], "person")
                    registry.note(entity, sentence, offset, subject=True, source=True)
                    resolved.append(entity)
                    continue
                if told_in_quote:
                    # ("‘The last thing he told us was, “...”,’ said Zelinski": who says "he"
                    # inside a quote is not the one it means)
                    outer = _outer_speaker(candidates, attribution, by_attribution, registry, offset) \
                        if phrase.head.upos == "PRON" and phrase.head.lower not in FIRST_PERSON else None
                    storied = _someone_in_the_story(doc, phrase, attribution.cue, lexicon)
                    if storied is not None:
                        # ("“One woman was waiting outside ..., and the first thing she said was,
                        # ‘Is this going to give me cancer?’” Venn said": the one the story
                        # brought in just before)
                        resolved.append(registry.entity(storied, "unnamed"))
                        continue
                    if phrase.name is None and phrase.pronoun is None \
                            and phrase.head.lemma.lower() in lexicon.occupation_epithets:
                        # ("‘... the pharmacist said, “That’ll be $412.”’": someone in the
                        # speaker's story, not a person the article has quoted)
                        resolved.append(registry.entity(phrase.description, phrase.kind, phrase.plural))
                        continue
                    resolved.append(registry.resolve(phrase, sentence, offset,
                                                     excluded | {id(outer)} if outer is not None else excluded))
                    continue
                group = registry.organizations_meant(phrase, sentence, offset) \
                    or [registry.entity(name, "organization")
                        for name in _organizations_named_together(doc, phrase, sentence, lexicon)]
                if group:
                    for member in group:
                        registry.note(member, sentence, offset, subject=True, source=True)
                    resolved.extend(group)
                    continue
                entity = _issuer(phrase, issuers) or _one_of_the_people_before(doc, phrase, sentence, entity_at) \
                    or registry.resolve(phrase, sentence, offset, excluded)
                if entity is not None:
                    entity.add_title(phrase.title.text if phrase.title else None)
                    age = AGE_EPITHET.search(phrase.mention.text) if phrase.name is None else None
                    if age is not None and entity.kind == "person":
                        # ("the 67-year-old snapped": an age learnt from how the article refers
                        # to someone rules them out for another age later)
                        entity.ages.add(int(age.group(1)))
                    if entity.kind == "person":
                        # ("The 61-year-old, who bought the club in 2013, denied ...": a role the
                        # description's relative clause gives, which "the owner" refers back to)
                        entity.roles.update(roles_given_besides_the_title(doc.sentences[sentence], phrase.head, lexicon))
                    # ("according to X" names a source in passing, not as a subject)
                    registry.note(entity, sentence, offset,
                                  subject=attribution.cue.relation != "according" and not nested, source=not nested)
                    employer = _employer(doc, phrase, registry, lexicon)
                    if employer is not None:
                        # "Gulfline Chief Executive Howard Pruett said ...": his firm speaks through
                        # him, and is what "the company" in the next sentence means
                        registry.note(employer, sentence, offset, subject=True, source=True)
                    # (not one the sentence describes on its own: "said Tom Evans, whose daughter
                    # needs a hip operation")
                    # (but a role that names them in apposition may refer back: "The head, Martin
                    # Oduya, told reporters")
                    # (unless a role of their own names them as the one the role phrase meant:
                    # "Mayor Ruth Ansell, a former club director, said")
                    described = phrase.title is None and any(
                        c.deprel == "acl:relcl" or c.deprel == "appos" and phrase.head.upos == "PROPN"
                        for c in doc.sentences[sentence].children(phrase.head))
                    role_holder = None if described else _named_after_role(
                        first_sources, entity, phrase, sentence, registry, lexicon)
                    # "…, its vice-chancellor announced. / Professor Adaeze Okonkwo told staff":
                    # the role in the lead, the name in the next sentence
                    _rename(role_holder, entity, by_attribution, issuers)
                resolved.append(entity)
            by_attribution[id(attribution)] = resolved
            if resolved and resolved[0] is not None and not told_in_quote:
                issuers.update({text: resolved[0] for text in _texts_spoken_in(attribution.cue, lexicon)})
            if attribution.sources and resolved and resolved[0] is not None and not told_in_quote and not nested:
                previous = (resolved[0], attribution.sources[0], sentence)
                first_sources.append(previous)
        entities[item] = by_attribution[id(attribution)]
    for index, cand in enumerate(candidates):
        # "‘I tell them to be patient,’ Lund said": who says "I" inside a quote is its speaker
        cue = cand.attribution.cue.word if cand.attribution else None
        if cue is None or not cand.attribution.sources or not inside(cue.start, cue.end) \
                or cand.attribution.sources[0].head.lower not in FIRST_PERSON:
            continue
        outer = next((j for j, other in enumerate(candidates) if other is not cand and other.type == "direct"
                      and other.start <= cue.start < other.end), None)
        if outer is not None and entities[outer] and entities[outer][0] is not None:
            entities[index] = [entities[outer][0], *entities[index][1:]]
    return entities


FIRST_PERSON = frozenset({"i", "we"})


def _someone_in_the_story(doc: Document, phrase: SourcePhrase, cue: "Cue", lexicon: Lexicon) -> str | None:
    """The description of the person a "he" or "she" inside a quote refers to, when the
    quote brought that person in earlier in the same sentence, unnamed and indefinite
    ("One woman was waiting outside ..., and the first thing she said was ...")."""
    if phrase.pronoun not in ("male", "female"):
        return None
    sentence = cue.sentence
    for word in reversed(sentence.words[:phrase.head.index]):
        gender = next((g for g, nouns in lexicon.gendered_nouns.items() if word.lemma.lower() in nouns), None)
        indefinite = any(d.lower in ("a", "an", "one") for d in sentence.children(word, "det", "nummod"))
        if word.upos == "NOUN" and indefinite and word.base_deprel.startswith("nsubj") \
                and gender in (phrase.pronoun, None) \
                and (gender is not None or word.lemma.lower() in lexicon.occupation_epithets):
            return _strip_determiner(analyse(sentence, doc.text, word, mention_words(sentence, word),
                                             lexicon).description)
    return None


def _outer_speaker(candidates: list["Candidate"], attribution: "Attribution", by_attribution: dict[int, list],
                   registry: EntityRegistry, offset: int) -> Entity | None:
    """Whose direct quote holds ``attribution``'s cue: resolved already, or named."""
    cue = attribution.cue.word
    outer = next((c for c in candidates if c.type == "direct" and c.attribution is not None
                  and c.attribution is not attribution and c.attribution.sources
                  and c.start <= cue.start < c.end), None)
    if outer is None:
        return None
    known = by_attribution.get(id(outer.attribution))
    if known:
        return known[0]
    source = outer.attribution.sources[0]
    if source.name is None:
        return None
    return registry.resolve(source, outer.attribution.cue.sentence.index, offset)


def _organizations_named_together(doc: Document, phrase: SourcePhrase, sentence: int,
                                  lexicon: Lexicon) -> list[str]:
    """"Halvard Air and Skylink Regional, the two largest carriers ..., have agreed to
    merge ..., the companies said": the names coordinated last before a definite plural
    noun that refers back to organizations are those organizations, whatever their
    names look like."""
    words = _words(phrase.mention.text.lower())
    if not phrase.plural or words[:1] not in (["the"], ["both"]) or phrase.name is not None \
            or phrase.head.lemma.lower() not in lexicon.generic_organization_nouns:
        return []
    count = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), None)
    for index in (sentence, sentence - 1):
        if index < 0:
            continue
        s = doc.sentences[index]
        for first in reversed(s.words):
            if first.start >= phrase.mention.start or first.upos != "PROPN" or first.base_deprel == "conj":
                continue
            parts = [first, *(c for c in s.children(first, "conj") if c.upos == "PROPN")]
            if len(parts) < 2 or count not in (None, len(parts)):
                continue
            # (the first conjunct's subtree holds the others)
            others = {w.index for q in parts[1:] for w in s.subtree(q)}
            owned = [{w.index for w in s.subtree(first)} - others, *({w.index for w in s.subtree(q)} for q in parts[1:])]
            names = [name_run(s, [w for w in s.words if w.index in own], p, lexicon)
                     for p, own in zip(parts, owned)]
            if all(names):
                return [doc.text[n[0].start:n[-1].end] for n in names]
    return []


def _sharing_a_surname(sentence: Sentence, phrases: list[SourcePhrase]) -> dict[int, str]:
    """``Peter`` -> ``Peter Holroyd`` in "Peter and Mavis Holroyd": a lone given name
    coordinated with a full name shares its surname (by the phrase's id)."""
    out = {}
    for phrase, following in zip(phrases, phrases[1:]):
        if phrase.kind == "unnamed" or phrase.name is None or following.name is None or following.kind != "person" \
                or len(_words(phrase.name.text)) != 1 or len(_words(following.name.text)) < 2:
            continue
        # (a couple shares a surname, not a role: "Delgado and Sheriff Tom Becerra" are two
        # people named before)
        if following.title is not None:
            continue
        # (nothing but "and" and the other's given names between the two heads)
        between = sentence.words[phrase.head.index + 1:following.head.index]
        if [w.lower for w in between if w.upos != "PROPN"] == ["and"]:
            out[id(phrase)] = f"{phrase.name.text} {_words(following.name.text)[-1]}"
    return out


def _one_of_the_people_before(doc: Document, phrase: SourcePhrase, sentence: int,
                              entity_at: dict[int, Entity]) -> Entity | None:
    """"He and the union's president, Marie Keane, met port managers. They said ...":
    *they* are the people the sentence before coordinated as its subject; any one of
    them is a source of what they said together, and the first is the one given."""
    if phrase.pronoun != "plural" or sentence == 0:
        return None
    before = doc.sentences[sentence - 1]
    root = before.root()
    subjects = [s for s in before.children(root, "nsubj") if s.index < root.index] if root is not None else []
    # (coordinated, or read as two subjects of the verb)
    if not subjects or len(subjects) < 2 and not any(c.upos in ("PROPN", "PRON", "NOUN")
                                                     for c in before.children(subjects[0], "conj")):
        return None
    entity = entity_at.get(subjects[0].start)
    return entity if entity is not None and entity.kind == "person" else None


def _employer(doc: Document, phrase: SourcePhrase, registry: EntityRegistry, lexicon: Lexicon) -> Entity | None:
    """The organization a speaker's title opens with, when the article has named it
    (``Gulfline`` in "Gulfline Chief Executive Howard Pruett")."""
    if phrase.title is None or phrase.kind != "person":
        return None
    words = doc.words_in(phrase.title.start, phrase.title.end)
    run = []
    for word in words:
        if word.upos != "PROPN" or word.lower in lexicon.title_heads:
            break
        run.append(word)
    if not run or len(run) == len(words):
        return None
    return registry.known_organization(doc.text[run[0].start:run[-1].end])


def _texts_spoken_in(cue: "Cue", lexicon: Lexicon) -> list[str]:
    """``statement`` in "said in a statement" (or "said in a statement that", the
    noun the cue): the texts through which a source spoke."""
    sentence = cue.sentence
    if cue.relation == "noun" and cue.word.lemma.lower() in lexicon.text_sources:
        return [cue.word.lemma.lower()]
    # (and the text its verb names: "ruling that ..." issues a ruling, "ordered" an order)
    verb = cue.word.lemma.lower()
    named = [text for text in (verb, f"{verb.removesuffix('e')}ing") if text in lexicon.text_sources]
    return named + [obl.lemma.lower() for obl in sentence.children(cue.word, "obl")
                    if obl.lemma.lower() in lexicon.text_sources
                    and any(c.lower in ("in", "via", "through") for c in sentence.children(obl, "case"))]


def _issuer(phrase: SourcePhrase, issuers: dict[str, Entity]) -> Entity | None:
    """Who issued the text a definite description names: "Her publisher, Greyfield &
    Lowe, said in a statement ... “...,” the statement said": the publisher."""
    definite = phrase.mention.text.lower().startswith("the ")
    return issuers.get(phrase.head.lemma.lower()) if definite and phrase.name is None and not phrase.plural else None


def _identified_person(sentence: Sentence, name: Word, lexicon: Lexicon) -> Word | None:
    """The pronoun or description a passive verb of identifying gives ``name`` to:
    *She* in "She was later identified as Lorna Deveau"."""
    verb = sentence.head_of(name)
    if verb is None or name.base_deprel != "obl" or verb.lemma not in lexicon.identifying_verbs \
            or not any(c.lower == "as" for c in sentence.children(name, "case")):
        return None
    return next((s for s in sentence.children(verb, "nsubj:pass") if s.upos in ("PRON", "NOUN")), None)


def _rename(role_holder: tuple[Entity, SourcePhrase, int] | None, entity: Entity,
            by_attribution: dict[int, list[Entity | None]], issuers: dict[str, Entity]) -> None:
    """Give the quotes of someone brought in by role alone to the person named later,
    and the texts they issued ("A federal judge ... ruling that ... / Judge Harriet
    Okonkwo-Lind wrote ... / According to the ruling")."""
    if role_holder is None or role_holder[0] is entity:
        return
    entity.add_title(role_holder[1].title.text if role_holder[1].title else None)
    for earlier in by_attribution.values():
        earlier[:] = [entity if e is role_holder[0] else e for e in earlier]
    issuers.update({text: entity for text, issuer in issuers.items() if issuer is role_holder[0]})


def _named_after_role(first_sources: list[tuple[Entity, SourcePhrase, int]], entity: Entity,
                      phrase: SourcePhrase, sentence: int, registry: EntityRegistry,
                      lexicon: Lexicon) -> tuple[Entity, SourcePhrase, int] | None:
    """The source under whose role (``vice-chancellor``) the sentence before quoted
    the person this sentence names, when news gives the role first and the name
    after it: that source is a definite role with no name (``its vice-chancellor``,
    ``the chief executive``; not necessarily the last one of its sentence: "The chief
    executive admitted ..., as MPs accused it of ..."), the next speaker a person
    named with no role but a rank.  A definite description that names someone ("The
    head, Martin Oduya, ..."; "The man, Alan Brierley, ...") refers back the same way to
    an indefinite one its role words fit ("A head teacher who watched ...")."""
    own_roles = [t for t in entity.titles if not lexicon.is_rank_only(t)]
    # (a group named in apposition is no one person: "The foreign ministers ..., Marek Dobrev
    # of Ostrana, ...")
    group = phrase.plural and phrase.head.upos != "PROPN"
    # "A head teacher who watched the debate said ... The head, Martin Oduya, told reporters":
    # a definite description naming someone refers back to the one its words described
    renaming = _words(phrase.mention.text.lower())[:1] == ["the"] \
        and (bool(own_roles) or phrase.head.lower in lexicon.person_nouns)
    if entity.kind == "organization" and phrase.name is not None:
        return _body_named_after_description(first_sources, entity, sentence, registry)
    if phrase.name is None or group or entity.kind != "person":
        return None
    for role_holder, role_phrase, role_sentence in first_sources:
        words = _words(role_phrase.mention.text.lower())
        # (the lead brings a story's people in by role, "a coroner has ruled", and names
        # them in the paragraphs that follow it)
        lead = role_sentence <= 1
        # (a headline drops its articles: "‘Results are results’: Harcastle chairman defends ...")
        definite = bool(words) and (words[0] in ("the", "its", "their", "his", "her") or "'s" in words[0]
                                    or lead and bool(own_roles) and (words[0] in ("a", "an") or role_sentence == 0))
        # (a role of their own must be the one they were brought in by: "..., the city's
        # mayor said. / Mayor Joan Pettit told ...")
        # ("A High Court judge has ruled ... / Mr Justice Colm Ferris said": or a role of
        # that kind)
        kinds = lexicon.role_kinds.get(role_phrase.head.lower, frozenset())
        if own_roles and not all(_title_head(t) in words or _title_head(t) in kinds for t in own_roles):
            continue
        # (or described, not by role: "One pensioner ... asked: ... The man, Alan Brierley")
        role = role_phrase.title is not None and role_phrase.head.lower in lexicon.title_heads
        # (a few sentences on when the name comes with that very role: "The mayor of
        # Brackenfield has defended ... / ... / Mayor Ruth Ansell said")
        if role_holder.kind == "unnamed" and not role_holder.plural and (definite or renaming) \
                and (role or renaming and role_phrase.head.upos == "NOUN") \
                and registry.distance(sentence, role_sentence) <= (
                    (LEAD_ROLE_NAMED_WITHIN if lead else ROLE_NAMED_WITHIN) if own_roles else 1):
            return role_holder, role_phrase, role_sentence
    return None


def _body_named_after_description(first_sources: list[tuple[Entity, SourcePhrase, int]], entity: Entity,
                                  sentence: int, registry: EntityRegistry) -> tuple[Entity, SourcePhrase, int] | None:
    """The lead's source that brought in an organization by its kind alone ("..., a
    cross-party committee of MPs has warned"), when the paragraphs after it name a body
    of that kind ("the Justice and Rehabilitation Committee said"): news describes the
    source first and names it after."""
    kind = _words(entity.name.lower())[-1:]
    for role_holder, role_phrase, role_sentence in first_sources:
        if role_phrase.name is None and role_holder is not entity and not role_holder.plural and role_sentence <= 1 \
                and _words(role_phrase.mention.text.lower())[:1] in (["a"], ["an"]) \
                and [role_phrase.head.lower] == kind \
                and registry.distance(sentence, role_sentence) <= LEAD_ROLE_NAMED_WITHIN:
            return role_holder, role_phrase, role_sentence
    return None


# how many sentences on a person named with the role a source was given may be that source
ROLE_NAMED_WITHIN = 3
LEAD_ROLE_NAMED_WITHIN = 6


def _askers(cue: "Cue", entity_at: dict[int, Entity], last_speaker: Entity | None,
            lexicon: Lexicon) -> list[Entity]:
    """Who put the question a cue answers: the agent of a question in its sentence
    ("Asked by Ms Ferrand why ..., the 54-year-old replied"), and, for a verb of
    reply, the last speaker ("Another reporter asked: “…?” / “No,” she replied").
    Whoever answers is someone else."""
    sentence = cue.sentence
    askers = [entity_at[agent.start] for verb in sentence.words if verb.lemma in lexicon.question_framing_verbs
              for agent in sentence.children(verb, "obl:agent", "obl")
              if any(c.lower == "by" for c in sentence.children(agent, "case")) and agent.start in entity_at]
    # (a question put in the sentence itself was put by its agent, not by the last
    # speaker; "Asked whether ..., she replied" with no agent, by reporters)
    framed = any(verb.lemma in lexicon.question_framing_verbs and verb.index != cue.word.index
                 for verb in sentence.words)
    if cue.word.lemma in lexicon.response_verbs and last_speaker is not None and not framed:
        askers.append(last_speaker)
    return askers
