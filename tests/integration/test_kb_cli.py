"""`cc-server kb import|search|export` through real subprocesses and real SQLite files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = {
    "waste-bulky-items.md": """---
id: waste-bulky-items
title: Bulky waste collection
department: Environment
topics: [waste]
tags: [bulky, furniture]
language: en
keywords: [sofa, wardrobe, mattress]
synonyms: [large waste, furniture disposal]
audience: public
status: published
valid_from: 2020-01-01
valid_until:
pinned: false
---
Book a collection online. **Recycling** centres take sofas for free.
""",
    "switch.md": """---
title: Przełączenie do wydziału
department: Contact centre
topics: [general]
language: pl
keywords: [transfer]
audience: internal
status: published
pinned: true
---
Jak przełączyć rozmowę do właściwego wydziału: wybierz wydział z listy.
""",
    "draft.md": """---
title: "Snow clearing, winter 2026"
status: draft
---
Not ready yet.
""",
}


def cc(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shared.server.cli", "kb", *args, "--data-dir", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_import_search_export_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    first, second = tmp_path / "data1", tmp_path / "data2"

    done = cc("import", str(src), "--author", "anna", data=first)
    assert done.returncode == 0, done.stderr
    assert "3 new" in done.stdout

    found = cc("search", "przelaczenie do wydzialu", data=first)
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert "Przełączenie do wydziału" in lines[0] and lines[0].lstrip().startswith("1.")
    assert "[wydziału]" in found.stdout  # the snippet marks the match in its spelling

    typo = cc("search", "recyclng", "--audience", "public", data=first)
    assert typo.stdout.splitlines()[0] == "did you mean: recycling"
    assert "Bulky waste collection" in typo.stdout

    hidden = cc("search", "wydzialu", "--audience", "public", data=first)
    assert "no articles found" in hidden.stdout  # internal article, citizen's view
    assert "no articles found" in cc("search", "snow", data=first).stdout  # a draft

    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    exported = cc("export", str(out1), data=first)
    assert exported.returncode == 0 and "exported 3 articles" in exported.stdout
    # a file without an id keeps its file name as id
    assert sorted(p.name for p in out1.iterdir()) == [
        "draft.md",
        "switch.md",
        "waste-bulky-items.md",
    ]

    again = cc("import", str(out1), data=second)
    assert again.returncode == 0 and "3 new" in again.stdout
    assert cc("export", str(out2), data=second).returncode == 0
    for path in out1.iterdir():
        assert (out2 / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    assert len(list(out2.iterdir())) == 3

    csv1, csv2 = tmp_path / "a.csv", tmp_path / "b.csv"
    assert cc("export", str(csv1), data=first).returncode == 0
    assert cc("export", str(csv2), data=second).returncode == 0
    assert csv1.read_text(encoding="utf-8") == csv2.read_text(encoding="utf-8")

    unchanged = cc("import", str(out1), data=first)
    assert "0 new, 0 changed, 3 unchanged" in unchanged.stdout


def test_a_bad_file_changes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.md").write_text(ARTICLES["switch.md"], encoding="utf-8")
    (src / "bad.md").write_text("---\ntitle: x\nvalid_from: someday\n---\nbody\n", encoding="utf-8")
    data = tmp_path / "data"
    done = cc("import", str(src), data=data)
    assert done.returncode == 1
    assert "bad.md" in done.stderr and "nothing changed" in done.stderr
    assert "no articles found" in cc("search", "wydzial", data=data).stdout


def test_search_runs_beside_a_live_server(cc_server):
    """Reading commands don't need the writer the running server holds."""
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "shared.server.cli",
            "kb",
            "search",
            "przelaczenie wydzialu",
            "--data-dir",
            str(cc_server.data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Przełączenie do wydziału" in result.stdout
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "shared.server.cli",
            "user",
            "list",
            "--data-dir",
            str(cc_server.data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0 and "anna" in listing.stdout


def test_options_before_the_command_and_drafts_said_out_loud(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "draft.md").write_text(ARTICLES["draft.md"], encoding="utf-8")
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "shared.server.cli", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )

    # --data-dir before the command (refused by the parser before)
    done = run("--data-dir", str(data), "kb", "import", str(src))
    assert done.returncode == 0, done.stderr
    assert (data / "cc.db").exists()
    assert "1 new" in done.stdout
    assert "1 of them are drafts and not searchable until published" in done.stdout
    # searching finds nothing, and says why
    found = run("kb", "search", "snow clearing", "--data-dir", str(data))
    assert found.returncode == 0, found.stderr
    assert "no articles found" in found.stdout
    assert "every article is a draft (1)" in found.stdout
    # after the command too, and both ways for the user commands
    listed = run("--data-dir", str(data), "user", "list")
    assert listed.returncode == 0 and listed.stdout == "", listed.stderr
    published = src / "published.md"
    published.write_text(ARTICLES["waste-bulky-items.md"], encoding="utf-8")
    (src / "draft.md").unlink()
    again = run("kb", "import", str(src), "--data-dir", str(data))
    assert again.returncode == 0 and "drafts" not in again.stdout, again.stdout
    found = run("--data-dir", str(data), "kb", "search", "snow clearing")
    assert "no articles found" in found.stdout and "draft" not in found.stdout
