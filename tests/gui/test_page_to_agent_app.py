"""The whole video call, end to end: the citizen page (resources/web, headless Chromium
with a fake camera of a known colour and a fake microphone tone) calls through a real
``cc-server --demo`` into the agent app's window (Qt, aiortc), which answers with F5.

Both sides are checked as their users see and hear them: the agent's pane shows the
page's camera colour and the app hears its tone (FFT); the page's <video> shows the
agent's colour and plays the agent's tone. The chat goes both ways beside the call; F6
ends it for both (the page at once, the app with its wrap-up).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shared.tones import dominant_frequencies
from tests.browser.test_web_call import call_status, fill_start, page_hears, page_sees
from tests.gui.test_agent_app import key
from tests.gui.test_agent_video import (
    AGENT_COLOUR,
    CITIZEN_COLOUR,
    agent,  # noqa: F401 - the fixture: Anna's window with video calls
    centre_colour,
    near,
    take,
)
from tests.support.server import ServerProcess
from tests.support.video_peer import media_browser

pytestmark = [pytest.mark.gui, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(90)]


@pytest.fixture
def cc_server(tmp_path):
    """``cc-server --demo`` with Polish Sign Language configured, as cc-demo runs it."""
    server = ServerProcess(
        tmp_path / "cc-data",
        config='sign_language_hours = "Mon–Fri 8:00–16:00"\n'
        '[[sign_languages]]\ncode = "pjm"\nname = "Polish Sign Language (PJM)"\n',
    )
    server.start()
    yield server
    server.stop()


def shoot(arun, page, name: str) -> None:
    if folder := os.environ.get("CC_SCREENSHOTS"):
        arun(page.screenshot(path=str(Path(folder) / name), full_page=True), timeout=10)


@pytest.fixture
def page(qloop, arun, tmp_path):
    stack = contextlib.AsyncExitStack()
    browser = arun(stack.enter_async_context(media_browser(tmp_path, CITIZEN_COLOUR, 440.0)))
    context = arun(browser.new_context(locale="en-US", viewport={"width": 900, "height": 900}))
    page = arun(context.new_page())
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    arun(context.close(), timeout=10)
    arun(stack.aclose(), timeout=10)
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_a_citizen_calls_from_the_page_and_the_agent_answers_in_the_app(
    qtbot,
    arun,
    agent,  # noqa: F811 - the fixture imported above
    page,
    cc_server,
):
    window = agent
    media = window.video_calls.media
    arun(fill_start(page, cc_server.http_url), timeout=15)
    arun(page.locator("#sign-choice").wait_for())  # the centre serves sign language
    shoot(arun, page, "citizen-call-offer.png")
    arun(page.get_by_role("button", name="Video call", exact=True).click())
    arun(page.locator("#call[data-phase='waiting']").wait_for(state="attached"))
    qtbot.waitUntil(lambda: window.offer_widget.interaction_id is not None, timeout=10_000)
    iid = window.offer_widget.interaction_id
    tab = take(qtbot, window, iid)  # F5

    # the page offers as soon as the agent has it; the app answers; both see and hear
    qtbot.waitUntil(lambda: tab.pane.state_kind == "connected", timeout=15_000)
    qtbot.waitUntil(lambda: not tab.pane.remote.image.isNull(), timeout=10_000)
    qtbot.waitUntil(lambda: near(centre_colour(tab.pane.remote.image), CITIZEN_COLOUR))
    qtbot.waitUntil(lambda: len(media.audio_tap.samples()) >= 48_000, timeout=8_000)
    heard = dominant_frequencies(media.audio_tap.samples(1.0), media.audio_tap.rate, top=1)
    assert abs(heard[0] - 440.0) <= 3.0
    got = arun(page_sees(page, AGENT_COLOUR, timeout=15), timeout=17)
    assert near(got["rgb"], AGENT_COLOUR)
    assert abs(arun(page_hears(page, timeout=15), timeout=17) - 880.0) <= 3.0
    assert arun(call_status(page).text_content()) == "Connected: you can see and hear the clerk."

    # the chat beside the call, both ways
    box = page.get_by_label("Your message")
    arun(box.fill("My name is Zofia Kamińska"))
    arun(box.press("Enter"))
    qtbot.waitUntil(
        lambda: any(e.text == "My name is Zofia Kamińska" for e in tab.transcript.entries())
    )
    tab.input_edit.setFocus()
    QTest.keyClicks(tab.input_edit, "Thank you, I can see you.")
    QTest.keyClick(tab.input_edit, Qt.Key.Key_Return)
    theirs = page.locator("#transcript li.msg.theirs")
    arun(theirs.filter(has_text="Thank you, I can see you.").wait_for(), timeout=10)
    shoot(arun, page, "citizen-video-call.png")

    # F6: the page ends at once, the agent wraps up
    key(window, Qt.Key.Key_F6)
    arun(
        page.locator("#call[data-phase='ended']").wait_for(state="attached", timeout=3000),
        timeout=5,
    )
    qtbot.waitUntil(lambda: tab.state == "closed" and tab.wrapup is not None, timeout=5_000)
    qtbot.waitUntil(lambda: not media.in_call)
    assert arun(page.locator("body").get_attribute("data-view")) == "chat"
