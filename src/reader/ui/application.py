"""Start the window: QApplication, translations, the main window, the event loop.

Environment switches (for tests, benchmarks and screenshots, not for users):
- ``READER_LANG``: a locale name ("zh_CN", "en") instead of the system's;
- ``READER_SELFTEST_QUIT_MS``: quit this many milliseconds after the article is
  shown (and, with ``READER_TIMING``, its entities), printing one ``selftest: …``
  line (end-to-end tests, benchmarks);
- ``READER_SCREENSHOT``: save a PNG of the window there just before that quit;
- ``READER_TIMING``: print ``timing: <event> <seconds>`` lines when the article
  is shown and when entities are ready (see ``_timing`` for the origin).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.paths import resource

LANG_ENV = "READER_LANG"
QUIT_ENV = "READER_SELFTEST_QUIT_MS"
SCREENSHOT_ENV = "READER_SCREENSHOT"
TIMING_ENV = "READER_TIMING"
_STARTED = time.perf_counter()


def ui_locale() -> QLocale:
    override = os.environ.get(LANG_ENV)
    return QLocale(override) if override else QLocale.system()


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load reader's own Chinese strings and Qt's (standard dialogs) for Chinese."""
    translators: list[QTranslator] = []
    if locale.language() != QLocale.Language.Chinese:
        return translators
    own = QTranslator(app)
    if own.load(str(resource("i18n") / "reader_zh_CN.qm")):
        translators.append(own)
    qt_base = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(locale, "qtbase", "_", qt_folder):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reader", description="Open FILE in the window.")
    parser.add_argument("file", nargs="?", type=Path, help="the article to open")
    known, _unknown = parser.parse_known_args(list(args))  # Qt's own options pass through
    return known


def _timing(event: str) -> None:
    """Seconds since this module loaded, or since the wall-clock time (``time.time()``)
    given as the variable's value, so a launcher can include interpreter start-up."""
    value = os.environ.get(TIMING_ENV)
    if not value:
        return
    try:
        elapsed = time.time() - float(value)
    except ValueError:
        elapsed = time.perf_counter() - _STARTED
    print(f"timing: {event} {elapsed:.3f}", flush=True)


def run_window(args: list[str]) -> int:
    """The window's entry point (``reader [FILE]``); returns the exit code."""
    options = _parse(args)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "reader", *args])
    assert isinstance(app, QApplication)
    app.setApplicationName("reader")
    app.setOrganizationName("reader")
    app.setApplicationDisplayName("reader")
    app.setStyle("Fusion")
    locale = ui_locale()
    QLocale.setDefault(locale)
    translators = install_translations(app, locale)

    from reader.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    _install_hooks(window)
    if options.file is not None:
        window.open_path(options.file)
    else:
        window.open_sample()
    code = app.exec()
    window.tasks.wait_for_done(10_000)
    del translators
    return int(code)


class _NextPaint(QObject):
    """Calls back once, after the next paint of the watched widget."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)  # after this paint has finished
            self.deleteLater()
        return False


def _install_hooks(window: object) -> None:
    """The environment switches described in the module docstring."""
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    quit_ms = os.environ.get(QUIT_ENV)
    screenshot = os.environ.get(SCREENSHOT_ENV)

    waiting = {"article", "entities"} if os.environ.get(TIMING_ENV) else {"article"}

    def reached(event: str) -> None:
        """With timing on, quit once both the article and its entities are shown."""
        _timing(f"{event}_visible" if event == "article" else "entities_ready")
        waiting.discard(event)
        if quit_ms is not None and not waiting:
            QTimer.singleShot(int(quit_ms), finish)

    def shown(article: object) -> None:
        viewport = window.reading_view.viewport()
        watcher = _NextPaint(viewport, lambda: reached("article"))
        viewport.installEventFilter(watcher)
        viewport.update()

    def finish() -> None:
        article = window.current_article()
        notes = window.current_notes()
        print(
            f"selftest: opened {article.title if article else ''!r} "
            f"chars={len(article.text) if article else 0} "
            f"notes={len(notes.annotations) if notes else 0}",
            flush=True,
        )
        if screenshot:
            window.grab().save(screenshot)
        window.close()

    if quit_ms is not None:

        def report_error(title: str, message: str) -> None:
            print(f"selftest: error {title}: {message}", flush=True)
            QTimer.singleShot(int(quit_ms), window.close)

        window.prompts.error = report_error  # type: ignore[method-assign]
    window.article_opened.connect(shown)
    controller = getattr(window.side_panels, "entity_controller", None)
    ready = getattr(controller, "entities_ready", None)
    if ready is not None:
        ready.connect(lambda: reached("entities"))
    else:
        waiting.discard("entities")
    if quit_ms is not None:
        # A file that cannot be opened never emits article_opened: still quit.
        QTimer.singleShot(int(quit_ms) + 300_000, window.close)
