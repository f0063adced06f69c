"""Headless Chromium for the citizen page tests (Debian's chromium, never a download).

Without the browser the tests fail, on every machine: `make test` installs it
(tools/system-deps.sh), so a missing browser is a set-up bug to see, never a skip.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
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
    pytest.fail(f"browser tests cannot run: {reason} (make test installs it)", pytrace=False)


@asynccontextmanager
async def launched_chromium():
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


@asynccontextmanager
async def opened_citizen_page(browser, **context_options):
    """A fresh page (own context, so own sessionStorage) in English.

    Uncaught JavaScript errors on the page fail the test when it is closed.
    """
    options = {"locale": "en-US", "viewport": {"width": 900, "height": 800}, **context_options}
    context = await browser.new_context(**options)
    page = await context.new_page()
    page.set_default_timeout(5_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield page
    finally:
        await context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
async def chromium():
    async with launched_chromium() as browser:
        yield browser


@pytest.fixture
async def citizen_page(chromium):
    async with opened_citizen_page(chromium) as page:
        yield page
