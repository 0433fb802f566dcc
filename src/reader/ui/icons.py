"""Small icons drawn with QPainter, so they follow the theme and need no files.

Icon themes are missing on many Linux desktops and on Windows, and colour
swatches must match the highlight colours exactly, so the window draws its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32  # drawn at 2x, shown at 16 px


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def swatch_icon(color: QColor, outline: QColor) -> QIcon:
    """A filled circle in a highlight colour."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(outline, 1.5))
    painter.setBrush(color)
    painter.drawEllipse(QRectF(5, 5, SIZE - 10, SIZE - 10))
    painter.end()
    return QIcon(pixmap)


def underline_icon(ink: QColor) -> QIcon:
    pixmap, painter = _canvas()
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(QRectF(0, 0, SIZE, SIZE - 6), Qt.AlignmentFlag.AlignCenter, "U")
    painter.setPen(QPen(ink, 2.5))
    painter.drawLine(QPointF(8, SIZE - 5), QPointF(SIZE - 8, SIZE - 5))
    painter.end()
    return QIcon(pixmap)


def comment_icon(ink: QColor) -> QIcon:
    """A speech bubble."""
    pixmap, painter = _canvas()
    path = QPainterPath()
    path.addRoundedRect(QRectF(4, 5, SIZE - 8, SIZE - 14), 5, 5)
    tail = QPainterPath()
    tail.moveTo(10, SIZE - 10)
    tail.lineTo(9, SIZE - 3)
    tail.lineTo(17, SIZE - 10)
    painter.setPen(QPen(ink, 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path.united(tail))
    painter.end()
    return QIcon(pixmap)


def copy_icon(ink: QColor) -> QIcon:
    """Two overlapping pages."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(ink, 2.2))
    painter.drawRoundedRect(QRectF(5, 9, 15, 18), 2, 2)
    painter.drawRoundedRect(QRectF(12, 4, 15, 18), 2, 2)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The window icon: 读 on a calm rounded square."""
    pixmap = QPixmap(128, 128)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3d6b5a"))
    painter.drawRoundedRect(QRectF(4, 4, 120, 120), 26, 26)
    font = QFont()
    font.setPixelSize(80)
    painter.setFont(font)
    painter.setPen(QColor("#fbf8f0"))
    painter.drawText(QRectF(0, 0, 128, 124), Qt.AlignmentFlag.AlignCenter, "读")
    painter.end()
    return QIcon(pixmap)
