"""Start and stop a real routing server process for tests and benchmarks."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from shared.demo.launcher import dying_with

ROOT = Path(__file__).resolve().parents[2]


# Many simulated citizens from this one machine: what a crowd from one address may do
# (the limits protect a real public entry, where one address is one household or NAT).
LOOPBACK_CROWD = "citizen_sessions_per_address = 100000\ncitizen_chats_per_address = 100000\n"
# ... and citizens who type as fast as a load test (per citizen, not per address)
FAST_CITIZENS = "citizen_message_rate = 100000.0\ncitizen_message_burst = 100000.0\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    def __init__(
        self,
        data_dir: Path,
        *,
        port: int | None = None,
        demo: bool = True,
        demo_history: bool = False,
        extra_args: list[str] | None = None,
        python_args: list[str] | None = None,
        telephony: bool = False,
        rooms: int = 2,
        rooms_spare: int = 1,
        config: str = "",
    ) -> None:
        """``config``: TOML settings for this server (e.g. ``LOOPBACK_CROWD``)."""
        self.data_dir = Path(data_dir)
        self.config = config
        self.port = port or free_port()
        self.demo = demo
        self.demo_history = demo_history  # the demo's past week (cc-server --demo writes it)
        self.extra_args = extra_args or []
        self.python_args = python_args or []  # e.g. ["-m", "cProfile", "-o", "server.prof"]
        self.telephony = telephony
        self.rooms, self.rooms_spare = rooms, rooms_spare
        self.sip_port = 0  # the front door's, once started with telephony
        self.proc: subprocess.Popen | None = None
        self.log_path = self.data_dir.parent / f"server-{self.port}.log"

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 20.0) -> None:
        module = (
            ["-m", "shared.server.cli"]
            if not self.python_args
            else [*self.python_args, "-m", "shared.server.cli"]
        )
        args = [
            sys.executable,
            *module,
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            *self.extra_args,
        ]
        if self.demo:
            args.append("--demo")
            if not self.demo_history:
                args.append("--no-demo-history")
        if self.config:
            path = self.data_dir.parent / f"server-{self.port}.toml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.config)
            args += ["--config", str(path)]
        if self.telephony:
            rtp = 20000 + 200 * (self.port % 200)  # apart from other test servers' rooms
            args += ["--sip-port", "0", "--rtp-port-base", str(rtp)]
            args += ["--rooms", str(self.rooms), "--rooms-spare", str(self.rooms_spare)]
        else:
            args.append("--no-telephony")
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        offset = len(self.log())  # a restart appends: look only at what this run writes
        log = open(self.log_path, "ab")  # noqa: SIM115 - owned by the process lifetime
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            dying_with(os.getpid(), args),  # a killed test run leaves no server behind
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}:\n{self.log()}")
            text = self.log()[offset:]
            if re.search(rf"listening on wss?://127\.0\.0\.1:{self.port}/ws", text):
                if self.telephony:
                    self.sip_port = int(re.search(r"front door on sip:[\d.]+:(\d+)", text)[1])
                return
            time.sleep(0.05)
        raise TimeoutError(f"server did not start:\n{self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def kill(self) -> None:
        """kill -9: the crash the durability promise is about."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
