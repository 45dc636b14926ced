""""A Tellvane spokesman said … He said customers could check …": he is the spokesman.

`sources.classify` types "A Tellvane spokesman" as the organisation he speaks for, so the source entry
is an organisation and a following he/she, which looks for persons and single unnamed people, passed
over it to an earlier unnamed person ("One user … posted"). A body whose latest mention is headed by a
speaker noun of the pronoun's gender or none (`SPEAKERS`: "spokesman" for he, "spokeswoman" for she,
"spokesperson", "representative" for either) is a candidate for he/she (`spoke_last`, read by `coref`):
the statement is the body's, as the spokesman's were. The head is the last word before a preposition
(`HEAD_ENDS`): "A spokeswoman for the board said … She said the board remained available …" is the
spokeswoman, not a woman named before.
Limits: the latest mention only; "a spokesman" followed by a named person of the other gender is not
checked.
"""

from __future__ import annotations

import re

from newssift.analyzers.attribution.records import SourceEntry

SPEAKERS = {"spokesman": "he", "spokeswoman": "she", "spokesperson": "", "representative": "",
            "spokesmen": None, "spokespeople": None}
BODY_KINDS = ("organisation", "media")
HEAD_ENDS = frozenset({"for", "of", "at", "from", "with", "in", "on", "to"})


def spoke_last(entry: SourceEntry, pronoun: str) -> bool:
    """Is `entry` a body whose latest mention is a speaker noun that he/she (`pronoun`) may refer to?"""
    if entry.kind not in BODY_KINDS or not entry.mentions or not entry.text_of:
        return False
    last = max(entry.mentions, key=lambda m: m.start)
    words = re.findall(r"[\w-]+", entry.text_of[last.start : last.end].lower())
    words = words[: next((i for i, w in enumerate(words) if i and w in HEAD_ENDS), len(words))]
    gender = SPEAKERS.get(words[-1]) if words else None
    return gender is not None and gender in ("", pronoun)
