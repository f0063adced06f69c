"""The video call's local tracks, gates, audio tap and ICE configuration, without a peer."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
from aiortc.mediastreams import MediaStreamError
from aiortc.rtcicetransport import connection_kwargs

from agent_app.video import devices
from agent_app.video.capture import pcm_to_int16
from agent_app.video.ice import IceServer, ice_servers, ignored_urls, rtc_configuration
from agent_app.video.rtc_session import AudioChunk
from agent_app.video.sinks import AudioTap
from agent_app.video.sources import (
    BARS,
    PatternVideoTrack,
    PushAudioTrack,
    PushVideoTrack,
    SwitchableAudioTrack,
    SwitchableVideoTrack,
    ToneAudioTrack,
    pattern_rgb,
)
from shared.tones import dominant_frequencies

pytestmark = pytest.mark.timeout(30)


def rgb_of(frame) -> np.ndarray:
    return frame.to_ndarray(format="rgb24")


async def test_pattern_track_is_the_colour_at_the_size_and_pace_asked():
    track = PatternVideoTrack((200, 30, 30), width=320, height=240, fps=20)
    started = time.monotonic()
    frames = [await track.recv() for _ in range(11)]
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 0.8  # 10 intervals of 50 ms
    assert {(f.width, f.height) for f in frames} == {(320, 240)}
    assert [f.pts for f in frames[:3]] == [0, 4500, 9000]  # 90 kHz clock
    mean = rgb_of(frames[-1]).reshape(-1, 3).mean(0)
    assert np.all(np.abs(mean - (200, 30, 30)) <= 3), mean
    track.stop()
    with pytest.raises(MediaStreamError):
        await track.recv()


def test_colour_bars_are_eight_bars():
    rgb = pattern_rgb((0, 0, 0), 640, 480, "bars")
    columns = [tuple(rgb[240, x]) for x in range(40, 640, 80)]
    assert columns == list(BARS)
    with pytest.raises(ValueError):
        pattern_rgb((0, 0, 0), 641, 480)


async def test_tone_track_is_a_continuous_sine_at_48k():
    track = ToneAudioTrack(880, amplitude=0.5)
    frames = [await track.recv() for _ in range(25)]  # half a second
    assert {f.sample_rate for f in frames} == {48000}
    assert {f.samples for f in frames} == {960}
    assert [f.pts for f in frames[:3]] == [0, 960, 1920]
    pcm = np.concatenate([f.to_ndarray().reshape(-1) for f in frames]).astype(float) / 32768
    assert abs(dominant_frequencies(pcm, 48000, top=1)[0] - 880) <= 2.5
    assert abs(np.abs(pcm).max() - 0.5) < 0.01
    assert np.abs(np.diff(pcm)).max() < 0.06  # no click between frames


async def test_push_video_track_keeps_the_newest_frames_only():
    track = PushVideoTrack(capacity=2)
    for value in (10, 20, 30):
        track.push(np.full((4, 6, 3), value, dtype=np.uint8))
    assert track.frames_dropped == 1
    first, second = await track.recv(), await track.recv()
    assert rgb_of(first)[0, 0, 0] == 20 and rgb_of(second)[0, 0, 0] == 30
    assert second.pts > first.pts
    waiting = asyncio.ensure_future(track.recv())
    await asyncio.sleep(0.01)
    track.stop()
    with pytest.raises(MediaStreamError):
        await waiting


async def test_push_audio_track_cuts_20ms_frames_and_bounds_the_queue():
    track = PushAudioTrack(max_ms=100)
    track.push(np.arange(1000, dtype=np.int16), 48000)  # one frame of 960 + 40 kept
    track.push(np.arange(920, dtype=np.int16), 48000)  # completes the second frame
    a, b = await track.recv(), await track.recv()
    assert (a.samples, b.samples, a.sample_rate) == (960, 960, 48000)
    assert (a.pts, b.pts) == (0, 960)
    assert b.to_ndarray()[0, 40] == 0  # the 40 kept samples came first
    track.push(np.zeros(48000, dtype=np.int16), 48000)  # a second: only 100 ms stay
    assert track.frames_dropped == 45
    track.stop()


async def test_camera_gate_sends_black_without_reading_the_source():
    source = PatternVideoTrack((30, 60, 200), width=64, height=48, fps=30)
    gate = SwitchableVideoTrack(source, idle_fps=10)
    first = await gate.recv()
    assert np.abs(rgb_of(first).reshape(-1, 3).mean(0) - (30, 60, 200)).max() <= 3
    gate.enabled = False
    read = source.frames_sent
    black = [await gate.recv() for _ in range(3)]
    assert source.frames_sent == read
    assert {(f.width, f.height) for f in black} == {(64, 48)}
    assert rgb_of(black[-1]).max() <= 3
    gate.enabled = True
    back = await gate.recv()
    pts = [first.pts] + [f.pts for f in black] + [back.pts]
    assert pts == sorted(set(pts)), "one monotonic timeline across the switches"
    gate.stop()
    assert source.readyState == "ended"


async def test_mute_gate_sends_silence_of_the_same_shape():
    gate = SwitchableAudioTrack(ToneAudioTrack(440))
    loud = await gate.recv()
    gate.muted = True
    quiet = await gate.recv()
    assert (quiet.samples, quiet.sample_rate, quiet.pts) == (960, 48000, loud.pts + 960)
    assert not quiet.to_ndarray().any() and loud.to_ndarray().any()
    gate.stop()


def test_audio_tap_keeps_the_last_seconds():
    tap = AudioTap(seconds=0.5)
    for i in range(40):  # 0.8 s of stereo chunks, each a constant value
        chunk = np.full((960, 2), i * 100, dtype=np.int16)
        tap.feed(AudioChunk(chunk, 48000))
    kept = tap.samples()
    assert len(kept) == 24000 and tap.rate == 48000
    assert kept[0] == pytest.approx(15 * 100 / 32768) and kept[-1] == pytest.approx(3900 / 32768)
    assert len(tap.samples(0.1)) == 4800


def test_device_pcm_becomes_mono_int16():
    stereo = np.array([[1000, 3000], [-2000, -4000]], dtype="<i2").tobytes()
    assert pcm_to_int16(stereo, "Int16", 2).tolist() == [2000, -3000]
    floats = np.array([0.5, -0.5], dtype="<f4").tobytes()
    assert pcm_to_int16(floats, "Float", 1).tolist() == [16384, -16384]
    assert pcm_to_int16(bytes([128, 255]), "UInt8", 1).tolist() == [0, 32512]
    assert pcm_to_int16(np.array([1 << 30], dtype="<i4").tobytes(), "Int32", 1).tolist() == [16384]


def test_ice_servers_reach_the_configuration_unchanged():
    given = [
        {"urls": "stun:stun.city.example:3478"},
        {
            "urls": ["turn:turn.city.example:3478?transport=udp", "turns:turn.city.example:5349"],
            "username": "agent-7",
            "credential": "s3cret",
        },
    ]
    config = rtc_configuration(given)
    assert [(s.urls, s.username, s.credential) for s in config.iceServers] == [
        (["stun:stun.city.example:3478"], None, None),
        (
            ["turn:turn.city.example:3478?transport=udp", "turns:turn.city.example:5349"],
            "agent-7",
            "s3cret",
        ),
    ]
    # what aiortc hands to the ICE agent
    assert connection_kwargs(config.iceServers) == {
        "stun_server": ("stun.city.example", 3478),
        "turn_server": ("turn.city.example", 3478),
        "turn_ssl": False,
        "turn_transport": "udp",
        "turn_username": "agent-7",
        "turn_password": "s3cret",
    }
    assert ignored_urls(given) == ["turns:turn.city.example:5349"]
    # no servers: an empty list (aiortc's own default would be Google's STUN server)
    assert rtc_configuration([]).iceServers == []
    assert ice_servers([IceServer("stun:a:1")]) == (IceServer(("stun:a:1",)),)
    with pytest.raises(ValueError, match="bad ICE server URL"):
        rtc_configuration([{"urls": "http://not-ice"}])


def test_device_settings_keys_are_the_softphones():
    from softphone import audio_bridge

    assert devices.SETTINGS_INPUT_KEY == audio_bridge.SETTINGS_INPUT_KEY
    assert devices.SETTINGS_OUTPUT_KEY == audio_bridge.SETTINGS_OUTPUT_KEY
