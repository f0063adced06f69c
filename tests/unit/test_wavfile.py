"""WAV header repair for recordings a crashed room left with zero lengths."""

from __future__ import annotations

import struct
import wave

import numpy as np
import pytest

from shared.switch import wavfile
from shared.switch.wavfile import (
    CHANNELS,
    STEREO_LAYOUT,
    finish_stereo,
    part_paths,
    repair_wav,
    wav_info,
    wav_seconds,
)
from shared.tones import detect_tone, read_wav, write_tone_wav


def crash(path):
    """What pjmedia leaves when the recorder is never destroyed: lengths still zero."""
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, 4, 0)
    struct.pack_into("<I", data, 40, 0)
    path.write_bytes(bytes(data))


def test_repair_restores_the_lengths_and_the_audio(tmp_path):
    path = write_tone_wav(tmp_path / "r.wav", 440, seconds=1.0, rate=8000)
    good = path.read_bytes()
    crash(path)
    with pytest.raises(Exception):  # noqa: B017 - whatever wave raises, it can't read it
        with wave.open(str(path)) as w:
            assert w.getnframes() > 0
    assert repair_wav(path) is True
    assert path.read_bytes() == good
    assert wav_seconds(path) == pytest.approx(1.0)
    assert detect_tone(path, 440)
    assert repair_wav(path) is False  # already fine: untouched


def test_repair_drops_a_torn_last_sample(tmp_path):
    path = write_tone_wav(tmp_path / "r.wav", 880, seconds=0.5, rate=8000)
    crash(path)
    with path.open("ab") as f:
        f.write(b"\x01")  # half a sample: the writer was killed mid-write
    repair_wav(path)
    rate, channels, bits, size = wav_info(path)
    assert (rate, channels, bits) == (8000, 1, 16)
    assert size == 4000 * 2
    samples, _ = read_wav(path)
    assert len(samples) == 4000 and np.abs(samples).max() > 0.1


def test_not_a_wav_is_refused(tmp_path):
    path = tmp_path / "x.wav"
    path.write_bytes(b"hello world, not a riff file at all")
    with pytest.raises(ValueError):
        repair_wav(path)


# ---------------------------------------------------------------- stereo from two parts


def parts_of(tmp_path, left_seconds=1.0, right_seconds=1.0):
    """A recording's two mono parts: 440 Hz on the citizen's, 880 Hz on the centre's."""
    final = tmp_path / "2026" / "call.wav"
    final.parent.mkdir(parents=True)
    citizen, centre = part_paths(final)
    write_tone_wav(citizen, 440, seconds=left_seconds, rate=8000)
    write_tone_wav(centre, 880, seconds=right_seconds, rate=8000)
    return final, citizen, centre


def test_parts_sit_beside_the_recording_in_channel_order(tmp_path):
    assert [p.name for p in part_paths(tmp_path / "a" / "ID.wav")] == [
        "ID.citizen.part.wav",
        "ID.centre.part.wav",
    ]
    assert CHANNELS == ("citizen", "centre") and STEREO_LAYOUT == "citizen/centre"


def test_merge_interleaves_the_sides_sample_for_sample(tmp_path):
    final, citizen, centre = parts_of(tmp_path)
    left, _ = read_wav(citizen)
    right, _ = read_wav(centre)
    assert finish_stereo(final) == (pytest.approx(1.0), final.stat().st_size, 2)
    assert not citizen.exists() and not centre.exists()
    with wave.open(str(final)) as w:  # a header any player reads
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (2, 2, 8000)
        assert w.getnframes() == 8000
    assert np.array_equal(read_wav(final, channel=0)[0], left)
    assert np.array_equal(read_wav(final, channel=1)[0], right)
    mix, _ = read_wav(final)  # played as one: both sides
    assert detect_tone(mix, 440, 8000) and detect_tone(mix, 880, 8000)
    assert not detect_tone(read_wav(final, channel=0)[0], 880, 8000)
    assert wav_info(final) == (8000, 2, 16, 8000 * 4)
    assert finish_stereo(final) is None  # merged already: nothing to do


def test_parts_a_killed_room_left_merge_as_they_are(tmp_path):
    """Zero lengths in both headers, unequal lengths on disk, a torn last sample."""
    final, citizen, centre = parts_of(tmp_path, 1.0, 0.5)
    crash(citizen)
    crash(centre)
    with centre.open("ab") as f:
        f.write(b"\x01")
    seconds, size, channels = finish_stereo(final)
    assert (seconds, channels) == (pytest.approx(1.0), 2)
    with wave.open(str(final)) as w:
        assert w.getnframes() == 8000 and size == 44 + 8000 * 4
    right, _ = read_wav(final, channel=1)
    assert detect_tone(right[:4000], 880, 8000)
    assert not right[4000:].any()  # the shorter side is padded with silence
    assert detect_tone(read_wav(final, channel=0)[0], 440, 8000)


def test_a_missing_part_is_a_silent_side(tmp_path):
    final, citizen, centre = parts_of(tmp_path)
    centre.unlink()
    assert finish_stereo(final)[2] == 2
    assert not read_wav(final, channel=1)[0].any()
    assert detect_tone(read_wav(final, channel=0)[0], 440, 8000)


def test_a_merge_cut_short_leaves_the_parts_and_no_half_file(tmp_path, monkeypatch):
    final, citizen, centre = parts_of(tmp_path)
    real = wavfile.os.replace

    def crash_before_rename(src, dst):
        raise OSError("killed")

    monkeypatch.setattr(wavfile.os, "replace", crash_before_rename)
    with pytest.raises(OSError):
        finish_stereo(final)
    assert citizen.exists() and centre.exists() and not final.exists()
    monkeypatch.setattr(wavfile.os, "replace", real)
    assert finish_stereo(final)[2] == 2  # the next try (the server's repair) makes it
    assert not citizen.exists() and not centre.exists()


def test_merge_streams_in_chunks(tmp_path, monkeypatch):
    """Longer than one chunk: the chunk seams keep every sample in place."""
    monkeypatch.setattr(wavfile, "_CHUNK_FRAMES", 777)
    final, citizen, centre = parts_of(tmp_path, 1.0, 0.7)
    left, _ = read_wav(citizen)
    right, _ = read_wav(centre)
    finish_stereo(final)
    assert np.array_equal(read_wav(final, channel=0)[0], left)
    got = read_wav(final, channel=1)[0]
    assert np.array_equal(got[: right.size], right) and not got[right.size :].any()


def test_parts_at_different_rates_are_refused(tmp_path):
    final, citizen, centre = parts_of(tmp_path)
    write_tone_wav(centre, 880, seconds=1.0, rate=16000)
    with pytest.raises(ValueError, match="rates"):
        finish_stereo(final)
    assert citizen.exists() and centre.exists()
