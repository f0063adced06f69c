"""Headless Chromium for the citizen page tests (Debian's chromium, never a download).

Without the browser the tests skip on a developer machine but FAIL when ``CI`` is set,
so a CI image that lost its chromium cannot turn the suite silently green.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def require_playwright() -> None:
    """Module-level guard for test files that import playwright at the top."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("playwright is not installed", allow_module_level=True)


@pytest.fixture
async def chromium():
    """A launched playwright Browser (async API) on the system chromium."""
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt install chromium)")
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


@pytest.fixture
async def citizen_page(chromium):
    """A fresh page (own context, so own sessionStorage) in English.

    Uncaught JavaScript errors on the page fail the test at teardown.
    """
    context = await chromium.new_context(locale="en-US", viewport={"width": 900, "height": 800})
    page = await context.new_page()
    page.set_default_timeout(5_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    await context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
