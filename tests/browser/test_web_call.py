"""Video and voice calls from the citizen page (resources/web/call.js) in headless
Chromium with a fake camera and microphone, against the real routing server, with the
clerk played by a staff websocket bot answering through the agent app's ``RtcSession``.

The page's fake camera shows (200, 30, 30) and its microphone plays 440 Hz; the clerk
sends (30, 60, 200) and 880 Hz. Pictures are checked by their mean colour, sound by an
FFT, on both sides. One browser for the module; each test its own server (0.3 s).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time

import numpy as np
import pytest
import pytest_asyncio
from playwright.async_api import Page, expect

from shared import protocol as p
from shared.server.config import SignLanguageConfig
from tests.support.bots import citizen
from tests.support.video_peer import media_browser
from tests.support.web_call import (
    CAMERA_BLOCKED,
    HEARD,
    HZ_TOLERANCE,
    LISTEN,
    PJM,
    REMOTE_COLOUR,
    SIGN_HOURS,
    SOCKET_TAP,
    CallAgent,
    audible,
    call_server,
    close_to,
    dominant,
    eventually,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.timeout(60),
]

CITIZEN_COLOUR = (200, 30, 30)
CITIZEN_HZ = 440.0
AGENT_COLOUR = (30, 60, 200)
AGENT_HZ = 880.0
TOPIC = "Waste collection"
QUESTION = "When is the green bin collected?"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser(tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    async with media_browser(media, CITIZEN_COLOUR, CITIZEN_HZ) as launched:
        yield launched


@pytest_asyncio.fixture(loop_scope="module")
async def server(tmp_path):
    async with call_server(tmp_path / "cc-data") as srv:
        srv.url = f"ws://127.0.0.1:{srv.port}/ws"
        srv.http_url = f"http://127.0.0.1:{srv.port}/"
        yield srv


@pytest_asyncio.fixture(loop_scope="module")
async def patient_server(tmp_path):
    """A server whose grace for a lost page (10 s) outlasts a reload on a busy machine."""
    async with call_server(tmp_path / "cc-data", video_grace=10.0) as srv:
        srv.url = f"ws://127.0.0.1:{srv.port}/ws"
        srv.http_url = f"http://127.0.0.1:{srv.port}/"
        yield srv


@pytest_asyncio.fixture(loop_scope="module")
async def open_page(browser):
    """``await open_page(*init_scripts)``: a page of its own context, in English; every
    page opened is checked for JavaScript errors at the end."""
    made: list[tuple] = []

    async def make(*scripts: str) -> Page:
        context = await browser.new_context(locale="en-US", viewport={"width": 900, "height": 900})
        for script in (SOCKET_TAP, *scripts):
            await context.add_init_script(script)
        page = await context.new_page()
        page.set_default_timeout(8_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        made.append((context, errors))
        return page

    yield make
    for context, _ in made:
        with contextlib.suppress(Exception):
            await context.close()
    errors = [e for _, errs in made for e in errs]
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest_asyncio.fixture(loop_scope="module")
async def agents(server):
    """``agents(user, video=True)``: a connected ``CallAgent``; all closed at the end."""
    made: list[CallAgent] = []

    async def make(user: str, *, video: bool = True) -> CallAgent:
        agent = CallAgent(server.url, user, AGENT_COLOUR, AGENT_HZ, video=video)
        await agent.__aenter__()
        made.append(agent)
        return agent

    yield make
    for agent in made:
        await agent.close()


# ------------------------------------------------------------------ page helpers


async def fill_start(page: Page, url: str, topic: str = TOPIC, text: str = QUESTION) -> None:
    await page.goto(url)
    await expect(page.locator("body")).to_have_attribute("data-view", "start")
    await page.get_by_role("radio", name=topic).check()
    await page.get_by_label("Your question").fill(text)


async def start_call(page: Page, url: str, button: str = "Video call", **kw) -> None:
    await fill_start(page, url, **kw)
    await page.get_by_role("button", name=button, exact=True).click()
    await expect(page.locator("body")).to_have_attribute("data-view", "chat")
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")


def call_status(page: Page):
    return page.locator("#call-status")


async def remote_colour(page: Page) -> dict | None:
    return await page.evaluate(REMOTE_COLOUR)


async def page_sees(page: Page, colour, timeout: float = 10.0) -> dict:
    """The remote <video>'s mean colour once it is ``colour`` (a few frames on)."""

    async def check():
        got = await remote_colour(page)
        return got if got and got["frames"] >= 5 and close_to(got["rgb"], colour) else None

    try:
        return await eventually(check, f"the page shows {colour}", timeout)
    except AssertionError:
        raise AssertionError(f"the page shows {await remote_colour(page)}, not {colour}") from None


async def page_hears(page: Page, timeout: float = 10.0) -> float:
    """The dominant frequency of what the remote <video> plays (WebAudio analyser)."""
    await eventually(lambda: page.evaluate(LISTEN), "the remote video has audio", timeout)

    async def check():
        got = await page.evaluate(HEARD)
        if not got:
            return None
        samples = np.asarray(got["samples"], dtype=np.float64)
        return (samples, int(got["rate"])) if audible(samples) else None

    samples, rate = await eventually(check, "the page hears the clerk", timeout)
    return dominant(samples, rate)


async def local_tracks(page: Page) -> list[dict]:
    """Keep the page's own camera and microphone tracks (window.__tracks) and describe them."""
    return await page.evaluate(
        """() => {
          const stream = document.getElementById("self-view").srcObject;
          if (stream) window.__tracks = stream.getTracks();
          return (window.__tracks || []).map((t) => ({kind: t.kind, state: t.readyState}));
        }"""
    )


async def connected_call(page: Page, agent: CallAgent, url: str, button: str = "Video call"):
    await start_call(page, url, button)
    iid = await agent.take()
    await agent.answer()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")
    return iid


# ------------------------------------------------------------------ tests


async def test_video_call_both_ways_with_the_chat_beside_it(server, open_page, agents):
    page = await open_page()
    anna = await agents("anna")
    await fill_start(page, server.http_url)
    await expect(page.get_by_role("button", name="Video call", exact=True)).to_be_visible()
    await expect(page.get_by_role("button", name="Voice call from the browser")).to_be_visible()
    await expect(page.locator("#sign-choice")).to_be_visible()  # a sign language is set up
    await page.get_by_role("button", name="Video call", exact=True).click()

    # Waiting: the self-view and the position.
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await expect(page.locator("#self-view")).to_be_visible()
    await expect(page.locator("#queue-status")).to_have_text(
        "Waiting — you are number 1 in the queue"
    )
    await expect(call_status(page)).to_have_text(re.compile("ready. Waiting for a free clerk"))
    kinds = sorted(t["kind"] for t in await local_tracks(page))
    assert kinds == ["audio", "video"]
    cameras = page.locator("#camera-select option")
    await expect(cameras.first).to_be_attached()  # the device choice, after permission

    iid = await anna.take()
    offer = await anna.answer()
    assert "a=candidate:" in offer, "one offer with its candidates gathered"
    assert "m=video" in offer and "m=audio" in offer
    await expect(call_status(page)).to_have_text("Connected: you can see and hear the clerk.")

    # The clerk sees the fake camera's colour and hears its tone; the citizen sees the
    # clerk's colour and hears the clerk's tone in the remote <video> (all at once).
    seen, heard, got, page_heard = await asyncio.gather(
        anna.sees(CITIZEN_COLOUR), anna.hears(), page_sees(page, AGENT_COLOUR), page_hears(page)
    )
    assert close_to(seen, CITIZEN_COLOUR), seen
    assert abs(heard - CITIZEN_HZ) <= HZ_TOLERANCE
    assert close_to(got["rgb"], AGENT_COLOUR), got
    assert abs(page_heard - AGENT_HZ) <= HZ_TOLERANCE
    assert not await page.locator("#remote-video").evaluate("v => v.muted || v.paused")

    # The chat goes on beside the call, both ways.
    box = page.get_by_label("Your message")
    await box.fill("My address is Lipowa 5")
    await box.press("Enter")
    await anna.rec.next(
        p.ChatMessageEvent, lambda e: e.message.text == "My address is Lipowa 5", timeout=5
    )
    await anna.request(p.SendChat(id=0, interaction_id=iid, text="Thursdays, every week."))
    await expect(page.locator("#transcript li.msg.theirs")).to_contain_text(
        "Thursdays, every week."
    )
    await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")

    # Another microphone: its track replaces the old one in the call (no new offer).
    await page.locator("#call-devices summary").click()
    microphones = page.get_by_label("Microphone", exact=True)
    await microphones.select_option(label="Fake Audio Input 2")
    await page.wait_for_function(
        "() => document.getElementById('self-view').srcObject.getAudioTracks()"
        ".map((t) => t.label).join() === 'Fake Audio Input 2'"
    )
    anna.tap.clear()
    assert abs(await anna.hears() - CITIZEN_HZ) <= HZ_TOLERANCE
    assert len(anna.rec.of(p.RtcSignal)) == 1  # still the first offer

    # Mute and camera off reach the clerk: silence, then black.
    await page.get_by_role("button", name="Mute microphone").click()
    await expect(page.get_by_role("button", name="Unmute microphone")).to_be_visible()
    anna.tap.clear()
    await eventually(
        lambda: (
            len(anna.tap.samples()) >= 24000
            and float(np.sqrt(np.mean(anna.tap.samples(0.3) ** 2))) < 0.001
        ),
        "the clerk hears silence",
    )
    await page.get_by_role("button", name="Turn camera off").click()
    await anna.sees((0, 0, 0))
    await page.get_by_role("button", name="Turn camera on").click()
    await anna.sees(CITIZEN_COLOUR)


async def test_voice_call_from_the_browser_sends_sound_only(server, open_page, agents):
    page = await open_page()
    bartek = await agents("bartek", video=False)
    await start_call(page, server.http_url, "Voice call from the browser")
    assert [t["kind"] for t in await local_tracks(page)] == []  # no self-view in a voice call
    assert await page.locator("#self-view").is_hidden()
    await expect(page.locator("#call-camera")).to_be_hidden()
    await bartek.take()
    offer = await bartek.answer()
    assert "m=audio" in offer and "m=video" not in offer  # no picture either way
    await expect(call_status(page)).to_have_text("Connected: you can hear the clerk.")
    heard, page_heard = await asyncio.gather(bartek.hears(), page_hears(page))
    assert abs(heard - CITIZEN_HZ) <= HZ_TOLERANCE
    assert abs(page_heard - AGENT_HZ) <= HZ_TOLERANCE
    assert not bartek.frames
    kinds = await page.evaluate(
        "() => document.getElementById('remote-video').srcObject.getTracks().map(t => t.kind)"
    )
    assert kinds == ["audio"]


async def test_a_blocked_camera_offers_a_voice_call_or_the_chat(server, open_page, agents):
    page = await open_page(CAMERA_BLOCKED)
    celina = await agents("celina")
    await fill_start(page, server.http_url)
    await page.get_by_role("button", name="Video call", exact=True).click()
    alert = page.get_by_role("alert").filter(has_text="cannot use your camera")
    await expect(alert).to_be_visible()
    voice = page.get_by_role("button", name="Voice call instead")
    await expect(voice).to_be_focused()
    await expect(page.get_by_role("button", name="Chat instead")).to_be_visible()
    await expect(page.locator("body")).to_have_attribute("data-view", "start")  # nothing started

    await voice.click()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await celina.take()
    offer = await celina.answer()
    assert "m=video" not in offer
    await expect(call_status(page)).to_have_text("Connected: you can hear the clerk.")
    assert abs(await celina.hears() - CITIZEN_HZ) <= HZ_TOLERANCE


async def test_chat_instead_of_a_blocked_camera_starts_the_chat(server, open_page):
    page = await open_page(CAMERA_BLOCKED)
    await fill_start(page, server.http_url)
    await page.get_by_role("button", name="Video call", exact=True).click()
    await page.get_by_role("button", name="Chat instead").click()
    await expect(page.locator("body")).to_have_attribute("data-view", "chat")
    await expect(page.locator("#call")).to_be_hidden()
    await expect(page.locator("#transcript li.msg.mine")).to_contain_text(QUESTION)


async def test_sign_language_waits_honestly_for_a_signer_only(server, open_page, agents):
    page = await open_page()
    await fill_start(page, server.http_url)
    choice = page.get_by_label("I use sign language")
    await choice.check()
    # One language configured: no select, the note says none is on duty, with the hours.
    await expect(page.locator("#sign-language")).to_be_hidden()
    await expect(page.locator("#sign-note")).to_have_text(
        f"No sign-language interpreter is on duty now. Opening hours: {SIGN_HOURS}"
    )
    await page.get_by_role("button", name="Video call", exact=True).click()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await expect(page.locator("#call-sign-note")).to_have_text(
        f"No sign-language interpreter is on duty now. Opening hours: {SIGN_HOURS}"
    )
    await expect(page.locator("#queue-status")).to_have_text(re.compile(r"number 1 in the queue"))

    anna = await agents("anna")  # waste, video, no PJM: never offered it
    await p_available(anna)
    sylwia = await agents("sylwia")
    iid = await sylwia.take()
    assert (await sylwia.rec.next(p.InteractionAssigned)).interaction.sign_language == "pjm"
    await sylwia.answer()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")
    await sylwia.sees(CITIZEN_COLOUR)
    assert not anna.rec.of(p.OfferCreated)
    assert iid


async def p_available(agent: CallAgent) -> None:
    await agent.request(p.SetPresence(id=0, state="available"))


async def test_the_clerk_hangs_up_and_the_page_ends_at_once(server, open_page, agents):
    page = await open_page()
    dawid = await agents("dawid")
    await connected_call(page, dawid, server.http_url)
    await page_sees(page, AGENT_COLOUR)
    tracks = await local_tracks(page)
    assert sorted(t["state"] for t in tracks) == ["live", "live"]

    hung_up_at = time.monotonic()
    await dawid.hang_up()
    await expect(call_status(page)).to_have_text("The call has ended.", timeout=2_000)
    assert time.monotonic() - hung_up_at < 2.0
    assert [t["state"] for t in await local_tracks(page)] == ["ended", "ended"]  # camera off
    assert await page.evaluate("() => document.getElementById('remote-video').srcObject") is None
    await dawid.request(p.CloseInteraction(id=0, interaction_id=dawid.iid))
    await expect(page.get_by_text("The conversation has ended. Thank you.")).to_be_visible()


async def test_the_citizen_hangs_up(server, open_page, agents):
    page = await open_page()
    hanna = await agents("hanna")
    await connected_call(page, hanna, server.http_url)
    await hanna.sees(CITIZEN_COLOUR)
    await local_tracks(page)
    await page.get_by_role("button", name="Hang up").click()
    hangup = await hanna.rec.next(p.RtcSignal, lambda s: s.kind == "hangup", timeout=3)
    assert hangup.sender == "citizen"
    closed = await hanna.rec.next(p.InteractionClosed, timeout=3)
    assert closed.by == "citizen" and closed.interaction_id == hanna.iid
    await expect(page.get_by_text("The conversation has ended. Thank you.")).to_be_visible()
    assert [t["state"] for t in await local_tracks(page)] == ["ended", "ended"]


async def test_the_tab_closed_mid_call_ends_it_for_the_clerk(server, open_page, agents):
    page = await open_page()
    grzegorz = await agents("grzegorz")
    await connected_call(page, grzegorz, server.http_url)
    await grzegorz.sees(CITIZEN_COLOUR)
    await page.close(run_before_unload=True)
    hangup = await grzegorz.rec.next(p.RtcSignal, lambda s: s.kind == "hangup", timeout=3)
    assert hangup.sender == "citizen"
    closed = await grzegorz.rec.next(p.InteractionClosed, timeout=5)
    assert closed.by == "citizen" and closed.wrapup_required


async def test_connection_lost_then_call_again_at_the_front(server, open_page, agents):
    page = await open_page()
    anna = await agents("anna")
    first = await connected_call(page, anna, server.http_url)
    await anna.sees(CITIZEN_COLOUR)

    # The page offline longer than the server's grace (0.5 s): the call ends there.
    await page.evaluate("() => { window.__blockSockets = true; window.__sockets.at(-1).close(); }")
    await expect(call_status(page)).to_have_text(re.compile("reconnect"))
    closed = await anna.rec.next(p.InteractionClosed, timeout=5)
    assert closed.by == "citizen" and closed.interaction_id == first
    await anna.session.close()  # the clerk's app ends its media with the conversation
    # Someone else starts waiting meanwhile.
    other, orec = await citizen(server.url)
    waiting = await other.request(p.StartChat(id=0, topic="waste", text="Hello", media="video"))
    assert waiting.position == 1
    await page.evaluate("() => { window.__blockSockets = false; }")
    # No blocked attempt under way, then reconnect now (not after the back-off).
    await page.wait_for_function(
        "() => window.__sockets.at(-1).readyState !== WebSocket.CONNECTING"
    )
    await page.evaluate("() => dispatchEvent(new Event('online'))")

    await expect(call_status(page)).to_have_text("Connection lost. The call has ended.")
    again = page.get_by_role("button", name="Call again")
    await expect(again).to_be_focused()
    await expect(again).to_be_enabled()
    await again.click()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await expect(page.locator("#queue-status")).to_have_text(
        "Waiting — you are number 1 in the queue"
    )
    behind = await orec.next(p.QueuePosition, lambda e: e.position == 2, timeout=3)
    assert behind.interaction_id == waiting.interaction.id  # the other one moved back
    await other.close()


async def test_the_clerks_app_lost_puts_the_page_back_in_the_queue(server, open_page, agents):
    page = await open_page()
    bartek = await agents("bartek")
    first = await connected_call(page, bartek, server.http_url)
    await page_sees(page, AGENT_COLOUR)
    await bartek.close()  # the app is gone, its media with it
    await expect(call_status(page)).to_have_text(
        "The clerk's connection was lost. You are waiting for the next free clerk.", timeout=5_000
    )
    await expect(page.locator("#queue-status")).to_have_text(re.compile(r"number 1 in the queue"))
    await expect(page.locator("#self-view")).to_be_visible()

    celina = await agents("celina")
    assert await celina.take() == first  # the same conversation, back at the front
    await celina.answer()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")
    await celina.sees(CITIZEN_COLOUR)
    await page_sees(page, AGENT_COLOUR)


async def test_every_call_text_is_in_polish_too(server, open_page):
    page = await open_page()
    await page.goto(server.http_url)
    await expect(page.locator("body")).to_have_attribute("data-view", "start")
    texts = """() => Object.fromEntries([...document.querySelectorAll('[data-i18n^="call."]')]
                  .map((e) => [e.dataset.i18n, e.textContent]))"""
    english = await page.evaluate(texts)
    assert len(english) > 15
    await page.locator("#lang-select").select_option("pl")
    await expect(page.locator("html")).to_have_attribute("lang", "pl")
    polish = await page.evaluate(texts)
    same = sorted(key for key, text in polish.items() if text == english[key])
    assert not same, f"not translated: {same}"
    await expect(page.get_by_role("button", name="Rozmowa wideo")).to_be_visible()


async def test_a_reload_while_waiting_still_offers_when_a_clerk_joins(server, open_page, agents):
    page = await open_page()
    await start_call(page, server.http_url)
    await page.reload()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await expect(page.locator("#self-view")).to_be_visible()  # the camera again, no prompt
    anna = await agents("anna")
    await anna.take()
    await anna.answer()
    await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")
    await anna.sees(CITIZEN_COLOUR)


async def test_a_reload_mid_call_offers_to_call_again(patient_server, open_page):
    server = patient_server
    page = await open_page()
    bartek = CallAgent(server.url, "bartek", AGENT_COLOUR, AGENT_HZ)
    async with bartek:
        await _reload_mid_call(page, bartek, server)


async def _reload_mid_call(page: Page, bartek: CallAgent, server) -> None:
    first = await connected_call(page, bartek, server.http_url)
    await page.reload()  # the media went with the old page; the conversation is still open
    await expect(call_status(page)).to_have_text("Connection lost. The call has ended.")
    await expect(page.get_by_label("Your message")).to_be_visible()  # the chat goes on
    await page.get_by_role("button", name="Call again").click()
    closed = await bartek.rec.next(p.InteractionClosed, timeout=3)  # closed, then rejoined
    assert closed.interaction_id == first and closed.by == "citizen"
    await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
    await expect(page.locator("#queue-status")).to_have_text(re.compile(r"number 1 in the queue"))


async def test_several_sign_languages_are_a_choice(tmp_path, open_page):
    languages = [PJM, SignLanguageConfig(code="bsl", name="British Sign Language (BSL)")]
    async with call_server(tmp_path / "cc-data", sign_languages=languages) as server:
        page = await open_page()
        sent: list[dict] = []
        page.on(
            "websocket",
            lambda ws: ws.on("framesent", lambda frame: sent.append(json.loads(frame))),
        )
        await fill_start(page, f"http://127.0.0.1:{server.port}/")
        select = page.get_by_label("Sign language", exact=True)
        await expect(select).to_be_hidden()  # until "I use sign language"
        await page.get_by_label("I use sign language").check()
        await expect(select).to_be_visible()
        options = await select.locator("option").all_text_contents()
        assert options == ["Polish Sign Language (PJM)", "British Sign Language (BSL)"]
        await select.select_option(label="British Sign Language (BSL)")
        await page.get_by_role("button", name="Video call", exact=True).click()
        await expect(page.locator("#call")).to_have_attribute("data-phase", "waiting")
        (start,) = [m for m in sent if m.get("type") == "chat.start"]
        assert (start["media"], start["sign_language"]) == ("video", "bsl")
        await expect(page.locator("#call-sign-note")).to_contain_text("No sign-language")


async def test_the_agent_app_killed_mid_call_puts_the_page_back_in_the_queue(
    server, open_page, agents, tmp_path
):
    """The real cc-agent process (auto-accept, colour bars for a camera) takes the call
    from the page, then dies by SIGKILL: the page waits again, at the front, and the
    next clerk gets the same conversation; the server holds nothing of the dead app's."""
    import os
    import subprocess
    import sys

    from shared.demo.launcher import ROOT

    anna, _ = await citizen_free_staff(server.url, "anna")
    settings = tmp_path / "config" / "CityContactCentre"
    settings.mkdir(parents=True)
    (settings / "cc-agent.conf").write_text("[General]\nauto_accept=true\n")
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
        CC_PASSWORD="demo",
    )  # fmt: skip
    log = open(tmp_path / "cc-agent.log", "wb")  # noqa: SIM115 - the process's lifetime
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent_app.main", "--server", server.url, "--user", "anna",
         "--no-phone", "--video-pattern", "-v"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        page = await open_page()
        await start_call(page, server.http_url)
        await expect(page.locator("#call")).to_have_attribute(
            "data-phase", "connected", timeout=20_000
        )

        async def bars():
            got = await remote_colour(page)
            return got if got and got["frames"] >= 5 and max(got["rgb"]) > 60 else None

        await eventually(bars, "the page shows the app's colour bars", 10)
        proc.kill()
        proc.wait(5)
        await expect(call_status(page)).to_have_text(
            "The clerk's connection was lost. You are waiting for the next free clerk.",
            timeout=8_000,
        )
        await expect(page.locator("#queue-status")).to_have_text(re.compile(r"number 1"))
        celina = await agents("celina")
        iid = await celina.take()
        assert (await celina.rec.next(p.InteractionAssigned)).interaction.id == iid
        await celina.answer()
        await expect(page.locator("#call")).to_have_attribute("data-phase", "connected")
        await celina.sees(CITIZEN_COLOUR)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


async def citizen_free_staff(url: str, user: str):
    """``user`` Available (the server keeps a chosen presence for their next session)."""
    from tests.support.bots import staff

    bot, rec = await staff(url, user)
    await bot.request(p.SetPresence(id=0, state="available"))
    await bot.close()
    return bot, rec
