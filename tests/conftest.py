"""Shared fixtures: a real routing server in a subprocess, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.support.server import ServerProcess  # noqa: E402


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
