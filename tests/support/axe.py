"""axe-core, Deque's accessibility rules engine, run on a playwright page.

The engine is the ``axe.min.js`` bundled by the pip package ``axe-playwright-python``
(the ``test`` extra); without it the tests fail, never skip. It is evaluated through
playwright, which runs outside the page's Content-Security-Policy (the citizen page allows
no inline script, so an ``add_script_tag`` would be refused).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

# WCAG 2.1 level A and AA, plus Deque's best practices (heading order, landmarks, …).
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@cache
def axe_source() -> str:
    try:
        import axe_playwright_python
    except ImportError:
        pytest.fail(
            "accessibility tests cannot run: axe-playwright-python is not installed"
            " (pip install -e '.[test]')",
            pytrace=False,
        )
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


async def axe_violations(page: Any, tags: list[str] = WCAG21_AA) -> list[dict]:
    """The violations axe-core finds in the page as it is now (hidden parts are skipped),
    once its animations have finished (a bubble fading in has no contrast yet)."""
    await page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    if not await page.evaluate("typeof window.axe === 'object'"):
        await page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]}
    results = await page.evaluate("options => axe.run(document, options)", options)
    return results["violations"]


def describe(violations: list[dict]) -> str:
    """One line per violation (rule id, impact, help) and one per element it found."""
    lines = []
    for v in violations:
        lines.append(f"  {v['id']} ({v['impact']}): {v['help']}  {v['helpUrl']}")
        for node in v["nodes"]:
            lines.append(f"      {' > '.join(map(str, node['target']))}")
    return "\n".join(lines)
