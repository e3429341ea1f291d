"""Organisation settings, and what changing them does to deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dpo_desk.domain.statuses import Status
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.organisations import update_organisation
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.ui.organisation_dialog import OrganisationDialog

from .conftest import TODAY
from .test_cases import act, detail, log


def _settings(case: CaseFile, code: str = "IMV"):  # type: ignore[no-untyped-def]
    return Workbench(case, "dpo").organisation(code)[0]


def test_new_region_recomputes_open_deadlines_only(case: CaseFile) -> None:
    open_ref = log(case, received=date(2025, 11, 25)).reference
    closed_ref = log(case, received=date(2025, 11, 25), email="other@example.fr").reference
    act(case, cases.change_status, closed_ref, Status.WITHDRAWN, on=date(2025, 11, 26), today=TODAY, reason="gone")
    assert detail(case, open_ref).due_on == date(2025, 12, 26)
    with case.unit_of_work() as session:
        changed = update_organisation(
            session, "IMV", replace(_settings(case), holiday_region="fr-alsace-moselle"), user="dpo", today=TODAY
        )
    assert changed == ["holiday_region"]
    assert detail(case, open_ref).due_on == date(2025, 12, 29)  # 26 December is a holiday there
    assert detail(case, closed_ref).due_on == date(2025, 12, 26)
    with case.reader(orm=True) as reading:
        from sqlalchemy import text

        last = reading.orm.execute(text("SELECT details FROM event ORDER BY seq DESC LIMIT 1")).scalar_one()
    assert '"deadlines_recomputed": 1' in last


def test_nothing_changed_records_nothing(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        assert update_organisation(session, "IMV", _settings(case), user="dpo", today=TODAY) == []


def test_refusals(case: CaseFile) -> None:
    with pytest.raises(ActionRefused, match="legal name"), case.unit_of_work() as session:
        update_organisation(session, "IMV", replace(_settings(case), legal_name=" "), user="dpo", today=TODAY)
    with pytest.raises(ActionRefused, match="larger than 2 MB"), case.unit_of_work() as session:
        update_organisation(
            session, "IMV", _settings(case), user="dpo", today=TODAY, signature_image=b"x" * (2 * 1024 * 1024 + 1)
        )
    assert _settings(case).legal_name == "IMV Technologies"


@pytest.mark.gui
def test_settings_dialog_saves_letterhead_and_signature(
    qtbot,
    case: CaseFile,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(buffer.data())

    workbench = Workbench(case, "dpo")
    dialog = OrganisationDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code.isReadOnly() and dialog.legal_name.text() == "IMV Technologies"
    dialog.city.clear()
    qtbot.keyClicks(dialog.city, "L'Aigle")
    qtbot.keyClicks(dialog.signatory_name, "Claire Vasseur")
    dialog.region.setCurrentIndex(dialog.region.findData("fr-alsace-moselle"))
    dialog.set_signature(png)
    assert not dialog.signature_preview.pixmap().isNull()
    dialog.set_signature(b"not an image")
    assert "not an image" in dialog.error.text()
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    data, signature = workbench.organisation("IMV")
    assert (data.city, data.signatory_name, data.holiday_region) == ("L'Aigle", "Claire Vasseur", "fr-alsace-moselle")
    assert signature == png

    dialog.chooser.setCurrentIndex(dialog.chooser.findData("__new__"))
    assert not dialog.code.isReadOnly() and dialog.code.text() == ""
    qtbot.keyClicks(dialog.code, "imera")
    dialog.legal_name.setText("iméra")  # QTest key clicks are ASCII-only
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved.args == ["IMERA"] and [c for c, _ in workbench.organisations()] == ["IMERA", "IMV"]
