"""Start and stop the demo's processes: the routing server and the desktop apps.

Everything runs as a child process of ``cc-demo`` with the same Python, from the source
tree's root, so the demo works from a checkout as well as from an installed package.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import signal
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(rb"listening on (ws://[^\s/]+:(\d+)/ws)")


# A child gets SIGTERM when its parent dies, however it dies (Linux's PR_SET_PDEATHSIG = 1;
# elsewhere children outlive a killed cc-demo), set by the child itself before it becomes
# the real program: a Python started with ``-c`` sets the signal and execs ``argv``
# (PR_SET_PDEATHSIG survives exec).
# For parents with threads: a ``preexec_fn`` runs Python in the forked child, which then
# tears down the other threads' state; a thread-local that frees native threads' locks
# (PyAV's per-thread VideoReformatter after aiortc encoded a frame there) hangs it forever.
_DIE_WITH = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)\n"
    "if os.getppid() != int(sys.argv[1]): os._exit(1)\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


def dying_with(parent: int, argv: list[str]) -> list[str]:
    """``argv`` for ``Popen`` (no ``preexec_fn``): the program gets SIGTERM when
    ``parent`` dies (Linux; elsewhere ``argv`` as it is)."""
    if not sys.platform.startswith("linux"):
        return argv
    return [sys.executable, "-c", _DIE_WITH, str(parent), *argv]


class ChildProcess:
    """An asyncio subprocess whose output goes to a log file; stopped with SIGTERM."""

    def __init__(
        self,
        name: str,
        args: list[str],
        log_path: Path,
        *,
        echo: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.args = args
        self.env = env or {}
        self.log_path = log_path
        self.echo = echo
        self.proc: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task | None = None
        self._line_seen: asyncio.Future[re.Match] | None = None
        self._pattern: re.Pattern | None = None

    async def start(
        self, wait_for: re.Pattern | None = None, timeout: float = 20.0
    ) -> re.Match | None:
        """Start; with ``wait_for``, return the first output line's match (or raise)."""
        loop = asyncio.get_running_loop()
        self._pattern = wait_for
        self._line_seen = loop.create_future() if wait_for else None
        env = dict(os.environ, PYTHONUNBUFFERED="1", **self.env)
        self.proc = await asyncio.create_subprocess_exec(
            *dying_with(os.getpid(), self.args),  # kill -9 of cc-demo takes them along
            cwd=ROOT,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C goes to cc-demo, which stops the children in order
        )
        self._reader = loop.create_task(self._read(), name=f"log:{self.name}")
        if self._line_seen is None:
            return None
        waiter = loop.create_task(self.proc.wait())
        try:
            done, _ = await asyncio.wait(
                {self._line_seen, waiter}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            waiter.cancel()
        if self._line_seen in done:
            return self._line_seen.result()
        await self.stop()
        raise RuntimeError(f"{self.name} did not start; see {self.log_path}:\n{self.tail()}")

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as out:
            async for line in self.proc.stdout:
                out.write(line)
                out.flush()
                if self.echo:
                    sys.stderr.write(f"[{self.name}] {line.decode(errors='replace')}")
                if self._line_seen is not None and not self._line_seen.done():
                    match = self._pattern.search(line)
                    if match:
                        self._line_seen.set_result(match)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def wait(self) -> int:
        assert self.proc is not None
        return await self.proc.wait()

    async def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, then SIGKILL if it does not exit within ``timeout``."""
        if self.proc is None:
            return None
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                log.warning("%s did not stop in %.0f s; killing it", self.name, timeout)
                with contextlib.suppress(ProcessLookupError):
                    self.proc.kill()
                await self.proc.wait()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self._reader, 2.0)
        return self.proc.returncode

    def tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class DemoServer(ChildProcess):
    """``python -m shared.server.cli --demo`` on a port of its choice (0: any free one)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        offer_timeout: float | None = None,
        sip_port: int = 0,
        echo: bool = False,
    ) -> None:
        args = [
            sys.executable,
            "-m",
            "shared.server.cli",
            "--demo",
            "--host",
            host,
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
        ]
        if offer_timeout is not None:
            args += ["--offer-timeout", str(offer_timeout)]
        args += ["--sip-host", host, "--sip-port", str(sip_port)]
        # Every simulated citizen comes from this one machine: the public entry's limits
        # per address (one household or office elsewhere) would stop the crowd.
        config = Path(data_dir).parent / "demo-server.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(
            "# written by cc-demo: its simulated citizens all come from 127.0.0.1\n"
            "citizen_sessions_per_address = 10000\n"
            "citizen_chats_per_address = 10000\n"
            "# video calls from the page: Polish Sign Language is served by sylwia\n"
            'sign_language_hours = "Mon–Fri 8:00–16:00"\n'
            "[[sign_languages]]\n"
            'code = "pjm"\n'
            'name = "Polish Sign Language (PJM)"\n'
        )
        args += ["--config", str(config)]
        super().__init__("server", args, Path(data_dir) / "server.log", echo=echo)
        self.data_dir = Path(data_dir)
        self.url = ""
        self.port = port
        self.sip_uri = ""  # the city number: where simulated (or real) callers dial

    async def start(self, wait_for: re.Pattern | None = LISTENING, timeout: float = 20.0) -> None:
        match = await super().start(wait_for, timeout)
        self.url = match.group(1).decode()
        self.port = int(match.group(2))
        # the log file may hold earlier runs (a kept --data-dir): this run's line is last
        doors = re.findall(rb"front door on sip:([\d.]+):(\d+)", self.log_path.read_bytes())
        if doors:
            host, port = (part.decode() for part in doors[-1])
            self.sip_uri = f"sip:city@{host}:{port}"

    @property
    def http_url(self) -> str:
        host_port = self.url.removeprefix("ws://").removesuffix("/ws")
        return f"http://{host_port}/"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "cc.db"


def app_process(
    module: str,
    name: str,
    url: str,
    user: str,
    password: str,
    log_dir: Path,
    *,
    echo: bool = False,
    lang: str | None = None,
) -> ChildProcess:
    """A desktop app (``agent_app.main``, ``supervisor_app.main``) signed in as ``user``.
    The password goes through the environment (CC_PASSWORD), never the command line,
    where every user of the machine could read it (ps)."""
    args = [sys.executable, "-m", module, "--server", url, "--user", user]
    if module == "agent_app.main" and not any(Path("/dev").glob("video*")):
        args.append("--video-pattern")  # no camera here: the citizen sees colour bars
    if lang:
        args += ["--lang", lang]
    return ChildProcess(
        name, args, log_dir / f"{name}.log", echo=echo, env={"CC_PASSWORD": password}
    )
