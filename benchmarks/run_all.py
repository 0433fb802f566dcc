"""Run every benchmark in turn and print their tables (``make benchmarks``).

Each benchmark is its own script, run in a fresh interpreter so one's imports and
caches do not flatter the next. Benchmarks that read ``../shared/data`` say so and
stop when it is absent. Figures are timings on a shared machine: compare each one
with the floor printed beside it in the same run, not with another run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "web_extraction.py",
    "cleaning.py",
    "ner.py",
    "entity_speed.py",
    "annotations.py",
    "notes_lookup.py",
    "ui_startup.py",
)


def main() -> int:
    failures = 0
    for name in BENCHMARKS:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / name)], cwd=HERE.parent)
        print(f"({name}: {time.perf_counter() - started:.1f} s, exit {result.returncode})")
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
