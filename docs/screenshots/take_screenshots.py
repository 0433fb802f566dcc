"""Regenerate the README screenshots: the bundled sample with highlights, an entity
chosen, light theme on the entity tab and dark theme on the notes tab.

Run on a real (virtual) screen so fonts render as users see them:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/take_screenshots.py
Uses a throw-away data folder and settings; your own notes are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["READER_DATA_DIR"] = tempfile.mkdtemp(prefix="reader-shots-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reader-shots-config-")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.annotations import Color, Style  # noqa: E402
from reader.core.paths import resource  # noqa: E402
from reader.core.store import NotesStore  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402
from reader.ui.reading_style import ThemeName  # noqa: E402

HIGHLIGHTS = [
    ("最难的不是技术，而是说服第一家客户相信一家没有流片记录的公司", Color.YELLOW,
     Style.HIGHLIGHT, "创业最难的一步是**信任**", ("创业",)),
    ("说服第一家客户", Color.GREEN, Style.HIGHLIGHT, "", ("客户",)),
    ("试点线的误检率从原来的2.4%降到了0.6%", Color.BLUE, Style.UNDERLINE, "关键数据", ()),
    ("任何一个功能，如果客户一年内用不上，就不进第一代芯片", Color.PINK, Style.HIGHLIGHT,
     "产品取舍", ("产品",)),
    ("林晓峰没有跟", Color.PURPLE, Style.HIGHLIGHT, "", ()),
]


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    pool = QThreadPool()
    window = MainWindow(pool=pool, store=NotesStore(Path(os.environ["READER_DATA_DIR"])))
    window.resize(1360, 860)
    window.show()
    entities = window.side_panels.entity_controller
    ready: list[int] = []
    entities.entities_ready.connect(lambda: ready.append(1))
    window.open_path(resource("sample_article.txt"))
    while not ready:
        app.processEvents()
    text = window.current_article().text
    for quote, color, style, comment, tags in HIGHLIGHTS:
        start = text.index(quote)
        window.annotations.create(start, start + len(quote), color, style, comment, tags)
    main_company = max(
        (e for e in entities.entities if e.kind.value == "organization"), key=lambda e: e.count
    )
    entities.choose(main_company)
    window.reading_view.scroll_to_offset(0)
    settle(app)
    window.grab().save(str(HERE / "main-light.png"))

    window._restyle(theme=ThemeName.DARK)
    window.side_tabs.setCurrentIndex(1)
    window.reading_view.scroll_to_offset(0)
    settle(app)
    window.grab().save(str(HERE / "main-dark.png"))
    pool.waitForDone()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
