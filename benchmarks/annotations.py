"""Benchmark the notes store and re-anchoring, each beside a floor measured in this run.

    .venv/bin/python benchmarks/annotations.py [--quick]

1. Save 10,000 annotations and load them back, beside a bare ``json.dumps`` +
   ``os.replace`` of the same data (and ``json.loads`` to read it). The store adds
   locking, the previous version as ``.bak``, fsync, and on load, parsing into objects
   and anchoring every annotation.
2. Re-anchor 1,000 annotations on a 1 MB article after 1% of it was edited, beside a
   plain ``str.find`` of every quote. Also reports where they landed: those whose passage
   the edits did not touch must land exactly on it.

The article is generated text (random common characters with frequent function words,
so short quotes repeat); no outside data is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reader.core.anchoring import AnchorState, anchor_all
from reader.core.annotations import Annotation, Color, new_annotation
from reader.core.document import Article, ArticleMeta, BlockKind, build_blocks
from reader.core.store import NotesStore
from timing import best_of, median_of

COMMON = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会"
FILLERS = ["我们", "但是", "因为", "所以", "已经", "一个", "没有", "时候", "自己", "这个"]


def sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.3:
            parts.append(rng.choice(FILLERS))
        else:
            parts.append(
                "".join(chr(rng.randint(0x4E00, 0x7FFF)) for _ in range(rng.randint(1, 4)))
            )
        parts.append(rng.choice(COMMON))
    return "".join(parts) + rng.choice("，。；！？")


def make_paragraphs(rng: random.Random, size: int) -> list[str]:
    paragraphs, total = [], 0
    while total < size:
        paragraph = "".join(sentence(rng) for _ in range(rng.randint(3, 10)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return paragraphs


def make_article(paragraphs: list[str], path: Path) -> Article:
    blocks = build_blocks([(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return Article(path, "基准", ArticleMeta(), blocks, (), "utf-8", "text")


def annotations_on(text: str, count: int, rng: random.Random) -> list[Annotation]:
    result = []
    for _ in range(count):
        length = rng.randint(4, 40)
        start = rng.randrange(0, len(text) - length)
        result.append(
            new_annotation(
                text, start, start + length, color=rng.choice(list(Color)), comment="批注" * 5
            )
        )
    return result


def measured(runs: int, fn: Callable[[], object]) -> float:
    """The best of one or two runs, the median of three or more."""
    return best_of(runs, fn) if runs < 3 else median_of(runs, fn)


def bench_store(count: int, runs: int) -> list[tuple[str, float, float, str]]:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        article = make_article(make_paragraphs(rng, 200_000), root / "a.txt")
        annotations = annotations_on(article.text, count, rng)

        def save_all() -> None:
            store = NotesStore(root / f"data-{time.perf_counter_ns()}")
            notes = store.open(article)
            for a in annotations:
                notes.add(a)
            t0 = time.perf_counter()
            notes.save()
            timings.append(time.perf_counter() - t0)

        timings: list[float] = []
        for _ in range(runs):
            save_all()
        save = statistics.median(timings)

        store = NotesStore(root / "data")
        notes = store.open(article)
        for a in annotations:
            notes.add(a)
        notes.save()
        notes.set_reading_position(notes.reading_position + 1)
        resave = measured(
            runs, lambda: (notes.set_reading_position(notes.reading_position + 1), notes.save())
        )
        load = measured(runs, lambda: NotesStore(root / "data").open(article))

        payload = {"schema": 2, "annotations": [a.to_dict() for a in annotations]}
        floor_path = root / "floor.json"

        def floor_save() -> None:
            tmp = root / "floor.json.tmp"
            tmp.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
            os.replace(tmp, floor_path)

        floor_write = measured(runs, floor_save)
        floor_read = measured(runs, lambda: json.loads(floor_path.read_text("utf-8")))
        size = notes.path.stat().st_size
    return [
        (f"save {count:,} annotations (first write)", save, floor_write, f"{size / 1e6:.1f} MB"),
        (f"save again after 1 change ({count:,} held)", resave, floor_write, "no re-read"),
        (f"open: read + parse + anchor {count:,}", load, floor_read, ""),
    ]


def edit_one_percent(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace 1% of the text in 100 places; returns the new text and the edits as
    (old start, old end, new length), sorted."""
    budget, places = len(text) // 100, 100
    starts = sorted(rng.sample(range(0, len(text) - 200), places))
    edits, pieces, last = [], [], 0
    for start in starts:
        if start < last:
            continue
        cut = rng.randint(0, 2 * budget // places)
        new = sentence(rng)[: rng.randint(0, 2 * budget // places)]
        pieces.append(text[last:start])
        pieces.append(new)
        edits.append((start, start + cut, len(new)))
        last = start + cut
    pieces.append(text[last:])
    return "".join(pieces), edits


def true_position(edits: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """Where an untouched passage is after the edits, None if an edit touched it."""
    shift = 0
    for e_start, e_end, new_length in edits:
        if e_start >= end:
            break
        if e_end <= start and not (e_start == e_end == start):
            shift += new_length - (e_end - e_start)
        else:
            return None
    return start + shift


def bench_anchoring(
    size: int, count: int, runs: int
) -> tuple[list[tuple[str, float, float, str]], str]:
    rng = random.Random(2)
    paragraphs = make_paragraphs(rng, size)
    text = "\n".join(paragraphs)
    annotations = annotations_on(text, count, rng)
    new_text, edits = edit_one_percent(text, rng)
    elapsed = measured(runs, lambda: anchor_all(new_text, annotations))
    floor = measured(runs, lambda: [new_text.find(a.exact) for a in annotations])
    unchanged = measured(runs, lambda: anchor_all(text, annotations))
    anchors = anchor_all(new_text, annotations)
    states = Counter(x.state for x in anchors.values())
    untouched = right = 0
    for a in annotations:
        expected = true_position(edits, a.start, a.end)
        if expected is not None:
            untouched += 1
            right += anchors[a.id].start == expected
    quality = (
        f"after the edit: {states[AnchorState.ANCHORED]} anchored, {states[AnchorState.MOVED]} "
        f"moved, {states[AnchorState.ORPHANED]} orphaned; {right} of {untouched} untouched "
        f"passages placed exactly; {count - untouched} passages were hit by an edit"
    )
    rows = [
        (
            f"re-anchor {count:,} on {len(new_text) / 1e6:.2f} M chars, 1% edited",
            elapsed,
            floor,
            "floor: str.find each",
        ),
        (f"anchor {count:,} on the unchanged text", unchanged, floor, "floor: str.find each"),
    ]
    return rows, quality


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else 3
    count = 1_000 if args.quick else 10_000
    rows = bench_store(count, runs)
    anchoring_rows, quality = bench_anchoring(100_000 if args.quick else 1_000_000, 1_000, runs)
    rows += anchoring_rows
    print(f"{'task':<52} {'reader':>10} {'floor':>10} {'ratio':>7}  note")
    for name, ours, floor, note in rows:
        print(
            f"{name:<52} {ours * 1000:>8.1f}ms {floor * 1000:>8.1f}ms {ours / floor:>6.1f}x  {note}"
        )
    print(quality)
    return 0


if __name__ == "__main__":
    sys.exit(main())
