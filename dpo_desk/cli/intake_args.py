"""The intake options that a request made for someone else, or post-mortem directives, add to `add`."""

from __future__ import annotations

import argparse

from ..front_door.views import DirectivesInput, ProxyInput
from .inputs import parse_day


def intake_extras(args: argparse.Namespace) -> tuple[ProxyInput | None, DirectivesInput | None]:
    proxy = None
    if args.on_behalf:
        proxy = ProxyInput(
            kind=args.on_behalf,
            name=args.requester_name,
            civility=args.requester_civility,
            address=args.requester_address.replace("\\n", "\n"),
            email=args.requester_email,
            authority_proof=args.authority_proof,
            death_proof=args.death_proof,
        )
    directives = None
    if args.directives:
        consent = parse_day(args.directives_consent, "day of consent") if args.directives_consent else None
        directives = DirectivesInput(args.directives, holder=args.directives_holder, consent_on=consent)
    return proxy, directives
