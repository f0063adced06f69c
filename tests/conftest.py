"""Shared fixtures: a real routing server in a subprocess, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.support.server import FAST_CITIZENS, LOOPBACK_CROWD, ServerProcess  # noqa: E402


@pytest.fixture
def cc_server(tmp_path):
    """A real `cc-server --demo` on a free port with its own data dir.

    Attributes: url (ws://…/ws), http_url, data_dir, proc; methods kill() (SIGKILL),
    stop(), start() (restart on the same port and data).
    """
    server = ServerProcess(tmp_path / "cc-data")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def crowd_server(tmp_path):
    """Like ``cc_server``, for tests that play many citizens at once from this machine:
    the per-address and per-citizen limits of the public entry are lifted."""
    server = ServerProcess(tmp_path / "cc-data", config=LOOPBACK_CROWD + FAST_CITIZENS)
    server.start()
    yield server
    server.stop()
