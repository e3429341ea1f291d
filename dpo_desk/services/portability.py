"""The portability bundle (Art. 20 GDPR): the person's data as a ZIP of JSON and CSV, with a manifest.

Machine-readable, not PDF: every extract attached to the case is given in both formats, with the
contact details the person gave, and a manifest naming each file with its SHA-256 so that the
receiving controller can check what it got. The bundle is reproducible: the same case on the same
day gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ..domain.extracts import Extract
from . import events
from .cases import load_request
from .reports import read_extracts

FORMAT = "dpo-desk-portability"
VERSION = 1

README = {
    "fr": (
        "Vos données personnelles — {organisation}\n"
        "Référence : {reference}, préparé le {day}.\n\n"
        "Ce fichier ZIP contient, conformément à l'article 20 du RGPD, les données que vous nous avez "
        "fournies, dans un format structuré et lisible par machine : chaque ensemble est donné en JSON "
        "(liste d'objets) et en CSV (UTF-8, séparateur virgule, première ligne = noms des colonnes).\n"
        "Le fichier manifest.json décrit chaque fichier et donne son empreinte SHA-256.\n\n"
        "Contact : {dpo}\n"
    ),
    "en": (
        "Your personal data — {organisation}\n"
        "Reference: {reference}, prepared on {day}.\n\n"
        "Under Article 20 GDPR, this ZIP file holds the data you provided to us, in a structured, "
        "machine-readable format: each set is given as JSON (a list of objects) and as CSV (UTF-8, "
        "comma-separated, first line = column names).\n"
        "manifest.json describes each file and gives its SHA-256 fingerprint.\n\n"
        "Contact: {dpo}\n"
    ),
}


@dataclass(frozen=True, slots=True)
class Bundle:
    data: bytes
    files: int
    records: int
    sha256: str


def portability_bundle(
    session: Session, reference: str, *, user: str, today: date, language: str | None = None
) -> Bundle:
    """Build the ZIP and record that it was made (the event names its fingerprint, not its content)."""
    request = load_request(session, reference)
    org, person = request.organisation, request.person
    language = language or org.letter_language
    sets = [
        _contact_details(person.first_name, person.last_name, person.emails, person.postal_address, person.identifiers)
    ]
    extracts = read_extracts(session, request, language=language)  # others' data withheld (Art. 20(4))
    from .answers import case_facts

    facts = case_facts(session, request.reference)
    if facts.activities:  # Art. 20(1): only what the person provided, processed on consent or a contract
        portable = {
            s.name for s in facts.extract_sources.values() if s.provided_by_person and s.activity in facts.portable
        }
        extracts = [e for e in extracts if e.name in portable]
    sets += extracts
    stamp = (today.year, today.month, today.day, 0, 0, 0)
    buffer = io.BytesIO()
    manifest_files: list[dict[str, Any]] = []
    used: set[str] = set()
    records_total = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(path: str, content: bytes) -> str:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
            return hashlib.sha256(content).hexdigest()

        for extract in sets:
            stem = _unique(_stem(extract.name), used)
            records = extract.records  # a JSON extract keeps its numbers, booleans and lists
            if records is None:
                width = len(extract.header)
                records = [dict(zip(extract.header, _padded(row, width), strict=True)) for row in extract.rows]
            records_total += len(records)
            as_json = json.dumps(records, ensure_ascii=False, indent=2).encode("utf-8")
            as_csv = _csv(extract)
            for path, content, media_type in (
                (f"data/{stem}.json", as_json, "application/json"),
                (f"data/{stem}.csv", as_csv, "text/csv"),
            ):
                manifest_files.append(
                    {
                        "path": path,
                        "media_type": media_type,
                        "source": extract.name,
                        "records": len(records),
                        "columns": extract.header,
                        "sha256": add(path, content),
                    }
                )
        words = {
            "organisation": org.legal_name,
            "reference": request.reference,
            "day": today.isoformat(),
            "dpo": " — ".join(part for part in (org.dpo_name, org.dpo_email) if part),
        }
        add("LISEZ-MOI.txt" if language == "fr" else "README.txt", README[language].format(**words).encode("utf-8"))
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "reference": request.reference,
            "prepared_on": today.isoformat(),
            "controller": {"name": org.legal_name, "address": org.address, "dpo": org.dpo_email},
            "data_subject": person.display_name,
            "legal_basis": "Article 20 GDPR (right to data portability)",
            "files": manifest_files,
        }
        add("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    events.record(
        session,
        user=user,
        kind="portability_exported",
        request=request,
        details={"files": len(manifest_files), "records": records_total, "sha256": digest},
    )
    return Bundle(data, len(manifest_files), records_total, digest)


def _contact_details(first: str, last: str, emails: list[str], address: str, identifiers: dict[str, str]) -> Extract:
    header = ["first_name", "last_name", "emails", "postal_address", *sorted(identifiers)]
    row = [first, last, "; ".join(emails), address, *[identifiers[k] for k in sorted(identifiers)]]
    return Extract("contact-details", header, [row])


def _padded(row: list[str], width: int) -> list[str]:
    return (row + [""] * width)[:width]


def _csv(extract: Extract) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(extract.header)
    writer.writerows(_padded(row, len(extract.header)) for row in extract.rows)
    return out.getvalue().encode("utf-8")


def _stem(name: str) -> str:
    base = re.sub(r"\.(csv|json)$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.") or "data"


def _unique(stem: str, used: set[str]) -> str:
    candidate, n = stem, 2
    while candidate.lower() in used:
        candidate, n = f"{stem}-{n}", n + 1
    used.add(candidate.lower())
    return candidate
