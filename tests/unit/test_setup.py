"""The fresh-machine promise: `make test` sets up what the tests drive, so nothing skips.

A missing tool fails here by name (and where it is used), never as a skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_debian_package_the_suite_needs_is_installed():
    done = subprocess.run(
        [str(ROOT / "tools" / "system-deps.sh"), "--check", "test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("tool", ["chromium", "sipp", "espeak-ng", "Xvfb"])
def test_the_tools_the_tests_drive_are_on_path(tool):
    assert shutil.which(tool), f"{tool} is missing: `make test` installs it"


def test_the_readme_commands_do_their_own_set_up():
    makefile = (ROOT / "Makefile").read_text()
    assert "\ntest: system-test $(STAMP)\n" in makefile
    assert "\ndemo: system-run $(STAMP)\n" in makefile
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().endswith("make test")
    readme = (ROOT / "README.md").read_text().splitlines()
    assert any(line.strip().startswith("make demo") for line in readme[:5])
    assert any(line.strip().startswith("make test") for line in readme[:5])


def test_phone_networks_and_srtp_are_checked_when_the_config_is_loaded(tmp_path):
    from shared.server.config import load_config

    path = tmp_path / "cc.toml"
    path.write_text('phone_networks = ["10.1.0.0/16", "2001:db8::/32"]\nsrtp = "optional"\n')
    config = load_config(path, phone_networks=None)
    assert [str(n) for n in config.phone_network_list()] == ["10.1.0.0/16", "2001:db8::/32"]
    assert config.srtp == "optional"
    assert load_config(None, phone_networks=["192.168.7.0/24"]).phone_networks == [
        "192.168.7.0/24"
    ]  # the CLI's --phone-network
    assert load_config(None).phone_networks == []  # default: only the agent's own address
    for bad in ({"phone_networks": ["city-lan"]}, {"srtp": "mandatory"}):
        with pytest.raises(ValueError):
            load_config(None, **bad)
