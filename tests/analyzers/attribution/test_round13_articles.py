"""The shipped `statements` analyzer on the three articles written for round 13 (a live blog of a storm
with timestamped updates from a weather service, a mayor, a power company and a resident's post; a
football transfer story built on reports in Spain, a club statement and an agent's social-media post;
a parliamentary debate write-up with several MPs, a minister at the dispatch box and her written
answer): the statements a careful reader would mark, written down before the analyzer was run on them.
The articles are invented (people, places, clubs and companies are fictional) and held here, not in
tests/fixtures/articles."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.shipped_articles import EMBEDDED, MARKS, cases, check, holding, statement

pytestmark = MARKS

LIVE = "reporting-storm-live-updates"
TRANSFER = "reporting-transfer-spain-reports"
DEBATE = "reporting-commons-debate"

EMBEDDED[LIVE] = (
    "Storm Edda live: thousands without power as gales batter the coast\n\n"
    "08:05 Good morning. Storm Edda made landfall overnight near Kessock Point, and we will bring you "
    "the latest here throughout the day.\n\n"
    "08:20 The National Weather Office has extended its red warning for wind until 6pm. In a bulletin "
    "issued at 8am, the office said gusts of up to 140 km/h had been recorded on exposed headlands.\n\n"
    "08:45 Grayle Power says about 38,000 homes are without electricity across the region. A "
    "spokeswoman for the company said engineers could not begin repairs until the wind dropped.\n\n"
    "09:10 The mayor of Harnmouth, Oskar Lindqvist, has urged people to stay indoors. \"This is not a "
    "day for sightseeing on the sea wall,\" he told local radio. \"Please, stay at home.\"\n\n"
    "09:32 A resident of Saltings Road posted a video of the harbour wall being overtopped. \"Never "
    "seen anything like it in forty years,\" she wrote.\n\n"
    "10:05 Police in Harnmouth said two people had been treated for minor injuries after a tree fell "
    "on a car on the coast road.\n\n"
    "10:40 Rail operator Coastlink announced that all services west of Dunbrae had been cancelled for "
    "the rest of the day, citing fallen trees on the line.\n\n"
    "11:15 The weather office's chief forecaster, Helga Marrow, told reporters the worst of the wind "
    "would pass by mid-afternoon but warned of flooding on the evening high tide.\n\n"
    "11:50 Schools in the district will stay shut on Tuesday, the county council said.\n\n"
    "12:30 We are pausing our live coverage here. Thank you for following.\n"
)

EMBEDDED[TRANSFER] = (
    "Marlow Athletic close in on Orvieto striker after Spanish reports\n\n"
    "Marlow Athletic are in advanced talks to sign the Real Castellon striker Dario Menendez, according "
    "to reports in Spain.\n\n"
    "The sports daily Marca Deportiva reported on Monday night that the two clubs had agreed a fee of "
    "about 42 million euros, with a further six million in add-ons.\n\n"
    "Castellon denied that any deal had been struck. In a statement on its website, the club said it "
    "had \"received no formal offer\" for the 24-year-old and considered him \"a central part of our "
    "project\".\n\n"
    "Menendez's agent, Tomas Ibarguen, appeared to contradict that on Tuesday morning. \"Talks are "
    "going well. Dario wants a new challenge,\" he wrote on social media, alongside a photograph of "
    "himself at an airport.\n\n"
    "Marlow manager Gareth Foyle refused to be drawn on the reports at his pre-match press conference. "
    "\"I don't talk about players who belong to other clubs,\" he said.\n\n"
    "But Foyle admitted that his side needed another forward after an injury to Lewin Abara, who is "
    "expected to miss three months.\n\n"
    "Menendez scored 19 goals in all competitions last season.\n\n"
    "Radio Castellon, citing sources close to the player, said Menendez had already told his team-"
    "mates he wanted to leave.\n\n"
    "A Marlow spokesman said the club did not comment on speculation.\n"
)

EMBEDDED[DEBATE] = (
    "Ministers accused of 'abandoning' rural bus routes in heated Commons debate\n\n"
    "The government was accused of abandoning rural communities on Wednesday as MPs from all sides "
    "lined up to criticise cuts to bus subsidies.\n\n"
    "Opening the debate, Labour's Ruth Penhallow, the MP for West Tamar, said 212 routes had been "
    "withdrawn in two years. \"For many of my constituents the bus is not a convenience, it is a "
    "lifeline,\" she told the House.\n\n"
    "Conservative backbencher Giles Atherby agreed that the funding formula was \"broken\" but argued "
    "that councils had been slow to spend the money they already had.\n\n"
    "The Liberal Democrat transport spokesman, Alun Prydderch, said the cuts had hit older people "
    "hardest and called for the subsidy to be restored in full.\n\n"
    "Responding for the government, Transport Minister Claire Mossop insisted that spending on buses "
    "had risen in real terms. \"The picture painted by the honourable member is simply not accurate,\" "
    "she said.\n\n"
    "Mossop said a review of the formula would report by the summer.\n\n"
    "In a written answer published on Thursday, Mossop said the department did not hold figures on "
    "the number of routes withdrawn since 2022.\n\n"
    "Penhallow called the answer \"astonishing\" and said it showed the department \"does not know what "
    "is happening on the ground\".\n\n"
    "A motion calling for the subsidy to be restored was defeated by 291 votes to 247.\n"
)

# (article, words of the content, first words of the source, cue, kind, name the source resolves to)
EXPECTED = [
    (LIVE, "gusts of up to 140 km/h had been recorded", "the office", "said", "organisation",
     "National Weather Office"),
    (LIVE, "about 38,000 homes are without electricity", "Grayle Power", "says", "organisation", "Grayle Power"),
    # written down as a person; an unnamed spokesperson is typed as the body they speak for (spokespeople)
    (LIVE, "engineers could not begin repairs", "A spokeswoman for the company", "said", "organisation", None),
    (LIVE, "people to stay indoors", "The mayor of Harnmouth, Oskar Lindqvist", "has urged", "person",
     "Oskar Lindqvist"),
    (LIVE, "This is not a day for sightseeing", "he", "told", "person", "Oskar Lindqvist"),
    (LIVE, "Never seen anything like it", "she", "wrote", "anonymous", None),
    (LIVE, "two people had been treated for minor injuries", "Police in Harnmouth", "said", "organisation", None),
    (LIVE, "all services west of Dunbrae had been cancelled", "Rail operator Coastlink", "announced",
     "organisation", "Coastlink"),
    (LIVE, "the worst of the wind would pass", "The weather office's chief forecaster, Helga Marrow", "told",
     "person", "Helga Marrow"),
    (LIVE, "of flooding on the evening high tide", "The weather office's chief forecaster, Helga Marrow",
     "warned", "person", "Helga Marrow"),
    (LIVE, "Schools in the district will stay shut", "the county council", "said", "organisation", None),
    # written down as media; "reports" heads a document source, as in the round-1 transfer rumour
    (TRANSFER, "Marlow Athletic are in advanced talks", "reports in Spain", "according to", "document", None),
    # written down as "reported"; a cue runs on over its time adverbial ("reported last week"), as PolNeAR's do
    (TRANSFER, "the two clubs had agreed a fee", "The sports daily Marca Deportiva", "reported on Monday", "media",
     "Marca Deportiva"),
    (TRANSFER, "any deal had been struck", "Castellon", "denied", "organisation", None),
    (TRANSFER, "received no formal offer", "the club", "said", "organisation", None),
    (TRANSFER, "Talks are going well", "he", "wrote", "person", "Tomas Ibarguen"),
    (TRANSFER, "I don't talk about players", "he", "said", "person", "Gareth Foyle"),
    (TRANSFER, "his side needed another forward", "Foyle", "admitted", "person", "Gareth Foyle"),
    (TRANSFER, "Menendez had already told his team", "Radio Castellon", "said", "media", "Radio Castellon"),
    # written down as a person; typed as the club the spokesman speaks for (spokespeople)
    (TRANSFER, "the club did not comment on speculation", "A Marlow spokesman", "said", "organisation", None),
    (DEBATE, "212 routes had been withdrawn", "Labour's Ruth Penhallow", "said", "person", "Ruth Penhallow"),
    (DEBATE, "For many of my constituents", "she", "told", "person", "Ruth Penhallow"),
    (DEBATE, "the funding formula was", "Conservative backbencher Giles Atherby", "agreed", "person",
     "Giles Atherby"),
    (DEBATE, "councils had been slow to spend", "Conservative backbencher Giles Atherby", "argued", "person",
     "Giles Atherby"),
    (DEBATE, "the cuts had hit older people hardest", "The Liberal Democrat transport spokesman, Alun Prydderch",
     "said", "person", "Alun Prydderch"),
    (DEBATE, "spending on buses had risen in real terms", "Transport Minister Claire Mossop", "insisted",
     "person", "Claire Mossop"),
    (DEBATE, "The picture painted by the honourable member", "she", "said", "person", "Claire Mossop"),
    (DEBATE, "a review of the formula would report", "Mossop", "said", "person", "Claire Mossop"),
    (DEBATE, "the department did not hold figures", "Mossop", "said", "person", "Claire Mossop"),
    (DEBATE, "astonishing", "Penhallow", "called", "person", "Ruth Penhallow"),
    (DEBATE, "does not know what is happening", "Penhallow", "said", "person", "Ruth Penhallow"),
]


# expectations the analyzer does not meet yet, and why
MISSES: dict[str, str] = {}


CASES = cases(EXPECTED, MISSES)


@pytest.mark.parametrize(("name", "content", "source", "cue", "kind", "resolved"), CASES)
def test_round13_article_statement(name: str, content: str, source: str | None, cue: str, kind: str | None,
                                   resolved: str | None) -> None:
    check(name, content, source, cue, kind, resolved)


@pytest.mark.parametrize(("name", "words"), [
    (LIVE, "the latest here throughout the day"),  # the blog's own housekeeping
    (LIVE, "its red warning for wind"),  # "has extended its red warning": an act
    (TRANSFER, "19 goals in all competitions"),  # a fact the writer states
    (DEBATE, "by 291 votes to 247"),  # a vote, not a statement
])
def test_no_statement_holds(name: str, words: str) -> None:
    assert not holding(name, words)


def test_the_radio_cites_sources_close_to_the_player() -> None:
    found = statement(TRANSFER, "Menendez had already told his team")
    assert found["via"] is not None and "sources close to the player" in found["via"]["text"]


def test_a_timestamp_is_no_content() -> None:
    assert not statement(LIVE, "Schools in the district")["content"][0]["text"].startswith("11:50")
