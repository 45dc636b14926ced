"""The shipped `statements` analyzer on the article written for round 14 (a product-safety recall with a
manufacturer's notice, a regulator, a consumer group, a retailer and a customer): the statements a
careful reader would mark, written down before the analyzer was run on it. The article is invented
(people, places and companies are fictional) and held here, not in tests/fixtures/articles."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.shipped_articles import EMBEDDED, MARKS, cases, check, holding

pytestmark = MARKS

RECALL = "reporting-heater-recall"

EMBEDDED[RECALL] = (
    "Thousands of fan heaters recalled over fire risk\n\n"
    "Brisco Appliances has recalled about 64,000 fan heaters sold in the past two years after reports that "
    "some had overheated and caught fire.\n\n"
    "In a notice posted on its website on Friday, the company said a fault in the thermostat could cause "
    "the casing to melt and urged customers to stop using the heaters immediately.\n\n"
    "The Office for Product Safety said it had received 23 reports of heaters catching fire, including one "
    "that damaged a kitchen in Tollbridge. No one has been injured.\n\n"
    "Its director of enforcement, Miriam Achterberg, told the Courier the recall had been \"prompt and "
    "proportionate\".\n\n"
    "The consumer group Fair Deal disagreed. \"Brisco knew about the first fires in March and waited six "
    "months to act,\" said its head of campaigns, Owen Garrity.\n\n"
    "Brisco rejected that claim. A company spokeswoman said the first reports had not pointed to a single "
    "fault and the recall was launched as soon as engineers found one.\n\n"
    "Halden Stores, which sold most of the heaters, said customers could return them to any branch for "
    "a full refund, with or without a receipt.\n\n"
    "Pensioner Doreen Waite, whose heater started smoking in her living room, said she was lucky to have "
    "been at home. \"If I had gone to the shops, I would have lost everything,\" she said.\n\n"
    "The heaters were sold between October 2023 and September 2025.\n"
)

# (article, words of the content, first words of the source, cue, kind, name the source resolves to)
EXPECTED = [
    (RECALL, "a fault in the thermostat could cause", "the company", "said", "organisation", "Brisco Appliances"),
    (RECALL, "customers to stop using the heaters", "the company", "urged", "organisation", "Brisco Appliances"),
    (RECALL, "it had received 23 reports of heaters", "The Office for Product Safety", "said", "organisation",
     "Office for Product Safety"),
    (RECALL, "the recall had been", "Its director of enforcement, Miriam Achterberg", "told", "person",
     "Miriam Achterberg"),
    (RECALL, "Brisco knew about the first fires", "its head of campaigns, Owen Garrity", "said", "person",
     "Owen Garrity"),
    (RECALL, "the first reports had not pointed", "A company spokeswoman", "said", "organisation", None),
    (RECALL, "customers could return them", "Halden Stores", "said", "organisation", "Halden Stores"),
    (RECALL, "she was lucky to have been at home", "Pensioner Doreen Waite", "said", "person", "Doreen Waite"),
    (RECALL, "If I had gone to the shops", "she", "said", "person", "Doreen Waite"),
]

# expectations the analyzer does not meet yet, and why
MISSES: dict[str, str] = {}  # "said its head of campaigns, Owen Garrity": met by inverted_names

CASES = cases(EXPECTED, MISSES)


@pytest.mark.parametrize(("name", "content", "source", "cue", "kind", "resolved"), CASES)
def test_round14_article_statement(name: str, content: str, source: str | None, cue: str, kind: str | None,
                                   resolved: str | None) -> None:
    check(name, content, source, cue, kind, resolved)


@pytest.mark.parametrize(("name", "words"), [
    (RECALL, "between October 2023 and September 2025"),  # a fact the writer states
    (RECALL, "No one has been injured"),  # the writer's own line
])
def test_no_statement_holds(name: str, words: str) -> None:
    assert not holding(name, words)
