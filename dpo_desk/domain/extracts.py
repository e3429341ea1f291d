"""Data extracts: what the DPO collected from each system about the person, as CSV or JSON tables.

They feed the access report (Art. 15) and the portability bundle (Art. 20).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Extract:
    """Data from one system, as the DPO collected it: a header and rows of text.

    `records` keeps a JSON extract's objects as they were (numbers, booleans, lists), for the
    portability bundle; the rows are their text, for the report.
    """

    name: str
    header: list[str]
    rows: list[list[str]]
    records: list[dict[str, object]] | None = None


def read_extract(name: str, data: bytes) -> Extract:
    """A CSV file (comma or semicolon) or a JSON list of objects, as a table; ValueError otherwise."""
    text = data.decode("utf-8-sig", errors="replace")
    if name.lower().endswith(".json"):
        records = json.loads(text)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError(f"{name} must be a JSON list of objects.")
        header = list(dict.fromkeys(key for record in records for key in record))
        return Extract(name, header, [[_cell(r.get(k)) for k in header] for r in records], records)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell the delimiter by
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        return Extract(name, [], [])
    return Extract(name, rows[0], rows[1:])


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
