"""Benchmark how an article's notes are found, each figure beside a floor from this run.

    .venv/bin/python benchmarks/notes_lookup.py [--quick]

1. The resemblance sketch (bottom-64 MinHash of character 5-grams) of a 1 MB file's
   text and of a 1 M character text, beside the content fingerprint (one sha256 of the
   same canonical text), which every open already computes.
2. The file digest remembered per path, beside reading the file's bytes.
3. ``NotesStore.open`` with 1,000 articles in the library: an unchanged article (found by
   fingerprint; no sketch needed), beside the same open with an empty library; and a
   moved and 1%-edited article (found by resemblance: sketch + scan of every entry).
4. The estimated resemblance of the text and its 1%-edited version, and of two
   different texts.

The articles are generated text (random common characters with frequent function
words, as in ``benchmarks/annotations.py``); no outside data is used.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from pathlib import Path

from reader.core.annotations import new_annotation
from reader.core.document import Article, ArticleMeta, BlockKind, build_blocks
from reader.core.fingerprint import content_fingerprint, content_sketch, file_digest, resemblance
from reader.core.library import LibraryEntry
from reader.core.store import NotesStore
from timing import median_of

COMMON = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会"


def paragraphs_of(rng: random.Random, chars: int) -> list[str]:
    result, total = [], 0
    while total < chars:
        words = [
            "".join(chr(rng.randint(0x4E00, 0x7FFF)) for _ in range(rng.randint(1, 4)))
            + rng.choice(COMMON)
            for _ in range(rng.randint(20, 60))
        ]
        paragraph = "".join(words) + "。"
        result.append(paragraph)
        total += len(paragraph) + 1
    return result


def edited(paragraphs: list[str], rng: random.Random, share: float) -> list[str]:
    """Rewrite ``share`` of the characters, in 100 places."""
    result = list(paragraphs)
    budget = int(sum(map(len, paragraphs)) * share / 100)
    for index in rng.sample(range(len(result)), min(100, len(result))):
        text = result[index]
        start = rng.randrange(0, max(1, len(text) - budget))
        replacement = "".join(chr(rng.randint(0x4E00, 0x7FFF)) for _ in range(budget))
        result[index] = text[:start] + replacement + text[start + budget :]
    return result


def article_at(path: Path, paragraphs: list[str]) -> Article:
    path.write_text("\n\n".join(paragraphs), "utf-8")
    blocks = build_blocks([(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return Article(path, "基准", ArticleMeta(), blocks, (), "utf-8", "text")




def fill_library(store: NotesStore, count: int, rng: random.Random) -> None:
    """``count`` entries of other articles, each with a real sketch of its own text."""
    entries = []
    for _ in range(count):
        text = "\n".join(paragraphs_of(rng, 400))
        record_id = uuid.uuid4().hex
        path = f"/nowhere/{record_id}.txt"
        entries.append(
            LibraryEntry(
                record_id=record_id,
                path=path,
                fingerprint=content_fingerprint(text),
                title="",
                last_opened="",
                reading_position=0,
                known_paths={path: ""},
                sketch=content_sketch(text),
            )
        )
    store.library.replace_all(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and entries")
    args = parser.parse_args(argv)
    runs, library_size = (3, 200) if args.quick else (9, 1000)
    rng = random.Random(5)
    content_sketch("预热")  # numpy's import is paid once per process, not per sketch
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        one_mb = paragraphs_of(rng, 1_000_000 // 3)  # CJK is 3 bytes a character in UTF-8
        file = root / "one-mb.txt"
        article = article_at(file, one_mb)
        size = file.stat().st_size
        text = article.text
        million = "\n".join(paragraphs_of(rng, 1_000_000))
        for label, sample in ((f"{size / 1e6:.2f} MB file", text), ("1 M characters", million)):
            rows.append(
                (
                    f"sketch of {label} ({len(sample):,} chars)",
                    median_of(runs, lambda sample=sample: content_sketch(sample)),
                    median_of(runs, lambda sample=sample: content_fingerprint(sample)),
                    "floor: content fingerprint",
                )
            )
        rows.append(
            (
                f"file digest of {size / 1e6:.2f} MB",
                median_of(runs, lambda: file_digest(file)),
                median_of(runs, file.read_bytes),
                "floor: read the bytes",
            )
        )

        empty = NotesStore(root / "empty")
        notes = empty.open(article)
        notes.add(new_annotation(text, 10, 20))
        notes.save()
        floor_open = median_of(runs, lambda: NotesStore(root / "empty").open(article))

        full = NotesStore(root / "full")
        fill_library(full, library_size, rng)
        notes = full.open(article)
        notes.add(new_annotation(text, 10, 20))
        notes.save()
        unchanged = median_of(runs, lambda: NotesStore(root / "full").open(article))
        rows.append(
            (
                f"open unchanged, {library_size:,} in library",
                unchanged,
                floor_open,
                "floor: same, library of 1",
            )
        )

        changed = edited(one_mb, rng, 0.01)
        moved_paths = []

        def open_moved() -> None:
            # Each run moves the article anew, so each one is found by resemblance.
            current = full.library.entries()[notes.record_id].path
            target = root / f"moved-{len(moved_paths)}.txt"
            Path(current).unlink(missing_ok=True)
            moved_paths.append(target)
            found = NotesStore(root / "full").open(article_at(target, changed))
            assert found.record_id == notes.record_id, "the moved article lost its notes"

        rows.append(
            (
                f"open moved + 1% edited, {library_size:,} in library",
                median_of(runs, open_moved),
                unchanged,
                "floor: open unchanged",
            )
        )

        sketch = content_sketch(text)
        one_percent = content_sketch("\n".join(changed))
        ten_percent = content_sketch("\n".join(edited(one_mb, rng, 0.10)))
        other = content_sketch("\n".join(paragraphs_of(rng, len(text))))
        quality = (
            f"resemblance: text vs 1% edited {resemblance(sketch, one_percent):.2f}, "
            f"vs 10% edited {resemblance(sketch, ten_percent):.2f}, "
            f"vs another text {resemblance(sketch, other):.2f} (threshold 0.50)"
        )

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'time':>10}  {'floor':>10}  ratio  note")
    for label, value, floor, note in rows:
        ratio = value / floor if floor else float("inf")
        print(f"{label:<{width}}  {value * 1e3:8.2f}ms  {floor * 1e3:8.2f}ms  {ratio:5.1f}  {note}")
    print(quality)
    return 0


if __name__ == "__main__":
    sys.exit(main())
