"""A data table for the access report that paginates itself and draws straight on the canvas.

A LongTable of Paragraphs took ~6 s for a 5,000-row extract (25× the canvas floor); this flowable
wraps each cell once, splits by rows with the header repeated on every page, and draws text,
stripes and grid with a handful of canvas calls per row.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

HEADER_FILL = colors.HexColor("#e5e7eb")
STRIPE_FILL = colors.HexColor("#f8fafc")
GRID = colors.HexColor("#cbd5e1")


@dataclass(frozen=True)
class TableStyle:
    font: str
    bold: str
    size: float = 7.6
    leading: float = 9.4
    padding: float = 3.0


def wrap_cell(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` within `width`: broken at spaces, and inside a word only when it is too long."""
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]  # the common case: one short value
    lines: list[str] = []
    for paragraph in text.split("\n") or [""]:
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width:  # a word wider than the column: cut it
                cut = max(1, _fitting(word, font, size, width))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _fitting(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


class _Prepared:
    """Cells wrapped once, with the running height, shared by every page's slice."""

    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float], style: TableStyle) -> None:
        self.widths = widths
        inner = [w - 2 * style.padding for w in widths]
        columns = len(widths)
        self.header = [wrap_cell(h, style.bold, style.size, w) for h, w in zip(header, inner, strict=True)]
        # Extracts repeat values (statuses, products, dates): each distinct cell is wrapped once per column.
        wrapped: list[dict[str, list[str]]] = [{} for _ in range(columns)]

        def cell_lines(column: int, cell: str) -> list[str]:
            known = wrapped[column].get(cell)
            if known is None:
                known = wrapped[column][cell] = wrap_cell(cell, style.font, style.size, inner[column])
            return known

        self.rows = [
            [cell_lines(column, cell) for column, cell in enumerate((row + [""] * columns)[:columns])] for row in rows
        ]
        self.header_height = self._height(self.header, style)
        heights = [self._height(cells, style) for cells in self.rows]
        self.bottoms = [0.0, *accumulate(heights)]  # bottoms[i]: height of rows [0, i)

    @staticmethod
    def _height(cells: list[list[str]], style: TableStyle) -> float:
        return max((len(lines) for lines in cells), default=1) * style.leading + 2 * style.padding


class ExtractTable(Flowable):
    def __init__(
        self,
        header: list[str],
        rows: list[list[str]],
        width: float,
        style: TableStyle,
        *,
        _prepared: _Prepared | None = None,
        _start: int = 0,
        _end: int | None = None,
    ) -> None:
        super().__init__()
        if _prepared is None:
            columns = max(1, len(header))
            _prepared = _Prepared(header, rows, [width / columns] * columns, style)
        self.prepared = _prepared
        self.widths = _prepared.widths
        self.style = style
        self.start = _start
        self.end = len(self.prepared.rows) if _end is None else _end
        self.width = width

    def _rows_height(self, start: int, end: int) -> float:
        return self.prepared.bottoms[end] - self.prepared.bottoms[start]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.prepared.header_height + self._rows_height(self.start, self.end)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.prepared.header_height
        bottoms = self.prepared.bottoms
        # The last row whose bottom still fits: bottoms[end] - bottoms[start] <= room.
        end = min(self.end, bisect_right(bottoms, bottoms[self.start] + room) - 1)
        if end <= self.start:
            return []  # not even one row here: the whole table moves to the next frame
        return [self._slice(self.start, end), self._slice(end, self.end)]

    def _slice(self, start: int, end: int) -> ExtractTable:
        return ExtractTable([], [], self.width, self.style, _prepared=self.prepared, _start=start, _end=end)

    def draw(self) -> None:
        canvas, style, prepared = self.canv, self.style, self.prepared
        top = self.height
        right = sum(self.widths)
        edges = list(accumulate(self.widths, initial=0.0))
        # Stripes and header background.
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - prepared.header_height, right, prepared.header_height, stroke=0, fill=1)
        canvas.setFillColor(STRIPE_FILL)
        y = top - prepared.header_height
        row_tops = []
        for index in range(self.start, self.end):
            height = prepared.bottoms[index + 1] - prepared.bottoms[index]
            row_tops.append((y, index))
            if (index - self.start) % 2:
                canvas.rect(0, y - height, right, height, stroke=0, fill=1)
            y -= height
        bottom = y
        # Grid.
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        lines: list[tuple[float, float, float, float]] = [
            (0, top, right, top),
            (0, top - prepared.header_height, right, top - prepared.header_height),
        ]
        lines += [(0, row_top, right, row_top) for row_top, _ in row_tops[1:]]
        lines.append((0, bottom, right, bottom))
        lines += [(x, top, x, bottom) for x in edges]
        canvas.lines(lines)
        # Text: one text object for the page.
        text = canvas.beginText()
        text.setFillColor(colors.black)
        self._cells(text, style.bold, prepared.header, top, edges)
        for row_top, index in row_tops:
            self._cells(text, style.font, prepared.rows[index], row_top, edges)
        canvas.drawText(text)

    def _cells(self, text, font: str, cells: list[list[str]], row_top: float, edges: list[float]) -> None:  # type: ignore[no-untyped-def]
        style = self.style
        text.setFont(font, style.size, style.leading)
        baseline = row_top - style.padding - style.size
        for lines, left in zip(cells, edges, strict=False):
            if lines != [""]:
                text.setTextOrigin(left + style.padding, baseline)
                for line in lines:  # textLine moves down one leading, without measuring the text
                    text.textLine(line)
