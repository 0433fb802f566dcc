"""Markdown to SourceLines with kinds, markup removed.

markdown-it-py does the parsing (CommonMark plus tables, strikethrough and
YAML front matter); this module only maps its tokens to our block kinds. Links
keep their text, images become caption lines from their alt text, and a short
line straight after an image (a photo credit such as "图/某某 摄") is a caption
too. Code blocks become plain paragraph lines, one per code line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml
from lxml import etree, html
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from reader.core.document import BlockKind, SourceLine
from reader.core.html_blocks import tree_to_lines

MAX_CREDIT_CHARS = 40  # a line after an image this short is its caption or credit
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_CREDIT_START = re.compile(r"^[（(]?(?:图|图片|摄影|摄|来源|photo|image)", re.I)

_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough").use(front_matter_plugin)


@dataclass(frozen=True)
class MarkdownDocument:
    lines: tuple[SourceLine, ...]
    meta: dict[str, str] = field(default_factory=dict)


def parse_markdown(text: str) -> MarkdownDocument:
    """Blocks of a Markdown text; meta gets the title (front matter, else first # heading)."""
    tokens = _PARSER.parse(text)
    lines: list[SourceLine] = []
    meta: dict[str, str] = {}
    containers: list[BlockKind] = []
    after_image = False
    for index, token in enumerate(tokens):
        kind = containers[-1] if containers else BlockKind.PARAGRAPH
        if token.type == "front_matter":
            meta.update(_front_matter(token.content))
        elif token.type == "blockquote_open":
            containers.append(BlockKind.QUOTE)
        elif token.type == "list_item_open":
            containers.append(BlockKind.LIST_ITEM)
        elif token.type in ("blockquote_close", "list_item_close") and containers:
            containers.pop()
        elif token.type in ("fence", "code_block"):
            lines.extend(SourceLine(row.strip(), kind) for row in token.content.splitlines())
            after_image = False
        elif token.type == "html_block":
            lines.extend(SourceLine(row, kind) for row in _html_text(token.content))
        elif token.type == "tr_open":
            cells = _row_cells(tokens, index)
            if cells:
                lines.append(SourceLine(" ".join(cells), kind))
        elif token.type == "inline" and not _in_table(tokens, index):
            opener = tokens[index - 1] if index else None
            if opener is not None and opener.type == "heading_open":
                kind = BlockKind.HEADING
                heading = _plain(token.children or [])
                if opener.tag == "h1" and heading and "title" not in meta:
                    meta["title"] = heading
            children = token.children or []
            lines.extend(_segments(children, kind, after_image))
            visible = [c for c in children if c.type not in ("softbreak", "hardbreak")]
            after_image = bool(visible) and visible[-1].type == "image"
    return MarkdownDocument(tuple(line for line in lines if line.text), meta)


def _front_matter(content: str) -> dict[str, str]:
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    found = {}
    for key in ("title", "author", "date"):
        value = data.get(key)
        if value is not None and not isinstance(value, (dict, list)):
            found[key] = " ".join(str(value).split())
    return found


def _segments(children: list[Token], kind: BlockKind, after_image: bool) -> Iterator[SourceLine]:
    """Yield a SourceLine per visual line of an inline run."""
    current: list[Token] = []
    follows_image = after_image
    for child in [*children, None]:
        if child is None or child.type == "hardbreak" or child.type == "image":
            text = _plain(current)
            if text:
                caption = follows_image and _is_credit(text, current)
                yield SourceLine(text, BlockKind.CAPTION if caption else kind)
                follows_image = False
            current = []
            if child is not None and child.type == "image":
                alt = " ".join((child.content or _plain(child.children or [])).split())
                if alt:
                    yield SourceLine(alt, BlockKind.CAPTION)
                follows_image = True
        elif child.type == "softbreak" and follows_image and not _plain(current):
            continue  # the break right after an image starts its credit line
        else:
            current.append(child)


def _is_credit(text: str, tokens: list[Token]) -> bool:
    if len(text) > MAX_CREDIT_CHARS:
        return False
    emphasised = bool(tokens) and tokens[0].type in ("em_open", "strong_open")
    return emphasised or bool(_CREDIT_START.match(text)) or text.endswith("摄")


def _plain(tokens: list[Token]) -> str:
    """Text of inline tokens with markup dropped; soft breaks join CJK without a space."""
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append("\n")
        elif token.type == "image":
            parts.append(token.content)
    text = "".join(parts)
    pieces = text.split("\n")
    joined = pieces[0]
    for piece in pieces[1:]:
        left, right = joined[-1:], piece[:1]
        glue = "" if _CJK.match(left) or _CJK.match(right) else " "
        joined = f"{joined}{glue}{piece}"
    return " ".join(joined.split())


def _in_table(tokens: list[Token], index: int) -> bool:
    opener = tokens[index - 1] if index else None
    return opener is not None and opener.type in ("th_open", "td_open")


def _row_cells(tokens: list[Token], index: int) -> list[str]:
    cells: list[str] = []
    for token in tokens[index + 1 :]:
        if token.type == "tr_close":
            break
        if token.type == "inline":
            cell = _plain(token.children or [])
            if cell:
                cells.append(cell)
    return cells


def _html_text(fragment: str) -> list[str]:
    """Visible text lines of an HTML block inside Markdown."""
    if not fragment.strip():
        return []
    fragment = _BAD_CHARS.sub("", fragment)
    try:
        element = html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, AssertionError, etree.ParserError):
        return []  # lxml asserts on stray document tags; such a block has no text to keep
    return [line.text for line in tree_to_lines(element)]
