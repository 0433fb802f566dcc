"""Main-text, author and date extraction on real Chinese web pages, beside the libraries.

For each page in ``DATA/original/`` (default ``../shared/data/web-articles`` from the
repository root; read there, never copied into the project) three extractors run in
the same process and are scored against ``cleaned/``, ``author/`` and ``date/``:

- reader: ``reader.core.pipeline.open_article`` (loader + cleaner); the text is the
  Article's blocks, author and date are ``meta.author`` and ``meta.published``;
- trafilatura alone: ``trafilatura.extract`` / ``extract_metadata`` on the page
  decoded by reader's decoder (given raw bytes it mis-guesses GBK pages);
- readability alone: ``readability.Document(page).summary()`` on the same text.

Scoring is the reference scorer's (``../shared/tools/webscore.py``): whitespace and
zero-width characters removed, character 3-gram multisets, P = M/|E|, R = M/|G|,
macro means over pages (an empty extraction scores 0). Author: every gold name
(split on whitespace, 、，,;；/| and brackets) occurs in the author field with its
whitespace removed. Date: the gold's year[-month[-day]] agrees with some date in
the date field. Pages whose gold is UNKNOWN are not counted for that field.

Usage: .venv/bin/python benchmarks/web_extraction.py [--data PATH] [--pages]
"""

from __future__ import annotations

import argparse
import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from readability import Document

from reader.core.decoding import decode_bytes
from reader.core.errors import ReaderError
from reader.core.html_blocks import markup_to_lines
from reader.core.loading import declared_charsets
from reader.core.pipeline import open_article

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "web-articles"
NGRAM = 3

_STRIP = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_NAME_SPLIT = re.compile(r"[\s、，,;；/|()（）]+")
_GOLD_DATE = re.compile(r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?")
_ANY_DATE = re.compile(r"(?<!\d)(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?")


@dataclass(frozen=True)
class Extraction:
    text: str
    author: str
    date: str


@dataclass(frozen=True)
class Page:
    pid: str
    path: Path
    gold: str
    author: str
    date: str


@dataclass
class Tally:
    p: float = 0.0
    r: float = 0.0
    f: float = 0.0
    author_hits: int = 0
    author_known: int = 0
    date_hits: int = 0
    date_known: int = 0
    seconds: float = 0.0
    failures: int = 0


# --- scoring, as the reference scorer does it ---------------------------------------


def squeeze(text: str) -> str:
    return _STRIP.sub("", text or "")


def ngram_bag(text: str) -> Counter[str]:
    if not text:
        return Counter()
    if len(text) < NGRAM:
        return Counter([text])
    return Counter(text[i : i + NGRAM] for i in range(len(text) - NGRAM + 1))


def score(extracted: str, gold: str) -> tuple[float, float, float]:
    e, g = ngram_bag(squeeze(extracted)), ngram_bag(squeeze(gold))
    if not e or not g:
        return 0.0, 0.0, 0.0
    matched = sum((e & g).values())
    p, r = matched / sum(e.values()), matched / sum(g.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def known(value: str) -> bool:
    return bool(value) and value.strip().upper() not in ("UNKNOWN", "UNKNWON", "NONE", "")


def _date_parts(match: re.Match[str]) -> tuple[int, ...]:
    parts = [int(match.group(1))]
    if match.group(2) is not None:
        if not 1 <= int(match.group(2)) <= 12:
            return tuple(parts)
        parts.append(int(match.group(2)))
        if match.group(3) is not None and 1 <= int(match.group(3)) <= 31:
            parts.append(int(match.group(3)))
    return tuple(parts)


def gold_date(value: str) -> tuple[int, ...] | None:
    if not known(value):
        return None
    match = _GOLD_DATE.match(value)
    if not match or not 1900 <= int(match.group(1)) <= 2100:
        return None
    return _date_parts(match)


def author_match(gold: str, author: str) -> bool:
    have = squeeze(author).lower()
    names = [name for name in _NAME_SPLIT.split(gold.strip().lower()) if name]
    return bool(have) and bool(names) and all(name in have for name in names)


def date_match(gold: tuple[int, ...], date: str) -> bool:
    return any(_date_parts(match)[: len(gold)] == gold for match in _ANY_DATE.finditer(date))


# --- extractors -----------------------------------------------------------------------


def reader_pipeline(path: Path) -> Extraction:
    article = open_article(path)
    text = "\n".join(block.text for block in article.blocks)
    return Extraction(text, article.meta.author, article.meta.published)


def _decoded(path: Path) -> str:
    raw = path.read_bytes()
    return decode_bytes(raw, declared_charsets(raw)).text


def trafilatura_alone(path: Path) -> Extraction:
    page = _decoded(path)
    text = trafilatura.extract(page) or ""
    found = trafilatura.extract_metadata(page)
    return Extraction(text, found.author or "", found.date or "")


def readability_alone(path: Path) -> Extraction:
    document = Document(_decoded(path))
    text = "\n".join(item.line.text for item in markup_to_lines(document.summary()))
    author = document.author()
    return Extraction(text, "" if author == "[no-author]" else author, "")


EXTRACTORS: dict[str, Callable[[Path], Extraction]] = {
    "reader (loader + cleaner)": reader_pipeline,
    "trafilatura alone": trafilatura_alone,
    "readability-lxml alone": readability_alone,
}


# --- run ------------------------------------------------------------------------------


def load_pages(data: Path) -> list[Page]:
    def read(folder: str, pid: str) -> str:
        path = data / folder / f"{pid}.txt"
        return path.read_text(encoding="utf-8-sig").strip() if path.exists() else ""

    pages = []
    for path in sorted((data / "original").glob("*.html")):
        pid = path.stem
        gold = (data / "cleaned" / f"{pid}.txt").read_text(encoding="utf-8-sig")
        pages.append(Page(pid, path, gold, read("author", pid), read("date", pid)))
    return pages


def run(pages: list[Page], show_pages: bool) -> dict[str, Tally]:
    tallies = {name: Tally() for name in EXTRACTORS}
    for page in pages:
        cells = []
        for name, extractor in EXTRACTORS.items():
            tally = tallies[name]
            start = time.perf_counter()
            try:
                out = extractor(page.path)
            except (ReaderError, ValueError, TypeError, AttributeError) as exc:
                tally.failures += 1
                out = Extraction("", "", "")
                cells.append(f"failed: {type(exc).__name__}")
            tally.seconds += time.perf_counter() - start
            p, r, f = score(out.text, page.gold)
            tally.p, tally.r, tally.f = tally.p + p, tally.r + r, tally.f + f
            if known(page.author):
                tally.author_known += 1
                tally.author_hits += author_match(page.author, out.author)
            wanted = gold_date(page.date)
            if wanted is not None:
                tally.date_known += 1
                tally.date_hits += date_match(wanted, out.date)
            cells.append(f"{f:.3f}")
        if show_pages:
            print(f"{page.pid[:8]}  " + "  ".join(f"{cell:>8}" for cell in cells))
    return tallies


def print_table(tallies: dict[str, Tally], pages: int) -> None:
    print(f"# {pages} pages; figures are macro means; library rows are the floor, same run")
    header = (
        f"{'extractor':28} {'F1':>6} {'P':>6} {'R':>6} {'author':>12} {'date':>12} {'s/page':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, t in tallies.items():
        author = f"{t.author_hits}/{t.author_known} {t.author_hits / max(1, t.author_known):.2f}"
        date = f"{t.date_hits}/{t.date_known} {t.date_hits / max(1, t.date_known):.2f}"
        print(
            f"{name:28} {t.f / pages:6.3f} {t.p / pages:6.3f} {t.r / pages:6.3f}"
            f" {author:>12} {date:>12} {t.seconds / pages:7.3f}"
            + (f"  ({t.failures} failed)" if t.failures else "")
        )
    ours, floors = next(iter(tallies.values())), list(tallies.values())[1:]
    best = max(floor.f for floor in floors) / pages
    print(f"reader F1 {ours.f / pages:.3f} vs best library alone {best:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="web-articles folder")
    parser.add_argument("--pages", action="store_true", help="print each page's F1 per extractor")
    args = parser.parse_args(argv)
    data = args.data.resolve()
    if not (data / "original").is_dir():
        parser.error(f"no original/ folder in {data}")
    for name in ("trafilatura", "htmldate", "readability", "readability.readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    pages = load_pages(data)
    if not pages:
        parser.error(f"no pages in {data / 'original'}")
    print_table(run(pages, args.pages), len(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
