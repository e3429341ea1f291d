"""`dpo-desk envelope REF --letter ID -o FILE`: the envelope (or --label) and the registered-mail slip's details."""

from __future__ import annotations

import argparse

from ..front_door.case_files import CaseFile
from ..front_door.files import write_private_atomic
from .inputs import whole_number


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "envelope", help="print a letter's DL envelope (or --label) and the registered-mail slip's details, as PDF"
    )
    p.add_argument("reference")
    p.add_argument("--letter", type=whole_number(1, what="letter id"), required=True, help="the letter's id")
    p.add_argument("--label", action="store_true", help="an address label (99.1 x 38.1 mm) instead of an envelope")
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.set_defaults(handler=envelope)


def envelope(args: argparse.Namespace, case: CaseFile | None) -> int:
    from .running import bench, output_file

    output = output_file(args.output)
    pdf = bench(args, case).envelope_pdf(args.reference, args.letter, label=args.label)
    write_private_atomic(output, pdf)
    what = "Address label" if args.label else "Envelope"
    print(
        f"{what} of letter {args.letter} ({args.reference}) and the registered-mail slip's details saved to {output}."
    )
    return 0
