"""FFT tone detection used by the audio-path tests."""

from __future__ import annotations

import numpy as np

from shared.tones import (
    detect_tone,
    dominant_frequencies,
    read_wav,
    tone_samples,
    write_tone_wav,
)


def test_single_tone_found_in_wav(tmp_path):
    path = write_tone_wav(tmp_path / "a.wav", 440, 1.0)
    assert detect_tone(path, 440)
    assert not detect_tone(path, 880)
    assert abs(dominant_frequencies(*read_wav(path), top=1)[0] - 440) < 2


def test_wrong_frequency_not_found():
    samples = tone_samples(1000, 0.5)
    assert detect_tone(samples, 1000)
    for freq in (440, 880, 1100, 2000):
        assert not detect_tone(samples, freq)


def test_silence_and_noise_contain_no_tone():
    assert not detect_tone(np.zeros(16000), 440)
    noise = np.random.default_rng(1).normal(0, 0.1, 16000)
    assert not detect_tone(noise, 440)


def test_two_tone_mix_finds_both(tmp_path):
    path = write_tone_wav(tmp_path / "mix.wav", [440, 880], 1.0)
    assert detect_tone(path, 440)
    assert detect_tone(path, 880)
    assert not detect_tone(path, 660)
    top = sorted(dominant_frequencies(*read_wav(path), top=2))
    assert abs(top[0] - 440) < 2 and abs(top[1] - 880) < 2


def test_tone_in_noise_and_at_8k():
    rng = np.random.default_rng(2)
    samples = tone_samples(880, 1.0, rate=8000, amplitude=0.3) + rng.normal(0, 0.05, 8000)
    assert detect_tone(samples, 880, rate=8000)
    assert not detect_tone(samples, 440, rate=8000)


def test_wav_with_zero_length_header_is_read(tmp_path):
    path = write_tone_wav(tmp_path / "crashed.wav", 440, 0.5)
    raw = bytearray(path.read_bytes())
    data_at = raw.index(b"data")
    raw[4:8] = b"\0\0\0\0"  # RIFF size
    raw[data_at + 4 : data_at + 8] = b"\0\0\0\0"  # data size
    path.write_bytes(bytes(raw))
    samples, rate = read_wav(path)
    assert rate == 16000 and samples.size == 8000
    assert detect_tone(path, 440)
