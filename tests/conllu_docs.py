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

# a fronted phrase taken for the subject, the subject for its apposition
OUTSIDE_PARLIAMENT = ("Outside Parliament, the charity Refuge said the bill was cruel.", [
    (1, "Outside", "outside", "ADJ", 2, "amod"), (2, "Parliament", "Parliament", "PROPN", 7, "nsubj"),
    (3, ",", ",", "PUNCT", 2, "punct"), (4, "the", "the", "DET", 6, "det"),
    (5, "charity", "charity", "NOUN", 6, "compound"), (6, "Refuge", "Refuge", "PROPN", 2, "appos"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "the", "the", "DET", 9, "det"), (9, "bill", "bill", "NOUN", 11, "nsubj"),
    (10, "was", "be", "AUX", 11, "cop"), (11, "cruel", "cruel", "ADJ", 7, "ccomp"),
    (12, ".", ".", "PUNCT", 7, "punct"),
])
# ... and an apposition closed by a comma, which stays one
HEZBOLLAH_GROUP = ("Hezbollah, the militant group, said the talks failed.", [
    (1, "Hezbollah", "Hezbollah", "PROPN", 7, "nsubj"), (2, ",", ",", "PUNCT", 5, "punct"),
    (3, "the", "the", "DET", 5, "det"), (4, "militant", "militant", "ADJ", 5, "amod"),
    (5, "group", "group", "NOUN", 1, "appos"), (6, ",", ",", "PUNCT", 5, "punct"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "the", "the", "DET", 9, "det"), (9, "talks", "talk", "NOUN", 10, "nsubj"),
    (10, "failed", "fail", "VERB", 7, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (11, ".", ".", "PUNCT", 7, "punct"),
])

# the organization's first word taken for the head of "a ... spokesperson"
DEPARTMENT_SPOKESPERSON = ("“It will take time,” a Department of Health spokesperson said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "take", "take", "VERB", 0, "root"),
    (5, "time", "time", "NOUN", 4, "obj"), (6, ",", ",", "PUNCT", 4, "punct"),
    (7, "”", "”", "PUNCT", 4, "punct"), (8, "a", "a", "DET", 9, "det"),
    (9, "Department", "department", "NOUN", 13, "nsubj"), (10, "of", "of", "ADP", 12, "case"),
    (11, "Health", "Health", "PROPN", 12, "compound"), (12, "spokesperson", "spokesperson", "NOUN", 9, "nmod"),
    (13, "said", "say", "VERB", 4, "parataxis", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, ".", ".", "PUNCT", 4, "punct"),
])

# the name in apposition to a description in apposition to the role
COACH_THE_FORMER_NO_5 = ("Ruiz’s coach, the former world No 5 Carlos Ibáñez, said his player froze.", [
    (1, "Ruiz", "Ruiz", "PROPN", 3, "nmod:poss"), (2, "’s", "’s", "PART", 1, "case"),
    (3, "coach", "coach", "NOUN", 13, "nsubj"), (4, ",", ",", "PUNCT", 3, "punct"),
    (5, "the", "the", "DET", 7, "det"), (6, "former", "former", "ADJ", 7, "amod"),
    (7, "world", "world", "NOUN", 3, "appos"), (8, "No", "no", "DET", 11, "det"),
    (9, "5", "5", "NUM", 11, "nummod"), (10, "Carlos", "Carlos", "PROPN", 11, "compound"),
    (11, "Ibáñez", "Ibáñez", "PROPN", 7, "appos"), (12, ",", ",", "PUNCT", 3, "punct"),
    (13, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, "his", "his", "PRON", 15, "nmod:poss"), (15, "player", "player", "NOUN", 16, "nsubj"),
    (16, "froze", "freeze", "VERB", 13, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (17, ".", ".", "PUNCT", 13, "punct"),
])

# a complement without "that" read as a relative clause on the person addressed
TOLD_LEDGER_SHE = ("One woman told the Ledger she had waited 19 months.", [
    (1, "One", "one", "NUM", 2, "nummod"), (2, "woman", "woman", "NOUN", 3, "nsubj"),
    (3, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "Ledger", "Ledger", "PROPN", 3, "iobj"),
    (6, "she", "she", "PRON", 8, "nsubj"), (7, "had", "have", "AUX", 8, "aux", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "waited", "wait", "VERB", 5, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (9, "19", "19", "NUM", 10, "nummod"), (10, "months", "month", "NOUN", 8, "obj"),
    (11, ".", ".", "PUNCT", 3, "punct"),
])
# ... and a real relative clause there, with its relative word
TOLD_REPORTER_WHO = ("She told a reporter who had waited all day that talks failed.", [
    (1, "She", "she", "PRON", 2, "nsubj"),
    (2, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "a", "a", "DET", 4, "det"), (4, "reporter", "reporter", "NOUN", 2, "iobj"),
    (5, "who", "who", "PRON", 7, "nsubj"), (6, "had", "have", "AUX", 7, "aux", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "waited", "wait", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    (8, "all", "all", "DET", 9, "det"), (9, "day", "day", "NOUN", 7, "obl:tmod"),
    (10, "that", "that", "SCONJ", 12, "mark"), (11, "talks", "talk", "NOUN", 12, "nsubj"),
    (12, "failed", "fail", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (13, ".", ".", "PUNCT", 2, "punct"),
])

# the subject of a verb whose infinitive reports, hung on the fronted phrase
INTERVENED_TO_REMIND = ("At one point the Speaker, Dame Ann Hythe, intervened to remind members that order mattered.", [
    (1, "At", "at", "ADP", 3, "case"), (2, "one", "one", "NUM", 3, "nummod"),
    (3, "point", "point", "NOUN", 11, "obl"), (4, "the", "the", "DET", 5, "det"),
    (5, "Speaker", "Speaker", "PROPN", 3, "appos"), (6, ",", ",", "PUNCT", 3, "punct"),
    (7, "Dame", "Dame", "PROPN", 5, "appos"), (8, "Ann", "Ann", "PROPN", 7, "flat"),
    (9, "Hythe", "Hythe", "PROPN", 7, "flat"), (10, ",", ",", "PUNCT", 3, "punct"),
    (11, "intervened", "intervene", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "to", "to", "PART", 13, "mark"), (13, "remind", "remind", "VERB", 11, "xcomp", "VerbForm=Inf"),
    (14, "members", "member", "NOUN", 13, "obj"), (15, "that", "that", "SCONJ", 17, "mark"),
    (16, "order", "order", "NOUN", 17, "nsubj"),
    (17, "mattered", "matter", "VERB", 13, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (18, ".", ".", "PUNCT", 11, "punct"),
])

# a description that refers back to an organization by words of its name
NVSA_OPENED = ("The National Vehicle Safety Administration opened a review.", [
    (1, "The", "the", "DET", 5, "det"), (2, "National", "National", "PROPN", 5, "compound"),
    (3, "Vehicle", "Vehicle", "PROPN", 5, "compound"), (4, "Safety", "Safety", "PROPN", 5, "compound"),
    (5, "Administration", "Administration", "PROPN", 6, "nsubj"),
    (6, "opened", "open", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "a", "a", "DET", 8, "det"), (8, "review", "review", "NOUN", 6, "obj"),
    (9, ".", ".", "PUNCT", 6, "punct"),
])
SAFETY_AGENCY_SAID = ("The safety agency said it had received complaints.", [
    (1, "The", "the", "DET", 3, "det"), (2, "safety", "safety", "NOUN", 3, "compound"),
    (3, "agency", "agency", "NOUN", 4, "nsubj"),
    (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "it", "it", "PRON", 7, "nsubj"), (6, "had", "have", "AUX", 7, "aux"),
    (7, "received", "receive", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"),
    (8, "complaints", "complaint", "NOUN", 7, "obj"), (9, ".", ".", "PUNCT", 4, "punct"),
])

# a pronoun subject of a main clause keeps its person salient over a name in an adverbial clause
HE_SCORED_BEFORE_FISK = ("He scored again before Aaron Fisk added a third.", [
    (1, "He", "he", "PRON", 2, "nsubj"),
    (2, "scored", "score", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "again", "again", "ADV", 2, "advmod"), (4, "before", "before", "SCONJ", 7, "mark"),
    (5, "Aaron", "Aaron", "PROPN", 7, "nsubj"), (6, "Fisk", "Fisk", "PROPN", 5, "flat"),
    (7, "added", "add", "VERB", 2, "advcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "a", "a", "DET", 9, "det"), (9, "third", "third", "ADJ", 7, "obj"),
    (10, ".", ".", "PUNCT", 2, "punct"),
])

# a participle of saying hung on the verb of the report before it
NOTING_INSIDE_COMPLEMENT = ("Ferreira predicted that the bank would cut, noting that surveys had weakened.", [
    (1, "Ferreira", "Ferreira", "PROPN", 2, "nsubj"),
    (2, "predicted", "predict", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 7, "mark"), (4, "the", "the", "DET", 5, "det"),
    (5, "bank", "bank", "NOUN", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "cut", "cut", "VERB", 2, "ccomp", "VerbForm=Inf"), (8, ",", ",", "PUNCT", 9, "punct"),
    (9, "noting", "note", "VERB", 7, "advcl", "VerbForm=Ger"),
    (10, "that", "that", "SCONJ", 13, "mark"), (11, "surveys", "survey", "NOUN", 13, "nsubj"),
    (12, "had", "have", "AUX", 13, "aux"),
    (13, "weakened", "weaken", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part"),
    (14, ".", ".", "PUNCT", 2, "punct"),
])

# the subject taken for an object, a participle aside inside it for a first complement
DEMAND_SOLD_EXCEEDED = ("Tran said demand for Atlas, sold to banks, had exceeded plans.", [
    (1, "Tran", "Tran", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "demand", "demand", "NOUN", 2, "iobj"), (4, "for", "for", "ADP", 5, "case"),
    (5, "Atlas", "Atlas", "PROPN", 3, "nmod"), (6, ",", ",", "PUNCT", 7, "punct"),
    (7, "sold", "sell", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "to", "to", "ADP", 9, "case"), (9, "banks", "bank", "NOUN", 7, "obl"),
    (10, ",", ",", "PUNCT", 12, "punct"), (11, "had", "have", "AUX", 12, "aux", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "exceeded", "exceed", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (13, "plans", "plan", "NOUN", 12, "obj"), (14, ".", ".", "PUNCT", 2, "punct"),
])

# a coordinated verb of saying read as an adjective on its addressee
WARNED_AS_ADJECTIVE = ("Calloway declared an emergency and warned residents that floods would worsen.", [
    (1, "Calloway", "Calloway", "PROPN", 2, "nsubj"),
    (2, "declared", "declare", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "an", "a", "DET", 4, "det"), (4, "emergency", "emergency", "NOUN", 2, "obj"),
    (5, "and", "and", "CCONJ", 7, "cc"), (6, "warned", "warn", "VERB", 7, "amod", "Tense=Past|VerbForm=Part"),
    (7, "residents", "resident", "NOUN", 4, "conj"), (8, "that", "that", "SCONJ", 11, "mark"),
    (9, "floods", "flood", "NOUN", 11, "nsubj"), (10, "would", "would", "AUX", 11, "aux"),
    (11, "worsen", "worsen", "VERB", 7, "acl:relcl", "VerbForm=Inf"),
    (12, ".", ".", "PUNCT", 2, "punct"),
])

# the last word of a name tagged as an adverb
MEMORY_FIRST = ("The charity Memory First said funding must rise.", [
    (1, "The", "the", "DET", 3, "det"), (2, "charity", "charity", "NOUN", 3, "compound"),
    (3, "Memory", "Memory", "PROPN", 5, "nsubj"), (4, "First", "first", "ADV", 5, "advmod"),
    (5, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (6, "funding", "funding", "NOUN", 8, "nsubj"), (7, "must", "must", "AUX", 8, "aux"),
    (8, "rise", "rise", "VERB", 5, "ccomp"), (9, ".", ".", "PUNCT", 5, "punct"),
])

# a participle that only dates the source is not part of its description
ACCORDING_TO_DATED_POLL = ("Support fell, according to a poll released on Monday.", [
    (1, "Support", "support", "NOUN", 2, "nsubj"), (2, "fell", "fall", "VERB", 0, "root"),
    (3, ",", ",", "PUNCT", 7, "punct"), (4, "according", "accord", "VERB", 7, "case"),
    (5, "to", "to", "ADP", 4, "fixed"), (6, "a", "a", "DET", 7, "det"),
    (7, "poll", "poll", "NOUN", 2, "obl"), (8, "released", "release", "VERB", 7, "acl", "Tense=Past|VerbForm=Part"),
    (9, "on", "on", "ADP", 10, "case"), (10, "Monday", "Monday", "PROPN", 8, "obl"),
    (11, ".", ".", "PUNCT", 2, "punct"),
])
# ... one that says who they are is
OFFICIALS_INVOLVED = ("Officials involved in the talks said a deal was near.", [
    (1, "Officials", "official", "NOUN", 6, "nsubj"),
    (2, "involved", "involve", "VERB", 1, "acl", "Tense=Past|VerbForm=Part"),
    (3, "in", "in", "ADP", 5, "case"), (4, "the", "the", "DET", 5, "det"),
    (5, "talks", "talk", "NOUN", 2, "obl"),
    (6, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "a", "a", "DET", 8, "det"), (8, "deal", "deal", "NOUN", 10, "nsubj"),
    (9, "was", "be", "AUX", 10, "cop"), (10, "near", "near", "ADJ", 6, "ccomp"),
    (11, ".", ".", "PUNCT", 6, "punct"),
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

# --- misparses the extractor repairs (as the compact parser renders them) -----------

# "operations" taken for the object of "says"; the complement lacks its subject
SUBJECT_AS_OBJECT = ("The army says strikes on the city will continue.", [
    (1, "The", "the", "DET", 2, "det"), (2, "army", "army", "NOUN", 3, "nsubj"),
    (3, "says", "say", "VERB", 0, "root"), (4, "strikes", "strike", "NOUN", 3, "obj"),
    (5, "on", "on", "ADP", 7, "case"), (6, "the", "the", "DET", 7, "det"),
    (7, "city", "city", "NOUN", 4, "nmod"), (8, "will", "will", "AUX", 9, "aux"),
    (9, "continue", "continue", "VERB", 3, "ccomp"), (10, ".", ".", "PUNCT", 3, "punct"),
])

# the "which"-clause taken for the complement of "said", its antecedent hung inside it
RELATIVE_AS_COMPLEMENT = ("The police, which has promised an inquiry, said the fire started at night.", [
    (1, "The", "the", "DET", 2, "det"), (2, "police", "police", "NOUN", 6, "obl"),
    (3, ",", ",", "PUNCT", 2, "punct"), (4, "which", "which", "PRON", 6, "nsubj"),
    (5, "has", "have", "AUX", 6, "aux"), (6, "promised", "promise", "VERB", 10, "ccomp"),
    (7, "an", "a", "DET", 8, "det"), (8, "inquiry", "inquiry", "NOUN", 6, "obj"),
    (9, ",", ",", "PUNCT", 2, "punct"), (10, "said", "say", "VERB", 0, "root"),
    (11, "the", "the", "DET", 12, "det"), (12, "fire", "fire", "NOUN", 13, "nsubj"),
    (13, "started", "start", "VERB", 10, "ccomp"), (14, "at", "at", "ADP", 15, "case"),
    (15, "night", "night", "NOUN", 13, "obl"), (16, ".", ".", "PUNCT", 10, "punct"),
])

# the same with "whose", the name taken for the relative clause's subject
WHOSE_AS_COMPLEMENT = ("Anton Velic, whose government builds the dam, insisted that the flow would not fall.", [
    (1, "Anton", "Anton", "PROPN", 2, "compound"), (2, "Velic", "Velic", "PROPN", 6, "nsubj"),
    (3, ",", ",", "PUNCT", 6, "punct"), (4, "whose", "whose", "DET", 5, "det"),
    (5, "government", "government", "NOUN", 6, "nsubj"), (6, "builds", "build", "VERB", 10, "ccomp"),
    (7, "the", "the", "DET", 8, "det"), (8, "dam", "dam", "NOUN", 6, "obj"),
    (9, ",", ",", "PUNCT", 10, "punct"),
    (10, "insisted", "insist", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (11, "that", "that", "SCONJ", 16, "mark"), (12, "the", "the", "DET", 13, "det"),
    (13, "flow", "flow", "NOUN", 16, "nsubj"), (14, "would", "would", "AUX", 16, "aux"),
    (15, "not", "not", "PART", 16, "advmod"), (16, "fall", "fall", "VERB", 10, "ccomp"),
    (17, ".", ".", "PUNCT", 10, "punct"),
])

# name, surname and apposition all taken for subjects of "said"
SEVERAL_SUBJECTS = ("Maria Lopez, a professor at Leeds, said the vote was close.", [
    (1, "Maria", "Maria", "PROPN", 9, "nsubj"), (2, "Lopez", "Lopez", "PROPN", 9, "nsubj"),
    (3, ",", ",", "PUNCT", 2, "punct"), (4, "a", "a", "DET", 5, "det"),
    (5, "professor", "professor", "NOUN", 9, "nsubj"), (6, "at", "at", "ADP", 7, "case"),
    (7, "Leeds", "Leeds", "PROPN", 5, "nmod"), (8, ",", ",", "PUNCT", 5, "punct"),
    (9, "said", "say", "VERB", 0, "root"), (10, "the", "the", "DET", 11, "det"),
    (11, "vote", "vote", "NOUN", 13, "nsubj"), (12, "was", "be", "AUX", 13, "cop"),
    (13, "close", "close", "ADJ", 9, "ccomp"), (14, ".", ".", "PUNCT", 9, "punct"),
])

# quotative inversion with the speaker taken for the object
INVERTED_AS_OBJECT = ("Two rockets hit the town, said the Turkish army.", [
    (1, "Two", "two", "NUM", 2, "nummod"), (2, "rockets", "rocket", "NOUN", 3, "nsubj"),
    (3, "hit", "hit", "VERB", 7, "ccomp"), (4, "the", "the", "DET", 5, "det"),
    (5, "town", "town", "NOUN", 3, "obj"), (6, ",", ",", "PUNCT", 7, "punct"),
    (7, "said", "say", "VERB", 0, "root"), (8, "the", "the", "DET", 10, "det"),
    (9, "Turkish", "Turkish", "ADJ", 10, "amod"), (10, "army", "army", "NOUN", 7, "obj"),
    (11, ".", ".", "PUNCT", 7, "punct"),
])

# a role word with the name hung on it as flat
ROLE_WITH_FLAT_NAME = ("Greek leader Papadakis said talks would resume.", [
    (1, "Greek", "Greek", "ADJ", 2, "amod"), (2, "leader", "leader", "NOUN", 4, "nsubj"),
    (3, "Papadakis", "Papadakis", "PROPN", 2, "flat"), (4, "said", "say", "VERB", 0, "root"),
    (5, "talks", "talk", "NOUN", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "resume", "resume", "VERB", 4, "ccomp"), (8, ".", ".", "PUNCT", 4, "punct"),
])

# the possessive form, then the demonym form, of one organization
POSSESSIVE_ARMY = ("Turkey’s army said the border was closed.", [
    (1, "Turkey", "Turkey", "PROPN", 3, "nmod:poss"), (2, "’s", "'s", "PART", 1, "case"),
    (3, "army", "army", "NOUN", 4, "nsubj"), (4, "said", "say", "VERB", 0, "root"),
    (5, "the", "the", "DET", 6, "det"), (6, "border", "border", "NOUN", 8, "nsubj:pass"),
    (7, "was", "be", "AUX", 8, "aux:pass"), (8, "closed", "close", "VERB", 4, "ccomp"),
    (9, ".", ".", "PUNCT", 4, "punct"),
])

# a closing present participle predicated of the speaker, attached inside the content
PARTICIPLE_COMMENT = ("The mayor vowed to rebuild the bridge, raising hopes in the town.", [
    (1, "The", "the", "DET", 2, "det"), (2, "mayor", "mayor", "NOUN", 3, "nsubj"),
    (3, "vowed", "vow", "VERB", 0, "root"), (4, "to", "to", "PART", 5, "mark"),
    (5, "rebuild", "rebuild", "VERB", 3, "xcomp"), (6, "the", "the", "DET", 7, "det"),
    (7, "bridge", "bridge", "NOUN", 5, "obj"), (8, ",", ",", "PUNCT", 9, "punct"),
    (9, "raising", "raise", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    (10, "hopes", "hope", "NOUN", 9, "obj"), (11, "in", "in", "ADP", 13, "case"),
    (12, "the", "the", "DET", 13, "det"), (13, "town", "town", "NOUN", 9, "obl"),
    (14, ".", ".", "PUNCT", 3, "punct"),
])

# the complementiser "that" read as a relative pronoun, while "strike" fills the object slot
NOUN_COMPLEMENT_AS_RELATIVE = ("The union released a statement that it will not end its strike.", [
    (1, "The", "the", "DET", 2, "det"), (2, "union", "union", "NOUN", 3, "nsubj"),
    (3, "released", "release", "VERB", 0, "root"), (4, "a", "a", "DET", 5, "det"),
    (5, "statement", "statement", "NOUN", 3, "obj"), (6, "that", "that", "PRON", 10, "obj"),
    (7, "it", "it", "PRON", 10, "nsubj"), (8, "will", "will", "AUX", 10, "aux"),
    (9, "not", "not", "PART", 10, "advmod"), (10, "end", "end", "VERB", 5, "acl:relcl"),
    (11, "its", "its", "PRON", 12, "nmod:poss"), (12, "strike", "strike", "NOUN", 10, "obj"),
    (13, ".", ".", "PUNCT", 3, "punct"),
])

# a true relative clause on a communication noun: no content
NOUN_WITH_RELATIVE = ("The union repeated the claim that it made on Monday.", [
    (1, "The", "the", "DET", 2, "det"), (2, "union", "union", "NOUN", 3, "nsubj"),
    (3, "repeated", "repeat", "VERB", 0, "root"), (4, "the", "the", "DET", 5, "det"),
    (5, "claim", "claim", "NOUN", 3, "obj"), (6, "that", "that", "PRON", 8, "obj"),
    (7, "it", "it", "PRON", 8, "nsubj"), (8, "made", "make", "VERB", 5, "acl:relcl"),
    (9, "on", "on", "ADP", 10, "case"), (10, "Monday", "Monday", "PROPN", 8, "obl"),
    (11, ".", ".", "PUNCT", 3, "punct"),
])

# "hope" tagged as a verb under "expressed"
EXPRESSED_HOPE_AS_VERB = ("Rossi expressed hope that the talks would resume.", [
    (1, "Rossi", "Rossi", "PROPN", 2, "nsubj"), (2, "expressed", "express", "VERB", 0, "root"),
    (3, "hope", "hope", "VERB", 2, "xcomp"), (4, "that", "that", "SCONJ", 8, "mark"),
    (5, "the", "the", "DET", 6, "det"), (6, "talks", "talk", "NOUN", 8, "nsubj"),
    (7, "would", "would", "AUX", 8, "aux"), (8, "resume", "resume", "VERB", 3, "ccomp"),
    (9, ".", ".", "PUNCT", 2, "punct"),
])

# the that-clause hung on the noun of a time adjunct, a condition hung on the verb,
# and a sentence adverb tagged as a proper noun beside the real subject
ADJUNCT_AND_CONDITION = ("Also, officials warned on Monday that the dam could fail if rain continues.", [
    (1, "Also", "Also", "PROPN", 4, "nsubj"), (2, ",", ",", "PUNCT", 1, "punct"),
    (3, "officials", "official", "NOUN", 4, "nsubj"), (4, "warned", "warn", "VERB", 0, "root"),
    (5, "on", "on", "ADP", 6, "case"), (6, "Monday", "Monday", "PROPN", 4, "obl"),
    (7, "that", "that", "SCONJ", 11, "mark"), (8, "the", "the", "DET", 9, "det"),
    (9, "dam", "dam", "NOUN", 11, "nsubj"), (10, "could", "could", "AUX", 11, "aux"),
    (11, "fail", "fail", "VERB", 6, "acl"), (12, "if", "if", "SCONJ", 14, "mark"),
    (13, "rain", "rain", "NOUN", 14, "nsubj"), (14, "continues", "continue", "VERB", 4, "advcl"),
    (15, ".", ".", "PUNCT", 4, "punct"),
])

# the speaker hung as an apposition on the fronted clause's last noun
SUBJECT_HUNG_BEFORE = ("Asked about the plan, Mayor Ana Ruiz told reporters it would work.", [
    (1, "Asked", "ask", "VERB", 9, "advcl"), (2, "about", "about", "ADP", 4, "case"),
    (3, "the", "the", "DET", 4, "det"), (4, "plan", "plan", "NOUN", 1, "obl"),
    (5, ",", ",", "PUNCT", 6, "punct"), (6, "Mayor", "Mayor", "PROPN", 4, "appos"),
    (7, "Ana", "Ana", "PROPN", 6, "flat"), (8, "Ruiz", "Ruiz", "PROPN", 6, "flat"),
    (9, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (10, "reporters", "reporter", "NOUN", 9, "obj"), (11, "it", "it", "PRON", 13, "nsubj"),
    (12, "would", "would", "AUX", 13, "aux"), (13, "work", "work", "VERB", 9, "ccomp"),
    (14, ".", ".", "PUNCT", 9, "punct"),
])

# "He added:" split from the quoted passage that follows it
ADDED_COLON = ("Ruiz added:", [
    (1, "Ruiz", "Ruiz", "PROPN", 2, "nsubj"), (2, "added", "add", "VERB", 0, "root"),
    (3, ":", ":", "PUNCT", 2, "punct"),
])
QUOTED_AFTER_COLON = ("“We will rebuild the bridge.”", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "rebuild", "rebuild", "VERB", 0, "root"),
    (5, "the", "the", "DET", 6, "det"), (6, "bridge", "bridge", "NOUN", 4, "obj"),
    (7, ".", ".", "PUNCT", 4, "punct"), (8, "”", "”", "PUNCT", 4, "punct"),
])

# the complement read as an object with a participle modifying its noun
CLAUSE_INSIDE_OBJECT = ("The army said most of the shells landed in fields.", [
    (1, "The", "the", "DET", 2, "det"), (2, "army", "army", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root"), (4, "most", "most", "ADJ", 3, "obj"),
    (5, "of", "of", "ADP", 7, "case"), (6, "the", "the", "DET", 7, "det"),
    (7, "shells", "shell", "NOUN", 4, "nmod"),
    (8, "landed", "land", "VERB", 7, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (9, "in", "in", "ADP", 10, "case"), (10, "fields", "field", "NOUN", 8, "obl"),
    (11, ".", ".", "PUNCT", 3, "punct"),
])

# a that-complement taken for an adverbial clause, holding a nested report that a
# "which she said" clause frames anew
NESTED_WITH_WHICH_SAID = ("Ruiz noted that the union had said it would strike, which she said was regrettable.", [
    (1, "Ruiz", "Ruiz", "PROPN", 2, "nsubj"), (2, "noted", "note", "VERB", 0, "root"),
    (3, "that", "that", "SCONJ", 7, "mark"), (4, "the", "the", "DET", 5, "det"),
    (5, "union", "union", "NOUN", 7, "nsubj"), (6, "had", "have", "AUX", 7, "aux"),
    (7, "said", "say", "VERB", 2, "advcl"), (8, "it", "it", "PRON", 10, "nsubj"),
    (9, "would", "would", "AUX", 10, "aux"), (10, "strike", "strike", "VERB", 7, "ccomp"),
    (11, ",", ",", "PUNCT", 14, "punct"), (12, "which", "which", "PRON", 14, "obj"),
    (13, "she", "she", "PRON", 14, "nsubj"), (14, "said", "say", "VERB", 10, "acl:relcl"),
    (15, "was", "be", "AUX", 16, "cop"), (16, "regrettable", "regrettable", "ADJ", 14, "ccomp"),
    (17, ".", ".", "PUNCT", 2, "punct"),
])

# a role word and the name after it both taken for subjects of an aside
ROLE_AND_NAME_SUBJECTS = ("The port reopened on Friday, spokeswoman Lena Berg said.", [
    (1, "The", "the", "DET", 2, "det"), (2, "port", "port", "NOUN", 3, "nsubj"),
    (3, "reopened", "reopen", "VERB", 0, "root"), (4, "on", "on", "ADP", 5, "case"),
    (5, "Friday", "Friday", "PROPN", 3, "obl"), (6, ",", ",", "PUNCT", 10, "punct"),
    (7, "spokeswoman", "spokeswoman", "NOUN", 10, "nsubj"), (8, "Lena", "Lena", "ADJ", 9, "amod"),
    (9, "Berg", "Berg", "PROPN", 10, "nsubj"), (10, "said", "say", "VERB", 3, "parataxis"),
    (11, ".", ".", "PUNCT", 3, "punct"),
])

# a closing participle attached deep inside the content
DEEP_PARTICIPLE = ("Berg added the city needed to act, noting the costs.", [
    (1, "Berg", "Berg", "PROPN", 2, "nsubj"), (2, "added", "add", "VERB", 0, "root"),
    (3, "the", "the", "DET", 4, "det"), (4, "city", "city", "NOUN", 5, "nsubj"),
    (5, "needed", "need", "VERB", 2, "ccomp"), (6, "to", "to", "PART", 7, "mark"),
    (7, "act", "act", "VERB", 5, "xcomp"), (8, ",", ",", "PUNCT", 9, "punct"),
    (9, "noting", "note", "VERB", 7, "conj", "VerbForm=Part"), (10, "the", "the", "DET", 11, "det"),
    (11, "costs", "cost", "NOUN", 9, "obj"), (12, ".", ".", "PUNCT", 2, "punct"),
])

# the apposition of an inverted speaker taken for the complement
INVERTED_WITH_APPOSITION = ("“It will pass,” said Ana Ruiz, a lawyer in Lima.", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "It", "it", "PRON", 4, "nsubj"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "pass", "pass", "VERB", 7, "ccomp"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "said", "say", "VERB", 0, "root"), (8, "Ana", "Ana", "PROPN", 7, "nsubj"),
    (9, "Ruiz", "Ruiz", "PROPN", 8, "flat"), (10, ",", ",", "PUNCT", 12, "punct"),
    (11, "a", "a", "DET", 12, "det"), (12, "lawyer", "lawyer", "NOUN", 7, "ccomp"),
    (13, "in", "in", "ADP", 14, "case"), (14, "Lima", "Lima", "PROPN", 12, "nmod"),
    (15, ".", ".", "PUNCT", 7, "punct"),
])

# "told" read as a participle modifying the outlet, after the quoted clause
TOLD_AS_ADJECTIVE = ("“We will appeal,” a lawyer told Reuters.", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "appeal", "appeal", "VERB", 0, "root"),
    (5, ",", ",", "PUNCT", 9, "punct"), (6, "”", "”", "PUNCT", 9, "punct"),
    (7, "a", "a", "DET", 8, "det"), (8, "lawyer", "lawyer", "NOUN", 10, "compound"),
    (9, "told", "tell", "VERB", 10, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (10, "Reuters", "Reuters", "PROPN", 4, "obl"), (11, ".", ".", "PUNCT", 4, "punct"),
])

# a dateline taken for the subject, the real subject hung on it
DATELINE = ("OSLO (Reuters) - Police closed the bridge, the city said.", [
    (1, "OSLO", "OSLO", "NOUN", 7, "nsubj"), (2, "(", "(", "PUNCT", 3, "punct"),
    (3, "Reuters", "Reuters", "PROPN", 1, "appos"), (4, ")", ")", "PUNCT", 3, "punct"),
    (5, "-", "-", "PUNCT", 3, "punct"), (6, "Police", "police", "NOUN", 1, "appos"),
    (7, "closed", "close", "VERB", 0, "root"), (8, "the", "the", "DET", 9, "det"),
    (9, "bridge", "bridge", "NOUN", 7, "obj"), (10, ",", ",", "PUNCT", 13, "punct"),
    (11, "the", "the", "DET", 12, "det"), (12, "city", "city", "NOUN", 13, "nsubj"),
    (13, "said", "say", "VERB", 7, "parataxis"), (14, ".", ".", "PUNCT", 7, "punct"),
])

# "according to" at the end of the sentence, hung on an embedded verb
ACCORDING_AT_END = ("Roads were closed after storms caused rivers to rise, according to police.", [
    (1, "Roads", "road", "NOUN", 3, "nsubj:pass"), (2, "were", "be", "AUX", 3, "aux:pass"),
    (3, "closed", "close", "VERB", 0, "root"), (4, "after", "after", "SCONJ", 6, "mark"),
    (5, "storms", "storm", "NOUN", 6, "nsubj"), (6, "caused", "cause", "VERB", 3, "advcl"),
    (7, "rivers", "river", "NOUN", 6, "obj"), (8, "to", "to", "PART", 9, "mark"),
    (9, "rise", "rise", "VERB", 6, "xcomp"), (10, ",", ",", "PUNCT", 13, "punct"),
    (11, "according", "accord", "VERB", 13, "case"), (12, "to", "to", "ADP", 11, "fixed"),
    (13, "police", "police", "NOUN", 9, "obl"), (14, ".", ".", "PUNCT", 3, "punct"),
])

# the that-clause hung on the outlet addressed
TOLD_OUTLET_THAT = ("Ricci told state radio that crews were working.", [
    (1, "Ricci", "Ricci", "PROPN", 2, "nsubj"), (2, "told", "tell", "VERB", 0, "root"),
    (3, "state", "state", "NOUN", 4, "compound"), (4, "radio", "radio", "NOUN", 2, "obj"),
    (5, "that", "that", "SCONJ", 8, "mark"), (6, "crews", "crew", "NOUN", 8, "nsubj"),
    (7, "were", "be", "AUX", 8, "aux"), (8, "working", "work", "VERB", 4, "acl"),
    (9, ".", ".", "PUNCT", 2, "punct"),
])

# a passive verb of addressing: the subject is the addressee, no speaker named
URGED_PASSIVE = ("Residents were urged to leave the valley.", [
    (1, "Residents", "resident", "NOUN", 3, "nsubj:pass"), (2, "were", "be", "AUX", 3, "aux:pass"),
    (3, "urged", "urge", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (4, "to", "to", "PART", 5, "mark"), (5, "leave", "leave", "VERB", 3, "xcomp"),
    (6, "the", "the", "DET", 7, "det"), (7, "valley", "valley", "NOUN", 5, "obj"),
    (8, ".", ".", "PUNCT", 3, "punct"),
])

# the infinitive hung on the object of "urged"; a name split into two subjects
URGED_OBJECT_INFINITIVE = ("Minister Anna Holt urged both sides to return home.", [
    (1, "Minister", "Minister", "PROPN", 2, "compound"), (2, "Anna", "Anna", "PROPN", 4, "nsubj"),
    (3, "Holt", "Holt", "PROPN", 4, "nsubj"),
    (4, "urged", "urge", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "both", "both", "DET", 6, "det"), (6, "sides", "side", "NOUN", 4, "obj"),
    (7, "to", "to", "PART", 8, "mark"), (8, "return", "return", "VERB", 6, "acl"),
    (9, "home", "home", "ADV", 8, "advmod"), (10, ".", ".", "PUNCT", 4, "punct"),
])

# an apposition taken for a conjunct; then a pronoun for that unnamed source
NURSE_APPOSITION = ("One nurse, a mother of three, said wards were full.", [
    (1, "One", "one", "NUM", 2, "nummod"), (2, "nurse", "nurse", "NOUN", 9, "nsubj"),
    (3, ",", ",", "PUNCT", 5, "punct"), (4, "a", "a", "DET", 5, "det"),
    (5, "mother", "mother", "NOUN", 2, "conj"), (6, "of", "of", "ADP", 7, "case"),
    (7, "three", "three", "NUM", 5, "nmod"), (8, ",", ",", "PUNCT", 5, "punct"),
    (9, "said", "say", "VERB", 0, "root"), (10, "wards", "ward", "NOUN", 12, "nsubj"),
    (11, "were", "be", "AUX", 12, "cop"), (12, "full", "full", "ADJ", 9, "ccomp"),
    (13, ".", ".", "PUNCT", 9, "punct"),
])
SHE_SAID = ("“We are exhausted,” she said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "are", "be", "AUX", 4, "cop"), (4, "exhausted", "exhausted", "ADJ", 0, "root"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "she", "she", "PRON", 8, "nsubj"), (8, "said", "say", "VERB", 4, "parataxis"),
    (9, ".", ".", "PUNCT", 4, "punct"),
])

# "according" hung as a case marker on the noun before it, "to" on the source
ACCORDING_MISATTACHED = ("The talks resumed on Monday, according to a person familiar with the matter.", [
    (1, "The", "the", "DET", 2, "det"), (2, "talks", "talk", "NOUN", 3, "nsubj"),
    (3, "resumed", "resume", "VERB", 0, "root"), (4, "on", "on", "ADP", 5, "case"),
    (5, "Monday", "Monday", "PROPN", 3, "obl"), (6, ",", ",", "PUNCT", 7, "punct"),
    (7, "according", "accord", "VERB", 5, "case"), (8, "to", "to", "ADP", 10, "case"),
    (9, "a", "a", "DET", 10, "det"), (10, "person", "person", "NOUN", 5, "nmod"),
    (11, "familiar", "familiar", "ADJ", 10, "amod"), (12, "with", "with", "ADP", 14, "case"),
    (13, "the", "the", "DET", 14, "det"), (14, "matter", "matter", "NOUN", 11, "obl"),
    (15, ".", ".", "PUNCT", 3, "punct"),
])

# "adding" taken for a complement of "said"; a mention with a parenthetical
ADDING_AS_COMPLEMENT = ("The ministry, in a statement, said rates would rise, adding that costs would fall.", [
    (1, "The", "the", "DET", 2, "det"), (2, "ministry", "ministry", "NOUN", 8, "nsubj"),
    (3, ",", ",", "PUNCT", 6, "punct"), (4, "in", "in", "ADP", 6, "case"),
    (5, "a", "a", "DET", 6, "det"), (6, "statement", "statement", "NOUN", 2, "nmod"),
    (7, ",", ",", "PUNCT", 6, "punct"), (8, "said", "say", "VERB", 0, "root"),
    (9, "rates", "rate", "NOUN", 11, "nsubj"), (10, "would", "would", "AUX", 11, "aux"),
    (11, "rise", "rise", "VERB", 8, "ccomp"), (12, ",", ",", "PUNCT", 13, "punct"),
    (13, "adding", "add", "VERB", 8, "ccomp", "VerbForm=Ger"), (14, "that", "that", "SCONJ", 17, "mark"),
    (15, "costs", "cost", "NOUN", 17, "nsubj"), (16, "would", "would", "AUX", 17, "aux"),
    (17, "fall", "fall", "VERB", 13, "ccomp"), (18, ".", ".", "PUNCT", 8, "punct"),
])

# "not" after the verb belongs to the quote; a past form the tagger took for a participle
SAID_ABSOLUTELY_NOT = ("Baker said: “Absolutely not.”", [
    (1, "Baker", "Baker", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root"),
    (3, ":", ":", "PUNCT", 6, "punct"), (4, "“", "“", "PUNCT", 6, "punct"),
    (5, "Absolutely", "absolutely", "ADV", 6, "advmod"), (6, "not", "not", "PART", 2, "advmod"),
    (7, ".", ".", "PUNCT", 2, "punct"), (8, "”", "”", "PUNCT", 2, "punct"),
])
PAST_AS_PARTICIPLE = ("The report says emissions rose last year.", [
    (1, "The", "the", "DET", 2, "det"), (2, "report", "report", "NOUN", 3, "nsubj"),
    (3, "says", "say", "VERB", 0, "root"), (4, "emissions", "emission", "NOUN", 5, "nsubj"),
    (5, "rose", "rise", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"), (6, "last", "last", "ADJ", 7, "amod"),
    (7, "year", "year", "NOUN", 5, "obl"), (8, ".", ".", "PUNCT", 3, "punct"),
])
KNOWN_AS = ("Police said the man, also known as Kiko.", [
    (1, "Police", "police", "NOUN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root"),
    (3, "the", "the", "DET", 4, "det"), (4, "man", "man", "NOUN", 7, "nsubj:pass"),
    (5, ",", ",", "PUNCT", 7, "punct"), (6, "also", "also", "ADV", 7, "advmod"),
    (7, "known", "know", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (8, "as", "as", "ADP", 9, "case"), (9, "Kiko", "Kiko", "PROPN", 7, "obl"),
    (10, ".", ".", "PUNCT", 2, "punct"),
])

# the main verb hung inside the relative clause, after its closing comma
MAIN_VERB_IN_RELATIVE = ("One nurse, who asked for privacy, said the ward was full.", [
    (1, "One", "one", "NUM", 2, "nummod"), (2, "nurse", "nurse", "NOUN", 0, "root"),
    (3, ",", ",", "PUNCT", 5, "punct"), (4, "who", "who", "PRON", 5, "nsubj"),
    (5, "asked", "ask", "VERB", 2, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (6, "for", "for", "ADP", 7, "case"), (7, "privacy", "privacy", "NOUN", 5, "obl"),
    (8, ",", ",", "PUNCT", 9, "punct"),
    (9, "said", "say", "VERB", 5, "conj", "Tense=Past|VerbForm=Part"),
    (10, "the", "the", "DET", 11, "det"), (11, "ward", "ward", "NOUN", 13, "nsubj"),
    (12, "was", "be", "AUX", 13, "cop"), (13, "full", "full", "ADJ", 9, "ccomp"),
    (14, ".", ".", "PUNCT", 2, "punct"),
])
# a second verb of saying coordinated with the reported predicate
INSISTED_INSIDE_COMPLEMENT = ("Reed said the cuts were unavoidable but insisted that no jobs would go.", [
    (1, "Reed", "Reed", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "cuts", "cut", "NOUN", 6, "nsubj"),
    (5, "were", "be", "AUX", 6, "cop"), (6, "unavoidable", "unavoidable", "ADJ", 2, "ccomp"),
    (7, "but", "but", "CCONJ", 8, "cc"),
    (8, "insisted", "insist", "VERB", 6, "conj", "Tense=Past|VerbForm=Part"),
    (9, "that", "that", "SCONJ", 13, "mark"), (10, "no", "no", "DET", 11, "det"),
    (11, "jobs", "job", "NOUN", 13, "nsubj"), (12, "would", "would", "AUX", 13, "aux"),
    (13, "go", "go", "VERB", 8, "ccomp"), (14, ".", ".", "PUNCT", 2, "punct"),
])
# the same shape with a plain verb in the complement: who urged is open, left as parsed
URGED_AFTER_PLAIN_VERB = ("Reed said the minister resigned and urged calm.", [
    (1, "Reed", "Reed", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "minister", "minister", "NOUN", 5, "nsubj"),
    (5, "resigned", "resign", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (6, "and", "and", "CCONJ", 7, "cc"),
    (7, "urged", "urge", "VERB", 5, "conj", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "calm", "calm", "NOUN", 7, "obj"), (9, ".", ".", "PUNCT", 2, "punct"),
])
# an auxiliary on a head the tagger took for an adjective still makes a clause
AUX_ON_ADJECTIVE = ("Kim says she did nothing wrong.", [
    (1, "Kim", "Kim", "PROPN", 2, "nsubj"), (2, "says", "say", "VERB", 0, "root", "Tense=Pres|VerbForm=Fin"),
    (3, "she", "she", "PRON", 6, "nsubj"), (4, "did", "do", "AUX", 6, "aux"),
    (5, "nothing", "nothing", "PRON", 6, "nsubj"), (6, "wrong", "wrong", "ADJ", 2, "ccomp"),
    (7, ".", ".", "PUNCT", 2, "punct"),
])
# the complement read as a relative clause on the adjunct, its past verb as a passive participle
THAT_CLAUSE_ON_ADJUNCT_AS_RELATIVE = ("Evans wrote on Twitter that voters deserved answers.", [
    (1, "Evans", "Evans", "PROPN", 2, "nsubj"), (2, "wrote", "write", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "on", "on", "ADP", 4, "case"), (4, "Twitter", "Twitter", "PROPN", 2, "obl"),
    (5, "that", "that", "PRON", 7, "obj"), (6, "voters", "voter", "NOUN", 7, "nsubj:pass"),
    (7, "deserved", "deserve", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (8, "answers", "answer", "NOUN", 7, "obj"), (9, ".", ".", "PUNCT", 2, "punct"),
])
# "quoted as saying": the complement hung on "quoted"
QUOTED_AS_SAYING = ("Evans was quoted as saying the affair was a disgrace.", [
    (1, "Evans", "Evans", "PROPN", 3, "nsubj:pass"), (2, "was", "be", "AUX", 3, "aux:pass"),
    (3, "quoted", "quote", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (4, "as", "as", "SCONJ", 5, "mark"), (5, "saying", "say", "VERB", 3, "advcl", "VerbForm=Ger"),
    (6, "the", "the", "DET", 7, "det"), (7, "affair", "affair", "NOUN", 10, "nsubj"),
    (8, "was", "be", "AUX", 10, "cop"), (9, "a", "a", "DET", 10, "det"),
    (10, "disgrace", "disgrace", "NOUN", 3, "advcl"), (11, ".", ".", "PUNCT", 3, "punct"),
])
# a past verb cannot share a modal: "declined" is the speaker's, not part of the claim
MODAL_THEN_PAST = ("Kim said she would be cleared, but declined to comment.", [
    (1, "Kim", "Kim", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "she", "she", "PRON", 6, "nsubj:pass"), (4, "would", "would", "AUX", 6, "aux"),
    (5, "be", "be", "AUX", 6, "aux:pass"),
    (6, "cleared", "clear", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (7, ",", ",", "PUNCT", 9, "punct"), (8, "but", "but", "CCONJ", 9, "cc"),
    (9, "declined", "decline", "VERB", 6, "conj", "Tense=Past|VerbForm=Part"),
    (10, "to", "to", "PART", 11, "mark"), (11, "comment", "comment", "VERB", 9, "xcomp", "VerbForm=Inf"),
    (12, ".", ".", "PUNCT", 2, "punct"),
])
# a question, then a sentence that is only its attribution (tokenizers split after "?")
QUESTION = ("“Why did she wait three months to tell us?”", [
    (1, "“", "“", "PUNCT", 5, "punct"), (2, "Why", "why", "ADV", 5, "advmod"),
    (3, "did", "do", "AUX", 5, "aux"), (4, "she", "she", "PRON", 5, "nsubj"),
    (5, "wait", "wait", "VERB", 0, "root", "VerbForm=Inf"), (6, "three", "three", "NUM", 7, "nummod"),
    (7, "months", "month", "NOUN", 5, "obl:tmod"), (8, "to", "to", "PART", 9, "mark"),
    (9, "tell", "tell", "VERB", 5, "advcl", "VerbForm=Inf"), (10, "us", "we", "PRON", 9, "obj"),
    (11, "?", "?", "PUNCT", 5, "punct"), (12, "”", "”", "PUNCT", 5, "punct"),
])
EVANS_ASKED = ("Evans asked.", [
    (1, "Evans", "Evans", "PROPN", 2, "nsubj"), (2, "asked", "ask", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, ".", ".", "PUNCT", 2, "punct"),
])
EVANS_ASKED_FOR_TIME = ("Evans asked the committee for more time to review the evidence.", [
    (1, "Evans", "Evans", "PROPN", 2, "nsubj"), (2, "asked", "ask", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "committee", "committee", "NOUN", 2, "obj"),
    (5, "for", "for", "ADP", 7, "case"), (6, "more", "more", "ADJ", 7, "amod"),
    (7, "time", "time", "NOUN", 2, "obl"), (8, "to", "to", "PART", 9, "mark"),
    (9, "review", "review", "VERB", 7, "acl", "VerbForm=Inf"), (10, "the", "the", "DET", 11, "det"),
    (11, "evidence", "evidence", "NOUN", 9, "obj"), (12, ".", ".", "PUNCT", 2, "punct"),
])
# a "complement" before its verb with no punctuation between: a misparse, not a report
RUN_ON_BEFORE_VERB = ("Footage emerged of what media said were ruins.", [
    (1, "Footage", "footage", "NOUN", 2, "nsubj"), (2, "emerged", "emerge", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Fin"),
    (3, "of", "of", "ADP", 5, "case"), (4, "what", "what", "DET", 5, "det"),
    (5, "media", "media", "NOUN", 8, "nmod"), (6, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (7, "were", "be", "AUX", 8, "cop"), (8, "ruins", "ruin", "NOUN", 6, "ccomp"),
    (9, ".", ".", "PUNCT", 6, "punct"),
])
# paragraphs: a speaker named once for a run of quoted paragraphs
ADAMS_SAID = ("Adams said the plan would work.", [
    (1, "Adams", "Adams", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "plan", "plan", "NOUN", 6, "nsubj"),
    (5, "would", "would", "AUX", 6, "aux"), (6, "work", "work", "VERB", 2, "ccomp", "VerbForm=Inf"),
    (7, ".", ".", "PUNCT", 2, "punct"),
])
QUOTED_PARAGRAPH = ("“I have been very clear about this with everyone.”", [
    (1, "“", "“", "PUNCT", 6, "punct"), (2, "I", "I", "PRON", 6, "nsubj"),
    (3, "have", "have", "AUX", 6, "aux"), (4, "been", "be", "AUX", 6, "cop"),
    (5, "very", "very", "ADV", 6, "advmod"), (6, "clear", "clear", "ADJ", 0, "root"),
    (7, "about", "about", "ADP", 8, "case"), (8, "this", "this", "PRON", 6, "obl"),
    (9, "with", "with", "ADP", 10, "case"), (10, "everyone", "everyone", "PRON", 6, "obl"),
    (11, ".", ".", "PUNCT", 6, "punct"), (12, "”", "”", "PUNCT", 6, "punct"),
])
WRITERS_PARAGRAPH = ("The plan costs billions.", [
    (1, "The", "the", "DET", 2, "det"), (2, "plan", "plan", "NOUN", 3, "nsubj"),
    (3, "costs", "cost", "VERB", 0, "root", "Tense=Pres|VerbForm=Fin"),
    (4, "billions", "billion", "NOUN", 3, "obj"), (5, ".", ".", "PUNCT", 3, "punct"),
])
# an organisation named "X of Y"
BANK_OF_ENGLAND = ("Rates will rise, according to the Bank of England.", [
    (1, "Rates", "rate", "NOUN", 3, "nsubj"), (2, "will", "will", "AUX", 3, "aux"),
    (3, "rise", "rise", "VERB", 0, "root", "VerbForm=Inf"), (4, ",", ",", "PUNCT", 8, "punct"),
    (5, "according", "accord", "VERB", 8, "case"), (6, "to", "to", "ADP", 5, "fixed"),
    (7, "the", "the", "DET", 8, "det"), (8, "Bank", "Bank", "PROPN", 3, "obl"),
    (9, "of", "of", "ADP", 10, "case"), (10, "England", "England", "PROPN", 8, "nmod"),
    (11, ".", ".", "PUNCT", 3, "punct"),
])
# the lemmatizer's "conced" for "conceded"
MANGLED_LEMMA = ("Management conceded that the offer was low.", [
    (1, "Management", "management", "NOUN", 2, "nsubj"),
    (2, "conceded", "conced", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 7, "mark"), (4, "the", "the", "DET", 5, "det"),
    (5, "offer", "offer", "NOUN", 7, "nsubj"), (6, "was", "be", "AUX", 7, "cop"),
    (7, "low", "low", "ADJ", 2, "ccomp"), (8, ".", ".", "PUNCT", 2, "punct"),
])
# a phrase of time inside the subject; a lone participle hung on the verb
OFFICIALS_ON_THURSDAY = ("Officials on Thursday said waiting lists had grown.", [
    (1, "Officials", "official", "NOUN", 4, "nsubj"), (2, "on", "on", "ADP", 3, "case"),
    (3, "Thursday", "Thursday", "PROPN", 1, "nmod"),
    (4, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (5, "waiting", "wait", "VERB", 4, "xcomp", "Tense=Pres|VerbForm=Part"),
    (6, "lists", "list", "NOUN", 8, "nsubj"), (7, "had", "have", "AUX", 8, "aux"),
    (8, "grown", "grow", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part"), (9, ".", ".", "PUNCT", 4, "punct"),
])
# "according to" with a standard, not a source
ACCORDING_TO_PLAN = ("The launch went ahead according to plan.", [
    (1, "The", "the", "DET", 2, "det"), (2, "launch", "launch", "NOUN", 3, "nsubj"),
    (3, "went", "go", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"), (4, "ahead", "ahead", "ADV", 3, "advmod"),
    (5, "according", "accord", "VERB", 7, "case"), (6, "to", "to", "ADP", 5, "fixed"),
    (7, "plan", "plan", "NOUN", 3, "obl"), (8, ".", ".", "PUNCT", 3, "punct"),
])
# the anonymity formula
ASKED_NOT_TO_BE_NAMED = ("A nurse, who asked not to be named, said the ward was full.", [
    (1, "A", "a", "DET", 2, "det"), (2, "nurse", "nurse", "NOUN", 11, "nsubj"),
    (3, ",", ",", "PUNCT", 5, "punct"), (4, "who", "who", "PRON", 5, "nsubj"),
    (5, "asked", "ask", "VERB", 2, "acl:relcl", "Tense=Past|VerbForm=Fin"),
    (6, "not", "not", "PART", 9, "advmod"), (7, "to", "to", "PART", 9, "mark"),
    (8, "be", "be", "AUX", 9, "aux:pass"), (9, "named", "name", "VERB", 5, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (10, ",", ",", "PUNCT", 5, "punct"), (11, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (12, "the", "the", "DET", 13, "det"), (13, "ward", "ward", "NOUN", 15, "nsubj"),
    (14, "was", "be", "AUX", 15, "cop"), (15, "full", "full", "ADJ", 11, "ccomp"),
    (16, ".", ".", "PUNCT", 11, "punct"),
])
# an organisation whose name holds a title word; a hyphenated name split by the tokenizer
JUSTICE_DEPARTMENT = ("The Justice Department said it would appeal.", [
    (1, "The", "the", "DET", 3, "det"), (2, "Justice", "Justice", "PROPN", 3, "compound"),
    (3, "Department", "Department", "PROPN", 4, "nsubj"),
    (4, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (5, "it", "it", "PRON", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "appeal", "appeal", "VERB", 4, "ccomp", "VerbForm=Inf"), (8, ".", ".", "PUNCT", 4, "punct"),
])
HYPHENATED_NAME = ("Press secretary Karine Jean-Pierre said the president was briefed.", [
    (1, "Press", "press", "NOUN", 2, "compound"), (2, "secretary", "secretary", "NOUN", 6, "compound"),
    (3, "Karine", "Karine", "PROPN", 6, "compound"), (4, "Jean", "Jean", "PROPN", 6, "compound"),
    (5, "-", "-", "PUNCT", 6, "punct"), (6, "Pierre", "Pierre", "PROPN", 7, "nsubj"),
    (7, "said", "say", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (8, "the", "the", "DET", 9, "det"), (9, "president", "president", "NOUN", 11, "nsubj:pass"),
    (10, "was", "be", "AUX", 11, "aux:pass"), (11, "briefed", "brief", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (12, ".", ".", "PUNCT", 7, "punct"),
])
# a fronted "Asked ..." phrase taken for the main verb; "that" with an odd relation
ASKED_AS_MAIN_VERB = ("Asked if he would stay, the captain smiled.", [
    (1, "Asked", "ask", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"), (2, "if", "if", "SCONJ", 5, "mark"),
    (3, "he", "he", "PRON", 5, "nsubj"), (4, "would", "would", "AUX", 5, "aux"),
    (5, "stay", "stay", "VERB", 1, "advcl", "VerbForm=Inf"), (6, ",", ",", "PUNCT", 5, "punct"),
    (7, "the", "the", "DET", 8, "det"), (8, "captain", "captain", "NOUN", 9, "nsubj"),
    (9, "smiled", "smile", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Fin"), (10, ".", ".", "PUNCT", 1, "punct"),
])
THAT_AS_OBJECT = ("Reed added that the fight would continue.", [
    (1, "Reed", "Reed", "PROPN", 2, "nsubj"), (2, "added", "add", "VERB", 0, "root", "Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 7, "obj"), (4, "the", "the", "DET", 5, "det"),
    (5, "fight", "fight", "NOUN", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "continue", "continue", "VERB", 2, "ccomp", "VerbForm=Inf"), (8, ".", ".", "PUNCT", 2, "punct"),
])
# a response by deed in a headline aside
RESPONDS_WITH_FIRE = ("Israel kills commander, Hezbollah responds with rocket fire", [
    (1, "Israel", "Israel", "PROPN", 2, "nsubj"), (2, "kills", "kill", "VERB", 0, "root", "Tense=Pres|VerbForm=Fin"),
    (3, "commander", "commander", "NOUN", 2, "obj"), (4, ",", ",", "PUNCT", 6, "punct"),
    (5, "Hezbollah", "Hezbollah", "PROPN", 6, "nsubj"),
    (6, "responds", "respond", "VERB", 2, "conj", "Tense=Pres|VerbForm=Fin"),
    (7, "with", "with", "ADP", 9, "case"), (8, "rocket", "rocket", "NOUN", 9, "compound"),
    (9, "fire", "fire", "NOUN", 6, "obl"),
])
# "with X stating that ...": the noun phrase after "with" hung on the noun before it
WITH_ABSOLUTE = ("The army is preparing, with General Tomer Bar stating that troops are ready.", [
    (1, "The", "the", "DET", 2, "det"), (2, "army", "army", "NOUN", 4, "nsubj"),
    (3, "is", "be", "AUX", 4, "aux"), (4, "preparing", "prepare", "VERB", 0, "root", "Tense=Pres|VerbForm=Part"),
    (5, ",", ",", "PUNCT", 10, "punct"), (6, "with", "with", "ADP", 9, "case"),
    (7, "General", "General", "PROPN", 9, "compound"), (8, "Tomer", "Tomer", "PROPN", 9, "compound"),
    (9, "Bar", "Bar", "PROPN", 4, "obl"),
    (10, "stating", "state", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
    (11, "that", "that", "SCONJ", 14, "mark"), (12, "troops", "troop", "NOUN", 14, "nsubj"),
    (13, "are", "be", "AUX", 14, "cop"), (14, "ready", "ready", "ADJ", 10, "ccomp"),
    (15, ".", ".", "PUNCT", 4, "punct"),
])

# a fronted participle's object taken for the subject, the speaker for its apposition
OBJECT_OF_FRONTED_PARTICIPLE = ("Opening the trial in May, prosecutor Ann Marsh told the jury the theft was planned.", [
    (1, "Opening", "open", "VERB", 10, "advcl", "VerbForm=Ger"), (2, "the", "the", "DET", 3, "det"),
    (3, "trial", "trial", "NOUN", 10, "nsubj"), (4, "in", "in", "ADP", 5, "case"),
    (5, "May", "May", "PROPN", 3, "nmod"), (6, ",", ",", "PUNCT", 7, "punct"),
    (7, "prosecutor", "prosecutor", "NOUN", 3, "appos"), (8, "Ann", "Ann", "PROPN", 7, "flat"),
    (9, "Marsh", "Marsh", "PROPN", 8, "flat"),
    (10, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (11, "the", "the", "DET", 12, "det"), (12, "jury", "jury", "NOUN", 10, "obj"),
    (13, "the", "the", "DET", 14, "det"), (14, "theft", "theft", "NOUN", 16, "nsubj:pass"),
    (15, "was", "be", "AUX", 16, "aux:pass"), (16, "planned", "plan", "VERB", 10, "ccomp"),
    (17, ".", ".", "PUNCT", 10, "punct"),
])

# the speaker hung on the fronted phrase, the description set off after it taken for the subject
DESCRIPTION_AS_SUBJECT = ("At a rally in Dunmore, Hollis, a former treasurer, argued that taxes would rise.", [
    (1, "At", "at", "ADP", 3, "case"), (2, "a", "a", "DET", 3, "det"),
    (3, "rally", "rally", "NOUN", 13, "obl"), (4, "in", "in", "ADP", 5, "case"),
    (5, "Dunmore", "Dunmore", "PROPN", 3, "nmod"), (6, ",", ",", "PUNCT", 7, "punct"),
    (7, "Hollis", "Hollis", "PROPN", 5, "appos"), (8, ",", ",", "PUNCT", 11, "punct"),
    (9, "a", "a", "DET", 11, "det"), (10, "former", "former", "ADJ", 11, "amod"),
    (11, "treasurer", "treasurer", "NOUN", 13, "nsubj"), (12, ",", ",", "PUNCT", 13, "punct"),
    (13, "argued", "argue", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, "that", "that", "SCONJ", 17, "mark"), (15, "taxes", "tax", "NOUN", 17, "nsubj"),
    (16, "would", "would", "AUX", 17, "aux"), (17, "rise", "rise", "VERB", 13, "ccomp"),
    (18, ".", ".", "PUNCT", 13, "punct"),
])

# a person named, then called by a nationality noun (tagged as a proper noun)
BERG_PRAISED = ("Lars Berg praised the fans.", [
    (1, "Lars", "Lars", "PROPN", 3, "nsubj"), (2, "Berg", "Berg", "PROPN", 1, "flat"),
    (3, "praised", "praise", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "fans", "fan", "NOUN", 3, "obj"),
    (6, ".", ".", "PUNCT", 3, "punct"),
])
NORWEGIAN_SAID = ("“We were better,” the Norwegian said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "were", "be", "AUX", 4, "cop"), (4, "better", "good", "ADJ", 9, "ccomp"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "the", "the", "DET", 8, "det"), (8, "Norwegian", "Norwegian", "PROPN", 9, "nsubj"),
    (9, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (10, ".", ".", "PUNCT", 9, "punct"),
])

# a company named in full, then as "the company" and by its first word
QUILLON_REPORTED = ("Quillon Systems reported a profit.", [
    (1, "Quillon", "Quillon", "PROPN", 3, "nsubj"), (2, "Systems", "Systems", "PROPN", 1, "flat"),
    (3, "reported", "report", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "a", "a", "DET", 5, "det"), (5, "profit", "profit", "NOUN", 3, "obj"),
    (6, ".", ".", "PUNCT", 3, "punct"),
])
COMPANY_SAID = ("The company said sales rose.", [
    (1, "The", "the", "DET", 2, "det"), (2, "company", "company", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "sales", "sale", "NOUN", 5, "nsubj"), (5, "rose", "rise", "VERB", 3, "ccomp"),
    (6, ".", ".", "PUNCT", 3, "punct"),
])
QUILLON_SAID = ("Quillon said costs fell.", [
    (1, "Quillon", "Quillon", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "costs", "cost", "NOUN", 4, "nsubj"), (4, "fell", "fall", "VERB", 2, "ccomp"),
    (5, ".", ".", "PUNCT", 2, "punct"),
])

# letters after a name, and "of" giving a person's affiliation
MARSH_KC = ("Ann Marsh KC said the theft was planned.", [
    (1, "Ann", "Ann", "PROPN", 4, "nsubj"), (2, "Marsh", "Marsh", "PROPN", 1, "flat"),
    (3, "KC", "KC", "PROPN", 1, "flat"),
    (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "the", "the", "DET", 6, "det"), (6, "theft", "theft", "NOUN", 8, "nsubj:pass"),
    (7, "was", "be", "AUX", 8, "aux:pass"), (8, "planned", "plan", "VERB", 4, "ccomp"),
    (9, ".", ".", "PUNCT", 4, "punct"),
])
SANDHU_OF_POLICE = ("Ravi Sandhu of Thames Police said the case was closed.", [
    (1, "Ravi", "Ravi", "PROPN", 6, "nsubj"), (2, "Sandhu", "Sandhu", "PROPN", 1, "flat"),
    (3, "of", "of", "ADP", 5, "case"), (4, "Thames", "Thames", "PROPN", 5, "compound"),
    (5, "Police", "Police", "PROPN", 1, "nmod"),
    (6, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "the", "the", "DET", 8, "det"), (8, "case", "case", "NOUN", 10, "nsubj:pass"),
    (9, "was", "be", "AUX", 10, "aux:pass"), (10, "closed", "close", "VERB", 6, "ccomp"),
    (11, ".", ".", "PUNCT", 6, "punct"),
])

# two subjects: the apposition's comma attached inside it
LEE_HYDROLOGIST = ("Dr Ana Lee, a hydrologist at Brennan University, said rivers rose.", [
    (1, "Dr", "Dr", "PROPN", 11, "nsubj"), (2, "Ana", "Ana", "PROPN", 1, "flat"),
    (3, "Lee", "Lee", "PROPN", 1, "flat"), (4, ",", ",", "PUNCT", 6, "punct"),
    (5, "a", "a", "DET", 6, "det"), (6, "hydrologist", "hydrologist", "NOUN", 11, "nsubj"),
    (7, "at", "at", "ADP", 9, "case"), (8, "Brennan", "Brennan", "PROPN", 9, "compound"),
    (9, "University", "University", "PROPN", 6, "nmod"), (10, ",", ",", "PUNCT", 11, "punct"),
    (11, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "rivers", "river", "NOUN", 13, "nsubj"), (13, "rose", "rise", "VERB", 11, "ccomp"),
    (14, ".", ".", "PUNCT", 11, "punct"),
])

# two subjects: the second opens with a preposition
SPOKESPERSON_FOR_POLICE = ("A spokesperson for the police told reporters the road was shut.", [
    (1, "A", "a", "DET", 2, "det"), (2, "spokesperson", "spokesperson", "NOUN", 6, "nsubj"),
    (3, "for", "for", "ADP", 5, "case"), (4, "the", "the", "DET", 5, "det"),
    (5, "police", "police", "NOUN", 6, "nsubj"),
    (6, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "reporters", "reporter", "NOUN", 6, "obj"), (8, "the", "the", "DET", 9, "det"),
    (9, "road", "road", "NOUN", 11, "nsubj:pass"), (10, "was", "be", "AUX", 11, "aux:pass"),
    (11, "shut", "shut", "VERB", 6, "ccomp"), (12, ".", ".", "PUNCT", 6, "punct"),
])

# a "not" inside the quote hung on the verb of saying after it
AMES_SCARED = ("Jon Ames said he was scared.", [
    (1, "Jon", "Jon", "PROPN", 3, "nsubj"), (2, "Ames", "Ames", "PROPN", 1, "flat"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "he", "he", "PRON", 6, "nsubj"), (5, "was", "be", "AUX", 6, "cop"),
    (6, "scared", "scared", "ADJ", 3, "ccomp"), (7, ".", ".", "PUNCT", 3, "punct"),
])
NOT_LIKE_A_FLOOD = ("“Not like a flood – like a river,” he said.", [
    (1, "“", "“", "PUNCT", 13, "punct"), (2, "Not", "not", "PART", 13, "advmod"),
    (3, "like", "like", "ADP", 5, "case"), (4, "a", "a", "DET", 5, "det"),
    (5, "flood", "flood", "NOUN", 13, "obl"), (6, "–", "–", "PUNCT", 9, "punct"),
    (7, "like", "like", "ADP", 9, "case"), (8, "a", "a", "DET", 9, "det"),
    (9, "river", "river", "NOUN", 5, "nmod"), (10, ",", ",", "PUNCT", 13, "punct"),
    (11, "”", "”", "PUNCT", 13, "punct"), (12, "he", "he", "PRON", 13, "nsubj"),
    (13, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, ".", ".", "PUNCT", 13, "punct"),
])

# a person named, then called by age
AGE_SAID = ("“We were better,” the 19-year-old said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "were", "be", "AUX", 4, "cop"), (4, "better", "good", "ADJ", 13, "ccomp"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "the", "the", "DET", 12, "det"), (8, "19", "19", "NUM", 10, "nummod"),
    (9, "-", "-", "PUNCT", 10, "punct"), (10, "year", "year", "NOUN", 12, "compound"),
    (11, "-", "-", "PUNCT", 12, "punct"), (12, "old", "old", "ADJ", 13, "nsubj"),
    (13, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, ".", ".", "PUNCT", 13, "punct"),
])

# a "because"-clause taken for a second complement of the verb of saying
BECAUSE_AS_COMPLEMENT = ("Ames said he would not appeal because there is no point.", [
    (1, "Ames", "Ames", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "he", "he", "PRON", 6, "nsubj"), (4, "would", "would", "AUX", 6, "aux"),
    (5, "not", "not", "PART", 6, "advmod"), (6, "appeal", "appeal", "VERB", 2, "ccomp"),
    (7, "because", "because", "SCONJ", 9, "mark"), (8, "there", "there", "PRON", 9, "expl"),
    (9, "is", "be", "VERB", 2, "ccomp"), (10, "no", "no", "DET", 11, "det"),
    (11, "point", "point", "NOUN", 9, "nsubj"), (12, ".", ".", "PUNCT", 2, "punct"),
])

# a club named in full, then by its last word
ROVERS_WON = ("Ashcombe Rovers won the match.", [
    (1, "Ashcombe", "Ashcombe", "PROPN", 2, "compound"), (2, "Rovers", "Rovers", "PROPN", 3, "nsubj"),
    (3, "won", "win", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "match", "match", "NOUN", 3, "obj"),
    (6, ".", ".", "PUNCT", 3, "punct"),
])
ROVERS_SAID = ("Rovers said the result was fair.", [
    (1, "Rovers", "Rovers", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "result", "result", "NOUN", 6, "nsubj"),
    (5, "was", "be", "AUX", 6, "cop"), (6, "fair", "fair", "ADJ", 2, "ccomp"),
    (7, ".", ".", "PUNCT", 2, "punct"),
])

# a clause after a semicolon taken for a second complement
SEMICOLON_CLAUSES = ("Fans say the team needs a striker; critics argue the coach must go.", [
    (1, "Fans", "fan", "NOUN", 2, "nsubj"),
    (2, "say", "say", "VERB", 0, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "team", "team", "NOUN", 5, "nsubj"),
    (5, "needs", "need", "VERB", 2, "ccomp"), (6, "a", "a", "DET", 7, "det"),
    (7, "striker", "striker", "NOUN", 5, "obj"), (8, ";", ";", "PUNCT", 10, "punct"),
    (9, "critics", "critic", "NOUN", 10, "nsubj"),
    (10, "argue", "argue", "VERB", 2, "ccomp", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (11, "the", "the", "DET", 12, "det"), (12, "coach", "coach", "NOUN", 14, "nsubj"),
    (13, "must", "must", "AUX", 14, "aux"), (14, "go", "go", "VERB", 10, "ccomp"),
    (15, ".", ".", "PUNCT", 2, "punct"),
])

# a capitalised word of a company's name tagged as a participle
NORTHGATE_LIVING = ("Northgate Living said the site was safe.", [
    (1, "Northgate", "Northgate", "PROPN", 3, "nsubj"),
    (2, "Living", "live", "VERB", 3, "advcl", "VerbForm=Ger"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "site", "site", "NOUN", 7, "nsubj"),
    (6, "was", "be", "AUX", 7, "cop"), (7, "safe", "safe", "ADJ", 3, "ccomp"),
    (8, ".", ".", "PUNCT", 3, "punct"),
])

# the role holder's name hung on the noun of the role's prepositional modifier
MORROW_FOR_CAMPAIGN = ("A spokesperson for the campaign, Jake Morrow, said the ad was false.", [
    (1, "A", "a", "DET", 2, "det"), (2, "spokesperson", "spokesperson", "NOUN", 10, "nsubj"),
    (3, "for", "for", "ADP", 5, "case"), (4, "the", "the", "DET", 5, "det"),
    (5, "campaign", "campaign", "NOUN", 2, "nmod"), (6, ",", ",", "PUNCT", 8, "punct"),
    (7, "Jake", "Jake", "PROPN", 8, "compound"), (8, "Morrow", "Morrow", "PROPN", 5, "appos"),
    (9, ",", ",", "PUNCT", 10, "punct"),
    (10, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (11, "the", "the", "DET", 12, "det"), (12, "ad", "ad", "NOUN", 14, "nsubj"),
    (13, "was", "be", "AUX", 14, "cop"), (14, "false", "false", "ADJ", 10, "ccomp"),
    (15, ".", ".", "PUNCT", 10, "punct"),
])

# coordinated subjects hung as a conjunct on the fronted phrase
CONJOINED_SUBJECTS_HUNG = ("With prices high, traders and analysts warn that rates will rise.", [
    (1, "With", "with", "ADP", 2, "case"), (2, "prices", "price", "NOUN", 3, "nsubj"),
    (3, "high", "high", "ADJ", 8, "advcl"), (4, ",", ",", "PUNCT", 5, "punct"),
    (5, "traders", "trader", "NOUN", 3, "conj"), (6, "and", "and", "CCONJ", 7, "cc"),
    (7, "analysts", "analyst", "NOUN", 5, "conj"),
    (8, "warn", "warn", "VERB", 0, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (9, "that", "that", "SCONJ", 12, "mark"), (10, "rates", "rate", "NOUN", 12, "nsubj"),
    (11, "will", "will", "AUX", 12, "aux"), (12, "rise", "rise", "VERB", 8, "ccomp"),
    (13, ".", ".", "PUNCT", 8, "punct"),
])

# a participle phrase between dashes taken for the predicate of the clause
PARENTHESIS_BETWEEN_DASHES = ("Officials said that the fire – started by a spark – was spreading fast.", [
    (1, "Officials", "official", "NOUN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 7, "mark"), (4, "the", "the", "DET", 5, "det"),
    (5, "fire", "fire", "NOUN", 7, "nsubj"), (6, "–", "–", "PUNCT", 7, "punct"),
    (7, "started", "start", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (8, "by", "by", "ADP", 10, "case"), (9, "a", "a", "DET", 10, "det"),
    (10, "spark", "spark", "NOUN", 7, "obl"), (11, "–", "–", "PUNCT", 13, "punct"),
    (12, "was", "be", "AUX", 13, "aux"), (13, "spreading", "spread", "VERB", 2, "conj", "Tense=Pres|VerbForm=Part"),
    (14, "fast", "fast", "ADV", 13, "advmod"), (15, ".", ".", "PUNCT", 2, "punct"),
])

# a quoted sentence split by its attribution, its subject taken for a second one of "said"
SPLIT_QUOTE = ("“The economy,” Ana Ruiz said, “is recovering.”", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "The", "the", "DET", 3, "det"),
    (3, "economy", "economy", "NOUN", 8, "nsubj"), (4, ",", ",", "PUNCT", 3, "punct"),
    (5, "”", "”", "PUNCT", 3, "punct"), (6, "Ana", "Ana", "PROPN", 8, "nsubj"),
    (7, "Ruiz", "Ruiz", "PROPN", 6, "flat"),
    (8, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (9, ",", ",", "PUNCT", 12, "punct"), (10, "“", "“", "PUNCT", 12, "punct"),
    (11, "is", "be", "AUX", 12, "aux"), (12, "recovering", "recover", "VERB", 8, "ccomp", "Tense=Pres|VerbForm=Part"),
    (13, ".", ".", "PUNCT", 8, "punct"), (14, "”", "”", "PUNCT", 8, "punct"),
])

# "the company" after another organization named in its own sentence
HALVORSEN_RECALLED = ("Halvorsen Motors recalled cars in March.", [
    (1, "Halvorsen", "Halvorsen", "PROPN", 2, "compound"), (2, "Motors", "Motors", "PROPN", 3, "nsubj"),
    (3, "recalled", "recall", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "cars", "car", "NOUN", 3, "obj"), (5, "in", "in", "ADP", 6, "case"),
    (6, "March", "March", "PROPN", 3, "obl"), (7, ".", ".", "PUNCT", 3, "punct"),
])
COMPANY_AFTER_BOARD = ("In a letter to Road Safety Board, the company said a weld failed.", [
    (1, "In", "in", "ADP", 3, "case"), (2, "a", "a", "DET", 3, "det"),
    (3, "letter", "letter", "NOUN", 11, "obl"), (4, "to", "to", "ADP", 7, "case"),
    (5, "Road", "Road", "PROPN", 7, "compound"), (6, "Safety", "Safety", "PROPN", 7, "compound"),
    (7, "Board", "Board", "PROPN", 3, "nmod"), (8, ",", ",", "PUNCT", 3, "punct"),
    (9, "the", "the", "DET", 10, "det"), (10, "company", "company", "NOUN", 11, "nsubj"),
    (11, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "a", "a", "DET", 13, "det"), (13, "weld", "weld", "NOUN", 14, "nsubj"),
    (14, "failed", "fail", "VERB", 11, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (15, ".", ".", "PUNCT", 11, "punct"),
])

# a person named, then called by ranking
RANKING_SAID = ("“We were better,” the world No 1 said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "were", "be", "AUX", 4, "cop"), (4, "better", "good", "ADJ", 11, "ccomp"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "the", "the", "DET", 9, "det"), (8, "world", "world", "NOUN", 9, "compound"),
    (9, "No", "no", "NOUN", 11, "nsubj"), (10, "1", "1", "NUM", 9, "nummod"),
    (11, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, ".", ".", "PUNCT", 11, "punct"),
])

# the same, with the number read as a second subject
RANKING_AS_SECOND_SUBJECT = ("“We were better,” the world No 1 said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj"),
    (3, "were", "be", "AUX", 4, "cop"), (4, "better", "good", "ADJ", 0, "root"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "the", "the", "DET", 8, "det"), (8, "world", "world", "NOUN", 11, "nsubj"),
    (9, "No", "no", "DET", 10, "det"), (10, "1", "1", "NUM", 11, "nsubj"),
    (11, "said", "say", "VERB", 4, "parataxis", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, ".", ".", "PUNCT", 4, "punct"),
])

# a common noun before a name says what the person is; an abbreviated office is a title
CRITIC_DUMAS = ("On Monday critic Ann Dumas said the film was dull.", [
    (1, "On", "on", "ADP", 2, "case"), (2, "Monday", "Monday", "PROPN", 6, "obl"),
    (3, "critic", "critic", "NOUN", 4, "compound"), (4, "Ann", "Ann", "PROPN", 6, "nsubj"),
    (5, "Dumas", "Dumas", "PROPN", 4, "flat"),
    (6, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "the", "the", "DET", 8, "det"), (8, "film", "film", "NOUN", 10, "nsubj"),
    (9, "was", "be", "AUX", 10, "cop"), (10, "dull", "dull", "ADJ", 6, "ccomp"),
    (11, ".", ".", "PUNCT", 6, "punct"),
])
# "a role Marchetti said he wrote": after "a", the noun before the name is no title
A_ROLE_MARCHETTI = ("She plays a role Marchetti said he wrote for her.", [
    (1, "She", "she", "PRON", 2, "nsubj"), (2, "plays", "play", "VERB", 0, "root"),
    (3, "a", "a", "DET", 5, "det"), (4, "role", "role", "NOUN", 5, "compound"),
    (5, "Marchetti", "Marchetti", "PROPN", 6, "nsubj"),
    (6, "said", "say", "VERB", 2, "parataxis", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "he", "he", "PRON", 8, "nsubj"), (8, "wrote", "write", "VERB", 6, "ccomp"),
    (9, "for", "for", "ADP", 10, "case"), (10, "her", "she", "PRON", 8, "obl"),
    (11, ".", ".", "PUNCT", 2, "punct"),
])
GOV_LIND = ("Gov. Teresa Lind said aid would come.", [
    (1, "Gov.", "Gov.", "PROPN", 2, "compound"), (2, "Teresa", "Teresa", "PROPN", 4, "nsubj"),
    (3, "Lind", "Lind", "PROPN", 2, "flat"),
    (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "aid", "aid", "NOUN", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "come", "come", "VERB", 4, "ccomp"), (8, ".", ".", "PUNCT", 4, "punct"),
])

# the subject of a quoted complement taken for a second object of its verb
SUBJECT_AS_FIRST_OBJECT = ('A spokesman said the bank "respects the law" and would comply.', [
    (1, "A", "a", "DET", 2, "det"), (2, "spokesman", "spokesman", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "bank", "bank", "NOUN", 7, "obj"),
    (6, '"', '"', "PUNCT", 7, "punct"),
    (7, "respects", "respect", "VERB", 3, "ccomp", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (8, "the", "the", "DET", 9, "det"), (9, "law", "law", "NOUN", 7, "obj"),
    (10, '"', '"', "PUNCT", 7, "punct"), (11, "and", "and", "CCONJ", 13, "cc"),
    (12, "would", "would", "AUX", 13, "aux"), (13, "comply", "comply", "VERB", 7, "conj"),
    (14, ".", ".", "PUNCT", 3, "punct"),
])

# a quoted predicate split off its verb as a second complement
PREDICATE_SPLIT_OFF = ('Lee said inflation remained "stubbornly high."', [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "inflation", "inflation", "NOUN", 4, "nsubj"),
    (4, "remained", "remain", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, '"', '"', "PUNCT", 7, "punct"), (6, "stubbornly", "stubbornly", "ADV", 7, "advmod"),
    (7, "high", "high", "ADJ", 2, "ccomp"), (8, ".", ".", "PUNCT", 2, "punct"),
    (9, '"', '"', "PUNCT", 2, "punct"),
])

# an unfamiliar surname tagged as an adverb
CASTELLANO_ADV = ("Castellano said 40 homes burned.", [
    (1, "Castellano", "castellano", "ADV", 2, "advmod"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "40", "40", "NUM", 4, "nummod"), (4, "homes", "home", "NOUN", 5, "nsubj"),
    (5, "burned", "burn", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (6, ".", ".", "PUNCT", 2, "punct"),
])

# a passive directive with no agent
ORDERED_TO_LEAVE = ("Residents were ordered to leave.", [
    (1, "Residents", "resident", "NOUN", 3, "nsubj:pass"), (2, "were", "be", "AUX", 3, "aux:pass"),
    (3, "ordered", "order", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (4, "to", "to", "PART", 5, "mark"), (5, "leave", "leave", "VERB", 3, "xcomp", "VerbForm=Inf"),
    (6, ".", ".", "PUNCT", 3, "punct"),
])

# a reported clause read as two objects and an adjective
IT_STRUCK_TARGETS = ("The army said it struck targets.", [
    (1, "The", "the", "DET", 2, "det"), (2, "army", "army", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "it", "it", "PRON", 3, "obj"), (5, "struck", "strike", "VERB", 6, "amod", "Tense=Past|VerbForm=Part"),
    (6, "targets", "target", "NOUN", 3, "obj"), (7, ".", ".", "PUNCT", 3, "punct"),
])

# an organisation called by its kind, with a capitalised possessor
SHERIFFS_OFFICE = ("The Lake County Sheriff’s Office said roads were shut.", [
    (1, "The", "the", "DET", 4, "det"), (2, "Lake", "Lake", "PROPN", 3, "compound"),
    (3, "County", "County", "PROPN", 4, "compound"), (4, "Sheriff", "Sheriff", "PROPN", 6, "nmod:poss"),
    (5, "’s", "’s", "PART", 4, "case"), (6, "Office", "Office", "PROPN", 7, "nsubj"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "roads", "road", "NOUN", 10, "nsubj:pass"), (9, "were", "be", "AUX", 10, "aux:pass"),
    (10, "shut", "shut", "VERB", 7, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (11, ".", ".", "PUNCT", 7, "punct"),
])

# a quoted phrase as what a verb of naming calls its object
CALLED_DISGRACE = ("Ann Lee called the figures “a disgrace”.", [
    (1, "Ann", "Ann", "PROPN", 3, "nsubj"), (2, "Lee", "Lee", "PROPN", 1, "flat"),
    (3, "called", "call", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "figures", "figure", "NOUN", 3, "obj"),
    (6, "“", "“", "PUNCT", 8, "punct"), (7, "a", "a", "DET", 8, "det"),
    (8, "disgrace", "disgrace", "NOUN", 3, "xcomp"), (9, "”", "”", "PUNCT", 8, "punct"),
    (10, ".", ".", "PUNCT", 3, "punct"),
])
HABIT_CALLED = ("It is a habit called “sleep banking”.", [
    (1, "It", "it", "PRON", 4, "nsubj"), (2, "is", "be", "AUX", 4, "cop"),
    (3, "a", "a", "DET", 4, "det"), (4, "habit", "habit", "NOUN", 0, "root"),
    (5, "called", "call", "VERB", 4, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (6, "“", "“", "PUNCT", 8, "punct"), (7, "sleep", "sleep", "NOUN", 8, "compound"),
    (8, "banking", "banking", "NOUN", 5, "xcomp"), (9, "”", "”", "PUNCT", 8, "punct"),
    (10, ".", ".", "PUNCT", 4, "punct"),
])

# a name hung as a compound on the role noun before it
SEED_KOVALENKO = ("Ruiz beat fourth seed Dmytro Kovalenko.", [
    (1, "Ruiz", "Ruiz", "PROPN", 2, "nsubj"),
    (2, "beat", "beat", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "fourth", "fourth", "ADJ", 4, "amod"), (4, "seed", "seed", "NOUN", 2, "obj"),
    (5, "Dmytro", "Dmytro", "PROPN", 4, "compound"), (6, "Kovalenko", "Kovalenko", "PROPN", 5, "flat"),
    (7, ".", ".", "PUNCT", 2, "punct"),
])
KOVALENKO_SAID = ("Kovalenko said he was tired.", [
    (1, "Kovalenko", "Kovalenko", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "he", "he", "PRON", 5, "nsubj"), (4, "was", "be", "AUX", 5, "cop"),
    (5, "tired", "tired", "ADJ", 2, "ccomp"), (6, ".", ".", "PUNCT", 2, "punct"),
])


def _it_was(adjective: str, opening: str = "", closing: str = "") -> tuple[str, list[tuple]]:
    rows, i = [], 1
    if opening:
        rows.append((1, opening, opening, "PUNCT", 4, "punct"))
        i = 2
    rows += [(i, "It", "it", "PRON", i + 2, "nsubj"), (i + 1, "was", "be", "AUX", i + 2, "cop"),
             (i + 2, adjective, adjective, "ADJ", 0, "root"), (i + 3, ".", ".", "PUNCT", i + 2, "punct")]
    if closing:
        rows.append((i + 4, closing, closing, "PUNCT", i + 2, "punct"))
    return f"{opening}It was {adjective}.{closing}", rows


# a long quote between a name and the pronoun that refers back to it
LEE_WON = ("Ann Lee won.", [
    (1, "Ann", "Ann", "PROPN", 3, "nsubj"), (2, "Lee", "Lee", "PROPN", 1, "flat"),
    (3, "won", "win", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, ".", ".", "PUNCT", 3, "punct"),
])
LONG_QUOTE = [_it_was("hard", opening="“"), _it_was("long"), _it_was("hot"), _it_was("loud"), _it_was("ours")]
SHE_SAID_AFTER = ("It was mine,” she said.", [
    (1, "It", "it", "PRON", 3, "nsubj"), (2, "was", "be", "AUX", 3, "cop"),
    (3, "mine", "mine", "PRON", 7, "ccomp"), (4, ",", ",", "PUNCT", 3, "punct"),
    (5, "”", "”", "PUNCT", 3, "punct"), (6, "she", "she", "PRON", 7, "nsubj"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, ".", ".", "PUNCT", 7, "punct"),
])

# a knight named in full, then by title and given name
SIR_TOM_RESIGNED = ("Sir Tom Hale resigned.", [
    (1, "Sir", "Sir", "PROPN", 2, "compound"), (2, "Tom", "Tom", "PROPN", 4, "nsubj"),
    (3, "Hale", "Hale", "PROPN", 2, "flat"),
    (4, "resigned", "resign", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, ".", ".", "PUNCT", 4, "punct"),
])
SIR_TOM_SAID = ("Sir Tom said the plan failed.", [
    (1, "Sir", "Sir", "PROPN", 2, "compound"), (2, "Tom", "Tom", "PROPN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "plan", "plan", "NOUN", 6, "nsubj"),
    (6, "failed", "fail", "VERB", 3, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, ".", ".", "PUNCT", 3, "punct"),
])

# a capitalised role ("Home Secretary") heading the subject, the name in apposition
HOME_SECRETARY = ("The Home Secretary, Ann Lee, said the bill was fair.", [
    (1, "The", "the", "DET", 3, "det"), (2, "Home", "Home", "PROPN", 3, "compound"),
    (3, "Secretary", "Secretary", "PROPN", 8, "nsubj"), (4, ",", ",", "PUNCT", 6, "punct"),
    (5, "Ann", "Ann", "PROPN", 6, "compound"), (6, "Lee", "Lee", "PROPN", 3, "appos"),
    (7, ",", ",", "PUNCT", 8, "punct"),
    (8, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (9, "the", "the", "DET", 10, "det"), (10, "bill", "bill", "NOUN", 12, "nsubj"),
    (11, "was", "be", "AUX", 12, "cop"), (12, "fair", "fair", "ADJ", 8, "ccomp"),
    (13, ".", ".", "PUNCT", 8, "punct"),
])

# a name inside the quote is no antecedent of the pronoun that attributes it
LEE_SPOKE = ("Ann Lee spoke.", [
    (1, "Ann", "Ann", "PROPN", 3, "nsubj"), (2, "Lee", "Lee", "PROPN", 1, "flat"),
    (3, "spoke", "speak", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, ".", ".", "PUNCT", 3, "punct"),
])
NAME_INSIDE_QUOTE = ("“Tom Hale lied,” she said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "Tom", "Tom", "PROPN", 4, "nsubj"),
    (3, "Hale", "Hale", "PROPN", 2, "flat"),
    (4, "lied", "lie", "VERB", 8, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "she", "she", "PRON", 8, "nsubj"),
    (8, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (9, ".", ".", "PUNCT", 8, "punct"),
])

# the writer's comment (a noun and its relative clause) read as a second complement
ALLEGATION_DENIED = ("Lee claimed that aides had met them, an allegation Hale denied.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "claimed", "claim", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 6, "mark"), (4, "aides", "aide", "NOUN", 6, "nsubj"),
    (5, "had", "have", "AUX", 6, "aux"), (6, "met", "meet", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (7, "them", "they", "PRON", 6, "obj"), (8, ",", ",", "PUNCT", 12, "punct"),
    (9, "an", "a", "DET", 10, "det"), (10, "allegation", "allegation", "NOUN", 11, "nmod:desc"),
    (11, "Hale", "Hale", "PROPN", 12, "nsubj"),
    (12, "denied", "deny", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (13, ".", ".", "PUNCT", 2, "punct"),
])

# a focusing adverb before the complementiser
ONLY_THAT = ("Lee said only that talks were open.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "only", "only", "ADV", 7, "advmod"), (4, "that", "that", "SCONJ", 7, "mark"),
    (5, "talks", "talk", "NOUN", 7, "nsubj"), (6, "were", "be", "AUX", 7, "cop"),
    (7, "open", "open", "ADJ", 2, "ccomp"), (8, ".", ".", "PUNCT", 2, "punct"),
])

# two adverbs of the saying hung on the reported clause
PRIVATELY_THAT = ("Whips said privately again that the rebellion would grow.", [
    (1, "Whips", "whip", "NOUN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "privately", "privately", "ADV", 9, "advmod"), (4, "again", "again", "ADV", 9, "advmod"),
    (5, "that", "that", "SCONJ", 9, "mark"), (6, "the", "the", "DET", 7, "det"),
    (7, "rebellion", "rebellion", "NOUN", 9, "nsubj"), (8, "would", "would", "AUX", 9, "aux"),
    (9, "grow", "grow", "VERB", 2, "ccomp"), (10, ".", ".", "PUNCT", 2, "punct"),
])

# a lower-case quoted phrase ending the sentence, its full stop inside the marks
NEVER_LIKE_THIS = ("Lee said he had fled twice, “but never like this.”", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "he", "he", "PRON", 5, "nsubj"), (4, "had", "have", "AUX", 5, "aux"),
    (5, "fled", "flee", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (6, "twice", "twice", "ADV", 5, "advmod"), (7, ",", ",", "PUNCT", 12, "punct"),
    (8, "“", "“", "PUNCT", 12, "punct"), (9, "but", "but", "CCONJ", 12, "cc"),
    (10, "never", "never", "ADV", 12, "advmod"), (11, "like", "like", "ADP", 12, "case"),
    (12, "this", "this", "PRON", 5, "conj"), (13, ".", ".", "PUNCT", 2, "punct"),
    (14, "”", "”", "PUNCT", 2, "punct"),
])

# two coordinated that-clauses attached as two complements
COORDINATED_COMPLEMENTS = ("Lee said prices were high and that rates would rise.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "prices", "price", "NOUN", 5, "nsubj"), (4, "were", "be", "AUX", 5, "cop"),
    (5, "high", "high", "ADJ", 2, "ccomp"), (6, "and", "and", "CCONJ", 10, "cc"),
    (7, "that", "that", "SCONJ", 10, "mark"), (8, "rates", "rate", "NOUN", 10, "nsubj"),
    (9, "would", "would", "AUX", 10, "aux"), (10, "rise", "rise", "VERB", 2, "ccomp"),
    (11, ".", ".", "PUNCT", 2, "punct"),
])

# ... with the second clause hung on the verb as its conjunct
COORDINATED_COMPLEMENT_AS_CONJUNCT = ("Lee said prices were high and that rates would rise.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "prices", "price", "NOUN", 5, "nsubj"), (4, "were", "be", "AUX", 5, "cop"),
    (5, "high", "high", "ADJ", 2, "ccomp"), (6, "and", "and", "CCONJ", 10, "cc"),
    (7, "that", "that", "SCONJ", 10, "mark"), (8, "rates", "rate", "NOUN", 10, "nsubj"),
    (9, "would", "would", "AUX", 10, "aux"), (10, "rise", "rise", "VERB", 2, "conj"),
    (11, ".", ".", "PUNCT", 2, "punct"),
])

# "more than" before a number hung on the verb of saying
MORE_THAN_HUNG = ("Lee said more than 600 people were rescued.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "more", "more", "ADJ", 2, "advmod"), (4, "than", "than", "SCONJ", 8, "mark"),
    (5, "600", "600", "NUM", 6, "nummod"), (6, "people", "person", "NOUN", 8, "nsubj:pass"),
    (7, "were", "be", "AUX", 8, "aux:pass"),
    (8, "rescued", "rescue", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (9, ".", ".", "PUNCT", 2, "punct"),
])

# a backshifted modal conjunct coordinated with the verb of saying
BACKSHIFTED_CONJUNCT = ("Lee said prices were high but could fall.", [
    (1, "Lee", "Lee", "PROPN", 2, "nsubj"),
    (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "prices", "price", "NOUN", 5, "nsubj"), (4, "were", "be", "AUX", 5, "cop"),
    (5, "high", "high", "ADJ", 2, "ccomp"), (6, "but", "but", "CCONJ", 8, "cc"),
    (7, "could", "could", "AUX", 8, "aux"), (8, "fall", "fall", "VERB", 2, "conj", "VerbForm=Inf"),
    (9, ".", ".", "PUNCT", 2, "punct"),
])

# a closing participle of saying hung inside a relative clause, its complement on the main clause
INSISTING_AFTER_RELATIVE = ("Lee was angry about the call that cost them, insisting the ball was out.", [
    (1, "Lee", "Lee", "PROPN", 3, "nsubj"), (2, "was", "be", "AUX", 3, "cop"),
    (3, "angry", "angry", "ADJ", 0, "root"), (4, "about", "about", "ADP", 6, "case"),
    (5, "the", "the", "DET", 6, "det"), (6, "call", "call", "NOUN", 3, "obl"),
    (7, "that", "that", "PRON", 8, "nsubj"),
    (8, "cost", "cost", "VERB", 6, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (9, "them", "they", "PRON", 8, "obj"), (10, ",", ",", "PUNCT", 11, "punct"),
    (11, "insisting", "insist", "VERB", 8, "advcl", "VerbForm=Ger"),
    (12, "the", "the", "DET", 13, "det"), (13, "ball", "ball", "NOUN", 15, "nsubj"),
    (14, "was", "be", "AUX", 15, "cop"), (15, "out", "out", "ADV", 3, "conj"),
    (16, ".", ".", "PUNCT", 3, "punct"),
])

# an age referring back to someone named, with the role in apposition
LEE_FLED = ("Ann Lee fled.", [
    (1, "Ann", "Ann", "PROPN", 3, "nsubj"), (2, "Lee", "Lee", "PROPN", 1, "flat"),
    (3, "fled", "flee", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, ".", ".", "PUNCT", 3, "punct"),
])
AGE_WITH_ROLE = ("The 71-year-old, a retired teacher, said the fire was fast.", [
    (1, "The", "the", "DET", 6, "det"), (2, "71", "71", "NUM", 4, "nummod"),
    (3, "-", "-", "PUNCT", 4, "punct"), (4, "year", "year", "NOUN", 6, "compound"),
    (5, "-", "-", "PUNCT", 6, "punct"), (6, "old", "old", "ADJ", 12, "nsubj"),
    (7, ",", ",", "PUNCT", 10, "punct"), (8, "a", "a", "DET", 10, "det"),
    (9, "retired", "retired", "ADJ", 10, "amod"), (10, "teacher", "teacher", "NOUN", 6, "appos"),
    (11, ",", ",", "PUNCT", 12, "punct"),
    (12, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (13, "the", "the", "DET", 14, "det"), (14, "fire", "fire", "NOUN", 16, "nsubj"),
    (15, "was", "be", "AUX", 16, "cop"), (16, "fast", "fast", "ADJ", 12, "ccomp"),
    (17, ".", ".", "PUNCT", 12, "punct"),
])

# "40 per cent" read as an oblique of "said", the reported clause left without a subject
PER_CENT_SUBJECT = ("The survey said 40 per cent of voters had changed their minds.", [
    (1, "The", "the", "DET", 2, "det"), (2, "survey", "survey", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root"), (4, "40", "40", "NUM", 6, "nummod"),
    (5, "per", "per", "ADP", 6, "case"), (6, "cent", "cent", "NOUN", 3, "obl"),
    (7, "of", "of", "ADP", 8, "case"), (8, "voters", "voter", "NOUN", 6, "nmod"),
    (9, "had", "have", "AUX", 10, "aux"), (10, "changed", "change", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    (11, "their", "their", "PRON", 12, "nmod:poss"), (12, "minds", "mind", "NOUN", 10, "obj"),
    (13, ".", ".", "PUNCT", 3, "punct"),
])

# a fronted report parsed as a noun with a parataxis predicate, and the speaker, with its
# abbreviation in brackets, hung on that predicate as an oblique
NURSES_RCN_SAID = ("Nurses in Leeds and the North East will strike next week, the Royal College of Nursing (RCN) said.", [
    (1, "Nurses", "nurse", "NOUN", 21, "ccomp"), (2, "in", "in", "ADP", 3, "case"),
    (3, "Leeds", "Leeds", "PROPN", 1, "nmod"), (4, "and", "and", "CCONJ", 7, "cc"),
    (5, "the", "the", "DET", 7, "det"), (6, "North", "North", "PROPN", 7, "compound"),
    (7, "East", "East", "PROPN", 9, "nsubj"), (8, "will", "will", "AUX", 9, "aux"),
    (9, "strike", "strike", "VERB", 1, "parataxis", "VerbForm=Inf"), (10, "next", "next", "ADJ", 11, "amod"),
    (11, "week", "week", "NOUN", 9, "obl:tmod"), (12, ",", ",", "PUNCT", 15, "punct"),
    (13, "the", "the", "DET", 15, "det"), (14, "Royal", "Royal", "ADJ", 15, "amod"),
    (15, "College", "College", "PROPN", 9, "obl"), (16, "of", "of", "ADP", 17, "case"),
    (17, "Nursing", "Nursing", "PROPN", 15, "nmod"), (18, "(", "(", "PUNCT", 19, "punct"),
    (19, "RCN", "RCN", "PROPN", 17, "appos"), (20, ")", ")", "PUNCT", 19, "punct"),
    (21, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (22, ".", ".", "PUNCT", 21, "punct"),
])

# the description after the fronted source taken for the subject, the subject for its apposition
ACCORDING_TO_CHARITY_APPOSITION = ("According to Safe Roads, a charity, more than 500 people have signed a letter.", [
    (1, "According", "accord", "VERB", 4, "case"), (2, "to", "to", "ADP", 1, "fixed"),
    (3, "Safe", "Safe", "PROPN", 4, "compound"), (4, "Roads", "Roads", "PROPN", 14, "obl"),
    (5, ",", ",", "PUNCT", 4, "punct"), (6, "a", "a", "DET", 7, "det"),
    (7, "charity", "charity", "NOUN", 14, "nsubj"), (8, ",", ",", "PUNCT", 12, "punct"),
    (9, "more", "more", "ADJ", 12, "amod"), (10, "than", "than", "ADP", 12, "case"),
    (11, "500", "500", "NUM", 12, "nummod"), (12, "people", "people", "NOUN", 7, "appos"),
    (13, "have", "have", "AUX", 15, "aux"), (14, "signed", "sign", "VERB", 0, "root", "Tense=Past|VerbForm=Part"),
    (15, "a", "a", "DET", 16, "det"), (16, "letter", "letter", "NOUN", 14, "obj"),
    (17, ".", ".", "PUNCT", 14, "punct"),
])

# a quoted name that modifies a noun: the object named is a kind of plan, not the speaker's words
BRANDED_NAMED_PLAN = ("The scheme, which the mayor branded his “Fresh Start” plan, was dropped.", [
    (1, "The", "the", "DET", 2, "det"), (2, "scheme", "scheme", "NOUN", 16, "nsubj:pass"),
    (3, ",", ",", "PUNCT", 2, "punct"), (4, "which", "which", "PRON", 7, "obj"),
    (5, "the", "the", "DET", 6, "det"), (6, "mayor", "mayor", "NOUN", 7, "nsubj"),
    (7, "branded", "brand", "VERB", 2, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (8, "his", "his", "PRON", 13, "nmod:poss"), (9, "“", "“", "PUNCT", 10, "punct"),
    (10, "Fresh", "fresh", "ADJ", 13, "amod"), (11, "Start", "Start", "PROPN", 13, "compound"),
    (12, "”", "”", "PUNCT", 11, "punct"), (13, "plan", "plan", "NOUN", 7, "obj"),
    (14, ",", ",", "PUNCT", 7, "punct"), (15, "was", "be", "AUX", 16, "aux:pass"),
    (16, "dropped", "drop", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (17, ".", ".", "PUNCT", 16, "punct"),
])

# "Department" taken for the head, the role word for its modifier, with "for"
DEPARTMENT_FOR_SPOKESPERSON = ("A Department for Transport spokesperson said the line would reopen.", [
    (1, "A", "a", "DET", 2, "det"), (2, "Department", "department", "NOUN", 6, "nsubj"),
    (3, "for", "for", "ADP", 5, "case"), (4, "Transport", "transport", "NOUN", 5, "compound"),
    (5, "spokesperson", "spokesperson", "NOUN", 2, "nmod"),
    (6, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "the", "the", "DET", 8, "det"), (8, "line", "line", "NOUN", 10, "nsubj"),
    (9, "would", "would", "AUX", 10, "aux"), (10, "reopen", "reopen", "VERB", 6, "ccomp", "VerbForm=Inf"),
    (11, ".", ".", "PUNCT", 6, "punct"),
])

# the infinitive after the object of "urged" read as a purpose clause of the verb
URGED_PURPOSE_CLAUSE = ("The minister urged the union to call off the strike.", [
    (1, "The", "the", "DET", 2, "det"), (2, "minister", "minister", "NOUN", 3, "nsubj"),
    (3, "urged", "urge", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "the", "the", "DET", 5, "det"), (5, "union", "union", "NOUN", 3, "obj"),
    (6, "to", "to", "PART", 7, "mark"), (7, "call", "call", "VERB", 3, "advcl", "VerbForm=Inf"),
    (8, "off", "off", "ADP", 7, "compound:prt"), (9, "the", "the", "DET", 10, "det"),
    (10, "strike", "strike", "NOUN", 7, "obj"), (11, ".", ".", "PUNCT", 3, "punct"),
])

RUIZ_SPOKE = ("Ana Ruiz spoke.", [
    (1, "Ana", "Ana", "PROPN", 3, "nsubj"), (2, "Ruiz", "Ruiz", "PROPN", 1, "flat"),
    (3, "spoke", "speak", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, ".", ".", "PUNCT", 3, "punct"),
])

# "the airline" five sentences after the airline last spoke, with a council named in between
AIRLINE_SPOKE = ("Northwind Airways said flights were cancelled.", [
    (1, "Northwind", "Northwind", "PROPN", 3, "nsubj"), (2, "Airways", "Airways", "PROPN", 1, "flat"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "flights", "flight", "NOUN", 6, "nsubj:pass"), (5, "were", "be", "AUX", 6, "aux:pass"),
    (6, "cancelled", "cancel", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (7, ".", ".", "PUNCT", 3, "punct"),
])
COUNCIL_OPENED = ("Heathwell Council opened a shelter.", [
    (1, "Heathwell", "Heathwell", "PROPN", 2, "compound"), (2, "Council", "Council", "PROPN", 3, "nsubj"),
    (3, "opened", "open", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "a", "a", "DET", 5, "det"), (5, "shelter", "shelter", "NOUN", 3, "obj"), (6, ".", ".", "PUNCT", 3, "punct"),
])
PASSENGERS_WAITED = [(f"{noun} {verb}.", [
    (1, noun, noun.lower(), "NOUN", 2, "nsubj"), (2, verb, verb, "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, ".", ".", "PUNCT", 2, "punct")]) for noun, verb in (("Passengers", "waited"), ("Staff", "helped"), ("Shops", "closed"))]
AIRLINE_SAID = ("The airline said it was sorry.", [
    (1, "The", "the", "DET", 2, "det"), (2, "airline", "airline", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "it", "it", "PRON", 6, "nsubj"), (5, "was", "be", "AUX", 6, "cop"),
    (6, "sorry", "sorry", "ADJ", 3, "ccomp"), (7, ".", ".", "PUNCT", 3, "punct"),
])

# the reported clause's predicate hung on the relative clause inside its subject
WHOSE_ORDERS_REFUNDED = ("The firm said customers whose orders had been lost would be refunded.", [
    (1, "The", "the", "DET", 2, "det"), (2, "firm", "firm", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "customers", "customer", "NOUN", 3, "iobj"), (5, "whose", "whose", "DET", 6, "det"),
    (6, "orders", "order", "NOUN", 9, "nsubj:pass"), (7, "had", "have", "AUX", 9, "aux"),
    (8, "been", "be", "AUX", 9, "aux:pass"),
    (9, "lost", "lose", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (10, "would", "would", "AUX", 12, "aux"), (11, "be", "be", "AUX", 12, "aux:pass"),
    (12, "refunded", "refund", "VERB", 9, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (13, ".", ".", "PUNCT", 3, "punct"),
])

# the speaker's second verb read as an adjective on its object, inside a progressive complement
REMINDED_AS_ADJECTIVE = ("The agency said it was reviewing the case and reminded drivers of the rules.", [
    (1, "The", "the", "DET", 2, "det"), (2, "agency", "agency", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "it", "it", "PRON", 6, "nsubj"), (5, "was", "be", "AUX", 6, "aux"),
    (6, "reviewing", "review", "VERB", 3, "ccomp", "Tense=Pres|VerbForm=Part"),
    (7, "the", "the", "DET", 8, "det"), (8, "case", "case", "NOUN", 6, "obj"),
    (9, "and", "and", "CCONJ", 10, "cc"), (10, "reminded", "remind", "VERB", 11, "amod", "Tense=Past|VerbForm=Part"),
    (11, "drivers", "driver", "NOUN", 6, "obj"), (12, "of", "of", "ADP", 14, "case"),
    (13, "the", "the", "DET", 14, "det"), (14, "rules", "rule", "NOUN", 11, "nmod"),
    (15, ".", ".", "PUNCT", 3, "punct"),
])

# a fronted report read as a noun, its predicate coordinated with the participle aside
ROCKET_ASIDE = ("The rocket, built by Helion, lifted off on time, the company said.", [
    (1, "The", "the", "DET", 2, "det"), (2, "rocket", "rocket", "NOUN", 15, "ccomp"),
    (3, ",", ",", "PUNCT", 4, "punct"), (4, "built", "build", "VERB", 2, "acl", "Tense=Past|VerbForm=Part"),
    (5, "by", "by", "ADP", 6, "case"), (6, "Helion", "Helion", "PROPN", 4, "obl:agent"),
    (7, ",", ",", "PUNCT", 8, "punct"), (8, "lifted", "lift", "VERB", 4, "conj", "Tense=Past|VerbForm=Part"),
    (9, "off", "off", "ADP", 8, "compound:prt"), (10, "on", "on", "ADP", 11, "case"),
    (11, "time", "time", "NOUN", 8, "obl"), (12, ",", ",", "PUNCT", 15, "punct"),
    (13, "the", "the", "DET", 14, "det"), (14, "company", "company", "NOUN", 15, "nsubj"),
    (15, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (16, ".", ".", "PUNCT", 15, "punct"),
])

# "executive" tagged as an adjective, its phrase hung on the quoted verb
QUOTE_CHIEF_EXECUTIVE = ("“It worked,” Helion’s chief executive, Dr Katrin Vogel, said.", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "It", "it", "PRON", 3, "nsubj"),
    (3, "worked", "work", "VERB", 15, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, ",", ",", "PUNCT", 3, "punct"),
    (5, "”", "”", "PUNCT", 3, "punct"), (6, "Helion", "Helion", "PROPN", 8, "nmod:poss"),
    (7, "’s", "’s", "PART", 6, "case"), (8, "chief", "chief", "NOUN", 9, "compound"),
    (9, "executive", "executive", "ADJ", 3, "conj"), (10, ",", ",", "PUNCT", 11, "punct"),
    (11, "Dr", "Dr", "PROPN", 9, "appos"), (12, "Katrin", "Katrin", "PROPN", 13, "compound"),
    (13, "Vogel", "Vogel", "PROPN", 11, "flat"), (14, ",", ",", "PUNCT", 3, "punct"),
    (15, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (16, ".", ".", "PUNCT", 15, "punct"),
])

# the speaker's roles hung inside the quote, the name taken for the subject; a long
# attribution sentence, then the quote resumes
QUOTE_FOUNDER_TOLD = ("“We did it,” Helion’s founder and chief executive, Dr Katrin Vogel, told reporters at the launch site in French Guiana.", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "We", "we", "PRON", 3, "nsubj"),
    (3, "did", "do", "VERB", 18, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "it", "it", "PRON", 3, "obj"),
    (5, ",", ",", "PUNCT", 9, "punct"), (6, "”", "”", "PUNCT", 9, "punct"),
    (7, "Helion", "Helion", "PROPN", 9, "nmod:poss"), (8, "’s", "’s", "PART", 7, "case"),
    (9, "founder", "founder", "NOUN", 3, "obl"), (10, "and", "and", "CCONJ", 12, "cc"),
    (11, "chief", "chief", "NOUN", 12, "compound"), (12, "executive", "executive", "NOUN", 9, "conj"),
    (13, ",", ",", "PUNCT", 14, "punct"), (14, "Dr", "Dr", "PROPN", 18, "nsubj"),
    (15, "Katrin", "Katrin", "PROPN", 14, "flat"), (16, "Vogel", "Vogel", "PROPN", 14, "flat"),
    (17, ",", ",", "PUNCT", 14, "punct"), (18, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (19, "reporters", "reporter", "NOUN", 18, "iobj"), (20, "at", "at", "ADP", 23, "case"),
    (21, "the", "the", "DET", 23, "det"), (22, "launch", "launch", "NOUN", 23, "compound"),
    (23, "site", "site", "NOUN", 18, "obl"), (24, "in", "in", "ADP", 26, "case"),
    (25, "French", "French", "PROPN", 26, "compound"), (26, "Guiana", "Guiana", "PROPN", 23, "nmod"),
    (27, ".", ".", "PUNCT", 18, "punct"),
])
IT_WAS_HARD = ("“It was hard.”", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "was", "be", "AUX", 4, "cop"),
    (4, "hard", "hard", "ADJ", 0, "root"), (5, ".", ".", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
])

# "the woman" refers back, as "she" would, to the unnamed neighbour
NEIGHBOUR_SAID = ("A neighbour said she was scared.", [
    (1, "A", "a", "DET", 2, "det"), (2, "neighbour", "neighbour", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (4, "she", "she", "PRON", 6, "nsubj"), (5, "was", "be", "AUX", 6, "cop"),
    (6, "scared", "scared", "ADJ", 3, "ccomp"), (7, ".", ".", "PUNCT", 3, "punct"),
])
THE_WOMAN_SAID = ("“It was loud,” the woman said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "was", "be", "AUX", 4, "cop"),
    (4, "loud", "loud", "ADJ", 9, "ccomp"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "the", "the", "DET", 8, "det"), (8, "woman", "woman", "NOUN", 9, "nsubj"),
    (9, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (10, ".", ".", "PUNCT", 9, "punct"),
])

# the writer's comment after the reported clause: a noun phrase with its own relative clause
CLAIM_COMMENT = ("Bains said rents had risen, a claim the council disputed.", [
    (1, "Bains", "Bains", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "rents", "rent", "NOUN", 5, "nsubj"), (4, "had", "have", "AUX", 5, "aux"),
    (5, "risen", "rise", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"), (6, ",", ",", "PUNCT", 8, "punct"),
    (7, "a", "a", "DET", 8, "det"), (8, "claim", "claim", "NOUN", 5, "parataxis"),
    (9, "the", "the", "DET", 10, "det"), (10, "council", "council", "NOUN", 11, "nsubj"),
    (11, "disputed", "dispute", "VERB", 8, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, ".", ".", "PUNCT", 2, "punct"),
])

# the number of "17-year-old" hung on the verb of saying as a complement of its own
HYPHENATED_AGE_APART = ("A 17-year-old boy was released, police said.", [
    (1, "A", "a", "DET", 7, "det"), (2, "17", "17", "NUM", 12, "ccomp"), (3, "-", "-", "PUNCT", 7, "punct"),
    (4, "year", "year", "NOUN", 6, "obl:unmarked"), (5, "-", "-", "PUNCT", 4, "punct"),
    (6, "old", "old", "ADJ", 7, "amod"), (7, "boy", "boy", "NOUN", 9, "nsubj:pass"),
    (8, "was", "be", "AUX", 9, "aux:pass"), (9, "released", "release", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (10, ",", ",", "PUNCT", 9, "punct"), (11, "police", "police", "NOUN", 12, "nsubj"),
    (12, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (13, ".", ".", "PUNCT", 12, "punct"),
])

# the closing verb of saying tagged as a noun, its subject as the noun's modifier
POLL_SUGGESTS = ("Voters are divided, a new poll suggests.", [
    (1, "Voters", "voter", "NOUN", 3, "nsubj:pass"), (2, "are", "be", "AUX", 3, "aux:pass"),
    (3, "divided", "divide", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"), (4, ",", ",", "PUNCT", 8, "punct"),
    (5, "a", "a", "DET", 8, "det"), (6, "new", "new", "ADJ", 8, "amod"),
    (7, "poll", "poll", "NOUN", 8, "compound"), (8, "suggests", "suggest", "NOUN", 3, "conj", "Number=Plur"),
    (9, ".", ".", "PUNCT", 3, "punct"),
])

# a quoted clause hung on "said" beside the complement whose verb it completes
RESULT_SHOWED_QUOTE = ("Reid said the result showed “momentum is with us”.", [
    (1, "Reid", "Reid", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "result", "result", "NOUN", 5, "nsubj"),
    (5, "showed", "show", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"), (6, "“", "“", "PUNCT", 10, "punct"),
    (7, "momentum", "momentum", "NOUN", 10, "nsubj"), (8, "is", "be", "AUX", 10, "cop"),
    (9, "with", "with", "ADP", 10, "case"), (10, "us", "we", "PRON", 2, "ccomp"),
    (11, "”", "”", "PUNCT", 10, "punct"), (12, ".", ".", "PUNCT", 2, "punct"),
])

# an inverted speaker's name coordinated, with no conjunction, with the last noun of its role
SAID_HEAD_OF_POLLING = ("“It is close,” said the head of polling, Fiona Drummond.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "is", "be", "AUX", 4, "cop"),
    (4, "close", "close", "ADJ", 7, "ccomp"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "the", "the", "DET", 9, "det"),
    (9, "head", "head", "NOUN", 7, "nsubj"), (10, "of", "of", "ADP", 11, "case"),
    (11, "polling", "polling", "NOUN", 9, "nmod"), (12, ",", ",", "PUNCT", 14, "punct"),
    (13, "Fiona", "Fiona", "PROPN", 14, "compound"), (14, "Drummond", "Drummond", "PROPN", 11, "conj"),
    (15, ".", ".", "PUNCT", 7, "punct"),
])

# a role noun tagged as an adjective heading an adverbial clause, the verb left without a subject
OFFICIAL_CONCEDED = ("A senior campaign official, speaking privately, conceded that the campaign was slow.", [
    (1, "A", "a", "DET", 4, "det"), (2, "senior", "senior", "ADJ", 4, "amod"),
    (3, "campaign", "campaign", "NOUN", 4, "nsubj"), (4, "official", "official", "ADJ", 9, "advcl"),
    (5, ",", ",", "PUNCT", 6, "punct"), (6, "speaking", "speak", "VERB", 4, "conj", "VerbForm=Ger"),
    (7, "privately", "privately", "ADV", 6, "advmod"), (8, ",", ",", "PUNCT", 6, "punct"),
    (9, "conceded", "concede", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (10, "that", "that", "SCONJ", 14, "mark"), (11, "the", "the", "DET", 12, "det"),
    (12, "campaign", "campaign", "NOUN", 14, "nsubj"), (13, "was", "be", "AUX", 14, "cop"),
    (14, "slow", "slow", "ADJ", 9, "ccomp"), (15, ".", ".", "PUNCT", 9, "punct"),
])

# a participle of saying hung on the verb of its own complement, which the parser coordinated
# with the first report
INSISTING_ON_OWN_COMPLEMENT = ("Marsh denied that funding was cut, insisting the government had helped.", [
    (1, "Marsh", "Marsh", "PROPN", 2, "nsubj"), (2, "denied", "deny", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 6, "mark"), (4, "funding", "funding", "NOUN", 6, "nsubj:pass"),
    (5, "was", "be", "AUX", 6, "aux:pass"), (6, "cut", "cut", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (7, ",", ",", "PUNCT", 8, "punct"), (8, "insisting", "insist", "VERB", 12, "advcl", "VerbForm=Ger"),
    (9, "the", "the", "DET", 10, "det"), (10, "government", "government", "NOUN", 12, "nsubj"),
    (11, "had", "have", "AUX", 12, "aux"), (12, "helped", "help", "VERB", 6, "conj", "Tense=Past|VerbForm=Part"),
    (13, ".", ".", "PUNCT", 2, "punct"),
])

# the quote's clause taken for the subject of "said", the speaker for its complement
QUOTE_AS_SUBJECT = ("“They are people,” said the secretary, Martin Kessler.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "They", "they", "PRON", 4, "nsubj"), (3, "are", "be", "AUX", 4, "cop"),
    (4, "people", "people", "NOUN", 7, "nsubj"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "the", "the", "DET", 9, "det"),
    (9, "secretary", "secretary", "NOUN", 7, "ccomp"), (10, ",", ",", "PUNCT", 11, "punct"),
    (11, "Martin", "Martin", "PROPN", 9, "appos"), (12, "Kessler", "Kessler", "PROPN", 11, "flat"),
    (13, ".", ".", "PUNCT", 7, "punct"),
])

# the attribution after the report read as a participle modifying the apposition of its object
CHANCELLOR_ANNOUNCED = ("The university will cut 300 jobs, its vice-chancellor announced on Tuesday.", [
    (1, "The", "the", "DET", 2, "det"), (2, "university", "university", "NOUN", 4, "nsubj"),
    (3, "will", "will", "AUX", 4, "aux"), (4, "cut", "cut", "VERB", 0, "root", "VerbForm=Inf"),
    (5, "300", "300", "NUM", 6, "nummod"), (6, "jobs", "job", "NOUN", 4, "obj"), (7, ",", ",", "PUNCT", 11, "punct"),
    (8, "its", "its", "PRON", 11, "nmod:poss"), (9, "vice", "vice", "NOUN", 11, "compound"),
    (10, "-", "-", "PUNCT", 9, "punct"), (11, "chancellor", "chancellor", "NOUN", 6, "appos"),
    (12, "announced", "announce", "VERB", 11, "acl", "Tense=Past|VerbForm=Part"),
    (13, "on", "on", "ADP", 14, "case"), (14, "Tuesday", "Tuesday", "PROPN", 12, "obl"), (15, ".", ".", "PUNCT", 4, "punct"),
])

# an organisation named "X for Y and Z"
DEPARTMENT_FOR_ROADS = ("The Department for Roads and Transport said it would appeal.", [
    (1, "The", "the", "DET", 2, "det"), (2, "Department", "Department", "PROPN", 7, "nsubj"),
    (3, "for", "for", "ADP", 4, "case"), (4, "Roads", "Roads", "PROPN", 2, "nmod"),
    (5, "and", "and", "CCONJ", 6, "cc"), (6, "Transport", "Transport", "PROPN", 4, "conj"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "it", "it", "PRON", 10, "nsubj"),
    (9, "would", "would", "AUX", 10, "aux"), (10, "appeal", "appeal", "VERB", 7, "ccomp", "VerbForm=Inf"),
    (11, ".", ".", "PUNCT", 7, "punct"),
])

# the second half of a double-barrelled name hung apart as a second apposition
DOUBLE_BARRELLED_NAME = ("The director, Simone Achebe-Ward, said it was over.", [
    (1, "The", "the", "DET", 2, "det"), (2, "director", "director", "NOUN", 9, "nsubj"),
    (3, ",", ",", "PUNCT", 4, "punct"), (4, "Simone", "Simone", "PROPN", 2, "appos"),
    (5, "Achebe", "Achebe", "PROPN", 4, "flat"), (6, "-", "-", "PUNCT", 5, "punct"),
    (7, "Ward", "Ward", "PROPN", 2, "appos"), (8, ",", ",", "PUNCT", 2, "punct"),
    (9, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (10, "it", "it", "PRON", 12, "nsubj"),
    (11, "was", "be", "AUX", 12, "cop"), (12, "over", "over", "ADJ", 9, "ccomp"), (13, ".", ".", "PUNCT", 9, "punct"),
])

# the closing attribution's verb read as a complement inside the speaker's relative clause
TRUST_THAT_RUNS_THEM = ("Operations were cancelled, the trust that runs them confirmed.", [
    (1, "Operations", "operation", "NOUN", 3, "nsubj:pass"), (2, "were", "be", "AUX", 3, "aux:pass"),
    (3, "cancelled", "cancel", "VERB", 0, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (4, ",", ",", "PUNCT", 6, "punct"), (5, "the", "the", "DET", 6, "det"),
    (6, "trust", "trust", "NOUN", 1, "appos"), (7, "that", "that", "PRON", 8, "nsubj"),
    (8, "runs", "run", "VERB", 6, "acl:relcl", "Mood=Ind|Tense=Pres|VerbForm=Fin"), (9, "them", "they", "PRON", 8, "obj"),
    (10, "confirmed", "confirm", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part"), (11, ".", ".", "PUNCT", 3, "punct"),
])

# the inverted speaker attached as a second complement of "said"
INVERTED_AS_COMPLEMENT = ("“It is safe,” said the chief executive, Farah Quayle.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "is", "be", "AUX", 4, "cop"),
    (4, "safe", "safe", "ADJ", 7, "ccomp"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "the", "the", "DET", 10, "det"),
    (9, "chief", "chief", "NOUN", 10, "compound"), (10, "executive", "executive", "NOUN", 7, "ccomp"),
    (11, ",", ",", "PUNCT", 12, "punct"), (12, "Farah", "Farah", "PROPN", 10, "appos"),
    (13, "Quayle", "Quayle", "PROPN", 12, "flat"), (14, ".", ".", "PUNCT", 7, "punct"),
])

# the speaker hung after "said", as the passive subject of the reported clause
SPOKESPERSON_HUNG_AFTER = ("A spokesperson for the council said roads were ‘closed’.", [
    (1, "A", "a", "DET", 2, "det"), (2, "spokesperson", "spokesperson", "NOUN", 10, "nsubj:pass"),
    (3, "for", "for", "ADP", 5, "case"), (4, "the", "the", "DET", 5, "det"), (5, "council", "council", "NOUN", 2, "nmod"),
    (6, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (7, "roads", "road", "NOUN", 10, "nsubj:pass"), (8, "were", "be", "AUX", 10, "aux:pass"),
    (9, "‘", "‘", "PUNCT", 10, "punct"), (10, "closed", "close", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (11, "’", "’", "PUNCT", 10, "punct"), (12, ".", ".", "PUNCT", 6, "punct"),
])

# an agentless passive report inside a direct quote
WE_WERE_TOLD = ("“We were told the road was safe,” she said.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "We", "we", "PRON", 4, "nsubj:pass"), (3, "were", "be", "AUX", 4, "aux:pass"),
    (4, "told", "tell", "VERB", 12, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"), (5, "the", "the", "DET", 6, "det"),
    (6, "road", "road", "NOUN", 8, "nsubj"), (7, "was", "be", "AUX", 8, "cop"), (8, "safe", "safe", "ADJ", 4, "ccomp"),
    (9, ",", ",", "PUNCT", 4, "punct"), (10, "”", "”", "PUNCT", 4, "punct"), (11, "she", "she", "PRON", 12, "nsubj"),
    (12, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (13, ".", ".", "PUNCT", 12, "punct"),
])

# a full name right after the particle of "runner-up"
RUNNER_UP_NAMED = ("The prize went to runner-up Ana Ruiz.", [
    (1, "The", "the", "DET", 2, "det"), (2, "prize", "prize", "NOUN", 3, "nsubj"),
    (3, "went", "go", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "to", "to", "ADP", 5, "case"),
    (5, "runner", "runner", "NOUN", 3, "obl"), (6, "-", "-", "PUNCT", 7, "punct"),
    (7, "up", "up", "ADP", 5, "compound:prt"), (8, "Ana", "Ana", "PROPN", 9, "compound"),
    (9, "Ruiz", "Ruiz", "PROPN", 5, "appos"), (10, ".", ".", "PUNCT", 3, "punct"),
])
RUIZ_SAID_UNFAIR = ("Ruiz said it was unfair.", [
    (1, "Ruiz", "Ruiz", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "it", "it", "PRON", 5, "nsubj"), (4, "was", "be", "AUX", 5, "cop"), (5, "unfair", "unfair", "ADJ", 2, "ccomp"),
    (6, ".", ".", "PUNCT", 2, "punct"),
])

# the first clause's subject taken for the speaker's, the clause for the complement
PETITION_AND_PRESIDENT = ("The petition had grown, and the union’s president, Ruby Achterberg, said she would deliver it.", [
    (1, "The", "the", "DET", 2, "det"), (2, "petition", "petition", "NOUN", 15, "nsubj"),
    (3, "had", "have", "AUX", 4, "aux"), (4, "grown", "grow", "VERB", 15, "ccomp", "Tense=Past|VerbForm=Part"),
    (5, ",", ",", "PUNCT", 10, "punct"), (6, "and", "and", "CCONJ", 10, "cc"), (7, "the", "the", "DET", 8, "det"),
    (8, "union", "union", "NOUN", 10, "nmod:poss"), (9, "’s", "’s", "PART", 8, "case"),
    (10, "president", "president", "NOUN", 4, "conj"), (11, ",", ",", "PUNCT", 12, "punct"),
    (12, "Ruby", "Ruby", "PROPN", 10, "appos"), (13, "Achterberg", "Achterberg", "PROPN", 12, "flat"),
    (14, ",", ",", "PUNCT", 12, "punct"), (15, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (16, "she", "she", "PRON", 18, "nsubj"), (17, "would", "would", "AUX", 18, "aux"),
    (18, "deliver", "deliver", "VERB", 15, "ccomp", "VerbForm=Inf"), (19, "it", "it", "PRON", 18, "obj"),
    (20, ".", ".", "PUNCT", 15, "punct"),
])

# a pluperfect conjunct hung on the verb of saying
PLUPERFECT_CONJUNCT = ("The firm said it was sorry and had paid the fine.", [
    (1, "The", "the", "DET", 2, "det"), (2, "firm", "firm", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "it", "it", "PRON", 6, "nsubj"),
    (5, "was", "be", "AUX", 6, "cop"), (6, "sorry", "sorry", "ADJ", 3, "ccomp"), (7, "and", "and", "CCONJ", 9, "cc"),
    (8, "had", "have", "AUX", 9, "aux"), (9, "paid", "pay", "VERB", 3, "conj", "Tense=Past|VerbForm=Part"),
    (10, "the", "the", "DET", 11, "det"), (11, "fine", "fine", "NOUN", 9, "obj"), (12, ".", ".", "PUNCT", 3, "punct"),
])

# the day of the saying taken into the reported clause
SAID_THURSDAY = ("Haberl said Thursday he was shocked.", [
    (1, "Haberl", "Haberl", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "Thursday", "Thursday", "PROPN", 6, "nsubj:pass"), (4, "he", "he", "PRON", 6, "nsubj:pass"),
    (5, "was", "be", "AUX", 6, "aux:pass"), (6, "shocked", "shock", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (7, ".", ".", "PUNCT", 2, "punct"),
])

# the writer's comment on the report hung deep inside it
CLAIM_REJECTED_DEEP = ("Dorval said the lab had erred in Marvelle, a claim the court rejected.", [
    (1, "Dorval", "Dorval", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "the", "the", "DET", 4, "det"), (4, "lab", "lab", "NOUN", 6, "nsubj"), (5, "had", "have", "AUX", 6, "aux"),
    (6, "erred", "err", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"), (7, "in", "in", "ADP", 8, "case"),
    (8, "Marvelle", "Marvelle", "PROPN", 6, "obl"), (9, ",", ",", "PUNCT", 11, "punct"),
    (10, "a", "a", "DET", 11, "det"), (11, "claim", "claim", "NOUN", 8, "appos"),
    (12, "the", "the", "DET", 13, "det"), (13, "court", "court", "NOUN", 14, "nsubj"),
    (14, "rejected", "reject", "VERB", 11, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"), (15, ".", ".", "PUNCT", 2, "punct"),
])

# a backshifted modal conjunct whose verb is itself a verb of saying
WOULD_APPEAL = ("Vandermolen said he was sad and would appeal.", [
    (1, "Vandermolen", "Vandermolen", "PROPN", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "he", "he", "PRON", 5, "nsubj"), (4, "was", "be", "AUX", 5, "cop"), (5, "sad", "sad", "ADJ", 2, "ccomp"),
    (6, "and", "and", "CCONJ", 8, "cc"), (7, "would", "would", "AUX", 8, "aux"),
    (8, "appeal", "appeal", "VERB", 2, "conj", "VerbForm=Inf"), (9, ".", ".", "PUNCT", 2, "punct"),
])

# a demonstrative "that" as the subject of the complement
THAT_WAS_A_MATTER = ("He said that was a matter for the board.", [
    (1, "He", "he", "PRON", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "PRON", 6, "nsubj"), (4, "was", "be", "AUX", 6, "cop"), (5, "a", "a", "DET", 6, "det"),
    (6, "matter", "matter", "NOUN", 2, "ccomp"), (7, "for", "for", "ADP", 9, "case"), (8, "the", "the", "DET", 9, "det"),
    (9, "board", "board", "NOUN", 6, "nmod"), (10, ".", ".", "PUNCT", 2, "punct"),
])

# the fronted report's subject taken for the speaker's, the inverted speaker for a complement
CUB_FRONTED = ("The cub is “feeding well,” said the keeper, Tobias Lund.", [
    (1, "The", "the", "DET", 2, "det"), (2, "cub", "cub", "NOUN", 9, "nsubj"), (3, "is", "be", "AUX", 5, "aux"),
    (4, "“", "“", "PUNCT", 5, "punct"), (5, "feeding", "feed", "VERB", 9, "ccomp", "Tense=Pres|VerbForm=Part"),
    (6, "well", "well", "ADV", 5, "advmod"), (7, ",", ",", "PUNCT", 5, "punct"), (8, "”", "”", "PUNCT", 5, "punct"),
    (9, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (10, "the", "the", "DET", 11, "det"),
    (11, "keeper", "keeper", "NOUN", 9, "ccomp"), (12, ",", ",", "PUNCT", 13, "punct"),
    (13, "Tobias", "Tobias", "PROPN", 11, "appos"), (14, "Lund", "Lund", "PROPN", 13, "flat"), (15, ".", ".", "PUNCT", 9, "punct"),
])

# the clause that completes "hoped" hung on the verb of saying
ADDING_HOPED = ("She said it was vital, adding that the trust hoped cubs might be freed.", [
    (1, "She", "she", "PRON", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "it", "it", "PRON", 5, "nsubj"), (4, "was", "be", "AUX", 5, "cop"), (5, "vital", "vital", "ADJ", 2, "ccomp"),
    (6, ",", ",", "PUNCT", 7, "punct"), (7, "adding", "add", "VERB", 2, "advcl", "VerbForm=Ger"),
    (8, "that", "that", "SCONJ", 11, "mark"), (9, "the", "the", "DET", 10, "det"), (10, "trust", "trust", "NOUN", 11, "nsubj"),
    (11, "hoped", "hope", "VERB", 7, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "cubs", "cub", "NOUN", 15, "nsubj:pass"), (13, "might", "might", "AUX", 15, "aux"),
    (14, "be", "be", "AUX", 15, "aux:pass"), (15, "freed", "free", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (16, ".", ".", "PUNCT", 2, "punct"),
])

# a rank before the name, the role in apposition tagged as an adjective clause
PROFESSOR_CHIEF_EXECUTIVE = ("Professor Liam Gorton, the agency’s chief executive, said costs rose.", [
    (1, "Professor", "Professor", "PROPN", 11, "nsubj"), (2, "Liam", "Liam", "PROPN", 1, "flat"),
    (3, "Gorton", "Gorton", "PROPN", 1, "flat"), (4, ",", ",", "PUNCT", 9, "punct"), (5, "the", "the", "DET", 6, "det"),
    (6, "agency", "agency", "NOUN", 9, "nmod:poss"), (7, "’s", "’s", "PART", 6, "case"),
    (8, "chief", "chief", "NOUN", 9, "nsubj"), (9, "executive", "executive", "ADJ", 11, "ccomp"),
    (10, ",", ",", "PUNCT", 1, "punct"), (11, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (12, "costs", "cost", "NOUN", 13, "nsubj"), (13, "rose", "rise", "VERB", 11, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, ".", ".", "PUNCT", 11, "punct"),
])

# the reported clause's subject hung on "added" as a second complement
PERCENT_AS_COMPLEMENT = ("He added that 40 percent of contracts included Atlas.", [
    (1, "He", "he", "PRON", 2, "nsubj"), (2, "added", "add", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "that", "that", "SCONJ", 8, "mark"), (4, "40", "40", "NUM", 5, "nummod"), (5, "percent", "percent", "NOUN", 2, "ccomp"),
    (6, "of", "of", "ADP", 7, "case"), (7, "contracts", "contract", "NOUN", 5, "nmod"),
    (8, "included", "include", "VERB", 2, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"), (9, "Atlas", "Atlas", "PROPN", 8, "obj"),
    (10, ".", ".", "PUNCT", 2, "punct"),
])

# two subjects of "said" with the fronted report between them
LIST_ROSE_WATCHDOG = ("The list rose by 86,000, the watchdog said.", [
    (1, "The", "the", "DET", 2, "det"), (2, "list", "list", "NOUN", 9, "nsubj"),
    (3, "rose", "rise", "VERB", 9, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "by", "by", "ADP", 5, "case"),
    (5, "86,000", "86,000", "NUM", 3, "obl"), (6, ",", ",", "PUNCT", 3, "punct"), (7, "the", "the", "DET", 8, "det"),
    (8, "watchdog", "watchdog", "NOUN", 9, "nsubj"), (9, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (10, ".", ".", "PUNCT", 9, "punct"),
])

# the verb of saying read as a participle on its subject, taken for the report's second subject
INSISTED_AS_PARTICIPLE = ("The minister, Ann Lowe, insisted that the bill was fair.", [
    (1, "The", "the", "DET", 2, "det"), (2, "minister", "minister", "NOUN", 12, "nsubj"), (3, ",", ",", "PUNCT", 4, "punct"),
    (4, "Ann", "Ann", "PROPN", 2, "appos"), (5, "Lowe", "Lowe", "PROPN", 4, "flat"), (6, ",", ",", "PUNCT", 4, "punct"),
    (7, "insisted", "insist", "VERB", 2, "acl", "Tense=Past|VerbForm=Part"), (8, "that", "that", "SCONJ", 12, "mark"),
    (9, "the", "the", "DET", 10, "det"), (10, "bill", "bill", "NOUN", 12, "nsubj"), (11, "was", "be", "AUX", 12, "cop"),
    (12, "fair", "fair", "ADJ", 0, "root"), (13, ".", ".", "PUNCT", 12, "punct"),
])

# a title-headed name with an affiliation, the subject hung on the report past a relative clause
SERGEANT_KAMINSKI = ("Sergeant Ruth Kaminski of Wealdshire Police, who led the inquiry, said officers had traced it.", [
    (1, "Sergeant", "Sergeant", "PROPN", 16, "nsubj"), (2, "Ruth", "Ruth", "PROPN", 3, "compound"),
    (3, "Kaminski", "Kaminski", "PROPN", 1, "flat"), (4, "of", "of", "ADP", 5, "case"),
    (5, "Wealdshire", "Wealdshire", "PROPN", 3, "nmod"), (6, "Police", "Police", "PROPN", 5, "flat"),
    (7, ",", ",", "PUNCT", 9, "punct"), (8, "who", "who", "PRON", 9, "nsubj"),
    (9, "led", "lead", "VERB", 3, "acl:relcl", "Mood=Ind|Tense=Past|VerbForm=Fin"), (10, "the", "the", "DET", 11, "det"),
    (11, "inquiry", "inquiry", "NOUN", 9, "obj"), (12, ",", ",", "PUNCT", 9, "punct"),
    (13, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (14, "officers", "officer", "NOUN", 16, "nsubj"),
    (15, "had", "have", "AUX", 16, "aux"), (16, "traced", "trace", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    (17, "it", "it", "PRON", 16, "obj"), (18, ".", ".", "PUNCT", 13, "punct"),
])

# a participle of naming hung inside the report, its object the thing named
REGULATOR_DESCRIBING = ("The regulator said it had opened an inquiry, describing the case as “a disgrace”.", [
    (1, "The", "the", "DET", 2, "det"), (2, "regulator", "regulator", "NOUN", 3, "nsubj"),
    (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "it", "it", "PRON", 6, "nsubj"),
    (5, "had", "have", "AUX", 6, "aux"), (6, "opened", "open", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    (7, "an", "a", "DET", 8, "det"), (8, "inquiry", "inquiry", "NOUN", 6, "obj"), (9, ",", ",", "PUNCT", 10, "punct"),
    (10, "describing", "describe", "VERB", 6, "advcl", "Tense=Pres|VerbForm=Part"), (11, "the", "the", "DET", 12, "det"),
    (12, "case", "case", "NOUN", 10, "obj"), (13, "as", "as", "ADP", 16, "case"), (14, "“", "“", "PUNCT", 16, "punct"),
    (15, "a", "a", "DET", 16, "det"), (16, "disgrace", "disgrace", "NOUN", 10, "obl"), (17, "”", "”", "PUNCT", 16, "punct"),
    (18, ".", ".", "PUNCT", 3, "punct"),
])

# a dateline with the region after the place
DATELINE_WITH_REGION = ("KOUROU, French Guiana (AFP) - Officials said the launch worked.", [
    (1, "KOUROU", "Kourou", "PROPN", 9, "compound"), (2, ",", ",", "PUNCT", 4, "punct"),
    (3, "French", "French", "PROPN", 4, "amod"), (4, "Guiana", "Guiana", "PROPN", 1, "appos"),
    (5, "(", "(", "PUNCT", 6, "punct"), (6, "AFP", "AFP", "PROPN", 1, "appos"), (7, ")", ")", "PUNCT", 6, "punct"),
    (8, "-", "-", "PUNCT", 9, "punct"), (9, "Officials", "official", "NOUN", 10, "nsubj"),
    (10, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (11, "the", "the", "DET", 12, "det"),
    (12, "launch", "launch", "NOUN", 13, "nsubj"), (13, "worked", "work", "VERB", 10, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (14, ".", ".", "PUNCT", 10, "punct"),
])

# a postnominal adjective phrase made the head of the according-to source; then one of them
PEOPLE_FAMILIAR = ("The deal is close, according to two people familiar with the talks.", [
    (1, "The", "the", "DET", 2, "det"), (2, "deal", "deal", "NOUN", 4, "nsubj"), (3, "is", "be", "AUX", 4, "cop"),
    (4, "close", "close", "ADJ", 0, "root"), (5, ",", ",", "PUNCT", 10, "punct"),
    (6, "according", "accord", "VERB", 9, "case"), (7, "to", "to", "ADP", 6, "fixed"), (8, "two", "two", "NUM", 9, "nummod"),
    (9, "people", "people", "NOUN", 10, "obl"), (10, "familiar", "familiar", "ADJ", 4, "conj"),
    (11, "with", "with", "ADP", 13, "case"), (12, "the", "the", "DET", 13, "det"), (13, "talks", "talk", "NOUN", 10, "obl"),
    (14, ".", ".", "PUNCT", 4, "punct"),
])
ONE_OF_THEM = ("One of them said the offer was rejected.", [
    (1, "One", "one", "NUM", 4, "nsubj"), (2, "of", "of", "ADP", 3, "case"), (3, "them", "they", "PRON", 1, "nmod"),
    (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (5, "the", "the", "DET", 6, "det"),
    (6, "offer", "offer", "NOUN", 8, "nsubj:pass"), (7, "was", "be", "AUX", 8, "aux:pass"),
    (8, "rejected", "reject", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"), (9, ".", ".", "PUNCT", 4, "punct"),
])

# a quote that holds a report of its own continues the speaker quoted before it
FARROW_SAID = ("“It is wrong,” said Linda Farrow.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "is", "be", "AUX", 4, "cop"),
    (4, "wrong", "wrong", "ADJ", 7, "ccomp"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "Linda", "Linda", "PROPN", 7, "nsubj"),
    (9, "Farrow", "Farrow", "PROPN", 8, "flat"), (10, ".", ".", "PUNCT", 7, "punct"),
])
MINISTERS_KEEP_TELLING = ("“Ministers keep telling us to drive less.", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "Ministers", "minister", "NOUN", 3, "nsubj"),
    (3, "keep", "keep", "VERB", 0, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"), (4, "telling", "tell", "VERB", 3, "xcomp", "VerbForm=Ger"),
    (5, "us", "we", "PRON", 4, "obj"), (6, "to", "to", "PART", 7, "mark"), (7, "drive", "drive", "VERB", 4, "xcomp", "VerbForm=Inf"),
    (8, "less", "less", "ADV", 7, "advmod"), (9, ".", ".", "PUNCT", 3, "punct"),
])
THEN_THEY_RAISE = ("Then they raise fares.”", [
    (1, "Then", "then", "ADV", 3, "advmod"), (2, "they", "they", "PRON", 3, "nsubj"),
    (3, "raise", "raise", "VERB", 0, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"), (4, "fares", "fare", "NOUN", 3, "obj"),
    (5, ".", ".", "PUNCT", 3, "punct"), (6, "”", "”", "PUNCT", 3, "punct"),
])

# the attribution between two quotes holds an abbreviated honorific
MS_MARSH_TOLD = ("“It is hers,” Ms. Marsh told reporters in Westminster.", [
    (1, "“", "“", "PUNCT", 4, "punct"), (2, "It", "it", "PRON", 4, "nsubj"), (3, "is", "be", "AUX", 4, "cop"),
    (4, "hers", "hers", "PRON", 9, "ccomp"), (5, ",", ",", "PUNCT", 4, "punct"), (6, "”", "”", "PUNCT", 4, "punct"),
    (7, "Ms.", "Ms.", "PROPN", 8, "compound"), (8, "Marsh", "Marsh", "PROPN", 9, "nsubj"),
    (9, "told", "tell", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (10, "reporters", "reporter", "NOUN", 9, "iobj"),
    (11, "in", "in", "ADP", 12, "case"), (12, "Westminster", "Westminster", "PROPN", 9, "obl"), (13, ".", ".", "PUNCT", 9, "punct"),
])
IT_SPENT_HEAVILY = ("“It spent heavily.”", [
    (1, "“", "“", "PUNCT", 3, "punct"), (2, "It", "it", "PRON", 3, "nsubj"),
    (3, "spent", "spend", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (4, "heavily", "heavily", "ADV", 3, "advmod"),
    (5, ".", ".", "PUNCT", 3, "punct"), (6, "”", "”", "PUNCT", 3, "punct"),
])

# a fronted place phrase taken for the subject, the speaker's name for a modifier of the role
OUTSIDE_COURT = ("Outside court, the chair, the Rev Alan Crossley, said it was over.", [
    (1, "Outside", "outside", "ADJ", 2, "amod"), (2, "court", "court", "NOUN", 12, "nsubj"), (3, ",", ",", "PUNCT", 5, "punct"),
    (4, "the", "the", "DET", 5, "det"), (5, "chair", "chair", "NOUN", 2, "appos"), (6, ",", ",", "PUNCT", 5, "punct"),
    (7, "the", "the", "DET", 10, "det"), (8, "Rev", "Rev", "PROPN", 10, "compound"), (9, "Alan", "Alan", "PROPN", 10, "compound"),
    (10, "Crossley", "Crossley", "PROPN", 5, "nmod"), (11, ",", ",", "PUNCT", 2, "punct"),
    (12, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (13, "it", "it", "PRON", 15, "nsubj"),
    (14, "was", "be", "AUX", 15, "cop"), (15, "over", "over", "ADJ", 12, "ccomp"), (16, ".", ".", "PUNCT", 12, "punct"),
])

# an organisation named "X for Place" whose first word is no organisation word
TRANSPORT_FOR_HARLSTON = ("Transport for Harlston said fares would rise.", [
    (1, "Transport", "Transport", "PROPN", 4, "nsubj"), (2, "for", "for", "ADP", 3, "case"),
    (3, "Harlston", "Harlston", "PROPN", 1, "nmod"), (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "fares", "fare", "NOUN", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "rise", "rise", "VERB", 4, "ccomp", "VerbForm=Inf"), (8, ".", ".", "PUNCT", 4, "punct"),
])


def company_said(first: str, second: str, clause: str) -> tuple[str, list[tuple]]:
    """``"<First> <Second> said <clause> grew."`` with ``clause`` one noun."""
    return (f"{first} {second} said {clause} grew.", [
        (1, first, first, "PROPN" if first != "The" else "DET", 2, "compound" if first != "The" else "det"),
        (2, second, second, "PROPN" if first != "The" else "NOUN", 3, "nsubj"),
        (3, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (4, clause, clause.lower(), "NOUN", 5, "nsubj"), (5, "grew", "grow", "VERB", 3, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        (6, ".", ".", "PUNCT", 3, "punct")])


# "the company" right after a company spoke, though another spoke more often before
COMPANIES_SPEAK = [company_said("Ostara", "Nutrition", "sales"), company_said("Ostara", "Nutrition", "profit"),
                   company_said("Brightwell", "Foods", "revenue"), company_said("The", "company", "output")]

# a name in title case inside quotation marks, tagged as common words
HORSE_NAMED = ("She said a horse named “Second Chance” had won.", [
    (1, "She", "she", "PRON", 2, "nsubj"), (2, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (3, "a", "a", "DET", 4, "det"), (4, "horse", "horse", "NOUN", 11, "nsubj"),
    (5, "named", "name", "VERB", 4, "acl", "Tense=Past|VerbForm=Part"), (6, "“", "“", "PUNCT", 8, "punct"),
    (7, "Second", "second", "ADJ", 8, "amod"), (8, "Chance", "chance", "NOUN", 5, "xcomp"), (9, "”", "”", "PUNCT", 8, "punct"),
    (10, "had", "have", "AUX", 11, "aux"), (11, "won", "win", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    (12, ".", ".", "PUNCT", 2, "punct"),
])

# a relative pronoun hung as an apposition, its clause's verb made the main one
FOUNDER_WHO_CALLED = ("The founder, who will become chairman, called the deal “a fine home”.", [
    (1, "The", "the", "DET", 2, "det"), (2, "founder", "founder", "NOUN", 6, "nsubj"), (3, ",", ",", "PUNCT", 4, "punct"),
    (4, "who", "who", "PRON", 2, "appos"), (5, "will", "will", "AUX", 6, "aux"),
    (6, "become", "become", "VERB", 0, "root", "VerbForm=Inf"), (7, "chairman", "chairman", "NOUN", 6, "obj"),
    (8, ",", ",", "PUNCT", 9, "punct"), (9, "called", "call", "VERB", 6, "advcl", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (10, "the", "the", "DET", 11, "det"), (11, "deal", "deal", "NOUN", 9, "obj"), (12, "“", "“", "PUNCT", 15, "punct"),
    (13, "a", "a", "DET", 15, "det"), (14, "fine", "fine", "ADJ", 15, "amod"), (15, "home", "home", "NOUN", 9, "xcomp"),
    (16, "”", "”", "PUNCT", 15, "punct"), (17, ".", ".", "PUNCT", 6, "punct"),
])


def role_with_name(role: str, first: str, last: str) -> tuple[str, list[tuple]]:
    """``"His <role>, <First> <Last>, said he was sorry."``"""
    return (f"His {role}, {first} {last}, said he was sorry.", [
        (1, "His", "his", "PRON", 2, "nmod:poss"), (2, role, role, "NOUN", 7, "nsubj"), (3, ",", ",", "PUNCT", 4, "punct"),
        (4, first, first, "PROPN", 2, "appos"), (5, last, last, "PROPN", 4, "flat"), (6, ",", ",", "PUNCT", 4, "punct"),
        (7, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"), (8, "he", "he", "PRON", 10, "nsubj"),
        (9, "was", "be", "AUX", 10, "cop"), (10, "sorry", "sorry", "ADJ", 7, "ccomp"), (11, ".", ".", "PUNCT", 7, "punct")])


# a capitalised word describing people before a full name at the start of a sentence
RIDER_NAMED = ("Rider Jens Vandermolen said he would appeal.", [
    (1, "Rider", "Rider", "PROPN", 4, "nsubj"), (2, "Jens", "Jens", "PROPN", 1, "flat"),
    (3, "Vandermolen", "Vandermolen", "PROPN", 1, "flat"), (4, "said", "say", "VERB", 0, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
    (5, "he", "he", "PRON", 7, "nsubj"), (6, "would", "would", "AUX", 7, "aux"),
    (7, "appeal", "appeal", "VERB", 4, "ccomp", "VerbForm=Inf"), (8, ".", ".", "PUNCT", 4, "punct"),
])

# a role word before a name read as a verb with the name its object
EXPERT_AS_VERB = ("Security expert Maya Lind said attacks had tripled.", [
    (1, "Security", "Security", "PROPN", 2, "nsubj"), (2, "expert", "expert", "VERB", 0, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (3, "Maya", "Maya", "PROPN", 2, "obj"), (4, "Lind", "Lind", "PROPN", 3, "flat"),
    (5, "said", "say", "VERB", 2, "parataxis", "Mood=Ind|Tense=Past|VerbForm=Fin"), (6, "attacks", "attack", "NOUN", 8, "nsubj"),
    (7, "had", "have", "AUX", 8, "aux"), (8, "tripled", "triple", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    (9, ".", ".", "PUNCT", 5, "punct"),
])

# session 7: misparses of held-out batch u (tagger and parser output as they came)
OPENING_THE_HEARING = ('Opening the hearing in Harrowby, the inquiry’s chairman, Sir Malcolm Threlfall, said bereaved families had waited too long.', [
    (1, 'Opening', 'open', 'VERB', 16, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'the', 'the', 'DET', 3, 'det'), (3, 'hearing', 'hearing', 'NOUN', 1, 'obj'),
    (4, 'in', 'in', 'ADP', 5, 'case'), (5, 'Harrowby', 'Harrowby', 'PROPN', 3, 'nmod'),
    (6, ',', ',', 'PUNCT', 1, 'punct'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'inquiry', 'inquiry', 'NOUN', 10, 'nmod:poss'), (9, '’s', "'s", 'PART', 8, 'case'),
    (10, 'chairman', 'chairman', 'NOUN', 3, 'conj'), (11, ',', ',', 'PUNCT', 1, 'punct'),
    (12, 'Sir', 'Sir', 'PROPN', 10, 'appos'), (13, 'Malcolm', 'Malcolm', 'PROPN', 12, 'flat'),
    (14, 'Threlfall', 'Threlfall', 'PROPN', 13, 'flat'), (15, ',', ',', 'PUNCT', 1, 'punct'),
    (16, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'bereaved', 'bereaved', 'VERB', 18, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'families', 'family', 'NOUN', 20, 'nsubj', 'Number=Plur'),
    (19, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'waited', 'wait', 'VERB', 16, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (21, 'too', 'too', 'ADV', 22, 'advmod'), (22, 'long', 'long', 'ADV', 20, 'advmod'),
    (23, '.', '.', 'PUNCT', 16, 'punct'),
])
IN_DUNMORE_HOLLIS = ('In Dunmore, Hollis, a former treasurer, argued that the fund had been raided.', [
    (1, 'In', 'in', 'ADP', 2, 'case'), (2, 'Dunmore', 'Dunmore', 'PROPN', 10, 'obl'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Hollis', 'Hollis', 'PROPN', 2, 'conj'),
    (5, ',', ',', 'PUNCT', 2, 'punct'), (6, 'a', 'a', 'DET', 8, 'det'),
    (7, 'former', 'former', 'ADJ', 8, 'amod'), (8, 'treasurer', 'treasurer', 'NOUN', 2, 'appos'),
    (9, ',', ',', 'PUNCT', 2, 'punct'),
    (10, 'argued', 'argue', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'that', 'that', 'SCONJ', 16, 'mark'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'fund', 'fund', 'NOUN', 16, 'nsubj:pass'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'been', 'be', 'AUX', 16, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (16, 'raided', 'raid', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, '.', '.', 'PUNCT', 10, 'punct'),
])
CELEBRITY_CHEF = ('Celebrity chef Tobias Wren said the rent was too high.', [
    (1, 'Celebrity', 'Celebrity', 'PROPN', 3, 'compound'),
    (2, 'chef', 'chef', 'NOUN', 3, 'nmod:desc'),
    (3, 'Tobias', 'Tobias', 'PROPN', 5, 'nsubj', 'Number=Plur'),
    (4, 'Wren', 'Wren', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'rent', 'rent', 'NOUN', 10, 'nsubj'),
    (8, 'was', 'be', 'AUX', 10, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'too', 'too', 'ADV', 10, 'advmod'), (10, 'high', 'high', 'ADJ', 5, 'ccomp'),
    (11, '.', '.', 'PUNCT', 5, 'punct'),
])
FATHER_BUS_DRIVER = ('Her father, Daniel Holt, a bus driver, says the family had no idea.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'father', 'father', 'NOUN', 11, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'Daniel', 'Daniel', 'ADJ', 5, 'amod'),
    (5, 'Holt', 'Holt', 'PROPN', 2, 'conj'), (6, ',', ',', 'PUNCT', 9, 'punct'),
    (7, 'a', 'a', 'DET', 9, 'det'), (8, 'bus', 'bus', 'NOUN', 9, 'compound'),
    (9, 'driver', 'driver', 'NOUN', 2, 'conj'), (10, ',', ',', 'PUNCT', 2, 'punct'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'family', 'family', 'NOUN', 14, 'nsubj'),
    (14, 'had', 'have', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'no', 'no', 'DET', 16, 'det'), (16, 'idea', 'idea', 'NOUN', 14, 'obj'),
    (17, '.', '.', 'PUNCT', 11, 'punct'),
])
VENTRIS_SUSPENDED = ('Ventris Pharmaceuticals suspended production of the antibiotic, sold under the brand name “Pedimox Junior,” at its plant after inspectors found bacteria, the company confirmed.', [
    (1, 'Ventris', 'Ventris', 'PROPN', 2, 'compound'),
    (2, 'Pharmaceuticals', 'Pharmaceuticals', 'PROPN', 4, 'compound', 'Number=Plur'),
    (3, 'suspended', 'suspend', 'VERB', 4, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (4, 'production', 'production', 'NOUN', 9, 'nsubj'), (5, 'of', 'of', 'ADP', 7, 'case'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'antibiotic', 'antibiotic', 'NOUN', 4, 'nmod'),
    (8, ',', ',', 'PUNCT', 9, 'punct'),
    (9, 'sold', 'sell', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (10, 'under', 'under', 'ADP', 13, 'case'), (11, 'the', 'the', 'DET', 13, 'det'),
    (12, 'brand', 'brand', 'ADJ', 13, 'amod'), (13, 'name', 'name', 'NOUN', 9, 'obl'),
    (14, '“', '"', 'PUNCT', 15, 'punct'), (15, 'Pedimox', 'Pedimox', 'PROPN', 16, 'compound'),
    (16, 'Junior', 'Junior', 'PROPN', 13, 'appos'), (17, ',', ',', 'PUNCT', 21, 'punct'),
    (18, '”', '"', 'PUNCT', 21, 'punct'), (19, 'at', 'at', 'ADP', 21, 'case'),
    (20, 'its', 'its', 'PRON', 21, 'nmod:poss'), (21, 'plant', 'plant', 'NOUN', 9, 'obl'),
    (22, 'after', 'after', 'ADP', 23, 'case'),
    (23, 'inspectors', 'inspector', 'NOUN', 21, 'nmod', 'Number=Plur'),
    (24, 'found', 'find', 'VERB', 9, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'bacteria', 'bacteria', 'NOUN', 24, 'obj'), (26, ',', ',', 'PUNCT', 29, 'punct'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'company', 'company', 'NOUN', 29, 'nsubj'),
    (29, 'confirmed', 'confirm', 'VERB', 24, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (30, '.', '.', 'PUNCT', 9, 'punct'),
])
CREWE_INTERNATIONAL = ('Martin Crewe, a former international who now presents a podcast, said the board had panicked.', [
    (1, 'Martin', 'Martin', 'PROPN', 13, 'nsubj'), (2, 'Crewe', 'Crewe', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 6, 'punct'), (4, 'a', 'a', 'DET', 6, 'det'),
    (5, 'former', 'former', 'ADJ', 6, 'amod'),
    (6, 'international', 'international', 'ADJ', 2, 'appos'), (7, 'who', 'who', 'PRON', 9, 'nsubj'),
    (8, 'now', 'now', 'ADV', 9, 'advmod'),
    (9, 'presents', 'present', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'a', 'a', 'DET', 11, 'det'), (11, 'podcast', 'podcast', 'NOUN', 9, 'obj'),
    (12, ',', ',', 'PUNCT', 2, 'punct'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'board', 'board', 'NOUN', 17, 'nsubj'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'panicked', 'panic', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (18, '.', '.', 'PUNCT', 13, 'punct'),
])
FLANKER_SAID = ('“We were better,” the former Wales flanker said.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'We', 'we', 'PRON', 4, 'nsubj', 'Number=Plur'),
    (3, 'were', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'better', 'good', 'ADJ', 11, 'ccomp'), (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, '”', '"', 'PUNCT', 4, 'punct'), (7, 'the', 'the', 'DET', 10, 'det'),
    (8, 'former', 'former', 'ADJ', 10, 'amod'),
    (9, 'Wales', 'Wales', 'PROPN', 10, 'compound'),
    (10, 'flanker', 'flanker', 'NOUN', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])
PEOPLE_FAMILIAR_SAID = ('But two people familiar with the company’s plans said production was unlikely to resume.', [
    (1, 'But', 'but', 'CCONJ', 10, 'cc'), (2, 'two', 'two', 'NUM', 3, 'nummod'),
    (3, 'people', 'people', 'NOUN', 4, 'nsubj', 'Number=Plur'),
    (4, 'familiar', 'familiar', 'ADJ', 10, 'ccomp'), (5, 'with', 'with', 'ADP', 9, 'case'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'company', 'company', 'NOUN', 9, 'nmod:poss'),
    (8, '’s', "'s", 'PART', 7, 'case'), (9, 'plans', 'plan', 'NOUN', 4, 'obl', 'Number=Plur'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'production', 'production', 'NOUN', 13, 'nsubj'),
    (12, 'was', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'unlikely', 'unlikely', 'ADJ', 10, 'ccomp'), (14, 'to', 'to', 'PART', 15, 'mark'),
    (15, 'resume', 'resume', 'VERB', 13, 'xcomp', 'VerbForm=Inf'),
    (16, '.', '.', 'PUNCT', 10, 'punct'),
])
CREWE_HEADED_BY_SURNAME = ('Martin Crewe, a former international who presents a podcast, said the board had panicked.', [
    (1, 'Martin', 'Martin', 'PROPN', 2, 'nmod:desc'), (2, 'Crewe', 'Crewe', 'PROPN', 12, 'nsubj'),
    (3, ',', ',', 'PUNCT', 6, 'punct'), (4, 'a', 'a', 'DET', 6, 'det'),
    (5, 'former', 'former', 'ADJ', 6, 'amod'),
    (6, 'international', 'international', 'ADJ', 2, 'appos'), (7, 'who', 'who', 'PRON', 8, 'nsubj'),
    (8, 'presents', 'present', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'a', 'a', 'DET', 10, 'det'), (10, 'podcast', 'podcast', 'NOUN', 8, 'obj'),
    (11, ',', ',', 'PUNCT', 2, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'board', 'board', 'NOUN', 16, 'nsubj'),
    (15, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'panicked', 'panick', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (17, '.', '.', 'PUNCT', 12, 'punct'),
])
PRIYA_WON = ('Priya Raman-Holt won the title.', [
    (1, 'Priya', 'Priya', 'PROPN', 5, 'nsubj'), (2, 'Raman', 'Raman', 'PROPN', 1, 'flat'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'Holt', 'Holt', 'PROPN', 2, 'flat'),
    (5, 'won', 'win', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'title', 'title', 'NOUN', 5, 'obj'),
    (8, '.', '.', 'PUNCT', 5, 'punct'),
])
SHE_SHRUGS = ('She shrugs.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'shrugs', 'shrug', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, '.', '.', 'PUNCT', 2, 'punct'),
])
WANTS_UNIVERSITY = ('“I want to go to university and study maths.”', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'I', 'PRON', 3, 'nsubj'),
    (3, 'want', 'want', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'to', 'to', 'PART', 5, 'mark'), (5, 'go', 'go', 'VERB', 3, 'xcomp', 'VerbForm=Inf'),
    (6, 'to', 'to', 'ADP', 7, 'case'), (7, 'university', 'university', 'NOUN', 5, 'obl'),
    (8, 'and', 'and', 'CCONJ', 9, 'cc'), (9, 'study', 'study', 'VERB', 5, 'conj', 'VerbForm=Inf'),
    (10, 'maths', 'math', 'NOUN', 9, 'obj', 'Number=Plur'), (11, '.', '.', 'PUNCT', 3, 'punct'),
    (12, '”', '"', 'PUNCT', 3, 'punct'),
])
ASKED_WHEN_SHE_PAUSES = ('Asked when she first believed she could win the title, she pauses before answering.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'when', 'when', 'ADV', 5, 'advmod'), (3, 'she', 'she', 'PRON', 5, 'nsubj'),
    (4, 'first', 'first', 'ADV', 5, 'advmod'),
    (5, 'believed', 'believe', 'VERB', 1, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'she', 'she', 'PRON', 8, 'nsubj'), (7, 'could', 'could', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'win', 'win', 'VERB', 1, 'ccomp', 'VerbForm=Inf'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'title', 'title', 'NOUN', 8, 'obj'), (11, ',', ',', 'PUNCT', 5, 'punct'),
    (12, 'she', 'she', 'PRON', 13, 'nsubj'),
    (13, 'pauses', 'pause', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'before', 'before', 'SCONJ', 15, 'mark'),
    (15, 'answering', 'answer', 'VERB', 13, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (16, '.', '.', 'PUNCT', 1, 'punct'),
])
MAYBE_LAST_ROUND = ('“Maybe the last round, when I was trying not to lose on time.”', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'Maybe', 'maybe', 'ADV', 5, 'advmod'),
    (3, 'the', 'the', 'DET', 5, 'det'), (4, 'last', 'last', 'ADJ', 5, 'amod'),
    (5, 'round', 'round', 'NOUN', 0, 'root'), (6, ',', ',', 'PUNCT', 10, 'punct'),
    (7, 'when', 'when', 'ADV', 10, 'advmod'), (8, 'I', 'I', 'PRON', 10, 'nsubj'),
    (9, 'was', 'be', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'trying', 'try', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (11, 'not', 'not', 'PART', 13, 'advmod'), (12, 'to', 'to', 'PART', 13, 'mark'),
    (13, 'lose', 'lose', 'VERB', 10, 'xcomp', 'VerbForm=Inf'), (14, 'on', 'on', 'ADP', 15, 'case'),
    (15, 'time', 'time', 'NOUN', 13, 'obl'), (16, '.', '.', 'PUNCT', 5, 'punct'),
    (17, '”', '"', 'PUNCT', 5, 'punct'),
])
MATCH_ENDED = ('The match ended in a draw.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'match', 'match', 'NOUN', 3, 'nsubj'),
    (3, 'ended', 'end', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'in', 'in', 'ADP', 6, 'case'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'draw', 'draw', 'NOUN', 3, 'obl'), (7, '.', '.', 'PUNCT', 3, 'punct'),
])
OKEREKE_AND_THAT = ('Okereke argued that the trial lasted only three months and that migraine drugs often lose their effect over time.', [
    (1, 'Okereke', 'Okereke', 'PROPN', 2, 'nsubj'),
    (2, 'argued', 'argue', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 6, 'mark'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'trial', 'trial', 'NOUN', 6, 'nsubj'),
    (6, 'lasted', 'last', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'only', 'only', 'ADV', 8, 'advmod'), (8, 'three', 'three', 'NUM', 9, 'nummod'),
    (9, 'months', 'month', 'NOUN', 6, 'obj', 'Number=Plur'), (10, 'and', 'and', 'CCONJ', 15, 'cc'),
    (11, 'that', 'that', 'DET', 13, 'det'), (12, 'migraine', 'migraine', 'NOUN', 13, 'compound'),
    (13, 'drugs', 'drug', 'NOUN', 15, 'nsubj', 'Number=Plur'),
    (14, 'often', 'often', 'ADV', 15, 'advmod'),
    (15, 'lose', 'lose', 'VERB', 2, 'conj', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, 'their', 'their', 'PRON', 17, 'nmod:poss', 'Number=Plur'),
    (17, 'effect', 'effect', 'NOUN', 15, 'obj'), (18, 'over', 'over', 'ADP', 19, 'case'),
    (19, 'time', 'time', 'NOUN', 15, 'obl'), (20, '.', '.', 'PUNCT', 2, 'punct'),
])
LASKO_WROTE = ('Its chief executive, Petra Lasko, wrote on social media that she was "heartbroken" and that the company would cooperate fully with investigators.', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss'), (2, 'chief', 'chief', 'NOUN', 3, 'nsubj'),
    (3, 'executive', 'executive', 'ADJ', 8, 'advcl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'Petra', 'Petra', 'PROPN', 8, 'nsubj'), (6, 'Lasko', 'Lasko', 'PROPN', 5, 'flat'),
    (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'on', 'on', 'ADP', 11, 'case'), (10, 'social', 'social', 'ADJ', 11, 'amod'),
    (11, 'media', 'media', 'NOUN', 8, 'obl'), (12, 'that', 'that', 'SCONJ', 16, 'mark'),
    (13, 'she', 'she', 'PRON', 16, 'nsubj'),
    (14, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '"', '"', 'PUNCT', 16, 'punct'), (16, 'heartbroken', 'heartbroken', 'NOUN', 8, 'advcl'),
    (17, '"', '"', 'PUNCT', 16, 'punct'), (18, 'and', 'and', 'CCONJ', 23, 'cc'),
    (19, 'that', 'that', 'SCONJ', 23, 'mark'), (20, 'the', 'the', 'DET', 21, 'det'),
    (21, 'company', 'company', 'NOUN', 23, 'nsubj'),
    (22, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (23, 'cooperate', 'cooperate', 'VERB', 8, 'conj', 'VerbForm=Inf'),
    (24, 'fully', 'fully', 'ADV', 23, 'advmod'), (25, 'with', 'with', 'ADP', 26, 'case'),
    (26, 'investigators', 'investigator', 'NOUN', 23, 'obl', 'Number=Plur'),
    (27, '.', '.', 'PUNCT', 8, 'punct'),
])
GREAVES_EMAIL = ('His lawyer, Martin Greaves, said in an email that Hartline had done “excellent work at a fair price” and that his client “has nothing to hide.”', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'lawyer', 'lawyer', 'NOUN', 7, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Martin', 'Martin', 'PROPN', 5, 'compound'),
    (5, 'Greaves', 'Greaves', 'PROPN', 2, 'appos', 'Number=Plur'),
    (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'in', 'in', 'ADP', 10, 'case'), (9, 'an', 'a', 'DET', 10, 'det'),
    (10, 'email', 'email', 'NOUN', 7, 'obl'), (11, 'that', 'that', 'PRON', 14, 'obl:unmarked'),
    (12, 'Hartline', 'Hartline', 'PROPN', 14, 'nsubj'),
    (13, 'had', 'have', 'AUX', 14, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'done', 'do', 'VERB', 10, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (15, '“', '"', 'PUNCT', 17, 'punct'), (16, 'excellent', 'excellent', 'ADJ', 17, 'amod'),
    (17, 'work', 'work', 'NOUN', 14, 'obj'), (18, 'at', 'at', 'ADP', 21, 'case'),
    (19, 'a', 'a', 'DET', 21, 'det'), (20, 'fair', 'fair', 'ADJ', 21, 'amod'),
    (21, 'price', 'price', 'NOUN', 14, 'obl'), (22, '”', '"', 'PUNCT', 21, 'punct'),
    (23, 'and', 'and', 'CCONJ', 28, 'cc'), (24, 'that', 'that', 'SCONJ', 28, 'mark'),
    (25, 'his', 'his', 'PRON', 26, 'nmod:poss'), (26, 'client', 'client', 'NOUN', 28, 'nsubj'),
    (27, '“', '"', 'PUNCT', 26, 'punct'),
    (28, 'has', 'have', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (29, 'nothing', 'nothing', 'PRON', 28, 'obj'), (30, 'to', 'to', 'PART', 31, 'mark'),
    (31, 'hide', 'hide', 'VERB', 28, 'xcomp', 'VerbForm=Inf'), (32, '.', '.', 'PUNCT', 7, 'punct'),
    (33, '”', '"', 'PUNCT', 7, 'punct'),
])
GARRITY_URGED = ('State Sen. Paul Garrity, a Republican from Dellwood, wrote on social media that the price war was “proof that competition works” and urged shoppers to “vote with their carts.”', [
    (1, 'State', 'State', 'PROPN', 11, 'nsubj'), (2, 'Sen.', 'Sen.', 'PROPN', 1, 'flat'),
    (3, 'Paul', 'Paul', 'PROPN', 2, 'flat'), (4, 'Garrity', 'Garrity', 'PROPN', 1, 'flat'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'Republican', 'Republican', 'PROPN', 1, 'appos'), (8, 'from', 'from', 'ADP', 9, 'case'),
    (9, 'Dellwood', 'Dellwood', 'PROPN', 7, 'nmod'), (10, ',', ',', 'PUNCT', 7, 'punct'),
    (11, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'on', 'on', 'ADP', 14, 'case'), (13, 'social', 'social', 'ADJ', 14, 'amod'),
    (14, 'media', 'media', 'NOUN', 11, 'obl'), (15, 'that', 'that', 'SCONJ', 21, 'mark'),
    (16, 'the', 'the', 'DET', 18, 'det'), (17, 'price', 'price', 'NOUN', 18, 'compound'),
    (18, 'war', 'war', 'NOUN', 21, 'nsubj'),
    (19, 'was', 'be', 'AUX', 21, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, '“', '"', 'PUNCT', 21, 'punct'), (21, 'proof', 'proof', 'NOUN', 14, 'acl'),
    (22, 'that', 'that', 'SCONJ', 24, 'mark'),
    (23, 'competition', 'competition', 'NOUN', 24, 'nsubj'),
    (24, 'works', 'work', 'VERB', 21, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (25, '”', '"', 'PUNCT', 24, 'punct'), (26, 'and', 'and', 'CCONJ', 27, 'cc'),
    (27, 'urged', 'urge', 'VERB', 28, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (28, 'shoppers', 'shopper', 'NOUN', 24, 'obj', 'Number=Plur'),
    (29, 'to', 'to', 'ADP', 31, 'case'), (30, '“', '"', 'PUNCT', 31, 'punct'),
    (31, 'vote', 'vote', 'NOUN', 28, 'nmod'), (32, 'with', 'with', 'ADP', 34, 'case'),
    (33, 'their', 'their', 'PRON', 34, 'nmod:poss', 'Number=Plur'),
    (34, 'carts', 'cart', 'NOUN', 31, 'nmod', 'Number=Plur'), (35, '.', '.', 'PUNCT', 11, 'punct'),
    (36, '”', '"', 'PUNCT', 11, 'punct'),
])
KETTERING_PRAISED = ('DI Kettering, of Halden Constabulary, said the case had been ‘a jigsaw with half the pieces burnt’ and praised fire officers for preserving the scene.', [
    (1, 'DI', 'DI', 'PROPN', 8, 'nsubj'), (2, 'Kettering', 'Kettering', 'PROPN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'of', 'of', 'ADP', 6, 'case'),
    (5, 'Halden', 'Halden', 'PROPN', 6, 'compound'),
    (6, 'Constabulary', 'Constabulary', 'PROPN', 2, 'nmod'), (7, ',', ',', 'PUNCT', 2, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'case', 'case', 'NOUN', 15, 'nsubj'),
    (11, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'been', 'be', 'AUX', 15, 'cop', 'Tense=Past|VerbForm=Part'),
    (13, '‘', "'", 'PUNCT', 15, 'punct'), (14, 'a', 'a', 'DET', 15, 'det'),
    (15, 'jigsaw', 'jigsaw', 'NOUN', 8, 'ccomp'), (16, 'with', 'with', 'ADP', 19, 'case'),
    (17, 'half', 'half', 'DET', 19, 'det:predet'), (18, 'the', 'the', 'DET', 19, 'det'),
    (19, 'pieces', 'piece', 'NOUN', 15, 'nmod', 'Number=Plur'),
    (20, 'burnt', 'burnt', 'ADJ', 19, 'amod'), (21, '’', "'", 'PUNCT', 25, 'punct'),
    (22, 'and', 'and', 'CCONJ', 25, 'cc'),
    (23, 'praised', 'praise', 'VERB', 25, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, 'fire', 'fire', 'NOUN', 25, 'compound'),
    (25, 'officers', 'officer', 'NOUN', 15, 'nmod', 'Number=Plur'),
    (26, 'for', 'for', 'SCONJ', 27, 'mark'),
    (27, 'preserving', 'preserve', 'VERB', 25, 'acl', 'Tense=Pres|VerbForm=Part'),
    (28, 'the', 'the', 'DET', 29, 'det'), (29, 'scene', 'scene', 'NOUN', 27, 'obj'),
    (30, '.', '.', 'PUNCT', 8, 'punct'),
])
RUTH_KETTERING_LED = ('Ruth Kettering led the inquiry.', [
    (1, 'Ruth', 'Ruth', 'PROPN', 3, 'nsubj'), (2, 'Kettering', 'Kettering', 'PROPN', 1, 'flat'),
    (3, 'led', 'lead', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'inquiry', 'inquiry', 'NOUN', 3, 'obj'),
    (6, '.', '.', 'PUNCT', 3, 'punct'),
])
DELGADO_PARTICIPANT = ('Trial participant Rosa Delgado, 43, a school librarian from Harwick, said she used to lose “two or three days a week” to migraines.', [
    (1, 'Trial', 'Trial', 'PROPN', 2, 'compound'),
    (2, 'participant', 'participant', 'NOUN', 14, 'nsubj'),
    (3, 'Rosa', 'Rosa', 'PROPN', 4, 'compound'), (4, 'Delgado', 'Delgado', 'PROPN', 2, 'appos'),
    (5, ',', ',', 'PUNCT', 6, 'punct'), (6, '43', '43', 'NUM', 4, 'appos'),
    (7, ',', ',', 'PUNCT', 10, 'punct'), (8, 'a', 'a', 'DET', 10, 'det'),
    (9, 'school', 'school', 'NOUN', 10, 'compound'),
    (10, 'librarian', 'librarian', 'NOUN', 2, 'appos'), (11, 'from', 'from', 'ADP', 12, 'case'),
    (12, 'Harwick', 'Harwick', 'PROPN', 10, 'nmod'), (13, ',', ',', 'PUNCT', 2, 'punct'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'she', 'she', 'PRON', 16, 'nsubj'),
    (16, 'used', 'use', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'to', 'to', 'PART', 18, 'mark'), (18, 'lose', 'lose', 'VERB', 16, 'xcomp', 'VerbForm=Inf'),
    (19, '“', '"', 'PUNCT', 23, 'punct'), (20, 'two', 'two', 'NUM', 23, 'nummod'),
    (21, 'or', 'or', 'CCONJ', 22, 'cc'), (22, 'three', 'three', 'NUM', 20, 'conj'),
    (23, 'days', 'day', 'NOUN', 18, 'obj', 'Number=Plur'), (24, 'a', 'a', 'DET', 25, 'det'),
    (25, 'week', 'week', 'NOUN', 23, 'nmod:unmarked'), (26, '”', '"', 'PUNCT', 25, 'punct'),
    (27, 'to', 'to', 'ADP', 28, 'case'),
    (28, 'migraines', 'migrain', 'NOUN', 25, 'nmod', 'Number=Plur'),
    (29, '.', '.', 'PUNCT', 14, 'punct'),
])
MADSEN_OF_UNIVERSITY = ('The vessel still holds traces of its cargo, according to Dr Elinor Madsen of Brackwell University, the dig’s director.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'vessel', 'vessel', 'NOUN', 4, 'nsubj'),
    (3, 'still', 'still', 'ADV', 4, 'advmod'),
    (4, 'holds', 'hold', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'traces', 'trace', 'NOUN', 4, 'obj', 'Number=Plur'), (6, 'of', 'of', 'ADP', 8, 'case'),
    (7, 'its', 'its', 'PRON', 8, 'nmod:poss'), (8, 'cargo', 'cargo', 'NOUN', 5, 'nmod'),
    (9, ',', ',', 'PUNCT', 14, 'punct'),
    (10, 'according', 'accord', 'VERB', 14, 'case', 'Tense=Pres|VerbForm=Part'),
    (11, 'to', 'to', 'ADP', 14, 'case'), (12, 'Dr', 'Dr', 'PROPN', 14, 'compound'),
    (13, 'Elinor', 'Elinor', 'PROPN', 14, 'compound'), (14, 'Madsen', 'Madsen', 'PROPN', 4, 'obl'),
    (15, 'of', 'of', 'ADP', 17, 'case'), (16, 'Brackwell', 'Brackwell', 'PROPN', 17, 'compound'),
    (17, 'University', 'University', 'PROPN', 14, 'nmod'), (18, ',', ',', 'PUNCT', 22, 'punct'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'dig', 'dig', 'NOUN', 22, 'nmod:poss'),
    (21, '’s', "'s", 'PART', 20, 'case'), (22, 'director', 'director', 'NOUN', 17, 'appos'),
    (23, '.', '.', 'PUNCT', 4, 'punct'),
])
NIKOS_GAVE_NAME = ('One survivor, a 38-year-old truck driver who gave his name only as Nikos, said passengers had been told to stay.', [
    (1, 'One', 'one', 'NUM', 2, 'nummod'), (2, 'survivor', 'survivor', 'NOUN', 24, 'nsubj:pass'),
    (3, ',', ',', 'PUNCT', 11, 'punct'), (4, 'a', 'a', 'DET', 11, 'det'),
    (5, '38', '38', 'NUM', 7, 'nummod'), (6, '-', '-', 'PUNCT', 5, 'punct'),
    (7, 'year', 'year', 'NOUN', 9, 'obl:unmarked'), (8, '-', '-', 'PUNCT', 7, 'punct'),
    (9, 'old', 'old', 'ADJ', 11, 'amod'), (10, 'truck', 'truck', 'NOUN', 11, 'compound'),
    (11, 'driver', 'driver', 'NOUN', 2, 'appos'), (12, 'who', 'who', 'PRON', 13, 'nsubj'),
    (13, 'gave', 'give', 'VERB', 11, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'his', 'his', 'PRON', 15, 'nmod:poss'), (15, 'name', 'name', 'NOUN', 13, 'obj'),
    (16, 'only', 'only', 'ADV', 13, 'advmod'), (17, 'as', 'as', 'ADP', 18, 'case'),
    (18, 'Nikos', 'Nikos', 'PROPN', 13, 'obl', 'Number=Plur'), (19, ',', ',', 'PUNCT', 2, 'punct'),
    (20, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'passengers', 'passenger', 'NOUN', 24, 'nsubj:pass', 'Number=Plur'),
    (22, 'had', 'have', 'AUX', 24, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'been', 'be', 'AUX', 24, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (24, 'told', 'tell', 'VERB', 20, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (25, 'to', 'to', 'PART', 26, 'mark'), (26, 'stay', 'stay', 'VERB', 24, 'xcomp', 'VerbForm=Inf'),
    (27, '.', '.', 'PUNCT', 20, 'punct'),
])
SORENSEN_ADMITTED = ('Castleton manager Lena Sorensen refused to discuss Rennick by name but admitted her side needed “a proper number nine”.', [
    (1, 'Castleton', 'Castleton', 'PROPN', 2, 'compound'),
    (2, 'manager', 'manager', 'NOUN', 5, 'nsubj'), (3, 'Lena', 'Lena', 'PROPN', 5, 'nsubj'),
    (4, 'Sorensen', 'Sorensen', 'PROPN', 3, 'flat'),
    (5, 'refused', 'refuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'to', 'to', 'PART', 7, 'mark'),
    (7, 'discuss', 'discuss', 'VERB', 5, 'xcomp', 'VerbForm=Inf'),
    (8, 'Rennick', 'Rennick', 'PROPN', 7, 'obj'), (9, 'by', 'by', 'ADP', 10, 'case'),
    (10, 'name', 'name', 'NOUN', 7, 'obl'), (11, 'but', 'but', 'CCONJ', 12, 'cc'),
    (12, 'admitted', 'admit', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'her', 'she', 'PRON', 14, 'nmod:poss'), (14, 'side', 'side', 'NOUN', 12, 'obj'),
    (15, 'needed', 'need', 'VERB', 12, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, '“', '"', 'PUNCT', 20, 'punct'), (17, 'a', 'a', 'DET', 20, 'det'),
    (18, 'proper', 'proper', 'ADJ', 20, 'amod'), (19, 'number', 'number', 'NOUN', 20, 'compound'),
    (20, 'nine', 'nine', 'NOUN', 15, 'obj'), (21, '”', '"', 'PUNCT', 20, 'punct'),
    (22, '.', '.', 'PUNCT', 5, 'punct'),
])
FENWRIGHT_DISAGREES = ('Chirrup’s head of privacy, Marcus Fenwright, wrote in a blog post that the company “strongly disagrees” with the decision and would appeal.', [
    (1, 'Chirrup', 'Chirrup', 'PROPN', 3, 'nmod:poss'), (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'head', 'head', 'NOUN', 10, 'nsubj'), (4, 'of', 'of', 'ADP', 5, 'case'),
    (5, 'privacy', 'privacy', 'NOUN', 3, 'nmod'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'Marcus', 'Marcus', 'PROPN', 8, 'compound'),
    (8, 'Fenwright', 'Fenwright', 'PROPN', 5, 'conj'), (9, ',', ',', 'PUNCT', 7, 'punct'),
    (10, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'in', 'in', 'ADP', 14, 'case'), (12, 'a', 'a', 'DET', 14, 'det'),
    (13, 'blog', 'blog', 'NOUN', 14, 'compound'), (14, 'post', 'post', 'NOUN', 10, 'obl'),
    (15, 'that', 'that', 'SCONJ', 20, 'mark'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'company', 'company', 'NOUN', 20, 'nsubj'), (18, '“', '"', 'PUNCT', 20, 'punct'),
    (19, 'strongly', 'strongly', 'ADV', 20, 'advmod'),
    (20, 'disagrees', 'disagree', 'NOUN', 14, 'acl:relcl', 'Number=Plur'),
    (21, '”', '"', 'PUNCT', 20, 'punct'), (22, 'with', 'with', 'ADP', 24, 'case'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'decision', 'decision', 'NOUN', 20, 'nmod'),
    (25, 'and', 'and', 'CCONJ', 27, 'cc'), (26, 'would', 'would', 'AUX', 27, 'aux', 'VerbForm=Fin'),
    (27, 'appeal', 'appeal', 'VERB', 10, 'conj', 'VerbForm=Inf'),
    (28, '.', '.', 'PUNCT', 10, 'punct'),
])
WHITFORD_LETTER = ('In a two-page letter to the City Council, Whitford, 56, wrote that he had made “mistakes of judgment, not of integrity” and that the controversy had become “a distraction.”', [
    (1, 'In', 'in', 'ADP', 6, 'case'), (2, 'a', 'a', 'DET', 6, 'det'),
    (3, 'two', 'two', 'NUM', 5, 'nummod'), (4, '-', '-', 'PUNCT', 3, 'punct'),
    (5, 'page', 'page', 'NOUN', 6, 'compound'), (6, 'letter', 'letter', 'NOUN', 16, 'obl'),
    (7, 'to', 'to', 'ADP', 10, 'case'), (8, 'the', 'the', 'DET', 10, 'det'),
    (9, 'City', 'City', 'PROPN', 10, 'compound'), (10, 'Council', 'Council', 'PROPN', 6, 'nmod'),
    (11, ',', ',', 'PUNCT', 12, 'punct'), (12, 'Whitford', 'Whitford', 'PROPN', 10, 'appos'),
    (13, ',', ',', 'PUNCT', 14, 'punct'), (14, '56', '56', 'NUM', 12, 'appos'),
    (15, ',', ',', 'PUNCT', 6, 'punct'),
    (16, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'that', 'that', 'SCONJ', 20, 'mark'), (18, 'he', 'he', 'PRON', 20, 'nsubj'),
    (19, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'made', 'make', 'VERB', 16, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (21, '“', '"', 'PUNCT', 22, 'punct'),
    (22, 'mistakes', 'mistake', 'NOUN', 20, 'obj', 'Number=Plur'),
    (23, 'of', 'of', 'ADP', 24, 'case'), (24, 'judgment', 'judgment', 'NOUN', 22, 'nmod'),
    (25, ',', ',', 'PUNCT', 28, 'punct'), (26, 'not', 'not', 'PART', 28, 'advmod'),
    (27, 'of', 'of', 'ADP', 28, 'case'), (28, 'integrity', 'integrity', 'NOUN', 24, 'conj'),
    (29, '”', '"', 'PUNCT', 28, 'punct'), (30, 'and', 'and', 'CCONJ', 35, 'cc'),
    (31, 'that', 'that', 'SCONJ', 35, 'mark'), (32, 'the', 'the', 'DET', 33, 'det'),
    (33, 'controversy', 'controversy', 'NOUN', 35, 'nsubj'),
    (34, 'had', 'have', 'AUX', 35, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (35, 'become', 'become', 'VERB', 20, 'conj', 'Tense=Past|VerbForm=Part'),
    (36, '“', '"', 'PUNCT', 38, 'punct'), (37, 'a', 'a', 'DET', 38, 'det'),
    (38, 'distraction', 'distraction', 'NOUN', 35, 'obj'), (39, '.', '.', 'PUNCT', 16, 'punct'),
    (40, '”', '"', 'PUNCT', 16, 'punct'),
])
PAID_BY_CORVANE = ('The trial was paid for by the drug’s maker, Corvane Therapeutics.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'trial', 'trial', 'NOUN', 4, 'nsubj:pass'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'paid', 'pay', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'for', 'for', 'ADP', 10, 'case'), (6, 'by', 'by', 'ADP', 10, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'drug', 'drug', 'NOUN', 10, 'nmod:poss'),
    (9, '’s', "'s", 'PART', 8, 'case'), (10, 'maker', 'maker', 'NOUN', 4, 'obl'),
    (11, ',', ',', 'PUNCT', 13, 'punct'), (12, 'Corvane', 'Corvane', 'PROPN', 13, 'compound'),
    (13, 'Therapeutics', 'Therapeutics', 'PROPN', 10, 'conj', 'Number=Plur'),
    (14, '.', '.', 'PUNCT', 4, 'punct'),
])
CORVANE_STATEMENT = ('The company said in a statement that it would seek approval this year.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'company', 'company', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'in', 'in', 'ADP', 6, 'case'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'statement', 'statement', 'NOUN', 3, 'obl'), (7, 'that', 'that', 'SCONJ', 10, 'mark'),
    (8, 'it', 'it', 'PRON', 10, 'nsubj'), (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'seek', 'seek', 'VERB', 6, 'acl:relcl', 'VerbForm=Inf'),
    (11, 'approval', 'approval', 'VERB', 10, 'xcomp', 'VerbForm=Inf'),
    (12, 'this', 'this', 'DET', 13, 'det'), (13, 'year', 'year', 'NOUN', 11, 'obj'),
    (14, '.', '.', 'PUNCT', 3, 'punct'),
])
MADSEN_LED = ('Dr Elinor Madsen led the dig.', [
    (1, 'Dr', 'Dr', 'PROPN', 4, 'nsubj'), (2, 'Elinor', 'Elinor', 'PROPN', 4, 'nsubj'),
    (3, 'Madsen', 'Madsen', 'PROPN', 2, 'flat'),
    (4, 'led', 'lead', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'dig', 'dig', 'NOUN', 4, 'obj'),
    (7, '.', '.', 'PUNCT', 4, 'punct'),
])
REPORTER_ASKED = ('Another reporter asked: “Is it the oldest boat in the world?”', [
    (1, 'Another', 'another', 'DET', 2, 'det'), (2, 'reporter', 'reporter', 'NOUN', 3, 'nsubj'),
    (3, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, ':', ':', 'PUNCT', 10, 'punct'), (5, '“', '"', 'PUNCT', 10, 'punct'),
    (6, 'Is', 'be', 'AUX', 10, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'it', 'it', 'PRON', 10, 'nsubj'), (8, 'the', 'the', 'DET', 10, 'det'),
    (9, 'oldest', 'old', 'ADJ', 10, 'amod'), (10, 'boat', 'boat', 'NOUN', 3, 'ccomp'),
    (11, 'in', 'in', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'world', 'world', 'NOUN', 10, 'nmod'), (14, '?', '?', 'PUNCT', 10, 'punct'),
    (15, '”', '"', 'PUNCT', 10, 'punct'),
])
SHE_REPLIED = ('“No, and I’d be wary of anyone who tells you that,” she replied.', [
    (1, '“', '"', 'PUNCT', 18, 'punct'), (2, 'No', 'no', 'INTJ', 18, 'discourse'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'and', 'and', 'CCONJ', 8, 'cc'),
    (5, 'I', 'I', 'PRON', 8, 'nsubj'), (6, '’d', 'have', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (7, 'be', 'be', 'AUX', 8, 'cop', 'VerbForm=Inf'), (8, 'wary', 'wary', 'ADJ', 18, 'ccomp'),
    (9, 'of', 'of', 'ADP', 10, 'case'), (10, 'anyone', 'anyone', 'PRON', 8, 'obl'),
    (11, 'who', 'who', 'PRON', 12, 'nsubj'),
    (12, 'tells', 'tell', 'VERB', 10, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'you', 'you', 'PRON', 12, 'iobj'), (14, 'that', 'that', 'PRON', 12, 'obj'),
    (15, ',', ',', 'PUNCT', 8, 'punct'), (16, '”', '"', 'PUNCT', 8, 'punct'),
    (17, 'she', 'she', 'PRON', 18, 'nsubj'),
    (18, 'replied', 'reply', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, '.', '.', 'PUNCT', 18, 'punct'),
])
SANKT_ORELL_DATELINE = ('SANKT ORELL (Alpine Press Agency) - Rescuers pulled seven skiers alive from the snow on Saturday after an avalanche swept across a popular off-piste route above this ski resort, police said.', [
    (1, 'SANKT', 'Sankt', 'PROPN', 36, 'nsubj'), (2, 'ORELL', 'Orell', 'PROPN', 1, 'flat'),
    (3, '(', '(', 'PUNCT', 6, 'punct'), (4, 'Alpine', 'Alpine', 'PROPN', 1, 'appos'),
    (5, 'Press', 'Press', 'PROPN', 4, 'flat'), (6, 'Agency', 'Agency', 'PROPN', 4, 'flat'),
    (7, ')', ')', 'PUNCT', 6, 'punct'), (8, '-', '-', 'PUNCT', 6, 'punct'),
    (9, 'Rescuers', 'Rescuers', 'PROPN', 2, 'conj', 'Number=Plur'),
    (10, 'pulled', 'pull', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'seven', 'seven', 'NUM', 12, 'nummod'),
    (12, 'skiers', 'skier', 'NOUN', 13, 'nsubj', 'Number=Plur'),
    (13, 'alive', 'alive', 'VERB', 10, 'ccomp', 'Tense=Pres|VerbForm=Fin'),
    (14, 'from', 'from', 'ADP', 16, 'case'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'snow', 'snow', 'NOUN', 13, 'obl'), (17, 'on', 'on', 'ADP', 18, 'case'),
    (18, 'Saturday', 'Saturday', 'PROPN', 16, 'nmod'), (19, 'after', 'after', 'ADP', 22, 'case'),
    (20, 'an', 'a', 'DET', 22, 'det'), (21, 'avalanche', 'avalanche', 'NOUN', 22, 'compound'),
    (22, 'swept', 'sweep', 'NOUN', 13, 'obl'), (23, 'across', 'across', 'ADP', 29, 'case'),
    (24, 'a', 'a', 'DET', 29, 'det'), (25, 'popular', 'popular', 'ADJ', 29, 'amod'),
    (26, 'off', 'off', 'ADP', 28, 'case'), (27, '-', '-', 'PUNCT', 26, 'punct'),
    (28, 'piste', 'piste', 'NOUN', 29, 'compound'), (29, 'route', 'route', 'NOUN', 22, 'nmod'),
    (30, 'above', 'above', 'ADP', 33, 'case'), (31, 'this', 'this', 'DET', 33, 'det'),
    (32, 'ski', 'ski', 'NOUN', 33, 'compound'), (33, 'resort', 'resort', 'NOUN', 29, 'nmod'),
    (34, ',', ',', 'PUNCT', 36, 'punct'), (35, 'police', 'police', 'NOUN', 36, 'nsubj'),
    (36, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (37, '.', '.', 'PUNCT', 36, 'punct'),
])
DIED_AND_MISSING = ('At least 11 people died and 23 were missing after a passenger ferry capsized in heavy seas off the island of Tarsa late on Saturday, the coast guard said on Sunday.', [
    (1, 'At', 'at', 'ADP', 2, 'case'), (2, 'least', 'least', 'ADJ', 4, 'nmod'),
    (3, '11', '11', 'NUM', 4, 'nummod'),
    (4, 'people', 'people', 'NOUN', 5, 'nsubj:pass', 'Number=Plur'),
    (5, 'died', 'die', 'VERB', 9, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'and', 'and', 'CCONJ', 7, 'cc'), (7, '23', '23', 'NUM', 5, 'conj'),
    (8, 'were', 'be', 'AUX', 9, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'missing', 'miss', 'VERB', 30, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (10, 'after', 'after', 'ADP', 13, 'case'), (11, 'a', 'a', 'DET', 13, 'det'),
    (12, 'passenger', 'passenger', 'NOUN', 13, 'compound'), (13, 'ferry', 'ferry', 'NOUN', 9, 'obl'),
    (14, 'capsized', 'capsize', 'VERB', 13, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'in', 'in', 'ADP', 17, 'case'), (16, 'heavy', 'heavy', 'ADJ', 17, 'amod'),
    (17, 'seas', 'seas', 'NOUN', 14, 'obl', 'Number=Plur'), (18, 'off', 'off', 'ADP', 20, 'case'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'island', 'island', 'NOUN', 14, 'obl'),
    (21, 'of', 'of', 'ADP', 22, 'case'), (22, 'Tarsa', 'Tarsa', 'PROPN', 20, 'nmod'),
    (23, 'late', 'late', 'ADJ', 20, 'nmod'), (24, 'on', 'on', 'ADP', 25, 'case'),
    (25, 'Saturday', 'Saturday', 'PROPN', 20, 'nmod'), (26, ',', ',', 'PUNCT', 30, 'punct'),
    (27, 'the', 'the', 'DET', 29, 'det'), (28, 'coast', 'coast', 'NOUN', 29, 'compound'),
    (29, 'guard', 'guard', 'NOUN', 30, 'nsubj'),
    (30, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (31, 'on', 'on', 'ADP', 32, 'case'), (32, 'Sunday', 'Sunday', 'PROPN', 30, 'obl'),
    (33, '.', '.', 'PUNCT', 30, 'punct'),
])
ANALYSTS_SAY_COULD = ('The chains cut prices, escalating a price war that analysts say could squeeze already thin profit margins across the industry.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'chains', 'chain', 'NOUN', 3, 'nsubj', 'Number=Plur'),
    (3, 'cut', 'cut', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'prices', 'price', 'NOUN', 3, 'obj', 'Number=Plur'), (5, ',', ',', 'PUNCT', 6, 'punct'),
    (6, 'escalating', 'escalate', 'VERB', 3, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (7, 'a', 'a', 'DET', 9, 'det'), (8, 'price', 'price', 'NOUN', 9, 'compound'),
    (9, 'war', 'war', 'NOUN', 6, 'obj'), (10, 'that', 'that', 'PRON', 11, 'nsubj'),
    (11, 'analysts', 'analyst', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'say', 'say', 'VERB', 9, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'could', 'could', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'squeeze', 'squeeze', 'VERB', 12, 'ccomp', 'VerbForm=Inf'),
    (15, 'already', 'already', 'ADV', 16, 'advmod'), (16, 'thin', 'thin', 'ADJ', 18, 'amod'),
    (17, 'profit', 'profit', 'NOUN', 18, 'compound'),
    (18, 'margins', 'margin', 'NOUN', 14, 'obj', 'Number=Plur'),
    (19, 'across', 'across', 'ADP', 21, 'case'), (20, 'the', 'the', 'DET', 21, 'det'),
    (21, 'industry', 'industry', 'NOUN', 18, 'nmod'), (22, '.', '.', 'PUNCT', 3, 'punct'),
])
WITNESSES_SAY_FIRED = ('Police arrested the man who witnesses say fired the shots.', [
    (1, 'Police', 'Police', 'PROPN', 2, 'nsubj'),
    (2, 'arrested', 'arrest', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'man', 'man', 'NOUN', 2, 'obj'),
    (5, 'who', 'who', 'PRON', 7, 'nsubj'),
    (6, 'witnesses', 'witness', 'NOUN', 7, 'nsubj', 'Number=Plur'),
    (7, 'say', 'say', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'fired', 'fire', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'shots', 'shot', 'NOUN', 8, 'obj', 'Number=Plur'),
    (11, '.', '.', 'PUNCT', 2, 'punct'),
])
PAY_RISE_HE_SAYS = ('Montalvo accused the club of moving the goalposts over a pay rise he says was promised last summer.', [
    (1, 'Montalvo', 'Montalvo', 'PROPN', 2, 'nsubj'),
    (2, 'accused', 'accuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'club', 'club', 'NOUN', 2, 'obj'),
    (5, 'of', 'of', 'SCONJ', 6, 'mark'),
    (6, 'moving', 'move', 'VERB', 4, 'acl', 'Tense=Pres|VerbForm=Part'),
    (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'goalposts', 'goalpost', 'NOUN', 6, 'obj', 'Number=Plur'),
    (9, 'over', 'over', 'ADP', 12, 'case'), (10, 'a', 'a', 'DET', 12, 'det'),
    (11, 'pay', 'pay', 'NOUN', 12, 'compound'), (12, 'rise', 'rise', 'NOUN', 6, 'obl'),
    (13, 'he', 'he', 'PRON', 14, 'nsubj'),
    (14, 'says', 'say', 'VERB', 12, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'was', 'be', 'AUX', 16, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'promised', 'promise', 'VERB', 2, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'last', 'last', 'ADJ', 18, 'amod'), (18, 'summer', 'summer', 'NOUN', 16, 'xcomp'),
    (19, '.', '.', 'PUNCT', 2, 'punct'),
])
AFRAID = ('“Afraid?', [
    (1, '“', '"', 'PUNCT', 2, 'punct'), (2, 'Afraid', 'afraid', 'ADJ', 0, 'root'),
    (3, '?', '?', 'PUNCT', 2, 'punct'),
])
NO_SHE_SAYS = ('No,” she says eventually.', [
    (1, 'No', 'no', 'INTJ', 5, 'discourse'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, '”', '"', 'PUNCT', 1, 'punct'), (4, 'she', 'she', 'PRON', 5, 'nsubj'),
    (5, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'eventually', 'eventually', 'ADV', 5, 'advmod'), (7, '.', '.', 'PUNCT', 5, 'punct'),
])
SHE_SAID_BETTER = ('“We were better,” she said.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'We', 'we', 'PRON', 4, 'nsubj', 'Number=Plur'),
    (3, 'were', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'better', 'good', 'ADJ', 8, 'ccomp'), (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, '”', '"', 'PUNCT', 4, 'punct'), (7, 'she', 'she', 'PRON', 8, 'nsubj'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])
LIFTED_AND_TAKEN = ('The county archaeology service said the boat would be lifted in sections in September and taken to a laboratory in Brackwell, where it will be kept wet.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'county', 'county', 'NOUN', 4, 'compound'),
    (3, 'archaeology', 'archaeology', 'NOUN', 4, 'compound'),
    (4, 'service', 'service', 'NOUN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'boat', 'boat', 'NOUN', 10, 'nsubj:pass'),
    (8, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (9, 'be', 'be', 'AUX', 10, 'aux:pass', 'VerbForm=Inf'),
    (10, 'lifted', 'lift', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'in', 'in', 'ADP', 12, 'case'),
    (12, 'sections', 'section', 'NOUN', 10, 'obl', 'Number=Plur'),
    (13, 'in', 'in', 'ADP', 14, 'case'), (14, 'September', 'September', 'PROPN', 12, 'nmod'),
    (15, 'and', 'and', 'CCONJ', 16, 'cc'),
    (16, 'taken', 'take', 'VERB', 10, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'to', 'to', 'ADP', 19, 'case'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'laboratory', 'laboratory', 'NOUN', 16, 'obl'), (20, 'in', 'in', 'ADP', 21, 'case'),
    (21, 'Brackwell', 'Brackwell', 'PROPN', 19, 'nmod'), (22, ',', ',', 'PUNCT', 27, 'punct'),
    (23, 'where', 'where', 'ADV', 27, 'advmod'), (24, 'it', 'it', 'PRON', 27, 'nsubj:pass'),
    (25, 'will', 'will', 'AUX', 27, 'aux', 'VerbForm=Fin'),
    (26, 'be', 'be', 'AUX', 27, 'aux:pass', 'VerbForm=Inf'),
    (27, 'kept', 'keep', 'VERB', 16, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (28, 'wet', 'wet', 'ADJ', 27, 'xcomp'), (29, '.', '.', 'PUNCT', 5, 'punct'),
])
ACCORDING_TO_POLICE_VERB = ('According to police, Vetch had no previous convictions.', [
    (1, 'According', 'accord', 'VERB', 3, 'mark', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'PART', 3, 'mark'), (3, 'police', 'police', 'VERB', 6, 'advcl', 'VerbForm=Inf'),
    (4, ',', ',', 'PUNCT', 3, 'punct'), (5, 'Vetch', 'Vetch', 'PROPN', 6, 'nsubj'),
    (6, 'had', 'have', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'no', 'no', 'DET', 9, 'det'), (8, 'previous', 'previous', 'ADJ', 9, 'amod'),
    (9, 'convictions', 'conviction', 'NOUN', 6, 'obj', 'Number=Plur'),
    (10, '.', '.', 'PUNCT', 6, 'punct'),
])
OWNER_SUPERMARKET_CHAIN = ('The site’s owner, the supermarket chain Harlow & Finch, said in a statement that it would delay work on a new store.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'site', 'site', 'NOUN', 4, 'nmod:poss'),
    (3, '’s', "'s", 'PART', 2, 'case'), (4, 'owner', 'owner', 'NOUN', 13, 'nsubj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'supermarket', 'supermarket', 'NOUN', 8, 'nsubj'),
    (8, 'chain', 'chain', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'Harlow', 'Harlow', 'PROPN', 8, 'obj'), (10, '&', '&', 'CCONJ', 11, 'cc'),
    (11, 'Finch', 'Finch', 'PROPN', 9, 'conj'), (12, ',', ',', 'PUNCT', 4, 'punct'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'in', 'in', 'ADP', 16, 'case'), (15, 'a', 'a', 'DET', 16, 'det'),
    (16, 'statement', 'statement', 'NOUN', 13, 'obl'), (17, 'that', 'that', 'SCONJ', 20, 'mark'),
    (18, 'it', 'it', 'PRON', 20, 'nsubj'), (19, 'would', 'would', 'AUX', 20, 'aux', 'VerbForm=Fin'),
    (20, 'delay', 'delay', 'VERB', 16, 'acl', 'VerbForm=Inf'),
    (21, 'work', 'work', 'NOUN', 20, 'obj'), (22, 'on', 'on', 'ADP', 25, 'case'),
    (23, 'a', 'a', 'DET', 25, 'det'), (24, 'new', 'new', 'ADJ', 25, 'amod'),
    (25, 'store', 'store', 'NOUN', 20, 'obl'), (26, '.', '.', 'PUNCT', 13, 'punct'),
])
CLAIM_NEITHER_CONFIRMED = ('The Daily Ledger reported on Tuesday that Castleton had already agreed personal terms with the striker, a claim neither club would confirm.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Daily', 'daily', 'ADJ', 3, 'amod'),
    (3, 'Ledger', 'Ledger', 'PROPN', 4, 'nsubj'),
    (4, 'reported', 'report', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'on', 'on', 'ADP', 6, 'case'), (6, 'Tuesday', 'Tuesday', 'PROPN', 4, 'obl'),
    (7, 'that', 'that', 'SCONJ', 11, 'mark'), (8, 'Castleton', 'Castleton', 'PROPN', 11, 'nsubj'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'already', 'already', 'ADV', 11, 'advmod'),
    (11, 'agreed', 'agree', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (12, 'personal', 'personal', 'ADJ', 13, 'amod'),
    (13, 'terms', 'term', 'NOUN', 11, 'obj', 'Number=Plur'), (14, 'with', 'with', 'ADP', 16, 'case'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'striker', 'striker', 'NOUN', 13, 'nmod'),
    (17, ',', ',', 'PUNCT', 23, 'punct'), (18, 'a', 'a', 'DET', 21, 'det'),
    (19, 'claim', 'claim', 'NOUN', 21, 'compound'), (20, 'neither', 'neither', 'ADJ', 21, 'amod'),
    (21, 'club', 'club', 'NOUN', 23, 'nsubj'),
    (22, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (23, 'confirm', 'confirm', 'VERB', 4, 'conj', 'VerbForm=Inf'),
    (24, '.', '.', 'PUNCT', 4, 'punct'),
])
NOBODY_SAID = ('Nobody said the talks had failed.', [
    (1, 'Nobody', 'nobody', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'talks', 'talk', 'NOUN', 6, 'nsubj', 'Number=Plur'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'failed', 'fail', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, '.', '.', 'PUNCT', 2, 'punct'),
])
BREEDING_SHE_SAID = ('Breeding programmes, she said, were “part of the answer, not the whole of it.”', [
    (1, 'Breeding', 'breeding', 'VERB', 2, 'amod', 'VerbForm=Part'),
    (2, 'programmes', 'programme', 'NOUN', 5, 'obl', 'Number=Plur'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'she', 'she', 'PRON', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, ',', ',', 'PUNCT', 9, 'punct'),
    (7, 'were', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, '“', '"', 'PUNCT', 9, 'punct'), (9, 'part', 'part', 'NOUN', 5, 'ccomp'),
    (10, 'of', 'of', 'ADP', 12, 'case'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'answer', 'answer', 'NOUN', 9, 'nmod'), (13, ',', ',', 'PUNCT', 16, 'punct'),
    (14, 'not', 'not', 'PART', 16, 'advmod'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'whole', 'whole', 'ADJ', 9, 'conj'), (17, 'of', 'of', 'ADP', 18, 'case'),
    (18, 'it', 'it', 'PRON', 16, 'obl'), (19, '.', '.', 'PUNCT', 5, 'punct'),
    (20, '”', '"', 'PUNCT', 5, 'punct'),
])
MUSEUMS_SHE_ARGUED = ('Museums, she argued, had to earn the trust of the communities whose objects they held.', [
    (1, 'Museums', 'museum', 'NOUN', 6, 'nsubj', 'Number=Plur'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'she', 'she', 'PRON', 4, 'nsubj'),
    (4, 'argued', 'argue', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'had', 'have', 'VERB', 4, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'to', 'to', 'PART', 8, 'mark'), (8, 'earn', 'earn', 'VERB', 6, 'xcomp', 'VerbForm=Inf'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'trust', 'trust', 'NOUN', 8, 'obj'),
    (11, 'of', 'of', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'communities', 'community', 'NOUN', 10, 'nmod', 'Number=Plur'),
    (14, 'whose', 'whose', 'PRON', 15, 'nmod:poss'),
    (15, 'objects', 'object', 'NOUN', 13, 'acl:relcl', 'Number=Plur'),
    (16, 'they', 'they', 'PRON', 17, 'nsubj', 'Number=Plur'),
    (17, 'held', 'hold', 'VERB', 13, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '.', '.', 'PUNCT', 6, 'punct'),
])
HOSPITALS_SHE_EXPLAINED = ('Hospitals, she explained, were attractive targets because “every hour of downtime costs lives.”', [
    (1, 'Hospitals', 'Hospital', 'NOUN', 4, 'vocative', 'Number=Plur'),
    (2, ',', ',', 'PUNCT', 1, 'punct'), (3, 'she', 'she', 'PRON', 4, 'nsubj'),
    (4, 'explained', 'explain', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, ',', ',', 'PUNCT', 1, 'punct'),
    (6, 'were', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'attractive', 'attractive', 'ADJ', 8, 'amod'),
    (8, 'targets', 'target', 'NOUN', 4, 'obj', 'Number=Plur'),
    (9, 'because', 'because', 'SCONJ', 12, 'mark'), (10, '“', '"', 'PUNCT', 12, 'punct'),
    (11, 'every', 'every', 'DET', 12, 'det'), (12, 'hour', 'hour', 'NOUN', 8, 'advcl'),
    (13, 'of', 'of', 'ADP', 16, 'case'), (14, 'downtime', 'downtime', 'NOUN', 16, 'compound'),
    (15, 'costs', 'cost', 'NOUN', 16, 'compound', 'Number=Plur'),
    (16, 'lives', 'life', 'NOUN', 12, 'nmod', 'Number=Plur'), (17, '.', '.', 'PUNCT', 8, 'punct'),
    (18, '”', '"', 'PUNCT', 8, 'punct'),
])
URGED_CHECK_KEEP_AVOID = ('She urged people to check on elderly neighbours, keep curtains closed during the day and avoid “unnecessary” exercise between 11am and 3pm.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'people', 'people', 'NOUN', 2, 'obj', 'Number=Plur'), (4, 'to', 'to', 'PART', 5, 'mark'),
    (5, 'check', 'check', 'VERB', 2, 'xcomp', 'VerbForm=Inf'), (6, 'on', 'on', 'ADP', 8, 'case'),
    (7, 'elderly', 'elderly', 'ADV', 8, 'advmod'),
    (8, 'neighbours', 'neighbour', 'NOUN', 5, 'obl', 'Number=Plur'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, 'keep', 'keep', 'VERB', 2, 'conj', 'VerbForm=Inf'),
    (11, 'curtains', 'curtain', 'NOUN', 10, 'obj', 'Number=Plur'),
    (12, 'closed', 'close', 'VERB', 11, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'during', 'during', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'day', 'day', 'NOUN', 12, 'obl'), (16, 'and', 'and', 'CCONJ', 17, 'cc'),
    (17, 'avoid', 'avoid', 'VERB', 10, 'conj', 'VerbForm=Inf'), (18, '“', '"', 'PUNCT', 19, 'punct'),
    (19, 'unnecessary', 'unnecessary', 'ADJ', 21, 'amod'), (20, '”', '"', 'PUNCT', 19, 'punct'),
    (21, 'exercise', 'exercise', 'NOUN', 17, 'obj'), (22, 'between', 'between', 'ADP', 23, 'case'),
    (23, '11', '11', 'NUM', 21, 'nmod'), (24, 'am', 'a.m.', 'NOUN', 23, 'nmod:unmarked'),
    (25, 'and', 'and', 'CCONJ', 26, 'cc'), (26, '3', '3', 'NUM', 23, 'conj'),
    (27, 'pm', 'p.m.', 'NOUN', 26, 'nmod:unmarked'), (28, '.', '.', 'PUNCT', 2, 'punct'),
])
TWO_COMPANIES_SAID = ('Brightwell Foods and Ostara Nutrition have agreed to combine in an all-stock deal, the two companies said on Monday.', [
    (1, 'Brightwell', 'Brightwell', 'PROPN', 2, 'compound'),
    (2, 'Foods', 'Foods', 'PROPN', 7, 'nsubj', 'Number=Plur'), (3, 'and', 'and', 'CCONJ', 5, 'cc'),
    (4, 'Ostara', 'Ostara', 'PROPN', 5, 'compound'),
    (5, 'Nutrition', 'Nutrition', 'PROPN', 2, 'conj'),
    (6, 'have', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'agreed', 'agree', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (8, 'to', 'to', 'PART', 9, 'mark'),
    (9, 'combine', 'combine', 'VERB', 7, 'xcomp', 'VerbForm=Inf'),
    (10, 'in', 'in', 'ADP', 15, 'case'), (11, 'an', 'a', 'DET', 15, 'det'),
    (12, 'all', 'all', 'DET', 14, 'compound'), (13, '-', '-', 'PUNCT', 12, 'punct'),
    (14, 'stock', 'stock', 'NOUN', 15, 'compound'), (15, 'deal', 'deal', 'NOUN', 9, 'obl'),
    (16, ',', ',', 'PUNCT', 20, 'punct'), (17, 'the', 'the', 'DET', 19, 'det'),
    (18, 'two', 'two', 'NUM', 19, 'nummod'),
    (19, 'companies', 'company', 'NOUN', 20, 'nsubj', 'Number=Plur'),
    (20, 'said', 'say', 'VERB', 7, 'parataxis', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'on', 'on', 'ADP', 22, 'case'), (22, 'Monday', 'Monday', 'PROPN', 20, 'obl'),
    (23, '.', '.', 'PUNCT', 7, 'punct'),
])
VICE_CHANCELLOR_ANNOUNCED = ('Northfield University will cut about 300 jobs, its vice-chancellor announced on Tuesday.', [
    (1, 'Northfield', 'Northfield', 'PROPN', 2, 'compound'),
    (2, 'University', 'University', 'PROPN', 4, 'nsubj'),
    (3, 'will', 'will', 'AUX', 4, 'aux', 'VerbForm=Fin'),
    (4, 'cut', 'cut', 'VERB', 0, 'root', 'VerbForm=Inf'), (5, 'about', 'about', 'ADV', 6, 'advmod'),
    (6, '300', '300', 'NUM', 7, 'nummod'), (7, 'jobs', 'job', 'NOUN', 4, 'obj', 'Number=Plur'),
    (8, ',', ',', 'PUNCT', 12, 'punct'), (9, 'its', 'its', 'PRON', 12, 'nmod:poss'),
    (10, 'vice', 'vice', 'NOUN', 12, 'compound'), (11, '-', '-', 'PUNCT', 10, 'punct'),
    (12, 'chancellor', 'chancellor', 'NOUN', 7, 'appos'),
    (13, 'announced', 'announce', 'VERB', 12, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'on', 'on', 'ADP', 15, 'case'), (15, 'Tuesday', 'Tuesday', 'PROPN', 13, 'obl'),
    (16, '.', '.', 'PUNCT', 4, 'punct'),
])
PROFESSOR_OKONKWO_TOLD = ('Professor Adaeze Okonkwo told staff in an email that the university had no choice.', [
    (1, 'Professor', 'Professor', 'PROPN', 4, 'nsubj'), (2, 'Adaeze', 'Adaeze', 'PROPN', 1, 'flat'),
    (3, 'Okonkwo', 'Okonkwo', 'PROPN', 2, 'flat'),
    (4, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'staff', 'staff', 'NOUN', 4, 'iobj'), (6, 'in', 'in', 'ADP', 8, 'case'),
    (7, 'an', 'a', 'DET', 8, 'det'), (8, 'email', 'email', 'NOUN', 4, 'obl'),
    (9, 'that', 'that', 'SCONJ', 12, 'mark'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'university', 'university', 'NOUN', 12, 'nsubj'),
    (12, 'had', 'have', 'VERB', 8, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'no', 'no', 'DET', 14, 'det'), (14, 'choice', 'choice', 'NOUN', 12, 'obj'),
    (15, '.', '.', 'PUNCT', 4, 'punct'),
])
SUBMISSION_THAT_ACTED = ('Harrowby County Council, which owned the bridge, said in a written submission that it had acted on ‘the best engineering advice available at the time’.', [
    (1, 'Harrowby', 'Harrowby', 'PROPN', 3, 'compound'),
    (2, 'County', 'County', 'PROPN', 3, 'compound'), (3, 'Council', 'Council', 'PROPN', 10, 'nsubj'),
    (4, ',', ',', 'PUNCT', 6, 'punct'), (5, 'which', 'which', 'PRON', 6, 'nsubj'),
    (6, 'owned', 'own', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'bridge', 'bridge', 'NOUN', 6, 'obj'),
    (9, ',', ',', 'PUNCT', 6, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'in', 'in', 'ADP', 14, 'case'), (12, 'a', 'a', 'DET', 14, 'det'),
    (13, 'written', 'write', 'VERB', 14, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'submission', 'submission', 'NOUN', 10, 'obl'), (15, 'that', 'that', 'PRON', 18, 'obj'),
    (16, 'it', 'it', 'PRON', 18, 'nsubj'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'acted', 'act', 'VERB', 14, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (19, 'on', 'on', 'ADP', 18, 'obl'), (20, '‘', "'", 'PUNCT', 24, 'punct'),
    (21, 'the', 'the', 'DET', 24, 'det'), (22, 'best', 'good', 'ADJ', 24, 'amod'),
    (23, 'engineering', 'engineering', 'NOUN', 24, 'compound'),
    (24, 'advice', 'advice', 'NOUN', 25, 'nsubj'),
    (25, 'available', 'available', 'ADJ', 10, 'ccomp'), (26, 'at', 'at', 'ADP', 28, 'case'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'time', 'time', 'NOUN', 25, 'obl'),
    (29, '’', "'", 'PUNCT', 25, 'punct'), (30, '.', '.', 'PUNCT', 10, 'punct'),
])
WOULD_CONSIDER_CAREFULLY = ('The Department for Transport said it would ‘consider carefully’ any recommendations, but did not say whether extra money would be made available.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'Department', 'department', 'NOUN', 5, 'nsubj'),
    (3, 'for', 'for', 'ADP', 4, 'case'), (4, 'Transport', 'Transport', 'PROPN', 2, 'nmod'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'it', 'it', 'PRON', 7, 'nsubj'), (7, 'would', 'would', 'AUX', 5, 'ccomp', 'VerbForm=Fin'),
    (8, '‘', "'", 'PUNCT', 9, 'punct'),
    (9, 'consider', 'consider', 'VERB', 5, 'ccomp', 'VerbForm=Inf'),
    (10, 'carefully', 'carefully', 'ADV', 9, 'advmod'), (11, '’', "'", 'PUNCT', 13, 'punct'),
    (12, 'any', 'any', 'DET', 13, 'det'),
    (13, 'recommendations', 'recommendation', 'NOUN', 9, 'obj', 'Number=Plur'),
    (14, ',', ',', 'PUNCT', 18, 'punct'), (15, 'but', 'but', 'CCONJ', 18, 'cc'),
    (16, 'did', 'do', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'not', 'not', 'PART', 18, 'advmod'), (18, 'say', 'say', 'VERB', 5, 'conj', 'VerbForm=Inf'),
    (19, 'whether', 'whether', 'SCONJ', 24, 'mark'), (20, 'extra', 'extra', 'ADJ', 21, 'amod'),
    (21, 'money', 'money', 'NOUN', 24, 'nsubj:pass'),
    (22, 'would', 'would', 'AUX', 24, 'aux', 'VerbForm=Fin'),
    (23, 'be', 'be', 'AUX', 24, 'aux:pass', 'VerbForm=Inf'),
    (24, 'made', 'make', 'VERB', 18, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (25, 'available', 'available', 'ADJ', 24, 'xcomp'), (26, '.', '.', 'PUNCT', 5, 'punct'),
])
SHORTFALL_IF_LAW = ('The state would face a shortfall of at least $900 million next year if the budget became law, Ortiz said.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'state', 'state', 'NOUN', 4, 'nsubj'),
    (3, 'would', 'would', 'AUX', 4, 'aux', 'VerbForm=Fin'),
    (4, 'face', 'face', 'VERB', 22, 'ccomp', 'VerbForm=Inf'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'shortfall', 'shortfall', 'ADJ', 4, 'obj'), (7, 'of', 'of', 'ADP', 10, 'case'),
    (8, 'at', 'at', 'ADP', 10, 'case'), (9, 'least', 'least', 'ADJ', 10, 'nmod'),
    (10, '$', '$', 'SYM', 4, 'obl'), (11, '900', '900', 'NUM', 12, 'compound'),
    (12, 'million', 'million', 'NUM', 10, 'nummod'), (13, 'next', 'next', 'ADJ', 14, 'amod'),
    (14, 'year', 'year', 'NOUN', 10, 'nummod'), (15, 'if', 'if', 'SCONJ', 18, 'mark'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'budget', 'budget', 'NOUN', 18, 'nsubj'),
    (18, 'became', 'become', 'VERB', 22, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'law', 'law', 'NOUN', 18, 'obj'), (20, ',', ',', 'PUNCT', 18, 'punct'),
    (21, 'Ortiz', 'Ortiz', 'PROPN', 22, 'nsubj'),
    (22, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, '.', '.', 'PUNCT', 22, 'punct'),
])

# the subordinator, auxiliary and copula hung on the adverb inside the predicate
REVENUE_BELOW = ('Orvane said that revenue would be "significantly below" its forecast.', [
    (1, 'Orvane', 'Orvane', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 9, 'mark'), (4, 'revenue', 'revenue', 'NOUN', 12, 'nsubj'),
    (5, 'would', 'would', 'AUX', 9, 'aux', 'VerbForm=Fin'), (6, 'be', 'be', 'AUX', 9, 'cop', 'VerbForm=Inf'),
    (7, '"', '"', 'PUNCT', 9, 'punct'), (8, 'significantly', 'significantly', 'ADV', 9, 'advmod'),
    (9, 'below', 'below', 'ADV', 12, 'advmod'), (10, '"', '"', 'PUNCT', 12, 'punct'),
    (11, 'its', 'its', 'PRON', 12, 'nmod:poss'), (12, 'forecast', 'forecast', 'NOUN', 2, 'ccomp'),
    (13, '.', '.', 'PUNCT', 2, 'punct'),
])

# the reported clause read as one noun phrase: "government" a compound, "understood" an adjective
GOVERNMENT_UNDERSTOOD = ('Pellowe said the government understood farmers.', [
    (1, 'Pellowe', 'Pellowe', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 6, 'det'), (4, 'government', 'government', 'NOUN', 6, 'compound'),
    (5, 'understood', 'understand', 'VERB', 6, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'farmers', 'farmer', 'NOUN', 2, 'obj'), (7, '.', '.', 'PUNCT', 2, 'punct'),
])

HEARTBROKEN_COOPERATING = ('Calvex said that it was “heartbroken” and was cooperating with investigators.', [
    (1, 'Calvex', 'Calvex', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 7, 'mark'), (4, 'it', 'it', 'PRON', 7, 'nsubj'),
    (5, 'was', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, '“', '"', 'PUNCT', 7, 'punct'), (7, 'heartbroken', 'heartbroken', 'NOUN', 2, 'ccomp'),
    (8, '”', '"', 'PUNCT', 7, 'punct'), (9, 'and', 'and', 'CCONJ', 11, 'cc'),
    (10, 'was', 'be', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'cooperating', 'cooperate', 'VERB', 2, 'conj', 'Tense=Pres|VerbForm=Part'),
    (12, 'with', 'with', 'ADP', 13, 'case'), (13, 'investigators', 'investigator', 'NOUN', 11, 'obl'),
    (14, '.', '.', 'PUNCT', 2, 'punct'),
])

# the report read as a relative clause on the addressee inside "in a note to clients"
NOTE_TO_CLIENTS = ('Kallmeyer Bank said in a note to clients that investors should brace for a bumpy autumn.', [
    (1, 'Kallmeyer', 'Kallmeyer', 'PROPN', 3, 'nsubj'), (2, 'Bank', 'Bank', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'in', 'in', 'ADP', 6, 'case'), (5, 'a', 'a', 'DET', 6, 'det'), (6, 'note', 'note', 'NOUN', 3, 'obl'),
    (7, 'to', 'to', 'ADP', 8, 'case'), (8, 'clients', 'client', 'NOUN', 6, 'nmod'),
    (9, 'that', 'that', 'PRON', 12, 'obj'), (10, 'investors', 'investor', 'NOUN', 12, 'nsubj'),
    (11, 'should', 'should', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (12, 'brace', 'brace', 'VERB', 8, 'acl:relcl', 'VerbForm=Inf'), (13, 'for', 'for', 'ADP', 16, 'case'),
    (14, 'a', 'a', 'DET', 16, 'det'), (15, 'bumpy', 'bumpy', 'ADJ', 16, 'amod'),
    (16, 'autumn', 'autumn', 'NOUN', 12, 'obl'), (17, '.', '.', 'PUNCT', 3, 'punct'),
])
AGED_ADMITTED = ('The 58-year-old, who took over in 2019, admitted that the company had been too optimistic.', [
    (1, 'The', 'the', 'DET', 6, 'det'), (2, '58', '58', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 14, 'ccomp'),
    (7, ',', ',', 'PUNCT', 9, 'punct'), (8, 'who', 'who', 'PRON', 9, 'nsubj'),
    (9, 'took', 'take', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'over', 'over', 'ADV', 9, 'advmod'), (11, 'in', 'in', 'ADP', 12, 'case'),
    (12, '2019', '2019', 'NUM', 9, 'obl'), (13, ',', ',', 'PUNCT', 14, 'punct'),
    (14, 'admitted', 'admit', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'that', 'that', 'SCONJ', 21, 'mark'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'company', 'company', 'NOUN', 21, 'nsubj'),
    (18, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'been', 'be', 'AUX', 21, 'cop', 'Tense=Past|VerbForm=Part'), (20, 'too', 'too', 'ADV', 21, 'advmod'),
    (21, 'optimistic', 'optimistic', 'ADJ', 14, 'ccomp'), (22, '.', '.', 'PUNCT', 14, 'punct'),
])

AGED_SAID_AFTER_QUOTE = ('‘People in town are struggling too,’ the 46-year-old said.', [
    (1, '‘', "'", 'PUNCT', 6, 'punct'), (2, 'People', 'people', 'NOUN', 6, 'nsubj'),
    (3, 'in', 'in', 'ADP', 4, 'case'), (4, 'town', 'town', 'NOUN', 2, 'nmod'),
    (5, 'are', 'be', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'struggling', 'struggle', 'VERB', 0, 'root', 'Tense=Pres|VerbForm=Part'),
    (7, 'too', 'too', 'ADV', 6, 'advmod'), (8, ',', ',', 'PUNCT', 16, 'punct'),
    (9, '’', "'", 'PUNCT', 16, 'punct'), (10, 'the', 'the', 'DET', 16, 'det'),
    (11, '46', '46', 'NUM', 13, 'nummod'), (12, '-', '-', 'PUNCT', 11, 'punct'),
    (13, 'year', 'year', 'NOUN', 15, 'compound'), (14, '-', '-', 'PUNCT', 13, 'punct'),
    (15, 'old', 'old', 'ADJ', 16, 'amod'),
    (16, 'said', 'say', 'VERB', 6, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, '.', '.', 'PUNCT', 6, 'punct'),
])

MALIK_CAREER_DIPLOMAT = ('Teodor Malik, a career diplomat, said he had never broken a law.', [
    (1, 'Teodor', 'teodor', 'PROPN', 8, 'nsubj'), (2, 'Malik', 'malik', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 6, 'punct'), (4, 'a', 'a', 'DET', 6, 'det'),
    (5, 'career', 'career', 'NOUN', 6, 'compound'), (6, 'diplomat', 'diplomat', 'NOUN', 1, 'appos'),
    (7, ',', ',', 'PUNCT', 2, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'he', 'he', 'PRON', 12, 'nsubj'),
    (10, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'never', 'never', 'ADV', 12, 'advmod'),
    (12, 'broken', 'break', 'VERB', 8, 'ccomp', 'Tense=Past|VerbForm=Part'), (13, 'a', 'a', 'DET', 14, 'det'),
    (14, 'law', 'law', 'NOUN', 12, 'obj'), (15, '.', '.', 'PUNCT', 8, 'punct'),
])

A_SENIOR_DIPLOMAT = ('A senior Western diplomat said Kalmaria would expel the ambassador.', [
    (1, 'A', 'a', 'DET', 4, 'det'), (2, 'senior', 'senior', 'ADJ', 4, 'amod'),
    (3, 'Western', 'western', 'ADJ', 4, 'amod'), (4, 'diplomat', 'diplomat', 'NOUN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'Kalmaria', 'kalmaria', 'PROPN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'expel', 'expel', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'ambassador', 'ambassador', 'NOUN', 8, 'obj'), (11, '.', '.', 'PUNCT', 5, 'punct'),
])

# a quote of two sentences: the speaker hung on the second's predicate
NOT_AN_ACCIDENT = ('“These deaths were not an accident.', [
    (1, '“', '"', 'PUNCT', 7, 'punct'), (2, 'These', 'this', 'DET', 3, 'det'),
    (3, 'deaths', 'death', 'NOUN', 7, 'nsubj'),
    (4, 'were', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'not', 'not', 'PART', 7, 'advmod'), (6, 'an', 'a', 'DET', 7, 'det'),
    (7, 'accident', 'accident', 'NOUN', 0, 'root'), (8, '.', '.', 'PUNCT', 7, 'punct'),
])

CHOICE_BELL_TOLD = ('They were a choice,” Marcus Bell, president of UPW Local 12, told a vigil.', [
    (1, 'They', 'they', 'PRON', 4, 'nsubj'),
    (2, 'were', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'a', 'a', 'DET', 4, 'det'), (4, 'choice', 'choice', 'NOUN', 16, 'ccomp'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, '”', '"', 'PUNCT', 7, 'punct'),
    (7, 'Marcus', 'marcus', 'PROPN', 4, 'appos'), (8, 'Bell', 'bell', 'PROPN', 7, 'flat'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, 'president', 'president', 'NOUN', 7, 'appos'),
    (11, 'of', 'of', 'ADP', 14, 'case'), (12, 'UPW', 'upw', 'PROPN', 14, 'nmod:unmarked'),
    (13, 'Local', 'local', 'ADJ', 14, 'amod'), (14, '12', '12', 'NUM', 10, 'nmod'),
    (15, ',', ',', 'PUNCT', 4, 'punct'),
    (16, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'a', 'a', 'DET', 18, 'det'), (18, 'vigil', 'vigil', 'NOUN', 16, 'obj'),
    (19, '.', '.', 'PUNCT', 16, 'punct'),
])

ANSELM_WHO_COACHED = ('Anselm, who first coached her as a teenager, says her stroke is now more efficient.', [
    (1, 'Anselm', 'anselm', 'ADV', 11, 'advmod'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'who', 'who', 'PRON', 5, 'nsubj'), (4, 'first', 'first', 'ADV', 5, 'advmod'),
    (5, 'coached', 'coach', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'her', 'she', 'PRON', 5, 'obj'), (7, 'as', 'as', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'teenager', 'teenager', 'NOUN', 5, 'obl'), (10, ',', ',', 'PUNCT', 1, 'punct'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'her', 'she', 'PRON', 13, 'nmod:poss'), (13, 'stroke', 'stroke', 'NOUN', 17, 'nsubj'),
    (14, 'is', 'be', 'AUX', 17, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'now', 'now', 'ADV', 17, 'advmod'), (16, 'more', 'more', 'ADV', 17, 'advmod'),
    (17, 'efficient', 'efficient', 'ADJ', 11, 'ccomp'), (18, '.', '.', 'PUNCT', 11, 'punct'),
])

VELD_GRINS = ('Veld grins and says she will get very drunk.', [
    (1, 'Veld', 'veld', 'NOUN', 2, 'compound'), (2, 'grins', 'grin', 'NOUN', 0, 'root'),
    (3, 'and', 'and', 'CCONJ', 4, 'cc'),
    (4, 'says', 'say', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'she', 'she', 'PRON', 7, 'nsubj'), (6, 'will', 'will', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (7, 'get', 'get', 'VERB', 4, 'ccomp', 'VerbForm=Inf'), (8, 'very', 'very', 'ADV', 9, 'advmod'),
    (9, 'drunk', 'drunk', 'ADJ', 7, 'xcomp'), (10, '.', '.', 'PUNCT', 4, 'punct'),
])


# an age given beside a name; a question put by a named asker, answered by "the 54-year-old"
VETCH_54_SAID = ('Adrian Vetch, 54, said he had found Lionel Ashby injured.', [
    (1, 'Adrian', 'adrian', 'PROPN', 6, 'nsubj'), (2, 'Vetch', 'vetch', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '54', '54', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'he', 'he', 'PRON', 9, 'nsubj'),
    (8, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'found', 'find', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (10, 'Lionel', 'lionel', 'PROPN', 9, 'obj'), (11, 'Ashby', 'ashby', 'PROPN', 9, 'obj'),
    (12, 'injured', 'injure', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, '.', '.', 'PUNCT', 6, 'punct'),
])

ASKED_BY_FERRAND_REPLIED = ('Asked by Naomi Ferrand why he had then poured white spirit across the floor, the 54-year-old replied: ‘I wasn’t thinking.’', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (2, 'by', 'by', 'ADP', 3, 'case'), (3, 'Naomi', 'naomi', 'PROPN', 1, 'obl:agent'),
    (4, 'Ferrand', 'ferrand', 'PROPN', 1, 'obl:agent'), (5, 'why', 'why', 'ADV', 9, 'advmod'),
    (6, 'he', 'he', 'PRON', 9, 'nsubj'),
    (7, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'then', 'then', 'ADV', 9, 'advmod'),
    (9, 'poured', 'pour', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (10, 'white', 'white', 'ADJ', 11, 'amod'), (11, 'spirit', 'spirit', 'NOUN', 9, 'obj'),
    (12, 'across', 'across', 'ADP', 14, 'case'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'floor', 'floor', 'NOUN', 9, 'obl'), (15, ',', ',', 'PUNCT', 22, 'punct'),
    (16, 'the', 'the', 'DET', 22, 'det'), (17, '54', '54', 'NUM', 19, 'nummod'),
    (18, '-', '-', 'PUNCT', 17, 'punct'), (19, 'year', 'year', 'NOUN', 21, 'compound'),
    (20, '-', '-', 'PUNCT', 19, 'punct'), (21, 'old', 'old', 'ADJ', 22, 'amod'),
    (22, 'replied', 'reply', 'VERB', 9, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (23, ':', ':', 'PUNCT', 28, 'punct'), (24, '‘', "'", 'PUNCT', 28, 'punct'),
    (25, 'I', 'i', 'PRON', 28, 'nsubj'),
    (26, 'was', 'be', 'AUX', 28, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'n’t', 'not', 'PART', 28, 'advmod'),
    (28, 'thinking', 'think', 'VERB', 22, 'parataxis', 'Tense=Pres|VerbForm=Part'),
    (29, '.', '.', 'PUNCT', 28, 'punct'), (30, '’', "'", 'PUNCT', 22, 'punct'),
])
WHIP_SPEAKING_PRIVATELY = ('A government whip, speaking privately, said ministers had expected around 30 rebels.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'government', 'government', 'NOUN', 8, 'nsubj'),
    (3, 'whip', 'whip', 'PRON', 5, 'obj'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'speaking', 'speak', 'VERB', 2, 'acl', 'Tense=Pres|VerbForm=Part'),
    (6, 'privately', 'privately', 'ADV', 5, 'advmod'), (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'ministers', 'minister', 'NOUN', 11, 'nsubj'),
    (10, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'expected', 'expect', 'VERB', 8, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (12, 'around', 'around', 'ADP', 14, 'case'), (13, '30', '30', 'NUM', 14, 'nummod'),
    (14, 'rebels', 'rebel', 'NOUN', 11, 'obl'), (15, '.', '.', 'PUNCT', 8, 'punct'),
])

GREATHEAD_TWO_ROLES = ('Sir Alan Greathead, the MP for Fellbridge and a former housing minister, said the bill would fail.', [
    (1, 'Sir', 'sir', 'PROPN', 15, 'nsubj'), (2, 'Alan', 'alan', 'PROPN', 15, 'nsubj'),
    (3, 'Greathead', 'greathead', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'MP', 'mp', 'PROPN', 1, 'appos'),
    (7, 'for', 'for', 'ADP', 8, 'case'), (8, 'Fellbridge', 'fellbridge', 'PROPN', 6, 'nmod'),
    (9, 'and', 'and', 'CCONJ', 13, 'cc'), (10, 'a', 'a', 'DET', 13, 'det'),
    (11, 'former', 'former', 'ADJ', 13, 'amod'), (12, 'housing', 'housing', 'NOUN', 13, 'compound'),
    (13, 'minister', 'minister', 'NOUN', 8, 'conj'), (14, ',', ',', 'PUNCT', 2, 'punct'),
    (15, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'bill', 'bill', 'NOUN', 19, 'nsubj'),
    (18, 'would', 'would', 'AUX', 19, 'aux', 'VerbForm=Fin'),
    (19, 'fail', 'fail', 'VERB', 15, 'ccomp', 'VerbForm=Inf'), (20, '.', '.', 'PUNCT', 15, 'punct'),
])

TWENTY_THREE_MPS = ('Twenty-three government MPs voted against the bill, according to the House Statistics Unit.', [
    (1, 'Twenty', 'twenty', 'NOUN', 0, 'root'), (2, '-', '-', 'PUNCT', 6, 'punct'),
    (3, 'three', 'three', 'NUM', 5, 'nummod'), (4, 'government', 'government', 'NOUN', 5, 'compound'),
    (5, 'MPs', 'mp', 'NOUN', 6, 'nsubj'),
    (6, 'voted', 'vote', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Part'),
    (7, 'against', 'against', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'bill', 'bill', 'NOUN', 6, 'obl'), (10, ',', ',', 'PUNCT', 16, 'punct'),
    (11, 'according', 'accord', 'VERB', 16, 'case', 'Tense=Pres|VerbForm=Part'),
    (12, 'to', 'to', 'ADP', 16, 'case'), (13, 'the', 'the', 'DET', 16, 'det'),
    (14, 'House', 'house', 'PROPN', 16, 'compound'), (15, 'Statistics', 'statistics', 'PROPN', 16, 'compound'),
    (16, 'Unit', 'unit', 'PROPN', 6, 'obl'), (17, '.', '.', 'PUNCT', 1, 'punct'),
])


# a common noun saying what a firm is, before its name
CHIPMAKER_ORVANE = ('Stocks fell 4.2 percent on Tuesday, after chipmaker Orvane Semiconductor warned that orders would fall.', [
    (1, 'Stocks', 'stock', 'NOUN', 2, 'nsubj'),
    (2, 'fell', 'fall', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, '4.2', '4.2', 'NUM', 4, 'nummod'), (4, 'percent', 'percent', 'NOUN', 2, 'obj'),
    (5, 'on', 'on', 'ADP', 6, 'case'), (6, 'Tuesday', 'tuesday', 'PROPN', 4, 'nmod'),
    (7, ',', ',', 'PUNCT', 12, 'punct'), (8, 'after', 'after', 'ADP', 9, 'case'),
    (9, 'chipmaker', 'chipmaker', 'NOUN', 10, 'nmod:desc'), (10, 'Orvane', 'orvane', 'PROPN', 11, 'compound'),
    (11, 'Semiconductor', 'semiconductor', 'PROPN', 12, 'nsubj'),
    (12, 'warned', 'warn', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'that', 'that', 'SCONJ', 16, 'obj'), (14, 'orders', 'order', 'NOUN', 16, 'nsubj'),
    (15, 'would', 'would', 'AUX', 16, 'aux', 'VerbForm=Fin'),
    (16, 'fall', 'fall', 'VERB', 12, 'ccomp', 'VerbForm=Inf'), (17, '.', '.', 'PUNCT', 2, 'punct'),
])

ORVANE_SAID = ('Orvane said in a statement that it would cut jobs.', [
    (1, 'Orvane', 'orvane', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'in', 'in', 'ADP', 5, 'case'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'statement', 'statement', 'NOUN', 2, 'obl'), (6, 'that', 'that', 'SCONJ', 9, 'mark'),
    (7, 'it', 'it', 'PRON', 9, 'nsubj'), (8, 'would', 'would', 'AUX', 9, 'aux', 'VerbForm=Fin'),
    (9, 'cut', 'cut', 'VERB', 5, 'acl:relcl', 'VerbForm=Inf'), (10, 'jobs', 'job', 'NOUN', 9, 'obj'),
    (11, '.', '.', 'PUNCT', 2, 'punct'),
])

# a participle of saying with a colon, hung inside the report; its quote a sentence of its own
BAPTISTE_ADDING = ('Its general secretary, Owen Baptiste, said controllers had been warning managers about understaffing “for years”, adding:', [
    (1, 'Its', 'its', 'PRON', 3, 'nmod:poss'), (2, 'general', 'general', 'ADJ', 3, 'amod'),
    (3, 'secretary', 'secretary', 'NOUN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'Owen', 'owen', 'PROPN', 6, 'compound'), (6, 'Baptiste', 'baptiste', 'PROPN', 3, 'appos'),
    (7, ',', ',', 'PUNCT', 3, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'controllers', 'controller', 'NOUN', 12, 'nsubj'),
    (10, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'been', 'be', 'AUX', 12, 'aux', 'Tense=Past|VerbForm=Part'),
    (12, 'warning', 'warning', 'VERB', 8, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (13, 'managers', 'manager', 'NOUN', 12, 'obj'), (14, 'about', 'about', 'SCONJ', 15, 'mark'),
    (15, 'understaffing', 'understaffing', 'VERB', 12, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (16, '“', '"', 'PUNCT', 15, 'punct'), (17, 'for', 'for', 'ADP', 18, 'case'),
    (18, 'years', 'year', 'NOUN', 15, 'obl'), (19, '”', '"', 'PUNCT', 18, 'punct'),
    (20, ',', ',', 'PUNCT', 21, 'punct'),
    (21, 'adding', 'add', 'VERB', 15, 'conj', 'Tense=Pres|VerbForm=Part'), (22, ':', ':', 'PUNCT', 8, 'punct'),
])

REPORT_ON_THE_DESK = ('“This report should be on the desk of every minister.”', [
    (1, '“', '"', 'PUNCT', 8, 'punct'), (2, 'This', 'this', 'DET', 3, 'det'),
    (3, 'report', 'report', 'NOUN', 8, 'nsubj'), (4, 'should', 'should', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (5, 'be', 'be', 'AUX', 8, 'cop', 'VerbForm=Inf'), (6, 'on', 'on', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'desk', 'desk', 'NOUN', 0, 'root'),
    (9, 'of', 'of', 'ADP', 11, 'case'), (10, 'every', 'every', 'DET', 11, 'det'),
    (11, 'minister', 'minister', 'NOUN', 8, 'nmod'), (12, '.', '.', 'PUNCT', 8, 'punct'),
    (13, '”', '"', 'PUNCT', 8, 'punct'),
])
SIGNS_READING = ('Parents held signs reading “Close the Budget Gap, Not Our School.”', [
    (1, 'Parents', 'parent', 'NOUN', 2, 'nsubj'),
    (2, 'held', 'hold', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'signs', 'sign', 'NOUN', 2, 'obj'),
    (4, 'reading', 'read', 'VERB', 2, 'xcomp', 'Tense=Pres|VerbForm=Part'), (5, '“', '"', 'PUNCT', 6, 'punct'),
    (6, 'Close', 'close', 'VERB', 2, 'xcomp', 'VerbForm=Inf'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, 'Budget', 'budget', 'PROPN', 9, 'compound'), (9, 'Gap', 'gap', 'PROPN', 6, 'obj'),
    (10, ',', ',', 'PUNCT', 13, 'punct'), (11, 'Not', 'not', 'PART', 13, 'advmod'),
    (12, 'Our', 'our', 'PRON', 13, 'nmod:poss'), (13, 'School', 'school', 'NOUN', 6, 'obl'),
    (14, '.', '.', 'PUNCT', 2, 'punct'), (15, '”', '"', 'PUNCT', 2, 'punct'),
])

AGREEMENT_NEIGHBOURS_SIGNED = ('The row threatens a trade agreement the two neighbours signed in March.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'row', 'row', 'NOUN', 3, 'nsubj'),
    (3, 'threatens', 'threaten', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 6, 'det'), (5, 'trade', 'trade', 'NOUN', 6, 'compound'),
    (6, 'agreement', 'agreement', 'NOUN', 3, 'obj'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, 'two', 'two', 'NUM', 9, 'nummod'), (9, 'neighbours', 'neighbour', 'NOUN', 6, 'nmod'),
    (10, 'signed', 'sign', 'VERB', 9, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'in', 'in', 'ADP', 12, 'case'), (12, 'March', 'march', 'PROPN', 10, 'obl'),
    (13, '.', '.', 'PUNCT', 3, 'punct'),
])

MINISTRY_CALLED_ACCORDING_TO_KNA = ('Kalmaria’s foreign ministry called the expulsion “a theatrical provocation” and said it would respond “in kind”, according to the state news agency KNA.', [
    (1, 'Kalmaria', 'kalmaria', 'PROPN', 4, 'nmod:poss'), (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'foreign', 'foreign', 'ADJ', 4, 'amod'), (4, 'ministry', 'ministry', 'NOUN', 5, 'nsubj'),
    (5, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'expulsion', 'expulsion', 'NOUN', 5, 'obj'),
    (8, '“', '"', 'PUNCT', 11, 'punct'), (9, 'a', 'a', 'DET', 11, 'det'),
    (10, 'theatrical', 'theatrical', 'ADJ', 11, 'amod'), (11, 'provocation', 'provocation', 'NOUN', 5, 'obj'),
    (12, '”', '"', 'PUNCT', 11, 'punct'), (13, 'and', 'and', 'CCONJ', 14, 'cc'),
    (14, 'said', 'say', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'it', 'it', 'PRON', 17, 'nsubj'), (16, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (17, 'respond', 'respond', 'VERB', 14, 'ccomp', 'VerbForm=Inf'), (18, '“', '"', 'PUNCT', 17, 'punct'),
    (19, 'in', 'in', 'ADP', 20, 'case'), (20, 'kind', 'kind', 'NOUN', 17, 'obl'),
    (21, '”', '"', 'PUNCT', 20, 'punct'), (22, ',', ',', 'PUNCT', 29, 'punct'),
    (23, 'according', 'accord', 'VERB', 29, 'case', 'Tense=Pres|VerbForm=Part'),
    (24, 'to', 'to', 'ADP', 23, 'fixed'), (25, 'the', 'the', 'DET', 28, 'det'),
    (26, 'state', 'state', 'NOUN', 28, 'compound'), (27, 'news', 'news', 'NOUN', 28, 'compound'),
    (28, 'agency', 'agency', 'NOUN', 29, 'compound'), (29, 'KNA', 'kna', 'PROPN', 17, 'obl'),
    (30, '.', '.', 'PUNCT', 5, 'punct'),
])


# a text's naming nested in a person's report, then that person's quote
CASTELL_REPORT_DESCRIBED = ('Counsel to the inquiry, Rhiannon Castell KC, told the hearing that a 2022 inspection report had described the supports as ‘in poor condition’.', [
    (1, 'Counsel', 'counsel', 'NOUN', 10, 'nsubj'), (2, 'to', 'to', 'ADP', 4, 'case'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'inquiry', 'inquiry', 'NOUN', 1, 'nmod'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'Rhiannon', 'rhiannon', 'PROPN', 10, 'nsubj'),
    (7, 'Castell', 'castell', 'PROPN', 6, 'flat'), (8, 'KC', 'kc', 'PROPN', 6, 'flat'),
    (9, ',', ',', 'PUNCT', 1, 'punct'),
    (10, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'hearing', 'hearing', 'NOUN', 10, 'iobj'),
    (13, 'that', 'that', 'SCONJ', 19, 'mark'), (14, 'a', 'a', 'DET', 17, 'det'),
    (15, '2022', '2022', 'NUM', 17, 'nummod'), (16, 'inspection', 'inspection', 'NOUN', 17, 'compound'),
    (17, 'report', 'report', 'NOUN', 19, 'nsubj'),
    (18, 'had', 'have', 'AUX', 19, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'described', 'describe', 'VERB', 12, 'acl', 'Tense=Past|VerbForm=Part'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'supports', 'support', 'NOUN', 19, 'obj'),
    (22, 'as', 'as', 'ADP', 26, 'case'), (23, '‘', "'", 'PUNCT', 26, 'punct'),
    (24, 'in', 'in', 'ADP', 26, 'case'), (25, 'poor', 'poor', 'ADJ', 26, 'amod'),
    (26, 'condition', 'condition', 'NOUN', 19, 'obl'), (27, '’', "'", 'PUNCT', 26, 'punct'),
    (28, '.', '.', 'PUNCT', 10, 'punct'),
])

WARNINGS_SHE_ADDED = ('‘Those warnings were not acted on,’ she added.', [
    (1, '‘', "'", 'PUNCT', 6, 'punct'), (2, 'Those', 'that', 'DET', 3, 'det'),
    (3, 'warnings', 'warning', 'NOUN', 6, 'nsubj:pass'),
    (4, 'were', 'be', 'AUX', 6, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'not', 'not', 'PART', 6, 'advmod'),
    (6, 'acted', 'act', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'on', 'on', 'ADP', 6, 'compound:prt'), (8, ',', ',', 'PUNCT', 11, 'punct'),
    (9, '’', "'", 'PUNCT', 11, 'punct'), (10, 'she', 'she', 'PRON', 11, 'nsubj'),
    (11, 'added', 'add', 'VERB', 6, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 6, 'punct'),
])

COACHES_DISMISSED_FASTER = ('The association said coaches were being dismissed “faster than ever”.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'association', 'association', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'coaches', 'coach', 'NOUN', 7, 'nsubj:pass'),
    (5, 'were', 'be', 'AUX', 7, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'being', 'be', 'AUX', 7, 'aux:pass', 'Tense=Pres|VerbForm=Part'),
    (7, 'dismissed', 'dismiss', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, '“', '"', 'PUNCT', 9, 'punct'), (9, 'faster', 'fast', 'ADJ', 7, 'xcomp'),
    (10, 'than', 'than', 'ADP', 11, 'case'), (11, 'ever', 'ever', 'ADV', 9, 'obl'),
    (12, '”', '"', 'PUNCT', 9, 'punct'), (13, '.', '.', 'PUNCT', 3, 'punct'),
])
TANABE_LAST_MONTH = ('Yuki Tanabe, the reigning world champion, told a press conference last month that Veld was “a great name, but names don’t swim”.', [
    (1, 'Yuki', 'yuki', 'PROPN', 9, 'nsubj'), (2, 'Tanabe', 'tanabe', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 7, 'punct'), (4, 'the', 'the', 'DET', 7, 'det'),
    (5, 'reigning', 'reign', 'NOUN', 7, 'compound'), (6, 'world', 'world', 'NOUN', 7, 'compound'),
    (7, 'champion', 'champion', 'NOUN', 1, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'a', 'a', 'DET', 12, 'det'), (11, 'press', 'press', 'NOUN', 12, 'compound'),
    (12, 'conference', 'conference', 'NOUN', 9, 'obj'), (13, 'last', 'last', 'ADJ', 14, 'amod'),
    (14, 'month', 'month', 'NOUN', 12, 'nmod'), (15, 'that', 'that', 'PRON', 21, 'mark'),
    (16, 'Veld', 'veld', 'PROPN', 21, 'nsubj'),
    (17, 'was', 'be', 'AUX', 21, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '“', '"', 'PUNCT', 21, 'punct'), (19, 'a', 'a', 'DET', 21, 'det'),
    (20, 'great', 'great', 'ADJ', 21, 'amod'), (21, 'name', 'name', 'NOUN', 14, 'acl:relcl'),
    (22, ',', ',', 'PUNCT', 27, 'punct'), (23, 'but', 'but', 'CCONJ', 27, 'cc'),
    (24, 'names', 'name', 'NOUN', 27, 'nsubj'),
    (25, 'do', 'do', 'AUX', 27, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (26, 'n’t', 'not', 'PART', 27, 'advmod'), (27, 'swim', 'swim', 'VERB', 9, 'conj', 'VerbForm=Inf'),
    (28, '”', '"', 'PUNCT', 27, 'punct'), (29, '.', '.', 'PUNCT', 9, 'punct'),
])

NEAREST_ALTERNATIVE_WAS = ('Alicia Moreno said the nearest alternative, Ridgeview Elementary, was “a 35-minute bus ride away on a good day.”', [
    (1, 'Alicia', 'alicia', 'PROPN', 3, 'nsubj'), (2, 'Moreno', 'moreno', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'nearest', 'near', 'ADJ', 6, 'amod'),
    (6, 'alternative', 'alternative', 'ADJ', 3, 'ccomp'), (7, ',', ',', 'PUNCT', 9, 'punct'),
    (8, 'Ridgeview', 'ridgeview', 'PROPN', 9, 'compound'),
    (9, 'Elementary', 'elementary', 'PROPN', 6, 'appos'), (10, ',', ',', 'PUNCT', 18, 'punct'),
    (11, 'was', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '“', '"', 'PUNCT', 18, 'punct'), (13, 'a', 'a', 'DET', 18, 'det'),
    (14, '35', '35', 'NUM', 16, 'nummod'), (15, '-', '-', 'PUNCT', 14, 'punct'),
    (16, 'minute', 'minute', 'NOUN', 17, 'compound'), (17, 'bus', 'bus', 'NOUN', 18, 'compound'),
    (18, 'ride', 'ride', 'NOUN', 3, 'ccomp'), (19, 'away', 'away', 'ADV', 3, 'ccomp'),
    (20, 'on', 'on', 'ADP', 23, 'case'), (21, 'a', 'a', 'DET', 23, 'det'),
    (22, 'good', 'good', 'ADJ', 23, 'amod'), (23, 'day', 'day', 'NOUN', 19, 'obl'),
    (24, '.', '.', 'PUNCT', 3, 'punct'), (25, '”', '"', 'PUNCT', 3, 'punct'),
])

HARROW_TOLD_THE_BOARD = ('Superintendent Denise Harrow told the board the 94-year-old building needed $11 million in repairs that the district “simply cannot justify” for fewer than 200 students.', [
    (1, 'Superintendent', 'superintendent', 'NOUN', 4, 'nsubj'), (2, 'Denise', 'denise', 'PROPN', 4, 'nsubj'),
    (3, 'Harrow', 'harrow', 'PROPN', 2, 'flat'),
    (4, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'board', 'board', 'NOUN', 4, 'iobj'),
    (7, 'the', 'the', 'DET', 13, 'det'), (8, '94', '94', 'NUM', 10, 'nummod'),
    (9, '-', '-', 'PUNCT', 8, 'punct'), (10, 'year', 'year', 'NOUN', 12, 'obl:unmarked'),
    (11, '-', '-', 'PUNCT', 10, 'punct'), (12, 'old', 'old', 'ADJ', 13, 'amod'),
    (13, 'building', 'building', 'NOUN', 6, 'nmod'),
    (14, 'needed', 'need', 'VERB', 13, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, '$', '$', 'SYM', 14, 'obj'), (16, '11', '11', 'NUM', 15, 'nummod'),
    (17, 'million', 'million', 'NUM', 15, 'nummod'), (18, 'in', 'in', 'ADP', 19, 'case'),
    (19, 'repairs', 'repair', 'NOUN', 15, 'nmod'), (20, 'that', 'that', 'SCONJ', 27, 'mark'),
    (21, 'the', 'the', 'DET', 22, 'det'), (22, 'district', 'district', 'NOUN', 27, 'nsubj'),
    (23, '“', '"', 'PUNCT', 22, 'punct'), (24, 'simply', 'simply', 'ADV', 27, 'advmod'),
    (25, 'can', 'can', 'AUX', 27, 'aux', 'VerbForm=Fin'), (26, 'not', 'not', 'PART', 27, 'advmod'),
    (27, 'justify', 'justify', 'VERB', 4, 'ccomp', 'VerbForm=Inf'), (28, '”', '"', 'PUNCT', 27, 'punct'),
    (29, 'for', 'for', 'ADP', 33, 'case'), (30, 'fewer', 'few', 'ADJ', 27, 'obl'),
    (31, 'than', 'than', 'ADP', 33, 'case'), (32, '200', '200', 'NUM', 33, 'nummod'),
    (33, 'students', 'student', 'NOUN', 27, 'obl'), (34, '.', '.', 'PUNCT', 4, 'punct'),
])

PENNOCK_BUT_ACCUSED = ('Idris Pennock said his party supported the bill “in principle” but accused the government of “caving in to the landlord lobby”.', [
    (1, 'Idris', 'idris', 'PROPN', 3, 'nsubj'), (2, 'Pennock', 'pennock', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'his', 'his', 'PRON', 5, 'nmod:poss'), (5, 'party', 'party', 'NOUN', 6, 'nsubj'),
    (6, 'supported', 'support', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'bill', 'bill', 'NOUN', 6, 'obj'),
    (9, '“', '"', 'PUNCT', 8, 'punct'), (10, 'in', 'in', 'ADP', 11, 'case'),
    (11, 'principle', 'principle', 'NOUN', 6, 'obl'), (12, '”', '"', 'PUNCT', 11, 'punct'),
    (13, 'but', 'but', 'CCONJ', 14, 'cc'),
    (14, 'accused', 'accuse', 'VERB', 3, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'government', 'government', 'NOUN', 14, 'obj'),
    (17, 'of', 'of', 'ADP', 19, 'mark'), (18, '“', '"', 'PUNCT', 19, 'punct'),
    (19, 'caving', 'cave', 'VERB', 16, 'acl', 'VerbForm=Part'), (20, 'in', 'in', 'ADV', 19, 'advmod'),
    (21, 'to', 'to', 'ADP', 24, 'case'), (22, 'the', 'the', 'DET', 24, 'det'),
    (23, 'landlord', 'landlord', 'NOUN', 24, 'compound'), (24, 'lobby', 'lobby', 'NOUN', 19, 'obl'),
    (25, '”', '"', 'PUNCT', 14, 'punct'), (26, '.', '.', 'PUNCT', 3, 'punct'),
])

PENHALE_INTERVENED = ('Tempers frayed during the five-hour debate, and the deputy speaker, Sir Roger Penhale, twice intervened to ask members to lower their voices.', [
    (1, 'Tempers', 'temper', 'NOUN', 2, 'nsubj'),
    (2, 'frayed', 'fray', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'during', 'during', 'ADP', 8, 'case'), (4, 'the', 'the', 'DET', 8, 'det'),
    (5, 'five', 'five', 'NUM', 7, 'nummod'), (6, '-', '-', 'PUNCT', 5, 'punct'),
    (7, 'hour', 'hour', 'NOUN', 8, 'compound'), (8, 'debate', 'debate', 'NOUN', 2, 'obl'),
    (9, ',', ',', 'PUNCT', 20, 'punct'), (10, 'and', 'and', 'CCONJ', 13, 'cc'),
    (11, 'the', 'the', 'DET', 13, 'det'), (12, 'deputy', 'deputy', 'NOUN', 13, 'compound'),
    (13, 'speaker', 'speaker', 'NOUN', 8, 'conj'), (14, ',', ',', 'PUNCT', 15, 'punct'),
    (15, 'Sir', 'sir', 'PROPN', 13, 'appos'), (16, 'Roger', 'roger', 'PROPN', 15, 'flat'),
    (17, 'Penhale', 'penhale', 'PROPN', 16, 'flat'), (18, ',', ',', 'PUNCT', 20, 'punct'),
    (19, 'twice', 'twice', 'ADV', 20, 'advmod'),
    (20, 'intervened', 'interven', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'to', 'to', 'PART', 22, 'mark'), (22, 'ask', 'ask', 'VERB', 20, 'xcomp', 'VerbForm=Inf'),
    (23, 'members', 'member', 'NOUN', 22, 'obj'), (24, 'to', 'to', 'PART', 25, 'mark'),
    (25, 'lower', 'low', 'ADV', 22, 'advcl'), (26, 'their', 'their', 'PRON', 27, 'nmod:poss'),
    (27, 'voices', 'voice', 'NOUN', 25, 'obj'), (28, '.', '.', 'PUNCT', 2, 'punct'),
])

STATEMENT_THAT_AND_THAT = ('The National Landlords Federation said in a statement that the bill remained “deeply flawed” and that it would lobby peers to amend it.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'National', 'national', 'ADJ', 4, 'amod'),
    (3, 'Landlords', 'landlords', 'PROPN', 4, 'compound'),
    (4, 'Federation', 'federation', 'PROPN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'in', 'in', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'statement', 'statement', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'SCONJ', 12, 'mark'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'bill', 'bill', 'NOUN', 12, 'nsubj'),
    (12, 'remained', 'remain', 'VERB', 8, 'acl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '“', '"', 'PUNCT', 15, 'punct'), (14, 'deeply', 'deeply', 'ADV', 15, 'advmod'),
    (15, 'flawed', 'flaw', 'VERB', 12, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, '”', '"', 'PUNCT', 15, 'punct'), (17, 'and', 'and', 'CCONJ', 21, 'cc'),
    (18, 'that', 'that', 'SCONJ', 21, 'mark'), (19, 'it', 'it', 'PRON', 21, 'nsubj'),
    (20, 'would', 'would', 'AUX', 21, 'aux', 'VerbForm=Fin'),
    (21, 'lobby', 'lobby', 'VERB', 5, 'conj', 'VerbForm=Inf'), (22, 'peers', 'peer', 'NOUN', 21, 'obj'),
    (23, 'to', 'to', 'PART', 24, 'mark'), (24, 'amend', 'amend', 'VERB', 21, 'advcl', 'VerbForm=Inf'),
    (25, 'it', 'it', 'PRON', 24, 'obj'), (26, '.', '.', 'PUNCT', 5, 'punct'),
])

TWO_OF_THE_INJURED = ('Two of the injured remained in “critical but stable” condition Friday night, a hospital spokeswoman said.', [
    (1, 'Two', 'two', 'NUM', 19, 'nsubj'), (2, 'of', 'of', 'ADP', 5, 'case'),
    (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'injured', 'injure', 'VERB', 1, 'nmod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'remained', 'remain', 'VERB', 19, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'in', 'in', 'ADP', 14, 'case'), (7, '“', '"', 'PUNCT', 8, 'punct'),
    (8, 'critical', 'critical', 'ADJ', 12, 'amod'), (9, 'but', 'but', 'CCONJ', 10, 'cc'),
    (10, 'stable', 'stable', 'NOUN', 8, 'conj'), (11, '”', '"', 'PUNCT', 10, 'punct'),
    (12, 'condition', 'condition', 'NOUN', 14, 'compound'), (13, 'Friday', 'friday', 'PROPN', 14, 'compound'),
    (14, 'night', 'night', 'NOUN', 1, 'nmod'), (15, ',', ',', 'PUNCT', 14, 'punct'),
    (16, 'a', 'a', 'DET', 18, 'det'), (17, 'hospital', 'hospital', 'ADJ', 18, 'amod'),
    (18, 'spokeswoman', 'spokeswoman', 'NOUN', 19, 'nsubj'),
    (19, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, '.', '.', 'PUNCT', 19, 'punct'),
])

ORGANISERS_CLAIMING_MORE_THAN = ('Farmers drove tractors into the town yesterday, with organisers claiming more than 600 vehicles had taken part.', [
    (1, 'Farmers', 'farmer', 'NOUN', 2, 'nsubj'),
    (2, 'drove', 'drive', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'tractors', 'tractor', 'NOUN', 2, 'obj'), (4, 'into', 'into', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'town', 'town', 'NOUN', 2, 'obl'),
    (7, 'yesterday', 'yesterday', 'NOUN', 2, 'obl:unmarked'), (8, ',', ',', 'PUNCT', 11, 'punct'),
    (9, 'with', 'with', 'ADP', 10, 'case'), (10, 'organisers', 'organiser', 'NOUN', 11, 'nsubj'),
    (11, 'claiming', 'claim', 'VERB', 2, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (12, 'more', 'more', 'ADJ', 11, 'obj'), (13, 'than', 'than', 'SCONJ', 17, 'mark'),
    (14, '600', '600', 'NUM', 15, 'nummod'), (15, 'vehicles', 'vehicle', 'NOUN', 17, 'nsubj'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'taken', 'take', 'VERB', 11, 'advcl', 'Tense=Past|VerbForm=Part'),
    (18, 'part', 'part', 'NOUN', 17, 'obj'), (19, '.', '.', 'PUNCT', 2, 'punct'),
])

ACCUSING_OF_RUNNING = ('Ostrevia ordered the ambassador to leave, accusing his embassy of running a network of informants.', [
    (1, 'Ostrevia', 'ostrevia', 'PROPN', 2, 'nsubj'),
    (2, 'ordered', 'order', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'ambassador', 'ambassador', 'NOUN', 2, 'obj'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'leave', 'leave', 'VERB', 4, 'acl', 'VerbForm=Inf'),
    (7, ',', ',', 'PUNCT', 8, 'punct'),
    (8, 'accusing', 'accuse', 'VERB', 2, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (9, 'his', 'his', 'PRON', 10, 'nmod:poss'), (10, 'embassy', 'embassy', 'NOUN', 8, 'obj'),
    (11, 'of', 'of', 'SCONJ', 12, 'mark'),
    (12, 'running', 'run', 'VERB', 8, 'advcl', 'Tense=Pres|VerbForm=Part'), (13, 'a', 'a', 'DET', 14, 'det'),
    (14, 'network', 'network', 'NOUN', 12, 'obj'), (15, 'of', 'of', 'ADP', 16, 'case'),
    (16, 'informants', 'informant', 'NOUN', 14, 'nmod'), (17, '.', '.', 'PUNCT', 2, 'punct'),
])


# a company's short name in the headline, its full name in the text
BRIGHTWELL_HEADLINE = ('Brightwell and Ostara agree pet food merger', [
    (1, 'Brightwell', 'brightwell', 'PROPN', 4, 'nsubj'), (2, 'and', 'and', 'CCONJ', 3, 'cc'),
    (3, 'Ostara', 'ostara', 'PROPN', 1, 'conj'),
    (4, 'agree', 'agree', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'pet', 'pet', 'NOUN', 6, 'compound'), (6, 'food', 'food', 'NOUN', 4, 'obj'),
    (7, 'merger', 'merger', 'ADV', 4, 'advmod'),
])

BRIGHTWELL_FOODS_SAID = ('Brightwell Foods said the deal would save money.', [
    (1, 'Brightwell', 'brightwell', 'PROPN', 2, 'compound'), (2, 'Foods', 'foods', 'PROPN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'deal', 'deal', 'NOUN', 7, 'nsubj'),
    (6, 'would', 'would', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (7, 'save', 'save', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (8, 'money', 'money', 'NOUN', 7, 'obj'),
    (9, '.', '.', 'PUNCT', 3, 'punct'),
])

BRIGHTWELL_SAID = ('Brightwell said it expected the deal to close next year.', [
    (1, 'Brightwell', 'brightwell', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'it', 'it', 'PRON', 4, 'nsubj'),
    (4, 'expected', 'expect', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'deal', 'deal', 'NOUN', 4, 'obj'),
    (7, 'to', 'to', 'PART', 8, 'mark'), (8, 'close', 'close', 'VERB', 4, 'advcl', 'VerbForm=Inf'),
    (9, 'next', 'next', 'ADJ', 10, 'amod'), (10, 'year', 'year', 'NOUN', 8, 'obj'),
    (11, '.', '.', 'PUNCT', 2, 'punct'),
])
THERE_HAD_BEEN_IRREGULARITIES = ('Olivera said her party would "respect every legitimate vote," but added that there had been "serious irregularities" in two provinces.', [
    (1, 'Olivera', 'olivera', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'her', 'she', 'PRON', 4, 'nmod:poss'), (4, 'party', 'party', 'NOUN', 7, 'nsubj'),
    (5, 'would', 'would', 'AUX', 7, 'aux', 'VerbForm=Fin'), (6, '"', '"', 'PUNCT', 7, 'punct'),
    (7, 'respect', 'respect', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (8, 'every', 'every', 'DET', 10, 'det'),
    (9, 'legitimate', 'legitimate', 'NOUN', 10, 'compound'), (10, 'vote', 'vote', 'NOUN', 7, 'obj'),
    (11, ',', ',', 'PUNCT', 14, 'punct'), (12, '"', '"', 'PUNCT', 14, 'punct'),
    (13, 'but', 'but', 'CCONJ', 14, 'cc'),
    (14, 'added', 'add', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'that', 'that', 'SCONJ', 21, 'mark'), (16, 'there', 'there', 'PRON', 18, 'expl'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'been', 'be', 'AUX', 21, 'cop', 'Tense=Past|VerbForm=Part'), (19, '"', '"', 'PUNCT', 21, 'punct'),
    (20, 'serious', 'serious', 'ADJ', 21, 'amod'), (21, 'irregularities', 'irregularity', 'NOUN', 14, 'ccomp'),
    (22, '"', '"', 'PUNCT', 21, 'punct'), (23, 'in', 'in', 'ADP', 25, 'case'),
    (24, 'two', 'two', 'NUM', 25, 'nummod'), (25, 'provinces', 'province', 'NOUN', 21, 'nmod'),
    (26, '.', '.', 'PUNCT', 2, 'punct'),
])

RECORD_SET_AT_HARNLEY = ('The record of 39.4C, set at Harnley in 2019, could be under threat, he said.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'record', 'record', 'NOUN', 18, 'dislocated'),
    (3, 'of', 'of', 'ADP', 4, 'case'), (4, '39.4C', '39.4c', 'NUM', 2, 'nmod'),
    (5, ',', ',', 'PUNCT', 6, 'punct'),
    (6, 'set', 'set', 'VERB', 18, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'at', 'at', 'ADP', 8, 'case'), (8, 'Harnley', 'harnley', 'PROPN', 6, 'obl'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, '2019', '2019', 'NUM', 8, 'nmod'),
    (11, ',', ',', 'PUNCT', 2, 'punct'), (12, 'could', 'could', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (13, 'be', 'be', 'AUX', 15, 'cop', 'VerbForm=Inf'), (14, 'under', 'under', 'ADP', 15, 'case'),
    (15, 'threat', 'threat', 'NOUN', 18, 'ccomp'), (16, ',', ',', 'PUNCT', 18, 'punct'),
    (17, 'he', 'he', 'PRON', 18, 'nsubj'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, '.', '.', 'PUNCT', 18, 'punct'),
])

AKINYEMI_URGED = ('Its president, Denise Akinyemi, urged lawmakers to override the governor quickly.', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss'), (2, 'president', 'president', 'NOUN', 0, 'root'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Denise', 'denise', 'PROPN', 2, 'conj'),
    (5, 'Akinyemi', 'akinyemi', 'PROPN', 2, 'conj'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'urged', 'urge', 'VERB', 8, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'lawmakers', 'lawmaker', 'NOUN', 2, 'conj'), (9, 'to', 'to', 'PART', 10, 'mark'),
    (10, 'override', 'override', 'VERB', 8, 'acl', 'VerbForm=Inf'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'governor', 'governor', 'NOUN', 10, 'obj'), (13, 'quickly', 'quickly', 'ADV', 10, 'advmod'),
    (14, '.', '.', 'PUNCT', 7, 'punct'),
])

TEACHERS_UNION_SAID = ('The state’s largest teachers union, the Educators Alliance, said in a statement that the veto would leave “thousands of children learning in crumbling buildings.”', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'state', 'state', 'NOUN', 5, 'nmod:poss'),
    (3, '’s', "'s", 'PART', 2, 'case'), (4, 'largest', 'large', 'ADJ', 5, 'amod'),
    (5, 'teachers', 'teacher', 'NOUN', 6, 'nsubj'),
    (6, 'union', 'union', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, ',', ',', 'PUNCT', 6, 'punct'), (8, 'the', 'the', 'DET', 10, 'det'),
    (9, 'Educators', 'educator', 'PROPN', 10, 'compound'), (10, 'Alliance', 'alliance', 'PROPN', 6, 'nsubj'),
    (11, ',', ',', 'PUNCT', 10, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'in', 'in', 'ADP', 15, 'case'), (14, 'a', 'a', 'DET', 15, 'det'),
    (15, 'statement', 'statement', 'NOUN', 12, 'obl'), (16, 'that', 'that', 'SCONJ', 20, 'mark'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'veto', 'veto', 'NOUN', 20, 'nsubj'),
    (19, 'would', 'would', 'AUX', 20, 'aux', 'VerbForm=Fin'),
    (20, 'leave', 'leave', 'VERB', 15, 'acl', 'VerbForm=Inf'), (21, '“', '"', 'PUNCT', 22, 'punct'),
    (22, 'thousands', 'thousand', 'NOUN', 20, 'obj'), (23, 'of', 'of', 'ADP', 24, 'case'),
    (24, 'children', 'child', 'NOUN', 22, 'nmod'),
    (25, 'learning', 'learn', 'VERB', 22, 'acl', 'Tense=Pres|VerbForm=Part'),
    (26, 'in', 'in', 'SCONJ', 27, 'mark'), (27, 'crumbling', 'crumble', 'VERB', 25, 'advcl', 'VerbForm=Ger'),
    (28, 'buildings', 'building', 'NOUN', 27, 'obj'), (29, '.', '.', 'PUNCT', 12, 'punct'),
    (30, '”', '"', 'PUNCT', 12, 'punct'),
])

CUB_FEEDING_WELL = ('The female cub, who arrived on May 2, is “feeding well and getting louder by the day,” said the zoo’s head of carnivores, Tobias Lund.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'female', 'female', 'ADJ', 3, 'amod'),
    (3, 'cub', 'cub', 'NOUN', 23, 'nsubj'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'arrived', 'arrive', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'May', 'may', 'PROPN', 6, 'obl'),
    (9, '2', '2', 'NUM', 8, 'nmod:unmarked'), (10, ',', ',', 'PUNCT', 6, 'punct'),
    (11, 'is', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, '“', '"', 'PUNCT', 13, 'punct'),
    (13, 'feeding', 'feed', 'VERB', 23, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (14, 'well', 'well', 'ADV', 13, 'advmod'), (15, 'and', 'and', 'CCONJ', 16, 'cc'),
    (16, 'getting', 'get', 'VERB', 13, 'conj', 'Tense=Pres|VerbForm=Part'),
    (17, 'louder', 'louder', 'NOUN', 16, 'obj'), (18, 'by', 'by', 'ADP', 20, 'case'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'day', 'day', 'NOUN', 17, 'nmod'),
    (21, ',', ',', 'PUNCT', 3, 'punct'), (22, '”', '"', 'PUNCT', 3, 'punct'),
    (23, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'the', 'the', 'DET', 27, 'det'), (25, 'zoo', 'zoo', 'PROPN', 27, 'nmod:poss'),
    (26, '’s', "'s", 'PART', 25, 'case'), (27, 'head', 'head', 'NOUN', 23, 'ccomp'),
    (28, 'of', 'of', 'ADP', 29, 'case'), (29, 'carnivores', 'carnivor', 'NOUN', 27, 'nmod'),
    (30, ',', ',', 'PUNCT', 31, 'punct'), (31, 'Tobias', 'tobias', 'PROPN', 29, 'conj'),
    (32, 'Lund', 'lund', 'PROPN', 29, 'conj'), (33, '.', '.', 'PUNCT', 23, 'punct'),
])

BENEDETTI_URGED = ('Carla Benedetti, president of the Migraine Alliance, an advocacy group, urged insurers to “start planning now” for the drug.', [
    (1, 'Carla', 'carla', 'PROPN', 0, 'root'), (2, 'Benedetti', 'benedetti', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'president', 'president', 'NOUN', 1, 'appos'),
    (5, 'of', 'of', 'ADP', 8, 'case'), (6, 'the', 'the', 'DET', 8, 'det'),
    (7, 'Migraine', 'migraine', 'PROPN', 8, 'compound'), (8, 'Alliance', 'alliance', 'PROPN', 4, 'nmod'),
    (9, ',', ',', 'PUNCT', 12, 'punct'), (10, 'an', 'a', 'DET', 12, 'det'),
    (11, 'advocacy', 'advocacy', 'NOUN', 12, 'compound'), (12, 'group', 'group', 'NOUN', 8, 'appos'),
    (13, ',', ',', 'PUNCT', 12, 'punct'),
    (14, 'urged', 'urge', 'VERB', 15, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'insurers', 'insurer', 'NOUN', 4, 'nmod'), (16, 'to', 'to', 'PART', 18, 'mark'),
    (17, '“', '"', 'PUNCT', 18, 'punct'), (18, 'start', 'start', 'VERB', 15, 'acl', 'VerbForm=Inf'),
    (19, 'planning', 'planning', 'NOUN', 18, 'obj'), (20, 'now', 'now', 'ADV', 18, 'advmod'),
    (21, '”', '"', 'PUNCT', 18, 'punct'), (22, 'for', 'for', 'ADP', 24, 'case'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'drug', 'drug', 'NOUN', 18, 'obl'),
    (25, '.', '.', 'PUNCT', 1, 'punct'),
])



# session 9: read from the x batch
ARDENT_WROTE = ('The novelist Tomas Ardent, whose own debut carries as its epigraph a line from “The Lantern House”, wrote on social media that Corvell had taught a generation of writers.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'novelist', 'novelist', 'ADJ', 4, 'amod'),
    (3, 'Tomas', 'tomas', 'PROPN', 4, 'compound'), (4, 'Ardent', 'ardent', 'PROPN', 22, 'nsubj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'whose', 'whose', 'DET', 9, 'det'),
    (7, 'own', 'own', 'ADJ', 9, 'amod'), (8, 'debut', 'debut', 'NOUN', 9, 'compound'),
    (9, 'carries', 'carry', 'NOUN', 4, 'appos'), (10, 'as', 'as', 'ADP', 12, 'case'),
    (11, 'its', 'its', 'PRON', 12, 'nmod:poss'), (12, 'epigraph', 'epigraph', 'NOUN', 9, 'nmod'),
    (13, 'a', 'a', 'DET', 14, 'det'), (14, 'line', 'line', 'NOUN', 9, 'nmod'),
    (15, 'from', 'from', 'ADP', 19, 'case'), (16, '“', '"', 'PUNCT', 19, 'punct'),
    (17, 'The', 'the', 'DET', 19, 'det'), (18, 'Lantern', 'lantern', 'PROPN', 19, 'compound'),
    (19, 'House', 'house', 'PROPN', 14, 'nmod'), (20, '”', '"', 'PUNCT', 19, 'punct'),
    (21, ',', ',', 'PUNCT', 4, 'punct'),
    (22, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'on', 'on', 'ADP', 25, 'case'), (24, 'social', 'social', 'ADJ', 25, 'amod'),
    (25, 'media', 'media', 'NOUN', 22, 'obl'), (26, 'that', 'that', 'PRON', 29, 'mark'),
    (27, 'Corvell', 'corvell', 'PROPN', 29, 'nsubj'),
    (28, 'had', 'have', 'AUX', 29, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (29, 'taught', 'teach', 'VERB', 25, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (30, 'a', 'a', 'DET', 31, 'det'), (31, 'generation', 'generation', 'NOUN', 29, 'obj'),
    (32, 'of', 'of', 'ADP', 33, 'case'), (33, 'writers', 'writer', 'NOUN', 31, 'nmod'),
    (34, '.', '.', 'PUNCT', 22, 'punct'),
])

VALDARO_HEADLINE = ('The art of taking away: Inès Valdaro and the kitchen that refuses to hurry', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'art', 'art', 'NOUN', 0, 'root'),
    (3, 'of', 'of', 'SCONJ', 4, 'mark'), (4, 'taking', 'take', 'VERB', 2, 'acl', 'Tense=Pres|VerbForm=Part'),
    (5, 'away', 'away', 'ADV', 4, 'advmod'), (6, ':', ':', 'PUNCT', 7, 'punct'),
    (7, 'Inès', 'inès', 'PROPN', 2, 'appos'), (8, 'Valdaro', 'valdaro', 'PROPN', 7, 'flat'),
    (9, 'and', 'and', 'CCONJ', 11, 'cc'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'kitchen', 'kitchen', 'NOUN', 8, 'conj'), (12, 'that', 'that', 'PRON', 13, 'nsubj'),
    (13, 'refuses', 'refuse', 'VERB', 11, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'to', 'to', 'PART', 15, 'mark'), (15, 'hurry', 'hurry', 'VERB', 13, 'xcomp', 'VerbForm=Inf'),
])

VALDARO_SAYS = ('“People think a restaurant kitchen is about speed,” Valdaro says.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'People', 'people', 'NOUN', 3, 'nsubj'),
    (3, 'think', 'think', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 6, 'det'), (5, 'restaurant', 'restaurant', 'NOUN', 6, 'compound'),
    (6, 'kitchen', 'kitchen', 'NOUN', 9, 'nsubj'),
    (7, 'is', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'about', 'about', 'ADP', 9, 'case'), (9, 'speed', 'speed', 'NOUN', 13, 'ccomp'),
    (10, ',', ',', 'PUNCT', 3, 'punct'), (11, '”', '"', 'PUNCT', 3, 'punct'),
    (12, 'Valdaro', 'valdaro', 'PROPN', 13, 'nsubj'),
    (13, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, '.', '.', 'PUNCT', 13, 'punct'),
])

VALDARO_IN_KITCHEN = ('It is eleven in the morning, and Inès Valdaro has been in her kitchen for five hours.', [
    (1, 'It', 'it', 'PRON', 3, 'nsubj'),
    (2, 'is', 'be', 'AUX', 3, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'eleven', 'eleven', 'ADJ', 0, 'root'), (4, 'in', 'in', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'morning', 'morning', 'NOUN', 3, 'obl'),
    (7, ',', ',', 'PUNCT', 15, 'punct'), (8, 'and', 'and', 'CCONJ', 15, 'cc'),
    (9, 'Inès', 'inès', 'PROPN', 10, 'nmod:desc'), (10, 'Valdaro', 'valdaro', 'PROPN', 15, 'nsubj'),
    (11, 'has', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'been', 'be', 'AUX', 15, 'cop', 'Tense=Past|VerbForm=Part'), (13, 'in', 'in', 'ADP', 15, 'case'),
    (14, 'her', 'she', 'PRON', 15, 'nmod:poss'), (15, 'kitchen', 'kitchen', 'NOUN', 3, 'conj'),
    (16, 'for', 'for', 'ADP', 18, 'case'), (17, 'five', 'five', 'NUM', 18, 'nummod'),
    (18, 'hours', 'hour', 'NOUN', 15, 'nmod'), (19, '.', '.', 'PUNCT', 3, 'punct'),
])

MARROW_MANAGER = ('It turns away some 400 booking requests a week, according to its general manager, Tomas Reyes.', [
    (1, 'It', 'it', 'PRON', 2, 'nsubj'),
    (2, 'turns', 'turn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'away', 'away', 'ADV', 2, 'advmod'), (4, 'some', 'some', 'DET', 7, 'det'),
    (5, '400', '400', 'NUM', 7, 'nummod'), (6, 'booking', 'book', 'VERB', 7, 'amod', 'VerbForm=Ger'),
    (7, 'requests', 'request', 'NOUN', 2, 'obj'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'week', 'week', 'NOUN', 7, 'nmod:unmarked'), (10, ',', ',', 'PUNCT', 15, 'punct'),
    (11, 'according', 'accord', 'VERB', 15, 'case', 'Tense=Pres|VerbForm=Part'),
    (12, 'to', 'to', 'ADP', 15, 'case'), (13, 'its', 'its', 'PRON', 15, 'nmod:poss'),
    (14, 'general', 'general', 'ADJ', 15, 'amod'), (15, 'manager', 'manager', 'NOUN', 2, 'obl'),
    (16, ',', ',', 'PUNCT', 18, 'punct'), (17, 'Tomas', 'tomas', 'PROPN', 18, 'compound'),
    (18, 'Reyes', 'reyes', 'PROPN', 15, 'appos'), (19, '.', '.', 'PUNCT', 2, 'punct'),
])

THE_CHEF_SAYS = ('The chef says she has refused three offers to open a second restaurant.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'chef', 'chef', 'NOUN', 3, 'nsubj'),
    (3, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'she', 'she', 'PRON', 6, 'nsubj'),
    (5, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'refused', 'refuse', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'three', 'three', 'NUM', 8, 'nummod'), (8, 'offers', 'offer', 'NOUN', 6, 'obj'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'open', 'open', 'VERB', 6, 'advcl', 'VerbForm=Inf'),
    (11, 'a', 'a', 'DET', 13, 'det'), (12, 'second', 'second', 'ADJ', 13, 'amod'),
    (13, 'restaurant', 'restaurant', 'NOUN', 10, 'obj'), (14, '.', '.', 'PUNCT', 3, 'punct'),
])

STREAMR_CHIEF_ADMITTED = ('The chief executive of the video app Streamr admitted on Tuesday that the company had been too slow to protect teenagers, as MPs accused it of designing its product to keep children scrolling late into the night.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'chief', 'chief', 'NOUN', 3, 'compound'),
    (3, 'executive', 'executive', 'NOUN', 9, 'nsubj'), (4, 'of', 'of', 'ADP', 8, 'case'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'video', 'video', 'NOUN', 7, 'compound'),
    (7, 'app', 'app', 'NOUN', 3, 'nmod'), (8, 'Streamr', 'streamr', 'PROPN', 3, 'nmod'),
    (9, 'admitted', 'admit', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'on', 'on', 'ADP', 11, 'case'), (11, 'Tuesday', 'tuesday', 'PROPN', 9, 'obl'),
    (12, 'that', 'that', 'SCONJ', 18, 'mark'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'company', 'company', 'NOUN', 18, 'nsubj'),
    (15, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'been', 'be', 'AUX', 18, 'cop', 'Tense=Past|VerbForm=Part'), (17, 'too', 'too', 'ADV', 18, 'advmod'),
    (18, 'slow', 'slow', 'ADJ', 9, 'ccomp'), (19, 'to', 'to', 'PART', 20, 'mark'),
    (20, 'protect', 'protect', 'VERB', 18, 'xcomp', 'VerbForm=Inf'),
    (21, 'teenagers', 'teenager', 'NOUN', 20, 'obj'), (22, ',', ',', 'PUNCT', 25, 'punct'),
    (23, 'as', 'as', 'SCONJ', 25, 'mark'), (24, 'MPs', 'mps', 'PROPN', 25, 'nsubj'),
    (25, 'accused', 'accuse', 'VERB', 18, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'it', 'it', 'PRON', 25, 'obj'), (27, 'of', 'of', 'SCONJ', 28, 'mark'),
    (28, 'designing', 'design', 'VERB', 25, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (29, 'its', 'its', 'PRON', 30, 'nmod:poss'), (30, 'product', 'product', 'NOUN', 28, 'obj'),
    (31, 'to', 'to', 'PART', 32, 'mark'), (32, 'keep', 'keep', 'VERB', 28, 'advcl', 'VerbForm=Inf'),
    (33, 'children', 'child', 'NOUN', 32, 'obj'),
    (34, 'scrolling', 'scroll', 'VERB', 32, 'xcomp', 'VerbForm=Part'),
    (35, 'late', 'late', 'ADJ', 34, 'xcomp'), (36, 'into', 'into', 'ADP', 38, 'case'),
    (37, 'the', 'the', 'DET', 38, 'det'), (38, 'night', 'night', 'NOUN', 34, 'obl'),
    (39, '.', '.', 'PUNCT', 9, 'punct'),
])

VALDES_SAID = ('Appearing before the Commons digital affairs committee, Oren Valdés said the firm had ‘made mistakes’.', [
    (1, 'Appearing', 'appear', 'VERB', 11, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'before', 'before', 'SCONJ', 7, 'mark'), (3, 'the', 'the', 'DET', 6, 'det'),
    (4, 'Commons', 'common', 'PROPN', 6, 'compound'), (5, 'digital', 'digital', 'ADJ', 6, 'amod'),
    (6, 'affairs', 'affair', 'NOUN', 7, 'nsubj'),
    (7, 'committee', 'committee', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 7, 'punct'), (9, 'Oren', 'oren', 'PROPN', 10, 'nmod:desc'),
    (10, 'Valdés', 'valdés', 'PROPN', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'firm', 'firm', 'NOUN', 14, 'nsubj'),
    (14, 'had', 'have', 'AUX', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '‘', "'", 'PUNCT', 17, 'punct'),
    (16, 'made', 'make', 'VERB', 17, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'mistakes', 'mistake', 'NOUN', 14, 'obj'), (18, '’', "'", 'PUNCT', 17, 'punct'),
    (19, '.', '.', 'PUNCT', 11, 'punct'),
])

BASCH_SAYS = ('“She was the worst commis I ever hired,” he says.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'She', 'she', 'PRON', 6, 'nsubj'),
    (3, 'was', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'worst', 'bad', 'ADJ', 6, 'amod'),
    (6, 'commis', 'commis', 'NOUN', 13, 'ccomp'), (7, 'I', 'i', 'PRON', 9, 'nsubj'),
    (8, 'ever', 'ever', 'ADV', 9, 'advmod'),
    (9, 'hired', 'hire', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (10, ',', ',', 'PUNCT', 6, 'punct'), (11, '”', '"', 'PUNCT', 6, 'punct'),
    (12, 'he', 'he', 'PRON', 13, 'nsubj'),
    (13, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, '.', '.', 'PUNCT', 13, 'punct'),
])

LUND_WHOSE_SIDE = ('"I still can\'t see what he saw," said Lund, whose side had led for almost 70 minutes.', [
    (1, '"', '"', 'PUNCT', 6, 'punct'), (2, 'I', 'i', 'PRON', 6, 'nsubj'),
    (3, 'still', 'still', 'ADV', 6, 'advmod'), (4, 'ca', 'can', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (5, "n't", 'not', 'PART', 6, 'advmod'), (6, 'see', 'see', 'VERB', 12, 'ccomp', 'VerbForm=Inf'),
    (7, 'what', 'what', 'PRON', 6, 'obj'), (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'saw', 'see', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, ',', ',', 'PUNCT', 6, 'punct'), (11, '"', '"', 'PUNCT', 6, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'Lund', 'lund', 'PROPN', 12, 'nsubj'), (14, ',', ',', 'PUNCT', 18, 'punct'),
    (15, 'whose', 'whose', 'DET', 16, 'det'), (16, 'side', 'side', 'NOUN', 18, 'nsubj'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'led', 'lead', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (19, 'for', 'for', 'ADP', 22, 'case'), (20, 'almost', 'almost', 'ADV', 21, 'advmod'),
    (21, '70', '70', 'NUM', 22, 'nummod'), (22, 'minutes', 'minute', 'NOUN', 18, 'obl'),
    (23, '.', '.', 'PUNCT', 12, 'punct'),
])

BASCH_WHOSE_RESTAURANT = ('At 19 she talked her way into the kitchen of the chef Aurelio Basch, whose restaurant Lantern trained half the chefs in the city.', [
    (1, 'At', 'at', 'ADP', 2, 'case'), (2, '19', '19', 'NUM', 4, 'obl'), (3, 'she', 'she', 'PRON', 4, 'nsubj'),
    (4, 'talked', 'talk', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'her', 'she', 'PRON', 6, 'nmod:poss'), (6, 'way', 'way', 'NOUN', 4, 'obj'),
    (7, 'into', 'into', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'kitchen', 'kitchen', 'NOUN', 4, 'obl'), (10, 'of', 'of', 'ADP', 12, 'case'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'chef', 'chef', 'NOUN', 9, 'nmod'),
    (13, 'Aurelio', 'aurelio', 'PROPN', 12, 'flat'), (14, 'Basch', 'basch', 'PROPN', 13, 'flat'),
    (15, ',', ',', 'PUNCT', 19, 'punct'), (16, 'whose', 'whose', 'DET', 17, 'det'),
    (17, 'restaurant', 'restaurant', 'NOUN', 18, 'compound'), (18, 'Lantern', 'lantern', 'PROPN', 19, 'nsubj'),
    (19, 'trained', 'train', 'VERB', 4, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'half', 'half', 'ADP', 22, 'case'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'chefs', 'chef', 'NOUN', 19, 'obl'), (23, 'in', 'in', 'ADP', 25, 'case'),
    (24, 'the', 'the', 'DET', 25, 'det'), (25, 'city', 'city', 'NOUN', 22, 'nmod'),
    (26, '.', '.', 'PUNCT', 4, 'punct'),
])

ACHTERBERG_MEASURED = ('Kestrel Bay captain Ben Achterberg was more measured.', [
    (1, 'Kestrel', 'kestrel', 'PROPN', 2, 'nmod:desc'), (2, 'Bay', 'bay', 'PROPN', 8, 'nsubj:pass'),
    (3, 'captain', 'captain', 'PROPN', 2, 'flat'), (4, 'Ben', 'ben', 'PROPN', 5, 'compound'),
    (5, 'Achterberg', 'achterberg', 'PROPN', 2, 'flat'),
    (6, 'was', 'be', 'AUX', 8, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'more', 'more', 'ADV', 8, 'advmod'),
    (8, 'measured', 'measure', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_34_YEAR_OLD_LOCK = ('The 34-year-old lock said the dressing room was "gutted".', [
    (1, 'The', 'the', 'DET', 7, 'det'), (2, '34', '34', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'compound'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'lock', 'lock', 'NOUN', 8, 'nsubj'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 11, 'det'), (10, 'dressing', 'dressing', 'NOUN', 11, 'compound'),
    (11, 'room', 'room', 'NOUN', 14, 'nsubj:pass'),
    (12, 'was', 'be', 'AUX', 14, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '"', '"', 'PUNCT', 14, 'punct'),
    (14, 'gutted', 'gutt', 'VERB', 8, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, '"', '"', 'PUNCT', 14, 'punct'), (16, '.', '.', 'PUNCT', 8, 'punct'),
])

PASCOE_RULED = ("Winger Tomasi Rehu appeared to have touched down in the 79th minute, but referee Owen Pascoe, after a four-minute check by the league's new review system, ruled that Rehu had lost control of the ball.", [
    (1, 'Winger', 'winger', 'PROPN', 4, 'nsubj'), (2, 'Tomasi', 'tomasi', 'PROPN', 4, 'nsubj'),
    (3, 'Rehu', 'rehu', 'PROPN', 2, 'flat'),
    (4, 'appeared', 'appear', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'to', 'to', 'PART', 7, 'mark'), (6, 'have', 'have', 'AUX', 7, 'aux', 'VerbForm=Inf'),
    (7, 'touched', 'touch', 'VERB', 4, 'xcomp', 'Tense=Past|VerbForm=Part'),
    (8, 'down', 'down', 'ADP', 7, 'compound:prt'), (9, 'in', 'in', 'ADP', 12, 'case'),
    (10, 'the', 'the', 'DET', 12, 'det'), (11, '79th', '79th', 'ADJ', 12, 'amod'),
    (12, 'minute', 'minute', 'NOUN', 7, 'obl'), (13, ',', ',', 'PUNCT', 15, 'punct'),
    (14, 'but', 'but', 'CCONJ', 15, 'cc'), (15, 'referee', 'referee', 'VERB', 4, 'conj', 'VerbForm=Inf'),
    (16, 'Owen', 'owen', 'PROPN', 15, 'obj'), (17, 'Pascoe', 'pascoe', 'PROPN', 16, 'flat'),
    (18, ',', ',', 'PUNCT', 24, 'punct'), (19, 'after', 'after', 'ADP', 24, 'case'),
    (20, 'a', 'a', 'DET', 24, 'det'), (21, 'four', 'four', 'NUM', 23, 'nummod'),
    (22, '-', '-', 'PUNCT', 21, 'punct'), (23, 'minute', 'minute', 'NOUN', 24, 'compound'),
    (24, 'check', 'check', 'NOUN', 15, 'obl'), (25, 'by', 'by', 'ADP', 31, 'case'),
    (26, 'the', 'the', 'DET', 27, 'det'), (27, 'league', 'league', 'NOUN', 31, 'nmod:poss'),
    (28, "'s", "'s", 'PART', 27, 'case'), (29, 'new', 'new', 'ADJ', 31, 'amod'),
    (30, 'review', 'review', 'NOUN', 31, 'compound'), (31, 'system', 'system', 'NOUN', 24, 'nmod'),
    (32, ',', ',', 'PUNCT', 33, 'punct'),
    (33, 'ruled', 'rule', 'VERB', 4, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (34, 'that', 'that', 'SCONJ', 37, 'mark'), (35, 'Rehu', 'rehu', 'PROPN', 37, 'nsubj'),
    (36, 'had', 'have', 'AUX', 37, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (37, 'lost', 'lose', 'VERB', 33, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (38, 'control', 'control', 'NOUN', 37, 'obj'), (39, 'of', 'of', 'ADP', 41, 'case'),
    (40, 'the', 'the', 'DET', 41, 'det'), (41, 'ball', 'ball', 'NOUN', 38, 'nmod'),
    (42, '.', '.', 'PUNCT', 4, 'punct'),
])

LUND_SAID = ('"I still can\'t see what he saw," said Maria Lund.', [
    (1, '"', '"', 'PUNCT', 6, 'punct'), (2, 'I', 'i', 'PRON', 6, 'nsubj'),
    (3, 'still', 'still', 'ADV', 6, 'advmod'), (4, 'ca', 'can', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (5, "n't", 'not', 'PART', 6, 'advmod'), (6, 'see', 'see', 'VERB', 12, 'ccomp', 'VerbForm=Inf'),
    (7, 'what', 'what', 'PRON', 6, 'obj'), (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'saw', 'see', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, ',', ',', 'PUNCT', 6, 'punct'), (11, '"', '"', 'PUNCT', 6, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'Maria', 'maria', 'PROPN', 12, 'nsubj'), (14, 'Lund', 'lund', 'PROPN', 13, 'flat'),
    (15, '.', '.', 'PUNCT', 12, 'punct'),
])

THE_41_YEAR_OLD_TOLD = ('The 41-year-old told reporters that her players had been "robbed in broad daylight".', [
    (1, 'The', 'the', 'DET', 8, 'det'), (2, '41', '41', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 4, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 8, 'amod'),
    (7, 'told', 'tell', 'VERB', 8, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'reporters', 'reporter', 'NOUN', 0, 'root'), (9, 'that', 'that', 'SCONJ', 15, 'mark'),
    (10, 'her', 'she', 'PRON', 11, 'nmod:poss'), (11, 'players', 'player', 'NOUN', 15, 'nsubj:pass'),
    (12, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'been', 'be', 'AUX', 15, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (14, '"', '"', 'PUNCT', 15, 'punct'),
    (15, 'robbed', 'rob', 'VERB', 8, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'in', 'in', 'ADP', 18, 'case'), (17, 'broad', 'broad', 'NOUN', 18, 'compound'),
    (18, 'daylight', 'daylight', 'NOUN', 15, 'obl'), (19, '"', '"', 'PUNCT', 15, 'punct'),
    (20, '.', '.', 'PUNCT', 2, 'punct'),
])

KESTREL_STATEMENT = ('In a statement released Saturday evening, Kestrel Bay said it was "deeply disappointed" by the officiating.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 10, 'obl'),
    (4, 'released', 'release', 'VERB', 6, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'Saturday', 'saturday', 'PROPN', 6, 'compound'), (6, 'evening', 'evening', 'NOUN', 3, 'nmod'),
    (7, ',', ',', 'PUNCT', 3, 'punct'), (8, 'Kestrel', 'kestrel', 'PROPN', 10, 'nsubj'),
    (9, 'Bay', 'bay', 'PROPN', 8, 'flat'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'it', 'it', 'PRON', 15, 'nsubj:pass'),
    (12, 'was', 'be', 'AUX', 15, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '"', '"', 'PUNCT', 15, 'punct'), (14, 'deeply', 'deeply', 'ADV', 15, 'advmod'),
    (15, 'disappointed', 'disappoint', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, '"', '"', 'PUNCT', 15, 'punct'), (17, 'by', 'by', 'ADP', 19, 'case'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'officiating', 'officiating', 'NOUN', 15, 'obl'),
    (20, '.', '.', 'PUNCT', 10, 'punct'),
])

PUBLISHER_STATEMENT = ('Her publisher, Greyfield & Lowe, said in a statement on Tuesday that she had died on Sunday night after a short illness.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'publisher', 'publisher', 'NOUN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'Greyfield', 'greyfield', 'PROPN', 2, 'conj'),
    (5, '&', '&', 'CCONJ', 6, 'cc'), (6, 'Lowe', 'lowe', 'PROPN', 4, 'conj'),
    (7, ',', ',', 'PUNCT', 4, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'in', 'in', 'ADP', 11, 'case'), (10, 'a', 'a', 'DET', 11, 'det'),
    (11, 'statement', 'statement', 'NOUN', 8, 'obl'), (12, 'on', 'on', 'ADP', 13, 'case'),
    (13, 'Tuesday', 'tuesday', 'PROPN', 11, 'nmod'), (14, 'that', 'that', 'SCONJ', 17, 'mark'),
    (15, 'she', 'she', 'PRON', 17, 'nsubj'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'died', 'die', 'VERB', 11, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (18, 'on', 'on', 'ADP', 20, 'case'), (19, 'Sunday', 'sunday', 'PROPN', 20, 'compound'),
    (20, 'night', 'night', 'NOUN', 17, 'obl'), (21, 'after', 'after', 'ADP', 24, 'case'),
    (22, 'a', 'a', 'DET', 24, 'det'), (23, 'short', 'short', 'ADJ', 24, 'amod'),
    (24, 'illness', 'illness', 'NOUN', 17, 'obl'), (25, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_STATEMENT_SAID = ('“Hanna was the rarest kind of writer,” the statement said.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'Hanna', 'hanna', 'PROPN', 6, 'nsubj'),
    (3, 'was', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'rarest', 'rarest', 'ADJ', 6, 'amod'),
    (6, 'kind', 'kind', 'NOUN', 13, 'ccomp'), (7, 'of', 'of', 'ADP', 8, 'case'),
    (8, 'writer', 'writer', 'NOUN', 6, 'nmod'), (9, ',', ',', 'PUNCT', 6, 'punct'),
    (10, '”', '"', 'PUNCT', 6, 'punct'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'statement', 'statement', 'NOUN', 13, 'nsubj'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, '.', '.', 'PUNCT', 13, 'punct'),
])

BELLAMY_PUT_IT = ('Her editor of 30 years, Ruth Bellamy, put it more simply:', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'editor', 'editor', 'NOUN', 10, 'nsubj'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, '30', '30', 'NUM', 5, 'nummod'),
    (5, 'years', 'year', 'NOUN', 2, 'nmod'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'Ruth', 'ruth', 'PROPN', 10, 'nsubj'), (8, 'Bellamy', 'bellamy', 'PROPN', 7, 'flat'),
    (9, ',', ',', 'PUNCT', 2, 'punct'), (10, 'put', 'put', 'VERB', 0, 'root', 'Mood=Imp|VerbForm=Fin'),
    (11, 'it', 'it', 'PRON', 10, 'obj'), (12, 'more', 'more', 'ADV', 10, 'advmod'),
    (13, 'simply', 'simply', 'ADV', 10, 'advmod'), (14, ':', ':', 'PUNCT', 10, 'punct'),
])

BELLAMY_QUOTE = ('“She never wrote a lazy sentence.”', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'She', 'she', 'PRON', 4, 'nsubj'),
    (3, 'never', 'never', 'ADV', 4, 'advmod'),
    (4, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'a', 'a', 'DET', 7, 'det'), (6, 'lazy', 'lazy', 'ADJ', 7, 'amod'),
    (7, 'sentence', 'sentence', 'NOUN', 4, 'obj'), (8, '.', '.', 'PUNCT', 4, 'punct'),
    (9, '”', '"', 'PUNCT', 4, 'punct'),
])

MARCHETTI_EMAIL = ('Benning’s attorney, Lisa Marchetti, said in an email to the Harlan Falls Tribune that her client “is devastated by Mr. Okonski’s death” and would plead not guilty.', [
    (1, 'Benning', 'benning', 'NOUN', 3, 'nmod:poss'), (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'attorney', 'attorney', 'NOUN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'Lisa', 'lisa', 'PROPN', 3, 'appos'), (6, 'Marchetti', 'marchetti', 'PROPN', 5, 'flat'),
    (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'in', 'in', 'ADP', 11, 'case'), (10, 'an', 'a', 'DET', 11, 'det'),
    (11, 'email', 'email', 'NOUN', 8, 'obl'), (12, 'to', 'to', 'ADP', 16, 'case'),
    (13, 'the', 'the', 'DET', 16, 'det'), (14, 'Harlan', 'harlan', 'PROPN', 16, 'compound'),
    (15, 'Falls', 'falls', 'PROPN', 16, 'compound'), (16, 'Tribune', 'tribune', 'PROPN', 11, 'nmod'),
    (17, 'that', 'that', 'SCONJ', 22, 'mark'), (18, 'her', 'she', 'PRON', 19, 'nmod:poss'),
    (19, 'client', 'client', 'NOUN', 22, 'nsubj:pass'), (20, '“', '"', 'PUNCT', 19, 'punct'),
    (21, 'is', 'be', 'AUX', 22, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (22, 'devastated', 'devastate', 'VERB', 16, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (23, 'by', 'by', 'ADP', 27, 'case'), (24, 'Mr.', 'mr.', 'PROPN', 25, 'nmod:desc'),
    (25, 'Okonski', 'okonski', 'PROPN', 27, 'nmod:poss'), (26, '’s', "'s", 'PART', 25, 'case'),
    (27, 'death', 'death', 'NOUN', 22, 'obl:agent'), (28, '”', '"', 'PUNCT', 22, 'punct'),
    (29, 'and', 'and', 'CCONJ', 31, 'cc'), (30, 'would', 'would', 'AUX', 31, 'aux', 'VerbForm=Fin'),
    (31, 'plead', 'plead', 'VERB', 22, 'conj', 'VerbForm=Inf'), (32, 'not', 'not', 'PART', 33, 'advmod'),
    (33, 'guilty', 'guilty', 'ADJ', 31, 'xcomp'), (34, '.', '.', 'PUNCT', 8, 'punct'),
])

KESSLER_WOULD_ASK = ('Pell County District Attorney Howard Kessler said his office would ask a judge Thursday to keep Benning in custody.', [
    (1, 'Pell', 'pell', 'PROPN', 4, 'compound'), (2, 'County', 'county', 'PROPN', 4, 'compound'),
    (3, 'District', 'district', 'PROPN', 4, 'nmod:desc'), (4, 'Attorney', 'attorney', 'PROPN', 7, 'nsubj'),
    (5, 'Howard', 'howard', 'PROPN', 4, 'flat'), (6, 'Kessler', 'kessler', 'PROPN', 5, 'flat'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'his', 'his', 'PRON', 9, 'nmod:poss'), (9, 'office', 'office', 'NOUN', 11, 'nsubj'),
    (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'ask', 'ask', 'VERB', 7, 'ccomp', 'VerbForm=Inf'), (12, 'a', 'a', 'DET', 13, 'det'),
    (13, 'judge', 'judge', 'NOUN', 11, 'obj'), (14, 'Thursday', 'thursday', 'PROPN', 11, 'obj'),
    (15, 'to', 'to', 'PART', 16, 'mark'), (16, 'keep', 'keep', 'VERB', 11, 'advcl', 'VerbForm=Inf'),
    (17, 'Benning', 'ben', 'VERB', 16, 'xcomp', 'VerbForm=Ger'), (18, 'in', 'in', 'ADP', 19, 'case'),
    (19, 'custody', 'custody', 'NOUN', 17, 'obl'), (20, '.', '.', 'PUNCT', 7, 'punct'),
])

BENNING_ARRESTED = ('Curtis Benning was arrested on Monday.', [
    (1, 'Curtis', 'curtis', 'PROPN', 2, 'compound'), (2, 'Benning', 'benning', 'NOUN', 4, 'nsubj:pass'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'arrested', 'arrest', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'on', 'on', 'ADP', 6, 'case'), (6, 'Monday', 'monday', 'PROPN', 4, 'obl'),
    (7, '.', '.', 'PUNCT', 4, 'punct'),
])

COMPLAINT_41_TOLD = ('According to the criminal complaint, the 41-year-old told detectives he believed he had “hit a deer or something” on his way to work.', [
    (1, 'According', 'accord', 'VERB', 5, 'case', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 5, 'case'), (3, 'the', 'the', 'DET', 5, 'det'),
    (4, 'criminal', 'criminal', 'ADJ', 5, 'amod'), (5, 'complaint', 'complaint', 'NOUN', 20, 'obl'),
    (6, ',', ',', 'PUNCT', 5, 'punct'), (7, 'the', 'the', 'DET', 14, 'det'),
    (8, '41', '41', 'NUM', 10, 'nummod'), (9, '-', '-', 'PUNCT', 8, 'punct'),
    (10, 'year', 'year', 'NOUN', 12, 'obl:unmarked'), (11, '-', '-', 'PUNCT', 10, 'punct'),
    (12, 'old', 'old', 'ADJ', 14, 'amod'),
    (13, 'told', 'tell', 'VERB', 14, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'detectives', 'detective', 'NOUN', 20, 'obj'), (15, 'he', 'he', 'PRON', 16, 'nsubj'),
    (16, 'believed', 'believe', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'he', 'he', 'PRON', 18, 'nsubj'),
    (18, 'had', 'have', 'VERB', 16, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, '“', '"', 'PUNCT', 20, 'punct'), (20, 'hit', 'hit', 'VERB', 16, 'ccomp', 'VerbForm=Inf'),
    (21, 'a', 'a', 'DET', 22, 'det'), (22, 'deer', 'deer', 'NOUN', 20, 'obj'),
    (23, 'or', 'or', 'CCONJ', 24, 'cc'), (24, 'something', 'something', 'PRON', 22, 'conj'),
    (25, '”', '"', 'PUNCT', 24, 'punct'), (26, 'on', 'on', 'ADP', 28, 'case'),
    (27, 'his', 'his', 'PRON', 28, 'nmod:poss'), (28, 'way', 'way', 'NOUN', 20, 'obl'),
    (29, 'to', 'to', 'PART', 30, 'mark'), (30, 'work', 'work', 'VERB', 28, 'acl', 'VerbForm=Inf'),
    (31, '.', '.', 'PUNCT', 16, 'punct'),
])

PERSON_CLOSE = ('A person close to the negotiations said the union’s executive would meet on Friday to consider a revised offer.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'person', 'person', 'NOUN', 7, 'nsubj'),
    (3, 'close', 'close', 'ADJ', 7, 'ccomp'), (4, 'to', 'to', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'negotiations', 'negotiation', 'NOUN', 3, 'obl'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'union', 'union', 'NOUN', 11, 'nmod:poss'),
    (10, '’s', "'s", 'PART', 9, 'case'), (11, 'executive', 'executive', 'NOUN', 13, 'nsubj'),
    (12, 'would', 'would', 'AUX', 13, 'aux', 'VerbForm=Fin'),
    (13, 'meet', 'meet', 'VERB', 7, 'ccomp', 'VerbForm=Inf'), (14, 'on', 'on', 'ADP', 15, 'case'),
    (15, 'Friday', 'friday', 'PROPN', 13, 'obl'), (16, 'to', 'to', 'PART', 17, 'mark'),
    (17, 'consider', 'consider', 'VERB', 13, 'advcl', 'VerbForm=Inf'), (18, 'a', 'a', 'DET', 20, 'det'),
    (19, 'revised', 'revise', 'VERB', 20, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'offer', 'offer', 'NOUN', 17, 'obj'), (21, '.', '.', 'PUNCT', 7, 'punct'),
])

MARSH_TOLD_AND_THAT = ('Northline’s chief executive, Helena Marsh, told reporters that the company had “moved a long way” and that the offer on the table was final.', [
    (1, 'Northline', 'northline', 'PROPN', 3, 'nmod:poss'), (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'chief', 'chief', 'NOUN', 4, 'nsubj'), (4, 'executive', 'executive', 'ADJ', 9, 'ccomp'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'Helena', 'helena', 'PROPN', 4, 'appos'),
    (7, 'Marsh', 'marsh', 'PROPN', 6, 'flat'), (8, ',', ',', 'PUNCT', 6, 'punct'),
    (9, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'reporters', 'reporter', 'NOUN', 9, 'iobj'), (11, 'that', 'that', 'SCONJ', 16, 'mark'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'company', 'company', 'NOUN', 16, 'nsubj'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '“', '"', 'PUNCT', 16, 'punct'), (16, 'moved', 'move', 'VERB', 10, 'acl', 'Tense=Past|VerbForm=Part'),
    (17, 'a', 'a', 'DET', 19, 'det'), (18, 'long', 'long', 'ADJ', 19, 'amod'),
    (19, 'way', 'way', 'NOUN', 16, 'obj'), (20, '”', '"', 'PUNCT', 16, 'punct'),
    (21, 'and', 'and', 'CCONJ', 29, 'cc'), (22, 'that', 'that', 'SCONJ', 29, 'mark'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'offer', 'offer', 'NOUN', 29, 'nsubj'),
    (25, 'on', 'on', 'ADP', 27, 'case'), (26, 'the', 'the', 'DET', 27, 'det'),
    (27, 'table', 'table', 'NOUN', 24, 'nmod'),
    (28, 'was', 'be', 'AUX', 29, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (29, 'final', 'final', 'ADJ', 9, 'ccomp'), (30, '.', '.', 'PUNCT', 9, 'punct'),
])

RENWICK_SAYING = ('Renwick also questioned the dating of the quarry rock, saying it rested on “one ash layer and a lot of optimism”.', [
    (1, 'Renwick', 'renwick', 'PROPN', 3, 'nsubj'), (2, 'also', 'also', 'ADV', 3, 'advmod'),
    (3, 'questioned', 'question', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'dating', 'dating', 'NOUN', 3, 'obj'),
    (6, 'of', 'of', 'ADP', 9, 'case'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, 'quarry', 'quarry', 'NOUN', 9, 'compound'), (9, 'rock', 'rock', 'NOUN', 5, 'nmod'),
    (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, 'saying', 'say', 'VERB', 3, 'advcl', 'Tense=Pres|VerbForm=Part'), (12, 'it', 'it', 'PRON', 11, 'obj'),
    (13, 'rested', 'rest', 'VERB', 11, 'xcomp', 'Tense=Past|VerbForm=Part'),
    (14, 'on', 'on', 'ADP', 18, 'case'), (15, '“', '"', 'PUNCT', 18, 'punct'),
    (16, 'one', 'one', 'NUM', 18, 'nummod'), (17, 'ash', 'ash', 'NOUN', 18, 'compound'),
    (18, 'layer', 'layer', 'NOUN', 13, 'obl'), (19, 'and', 'and', 'CCONJ', 21, 'cc'),
    (20, 'a', 'a', 'DET', 21, 'det'), (21, 'lot', 'lot', 'NOUN', 18, 'conj'),
    (22, 'of', 'of', 'ADP', 23, 'case'), (23, 'optimism', 'optimism', 'NOUN', 21, 'nmod'),
    (24, '”', '"', 'PUNCT', 21, 'punct'), (25, '.', '.', 'PUNCT', 3, 'punct'),
])

FERRAND_USED_TO_SAY = ('Her grandmother, Odile Ferrand, used to say that bread “knows when you are in a hurry”.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'grandmother', 'grandmother', 'NOUN', 7, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Odile', 'odile', 'PROPN', 2, 'appos'),
    (5, 'Ferrand', 'ferrand', 'PROPN', 4, 'flat'), (6, ',', ',', 'PUNCT', 2, 'punct'),
    (7, 'used', 'use', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'to', 'to', 'PART', 9, 'mark'), (9, 'say', 'say', 'VERB', 7, 'xcomp', 'VerbForm=Inf'),
    (10, 'that', 'that', 'DET', 11, 'det'), (11, 'bread', 'bread', 'NOUN', 13, 'nsubj'),
    (12, '“', '"', 'PUNCT', 13, 'punct'),
    (13, 'knows', 'know', 'VERB', 7, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'when', 'when', 'ADV', 19, 'advmod'), (15, 'you', 'you', 'PRON', 19, 'nsubj'),
    (16, 'are', 'be', 'AUX', 19, 'cop', 'Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin'),
    (17, 'in', 'in', 'ADP', 19, 'case'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'hurry', 'hurry', 'NOUN', 13, 'advcl'), (20, '”', '"', 'PUNCT', 19, 'punct'),
    (21, '.', '.', 'PUNCT', 7, 'punct'),
])

FITCH_PUT_IT_TO_HIM = ('Caroline Fitch, the MP for Ashwell Vale, put it to him that the app’s ‘autoplay’ function was ‘a slot machine in every child’s pocket’.', [
    (1, 'Caroline', 'caroline', 'PROPN', 10, 'nsubj'), (2, 'Fitch', 'fitch', 'PROPN', 10, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'MP', 'mp', 'PROPN', 1, 'appos'), (6, 'for', 'for', 'ADP', 7, 'case'),
    (7, 'Ashwell', 'ashwell', 'PROPN', 5, 'nmod'), (8, 'Vale', 'vale', 'PROPN', 5, 'nmod'),
    (9, ',', ',', 'PUNCT', 2, 'punct'), (10, 'put', 'put', 'VERB', 0, 'root', 'VerbForm=Fin'),
    (11, 'it', 'it', 'PRON', 10, 'obj'), (12, 'to', 'to', 'ADP', 13, 'case'),
    (13, 'him', 'he', 'PRON', 10, 'obl'), (14, 'that', 'that', 'SCONJ', 26, 'mark'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'app', 'app', 'NOUN', 21, 'nmod:poss'),
    (17, '’s', "'s", 'PART', 16, 'case'), (18, '‘', "'", 'PUNCT', 19, 'punct'),
    (19, 'autoplay', 'autoplay', 'ADJ', 21, 'amod'), (20, '’', "'s", 'PART', 16, 'case'),
    (21, 'function', 'function', 'NOUN', 26, 'nsubj'),
    (22, 'was', 'be', 'AUX', 26, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, '‘', "'", 'PUNCT', 26, 'punct'), (24, 'a', 'a', 'DET', 26, 'det'),
    (25, 'slot', 'slot', 'NOUN', 26, 'compound'), (26, 'machine', 'machine', 'NOUN', 10, 'advcl'),
    (27, 'in', 'in', 'ADP', 31, 'case'), (28, 'every', 'every', 'DET', 29, 'det'),
    (29, 'child', 'child', 'NOUN', 31, 'nmod:poss'), (30, '’s', "'s", 'PART', 29, 'case'),
    (31, 'pocket', 'pocket', 'NOUN', 26, 'nmod'), (32, '’', "'", 'PUNCT', 26, 'punct'),
    (33, '.', '.', 'PUNCT', 10, 'punct'),
])

GULFLINE_ACCORDING = ('More than 400,000 homes were without power, according to Gulfline Power, the state’s largest utility.', [
    (1, 'More', 'more', 'ADJ', 7, 'advmod'), (2, 'than', 'than', 'ADP', 1, 'fixed'),
    (3, '400,000', '400000', 'NUM', 4, 'nummod'), (4, 'homes', 'home', 'NOUN', 7, 'nsubj'),
    (5, 'were', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'without', 'without', 'ADP', 7, 'case'), (7, 'power', 'power', 'NOUN', 0, 'root'),
    (8, ',', ',', 'PUNCT', 18, 'punct'),
    (9, 'according', 'accord', 'VERB', 11, 'case', 'Tense=Pres|VerbForm=Part'),
    (10, 'to', 'to', 'ADP', 11, 'case'), (11, 'Gulfline', 'gulfline', 'PROPN', 7, 'obl'),
    (12, 'Power', 'power', 'PROPN', 11, 'flat'), (13, ',', ',', 'PUNCT', 18, 'punct'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'state', 'state', 'NOUN', 18, 'nmod:poss'),
    (16, '’s', "'s", 'PART', 15, 'case'), (17, 'largest', 'large', 'ADJ', 18, 'amod'),
    (18, 'utility', 'utility', 'NOUN', 7, 'conj'), (19, '.', '.', 'PUNCT', 7, 'punct'),
])

WHITLOCK_RESCUE_BOATS = ('Dana Whitlock, a spokeswoman for the Calverton Emergency Management Agency, told reporters that rescue boats had been unable to reach parts of Hollis County, where the Tamsin River had burst its banks.', [
    (1, 'Dana', 'dana', 'PROPN', 13, 'nsubj'), (2, 'Whitlock', 'whitlock', 'PROPN', 13, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'spokeswoman', 'spokeswoman', 'NOUN', 1, 'appos'), (6, 'for', 'for', 'ADP', 11, 'case'),
    (7, 'the', 'the', 'DET', 11, 'det'), (8, 'Calverton', 'calverton', 'PROPN', 11, 'compound'),
    (9, 'Emergency', 'emergency', 'PROPN', 11, 'compound'),
    (10, 'Management', 'management', 'PROPN', 11, 'compound'), (11, 'Agency', 'agency', 'PROPN', 5, 'nmod'),
    (12, ',', ',', 'PUNCT', 2, 'punct'),
    (13, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'reporters', 'reporter', 'NOUN', 13, 'iobj'), (15, 'that', 'that', 'SCONJ', 16, 'mark'),
    (16, 'rescue', 'rescue', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'boats', 'boat', 'NOUN', 20, 'nsubj'),
    (18, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'been', 'be', 'AUX', 20, 'cop', 'Tense=Past|VerbForm=Part'),
    (20, 'unable', 'unable', 'ADJ', 16, 'ccomp'), (21, 'to', 'to', 'PART', 22, 'mark'),
    (22, 'reach', 'reach', 'VERB', 20, 'xcomp', 'VerbForm=Inf'), (23, 'parts', 'part', 'NOUN', 22, 'obj'),
    (24, 'of', 'of', 'ADP', 26, 'case'), (25, 'Hollis', 'hollis', 'PROPN', 26, 'compound'),
    (26, 'County', 'county', 'PROPN', 23, 'nmod'), (27, ',', ',', 'PUNCT', 33, 'punct'),
    (28, 'where', 'where', 'ADV', 33, 'advmod'), (29, 'the', 'the', 'DET', 31, 'det'),
    (30, 'Tamsin', 'tamsin', 'PROPN', 31, 'compound'), (31, 'River', 'river', 'PROPN', 33, 'nsubj'),
    (32, 'had', 'have', 'AUX', 33, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (33, 'burst', 'burst', 'VERB', 20, 'advcl', 'Tense=Past|VerbForm=Part'),
    (34, 'its', 'its', 'PRON', 35, 'nmod:poss'), (35, 'banks', 'bank', 'NOUN', 33, 'obj'),
    (36, '.', '.', 'PUNCT', 13, 'punct'),
])

PRUETT_CREWS = ('Gulfline Chief Executive Howard Pruett said in a statement that crews were working around the clock.', [
    (1, 'Gulfline', 'gulfline', 'PROPN', 5, 'compound'), (2, 'Chief', 'chief', 'PROPN', 5, 'compound'),
    (3, 'Executive', 'executive', 'ADJ', 5, 'amod'), (4, 'Howard', 'howard', 'PROPN', 5, 'compound'),
    (5, 'Pruett', 'pruett', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'in', 'in', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'statement', 'statement', 'NOUN', 6, 'obl'), (10, 'that', 'that', 'PRON', 13, 'nsubj'),
    (11, 'crews', 'crew', 'VERB', 9, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'were', 'be', 'AUX', 13, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'working', 'work', 'VERB', 9, 'acl:relcl', 'Tense=Pres|VerbForm=Part'),
    (14, 'around', 'around', 'ADP', 16, 'case'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'clock', 'clock', 'NOUN', 13, 'obl'), (17, '.', '.', 'PUNCT', 6, 'punct'),
])

COMPANY_LEARNED = ('The company said it had “learned the lessons” of Bettina.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'company', 'company', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'it', 'it', 'PRON', 5, 'nsubj'),
    (5, 'had', 'have', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, '“', '"', 'PUNCT', 7, 'punct'),
    (7, 'learned', 'learn', 'VERB', 5, 'xcomp', 'Tense=Past|VerbForm=Part'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'lessons', 'lesson', 'NOUN', 7, 'obj'),
    (10, '”', '"', 'PUNCT', 9, 'punct'), (11, 'of', 'of', 'ADP', 12, 'case'),
    (12, 'Bettina', 'bettina', 'PROPN', 9, 'nmod'), (13, '.', '.', 'PUNCT', 3, 'punct'),
])

CENTER_SAID = ('The National Cyclone Forecast Center said the storm had weakened.', [
    (1, 'The', 'the', 'DET', 5, 'det'), (2, 'National', 'national', 'ADJ', 5, 'amod'),
    (3, 'Cyclone', 'cyclone', 'PROPN', 5, 'compound'), (4, 'Forecast', 'forecast', 'PROPN', 5, 'compound'),
    (5, 'Center', 'center', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'storm', 'storm', 'NOUN', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'weakened', 'weaken', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, '.', '.', 'PUNCT', 6, 'punct'),
])

RIVER_BURST = ('The Tamsin River burst its banks on Monday.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Tamsin', 'tamsin', 'PROPN', 3, 'compound'),
    (3, 'River', 'river', 'PROPN', 4, 'nsubj'),
    (4, 'burst', 'burst', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'its', 'its', 'PRON', 6, 'nmod:poss'), (6, 'banks', 'bank', 'NOUN', 4, 'obj'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'Monday', 'monday', 'PROPN', 4, 'obl'),
    (9, '.', '.', 'PUNCT', 4, 'punct'),
])

THE_COMPANY_SAID_DOING = ('“We are doing everything we can,” the company said.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'We', 'we', 'PRON', 4, 'nsubj'),
    (3, 'are', 'be', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'doing', 'do', 'VERB', 12, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (5, 'everything', 'everything', 'PRON', 4, 'obj'), (6, 'we', 'we', 'PRON', 7, 'nsubj'),
    (7, 'can', 'can', 'AUX', 5, 'acl:relcl', 'VerbForm=Fin'), (8, ',', ',', 'PUNCT', 4, 'punct'),
    (9, '”', '"', 'PUNCT', 4, 'punct'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'company', 'company', 'NOUN', 12, 'nsubj'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '.', '.', 'PUNCT', 12, 'punct'),
])

FOSSIL_HEADLINE = ('Tiny fossil suggests early reptiles took to the water sooner than thought', [
    (1, 'Tiny', 'tiny', 'ADJ', 2, 'amod'), (2, 'fossil', 'fossil', 'NOUN', 3, 'nsubj'),
    (3, 'suggests', 'suggest', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'early', 'early', 'ADJ', 5, 'amod'), (5, 'reptiles', 'reptile', 'NOUN', 6, 'nsubj'),
    (6, 'took', 'take', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'to', 'to', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'water', 'water', 'NOUN', 6, 'obl'), (10, 'sooner', 'soon', 'ADV', 6, 'advmod'),
    (11, 'than', 'than', 'SCONJ', 12, 'mark'),
    (12, 'thought', 'think', 'VERB', 6, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
])

QUENELL_SAID = ('The find shows that reptiles swam far earlier than we believed, Quenell said.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'find', 'find', 'NOUN', 3, 'nsubj'),
    (3, 'shows', 'show', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 6, 'mark'), (5, 'reptiles', 'reptile', 'NOUN', 6, 'nsubj'),
    (6, 'swam', 'swam', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'far', 'far', 'ADV', 6, 'advmod'), (8, 'earlier', 'early', 'ADV', 6, 'advmod'),
    (9, 'than', 'than', 'SCONJ', 11, 'mark'), (10, 'we', 'we', 'PRON', 11, 'nsubj'),
    (11, 'believed', 'believe', 'VERB', 6, 'advcl', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (12, ',', ',', 'PUNCT', 11, 'punct'), (13, 'Quenell', 'quenell', 'PROPN', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

CENTER_SAID_WARNING = ('The storm could dump up to 20 inches (51 cm) of rain on inland counties by Saturday, the center said, warning of “life-threatening” flash floods.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'storm', 'storm', 'NOUN', 4, 'nsubj'),
    (3, 'could', 'could', 'AUX', 4, 'aux', 'VerbForm=Fin'),
    (4, 'dump', 'dump', 'VERB', 0, 'root', 'VerbForm=Inf'), (5, 'up', 'up', 'ADP', 4, 'compound:prt'),
    (6, 'to', 'to', 'ADP', 8, 'case'), (7, '20', '20', 'NUM', 8, 'nummod'),
    (8, 'inches', 'inch', 'NOUN', 4, 'obl'), (9, '(', '(', 'PUNCT', 11, 'punct'),
    (10, '51', '51', 'NUM', 11, 'nummod'), (11, 'cm', 'cm', 'NOUN', 8, 'appos'),
    (12, ')', ')', 'PUNCT', 11, 'punct'), (13, 'of', 'of', 'ADP', 14, 'case'),
    (14, 'rain', 'rain', 'NOUN', 8, 'nmod'), (15, 'on', 'on', 'ADP', 17, 'case'),
    (16, 'inland', 'inland', 'ADJ', 17, 'amod'), (17, 'counties', 'county', 'NOUN', 14, 'nmod'),
    (18, 'by', 'by', 'ADP', 19, 'case'), (19, 'Saturday', 'saturday', 'PROPN', 17, 'nmod'),
    (20, ',', ',', 'PUNCT', 23, 'punct'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'center', 'center', 'NOUN', 23, 'nsubj'),
    (23, 'said', 'say', 'VERB', 4, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, ',', ',', 'PUNCT', 25, 'punct'),
    (25, 'warning', 'warning', 'VERB', 23, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (26, 'of', 'of', 'ADP', 33, 'case'), (27, '“', '"', 'PUNCT', 30, 'punct'),
    (28, 'life', 'life', 'NOUN', 30, 'compound'), (29, '-', '-', 'PUNCT', 28, 'punct'),
    (30, 'threatening', 'threaten', 'VERB', 33, 'amod', 'VerbForm=Ger'), (31, '”', '"', 'PUNCT', 30, 'punct'),
    (32, 'flash', 'flash', 'NOUN', 33, 'compound'), (33, 'floods', 'flood', 'NOUN', 25, 'obl'),
    (34, '.', '.', 'PUNCT', 4, 'punct'),
])

TENNANT_WHOSE_BOOK = ('The historian Rachel Tennant, whose book “Spoils of the Coast” first identified the figures’ origin in 2015, called the return “overdue but genuinely historic”.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'historian', 'historian', 'ADJ', 4, 'amod'),
    (3, 'Rachel', 'rachel', 'PROPN', 4, 'compound'), (4, 'Tennant', 'tennant', 'PROPN', 15, 'nsubj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'whose', 'whose', 'DET', 7, 'det'),
    (7, 'book', 'book', 'NOUN', 15, 'nsubj'), (8, '“', '"', 'PUNCT', 9, 'punct'),
    (9, 'Spoils', 'spoil', 'PROPN', 7, 'appos'), (10, 'of', 'of', 'ADP', 12, 'case'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'Coast', 'coast', 'PROPN', 9, 'nmod'),
    (13, '”', '"', 'PUNCT', 9, 'punct'), (14, 'first', 'first', 'ADV', 15, 'advmod'),
    (15, 'identified', 'identify', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'the', 'the', 'DET', 18, 'det'), (17, 'figures’', 'figures’', 'NOUN', 18, 'compound'),
    (18, 'origin', 'origin', 'NOUN', 15, 'obj'), (19, 'in', 'in', 'ADP', 20, 'case'),
    (20, '2015', '2015', 'NUM', 18, 'nmod'), (21, ',', ',', 'PUNCT', 22, 'punct'),
    (22, 'called', 'call', 'VERB', 15, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'return', 'return', 'NOUN', 22, 'obj'),
    (25, '“', '"', 'PUNCT', 26, 'punct'), (26, 'overdue', 'overdue', 'NOUN', 22, 'obj'),
    (27, 'but', 'but', 'CCONJ', 29, 'cc'), (28, 'genuinely', 'genuinely', 'ADV', 29, 'advmod'),
    (29, 'historic', 'historic', 'ADJ', 26, 'conj'), (30, '”', '"', 'PUNCT', 29, 'punct'),
    (31, '.', '.', 'PUNCT', 15, 'punct'),
])

STREAMR_WELCOMED = ('In a statement issued after the hearing, Streamr said it had ‘welcomed the opportunity’ to set out its work and would ‘continue to engage constructively’ with MPs.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 10, 'obl'),
    (4, 'issued', 'issue', 'VERB', 3, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'after', 'after', 'ADP', 7, 'case'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'hearing', 'hearing', 'NOUN', 4, 'obl'), (8, ',', ',', 'PUNCT', 3, 'punct'),
    (9, 'Streamr', 'streamr', 'PROPN', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'it', 'it', 'PRON', 12, 'nsubj'),
    (12, 'had', 'have', 'AUX', 14, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '‘', "'", 'PUNCT', 14, 'punct'),
    (14, 'welcomed', 'welcome', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'opportunity', 'opportunity', 'NOUN', 14, 'obj'),
    (17, '’', "'", 'PUNCT', 14, 'punct'), (18, 'to', 'to', 'PART', 19, 'mark'),
    (19, 'set', 'set', 'VERB', 14, 'advcl', 'VerbForm=Inf'), (20, 'out', 'out', 'ADP', 19, 'compound:prt'),
    (21, 'its', 'its', 'PRON', 22, 'nmod:poss'), (22, 'work', 'work', 'NOUN', 19, 'obj'),
    (23, 'and', 'and', 'CCONJ', 26, 'cc'), (24, 'would', 'would', 'AUX', 26, 'aux', 'VerbForm=Fin'),
    (25, '‘', "'", 'PART', 26, 'advmod'), (26, 'continue', 'continue', 'VERB', 10, 'conj', 'VerbForm=Inf'),
    (27, 'to', 'to', 'PART', 28, 'mark'), (28, 'engage', 'engage', 'VERB', 26, 'xcomp', 'VerbForm=Inf'),
    (29, 'constructively', 'constructively', 'ADV', 28, 'advmod'), (30, '’', "'", 'PUNCT', 32, 'punct'),
    (31, 'with', 'with', 'ADP', 32, 'case'), (32, 'MPs', 'mps', 'PROPN', 28, 'obl'),
    (33, '.', '.', 'PUNCT', 10, 'punct'),
])

MENON_WHICH_SHE_SAID = ('She estimated that a settlement near 7.5 per cent would add about £25mn to annual costs, which she said the company “can comfortably absorb”.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'estimated', 'estimate', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 11, 'mark'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'settlement', 'settlement', 'NOUN', 11, 'nsubj'), (6, 'near', 'near', 'ADP', 9, 'case'),
    (7, '7.5', '7.5', 'NUM', 5, 'nmod'), (8, 'per', 'per', 'ADP', 9, 'case'),
    (9, 'cent', 'cent', 'NOUN', 5, 'nmod'), (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'add', 'add', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (12, 'about', 'about', 'ADV', 13, 'advmod'),
    (13, '£', '£', 'SYM', 11, 'obj'), (14, '25mn', '25mn', 'NUM', 13, 'nummod'),
    (15, 'to', 'to', 'ADP', 17, 'case'), (16, 'annual', 'annual', 'ADJ', 17, 'amod'),
    (17, 'costs', 'cost', 'NOUN', 11, 'obl'), (18, ',', ',', 'PUNCT', 21, 'punct'),
    (19, 'which', 'which', 'PRON', 21, 'obj'), (20, 'she', 'she', 'PRON', 21, 'nsubj'),
    (21, 'said', 'say', 'VERB', 17, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'the', 'the', 'DET', 23, 'det'), (23, 'company', 'company', 'NOUN', 21, 'obj'),
    (24, '“', '"', 'PUNCT', 21, 'punct'), (25, 'can', 'can', 'AUX', 27, 'aux', 'VerbForm=Fin'),
    (26, 'comfortably', 'comfortably', 'ADV', 27, 'advmod'),
    (27, 'absorb', 'absorb', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (28, '”', '"', 'PUNCT', 27, 'punct'),
    (29, '.', '.', 'PUNCT', 2, 'punct'),
])

ROWBOTHAM_LIKELY = ('She told reporters that the committee would publish its report in the summer and was likely to recommend a ban on autoplay for under-16s.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'reporters', 'reporter', 'NOUN', 2, 'iobj'), (4, 'that', 'that', 'SCONJ', 8, 'mark'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'committee', 'committee', 'NOUN', 8, 'nsubj'),
    (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'publish', 'publish', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (9, 'its', 'its', 'PRON', 10, 'nmod:poss'),
    (10, 'report', 'report', 'NOUN', 8, 'obj'), (11, 'in', 'in', 'ADP', 13, 'case'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'summer', 'summer', 'NOUN', 8, 'obl'),
    (14, 'and', 'and', 'CCONJ', 16, 'cc'),
    (15, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'likely', 'likely', 'ADJ', 2, 'conj'), (17, 'to', 'to', 'PART', 18, 'mark'),
    (18, 'recommend', 'recommend', 'VERB', 16, 'xcomp', 'VerbForm=Inf'), (19, 'a', 'a', 'DET', 20, 'det'),
    (20, 'ban', 'ban', 'NOUN', 18, 'obj'), (21, 'on', 'on', 'ADP', 22, 'case'),
    (22, 'autoplay', 'autoplay', 'ADJ', 18, 'obl'), (23, 'for', 'for', 'ADP', 26, 'case'),
    (24, 'under', 'under', 'ADP', 26, 'case'), (25, '-', '-', 'PUNCT', 24, 'punct'),
    (26, '16s', '16', 'NOUN', 18, 'obl'), (27, '.', '.', 'PUNCT', 2, 'punct'),
])

ARO_DEMANDED = ('The Association of Rail Operatives has demanded a 9 per cent rise over two years.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'Association', 'association', 'NOUN', 7, 'nsubj'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, 'Rail', 'rail', 'PROPN', 5, 'compound'),
    (5, 'Operatives', 'operatives', 'PROPN', 2, 'nmod'),
    (6, 'has', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'demanded', 'demand', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (8, 'a', 'a', 'DET', 12, 'det'),
    (9, '9', '9', 'NUM', 12, 'nummod'), (10, 'per', 'per', 'ADP', 12, 'case'),
    (11, 'cent', 'cent', 'NOUN', 12, 'compound'), (12, 'rise', 'rise', 'NOUN', 7, 'obj'),
    (13, 'over', 'over', 'ADP', 15, 'case'), (14, 'two', 'two', 'NUM', 15, 'nummod'),
    (15, 'years', 'year', 'NOUN', 7, 'obl'), (16, '.', '.', 'PUNCT', 7, 'punct'),
])

UNION_CALLS = ('Northline has offered 6.5 per cent, tied to rostering changes that the union calls “flexibility by the back door”.', [
    (1, 'Northline', 'northline', 'PROPN', 3, 'nsubj'),
    (2, 'has', 'have', 'AUX', 3, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'offered', 'offer', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (4, '6.5', '6.5', 'NUM', 6, 'nummod'), (5, 'per', 'per', 'ADP', 6, 'case'),
    (6, 'cent', 'cent', 'NOUN', 3, 'obl'), (7, ',', ',', 'PUNCT', 8, 'punct'),
    (8, 'tied', 'tie', 'VERB', 3, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'to', 'to', 'SCONJ', 11, 'case'), (10, 'rostering', 'roster', 'VERB', 11, 'amod', 'VerbForm=Ger'),
    (11, 'changes', 'change', 'NOUN', 8, 'obl'), (12, 'that', 'that', 'SCONJ', 15, 'mark'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'union', 'union', 'NOUN', 15, 'nsubj'),
    (15, 'calls', 'call', 'VERB', 11, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, '“', '"', 'PUNCT', 17, 'punct'), (17, 'flexibility', 'flexibility', 'NOUN', 15, 'obj'),
    (18, 'by', 'by', 'ADP', 21, 'case'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'back', 'back', 'ADJ', 21, 'amod'), (21, 'door', 'door', 'NOUN', 17, 'nmod'),
    (22, '”', '"', 'PUNCT', 15, 'punct'), (23, '.', '.', 'PUNCT', 3, 'punct'),
])

MEMO_WARNED = ('That plan came under fresh scrutiny this week after a memo to Northline’s board, seen by the Financial Ledger, warned that a prolonged dispute could cost the company “up to £40mn a week in lost fares and compensation”.', [
    (1, 'That', 'that', 'DET', 2, 'det'), (2, 'plan', 'plan', 'NOUN', 3, 'nsubj'),
    (3, 'came', 'come', 'VERB', 23, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'under', 'under', 'ADP', 6, 'case'), (5, 'fresh', 'fresh', 'ADJ', 6, 'amod'),
    (6, 'scrutiny', 'scrutiny', 'NOUN', 3, 'obl'), (7, 'this', 'this', 'DET', 8, 'det'),
    (8, 'week', 'week', 'NOUN', 3, 'obl:unmarked'), (9, 'after', 'after', 'ADP', 11, 'case'),
    (10, 'a', 'a', 'DET', 11, 'det'), (11, 'memo', 'memo', 'NOUN', 3, 'obl'),
    (12, 'to', 'to', 'ADP', 15, 'case'), (13, 'Northline', 'northline', 'PROPN', 15, 'nmod:poss'),
    (14, '’s', "'s", 'PART', 13, 'case'), (15, 'board', 'board', 'NOUN', 11, 'nmod'),
    (16, ',', ',', 'PUNCT', 17, 'punct'),
    (17, 'seen', 'see', 'VERB', 11, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'by', 'by', 'ADP', 21, 'case'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'Financial', 'financial', 'ADJ', 21, 'amod'), (21, 'Ledger', 'ledger', 'PROPN', 17, 'obl:agent'),
    (22, ',', ',', 'PUNCT', 23, 'punct'),
    (23, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'that', 'that', 'SCONJ', 29, 'mark'), (25, 'a', 'a', 'DET', 27, 'det'),
    (26, 'prolonged', 'prolong', 'VERB', 27, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (27, 'dispute', 'dispute', 'NOUN', 29, 'nsubj'), (28, 'could', 'could', 'AUX', 29, 'aux', 'VerbForm=Fin'),
    (29, 'cost', 'cost', 'VERB', 23, 'ccomp', 'VerbForm=Inf'), (30, 'the', 'the', 'DET', 31, 'det'),
    (31, 'company', 'company', 'NOUN', 29, 'obj'), (32, '“', '"', 'PUNCT', 33, 'punct'),
    (33, 'up', 'up', 'ADP', 29, 'obj'), (34, 'to', 'to', 'ADP', 35, 'case'),
    (35, '£40', '£40', 'PROPN', 29, 'obl'), (36, 'mn', 'mn', 'ADP', 38, 'case'),
    (37, 'a', 'a', 'DET', 38, 'det'), (38, 'week', 'week', 'NOUN', 29, 'obl'),
    (39, 'in', 'in', 'ADP', 41, 'case'),
    (40, 'lost', 'lose', 'VERB', 41, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (41, 'fares', 'fare', 'NOUN', 38, 'nmod'), (42, 'and', 'and', 'CCONJ', 43, 'cc'),
    (43, 'compensation', 'compensation', 'NOUN', 41, 'conj'), (44, '”', '"', 'PUNCT', 29, 'punct'),
    (45, '.', '.', 'PUNCT', 23, 'punct'),
])

MAN_CHARGED = ('A 41-year-old man has been charged in the death of a school crossing guard, Police Chief Renata Oduya told reporters Monday.', [
    (1, 'A', 'a', 'DET', 7, 'det'), (2, '41', '41', 'NUM', 4, 'nummod'), (3, '-', '-', 'PUNCT', 4, 'punct'),
    (4, 'year', 'year', 'NOUN', 6, 'compound'), (5, '-', '-', 'PUNCT', 4, 'punct'),
    (6, 'old', 'old', 'ADJ', 7, 'amod'), (7, 'man', 'man', 'NOUN', 10, 'nsubj:pass'),
    (8, 'has', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'been', 'be', 'AUX', 10, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (10, 'charged', 'charge', 'VERB', 24, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'in', 'in', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'death', 'death', 'NOUN', 10, 'obl'), (14, 'of', 'of', 'ADP', 18, 'case'),
    (15, 'a', 'a', 'DET', 18, 'det'), (16, 'school', 'school', 'NOUN', 18, 'compound'),
    (17, 'crossing', 'crossing', 'NOUN', 18, 'compound'), (18, 'guard', 'guard', 'NOUN', 13, 'nmod'),
    (19, ',', ',', 'PUNCT', 10, 'punct'), (20, 'Police', 'police', 'PROPN', 24, 'nsubj'),
    (21, 'Chief', 'chief', 'PROPN', 20, 'flat'), (22, 'Renata', 'renata', 'PROPN', 21, 'flat'),
    (23, 'Oduya', 'oduya', 'PROPN', 22, 'flat'),
    (24, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'reporters', 'reporter', 'NOUN', 24, 'iobj'), (26, 'Monday', 'monday', 'PROPN', 24, 'iobj'),
    (27, '.', '.', 'PUNCT', 24, 'punct'),
])

BENNING_ARRESTED_SATURDAY = ('Curtis Benning was arrested Saturday in neighboring Dorrance Township.', [
    (1, 'Curtis', 'curtis', 'PROPN', 2, 'compound'), (2, 'Benning', 'benning', 'NOUN', 4, 'nsubj:pass'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'arrested', 'arrest', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'Saturday', 'saturday', 'PROPN', 4, 'obj'), (6, 'in', 'in', 'SCONJ', 7, 'mark'),
    (7, 'neighboring', 'neighbor', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (8, 'Dorrance', 'dorrance', 'PROPN', 7, 'obj'), (9, 'Township', 'township', 'PROPN', 7, 'obj'),
    (10, '.', '.', 'PUNCT', 4, 'punct'),
])

THE_41_YEAR_OLD_TOLD_DETECTIVES = ('The 41-year-old told detectives he believed he had hit a deer.', [
    (1, 'The', 'the', 'DET', 8, 'det'), (2, '41', '41', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 8, 'amod'),
    (7, 'told', 'tell', 'VERB', 8, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'detectives', 'detective', 'NOUN', 0, 'root'), (9, 'he', 'he', 'PRON', 10, 'nsubj'),
    (10, 'believed', 'believe', 'VERB', 8, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'he', 'he', 'PRON', 13, 'nsubj'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'hit', 'hit', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'), (14, 'a', 'a', 'DET', 15, 'det'),
    (15, 'deer', 'deer', 'NOUN', 13, 'obj'), (16, '.', '.', 'PUNCT', 10, 'punct'),
])

MERCHANTS_STATEMENT = ('The Downtown Brennick Merchants Association said in a statement that it was “deeply disappointed” and would press for an exemption for delivery vans.', [
    (1, 'The', 'the', 'DET', 5, 'det'), (2, 'Downtown', 'downtown', 'ADJ', 5, 'amod'),
    (3, 'Brennick', 'brennick', 'PROPN', 5, 'compound'), (4, 'Merchants', 'merchant', 'PROPN', 5, 'compound'),
    (5, 'Association', 'association', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'in', 'in', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'statement', 'statement', 'NOUN', 6, 'obl'), (10, 'that', 'that', 'SCONJ', 15, 'mark'),
    (11, 'it', 'it', 'PRON', 15, 'nsubj:pass'),
    (12, 'was', 'be', 'AUX', 15, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '“', '"', 'PUNCT', 15, 'punct'), (14, 'deeply', 'deeply', 'ADV', 15, 'advmod'),
    (15, 'disappointed', 'disappoint', 'VERB', 9, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, '”', '"', 'PUNCT', 15, 'punct'), (17, 'and', 'and', 'CCONJ', 19, 'cc'),
    (18, 'would', 'would', 'AUX', 19, 'aux', 'VerbForm=Fin'),
    (19, 'press', 'press', 'VERB', 6, 'conj', 'VerbForm=Inf'), (20, 'for', 'for', 'ADP', 22, 'case'),
    (21, 'an', 'a', 'DET', 22, 'det'), (22, 'exemption', 'exemption', 'NOUN', 19, 'obl'),
    (23, 'for', 'for', 'ADP', 25, 'case'), (24, 'delivery', 'delivery', 'NOUN', 25, 'compound'),
    (25, 'vans', 'van', 'NOUN', 22, 'nmod'), (26, '.', '.', 'PUNCT', 6, 'punct'),
])

DEFICIT_AND_THAT = ('He said the deficit would fall to 2.9 percent of output next year and that spending on health and defence would be protected.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'deficit', 'deficit', 'NOUN', 6, 'nsubj'),
    (5, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (6, 'fall', 'fall', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (7, 'to', 'to', 'ADP', 9, 'case'),
    (8, '2.9', '2.9', 'NUM', 9, 'nummod'), (9, 'percent', 'percent', 'NOUN', 6, 'obl'),
    (10, 'of', 'of', 'ADP', 11, 'case'), (11, 'output', 'output', 'NOUN', 9, 'nmod'),
    (12, 'next', 'next', 'ADJ', 13, 'amod'), (13, 'year', 'year', 'NOUN', 9, 'nmod'),
    (14, 'and', 'and', 'CCONJ', 16, 'cc'), (15, 'that', 'that', 'DET', 16, 'det'),
    (16, 'spending', 'spend', 'VERB', 23, 'nsubj:pass', 'Tense=Pres|VerbForm=Part'),
    (17, 'on', 'on', 'ADP', 18, 'case'), (18, 'health', 'health', 'NOUN', 16, 'obl'),
    (19, 'and', 'and', 'CCONJ', 20, 'cc'), (20, 'defence', 'defence', 'NOUN', 18, 'conj'),
    (21, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (22, 'be', 'be', 'AUX', 23, 'aux:pass', 'VerbForm=Inf'),
    (23, 'protected', 'protect', 'VERB', 2, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, '.', '.', 'PUNCT', 2, 'punct'),
])

RUDDOCK_ASKED = ('Gareth Ruddock, the committee’s longest-serving member, asked how many moderators the company employed in Britain.', [
    (1, 'Gareth', 'gareth', 'PROPN', 12, 'nsubj'), (2, 'Ruddock', 'ruddock', 'PROPN', 12, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'committee', 'committee', 'NOUN', 10, 'nmod:poss'), (6, '’s', "'s", 'PART', 5, 'case'),
    (7, 'longest', 'long', 'ADJ', 9, 'amod'), (8, '-', '-', 'PUNCT', 7, 'punct'),
    (9, 'serving', 'serve', 'VERB', 10, 'amod', 'VerbForm=Ger'), (10, 'member', 'member', 'NOUN', 1, 'appos'),
    (11, ',', ',', 'PUNCT', 1, 'punct'),
    (12, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'how', 'how', 'ADV', 18, 'advmod'), (14, 'many', 'many', 'ADJ', 15, 'amod'),
    (15, 'moderators', 'moderator', 'NOUN', 18, 'nsubj'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'company', 'company', 'NOUN', 18, 'nsubj'),
    (18, 'employed', 'employ', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'in', 'in', 'ADP', 20, 'case'), (20, 'Britain', 'britain', 'PROPN', 18, 'obl'),
    (21, '.', '.', 'PUNCT', 12, 'punct'),
])

HERRERA_SAID = ('Tomas Herrera said he could not afford his prescription.', [
    (1, 'Tomas', 'tomas', 'PROPN', 3, 'nsubj'), (2, 'Herrera', 'herrera', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'he', 'he', 'PRON', 7, 'nsubj'), (5, 'could', 'could', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (6, 'not', 'not', 'PART', 7, 'advmod'), (7, 'afford', 'afford', 'VERB', 3, 'ccomp', 'VerbForm=Inf'),
    (8, 'his', 'his', 'PRON', 9, 'nmod:poss'), (9, 'prescription', 'prescription', 'NOUN', 7, 'obj'),
    (10, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_29_YEAR_OLD_ADMITTED = ('The 29-year-old admitted he had once stretched a single vial across six weeks.', [
    (1, 'The', 'the', 'DET', 7, 'det'), (2, '29', '29', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'admitted', 'admit', 'VERB', 11, 'advcl', 'Tense=Past|VerbForm=Part'),
    (8, 'he', 'he', 'PRON', 11, 'nsubj'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'once', 'once', 'ADV', 11, 'advmod'),
    (11, 'stretched', 'stretch', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (12, 'a', 'a', 'DET', 14, 'det'), (13, 'single', 'single', 'ADJ', 14, 'amod'),
    (14, 'vial', 'vial', 'NOUN', 11, 'obj'), (15, 'across', 'across', 'ADP', 17, 'case'),
    (16, 'six', 'six', 'NUM', 17, 'nummod'), (17, 'weeks', 'week', 'NOUN', 11, 'obl'),
    (18, '.', '.', 'PUNCT', 11, 'punct'),
])

OFFICIAL_ADMITTED_MARGIN = ('A senior union official, who asked not to be named, admitted the margin was narrower than the leadership had hoped.', [
    (1, 'A', 'a', 'DET', 4, 'det'), (2, 'senior', 'senior', 'ADJ', 4, 'amod'),
    (3, 'union', 'union', 'NOUN', 4, 'compound'), (4, 'official', 'official', 'NOUN', 17, 'nsubj'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'who', 'who', 'PRON', 7, 'nsubj'),
    (7, 'asked', 'ask', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'not', 'not', 'PART', 11, 'advmod'), (9, 'to', 'to', 'PART', 11, 'mark'),
    (10, 'be', 'be', 'AUX', 11, 'aux:pass', 'VerbForm=Inf'),
    (11, 'named', 'name', 'VERB', 7, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, ',', ',', 'PUNCT', 7, 'punct'),
    (13, 'admitted', 'admit', 'VERB', 17, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'margin', 'margin', 'NOUN', 17, 'nsubj'),
    (16, 'was', 'be', 'AUX', 17, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'narrower', 'narrower', 'ADJ', 0, 'root'), (18, 'than', 'than', 'SCONJ', 22, 'mark'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'leadership', 'leadership', 'NOUN', 22, 'nsubj'),
    (21, 'had', 'have', 'AUX', 22, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'hoped', 'hope', 'VERB', 17, 'advcl', 'Tense=Past|VerbForm=Part'),
    (23, '.', '.', 'PUNCT', 17, 'punct'),
])

WHEN_SENTINEL_PUBLISHED = ('When the Sentinel first published its findings, Whitford dismissed them as “a hit job by people who never voted for me.”', [
    (1, 'When', 'when', 'ADV', 5, 'advmod'), (2, 'the', 'the', 'DET', 3, 'det'),
    (3, 'Sentinel', 'sentinel', 'PROPN', 5, 'nsubj'), (4, 'first', 'first', 'ADV', 5, 'advmod'),
    (5, 'published', 'publish', 'VERB', 10, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'its', 'its', 'PRON', 7, 'nmod:poss'), (7, 'findings', 'finding', 'NOUN', 5, 'obj'),
    (8, ',', ',', 'PUNCT', 5, 'punct'), (9, 'Whitford', 'whitford', 'PROPN', 10, 'nsubj'),
    (10, 'dismissed', 'dismiss', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'them', 'they', 'PRON', 10, 'obj'), (12, 'as', 'as', 'ADP', 16, 'case'),
    (13, '“', '"', 'PUNCT', 16, 'punct'), (14, 'a', 'a', 'DET', 16, 'det'),
    (15, 'hit', 'hit', 'NOUN', 16, 'compound'), (16, 'job', 'job', 'NOUN', 10, 'obl'),
    (17, 'by', 'by', 'ADP', 18, 'case'), (18, 'people', 'people', 'NOUN', 16, 'nmod'),
    (19, 'who', 'who', 'PRON', 21, 'nsubj'), (20, 'never', 'never', 'ADV', 21, 'advmod'),
    (21, 'voted', 'vote', 'VERB', 18, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'for', 'for', 'ADP', 23, 'case'), (23, 'me', 'i', 'PRON', 21, 'obl'),
    (24, '.', '.', 'PUNCT', 10, 'punct'), (25, '”', '"', 'PUNCT', 10, 'punct'),
])

PRUITT_SCHOOLTEACHER = ('“I have lived on Carver Street for 41 years,” said Odessa Pruitt, a retired schoolteacher.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'lived', 'live', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'), (5, 'on', 'on', 'ADP', 7, 'case'),
    (6, 'Carver', 'carver', 'PROPN', 7, 'compound'), (7, 'Street', 'street', 'PROPN', 4, 'obl'),
    (8, 'for', 'for', 'ADP', 10, 'case'), (9, '41', '41', 'NUM', 10, 'nummod'),
    (10, 'years', 'year', 'NOUN', 4, 'obl'), (11, ',', ',', 'PUNCT', 4, 'punct'),
    (12, '”', '"', 'PUNCT', 4, 'punct'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'Odessa', 'odessa', 'PROPN', 13, 'nsubj'), (15, 'Pruitt', 'pruitt', 'PROPN', 14, 'flat'),
    (16, ',', ',', 'PUNCT', 19, 'punct'), (17, 'a', 'a', 'DET', 19, 'det'),
    (18, 'retired', 'retire', 'VERB', 19, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (19, 'schoolteacher', 'schoolteacher', 'NOUN', 13, 'nsubj'), (20, '.', '.', 'PUNCT', 13, 'punct'),
])

OFFICIAL_WHO_ASKED_SAID = ('But a senior official who asked not to be named said the government was reluctant to let foreign rescue teams into the border region for political reasons.', [
    (1, 'But', 'but', 'CCONJ', 15, 'cc'), (2, 'a', 'a', 'DET', 4, 'det'),
    (3, 'senior', 'senior', 'ADJ', 4, 'amod'), (4, 'official', 'official', 'NOUN', 15, 'nsubj'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'asked', 'ask', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'not', 'not', 'PART', 10, 'advmod'), (8, 'to', 'to', 'PART', 10, 'mark'),
    (9, 'be', 'be', 'AUX', 10, 'aux:pass', 'VerbForm=Inf'),
    (10, 'named', 'name', 'VERB', 6, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'said', 'say', 'VERB', 10, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'government', 'government', 'NOUN', 15, 'nsubj'),
    (14, 'was', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'reluctant', 'reluctant', 'ADJ', 0, 'root'), (16, 'to', 'to', 'PART', 17, 'mark'),
    (17, 'let', 'let', 'VERB', 15, 'xcomp', 'VerbForm=Inf'), (18, 'foreign', 'foreign', 'ADJ', 20, 'amod'),
    (19, 'rescue', 'rescue', 'NOUN', 20, 'compound'), (20, 'teams', 'team', 'NOUN', 17, 'obj'),
    (21, 'into', 'into', 'ADP', 24, 'case'), (22, 'the', 'the', 'DET', 24, 'det'),
    (23, 'border', 'border', 'NOUN', 24, 'compound'), (24, 'region', 'region', 'NOUN', 17, 'obl'),
    (25, 'for', 'for', 'ADP', 27, 'case'), (26, 'political', 'political', 'ADJ', 27, 'amod'),
    (27, 'reasons', 'reason', 'NOUN', 24, 'nmod'), (28, '.', '.', 'PUNCT', 15, 'punct'),
])

LINDQVIST_SAID = ('The Herons’ head coach, Rosa Lindqvist, said he had earned the right to leave on his own terms.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'Herons', 'herons', 'PROPN', 5, 'nmod:poss'),
    (3, '’', "'s", 'PART', 2, 'case'), (4, 'head', 'head', 'NOUN', 5, 'compound'),
    (5, 'coach', 'coach', 'NOUN', 10, 'nsubj'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'Rosa', 'rosa', 'PROPN', 8, 'compound'), (8, 'Lindqvist', 'lindqvist', 'PROPN', 5, 'appos'),
    (9, ',', ',', 'PUNCT', 5, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'he', 'he', 'PRON', 13, 'nsubj'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'earned', 'earn', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'right', 'right', 'NOUN', 13, 'obj'),
    (16, 'to', 'to', 'PART', 17, 'mark'), (17, 'leave', 'leave', 'VERB', 13, 'advcl', 'VerbForm=Inf'),
    (18, 'on', 'on', 'ADP', 21, 'case'), (19, 'his', 'his', 'PRON', 21, 'nmod:poss'),
    (20, 'own', 'own', 'ADJ', 21, 'amod'), (21, 'terms', 'term', 'NOUN', 17, 'obl'),
    (22, '.', '.', 'PUNCT', 10, 'punct'),
])

RIVAL_COACH_ARGUES = ('One rival coach, speaking on condition of anonymity, argues that the Herons should have moved on from Marwick two years ago.', [
    (1, 'One', 'one', 'NUM', 3, 'nummod'), (2, 'rival', 'rival', 'NOUN', 3, 'compound'),
    (3, 'coach', 'coach', 'NOUN', 0, 'root'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'speaking', 'speak', 'VERB', 3, 'acl', 'Tense=Pres|VerbForm=Part'), (6, 'on', 'on', 'ADP', 7, 'case'),
    (7, 'condition', 'condition', 'NOUN', 5, 'obl'), (8, 'of', 'of', 'ADP', 9, 'case'),
    (9, 'anonymity', 'anonymity', 'NOUN', 7, 'nmod'), (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, 'argues', 'argue', 'NOUN', 7, 'conj'), (12, 'that', 'that', 'SCONJ', 17, 'mark'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'Herons', 'herons', 'PROPN', 17, 'nsubj'),
    (15, 'should', 'should', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (16, 'have', 'have', 'AUX', 17, 'aux', 'VerbForm=Inf'),
    (17, 'moved', 'move', 'VERB', 11, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (18, 'on', 'on', 'ADP', 17, 'compound:prt'), (19, 'from', 'from', 'ADP', 22, 'case'),
    (20, 'Marwick', 'marwick', 'PROPN', 22, 'compound'), (21, 'two', 'two', 'NUM', 22, 'nummod'),
    (22, 'years', 'year', 'NOUN', 17, 'obl'), (23, 'ago', 'ago', 'ADV', 17, 'advmod'),
    (24, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_COACH_SAYS = ('“He is a great player,” the coach says.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'He', 'he', 'PRON', 6, 'nsubj'),
    (3, 'is', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 6, 'det'), (5, 'great', 'great', 'ADJ', 6, 'amod'),
    (6, 'player', 'player', 'NOUN', 11, 'ccomp'), (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, '”', '"', 'PUNCT', 6, 'punct'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'coach', 'coach', 'NOUN', 11, 'nsubj'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

PAINTINGS_STOLEN = ('Three oil paintings, including a celebrated Victorian harbour scene, were stolen from Harrowden Art Gallery in the early hours of Sunday, police said.', [
    (1, 'Three', 'three', 'NUM', 3, 'nummod'), (2, 'oil', 'oil', 'NOUN', 3, 'compound'),
    (3, 'paintings', 'painting', 'NOUN', 26, 'ccomp'), (4, ',', ',', 'PUNCT', 10, 'punct'),
    (5, 'including', 'include', 'VERB', 10, 'case', 'Tense=Pres|VerbForm=Part'),
    (6, 'a', 'a', 'DET', 10, 'det'),
    (7, 'celebrated', 'celebrate', 'VERB', 10, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'Victorian', 'victorian', 'PROPN', 10, 'compound'), (9, 'harbour', 'harbour', 'NOUN', 10, 'compound'),
    (10, 'scene', 'scene', 'NOUN', 3, 'nmod'), (11, ',', ',', 'PUNCT', 3, 'punct'),
    (12, 'were', 'be', 'AUX', 13, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'stolen', 'steal', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'from', 'from', 'ADP', 15, 'case'), (15, 'Harrowden', 'harrowden', 'PROPN', 16, 'compound'),
    (16, 'Art', 'art', 'PROPN', 17, 'compound'), (17, 'Gallery', 'gallery', 'PROPN', 13, 'obl:agent'),
    (18, 'in', 'in', 'ADP', 21, 'case'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'early', 'early', 'ADJ', 21, 'amod'), (21, 'hours', 'hour', 'NOUN', 13, 'obl'),
    (22, 'of', 'of', 'ADP', 23, 'case'), (23, 'Sunday', 'sunday', 'PROPN', 21, 'nmod'),
    (24, ',', ',', 'PUNCT', 25, 'punct'), (25, 'police', 'police', 'NOUN', 26, 'nsubj'),
    (26, 'said', 'say', 'VERB', 13, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, '.', '.', 'PUNCT', 26, 'punct'),
])


# "Carys Harrow" split into an apposition and a conjunct, as the parser hangs them
PRYCE_SON_REMEMBERS = ('Her son, Owen Pryce, a carpenter in Ludlow, remembers the early gigs.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'son', 'son', 'NOUN', 12, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'Owen', 'owen', 'PROPN', 2, 'conj'),
    (5, 'Pryce', 'pryce', 'PROPN', 2, 'appos'), (6, ',', ',', 'PUNCT', 8, 'punct'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'carpenter', 'carpenter', 'NOUN', 2, 'conj'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, 'Ludlow', 'ludlow', 'PROPN', 8, 'nmod'),
    (11, ',', ',', 'PUNCT', 2, 'punct'),
    (12, 'remembers', 'remember', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 15, 'det'), (14, 'early', 'early', 'ADJ', 15, 'amod'),
    (15, 'gigs', 'gig', 'NOUN', 12, 'obj'), (16, '.', '.', 'PUNCT', 12, 'punct'),
])

OWEN_SAYS = ('Owen says she practised every night.', [
    (1, 'Owen', 'owen', 'PROPN', 2, 'nsubj'),
    (2, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'she', 'she', 'PRON', 4, 'nsubj'),
    (4, 'practised', 'practise', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'every', 'every', 'DET', 6, 'det'), (6, 'night', 'night', 'NOUN', 4, 'obj'),
    (7, '.', '.', 'PUNCT', 2, 'punct'),
])

# the given name tagged as a common noun
OWEN_NOUN_SAYS = ('Owen says the band was never louder.', [
    (1, 'Owen', 'owen', 'NOUN', 2, 'nsubj'),
    (2, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'band', 'band', 'NOUN', 7, 'nsubj'),
    (5, 'was', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'never', 'never', 'ADV', 7, 'advmod'), (7, 'louder', 'louder', 'ADJ', 2, 'ccomp'),
    (8, '.', '.', 'PUNCT', 2, 'punct'),
])

DOYLE_DRUMMER = ('Megan Doyle, a drummer who joined the band in 2019, is less sure.', [
    (1, 'Megan', 'megan', 'PROPN', 15, 'nsubj'), (2, 'Doyle', 'doyle', 'PROPN', 15, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'drummer', 'drummer', 'NOUN', 1, 'appos'), (6, 'who', 'who', 'PRON', 7, 'nsubj'),
    (7, 'joined', 'join', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'band', 'band', 'NOUN', 7, 'obj'),
    (10, 'in', 'in', 'ADP', 11, 'case'), (11, '2019', '2019', 'NUM', 9, 'nmod'),
    (12, ',', ',', 'PUNCT', 1, 'punct'),
    (13, 'is', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'less', 'less', 'ADV', 15, 'advmod'), (15, 'sure', 'sure', 'ADJ', 0, 'root'),
    (16, '.', '.', 'PUNCT', 15, 'punct'),
])

THE_DRUMMER_INSISTS = ('The drummer insists the band is ready.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'drummer', 'drummer', 'NOUN', 3, 'nsubj'),
    (3, 'insists', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'band', 'band', 'NOUN', 7, 'nsubj'),
    (6, 'is', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'ready', 'ready', 'ADJ', 3, 'ccomp'), (8, '.', '.', 'PUNCT', 3, 'punct'),
])

JORDAN_CLOSED = ('Jordan closed the border crossing on Monday.', [
    (1, 'Jordan', 'jordan', 'PROPN', 2, 'nsubj'),
    (2, 'closed', 'close', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'border', 'border', 'NOUN', 2, 'obj'),
    (5, 'crossing', 'cross', 'VERB', 4, 'acl', 'VerbForm=Part'), (6, 'on', 'on', 'ADP', 7, 'case'),
    (7, 'Monday', 'monday', 'PROPN', 5, 'obl'), (8, '.', '.', 'PUNCT', 2, 'punct'),
])

HALE_SAID = ('Foreign Minister Jordan Hale said the decision was temporary.', [
    (1, 'Foreign', 'foreign', 'ADJ', 2, 'amod'), (2, 'Minister', 'minister', 'PROPN', 3, 'nmod:desc'),
    (3, 'Jordan', 'jordan', 'PROPN', 5, 'nsubj'), (4, 'Hale', 'hale', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'decision', 'decision', 'NOUN', 9, 'nsubj'),
    (8, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'temporary', 'temporary', 'ADJ', 5, 'ccomp'), (10, '.', '.', 'PUNCT', 5, 'punct'),
])

JORDAN_SAID = ('Jordan said it would reopen the crossing next week.', [
    (1, 'Jordan', 'jordan', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'it', 'it', 'PRON', 5, 'nsubj'), (4, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'reopen', 'reopen', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'crossing', 'crossing', 'NOUN', 5, 'obj'), (8, 'next', 'next', 'ADJ', 9, 'amod'),
    (9, 'week', 'week', 'NOUN', 5, 'obl:unmarked'), (10, '.', '.', 'PUNCT', 2, 'punct'),
])

HAD_ANYONE_TOLD = ('Had anyone told him then that the shop would survive, he would have laughed.', [
    (1, 'Had', 'have', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'anyone', 'anyone', 'PRON', 1, 'obj'),
    (3, 'told', 'tell', 'VERB', 1, 'xcomp', 'Tense=Past|VerbForm=Part'), (4, 'him', 'he', 'PRON', 3, 'iobj'),
    (5, 'then', 'then', 'ADV', 3, 'advmod'), (6, 'that', 'that', 'SCONJ', 10, 'mark'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'shop', 'shop', 'NOUN', 10, 'nsubj'),
    (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'survive', 'survive', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (11, ',', ',', 'PUNCT', 15, 'punct'),
    (12, 'he', 'he', 'PRON', 15, 'nsubj'), (13, 'would', 'would', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (14, 'have', 'have', 'AUX', 15, 'aux', 'VerbForm=Inf'),
    (15, 'laughed', 'laugh', 'VERB', 1, 'parataxis', 'Tense=Past|VerbForm=Part'),
    (16, '.', '.', 'PUNCT', 1, 'punct'),
])

IF_YOU_HAD_TOLD = ('If you had told me in May that we would finish third, I would not have believed you.', [
    (1, 'If', 'if', 'SCONJ', 4, 'mark'), (2, 'you', 'you', 'PRON', 4, 'nsubj'),
    (3, 'had', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin'),
    (4, 'told', 'tell', 'VERB', 18, 'advcl', 'Tense=Past|VerbForm=Part'), (5, 'me', 'i', 'PRON', 4, 'iobj'),
    (6, 'in', 'in', 'ADP', 7, 'case'), (7, 'May', 'may', 'PROPN', 4, 'obl'),
    (8, 'that', 'that', 'SCONJ', 11, 'mark'), (9, 'we', 'we', 'PRON', 11, 'nsubj'),
    (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'finish', 'finish', 'VERB', 4, 'ccomp', 'VerbForm=Inf'), (12, 'third', 'third', 'ADV', 11, 'advmod'),
    (13, ',', ',', 'PUNCT', 4, 'punct'), (14, 'I', 'i', 'PRON', 18, 'nsubj'),
    (15, 'would', 'would', 'AUX', 18, 'aux', 'VerbForm=Fin'), (16, 'not', 'not', 'PART', 18, 'advmod'),
    (17, 'have', 'have', 'AUX', 18, 'aux', 'VerbForm=Inf'),
    (18, 'believed', 'believe', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (19, 'you', 'you', 'PRON', 18, 'obj'), (20, '.', '.', 'PUNCT', 18, 'punct'),
])

AGE_ADMITTED_CLAUSE = ('The 47-year-old admitted the club had been too slow to react.', [
    (1, 'The', 'the', 'DET', 9, 'det'), (2, '47', '47', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'admitted', 'admit', 'VERB', 9, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'club', 'club', 'NOUN', 13, 'nsubj'),
    (10, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'been', 'be', 'AUX', 13, 'cop', 'Tense=Past|VerbForm=Part'), (12, 'too', 'too', 'ADV', 13, 'advmod'),
    (13, 'slow', 'slow', 'ADJ', 0, 'root'), (14, 'to', 'to', 'PART', 15, 'mark'),
    (15, 'react', 'react', 'VERB', 13, 'xcomp', 'VerbForm=Inf'), (16, '.', '.', 'PUNCT', 13, 'punct'),
])

# "insisted" hung on the reported verb "stood", as the parser does in news text
CONCEDED_BUT_INSISTED = ('Ms Farrow conceded she stood to benefit from the scheme but insisted that it was fair.', [
    (1, 'Ms', 'ms', 'PROPN', 3, 'nsubj'), (2, 'Farrow', 'farrow', 'PROPN', 1, 'flat'),
    (3, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'she', 'she', 'PRON', 5, 'nsubj'),
    (5, 'stood', 'stand', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'to', 'to', 'PART', 7, 'mark'), (7, 'benefit', 'benefit', 'VERB', 5, 'xcomp', 'VerbForm=Inf'),
    (8, 'from', 'from', 'ADP', 10, 'case'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'scheme', 'scheme', 'NOUN', 7, 'obl'), (11, 'but', 'but', 'CCONJ', 12, 'cc'),
    (12, 'insisted', 'insist', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'that', 'that', 'SCONJ', 16, 'mark'), (14, 'it', 'it', 'PRON', 16, 'nsubj'),
    (15, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'fair', 'fair', 'ADJ', 12, 'ccomp'), (17, '.', '.', 'PUNCT', 3, 'punct'),
])

NURSE_ASIDE_DESCRIBED = ('A veteran nurse, who spoke on condition of anonymity, described weekends on which one doctor covered three wards.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'veteran', 'veteran', 'ADJ', 3, 'amod'),
    (3, 'nurse', 'nurse', 'NOUN', 0, 'root'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'spoke', 'speak', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'condition', 'condition', 'NOUN', 6, 'obl'),
    (9, 'of', 'of', 'ADP', 10, 'case'), (10, 'anonymity', 'anonymity', 'NOUN', 8, 'nmod'),
    (11, ',', ',', 'PUNCT', 13, 'punct'),
    (12, 'described', 'describe', 'VERB', 13, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'weekends', 'weekend', 'NOUN', 8, 'nmod'), (14, 'on', 'on', 'ADP', 15, 'case'),
    (15, 'which', 'which', 'PRON', 18, 'obl'), (16, 'one', 'one', 'NUM', 17, 'nummod'),
    (17, 'doctor', 'doctor', 'NOUN', 18, 'nsubj'),
    (18, 'covered', 'cover', 'VERB', 13, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'three', 'three', 'NUM', 20, 'nummod'), (20, 'wards', 'ward', 'NOUN', 18, 'obj'),
    (21, '.', '.', 'PUNCT', 3, 'punct'),
])

HANDS_SHE_SAID = ('“We simply run out of hands,” she said.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'We', 'we', 'PRON', 4, 'nsubj'),
    (3, 'simply', 'simply', 'ADV', 4, 'advmod'),
    (4, 'run', 'run', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (5, 'out', 'out', 'ADP', 7, 'case'), (6, 'of', 'of', 'ADP', 7, 'case'),
    (7, 'hands', 'hand', 'NOUN', 4, 'obl'), (8, ',', ',', 'PUNCT', 4, 'punct'),
    (9, '”', '"', 'PUNCT', 4, 'punct'), (10, 'she', 'she', 'PRON', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

MARR_WAITED = ('Jane Marr, 31, said she had waited six hours.', [
    (1, 'Jane', 'jane', 'PROPN', 6, 'nsubj'), (2, 'Marr', 'marr', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '31', '31', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'she', 'she', 'PRON', 9, 'nsubj'),
    (8, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'waited', 'wait', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (10, 'six', 'six', 'NUM', 11, 'nummod'), (11, 'hours', 'hour', 'NOUN', 9, 'obj'),
    (12, '.', '.', 'PUNCT', 6, 'punct'),
])

ABBOT_SAID = ('“Mothers deserve better,” Health Secretary Ruth Abbot said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'Mothers', 'mothers', 'PROPN', 3, 'nsubj'),
    (3, 'deserve', 'deserve', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'better', 'well', 'ADV', 3, 'advmod'), (5, ',', ',', 'PUNCT', 3, 'punct'),
    (6, '”', '"', 'PUNCT', 3, 'punct'), (7, 'Health', 'health', 'PROPN', 8, 'nmod:desc'),
    (8, 'Secretary', 'secretary', 'PROPN', 11, 'nsubj'), (9, 'Ruth', 'ruth', 'PROPN', 8, 'flat'),
    (10, 'Abbot', 'abbot', 'PROPN', 9, 'flat'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

ASKED_SHE_REPLIED = ('Asked whether she would order an inquiry, she replied: “I am not ruling it out.”', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 5, 'mark'), (3, 'she', 'she', 'PRON', 5, 'nsubj'),
    (4, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'order', 'order', 'VERB', 1, 'ccomp', 'VerbForm=Inf'), (6, 'an', 'a', 'DET', 7, 'det'),
    (7, 'inquiry', 'inquiry', 'NOUN', 5, 'obj'), (8, ',', ',', 'PUNCT', 5, 'punct'),
    (9, 'she', 'she', 'PRON', 10, 'nsubj'),
    (10, 'replied', 'reply', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, ':', ':', 'PUNCT', 16, 'punct'), (12, '“', '"', 'PUNCT', 16, 'punct'),
    (13, 'I', 'i', 'PRON', 16, 'nsubj'),
    (14, 'am', 'be', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (15, 'not', 'not', 'PART', 16, 'advmod'),
    (16, 'ruling', 'rule', 'VERB', 10, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (17, 'it', 'it', 'PRON', 16, 'obj'), (18, 'out', 'out', 'ADP', 16, 'compound:prt'),
    (19, '.', '.', 'PUNCT', 1, 'punct'), (20, '”', '"', 'PUNCT', 1, 'punct'),
])

MINISTRY_SAID_DIED = ('The health ministry said two people had died.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'health', 'health', 'NOUN', 3, 'compound'),
    (3, 'ministry', 'ministry', 'NOUN', 4, 'nsubj'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'two', 'two', 'NUM', 6, 'nummod'), (6, 'people', 'people', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'died', 'die', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part'), (9, '.', '.', 'PUNCT', 4, 'punct'),
])

KESTREL_AIR_CANCELLED = ('Kestrel Air cancelled all flights on Sunday.', [
    (1, 'Kestrel', 'kestrel', 'PROPN', 3, 'nsubj'), (2, 'Air', 'air', 'PROPN', 1, 'flat'),
    (3, 'cancelled', 'cancel', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'all', 'all', 'DET', 5, 'det'), (5, 'flights', 'flight', 'NOUN', 3, 'obj'),
    (6, 'on', 'on', 'ADP', 7, 'case'), (7, 'Sunday', 'sunday', 'PROPN', 3, 'obl'),
    (8, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_AIRLINE_SAID = ('“Safety comes first,” the airline said in a statement.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'Safety', 'safety', 'PROPN', 3, 'nsubj'),
    (3, 'comes', 'come', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'first', 'first', 'ADV', 3, 'advmod'), (5, ',', ',', 'PUNCT', 3, 'punct'),
    (6, '”', '"', 'PUNCT', 3, 'punct'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'airline', 'airline', 'NOUN', 9, 'nsubj'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'in', 'in', 'ADP', 12, 'case'), (11, 'a', 'a', 'DET', 12, 'det'),
    (12, 'statement', 'statement', 'NOUN', 9, 'obl'), (13, '.', '.', 'PUNCT', 9, 'punct'),
])

TOLD_BOARD_THAT_AND_THAT = ('Okafor told the committee that the scheme would be funded mostly by private donors and that work could start as soon as next year.', [
    (1, 'Okafor', 'okafor', 'PROPN', 2, 'nsubj'),
    (2, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'committee', 'committee', 'NOUN', 2, 'iobj'),
    (5, 'that', 'that', 'SCONJ', 10, 'mark'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'scheme', 'scheme', 'NOUN', 10, 'nsubj:pass'), (8, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (9, 'be', 'be', 'AUX', 10, 'aux:pass', 'VerbForm=Inf'),
    (10, 'funded', 'fund', 'VERB', 4, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'mostly', 'mostly', 'ADV', 10, 'advmod'), (12, 'by', 'by', 'ADP', 14, 'case'),
    (13, 'private', 'private', 'ADJ', 14, 'amod'), (14, 'donors', 'donor', 'NOUN', 10, 'obl:agent'),
    (15, 'and', 'and', 'CCONJ', 19, 'cc'), (16, 'that', 'that', 'DET', 17, 'det'),
    (17, 'work', 'work', 'NOUN', 19, 'nsubj'), (18, 'could', 'could', 'AUX', 19, 'aux', 'VerbForm=Fin'),
    (19, 'start', 'start', 'VERB', 2, 'conj', 'VerbForm=Inf'), (20, 'as', 'as', 'ADV', 21, 'advmod'),
    (21, 'soon', 'soon', 'ADV', 19, 'advmod'), (22, 'as', 'as', 'ADP', 24, 'case'),
    (23, 'next', 'next', 'ADJ', 24, 'amod'), (24, 'year', 'year', 'NOUN', 19, 'obl'),
    (25, '.', '.', 'PUNCT', 2, 'punct'),
])

# the comment read as a second subject of "rise", as the parser does in news text
FARES_CHANGE_DESCRIBED = ('According to the agency, fares would rise by about four percent, a change it described as “modest.”', [
    (1, 'According', 'accord', 'VERB', 4, 'case', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 4, 'case'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'agency', 'agency', 'NOUN', 8, 'obl'), (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'fares', 'fare', 'NOUN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'rise', 'rise', 'VERB', 0, 'root', 'VerbForm=Inf'), (9, 'by', 'by', 'ADP', 12, 'case'),
    (10, 'about', 'about', 'ADP', 12, 'case'), (11, 'four', 'four', 'NUM', 12, 'nummod'),
    (12, 'percent', 'percent', 'NOUN', 8, 'obl'), (13, ',', ',', 'PUNCT', 15, 'punct'),
    (14, 'a', 'a', 'DET', 15, 'det'), (15, 'change', 'change', 'NOUN', 8, 'nsubj'),
    (16, 'it', 'it', 'PRON', 17, 'nsubj'),
    (17, 'described', 'describe', 'VERB', 15, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'as', 'as', 'ADP', 20, 'case'), (19, '“', '"', 'PUNCT', 20, 'punct'),
    (20, 'modest', 'modest', 'ADJ', 17, 'obl'), (21, '.', '.', 'PUNCT', 8, 'punct'),
    (22, '”', '"', 'PUNCT', 8, 'punct'),
])

ENGINEER_WHO_ASKED_NOTING = ('A senior engineer who asked not to be named said the bridge still needed major repairs, noting that the last survey was overdue.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'senior', 'senior', 'ADJ', 3, 'amod'),
    (3, 'engineer', 'engineer', 'NOUN', 14, 'nsubj'), (4, 'who', 'who', 'PRON', 5, 'nsubj'),
    (5, 'asked', 'ask', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'not', 'not', 'PART', 9, 'advmod'), (7, 'to', 'to', 'PART', 9, 'mark'),
    (8, 'be', 'be', 'AUX', 9, 'aux:pass', 'VerbForm=Inf'),
    (9, 'named', 'name', 'VERB', 5, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'said', 'say', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'bridge', 'bridge', 'NOUN', 14, 'nsubj'),
    (13, 'still', 'still', 'ADV', 14, 'advmod'),
    (14, 'needed', 'need', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'major', 'major', 'ADJ', 16, 'amod'), (16, 'repairs', 'repair', 'NOUN', 14, 'obj'),
    (17, ',', ',', 'PUNCT', 18, 'punct'),
    (18, 'noting', 'note', 'VERB', 14, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (19, 'that', 'that', 'SCONJ', 24, 'mark'), (20, 'the', 'the', 'DET', 22, 'det'),
    (21, 'last', 'last', 'ADJ', 22, 'amod'), (22, 'survey', 'survey', 'NOUN', 24, 'nsubj'),
    (23, 'was', 'be', 'AUX', 24, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'overdue', 'overdue', 'ADJ', 18, 'ccomp'), (25, '.', '.', 'PUNCT', 14, 'punct'),
])

REFUSED_TO_SAY = ('A spokesperson for the museum said the gallery would reopen in May, but would not say when the new wing would open.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'spokesperson', 'spokesperson', 'NOUN', 6, 'nsubj'),
    (3, 'for', 'for', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'museum', 'museum', 'NOUN', 2, 'nmod'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'gallery', 'gallery', 'NOUN', 10, 'nsubj'),
    (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'reopen', 'reopen', 'VERB', 6, 'ccomp', 'VerbForm=Inf'), (11, 'in', 'in', 'ADP', 12, 'case'),
    (12, 'May', 'may', 'PROPN', 10, 'obl'), (13, ',', ',', 'PUNCT', 17, 'punct'),
    (14, 'but', 'but', 'CCONJ', 17, 'cc'), (15, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (16, 'not', 'not', 'PART', 17, 'advmod'), (17, 'say', 'say', 'VERB', 6, 'conj', 'VerbForm=Inf'),
    (18, 'when', 'when', 'ADV', 23, 'advmod'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'new', 'new', 'ADJ', 21, 'amod'), (21, 'wing', 'wing', 'NOUN', 23, 'nsubj'),
    (22, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (23, 'open', 'open', 'VERB', 17, 'ccomp', 'VerbForm=Inf'), (24, '.', '.', 'PUNCT', 6, 'punct'),
])

MEMOIR_TITLE = ('In her 2019 memoir, "Salt and Iron," she wrote that the mine had been her whole life.', [
    (1, 'In', 'in', 'ADP', 4, 'case'), (2, 'her', 'she', 'PRON', 4, 'nmod:poss'),
    (3, '2019', '2019', 'NUM', 4, 'nummod'), (4, 'memoir', 'memoir', 'NOUN', 13, 'obl'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, '"', '"', 'PUNCT', 7, 'punct'),
    (7, 'Salt', 'salt', 'PROPN', 13, 'nsubj'), (8, 'and', 'and', 'CCONJ', 9, 'cc'),
    (9, 'Iron', 'iron', 'PROPN', 7, 'conj'), (10, ',', ',', 'PUNCT', 4, 'punct'),
    (11, '"', '"', 'PUNCT', 4, 'punct'), (12, 'she', 'she', 'PRON', 13, 'nsubj'),
    (13, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'that', 'that', 'SCONJ', 21, 'mark'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'mine', 'mine', 'NOUN', 21, 'nsubj'),
    (17, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'been', 'be', 'AUX', 21, 'cop', 'Tense=Past|VerbForm=Part'),
    (19, 'her', 'she', 'PRON', 21, 'nmod:poss'), (20, 'whole', 'whole', 'ADJ', 21, 'amod'),
    (21, 'life', 'life', 'NOUN', 13, 'ccomp'), (22, '.', '.', 'PUNCT', 13, 'punct'),
])

PRACTICE_SHE_TOLD = ('Okoro explained that the firm had moved funds between accounts, a practice she told the court had been "entirely routine."', [
    (1, 'Okoro', 'okoro', 'PROPN', 2, 'nsubj'),
    (2, 'explained', 'explain', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 7, 'mark'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'firm', 'firm', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'moved', 'move', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (8, 'funds', 'fund', 'NOUN', 7, 'obj'), (9, 'between', 'between', 'ADP', 10, 'case'),
    (10, 'accounts', 'account', 'NOUN', 8, 'nmod'), (11, ',', ',', 'PUNCT', 13, 'punct'),
    (12, 'a', 'a', 'DET', 13, 'det'), (13, 'practice', 'practice', 'NOUN', 15, 'nsubj'),
    (14, 'she', 'she', 'PRON', 15, 'nsubj'),
    (15, 'told', 'tell', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'court', 'court', 'NOUN', 22, 'nsubj'),
    (18, 'had', 'have', 'AUX', 22, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'been', 'be', 'AUX', 22, 'cop', 'Tense=Past|VerbForm=Part'), (20, '"', '"', 'PUNCT', 22, 'punct'),
    (21, 'entirely', 'entirely', 'ADV', 22, 'advmod'), (22, 'routine', 'routine', 'ADJ', 15, 'ccomp'),
    (23, '.', '.', 'PUNCT', 2, 'punct'), (24, '"', '"', 'PUNCT', 2, 'punct'),
])

STOPPED_SHORT_OF_SAYING = ('The mayor stopped short of saying the contract had been rigged.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'mayor', 'mayor', 'NOUN', 3, 'nsubj'),
    (3, 'stopped', 'stop', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'short', 'short', 'ADJ', 3, 'xcomp'), (5, 'of', 'of', 'SCONJ', 6, 'mark'),
    (6, 'saying', 'say', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'contract', 'contract', 'NOUN', 11, 'nsubj:pass'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'been', 'be', 'AUX', 11, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (11, 'rigged', 'rig', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, '.', '.', 'PUNCT', 3, 'punct'),
])

REFUSED_TO_SAY_DEAD = ('She refused to say the deal was dead.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'refused', 'refuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'to', 'to', 'PART', 4, 'mark'), (4, 'say', 'say', 'VERB', 2, 'xcomp', 'VerbForm=Inf'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'deal', 'deal', 'NOUN', 8, 'nsubj'),
    (7, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'dead', 'dead', 'ADJ', 2, 'conj'), (9, '.', '.', 'PUNCT', 2, 'punct'),
])

DELAY_SHE_WARNED = ('Another delay of that length, she warned, “would sink the whole project.”', [
    (1, 'Another', 'another', 'DET', 2, 'det'), (2, 'delay', 'delay', 'NOUN', 12, 'nsubj'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, 'that', 'that', 'DET', 5, 'det'),
    (5, 'length', 'length', 'NOUN', 2, 'nmod'), (6, ',', ',', 'PUNCT', 2, 'punct'),
    (7, 'she', 'she', 'PRON', 8, 'nsubj'),
    (8, 'warned', 'warn', 'VERB', 12, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, ',', ',', 'PUNCT', 2, 'punct'), (10, '“', '"', 'PUNCT', 8, 'punct'),
    (11, 'would', 'would', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (12, 'sink', 'sink', 'VERB', 0, 'root', 'VerbForm=Inf'), (13, 'the', 'the', 'DET', 15, 'det'),
    (14, 'whole', 'whole', 'ADJ', 15, 'amod'), (15, 'project', 'project', 'NOUN', 12, 'obj'),
    (16, '.', '.', 'PUNCT', 12, 'punct'), (17, '”', '"', 'PUNCT', 12, 'punct'),
])

FEWER_THAN_ONE_IN_TEN = ('Marsh noted that fewer than one in ten stolen paintings is ever found.', [
    (1, 'Marsh', 'marsh', 'PROPN', 2, 'nsubj'),
    (2, 'noted', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 13, 'mark'), (4, 'fewer', 'few', 'ADJ', 13, 'advmod'),
    (5, 'than', 'than', 'ADP', 6, 'case'), (6, 'one', 'one', 'NUM', 4, 'obl'),
    (7, 'in', 'in', 'ADP', 10, 'case'), (8, 'ten', 'ten', 'NUM', 10, 'nummod'),
    (9, 'stolen', 'steal', 'ADJ', 10, 'amod'), (10, 'paintings', 'painting', 'NOUN', 6, 'nmod'),
    (11, 'is', 'be', 'AUX', 13, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'ever', 'ever', 'ADV', 13, 'advmod'),
    (13, 'found', 'find', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, '.', '.', 'PUNCT', 2, 'punct'),
])

# "Together" an adverb, the apposition a conjunct, as the parser reads them
RIDERS_TOGETHER = ('Fares have doubled since 2019, according to Harbour Riders Together, the city’s passenger union.', [
    (1, 'Fares', 'fare', 'NOUN', 3, 'nsubj'),
    (2, 'have', 'have', 'AUX', 3, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'doubled', 'double', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (4, 'since', 'since', 'ADP', 5, 'case'), (5, '2019', '2019', 'NUM', 3, 'obl'),
    (6, ',', ',', 'PUNCT', 10, 'punct'),
    (7, 'according', 'accord', 'VERB', 10, 'case', 'Tense=Pres|VerbForm=Part'),
    (8, 'to', 'to', 'ADP', 10, 'case'), (9, 'Harbour', 'harbour', 'PROPN', 10, 'compound'),
    (10, 'Riders', 'rider', 'PROPN', 3, 'obl'), (11, 'Together', 'together', 'ADV', 3, 'advmod'),
    (12, ',', ',', 'PUNCT', 17, 'punct'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'city', 'city', 'NOUN', 17, 'nmod:poss'), (15, '’s', "'s", 'PART', 14, 'case'),
    (16, 'passenger', 'passenger', 'NOUN', 17, 'compound'), (17, 'union', 'union', 'NOUN', 10, 'conj'),
    (18, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_UNION_WARNED = ('The union also warned that services were being cut.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 4, 'nsubj'),
    (3, 'also', 'also', 'ADV', 4, 'advmod'),
    (4, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'that', 'that', 'SCONJ', 9, 'mark'), (6, 'services', 'service', 'NOUN', 9, 'nsubj:pass'),
    (7, 'were', 'be', 'AUX', 9, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'being', 'be', 'AUX', 9, 'aux:pass', 'Tense=Pres|VerbForm=Part'),
    (9, 'cut', 'cut', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, '.', '.', 'PUNCT', 4, 'punct'),
])

# "According" hung as a subordinator
ACCORDING_AS_MARK = ('According to the agency’s chief economist, Lena Park, prices would fall next year.', [
    (1, 'According', 'accord', 'VERB', 7, 'mark', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 1, 'fixed'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'agency', 'agency', 'NOUN', 7, 'nmod:poss'), (5, '’s', "'s", 'PART', 4, 'case'),
    (6, 'chief', 'chief', 'NOUN', 7, 'compound'), (7, 'economist', 'economist', 'NOUN', 14, 'obl'),
    (8, ',', ',', 'PUNCT', 7, 'punct'), (9, 'Lena', 'lena', 'PROPN', 7, 'appos'),
    (10, 'Park', 'park', 'PROPN', 9, 'flat'), (11, ',', ',', 'PUNCT', 7, 'punct'),
    (12, 'prices', 'price', 'NOUN', 14, 'nsubj'), (13, 'would', 'would', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'fall', 'fall', 'VERB', 0, 'root', 'VerbForm=Inf'), (15, 'next', 'next', 'ADJ', 16, 'amod'),
    (16, 'year', 'year', 'NOUN', 14, 'obj'), (17, '.', '.', 'PUNCT', 14, 'punct'),
])

ASKED_TO_STEP_IN_IF = ('The mayor told councillors she had asked engineers to ‘step in at once’ if the bridge failed another inspection.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'mayor', 'mayor', 'NOUN', 3, 'nsubj'),
    (3, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'councillors', 'councillor', 'NOUN', 3, 'iobj'), (5, 'she', 'she', 'PRON', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'asked', 'ask', 'VERB', 4, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (8, 'engineers', 'engineer', 'NOUN', 7, 'obj'), (9, 'to', 'to', 'PART', 11, 'mark'),
    (10, '‘', "'", 'PUNCT', 11, 'punct'), (11, 'step', 'step', 'NOUN', 7, 'xcomp'),
    (12, 'in', 'in', 'ADP', 11, 'compound:prt'), (13, 'at', 'at', 'ADP', 14, 'case'),
    (14, 'once', 'once', 'ADV', 11, 'obl'), (15, '’', "'", 'PUNCT', 19, 'punct'),
    (16, 'if', 'if', 'SCONJ', 19, 'mark'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'bridge', 'bridge', 'NOUN', 19, 'nsubj'),
    (19, 'failed', 'fail', 'VERB', 7, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'another', 'another', 'DET', 21, 'det'), (21, 'inspection', 'inspection', 'NOUN', 19, 'obj'),
    (22, '.', '.', 'PUNCT', 3, 'punct'),
])

# "were being punished" hung on "said"
WERE_BEING_PUNISHED = ('The union said its members had worked unpaid overtime for years and were being punished for it.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'its', 'its', 'PRON', 5, 'nmod:poss'), (5, 'members', 'member', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'worked', 'work', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (8, 'unpaid', 'unpaid', 'ADJ', 9, 'amod'), (9, 'overtime', 'overtime', 'NOUN', 7, 'obj'),
    (10, 'for', 'for', 'ADP', 11, 'case'), (11, 'years', 'year', 'NOUN', 9, 'nmod'),
    (12, 'and', 'and', 'CCONJ', 15, 'cc'),
    (13, 'were', 'be', 'AUX', 15, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'being', 'be', 'AUX', 15, 'aux:pass', 'Tense=Pres|VerbForm=Part'),
    (15, 'punished', 'punish', 'VERB', 3, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'for', 'for', 'ADP', 17, 'case'), (17, 'it', 'it', 'PRON', 15, 'obl'),
    (18, '.', '.', 'PUNCT', 3, 'punct'),
])

# the apostrophe of a plural possessive read as punctuation, the name after it as an apposition
WORKERS_UNION_SAID = ('The Railway Workers’ Union said the strike would go ahead.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Railway', 'railway', 'PROPN', 3, 'compound'),
    (3, 'Workers', 'worker', 'PROPN', 6, 'nsubj'), (4, '’', "'", 'PUNCT', 5, 'punct'),
    (5, 'Union', 'union', 'PROPN', 3, 'appos'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'strike', 'strike', 'NOUN', 10, 'nsubj'),
    (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'), (10, 'go', 'go', 'VERB', 6, 'ccomp', 'VerbForm=Inf'),
    (11, 'ahead', 'ahead', 'ADV', 10, 'advmod'), (12, '.', '.', 'PUNCT', 6, 'punct'),
])

# the addressee read as the object of the report, before its subject
TOLD_HERALD_SHE_HAD = ('The winner told the Harbour Herald she had found the ticket in an old coat.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'winner', 'winner', 'NOUN', 3, 'nsubj'),
    (3, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'Harbour', 'harbour', 'PROPN', 6, 'compound'),
    (6, 'Herald', 'herald', 'PROPN', 9, 'obj'), (7, 'she', 'she', 'PRON', 9, 'nsubj'),
    (8, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'found', 'find', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'ticket', 'ticket', 'NOUN', 9, 'obj'), (12, 'in', 'in', 'ADP', 15, 'case'),
    (13, 'an', 'a', 'DET', 15, 'det'), (14, 'old', 'old', 'ADJ', 15, 'amod'),
    (15, 'coat', 'coat', 'NOUN', 9, 'obl'), (16, '.', '.', 'PUNCT', 3, 'punct'),
])

# "that" hung on the verb of the relative clause inside the report
THAT_ON_THE_RELATIVE = ('Harrow wrote that the song was for everyone who has ever driven at night.', [
    (1, 'Harrow', 'harrow', 'PROPN', 2, 'nsubj'),
    (2, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 12, 'mark'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'song', 'song', 'NOUN', 8, 'nsubj'),
    (6, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'for', 'for', 'ADP', 8, 'case'), (8, 'everyone', 'everyone', 'PRON', 2, 'ccomp'),
    (9, 'who', 'who', 'PRON', 12, 'nsubj'),
    (10, 'has', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (11, 'ever', 'ever', 'ADV', 12, 'advmod'),
    (12, 'driven', 'drive', 'VERB', 8, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (13, 'at', 'at', 'ADP', 14, 'case'), (14, 'night', 'night', 'NOUN', 12, 'obl'),
    (15, '.', '.', 'PUNCT', 2, 'punct'),
])

# the role word and the name read as two subjects, the apposition hung on the role word
BERG_COLLEAGUE_NOTED = ('Her colleague Anna Berg, a senior lecturer at the Vale Institute, noted that the samples were contaminated.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'colleague', 'colleague', 'NOUN', 14, 'nsubj'),
    (3, 'Anna', 'anna', 'PROPN', 14, 'nsubj'), (4, 'Berg', 'berg', 'PROPN', 3, 'flat'),
    (5, ',', ',', 'PUNCT', 8, 'punct'), (6, 'a', 'a', 'DET', 8, 'det'),
    (7, 'senior', 'senior', 'ADJ', 8, 'amod'), (8, 'lecturer', 'lecturer', 'NOUN', 2, 'appos'),
    (9, 'at', 'at', 'ADP', 12, 'case'), (10, 'the', 'the', 'DET', 12, 'det'),
    (11, 'Vale', 'vale', 'PROPN', 12, 'compound'), (12, 'Institute', 'institute', 'NOUN', 8, 'nmod'),
    (13, ',', ',', 'PUNCT', 2, 'punct'),
    (14, 'noted', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'that', 'that', 'SCONJ', 19, 'mark'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'samples', 'sample', 'NOUN', 19, 'nsubj:pass'),
    (18, 'were', 'be', 'AUX', 19, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'contaminated', 'contaminate', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, '.', '.', 'PUNCT', 14, 'punct'),
])

HADDAD_WHO_WAS_NOT = ('Omar Haddad, a geologist at Ronde University who was not involved in the study, said the dating was sound.', [
    (1, 'Omar', 'omar', 'PROPN', 17, 'nsubj'), (2, 'Haddad', 'haddad', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'geologist', 'geologist', 'NOUN', 1, 'appos'), (6, 'at', 'at', 'ADP', 8, 'case'),
    (7, 'Ronde', 'ronde', 'PROPN', 8, 'compound'), (8, 'University', 'university', 'PROPN', 5, 'nmod'),
    (9, 'who', 'who', 'PRON', 12, 'nsubj:pass'),
    (10, 'was', 'be', 'AUX', 12, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'not', 'not', 'PART', 12, 'advmod'),
    (12, 'involved', 'involve', 'VERB', 8, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'in', 'in', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'study', 'study', 'NOUN', 12, 'obl'), (16, ',', ',', 'PUNCT', 1, 'punct'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'dating', 'dating', 'NOUN', 21, 'nsubj'),
    (20, 'was', 'be', 'AUX', 21, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'sound', 'sound', 'ADJ', 17, 'ccomp'), (22, '.', '.', 'PUNCT', 17, 'punct'),
])

# "substitute" tagged an adjective
SUBSTITUTE_VARGA_SCORING = ('Ashby Rovers came from behind to beat Millford Town 3-1 at Penn Park on Saturday, with substitute Leon Varga scoring twice in the final 20 minutes to move his side within two points of the play-off places.', [
    (1, 'Ashby', 'ashby', 'PROPN', 2, 'compound'), (2, 'Rovers', 'rovers', 'PROPN', 3, 'nsubj'),
    (3, 'came', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'from', 'from', 'ADP', 5, 'case'), (5, 'behind', 'behind', 'ADP', 7, 'mark'),
    (6, 'to', 'to', 'PART', 7, 'mark'), (7, 'beat', 'beat', 'VERB', 3, 'advcl', 'VerbForm=Inf'),
    (8, 'Millford', 'millford', 'PROPN', 7, 'obj'), (9, 'Town', 'town', 'PROPN', 8, 'flat'),
    (10, '3', '3', 'NUM', 8, 'flat'), (11, '-', '-', 'SYM', 12, 'case'), (12, '1', '1', 'NUM', 8, 'nmod'),
    (13, 'at', 'at', 'ADP', 15, 'case'), (14, 'Penn', 'penn', 'PROPN', 15, 'compound'),
    (15, 'Park', 'park', 'PROPN', 7, 'obl'), (16, 'on', 'on', 'ADP', 17, 'case'),
    (17, 'Saturday', 'saturday', 'PROPN', 15, 'nmod'), (18, ',', ',', 'PUNCT', 23, 'punct'),
    (19, 'with', 'with', 'ADP', 22, 'case'), (20, 'substitute', 'substitute', 'ADJ', 22, 'amod'),
    (21, 'Leon', 'leon', 'PROPN', 22, 'compound'), (22, 'Varga', 'varga', 'PROPN', 23, 'nsubj'),
    (23, 'scoring', 'scoring', 'VERB', 7, 'advcl', 'VerbForm=Ger'),
    (24, 'twice', 'twice', 'ADV', 23, 'advmod'), (25, 'in', 'in', 'ADP', 29, 'case'),
    (26, 'the', 'the', 'DET', 29, 'det'), (27, 'final', 'final', 'ADJ', 29, 'amod'),
    (28, '20', '20', 'NUM', 29, 'nummod'), (29, 'minutes', 'minute', 'NOUN', 23, 'obl'),
    (30, 'to', 'to', 'PART', 31, 'mark'), (31, 'move', 'move', 'VERB', 23, 'advcl', 'VerbForm=Inf'),
    (32, 'his', 'his', 'PRON', 33, 'nmod:poss'), (33, 'side', 'side', 'NOUN', 31, 'obj'),
    (34, 'within', 'within', 'ADP', 36, 'case'), (35, 'two', 'two', 'NUM', 36, 'nummod'),
    (36, 'points', 'point', 'NOUN', 31, 'obl'), (37, 'of', 'of', 'ADP', 42, 'case'),
    (38, 'the', 'the', 'DET', 42, 'det'), (39, 'play', 'play', 'NOUN', 42, 'compound'),
    (40, '-', '-', 'PUNCT', 39, 'punct'), (41, 'off', 'off', 'ADP', 42, 'case'),
    (42, 'places', 'place', 'NOUN', 36, 'nmod'), (43, '.', '.', 'PUNCT', 3, 'punct'),
])

VARGA_SAID_FANS = ('Varga said the win was for the fans.', [
    (1, 'Varga', 'varga', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'win', 'win', 'NOUN', 8, 'nsubj'),
    (5, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'for', 'for', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'fans', 'fan', 'NOUN', 2, 'ccomp'), (9, '.', '.', 'PUNCT', 2, 'punct'),
])

# "claims" hung on the verb it reports, its subject read as the object of "claims"
THOUGH_HE_CLAIMS = ('The coach praised the team, though he claims the referee still cannot read the game.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'coach', 'coach', 'NOUN', 3, 'nsubj'),
    (3, 'praised', 'praise', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'team', 'team', 'NOUN', 3, 'obj'),
    (6, ',', ',', 'PUNCT', 9, 'punct'), (7, 'though', 'though', 'SCONJ', 9, 'mark'),
    (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'claims', 'claim', 'VERB', 15, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'referee', 'referee', 'NOUN', 9, 'obj'),
    (12, 'still', 'still', 'ADV', 15, 'advmod'), (13, 'can', 'can', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (14, 'not', 'not', 'PART', 15, 'advmod'), (15, 'read', 'read', 'VERB', 3, 'conj', 'VerbForm=Inf'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'game', 'game', 'NOUN', 15, 'obj'),
    (18, '.', '.', 'PUNCT', 3, 'punct'),
])

# "called" read as a conjunct of the main verb, its quoted object as an inverted subject
FERRY_DECISION_CALLED = ('KELMOUTH — The council voted 9-2 on Tuesday to approve a new ferry terminal, a decision its leader, Margaret Oduya, called "long overdue."', [
    (1, 'KELMOUTH', 'kelmouth', 'PROPN', 26, 'nsubj'), (2, '—', '-', 'PUNCT', 1, 'punct'),
    (3, 'The', 'the', 'DET', 4, 'det'), (4, 'council', 'council', 'NOUN', 5, 'nsubj'),
    (5, 'voted', 'vote', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, '9', '9', 'NUM', 5, 'obj'), (7, '-', '-', 'SYM', 8, 'case'), (8, '2', '2', 'NUM', 6, 'nmod'),
    (9, 'on', 'on', 'ADP', 10, 'case'), (10, 'Tuesday', 'tuesday', 'PROPN', 5, 'obl'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'approve', 'approve', 'VERB', 5, 'advcl', 'VerbForm=Inf'),
    (13, 'a', 'a', 'DET', 16, 'det'), (14, 'new', 'new', 'ADJ', 16, 'amod'),
    (15, 'ferry', 'ferry', 'NOUN', 16, 'compound'), (16, 'terminal', 'terminal', 'NOUN', 12, 'obj'),
    (17, ',', ',', 'PUNCT', 19, 'punct'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'decision', 'decision', 'NOUN', 16, 'appos'), (20, 'its', 'its', 'PRON', 21, 'nmod:poss'),
    (21, 'leader', 'leader', 'NOUN', 19, 'conj'), (22, ',', ',', 'PUNCT', 23, 'punct'),
    (23, 'Margaret', 'margaret', 'PROPN', 21, 'appos'), (24, 'Oduya', 'oduya', 'PROPN', 23, 'flat'),
    (25, ',', ',', 'PUNCT', 23, 'punct'),
    (26, 'called', 'call', 'VERB', 5, 'conj', 'Tense=Past|VerbForm=Part'),
    (27, '"', '"', 'PUNCT', 29, 'punct'), (28, 'long', 'long', 'ADJ', 29, 'amod'),
    (29, 'overdue', 'overdue', 'NOUN', 26, 'obj'), (30, '.', '.', 'PUNCT', 26, 'punct'),
    (31, '"', '"', 'PUNCT', 26, 'punct'),
])

# the subject of the report read as the object, its aside and the predicate hung on "insisted"
COST_ESTIMATED_INSISTED = ('But he insisted the cost, estimated at £42 million, was too high.', [
    (1, 'But', 'but', 'CCONJ', 3, 'cc'), (2, 'he', 'he', 'PRON', 3, 'nsubj'),
    (3, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'cost', 'cost', 'NOUN', 3, 'obj'),
    (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'estimated', 'estimate', 'VERB', 3, 'conj', 'Mood=Ind|Tense=Past|VerbForm=Part'),
    (8, 'at', 'at', 'ADP', 10, 'case'), (9, '£42', '£42', 'PROPN', 10, 'nmod:unmarked'),
    (10, 'million', 'million', 'NUM', 7, 'obl'), (11, ',', ',', 'PUNCT', 14, 'punct'),
    (12, 'was', 'be', 'AUX', 14, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'too', 'too', 'ADV', 14, 'advmod'), (14, 'high', 'high', 'ADJ', 3, 'parataxis'),
    (15, '.', '.', 'PUNCT', 3, 'punct'),
])

# "ignoring" read as an adjective on "residents"
ACCUSED_OF_IGNORING = ('Councillor Dev Anand, who voted against the plan, said the terminal would "swallow the last green space on the seafront" and accused the council of ignoring residents.', [
    (1, 'Councillor', 'councillor', 'PROPN', 11, 'nsubj'), (2, 'Dev', 'dev', 'PROPN', 11, 'nsubj'),
    (3, 'Anand', 'anand', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'voted', 'vote', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'against', 'against', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'plan', 'plan', 'NOUN', 6, 'obl'), (10, ',', ',', 'PUNCT', 6, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'terminal', 'terminal', 'NOUN', 16, 'nsubj'),
    (14, 'would', 'would', 'AUX', 16, 'aux', 'VerbForm=Fin'), (15, '"', '"', 'PUNCT', 16, 'punct'),
    (16, 'swallow', 'swallow', 'VERB', 11, 'ccomp', 'VerbForm=Inf'), (17, 'the', 'the', 'DET', 20, 'det'),
    (18, 'last', 'last', 'ADJ', 20, 'amod'), (19, 'green', 'green', 'ADJ', 20, 'amod'),
    (20, 'space', 'space', 'NOUN', 16, 'obj'), (21, 'on', 'on', 'ADP', 23, 'case'),
    (22, 'the', 'the', 'DET', 23, 'det'), (23, 'seafront', 'seafront', 'NOUN', 20, 'nmod'),
    (24, '"', '"', 'PUNCT', 23, 'punct'), (25, 'and', 'and', 'CCONJ', 26, 'cc'),
    (26, 'accused', 'accuse', 'VERB', 16, 'conj', 'Tense=Past|VerbForm=Fin'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'council', 'council', 'NOUN', 26, 'obj'),
    (29, 'of', 'of', 'SCONJ', 31, 'case'), (30, 'ignoring', 'ignore', 'VERB', 31, 'amod', 'VerbForm=Ger'),
    (31, 'residents', 'resident', 'NOUN', 28, 'nmod'), (32, '.', '.', 'PUNCT', 11, 'punct'),
])

PLEADED_GUILTY_TO_FAILING = ('The firm pleaded guilty to failing to protect its workers.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'firm', 'firm', 'NOUN', 3, 'nsubj'),
    (3, 'pleaded', 'plead', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'guilty', 'guilty', 'NOUN', 3, 'obj'), (5, 'to', 'to', 'SCONJ', 6, 'mark'),
    (6, 'failing', 'fail', 'VERB', 3, 'advcl', 'Tense=Pres|VerbForm=Part'), (7, 'to', 'to', 'PART', 8, 'mark'),
    (8, 'protect', 'protect', 'VERB', 6, 'xcomp', 'VerbForm=Inf'), (9, 'its', 'its', 'PRON', 10, 'nmod:poss'),
    (10, 'workers', 'worker', 'NOUN', 8, 'obj'), (11, '.', '.', 'PUNCT', 3, 'punct'),
])

# the role read as an adverbial clause, "director" a verb
ITS_DIRECTOR_MOE_ASKED = ('Its operations director, Erik Moe, asked residents to stay away from fallen cables.', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss'), (2, 'operations', 'operation', 'NOUN', 3, 'nsubj'),
    (3, 'director', 'director', 'VERB', 8, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, ',', ',', 'PUNCT', 3, 'punct'), (5, 'Erik', 'erik', 'PROPN', 8, 'nsubj'),
    (6, 'Moe', 'moe', 'PROPN', 5, 'flat'), (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'residents', 'resident', 'NOUN', 8, 'obj'), (10, 'to', 'to', 'PART', 11, 'mark'),
    (11, 'stay', 'stay', 'VERB', 8, 'xcomp', 'VerbForm=Inf'), (12, 'away', 'away', 'ADV', 11, 'advmod'),
    (13, 'from', 'from', 'ADP', 15, 'case'),
    (14, 'fallen', 'fall', 'VERB', 15, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'cables', 'cable', 'NOUN', 11, 'obl'), (16, '.', '.', 'PUNCT', 8, 'punct'),
])

PASSENGER_NAIR_SAID = ('Passenger Priya Nair, 34, said she had been given no warning.', [
    (1, 'Passenger', 'passenger', 'PROPN', 7, 'nsubj'), (2, 'Priya', 'priya', 'PROPN', 1, 'flat'),
    (3, 'Nair', 'nair', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, '34', '34', 'NUM', 1, 'nmod:unmarked'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'she', 'she', 'PRON', 11, 'nsubj:pass'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'been', 'be', 'AUX', 11, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (11, 'given', 'give', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'no', 'no', 'DET', 13, 'det'), (13, 'warning', 'warning', 'NOUN', 11, 'obj'),
    (14, '.', '.', 'PUNCT', 7, 'punct'),
])

CITY_AUDITOR_PIKE = ('City auditor Graham Pike confirmed that his office had referred the matter to prosecutors.', [
    (1, 'City', 'city', 'PROPN', 2, 'compound'), (2, 'auditor', 'auditor', 'NOUN', 5, 'nsubj'),
    (3, 'Graham', 'graham', 'PROPN', 5, 'nsubj'), (4, 'Pike', 'pike', 'PROPN', 3, 'flat'),
    (5, 'confirmed', 'confirm', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'that', 'that', 'SCONJ', 10, 'mark'), (7, 'his', 'his', 'PRON', 8, 'nmod:poss'),
    (8, 'office', 'office', 'NOUN', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'referred', 'refer', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'matter', 'matter', 'NOUN', 10, 'obj'),
    (13, 'to', 'to', 'ADP', 14, 'case'), (14, 'prosecutors', 'prosecutor', 'NOUN', 12, 'nmod'),
    (15, '.', '.', 'PUNCT', 5, 'punct'),
])

# the apposition after the age read as a complement of "said"
LOPES_67_TEACHER = ('"She has done a lot for this town," said Maria Lopes, 67, a retired teacher.', [
    (1, '"', '"', 'PUNCT', 4, 'punct'), (2, 'She', 'she', 'PRON', 4, 'nsubj'),
    (3, 'has', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'done', 'do', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'lot', 'lot', 'NOUN', 4, 'obj'), (7, 'for', 'for', 'ADP', 9, 'case'),
    (8, 'this', 'this', 'DET', 9, 'det'), (9, 'town', 'town', 'NOUN', 4, 'obl'),
    (10, ',', ',', 'PUNCT', 4, 'punct'), (11, '"', '"', 'PUNCT', 4, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'Maria', 'maria', 'PROPN', 12, 'nsubj'), (14, 'Lopes', 'lopes', 'PROPN', 13, 'flat'),
    (15, ',', ',', 'PUNCT', 16, 'punct'), (16, '67', '67', 'NUM', 14, 'appos'),
    (17, ',', ',', 'PUNCT', 20, 'punct'), (18, 'a', 'a', 'DET', 20, 'det'),
    (19, 'retired', 'retire', 'VERB', 20, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'teacher', 'teacher', 'NOUN', 12, 'ccomp'), (21, '.', '.', 'PUNCT', 12, 'punct'),
])

URGED_TO_ACT = ('Greenpeace called them "a final warning" and urged governments to act.', [
    (1, 'Greenpeace', 'greenpeace', 'PROPN', 2, 'nsubj'),
    (2, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'them', 'they', 'PRON', 2, 'iobj'), (4, '"', '"', 'PUNCT', 7, 'punct'), (5, 'a', 'a', 'DET', 7, 'det'),
    (6, 'final', 'final', 'ADJ', 7, 'amod'), (7, 'warning', 'warning', 'NOUN', 2, 'obj'),
    (8, '"', '"', 'PUNCT', 7, 'punct'), (9, 'and', 'and', 'CCONJ', 10, 'cc'),
    (10, 'urged', 'urge', 'VERB', 11, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'governments', 'government', 'NOUN', 7, 'conj'), (12, 'to', 'to', 'PART', 13, 'mark'),
    (13, 'act', 'act', 'VERB', 11, 'acl', 'VerbForm=Inf'), (14, '.', '.', 'PUNCT', 2, 'punct'),
])

CALLED_ON_THE_CLUB = ("Fans' group United Together called on the club to do more to tackle online abuse.", [
    (1, 'Fans', 'fan', 'NOUN', 3, 'compound'), (2, "'", "'", 'PUNCT', 3, 'punct'),
    (3, 'group', 'group', 'NOUN', 5, 'compound'), (4, 'United', 'united', 'ADJ', 5, 'amod'),
    (5, 'Together', 'together', 'PROPN', 6, 'nsubj'),
    (6, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'club', 'club', 'NOUN', 6, 'obl'), (10, 'to', 'to', 'PART', 11, 'mark'),
    (11, 'do', 'do', 'VERB', 6, 'advcl', 'VerbForm=Inf'), (12, 'more', 'more', 'ADJ', 11, 'obj'),
    (13, 'to', 'to', 'PART', 14, 'mark'), (14, 'tackle', 'tackle', 'VERB', 11, 'advcl', 'VerbForm=Inf'),
    (15, 'online', 'online', 'ADJ', 16, 'amod'), (16, 'abuse', 'abuse', 'NOUN', 14, 'obj'),
    (17, '.', '.', 'PUNCT', 6, 'punct'),
])

STRIKER_OKAFOR_SAID = ('Northfield United striker Jamal Okafor said he was deeply ashamed.', [
    (1, 'Northfield', 'northfield', 'PROPN', 3, 'compound'), (2, 'United', 'united', 'ADJ', 3, 'amod'),
    (3, 'striker', 'striker', 'NOUN', 6, 'nsubj'), (4, 'Jamal', 'jamal', 'PROPN', 6, 'nsubj'),
    (5, 'Okafor', 'okafor', 'PROPN', 4, 'flat'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'he', 'he', 'PRON', 10, 'nsubj:pass'),
    (8, 'was', 'be', 'AUX', 10, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'deeply', 'deeply', 'ADV', 10, 'advmod'),
    (10, 'ashamed', 'ashame', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, '.', '.', 'PUNCT', 6, 'punct'),
])

# "called" hung on the verb of the relative clause deep inside the report
STATEMENT_AND_CALLED_ON = ('The charity Sleep First said in a statement that the study added to "a growing body of evidence" that rest matters for health, and called on the government to fund more research.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'charity', 'charity', 'NOUN', 3, 'compound'),
    (3, 'Sleep', 'sleep', 'PROPN', 5, 'nsubj'), (4, 'First', 'first', 'ADV', 5, 'advmod'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'in', 'in', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'statement', 'statement', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'SCONJ', 12, 'mark'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'study', 'study', 'NOUN', 12, 'nsubj'),
    (12, 'added', 'add', 'VERB', 8, 'acl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'to', 'to', 'ADP', 17, 'case'), (14, '"', '"', 'PUNCT', 17, 'punct'),
    (15, 'a', 'a', 'DET', 17, 'det'), (16, 'growing', 'grow', 'NOUN', 17, 'amod'),
    (17, 'body', 'body', 'NOUN', 12, 'obl'), (18, 'of', 'of', 'ADP', 19, 'case'),
    (19, 'evidence', 'evidence', 'NOUN', 17, 'nmod'), (20, '"', '"', 'PUNCT', 17, 'punct'),
    (21, 'that', 'that', 'PRON', 22, 'nsubj'),
    (22, 'rest', 'rest', 'VERB', 17, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (23, 'matters', 'matter', 'NOUN', 22, 'obj'), (24, 'for', 'for', 'ADP', 25, 'case'),
    (25, 'health', 'health', 'NOUN', 22, 'obl'), (26, ',', ',', 'PUNCT', 28, 'punct'),
    (27, 'and', 'and', 'CCONJ', 28, 'cc'),
    (28, 'called', 'call', 'VERB', 22, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (29, 'on', 'on', 'ADP', 31, 'case'), (30, 'the', 'the', 'DET', 31, 'det'),
    (31, 'government', 'government', 'NOUN', 28, 'obl'), (32, 'to', 'to', 'PART', 33, 'mark'),
    (33, 'fund', 'fund', 'VERB', 28, 'advcl', 'VerbForm=Inf'), (34, 'more', 'more', 'ADJ', 35, 'amod'),
    (35, 'research', 'research', 'NOUN', 33, 'obj'), (36, '.', '.', 'PUNCT', 5, 'punct'),
])

# the possessive's apostrophe punctuation, owner and name two subjects; the report's subject read as the object
HILL_FARMERS_SAID = ("The Hill Farmers' Guild said 64% of members who took part in the survey backed the plan.", [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Hill', 'hill', 'ADJ', 3, 'amod'),
    (3, 'Farmers', 'farmers', 'PROPN', 6, 'nsubj'), (4, "'", "'", 'PUNCT', 3, 'punct'),
    (5, 'Guild', 'guild', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, '64', '64', 'NUM', 8, 'nummod'), (8, '%', '%', 'SYM', 6, 'obj'), (9, 'of', 'of', 'ADP', 10, 'case'),
    (10, 'members', 'member', 'NOUN', 8, 'nmod'), (11, 'who', 'who', 'PRON', 12, 'nsubj'),
    (12, 'took', 'take', 'VERB', 10, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'part', 'part', 'NOUN', 12, 'obj'), (14, 'in', 'in', 'ADP', 16, 'case'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'survey', 'survey', 'NOUN', 13, 'nmod'),
    (17, 'backed', 'back', 'VERB', 6, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'plan', 'plan', 'NOUN', 17, 'obj'),
    (20, '.', '.', 'PUNCT', 6, 'punct'),
])

# "backed" read as an adjective on "action"
NATIONAL_GUILD_BACKED = ("The National Teachers' Guild said 87% of members who took part in the ballot backed action.", [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'National', 'national', 'ADJ', 3, 'amod'),
    (3, 'Teachers', 'teachers', 'PROPN', 6, 'nsubj'), (4, "'", "'", 'PUNCT', 3, 'punct'),
    (5, 'Guild', 'guild', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, '87', '87', 'NUM', 8, 'nummod'), (8, '%', '%', 'SYM', 6, 'obj'), (9, 'of', 'of', 'ADP', 10, 'case'),
    (10, 'members', 'member', 'NOUN', 8, 'nmod'), (11, 'who', 'who', 'PRON', 12, 'nsubj'),
    (12, 'took', 'take', 'VERB', 10, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'part', 'part', 'NOUN', 12, 'obj'), (14, 'in', 'in', 'ADP', 18, 'case'),
    (15, 'the', 'the', 'DET', 18, 'det'), (16, 'ballot', 'ballot', 'NOUN', 18, 'compound'),
    (17, 'backed', 'back', 'VERB', 18, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'action', 'action', 'NOUN', 12, 'obl'), (19, '.', '.', 'PUNCT', 6, 'punct'),
])

# the relative clause read as the complement of "said"
CHEN_WHOSE_CHILDREN = ('Amy Chen, whose two children attend Lakeview Elementary, said she supported the teachers.', [
    (1, 'Amy', 'amy', 'PROPN', 11, 'nsubj'), (2, 'Chen', 'chen', 'PROPN', 11, 'nsubj'),
    (3, ',', ',', 'PUNCT', 7, 'punct'), (4, 'whose', 'whose', 'DET', 6, 'det'),
    (5, 'two', 'two', 'NUM', 6, 'nummod'), (6, 'children', 'child', 'NOUN', 7, 'nsubj'),
    (7, 'attend', 'attend', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'Lakeview', 'lakeview', 'PROPN', 7, 'obj'), (9, 'Elementary', 'elementary', 'PROPN', 7, 'obj'),
    (10, ',', ',', 'PUNCT', 7, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'she', 'she', 'PRON', 13, 'nsubj'),
    (13, 'supported', 'support', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'teachers', 'teacher', 'NOUN', 13, 'obj'),
    (16, '.', '.', 'PUNCT', 11, 'punct'),
])


NICKNAMED_MINISTER_CONCEDED = ('Tallis, a former transport minister known to colleagues as “the Quartermaster”, conceded that his party had lost.', [
    (1, 'Tallis', 'tallis', 'PROPN', 16, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'a', 'a', 'DET', 6, 'det'), (4, 'former', 'former', 'ADJ', 6, 'amod'),
    (5, 'transport', 'transport', 'NOUN', 6, 'compound'), (6, 'minister', 'minister', 'NOUN', 16, 'nsubj'),
    (7, 'known', 'know', 'VERB', 6, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'to', 'to', 'ADP', 9, 'case'), (9, 'colleagues', 'colleague', 'NOUN', 7, 'obl'),
    (10, 'as', 'as', 'ADP', 13, 'case'), (11, '“', '"', 'PUNCT', 13, 'punct'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'Quartermaster', 'quartermaster', 'PROPN', 7, 'obl'),
    (14, '”', '"', 'PUNCT', 13, 'punct'), (15, ',', ',', 'PUNCT', 13, 'punct'),
    (16, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'that', 'that', 'SCONJ', 21, 'mark'), (18, 'his', 'his', 'PRON', 19, 'nmod:poss'),
    (19, 'party', 'party', 'NOUN', 21, 'nsubj'),
    (20, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'lost', 'lose', 'VERB', 16, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (22, '.', '.', 'PUNCT', 16, 'punct'),
])

VOTES_FOR_TALLIS = ('Ada Moss won 900 votes to 400 for Gregor Tallis of the Union Party.', [
    (1, 'Ada', 'ada', 'PROPN', 3, 'nsubj'), (2, 'Moss', 'moss', 'PROPN', 1, 'flat'),
    (3, 'won', 'win', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, '900', '900', 'NUM', 5, 'nummod'), (5, 'votes', 'vote', 'NOUN', 3, 'obj'),
    (6, 'to', 'to', 'ADP', 7, 'case'), (7, '400', '400', 'NUM', 5, 'nmod'),
    (8, 'for', 'for', 'ADP', 10, 'case'), (9, 'Gregor', 'gregor', 'PROPN', 10, 'compound'),
    (10, 'Tallis', 'tallis', 'PROPN', 3, 'obl'), (11, 'of', 'of', 'ADP', 14, 'case'),
    (12, 'the', 'the', 'DET', 14, 'det'), (13, 'Union', 'union', 'PROPN', 14, 'compound'),
    (14, 'Party', 'party', 'PROPN', 10, 'nmod'), (15, '.', '.', 'PUNCT', 3, 'punct'),
])

TALLIS_SAID = ('“We lost,” Tallis said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'We', 'we', 'PRON', 3, 'nsubj'),
    (3, 'lost', 'lose', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, ',', ',', 'PUNCT', 3, 'punct'), (5, '”', '"', 'PUNCT', 3, 'punct'),
    (6, 'Tallis', 'tallis', 'PROPN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, '.', '.', 'PUNCT', 7, 'punct'),
])


WROTE_THAT_AS_CONJUNCT = ('She wrote on social media that she had been ‘made to feel stupid for a computer’s mistake’.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'on', 'on', 'ADP', 5, 'case'), (4, 'social', 'social', 'ADJ', 5, 'amod'),
    (5, 'media', 'media', 'NOUN', 2, 'obl'), (6, 'that', 'that', 'SCONJ', 11, 'mark'),
    (7, 'she', 'she', 'PRON', 11, 'nsubj:pass'),
    (8, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'been', 'be', 'AUX', 11, 'aux:pass', 'Tense=Past|VerbForm=Part'), (10, '‘', "'", 'PUNCT', 11, 'punct'),
    (11, 'made', 'make', 'VERB', 2, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'to', 'to', 'PART', 13, 'mark'), (13, 'feel', 'feel', 'VERB', 11, 'xcomp', 'VerbForm=Inf'),
    (14, 'stupid', 'stupid', 'VERB', 13, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'for', 'for', 'ADP', 19, 'case'), (16, 'a', 'a', 'DET', 17, 'det'),
    (17, 'computer', 'computer', 'NOUN', 19, 'nmod:poss'), (18, '’s', "'s", 'PART', 17, 'case'),
    (19, 'mistake', 'mistake', 'NOUN', 14, 'obl'), (20, '’', "'", 'PUNCT', 19, 'punct'),
    (21, '.', '.', 'PUNCT', 2, 'punct'),
])

TOLD_REPORTERS_OUTSIDE_THAT = ('Tavener told reporters outside the courthouse that tenants could finally “sleep without a packed suitcase by the door.”', [
    (1, 'Tavener', 'tavener', 'PROPN', 2, 'nsubj'),
    (2, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'reporters', 'reporter', 'NOUN', 2, 'iobj'), (4, 'outside', 'outside', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'courthouse', 'courthouse', 'NOUN', 2, 'obl'),
    (7, 'that', 'that', 'PRON', 12, 'obj'), (8, 'tenants', 'tenant', 'NOUN', 12, 'nsubj'),
    (9, 'could', 'could', 'AUX', 12, 'aux', 'VerbForm=Fin'), (10, 'finally', 'finally', 'ADV', 12, 'advmod'),
    (11, '“', '"', 'PUNCT', 12, 'punct'), (12, 'sleep', 'sleep', 'VERB', 6, 'acl:relcl', 'VerbForm=Inf'),
    (13, 'without', 'without', 'ADP', 16, 'case'), (14, 'a', 'a', 'DET', 16, 'det'),
    (15, 'packed', 'pack', 'VERB', 16, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'suitcase', 'suitcase', 'NOUN', 12, 'obl'), (17, 'by', 'by', 'ADP', 19, 'case'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'door', 'door', 'NOUN', 16, 'nmod'),
    (20, '.', '.', 'PUNCT', 2, 'punct'), (21, '”', '"', 'PUNCT', 2, 'punct'),
])

FAULT_USED_TO_COMBINE = ('Oakhurst explained that a fault in the software used to combine coursework and exam marks had affected eleven subjects.', [
    (1, 'Oakhurst', 'oakhurst', 'PROPN', 2, 'nsubj'),
    (2, 'explained', 'explain', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 9, 'mark'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'fault', 'fault', 'NOUN', 9, 'nsubj'), (6, 'in', 'in', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'software', 'software', 'NOUN', 5, 'nmod'),
    (9, 'used', 'use', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'to', 'to', 'PART', 11, 'mark'), (11, 'combine', 'combine', 'VERB', 9, 'xcomp', 'VerbForm=Inf'),
    (12, 'coursework', 'coursework', 'NOUN', 11, 'obj'), (13, 'and', 'and', 'CCONJ', 15, 'cc'),
    (14, 'exam', 'exam', 'NOUN', 15, 'compound'), (15, 'marks', 'mark', 'NOUN', 17, 'nsubj'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'affected', 'affect', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (18, 'eleven', 'eleven', 'ADJ', 19, 'amod'), (19, 'subjects', 'subject', 'NOUN', 17, 'obj'),
    (20, '.', '.', 'PUNCT', 2, 'punct'),
])

FAULT_AS_OBJECT = ('Oakhurst said a fault in the software used to combine coursework and exam marks had affected eleven subjects.', [
    (1, 'Oakhurst', 'oakhurst', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'a', 'a', 'DET', 4, 'det'), (4, 'fault', 'fault', 'NOUN', 2, 'obj'), (5, 'in', 'in', 'ADP', 7, 'case'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'software', 'software', 'NOUN', 4, 'nmod'),
    (8, 'used', 'use', 'VERB', 7, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'combine', 'combine', 'VERB', 8, 'xcomp', 'VerbForm=Inf'),
    (11, 'coursework', 'coursework', 'NOUN', 10, 'obj'), (12, 'and', 'and', 'CCONJ', 14, 'cc'),
    (13, 'exam', 'exam', 'NOUN', 14, 'compound'), (14, 'marks', 'mark', 'NOUN', 16, 'nsubj'),
    (15, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'affected', 'affect', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (17, 'eleven', 'eleven', 'ADJ', 18, 'amod'), (18, 'subjects', 'subject', 'NOUN', 16, 'obj'),
    (19, '.', '.', 'PUNCT', 2, 'punct'),
])


BENNING_OF_ACADEMY = ('Ruth Benning, head teacher of St Aldwyn’s Academy in Brackwell, spoke first.', [
    (1, 'Ruth', 'ruth', 'PROPN', 14, 'nsubj'), (2, 'Benning', 'benning', 'PROPN', 14, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'head', 'head', 'NOUN', 5, 'compound'),
    (5, 'teacher', 'teacher', 'NOUN', 1, 'appos'), (6, 'of', 'of', 'ADP', 10, 'case'),
    (7, 'St', 'st', 'PROPN', 10, 'nmod:poss'), (8, 'Aldwyn', 'aldwyn', 'PROPN', 7, 'flat'),
    (9, '’s', "'s", 'PART', 7, 'case'), (10, 'Academy', 'academy', 'PROPN', 5, 'nmod'),
    (11, 'in', 'in', 'ADP', 12, 'case'), (12, 'Brackwell', 'brackwell', 'PROPN', 10, 'nmod'),
    (13, ',', ',', 'PUNCT', 1, 'punct'),
    (14, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'first', 'first', 'ADV', 14, 'advmod'), (16, '.', '.', 'PUNCT', 14, 'punct'),
])

FARRANT_OF_ASSOCIATION = ('Neil Farrant, general secretary of the Association of Head Teachers and Principals, spoke first.', [
    (1, 'Neil', 'neil', 'PROPN', 15, 'nsubj'), (2, 'Farrant', 'farrant', 'PROPN', 15, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'general', 'general', 'ADJ', 5, 'amod'),
    (5, 'secretary', 'secretary', 'NOUN', 1, 'appos'), (6, 'of', 'of', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'Association', 'association', 'NOUN', 5, 'nmod'),
    (9, 'of', 'of', 'ADP', 11, 'case'), (10, 'Head', 'head', 'PROPN', 11, 'compound'),
    (11, 'Teachers', 'teachers', 'PROPN', 8, 'nmod'), (12, 'and', 'and', 'CCONJ', 13, 'cc'),
    (13, 'Principals', 'principal', 'PROPN', 11, 'conj'), (14, ',', ',', 'PUNCT', 2, 'punct'),
    (15, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'first', 'first', 'ADV', 15, 'advmod'), (17, '.', '.', 'PUNCT', 15, 'punct'),
])

THE_UNION_NOTED = ('The union noted that it was the board’s second error in three years.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 3, 'nsubj'),
    (3, 'noted', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 11, 'mark'), (5, 'it', 'it', 'PRON', 11, 'nsubj'),
    (6, 'was', 'be', 'AUX', 11, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'board', 'board', 'NOUN', 11, 'nmod:poss'),
    (9, '’s', "'s", 'PART', 8, 'case'), (10, 'second', 'second', 'ADJ', 11, 'amod'),
    (11, 'error', 'error', 'NOUN', 3, 'ccomp'), (12, 'in', 'in', 'ADP', 14, 'case'),
    (13, 'three', 'three', 'NUM', 14, 'nummod'), (14, 'years', 'year', 'NOUN', 11, 'nmod'),
    (15, '.', '.', 'PUNCT', 3, 'punct'),
])

MEMBERS_OF_THE_UNION = ('Members of the Amalgamated Vehicle Workers’ Union backed the deal, the union said.', [
    (1, 'Members', 'member', 'NOUN', 15, 'nsubj', 'Number=Plur'), (2, 'of', 'of', 'ADP', 8, 'case'),
    (3, 'the', 'the', 'DET', 6, 'det'), (4, 'Amalgamated', 'amalgamated', 'ADJ', 6, 'amod'),
    (5, 'Vehicle', 'vehicle', 'PROPN', 6, 'compound'), (6, 'Workers', 'worker', 'PROPN', 8, 'nmod:poss'),
    (7, '’', "'s", 'PART', 6, 'case'), (8, 'Union', 'union', 'PROPN', 1, 'nmod'),
    (9, 'backed', 'back', 'VERB', 15, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'deal', 'deal', 'NOUN', 9, 'obj'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'union', 'union', 'NOUN', 15, 'nsubj'),
    (15, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, '.', '.', 'PUNCT', 15, 'punct'),
])

SEVERAL_HEADS_OBJECTED = ('Several heads objected to the board’s use of the word ‘glitch’, which they said played down the scale of the failure.', [
    (1, 'Several', 'several', 'ADJ', 2, 'amod'), (2, 'heads', 'head', 'NOUN', 3, 'nsubj', 'Number=Plur'),
    (3, 'objected', 'object', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'to', 'to', 'ADP', 8, 'case'), (5, 'the', 'the', 'DET', 6, 'det'),
    (6, 'board', 'board', 'NOUN', 8, 'nmod:poss'), (7, '’s', "'s", 'PART', 6, 'case'),
    (8, 'use', 'use', 'NOUN', 3, 'obl'), (9, 'of', 'of', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'word', 'word', 'NOUN', 8, 'nmod'),
    (12, '‘', "'", 'PUNCT', 13, 'punct'), (13, 'glitch', 'glitch', 'NOUN', 11, 'appos'),
    (14, '’', "'", 'PUNCT', 13, 'punct'), (15, ',', ',', 'PUNCT', 18, 'punct'),
    (16, 'which', 'which', 'PRON', 18, 'obj'), (17, 'they', 'they', 'PRON', 18, 'nsubj'),
    (18, 'said', 'say', 'VERB', 8, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'played', 'play', 'VERB', 18, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'down', 'down', 'ADP', 19, 'compound:prt'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'scale', 'scale', 'NOUN', 19, 'obj'), (23, 'of', 'of', 'ADP', 25, 'case'),
    (24, 'the', 'the', 'DET', 25, 'det'), (25, 'failure', 'failure', 'NOUN', 22, 'nmod'),
    (26, '.', '.', 'PUNCT', 3, 'punct'),
])

TOLD_A_RALLY_THAT = ('Tomas Reddel, who has led the federation since 2019, told a rally in Unity Square that the unions would strike "for as long as it takes."', [
    (1, 'Tomas', 'tomas', 'PROPN', 12, 'nsubj'), (2, 'Reddel', 'reddel', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 6, 'punct'), (4, 'who', 'who', 'PRON', 6, 'nsubj'),
    (5, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'led', 'lead', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'federation', 'federation', 'NOUN', 6, 'obj'), (9, 'since', 'since', 'ADP', 10, 'case'),
    (10, '2019', '2019', 'NUM', 6, 'obl'), (11, ',', ',', 'PUNCT', 1, 'punct'),
    (12, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'a', 'a', 'DET', 17, 'det'), (14, 'rally', 'rally', 'ADV', 12, 'advmod'),
    (15, 'in', 'in', 'ADP', 17, 'case'), (16, 'Unity', 'unity', 'PROPN', 17, 'compound'),
    (17, 'Square', 'square', 'PROPN', 12, 'obl'), (18, 'that', 'that', 'SCONJ', 22, 'mark'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'unions', 'union', 'NOUN', 22, 'nsubj'),
    (21, 'would', 'would', 'AUX', 22, 'aux', 'VerbForm=Fin'),
    (22, 'strike', 'strike', 'VERB', 17, 'acl:relcl', 'VerbForm=Inf'), (23, '"', '"', 'PUNCT', 22, 'punct'),
    (24, 'for', 'for', 'ADP', 26, 'case'), (25, 'as', 'as', 'ADV', 26, 'advmod'),
    (26, 'long', 'long', 'ADV', 22, 'obl'), (27, 'as', 'as', 'SCONJ', 29, 'mark'),
    (28, 'it', 'it', 'PRON', 29, 'nsubj'),
    (29, 'takes', 'take', 'VERB', 22, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (30, '.', '.', 'PUNCT', 12, 'punct'), (31, '"', '"', 'PUNCT', 12, 'punct'),
])

# (the parser hangs "Marwick" on "years" in this sentence alone; the article's parse makes it the subject)
MARWICK_HAS_BEEN = ('For 22 years Marwick has been the Veldmark Philharmonic’s resident violin maker.', [
    (1, 'For', 'for', 'ADP', 3, 'case'), (2, '22', '22', 'NUM', 3, 'nummod'),
    (3, 'years', 'year', 'NOUN', 13, 'obl'), (4, 'Marwick', 'marwick', 'PROPN', 13, 'nsubj'),
    (5, 'has', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'been', 'be', 'AUX', 13, 'cop', 'Tense=Past|VerbForm=Part'), (7, 'the', 'the', 'DET', 13, 'det'),
    (8, 'Veldmark', 'veldmark', 'PROPN', 13, 'nmod:poss'),
    (9, 'Philharmonic', 'philharmonic', 'PROPN', 13, 'nmod:poss'), (10, '’s', "'s", 'PART', 9, 'case'),
    (11, 'resident', 'resident', 'NOUN', 13, 'compound'), (12, 'violin', 'violin', 'NOUN', 13, 'compound'),
    (13, 'maker', 'maker', 'NOUN', 0, 'root'), (14, '.', '.', 'PUNCT', 13, 'punct'),
])

MARWICK_SAYS = ('“I mend them,” Marwick says.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'mend', 'mend', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'them', 'they', 'PRON', 3, 'obj'), (5, ',', ',', 'PUNCT', 3, 'punct'),
    (6, '”', '"', 'PUNCT', 3, 'punct'), (7, 'Marwick', 'marwick', 'PROPN', 8, 'nsubj'),
    (8, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])

SO_THAT_RESTORER = ('She notes that she keeps every shaving she removes, sealed in labelled envelopes, so that a future restorer can undo her work.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'notes', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 5, 'mark'), (4, 'she', 'she', 'PRON', 5, 'nsubj'),
    (5, 'keeps', 'keep', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'every', 'every', 'DET', 7, 'det'),
    (7, 'shaving', 'shave', 'VERB', 5, 'obj', 'Tense=Pres|VerbForm=Part'),
    (8, 'she', 'she', 'PRON', 9, 'nsubj'),
    (9, 'removes', 'remove', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, 'sealed', 'seal', 'VERB', 9, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'in', 'in', 'ADP', 14, 'case'),
    (13, 'labelled', 'label', 'VERB', 14, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'envelopes', 'envelope', 'NOUN', 11, 'obl'), (15, ',', ',', 'PUNCT', 22, 'punct'),
    (16, 'so', 'so', 'SCONJ', 22, 'mark'), (17, 'that', 'that', 'SCONJ', 22, 'mark'),
    (18, 'a', 'a', 'DET', 20, 'det'), (19, 'future', 'future', 'NOUN', 20, 'compound'),
    (20, 'restorer', 'restorer', 'NOUN', 22, 'nsubj'), (21, 'can', 'can', 'AUX', 22, 'aux', 'VerbForm=Fin'),
    (22, 'undo', 'undo', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (23, 'her', 'she', 'PRON', 24, 'nmod:poss'),
    (24, 'work', 'work', 'NOUN', 22, 'obj'), (25, '.', '.', 'PUNCT', 2, 'punct'),
])


ACCUSED_OF_TINKERING_AND_WROTE = ('In a letter to the Veldmark Courier last year, the retired conductor Piet Haverkamp accused the orchestra of “tinkering” with instruments that should be left alone, and wrote that restorers had become “the surgeons nobody asked for”.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'letter', 'letter', 'NOUN', 16, 'obl'), (4, 'to', 'to', 'ADP', 7, 'case'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'Veldmark', 'veldmark', 'PROPN', 7, 'compound'),
    (7, 'Courier', 'courier', 'PROPN', 3, 'nmod'), (8, 'last', 'last', 'ADJ', 9, 'amod'),
    (9, 'year', 'year', 'NOUN', 16, 'obl'), (10, ',', ',', 'PUNCT', 3, 'punct'),
    (11, 'the', 'the', 'DET', 13, 'det'),
    (12, 'retired', 'retire', 'VERB', 13, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'conductor', 'conductor', 'NOUN', 14, 'nmod:desc'), (14, 'Piet', 'piet', 'PROPN', 15, 'compound'),
    (15, 'Haverkamp', 'haverkamp', 'PROPN', 16, 'nsubj'),
    (16, 'accused', 'accuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'orchestra', 'orchestra', 'NOUN', 16, 'obj'),
    (19, 'of', 'of', 'ADP', 21, 'case'), (20, '“', '"', 'PUNCT', 21, 'punct'),
    (21, 'tinkering', 'tinkering', 'NOUN', 18, 'nmod'), (22, '”', '"', 'PUNCT', 21, 'punct'),
    (23, 'with', 'with', 'ADP', 24, 'case'), (24, 'instruments', 'instrument', 'NOUN', 18, 'nmod'),
    (25, 'that', 'that', 'PRON', 28, 'nsubj:pass'), (26, 'should', 'should', 'AUX', 28, 'aux', 'VerbForm=Fin'),
    (27, 'be', 'be', 'AUX', 28, 'aux:pass', 'VerbForm=Inf'),
    (28, 'left', 'leave', 'VERB', 24, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (29, 'alone', 'alone', 'ADV', 28, 'advmod'), (30, ',', ',', 'PUNCT', 32, 'punct'),
    (31, 'and', 'and', 'CCONJ', 32, 'cc'),
    (32, 'wrote', 'write', 'VERB', 28, 'conj', 'Tense=Past|VerbForm=Part'),
    (33, 'that', 'that', 'SCONJ', 36, 'mark'), (34, 'restorers', 'restorer', 'NOUN', 36, 'nsubj'),
    (35, 'had', 'have', 'AUX', 36, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (36, 'become', 'become', 'VERB', 32, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (37, '“', '"', 'PUNCT', 39, 'punct'), (38, 'the', 'the', 'DET', 39, 'det'),
    (39, 'surgeons', 'surgeon', 'NOUN', 36, 'obj'), (40, 'nobody', 'nobody', 'PRON', 41, 'nsubj'),
    (41, 'asked', 'ask', 'VERB', 39, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (42, 'for', 'for', 'ADP', 41, 'obl'), (43, '”', '"', 'PUNCT', 41, 'punct'),
    (44, '.', '.', 'PUNCT', 16, 'punct'),
])

ODELL_IN_AN_INTERVIEW = ('In an interview with The Associated Press, Marcus Odell, who directs the Tillery County Health Department, said nurses had given more than 3,200 shots.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'an', 'a', 'DET', 3, 'det'),
    (3, 'interview', 'interview', 'NOUN', 20, 'obl'), (4, 'with', 'with', 'ADP', 7, 'case'),
    (5, 'The', 'the', 'DET', 7, 'det'),
    (6, 'Associated', 'associated', 'VERB', 7, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'Press', 'press', 'PROPN', 3, 'nmod'), (8, ',', ',', 'PUNCT', 9, 'punct'),
    (9, 'Marcus', 'marcus', 'PROPN', 7, 'appos'), (10, 'Odell', 'odell', 'PROPN', 7, 'appos'),
    (11, ',', ',', 'PUNCT', 3, 'punct'), (12, 'who', 'who', 'PRON', 13, 'nsubj'),
    (13, 'directs', 'direct', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'the', 'the', 'DET', 18, 'det'), (15, 'Tillery', 'tillery', 'PROPN', 18, 'compound'),
    (16, 'County', 'county', 'PROPN', 18, 'compound'), (17, 'Health', 'health', 'PROPN', 18, 'compound'),
    (18, 'Department', 'department', 'PROPN', 13, 'obj'), (19, ',', ',', 'PUNCT', 3, 'punct'),
    (20, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'nurses', 'nurse', 'NOUN', 23, 'nsubj'),
    (22, 'had', 'have', 'AUX', 23, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'given', 'give', 'VERB', 20, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (24, 'more', 'more', 'ADJ', 27, 'amod'), (25, 'than', 'than', 'ADP', 27, 'case'),
    (26, '3,200', '3200', 'NUM', 27, 'nummod'), (27, 'shots', 'shot', 'NOUN', 23, 'obj'),
    (28, '.', '.', 'PUNCT', 20, 'punct'),
])

HEALTH_DIRECTOR_DENIED = ('The county health director also denied that clinics had run short of vaccine.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'county', 'county', 'NOUN', 4, 'compound'),
    (3, 'health', 'health', 'NOUN', 4, 'compound'), (4, 'director', 'director', 'NOUN', 6, 'nsubj'),
    (5, 'also', 'also', 'ADV', 6, 'advmod'),
    (6, 'denied', 'deny', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'that', 'that', 'SCONJ', 10, 'mark'), (8, 'clinics', 'clinic', 'NOUN', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'run', 'run', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'short', 'short', 'ADJ', 10, 'xcomp'), (12, 'of', 'of', 'ADP', 13, 'case'),
    (13, 'vaccine', 'vaccine', 'NOUN', 11, 'obl'), (14, '.', '.', 'PUNCT', 6, 'punct'),
])

INVESTIGATORS_HE_ARGUED = ('Federal investigators, he argued, had asked the bank to hold off while they tried to trace the attackers.', [
    (1, 'Federal', 'federal', 'ADJ', 2, 'amod'), (2, 'investigators', 'investigator', 'NOUN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'he', 'he', 'PRON', 5, 'nsubj'),
    (5, 'argued', 'argue', 'VERB', 8, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'asked', 'ask', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'bank', 'bank', 'NOUN', 8, 'obj'), (11, 'to', 'to', 'PART', 12, 'mark'),
    (12, 'hold', 'hold', 'VERB', 10, 'acl', 'VerbForm=Inf'), (13, 'off', 'off', 'ADP', 12, 'compound:prt'),
    (14, 'while', 'while', 'SCONJ', 16, 'mark'), (15, 'they', 'they', 'PRON', 16, 'nsubj'),
    (16, 'tried', 'try', 'VERB', 12, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'to', 'to', 'PART', 18, 'mark'), (18, 'trace', 'trace', 'VERB', 16, 'xcomp', 'VerbForm=Inf'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'attackers', 'attacker', 'NOUN', 18, 'obj'),
    (21, '.', '.', 'PUNCT', 8, 'punct'),
])

INVESTIGATION_INTO_WHETHER = ('Lydia Marchbank said her office had opened an investigation into whether the bank notified customers as quickly as state law requires.', [
    (1, 'Lydia', 'lydia', 'PROPN', 3, 'nsubj'), (2, 'Marchbank', 'marchbank', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'her', 'she', 'PRON', 5, 'nmod:poss'), (5, 'office', 'office', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'opened', 'open', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'), (8, 'an', 'a', 'DET', 9, 'det'),
    (9, 'investigation', 'investigation', 'NOUN', 7, 'obj'), (10, 'into', 'into', 'ADP', 15, 'case'),
    (11, 'whether', 'whether', 'SCONJ', 7, 'mark'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'bank', 'bank', 'NOUN', 15, 'compound'),
    (14, 'notified', 'notify', 'VERB', 15, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'customers', 'customer', 'NOUN', 7, 'obl'), (16, 'as', 'as', 'ADV', 21, 'cc'),
    (17, 'quickly', 'quickly', 'ADV', 16, 'fixed'), (18, 'as', 'as', 'ADP', 21, 'case'),
    (19, 'state', 'state', 'NOUN', 21, 'compound'), (20, 'law', 'law', 'NOUN', 21, 'compound'),
    (21, 'requires', 'require', 'NOUN', 15, 'nmod'), (22, '.', '.', 'PUNCT', 3, 'punct'),
])

SPOKESPERSON_CONFIRMED_INSPECTORS = ('A spokesperson for the Department of Housing Preservation confirmed inspectors had cited Halcyon for 47 code violations at the complex since January.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'spokesperson', 'spokesperson', 'NOUN', 12, 'nsubj'),
    (3, 'for', 'for', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'Department', 'department', 'PROPN', 2, 'nmod'), (6, 'of', 'of', 'ADP', 10, 'case'),
    (7, 'Housing', 'house', 'VERB', 10, 'amod', 'VerbForm=Ger'),
    (8, 'Preservation', 'preservation', 'NOUN', 10, 'compound'),
    (9, 'confirmed', 'confirm', 'VERB', 10, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'inspectors', 'inspector', 'NOUN', 5, 'nmod'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'cited', 'cite', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (13, 'Halcyon', 'halcyon', 'PROPN', 12, 'obj'), (14, 'for', 'for', 'ADP', 17, 'case'),
    (15, '47', '47', 'NUM', 17, 'nummod'), (16, 'code', 'code', 'NOUN', 17, 'compound'),
    (17, 'violations', 'violation', 'NOUN', 12, 'obl'), (18, 'at', 'at', 'ADP', 20, 'case'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'complex', 'complex', 'NOUN', 17, 'nmod'),
    (21, 'since', 'since', 'ADP', 22, 'case'), (22, 'January', 'january', 'PROPN', 20, 'nmod'),
    (23, '.', '.', 'PUNCT', 12, 'punct'),
])

BUT_HE_WARNED_THAT = ('Deputy Mayor Felix Ormond said the city had no power to stop an appeal, but he warned that landlords who “treat tenants as an obstacle” would face more inspections.', [
    (1, 'Deputy', 'deputy', 'PROPN', 5, 'nsubj'), (2, 'Mayor', 'mayor', 'PROPN', 1, 'flat'),
    (3, 'Felix', 'felix', 'PROPN', 2, 'flat'), (4, 'Ormond', 'ormond', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'city', 'city', 'NOUN', 8, 'nsubj'),
    (8, 'had', 'have', 'VERB', 5, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'no', 'no', 'DET', 10, 'det'), (10, 'power', 'power', 'NOUN', 8, 'obj'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'stop', 'stop', 'VERB', 8, 'advcl', 'VerbForm=Inf'),
    (13, 'an', 'a', 'DET', 14, 'det'), (14, 'appeal', 'appeal', 'NOUN', 12, 'obj'),
    (15, ',', ',', 'PUNCT', 18, 'punct'), (16, 'but', 'but', 'CCONJ', 18, 'cc'),
    (17, 'he', 'he', 'PRON', 18, 'nsubj'),
    (18, 'warned', 'warn', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'that', 'that', 'SCONJ', 30, 'mark'), (20, 'landlords', 'landlord', 'NOUN', 30, 'nsubj'),
    (21, 'who', 'who', 'PRON', 23, 'nsubj'), (22, '“', '"', 'PUNCT', 23, 'punct'),
    (23, 'treat', 'treat', 'VERB', 20, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (24, 'tenants', 'tenant', 'NOUN', 23, 'obj'), (25, 'as', 'as', 'ADP', 27, 'case'),
    (26, 'an', 'a', 'DET', 27, 'det'), (27, 'obstacle', 'obstacle', 'NOUN', 23, 'obl'),
    (28, '”', '"', 'PUNCT', 27, 'punct'), (29, 'would', 'would', 'AUX', 30, 'aux', 'VerbForm=Fin'),
    (30, 'face', 'face', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (31, 'more', 'more', 'ADJ', 32, 'amod'),
    (32, 'inspections', 'inspection', 'NOUN', 30, 'obj'), (33, '.', '.', 'PUNCT', 5, 'punct'),
])

VILLALBA_71_ASKED = ('At a union meeting Thursday night, Jorge Villalba, 71, a retired bus mechanic, asked:', [
    (1, 'At', 'at', 'ADP', 4, 'case'), (2, 'a', 'a', 'DET', 4, 'det'),
    (3, 'union', 'union', 'NOUN', 4, 'compound'), (4, 'meeting', 'meeting', 'NOUN', 18, 'obl'),
    (5, 'Thursday', 'thursday', 'PROPN', 6, 'compound'), (6, 'night', 'night', 'NOUN', 4, 'appos'),
    (7, ',', ',', 'PUNCT', 8, 'punct'), (8, 'Jorge', 'jorge', 'PROPN', 6, 'appos'),
    (9, 'Villalba', 'villalba', 'PROPN', 6, 'conj'), (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, '71', '71', 'NUM', 6, 'conj'), (12, ',', ',', 'PUNCT', 16, 'punct'), (13, 'a', 'a', 'DET', 16, 'det'),
    (14, 'retired', 'retire', 'VERB', 16, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'bus', 'bus', 'NOUN', 16, 'compound'), (16, 'mechanic', 'mechanic', 'NOUN', 6, 'conj'),
    (17, ',', ',', 'PUNCT', 4, 'punct'),
    (18, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, ':', ':', 'PUNCT', 18, 'punct'),
])

VILLALBA_QUESTION = ('“Where was the city when we had no heat?”', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'Where', 'where', 'ADV', 0, 'root'),
    (3, 'was', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'city', 'city', 'NOUN', 2, 'nsubj'),
    (6, 'when', 'when', 'ADV', 8, 'advmod'), (7, 'we', 'we', 'PRON', 8, 'nsubj'),
    (8, 'had', 'have', 'VERB', 5, 'acl', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (9, 'no', 'no', 'DET', 10, 'det'), (10, 'heat', 'heat', 'NOUN', 8, 'obj'),
    (11, '?', '?', 'PUNCT', 5, 'punct'), (12, '”', '"', 'PUNCT', 5, 'punct'),
])

MENSAH_TOOK_AND_ASHDOWN_SAID = ('Off-spinner Kofi Mensah took six for 58 on a crumbling surface, and Kestria captain Tom Ashdown, who was leading the side for only the fourth time, said: ‘Everyone chipped in.’', [
    (1, 'Off-', 'off-', 'PROPN', 2, 'compound'), (2, 'spinner', 'spinner', 'NOUN', 5, 'nsubj'),
    (3, 'Kofi', 'kofi', 'PROPN', 5, 'nsubj'), (4, 'Mensah', 'mensah', 'PROPN', 3, 'flat'),
    (5, 'took', 'take', 'VERB', 31, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'six', 'six', 'NUM', 5, 'obj'), (7, 'for', 'for', 'ADP', 8, 'case'), (8, '58', '58', 'NUM', 5, 'obl'),
    (9, 'on', 'on', 'ADP', 12, 'case'), (10, 'a', 'a', 'DET', 12, 'det'),
    (11, 'crumbling', 'crumble', 'NOUN', 12, 'compound'), (12, 'surface', 'surface', 'NOUN', 5, 'obl'),
    (13, ',', ',', 'PUNCT', 16, 'punct'), (14, 'and', 'and', 'CCONJ', 16, 'cc'),
    (15, 'Kestria', 'kestria', 'PROPN', 16, 'compound'), (16, 'captain', 'captain', 'NOUN', 12, 'conj'),
    (17, 'Tom', 'tom', 'PROPN', 16, 'appos'), (18, 'Ashdown', 'ashdown', 'PROPN', 17, 'flat'),
    (19, ',', ',', 'PUNCT', 22, 'punct'), (20, 'who', 'who', 'PRON', 22, 'nsubj'),
    (21, 'was', 'be', 'AUX', 22, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'leading', 'lead', 'VERB', 16, 'acl:relcl', 'Tense=Pres|VerbForm=Part'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'side', 'side', 'NOUN', 22, 'obj'),
    (25, 'for', 'for', 'ADP', 29, 'case'), (26, 'only', 'only', 'ADV', 29, 'advmod'),
    (27, 'the', 'the', 'DET', 29, 'det'), (28, 'fourth', 'fourth', 'ADJ', 29, 'amod'),
    (29, 'time', 'time', 'NOUN', 22, 'obl'), (30, ',', ',', 'PUNCT', 31, 'punct'),
    (31, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (32, ':', ':', 'PUNCT', 35, 'punct'), (33, '‘', "'", 'PUNCT', 35, 'punct'),
    (34, 'Everyone', 'everyone', 'PRON', 35, 'nsubj'),
    (35, 'chipped', 'chip', 'VERB', 31, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (36, 'in', 'in', 'ADV', 35, 'advmod'), (37, '.', '.', 'PUNCT', 31, 'punct'),
    (38, '’', "'", 'PUNCT', 31, 'punct'),
])

ACCUSED_OF_PREPARING = ('He conceded his batsmen had been ‘too timid by half’ against spin, and accused the groundstaff of preparing ‘a pitch made for one side’.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss'), (4, 'batsmen', 'batsmen', 'NOUN', 9, 'nsubj:pass'),
    (5, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'been', 'be', 'AUX', 9, 'aux:pass', 'Tense=Past|VerbForm=Part'), (7, '‘', "'", 'PUNCT', 9, 'punct'),
    (8, 'too', 'too', 'ADV', 9, 'advmod'),
    (9, 'timid', 'timid', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'by', 'by', 'ADP', 11, 'case'), (11, 'half', 'half', 'NOUN', 9, 'obl:agent'),
    (12, '’', "'", 'PUNCT', 11, 'punct'), (13, 'against', 'against', 'ADP', 14, 'case'),
    (14, 'spin', 'spin', 'NOUN', 9, 'obl'), (15, ',', ',', 'PUNCT', 17, 'punct'),
    (16, 'and', 'and', 'CCONJ', 17, 'cc'),
    (17, 'accused', 'accuse', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'groundstaff', 'groundstaff', 'NOUN', 17, 'obj'),
    (20, 'of', 'of', 'SCONJ', 21, 'mark'),
    (21, 'preparing', 'prepare', 'VERB', 19, 'acl', 'Tense=Pres|VerbForm=Part'),
    (22, '‘', "'", 'PUNCT', 24, 'punct'), (23, 'a', 'a', 'DET', 24, 'det'),
    (24, 'pitch', 'pitch', 'NOUN', 19, 'appos'),
    (25, 'made', 'make', 'VERB', 24, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (26, 'for', 'for', 'ADP', 28, 'case'), (27, 'one', 'one', 'NUM', 28, 'nummod'),
    (28, 'side', 'side', 'NOUN', 25, 'obl'), (29, '’', "'", 'PUNCT', 25, 'punct'),
    (30, '.', '.', 'PUNCT', 2, 'punct'),
])

DENIED_RIFT_INSISTING = ('He denied that there was any rift between the senior players and the coaching staff, insisting the squad remained ‘completely united’, but would not say whether he would lead the side in the final Test in Sandhaven.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'denied', 'deny', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 5, 'mark'), (4, 'there', 'there', 'PRON', 5, 'expl'),
    (5, 'was', 'be', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'any', 'any', 'DET', 7, 'det'), (7, 'rift', 'rift', 'NOUN', 5, 'nsubj'),
    (8, 'between', 'between', 'ADP', 11, 'case'), (9, 'the', 'the', 'DET', 11, 'det'),
    (10, 'senior', 'senior', 'ADJ', 11, 'amod'), (11, 'players', 'player', 'NOUN', 7, 'nmod'),
    (12, 'and', 'and', 'CCONJ', 15, 'cc'), (13, 'the', 'the', 'DET', 15, 'det'),
    (14, 'coaching', 'coaching', 'NOUN', 15, 'compound'), (15, 'staff', 'staff', 'NOUN', 11, 'conj'),
    (16, ',', ',', 'PUNCT', 17, 'punct'),
    (17, 'insisting', 'insist', 'VERB', 15, 'acl', 'Tense=Pres|VerbForm=Part'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'squad', 'squad', 'NOUN', 20, 'nsubj'),
    (20, 'remained', 'remain', 'VERB', 17, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, '‘', "'", 'PUNCT', 23, 'punct'), (22, 'completely', 'completely', 'ADV', 23, 'advmod'),
    (23, 'united', 'united', 'VERB', 20, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, '’', "'", 'PUNCT', 29, 'punct'), (25, ',', ',', 'PUNCT', 29, 'punct'),
    (26, 'but', 'but', 'CCONJ', 29, 'cc'), (27, 'would', 'would', 'AUX', 29, 'aux', 'VerbForm=Fin'),
    (28, 'not', 'not', 'PART', 29, 'advmod'), (29, 'say', 'say', 'VERB', 2, 'conj', 'VerbForm=Inf'),
    (30, 'whether', 'whether', 'SCONJ', 33, 'mark'), (31, 'he', 'he', 'PRON', 33, 'nsubj'),
    (32, 'would', 'would', 'AUX', 33, 'aux', 'VerbForm=Fin'),
    (33, 'lead', 'lead', 'VERB', 29, 'ccomp', 'VerbForm=Inf'), (34, 'the', 'the', 'DET', 35, 'det'),
    (35, 'side', 'side', 'NOUN', 33, 'obj'), (36, 'in', 'in', 'ADP', 39, 'case'),
    (37, 'the', 'the', 'DET', 39, 'det'), (38, 'final', 'final', 'ADJ', 39, 'amod'),
    (39, 'Test', 'test', 'NOUN', 33, 'obl'), (40, 'in', 'in', 'ADP', 41, 'case'),
    (41, 'Sandhaven', 'sandhaven', 'PROPN', 39, 'nmod'), (42, '.', '.', 'PUNCT', 2, 'punct'),
])

CLAIM_TREASURY_NEVER_CONFIRMED = ('During the campaign Tallis had claimed the bypass was fully funded, a claim the Treasury never confirmed.', [
    (1, 'During', 'during', 'ADP', 3, 'case'), (2, 'the', 'the', 'DET', 3, 'det'),
    (3, 'campaign', 'campaign', 'NOUN', 6, 'obl'), (4, 'Tallis', 'tallis', 'PROPN', 6, 'nsubj'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'claimed', 'claim', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'bypass', 'bypass', 'NOUN', 11, 'nsubj:pass'),
    (9, 'was', 'be', 'AUX', 11, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'fully', 'fully', 'ADV', 11, 'advmod'),
    (11, 'funded', 'fund', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, ',', ',', 'PUNCT', 14, 'punct'), (13, 'a', 'a', 'DET', 14, 'det'),
    (14, 'claim', 'claim', 'NOUN', 18, 'obj'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'Treasury', 'treasury', 'PROPN', 18, 'nsubj'), (17, 'never', 'never', 'ADV', 18, 'advmod'),
    (18, 'confirmed', 'confirm', 'VERB', 11, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, '.', '.', 'PUNCT', 6, 'punct'),
])

REDDEL_58_STEELWORKER = ('Tomas Reddel, 58, a former steelworker, spoke first.', [
    (1, 'Tomas', 'tomas', 'PROPN', 10, 'nsubj'), (2, 'Reddel', 'reddel', 'PROPN', 10, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '58', '58', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 8, 'punct'), (6, 'a', 'a', 'DET', 8, 'det'),
    (7, 'former', 'former', 'ADJ', 8, 'amod'), (8, 'steelworker', 'steelworker', 'NOUN', 1, 'appos'),
    (9, ',', ',', 'PUNCT', 4, 'punct'),
    (10, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'first', 'first', 'ADV', 10, 'advmod'), (12, '.', '.', 'PUNCT', 10, 'punct'),
])

THE_58_YEAR_OLD_ACCUSED = ('The 58-year-old accused the government of trying to rush the bill through parliament.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, '58', '58', 'NUM', 0, 'root'), (3, '-', '-', 'PUNCT', 4, 'punct'),
    (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'), (5, '-', '-', 'PUNCT', 4, 'punct'),
    (6, 'old', 'old', 'ADJ', 2, 'appos'),
    (7, 'accused', 'accuse', 'VERB', 6, 'acl', 'Tense=Past|VerbForm=Part'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'government', 'government', 'NOUN', 7, 'obj'), (10, 'of', 'of', 'SCONJ', 11, 'mark'),
    (11, 'trying', 'try', 'VERB', 9, 'acl', 'Tense=Pres|VerbForm=Part'), (12, 'to', 'to', 'PART', 13, 'mark'),
    (13, 'rush', 'rush', 'VERB', 11, 'xcomp', 'VerbForm=Inf'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'bill', 'bill', 'NOUN', 13, 'obj'), (16, 'through', 'through', 'ADP', 17, 'case'),
    (17, 'parliament', 'parliament', 'NOUN', 13, 'obl'), (18, '.', '.', 'PUNCT', 2, 'punct'),
])

WITHOUT_HER_BRANDT_SAYS = ('Without her, Brandt says, half of them would be hanging on a museum wall rather than being played four nights a week.', [
    (1, 'Without', 'without', 'ADP', 2, 'case'), (2, 'her', 'she', 'PRON', 5, 'obl'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Brandt', 'brandt', 'PROPN', 5, 'nsubj'),
    (5, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, ',', ',', 'PUNCT', 12, 'punct'), (7, 'half', 'half', 'NOUN', 12, 'nsubj'),
    (8, 'of', 'of', 'ADP', 9, 'case'), (9, 'them', 'they', 'PRON', 7, 'nmod'),
    (10, 'would', 'would', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (11, 'be', 'be', 'AUX', 12, 'aux', 'VerbForm=Inf'),
    (12, 'hanging', 'hang', 'VERB', 5, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (13, 'on', 'on', 'ADP', 16, 'case'), (14, 'a', 'a', 'DET', 16, 'det'),
    (15, 'museum', 'museum', 'NOUN', 16, 'compound'), (16, 'wall', 'wall', 'NOUN', 12, 'obl'),
    (17, 'rather', 'rather', 'ADV', 20, 'advmod'), (18, 'than', 'than', 'SCONJ', 20, 'mark'),
    (19, 'being', 'be', 'AUX', 20, 'aux:pass', 'Tense=Pres|VerbForm=Part'),
    (20, 'played', 'play', 'VERB', 12, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (21, 'four', 'four', 'NUM', 22, 'nummod'), (22, 'nights', 'night', 'NOUN', 20, 'obj'),
    (23, 'a', 'a', 'DET', 24, 'det'), (24, 'week', 'week', 'NOUN', 20, 'obl:unmarked'),
    (25, '.', '.', 'PUNCT', 5, 'punct'),
])

WHEN_THE_RESCUERS_CAME = ('When the rescuers came, she said, they were "angels with no equipment."', [
    (1, 'When', 'when', 'ADV', 4, 'advmod'), (2, 'the', 'the', 'DET', 3, 'det'),
    (3, 'rescuers', 'rescuer', 'NOUN', 4, 'nsubj'),
    (4, 'came', 'come', 'VERB', 7, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'she', 'she', 'PRON', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 4, 'punct'), (9, 'they', 'they', 'PRON', 12, 'nsubj'),
    (10, 'were', 'be', 'AUX', 12, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, '"', '"', 'PUNCT', 12, 'punct'), (12, 'angels', 'angel', 'NOUN', 7, 'ccomp'),
    (13, 'with', 'with', 'ADP', 15, 'case'), (14, 'no', 'no', 'DET', 15, 'det'),
    (15, 'equipment', 'equipment', 'NOUN', 12, 'nmod'), (16, '.', '.', 'PUNCT', 7, 'punct'),
    (17, '"', '"', 'PUNCT', 7, 'punct'),
])

WHILE_PROGRESS_MORE_NEEDED = ('She said that while progress had been made, more needed to be done.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 11, 'mark'), (4, 'while', 'while', 'SCONJ', 8, 'mark'),
    (5, 'progress', 'progress', 'NOUN', 8, 'nsubj:pass'),
    (6, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'been', 'be', 'AUX', 8, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (8, 'made', 'make', 'VERB', 11, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, ',', ',', 'PUNCT', 8, 'punct'), (10, 'more', 'more', 'ADV', 11, 'advmod'),
    (11, 'needed', 'need', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'to', 'to', 'PART', 14, 'mark'), (13, 'be', 'be', 'AUX', 14, 'aux:pass', 'VerbForm=Inf'),
    (14, 'done', 'do', 'VERB', 11, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, '.', '.', 'PUNCT', 2, 'punct'),
])

INSISTED_LOPEZ_CAPTAIN = ('"It\'s not over," insisted Maria Lopez, the team\'s captain.', [
    (1, '"', '"', 'PUNCT', 5, 'punct'), (2, 'It', 'it', 'PRON', 5, 'nsubj'),
    (3, "'s", 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'not', 'not', 'PART', 5, 'advmod'), (5, 'over', 'over', 'ADV', 8, 'advcl'),
    (6, ',', ',', 'PUNCT', 5, 'punct'), (7, '"', '"', 'PUNCT', 5, 'punct'),
    (8, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'Maria', 'maria', 'PROPN', 8, 'obj'), (10, 'Lopez', 'lopez', 'PROPN', 9, 'flat'),
    (11, ',', ',', 'PUNCT', 15, 'punct'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'team', 'team', 'NOUN', 15, 'nmod:poss'), (14, "'s", "'s", 'PART', 13, 'case'),
    (15, 'captain', 'captain', 'NOUN', 8, 'obj'), (16, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_LOCAL_MP_CALLED = ('In a post on social media, the local MP called the decision "a disgrace".', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'), (3, 'post', 'post', 'NOUN', 11, 'obl'),
    (4, 'on', 'on', 'ADP', 6, 'case'), (5, 'social', 'social', 'ADJ', 6, 'amod'),
    (6, 'media', 'media', 'NOUN', 3, 'nmod'), (7, ',', ',', 'PUNCT', 3, 'punct'),
    (8, 'the', 'the', 'DET', 10, 'det'), (9, 'local', 'local', 'ADJ', 10, 'amod'),
    (10, 'MP', 'mp', 'PROPN', 11, 'nsubj'),
    (11, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'decision', 'decision', 'NOUN', 11, 'obj'),
    (14, '"', '"', 'PUNCT', 16, 'punct'), (15, 'a', 'a', 'DET', 16, 'det'),
    (16, 'disgrace', 'disgrace', 'NOUN', 11, 'obj'), (17, '"', '"', 'PUNCT', 16, 'punct'),
    (18, '.', '.', 'PUNCT', 11, 'punct'),
])

SPOKESWOMAN_CONFIRMED_ARRESTED = ('A police spokeswoman confirmed two men had been arrested.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'police', 'police', 'NOUN', 3, 'compound'),
    (3, 'spokeswoman', 'spokeswoman', 'NOUN', 9, 'nsubj:pass'),
    (4, 'confirmed', 'confirm', 'VERB', 6, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'two', 'two', 'NUM', 6, 'nummod'), (6, 'men', 'man', 'NOUN', 9, 'nsubj:pass'),
    (7, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'been', 'be', 'AUX', 9, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (9, 'arrested', 'arrest', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, '.', '.', 'PUNCT', 9, 'punct'),
])

TWO_PEOPLE_FAMILIAR_SAID = ('Two people familiar with the club’s thinking said Castlemere had already approached Declan Moriarty about the job.', [
    (1, 'Two', 'two', 'NUM', 2, 'nummod'), (2, 'people', 'people', 'NOUN', 13, 'nsubj'),
    (3, 'familiar', 'familiar', 'ADJ', 13, 'advcl'), (4, 'with', 'with', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'club', 'club', 'NOUN', 10, 'nmod:poss'),
    (7, '’s', "'s", 'PART', 6, 'case'),
    (8, 'thinking', 'think', 'VERB', 10, 'amod', 'Tense=Pres|VerbForm=Part'),
    (9, 'said', 'say', 'VERB', 10, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'Castlemere', 'castlemere', 'NOUN', 13, 'nsubj'),
    (11, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'already', 'already', 'ADV', 13, 'advmod'),
    (13, 'approached', 'approach', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (14, 'Declan', 'declan', 'PROPN', 15, 'compound'), (15, 'Moriarty', 'moriarty', 'PROPN', 13, 'obj'),
    (16, 'about', 'about', 'ADP', 18, 'case'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'job', 'job', 'NOUN', 13, 'obl'), (19, '.', '.', 'PUNCT', 13, 'punct'),
])

ONE_TRUSTEE_SAID = ('"There is no money left," one trustee said.', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'There', 'there', 'PRON', 3, 'expl'),
    (3, 'is', 'be', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'no', 'no', 'DET', 5, 'det'), (5, 'money', 'money', 'NOUN', 3, 'nsubj'),
    (6, 'left', 'leave', 'VERB', 3, 'nsubj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, ',', ',', 'PUNCT', 3, 'punct'), (8, '"', '"', 'PUNCT', 3, 'punct'),
    (9, 'one', 'one', 'NUM', 10, 'nummod'), (10, 'trustee', 'trustee', 'NOUN', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

ANOTHER_WHO_ASKED = ('Another, who asked not to be named, said the board had been "asleep at the wheel".', [
    (1, 'Another', 'another', 'DET', 10, 'nsubj:outer'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'who', 'who', 'PRON', 4, 'nsubj'),
    (4, 'asked', 'ask', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'not', 'not', 'PART', 8, 'advmod'), (6, 'to', 'to', 'PART', 8, 'mark'),
    (7, 'be', 'be', 'AUX', 8, 'aux:pass', 'VerbForm=Inf'),
    (8, 'named', 'name', 'VERB', 4, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, ',', ',', 'PUNCT', 4, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'board', 'board', 'NOUN', 16, 'nsubj'),
    (13, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'been', 'be', 'AUX', 16, 'cop', 'Tense=Past|VerbForm=Part'), (15, '"', '"', 'PUNCT', 16, 'punct'),
    (16, 'asleep', 'asleep', 'NOUN', 10, 'ccomp'), (17, 'at', 'at', 'ADP', 19, 'case'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'wheel', 'wheel', 'NOUN', 16, 'nmod'),
    (20, '"', '"', 'PUNCT', 16, 'punct'), (21, '.', '.', 'PUNCT', 10, 'punct'),
])

REUTERS_QUOTED_DIPLOMAT = ('Reuters quoted a senior diplomat as saying the delegations had not met since Friday.', [
    (1, 'Reuters', 'reuters', 'NOUN', 2, 'nsubj'),
    (2, 'quoted', 'quote', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'a', 'a', 'DET', 5, 'det'), (4, 'senior', 'senior', 'ADJ', 5, 'amod'),
    (5, 'diplomat', 'diplomat', 'NOUN', 2, 'obj'), (6, 'as', 'as', 'SCONJ', 7, 'mark'),
    (7, 'saying', 'say', 'VERB', 2, 'advcl', 'Tense=Pres|VerbForm=Part'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'delegations', 'delegation', 'NOUN', 12, 'nsubj'),
    (10, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'not', 'not', 'PART', 12, 'advmod'),
    (12, 'met', 'meet', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, 'since', 'since', 'ADP', 14, 'case'), (14, 'Friday', 'friday', 'PROPN', 12, 'obl'),
    (15, '.', '.', 'PUNCT', 2, 'punct'),
])

VOSS_QUOTED_BY = ('Voss was quoted by StackWire as saying the cuts were painful.', [
    (1, 'Voss', 'voss', 'PROPN', 3, 'nsubj:pass'),
    (2, 'was', 'be', 'AUX', 3, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'quoted', 'quote', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (4, 'by', 'by', 'ADP', 5, 'case'), (5, 'StackWire', 'stackwire', 'PROPN', 3, 'obl:agent'),
    (6, 'as', 'as', 'SCONJ', 7, 'mark'), (7, 'saying', 'say', 'VERB', 3, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'cuts', 'cut', 'NOUN', 11, 'nsubj'),
    (10, 'were', 'be', 'AUX', 11, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'painful', 'painful', 'ADJ', 7, 'ccomp'), (12, '.', '.', 'PUNCT', 3, 'punct'),
])

STATEMENT_SAYING_AS_NOUN = ("Holm's office later issued a statement saying talks would resume on Monday.", [
    (1, 'Holm', 'holm', 'PROPN', 3, 'nmod:poss'), (2, "'s", "'s", 'PART', 1, 'case'),
    (3, 'office', 'office', 'NOUN', 5, 'nsubj'), (4, 'later', 'late', 'ADV', 5, 'advmod'),
    (5, 'issued', 'issue', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'a', 'a', 'DET', 9, 'det'), (7, 'statement', 'statement', 'NOUN', 9, 'compound'),
    (8, 'saying', 'saying', 'NOUN', 9, 'compound'), (9, 'talks', 'talk', 'NOUN', 11, 'nsubj'),
    (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'resume', 'resume', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (12, 'on', 'on', 'ADP', 13, 'case'),
    (13, 'Monday', 'monday', 'PROPN', 11, 'obl'), (14, '.', '.', 'PUNCT', 5, 'punct'),
])

NIGHT_GUARD_TOLLEY = ('The gallery’s night guard, Frank Tolley, 63, told the Harrowden Echo he had been checking the basement stores when the alarm sounded.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'gallery', 'gallery', 'NOUN', 5, 'nmod:poss'),
    (3, '’s', "'s", 'PART', 2, 'case'), (4, 'night', 'night', 'NOUN', 5, 'compound'),
    (5, 'guard', 'guard', 'NOUN', 12, 'nsubj'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'Frank', 'frank', 'PROPN', 8, 'compound'), (8, 'Tolley', 'tolley', 'PROPN', 5, 'appos'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, '63', '63', 'NUM', 8, 'appos'),
    (11, ',', ',', 'PUNCT', 5, 'punct'),
    (12, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 15, 'det'), (14, 'Harrowden', 'harrowden', 'PROPN', 15, 'compound'),
    (15, 'Echo', 'echo', 'PROPN', 12, 'iobj'), (16, 'he', 'he', 'PRON', 19, 'nsubj'),
    (17, 'had', 'have', 'AUX', 19, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'been', 'be', 'AUX', 19, 'aux', 'Tense=Past|VerbForm=Part'),
    (19, 'checking', 'check', 'VERB', 12, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (20, 'the', 'the', 'DET', 22, 'det'), (21, 'basement', 'basement', 'NOUN', 22, 'compound'),
    (22, 'stores', 'store', 'NOUN', 19, 'obj'), (23, 'when', 'when', 'ADV', 26, 'advmod'),
    (24, 'the', 'the', 'DET', 25, 'det'), (25, 'alarm', 'alarm', 'NOUN', 26, 'nsubj'),
    (26, 'sounded', 'sound', 'VERB', 19, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, '.', '.', 'PUNCT', 12, 'punct'),
])

SAID_THE_63_YEAR_OLD = ('‘By the time I got upstairs the frames were on the floor,’ said the 63-year-old.', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'By', 'by', 'ADP', 4, 'case'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'time', 'time', 'NOUN', 16, 'obl'), (5, 'I', 'i', 'PRON', 6, 'nsubj'),
    (6, 'got', 'get', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (7, 'upstairs', 'upstairs', 'NOUN', 6, 'obj'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'frames', 'frame', 'NOUN', 13, 'nsubj'),
    (10, 'were', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'on', 'on', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'floor', 'floor', 'NOUN', 16, 'ccomp'), (14, ',', ',', 'PUNCT', 4, 'punct'),
    (15, '’', "'s", 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 22, 'det'), (18, '63', '63', 'NUM', 20, 'nummod'),
    (19, '-', '-', 'PUNCT', 18, 'punct'), (20, 'year', 'year', 'NOUN', 22, 'obl:unmarked'),
    (21, '-', '-', 'PUNCT', 20, 'punct'), (22, 'old', 'old', 'ADJ', 16, 'ccomp'),
    (23, '.', '.', 'PUNCT', 16, 'punct'),
])

MARCHETTI_SPOKE = ('Julien Marchetti has never been one for red carpets.', [
    (1, 'Julien', 'julien', 'PROPN', 2, 'compound'), (2, 'Marchetti', 'marchetti', 'PROPN', 6, 'nsubj'),
    (3, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'never', 'never', 'ADV', 6, 'advmod'), (5, 'been', 'be', 'AUX', 6, 'cop', 'Tense=Past|VerbForm=Part'),
    (6, 'one', 'one', 'NUM', 0, 'root'), (7, 'for', 'for', 'ADP', 9, 'case'),
    (8, 'red', 'red', 'ADJ', 9, 'amod'), (9, 'carpets', 'carpet', 'NOUN', 6, 'nmod'),
    (10, '.', '.', 'PUNCT', 6, 'punct'),
])

THE_68_YEAR_OLD_DIRECTOR = ('But on Wednesday night the 68-year-old director walked one to a standing ovation.', [
    (1, 'But', 'but', 'CCONJ', 12, 'cc'), (2, 'on', 'on', 'ADP', 4, 'case'),
    (3, 'Wednesday', 'wednesday', 'PROPN', 4, 'compound'), (4, 'night', 'night', 'NOUN', 12, 'obl'),
    (5, 'the', 'the', 'DET', 11, 'det'), (6, '68', '68', 'NUM', 8, 'nummod'),
    (7, '-', '-', 'PUNCT', 6, 'punct'), (8, 'year', 'year', 'NOUN', 10, 'obl:unmarked'),
    (9, '-', '-', 'PUNCT', 8, 'punct'), (10, 'old', 'old', 'ADJ', 11, 'amod'),
    (11, 'director', 'director', 'NOUN', 12, 'nsubj'),
    (12, 'walked', 'walk', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'one', 'one', 'NUM', 12, 'obj'), (14, 'to', 'to', 'ADP', 17, 'case'),
    (15, 'a', 'a', 'DET', 17, 'det'), (16, 'standing', 'standing', 'NOUN', 17, 'compound'),
    (17, 'ovation', 'ovation', 'NOUN', 12, 'obl'), (18, '.', '.', 'PUNCT', 12, 'punct'),
])

MARCHETTI_SAID = ('“I cried,” Marchetti said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'cried', 'cry', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (4, ',', ',', 'PUNCT', 3, 'punct'), (5, '”', '"', 'PUNCT', 3, 'punct'),
    (6, 'Marchetti', 'marchetti', 'PROPN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, '.', '.', 'PUNCT', 7, 'punct'),
])

FERROW_VETERINARY_SURGEON = ('“This is not my victory,” said Rosalind Ferrow, a 44-year-old veterinary surgeon.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'This', 'this', 'PRON', 6, 'nsubj'),
    (3, 'is', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'not', 'not', 'PART', 6, 'advmod'), (5, 'my', 'my', 'PRON', 6, 'nmod:poss'),
    (6, 'victory', 'victory', 'NOUN', 9, 'ccomp'), (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, '”', '"', 'PUNCT', 6, 'punct'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'Rosalind', 'rosalind', 'PROPN', 9, 'nsubj'), (11, 'Ferrow', 'ferrow', 'PROPN', 10, 'flat'),
    (12, ',', ',', 'PUNCT', 20, 'punct'), (13, 'a', 'a', 'DET', 20, 'det'),
    (14, '44', '44', 'NUM', 16, 'nummod'), (15, '-', '-', 'PUNCT', 14, 'punct'),
    (16, 'year', 'year', 'NOUN', 18, 'obl:unmarked'), (17, '-', '-', 'PUNCT', 16, 'punct'),
    (18, 'old', 'old', 'ADJ', 20, 'amod'), (19, 'veterinary', 'veterinary', 'ADJ', 20, 'amod'),
    (20, 'surgeon', 'surgeon', 'NOUN', 11, 'appos'), (21, '.', '.', 'PUNCT', 9, 'punct'),
])

SENIOR_NURSE_STRUCK_OFF = ('A senior nurse has been struck off for falsifying patient records.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'senior', 'senior', 'ADJ', 3, 'amod'),
    (3, 'nurse', 'nurse', 'NOUN', 6, 'nsubj:pass'),
    (4, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'been', 'be', 'AUX', 6, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (6, 'struck', 'strike', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'off', 'off', 'ADP', 6, 'compound:prt'), (8, 'for', 'for', 'SCONJ', 9, 'mark'),
    (9, 'falsifying', 'falsify', 'VERB', 6, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (10, 'patient', 'patient', 'ADJ', 11, 'amod'), (11, 'records', 'record', 'NOUN', 9, 'obj'),
    (12, '.', '.', 'PUNCT', 6, 'punct'),
])

JANE_SMITH_FOUND = ('Jane Smith, 45, was found to have altered notes on 30 occasions.', [
    (1, 'Jane', 'jane', 'PROPN', 7, 'nsubj:pass'), (2, 'Smith', 'smith', 'PROPN', 7, 'nsubj:pass'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '45', '45', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'was', 'be', 'AUX', 7, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'found', 'find', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'to', 'to', 'PART', 10, 'mark'), (9, 'have', 'have', 'AUX', 10, 'aux', 'VerbForm=Inf'),
    (10, 'altered', 'alter', 'VERB', 7, 'xcomp', 'Tense=Past|VerbForm=Part'),
    (11, 'notes', 'note', 'NOUN', 10, 'obj'), (12, 'on', 'on', 'ADP', 14, 'case'),
    (13, '30', '30', 'NUM', 14, 'nummod'), (14, 'occasions', 'occasion', 'NOUN', 10, 'obl'),
    (15, '.', '.', 'PUNCT', 7, 'punct'),
])

SMITH_TOLD_PANEL = ('“I made mistakes,” Smith told the panel.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'made', 'make', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'mistakes', 'mistake', 'NOUN', 3, 'obj'), (5, ',', ',', 'PUNCT', 3, 'punct'),
    (6, '”', '"', 'PUNCT', 3, 'punct'), (7, 'Smith', 'smith', 'PROPN', 8, 'nsubj'),
    (8, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'panel', 'panel', 'NOUN', 8, 'iobj'),
    (11, '.', '.', 'PUNCT', 8, 'punct'),
])

SENATOR_SAID_TUESDAY = ('"We\'re not going anywhere," the senator, a Republican from Ohio, said Tuesday.', [
    (1, '"', '"', 'PUNCT', 5, 'punct'), (2, 'We', 'we', 'PRON', 5, 'nsubj'),
    (3, "'re", 'be', 'AUX', 5, 'aux', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'not', 'not', 'PART', 5, 'advmod'),
    (5, 'going', 'go', 'VERB', 17, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (6, 'anywhere', 'anywhere', 'ADV', 5, 'advmod'), (7, ',', ',', 'PUNCT', 10, 'punct'),
    (8, '"', '"', 'PUNCT', 10, 'punct'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'senator', 'senator', 'NOUN', 17, 'nsubj'), (11, ',', ',', 'PUNCT', 13, 'punct'),
    (12, 'a', 'a', 'DET', 13, 'det'), (13, 'Republican', 'republican', 'PROPN', 10, 'appos'),
    (14, 'from', 'from', 'ADP', 15, 'case'), (15, 'Ohio', 'ohio', 'PROPN', 13, 'nmod'),
    (16, ',', ',', 'PUNCT', 5, 'punct'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'Tuesday', 'tuesday', 'PROPN', 17, 'nsubj'), (19, '.', '.', 'PUNCT', 17, 'punct'),
])

BAKE_SHE_SAYS = ('"Bake," she says finally.', [
    (1, '"', '"', 'PUNCT', 2, 'punct'), (2, 'Bake', 'bake', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, '"', '"', 'PUNCT', 2, 'punct'),
    (5, 'she', 'she', 'PRON', 6, 'nsubj'),
    (6, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'finally', 'finally', 'ADV', 6, 'advmod'), (8, '.', '.', 'PUNCT', 6, 'punct'),
])

BROTHER_SAMI_SAYS = ("Her brother, Sami, who runs the shop's delivery van, says she never once considered the offer.", [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'brother', 'brother', 'NOUN', 14, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'Sami', 'sami', 'PROPN', 2, 'appos'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'who', 'who', 'PRON', 7, 'nsubj'),
    (7, 'runs', 'run', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'shop', 'shop', 'NOUN', 12, 'nmod:poss'),
    (10, "'s", "'s", 'PART', 9, 'case'), (11, 'delivery', 'delivery', 'NOUN', 12, 'compound'),
    (12, 'van', 'van', 'NOUN', 7, 'obj'), (13, ',', ',', 'PUNCT', 2, 'punct'),
    (14, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'she', 'she', 'PRON', 18, 'nsubj'), (16, 'never', 'never', 'ADV', 18, 'advmod'),
    (17, 'once', 'once', 'ADV', 18, 'advmod'),
    (18, 'considered', 'consider', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'offer', 'offer', 'NOUN', 18, 'obj'),
    (21, '.', '.', 'PUNCT', 14, 'punct'),
])

HE_SAYS_LAUGHING = ('"She would sooner close than sell," he says, laughing.', [
    (1, '"', '"', 'PUNCT', 5, 'punct'), (2, 'She', 'she', 'PRON', 4, 'nsubj'),
    (3, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'), (4, 'sooner', 'soon', 'ADJ', 5, 'advmod'),
    (5, 'close', 'close', 'ADJ', 11, 'ccomp'), (6, 'than', 'than', 'ADP', 7, 'case'),
    (7, 'sell', 'sell', 'NOUN', 5, 'obl'), (8, ',', ',', 'PUNCT', 5, 'punct'),
    (9, '"', '"', 'PUNCT', 5, 'punct'), (10, 'he', 'he', 'PRON', 11, 'nsubj'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, 'laughing', 'laugh', 'VERB', 11, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (14, '.', '.', 'PUNCT', 11, 'punct'),
])

PM_SPOKESMAN_SAID = ('The Prime Minister\'s official spokesman said there were "no plans" to change the target.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Prime', 'prime', 'ADJ', 3, 'amod'),
    (3, 'Minister', 'minister', 'PROPN', 6, 'nmod:poss'), (4, "'s", "'s", 'PART', 3, 'case'),
    (5, 'official', 'official', 'ADJ', 6, 'amod'), (6, 'spokesman', 'spokesman', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'there', 'there', 'PRON', 9, 'expl'),
    (9, 'were', 'be', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, '"', '"', 'PUNCT', 12, 'punct'), (11, 'no', 'no', 'DET', 12, 'det'),
    (12, 'plans', 'plan', 'NOUN', 9, 'nsubj'), (13, '"', '"', 'PUNCT', 12, 'punct'),
    (14, 'to', 'to', 'PART', 15, 'mark'), (15, 'change', 'change', 'VERB', 9, 'csubj', 'VerbForm=Inf'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'target', 'target', 'NOUN', 15, 'obj'),
    (18, '.', '.', 'PUNCT', 7, 'punct'),
])

SAID_TOM_EVANS_WHOSE = ('"We\'ve been waiting 18 months," said Tom Evans, whose daughter needs a hip operation.', [
    (1, '"', '"', 'PUNCT', 5, 'punct'), (2, 'We', 'we', 'PRON', 5, 'nsubj'),
    (3, "'ve", 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'been', 'be', 'AUX', 5, 'aux', 'Tense=Past|VerbForm=Part'),
    (5, 'waiting', 'wait', 'VERB', 10, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (6, '18', '18', 'NUM', 7, 'nummod'), (7, 'months', 'month', 'NOUN', 5, 'obj'),
    (8, ',', ',', 'PUNCT', 5, 'punct'), (9, '"', '"', 'PUNCT', 5, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'Tom', 'tom', 'PROPN', 12, 'compound'), (12, 'Evans', 'evans', 'PROPN', 10, 'nsubj'),
    (13, ',', ',', 'PUNCT', 16, 'punct'), (14, 'whose', 'whose', 'DET', 15, 'det'),
    (15, 'daughter', 'daughter', 'NOUN', 16, 'nsubj'),
    (16, 'needs', 'need', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'a', 'a', 'DET', 19, 'det'), (18, 'hip', 'hip', 'NOUN', 19, 'compound'),
    (19, 'operation', 'operation', 'NOUN', 16, 'obj'), (20, '.', '.', 'PUNCT', 10, 'punct'),
])

TALLIS_SPIRIT_OF_THE_BILL = ('Owen Tallis, the shadow education secretary, said his party supported ‘the spirit of the bill’ but argued that a national ban would strip head teachers of the right to decide for themselves.', [
    (1, 'Owen', 'owen', 'PROPN', 9, 'nsubj'), (2, 'Tallis', 'tallis', 'PROPN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 7, 'punct'), (4, 'the', 'the', 'DET', 7, 'det'),
    (5, 'shadow', 'shadow', 'NOUN', 7, 'compound'), (6, 'education', 'education', 'NOUN', 7, 'compound'),
    (7, 'secretary', 'secretary', 'NOUN', 1, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'his', 'his', 'PRON', 11, 'nmod:poss'), (11, 'party', 'party', 'NOUN', 9, 'obj'),
    (12, 'supported', 'support', 'VERB', 11, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, '‘', "'", 'PUNCT', 15, 'punct'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'spirit', 'spirit', 'NOUN', 9, 'nsubj'), (16, 'of', 'of', 'ADP', 18, 'case'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'bill', 'bill', 'NOUN', 15, 'nmod'),
    (19, '’', "'", 'PUNCT', 21, 'punct'), (20, 'but', 'but', 'CCONJ', 21, 'cc'),
    (21, 'argued', 'argue', 'VERB', 9, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'that', 'that', 'SCONJ', 27, 'mark'), (23, 'a', 'a', 'DET', 25, 'det'),
    (24, 'national', 'national', 'ADJ', 25, 'amod'), (25, 'ban', 'ban', 'NOUN', 27, 'nsubj'),
    (26, 'would', 'would', 'AUX', 27, 'aux', 'VerbForm=Fin'),
    (27, 'strip', 'strip', 'VERB', 21, 'ccomp', 'VerbForm=Inf'), (28, 'head', 'head', 'NOUN', 29, 'compound'),
    (29, 'teachers', 'teacher', 'NOUN', 27, 'obj'), (30, 'of', 'of', 'ADP', 32, 'case'),
    (31, 'the', 'the', 'DET', 32, 'det'), (32, 'right', 'right', 'NOUN', 29, 'nmod'),
    (33, 'to', 'to', 'PART', 34, 'mark'), (34, 'decide', 'decide', 'VERB', 27, 'advcl', 'VerbForm=Inf'),
    (35, 'for', 'for', 'ADP', 36, 'case'), (36, 'themselves', 'themselves', 'PRON', 34, 'obl'),
    (37, '.', '.', 'PUNCT', 9, 'punct'),
])

VILLAGES_ENGINEER_TOLD_COMMITTEE = ('Villages that had already flooded twice, the engineer told the committee, would need new defences.', [
    (1, 'Villages', 'village', 'NOUN', 10, 'nsubj'), (2, 'that', 'that', 'PRON', 5, 'nsubj'),
    (3, 'had', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'already', 'already', 'ADV', 5, 'advmod'),
    (5, 'flooded', 'flood', 'VERB', 1, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (6, 'twice', 'twice', 'ADV', 5, 'advmod'), (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'engineer', 'engineer', 'NOUN', 10, 'nsubj'),
    (10, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'committee', 'committee', 'NOUN', 10, 'iobj'),
    (13, ',', ',', 'PUNCT', 15, 'punct'), (14, 'would', 'would', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (15, 'need', 'need', 'VERB', 10, 'ccomp', 'VerbForm=Inf'), (16, 'new', 'new', 'ADJ', 17, 'amod'),
    (17, 'defences', 'defence', 'NOUN', 15, 'obj'), (18, '.', '.', 'PUNCT', 10, 'punct'),
])

COLE_VISITED = ('Health Secretary Ann Cole visited the hospital on Monday.', [
    (1, 'Health', 'health', 'PROPN', 2, 'nmod:desc'), (2, 'Secretary', 'secretary', 'PROPN', 5, 'nsubj'),
    (3, 'Ann', 'ann', 'PROPN', 2, 'flat'), (4, 'Cole', 'cole', 'PROPN', 3, 'flat'),
    (5, 'visited', 'visit', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'hospital', 'hospital', 'NOUN', 5, 'obj'),
    (8, 'on', 'on', 'ADP', 9, 'case'), (9, 'Monday', 'monday', 'PROPN', 5, 'obl'),
    (10, '.', '.', 'PUNCT', 5, 'punct'),
])

THE_MINISTER_SAID_LISTS = ('The minister said the waiting lists would fall by the summer.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'minister', 'minister', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'waiting', 'waiting', 'NOUN', 6, 'compound'),
    (6, 'lists', 'list', 'NOUN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'fall', 'fall', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (9, 'by', 'by', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'summer', 'summer', 'NOUN', 8, 'obl'),
    (12, '.', '.', 'PUNCT', 3, 'punct'),
])

HARLOW_ADMITTED_IN_INTERVIEW = ('Harlow, a former chemistry teacher, later admitted in an interview with Kelby FM that many parents in his ward wanted a ban.', [
    (1, 'Harlow', 'harlow', 'PROPN', 22, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'a', 'a', 'DET', 6, 'det'), (4, 'former', 'former', 'ADJ', 6, 'amod'),
    (5, 'chemistry', 'chemistry', 'NOUN', 6, 'compound'), (6, 'teacher', 'teacher', 'NOUN', 1, 'appos'),
    (7, ',', ',', 'PUNCT', 6, 'punct'), (8, 'later', 'late', 'ADV', 9, 'advmod'),
    (9, 'admitted', 'admit', 'VERB', 6, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'in', 'in', 'ADP', 12, 'case'), (11, 'an', 'a', 'DET', 12, 'det'),
    (12, 'interview', 'interview', 'NOUN', 9, 'obl'), (13, 'with', 'with', 'ADP', 14, 'case'),
    (14, 'Kelby', 'kelby', 'PROPN', 12, 'nmod'), (15, 'FM', 'fm', 'PROPN', 14, 'flat'),
    (16, 'that', 'that', 'SCONJ', 22, 'mark'), (17, 'many', 'many', 'ADJ', 18, 'amod'),
    (18, 'parents', 'parent', 'NOUN', 22, 'nsubj'), (19, 'in', 'in', 'ADP', 21, 'case'),
    (20, 'his', 'his', 'PRON', 21, 'nmod:poss'), (21, 'ward', 'ward', 'NOUN', 18, 'nmod'),
    (22, 'wanted', 'want', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'a', 'a', 'DET', 24, 'det'), (24, 'ban', 'ban', 'NOUN', 22, 'obj'),
    (25, '.', '.', 'PUNCT', 9, 'punct'),
])

OKAFOR_CONCEDED = ('Okafor, a former union official, later conceded in an interview with Radio Kelby that many members had doubts.', [
    (1, 'Okafor', 'okafor', 'PROPN', 0, 'root'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'a', 'a', 'DET', 5, 'det'), (4, 'former', 'former', 'ADJ', 5, 'amod'),
    (5, 'union', 'union', 'NOUN', 6, 'nsubj'), (6, 'official', 'official', 'ADJ', 1, 'list'),
    (7, ',', ',', 'PUNCT', 9, 'punct'), (8, 'later', 'late', 'ADV', 9, 'advmod'),
    (9, 'conceded', 'conced', 'VERB', 6, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'in', 'in', 'ADP', 12, 'case'), (11, 'an', 'a', 'DET', 12, 'det'),
    (12, 'interview', 'interview', 'NOUN', 9, 'obl'), (13, 'with', 'with', 'ADP', 15, 'case'),
    (14, 'Radio', 'radio', 'PROPN', 15, 'compound'), (15, 'Kelby', 'kelby', 'PROPN', 12, 'nmod'),
    (16, 'that', 'that', 'SCONJ', 19, 'mark'), (17, 'many', 'many', 'ADJ', 18, 'amod'),
    (18, 'members', 'member', 'NOUN', 19, 'nsubj'),
    (19, 'had', 'have', 'VERB', 9, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'doubts', 'doubt', 'NOUN', 19, 'obj'), (21, '.', '.', 'PUNCT', 6, 'punct'),
])

MARSH_ADMITTED_TO_PAPER = ('Marsh, a former bus driver, later admitted in an interview with a local paper that many drivers in her depot had quit.', [
    (1, 'Marsh', 'marsh', 'PROPN', 9, 'nsubj:pass'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'a', 'a', 'DET', 6, 'det'), (4, 'former', 'former', 'ADJ', 6, 'amod'),
    (5, 'bus', 'bus', 'NOUN', 6, 'compound'), (6, 'driver', 'driver', 'NOUN', 1, 'appos'),
    (7, ',', ',', 'PUNCT', 6, 'punct'), (8, 'later', 'late', 'ADV', 9, 'advmod'),
    (9, 'admitted', 'admit', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'in', 'in', 'ADP', 12, 'case'), (11, 'an', 'a', 'DET', 12, 'det'),
    (12, 'interview', 'interview', 'NOUN', 9, 'obl'), (13, 'with', 'with', 'ADP', 16, 'case'),
    (14, 'a', 'a', 'DET', 16, 'det'), (15, 'local', 'local', 'ADJ', 16, 'amod'),
    (16, 'paper', 'paper', 'NOUN', 9, 'obl'), (17, 'that', 'that', 'PRON', 24, 'obj'),
    (18, 'many', 'many', 'ADJ', 19, 'amod'), (19, 'drivers', 'driver', 'NOUN', 24, 'nsubj'),
    (20, 'in', 'in', 'ADP', 22, 'case'), (21, 'her', 'she', 'PRON', 22, 'nmod:poss'),
    (22, 'depot', 'depot', 'NOUN', 19, 'nmod'),
    (23, 'had', 'have', 'AUX', 24, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'quit', 'quit', 'VERB', 16, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (25, '.', '.', 'PUNCT', 9, 'punct'),
])

NURSE_WHO_WORKED_SAID = ('A nurse who worked the night shift said the ward had run out of beds by midnight.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'nurse', 'nurse', 'NOUN', 8, 'nsubj'),
    (3, 'who', 'who', 'PRON', 4, 'nsubj'),
    (4, 'worked', 'work', 'VERB', 2, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'night', 'night', 'NOUN', 7, 'compound'),
    (7, 'shift', 'shift', 'NOUN', 4, 'obj'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'ward', 'ward', 'NOUN', 12, 'nsubj'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'run', 'run', 'VERB', 8, 'ccomp', 'Tense=Past|VerbForm=Part'), (13, 'out', 'out', 'ADP', 15, 'case'),
    (14, 'of', 'of', 'ADP', 15, 'case'), (15, 'beds', 'bed', 'NOUN', 12, 'obl'),
    (16, 'by', 'by', 'ADP', 17, 'case'), (17, 'midnight', 'midnight', 'NOUN', 15, 'nmod'),
    (18, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_NURSE_ELLEN_PARK_TOLD = ('The nurse, Ellen Park of Riverside Hospital, told reporters that patients had waited for hours.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'nurse', 'nurse', 'NOUN', 10, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Ellen', 'ellen', 'PROPN', 2, 'appos'),
    (5, 'Park', 'park', 'PROPN', 4, 'flat'), (6, 'of', 'of', 'ADP', 8, 'case'),
    (7, 'Riverside', 'riverside', 'PROPN', 8, 'compound'), (8, 'Hospital', 'hospital', 'PROPN', 5, 'nmod'),
    (9, ',', ',', 'PUNCT', 2, 'punct'),
    (10, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'reporters', 'reporter', 'NOUN', 10, 'iobj'), (12, 'that', 'that', 'PRON', 15, 'obj'),
    (13, 'patients', 'patient', 'NOUN', 15, 'nsubj'),
    (14, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'waited', 'wait', 'VERB', 11, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (16, 'for', 'for', 'ADP', 17, 'case'), (17, 'hours', 'hour', 'NOUN', 15, 'obl'),
    (18, '.', '.', 'PUNCT', 10, 'punct'),
])

SIXTEEN_YEAR_OLDS_OWN = ('Around 40 per cent of 16-year-olds own a car, according to a survey published in May by the Office for Young People’s Health.', [
    (1, 'Around', 'around', 'ADP', 4, 'case'), (2, '40', '40', 'NUM', 0, 'root'),
    (3, 'per', 'per', 'ADP', 4, 'case'), (4, 'cent', 'cent', 'NOUN', 2, 'nmod'),
    (5, 'of', 'of', 'ADP', 10, 'case'), (6, '16', '16', 'NUM', 8, 'nummod'),
    (7, '-', '-', 'PUNCT', 6, 'punct'), (8, 'year', 'year', 'NOUN', 10, 'compound'),
    (9, '-', '-', 'PUNCT', 8, 'punct'), (10, 'olds', 'old', 'NOUN', 4, 'nmod'),
    (11, 'own', 'own', 'ADJ', 13, 'amod'), (12, 'a', 'a', 'DET', 13, 'det'),
    (13, 'car', 'car', 'NOUN', 10, 'nmod'), (14, ',', ',', 'PUNCT', 18, 'punct'),
    (15, 'according', 'accord', 'VERB', 18, 'case', 'Tense=Pres|VerbForm=Part'),
    (16, 'to', 'to', 'ADP', 18, 'case'), (17, 'a', 'a', 'DET', 18, 'det'),
    (18, 'survey', 'survey', 'NOUN', 11, 'obl'),
    (19, 'published', 'publish', 'VERB', 18, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'in', 'in', 'ADP', 21, 'case'), (21, 'May', 'may', 'PROPN', 19, 'obl'),
    (22, 'by', 'by', 'ADP', 24, 'case'), (23, 'the', 'the', 'DET', 24, 'det'),
    (24, 'Office', 'office', 'PROPN', 19, 'obl'), (25, 'for', 'for', 'ADP', 29, 'case'),
    (26, 'Young', 'young', 'ADJ', 27, 'amod'), (27, 'People', 'people', 'PROPN', 29, 'nmod:poss'),
    (28, '’s', "'s", 'PART', 27, 'case'), (29, 'Health', 'health', 'PROPN', 24, 'nmod'),
    (30, '.', '.', 'PUNCT', 2, 'punct'),
])

PUMPS_FAILED_REPORT_BY = ('The pumps that feed water to the town’s reservoirs failed at 6:15 in the evening, according to an initial report by the Marlow Water Authority.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'pumps', 'pump', 'NOUN', 11, 'nsubj'),
    (3, 'that', 'that', 'PRON', 4, 'nsubj'),
    (4, 'feed', 'feed', 'VERB', 2, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'water', 'water', 'NOUN', 4, 'obj'), (6, 'to', 'to', 'ADP', 10, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'town', 'town', 'NOUN', 10, 'nmod:poss'),
    (9, '’s', "'s", 'PART', 8, 'case'), (10, 'reservoirs', 'reservoir', 'NOUN', 5, 'nmod'),
    (11, 'failed', 'fail', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'at', 'at', 'ADP', 13, 'case'), (13, '6:15', '6:15', 'NUM', 11, 'obl'),
    (14, 'in', 'in', 'ADP', 16, 'case'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'evening', 'evening', 'NOUN', 11, 'obl'), (17, ',', ',', 'PUNCT', 22, 'punct'),
    (18, 'according', 'accord', 'VERB', 22, 'case', 'Tense=Pres|VerbForm=Part'),
    (19, 'to', 'to', 'ADP', 22, 'case'), (20, 'an', 'a', 'DET', 22, 'det'),
    (21, 'initial', 'initial', 'ADJ', 22, 'amod'), (22, 'report', 'report', 'NOUN', 11, 'obl'),
    (23, 'by', 'by', 'ADP', 27, 'case'), (24, 'the', 'the', 'DET', 27, 'det'),
    (25, 'Marlow', 'marlow', 'PROPN', 27, 'compound'), (26, 'Water', 'water', 'PROPN', 27, 'compound'),
    (27, 'Authority', 'authority', 'PROPN', 22, 'nmod'), (28, '.', '.', 'PUNCT', 11, 'punct'),
])

CARRICK_ELECTRIC_SAID = ('Carrick Electric said it had restored power.', [
    (1, 'Carrick', 'carrick', 'PROPN', 2, 'nmod:desc'), (2, 'Electric', 'electric', 'PROPN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'it', 'it', 'PRON', 6, 'nsubj'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'restored', 'restore', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'power', 'power', 'NOUN', 6, 'obj'), (8, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_COMPANY_DENIED_CORNERS = ('The company denied that it had cut corners.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'company', 'company', 'NOUN', 3, 'nsubj'),
    (3, 'denied', 'deny', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 6, 'mark'), (5, 'it', 'it', 'PRON', 6, 'nsubj'),
    (6, 'had', 'have', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'cut', 'cut', 'ADJ', 8, 'amod'), (8, 'corners', 'corner', 'NOUN', 6, 'obj'),
    (9, '.', '.', 'PUNCT', 3, 'punct'),
])

ONE_NURSE_DESCRIBED = ('One nurse, her hands shaking, described the night on the ward: “We had no beds left by midnight.”', [
    (1, 'One', 'one', 'NUM', 2, 'nummod'), (2, 'nurse', 'nurse', 'NOUN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'her', 'she', 'PRON', 6, 'nmod:poss'),
    (5, 'hands', 'hand', 'NOUN', 6, 'compound'), (6, 'shaking', 'shaking', 'NOUN', 2, 'appos'),
    (7, ',', ',', 'PUNCT', 2, 'punct'),
    (8, 'described', 'describe', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'night', 'night', 'NOUN', 8, 'obj'),
    (11, 'on', 'on', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'ward', 'ward', 'NOUN', 8, 'obl'), (14, ':', ':', 'PUNCT', 17, 'punct'),
    (15, '“', '"', 'PUNCT', 17, 'punct'), (16, 'We', 'we', 'PRON', 17, 'nsubj'),
    (17, 'had', 'have', 'VERB', 8, 'parataxis', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (18, 'no', 'no', 'DET', 19, 'det'), (19, 'beds', 'bed', 'NOUN', 17, 'obj'),
    (20, 'left', 'leave', 'VERB', 19, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (21, 'by', 'by', 'ADP', 22, 'case'), (22, 'midnight', 'midnight', 'NOUN', 20, 'obl'),
    (23, '.', '.', 'PUNCT', 8, 'punct'), (24, '”', '"', 'PUNCT', 8, 'punct'),
])

THE_NURSE_ADA_QUILL_HAS_WORKED = ('The nurse, Ada Quill, has worked at the hospital for 20 years.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'nurse', 'nurse', 'NOUN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Ada', 'ada', 'PROPN', 2, 'appos'),
    (5, 'Quill', 'quill', 'PROPN', 4, 'flat'), (6, ',', ',', 'PUNCT', 2, 'punct'),
    (7, 'has', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'worked', 'work', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (9, 'at', 'at', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'hospital', 'hospital', 'NOUN', 8, 'obl'),
    (12, 'for', 'for', 'ADP', 14, 'case'), (13, '20', '20', 'NUM', 14, 'nummod'),
    (14, 'years', 'year', 'NOUN', 8, 'obl'), (15, '.', '.', 'PUNCT', 8, 'punct'),
])

PROSECUTOR_VALE_SAID = ('Prosecutor Ann Vale said the evidence was clear.', [
    (1, 'Prosecutor', 'prosecutor', 'PROPN', 4, 'nsubj'), (2, 'Ann', 'ann', 'PROPN', 1, 'flat'),
    (3, 'Vale', 'vale', 'PROPN', 2, 'flat'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'evidence', 'evidence', 'NOUN', 8, 'nsubj'),
    (7, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'clear', 'clear', 'ADJ', 4, 'ccomp'), (9, '.', '.', 'PUNCT', 4, 'punct'),
])

UNDER_CROSS_EXAMINATION_HALE = ('Under cross-examination, the defence lawyer, Tom Hale, pressed Mira Cole on the dates.', [
    (1, 'Under', 'under', 'ADP', 4, 'case'), (2, 'cross', 'cross', 'NOUN', 4, 'compound'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'examination', 'examination', 'NOUN', 13, 'obl'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'the', 'the', 'DET', 8, 'det'),
    (7, 'defence', 'defence', 'NOUN', 8, 'compound'), (8, 'lawyer', 'lawyer', 'NOUN', 4, 'conj'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, 'Tom', 'tom', 'PROPN', 8, 'appos'),
    (11, 'Hale', 'hale', 'PROPN', 10, 'flat'), (12, ',', ',', 'PUNCT', 4, 'punct'),
    (13, 'pressed', 'press', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'Mira', 'mira', 'PROPN', 15, 'compound'), (15, 'Cole', 'cole', 'PROPN', 13, 'obj'),
    (16, 'on', 'on', 'ADP', 18, 'case'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'dates', 'date', 'NOUN', 13, 'obl'), (19, '.', '.', 'PUNCT', 13, 'punct'),
])

WHY_DID_YOU_WAIT = ('“Why did you wait?” he asked.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'Why', 'why', 'ADV', 5, 'advmod'),
    (3, 'did', 'do', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin'),
    (4, 'you', 'you', 'PRON', 5, 'nsubj'), (5, 'wait', 'wait', 'VERB', 9, 'ccomp', 'VerbForm=Inf'),
    (6, '?', '?', 'PUNCT', 5, 'punct'), (7, '”', '"', 'PUNCT', 5, 'punct'),
    (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, '.', '.', 'PUNCT', 9, 'punct'),
])

THE_29_YEAR_OLD_REPLIED = ('“Because I was scared,” the 29-year-old replied.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'Because', 'because', 'SCONJ', 5, 'mark'),
    (3, 'I', 'i', 'PRON', 5, 'nsubj:pass'),
    (4, 'was', 'be', 'AUX', 5, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'scared', 'scare', 'VERB', 14, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, ',', ',', 'PUNCT', 5, 'punct'), (7, '”', '"', 'PUNCT', 14, 'punct'),
    (8, 'the', 'the', 'DET', 14, 'det'), (9, '29', '29', 'NUM', 11, 'nummod'),
    (10, '-', '-', 'PUNCT', 9, 'punct'), (11, 'year', 'year', 'NOUN', 13, 'obl:unmarked'),
    (12, '-', '-', 'PUNCT', 11, 'punct'), (13, 'old', 'old', 'ADJ', 14, 'amod'),
    (14, 'replied', 'reply', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

REPLIED_THE_BASSIST = ('“It was hard,” replied the bassist Hana Reiss.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'It', 'it', 'PRON', 4, 'nsubj'),
    (3, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'hard', 'hard', 'ADJ', 7, 'advcl'), (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, '”', '"', 'PUNCT', 4, 'punct'),
    (7, 'replied', 'reply', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'bassist', 'bassist', 'NOUN', 7, 'obj'),
    (10, 'Hana', 'hana', 'PROPN', 7, 'obj'), (11, 'Reiss', 'reiss', 'PROPN', 10, 'flat'),
    (12, '.', '.', 'PUNCT', 7, 'punct'),
])

AIDE_TO_EX_MAYOR_TOLD = ('A former aide to ex-Mayor Curtis Dunmore told a jury on Tuesday that she had carried cash to City Hall.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'former', 'former', 'ADJ', 3, 'amod'),
    (3, 'aide', 'aide', 'NOUN', 10, 'nsubj'), (4, 'to', 'to', 'ADP', 5, 'case'),
    (5, 'ex', 'ex', 'PROPN', 3, 'nmod'), (6, '-', '-', 'PUNCT', 5, 'punct'),
    (7, 'Mayor', 'mayor', 'PROPN', 8, 'compound'), (8, 'Curtis', 'curtis', 'PROPN', 9, 'compound'),
    (9, 'Dunmore', 'dunmore', 'PROPN', 3, 'nmod'),
    (10, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'a', 'a', 'DET', 12, 'det'), (12, 'jury', 'jury', 'NOUN', 10, 'iobj'),
    (13, 'on', 'on', 'ADP', 14, 'case'), (14, 'Tuesday', 'tuesday', 'PROPN', 12, 'nmod'),
    (15, 'that', 'that', 'SCONJ', 18, 'mark'), (16, 'she', 'she', 'PRON', 18, 'nsubj'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'carried', 'carry', 'VERB', 12, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (19, 'cash', 'cash', 'NOUN', 18, 'obj'), (20, 'to', 'to', 'ADP', 21, 'case'),
    (21, 'City', 'city', 'PROPN', 18, 'obl'), (22, 'Hall', 'hall', 'PROPN', 21, 'flat'),
    (23, '.', '.', 'PUNCT', 10, 'punct'),
])

DUNMORE_LISTENED = ('Dunmore, 61, listened with his eyes closed.', [
    (1, 'Dunmore', 'dunmore', 'PROPN', 5, 'nsubj'), (2, ',', ',', 'PUNCT', 3, 'punct'),
    (3, '61', '61', 'NUM', 1, 'nmod:unmarked'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'listened', 'listen', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'with', 'with', 'ADP', 8, 'case'), (7, 'his', 'his', 'PRON', 8, 'nmod:poss'),
    (8, 'eyes', 'eye', 'NOUN', 5, 'obl'),
    (9, 'closed', 'close', 'VERB', 5, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, '.', '.', 'PUNCT', 5, 'punct'),
])

LEAVING_COURT_HE_TOLD = ('Leaving court, he told reporters: “I am innocent.”', [
    (1, 'Leaving', 'leave', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'court', 'court', 'NOUN', 5, 'iobj'), (3, ',', ',', 'PUNCT', 1, 'punct'),
    (4, 'he', 'he', 'PRON', 5, 'nsubj'),
    (5, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'reporters', 'reporter', 'NOUN', 5, 'iobj'), (7, ':', ':', 'PUNCT', 11, 'punct'),
    (8, '“', '"', 'PUNCT', 11, 'punct'), (9, 'I', 'i', 'PRON', 11, 'nsubj'),
    (10, 'am', 'be', 'AUX', 11, 'cop', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (11, 'innocent', 'innocent', 'ADJ', 5, 'ccomp'), (12, '.', '.', 'PUNCT', 5, 'punct'),
    (13, '”', '"', 'PUNCT', 5, 'punct'),
])

FBI_SPECIAL_AGENT_TESTIFIED = ('FBI Special Agent Dorian Pike testified on Monday that agents had recorded more than 40 hours of calls.', [
    (1, 'FBI', 'fbi', 'PROPN', 4, 'compound'), (2, 'Special', 'special', 'ADJ', 5, 'amod'),
    (3, 'Agent', 'agent', 'PROPN', 4, 'nmod:desc'), (4, 'Dorian', 'dorian', 'PROPN', 5, 'compound'),
    (5, 'Pike', 'pike', 'PROPN', 6, 'nsubj'),
    (6, 'testified', 'testify', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'Monday', 'monday', 'PROPN', 6, 'obl'),
    (9, 'that', 'that', 'SCONJ', 12, 'mark'), (10, 'agents', 'agent', 'NOUN', 12, 'nsubj'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'recorded', 'record', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, 'more', 'more', 'ADJ', 12, 'advmod'), (14, 'than', 'than', 'ADP', 16, 'case'),
    (15, '40', '40', 'NUM', 16, 'nummod'), (16, 'hours', 'hour', 'NOUN', 12, 'obj'),
    (17, 'of', 'of', 'ADP', 18, 'case'), (18, 'calls', 'call', 'NOUN', 16, 'nmod'),
    (19, '.', '.', 'PUNCT', 6, 'punct'),
])

PRYCE_INSISTED_AS_HE_FACED = ('The Transport Secretary, Owen Pryce, insisted on Monday that the new timetable was ‘safe and sensible’ as he faced angry questions from commuters in a packed town hall.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Transport', 'transport', 'PROPN', 3, 'compound'),
    (3, 'Secretary', 'secretary', 'PROPN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'Owen', 'owen', 'PROPN', 6, 'compound'), (6, 'Pryce', 'pryce', 'PROPN', 3, 'appos'),
    (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'insisted', 'insist', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'on', 'on', 'ADP', 10, 'case'), (10, 'Monday', 'monday', 'PROPN', 8, 'obl'),
    (11, 'that', 'that', 'SCONJ', 17, 'mark'), (12, 'the', 'the', 'DET', 14, 'det'),
    (13, 'new', 'new', 'ADJ', 14, 'amod'), (14, 'timetable', 'timetable', 'NOUN', 17, 'nsubj'),
    (15, 'was', 'be', 'AUX', 17, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, '‘', "'", 'PUNCT', 17, 'punct'), (17, 'safe', 'safe', 'ADJ', 8, 'ccomp'),
    (18, 'and', 'and', 'CCONJ', 19, 'cc'), (19, 'sensible', 'sensible', 'ADJ', 17, 'conj'),
    (20, '’', "'", 'PUNCT', 23, 'punct'), (21, 'as', 'as', 'SCONJ', 23, 'mark'),
    (22, 'he', 'he', 'PRON', 23, 'nsubj'),
    (23, 'faced', 'face', 'VERB', 17, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'angry', 'angry', 'ADJ', 25, 'amod'), (25, 'questions', 'question', 'NOUN', 23, 'obj'),
    (26, 'from', 'from', 'ADP', 27, 'case'), (27, 'commuters', 'commuter', 'NOUN', 25, 'nmod'),
    (28, 'in', 'in', 'ADP', 32, 'case'), (29, 'a', 'a', 'DET', 32, 'det'),
    (30, 'packed', 'pack', 'VERB', 32, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (31, 'town', 'town', 'NOUN', 32, 'compound'), (32, 'hall', 'hall', 'NOUN', 27, 'nmod'),
    (33, '.', '.', 'PUNCT', 8, 'punct'),
])

IN_INTERVIEW_HALE_47_CONCEDED = ('In an interview with Radio Dunmore, Hale, 52, conceded that he had ‘lost the dressing room’.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'an', 'a', 'DET', 3, 'det'),
    (3, 'interview', 'interview', 'NOUN', 12, 'obl'), (4, 'with', 'with', 'ADP', 6, 'case'),
    (5, 'Radio', 'radio', 'PROPN', 3, 'nmod'), (6, 'Dunmore', 'dunmore', 'PROPN', 3, 'nmod'),
    (7, ',', ',', 'PUNCT', 8, 'punct'), (8, 'Hale', 'hale', 'PROPN', 6, 'conj'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, '52', '52', 'NUM', 6, 'appos'),
    (11, ',', ',', 'PUNCT', 3, 'punct'),
    (12, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'that', 'that', 'SCONJ', 17, 'mark'), (14, 'he', 'he', 'PRON', 15, 'nsubj'),
    (15, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, '‘', "'", 'PUNCT', 17, 'punct'),
    (17, 'lost', 'lose', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (18, 'the', 'the', 'DET', 20, 'det'), (19, 'dressing', 'dressing', 'NOUN', 20, 'compound'),
    (20, 'room', 'room', 'NOUN', 17, 'obj'), (21, '’', "'", 'PUNCT', 17, 'punct'),
    (22, '.', '.', 'PUNCT', 12, 'punct'),
])

IM_DISAPPOINTED_THE_52_YEAR_OLD = ('‘I’m disappointed, not bitter,’ the 52-year-old added.', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj:pass'),
    (3, '’m', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'disappointed', 'disappoint', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'not', 'not', 'PART', 7, 'advmod'),
    (7, 'bitter', 'bitter', 'VERB', 4, 'conj', 'VerbForm=Inf'), (8, ',', ',', 'PUNCT', 7, 'punct'),
    (9, '’', "'s", 'VERB', 4, 'conj', 'Mood=Ind|Tense=Pres|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 16, 'det'), (11, '52', '52', 'NUM', 13, 'nummod'),
    (12, '-', '-', 'PUNCT', 11, 'punct'), (13, 'year', 'year', 'NOUN', 15, 'obl:unmarked'),
    (14, '-', '-', 'PUNCT', 11, 'punct'), (15, 'old', 'old', 'ADJ', 16, 'amod'),
    (16, 'added', 'add', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, '.', '.', 'PUNCT', 4, 'punct'),
])

HOW_MUCH_COMPENSATION = ('She refused to say how much compensation Hale would receive.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'refused', 'refuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'to', 'to', 'PART', 4, 'mark'), (4, 'say', 'say', 'VERB', 2, 'xcomp', 'VerbForm=Inf'),
    (5, 'how', 'how', 'ADV', 10, 'advmod'), (6, 'much', 'much', 'ADJ', 7, 'amod'),
    (7, 'compensation', 'compensation', 'NOUN', 10, 'nsubj'), (8, 'Hale', 'hale', 'PROPN', 10, 'nsubj'),
    (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'receive', 'receive', 'VERB', 4, 'ccomp', 'VerbForm=Inf'), (11, '.', '.', 'PUNCT', 2, 'punct'),
])

HALE_SAID_SAD = ('Hale said he was sad.', [
    (1, 'Hale', 'hale', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'he', 'he', 'PRON', 5, 'nsubj'),
    (4, 'was', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'sad', 'sad', 'ADJ', 2, 'ccomp'), (6, '.', '.', 'PUNCT', 2, 'punct'),
])

ROVERS_SACKED_LEFT_THE_CLUB = ('Ashby Rovers have sacked their coach after a sixth defeat left the club bottom of the Western League.', [
    (1, 'Ashby', 'ashby', 'PROPN', 2, 'compound'), (2, 'Rovers', 'rovers', 'PROPN', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'sacked', 'sack', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (5, 'their', 'their', 'PRON', 6, 'nmod:poss'), (6, 'coach', 'coach', 'NOUN', 4, 'obj'),
    (7, 'after', 'after', 'ADP', 10, 'case'), (8, 'a', 'a', 'DET', 10, 'det'),
    (9, 'sixth', 'sixth', 'NOUN', 10, 'compound'), (10, 'defeat', 'defeat', 'NOUN', 11, 'nsubj'),
    (11, 'left', 'leave', 'VERB', 4, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 14, 'det'), (13, 'club', 'club', 'NOUN', 14, 'compound'),
    (14, 'bottom', 'bottom', 'NOUN', 11, 'obj'), (15, 'of', 'of', 'ADP', 18, 'case'),
    (16, 'the', 'the', 'DET', 18, 'det'), (17, 'Western', 'western', 'ADJ', 18, 'amod'),
    (18, 'League', 'league', 'PROPN', 14, 'nmod'), (19, '.', '.', 'PUNCT', 4, 'punct'),
])

IN_A_STATEMENT_THE_CLUB = ('In a statement, the club said it had acted in the best interests of the team.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 7, 'obl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'club', 'club', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'it', 'it', 'PRON', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'acted', 'act', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part'), (11, 'in', 'in', 'ADP', 14, 'case'),
    (12, 'the', 'the', 'DET', 14, 'det'), (13, 'best', 'good', 'ADJ', 14, 'amod'),
    (14, 'interests', 'interest', 'NOUN', 10, 'obl'), (15, 'of', 'of', 'ADP', 17, 'case'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'team', 'team', 'NOUN', 14, 'nmod'),
    (18, '.', '.', 'PUNCT', 7, 'punct'),
])

THE_MOVE_THE_CHIEF_EXECUTIVE_TOLD = ('The move, the club’s chief executive, Nadia Kerr, told reporters at the training ground, was agreed unanimously by the board on Monday night.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'move', 'move', 'NOUN', 13, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'club', 'club', 'NOUN', 7, 'nmod:poss'), (6, '’s', "'s", 'PART', 5, 'case'),
    (7, 'chief', 'chief', 'NOUN', 8, 'nsubj'), (8, 'executive', 'executive', 'ADJ', 13, 'ccomp'),
    (9, ',', ',', 'PUNCT', 8, 'punct'), (10, 'Nadia', 'nadia', 'PROPN', 8, 'appos'),
    (11, 'Kerr', 'kerr', 'PROPN', 10, 'flat'), (12, ',', ',', 'PUNCT', 2, 'punct'),
    (13, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'reporters', 'reporter', 'NOUN', 13, 'iobj'), (15, 'at', 'at', 'ADP', 18, 'case'),
    (16, 'the', 'the', 'DET', 18, 'det'), (17, 'training', 'training', 'NOUN', 18, 'compound'),
    (18, 'ground', 'ground', 'NOUN', 14, 'nmod'), (19, ',', ',', 'PUNCT', 21, 'punct'),
    (20, 'was', 'be', 'AUX', 21, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'agreed', 'agree', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'unanimously', 'unanimously', 'ADV', 21, 'advmod'), (23, 'by', 'by', 'ADP', 25, 'case'),
    (24, 'the', 'the', 'DET', 25, 'det'), (25, 'board', 'board', 'NOUN', 21, 'obl:agent'),
    (26, 'on', 'on', 'ADP', 28, 'case'), (27, 'Monday', 'monday', 'PROPN', 28, 'compound'),
    (28, 'night', 'night', 'NOUN', 25, 'nmod'), (29, '.', '.', 'PUNCT', 13, 'punct'),
])

TAP_WATER_REMAINS_SAFE = ('The board said in a statement that tap water "remains safe to drink" and that every plant met the standard.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'board', 'board', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'in', 'in', 'ADP', 6, 'case'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'statement', 'statement', 'NOUN', 3, 'obl'), (7, 'that', 'that', 'PRON', 8, 'nsubj'),
    (8, 'tap', 'tap', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'water', 'water', 'NOUN', 8, 'obj'), (10, '"', '"', 'PUNCT', 8, 'punct'),
    (11, 'remains', 'remain', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'safe', 'safe', 'ADJ', 11, 'xcomp'), (13, 'to', 'to', 'PART', 14, 'mark'),
    (14, 'drink', 'drink', 'VERB', 11, 'xcomp', 'VerbForm=Inf'), (15, '"', '"', 'PUNCT', 14, 'punct'),
    (16, 'and', 'and', 'CCONJ', 20, 'cc'), (17, 'that', 'that', 'SCONJ', 20, 'mark'),
    (18, 'every', 'every', 'DET', 19, 'det'), (19, 'plant', 'plant', 'NOUN', 20, 'nsubj'),
    (20, 'met', 'meet', 'VERB', 3, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'the', 'the', 'DET', 22, 'det'), (22, 'standard', 'standard', 'NOUN', 20, 'obj'),
    (23, '.', '.', 'PUNCT', 3, 'punct'),
])

TESTING_EVERY_PIPE = ('Ruth Amos was quoted by the Daily Ledger as saying that testing every pipe "would cost a fortune."', [
    (1, 'Ruth', 'ruth', 'PROPN', 4, 'nsubj:pass'), (2, 'Amos', 'amos', 'PROPN', 1, 'flat'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'quoted', 'quote', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'by', 'by', 'ADP', 8, 'case'), (6, 'the', 'the', 'DET', 8, 'det'),
    (7, 'Daily', 'daily', 'ADJ', 8, 'amod'), (8, 'Ledger', 'ledger', 'PROPN', 4, 'obl:agent'),
    (9, 'as', 'as', 'SCONJ', 10, 'mark'),
    (10, 'saying', 'say', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (11, 'that', 'that', 'SCONJ', 12, 'mark'),
    (12, 'testing', 'test', 'VERB', 10, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (13, 'every', 'every', 'DET', 14, 'det'), (14, 'pipe', 'pipe', 'NOUN', 12, 'obj'),
    (15, '"', '"', 'PUNCT', 12, 'punct'), (16, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (17, 'cost', 'cost', 'VERB', 4, 'conj', 'VerbForm=Inf'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'fortune', 'fortune', 'NOUN', 17, 'obj'), (20, '.', '.', 'PUNCT', 4, 'punct'),
    (21, '"', '"', 'PUNCT', 4, 'punct'),
])

AS_MOSS_PUT_IT = ('As Moss put it, the council has "known about this for years and done nothing."', [
    (1, 'As', 'as', 'SCONJ', 3, 'mark'), (2, 'Moss', 'moss', 'PROPN', 3, 'nsubj'),
    (3, 'put', 'put', 'VERB', 10, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'it', 'it', 'PRON', 3, 'obj'), (5, ',', ',', 'PUNCT', 3, 'punct'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'council', 'council', 'NOUN', 10, 'nsubj'),
    (8, 'has', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, '"', '"', 'PUNCT', 10, 'punct'),
    (10, 'known', 'know', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'about', 'about', 'ADP', 12, 'case'), (12, 'this', 'this', 'PRON', 10, 'obl'),
    (13, 'for', 'for', 'ADP', 14, 'case'), (14, 'years', 'year', 'NOUN', 10, 'obl'),
    (15, 'and', 'and', 'CCONJ', 16, 'cc'),
    (16, 'done', 'do', 'VERB', 10, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'nothing', 'nothing', 'PRON', 16, 'obj'), (18, '.', '.', 'PUNCT', 10, 'punct'),
    (19, '"', '"', 'PUNCT', 10, 'punct'),
])

AS_ANALYSTS_PREDICTED = ('Fares rose again, as analysts had predicted.', [
    (1, 'Fares', 'fare', 'NOUN', 2, 'nsubj'),
    (2, 'rose', 'rise', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'again', 'again', 'ADV', 2, 'advmod'), (4, ',', ',', 'PUNCT', 8, 'punct'),
    (5, 'as', 'as', 'SCONJ', 8, 'mark'), (6, 'analysts', 'analyst', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'predicted', 'predict', 'VERB', 2, 'advcl', 'Tense=Past|VerbForm=Part'),
    (9, '.', '.', 'PUNCT', 2, 'punct'),
])

WHY_ARE_WE_ASKED_RUIZ = ('“Why are we still running the old system at all?” asked the union’s president, Ana Ruiz.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'Why', 'why', 'ADV', 6, 'advmod'),
    (3, 'are', 'be', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'we', 'we', 'PRON', 6, 'nsubj'), (5, 'still', 'still', 'ADV', 6, 'advmod'),
    (6, 'running', 'run', 'VERB', 14, 'advcl', 'Tense=Pres|VerbForm=Part'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, 'old', 'old', 'ADJ', 9, 'amod'), (9, 'system', 'system', 'NOUN', 6, 'obj'),
    (10, 'at', 'at', 'ADP', 11, 'case'), (11, 'all', 'all', 'DET', 9, 'nmod'),
    (12, '?', '?', 'PUNCT', 6, 'punct'), (13, '”', '"', 'PUNCT', 6, 'punct'),
    (14, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'union', 'union', 'NOUN', 18, 'nmod:poss'),
    (17, '’s', "'s", 'PART', 16, 'case'), (18, 'president', 'president', 'NOUN', 14, 'obj'),
    (19, ',', ',', 'PUNCT', 20, 'punct'), (20, 'Ana', 'ana', 'PROPN', 21, 'compound'),
    (21, 'Ruiz', 'ruiz', 'PROPN', 18, 'appos'), (22, '.', '.', 'PUNCT', 14, 'punct'),
])

WHY_IS_THE_SYSTEM_ASKED = ('“Why is the old system still running?” asked the union’s president, Ana Ruiz.', [
    (1, '“', '"', 'PUNCT', 11, 'punct'), (2, 'Why', 'why', 'ADV', 11, 'advmod'),
    (3, 'is', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 6, 'det'), (5, 'old', 'old', 'ADJ', 6, 'amod'),
    (6, 'system', 'system', 'NOUN', 11, 'nsubj'), (7, 'still', 'still', 'ADV', 8, 'advmod'),
    (8, 'running', 'run', 'VERB', 11, 'advcl', 'VerbForm=Part'), (9, '?', '?', 'PUNCT', 8, 'punct'),
    (10, '”', '"', 'PUNCT', 8, 'punct'),
    (11, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'union', 'union', 'NOUN', 15, 'nmod:poss'),
    (14, '’s', "'s", 'PART', 13, 'case'), (15, 'president', 'president', 'NOUN', 11, 'obj'),
    (16, ',', ',', 'PUNCT', 17, 'punct'), (17, 'Ana', 'ana', 'PROPN', 18, 'compound'),
    (18, 'Ruiz', 'ruiz', 'PROPN', 15, 'appos'), (19, '.', '.', 'PUNCT', 11, 'punct'),
])

AS_ONE_STRANDED_SALESMAN = ('As one stranded salesman put it, “Nothing is moving today except the price of a taxi.”', [
    (1, 'As', 'as', 'SCONJ', 3, 'mark'), (2, 'one', 'one', 'NUM', 3, 'nsubj'),
    (3, 'stranded', 'strand', 'VERB', 5, 'advcl', 'Mood=Ind|Tense=Past|VerbForm=Part'),
    (4, 'salesman', 'salesman', 'NOUN', 3, 'obj'),
    (5, 'put', 'put', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'it', 'it', 'PRON', 5, 'obj'), (7, ',', ',', 'PUNCT', 3, 'punct'), (8, '“', '"', 'PUNCT', 5, 'punct'),
    (9, 'Nothing', 'nothing', 'PRON', 11, 'nsubj'),
    (10, 'is', 'be', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (11, 'moving', 'move', 'VERB', 0, 'root', 'Tense=Pres|VerbForm=Part'),
    (12, 'today', 'today', 'NOUN', 11, 'obl:unmarked'), (13, 'except', 'except', 'ADP', 15, 'case'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'price', 'price', 'NOUN', 11, 'obl'),
    (16, 'of', 'of', 'ADP', 18, 'case'), (17, 'a', 'a', 'DET', 18, 'det'),
    (18, 'taxi', 'taxi', 'NOUN', 15, 'nmod'), (19, '.', '.', 'PUNCT', 11, 'punct'),
    (20, '”', '"', 'PUNCT', 11, 'punct'),
])

WE_WAITED_FOR_HOURS = ('“We waited for hours.”', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'We', 'we', 'PRON', 3, 'nsubj'),
    (3, 'waited', 'wait', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'for', 'for', 'ADP', 5, 'case'), (5, 'hours', 'hour', 'NOUN', 3, 'obl'),
    (6, '.', '.', 'PUNCT', 3, 'punct'), (7, '”', '"', 'PUNCT', 3, 'punct'),
])

THAT_WAS_ADA_LIN = ('That was Ada Lin, 52, a cook trying to get home to Port Arlow.', [
    (1, 'That', 'that', 'PRON', 3, 'nsubj'),
    (2, 'was', 'be', 'AUX', 3, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'Ada', 'ada', 'PROPN', 0, 'root'), (4, 'Lin', 'lin', 'PROPN', 3, 'flat'),
    (5, ',', ',', 'PUNCT', 6, 'punct'), (6, '52', '52', 'NUM', 3, 'appos'), (7, ',', ',', 'PUNCT', 9, 'punct'),
    (8, 'a', 'a', 'DET', 9, 'det'), (9, 'cook', 'cook', 'NOUN', 10, 'nsubj'),
    (10, 'trying', 'try', 'VERB', 4, 'conj', 'VerbForm=Ger'), (11, 'to', 'to', 'PART', 12, 'mark'),
    (12, 'get', 'get', 'VERB', 10, 'xcomp', 'VerbForm=Inf'), (13, 'home', 'home', 'NOUN', 12, 'obj'),
    (14, 'to', 'to', 'ADP', 16, 'case'), (15, 'Port', 'port', 'PROPN', 16, 'compound'),
    (16, 'Arlow', 'arlow', 'PROPN', 12, 'obl'), (17, '.', '.', 'PUNCT', 3, 'punct'),
])

SHE_SAID_NO_HELP = ('She said the airline had offered no help.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'airline', 'airline', 'NOUN', 6, 'nsubj'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'offered', 'offer', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'), (7, 'no', 'no', 'DET', 8, 'det'),
    (8, 'help', 'help', 'NOUN', 6, 'obj'), (9, '.', '.', 'PUNCT', 2, 'punct'),
])

FLIGHTS_AT_PORT_KELBY = ('Flights at Port Kelby Airport were suspended on Friday.', [
    (1, 'Flights', 'flight', 'NOUN', 7, 'nsubj:pass'), (2, 'at', 'at', 'ADP', 5, 'case'),
    (3, 'Port', 'port', 'PROPN', 5, 'compound'), (4, 'Kelby', 'kelby', 'PROPN', 5, 'compound'),
    (5, 'Airport', 'airport', 'PROPN', 1, 'nmod'),
    (6, 'were', 'be', 'AUX', 7, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'suspended', 'suspend', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'on', 'on', 'ADP', 9, 'case'), (9, 'Friday', 'friday', 'PROPN', 7, 'obl'),
    (10, '.', '.', 'PUNCT', 7, 'punct'),
])

ACCORDING_TO_AIRPORT_OPERATOR = ('Around 3,000 travellers were stranded, according to the airport operator.', [
    (1, 'Around', 'around', 'ADP', 3, 'case'), (2, '3,000', '3000', 'NUM', 3, 'nummod'),
    (3, 'travellers', 'traveller', 'NOUN', 5, 'nsubj:pass'),
    (4, 'were', 'be', 'AUX', 5, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'stranded', 'strand', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, ',', ',', 'PUNCT', 11, 'punct'),
    (7, 'according', 'accord', 'VERB', 11, 'case', 'Tense=Pres|VerbForm=Part'),
    (8, 'to', 'to', 'ADP', 11, 'case'), (9, 'the', 'the', 'DET', 11, 'det'),
    (10, 'airport', 'airport', 'NOUN', 11, 'compound'), (11, 'operator', 'operator', 'NOUN', 5, 'obl'),
    (12, '.', '.', 'PUNCT', 5, 'punct'),
])

ONE_SHOPPER_ASKED = ('One shopper, who has lived in the town since 1980, asked: ‘Who will pay for this now?’', [
    (1, 'One', 'one', 'NUM', 2, 'nummod'), (2, 'shopper', 'shopper', 'NOUN', 13, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'who', 'who', 'PRON', 6, 'nsubj'),
    (5, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'lived', 'live', 'VERB', 2, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (7, 'in', 'in', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'town', 'town', 'NOUN', 6, 'obl'), (10, 'since', 'since', 'ADP', 11, 'case'),
    (11, '1980', '1980', 'NUM', 9, 'nmod'), (12, ',', ',', 'PUNCT', 2, 'punct'),
    (13, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, ':', ':', 'PUNCT', 18, 'punct'), (15, '‘', "'", 'PUNCT', 18, 'punct'),
    (16, 'Who', 'who', 'PRON', 18, 'nsubj'), (17, 'will', 'will', 'AUX', 18, 'aux', 'VerbForm=Fin'),
    (18, 'pay', 'pay', 'VERB', 13, 'ccomp', 'VerbForm=Inf'), (19, 'for', 'for', 'ADP', 20, 'case'),
    (20, 'this', 'this', 'PRON', 18, 'obl'), (21, 'now', 'now', 'ADV', 18, 'advmod'),
    (22, '?', '?', 'PUNCT', 13, 'punct'), (23, '’', "'", 'PUNCT', 13, 'punct'),
])

THE_WOMAN_ANN_PRICE_PREDICTED = ('The woman, Ann Price, 71, predicted that the market would close within a year.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'woman', 'woman', 'NOUN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'Ann', 'ann', 'ADJ', 5, 'amod'),
    (5, 'Price', 'price', 'PROPN', 2, 'appos'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, '71', '71', 'NUM', 5, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'predicted', 'predict', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'that', 'that', 'SCONJ', 14, 'mark'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'market', 'market', 'NOUN', 14, 'nsubj'), (13, 'would', 'would', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'close', 'close', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (15, 'within', 'within', 'ADP', 17, 'case'),
    (16, 'a', 'a', 'DET', 17, 'det'), (17, 'year', 'year', 'NOUN', 14, 'obl'),
    (18, '.', '.', 'PUNCT', 9, 'punct'),
])

ROVERS_SACKED_MANAGER_HURST = ('Ashby Rovers have sacked manager Declan Hurst after a seventh defeat.', [
    (1, 'Ashby', 'ashby', 'PROPN', 2, 'compound'), (2, 'Rovers', 'rovers', 'PROPN', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'sacked', 'sack', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (5, 'manager', 'manager', 'NOUN', 4, 'obj'), (6, 'Declan', 'declan', 'PROPN', 4, 'obj'),
    (7, 'Hurst', 'hurst', 'PROPN', 6, 'flat'), (8, 'after', 'after', 'ADP', 11, 'case'),
    (9, 'a', 'a', 'DET', 11, 'det'), (10, 'seventh', 'seventh', 'NOUN', 11, 'compound'),
    (11, 'defeat', 'defeat', 'NOUN', 4, 'obl'), (12, '.', '.', 'PUNCT', 4, 'punct'),
])

HURST_SAID_SAD = ('Hurst said he was sad.', [
    (1, 'Hurst', 'hurst', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'he', 'he', 'PRON', 5, 'nsubj'),
    (4, 'was', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'sad', 'sad', 'ADJ', 2, 'ccomp'), (6, '.', '.', 'PUNCT', 2, 'punct'),
])

SHOUTED_AT_ME_SPLIT = ('“She shouted at me once in ten years,” the 61-year-old said, “and I had deserved it.”', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'She', 'she', 'PRON', 3, 'nsubj'),
    (3, 'shouted', 'shout', 'VERB', 18, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'at', 'at', 'ADP', 5, 'case'), (5, 'me', 'i', 'PRON', 3, 'obl'),
    (6, 'once', 'once', 'ADV', 3, 'advmod'), (7, 'in', 'in', 'ADP', 9, 'case'),
    (8, 'ten', 'ten', 'NUM', 9, 'nummod'), (9, 'years', 'year', 'NOUN', 3, 'obl'),
    (10, ',', ',', 'PUNCT', 3, 'punct'), (11, '”', '"', 'PUNCT', 3, 'punct'),
    (12, 'the', 'the', 'DET', 17, 'det'), (13, '61', '61', 'NUM', 15, 'nummod'),
    (14, '-', '-', 'PUNCT', 13, 'punct'), (15, 'year', 'year', 'NOUN', 17, 'compound'),
    (16, '-', '-', 'PUNCT', 15, 'punct'), (17, 'old', 'old', 'ADJ', 18, 'nsubj'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, ',', ',', 'PUNCT', 24, 'punct'), (20, '“', '"', 'PUNCT', 24, 'punct'),
    (21, 'and', 'and', 'CCONJ', 24, 'cc'), (22, 'I', 'i', 'PRON', 24, 'nsubj'),
    (23, 'had', 'have', 'AUX', 24, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (24, 'deserved', 'deserve', 'VERB', 18, 'conj', 'Tense=Past|VerbForm=Part'),
    (25, 'it', 'it', 'PRON', 24, 'obj'), (26, '.', '.', 'PUNCT', 18, 'punct'),
    (27, '”', '"', 'PUNCT', 18, 'punct'),
])

YOUNG_VIOLINIST_LEAVING_FLOWERS = ('A young violinist leaving flowers outside the hall on Monday said Marek had once given her a free lesson.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'young', 'young', 'ADJ', 3, 'amod'),
    (3, 'violinist', 'violinist', 'NOUN', 11, 'nsubj'),
    (4, 'leaving', 'leave', 'VERB', 3, 'acl', 'VerbForm=Ger'), (5, 'flowers', 'flower', 'NOUN', 4, 'obj'),
    (6, 'outside', 'outside', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'hall', 'hall', 'NOUN', 5, 'nmod'), (9, 'on', 'on', 'ADP', 10, 'case'),
    (10, 'Monday', 'monday', 'PROPN', 8, 'nmod'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'Marek', 'marek', 'PROPN', 15, 'nsubj'),
    (13, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'once', 'once', 'ADV', 15, 'advmod'),
    (15, 'given', 'give', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (16, 'her', 'she', 'PRON', 15, 'iobj'), (17, 'a', 'a', 'DET', 19, 'det'),
    (18, 'free', 'free', 'ADJ', 19, 'amod'), (19, 'lesson', 'lesson', 'NOUN', 15, 'obj'),
    (20, '.', '.', 'PUNCT', 11, 'punct'),
])

THE_VIOLINIST_IDA_KERN = ('The violinist, Ida Kern, 24, said he had taught her to listen.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'violinist', 'violinist', 'NOUN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Ida', 'ida', 'PROPN', 2, 'appos'),
    (5, 'Kern', 'kern', 'PROPN', 2, 'appos'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, '24', '24', 'NUM', 2, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'he', 'he', 'PRON', 12, 'nsubj'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'taught', 'teach', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, 'her', 'she', 'PRON', 12, 'obj'), (14, 'to', 'to', 'PART', 15, 'mark'),
    (15, 'listen', 'listen', 'VERB', 12, 'xcomp', 'VerbForm=Inf'), (16, '.', '.', 'PUNCT', 9, 'punct'),
])

IN_A_STATEMENT_THE_HALL = ('In a statement, the hall said it would stay closed on Friday.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 7, 'obl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'hall', 'hall', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'it', 'it', 'PRON', 10, 'nsubj'), (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'stay', 'stay', 'VERB', 7, 'ccomp', 'VerbForm=Inf'),
    (11, 'closed', 'close', 'VERB', 10, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'on', 'on', 'ADP', 13, 'case'), (13, 'Friday', 'friday', 'PROPN', 11, 'obl'),
    (14, '.', '.', 'PUNCT', 7, 'punct'),
])

KELBY_DATELINE_ORVANE = ('KELBY, March 3 (Harbour News Service) - Cloud-software maker Orvane Systems said on Tuesday it would cut about 900 jobs.', [
    (1, 'KELBY', 'kelby', 'PROPN', 17, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'March', 'march', 'PROPN', 1, 'conj'), (4, '3', '3', 'NUM', 1, 'nmod:unmarked'),
    (5, '(', '(', 'PUNCT', 8, 'punct'), (6, 'Harbour', 'harbour', 'PROPN', 8, 'compound'),
    (7, 'News', 'news', 'PROPN', 8, 'compound'), (8, 'Service', 'service', 'NOUN', 1, 'list'),
    (9, ')', ')', 'PUNCT', 8, 'punct'), (10, '-', '-', 'PUNCT', 8, 'punct'),
    (11, 'Cloud', 'cloud', 'PROPN', 8, 'compound'), (12, '-', '-', 'PUNCT', 11, 'punct'),
    (13, 'software', 'software', 'NOUN', 14, 'compound'), (14, 'maker', 'maker', 'NOUN', 16, 'compound'),
    (15, 'Orvane', 'orvane', 'PROPN', 16, 'compound'), (16, 'Systems', 'systems', 'PROPN', 1, 'conj'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'on', 'on', 'ADP', 19, 'case'), (19, 'Tuesday', 'tuesday', 'PROPN', 22, 'obl'),
    (20, 'it', 'it', 'PRON', 22, 'nsubj'), (21, 'would', 'would', 'AUX', 22, 'aux', 'VerbForm=Fin'),
    (22, 'cut', 'cut', 'VERB', 17, 'ccomp', 'VerbForm=Inf'), (23, 'about', 'about', 'ADV', 24, 'advmod'),
    (24, '900', '900', 'NUM', 25, 'nummod'), (25, 'jobs', 'job', 'NOUN', 22, 'obj'),
    (26, '.', '.', 'PUNCT', 17, 'punct'),
])

THE_COMPANY_CUTS_UNAVOIDABLE = ('In a statement, the company said the cuts were unavoidable.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 7, 'obl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'company', 'company', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'cuts', 'cut', 'NOUN', 11, 'nsubj'),
    (10, 'were', 'be', 'AUX', 11, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'unavoidable', 'unavoidable', 'ADJ', 7, 'ccomp'), (12, '.', '.', 'PUNCT', 7, 'punct'),
])

BURNS_WARNED_THE_LOAN_PUT = ("Councillor Ray Burns, who leads the Liberal group, warned the loan put taxpayers' money at risk.", [
    (1, 'Councillor', 'councillor', 'PROPN', 11, 'nsubj'), (2, 'Ray', 'ray', 'PROPN', 1, 'flat'),
    (3, 'Burns', 'burns', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'leads', 'lead', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 9, 'det'), (8, 'Liberal', 'liberal', 'ADJ', 9, 'amod'),
    (9, 'group', 'group', 'NOUN', 6, 'obj'), (10, ',', ',', 'PUNCT', 6, 'punct'),
    (11, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'loan', 'loan', 'NOUN', 14, 'nsubj'),
    (14, 'put', 'put', 'VERB', 11, 'xcomp', 'VerbForm=Inf'), (15, 'taxpayers', 'taxpayer', 'NOUN', 14, 'obj'),
    (16, "'", "'", 'PUNCT', 15, 'punct'), (17, 'money', 'money', 'NOUN', 14, 'obj'),
    (18, 'at', 'at', 'ADP', 19, 'case'), (19, 'risk', 'risk', 'NOUN', 14, 'obl'),
    (20, '.', '.', 'PUNCT', 11, 'punct'),
])

STEELWORKS_THE_CITYS_MAYOR_SAID = ("The owner of the steelworks agreed on Wednesday to keep the plant open, the city's mayor said.", [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'owner', 'owner', 'NOUN', 19, 'nsubj'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'steelworks', 'steelwork', 'NOUN', 2, 'nmod'),
    (6, 'agreed', 'agree', 'VERB', 19, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'Wednesday', 'wednesday', 'PROPN', 6, 'obl'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'keep', 'keep', 'VERB', 6, 'advcl', 'VerbForm=Inf'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'plant', 'plant', 'NOUN', 10, 'obj'),
    (13, 'open', 'open', 'ADJ', 10, 'xcomp'), (14, ',', ',', 'PUNCT', 19, 'punct'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'city', 'city', 'NOUN', 18, 'nmod:poss'),
    (17, "'s", "'s", 'PART', 16, 'case'), (18, 'mayor', 'mayor', 'NOUN', 19, 'nsubj'),
    (19, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, '.', '.', 'PUNCT', 6, 'punct'),
])

MAYOR_PETTIT_TOLD = ('Mayor Joan Pettit told the council that the deal was the best available.', [
    (1, 'Mayor', 'mayor', 'PROPN', 4, 'nsubj'), (2, 'Joan', 'joan', 'PROPN', 1, 'flat'),
    (3, 'Pettit', 'pettit', 'PROPN', 2, 'flat'),
    (4, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'council', 'council', 'NOUN', 4, 'iobj'),
    (7, 'that', 'that', 'SCONJ', 13, 'mark'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'deal', 'deal', 'NOUN', 13, 'nsubj'),
    (10, 'was', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'best', 'good', 'ADJ', 13, 'advmod'),
    (13, 'available', 'available', 'ADJ', 4, 'ccomp'), (14, '.', '.', 'PUNCT', 4, 'punct'),
])

A_WORKER_WHO_DECLINED = ('A worker at the plant, who declined to give his name, said he was relieved.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'worker', 'worker', 'NOUN', 14, 'nsubj'),
    (3, 'at', 'at', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'plant', 'plant', 'NOUN', 2, 'nmod'), (6, ',', ',', 'PUNCT', 8, 'punct'),
    (7, 'who', 'who', 'PRON', 8, 'nsubj'),
    (8, 'declined', 'decline', 'VERB', 2, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'give', 'give', 'VERB', 8, 'xcomp', 'VerbForm=Inf'),
    (11, 'his', 'his', 'PRON', 12, 'nmod:poss'), (12, 'name', 'name', 'NOUN', 10, 'obj'),
    (13, ',', ',', 'PUNCT', 2, 'punct'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'he', 'he', 'PRON', 17, 'nsubj:pass'),
    (16, 'was', 'be', 'AUX', 17, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'relieved', 'relieved', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, '.', '.', 'PUNCT', 14, 'punct'),
])

MY_DAD_THE_34_YEAR_OLD = ('“My dad worked here,” the 34-year-old said.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'My', 'my', 'PRON', 3, 'nmod:poss'),
    (3, 'dad', 'dad', 'NOUN', 4, 'nsubj'),
    (4, 'worked', 'work', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'here', 'here', 'ADV', 4, 'advmod'), (6, ',', ',', 'PUNCT', 4, 'punct'),
    (7, '”', '"', 'PUNCT', 4, 'punct'), (8, 'the', 'the', 'DET', 13, 'det'),
    (9, '34', '34', 'NUM', 11, 'nummod'), (10, '-', '-', 'PUNCT', 9, 'punct'),
    (11, 'year', 'year', 'NOUN', 13, 'compound'), (12, '-', '-', 'PUNCT', 11, 'punct'),
    (13, 'old', 'old', 'ADJ', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

ACCORDING_TO_FIGURES_FROM_CHAMBER = ('According to figures from the Hartley Chamber of Commerce, the steelworks supports another 5,000 jobs.', [
    (1, 'According', 'accord', 'VERB', 3, 'case', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 3, 'case'), (3, 'figures', 'figure', 'NOUN', 13, 'obl'),
    (4, 'from', 'from', 'ADP', 7, 'case'), (5, 'the', 'the', 'DET', 7, 'det'),
    (6, 'Hartley', 'hartley', 'PROPN', 7, 'compound'), (7, 'Chamber', 'chamber', 'PROPN', 3, 'nmod'),
    (8, 'of', 'of', 'ADP', 9, 'case'), (9, 'Commerce', 'commerce', 'PROPN', 7, 'nmod'),
    (10, ',', ',', 'PUNCT', 3, 'punct'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'steelworks', 'steelwork', 'NOUN', 13, 'nsubj'),
    (13, 'supports', 'support', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'another', 'another', 'DET', 16, 'det'), (15, '5,000', '5000', 'NUM', 16, 'nummod'),
    (16, 'jobs', 'job', 'NOUN', 13, 'obj'), (17, '.', '.', 'PUNCT', 13, 'punct'),
])

THE_CHAMBER_SAID_LIFELINE = ('The chamber said the deal was a lifeline.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'chamber', 'chamber', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'deal', 'deal', 'NOUN', 8, 'nsubj'),
    (6, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'lifeline', 'lifeline', 'NOUN', 3, 'ccomp'),
    (9, '.', '.', 'PUNCT', 3, 'punct'),
])

NUNEZ_SAID_BOARD_NEEDED = ('Board president Carla Nunez said the board needed "more time to get this right."', [
    (1, 'Board', 'board', 'NOUN', 2, 'compound'), (2, 'president', 'president', 'NOUN', 5, 'nsubj'),
    (3, 'Carla', 'carla', 'PROPN', 5, 'nsubj'), (4, 'Nunez', 'nunez', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'board', 'board', 'NOUN', 8, 'nsubj'),
    (8, 'needed', 'need', 'VERB', 11, 'amod', 'Tense=Past|VerbForm=Part'), (9, '"', '"', 'PUNCT', 8, 'punct'),
    (10, 'more', 'more', 'ADJ', 11, 'amod'), (11, 'time', 'time', 'NOUN', 5, 'ccomp'),
    (12, 'to', 'to', 'PART', 13, 'mark'), (13, 'get', 'get', 'VERB', 11, 'acl', 'VerbForm=Inf'),
    (14, 'this', 'this', 'DET', 13, 'obj'), (15, 'right', 'right', 'ADV', 13, 'advmod'),
    (16, '.', '.', 'PUNCT', 5, 'punct'), (17, '"', '"', 'PUNCT', 5, 'punct'),
])

SAID_MANAGING_DIRECTOR = ('"We got this wrong and we are sorry," said managing director Paul Kettle.', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'We', 'we', 'PRON', 3, 'nsubj'),
    (3, 'got', 'get', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'this', 'this', 'DET', 5, 'det'), (5, 'wrong', 'wrong', 'ADJ', 3, 'obj'),
    (6, 'and', 'and', 'CCONJ', 9, 'cc'), (7, 'we', 'we', 'PRON', 9, 'nsubj'),
    (8, 'are', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (9, 'sorry', 'sorry', 'ADJ', 12, 'ccomp'), (10, ',', ',', 'PUNCT', 3, 'punct'),
    (11, '"', '"', 'PUNCT', 9, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'managing', 'manage', 'VERB', 12, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (14, 'director', 'director', 'NOUN', 13, 'obj'), (15, 'Paul', 'paul', 'PROPN', 16, 'compound'),
    (16, 'Kettle', 'kettle', 'PROPN', 13, 'obj'), (17, '.', '.', 'PUNCT', 12, 'punct'),
])

RISING_PRICES_SHE_EXPLAINS = ('Rising flour prices, she explains, have cut her margins to almost nothing.', [
    (1, 'Rising', 'rise', 'VERB', 3, 'amod', 'Tense=Pres|VerbForm=Part'),
    (2, 'flour', 'flour', 'NOUN', 3, 'compound'), (3, 'prices', 'price', 'NOUN', 9, 'obl'),
    (4, ',', ',', 'PUNCT', 3, 'punct'), (5, 'she', 'she', 'PRON', 6, 'nsubj'),
    (6, 'explains', 'explain', 'VERB', 9, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'have', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'cut', 'cut', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (10, 'her', 'she', 'PRON', 11, 'nmod:poss'), (11, 'margins', 'margin', 'NOUN', 9, 'obj'),
    (12, 'to', 'to', 'PART', 14, 'mark'), (13, 'almost', 'almost', 'ADV', 14, 'advmod'),
    (14, 'nothing', 'nothing', 'PRON', 9, 'obl'), (15, '.', '.', 'PUNCT', 9, 'punct'),
])

NOTED_AGREEMENT_SIGNED_COLLAPSED = ('He noted that the last agreement, signed in 2022, collapsed within weeks.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'noted', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 8, 'mark'), (4, 'the', 'the', 'DET', 6, 'det'),
    (5, 'last', 'last', 'ADJ', 6, 'amod'), (6, 'agreement', 'agreement', 'NOUN', 8, 'nsubj'),
    (7, ',', ',', 'PUNCT', 8, 'punct'),
    (8, 'signed', 'sign', 'VERB', 2, 'ccomp', 'Mood=Ind|Tense=Past|VerbForm=Part'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, '2022', '2022', 'NUM', 8, 'obl'),
    (11, ',', ',', 'PUNCT', 12, 'punct'),
    (12, 'collapsed', 'collapse', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin'),
    (13, 'within', 'within', 'ADP', 14, 'case'), (14, 'weeks', 'week', 'NOUN', 12, 'obl'),
    (15, '.', '.', 'PUNCT', 2, 'punct'),
])

PRICES_WHICH_ROSE_WERE = ('She warned that services prices, which rose 5.4% in the year to March, were “still running far too hot.”', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'), (2, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (3, 'that', 'that', 'SCONJ', 8, 'mark'), (4, 'services', 'service', 'NOUN', 5, 'compound'), (5, 'prices', 'price', 'NOUN', 2, 'ccomp'), (6, ',', ',', 'PUNCT', 8, 'punct'), (7, 'which', 'which', 'PRON', 8, 'nsubj'), (8, 'rose', 'rise', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'), (9, '5.4', '5.4', 'NUM', 10, 'nummod'), (10, '%', '%', 'SYM', 8, 'obj'), (11, 'in', 'in', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'), (13, 'year', 'year', 'NOUN', 8, 'obl'), (14, 'to', 'to', 'ADP', 15, 'case'), (15, 'March', 'march', 'PROPN', 13, 'nmod'), (16, ',', ',', 'PUNCT', 20, 'punct'), (17, 'were', 'be', 'AUX', 20, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (18, '“', '"', 'PUNCT', 20, 'punct'), (19, 'still', 'still', 'ADV', 20, 'advmod'), (20, 'running', 'run', 'VERB', 2, 'parataxis', 'Tense=Pres|VerbForm=Part'), (21, 'far', 'far', 'ADV', 23, 'advmod'), (22, 'too', 'too', 'ADV', 23, 'advmod'), (23, 'hot', 'hot', 'ADJ', 20, 'xcomp'), (24, '.', '.', 'PUNCT', 2, 'punct'), (25, '”', '"', 'PUNCT', 2, 'punct'),
])

COMMITTEE_HAD_AS_SHE_PUT_IT = ('The committee had, as Oyelaran put it, “decided that patience is cheaper than regret.”', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'committee', 'committee', 'NOUN', 3, 'nsubj'), (3, 'had', 'have', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (4, ',', ',', 'PUNCT', 7, 'punct'), (5, 'as', 'as', 'SCONJ', 7, 'mark'), (6, 'Oyelaran', 'oyelaran', 'PROPN', 7, 'nsubj'), (7, 'put', 'put', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (8, 'it', 'it', 'PRON', 7, 'obj'), (9, ',', ',', 'PUNCT', 7, 'punct'), (10, '“', '"', 'PUNCT', 7, 'punct'), (11, 'decided', 'decide', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (12, 'that', 'that', 'SCONJ', 15, 'mark'), (13, 'patience', 'patience', 'NOUN', 15, 'nsubj'), (14, 'is', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), (15, 'cheaper', 'cheap', 'ADJ', 11, 'ccomp'), (16, 'than', 'than', 'ADP', 17, 'case'), (17, 'regret', 'regret', 'NOUN', 15, 'obl'), (18, '.', '.', 'PUNCT', 11, 'punct'), (19, '”', '"', 'PUNCT', 11, 'punct'),
])

ACCUSED_OF_QUOTED_GERUND = ('The Ministry of Health said in a statement that emergency and maternity care were running as normal, and accused the union of ‘putting politics before patients’.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'Ministry', 'ministry', 'PROPN', 5, 'nsubj'), (3, 'of', 'of', 'ADP', 4, 'case'), (4, 'Health', 'health', 'PROPN', 2, 'nmod'), (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (6, 'in', 'in', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'), (8, 'statement', 'statement', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'PRON', 15, 'obj'), (10, 'emergency', 'emergency', 'NOUN', 15, 'nsubj'), (11, 'and', 'and', 'CCONJ', 13, 'cc'), (12, 'maternity', 'maternity', 'NOUN', 13, 'compound'), (13, 'care', 'care', 'NOUN', 10, 'conj'), (14, 'were', 'be', 'AUX', 15, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (15, 'running', 'run', 'VERB', 8, 'acl:relcl', 'Tense=Pres|VerbForm=Part'), (16, 'as', 'as', 'ADV', 17, 'advmod'), (17, 'normal', 'normal', 'ADJ', 15, 'xcomp'), (18, ',', ',', 'PUNCT', 20, 'punct'), (19, 'and', 'and', 'CCONJ', 20, 'cc'), (20, 'accused', 'accuse', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (21, 'the', 'the', 'DET', 22, 'det'), (22, 'union', 'union', 'NOUN', 20, 'obj'), (23, 'of', 'of', 'ADP', 26, 'case'), (24, '‘', "'", 'PUNCT', 25, 'punct'), (25, 'putting', 'put', 'VERB', 20, 'advcl', 'VerbForm=Ger'), (26, 'politics', 'politics', 'NOUN', 25, 'obj'), (27, 'before', 'before', 'ADP', 28, 'case'), (28, 'patients', 'patient', 'NOUN', 26, 'nmod'), (29, '’', "'", 'PUNCT', 25, 'punct'), (30, '.', '.', 'PUNCT', 5, 'punct'),
])

THAT_WAS_THE_VERDICT_OF = ('That was the verdict of Edna Purslow, 78, who had travelled from Oldstead for surgery.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'), (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (3, 'the', 'the', 'DET', 4, 'det'), (4, 'verdict', 'verdict', 'NOUN', 0, 'root'), (5, 'of', 'of', 'ADP', 6, 'case'), (6, 'Edna', 'edna', 'PROPN', 4, 'nmod'), (7, 'Purslow', 'purslow', 'PROPN', 6, 'flat'), (8, ',', ',', 'PUNCT', 9, 'punct'), (9, '78', '78', 'NUM', 7, 'appos'), (10, ',', ',', 'PUNCT', 13, 'punct'), (11, 'who', 'who', 'PRON', 13, 'nsubj'), (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (13, 'travelled', 'travel', 'VERB', 4, 'acl:relcl', 'Tense=Past|VerbForm=Part'), (14, 'from', 'from', 'ADP', 15, 'case'), (15, 'Oldstead', 'oldstead', 'PROPN', 13, 'obl'), (16, 'for', 'for', 'ADP', 17, 'case'), (17, 'surgery', 'surgery', 'NOUN', 13, 'obl'), (18, '.', '.', 'PUNCT', 4, 'punct'),
])

THOSE_WORDS_CAME_FROM = ('Those words came from Margaret Hale, 71, a retired midwife.', [
    (1, 'Those', 'that', 'DET', 2, 'det'), (2, 'words', 'word', 'NOUN', 3, 'nsubj'), (3, 'came', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (4, 'from', 'from', 'ADP', 5, 'case'), (5, 'Margaret', 'margaret', 'PROPN', 3, 'obl'), (6, 'Hale', 'hale', 'PROPN', 3, 'obl'), (7, ',', ',', 'PUNCT', 8, 'punct'), (8, '71', '71', 'NUM', 6, 'appos'), (9, ',', ',', 'PUNCT', 12, 'punct'), (10, 'a', 'a', 'DET', 12, 'det'), (11, 'retired', 'retire', 'VERB', 12, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'), (12, 'midwife', 'midwife', 'NOUN', 6, 'appos'), (13, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_LINE_FROM_LEADER = ('The line, from Rural Party leader Jonas Brekke, drew applause from the hall.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'line', 'line', 'NOUN', 11, 'nsubj'), (3, ',', ',', 'PUNCT', 7, 'punct'), (4, 'from', 'from', 'ADP', 7, 'case'), (5, 'Rural', 'rural', 'ADJ', 7, 'amod'), (6, 'Party', 'party', 'PROPN', 7, 'compound'), (7, 'leader', 'leader', 'NOUN', 2, 'nmod'), (8, 'Jonas', 'jonas', 'PROPN', 7, 'appos'), (9, 'Brekke', 'brekke', 'PROPN', 8, 'flat'), (10, ',', ',', 'PUNCT', 2, 'punct'), (11, 'drew', 'draw', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (12, 'applause', 'applause', 'NOUN', 11, 'obj'), (13, 'from', 'from', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'), (15, 'hall', 'hall', 'NOUN', 11, 'obl'), (16, '.', '.', 'PUNCT', 11, 'punct'),
])

THAT_WAS_HOW_SUMMED_UP = ('That was how Gloria Aniston, a science teacher, summed up the week.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'), (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (3, 'how', 'how', 'ADV', 4, 'advmod'), (4, 'Gloria', 'gloria', 'PROPN', 11, 'nsubj'), (5, 'Aniston', 'aniston', 'PROPN', 4, 'flat'), (6, ',', ',', 'PUNCT', 9, 'punct'), (7, 'a', 'a', 'DET', 9, 'det'), (8, 'science', 'science', 'NOUN', 9, 'compound'), (9, 'teacher', 'teacher', 'NOUN', 5, 'appos'), (10, ',', ',', 'PUNCT', 9, 'punct'), (11, 'summed', 'summ', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (12, 'up', 'up', 'ADP', 11, 'compound:prt'), (13, 'the', 'the', 'DET', 14, 'det'), (14, 'week', 'week', 'NOUN', 11, 'obj'), (15, '.', '.', 'PUNCT', 11, 'punct'),
])

NURSES_SAID_TALKS_FAILED = ('Nurses said the talks had failed.', [
    (1, 'Nurses', 'nurse', 'NOUN', 2, 'nsubj'), (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (3, 'the', 'the', 'DET', 4, 'det'), (4, 'talks', 'talk', 'NOUN', 6, 'nsubj'), (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (6, 'failed', 'fail', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'), (7, '.', '.', 'PUNCT', 2, 'punct'),
])

NOBODYS_SPARE_TYRE = ('“We are nobody’s spare tyre, and we will not be taken for granted.”', [
    (1, '“', '"', 'PUNCT', 7, 'punct'), (2, 'We', 'we', 'PRON', 7, 'nsubj'), (3, 'are', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'), (4, 'nobody', 'nobody', 'PRON', 7, 'nmod:poss'), (5, '’s', "'s", 'PART', 4, 'case'), (6, 'spare', 'spare', 'NOUN', 7, 'compound'), (7, 'tyre', 'tyre', 'NOUN', 0, 'root'), (8, ',', ',', 'PUNCT', 14, 'punct'), (9, 'and', 'and', 'CCONJ', 14, 'cc'), (10, 'we', 'we', 'PRON', 14, 'nsubj:pass'), (11, 'will', 'will', 'AUX', 14, 'aux', 'VerbForm=Fin'), (12, 'not', 'not', 'PART', 14, 'advmod'), (13, 'be', 'be', 'AUX', 14, 'aux:pass', 'VerbForm=Inf'), (14, 'taken', 'take', 'VERB', 7, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'), (15, 'for', 'for', 'ADP', 16, 'case'), (16, 'granted', 'grant', 'VERB', 14, 'obl', 'Tense=Past|VerbForm=Part|Voice=Pass'), (17, '.', '.', 'PUNCT', 7, 'punct'), (18, '”', '"', 'PUNCT', 7, 'punct'),
])

WALKOUTS_PLANNED_UNLESS = ('The union warned that further walkouts planned for May would go ahead unless ministers reopened talks.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 3, 'nsubj'), (3, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (4, 'that', 'that', 'SCONJ', 7, 'mark'), (5, 'further', 'further', 'ADJ', 6, 'amod'), (6, 'walkouts', 'walkout', 'NOUN', 7, 'nsubj'), (7, 'planned', 'plan', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (8, 'for', 'for', 'ADP', 9, 'case'), (9, 'May', 'may', 'PROPN', 7, 'obl'), (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'), (11, 'go', 'go', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (12, 'ahead', 'ahead', 'ADV', 11, 'advmod'), (13, 'unless', 'unless', 'SCONJ', 16, 'case'), (14, 'ministers', 'minister', 'NOUN', 16, 'compound'), (15, 'reopened', 'reopen', 'VERB', 16, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'), (16, 'talks', 'talk', 'NOUN', 11, 'obl'), (17, '.', '.', 'PUNCT', 3, 'punct'),
])

ENGINEERS_KNOWN_AS_TOLD_INQUIRY = ('HOLLOWAY, Wenmoor — Engineers who inspected the Calder River Bridge, known to commuters as “the Rattler,” told a public inquiry on Tuesday that corrosion in its steel hangers had been flagged for years before the span collapsed in March, killing seven people.', [
    (1, 'HOLLOWAY', 'holloway', 'PROPN', 22, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'), (3, 'Wenmoor', 'wenmoor', 'PROPN', 1, 'conj'), (4, '—', '-', 'PUNCT', 3, 'punct'), (5, 'Engineers', 'engineer', 'PROPN', 1, 'conj'), (6, 'who', 'who', 'PRON', 7, 'nsubj'), (7, 'inspected', 'inspect', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (8, 'the', 'the', 'DET', 11, 'det'), (9, 'Calder', 'calder', 'PROPN', 10, 'compound'), (10, 'River', 'river', 'PROPN', 11, 'compound'), (11, 'Bridge', 'bridge', 'PROPN', 7, 'obj'), (12, ',', ',', 'PUNCT', 1, 'punct'), (13, 'known', 'know', 'VERB', 22, 'ccomp', 'Person=3|Tense=Past|VerbForm=Part'), (14, 'to', 'to', 'ADP', 15, 'case'), (15, 'commuters', 'commuter', 'NOUN', 13, 'obl'), (16, 'as', 'as', 'ADP', 19, 'case'), (17, '“', '"', 'PUNCT', 19, 'punct'), (18, 'the', 'the', 'DET', 19, 'det'), (19, 'Rattler', 'rattler', 'PROPN', 15, 'nmod'), (20, ',', ',', 'PUNCT', 19, 'punct'), (21, '”', '"', 'PUNCT', 19, 'punct'), (22, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (23, 'a', 'a', 'DET', 25, 'det'), (24, 'public', 'public', 'ADJ', 25, 'amod'), (25, 'inquiry', 'inquiry', 'NOUN', 22, 'iobj'), (26, 'on', 'on', 'ADP', 27, 'case'), (27, 'Tuesday', 'tuesday', 'PROPN', 25, 'nmod'), (28, 'that', 'that', 'SCONJ', 36, 'mark'), (29, 'corrosion', 'corrosion', 'NOUN', 36, 'nsubj:pass'), (30, 'in', 'in', 'ADP', 33, 'case'), (31, 'its', 'its', 'PRON', 33, 'nmod:poss'), (32, 'steel', 'steel', 'ADJ', 33, 'amod'), (33, 'hangers', 'hanger', 'NOUN', 29, 'nmod'), (34, 'had', 'have', 'AUX', 36, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (35, 'been', 'be', 'AUX', 36, 'aux:pass', 'Tense=Past|VerbForm=Part'), (36, 'flagged', 'flagge', 'VERB', 25, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'), (37, 'for', 'for', 'ADP', 38, 'case'), (38, 'years', 'year', 'NOUN', 36, 'obl'), (39, 'before', 'before', 'SCONJ', 42, 'mark'), (40, 'the', 'the', 'DET', 41, 'det'), (41, 'span', 'span', 'NOUN', 42, 'nsubj:pass'), (42, 'collapsed', 'collapse', 'VERB', 36, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'), (43, 'in', 'in', 'ADP', 44, 'case'), (44, 'March', 'march', 'PROPN', 42, 'obl'), (45, ',', ',', 'PUNCT', 46, 'punct'), (46, 'killing', 'kill', 'VERB', 42, 'advcl', 'Tense=Pres|VerbForm=Part'), (47, 'seven', 'seven', 'NOUN', 48, 'compound'), (48, 'people', 'people', 'NOUN', 46, 'obj'), (49, '.', '.', 'PUNCT', 22, 'punct'),
])

ACCORDING_TO_REPORT_PAINTERS = ('According to a preliminary report by the National Infrastructure Safety Board, painters working for the contractor, Castell Construction, had removed protective plates from two hangers nine days before the collapse.', [
    (1, 'According', 'accord', 'VERB', 5, 'case', 'Tense=Pres|VerbForm=Part'), (2, 'to', 'to', 'ADP', 5, 'case'), (3, 'a', 'a', 'DET', 5, 'det'), (4, 'preliminary', 'preliminary', 'ADJ', 5, 'amod'), (5, 'report', 'report', 'NOUN', 23, 'obl'), (6, 'by', 'by', 'ADP', 11, 'case'), (7, 'the', 'the', 'DET', 11, 'det'), (8, 'National', 'national', 'ADJ', 11, 'amod'), (9, 'Infrastructure', 'infrastructure', 'PROPN', 11, 'compound'), (10, 'Safety', 'safety', 'PROPN', 11, 'compound'), (11, 'Board', 'board', 'PROPN', 5, 'nmod'), (12, ',', ',', 'PUNCT', 13, 'punct'), (13, 'painters', 'painter', 'NOUN', 11, 'conj'), (14, 'working', 'work', 'VERB', 11, 'acl', 'Tense=Pres|VerbForm=Part'), (15, 'for', 'for', 'ADP', 17, 'case'), (16, 'the', 'the', 'DET', 17, 'det'), (17, 'contractor', 'contractor', 'NOUN', 14, 'obl'), (18, ',', ',', 'PUNCT', 20, 'punct'), (19, 'Castell', 'castell', 'ADJ', 20, 'amod'), (20, 'Construction', 'construction', 'NOUN', 17, 'conj'), (21, ',', ',', 'PUNCT', 5, 'punct'), (22, 'had', 'have', 'AUX', 23, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (23, 'removed', 'remove', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (24, 'protective', 'protective', 'ADJ', 25, 'amod'), (25, 'plates', 'plate', 'NOUN', 23, 'obj'), (26, 'from', 'from', 'ADP', 28, 'case'), (27, 'two', 'two', 'NUM', 28, 'nummod'), (28, 'hangers', 'hanger', 'NOUN', 25, 'nmod'), (29, 'nine', 'nine', 'NUM', 30, 'nummod'), (30, 'days', 'day', 'NOUN', 28, 'nmod'), (31, 'before', 'before', 'ADP', 33, 'case'), (32, 'the', 'the', 'DET', 33, 'det'), (33, 'collapse', 'collapse', 'NOUN', 30, 'nmod'), (34, '.', '.', 'PUNCT', 23, 'punct'),
])

REPORT_TITLED_NOTED = ('The report, titled “Hidden Fractures,” noted that the plates were never reinstalled.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'report', 'report', 'NOUN', 10, 'nsubj'), (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'titled', 'title', 'VERB', 2, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'), (5, '“', '"', 'PUNCT', 7, 'punct'), (6, 'Hidden', 'hidden', 'ADJ', 7, 'amod'), (7, 'Fractures', 'fractures', 'PROPN', 2, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'), (9, '”', '"', 'PUNCT', 7, 'punct'), (10, 'noted', 'note', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (11, 'that', 'that', 'SCONJ', 16, 'mark'), (12, 'the', 'the', 'DET', 13, 'det'), (13, 'plates', 'plate', 'NOUN', 16, 'nsubj:pass'), (14, 'were', 'be', 'AUX', 16, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (15, 'never', 'never', 'ADV', 16, 'advmod'), (16, 'reinstalled', 'reinstall', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'), (17, '.', '.', 'PUNCT', 10, 'punct'),
])

ACHTERBERG_WHOSE_HUSBAND_LUIS = ('Speaking to reporters outside the hearing, Grace Achterberg, whose husband, Luis, died in the collapse, said the testimony had left her “sick to my stomach.”', [
    (1, 'Speaking', 'speak', 'VERB', 21, 'advcl', 'Tense=Pres|VerbForm=Part'), (2, 'to', 'to', 'ADP', 3, 'case'), (3, 'reporters', 'reporter', 'NOUN', 1, 'obl'), (4, 'outside', 'outside', 'ADP', 6, 'case'), (5, 'the', 'the', 'DET', 6, 'det'), (6, 'hearing', 'hearing', 'NOUN', 1, 'obl'), (7, ',', ',', 'PUNCT', 8, 'punct'), (8, 'Grace', 'grace', 'PROPN', 9, 'compound'), (9, 'Achterberg', 'achterberg', 'PROPN', 6, 'conj'), (10, ',', ',', 'PUNCT', 12, 'punct'), (11, 'whose', 'whose', 'DET', 12, 'det'), (12, 'husband', 'husband', 'NOUN', 6, 'conj'), (13, ',', ',', 'PUNCT', 14, 'punct'), (14, 'Luis', 'luis', 'PROPN', 12, 'appos'), (15, ',', ',', 'PUNCT', 1, 'punct'), (16, 'died', 'die', 'VERB', 21, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (17, 'in', 'in', 'ADP', 19, 'case'), (18, 'the', 'the', 'DET', 19, 'det'), (19, 'collapse', 'collapse', 'NOUN', 16, 'obl'), (20, ',', ',', 'PUNCT', 1, 'punct'), (21, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (22, 'the', 'the', 'DET', 23, 'det'), (23, 'testimony', 'testimony', 'NOUN', 25, 'nsubj'), (24, 'had', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (25, 'left', 'leave', 'VERB', 21, 'ccomp', 'Tense=Past|VerbForm=Part'), (26, 'her', 'she', 'PRON', 25, 'iobj'), (27, '“', '"', 'PUNCT', 28, 'punct'), (28, 'sick', 'sick', 'ADJ', 25, 'xcomp'), (29, 'to', 'to', 'ADP', 31, 'case'), (30, 'my', 'my', 'PRON', 31, 'nmod:poss'), (31, 'stomach', 'stomach', 'NOUN', 28, 'obl'), (32, '.', '.', 'PUNCT', 21, 'punct'), (33, '”', '"', 'PUNCT', 21, 'punct'),
])


CAMPAIGN_SEVEN_NAMES_WOULD_GO_ON = ('Relatives told reporters they would ask state prosecutors to bring charges, and Achterberg said the families’ campaign, “Seven Names,” would go on until someone was held to account.', [
    (1, 'Relatives', 'relative', 'NOUN', 2, 'nsubj'), (2, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'), (3, 'reporters', 'reporter', 'NOUN', 2, 'iobj'), (4, 'they', 'they', 'PRON', 6, 'nsubj'), (5, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'), (6, 'ask', 'ask', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (7, 'state', 'state', 'NOUN', 8, 'compound'), (8, 'prosecutors', 'prosecutor', 'NOUN', 6, 'obj'), (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'bring', 'bring', 'VERB', 6, 'advcl', 'VerbForm=Inf'), (11, 'charges', 'charge', 'NOUN', 10, 'obj'), (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'and', 'and', 'CCONJ', 15, 'cc'), (14, 'Achterberg', 'achterberg', 'PROPN', 15, 'nsubj'), (15, 'said', 'say', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (16, 'the', 'the', 'DET', 17, 'det'), (17, 'families', 'family', 'NOUN', 19, 'nmod:poss'), (18, '’', "'s", 'PART', 17, 'case'), (19, 'campaign', 'campaign', 'NOUN', 15, 'ccomp'), (20, ',', ',', 'PUNCT', 23, 'punct'), (21, '“', '"', 'PUNCT', 23, 'punct'), (22, 'Seven', 'seven', 'PROPN', 23, 'compound'), (23, 'Names', 'names', 'PROPN', 19, 'appos'), (24, ',', ',', 'PUNCT', 23, 'punct'), (25, '”', '"', 'PUNCT', 27, 'punct'), (26, 'would', 'would', 'AUX', 27, 'aux', 'VerbForm=Fin'), (27, 'go', 'go', 'VERB', 2, 'parataxis', 'VerbForm=Inf'), (28, 'on', 'on', 'ADP', 27, 'advmod'), (29, 'until', 'until', 'SCONJ', 32, 'mark'), (30, 'someone', 'someone', 'PRON', 32, 'nsubj:pass'), (31, 'was', 'be', 'AUX', 32, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'), (32, 'held', 'hold', 'VERB', 27, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'), (33, 'to', 'to', 'PART', 34, 'mark'), (34, 'account', 'account', 'VERB', 32, 'xcomp', 'VerbForm=Inf'), (35, '.', '.', 'PUNCT', 2, 'punct'),
])

TRAVELLED_FROM_OLDSTEAD = ('Edna Purslow, 78, had travelled from Oldstead for surgery.', [
    (1, 'Edna', 'edna', 'PROPN', 7, 'nsubj'), (2, 'Purslow', 'purslow', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '78', '78', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'travelled', 'travel', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (8, 'from', 'from', 'ADP', 9, 'case'), (9, 'Oldstead', 'oldstead', 'PROPN', 7, 'obl'),
    (10, 'for', 'for', 'ADP', 11, 'case'), (11, 'surgery', 'surgery', 'NOUN', 7, 'obl'),
    (12, '.', '.', 'PUNCT', 7, 'punct'),
])

VANCE_QUOTED_IN_POST = ('Mr Vance was quoted in the Calder Vale Post as saying the offer was final.', [
    (1, 'Mr', 'mr', 'PROPN', 4, 'nsubj:pass'), (2, 'Vance', 'vance', 'PROPN', 1, 'flat'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'quoted', 'quote', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'in', 'in', 'ADP', 9, 'case'), (6, 'the', 'the', 'DET', 9, 'det'),
    (7, 'Calder', 'calder', 'PROPN', 9, 'compound'), (8, 'Vale', 'vale', 'PROPN', 9, 'compound'),
    (9, 'Post', 'post', 'PROPN', 4, 'obl'), (10, 'as', 'as', 'SCONJ', 11, 'mark'),
    (11, 'saying', 'say', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'offer', 'offer', 'NOUN', 15, 'nsubj'),
    (14, 'was', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'final', 'final', 'ADJ', 11, 'ccomp'), (16, '.', '.', 'PUNCT', 4, 'punct'),
])

THE_UNION_WARNED_WALKOUTS = ('The union warned that further walkouts would go ahead.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 3, 'nsubj'),
    (3, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 8, 'mark'), (5, 'further', 'further', 'ADJ', 6, 'amod'),
    (6, 'walkouts', 'walkout', 'NOUN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'go', 'go', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (9, 'ahead', 'ahead', 'ADV', 8, 'advmod'),
    (10, '.', '.', 'PUNCT', 3, 'punct'),
])


LANDLORDS_ASSOCIATION_SAID = ('The Marrowby Landlords’ Association said in a statement that its members had played by the rules.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Marrowby', 'marrowby', 'PROPN', 3, 'compound'),
    (3, 'Landlords', 'landlords', 'PROPN', 5, 'nmod:poss'), (4, '’', "'s", 'PART', 3, 'case'),
    (5, 'Association', 'association', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'in', 'in', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'statement', 'statement', 'NOUN', 6, 'obl'), (10, 'that', 'that', 'SCONJ', 14, 'mark'),
    (11, 'its', 'its', 'PRON', 12, 'nmod:poss'), (12, 'members', 'member', 'NOUN', 14, 'nsubj'),
    (13, 'had', 'have', 'AUX', 14, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'played', 'play', 'VERB', 9, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (15, 'by', 'by', 'ADP', 17, 'case'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'rules', 'rule', 'NOUN', 14, 'obl'), (18, '.', '.', 'PUNCT', 6, 'punct'),
])

THE_UNION_ALSO_WARNED = ('The union also warned that families were being pushed out to the ring road.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 4, 'nsubj'),
    (3, 'also', 'also', 'ADV', 4, 'advmod'),
    (4, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'that', 'that', 'SCONJ', 9, 'mark'), (6, 'families', 'family', 'NOUN', 9, 'nsubj:pass'),
    (7, 'were', 'be', 'AUX', 9, 'aux:pass', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'being', 'be', 'AUX', 9, 'aux:pass', 'Tense=Pres|VerbForm=Part'),
    (9, 'pushed', 'push', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'out', 'out', 'ADP', 9, 'compound:prt'), (11, 'to', 'to', 'ADP', 14, 'case'),
    (12, 'the', 'the', 'DET', 14, 'det'), (13, 'ring', 'ring', 'NOUN', 14, 'compound'),
    (14, 'road', 'road', 'NOUN', 9, 'obl'), (15, '.', '.', 'PUNCT', 4, 'punct'),
])


ACCORDING_TO_RENTERS_UNION = ('Old-town rents have risen by 38 per cent in five years, according to Marrowby Renters Together, the city’s tenants’ union.', [
    (1, 'Old', 'old', 'ADJ', 0, 'root'), (2, '-', '-', 'PUNCT', 4, 'punct'),
    (3, 'town', 'town', 'NOUN', 4, 'compound'), (4, 'rents', 'rent', 'NOUN', 6, 'nsubj:pass'),
    (5, 'have', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'risen', 'rise', 'VERB', 1, 'parataxis', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'by', 'by', 'ADP', 8, 'case'), (8, '38', '38', 'NUM', 6, 'obl'), (9, 'per', 'per', 'ADP', 10, 'case'),
    (10, 'cent', 'cent', 'NOUN', 6, 'obl'), (11, 'in', 'in', 'ADP', 13, 'case'),
    (12, 'five', 'five', 'NUM', 13, 'nummod'), (13, 'years', 'year', 'NOUN', 6, 'obl'),
    (14, ',', ',', 'PUNCT', 18, 'punct'),
    (15, 'according', 'accord', 'VERB', 18, 'case', 'Tense=Pres|VerbForm=Part'),
    (16, 'to', 'to', 'ADP', 18, 'case'), (17, 'Marrowby', 'marrowby', 'PROPN', 18, 'compound'),
    (18, 'Renters', 'renters', 'PROPN', 6, 'obl'), (19, 'Together', 'together', 'ADV', 6, 'advmod'),
    (20, ',', ',', 'PUNCT', 26, 'punct'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'city', 'city', 'NOUN', 24, 'nmod:poss'), (23, '’s', "'s", 'PART', 22, 'case'),
    (24, 'tenants', 'tenant', 'NOUN', 26, 'nmod:poss'), (25, '’', "'s", 'PART', 22, 'case'),
    (26, 'union', 'union', 'NOUN', 18, 'conj'), (27, '.', '.', 'PUNCT', 1, 'punct'),
])

OFFICIAL_SAID_MINISTRY_URGED = ('A senior finance ministry official, who asked not to be named, said the ministry had privately urged the bank to start cutting before the summer.', [
    (1, 'A', 'a', 'DET', 5, 'det'), (2, 'senior', 'senior', 'ADJ', 5, 'amod'),
    (3, 'finance', 'finance', 'NOUN', 5, 'compound'), (4, 'ministry', 'ministry', 'NOUN', 5, 'compound'),
    (5, 'official', 'official', 'NOUN', 14, 'nsubj'), (6, ',', ',', 'PUNCT', 8, 'punct'),
    (7, 'who', 'who', 'PRON', 8, 'nsubj'),
    (8, 'asked', 'ask', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'not', 'not', 'PART', 12, 'advmod'), (10, 'to', 'to', 'PART', 12, 'mark'),
    (11, 'be', 'be', 'AUX', 12, 'aux:pass', 'VerbForm=Inf'),
    (12, 'named', 'name', 'VERB', 8, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, ',', ',', 'PUNCT', 5, 'punct'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'ministry', 'ministry', 'NOUN', 19, 'nsubj'),
    (17, 'had', 'have', 'AUX', 19, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'privately', 'privately', 'ADV', 19, 'advmod'),
    (19, 'urged', 'urge', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'bank', 'bank', 'NOUN', 19, 'obj'),
    (22, 'to', 'to', 'PART', 23, 'mark'), (23, 'start', 'start', 'VERB', 19, 'advcl', 'VerbForm=Inf'),
    (24, 'cutting', 'cut', 'VERB', 23, 'xcomp', 'VerbForm=Ger'), (25, 'before', 'before', 'ADP', 27, 'case'),
    (26, 'the', 'the', 'DET', 27, 'det'), (27, 'summer', 'summer', 'NOUN', 24, 'obl'),
    (28, '.', '.', 'PUNCT', 14, 'punct'),
])

KALAN_ADMITTED_AND_GREEN_LEFT_SAID = ('Kalan admitted that some of his members would "rather stay in opposition," and in a statement, the Green Left said any deal would be put to its members.', [
    (1, 'Kalan', 'kalan', 'PROPN', 2, 'nsubj'),
    (2, 'admitted', 'admit', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 11, 'mark'), (4, 'some', 'some', 'DET', 11, 'nsubj'),
    (5, 'of', 'of', 'ADP', 7, 'case'), (6, 'his', 'his', 'PRON', 7, 'nmod:poss'),
    (7, 'members', 'member', 'NOUN', 4, 'nmod'), (8, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (9, '"', '"', 'PUNCT', 11, 'punct'), (10, 'rather', 'rather', 'ADV', 11, 'advmod'),
    (11, 'stay', 'stay', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (12, 'in', 'in', 'ADP', 13, 'case'),
    (13, 'opposition', 'opposition', 'NOUN', 11, 'obl'), (14, ',', ',', 'PUNCT', 19, 'punct'),
    (15, '"', '"', 'PUNCT', 11, 'punct'), (16, 'and', 'and', 'CCONJ', 24, 'cc'),
    (17, 'in', 'in', 'ADP', 19, 'case'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'statement', 'statement', 'NOUN', 24, 'obl'), (20, ',', ',', 'PUNCT', 19, 'punct'),
    (21, 'the', 'the', 'DET', 23, 'det'), (22, 'Green', 'green', 'ADJ', 23, 'amod'),
    (23, 'Left', 'left', 'PROPN', 24, 'nsubj'),
    (24, 'said', 'say', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'any', 'any', 'DET', 26, 'det'), (26, 'deal', 'deal', 'NOUN', 29, 'nsubj:pass'),
    (27, 'would', 'would', 'AUX', 29, 'aux', 'VerbForm=Fin'),
    (28, 'be', 'be', 'AUX', 29, 'aux:pass', 'VerbForm=Inf'),
    (29, 'put', 'put', 'VERB', 24, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (30, 'to', 'to', 'ADP', 32, 'case'), (31, 'its', 'its', 'PRON', 32, 'nmod:poss'),
    (32, 'members', 'member', 'NOUN', 29, 'obl'), (33, '.', '.', 'PUNCT', 2, 'punct'),
])

CAN_THE_GREENS_WALK_AWAY = ('"Can the Greens really walk away from the only government that will have them?"', [
    (1, '"', '"', 'PUNCT', 6, 'punct'), (2, 'Can', 'can', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'Greens', 'greens', 'PROPN', 6, 'nsubj'),
    (5, 'really', 'really', 'ADV', 6, 'advmod'), (6, 'walk', 'walk', 'VERB', 0, 'root', 'VerbForm=Inf'),
    (7, 'away', 'away', 'ADV', 6, 'advmod'), (8, 'from', 'from', 'ADP', 11, 'case'),
    (9, 'the', 'the', 'DET', 11, 'det'), (10, 'only', 'only', 'ADJ', 11, 'amod'),
    (11, 'government', 'government', 'NOUN', 6, 'obl'), (12, 'that', 'that', 'PRON', 14, 'nsubj'),
    (13, 'will', 'will', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'have', 'have', 'VERB', 11, 'acl:relcl', 'VerbForm=Inf'), (15, 'them', 'they', 'PRON', 14, 'obj'),
    (16, '?', '?', 'PUNCT', 6, 'punct'), (17, '"', '"', 'PUNCT', 6, 'punct'),
])

BRUN_COLUMNIST_ASKED_ON_PANEL = ('Anders Brun, a Tervik Post columnist, asked on a KRT panel.', [
    (1, 'Anders', 'anders', 'PROPN', 2, 'compound'), (2, 'Brun', 'brun', 'PROPN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 7, 'punct'), (4, 'a', 'a', 'DET', 7, 'det'),
    (5, 'Tervik', 'tervik', 'PROPN', 7, 'compound'), (6, 'Post', 'post', 'NOUN', 7, 'compound'),
    (7, 'columnist', 'columnist', 'NOUN', 2, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'on', 'on', 'ADP', 13, 'case'), (11, 'a', 'a', 'DET', 13, 'det'),
    (12, 'KRT', 'krt', 'NOUN', 13, 'compound'), (13, 'panel', 'panel', 'NOUN', 9, 'obl'),
    (14, '.', '.', 'PUNCT', 9, 'punct'),
])

REPLIED_MARSH_NOTING = ('"They have done it before," replied Helena Marsh, a political scientist at the University of Tervik, noting that the party quit Holt\'s first government in 2016.', [
    (1, '"', '"', 'PUNCT', 4, 'punct'), (2, 'They', 'they', 'PRON', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'done', 'do', 'VERB', 9, 'advcl', 'Tense=Past|VerbForm=Part'), (5, 'it', 'it', 'PRON', 4, 'obj'),
    (6, 'before', 'before', 'ADV', 4, 'advmod'), (7, ',', ',', 'PUNCT', 4, 'punct'),
    (8, '"', '"', 'PUNCT', 4, 'punct'),
    (9, 'replied', 'reply', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'Helena', 'helena', 'PROPN', 9, 'obj'), (11, 'Marsh', 'marsh', 'PROPN', 10, 'flat'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'a', 'a', 'DET', 15, 'det'),
    (14, 'political', 'political', 'ADJ', 15, 'amod'), (15, 'scientist', 'scientist', 'NOUN', 9, 'obj'),
    (16, 'at', 'at', 'ADP', 18, 'case'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'University', 'university', 'PROPN', 15, 'nmod'), (19, 'of', 'of', 'ADP', 20, 'case'),
    (20, 'Tervik', 'tervik', 'PROPN', 18, 'nmod'), (21, ',', ',', 'PUNCT', 22, 'punct'),
    (22, 'noting', 'note', 'VERB', 9, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (23, 'that', 'that', 'SCONJ', 26, 'mark'), (24, 'the', 'the', 'DET', 25, 'det'),
    (25, 'party', 'party', 'NOUN', 26, 'nsubj'),
    (26, 'quit', 'quit', 'VERB', 22, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'Holt', 'holt', 'PROPN', 30, 'nmod:poss'), (28, "'s", "'s", 'PART', 27, 'case'),
    (29, 'first', 'first', 'ADJ', 30, 'amod'), (30, 'government', 'government', 'NOUN', 26, 'obj'),
    (31, 'in', 'in', 'ADP', 32, 'case'), (32, '2016', '2016', 'NUM', 30, 'nmod'),
    (33, '.', '.', 'PUNCT', 9, 'punct'),
])

KALAN_WOULD_SAY_ONLY = ('After the first session, Holt said the talks had been "constructive," while Kalan would say only that the two sides were "still far apart."', [
    (1, 'After', 'after', 'ADP', 4, 'case'), (2, 'the', 'the', 'DET', 4, 'det'),
    (3, 'first', 'first', 'ADJ', 4, 'amod'), (4, 'session', 'session', 'NOUN', 7, 'obl'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'Holt', 'holt', 'PROPN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'talks', 'talk', 'NOUN', 13, 'nsubj'),
    (10, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'been', 'be', 'AUX', 13, 'cop', 'Tense=Past|VerbForm=Part'), (12, '"', '"', 'PUNCT', 13, 'punct'),
    (13, 'constructive', 'constructive', 'ADJ', 7, 'ccomp'), (14, ',', ',', 'PUNCT', 19, 'punct'),
    (15, '"', '"', 'PUNCT', 13, 'punct'), (16, 'while', 'while', 'SCONJ', 19, 'mark'),
    (17, 'Kalan', 'kalan', 'PROPN', 19, 'nsubj'), (18, 'would', 'would', 'AUX', 19, 'aux', 'VerbForm=Fin'),
    (19, 'say', 'say', 'VERB', 7, 'advcl', 'VerbForm=Inf'), (20, 'only', 'only', 'ADV', 29, 'advmod'),
    (21, 'that', 'that', 'SCONJ', 28, 'mark'), (22, 'the', 'the', 'DET', 24, 'det'),
    (23, 'two', 'two', 'NUM', 24, 'nummod'), (24, 'sides', 'side', 'NOUN', 28, 'nsubj'),
    (25, 'were', 'be', 'AUX', 28, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (26, '"', '"', 'PUNCT', 28, 'punct'), (27, 'still', 'still', 'ADV', 28, 'advmod'),
    (28, 'far', 'far', 'ADV', 19, 'ccomp'), (29, 'apart', 'apart', 'ADV', 28, 'advmod'),
    (30, '.', '.', 'PUNCT', 7, 'punct'), (31, '"', '"', 'PUNCT', 7, 'punct'),
])

THE_SHIP_SAYLE_SAID_IN_INTERVIEW = ('The ship, Sayle said in an interview with the Westmarch Gazette, was probably carrying wool and tin to Ostrand when it sank, although she conceded that divers had not yet found the bell that would confirm its name.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'ship', 'ship', 'NOUN', 5, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Sayle', 'sayle', 'PROPN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'in', 'in', 'ADP', 8, 'case'), (7, 'an', 'a', 'DET', 8, 'det'),
    (8, 'interview', 'interview', 'NOUN', 5, 'obl'), (9, 'with', 'with', 'ADP', 12, 'case'),
    (10, 'the', 'the', 'DET', 12, 'det'), (11, 'Westmarch', 'westmarch', 'PROPN', 12, 'compound'),
    (12, 'Gazette', 'gazette', 'PROPN', 8, 'nmod'), (13, ',', ',', 'PUNCT', 16, 'punct'),
    (14, 'was', 'be', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'probably', 'probably', 'ADV', 16, 'advmod'),
    (16, 'carrying', 'carry', 'VERB', 5, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (17, 'wool', 'wool', 'ADJ', 16, 'xcomp'), (18, 'and', 'and', 'CCONJ', 19, 'cc'),
    (19, 'tin', 'tin', 'VERB', 16, 'conj', 'VerbForm=Inf'), (20, 'to', 'to', 'ADP', 21, 'case'),
    (21, 'Ostrand', 'ostrand', 'PROPN', 19, 'obl'), (22, 'when', 'when', 'ADV', 24, 'advmod'),
    (23, 'it', 'it', 'PRON', 24, 'nsubj'),
    (24, 'sank', 'sank', 'VERB', 19, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, ',', ',', 'PUNCT', 28, 'punct'), (26, 'although', 'although', 'SCONJ', 28, 'mark'),
    (27, 'she', 'she', 'PRON', 28, 'nsubj'),
    (28, 'conceded', 'conced', 'VERB', 16, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (29, 'that', 'that', 'SCONJ', 34, 'mark'), (30, 'divers', 'diver', 'NOUN', 34, 'nsubj'),
    (31, 'had', 'have', 'AUX', 34, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (32, 'not', 'not', 'PART', 34, 'advmod'), (33, 'yet', 'yet', 'ADV', 34, 'advmod'),
    (34, 'found', 'find', 'VERB', 28, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (35, 'the', 'the', 'DET', 36, 'det'), (36, 'bell', 'bell', 'NOUN', 34, 'obj'),
    (37, 'that', 'that', 'PRON', 39, 'nsubj'), (38, 'would', 'would', 'AUX', 39, 'aux', 'VerbForm=Fin'),
    (39, 'confirm', 'confirm', 'VERB', 36, 'acl:relcl', 'VerbForm=Inf'),
    (40, 'its', 'its', 'PRON', 41, 'nmod:poss'), (41, 'name', 'name', 'NOUN', 39, 'obj'),
    (42, '.', '.', 'PUNCT', 5, 'punct'),
])

PREDICTED_PRESERVING_THE_HULL = ('The museum’s deputy director, Rosalind Fairweather, predicted that preserving the hull would take at least a decade.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'museum', 'museum', 'NOUN', 5, 'nmod:poss'),
    (3, '’s', "'s", 'PART', 2, 'case'), (4, 'deputy', 'deputy', 'NOUN', 5, 'compound'),
    (5, 'director', 'director', 'NOUN', 10, 'nsubj'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'Rosalind', 'rosalind', 'PROPN', 8, 'compound'),
    (8, 'Fairweather', 'fairweather', 'PROPN', 5, 'appos'), (9, ',', ',', 'PUNCT', 5, 'punct'),
    (10, 'predicted', 'predict', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'that', 'that', 'SCONJ', 16, 'mark'),
    (12, 'preserving', 'preserve', 'VERB', 10, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'hull', 'hull', 'NOUN', 16, 'nsubj'),
    (15, 'would', 'would', 'AUX', 16, 'aux', 'VerbForm=Fin'),
    (16, 'take', 'take', 'VERB', 10, 'ccomp', 'VerbForm=Inf'), (17, 'at', 'at', 'ADP', 18, 'case'),
    (18, 'least', 'least', 'ADJ', 16, 'obl'), (19, 'a', 'a', 'DET', 20, 'det'),
    (20, 'decade', 'decade', 'NOUN', 16, 'obl'), (21, '.', '.', 'PUNCT', 10, 'punct'),
])

AS_SHE_PUT_IT_WOOD_THAT_HAS_SPENT = ('As Fairweather put it, wood that has spent three centuries underwater is “basically a wet sponge that remembers being a ship.”', [
    (1, 'As', 'as', 'SCONJ', 3, 'mark'), (2, 'Fairweather', 'fairweather', 'PROPN', 3, 'nsubj'),
    (3, 'put', 'put', 'VERB', 18, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'it', 'it', 'PRON', 3, 'obj'), (5, ',', ',', 'PUNCT', 3, 'punct'),
    (6, 'wood', 'wood', 'NOUN', 9, 'nsubj'), (7, 'that', 'that', 'PRON', 9, 'nsubj'),
    (8, 'has', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'spent', 'spend', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (10, 'three', 'three', 'NUM', 11, 'nummod'), (11, 'centuries', 'century', 'NOUN', 12, 'compound'),
    (12, 'underwater', 'underwater', 'NOUN', 9, 'obj'),
    (13, 'is', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, '“', '"', 'PUNCT', 18, 'punct'), (15, 'basically', 'basically', 'ADV', 18, 'advmod'),
    (16, 'a', 'a', 'DET', 18, 'det'), (17, 'wet', 'wet', 'NOUN', 18, 'compound'),
    (18, 'sponge', 'sponge', 'NOUN', 9, 'parataxis'), (19, 'that', 'that', 'PRON', 20, 'nsubj'),
    (20, 'remembers', 'remember', 'VERB', 18, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, 'being', 'be', 'AUX', 23, 'cop', 'Tense=Pres|VerbForm=Part'), (22, 'a', 'a', 'DET', 23, 'det'),
    (23, 'ship', 'ship', 'NOUN', 20, 'xcomp'), (24, '.', '.', 'PUNCT', 9, 'punct'),
    (25, '”', '"', 'PUNCT', 9, 'punct'),
])

A_HARBOUR_OFFICIAL_WARNED = ('A harbour official warned that the village had nowhere to park the visitors the wreck might bring.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'harbour', 'harbour', 'NOUN', 3, 'compound'),
    (3, 'official', 'official', 'NOUN', 4, 'nsubj'),
    (4, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'that', 'that', 'SCONJ', 8, 'mark'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'village', 'village', 'NOUN', 8, 'nsubj'),
    (8, 'had', 'have', 'VERB', 4, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'nowhere', 'nowhere', 'ADV', 8, 'advmod'), (10, 'to', 'to', 'PART', 11, 'mark'),
    (11, 'park', 'park', 'VERB', 8, 'xcomp', 'VerbForm=Inf'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'visitors', 'visitor', 'NOUN', 11, 'obj'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'wreck', 'wreck', 'NOUN', 17, 'nsubj'), (16, 'might', 'might', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (17, 'bring', 'bring', 'VERB', 13, 'acl:relcl', 'VerbForm=Inf'), (18, '.', '.', 'PUNCT', 4, 'punct'),
])

SPEAKING_THE_OFFICIAL_KENDRICK = ('Speaking to reporters outside the harbour office, the official, Moira Kendrick, accused the district council of “sleepwalking into summer.”', [
    (1, 'Speaking', 'speak', 'VERB', 15, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 3, 'case'), (3, 'reporters', 'reporter', 'NOUN', 1, 'obl'),
    (4, 'outside', 'outside', 'ADP', 7, 'case'), (5, 'the', 'the', 'DET', 7, 'det'),
    (6, 'harbour', 'harbour', 'NOUN', 7, 'compound'), (7, 'office', 'office', 'NOUN', 1, 'obl'),
    (8, ',', ',', 'PUNCT', 10, 'punct'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'official', 'official', 'ADJ', 7, 'amod'), (11, ',', ',', 'PUNCT', 10, 'punct'),
    (12, 'Moira', 'moira', 'PROPN', 10, 'appos'), (13, 'Kendrick', 'kendrick', 'PROPN', 12, 'flat'),
    (14, ',', ',', 'PUNCT', 1, 'punct'),
    (15, 'accused', 'accuse', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'the', 'the', 'DET', 18, 'det'), (17, 'district', 'district', 'NOUN', 18, 'compound'),
    (18, 'council', 'council', 'NOUN', 15, 'obj'), (19, 'of', 'of', 'ADP', 21, 'case'),
    (20, '“', '"', 'PUNCT', 21, 'punct'),
    (21, 'sleepwalking', 'sleepwalk', 'VERB', 18, 'acl', 'VerbForm=Part'),
    (22, 'into', 'into', 'ADP', 23, 'case'), (23, 'summer', 'summer', 'NOUN', 21, 'obl'),
    (24, '.', '.', 'PUNCT', 15, 'punct'), (25, '”', '"', 'PUNCT', 15, 'punct'),
])

DEMPSEY_CONCEDED_BUT_INSISTED = ('Dempsey conceded the company had begun drilling under Sweetwater Creek before its permits were final but insisted it had acted “in good faith.”', [
    (1, 'Dempsey', 'dempsey', 'PROPN', 2, 'nsubj'),
    (2, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'company', 'company', 'NOUN', 6, 'nsubj'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'begun', 'begin', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'drilling', 'drill', 'VERB', 6, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (8, 'under', 'under', 'ADP', 10, 'case'), (9, 'Sweetwater', 'sweetwater', 'PROPN', 10, 'compound'),
    (10, 'Creek', 'creek', 'PROPN', 7, 'obl'), (11, 'before', 'before', 'SCONJ', 15, 'mark'),
    (12, 'its', 'its', 'PRON', 13, 'nmod:poss'), (13, 'permits', 'permit', 'NOUN', 15, 'nsubj'),
    (14, 'were', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'final', 'final', 'ADJ', 6, 'advcl'), (16, 'but', 'but', 'CCONJ', 17, 'cc'),
    (17, 'insisted', 'insist', 'VERB', 15, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'it', 'it', 'PRON', 20, 'nsubj'),
    (19, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'acted', 'act', 'VERB', 17, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (21, '“', '"', 'PUNCT', 20, 'punct'), (22, 'in', 'in', 'ADP', 24, 'case'),
    (23, 'good', 'good', 'ADJ', 24, 'amod'), (24, 'faith', 'faith', 'NOUN', 20, 'obl'),
    (25, '.', '.', 'PUNCT', 2, 'punct'), (26, '”', '"', 'PUNCT', 2, 'punct'),
])

TOLD_CHAMBER_THAT_RENTS = ('Councillor Priya Anand, who tabled the motion, told the chamber that rents in the city had risen by 41 per cent in five years while wages had grown by 12.', [
    (1, 'Councillor', 'councillor', 'PROPN', 10, 'nsubj'), (2, 'Priya', 'priya', 'PROPN', 1, 'flat'),
    (3, 'Anand', 'anand', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'tabled', 'tabl', 'VERB', 1, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'motion', 'motion', 'NOUN', 6, 'obj'),
    (9, ',', ',', 'PUNCT', 6, 'punct'),
    (10, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'chamber', 'chamber', 'NOUN', 10, 'iobj'),
    (13, 'that', 'that', 'PRON', 14, 'nsubj'),
    (14, 'rents', 'rent', 'VERB', 12, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'in', 'in', 'ADP', 17, 'case'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'city', 'city', 'NOUN', 14, 'obl'),
    (18, 'had', 'have', 'AUX', 19, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'risen', 'rise', 'VERB', 12, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'by', 'by', 'ADP', 23, 'case'), (21, '41', '41', 'NUM', 19, 'obl'),
    (22, 'per', 'per', 'ADP', 23, 'case'), (23, 'cent', 'cent', 'NOUN', 19, 'obl'),
    (24, 'in', 'in', 'ADP', 26, 'case'), (25, 'five', 'five', 'NUM', 26, 'nummod'),
    (26, 'years', 'year', 'NOUN', 19, 'obl'), (27, 'while', 'while', 'SCONJ', 30, 'mark'),
    (28, 'wages', 'wage', 'NOUN', 30, 'nsubj:pass'),
    (29, 'had', 'have', 'AUX', 30, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (30, 'grown', 'grow', 'VERB', 19, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (31, 'by', 'by', 'ADP', 32, 'case'), (32, '12', '12', 'NUM', 30, 'obl'),
    (33, '.', '.', 'PUNCT', 10, 'punct'),
])

COUNCILLOR_ANAND_SAID = ('Councillor Priya Anand said rents had risen sharply.', [
    (1, 'Councillor', 'councillor', 'PROPN', 4, 'nsubj'), (2, 'Priya', 'priya', 'PROPN', 4, 'nsubj'),
    (3, 'Anand', 'anand', 'PROPN', 2, 'flat'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'rents', 'rent', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'risen', 'rise', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (8, 'sharply', 'sharply', 'ADV', 7, 'advmod'), (9, '.', '.', 'PUNCT', 4, 'punct'),
])

REPLIED_CLLR_ANAND = ('‘Because they will still make a profit,’ replied Cllr Anand.', [
    (1, '‘', "'", 'PUNCT', 6, 'punct'), (2, 'Because', 'because', 'SCONJ', 6, 'mark'),
    (3, 'they', 'they', 'PRON', 6, 'nsubj'), (4, 'will', 'will', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (5, 'still', 'still', 'ADV', 6, 'advmod'), (6, 'make', 'make', 'VERB', 11, 'advcl', 'VerbForm=Inf'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'profit', 'profit', 'NOUN', 6, 'obj'),
    (9, ',', ',', 'PUNCT', 6, 'punct'), (10, '’', "'", 'PUNCT', 6, 'punct'),
    (11, 'replied', 'reply', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'Cllr', 'cllr', 'PROPN', 13, 'compound'), (13, 'Anand', 'anand', 'PROPN', 8, 'conj'),
    (14, '.', '.', 'PUNCT', 11, 'punct'),
])

MOULD_ADMITTED = ('Mould admitted that some landlords had raised rents ‘too far, too fast’, but insisted that higher mortgage costs were mostly to blame.', [
    (1, 'Mould', 'mould', 'AUX', 2, 'aux', 'VerbForm=Fin'),
    (2, 'admitted', 'admit', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (3, 'that', 'that', 'SCONJ', 7, 'mark'), (4, 'some', 'some', 'DET', 5, 'det'),
    (5, 'landlords', 'landlord', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'raised', 'raise', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (8, 'rents', 'rent', 'NOUN', 7, 'obj'), (9, '‘', "'", 'PUNCT', 11, 'punct'),
    (10, 'too', 'too', 'ADV', 11, 'advmod'), (11, 'far', 'far', 'ADV', 7, 'advmod'),
    (12, ',', ',', 'PUNCT', 14, 'punct'), (13, 'too', 'too', 'ADV', 14, 'advmod'),
    (14, 'fast', 'fast', 'ADJ', 11, 'conj'), (15, '’', "'", 'PUNCT', 18, 'punct'),
    (16, ',', ',', 'PUNCT', 18, 'punct'), (17, 'but', 'but', 'CCONJ', 18, 'cc'),
    (18, 'insisted', 'insist', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'that', 'that', 'SCONJ', 26, 'mark'), (20, 'higher', 'high', 'ADJ', 22, 'amod'),
    (21, 'mortgage', 'mortgage', 'NOUN', 22, 'compound'), (22, 'costs', 'cost', 'NOUN', 26, 'nsubj'),
    (23, 'were', 'be', 'AUX', 26, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'mostly', 'mostly', 'ADV', 26, 'advmod'), (25, 'to', 'to', 'PART', 26, 'mark'),
    (26, 'blame', 'blame', 'VERB', 18, 'ccomp', 'VerbForm=Inf'), (27, '.', '.', 'PUNCT', 2, 'punct'),
])

TENANTS_TOLD_REPORTERS = ('Other tenants in the gallery told reporters they had waited a decade for the vote.', [
    (1, 'Other', 'other', 'ADJ', 2, 'amod'), (2, 'tenants', 'tenant', 'NOUN', 6, 'nsubj'),
    (3, 'in', 'in', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'gallery', 'gallery', 'NOUN', 2, 'nmod'),
    (6, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'reporters', 'reporter', 'NOUN', 6, 'iobj'), (8, 'they', 'they', 'PRON', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'waited', 'wait', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'), (11, 'a', 'a', 'DET', 12, 'det'),
    (12, 'decade', 'decade', 'NOUN', 10, 'obj'), (13, 'for', 'for', 'ADP', 15, 'case'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'vote', 'vote', 'NOUN', 10, 'obl'),
    (16, '.', '.', 'PUNCT', 6, 'punct'),
])

AS_ONE_OF_THEM_PUT_IT = ('As one of them, retired postman Alan Cresswell, put it: ‘It’s taken them long enough.’', [
    (1, 'As', 'as', 'ADP', 2, 'case'), (2, 'one', 'one', 'NUM', 17, 'obl'), (3, 'of', 'of', 'ADP', 4, 'case'),
    (4, 'them', 'they', 'PRON', 2, 'nmod'), (5, ',', ',', 'PUNCT', 7, 'punct'),
    (6, 'retired', 'retire', 'VERB', 7, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'postman', 'postman', 'NOUN', 2, 'nmod'), (8, 'Alan', 'alan', 'PROPN', 7, 'appos'),
    (9, 'Cresswell', 'cresswell', 'PROPN', 8, 'flat'), (10, ',', ',', 'PUNCT', 2, 'punct'),
    (11, 'put', 'put', 'VERB', 0, 'root', 'Mood=Imp|VerbForm=Fin'), (12, 'it', 'it', 'PRON', 11, 'obj'),
    (13, ':', ':', 'PUNCT', 17, 'punct'), (14, '‘', "'", 'PUNCT', 17, 'punct'),
    (15, 'It', 'it', 'PRON', 17, 'nsubj:pass'),
    (16, '’s', 'be', 'AUX', 17, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'taken', 'take', 'VERB', 11, 'parataxis', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'them', 'they', 'PRON', 17, 'obj'), (19, 'long', 'long', 'ADV', 17, 'advmod'),
    (20, 'enough', 'enough', 'ADV', 17, 'advmod'), (21, '.', '.', 'PUNCT', 11, 'punct'),
    (22, '’', "'", 'PUNCT', 11, 'punct'),
])

PIKE_CALLED_WHILE_ANAND_SAID = ('Pike called the result ‘a dark night for Hallbury’, while Anand said it was ‘the best thing this council has done in a generation’.', [
    (1, 'Pike', 'pike', 'PROPN', 2, 'nsubj'),
    (2, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'result', 'result', 'NOUN', 2, 'obj'),
    (5, '‘', "'", 'PUNCT', 8, 'punct'), (6, 'a', 'a', 'DET', 8, 'det'), (7, 'dark', 'dark', 'ADJ', 8, 'amod'),
    (8, 'night', 'night', 'NOUN', 2, 'obl:unmarked'), (9, 'for', 'for', 'ADP', 10, 'case'),
    (10, 'Hallbury', 'hallbury', 'PROPN', 8, 'nmod'), (11, '’', "'", 'PUNCT', 10, 'punct'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'while', 'while', 'SCONJ', 15, 'mark'),
    (14, 'Anand', 'anand', 'PROPN', 15, 'nsubj'),
    (15, 'said', 'say', 'VERB', 2, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'it', 'it', 'PRON', 21, 'nsubj'),
    (17, 'was', 'be', 'AUX', 21, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '‘', "'", 'PUNCT', 21, 'punct'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'best', 'good', 'ADJ', 21, 'amod'), (21, 'thing', 'thing', 'NOUN', 2, 'parataxis'),
    (22, 'this', 'this', 'DET', 23, 'det'), (23, 'council', 'council', 'NOUN', 25, 'nsubj'),
    (24, 'has', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (25, 'done', 'do', 'VERB', 21, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (26, 'in', 'in', 'ADP', 28, 'case'), (27, 'a', 'a', 'DET', 28, 'det'),
    (28, 'generation', 'generation', 'NOUN', 25, 'obl'), (29, '’', "'", 'PUNCT', 25, 'punct'),
    (30, '.', '.', 'PUNCT', 2, 'punct'),
])

PM_HOLT_SAID = ('Prime Minister Helena Holt said the talks were going well.', [
    (1, 'Prime', 'prime', 'ADJ', 2, 'amod'), (2, 'Minister', 'minister', 'PROPN', 3, 'nmod:desc'),
    (3, 'Helena', 'helena', 'PROPN', 5, 'nsubj'), (4, 'Holt', 'holt', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'talks', 'talk', 'NOUN', 9, 'nsubj'),
    (8, 'were', 'be', 'AUX', 9, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'going', 'go', 'VERB', 5, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (10, 'well', 'well', 'ADV', 9, 'advmod'), (11, '.', '.', 'PUNCT', 5, 'punct'),
])

OFFICIAL_SAID_SHE_COULD = ('A senior official said she could accept a later deadline.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'senior', 'senior', 'ADJ', 3, 'amod'),
    (3, 'official', 'official', 'ADJ', 4, 'nsubj'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'she', 'she', 'PRON', 7, 'nsubj'), (6, 'could', 'could', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (7, 'accept', 'accept', 'VERB', 4, 'ccomp', 'VerbForm=Inf'), (8, 'a', 'a', 'DET', 10, 'det'),
    (9, 'later', 'late', 'ADJ', 10, 'amod'), (10, 'deadline', 'deadline', 'NOUN', 7, 'obj'),
    (11, '.', '.', 'PUNCT', 4, 'punct'),
])

HER_OFFICE_DENIED = ('Her office denied that any such offer had been made.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'office', 'office', 'NOUN', 3, 'nsubj'),
    (3, 'denied', 'deny', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 10, 'mark'), (5, 'any', 'any', 'DET', 7, 'det'),
    (6, 'such', 'such', 'ADJ', 7, 'amod'), (7, 'offer', 'offer', 'NOUN', 10, 'nsubj:pass'),
    (8, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'been', 'be', 'AUX', 10, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (10, 'made', 'make', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, '.', '.', 'PUNCT', 3, 'punct'),
])

INSISTED_AND_EXPLAINED_THAT_PUPILS = ('She insisted the ban would be ‘simple to enforce’ and explained that pupils who needed a phone for the journey home could leave it at the school office.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'ban', 'ban', 'NOUN', 8, 'nsubj'),
    (5, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'), (6, 'be', 'be', 'AUX', 8, 'cop', 'VerbForm=Inf'),
    (7, '‘', "'", 'PUNCT', 8, 'punct'), (8, 'simple', 'simple', 'ADJ', 2, 'ccomp'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'enforce', 'enforce', 'VERB', 8, 'xcomp', 'VerbForm=Inf'),
    (11, '’', "'", 'PUNCT', 25, 'punct'), (12, 'and', 'and', 'CCONJ', 13, 'cc'),
    (13, 'explained', 'explain', 'VERB', 8, 'conj', 'Tense=Past|VerbForm=Fin'),
    (14, 'that', 'that', 'SCONJ', 17, 'mark'), (15, 'pupils', 'pupil', 'NOUN', 13, 'obj'),
    (16, 'who', 'who', 'PRON', 17, 'nsubj'),
    (17, 'needed', 'need', 'VERB', 15, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'a', 'a', 'DET', 19, 'det'), (19, 'phone', 'phone', 'NOUN', 17, 'obj'),
    (20, 'for', 'for', 'ADP', 23, 'case'), (21, 'the', 'the', 'DET', 23, 'det'),
    (22, 'journey', 'journey', 'NOUN', 23, 'compound'), (23, 'home', 'home', 'NOUN', 25, 'nsubj'),
    (24, 'could', 'could', 'AUX', 25, 'aux', 'VerbForm=Fin'),
    (25, 'leave', 'leave', 'VERB', 2, 'conj', 'VerbForm=Inf'), (26, 'it', 'it', 'PRON', 25, 'obj'),
    (27, 'at', 'at', 'ADP', 30, 'case'), (28, 'the', 'the', 'DET', 30, 'det'),
    (29, 'school', 'school', 'NOUN', 30, 'compound'), (30, 'office', 'office', 'NOUN', 25, 'obl'),
    (31, '.', '.', 'PUNCT', 2, 'punct'),
])

RAN_CITY_HALL_AS_GROVE_PUT_IT = ('Dunmore ran City Hall “like a toll booth,” as Assistant U.S. Attorney Anita Grove put it in her opening statement last week.', [
    (1, 'Dunmore', 'dunmore', 'PROPN', 2, 'nsubj'),
    (2, 'ran', 'run', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'City', 'city', 'PROPN', 2, 'obj'), (4, 'Hall', 'hall', 'PROPN', 3, 'flat'),
    (5, '“', '"', 'PUNCT', 4, 'punct'), (6, 'like', 'like', 'ADP', 9, 'case'), (7, 'a', 'a', 'DET', 9, 'det'),
    (8, 'toll', 'toll', 'NOUN', 9, 'compound'), (9, 'booth', 'booth', 'NOUN', 2, 'obl'),
    (10, ',', ',', 'PUNCT', 18, 'punct'), (11, '”', '"', 'PUNCT', 9, 'punct'),
    (12, 'as', 'as', 'ADP', 15, 'case'), (13, 'Assistant', 'assistant', 'PROPN', 15, 'compound'),
    (14, 'U.S.', 'u.s.', 'PROPN', 15, 'compound'), (15, 'Attorney', 'attorney', 'PROPN', 17, 'compound'),
    (16, 'Anita', 'anita', 'PROPN', 17, 'compound'), (17, 'Grove', 'grove', 'PROPN', 18, 'nsubj'),
    (18, 'put', 'put', 'VERB', 2, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'it', 'it', 'PRON', 18, 'obj'), (20, 'in', 'in', 'ADP', 23, 'case'),
    (21, 'her', 'she', 'PRON', 23, 'nmod:poss'), (22, 'opening', 'open', 'VERB', 23, 'amod', 'VerbForm=Ger'),
    (23, 'statement', 'statement', 'NOUN', 18, 'obl'), (24, 'last', 'last', 'ADJ', 25, 'amod'),
    (25, 'week', 'week', 'NOUN', 23, 'nmod:unmarked'), (26, '.', '.', 'PUNCT', 2, 'punct'),
])

NO_LEGAL_STANDARD_QUOTE = ('"There is no legal standard for microplastics, so of course they meet it."', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'There', 'there', 'PRON', 3, 'expl'),
    (3, 'is', 'be', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'no', 'no', 'DET', 6, 'det'), (5, 'legal', 'legal', 'ADJ', 6, 'amod'),
    (6, 'standard', 'standard', 'NOUN', 3, 'nsubj'), (7, 'for', 'for', 'ADP', 8, 'case'),
    (8, 'microplastics', 'microplastics', 'NOUN', 6, 'nmod'), (9, ',', ',', 'PUNCT', 14, 'punct'),
    (10, 'so', 'so', 'ADV', 14, 'advmod'), (11, 'of', 'of', 'ADP', 12, 'case'),
    (12, 'course', 'course', 'NOUN', 14, 'obl'), (13, 'they', 'they', 'PRON', 14, 'nsubj'),
    (14, 'meet', 'meet', 'VERB', 3, 'parataxis', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'it', 'it', 'PRON', 14, 'obj'), (16, '.', '.', 'PUNCT', 3, 'punct'),
    (17, '"', '"', 'PUNCT', 3, 'punct'),
])

PETRA_LIND_FOUNDER_HAS_HEARD = ("Petra Lind, founder of the campaign group Clean Taps, has heard the industry's argument many times.", [
    (1, 'Petra', 'petra', 'PROPN', 13, 'nsubj'), (2, 'Lind', 'lind', 'PROPN', 13, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'founder', 'founder', 'NOUN', 1, 'appos'),
    (5, 'of', 'of', 'ADP', 10, 'case'), (6, 'the', 'the', 'DET', 10, 'det'),
    (7, 'campaign', 'campaign', 'NOUN', 8, 'compound'), (8, 'group', 'group', 'NOUN', 10, 'compound'),
    (9, 'Clean', 'clean', 'ADJ', 10, 'amod'), (10, 'Taps', 'taps', 'PROPN', 4, 'nmod'),
    (11, ',', ',', 'PUNCT', 2, 'punct'),
    (12, 'has', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'heard', 'hear', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'industry', 'industry', 'NOUN', 17, 'nmod:poss'),
    (16, "'s", "'s", 'PART', 15, 'case'), (17, 'argument', 'argument', 'NOUN', 13, 'obj'),
    (18, 'many', 'many', 'ADJ', 19, 'amod'), (19, 'times', 'time', 'NOUN', 13, 'obj'),
    (20, '.', '.', 'PUNCT', 13, 'punct'),
])

GORTON_CHIEF_EXECUTIVE_SAID = ('Professor Liam Gorton, the agency’s chief executive, said the pressures were no longer just a winter problem.', [
    (1, 'Professor', 'professor', 'PROPN', 11, 'nsubj'), (2, 'Liam', 'liam', 'PROPN', 1, 'flat'),
    (3, 'Gorton', 'gorton', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 9, 'punct'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'agency', 'agency', 'NOUN', 8, 'nmod:poss'),
    (7, '’s', "'s", 'PART', 6, 'case'), (8, 'chief', 'chief', 'NOUN', 9, 'nsubj'),
    (9, 'executive', 'executive', 'ADJ', 11, 'ccomp'), (10, ',', ',', 'PUNCT', 1, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'pressures', 'pressure', 'NOUN', 20, 'nsubj'),
    (14, 'were', 'be', 'AUX', 20, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'no', 'no', 'DET', 20, 'det'), (16, 'longer', 'long', 'ADV', 20, 'advmod'),
    (17, 'just', 'just', 'ADV', 20, 'advmod'), (18, 'a', 'a', 'DET', 20, 'det'),
    (19, 'winter', 'winter', 'NOUN', 20, 'compound'), (20, 'problem', 'problem', 'NOUN', 11, 'ccomp'),
    (21, '.', '.', 'PUNCT', 11, 'punct'),
])

CLAIMED_FEWER_THAN_ONE_IN_TEN = ('She claimed fewer than one in ten stolen paintings was ever recovered.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'claimed', 'claim', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'fewer', 'few', 'ADJ', 2, 'advmod'), (4, 'than', 'than', 'ADP', 5, 'case'),
    (5, 'one', 'one', 'NUM', 2, 'obl'), (6, 'in', 'in', 'ADP', 9, 'case'),
    (7, 'ten', 'ten', 'NUM', 9, 'nummod'), (8, 'stolen', 'steal', 'ADJ', 9, 'amod'),
    (9, 'paintings', 'painting', 'NOUN', 5, 'nmod'),
    (10, 'was', 'be', 'AUX', 12, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'ever', 'ever', 'ADV', 12, 'advmod'),
    (12, 'recovered', 'recover', 'VERB', 2, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, '.', '.', 'PUNCT', 2, 'punct'),
])

WARNED_HOWEVER_THAT = ('She warned, however, that a ruling against Veridian could "open the floodgates" for attorneys general in other states.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'however', 'however', 'ADV', 13, 'advmod'),
    (5, ',', ',', 'PUNCT', 13, 'punct'), (6, 'that', 'that', 'SCONJ', 13, 'mark'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'ruling', 'ruling', 'NOUN', 13, 'nsubj'),
    (9, 'against', 'against', 'ADP', 10, 'case'), (10, 'Veridian', 'veridian', 'PROPN', 8, 'nmod'),
    (11, 'could', 'could', 'AUX', 13, 'aux', 'VerbForm=Fin'), (12, '"', '"', 'PUNCT', 13, 'punct'),
    (13, 'open', 'open', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'floodgates', 'floodgate', 'NOUN', 13, 'obj'), (16, '"', '"', 'PUNCT', 13, 'punct'),
    (17, 'for', 'for', 'ADP', 18, 'case'), (18, 'attorneys', 'attorney', 'NOUN', 13, 'obl'),
    (19, 'general', 'general', 'ADJ', 13, 'xcomp'), (20, 'in', 'in', 'ADP', 22, 'case'),
    (21, 'other', 'other', 'ADJ', 22, 'amod'), (22, 'states', 'state', 'NOUN', 19, 'obl'),
    (23, '.', '.', 'PUNCT', 2, 'punct'),
])

QUAYLE_AUTHOR_OF_BOOK_TOLD = ('“I’d want to see the same dip from a second instrument before I put this in a textbook,” Quayle, author of the book “The Patient Sky,” told the Monteluce Gazette.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, '’d', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'want', 'want', 'VERB', 35, 'ccomp', 'VerbForm=Inf'), (5, 'to', 'to', 'PART', 6, 'mark'),
    (6, 'see', 'see', 'VERB', 4, 'xcomp', 'VerbForm=Inf'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, 'same', 'same', 'ADJ', 9, 'amod'), (9, 'dip', 'dip', 'NOUN', 6, 'obj'),
    (10, 'from', 'from', 'ADP', 13, 'case'), (11, 'a', 'a', 'DET', 13, 'det'),
    (12, 'second', 'second', 'ADJ', 13, 'amod'), (13, 'instrument', 'instrument', 'NOUN', 6, 'obl'),
    (14, 'before', 'before', 'SCONJ', 16, 'mark'), (15, 'I', 'i', 'PRON', 16, 'nsubj'),
    (16, 'put', 'put', 'VERB', 6, 'advcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (17, 'this', 'this', 'PRON', 16, 'obj'), (18, 'in', 'in', 'ADP', 20, 'case'),
    (19, 'a', 'a', 'DET', 20, 'det'), (20, 'textbook', 'textbook', 'NOUN', 16, 'obl'),
    (21, ',', ',', 'PUNCT', 23, 'punct'), (22, '”', '"', 'PUNCT', 23, 'punct'),
    (23, 'Quayle', 'quayle', 'PROPN', 20, 'appos'), (24, ',', ',', 'PUNCT', 25, 'punct'),
    (25, 'author', 'author', 'NOUN', 20, 'conj'), (26, 'of', 'of', 'ADP', 28, 'case'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'book', 'book', 'NOUN', 25, 'nmod'),
    (29, '“', '"', 'PUNCT', 32, 'punct'), (30, 'The', 'the', 'DET', 32, 'det'),
    (31, 'Patient', 'patient', 'ADJ', 32, 'amod'), (32, 'Sky', 'sky', 'PROPN', 28, 'appos'),
    (33, ',', ',', 'PUNCT', 32, 'punct'), (34, '”', '"', 'PUNCT', 32, 'punct'),
    (35, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (36, 'the', 'the', 'DET', 38, 'det'), (37, 'Monteluce', 'monteluce', 'PROPN', 38, 'compound'),
    (38, 'Gazette', 'gazette', 'PROPN', 35, 'iobj'), (39, '.', '.', 'PUNCT', 35, 'punct'),
])

CONCEDED_THAT_TALKS_WITH = ('Pressed by the independent MP Fiona Gallacher to name a single country, the minister conceded that talks with ‘a number of partners’ were ongoing and that no agreement had yet been signed.', [
    (1, 'Pressed', 'press', 'VERB', 16, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (2, 'by', 'by', 'ADP', 7, 'case'), (3, 'the', 'the', 'DET', 7, 'det'),
    (4, 'independent', 'independent', 'ADJ', 5, 'amod'), (5, 'MP', 'mp', 'PROPN', 7, 'compound'),
    (6, 'Fiona', 'fiona', 'PROPN', 7, 'compound'), (7, 'Gallacher', 'gallacher', 'PROPN', 1, 'obl:agent'),
    (8, 'to', 'to', 'PART', 9, 'mark'), (9, 'name', 'name', 'VERB', 1, 'advcl', 'VerbForm=Inf'),
    (10, 'a', 'a', 'DET', 12, 'det'), (11, 'single', 'single', 'ADJ', 12, 'amod'),
    (12, 'country', 'country', 'NOUN', 9, 'obj'), (13, ',', ',', 'PUNCT', 16, 'punct'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'minister', 'minister', 'NOUN', 16, 'nsubj'),
    (16, 'conceded', 'conced', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'that', 'that', 'SCONJ', 18, 'mark'),
    (18, 'talks', 'talk', 'VERB', 16, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (19, 'with', 'with', 'ADP', 22, 'case'), (20, '‘', "'", 'PUNCT', 22, 'punct'),
    (21, 'a', 'a', 'DET', 22, 'det'), (22, 'number', 'number', 'NOUN', 27, 'nsubj'),
    (23, 'of', 'of', 'ADP', 24, 'case'), (24, 'partners', 'partner', 'NOUN', 22, 'nmod'),
    (25, '’', "'", 'PUNCT', 22, 'punct'),
    (26, 'were', 'be', 'AUX', 27, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'ongoing', 'ongoing', 'VERB', 16, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (28, 'and', 'and', 'CCONJ', 35, 'cc'), (29, 'that', 'that', 'SCONJ', 35, 'mark'),
    (30, 'no', 'no', 'DET', 31, 'det'), (31, 'agreement', 'agreement', 'NOUN', 35, 'nsubj:pass'),
    (32, 'had', 'have', 'AUX', 35, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (33, 'yet', 'yet', 'ADV', 35, 'advmod'),
    (34, 'been', 'be', 'AUX', 35, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (35, 'signed', 'sign', 'VERB', 27, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (36, '.', '.', 'PUNCT', 16, 'punct'),
])

ANALYSTS_SAID_STOPPAGE_WHICH = ('Analysts at Swedbank said the stoppage, which began on Monday, could delay shipments of timber and grain.', [
    (1, 'Analysts', 'analyst', 'NOUN', 4, 'nsubj'), (2, 'at', 'at', 'ADP', 3, 'case'),
    (3, 'Swedbank', 'swedbank', 'PROPN', 1, 'nmod'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'stoppage', 'stoppage', 'NOUN', 4, 'iobj'),
    (7, ',', ',', 'PUNCT', 9, 'punct'), (8, 'which', 'which', 'PRON', 9, 'nsubj'),
    (9, 'began', 'begin', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'on', 'on', 'ADP', 11, 'case'), (11, 'Monday', 'monday', 'PROPN', 9, 'obl'),
    (12, ',', ',', 'PUNCT', 14, 'punct'), (13, 'could', 'could', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'delay', 'delay', 'VERB', 4, 'parataxis', 'VerbForm=Inf'),
    (15, 'shipments', 'shipment', 'NOUN', 14, 'obj'), (16, 'of', 'of', 'ADP', 17, 'case'),
    (17, 'timber', 'timber', 'NOUN', 15, 'nmod'), (18, 'and', 'and', 'CCONJ', 19, 'cc'),
    (19, 'grain', 'grain', 'NOUN', 17, 'conj'), (20, '.', '.', 'PUNCT', 4, 'punct'),
])

TOLD_REPORTERS_THAT_MEMBERS_WHO = ('The union\'s chairman, Andris Kalnins, told reporters that members, who earn about 1,400 euros a month, would stay out "as long as it takes."', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'union', 'union', 'NOUN', 4, 'nmod:poss'),
    (3, "'s", "'s", 'PART', 2, 'case'), (4, 'chairman', 'chairman', 'NOUN', 9, 'nsubj'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'Andris', 'andris', 'PROPN', 7, 'compound'),
    (7, 'Kalnins', 'kalnins', 'PROPN', 4, 'appos'), (8, ',', ',', 'PUNCT', 7, 'punct'),
    (9, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'reporters', 'reporter', 'NOUN', 9, 'iobj'), (11, 'that', 'that', 'PRON', 15, 'obj'),
    (12, 'members', 'member', 'NOUN', 15, 'obj'), (13, ',', ',', 'PUNCT', 15, 'punct'),
    (14, 'who', 'who', 'PRON', 15, 'nsubj'),
    (15, 'earn', 'earn', 'VERB', 10, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, 'about', 'about', 'ADV', 17, 'advmod'), (17, '1,400', '1400', 'NUM', 18, 'nummod'),
    (18, 'euros', 'euro', 'NOUN', 15, 'obj'), (19, 'a', 'a', 'DET', 20, 'det'),
    (20, 'month', 'month', 'NOUN', 18, 'nmod:unmarked'), (21, ',', ',', 'PUNCT', 23, 'punct'),
    (22, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (23, 'stay', 'stay', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (24, 'out', 'out', 'ADP', 23, 'compound:prt'),
    (25, '"', '"', 'PUNCT', 23, 'punct'), (26, 'as', 'as', 'ADV', 27, 'advmod'),
    (27, 'long', 'long', 'ADV', 23, 'advmod'), (28, 'as', 'as', 'SCONJ', 30, 'mark'),
    (29, 'it', 'it', 'PRON', 30, 'nsubj'),
    (30, 'takes', 'take', 'VERB', 23, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (31, '.', '.', 'PUNCT', 9, 'punct'), (32, '"', '"', 'PUNCT', 9, 'punct'),
])

ACCORDING_TO_DOCKERS_UNION_WHICH = ("Dock workers extended their strike into a third day on Wednesday, according to the Latvian Dockers' Union, which said talks with management had stalled.", [
    (1, 'Dock', 'dock', 'PROPN', 2, 'compound'), (2, 'workers', 'worker', 'NOUN', 3, 'nsubj'),
    (3, 'extended', 'extend', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'their', 'their', 'PRON', 5, 'nmod:poss'), (5, 'strike', 'strike', 'NOUN', 3, 'obj'),
    (6, 'into', 'into', 'ADP', 9, 'case'), (7, 'a', 'a', 'DET', 9, 'det'),
    (8, 'third', 'third', 'ADJ', 9, 'amod'), (9, 'day', 'day', 'NOUN', 3, 'obl'),
    (10, 'on', 'on', 'ADP', 11, 'case'), (11, 'Wednesday', 'wednesday', 'PROPN', 9, 'nmod'),
    (12, ',', ',', 'PUNCT', 17, 'punct'),
    (13, 'according', 'accord', 'VERB', 17, 'case', 'Tense=Pres|VerbForm=Part'),
    (14, 'to', 'to', 'ADP', 17, 'case'), (15, 'the', 'the', 'DET', 17, 'det'),
    (16, 'Latvian', 'latvian', 'ADJ', 17, 'amod'), (17, 'Dockers', 'dockers', 'PROPN', 19, 'compound'),
    (18, "'", "'", 'PUNCT', 17, 'punct'), (19, 'Union', 'union', 'PROPN', 3, 'obl'),
    (20, ',', ',', 'PUNCT', 22, 'punct'), (21, 'which', 'which', 'PRON', 22, 'nsubj'),
    (22, 'said', 'say', 'VERB', 19, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'talks', 'talk', 'NOUN', 22, 'obj'), (24, 'with', 'with', 'ADP', 25, 'case'),
    (25, 'management', 'management', 'NOUN', 23, 'nmod'),
    (26, 'had', 'have', 'AUX', 27, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'stalled', 'stall', 'VERB', 22, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (28, '.', '.', 'PUNCT', 3, 'punct'),
])

MERIDIAN_SAID_OFFER = ('Meridian Terminals said it would not improve its offer.', [
    (1, 'Meridian', 'meridian', 'PROPN', 2, 'compound'), (2, 'Terminals', 'terminal', 'PROPN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'it', 'it', 'PRON', 7, 'nsubj'), (5, 'would', 'would', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (6, 'not', 'not', 'PART', 7, 'advmod'), (7, 'improve', 'improve', 'VERB', 3, 'ccomp', 'VerbForm=Inf'),
    (8, 'its', 'its', 'PRON', 9, 'nmod:poss'), (9, 'offer', 'offer', 'NOUN', 7, 'obj'),
    (10, '.', '.', 'PUNCT', 3, 'punct'),
])

DOYLE_SAID_NOTHING_RULED_OUT = ('Union leader Kevin Doyle said nothing had been ruled out.', [
    (1, 'Union', 'union', 'PROPN', 2, 'compound'), (2, 'leader', 'leader', 'NOUN', 5, 'nsubj'),
    (3, 'Kevin', 'kevin', 'PROPN', 5, 'nsubj'), (4, 'Doyle', 'doyle', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'nothing', 'nothing', 'PRON', 9, 'nsubj:pass'),
    (7, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'been', 'be', 'AUX', 9, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (9, 'ruled', 'rule', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'out', 'out', 'ADP', 9, 'compound:prt'), (11, '.', '.', 'PUNCT', 5, 'punct'),
])

HE_AND_KEANE_MET = ("He and the union's president, Marie Keane, later met port managers for an hour.", [
    (1, 'He', 'he', 'PRON', 12, 'nsubj'), (2, 'and', 'and', 'CCONJ', 6, 'cc'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'union', 'union', 'NOUN', 6, 'nmod:poss'),
    (5, "'s", "'s", 'PART', 4, 'case'), (6, 'president', 'president', 'NOUN', 12, 'nsubj'),
    (7, ',', ',', 'PUNCT', 6, 'punct'), (8, 'Marie', 'marie', 'PROPN', 6, 'appos'),
    (9, 'Keane', 'keane', 'PROPN', 8, 'flat'), (10, ',', ',', 'PUNCT', 6, 'punct'),
    (11, 'later', 'late', 'ADV', 12, 'advmod'),
    (12, 'met', 'meet', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'port', 'port', 'NOUN', 14, 'compound'), (14, 'managers', 'manager', 'NOUN', 12, 'obj'),
    (15, 'for', 'for', 'ADP', 17, 'case'), (16, 'an', 'a', 'DET', 17, 'det'),
    (17, 'hour', 'hour', 'NOUN', 12, 'obl'), (18, '.', '.', 'PUNCT', 12, 'punct'),
])

THEY_SAID_AFTERWARDS = ('They said afterwards that no new offer had been put on the table.', [
    (1, 'They', 'they', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'afterwards', 'afterwards', 'NOUN', 2, 'iobj'), (4, 'that', 'that', 'SCONJ', 10, 'mark'),
    (5, 'no', 'no', 'DET', 7, 'det'), (6, 'new', 'new', 'ADJ', 7, 'amod'),
    (7, 'offer', 'offer', 'NOUN', 10, 'nsubj:pass'),
    (8, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'been', 'be', 'AUX', 10, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (10, 'put', 'put', 'VERB', 3, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'on', 'on', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'table', 'table', 'NOUN', 10, 'obl'), (14, '.', '.', 'PUNCT', 2, 'punct'),
])

ARGUED_CONTAMINATED_A_CLAIM = ("Vandermolen's lawyer, Pascal Dorval, argued at the hearing that the sample had been contaminated at a laboratory in Marvelle, a claim the tribunal rejected.", [
    (1, 'Vandermolen', 'vandermolen', 'PROPN', 3, 'nmod:poss'), (2, "'s", "'s", 'PART', 1, 'case'),
    (3, 'lawyer', 'lawyer', 'NOUN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'Pascal', 'pascal', 'PROPN', 3, 'appos'), (6, 'Dorval', 'dorval', 'PROPN', 5, 'flat'),
    (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'argued', 'argue', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'at', 'at', 'ADP', 11, 'case'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'hearing', 'hearing', 'NOUN', 8, 'obl'), (12, 'that', 'that', 'SCONJ', 17, 'mark'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'sample', 'sample', 'NOUN', 17, 'nsubj:pass'),
    (15, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'been', 'be', 'AUX', 17, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (17, 'contaminated', 'contaminate', 'VERB', 11, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'at', 'at', 'ADP', 20, 'case'), (19, 'a', 'a', 'DET', 20, 'det'),
    (20, 'laboratory', 'laboratory', 'NOUN', 17, 'obl'), (21, 'in', 'in', 'ADP', 22, 'case'),
    (22, 'Marvelle', 'marvelle', 'PROPN', 20, 'nmod'), (23, ',', ',', 'PUNCT', 25, 'punct'),
    (24, 'a', 'a', 'DET', 25, 'det'), (25, 'claim', 'claim', 'NOUN', 17, 'obl'),
    (26, 'the', 'the', 'DET', 27, 'det'), (27, 'tribunal', 'tribunal', 'NOUN', 28, 'nsubj'),
    (28, 'rejected', 'reject', 'VERB', 25, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (29, '.', '.', 'PUNCT', 8, 'punct'),
])

CLAIMED_IGNORED_A_CHARGE = ('Branch secretary Dave Trinder claimed staff had raised concerns about “out-of-date” software last year and been ignored, a charge the trust denied.', [
    (1, 'Branch', 'branch', 'PROPN', 2, 'compound'), (2, 'secretary', 'secretary', 'NOUN', 3, 'nmod:desc'),
    (3, 'Dave', 'dave', 'PROPN', 5, 'nsubj'), (4, 'Trinder', 'trinder', 'PROPN', 3, 'flat'),
    (5, 'claimed', 'claim', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'staff', 'staff', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'raised', 'raise', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (9, 'concerns', 'concern', 'NOUN', 8, 'obj'), (10, 'about', 'about', 'ADP', 18, 'case'),
    (11, '“', '"', 'PUNCT', 18, 'punct'), (12, 'out', 'out', 'ADP', 18, 'case'),
    (13, '-', '-', 'PUNCT', 12, 'punct'), (14, 'of', 'of', 'ADP', 16, 'case'),
    (15, '-', '-', 'PUNCT', 14, 'punct'), (16, 'date', 'date', 'NOUN', 18, 'compound'),
    (17, '”', '"', 'PUNCT', 16, 'punct'), (18, 'software', 'software', 'NOUN', 8, 'obl'),
    (19, 'last', 'last', 'ADJ', 20, 'amod'), (20, 'year', 'year', 'NOUN', 18, 'nmod'),
    (21, 'and', 'and', 'CCONJ', 23, 'cc'),
    (22, 'been', 'be', 'AUX', 23, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (23, 'ignored', 'ignore', 'VERB', 20, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, ',', ',', 'PUNCT', 26, 'punct'), (25, 'a', 'a', 'DET', 26, 'det'),
    (26, 'charge', 'charge', 'NOUN', 23, 'nsubj:pass'), (27, 'the', 'the', 'DET', 28, 'det'),
    (28, 'trust', 'trust', 'NOUN', 29, 'nsubj'),
    (29, 'denied', 'deny', 'VERB', 26, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (30, '.', '.', 'PUNCT', 5, 'punct'),
])

GAFFER_PULLED_ME_ASIDE_AND_SAID = ('‘When I first came into the squad, the gaffer pulled me aside and said, “Never let one result tell you who you are,”’ the 29-year-old said.', [
    (1, '‘', "'", 'PUNCT', 12, 'punct'), (2, 'When', 'when', 'ADV', 5, 'advmod'),
    (3, 'I', 'i', 'PRON', 5, 'nsubj'), (4, 'first', 'first', 'ADV', 5, 'advmod'),
    (5, 'came', 'come', 'VERB', 12, 'advcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (6, 'into', 'into', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'squad', 'squad', 'NOUN', 5, 'obl'), (9, ',', ',', 'PUNCT', 5, 'punct'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'gaffer', 'gaffer', 'NOUN', 12, 'nsubj'),
    (12, 'pulled', 'pull', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'me', 'i', 'PRON', 12, 'obj'), (14, 'aside', 'aside', 'ADV', 12, 'advmod'),
    (15, 'and', 'and', 'CCONJ', 16, 'cc'),
    (16, 'said', 'say', 'VERB', 12, 'conj', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (17, ',', ',', 'PUNCT', 5, 'punct'), (18, '“', '"', 'PUNCT', 20, 'punct'),
    (19, 'Never', 'never', 'ADV', 20, 'advmod'),
    (20, 'let', 'let', 'VERB', 12, 'parataxis', 'Mood=Imp|VerbForm=Fin'),
    (21, 'one', 'one', 'NUM', 22, 'nummod'), (22, 'result', 'result', 'NOUN', 20, 'obj'),
    (23, 'tell', 'tell', 'VERB', 20, 'xcomp', 'VerbForm=Inf'), (24, 'you', 'you', 'PRON', 23, 'iobj'),
    (25, 'who', 'who', 'PRON', 27, 'nsubj'), (26, 'you', 'you', 'PRON', 27, 'nsubj'),
    (27, 'are', 'be', 'AUX', 23, 'ccomp', 'Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin'),
    (28, ',', ',', 'PUNCT', 27, 'punct'), (29, '”', '"', 'PUNCT', 27, 'punct'),
    (30, '’', "'", 'PUNCT', 37, 'punct'), (31, 'the', 'the', 'DET', 36, 'det'),
    (32, '29', '29', 'NUM', 34, 'nummod'), (33, '-', '-', 'PUNCT', 32, 'punct'),
    (34, 'year', 'year', 'NOUN', 36, 'compound'), (35, '-', '-', 'PUNCT', 34, 'punct'),
    (36, 'old', 'old', 'ADJ', 37, 'nsubj'),
    (37, 'said', 'say', 'VERB', 20, 'parataxis', 'Tense=Past|VerbForm=Part'),
    (38, '.', '.', 'PUNCT', 20, 'punct'),
])

FATHER_TOLD_ME_ON_MY_FIRST_NIGHT = ('“My father told me on my first night, ‘A light that goes out for one minute has failed for good,’” he says.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'My', 'my', 'PRON', 3, 'nmod:poss'),
    (3, 'father', 'father', 'NOUN', 4, 'nsubj'),
    (4, 'told', 'tell', 'VERB', 28, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'me', 'i', 'PRON', 4, 'iobj'), (6, 'on', 'on', 'ADP', 9, 'case'),
    (7, 'my', 'my', 'PRON', 9, 'nmod:poss'), (8, 'first', 'first', 'ADJ', 9, 'amod'),
    (9, 'night', 'night', 'NOUN', 4, 'obl'), (10, ',', ',', 'PUNCT', 13, 'punct'),
    (11, '‘', "'", 'PUNCT', 13, 'punct'), (12, 'A', 'a', 'DET', 13, 'det'),
    (13, 'light', 'light', 'NOUN', 4, 'parataxis'), (14, 'that', 'that', 'PRON', 15, 'nsubj'),
    (15, 'goes', 'go', 'VERB', 13, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, 'out', 'out', 'ADP', 15, 'compound:prt'), (17, 'for', 'for', 'ADP', 19, 'case'),
    (18, 'one', 'one', 'NUM', 19, 'nummod'), (19, 'minute', 'minute', 'NOUN', 15, 'obl'),
    (20, 'has', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, 'failed', 'fail', 'VERB', 13, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (22, 'for', 'for', 'ADP', 23, 'case'), (23, 'good', 'good', 'ADJ', 21, 'obl'),
    (24, ',', ',', 'PUNCT', 21, 'punct'), (25, '’', "'", 'PUNCT', 21, 'punct'),
    (26, '”', '"', 'PUNCT', 21, 'punct'), (27, 'he', 'he', 'PRON', 28, 'nsubj'),
    (28, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (29, '.', '.', 'PUNCT', 28, 'punct'),
])

REDDIE_CLIMBED_THE_STEPS = ('Tomas Reddie has climbed the 97 iron steps of Skerrow Light.', [
    (1, 'Tomas', 'tomas', 'PROPN', 4, 'nsubj'), (2, 'Reddie', 'reddie', 'PROPN', 1, 'flat'),
    (3, 'has', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'climbed', 'climb', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (5, 'the', 'the', 'DET', 8, 'det'), (6, '97', '97', 'NUM', 8, 'nummod'),
    (7, 'iron', 'iron', 'ADJ', 8, 'amod'), (8, 'steps', 'step', 'NOUN', 4, 'obj'),
    (9, 'of', 'of', 'ADP', 11, 'case'), (10, 'Skerrow', 'skerrow', 'PROPN', 11, 'compound'),
    (11, 'Light', 'light', 'PROPN', 8, 'nmod'), (12, '.', '.', 'PUNCT', 4, 'punct'),
])

ASKED_WHETHER_BENNING_SAID = ('Asked whether the council would pay, Benning said it was not negotiating with criminals.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 6, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'council', 'council', 'NOUN', 6, 'nsubj'), (5, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (6, 'pay', 'pay', 'VERB', 1, 'ccomp', 'VerbForm=Inf'), (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'Benning', 'ben', 'VERB', 9, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (9, 'said', 'say', 'VERB', 1, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'it', 'it', 'PRON', 13, 'nsubj'),
    (11, 'was', 'be', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'not', 'not', 'PART', 13, 'advmod'),
    (13, 'negotiating', 'negotiate', 'VERB', 9, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (14, 'with', 'with', 'ADP', 15, 'case'), (15, 'criminals', 'criminal', 'NOUN', 13, 'obl'),
    (16, '.', '.', 'PUNCT', 1, 'punct'),
])

GIVING_EVIDENCE_THE_41_YEAR_OLD_SAID = ('Giving evidence, the 41-year-old said he had never seen the letter.', [
    (1, 'Giving', 'give', 'VERB', 10, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'evidence', 'evidence', 'NOUN', 10, 'nsubj'), (3, ',', ',', 'PUNCT', 2, 'punct'),
    (4, 'the', 'the', 'DET', 9, 'det'), (5, '41', '41', 'NUM', 7, 'nummod'),
    (6, '-', '-', 'PUNCT', 5, 'punct'), (7, 'year', 'year', 'NOUN', 9, 'compound'),
    (8, '-', '-', 'PUNCT', 7, 'punct'), (9, 'old', 'old', 'ADJ', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'he', 'he', 'PRON', 14, 'nsubj'),
    (12, 'had', 'have', 'AUX', 14, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'never', 'never', 'ADV', 14, 'advmod'),
    (14, 'seen', 'see', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'letter', 'letter', 'NOUN', 14, 'obj'),
    (17, '.', '.', 'PUNCT', 10, 'punct'),
])

SAID_A_LORRY_CARRYING_A_DRIVER = ('The prosecutor said a lorry carrying a sick driver had been forced off the road.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'prosecutor', 'prosecutor', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 5, 'det'), (5, 'lorry', 'lorry', 'NOUN', 3, 'obj'),
    (6, 'carrying', 'carry', 'VERB', 5, 'acl', 'Tense=Pres|VerbForm=Part'), (7, 'a', 'a', 'DET', 9, 'det'),
    (8, 'sick', 'sick', 'ADJ', 9, 'amod'), (9, 'driver', 'driver', 'NOUN', 12, 'nsubj:pass'),
    (10, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'been', 'be', 'AUX', 12, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (12, 'forced', 'force', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'off', 'off', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'road', 'road', 'NOUN', 12, 'obl'), (16, '.', '.', 'PUNCT', 3, 'punct'),
])

POLICE_SAID_A_MAN_WEARING_A_MASK = ('Police said a man wearing a mask had entered the bank.', [
    (1, 'Police', 'police', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'a', 'a', 'DET', 4, 'det'), (4, 'man', 'man', 'NOUN', 2, 'iobj'),
    (5, 'wearing', 'wear', 'VERB', 4, 'acl', 'Tense=Pres|VerbForm=Part'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'mask', 'mask', 'NOUN', 9, 'nsubj'),
    (8, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'entered', 'enter', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'bank', 'bank', 'NOUN', 9, 'obj'),
    (12, '.', '.', 'PUNCT', 2, 'punct'),
])

NOT_IN_EVERY_CASE_THE_58_YEAR_OLD = ('“Not in every case,” the 58-year-old said.', [
    (1, '“', '"', 'PUNCT', 14, 'punct'), (2, 'Not', 'not', 'PART', 5, 'advmod'),
    (3, 'in', 'in', 'ADP', 5, 'case'), (4, 'every', 'every', 'DET', 5, 'det'),
    (5, 'case', 'case', 'NOUN', 14, 'ccomp'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, '”', '"', 'PUNCT', 5, 'punct'), (8, 'the', 'the', 'DET', 13, 'det'),
    (9, '58', '58', 'NUM', 11, 'nummod'), (10, '-', '-', 'PUNCT', 9, 'punct'),
    (11, 'year', 'year', 'NOUN', 13, 'compound'), (12, '-', '-', 'PUNCT', 11, 'punct'),
    (13, 'old', 'old', 'ADJ', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

URGED_FAMILIES_TO_BE_WARY = ('The superintendent urged families to be wary of any email asking for passwords.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'superintendent', 'superintendent', 'NOUN', 3, 'nsubj'),
    (3, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'families', 'family', 'NOUN', 3, 'obj'), (5, 'to', 'to', 'PART', 7, 'mark'),
    (6, 'be', 'be', 'AUX', 7, 'cop', 'VerbForm=Inf'), (7, 'wary', 'wary', 'ADJ', 3, 'xcomp'),
    (8, 'of', 'of', 'ADP', 10, 'case'), (9, 'any', 'any', 'DET', 10, 'det'),
    (10, 'email', 'email', 'NOUN', 7, 'obl'), (11, 'asking', 'ask', 'VERB', 7, 'advcl', 'VerbForm=Part'),
    (12, 'for', 'for', 'ADP', 13, 'case'), (13, 'passwords', 'password', 'NOUN', 11, 'obl'),
    (14, '.', '.', 'PUNCT', 3, 'punct'),
])

AFTER_THE_HEARING_ASKED_WHETHER = ('After the hearing, asked whether Corvane would match the cut, Whitcombe said the company was weighing every option.', [
    (1, 'After', 'after', 'ADP', 3, 'case'), (2, 'the', 'the', 'DET', 3, 'det'),
    (3, 'hearing', 'hearing', 'NOUN', 14, 'obl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'asked', 'ask', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'whether', 'whether', 'SCONJ', 9, 'mark'), (7, 'Corvane', 'corvane', 'PROPN', 9, 'nsubj'),
    (8, 'would', 'would', 'AUX', 9, 'aux', 'VerbForm=Fin'),
    (9, 'match', 'match', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'cut', 'cut', 'NOUN', 9, 'obj'), (12, ',', ',', 'PUNCT', 9, 'punct'),
    (13, 'Whitcombe', 'whitcombe', 'PROPN', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'company', 'company', 'NOUN', 18, 'nsubj'),
    (17, 'was', 'be', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'weighing', 'weigh', 'VERB', 14, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (19, 'every', 'every', 'DET', 20, 'det'), (20, 'option', 'option', 'NOUN', 18, 'obj'),
    (21, '.', '.', 'PUNCT', 14, 'punct'),
])

POLICE_ASKED_WHETHER_SAID = ('Police, asked whether the man was armed, said he was not.', [
    (1, 'Police', 'police', 'PROPN', 10, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'asked', 'ask', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'whether', 'whether', 'SCONJ', 8, 'mark'), (5, 'the', 'the', 'DET', 6, 'det'),
    (6, 'man', 'man', 'NOUN', 8, 'nsubj:pass'),
    (7, 'was', 'be', 'AUX', 8, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'armed', 'arm', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, ',', ',', 'PUNCT', 8, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'he', 'he', 'PRON', 12, 'nsubj'),
    (12, 'was', 'be', 'AUX', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'not', 'not', 'PART', 12, 'advmod'), (14, '.', '.', 'PUNCT', 10, 'punct'),
])

LUND_RUNS_THE_ZOO = ('Tobias Lund runs the zoo.', [
    (1, 'Tobias', 'tobias', 'PROPN', 3, 'nsubj'), (2, 'Lund', 'lund', 'PROPN', 3, 'nsubj'),
    (3, 'runs', 'run', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'zoo', 'zoo', 'NOUN', 3, 'obj'),
    (6, '.', '.', 'PUNCT', 3, 'punct'),
])

I_TELL_THEM_LUND_SAID = ('“I tell them to be patient,” Lund said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'tell', 'tell', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'them', 'they', 'PRON', 3, 'iobj'), (5, 'to', 'to', 'PART', 7, 'mark'),
    (6, 'be', 'be', 'AUX', 7, 'cop', 'VerbForm=Inf'), (7, 'patient', 'patient', 'ADJ', 3, 'xcomp'),
    (8, ',', ',', 'PUNCT', 3, 'punct'), (9, '”', '"', 'PUNCT', 3, 'punct'),
    (10, 'Lund', 'lund', 'PROPN', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

PEOPLE_KEEP_RINGING_LUND_ADMITTED = ('“People keep ringing to ask when they can see her,” Lund admitted.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'People', 'people', 'NOUN', 3, 'nsubj'),
    (3, 'keep', 'keep', 'VERB', 15, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'ringing', 'ring', 'VERB', 3, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'ask', 'ask', 'VERB', 4, 'xcomp', 'VerbForm=Inf'),
    (7, 'when', 'when', 'ADV', 10, 'advmod'), (8, 'they', 'they', 'PRON', 10, 'nsubj'),
    (9, 'can', 'can', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'see', 'see', 'VERB', 6, 'advcl', 'VerbForm=Inf'), (11, 'her', 'she', 'PRON', 10, 'obj'),
    (12, ',', ',', 'PUNCT', 10, 'punct'), (13, '”', '"', 'PUNCT', 10, 'punct'),
    (14, 'Lund', 'lund', 'PROPN', 15, 'nsubj'),
    (15, 'admitted', 'admit', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, '.', '.', 'PUNCT', 15, 'punct'),
])

I_TELL_THEM_TO_BE_PATIENT = ('“I tell them to be patient.”', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'tell', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'them', 'they', 'PRON', 3, 'iobj'), (5, 'to', 'to', 'PART', 7, 'mark'),
    (6, 'be', 'be', 'AUX', 7, 'cop', 'VerbForm=Inf'), (7, 'patient', 'patient', 'ADJ', 3, 'xcomp'),
    (8, '.', '.', 'PUNCT', 3, 'punct'), (9, '”', '"', 'PUNCT', 3, 'punct'),
])

WHITCOMBE_PRESIDENT_BLAMED = ('Dana Whitcombe, president of diabetes care at Corvane Health, blamed pharmacy benefit managers, the middlemen who negotiate rebates for insurers.', [
    (1, 'Dana', 'dana', 'PROPN', 0, 'root'), (2, 'Whitcombe', 'whitcombe', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'president', 'president', 'NOUN', 1, 'appos'),
    (5, 'of', 'of', 'ADP', 7, 'case'), (6, 'diabetes', 'diabete', 'NOUN', 7, 'compound'),
    (7, 'care', 'care', 'NOUN', 4, 'nmod'), (8, 'at', 'at', 'ADP', 9, 'case'),
    (9, 'Corvane', 'corvane', 'PROPN', 7, 'nmod'), (10, 'Health', 'health', 'PROPN', 9, 'flat'),
    (11, ',', ',', 'PUNCT', 15, 'punct'),
    (12, 'blamed', 'blame', 'VERB', 15, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'pharmacy', 'pharmacy', 'NOUN', 15, 'compound'), (14, 'benefit', 'benefit', 'NOUN', 15, 'compound'),
    (15, 'managers', 'manager', 'NOUN', 7, 'nmod'), (16, ',', ',', 'PUNCT', 18, 'punct'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'middlemen', 'middleman', 'NOUN', 15, 'appos'),
    (19, 'who', 'who', 'PRON', 20, 'nsubj'),
    (20, 'negotiate', 'negotiate', 'VERB', 18, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, 'rebates', 'rebate', 'NOUN', 20, 'obj'), (22, 'for', 'for', 'ADP', 23, 'case'),
    (23, 'insurers', 'insurer', 'NOUN', 20, 'obl'), (24, '.', '.', 'PUNCT', 1, 'punct'),
])

LIST_PRICE_SHE_SAID = ('“The list price is a fiction,” she said.', [
    (1, '“', '"', 'PUNCT', 7, 'punct'), (2, 'The', 'the', 'DET', 4, 'det'),
    (3, 'list', 'list', 'NOUN', 4, 'compound'), (4, 'price', 'price', 'NOUN', 7, 'nsubj'),
    (5, 'is', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'a', 'a', 'DET', 7, 'det'), (7, 'fiction', 'fiction', 'NOUN', 11, 'ccomp'),
    (8, ',', ',', 'PUNCT', 7, 'punct'), (9, '”', '"', 'PUNCT', 7, 'punct'),
    (10, 'she', 'she', 'PRON', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 11, 'punct'),
])

MARCHETTI_WHO_AND_WHOM_TOLD = ('Marchetti, who is representing herself and whom one tabloid has nicknamed "the Glue Girl", told the court she had acted "out of love, not anger".', [
    (1, 'Marchetti', 'marchetti', 'PROPN', 19, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'who', 'who', 'PRON', 5, 'nsubj'),
    (4, 'is', 'be', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'representing', 'represent', 'VERB', 19, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (6, 'herself', 'herself', 'PRON', 5, 'obj'), (7, 'and', 'and', 'CCONJ', 12, 'cc'),
    (8, 'whom', 'whom', 'DET', 10, 'det'), (9, 'one', 'one', 'NUM', 10, 'nummod'),
    (10, 'tabloid', 'tabloid', 'NOUN', 12, 'nsubj'),
    (11, 'has', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'nicknamed', 'nickname', 'VERB', 19, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, '"', '"', 'PUNCT', 16, 'punct'), (14, 'the', 'the', 'DET', 16, 'det'),
    (15, 'Glue', 'glue', 'PROPN', 16, 'compound'), (16, 'Girl', 'girl', 'PROPN', 12, 'obj'),
    (17, '"', '"', 'PUNCT', 16, 'punct'), (18, ',', ',', 'PUNCT', 5, 'punct'),
    (19, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'court', 'court', 'NOUN', 19, 'iobj'),
    (22, 'she', 'she', 'PRON', 24, 'nsubj'),
    (23, 'had', 'have', 'AUX', 24, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'acted', 'act', 'VERB', 21, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (25, '"', '"', 'PUNCT', 26, 'punct'), (26, 'out', 'out', 'ADP', 28, 'case'),
    (27, 'of', 'of', 'ADP', 28, 'case'), (28, 'love', 'love', 'NOUN', 24, 'obl'),
    (29, ',', ',', 'PUNCT', 31, 'punct'), (30, 'not', 'not', 'PART', 31, 'advmod'),
    (31, 'anger', 'anger', 'NOUN', 28, 'conj'), (32, '"', '"', 'PUNCT', 31, 'punct'),
    (33, '.', '.', 'PUNCT', 19, 'punct'),
])

SAID_THAT_HE_HAD_QUOTE_MADE = ('Mr Prest said through a spokesperson that he had ‘made his point’ and would abstain rather than bring down the government.', [
    (1, 'Mr', 'mr', 'PROPN', 3, 'nsubj'), (2, 'Prest', 'prest', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'through', 'through', 'ADP', 6, 'case'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'spokesperson', 'spokesperson', 'NOUN', 3, 'obl'), (7, 'that', 'that', 'PRON', 9, 'obj'),
    (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'had', 'have', 'AUX', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, '‘', "'", 'PUNCT', 11, 'punct'),
    (11, 'made', 'make', 'VERB', 6, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (12, 'his', 'his', 'PRON', 13, 'nmod:poss'), (13, 'point', 'point', 'NOUN', 11, 'obj'),
    (14, '’', "'", 'PUNCT', 17, 'punct'), (15, 'and', 'and', 'CCONJ', 17, 'cc'),
    (16, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (17, 'abstain', 'abstain', 'VERB', 3, 'conj', 'VerbForm=Inf'),
    (18, 'rather', 'rather', 'ADV', 17, 'advmod'), (19, 'than', 'than', 'ADP', 20, 'mark'),
    (20, 'bring', 'bring', 'VERB', 17, 'xcomp', 'VerbForm=Inf'),
    (21, 'down', 'down', 'ADP', 20, 'compound:prt'), (22, 'the', 'the', 'DET', 23, 'det'),
    (23, 'government', 'government', 'NOUN', 20, 'obj'), (24, '.', '.', 'PUNCT', 3, 'punct'),
])

TARGETS_THE_RESEARCHER_SAID_BECAUSE = ('Schools make tempting targets, the researcher said, because they hold years of sensitive records but rarely employ full-time security staff.', [
    (1, 'Schools', 'school', 'NOUN', 2, 'nsubj'),
    (2, 'make', 'make', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'tempting', 'tempt', 'VERB', 4, 'amod', 'VerbForm=Ger'), (4, 'targets', 'target', 'NOUN', 2, 'obj'),
    (5, ',', ',', 'PUNCT', 8, 'punct'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'researcher', 'researcher', 'NOUN', 8, 'nsubj'),
    (8, 'said', 'say', 'VERB', 2, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, ',', ',', 'PUNCT', 12, 'punct'), (10, 'because', 'because', 'SCONJ', 12, 'mark'),
    (11, 'they', 'they', 'PRON', 12, 'nsubj'),
    (12, 'hold', 'hold', 'VERB', 2, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'years', 'year', 'NOUN', 12, 'obj'), (14, 'of', 'of', 'ADP', 16, 'case'),
    (15, 'sensitive', 'sensitive', 'ADJ', 16, 'amod'), (16, 'records', 'record', 'NOUN', 13, 'nmod'),
    (17, 'but', 'but', 'CCONJ', 19, 'cc'), (18, 'rarely', 'rarely', 'ADV', 19, 'advmod'),
    (19, 'employ', 'employ', 'VERB', 2, 'conj', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (20, 'full', 'full', 'ADJ', 22, 'amod'), (21, '-', '-', 'PUNCT', 20, 'punct'),
    (22, 'time', 'time', 'NOUN', 23, 'compound'), (23, 'security', 'security', 'NOUN', 24, 'compound'),
    (24, 'staff', 'staff', 'NOUN', 19, 'obj'), (25, '.', '.', 'PUNCT', 2, 'punct'),
])

DEAL_IS_DEAD_HE_SAID_AS = ('The deal is dead, he said, as he left the court.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'deal', 'deal', 'NOUN', 4, 'nsubj'),
    (3, 'is', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'dead', 'dead', 'ADJ', 0, 'root'), (5, ',', ',', 'PUNCT', 7, 'punct'),
    (6, 'he', 'he', 'PRON', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 4, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 11, 'punct'), (9, 'as', 'as', 'SCONJ', 11, 'mark'),
    (10, 'he', 'he', 'PRON', 11, 'nsubj'),
    (11, 'left', 'leave', 'VERB', 7, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'court', 'court', 'NOUN', 11, 'obj'),
    (14, '.', '.', 'PUNCT', 4, 'punct'),
])

RUN_BY_CHIEF_EXECUTIVE_MARSH = ("The new group will be run by St. Aldric's chief executive, Helen Marsh-Okafor.", [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'new', 'new', 'ADJ', 3, 'amod'),
    (3, 'group', 'group', 'NOUN', 6, 'nsubj:pass'), (4, 'will', 'will', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (5, 'be', 'be', 'AUX', 6, 'aux:pass', 'VerbForm=Inf'),
    (6, 'run', 'run', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'by', 'by', 'ADP', 11, 'case'), (8, 'St.', 'st.', 'PROPN', 9, 'nmod:desc'),
    (9, 'Aldric', 'aldric', 'PROPN', 11, 'nmod:poss'), (10, "'s", "'s", 'PART', 9, 'case'),
    (11, 'chief', 'chief', 'NOUN', 6, 'obl:agent'), (12, 'executive', 'executive', 'ADJ', 6, 'obl'),
    (13, ',', ',', 'PUNCT', 14, 'punct'), (14, 'Helen', 'helen', 'PROPN', 12, 'appos'),
    (15, 'Marsh', 'marsh', 'PROPN', 14, 'flat'), (16, '-', '-', 'PUNCT', 15, 'punct'),
    (17, 'Okafor', 'okafor', 'PROPN', 14, 'flat'), (18, '.', '.', 'PUNCT', 6, 'punct'),
])

ITS_PRESIDENT_CARROW_URGED = ('Its president, Denise Carrow, urged the boards to put a staffing guarantee in writing.', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss'), (2, 'president', 'president', 'NOUN', 7, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Denise', 'denise', 'PROPN', 5, 'compound'),
    (5, 'Carrow', 'carrow', 'PROPN', 2, 'appos'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'boards', 'board', 'NOUN', 7, 'obj'),
    (10, 'to', 'to', 'PART', 11, 'mark'), (11, 'put', 'put', 'VERB', 7, 'advcl', 'VerbForm=Inf'),
    (12, 'a', 'a', 'DET', 14, 'det'), (13, 'staffing', 'staffing', 'NOUN', 14, 'compound'),
    (14, 'guarantee', 'guarantee', 'NOUN', 11, 'obj'), (15, 'in', 'in', 'ADP', 16, 'case'),
    (16, 'writing', 'writing', 'NOUN', 11, 'obl'), (17, '.', '.', 'PUNCT', 7, 'punct'),
])

THE_CHIEF_EXECUTIVE_DID_NOT_SAY = ('The chief executive did not say how many of the posts are vacant.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'chief', 'chief', 'NOUN', 3, 'compound'),
    (3, 'executive', 'executive', 'NOUN', 6, 'nsubj'),
    (4, 'did', 'do', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'not', 'not', 'PART', 6, 'advmod'), (6, 'say', 'say', 'VERB', 0, 'root', 'VerbForm=Inf'),
    (7, 'how', 'how', 'ADV', 13, 'advmod'), (8, 'many', 'many', 'ADJ', 13, 'nsubj'),
    (9, 'of', 'of', 'ADP', 11, 'case'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'posts', 'post', 'NOUN', 8, 'nmod'),
    (12, 'are', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'vacant', 'vacant', 'ADJ', 6, 'ccomp'), (14, '.', '.', 'PUNCT', 6, 'punct'),
])

ASKED_SHE_SAID_BOARDS = ('Asked whether the unit could be saved, she said the boards had looked at every option.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 7, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'unit', 'unit', 'NOUN', 7, 'nsubj:pass'), (5, 'could', 'could', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (6, 'be', 'be', 'AUX', 7, 'aux:pass', 'VerbForm=Inf'),
    (7, 'saved', 'save', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, ',', ',', 'PUNCT', 7, 'punct'), (9, 'she', 'she', 'PRON', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'boards', 'board', 'NOUN', 14, 'nsubj'),
    (13, 'had', 'have', 'AUX', 14, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'looked', 'look', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (15, 'at', 'at', 'ADP', 17, 'case'), (16, 'every', 'every', 'DET', 17, 'det'),
    (17, 'option', 'option', 'NOUN', 14, 'obl'), (18, '.', '.', 'PUNCT', 1, 'punct'),
])

SAYS_ONE_LOBSTERMAN = ('“You could set your watch by him,” says one lobsterman.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'You', 'you', 'PRON', 4, 'nsubj'),
    (3, 'could', 'could', 'AUX', 4, 'aux', 'VerbForm=Fin'),
    (4, 'set', 'set', 'VERB', 11, 'ccomp', 'VerbForm=Inf'), (5, 'your', 'your', 'PRON', 6, 'nmod:poss'),
    (6, 'watch', 'watch', 'NOUN', 4, 'obj'), (7, 'by', 'by', 'ADP', 8, 'case'),
    (8, 'him', 'he', 'PRON', 4, 'obl'), (9, ',', ',', 'PUNCT', 4, 'punct'),
    (10, '”', '"', 'PUNCT', 4, 'punct'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'one', 'one', 'NUM', 13, 'nummod'), (13, 'lobsterman', 'lobsterman', 'NOUN', 11, 'nsubj'),
    (14, '.', '.', 'PUNCT', 11, 'punct'),
])

A_COUNTY_PLANNER_SAID = ('A county planner who was not authorized to speak publicly said staff were leaning toward approval.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'county', 'county', 'NOUN', 3, 'compound'),
    (3, 'planner', 'planner', 'NOUN', 11, 'nsubj'), (4, 'who', 'who', 'PRON', 7, 'nsubj:pass'),
    (5, 'was', 'be', 'AUX', 7, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'not', 'not', 'PART', 7, 'advmod'),
    (7, 'authorized', 'authorize', 'VERB', 3, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'to', 'to', 'PART', 9, 'mark'), (9, 'speak', 'speak', 'VERB', 7, 'xcomp', 'VerbForm=Inf'),
    (10, 'publicly', 'publicly', 'ADV', 9, 'advmod'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'staff', 'staff', 'NOUN', 14, 'nsubj'),
    (13, 'were', 'be', 'AUX', 14, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'leaning', 'lean', 'VERB', 11, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (15, 'toward', 'toward', 'ADP', 16, 'case'), (16, 'approval', 'approval', 'NOUN', 14, 'obl'),
    (17, '.', '.', 'PUNCT', 11, 'punct'),
])

REDDIE_CAME_AS_ASSISTANT_KEEPER = ('Tomas Reddie came to the headland in 1985 as an assistant keeper under his father.', [
    (1, 'Tomas', 'tomas', 'PROPN', 3, 'nsubj'), (2, 'Reddie', 'reddie', 'PROPN', 1, 'flat'),
    (3, 'came', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'to', 'to', 'ADP', 6, 'case'), (5, 'the', 'the', 'DET', 6, 'det'),
    (6, 'headland', 'headland', 'NOUN', 3, 'obl'), (7, 'in', 'in', 'ADP', 8, 'case'),
    (8, '1985', '1985', 'NUM', 3, 'obl'), (9, 'as', 'as', 'ADP', 12, 'case'),
    (10, 'an', 'a', 'DET', 12, 'det'), (11, 'assistant', 'assistant', 'ADJ', 12, 'amod'),
    (12, 'keeper', 'keeper', 'NOUN', 3, 'obl'), (13, 'under', 'under', 'ADP', 15, 'case'),
    (14, 'his', 'his', 'PRON', 15, 'nmod:poss'), (15, 'father', 'father', 'NOUN', 12, 'nmod'),
    (16, '.', '.', 'PUNCT', 3, 'punct'),
])

REDDIE_SAYS_THE_JOB = ('Reddie says the job is hard.', [
    (1, 'Reddie', 'reddie', 'PROPN', 2, 'nsubj'),
    (2, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'job', 'job', 'NOUN', 6, 'nsubj'),
    (5, 'is', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'hard', 'hard', 'ADJ', 2, 'ccomp'), (7, '.', '.', 'PUNCT', 2, 'punct'),
])

LIU_SAID_COMPANY_DISAGREES = ('Orvane spokeswoman Janet Liu said the company "respectfully disagrees" with the findings and was reviewing its options, including an appeal.', [
    (1, 'Orvane', 'orvane', 'PROPN', 2, 'compound'), (2, 'spokeswoman', 'spokeswoman', 'NOUN', 5, 'nsubj'),
    (3, 'Janet', 'janet', 'PROPN', 2, 'appos'), (4, 'Liu', 'liu', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'company', 'company', 'NOUN', 10, 'compound'),
    (8, '"', '"', 'PUNCT', 10, 'punct'), (9, 'respectfully', 'respectfully', 'ADV', 10, 'advmod'),
    (10, 'disagrees', 'disagree', 'NOUN', 5, 'ccomp'), (11, '"', '"', 'PUNCT', 10, 'punct'),
    (12, 'with', 'with', 'ADP', 14, 'case'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'findings', 'finding', 'NOUN', 10, 'nmod'), (15, 'and', 'and', 'CCONJ', 17, 'cc'),
    (16, 'was', 'be', 'AUX', 17, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'reviewing', 'review', 'VERB', 5, 'conj', 'Tense=Pres|VerbForm=Part'),
    (18, 'its', 'its', 'PRON', 19, 'nmod:poss'), (19, 'options', 'option', 'NOUN', 17, 'obj'),
    (20, ',', ',', 'PUNCT', 23, 'punct'),
    (21, 'including', 'include', 'VERB', 23, 'case', 'Tense=Pres|VerbForm=Part'),
    (22, 'an', 'a', 'DET', 23, 'det'), (23, 'appeal', 'appeal', 'NOUN', 17, 'obl'),
    (24, '.', '.', 'PUNCT', 5, 'punct'),
])

LIU_SAID_ONLY_THAT_TALKS_WITH = ('Asked if the company would settle, Liu said only that talks with the board were continuing.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'if', 'if', 'SCONJ', 6, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'company', 'company', 'NOUN', 6, 'nsubj'), (5, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (6, 'settle', 'settle', 'VERB', 1, 'advcl', 'VerbForm=Inf'), (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'Liu', 'liu', 'PROPN', 9, 'nsubj'),
    (9, 'said', 'say', 'VERB', 1, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'only', 'only', 'ADV', 12, 'advmod'), (11, 'that', 'that', 'SCONJ', 12, 'mark'),
    (12, 'talks', 'talk', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'with', 'with', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'board', 'board', 'NOUN', 12, 'obl'),
    (16, 'were', 'be', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'continuing', 'continue', 'VERB', 12, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (18, '.', '.', 'PUNCT', 1, 'punct'),
])

ONE_OF_THE_WORKERS_TECHNICIAN = ('One of the injured workers, 38-year-old technician Raul Mendez, said he still cannot grip a pen with his right hand.', [
    (1, 'One', 'one', 'NUM', 16, 'nsubj'), (2, 'of', 'of', 'ADP', 5, 'case'),
    (3, 'the', 'the', 'DET', 5, 'det'),
    (4, 'injured', 'injure', 'VERB', 5, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'workers', 'worker', 'NOUN', 1, 'nmod'), (6, ',', ',', 'PUNCT', 12, 'punct'),
    (7, '38', '38', 'NUM', 9, 'nummod'), (8, '-', '-', 'PUNCT', 7, 'punct'),
    (9, 'year', 'year', 'NOUN', 11, 'obl:unmarked'), (10, '-', '-', 'PUNCT', 9, 'punct'),
    (11, 'old', 'old', 'ADJ', 12, 'amod'), (12, 'technician', 'technician', 'NOUN', 5, 'conj'),
    (13, 'Raul', 'raul', 'PROPN', 12, 'appos'), (14, 'Mendez', 'mendez', 'PROPN', 13, 'flat'),
    (15, ',', ',', 'PUNCT', 5, 'punct'),
    (16, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'he', 'he', 'PRON', 21, 'nsubj'), (18, 'still', 'still', 'ADV', 21, 'advmod'),
    (19, 'can', 'can', 'AUX', 21, 'aux', 'VerbForm=Fin'), (20, 'not', 'not', 'PART', 21, 'advmod'),
    (21, 'grip', 'grip', 'VERB', 16, 'ccomp', 'VerbForm=Inf'), (22, 'a', 'a', 'DET', 23, 'det'),
    (23, 'pen', 'pen', 'NOUN', 21, 'obj'), (24, 'with', 'with', 'ADP', 27, 'case'),
    (25, 'his', 'his', 'PRON', 27, 'nmod:poss'), (26, 'right', 'right', 'ADJ', 27, 'amod'),
    (27, 'hand', 'hand', 'NOUN', 23, 'nmod'), (28, '.', '.', 'PUNCT', 16, 'punct'),
])

ONE_OF_THEM_RETIRED_POSTMAN = ('One of them, retired postman Alan Cresswell, said the plan was flawed.', [
    (1, 'One', 'one', 'NUM', 10, 'nsubj'), (2, 'of', 'of', 'ADP', 3, 'case'),
    (3, 'them', 'they', 'PRON', 1, 'nmod'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'retired', 'retire', 'VERB', 6, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'postman', 'postman', 'NOUN', 1, 'appos'), (7, 'Alan', 'alan', 'PROPN', 8, 'compound'),
    (8, 'Cresswell', 'cresswell', 'PROPN', 1, 'nmod'), (9, ',', ',', 'PUNCT', 1, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'plan', 'plan', 'NOUN', 14, 'nsubj:pass'),
    (13, 'was', 'be', 'AUX', 14, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'flawed', 'flaw', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, '.', '.', 'PUNCT', 10, 'punct'),
])

IN_BIRMINGHAM_WHERE_RESIDENTS_TOLD = ('In Birmingham, where the city council declared effective bankruptcy last year, residents told the Guardian they had already seen day centres close.', [
    (1, 'In', 'in', 'ADP', 2, 'case'), (2, 'Birmingham', 'birmingham', 'PROPN', 15, 'obl'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'where', 'where', 'ADV', 8, 'advmod'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'city', 'city', 'NOUN', 7, 'compound'),
    (7, 'council', 'council', 'NOUN', 8, 'nsubj'),
    (8, 'declared', 'declare', 'VERB', 15, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'effective', 'effective', 'ADJ', 10, 'amod'), (10, 'bankruptcy', 'bankruptcy', 'NOUN', 8, 'obj'),
    (11, 'last', 'last', 'ADJ', 12, 'amod'), (12, 'year', 'year', 'NOUN', 8, 'obl:unmarked'),
    (13, ',', ',', 'PUNCT', 2, 'punct'), (14, 'residents', 'resident', 'NOUN', 15, 'nsubj'),
    (15, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'Guardian', 'guardian', 'PROPN', 15, 'iobj'),
    (18, 'they', 'they', 'PRON', 21, 'nsubj'),
    (19, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'already', 'already', 'ADV', 21, 'advmod'),
    (21, 'seen', 'see', 'VERB', 17, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (22, 'day', 'day', 'NOUN', 23, 'compound'), (23, 'centres', 'centre', 'NOUN', 21, 'obj'),
    (24, 'close', 'close', 'ADJ', 21, 'xcomp'), (25, '.', '.', 'PUNCT', 15, 'punct'),
])

SHADOW_SECRETARY_ACCUSED_MINISTERS = ("Labour's shadow health secretary accused ministers of 'burying their heads in the sand'.", [
    (1, 'Labour', 'labour', 'PROPN', 5, 'nmod:poss'), (2, "'s", "'s", 'PART', 1, 'case'),
    (3, 'shadow', 'shadow', 'NOUN', 5, 'compound'), (4, 'health', 'health', 'NOUN', 5, 'compound'),
    (5, 'secretary', 'secretary', 'NOUN', 0, 'root'),
    (6, 'accused', 'accuse', 'VERB', 7, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'ministers', 'minister', 'NOUN', 5, 'nmod'), (8, 'of', 'of', 'SCONJ', 10, 'mark'),
    (9, "'", "'", 'PUNCT', 7, 'punct'), (10, 'burying', 'bury', 'VERB', 7, 'acl', 'Tense=Pres|VerbForm=Part'),
    (11, 'their', 'their', 'PRON', 12, 'nmod:poss'), (12, 'heads', 'head', 'NOUN', 10, 'obj'),
    (13, 'in', 'in', 'ADP', 15, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'sand', 'sand', 'NOUN', 10, 'obl'), (16, "'", "'", 'PUNCT', 15, 'punct'),
    (17, '.', '.', 'PUNCT', 5, 'punct'),
])

SAID_TULLOCH_MANAGING_DIRECTOR = ('"Safety comes first and it always will," said Graham Tulloch, managing director of Northern Isles Shipping.', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'Safety', 'safety', 'PROPN', 3, 'nsubj'),
    (3, 'comes', 'come', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'first', 'first', 'ADV', 3, 'advmod'), (5, 'and', 'and', 'CCONJ', 8, 'cc'),
    (6, 'it', 'it', 'PRON', 8, 'nsubj'), (7, 'always', 'always', 'ADV', 8, 'advmod'),
    (8, 'will', 'will', 'AUX', 11, 'ccomp', 'VerbForm=Fin'), (9, ',', ',', 'PUNCT', 3, 'punct'),
    (10, '"', '"', 'PUNCT', 8, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'Graham', 'graham', 'PROPN', 11, 'nsubj'), (13, 'Tulloch', 'tulloch', 'PROPN', 12, 'flat'),
    (14, ',', ',', 'PUNCT', 15, 'punct'),
    (15, 'managing', 'manage', 'VERB', 12, 'amod', 'Tense=Pres|VerbForm=Part'),
    (16, 'director', 'director', 'NOUN', 15, 'obj'), (17, 'of', 'of', 'ADP', 20, 'case'),
    (18, 'Northern', 'northern', 'ADJ', 20, 'amod'), (19, 'Isles', 'isles', 'PROPN', 20, 'compound'),
    (20, 'Shipping', 'shipping', 'NOUN', 16, 'nmod'), (21, '.', '.', 'PUNCT', 11, 'punct'),
])

SINCLAIR_WHO_RUNS_SAID = ('Moira Sinclair, who runs the only shop on the island, said crews had been stretched to breaking point.', [
    (1, 'Moira', 'moira', 'PROPN', 13, 'nsubj'), (2, 'Sinclair', 'sinclair', 'PROPN', 13, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'who', 'who', 'PRON', 5, 'nsubj'),
    (5, 'runs', 'run', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 8, 'det'), (7, 'only', 'only', 'ADJ', 8, 'amod'),
    (8, 'shop', 'shop', 'NOUN', 5, 'obj'), (9, 'on', 'on', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'island', 'island', 'NOUN', 8, 'nmod'),
    (12, ',', ',', 'PUNCT', 5, 'punct'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'crews', 'crew', 'NOUN', 17, 'nsubj:pass'),
    (15, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'been', 'be', 'AUX', 17, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (17, 'stretched', 'stretch', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'to', 'to', 'SCONJ', 20, 'case'),
    (19, 'breaking', 'break', 'VERB', 20, 'compound', 'Tense=Pres|VerbForm=Part'),
    (20, 'point', 'point', 'NOUN', 17, 'obl'), (21, '.', '.', 'PUNCT', 13, 'punct'),
])

A_SPOKESWOMAN_ADDED = ('A spokeswoman added that the minister would respond in due course.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'spokeswoman', 'spokeswoman', 'NOUN', 3, 'nsubj'),
    (3, 'added', 'add', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 8, 'mark'), (5, 'the', 'the', 'DET', 6, 'det'),
    (6, 'minister', 'minister', 'NOUN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'respond', 'respond', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (9, 'in', 'in', 'ADP', 11, 'case'),
    (10, 'due', 'due', 'ADJ', 11, 'case'), (11, 'course', 'course', 'NOUN', 8, 'obl'),
    (12, '.', '.', 'PUNCT', 3, 'punct'),
])

ASKED_SINCLAIR_LAUGHED = ('Asked whether she would stay on the island, Sinclair laughed.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 5, 'mark'), (3, 'she', 'she', 'PRON', 5, 'nsubj'),
    (4, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'stay', 'stay', 'VERB', 11, 'advcl', 'VerbForm=Inf'), (6, 'on', 'on', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'island', 'island', 'NOUN', 5, 'obl'),
    (9, ',', ',', 'PUNCT', 5, 'punct'), (10, 'Sinclair', 'sinclair', 'PROPN', 11, 'nsubj'),
    (11, 'laughed', 'laugh', 'VERB', 1, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 1, 'punct'),
])

WHERE_ELSE_WOULD_I_GO = ('"Where else would I go?"', [
    (1, '"', '"', 'PUNCT', 6, 'punct'), (2, 'Where', 'where', 'ADV', 6, 'advmod'),
    (3, 'else', 'else', 'ADV', 6, 'advmod'), (4, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (5, 'I', 'i', 'PRON', 6, 'nsubj'), (6, 'go', 'go', 'VERB', 0, 'root', 'VerbForm=Inf'),
    (7, '?', '?', 'PUNCT', 6, 'punct'), (8, '"', '"', 'PUNCT', 6, 'punct'),
])

PRESSED_ON_WHY_HE_SAID = ('Pressed on why a sister vessel had sailed on Thursday in similar conditions, he said the two ships had "very different handling characteristics."', [
    (1, 'Pressed', 'press', 'VERB', 16, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (2, 'on', 'on', 'SCONJ', 8, 'mark'), (3, 'why', 'why', 'ADV', 8, 'advmod'),
    (4, 'a', 'a', 'DET', 6, 'det'), (5, 'sister', 'sister', 'NOUN', 6, 'compound'),
    (6, 'vessel', 'vessel', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'sailed', 'sail', 'VERB', 16, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (9, 'on', 'on', 'ADP', 10, 'case'), (10, 'Thursday', 'thursday', 'PROPN', 8, 'obl'),
    (11, 'in', 'in', 'ADP', 13, 'case'), (12, 'similar', 'similar', 'ADJ', 13, 'amod'),
    (13, 'conditions', 'condition', 'NOUN', 8, 'obl'), (14, ',', ',', 'PUNCT', 3, 'punct'),
    (15, 'he', 'he', 'PRON', 16, 'nsubj'),
    (16, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 19, 'det'), (18, 'two', 'two', 'NUM', 19, 'nummod'),
    (19, 'ships', 'ship', 'NOUN', 20, 'nsubj'),
    (20, 'had', 'have', 'VERB', 16, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (21, '"', '"', 'PUNCT', 23, 'punct'), (22, 'very', 'very', 'ADV', 23, 'advmod'),
    (23, 'different', 'different', 'ADJ', 25, 'amod'),
    (24, 'handling', 'handle', 'VERB', 25, 'amod', 'VerbForm=Ger'),
    (25, 'characteristics', 'characteristics', 'NOUN', 20, 'obj'), (26, '.', '.', 'PUNCT', 16, 'punct'),
    (27, '"', '"', 'PUNCT', 16, 'punct'),
])

SAYS_NOT_FIT_AND_WARNS_THAT = ('In the letter, seen by this newspaper, he says the service is "simply not fit for purpose" and warns that young families are leaving the islands.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'the', 'the', 'DET', 3, 'det'),
    (3, 'letter', 'letter', 'NOUN', 11, 'obl'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'seen', 'see', 'VERB', 11, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'by', 'by', 'ADP', 8, 'case'), (7, 'this', 'this', 'DET', 8, 'det'),
    (8, 'newspaper', 'newspaper', 'NOUN', 5, 'obl:agent'), (9, ',', ',', 'PUNCT', 3, 'punct'),
    (10, 'he', 'he', 'PRON', 11, 'nsubj'),
    (11, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'service', 'service', 'NOUN', 18, 'nsubj'),
    (14, 'is', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, '"', '"', 'PUNCT', 18, 'punct'), (16, 'simply', 'simply', 'ADV', 18, 'advmod'),
    (17, 'not', 'not', 'PART', 18, 'advmod'), (18, 'fit', 'fit', 'VERB', 11, 'ccomp', 'VerbForm=Inf'),
    (19, 'for', 'for', 'ADP', 20, 'case'), (20, 'purpose', 'purpose', 'NOUN', 18, 'obl'),
    (21, '"', '"', 'PUNCT', 18, 'punct'), (22, 'and', 'and', 'CCONJ', 23, 'cc'),
    (23, 'warns', 'warn', 'NOUN', 20, 'conj'), (24, 'that', 'that', 'SCONJ', 28, 'mark'),
    (25, 'young', 'young', 'ADJ', 26, 'amod'), (26, 'families', 'family', 'NOUN', 28, 'nsubj'),
    (27, 'are', 'be', 'AUX', 28, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (28, 'leaving', 'leave', 'VERB', 18, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (29, 'the', 'the', 'DET', 30, 'det'), (30, 'islands', 'island', 'NOUN', 28, 'obj'),
    (31, '.', '.', 'PUNCT', 11, 'punct'),
])

GROUPS_CALLED_BUT_ONE_FAN_SAID = ("Several supporters' groups had called for a change, but one fan, Ellie Barnes, said she felt sorry for van Dorn.", [
    (1, 'Several', 'several', 'ADJ', 4, 'amod'), (2, 'supporters', 'supporter', 'NOUN', 18, 'nsubj'),
    (3, "'", "'", 'PUNCT', 2, 'punct'), (4, 'groups', 'group', 'NOUN', 6, 'nsubj'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'called', 'call', 'VERB', 18, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'for', 'for', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'change', 'change', 'NOUN', 6, 'obl'), (10, ',', ',', 'PUNCT', 13, 'punct'),
    (11, 'but', 'but', 'CCONJ', 18, 'cc'), (12, 'one', 'one', 'NUM', 13, 'nummod'),
    (13, 'fan', 'fan', 'NOUN', 6, 'conj'), (14, ',', ',', 'PUNCT', 13, 'punct'),
    (15, 'Ellie', 'ellie', 'PROPN', 16, 'compound'), (16, 'Barnes', 'barnes', 'PROPN', 13, 'appos'),
    (17, ',', ',', 'PUNCT', 16, 'punct'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'she', 'she', 'PRON', 20, 'nsubj'),
    (20, 'felt', 'feel', 'VERB', 18, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'sorry', 'sorry', 'ADJ', 20, 'xcomp'), (22, 'for', 'for', 'ADP', 24, 'case'),
    (23, 'van', 'van', 'DET', 24, 'det'), (24, 'Dorn', 'dorn', 'PROPN', 20, 'obl'),
    (25, '.', '.', 'PUNCT', 18, 'punct'),
])

BUDGET_EXPECTED_WHOSE_LEADER_SAID = ('The budget is expected to pass with the support of the New Democrats, whose leader, Jasmin Patel, said her party had secured a national dental plan in exchange.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'budget', 'budget', 'NOUN', 4, 'nsubj:pass'),
    (3, 'is', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'expected', 'expect', 'VERB', 21, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'pass', 'pass', 'VERB', 4, 'xcomp', 'VerbForm=Inf'),
    (7, 'with', 'with', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'support', 'support', 'NOUN', 6, 'obl'), (10, 'of', 'of', 'ADP', 13, 'case'),
    (11, 'the', 'the', 'DET', 13, 'det'), (12, 'New', 'new', 'ADJ', 13, 'amod'),
    (13, 'Democrats', 'democrat', 'PROPN', 9, 'nmod'), (14, ',', ',', 'PUNCT', 16, 'punct'),
    (15, 'whose', 'whose', 'DET', 16, 'det'), (16, 'leader', 'leader', 'NOUN', 13, 'appos'),
    (17, ',', ',', 'PUNCT', 16, 'punct'), (18, 'Jasmin', 'jasmin', 'PROPN', 16, 'appos'),
    (19, 'Patel', 'patel', 'PROPN', 18, 'flat'), (20, ',', ',', 'PUNCT', 18, 'punct'),
    (21, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'her', 'she', 'PRON', 23, 'nmod:poss'), (23, 'party', 'party', 'NOUN', 25, 'nsubj'),
    (24, 'had', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'secured', 'secure', 'VERB', 21, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (26, 'a', 'a', 'DET', 29, 'det'), (27, 'national', 'national', 'ADJ', 29, 'amod'),
    (28, 'dental', 'dental', 'ADJ', 29, 'amod'), (29, 'plan', 'plan', 'NOUN', 25, 'obj'),
    (30, 'in', 'in', 'ADP', 31, 'case'), (31, 'exchange', 'exchange', 'NOUN', 29, 'nmod'),
    (32, '.', '.', 'PUNCT', 21, 'punct'),
])

DISMISSED_AS_FANTASY_AND_PROMISED = ('OTTAWA, Oct 3 (Reuters) - Canada\'s main opposition party on Tuesday dismissed the government\'s budget as a "fantasy document" and promised to vote against it, setting up a tense week in parliament.', [
    (1, 'OTTAWA', 'ottawa', 'PROPN', 16, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'Oct', 'october', 'PROPN', 1, 'conj'), (4, '3', '3', 'NUM', 1, 'nmod:unmarked'),
    (5, '(', '(', 'PUNCT', 6, 'punct'), (6, 'Reuters', 'reuters', 'PROPN', 1, 'appos'),
    (7, ')', ')', 'PUNCT', 6, 'punct'), (8, '-', '-', 'PUNCT', 13, 'punct'),
    (9, 'Canada', 'canada', 'PROPN', 13, 'nmod:poss'), (10, "'s", "'s", 'PART', 9, 'case'),
    (11, 'main', 'main', 'ADJ', 13, 'amod'), (12, 'opposition', 'opposition', 'NOUN', 13, 'compound'),
    (13, 'party', 'party', 'NOUN', 1, 'appos'), (14, 'on', 'on', 'ADP', 15, 'case'),
    (15, 'Tuesday', 'tuesday', 'PROPN', 13, 'nmod'),
    (16, 'dismissed', 'dismiss', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'government', 'government', 'NOUN', 20, 'nmod:poss'),
    (19, "'s", "'s", 'PART', 18, 'case'), (20, 'budget', 'budget', 'NOUN', 16, 'obj'),
    (21, 'as', 'as', 'ADP', 25, 'case'), (22, 'a', 'a', 'DET', 25, 'det'),
    (23, '"', '"', 'PUNCT', 25, 'punct'), (24, 'fantasy', 'fantasy', 'ADJ', 25, 'amod'),
    (25, 'document', 'document', 'NOUN', 20, 'nmod'), (26, '"', '"', 'PUNCT', 25, 'punct'),
    (27, 'and', 'and', 'CCONJ', 28, 'cc'),
    (28, 'promised', 'promise', 'VERB', 25, 'conj', 'Tense=Past|VerbForm=Part'),
    (29, 'to', 'to', 'PART', 30, 'mark'), (30, 'vote', 'vote', 'VERB', 28, 'xcomp', 'VerbForm=Inf'),
    (31, 'against', 'against', 'ADP', 32, 'case'), (32, 'it', 'it', 'PRON', 30, 'obl'),
    (33, ',', ',', 'PUNCT', 34, 'punct'),
    (34, 'setting', 'set', 'VERB', 30, 'conj', 'Tense=Pres|VerbForm=Part'),
    (35, 'up', 'up', 'ADP', 34, 'compound:prt'), (36, 'a', 'a', 'DET', 38, 'det'),
    (37, 'tense', 'tense', 'NOUN', 38, 'compound'), (38, 'week', 'week', 'NOUN', 34, 'obj'),
    (39, 'in', 'in', 'ADP', 40, 'case'), (40, 'parliament', 'parliament', 'NOUN', 34, 'obl'),
    (41, '.', '.', 'PUNCT', 16, 'punct'),
])

SAID_ASSISTANT_MARSH_WOULD = ("The club said assistant Kelly Marsh would take charge of Saturday's trip to Halcombe.", [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'club', 'club', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'assistant', 'assistant', 'NOUN', 3, 'iobj'), (5, 'Kelly', 'kelly', 'PROPN', 6, 'nmod:desc'),
    (6, 'Marsh', 'marsh', 'PROPN', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'take', 'take', 'VERB', 3, 'ccomp', 'VerbForm=Inf'), (9, 'charge', 'charge', 'NOUN', 8, 'obj'),
    (10, 'of', 'of', 'ADP', 13, 'case'), (11, 'Saturday', 'saturday', 'PROPN', 13, 'nmod:poss'),
    (12, "'s", "'s", 'PART', 11, 'case'), (13, 'trip', 'trip', 'NOUN', 9, 'nmod'),
    (14, 'to', 'to', 'ADP', 15, 'case'), (15, 'Halcombe', 'halcombe', 'PROPN', 13, 'nmod'),
    (16, '.', '.', 'PUNCT', 3, 'punct'),
])

REYES_ATTORNEY_SAID_DENIES = ('Reyes\' attorney, Monica Hale, said her client "absolutely denies" the charges.', [
    (1, 'Reyes', 'rey', 'NOUN', 8, 'nsubj'), (2, "'", "'", 'PUNCT', 3, 'punct'),
    (3, 'attorney', 'attorney', 'NOUN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'Monica', 'monica', 'PROPN', 3, 'appos'), (6, 'Hale', 'hale', 'PROPN', 5, 'flat'),
    (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'her', 'she', 'PRON', 10, 'nmod:poss'), (10, 'client', 'client', 'NOUN', 13, 'compound'),
    (11, '"', '"', 'PUNCT', 13, 'punct'), (12, 'absolutely', 'absolutely', 'ADV', 13, 'advmod'),
    (13, 'denies', 'deny', 'NOUN', 8, 'ccomp'), (14, '"', '"', 'PUNCT', 13, 'punct'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'charges', 'charge', 'NOUN', 13, 'appos'),
    (17, '.', '.', 'PUNCT', 8, 'punct'),
])

DENVER_MAN_CHARGED_POLICE_SAID = ('DENVER (AP) — A 24-year-old man has been charged with arson after a fire tore through an animal shelter in suburban Denver early Saturday, killing 11 dogs, police said.', [
    (1, 'DENVER', 'denver', 'PROPN', 37, 'nsubj'), (2, '(', '(', 'PUNCT', 3, 'punct'),
    (3, 'AP', 'ap', 'PROPN', 1, 'appos'), (4, ')', ')', 'PUNCT', 3, 'punct'),
    (5, '—', '-', 'PUNCT', 15, 'punct'), (6, 'A', 'a', 'DET', 12, 'det'), (7, '24', '24', 'NUM', 9, 'nummod'),
    (8, '-', '-', 'PUNCT', 7, 'punct'), (9, 'year', 'year', 'NOUN', 11, 'compound'),
    (10, '-', '-', 'PUNCT', 9, 'punct'), (11, 'old', 'old', 'ADJ', 12, 'amod'),
    (12, 'man', 'man', 'NOUN', 15, 'nsubj:pass'),
    (13, 'has', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, 'been', 'be', 'AUX', 15, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (15, 'charged', 'charge', 'VERB', 1, 'parataxis', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'with', 'with', 'ADP', 17, 'case'), (17, 'arson', 'arson', 'NOUN', 15, 'obl'),
    (18, 'after', 'after', 'ADP', 21, 'case'), (19, 'a', 'a', 'DET', 21, 'det'),
    (20, 'fire', 'fire', 'NOUN', 21, 'compound'), (21, 'tore', 'tore', 'NOUN', 15, 'obl'),
    (22, 'through', 'through', 'ADP', 25, 'case'), (23, 'an', 'a', 'DET', 25, 'det'),
    (24, 'animal', 'animal', 'NOUN', 25, 'compound'), (25, 'shelter', 'shelter', 'NOUN', 21, 'nmod'),
    (26, 'in', 'in', 'ADP', 30, 'case'), (27, 'suburban', 'suburban', 'ADJ', 30, 'amod'),
    (28, 'Denver', 'denver', 'PROPN', 30, 'compound'), (29, 'early', 'early', 'ADJ', 30, 'amod'),
    (30, 'Saturday', 'saturday', 'PROPN', 25, 'nmod'), (31, ',', ',', 'PUNCT', 32, 'punct'),
    (32, 'killing', 'kill', 'VERB', 37, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (33, '11', '11', 'NUM', 34, 'nummod'), (34, 'dogs', 'dog', 'NOUN', 32, 'obj'),
    (35, ',', ',', 'PUNCT', 32, 'punct'), (36, 'police', 'police', 'NOUN', 37, 'nsubj'),
    (37, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (38, '.', '.', 'PUNCT', 37, 'punct'),
])

INVESTIGATORS_BELIEVE_MCKAY_SAID_BUT = ('Investigators believe the fire was set deliberately, McKay said, but they have not established a motive.', [
    (1, 'Investigators', 'investigator', 'NOUN', 2, 'nsubj'),
    (2, 'believe', 'believe', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'fire', 'fire', 'NOUN', 6, 'nsubj:pass'),
    (5, 'was', 'be', 'AUX', 6, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'set', 'set', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'deliberately', 'deliberately', 'ADV', 6, 'advmod'), (8, ',', ',', 'PUNCT', 6, 'punct'),
    (9, 'McKay', 'mckay', 'PROPN', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, ',', ',', 'PUNCT', 16, 'punct'), (12, 'but', 'but', 'CCONJ', 16, 'cc'),
    (13, 'they', 'they', 'PRON', 16, 'nsubj'),
    (14, 'have', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'not', 'not', 'PART', 16, 'advmod'),
    (16, 'established', 'establish', 'VERB', 2, 'conj', 'Tense=Past|VerbForm=Part'),
    (17, 'a', 'a', 'DET', 18, 'det'), (18, 'motive', 'motive', 'NOUN', 16, 'obj'),
    (19, '.', '.', 'PUNCT', 2, 'punct'),
])

CLAIMED_AN_ALLEGATION_ANAND_DENIED = ('Lennox also claimed that two members of the planning committee had met Northgate executives at a charity dinner, an allegation Anand denied.', [
    (1, 'Lennox', 'lennox', 'PROPN', 3, 'nsubj'), (2, 'also', 'also', 'ADV', 3, 'advmod'),
    (3, 'claimed', 'claim', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 12, 'mark'), (5, 'two', 'two', 'NUM', 6, 'nummod'),
    (6, 'members', 'member', 'NOUN', 12, 'nsubj'), (7, 'of', 'of', 'ADP', 10, 'case'),
    (8, 'the', 'the', 'DET', 10, 'det'), (9, 'planning', 'planning', 'NOUN', 10, 'compound'),
    (10, 'committee', 'committee', 'NOUN', 6, 'nmod'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'met', 'meet', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, 'Northgate', 'northgate', 'PROPN', 14, 'compound'),
    (14, 'executives', 'executive', 'NOUN', 12, 'obj'), (15, 'at', 'at', 'ADP', 18, 'case'),
    (16, 'a', 'a', 'DET', 18, 'det'), (17, 'charity', 'charity', 'NOUN', 18, 'compound'),
    (18, 'dinner', 'dinner', 'NOUN', 12, 'obl'), (19, ',', ',', 'PUNCT', 23, 'punct'),
    (20, 'an', 'a', 'DET', 22, 'det'), (21, 'allegation', 'allegation', 'NOUN', 22, 'nmod:desc'),
    (22, 'Anand', 'anand', 'PROPN', 23, 'nsubj'),
    (23, 'denied', 'deny', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, '.', '.', 'PUNCT', 3, 'punct'),
])

WE_HELD_PRICES_THE_51_YEAR_OLD_TOLD = ('"We held prices for as long as we could," the 51-year-old told shareholders.', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'We', 'we', 'PRON', 3, 'nsubj'),
    (3, 'held', 'hold', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'prices', 'price', 'NOUN', 3, 'obj'), (5, 'for', 'for', 'ADP', 7, 'case'),
    (6, 'as', 'as', 'ADV', 7, 'advmod'), (7, 'long', 'long', 'ADV', 3, 'obl'),
    (8, 'as', 'as', 'SCONJ', 10, 'mark'), (9, 'we', 'we', 'PRON', 10, 'nsubj'),
    (10, 'could', 'could', 'AUX', 3, 'advcl', 'VerbForm=Fin'), (11, ',', ',', 'PUNCT', 20, 'punct'),
    (12, '"', '"', 'PUNCT', 20, 'punct'), (13, 'the', 'the', 'DET', 20, 'det'),
    (14, '51', '51', 'NUM', 16, 'nummod'), (15, '-', '-', 'PUNCT', 14, 'punct'),
    (16, 'year', 'year', 'NOUN', 18, 'obl:unmarked'), (17, '-', '-', 'PUNCT', 16, 'punct'),
    (18, 'old', 'old', 'ADJ', 20, 'amod'),
    (19, 'told', 'tell', 'VERB', 20, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'shareholders', 'shareholder', 'NOUN', 10, 'obj'), (21, '.', '.', 'PUNCT', 3, 'punct'),
])

KOWALSKI_REJECTED_SUGGESTIONS = ('Kowalski rejected suggestions that the airline was profiteering.', [
    (1, 'Kowalski', 'kowalski', 'PROPN', 2, 'nsubj'),
    (2, 'rejected', 'reject', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'suggestions', 'suggestion', 'NOUN', 2, 'obj'), (4, 'that', 'that', 'SCONJ', 8, 'mark'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'airline', 'airline', 'NOUN', 8, 'nsubj'),
    (7, 'was', 'be', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'profiteering', 'profiteer', 'VERB', 3, 'acl:relcl', 'Tense=Pres|VerbForm=Part'),
    (9, '.', '.', 'PUNCT', 2, 'punct'),
])

SHE_MADE_A_STATEMENT_THAT = ('She made a statement that the airline was fine.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'made', 'make', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'a', 'a', 'DET', 4, 'det'), (4, 'statement', 'statement', 'NOUN', 2, 'obj'),
    (5, 'that', 'that', 'SCONJ', 9, 'mark'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'airline', 'airline', 'NOUN', 9, 'nsubj'),
    (8, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'fine', 'fine', 'ADJ', 4, 'acl:relcl'), (10, '.', '.', 'PUNCT', 2, 'punct'),
])

THE_61_YEAR_OLD_A_RETIRED_ACCOUNTANT = ("The 61-year-old, a retired accountant, said the club's own figures showed it could not repay the money.", [
    (1, 'The', 'the', 'DET', 6, 'det'), (2, '61', '61', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 12, 'ccomp'),
    (7, ',', ',', 'PUNCT', 10, 'punct'), (8, 'a', 'a', 'DET', 10, 'det'),
    (9, 'retired', 'retire', 'VERB', 10, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'accountant', 'accountant', 'NOUN', 6, 'conj'), (11, ',', ',', 'PUNCT', 6, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'club', 'club', 'NOUN', 17, 'nmod:poss'),
    (15, "'s", "'s", 'PART', 14, 'case'), (16, 'own', 'own', 'ADJ', 17, 'amod'),
    (17, 'figures', 'figure', 'NOUN', 18, 'nsubj'),
    (18, 'showed', 'show', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'it', 'it', 'PRON', 22, 'nsubj'), (20, 'could', 'could', 'AUX', 22, 'aux', 'VerbForm=Fin'),
    (21, 'not', 'not', 'PART', 22, 'advmod'), (22, 'repay', 'repay', 'VERB', 18, 'ccomp', 'VerbForm=Inf'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'money', 'money', 'NOUN', 22, 'obj'),
    (25, '.', '.', 'PUNCT', 12, 'punct'),
])

SPOKESMAN_SAID_CONFIDENT_THE_CLUB = ('A spokesman for the company said it was "confident" the club would return to profit by 2027.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'spokesman', 'spokesman', 'NOUN', 6, 'nsubj'),
    (3, 'for', 'for', 'ADP', 5, 'case'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'company', 'company', 'NOUN', 2, 'nmod'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'it', 'it', 'PRON', 10, 'nsubj'),
    (8, 'was', 'be', 'AUX', 10, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, '"', '"', 'PUNCT', 10, 'punct'), (10, 'confident', 'confident', 'ADJ', 6, 'ccomp'),
    (11, '"', '"', 'PUNCT', 10, 'punct'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'club', 'club', 'NOUN', 15, 'nsubj'), (14, 'would', 'would', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (15, 'return', 'return', 'VERB', 6, 'ccomp', 'VerbForm=Inf'), (16, 'to', 'to', 'PART', 17, 'mark'),
    (17, 'profit', 'profit', 'VERB', 15, 'xcomp', 'VerbForm=Inf'), (18, 'by', 'by', 'ADP', 19, 'case'),
    (19, '2027', '2027', 'NUM', 17, 'obl'), (20, '.', '.', 'PUNCT', 6, 'punct'),
])

THE_MAYOR_OF_BRACKENFIELD_SAYING = ('The mayor of Brackenfield has defended a loan to the club, saying the stadium is "the beating heart of this town."', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'mayor', 'mayor', 'NOUN', 6, 'nsubj'),
    (3, 'of', 'of', 'ADP', 4, 'case'), (4, 'Brackenfield', 'brackenfield', 'PROPN', 2, 'nmod'),
    (5, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'defended', 'defend', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'loan', 'loan', 'NOUN', 6, 'obj'), (9, 'to', 'to', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'club', 'club', 'NOUN', 6, 'obl'),
    (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, 'saying', 'say', 'VERB', 6, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'stadium', 'stadium', 'NOUN', 20, 'nsubj'),
    (16, 'is', 'be', 'AUX', 20, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, '"', '"', 'PUNCT', 20, 'punct'), (18, 'the', 'the', 'DET', 20, 'det'),
    (19, 'beating', 'beating', 'NOUN', 20, 'amod'), (20, 'heart', 'heart', 'NOUN', 6, 'parataxis'),
    (21, 'of', 'of', 'ADP', 23, 'case'), (22, 'this', 'this', 'DET', 23, 'det'),
    (23, 'town', 'town', 'NOUN', 20, 'nmod'), (24, '.', '.', 'PUNCT', 6, 'punct'),
    (25, '"', '"', 'PUNCT', 6, 'punct'),
])

COUNCILLORS_VOTED = ('Councillors voted 7-4 on Tuesday to approve the loan.', [
    (1, 'Councillors', 'councillor', 'NOUN', 2, 'nsubj'),
    (2, 'voted', 'vote', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, '7', '7', 'NUM', 2, 'obj'), (4, '-', '-', 'SYM', 5, 'case'), (5, '4', '4', 'NUM', 3, 'nmod'),
    (6, 'on', 'on', 'ADP', 7, 'case'), (7, 'Tuesday', 'tuesday', 'PROPN', 2, 'obl'),
    (8, 'to', 'to', 'PART', 9, 'mark'), (9, 'approve', 'approve', 'VERB', 2, 'advcl', 'VerbForm=Inf'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'loan', 'loan', 'NOUN', 9, 'obj'),
    (12, '.', '.', 'PUNCT', 2, 'punct'),
])

MAYOR_ANSELL_A_FORMER_DIRECTOR_SAID = ('Mayor Ruth Ansell, a former club director, said she had declared her interest.', [
    (1, 'Mayor', 'mayor', 'PROPN', 10, 'nsubj'), (2, 'Ruth', 'ruth', 'PROPN', 1, 'flat'),
    (3, 'Ansell', 'ansell', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 8, 'punct'),
    (5, 'a', 'a', 'DET', 8, 'det'), (6, 'former', 'former', 'ADJ', 8, 'amod'),
    (7, 'club', 'club', 'NOUN', 8, 'compound'), (8, 'director', 'director', 'NOUN', 1, 'appos'),
    (9, ',', ',', 'PUNCT', 1, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'she', 'she', 'PRON', 13, 'nsubj'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'declared', 'declare', 'VERB', 10, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (14, 'her', 'she', 'PRON', 15, 'nmod:poss'), (15, 'interest', 'interest', 'NOUN', 13, 'obj'),
    (16, '.', '.', 'PUNCT', 10, 'punct'),
])

RECORDS_OFFICER_CONFIRMS = ('Federation records officer Paul Iredale confirms that the time will be ratified once the results come back.', [
    (1, 'Federation', 'federation', 'NOUN', 2, 'nsubj'),
    (2, 'records', 'record', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'officer', 'officer', 'NOUN', 2, 'obj'), (4, 'Paul', 'paul', 'PROPN', 6, 'nsubj'),
    (5, 'Iredale', 'iredale', 'PROPN', 4, 'flat'),
    (6, 'confirms', 'confirm', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'that', 'that', 'SCONJ', 12, 'mark'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'time', 'time', 'NOUN', 12, 'nsubj:pass'), (10, 'will', 'will', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (11, 'be', 'be', 'AUX', 12, 'aux:pass', 'VerbForm=Inf'),
    (12, 'ratified', 'ratify', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'once', 'once', 'SCONJ', 16, 'mark'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'results', 'result', 'NOUN', 16, 'nsubj'),
    (16, 'come', 'come', 'VERB', 12, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'back', 'back', 'ADV', 16, 'advmod'), (18, '.', '.', 'PUNCT', 2, 'punct'),
])

COMES_FROM_BRANDT_DEPUTY_HEAD = ('The verdict comes from Dr. Anika Brandt, deputy head of the University of Fenmoor’s exercise physiology unit, who has tested Calloway twice a year since 2021.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'verdict', 'verdict', 'NOUN', 3, 'nsubj'),
    (3, 'comes', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'from', 'from', 'ADP', 7, 'case'), (5, 'Dr.', 'dr.', 'PROPN', 7, 'compound'),
    (6, 'Anika', 'anika', 'PROPN', 7, 'compound'), (7, 'Brandt', 'brandt', 'PROPN', 3, 'obl'),
    (8, ',', ',', 'PUNCT', 10, 'punct'), (9, 'deputy', 'deputy', 'NOUN', 10, 'compound'),
    (10, 'head', 'head', 'NOUN', 3, 'obl'), (11, 'of', 'of', 'ADP', 13, 'case'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'University', 'university', 'PROPN', 10, 'nmod'),
    (14, 'of', 'of', 'ADP', 19, 'case'), (15, 'Fenmoor', 'fenmoor', 'PROPN', 19, 'nmod:poss'),
    (16, '’s', "'s", 'PART', 15, 'case'), (17, 'exercise', 'exercise', 'NOUN', 19, 'compound'),
    (18, 'physiology', 'physiology', 'NOUN', 19, 'compound'), (19, 'unit', 'unit', 'NOUN', 13, 'nmod'),
    (20, ',', ',', 'PUNCT', 23, 'punct'), (21, 'who', 'who', 'PRON', 23, 'nsubj'),
    (22, 'has', 'have', 'AUX', 23, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (23, 'tested', 'test', 'VERB', 19, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (24, 'Calloway', 'calloway', 'PROPN', 23, 'obj'), (25, 'twice', 'twice', 'ADV', 23, 'advmod'),
    (26, 'a', 'a', 'DET', 27, 'det'), (27, 'year', 'year', 'NOUN', 23, 'obl:unmarked'),
    (28, 'since', 'since', 'ADP', 29, 'case'), (29, '2021', '2021', 'NUM', 27, 'nmod'),
    (30, '.', '.', 'PUNCT', 3, 'punct'),
])

BRANDT_SAYS_UNDERSTUDIED = ('Brandt says older women have been under-studied in endurance research.', [
    (1, 'Brandt', 'brandt', 'PROPN', 2, 'nsubj'),
    (2, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'older', 'old', 'ADJ', 4, 'amod'), (4, 'women', 'woman', 'NOUN', 7, 'nsubj:pass'),
    (5, 'have', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'been', 'be', 'AUX', 7, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (7, 'under-studied', 'under-study', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'in', 'in', 'ADP', 10, 'case'), (9, 'endurance', 'endurance', 'NOUN', 10, 'compound'),
    (10, 'research', 'research', 'NOUN', 7, 'obl'), (11, '.', '.', 'PUNCT', 2, 'punct'),
])

A_FORMER_LIBRARIAN_SHE = ('A former school librarian, she took up running at 52 to keep up with her grandchildren.', [
    (1, 'A', 'a', 'DET', 4, 'det'), (2, 'former', 'former', 'ADJ', 4, 'amod'),
    (3, 'school', 'school', 'NOUN', 4, 'compound'), (4, 'librarian', 'librarian', 'NOUN', 7, 'nsubj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'she', 'she', 'PRON', 7, 'nsubj'),
    (7, 'took', 'take', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'up', 'up', 'ADP', 7, 'compound:prt'),
    (9, 'running', 'run', 'VERB', 7, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (10, 'at', 'at', 'ADP', 11, 'case'), (11, '52', '52', 'NUM', 9, 'obl'),
    (12, 'to', 'to', 'PART', 13, 'mark'), (13, 'keep', 'keep', 'VERB', 9, 'advcl', 'VerbForm=Inf'),
    (14, 'up', 'up', 'ADP', 13, 'compound:prt'), (15, 'with', 'with', 'ADP', 17, 'case'),
    (16, 'her', 'she', 'PRON', 17, 'nmod:poss'), (17, 'grandchildren', 'grandchild', 'NOUN', 13, 'obl'),
    (18, '.', '.', 'PUNCT', 7, 'punct'),
])

SHE_RECALLS_HUSBAND = ('“My husband laughed,” she recalls.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'My', 'my', 'PRON', 3, 'nmod:poss'),
    (3, 'husband', 'husband', 'NOUN', 4, 'nsubj'),
    (4, 'laughed', 'laugh', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, '”', '"', 'PUNCT', 4, 'punct'),
    (7, 'she', 'she', 'PRON', 8, 'nsubj'),
    (8, 'recalls', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])

CLEVER_THE_64_YEAR_OLD_SAYS = ('“I don’t do anything clever,” the 64-year-old says.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'I', 'i', 'PRON', 5, 'nsubj'),
    (3, 'do', 'do', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'n’t', 'not', 'PART', 5, 'advmod'), (5, 'do', 'do', 'VERB', 0, 'root', 'VerbForm=Inf'),
    (6, 'anything', 'anything', 'PRON', 5, 'obj'), (7, 'clever', 'clever', 'NOUN', 5, 'obj'),
    (8, ',', ',', 'PUNCT', 16, 'punct'), (9, '”', '"', 'PUNCT', 16, 'punct'),
    (10, 'the', 'the', 'DET', 16, 'det'), (11, '64', '64', 'NUM', 13, 'nummod'),
    (12, '-', '-', 'PUNCT', 11, 'punct'), (13, 'year', 'year', 'NOUN', 15, 'obl:unmarked'),
    (14, '-', '-', 'PUNCT', 13, 'punct'), (15, 'old', 'old', 'ADJ', 16, 'amod'),
    (16, 'says', 'say', 'NOUN', 5, 'obj'), (17, '.', '.', 'PUNCT', 5, 'punct'),
])

CALLOWAY_SHRUGS_THEN_SAYS = ('Asked whether she will now try to break three hours, Calloway shrugs, then says she has already entered the Norbridge Marathon in April.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 6, 'mark'), (3, 'she', 'she', 'PRON', 6, 'nsubj'),
    (4, 'will', 'will', 'AUX', 6, 'aux', 'VerbForm=Fin'), (5, 'now', 'now', 'ADV', 6, 'advmod'),
    (6, 'try', 'try', 'VERB', 16, 'ccomp', 'VerbForm=Inf'), (7, 'to', 'to', 'PART', 8, 'mark'),
    (8, 'break', 'break', 'VERB', 6, 'xcomp', 'VerbForm=Inf'), (9, 'three', 'three', 'NUM', 10, 'nummod'),
    (10, 'hours', 'hour', 'NOUN', 8, 'obj'), (11, ',', ',', 'PUNCT', 13, 'punct'),
    (12, 'Calloway', 'calloway', 'PROPN', 13, 'compound'), (13, 'shrugs', 'shrug', 'NOUN', 10, 'conj'),
    (14, ',', ',', 'PUNCT', 6, 'punct'), (15, 'then', 'then', 'ADV', 16, 'advmod'),
    (16, 'says', 'say', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'she', 'she', 'PRON', 20, 'nsubj'),
    (18, 'has', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (19, 'already', 'already', 'ADV', 20, 'advmod'),
    (20, 'entered', 'enter', 'VERB', 16, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (21, 'the', 'the', 'DET', 23, 'det'), (22, 'Norbridge', 'norbridge', 'PROPN', 23, 'compound'),
    (23, 'Marathon', 'marathon', 'PROPN', 20, 'obj'), (24, 'in', 'in', 'ADP', 25, 'case'),
    (25, 'April', 'april', 'PROPN', 20, 'obl'), (26, '.', '.', 'PUNCT', 1, 'punct'),
])

BOY_DIED_A_CORONER_HAS_RULED = ('A three-year-old boy died from a respiratory condition caused by mould in his family’s flat, a coroner has ruled.', [
    (1, 'A', 'a', 'DET', 7, 'det'), (2, 'three', 'three', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'boy', 'boy', 'NOUN', 25, 'nsubj'),
    (8, 'died', 'die', 'VERB', 7, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'from', 'from', 'ADP', 12, 'case'), (10, 'a', 'a', 'DET', 12, 'det'),
    (11, 'respiratory', 'respiratory', 'NOUN', 12, 'compound'),
    (12, 'condition', 'condition', 'NOUN', 8, 'obl'),
    (13, 'caused', 'cause', 'VERB', 12, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'by', 'by', 'SCONJ', 15, 'mark'), (15, 'mould', 'mould', 'AUX', 20, 'aux', 'VerbForm=Fin'),
    (16, 'in', 'in', 'ADP', 20, 'case'), (17, 'his', 'his', 'PRON', 18, 'nmod:poss'),
    (18, 'family', 'family', 'NOUN', 20, 'nmod:poss'), (19, '’s', "'s", 'PART', 18, 'case'),
    (20, 'flat', 'flat', 'NOUN', 13, 'obl'), (21, ',', ',', 'PUNCT', 25, 'punct'),
    (22, 'a', 'a', 'DET', 23, 'det'), (23, 'coroner', 'coroner', 'NOUN', 25, 'nsubj'),
    (24, 'has', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (25, 'ruled', 'rule', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (26, '.', '.', 'PUNCT', 25, 'punct'),
])

SAID_AND_URGED_MINISTERS_TO_SET = ('She said she would issue a prevention of future deaths report and urged ministers to set a legal deadline for landlords to repair damp and mould.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'she', 'she', 'PRON', 5, 'nsubj'), (4, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'issue', 'issue', 'VERB', 2, 'ccomp', 'VerbForm=Inf'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'prevention', 'prevention', 'NOUN', 5, 'obj'), (8, 'of', 'of', 'ADP', 11, 'case'),
    (9, 'future', 'future', 'NOUN', 11, 'compound'), (10, 'deaths', 'death', 'NOUN', 11, 'compound'),
    (11, 'report', 'report', 'NOUN', 7, 'nmod'), (12, 'and', 'and', 'CCONJ', 13, 'cc'),
    (13, 'urged', 'urge', 'VERB', 14, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (14, 'ministers', 'minister', 'NOUN', 16, 'obj'), (15, 'to', 'to', 'PART', 16, 'mark'),
    (16, 'set', 'set', 'VERB', 5, 'advcl', 'VerbForm=Inf'), (17, 'a', 'a', 'DET', 19, 'det'),
    (18, 'legal', 'legal', 'ADJ', 19, 'amod'), (19, 'deadline', 'deadline', 'NOUN', 16, 'obj'),
    (20, 'for', 'for', 'ADP', 21, 'case'), (21, 'landlords', 'landlord', 'NOUN', 19, 'nmod'),
    (22, 'to', 'to', 'PART', 23, 'mark'), (23, 'repair', 'repair', 'VERB', 16, 'advcl', 'VerbForm=Inf'),
    (24, 'damp', 'damp', 'NOUN', 23, 'obj'), (25, 'and', 'and', 'CCONJ', 26, 'cc'),
    (26, 'mould', 'mould', 'AUX', 23, 'conj', 'VerbForm=Fin'), (27, '.', '.', 'PUNCT', 2, 'punct'),
])

ONE_OF_THEIR_SURVEYORS_SAID = ('One of their surveyors said the flat was fine.', [
    (1, 'One', 'one', 'NUM', 5, 'nsubj'), (2, 'of', 'of', 'ADP', 4, 'case'),
    (3, 'their', 'their', 'PRON', 4, 'nmod:poss'), (4, 'surveyors', 'surveyor', 'NOUN', 1, 'nmod'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'flat', 'flat', 'NOUN', 9, 'nsubj'),
    (8, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'fine', 'fine', 'ADJ', 5, 'ccomp'), (10, '.', '.', 'PUNCT', 5, 'punct'),
])

ASKED_WHETHER_THE_ASSOCIATIONS_DEPUTY_DIRECTOR = ('Asked whether staff had blamed the family, the association’s deputy director of property services, Gillian Marsh, told the inquest that officers had followed the guidance.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 5, 'mark'), (3, 'staff', 'staff', 'NOUN', 5, 'nsubj'),
    (4, 'had', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'blamed', 'blame', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'family', 'family', 'NOUN', 5, 'obj'),
    (8, ',', ',', 'PUNCT', 13, 'punct'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'association', 'association', 'NOUN', 13, 'nmod:poss'), (11, '’s', "'s", 'PART', 10, 'case'),
    (12, 'deputy', 'deputy', 'NOUN', 13, 'compound'), (13, 'director', 'director', 'NOUN', 21, 'nsubj'),
    (14, 'of', 'of', 'ADP', 16, 'case'), (15, 'property', 'property', 'NOUN', 16, 'compound'),
    (16, 'services', 'service', 'NOUN', 13, 'nmod'), (17, ',', ',', 'PUNCT', 5, 'punct'),
    (18, 'Gillian', 'gillian', 'PROPN', 16, 'appos'), (19, 'Marsh', 'marsh', 'PROPN', 18, 'flat'),
    (20, ',', ',', 'PUNCT', 5, 'punct'),
    (21, 'told', 'tell', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'the', 'the', 'DET', 23, 'det'), (23, 'inquest', 'inquest', 'NOUN', 21, 'iobj'),
    (24, 'that', 'that', 'PRON', 27, 'obj'), (25, 'officers', 'officer', 'NOUN', 27, 'nsubj'),
    (26, 'had', 'have', 'AUX', 27, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'followed', 'follow', 'VERB', 23, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (28, 'the', 'the', 'DET', 29, 'det'), (29, 'guidance', 'guidance', 'NOUN', 27, 'obj'),
    (30, '.', '.', 'PUNCT', 21, 'punct'),
])

ORBIS_DYNAMICS_THE_PRIME_CONTRACTOR = ('Orbis Dynamics, the lander’s prime contractor, said it would lay off 400 workers at its Carrow plant.', [
    (1, 'Orbis', 'orbis', 'PROPN', 10, 'nsubj'), (2, 'Dynamics', 'dynamics', 'PROPN', 10, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'the', 'the', 'DET', 5, 'det'),
    (5, 'lander', 'lander', 'NOUN', 8, 'nmod:poss'), (6, '’s', "'s", 'PART', 5, 'case'),
    (7, 'prime', 'prime', 'ADJ', 8, 'amod'), (8, 'contractor', 'contractor', 'NOUN', 2, 'appos'),
    (9, ',', ',', 'PUNCT', 2, 'punct'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'it', 'it', 'PRON', 13, 'nsubj'), (12, 'would', 'would', 'AUX', 13, 'aux', 'VerbForm=Fin'),
    (13, 'lay', 'lay', 'VERB', 10, 'ccomp', 'VerbForm=Inf'), (14, 'off', 'off', 'ADP', 13, 'compound:prt'),
    (15, '400', '400', 'NUM', 16, 'nummod'), (16, 'workers', 'worker', 'NOUN', 13, 'obj'),
    (17, 'at', 'at', 'ADP', 20, 'case'), (18, 'its', 'its', 'PRON', 20, 'nmod:poss'),
    (19, 'Carrow', 'carrow', 'PROPN', 20, 'compound'), (20, 'plant', 'plant', 'NOUN', 16, 'nmod'),
    (21, '.', '.', 'PUNCT', 10, 'punct'),
])

THE_COMPANY_ADDED_EXPLORING = ('The company added that it was exploring every option to keep the team together.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'company', 'company', 'NOUN', 3, 'nsubj'),
    (3, 'added', 'add', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 7, 'mark'), (5, 'it', 'it', 'PRON', 7, 'nsubj'),
    (6, 'was', 'be', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'exploring', 'explore', 'VERB', 3, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (8, 'every', 'every', 'DET', 9, 'det'), (9, 'option', 'option', 'NOUN', 7, 'obj'),
    (10, 'to', 'to', 'PART', 11, 'mark'), (11, 'keep', 'keep', 'VERB', 7, 'advcl', 'VerbForm=Inf'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'team', 'team', 'NOUN', 11, 'obj'),
    (14, 'together', 'together', 'ADV', 11, 'advmod'), (15, '.', '.', 'PUNCT', 3, 'punct'),
])

VIDAL_AND_REYES_BOTH_SAID = ('Lena Vidal and Tomasz Reyes both said they had learned of the cancellation from a news alert.', [
    (1, 'Lena', 'lena', 'PROPN', 7, 'nsubj'), (2, 'Vidal', 'vidal', 'PROPN', 1, 'flat'),
    (3, 'and', 'and', 'CCONJ', 4, 'cc'), (4, 'Tomasz', 'tomasz', 'PROPN', 5, 'compound'),
    (5, 'Reyes', 'reyes', 'PROPN', 2, 'conj'), (6, 'both', 'both', 'DET', 7, 'advmod'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'they', 'they', 'PRON', 10, 'nsubj'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'learned', 'learn', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'of', 'of', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'cancellation', 'cancellation', 'NOUN', 10, 'obl'), (14, 'from', 'from', 'ADP', 17, 'case'),
    (15, 'a', 'a', 'DET', 17, 'det'), (16, 'news', 'news', 'NOUN', 17, 'compound'),
    (17, 'alert', 'alert', 'NOUN', 10, 'obl'), (18, '.', '.', 'PUNCT', 7, 'punct'),
])

VIDALS_VERDICT_WAS_BLUNT = ('Vidal’s verdict was blunt: “Six years of work, and nobody picked up the phone.”', [
    (1, 'Vidal', 'vidal', 'PROPN', 3, 'nmod:poss'), (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'verdict', 'verdict', 'NOUN', 5, 'nsubj:pass'),
    (4, 'was', 'be', 'AUX', 5, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'blunt', 'blunt', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, ':', ':', 'PUNCT', 9, 'punct'), (7, '“', '"', 'PUNCT', 9, 'punct'),
    (8, 'Six', 'six', 'NUM', 9, 'nummod'), (9, 'years', 'year', 'NOUN', 5, 'obl:unmarked'),
    (10, 'of', 'of', 'ADP', 11, 'case'), (11, 'work', 'work', 'NOUN', 9, 'nmod'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'and', 'and', 'CCONJ', 15, 'cc'),
    (14, 'nobody', 'nobody', 'PRON', 15, 'nsubj'),
    (15, 'picked', 'pick', 'VERB', 5, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'up', 'up', 'ADP', 15, 'compound:prt'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'phone', 'phone', 'NOUN', 15, 'obj'), (19, '.', '.', 'PUNCT', 5, 'punct'),
    (20, '”', '"', 'PUNCT', 5, 'punct'),
])

HIS_MESSAGE_WAS_SIMPLE = ('His message was simple: “Go home.”', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'message', 'message', 'NOUN', 4, 'nsubj'),
    (3, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'simple', 'simple', 'ADJ', 0, 'root'), (5, ':', ':', 'PUNCT', 7, 'punct'),
    (6, '“', '"', 'PUNCT', 7, 'punct'), (7, 'Go', 'go', 'VERB', 4, 'parataxis', 'Mood=Imp|VerbForm=Fin'),
    (8, 'home', 'home', 'NOUN', 7, 'obj'), (9, '.', '.', 'PUNCT', 4, 'punct'),
    (10, '”', '"', 'PUNCT', 4, 'punct'),
])

COOPERATIVE_FILED_ACCORDING_TO_ITS_PETITION = ('Alder Vale Dairy Cooperative filed for bankruptcy protection on Monday, according to its petition in federal court.', [
    (1, 'Alder', 'alder', 'PROPN', 5, 'nsubj'), (2, 'Vale', 'vale', 'PROPN', 1, 'flat'),
    (3, 'Dairy', 'dairy', 'PROPN', 4, 'compound'), (4, 'Cooperative', 'cooperative', 'PROPN', 1, 'flat'),
    (5, 'filed', 'file', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'for', 'for', 'ADP', 8, 'case'), (7, 'bankruptcy', 'bankruptcy', 'NOUN', 8, 'compound'),
    (8, 'protection', 'protection', 'NOUN', 5, 'obl'), (9, 'on', 'on', 'ADP', 10, 'case'),
    (10, 'Monday', 'monday', 'PROPN', 8, 'nmod'), (11, ',', ',', 'PUNCT', 15, 'punct'),
    (12, 'according', 'accord', 'VERB', 15, 'case', 'Tense=Pres|VerbForm=Part'),
    (13, 'to', 'to', 'ADP', 15, 'case'), (14, 'its', 'its', 'PRON', 15, 'nmod:poss'),
    (15, 'petition', 'petition', 'NOUN', 5, 'obl'), (16, 'in', 'in', 'ADP', 18, 'case'),
    (17, 'federal', 'federal', 'ADJ', 18, 'amod'), (18, 'court', 'court', 'NOUN', 15, 'nmod'),
    (19, '.', '.', 'PUNCT', 5, 'punct'),
])

RECALLED_ASSURED_HER_A_FORTNIGHT_AGO = ('She recalled that the prime minister had assured her only a fortnight ago that her job was safe.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'recalled', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 8, 'mark'), (4, 'the', 'the', 'DET', 6, 'det'),
    (5, 'prime', 'prime', 'ADJ', 6, 'amod'), (6, 'minister', 'minister', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'assured', 'assure', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (9, 'her', 'she', 'PRON', 8, 'iobj'), (10, 'only', 'only', 'ADV', 13, 'advmod'),
    (11, 'a', 'a', 'DET', 12, 'det'), (12, 'fortnight', 'fortnight', 'NOUN', 13, 'obl:unmarked'),
    (13, 'ago', 'ago', 'ADV', 8, 'advmod'), (14, 'that', 'that', 'SCONJ', 18, 'mark'),
    (15, 'her', 'she', 'PRON', 16, 'nmod:poss'), (16, 'job', 'job', 'NOUN', 18, 'nsubj'),
    (17, 'was', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'safe', 'safe', 'ADJ', 13, 'advcl'), (19, '.', '.', 'PUNCT', 2, 'punct'),
])

SAID_THROUGH_A_SPOKESPERSON_LIKE_EVERYBODY_ELSE = ('Ms Pettifer, 58, said through a spokesperson that she had learned of her dismissal ‘from the television, like everybody else’.', [
    (1, 'Ms', 'ms', 'PROPN', 6, 'nsubj'), (2, 'Pettifer', 'pettifer', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '58', '58', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'through', 'through', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'spokesperson', 'spokesperson', 'NOUN', 6, 'obl'), (10, 'that', 'that', 'PRON', 13, 'obj'),
    (11, 'she', 'she', 'PRON', 13, 'nsubj'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'learned', 'learn', 'VERB', 9, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (14, 'of', 'of', 'ADP', 16, 'case'), (15, 'her', 'she', 'PRON', 16, 'nmod:poss'),
    (16, 'dismissal', 'dismissal', 'NOUN', 13, 'obl'), (17, '‘', "'", 'PUNCT', 20, 'punct'),
    (18, 'from', 'from', 'ADP', 20, 'case'), (19, 'the', 'the', 'DET', 20, 'det'),
    (20, 'television', 'television', 'NOUN', 13, 'obl'), (21, ',', ',', 'PUNCT', 23, 'punct'),
    (22, 'like', 'like', 'ADP', 23, 'case'), (23, 'everybody', 'everybody', 'PRON', 25, 'nsubj'),
    (24, 'else', 'else', 'ADV', 23, 'advmod'),
    (25, '’', "'s", 'VERB', 6, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (26, '.', '.', 'PUNCT', 6, 'punct'),
])

PETTIFER_WAS_SACKED = ('Caroline Pettifer was sacked on Monday.', [
    (1, 'Caroline', 'caroline', 'PROPN', 2, 'compound'),
    (2, 'Pettifer', 'pettifer', 'PROPN', 4, 'nsubj:pass'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'sacked', 'sack', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'on', 'on', 'ADP', 6, 'case'), (6, 'Monday', 'monday', 'PROPN', 4, 'obl'),
    (7, '.', '.', 'PUNCT', 4, 'punct'),
])

HER_ALLIES_WERE_QUICK = ('Her allies were quick to rally.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'allies', 'ally', 'NOUN', 4, 'nsubj', 'Number=Plur'),
    (3, 'were', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'quick', 'quick', 'ADJ', 0, 'root'), (5, 'to', 'to', 'PART', 6, 'mark'),
    (6, 'rally', 'rally', 'ADV', 4, 'advmod'), (7, '.', '.', 'PUNCT', 4, 'punct'),
])

THEY_INSISTED_THE_SACKING = ('They insisted the sacking was about her popularity with party members, not her record.', [
    (1, 'They', 'they', 'PRON', 2, 'nsubj'),
    (2, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'sacking', 'sacking', 'NOUN', 8, 'nsubj'),
    (5, 'was', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'about', 'about', 'ADP', 8, 'case'), (7, 'her', 'she', 'PRON', 8, 'nmod:poss'),
    (8, 'popularity', 'popularity', 'NOUN', 2, 'ccomp'), (9, 'with', 'with', 'ADP', 11, 'case'),
    (10, 'party', 'party', 'NOUN', 11, 'compound'), (11, 'members', 'member', 'NOUN', 8, 'nmod'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'not', 'not', 'PART', 15, 'advmod'),
    (14, 'her', 'she', 'PRON', 15, 'nmod:poss'), (15, 'record', 'record', 'NOUN', 2, 'parataxis'),
    (16, '.', '.', 'PUNCT', 2, 'punct'),
])

RESET_WHITLOCK_PROMISED_AFTER = ('The reshuffle is the centrepiece of the ‘reset’ Mr Whitlock promised after his party lost two by-elections in March.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'reshuffle', 'reshuffle', 'NOUN', 5, 'nsubj'),
    (3, 'is', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'centrepiece', 'centrepiece', 'NOUN', 0, 'root'),
    (6, 'of', 'of', 'ADP', 12, 'case'), (7, 'the', 'the', 'DET', 9, 'det'),
    (8, '‘', "'", 'PUNCT', 9, 'punct'), (9, 'reset', 'reset', 'NOUN', 12, 'nmod:poss'),
    (10, '’', "'s", 'PART', 9, 'case'), (11, 'Mr', 'mr', 'PROPN', 12, 'compound'),
    (12, 'Whitlock', 'whitlock', 'PROPN', 13, 'nsubj'),
    (13, 'promised', 'promise', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'after', 'after', 'ADP', 16, 'case'), (15, 'his', 'his', 'PRON', 16, 'nmod:poss'),
    (16, 'party', 'party', 'NOUN', 17, 'nsubj'),
    (17, 'lost', 'lose', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (18, 'two', 'two', 'NUM', 17, 'obj'), (19, 'by', 'by', 'ADP', 20, 'case'),
    (20, '-elections', '-election', 'NOUN', 17, 'obl'), (21, 'in', 'in', 'ADP', 22, 'case'),
    (22, 'March', 'march', 'PROPN', 20, 'nmod'), (23, '.', '.', 'PUNCT', 5, 'punct'),
])

SAID_DELIA_MARSH_WHOSE_HOUSE = ('“They didn’t have a plan for us,” said Delia Marsh, 67, a retired postmaster whose house on Ferry Street took in four feet of water.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'They', 'they', 'PRON', 5, 'nsubj'),
    (3, 'did', 'do', 'AUX', 5, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'n’t', 'not', 'PART', 5, 'advmod'), (5, 'have', 'have', 'VERB', 12, 'ccomp', 'VerbForm=Inf'),
    (6, 'a', 'a', 'DET', 7, 'det'), (7, 'plan', 'plan', 'NOUN', 5, 'obj'),
    (8, 'for', 'for', 'ADP', 9, 'case'), (9, 'us', 'we', 'PRON', 7, 'nmod'),
    (10, ',', ',', 'PUNCT', 5, 'punct'), (11, '”', '"', 'PUNCT', 5, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'Delia', 'delia', 'PROPN', 12, 'nsubj'), (14, 'Marsh', 'marsh', 'PROPN', 13, 'flat'),
    (15, ',', ',', 'PUNCT', 16, 'punct'), (16, '67', '67', 'NUM', 14, 'appos'),
    (17, ',', ',', 'PUNCT', 20, 'punct'), (18, 'a', 'a', 'DET', 20, 'det'),
    (19, 'retired', 'retire', 'VERB', 20, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'postmaster', 'postmaster', 'NOUN', 13, 'appos'), (21, 'whose', 'whose', 'DET', 22, 'det'),
    (22, 'house', 'house', 'NOUN', 20, 'appos'), (23, 'on', 'on', 'ADP', 25, 'case'),
    (24, 'Ferry', 'ferry', 'PROPN', 25, 'compound'), (25, 'Street', 'street', 'PROPN', 22, 'nmod'),
    (26, 'took', 'take', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'in', 'in', 'ADP', 29, 'case'), (28, 'four', 'four', 'NUM', 29, 'nummod'),
    (29, 'feet', 'foot', 'NOUN', 26, 'obl'), (30, 'of', 'of', 'ADP', 31, 'case'),
    (31, 'water', 'water', 'NOUN', 29, 'nmod'), (32, '.', '.', 'PUNCT', 12, 'punct'),
])

RUTH_CALLOWAY_SAYS_WAITING = ('“I kept waiting for the wall,” Ruth Calloway says.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'kept', 'keep', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'waiting', 'wait', 'VERB', 3, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (5, 'for', 'for', 'ADP', 7, 'case'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'wall', 'wall', 'NOUN', 4, 'obl'), (8, ',', ',', 'PUNCT', 3, 'punct'),
    (9, '”', '"', 'PUNCT', 3, 'punct'), (10, 'Ruth', 'ruth', 'PROPN', 12, 'nsubj'),
    (11, 'Calloway', 'calloway', 'PROPN', 10, 'flat'),
    (12, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, '.', '.', 'PUNCT', 12, 'punct'),
])

FAMILY_REPORTED_DAMP = ('His family had reported damp in the flat at least nine times.', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'family', 'family', 'NOUN', 4, 'nsubj'),
    (3, 'had', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'reported', 'report', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (5, 'damp', 'damp', 'NOUN', 4, 'obj'), (6, 'in', 'in', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'flat', 'flat', 'NOUN', 4, 'obl'),
    (9, 'at', 'at', 'ADP', 12, 'case'), (10, 'least', 'least', 'ADJ', 12, 'nmod'),
    (11, 'nine', 'nine', 'NUM', 12, 'nummod'), (12, 'times', 'time', 'NOUN', 4, 'obl'),
    (13, '.', '.', 'PUNCT', 4, 'punct'),
])

EACH_TIME_PAINT = ('Each time, the only treatment was a coat of paint.', [
    (1, 'Each', 'each', 'DET', 2, 'det'), (2, 'time', 'time', 'NOUN', 9, 'obl'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'the', 'the', 'DET', 6, 'det'),
    (5, 'only', 'only', 'ADJ', 6, 'amod'), (6, 'treatment', 'treatment', 'NOUN', 9, 'nsubj'),
    (7, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'a', 'a', 'DET', 9, 'det'), (9, 'coat', 'coat', 'NOUN', 0, 'root'),
    (10, 'of', 'of', 'ADP', 11, 'case'), (11, 'paint', 'paint', 'NOUN', 9, 'nmod'),
    (12, '.', '.', 'PUNCT', 9, 'punct'),
])

THE_FLAT_SEALED = ('The flat has since been sealed.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'flat', 'flat', 'NOUN', 6, 'nsubj:pass'),
    (3, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'since', 'since', 'SCONJ', 6, 'mark'),
    (5, 'been', 'be', 'AUX', 6, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (6, 'sealed', 'seal', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, '.', '.', 'PUNCT', 6, 'punct'),
])

SENIOR_CORONER_PENHALE_SAID = ('Senior coroner Ruth Penhale said the flat had been unfit for a young child.', [
    (1, 'Senior', 'senior', 'ADJ', 2, 'amod'), (2, 'coroner', 'coroner', 'NOUN', 5, 'nsubj'),
    (3, 'Ruth', 'ruth', 'PROPN', 5, 'nsubj'), (4, 'Penhale', 'penhale', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'flat', 'flat', 'NOUN', 10, 'nsubj'),
    (8, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'been', 'be', 'AUX', 10, 'cop', 'Tense=Past|VerbForm=Part'),
    (10, 'unfit', 'unfit', 'ADJ', 5, 'ccomp'), (11, 'for', 'for', 'ADP', 14, 'case'),
    (12, 'a', 'a', 'DET', 14, 'det'), (13, 'young', 'young', 'ADJ', 14, 'amod'),
    (14, 'child', 'child', 'NOUN', 10, 'obl'), (15, '.', '.', 'PUNCT', 5, 'punct'),
])

THAT_WAS_HOW_KORTH_PUT_IT = ("That was how Anneliese Korth, 41, a former world championship challenger and the event's top seed, put it after her game.", [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'how', 'how', 'ADV', 4, 'advmod'), (4, 'Anneliese', 'anneliese', 'PROPN', 0, 'root'),
    (5, 'Korth', 'korth', 'PROPN', 4, 'flat'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, '41', '41', 'NUM', 5, 'appos'), (8, ',', ',', 'PUNCT', 13, 'punct'), (9, 'a', 'a', 'DET', 13, 'det'),
    (10, 'former', 'former', 'ADJ', 13, 'amod'), (11, 'world', 'world', 'NOUN', 13, 'compound'),
    (12, 'championship', 'championship', 'NOUN', 13, 'compound'),
    (13, 'challenger', 'challenger', 'NOUN', 5, 'conj'), (14, 'and', 'and', 'CCONJ', 19, 'cc'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'event', 'event', 'NOUN', 19, 'nmod:poss'),
    (17, "'s", "'s", 'PART', 16, 'case'), (18, 'top', 'top', 'ADJ', 19, 'amod'),
    (19, 'seed', 'seed', 'NOUN', 13, 'conj'), (20, ',', ',', 'PUNCT', 21, 'punct'),
    (21, 'put', 'put', 'VERB', 4, 'conj', 'Mood=Imp|VerbForm=Fin'), (22, 'it', 'it', 'PRON', 21, 'obj'),
    (23, 'after', 'after', 'ADP', 25, 'case'), (24, 'her', 'she', 'PRON', 25, 'nmod:poss'),
    (25, 'game', 'game', 'NOUN', 21, 'obl'), (26, '.', '.', 'PUNCT', 4, 'punct'),
])

SAD_DAY_NECESSARY = ('“It is a sad day, but a necessary one.”', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'It', 'it', 'PRON', 6, 'nsubj'),
    (3, 'is', 'be', 'AUX', 6, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 6, 'det'), (5, 'sad', 'sad', 'ADJ', 6, 'amod'), (6, 'day', 'day', 'NOUN', 0, 'root'),
    (7, ',', ',', 'PUNCT', 11, 'punct'), (8, 'but', 'but', 'CCONJ', 11, 'cc'),
    (9, 'a', 'a', 'DET', 11, 'det'), (10, 'necessary', 'necessary', 'ADJ', 11, 'amod'),
    (11, 'one', 'one', 'NOUN', 6, 'conj'), (12, '.', '.', 'PUNCT', 6, 'punct'),
    (13, '”', '"', 'PUNCT', 6, 'punct'),
])

KORTH_AND_FELLOW_GRANDMASTER = ('Korth and fellow grandmaster Rui Tavener both said they would finish the tournament.', [
    (1, 'Korth', 'korth', 'PROPN', 8, 'nsubj'), (2, 'and', 'and', 'CCONJ', 4, 'cc'),
    (3, 'fellow', 'fellow', 'ADJ', 4, 'amod'), (4, 'grandmaster', 'grandmaster', 'NOUN', 1, 'conj'),
    (5, 'Rui', 'rui', 'PROPN', 6, 'compound'), (6, 'Tavener', 'tavener', 'PROPN', 1, 'conj'),
    (7, 'both', 'both', 'CCONJ', 6, 'nmod:unmarked'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'they', 'they', 'PRON', 11, 'nsubj'), (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'finish', 'finish', 'VERB', 8, 'ccomp', 'VerbForm=Inf'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'tournament', 'tournament', 'NOUN', 11, 'obj'), (14, '.', '.', 'PUNCT', 8, 'punct'),
])

VIDAL_AND_REYES_ENGINEERS_WHO = ('Lena Vidal and Tomasz Reyes, engineers who spent six years on the lander’s legs, both said they had learned of the cancellation from a news alert.', [
    (1, 'Lena', 'lena', 'PROPN', 19, 'nsubj'), (2, 'Vidal', 'vidal', 'PROPN', 1, 'flat'),
    (3, 'and', 'and', 'CCONJ', 4, 'cc'), (4, 'Tomasz', 'tomasz', 'PROPN', 5, 'compound'),
    (5, 'Reyes', 'reyes', 'PROPN', 1, 'conj'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'engineers', 'engineer', 'NOUN', 1, 'conj', 'Number=Plur'), (8, 'who', 'who', 'PRON', 9, 'nsubj'),
    (9, 'spent', 'spend', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'six', 'six', 'NUM', 11, 'nummod'), (11, 'years', 'year', 'NOUN', 9, 'obj'),
    (12, 'on', 'on', 'ADP', 16, 'case'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'lander', 'lander', 'NOUN', 16, 'nmod:poss'), (15, '’s', "'s", 'PART', 14, 'case'),
    (16, 'legs', 'leg', 'NOUN', 9, 'obl'), (17, ',', ',', 'PUNCT', 19, 'punct'),
    (18, 'both', 'both', 'CCONJ', 19, 'advmod'),
    (19, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'they', 'they', 'PRON', 22, 'nsubj'),
    (21, 'had', 'have', 'AUX', 22, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'learned', 'learn', 'VERB', 19, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (23, 'of', 'of', 'ADP', 25, 'case'), (24, 'the', 'the', 'DET', 25, 'det'),
    (25, 'cancellation', 'cancellation', 'NOUN', 22, 'obl'), (26, 'from', 'from', 'ADP', 29, 'case'),
    (27, 'a', 'a', 'DET', 29, 'det'), (28, 'news', 'news', 'NOUN', 29, 'compound'),
    (29, 'alert', 'alert', 'NOUN', 22, 'obl'), (30, '.', '.', 'PUNCT', 19, 'punct'),
])

MINISTRY_SAID_IN_A_STATEMENT_CARRIED_BY = ('The defence ministry said in a statement carried by state media that it had targeted a cell preparing an attack.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'defence', 'defence', 'NOUN', 3, 'compound'),
    (3, 'ministry', 'ministry', 'NOUN', 4, 'nsubj'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'in', 'in', 'ADP', 7, 'case'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'statement', 'statement', 'NOUN', 4, 'obl'),
    (8, 'carried', 'carry', 'VERB', 7, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'by', 'by', 'ADP', 11, 'case'), (10, 'state', 'state', 'NOUN', 11, 'compound'),
    (11, 'media', 'media', 'NOUN', 8, 'obl:agent'), (12, 'that', 'that', 'SCONJ', 15, 'mark'),
    (13, 'it', 'it', 'PRON', 15, 'nsubj'),
    (14, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'targeted', 'target', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (16, 'a', 'a', 'DET', 17, 'det'), (17, 'cell', 'cell', 'NOUN', 15, 'obj'),
    (18, 'preparing', 'prepare', 'VERB', 15, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (19, 'an', 'a', 'DET', 20, 'det'), (20, 'attack', 'attack', 'NOUN', 18, 'obj'),
    (21, '.', '.', 'PUNCT', 4, 'punct'),
])

QASIM_SAID_CHILDREN_NO_LONGER_SLEPT = ('Hana Qasim, 34, a teacher, said her children no longer slept through the night.', [
    (1, 'Hana', 'hana', 'PROPN', 9, 'nsubj'), (2, 'Qasim', 'qasim', 'PROPN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '34', '34', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'teacher', 'teacher', 'NOUN', 1, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'her', 'she', 'PRON', 11, 'nmod:poss'), (11, 'children', 'child', 'NOUN', 14, 'nsubj:pass'),
    (12, 'no', 'no', 'DET', 14, 'advmod'), (13, 'longer', 'long', 'ADV', 14, 'advmod'),
    (14, 'slept', 'sleep', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'through', 'through', 'ADP', 17, 'case'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'night', 'night', 'NOUN', 14, 'obl'), (18, '.', '.', 'PUNCT', 9, 'punct'),
])

TRIBUNAL_RULED_SAMPLE_TAKEN_CONTAINED = ('The tribunal ruled that a sample taken during the race contained the blood booster EPO.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'tribunal', 'tribunal', 'NOUN', 3, 'nsubj'),
    (3, 'ruled', 'rule', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 7, 'mark'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'sample', 'sample', 'NOUN', 7, 'nsubj:pass'),
    (7, 'taken', 'take', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'during', 'during', 'ADP', 10, 'case'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'race', 'race', 'NOUN', 7, 'obl'),
    (11, 'contained', 'contain', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 15, 'det'), (13, 'blood', 'blood', 'NOUN', 14, 'compound'),
    (14, 'booster', 'booster', 'NOUN', 15, 'compound'), (15, 'EPO', 'epo', 'PROPN', 11, 'obj'),
    (16, '.', '.', 'PUNCT', 3, 'punct'),
])

DIPLOMAT_SAID_TALKS_ON_EXTENDING = ('A senior diplomat said talks on extending the truce had stalled over the release of prisoners.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'senior', 'senior', 'ADJ', 3, 'amod'),
    (3, 'diplomat', 'diplomat', 'NOUN', 4, 'nsubj'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'talks', 'talk', 'NOUN', 4, 'iobj'), (6, 'on', 'on', 'SCONJ', 7, 'mark'),
    (7, 'extending', 'extend', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (8, 'the', 'the', 'DET', 9, 'det'), (9, 'truce', 'truce', 'NOUN', 11, 'nsubj'),
    (10, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'stalled', 'stall', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (12, 'over', 'over', 'ADP', 14, 'case'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'release', 'release', 'NOUN', 11, 'obl'), (15, 'of', 'of', 'ADP', 16, 'case'),
    (16, 'prisoners', 'prisoner', 'NOUN', 14, 'nmod'), (17, '.', '.', 'PUNCT', 4, 'punct'),
])

THEIR_CHAIRMAN_RETIRED_HEADTEACHER = ('Their chairman, retired headteacher Alan Brierley, insists the figures add up.', [
    (1, 'Their', 'their', 'PRON', 2, 'nmod:poss'), (2, 'chairman', 'chairman', 'NOUN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'),
    (4, 'retired', 'retire', 'VERB', 5, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'headteacher', 'headteacher', 'NOUN', 2, 'conj'), (6, 'Alan', 'alan', 'PROPN', 7, 'compound'),
    (7, 'Brierley', 'brierley', 'PROPN', 2, 'conj'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'insists', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'figures', 'figure', 'NOUN', 12, 'nsubj'),
    (12, 'add', 'add', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'up', 'up', 'ADP', 12, 'compound:prt'), (14, '.', '.', 'PUNCT', 9, 'punct'),
])

PETER_AND_MAVIS_HOLROYD_SAID = ('Peter and Mavis Holroyd said they would retire in the summer.', [
    (1, 'Peter', 'peter', 'PROPN', 5, 'nsubj'), (2, 'and', 'and', 'CCONJ', 3, 'cc'),
    (3, 'Mavis', 'mavis', 'PROPN', 1, 'conj'), (4, 'Holroyd', 'holroyd', 'PROPN', 1, 'conj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'they', 'they', 'PRON', 8, 'nsubj'), (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'retire', 'retire', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (9, 'in', 'in', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'summer', 'summer', 'NOUN', 8, 'obl'),
    (12, '.', '.', 'PUNCT', 5, 'punct'),
])

REJECTED_THE_CLUB_SAID_AS_SAGA = ('Brindle Rovers have rejected a third bid for striker Ilan Mercer, the club said on Thursday, as the transfer saga entered its final days.', [
    (1, 'Brindle', 'brindle', 'PROPN', 2, 'compound'), (2, 'Rovers', 'rovers', 'PROPN', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'rejected', 'reject', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (5, 'a', 'a', 'DET', 7, 'det'),
    (6, 'third', 'third', 'ADJ', 7, 'amod'), (7, 'bid', 'bid', 'NOUN', 4, 'obj'),
    (8, 'for', 'for', 'ADP', 9, 'case'), (9, 'striker', 'striker', 'NOUN', 7, 'nmod'),
    (10, 'Ilan', 'ilan', 'PROPN', 9, 'flat'), (11, 'Mercer', 'mercer', 'PROPN', 10, 'flat'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'club', 'club', 'NOUN', 15, 'nsubj'),
    (15, 'said', 'say', 'VERB', 4, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'on', 'on', 'ADP', 17, 'case'), (17, 'Thursday', 'thursday', 'PROPN', 15, 'obl'),
    (18, ',', ',', 'PUNCT', 23, 'punct'), (19, 'as', 'as', 'SCONJ', 23, 'mark'),
    (20, 'the', 'the', 'DET', 22, 'det'), (21, 'transfer', 'transfer', 'NOUN', 22, 'compound'),
    (22, 'saga', 'saga', 'NOUN', 23, 'nsubj'),
    (23, 'entered', 'enter', 'VERB', 15, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'its', 'its', 'PRON', 26, 'nmod:poss'), (25, 'final', 'final', 'ADJ', 26, 'amod'),
    (26, 'days', 'day', 'NOUN', 23, 'obj'), (27, '.', '.', 'PUNCT', 4, 'punct'),
])

OUR_PLAYER_BRINDLE_MANAGER_TRASK_51_TOLD = ('"Ilan is our player," Brindle manager Owen Trask, 51, told reporters.', [
    (1, '"', '"', 'PUNCT', 5, 'punct'), (2, 'Ilan', 'ilan', 'PROPN', 15, 'nsubj'),
    (3, 'is', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'our', 'our', 'PRON', 5, 'nmod:poss'), (5, 'player', 'player', 'NOUN', 15, 'ccomp'),
    (6, ',', ',', 'PUNCT', 9, 'punct'), (7, '"', '"', 'PUNCT', 9, 'punct'),
    (8, 'Brindle', 'brindle', 'PROPN', 9, 'compound'), (9, 'manager', 'manager', 'NOUN', 5, 'conj'),
    (10, 'Owen', 'owen', 'PROPN', 11, 'compound'), (11, 'Trask', 'trask', 'PROPN', 5, 'conj'),
    (12, ',', ',', 'PUNCT', 13, 'punct'), (13, '51', '51', 'NUM', 11, 'appos'),
    (14, ',', ',', 'PUNCT', 13, 'punct'),
    (15, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'reporters', 'reporter', 'NOUN', 15, 'iobj'), (17, '.', '.', 'PUNCT', 15, 'punct'),
])

QUILL_AND_SOTO_BOTH_SAID = ('Marta Quill of Ferris Bank and Julian Soto of Castria Capital both said the move was a surprise.', [
    (1, 'Marta', 'marta', 'PROPN', 13, 'nsubj'), (2, 'Quill', 'quill', 'PROPN', 1, 'flat'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, 'Ferris', 'ferris', 'PROPN', 5, 'compound'),
    (5, 'Bank', 'bank', 'PROPN', 2, 'nmod'), (6, 'and', 'and', 'CCONJ', 7, 'cc'),
    (7, 'Julian', 'julian', 'PROPN', 5, 'conj'), (8, 'Soto', 'soto', 'PROPN', 5, 'conj'),
    (9, 'of', 'of', 'ADP', 11, 'case'), (10, 'Castria', 'castria', 'PROPN', 11, 'compound'),
    (11, 'Capital', 'capital', 'PROPN', 8, 'nmod'), (12, 'both', 'both', 'CCONJ', 13, 'advmod'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'move', 'move', 'NOUN', 18, 'nsubj'),
    (16, 'was', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'a', 'a', 'DET', 18, 'det'), (18, 'surprise', 'surprise', 'NOUN', 13, 'ccomp'),
    (19, '.', '.', 'PUNCT', 13, 'punct'),
])

THE_FORMER_CALLED_THE_LATTER_SAID = ('The former called the statement “unusually hawkish,” while the latter said markets had been “caught leaning the wrong way.”', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'former', 'former', 'ADJ', 3, 'nsubj'),
    (3, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'statement', 'statement', 'NOUN', 3, 'obj'),
    (6, '“', '"', 'PUNCT', 8, 'punct'), (7, 'unusually', 'unusually', 'ADV', 8, 'advmod'),
    (8, 'hawkish', 'hawkish', 'VERB', 3, 'conj', 'VerbForm=Fin'), (9, ',', ',', 'PUNCT', 19, 'punct'),
    (10, '”', '"', 'PUNCT', 8, 'punct'), (11, 'while', 'while', 'SCONJ', 14, 'mark'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'latter', 'latter', 'NOUN', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 3, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'markets', 'market', 'NOUN', 19, 'nsubj:pass'),
    (16, 'had', 'have', 'AUX', 19, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'been', 'be', 'AUX', 19, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (18, '“', '"', 'PUNCT', 19, 'punct'),
    (19, 'caught', 'catch', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'leaning', 'lean', 'VERB', 19, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (21, 'the', 'the', 'DET', 23, 'det'), (22, 'wrong', 'wrong', 'ADJ', 23, 'amod'),
    (23, 'way', 'way', 'NOUN', 20, 'obj'), (24, '.', '.', 'PUNCT', 3, 'punct'),
    (25, '”', '"', 'PUNCT', 3, 'punct'),
])

OPENING_THE_DEBATE_CLLR_WHITLOCK = ('Opening the debate, Cllr Fiona Whitlock, cabinet member for transport and climate, told the chamber the lanes would make the road safe.', [
    (1, 'Opening', 'open', 'VERB', 16, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'the', 'the', 'DET', 3, 'det'), (3, 'debate', 'debate', 'NOUN', 16, 'nsubj'),
    (4, ',', ',', 'PUNCT', 5, 'punct'), (5, 'Cllr', 'cllr', 'PROPN', 3, 'conj'),
    (6, 'Fiona', 'fiona', 'PROPN', 5, 'flat'), (7, 'Whitlock', 'whitlock', 'PROPN', 5, 'flat'),
    (8, ',', ',', 'PUNCT', 10, 'punct'), (9, 'cabinet', 'cabinet', 'NOUN', 10, 'compound'),
    (10, 'member', 'member', 'NOUN', 3, 'conj'), (11, 'for', 'for', 'ADP', 12, 'case'),
    (12, 'transport', 'transport', 'NOUN', 10, 'nmod'), (13, 'and', 'and', 'CCONJ', 14, 'cc'),
    (14, 'climate', 'climate', 'NOUN', 12, 'conj'), (15, ',', ',', 'PUNCT', 1, 'punct'),
    (16, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'chamber', 'chamber', 'NOUN', 16, 'iobj'),
    (19, 'the', 'the', 'DET', 20, 'det'), (20, 'lanes', 'lane', 'NOUN', 22, 'nsubj'),
    (21, 'would', 'would', 'AUX', 22, 'aux', 'VerbForm=Fin'),
    (22, 'make', 'make', 'VERB', 16, 'ccomp', 'VerbForm=Inf'), (23, 'the', 'the', 'DET', 24, 'det'),
    (24, 'road', 'road', 'NOUN', 22, 'obj'), (25, 'safe', 'safe', 'ADJ', 22, 'xcomp'),
    (26, '.', '.', 'PUNCT', 16, 'punct'),
])

MOVE_STEADILY_OSTROW_58_TOLD = ('“We would rather move steadily now than be forced to move sharply later,” Ostrow, 58, told reporters.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'We', 'we', 'PRON', 5, 'nsubj'),
    (3, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'), (4, 'rather', 'rather', 'ADV', 5, 'advmod'),
    (5, 'move', 'move', 'VERB', 0, 'root', 'VerbForm=Inf'), (6, 'steadily', 'steadily', 'ADV', 5, 'advmod'),
    (7, 'now', 'now', 'ADV', 5, 'advmod'), (8, 'than', 'than', 'SCONJ', 10, 'mark'),
    (9, 'be', 'be', 'AUX', 10, 'aux:pass', 'VerbForm=Inf'),
    (10, 'forced', 'force', 'VERB', 5, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'move', 'move', 'VERB', 10, 'xcomp', 'VerbForm=Inf'),
    (13, 'sharply', 'sharply', 'ADV', 14, 'advmod'), (14, 'later', 'late', 'ADV', 12, 'advmod'),
    (15, ',', ',', 'PUNCT', 17, 'punct'), (16, '”', '"', 'PUNCT', 17, 'punct'),
    (17, 'Ostrow', 'ostrow', 'PROPN', 12, 'obj'), (18, ',', ',', 'PUNCT', 19, 'punct'),
    (19, '58', '58', 'NUM', 17, 'appos'), (20, ',', ',', 'PUNCT', 19, 'punct'),
    (21, 'told', 'tell', 'VERB', 22, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'reporters', 'reporter', 'NOUN', 17, 'conj'), (23, '.', '.', 'PUNCT', 5, 'punct'),
])

ILVES_SAID_PULLED_17 = ('Petar Ilves said his team had pulled 17 people out alive since Tuesday.', [
    (1, 'Petar', 'petar', 'PROPN', 2, 'nmod:desc'), (2, 'Ilves', 'ilves', 'PROPN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'his', 'his', 'PRON', 5, 'nmod:poss'), (5, 'team', 'team', 'NOUN', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'pulled', 'pull', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (8, '17', '17', 'NUM', 9, 'nummod'), (9, 'people', 'people', 'NOUN', 7, 'obj'),
    (10, 'out', 'out', 'ADP', 7, 'compound:prt'), (11, 'alive', 'alive', 'NOUN', 7, 'obj'),
    (12, 'since', 'since', 'ADP', 13, 'case'), (13, 'Tuesday', 'tuesday', 'PROPN', 11, 'nmod'),
    (14, '.', '.', 'PUNCT', 3, 'punct'),
])

A_DOCTOR_RADA_KOVAC_SAID = ('A doctor at the field hospital, Rada Kovac, said most had crush injuries.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'doctor', 'doctor', 'NOUN', 11, 'nsubj'),
    (3, 'at', 'at', 'ADP', 6, 'case'), (4, 'the', 'the', 'DET', 6, 'det'),
    (5, 'field', 'field', 'NOUN', 6, 'compound'), (6, 'hospital', 'hospital', 'NOUN', 2, 'nmod'),
    (7, ',', ',', 'PUNCT', 8, 'punct'), (8, 'Rada', 'rada', 'PROPN', 6, 'appos'),
    (9, 'Kovac', 'kovac', 'PROPN', 8, 'flat'), (10, ',', ',', 'PUNCT', 2, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'most', 'most', 'ADV', 13, 'advmod'),
    (13, 'had', 'have', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'crush', 'crush', 'NOUN', 15, 'compound'), (15, 'injuries', 'injury', 'NOUN', 13, 'obj'),
    (16, '.', '.', 'PUNCT', 11, 'punct'),
])

HE_SAID_HIS_CREW_HAD_NOT_SLEPT = ('He said his crew had not slept in two days.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss'), (4, 'crew', 'crew', 'NOUN', 7, 'nsubj'),
    (5, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'not', 'not', 'PART', 7, 'advmod'),
    (7, 'slept', 'sleep', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'), (8, 'in', 'in', 'ADP', 10, 'case'),
    (9, 'two', 'two', 'NUM', 10, 'nummod'), (10, 'days', 'day', 'NOUN', 7, 'obl'),
    (11, '.', '.', 'PUNCT', 2, 'punct'),
])

COUNCIL_HAD_NEVER_ONCE_ASKED = ('Jean Marsh said the council had ‘never once’ asked her how her customers got there.', [
    (1, 'Jean', 'jean', 'PROPN', 3, 'nsubj'), (2, 'Marsh', 'marsh', 'PROPN', 1, 'flat'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'council', 'council', 'NOUN', 6, 'nsubj'),
    (6, 'had', 'have', 'AUX', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, '‘', "'", 'PUNCT', 9, 'punct'), (8, 'never', 'never', 'ADV', 9, 'advmod'),
    (9, 'once', 'once', 'ADV', 11, 'advmod'), (10, '’', "'", 'PUNCT', 9, 'punct'),
    (11, 'asked', 'ask', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'her', 'she', 'PRON', 11, 'iobj'), (13, 'how', 'how', 'ADV', 16, 'advmod'),
    (14, 'her', 'she', 'PRON', 15, 'nmod:poss'), (15, 'customers', 'customer', 'NOUN', 16, 'nsubj'),
    (16, 'got', 'get', 'VERB', 11, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'there', 'there', 'ADV', 16, 'advmod'), (18, '.', '.', 'PUNCT', 3, 'punct'),
])

HE_HAD_FORGOTTEN_WHAT = ('Omondi said he had “forgotten what a normal reading looked like” before the trial.', [
    (1, 'Omondi', 'omondi', 'PROPN', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'he', 'he', 'PRON', 4, 'nsubj'),
    (4, 'had', 'have', 'VERB', 2, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, '“', '"', 'PUNCT', 6, 'punct'),
    (6, 'forgotten', 'forget', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'what', 'what', 'PRON', 11, 'obj'), (8, 'a', 'a', 'DET', 10, 'det'),
    (9, 'normal', 'normal', 'ADJ', 10, 'amod'), (10, 'reading', 'reading', 'NOUN', 11, 'nsubj'),
    (11, 'looked', 'look', 'VERB', 6, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'like', 'like', 'ADP', 11, 'obl'), (13, '”', '"', 'PUNCT', 11, 'punct'),
    (14, 'before', 'before', 'ADP', 16, 'case'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'trial', 'trial', 'NOUN', 11, 'obl'), (17, '.', '.', 'PUNCT', 2, 'punct'),
])

BRIGGS_WROTE_EXACTLY_THE_WAY = ('Principal Harold Briggs wrote in an email to families that students had followed lockdown procedures “exactly the way we practice them.”', [
    (1, 'Principal', 'principal', 'PROPN', 3, 'compound'), (2, 'Harold', 'harold', 'PROPN', 3, 'compound'),
    (3, 'Briggs', 'briggs', 'PROPN', 4, 'nsubj'),
    (4, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'in', 'in', 'ADP', 7, 'case'), (6, 'an', 'a', 'DET', 7, 'det'),
    (7, 'email', 'email', 'NOUN', 4, 'obl'), (8, 'to', 'to', 'ADP', 9, 'case'),
    (9, 'families', 'family', 'NOUN', 7, 'nmod'), (10, 'that', 'that', 'PRON', 13, 'mark'),
    (11, 'students', 'student', 'NOUN', 13, 'nsubj'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'followed', 'follow', 'VERB', 9, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (14, 'lockdown', 'lockdown', 'NOUN', 15, 'compound'), (15, 'procedures', 'procedure', 'NOUN', 13, 'obj'),
    (16, '“', '"', 'PUNCT', 19, 'punct'), (17, 'exactly', 'exactly', 'ADV', 19, 'advmod'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'way', 'way', 'NOUN', 4, 'parataxis'),
    (20, 'we', 'we', 'PRON', 21, 'nsubj'),
    (21, 'practice', 'practice', 'VERB', 19, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (22, 'them', 'they', 'PRON', 21, 'obj'), (23, '.', '.', 'PUNCT', 4, 'punct'),
    (24, '”', '"', 'PUNCT', 4, 'punct'),
])

QUOTED_AS_SAYING_NO_IDEA_THERE_WAS = ('The surveyor was quoted by the Denfield Herald as saying he had “no idea” there was a school behind the trees.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'surveyor', 'surveyor', 'NOUN', 4, 'nsubj:pass'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'quoted', 'quote', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'by', 'by', 'ADP', 8, 'case'), (6, 'the', 'the', 'DET', 8, 'det'),
    (7, 'Denfield', 'denfield', 'PROPN', 8, 'compound'), (8, 'Herald', 'herald', 'PROPN', 4, 'obl:agent'),
    (9, 'as', 'as', 'SCONJ', 10, 'mark'),
    (10, 'saying', 'say', 'VERB', 4, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (11, 'he', 'he', 'PRON', 12, 'nsubj'),
    (12, 'had', 'have', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '“', '"', 'PUNCT', 15, 'punct'), (14, 'no', 'no', 'DET', 15, 'det'),
    (15, 'idea', 'idea', 'NOUN', 12, 'obj'), (16, '”', '"', 'PUNCT', 15, 'punct'),
    (17, 'there', 'there', 'PRON', 18, 'expl'),
    (18, 'was', 'be', 'VERB', 4, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'a', 'a', 'DET', 20, 'det'), (20, 'school', 'school', 'NOUN', 18, 'nsubj'),
    (21, 'behind', 'behind', 'ADP', 23, 'case'), (22, 'the', 'the', 'DET', 23, 'det'),
    (23, 'trees', 'tree', 'NOUN', 18, 'obl'), (24, '.', '.', 'PUNCT', 4, 'punct'),
])

A_REPORT_KEPT_BUT_THERE_WAS_POLICE_SAID = ('A report of a man with a rifle near the school kept 600 students locked in their classrooms for two hours, but there was never any danger, police said.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'report', 'report', 'NOUN', 31, 'nsubj'),
    (3, 'of', 'of', 'ADP', 5, 'case'), (4, 'a', 'a', 'DET', 5, 'det'), (5, 'man', 'man', 'NOUN', 2, 'nmod'),
    (6, 'with', 'with', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'rifle', 'rifle', 'NOUN', 2, 'nmod'), (9, 'near', 'near', 'ADP', 11, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'school', 'school', 'NOUN', 8, 'nmod'),
    (12, 'kept', 'keep', 'VERB', 2, 'acl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '600', '600', 'NUM', 14, 'nummod'), (14, 'students', 'student', 'NOUN', 12, 'obj'),
    (15, 'locked', 'lock', 'VERB', 14, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'in', 'in', 'ADP', 18, 'case'), (17, 'their', 'their', 'PRON', 18, 'nmod:poss'),
    (18, 'classrooms', 'classroom', 'NOUN', 15, 'obl'), (19, 'for', 'for', 'ADP', 21, 'case'),
    (20, 'two', 'two', 'NUM', 21, 'nummod'), (21, 'hours', 'hour', 'NOUN', 15, 'obl'),
    (22, ',', ',', 'PUNCT', 25, 'punct'), (23, 'but', 'but', 'CCONJ', 25, 'cc'),
    (24, 'there', 'there', 'PRON', 25, 'expl'),
    (25, 'was', 'be', 'VERB', 12, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'never', 'never', 'ADV', 25, 'advmod'), (27, 'any', 'any', 'DET', 28, 'det'),
    (28, 'danger', 'danger', 'NOUN', 25, 'nsubj'), (29, ',', ',', 'PUNCT', 25, 'punct'),
    (30, 'police', 'police', 'NOUN', 31, 'nsubj'),
    (31, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (32, '.', '.', 'PUNCT', 31, 'punct'),
])

NO_GUNMAN_NO_WEAPON_SGT_HARGROVE_TOLD = ('“There was no gunman, no weapon and no threat to any child,” Sgt. Dana Hargrove, a department spokeswoman, told reporters outside the school.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'There', 'there', 'PRON', 3, 'expl'),
    (3, 'was', 'be', 'VERB', 25, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'no', 'no', 'DET', 5, 'det'), (5, 'gunman', 'gunman', 'NOUN', 3, 'nsubj'),
    (6, ',', ',', 'PUNCT', 8, 'punct'), (7, 'no', 'no', 'DET', 8, 'det'),
    (8, 'weapon', 'weapon', 'NOUN', 3, 'nsubj'), (9, 'and', 'and', 'CCONJ', 11, 'cc'),
    (10, 'no', 'no', 'DET', 11, 'det'), (11, 'threat', 'threat', 'NOUN', 8, 'conj'),
    (12, 'to', 'to', 'ADP', 14, 'case'), (13, 'any', 'any', 'DET', 14, 'det'),
    (14, 'child', 'child', 'NOUN', 11, 'nmod'), (15, ',', ',', 'PUNCT', 3, 'punct'),
    (16, '”', '"', 'PUNCT', 17, 'punct'), (17, 'Sgt.', 'sgt.', 'PROPN', 3, 'parataxis'),
    (18, 'Dana', 'dana', 'PROPN', 17, 'flat'), (19, 'Hargrove', 'hargrove', 'PROPN', 17, 'flat'),
    (20, ',', ',', 'PUNCT', 23, 'punct'), (21, 'a', 'a', 'DET', 23, 'det'),
    (22, 'department', 'department', 'NOUN', 23, 'compound'),
    (23, 'spokeswoman', 'spokeswoman', 'NOUN', 8, 'conj'), (24, ',', ',', 'PUNCT', 3, 'punct'),
    (25, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'reporters', 'reporter', 'NOUN', 25, 'iobj'), (27, 'outside', 'outside', 'ADP', 29, 'case'),
    (28, 'the', 'the', 'DET', 29, 'det'), (29, 'school', 'school', 'NOUN', 25, 'obl'),
    (30, '.', '.', 'PUNCT', 25, 'punct'),
])

CHEF_WROTE_ON_FACEBOOK = ('The 47-year-old chef wrote on Facebook that he was sorry.', [
    (1, 'The', 'the', 'DET', 7, 'det'), (2, '47', '47', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'chef', 'chef', 'NOUN', 8, 'nsubj'),
    (8, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'on', 'on', 'ADP', 10, 'case'), (10, 'Facebook', 'facebook', 'PROPN', 8, 'obl'),
    (11, 'that', 'that', 'SCONJ', 14, 'mark'), (12, 'he', 'he', 'PRON', 14, 'nsubj'),
    (13, 'was', 'be', 'AUX', 14, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'sorry', 'sorry', 'ADJ', 8, 'advcl'), (15, '.', '.', 'PUNCT', 8, 'punct'),
])

INTERVIEW_WITH_PLATE_AND_PALATE_HE_INSISTED = ('In an interview with Plate & Palate magazine, he insisted the problems had begun while he was abroad.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'an', 'a', 'DET', 3, 'det'),
    (3, 'interview', 'interview', 'NOUN', 11, 'obl'), (4, 'with', 'with', 'ADP', 5, 'case'),
    (5, 'Plate', 'plate', 'PROPN', 3, 'nmod'), (6, '&', '&', 'CCONJ', 7, 'cc'),
    (7, 'Palate', 'palate', 'PROPN', 5, 'conj'), (8, 'magazine', 'magazine', 'NOUN', 5, 'conj'),
    (9, ',', ',', 'PUNCT', 3, 'punct'), (10, 'he', 'he', 'PRON', 11, 'nsubj'),
    (11, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'problems', 'problem', 'NOUN', 15, 'nsubj'),
    (14, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'begun', 'begin', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (16, 'while', 'while', 'SCONJ', 19, 'mark'), (17, 'he', 'he', 'PRON', 19, 'nsubj'),
    (18, 'was', 'be', 'AUX', 19, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'abroad', 'abroad', 'ADJ', 15, 'advcl'), (20, '.', '.', 'PUNCT', 11, 'punct'),
])

SUPPORTERS_TRUST_WHOSE_BANNERS_URGED = ("The Brindle Supporters' Trust, whose banners have hung at the ground for years, urged the board to keep Mercer.", [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Brindle', 'brindle', 'PROPN', 3, 'compound'),
    (3, 'Supporters', 'supporter', 'PROPN', 17, 'nsubj'), (4, "'", "'", 'PUNCT', 5, 'punct'),
    (5, 'Trust', 'trust', 'PROPN', 3, 'appos'), (6, ',', ',', 'PUNCT', 10, 'punct'),
    (7, 'whose', 'whose', 'DET', 8, 'det'), (8, 'banners', 'banner', 'NOUN', 10, 'nsubj'),
    (9, 'have', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'hung', 'hang', 'VERB', 17, 'advcl', 'Tense=Past|VerbForm=Part'),
    (11, 'at', 'at', 'ADP', 13, 'case'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'ground', 'ground', 'NOUN', 10, 'obl'), (14, 'for', 'for', 'ADP', 15, 'case'),
    (15, 'years', 'year', 'NOUN', 13, 'nmod'), (16, ',', ',', 'PUNCT', 3, 'punct'),
    (17, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'board', 'board', 'NOUN', 17, 'obj'),
    (20, 'to', 'to', 'PART', 21, 'mark'), (21, 'keep', 'keep', 'VERB', 19, 'acl', 'VerbForm=Inf'),
    (22, 'Mercer', 'mercer', 'PROPN', 21, 'obj'), (23, '.', '.', 'PUNCT', 17, 'punct'),
])

MANY_ASKED_OTHERS_VOWED = ('Many asked whether bookings would be refunded; others vowed to return “the minute the doors open.”', [
    (1, 'Many', 'many', 'ADJ', 2, 'nsubj'),
    (2, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'whether', 'whether', 'SCONJ', 7, 'mark'), (4, 'bookings', 'booking', 'NOUN', 7, 'nsubj:pass'),
    (5, 'would', 'would', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (6, 'be', 'be', 'AUX', 7, 'aux:pass', 'VerbForm=Inf'),
    (7, 'refunded', 'refund', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, ';', ';', 'PUNCT', 10, 'punct'), (9, 'others', 'other', 'NOUN', 10, 'nsubj:pass'),
    (10, 'vowed', 'vow', 'VERB', 2, 'ccomp', 'Person=3|Tense=Past|VerbForm=Part'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'return', 'return', 'VERB', 10, 'xcomp', 'VerbForm=Inf'),
    (13, '“', '"', 'PUNCT', 15, 'punct'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'minute', 'minute', 'NOUN', 12, 'obj'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'doors', 'door', 'NOUN', 18, 'nsubj'), (18, 'open', 'open', 'ADJ', 15, 'acl:relcl'),
    (19, '.', '.', 'PUNCT', 2, 'punct'), (20, '”', '"', 'PUNCT', 2, 'punct'),
])

SORELS_SAID_THOUGH_DINERS_SUSPECT = ('Tom and Anika Sorel both said they had never seen anything amiss, though some diners suspect the problems ran deeper.', [
    (1, 'Tom', 'tom', 'PROPN', 6, 'nsubj'), (2, 'and', 'and', 'CCONJ', 3, 'cc'),
    (3, 'Anika', 'anika', 'PROPN', 1, 'conj'), (4, 'Sorel', 'sorel', 'PROPN', 1, 'conj'),
    (5, 'both', 'both', 'CCONJ', 3, 'flat'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'they', 'they', 'PRON', 10, 'nsubj'),
    (8, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'never', 'never', 'ADV', 10, 'advmod'),
    (10, 'seen', 'see', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'anything', 'anything', 'PRON', 12, 'compound'), (12, 'amiss', 'amiss', 'NOUN', 10, 'obj'),
    (13, ',', ',', 'PUNCT', 17, 'punct'), (14, 'though', 'though', 'SCONJ', 17, 'mark'),
    (15, 'some', 'some', 'DET', 16, 'det'), (16, 'diners', 'diner', 'NOUN', 17, 'nsubj'),
    (17, 'suspect', 'suspect', 'VERB', 10, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'problems', 'problem', 'NOUN', 20, 'nsubj'),
    (20, 'ran', 'run', 'VERB', 17, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'deeper', 'deep', 'ADJ', 20, 'xcomp'), (22, '.', '.', 'PUNCT', 6, 'punct'),
])

HIS_FANS_FLOODED_THE_COMMENTS = ('His fans flooded the comments under the post.', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'fans', 'fan', 'NOUN', 3, 'nsubj', 'Number=Plur'),
    (3, 'flooded', 'flood', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'the', 'the', 'DET', 5, 'det'), (5, 'comments', 'comment', 'NOUN', 3, 'obj'),
    (6, 'under', 'under', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'post', 'post', 'NOUN', 3, 'obl'), (9, '.', '.', 'PUNCT', 3, 'punct'),
])

PORTLAND_AP_HOMES_REMAINED_OFFICIALS_SAID = ('PORTLAND, Maine (AP) — More than 80,000 homes remained without power Monday after a storm brought down trees across southern Maine, utility officials said.', [
    (1, 'PORTLAND', 'portland', 'PROPN', 28, 'nsubj'), (2, ',', ',', 'PUNCT', 3, 'punct'),
    (3, 'Maine', 'maine', 'PROPN', 1, 'conj'), (4, '(', '(', 'PUNCT', 5, 'punct'),
    (5, 'AP', 'ap', 'PROPN', 3, 'appos'), (6, ')', ')', 'PUNCT', 5, 'punct'),
    (7, '—', '-', 'PUNCT', 11, 'punct'), (8, 'More', 'more', 'ADJ', 11, 'amod'),
    (9, 'than', 'than', 'ADP', 11, 'case'), (10, '80,000', '80000', 'NUM', 11, 'nummod'),
    (11, 'homes', 'home', 'NOUN', 1, 'appos'),
    (12, 'remained', 'remain', 'VERB', 11, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'without', 'without', 'ADP', 14, 'case'), (14, 'power', 'power', 'NOUN', 12, 'obl'),
    (15, 'Monday', 'monday', 'PROPN', 12, 'obl'), (16, 'after', 'after', 'ADP', 18, 'case'),
    (17, 'a', 'a', 'DET', 18, 'det'), (18, 'storm', 'storm', 'NOUN', 19, 'nsubj'),
    (19, 'brought', 'bring', 'VERB', 12, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'down', 'down', 'ADP', 19, 'compound:prt'), (21, 'trees', 'tree', 'NOUN', 19, 'obj'),
    (22, 'across', 'across', 'ADP', 24, 'case'), (23, 'southern', 'southern', 'ADJ', 24, 'amod'),
    (24, 'Maine', 'maine', 'PROPN', 21, 'nmod'), (25, ',', ',', 'PUNCT', 19, 'punct'),
    (26, 'utility', 'utility', 'NOUN', 27, 'compound'), (27, 'officials', 'official', 'NOUN', 28, 'nsubj'),
    (28, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (29, '.', '.', 'PUNCT', 28, 'punct'),
])

GOV_JANET_MILLS_DECLARED = ('Gov. Janet Mills declared a state of emergency Sunday night.', [
    (1, 'Gov.', 'gov.', 'PROPN', 4, 'nsubj'), (2, 'Janet', 'janet', 'PROPN', 1, 'flat'),
    (3, 'Mills', 'mills', 'PROPN', 2, 'flat'),
    (4, 'declared', 'declare', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'a', 'a', 'DET', 6, 'det'), (6, 'state', 'state', 'NOUN', 4, 'obj'),
    (7, 'of', 'of', 'ADP', 10, 'case'), (8, 'emergency', 'emergency', 'NOUN', 10, 'compound'),
    (9, 'Sunday', 'sunday', 'PROPN', 10, 'compound'), (10, 'night', 'night', 'NOUN', 6, 'nmod'),
    (11, '.', '.', 'PUNCT', 4, 'punct'),
])

THE_GOVERNOR_SAID_FEDERAL_AID = ('Speaking at a news conference in Augusta, the governor said the state would seek federal aid.', [
    (1, 'Speaking', 'speak', 'VERB', 11, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'at', 'at', 'ADP', 5, 'case'), (3, 'a', 'a', 'DET', 5, 'det'),
    (4, 'news', 'news', 'NOUN', 5, 'compound'), (5, 'conference', 'conference', 'NOUN', 1, 'obl'),
    (6, 'in', 'in', 'ADP', 7, 'case'), (7, 'Augusta', 'augusta', 'PROPN', 5, 'nmod'),
    (8, ',', ',', 'PUNCT', 1, 'punct'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'governor', 'governor', 'NOUN', 11, 'nsubj'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'state', 'state', 'NOUN', 15, 'nsubj'),
    (14, 'would', 'would', 'AUX', 15, 'aux', 'VerbForm=Fin'),
    (15, 'seek', 'seek', 'VERB', 11, 'ccomp', 'VerbForm=Inf'), (16, 'federal', 'federal', 'ADJ', 17, 'amod'),
    (17, 'aid', 'aid', 'NOUN', 15, 'obj'), (18, '.', '.', 'PUNCT', 11, 'punct'),
])

RIDLEY_AND_HIS_BROTHER_IN_LAW_FANE = ('Tom Ridley and his brother-in-law, Derek Fane, had been due to fly to Port Sarno.', [
    (1, 'Tom', 'tom', 'PROPN', 16, 'nsubj'), (2, 'Ridley', 'ridley', 'PROPN', 1, 'flat'),
    (3, 'and', 'and', 'CCONJ', 9, 'cc'), (4, 'his', 'his', 'PRON', 5, 'nmod:poss'),
    (5, 'brother', 'brother', 'NOUN', 9, 'compound'), (6, '-', '-', 'PUNCT', 5, 'punct'),
    (7, 'in', 'in', 'ADP', 9, 'case'), (8, '-', '-', 'PUNCT', 7, 'punct'),
    (9, 'law', 'law', 'NOUN', 2, 'conj'), (10, ',', ',', 'PUNCT', 9, 'punct'),
    (11, 'Derek', 'derek', 'PROPN', 9, 'appos'), (12, 'Fane', 'fane', 'PROPN', 11, 'flat'),
    (13, ',', ',', 'PUNCT', 1, 'punct'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'been', 'be', 'AUX', 16, 'cop', 'Tense=Past|VerbForm=Part'), (16, 'due', 'due', 'ADJ', 0, 'root'),
    (17, 'to', 'to', 'PART', 18, 'mark'), (18, 'fly', 'fly', 'VERB', 16, 'advcl', 'VerbForm=Inf'),
    (19, 'to', 'to', 'ADP', 21, 'case'), (20, 'Port', 'port', 'PROPN', 21, 'compound'),
    (21, 'Sarno', 'sarno', 'PROPN', 18, 'obl'), (22, '.', '.', 'PUNCT', 16, 'punct'),
])

THE_LATTER_WAS_LESS_FORGIVING = ('The latter was less forgiving: ‘I’ve paid for a hotel I’ll never see.’', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'latter', 'latter', 'NOUN', 5, 'nsubj'),
    (3, 'was', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'less', 'less', 'ADV', 5, 'advmod'),
    (5, 'forgiving', 'forgive', 'VERB', 0, 'root', 'Tense=Pres|VerbForm=Part'),
    (6, ':', ':', 'PUNCT', 10, 'punct'), (7, '‘', "'", 'PUNCT', 10, 'punct'),
    (8, 'I', 'i', 'PRON', 10, 'nsubj'),
    (9, '’ve', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (10, 'paid', 'pay', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'for', 'for', 'ADP', 13, 'case'), (12, 'a', 'a', 'DET', 13, 'det'),
    (13, 'hotel', 'hotel', 'NOUN', 10, 'obl'), (14, 'I', 'i', 'PRON', 17, 'nsubj'),
    (15, '’ll', 'will', 'AUX', 17, 'aux', 'VerbForm=Fin'), (16, 'never', 'never', 'ADV', 17, 'advmod'),
    (17, 'see', 'see', 'VERB', 13, 'acl:relcl', 'VerbForm=Inf'), (18, '.', '.', 'PUNCT', 5, 'punct'),
    (19, '’', "'", 'PUNCT', 5, 'punct'),
])

CPS_SAID_THE_DECISION_TO_CHARGE_FOLLOWED = ('The Crown Prosecution Service said the decision to charge followed a two-year investigation by the National Crime Agency.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'Crown', 'crown', 'PROPN', 4, 'compound'),
    (3, 'Prosecution', 'prosecution', 'NOUN', 4, 'compound'), (4, 'Service', 'service', 'NOUN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'decision', 'decision', 'NOUN', 5, 'iobj'),
    (8, 'to', 'to', 'PART', 9, 'mark'), (9, 'charge', 'charge', 'VERB', 7, 'acl', 'VerbForm=Inf'),
    (10, 'followed', 'follow', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'a', 'a', 'DET', 15, 'det'), (12, 'two', 'two', 'NUM', 14, 'nummod'),
    (13, '-', '-', 'PUNCT', 12, 'punct'), (14, 'year', 'year', 'NOUN', 15, 'compound'),
    (15, 'investigation', 'investigation', 'NOUN', 10, 'obj'), (16, 'by', 'by', 'ADP', 20, 'case'),
    (17, 'the', 'the', 'DET', 20, 'det'), (18, 'National', 'national', 'ADJ', 20, 'amod'),
    (19, 'Crime', 'crime', 'PROPN', 20, 'compound'), (20, 'Agency', 'agency', 'PROPN', 15, 'nmod'),
    (21, '.', '.', 'PUNCT', 5, 'punct'),
])

ACCORDING_TO_PEOPLE_FAMILIAR_DETECTIVES = ('According to people familiar with the investigation, detectives examined more than 30,000 emails.', [
    (1, 'According', 'accord', 'VERB', 3, 'case', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 3, 'case'), (3, 'people', 'people', 'NOUN', 10, 'obl'),
    (4, 'familiar', 'familiar', 'ADJ', 10, 'advcl'), (5, 'with', 'with', 'ADP', 7, 'case'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'investigation', 'investigation', 'NOUN', 4, 'obl'),
    (8, ',', ',', 'PUNCT', 9, 'punct'), (9, 'detectives', 'detective', 'NOUN', 10, 'nsubj:pass'),
    (10, 'examined', 'examine', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, 'more', 'more', 'ADJ', 14, 'advmod'), (12, 'than', 'than', 'ADP', 14, 'case'),
    (13, '30,000', '30000', 'NUM', 14, 'nummod'), (14, 'emails', 'email', 'NOUN', 10, 'obl'),
    (15, '.', '.', 'PUNCT', 10, 'punct'),
])

CPS_SPOKESPERSON_SAID_CONTRACTS = ('The contracts, a CPS spokesperson said, had been awarded without any competitive process.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'contracts', 'contract', 'NOUN', 11, 'nsubj:pass'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'a', 'a', 'DET', 6, 'det'),
    (5, 'CPS', 'cps', 'NOUN', 6, 'compound'), (6, 'spokesperson', 'spokesperson', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'been', 'be', 'AUX', 11, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (11, 'awarded', 'award', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'without', 'without', 'ADP', 15, 'case'), (13, 'any', 'any', 'DET', 15, 'det'),
    (14, 'competitive', 'competitive', 'ADJ', 15, 'amod'), (15, 'process', 'process', 'NOUN', 11, 'obl'),
    (16, '.', '.', 'PUNCT', 7, 'punct'),
])

PM_SPOKESMAN_DECLINED = ("The prime minister's spokesman declined to comment on an ongoing legal case.", [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'prime', 'prime', 'ADJ', 3, 'amod'),
    (3, 'minister', 'minister', 'NOUN', 5, 'nmod:poss'), (4, "'s", "'s", 'PART', 3, 'case'),
    (5, 'spokesman', 'spokesman', 'NOUN', 6, 'nsubj'),
    (6, 'declined', 'decline', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'to', 'to', 'PART', 8, 'mark'), (8, 'comment', 'comment', 'VERB', 6, 'xcomp', 'VerbForm=Inf'),
    (9, 'on', 'on', 'ADP', 13, 'case'), (10, 'an', 'a', 'DET', 13, 'det'),
    (11, 'ongoing', 'ongoing', 'VERB', 13, 'amod', 'VerbForm=Ger'), (12, 'legal', 'legal', 'ADJ', 13, 'amod'),
    (13, 'case', 'case', 'NOUN', 8, 'obl'), (14, '.', '.', 'PUNCT', 6, 'punct'),
])

ASKED_WHETHER_HE_SAID_NOT_GOING = ("Asked whether the government had been warned, he said: “I'm not going to get into that.”", [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 7, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'government', 'government', 'NOUN', 7, 'nsubj:pass'),
    (5, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'been', 'be', 'AUX', 7, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (7, 'warned', 'warn', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, ',', ',', 'PUNCT', 7, 'punct'), (9, 'he', 'he', 'PRON', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, ':', ':', 'PUNCT', 16, 'punct'), (12, '“', '"', 'PUNCT', 16, 'punct'),
    (13, 'I', 'i', 'PRON', 16, 'nsubj'),
    (14, "'m", 'be', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (15, 'not', 'not', 'PART', 16, 'advmod'),
    (16, 'going', 'go', 'VERB', 10, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (17, 'to', 'to', 'PART', 18, 'mark'), (18, 'get', 'get', 'VERB', 16, 'xcomp', 'VerbForm=Inf'),
    (19, 'into', 'into', 'ADP', 20, 'case'), (20, 'that', 'that', 'PRON', 18, 'obl'),
    (21, '.', '.', 'PUNCT', 10, 'punct'), (22, '”', '"', 'PUNCT', 10, 'punct'),
])

HIS_DAUGHTER_FIONA_SAYS = ('His daughter, Fiona, who works as a nurse in Glasgow, says he has never taken a sick day.', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'daughter', 'daughter', 'NOUN', 14, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'Fiona', 'fiona', 'PROPN', 2, 'appos'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'who', 'who', 'PRON', 7, 'nsubj'),
    (7, 'works', 'work', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'as', 'as', 'ADP', 10, 'case'), (9, 'a', 'a', 'DET', 10, 'det'),
    (10, 'nurse', 'nurse', 'NOUN', 7, 'obl'), (11, 'in', 'in', 'ADP', 12, 'case'),
    (12, 'Glasgow', 'glasgow', 'PROPN', 10, 'nmod'), (13, ',', ',', 'PUNCT', 2, 'punct'),
    (14, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (15, 'he', 'he', 'PRON', 18, 'nsubj'),
    (16, 'has', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'never', 'never', 'ADV', 18, 'advmod'),
    (18, 'taken', 'take', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part'), (19, 'a', 'a', 'DET', 21, 'det'),
    (20, 'sick', 'sick', 'ADJ', 21, 'amod'), (21, 'day', 'day', 'NOUN', 18, 'obj'),
    (22, '.', '.', 'PUNCT', 14, 'punct'),
])

FISH_PROBABLY = ('“Fish, probably.”', [
    (1, '“', '"', 'PUNCT', 2, 'punct'), (2, 'Fish', 'fish', 'PROPN', 0, 'root'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'probably', 'probably', 'ADV', 2, 'advmod'),
    (5, '.', '.', 'PUNCT', 2, 'punct'), (6, '”', '"', 'PUNCT', 2, 'punct'),
])

NOT_ONE_DAY_IN_38_YEARS = ('“Not one day in 38 years, and he is proud of it.”', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'Not', 'not', 'PART', 4, 'advmod'),
    (3, 'one', 'one', 'NUM', 4, 'nummod'), (4, 'day', 'day', 'NOUN', 0, 'root'),
    (5, 'in', 'in', 'ADP', 7, 'case'), (6, '38', '38', 'NUM', 7, 'nummod'),
    (7, 'years', 'year', 'NOUN', 4, 'nmod'), (8, ',', ',', 'PUNCT', 12, 'punct'),
    (9, 'and', 'and', 'CCONJ', 12, 'cc'), (10, 'he', 'he', 'PRON', 12, 'nsubj'),
    (11, 'is', 'be', 'AUX', 12, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'proud', 'proud', 'ADJ', 4, 'conj'), (13, 'of', 'of', 'ADP', 14, 'case'),
    (14, 'it', 'it', 'PRON', 12, 'obl'), (15, '.', '.', 'PUNCT', 12, 'punct'),
    (16, '”', '"', 'PUNCT', 12, 'punct'),
])

IAIN_MACRAE_IS_CAREFUL = ('Iain MacRae is careful not to criticise.', [
    (1, 'Iain', 'iain', 'PROPN', 4, 'nsubj'), (2, 'MacRae', 'macrae', 'PROPN', 1, 'flat'),
    (3, 'is', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'careful', 'careful', 'ADJ', 0, 'root'), (5, 'not', 'not', 'PART', 4, 'advmod'),
    (6, 'to', 'to', 'PART', 7, 'mark'), (7, 'criticise', 'criticise', 'VERB', 4, 'xcomp', 'VerbForm=Inf'),
    (8, '.', '.', 'PUNCT', 4, 'punct'),
])

ASKED_WHAT_HE_WILL_DO_HE_LAUGHS = ('Asked what he will do with his time, he laughs.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'what', 'what', 'PRON', 1, 'obj'), (3, 'he', 'he', 'PRON', 5, 'nsubj'),
    (4, 'will', 'will', 'AUX', 5, 'aux', 'VerbForm=Fin'), (5, 'do', 'do', 'VERB', 1, 'ccomp', 'VerbForm=Inf'),
    (6, 'with', 'with', 'ADP', 8, 'case'), (7, 'his', 'his', 'PRON', 8, 'nmod:poss'),
    (8, 'time', 'time', 'NOUN', 5, 'obl'), (9, ',', ',', 'PUNCT', 11, 'punct'),
    (10, 'he', 'he', 'PRON', 11, 'nsubj'),
    (11, 'laughs', 'laugh', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, '.', '.', 'PUNCT', 1, 'punct'),
])

BIRCH_ACCUSING_THE_REFEREE_OF_BOTTLING = ('His manager, Alan Birch, was less diplomatic, accusing the referee of “bottling” a second penalty claim late on.', [
    (1, 'His', 'his', 'PRON', 2, 'nmod:poss'), (2, 'manager', 'manager', 'NOUN', 9, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Alan', 'alan', 'PROPN', 2, 'appos'),
    (5, 'Birch', 'birch', 'PROPN', 4, 'flat'), (6, ',', ',', 'PUNCT', 2, 'punct'),
    (7, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'less', 'less', 'ADV', 9, 'advmod'), (9, 'diplomatic', 'diplomatic', 'ADJ', 0, 'root'),
    (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, 'accusing', 'accuse', 'VERB', 9, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'referee', 'referee', 'NOUN', 11, 'obj'),
    (14, 'of', 'of', 'ADP', 16, 'case'), (15, '“', '"', 'PUNCT', 16, 'punct'),
    (16, 'bottling', 'bottle', 'VERB', 13, 'acl', 'VerbForm=Ger'), (17, '”', '"', 'PUNCT', 16, 'punct'),
    (18, 'a', 'a', 'DET', 21, 'det'), (19, 'second', 'second', 'ADJ', 21, 'amod'),
    (20, 'penalty', 'penalty', 'NOUN', 21, 'compound'), (21, 'claim', 'claim', 'NOUN', 11, 'obj'),
    (22, 'late', 'late', 'ADJ', 23, 'amod'), (23, 'on', 'on', 'ADP', 16, 'compound:prt'),
    (24, '.', '.', 'PUNCT', 9, 'punct'),
])

HADLEY_TOLD_MPS_THE_COUNTRY_NEEDED = ('Opening the debate, Ms Hadley told MPs the country needed ‘stability, not another six weeks of campaigning’.', [
    (1, 'Opening', 'open', 'VERB', 7, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'the', 'the', 'DET', 3, 'det'), (3, 'debate', 'debate', 'NOUN', 7, 'obl'),
    (4, ',', ',', 'PUNCT', 1, 'punct'), (5, 'Ms', 'ms', 'PROPN', 7, 'nsubj'),
    (6, 'Hadley', 'hadley', 'PROPN', 5, 'flat'),
    (7, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'MPs', 'mps', 'PROPN', 7, 'iobj'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'country', 'country', 'NOUN', 7, 'iobj'),
    (11, 'needed', 'need', 'VERB', 10, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, '‘', "'", 'PUNCT', 13, 'punct'), (13, 'stability', 'stability', 'NOUN', 11, 'conj'),
    (14, ',', ',', 'PUNCT', 18, 'punct'), (15, 'not', 'not', 'PART', 18, 'advmod'),
    (16, 'another', 'another', 'DET', 18, 'det'), (17, 'six', 'six', 'NUM', 18, 'nummod'),
    (18, 'weeks', 'week', 'NOUN', 7, 'ccomp'), (19, 'of', 'of', 'SCONJ', 21, 'case'),
    (20, 'campaigning', 'campaigning', 'VERB', 21, 'amod', 'VerbForm=Ger'),
    (21, '’', "'s", 'NOUN', 18, 'nmod'), (22, '.', '.', 'PUNCT', 7, 'punct'),
])

OFFICE_SAID_THE_VOTE_WAS_A_CLEAR_ENDORSEMENT = ('In a statement after the result, the prime minister’s office said the vote was ‘a clear endorsement’ of the government’s programme.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'statement', 'statement', 'NOUN', 13, 'obl'), (4, 'after', 'after', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'result', 'result', 'NOUN', 3, 'nmod'),
    (7, ',', ',', 'PUNCT', 3, 'punct'), (8, 'the', 'the', 'DET', 10, 'det'),
    (9, 'prime', 'prime', 'ADJ', 10, 'amod'), (10, 'minister', 'minister', 'NOUN', 12, 'nmod:poss'),
    (11, '’s', "'s", 'PART', 10, 'case'), (12, 'office', 'office', 'NOUN', 13, 'nsubj'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'vote', 'vote', 'NOUN', 21, 'nsubj'),
    (16, 'was', 'be', 'AUX', 21, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, '‘', "'", 'PUNCT', 21, 'punct'), (18, 'a', 'a', 'DET', 21, 'det'),
    (19, 'clear', 'clear', 'ADJ', 21, 'amod'), (20, 'endorsement', 'endorsement', 'NOUN', 21, 'compound'),
    (21, '’', "'s", 'NOUN', 13, 'ccomp'), (22, 'of', 'of', 'ADP', 26, 'case'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'government', 'government', 'NOUN', 26, 'nmod:poss'),
    (25, '’s', "'s", 'PART', 24, 'case'), (26, 'programme', 'programme', 'NOUN', 21, 'nmod'),
    (27, '.', '.', 'PUNCT', 13, 'punct'),
])

CARRAGHER_SAID_MORE_NEEDED = ('Its head of policy, Fiona Carragher, said more needed to be done to make exercise accessible to older people.', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss'), (2, 'head', 'head', 'NOUN', 9, 'nsubj'),
    (3, 'of', 'of', 'ADP', 4, 'case'), (4, 'policy', 'policy', 'NOUN', 2, 'nmod'),
    (5, ',', ',', 'PUNCT', 2, 'punct'), (6, 'Fiona', 'fiona', 'PROPN', 7, 'compound'),
    (7, 'Carragher', 'carragher', 'PROPN', 2, 'appos'), (8, ',', ',', 'PUNCT', 2, 'punct'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'more', 'more', 'ADV', 11, 'advmod'),
    (11, 'needed', 'need', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'to', 'to', 'PART', 14, 'mark'), (13, 'be', 'be', 'AUX', 14, 'aux:pass', 'VerbForm=Inf'),
    (14, 'done', 'do', 'VERB', 11, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (15, 'to', 'to', 'PART', 16, 'mark'), (16, 'make', 'make', 'VERB', 14, 'advcl', 'VerbForm=Inf'),
    (17, 'exercise', 'exercise', 'NOUN', 16, 'obj'), (18, 'accessible', 'accessible', 'ADJ', 16, 'xcomp'),
    (19, 'to', 'to', 'ADP', 21, 'case'), (20, 'older', 'old', 'ADJ', 21, 'amod'),
    (21, 'people', 'people', 'NOUN', 16, 'obl'), (22, '.', '.', 'PUNCT', 9, 'punct'),
])

SHE_SAID_LITTLE_HAD_CHANGED = ('She said little had changed since the report.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'little', 'little', 'ADV', 5, 'advmod'),
    (4, 'had', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'changed', 'change', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (6, 'since', 'since', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'report', 'report', 'NOUN', 5, 'obl'), (9, '.', '.', 'PUNCT', 2, 'punct'),
])

IMMIGRATION_ADVOCATES_MEANWHILE_SAID = ('Immigration advocates, meanwhile, said the deal had never gone far enough.', [
    (1, 'Immigration', 'immigration', 'NOUN', 2, 'nsubj'),
    (2, 'advocates', 'advocate', 'VERB', 6, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, 'meanwhile', 'meanwhile', 'ADJ', 2, 'conj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'deal', 'deal', 'NOUN', 11, 'nsubj'),
    (9, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'never', 'never', 'ADV', 11, 'advmod'),
    (11, 'gone', 'go', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (12, 'far', 'far', 'ADV', 11, 'advmod'), (13, 'enough', 'enough', 'ADV', 11, 'advmod'),
    (14, '.', '.', 'PUNCT', 6, 'punct'),
])

HE_TOLD_THE_BOARD_TO_RESIGN = ('He told the board to resign.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'board', 'board', 'NOUN', 2, 'iobj'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'resign', 'resign', 'VERB', 4, 'acl', 'VerbForm=Inf'),
    (7, '.', '.', 'PUNCT', 2, 'punct'),
])

MESSAGE_FROM_WHICH_SAID = ('That was the message from the National Pharmacists’ Association, which said its members had pulled ClearSpring from shelves over the weekend.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'message', 'message', 'NOUN', 0, 'root'),
    (5, 'from', 'from', 'ADP', 10, 'case'), (6, 'the', 'the', 'DET', 10, 'det'),
    (7, 'National', 'national', 'ADJ', 8, 'amod'), (8, 'Pharmacists', 'pharmacist', 'PROPN', 10, 'nmod:poss'),
    (9, '’', "'s", 'PART', 8, 'case'), (10, 'Association', 'association', 'NOUN', 4, 'nmod'),
    (11, ',', ',', 'PUNCT', 13, 'punct'), (12, 'which', 'which', 'PRON', 13, 'nsubj'),
    (13, 'said', 'say', 'VERB', 10, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'its', 'its', 'PRON', 15, 'nmod:poss'), (15, 'members', 'member', 'NOUN', 17, 'nsubj'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'pulled', 'pull', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (18, 'ClearSpring', 'clearspr', 'VERB', 17, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (19, 'from', 'from', 'ADP', 20, 'case'), (20, 'shelves', 'shelf', 'NOUN', 18, 'obl'),
    (21, 'over', 'over', 'ADP', 23, 'case'), (22, 'the', 'the', 'DET', 23, 'det'),
    (23, 'weekend', 'weekend', 'NOUN', 18, 'obl'), (24, '.', '.', 'PUNCT', 4, 'punct'),
])

ZELINSKI_LAST_THING_TOLD_US = ('‘The last thing he told us on Saturday was, “Keep your heads up, lads,” and then he was gone,’ said Zelinski, 31.', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'The', 'the', 'DET', 4, 'det'),
    (3, 'last', 'last', 'ADJ', 4, 'amod'), (4, 'thing', 'thing', 'NOUN', 28, 'ccomp'),
    (5, 'he', 'he', 'PRON', 6, 'nsubj'),
    (6, 'told', 'tell', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'us', 'we', 'PRON', 6, 'iobj'), (8, 'on', 'on', 'ADP', 9, 'case'),
    (9, 'Saturday', 'saturday', 'PROPN', 6, 'obl'),
    (10, 'was', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, ',', ',', 'PUNCT', 6, 'punct'), (12, '“', '"', 'PUNCT', 13, 'punct'),
    (13, 'Keep', 'keep', 'VERB', 28, 'ccomp', 'Mood=Imp|VerbForm=Fin'),
    (14, 'your', 'your', 'PRON', 15, 'nmod:poss'), (15, 'heads', 'head', 'NOUN', 13, 'obj'),
    (16, 'up', 'up', 'ADP', 13, 'compound:prt'), (17, ',', ',', 'PUNCT', 18, 'punct'),
    (18, 'lads', 'lad', 'NOUN', 15, 'conj'), (19, ',', ',', 'PUNCT', 25, 'punct'),
    (20, '”', '"', 'PUNCT', 18, 'punct'), (21, 'and', 'and', 'CCONJ', 25, 'cc'),
    (22, 'then', 'then', 'ADV', 25, 'advmod'), (23, 'he', 'he', 'PRON', 25, 'nsubj'),
    (24, 'was', 'be', 'AUX', 25, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'gone', 'go', 'VERB', 28, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (26, ',', ',', 'PUNCT', 25, 'punct'), (27, '’', "'", 'PUNCT', 25, 'punct'),
    (28, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (29, 'Zelinski', 'zelinski', 'PROPN', 28, 'nsubj'), (30, ',', ',', 'PUNCT', 31, 'punct'),
    (31, '31', '31', 'NUM', 29, 'appos'), (32, '.', '.', 'PUNCT', 28, 'punct'),
])

ELLING_SOMEONE_REPLIED = ('“When I sent them the sample, someone on their security team replied, ‘Thanks, we’re looking into it,’ and then I heard nothing for nine days,” Elling said.', [
    (1, '“', '"', 'PUNCT', 14, 'punct'), (2, 'When', 'when', 'ADV', 4, 'advmod'),
    (3, 'I', 'i', 'PRON', 4, 'nsubj'),
    (4, 'sent', 'send', 'VERB', 37, 'advcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (5, 'them', 'they', 'PRON', 4, 'iobj'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'sample', 'sample', 'NOUN', 4, 'obj'), (8, ',', ',', 'PUNCT', 4, 'punct'),
    (9, 'someone', 'someone', 'PRON', 14, 'nsubj'), (10, 'on', 'on', 'ADP', 13, 'case'),
    (11, 'their', 'their', 'PRON', 13, 'nmod:poss'), (12, 'security', 'security', 'NOUN', 13, 'compound'),
    (13, 'team', 'team', 'NOUN', 9, 'nmod'),
    (14, 'replied', 'reply', 'VERB', 4, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, ',', ',', 'PUNCT', 17, 'punct'), (16, '‘', "'", 'PUNCT', 17, 'punct'),
    (17, 'Thanks', 'thanks', 'NOUN', 14, 'parataxis'), (18, ',', ',', 'PUNCT', 4, 'punct'),
    (19, 'we', 'we', 'PRON', 21, 'nsubj'),
    (20, '’re', 'be', 'AUX', 21, 'aux', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (21, 'looking', 'look', 'VERB', 14, 'parataxis', 'Tense=Pres|VerbForm=Part'),
    (22, 'into', 'into', 'ADP', 23, 'case'), (23, 'it', 'it', 'PRON', 21, 'obl'),
    (24, ',', ',', 'PUNCT', 29, 'punct'), (25, '’', "'", 'PUNCT', 29, 'punct'),
    (26, 'and', 'and', 'CCONJ', 29, 'cc'), (27, 'then', 'then', 'ADV', 29, 'advmod'),
    (28, 'I', 'i', 'PRON', 29, 'nsubj'),
    (29, 'heard', 'hear', 'VERB', 37, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (30, 'nothing', 'nothing', 'PRON', 29, 'obj'), (31, 'for', 'for', 'ADP', 33, 'case'),
    (32, 'nine', 'nine', 'NUM', 33, 'nummod'), (33, 'days', 'day', 'NOUN', 30, 'nmod'),
    (34, ',', ',', 'PUNCT', 29, 'punct'), (35, '”', '"', 'PUNCT', 37, 'punct'),
    (36, 'Elling', 'elling', 'PROPN', 37, 'nsubj'),
    (37, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (38, '.', '.', 'PUNCT', 37, 'punct'),
])

QUOTE_PACKED_MY_BAG = ("“I'd packed my bag, I'd booked a taxi, and then a text message came at eight o'clock at night.”", [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, "'d", 'would', 'AUX', 4, 'aux', 'Tense=Past|VerbForm=Fin'),
    (4, 'packed', 'pack', 'VERB', 10, 'advcl', 'Tense=Past|VerbForm=Part'),
    (5, 'my', 'my', 'PRON', 6, 'nmod:poss'), (6, 'bag', 'bag', 'NOUN', 4, 'obj'),
    (7, ',', ',', 'PUNCT', 4, 'punct'), (8, 'I', 'i', 'PRON', 10, 'nsubj'),
    (9, "'d", 'would', 'AUX', 10, 'aux', 'Number=Sing|Tense=Past|VerbForm=Fin'),
    (10, 'booked', 'book', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'), (11, 'a', 'a', 'DET', 12, 'det'),
    (12, 'taxi', 'taxi', 'NOUN', 10, 'obj'), (13, ',', ',', 'PUNCT', 19, 'punct'),
    (14, 'and', 'and', 'CCONJ', 19, 'cc'), (15, 'then', 'then', 'ADV', 19, 'advmod'),
    (16, 'a', 'a', 'DET', 18, 'det'), (17, 'text', 'text', 'NOUN', 18, 'compound'),
    (18, 'message', 'message', 'NOUN', 19, 'nsubj'),
    (19, 'came', 'come', 'VERB', 10, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'at', 'at', 'ADP', 23, 'case'), (21, 'eight', 'eight', 'NOUN', 23, 'compound'),
    (22, "o'", "o'", 'NOUN', 23, 'compound'), (23, 'clock', 'clock', 'NOUN', 19, 'obl'),
    (24, 'at', 'at', 'ADP', 25, 'case'), (25, 'night', 'night', 'NOUN', 23, 'nmod'),
    (26, '.', '.', 'PUNCT', 10, 'punct'), (27, '”', '"', 'PUNCT', 10, 'punct'),
])

SO_SAYS_DELGADO_WHOSE = ('So says Rosa Delgado, 67, whose hip replacement at Carrow General was cancelled on Tuesday evening for the second time.', [
    (1, 'So', 'so', 'ADV', 2, 'advmod'),
    (2, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'Rosa', 'rosa', 'PROPN', 2, 'nsubj'), (4, 'Delgado', 'delgado', 'PROPN', 3, 'flat'),
    (5, ',', ',', 'PUNCT', 6, 'punct'), (6, '67', '67', 'NUM', 4, 'appos'),
    (7, ',', ',', 'PUNCT', 10, 'punct'), (8, 'whose', 'whose', 'DET', 10, 'det'),
    (9, 'hip', 'hip', 'NOUN', 10, 'compound'), (10, 'replacement', 'replacement', 'NOUN', 15, 'nsubj:pass'),
    (11, 'at', 'at', 'ADP', 13, 'case'), (12, 'Carrow', 'carrow', 'PROPN', 13, 'compound'),
    (13, 'General', 'general', 'PROPN', 10, 'nmod'),
    (14, 'was', 'be', 'AUX', 15, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'cancelled', 'cancel', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'on', 'on', 'ADP', 17, 'case'), (17, 'Tuesday', 'tuesday', 'PROPN', 15, 'obl'),
    (18, 'evening', 'evening', 'VERB', 15, 'advcl', 'VerbForm=Part'), (19, 'for', 'for', 'ADP', 22, 'case'),
    (20, 'the', 'the', 'DET', 22, 'det'), (21, 'second', 'second', 'ADJ', 22, 'amod'),
    (22, 'time', 'time', 'NOUN', 18, 'obl'), (23, '.', '.', 'PUNCT', 2, 'punct'),
])

SO_SAID_PROKOP = ('So said Walt Prokop, 81, a retired forest ranger, as he waited for a cot.', [
    (1, 'So', 'so', 'ADV', 2, 'advmod'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'Walt', 'walt', 'PROPN', 2, 'obj'), (4, 'Prokop', 'prokop', 'PROPN', 2, 'obj'),
    (5, ',', ',', 'PUNCT', 6, 'punct'), (6, '81', '81', 'NUM', 4, 'appos'),
    (7, ',', ',', 'PUNCT', 11, 'punct'), (8, 'a', 'a', 'DET', 11, 'det'),
    (9, 'retired', 'retire', 'VERB', 11, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'forest', 'forest', 'ADJ', 11, 'amod'), (11, 'ranger', 'ranger', 'NOUN', 2, 'ccomp'),
    (12, ',', ',', 'PUNCT', 15, 'punct'), (13, 'as', 'as', 'SCONJ', 15, 'mark'),
    (14, 'he', 'he', 'PRON', 15, 'nsubj'),
    (15, 'waited', 'wait', 'VERB', 2, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'for', 'for', 'ADP', 18, 'case'), (17, 'a', 'a', 'DET', 18, 'det'),
    (18, 'cot', 'cot', 'NOUN', 15, 'obl'), (19, '.', '.', 'PUNCT', 2, 'punct'),
])

HEADLINE_SAYS_UNION = ('"We had no choice," says union as nurses strike at Carrow General', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'We', 'we', 'PRON', 3, 'nsubj'),
    (3, 'had', 'have', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'no', 'no', 'DET', 5, 'det'), (5, 'choice', 'choice', 'NOUN', 3, 'obj'),
    (6, ',', ',', 'PUNCT', 3, 'punct'), (7, '"', '"', 'PUNCT', 3, 'punct'),
    (8, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'union', 'union', 'NOUN', 8, 'nsubj'), (10, 'as', 'as', 'ADP', 11, 'case'),
    (11, 'nurses', 'nurse', 'NOUN', 12, 'nsubj'),
    (12, 'strike', 'strike', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'at', 'at', 'ADP', 15, 'case'), (14, 'Carrow', 'carrow', 'PROPN', 15, 'compound'),
    (15, 'General', 'general', 'PROPN', 12, 'obl'),
])

HEADLINE_RESULTS_CHAIRMAN = ('‘Results are results’: Harcastle chairman defends Pellow sacking', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'Results', 'result', 'NOUN', 4, 'nsubj'),
    (3, 'are', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'results', 'result', 'NOUN', 0, 'root'), (5, '’', "'", 'PUNCT', 4, 'punct'),
    (6, ':', ':', 'PUNCT', 9, 'punct'), (7, 'Harcastle', 'harcastle', 'ADJ', 9, 'amod'),
    (8, 'chairman', 'chairman', 'NOUN', 9, 'compound'), (9, 'defends', 'defend', 'NOUN', 4, 'appos'),
    (10, 'Pellow', 'pellow', 'PROPN', 11, 'compound'), (11, 'sacking', 'sacking', 'NOUN', 9, 'appos'),
])

CHAIRMAN_ASHCOMBE_SAID = ('Chairman Roland Ashcombe said the board had reached its decision after meeting late on Saturday night.', [
    (1, 'Chairman', 'chairman', 'PROPN', 4, 'nsubj'), (2, 'Roland', 'roland', 'PROPN', 1, 'flat'),
    (3, 'Ashcombe', 'ashcombe', 'PROPN', 2, 'flat'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'board', 'board', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'reached', 'reach', 'VERB', 4, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (9, 'its', 'its', 'PRON', 10, 'nmod:poss'), (10, 'decision', 'decision', 'NOUN', 8, 'obj'),
    (11, 'after', 'after', 'SCONJ', 13, 'mark'), (12, 'meeting', 'meeting', 'NOUN', 8, 'obl'),
    (13, 'late', 'late', 'ADJ', 12, 'amod'), (14, 'on', 'on', 'ADP', 16, 'case'),
    (15, 'Saturday', 'saturday', 'PROPN', 16, 'compound'), (16, 'night', 'night', 'NOUN', 13, 'obl'),
    (17, '.', '.', 'PUNCT', 4, 'punct'),
])

HEADLINE_TITLE_COLON = ('‘Game of Thrones’: network confirms prequel series', [
    (1, '‘', "'", 'PUNCT', 2, 'punct'), (2, 'Game', 'game', 'NOUN', 5, 'nsubj'),
    (3, 'of', 'of', 'ADP', 4, 'case'), (4, 'Thrones', 'thrones', 'PROPN', 2, 'nmod'),
    (5, '’', "'s", 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, ':', ':', 'PUNCT', 9, 'punct'), (7, 'network', 'network', 'ADJ', 8, 'amod'),
    (8, 'confirms', 'confirm', 'NOUN', 9, 'nsubj'),
    (9, 'prequel', 'prequel', 'VERB', 5, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'series', 'series', 'NOUN', 9, 'obj'),
])

QUOTE_FORGOT_PLACES = ('‘He forgot about places like this.’', [
    (1, '‘', "'", 'PUNCT', 3, 'punct'), (2, 'He', 'he', 'PRON', 3, 'nsubj'),
    (3, 'forgot', 'forget', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'about', 'about', 'ADP', 5, 'case'), (5, 'places', 'place', 'NOUN', 3, 'obl'),
    (6, 'like', 'like', 'ADP', 7, 'case'), (7, 'this', 'this', 'PRON', 3, 'obl'),
    (8, '.', '.', 'PUNCT', 3, 'punct'), (9, '’', "'", 'PUNCT', 3, 'punct'),
])

PERELI_VERDICT_WHO_SAID = ('That was the verdict of Jonas Pereli, 52, a trawler skipper who said he had voted for Deleric twice before switching this year.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'verdict', 'verdict', 'NOUN', 0, 'root'),
    (5, 'of', 'of', 'ADP', 6, 'case'), (6, 'Jonas', 'jonas', 'PROPN', 4, 'nmod'),
    (7, 'Pereli', 'pereli', 'PROPN', 6, 'flat'), (8, ',', ',', 'PUNCT', 9, 'punct'),
    (9, '52', '52', 'NUM', 7, 'appos'), (10, ',', ',', 'PUNCT', 13, 'punct'),
    (11, 'a', 'a', 'DET', 13, 'det'), (12, 'trawler', 'trawler', 'NOUN', 13, 'compound'),
    (13, 'skipper', 'skipper', 'NOUN', 4, 'appos'), (14, 'who', 'who', 'PRON', 15, 'nsubj'),
    (15, 'said', 'say', 'VERB', 13, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'he', 'he', 'PRON', 18, 'nsubj'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'voted', 'vote', 'VERB', 15, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (19, 'for', 'for', 'ADP', 20, 'case'), (20, 'Deleric', 'deleric', 'PROPN', 18, 'obl'),
    (21, 'twice', 'twice', 'ADV', 23, 'advmod'), (22, 'before', 'before', 'SCONJ', 23, 'mark'),
    (23, 'switching', 'switch', 'VERB', 18, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (24, 'this', 'this', 'DET', 25, 'det'), (25, 'year', 'year', 'NOUN', 23, 'obj'),
    (26, '.', '.', 'PUNCT', 4, 'punct'),
])

FORMER_TRUSTEE_TOLD_HER = ('She recalled that a former trustee had once told her the bronzes would leave “over my dead body.”', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj'),
    (2, 'recalled', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'that', 'that', 'SCONJ', 9, 'mark'), (4, 'a', 'a', 'DET', 6, 'det'),
    (5, 'former', 'former', 'ADJ', 6, 'amod'), (6, 'trustee', 'trustee', 'NOUN', 9, 'nsubj'),
    (7, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'once', 'once', 'ADV', 9, 'advmod'),
    (9, 'told', 'tell', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (10, 'her', 'she', 'PRON', 9, 'iobj'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'bronzes', 'bronze', 'NOUN', 14, 'nsubj'), (13, 'would', 'would', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'leave', 'leave', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (15, '“', '"', 'PUNCT', 14, 'punct'),
    (16, 'over', 'over', 'ADP', 19, 'case'), (17, 'my', 'my', 'PRON', 19, 'nmod:poss'),
    (18, 'dead', 'dead', 'ADJ', 19, 'amod'), (19, 'body', 'body', 'NOUN', 14, 'obl'),
    (20, '.', '.', 'PUNCT', 2, 'punct'), (21, '”', '"', 'PUNCT', 2, 'punct'),
])

SHE_SAID_PROMISE = ('‘I will promise you only this: clean hospitals and honest courts,’ she said.', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, 'will', 'will', 'AUX', 4, 'aux', 'VerbForm=Fin'),
    (4, 'promise', 'promise', 'VERB', 17, 'ccomp', 'VerbForm=Inf'), (5, 'you', 'you', 'PRON', 4, 'iobj'),
    (6, 'only', 'only', 'ADV', 7, 'advmod'), (7, 'this', 'this', 'PRON', 4, 'obj'),
    (8, ':', ':', 'PUNCT', 10, 'punct'), (9, 'clean', 'clean', 'ADJ', 10, 'amod'),
    (10, 'hospitals', 'hospital', 'NOUN', 7, 'appos'), (11, 'and', 'and', 'CCONJ', 13, 'cc'),
    (12, 'honest', 'honest', 'ADJ', 13, 'amod'), (13, 'courts', 'court', 'NOUN', 10, 'conj'),
    (14, ',', ',', 'PUNCT', 4, 'punct'), (15, '’', "'", 'PUNCT', 4, 'punct'),
    (16, 'she', 'she', 'PRON', 17, 'nsubj'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '.', '.', 'PUNCT', 17, 'punct'),
])

SOVIK_WON = ('Sovik, the 44-year-old mayor of Morvena, won 56.2 per cent of the vote.', [
    (1, 'Sovik', 'sovik', 'PROPN', 13, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'the', 'the', 'DET', 9, 'det'), (4, '44', '44', 'NUM', 6, 'nummod'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'year', 'year', 'NOUN', 8, 'obl:unmarked'),
    (7, '-', '-', 'PUNCT', 6, 'punct'), (8, 'old', 'old', 'ADJ', 9, 'amod'),
    (9, 'mayor', 'mayor', 'NOUN', 1, 'appos'), (10, 'of', 'of', 'ADP', 11, 'case'),
    (11, 'Morvena', 'morvena', 'PROPN', 9, 'nmod'), (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, 'won', 'win', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Fin'), (14, '56.2', '56.2', 'NUM', 13, 'obj'),
    (15, 'per', 'per', 'ADP', 16, 'case'), (16, 'cent', 'cent', 'NOUN', 13, 'obl'),
    (17, 'of', 'of', 'ADP', 19, 'case'), (18, 'the', 'the', 'DET', 19, 'det'),
    (19, 'vote', 'vote', 'NOUN', 16, 'nmod'), (20, '.', '.', 'PUNCT', 1, 'punct'),
])

SOVIK_NICKNAMED_ADDRESSED_LIBERTY_SQUARE = ('Sovik, nicknamed ‘the Iron Mayor’ by the capital’s tabloids, addressed several thousand people in Liberty Square shortly before midnight.', [
    (1, 'Sovik', 'sovik', 'PROPN', 0, 'root'), (2, ',', ',', 'PUNCT', 3, 'punct'),
    (3, 'nicknamed', 'nickname', 'VERB', 1, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (4, '‘', "'", 'PUNCT', 7, 'punct'), (5, 'the', 'the', 'DET', 7, 'det'),
    (6, 'Iron', 'iron', 'ADJ', 7, 'amod'), (7, 'Mayor', 'mayor', 'PROPN', 1, 'appos'),
    (8, '’', "'", 'PUNCT', 7, 'punct'), (9, 'by', 'by', 'ADP', 13, 'case'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'capital', 'capital', 'NOUN', 13, 'nmod:poss'),
    (12, '’s', "'s", 'PART', 11, 'case'), (13, 'tabloids', 'tabloid', 'NOUN', 7, 'nmod'),
    (14, ',', ',', 'PUNCT', 15, 'punct'),
    (15, 'addressed', 'address', 'VERB', 13, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'several', 'several', 'ADJ', 18, 'amod'), (17, 'thousand', 'thousand', 'ADJ', 18, 'amod'),
    (18, 'people', 'people', 'NOUN', 15, 'obl'), (19, 'in', 'in', 'ADP', 21, 'case'),
    (20, 'Liberty', 'liberty', 'PROPN', 21, 'compound'), (21, 'Square', 'square', 'PROPN', 18, 'nmod'),
    (22, 'shortly', 'shortly', 'ADV', 24, 'advmod'), (23, 'before', 'before', 'ADP', 24, 'case'),
    (24, 'midnight', 'midnight', 'NOUN', 15, 'obl'), (25, '.', '.', 'PUNCT', 1, 'punct'),
])

NELL_HARROW_WROTE = ('Nell Harrow wrote songs about lorry drivers for 30 years.', [
    (1, 'Nell', 'nell', 'PROPN', 3, 'nsubj'), (2, 'Harrow', 'harrow', 'PROPN', 1, 'flat'),
    (3, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'songs', 'song', 'NOUN', 3, 'obj'), (5, 'about', 'about', 'ADP', 7, 'case'),
    (6, 'lorry', 'lorry', 'NOUN', 7, 'compound'), (7, 'drivers', 'driver', 'NOUN', 3, 'obl'),
    (8, 'for', 'for', 'ADP', 10, 'case'), (9, '30', '30', 'NUM', 10, 'nummod'),
    (10, 'years', 'year', 'NOUN', 3, 'obl'), (11, '.', '.', 'PUNCT', 3, 'punct'),
])

CARYS_REMEMBERS = ('Her daughter, Carys Harrow, a paramedic in Kelby, remembers the late-night calls from motorway services.', [
    (1, 'Her', 'her', 'PRON', 2, 'nmod:poss'), (2, 'daughter', 'daughter', 'NOUN', 12, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'Carys', 'cary', 'PROPN', 2, 'conj'),
    (5, 'Harrow', 'harrow', 'PROPN', 2, 'appos'), (6, ',', ',', 'PUNCT', 8, 'punct'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'paramedic', 'paramedic', 'NOUN', 2, 'conj'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, 'Kelby', 'kelby', 'PROPN', 8, 'nmod'),
    (11, ',', ',', 'PUNCT', 2, 'punct'),
    (12, 'remembers', 'remember', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 17, 'det'), (14, 'late', 'late', 'ADJ', 16, 'amod'),
    (15, '-', '-', 'PUNCT', 14, 'punct'), (16, 'night', 'night', 'NOUN', 17, 'compound'),
    (17, 'calls', 'call', 'NOUN', 12, 'obj'), (18, 'from', 'from', 'ADP', 20, 'case'),
    (19, 'motorway', 'motorway', 'ADJ', 20, 'amod'), (20, 'services', 'service', 'NOUN', 17, 'nmod'),
    (21, '.', '.', 'PUNCT', 12, 'punct'),
])

THEN_SHED_SAY_CARYS_SAYS = ('‘Then she’d say, “Be honest,” and sulk if you were,’ Carys says.', [
    (1, '‘', "'", 'PUNCT', 5, 'punct'), (2, 'Then', 'then', 'ADV', 5, 'advmod'),
    (3, 'she', 'she', 'PRON', 5, 'nsubj'), (4, '’d', 'have', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'say', 'say', 'VERB', 9, 'parataxis', 'VerbForm=Inf'), (6, ',', ',', 'PUNCT', 9, 'punct'),
    (7, '“', '"', 'PUNCT', 9, 'punct'), (8, 'Be', 'be', 'AUX', 9, 'cop', 'VerbForm=Inf'),
    (9, 'honest', 'honest', 'ADJ', 0, 'root'), (10, ',', ',', 'PUNCT', 13, 'punct'),
    (11, '”', '"', 'PUNCT', 13, 'punct'), (12, 'and', 'and', 'CCONJ', 13, 'cc'),
    (13, 'sulk', 'sulk', 'VERB', 9, 'conj', 'VerbForm=Inf'), (14, 'if', 'if', 'SCONJ', 16, 'mark'),
    (15, 'you', 'you', 'PRON', 16, 'nsubj'),
    (16, 'were', 'be', 'AUX', 13, 'advcl', 'Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin'),
    (17, ',', ',', 'PUNCT', 16, 'punct'), (18, '’', "'", 'PUNCT', 16, 'punct'),
    (19, 'Carys', 'cary', 'PROPN', 20, 'nsubj'),
    (20, 'says', 'say', 'VERB', 9, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, '.', '.', 'PUNCT', 9, 'punct'),
])

HALLORAN_IN_A_VIDEO_APOLOGIZED = ('In a video posted to the company’s website, Kestrel’s chief executive, Martin Halloran, apologized to patients.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'video', 'video', 'NOUN', 19, 'obl'),
    (4, 'posted', 'post', 'VERB', 19, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'to', 'to', 'ADP', 9, 'case'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'company', 'company', 'NOUN', 9, 'nmod:poss'), (8, '’s', "'s", 'PART', 7, 'case'),
    (9, 'website', 'website', 'NOUN', 4, 'obl'), (10, ',', ',', 'PUNCT', 4, 'punct'),
    (11, 'Kestrel', 'kestrel', 'PROPN', 13, 'nmod:poss'), (12, '’s', "'s", 'PART', 11, 'case'),
    (13, 'chief', 'chief', 'NOUN', 14, 'compound'), (14, 'executive', 'executive', 'ADJ', 9, 'conj'),
    (15, ',', ',', 'PUNCT', 16, 'punct'), (16, 'Martin', 'martin', 'PROPN', 14, 'appos'),
    (17, 'Halloran', 'halloran', 'PROPN', 16, 'flat'), (18, ',', ',', 'PUNCT', 16, 'punct'),
    (19, 'apologized', 'apologize', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'to', 'to', 'ADP', 21, 'case'), (21, 'patients', 'patient', 'NOUN', 19, 'obl'),
    (22, '.', '.', 'PUNCT', 19, 'punct'),
])

HE_SAID_PEOPLE_PUT = ('“People put our products in their eyes,” he said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'People', 'people', 'NOUN', 3, 'nsubj'),
    (3, 'put', 'put', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'our', 'our', 'PRON', 5, 'nmod:poss'), (5, 'products', 'product', 'NOUN', 3, 'obj'),
    (6, 'in', 'in', 'ADP', 8, 'case'), (7, 'their', 'their', 'PRON', 8, 'nmod:poss'),
    (8, 'eyes', 'eye', 'NOUN', 3, 'obl'), (9, ',', ',', 'PUNCT', 3, 'punct'),
    (10, '”', '"', 'PUNCT', 3, 'punct'), (11, 'he', 'he', 'PRON', 12, 'nsubj'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '.', '.', 'PUNCT', 12, 'punct'),
])

QUOTE_NOBODY_EXPECTED = ('“Nobody in this building expected a film about apricots to win anything.”', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'Nobody', 'nobody', 'PRON', 6, 'nsubj'),
    (3, 'in', 'in', 'ADP', 5, 'case'), (4, 'this', 'this', 'DET', 5, 'det'),
    (5, 'building', 'building', 'NOUN', 2, 'nmod'),
    (6, 'expected', 'expect', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'film', 'film', 'NOUN', 6, 'obj'),
    (9, 'about', 'about', 'ADP', 10, 'case'), (10, 'apricots', 'apricot', 'NOUN', 8, 'nmod'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'win', 'win', 'VERB', 6, 'advcl', 'VerbForm=Inf'),
    (13, 'anything', 'anything', 'PRON', 12, 'obj'), (14, '.', '.', 'PUNCT', 6, 'punct'),
    (15, '”', '"', 'PUNCT', 6, 'punct'),
])

VERDICT_OF_RAUTIO = ('That was the verdict of Selma Rautio, the festival’s artistic director, speaking at the closing party.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'verdict', 'verdict', 'NOUN', 0, 'root'),
    (5, 'of', 'of', 'ADP', 6, 'case'), (6, 'Selma', 'selma', 'PROPN', 4, 'nmod'),
    (7, 'Rautio', 'rautio', 'PROPN', 6, 'flat'), (8, ',', ',', 'PUNCT', 13, 'punct'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'festival', 'festival', 'NOUN', 13, 'nmod:poss'),
    (11, '’s', "'s", 'PART', 10, 'case'), (12, 'artistic', 'artistic', 'ADJ', 13, 'amod'),
    (13, 'director', 'director', 'NOUN', 4, 'conj'), (14, ',', ',', 'PUNCT', 15, 'punct'),
    (15, 'speaking', 'speak', 'VERB', 13, 'acl', 'Tense=Pres|VerbForm=Part'),
    (16, 'at', 'at', 'ADP', 19, 'case'), (17, 'the', 'the', 'DET', 19, 'det'),
    (18, 'closing', 'closing', 'NOUN', 19, 'compound'), (19, 'party', 'party', 'NOUN', 15, 'obl'),
    (20, '.', '.', 'PUNCT', 4, 'punct'),
])

JURY_PRESIDENT_BREKKE = ('The jury president, the veteran cinematographer and former festival director Halvard Brekke, told reporters the decision had been unanimous.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'jury', 'jury', 'ADJ', 3, 'amod'),
    (3, 'president', 'president', 'NOUN', 15, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'veteran', 'veteran', 'ADJ', 7, 'amod'),
    (7, 'cinematographer', 'cinematographer', 'NOUN', 3, 'appos'), (8, 'and', 'and', 'CCONJ', 11, 'cc'),
    (9, 'former', 'former', 'ADJ', 11, 'amod'), (10, 'festival', 'festival', 'ADJ', 11, 'amod'),
    (11, 'director', 'director', 'NOUN', 7, 'conj'), (12, 'Halvard', 'halvard', 'PROPN', 13, 'compound'),
    (13, 'Brekke', 'brekke', 'PROPN', 7, 'conj'), (14, ',', ',', 'PUNCT', 3, 'punct'),
    (15, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'reporters', 'reporter', 'NOUN', 15, 'iobj'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'decision', 'decision', 'NOUN', 21, 'nsubj'),
    (19, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'been', 'be', 'AUX', 21, 'cop', 'Tense=Past|VerbForm=Part'),
    (21, 'unanimous', 'unanimous', 'ADJ', 15, 'ccomp'), (22, '.', '.', 'PUNCT', 15, 'punct'),
])

ACCORDING_TO_MADSEN_OF = ('The vessel is about 11 metres long, according to Dr Elinor Madsen of Brackwell University, the dig’s director.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'vessel', 'vessel', 'NOUN', 6, 'nsubj'),
    (3, 'is', 'be', 'AUX', 7, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'about', 'about', 'ADV', 5, 'advmod'), (5, '11', '11', 'NUM', 6, 'nummod'),
    (6, 'metres', 'metre', 'NOUN', 0, 'root'), (7, 'long', 'long', 'ADV', 6, 'advmod'),
    (8, ',', ',', 'PUNCT', 13, 'punct'),
    (9, 'according', 'accord', 'VERB', 13, 'case', 'Tense=Pres|VerbForm=Part'),
    (10, 'to', 'to', 'ADP', 13, 'case'), (11, 'Dr', 'dr', 'PROPN', 13, 'compound'),
    (12, 'Elinor', 'elinor', 'PROPN', 13, 'compound'), (13, 'Madsen', 'madsen', 'PROPN', 6, 'nmod'),
    (14, 'of', 'of', 'ADP', 16, 'case'), (15, 'Brackwell', 'brackwell', 'PROPN', 16, 'compound'),
    (16, 'University', 'university', 'PROPN', 13, 'nmod'), (17, ',', ',', 'PUNCT', 21, 'punct'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'dig', 'dig', 'NOUN', 21, 'nmod:poss'),
    (20, '’s', "'s", 'PART', 19, 'case'), (21, 'director', 'director', 'NOUN', 16, 'appos'),
    (22, '.', '.', 'PUNCT', 6, 'punct'),
])

OSGOOD_THROUGH_A_SPOKESPERSON_THAT_DIRECTORS = ('Board Chair Leland Osgood said through a spokesperson that directors "fully support" Halvorsen and her plan.', [
    (1, 'Board', 'board', 'PROPN', 5, 'nsubj'), (2, 'Chair', 'chair', 'PROPN', 1, 'flat'),
    (3, 'Leland', 'leland', 'PROPN', 2, 'flat'), (4, 'Osgood', 'osgood', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'through', 'through', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'spokesperson', 'spokesperson', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'PRON', 10, 'nsubj'),
    (10, 'directors', 'director', 'VERB', 8, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (11, '"', '"', 'PUNCT', 13, 'punct'), (12, 'fully', 'fully', 'ADV', 13, 'advmod'),
    (13, 'support', 'support', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (14, '"', '"', 'PUNCT', 13, 'punct'), (15, 'Halvorsen', 'halvorsen', 'PROPN', 13, 'obj'),
    (16, 'and', 'and', 'CCONJ', 18, 'cc'), (17, 'her', 'she', 'PRON', 18, 'nmod:poss'),
    (18, 'plan', 'plan', 'NOUN', 15, 'conj'), (19, '.', '.', 'PUNCT', 5, 'punct'),
])

HOUSING_MINISTER_TREHARNE_TOLD = ('Opening the debate, Housing Minister Alison Treharne told MPs the reform would give tenants ‘the security they have been promised for a decade’.', [
    (1, 'Opening', 'open', 'VERB', 9, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'the', 'the', 'DET', 3, 'det'), (3, 'debate', 'debate', 'NOUN', 1, 'obj'),
    (4, ',', ',', 'PUNCT', 1, 'punct'), (5, 'Housing', 'house', 'VERB', 3, 'acl', 'Tense=Pres|VerbForm=Part'),
    (6, 'Minister', 'minister', 'PROPN', 5, 'obj'), (7, 'Alison', 'alison', 'PROPN', 6, 'flat'),
    (8, 'Treharne', 'treharne', 'PROPN', 7, 'flat'),
    (9, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'MPs', 'mps', 'PROPN', 9, 'iobj'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'reform', 'reform', 'NOUN', 14, 'nsubj'), (13, 'would', 'would', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'give', 'give', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (15, 'tenants', 'tenant', 'NOUN', 14, 'obj'),
    (16, '‘', "'", 'PUNCT', 18, 'punct'), (17, 'the', 'the', 'DET', 18, 'det'),
    (18, 'security', 'security', 'NOUN', 14, 'obj'), (19, 'they', 'they', 'PRON', 22, 'nsubj:pass'),
    (20, 'have', 'have', 'AUX', 22, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, 'been', 'be', 'AUX', 22, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (22, 'promised', 'promise', 'VERB', 18, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (23, 'for', 'for', 'ADP', 25, 'case'), (24, 'a', 'a', 'DET', 25, 'det'),
    (25, 'decade', 'decade', 'NOUN', 22, 'obl'), (26, '’', "'", 'PUNCT', 9, 'punct'),
    (27, '.', '.', 'PUNCT', 9, 'punct'),
])

RESIDENTS_ASKED_WHETHER_LEVEE_BUILT = ('At a packed meeting in the high school gym Sunday evening, several residents asked whether the Front Street levee, built in 1962, had ever been inspected.', [
    (1, 'At', 'at', 'ADP', 4, 'case'), (2, 'a', 'a', 'DET', 4, 'det'),
    (3, 'packed', 'pack', 'VERB', 4, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (4, 'meeting', 'meeting', 'NOUN', 29, 'obl'), (5, 'in', 'in', 'ADP', 11, 'case'),
    (6, 'the', 'the', 'DET', 11, 'det'), (7, 'high', 'high', 'ADJ', 11, 'amod'),
    (8, 'school', 'school', 'NOUN', 11, 'compound'), (9, 'gym', 'gym', 'NOUN', 11, 'compound'),
    (10, 'Sunday', 'sunday', 'PROPN', 11, 'compound'), (11, 'evening', 'evening', 'NOUN', 4, 'nmod'),
    (12, ',', ',', 'PUNCT', 4, 'punct'), (13, 'several', 'several', 'ADJ', 14, 'amod'),
    (14, 'residents', 'resident', 'NOUN', 15, 'nsubj'),
    (15, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'whether', 'whether', 'SCONJ', 29, 'mark'), (17, 'the', 'the', 'DET', 20, 'det'),
    (18, 'Front', 'front', 'ADJ', 20, 'amod'), (19, 'Street', 'street', 'PROPN', 20, 'compound'),
    (20, 'levee', 'levee', 'NOUN', 22, 'nsubj:pass'), (21, ',', ',', 'PUNCT', 22, 'punct'),
    (22, 'built', 'build', 'VERB', 15, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (23, 'in', 'in', 'ADP', 24, 'case'), (24, '1962', '1962', 'NUM', 22, 'obl'),
    (25, ',', ',', 'PUNCT', 29, 'punct'),
    (26, 'had', 'have', 'AUX', 29, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'ever', 'ever', 'ADV', 29, 'advmod'),
    (28, 'been', 'be', 'AUX', 29, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (29, 'inspected', 'inspect', 'VERB', 15, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (30, '.', '.', 'PUNCT', 15, 'punct'),
])

MY_COACH_JUST_SAID = ('"At the changeover my coach just said, \'Stand back and make her hit one more ball.\'', [
    (1, '"', '"', 'PUNCT', 11, 'punct'), (2, 'At', 'at', 'ADP', 4, 'case'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'changeover', 'changeover', 'NOUN', 11, 'obl'),
    (5, 'my', 'my', 'PRON', 6, 'nmod:poss'), (6, 'coach', 'coach', 'NOUN', 4, 'nmod'),
    (7, 'just', 'just', 'ADV', 8, 'advmod'),
    (8, 'said', 'say', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, ',', ',', 'PUNCT', 4, 'punct'), (10, "'", "'", 'PUNCT', 11, 'punct'),
    (11, 'Stand', 'stand', 'VERB', 0, 'root', 'VerbForm=Fin'), (12, 'back', 'back', 'ADV', 11, 'advmod'),
    (13, 'and', 'and', 'CCONJ', 14, 'cc'), (14, 'make', 'make', 'VERB', 11, 'conj', 'Mood=Imp|VerbForm=Fin'),
    (15, 'her', 'she', 'PRON', 14, 'iobj'), (16, 'hit', 'hit', 'NOUN', 14, 'obj'),
    (17, 'one', 'one', 'NUM', 19, 'nummod'), (18, 'more', 'more', 'ADJ', 19, 'amod'),
    (19, 'ball', 'ball', 'NOUN', 14, 'obj'), (20, '.', '.', 'PUNCT', 11, 'punct'),
    (21, "'", "'", 'PUNCT', 11, 'punct'),
])

SO_THATS_WHAT_I_DID = ('So that\'s what I did," Marchetti said.', [
    (1, 'So', 'so', 'ADV', 4, 'advmod'), (2, 'that', 'that', 'PRON', 4, 'nsubj'),
    (3, "'s", 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'what', 'what', 'PRON', 10, 'ccomp'), (5, 'I', 'i', 'PRON', 6, 'nsubj'),
    (6, 'did', 'do', 'AUX', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (7, ',', ',', 'PUNCT', 4, 'punct'), (8, '"', '"', 'PUNCT', 4, 'punct'),
    (9, 'Marchetti', 'marchetti', 'PROPN', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, '.', '.', 'PUNCT', 10, 'punct'),
])

CASTELLANOS_BAIRD_CAUTIONED = ('Castellanos-Baird, 58, cautioned that pulling books before the committee finished its review would break the district’s own policy.', [
    (1, 'Castellanos', 'castellanos', 'PROPN', 7, 'nsubj'), (2, '-', '-', 'PUNCT', 3, 'punct'),
    (3, 'Baird', 'baird', 'PROPN', 1, 'conj'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, '58', '58', 'NUM', 3, 'appos'), (6, ',', ',', 'PUNCT', 5, 'punct'),
    (7, 'cautioned', 'caution', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'that', 'that', 'SCONJ', 18, 'mark'), (9, 'pulling', 'pull', 'VERB', 10, 'amod', 'VerbForm=Ger'),
    (10, 'books', 'book', 'NOUN', 18, 'obj'), (11, 'before', 'before', 'SCONJ', 14, 'mark'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'committee', 'committee', 'NOUN', 14, 'nsubj'),
    (14, 'finished', 'finish', 'VERB', 7, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'its', 'its', 'PRON', 16, 'nmod:poss'), (16, 'review', 'review', 'NOUN', 14, 'obj'),
    (17, 'would', 'would', 'AUX', 18, 'aux', 'VerbForm=Fin'),
    (18, 'break', 'break', 'VERB', 7, 'ccomp', 'VerbForm=Inf'), (19, 'the', 'the', 'DET', 20, 'det'),
    (20, 'district', 'district', 'NOUN', 23, 'nmod:poss'), (21, '’s', "'s", 'PART', 20, 'case'),
    (22, 'own', 'own', 'ADJ', 23, 'amod'), (23, 'policy', 'policy', 'NOUN', 18, 'obj'),
    (24, '.', '.', 'PUNCT', 7, 'punct'),
])

FERREIRA_AT_INSTITUTE_WHO_SAID = ('Dr. Nadia Ferreira, an ophthalmologist at the Brennan Eye Institute who said she had treated three patients with infections linked to the drops, cautioned that the true number of cases was probably far higher.', [
    (1, 'Dr.', 'dr.', 'PROPN', 3, 'nmod:desc'), (2, 'Nadia', 'nadia', 'PROPN', 26, 'nsubj'),
    (3, 'Ferreira', 'ferreira', 'PROPN', 2, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'an', 'a', 'DET', 6, 'det'), (6, 'ophthalmologist', 'ophthalmologist', 'NOUN', 2, 'appos'),
    (7, 'at', 'at', 'ADP', 11, 'case'), (8, 'the', 'the', 'DET', 11, 'det'),
    (9, 'Brennan', 'brennan', 'PROPN', 11, 'compound'), (10, 'Eye', 'eye', 'PROPN', 11, 'compound'),
    (11, 'Institute', 'institute', 'NOUN', 6, 'nmod'), (12, 'who', 'who', 'PRON', 13, 'nsubj'),
    (13, 'said', 'say', 'VERB', 11, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'she', 'she', 'PRON', 16, 'nsubj'),
    (15, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'treated', 'treat', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (17, 'three', 'three', 'NUM', 18, 'nummod'), (18, 'patients', 'patient', 'NOUN', 16, 'obj'),
    (19, 'with', 'with', 'ADP', 20, 'case'), (20, 'infections', 'infection', 'NOUN', 18, 'nmod'),
    (21, 'linked', 'link', 'VERB', 20, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'to', 'to', 'ADP', 24, 'case'), (23, 'the', 'the', 'DET', 24, 'det'),
    (24, 'drops', 'drop', 'NOUN', 21, 'obl'), (25, ',', ',', 'PUNCT', 26, 'punct'),
    (26, 'cautioned', 'caution', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'that', 'that', 'SCONJ', 36, 'mark'), (28, 'the', 'the', 'DET', 30, 'det'),
    (29, 'true', 'true', 'ADJ', 30, 'amod'), (30, 'number', 'number', 'NOUN', 36, 'nsubj'),
    (31, 'of', 'of', 'ADP', 32, 'case'), (32, 'cases', 'case', 'NOUN', 30, 'nmod'),
    (33, 'was', 'be', 'AUX', 36, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (34, 'probably', 'probably', 'ADV', 36, 'advmod'), (35, 'far', 'far', 'ADV', 36, 'advmod'),
    (36, 'higher', 'high', 'ADJ', 26, 'ccomp'), (37, '.', '.', 'PUNCT', 26, 'punct'),
])

HALLORAN_RUNS_KESTREL = ('Mr. Halloran runs Kestrel.', [
    (1, 'Mr.', 'mr.', 'PROPN', 2, 'nmod:desc'), (2, 'Halloran', 'halloran', 'PROPN', 3, 'nsubj'),
    (3, 'runs', 'run', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'Kestrel', 'kestrel', 'PROPN', 3, 'obj'), (5, '.', '.', 'PUNCT', 3, 'punct'),
])

TRANSCRIPT_HE_TOLD_INVESTORS = ('According to a transcript of a call with analysts, he told investors the recall would cost between $40 million and $55 million.', [
    (1, 'According', 'accord', 'VERB', 4, 'case', 'Tense=Pres|VerbForm=Part'),
    (2, 'to', 'to', 'ADP', 4, 'case'), (3, 'a', 'a', 'DET', 4, 'det'),
    (4, 'transcript', 'transcript', 'NOUN', 12, 'obl'), (5, 'of', 'of', 'ADP', 7, 'case'),
    (6, 'a', 'a', 'DET', 7, 'det'), (7, 'call', 'call', 'NOUN', 4, 'nmod'),
    (8, 'with', 'with', 'ADP', 9, 'case'), (9, 'analysts', 'analyst', 'NOUN', 7, 'nmod'),
    (10, ',', ',', 'PUNCT', 4, 'punct'), (11, 'he', 'he', 'PRON', 12, 'nsubj'),
    (12, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'investors', 'investor', 'NOUN', 12, 'iobj'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'recall', 'recall', 'NOUN', 17, 'nsubj'), (16, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (17, 'cost', 'cost', 'VERB', 12, 'ccomp', 'VerbForm=Inf'), (18, 'between', 'between', 'ADP', 19, 'case'),
    (19, '$', '$', 'SYM', 17, 'obl'), (20, '40', '40', 'NUM', 21, 'compound'),
    (21, 'million', 'million', 'NUM', 19, 'nummod'), (22, 'and', 'and', 'CCONJ', 23, 'cc'),
    (23, '$', '$', 'SYM', 19, 'conj'), (24, '55', '55', 'NUM', 23, 'nummod'),
    (25, 'million', 'million', 'NUM', 23, 'nummod'), (26, '.', '.', 'PUNCT', 12, 'punct'),
])

QUOTE_YOURE_TELLING_THEM = ('“You’re telling them their questions are dirty.”', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'You', 'you', 'PRON', 4, 'nsubj'),
    (3, '’re', 'be', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin'),
    (4, 'telling', 'tell', 'VERB', 9, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (5, 'them', 'they', 'PRON', 4, 'iobj'), (6, 'their', 'their', 'PRON', 7, 'nmod:poss'),
    (7, 'questions', 'question', 'NOUN', 9, 'nsubj'),
    (8, 'are', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (9, 'dirty', 'dirty', 'ADJ', 0, 'root'), (10, '.', '.', 'PUNCT', 9, 'punct'),
    (11, '”', '"', 'PUNCT', 9, 'punct'),
])

MESSAGE_FROM_REYES = ('That was the message from Jonah Reyes, 16, a former student.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'message', 'message', 'NOUN', 0, 'root'),
    (5, 'from', 'from', 'ADP', 7, 'case'), (6, 'Jonah', 'jonah', 'PROPN', 7, 'compound'),
    (7, 'Reyes', 'reyes', 'PROPN', 4, 'nmod'), (8, ',', ',', 'PUNCT', 9, 'punct'),
    (9, '16', '16', 'NUM', 7, 'appos'), (10, ',', ',', 'PUNCT', 13, 'punct'),
    (11, 'a', 'a', 'DET', 13, 'det'), (12, 'former', 'former', 'ADJ', 13, 'amod'),
    (13, 'student', 'student', 'NOUN', 4, 'conj'), (14, '.', '.', 'PUNCT', 4, 'punct'),
])

ODURO_IS_A_HISTORIAN = ('Samuel Oduro, 61, is a historian.', [
    (1, 'Samuel', 'samuel', 'PROPN', 8, 'nsubj'), (2, 'Oduro', 'oduro', 'PROPN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '61', '61', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'is', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'historian', 'historian', 'NOUN', 0, 'root'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_61_YEAR_OLD_ARGUES = ('The 61-year-old argues that the letter shows the looting was planned before the first shot was fired.', [
    (1, 'The', 'the', 'DET', 7, 'det'), (2, '61', '61', 'NUM', 7, 'nummod'),
    (3, '-', '-', 'PUNCT', 7, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'amod'),
    (7, 'argues', 'argue', 'NOUN', 0, 'root'), (8, 'that', 'that', 'SCONJ', 11, 'mark'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'letter', 'letter', 'NOUN', 11, 'nsubj'),
    (11, 'shows', 'show', 'VERB', 7, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'looting', 'looting', 'NOUN', 15, 'nsubj:pass'),
    (14, 'was', 'be', 'AUX', 15, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'planned', 'plan', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'before', 'before', 'SCONJ', 21, 'mark'), (17, 'the', 'the', 'DET', 19, 'det'),
    (18, 'first', 'first', 'ADJ', 19, 'amod'), (19, 'shot', 'shot', 'NOUN', 21, 'nsubj:pass'),
    (20, 'was', 'be', 'AUX', 21, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'fired', 'fire', 'VERB', 15, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, '.', '.', 'PUNCT', 2, 'punct'),
])

OYELARAN_TOLD_REPORTERS_AND_CONCEDED = ('The city attorney, Raymond Oyelaran, told reporters his office was “reviewing the ruling carefully” and conceded that the commission’s record “could have been more thorough.”', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'city', 'city', 'NOUN', 3, 'compound'),
    (3, 'attorney', 'attorney', 'NOUN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'Raymond', 'raymond', 'PROPN', 3, 'appos'), (6, 'Oyelaran', 'oyelaran', 'PROPN', 5, 'flat'),
    (7, ',', ',', 'PUNCT', 5, 'punct'),
    (8, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'reporters', 'reporter', 'VERB', 8, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (10, 'his', 'his', 'PRON', 11, 'nmod:poss'), (11, 'office', 'office', 'NOUN', 14, 'nsubj'),
    (12, 'was', 'be', 'AUX', 14, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '“', '"', 'PUNCT', 14, 'punct'),
    (14, 'reviewing', 'review', 'VERB', 9, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'ruling', 'ruling', 'NOUN', 14, 'obj'),
    (17, 'carefully', 'carefully', 'ADV', 14, 'advmod'), (18, '”', '"', 'PUNCT', 14, 'punct'),
    (19, 'and', 'and', 'CCONJ', 20, 'cc'),
    (20, 'conceded', 'conced', 'VERB', 14, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'that', 'that', 'SCONJ', 31, 'mark'), (22, 'the', 'the', 'DET', 23, 'det'),
    (23, 'commission', 'commission', 'NOUN', 25, 'nmod:poss'), (24, '’s', "'s", 'PART', 23, 'case'),
    (25, 'record', 'record', 'NOUN', 31, 'nsubj'), (26, '“', '"', 'PUNCT', 25, 'punct'),
    (27, 'could', 'could', 'AUX', 31, 'aux', 'VerbForm=Fin'),
    (28, 'have', 'have', 'AUX', 31, 'aux', 'VerbForm=Inf'),
    (29, 'been', 'be', 'AUX', 31, 'cop', 'Tense=Past|VerbForm=Part'),
    (30, 'more', 'more', 'ADV', 31, 'advmod'), (31, 'thorough', 'thorough', 'ADJ', 20, 'ccomp'),
    (32, '.', '.', 'PUNCT', 8, 'punct'), (33, '”', '"', 'PUNCT', 8, 'punct'),
])

CALLED_SOVIK_TO_WISH = ('‘I have called Lidija Sovik to wish her well,’ Deleric said.', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'called', 'call', 'VERB', 14, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (5, 'Lidija', 'lidija', 'PROPN', 4, 'obj'), (6, 'Sovik', 'sovik', 'PROPN', 4, 'obj'),
    (7, 'to', 'to', 'PART', 8, 'mark'), (8, 'wish', 'wish', 'VERB', 4, 'advcl', 'VerbForm=Inf'),
    (9, 'her', 'she', 'PRON', 8, 'obj'), (10, 'well', 'well', 'ADV', 8, 'advmod'),
    (11, ',', ',', 'PUNCT', 4, 'punct'), (12, '’', "'", 'PUNCT', 4, 'punct'),
    (13, 'Deleric', 'deleric', 'PROPN', 14, 'nsubj'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

CALLED_ON_RESIDENTS = ('The mayor called on residents to stay indoors.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'mayor', 'mayor', 'NOUN', 3, 'nsubj'),
    (3, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'on', 'on', 'ADP', 5, 'case'), (5, 'residents', 'resident', 'NOUN', 3, 'obl'),
    (6, 'to', 'to', 'PART', 7, 'mark'), (7, 'stay', 'stay', 'VERB', 3, 'advcl', 'VerbForm=Inf'),
    (8, 'indoors', 'indoors', 'NOUN', 7, 'obj'), (9, '.', '.', 'PUNCT', 3, 'punct'),
])

HE_CALLED_THE_CLUB_TO_COMPLAIN = ('He called the club to complain about the tickets.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj'),
    (2, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'club', 'club', 'NOUN', 2, 'obj'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'complain', 'complain', 'VERB', 4, 'acl', 'VerbForm=Inf'),
    (7, 'about', 'about', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'tickets', 'ticket', 'NOUN', 6, 'obl'), (10, '.', '.', 'PUNCT', 2, 'punct'),
])

MARCHETTI_CALLED_THE_VOTE = ('Mayor Elaine Marchetti, who unveiled the plan in March under the slogan “Balanced Books, Open Doors,” called the vote “the hardest yes this council has had to say in a decade.”', [
    (1, 'Mayor', 'mayor', 'PROPN', 22, 'nsubj'), (2, 'Elaine', 'elaine', 'PROPN', 1, 'flat'),
    (3, 'Marchetti', 'marchetti', 'PROPN', 1, 'flat'), (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'who', 'who', 'PRON', 6, 'nsubj'),
    (6, 'unveiled', 'unveil', 'VERB', 22, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'plan', 'plan', 'NOUN', 6, 'obj'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, 'March', 'march', 'PROPN', 8, 'nmod'),
    (11, 'under', 'under', 'ADP', 16, 'case'), (12, 'the', 'the', 'DET', 16, 'det'),
    (13, 'slogan', 'slogan', 'NOUN', 16, 'compound'), (14, '“', '"', 'PUNCT', 16, 'punct'),
    (15, 'Balanced', 'balance', 'VERB', 16, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'Books', 'books', 'PROPN', 10, 'conj'), (17, ',', ',', 'PUNCT', 19, 'punct'),
    (18, 'Open', 'open', 'ADJ', 19, 'amod'), (19, 'Doors', 'door', 'PROPN', 16, 'conj'),
    (20, ',', ',', 'PUNCT', 1, 'punct'), (21, '”', '"', 'PUNCT', 19, 'punct'),
    (22, 'called', 'call', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'the', 'the', 'DET', 24, 'det'), (24, 'vote', 'vote', 'NOUN', 22, 'obj'),
    (25, '“', '"', 'PUNCT', 27, 'punct'), (26, 'the', 'the', 'DET', 27, 'det'),
    (27, 'hardest', 'hard', 'ADJ', 22, 'nsubj'), (28, 'yes', 'yes', 'INTJ', 32, 'discourse'),
    (29, 'this', 'this', 'DET', 30, 'det'), (30, 'council', 'council', 'NOUN', 32, 'nsubj'),
    (31, 'has', 'have', 'AUX', 32, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (32, 'had', 'have', 'VERB', 22, 'parataxis', 'Tense=Past|VerbForm=Part'),
    (33, 'to', 'to', 'PART', 34, 'mark'), (34, 'say', 'say', 'VERB', 32, 'xcomp', 'VerbForm=Inf'),
    (35, 'in', 'in', 'ADP', 37, 'case'), (36, 'a', 'a', 'DET', 37, 'det'),
    (37, 'decade', 'decade', 'NOUN', 34, 'obl'), (38, '.', '.', 'PUNCT', 22, 'punct'),
    (39, '”', '"', 'PUNCT', 32, 'punct'),
])

ALDOUS_IS_68 = ('Wren Aldous, 68, is a novelist.', [
    (1, 'Wren', 'wren', 'PROPN', 8, 'nsubj'), (2, 'Aldous', 'aldous', 'PROPN', 8, 'nsubj'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '68', '68', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'is', 'be', 'AUX', 8, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'novelist', 'novelist', 'NOUN', 0, 'root'),
    (9, '.', '.', 'PUNCT', 8, 'punct'),
])

THE_68_YEAR_OLD_WHO_MADE_HER_NAME_SAYS = ('The 68-year-old, who made her name with the “Harbour Quartet” novels, says the book took nine years and four false starts.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, '68', '68', 'NUM', 20, 'nsubj'),
    (3, '-', '-', 'PUNCT', 4, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'obl:unmarked'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 20, 'ccomp'),
    (7, ',', ',', 'PUNCT', 9, 'punct'), (8, 'who', 'who', 'PRON', 9, 'nsubj'),
    (9, 'made', 'make', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'her', 'she', 'PRON', 11, 'nmod:poss'), (11, 'name', 'name', 'NOUN', 9, 'obj'),
    (12, 'with', 'with', 'ADP', 18, 'case'), (13, 'the', 'the', 'DET', 18, 'det'),
    (14, '“', '"', 'PUNCT', 16, 'punct'), (15, 'Harbour', 'harbour', 'PROPN', 16, 'compound'),
    (16, 'Quartet', 'quartet', 'PROPN', 18, 'compound'), (17, '”', '"', 'PUNCT', 16, 'punct'),
    (18, 'novels', 'novel', 'NOUN', 11, 'nmod'), (19, ',', ',', 'PUNCT', 20, 'punct'),
    (20, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (21, 'the', 'the', 'DET', 22, 'det'), (22, 'book', 'book', 'NOUN', 23, 'nsubj'),
    (23, 'took', 'take', 'VERB', 20, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'nine', 'nine', 'NUM', 25, 'nummod'), (25, 'years', 'year', 'NOUN', 23, 'obj'),
    (26, 'and', 'and', 'CCONJ', 29, 'cc'), (27, 'four', 'four', 'NUM', 29, 'nummod'),
    (28, 'false', 'false', 'ADJ', 29, 'amod'), (29, 'starts', 'start', 'NOUN', 25, 'conj'),
    (30, '.', '.', 'PUNCT', 20, 'punct'),
])

COUNCIL_MEMBER_DUNNE_COUNTERED = ('Council Member Rafael Dunne, who represents the East Flats district, countered that the plan relied on “wildly rosy” sales-tax projections.', [
    (1, 'Council', 'council', 'PROPN', 13, 'nsubj'), (2, 'Member', 'member', 'PROPN', 1, 'flat'),
    (3, 'Rafael', 'rafael', 'PROPN', 1, 'flat'), (4, 'Dunne', 'dunne', 'PROPN', 1, 'flat'),
    (5, ',', ',', 'PUNCT', 7, 'punct'), (6, 'who', 'who', 'PRON', 7, 'nsubj'),
    (7, 'represents', 'represent', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 11, 'det'), (9, 'East', 'east', 'ADJ', 11, 'amod'),
    (10, 'Flats', 'flats', 'PROPN', 11, 'compound'), (11, 'district', 'district', 'NOUN', 7, 'obj'),
    (12, ',', ',', 'PUNCT', 1, 'punct'),
    (13, 'countered', 'counter', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'that', 'that', 'SCONJ', 17, 'mark'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'plan', 'plan', 'NOUN', 17, 'nsubj'),
    (17, 'relied', 'rely', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'on', 'on', 'ADP', 26, 'case'), (19, '“', '"', 'PUNCT', 21, 'punct'),
    (20, 'wildly', 'wildly', 'ADV', 21, 'advmod'), (21, 'rosy', 'rosy', 'NOUN', 26, 'compound'),
    (22, '”', '"', 'PUNCT', 21, 'punct'), (23, 'sales', 'sale', 'NOUN', 26, 'compound'),
    (24, '-', '-', 'PUNCT', 23, 'punct'), (25, 'tax', 'tax', 'NOUN', 26, 'compound'),
    (26, 'projections', 'projection', 'NOUN', 17, 'obl'), (27, '.', '.', 'PUNCT', 13, 'punct'),
])

TANO_SAID_THE_EXTENSION_BOUGHT = ('Mireille Tano, deputy director of the ocean governance program at the Calloway Institute for Maritime Policy in Velden, said the extension bought time but not peace.', [
    (1, 'Mireille', 'mireille', 'PROPN', 21, 'nsubj'), (2, 'Tano', 'tano', 'PROPN', 21, 'nsubj'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'deputy', 'deputy', 'NOUN', 5, 'compound'),
    (5, 'director', 'director', 'NOUN', 1, 'appos'), (6, 'of', 'of', 'ADP', 10, 'case'),
    (7, 'the', 'the', 'DET', 10, 'det'), (8, 'ocean', 'ocean', 'NOUN', 10, 'compound'),
    (9, 'governance', 'governance', 'NOUN', 10, 'compound'), (10, 'program', 'program', 'NOUN', 5, 'nmod'),
    (11, 'at', 'at', 'ADP', 14, 'case'), (12, 'the', 'the', 'DET', 14, 'det'),
    (13, 'Calloway', 'calloway', 'PROPN', 14, 'compound'), (14, 'Institute', 'institute', 'NOUN', 5, 'nmod'),
    (15, 'for', 'for', 'ADP', 17, 'case'), (16, 'Maritime', 'maritime', 'PROPN', 17, 'compound'),
    (17, 'Policy', 'policy', 'PROPN', 14, 'nmod'), (18, 'in', 'in', 'ADP', 19, 'case'),
    (19, 'Velden', 'velden', 'PROPN', 17, 'nmod'), (20, ',', ',', 'PUNCT', 2, 'punct'),
    (21, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'the', 'the', 'DET', 23, 'det'), (23, 'extension', 'extension', 'NOUN', 21, 'obj'),
    (24, 'bought', 'buy', 'VERB', 25, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (25, 'time', 'time', 'NOUN', 23, 'nmod'), (26, 'but', 'but', 'CCONJ', 28, 'cc'),
    (27, 'not', 'not', 'PART', 28, 'advmod'), (28, 'peace', 'peace', 'NOUN', 25, 'conj'),
    (29, '.', '.', 'PUNCT', 21, 'punct'),
])

TANO_WHO_HAS_ADVISED_TOLD_NORTHLINE = ('“This is a truce, not a treaty,” Tano, who has advised both governments on quota science, told Northline Press.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'This', 'this', 'PRON', 5, 'nsubj'),
    (3, 'is', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'a', 'a', 'DET', 5, 'det'), (5, 'truce', 'truce', 'NOUN', 23, 'ccomp'),
    (6, ',', ',', 'PUNCT', 9, 'punct'), (7, 'not', 'not', 'PART', 9, 'advmod'),
    (8, 'a', 'a', 'DET', 9, 'det'), (9, 'treaty', 'treaty', 'NOUN', 5, 'appos'),
    (10, ',', ',', 'PUNCT', 9, 'punct'), (11, '”', '"', 'PUNCT', 9, 'punct'),
    (12, 'Tano', 'tano', 'PROPN', 9, 'appos'), (13, ',', ',', 'PUNCT', 16, 'punct'),
    (14, 'who', 'who', 'PRON', 16, 'nsubj'),
    (15, 'has', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (16, 'advised', 'advise', 'VERB', 9, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (17, 'both', 'both', 'DET', 18, 'det'), (18, 'governments', 'government', 'NOUN', 16, 'obj'),
    (19, 'on', 'on', 'ADP', 21, 'case'), (20, 'quota', 'quota', 'NOUN', 21, 'compound'),
    (21, 'science', 'science', 'NOUN', 18, 'nmod'), (22, ',', ',', 'PUNCT', 5, 'punct'),
    (23, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (24, 'Northline', 'northline', 'PROPN', 23, 'nsubj'), (25, 'Press', 'press', 'PROPN', 24, 'flat'),
    (26, '.', '.', 'PUNCT', 23, 'punct'),
])

DECLINED_THOUGH_A_SPOKESWOMAN_SAYS = ('Fenwick & Lowe declined to comment on the size of the advance, though a spokeswoman says a second printing of 40,000 copies has been ordered.', [
    (1, 'Fenwick', 'fenwick', 'PROPN', 4, 'nsubj'), (2, '&', '&', 'CCONJ', 3, 'cc'),
    (3, 'Lowe', 'lowe', 'PROPN', 1, 'conj'),
    (4, 'declined', 'decline', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'to', 'to', 'PART', 6, 'mark'), (6, 'comment', 'comment', 'VERB', 4, 'xcomp', 'VerbForm=Inf'),
    (7, 'on', 'on', 'ADP', 9, 'case'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'size', 'size', 'NOUN', 6, 'obl'), (10, 'of', 'of', 'ADP', 12, 'case'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'advance', 'advance', 'NOUN', 9, 'nmod'),
    (13, ',', ',', 'PUNCT', 17, 'punct'), (14, 'though', 'though', 'SCONJ', 17, 'mark'),
    (15, 'a', 'a', 'DET', 16, 'det'), (16, 'spokeswoman', 'spokeswoman', 'NOUN', 17, 'nsubj'),
    (17, 'says', 'say', 'VERB', 4, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (18, 'a', 'a', 'DET', 20, 'det'), (19, 'second', 'second', 'ADJ', 20, 'amod'),
    (20, 'printing', 'printing', 'NOUN', 26, 'nsubj:pass'), (21, 'of', 'of', 'ADP', 23, 'case'),
    (22, '40,000', '40000', 'NUM', 23, 'nummod'), (23, 'copies', 'copy', 'NOUN', 20, 'nmod'),
    (24, 'has', 'have', 'AUX', 26, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (25, 'been', 'be', 'AUX', 26, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (26, 'ordered', 'order', 'VERB', 17, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (27, '.', '.', 'PUNCT', 4, 'punct'),
])

MINISTER_URGED_CREWS = ('The Orlesian minister urged crews from both countries to report any trawler they saw working the bank.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Orlesian', 'orlesian', 'ADJ', 3, 'amod'),
    (3, 'minister', 'minister', 'NOUN', 4, 'nsubj'),
    (4, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'crews', 'crew', 'VERB', 4, 'xcomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'from', 'from', 'ADP', 8, 'case'), (7, 'both', 'both', 'DET', 8, 'det'),
    (8, 'countries', 'country', 'NOUN', 5, 'obl'), (9, 'to', 'to', 'PART', 10, 'mark'),
    (10, 'report', 'report', 'VERB', 5, 'advcl', 'VerbForm=Inf'), (11, 'any', 'any', 'DET', 12, 'det'),
    (12, 'trawler', 'trawler', 'NOUN', 10, 'obj'), (13, 'they', 'they', 'PRON', 14, 'nsubj'),
    (14, 'saw', 'see', 'VERB', 12, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'working', 'work', 'VERB', 14, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'bank', 'bank', 'NOUN', 15, 'obj'),
    (18, '.', '.', 'PUNCT', 4, 'punct'),
])

SAID_WHITCOMBE_A_38_YEAR_OLD = ('"It was like someone had lit a campfire in the ceiling," said Dana Whitcombe, a 38-year-old schoolteacher from Dunhaven.', [
    (1, '"', '"', 'PUNCT', 7, 'punct'), (2, 'It', 'it', 'PRON', 7, 'nsubj:outer'),
    (3, 'was', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'like', 'like', 'SCONJ', 7, 'mark'), (5, 'someone', 'someone', 'PRON', 7, 'nsubj'),
    (6, 'had', 'have', 'AUX', 7, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'lit', 'light', 'VERB', 15, 'ccomp', 'Tense=Past|VerbForm=Part'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'campfire', 'campfire', 'NOUN', 7, 'obj'), (10, 'in', 'in', 'ADP', 12, 'case'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'ceiling', 'ceiling', 'NOUN', 9, 'nmod'),
    (13, ',', ',', 'PUNCT', 7, 'punct'), (14, '"', '"', 'PUNCT', 7, 'punct'),
    (15, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'Dana', 'dana', 'PROPN', 15, 'nsubj'), (17, 'Whitcombe', 'whitcombe', 'PROPN', 16, 'flat'),
    (18, ',', ',', 'PUNCT', 25, 'punct'), (19, 'a', 'a', 'DET', 25, 'det'),
    (20, '38', '38', 'NUM', 22, 'nummod'), (21, '-', '-', 'PUNCT', 20, 'punct'),
    (22, 'year', 'year', 'NOUN', 24, 'obl:unmarked'), (23, '-', '-', 'PUNCT', 22, 'punct'),
    (24, 'old', 'old', 'ADJ', 25, 'amod'), (25, 'schoolteacher', 'schoolteacher', 'NOUN', 16, 'appos'),
    (26, 'from', 'from', 'ADP', 27, 'case'), (27, 'Dunhaven', 'dunhaven', 'PROPN', 25, 'nmod'),
    (28, '.', '.', 'PUNCT', 15, 'punct'),
])

SPOKESPERSON_LANNING_SAID = ('Asked whether the other jets used the same wiring, the spokesperson, Priya Lanning, said checks would be finished by Friday.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 6, 'mark'), (3, 'the', 'the', 'DET', 5, 'det'),
    (4, 'other', 'other', 'ADJ', 5, 'amod'), (5, 'jets', 'jet', 'NOUN', 6, 'nsubj'),
    (6, 'used', 'use', 'VERB', 1, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 9, 'det'), (8, 'same', 'same', 'ADJ', 9, 'amod'),
    (9, 'wiring', 'wiring', 'NOUN', 6, 'obj'), (10, ',', ',', 'PUNCT', 12, 'punct'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'spokesperson', 'spokesperson', 'NOUN', 9, 'conj'),
    (13, ',', ',', 'PUNCT', 14, 'punct'), (14, 'Priya', 'priya', 'PROPN', 12, 'appos'),
    (15, 'Lanning', 'lanning', 'PROPN', 14, 'flat'), (16, ',', ',', 'PUNCT', 6, 'punct'),
    (17, 'said', 'say', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'checks', 'check', 'NOUN', 21, 'nsubj:pass'),
    (19, 'would', 'would', 'AUX', 21, 'aux', 'VerbForm=Fin'),
    (20, 'be', 'be', 'AUX', 21, 'aux:pass', 'VerbForm=Inf'),
    (21, 'finished', 'finish', 'VERB', 17, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'by', 'by', 'ADP', 23, 'case'), (23, 'Friday', 'friday', 'PROPN', 21, 'obl'),
    (24, '.', '.', 'PUNCT', 17, 'punct'),
])

THE_38_YEAR_OLD_SAID = ('The 38-year-old said she would fly again.', [
    (1, 'The', 'the', 'DET', 6, 'det'), (2, '38', '38', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'year', 'year', 'NOUN', 6, 'compound'),
    (5, '-', '-', 'PUNCT', 4, 'punct'), (6, 'old', 'old', 'ADJ', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'she', 'she', 'PRON', 10, 'nsubj'), (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'fly', 'fly', 'VERB', 7, 'ccomp', 'VerbForm=Inf'), (11, 'again', 'again', 'ADV', 10, 'advmod'),
    (12, '.', '.', 'PUNCT', 7, 'punct'),
])

UNIVERSITY_SAID_FABRICATED_OR_FALSIFIED = ('The university said one of its best-known cancer researchers had fabricated or falsified data in seven published papers.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'university', 'university', 'NOUN', 3, 'nsubj'),
    (3, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'one', 'one', 'NUM', 13, 'nsubj'), (5, 'of', 'of', 'ADP', 11, 'case'),
    (6, 'its', 'its', 'PRON', 11, 'nmod:poss'), (7, 'best', 'good', 'ADJ', 9, 'amod'),
    (8, '-', '-', 'PUNCT', 7, 'punct'),
    (9, 'known', 'know', 'VERB', 11, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'cancer', 'cancer', 'NOUN', 11, 'compound'), (11, 'researchers', 'researcher', 'NOUN', 4, 'nmod'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'fabricated', 'fabricate', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (14, 'or', 'or', 'CCONJ', 15, 'cc'),
    (15, 'falsified', 'falsify', 'VERB', 16, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'data', 'data', 'NOUN', 13, 'obj'), (17, 'in', 'in', 'ADP', 20, 'case'),
    (18, 'seven', 'seven', 'NOUN', 20, 'compound'),
    (19, 'published', 'publish', 'VERB', 20, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (20, 'papers', 'paper', 'NOUN', 16, 'nmod'), (21, '.', '.', 'PUNCT', 3, 'punct'),
])

MINISTER_SAID_BUT_SHE_STRESSED = ('Asked whether the government would consider back-to-work legislation, the minister said "nothing is off the table," but she stressed that a negotiated deal remained "by far the better outcome."', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 6, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'government', 'government', 'NOUN', 6, 'nsubj'),
    (5, 'would', 'would', 'AUX', 6, 'aux', 'VerbForm=Fin'),
    (6, 'consider', 'consider', 'VERB', 16, 'ccomp', 'VerbForm=Inf'), (7, 'back', 'back', 'ADV', 9, 'advmod'),
    (8, '-', '-', 'PUNCT', 9, 'punct'), (9, 'to', 'to', 'ADP', 11, 'case'),
    (10, '-', '-', 'PUNCT', 9, 'punct'), (11, 'work', 'work', 'NOUN', 12, 'compound'),
    (12, 'legislation', 'legislation', 'NOUN', 6, 'obl'), (13, ',', ',', 'PUNCT', 6, 'punct'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'minister', 'minister', 'NOUN', 16, 'nsubj'),
    (16, 'said', 'say', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, '"', '"', 'PUNCT', 22, 'punct'), (18, 'nothing', 'nothing', 'PRON', 22, 'nsubj'),
    (19, 'is', 'be', 'AUX', 22, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (20, 'off', 'off', 'ADP', 22, 'case'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'table', 'table', 'NOUN', 16, 'ccomp'), (23, ',', ',', 'PUNCT', 27, 'punct'),
    (24, '"', '"', 'PUNCT', 27, 'punct'), (25, 'but', 'but', 'CCONJ', 27, 'cc'),
    (26, 'she', 'she', 'PRON', 27, 'nsubj'),
    (27, 'stressed', 'stress', 'VERB', 16, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (28, 'that', 'that', 'SCONJ', 32, 'mark'), (29, 'a', 'a', 'DET', 31, 'det'),
    (30, 'negotiated', 'negotiate', 'VERB', 31, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (31, 'deal', 'deal', 'NOUN', 27, 'ccomp'),
    (32, 'remained', 'remain', 'VERB', 31, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (33, '"', '"', 'PUNCT', 32, 'punct'), (34, 'by', 'by', 'ADP', 38, 'case'),
    (35, 'far', 'far', 'ADV', 38, 'advmod'), (36, 'the', 'the', 'DET', 38, 'det'),
    (37, 'better', 'good', 'ADJ', 38, 'amod'), (38, 'outcome', 'outcome', 'NOUN', 32, 'obl'),
    (39, '.', '.', 'PUNCT', 1, 'punct'), (40, '"', '"', 'PUNCT', 27, 'punct'),
])

THE_CRACKING_HE_TOLD_THE_HEARING_WAS = ('The cracking in the main girders, he told the hearing, was "not cosmetic in any sense".', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'cracking', 'cracking', 'NOUN', 9, 'nsubj'),
    (3, 'in', 'in', 'ADP', 6, 'case'), (4, 'the', 'the', 'DET', 6, 'det'),
    (5, 'main', 'main', 'ADJ', 6, 'amod'), (6, 'girders', 'girder', 'NOUN', 2, 'nmod'),
    (7, ',', ',', 'PUNCT', 2, 'punct'), (8, 'he', 'he', 'PRON', 9, 'nsubj'),
    (9, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'hearing', 'hearing', 'NOUN', 9, 'iobj'),
    (12, ',', ',', 'PUNCT', 16, 'punct'),
    (13, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, '"', '"', 'PUNCT', 16, 'punct'), (15, 'not', 'not', 'PART', 16, 'advmod'),
    (16, 'cosmetic', 'cosmetic', 'ADJ', 9, 'ccomp'), (17, 'in', 'in', 'ADP', 19, 'case'),
    (18, 'any', 'any', 'DET', 19, 'det'), (19, 'sense', 'sense', 'NOUN', 16, 'obl'),
    (20, '"', '"', 'PUNCT', 16, 'punct'), (21, '.', '.', 'PUNCT', 9, 'punct'),
])

BANK_OF_KESSLAND_GOVERNOR_SAID = ('Bank of Kessland Governor Elena Varga said on Thursday that inflation was proving stickier than expected.', [
    (1, 'Bank', 'bank', 'PROPN', 7, 'nsubj'), (2, 'of', 'of', 'ADP', 3, 'case'),
    (3, 'Kessland', 'kessland', 'PROPN', 1, 'nmod'), (4, 'Governor', 'governor', 'PROPN', 5, 'nmod:desc'),
    (5, 'Elena', 'elena', 'PROPN', 6, 'compound'), (6, 'Varga', 'varga', 'PROPN', 1, 'nmod'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'on', 'on', 'ADP', 9, 'case'), (9, 'Thursday', 'thursday', 'PROPN', 7, 'obl'),
    (10, 'that', 'that', 'SCONJ', 13, 'mark'), (11, 'inflation', 'inflation', 'NOUN', 13, 'nsubj'),
    (12, 'was', 'be', 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'proving', 'prove', 'VERB', 7, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (14, 'stickier', 'stick', 'ADJ', 13, 'xcomp'), (15, 'than', 'than', 'SCONJ', 16, 'mark'),
    (16, 'expected', 'expect', 'VERB', 13, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, '.', '.', 'PUNCT', 7, 'punct'),
])

ASSISTANT_DIRECTOR_OF_HIGHWAYS_AND_BRIDGE = ("The council's former assistant director of highways and bridge maintenance, Alan Brede, said through a spokesperson that he would give evidence in the new year.", [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'council', 'council', 'NOUN', 6, 'nmod:poss'),
    (3, "'s", "'s", 'PART', 2, 'case'), (4, 'former', 'former', 'ADJ', 6, 'amod'),
    (5, 'assistant', 'assistant', 'NOUN', 6, 'compound'), (6, 'director', 'director', 'NOUN', 16, 'nsubj'),
    (7, 'of', 'of', 'ADP', 8, 'case'), (8, 'highways', 'highway', 'NOUN', 6, 'nmod'),
    (9, 'and', 'and', 'CCONJ', 11, 'cc'), (10, 'bridge', 'bridge', 'NOUN', 8, 'conj'),
    (11, 'maintenance', 'maintenance', 'NOUN', 8, 'conj'), (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, 'Alan', 'alan', 'PROPN', 8, 'conj'), (14, 'Brede', 'brede', 'PROPN', 13, 'flat'),
    (15, ',', ',', 'PUNCT', 13, 'punct'),
    (16, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'through', 'through', 'ADP', 19, 'case'), (18, 'a', 'a', 'DET', 19, 'det'),
    (19, 'spokesperson', 'spokesperson', 'NOUN', 16, 'obl'), (20, 'that', 'that', 'PRON', 23, 'mark'),
    (21, 'he', 'he', 'PRON', 23, 'nsubj'), (22, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (23, 'give', 'give', 'VERB', 19, 'acl:relcl', 'VerbForm=Inf'),
    (24, 'evidence', 'evidence', 'NOUN', 23, 'obj'), (25, 'in', 'in', 'ADP', 28, 'case'),
    (26, 'the', 'the', 'DET', 28, 'det'), (27, 'new', 'new', 'ADJ', 28, 'amod'),
    (28, 'year', 'year', 'NOUN', 23, 'obl'), (29, '.', '.', 'PUNCT', 16, 'punct'),
])

HE_AND_HIS_WIFE_SIAN_BOTH_SAID = ('He and his wife, Sian, both said they would attend every day of the hearings.', [
    (1, 'He', 'he', 'PRON', 9, 'nsubj'), (2, 'and', 'and', 'CCONJ', 4, 'cc'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss'), (4, 'wife', 'wife', 'NOUN', 1, 'conj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'Sian', 'sian', 'PROPN', 1, 'conj'),
    (7, ',', ',', 'PUNCT', 4, 'punct'), (8, 'both', 'both', 'CCONJ', 9, 'advmod'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'they', 'they', 'PRON', 12, 'nsubj'), (11, 'would', 'would', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (12, 'attend', 'attend', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (13, 'every', 'every', 'DET', 14, 'det'),
    (14, 'day', 'day', 'NOUN', 12, 'obj'), (15, 'of', 'of', 'ADP', 17, 'case'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'hearings', 'hearing', 'NOUN', 14, 'nmod'),
    (18, '.', '.', 'PUNCT', 9, 'punct'),
])

ILIC_AND_HIS_NEIGHBOUR_BOTH_SAID = ('Ilic and his neighbour, florist Vesna Marek, both said the last general strike, in 2011, had lasted only a day.', [
    (1, 'Ilic', 'ilic', 'PROPN', 21, 'nsubj'), (2, 'and', 'and', 'CCONJ', 4, 'cc'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss'), (4, 'neighbour', 'neighbour', 'NOUN', 1, 'conj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'florist', 'florist', 'ADJ', 7, 'amod'),
    (7, 'Vesna', 'vesna', 'PROPN', 8, 'compound'), (8, 'Marek', 'marek', 'PROPN', 1, 'conj'),
    (9, ',', ',', 'PUNCT', 4, 'punct'), (10, 'both', 'both', 'CCONJ', 11, 'advmod'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 15, 'det'), (13, 'last', 'last', 'ADJ', 15, 'amod'),
    (14, 'general', 'general', 'ADJ', 15, 'amod'), (15, 'strike', 'strike', 'NOUN', 11, 'obj'),
    (16, ',', ',', 'PUNCT', 18, 'punct'), (17, 'in', 'in', 'ADP', 18, 'case'),
    (18, '2011', '2011', 'NUM', 11, 'obl'), (19, ',', ',', 'PUNCT', 18, 'punct'),
    (20, 'had', 'have', 'AUX', 21, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'lasted', 'last', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (22, 'only', 'only', 'ADV', 24, 'advmod'), (23, 'a', 'a', 'DET', 24, 'det'),
    (24, 'day', 'day', 'NOUN', 21, 'obj'), (25, '.', '.', 'PUNCT', 11, 'punct'),
])

GARETH_PRYCE_SPOKE_OUTSIDE = ('Gareth Pryce spoke to reporters outside the hearing.', [
    (1, 'Gareth', 'gareth', 'PROPN', 3, 'nsubj'), (2, 'Pryce', 'pryce', 'PROPN', 1, 'flat'),
    (3, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'to', 'to', 'ADP', 5, 'case'), (5, 'reporters', 'reporter', 'NOUN', 3, 'obl'),
    (6, 'outside', 'outside', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'hearing', 'hearing', 'NOUN', 3, 'obl'), (9, '.', '.', 'PUNCT', 3, 'punct'),
])

WARNING_FROM_OKONEDO_WHO_SAID = ('That was the warning from Dr Miriam Okonedo, deputy clinical director of the infirmary’s emergency and acute medicine division, who said the department had been ‘running at twice its capacity’ since Christmas.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'warning', 'warning', 'NOUN', 0, 'root'),
    (5, 'from', 'from', 'ADP', 8, 'case'), (6, 'Dr', 'dr', 'PROPN', 7, 'compound'),
    (7, 'Miriam', 'miriam', 'PROPN', 8, 'compound'), (8, 'Okonedo', 'okonedo', 'PROPN', 4, 'nmod'),
    (9, ',', ',', 'PUNCT', 12, 'punct'), (10, 'deputy', 'deputy', 'NOUN', 12, 'compound'),
    (11, 'clinical', 'clinical', 'ADJ', 12, 'amod'), (12, 'director', 'director', 'NOUN', 4, 'conj'),
    (13, 'of', 'of', 'ADP', 21, 'case'), (14, 'the', 'the', 'DET', 15, 'det'),
    (15, 'infirmary', 'infirmary', 'NOUN', 17, 'nmod:poss'), (16, '’s', "'s", 'PART', 15, 'case'),
    (17, 'emergency', 'emergency', 'NOUN', 21, 'compound'), (18, 'and', 'and', 'CCONJ', 21, 'cc'),
    (19, 'acute', 'acute', 'NOUN', 17, 'conj'), (20, 'medicine', 'medicine', 'NOUN', 21, 'compound'),
    (21, 'division', 'division', 'NOUN', 12, 'nmod'), (22, ',', ',', 'PUNCT', 24, 'punct'),
    (23, 'who', 'who', 'PRON', 24, 'nsubj'),
    (24, 'said', 'say', 'VERB', 21, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'the', 'the', 'DET', 26, 'det'), (26, 'department', 'department', 'NOUN', 30, 'nsubj'),
    (27, 'had', 'have', 'AUX', 30, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (28, 'been', 'be', 'AUX', 30, 'aux', 'Tense=Past|VerbForm=Part'), (29, '‘', "'", 'PUNCT', 30, 'punct'),
    (30, 'running', 'run', 'VERB', 24, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (31, 'at', 'at', 'ADP', 32, 'case'), (32, 'twice', 'twice', 'ADV', 30, 'advmod'),
    (33, 'its', 'its', 'PRON', 34, 'nmod:poss'), (34, 'capacity', 'capacity', 'NOUN', 30, 'obl'),
    (35, '’', "'s", 'PART', 34, 'case'), (36, 'since', 'since', 'ADP', 37, 'case'),
    (37, 'Christmas', 'christmas', 'PROPN', 30, 'obl'), (38, '.', '.', 'PUNCT', 4, 'punct'),
])

NEVER_SEEN_IT_THIS_BAD_THE_CONSULTANT_SAID = ('‘I have never seen it this bad,’ the consultant said.', [
    (1, '‘', "'", 'PUNCT', 5, 'punct'), (2, 'I', 'i', 'PRON', 5, 'nsubj'),
    (3, 'have', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'never', 'never', 'ADV', 5, 'advmod'),
    (5, 'seen', 'see', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'), (6, 'it', 'it', 'PRON', 5, 'obj'),
    (7, 'this', 'this', 'DET', 8, 'det'), (8, 'bad', 'bad', 'ADJ', 5, 'obj'),
    (9, ',', ',', 'PUNCT', 5, 'punct'),
    (10, '’', "'s", 'AUX', 13, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'consultant', 'consultant', 'NOUN', 13, 'nsubj'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, '.', '.', 'PUNCT', 13, 'punct'),
])

RUIZ_A_TEACHER_TESTIFIED = ('Lena Ruiz, a teacher from Harlan Falls, testified next.', [
    (1, 'Lena', 'lena', 'PROPN', 10, 'nsubj'), (2, 'Ruiz', 'ruiz', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'a', 'a', 'DET', 5, 'det'),
    (5, 'teacher', 'teacher', 'NOUN', 1, 'appos'), (6, 'from', 'from', 'ADP', 8, 'case'),
    (7, 'Harlan', 'harlan', 'PROPN', 8, 'compound'), (8, 'Falls', 'falls', 'PROPN', 5, 'nmod'),
    (9, ',', ',', 'PUNCT', 1, 'punct'),
    (10, 'testified', 'testify', 'VERB', 0, 'root', 'Mood=Ind|Tense=Past|VerbForm=Part'),
    (11, 'next', 'next', 'ADJ', 10, 'xcomp'), (12, '.', '.', 'PUNCT', 10, 'punct'),
])

THE_PHARMACIST_SAID_INSIDE_RUIZ = ('“At the counter the pharmacist said, ‘That will be $412,’ and I walked out with nothing,” said Ruiz.', [
    (1, '“', '"', 'PUNCT', 25, 'punct'), (2, 'At', 'at', 'ADP', 4, 'case'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'counter', 'counter', 'NOUN', 7, 'obl'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'pharmacist', 'pharmacist', 'NOUN', 7, 'nsubj'),
    (7, 'said', 'say', 'VERB', 25, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 4, 'punct'), (9, '‘', "'", 'PUNCT', 4, 'punct'),
    (10, 'That', 'that', 'PRON', 13, 'nsubj'), (11, 'will', 'will', 'AUX', 13, 'aux', 'VerbForm=Fin'),
    (12, 'be', 'be', 'AUX', 13, 'cop', 'VerbForm=Inf'), (13, '$', '$', 'SYM', 25, 'ccomp'),
    (14, '412', '412', 'NUM', 13, 'nummod'), (15, ',', ',', 'PUNCT', 19, 'punct'),
    (16, '’', "'", 'PUNCT', 19, 'punct'), (17, 'and', 'and', 'CCONJ', 19, 'cc'),
    (18, 'I', 'i', 'PRON', 19, 'nsubj'),
    (19, 'walked', 'walk', 'VERB', 25, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (20, 'out', 'out', 'ADP', 19, 'compound:prt'), (21, 'with', 'with', 'ADP', 22, 'case'),
    (22, 'nothing', 'nothing', 'PRON', 19, 'obl'), (23, ',', ',', 'PUNCT', 19, 'punct'),
    (24, '”', '"', 'PUNCT', 25, 'punct'),
    (25, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'Ruiz', 'ruiz', 'PROPN', 25, 'nsubj'), (27, '.', '.', 'PUNCT', 25, 'punct'),
])

HE_AND_HIS_WIFE_BOTH_SAID_AND_THE_FATHER_VOWED = ('He and his wife, Sian, both said they would attend every day of the hearings, and the bereaved father vowed to keep campaigning for a national register of bridge inspections.', [
    (1, 'He', 'he', 'PRON', 9, 'nsubj'), (2, 'and', 'and', 'CCONJ', 4, 'cc'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss'), (4, 'wife', 'wife', 'NOUN', 1, 'conj'),
    (5, ',', ',', 'PUNCT', 4, 'punct'), (6, 'Sian', 'sian', 'PROPN', 1, 'conj'),
    (7, ',', ',', 'PUNCT', 4, 'punct'), (8, 'both', 'both', 'CCONJ', 9, 'nsubj'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'they', 'they', 'PRON', 12, 'nsubj'), (11, 'would', 'would', 'AUX', 12, 'aux', 'VerbForm=Fin'),
    (12, 'attend', 'attend', 'VERB', 9, 'ccomp', 'VerbForm=Inf'), (13, 'every', 'every', 'DET', 14, 'det'),
    (14, 'day', 'day', 'NOUN', 12, 'obj'), (15, 'of', 'of', 'ADP', 17, 'case'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'hearings', 'hearing', 'NOUN', 14, 'nmod'),
    (18, ',', ',', 'PUNCT', 23, 'punct'), (19, 'and', 'and', 'CCONJ', 23, 'cc'),
    (20, 'the', 'the', 'DET', 22, 'det'),
    (21, 'bereaved', 'bereaved', 'VERB', 22, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'father', 'father', 'NOUN', 23, 'nsubj'),
    (23, 'vowed', 'vow', 'VERB', 9, 'conj', 'Mood=Ind|Person=3|Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, 'to', 'to', 'PART', 25, 'mark'), (25, 'keep', 'keep', 'VERB', 23, 'xcomp', 'VerbForm=Inf'),
    (26, 'campaigning', 'campaigning', 'VERB', 25, 'xcomp', 'VerbForm=Ger'),
    (27, 'for', 'for', 'ADP', 30, 'case'), (28, 'a', 'a', 'DET', 30, 'det'),
    (29, 'national', 'national', 'ADJ', 30, 'amod'), (30, 'register', 'register', 'NOUN', 26, 'obl'),
    (31, 'of', 'of', 'ADP', 33, 'case'), (32, 'bridge', 'bridge', 'NOUN', 33, 'compound'),
    (33, 'inspections', 'inspection', 'NOUN', 30, 'nmod'), (34, '.', '.', 'PUNCT', 9, 'punct'),
])

SAID_THE_PARKS_DIRECTOR_DR_OYELOWO = ('“We have waited eleven years for this,” said the park’s director, Dr Marguerite Oyelowo.', [
    (1, '“', '"', 'PUNCT', 4, 'punct'), (2, 'We', 'we', 'PRON', 4, 'nsubj'),
    (3, 'have', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (4, 'waited', 'wait', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (5, 'eleven', 'eleven', 'ADJ', 6, 'amod'), (6, 'years', 'year', 'NOUN', 4, 'obj'),
    (7, 'for', 'for', 'ADP', 8, 'case'), (8, 'this', 'this', 'PRON', 4, 'obl'),
    (9, ',', ',', 'PUNCT', 4, 'punct'), (10, '”', '"', 'PUNCT', 4, 'punct'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'park', 'park', 'NOUN', 15, 'nmod:poss'),
    (14, '’s', "'s", 'PART', 13, 'case'), (15, 'director', 'director', 'NOUN', 11, 'ccomp'),
    (16, ',', ',', 'PUNCT', 17, 'punct'), (17, 'Dr', 'dr', 'PROPN', 15, 'appos'),
    (18, 'Marguerite', 'marguerite', 'PROPN', 17, 'flat'), (19, 'Oyelowo', 'oyelowo', 'PROPN', 15, 'appos'),
    (20, '.', '.', 'PUNCT', 11, 'punct'),
])

VERDICT_OF_MORROW_CAPTAIN_TURNED_PUNDIT = ('That was the verdict of Aled Morrow, the former Estmark captain turned StadiumTV pundit.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'verdict', 'verdict', 'NOUN', 0, 'root'),
    (5, 'of', 'of', 'ADP', 7, 'case'), (6, 'Aled', 'aled', 'PROPN', 7, 'compound'),
    (7, 'Morrow', 'morrow', 'PROPN', 4, 'nmod'), (8, ',', ',', 'PUNCT', 13, 'punct'),
    (9, 'the', 'the', 'DET', 12, 'det'), (10, 'former', 'former', 'ADJ', 12, 'amod'),
    (11, 'Estmark', 'estmark', 'PROPN', 12, 'compound'), (12, 'captain', 'captain', 'NOUN', 13, 'nsubj'),
    (13, 'turned', 'turn', 'VERB', 4, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'StadiumTV', 'stadiumtv', 'PROPN', 15, 'compound'), (15, 'pundit', 'pundit', 'NOUN', 13, 'obj'),
    (16, '.', '.', 'PUNCT', 4, 'punct'),
])

DROPPING_JOEL_IS_BRAVE = ('‘Dropping Joel is brave.’', [
    (1, '‘', "'", 'PUNCT', 2, 'punct'), (2, 'Dropping', 'drop', 'VERB', 5, 'csubj', 'VerbForm=Part'),
    (3, 'Joel', 'joel', 'PROPN', 5, 'nsubj'),
    (4, 'is', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'brave', 'brave', 'ADJ', 0, 'root'), (6, '.', '.', 'PUNCT', 5, 'punct'),
    (7, '’', "'", 'PUNCT', 5, 'punct'),
])

THE_74_CAP_FORMER_CAPTAIN_STRESSED = ('The 74-cap former captain stressed that Brannock’s record at tournaments was ‘better than anyone’s in that squad’.', [
    (1, 'The', 'the', 'DET', 6, 'det'), (2, '74', '74', 'NUM', 4, 'nummod'),
    (3, '-', '-', 'PUNCT', 6, 'punct'), (4, 'cap', 'cap', 'NOUN', 6, 'compound'),
    (5, 'former', 'former', 'ADJ', 6, 'amod'), (6, 'captain', 'captain', 'NOUN', 7, 'nsubj'),
    (7, 'stressed', 'stress', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'that', 'that', 'SCONJ', 16, 'mark'), (9, 'Brannock', 'brannock', 'PROPN', 11, 'nmod:poss'),
    (10, '’s', "'s", 'PART', 9, 'case'), (11, 'record', 'record', 'NOUN', 16, 'nsubj'),
    (12, 'at', 'at', 'ADP', 13, 'case'), (13, 'tournaments', 'tournament', 'NOUN', 11, 'nmod'),
    (14, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '‘', "'", 'PUNCT', 16, 'punct'), (16, 'better', 'good', 'ADJ', 7, 'ccomp'),
    (17, 'than', 'than', 'SCONJ', 22, 'mark'), (18, 'anyone', 'anyone', 'PRON', 16, 'obl'),
    (19, '’s', "'s", 'PART', 18, 'case'), (20, 'in', 'in', 'ADP', 22, 'case'),
    (21, 'that', 'that', 'DET', 22, 'det'), (22, 'squad', 'squad', 'NOUN', 16, 'obl'),
    (23, '’', "'", 'PUNCT', 16, 'punct'), (24, '.', '.', 'PUNCT', 16, 'punct'),
])

KETTERING_TOLD_MPS_BUT_INSISTED = ('The Health Secretary, Andrew Kettering, told MPs on Monday that the situation at Ashcombe was ‘not acceptable’, but insisted winter funding had reached the trust ‘in full and on time’.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Health', 'health', 'PROPN', 3, 'compound'),
    (3, 'Secretary', 'secretary', 'PROPN', 8, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'Andrew', 'andrew', 'PROPN', 6, 'compound'), (6, 'Kettering', 'kettering', 'PROPN', 3, 'appos'),
    (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'MPs', 'mps', 'PROPN', 8, 'iobj'), (10, 'on', 'on', 'ADP', 11, 'case'),
    (11, 'Monday', 'monday', 'PROPN', 8, 'obl'), (12, 'that', 'that', 'SCONJ', 20, 'mark'),
    (13, 'the', 'the', 'DET', 14, 'det'), (14, 'situation', 'situation', 'NOUN', 20, 'nsubj'),
    (15, 'at', 'at', 'ADP', 16, 'case'), (16, 'Ashcombe', 'ashcombe', 'PROPN', 14, 'nmod'),
    (17, 'was', 'be', 'AUX', 20, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '‘', "'", 'PUNCT', 20, 'punct'), (19, 'not', 'not', 'PART', 20, 'advmod'),
    (20, 'acceptable', 'acceptable', 'ADJ', 8, 'ccomp'), (21, '’', "'", 'PUNCT', 28, 'punct'),
    (22, ',', ',', 'PUNCT', 28, 'punct'), (23, 'but', 'but', 'CCONJ', 28, 'cc'),
    (24, 'insisted', 'insist', 'VERB', 26, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (25, 'winter', 'winter', 'NOUN', 26, 'compound'), (26, 'funding', 'funding', 'NOUN', 28, 'nsubj'),
    (27, 'had', 'have', 'AUX', 28, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (28, 'reached', 'reach', 'VERB', 8, 'conj', 'Tense=Past|VerbForm=Part'),
    (29, 'the', 'the', 'DET', 30, 'det'), (30, 'trust', 'trust', 'NOUN', 28, 'obj'),
    (31, '‘', "'", 'PUNCT', 33, 'punct'), (32, 'in', 'in', 'ADP', 33, 'case'),
    (33, 'full', 'full', 'ADJ', 28, 'obl'), (34, 'and', 'and', 'CCONJ', 36, 'cc'),
    (35, 'on', 'on', 'ADP', 36, 'case'), (36, 'time', 'time', 'NOUN', 33, 'conj'),
    (37, '’', "'", 'PUNCT', 33, 'punct'), (38, '.', '.', 'PUNCT', 8, 'punct'),
])

A_BARBER_WHOSE_SHOP_HOLLIS_SAID = ('A barber whose shop has stood two blocks from the site for 22 years, Dwayne Hollis said he was "cautiously excited" about the foot traffic.', [
    (1, 'A', 'a', 'DET', 2, 'det'), (2, 'barber', 'barber', 'NOUN', 18, 'nsubj'),
    (3, 'whose', 'whose', 'DET', 4, 'det'), (4, 'shop', 'shop', 'NOUN', 6, 'nsubj'),
    (5, 'has', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'stood', 'stand', 'VERB', 18, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'two', 'two', 'NUM', 8, 'nummod'), (8, 'blocks', 'block', 'NOUN', 6, 'obj'),
    (9, 'from', 'from', 'ADP', 11, 'case'), (10, 'the', 'the', 'DET', 11, 'det'),
    (11, 'site', 'site', 'NOUN', 6, 'obl'), (12, 'for', 'for', 'ADP', 14, 'case'),
    (13, '22', '22', 'NUM', 14, 'nummod'), (14, 'years', 'year', 'NOUN', 6, 'obl'),
    (15, ',', ',', 'PUNCT', 6, 'punct'), (16, 'Dwayne', 'dwayne', 'PROPN', 18, 'nsubj'),
    (17, 'Hollis', 'hollis', 'PROPN', 16, 'flat'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'he', 'he', 'PRON', 23, 'nsubj:pass'),
    (20, 'was', 'be', 'AUX', 23, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, '"', '"', 'PUNCT', 23, 'punct'), (22, 'cautiously', 'cautiously', 'ADV', 23, 'advmod'),
    (23, 'excited', 'excite', 'VERB', 18, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, '"', '"', 'PUNCT', 23, 'punct'), (25, 'about', 'about', 'ADP', 28, 'case'),
    (26, 'the', 'the', 'DET', 28, 'det'), (27, 'foot', 'foot', 'NOUN', 28, 'compound'),
    (28, 'traffic', 'traffic', 'NOUN', 23, 'obl'), (29, '.', '.', 'PUNCT', 18, 'punct'),
])

MINISTER_FOR_HEALTH_MULVANNY_URGED = ('Minister for Health Ciarán Mulvanny urged the alliance to return to the Labour Mediation Service without preconditions.', [
    (1, 'Minister', 'minister', 'NOUN', 6, 'nsubj'), (2, 'for', 'for', 'ADP', 4, 'case'),
    (3, 'Health', 'health', 'PROPN', 4, 'compound'), (4, 'Ciarán', 'ciarán', 'PROPN', 5, 'compound'),
    (5, 'Mulvanny', 'mulvanny', 'PROPN', 1, 'nmod'),
    (6, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'alliance', 'alliance', 'NOUN', 6, 'obj'),
    (9, 'to', 'to', 'PART', 10, 'mark'), (10, 'return', 'return', 'VERB', 8, 'acl', 'VerbForm=Inf'),
    (11, 'to', 'to', 'ADP', 15, 'case'), (12, 'the', 'the', 'DET', 15, 'det'),
    (13, 'Labour', 'labour', 'PROPN', 14, 'compound'),
    (14, 'Mediation', 'mediation', 'PROPN', 15, 'compound'), (15, 'Service', 'service', 'NOUN', 10, 'obl'),
    (16, 'without', 'without', 'ADP', 17, 'case'), (17, 'preconditions', 'precondition', 'NOUN', 15, 'nmod'),
    (18, '.', '.', 'PUNCT', 6, 'punct'),
])

MULVANNY_DESCRIBED_THE_STRIKE_AS = ('Minister for Health Ciarán Mulvanny described the strike as ‘regrettable and avoidable’ and urged the alliance to return to talks.', [
    (1, 'Minister', 'minister', 'NOUN', 6, 'nsubj'), (2, 'for', 'for', 'ADP', 4, 'case'),
    (3, 'Health', 'health', 'PROPN', 4, 'compound'), (4, 'Ciarán', 'ciarán', 'PROPN', 1, 'nmod'),
    (5, 'Mulvanny', 'mulvanny', 'PROPN', 1, 'nmod'),
    (6, 'described', 'describe', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'strike', 'strike', 'NOUN', 6, 'obj'),
    (9, 'as', 'as', 'ADP', 14, 'case'), (10, '‘', "'", 'PUNCT', 14, 'punct'),
    (11, 'regrettable', 'regrettable', 'ADJ', 14, 'amod'), (12, 'and', 'and', 'CCONJ', 13, 'cc'),
    (13, 'avoidable', 'avoidable', 'ADJ', 14, 'amod'), (14, '’', "'s", 'NOUN', 8, 'nmod'),
    (15, 'and', 'and', 'CCONJ', 16, 'cc'),
    (16, 'urged', 'urge', 'VERB', 6, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'the', 'the', 'DET', 18, 'det'), (18, 'alliance', 'alliance', 'NOUN', 16, 'obj'),
    (19, 'to', 'to', 'PART', 20, 'mark'), (20, 'return', 'return', 'VERB', 16, 'xcomp', 'VerbForm=Inf'),
    (21, 'to', 'to', 'ADP', 22, 'case'), (22, 'talks', 'talk', 'NOUN', 20, 'obl'),
    (23, '.', '.', 'PUNCT', 6, 'punct'),
])

KIERAN_DUNLEAVY_WAS_STRUCK = ('Brannan struck Kieran Dunleavy once outside the takeaway.', [
    (1, 'Brannan', 'brannan', 'PROPN', 2, 'nsubj'),
    (2, 'struck', 'strike', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'Kieran', 'kieran', 'PROPN', 2, 'obj'), (4, 'Dunleavy', 'dunleavy', 'PROPN', 3, 'flat'),
    (5, 'once', 'once', 'ADV', 2, 'advmod'), (6, 'outside', 'outside', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det'), (8, 'takeaway', 'takeaway', 'NOUN', 2, 'obl'),
    (9, '.', '.', 'PUNCT', 2, 'punct'),
])

WORDS_OF_KIERANS_MOTHER_DENISE = ('Those were the words of Kieran’s mother, Denise Dunleavy, 51, a school cook, in a victim personal statement she read to a packed courtroom.', [
    (1, 'Those', 'that', 'PRON', 4, 'nsubj'),
    (2, 'were', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'words', 'word', 'NOUN', 0, 'root'),
    (5, 'of', 'of', 'ADP', 8, 'case'), (6, 'Kieran', 'kieran', 'PROPN', 8, 'nmod:poss'),
    (7, '’s', "'s", 'PART', 6, 'case'), (8, 'mother', 'mother', 'NOUN', 4, 'nmod'),
    (9, ',', ',', 'PUNCT', 10, 'punct'), (10, 'Denise', 'denise', 'PROPN', 8, 'conj'),
    (11, 'Dunleavy', 'dunleavy', 'PROPN', 8, 'conj'), (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, '51', '51', 'NUM', 8, 'conj'), (14, ',', ',', 'PUNCT', 17, 'punct'),
    (15, 'a', 'a', 'DET', 17, 'det'), (16, 'school', 'school', 'NOUN', 17, 'compound'),
    (17, 'cook', 'cook', 'NOUN', 8, 'conj'), (18, ',', ',', 'PUNCT', 23, 'punct'),
    (19, 'in', 'in', 'ADP', 23, 'case'), (20, 'a', 'a', 'DET', 23, 'det'),
    (21, 'victim', 'victim', 'ADJ', 23, 'amod'), (22, 'personal', 'personal', 'ADJ', 23, 'amod'),
    (23, 'statement', 'statement', 'NOUN', 4, 'nmod'), (24, 'she', 'she', 'PRON', 25, 'nsubj'),
    (25, 'read', 'read', 'VERB', 23, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'to', 'to', 'ADP', 29, 'case'), (27, 'a', 'a', 'DET', 29, 'det'),
    (28, 'packed', 'pack', 'VERB', 29, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (29, 'courtroom', 'courtroom', 'NOUN', 25, 'obl'), (30, '.', '.', 'PUNCT', 4, 'punct'),
])

MRS_DUNLEAVY_RECALLED = ('Mrs Dunleavy, who raised Kieran alone, recalled that her son had ‘talked about nothing but wiring and football’.', [
    (1, 'Mrs', 'mrs', 'PROPN', 9, 'nsubj'), (2, 'Dunleavy', 'dunleavy', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 5, 'punct'), (4, 'who', 'who', 'PRON', 5, 'nsubj'),
    (5, 'raised', 'raise', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'Kieran', 'kieran', 'PROPN', 5, 'obj'), (7, 'alone', 'alone', 'ADV', 5, 'advmod'),
    (8, ',', ',', 'PUNCT', 5, 'punct'),
    (9, 'recalled', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'that', 'that', 'SCONJ', 15, 'mark'), (11, 'her', 'she', 'PRON', 12, 'nmod:poss'),
    (12, 'son', 'son', 'NOUN', 13, 'nsubj'),
    (13, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, '‘', "'", 'PUNCT', 15, 'punct'),
    (15, 'talked', 'talk', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (16, 'about', 'about', 'ADP', 17, 'case'), (17, 'nothing', 'nothing', 'PRON', 15, 'obl'),
    (18, 'but', 'but', 'CCONJ', 19, 'cc'), (19, 'wiring', 'wiring', 'NOUN', 17, 'conj'),
    (20, 'and', 'and', 'CCONJ', 22, 'cc'), (21, 'football', 'football', 'ADJ', 22, 'amod'),
    (22, '’', "'s", 'NOUN', 17, 'conj'), (23, '.', '.', 'PUNCT', 9, 'punct'),
])

ACTING_DI_HURST_WHO_LED_SAID = ('Acting Detective Inspector Nadia Hurst, who led the investigation, said CCTV had shown Kieran ‘minding his own business’, and praised the witnesses who came forward.', [
    (1, 'Acting', 'act', 'VERB', 12, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'Detective', 'detective', 'ADJ', 3, 'amod'), (3, 'Inspector', 'inspector', 'PROPN', 1, 'obj'),
    (4, 'Nadia', 'nadia', 'PROPN', 5, 'compound'), (5, 'Hurst', 'hurst', 'PROPN', 1, 'obj'),
    (6, ',', ',', 'PUNCT', 8, 'punct'), (7, 'who', 'who', 'PRON', 8, 'nsubj'),
    (8, 'led', 'lead', 'VERB', 5, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'investigation', 'investigation', 'NOUN', 8, 'obj'),
    (11, ',', ',', 'PUNCT', 1, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'CCTV', 'cctv', 'PROPN', 15, 'nsubj'),
    (14, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'shown', 'show', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (16, 'Kieran', 'kieran', 'PROPN', 15, 'obj'), (17, '‘', "'", 'PUNCT', 18, 'punct'),
    (18, 'minding', 'mind', 'VERB', 15, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (19, 'his', 'his', 'PRON', 21, 'nmod:poss'), (20, 'own', 'own', 'ADJ', 21, 'amod'),
    (21, 'business', 'business', 'NOUN', 18, 'obj'), (22, '’', "'", 'PUNCT', 18, 'punct'),
    (23, ',', ',', 'PUNCT', 25, 'punct'), (24, 'and', 'and', 'CCONJ', 25, 'cc'),
    (25, 'praised', 'praise', 'VERB', 15, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'the', 'the', 'DET', 27, 'det'), (27, 'witnesses', 'witness', 'NOUN', 25, 'obj'),
    (28, 'who', 'who', 'PRON', 29, 'nsubj'),
    (29, 'came', 'come', 'VERB', 27, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (30, 'forward', 'forward', 'ADV', 29, 'advmod'), (31, '.', '.', 'PUNCT', 12, 'punct'),
])

ACTING_MAYOR_RUTH_BELL_SAID = ('Acting Mayor Ruth Bell said the budget would pass.', [
    (1, 'Acting', 'act', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'Mayor', 'mayor', 'PROPN', 1, 'obj'), (3, 'Ruth', 'ruth', 'PROPN', 2, 'flat'),
    (4, 'Bell', 'bell', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'budget', 'budget', 'NOUN', 9, 'nsubj'),
    (8, 'would', 'would', 'AUX', 9, 'aux', 'VerbForm=Fin'),
    (9, 'pass', 'pass', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (10, '.', '.', 'PUNCT', 5, 'punct'),
])

I_STILL_SET_A_PLACE = ('‘I still set a place for him on Sundays.’', [
    (1, '‘', "'", 'PUNCT', 4, 'punct'), (2, 'I', 'i', 'PRON', 4, 'nsubj'),
    (3, 'still', 'still', 'ADV', 4, 'advmod'),
    (4, 'set', 'set', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (5, 'a', 'a', 'DET', 6, 'det'), (6, 'place', 'place', 'NOUN', 4, 'obj'),
    (7, 'for', 'for', 'ADP', 8, 'case'), (8, 'him', 'he', 'PRON', 4, 'obl'),
    (9, 'on', 'on', 'ADP', 10, 'case'), (10, 'Sundays', 'sunday', 'PROPN', 4, 'obl'),
    (11, '.', '.', 'PUNCT', 4, 'punct'), (12, '’', "'", 'PUNCT', 4, 'punct'),
])

BRISEBOIS_WAS_ELECTED_MAYOR = ('Nadia Brisebois was elected mayor of Marlowe Harbour on Monday night.', [
    (1, 'Nadia', 'nadia', 'PROPN', 4, 'nsubj:pass'), (2, 'Brisebois', 'brisebois', 'PROPN', 1, 'flat'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'elected', 'elect', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'mayor', 'mayor', 'NOUN', 4, 'obj'), (6, 'of', 'of', 'ADP', 8, 'case'),
    (7, 'Marlowe', 'marlowe', 'PROPN', 8, 'compound'), (8, 'Harbour', 'harbour', 'PROPN', 5, 'nmod'),
    (9, 'on', 'on', 'ADP', 11, 'case'), (10, 'Monday', 'monday', 'PROPN', 11, 'compound'),
    (11, 'night', 'night', 'NOUN', 4, 'obl'), (12, '.', '.', 'PUNCT', 4, 'punct'),
])

THE_MAYOR_ELECT_TOLD_THE_EXAMINER = ("Asked what she would do first, the mayor-elect told the Coastline Examiner she would meet the transit workers' union on Wednesday.", [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'what', 'what', 'PRON', 12, 'obj'), (3, 'she', 'she', 'PRON', 5, 'nsubj'),
    (4, 'would', 'would', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'do', 'do', 'VERB', 1, 'ccomp', 'VerbForm=Inf'), (6, 'first', 'first', 'ADV', 5, 'advmod'),
    (7, ',', ',', 'PUNCT', 12, 'punct'), (8, 'the', 'the', 'DET', 11, 'det'),
    (9, 'mayor', 'mayor', 'NOUN', 11, 'compound'), (10, '-', '-', 'PUNCT', 9, 'punct'),
    (11, 'elect', 'elect', 'NOUN', 12, 'nsubj'),
    (12, 'told', 'tell', 'VERB', 1, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'the', 'the', 'DET', 15, 'det'), (14, 'Coastline', 'coastline', 'PROPN', 15, 'compound'),
    (15, 'Examiner', 'examiner', 'PROPN', 18, 'obj'), (16, 'she', 'she', 'PRON', 18, 'nsubj'),
    (17, 'would', 'would', 'AUX', 18, 'aux', 'VerbForm=Fin'),
    (18, 'meet', 'meet', 'VERB', 12, 'ccomp', 'VerbForm=Inf'), (19, 'the', 'the', 'DET', 23, 'det'),
    (20, 'transit', 'transit', 'NOUN', 21, 'compound'), (21, 'workers', 'worker', 'NOUN', 18, 'obj'),
    (22, "'", "'", 'PUNCT', 21, 'punct'), (23, 'union', 'union', 'NOUN', 18, 'obj'),
    (24, 'on', 'on', 'ADP', 25, 'case'), (25, 'Wednesday', 'wednesday', 'PROPN', 23, 'nmod'),
    (26, '.', '.', 'PUNCT', 1, 'punct'),
])

VICE_CHANCELLOR_MARCHETTI_TOLD_STAFF = ('Vice-chancellor Professor Helen Marchetti told staff in an email on Tuesday that the university faced a $96 million deficit.', [
    (1, 'Vice-chancellor', 'vice-chancellor', 'PROPN', 2, 'nmod:desc'),
    (2, 'Professor', 'professor', 'PROPN', 5, 'nsubj'), (3, 'Helen', 'helen', 'PROPN', 2, 'flat'),
    (4, 'Marchetti', 'marchetti', 'PROPN', 3, 'flat'),
    (5, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'staff', 'staff', 'NOUN', 5, 'iobj'), (7, 'in', 'in', 'ADP', 9, 'case'),
    (8, 'an', 'a', 'DET', 9, 'det'), (9, 'email', 'email', 'NOUN', 5, 'obl'),
    (10, 'on', 'on', 'ADP', 11, 'case'), (11, 'Tuesday', 'tuesday', 'PROPN', 9, 'nmod'),
    (12, 'that', 'that', 'SCONJ', 15, 'mark'), (13, 'the', 'the', 'DET', 14, 'det'),
    (14, 'university', 'university', 'NOUN', 15, 'nsubj'),
    (15, 'faced', 'face', 'VERB', 5, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'a', 'a', 'DET', 20, 'det'), (17, '$', '$', 'SYM', 20, 'compound'),
    (18, '96', '96', 'NUM', 19, 'compound'), (19, 'million', 'million', 'NUM', 20, 'compound'),
    (20, 'deficit', 'deficit', 'NOUN', 15, 'obj'), (21, '.', '.', 'PUNCT', 5, 'punct'),
])

THE_VICE_CHANCELLOR_SAID_THROUGH = ('The vice-chancellor said through a spokeswoman that the closures would go ahead.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'vice', 'vice', 'NOUN', 4, 'compound'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'chancellor', 'chancellor', 'NOUN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'through', 'through', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'spokeswoman', 'spokeswoman', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'SCONJ', 13, 'mark'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'closures', 'closure', 'NOUN', 13, 'nsubj'),
    (12, 'would', 'would', 'AUX', 13, 'aux', 'VerbForm=Fin'),
    (13, 'go', 'go', 'VERB', 8, 'acl:relcl', 'VerbForm=Inf'), (14, 'ahead', 'ahead', 'ADV', 13, 'advmod'),
    (15, '.', '.', 'PUNCT', 5, 'punct'),
])

A_FORMER_PROJECTIONIST_WHO_REYNE_TOLD = ('A former projectionist who spent two decades programming midnight screenings, Tomasz Reyne, the festival’s artistic director, told The Velmont Courier he had watched the film four times before choosing it.', [
    (1, 'A', 'a', 'DET', 3, 'det'), (2, 'former', 'former', 'ADJ', 3, 'amod'),
    (3, 'projectionist', 'projectionist', 'NOUN', 21, 'nsubj'), (4, 'who', 'who', 'PRON', 5, 'nsubj'),
    (5, 'spent', 'spend', 'VERB', 3, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'two', 'two', 'NUM', 7, 'nummod'), (7, 'decades', 'decade', 'NOUN', 5, 'obj'),
    (8, 'programming', 'programming', 'VERB', 7, 'acl', 'VerbForm=Ger'),
    (9, 'midnight', 'midnight', 'NOUN', 10, 'compound'), (10, 'screenings', 'screening', 'NOUN', 8, 'obj'),
    (11, ',', ',', 'PUNCT', 12, 'punct'), (12, 'Tomasz', 'tomasz', 'PROPN', 10, 'appos'),
    (13, 'Reyne', 'reyne', 'PROPN', 10, 'conj'), (14, ',', ',', 'PUNCT', 3, 'punct'),
    (15, 'the', 'the', 'DET', 16, 'det'), (16, 'festival', 'festival', 'NOUN', 19, 'nmod:poss'),
    (17, '’s', "'s", 'PART', 16, 'case'), (18, 'artistic', 'artistic', 'ADJ', 19, 'amod'),
    (19, 'director', 'director', 'NOUN', 10, 'conj'), (20, ',', ',', 'PUNCT', 3, 'punct'),
    (21, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'The', 'the', 'DET', 24, 'det'), (23, 'Velmont', 'velmont', 'PROPN', 24, 'compound'),
    (24, 'Courier', 'courier', 'PROPN', 27, 'obj'), (25, 'he', 'he', 'PRON', 27, 'nsubj'),
    (26, 'had', 'have', 'AUX', 27, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'watched', 'watch', 'VERB', 21, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (28, 'the', 'the', 'DET', 31, 'det'), (29, 'film', 'film', 'NOUN', 31, 'compound'),
    (30, 'four', 'four', 'NUM', 31, 'nummod'), (31, 'times', 'time', 'NOUN', 27, 'obj'),
    (32, 'before', 'before', 'SCONJ', 33, 'mark'),
    (33, 'choosing', 'choose', 'VERB', 27, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (34, 'it', 'it', 'PRON', 33, 'obj'), (35, '.', '.', 'PUNCT', 21, 'punct'),
])

A_DRAMA_BY_THE_DIRECTOR_MARRACK = ('The festival opened on Thursday night with “The Salt Orchard,” a three-hour drama by the director Ilse Marrack that drew protesters before a single frame had been shown.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'festival', 'festival', 'NOUN', 3, 'nsubj'),
    (3, 'opened', 'open', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'on', 'on', 'ADP', 6, 'case'), (5, 'Thursday', 'thursday', 'PROPN', 6, 'compound'),
    (6, 'night', 'night', 'NOUN', 3, 'obl'), (7, 'with', 'with', 'ADP', 11, 'case'),
    (8, '“', '"', 'PUNCT', 11, 'punct'), (9, 'The', 'the', 'DET', 11, 'det'),
    (10, 'Salt', 'salt', 'PROPN', 11, 'compound'), (11, 'Orchard', 'orchard', 'PROPN', 3, 'obl'),
    (12, ',', ',', 'PUNCT', 18, 'punct'), (13, '”', '"', 'PUNCT', 18, 'punct'),
    (14, 'a', 'a', 'DET', 18, 'det'), (15, 'three', 'three', 'NUM', 17, 'nummod'),
    (16, '-', '-', 'PUNCT', 15, 'punct'), (17, 'hour', 'hour', 'NOUN', 18, 'compound'),
    (18, 'drama', 'drama', 'NOUN', 3, 'obl'), (19, 'by', 'by', 'ADP', 23, 'case'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'director', 'director', 'NOUN', 18, 'nmod'),
    (22, 'Ilse', 'ilse', 'PROPN', 23, 'compound'), (23, 'Marrack', 'marrack', 'PROPN', 18, 'nmod'),
    (24, 'that', 'that', 'PRON', 25, 'nsubj'),
    (25, 'drew', 'draw', 'VERB', 23, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'protesters', 'protester', 'NOUN', 25, 'obj'), (27, 'before', 'before', 'SCONJ', 33, 'mark'),
    (28, 'a', 'a', 'DET', 30, 'det'), (29, 'single', 'single', 'ADJ', 30, 'amod'),
    (30, 'frame', 'frame', 'NOUN', 33, 'nsubj:pass'),
    (31, 'had', 'have', 'AUX', 33, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (32, 'been', 'be', 'AUX', 33, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (33, 'shown', 'show', 'VERB', 25, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (34, '.', '.', 'PUNCT', 3, 'punct'),
])

MS_MARRACK_SAID_LIKED = ('“I didn’t make this film to be liked,” Ms. Marrack said.', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'I', 'i', 'PRON', 5, 'nsubj'),
    (3, 'did', 'do', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'n’t', 'not', 'PART', 5, 'advmod'), (5, 'make', 'make', 'VERB', 15, 'ccomp', 'VerbForm=Inf'),
    (6, 'this', 'this', 'DET', 7, 'det'), (7, 'film', 'film', 'NOUN', 5, 'obj'),
    (8, 'to', 'to', 'PART', 10, 'mark'), (9, 'be', 'be', 'AUX', 10, 'aux:pass', 'VerbForm=Inf'),
    (10, 'liked', 'like', 'VERB', 5, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (11, ',', ',', 'PUNCT', 5, 'punct'), (12, '”', '"', 'PUNCT', 5, 'punct'),
    (13, 'Ms.', 'ms.', 'PROPN', 15, 'nsubj'), (14, 'Marrack', 'marrack', 'PROPN', 15, 'nsubj'),
    (15, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, '.', '.', 'PUNCT', 15, 'punct'),
])

KOVALENKO_SAID_HAD_HIM = ('“I had him three times,” Kovalenko said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'), (2, 'I', 'i', 'PRON', 3, 'nsubj'),
    (3, 'had', 'have', 'VERB', 10, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'him', 'he', 'PRON', 3, 'iobj'), (5, 'three', 'three', 'NUM', 6, 'nummod'),
    (6, 'times', 'time', 'NOUN', 3, 'obj'), (7, ',', ',', 'PUNCT', 3, 'punct'),
    (8, '”', '"', 'PUNCT', 3, 'punct'), (9, 'Kovalenko', 'kovalenko', 'PROPN', 10, 'nsubj'),
    (10, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, '.', '.', 'PUNCT', 10, 'punct'),
])

RUIZ_BEAT_FOURTH_SEED_KOVALENKO = ('Mateo Ruiz came back from two sets down to beat fourth seed Dmytro Kovalenko 4-6, 3-6, 7-6 (5), 6-3, 7-5 on Wednesday and reach the semi-finals.', [
    (1, 'Mateo', 'mateo', 'PROPN', 3, 'nsubj'), (2, 'Ruiz', 'ruiz', 'PROPN', 1, 'flat'),
    (3, 'came', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'back', 'back', 'ADV', 3, 'advmod'), (5, 'from', 'from', 'ADP', 7, 'case'),
    (6, 'two', 'two', 'NUM', 7, 'nummod'), (7, 'sets', 'set', 'NOUN', 3, 'obl'),
    (8, 'down', 'down', 'ADV', 3, 'advmod'), (9, 'to', 'to', 'PART', 10, 'mark'),
    (10, 'beat', 'beat', 'VERB', 3, 'advcl', 'VerbForm=Inf'),
    (11, 'fourth', 'fourth', 'NOUN', 12, 'compound'), (12, 'seed', 'seed', 'NOUN', 10, 'obj'),
    (13, 'Dmytro', 'dmytro', 'PROPN', 10, 'obj'), (14, 'Kovalenko', 'kovalenko', 'PROPN', 13, 'flat'),
    (15, '4', '4', 'NUM', 13, 'flat'), (16, '-', '-', 'SYM', 17, 'case'), (17, '6', '6', 'NUM', 15, 'nmod'),
    (18, ',', ',', 'PUNCT', 19, 'punct'), (19, '3', '3', 'NUM', 17, 'nmod:unmarked'),
    (20, '-', '-', 'SYM', 21, 'case'), (21, '6', '6', 'NUM', 19, 'nmod'),
    (22, ',', ',', 'PUNCT', 23, 'punct'), (23, '7', '7', 'NUM', 21, 'nmod:unmarked'),
    (24, '-', '-', 'SYM', 25, 'case'), (25, '6', '6', 'NUM', 23, 'nmod'),
    (26, '(', '(', 'PUNCT', 27, 'punct'), (27, '5', '5', 'NUM', 25, 'appos'),
    (28, ')', ')', 'PUNCT', 27, 'punct'), (29, ',', ',', 'PUNCT', 30, 'punct'),
    (30, '6', '6', 'NUM', 27, 'nmod:unmarked'), (31, '-', '-', 'SYM', 32, 'case'),
    (32, '3', '3', 'NUM', 30, 'nmod'), (33, ',', ',', 'PUNCT', 34, 'punct'),
    (34, '7', '7', 'NUM', 32, 'nmod:unmarked'), (35, '-', '-', 'SYM', 36, 'case'),
    (36, '5', '5', 'NUM', 34, 'nmod'), (37, 'on', 'on', 'ADP', 38, 'case'),
    (38, 'Wednesday', 'wednesday', 'PROPN', 40, 'obl'), (39, 'and', 'and', 'CCONJ', 40, 'cc'),
    (40, 'reach', 'reach', 'VERB', 10, 'conj', 'VerbForm=Inf'), (41, 'the', 'the', 'DET', 42, 'det'),
    (42, 'semi-finals', 'semi-final', 'NOUN', 40, 'obj'), (43, '.', '.', 'PUNCT', 3, 'punct'),
])

SHE_WROTE_AND_CALLED_PUNISHING = ('In a review posted early Friday, she wrote that the film was “a dare dressed up as a confession” and called its final hour “punishing.”', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'a', 'a', 'DET', 3, 'det'),
    (3, 'review', 'review', 'NOUN', 9, 'obl'),
    (4, 'posted', 'post', 'VERB', 3, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'early', 'early', 'ADJ', 6, 'amod'), (6, 'Friday', 'friday', 'PROPN', 4, 'obl'),
    (7, ',', ',', 'PUNCT', 3, 'punct'), (8, 'she', 'she', 'PRON', 9, 'nsubj'),
    (9, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'that', 'that', 'SCONJ', 16, 'mark'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'film', 'film', 'NOUN', 16, 'nsubj'),
    (13, 'was', 'be', 'AUX', 16, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, '“', '"', 'PUNCT', 16, 'punct'), (15, 'a', 'a', 'DET', 16, 'det'),
    (16, 'dare', 'dare', 'NOUN', 9, 'ccomp'),
    (17, 'dressed', 'dress', 'VERB', 16, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'up', 'up', 'ADP', 17, 'compound:prt'), (19, 'as', 'as', 'ADP', 21, 'case'),
    (20, 'a', 'a', 'DET', 21, 'det'), (21, 'confession', 'confession', 'NOUN', 17, 'obl'),
    (22, '”', '"', 'PUNCT', 21, 'punct'), (23, 'and', 'and', 'CCONJ', 24, 'cc'),
    (24, 'called', 'call', 'VERB', 9, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'its', 'its', 'PRON', 27, 'nmod:poss'), (26, 'final', 'final', 'ADJ', 27, 'amod'),
    (27, 'hour', 'hour', 'NOUN', 24, 'obj'), (28, '“', '"', 'PUNCT', 29, 'punct'),
    (29, 'punishing', 'punish', 'NOUN', 24, 'obj'), (30, '.', '.', 'PUNCT', 9, 'punct'),
    (31, '”', '"', 'PUNCT', 9, 'punct'),
])

QUILL_URGED_RESIDENTS_TO_BRING = ('Marta Quill urged residents to bring a friend.', [
    (1, 'Marta', 'marta', 'PROPN', 3, 'nsubj'), (2, 'Quill', 'quill', 'PROPN', 1, 'flat'),
    (3, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'residents', 'resident', 'NOUN', 3, 'obj'), (5, 'to', 'to', 'PART', 6, 'mark'),
    (6, 'bring', 'bring', 'VERB', 3, 'advcl', 'VerbForm=Inf'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'friend', 'friend', 'NOUN', 6, 'obj'), (9, '.', '.', 'PUNCT', 3, 'punct'),
])

THE_DECISION_WAS_FINAL = ('The vice-chancellor said through a spokeswoman that the decision was ‘final’.', [
    (1, 'The', 'the', 'DET', 4, 'det'), (2, 'vice', 'vice', 'NOUN', 4, 'compound'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'chancellor', 'chancellor', 'NOUN', 5, 'nsubj'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'through', 'through', 'ADP', 8, 'case'), (7, 'a', 'a', 'DET', 8, 'det'),
    (8, 'spokeswoman', 'spokeswoman', 'NOUN', 5, 'obl'), (9, 'that', 'that', 'SCONJ', 15, 'mark'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'decision', 'decision', 'NOUN', 15, 'nsubj'),
    (12, 'was', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, '‘', "'", 'PUNCT', 15, 'punct'), (14, 'final', 'final', 'ADJ', 15, 'amod'),
    (15, '’', "'s", 'NOUN', 5, 'ccomp'), (16, '.', '.', 'PUNCT', 5, 'punct'),
])

TIERNAN_RECALLED_A_SURGEON_TOLD_HER = ('Ms Tiernan recalled that a surgeon had told her in March the list was ‘the worst he had seen in 30 years’.', [
    (1, 'Ms', 'ms', 'PROPN', 3, 'nsubj'), (2, 'Tiernan', 'tiernan', 'PROPN', 1, 'flat'),
    (3, 'recalled', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 8, 'mark'), (5, 'a', 'a', 'DET', 6, 'det'),
    (6, 'surgeon', 'surgeon', 'NOUN', 8, 'nsubj'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'told', 'tell', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part'), (9, 'her', 'she', 'PRON', 8, 'iobj'),
    (10, 'in', 'in', 'ADP', 11, 'case'), (11, 'March', 'march', 'PROPN', 8, 'obl'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'list', 'list', 'NOUN', 14, 'nsubj'),
    (14, 'was', 'be', 'AUX', 17, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '‘', "'", 'PUNCT', 17, 'punct'), (16, 'the', 'the', 'DET', 17, 'det'),
    (17, 'worst', 'bad', 'ADJ', 3, 'ccomp'), (18, 'he', 'he', 'PRON', 20, 'nsubj'),
    (19, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, 'seen', 'see', 'VERB', 17, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (21, 'in', 'in', 'ADP', 23, 'case'), (22, '30', '30', 'NUM', 23, 'nummod'),
    (23, 'years', 'year', 'NOUN', 20, 'obl'), (24, '’', "'", 'PUNCT', 3, 'punct'),
    (25, '.', '.', 'PUNCT', 3, 'punct'),
])

REPORT_SEEN_BY_MERIDIAN_SAID = ('A preliminary inspection report seen by Meridian Wire said cracks in the wall had been recorded in March.', [
    (1, 'A', 'a', 'DET', 4, 'det'), (2, 'preliminary', 'preliminary', 'ADJ', 4, 'amod'),
    (3, 'inspection', 'inspection', 'NOUN', 4, 'compound'), (4, 'report', 'report', 'NOUN', 16, 'nsubj:pass'),
    (5, 'seen', 'see', 'VERB', 4, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'by', 'by', 'ADP', 8, 'case'), (7, 'Meridian', 'meridian', 'PROPN', 8, 'compound'),
    (8, 'Wire', 'wire', 'PROPN', 5, 'obl:agent'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'cracks', 'crack', 'NOUN', 16, 'nsubj:pass'), (11, 'in', 'in', 'ADP', 13, 'case'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'wall', 'wall', 'NOUN', 10, 'nmod'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'been', 'be', 'AUX', 16, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (16, 'recorded', 'record', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'in', 'in', 'ADP', 18, 'case'), (18, 'March', 'march', 'PROPN', 16, 'obl'),
    (19, '.', '.', 'PUNCT', 9, 'punct'),
])

HALMASZ_SAID_ON_WEDNESDAY_EVENING = ('Prime Minister Teodor Halmasz, a former auditor known across Ostrelia as "the Accountant," said in a televised address on Wednesday evening that the reform was "painful but unavoidable."', [
    (1, 'Prime', 'prime', 'ADJ', 2, 'amod'), (2, 'Minister', 'minister', 'PROPN', 18, 'nsubj'),
    (3, 'Teodor', 'teodor', 'PROPN', 18, 'nsubj'), (4, 'Halmasz', 'halmasz', 'PROPN', 3, 'flat'),
    (5, ',', ',', 'PUNCT', 8, 'punct'), (6, 'a', 'a', 'DET', 8, 'det'),
    (7, 'former', 'former', 'ADJ', 8, 'amod'), (8, 'auditor', 'auditor', 'NOUN', 3, 'appos'),
    (9, 'known', 'know', 'VERB', 8, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'across', 'across', 'ADP', 11, 'case'), (11, 'Ostrelia', 'ostrelia', 'PROPN', 9, 'obl'),
    (12, 'as', 'as', 'ADP', 15, 'case'), (13, '"', '"', 'PUNCT', 15, 'punct'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'Accountant', 'accountant', 'PROPN', 9, 'obl'),
    (16, ',', ',', 'PUNCT', 15, 'punct'), (17, '"', '"', 'PUNCT', 15, 'punct'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'in', 'in', 'ADP', 22, 'case'), (20, 'a', 'a', 'DET', 22, 'det'),
    (21, 'televised', 'televise', 'VERB', 22, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, 'address', 'address', 'NOUN', 18, 'obl'), (23, 'on', 'on', 'ADP', 24, 'case'),
    (24, 'Wednesday', 'wednesday', 'PROPN', 22, 'nmod'),
    (25, 'evening', 'evening', 'VERB', 22, 'acl', 'VerbForm=Ger'), (26, 'that', 'that', 'SCONJ', 31, 'mark'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'reform', 'reform', 'NOUN', 31, 'nsubj'),
    (29, 'was', 'be', 'AUX', 31, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (30, '"', '"', 'PUNCT', 31, 'punct'), (31, 'painful', 'painful', 'ADJ', 25, 'ccomp'),
    (32, 'but', 'but', 'CCONJ', 33, 'cc'), (33, 'unavoidable', 'unavoidable', 'ADJ', 31, 'conj'),
    (34, '.', '.', 'PUNCT', 18, 'punct'), (35, '"', '"', 'PUNCT', 18, 'punct'),
])

MENDES_REPLIED_FICTION = ('Asked to describe the accuracy data Veridia published in 2022, Ms. Mendes replied: "Fiction."', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'to', 'to', 'PART', 3, 'mark'), (3, 'describe', 'describe', 'VERB', 1, 'xcomp', 'VerbForm=Inf'),
    (4, 'the', 'the', 'DET', 7, 'det'), (5, 'accuracy', 'accuracy', 'ADJ', 6, 'amod'),
    (6, 'data', 'data', 'NOUN', 7, 'compound'), (7, 'Veridia', 'veridia', 'PROPN', 3, 'obj'),
    (8, 'published', 'publish', 'VERB', 3, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, 'in', 'in', 'ADP', 10, 'case'), (10, '2022', '2022', 'NUM', 8, 'obl'),
    (11, ',', ',', 'PUNCT', 14, 'punct'), (12, 'Ms.', 'ms.', 'PROPN', 13, 'nmod:desc'),
    (13, 'Mendes', 'mendes', 'PROPN', 14, 'nsubj'),
    (14, 'replied', 'reply', 'VERB', 1, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, ':', ':', 'PUNCT', 17, 'punct'), (16, '"', '"', 'PUNCT', 17, 'punct'),
    (17, 'Fiction', 'fiction', 'PROPN', 14, 'nsubj'), (18, '.', '.', 'PUNCT', 17, 'punct'),
    (19, '"', '"', 'PUNCT', 14, 'punct'),
])

HER_COUNTERPART_FOREIGN_MINISTER_STRAND = ('Her Tarvanian counterpart, Foreign Minister Dagny Strand, was blunter.', [
    (1, 'Her', 'her', 'PRON', 3, 'nmod:poss'), (2, 'Tarvanian', 'tarvanian', 'ADJ', 3, 'amod'),
    (3, 'counterpart', 'counterpart', 'NOUN', 11, 'nsubj'), (4, ',', ',', 'PUNCT', 8, 'punct'),
    (5, 'Foreign', 'foreign', 'ADJ', 8, 'amod'), (6, 'Minister', 'minister', 'PROPN', 8, 'compound'),
    (7, 'Dagny', 'dagny', 'PROPN', 8, 'compound'), (8, 'Strand', 'strand', 'PROPN', 3, 'conj'),
    (9, ',', ',', 'PUNCT', 3, 'punct'),
    (10, 'was', 'be', 'AUX', 11, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'blunter', 'blunter', 'ADJ', 0, 'root'), (12, '.', '.', 'PUNCT', 11, 'punct'),
])

SPEAKING_IN_TARVANIAN_SHE_SAID = ('Speaking in Tarvanian, she said her government would never sign the deal.', [
    (1, 'Speaking', 'speak', 'VERB', 6, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (2, 'in', 'in', 'ADP', 3, 'case'), (3, 'Tarvanian', 'tarvanian', 'PROPN', 1, 'obl'),
    (4, ',', ',', 'PUNCT', 1, 'punct'), (5, 'she', 'she', 'PRON', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'her', 'she', 'PRON', 8, 'nmod:poss'), (8, 'government', 'government', 'NOUN', 11, 'nsubj'),
    (9, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'), (10, 'never', 'never', 'ADV', 11, 'advmod'),
    (11, 'sign', 'sign', 'VERB', 6, 'ccomp', 'VerbForm=Inf'), (12, 'the', 'the', 'DET', 13, 'det'),
    (13, 'deal', 'deal', 'NOUN', 11, 'obj'), (14, '.', '.', 'PUNCT', 6, 'punct'),
])

SEVERAL_MERCHANTS_THERE_SAID = ('Several merchants there said the arrest was a start but not enough.', [
    (1, 'Several', 'several', 'ADJ', 2, 'amod'),
    (2, 'merchants', 'merchant', 'NOUN', 4, 'nsubj', 'Number=Plur'), (3, 'there', 'there', 'PRON', 4, 'expl'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'arrest', 'arrest', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (7, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'a', 'a', 'DET', 9, 'det'), (9, 'start', 'start', 'NOUN', 4, 'ccomp', 'Number=Sing'),
    (10, 'but', 'but', 'CCONJ', 12, 'cc'), (11, 'not', 'not', 'PART', 12, 'advmod'),
    (12, 'enough', 'enough', 'ADV', 9, 'conj'), (13, '.', '.', 'PUNCT', 4, 'punct'),
])

RESIDENTS_OUTSIDE_THE_COURTHOUSE_SAID = ('Residents outside the courthouse said they would fight that, too.', [
    (1, 'Residents', 'resident', 'NOUN', 5, 'nsubj', 'Number=Plur'),
    (2, 'outside', 'outside', 'ADP', 4, 'case'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'courthouse', 'courthouse', 'NOUN', 1, 'nmod', 'Number=Sing'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'they', 'they', 'PRON', 8, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (7, 'would', 'would', 'AUX', 8, 'aux', 'VerbForm=Fin'),
    (8, 'fight', 'fight', 'VERB', 5, 'ccomp', 'VerbForm=Inf'),
    (9, 'that', 'that', 'PRON', 8, 'obj', 'Number=Sing|PronType=Dem'), (10, ',', ',', 'PUNCT', 11, 'punct'),
    (11, 'too', 'too', 'ADV', 8, 'advmod'), (12, '.', '.', 'PUNCT', 5, 'punct'),
])

RESIDENTS_OF_ELM_STREET_SAID = ('Residents of Elm Street said the plan was unfair.', [
    (1, 'Residents', 'resident', 'NOUN', 5, 'nsubj', 'Number=Plur'), (2, 'of', 'of', 'ADP', 4, 'case'),
    (3, 'Elm', 'elm', 'PROPN', 4, 'compound'), (4, 'Street', 'street', 'PROPN', 1, 'nmod'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'plan', 'plan', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (8, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'unfair', 'unfair', 'ADJ', 5, 'ccomp'), (10, '.', '.', 'PUNCT', 5, 'punct'),
])

HARDLINERS_IN_HIS_GOVERNMENT_SAID = ('Hardliners in his government said the country should reject any truce.', [
    (1, 'Hardliners', 'hardliner', 'NOUN', 5, 'nsubj', 'Number=Plur'), (2, 'in', 'in', 'ADP', 4, 'case'),
    (3, 'his', 'his', 'PRON', 4, 'nmod:poss', 'Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (4, 'government', 'government', 'NOUN', 1, 'nmod', 'Number=Sing'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det'), (7, 'country', 'country', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (8, 'should', 'should', 'AUX', 9, 'aux', 'VerbForm=Fin'),
    (9, 'reject', 'reject', 'VERB', 5, 'ccomp', 'VerbForm=Inf'), (10, 'any', 'any', 'DET', 11, 'det'),
    (11, 'truce', 'truce', 'NOUN', 9, 'obj', 'Number=Sing'), (12, '.', '.', 'PUNCT', 5, 'punct'),
])

HEADLINE_QUALIFIER_VORAS = ('Qualifier Voras stuns top seed in Lindau', [
    (1, 'Qualifier', 'qualifier', 'PROPN', 3, 'nsubj'), (2, 'Voras', 'voras', 'PROPN', 3, 'nsubj'),
    (3, 'stuns', 'stun', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'top', 'top', 'ADJ', 5, 'amod'), (5, 'seed', 'seed', 'NOUN', 3, 'obj', 'Number=Sing'),
    (6, 'in', 'in', 'ADP', 7, 'case'), (7, 'Lindau', 'lindau', 'PROPN', 3, 'obl'),
])

TOMAS_VORAS_A_QUALIFIER_WON = ('Tomas Voras, a 19-year-old qualifier, won in three sets.', [
    (1, 'Tomas', 'tomas', 'PROPN', 12, 'nsubj'), (2, 'Voras', 'voras', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 10, 'punct'), (4, 'a', 'a', 'DET', 10, 'det'), (5, '19', '19', 'NUM', 7, 'nummod'),
    (6, '-', '-', 'PUNCT', 5, 'punct'), (7, 'year', 'year', 'NOUN', 9, 'obl:unmarked', 'Number=Sing'),
    (8, '-', '-', 'PUNCT', 7, 'punct'), (9, 'old', 'old', 'ADJ', 10, 'amod'),
    (10, 'qualifier', 'qualifier', 'NOUN', 1, 'appos', 'Number=Sing'), (11, ',', ',', 'PUNCT', 12, 'punct'),
    (12, 'won', 'win', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Fin'), (13, 'in', 'in', 'ADP', 15, 'case'),
    (14, 'three', 'three', 'NUM', 15, 'nummod'), (15, 'sets', 'set', 'NOUN', 12, 'obl', 'Number=Plur'),
    (16, '.', '.', 'PUNCT', 12, 'punct'),
])

SURREAL_VORAS_SAID = ('“Surreal,” Voras said.', [
    (1, '“', '"', 'PUNCT', 2, 'punct'), (2, 'Surreal', 'surreal', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, '”', '"', 'PUNCT', 2, 'punct'),
    (5, 'Voras', 'voras', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, '.', '.', 'PUNCT', 6, 'punct'),
])

TRUCK_DRIVERS_QUEUING_SAID = ('Truck drivers queuing outside the gates said they had no idea when their containers would be released.', [
    (1, 'Truck', 'truck', 'NOUN', 2, 'nsubj', 'Number=Sing'),
    (2, 'drivers', 'driver', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'queuing', 'queu', 'VERB', 2, 'xcomp', 'VerbForm=Part'), (4, 'outside', 'outside', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'gates', 'gate', 'NOUN', 3, 'obl', 'Number=Plur'),
    (7, 'said', 'say', 'VERB', 2, 'conj', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'they', 'they', 'PRON', 9, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (9, 'had', 'have', 'VERB', 7, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'no', 'no', 'DET', 11, 'det'), (11, 'idea', 'idea', 'NOUN', 9, 'obj', 'Number=Sing'),
    (12, 'when', 'when', 'ADV', 17, 'advmod'),
    (13, 'their', 'their', 'PRON', 14, 'nmod:poss', 'Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs'),
    (14, 'containers', 'container', 'NOUN', 17, 'nsubj:pass', 'Number=Plur'),
    (15, 'would', 'would', 'AUX', 17, 'aux', 'VerbForm=Fin'),
    (16, 'be', 'be', 'AUX', 17, 'aux:pass', 'VerbForm=Inf'),
    (17, 'released', 'release', 'VERB', 9, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, '.', '.', 'PUNCT', 2, 'punct'),
])

AUDIT_PUBLISHED_IN_MARCH_STATED = ('The audit, published in March, stated that at least 212 objects had been taken by force.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'audit', 'audit', 'NOUN', 8, 'nsubj', 'Number=Sing'),
    (3, ',', ',', 'PUNCT', 4, 'punct'),
    (4, 'published', 'publish', 'VERB', 8, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'in', 'in', 'ADP', 6, 'case'), (6, 'March', 'march', 'PROPN', 4, 'obl'),
    (7, ',', ',', 'PUNCT', 4, 'punct'),
    (8, 'stated', 'state', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'that', 'that', 'SCONJ', 16, 'mark'), (10, 'at', 'at', 'ADP', 11, 'case'),
    (11, 'least', 'least', 'ADJ', 13, 'nmod:poss'), (12, '212', '212', 'NUM', 13, 'nummod'),
    (13, 'objects', 'object', 'NOUN', 16, 'nsubj:pass', 'Number=Plur'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'been', 'be', 'AUX', 16, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (16, 'taken', 'take', 'VERB', 8, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'by', 'by', 'ADP', 18, 'case'), (18, 'force', 'force', 'NOUN', 16, 'obl:agent', 'Number=Sing'),
    (19, '.', '.', 'PUNCT', 8, 'punct'),
])

ITS_CONCLUSION_WAS_BLUNT = ('Its conclusion was blunt:', [
    (1, 'Its', 'its', 'PRON', 2, 'nmod:poss', 'Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (2, 'conclusion', 'conclusion', 'NOUN', 4, 'nsubj:pass', 'Number=Sing'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'blunt', 'blunt', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, ':', ':', 'PUNCT', 4, 'punct'),
])

THE_MUSEUM_CANNOT_CLAIM_TITLE = ('“The museum cannot claim good title to any of them.”', [
    (1, '“', '"', 'PUNCT', 6, 'punct'), (2, 'The', 'the', 'DET', 3, 'det'),
    (3, 'museum', 'museum', 'NOUN', 6, 'nsubj', 'Number=Sing'),
    (4, 'can', 'can', 'AUX', 6, 'aux', 'VerbForm=Fin'), (5, 'not', 'not', 'PART', 6, 'advmod'),
    (6, 'claim', 'claim', 'VERB', 0, 'root', 'VerbForm=Inf'), (7, 'good', 'good', 'ADJ', 8, 'amod'),
    (8, 'title', 'title', 'NOUN', 6, 'obj', 'Number=Sing'), (9, 'to', 'to', 'ADP', 10, 'case'),
    (10, 'any', 'any', 'DET', 8, 'nmod'), (11, 'of', 'of', 'ADP', 12, 'case'),
    (12, 'them', 'they', 'PRON', 10, 'nmod', 'Case=Acc|Number=Plur|Person=3|PronType=Prs'),
    (13, '.', '.', 'PUNCT', 6, 'punct'), (14, '”', '"', 'PUNCT', 6, 'punct'),
])

THEY_ARE_OUR_GRANDFATHERS = ('“They are our grandfathers.”', [
    (1, '“', '"', 'PUNCT', 5, 'punct'),
    (2, 'They', 'they', 'PRON', 5, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (3, 'are', 'be', 'AUX', 5, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'our', 'our', 'PRON', 5, 'nmod:poss', 'Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs'),
    (5, 'grandfathers', 'grandfather', 'NOUN', 0, 'root', 'Number=Plur'), (6, '.', '.', 'PUNCT', 5, 'punct'),
    (7, '”', '"', 'PUNCT', 5, 'punct'),
])

MESSAGE_FROM_TENKORANG_AN_ELDER = ('That was the message from Abena Tenkorang, a 91-year-old elder of the Sendoro royal lineage, in a video shown to museum staff last month.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj', 'Number=Sing|PronType=Dem'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'message', 'message', 'NOUN', 0, 'root', 'Number=Sing'),
    (5, 'from', 'from', 'ADP', 6, 'case'), (6, 'Abena', 'abena', 'PROPN', 4, 'nmod'),
    (7, 'Tenkorang', 'tenkorang', 'PROPN', 4, 'nmod'), (8, ',', ',', 'PUNCT', 15, 'punct'),
    (9, 'a', 'a', 'DET', 15, 'det'), (10, '91', '91', 'NUM', 12, 'nummod'),
    (11, '-', '-', 'PUNCT', 10, 'punct'), (12, 'year', 'year', 'NOUN', 14, 'obl:unmarked', 'Number=Sing'),
    (13, '-', '-', 'PUNCT', 12, 'punct'), (14, 'old', 'old', 'ADJ', 15, 'amod'),
    (15, 'elder', 'elder', 'NOUN', 4, 'nmod', 'Number=Sing'), (16, 'of', 'of', 'ADP', 20, 'case'),
    (17, 'the', 'the', 'DET', 20, 'det'), (18, 'Sendoro', 'sendoro', 'PROPN', 20, 'compound'),
    (19, 'royal', 'royal', 'ADJ', 20, 'amod'), (20, 'lineage', 'lineage', 'NOUN', 15, 'nmod', 'Number=Sing'),
    (21, ',', ',', 'PUNCT', 25, 'punct'), (22, 'in', 'in', 'ADP', 24, 'case'),
    (23, 'a', 'a', 'DET', 24, 'det'), (24, 'video', 'video', 'NOUN', 25, 'obl', 'Number=Sing'),
    (25, 'shown', 'show', 'VERB', 4, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (26, 'to', 'to', 'PART', 27, 'mark'), (27, 'museum', 'museum', 'VERB', 25, 'xcomp', 'VerbForm=Inf'),
    (28, 'staff', 'staff', 'NOUN', 27, 'obj', 'Number=Sing'), (29, 'last', 'last', 'ADJ', 30, 'amod'),
    (30, 'month', 'month', 'NOUN', 27, 'obl:unmarked', 'Number=Sing'), (31, '.', '.', 'PUNCT', 4, 'punct'),
])

PLAN_OFFICIALS_HAVE_BRANDED = ('The plan, which district officials have branded "Students First, Sustainable Always," drew a standing-room-only crowd of teachers.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'plan', 'plan', 'NOUN', 17, 'nsubj', 'Number=Sing'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'which', 'which', 'PRON', 8, 'obj', 'PronType=Rel'),
    (5, 'district', 'district', 'NOUN', 6, 'compound', 'Number=Sing'),
    (6, 'officials', 'official', 'NOUN', 8, 'nsubj', 'Number=Plur'),
    (7, 'have', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (8, 'branded', 'brand', 'VERB', 17, 'advcl', 'Tense=Past|VerbForm=Part'),
    (9, '"', '"', 'PUNCT', 11, 'punct'), (10, 'Students', 'student', 'PROPN', 11, 'compound'),
    (11, 'First', 'first', 'ADJ', 8, 'xcomp'), (12, ',', ',', 'PUNCT', 13, 'punct'),
    (13, 'Sustainable', 'sustainable', 'ADJ', 11, 'conj'), (14, 'Always', 'always', 'ADV', 8, 'advmod'),
    (15, ',', ',', 'PUNCT', 2, 'punct'), (16, '"', '"', 'PUNCT', 17, 'punct'),
    (17, 'drew', 'draw', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'a', 'a', 'DET', 24, 'det'), (19, 'standing', 'standing', 'NOUN', 21, 'compound', 'Number=Sing'),
    (20, '-', '-', 'PUNCT', 19, 'punct'), (21, 'room', 'room', 'NOUN', 24, 'compound', 'Number=Sing'),
    (22, '-', '-', 'PUNCT', 21, 'punct'), (23, 'only', 'only', 'ADV', 24, 'advmod'),
    (24, 'crowd', 'crowd', 'NOUN', 17, 'obj', 'Number=Sing'), (25, 'of', 'of', 'ADP', 26, 'case'),
    (26, 'teachers', 'teacher', 'NOUN', 24, 'nmod', 'Number=Plur'), (27, '.', '.', 'PUNCT', 17, 'punct'),
])

SUPERINTENDENT_SAID_RISING_COSTS_AND = ('The superintendent, who took over the district in 2021, said rising health insurance costs and the end of federal pandemic aid had left a hole that reserves could no longer fill.', [
    (1, 'The', 'the', 'DET', 2, 'det'),
    (2, 'superintendent', 'superintendent', 'NOUN', 12, 'nsubj', 'Number=Sing'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, 'who', 'who', 'PRON', 5, 'nsubj', 'PronType=Rel'),
    (5, 'took', 'take', 'VERB', 2, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'over', 'over', 'ADP', 8, 'case'), (7, 'the', 'the', 'DET', 8, 'det'),
    (8, 'district', 'district', 'NOUN', 5, 'obl', 'Number=Sing'), (9, 'in', 'in', 'ADP', 10, 'case'),
    (10, '2021', '2021', 'NUM', 8, 'nmod'), (11, ',', ',', 'PUNCT', 2, 'punct'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'rising', 'rise', 'VERB', 12, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (14, 'health', 'health', 'NOUN', 16, 'compound', 'Number=Sing'),
    (15, 'insurance', 'insurance', 'NOUN', 16, 'compound', 'Number=Sing'),
    (16, 'costs', 'cost', 'NOUN', 13, 'obj', 'Number=Plur'), (17, 'and', 'and', 'CCONJ', 25, 'cc'),
    (18, 'the', 'the', 'DET', 19, 'det'), (19, 'end', 'end', 'NOUN', 25, 'nsubj', 'Number=Sing'),
    (20, 'of', 'of', 'ADP', 23, 'case'), (21, 'federal', 'federal', 'ADJ', 23, 'amod'),
    (22, 'pandemic', 'pandemic', 'NOUN', 23, 'compound', 'Number=Sing'),
    (23, 'aid', 'aid', 'NOUN', 19, 'nmod', 'Number=Sing'),
    (24, 'had', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'left', 'leave', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part'), (26, 'a', 'a', 'DET', 27, 'det'),
    (27, 'hole', 'hole', 'NOUN', 25, 'obj', 'Number=Sing'),
    (28, 'that', 'that', 'PRON', 29, 'nsubj', 'PronType=Rel'),
    (29, 'reserves', 'reserve', 'VERB', 27, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (30, 'could', 'could', 'AUX', 33, 'aux', 'VerbForm=Fin'), (31, 'no', 'no', 'DET', 33, 'det'),
    (32, 'longer', 'long', 'ADJ', 33, 'advmod'),
    (33, 'fill', 'fill', 'VERB', 27, 'acl:relcl', 'VerbForm=Inf'), (34, '.', '.', 'PUNCT', 12, 'punct'),
])

SHE_SAID_FALLING_DEMAND_AND = ('She said falling demand and a strong pound would hit exporters.', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'falling', 'fall', 'VERB', 4, 'amod', 'VerbForm=Part'),
    (4, 'demand', 'demand', 'NOUN', 2, 'obj', 'Number=Sing'), (5, 'and', 'and', 'CCONJ', 10, 'cc'),
    (6, 'a', 'a', 'DET', 8, 'det'), (7, 'strong', 'strong', 'ADJ', 8, 'amod'),
    (8, 'pound', 'pound', 'NOUN', 10, 'nsubj', 'Number=Sing'),
    (9, 'would', 'would', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'hit', 'hit', 'VERB', 2, 'conj', 'VerbForm=Inf'),
    (11, 'exporters', 'exporter', 'NOUN', 10, 'obj', 'Number=Plur'), (12, '.', '.', 'PUNCT', 2, 'punct'),
])

BOARD_MEMBERS_FENN_AND_ARKWRIGHT_BOTH_SAID = ('Board members Lucia Fenn and Tom Arkwright both said they wanted to see alternatives before any vote.', [
    (1, 'Board', 'board', 'NOUN', 2, 'compound', 'Number=Sing'),
    (2, 'members', 'member', 'NOUN', 9, 'nsubj', 'Number=Plur'), (3, 'Lucia', 'lucia', 'PROPN', 2, 'appos'),
    (4, 'Fenn', 'fenn', 'PROPN', 3, 'flat'), (5, 'and', 'and', 'CCONJ', 6, 'cc'),
    (6, 'Tom', 'tom', 'PROPN', 4, 'conj'), (7, 'Arkwright', 'arkwright', 'PROPN', 4, 'conj'),
    (8, 'both', 'both', 'CCONJ', 7, 'nmod:unmarked'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'they', 'they', 'PRON', 11, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (11, 'wanted', 'want', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'to', 'to', 'PART', 13, 'mark'), (13, 'see', 'see', 'VERB', 11, 'xcomp', 'VerbForm=Inf'),
    (14, 'alternatives', 'alternative', 'NOUN', 13, 'obj', 'Number=Plur'),
    (15, 'before', 'before', 'ADP', 17, 'case'), (16, 'any', 'any', 'DET', 17, 'det'),
    (17, 'vote', 'vote', 'NOUN', 13, 'obl', 'Number=Sing'), (18, '.', '.', 'PUNCT', 9, 'punct'),
])

MY_DAUGHTER_HAS_ASTHMA = ('"My daughter has asthma."', [
    (1, '"', '"', 'PUNCT', 5, 'punct'),
    (2, 'My', 'my', 'PRON', 3, 'nmod:poss', 'Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs'),
    (3, 'daughter', 'daughter', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (4, 'has', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (5, 'asthma', 'asthma', 'NOUN', 0, 'root', 'Number=Sing'), (6, '.', '.', 'PUNCT', 5, 'punct'),
    (7, '"', '"', 'PUNCT', 5, 'punct'),
])

QUESTION_FROM_RENEE_ALBRIGHT_A_NURSE = ('That was the question from Renee Albright, a night-shift nurse whose two children attend Brookside.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj', 'Number=Sing|PronType=Dem'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'question', 'question', 'NOUN', 0, 'root', 'Number=Sing'),
    (5, 'from', 'from', 'ADP', 7, 'case'), (6, 'Renee', 'renee', 'PROPN', 4, 'nmod'),
    (7, 'Albright', 'albright', 'PROPN', 6, 'flat'), (8, ',', ',', 'PUNCT', 13, 'punct'),
    (9, 'a', 'a', 'DET', 13, 'det'), (10, 'night', 'night', 'NOUN', 12, 'compound', 'Number=Sing'),
    (11, '-', '-', 'PUNCT', 10, 'punct'), (12, 'shift', 'shift', 'NOUN', 13, 'compound', 'Number=Sing'),
    (13, 'nurse', 'nurse', 'NOUN', 4, 'nmod', 'Number=Sing'), (14, 'whose', 'whose', 'DET', 16, 'det'),
    (15, 'two', 'two', 'NUM', 16, 'nummod'), (16, 'children', 'child', 'NOUN', 17, 'nsubj', 'Number=Plur'),
    (17, 'attend', 'attend', 'VERB', 13, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (18, 'Brookside', 'brookside', 'PROPN', 17, 'obj'), (19, '.', '.', 'PUNCT', 4, 'punct'),
])

KESSINGTON_DATELINE_BASTIDA_A_QUALIFIER = ('KESSINGTON, June 8 (Crestline Sports Wire) - Aurelio Bastida, a 19-year-old qualifier ranked 211th in the world, knocked top seed Lukas Brenner out of the Kessington Open on Wednesday, winning 7-6(4) 3-6 6-4 in the biggest upset of the week.', [
    (1, 'KESSINGTON', 'kessingtonn', 'PROPN', 0, 'root'), (2, ',', ',', 'PUNCT', 4, 'punct'),
    (3, 'June', 'june', 'PROPN', 4, 'nmod:unmarked'), (4, '8', '8', 'NUM', 1, 'appos'),
    (5, '(', '(', 'PUNCT', 8, 'punct'), (6, 'Crestline', 'crestline', 'PROPN', 8, 'compound'),
    (7, 'Sports', 'sport', 'PROPN', 8, 'compound'), (8, 'Wire', 'wire', 'PROPN', 1, 'appos'),
    (9, ')', ')', 'PUNCT', 8, 'punct'), (10, '-', '-', 'PUNCT', 11, 'punct'),
    (11, 'Aurelio', 'aurelio', 'PROPN', 1, 'conj'), (12, 'Bastida', 'bastida', 'PROPN', 1, 'conj'),
    (13, ',', ',', 'PUNCT', 20, 'punct'), (14, 'a', 'a', 'DET', 20, 'det'),
    (15, '19', '19', 'NUM', 17, 'nummod'), (16, '-', '-', 'PUNCT', 15, 'punct'),
    (17, 'year', 'year', 'NOUN', 19, 'obl:unmarked', 'Number=Sing'), (18, '-', '-', 'PUNCT', 17, 'punct'),
    (19, 'old', 'old', 'ADJ', 20, 'amod'), (20, 'qualifier', 'qualifier', 'NOUN', 4, 'appos', 'Number=Sing'),
    (21, 'ranked', 'rank', 'VERB', 20, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (22, '211th', '211th', 'NUM', 20, 'nmod'), (23, 'in', 'in', 'ADP', 25, 'case'),
    (24, 'the', 'the', 'DET', 25, 'det'), (25, 'world', 'world', 'NOUN', 21, 'obl', 'Number=Sing'),
    (26, ',', ',', 'PUNCT', 29, 'punct'),
    (27, 'knocked', 'knock', 'VERB', 29, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (28, 'top', 'top', 'NOUN', 29, 'compound', 'Number=Sing'),
    (29, 'seed', 'seed', 'NOUN', 25, 'conj', 'Number=Sing'), (30, 'Lukas', 'lukas', 'PROPN', 31, 'compound'),
    (31, 'Brenner', 'brenner', 'PROPN', 29, 'flat'), (32, 'out', 'out', 'ADP', 36, 'case'),
    (33, 'of', 'of', 'ADP', 36, 'case'), (34, 'the', 'the', 'DET', 36, 'det'),
    (35, 'Kessington', 'kessington', 'PROPN', 36, 'compound'), (36, 'Open', 'open', 'PROPN', 31, 'nmod'),
    (37, 'on', 'on', 'ADP', 38, 'case'), (38, 'Wednesday', 'wednesday', 'PROPN', 36, 'nmod'),
    (39, ',', ',', 'PUNCT', 40, 'punct'),
    (40, 'winning', 'win', 'VERB', 36, 'acl', 'Tense=Pres|VerbForm=Part'), (41, '7', '7', 'NUM', 40, 'obj'),
    (42, '-', '-', 'SYM', 43, 'case'), (43, '6(', '6(', 'NUM', 44, 'compound'),
    (44, '4', '4', 'NUM', 41, 'nmod'), (45, ')', ')', 'PUNCT', 44, 'punct'),
    (46, '3', '3', 'NUM', 49, 'compound'), (47, '-', '-', 'SYM', 48, 'case'),
    (48, '6', '6', 'NUM', 49, 'nmod'), (49, '6', '6', 'NUM', 51, 'nmod'), (50, '-', '-', 'SYM', 51, 'case'),
    (51, '4', '4', 'NUM', 55, 'nummod'), (52, 'in', 'in', 'ADP', 55, 'case'),
    (53, 'the', 'the', 'DET', 55, 'det'), (54, 'biggest', 'big', 'ADJ', 55, 'amod'),
    (55, 'upset', 'upset', 'NOUN', 40, 'obl', 'Number=Sing'), (56, 'of', 'of', 'ADP', 58, 'case'),
    (57, 'the', 'the', 'DET', 58, 'det'), (58, 'week', 'week', 'NOUN', 55, 'nmod', 'Number=Sing'),
    (59, '.', '.', 'PUNCT', 1, 'punct'),
])

SURREAL_BASTIDA_SAID = ('“Surreal,” Bastida said when he reached the net.', [
    (1, '“', '"', 'PUNCT', 2, 'punct'), (2, 'Surreal', 'surreal', 'PROPN', 6, 'nsubj'),
    (3, ',', ',', 'PUNCT', 2, 'punct'), (4, '”', '"', 'PUNCT', 2, 'punct'),
    (5, 'Bastida', 'bastida', 'PROPN', 6, 'nsubj'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'when', 'when', 'ADV', 9, 'advmod'),
    (8, 'he', 'he', 'PRON', 9, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (9, 'reached', 'reach', 'VERB', 6, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'net', 'net', 'NOUN', 9, 'obj', 'Number=Sing'),
    (12, '.', '.', 'PUNCT', 6, 'punct'),
])

BASTIDA_A_QUALIFIER_KNOCKED_OUT = ('Aurelio Bastida, a 19-year-old qualifier, knocked top seed Lukas Brenner out of the Kessington Open on Wednesday.', [
    (1, 'Aurelio', 'aurelio', 'PROPN', 0, 'root'), (2, 'Bastida', 'bastida', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 10, 'punct'), (4, 'a', 'a', 'DET', 10, 'det'), (5, '19', '19', 'NUM', 7, 'nummod'),
    (6, '-', '-', 'PUNCT', 5, 'punct'), (7, 'year', 'year', 'NOUN', 9, 'obl:unmarked', 'Number=Sing'),
    (8, '-', '-', 'PUNCT', 7, 'punct'), (9, 'old', 'old', 'ADJ', 10, 'amod'),
    (10, 'qualifier', 'qualifier', 'NOUN', 1, 'appos', 'Number=Sing'), (11, ',', ',', 'PUNCT', 14, 'punct'),
    (12, 'knocked', 'knock', 'VERB', 14, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, 'top', 'top', 'NOUN', 14, 'compound', 'Number=Sing'),
    (14, 'seed', 'seed', 'NOUN', 10, 'conj', 'Number=Sing'), (15, 'Lukas', 'lukas', 'PROPN', 16, 'compound'),
    (16, 'Brenner', 'brenner', 'PROPN', 1, 'list'), (17, 'out', 'out', 'ADP', 21, 'case'),
    (18, 'of', 'of', 'ADP', 21, 'case'), (19, 'the', 'the', 'DET', 21, 'det'),
    (20, 'Kessington', 'kessington', 'PROPN', 21, 'compound'), (21, 'Open', 'open', 'PROPN', 10, 'nmod'),
    (22, 'on', 'on', 'ADP', 23, 'case'), (23, 'Wednesday', 'wednesday', 'PROPN', 21, 'nmod'),
    (24, '.', '.', 'PUNCT', 1, 'punct'),
])

HE_INSISTED_AFTERWARDS_ZERO_PART = ('He insisted afterwards that the injury had played “zero part” in the result.', [
    (1, 'He', 'he', 'PRON', 2, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (2, 'insisted', 'insist', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'afterwards', 'afterwards', 'NOUN', 2, 'obj', 'Number=Plur'), (4, 'that', 'that', 'SCONJ', 8, 'mark'),
    (5, 'the', 'the', 'DET', 6, 'det'), (6, 'injury', 'injury', 'NOUN', 8, 'nsubj', 'Number=Sing'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'played', 'play', 'VERB', 3, 'acl', 'Tense=Past|VerbForm=Part'), (9, '“', '"', 'PUNCT', 11, 'punct'),
    (10, 'zero', 'zero', 'ADJ', 11, 'amod'), (11, 'part', 'part', 'NOUN', 8, 'obj', 'Number=Sing'),
    (12, '”', '"', 'PUNCT', 11, 'punct'), (13, 'in', 'in', 'ADP', 15, 'case'),
    (14, 'the', 'the', 'DET', 15, 'det'), (15, 'result', 'result', 'NOUN', 8, 'obl', 'Number=Sing'),
    (16, '.', '.', 'PUNCT', 2, 'punct'),
])

FORMER_WORLD_NO_1_KESSLER_WROTE = ('Former world No. 1 Dario Kessler wrote on X that Bastida’s forehand was “the real deal,” while the men’s tour said the win would lift the teenager about 70 places in Monday’s rankings.', [
    (1, 'Former', 'former', 'ADJ', 2, 'amod'), (2, 'world', 'world', 'NOUN', 7, 'nsubj', 'Number=Sing'),
    (3, 'No.', 'no.', 'PROPN', 5, 'nmod:desc'), (4, '1', '1', 'NUM', 5, 'nummod'),
    (5, 'Dario', 'dario', 'PROPN', 7, 'nsubj'), (6, 'Kessler', 'kessler', 'PROPN', 5, 'flat'),
    (7, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'on', 'on', 'ADP', 9, 'case'), (9, 'X', 'x', 'PROPN', 7, 'obl'),
    (10, 'that', 'that', 'SCONJ', 18, 'mark'), (11, 'Bastida', 'bastida', 'PROPN', 13, 'nmod:poss'),
    (12, '’s', "'s", 'PART', 11, 'case'), (13, 'forehand', 'forehand', 'NOUN', 18, 'nsubj', 'Number=Sing'),
    (14, 'was', 'be', 'AUX', 18, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '“', '"', 'PUNCT', 18, 'punct'), (16, 'the', 'the', 'DET', 18, 'det'),
    (17, 'real', 'real', 'ADJ', 18, 'amod'), (18, 'deal', 'deal', 'NOUN', 7, 'ccomp', 'Number=Sing'),
    (19, ',', ',', 'PUNCT', 26, 'punct'), (20, '”', '"', 'PUNCT', 18, 'punct'),
    (21, 'while', 'while', 'SCONJ', 26, 'mark'), (22, 'the', 'the', 'DET', 23, 'det'),
    (23, 'men', 'man', 'NOUN', 25, 'nmod:poss', 'Number=Plur'), (24, '’s', "'s", 'PART', 23, 'case'),
    (25, 'tour', 'tour', 'NOUN', 26, 'nsubj', 'Number=Sing'),
    (26, 'said', 'say', 'VERB', 18, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'win', 'win', 'NOUN', 30, 'nsubj', 'Number=Sing'),
    (29, 'would', 'would', 'AUX', 30, 'aux', 'VerbForm=Fin'),
    (30, 'lift', 'lift', 'VERB', 26, 'ccomp', 'VerbForm=Inf'), (31, 'the', 'the', 'DET', 32, 'det'),
    (32, 'teenager', 'teenager', 'NOUN', 30, 'obj', 'Number=Sing'),
    (33, 'about', 'about', 'ADV', 34, 'advmod'), (34, '70', '70', 'NUM', 35, 'nummod'),
    (35, 'places', 'place', 'NOUN', 30, 'obj', 'Number=Plur'), (36, 'in', 'in', 'ADP', 39, 'case'),
    (37, 'Monday', 'monday', 'PROPN', 39, 'nmod:poss'), (38, '’s', "'s", 'PART', 37, 'case'),
    (39, 'rankings', 'ranking', 'NOUN', 35, 'nmod', 'Number=Plur'), (40, '.', '.', 'PUNCT', 7, 'punct'),
])

BANK_KEPT_RATE_BRUSHING_ASIDE_AND_WARNING = ('The Bank of Aldermark kept its benchmark interest rate at 4.75 per cent on Thursday, brushing aside calls from exporters for a cut and warning that wage growth remained ‘uncomfortably strong’.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'Bank', 'bank', 'PROPN', 5, 'nsubj'),
    (3, 'of', 'of', 'ADP', 4, 'case'), (4, 'Aldermark', 'aldermark', 'PROPN', 2, 'nmod'),
    (5, 'kept', 'keep', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'its', 'its', 'PRON', 9, 'nmod:poss', 'Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (7, 'benchmark', 'benchmark', 'NOUN', 9, 'compound', 'Number=Sing'),
    (8, 'interest', 'interest', 'NOUN', 9, 'compound', 'Number=Sing'),
    (9, 'rate', 'rate', 'NOUN', 5, 'obj', 'Number=Sing'), (10, 'at', 'at', 'ADP', 11, 'case'),
    (11, '4.75', '4.75', 'NUM', 9, 'nmod'), (12, 'per', 'per', 'ADP', 13, 'case'),
    (13, 'cent', 'cent', 'NOUN', 5, 'obl', 'Number=Sing'), (14, 'on', 'on', 'ADP', 15, 'case'),
    (15, 'Thursday', 'thursday', 'PROPN', 13, 'nmod'), (16, ',', ',', 'PUNCT', 17, 'punct'),
    (17, 'brushing', 'brush', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (18, 'aside', 'aside', 'ADV', 19, 'amod'), (19, 'calls', 'call', 'NOUN', 17, 'obj', 'Number=Plur'),
    (20, 'from', 'from', 'ADP', 21, 'case'), (21, 'exporters', 'exporter', 'NOUN', 17, 'obl', 'Number=Plur'),
    (22, 'for', 'for', 'ADP', 24, 'case'), (23, 'a', 'a', 'DET', 24, 'det'),
    (24, 'cut', 'cut', 'NOUN', 17, 'obl', 'Number=Sing'), (25, 'and', 'and', 'CCONJ', 26, 'cc'),
    (26, 'warning', 'warning', 'VERB', 24, 'conj', 'Tense=Pres|VerbForm=Part'),
    (27, 'that', 'that', 'DET', 29, 'det'), (28, 'wage', 'wage', 'NOUN', 29, 'compound', 'Number=Sing'),
    (29, 'growth', 'growth', 'NOUN', 30, 'nsubj', 'Number=Sing'),
    (30, 'remained', 'remain', 'VERB', 26, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (31, '‘', "'", 'PUNCT', 34, 'punct'), (32, 'uncomfortably', 'uncomfortably', 'ADV', 34, 'advmod'),
    (33, 'strong', 'strong', 'ADJ', 34, 'amod'), (34, '’', "'s", 'NOUN', 30, 'obj', 'Number=Plur'),
    (35, '.', '.', 'PUNCT', 5, 'punct'),
])

REINHOLT_STRESSED_SOFTER_PAY_DATA = ('Mr Reinholt, 58, stressed that the committee would need ‘several more months’ of softer pay data before it could consider easing.', [
    (1, 'Mr', 'mr', 'PROPN', 6, 'nsubj'), (2, 'Reinholt', 'reinholt', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '58', '58', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'stressed', 'stress', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'that', 'that', 'SCONJ', 11, 'mark'), (8, 'the', 'the', 'DET', 9, 'det'),
    (9, 'committee', 'committee', 'NOUN', 11, 'nsubj', 'Number=Sing'),
    (10, 'would', 'would', 'AUX', 11, 'aux', 'VerbForm=Fin'),
    (11, 'need', 'need', 'VERB', 6, 'ccomp', 'VerbForm=Inf'), (12, '‘', "'", 'PUNCT', 15, 'punct'),
    (13, 'several', 'several', 'ADJ', 15, 'amod'), (14, 'more', 'more', 'ADJ', 15, 'amod'),
    (15, 'months', 'month', 'NOUN', 11, 'obj', 'Number=Plur'), (16, '’', "'", 'PUNCT', 15, 'punct'),
    (17, 'of', 'of', 'ADP', 18, 'case'), (18, 'softer', 'softer', 'NOUN', 15, 'nmod', 'Number=Sing'),
    (19, 'pay', 'pay', 'VERB', 6, 'ccomp', 'VerbForm=Inf'),
    (20, 'data', 'data', 'NOUN', 19, 'obj', 'Number=Sing'), (21, 'before', 'before', 'SCONJ', 24, 'mark'),
    (22, 'it', 'it', 'PRON', 24, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (23, 'could', 'could', 'AUX', 24, 'aux', 'VerbForm=Fin'),
    (24, 'consider', 'consider', 'VERB', 19, 'advcl', 'VerbForm=Inf'),
    (25, 'easing', 'eas', 'VERB', 24, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (26, '.', '.', 'PUNCT', 6, 'punct'),
])

SOLLBERG_COACHES_BASTIDA = ('Marit Sollberg has coached Bastida since he was 14.', [
    (1, 'Marit', 'marit', 'PROPN', 4, 'nsubj'), (2, 'Sollberg', 'sollberg', 'PROPN', 4, 'nsubj'),
    (3, 'has', 'have', 'AUX', 4, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'coached', 'coach', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (5, 'Bastida', 'bastida', 'PROPN', 4, 'obj'), (6, 'since', 'since', 'SCONJ', 9, 'mark'),
    (7, 'he', 'he', 'PRON', 9, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (8, 'was', 'be', 'AUX', 9, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, '14', '14', 'NUM', 4, 'advcl'), (10, '.', '.', 'PUNCT', 4, 'punct'),
])

INTERVIEW_WITH_COURT_WEEKLY_SHE_SAID = ('In an interview with Court Weekly, she said she had turned down approaches from higher-ranked players.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'an', 'a', 'DET', 3, 'det'),
    (3, 'interview', 'interview', 'NOUN', 9, 'obl', 'Number=Sing'), (4, 'with', 'with', 'ADP', 6, 'case'),
    (5, 'Court', 'court', 'PROPN', 3, 'nmod'), (6, 'Weekly', 'weekly', 'PROPN', 3, 'nmod'),
    (7, ',', ',', 'PUNCT', 3, 'punct'),
    (8, 'she', 'she', 'PRON', 9, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'she', 'she', 'PRON', 12, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (11, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'turned', 'turn', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (13, 'down', 'down', 'ADP', 12, 'compound:prt'),
    (14, 'approaches', 'approach', 'NOUN', 12, 'obj', 'Number=Plur'), (15, 'from', 'from', 'ADP', 19, 'case'),
    (16, 'higher', 'high', 'ADJ', 18, 'amod'), (17, '-', '-', 'PUNCT', 16, 'punct'),
    (18, 'ranked', 'rank', 'VERB', 19, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (19, 'players', 'player', 'NOUN', 14, 'nmod', 'Number=Plur'), (20, '.', '.', 'PUNCT', 9, 'punct'),
])

SHE_SAID_SAYING_THE_PARTNERSHIP_WAS = ('She said she had turned down approaches from higher-ranked players, saying the partnership with Bastida was “the one I believe in.”', [
    (1, 'She', 'she', 'PRON', 2, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'she', 'she', 'PRON', 5, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (4, 'had', 'have', 'AUX', 5, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'turned', 'turn', 'VERB', 2, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (6, 'down', 'down', 'ADP', 5, 'compound:prt'),
    (7, 'approaches', 'approach', 'NOUN', 5, 'obj', 'Number=Plur'), (8, 'from', 'from', 'ADP', 12, 'case'),
    (9, 'higher', 'high', 'ADJ', 11, 'amod'), (10, '-', '-', 'PUNCT', 9, 'punct'),
    (11, 'ranked', 'rank', 'VERB', 12, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'players', 'player', 'NOUN', 7, 'nmod', 'Number=Plur'), (13, ',', ',', 'PUNCT', 14, 'punct'),
    (14, 'saying', 'say', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'partnership', 'partnership', 'NOUN', 14, 'obj', 'Number=Sing'),
    (17, 'with', 'with', 'ADP', 18, 'case'), (18, 'Bastida', 'bastida', 'PROPN', 16, 'nmod'),
    (19, 'was', 'be', 'AUX', 22, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (20, '“', '"', 'PUNCT', 22, 'punct'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'one', 'one', 'NOUN', 2, 'ccomp', 'Number=Sing'),
    (23, 'I', 'i', 'PRON', 24, 'nsubj', 'Case=Nom|Number=Sing|Person=1|PronType=Prs'),
    (24, 'believe', 'believe', 'VERB', 22, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (25, 'in', 'in', 'ADV', 24, 'advmod'), (26, '.', '.', 'PUNCT', 2, 'punct'),
    (27, '”', '"', 'PUNCT', 2, 'punct'),
])

REINHOLT_SPOKE_ON_THURSDAY = ('Mr Reinholt, 58, spoke on Thursday.', [
    (1, 'Mr', 'mr', 'PROPN', 6, 'nsubj'), (2, 'Reinholt', 'reinholt', 'PROPN', 1, 'flat'),
    (3, ',', ',', 'PUNCT', 4, 'punct'), (4, '58', '58', 'NUM', 1, 'nmod:unmarked'),
    (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'Thursday', 'thursday', 'PROPN', 6, 'obl'),
    (9, '.', '.', 'PUNCT', 6, 'punct'),
])

ASKED_THE_58_YEAR_OLD_COUNTERED_THAT = ('Asked whether the bank had been too slow to respond to the slump in manufacturing, the 58-year-old countered that monetary policy ‘cannot be set for one industry’.', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 8, 'mark'), (3, 'the', 'the', 'DET', 4, 'det'),
    (4, 'bank', 'bank', 'NOUN', 8, 'nsubj', 'Number=Sing'),
    (5, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'been', 'be', 'AUX', 8, 'cop', 'Tense=Past|VerbForm=Part'), (7, 'too', 'too', 'ADV', 8, 'advmod'),
    (8, 'slow', 'slow', 'ADJ', 1, 'ccomp'), (9, 'to', 'to', 'PART', 10, 'mark'),
    (10, 'respond', 'respond', 'VERB', 8, 'xcomp', 'VerbForm=Inf'), (11, 'to', 'to', 'ADP', 13, 'case'),
    (12, 'the', 'the', 'DET', 13, 'det'), (13, 'slump', 'slump', 'NOUN', 10, 'obl', 'Number=Sing'),
    (14, 'in', 'in', 'ADP', 15, 'case'),
    (15, 'manufacturing', 'manufacturing', 'NOUN', 10, 'obl', 'Number=Sing'),
    (16, ',', ',', 'PUNCT', 8, 'punct'), (17, 'the', 'the', 'DET', 26, 'det'),
    (18, '58', '58', 'NUM', 20, 'nummod'), (19, '-', '-', 'PUNCT', 18, 'punct'),
    (20, 'year', 'year', 'NOUN', 22, 'compound', 'Number=Sing'), (21, '-', '-', 'PUNCT', 20, 'punct'),
    (22, 'old', 'old', 'ADJ', 23, 'amod'),
    (23, 'countered', 'counter', 'VERB', 26, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (24, 'that', 'that', 'DET', 26, 'det'),
    (25, 'monetary', 'monetary', 'NOUN', 26, 'compound', 'Number=Sing'),
    (26, 'policy', 'policy', 'NOUN', 31, 'nsubj:pass', 'Number=Sing'), (27, '‘', "'", 'PUNCT', 31, 'punct'),
    (28, 'can', 'can', 'AUX', 31, 'aux', 'VerbForm=Fin'), (29, 'not', 'not', 'PART', 31, 'advmod'),
    (30, 'be', 'be', 'AUX', 31, 'aux:pass', 'VerbForm=Inf'),
    (31, 'set', 'set', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (32, 'for', 'for', 'ADP', 34, 'case'), (33, 'one', 'one', 'NUM', 34, 'nummod'),
    (34, 'industry', 'industry', 'NOUN', 31, 'obl', 'Number=Sing'), (35, '’', "'", 'PUNCT', 31, 'punct'),
    (36, '.', '.', 'PUNCT', 1, 'punct'),
])

INTERVIEW_PYKE_SAID_IF_IT_WON_POWER_BUT = ('In an interview with the Stennport Herald, Ms Pyke said her party would ‘look again’ at the bank’s mandate if it won power, but did not say whether that meant changing the 2 per cent inflation target.', [
    (1, 'In', 'in', 'ADP', 3, 'case'), (2, 'an', 'a', 'DET', 3, 'det'),
    (3, 'interview', 'interview', 'NOUN', 11, 'obl', 'Number=Sing'), (4, 'with', 'with', 'ADP', 7, 'case'),
    (5, 'the', 'the', 'DET', 7, 'det'), (6, 'Stennport', 'stennport', 'PROPN', 7, 'compound'),
    (7, 'Herald', 'herald', 'PROPN', 3, 'nmod'), (8, ',', ',', 'PUNCT', 3, 'punct'),
    (9, 'Ms', 'ms', 'PROPN', 11, 'nsubj'), (10, 'Pyke', 'pyke', 'PROPN', 9, 'flat'),
    (11, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'her', 'she', 'PRON', 13, 'nmod:poss', 'Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (13, 'party', 'party', 'NOUN', 16, 'nsubj', 'Number=Sing'),
    (14, 'would', 'would', 'AUX', 16, 'aux', 'VerbForm=Fin'), (15, '‘', "'", 'PART', 16, 'advmod'),
    (16, 'look', 'look', 'VERB', 11, 'ccomp', 'VerbForm=Inf'), (17, 'again', 'again', 'ADV', 16, 'advmod'),
    (18, '’', "'", 'PUNCT', 16, 'punct'), (19, 'at', 'at', 'ADP', 23, 'case'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'bank', 'bank', 'NOUN', 23, 'nmod:poss', 'Number=Sing'),
    (22, '’s', "'s", 'PART', 21, 'case'), (23, 'mandate', 'mandate', 'NOUN', 16, 'obl', 'Number=Sing'),
    (24, 'if', 'if', 'SCONJ', 26, 'mark'),
    (25, 'it', 'it', 'PRON', 26, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (26, 'won', 'win', 'VERB', 32, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'power', 'power', 'NOUN', 26, 'obj', 'Number=Sing'), (28, ',', ',', 'PUNCT', 32, 'punct'),
    (29, 'but', 'but', 'CCONJ', 32, 'cc'),
    (30, 'did', 'do', 'AUX', 32, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (31, 'not', 'not', 'PART', 32, 'advmod'), (32, 'say', 'say', 'VERB', 11, 'conj', 'VerbForm=Inf'),
    (33, 'whether', 'whether', 'SCONJ', 36, 'mark'), (34, 'that', 'that', 'DET', 35, 'det'),
    (35, 'meant', 'mean', 'NOUN', 36, 'nsubj', 'Number=Sing'),
    (36, 'changing', 'change', 'VERB', 32, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (37, 'the', 'the', 'DET', 42, 'det'), (38, '2', '2', 'NUM', 42, 'nummod'),
    (39, 'per', 'per', 'ADP', 42, 'case'), (40, 'cent', 'cent', 'NOUN', 42, 'compound', 'Number=Sing'),
    (41, 'inflation', 'inflation', 'NOUN', 42, 'compound', 'Number=Sing'),
    (42, 'target', 'target', 'NOUN', 36, 'obl', 'Number=Sing'), (43, '.', '.', 'PUNCT', 11, 'punct'),
])

PERSON_BRIEFED_ON_DISCUSSIONS_SAID = ('One person briefed on the committee’s discussions said the dissenters had argued that the bank risked ‘overtightening’ the economy into recession.', [
    (1, 'One', 'one', 'NUM', 2, 'nummod'), (2, 'person', 'person', 'NOUN', 3, 'nsubj', 'Number=Sing'),
    (3, 'briefed', 'brief', 'VERB', 9, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Part'),
    (4, 'on', 'on', 'ADP', 8, 'case'), (5, 'the', 'the', 'DET', 6, 'det'),
    (6, 'committee', 'committee', 'NOUN', 8, 'nmod:poss', 'Number=Sing'), (7, '’s', "'s", 'PART', 6, 'case'),
    (8, 'discussions', 'discussion', 'NOUN', 3, 'obl', 'Number=Plur'),
    (9, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'the', 'the', 'DET', 11, 'det'), (11, 'dissenters', 'dissenter', 'NOUN', 13, 'nsubj', 'Number=Plur'),
    (12, 'had', 'have', 'AUX', 13, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'argued', 'argue', 'VERB', 9, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (14, 'that', 'that', 'SCONJ', 17, 'mark'), (15, 'the', 'the', 'DET', 16, 'det'),
    (16, 'bank', 'bank', 'NOUN', 17, 'nsubj', 'Number=Sing'),
    (17, 'risked', 'risk', 'VERB', 13, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '‘', "'", 'PUNCT', 19, 'punct'),
    (19, 'overtightening', 'overtighten', 'VERB', 17, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (20, '’', "'s", 'ADP', 22, 'case'), (21, 'the', 'the', 'DET', 22, 'det'),
    (22, 'economy', 'economy', 'NOUN', 19, 'obl', 'Number=Sing'), (23, 'into', 'into', 'ADP', 24, 'case'),
    (24, 'recession', 'recession', 'NOUN', 22, 'nmod', 'Number=Sing'), (25, '.', '.', 'PUNCT', 9, 'punct'),
])

PEOPLE_FLED_WITH_AUTHORITIES_WARNING = ('More than 600 people have fled their homes in the Tallow Ranges after a bushfire jumped containment lines overnight, with authorities warning the fire front could reach the Marrangal township by late afternoon.', [
    (1, 'More', 'more', 'ADJ', 6, 'advmod'), (2, 'than', 'than', 'ADP', 1, 'fixed'),
    (3, '600', '600', 'NUM', 4, 'nummod'), (4, 'people', 'people', 'NOUN', 6, 'nsubj', 'Number=Plur'),
    (5, 'have', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'fled', 'flod', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (7, 'their', 'their', 'PRON', 8, 'nmod:poss', 'Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs'),
    (8, 'homes', 'home', 'NOUN', 6, 'obj', 'Number=Plur'), (9, 'in', 'in', 'ADP', 12, 'case'),
    (10, 'the', 'the', 'DET', 12, 'det'), (11, 'Tallow', 'tallow', 'PROPN', 12, 'compound'),
    (12, 'Ranges', 'ranges', 'PROPN', 8, 'nmod'), (13, 'after', 'after', 'ADP', 19, 'case'),
    (14, 'a', 'a', 'DET', 19, 'det'), (15, 'bushfire', 'bushfire', 'NOUN', 19, 'compound', 'Number=Sing'),
    (16, 'jumped', 'jump', 'VERB', 19, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'containment', 'containment', 'NOUN', 18, 'compound', 'Number=Sing'),
    (18, 'lines', 'line', 'NOUN', 19, 'compound', 'Number=Plur'),
    (19, 'overnight', 'overnight', 'NOUN', 12, 'nmod', 'Number=Sing'), (20, ',', ',', 'PUNCT', 22, 'punct'),
    (21, 'with', 'with', 'ADP', 22, 'case'),
    (22, 'authorities', 'authority', 'NOUN', 28, 'obl', 'Number=Plur'),
    (23, 'warning', 'warning', 'VERB', 22, 'acl', 'Tense=Pres|VerbForm=Part'),
    (24, 'the', 'the', 'DET', 26, 'det'), (25, 'fire', 'fire', 'NOUN', 26, 'compound', 'Number=Sing'),
    (26, 'front', 'front', 'NOUN', 28, 'nsubj', 'Number=Sing'),
    (27, 'could', 'could', 'AUX', 28, 'aux', 'VerbForm=Fin'),
    (28, 'reach', 'reach', 'VERB', 6, 'conj', 'VerbForm=Inf'), (29, 'the', 'the', 'DET', 31, 'det'),
    (30, 'Marrangal', 'marrangal', 'PROPN', 31, 'compound'),
    (31, 'township', 'township', 'NOUN', 28, 'obj', 'Number=Sing'), (32, 'by', 'by', 'ADP', 34, 'case'),
    (33, 'late', 'late', 'ADJ', 34, 'amod'),
    (34, 'afternoon', 'afternoon', 'NOUN', 31, 'nmod', 'Number=Sing'), (35, '.', '.', 'PUNCT', 6, 'punct'),
])

MARKETS_FELL_WITH_ANALYSTS_SAYING = ('Markets fell sharply on Monday, with analysts saying investors feared a recession.', [
    (1, 'Markets', 'market', 'NOUN', 2, 'nsubj', 'Number=Plur'),
    (2, 'fell', 'fall', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'sharply', 'sharply', 'ADV', 2, 'advmod'), (4, 'on', 'on', 'ADP', 5, 'case'),
    (5, 'Monday', 'monday', 'PROPN', 2, 'obl'), (6, ',', ',', 'PUNCT', 8, 'punct'),
    (7, 'with', 'with', 'ADP', 8, 'case'), (8, 'analysts', 'analyst', 'NOUN', 2, 'obl', 'Number=Plur'),
    (9, 'saying', 'say', 'VERB', 8, 'acl', 'VerbForm=Part'),
    (10, 'investors', 'investor', 'NOUN', 11, 'nsubj', 'Number=Plur'),
    (11, 'feared', 'fear', 'VERB', 9, 'xcomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (12, 'a', 'a', 'DET', 13, 'det'), (13, 'recession', 'recession', 'NOUN', 11, 'obj', 'Number=Sing'),
    (14, '.', '.', 'PUNCT', 2, 'punct'),
])

FARMER_WHO_LEFT_COWS_BEHIND_HUTCHINGS_SAID = ('A third-generation dairy farmer who left 200 cows behind, Leanne Hutchings, 34, said she had ten minutes to get her two children into the car.', [
    (1, 'A', 'a', 'DET', 6, 'det'), (2, 'third', 'third', 'ADJ', 4, 'amod'),
    (3, '-', '-', 'PUNCT', 2, 'punct'), (4, 'generation', 'generation', 'NOUN', 6, 'compound', 'Number=Sing'),
    (5, 'dairy', 'dairy', 'NOUN', 6, 'compound', 'Number=Sing'),
    (6, 'farmer', 'farmer', 'NOUN', 18, 'nsubj', 'Number=Sing'),
    (7, 'who', 'who', 'PRON', 8, 'nsubj', 'PronType=Rel'),
    (8, 'left', 'leave', 'VERB', 6, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, '200', '200', 'NUM', 10, 'nummod'), (10, 'cows', 'cow', 'NOUN', 8, 'obj', 'Number=Plur'),
    (11, 'behind', 'behind', 'ADP', 14, 'case'), (12, ',', ',', 'PUNCT', 14, 'punct'),
    (13, 'Leanne', 'leanne', 'PROPN', 14, 'compound'), (14, 'Hutchings', 'hutching', 'PROPN', 10, 'conj'),
    (15, ',', ',', 'PUNCT', 16, 'punct'), (16, '34', '34', 'NUM', 14, 'appos'),
    (17, ',', ',', 'PUNCT', 6, 'punct'),
    (18, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'she', 'she', 'PRON', 20, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (20, 'had', 'have', 'VERB', 18, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'ten', 'ten', 'NUM', 22, 'nummod'), (22, 'minutes', 'minute', 'NOUN', 20, 'obj', 'Number=Plur'),
    (23, 'to', 'to', 'PART', 24, 'mark'), (24, 'get', 'get', 'VERB', 20, 'advcl', 'VerbForm=Inf'),
    (25, 'her', 'she', 'PRON', 27, 'nmod:poss', 'Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (26, 'two', 'two', 'NUM', 27, 'nummod'), (27, 'children', 'child', 'NOUN', 24, 'obj', 'Number=Plur'),
    (28, 'into', 'into', 'ADP', 30, 'case'), (29, 'the', 'the', 'DET', 30, 'det'),
    (30, 'car', 'car', 'NOUN', 24, 'obl', 'Number=Sing'), (31, '.', '.', 'PUNCT', 18, 'punct'),
])

HUTCHINGS_AND_NEIGHBOUR_RETIRED_SHEARER_BAXTER = ('Hutchings and her neighbour, retired shearer Col Baxter, both said they had been given conflicting advice about which roads were open.', [
    (1, 'Hutchings', 'hutching', 'NOUN', 12, 'nsubj', 'Number=Plur'), (2, 'and', 'and', 'CCONJ', 4, 'cc'),
    (3, 'her', 'she', 'PRON', 4, 'nmod:poss', 'Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (4, 'neighbour', 'neighbour', 'NOUN', 1, 'conj', 'Number=Sing'), (5, ',', ',', 'PUNCT', 4, 'punct'),
    (6, 'retired', 'retire', 'VERB', 7, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'shearer', 'shearer', 'NOUN', 1, 'conj', 'Number=Sing'), (8, 'Col', 'col', 'PROPN', 9, 'compound'),
    (9, 'Baxter', 'baxter', 'PROPN', 1, 'conj'), (10, ',', ',', 'PUNCT', 4, 'punct'),
    (11, 'both', 'both', 'CCONJ', 12, 'advmod'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, 'they', 'they', 'PRON', 16, 'nsubj:pass', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (14, 'had', 'have', 'AUX', 16, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'been', 'be', 'AUX', 16, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (16, 'given', 'give', 'VERB', 12, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, 'conflicting', 'conflict', 'VERB', 18, 'amod', 'Tense=Pres|VerbForm=Part'),
    (18, 'advice', 'advice', 'NOUN', 16, 'obj', 'Number=Sing'), (19, 'about', 'about', 'ADP', 23, 'mark'),
    (20, 'which', 'which', 'DET', 21, 'det'), (21, 'roads', 'road', 'NOUN', 23, 'nsubj', 'Number=Plur'),
    (22, 'were', 'be', 'AUX', 23, 'cop', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'open', 'open', 'ADJ', 16, 'advcl'), (24, '.', '.', 'PUNCT', 12, 'punct'),
])

COMPANY_URGED_IGNORE_TEXTS_WARNING = ('The company urged customers to check their bank statements and to ignore texts offering "Brightwell Rewards" refunds, warning that scammers were already exploiting the breach.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'company', 'company', 'NOUN', 3, 'nsubj', 'Number=Sing'),
    (3, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'customers', 'customer', 'NOUN', 3, 'obj', 'Number=Plur'), (5, 'to', 'to', 'PART', 6, 'mark'),
    (6, 'check', 'check', 'VERB', 3, 'xcomp', 'VerbForm=Inf'),
    (7, 'their', 'their', 'PRON', 9, 'nmod:poss', 'Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs'),
    (8, 'bank', 'bank', 'NOUN', 9, 'compound', 'Number=Sing'),
    (9, 'statements', 'statement', 'NOUN', 6, 'obj', 'Number=Plur'), (10, 'and', 'and', 'CCONJ', 12, 'cc'),
    (11, 'to', 'to', 'PART', 12, 'mark'), (12, 'ignore', 'ignore', 'VERB', 6, 'conj', 'VerbForm=Inf'),
    (13, 'texts', 'text', 'NOUN', 12, 'obj', 'Number=Plur'),
    (14, 'offering', 'offer', 'VERB', 12, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (15, '"', '"', 'PUNCT', 17, 'punct'), (16, 'Brightwell', 'brightwell', 'PROPN', 17, 'compound'),
    (17, 'Rewards', 'rewards', 'PROPN', 19, 'compound'), (18, '"', '"', 'PUNCT', 17, 'punct'),
    (19, 'refunds', 'refund', 'NOUN', 14, 'obj', 'Number=Plur'), (20, ',', ',', 'PUNCT', 21, 'punct'),
    (21, 'warning', 'warning', 'VERB', 19, 'acl', 'Tense=Pres|VerbForm=Part'),
    (22, 'that', 'that', 'SCONJ', 26, 'mark'),
    (23, 'scammers', 'scammer', 'NOUN', 26, 'nsubj', 'Number=Plur'),
    (24, 'were', 'be', 'AUX', 26, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (25, 'already', 'already', 'ADV', 26, 'advmod'),
    (26, 'exploiting', 'exploit', 'VERB', 21, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (27, 'the', 'the', 'DET', 28, 'det'), (28, 'breach', 'breach', 'NOUN', 26, 'obj', 'Number=Sing'),
    (29, '.', '.', 'PUNCT', 3, 'punct'),
])

HEADLINE_BRIGHTWELL_HOME_SAYS = ('Brightwell Home says hackers copied data of 2.3 million shoppers', [
    (1, 'Brightwell', 'brightwell', 'PROPN', 3, 'nsubj'), (2, 'Home', 'home', 'PROPN', 1, 'flat'),
    (3, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'hackers', 'hacker', 'NOUN', 3, 'obj', 'Number=Plur'),
    (5, 'copied', 'copy', 'VERB', 6, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (6, 'data', 'data', 'NOUN', 3, 'obj', 'Number=Sing'), (7, 'of', 'of', 'ADP', 10, 'case'),
    (8, '2.3', '2.3', 'NUM', 10, 'nummod'), (9, 'million', 'million', 'NUM', 10, 'nummod'),
    (10, 'shoppers', 'shopper', 'NOUN', 6, 'nmod', 'Number=Plur'),
])

RETAILER_BRIGHTWELL_HOME_SAID = ('Homewares retailer Brightwell Home said Thursday that attackers had copied the names of about 2.3 million customers.', [
    (1, 'Homewares', 'homewares', 'PROPN', 2, 'compound'),
    (2, 'retailer', 'retailer', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (3, 'Brightwell', 'brightwell', 'PROPN', 5, 'nsubj'), (4, 'Home', 'home', 'PROPN', 3, 'flat'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'Thursday', 'thursday', 'PROPN', 5, 'iobj'), (7, 'that', 'that', 'SCONJ', 10, 'mark'),
    (8, 'attackers', 'attacker', 'NOUN', 10, 'nsubj', 'Number=Plur'),
    (9, 'had', 'have', 'AUX', 10, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'copied', 'copy', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (11, 'the', 'the', 'DET', 12, 'det'), (12, 'names', 'name', 'NOUN', 10, 'obj', 'Number=Plur'),
    (13, 'of', 'of', 'ADP', 17, 'case'), (14, 'about', 'about', 'ADV', 15, 'advmod'),
    (15, '2.3', '2.3', 'NUM', 16, 'compound'), (16, 'million', 'million', 'NUM', 17, 'nummod'),
    (17, 'customers', 'customer', 'NOUN', 12, 'nmod', 'Number=Plur'), (18, '.', '.', 'PUNCT', 5, 'punct'),
])

NEVER_REALLY_A_VAULT = ('"There was never really a vault."', [
    (1, '"', '"', 'PUNCT', 3, 'punct'), (2, 'There', 'there', 'PRON', 3, 'expl'),
    (3, 'was', 'be', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'never', 'never', 'ADV', 3, 'advmod'), (5, 'really', 'really', 'ADV', 7, 'advmod'),
    (6, 'a', 'a', 'DET', 7, 'det'), (7, 'vault', 'vault', 'NOUN', 3, 'nsubj', 'Number=Sing'),
    (8, '.', '.', 'PUNCT', 3, 'punct'), (9, '"', '"', 'PUNCT', 3, 'punct'),
])

VERDICT_OF_REYES_A_FORMER_TESTER = ('That was the verdict of Tomasz Reyes, a former penetration tester at Halvard Bank who now works as an independent security researcher.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj', 'Number=Sing|PronType=Dem'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det'), (4, 'verdict', 'verdict', 'NOUN', 0, 'root', 'Number=Sing'),
    (5, 'of', 'of', 'ADP', 7, 'case'), (6, 'Tomasz', 'tomasz', 'PROPN', 7, 'compound'),
    (7, 'Reyes', 'reyes', 'PROPN', 4, 'nmod'), (8, ',', ',', 'PUNCT', 12, 'punct'),
    (9, 'a', 'a', 'DET', 12, 'det'), (10, 'former', 'former', 'ADJ', 12, 'amod'),
    (11, 'penetration', 'penetration', 'NOUN', 12, 'compound', 'Number=Sing'),
    (12, 'tester', 'tester', 'NOUN', 4, 'appos', 'Number=Sing'), (13, 'at', 'at', 'ADP', 14, 'case'),
    (14, 'Halvard', 'halvard', 'PROPN', 15, 'compound'), (15, 'Bank', 'bank', 'PROPN', 12, 'nmod'),
    (16, 'who', 'who', 'PRON', 18, 'nsubj', 'PronType=Rel'), (17, 'now', 'now', 'ADV', 18, 'advmod'),
    (18, 'works', 'work', 'VERB', 12, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (19, 'as', 'as', 'ADP', 23, 'case'), (20, 'an', 'a', 'DET', 23, 'det'),
    (21, 'independent', 'independent', 'ADJ', 23, 'amod'),
    (22, 'security', 'security', 'NOUN', 23, 'compound', 'Number=Sing'),
    (23, 'researcher', 'researcher', 'NOUN', 18, 'obl', 'Number=Sing'), (24, '.', '.', 'PUNCT', 4, 'punct'),
])

CHIEF_WHIP_BHATT_DENIED = ('NBS chief whip Rajendra Bhatt denied that any member had been threatened.', [
    (1, 'NBS', 'nbs', 'PROPN', 2, 'compound'), (2, 'chief', 'chief', 'NOUN', 0, 'root', 'Number=Sing'),
    (3, 'whip', 'whip', 'PRON', 6, 'obj', 'PronType=Rel'), (4, 'Rajendra', 'rajendra', 'PROPN', 3, 'flat'),
    (5, 'Bhatt', 'bhatt', 'PROPN', 4, 'flat'),
    (6, 'denied', 'deny', 'VERB', 2, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'that', 'that', 'SCONJ', 12, 'mark'), (8, 'any', 'any', 'DET', 9, 'det'),
    (9, 'member', 'member', 'NOUN', 12, 'nsubj:pass', 'Number=Sing'),
    (10, 'had', 'have', 'AUX', 12, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'been', 'be', 'AUX', 12, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (12, 'threatened', 'threaten', 'VERB', 6, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (13, '.', '.', 'PUNCT', 6, 'punct'),
])

ASKED_WHETHER_MPS_HE_SAID = ('Asked whether the abstaining MPs would face disciplinary action, he said:', [
    (1, 'Asked', 'ask', 'VERB', 12, 'ccomp', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 7, 'mark'), (3, 'the', 'the', 'DET', 5, 'det'),
    (4, 'abstaining', 'abstain', 'NOUN', 5, 'compound', 'Number=Sing'),
    (5, 'MPs', 'mp', 'NOUN', 7, 'nsubj', 'Number=Plur'),
    (6, 'would', 'would', 'AUX', 7, 'aux', 'VerbForm=Fin'),
    (7, 'face', 'face', 'VERB', 12, 'ccomp', 'VerbForm=Inf'),
    (8, 'disciplinary', 'disciplinary', 'ADJ', 9, 'amod'),
    (9, 'action', 'action', 'NOUN', 7, 'obj', 'Number=Sing'), (10, ',', ',', 'PUNCT', 7, 'punct'),
    (11, 'he', 'he', 'PRON', 12, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (12, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (13, ':', ':', 'PUNCT', 12, 'punct'),
])

THE_PARTY_WILL_TAKE_A_VIEW = ('“The party will take a view at the appropriate time.”', [
    (1, '“', '"', 'PUNCT', 5, 'punct'), (2, 'The', 'the', 'DET', 3, 'det'),
    (3, 'party', 'party', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (4, 'will', 'will', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'take', 'take', 'VERB', 0, 'root', 'VerbForm=Inf'), (6, 'a', 'a', 'DET', 7, 'det'),
    (7, 'view', 'view', 'NOUN', 5, 'obj', 'Number=Sing'), (8, 'at', 'at', 'ADP', 11, 'case'),
    (9, 'the', 'the', 'DET', 11, 'det'), (10, 'appropriate', 'appropriate', 'ADJ', 11, 'amod'),
    (11, 'time', 'time', 'NOUN', 5, 'obl', 'Number=Sing'), (12, '.', '.', 'PUNCT', 5, 'punct'),
    (13, '”', '"', 'PUNCT', 5, 'punct'),
])

PRINCIPAL_BRIGGS_WROTE_TO_FAMILIES = ('Principal Harold Briggs wrote to families on Tuesday.', [
    (1, 'Principal', 'principal', 'ADJ', 3, 'amod'), (2, 'Harold', 'harold', 'PROPN', 3, 'compound'),
    (3, 'Briggs', 'briggs', 'PROPN', 4, 'nsubj'),
    (4, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'to', 'to', 'ADP', 6, 'case'), (6, 'families', 'family', 'NOUN', 4, 'obl', 'Number=Plur'),
    (7, 'on', 'on', 'ADP', 8, 'case'), (8, 'Tuesday', 'tuesday', 'PROPN', 4, 'obl'),
    (9, '.', '.', 'PUNCT', 4, 'punct'),
])

WE_HAD_600_KIDS_HE_SAID = ('“We had 600 kids sitting silently in the dark,” he said.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'),
    (2, 'We', 'we', 'PRON', 3, 'nsubj', 'Case=Nom|Number=Plur|Person=1|PronType=Prs'),
    (3, 'had', 'have', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, '600', '600', 'NUM', 5, 'nummod'), (5, 'kids', 'kid', 'NOUN', 3, 'obj', 'Number=Plur'),
    (6, 'sitting', 'sit', 'VERB', 3, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (7, 'silently', 'silently', 'ADV', 6, 'advmod'), (8, 'in', 'in', 'ADP', 10, 'case'),
    (9, 'the', 'the', 'DET', 10, 'det'), (10, 'dark', 'dark', 'ADJ', 6, 'obl'),
    (11, ',', ',', 'PUNCT', 3, 'punct'), (12, '”', '"', 'PUNCT', 3, 'punct'),
    (13, 'he', 'he', 'PRON', 14, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

THIS_BILL_SHE_SAID_IS_NOT = ('“This Bill,” she said, “is not against landlords.', [
    (1, '“', '"', 'PUNCT', 13, 'punct'), (2, 'This', 'this', 'DET', 3, 'det'),
    (3, 'Bill', 'bill', 'PROPN', 13, 'nsubj'), (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, '”', '"', 'PUNCT', 3, 'punct'),
    (6, 'she', 'she', 'PRON', 7, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (7, 'said', 'say', 'VERB', 13, 'parataxis', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, ',', ',', 'PUNCT', 3, 'punct'), (9, '“', '"', 'PUNCT', 13, 'punct'),
    (10, 'is', 'be', 'AUX', 13, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (11, 'not', 'not', 'PART', 13, 'advmod'), (12, 'against', 'against', 'ADP', 13, 'case'),
    (13, 'landlords', 'landlord', 'NOUN', 0, 'root', 'Number=Plur'), (14, '.', '.', 'PUNCT', 13, 'punct'),
])

IT_IS_AGAINST_UNCERTAINTY = ('It is against uncertainty.”', [
    (1, 'It', 'it', 'PRON', 4, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (2, 'is', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (3, 'against', 'against', 'ADP', 4, 'case'),
    (4, 'uncertainty', 'uncertainty', 'NOUN', 0, 'root', 'Number=Sing'), (5, '.', '.', 'PUNCT', 4, 'punct'),
    (6, '”', '"', 'PUNCT', 4, 'punct'),
])

FOREIGN_MINISTERS_DOBREV_LINDAHL_NAZARI_URGED = ('The foreign ministers of the three smaller basin states, Marek Dobrev of Ostrana, Sofia Lindahl of Varnland and Tariq Nazari of Belgora, urged both sides to avoid “unilateral steps” while talks continue.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'foreign', 'foreign', 'ADJ', 3, 'amod'),
    (3, 'ministers', 'minister', 'NOUN', 26, 'nsubj', 'Number=Plur'), (4, 'of', 'of', 'ADP', 9, 'case'),
    (5, 'the', 'the', 'DET', 9, 'det'), (6, 'three', 'three', 'NUM', 9, 'nummod'),
    (7, 'smaller', 'small', 'ADJ', 9, 'amod'), (8, 'basin', 'basin', 'NOUN', 9, 'compound', 'Number=Sing'),
    (9, 'states', 'state', 'NOUN', 3, 'nmod', 'Number=Plur'), (10, ',', ',', 'PUNCT', 12, 'punct'),
    (11, 'Marek', 'marek', 'PROPN', 12, 'compound'), (12, 'Dobrev', 'dobrev', 'PROPN', 3, 'nmod'),
    (13, 'of', 'of', 'ADP', 14, 'case'), (14, 'Ostrana', 'ostrana', 'PROPN', 12, 'nmod'),
    (15, ',', ',', 'PUNCT', 16, 'punct'), (16, 'Sofia', 'sofia', 'PROPN', 17, 'compound'),
    (17, 'Lindahl', 'lindahl', 'PROPN', 14, 'conj'), (18, 'of', 'of', 'ADP', 19, 'case'),
    (19, 'Varnland', 'varnland', 'PROPN', 17, 'nmod'), (20, 'and', 'and', 'CCONJ', 21, 'cc'),
    (21, 'Tariq', 'tariq', 'PROPN', 19, 'conj'), (22, 'Nazari', 'nazari', 'PROPN', 19, 'conj'),
    (23, 'of', 'of', 'ADP', 24, 'case'), (24, 'Belgora', 'belgora', 'PROPN', 22, 'nmod'),
    (25, ',', ',', 'PUNCT', 3, 'punct'),
    (26, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (27, 'both', 'both', 'CCONJ', 28, 'det'), (28, 'sides', 'side', 'NOUN', 26, 'obj', 'Number=Plur'),
    (29, 'to', 'to', 'PART', 30, 'mark'), (30, 'avoid', 'avoid', 'VERB', 28, 'acl', 'VerbForm=Inf'),
    (31, '“', '"', 'PUNCT', 33, 'punct'), (32, 'unilateral', 'unilateral', 'ADJ', 33, 'amod'),
    (33, 'steps', 'step', 'NOUN', 30, 'obj', 'Number=Plur'), (34, '”', '"', 'PUNCT', 33, 'punct'),
    (35, 'while', 'while', 'SCONJ', 37, 'mark'), (36, 'talks', 'talk', 'NOUN', 37, 'nsubj', 'Number=Plur'),
    (37, 'continue', 'continue', 'VERB', 30, 'advcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (38, '.', '.', 'PUNCT', 26, 'punct'),
])

DOBREV_WENT_FURTHER = ('Dobrev, whose country lies furthest downstream, went further.', [
    (1, 'Dobrev', 'dobrev', 'PROPN', 9, 'nsubj'), (2, ',', ',', 'PUNCT', 1, 'punct'),
    (3, 'whose', 'whose', 'DET', 4, 'det'), (4, 'country', 'country', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (5, 'lies', 'lie', 'VERB', 9, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'furthest', 'furthest', 'ADJ', 7, 'amod'), (7, 'downstream', 'downstream', 'ADJ', 5, 'xcomp'),
    (8, ',', ',', 'PUNCT', 5, 'punct'),
    (9, 'went', 'go', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'further', 'further', 'ADV', 9, 'advmod'), (11, '.', '.', 'PUNCT', 9, 'punct'),
])

NO_WAR_OVER_WATER_HE_SAID = ('“Nobody in this room wants a war over water,” he said.', [
    (1, '“', '"', 'PUNCT', 14, 'punct'),
    (2, 'Nobody', 'nobody', 'PRON', 14, 'nsubj', 'Number=Sing|PronType=Neg'),
    (3, 'in', 'in', 'ADP', 5, 'case'), (4, 'this', 'this', 'DET', 5, 'det'),
    (5, 'room', 'room', 'NOUN', 2, 'nmod', 'Number=Sing'),
    (6, 'wants', 'want', 'VERB', 14, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'a', 'a', 'DET', 8, 'det'), (8, 'war', 'war', 'NOUN', 6, 'obj', 'Number=Sing'),
    (9, 'over', 'over', 'ADP', 10, 'case'), (10, 'water', 'water', 'NOUN', 6, 'obl', 'Number=Sing'),
    (11, ',', ',', 'PUNCT', 6, 'punct'), (12, '”', '"', 'PUNCT', 6, 'punct'),
    (13, 'he', 'he', 'PRON', 14, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, '.', '.', 'PUNCT', 14, 'punct'),
])

GANG_KNOWN_AS_GREY_HERON_CLAIMED = ('The gang behind it, known as “Grey Heron,” claimed there that it had taken 400 gigabytes of data.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'gang', 'gang', 'NOUN', 13, 'nsubj', 'Number=Sing'),
    (3, 'behind', 'behind', 'ADP', 4, 'case'),
    (4, 'it', 'it', 'PRON', 2, 'nmod', 'Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (5, ',', ',', 'PUNCT', 6, 'punct'),
    (6, 'known', 'know', 'VERB', 13, 'advcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'as', 'as', 'ADP', 10, 'case'), (8, '“', '"', 'PUNCT', 10, 'punct'),
    (9, 'Grey', 'grey', 'PROPN', 10, 'compound'), (10, 'Heron', 'heron', 'PROPN', 6, 'obl'),
    (11, ',', ',', 'PUNCT', 2, 'punct'), (12, '”', '"', 'PUNCT', 10, 'punct'),
    (13, 'claimed', 'claim', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'there', 'there', 'ADV', 13, 'advmod'), (15, 'that', 'that', 'SCONJ', 18, 'mark'),
    (16, 'it', 'it', 'PRON', 18, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'taken', 'take', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (19, '400', '400', 'NUM', 20, 'nummod'), (20, 'gigabytes', 'gigabyte', 'NOUN', 18, 'obj', 'Number=Plur'),
    (21, 'of', 'of', 'ADP', 22, 'case'), (22, 'data', 'data', 'NOUN', 20, 'nmod', 'Number=Sing'),
    (23, '.', '.', 'PUNCT', 13, 'punct'),
])

DECLARED_BY_MABBOTT_CHIEF_EXECUTIVE_AND_ACTING = ('The result was declared at 2.40am on Friday at Aldmere Leisure Centre by Colin Mabbott, the council’s chief executive and acting returning officer for the borough elections, who said turnout of 38 per cent was the highest in the ward since 2009.', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'result', 'result', 'NOUN', 4, 'nsubj:pass', 'Number=Sing'),
    (3, 'was', 'be', 'AUX', 4, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'declared', 'declare', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'at', 'at', 'ADP', 6, 'case'), (6, '2.40', '2.40', 'NUM', 4, 'obl'),
    (7, 'am', 'a.m.', 'NOUN', 6, 'nmod:unmarked', 'Number=Sing'), (8, 'on', 'on', 'ADP', 9, 'case'),
    (9, 'Friday', 'friday', 'PROPN', 4, 'obl'), (10, 'at', 'at', 'ADP', 13, 'case'),
    (11, 'Aldmere', 'aldmere', 'PROPN', 13, 'compound'), (12, 'Leisure', 'leisure', 'PROPN', 13, 'compound'),
    (13, 'Centre', 'centre', 'PROPN', 9, 'nmod'), (14, 'by', 'by', 'ADP', 16, 'case'),
    (15, 'Colin', 'colin', 'PROPN', 16, 'compound'), (16, 'Mabbott', 'mabbott', 'PROPN', 13, 'nmod'),
    (17, ',', ',', 'PUNCT', 22, 'punct'), (18, 'the', 'the', 'DET', 19, 'det'),
    (19, 'council', 'council', 'NOUN', 21, 'nmod:poss', 'Number=Sing'), (20, '’s', "'s", 'PART', 19, 'case'),
    (21, 'chief', 'chief', 'NOUN', 22, 'nsubj', 'Number=Sing'),
    (22, 'executive', 'executive', 'ADJ', 4, 'conj'), (23, 'and', 'and', 'CCONJ', 24, 'cc'),
    (24, 'acting', 'act', 'VERB', 22, 'conj', 'VerbForm=Part'),
    (25, 'returning', 'return', 'VERB', 26, 'amod', 'VerbForm=Ger'),
    (26, 'officer', 'officer', 'NOUN', 24, 'obj', 'Number=Sing'), (27, 'for', 'for', 'ADP', 30, 'case'),
    (28, 'the', 'the', 'DET', 30, 'det'), (29, 'borough', 'borough', 'NOUN', 30, 'compound', 'Number=Sing'),
    (30, 'elections', 'election', 'NOUN', 26, 'nmod', 'Number=Plur'), (31, ',', ',', 'PUNCT', 33, 'punct'),
    (32, 'who', 'who', 'PRON', 33, 'nsubj', 'PronType=Rel'),
    (33, 'said', 'say', 'VERB', 30, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (34, 'turnout', 'turnout', 'NOUN', 33, 'obj', 'Number=Sing'), (35, 'of', 'of', 'ADP', 36, 'case'),
    (36, '38', '38', 'NUM', 34, 'nmod'), (37, 'per', 'per', 'ADP', 38, 'case'),
    (38, 'cent', 'cent', 'NOUN', 34, 'nmod', 'Number=Sing'),
    (39, 'was', 'be', 'AUX', 41, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (40, 'the', 'the', 'DET', 41, 'det'), (41, 'highest', 'high', 'ADJ', 33, 'ccomp'),
    (42, 'in', 'in', 'ADP', 44, 'case'), (43, 'the', 'the', 'DET', 44, 'det'),
    (44, 'ward', 'ward', 'NOUN', 41, 'obl', 'Number=Sing'), (45, 'since', 'since', 'ADP', 46, 'case'),
    (46, '2009', '2009', 'NUM', 44, 'nmod'), (47, '.', '.', 'PUNCT', 4, 'punct'),
])

ORLESIAN_MINISTER_KORVATH_TOLD = ('“We came to keep it alive,” Orlesian Foreign Minister Anneli Korvath told reporters.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'),
    (2, 'We', 'we', 'PRON', 3, 'nsubj', 'Case=Nom|Number=Plur|Person=1|PronType=Prs'),
    (3, 'came', 'come', 'VERB', 15, 'ccomp', 'Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin'),
    (4, 'to', 'to', 'PART', 5, 'mark'), (5, 'keep', 'keep', 'VERB', 3, 'xcomp', 'VerbForm=Inf'),
    (6, 'it', 'it', 'PRON', 5, 'obj', 'Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (7, 'alive', 'alive', 'ADJ', 5, 'xcomp'), (8, ',', ',', 'PUNCT', 3, 'punct'),
    (9, '”', '"', 'PUNCT', 3, 'punct'), (10, 'Orlesian', 'orlesian', 'PROPN', 13, 'nmod:desc'),
    (11, 'Foreign', 'foreign', 'ADJ', 13, 'amod'), (12, 'Minister', 'minister', 'PROPN', 13, 'nmod:desc'),
    (13, 'Anneli', 'anneli', 'PROPN', 14, 'nmod:desc'), (14, 'Korvath', 'korvath', 'PROPN', 15, 'nsubj'),
    (15, 'told', 'tell', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'reporters', 'reporter', 'NOUN', 15, 'iobj', 'Number=Plur'), (17, '.', '.', 'PUNCT', 15, 'punct'),
])

TARVANIAN_PM_LIND_SAID = ('Tarvanian Prime Minister Oskar Lind said through a spokesperson that the summit had been useful.', [
    (1, 'Tarvanian', 'tarvanian', 'PROPN', 3, 'compound'), (2, 'Prime', 'prime', 'ADJ', 3, 'amod'),
    (3, 'Minister', 'minister', 'PROPN', 4, 'nmod:desc'), (4, 'Oskar', 'oskar', 'PROPN', 6, 'nsubj'),
    (5, 'Lind', 'lind', 'PROPN', 4, 'flat'),
    (6, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'through', 'through', 'ADP', 9, 'case'), (8, 'a', 'a', 'DET', 9, 'det'),
    (9, 'spokesperson', 'spokesperson', 'NOUN', 6, 'obl', 'Number=Sing'),
    (10, 'that', 'that', 'SCONJ', 15, 'mark'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'summit', 'summit', 'NOUN', 15, 'nsubj', 'Number=Sing'),
    (13, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'been', 'be', 'AUX', 15, 'cop', 'Tense=Past|VerbForm=Part'),
    (15, 'useful', 'useful', 'ADJ', 9, 'acl:relcl'), (16, '.', '.', 'PUNCT', 6, 'punct'),
])

THE_ORLESIAN_MINISTER_URGED = ('The Orlesian minister urged crews from both countries to report any trawler they saw working the bank.', [
    (1, 'The', 'the', 'DET', 3, 'det'), (2, 'Orlesian', 'orlesian', 'ADJ', 3, 'amod'),
    (3, 'minister', 'minister', 'NOUN', 4, 'nsubj', 'Number=Sing'),
    (4, 'urged', 'urge', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'crews', 'crew', 'VERB', 4, 'xcomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (6, 'from', 'from', 'ADP', 8, 'case'), (7, 'both', 'both', 'DET', 8, 'det'),
    (8, 'countries', 'country', 'NOUN', 5, 'obl', 'Number=Plur'), (9, 'to', 'to', 'PART', 10, 'mark'),
    (10, 'report', 'report', 'VERB', 5, 'advcl', 'VerbForm=Inf'), (11, 'any', 'any', 'DET', 12, 'det'),
    (12, 'trawler', 'trawler', 'NOUN', 10, 'obj', 'Number=Sing'),
    (13, 'they', 'they', 'PRON', 14, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (14, 'saw', 'see', 'VERB', 12, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'working', 'work', 'VERB', 14, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (16, 'the', 'the', 'DET', 17, 'det'), (17, 'bank', 'bank', 'NOUN', 15, 'obj', 'Number=Sing'),
    (18, '.', '.', 'PUNCT', 4, 'punct'),
])

REPORT_RELEASED_BY_OFFICE_SAYS_IMAGES = ('The 68-page report, released by the university\'s Office of Research Integrity, says images in the papers had been "duplicated, rotated or spliced" to support results that the laboratory of Dr. Tomas Welland could not reproduce.', [
    (1, 'The', 'the', 'DET', 5, 'det'), (2, '68', '68', 'NUM', 5, 'nummod'),
    (3, '-', '-', 'PUNCT', 5, 'punct'), (4, 'page', 'page', 'NOUN', 5, 'compound', 'Number=Sing'),
    (5, 'report', 'report', 'NOUN', 17, 'nsubj', 'Number=Sing'), (6, ',', ',', 'PUNCT', 7, 'punct'),
    (7, 'released', 'release', 'VERB', 5, 'acl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (8, 'by', 'by', 'ADP', 12, 'case'), (9, 'the', 'the', 'DET', 10, 'det'),
    (10, 'university', 'university', 'NOUN', 12, 'nmod:poss', 'Number=Sing'),
    (11, "'s", "'s", 'PART', 10, 'case'), (12, 'Office', 'office', 'PROPN', 7, 'obl:agent'),
    (13, 'of', 'of', 'ADP', 15, 'case'), (14, 'Research', 'research', 'PROPN', 15, 'compound'),
    (15, 'Integrity', 'integrity', 'PROPN', 12, 'nmod'), (16, ',', ',', 'PUNCT', 5, 'punct'),
    (17, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (18, 'images', 'image', 'NOUN', 17, 'nsubj', 'Number=Plur'), (19, 'in', 'in', 'ADP', 21, 'case'),
    (20, 'the', 'the', 'DET', 21, 'det'), (21, 'papers', 'paper', 'NOUN', 25, 'nsubj:pass', 'Number=Plur'),
    (22, 'had', 'have', 'AUX', 25, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (23, 'been', 'be', 'AUX', 25, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (24, '"', '"', 'PUNCT', 25, 'punct'),
    (25, 'duplicated', 'duplicate', 'VERB', 17, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (26, ',', ',', 'PUNCT', 27, 'punct'),
    (27, 'rotated', 'rotate', 'VERB', 25, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (28, 'or', 'or', 'CCONJ', 29, 'cc'),
    (29, 'spliced', 'splice', 'VERB', 27, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (30, '"', '"', 'PUNCT', 25, 'punct'), (31, 'to', 'to', 'PART', 32, 'mark'),
    (32, 'support', 'support', 'VERB', 25, 'advcl', 'VerbForm=Inf'),
    (33, 'results', 'result', 'NOUN', 32, 'obj', 'Number=Plur'), (34, 'that', 'that', 'SCONJ', 43, 'mark'),
    (35, 'the', 'the', 'DET', 36, 'det'),
    (36, 'laboratory', 'laboratory', 'NOUN', 43, 'nsubj', 'Number=Sing'), (37, 'of', 'of', 'ADP', 39, 'case'),
    (38, 'Dr.', 'dr.', 'PROPN', 40, 'nmod:desc'), (39, 'Tomas', 'tomas', 'PROPN', 40, 'compound'),
    (40, 'Welland', 'welland', 'PROPN', 36, 'nmod'), (41, 'could', 'could', 'AUX', 43, 'aux', 'VerbForm=Fin'),
    (42, 'not', 'not', 'PART', 43, 'advmod'),
    (43, 'reproduce', 'reproduce', 'VERB', 32, 'ccomp', 'VerbForm=Inf'), (44, '.', '.', 'PUNCT', 17, 'punct'),
])

SHE_USED_TO_TELL_ME_ALDOUS_RECALLS = ('“She used to tell me, ‘Don’t go lifting floorboards,’” Aldous recalls.', [
    (1, '“', '"', 'PUNCT', 3, 'punct'),
    (2, 'She', 'she', 'PRON', 3, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (3, 'used', 'use', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'to', 'to', 'PART', 5, 'mark'), (5, 'tell', 'tell', 'VERB', 3, 'xcomp', 'VerbForm=Inf'),
    (6, 'me', 'i', 'PRON', 5, 'iobj', 'Case=Acc|Number=Sing|Person=1|PronType=Prs'),
    (7, ',', ',', 'PUNCT', 3, 'punct'), (8, '‘', "'", 'PUNCT', 3, 'punct'),
    (9, 'Do', 'do', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin'),
    (10, 'n’t', 'not', 'PART', 11, 'advmod'), (11, 'go', 'go', 'VERB', 0, 'root', 'Mood=Imp|VerbForm=Fin'),
    (12, 'lifting', 'lift', 'VERB', 13, 'compound', 'VerbForm=Ger'),
    (13, 'floorboards', 'floorboard', 'NOUN', 11, 'obj', 'Number=Plur'), (14, ',', ',', 'PUNCT', 18, 'punct'),
    (15, '’', "'", 'PUNCT', 18, 'punct'), (16, '”', '"', 'PUNCT', 18, 'punct'),
    (17, 'Aldous', 'aldous', 'PROPN', 18, 'compound'),
    (18, 'recalls', 'recall', 'NOUN', 11, 'obl', 'Number=Plur'), (19, '.', '.', 'PUNCT', 11, 'punct'),
])

YOU_DONT_REALLY_SLEEP_RECALLED_PELL = ('“You don’t really sleep,” recalled Pell, 34.', [
    (1, '“', '"', 'PUNCT', 6, 'punct'),
    (2, 'You', 'you', 'PRON', 6, 'nsubj', 'Case=Nom|Person=2|PronType=Prs'),
    (3, 'do', 'do', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin'),
    (4, 'n’t', 'not', 'PART', 6, 'advmod'), (5, 'really', 'really', 'ADV', 6, 'advmod'),
    (6, 'sleep', 'sleep', 'VERB', 9, 'advcl', 'VerbForm=Inf'), (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, '”', '"', 'PUNCT', 6, 'punct'),
    (9, 'recalled', 'recall', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (10, 'Pell', 'pell', 'PROPN', 9, 'xcomp'), (11, ',', ',', 'PUNCT', 12, 'punct'),
    (12, '34', '34', 'NUM', 10, 'nmod:unmarked'), (13, '.', '.', 'PUNCT', 9, 'punct'),
])

MARCHED_ACCORDING_TO_THE_CONFEDERATION = ("About 350,000 people marched through the city, according to the Confederation of Ostrelian Labour (KOL), the country's largest union federation.", [
    (1, 'About', 'about', 'ADP', 3, 'case'), (2, '350,000', '350000', 'NUM', 3, 'nummod'),
    (3, 'people', 'people', 'NOUN', 4, 'nsubj:pass', 'Number=Plur'),
    (4, 'marched', 'march', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (5, 'through', 'through', 'ADP', 7, 'case'), (6, 'the', 'the', 'DET', 7, 'det'),
    (7, 'city', 'city', 'NOUN', 4, 'obl', 'Number=Sing'), (8, ',', ',', 'PUNCT', 12, 'punct'),
    (9, 'according', 'accord', 'VERB', 12, 'case', 'Tense=Pres|VerbForm=Part'),
    (10, 'to', 'to', 'ADP', 12, 'case'), (11, 'the', 'the', 'DET', 12, 'det'),
    (12, 'Confederation', 'confederation', 'NOUN', 4, 'obl', 'Number=Sing'),
    (13, 'of', 'of', 'ADP', 14, 'case'), (14, 'Ostrelian', 'ostrelian', 'PROPN', 12, 'nmod'),
    (15, 'Labour', 'labour', 'PROPN', 12, 'nmod'), (16, '(', '(', 'PUNCT', 17, 'punct'),
    (17, 'KOL', 'kol', 'PROPN', 15, 'appos'), (18, ')', ')', 'PUNCT', 17, 'punct'),
    (19, ',', ',', 'PUNCT', 25, 'punct'), (20, 'the', 'the', 'DET', 21, 'det'),
    (21, 'country', 'country', 'NOUN', 25, 'nmod:poss', 'Number=Sing'), (22, "'s", "'s", 'PART', 21, 'case'),
    (23, 'largest', 'large', 'ADJ', 25, 'amod'),
    (24, 'union', 'union', 'NOUN', 25, 'compound', 'Number=Sing'),
    (25, 'federation', 'federation', 'NOUN', 12, 'nmod', 'Number=Sing'), (26, '.', '.', 'PUNCT', 4, 'punct'),
])

NEIGHBORS_BOTH_SAID_THE_WATER_ROSE = ('Neighbors Ed Brandt and Lorraine Whitcomb both said the water rose faster than anything they had seen before.', [
    (1, 'Neighbors', 'neighbor', 'PROPN', 8, 'nsubj'), (2, 'Ed', 'ed', 'PROPN', 1, 'flat'),
    (3, 'Brandt', 'brandt', 'PROPN', 1, 'flat'), (4, 'and', 'and', 'CCONJ', 5, 'cc'),
    (5, 'Lorraine', 'lorraine', 'PROPN', 3, 'conj'), (6, 'Whitcomb', 'whitcomb', 'PROPN', 3, 'conj'),
    (7, 'both', 'both', 'CCONJ', 6, 'nmod:unmarked'),
    (8, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'the', 'the', 'DET', 11, 'det'), (10, 'water', 'water', 'NOUN', 11, 'compound', 'Number=Sing'),
    (11, 'rose', 'rose', 'NOUN', 12, 'obl:unmarked', 'Number=Sing'),
    (12, 'faster', 'fast', 'ADJ', 8, 'ccomp'), (13, 'than', 'than', 'SCONJ', 17, 'mark'),
    (14, 'anything', 'anything', 'PRON', 12, 'obl', 'Number=Sing|PronType=Ind'),
    (15, 'they', 'they', 'PRON', 17, 'nsubj', 'Case=Nom|Number=Plur|Person=3|PronType=Prs'),
    (16, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'seen', 'see', 'VERB', 14, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (18, 'before', 'before', 'ADV', 17, 'advmod'), (19, '.', '.', 'PUNCT', 8, 'punct'),
])

RASZKO_QUOTED_AS_SAYING_EACH_DAY_COST = ('Finance Minister Pavel Raszko was quoted by the daily Karvenski Glas as saying each day of the strike cost the economy about 90 million crowns.', [
    (1, 'Finance', 'finance', 'PROPN', 2, 'nmod:desc'), (2, 'Minister', 'minister', 'PROPN', 6, 'nsubj:pass'),
    (3, 'Pavel', 'pavel', 'PROPN', 2, 'flat'), (4, 'Raszko', 'raszko', 'PROPN', 3, 'flat'),
    (5, 'was', 'be', 'AUX', 6, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'quoted', 'quote', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (7, 'by', 'by', 'ADP', 11, 'case'), (8, 'the', 'the', 'DET', 11, 'det'),
    (9, 'daily', 'daily', 'ADJ', 11, 'amod'), (10, 'Karvenski', 'karvenski', 'PROPN', 11, 'compound'),
    (11, 'Glas', 'glas', 'PROPN', 6, 'obl:agent'), (12, 'as', 'as', 'SCONJ', 13, 'mark'),
    (13, 'saying', 'say', 'VERB', 6, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (14, 'each', 'each', 'DET', 15, 'det'), (15, 'day', 'day', 'NOUN', 13, 'obj', 'Number=Sing'),
    (16, 'of', 'of', 'ADP', 19, 'case'), (17, 'the', 'the', 'DET', 19, 'det'),
    (18, 'strike', 'strike', 'NOUN', 19, 'compound', 'Number=Sing'),
    (19, 'cost', 'cost', 'NOUN', 15, 'nmod', 'Number=Sing'), (20, 'the', 'the', 'DET', 21, 'det'),
    (21, 'economy', 'economy', 'NOUN', 25, 'compound', 'Number=Sing'),
    (22, 'about', 'about', 'ADV', 23, 'advmod'), (23, '90', '90', 'NUM', 24, 'compound'),
    (24, 'million', 'million', 'NUM', 25, 'nummod'),
    (25, 'crowns', 'crown', 'NOUN', 19, 'nmod', 'Number=Plur'), (26, '.', '.', 'PUNCT', 6, 'punct'),
])

SHE_SAID_THE_ROSE_GARDEN = ("She said the rose garden had been her mother's.", [
    (1, 'She', 'she', 'PRON', 2, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 5, 'det'), (4, 'rose', 'rose', 'NOUN', 5, 'compound', 'Number=Sing'),
    (5, 'garden', 'garden', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (6, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'been', 'be', 'AUX', 9, 'cop', 'Tense=Past|VerbForm=Part'),
    (8, 'her', 'she', 'PRON', 9, 'nmod:poss', 'Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (9, 'mother', 'mother', 'NOUN', 2, 'ccomp', 'Number=Sing'), (10, "'s", "'s", 'PART', 9, 'case'),
    (11, '.', '.', 'PUNCT', 2, 'punct'),
])

COMPLAINT_SAYS_MAYHEW_SHOUTED = ('The complaint says Mayhew walked into Carraway Fine Jewelry shortly before closing on May 9, pointed a handgun at a clerk and shouted, "Everybody on the floor!"', [
    (1, 'The', 'the', 'DET', 2, 'det'), (2, 'complaint', 'complaint', 'NOUN', 3, 'nsubj', 'Number=Sing'),
    (3, 'says', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'Mayhew', 'mayhew', 'PROPN', 5, 'nsubj'),
    (5, 'walked', 'walk', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'into', 'into', 'ADP', 7, 'case'), (7, 'Carraway', 'carraway', 'PROPN', 9, 'compound'),
    (8, 'Fine', 'fine', 'ADJ', 9, 'amod'), (9, 'Jewelry', 'jewelry', 'PROPN', 5, 'obl'),
    (10, 'shortly', 'shortly', 'ADV', 12, 'advmod'), (11, 'before', 'before', 'SCONJ', 12, 'mark'),
    (12, 'closing', 'close', 'VERB', 5, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (13, 'on', 'on', 'ADP', 14, 'case'), (14, 'May', 'may', 'PROPN', 12, 'obl'),
    (15, '9', '9', 'NUM', 12, 'obl'), (16, ',', ',', 'PUNCT', 17, 'punct'),
    (17, 'pointed', 'point', 'VERB', 3, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'a', 'a', 'DET', 19, 'det'), (19, 'handgun', 'handgun', 'NOUN', 17, 'obj', 'Number=Sing'),
    (20, 'at', 'at', 'ADP', 22, 'case'), (21, 'a', 'a', 'DET', 22, 'det'),
    (22, 'clerk', 'clerk', 'NOUN', 19, 'nmod', 'Number=Sing'), (23, 'and', 'and', 'CCONJ', 24, 'cc'),
    (24, 'shouted', 'shout', 'VERB', 22, 'conj', 'Tense=Past|VerbForm=Part'),
    (25, ',', ',', 'PUNCT', 27, 'punct'), (26, '"', '"', 'PUNCT', 27, 'punct'),
    (27, 'Everybody', 'everybody', 'PRON', 17, 'obj', 'Number=Sing|PronType=Ind'),
    (28, 'on', 'on', 'ADP', 30, 'case'), (29, 'the', 'the', 'DET', 30, 'det'),
    (30, 'floor', 'floor', 'NOUN', 27, 'nmod', 'Number=Sing'), (31, '!', '!', 'PUNCT', 3, 'punct'),
    (32, '"', '"', 'PUNCT', 3, 'punct'),
])

RANCHER_WHITACRE_KNOCK_CAME = ('For rancher Earl Whitacre, 67, the knock on the door came at 4 a.m.', [
    (1, 'For', 'for', 'ADP', 2, 'case'),
    (2, 'rancher', 'rancher', 'NOUN', 13, 'obl', 'Number=Sing'),
    (3, 'Earl', 'earl', 'PROPN', 2, 'flat', 'Number=Sing'),
    (4, 'Whitacre', 'whitacre', 'PROPN', 13, 'obl', 'Number=Sing'),
    (5, ',', ',', 'PUNCT', 6, 'punct'),
    (6, '67', '67', 'NUM', 4, 'appos', 'NumForm=Digit|NumType=Card'),
    (7, ',', ',', 'PUNCT', 2, 'punct'),
    (8, 'the', 'the', 'DET', 9, 'det', 'Definite=Def|PronType=Art'),
    (9, 'knock', 'knock', 'NOUN', 13, 'nsubj', 'Number=Sing'),
    (10, 'on', 'on', 'ADP', 12, 'case'),
    (11, 'the', 'the', 'DET', 12, 'det', 'Definite=Def|PronType=Art'),
    (12, 'door', 'door', 'NOUN', 9, 'nmod', 'Number=Sing'),
    (13, 'came', 'come', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'at', 'at', 'ADP', 15, 'case'),
    (15, '4', '4', 'NUM', 13, 'obl', 'NumForm=Digit|NumType=Card'),
    (16, 'a.m', 'a.m.', 'NOUN', 15, 'nmod:unmarked', 'Number=Sing'),
    (17, '.', '.', 'PUNCT', 13, 'punct'),
])

THE_RANCHER_WHO_SPENT_SAID = ('The rancher, who spent the night in his pickup with his dog, said he had loaded 40 head into trailers.', [
    (1, 'The', 'the', 'DET', 2, 'det', 'Definite=Def|PronType=Art'),
    (2, 'rancher', 'rancher', 'NOUN', 15, 'nsubj', 'Number=Sing'),
    (3, ',', ',', 'PUNCT', 2, 'punct'),
    (4, 'who', 'who', 'PRON', 5, 'nsubj', 'PronType=Rel'),
    (5, 'spent', 'spend', 'VERB', 15, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det', 'Definite=Def|PronType=Art'),
    (7, 'night', 'night', 'NOUN', 5, 'obj', 'Number=Sing'),
    (8, 'in', 'in', 'ADP', 10, 'case'),
    (9, 'his', 'his', 'PRON', 10, 'nmod:poss', 'Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (10, 'pickup', 'pickup', 'NOUN', 5, 'obl', 'Number=Sing'),
    (11, 'with', 'with', 'ADP', 13, 'case'),
    (12, 'his', 'his', 'PRON', 13, 'nmod:poss', 'Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (13, 'dog', 'dog', 'NOUN', 10, 'nmod', 'Number=Sing'),
    (14, ',', ',', 'PUNCT', 2, 'punct'),
    (15, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'he', 'he', 'PRON', 18, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (17, 'had', 'have', 'AUX', 18, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'loaded', 'load', 'VERB', 15, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (19, '40', '40', 'NUM', 20, 'nummod', 'NumForm=Digit|NumType=Card'),
    (20, 'head', 'head', 'NOUN', 18, 'obj', 'Number=Sing'),
    (21, 'into', 'into', 'ADP', 22, 'case'),
    (22, 'trailers', 'trailer', 'NOUN', 18, 'obl', 'Number=Plur'),
    (23, '.', '.', 'PUNCT', 15, 'punct'),
])

FORECASTERS_WARNED_GUSTS_COULD = ('Forecasters warned gusts of up to 50 mph could arrive overnight.', [
    (1, 'Forecasters', 'forecaster', 'NOUN', 2, 'nsubj', 'Number=Plur'),
    (2, 'warned', 'warn', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'gusts', 'gust', 'NOUN', 2, 'obj', 'Number=Plur'),
    (4, 'of', 'of', 'ADP', 5, 'case'),
    (5, 'up', 'up', 'ADP', 3, 'nmod'),
    (6, 'to', 'to', 'ADP', 8, 'case'),
    (7, '50', '50', 'NUM', 8, 'nummod', 'NumForm=Digit|NumType=Card'),
    (8, 'mph', 'mph', 'NOUN', 3, 'nmod', 'Number=Sing'),
    (9, 'could', 'could', 'AUX', 10, 'aux', 'VerbForm=Fin'),
    (10, 'arrive', 'arrive', 'VERB', 2, 'conj', 'VerbForm=Inf'),
    (11, 'overnight', 'overnight', 'NOUN', 10, 'obj', 'Number=Sing'),
    (12, '.', '.', 'PUNCT', 2, 'punct'),
])

BECERRA_URGED_ANYONE_WHO_STAYED = ('Delgado and Sheriff Tom Becerra both said the evacuation had gone smoothly so far, though Becerra urged anyone who stayed behind to call 911 "before it\'s too late, not after."', [
    (1, 'Delgado', 'delgado', 'PROPN', 7, 'nsubj', 'Number=Sing'),
    (2, 'and', 'and', 'CCONJ', 3, 'cc'),
    (3, 'Sheriff', 'sheriff', 'PROPN', 1, 'conj', 'Number=Sing'),
    (4, 'Tom', 'tom', 'PROPN', 1, 'conj', 'Number=Sing'),
    (5, 'Becerra', 'becerra', 'PROPN', 1, 'conj', 'Number=Sing'),
    (6, 'both', 'both', 'CCONJ', 3, 'flat'),
    (7, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'the', 'the', 'DET', 9, 'det', 'Definite=Def|PronType=Art'),
    (9, 'evacuation', 'evacuation', 'NOUN', 11, 'nsubj', 'Number=Sing'),
    (10, 'had', 'have', 'AUX', 11, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (11, 'gone', 'go', 'VERB', 7, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (12, 'smoothly', 'smoothly', 'ADV', 11, 'advmod'),
    (13, 'so', 'so', 'ADV', 14, 'advmod'),
    (14, 'far', 'far', 'ADV', 11, 'advmod', 'Degree=Pos'),
    (15, ',', ',', 'PUNCT', 18, 'punct'),
    (16, 'though', 'though', 'SCONJ', 18, 'mark'),
    (17, 'Becerra', 'becerra', 'PROPN', 18, 'nsubj', 'Number=Sing'),
    (18, 'urged', 'urge', 'VERB', 11, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (19, 'anyone', 'anyone', 'PRON', 18, 'obj', 'Number=Sing|PronType=Ind'),
    (20, 'who', 'who', 'PRON', 21, 'nsubj', 'PronType=Rel'),
    (21, 'stayed', 'stay', 'VERB', 19, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (22, 'behind', 'behind', 'ADV', 21, 'advmod'),
    (23, 'to', 'to', 'PART', 24, 'mark'),
    (24, 'call', 'call', 'VERB', 21, 'advcl', 'VerbForm=Inf'),
    (25, '911', '911', 'NUM', 24, 'obj', 'NumForm=Digit|NumType=Card'),
    (26, '"', '"', 'PUNCT', 24, 'punct'),
    (27, 'before', 'before', 'SCONJ', 31, 'mark'),
    (28, 'it', 'it', 'PRON', 31, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (29, "'s", 'be', 'AUX', 31, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (30, 'too', 'too', 'ADV', 31, 'advmod'),
    (31, 'late', 'late', 'ADJ', 21, 'advcl', 'Degree=Pos'),
    (32, ',', ',', 'PUNCT', 34, 'punct'),
    (33, 'not', 'not', 'PART', 34, 'advmod', 'Polarity=Neg'),
    (34, 'after', 'after', 'ADV', 31, 'conj'),
    (35, '.', '.', 'PUNCT', 7, 'punct'),
    (36, '"', '"', 'PUNCT', 7, 'punct'),
])

GOVERNOR_WROTE_EVERY_RESOURCE_AT_THE_FIRE = ('In a post on X, the governor wrote that the state would throw "every resource we have" at the fire, and she vowed to rebuild it.', [
    (1, 'In', 'in', 'ADP', 3, 'case'),
    (2, 'a', 'a', 'DET', 3, 'det', 'Definite=Ind|PronType=Art'),
    (3, 'post', 'post', 'NOUN', 9, 'obl', 'Number=Sing'),
    (4, 'on', 'on', 'ADP', 5, 'case'),
    (5, 'X', 'x', 'PROPN', 3, 'nmod', 'Number=Sing'),
    (6, ',', ',', 'PUNCT', 3, 'punct'),
    (7, 'the', 'the', 'DET', 8, 'det', 'Definite=Def|PronType=Art'),
    (8, 'governor', 'governor', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (9, 'wrote', 'write', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'that', 'that', 'SCONJ', 14, 'mark'),
    (11, 'the', 'the', 'DET', 12, 'det', 'Definite=Def|PronType=Art'),
    (12, 'state', 'state', 'NOUN', 14, 'nsubj', 'Number=Sing'),
    (13, 'would', 'would', 'AUX', 14, 'aux', 'VerbForm=Fin'),
    (14, 'throw', 'throw', 'VERB', 9, 'ccomp', 'VerbForm=Inf'),
    (15, '"', '"', 'PUNCT', 14, 'punct'),
    (16, 'every', 'every', 'DET', 17, 'det', 'PronType=Tot'),
    (17, 'resource', 'resource', 'NOUN', 14, 'obj', 'Number=Sing'),
    (18, 'we', 'we', 'PRON', 19, 'nsubj', 'Case=Nom|Number=Plur|Person=1|PronType=Prs'),
    (19, 'have', 'have', 'AUX', 17, 'acl:relcl', 'Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin'),
    (20, '"', '"', 'PUNCT', 19, 'punct'),
    (21, 'at', 'at', 'ADP', 23, 'case'),
    (22, 'the', 'the', 'DET', 23, 'det', 'Definite=Def|PronType=Art'),
    (23, 'fire', 'fire', 'NOUN', 9, 'ccomp', 'Number=Sing'),
    (24, ',', ',', 'PUNCT', 27, 'punct'),
    (25, 'and', 'and', 'CCONJ', 27, 'cc'),
    (26, 'she', 'she', 'PRON', 27, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (27, 'vowed', 'vow', 'VERB', 9, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (28, 'to', 'to', 'PART', 29, 'mark'),
    (29, 'rebuild', 'rebuild', 'VERB', 27, 'xcomp', 'VerbForm=Inf'),
    (30, 'it', 'it', 'PRON', 29, 'obj', 'Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (31, '.', '.', 'PUNCT', 9, 'punct'),
])

FIRE_CHIEF_DELGADO_SPOKE = ('Fire Chief Ray Delgado spoke first.', [
    (1, 'Fire', 'fire', 'PROPN', 5, 'nsubj', 'Number=Sing'),
    (2, 'Chief', 'chief', 'PROPN', 1, 'flat', 'Number=Sing'),
    (3, 'Ray', 'ray', 'PROPN', 1, 'flat', 'Number=Sing'),
    (4, 'Delgado', 'delgado', 'PROPN', 3, 'flat', 'Number=Sing'),
    (5, 'spoke', 'speak', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'first', 'first', 'ADV', 5, 'advmod', 'NumForm=Word|NumType=Ord'),
    (7, '.', '.', 'PUNCT', 5, 'punct'),
])

THE_RETIRED_DINNER_LADY_SAID = ('The retired dinner lady said she had waited 14 months for the surgery.', [
    (1, 'The', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (2, 'retired', 'retire', 'VERB', 4, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (3, 'dinner', 'dinner', 'NOUN', 4, 'compound', 'Number=Sing'),
    (4, 'lady', 'lady', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (5, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'she', 'she', 'PRON', 8, 'nsubj', 'Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs'),
    (7, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'waited', 'wait', 'VERB', 5, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (9, '14', '14', 'NUM', 10, 'nummod', 'NumForm=Digit|NumType=Card'),
    (10, 'months', 'month', 'NOUN', 8, 'obj', 'Number=Plur'),
    (11, 'for', 'for', 'ADP', 13, 'case'),
    (12, 'the', 'the', 'DET', 13, 'det', 'Definite=Def|PronType=Art'),
    (13, 'surgery', 'surgery', 'NOUN', 8, 'obl', 'Number=Sing'),
    (14, '.', '.', 'PUNCT', 5, 'punct'),
])

MESSAGE_FROM_TILSLEY = ('That was the message from Maureen Tilsley, 71, of Sedgecombe, whose hip replacement was cancelled on Tuesday.', [
    (1, 'That', 'that', 'PRON', 4, 'nsubj', 'Number=Sing|PronType=Dem'),
    (2, 'was', 'be', 'AUX', 4, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'the', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (4, 'message', 'message', 'NOUN', 0, 'root', 'Number=Sing'),
    (5, 'from', 'from', 'ADP', 7, 'case'),
    (6, 'Maureen', 'maureen', 'PROPN', 4, 'nmod', 'Number=Sing'),
    (7, 'Tilsley', 'tilsley', 'PROPN', 4, 'nmod', 'Number=Sing'),
    (8, ',', ',', 'PUNCT', 9, 'punct'),
    (9, '71', '71', 'NUM', 7, 'appos', 'NumForm=Digit|NumType=Card'),
    (10, ',', ',', 'PUNCT', 9, 'punct'),
    (11, 'of', 'of', 'ADP', 12, 'case'),
    (12, 'Sedgecombe', 'sedgecombe', 'PROPN', 7, 'nmod', 'Number=Sing'),
    (13, ',', ',', 'PUNCT', 18, 'punct'),
    (14, 'whose', 'whose', 'DET', 16, 'det', 'PronType=Int'),
    (15, 'hip', 'hip', 'NOUN', 16, 'compound', 'Number=Sing'),
    (16, 'replacement', 'replacement', 'NOUN', 18, 'nsubj:pass', 'Number=Sing'),
    (17, 'was', 'be', 'AUX', 18, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'cancelled', 'cancel', 'VERB', 4, 'conj', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (19, 'on', 'on', 'ADP', 20, 'case'),
    (20, 'Tuesday', 'tuesday', 'PROPN', 18, 'obl', 'Number=Sing'),
    (21, '.', '.', 'PUNCT', 4, 'punct'),
])

HALVARD_AND_SKYLINK_THE_COMPANIES_SAID = ('Halvard Air and Skylink Regional, the two largest carriers serving the northern isles, have agreed to merge in an all-share deal that values the combined group at about £1.2bn, the companies said on Tuesday.', [
    (1, 'Halvard', 'halvard', 'PROPN', 17, 'nsubj', 'Number=Sing'),
    (2, 'Air', 'air', 'PROPN', 1, 'flat', 'Number=Sing'),
    (3, 'and', 'and', 'CCONJ', 4, 'cc'),
    (4, 'Skylink', 'skylink', 'PROPN', 2, 'conj', 'Number=Sing'),
    (5, 'Regional', 'regional', 'PROPN', 1, 'conj', 'Number=Sing'),
    (6, ',', ',', 'PUNCT', 10, 'punct'),
    (7, 'the', 'the', 'DET', 10, 'det', 'Definite=Def|PronType=Art'),
    (8, 'two', 'two', 'NUM', 10, 'nummod', 'NumForm=Word|NumType=Card'),
    (9, 'largest', 'large', 'ADJ', 10, 'amod', 'Degree=Sup'),
    (10, 'carriers', 'carrier', 'NOUN', 1, 'appos', 'Number=Plur'),
    (11, 'serving', 'serve', 'VERB', 17, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (12, 'the', 'the', 'DET', 14, 'det', 'Definite=Def|PronType=Art'),
    (13, 'northern', 'northern', 'ADJ', 14, 'amod', 'Degree=Pos'),
    (14, 'isles', 'isle', 'NOUN', 11, 'obj', 'Number=Plur'),
    (15, ',', ',', 'PUNCT', 11, 'punct'),
    (16, 'have', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (17, 'agreed', 'agree', 'VERB', 0, 'root', 'Tense=Past|VerbForm=Part'),
    (18, 'to', 'to', 'PART', 19, 'mark'),
    (19, 'merge', 'merge', 'VERB', 17, 'xcomp', 'VerbForm=Inf'),
    (20, 'in', 'in', 'ADP', 25, 'case'),
    (21, 'an', 'a', 'DET', 25, 'det', 'Definite=Ind|PronType=Art'),
    (22, 'all', 'all', 'DET', 24, 'compound', 'PronType=Tot'),
    (23, '-', '-', 'PUNCT', 22, 'punct'),
    (24, 'share', 'share', 'NOUN', 25, 'compound', 'Number=Sing'),
    (25, 'deal', 'deal', 'NOUN', 19, 'obl', 'Number=Sing'),
    (26, 'that', 'that', 'PRON', 27, 'nsubj', 'PronType=Rel'),
    (27, 'values', 'value', 'VERB', 25, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (28, 'the', 'the', 'DET', 30, 'det', 'Definite=Def|PronType=Art'),
    (29, 'combined', 'combine', 'VERB', 30, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (30, 'group', 'group', 'NOUN', 27, 'obj', 'Number=Sing'),
    (31, 'at', 'at', 'ADP', 35, 'case'),
    (32, 'about', 'about', 'ADV', 33, 'advmod'),
    (33, '£', '£', 'SYM', 35, 'compound'),
    (34, '1.2', '1.2', 'NUM', 33, 'nummod', 'NumForm=Digit|NumType=Card'),
    (35, 'bn', 'billion', 'NOUN', 27, 'obl', 'Number=Sing'),
    (36, ',', ',', 'PUNCT', 39, 'punct'),
    (37, 'the', 'the', 'DET', 38, 'det', 'Definite=Def|PronType=Art'),
    (38, 'companies', 'company', 'NOUN', 39, 'nsubj', 'Number=Plur'),
    (39, 'said', 'say', 'VERB', 17, 'parataxis', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (40, 'on', 'on', 'ADP', 41, 'case'),
    (41, 'Tuesday', 'tuesday', 'PROPN', 39, 'obl', 'Number=Sing'),
    (42, '.', '.', 'PUNCT', 17, 'punct'),
])

TALKS_BEGAN_ACCORDING_TO_PEOPLE_FAMILIAR = ('The talks began in June, after Skylink grounded three aircraft for lack of spare parts, according to two people familiar with the negotiations.', [
    (1, 'The', 'the', 'DET', 2, 'det', 'Definite=Def|PronType=Art'),
    (2, 'talks', 'talk', 'NOUN', 3, 'nsubj', 'Number=Plur'),
    (3, 'began', 'begin', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'in', 'in', 'ADP', 5, 'case'),
    (5, 'June', 'june', 'PROPN', 3, 'obl', 'Number=Sing'),
    (6, ',', ',', 'PUNCT', 9, 'punct'),
    (7, 'after', 'after', 'SCONJ', 9, 'mark'),
    (8, 'Skylink', 'skylink', 'PROPN', 9, 'nsubj', 'Number=Sing'),
    (9, 'grounded', 'ground', 'VERB', 3, 'advcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (10, 'three', 'three', 'NUM', 11, 'nummod', 'NumForm=Word|NumType=Card'),
    (11, 'aircraft', 'aircraft', 'NOUN', 9, 'obj', 'Number=Sing'),
    (12, 'for', 'for', 'ADP', 13, 'case'),
    (13, 'lack', 'lack', 'NOUN', 9, 'obl', 'Number=Sing'),
    (14, 'of', 'of', 'ADP', 16, 'case'),
    (15, 'spare', 'spare', 'NOUN', 16, 'compound', 'Number=Sing'),
    (16, 'parts', 'part', 'NOUN', 13, 'nmod', 'Number=Plur'),
    (17, ',', ',', 'PUNCT', 21, 'punct'),
    (18, 'according', 'accord', 'VERB', 21, 'case', 'Tense=Pres|VerbForm=Part'),
    (19, 'to', 'to', 'ADP', 21, 'case'),
    (20, 'two', 'two', 'NUM', 21, 'nummod', 'NumForm=Word|NumType=Card'),
    (21, 'people', 'people', 'NOUN', 9, 'obl', 'Number=Plur'),
    (22, 'familiar', 'familiar', 'ADJ', 9, 'advcl', 'Degree=Pos'),
    (23, 'with', 'with', 'ADP', 25, 'case'),
    (24, 'the', 'the', 'DET', 25, 'det', 'Definite=Def|PronType=Art'),
    (25, 'negotiations', 'negotiation', 'NOUN', 22, 'obl', 'Number=Plur'),
    (26, '.', '.', 'PUNCT', 3, 'punct'),
])

QUAYLE_ACTING_DIRECTOR_CAUTIONED_AND_ASKED = ('Alasdair Quayle, acting director of the commission’s mergers and market investigations unit, cautioned that many island communities had “no second airline to switch to”, and asked whether the companies would give up take-off slots at Karsvik.', [
    (1, 'Alasdair', 'alasdair', 'PROPN', 16, 'nsubj', 'Number=Sing'),
    (2, 'Quayle', 'quayle', 'PROPN', 1, 'flat', 'Number=Sing'),
    (3, ',', ',', 'PUNCT', 2, 'punct'),
    (4, 'acting', 'act', 'VERB', 16, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (5, 'director', 'director', 'NOUN', 4, 'obj', 'Number=Sing'),
    (6, 'of', 'of', 'ADP', 10, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det', 'Definite=Def|PronType=Art'),
    (8, 'commission', 'commission', 'NOUN', 10, 'nmod:poss', 'Number=Sing'),
    (9, '’s', "'s", 'PART', 8, 'case'),
    (10, 'mergers', 'merger', 'NOUN', 5, 'nmod', 'Number=Plur'),
    (11, 'and', 'and', 'CCONJ', 14, 'cc'),
    (12, 'market', 'market', 'NOUN', 13, 'compound', 'Number=Sing'),
    (13, 'investigations', 'investigation', 'NOUN', 14, 'compound', 'Number=Plur'),
    (14, 'unit', 'unit', 'NOUN', 5, 'nmod', 'Number=Sing'),
    (15, ',', ',', 'PUNCT', 4, 'punct'),
    (16, 'cautioned', 'caution', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (17, 'that', 'that', 'SCONJ', 21, 'mark'),
    (18, 'many', 'many', 'ADJ', 20, 'amod', 'Degree=Pos'),
    (19, 'island', 'island', 'NOUN', 20, 'compound', 'Number=Sing'),
    (20, 'communities', 'community', 'NOUN', 21, 'nsubj', 'Number=Plur'),
    (21, 'had', 'have', 'VERB', 16, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (22, '“', '"', 'PUNCT', 25, 'punct'),
    (23, 'no', 'no', 'DET', 25, 'det', 'PronType=Neg'),
    (24, 'second', 'second', 'ADJ', 25, 'amod', 'Degree=Pos|NumForm=Word|NumType=Ord'),
    (25, 'airline', 'airline', 'NOUN', 21, 'obj', 'Number=Sing'),
    (26, 'to', 'to', 'PART', 27, 'mark'),
    (27, 'switch', 'switch', 'VERB', 25, 'acl', 'VerbForm=Inf'),
    (28, 'to', 'to', 'ADP', 27, 'obl'),
    (29, '”', '"', 'PUNCT', 27, 'punct'),
    (30, ',', ',', 'PUNCT', 32, 'punct'),
    (31, 'and', 'and', 'CCONJ', 32, 'cc'),
    (32, 'asked', 'ask', 'VERB', 16, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (33, 'whether', 'whether', 'SCONJ', 37, 'mark'),
    (34, 'the', 'the', 'DET', 35, 'det', 'Definite=Def|PronType=Art'),
    (35, 'companies', 'company', 'NOUN', 37, 'nsubj', 'Number=Plur'),
    (36, 'would', 'would', 'AUX', 37, 'aux', 'VerbForm=Fin'),
    (37, 'give', 'give', 'VERB', 32, 'ccomp', 'VerbForm=Inf'),
    (38, 'up', 'up', 'ADP', 37, 'compound:prt'),
    (39, 'take', 'take', 'VERB', 37, 'xcomp', 'VerbForm=Inf'),
    (40, '-', '-', 'PUNCT', 41, 'punct'),
    (41, 'off', 'off', 'ADP', 42, 'case'),
    (42, 'slots', 'slot', 'NOUN', 37, 'obj', 'Number=Plur'),
    (43, 'at', 'at', 'ADP', 44, 'case'),
    (44, 'Karsvik', 'karsvik', 'PROPN', 42, 'nmod', 'Number=Sing'),
    (45, '.', '.', 'PUNCT', 16, 'punct'),
])

CHAIRMAN_QUAYLE_FANS_CALL_BIG_DES = ('Chairman Des Quayle, the scrap-metal millionaire fans call "Big Des", said the decision had been "the hardest of my 11 years in the job".', [
    (1, 'Chairman', 'chairman', 'PROPN', 17, 'nsubj', 'Number=Sing'),
    (2, 'Des', 'des', 'PROPN', 1, 'flat', 'Number=Sing'),
    (3, 'Quayle', 'quayle', 'PROPN', 1, 'flat', 'Number=Sing'),
    (4, ',', ',', 'PUNCT', 3, 'punct'),
    (5, 'the', 'the', 'DET', 10, 'det', 'Definite=Def|PronType=Art'),
    (6, 'scrap', 'scrap', 'NOUN', 10, 'compound', 'Number=Sing'),
    (7, '-', '-', 'PUNCT', 6, 'punct'),
    (8, 'metal', 'metal', 'NOUN', 10, 'compound', 'Number=Sing'),
    (9, 'millionaire', 'millionaire', 'NOUN', 10, 'compound', 'Number=Sing'),
    (10, 'fans', 'fan', 'NOUN', 11, 'nsubj', 'Number=Plur'),
    (11, 'call', 'call', 'VERB', 17, 'ccomp', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (12, '"', '"', 'PUNCT', 14, 'punct'),
    (13, 'Big', 'big', 'ADJ', 14, 'amod', 'Degree=Pos'),
    (14, 'Des', 'des', 'PROPN', 11, 'obj', 'Number=Plur'),
    (15, '"', '"', 'PUNCT', 14, 'punct'),
    (16, ',', ',', 'PUNCT', 2, 'punct'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'the', 'the', 'DET', 19, 'det', 'Definite=Def|PronType=Art'),
    (19, 'decision', 'decision', 'NOUN', 24, 'nsubj', 'Number=Sing'),
    (20, 'had', 'have', 'AUX', 24, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, 'been', 'be', 'AUX', 24, 'cop', 'Tense=Past|VerbForm=Part'),
    (22, '"', '"', 'PUNCT', 24, 'punct'),
    (23, 'the', 'the', 'DET', 24, 'det', 'Definite=Def|PronType=Art'),
    (24, 'hardest', 'hard', 'ADJ', 17, 'ccomp', 'Degree=Sup'),
    (25, 'of', 'of', 'ADP', 28, 'case'),
    (26, 'my', 'my', 'PRON', 28, 'nmod:poss', 'Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs'),
    (27, '11', '11', 'NUM', 28, 'nummod', 'NumForm=Digit|NumType=Card'),
    (28, 'years', 'year', 'NOUN', 24, 'nmod', 'Number=Plur'),
    (29, 'in', 'in', 'ADP', 31, 'case'),
    (30, 'the', 'the', 'DET', 31, 'det', 'Definite=Def|PronType=Art'),
    (31, 'job', 'job', 'NOUN', 28, 'nmod', 'Number=Sing'),
    (32, '"', '"', 'PUNCT', 24, 'punct'),
    (33, '.', '.', 'PUNCT', 17, 'punct'),
])

STRIKER_TEMBE_AND_EX_BOSS_HARKER = ('Former Wanderers striker Gary Tembe and ex-boss Phil Harker both said the board had panicked.', [
    (1, 'Former', 'former', 'ADJ', 2, 'amod', 'Degree=Pos'),
    (2, 'Wanderers', 'wanderer', 'PROPN', 3, 'nsubj', 'Number=Plur'),
    (3, 'striker', 'striker', 'VERB', 0, 'root', 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'),
    (4, 'Gary', 'gary', 'PROPN', 5, 'compound', 'Number=Sing'),
    (5, 'Tembe', 'tembe', 'PROPN', 3, 'obj', 'Number=Sing'),
    (6, 'and', 'and', 'CCONJ', 7, 'cc'),
    (7, 'ex-boss', 'ex-boss', 'NOUN', 5, 'conj', 'Number=Sing'),
    (8, 'Phil', 'phil', 'PROPN', 5, 'conj', 'Number=Sing'),
    (9, 'Harker', 'harker', 'PROPN', 8, 'flat', 'Number=Sing'),
    (10, 'both', 'both', 'CCONJ', 11, 'advmod'),
    (11, 'said', 'say', 'VERB', 3, 'conj', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (12, 'the', 'the', 'DET', 13, 'det', 'Definite=Def|PronType=Art'),
    (13, 'board', 'board', 'NOUN', 15, 'nsubj', 'Number=Sing'),
    (14, 'had', 'have', 'AUX', 15, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'panicked', 'panick', 'VERB', 11, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (16, '.', '.', 'PUNCT', 3, 'punct'),
])

OKAFOR_SAYING_HAD_BEEN_AND_HAD_MEANT = ('Greaves’s barrister, Daniel Okafor, asked for leniency in mitigation, saying his client had been ‘drowning in debt’ and had always meant to repay the money.', [
    (1, 'Greaves', 'greaves', 'PROPN', 3, 'nmod:poss', 'Number=Plur'),
    (2, '’s', "'s", 'PART', 1, 'case'),
    (3, 'barrister', 'barrister', 'NOUN', 8, 'nsubj', 'Number=Sing'),
    (4, ',', ',', 'PUNCT', 6, 'punct'),
    (5, 'Daniel', 'daniel', 'ADJ', 6, 'amod', 'Degree=Pos'),
    (6, 'Okafor', 'okafor', 'PROPN', 3, 'conj', 'Number=Sing'),
    (7, ',', ',', 'PUNCT', 6, 'punct'),
    (8, 'asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (9, 'for', 'for', 'ADP', 10, 'case'),
    (10, 'leniency', 'leniency', 'NOUN', 8, 'obl', 'Number=Sing'),
    (11, 'in', 'in', 'ADP', 12, 'case'),
    (12, 'mitigation', 'mitigation', 'NOUN', 10, 'nmod', 'Number=Sing'),
    (13, ',', ',', 'PUNCT', 14, 'punct'),
    (14, 'saying', 'say', 'VERB', 8, 'advcl', 'Tense=Pres|VerbForm=Part'),
    (15, 'his', 'his', 'PRON', 16, 'nmod:poss', 'Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs'),
    (16, 'client', 'client', 'NOUN', 20, 'nsubj', 'Number=Sing'),
    (17, 'had', 'have', 'AUX', 20, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, 'been', 'be', 'AUX', 20, 'cop', 'Tense=Past|VerbForm=Part'),
    (19, '‘', "'", 'PUNCT', 20, 'punct'),
    (20, 'drowning', 'drow', 'VERB', 14, 'ccomp', 'Tense=Pres|VerbForm=Part'),
    (21, 'in', 'in', 'ADP', 22, 'case'),
    (22, 'debt', 'debt', 'NOUN', 20, 'obl', 'Number=Sing'),
    (23, '’', "'", 'PUNCT', 27, 'punct'),
    (24, 'and', 'and', 'CCONJ', 27, 'cc'),
    (25, 'had', 'have', 'AUX', 27, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (26, 'always', 'always', 'ADV', 27, 'advmod', 'PronType=Tot'),
    (27, 'meant', 'mean', 'VERB', 8, 'conj', 'Tense=Past|VerbForm=Part'),
    (28, 'to', 'to', 'PART', 29, 'mark'),
    (29, 'repay', 'repay', 'VERB', 27, 'xcomp', 'VerbForm=Inf'),
    (30, 'the', 'the', 'DET', 31, 'det', 'Definite=Def|PronType=Art'),
    (31, 'money', 'money', 'NOUN', 29, 'obj', 'Number=Sing'),
    (32, '.', '.', 'PUNCT', 8, 'punct'),
])

AGES_KERSLEY_1 = ('Hollingford Wanderers last night confirmed the sacking of manager Stuart Kersley.', [
    (1, 'Hollingford', 'hollingford', 'PROPN', 2, 'amod'),
    (2, 'Wanderers', 'wanderer', 'PROPN', 5, 'nsubj', 'Number=Plur'),
    (3, 'last', 'last', 'ADJ', 4, 'amod', 'Degree=Pos'),
    (4, 'night', 'night', 'NOUN', 5, 'nsubj', 'Number=Sing'),
    (5, 'confirmed', 'confirm', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det', 'Definite=Def|PronType=Art'),
    (7, 'sacking', 'sacking', 'NOUN', 5, 'obj', 'Number=Sing'),
    (8, 'of', 'of', 'ADP', 9, 'case'),
    (9, 'manager', 'manager', 'NOUN', 7, 'nmod', 'Number=Sing'),
    (10, 'Stuart', 'stuart', 'PROPN', 11, 'compound', 'Number=Sing'),
    (11, 'Kersley', 'kersley', 'PROPN', 7, 'nmod', 'Number=Sing'),
    (12, '.', '.', 'PUNCT', 5, 'punct'),
])

AGES_KERSLEY_2 = ('Chairman Des Quayle said the decision had been hard.', [
    (1, 'Chairman', 'chairman', 'PROPN', 4, 'nsubj', 'Number=Sing'),
    (2, 'Des', 'des', 'PROPN', 1, 'flat', 'Number=Sing'),
    (3, 'Quayle', 'quayle', 'PROPN', 2, 'flat', 'Number=Sing'),
    (4, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (5, 'the', 'the', 'DET', 6, 'det', 'Definite=Def|PronType=Art'),
    (6, 'decision', 'decision', 'NOUN', 9, 'nsubj', 'Number=Sing'),
    (7, 'had', 'have', 'AUX', 9, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'been', 'be', 'AUX', 9, 'cop', 'Tense=Past|VerbForm=Part'),
    (9, 'hard', 'hard', 'ADJ', 4, 'ccomp', 'Degree=Pos'),
    (10, '.', '.', 'PUNCT', 4, 'punct'),
])

AGES_KERSLEY_3 = ('Asked whether the board had acted too quickly, the 67-year-old snapped: "What would you have done?"', [
    (1, 'Asked', 'ask', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin'),
    (2, 'whether', 'whether', 'SCONJ', 6, 'mark'),
    (3, 'the', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (4, 'board', 'board', 'NOUN', 6, 'nsubj', 'Number=Sing'),
    (5, 'had', 'have', 'AUX', 6, 'aux', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'acted', 'act', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part'),
    (7, 'too', 'too', 'ADV', 8, 'advmod'),
    (8, 'quickly', 'quickly', 'ADV', 6, 'advmod'),
    (9, ',', ',', 'PUNCT', 16, 'punct'),
    (10, 'the', 'the', 'DET', 16, 'det', 'Definite=Def|PronType=Art'),
    (11, '67', '67', 'NUM', 13, 'nummod', 'NumForm=Digit|NumType=Card'),
    (12, '-', '-', 'PUNCT', 11, 'punct'),
    (13, 'year', 'year', 'NOUN', 15, 'compound', 'Number=Sing'),
    (14, '-', '-', 'PUNCT', 13, 'punct'),
    (15, 'old', 'old', 'ADJ', 16, 'amod', 'Degree=Pos'),
    (16, 'snapped', 'snap', 'VERB', 1, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (17, ':', ':', 'PUNCT', 19, 'punct'),
    (18, '"', '"', 'PUNCT', 19, 'punct'),
    (19, 'What', 'what', 'PRON', 23, 'obj', 'PronType=Rel'),
    (20, 'would', 'would', 'AUX', 23, 'aux', 'VerbForm=Fin'),
    (21, 'you', 'you', 'PRON', 23, 'nsubj', 'Case=Nom|Person=2|PronType=Prs'),
    (22, 'have', 'have', 'AUX', 23, 'aux', 'VerbForm=Inf'),
    (23, 'done', 'do', 'VERB', 16, 'acl:relcl', 'Tense=Past|VerbForm=Part'),
    (24, '?', '?', 'PUNCT', 1, 'punct'),
    (25, '"', '"', 'PUNCT', 1, 'punct'),
])

AGES_KERSLEY_4 = ('Kersley\'s "project" lasted just 11 months.', [
    (1, 'Kersley', 'kersley', 'PROPN', 4, 'nmod:poss', 'Number=Sing'),
    (2, "'s", "'s", 'PART', 1, 'case'),
    (3, '"', '"', 'PUNCT', 4, 'punct'),
    (4, 'project', 'project', 'NOUN', 6, 'nsubj', 'Number=Sing'),
    (5, '"', '"', 'PUNCT', 4, 'punct'),
    (6, 'lasted', 'last', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'just', 'just', 'ADV', 8, 'advmod'),
    (8, '11', '11', 'NUM', 9, 'nummod', 'NumForm=Digit|NumType=Card'),
    (9, 'months', 'month', 'NOUN', 6, 'obj', 'Number=Plur'),
    (10, '.', '.', 'PUNCT', 6, 'punct'),
])

AGES_KERSLEY_5 = ('The 49-year-old, who arrived from Dunport Town last March, said through a spokesperson that he was "gutted".', [
    (1, 'The', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (2, '49', '49', 'NUM', 14, 'nsubj', 'NumForm=Digit|NumType=Card'),
    (3, '-', '-', 'PUNCT', 4, 'punct'),
    (4, 'year-old', 'year-old', 'NOUN', 14, 'nsubj', 'Number=Sing'),
    (5, ',', ',', 'PUNCT', 7, 'punct'),
    (6, 'who', 'who', 'PRON', 7, 'nsubj', 'PronType=Rel'),
    (7, 'arrived', 'arrive', 'VERB', 4, 'acl:relcl', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (8, 'from', 'from', 'ADP', 10, 'case'),
    (9, 'Dunport', 'dunport', 'PROPN', 10, 'compound', 'Number=Sing'),
    (10, 'Town', 'town', 'PROPN', 7, 'obl', 'Number=Sing'),
    (11, 'last', 'last', 'ADJ', 12, 'amod', 'Degree=Pos'),
    (12, 'March', 'march', 'PROPN', 10, 'conj', 'Number=Sing'),
    (13, ',', ',', 'PUNCT', 4, 'punct'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'through', 'through', 'ADP', 17, 'case'),
    (16, 'a', 'a', 'DET', 17, 'det', 'Definite=Ind|PronType=Art'),
    (17, 'spokesperson', 'spokesperson', 'NOUN', 14, 'obl', 'Number=Sing'),
    (18, 'that', 'that', 'PRON', 22, 'obj', 'PronType=Rel'),
    (19, 'he', 'he', 'PRON', 22, 'nsubj:pass', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (20, 'was', 'be', 'AUX', 22, 'aux:pass', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (21, '"', '"', 'PUNCT', 22, 'punct'),
    (22, 'gutted', 'gutt', 'VERB', 17, 'acl:relcl', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (23, '"', '"', 'PUNCT', 22, 'punct'),
    (24, '.', '.', 'PUNCT', 14, 'punct'),
])

AGENCY_OFFICIAL_1 = ('The Medicines Safety Agency recalled the tablets on Monday.', [
    (1, 'The', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (2, 'Medicines', 'medicine', 'PROPN', 4, 'compound', 'Number=Plur'),
    (3, 'Safety', 'safety', 'PROPN', 4, 'compound', 'Number=Sing'),
    (4, 'Agency', 'agency', 'PROPN', 5, 'nsubj', 'Number=Sing'),
    (5, 'recalled', 'recall', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (6, 'the', 'the', 'DET', 7, 'det', 'Definite=Def|PronType=Art'),
    (7, 'tablets', 'tablet', 'NOUN', 5, 'obj', 'Number=Plur'),
    (8, 'on', 'on', 'ADP', 9, 'case'),
    (9, 'Monday', 'monday', 'PROPN', 5, 'obl', 'Number=Sing'),
    (10, '.', '.', 'PUNCT', 5, 'punct'),
])

AGENCY_OFFICIAL_2 = ('A senior official at the agency, speaking on condition of anonymity, said the same supplier sold solvents to other drugmakers.', [
    (1, 'A', 'a', 'DET', 3, 'det', 'Definite=Ind|PronType=Art'),
    (2, 'senior', 'senior', 'ADJ', 3, 'amod', 'Degree=Pos'),
    (3, 'official', 'official', 'NOUN', 14, 'nsubj', 'Number=Sing'),
    (4, 'at', 'at', 'ADP', 6, 'case'),
    (5, 'the', 'the', 'DET', 6, 'det', 'Definite=Def|PronType=Art'),
    (6, 'agency', 'agency', 'NOUN', 3, 'nmod', 'Number=Sing'),
    (7, ',', ',', 'PUNCT', 8, 'punct'),
    (8, 'speaking', 'speak', 'VERB', 3, 'acl', 'Tense=Pres|VerbForm=Part'),
    (9, 'on', 'on', 'ADP', 10, 'case'),
    (10, 'condition', 'condition', 'NOUN', 8, 'obl', 'Number=Sing'),
    (11, 'of', 'of', 'ADP', 12, 'case'),
    (12, 'anonymity', 'anonymity', 'NOUN', 10, 'nmod', 'Number=Sing'),
    (13, ',', ',', 'PUNCT', 3, 'punct'),
    (14, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (15, 'the', 'the', 'DET', 17, 'det', 'Definite=Def|PronType=Art'),
    (16, 'same', 'same', 'ADJ', 17, 'amod', 'Degree=Pos'),
    (17, 'supplier', 'supplier', 'NOUN', 14, 'obj', 'Number=Sing'),
    (18, 'sold', 'sell', 'VERB', 19, 'amod', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (19, 'solvents', 'solvent', 'NOUN', 17, 'nmod', 'Number=Plur'),
    (20, 'to', 'to', 'ADP', 22, 'case'),
    (21, 'other', 'other', 'ADJ', 22, 'amod', 'Degree=Pos'),
    (22, 'drugmakers', 'drugmaker', 'NOUN', 19, 'nmod', 'Number=Plur'),
    (23, '.', '.', 'PUNCT', 14, 'punct'),
])

AGENCY_OFFICIAL_3 = ('Dr. Tobias Renwick, chair of the Association of Family Doctors, said practices had been told late.', [
    (1, 'Dr.', 'dr.', 'PROPN', 3, 'nmod:desc', 'Number=Sing'),
    (2, 'Tobias', 'tobias', 'PROPN', 13, 'nsubj', 'Number=Plur'),
    (3, 'Renwick', 'renwick', 'PROPN', 13, 'nsubj', 'Number=Sing'),
    (4, ',', ',', 'PUNCT', 5, 'punct'),
    (5, 'chair', 'chair', 'NOUN', 3, 'appos', 'Number=Sing'),
    (6, 'of', 'of', 'ADP', 8, 'case'),
    (7, 'the', 'the', 'DET', 8, 'det', 'Definite=Def|PronType=Art'),
    (8, 'Association', 'association', 'NOUN', 5, 'nmod', 'Number=Sing'),
    (9, 'of', 'of', 'ADP', 11, 'case'),
    (10, 'Family', 'family', 'PROPN', 11, 'compound', 'Number=Sing'),
    (11, 'Doctors', 'doctors', 'PROPN', 8, 'nmod', 'Number=Plur'),
    (12, ',', ',', 'PUNCT', 3, 'punct'),
    (13, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'practices', 'practice', 'NOUN', 17, 'nsubj:pass', 'Number=Plur'),
    (15, 'had', 'have', 'AUX', 17, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (16, 'been', 'be', 'AUX', 17, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (17, 'told', 'tell', 'VERB', 13, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (18, 'late', 'late', 'ADJ', 17, 'xcomp', 'Degree=Pos'),
    (19, '.', '.', 'PUNCT', 13, 'punct'),
])

AGENCY_OFFICIAL_4 = ('The agency countered that doctors had been alerted “as early as was safely possible.”', [
    (1, 'The', 'the', 'DET', 2, 'det', 'Definite=Def|PronType=Art'),
    (2, 'agency', 'agency', 'NOUN', 3, 'nsubj', 'Number=Sing'),
    (3, 'countered', 'counter', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (4, 'that', 'that', 'SCONJ', 8, 'mark'),
    (5, 'doctors', 'doctor', 'NOUN', 8, 'nsubj:pass', 'Number=Plur'),
    (6, 'had', 'have', 'AUX', 8, 'aux', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'),
    (7, 'been', 'be', 'AUX', 8, 'aux:pass', 'Tense=Past|VerbForm=Part'),
    (8, 'alerted', 'alert', 'VERB', 3, 'ccomp', 'Tense=Past|VerbForm=Part|Voice=Pass'),
    (9, '“', '"', 'PUNCT', 8, 'punct'),
    (10, 'as', 'as', 'ADV', 11, 'advmod', 'ExtPos=CCONJ'),
    (11, 'early', 'early', 'ADV', 8, 'advmod'),
    (12, 'as', 'as', 'SCONJ', 15, 'mark'),
    (13, 'was', 'be', 'AUX', 15, 'cop', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (14, 'safely', 'safely', 'ADV', 15, 'advmod'),
    (15, 'possible', 'possible', 'ADJ', 8, 'advcl', 'Degree=Pos'),
    (16, '.', '.', 'PUNCT', 3, 'punct'),
    (17, '”', '"', 'PUNCT', 3, 'punct'),
])

AGENCY_OFFICIAL_5 = ('It said patients could check their batch numbers online.', [
    (1, 'It', 'it', 'PRON', 2, 'nsubj', 'Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs'),
    (2, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (3, 'patients', 'patient', 'NOUN', 5, 'nsubj', 'Number=Plur'),
    (4, 'could', 'could', 'AUX', 5, 'aux', 'VerbForm=Fin'),
    (5, 'check', 'check', 'VERB', 2, 'ccomp', 'VerbForm=Inf'),
    (6, 'their', 'their', 'PRON', 8, 'nmod:poss', 'Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs'),
    (7, 'batch', 'batch', 'NOUN', 8, 'compound', 'Number=Sing'),
    (8, 'numbers', 'number', 'NOUN', 5, 'obj', 'Number=Plur'),
    (9, 'online', 'online', 'ADV', 5, 'advmod'),
    (10, '.', '.', 'PUNCT', 2, 'punct'),
])

MORE_WARNING_HE_SAID_UNACCEPTABLE_1 = ('“[The agency] has to give GPs more warning than this,” he said.', [
    (1, '“', '"', 'PUNCT', 17, 'punct'),
    (2, '[', '[', 'PUNCT', 6, 'punct'),
    (3, 'The', 'the', 'DET', 4, 'det', 'Definite=Def|PronType=Art'),
    (4, 'agency', 'agency', 'NOUN', 6, 'nsubj', 'Number=Sing'),
    (5, ']', ']', 'PUNCT', 4, 'punct'),
    (6, 'has', 'have', 'VERB', 17, 'ccomp', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
    (7, 'to', 'to', 'PART', 8, 'mark'),
    (8, 'give', 'give', 'VERB', 6, 'xcomp', 'VerbForm=Inf'),
    (9, 'GPs', 'gps', 'PROPN', 8, 'obj', 'Number=Plur'),
    (10, 'more', 'more', 'ADV', 11, 'advmod', 'Degree=Cmp'),
    (11, 'warning', 'warning', 'VERB', 8, 'xcomp', 'Tense=Pres|VerbForm=Part'),
    (12, 'than', 'than', 'ADP', 13, 'case'),
    (13, 'this', 'this', 'PRON', 11, 'obl', 'Number=Sing|PronType=Dem'),
    (14, ',', ',', 'PUNCT', 6, 'punct'),
    (15, '”', '"', 'PUNCT', 6, 'punct'),
    (16, 'he', 'he', 'PRON', 17, 'nsubj', 'Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs'),
    (17, 'said', 'say', 'VERB', 0, 'root', 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin'),
    (18, '.', '.', 'PUNCT', 17, 'punct'),
])

MORE_WARNING_HE_SAID_UNACCEPTABLE_2 = ('“Unacceptable.”', [
    (1, '“', '"', 'PUNCT', 2, 'punct'),
    (2, 'Unacceptable', 'unacceptable', 'PROPN', 0, 'root', 'Number=Sing'),
    (3, '.', '.', 'PUNCT', 2, 'punct'),
    (4, '”', '"', 'PUNCT', 2, 'punct'),
])
