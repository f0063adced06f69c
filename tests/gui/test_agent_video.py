"""A video call in the agent app, as an agent takes it: the offer looks like a call's
(F5 accepts), the tab shows the citizen's picture large and our own small, F8 mutes,
Ctrl+Shift+V stops the camera, F6 hangs up and the wrap-up follows; the citizen's
hang-up and a lost browser end it too.

The citizen is a real headless Chromium with a fake camera (a known colour) and
microphone (a tone), driven through ``VideoPeer``; its signalling goes through a citizen
websocket client to a real ``cc-server --demo`` and on to the app's own connection. The
agent app sends a test picture and tone (this machine has no camera).
"""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
from PySide6.QtCore import Qt

from agent_app.video.service import VideoCallService
from agent_app.video.sinks import qimage_to_rgb
from agent_app.video.sources import PatternMedia
from agent_app.video_widget import VideoChatWidget
from agent_app.window import AgentWindow
from shared import protocol as p
from shared.tones import dominant_frequencies
from softphone.client_service import ClientService
from tests.gui.test_agent_app import activate, key, make_available
from tests.gui.test_expert_tray import screenshot
from tests.support.bots import citizen
from tests.support.video_peer import VideoPeer, media_browser

pytestmark = [pytest.mark.gui, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(90)]

CITIZEN_COLOUR = (200, 30, 30)
AGENT_COLOUR = (30, 60, 200)
TOLERANCE = 14


def near(rgb, expected) -> bool:
    return bool(np.all(np.abs(np.asarray(rgb, dtype=float) - expected) <= TOLERANCE))


def centre_colour(image) -> np.ndarray:
    rgb = qimage_to_rgb(image)
    h, w = rgb.shape[:2]
    return rgb[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].reshape(-1, 3).mean(0)


@pytest.fixture
def browser(qloop, arun, tmp_path):
    stack = contextlib.AsyncExitStack()
    yield arun(stack.enter_async_context(media_browser(tmp_path, CITIZEN_COLOUR, 440.0)))
    arun(stack.aclose(), timeout=10)


@pytest.fixture
def agent(qloop, arun, qtbot, cc_server):
    """Anna's window with video calls (a test picture and an 880 Hz tone), signed in."""
    media = VideoCallService(
        media_factory=lambda video: PatternMedia(AGENT_COLOUR, 880.0, video=video),
        speaker=False,
        tap_seconds=3.0,
    )
    service = ClientService(client_name="test", video=True)
    window = AgentWindow(service, video=media)
    qtbot.addWidget(window)
    activate(qtbot, window)
    arun(service.login(cc_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: window.connected)
    make_available(qtbot, window)
    yield window
    arun(media.close())
    arun(service.logout())
    window.allow_close()


class Citizen:
    """The citizen's page: its websocket (signalling, chat) and its browser peer."""

    def __init__(self, arun, browser, url: str):
        self.arun = arun
        self.client, self.events = arun(citizen(url))
        self.peer = arun(VideoPeer.open(browser))
        self.iid = ""

    def call(self, media: str = "video") -> str:
        started = self.arun(
            self.client.request(
                p.StartChat(id=0, topic="waste", text="Video call", name="Zofia", media=media)
            )
        )
        self.iid = started.interaction.id
        return self.iid

    def offer(self, video: bool = True) -> None:
        sdp = self.arun(self.peer.offer(video=video), timeout=10)
        self.arun(
            self.client.request(p.RtcSignal(id=0, interaction_id=self.iid, kind="offer", sdp=sdp))
        )
        answer = self.arun(self.events.next(p.RtcSignal, timeout=10), timeout=12)
        assert answer.kind == "answer" and answer.sender == "agent"
        self.arun(self.peer.accept(answer.sdp))

    def sees(self, colour) -> dict:
        async def seen():
            got = await self.peer.remote_colour()
            return got if got and near(got["rgb"], colour) else None

        return self.arun(self.peer.wait_for(seen), timeout=15)

    def close(self) -> None:
        self.arun(self.peer.close(), timeout=10)
        self.arun(self.client.close())


def take(qtbot, window, iid) -> VideoChatWidget:
    qtbot.waitUntil(lambda: window.offer_widget.interaction_id == iid, timeout=10_000)
    assert "video call" in window.offer_widget.title_label.text() or "browser" in (
        window.offer_widget.title_label.text()
    )
    key(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: iid in window.chats)
    tab = window.chats[iid]
    assert isinstance(tab, VideoChatWidget) and window.current_chat() is tab
    return tab


def test_agent_takes_a_video_call_sees_hears_mutes_and_hangs_up(qtbot, arun, agent, browser):
    window = agent
    media = window.video_calls.media
    c = Citizen(arun, browser, window.service.client.url)
    try:
        iid = c.call()
        tab = take(qtbot, window, iid)
        assert window.tabs.tabIcon(window.tabs.indexOf(tab)).cacheKey() != 0
        assert tab.pane.state_label.text() == "Waiting for the citizen's call…"
        c.offer()
        qtbot.waitUntil(lambda: tab.pane.state_kind == "connected", timeout=10_000)
        # the citizen large, ourselves small in its corner
        qtbot.waitUntil(lambda: not tab.pane.remote.image.isNull(), timeout=10_000)
        qtbot.waitUntil(lambda: near(centre_colour(tab.pane.remote.image), CITIZEN_COLOUR))
        assert not tab.pane.self_view.image.isNull()
        assert near(centre_colour(tab.pane.self_view.image), AGENT_COLOUR)
        assert tab.pane.self_view.width() < tab.pane.remote.width() // 3
        qtbot.waitUntil(lambda: len(media.audio_tap.samples()) >= 48_000, timeout=8_000)
        heard = dominant_frequencies(media.audio_tap.samples(1.0), media.audio_tap.rate, top=1)
        assert abs(heard[0] - 440.0) <= 3.0
        got = c.sees(AGENT_COLOUR)
        assert got["width"] == 640

        # the chat goes on beside the call, both ways
        arun(c.client.request(p.SendChat(id=0, interaction_id=iid, text="Z-o-f-i-a")))
        qtbot.waitUntil(lambda: any(e.text == "Z-o-f-i-a" for e in tab.transcript.entries()))
        screenshot(window, "agent-video-call.png")

        key(window, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: media.is_muted and tab.pane.mute_button.isChecked())
        assert tab.pane.mute_button.text().startswith("Unmute")
        key(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: not media.camera_enabled)
        c.sees((0, 0, 0))  # the citizen sees black, not a frozen picture
        assert tab.pane.self_view.image.isNull()

        key(window, Qt.Key.Key_F6)  # hang up: the page hears it, the wrap-up follows
        hangup = arun(c.events.next(p.RtcSignal, timeout=5), timeout=6)
        assert (hangup.kind, hangup.sender) == ("hangup", "agent")
        closed = arun(c.events.next(p.InteractionClosed, timeout=5), timeout=6)
        assert closed.by == "agent"
        qtbot.waitUntil(lambda: tab.state == "closed" and tab.wrapup is not None)
        qtbot.waitUntil(lambda: not media.in_call)
        assert tab.pane.state_label.text() == "Call ended"
        assert not tab.pane.mute_button.isEnabled() and tab.end_button.isHidden()
    finally:
        c.close()


def test_citizen_hangs_up_and_a_lost_browser_ends_the_media(qtbot, arun, agent, browser):
    window = agent
    media = window.video_calls.media
    c = Citizen(arun, browser, window.service.client.url)
    try:
        iid = c.call(media="audio")  # a voice call from the browser: no pictures
        tab = take(qtbot, window, iid)
        assert tab.pane.camera_button.isHidden()
        c.offer(video=False)
        qtbot.waitUntil(lambda: tab.pane.state_kind == "connected", timeout=10_000)
        senders = media.session.peer_connection.getSenders()
        assert [s.track.kind for s in senders if s.track is not None] == ["audio"]
        arun(c.client.request(p.RtcSignal(id=0, interaction_id=iid, kind="hangup")))
        qtbot.waitUntil(lambda: not media.in_call, timeout=5_000)
        assert tab.pane.state_label.text() == "The citizen hung up."
        assert tab.state == "active"  # the conversation is the page's to close
        arun(c.client.request(p.CloseInteraction(id=0, interaction_id=iid)))
        qtbot.waitUntil(lambda: tab.state == "closed")
        assert "hung up" in tab.banner.text()
        key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # wrap up
        qtbot.waitUntil(lambda: iid not in window.chats, timeout=5_000)

        # the next call: the browser vanishes mid-call (no close alert): media timeout
        iid = c.call()
        tab = take(qtbot, window, iid)
        c.offer()
        qtbot.waitUntil(lambda: tab.pane.state_kind == "connected", timeout=10_000)
        arun(c.peer.close(), timeout=10)
        qtbot.waitUntil(lambda: not media.in_call, timeout=10_000)
        assert tab.pane.state_kind == "problem"
        assert tab.pane.state_label.text() == "The citizen's connection was lost."
    finally:
        arun(c.client.close())


def test_video_is_offered_only_to_an_app_with_media(qtbot, arun, qloop, cc_server):
    service = ClientService(client_name="test")  # no video
    window = AgentWindow(service)
    qtbot.addWidget(window)
    activate(qtbot, window)
    arun(service.login(cc_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: window.connected)
    make_available(qtbot, window)
    cit, _ = arun(citizen(cc_server.url))
    try:
        arun(cit.request(p.StartChat(id=0, topic="waste", text="Hi", media="video")))
        chat_cit, _ = arun(citizen(cc_server.url))
        started = arun(chat_cit.request(p.StartChat(id=0, topic="waste", text="A chat")))
        # the chat that came after is offered; the video is not
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id == started.interaction.id)
        arun(chat_cit.close())
    finally:
        arun(cit.close())
        arun(service.logout())
        window.allow_close()


def test_cc_agent_options_choose_the_video_media(qapp):
    from agent_app.main import parse_args, start_video
    from agent_app.video.service import device_media

    assert start_video(parse_args([])).media_factory is device_media
    pattern = start_video(parse_args(["--video-pattern"])).media_factory(True)
    try:
        assert isinstance(pattern, PatternMedia) and pattern.still is not None
        assert len({tuple(px) for px in pattern.still[60]}) == 8  # colour bars, not black
    finally:
        pattern.stop()
    assert parse_args(["--no-video"]).no_video
