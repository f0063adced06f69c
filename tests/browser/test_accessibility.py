"""The citizen page against WCAG 2.1 AA (the EU Web Accessibility Directive's level):
axe-core in every state of the page, the whole flow by keyboard alone with a visible
focus, live regions for what changes by itself, and reflow at narrow widths and zoom.

One server for the module (each test chats with its own demo agent, so no test inherits
another's wrap-up). Everything waits on selectors, texts or events; nothing sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

import pytest
import pytest_asyncio
from playwright.async_api import Locator, Page, expect

from shared import protocol as p
from shared.demo.data import USERS
from tests.browser.conftest import launched_chromium, opened_citizen_page
from tests.browser.test_web_chat import Agent
from tests.support.axe import axe_violations, describe
from tests.support.server import LOOPBACK_CROWD, ServerProcess
from tests.support.video_peer import media_browser
from tests.support.web_call import CAMERA_BLOCKED, SOCKET_TAP, CallAgent, call_server

# One browser and one server for the module, so its tests share one event loop.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

TOPIC = "Public transport & parking"
QUESTION = "How much is a monthly tram ticket for a student?"
ARTICLE = "transport-ticket-prices"  # a demo article with ### sections and a table
YES = "Yes, this answered my question"
NAMES = {user: name for user, name, _role, _skills in USERS}

# (what, width, height): a phone; 1280×800 at 200 % zoom; 1280 px at 400 % (WCAG 1.4.10).
VIEWPORTS = [("390 px wide", 390, 844), ("200 % zoom", 640, 400), ("400 % zoom", 320, 568)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One `cc-server --demo` for the module; its chats all come from 127.0.0.1."""
    srv = ServerProcess(tmp_path_factory.mktemp("a11y") / "cc-data", config=LOOPBACK_CROWD)
    srv.start()
    yield srv
    srv.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser():
    async with launched_chromium() as launched:
        yield launched


@pytest_asyncio.fixture(loop_scope="module")
async def citizen_page(browser):
    async with opened_citizen_page(browser) as page:
        yield page


@pytest_asyncio.fixture(loop_scope="module")
async def zoomed_page(browser):
    """A page on a high-density screen (device scale factor 2), as a zoomed browser is."""
    async with opened_citizen_page(
        browser, viewport={"width": 640, "height": 400}, device_scale_factor=2
    ) as page:
        yield page


# ------------------------------------------------------------------ the page's states


def hit(page: Page) -> Locator:
    return page.locator(f'#kb-results li[data-article-id="{ARTICLE}"]')


async def walk_states(
    page: Page, url: str, agent: Agent, check: Callable[[str], Awaitable[None]]
) -> None:
    """Take the page through each of its states, calling ``check(state)`` in each."""
    body = page.locator("body")
    await page.goto(url)
    await expect(body).to_have_attribute("data-view", "start")
    await expect(page.get_by_role("radio", name=TOPIC)).to_be_visible()
    await check("topic choice")

    await page.get_by_role("radio", name=TOPIC).check()
    await page.get_by_label("Your question").fill(QUESTION)
    await expect(hit(page)).to_be_visible()
    await check("self-service answers shown")

    await hit(page).locator(".kb-toggle").click()
    article = hit(page).get_by_role("region")
    await expect(article).to_be_focused()
    await expect(article.locator(".kb-body table")).to_be_visible()
    await check("an opened answer")

    await article.get_by_role("button", name=YES).click()
    await expect(page.get_by_role("heading", name="Glad we could help")).to_be_focused()
    await check("the answer helped")

    await page.get_by_role("button", name="I still want to chat").click()
    await page.get_by_role("button", name="Start chat").click()
    await expect(body).to_have_attribute("data-view", "chat")
    await expect(page.locator("#queue-status")).to_have_text(re.compile(r"number \d+ in the queue"))
    await check("waiting in the queue")

    iid = await agent.take_chat()
    await expect(page.get_by_text(f"{agent.name} joined the chat")).to_be_visible()
    await check("chatting with an agent")

    await agent.notify(p.Typing(interaction_id=iid, typing=True))
    await expect(page.locator("#typing")).to_be_visible()
    await check("the agent is typing")

    await agent.request(p.SendChat(id=0, interaction_id=iid, text="Students pay 55 PLN a month."))
    await expect(page.get_by_text("Students pay 55 PLN a month.")).to_be_visible()
    await check("the agent's message received")

    await agent.request(p.CloseInteraction(id=0, interaction_id=iid))
    await expect(page.get_by_text("The conversation has ended. Thank you.")).to_be_visible()
    await check("ended")


def staff(url: str, user: str) -> Agent:
    agent = Agent(url, user)
    agent.name = NAMES[user]
    return agent


# ------------------------------------------------------------------ axe-core


async def test_axe_finds_no_violation_in_any_state(server, citizen_page):
    page = citizen_page
    found: dict[str, list[dict]] = {}

    async def check(state: str) -> None:
        found[state] = await axe_violations(page)

    async with staff(server.url, "bartek") as agent:
        await walk_states(page, server.http_url, agent, check)
    # In Polish, too (the page's lang follows), and in Ukrainian.
    await page.locator("#lang-select").select_option("pl")
    await expect(page.locator("html")).to_have_attribute("lang", "pl")
    await check("ended, in Polish")
    await page.get_by_role("button", name="Rozpocznij nową rozmowę").click()
    await expect(page.locator("body")).to_have_attribute("data-view", "start")
    await check("topic choice, in Polish")
    await page.locator("#lang-select").select_option("uk")
    await expect(page.locator("html")).to_have_attribute("lang", "uk")
    await check("topic choice, in Ukrainian")

    assert len(found) == 12
    report = "\n".join(f"{state}:\n{describe(v)}" for state, v in found.items() if v)
    assert not report, f"axe-core (WCAG 2.1 A/AA, best practices) found:\n{report}"


async def test_escape_closes_an_opened_answer_and_returns_focus(server, citizen_page):
    page = citizen_page
    await page.goto(server.http_url)
    await page.get_by_role("radio", name=TOPIC).check()
    await page.get_by_label("Your question").fill(QUESTION)
    toggle = hit(page).locator(".kb-toggle")
    article = hit(page).get_by_role("region")

    # From a control inside the text.
    await toggle.click()
    await expect(article).to_be_focused()
    yes = article.get_by_role("button", name=YES)
    await yes.focus()
    await page.keyboard.press("Escape")
    await expect(article).to_be_hidden()
    await expect(toggle).to_have_attribute("aria-expanded", "false")
    await expect(toggle).to_be_focused()

    # From the text itself, opened by keyboard.
    await page.keyboard.press("Enter")
    await expect(article).to_be_focused()
    await page.keyboard.press("Escape")
    await expect(article).to_be_hidden()
    await expect(toggle).to_be_focused()

    # From the title that opened it.
    await page.keyboard.press("Enter")
    await expect(article).to_be_focused()
    await page.keyboard.press("Shift+Tab")
    await expect(toggle).to_be_focused()
    await page.keyboard.press("Escape")
    await expect(article).to_be_hidden()
    await expect(toggle).to_be_focused()

    # Escape elsewhere leaves the page alone: the question is kept.
    await page.get_by_label("Your question").press("Escape")
    await expect(page.get_by_label("Your question")).to_have_value(QUESTION)


# ------------------------------------------------------------------ keyboard


# The focused element's indicator: an outline (or a box shadow), and an outline's colour
# against what is around it at 3:1 or more (WCAG 1.4.11, non-text contrast).
FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
  const rgba = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // What the outline is drawn on, as painted: what lies under the middle of its left side
  // (its right side at the left edge of the screen).
  const box = el.getBoundingClientRect();
  const ring = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) / 2;
  const y = box.top + box.height / 2;
  const x = box.left - ring >= 0 ? box.left - ring : box.right + ring;
  let bg = [255, 255, 255];
  for (const under of document.elementsFromPoint(x, y)) {
    const c = rgba(getComputedStyle(under).backgroundColor);
    if (c.length === 3 || c[3] === 1) { bg = c.slice(0, 3); break; }
  }
  const [a, b] = [lum(rgba(cs.outlineColor)), lum(bg)].sort((x, y) => y - x);
  const contrast = outline ? (a + 0.05) / (b + 0.05) : null;
  return {
    what: el === document.body ? "body" : `${el.tagName.toLowerCase()}#${el.id}.${el.className} "${(el.textContent || "").trim().slice(0, 40)}"`,
    visible: el !== document.body && (outline ? contrast >= 3 : cs.boxShadow !== "none"),
    outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} on rgb(${bg})`,
    contrast: contrast && Math.round(contrast * 100) / 100,
    shadow: cs.boxShadow,
  };
}"""


async def assert_focus_shown(page: Page, after: list[str] = ()) -> str:
    """The focused element shows it clearly enough. Returns what it is."""
    style = await page.evaluate(FOCUS_STYLE)
    assert style["visible"], f"no visible focus on {style['what']}: {style}; passed {after}"
    return style["what"]


async def tab_to(page: Page, target: Locator, *, back: bool = False, key: str = "") -> None:
    """Tab (Shift+Tab, or ``key``) until ``target`` has the focus; each stop must show it."""
    passed = []
    for _ in range(30):
        await page.keyboard.press(key or ("Shift+Tab" if back else "Tab"))
        passed.append(await assert_focus_shown(page, passed))
        if await target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} never got the focus; it passed {passed}")


LIVE = """el => {
  const root = el.closest('[aria-live], [role="status"], [role="log"], [role="alert"]');
  return root && {role: root.getAttribute("role"), live: root.getAttribute("aria-live"),
                  relevant: root.getAttribute("aria-relevant"), tag: root.tagName.toLowerCase()};
}"""


async def live_region(locator: Locator) -> dict | None:
    return await locator.evaluate(LIVE)


async def test_the_whole_flow_by_keyboard_alone(server, citizen_page):
    page = citizen_page
    kb = page.keyboard
    async with staff(server.url, "celina") as agent:
        await page.goto(server.http_url)
        await expect(page.locator("body")).to_have_attribute("data-view", "start")

        # The skip link comes first and shows itself.
        await kb.press("Tab")
        await assert_focus_shown(page)
        await expect(page.get_by_role("link", name="Skip to the chat")).to_be_focused()
        await expect(page.get_by_role("link", name="Skip to the chat")).to_be_in_viewport()

        # Topic (one Tab stop for the group, arrows within it, Space picks), name, question.
        await tab_to(page, page.get_by_role("radio").first)
        await kb.press("Space")
        await expect(page.get_by_role("radio").first).to_be_checked()
        radio = page.get_by_role("radio", name=TOPIC)
        await tab_to(page, radio, key="ArrowDown")
        await expect(radio).to_be_checked()
        await tab_to(page, page.get_by_label("Your name (optional)"))
        await kb.type("Jan Kowalczyk")
        await tab_to(page, page.get_by_label("Your question"))
        await kb.type(QUESTION)

        # An answer opened and closed by keyboard (the status says how many were found).
        await expect(page.locator("#kb-status")).to_have_text(re.compile(r"possible answers?"))
        assert (await live_region(page.locator("#kb-status")))["role"] == "status"
        toggle = hit(page).locator(".kb-toggle")
        await tab_to(page, toggle)
        await kb.press("Enter")
        await expect(hit(page).get_by_role("region")).to_be_focused()
        await assert_focus_shown(page)
        await kb.press("Escape")
        await expect(toggle).to_be_focused()

        # Start the chat from its button.
        await tab_to(page, page.get_by_role("button", name="Start chat"))
        await kb.press("Enter")
        await expect(page.locator("body")).to_have_attribute("data-view", "chat")
        composer = page.get_by_label("Your message")
        await expect(composer).to_be_focused()
        await assert_focus_shown(page)

        # Waiting: the position is announced politely.
        queue = page.locator("#queue-status")
        await expect(queue).to_have_text(re.compile(r"number \d+ in the queue"))
        assert (await live_region(queue))["live"] == "polite"

        iid = await agent.take_chat()
        joined = page.get_by_text(f"{agent.name} joined the chat")
        await expect(joined).to_be_visible()

        # Send with the Send button (Space).
        await kb.type("Is the student ticket valid at night?")
        await tab_to(page, page.get_by_role("button", name="Send"))
        await kb.press("Space")
        await expect(composer).to_have_value("")
        await agent.wait_message(iid, "Is the student ticket valid at night?")
        mine = page.locator("#transcript li.msg.mine").last
        await expect(mine.get_by_role("img", name=re.compile(r"^(sent|delivered)$"))).to_have_text(
            re.compile(r"^✓✓?$")
        )  # the marks are read as words

        # The transcript is a log, announced as messages are added: its list stays a list.
        await agent.notify(p.Typing(interaction_id=iid, typing=True))
        await expect(page.locator("#typing")).to_be_visible()
        assert (await live_region(page.locator("#typing")))["live"] == "polite"
        await agent.request(p.SendChat(id=0, interaction_id=iid, text="Yes, on night buses too."))
        reply = page.locator("#transcript li.msg", has_text="Yes, on night buses too.")
        await expect(reply).to_be_visible()
        log = await live_region(reply)
        assert log == {"role": "log", "live": "polite", "relevant": "additions", "tag": "div"}
        assert await live_region(joined) == log
        assert await page.locator("#transcript").get_attribute("role") is None

        # End it: Shift+Tab back to "End chat" (through the transcript, scrollable by keys).
        end = page.get_by_role("button", name="End chat")
        await tab_to(page, end, back=True)
        await kb.press("Enter")
        ended = page.get_by_text("The conversation has ended. Thank you.")
        await expect(ended).to_be_visible()
        assert (await live_region(ended))["role"] == "status"
        new_chat = page.get_by_role("button", name="Start a new conversation")
        await expect(new_chat).to_be_focused()
        await expect(new_chat).to_have_accessible_description(
            "The conversation has ended. Thank you."
        )  # read out with the button that gets the focus
        await assert_focus_shown(page)
        await kb.press("Enter")
        await expect(page.locator("body")).to_have_attribute("data-view", "start")
        await expect(radio).to_be_focused()

    # The connection banner, too, is a status message.
    assert (await live_region(page.locator("#conn-banner")))["role"] == "status"


# ------------------------------------------------------------------ reflow


# The controls that must be on screen, not cut off at the sides, in each state.
START = ["#lang-select", "#kb-pinned .kb-toggle", "#topic-list input[value=transport]"]
START += ["#start-name", "#start-text"]
START += ["#start-submit", "#call-video", "#call-voice"]
HIT = f'#kb-results li[data-article-id="{ARTICLE}"]'
CHAT = ["#end-chat", "#transcript", "#composer-text", "#composer-send"]
CONTROLS = {
    "topic choice": START,
    "self-service answers shown": [*START, f"{HIT} .kb-toggle"],
    "an opened answer": [*START, f"{HIT} .kb-yes", f"{HIT} .kb-no"],
    "the answer helped": ["#helped-back"],
    "waiting in the queue": ["#queue-status", *CHAT],
    "chatting with an agent": CHAT,
    "the agent is typing": ["#typing", *CHAT],
    "the agent's message received": [*CHAT, "#transcript li.msg.theirs"],
    "ended": ["#transcript", "#new-chat"],
}

REFLOW = """selectors => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems = [];
  if (root.scrollWidth > width) problems.push(`scrolls sideways (${root.scrollWidth} > ${width} px)`);
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const box = el && el.getBoundingClientRect();
    if (!el || !el.getClientRects().length || !box.width || !box.height ||
        getComputedStyle(el).visibility === "hidden") {
      problems.push(`${sel} is not visible`);
    } else if (box.left < 0 || box.right > width + 0.5) {
      problems.push(`${sel} sticks out: ${Math.round(box.left)}..${Math.round(box.right)} px`);
    }
  }
  return problems;
}"""


async def test_no_horizontal_scrolling_on_narrow_screens_and_at_200_percent(server, zoomed_page):
    page = zoomed_page
    problems: list[str] = []

    async def check(state: str) -> None:
        for what, width, height in VIEWPORTS:
            await page.set_viewport_size({"width": width, "height": height})
            found = await page.evaluate(REFLOW, CONTROLS[state])
            problems.extend(f"{state}, {what}: {problem}" for problem in found)
        await page.set_viewport_size({"width": 640, "height": 400})

    async with staff(server.url, "dawid") as agent:
        await walk_states(page, server.http_url, agent, check)
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------ calls from the page

CALL_COLOUR, CALL_HZ = (200, 30, 30), 440.0  # the fake camera and microphone
CALL_CONTROLS = ["#call-mute", "#call-camera", "#call-hangup", "#composer-text"]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def media_browser_(tmp_path_factory):
    """A browser with a fake camera and microphone (permission prompts accepted)."""
    async with media_browser(tmp_path_factory.mktemp("media"), CALL_COLOUR, CALL_HZ) as b:
        yield b


@pytest_asyncio.fixture(loop_scope="module")
async def call_server_(tmp_path):
    """A server with a sign language configured and a signer (tests.support.web_call)."""
    async with call_server(tmp_path / "cc-data") as srv:
        srv.http_url = f"http://127.0.0.1:{srv.port}/"
        srv.url = f"ws://127.0.0.1:{srv.port}/ws"
        yield srv


async def test_axe_finds_no_violation_in_the_call_states(media_browser_, call_server_):
    server = call_server_
    found: dict[str, list[dict]] = {}
    problems: list[str] = []

    async def check(page: Page, state: str, controls: list[str]) -> None:
        found[state] = await axe_violations(page)
        await page.set_viewport_size({"width": 390, "height": 844})
        problems.extend(f"{state}: {x}" for x in await page.evaluate(REFLOW, controls))
        await page.set_viewport_size({"width": 900, "height": 800})

    async with (
        opened_citizen_page(media_browser_) as page,
        CallAgent(server.url, "anna", (30, 60, 200), 880.0) as agent,
    ):
        body = page.locator("body")
        await page.goto(server.http_url)
        await page.get_by_role("radio", name="Waste collection").check()
        await page.get_by_label("Your question").fill("When is the green bin collected?")
        await expect(page.get_by_role("button", name="Video call", exact=True)).to_be_visible()
        await check(page, "call offered", ["#call-video", "#call-voice", "#sign-use"])
        await page.get_by_label("I use sign language").check()
        await expect(page.locator("#sign-note")).to_be_visible()
        await check(page, "call offered, sign language chosen", ["#call-video", "#sign-note"])
        await page.get_by_label("I use sign language").uncheck()

        await page.get_by_role("button", name="Video call", exact=True).click()
        await expect(body).to_have_attribute("data-view", "chat")
        await expect(page.locator("#self-view")).to_be_visible()
        await expect(page.locator("#queue-status")).to_have_text(re.compile("number 1 in"))
        status = page.locator("#call-status")
        assert (await live_region(status))["live"] == "polite"
        await check(
            page, "waiting for a video call", ["#self-view", "#queue-status", *CALL_CONTROLS]
        )

        await agent.take()
        await agent.answer()
        await expect(status).to_have_text("Connected: you can see and hear the clerk.")
        await expect(page.locator("#remote-video")).to_be_visible()
        await check(page, "in a video call", ["#remote-video", "#self-view", *CALL_CONTROLS])

        # The call's buttons by keyboard, each showing its focus; Enter hangs up.
        await page.get_by_label("Your message").focus()
        await tab_to(page, page.get_by_role("button", name="Mute microphone"), back=True)
        await page.keyboard.press("Enter")
        await expect(page.get_by_role("button", name="Unmute microphone")).to_be_focused()
        await tab_to(page, page.get_by_role("button", name="Turn camera off"))
        await tab_to(page, page.get_by_role("button", name="Hang up"))
        await page.keyboard.press("Enter")
        await expect(status).to_have_text("The call has ended.")
        await expect(page.get_by_role("button", name="Start a new conversation")).to_be_focused()
        await check(page, "call ended", ["#call-status", "#new-chat"])
        await page.locator("#lang-select").select_option("pl")
        await check(page, "call ended, in Polish", ["#call-status", "#new-chat"])
        await page.locator("#lang-select").select_option("en")

    async with opened_citizen_page(media_browser_) as page:
        await page.context.add_init_script(CAMERA_BLOCKED)
        await page.goto(server.http_url)
        await page.get_by_role("radio", name="Waste collection").check()
        await page.get_by_role("button", name="Video call", exact=True).focus()
        await page.keyboard.press("Enter")  # by keyboard: the focus moved is shown
        await expect(page.get_by_role("button", name="Voice call instead")).to_be_focused()
        await assert_focus_shown(page)
        await check(page, "camera denied", ["#denied-voice", "#denied-chat"])

    # The connection lost longer than the server's grace: "Call again".
    async with (
        opened_citizen_page(media_browser_) as page,
        CallAgent(server.url, "bartek", (30, 60, 200), 880.0) as agent,
    ):
        await page.context.add_init_script(SOCKET_TAP)
        await page.goto(server.http_url)
        await page.get_by_role("radio", name="Waste collection").check()
        await page.get_by_role("button", name="Video call", exact=True).click()
        await agent.take()
        await agent.answer()
        status = page.locator("#call-status")
        await expect(status).to_have_text("Connected: you can see and hear the clerk.")
        await page.evaluate("() => { window.__blockSockets = true; __sockets.at(-1).close(); }")
        await agent.rec.next(p.InteractionClosed, timeout=5)
        await page.evaluate("() => { window.__blockSockets = false; }")
        await page.wait_for_function("() => __sockets.at(-1).readyState !== WebSocket.CONNECTING")
        await page.evaluate("() => dispatchEvent(new Event('online'))")
        await expect(status).to_have_text("Connection lost. The call has ended.")
        await expect(page.get_by_role("button", name="Call again")).to_be_focused()
        await check(page, "connection lost", ["#call-status", "#call-again", "#new-chat"])

    assert len(found) == 8
    report = "\n".join(f"{state}:\n{describe(v)}" for state, v in found.items() if v)
    assert not report, f"axe-core (WCAG 2.1 A/AA, best practices) found:\n{report}"
    assert not problems, "\n".join(problems)
