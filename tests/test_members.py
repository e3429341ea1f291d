"""Users and roles inside a case file: staff prepare, the DPO decides; everyone's changes are named."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases, letters
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.members import Role, add_member, change_member, list_members, role_of
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import act, log


@pytest.fixture
def team(case: CaseFile) -> CaseFile:
    """Claire is the DPO; Lucas, at reception, is staff."""
    with case.unit_of_work() as session:
        add_member(session, "claire.dpo", "Claire Vasseur", Role.DPO, user="claire.dpo")
        add_member(session, "lucas.accueil", "Lucas Martin", Role.STAFF, user="claire.dpo")
    return case


def test_one_person_alone_may_do_everything(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=3)).reference
    act(case, cases.extend, ref, "five systems to search", on=TODAY, today=TODAY, user="anyone")
    with case.reader(orm=True) as reading:
        assert role_of(reading.orm, "anyone") is Role.DPO


def test_the_first_member_is_the_person_adding_as_dpo(case: CaseFile) -> None:
    with pytest.raises(ActionRefused, match=r"Add yourself \(claire\.dpo\) first, as DPO"), case.unit_of_work() as s:
        add_member(s, "lucas.accueil", "Lucas", Role.STAFF, user="claire.dpo")
    with pytest.raises(ActionRefused, match="Add yourself"), case.unit_of_work() as s:
        add_member(s, "claire.dpo", "Claire", Role.STAFF, user="claire.dpo")


def test_staff_prepare_and_the_dpo_decides(team: CaseFile) -> None:
    ref = log(team, received=TODAY - timedelta(days=3), user="lucas.accueil").reference
    act(team, cases.add_note, ref, "called back", user="lucas.accueil")
    act(team, cases.change_status, ref, Status.IN_PROGRESS, on=TODAY, today=TODAY, user="lucas.accueil")
    with pytest.raises(ActionRefused, match="Only a DPO can extend a deadline"):
        act(team, cases.extend, ref, "five systems", on=TODAY, today=TODAY, user="lucas.accueil")
    with pytest.raises(ActionRefused, match="Only a DPO can refuse a request"):
        act(team, cases.change_status, ref, Status.REFUSED, on=TODAY, today=TODAY, reason="x", user="lucas.accueil")
    with pytest.raises(ActionRefused, match="Only a DPO can write the letter that notifies"), team.unit_of_work() as s:
        letters.create_letter(s, ref, LetterKind.EXTENSION_NOTICE, user="lucas.accueil", today=TODAY)
    with team.unit_of_work() as s:  # an acknowledgement is staff's work
        letters.create_letter(s, ref, LetterKind.ACKNOWLEDGEMENT, user="lucas.accueil", today=TODAY)
    with (
        pytest.raises(ActionRefused, match="Only a DPO can change an organisation's settings"),
        team.unit_of_work() as s,
    ):
        add_organisation(s, OrganisationInput(code="X", legal_name="X SAS"), user="lucas.accueil")
    act(team, cases.extend, ref, "five systems to search", on=TODAY, today=TODAY, user="claire.dpo")
    with team.reader(orm=True) as reading:
        history = cases.get_request(reading.orm, ref, today=TODAY).events
    assert [(e.kind, e.user) for e in history][-3:] == [
        ("status_changed", "lucas.accueil"),
        ("letter_created", "lucas.accueil"),
        ("extended", "claire.dpo"),
    ]


def test_someone_not_in_the_team_changes_nothing(team: CaseFile) -> None:
    ref = log(team, received=TODAY, user="lucas.accueil").reference
    with pytest.raises(ActionRefused, match="intruder is not a user of this case file"):
        act(team, cases.add_note, ref, "hello", user="intruder")
    with team.unit_of_work() as s:
        change_member(s, "lucas.accueil", active=False, user="claire.dpo")
    with pytest.raises(ActionRefused, match=r"lucas\.accueil is not a user of this case file, or no longer"):
        act(team, cases.add_note, ref, "hello", user="lucas.accueil")


def test_the_last_dpo_stays(team: CaseFile) -> None:
    with pytest.raises(ActionRefused, match=r"claire\.dpo is the only DPO"), team.unit_of_work() as s:
        change_member(s, "claire.dpo", role=Role.STAFF, user="claire.dpo")
    with pytest.raises(ActionRefused, match="only DPO"), team.unit_of_work() as s:
        change_member(s, "claire.dpo", active=False, user="claire.dpo")
    with team.unit_of_work() as s:
        change_member(s, "lucas.accueil", role=Role.DPO, user="claire.dpo")
        change_member(s, "claire.dpo", role=Role.STAFF, user="lucas.accueil")
    with team.reader(orm=True) as reading:
        assert [(m.login, m.role) for m in list_members(reading.orm)] == [
            ("lucas.accueil", "dpo"),
            ("claire.dpo", "staff"),
        ]


def test_the_command_line(
    team: CaseFile, case_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = log(team, received=TODAY, user="lucas.accueil").reference
    team.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    run = ["--case-file", str(case_path)]
    assert main([*run, "--user", "lucas.accueil", "users", "add", "eve", "--role", "staff"]) != 0
    assert "Only a DPO can manage the users" in capsys.readouterr().err
    assert main([*run, "--user", "claire.dpo", "users", "add", "eve", "--name", "Ève Durand", "--role", "staff"]) == 0
    assert main([*run, "users"]) == 0
    listed = capsys.readouterr().out
    assert "eve" in listed and "Ève Durand" in listed and "claire.dpo" in listed
    assert main([*run, "--user", "claire.dpo", "users", "set", "eve", "--inactive"]) == 0
    assert main([*run, "--user", "eve", "note", ref, "x"]) != 0
    assert "eve is not a user of this case file, or no longer" in capsys.readouterr().err


@pytest.mark.gui
def test_the_window_follows_the_role(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    dpo_window = MainWindow(Workbench(demo_case, "claire.dpo"))
    qtbot.addWidget(dpo_window)
    users = dpo_window.open_users()
    assert users.login.text() == "claire.dpo"  # nobody listed yet: yourself first, as DPO
    assert users.add()
    users.login.setText("lucas.accueil")
    users.role.setCurrentIndex(users.role.findData("staff"))
    assert users.add() and users.table.rowCount() == 2
    users.close()
    staff = MainWindow(Workbench(demo_case, "lucas.accueil"))
    qtbot.addWidget(staff)
    assert not staff.detail.can_decide and not any(a.isEnabled() for a in staff.settings_actions)
    refusal = next(a for a in staff.detail.write_menu.actions() if a.data() == "refusal")
    acknowledgement = next(a for a in staff.detail.write_menu.actions() if a.data() == "acknowledgement")
    assert not refusal.isEnabled() and acknowledgement.isEnabled()
    staff.table.selectRow(0)
    assert not staff.detail.extend_button.isEnabled()
    assert staff.not_member_banner.isHidden()
    stranger = MainWindow(Workbench(demo_case, "intruder"))
    qtbot.addWidget(stranger)
    assert not stranger.not_member_banner.isHidden()
    assert dpo_window.detail.can_decide and all(a.isEnabled() for a in dpo_window.settings_actions)
