"""A quotation closing a paragraph stays with that paragraph's speaker, not the next paragraph's."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = ('Lock gates inquiry hears of night shift\n\n'
        '"The lock gates were left open all night," Marta Sell said. "Who signed them off?"\n\n'
        '"Nobody told me they were open," Ivo Renn answered. "I checked the log twice."')


def test_a_closing_question_is_the_first_speakers() -> None:
    first, second = built(TEXT, ("content", '"The lock gates were left open all night,"'), ("source", "Marta Sell"),
                          ("cue", "said"), ("content", '"Who signed them off?"'),
                          ("content", '"Nobody told me they were open,"'), ("source", "Ivo Renn"),
                          ("cue", "answered"), ("content", '"I checked the log twice."'))
    assert [TEXT[c.start : c.end] for c in first.content] == ['"The lock gates were left open all night,"',
                                                             '"Who signed them off?"']
    assert [TEXT[c.start : c.end] for c in second.content] == ['"Nobody told me they were open,"',
                                                              '"I checked the log twice."']
