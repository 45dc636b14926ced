"""A content that is only a time adjunct is no content: "Anselm Vrederik, 47, was giving evidence for a
second day at Kestwick Crown Court".

The tagger may read "was giving | a second day at Kestwick Crown Court" as a statement: the words after
the cue say when and where the source was speaking, not what was said. A statement whose content is one
time phrase, an ordinal and a time noun ("a second day", "the third time", "for the final week"), with at
most a named place after it ("at Kestwick Crown Court", "in the Senate"), is no statement
(`is_time_only`, applied by the analyzer).
Limits: ordinals as words ("second", "final") or figures ("3rd"); "evidence for two days" (a number) is
left to the tagger.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

ORDINALS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last"
            r"|\d+(?:st|nd|rd|th))")
TIME_NOUNS = r"(?:days?|times?|weeks?|months?|years?|nights?|mornings?|afternoons?|sessions?|rounds?)"
TIME_PHRASE = rf"(?i:(?:for\s+)?(?:a|the)\s+{ORDINALS}\s+(?:straight\s+|consecutive\s+)?{TIME_NOUNS})"
TIME_ONLY = re.compile(TIME_PHRASE +
                       r"(?:\s+(?:at|in|on|before)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?")


def is_time_only(analysis: Analysis, x: Linked) -> bool:
    """Is x's whole content one time phrase with at most a place after it (module docstring)?"""
    content = " ".join(analysis.text[c.start : c.end] for c in x.content).strip(" .,;")
    return bool(content) and TIME_ONLY.fullmatch(content) is not None
