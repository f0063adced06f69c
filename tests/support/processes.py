"""Helper processes for tests: a module run with ``python -m`` whose stdout lines
(``READY …``, ``CONFIRMED`` …) are read on a thread, so tests can wait for them."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from shared.demo.launcher import dying_with

ROOT = Path(__file__).resolve().parents[2]


class LineProcess:
    def __init__(self, module: str, *args: str) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        # dying_with: a killed test run leaves no process behind
        self.proc = subprocess.Popen(
            dying_with(os.getpid(), [sys.executable, "-m", module, *args]),
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def _drain(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line)

    def send(self, line: str) -> None:
        """A line on the process's stdin (sip_peer ``--commands``)."""
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def collect(self) -> None:
        """Move every line read so far into ``seen`` (for callers that poll)."""
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                return

    def expect(self, prefix: str, timeout: float = 10.0) -> str:
        """The next line starting with ``prefix`` (earlier lines are kept in ``seen``)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(
                    f"no {prefix!r} within {timeout}s; saw {self.seen}\n"
                    f"stderr: {''.join(self.stderr)[-2000:]}"
                )
            try:
                line = self.lines.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def field(self, line: str, name: str) -> str:
        for part in line.split():
            key, _, value = part.partition("=")
            if key == name:
                return value
        raise KeyError(name)

    def wait(self, timeout: float = 10.0) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise AssertionError(f"{self.proc.args} did not exit; saw {self.seen}") from None

    def terminate(self, timeout: float = 10.0) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        return self.wait(timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
