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


# ------------------------------------------------------------------ the order of the run

DEMO_TESTS = "tests/integration/test_demo.py::"


def pytest_configure(config):
    """English dates and numbers, as the apps set them for English
    (``softphone.ui_language.install``), whatever this machine's locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))


def pytest_collection_modifyitems(session, config, items):
    """The unit tests first, with the headless demo run (half a minute of wall clock,
    tests/integration/test_demo.py) going on beside them in its own process: they use
    the CPU and time nothing, the demo mostly waits. The demo's tests come right after
    them and read its result. The rest keeps its order."""
    unit = [i for i in items if i.nodeid.startswith("tests/unit/")]
    demo = [i for i in items if i.nodeid.startswith(DEMO_TESTS)]
    if not demo:
        return
    first = {id(i) for i in unit + demo}
    items[:] = unit + demo + [i for i in items if id(i) not in first]
    from tests.integration.test_demo import launch_demo

    config.stash[DEMO_RUN] = launch_demo()


def pytest_unconfigure(config):
    run = config.stash.get(DEMO_RUN, None)
    if run is not None:
        run.stop()


DEMO_RUN = pytest.StashKey()
