"""The switch's prompt catalogue and the shipped sounds (resources/sounds).

The shipped WAVs are what count; espeak-ng (installed by `make test`) speaks the name of a
topic that has no shipped prompt, and the fallback without it is tested with it hidden.
"""

from __future__ import annotations

import os
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from shared.demo.data import TOPICS
from shared.switch import prompts as prompts_mod
from shared.switch.prompts import (
    RATE,
    SOUNDS_ROOT,
    Prompts,
    concat_wav,
    normalise,
    process_speech,
    resample,
    trim_silence,
    wav_seconds,
)
from shared.tones import dominant_frequencies, read_wav, tone_samples, write_wav

SPEECH = sorted((SOUNDS_ROOT / "en").glob("*.wav"))
MUSIC = SOUNDS_ROOT / "music" / "hold.wav"


def _db(x: float) -> float:
    return 20 * np.log10(max(x, 1e-12))


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


@pytest.fixture(scope="module")
def catalogue() -> Prompts:
    return Prompts()


# ------------------------------------------------------------------ shipped files


def test_nothing_missing(catalogue):
    assert catalogue.check() == []
    for topic_id, _name, _dept in TOPICS:
        assert (SOUNDS_ROOT / "en" / f"topic-{topic_id}.wav").is_file(), topic_id


@pytest.mark.parametrize("path", SPEECH + [MUSIC], ids=lambda p: p.name)
def test_wav_format(path):
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getcomptype()) == (
            8000,
            1,
            2,
            "NONE",
        )
        assert w.getnframes() > 0


@pytest.mark.parametrize("path", SPEECH, ids=lambda p: p.name)
def test_speech_levels_and_lengths(path):
    x, rate = read_wav(path)
    seconds = x.size / rate
    assert rate == RATE
    assert -3.5 < _db(np.abs(x).max()) < -2.5  # normalised to -3 dBFS peak
    assert _db(_rms(x)) > -30  # not silent
    # 150 ms of silence at the end, and no long silence at the start
    assert np.abs(x[-int(0.14 * rate) :]).max() < 1e-3
    assert np.abs(x[: int(0.1 * rate)]).max() > 1e-3
    stem = path.stem
    if stem.isdigit() or stem in ("star", "hash", "press", "option"):
        limit = 1.5
    elif stem in ("you_are_number", "in_the_queue", "please_hold", "connecting"):
        limit = 2.0
    elif stem.startswith("topic-"):
        limit = 4.0
    else:
        limit = 8.0
    assert 0.3 < seconds < limit, f"{path.name}: {seconds:.2f} s"


def test_total_size_small():
    prompts = [p for p in SOUNDS_ROOT.rglob("*.wav") if p.parent.name != "demo"]
    assert sum(p.stat().st_size for p in prompts) < 1.5e6
    demo = sum(p.stat().st_size for p in (SOUNDS_ROOT / "demo").glob("*.wav"))
    assert demo < 0.6e6  # the demo's simulated voices


def test_music_is_quiet_continuous_and_long_enough():
    x, rate = read_wav(MUSIC)
    assert 15 <= x.size / rate <= 30
    assert -12.5 < _db(np.abs(x).max()) < -11.5
    # never drops out (a silent gap sounds like a dropped call)
    block = rate // 2
    blocks = x[: x.size // block * block].reshape(-1, block)
    assert min(_db(_rms(b)) for b in blocks) > -40


def test_music_loops_without_a_click():
    x, _ = read_wav(MUSIC)
    d = np.diff(x)
    typical = np.abs(d)
    jump = abs(x[0] - x[-1])  # the step the player makes when it wraps around
    assert jump <= typical.max()
    assert jump <= 4 * np.percentile(typical, 99)
    # no kink either: around the seam, the second difference (which a step or a phase
    # jump turns into a spike) is no larger than the music's own in the surrounding 50 ms
    looped = np.concatenate([x[-400:], x[:400]])  # the seam lies between 399 and 400
    d2 = np.abs(np.diff(looped, 2))  # d2[i] is centred on looped[i + 1]
    seam = d2[397:400].max()
    around = np.concatenate([d2[:390], d2[410:]])
    assert seam <= 1.5 * np.percentile(around, 99)


# ------------------------------------------------------------------ signal processing


def test_resampler_keeps_1khz_and_removes_6khz():
    src = 22050
    x = tone_samples(1000, 1.0, src, amplitude=0.5)
    y = resample(x, src, RATE)
    assert abs(y.size - RATE) <= 1
    peak = dominant_frequencies(y, RATE, top=1)[0]
    assert abs(peak - 1000) < 3
    assert abs(_db(_rms(y[200:-200])) - _db(_rms(x))) < 0.1  # passband gain ~0 dB
    # 6 kHz is above the new Nyquist: it would alias to 2 kHz
    y6 = resample(tone_samples(6000, 1.0, src, amplitude=0.5), src, RATE)
    assert _db(_rms(y6[200:-200])) - _db(_rms(x)) < -60
    # mixed: the 1 kHz tone survives, nothing appears at the 2 kHz alias
    mix = resample(tone_samples([1000, 6000], 1.0, src, amplitude=0.8), src, RATE)
    spectrum = np.abs(np.fft.rfft(mix * np.hanning(mix.size)))
    freqs = np.fft.rfftfreq(mix.size, 1 / RATE)
    at = lambda f: spectrum[np.abs(freqs - f) < 5].max()  # noqa: E731
    assert _db(at(2000)) - _db(at(1000)) < -60


def test_resampler_dc_and_other_ratios():
    y = resample(np.full(4410, 0.25), 22050, RATE)
    assert np.allclose(y[100:-100], 0.25, atol=1e-6)
    for src, dst in ((48000, 8000), (16000, 8000), (8000, 16000), (44100, 8000)):
        x = tone_samples(440, 0.2, src)
        y = resample(x, src, dst)
        assert abs(y.size - 0.2 * dst) <= 1
        assert abs(dominant_frequencies(y, dst, top=1)[0] - 440) < 10
    assert np.array_equal(resample(x, 8000, 8000), x)


def test_trim_silence_and_process_speech():
    rate = RATE
    word = tone_samples(500, 0.3, rate, 0.3)
    gap = np.zeros(2 * rate)
    x = np.concatenate([np.zeros(rate), word, gap, word, np.zeros(rate)])
    y = trim_silence(x, rate)
    assert 0.6 < y.size / rate < 1.1  # both words, a shortened pause, short margins
    assert np.abs(y[:10]).max() < 0.05 and np.abs(y[-10:]).max() < 0.05  # faded ends
    z = process_speech(tone_samples(500, 0.5, 22050, 0.1), 22050)
    assert _db(np.abs(z).max()) == pytest.approx(-3, abs=0.05)
    assert np.all(z[-int(0.15 * rate) :] == 0)
    assert np.array_equal(normalise(np.zeros(5), -3), np.zeros(5))


def test_wav_helpers(tmp_path, catalogue):
    pieces = catalogue.position(7)
    out = concat_wav(pieces, tmp_path / "pos7.wav")
    assert wav_seconds(out) == pytest.approx(sum(wav_seconds(p) for p in pieces), abs=0.01)
    other = write_wav(tmp_path / "16k.wav", tone_samples(440, 0.5, 16000), 16000)
    joined = concat_wav([other, pieces[0]], tmp_path / "j.wav", gap_s=0.1)
    assert wav_seconds(joined) == pytest.approx(0.6 + wav_seconds(pieces[0]), abs=0.01)
    assert read_wav(joined)[1] == RATE


# ------------------------------------------------------------------ the catalogue


def _exist(paths: list[str]) -> bool:
    return all(os.path.isabs(p) and Path(p).is_file() for p in paths)


def test_fixed_prompts(catalogue):
    assert [Path(p).name for p in catalogue.greeting()] == ["welcome.wav", "recording_notice.wav"]
    for method, name in [
        (catalogue.busy, "busy.wav"),
        (catalogue.invalid, "invalid.wav"),
        (catalogue.no_agents_goodbye, "no_agents_goodbye.wav"),
        (catalogue.please_hold, "please_hold.wav"),
        (catalogue.connecting, "connecting.wav"),
        (catalogue.callback_confirmed, "callback_confirmed.wav"),
        (catalogue.callback_needs_number, "callback_needs_number.wav"),
        (catalogue.callback_greeting, "callback_greeting.wav"),
    ]:
        paths = method()
        assert [Path(p).name for p in paths] == [name] and _exist(paths)
    assert _exist(catalogue.greeting()) and _exist([catalogue.music()])


def test_callback_offer_names_the_key(catalogue):
    paths = catalogue.callback_offer("8")
    assert [Path(p).name for p in paths] == ["callback_offer.wav", "8.wav"] and _exist(paths)
    assert Path(catalogue.callback_offer("*")[1]).name == "star.wav"
    with pytest.raises(ValueError):
        catalogue.callback_offer("x")


def test_position_shapes(catalogue):
    names = lambda paths: [Path(p).name for p in paths]  # noqa: E731
    assert names(catalogue.position(1)) == ["you_are_number.wav", "1.wav", "in_the_queue.wav"]
    assert names(catalogue.position(20)) == ["you_are_number.wav", "20.wav", "in_the_queue.wav"]
    assert names(catalogue.position(21)) == ["more_than_twenty.wav"]
    assert names(catalogue.position(57)) == ["more_than_twenty.wav"]
    assert names(catalogue.position(0)) == ["busy.wav"]
    for n in (1, 7, 20, 57):
        assert _exist(catalogue.position(n))


def test_menu_uses_shipped_topic_phrases(catalogue):
    options = [(str(i + 1), tid, name) for i, (tid, name, _d) in enumerate(TOPICS)]
    paths = catalogue.menu(options)
    assert _exist(paths)
    assert [Path(p).name for p in paths[:4]] == [
        f"topic-{TOPICS[0][0]}.wav",
        "press.wav",
        "1.wav",
        f"topic-{TOPICS[1][0]}.wav",
    ]
    assert len(paths) == 3 * len(TOPICS)
    with pytest.raises(ValueError):
        catalogue.menu([("x", "permits", "Building permits")])


def test_menu_fallback_for_an_unknown_topic(tmp_path, monkeypatch):
    expected = ["option.wav", "4.wav", "press.wav", "4.wav"]
    # no cache dir: never synthesises
    paths = Prompts().menu([("4", "dog-licences", "Dog licences")])
    assert [Path(p).name for p in paths] == expected and _exist(paths)
    # a cache dir but no espeak-ng: same fallback, nothing written
    monkeypatch.setattr(prompts_mod, "espeak_path", lambda: None)
    paths = Prompts(cache_dir=tmp_path).menu([("4", "dog-licences", "Dog licences")])
    assert [Path(p).name for p in paths] == expected and _exist(paths)
    assert not any(tmp_path.rglob("*.wav"))


def test_menu_synthesises_an_unknown_topic_when_espeak_is_there(tmp_path):
    p = Prompts(cache_dir=tmp_path)
    option = ("2", "dog-licences", "Dog licences & chips")
    paths = p.menu([option])
    assert _exist(paths)
    assert shutil.which("espeak-ng"), "espeak-ng is missing (make test installs it)"
    phrase = Path(paths[0])
    assert phrase.parent.parent == tmp_path.resolve() and phrase.name.startswith("topic-dog")
    assert [Path(x).name for x in paths[1:]] == ["press.wav", "2.wav"]
    x, rate = read_wav(phrase)
    assert rate == RATE and _db(np.abs(x).max()) == pytest.approx(-3, abs=0.1)
    assert 0.5 < x.size / rate < 4
    # cached: the second catalogue reuses the file without running espeak-ng again
    mtime = phrase.stat().st_mtime_ns
    assert Prompts(cache_dir=tmp_path).menu([option]) == paths
    assert phrase.stat().st_mtime_ns == mtime


def test_language_falls_back_to_english_and_check_reports_missing(tmp_path):
    p = Prompts(language="pl")
    assert p.busy() == Prompts().busy() and p.check() == []
    empty = Prompts(root=tmp_path)
    missing = empty.check()
    assert str(tmp_path.resolve() / "en" / "busy.wav") in missing
    assert str(tmp_path.resolve() / "music" / "hold.wav") in missing
    assert len(missing) == len(empty.required())
    with pytest.raises(ValueError):
        empty.number(21)
