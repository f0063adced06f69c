"""Test tones and FFT tone detection for audio-path tests (numpy only, no Qt, no pjsua2).

WAV files are 16-bit PCM mono. `read_wav` tolerates a header whose data length is 0 or
wrong (a recorder that never closed its file): the length is taken from the file size.
"""

from __future__ import annotations

import struct
import wave
from os import PathLike
from pathlib import Path

import numpy as np

StrPath = str | PathLike[str]


def tone_samples(
    freq_hz: float | list[float], seconds: float, rate: int = 16000, amplitude: float = 0.5
) -> np.ndarray:
    """Float samples in [-1, 1]: one sine, or a mix of sines sharing `amplitude`."""
    freqs = [freq_hz] if isinstance(freq_hz, int | float) else list(freq_hz)
    t = np.arange(int(round(seconds * rate))) / rate
    mix = sum(np.sin(2 * np.pi * f * t) for f in freqs)
    return amplitude * mix / len(freqs)


def write_wav(path: StrPath, samples: np.ndarray, rate: int = 16000) -> Path:
    """Write float samples in [-1, 1] as 16-bit PCM mono."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    path = Path(path)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def write_stereo_tone_wav(
    path: StrPath, left_hz: float, right_hz: float, seconds: float, rate: int, amplitude: float
) -> int:
    """A 16-bit PCM stereo WAV: one sine on each channel (a call recording's layout:
    the citizen left, the centre right). Returns the file's size."""
    left = tone_samples(left_hz, seconds, rate, amplitude)
    right = tone_samples(right_hz, seconds, rate, amplitude)
    pcm = (np.clip(np.column_stack([left, right]), -1.0, 1.0) * 32767).astype("<i2")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path.stat().st_size


def write_tone_wav(
    path: StrPath,
    freq_hz: float | list[float],
    seconds: float,
    rate: int = 16000,
    amplitude: float = 0.5,
) -> Path:
    """Write a sine (or a mix of sines) to a 16-bit PCM mono WAV file."""
    return write_wav(path, tone_samples(freq_hz, seconds, rate, amplitude), rate)


def read_wav(path: StrPath, channel: int | None = None) -> tuple[np.ndarray, int]:
    """Return (float samples, rate) from a 16-bit PCM WAV: of one ``channel`` (0 = left),
    or with None the channels' sum clipped to full scale — what one listens to, and for
    a stereo call recording the mono mix the bridge used to record.

    Parses the RIFF chunks itself so that a data chunk whose declared size is 0 or larger
    than the file (crashed recorder) is read up to the end of the file.
    """
    raw = Path(path).read_bytes()
    if len(raw) < 12 or raw[:4] != b"RIFF" or raw[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a RIFF/WAVE file")
    pos = 12
    channels, rate, bits = 1, 16000, 16
    while pos + 8 <= len(raw):
        cid, size = raw[pos : pos + 4], struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        body = pos + 8
        if cid == b"fmt ":
            fmt, channels, rate = struct.unpack("<HHI", raw[body : body + 8])
            bits = struct.unpack("<H", raw[body + 14 : body + 16])[0]
            if fmt not in (1, 0xFFFE) or bits != 16:
                raise ValueError(f"{path}: only 16-bit PCM is supported")
        elif cid == b"data":
            end = len(raw) if size == 0 or body + size > len(raw) else body + size
            usable = (end - body) // (2 * channels) * (2 * channels)
            pcm = np.frombuffer(raw[body : body + usable], dtype="<i2")
            frames = pcm.reshape(-1, channels).astype(np.float64) / 32768.0
            if channel is not None:
                return frames[:, channel].copy(), rate
            return np.clip(frames.sum(axis=1), -1.0, 1.0), rate
        pos = body + size + (size & 1)
    raise ValueError(f"{path}: no data chunk")


def _spectrum(samples: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(samples, dtype=np.float64)
    x = x - x.mean() if x.size else x
    window = np.hanning(x.size)
    mag = np.abs(np.fft.rfft(x * window))
    freqs = np.fft.rfftfreq(x.size, 1.0 / rate)
    return freqs, mag


def dominant_frequencies(samples: np.ndarray, rate: int, top: int = 3) -> list[float]:
    """The `top` strongest distinct spectral peaks (Hz), strongest first (Hann window)."""
    if len(samples) < 16:
        return []
    freqs, mag = _spectrum(samples, rate)
    power = mag.copy()
    power[0] = 0.0
    bin_hz = freqs[1] - freqs[0]
    guard = max(1, int(round(20.0 / bin_hz)))  # peaks closer than ~20 Hz count as one
    found: list[float] = []
    for _ in range(top):
        i = int(np.argmax(power))
        if power[i] <= 0:
            break
        found.append(float(freqs[i]))
        power[max(0, i - guard) : i + guard + 1] = 0.0
    return found


def tone_snr_db(samples: np.ndarray, rate: int, freq: float, tolerance_hz: float = 15) -> float:
    """Power within `tolerance_hz` of `freq` against the median power per band elsewhere."""
    if len(samples) < 16:
        return float("-inf")
    freqs, mag = _spectrum(samples, rate)
    power = mag**2
    band = np.abs(freqs - freq) <= tolerance_hz
    if not band.any():
        return float("-inf")
    signal = power[band].sum()
    rest = power[~band & (freqs > 20)]
    # noise estimate for a band of the same width: median bin power times bins in band
    noise = (np.median(rest) if rest.size else 0.0) * band.sum()
    if signal <= 0:
        return float("-inf")
    if noise <= 0:
        return float("inf")
    return float(10 * np.log10(signal / noise))


def detect_tone(
    path_or_samples: StrPath | np.ndarray,
    freq: float,
    rate: int = 16000,
    tolerance_hz: float = 15,
    min_snr_db: float = 15,
    min_rms: float = 1e-3,
) -> bool:
    """True if `freq` stands out from the spectrum by at least `min_snr_db`.

    Accepts a WAV path (its own rate is used) or float samples at `rate`. Near-silence
    (RMS below `min_rms`) never contains a tone, and neither does a peak much weaker than
    the strongest one (one component of a mix must be within 20 dB of the loudest).
    """
    if isinstance(path_or_samples, np.ndarray):
        samples = path_or_samples.astype(np.float64)
    else:
        samples, rate = read_wav(path_or_samples)
    if samples.size < 16 or float(np.sqrt(np.mean(samples**2))) < min_rms:
        return False
    if tone_snr_db(samples, rate, freq, tolerance_hz) < min_snr_db:
        return False
    freqs, mag = _spectrum(samples, rate)
    band = np.abs(freqs - freq) <= tolerance_hz
    return bool(mag[band].max() >= mag[freqs > 20].max() * 0.1)


def tone_anywhere(
    path_or_samples: StrPath | np.ndarray,
    freq: float,
    rate: int = 16000,
    window: float = 1.0,
    **detect_kwargs,
) -> bool:
    """True if some ``window``-second stretch (half-overlapping) contains the tone: for
    recordings where it is one part among prompts, music and silence."""
    if isinstance(path_or_samples, np.ndarray):
        samples = path_or_samples.astype(np.float64)
    else:
        samples, rate = read_wav(path_or_samples)
    size = max(16, int(window * rate))
    for start in range(0, max(1, len(samples) - size + 1), size // 2):
        if detect_tone(samples[start : start + size], freq, rate, **detect_kwargs):
            return True
    return False
