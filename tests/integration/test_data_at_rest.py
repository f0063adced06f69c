"""Citizens' data at rest and on the wire (hardening issue, part 7): private files,
resume tokens stored as hashes, TLS with certificate checks, and an online backup."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import sqlite3
import ssl
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from shared import protocol as p
from shared.client import Client
from tests.support.bots import citizen
from tests.support.server import FAST_CITIZENS, LOOPBACK_CROWD, ROOT, ServerProcess

pytestmark = pytest.mark.slow


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_the_data_is_private_and_resume_tokens_are_hashes(tmp_path):
    data = tmp_path / "cc-data"
    data.mkdir(mode=0o755)  # as an older version (or a careless admin) left it
    (data / "recordings").mkdir(mode=0o755)
    old = data / "recordings" / "old.wav"
    old.write_bytes(b"RIFF")
    old.chmod(0o644)
    server = ServerProcess(data)
    server.start()
    try:
        jan, _ = await citizen(server.url)
        started = await jan.request(p.StartChat(id=0, topic="waste", text="bins"))
        token = jan.token
        await jan.close()
        again, _ = await citizen(server.url, resume_token=token)  # resuming still works
        assert again.welcome.interaction.id == started.interaction.id
        await again.close()
    finally:
        server.stop()
    assert mode(data) == 0o700
    for name in ("cc.db", "cc.db-wal", "cc.db-shm"):
        if (data / name).exists():
            assert mode(data / name) == 0o600, name
    assert mode(data / "recordings") == 0o700 and mode(old) == 0o600
    with closing(sqlite3.connect(data / "cc.db")) as con:
        stored = con.execute(
            "SELECT citizen_token FROM interactions WHERE id = ?", [started.interaction.id]
        ).fetchone()[0]
    assert stored != token and stored == hashlib.sha256(token.encode()).hexdigest()
    log = server.log()
    assert token not in log and token[:6] not in log


def make_ca(tmp: Path) -> tuple[Path, Path, Path]:
    """A city's own CA and a server certificate for 127.0.0.1 signed by it (openssl)."""

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=tmp, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=City test CA",
    )
    run(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    )
    (tmp / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    return tmp / "ca.pem", tmp / "server.pem", tmp / "server.key"  # fmt: skip


async def test_tls_with_the_citys_ca_and_refused_without(tmp_path):
    ca, cert, key = make_ca(tmp_path)
    server = ServerProcess(
        tmp_path / "cc-data", extra_args=["--tls-cert", str(cert), "--tls-key", str(key)]
    )
    server.start()
    url = server.url.replace("ws://", "wss://")
    try:
        assert f"listening on wss://127.0.0.1:{server.port}/ws" in server.log()
        trusted = Client(url, "anna", "demo", ca_file=str(ca))
        welcome = await trusted.connect()
        assert welcome.user.username == "anna"
        await trusted.close()
        stranger = Client(url, "anna", "demo")  # the system's CAs do not know the city's
        with pytest.raises(OSError) as err:
            await stranger.connect()
        assert "CERTIFICATE_VERIFY_FAILED" in str(err.value) or "certificate" in str(err.value)
        plain = Client(server.url, "anna", "demo")  # and no plain websocket on that port
        with pytest.raises(OSError):
            await plain.connect()
        # the citizen page is served over https by the same port
        context = ssl.create_default_context(cafile=str(ca))
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port, ssl=context)
        writer.write(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        await writer.drain()
        assert b"200" in await reader.readline()
        writer.close()
    finally:
        server.stop()


async def test_online_backup_while_the_server_writes_then_restore(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", config=LOOPBACK_CROWD + FAST_CITIZENS)
    server.start()
    copy = tmp_path / "backup" / "cc-backup.db"
    stop = asyncio.Event()
    started: list[str] = []

    async def writing() -> None:
        jan, _ = await citizen(server.url)
        chat = await jan.request(p.StartChat(id=0, topic="waste", text="bins 0"))
        started.append(chat.interaction.id)
        n = 0
        while not stop.is_set():
            n += 1
            await jan.request(p.SendChat(id=0, interaction_id=chat.interaction.id, text=f"m{n}"))
            await asyncio.sleep(0.02)
        await jan.close()

    try:
        writers = [asyncio.create_task(writing()) for _ in range(3)]
        await asyncio.sleep(1.0)
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "shared.server.cli", "backup", str(copy),
             "--data-dir", str(server.data_dir)],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        stop.set()
        await asyncio.gather(*writers)
        assert done.returncode == 0, done.stderr
        assert "integrity ok" in done.stdout
        assert mode(copy) == 0o600
        again = subprocess.run(  # never over an existing file
            [sys.executable, "-m", "shared.server.cli", "backup", str(copy),
             "--data-dir", str(server.data_dir)],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert again.returncode == 1 and "not overwriting" in again.stderr
    finally:
        server.stop()
    with closing(sqlite3.connect(copy)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        backed = {r[0] for r in con.execute("SELECT id FROM interactions")}
        assert set(started) <= backed
    # restore: a server started on the copy has the conversations
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(copy, restored / "cc.db")
    server2 = ServerProcess(restored)
    server2.start()
    try:
        with closing(sqlite3.connect(restored / "cc.db")) as con:
            count = con.execute("SELECT COUNT(*) FROM chat_messages").fetchone()[0]
        assert count >= 3
    finally:
        server2.stop()
