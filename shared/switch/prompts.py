"""The switch's voice prompts and hold music: which WAV files a room plays, and how they
are made.

Pure Python and numpy (no pjsua2, no Qt). The server asks a :class:`Prompts` catalogue
for lists of absolute WAV paths and sends them to a room (``control.Play``); the room
plays them one after the other with pjsua2's ``AudioMediaPlayer``, which needs 16-bit PCM
mono at the conference bridge's rate, 8000 Hz.

The fixed prompts are generated once by ``resources/sounds/generate.py`` (espeak-ng for
speech, numpy for the hold music) and shipped in the tree. The synthesis and resampling
helpers live here, not in the generator, so that :meth:`Prompts.menu` can synthesise a
"For <topic>" phrase for a topic that has no shipped file, with exactly the same
processing, when espeak-ng is installed.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

import numpy as np

from shared.switch.wavfile import wav_seconds  # noqa: F401 - part of this module's API
from shared.tones import read_wav, write_wav

StrPath = str | PathLike[str]

RATE = 8000  # pjsua2 conference bridge rate in the rooms
SOUNDS_ROOT = Path(__file__).resolve().parents[2] / "resources" / "sounds"

# espeak-ng voice per prompt language, and the phrase that introduces a menu option.
VOICES = {"en": "en-gb"}
TOPIC_PHRASE = {"en": "For {name},"}
SPEED_WPM = 150  # a little slower than espeak-ng's default 175

SPEECH_PEAK_DBFS = -3.0
MUSIC_PEAK_DBFS = -12.0
TAIL_SILENCE_S = 0.150

MAX_POSITION = 20  # position announcements exist for 1..20; beyond that "more than twenty"

# Menu keys -> file names (numbers are shared with the position announcements).
DIGIT_FILES = {**{str(d): f"{d}.wav" for d in range(10)}, "*": "star.wav", "#": "hash.wav"}

# Fixed prompt files (without .wav) and what they say. generate.py writes exactly these,
# and check() reports any of them (plus the numbers and the music) that are missing.
# A trailing comma gives espeak-ng a continuing (not final) intonation for a piece that
# another piece follows: "You are number, | seven | in the queue."
PHRASES: dict[str, str] = {
    "welcome": "Welcome to the city hall contact centre.",
    "recording_notice": "Calls are recorded for quality and training purposes.",
    "you_are_number": "You are number,",
    "in_the_queue": "in the queue.",
    "more_than_twenty": "There are more than twenty callers ahead of you.",
    "busy": "All our agents are busy. Please stay on the line.",
    "invalid": "Sorry, that is not a valid choice.",
    "no_agents_goodbye": (
        "No one is available to take your call right now. Please call again later. Goodbye."
    ),
    "please_hold": "Please hold.",
    "connecting": "Connecting you now.",
    "press": "press",
    "option": "Option,",
    # callbacks (said after the position in the queue, then the key: "... press, eight")
    "callback_offer": "To be called back instead of waiting, press,",
    "callback_confirmed": (
        "Thank you. We will call you back when it is your turn, on the number you are"
        " calling from. Goodbye."
    ),
    "callback_needs_number": "Sorry, we can only call you back when your number is shown.",
    "callback_greeting": "Hello, this is the city hall contact centre, calling you back.",
}
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
SYMBOL_WORDS = {"star": "star", "hash": "hash"}


# ------------------------------------------------------------------ signal processing


def _kaiser(d: np.ndarray, half: float, beta: float) -> np.ndarray:
    """Continuous Kaiser window of half-width `half`, evaluated at offsets `d`."""
    r = np.clip(1.0 - (d / half) ** 2, 0.0, None)
    w = np.i0(beta * np.sqrt(r)) / np.i0(beta)
    return np.where(np.abs(d) <= half, w, 0.0)


def resample(
    samples: np.ndarray,
    src_rate: int,
    dst_rate: int,
    *,
    cutoff: float = 0.92,
    zero_crossings: int = 32,
    beta: float = 8.6,
) -> np.ndarray:
    """Band-limited resampling by a Kaiser-windowed sinc, evaluated polyphase.

    The low-pass sits at ``cutoff`` × the lower Nyquist frequency (3680 Hz for 8 kHz
    output) with ``zero_crossings`` sinc lobes each side; with the defaults the stop band
    is below -80 dB from about 4 kHz, so speech above the new Nyquist does not alias
    back into the telephone band. Each phase is normalised to unity DC gain.
    """
    x = np.asarray(samples, dtype=np.float64)
    if src_rate == dst_rate or x.size == 0:
        return x.copy()
    g = math.gcd(int(src_rate), int(dst_rate))
    up, down = int(dst_rate) // g, int(src_rate) // g
    fc = 0.5 * cutoff * min(1.0, dst_rate / src_rate)  # cycles per input sample
    half = zero_crossings / (2.0 * fc)  # kernel half-width in input samples
    taps_half = int(math.ceil(half))
    j = np.arange(-taps_half, taps_half + 1)

    def kernel(frac: np.ndarray) -> np.ndarray:
        d = frac[:, None] - j[None, :]  # distance from output instant to each input tap
        h = 2 * fc * np.sinc(2 * fc * d) * _kaiser(d, half, beta)
        return h / h.sum(axis=1, keepdims=True)

    n_out = int(math.ceil(x.size * up / down))
    padded = np.concatenate([np.zeros(taps_half), x, np.zeros(taps_half + 1)])
    table = kernel(np.arange(up) / up) if up <= 4096 else None
    out = np.empty(n_out)
    chunk = max(1, (1 << 20) // j.size)
    for start in range(0, n_out, chunk):
        n = np.arange(start, min(n_out, start + chunk), dtype=np.int64)
        base, phase = np.divmod(n * down, up)
        weights = table[phase] if table is not None else kernel(phase / up)
        idx = base[:, None] + j[None, :] + taps_half
        out[start : start + n.size] = np.einsum("ij,ij->i", padded[idx], weights)
    return out


def normalise(samples: np.ndarray, peak_dbfs: float) -> np.ndarray:
    """Scale so the absolute peak sits at `peak_dbfs` (silence is returned unchanged)."""
    x = np.asarray(samples, dtype=np.float64)
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    if peak <= 0:
        return x.copy()
    return x * (10 ** (peak_dbfs / 20) / peak)


def _fade(x: np.ndarray, n: int, *, out: bool) -> None:
    n = min(n, x.size)
    if n <= 0:
        return
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / n)
    if out:
        x[-n:] *= ramp[::-1]
    else:
        x[:n] *= ramp


def trim_silence(
    samples: np.ndarray,
    rate: int,
    *,
    threshold_db: float = -40.0,
    lead_s: float = 0.02,
    trail_s: float = 0.04,
    max_gap_s: float = 0.35,
) -> np.ndarray:
    """Drop leading and trailing silence and shorten any inner pause to `max_gap_s`.

    Silence is any 10 ms frame whose RMS is `threshold_db` below the loudest frame. Cuts
    happen in silence, and the ends get a short raised-cosine fade so nothing clicks.
    """
    x = np.asarray(samples, dtype=np.float64)
    frame = max(1, rate // 100)
    n_frames = x.size // frame
    if n_frames == 0:
        return x.copy()
    rms = np.sqrt(np.mean(x[: n_frames * frame].reshape(n_frames, frame) ** 2, axis=1))
    loud = rms >= rms.max() * 10 ** (threshold_db / 20) if rms.max() > 0 else rms > 0
    if not loud.any():
        return np.zeros(0)
    first, last = int(np.argmax(loud)), int(n_frames - 1 - np.argmax(loud[::-1]))
    keep = np.ones(n_frames + 1, dtype=bool)  # per frame; the extra one is the remainder
    # inner pauses: keep max_gap_s of each, half at either side of the cut
    max_gap = max(2, int(round(max_gap_s * 100)))
    i = first
    while i <= last:
        if loud[i]:
            i += 1
            continue
        k = i
        while k <= last and not loud[k]:
            k += 1
        if k - i > max_gap:
            keep[i + max_gap // 2 : k - (max_gap - max_gap // 2)] = False
        i = k
    idx = np.arange(x.size)
    start = max(0, first * frame - int(lead_s * rate))
    end = min(x.size, (last + 1) * frame + int(trail_s * rate))
    mask = (idx >= start) & (idx < end) & keep[np.minimum(idx // frame, n_frames)]
    y = x[mask].copy()
    _fade(y, int(0.005 * rate), out=False)
    _fade(y, int(0.010 * rate), out=True)
    return y


def process_speech(samples: np.ndarray, rate: int) -> np.ndarray:
    """espeak-ng output -> prompt samples at RATE: resampled, DC removed, trimmed,
    normalised to SPEECH_PEAK_DBFS, followed by TAIL_SILENCE_S of silence."""
    x = resample(samples, rate, RATE)
    x = x - x.mean() if x.size else x
    x = trim_silence(x, RATE)
    x = normalise(x, SPEECH_PEAK_DBFS)
    return np.concatenate([x, np.zeros(int(round(TAIL_SILENCE_S * RATE)))])


# ------------------------------------------------------------------ speech synthesis


def espeak_path() -> str | None:
    """The espeak-ng executable, or None when it is not installed."""
    return shutil.which("espeak-ng")


def speakable(text: str) -> str:
    """Text as espeak-ng should read it ("&" -> "and", tidy whitespace)."""
    text = text.replace("&", " and ").replace("+", " plus ")
    return re.sub(r"\s+", " ", text).strip()


def synthesise(text: str, out: StrPath, *, voice: str = "en-gb", speed: int = SPEED_WPM) -> Path:
    """Speak `text` with espeak-ng into `out` as a processed 8 kHz prompt.

    Written to a temporary file first and renamed, so a reader never sees half a WAV.
    Raises RuntimeError when espeak-ng is missing or fails.
    """
    exe = espeak_path()
    if exe is None:
        raise RuntimeError("espeak-ng is not installed")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cc-espeak-") as tmp:
        raw = Path(tmp) / "raw.wav"
        result = subprocess.run(
            [exe, "-v", voice, "-s", str(speed), "-w", str(raw), "--", speakable(text)],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if result.returncode != 0 or not raw.exists():
            raise RuntimeError(f"espeak-ng failed: {result.stderr.strip()}")
        samples, rate = read_wav(raw)
    partial = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    write_wav(partial, process_speech(samples, rate), RATE)
    os.replace(partial, out)
    return out


# ------------------------------------------------------------------ WAV helpers


def concat_wav(paths: Iterable[StrPath], out: StrPath, *, gap_s: float = 0.0) -> Path:
    """Join WAV files (any rate, 16-bit) into one 8 kHz mono file, `gap_s` apart."""
    parts: list[np.ndarray] = []
    gap = np.zeros(int(round(gap_s * RATE)))
    for i, p in enumerate(paths):
        samples, rate = read_wav(p)
        if i and gap.size:
            parts.append(gap)
        parts.append(resample(samples, rate, RATE))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_wav(out, np.concatenate(parts) if parts else np.zeros(0), RATE)


# ------------------------------------------------------------------ the catalogue


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "x"


class Prompts:
    """Prompt catalogue: every method returns absolute WAV paths (str) to play in order.

    Files are looked up in ``root/<language>/`` and then ``root/en/``; the hold music is
    ``root/music/hold.wav``. ``cache_dir`` is where :meth:`menu` may synthesise a
    "For <topic>" phrase for a topic without a shipped ``topic-<id>.wav``; with
    ``cache_dir=None`` nothing is synthesised and such a topic is announced as
    "Option <digit>". Synthesis (about 0.1 s of espeak-ng per topic, once) blocks: from
    an event loop, call :meth:`menu` once at start-up or in an executor.
    """

    def __init__(
        self,
        root: Path = SOUNDS_ROOT,
        language: str = "en",
        cache_dir: Path | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        self.language = language
        self.cache_dir = Path(cache_dir).resolve() if cache_dir is not None else None
        self._dirs = [self.root / language] + ([self.root / "en"] if language != "en" else [])

    # -- lookup

    def _find(self, name: str) -> Path | None:
        for d in self._dirs:
            p = d / name
            if p.is_file():
                return p
        return None

    def path(self, name: str) -> str:
        """Absolute path of a prompt file (``"busy.wav"``), in this language if it
        exists; otherwise where it should be (check() reports it missing)."""
        found = self._find(name)
        return str(found if found is not None else self._dirs[0] / name)

    def digit(self, key: str) -> str:
        """The file that says a menu key ("0"-"9", "*", "#")."""
        if key not in DIGIT_FILES:
            raise ValueError(f"not a menu key: {key!r}")
        return self.path(DIGIT_FILES[key])

    def number(self, n: int) -> str:
        """The file that says `n`, 0 <= n <= 20."""
        if not 0 <= n <= MAX_POSITION:
            raise ValueError(f"no number prompt for {n}")
        return self.path(f"{n}.wav")

    # -- what the server plays

    def greeting(self) -> list[str]:
        """Welcome, then the notice that calls are recorded."""
        return [self.path("welcome.wav"), self.path("recording_notice.wav")]

    def topic(self, topic_id: str, topic_name: str) -> str | None:
        """A "For <topic>" phrase: shipped ``topic-<id>.wav``, else one synthesised into
        the cache (espeak-ng installed and cache_dir set), else None."""
        shipped = self._find(f"topic-{_safe(topic_id)}.wav")
        if shipped is not None:
            return str(shipped)
        template = TOPIC_PHRASE.get(self.language)
        voice = VOICES.get(self.language)
        if self.cache_dir is None or template is None or voice is None or not topic_name:
            return None
        text = template.format(name=speakable(topic_name))
        key = hashlib.sha1(f"{voice}|{SPEED_WPM}|{text}".encode()).hexdigest()[:12]
        cached = self.cache_dir / self.language / f"topic-{_safe(topic_id)}-{key}.wav"
        if cached.is_file():
            return str(cached)
        if espeak_path() is None:
            return None
        try:
            return str(synthesise(text, cached, voice=voice))
        except (RuntimeError, OSError, ValueError, subprocess.SubprocessError):
            return None

    def menu(self, options: list[tuple[str, str, str]]) -> list[str]:
        """For each (digit, topic_id, topic_name): "For <topic>" (or "Option <digit>")
        then "press <digit>"."""
        out: list[str] = []
        for key, topic_id, topic_name in options:
            digit = self.digit(key)
            phrase = self.topic(topic_id, topic_name)
            out += [phrase] if phrase is not None else [self.path("option.wav"), digit]
            out += [self.path("press.wav"), digit]
        return out

    def position(self, n: int) -> list[str]:
        """ "You are number <n> in the queue." for 1 <= n <= 20; "There are more than
        twenty callers ahead of you." above; the busy prompt for n < 1."""
        if n < 1:
            return self.busy()
        if n > MAX_POSITION:
            return [self.path("more_than_twenty.wav")]
        return [self.path("you_are_number.wav"), self.number(n), self.path("in_the_queue.wav")]

    def busy(self) -> list[str]:
        """ "All our agents are busy. Please stay on the line." """
        return [self.path("busy.wav")]

    def invalid(self) -> list[str]:
        """ "Sorry, that is not a valid choice." """
        return [self.path("invalid.wav")]

    def no_agents_goodbye(self) -> list[str]:
        """ "No one is available … Please call again later. Goodbye." """
        return [self.path("no_agents_goodbye.wav")]

    def please_hold(self) -> list[str]:
        """ "Please hold." """
        return [self.path("please_hold.wav")]

    def connecting(self) -> list[str]:
        """ "Connecting you now." """
        return [self.path("connecting.wav")]

    def callback_offer(self, key: str) -> list[str]:
        """ "To be called back instead of waiting, press <key>." """
        return [self.path("callback_offer.wav"), self.digit(key)]

    def callback_confirmed(self) -> list[str]:
        """ "Thank you. We will call you back … Goodbye." """
        return [self.path("callback_confirmed.wav")]

    def callback_needs_number(self) -> list[str]:
        """ "Sorry, we can only call you back when your number is shown." """
        return [self.path("callback_needs_number.wav")]

    def callback_greeting(self) -> list[str]:
        """What the citizen hears on answering a callback."""
        return [self.path("callback_greeting.wav")]

    def music(self) -> str:
        """The hold-music loop."""
        return str(self.root / "music" / "hold.wav")

    # -- sanity

    def required(self) -> list[str]:
        """Every file the catalogue can hand out (topic phrases excepted)."""
        names = [f"{n}.wav" for n in PHRASES] + sorted(set(DIGIT_FILES.values()))
        names += [f"{n}.wav" for n in range(MAX_POSITION + 1) if f"{n}.wav" not in names]
        return [self.path(n) for n in names] + [self.music()]

    def check(self) -> list[str]:
        """The required files that are missing (empty when all is well)."""
        return [p for p in self.required() if not Path(p).is_file()]
