"""Hand-written UD parses of sentences written for the tests.

Each entry is CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL); sentences
of one document are joined by a space (or by the separator given).  They let
the extraction rules be tested without the statistical parser.
"""
from __future__ import annotations

from quotes.syntax import Document, sentence_from_conllu


def row(i, form, lemma, upos, head, deprel, feats="_"):
    return f"{i}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{deprel}\t_\t_"


def document(*sentences: tuple[str, list[tuple]], sep: str = " ") -> Document:
    """``sentences`` are ``(text, rows)`` pairs; rows as for :func:`row`."""
    text = sep.join(t for t, _ in sentences)
    built, offset = [], 0
    for index, (sentence_text, rows) in enumerate(sentences):
        block = "\n".join(row(*r) for r in rows)
        sentence = sentence_from_conllu(block, sentence_text, offset)
        built.append(type(sentence)(sentence.words, index))
        offset += len(sentence_text) + len(sep)
    return Document(text, tuple(built))


KATZ = ("“There will be no ceasefire in the north,” Foreign Minister Israel Katz said on X.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "There", "there", "PRON", 4, "expl"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "be", "be", "VERB", 0, "root"),
    (5, "no", "no", "DET", 6, "det"), (6, "ceasefire", "ceasefire", "NOUN", 4, "nsubj"),
    (7, "in", "in", "ADP", 9, "case"), (8, "the", "the", "DET", 9, "det"),
    (9, "north", "north", "NOUN", 4, "obl"), (10, ",", ",", "PUNCT", 4, "punct"),
    (11, "”", "”", "PUNCT", 4, "punct"), (12, "Foreign", "foreign", "ADJ", 13, "amod"),
    (13, "Minister", "minister", "PROPN", 15, "compound"), (14, "Israel", "Israel", "PROPN", 15, "compound"),
    (15, "Katz", "Katz", "PROPN", 16, "nsubj"), (16, "said", "say", "VERB", 4, "parataxis"),
    (17, "on", "on", "ADP", 18, "case"), (18, "X", "X", "PROPN", 16, "obl"),
    (19, ".", ".", "PUNCT", 4, "punct"),
])

KATZ_ADDED = ("He added that Israel would fight on.", [
    (1, "He", "he", "PRON", 2, "nsubj", "Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (2, "added", "add", "VERB", 0, "root"), (3, "that", "that", "SCONJ", 6, "mark"),
    (4, "Israel", "Israel", "PROPN", 6, "nsubj"), (5, "would", "would", "AUX", 6, "aux"),
    (6, "fight", "fight", "VERB", 2, "ccomp"), (7, "on", "on", "ADP", 6, "compound:prt"),
    (8, ".", ".", "PUNCT", 2, "punct"),
])

NETANYAHU = ("Netanyahu said he had not yet given his response.", [
    (1, "Netanyahu", "Netanyahu", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root"),
    (3, "he", "he", "PRON", 7, "nsubj"), (4, "had", "have", "AUX", 7, "aux"),
    (5, "not", "not", "PART", 7, "advmod"), (6, "yet", "yet", "ADV", 7, "advmod"),
    (7, "given", "give", "VERB", 2, "ccomp"), (8, "his", "his", "PRON", 9, "nmod:poss"),
    (9, "response", "response", "NOUN", 7, "obj"), (10, ".", ".", "PUNCT", 2, "punct"),
])

BLINKEN_MIXED = ("Blinken said Israel has “effectively lost” sovereignty near its border.", [
    (1, "Blinken", "Blinken", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root"),
    (3, "Israel", "Israel", "PROPN", 7, "nsubj"), (4, "has", "have", "AUX", 7, "aux"),
    (5, "“", "“", "PUNCT", 7, "punct"), (6, "effectively", "effectively", "ADV", 7, "advmod"),
    (7, "lost", "lose", "VERB", 2, "ccomp"), (8, "”", "”", "PUNCT", 7, "punct"),
    (9, "sovereignty", "sovereignty", "NOUN", 7, "obj"), (10, "near", "near", "ADP", 12, "case"),
    (11, "its", "its", "PRON", 12, "nmod:poss"), (12, "border", "border", "NOUN", 7, "obl"),
    (13, ".", ".", "PUNCT", 2, "punct"),
])

ACCORDING = ("The strike killed 12 people, according to the health ministry.", [
    (1, "The", "the", "DET", 2, "det"), (2, "strike", "strike", "NOUN", 3, "nsubj"),
    (3, "killed", "kill", "VERB", 0, "root"), (4, "12", "12", "NUM", 5, "nummod"),
    (5, "people", "people", "NOUN", 3, "obj"), (6, ",", ",", "PUNCT", 11, "punct"),
    (7, "according", "accord", "VERB", 11, "case"), (8, "to", "to", "ADP", 7, "fixed"),
    (9, "the", "the", "DET", 11, "det"), (10, "health", "health", "NOUN", 11, "compound"),
    (11, "ministry", "ministry", "NOUN", 3, "obl"), (12, ".", ".", "PUNCT", 3, "punct"),
])

NEGATED = ("The army did not say whether the talks had failed.", [
    (1, "The", "the", "DET", 2, "det"), (2, "army", "army", "NOUN", 5, "nsubj"),
    (3, "did", "do", "AUX", 5, "aux"), (4, "not", "not", "PART", 5, "advmod"),
    (5, "say", "say", "VERB", 0, "root"), (6, "whether", "whether", "SCONJ", 10, "mark"),
    (7, "the", "the", "DET", 8, "det"), (8, "talks", "talk", "NOUN", 10, "nsubj"),
    (9, "had", "have", "AUX", 10, "aux"), (10, "failed", "fail", "VERB", 5, "ccomp"),
    (11, ".", ".", "PUNCT", 5, "punct"),
])

VOWED = ("The group vowed to press ahead with the fight.", [
    (1, "The", "the", "DET", 2, "det"), (2, "group", "group", "NOUN", 3, "nsubj"),
    (3, "vowed", "vow", "VERB", 0, "root"), (4, "to", "to", "PART", 5, "mark"),
    (5, "press", "press", "VERB", 3, "xcomp"), (6, "ahead", "ahead", "ADV", 5, "advmod"),
    (7, "with", "with", "ADP", 9, "case"), (8, "the", "the", "DET", 9, "det"),
    (9, "fight", "fight", "NOUN", 5, "obl"), (10, ".", ".", "PUNCT", 3, "punct"),
])

APPOSITION = ("Amal Saad, a lecturer at Cardiff University, said the war would widen.", [
    (1, "Amal", "Amal", "PROPN", 10, "nsubj"), (2, "Saad", "Saad", "PROPN", 1, "flat"),
    (3, ",", ",", "PUNCT", 5, "punct"), (4, "a", "a", "DET", 5, "det"),
    (5, "lecturer", "lecturer", "NOUN", 1, "appos"), (6, "at", "at", "ADP", 8, "case"),
    (7, "Cardiff", "Cardiff", "PROPN", 8, "compound"), (8, "University", "University", "PROPN", 5, "nmod"),
    (9, ",", ",", "PUNCT", 5, "punct"), (10, "said", "say", "VERB", 0, "root"),
    (11, "the", "the", "DET", 12, "det"), (12, "war", "war", "NOUN", 14, "nsubj"),
    (13, "would", "would", "AUX", 14, "aux"), (14, "widen", "widen", "VERB", 10, "ccomp"),
    (15, ".", ".", "PUNCT", 10, "punct"),
])

WRITER_COMMENT = ("Israel said its jets struck the port, a major escalation.", [
    (1, "Israel", "Israel", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root"),
    (3, "its", "its", "PRON", 4, "nmod:poss"), (4, "jets", "jet", "NOUN", 5, "nsubj"),
    (5, "struck", "strike", "VERB", 2, "ccomp"), (6, "the", "the", "DET", 7, "det"),
    (7, "port", "port", "NOUN", 5, "obj"), (8, ",", ",", "PUNCT", 11, "punct"),
    (9, "a", "a", "DET", 11, "det"), (10, "major", "major", "ADJ", 11, "amod"),
    (11, "escalation", "escalation", "NOUN", 5, "dep"), (12, ".", ".", "PUNCT", 2, "punct"),
])
