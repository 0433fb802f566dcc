"""Named-entity quality of reader's extractor beside plain jieba.posseg, same run.

Reads the public gold sets in ``../shared/data/ner/`` (relative to the repository
root; never copied into the project): CLUENER2020 dev and Weibo NER dev. Scores
person / place / organization only (numbers, times and products are panel extras
the gold sets do not annotate):

- exact-span micro precision / recall / F1, per kind and overall;
- per-sentence untyped entity-set F1 (the distinct strings a panel would list).

Label mapping as in ``../shared/data/README.md``: CLUENER name -> person,
address/scene -> place, organization/company/government -> organization; Weibo
PER.NAM -> person, LOC.NAM/GPE.NAM -> place, ORG.NAM -> organization.
Plain jieba maps nr/nrfg/nrt -> person, ns -> place, nt -> organization.

Usage: .venv/bin/python benchmarks/ner.py [--limit N] [--data-dir PATH]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import jieba
import jieba.posseg

from reader.core.entities import extract_spans, warm_up

KINDS = ("person", "place", "organization")
Gold = set[tuple[int, int, str]]
Extractor = Callable[[str], Gold]

CLUENER_KINDS = {
    "name": "person",
    "address": "place",
    "scene": "place",
    "organization": "organization",
    "company": "organization",
    "government": "organization",
}
WEIBO_KINDS = {
    "PER.NAM": "person",
    "LOC.NAM": "place",
    "GPE.NAM": "place",
    "ORG.NAM": "organization",
}
JIEBA_KINDS = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nt": "organization",
}


def load_cluener(path: Path) -> list[tuple[str, Gold]]:
    """Records are JSON objects one after another (pretty-printed); end inclusive."""
    raw, decoder, pos, out = path.read_text(encoding="utf-8"), json.JSONDecoder(), 0, []
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            return out
        record, pos = decoder.raw_decode(raw, pos)
        gold: Gold = set()
        for label, surfaces in (record.get("label") or {}).items():
            kind = CLUENER_KINDS.get(label)
            for pairs in surfaces.values() if kind else ():
                gold.update((start, end + 1, kind) for start, end in pairs)
        out.append((record["text"], gold))


def _bio_spans(tags: list[str]) -> Gold:
    spans: Gold = set()
    start, current = 0, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        kind = WEIBO_KINDS.get(label)
        if current is not None and (kind is None or prefix == "B" or kind != current):
            spans.add((start, i, current))
            current = None
        if kind is not None and current is None:
            start, current = i, kind
    return spans


def load_weibo(path: Path) -> list[tuple[str, Gold]]:
    """One "char<digit>\\tTAG" a line, a blank line between messages."""
    out, chars, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
        if not line.strip():
            if chars:
                out.append(("".join(chars), _bio_spans(tags)))
            chars, tags = [], []
            continue
        cells = line.split("\t") if "\t" in line else line.split()
        chars.append(cells[0][0])
        tags.append(cells[-1])
    return out


def ours(text: str) -> Gold:
    return {(s, e, k.value) for s, e, k in extract_spans(text) if k.value in KINDS}


def plain_jieba(text: str) -> Gold:
    spans, pos = set(), 0
    for pair in jieba.posseg.cut(text):
        kind = JIEBA_KINDS.get(pair.flag)
        if kind:
            spans.add((pos, pos + len(pair.word), kind))
        pos += len(pair.word)
    return spans


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(data: list[tuple[str, Gold]], preds: Iterable[Gold]) -> dict[str, tuple[float, ...]]:
    counts = {key: [0, 0, 0] for key in (*KINDS, "micro", "set")}
    for (text, gold), pred in zip(data, preds, strict=True):
        for key in (*KINDS, "micro"):
            g = {x for x in gold if key == "micro" or x[2] == key}
            p = {x for x in pred if key == "micro" or x[2] == key}
            counts[key][0] += len(g & p)
            counts[key][1] += len(p - g)
            counts[key][2] += len(g - p)
        g_set = {text[s:e] for s, e, _ in gold}
        p_set = {text[s:e] for s, e, _ in pred}
        counts["set"][0] += len(g_set & p_set)
        counts["set"][1] += len(p_set - g_set)
        counts["set"][2] += len(g_set - p_set)
    return {key: _prf(*c) for key, c in counts.items()}


def run(name: str, data: list[tuple[str, Gold]], extractors: dict[str, Extractor]) -> None:
    chars = sum(len(text) for text, _ in data)
    print(f"\n{name}: {len(data)} sentences, {chars} characters")
    header = f"{'system':14}" + "".join(f"{k[:6] + ' P/R/F1':>21}" for k in (*KINDS, "micro"))
    print(header + f"{'set F1':>8}{'sent/s':>9}")
    for label, extract in extractors.items():
        started = time.perf_counter()
        preds = [extract(text) for text, _ in data]
        rate = len(data) / (time.perf_counter() - started)
        res = score(data, preds)
        cells = "".join(
            f"{100 * res[k][0]:7.1f}{100 * res[k][1]:7.1f}{100 * res[k][2]:7.1f}"
            for k in (*KINDS, "micro")
        )
        print(f"{label:14}{cells}{100 * res['set'][2]:8.1f}{rate:9.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=2000, help="sentences per set (as nerscore)")
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data/ner"))
    args = parser.parse_args()
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.lcut("初始化")
    warm_up()
    sets = {
        "CLUENER dev": load_cluener(args.data_dir / "cluener-dev.json"),
        "Weibo dev": load_weibo(args.data_dir / "weibo-dev.conll"),
    }
    for name, data in sets.items():
        rows = [(text.replace("\n", " "), gold) for text, gold in data[: args.limit]]
        run(name, rows, {"jieba.posseg": plain_jieba, "reader": ours})


if __name__ == "__main__":
    main()
