"""Ingestion: every format, every encoding, every bad input, directories and stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newssift.analysis import Analysis
from newssift.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FormatError,
    LanguageError,
    MissingPathError,
    NewssiftError,
    SizeLimitError,
)
from newssift.ingest import article_from_text, articles_from_bytes, read_path, read_sources
from newssift.ingest.decode import sniff
from newssift.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"

ARTICLE = (
    "Port workers vote to extend strike\n"
    "\n"
    "Dockworkers voted on Tuesday to extend their walkout by 48 hours, union leader Marta "
    "Oliveira said, after talks with the port authority broke down.\n"
    "\n"
    "“We are not going back until the plan is shelved,” she told a crowd of about 1,500 "
    "people outside the café opposite the main gate.\n"
)


def read_all(sources: list, settings: Settings | None = None) -> tuple[list, list]:
    """(articles, [(name, error)]) from `read_sources`, collecting errors instead of raising."""
    errors: list[tuple[str, NewssiftError]] = []
    articles = list(read_sources(sources, settings or Settings(),
                                 on_error=lambda n, e: errors.append((n, e))))
    return articles, errors


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- plain text and encodings -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("cp1252", b""),
    ],
)
def test_text_file_decodes_exactly_and_offsets_index_it(tmp_path, encoding, bom):
    path = write(tmp_path, "strike.txt", bom + ARTICLE.encode(encoding))
    (article,) = read_path(path)
    assert article.text == ARTICLE
    assert article.id == "strike"
    analysis = Analysis.of(article)
    assert analysis.title is not None
    assert analysis.title.slice(article.text) == "Port workers vote to extend strike"
    start = article.text.index("1,500")
    assert article.text[start : start + 5] == "1,500"
    for sentence in analysis.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "text",
    [
        "Title line\r\n\r\nFirst paragraph of the story, with Windows line ends.\r\n",
        "\n\n   Indented opening line of a story that starts with blank lines.   \n\n\n",
        "No final newline and a tab\there.",
    ],
)
def test_text_is_kept_exactly_without_stripping_or_newline_changes(tmp_path, text):
    (article,) = read_path(write(tmp_path, "raw.txt", text.encode()))
    assert article.text == text


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("nul.txt", b"Minister said\x00\x00 16,000", BinaryInputError),
        ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d" * 10, BinaryInputError),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"some words", BinaryInputError),
        ("empty.txt", b"", EmptyInputError),
        ("blank.txt", b"  \n\t\r\n  ", EmptyInputError),
        ("bom-only.txt", b"\xef\xbb\xbf", EmptyInputError),
        ("odd-utf16.txt", b"\xff\xfeA\x00B", EncodingError),
        ("photo.jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", FormatError),
        ("empty.html", b"   ", EmptyInputError),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", FormatError),
        ("soup.htm", b"<<<>>><</</<html", FormatError),
        ("broken.json", b'{"text": "The minister said', FormatError),
        ("number.json", b"42", FormatError),
        ("empty-list.json", b"[]", EmptyInputError),
    ],
)
def test_bad_input_raises_its_error_class_with_a_one_line_message(tmp_path, name, data, error):
    path = write(tmp_path, name, data)
    with pytest.raises(error) as caught:
        list(read_path(path))
    message = str(caught.value)
    assert "\n" not in message
    assert name in message


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("image.txt", BinaryInputError),
        ("image.dat", FormatError),
        ("blank.txt", EmptyInputError),
        ("nav-only.html", FormatError),
        ("truncated.html", FormatError),
    ],
)
def test_fixture_bad_files_are_reported_and_reading_goes_on(name, error):
    articles, errors = read_all([FIXTURES / name, EXAMPLES / "volunteers-syria.txt"])
    assert [a.id for a in articles] == ["volunteers-syria"]
    assert [(n, type(e)) for n, e in errors] == [(str(FIXTURES / name), error)]


def test_file_over_max_bytes_names_the_limit_and_the_setting(tmp_path):
    path = write(tmp_path, "long.txt", ARTICLE.encode() * 20)
    with pytest.raises(SizeLimitError,
                       match=r"max_bytes limit of 1,000.*--max-bytes, NEWSSIFT_MAX_BYTES"):
        list(read_path(path, Settings(max_bytes=1000)))


def test_text_over_max_chars_names_the_limit_and_the_setting(tmp_path):
    path = write(tmp_path, "long.txt", ARTICLE.encode())
    with pytest.raises(SizeLimitError,
                       match=r"max_chars limit of 100\b.*--max-chars, NEWSSIFT_MAX_CHARS"):
        list(read_path(path, Settings(max_chars=100)))


def test_missing_path_is_reported_through_on_error(tmp_path):
    missing = tmp_path / "nowhere.txt"
    articles, errors = read_all([missing])
    assert articles == []
    assert [(n, type(e)) for n, e in errors] == [(str(missing), MissingPathError)]
    with pytest.raises(MissingPathError, match="no such file"):
        list(read_sources([missing], Settings()))


@pytest.mark.parametrize(
    ("content", "expected_format"),
    [
        (ARTICLE.encode(), "text"),
        (b'{"text": "The minister spoke for an hour."}\n\n{"text": "Police said little."}\n',
         "json"),
        (b"<!DOCTYPE html><html><body><article><p>" + ARTICLE.encode() + b"</p></article>"
         b"</body></html>", "html"),
    ],
)
def test_unknown_extension_is_sniffed_by_content(tmp_path, content, expected_format):
    articles = list(read_path(write(tmp_path, "story.dat", content)))
    assert articles
    assert {a.meta["format"] for a in articles} == {expected_format}


# --- HTML ----------------------------------------------------------------------------------------

def test_html_page_yields_title_blank_line_and_paragraphs_without_boilerplate():
    (article,) = read_path(EXAMPLES / "port-strike.html")
    title = "Dockworkers walk out at Veldhaven as automation row escalates"
    assert article.title == title
    assert article.text.startswith(title + "\n\nAbout 4,200 dockworkers")
    assert article.outlet == "The Harbour Courier"
    assert article.published == "2024-03-14"
    assert article.url.endswith("/veldhaven-port-strike")
    for boilerplate in ("Advertisement", "Subscribe", "cookies", "Related stories", "Comments",
                        "All rights reserved", "Robots don't"):
        assert boilerplate not in article.text
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 8
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)
    analysis = Analysis.of(article)
    assert analysis.title.slice(article.text) == title
    assert len(analysis.paragraphs) == 7


def test_hostile_html_keeps_only_text_and_no_script_or_handler():
    (article,) = read_path(EXAMPLES / "hostile.html")
    assert article.title == "Council approves new cycle lanes after heated debate"
    assert "Councillor Priya Nair" in article.text
    for payload in ("alert", "javascript", "evil.example", "tracker", "<", "onerror", "cookie"):
        assert payload not in article.text


def test_html_declared_charset_is_honoured(tmp_path):
    body = ("<html><head><meta charset=\"windows-1252\"><title>Café owners protest</title></head>"
            "<body><article><h1>Café owners protest</h1><p>Café owners in the old town said on "
            "Monday that the new terrace fee of 450 € a year would force several of them to close."
            "</p></article></body></html>")
    (article,) = articles_from_bytes(body.encode("cp1252"), "cafe.html")
    assert "Café owners in the old town" in article.text
    assert "450 €" in article.text


# --- JSON Lines and JSON -------------------------------------------------------------------------

def test_jsonl_records_compose_title_and_text_and_keep_metadata():
    records = [json.loads(line) for line in (EXAMPLES / "wire.jsonl").read_text().splitlines()]
    articles = list(read_path(EXAMPLES / "wire.jsonl"))
    assert [a.id for a in articles] == [r["id"] for r in records]
    for article, record in zip(articles, records, strict=True):
        assert article.text == record["title"] + "\n\n" + record["text"]
        offset = len(record["title"]) + 2
        assert article.text[offset:] == record["text"]
        assert (article.outlet, article.url, article.published) == (
            record["outlet"], record["url"], record["published"])
        assert Analysis.of(article).title.slice(article.text) == record["title"]


def test_jsonl_bad_lines_are_reported_with_file_and_line_and_the_rest_carry_on():
    path = FIXTURES / "bad-lines.jsonl"
    articles, errors = read_all([path])
    assert [a.id for a in articles] == ["ok-1", "7"]
    assert [(n, type(e)) for n, e in errors] == [
        (f"{path}:2", FormatError),
        (f"{path}:3", FormatError),
        (f"{path}:4", FormatError),
        (f"{path}:5", FormatError),
        (f"{path}:6", EmptyInputError),
    ]
    for name, err in errors:
        assert f"{name}: " in str(err)
        assert "\n" not in str(err)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Police said"', "invalid JSON"),
        ('"just a string"', "expected a JSON object, got a string"),
        ('{"title": "No body"}', 'no "text" field'),
        ('{"text": ["a", "b"]}', '"text" must be a string, got a list'),
        ('{"text": "Officials said so.", "url": 5}', '"url" must be a string, got a number'),
        ('{"text": "Officials said so.", "id": true}', '"id" must be a string or an integer'),
    ],
)
def test_jsonl_bad_line_message_says_what_is_wrong(tmp_path, line, message):
    path = write(tmp_path, "feed.jsonl", (line + "\n").encode())
    _, errors = read_all([path])
    assert len(errors) == 1
    assert message in str(errors[0][1])


def test_jsonl_ids_default_to_stem_and_line(tmp_path):
    lines = ['{"text": "The council met on Monday."}', "", '{"text": "The mayor resigned."}']
    path = write(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    assert [a.id for a in read_path(path)] == ["feed:1", "feed:3"]


def test_jsonl_line_over_max_bytes_is_skipped_and_the_next_line_read(tmp_path):
    long_line = json.dumps({"text": "Officials said " * 200})
    short_line = json.dumps({"id": "short", "text": "The minister resigned on Friday."})
    path = write(tmp_path, "feed.jsonl", f"{long_line}\n{short_line}\n".encode())
    articles, errors = read_all([path], Settings(max_bytes=500))
    assert [a.id for a in articles] == ["short"]
    assert [(n, type(e)) for n, e in errors] == [(f"{path}:1", SizeLimitError)]


def test_json_file_holds_one_object_or_a_list(tmp_path):
    one = write(tmp_path, "one.json", json.dumps({"text": "Officials said so."}).encode())
    many = write(tmp_path, "many.json", json.dumps(
        [{"id": "a", "text": "The mayor spoke."}, {"text": 3}, {"text": "Police said."}]).encode())
    articles, errors = read_all([one, many])
    assert [a.id for a in articles] == ["one", "a", "many[2]"]
    assert [(n, type(e)) for n, e in errors] == [(f"{many}[1]", FormatError)]


# --- directories and stdin -----------------------------------------------------------------------

def test_directory_is_recursed_sorted_skipping_hidden_and_unknown_files(tmp_path):
    write(tmp_path, "b.txt", ARTICLE.encode())
    write(tmp_path, "a.txt", ARTICLE.encode())
    write(tmp_path, "notes.md", ARTICLE.encode())
    write(tmp_path, ".hidden.txt", ARTICLE.encode())
    write(tmp_path, ".git/c.txt", ARTICLE.encode())
    write(tmp_path, "2024/march/port.txt", ARTICLE.encode())
    write(tmp_path, "2024/empty.txt", b"")
    articles, errors = read_all([tmp_path])
    assert [a.id for a in articles] == ["a", "b", "2024/march/port"]
    assert [(n, type(e)) for n, e in errors] == [
        (str(tmp_path / "2024" / "empty.txt"), EmptyInputError)]


def test_examples_directory_reads_every_example():
    articles, errors = read_all([EXAMPLES])
    assert errors == []
    assert [a.id for a in articles] == [
        "hostile", "port-strike", "volunteers-syria",
        "wire-2024-0412-flood", "wire-2024-0412-rates", "wire-2024-0412-turnout"]
    assert {a.language for a in articles} == {"en"}


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode(), [("stdin", "text")]),
        (b'{"id": "x1", "text": "The minister resigned."}\n{"text": "Police said."}\n',
         [("x1", "json"), ("stdin:2", "json")]),
        ((EXAMPLES / "port-strike.html").read_bytes(), [("stdin", "html")]),
        (b"Title\n\n{not json} but text that starts like JSON.\n", [("stdin", "text")]),
    ],
)
def test_stdin_format_is_sniffed(monkeypatch, data, expected):
    feed_stdin(monkeypatch, data)
    articles, errors = read_all(["-"])
    assert errors == []
    assert [(a.id, a.meta["format"]) for a in articles] == expected


def test_stdin_text_is_exact_including_crlf(monkeypatch):
    text = ARTICLE.replace("\n", "\r\n")
    feed_stdin(monkeypatch, text.encode("utf-16"))
    (article,) = read_sources(["-"], Settings())
    assert article.text == text


def test_stdin_jsonl_over_max_bytes_is_streamed(monkeypatch):
    lines = [json.dumps({"text": f"Officials said {i} people were hurt in the blast."})
             for i in range(40)]
    feed_stdin(monkeypatch, "\n".join(lines).encode())
    articles, errors = read_all(["-"], Settings(max_bytes=300))
    assert errors == []
    assert len(articles) == 40
    assert articles[-1].text == "Officials said 39 people were hurt in the blast."


def test_stdin_text_over_max_bytes_is_refused(monkeypatch):
    feed_stdin(monkeypatch, ARTICLE.encode() * 10)
    _, errors = read_all(["-"], Settings(max_bytes=300))
    assert [(n, type(e)) for n, e in errors] == [("<stdin>", SizeLimitError)]
    assert "more than 300 bytes" in str(errors[0][1])


def test_stdin_jsonl_with_a_bad_line_reports_it_and_keeps_the_good_ones(monkeypatch):
    feed_stdin(monkeypatch, b'{"id": "a", "text": "The minister resigned on Monday."}\n'
                            b'{not json\n'
                            b'{"id": "b", "text": "Police said two men were arrested."}\n')
    articles, errors = read_all(["-"])
    assert [a.id for a in articles] == ["a", "b"]
    assert [(n, type(e)) for n, e in errors] == [("<stdin>:2", FormatError)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"text": "a"}\n{bad\n', "jsonl"),
        ('\n  {"text": "a"}\nplain words\n', "jsonl"),
        ('Title line\n{"text": "a"}\n', "text"),
        ("[1, 2]\n", "text"),
    ],
)
def test_sniff_takes_jsonl_from_the_first_non_empty_line(text, expected):
    assert sniff(text) == expected


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
     (b"\x81\x8d\x8f\x90\x9d" * 4, BinaryInputError)],
)
def test_binary_stdin_gets_the_binary_error_like_a_file(monkeypatch, data, error):
    feed_stdin(monkeypatch, data)
    _, errors = read_all(["-"])
    assert [(n, type(e)) for n, e in errors] == [("<stdin>", error)]


@pytest.mark.parametrize(
    ("source", "data"),
    [("./bin.txt", b"abc\x00\x01"), ("./gone.txt", None), ("-", b"abc\x00\x01"),
     ("./sub/../bad.jsonl", b"{bad\n")],
)
def test_error_name_is_the_prefix_of_its_message(tmp_path, monkeypatch, source, data):
    monkeypatch.chdir(tmp_path)
    if source == "-":
        feed_stdin(monkeypatch, data)
    elif data is not None:
        (tmp_path / "sub").mkdir()
        write(tmp_path, Path(source).name, data)
    _, errors = read_all([source])
    ((name, err),) = errors
    assert str(err).startswith(f"{err.code}: {name}: ")
    assert str(err).count(Path(name.split(":")[0]).name) == 1


# --- article_from_text and language --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("The mayor resigned on Friday.", None, "The mayor resigned on Friday."),
        ("The mayor resigned on Friday.", "Mayor quits",
         "Mayor quits\n\nThe mayor resigned on Friday."),
        ("Mayor quits\n\nThe mayor resigned on Friday.", "Mayor quits",
         "Mayor quits\n\nThe mayor resigned on Friday."),
        ("The mayor resigned on Friday.", "  Mayor\n quits ",
         "Mayor quits\n\nThe mayor resigned on Friday."),
    ],
)
def test_article_from_text_composes_the_title_once(text, title, expected):
    article = article_from_text(text, "a1", title=title)
    assert article.text == expected
    assert article.title == (" ".join(title.split()) if title else None)


GERMAN = (
    "Der Verkehrsminister kündigte am Montag an, dass die Regierung im nächsten Jahr zusätzlich "
    "zwei Milliarden Euro für den Ausbau der Bahnstrecken bereitstellen werde."
)


def test_non_english_article_is_flagged_and_analysis_warns():
    article = article_from_text(GERMAN, "de1")
    assert article.language == "de"
    assert "English-only" in Analysis.of(article).warnings[0]


def test_non_english_article_is_refused_when_not_allowed(tmp_path):
    path = write(tmp_path, "bahn.txt", GERMAN.encode())
    with pytest.raises(LanguageError, match="allow_non_english"):
        list(read_path(path, Settings(allow_non_english=False)))
    (english,) = read_path(write(tmp_path, "en.txt", ARTICLE.encode()),
                           Settings(allow_non_english=False))
    assert english.language == "en"


def test_short_text_gets_no_language_guess():
    assert article_from_text("Breaking: 16,000", "s1").language is None


def test_given_language_is_kept_not_detected():
    assert article_from_text(GERMAN, "de2", language="xx").language == "xx"
