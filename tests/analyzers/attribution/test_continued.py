"""'"…," he said. "…"': the quotation that opens the next sentence goes on with the same speaker."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(("text", "continued"), [
    ('Rents rose. "The board looked away for years," Feld said. "Now the board must answer for it."', True),
    ('Rents rose. "The board looked away for years," Feld said.\n\n"Now the board must answer for it."', False),
    ('Rents rose. Feld said the board looked away for years. "Now the board must answer for it."', False),
    ('Rents rose. "The board looked away for years," Feld said, drawing cheers from the hall. "Now the board '
     'must answer for it."', True),
    ('Rents rose. "The board looked away for years," Feld said, adding a warning. "Now the board must '
     'answer for it."', False),
])
def test_a_quotation_right_after_a_closing_source_and_cue_is_that_speaker_s(text: str, continued: bool) -> None:
    a = Analysis.of(Article(text))
    content = '"The board looked away for years,"' if '"The board' in text else "the board looked away for years"
    spans = [role_span(a, "content", content), role_span(a, "source", "Feld"), role_span(a, "cue", "said")]
    statements, _ = build(a, spans)
    feld = next(s for s in statements if s.source is not None)
    unattributed = [s for s in statements if s.source is None]
    assert (len(feld.content) == 2, not unattributed) == (continued, continued)
