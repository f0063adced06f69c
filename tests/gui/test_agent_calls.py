"""A citizen's phone call answered in the agent app, end to end over the real parts.

The citizen is a pjsua2 process dialling the front door of a real ``cc-server`` (rooms
are its pjsua2 worker processes); the agent is the agent window with its softphone on
this process's one pjsua2 endpoint, the microphone and speaker replaced by WAV files.
The citizen sends 440 Hz, the agent 880 Hz; each is looked for on the far side by FFT,
and both in the server's recording.
"""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_app.call_widget import CallWidget
from agent_app.window import AgentWindow
from shared.tones import tone_anywhere, write_tone_wav
from softphone.audio_bridge import WavAudioIO
from softphone.client_service import ClientService
from softphone.phone_service import PhoneService
from softphone.presence import icon
from tests.gui.supervisor import signed_in
from tests.support.calls import assert_stereo
from tests.support.processes import LineProcess
from tests.support.server import ServerProcess

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(120)]


@pytest.fixture
def phone_server(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=2, rooms_spare=1)
    server.start(timeout=40)
    yield server
    server.stop()


@pytest.fixture
def desk(qloop, arun, qtbot, phone_server, sip_engine, tmp_path):
    """Anna's window with a softphone whose microphone plays 880 Hz, signed in."""
    tone = write_tone_wav(tmp_path / "880.wav", 880, seconds=2.0)
    heard = tmp_path / "agent-heard.wav"
    phone = PhoneService(sip_engine, lambda: WavAudioIO(tone, heard))
    service = ClientService(client_name="test")
    window = AgentWindow(service, phone=phone)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    arun(service.login(phone_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: "Ready for calls" in window.phone_label.text(), timeout=5000)
    yield window, heard
    arun(service.logout())
    phone.shutdown()
    window.allow_close()


def key(window, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.focusWidget() or window, k, mods)


def dial(server, tmp_path, name, *args) -> LineProcess:
    tone = write_tone_wav(tmp_path / "440.wav", 440, seconds=2.0)
    return LineProcess(
        "tests.support.sip_peer", "--role", "caller",
        "--target", f"sip:city@127.0.0.1:{server.sip_port}",
        "--play", str(tone), "--record", str(tmp_path / f"{name}.wav"),
        "--dtmf", "1", "--timeout", "60", *args,
    )  # fmt: skip


def test_agent_answers_talks_holds_hangs_up_and_wraps_up_a_call(
    desk, qtbot, arun, phone_server, tmp_path
):
    window, heard = desk
    window.audio_settings_action.trigger()  # the device choice, with no devices here
    qtbot.waitUntil(lambda: window.audio_dialog.isVisible())
    assert "No audio device found" in window.audio_dialog.notice.text()
    window.audio_dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(window, Qt.Key.Key_F9)  # available
    qtbot.waitUntil(lambda: window.presence == "available")
    citizen = dial(phone_server, tmp_path, "citizen", "--seconds", "60")
    try:
        # The call pops: an offer for a call, the softphone ringing with its interaction.
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id is not None, timeout=15000)
        iid = window.offer_widget.interaction_id
        offer = window.desk.offers[iid]
        assert offer.interaction.channel == "voice"
        assert offer.interaction.caller == "caller"
        assert "First contact" in window.offer_widget.preview_label.text()
        qtbot.waitUntil(lambda: iid in window.desk.ringing, timeout=5000)
        key(window, Qt.Key.Key_F5)  # answer
        qtbot.waitUntil(lambda: isinstance(window.chats.get(iid), CallWidget), timeout=5000)
        tab = window.chats[iid]
        qtbot.waitUntil(lambda: tab.call_state == "connected", timeout=5000)
        assert window.current_call() is tab
        assert tab.title() == "caller"
        qtbot.waitUntil(lambda: window.presence == "busy", timeout=3000)
        qtbot.wait(2500)  # talk: 440 Hz one way, 880 Hz the other

        key(window, Qt.Key.Key_F7)  # hold: the caller hears music, not the agent
        qtbot.waitUntil(lambda: tab.on_hold, timeout=5000)
        assert "hold" in tab.state_label.text().lower()
        qtbot.wait(1500)
        key(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: not tab.on_hold, timeout=5000)
        key(window, Qt.Key.Key_F8)  # mute is the softphone's own
        qtbot.waitUntil(lambda: tab.muted)
        key(window, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: not tab.muted)
        key(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # keypad
        qtbot.waitUntil(tab.keypad.isVisible)
        QTest.keyClick(tab, Qt.Key.Key_5)  # a touch tone, relayed by the room to the caller
        citizen.expect("DTMF digit=5", 5)
        qtbot.wait(500)
        assert tab.timer_label.text() not in ("", "0:00")

        key(window, Qt.Key.Key_F6)  # hang up
        assert citizen.wait(10) == 0, citizen.seen
        qtbot.waitUntil(lambda: tab.state == "closed" and tab.wrapup is not None, timeout=5000)
        assert tab.wrapup_required
        qtbot.waitUntil(lambda: window.presence == "wrap_up", timeout=3000)
        tab.wrapup.notes_edit.setPlainText("Asked about a building permit.")
        tab.wrapup.focus_form()
        key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: iid not in window.chats, timeout=5000)
    finally:
        citizen.stop()

    assert tone_anywhere(heard, 440), "the agent's speaker never got the caller's 440 Hz"
    assert tone_anywhere(tmp_path / "citizen.wav", 880), "the caller never heard the agent"
    con = sqlite3.connect(phone_server.data_dir / "cc.db")
    deadline = time.monotonic() + 5
    while True:
        rec = con.execute(
            "SELECT path, topic, state, agent FROM recordings WHERE interaction_id = ?", [iid]
        ).fetchone()
        if (rec and rec[1]) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert rec is not None and rec[2] == "complete" and rec[3] == "anna"
    wrap = con.execute(
        "SELECT topic, notes FROM wrapups WHERE interaction_id = ?", [iid]
    ).fetchone()
    assert rec[1] == wrap[0]  # the recording is tagged with the wrap-up's topic
    recording = phone_server.data_dir / "recordings" / rec[0]
    assert tone_anywhere(recording, 440) and tone_anywhere(recording, 880)
    play_in_the_supervisor_app(qtbot, arun, phone_server, iid, recording, tmp_path)

    # The same number calls again: the pop shows the earlier contact; the agent declines
    # (Shift+F5), the caller waits a little and gives up: abandoned.
    again = dial(phone_server, tmp_path, "again", "--seconds", "4")
    try:
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id is not None, timeout=15000)
        second = window.offer_widget.interaction_id
        assert second != iid
        assert "1 time" in window.offer_widget.preview_label.text()
        qtbot.waitUntil(lambda: second in window.desk.ringing, timeout=5000)
        key(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id is None, timeout=5000)
        assert again.wait(20) == 0
    finally:
        again.stop()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        state = con.execute("SELECT state FROM interactions WHERE id = ?", [second]).fetchone()
        if state and state[0] == "abandoned":
            break
        time.sleep(0.1)
    assert state[0] == "abandoned"
    assert window.presence == "available"  # declining is not ring-no-answer


def test_call_tab_second_line_buttons_hold_look_and_notes_into_the_wrapup(
    desk, qtbot, phone_server, tmp_path
):
    """The call tab: Consult…/Transfer… with their keys, hold that looks unlike a live
    call, shortcut hints, one clock, no message count, and notes taken during the call
    waiting in the wrap-up form."""
    window, _ = desk
    key(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.presence == "available")
    citizen = dial(phone_server, tmp_path, "citizen", "--seconds", "60")
    try:
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id is not None, timeout=15000)
        iid = window.offer_widget.interaction_id
        offered = window.offer_widget.icon_label.pixmap().toImage()
        assert offered == icon("call").pixmap(40, 40).toImage()  # a phone, not a chat bubble
        qtbot.waitUntil(lambda: iid in window.desk.ringing, timeout=5000)
        key(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: isinstance(window.chats.get(iid), CallWidget), timeout=5000)
        tab = window.chats[iid]
        qtbot.waitUntil(lambda: tab.call_state == "connected", timeout=5000)

        assert tab.consult_button.isVisible() and tab.transfer_button.isVisible()
        assert "Ctrl+Shift+C" in tab.consult_button.toolTip()
        assert "Ctrl+Shift+T" in tab.transfer_button.toolTip()
        assert window.consult_action.isEnabled() and window.transfer_action.isEnabled()
        assert tab.hold_button.text() == "Hold (F7)" and tab.mute_button.text() == "Mute (F8)"
        assert tab.keypad_button.text() == "Keypad (Ctrl+D)"
        # one clock: the tab's; the side panel has no duration and no message count
        form = window.details_form
        assert not form.isRowVisible(window.detail_labels["duration"])
        assert not form.isRowVisible(window.detail_labels["messages"])
        live = tab.state_label.palette().color(tab.state_label.backgroundRole())
        # nothing to type into on a call: the knowledge pane copies instead of inserting
        assert window.knowledge.copies()
        assert window.knowledge.insert_button.text() == "&Copy answer"
        assert window.insert_article_action.text() == "&Copy the article's short answer"

        key(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: tab.on_hold, timeout=5000)
        held = tab.state_label.palette().color(tab.state_label.backgroundRole())
        assert held != live
        assert tab.state_label.text().startswith("On hold")
        assert tab.hold_button.text() == "Resume (F7)"
        key(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: not tab.on_hold, timeout=5000)

        key(
            window,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert tab.notes_edit.hasFocus()
        QTest.keyClicks(tab.notes_edit, "Wants a permit for a garage; sent form PB-2")
        tab.hold_button.setFocus()

        key(window, Qt.Key.Key_F6)
        assert citizen.wait(10) == 0, citizen.seen
        qtbot.waitUntil(lambda: tab.state == "closed" and tab.wrapup is not None, timeout=5000)
        assert tab.wrapup.notes_edit.toPlainText() == "Wants a permit for a garage; sent form PB-2"
        assert not tab.notes_edit.isVisible()
        tab.wrapup.topic_combo.setCurrentIndex(1)
        tab.wrapup.submit()
        qtbot.waitUntil(lambda: iid not in window.chats, timeout=5000)
    finally:
        citizen.stop()
    con = sqlite3.connect(phone_server.data_dir / "cc.db")
    notes = con.execute("SELECT notes FROM wrapups WHERE interaction_id = ?", [iid]).fetchone()
    assert notes == ("Wants a permit for a garage; sent form PB-2",)


def forge(sip_engine, *headers: str) -> LineProcess:
    """Anyone on the network calling the agent's softphone straight, with headers made up."""
    args = [arg for h in headers for arg in ("--header", h)]
    return LineProcess(
        "tests.support.sip_peer", "--role", "caller",
        "--target", f"sip:desk@127.0.0.1:{sip_engine.port}", "--timeout", "20", *args,
    )  # fmt: skip


def line_of(qtbot, peer: LineProcess, prefix: str, timeout: int = 10000) -> str:
    """A peer's line, waited for with Qt running (the softphone pumps meanwhile)."""

    def found() -> str | None:
        peer.collect()
        return next((line for line in peer.seen if line.startswith(prefix)), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=timeout)
    return found()


def test_forged_invites_held_open_neither_ring_nor_crowd_out_the_real_offer(
    desk, qtbot, phone_server, sip_engine, tmp_path
):
    window, _heard = desk
    rang: list[str] = []
    window.phone.incoming_call.connect(lambda call: rang.append(call.interaction_id))
    citizen = dial(phone_server, tmp_path, "citizen", "--seconds", "60")
    forged: list[LineProcess] = []
    try:
        con = sqlite3.connect(phone_server.data_dir / "cc.db")
        queued = "SELECT id FROM interactions WHERE channel = 'voice' AND state = 'queued'"
        qtbot.waitUntil(lambda: con.execute(queued).fetchone() is not None, timeout=15000)
        # Four INVITEs from elsewhere, each naming an interaction and a secret, held open.
        # Today they rang (180, the desk kept them) and pjsua's four call slots were full:
        # the switch's genuine INVITE got 486 and the server took it for a decline.
        forged = [
            forge(sip_engine, f"X-CC-Interaction: {n:016x}", "X-CC-Offer: made-up-secret")
            for n in range(4)
        ]

        def arrived() -> bool:  # today: 4 ringing; now: refused at once, one held
            for peer in forged:
                peer.collect()
            refused = sum(any(x.startswith("DISCONNECTED") for x in f.seen) for f in forged)
            return len(sip_engine.calls) + refused >= 4

        qtbot.waitUntil(arrived, timeout=10000)
        key(window, Qt.Key.Key_F9)  # available: the real offer comes now
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id is not None, timeout=15000)
        iid = window.offer_widget.interaction_id
        qtbot.waitUntil(lambda: iid in window.desk.ringing, timeout=5000)
        genuine = window.desk.ringing[iid]
        for peer in forged:  # refused without ringing, never shown to the agent
            assert line_of(qtbot, peer, "DISCONNECTED") == "DISCONNECTED status=403"
        # One naming the real interaction, with a wrong secret: refused at once, and the
        # desk still answers the switch's call.
        thief = forge(sip_engine, f"X-CC-Interaction: {iid}", "X-CC-Offer: not-the-secret")
        forged.append(thief)
        assert line_of(qtbot, thief, "DISCONNECTED") == "DISCONNECTED status=403"
        assert window.desk.ringing[iid] is genuine and rang == [iid]
        key(window, Qt.Key.Key_F5)  # answer
        qtbot.waitUntil(lambda: isinstance(window.chats.get(iid), CallWidget), timeout=15000)
        tab = window.chats[iid]
        qtbot.waitUntil(lambda: tab.call_state == "connected", timeout=5000)
        line_of(qtbot, citizen, "CONFIRMED")
        assert "withdrawn" not in phone_server.log()  # no decline of anna's was counted
        key(window, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: tab.state == "closed", timeout=5000)
    finally:
        citizen.stop()
        for peer in forged:
            peer.stop()


def play_in_the_supervisor_app(qtbot, arun, server, iid: str, recording, tmp_path) -> None:
    """The supervisor finds the call just made (Conversations, Ctrl+7), plays it and
    exports it: the fetched file is the server's, the citizen's 440 Hz on the left and
    the agent's 880 Hz on the right; search, play and export are audited."""
    sam = signed_in(qtbot, arun, server.url)
    sam.conversations_view_action.trigger()
    page = sam.conversations_page
    assert sam.tabs.currentWidget() is page
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("voice"))
    with qtbot.waitSignal(sam.conversations.results_ready, timeout=10000) as found:
        QTest.keyClick(page.caller_edit, Qt.Key.Key_Return)  # Enter searches
    assert iid in [r.id for r in found.args[0].rows]
    row = next(k for k, r in enumerate(page.model.rows) if r.id == iid)
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.player.player.source().isLocalFile() and page.player.waveform.seconds > 0,
        timeout=10000,
    )
    fetched = page.player.player.source().toLocalFile()
    assert open(fetched, "rb").read() == recording.read_bytes()
    assert_stereo(recording, 440, 880)  # what the app plays: citizen left, agent right
    assert page.player.waveform.citizen.max() > 0.05 and page.player.waveform.centre.max() > 0.05
    page.player.setFocus()
    QTest.keyClick(page.player, Qt.Key.Key_Space)  # play
    qtbot.waitUntil(lambda: page.player.player.position() > 300, timeout=10000)
    page.export(tmp_path / "exported.wav")
    qtbot.waitUntil(lambda: (tmp_path / "exported.wav").exists(), timeout=10000)
    assert (tmp_path / "exported.wav").read_bytes() == recording.read_bytes()
    con = sqlite3.connect(server.data_dir / "cc.db")
    acts = {
        a
        for (a,) in con.execute(
            "SELECT action FROM audit_log WHERE actor = 'sam' AND (target = ? OR target = '')",
            [iid],
        )
    }
    assert {
        "conversation_search",
        "conversation_view",
        "recording_play",
        "recording_export",
    } <= acts
    sam.close()
