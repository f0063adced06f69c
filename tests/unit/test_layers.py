"""Imports point downward: the server, protocol and engine never pull in Qt or the apps;
the store's machinery never pulls in the SQL modules that use it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_server_protocol_and_engine_do_not_import_qt():
    code = (
        "import sys, shared.protocol, shared.routing, shared.client, shared.server.app, "
        "shared.server.cli, shared.demo.seed\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qasync', 'agent_app', 'supervisor_app', 'softphone'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shared_never_imports_the_apps():
    for path in (ROOT / "shared").rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in ("agent_app", "supervisor_app", "softphone", "PySide6"), (
                    f"{path.relative_to(ROOT)} imports {name}"
                )


def test_store_imports_no_sql_module():
    """shared.server.sql.* import the store's machinery, never the other way round."""
    store_py = ROOT / "shared" / "server" / "store.py"
    for node in ast.walk(ast.parse(store_py.read_text(), filename=str(store_py))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            assert not name.startswith(("shared.server.sql", "shared.knowledge")), name
    code = (
        "import sys, shared.server.store\n"
        "bad = sorted(m for m in sys.modules if m.startswith('shared.server.sql'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
