"""Title, author, date, site name and URL of a web page.

Chinese pages rarely put the author where extractors look (``<meta name=author>``
usually holds the site). They write it in the text around the article, after a
label: 作者 / 记者 / 文 / 编辑 / 责任编辑 / 来源, "（记者 某某）", "由某某发表于".
The date likewise sits near the title ("发布时间：2022-02-13 04:22"), unless
the page states it in a meta tag or ``<time>``. So both are looked for first in
the lines around the extracted content, then in the page's metadata, then in
what trafilatura found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import trafilatura
from lxml import html

from reader.core.document import SourceLine
from reader.core.person_names import WRITER_RANK, bare_names, find_author

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

NEAR_LINES = 15  # page lines before/after the content that count as "around the article"
BYLINE_LINES = 4  # a bare line of names this close to the top is the byline
HEAD_LINES = 6  # content lines at its start (and end) where bylines and dates sit

_TIME = r"(?:\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?(?:\s*[AaPp][Mm])?)?"
_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)"
    + _TIME
    + r"(?!\d)"
)
# Month first, as American software prints it: "9/17/2004 5:54:13 AM".
_US_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(" + _TIME + r")(?![\d/])")
_YEAR_MONTH = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年\s*\d{1,2}\s*月")
_COPYRIGHT = re.compile(r"copyright|©|\(c\)|版权所有", re.I)
_DATE_LABEL = re.compile(r"发布|发表|时间|日期|更新|刊登|posted|published|date", re.I)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "datepublished",
    "sailthru.date",
)


def page_metadata(
    root: html.HtmlElement,
    markup: str,
    page_lines: Sequence[SourceLine],
    content: Sequence[SourceLine],
) -> dict[str, str]:
    """Metadata with keys title, author, date, sitename, url (only those found)."""
    found = _trafilatura_metadata(markup)
    edges, near = lines_around(page_lines, content)
    meta: dict[str, str] = {}
    title = found.get("title") or _first_text(root, "//title") or _first_text(root, "//h1")
    if title:
        meta["title"] = title
    page_texts = [line.text for line in page_lines]
    author = (
        find_author(edges, WRITER_RANK)
        or _byline_under_title(content)
        or find_author(near, WRITER_RANK)
        or find_author([*edges, *near])
        or find_author(page_texts)
        or _meta_person(root, found)
    )
    if author:
        meta["author"] = author
    date = _meta_date(root) or find_date([*edges, *near]) or found.get("date", "")
    if date:
        meta["date"] = date
    for key in ("sitename", "url"):
        if found.get(key):
            meta[key] = found[key]
    return meta


def lines_around(
    page_lines: Sequence[SourceLine], content: Sequence[SourceLine]
) -> tuple[list[str], list[str]]:
    """(the content's first and last lines, the page lines just before and after it),
    nearest to the start of the content first."""
    texts = [line.text for line in page_lines]
    body = [line.text for line in content]
    if not body:
        return [], texts[: 2 * NEAR_LINES]
    head = body[:HEAD_LINES]
    tail = body[-HEAD_LINES:] if len(body) > HEAD_LINES else []
    start = _index_of(texts, body[0], 0)
    if start < 0:
        return [*head, *tail], []
    end = _index_of(texts, body[-1], start)
    before = texts[max(0, start - NEAR_LINES) : start]
    after = texts[end + 1 : end + 1 + NEAR_LINES] if end >= 0 else []
    return [*head, *tail], [*reversed(before), *after]


def _byline_under_title(content: Sequence[SourceLine]) -> str:
    """A line of bare names among the first lines of the article (its byline)."""
    for line in content[1:BYLINE_LINES]:
        names = bare_names(line.text)
        if names:
            return " ".join(names)
    return ""


def _index_of(texts: list[str], wanted: str, start: int) -> int:
    try:
        return texts.index(wanted, start)
    except ValueError:
        return -1


def find_date(lines: Sequence[str]) -> str:
    """A labelled date first ("发布时间：…"), then one with a time of day, then any
    full date, then a year and month ("1998年3月号")."""
    dates: list[tuple[str, int, str]] = []
    for line in lines:
        dates.extend((line, m.start(), m.group(0)) for m in _DATE.finditer(line))
        dates.extend((line, m.start(), _iso_from_us(m)) for m in _US_DATE.finditer(line))
    for line, start, value in dates:
        if _DATE_LABEL.search(line[max(0, start - 12) : start]):
            return _tidy(value)
    for _, _, value in dates:
        if ":" in value or "：" in value:
            return _tidy(value)
    if dates:
        return _tidy(dates[0][2])
    for line in lines:
        month = _YEAR_MONTH.search(line)
        if month:
            return _tidy(month.group(0))
    return ""


def _iso_from_us(match: re.Match[str]) -> str:
    """ "9/17/2004 5:54 AM" as "2004-09-17 5:54 AM"; a first number over 12 is the day."""
    first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
    month, day = (second, first) if first > 12 else (first, second)
    return f"{year}-{month:02d}-{day:02d}{match.group(4)}"


def _tidy(value: str) -> str:
    return " ".join(value.split())


def _meta_date(root: html.HtmlElement) -> str:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content") or ""
        if key in _DATE_META and _DATE.search(content) and key not in values:
            values[key] = content.strip()
    for key in _DATE_META:
        if key in values:
            return values[key]
    for time in root.iter("time"):
        stamp = time.get("datetime") or time.text_content()
        if stamp and _DATE.search(stamp):
            return stamp.strip()
    return ""


def _meta_person(root: html.HtmlElement, found: dict[str, str]) -> str:
    """``<meta name=author>`` or trafilatura's author, if it reads as a person's name."""
    candidates = [found.get("author", "")]
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in ("author", "article:author", "dc.creator"):
            candidates.append(meta.get("content") or "")
    for value in candidates:
        value = _COPYRIGHT.sub(" ", value).strip()
        names = find_author([f"作者：{value}"]) if value else ""
        if names:
            return names
    return ""


def _first_text(root: html.HtmlElement, path: str) -> str:
    for element in root.xpath(path):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return ""


def _trafilatura_metadata(markup: str) -> dict[str, str]:
    try:
        document = trafilatura.extract_metadata(markup)
    except Exception:  # trafilatura lets parser and date errors through
        return {}
    found: dict[str, str] = {}
    for key in ("title", "author", "date", "sitename", "url"):
        value = getattr(document, key, None)
        if isinstance(value, str) and value.strip():
            found[key] = " ".join(value.split())
    return found
