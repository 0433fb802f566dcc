"""Window start-up: launch to article visible, and to entities ready, beside a bare
QTextBrowser showing the same text, each run in a fresh process, offscreen.

    .venv/bin/python benchmarks/ui_startup.py [--runs N]

Articles: the bundled sample, and generated 1 MB and 5 MB articles (invented
sentences from a fixed seed; no outside data). Each figure is the median of N
fresh processes, measured from just before the process is started:

- floor: ``python -c`` that imports PySide6, reads and decodes the file, puts its
  text in a QTextBrowser and shows it (time of its first paint);
- reader: ``main.py FILE`` with ``READER_TIMING`` (first paint of the reading view
  after the article and its notes are shown; then the entity panel filled).
Each reader run uses a fresh empty data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from invented_text import invented_article  # noqa: E402
from reader.core.paths import resource  # noqa: E402

FLOOR = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
launched = float(sys.argv[2])
app = QApplication([])
view = QTextBrowser()
view.resize(1000, 800)
view.setPlainText(Path(sys.argv[1]).read_bytes().decode("utf-8"))
def report():
    print(f"timing: article_visible {time.time() - launched:.3f}", flush=True)
    app.quit()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, report)
            obj.removeEventFilter(self)
        return False
painted = Painted()
view.viewport().installEventFilter(painted)
view.show()
app.exec()
"""

def timings(command: list[str], env: dict[str, str]) -> dict[str, float]:
    launched = time.time()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment["READER_TIMING"] = f"{launched:.6f}"
    args = [arg.replace("{launched}", f"{launched:.6f}") for arg in command]
    result = subprocess.run(args, capture_output=True, text=True, env=environment, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed: {result.stderr[-2000:]}")
    found: dict[str, float] = {}
    for line in result.stdout.splitlines():
        if line.startswith("timing: "):
            _, event, seconds = line.split()
            found[event] = float(seconds)
    return found


def median_of(runs: list[dict[str, float]], event: str) -> str:
    values = [run[event] for run in runs if event in run]
    return f"{statistics.median(values):.2f} s" if values else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure")
    options = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cases: list[tuple[str, Path]] = [("sample", resource("sample_article.txt"))]
        for label, size in (("1 MB", 1_000_000), ("5 MB", 5_000_000)):
            path = work / f"generated-{label.replace(' ', '')}.txt"
            path.write_text(invented_article(size), encoding="utf-8")
            cases.append((label, path))
        print(f"window start-up, median of {options.runs} fresh processes, offscreen")
        header = (
            f"| {'article':8} | {'size':>9} | {'floor: QTextBrowser':>19} "
            f"| {'reader: visible':>15} | {'reader: entities':>16} |"
        )
        print(header)
        print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
        for label, path in cases:
            floor_runs = [
                timings([python, "-c", FLOOR, str(path), "{launched}"], {})
                for _ in range(options.runs)
            ]
            reader_runs = []
            for run in range(options.runs):
                env = {
                    "READER_DATA_DIR": str(work / f"data-{label}-{run}"),
                    "READER_SELFTEST_QUIT_MS": "10",
                }
                reader_runs.append(timings([python, str(ROOT / "main.py"), str(path)], env))
            size = f"{path.stat().st_size / 1_000_000:.2f} MB"
            print(
                f"| {label:8} | {size:>9} | {median_of(floor_runs, 'article_visible'):>19} "
                f"| {median_of(reader_runs, 'article_visible'):>15} "
                f"| {median_of(reader_runs, 'entities_ready'):>16} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
