"""resources/ and the migrations ship inside the installed package (design card)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_resources_and_migrations(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            str(ROOT),
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("dpo_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert {f"dpo_desk/resources/{name}" for name in shipped} <= names
    assert {
        "dpo_desk/resources/fonts/DejaVuSans.ttf",
        "dpo_desk/resources/letters/fr/refusal.txt",
        "dpo_desk/storage/migrations/env.py",
        "dpo_desk/storage/migrations/script.py.mako",
        "dpo_desk/storage/migrations/versions/0001_initial_schema.py",
    } <= names
