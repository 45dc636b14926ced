"""The attribution lexicons (data files under `newssift/lexicons/en/`), loaded once and matched on words.

`cue_verbs` maps a cue (one or more lower-case words) to its stance; `source_nouns` maps a head noun to a
source kind; `media_outlets` are outlet names; `media_mastheads` are words closing a capitalised outlet
name ("The Meridian Post"); `anonymous_markers` are words that make a source unnamed; `company_nouns`
describe a business right before its name ("the engineering firm Vantor"); `group_nouns` are plural
nouns for unnamed people ("farmers"), typed as anonymous sources but not a tagger input flag;
`stance_verbs` are verbs that contest what another source said ("disputed", "rejected", "refuted"):
`distancing`, like "denied", but read only where a cue's stance is decided (`stance`), never by the tagger's
features nor the rule tagger, so the tagger's cue flag stays the one it was trained with; `document_nouns`
("note") head document sources but are also cue verbs, so they are read only where a source's kind is
decided (`sources.classify`), never by the tagger's features nor the repair rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property

from newssift import lexicons

STANCES = ("neutral", "assertive", "distancing", "revealing")
NEGATIONS = frozenset({"not", "never", "no"})
KINDS = ("person", "organisation", "media", "anonymous", "document", "unattributed")




@dataclass(frozen=True)
class Lexicon:  # frozen, but cached_property needs a __dict__: no slots
    cues: dict[str, str]  # "pointed out" -> "neutral"
    nouns: dict[str, str]  # "spokesman" -> "person"
    outlets: tuple[tuple[str, ...], ...]  # word tuples, longest first
    anonymous: frozenset[str]
    pronouns: dict[str, str]
    mastheads: frozenset[str] = frozenset()  # "post": "The Meridian Post" is an outlet
    companies: frozenset[str] = frozenset()  # "firm": "the engineering firm Vantor" is an organisation
    groups: frozenset[str] = frozenset()  # "farmers": in `nouns` (anonymous), but no tagger flag
    stance_only: dict[str, str] = field(default_factory=dict)  # "disputed" -> "distancing": no cue flag
    documents: frozenset[str] = frozenset()  # "note": a document head for typing only, not in `nouns`

    @cached_property
    def flag_nouns(self) -> frozenset[str]:
        """The source nouns the tagger reads as an input flag (`nouns` without `groups`)."""
        return frozenset(self.nouns) - self.groups

    @cached_property
    def max_cue_words(self) -> int:
        return max(len(c.split()) for c in self.cues)

    @cached_property
    def cue_first_words(self) -> frozenset[str]:
        return frozenset(c.split()[0] for c in self.cues)

    @cached_property
    def outlet_first_words(self) -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for o in self.outlets:
            out.setdefault(o[0], []).append(o)
        return out

    def cue_at(self, words: list[str], i: int) -> tuple[int, str] | None:
        """The longest cue starting at word `i` of lower-cased `words`: (word count, stance)."""
        if words[i] not in self.cue_first_words:
            return None
        for n in range(min(self.max_cue_words, len(words) - i), 0, -1):
            stance = self.cues.get(" ".join(words[i : i + n]))
            if stance:
                return n, stance
        return None

    @cached_property
    def stance_cues(self) -> dict[str, str]:
        """What `stance` reads: the cues, and the stance-only verbs (a cue's own stance wins)."""
        return self.stance_only | self.cues

    @cached_property
    def stance_cue_words(self) -> int:
        """Word count of the longest entry of `stance_cues`."""
        return max(len(c.split()) for c in self.stance_cues)

    def stance(self, cue_text: str) -> str:
        """The stance of the first cue or stance-only verb in `cue_text` ("disputed" → distancing); a
        negated one ("did not deny", "never confirmed") lends none: neutral."""
        words = cue_text.lower().replace("n't", " not").split()
        longest = self.stance_cue_words
        for i in range(len(words)):
            for n in range(min(longest, len(words) - i), 0, -1):
                stance = self.stance_cues.get(" ".join(words[i : i + n]))
                if stance:
                    return "neutral" if NEGATIONS & set(words[:i]) else stance
        return "neutral"

    def outlets_at(self, words: list[str], i: int) -> int:
        """Word count of the longest outlet name starting at word `i` (0 when none)."""
        for o in self.outlet_first_words.get(words[i], ()):
            if tuple(words[i : i + len(o)]) == o:
                return len(o)
        return 0

    def outlet_in(self, words: list[str]) -> bool:
        return any(self.outlets_at(words, i) for i in range(len(words)))


@cache
def load() -> Lexicon:
    outlets = sorted((tuple(o.lower().split()) for o in lexicons.load("media_outlets")), key=len,
                     reverse=True)
    groups = frozenset(w.lower() for w in lexicons.load("group_nouns"))
    pairs = lexicons.load_pairs
    nouns = pairs("source_nouns") | dict.fromkeys(groups, "anonymous")
    return Lexicon(pairs("cue_verbs"), nouns, tuple(outlets),
                   frozenset(w.lower() for w in lexicons.load("anonymous_markers")),
                   pairs("pronouns"), frozenset(w.lower() for w in lexicons.load("media_mastheads")),
                   frozenset(w.lower() for w in lexicons.load("company_nouns")), groups,
                   pairs("stance_verbs"), frozenset(w.lower() for w in lexicons.load("document_nouns")))
