"""The expert tray's logic without widgets: when to go away and come back, the missed
list, the system's idle time on a real X server (Xvfb, input faked with XTest), and the
shipped desktop entry with the start-at-login files written from it."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import plistlib
import re
import subprocess
import time
import tomllib

import pytest

from agent_app.auto_away import AWAY, AwayRule, SetPresence
from agent_app.autostart import (
    DESKTOP_FILE,
    ICON_FILE,
    ICON_NAME,
    Autostart,
    desktop_entry,
    exec_line,
    launch_agent,
    read_desktop_entry,
)
from agent_app.idle import IdleUnavailable, X11IdleSource, system_idle_source
from agent_app.main import parse_args
from agent_app.missed import MAX_MISSED, MissedOffer, MissedOffers
from tests.support.server import ROOT

# --------------------------------------------------------------------------- auto-away


def test_away_after_the_threshold_and_back_to_what_was_chosen():
    rule = AwayRule(600)
    rule.presence_changed("available", "")
    assert rule.idle(599) is None
    assert rule.idle(600) == SetPresence(AWAY)
    rule.presence_changed(AWAY, "")  # the server confirms
    assert rule.idle(900) is None  # still idle: nothing more
    assert rule.idle(None) is None  # cannot tell: nothing
    assert rule.idle(2) == SetPresence("available")
    assert not rule.away and rule.idle(3) is None


def test_busy_goes_away_and_comes_back_with_its_reason():
    rule = AwayRule(60)
    rule.presence_changed("not_ready", "Lunch")
    assert rule.idle(61) == SetPresence(AWAY)
    assert rule.idle(0.1) == SetPresence("not_ready", "Lunch")


def test_never_away_in_a_conversation_a_wrapup_or_when_off():
    for presence in ("busy", "wrap_up", AWAY):
        rule = AwayRule(60)
        rule.presence_changed(presence, "")
        assert rule.idle(3600) is None, presence
    off = AwayRule(0)
    off.presence_changed("available", "")
    assert off.idle(10**6) is None


def test_a_choice_made_while_away_is_kept():
    rule = AwayRule(60)
    rule.presence_changed("available", "")
    assert rule.idle(61) == SetPresence(AWAY)
    rule.presence_changed(AWAY, "")
    rule.presence_changed("not_ready", "Meeting")  # chosen from the tray while away
    assert not rule.away
    assert rule.idle(1) is None  # input: nothing is restored over her choice


# --------------------------------------------------------------------------- missed


def missed(iid: str, at: float = 0.0) -> MissedOffer:
    return MissedOffer(
        interaction_id=iid,
        kind="consult",
        channel="chat",
        from_agent="anna",
        from_agent_name="Anna Kowalska",
        topic="permits",
        topic_name="Building permits",
        citizen="Jan",
        note="",
        at=at or time.time(),
    )


def test_missed_list_newest_first_one_line_each_bounded():
    seen = []
    items = MissedOffers()
    items.changed.connect(lambda: seen.append(len(items)))
    items.add(missed("a", 1))
    items.add(missed("b", 2))
    items.add(missed("a", 3))  # missed again
    assert [(m.interaction_id, m.at) for m in items.items()] == [("a", 3), ("b", 2)]
    assert items.items()[0].who == "Anna"
    items.remove("b")
    items.remove("nothing")  # no change, no signal
    assert seen == [1, 2, 2, 1]
    for i in range(MAX_MISSED + 5):
        items.add(missed(f"x{i}", 10 + i))
    assert len(items) == MAX_MISSED and items.items()[0].interaction_id == f"x{MAX_MISSED + 4}"
    items.clear()
    assert len(items) == 0


# --------------------------------------------------------------------------- idle time


@pytest.fixture
def xvfb():
    """A private X server; yields its display name (":N")."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "320x240x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            assert chunk, "Xvfb did not start"
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read)
        proc.terminate()
        proc.wait(10)


def fake_input(display: str) -> None:
    """Move the pointer through XTest, as a user's mouse would."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    xtst = ctypes.CDLL(ctypes.util.find_library("Xtst"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeRelativeMotionEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_ulong,
    ]
    handle = x11.XOpenDisplay(display.encode())
    assert handle
    try:
        xtst.XTestFakeRelativeMotionEvent(handle, 5, 5, 0)
        x11.XSync(handle, 0)
    finally:
        x11.XCloseDisplay(handle)


def test_x11_idle_time_grows_and_input_resets_it(xvfb):
    source = X11IdleSource(xvfb)
    try:
        first = source.idle_seconds()
        assert first is not None and first >= 0
        deadline = time.monotonic() + 5
        while source.idle_seconds() < first + 0.3:  # the X server's clock, not a guess
            assert time.monotonic() < deadline, "the idle time does not grow"
            time.sleep(0.05)
        before = source.idle_seconds()
        fake_input(xvfb)
        assert source.idle_seconds() < before
    finally:
        source.close()
    assert source.idle_seconds() is None  # closed: cannot tell, no crash


def test_no_idle_source_is_a_reason_not_a_crash(xvfb, monkeypatch):
    with pytest.raises(IdleUnavailable, match="libXss"):
        X11IdleSource(xvfb, find_library=lambda name: None if name == "Xss" else "libX11.so.6")
    with pytest.raises(IdleUnavailable, match="cannot open"):
        X11IdleSource(":999")
    monkeypatch.delenv("DISPLAY", raising=False)
    probe = system_idle_source("xcb", platform="linux")
    assert probe.source is None and probe.reason == "unavailable" and "DISPLAY" in probe.detail
    assert system_idle_source("wayland", platform="linux").reason == "wayland"
    assert system_idle_source("offscreen", platform="linux").reason == "platform"
    # Windows' and macOS' libraries are not here: a reason, again.
    for qt, platform in (("windows", "win32"), ("cocoa", "darwin")):
        probe = system_idle_source(qt, platform=platform)
        assert probe.source is None and probe.reason == "unavailable"
    monkeypatch.setenv("DISPLAY", xvfb)
    found = system_idle_source("xcb", platform="linux")
    assert found.source is not None and found.source.name == "X11 (XScreenSaver)"


# --------------------------------------------------------------------------- start at login


def test_shipped_desktop_entry_names_an_icon_and_the_entry_point():
    entry = read_desktop_entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] == "cc-agent --tray" and entry["TryExec"] == "cc-agent"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    categories = entry["Categories"].rstrip(";").split(";")
    assert "Network" in categories  # a main category, which Telephony etc. need
    assert entry["Name"] and entry["Name[pl]"] and entry["Comment"]
    # The icon: a theme name that resources/icons provides the file for.
    assert entry["Icon"] == ICON_NAME and ICON_FILE.is_file()
    assert ICON_FILE.parent == ROOT / "resources" / "icons"
    # The command: a console script of the project that knows --tray.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    program, flag = entry["Exec"].split()
    assert scripts[program] == "agent_app.main:main"
    assert parse_args([flag]).tray


def test_desktop_entry_parser_refuses_what_is_not_one():
    with pytest.raises(ValueError, match="Type"):
        read_desktop_entry("[Desktop Entry]\nName=x\n")
    with pytest.raises(ValueError, match="key=value"):
        read_desktop_entry("[Desktop Entry]\nType=Application\nnonsense\n")


def test_autostart_entries_for_linux_and_macos(tmp_path):
    command = ["/opt/city cc/bin/cc-agent", "--tray"]
    assert exec_line(command) == '"/opt/city cc/bin/cc-agent" --tray'
    assert exec_line(["/x/100%/cc-agent"]) == "/x/100%%/cc-agent"
    assert exec_line(['/a"b$c/cc-agent']) == '"/a\\\\"b\\\\$c/cc-agent"'

    linux = Autostart(
        platform="linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    )
    assert linux.path == tmp_path / "cfg" / "autostart" / "cc-agent-tray.desktop"
    assert not linux.is_enabled()
    linux.enable(command)
    written = read_desktop_entry(linux.path.read_text(encoding="utf-8"))
    assert written["Exec"] == exec_line(command) and written["TryExec"] == command[0]
    assert written["Icon"] == str(ICON_FILE)  # a full path: no icon theme is installed
    assert written["X-GNOME-Autostart-enabled"] == "true"
    assert linux.is_enabled()
    linux.disable()
    assert not linux.is_enabled()
    linux.disable()  # twice is fine

    mac = Autostart(platform="darwin", home=tmp_path)
    mac.enable(command)
    assert re.fullmatch(r".*/Library/LaunchAgents/[\w.-]+\.plist", str(mac.path))
    plist = plistlib.loads(mac.path.read_bytes())
    assert plist["ProgramArguments"] == command and plist["RunAtLoad"] is True
    assert plistlib.loads(launch_agent(command)) == plist
    mac.disable()
    assert not mac.path.exists()


def test_the_default_entry_starts_this_checkout():
    text = desktop_entry(["/venv/bin/cc-agent", "--tray"])
    assert "Exec=/venv/bin/cc-agent --tray" in text.splitlines()
    assert f"Icon={ICON_FILE}" in text.splitlines()
