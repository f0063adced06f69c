"""Starting the expert tray when the expert signs in to their computer.

The project ships ``resources/desktop/cc-agent-tray.desktop`` (a freedesktop.org desktop
entry) for packagers and for copying by hand (docs/expert-tray.md). The settings dialog's
"Start at login" writes the per-user equivalent for this platform, pointing at the
``cc-agent`` this app runs from:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/cc-agent-tray.desktop``;
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<label>.plist`` (RunAtLoad);
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

No Qt: paths and texts only, so the tests check what would be written.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FILE = ROOT / "resources" / "desktop" / "cc-agent-tray.desktop"
ICON_NAME = "cc-agent"  # the Icon= of the shipped entry, installed from ICON_FILE
ICON_FILE = ROOT / "resources" / "icons" / "app.svg"
AUTOSTART_FILE = "cc-agent-tray.desktop"
LAUNCH_AGENT_LABEL = "org.citycontactcentre.cc-agent-tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "CityContactCentreExpert"


def read_desktop_entry(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group (comments and other groups left out).
    Raises ValueError when the text is not a desktop entry."""
    entry: dict[str, str] = {}
    group = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if "=" not in line:
            raise ValueError(f"line {number}: not a key=value pair: {raw!r}")
        if group is None:
            raise ValueError(f"line {number}: a key before the first group")
        key, value = (part.strip() for part in line.split("=", 1))
        if group == "Desktop Entry":
            if key in entry:
                raise ValueError(f"line {number}: {key} given twice")
            entry[key] = value
    if "Type" not in entry:
        raise ValueError("no [Desktop Entry] group with a Type")
    return entry


def launch_command() -> list[str]:
    """How to start the tray from here: the installed ``cc-agent`` script beside this
    Python if there is one, else this Python running the module."""
    here = Path(sys.executable).parent
    for candidate in (here / "cc-agent", here / "cc-agent.exe"):
        if candidate.exists():
            return [str(candidate), "--tray"]
    found = shutil.which("cc-agent")
    if found:
        return [found, "--tray"]
    return [sys.executable, "-m", "agent_app.main", "--tray"]


def exec_line(command: list[str]) -> str:
    """``command`` as a desktop entry's Exec value (quoting and escaping by the spec)."""
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            for c in ("\\", '"', "`", "$"):
                arg = arg.replace(c, "\\" + c)
            arg = f'"{arg}"'
        parts.append(arg)
    # A string value escapes its own backslashes once more.
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(command: list[str], template: str | None = None) -> str:
    """The shipped entry with Exec and TryExec for ``command`` and the icon's full path
    (an autostart entry is not installed with an icon theme)."""
    text = template if template is not None else DESKTOP_FILE.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        key = line.split("=", 1)[0].strip() if "=" in line else ""
        if key == "Exec":
            line = f"Exec={exec_line(command)}"
        elif key == "TryExec":
            line = f"TryExec={command[0]}"
        elif key == "Icon":
            line = f"Icon={ICON_FILE}"
        out.append(line)
    return "\n".join(out) + "\n"


def launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


class Autostart:
    """Start-at-login for this user on this platform (``platform``/``home``/``env`` are
    the test's to set)."""

    def __init__(
        self,
        *,
        platform: str = sys.platform,
        home: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.platform = platform
        self.home = home if home is not None else Path.home()
        self.env = env if env is not None else dict(os.environ)

    @property
    def path(self) -> Path | None:
        """The file that makes it start (None on Windows: a registry value)."""
        if self.platform.startswith("win"):
            return None
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        config = self.env.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "autostart" / AUTOSTART_FILE

    def is_enabled(self) -> bool:
        if self.path is None:
            return self._run_value() is not None
        return self.path.exists()

    def enable(self, command: list[str] | None = None) -> None:
        """Raises OSError when it cannot be written."""
        command = command or launch_command()
        path = self.path
        if path is None:
            self._set_run_value(" ".join(f'"{a}"' if " " in a else a for a in command))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.platform == "darwin":
            path.write_bytes(launch_agent(command))
        else:
            path.write_text(desktop_entry(command), encoding="utf-8")

    def disable(self) -> None:
        path = self.path
        if path is None:
            self._set_run_value(None)
        elif path.exists():
            path.unlink()

    # ------------------------------------------------------------------ Windows

    def _run_value(self) -> str | None:
        import winreg  # type: ignore[import-not-found]  # Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return winreg.QueryValueEx(key, RUN_VALUE)[0]
        except FileNotFoundError:
            return None

    def _set_run_value(self, value: str | None) -> None:
        import winreg  # type: ignore[import-not-found]  # Windows only

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if value is None:
                try:
                    winreg.DeleteValue(key, RUN_VALUE)
                except FileNotFoundError:
                    pass
            else:
                winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)
