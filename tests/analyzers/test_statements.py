"""The `statements` analyzer: sources, cues, kinds, chains, coreference, unattributed quotes, profile.

Unit tests run the rule tagger (no model) or a tiny model overfit on hand-written spans with the
`HashEncoder`; the shipped model gets the tests marked `integration`.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from newssift.analysis import Analysis
from newssift.analyzers.attribution.features import article_features
from newssift.analyzers.attribution.tagger import ModelTagger
from newssift.analyzers.quotes import QuotesAnalyzer
from newssift.analyzers.statements import StatementsAnalyzer, statement_type
from newssift.encoder import EncoderAnalyzer
from newssift.heads import models_root
from newssift.pipeline import Pipeline
from newssift.schema import check_spans, validate
from newssift.text import Article, Span
from training.common import save_model_dir
from training.polnear import GoldAttribution, GoldDoc, token_tags
from training.statements import TAGS, build_model, export_tensors

SHIPPED = models_root() / "statements"
shipped_only = pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(),
                                  reason="no shipped statements model")


def _shipped(text: str) -> dict:
    """`text` through the shipped encoder, quotes, entities and statements, as the pipeline runs them."""
    from newssift.registry import build_pipeline

    return build_pipeline(["encoder", "quotes", "entities", "statements"])(Article(text)).to_dict()


def analyse(text: str, encoder=None, **options) -> dict:
    analysis = Analysis.of(Article(text))
    if encoder is not None:
        EncoderAnalyzer(encoder)(analysis)
    StatementsAnalyzer(**({"use_model": False} | options))(analysis)
    return analysis.to_dict()


def only(doc: dict) -> dict:
    assert len(doc["statements"]) == 1, doc["statements"]
    return doc["statements"][0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Finance Minister Lena Moor said the budget would be cut by a tenth.",
     ("Finance Minister Lena Moor", "person", "said", "neutral")),
    ("The port authority insisted that the cranes were safe.",
     ("The port authority", "organisation", "insisted", "assertive")),
    ("Two senior officials claimed the convoy had been turned back.",
     ("Two senior officials", "anonymous", "claimed", "distancing")),
    ("A leaked memo revealed that the plant had been closed for weeks.",
     ("A leaked memo", "document", "revealed", "revealing")),
    ("The Harbour Gazette reported that the ferry service would stop in May.",
     ("The Harbour Gazette", "media", "reported", "neutral")),
    ("The regional channel broadcast footage of the flooded square.",
     ("The regional channel", "media", "broadcast", "neutral")),
])
def test_source_kind_and_cue_stance(text: str, expected: tuple) -> None:
    s = only(analyse(text))
    assert (s["source"]["text"], s["source"]["kind"], s["cue"]["text"], s["cue"]["stance"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("According to the coastguard, three boats were missing.", ("the coastguard", "three boats were missing")),
    ("Three boats were missing, according to the coastguard.", ("the coastguard", "Three boats were missing")),
    ("“We will not close the school,” the mayor said.", ("the mayor", "“We will not close the school,”")),
    ("“We will not close the school,” said Ana Ruiz.", ("Ana Ruiz", "“We will not close the school,”")),
])
def test_word_orders_around_the_cue(text: str, expected: tuple) -> None:
    s = only(analyse(text))
    assert (s["source"]["text"], s["content"][0]["text"]) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("“We are leaving,”", "direct"),
    ("the talks had stalled", "indirect"),
    ("the talks had “stalled for good”", "mixed"),
])
def test_statement_type(content: str, expected: str) -> None:
    assert statement_type(content, [Span(0, len(content))]) == expected


def test_citing_chain_rests_on_the_inner_anonymous_source() -> None:
    doc = analyse("The Harbour Gazette, citing two unnamed diplomats, reported that the talks had failed.")
    s = only(doc)
    assert (s["source"]["text"], s["via"]["text"], s["via"]["kind"]) == (
        "The Harbour Gazette", "two unnamed diplomats", "anonymous")
    assert doc["sourcing"]["by_kind"]["anonymous"]["statements"] == 1


def test_according_to_quoted_by_puts_the_quoting_outlet_first() -> None:
    s = only(analyse("The dam was cracked, according to an engineer, quoted by the Valley Courier."))
    assert (s["source"]["text"], s["via"]["text"]) == ("the Valley Courier", "an engineer")


COREF = (
    "Defence Minister Ivo Brandt said on Monday that the base would stay open. "
    "Brandt added that no troops would leave.\n\n"
    "The minister stressed that the budget was secure.\n\n"
    "She pointed out that the runway had been repaired."
)


def test_mentions_of_one_person_merge_into_one_source() -> None:
    doc = analyse(COREF)
    first = doc["sources"][0]
    assert (first["name"], first["role"], first["kind"]) == ("Ivo Brandt", "Defence Minister", "person")
    assert [m["text"] for m in first["mentions"]][:3] == [
        "Defence Minister Ivo Brandt", "Brandt", "The minister"]


def test_pronoun_source_links_to_the_nearest_person_with_a_low_score() -> None:
    doc = analyse(COREF)
    she = doc["statements"][-1]
    assert she["source"]["text"] == "She" and she["source"]["source_id"] == doc["sources"][0]["source_id"]
    assert she["score"] < doc["statements"][0]["score"]


def test_pronoun_is_left_unlinked_when_another_source_intervened_paragraphs_ago() -> None:
    doc = analyse(
        "Defence Minister Ivo Brandt said on Monday that the base would stay open.\n\n"
        "Local sources in the port said fuel had run out.\n\n"
        "Residents queued for bread all day.\n\n"
        "She pointed out that the runway had been repaired."
    )
    she = doc["statements"][-1]
    assert she["source"]["text"] == "She"
    assert she["source"]["source_id"] not in {s["source_id"] for s in doc["sources"][:2]}
    # nobody is named: it counts as anonymous, not as a named person
    entry = next(s for s in doc["sources"] if s["source_id"] == she["source"]["source_id"])
    assert (entry["kind"], entry["role"], she["source"]["kind"]) == (
        "anonymous", "unresolved pronoun", "anonymous")
    assert doc["sourcing"]["named"] == 1


def test_she_after_a_named_mention_links_to_that_person_never_to_a_plural_source() -> None:
    def sources_of(text: str, entities: list[dict]) -> dict[str, tuple[str, float]]:
        analysis = Analysis.of(Article(text))
        analysis.layers["entities"] = entities
        StatementsAnalyzer(use_model=False)(analysis)
        doc = analysis.to_dict()
        names = {s["source_id"]: s["name"] for s in doc["sources"]}
        return {s["source"]["text"]: (names[s["source"]["source_id"]], s["score"]) for s in doc["statements"]}

    text = ("Senator Dana Whitcombe said the bill was sound. Two aides said it was not.\n\n"
            "Whitcombe has served since 2019. She said she would hold a town hall.")
    start = text.index("Whitcombe has")
    named = sources_of(text, [{"start": start, "end": start + 9, "label": "PER", "entity_id": "e1"}])
    unnamed = sources_of(text, [])
    assert named["She"][0] == unnamed["She"][0] == "Dana Whitcombe"
    assert named["She"][1] > unnamed["She"][1]  # named just before: a confident link
    assert sources_of("Two people close to him said the bill was weak. She said she would vote for it.", [])["She"][0] == "She"


def test_she_never_links_to_a_name_inside_the_previous_sources_relative_clause() -> None:
    text = ("Latimer denies the charges. \u201cMy client will fight these allegations,\u201d said Maria Lopez, "
            "who represents Latimer. She said her client had cooperated.")
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [
        {"start": i, "end": i + len(w), "label": "PER", "entity_id": e}
        for w, e, i in [("Latimer", "e1", 0), ("Maria Lopez", "e2", text.index("Maria")),
                        ("Latimer", "e1", text.rindex("Latimer"))]]
    StatementsAnalyzer(use_model=False)(analysis)
    doc = analysis.to_dict()
    names = {s["source_id"]: s["name"] for s in doc["sources"]}
    she = next(s for s in doc["statements"] if s["source"] and s["source"]["text"] == "She")
    assert names[she["source"]["source_id"]] == "Maria Lopez"


def test_he_never_links_to_a_source_called_she_and_takes_a_person_named_since() -> None:
    text = ("Manager Jo Platt said the win had lifted the team. \u201cToday we showed it,\u201d she said.\n\n"
            "Rival boss Kevin Hurst was less happy. \u201cWe were second best,\u201d he told reporters.")
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [
        {"start": text.index(w), "end": text.index(w) + len(w), "label": "PER", "entity_id": e}
        for w, e in [("Jo Platt", "e1"), ("Kevin Hurst", "e2")]]
    StatementsAnalyzer(use_model=False)(analysis)
    doc = analysis.to_dict()
    names = {s["source_id"]: s["name"] for s in doc["sources"]}
    by_source = {s["source"]["text"]: names[s["source"]["source_id"]] for s in doc["statements"]}
    assert by_source["she"] == "Jo Platt"
    assert by_source["he"] == "Kevin Hurst"


def test_the_n_year_old_is_the_person_named_just_before() -> None:
    text = ("Striker Dan Okoro scored twice before half-time. \u201cThe lads deserved it,\u201d said the "
            "34-year-old, who joined in the summer.")
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [{"start": 8, "end": 17, "label": "PER", "entity_id": "e1"}]
    StatementsAnalyzer(use_model=False)(analysis)
    doc = analysis.to_dict()
    names = {s["source_id"]: (s["name"], s["kind"]) for s in doc["sources"]}
    (statement,) = doc["statements"]
    assert statement["source"]["text"].startswith("the 34-year-old")
    assert names[statement["source"]["source_id"]] == ("Dan Okoro", "person")


@pytest.mark.parametrize(("text", "expected"), [
    ("Figures from the Norland Statistics Office show that prices rose. The office said that pay "
     "fell.", ("Norland Statistics Office", "e1")),
    ("Figures from the Norland Statistics Office show that prices rose. The council said that pay "
     "fell.", ("council", None)),
])
def test_the_office_is_the_organisation_named_just_before_in_the_text(text: str, expected: tuple) -> None:
    analysis = Analysis.of(Article(text))
    start = text.index("Norland")
    analysis.layers["entities"] = [{"start": start, "end": start + 25, "label": "ORG", "entity_id": "e1"}]
    StatementsAnalyzer(use_model=False)(analysis)
    doc = analysis.to_dict()
    names = {s["source_id"]: (s["name"], s["entity_id"]) for s in doc["sources"]}
    last = max(doc["statements"], key=lambda s: s["start"])
    assert names[last["source"]["source_id"]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The World Health Organization said that adults should walk more. The agency said that one in "
     "four adults falls short.", "World Health Organization"),
    ("The World Health Organization said that adults should walk more. Officials said it was late. "
     "The agency said that one in four adults falls short.", "agency"),
    ("The ministry said that adults should walk more. The agency said that one in four adults "
     "falls short.", "agency"),
    ("The International Monetary Fund said that growth would slow. The fund said that subsidies "
     "should be cut.", "International Monetary Fund"),
])
def test_the_agency_is_the_named_organisation_that_spoke_just_before(text: str, expected: str) -> None:
    doc = analyse(text)
    names = {s["source_id"]: s["name"] for s in doc["sources"]}
    agency = next(s for s in doc["statements"] if s["source"]["text"] in ("The agency", "The fund"))
    assert names[agency["source"]["source_id"]] == expected


def test_unnamed_official_set_off_by_a_relative_clause_is_the_source_and_he_refers_to_him() -> None:
    doc = analyse(
        "A port official in Kessa, who spoke on condition of anonymity because he was not allowed to "
        "brief reporters, denied that any ship had been turned away. "
        "\u201cEvery ship is unloaded in turn,\u201d he said.\n\n"
        "Trader Lina Osei said prices had doubled."
    )
    denied = next(s for s in doc["statements"] if s["cue"] and s["cue"]["text"] == "denied")
    assert "official" in denied["source"]["text"] and denied["source"]["kind"] == "anonymous"
    contents = [c["text"] for c in denied["content"]]
    assert contents[-1].endswith("any ship had been turned away")
    assert not any("anonymity" in c for c in contents)
    he = next(s for s in doc["statements"] if s["source"] and s["source"]["text"] == "he")
    assert he["source"]["source_id"] == denied["source"]["source_id"]


def test_relative_pronoun_source_is_typed_and_merged_as_the_name_before_it() -> None:
    doc = analyse("The ministry sent the numbers to the Riverton Gazette, which reported that the mine would "
                  "close. The Riverton Gazette said the owners had known for months.")
    which, said = doc["statements"]
    assert which["source"]["text"] == "which" and which["source"]["kind"] == "media"
    assert which["source"]["source_id"] == said["source"]["source_id"]
    (source,) = doc["sources"]
    assert source["name"] == "Riverton Gazette"
    assert [m["text"] for m in source["mentions"]] == ["Riverton Gazette", "The Riverton Gazette"]


def test_source_never_starts_with_a_clause_word() -> None:
    doc = analyse("Pages promised rewards, in what opposition activists called a cynical ploy.")
    called = [s for s in doc["statements"] if s["cue"] and s["cue"]["text"] == "called"]
    assert not called or not called[0]["source"]["text"].lower().startswith(("in ", "what "))


def test_nested_attribution_gets_its_own_statement() -> None:
    doc = analyse("Spokesman Omar Field told reporters that the minister noted that “the wells are dry.”\n\n"
                  "Water Minister Kai Lund visited the wells.")
    inner = [s for s in doc["statements"] if s["cue"]["text"] == "noted"]
    assert inner and inner[0]["source"]["text"] == "the minister"
    assert inner[0]["content"][0]["text"] == "“the wells are dry.”"
    assert doc["sourcing"]["quoted_words"] == 4  # the quotation counts once, for the inner statement


def test_quoted_accusation_with_no_speaker_is_unattributed() -> None:
    doc = analyse("The council \"wants to sell the park to its friends before the vote.\" Nobody denied it.")
    s = [s for s in doc["statements"] if s["source"] is None]
    assert len(s) == 1 and s[0]["cue"] is None and s[0]["type"] == "direct"
    assert doc["sourcing"]["unattributed"] == 1


def test_sourcing_profile_counts_statements_and_quoted_words() -> None:
    doc = analyse("“The road is closed,” the mayor said. Local sources said the bridge had collapsed.")
    p = doc["sourcing"]
    assert (p["statements"], p["named"], p["anonymous"], p["quoted_words"]) == (2, 1, 1, 4)
    assert p["by_kind"]["person"] == {"statements": 1, "share": 0.5, "quoted_words": 4, "quoted_share": 1.0}


def quoted(text: str) -> dict:
    analysis = Analysis.of(Article(text))
    QuotesAnalyzer()(analysis)
    StatementsAnalyzer(use_model=False)(analysis)
    return analysis.to_dict()


def test_single_mark_quotation_is_direct_and_counted_in_the_profile() -> None:
    """British style: the quotes layer tells a 'quotation' from an apostrophe ("chair's")."""
    doc = quoted("The chair's deputy told reporters: 'We followed every rule in the book.'")
    assert only(doc)["type"] == "direct" and doc["sourcing"]["quoted_words"] == 7
    text = "'We left,' the mayor's aide said."
    assert statement_type(text, [Span(0, 10)], [Span(0, 10)]) == "direct"
    assert statement_type(text, [Span(12, 22)], [Span(0, 10)]) == "indirect"


def test_scare_quote_makes_mixed_and_a_quotation_over_paragraphs_counts_its_part() -> None:
    doc = quoted("The mayor said the “temporary” closure would last a year.\n\n“The road is gone.\n\n"
                 "“Nobody will drive here before spring,” a resident said.\n")
    assert [(s["source"]["text"], s["type"]) for s in doc["statements"]] == [
        ("The mayor", "mixed"), ("a resident", "direct")]
    assert doc["sourcing"]["by_kind"]["anonymous"]["quoted_words"] == 6


def test_output_matches_the_schema_and_slices(sample_text: str) -> None:
    doc = analyse(sample_text + "\n“They leave at dawn and come back at night,” a resident said.\n")
    validate(doc)
    check_spans(doc)
    assert {"statements", "sources", "sourcing"} <= doc.keys()


def test_article_without_attribution_has_empty_layers() -> None:
    doc = analyse("Rain fell over the valley for a third day.")
    assert doc["statements"] == [] and doc["sources"] == [] and doc["sourcing"]["statements"] == 0


def test_pipeline_requires_the_encoder() -> None:
    with pytest.raises(Exception, match="encoding"):
        Pipeline([StatementsAnalyzer(use_model=False)])


# --- the trainable head: overfit → save → reload ------------------------------------------------

TRAIN = [
    ("Mayor Ana Ruiz said the bridge would reopen soon.", "Mayor Ana Ruiz", "said",
     "the bridge would reopen soon"),
    ("Local sources reported that the market had burned.", "Local sources", "reported",
     "the market had burned"),
    ("The union warned that the strike would continue.", "The union", "warned",
     "the strike would continue"),
]


def _gold(text: str, source: str, cue: str, content: str) -> GoldDoc:
    def span(part: str) -> Span:
        return Span(text.index(part), text.index(part) + len(part))

    return GoldDoc("t", text, [GoldAttribution([span(source)], [span(cue)], [span(content)])], "me")


def test_tagger_overfits_saves_and_reloads(tmp_path, tiny_encoder) -> None:
    torch.manual_seed(0)
    torch.set_num_threads(1)
    analyses, xs, ys = [], [], []
    for row in TRAIN:
        a = Analysis.of(Article(row[0]))
        EncoderAnalyzer(tiny_encoder)(a)
        analyses.append(a)
        xs.append(article_features(a))
        ys.append(token_tags(a, _gold(*row)))
    x, y = torch.from_numpy(np.concatenate(xs)), torch.from_numpy(np.concatenate(ys))
    first = x[:, -1] > 0.5
    model = build_model(x.shape[1], len(TAGS))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(80):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x, first), y).backward()
        opt.step()
    save_model_dir(tmp_path, export_tensors(model.eval()), {"in_dim": x.shape[1]}, list(TAGS), "# card\n")
    with torch.no_grad():  # the numpy head (context and sentence-attention layers) computes what torch does
        expected = model(x, first).numpy()
    head = ModelTagger(tmp_path).head
    assert head.attn and np.allclose(head(x.numpy() @ head.inp[0] + head.inp[1], first.numpy()), expected,
                                     atol=1e-4)
    analyzer = StatementsAnalyzer(model_dir=tmp_path)
    for a, (_, source, cue, content) in zip(analyses, TRAIN):
        s = only(analyzer(a).to_dict())
        assert (s["source"]["text"], s["cue"]["text"], s["content"][0]["text"]) == (source, cue, content)


def test_a_bag_of_nets_averages_their_tag_probabilities(tmp_path, tiny_encoder) -> None:
    a = Analysis.of(Article(TRAIN[0][0]))
    EncoderAnalyzer(tiny_encoder)(a)
    dim = article_features(a).shape[1]
    nets = []
    for seed in (1, 2):
        torch.manual_seed(seed)
        nets.append(build_model(dim, len(TAGS)).eval())
        save_model_dir(tmp_path / f"net{seed}", export_tensors(nets[-1]), {"in_dim": dim}, list(TAGS), "# card\n")
    bag = {**export_tensors(nets[0], "tagger.0."), **export_tensors(nets[1], "tagger.1.")}
    save_model_dir(tmp_path / "bag", bag, {"in_dim": dim, "bag": 2}, list(TAGS), "# card\n")
    single = [ModelTagger(tmp_path / f"net{seed}").probabilities(a) for seed in (1, 2)]
    tagger = ModelTagger(tmp_path / "bag")
    assert len(tagger.nets) == 2 and not np.allclose(single[0], single[1])
    assert np.allclose(tagger.probabilities(a), (single[0] + single[1]) / 2, atol=1e-6)


# --- the shipped model ---------------------------------------------------------------------------

SHIPPED_TEXT = (
    "Port strike spreads to the north\n\n"
    "Transport Minister Clara Voss said on Tuesday that 4,000 dock workers had stopped work. "
    "“We will not give in to blackmail,” she told reporters in the capital.\n\n"
    "The Northern Herald, citing two port officials, reported that ships were being sent south.\n\n"
    "The union \"has been lying to its members for months.\""
)


@pytest.mark.integration
@shipped_only
def test_shipped_model_finds_sources_chain_and_unattributed_quote() -> None:
    pipeline = Pipeline([EncoderAnalyzer(), StatementsAnalyzer()])
    doc = pipeline(Article(SHIPPED_TEXT)).to_dict()
    validate(doc)
    check_spans(doc)
    kinds = {s["source"]["text"]: s["source"]["kind"] for s in doc["statements"] if s["source"]}
    assert kinds.get("Transport Minister Clara Voss") == "person"
    chained = [s for s in doc["statements"] if s["via"]]
    assert chained and chained[0]["via"]["kind"] == "anonymous"
    assert doc["sourcing"]["unattributed"] >= 1
    voss = next(s for s in doc["sources"] if s["name"] == "Clara Voss")
    assert len(voss["statements"]) == 2  # "she told reporters" links back to the minister


@pytest.mark.integration
@shipped_only
@pytest.mark.parametrize(("text", "source", "cue"), [
    ("Health officials said the clinic would reopen next week.", "Health officials", "said"),
    ("“The water is safe to drink,” the utility's director insisted.", "the utility's director", "insisted"),
])
def test_shipped_model_tags_source_and_cue(text: str, source: str, cue: str) -> None:
    doc = Pipeline([EncoderAnalyzer(), StatementsAnalyzer()])(Article(text)).to_dict()
    assert any(s["source"] and s["source"]["text"] == source and s["cue"]["text"] == cue
               for s in doc["statements"])


PASSIVE_AND_QUOTES = (
    "Senator accused of misleading voters on pension plan\n\n"
    "'We followed every rule in the book,' Senator Dana Whitcombe told reporters on Sunday.\n\n"
    'On Twitter, the senator wrote: "Fake numbers from fake experts. Ohio knows better!"\n\n'
    "Some Republicans privately worry the fight could hurt the party, two people close to the "
    "leadership said.\n\n"
    "Whitcombe has represented Ohio since 2019. She said she would hold a town hall next week.\n")


@pytest.mark.integration
@shipped_only
def test_shipped_pipeline_reads_quotations_passives_and_she() -> None:
    doc = _shipped(PASSIVE_AND_QUOTES)
    by_cue = {s["cue"]["text"]: s for s in doc["statements"] if s["cue"]}
    assert "accused" not in by_cue  # the senator is the one accused, not a speaker
    assert by_cue["told"]["type"] == "direct"  # single marks
    assert [c["text"] for c in by_cue["wrote:"]["content"]] == [
        '"Fake numbers from fake experts. Ohio knows better!"']
    names = {s["source_id"]: s["name"] for s in doc["sources"]}
    she = next(s for s in doc["statements"] if s["source"] and s["source"]["text"] == "She")
    assert names[she["source"]["source_id"]] == "Dana Whitcombe"


HELD_OUT = (
    "Water deal under review\n\n"
    "LONDON, March 4 (Wire) - Calder Freight plans to cut about 1,200 jobs, the company said in a filing on "
    "Tuesday, as cargo volumes fell.\n\n"
    "The engineering firm Vantor held talks with the ministry about three contracts, a person familiar with "
    "the matter said, speaking on condition of anonymity because the talks were secret.\n\n"
    "Vantor said in an email that it follows every rule. A Vantor spokesman said no contract had been "
    "signed. The indictment states that at least 73 transfers were made. The company warned that its "
    "full-year results, due in April, would include a charge of 60 million euros.\n\n"
    "One resident, who declined to be named, said the harbour had been empty for weeks. The figures, which "
    "were first reported by the Tribune, show that spending rose by a third.\n\n"
    "\"My client will fight these allegations,\" said Maria Lopez, who represents Owen Latimer. She said "
    "her client had cooperated fully with investigators. Latimer did not deny the transfers.\n")


@pytest.mark.integration
@shipped_only
def test_shipped_pipeline_reads_wire_court_and_anonymous_sourcing() -> None:
    doc = _shipped(HELD_OUT)
    by_source = {s["source"]["text"]: s for s in doc["statements"] if s["source"]}
    firsts = {k: s["content"][0]["text"] for k, s in by_source.items()}
    assert firsts["the company"] == "Calder Freight plans to cut about 1,200 jobs"  # no dateline
    assert firsts["a person familiar with the matter"].startswith("The engineering firm Vantor held talks")
    kinds = {k: s["source"]["kind"] for k, s in by_source.items()}
    assert kinds["Vantor"] == kinds["A Vantor spokesman"] == "organisation"
    assert kinds["The indictment"] == kinds["The figures"] == "document"
    assert by_source["The figures"]["cue"]["text"] == "show"
    assert [c["text"] for c in by_source["The company"]["content"]] == [
        "that its full-year results, due in April, would include a charge of 60 million euros"]
    assert kinds["One resident"] == "anonymous"
    assert not any(s["cue"] and s["cue"]["text"].startswith("declined") for s in doc["statements"])
    names = {s["source_id"]: s["name"] for s in doc["sources"]}
    assert names[by_source["She"]["source"]["source_id"]] == "Maria Lopez"
    assert by_source["Latimer"]["cue"]["stance"] == "neutral"  # "did not deny"


HELD_OUT_2 = (
    "Daily walk linked to lower risk of memory decline, study finds\n\n"
    "The World Health Organization said in guidance issued Monday that adults over 65 should aim for at "
    "least 150 minutes of moderate activity a week. The agency estimates that about one in four older adults "
    "falls short of that level.\n\n"
    "Dr. Ana Vidal, an epidemiologist who was not involved in the study, cautioned that the participants "
    "reported their own habits. The figures, which were first reported by the Tribune, show that spending "
    "rose by a third.\n\n"
    "Striker Dan Okoro scored both goals. 'I have been waiting for that one,' said the 34-year-old, who "
    "joined in the summer.\n\n"
    "Asked whether he had been warned about the losses, Ruiz said he had seen \"only partial figures\". "
    "The regulator, the Financial Conduct Board, said in a report published last month that Northgate had "
    "invested heavily in property loans.\n\n"
    "Speaking after the match, manager Jo Platt said the result had lifted the dressing room. 'Today we "
    "showed what we can do,' she said. The club said in a statement that a supporter had been taken to "
    "hospital.\n\n"
    "Elmford boss Kevin Hurst was less happy. 'We were second to everything in the first half,' he told "
    "reporters.\n")


@pytest.mark.integration
@shipped_only
def test_shipped_pipeline_reads_science_politics_and_sports_styles() -> None:
    doc = _shipped(HELD_OUT_2)
    by_source = {s["source"]["text"]: s for s in doc["statements"] if s["source"]}
    who = by_source["The World Health Organization"]
    assert who["cue"]["text"] == "said in guidance issued Monday"
    assert who["content"][0]["text"].startswith("that adults over 65")
    assert not any(s["cue"] and s["cue"]["text"] == "Asked" for s in doc["statements"])
    names = {s["source_id"]: (s["name"], s["kind"]) for s in doc["sources"]}
    regulator = by_source["The regulator, the Financial Conduct Board,"]["source"]["source_id"]
    assert names[regulator] == ("Financial Conduct Board", "organisation")
    assert by_source["The club"]["source"]["kind"] == "organisation"
    assert names[by_source["she"]["source"]["source_id"]][0] == "Jo Platt"
    assert names[by_source["he"]["source"]["source_id"]][0] == "Kevin Hurst"
    assert names[by_source["The agency"]["source"]["source_id"]][0] == "World Health Organization"
    assert not any(s["source"] and s["source"]["text"] in ("Daily", "which") for s in doc["statements"])
    old = next(s for k, s in by_source.items() if k.startswith("the 34-year-old"))
    assert names[old["source"]["source_id"]] == ("Dan Okoro", "person")
    roles = {s["name"]: s["role"] for s in doc["sources"]}
    assert roles["Ana Vidal"] == "epidemiologist"  # the role stops before its relative clause


HELD_OUT_3 = (
    "Explainer: Why prices in Norland are still rising faster than wages\n\n"
    "10:55 — According to a statement from the Dunmore Fire Service, crews brought the blaze under control "
    "shortly after 10am. The service said four appliances would remain at the scene overnight.\n\n"
    "11:51 — Mayor Grace Okafor has just finished a short briefing outside the town hall. Here is what she "
    "said:\n\n"
    "MAYOR OKAFOR: We are asking everyone within half a mile of the depot to keep their windows closed.\n\n"
    "12:30 — A man who works at a neighbouring timber yard, who asked not to be named, said staff had "
    "complained about stored drums for months. He told us the drums were often left outside the fence.\n\n"
    "The International Monetary Fund estimates that Norland's economy will grow by 0.9 percent this year. "
    "The fund urged the government to cut spending on fuel subsidies.\n\n"
    "Economists polled by the Herald expect rates to stay on hold. A draft of next year's budget seen by "
    "the Courier proposes freezing public sector pay for a second year.\n")


@pytest.mark.integration
@shipped_only
def test_shipped_pipeline_reads_live_blog_and_economy_explainer_styles() -> None:
    doc = _shipped(HELD_OUT_3)
    by_source = {s["source"]["text"]: s for s in doc["statements"] if s["source"]}
    assert "Explainer" not in by_source  # a headline kicker
    assert not any(c["text"].startswith("Here is what") for s in doc["statements"] for c in s["content"])
    names = {s["source_id"]: (s["name"], s["kind"]) for s in doc["sources"]}
    assert names[by_source["The service"]["source"]["source_id"]] == ("Dunmore Fire Service", "organisation")
    assert names[by_source["The fund"]["source"]["source_id"]] == ("International Monetary Fund", "organisation")
    man = by_source["A man who works at a neighbouring timber yard"]["source"]["source_id"]
    assert names[man][1] == "anonymous"
    assert by_source["He"]["source"]["source_id"] == man
    kinds = {k: s["source"]["kind"] for k, s in by_source.items()}
    herald = by_source["the Herald"]  # the outlet that polled them relays; the forecast rests on them
    assert (herald["source"]["kind"], herald["via"]["text"], herald["via"]["kind"]) == (
        "media", "Economists", "anonymous")
    assert kinds["A draft of next year's budget seen by the Courier"] == "document"
    assert by_source["MAYOR OKAFOR"]["content"][0]["text"].startswith("We are asking everyone")


@pytest.mark.parametrize(("text", "expected"), [
    ("Here is the briefing.\n\nMAYOR OKAFOR: We are asking everyone to stay indoors.", ("Okafor", "Mayor")),
    ("Here is the briefing.\n\nNATO: The alliance is ready.", ("NATO", None)),
])
def test_a_transcript_label_in_capitals_names_its_source_in_title_case(text: str, expected: tuple) -> None:
    doc = analyse(text)
    names = {s["source_id"]: (s["name"], s["role"]) for s in doc["sources"]}
    label = next(s for s in doc["statements"] if s["cue"]["text"] == ":")
    assert names[label["source"]["source_id"]] == expected
