"""Render resources/icons/dpo-desk.svg into the icons each platform wants (run when the SVG changes).

Writes packaging/linux/dpo-desk-256.png, packaging/windows/dpo-desk.ico, packaging/macos/dpo-desk.icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv)
    svg = ROOT / "resources" / "icons" / "dpo-desk.svg"
    big = render(svg, 1024)
    render(svg, 256).save(ROOT / "packaging" / "linux" / "dpo-desk-256.png")
    big.save(
        ROOT / "packaging" / "windows" / "dpo-desk.ico",
        sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(ROOT / "packaging" / "macos" / "dpo-desk.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
