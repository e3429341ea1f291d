"""Where the address goes so that it shows in a French DL window envelope, and La Poste's limits.

A DL envelope is 110 × 220 mm; its window is 45 × 100 mm, 15 mm from the bottom and 20 mm from the
right edge (or, on some, from the left edge). The A4 sheet (210 × 297 mm) folded in three shows its
top panel (99 mm high) in the envelope, where it can slide 10 mm sideways and 11 mm up and down.
What stays inside the window wherever the sheet slides is the address zone below, in millimetres
from the sheet's top-left corner: 5 mm of play on each side of the window when the sheet sits in
the middle. At most six lines of 38 characters (La Poste, NF Z10-011).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

ENVELOPE_WIDTH, ENVELOPE_HEIGHT = 220.0, 110.0
WINDOW_WIDTH, WINDOW_HEIGHT = 100.0, 45.0
WINDOW_SIDE, WINDOW_BOTTOM = 20.0, 15.0
SHEET_WIDTH, PANEL_HEIGHT = 210.0, 99.0
SLIDE_X = ENVELOPE_WIDTH - SHEET_WIDTH  # 10 mm
SLIDE_Y = ENVELOPE_HEIGHT - PANEL_HEIGHT  # 11 mm
MAX_LINES, MAX_CHARACTERS = 6, 38


class WindowSide(StrEnum):
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in millimetres from the sheet's (or envelope's) top-left corner."""

    left: float
    top: float
    right: float
    bottom: float

    def holds(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.left + dx, self.top + dy, self.right + dx, self.bottom + dy)


def window_in_envelope(side: WindowSide) -> Box:
    left = ENVELOPE_WIDTH - WINDOW_SIDE - WINDOW_WIDTH if side is WindowSide.RIGHT else WINDOW_SIDE
    top = ENVELOPE_HEIGHT - WINDOW_BOTTOM - WINDOW_HEIGHT
    return Box(left, top, left + WINDOW_WIDTH, top + WINDOW_HEIGHT)


def window_on_sheet(side: WindowSide, dx: float, dy: float) -> Box:
    """The window over the sheet when its top-left corner sits (dx, dy) from the envelope's."""
    return window_in_envelope(side).moved(-dx, -dy)


def address_zone(side: WindowSide) -> Box:
    """What every position of the sheet in the envelope shows through the window."""
    window = window_in_envelope(side)
    return Box(window.left, window.top, window.right - SLIDE_X, window.bottom - SLIDE_Y)


def parse_side(value: str) -> WindowSide:
    try:
        return WindowSide(value.strip().lower())
    except ValueError:
        raise ValueError(f"The envelope window is on the 'right' or the 'left', not {value!r}.") from None


class AddressTooLong(ValueError):
    """More than six lines, or a line of more than 38 characters: La Poste's rule (NF Z10-011)."""

    def __init__(self, lines: int, longest: str) -> None:
        self.lines, self.longest = lines, longest
        super().__init__(f"{lines} lines; longest: {longest!r}")


def check_address(lines: list[str]) -> None:
    """Refuse an address the window cannot show whole (nothing is ever dropped or cut)."""
    longest = max(lines, key=len, default="")
    if len(lines) > MAX_LINES or len(longest) > MAX_CHARACTERS:
        raise AddressTooLong(len(lines), longest if len(longest) > MAX_CHARACTERS else "")
