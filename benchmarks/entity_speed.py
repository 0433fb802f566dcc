"""Entity extraction speed on a 1 MB article beside plain ``jieba.posseg.lcut``.

The floor is plain jieba.posseg on the same text in the same run: extraction may
take at most 1.5 times as long. The article is the hand-cleaned texts of
``../shared/data/web-articles/cleaned/`` (real Chinese web articles, read from
there, never copied into the project) joined and repeated up to 1 MB of UTF-8.
Both sides are warmed up first; each figure is the best of --runs runs.

Usage: .venv/bin/python benchmarks/entity_speed.py [--megabytes 1] [--runs 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jieba
import jieba.posseg

from reader.core.entities import extract_entities, extract_spans, warm_up
from timing import best_of

BUDGET = 1.5  # extraction time / plain jieba.posseg time


def article(folder: Path, size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {folder}")
    base = "\n".join(t.strip() for t in texts)
    text = base
    while len(text.encode("utf-8")) < size:
        text += "\n" + base
    cut = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return cut




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--articles", type=Path, default=Path("../shared/data/web-articles/cleaned")
    )
    args = parser.parse_args()
    text = article(args.articles, int(args.megabytes * 1_000_000))

    jieba.setLogLevel(60)
    started = time.perf_counter()
    jieba.initialize()
    jieba.posseg.lcut("预热")
    jieba_load = time.perf_counter() - started
    started = time.perf_counter()
    warm_up()
    extract_entities("雷军在北京。")
    reader_load = time.perf_counter() - started

    floor = best_of(args.runs, lambda: jieba.posseg.lcut(text))
    spans = best_of(args.runs, lambda: extract_spans(text))
    entities = best_of(args.runs, lambda: extract_entities(text))
    count = len(extract_entities(text))

    size = len(text.encode("utf-8"))
    print(f"article: {size:,} bytes, {len(text):,} characters, {count:,} distinct entities")
    print(f"{'what':34}{'seconds':>9}{'x jieba':>9}{'budget':>8}")
    print(f"{'plain jieba.posseg.lcut (floor)':34}{floor:9.2f}{1.0:9.2f}{'':>8}")
    for name, secs in (("reader extract_spans", spans), ("reader extract_entities", entities)):
        verdict = "ok" if secs <= BUDGET * floor else "OVER"
        print(f"{name:34}{secs:9.2f}{secs / floor:9.2f}{BUDGET:7.1f}x {verdict}")
    print(f"load: plain jieba {jieba_load:.2f} s, reader warm_up {reader_load:.2f} s")


if __name__ == "__main__":
    main()
