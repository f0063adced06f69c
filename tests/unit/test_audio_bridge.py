"""FrameRing, format conversion, the BridgePort callbacks and WAV audio I/O (no SIP)."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pjsua2 as pj
import pytest

from shared.tones import detect_tone, read_wav, tone_samples, write_tone_wav
from softphone.audio_bridge import (
    FRAME_BYTES,
    SILENCE,
    BridgePort,
    FrameChunker,
    FrameRing,
    LinearResampler,
    PcmConverter,
    SilenceAudioIO,
    WavAudioIO,
)


def frame(n: int) -> bytes:
    return bytes([n % 256]) * FRAME_BYTES


def test_ring_keeps_order_and_counts_nothing_in_steady_state():
    ring = FrameRing(capacity=4)
    for i in range(3):
        ring.push(frame(i))
    assert len(ring) == 3
    assert [ring.pop() for _ in range(3)] == [frame(0), frame(1), frame(2)]
    assert (ring.overruns, ring.underruns, ring.pushed, ring.popped) == (0, 0, 3, 3)


def test_ring_overrun_drops_oldest_and_counts():
    ring = FrameRing(capacity=3)
    for i in range(5):
        ring.push(frame(i))
    assert ring.overruns == 2
    assert len(ring) == 3
    assert ring.drain() == [frame(2), frame(3), frame(4)]


def test_ring_underrun_returns_silence_and_counts():
    ring = FrameRing(capacity=3)
    assert ring.pop() == SILENCE
    assert ring.pop() == SILENCE
    assert ring.underruns == 2
    assert ring.pop_nowait() is None  # the non-counting variant
    assert ring.underruns == 2
    ring.push(frame(7))
    assert ring.pop() == frame(7)


def test_ring_pads_or_cuts_odd_sized_frames():
    ring = FrameRing(capacity=2, frame_bytes=4)
    ring.push(b"\x01\x02")
    ring.push(b"\x01\x02\x03\x04\x05")
    assert ring.drain() == [b"\x01\x02\x00\x00", b"\x01\x02\x03\x04"]


def test_ring_never_blocks_between_two_threads():
    ring = FrameRing(capacity=5)
    n = 20000
    got: list[bytes] = []
    stop = threading.Event()

    def consume():  # a slow consumer, like a media clock that wakes up now and then
        while not stop.is_set():
            got.extend(ring.drain())
            ring.pop()  # counts an underrun when empty, never waits
            time.sleep(0.0005)

    t = threading.Thread(target=consume)
    t.start()
    start = time.monotonic()
    for i in range(n):
        ring.push(i.to_bytes(4, "little") * (FRAME_BYTES // 4))
    took = time.monotonic() - start
    stop.set()
    t.join(5)
    assert not t.is_alive()
    assert took < 5  # the producer never waited for the consumer
    assert ring.overruns > 0 and ring.underruns >= 0
    assert ring.pushed == n == ring.popped + ring.overruns + len(ring)
    # frames may be dropped, never reordered
    seq = [int.from_bytes(f[:4], "little") for f in got]
    assert seq == sorted(seq) and len(set(seq)) == len(seq)


def test_chunker_cuts_a_stream_into_frames():
    c = FrameChunker(frame_bytes=4)
    assert c.feed(b"\x01\x02\x03") == []
    assert c.feed(b"\x04\x05\x06\x07\x08\x09") == [b"\x01\x02\x03\x04", b"\x05\x06\x07\x08"]
    assert c.feed(b"\x0a\x0b\x0c") == [b"\x09\x0a\x0b\x0c"]


def test_resampler_keeps_a_tone_across_chunks():
    r = LinearResampler(48000, 16000)
    x = tone_samples(440, 1.0, rate=48000)
    out = np.concatenate([r.process(chunk) for chunk in np.array_split(x, 37)])
    assert abs(len(out) - 16000) <= 1
    assert detect_tone(out, 440, rate=16000)


def test_converter_48k_stereo_float_to_call_and_back():
    conv = PcmConverter(48000, 2, "Float")
    mono = tone_samples(880, 0.5, rate=48000).astype("<f4")
    stereo = np.repeat(mono[:, None], 2, axis=1).reshape(-1)
    raw = stereo.tobytes()
    pcm = b"".join(conv.to_call(raw[i : i + 1000]) for i in range(0, len(raw), 1000))
    samples = np.frombuffer(pcm, dtype="<i2") / 32768.0
    assert abs(len(samples) - 8000) <= 2
    assert detect_tone(samples, 880)
    back = np.frombuffer(conv.from_call(pcm), dtype="<f4").reshape(-1, 2)
    assert detect_tone(back[:, 0].astype(np.float64), 880, rate=48000)


def test_converter_identity_for_the_call_format():
    conv = PcmConverter(16000, 1, "Int16")
    assert conv.identity and conv.to_call(b"\x01\x02") == b"\x01\x02"


def test_bridge_port_callbacks_without_a_library():
    port = BridgePort()  # not registered: only its Python callbacks are exercised
    f = pj.MediaFrame()
    f.size = FRAME_BYTES
    port.onFrameRequested(f)  # no input device: silence, and no underrun counted
    assert bytes(f.buf) == SILENCE and f.type == pj.PJMEDIA_FRAME_TYPE_AUDIO
    assert port.mic.underruns == 0

    port.has_input = True
    port.mic.push(frame(5))
    port.onFrameRequested(f)
    assert bytes(f.buf) == frame(5)
    port.onFrameRequested(f)
    assert bytes(f.buf) == SILENCE and port.mic.underruns == 1

    port.muted = True
    port.mic.push(frame(6))
    port.onFrameRequested(f)
    assert bytes(f.buf) == SILENCE and len(port.mic) == 0  # muted: drained, not sent

    rx = pj.MediaFrame()
    rx.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
    rx.buf = pj.ByteVector(frame(9))
    rx.size = FRAME_BYTES
    port.onFrameReceived(rx)
    assert len(port.speaker) == 0  # no output device: dropped
    port.has_output = True
    port.onFrameReceived(rx)
    assert port.speaker.pop() == frame(9)
    assert port.callback_errors == 0
    assert port.stats()["frames_sent"] == 4


def fake_bridge():
    return SimpleNamespace(
        mic=FrameRing(50), speaker=FrameRing(50), has_input=False, has_output=False
    )


def test_wav_io_plays_at_real_time_pace_and_writes_a_valid_wav(qapp, qtbot, tmp_path):
    src = write_tone_wav(tmp_path / "in.wav", 880, 0.5)
    out = tmp_path / "out.wav"
    bridge = fake_bridge()
    io = WavAudioIO(src, out, prebuffer_frames=2)
    io.start(bridge)
    assert bridge.has_input and bridge.has_output and io.error == ""
    # pretend to be the media clock: take what the mic side offers, echo it back
    start = time.monotonic()
    taken: list[bytes] = []

    def clock_tick():
        while (f := bridge.mic.pop_nowait()) is not None:
            taken.append(f)
            bridge.speaker.push(f)

    qtbot.waitUntil(lambda: (clock_tick(), time.monotonic() - start > 0.3)[1], timeout=2000)
    clock_tick()
    elapsed = time.monotonic() - start
    # real-time pace: about elapsed/20 ms frames (+ prebuffer), not the whole file at once
    assert 0.3 / 0.02 - 3 <= len(taken) <= elapsed / 0.02 + 2 + 3
    io.stop()
    io.stop()  # idempotent
    assert not bridge.has_input and not bridge.has_output
    with wave.open(str(out), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 16000)
        assert w.getnframes() == len(taken) * FRAME_BYTES // 2
    samples, rate = read_wav(out)
    assert rate == 16000 and detect_tone(samples, 880)


def test_wav_io_without_files_and_with_a_bad_file(qapp, tmp_path):
    bridge = fake_bridge()
    io = WavAudioIO(None, None)
    io.start(bridge)
    assert not bridge.has_input and not bridge.has_output
    io.stop()

    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not a wav")
    io = WavAudioIO(bad, None)
    io.start(bridge)
    assert "bad.wav" in io.error and not bridge.has_input
    io.stop()


def test_silence_io_explains_itself(qapp):
    bridge = fake_bridge()
    io = SilenceAudioIO()
    io.start(bridge)
    assert "silence" in io.error and not bridge.has_input and not bridge.has_output
    io.stop()


@pytest.mark.parametrize("fmt", ["UInt8", "Int16", "Int32", "Float"])
def test_converter_round_trip_levels(fmt):
    conv = PcmConverter(16000, 1, fmt)
    pcm = (tone_samples(440, 0.1) * 32767).astype("<i2").tobytes()
    back = conv.to_call(conv.from_call(pcm))
    a = np.frombuffer(pcm, "<i2").astype(float)
    b = np.frombuffer(back, "<i2").astype(float)
    tolerance = 300 if fmt == "UInt8" else 2
    assert np.max(np.abs(a - b)) <= tolerance


# What the app does on a machine without sound, run in a fresh process each time (Qt
# Multimedia looks for its backend once per process): the audio dialog's notice, the
# app's audio factory and QtAudioIO opening the configured devices, as JSON.
_AUDIO_PROBE = """
import json, types
from PySide6.QtWidgets import QApplication
app = QApplication([])
from softphone.audio_bridge import FrameRing, QtAudioIO, available_devices, default_audio_io
from softphone.audio_settings import AudioSettingsDialog
from softphone.multimedia import multimedia_error
bridge = types.SimpleNamespace(mic=FrameRing(5), speaker=FrameRing(5), has_input=False,
                               has_output=False)
qt = QtAudioIO("no-such-mic", "no-such-speaker")
qt.start(bridge)
factory = default_audio_io()
factory.start(types.SimpleNamespace(mic=FrameRing(5), speaker=FrameRing(5)))
dialog = AudioSettingsDialog()
print(json.dumps({
    "multimedia_error": multimedia_error(),
    "devices": [len(d) for d in available_devices()],
    "notice": dialog.notice.text(),
    "qt_error": qt.error, "qt_in": bridge.has_input, "qt_out": bridge.has_output,
    "factory": type(factory).__name__, "factory_error": factory.error,
}))
qt.stop()
"""


def _probe_audio(tmp_path, **env) -> dict:
    import json
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _AUDIO_PROBE],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_an_audio_device_calls_fall_back_to_silence_and_say_so(tmp_path):
    # A sound system with no device at all: no PulseAudio server to reach.
    seen = _probe_audio(tmp_path, PULSE_SERVER=f"unix:{tmp_path}/no-such-socket")
    assert seen["multimedia_error"] == "" and seen["devices"] == [0, 0]
    assert "No audio device found" in seen["notice"]
    assert "No microphone found" in seen["qt_error"] and "No speaker" in seen["qt_error"]
    assert not seen["qt_in"] and not seen["qt_out"]
    assert seen["factory"] == "SilenceAudioIO" and "No audio device" in seen["factory_error"]


def test_without_pulseaudio_the_apps_say_so_and_never_raise(tmp_path):
    # libpulse0 missing, as on a fresh Debian: a library by that name that cannot load
    # (first on the search path) makes Qt Multimedia's import fail exactly like that.
    (tmp_path / "libpulse.so.0").write_bytes(b"not a library")
    seen = _probe_audio(tmp_path, LD_LIBRARY_PATH=str(tmp_path))
    assert "sound system cannot be used" in seen["multimedia_error"]
    assert "libpulse" in seen["multimedia_error"]
    assert seen["devices"] == [0, 0]
    assert seen["notice"] == seen["multimedia_error"]
    assert seen["qt_error"] == seen["multimedia_error"] and not seen["qt_in"]
    assert seen["factory"] == "SilenceAudioIO"
    assert seen["factory_error"] == seen["multimedia_error"]
