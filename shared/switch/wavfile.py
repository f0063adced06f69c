"""WAV files a room left behind: repair the header of one whose recorder never closed.

pjmedia's recorder writes the RIFF and data chunk lengths only when it is destroyed; a
room killed mid-call leaves zeros there, and players refuse the file. The samples are
all on disk, so fixing the two lengths from the file size recovers the recording.
"""

from __future__ import annotations

import os
import struct
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
