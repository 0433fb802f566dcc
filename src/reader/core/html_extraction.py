"""Main content of a web page, as SourceLines with kinds.

No single extractor is right on Chinese pages: readability-lxml keeps the one
container it scores best, which is precise but sometimes the wrong container
(a data table instead of the prose around it); trafilatura keeps more, which
recovers such prose but also keeps navigation, headline lists and replies on
forum and blog pages. So both run, and the choice between them rests on two
general signals:

- prose: characters in lines that read as sentences (Chinese sentence
  punctuation, not a bare link label). Readability's result is kept unless
  trafilatura found far more prose (then readability chose the wrong box).
- posts: a page that lists several dated posts (a blog's front page, a forum
  thread with its replies) has a timestamp line opening each post; only the
  first post is the article.

Malformed markup is repaired first: anchors without ``href`` are only
bookmarks, yet an unclosed ``<a name=...>`` makes both extractors score the
whole post as link text, so they are unwrapped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree, html
from readability import Document

from reader.core.document import SourceLine
from reader.core.html_blocks import BLOCK_TAGS, HtmlLine, markup_to_lines, tree_to_lines

for _name in ("trafilatura", "htmldate", "readability", "readability.readability", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WRAPPED = re.compile(r"<(?:html|body)[\s>]", re.I)
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SENTENCE_MARK = re.compile(r"[，。！？；：、“”,.!?;]")
# A date with a time of day; forums often leave the year out ("08-15 14:16").
_TIMESTAMP = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}[:：]\d\d"
)
_SPACES = re.compile(r"\s+")
MAX_LINK_SHARE = 0.5  # a line with more of its text in links is navigation, not prose

PROSE_FACTOR = 2.0  # trafilatura replaces readability only with this much more prose
PROSE_MARGIN = 200  # ... and at least this many more characters of it
RECALL_RUN_MAX_CHARS = 1_000_000  # larger pages skip trafilatura's second (recall) run: seconds
MAX_STAMP_LINE = 80  # a post header or footer line is short; longer dated lines are prose
MIN_FIRST_POST = 100  # prose characters a first post needs before later posts are cut
MAX_NESTING = 200  # deeper elements are unwrapped (libxml2's default parser stops at 256)


@dataclass(frozen=True)
class ExtractedPage:
    lines: tuple[SourceLine, ...]  # the main content
    page_lines: tuple[SourceLine, ...]  # every visible block of the page, for metadata
    root: html.HtmlElement  # the repaired page, for metadata
    markup: str  # the repaired page as a string


class PageError(ValueError):
    """The markup could not be parsed at all."""


def parse_page(text: str) -> html.HtmlElement:
    """Parse page text into a repaired tree; raises PageError if lxml cannot."""
    text = _BAD_CHARS.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not _WRAPPED.search(text):
        text = f"<html><body>{text}</body></html>"
    # libxml2 stops at 256 levels of nesting and silently drops the rest; pages with many
    # unclosed tags (<div>, <font>) reach that. Parse with its larger limit and refuse a
    # page past even that (extract_page flattens the rest).
    parser = html.HTMLParser(huge_tree=True)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(str(exc) or "no markup") from exc
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise PageError("it is nested too deeply to read whole")
    for anchor in root.iter("a"):
        if not anchor.get("href"):
            anchor.drop_tag()
    return root


def _flatten_deep(root: html.HtmlElement, limit: int) -> bool:
    """Unwrap elements nested deeper than ``limit``, keeping their text in order and a line
    break where a block was, so every later parse of the markup sees the whole page.
    True if there were any."""
    deep: list[html.HtmlElement] = []
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        for child in element:
            if not isinstance(child.tag, str):
                continue  # comments and processing instructions
            if depth + 1 > limit and child.tag != "br":
                deep.append(child)
            stack.append((child, depth + 1))
    for element in reversed(deep):  # innermost first, so each unwrap is cheap
        if element.tag in BLOCK_TAGS:
            element.addprevious(etree.Element("br"))
        element.drop_tag()
    return bool(deep)


def extract_page(text: str) -> ExtractedPage:
    """Main content and the whole page's lines, from decoded page text."""
    root = parse_page(text)
    too_deep = _flatten_deep(root, MAX_NESTING)
    markup = html.tostring(root, encoding="unicode")
    page_lines = tuple(tree_to_lines(root.body if root.find("body") is not None else root))
    if too_deep:
        # Such nesting comes from unclosed tags, so each container holds all that follows
        # it: the extractors, keeping one container, would keep only the tail. The cleaner
        # removes the page's boilerplate from the whole of it instead.
        return ExtractedPage(page_lines, page_lines, root, markup)
    candidates = [
        _readability_lines(markup),
        _trafilatura_lines(markup, favor_precision=True),
    ]
    if len(markup) <= RECALL_RUN_MAX_CHARS:
        candidates.append(_trafilatura_lines(markup, favor_precision=False))
    chosen = first_post(choose_content(candidates))
    lines = [item.line for item in chosen] or list(page_lines)
    return ExtractedPage(tuple(lines), page_lines, root, markup)


def _readability_lines(markup: str) -> list[HtmlLine]:
    try:
        return markup_to_lines(Document(markup).summary(html_partial=True))
    except Exception:  # readability raises bare Exceptions on pages it cannot score
        return []


def _trafilatura_lines(markup: str, favor_precision: bool) -> list[HtmlLine]:
    try:
        result = trafilatura.extract(
            markup,
            output_format="html",
            include_comments=False,
            include_tables=True,
            include_links=True,
            favor_precision=favor_precision,
        )
    except Exception:  # trafilatura lets lxml and its own errors through
        return []
    return markup_to_lines(result or "")


def _squeezed_length(text: str) -> int:
    return len(text) - sum(len(gap) for gap in _SPACES.findall(text))


def is_prose(item: HtmlLine) -> bool:
    """A line that reads as a sentence rather than a label or a link."""
    text = item.line.text
    return (
        item.link_share <= MAX_LINK_SHARE
        and _squeezed_length(text) >= 10
        and bool(_SENTENCE_MARK.search(text))
    )


def prose_chars(lines: list[HtmlLine]) -> int:
    return sum(_squeezed_length(item.line.text) for item in lines if is_prose(item))


def choose_content(candidates: list[list[HtmlLine]]) -> list[HtmlLine]:
    """The first candidate (most precise first) that did not miss most of the prose.

    A candidate missed the prose when another one holds ``PROSE_FACTOR`` times as
    much plus ``PROSE_MARGIN`` characters: it picked the wrong part of the page."""
    prose = [prose_chars(lines) for lines in candidates]
    most = max(prose, default=0)
    for lines, amount in zip(candidates, prose, strict=True):
        if lines and PROSE_FACTOR * amount + PROSE_MARGIN > most:
            return lines
    return next((lines for lines in candidates if lines), [])


def first_post(lines: list[HtmlLine]) -> list[HtmlLine]:
    """Keep the first post when the content is a run of several dated posts.

    Several posts show as three or more short lines carrying a timestamp (a date
    with a time of day: post headers and footers, not a timeline's sentences); the
    first post ends before the second such line, provided it has some prose of its
    own. Otherwise the lines are returned unchanged."""
    stamped = [
        i
        for i, item in enumerate(lines)
        if len(item.line.text) <= MAX_STAMP_LINE and _TIMESTAMP.search(item.line.text)
    ]
    if len(stamped) < 3:
        return lines
    head = lines[: stamped[1]]
    if prose_chars(head) < MIN_FIRST_POST:
        return lines
    return head
