"""WAV header repair for recordings a crashed room left with zero lengths."""

from __future__ import annotations

import struct
import wave

import numpy as np
import pytest

from shared.switch.wavfile import repair_wav, wav_info, wav_seconds
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
