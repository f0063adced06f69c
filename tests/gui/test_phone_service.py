"""PhoneService against a real SIP peer process, audio checked with an FFT.

Our side is the session's ``sip_engine`` driven by the service's pump timer inside the Qt
loop; the far end is a ``python -m tests.support.sip_peer`` subprocess whose stdout lines
are read on a thread and polled from ``qtbot.waitUntil`` (the Qt loop never blocks).
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from shared.tones import detect_tone, read_wav, write_tone_wav
from softphone.audio_bridge import SilenceAudioIO, WavAudioIO
from softphone.phone_service import PhoneCall, PhoneService, user_part
from tests.support.processes import LineProcess

pytestmark = [pytest.mark.gui, pytest.mark.timeout(60)]


class Peer(LineProcess):
    """A sip_peer subprocess whose ``expect`` and ``wait`` keep Qt running meanwhile."""

    def __init__(self, qtbot, *args: str):
        super().__init__("tests.support.sip_peer", *args)
        self.qtbot = qtbot

    def expect(self, prefix: str, timeout: float = 10.0) -> str:
        found: list[str] = []

        def check() -> bool:
            self.collect()
            found[:] = [line for line in self.seen if line.startswith(prefix)]
            return bool(found)

        try:
            self.qtbot.waitUntil(check, timeout=int(timeout * 1000))
        except AssertionError:
            raise AssertionError(
                f"peer never said {prefix!r}; saw {self.seen}; stderr {self.stderr[-5:]}"
            ) from None
        return found[0]

    def wait(self, timeout: float = 10.0) -> int:
        try:
            self.qtbot.waitUntil(lambda: self.proc.poll() is not None, timeout=int(timeout * 1000))
        except AssertionError:
            self.stop()
            raise AssertionError(f"peer did not exit; saw {self.seen}") from None
        self.collect()
        return self.proc.returncode


@pytest.fixture
def peers(qtbot):
    started: list[Peer] = []

    def start(*args: str) -> Peer:
        peer = Peer(qtbot, *args)
        started.append(peer)
        return peer

    yield start
    for peer in started:
        peer.stop()


@pytest.fixture
def make_service(qapp, sip_engine):
    services: list[PhoneService] = []

    def make(factory) -> PhoneService:
        service = PhoneService(sip_engine, factory)
        services.append(service)
        return service

    yield make
    for service in services:
        service.shutdown()
    assert sip_engine.on_incoming_call is None
    assert not sip_engine.calls, "a call outlived its test"


def segment(samples: np.ndarray, rate: int, start: float, end: float) -> np.ndarray:
    return samples[int(start * rate) : int(end * rate)]


def test_user_part():
    assert user_part('"Desk 4" <sip:0612345678@10.0.0.1:5060;transport=udp>') == "0612345678"
    assert user_part("sip:room-7@127.0.0.1:5070") == "room-7"
    assert user_part("tel:+33123") == "+33123"


def test_incoming_call_audio_both_ways_mute_dtmf_and_remote_hangup(
    qtbot, tmp_path, sip_engine, make_service, peers
):
    tone_440 = write_tone_wav(tmp_path / "440.wav", 440, 2.0)
    tone_880 = write_tone_wav(tmp_path / "880.wav", 880, 2.0)
    heard = tmp_path / "desk_heard.wav"
    peer_heard = tmp_path / "peer_heard.wav"
    ios: list[WavAudioIO] = []

    def factory():
        io = WavAudioIO(tone_880, heard)
        ios.append(io)
        return io

    service = make_service(factory)
    assert service.contact == sip_engine.uri
    ended_calls: list[PhoneCall] = []
    service.call_ended.connect(ended_calls.append)

    with qtbot.waitSignal(service.incoming_call, timeout=10000) as incoming:
        peer = peers(
            "--role", "caller", "--target", service.contact,
            "--play", str(tone_440), "--record", str(peer_heard),
            "--seconds", "3.2", "--timeout", "15",
            "--header", "X-CC-Interaction:int-42",
        )  # fmt: skip
    call: PhoneCall = incoming.args[0]
    assert call.interaction_id == "int-42"
    assert call.number == "caller"
    assert call.direction == "incoming" and call.state in ("incoming", "early")  # 180 sent
    assert call in service.calls

    with qtbot.waitSignal(call.connected, timeout=5000):
        call.answer()
    connected = time.monotonic()
    assert call.connected_at is not None and call.state == "confirmed"
    peer.expect("CONFIRMED")
    qtbot.waitUntil(lambda: call.audio_io is not None, timeout=2000)
    assert call.audio_io is ios[0] and call.audio_io.error == ""

    def at(seconds: float) -> None:
        qtbot.waitUntil(lambda: time.monotonic() - connected >= seconds, timeout=10000)

    at(0.5)
    call.send_dtmf("7")
    at(1.2)
    with qtbot.waitSignal(call.muted) as muted:
        call.set_muted(True)
    assert muted.args == [True] and call.is_muted
    mute_from = time.monotonic() - connected
    at(2.2)
    call.set_muted(False)
    mute_to = time.monotonic() - connected
    live = call.stats()

    with qtbot.waitSignal(call.ended, timeout=6000) as ended:
        pass  # the peer hangs up 3.2 s after CONFIRMED
    status, _reason = ended.args
    assert status == 200 and not call.is_active
    assert ended_calls == [call] and service.calls == []
    assert call.audio_io is None and call._port is None
    qtbot.waitUntil(lambda: not sip_engine.calls, timeout=2000)  # the engine dropped it too

    assert peer.wait() == 0
    assert "DTMF digit=7" in peer.seen

    # what the desk heard: the peer's 440 Hz
    ours, rate = read_wav(heard)
    assert rate == 16000 and len(ours) / rate > 2.5
    assert detect_tone(ours, 440) and not detect_tone(ours, 880)

    # what the peer heard: 880 Hz, except while muted
    theirs, rate = read_wav(peer_heard)
    assert detect_tone(segment(theirs, rate, 0.3, mute_from - 0.1), 880)
    during = segment(theirs, rate, mute_from + 0.3, mute_to - 0.1)
    assert len(during) > 0.4 * rate
    assert not detect_tone(during, 880)
    assert float(np.sqrt(np.mean(during**2))) < 0.01
    assert detect_tone(segment(theirs, rate, mute_to + 0.3, mute_to + 0.9), 880)

    stats = call.stats()
    print("audio stats live", live, "final", stats)
    assert stats["frames_sent"] > 100 and stats["frames_received"] > 100
    assert stats["callback_errors"] == 0
    # a healthy call: a glitch or two at the start at most, not a steady stream
    assert stats["mic_underruns"] <= 10 and stats["speaker_overruns"] <= 10


def test_reject_sends_busy(qtbot, tmp_path, make_service, peers):
    service = make_service(lambda: SilenceAudioIO())
    ended_calls: list[PhoneCall] = []
    service.call_ended.connect(ended_calls.append)
    with qtbot.waitSignal(service.incoming_call, timeout=10000) as incoming:
        peer = peers("--role", "caller", "--target", service.contact, "--timeout", "8")
    call: PhoneCall = incoming.args[0]
    assert call.interaction_id == ""
    with qtbot.waitSignal(call.ended, timeout=5000) as ended:
        call.reject()
    assert ended.args[0] in (486, 603)
    line = peer.expect("DISCONNECTED")
    assert line in ("DISCONNECTED status=486", "DISCONNECTED status=603")
    assert peer.wait() == 2  # never confirmed
    assert ended_calls == [call] and service.calls == []
    assert call.audio_io is None and call.stats() == {}  # media never came up


def test_outgoing_call_with_no_audio_device(qtbot, tmp_path, sip_engine, make_service, peers):
    tone_440 = write_tone_wav(tmp_path / "440.wav", 440, 1.0)
    peer_heard = tmp_path / "peer_heard.wav"
    service = make_service(lambda: SilenceAudioIO())
    peer = peers(
        "--role", "callee", "--play", str(tone_440), "--record", str(peer_heard),
        "--timeout", "10",
    )  # fmt: skip
    uri = peer.expect("READY").split("uri=", 1)[1]
    problems: list[str] = []
    service.audio_problem.connect(problems.append)

    call = service.dial(uri, {"X-CC-Interaction": "out-1"})
    assert call.direction == "outgoing" and call in service.calls
    with qtbot.waitSignal(call.connected, timeout=5000):
        pass
    assert peer.expect("HEADER x-cc-interaction=out-1")
    qtbot.waitUntil(lambda: call.audio_io is not None, timeout=2000)
    assert "silence" in call.audio_io.error
    assert problems == [call.audio_io.error]
    qtbot.wait(700)
    assert call.stats()["frames_received"] > 10  # media flows, the audio is just dropped

    with qtbot.waitSignal(call.ended, timeout=5000):
        call.hangup()
    assert peer.wait() == 0
    theirs, rate = read_wav(peer_heard)
    assert len(theirs) > 0.3 * rate
    assert float(np.max(np.abs(theirs))) < 0.01  # silence from us
    assert service.calls == []
    qtbot.waitUntil(lambda: not sip_engine.calls, timeout=2000)


def test_remote_hold_is_reported_and_audio_resumes(qtbot, tmp_path, make_service, peers):
    tone_440 = write_tone_wav(tmp_path / "440.wav", 440, 1.0)
    heard = tmp_path / "heard.wav"
    service = make_service(lambda: WavAudioIO(None, heard))
    peer = peers("--role", "callee", "--play", str(tone_440), "--commands", "--timeout", "12")
    call = service.dial(peer.expect("READY").split("uri=", 1)[1])
    with qtbot.waitSignal(call.connected, timeout=5000):
        pass
    qtbot.waitUntil(lambda: call.stats().get("frames_received", 0) > 10, timeout=3000)

    with qtbot.waitSignal(call.held, timeout=5000) as held:
        peer.send("HOLD")
    assert held.args == [True] and call.is_held
    with qtbot.waitSignal(call.held, timeout=5000) as held:
        peer.send("UNHOLD")
    assert held.args == [False] and not call.is_held
    before = call.stats()["frames_received"]
    qtbot.wait(500)
    assert call.stats()["frames_received"] >= before + 15  # audio still bridged

    with qtbot.waitSignal(call.ended, timeout=5000):
        peer.send("HANGUP")
    assert peer.wait() == 0
    samples, rate = read_wav(heard)
    assert detect_tone(samples, 440)


def test_shutdown_ends_a_ringing_call(qtbot, sip_engine, make_service, peers):
    service = make_service(lambda: SilenceAudioIO())
    with qtbot.waitSignal(service.incoming_call, timeout=10000) as incoming:
        peer = peers("--role", "caller", "--target", service.contact, "--timeout", "8")
    call: PhoneCall = incoming.args[0]
    ended: list[tuple[int, str]] = []
    call.ended.connect(lambda status, reason: ended.append((status, reason)))
    service.shutdown()
    assert len(ended) == 1 and service.calls == []
    assert not sip_engine.calls  # dropped by the engine too, before shutdown() returned
    assert sip_engine.on_incoming_call is None
    peer.expect("DISCONNECTED")
    assert peer.wait() == 2


def test_audio_settings_dialog(qtbot):
    from PySide6.QtCore import QSettings

    from softphone.audio_bridge import SETTINGS_INPUT_KEY, SETTINGS_OUTPUT_KEY, AudioDevice
    from softphone.audio_settings import AudioSettingsDialog

    empty = AudioSettingsDialog(devices=([], []))
    qtbot.addWidget(empty)
    assert "No audio device found" in empty.notice.text()
    assert not empty.input_combo.isEnabled()

    mic = AudioDevice("mic-1", "USB headset", False)
    speaker = AudioDevice("spk-1", "Speakers", True)
    QSettings().setValue(SETTINGS_INPUT_KEY, "mic-1")
    dialog = AudioSettingsDialog(devices=([mic], [speaker]))
    qtbot.addWidget(dialog)
    assert dialog.notice.isHidden()
    assert dialog.selected() == ("mic-1", "")  # the saved choice, and the system default
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData("spk-1"))
    dialog.accept()
    settings = QSettings()
    assert settings.value(SETTINGS_INPUT_KEY) == "mic-1"
    assert settings.value(SETTINGS_OUTPUT_KEY) == "spk-1"


def test_an_invite_before_its_offer_is_held_silently_then_rings_and_one_never_offered_is_refused(
    qtbot, sip_engine, make_service, peers
):
    from agent_app.offers import OfferDesk
    from shared import protocol as p
    from softphone.audio_bridge import SilenceAudioIO
    from softphone.phone_service import HOLD_SECONDS

    desk = OfferDesk()
    service = make_service(lambda: SilenceAudioIO(""))
    service.gate = desk.invite_verdict
    rang: list[PhoneCall] = []
    service.incoming_call.connect(rang.append)
    peer = peers(
        "--role", "caller", "--target", service.contact, "--timeout", "15",
        "--header", "X-CC-Interaction:int-7", "--header", "X-CC-Offer:the-secret-of-int-7",
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(sip_engine.calls) == 1, timeout=10000)
    qtbot.wait(500)  # an absence to check: nothing rang, no 180 went out (today: both)
    peer.collect()
    assert rang == [] and "RINGING" not in peer.seen
    info = p.InteractionInfo(
        id="int-7",
        channel="voice",
        topic="waste",
        citizen_name="",
        state="offered",
        created_at=time.time(),
    )
    with qtbot.waitSignal(service.incoming_call, timeout=2000):
        desk.offer_created(
            p.OfferCreated(
                interaction=info, expires_at=time.time() + 20, phone_secret="the-secret-of-int-7"
            )
        )
    assert [c.interaction_id for c in rang] == ["int-7"]
    peer.expect("RINGING")
    with qtbot.waitSignal(rang[0].connected, timeout=5000):
        rang[0].answer()
    rang[0].hangup()
    assert peer.wait(10) == 0

    # An INVITE whose offer never comes: refused (403) once HOLD_SECONDS are over.
    started = time.monotonic()
    stray = peers(
        "--role", "caller", "--target", service.contact, "--timeout", "15",
        "--header", "X-CC-Interaction:int-8", "--header", "X-CC-Offer:whatever",
    )  # fmt: skip
    assert stray.expect("DISCONNECTED") == "DISCONNECTED status=403"
    assert time.monotonic() - started >= HOLD_SECONDS
    assert len(rang) == 1 and "RINGING" not in stray.seen


def test_a_second_engine_in_the_process_is_an_error_not_an_abort(sip_engine):
    # pjsua2 aborts the whole process on a second pj.Endpoint(): the app must be told
    # instead (the supervisor app then runs without its softphone and says so).
    from shared.sip_engine import SipEngine, SipError

    assert sip_engine.running
    with pytest.raises(SipError, match="one endpoint per process"):
        SipEngine("second").start()
    assert sip_engine.running  # the first one is untouched
