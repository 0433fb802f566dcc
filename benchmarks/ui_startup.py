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
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

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

SUBJECTS = [
    "老师",
    "渔夫",
    "邮递员",
    "画家",
    "学生",
    "厨师",
    "司机",
    "医生",
    "木匠",
    "园丁",
    "店主",
    "记者",
    "护士",
    "农民",
    "工程师",
    "船长",
]
VERBS = [
    "看见",
    "想起",
    "记下",
    "听说",
    "画出",
    "修好",
    "找到",
    "送来",
    "读完",
    "讲起",
    "拍下",
    "搬走",
    "买到",
    "借走",
    "提到",
    "寄出",
]
THINGS = [
    "一座旧桥",
    "两只白鹭",
    "满湖荷花",
    "一封长信",
    "半箱苹果",
    "一张地图",
    "三本诗集",
    "一盏油灯",
    "一把雨伞",
    "一张唱片",
    "一辆自行车",
    "一只花猫",
    "几棵银杏",
    "一条小船",
    "一面铜镜",
    "一台收音机",
]
PLACES = [
    "在江边",
    "在山脚下",
    "在老街口",
    "在车站旁",
    "在学校里",
    "在集市上",
    "在雨中",
    "在黄昏时",
    "在清晨",
    "在渡口",
]
NAMES = [
    "张明",
    "李华",
    "王芳",
    "陈静",
    "刘洋",
    "杭州",
    "苏州",
    "成都",
    "北京大学",
    "长江",
    "黄河",
    "西湖",
]


def generated_article(size_bytes: int, seed: int = 11) -> str:
    """Invented paragraphs (with names and places for the entity panel) up to a size."""
    rng = random.Random(seed)
    lines = ["一个普通的星期天"]
    total = 0
    index = 0
    while total < size_bytes:
        clauses = [
            f"{rng.choice(PLACES)}，{rng.choice(NAMES)}和{rng.choice(SUBJECTS)}"
            f"{rng.choice(VERBS)}{rng.choice(THINGS)}"
            for _ in range(rng.randint(3, 6))
        ]
        line = f"第{index}段，" + "；".join(clauses) + "。"
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
        index += 1
    return "\n".join(lines) + "\n"


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
            path.write_text(generated_article(size), encoding="utf-8")
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
