"""The README's command-line story, read from the README itself and run as written, in a new folder."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from dpo_desk.cli.main import main

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
# The day the README's story is told: "Logged IMV-2026-0001: 10 days left - due Wednesday 2 December 2026."
STORY_DAY = datetime(2026, 11, 22, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
# The blocks of "On the command line" that run on their own (the email ones need a mail server,
# the spreadsheet one a spreadsheet), each named by a command it holds.
STORY_BLOCKS = ("init --org-code", "register import imv-register.json", "letters -o")


def _blocks() -> list[list[tuple[list[str], list[str]]]]:
    """Each fenced block of the command-line section: its commands, each with the output shown under it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### On the command line", 1)[1].split("\n## ", 1)[0]
    blocks = []
    for body in re.findall(r"^```\n(.*?)^```", section, re.MULTILINE | re.DOTALL):
        commands: list[tuple[list[str], list[str]]] = []
        lines = body.splitlines()
        while lines:
            line = lines.pop(0)
            if not line.startswith("$ "):
                commands[-1][1].append(line)
                continue
            text = line[2:]
            while text.endswith("\\"):
                text = text[:-1] + " " + lines.pop(0).strip()
            commands.append((shlex.split(text, comments=True), []))
        blocks.append(commands)
    return blocks


def _story() -> list[tuple[list[str], list[str]]]:
    chosen = []
    for marker in STORY_BLOCKS:
        (block,) = [b for b in _blocks() if any(marker in " ".join(argv) for argv, _ in b)]
        chosen.extend(block)
    return chosen


def _files_the_story_uses(folder: Path) -> None:
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    (folder / "id-card.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9")
    shutil.copy(ROOT / "resources" / "registers" / "imv.json", folder / "imv-register.json")
    (folder / "ats-export.csv").write_text("candidate;applied;position\nJeanne Lefèvre;2026-10-01;Engineer\n")
    (folder / "crm.json").write_text(json.dumps([{"customer": "C-1042", "name": "Jeanne Lefèvre"}]))


def test_the_story_is_found_in_the_readme() -> None:
    story = _story()
    commands = [argv[1:] for argv, _ in story]
    assert all(argv[0] == "dpo-desk" for argv, _ in story)
    assert ["deadline", "2025-01-31", "--json"] in commands
    assert any("--dpo-email" in c for c in commands if "init" in c)
    assert len(commands) >= 25


def test_the_readme_command_line_story_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("DPO_DESK_CASE_FILE", raising=False)
    _files_the_story_uses(tmp_path)
    with time_machine.travel(STORY_DAY, tick=True):
        for argv, shown in _story():
            code = main(argv[1:])
            out, err = capsys.readouterr()
            assert code == 0, f"{shlex.join(argv)} failed ({code}): {err}"
            for line in shown:
                assert line.strip() in out, f"{shlex.join(argv)} printed {out!r}, the README shows {line!r}"
    assert sorted(p.name for p in (tmp_path / "home" / "a-signer").iterdir()) == [
        "IMV-2026-0001-acknowledgement-1.pdf",
        "IMV-2026-0001-clarification_request-2.pdf",
        "IMV-2026-0001-erasure_done-3.pdf",
    ]
    for name in ("accuse.pdf", "q.pdf", "effacement.pdf", "rapport.pdf", "portabilite.zip"):
        assert (tmp_path / name).stat().st_size > 1000


def test_show_piped_into_head_stops_quietly(tmp_path: Path) -> None:
    """`dpo-desk show REF | head -1`: the reader stops early; no error is said (a real pipe, a real process)."""
    env = {"DPO_DESK_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = [sys.executable, "-m", "dpo_desk", "--no-keyring", "--case-file", str(tmp_path / "d.dpodesk")]
    # More than a pipe holds (64 KiB), so that the writer meets the closed pipe.
    subprocess.run([*run[:-2], "demo", str(tmp_path / "d.dpodesk"), "--cases", "1500"], env=env, check=True)
    listed = subprocess.run([*run, "list", "--json"], env=env, check=True, capture_output=True, text=True)
    reference = json.loads(listed.stdout)[0]["reference"]
    for _ in range(2):
        subprocess.run([*run, "note", reference, "x" * 60_000], env=env, check=True, capture_output=True)
    for command in (["show", reference], ["list"]):
        with subprocess.Popen([*run, *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as writer:
            assert writer.stdout is not None and writer.stderr is not None
            first = writer.stdout.readline()
            writer.stdout.close()  # what `head -1` does after its line
            error = writer.stderr.read().decode()
            writer.wait(timeout=60)
        assert first.strip() and not [line for line in error.splitlines() if "backup" not in line], error
        assert writer.returncode in (0, 141)
