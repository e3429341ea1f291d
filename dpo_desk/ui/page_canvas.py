"""One page of a document drawn to the redaction window's width, with its boxes: drag to draw one."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

WITHHELD_FILL = QColor("#111827")
SUGGESTED_PEN = QColor("#d97706")


class PageCanvas(QWidget):
    """One page drawn to the widget's width; drag to draw a box.

    Signals:
    box_drawn(float, float, float, float): left, top, right, bottom, as fractions of the page.
    """

    box_drawn = Signal(float, float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.image = QImage()
        self.boxes: list[tuple[float, float, float, float]] = []
        self.selected: int | None = None
        self.suggested: list[tuple[float, float, float, float]] = []
        self._start: QPointF | None = None
        self._current: QPointF | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(300, 400)

    def set_page(self, image: QImage) -> None:
        self.image = image
        self.setFixedHeight(self._height_for(self.width()))
        self.update()

    def _height_for(self, width: int) -> int:
        if self.image.isNull() or self.image.width() == 0:
            return 400
        return int(width * self.image.height() / self.image.width())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wanted = self._height_for(self.width())
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def _fraction(self, point: QPointF) -> tuple[float, float]:
        return (
            min(max(point.x() / max(self.width(), 1), 0.0), 1.0),
            min(max(point.y() / max(self.height(), 1), 0.0), 1.0),
        )

    def _rect(self, box: tuple[float, float, float, float]) -> QRectF:
        left, top, right, bottom = box
        return QRectF(
            left * self.width(), top * self.height(), (right - left) * self.width(), (bottom - top) * self.height()
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self._current = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._current = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        (x0, y0), (x1, y1) = self._fraction(self._start), self._fraction(event.position())
        self._start = self._current = None
        self.update()
        if abs(x1 - x0) > 0.004 and abs(y1 - y0) > 0.004:
            self.box_drawn.emit(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.image.isNull():
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.setPen(QPen(SUGGESTED_PEN, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for box in self.suggested:
            painter.drawRect(self._rect(box))
        for index, box in enumerate(self.boxes):
            painter.setPen(QPen(QColor("#dc2626") if index == self.selected else WITHHELD_FILL, 2))
            painter.setBrush(QBrush(QColor(17, 24, 39, 215)))
            painter.drawRect(self._rect(box))
        if self._start is not None and self._current is not None:
            painter.setPen(QPen(QColor("#2563eb"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor(37, 99, 235, 60)))
            painter.drawRect(QRectF(self._start, self._current).normalized())
        painter.end()
