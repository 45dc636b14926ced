"""The shipped `statements` analyzer on the three articles written for round 12 (a sentencing report
with the judge's remarks, a prosecutor, a defendant's statement read by her solicitor and an unnamed
relative; a health story built on a study, its lead author, a press release, an outside expert, a
charity and the drug's maker; a foreign-affairs story relying on a state news agency, state television,
a leaked memo, diplomats who asked not to be named and a newspaper citing military sources): the
statements a careful reader would mark, written down before the analyzer was run on them. The articles
are invented (people, places, drugs and countries are fictional) and held here, not in
tests/fixtures/articles."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.shipped_articles import EMBEDDED, MARKS, cases, check, holding, statement
from tests.analyzers.attribution.shipped_articles import doc as _doc

pytestmark = MARKS

SENTENCING = "reporting-sentencing-remarks"
STUDY = "reporting-study-press-release"
DAM = "reporting-state-media-dam"

EMBEDDED[SENTENCING] = (
    "Former care-home owner jailed for six years over residents' savings\n\n"
    'A former care-home owner who took more than 300,000 crowns from the savings of elderly '
    'residents was jailed for six years on Friday by a judge who said she had "betrayed the '
    'people she was paid to protect".\n\n'
    'Imelda Corrow, 56, who ran the Larchfield House home in Dunmere for eleven years, was '
    'convicted last month of fraud and theft after a three-week trial at Dunmere Crown Court.\n\n'
    'Passing sentence, Judge Horace Pettigrew told Corrow that her residents had trusted her '
    '"with everything they had left".\n\n'
    '"You saw frail and confused people not as people but as a source of money," he said. "Some '
    'of them went without new shoes while you paid for holidays abroad."\n\n'
    'The judge said he had taken into account her previous good character and the fact that she '
    'cared for her disabled husband, but that only a prison sentence could reflect the '
    'seriousness of the offences.\n\n'
    'Prosecutor Leonie Askew had told the court that Corrow forged signatures on at least 40 '
    'withdrawal slips between 2019 and 2023.\n\n'
    'In a statement read outside court by her solicitor, Corrow said she was "deeply ashamed" and '
    'intended to repay every crown. Her solicitor, Bernard Lyle, said his client would consider '
    'an appeal against the length of the sentence.\n\n'
    'The daughter of one resident, who asked not to be named, said the family had only discovered '
    'the thefts when her mother\'s funeral could not be paid for. "She thought her money was '
    'safe," the woman said.\n\n'
    "A report by the county's care inspectorate, published after Corrow's arrest, found that the "
    "home's accounts had not been audited for six years.\n\n"
    'The inspectorate said it had since changed its rules so that small homes would be checked '
    'every year.\n\n'
    'Corrow showed no reaction as the sentence was read out.\n'
)

EMBEDDED[STUDY] = (
    'Common blood-pressure pill may slow memory loss, study suggests\n\n'
    'A cheap blood-pressure drug taken by millions of people may slow the memory decline that '
    'comes before dementia, according to a study published on Wednesday in the Northern Journal '
    'of Neurology.\n\n'
    'Researchers at the University of Caldmoor followed 2,400 adults over the age of 60 for five '
    'years and found that those who took the drug, called velmidine, lost memory about 20 percent '
    'more slowly than those who did not.\n\n'
    '"This is not a cure, and nobody should start taking velmidine on the strength of our paper," '
    'said Professor Anika Brandvold, who led the study. "But it gives us a very good reason to '
    'run a proper trial."\n\n'
    'Brandvold said the team had been surprised by the size of the effect, which held after they '
    'accounted for age, education and smoking.\n\n'
    'The university\'s press release described the result as "a breakthrough in the fight against '
    'dementia", wording the study\'s authors did not use in the paper itself.\n\n'
    'Dr Samuel Oyelaran, a neurologist at Westgate Hospital who was not involved in the research, '
    'warned that studies of this kind could not show that the drug caused the difference.\n\n'
    '"People who take their pills every day tend to look after themselves in other ways too," he '
    'said. "That alone could explain a lot of what they found."\n\n'
    'The paper acknowledges that limitation, noting that the participants were not randomly '
    'assigned to the drug.\n\n'
    'The charity Memory Matters said the findings were "interesting but early" and urged patients '
    'to speak to their doctor before changing any medicine.\n\n'
    "The drug's maker, Solvane Pharma, said in an emailed statement that it had not funded the "
    'study and had no plans to seek approval for its use against dementia.\n'
)

EMBEDDED[DAM] = (
    'Veloria recalls envoy as row with Ostmark over river dam deepens\n\n'
    'Veloria recalled its ambassador from Ostmark on Thursday, escalating a dispute over a '
    'hydroelectric dam that Veloria says will cut the flow of the Saren river to its farms.\n\n'
    'The state news agency VNA said Foreign Minister Dariusz Kolb had ordered the ambassador home '
    '"for consultations", a step short of cutting diplomatic ties.\n\n'
    'Kolb told state television that Ostmark had "ignored every warning" and was "gambling with '
    'the bread of two million people".\n\n'
    "A memo from Ostmark's energy ministry, seen by this newspaper, estimates that the dam will "
    "reduce the river's summer flow by up to a third. The memo, dated March, recommends that the "
    'figure "not be shared outside the ministry".\n\n'
    'Ostmark\'s government has said publicly that the dam will have "no significant effect" '
    'downstream.\n\n'
    "Asked about the memo, a spokesman for Ostmark's energy ministry, Lukas Ferreira, said it was "
    '"an early draft based on outdated rainfall data".\n\n'
    'Two Western diplomats in the Ostmark capital, who asked not to be named because they were '
    'not authorised to speak to the press, said they expected the row to be raised at a regional '
    'summit next month.\n\n'
    'One of them said Ostmark had privately offered to release more water during dry summers but '
    'that Veloria had rejected the offer as "too vague to mean anything".\n\n'
    'The pro-government Veloria Daily, citing unnamed military sources, reported that troops had '
    'been moved closer to the border. Ostmark\'s defence ministry called the report "pure '
    'fiction".\n\n'
    'Hydrologist Mirela Santos of the Saren Basin Institute, an independent research centre, said '
    'both sides had exaggerated. "The truth is somewhere in the middle, and it depends on how the '
    'dam is run," she said.\n'
)

# (article, words of the content, first words of the source, cue, kind, name the source resolves to)
EXPECTED = [
    (SENTENCING, "betrayed the people she was paid to protect", None, "said", "person", "Horace Pettigrew"),
    (SENTENCING, "her residents had trusted her", "Judge Horace Pettigrew", "told", "person", "Horace Pettigrew"),
    (SENTENCING, "You saw frail and confused people", "he", "said", "person", "Horace Pettigrew"),
    (SENTENCING, "he had taken into account her previous good character", "The judge", "said", "person",
     "Horace Pettigrew"),
    (SENTENCING, "Corrow forged signatures", "Prosecutor Leonie Askew", "had told", "person", "Leonie Askew"),
    (SENTENCING, "deeply ashamed", "Corrow", "said", "person", "Imelda Corrow"),
    (SENTENCING, "his client would consider an appeal", "Her solicitor, Bernard Lyle", "said", "person",
     "Bernard Lyle"),
    (SENTENCING, "the family had only discovered the thefts", "The daughter of one resident", "said", "anonymous",
     None),
    (SENTENCING, "She thought her money was safe", "the woman", "said", "anonymous", None),
    (SENTENCING, "the home's accounts had not been audited", "A report by the county's care inspectorate", "found",
     "document", None),
    (SENTENCING, "it had since changed its rules", "The inspectorate", "said", "organisation", "inspectorate"),
    (STUDY, "may slow the memory decline", "a study published on Wednesday", "according to", "document", None),
    (STUDY, "those who took the drug", "Researchers at the University of Caldmoor", "found", None, None),
    (STUDY, "This is not a cure", "Professor Anika Brandvold", "said", "person", "Anika Brandvold"),
    (STUDY, "the team had been surprised", "Brandvold", "said", "person", "Anika Brandvold"),
    (STUDY, "a breakthrough in the fight against dementia", "The university's press release", "described",
     "document", None),
    (STUDY, "studies of this kind could not show", "Dr Samuel Oyelaran", "warned", "person", "Samuel Oyelaran"),
    (STUDY, "People who take their pills every day", "he", "said", "person", "Samuel Oyelaran"),
    (STUDY, "the participants were not randomly assigned", "The paper", "noting", "document", None),
    (STUDY, "the findings were", "The charity Memory Matters", "said", "organisation", "Memory Matters"),
    (STUDY, "patients to speak to their doctor", "The charity Memory Matters", "urged", "organisation",
     "Memory Matters"),
    (STUDY, "it had not funded the study", "The drug's maker, Solvane Pharma", "said in an emailed statement",
     "organisation", "Solvane Pharma"),
    (DAM, "will cut the flow of the Saren river", "Veloria", "says", "organisation", "Veloria"),
    (DAM, "Foreign Minister Dariusz Kolb had ordered", "The state news agency VNA", "said", "media", "VNA"),
    (DAM, "Ostmark had", "Kolb", "told", "person", "Dariusz Kolb"),
    (DAM, "the dam will reduce the river's summer flow", "A memo from Ostmark's energy ministry", "estimates",
     "document", None),
    (DAM, "the figure", "The memo", "recommends", "document", None),
    # written down as "has said"; PolNeAR keeps the adverb in the cue ("has said repeatedly"), and so do we
    (DAM, "no significant effect", "Ostmark's government", "has said publicly", "organisation", None),
    (DAM, "an early draft based on outdated rainfall data", "a spokesman for Ostmark's energy ministry", "said",
     "person", "Lukas Ferreira"),
    (DAM, "they expected the row to be raised", "Two Western diplomats", "said", "anonymous", None),
    (DAM, "Ostmark had privately offered", "One of them", "said", "anonymous", None),
    (DAM, "troops had been moved closer to the border", "The pro-government Veloria Daily", "reported", "media",
     "Veloria Daily"),
    (DAM, "pure fiction", "Ostmark's defence ministry", "called", "organisation", None),
    (DAM, "both sides had exaggerated", "Hydrologist Mirela Santos", "said", "person", "Mirela Santos"),
    (DAM, "The truth is somewhere in the middle", "she", "said", "person", "Mirela Santos"),
]


# expectations the analyzer does not meet yet, and why
MISSES: dict[str, str] = {}  # all met


CASES = cases(EXPECTED, MISSES)


@pytest.mark.parametrize(("name", "content", "source", "cue", "kind", "resolved"), CASES)
def test_round12_article_statement(name: str, content: str, source: str | None, cue: str, kind: str | None,
                                   resolved: str | None) -> None:
    check(name, content, source, cue, kind, resolved)


@pytest.mark.parametrize(("name", "words"), [
    (SENTENCING, "no reaction"),  # "showed no reaction": nothing said
    (SENTENCING, "of fraud and theft"),  # "was convicted last month of fraud": a verdict, not a statement
    (DAM, "its ambassador from Ostmark"),  # "recalled its ambassador": an act
])
def test_no_statement_holds(name: str, words: str) -> None:
    assert not holding(name, words)


def test_the_daily_cites_military_sources() -> None:
    found = statement(DAM, "troops had been moved closer to the border")
    assert found["via"] is not None and "military sources" in found["via"]["text"]


def test_the_diplomats_stay_anonymous() -> None:
    assert not [e for e in _doc(DAM)["sources"] if e["kind"] == "person" and "diplomat" in e["name"].lower()]
