"""An HTML tree to SourceLines: one line per block element, kinds from the markup.

Used for every extractor's output (readability's summary, trafilatura's HTML) and
for whole pages, so all of them are cut into blocks the same way. The walk is
iterative, so a pathologically deep page cannot exhaust the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html

from reader.core.document import BlockKind, SourceLine

_KINDS = {
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "head": BlockKind.HEADING,  # trafilatura's XML name for headings
    "blockquote": BlockKind.QUOTE,
    "quote": BlockKind.QUOTE,
    "li": BlockKind.LIST_ITEM,
    "item": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
}
_BLOCKS = frozenset(_KINDS) | {
    "address", "article", "aside", "body", "center", "details", "dialog", "div", "dl",
    "fieldset", "figure", "footer", "form", "header", "hr", "html", "list", "main",
    "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "doc", "main_text", "option",
}  # fmt: skip
BLOCK_TAGS = _BLOCKS  # tags that start a new line
_SPACES = re.compile(r"\s+")
_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "title", "iframe", "object", "embed",
    "svg", "math", "select", "button", "input", "textarea", "map", "canvas", "audio",
    "video", "meta", "link", "base",
})  # fmt: skip


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return "#special"
    return tag.rsplit("}", 1)[-1].lower()


@dataclass(frozen=True)
class HtmlLine:
    """A SourceLine plus the share of its characters that sit inside links."""

    line: SourceLine
    link_share: float


def tree_to_lines(root: etree._Element) -> list[SourceLine]:
    """Block-level text of ``root`` (an lxml element), whitespace collapsed, in order."""
    return [item.line for item in tree_to_html_lines(root)]


def tree_to_html_lines(root: etree._Element) -> list[HtmlLine]:
    """Like tree_to_lines, keeping each line's link share (navigation is mostly links)."""
    lines: list[HtmlLine] = []
    buffer: list[tuple[str, bool]] = []
    kinds: list[BlockKind] = []  # kinds of the open kind-bearing elements
    links = 0  # depth of open <a href> elements

    def flush() -> None:
        text = " ".join("".join(part for part, _ in buffer).split())
        if text:
            linked = sum(_visible(part) for part, in_link in buffer if in_link)
            share = min(1.0, linked / max(1, _visible(text))) if linked else 0.0
            kind = kinds[-1] if kinds else BlockKind.PARAGRAPH
            lines.append(HtmlLine(SourceLine(text, kind), share))
        buffer.clear()

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            if element.tail:
                buffer.append((element.tail, links > 0))
            continue
        tag = _tag(element)
        skipped = tag in _SKIPPED
        is_link = tag == "a" and bool(element.get("href"))
        if event == "start":
            if skipped:
                walker.skip_subtree()
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCKS:
                flush()
                if tag in _KINDS:
                    kinds.append(_KINDS[tag])
            links += is_link
            if element.text:
                buffer.append((element.text, links > 0))
            continue
        if not skipped:
            links -= is_link
            if tag in _BLOCKS:
                flush()
                if tag in _KINDS and kinds:
                    kinds.pop()
        if element.tail and element is not root:
            buffer.append((element.tail, links > 0))
    flush()
    return lines


def _visible(text: str) -> int:
    return len(text) - sum(len(gap) for gap in _SPACES.findall(text))


def markup_to_lines(markup: str) -> list[HtmlLine]:
    """Parse an HTML or XML string (an extractor's output) and cut it into lines."""
    if not markup.strip():
        return []
    try:
        root = html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return []
    return tree_to_html_lines(root)
