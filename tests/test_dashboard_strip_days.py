"""The dashboard's "due soon" words say the domain's threshold, in English and in French."""

from __future__ import annotations

import pytest

from dpo_desk.domain import case_actions
from dpo_desk.services.dashboard import Bucket
from dpo_desk.ui.dashboard_strip import DashboardStrip

pytestmark = pytest.mark.gui


def test_the_due_soon_count_names_the_threshold(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = DashboardStrip()
    qtbot.addWidget(strip)
    assert strip.buttons[Bucket.DUE_SOON].text() == "0\nDue within 7 days"
    assert strip.buttons[Bucket.DUE_SOON].toolTip() == "Open requests due in the next 7 days"
    assert "within 7 days:" in strip.buttons[Bucket.EXTENSION_NOTICE].toolTip()


def test_the_words_follow_the_constant(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("dpo_desk.ui.dashboard_strip.DUE_SOON_DAYS", 10)
    strip = DashboardStrip()
    qtbot.addWidget(strip)
    assert strip.buttons[Bucket.DUE_SOON].text() == "0\nDue within 10 days"
    assert case_actions.DUE_SOON_DAYS == 7


def test_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    strip = DashboardStrip()
    qtbot.addWidget(strip)
    assert strip.buttons[Bucket.DUE_SOON].text() == "0\nÉchéance sous 7 jours"
    assert strip.buttons[Bucket.DUE_SOON].toolTip() == "Demandes en cours à traiter dans les 7 jours"
    assert "premier délai sous 7 jours" in strip.buttons[Bucket.EXTENSION_NOTICE].toolTip()
