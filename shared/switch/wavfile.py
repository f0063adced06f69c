"""WAV files a room left behind: repair the header of one whose recorder never closed.

pjmedia's recorder writes the RIFF and data chunk lengths only when it is destroyed; a
room killed mid-call leaves zeros there, and players refuse the file. The samples are
all on disk, so fixing the two lengths from the file size recovers the recording.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path


def _chunks(head: bytes):
    """(id, size field offset, data offset, size) of each chunk in the header bytes."""
    pos = 12
    while pos + 8 <= len(head):
        cid = head[pos : pos + 4]
        (size,) = struct.unpack_from("<I", head, pos + 4)
        yield cid, pos + 4, pos + 8, size
        if cid == b"data":
            return
        pos += 8 + size + (size & 1)


def wav_info(path: str | os.PathLike[str]) -> tuple[int, int, int, int]:
    """(rate, channels, bits, data bytes claimed by the header)."""
    head = Path(path).read_bytes()[:4096]
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a WAV file")
    rate = channels = bits = 0
    for cid, _size_at, data_at, size in _chunks(head):
        if cid == b"fmt ":
            channels, rate = struct.unpack_from("<HI", head, data_at + 2)
            (bits,) = struct.unpack_from("<H", head, data_at + 14)
        elif cid == b"data":
            return rate, channels, bits, size
    raise ValueError(f"{path}: no data chunk")


def repair_wav(path: str | os.PathLike[str]) -> bool:
    """Rewrite the RIFF and data lengths from the file's size. True if it changed
    anything; ValueError if the file is not a WAV with a data chunk."""
    path = Path(path)
    size = path.stat().st_size
    with path.open("r+b") as f:
        head = f.read(4096)
        if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise ValueError(f"{path}: not a WAV file")
        block = 2
        for cid, size_at, data_at, claimed in _chunks(head):
            if cid == b"fmt ":
                (block,) = struct.unpack_from("<H", head, data_at + 12)
                block = max(block, 1)
            elif cid == b"data":
                actual = (size - data_at) // block * block
                (riff,) = struct.unpack_from("<I", head, 4)
                if claimed == actual and riff == size - 8:
                    return False
                f.seek(size_at)
                f.write(struct.pack("<I", actual))
                f.seek(4)
                f.write(struct.pack("<I", size - 8))
                return True
    raise ValueError(f"{path}: no data chunk")


def wav_seconds(path: str | os.PathLike[str]) -> float:
    rate, channels, bits, size = wav_info(path)
    frame = max(1, channels * bits // 8)
    return size / frame / rate if rate else 0.0


def header_complete(path: str | os.PathLike[str]) -> bool:
    """True once a recorder's file has its final header (RIFF size = file size - 8);
    True too for a file that is not there (nothing to wait for)."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return True
    return len(head) == 8 and int.from_bytes(head[4:8], "little") + 8 == size


# ---------------------------------------------------------------- stereo from two parts
#
# pjmedia's recorder is mono, so a room records each side of a call with its own
# recorder into a part file beside the final one (``CHANNELS`` gives their order), then
# interleaves the parts into one stereo WAV. Both recorders take the bridge's silence
# from the first tick, so the parts share one timeline and sample i of each is the same
# instant; a part left short by a crash is padded with silence.

CHANNELS: tuple[str, ...] = ("citizen", "centre")  # left, right
STEREO_LAYOUT = "citizen/centre"  # the recordings row's ``layout`` for such a file
MONO_LAYOUT = "mix"  # an older recording: everyone mixed into one channel
_CHUNK_FRAMES = 8000 * 10  # interleave ten seconds (at 8 kHz) at a time


def part_paths(path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The mono part files of a stereo recording ``path``, in channel order:
    ``2026/12/02/ID.wav`` -> ``2026/12/02/ID.citizen.part.wav``, ``….centre.part.wav``."""
    path = Path(path)
    return tuple(path.with_name(f"{path.stem}.{name}.part{path.suffix}") for name in CHANNELS)


def _data_at(path: Path) -> tuple[int, int, int, int]:
    """(rate, bits, offset of the samples, bytes of whole samples actually on disk) of a
    mono PCM WAV, whatever its header claims."""
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(4096)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a WAV file")
    rate = channels = bits = 0
    for cid, _size_at, data_at, _claimed in _chunks(head):
        if cid == b"fmt ":
            channels, rate = struct.unpack_from("<HI", head, data_at + 2)
            (bits,) = struct.unpack_from("<H", head, data_at + 14)
        elif cid == b"data":
            if channels != 1 or bits != 16:
                raise ValueError(f"{path}: not 16-bit mono ({channels} ch, {bits} bits)")
            return rate, bits, data_at, (size - data_at) // 2 * 2
    raise ValueError(f"{path}: no data chunk")


def _header(rate: int, channels: int, data_bytes: int) -> bytes:
    block = channels * 2
    return b"".join(
        (
            b"RIFF",
            struct.pack("<I", 36 + data_bytes),
            b"WAVEfmt ",
            struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, 16),
            b"data",
            struct.pack("<I", data_bytes),
        )
    )


def merge_stereo(
    parts: tuple[str | os.PathLike[str], ...], out: str | os.PathLike[str]
) -> tuple[float, int]:
    """Interleave mono 16-bit parts (left, right) into a stereo WAV ``out``: read what is
    on disk whatever the headers say (a crashed recorder's part works as it is), pad the
    shorter with silence, write ``out`` through a temporary file and rename it, so a
    crash here leaves the parts and no half file. Streams ten seconds at a time.
    Returns (seconds, bytes of ``out``). The parts are left for the caller to delete."""
    import array

    paths = [Path(p) for p in parts]
    infos = [_data_at(p) for p in paths]
    rates = {info[0] for info in infos}
    if len(rates) != 1:
        raise ValueError(f"parts at different rates: {sorted(rates)}")
    rate = rates.pop()
    frames = max(info[3] for info in infos) // 2
    channels = len(paths)
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    files = [p.open("rb") for p in paths]
    try:
        for f, info in zip(files, infos, strict=True):
            f.seek(info[2])
        left = [info[3] // 2 for info in infos]  # samples still to read from each part
        with tmp.open("wb") as w:
            w.write(_header(rate, channels, frames * 2 * channels))
            done = 0
            while done < frames:
                n = min(_CHUNK_FRAMES, frames - done)
                block = array.array("h", bytes(2 * n * channels))
                for ch, f in enumerate(files):
                    take = min(n, left[ch])
                    if take:
                        samples = array.array("h")
                        samples.frombytes(f.read(take * 2))
                        take = len(samples)
                        left[ch] -= take
                        block[ch : ch + take * channels : channels] = samples
                if sys.byteorder == "big":
                    block.byteswap()
                w.write(block.tobytes())
                done += n
            w.flush()
            os.fsync(w.fileno())
    finally:
        for f in files:
            f.close()
    os.replace(tmp, out)
    return (frames / rate if rate else 0.0), out.stat().st_size


def finish_stereo(path: str | os.PathLike[str]) -> tuple[float, int, int] | None:
    """Make the final stereo ``path`` from its parts and delete them; None if it has no
    parts (nothing recorded as parts, or already merged). (seconds, bytes, channels)."""
    parts = part_paths(path)
    present = [p.exists() for p in parts]
    if not any(present):
        return None
    for p, there in zip(parts, present, strict=True):
        if not there:  # one recorder never started: that side is silence
            _empty_like(p, next(q for q, ok in zip(parts, present, strict=True) if ok))
    seconds, size = merge_stereo(parts, path)
    for p in parts:
        p.unlink(missing_ok=True)
    return seconds, size, len(parts)


def _empty_like(path: Path, other: Path) -> None:
    rate = _data_at(other)[0]
    path.write_bytes(_header(rate, 1, 0))
