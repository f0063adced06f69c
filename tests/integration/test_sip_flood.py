"""The city number under attack: floods from one address while a citizen calls from
another (sipp floods, a pjsua2 caller, the real server with its rooms).

Before: 20 INVITEs a second from one address (no ACK, no follow-up) made the front door
answer 503 to every legitimate caller, since each INVITE reserved a room for 4 s; an
OPTIONS flood was answered in full; one address could hold every TCP connection.
"""

from __future__ import annotations

import resource
import socket
import time
from pathlib import Path

import pytest

from shared.tones import read_wav
from tests.support.calls import caller, clock, rms
from tests.support.server import ServerProcess
from tests.support.sipp import SippFlood

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

CITIZEN = "127.0.0.2"  # loopback has every 127.x address: one per source


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1) != b""
    except BlockingIOError:
        return True  # nothing to read, not closed
    except OSError:
        return False  # reset


def citizen_calls(server: ServerProcess, tmp_path: Path, name: str, *extra: str) -> float:
    """A citizen from 127.0.0.2 dials the city number; returns the seconds from placing
    the call to the answer, after checking they heard the greeting."""
    rec = tmp_path / f"{name}.wav"
    proc = caller(
        server, tmp_path, "--host", CITIZEN, "--name", name, "--record", str(rec),
        "--seconds", "2.5", "--timeout", "20", *extra,
    )  # fmt: skip
    try:
        proc.expect("READY", 15)
        placed = time.time()  # sip_peer places the call right after READY
        answered = clock(proc.expect("CLOCK confirmed=", 10)) - placed
        proc.expect("DISCONNECTED", 10)
        assert proc.wait(10) == 0
    finally:
        proc.stop()
    samples, rate = read_wav(rec)
    greeting = samples[int(0.3 * rate) : int(2.3 * rate)]
    assert len(greeting) > rate and rms(greeting) > 0.01, (name, rms(greeting))  # not silence
    return answered


def test_floods_from_one_address_do_not_silence_the_city_number(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=3, rooms_spare=2)
    server.start(timeout=40)
    pid = server.proc.pid
    try:
        citizen_calls(server, tmp_path, "warmup")  # the first call loads the prompts
        before = rss_kib(pid)
        setups: list[float] = []

        # 1. 500 INVITEs a second for 15 s from 127.0.0.3, none followed
        with SippFlood(
            "invite_flood_uac.xml", server.sip_port, source="127.0.0.3", rate=500, seconds=15
        ) as flood:
            time.sleep(2)
            for n in range(3):
                assert flood.running, "the flood ended early"
                setups.append(citizen_calls(server, tmp_path, f"invite-flood-{n}"))
                time.sleep(1)
            flood.wait(30)
        log = server.log()
        assert log.count("banning 127.0.0.3") == 1, log[-3000:]

        # 2. an OPTIONS flood from 127.0.0.4 for 7 s
        with SippFlood(
            "options_flood_uac.xml", server.sip_port, source="127.0.0.4", rate=500, seconds=7
        ) as flood:
            time.sleep(2)
            setups.append(citizen_calls(server, tmp_path, "options-flood"))
            flood.wait(20)
        assert server.log().count("banning 127.0.0.4") == 1

        # 3. 1,030 idle TCP connections from 127.0.0.5
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
        socks: list[socket.socket] = []
        refused = 0
        try:
            for _ in range(1030):
                s = socket.socket()
                s.bind(("127.0.0.5", 0))
                try:
                    s.connect(("127.0.0.1", server.sip_port))
                except OSError:
                    refused += 1
                    s.close()
                    continue
                socks.append(s)
            setups.append(citizen_calls(server, tmp_path, "tcp-flood-udp"))
            tcp = f"sip:city@127.0.0.1:{server.sip_port};transport=tcp"
            setups.append(
                citizen_calls(server, tmp_path, "tcp-flood-tcp", "--tcp", "--target", tcp)
            )
            # the door kept a few of them (32 per address) and shut the rest at once
            alive = sum(1 for s in socks if still_open(s))
            assert alive <= 32, alive
        finally:
            for s in socks:
                s.close()
            resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

        growth_mib = (rss_kib(pid) - before) / 1024
        print(f"set-up under flood: {[round(s, 3) for s in setups]} s; RSS +{growth_mib:.1f} MiB")
        assert max(setups) < 2.0, setups
        assert growth_mib < 50, growth_mib
        assert server.proc.poll() is None
    finally:
        server.stop()
