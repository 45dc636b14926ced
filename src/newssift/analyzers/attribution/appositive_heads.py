"""The description before a named source is part of it: "The owner of the Marrow boatyard, Hedda Lund,
said on Monday that the sale had collapsed".

The tagger may read the description that opens the sentence ("The owner of the Marrow boatyard") as a
content piece and only the name as the source. A content piece that opens its sentence with a determiner
or possessive, holds no quotation mark, comma or cue, is followed only by a comma and the statement's
source, a name of capitalised words, which is followed by its cue and then by more content with no comma
between, joins that source ("The owner of the Marrow boatyard, Hedda Lund,"), as PolNeAR marks an
appositive (`join_appositive_head`, applied by the analyzer). "The economy, Lund said, is weak" (a comma
after the cue: a parenthetical cue inside its content) and "The economy is weak, Lund said" (no content
after the cue) are left alone.
A short description the tagger left untagged ("Its chair, Rosalind Achebe, said families deserved …":
a possessive or an article and at most four lower-case words, perhaps with a "for" / "of" / "at" phrase
("a spokesman for the energy ministry, Lukas Ferreira,"), that `sources.classify` reads as a person's
role or a singular unnamed person (`_person_noun`: "the club captain"), then a comma) joins the name
the same way (`_untagged_head`), also after a fronted adverbial ("After the match the club captain, Mara
Quint, told reporters …"), unless a function word precedes it ("For his part, Vladimir Putin said …").
Limits: tagged descriptions of at most `MAX_WORDS` words opening the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.counted import plural

OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "one", "another"})
MAX_WORDS = 10
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person")
QUOTES = "\"“”‘’«»"
WORD = r"(?!(?:the|an?|its|his|her|their)\s)[a-z][\w'’-]*"  # not "the match the club captain"
FOR = r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?"  # "a spokesman for the ministry"
UNTAGGED = re.compile(rf"(?<!\S)((?:its|his|her|their|the|an?)\s+{WORD}(?:\s+{WORD}){{0,3}}{FOR})\s*,\s*$",
                      re.I)


def join_appositive_head(analysis: Analysis, x: Linked) -> tuple[RoleSpan | None, list[RoleSpan]]:
    """(source, content) of x with an opening description moved from the content into the source."""
    src, text, toks = x.source, analysis.text, analysis.tokens
    if src is None or src.end > x.cue.start or text[src.end : x.cue.start].strip(" ,"):
        return src, x.content
    name = text[src.start : src.end].strip(" ,").split()
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return src, x.content  # "The truth, the senator said": a name only ("Hedda Lund")
    after = [c for c in x.content if c.start >= x.cue.end]
    if not after or "," in text[x.cue.end : min(c.start for c in after)]:
        return src, x.content  # "The economy, Lund said, is weak": a parenthetical cue
    head = next((c for c in x.content if c.end <= src.start and text[c.end : src.start].strip() == ","), None)
    if head is None:
        return _untagged_head(analysis, src), x.content
    if head.token_start != analysis.sentences[head.sentence].token_start:
        return src, x.content
    words = text[head.start : head.end].split()
    if (not words or words[0].lower() not in OPENERS or len(words) > MAX_WORDS
            or any(ch in text[head.start : head.end] for ch in QUOTES + ",")
            or any(toks[i].start == x.cue.start for i in range(head.token_start, head.token_end))):
        return src, x.content
    joined = replace(src, start=head.start, token_start=head.token_start)
    return joined, [c for c in x.content if c is not head]


def _untagged_head(analysis: Analysis, src: RoleSpan) -> RoleSpan:
    """`src` run back over an untagged short description opening its sentence ("Its chair, | Rosalind
    Achebe,"), else `src` itself."""
    sentence = analysis.sentences[src.sentence]
    m = UNTAGGED.search(analysis.text, sentence.start, src.start)
    before = analysis.text[sentence.start : m.start(1)].split() if m else []
    if before and before[-1].lower() in lexicons.load("function_words"):  # "For his part, Vladimir Putin"
        return src
    t = classify(m.group(1)) if m else None  # "Its chair", "the club captain", not "The dredging stopped"
    unnamed = t is not None and (t.kind == "anonymous" or (t.kind == "organisation" and t.role is not None))
    if t is None or not (t.kind == "person" or (unnamed and _person_noun(t.head))):  # "a spokesman for …"
        return src
    first = next((i for i in range(sentence.token_start, src.token_start)
                  if analysis.tokens[i].start == m.start(1)), None)
    return src if first is None else replace(src, start=m.start(1), token_start=first)


def _person_noun(head: str) -> bool:
    """A singular noun for a person: a role, occupation or person noun of the lexicons, or an agent noun
    ("groundsman", "keeper"); not a verb ("The dredging stopped")."""
    if plural(head) or head.endswith(("ed", "ing")):
        return False
    return head in _nouns() or head.endswith(AGENT_ENDINGS)


@cache
def _nouns() -> frozenset[str]:
    return frozenset().union(*(lexicons.load(n) for n in ("entity_roles", "occupation_nouns", "person_nouns",
                                                            "epithet_nouns")))
