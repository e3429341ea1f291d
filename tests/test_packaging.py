"""What the bundle and the desktop integration are built from: consistent, valid, complete."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dpo_desk.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "eu.dpodesk.DPODesk"
MIME = "application/x-dpodesk-case"


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_mime_type_and_metainfo_agree() -> None:
    entry = _desktop()
    assert entry["Exec"] == "dpo-desk %f" and entry["Icon"] == APP_ID and entry["MimeType"] == f"{MIME};"
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime_type,) = mime.findall("m:mime-type", ns)
    assert mime_type.get("type") == MIME and mime_type.find("m:glob", ns).get("pattern") == "*.dpodesk"
    info = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert info.findtext("id") == APP_ID and info.find("launchable").text == f"{APP_ID}.desktop"
    assert info.find("provides/mediatype").text == MIME
    assert (ROOT / "packaging" / "windows" / "dpo-desk.ico").is_file()
    assert (ROOT / "packaging" / "macos" / "dpo-desk.icns").is_file()


@pytest.mark.parametrize(
    ("tool", "arguments", "name"),
    [
        ("desktop-file-validate", [], f"{APP_ID}.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
    ],
)
def test_freedesktop_validators_accept_the_files(tool: str, arguments: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    result = subprocess.run([tool, *arguments, str(LINUX / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_case_file_given_alone_opens_in_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """How the file manager starts DPO Desk on a double-clicked case file (Exec=dpo-desk %f)."""
    opened: list[Path] = []
    import dpo_desk.ui.app as app

    monkeypatch.setattr(app, "run_gui", lambda case_file, demo, use_keyring: opened.append(case_file) or 0)
    assert main([str(tmp_path / "Clients 2026.dpodesk")]) == 0
    assert opened == [tmp_path / "Clients 2026.dpodesk"]


def test_the_spec_ships_resources_and_migrations() -> None:
    spec = (ROOT / "packaging" / "dpo-desk.spec").read_text(encoding="utf-8")
    assert '"dpo_desk/resources"' in spec and '"dpo_desk/storage/migrations"' in spec
    assert "holidays.countries.france" in spec and 'copy_metadata("keyring")' in spec
