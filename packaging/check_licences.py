"""Every runtime dependency of DPO Desk, with its licence: nothing GPL or AGPL goes into the bundle.

Walks the requirements of the installed `dpo-desk` distribution (not the test or build tools),
reads each one's licence from its metadata (PEP 639 License-Expression, else the License field,
else the trove classifiers) and refuses:
- a licence that is GPL or AGPL without an alternative we may choose (LGPL, used as a library,
  is fine: PySide6 is "LGPL-3.0-only OR GPL-…", and we take the LGPL);
- a dependency whose licence cannot be read, unless it is in REVIEWED below with what a person
  read in its licence file.

Run by CI (`make licences`) and by the test suite. Prints a table; exits 1 on a refusal.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = "dpo-desk"
# Read by hand, where the metadata says nothing usable (name: licence, and where it was read).
REVIEWED = {
    "sqlcipher3": "Zlib (dist-info/licenses/LICENSE: pysqlite's zlib-style licence; SQLCipher itself is BSD-3-Clause)",
    "pypdfium2": "Apache-2.0 OR BSD-3-Clause (dist-info/licenses/LICENSES; the PDFium binary: BSD-3-Clause, its "
    "libraries FreeType, libjpeg-turbo, lcms2, OpenJPEG, ICU, zlib under their permissive licences in "
    "BUILD_LICENSES; ICU's Autoconf script has the Autoconf exception; musl builds' libgcc are not ours)",
    "defusedxml": "PSF-2.0 (METADATA License: PSFL, the Python Software Foundation License)",
}
ALLOWED = re.compile(
    r"^(MIT(-0|-CMU)?|BSD(-[234]-Clause)?|Apache(-2\.0)?|ISC|Zlib|PSF(-2\.0)?|Python-2\.0|MPL-2\.0|"
    r"LGPL-[23]\.[01](-only|-or-later)?|LGPL|HPND|Unlicense|0BSD|CC0-1\.0)$"
)
CLASSIFIER_WORDS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "ISC License (ISCL)": "ISC",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "zlib/libpng License": "Zlib",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.1",
    "GNU General Public License v3 (GPLv3)": "GPL-3.0",
    "GNU General Public License v2 (GPLv2)": "GPL-2.0",
    "GNU Affero General Public License v3": "AGPL-3.0",
}


@dataclass(frozen=True)
class Found:
    name: str
    version: str
    licence: str
    verdict: str  # "ok" or why not

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = ROOT) -> list[metadata.Distribution]:
    """`root` and everything it needs at run time on this platform: its own extras left out, but the
    extras its requirements name (psycopg[binary] brings psycopg-binary, which ships too)."""
    environment = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, str]] = set()
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        wanted = {(_canonical(name), extra) for extra in {"", *extras}} - done
        if not wanted:
            continue
        done |= wanted
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{name} is required but not installed: install DPO Desk first (make test).") from None
        seen[_canonical(name)] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not any(
                requirement.marker.evaluate({**environment, "extra": extra}) for _, extra in wanted
            ):
                continue
            todo.append((requirement.name, frozenset(requirement.extras)))
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> list[str]:
    """The licence as alternatives (any one may be chosen), each a list joined by AND."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if not expression:
        text = (meta.get("License") or "").strip()
        if text and "\n" not in text and len(text) < 60 and re.fullmatch(r"[\w.+\- ()]+", text):
            expression = text
    if expression and not re.search(r"[Ss]ee |Dual|Proprietary|UNKNOWN", expression):
        return [alt.strip(" ()") for alt in re.split(r"\s+OR\s+", expression)]
    words = [
        CLASSIFIER_WORDS.get(c.split(" :: ")[-1], c.split(" :: ")[-1])
        for c in meta.get_all("Classifier") or []
        if c.startswith("License :: OSI Approved ::") or c.startswith("License :: ")
    ]
    return [w for w in words if w not in ("OSI Approved",)]


def verdict(alternatives: list[str]) -> str:
    if not alternatives:
        return "no licence stated in its metadata"
    for alternative in alternatives:
        parts = [p.strip(" ()") for p in re.split(r"\s+AND\s+", alternative)]
        if all(ALLOWED.match(p) for p in parts):
            return "ok"
    copyleft = [a for a in alternatives if re.search(r"(^|[^L])GPL", a)]
    if copyleft and len(copyleft) == len(alternatives):
        return "GPL/AGPL without an alternative: it cannot ship in the bundle"
    return "licence not on the list of accepted ones: review it"


def check(root: str = ROOT) -> list[Found]:
    found = []
    for dist in runtime_distributions(root):
        name = dist.metadata["Name"]
        if _canonical(name) == _canonical(root):
            continue
        if _canonical(name) in REVIEWED:
            found.append(Found(name, dist.version, REVIEWED[_canonical(name)], "ok"))
            continue
        alternatives = licence_of(dist)
        found.append(Found(name, dist.version, " OR ".join(alternatives) or "?", verdict(alternatives)))
    return found


def main() -> int:
    found = check()
    width = max(len(f.name) for f in found)
    for item in found:
        mark = "ok " if item.ok else "NO "
        print(
            f"{mark} {item.name:<{width}} {item.version:<14} {item.licence}"
            + ("" if item.ok else f"  <- {item.verdict}")
        )
    refused = [f for f in found if not f.ok]
    print(f"{len(found)} runtime dependencies, {len(refused)} refused.")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
