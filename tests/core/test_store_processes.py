"""The store under real concurrency: separate processes, and a process killed mid-save."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from article_files import paragraphs_article
from reader.core.jsonio import read_json
from reader.core.store import ArticleNotes, NotesStore

# Run in a child process: open the article's notes in DATA and add COUNT annotations,
# saving after each one (as the window does on its debounce). COUNT < 0: forever.
WRITER = """
import sys
from pathlib import Path
from reader.core.annotations import new_annotation
from reader.core.document import Article, ArticleMeta, BlockKind, build_blocks
from reader.core.store import NotesStore

data, source, count, label = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
paragraphs = source.read_text("utf-8").split("\\n")
article = Article(source, "t", ArticleMeta(),
                  build_blocks([(BlockKind.PARAGRAPH, p) for p in paragraphs]), (), "utf-8", "text")
notes = NotesStore(data).open(article)
print("ready", flush=True)
i = 0
while count < 0 or i < count:
    start = (i * 7) % (len(article.text) - 4)
    notes.add(new_annotation(article.text, start, start + 3, comment=f"{label}-{i}"))
    notes.save()
    i += 1
"""

TEXT = "\n".join(
    [
        "山里的清晨总是很安静，只有鸟叫和溪水的声音。",
        "村口的老槐树下，几位老人在下象棋，旁边围着看热闹的孩子。",
        "中午太阳出来，晒谷场上铺满了金黄的稻谷。",
    ]
    * 20
)


def start_writer(data: Path, source: Path, count: int, label: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), str(source), str(count), label],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def open_notes(data: Path, source: Path):
    paragraphs = source.read_text("utf-8").split("\n")
    return NotesStore(data).open(paragraphs_article(source, paragraphs, "t"))


def seeded(tmp_path: Path) -> tuple[Path, Path, ArticleNotes]:
    """The article file, the data folder and its notes record, already on disk, so every
    writer process finds the same record."""
    source = tmp_path / "village.txt"
    source.write_text(TEXT, "utf-8")
    data = tmp_path / "data"
    seed = open_notes(data, source)
    seed.set_reading_position(1)
    seed.save()
    return source, data, seed


@pytest.mark.slow
def test_two_processes_adding_100_each_leave_200(tmp_path):
    source, data, _ = seeded(tmp_path)
    writers = [start_writer(data, source, 100, label) for label in ("a", "b")]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    notes = open_notes(data, source)
    comments = sorted(a.comment for a in notes.annotations)
    assert len(comments) == 200
    assert comments == sorted([f"a-{i}" for i in range(100)] + [f"b-{i}" for i in range(100)])
    assert notes.warnings == []


@pytest.mark.slow
def test_killed_while_saving_always_leaves_a_whole_file(tmp_path):
    source, data, seed = seeded(tmp_path)
    path = seed.path
    last_count = 0
    for round_number in range(12):
        writer = start_writer(data, source, -1, f"r{round_number}")
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.03 * (round_number % 5))  # land the kill at varied moments
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        data_now = read_json(path)  # raises if the file were partial
        assert data_now["schema"] == 2
        assert len(data_now["annotations"]) >= last_count  # never went back
        last_count = len(data_now["annotations"])
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a killed writer may leave a temp file; never the target
            assert name.startswith(".")
    notes = open_notes(data, source)
    assert notes.warnings == [] and len(notes.annotations) == last_count > 0
