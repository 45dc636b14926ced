"""Bytes → text: size limits, byte-order marks, encodings, binary detection, format sniffing.

The decoding rule is deterministic, not statistical (no charset-normalizer guess):
1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); the mark itself is dropped;
2. otherwise any NUL byte means binary;
3. otherwise strict UTF-8;
4. otherwise a declared charset, when the caller found one (HTML `<meta charset>`);
5. otherwise strict cp1252 (Windows Western European, a superset of printable Latin-1).
Decoded text with more than 1% control characters (other than tab, newlines, form feed) is binary.
Limits: UTF-16 without a BOM reads as binary (it is full of NUL bytes); Latin-2, Cyrillic and other
single-byte code pages without a declaration are misread as cp1252 (mojibake, not an error).
"""

from __future__ import annotations

import codecs
import json
import re

from newssift.errors import BinaryInputError, EmptyInputError, EncodingError, SizeLimitError
from newssift.settings import Settings

BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01
HTML_TAG_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|title|meta|span|section)[\s>/]",
    re.IGNORECASE,
)


def check_size(size: int, name: str, settings: Settings, at_least: bool = False) -> None:
    """SizeLimitError when `size` bytes (or more, with `at_least`) exceed `settings.max_bytes`."""
    if size > settings.max_bytes:
        amount = f"more than {settings.max_bytes:,}" if at_least else f"{size:,}"
        raise SizeLimitError(
            f"{name}: {amount} bytes is over the max_bytes limit of {settings.max_bytes:,}; "
            f"{raise_hint('max_bytes')} to read it"
        )


def raise_hint(setting: str) -> str:
    """How to raise a limit setting: its CLI flag, environment variable and config-file key."""
    return (f"raise it with --{setting.replace('_', '-')}, NEWSSIFT_{setting.upper()} or "
            f"{setting} in newssift.toml")


def check_text(text: str, name: str, settings: Settings) -> None:
    """EmptyInputError for blank text, SizeLimitError over `settings.max_chars`."""
    if not text.strip():
        raise EmptyInputError(f"{name}: no text (empty or whitespace only)")
    if len(text) > settings.max_chars:
        raise SizeLimitError(
            f"{name}: {len(text):,} characters is over the max_chars limit of "
            f"{settings.max_chars:,}; {raise_hint('max_chars')} to analyse it"
        )


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """`(text, encoding)` of `data` by the module's rule; BinaryInputError when it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), name), encoding + "-bom"
            except UnicodeDecodeError as err:
                raise EncodingError(
                    f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {err.start + len(bom)}); re-save it as UTF-8"
                ) from None
    if b"\x00" in data:
        raise BinaryInputError(f"{name}: binary content (NUL bytes), not text; give a .txt, .html "
                               "or .jsonl file")
    for encoding in ("utf-8", _codec(declared), "cp1252"):
        if encoding is None:
            continue
        try:
            return _checked(data.decode(encoding), name), encoding
        except UnicodeDecodeError:
            continue
    raise BinaryInputError(f"{name}: not decodable as UTF-8 or cp1252 text; re-save it as UTF-8")


def is_text(data: bytes) -> bool:
    """True when `decode` would accept `data`."""
    try:
        decode(data, "")
    except (BinaryInputError, EncodingError):
        return False
    return True


def _checked(text: str, name: str) -> str:
    if len(CONTROL_RE.findall(text)) > MAX_CONTROL_SHARE * max(len(text), 1):
        raise BinaryInputError(f"{name}: binary content (control characters), not text; give a "
                               ".txt, .html or .jsonl file")
    return text


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` tag within its first 4 KB, if any."""
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def sniff(text: str) -> str:
    """"jsonl" when the first non-empty line is a JSON object (later bad lines are then reported
    one by one, as for a .jsonl file), "html" when it starts with `<` and has HTML tags, else
    "text"."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if _is_json_object(first):
        return "jsonl"
    if text.lstrip().startswith("<") and HTML_TAG_RE.search(text.encode("utf-8", "replace")):
        return "html"
    return "text"


def _is_json_object(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
