"""Load the language resources in ``resources/lexicon.yaml`` once."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).resolve().parent / "resources" / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    infinitival_cue_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    request_verbs: frozenset[str]
    particle_cue_verbs: dict[str, frozenset[str]]
    cue_nouns: frozenset[str]
    conversation_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    expression_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    title_heads: frozenset[str]
    honorifics: frozenset[str]
    post_nominals: frozenset[str]
    title_abbreviations: frozenset[str]
    abbreviated_roles: dict[str, str]
    rank_titles: frozenset[str]
    relation_nouns: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    organization_heads: frozenset[str]
    generic_organization_nouns: frozenset[str]
    any_body_nouns: frozenset[str]
    body_nouns: frozenset[str]
    person_epithets: frozenset[str]   # occupation_epithets included
    occupation_epithets: frozenset[str]
    prenominal_titles: frozenset[str]
    demonyms: frozenset[str]
    time_nouns: frozenset[str]
    time_adverbs: frozenset[str]
    past_forms_like_nouns: dict[str, str]
    according_non_sources: frozenset[str]
    anonymity_verbs: frozenset[str]
    question_framing_verbs: frozenset[str]
    name_giving_verbs: frozenset[str]
    titling_words: frozenset[str]
    display_nouns: frozenset[str]
    titling_phrases: frozenset[str]
    text_sources: frozenset[str]
    accusation_verbs: frozenset[str]
    institution_heads: frozenset[str]
    place_heads: frozenset[str]
    response_verbs: frozenset[str]
    utterance_nouns: frozenset[str]
    complement_nouns: frozenset[str]
    membership_body_nouns: frozenset[str]
    # every noun of gendered_nouns: the nouns that name a person
    person_nouns: frozenset[str]
    withholding_verbs: frozenset[str]
    rejection_verbs: frozenset[str]
    group_nouns: frozenset[str]
    role_verbs: dict[str, str]
    appointing_verbs: frozenset[str]
    identifying_verbs: frozenset[str]
    naming_participle_verbs: frozenset[str]
    floating_quantifiers: frozenset[str]
    role_kinds: dict[str, frozenset[str]]
    authoring_verbs: frozenset[str]
    place_prefixes: frozenset[str]
    place_suffixes: frozenset[str]
    quantity_nouns: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    gendered_nouns: dict[str, frozenset[str]]
    given_names: dict[str, frozenset[str]]

    def pronoun_class(self, word: str) -> str | None:
        """``male``, ``female``, ``neuter``, ``plural`` or ``None``."""
        lower = word.lower()
        return next((cls for cls, words in self.pronouns.items() if lower in words), None)

    def is_honorific(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.honorifics

    def is_rank_only(self, title: str) -> bool:
        """Whether a title is only an academic rank (``Professor``, ``Dr``), which
        gives way to a role the article gives elsewhere."""
        return all(w.lower().rstrip(".") in self.rank_titles for w in title.split())

    @cached_property
    def verb_forms(self) -> dict[str, str]:
        """Regular inflected forms of the lexicon's verbs, mapped to the verb
        (``conceded`` -> ``concede``), for words the lemmatizer gets wrong."""
        verbs = self.cue_verbs | self.expression_verbs | frozenset(self.particle_cue_verbs)
        return {form: verb for verb in sorted(verbs) for form in regular_forms(verb)}


VOWELS = frozenset("aeiou")


def regular_forms(verb: str) -> set[str]:
    """The regular -s, -ed and -ing forms of ``verb``.  Where spelling depends
    on stress (``admitted`` but ``edited``) both spellings are produced: each
    is a form of this verb and of no other."""
    forms = set()
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(verb + "es")
    elif len(verb) > 1 and verb.endswith("y") and verb[-2] not in VOWELS:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms.add(verb + "d")
        forms.add((verb if verb.endswith("ee") else verb[:-1]) + "ing")
    elif len(verb) > 1 and verb.endswith("y") and verb[-2] not in VOWELS:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
        # consonant-vowel-consonant: "admit" -> "admitted", "admitting"
        if len(verb) > 2 and verb[-1] not in VOWELS | {"w", "x", "y"} and verb[-2] in VOWELS \
                and verb[-3] not in VOWELS:
            forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
    return forms


@functools.lru_cache(maxsize=None)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Lexicon(
        cue_verbs=words("cue_verbs"),
        infinitival_cue_verbs=words("infinitival_cue_verbs"),
        appeal_verbs=words("appeal_verbs"),
        request_verbs=words("request_verbs"),
        particle_cue_verbs={k: frozenset(v) for k, v in (data.get("particle_cue_verbs") or {}).items()},
        cue_nouns=words("cue_nouns"),
        conversation_nouns=words("conversation_nouns"),
        naming_verbs=words("naming_verbs"),
        expression_verbs=words("expression_verbs"),
        addressee_verbs=words("addressee_verbs"),
        clause_only_verbs=words("clause_only_verbs"),
        source_prepositions=words("source_prepositions"),
        title_heads=words("title_heads"),
        honorifics=words("honorifics"),
        post_nominals=words("post_nominals"),
        title_abbreviations=words("title_abbreviations"),
        abbreviated_roles={str(k).lower(): str(v).lower() for k, v in (data.get("abbreviated_roles") or {}).items()},
        rank_titles=words("rank_titles"),
        relation_nouns=words("relation_nouns"),
        male_honorifics=words("male_honorifics"),
        female_honorifics=words("female_honorifics"),
        organization_heads=words("organization_heads"),
        generic_organization_nouns=words("generic_organization_nouns"),
        any_body_nouns=words("any_body_nouns"),
        body_nouns=words("body_nouns"),
        person_epithets=words("person_epithets") | words("occupation_epithets"),
        occupation_epithets=words("occupation_epithets"),
        prenominal_titles=words("prenominal_titles"),
        demonyms=words("demonyms"),
        time_nouns=words("time_nouns"),
        time_adverbs=words("time_adverbs"),
        past_forms_like_nouns={str(k).lower(): str(v).lower()
                               for k, v in (data.get("past_forms_like_nouns") or {}).items()},
        according_non_sources=words("according_non_sources"),
        anonymity_verbs=words("anonymity_verbs"),
        question_framing_verbs=words("question_framing_verbs"),
        name_giving_verbs=words("name_giving_verbs"),
        titling_words=words("titling_words"),
        display_nouns=words("display_nouns"),
        titling_phrases=words("titling_phrases"),
        text_sources=words("text_sources"),
        accusation_verbs=words("accusation_verbs"),
        institution_heads=words("institution_heads"),
        place_heads=words("place_heads"),
        response_verbs=words("response_verbs"),
        utterance_nouns=words("utterance_nouns"),
        complement_nouns=words("complement_nouns"),
        membership_body_nouns=words("membership_body_nouns"),
        withholding_verbs=words("withholding_verbs"),
        rejection_verbs=words("rejection_verbs"),
        group_nouns=words("group_nouns"),
        appointing_verbs=words("appointing_verbs"),
        identifying_verbs=words("identifying_verbs"),
        naming_participle_verbs=words("naming_participle_verbs"),
        floating_quantifiers=words("floating_quantifiers"),
        role_verbs={str(k).lower(): str(v).lower() for k, v in (data.get("role_verbs") or {}).items()},
        role_kinds={str(k).lower(): frozenset(str(n).lower() for n in v)
                    for k, v in (data.get("role_kinds") or {}).items()},
        quantity_nouns=words("quantity_nouns"),
        authoring_verbs=words("authoring_verbs"),
        place_prefixes=words("place_prefixes"),
        place_suffixes=words("place_suffixes"),
        pronouns={k: frozenset(v) for k, v in (data.get("pronouns") or {}).items()},
        gendered_nouns={k: frozenset(v) for k, v in (data.get("gendered_nouns") or {}).items()},
        person_nouns=frozenset(n for v in (data.get("gendered_nouns") or {}).values() for n in v),
        given_names={k: frozenset(str(n).lower() for n in v) for k, v in (data.get("given_names") or {}).items()},
    )
