"""Fixtures for driving the real main window: isolated data folder, own thread
pool, and modal dialogs answered from the test instead of a person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from invented_text import invented_paragraphs
from reader.core.annotations import Annotation
from reader.ui.annotation_editor import EditorResult

ARTICLE = """湖畔书店的一天
清晨七点，湖畔书店的老板推开木门，把昨天到的新书摆上桌。
他在门口写下今天的推荐：一本讲城市河流的散文集，一本关于古代天文仪器的图册。
中午，附近图书馆的两位管理员来借阅登记表，顺便聊起周末的读书会。
傍晚，湖面起风，最后一位客人买走了那本天文图册。
"""




class AnsweringPrompts:
    """Stands in for ``reader.ui.prompts.Prompts``: records questions, gives set answers."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.editor_answers: list[EditorResult | None] = []
        self.edited: list[Annotation] = []
        self.export_target: Path | None = None
        self.open_target: Path | None = None

    def open_path(self, folder: str) -> Path | None:
        return self.open_target

    def export_path(self, fmt: str, suggested: Path) -> Path | None:
        return self.export_target

    def edit_annotation(self, annotation: Annotation, *, is_new: bool) -> EditorResult | None:
        self.edited.append(annotation)
        return self.editor_answers.pop(0) if self.editor_answers else None

    def choose_font(self, current: Any) -> None:
        return None

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def about(self, title: str, text: str) -> None:
        pass


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A private thread pool, drained at the end so no worker outlives its test."""
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "湖畔书店.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def long_article_file(tmp_path: Path) -> Path:
    path = tmp_path / "长文.txt"
    path.write_text("长文\n" + "\n".join(invented_paragraphs(400)), encoding="utf-8")
    return path


@pytest.fixture
def make_window(qtbot: Any, data_folder: Path) -> Iterator[Callable[[], Any]]:
    """Build real MainWindows on a private pool; each is closed at the end."""
    from reader.ui.main_window import MainWindow

    pool = QThreadPool()
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(pool=pool)
        window.prompts = AnsweringPrompts()  # type: ignore[assignment]
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
    pool.waitForDone(30_000)


@pytest.fixture
def open_in(qtbot: Any) -> Callable[[Any, Path], Any]:
    """Open a file in a window and wait until the article is shown with its notes."""

    def open_and_wait(window: Any, path: Path) -> Any:
        with qtbot.waitSignal(window.article_opened, timeout=30_000) as blocker:
            window.open_path(path)
        return blocker.args[0]

    return open_and_wait
