"""Turn a file on disk into a LoadedDocument: decoded lines plus metadata.

Formats, by extension: ``.txt`` (one SourceLine per physical line, blank lines
kept as ""), ``.md``/``.markdown``, ``.html``/``.htm`` and ``.mhtml``/``.mht``.
Any other extension is sniffed: MIME headers are MHTML, HTML-looking content is
HTML, anything else is plain text. A misnamed file is read as what it holds when
that is unmistakable: an ``.html`` file without a single tag is text, a ``.txt``
file that is a whole saved page (``<!doctype html>``/``<html>``, MIME headers) is
that page.

Every failure is a ``LoadError(path, reason, code)`` with a short reason: a missing
or unreadable file, a folder, an empty file, a binary or undecodable file, and
a file larger than ``MAX_FILE_BYTES`` (20 MB: far beyond any article, small
enough that a mistaken choice of file cannot exhaust memory). Nothing else
escapes, parser errors of the libraries included.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.decoding import DecodedText, DecodingError, decode_bytes
from reader.core.document import LoadedDocument, SourceLine
from reader.core.errors import ErrorCode, LoadError
from reader.core.html_extraction import PageError, extract_page
from reader.core.markdown_blocks import parse_markdown
from reader.core.mhtml import MhtmlError, html_part, looks_like_mhtml
from reader.core.page_metadata import page_metadata

MAX_FILE_BYTES = 20 * 1024 * 1024

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div"
    rb"|p|article|section|h[1-6]|table|span|a)[\s>/]",
    re.I | re.S,
)
_WHOLE_PAGE_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.I | re.S,
)
_MARKUP = re.compile(rb"<(?:[a-z][-a-z0-9]*|/[a-z][-a-z0-9]*|!--|!doctype)[\s>/]", re.I)
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([-\w.:]+)""", re.I)


def load_document(path: Path | str) -> LoadedDocument:
    """Read, decode and split ``path``; raises LoadError naming the file and the reason."""
    path = Path(path)
    raw = read_limited(path)
    kind = _EXTENSIONS.get(path.suffix.lower()) or sniff_format(raw)
    if kind == "html" and not _MARKUP.search(raw):
        kind = "text"  # plain text saved under a page's name: its line breaks are its paragraphs
    elif kind == "text" and (looks_like_mhtml(raw) or _WHOLE_PAGE_START.match(raw[:4096])):
        kind = sniff_format(raw)  # a saved page named .txt: read the page, not its markup
    try:
        if kind == "mhtml":
            return _load_mhtml(path, raw)
        if kind == "html":
            return _load_html(path, raw, declared_charsets(raw), kind, url="")
        decoded = decode_bytes(raw)
        if not decoded.text.strip():
            raise LoadError(path, "the file is empty", ErrorCode.EMPTY)
        if kind == "markdown":
            markdown = parse_markdown(_normalise_newlines(decoded.text))
            if not markdown.lines:
                raise LoadError(path, "the Markdown file has no text", ErrorCode.NO_TEXT)
            return LoadedDocument(path, kind, decoded.encoding, markdown.lines, markdown.meta)
        return LoadedDocument(path, "text", decoded.encoding, text_lines(decoded.text), {})
    except (DecodingError, MhtmlError) as exc:
        raise LoadError(path, exc.reason, exc.code) from exc
    except PageError as exc:
        reason = f"the page could not be parsed ({exc})"
        raise LoadError(path, reason, ErrorCode.UNPARSABLE, {"detail": str(exc)}) from exc
    except (RecursionError, MemoryError) as exc:
        raise LoadError(path, "the file is too deeply nested to read", ErrorCode.TOO_DEEP) from exc


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing folders, empty files and files over MAX_FILE_BYTES."""
    try:
        if path.is_dir():
            raise LoadError(path, "this is a folder, not a file", ErrorCode.IS_FOLDER)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(path)
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise LoadError(path, "the file does not exist", ErrorCode.MISSING) from exc
    except PermissionError as exc:
        reason = "permission denied: the file cannot be read"
        raise LoadError(path, reason, ErrorCode.UNREADABLE) from exc
    except OSError as exc:
        detail = str(exc.strerror or exc)
        reason = f"cannot read the file ({detail})"
        raise LoadError(path, reason, ErrorCode.READ_FAILED, {"detail": detail}) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(path)
    if not raw.strip(b" \t\r\n\x0b\x0c") or raw in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise LoadError(path, "the file is empty", ErrorCode.EMPTY)
    return raw


def _too_large(path: Path) -> LoadError:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    reason = f"the file is larger than {limit} MB"
    return LoadError(path, reason, ErrorCode.TOO_LARGE, {"limit_mb": limit})


def sniff_format(raw: bytes) -> str:
    """Format of a file whose extension says nothing: "mhtml", "html" or "text"."""
    if looks_like_mhtml(raw):
        return "mhtml"
    head = raw[:4096].removeprefix(b"\xef\xbb\xbf")
    return "html" if _HTML_START.match(head) else "text"


def declared_charsets(raw: bytes) -> tuple[str, ...]:
    """Charsets an HTML page names for itself (XML declaration, then meta tags)."""
    head = raw[:16384]
    found = [m.decode("ascii", "replace") for m in _XML_ENCODING.findall(head)]
    found.extend(m.decode("ascii", "replace") for m in _CHARSET.findall(head))
    return tuple(dict.fromkeys(found))


def text_lines(text: str) -> tuple[SourceLine, ...]:
    """One SourceLine per physical line; a final newline does not add an empty line."""
    lines = _normalise_newlines(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(SourceLine(line) for line in lines)


def _normalise_newlines(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _load_mhtml(path: Path, raw: bytes) -> LoadedDocument:
    page = html_part(raw)
    declared = ((page.charset,) if page.charset else ()) + declared_charsets(page.html)
    return _load_html(path, page.html, declared, "mhtml", page.url)


def _load_html(
    path: Path, raw: bytes, declared: tuple[str, ...], kind: str, url: str
) -> LoadedDocument:
    decoded: DecodedText = decode_bytes(raw, declared)
    page = extract_page(decoded.text)
    if not page.lines:
        raise LoadError(path, "the page has no visible text", ErrorCode.NO_TEXT)
    meta = page_metadata(page.root, page.markup, page.page_lines, page.lines)
    if url and "url" not in meta:
        meta["url"] = url
    return LoadedDocument(path, kind, decoded.encoding, page.lines, meta)
