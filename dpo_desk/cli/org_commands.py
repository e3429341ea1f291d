"""`dpo-desk org set`: change an organisation's settings after `init`, only those given."""

from __future__ import annotations

import argparse
import dataclasses
import re

from ..domain.calendars import HolidayRegion
from ..domain.deadlines import ExtensionRule
from ..front_door.case_files import CaseFile
from .inputs import UsageError
from .running import bench

# option dest -> OrganisationInput field; text options take "\n" between lines.
_TEXT_FIELDS = {
    "name": "legal_name",
    "address": "address",
    "city": "city",
    "dpo_name": "dpo_name",
    "dpo_email": "dpo_email",
    "dpo_address": "dpo_address",
    "signatory_name": "signatory_name",
    "signatory_title": "signatory_title",
    "authority": "supervisory_authority",
}
_CHOICE_FIELDS = {"language": "letter_language", "region": "holiday_region", "extension_rule": "extension_rule"}
_NUMBER_FIELDS = {"grace_days": "grace_days", "retention_years": "retention_years"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def add_parser(org_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    q = org_sub.add_parser("set", help="change an organisation's settings (only those given), e.g. --dpo-email")
    q.add_argument("code", help="the organisation's code, e.g. IMV")
    q.add_argument("--name", help="legal name of the controller")
    q.add_argument("--address", help="postal address (use \\n between lines)")
    q.add_argument("--city", help="town printed before the date of letters")
    q.add_argument("--dpo-name")
    q.add_argument("--dpo-email", help="where data subjects write to the DPO (letters name it)")
    q.add_argument("--dpo-address", help="where data subjects write to the DPO by post")
    q.add_argument("--signatory-name")
    q.add_argument("--signatory-title")
    q.add_argument("--authority", help="the supervisory authority and its address (use \\n between lines)")
    q.add_argument("--language", choices=["fr", "en"], help="default language of letters")
    q.add_argument("--region", choices=[r.value for r in HolidayRegion], help="public holidays of the deadlines")
    q.add_argument("--extension-rule", choices=[r.value for r in ExtensionRule])
    q.add_argument("--grace-days", type=int, help="delay within which asking for information pauses the clock")
    q.add_argument("--retention-years", type=int, help="years closed cases are kept before the purge")
    q.set_defaults(handler=org_set)


def _changes(args: argparse.Namespace) -> dict[str, object]:
    changes: dict[str, object] = {}
    for option, field in _TEXT_FIELDS.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = value.replace("\\n", "\n")
    for option, field in {**_CHOICE_FIELDS, **_NUMBER_FIELDS}.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if not changes:
        raise UsageError("Say what to change, e.g. --dpo-email dpo@example.fr (see org set --help).")
    email = str(changes.get("dpo_email", "x@y.z")).strip()
    if email and not _EMAIL.fullmatch(email):
        raise UsageError(f"{email!r} is not an email address (write it as dpo@example.fr).")
    return changes


def org_set(args: argparse.Namespace, case: CaseFile | None) -> int:
    changes = _changes(args)
    desk = bench(args, case)
    current, _ = desk.organisation(args.code)
    code = current.code
    changed = desk.update_organisation(code, dataclasses.replace(current, **changes))  # type: ignore[arg-type]
    if changed:
        print(f"{code}: changed {', '.join(name.replace('_', ' ') for name in changed)}.")
    else:
        print(f"{code}: nothing to change (the settings were already so).")
    return 0
