"""What the window remembers between runs: geometry, dock layout, recent files,
reading style and toggles, in an INI file beside the notes (``data_dir()``), so
``READER_DATA_DIR`` isolates a test run or a portable install completely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.core.paths import data_dir, resources_dir
from reader.ui.reading_style import ReadingStyle, ThemeName

MAX_RECENT = 10
SETTINGS_FILE = "window.ini"


class WindowSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings(
            str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat
        )

    # geometry and docks
    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self.qsettings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    # recent files
    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent/files", [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(name) for name in names if isinstance(name, str) and name]

    def add_recent(self, path: Path) -> list[Path]:
        resolved = path.resolve()
        files = [resolved] + [p for p in self.recent_files() if p != resolved]
        files = files[:MAX_RECENT]
        self.qsettings.setValue("recent/files", [str(p) for p in files])
        return files

    def last_folder(self) -> str:
        """Where Open and Export dialogs start: the latest file's folder, skipping the
        program's own folder (the sample article) so nothing is saved into it."""
        program = resources_dir().resolve()
        for path in self.recent_files():
            if program not in path.resolve().parents:
                return str(path.parent)
        return str(Path.home())

    # reading style
    def reading_style(self) -> ReadingStyle:
        s = self.qsettings
        default = ReadingStyle()
        theme = str(s.value("style/theme", default.theme.value))
        return default.with_changes(
            font_family=str(s.value("style/font_family", default.font_family)),
            font_pt=_int(s.value("style/font_pt"), default.font_pt),
            line_height=_int(s.value("style/line_height"), default.line_height),
            column_em=_int(s.value("style/column_em"), default.column_em),
            theme=ThemeName(theme) if theme in ThemeName._value2member_map_ else default.theme,
        )

    def save_reading_style(self, style: ReadingStyle) -> None:
        s = self.qsettings
        s.setValue("style/font_family", style.font_family)
        s.setValue("style/font_pt", style.font_pt)
        s.setValue("style/line_height", style.line_height)
        s.setValue("style/column_em", style.column_em)
        s.setValue("style/theme", style.theme.value)

    # toggles
    def flag(self, name: str, default: bool) -> bool:
        value = self.qsettings.value(f"view/{name}", default)
        return value in (True, "true", "1", 1)

    def set_flag(self, name: str, value: bool) -> None:
        self.qsettings.setValue(f"view/{name}", value)

    def sync(self) -> None:
        self.qsettings.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
