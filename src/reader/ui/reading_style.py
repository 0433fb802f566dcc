"""How the article looks: CJK font fallback, size, line height, column, theme.

One frozen ``ReadingStyle`` describes every typographic choice, so the layout
code builds a document from it and the window only swaps styles. Themes are
plain colour sets; highlight colours are translucent so overlapping highlights
blend and both stay visible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette

# Tried in order; the first installed serif or sans face leads, the rest are
# fallbacks for characters it lacks, then the system default.
CJK_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun")
CJK_SANS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
)

MIN_FONT_PT, MAX_FONT_PT, DEFAULT_FONT_PT = 9, 32, 15
MIN_COLUMN_EM, MAX_COLUMN_EM, DEFAULT_COLUMN_EM = 24, 80, 40
MIN_LINE_HEIGHT, MAX_LINE_HEIGHT, DEFAULT_LINE_HEIGHT = 130, 260, 180  # percent


class ThemeName(str, Enum):
    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    paper: QColor
    ink: QColor
    dim: QColor  # captions, metadata, removed blocks
    heading: QColor
    accent: QColor  # find hits, links
    chrome: QColor  # toolbars and panels around the page
    highlight_alpha: int  # 0..255, translucent so overlaps blend


THEMES: dict[ThemeName, Theme] = {
    ThemeName.LIGHT: Theme(
        ThemeName.LIGHT,
        QColor("#fdfdfb"),
        QColor("#2b2b2b"),
        QColor("#8a8a86"),
        QColor("#1a1a1a"),
        QColor("#e08a00"),
        QColor("#f3f3f0"),
        110,
    ),
    ThemeName.SEPIA: Theme(
        ThemeName.SEPIA,
        QColor("#f6efdf"),
        QColor("#4a3b2a"),
        QColor("#9a8a72"),
        QColor("#3a2c1c"),
        QColor("#c06a00"),
        QColor("#ece3cf"),
        115,
    ),
    ThemeName.DARK: Theme(
        ThemeName.DARK,
        QColor("#1e1f22"),
        QColor("#d8d6d0"),
        QColor("#85837e"),
        QColor("#eeeeea"),
        QColor("#f0a040"),
        QColor("#2a2b2e"),
        95,
    ),
}

# Base hues for highlight colours, keyed by the annotation colour's value.
HIGHLIGHT_HUES: dict[str, str] = {
    "yellow": "#f5d90a",
    "green": "#5cc96b",
    "blue": "#5aa7f0",
    "pink": "#f072a8",
    "purple": "#a98bf0",
    "red": "#f0645a",
    "orange": "#f5a030",
}
FALLBACK_HUE = "#f5d90a"


def highlight_color(color_value: str, theme: Theme) -> QColor:
    """The translucent fill for an annotation colour in ``theme``."""
    color = QColor(HIGHLIGHT_HUES.get(color_value, FALLBACK_HUE))
    color.setAlpha(theme.highlight_alpha)
    return color


def solid_color(color_value: str) -> QColor:
    """The opaque hue, for swatches and underlines."""
    return QColor(HIGHLIGHT_HUES.get(color_value, FALLBACK_HUE))


@dataclass(frozen=True)
class ReadingStyle:
    font_family: str = ""  # "" picks the first installed CJK face
    font_pt: int = DEFAULT_FONT_PT
    line_height: int = DEFAULT_LINE_HEIGHT  # percent of the font's line
    column_em: int = DEFAULT_COLUMN_EM
    theme: ThemeName = ThemeName.LIGHT

    def with_changes(self, **changes: object) -> ReadingStyle:
        """A copy with values clamped to their ranges."""
        style = replace(self, **changes)  # type: ignore[arg-type]
        return replace(
            style,
            font_pt=min(MAX_FONT_PT, max(MIN_FONT_PT, style.font_pt)),
            line_height=min(MAX_LINE_HEIGHT, max(MIN_LINE_HEIGHT, style.line_height)),
            column_em=min(MAX_COLUMN_EM, max(MIN_COLUMN_EM, style.column_em)),
        )

    @property
    def colors(self) -> Theme:
        return THEMES[self.theme]


def font_families(preferred: str = "") -> list[str]:
    """The family list for ``QFont.setFamilies``: the user's choice, then
    installed CJK faces, so a Latin-only choice still shows Chinese well."""
    installed = set(QFontDatabase.families())
    chosen = [preferred] if preferred else []
    chosen += [name for name in CJK_SERIF + CJK_SANS if name in installed and name != preferred]
    return chosen


def reading_font(style: ReadingStyle) -> QFont:
    font = QFont()
    families = font_families(style.font_family)
    if families:
        font.setFamilies(families)
    font.setPointSize(style.font_pt)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def window_palette(theme: Theme, base: QPalette) -> QPalette:
    """The application palette around the page: the platform's own for light,
    tinted for sepia, dark for dark, so panels and dialogs match the page."""
    if theme.name is ThemeName.LIGHT:
        return base
    palette = QPalette(base)
    chrome, paper, ink = theme.chrome, theme.paper, theme.ink
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, chrome),
        (roles.Base, paper),
        (roles.AlternateBase, chrome),
        (roles.Button, chrome),
        (roles.WindowText, ink),
        (roles.Text, ink),
        (roles.ButtonText, ink),
        (roles.ToolTipBase, paper),
        (roles.ToolTipText, ink),
        (roles.PlaceholderText, theme.dim),
        (roles.Highlight, theme.accent),
        (roles.HighlightedText, paper),
        (roles.Link, theme.accent),
    ):
        palette.setColor(role, color)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, theme.dim)
    if theme.name is ThemeName.DARK:
        palette.setColor(roles.Light, chrome.lighter(150))
        palette.setColor(roles.Midlight, chrome.lighter(125))
        palette.setColor(roles.Mid, chrome.lighter(110))
        palette.setColor(roles.Dark, chrome.darker(150))
        palette.setColor(roles.Shadow, QColor("#000000"))
    return palette
