"""Language identification: English, other languages, and refusing to guess on scraps."""

from __future__ import annotations

import pytest

from newssift.language import detect_language, guess_language, sample_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The finance minister said on Tuesday that the budget deficit would narrow to 3 per cent "
         "of output next year, helped by higher tax receipts.", "en"),
        ("Le ministre des Finances a déclaré mardi que le déficit budgétaire serait ramené à 3 % "
         "du PIB l'an prochain grâce à des recettes fiscales plus élevées.", "fr"),
        ("Der Finanzminister sagte am Dienstag, das Haushaltsdefizit werde im kommenden Jahr dank "
         "höherer Steuereinnahmen auf drei Prozent sinken.", "de"),
        ("El ministro de Hacienda afirmó el martes que el déficit presupuestario se reducirá "
         "al 3 % el próximo año gracias a una mayor recaudación fiscal.", "es"),
    ],
)
def test_detects_the_language_of_a_news_sentence(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "16,000", "Breaking news", "OK then, see you", "12:30 — 14:45 — 16:00 — 18:15 …"],
)
def test_too_short_or_unclear_text_gets_no_guess(text):
    assert detect_language(text) is None


def test_guess_carries_a_probability():
    guess = guess_language("Police in the capital said on Sunday that 40 people had been "
                           "detained after clashes outside the parliament building.")
    assert guess is not None
    assert guess.language == "en"
    assert 0.5 <= guess.score <= 1.0


def test_long_text_is_sampled_from_start_middle_and_end():
    text = "alpha " * 1000 + "middle " * 10 + "omega " * 1000
    sample = sample_text(text, size=300)
    assert len(sample) <= 300
    assert sample.startswith("alpha")
    assert sample.rstrip().endswith("omega")
    assert "middle" in sample or "alpha" in sample.splitlines()[1]
    assert sample_text("short text") == "short text"


def test_mostly_english_long_article_with_a_foreign_quote_is_english():
    english = ("The delegation arrived in the capital on Monday for talks on the new trade "
               "agreement, officials said. ") * 30
    quote = "« Nous ne signerons pas un accord à n'importe quel prix », a déclaré le ministre. "
    assert detect_language(english + quote + english) == "en"
