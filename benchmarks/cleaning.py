"""Benchmark the article cleaner on growing messy articles, beside a floor measured in
the same run.

    .venv/bin/python benchmarks/cleaning.py [--quick]

Two kinds of generated plain text (no outside data):

- messy: hard-wrapped paragraphs with 全角 indentation, numbered headings, image
  credits, promo and counter lines, and the second half of the body pasted again as
  one line per paragraph; 128 KB to 5 MB;
- ui: the article ``ui_startup.py`` opens (one paragraph per line, "第i段，" and
  clauses from a small vocabulary, so short phrases recur all over it), at 1 MB and
  5 MB, as it is and with its second half pasted again.

For each input it prints the time of ``clean`` (best of three), the floor (splitting
the same lines and normalising their whitespace, the least any cleaner must do), their
ratio, the time per MB (flat when cleaning is linear), and what happened to the pasted
copy: the share of its paragraphs removed as DUPLICATE ("—" when there is none) and the
number of original paragraphs removed (must be 0).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from invented_text import invented_article
from reader.core.cleaning import clean
from reader.core.document import LoadedDocument, RemovalReason, SourceLine
from reader.core.whitespace import normalise_line
from timing import best_of

COMMON = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会"
WRAP = 36  # characters per hard-wrapped line


def sentence(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(4, 9)):
        words.append("".join(chr(rng.randint(0x4E00, 0x7FFF)) for _ in range(rng.randint(1, 3))))
        words.append(rng.choice(COMMON))
    return "".join(words) + rng.choice("，。。；")


def paragraph(rng: random.Random) -> str:
    return "".join(sentence(rng) for _ in range(rng.randint(3, 8))).rstrip("，；") + "。"


def messy_article(size_bytes: int, seed: int = 1) -> tuple[list[str], int]:
    """Lines of a messy article of about ``size_bytes`` UTF-8 bytes, and how many body
    paragraphs its pasted copy repeats."""
    rng = random.Random(seed)
    body: list[str] = []
    total = 0
    while total < size_bytes * 2 // 3:
        text = paragraph(rng)
        body.append(text)
        total += len(text.encode("utf-8"))
    lines = ["一篇很长的测试文章", "", "测试账号", "2天前", "", "点击上方蓝字关注我们", ""]
    for index, text in enumerate(body):
        if index % 12 == 0:
            lines += [f"{'一二三四五六七八九十'[index // 12 % 10]}、第{index // 12 + 1}部分", ""]
        indented = "\u3000\u3000" + text
        lines += [indented[i : i + WRAP] for i in range(0, len(indented), WRAP)]
        lines.append("")
        if index % 9 == 4:
            lines += ["图源：视觉中国", ""]
    lines += ["编辑：测试  审核：测试", "", "阅读 1.2万", "赞 32 在看 12", ""]
    copied = body[len(body) // 2 :]
    lines += copied
    return lines, len(copied)


def ui_article(size_bytes: int, pasted: bool) -> tuple[list[str], int]:
    """ui_startup's invented article, optionally with its second half pasted again."""
    lines = invented_article(size_bytes).rstrip("\n").split("\n")
    copied = lines[len(lines) // 2 :] if pasted else []
    return lines + copied, len(copied)




def measure(label: str, lines: list[str], copied: int) -> str:
    """One table row: clean beside the floor, and what became of the pasted copy."""
    document = LoadedDocument(
        Path("bench.txt"), "text", "utf-8", tuple(SourceLine(line) for line in lines), {}
    )
    clean_time = best_of(3, lambda: clean(document))
    floor_time = best_of(3, lambda: [normalise_line(line) for line in lines])
    article = clean(document)
    first_copy_line = len(lines) - copied
    duplicates = [r for r in article.removed if r.reason is RemovalReason.DUPLICATE]
    in_copy = sum(1 for r in duplicates if r.position >= first_copy_line)
    originals = len(duplicates) - in_copy
    megabytes = sum(len(line.encode("utf-8")) + 1 for line in lines) / 2**20
    removed = f"{in_copy / copied:.1%}" if copied else "—"
    return (
        f"{label:>11} {megabytes:>6.2f}MB {len(lines):>7} {clean_time:>8.3f} {floor_time:>8.3f} "
        f"{clean_time / floor_time:>6.1f} {clean_time / megabytes:>9.3f} "
        f"{removed:>13} {originals:>18}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the smaller sizes")
    args = parser.parse_args()
    messy_sizes = [128, 256, 512, 1024, 2048, 5120][: 2 if args.quick else 6]
    ui_sizes = [1_000_000, 5_000_000][: 1 if args.quick else 2]
    print(
        f"{'input':>11} {'size':>8} {'lines':>7} {'clean s':>8} {'floor s':>8} {'ratio':>6} "
        f"{'s per MB':>9} {'copy removed':>13} {'originals removed':>18}",
        flush=True,
    )
    for kib in messy_sizes:
        print(measure("messy", *messy_article(kib * 1024)), flush=True)
    for size in ui_sizes:
        for pasted in (False, True):
            label = "ui + copy" if pasted else "ui"
            print(measure(label, *ui_article(size, pasted)), flush=True)


if __name__ == "__main__":
    main()
