"""The expert tray's pieces on their own (no server): the popup's keys and words, the
tray icon's colours and menu without a real tray, the settings dialog."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from agent_app.autostart import Autostart
from agent_app.expert_presence import ExpertPresence
from agent_app.idle import IdleProbe
from agent_app.missed import MissedOffer, MissedOffers
from agent_app.toast import OfferToast, describe
from agent_app.tray import PRESENCE_COLOURS, AgentTray, tray_icon
from agent_app.tray_settings import TraySettings
from agent_app.tray_settings_dialog import TraySettingsDialog
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService

pytestmark = pytest.mark.gui


def offer(kind="consult", channel="chat", note="Shed by the fence", **kw) -> p.OfferCreated:
    info = p.InteractionInfo(
        id=kw.pop("iid", "i1"),
        channel=channel,
        topic="permits",
        citizen_name="Jan Malinowski",
        state="offered",
        created_at=time.time(),
        caller=kw.pop("caller", ""),
    )
    return p.OfferCreated(
        interaction=info,
        expires_at=time.time() + 20,
        kind=kind,
        from_agent="anna" if kind in ("consult", "transfer") else "",
        from_agent_name="Anna Kowalska" if kind in ("consult", "transfer") else "",
        note=note,
        **kw,
    )


def welcome(presence="offline") -> p.HelloOk:
    return p.HelloOk(
        id=1,
        version=p.PROTOCOL_VERSION,
        user=p.UserInfo(username="ewa", display_name="Ewa Lewandowska", role="expert"),
        token="t",
        topics=[p.Topic(id="permits", name="Building permits")],
        not_ready_reasons=["Break", "Lunch"],
        wrapup_topics=[],
        wrapup_mandatory=True,
        presence=presence,
    )


def test_describe_says_who_what_and_the_note():
    consult = describe(offer(), "Building permits")
    assert (consult.title, consult.who) == (
        "Consultation request",
        "Anna Kowalska asks you to join a chat",
    )
    assert (
        consult.about == "Building permits · Jan Malinowski" and consult.note == "Shed by the fence"
    )
    assert consult.balloon().splitlines() == [
        "Anna Kowalska asks you to join a chat",
        "Building permits · Jan Malinowski",
        "“Shed by the fence”",
    ]
    call = describe(offer("transfer", "voice", caller="+48 71 555 01 02"), "Building permits")
    assert (call.title, call.who) == ("Transferred to you", "Anna Kowalska hands you a call")
    assert call.about == "Building permits · +48 71 555 01 02"
    plain = describe(offer("interaction", note="", preview="Is 20 m² fine?"), "Building permits")
    assert (plain.title, plain.who, plain.note) == ("New chat", "From the queue", "Is 20 m² fine?")
    assert plain.note_is_preview


def test_toast_keys_answer_once_and_it_sits_in_the_corner(qtbot):
    toast = OfferToast()
    qtbot.addWidget(toast)
    toast.show_offer(offer(), "Building permits", more=2)
    assert toast.isVisible() and toast.more_label.text() == "2 more waiting"
    area = (toast.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert area.contains(toast.frameGeometry())
    assert toast.geometry().right() > area.center().x()  # the right-hand corner
    toast.activate()
    qtbot.waitUntil(toast.isActiveWindow)
    for key, mods, signal in (
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier, toast.accept_requested),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, toast.accept_requested),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, toast.accept_requested),
        (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier, toast.reject_requested),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, toast.reject_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000) as sig:
            QTest.keyClick(toast, key, mods)
        assert sig.args == ["i1"]
    # An answer on its way: no second one, and the countdown says so.
    toast.set_pending(True)
    assert toast.countdown.format() == "Connecting…"
    with qtbot.assertNotEmitted(toast.accept_requested, wait=50):
        QTest.keyClick(toast, Qt.Key.Key_F5)
    toast.clear()
    assert not toast.isVisible() and toast.offer is None


def test_tray_icon_colour_is_the_presence():
    seen = set()
    for presence, (fill, _ring) in PRESENCE_COLOURS.items():
        image = tray_icon(presence).pixmap(64, 64).toImage()
        dot = image.pixelColor(QPoint(48, 48))  # the middle of the corner dot
        assert dot == QColor(fill), presence
        seen.add(dot.name())
    assert len(seen) == len(PRESENCE_COLOURS)


def test_tray_menu_and_tooltip_without_a_real_tray(qloop, qtbot):
    service = ClientService()
    window = AgentWindow(service, tray_mode=True)
    qtbot.addWidget(window)
    presence = ExpertPresence(window, service)
    missed = MissedOffers()
    tray = AgentTray(presence, missed, window.quit_action)
    service.logged_in.emit(welcome())
    texts = [a.text() for a in tray.menu.actions()]
    assert texts == [
        "&Open City Contact Centre",
        "",
        "&Available for consultations",
        "&Busy",
        "Busy &because…",
        "A&way",
        "",
        "&Settings…",
        "&Quit",
    ]
    assert [a.text() for a in presence.reasons_menu.actions()] == ["Break", "Lunch"]
    assert presence.away_action.isChecked()
    assert tray.tooltip() == "City Contact Centre — Away"

    service.presence_changed.emit(
        p.PresenceChanged(
            presence="not_ready",
            reason="Lunch",
            since=time.time(),
            chosen="not_ready",
            chosen_reason="Lunch",
        )
    )
    assert tray.tray.toolTip() == "City Contact Centre — Busy — Lunch"
    assert presence.busy_action.isChecked()
    service.presence_changed.emit(
        p.PresenceChanged(presence="busy", since=time.time(), chosen="available")
    )
    assert tray.tray.toolTip() == "City Contact Centre — In a conversation"
    assert presence.available_action.isChecked()  # what she chose under "in a conversation"

    item = MissedOffer.from_offer(offer(), "Building permits", time.time())
    missed.add(item)
    missed.add(item)  # the same one again: one line
    assert [a.text() for a in tray.missed_actions] == [
        f"Missed: Anna — Building permits, {item.clock()}"
    ]
    assert tray.tray.toolTip().splitlines()[1] == "1 missed request(s)"
    with qtbot.waitSignal(tray.missed_chosen) as sig:
        tray.missed_actions[0].trigger()
    assert sig.args == [item]
    with qtbot.waitSignal(tray.open_requested):
        tray.open_action.trigger()

    # The full window in tray mode: closing hides it, the app keeps running.
    window.show()
    window.close()
    assert not window.isVisible()
    window.allow_close()


def test_settings_dialog_says_when_the_computer_cannot_tell_idle_time(qtbot, tmp_path):
    autostart = Autostart(platform="linux", home=tmp_path, env={})
    dialog = TraySettingsDialog(TraySettings(), IdleProbe(None, "wayland", "wayland"), autostart)
    qtbot.addWidget(dialog)
    assert not dialog.away_check.isEnabled() and not dialog.minutes_spin.isEnabled()
    assert "Wayland" in dialog.source_label.text()
    assert "Automatic Away is off" in dialog.source_label.text()
    assert dialog.result_settings().auto_away  # the stored choice is kept for later

    class Clock:
        name = "X11 (XScreenSaver)"

        def idle_seconds(self):
            return 0.0

    dialog = TraySettingsDialog(
        TraySettings(auto_away=False, away_minutes=25), IdleProbe(Clock()), autostart
    )
    qtbot.addWidget(dialog)
    assert (
        dialog.source_label.text()
        == "This computer tells the idle time through X11 (XScreenSaver)."
    )
    assert not dialog.minutes_spin.isEnabled() and dialog.minutes_spin.value() == 25
    dialog.away_check.setChecked(True)
    assert dialog.minutes_spin.isEnabled()

    # Start at login writes the autostart entry (here under a temporary home).
    assert not dialog.autostart_check.isChecked()
    dialog.autostart_check.setChecked(True)
    with qtbot.waitSignal(dialog.settings_accepted) as sig:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sig.args == [TraySettings(auto_away=True, away_minutes=25)]
    entry = tmp_path / ".config" / "autostart" / "cc-agent-tray.desktop"
    assert entry.exists() and autostart.is_enabled()
    again = TraySettingsDialog(TraySettings(), IdleProbe(Clock()), autostart)
    qtbot.addWidget(again)
    assert again.autostart_check.isChecked()
    again.autostart_check.setChecked(False)
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not entry.exists()
