"""Is a path on a network drive? SQLite's WAL needs shared memory on one host, so not there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "lustre",
        "gpfs",
        "ncpfs",
        "coda",
    }
)


def mount_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The filesystem type of the mount holding `path` on Linux (from /proc/mounts)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return None
    target = os.path.abspath(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_path(path: Path, mounts_text: str | None = None, platform: str = sys.platform) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network mounts (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if platform == "win32":
        return _windows_drive_is_remote(text)
    if platform.startswith("linux") or mounts_text is not None:
        kind = mount_type(path, mounts_text)
        return kind is not None and (kind in NETWORK_TYPES or kind.startswith("fuse.sshfs"))
    if platform == "darwin":
        return os.path.abspath(text).startswith("/Volumes/") and _darwin_is_remote(text)
    return False


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]


def _darwin_is_remote(text: str) -> bool:  # pragma: no cover - macOS only
    import subprocess

    try:
        out = subprocess.run(["df", "-l", text], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode != 0
