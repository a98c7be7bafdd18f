"""Load the language resources in ``resources/lexicon.yaml`` once."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).resolve().parent / "resources" / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    infinitival_cue_verbs: frozenset[str]
    particle_cue_verbs: dict[str, frozenset[str]]
    cue_nouns: frozenset[str]
    expression_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    title_heads: frozenset[str]
    honorifics: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    organization_heads: frozenset[str]
    generic_organization_nouns: frozenset[str]
    pronouns: dict[str, frozenset[str]]

    def pronoun_class(self, word: str) -> str | None:
        """``male``, ``female``, ``neuter``, ``plural`` or ``None``."""
        lower = word.lower()
        return next((cls for cls, words in self.pronouns.items() if lower in words), None)

    def is_honorific(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.honorifics


@functools.lru_cache(maxsize=None)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Lexicon(
        cue_verbs=words("cue_verbs"),
        infinitival_cue_verbs=words("infinitival_cue_verbs"),
        particle_cue_verbs={k: frozenset(v) for k, v in (data.get("particle_cue_verbs") or {}).items()},
        cue_nouns=words("cue_nouns"),
        expression_verbs=words("expression_verbs"),
        addressee_verbs=words("addressee_verbs"),
        source_prepositions=words("source_prepositions"),
        title_heads=words("title_heads"),
        honorifics=words("honorifics"),
        male_honorifics=words("male_honorifics"),
        female_honorifics=words("female_honorifics"),
        organization_heads=words("organization_heads"),
        generic_organization_nouns=words("generic_organization_nouns"),
        pronouns={k: frozenset(v) for k, v in (data.get("pronouns") or {}).items()},
    )
