"""The commands that make reports and registers: the access report, the portability bundle, the
dossier, the register of requests, the activity report, the register of processing activities,
importing requests from a spreadsheet, verifying the case file."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..front_door import reports
from ..front_door.case_files import CaseFile
from ..front_door.errors import ActionRefused
from ..front_door.files import write_private_atomic
from .inputs import UsageError, parse_day
from .output import emit_json, table
from .running import bench, day, output_file, read_bytes, refusals_exit_2


@refusals_exit_2
def report(args: argparse.Namespace, case: CaseFile | None) -> int:
    output = output_file(args.output)
    pdf, new = bench(args, case).access_report(args.reference, language=args.lang)
    write_private_atomic(output, pdf)
    kept = "kept with the case's documents" if new else "already kept with the case's documents"
    print(f"Access report of {args.reference} saved to {output} ({kept}).")
    return 0


def export(args: argparse.Namespace, case: CaseFile | None) -> int:
    output = output_file(args.output)
    bundle = bench(args, case).save_portability_bundle(args.reference, output, language=args.lang)
    print(
        f"Portability bundle of {args.reference} saved to {output}: {bundle.records} record(s) in "
        f"{bundle.files} file(s), SHA-256 {bundle.sha256}."
    )
    return 0


def register_list(args: argparse.Namespace, case: CaseFile | None) -> int:
    found = reports.register_of(bench(args, case), args.org)
    if args.json:
        emit_json([a.as_json() for a in found])
    else:
        print(table(["Activity", "Legal basis", "Retention"], [[a.name, a.legal_basis, a.retention] for a in found]))
    return 0


@refusals_exit_2
def register_contact(args: argparse.Namespace, case: CaseFile | None) -> int:
    reports.set_internal_contact(bench(args, case), args.org, args.activity, args.address)
    print(
        f"{args.activity}: " + (f"the internal contact is {args.address}." if args.address else "no internal contact.")
    )
    return 0


def register_import(args: argparse.Namespace, case: CaseFile | None) -> int:
    path = Path(args.file).expanduser()
    if path.suffix.lower() != ".json":
        found = reports.import_register_spreadsheet(bench(args, case), args.org, read_bytes(path), path.name)
        print(f"Register replaced: {len(found.activities)} processing activities ({found.layout} layout).")
        for heading in found.unmapped:
            print(
                f"dpo-desk: note: “{heading}” matches no field of DPO Desk's register and was not imported.",
                file=sys.stderr,
            )
        for gap in found.incomplete:
            print(f"dpo-desk: note: to complete before an access report: {gap}.", file=sys.stderr)
        return 0
    count = reports.import_register_json(bench(args, case), path, args.org)
    print(f"Register replaced: {count} processing activities.")
    return 0


def register_export(args: argparse.Namespace, case: CaseFile | None) -> int:
    target = args.output or args.file
    if target is None:
        raise UsageError("Where to? dpo-desk register export FILE (.json, .xlsx, .ods or .csv).")
    output = output_file(Path(target))
    if output.suffix.lower() != ".json":
        data, code = reports.export_register_spreadsheet(
            bench(args, case), args.org, output.name, layout=args.layout, language=args.lang
        )
        write_private_atomic(output, data)
        print(f"Register of {code} written to {output}.")
        return 0
    document = reports.export_register_json(bench(args, case), args.org)
    write_private_atomic(output, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode())
    print(f"Register of {document['organisation']} written to {output}.")
    return 0


def activity_report(args: argparse.Namespace, case: CaseFile | None) -> int:
    end = day(args.end, "end of the period")
    start = parse_day(args.start, "start of the period") if args.start else end.replace(year=end.year - 1)
    if start > end:
        raise UsageError("The period starts after it ends.")
    desk = bench(args, case)
    summary, facts, organisation = reports.activity_of(desk, start, end, args.org)
    for label, value in reports.key_figures(summary, args.lang):
        print(f"{label:<40} {value}")
    if args.output:
        output = output_file(args.output)
        write_private_atomic(output, reports.activity_pdf(summary, args.lang, organisation))
        print(f"Report saved to {output}.")
    if args.csv:
        sheet = output_file(args.csv)
        write_private_atomic(sheet, desk.activity_csv(facts))
        print(f"{len(facts)} request(s) saved to {sheet}.")
    return 0


class SinceCheckpoint(argparse.Action):
    """`verify --since-checkpoint`: the incremental check, which writes its checkpoint (so not read-only)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, *_: object) -> None:
        namespace.since_checkpoint, namespace.read_only = True, False


def verify(args: argparse.Namespace, case: CaseFile | None) -> int:
    try:
        found = reports.verify(bench(args, case), args.expect, since_checkpoint=args.since_checkpoint)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        emit_json(found.as_json())
    else:
        print("\n".join(found.lines()))
        print("The case file is sound." if found.ok else "Problems were found: restore the latest good backup.")
    return 0 if found.ok else 1


def dossier(args: argparse.Namespace, case: CaseFile | None) -> int:
    output = output_file(args.output)
    made = bench(args, case).case_dossier(args.reference, language=args.lang)
    write_private_atomic(output, made.pdf)
    print(
        f"Dossier of {args.reference.strip().upper()} saved to {output} ({made.pages} page(s), SHA-256 {made.sha256})."
    )
    print(f"Checkpoint: {made.checkpoint} (check it later with: dpo-desk verify --expect {made.checkpoint})")
    return 0


def request_register(args: argparse.Namespace, case: CaseFile | None) -> int:
    output = output_file(args.output)
    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError("Name the register .xlsx (Excel workbook) or .csv, e.g. -o requests-2026.xlsx.")
    end = day(args.end, "end of the period")
    start = parse_day(args.start, "start of the period") if args.start else date(end.year, 1, 1)
    if start > end:
        raise UsageError("The period starts after it ends.")
    data, count = bench(args, case).register_of_requests(
        start, end, args.org, names=args.names, language=args.lang, filename=output.name
    )
    write_private_atomic(output, data)
    named = "with names" if args.names else "without names"
    print(f"{count} request(s) received from {start.isoformat()} to {end.isoformat()} saved to {output} ({named}).")
    return 0


def import_requests(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    path = Path(args.file).expanduser()
    data = read_bytes(path)
    mapping = reports.import_mapping(read_bytes(Path(args.mapping).expanduser())) if args.mapping else None
    table_read = desk.import_table(data, path.name)
    if args.org:
        mapping = reports.mapping_for_organisation(desk, table_read, mapping, args.org)
    found = desk.import_preview(table_read, mapping=mapping)
    print(f"{path.name}, sheet “{table_read.sheet}”: {len(found.readable) + len(found.unreadable)} row(s).")
    for key, column in found.mapping.columns.items():
        print(f"  {key:<20} ← {column}")
    if found.problems:
        raise ActionRefused(
            "The columns cannot be mapped: " + "; ".join(found.problems) + ". Give a mapping file with --mapping "
            "(see dpo-desk import-requests --help)."
        )
    if args.dry_run:
        report_rows = found.unreadable
        print(f"{len(found.readable)} row(s) can be imported; {len(report_rows)} cannot (nothing was imported):")
        for problem in report_rows:
            print(f"  row {problem.row}: {problem.reason}")
        return 0 if not report_rows else 1
    done = desk.import_requests(found)
    for row, reference in done.imported:
        print(f"  row {row}: imported as {reference}")
    for row, reference in done.already:
        print(f"  row {row}: already imported as {reference}")
    for problem in done.unreadable:
        print(f"  row {problem.row}: not imported - {problem.reason}", file=sys.stderr)
    print(
        f"{len(done.imported)} request(s) imported, {len(done.already)} already there, "
        f"{len(done.unreadable)} row(s) not imported."
    )
    return 1 if done.unreadable else 0
