"""The citizen web chat in headless Chromium against the real server, with an agent
simulated by ``shared.client.Client`` in the same event loop.

Everything waits on selectors, texts or events; nothing sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from playwright.async_api import Page, expect

from shared import protocol as p
from shared.client import Client
from shared.demo.data import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TOPIC_LABEL = "Public transport & parking"
FIRST = "How much is a monthly tram ticket for a student?"
WAIT = 5.0  # seconds for one thing to happen on either side


class Agent:
    """Anna at her desk: a real staff client whose events are kept for assertions
    (``user``: another demo agent, for tests that share one server)."""

    def __init__(self, url: str, user: str = "anna") -> None:
        self.events: list[Any] = []
        self._changed = asyncio.Event()
        self.client = Client(
            url,
            user,
            DEMO_PASSWORD,
            on_event=self._on_event,
            client_name="browser-test",
            max_backoff=0.5,
        )

    def _on_event(self, msg: Any) -> None:
        self.events.append(msg)
        self._changed.set()

    async def __aenter__(self) -> Agent:
        await self.client.connect()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.client.close()

    async def request(self, msg: Any) -> Any:
        reply = await self.client.request(msg)
        if isinstance(reply, p.ChatSent):  # her own messages belong to her transcript
            self._on_event(reply)
        return reply

    async def notify(self, msg: Any) -> None:
        await self.client.notify(msg)

    async def wait(self, pred: Callable[[Any], bool], what: str, timeout: float = WAIT) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            for ev in self.events:
                if pred(ev):
                    return ev
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"agent never got {what}; got {self.events[-10:]}")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except TimeoutError:
                pass

    def transcript(self, iid: str) -> dict[int, p.ChatMessage]:
        """Every message of ``iid`` the agent has seen, from assignments and live events."""
        seen: dict[int, p.ChatMessage] = {}
        for ev in self.events:
            if isinstance(ev, p.InteractionAssigned) and ev.interaction.id == iid:
                seen.update({m.seq: m for m in ev.messages})
            elif isinstance(ev, p.ChatMessageEvent | p.ChatSent) and ev.interaction_id == iid:
                seen[ev.message.seq] = ev.message
        return seen

    async def wait_message(self, iid: str, text: str, timeout: float = WAIT) -> p.ChatMessage:
        """The citizen's message ``text`` as the agent received it (live or on re-login)."""
        deadline = time.monotonic() + timeout
        while True:
            for m in self.transcript(iid).values():
                if m.sender == "citizen" and m.text == text:
                    return m
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"agent never got {text!r}; has {self.transcript(iid)}")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except TimeoutError:
                pass

    async def take_chat(self) -> str:
        """Go available, accept the offer, return the interaction id."""
        await self.request(p.SetPresence(id=0, state="available"))
        offer = await self.wait(lambda e: isinstance(e, p.OfferCreated), "an offer")
        iid = offer.interaction.id
        await self.request(p.AcceptOffer(id=0, interaction_id=iid))
        await self.wait(
            lambda e: isinstance(e, p.InteractionAssigned) and e.interaction.id == iid,
            "the assignment",
        )
        return iid


# ------------------------------------------------------------------ page helpers


def bubbles(page: Page):
    return page.locator("#transcript li.msg")


async def page_transcript(page: Page) -> list[tuple[int, str, str]]:
    """(seq, sender, text) of every confirmed message on the page, in display order."""
    return await page.eval_on_selector_all(
        "#transcript li.msg[data-seq]",
        "els => els.map(e => [Number(e.dataset.seq), e.dataset.sender,"
        " e.querySelector('.bubble').textContent])",
    )


async def start_chat(page: Page, url: str, name: str = "Jan Kowalczyk", text: str = FIRST) -> None:
    await page.goto(url)
    await page.get_by_role("radio", name=TOPIC_LABEL).check()
    await page.get_by_label("Your name (optional)").fill(name)
    await page.get_by_label("Your question").fill(text)
    await page.get_by_label("Your question").press("Enter")  # Enter sends
    await expect(page.locator("body")).to_have_attribute("data-view", "chat")


async def citizen_says(page: Page, text: str) -> None:
    box = page.get_by_label("Your message")
    await box.fill(text)
    await box.press("Enter")
    await expect(box).to_have_value("")


def assert_in_order(rows: list[tuple[int, str, str]], expected: list[tuple[str, str]]) -> None:
    seqs = [r[0] for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs), f"seq order broken: {seqs}"
    assert [(r[1], r[2]) for r in rows] == expected


# ------------------------------------------------------------------ tests


async def test_citizen_chats_with_an_agent(cc_server, citizen_page):
    page = citizen_page
    async with Agent(cc_server.url) as anna:
        # Anna is offline at first, so the citizen waits in the queue.
        await start_chat(page, cc_server.http_url)
        await expect(page.locator("#queue-status")).to_have_text(
            "Waiting — you are number 1 in the queue"
        )
        await expect(page.get_by_text("Chats are stored")).to_be_visible()

        iid = await anna.take_chat()
        await expect(page.get_by_text("Anna Kowalska joined the chat")).to_be_visible()
        await expect(page.locator("#queue-status")).to_be_hidden()
        assert [m.text for m in anna.transcript(iid).values()] == [FIRST]

        expected = [("citizen", FIRST)]
        for i in range(5):
            # ---- citizen -> agent, with the typing indicator going to Anna
            mine = (
                f"Citizen message {i}" if i != 1 else "Is <b>this</b> & <script>x()</script> safe?"
            )
            box = page.get_by_label("Your message")
            await box.fill(mine)
            if i == 0:
                await anna.wait(
                    lambda e: isinstance(e, p.Typing) and e.typing and e.sender == "citizen",
                    "citizen typing",
                )
            await box.press("Enter")
            got = await anna.wait_message(iid, mine)
            if i == 0:
                await anna.wait(
                    lambda e: isinstance(e, p.Typing) and not e.typing and e.sender == "citizen",
                    "citizen stopped typing",
                )
            mine_li = page.locator(f'#transcript li.msg[data-seq="{got.seq}"]')
            await expect(mine_li).to_have_attribute("data-state", "sent")
            # Anna's app acknowledges it: the citizen sees ✓✓
            await anna.notify(p.AckChat(interaction_id=iid, seq=got.seq))
            await expect(mine_li).to_have_attribute("data-state", "delivered")
            await expect(mine_li.locator(".mark")).to_have_text("✓✓")
            expected.append(("citizen", mine))

            # ---- agent -> citizen, announced by the typing indicator
            await anna.notify(p.Typing(interaction_id=iid, typing=True))
            await expect(page.locator("#typing")).to_have_text("Anna is typing…")
            theirs = (
                f"Agent answer {i}" if i != 3 else 'Try <img src=x onerror="document.title=1"> this'
            )
            sent = await anna.request(p.SendChat(id=0, interaction_id=iid, text=theirs))
            their_li = page.locator(f'#transcript li.msg[data-seq="{sent.message.seq}"]')
            await expect(their_li.locator(".bubble")).to_have_text(theirs)
            await expect(their_li.locator(".who")).to_have_text("Anna Kowalska")
            await expect(page.locator("#typing")).to_be_hidden()
            # The page acknowledged what it displayed.
            await anna.wait(
                lambda e, s=sent.message.seq: (
                    isinstance(e, p.ChatDelivered) and e.interaction_id == iid and e.seq >= s
                ),
                f"delivered {theirs!r}",
            )
            expected.append(("agent", theirs))

            if i == 2:
                # A reload in the middle of the chat resumes it from sessionStorage's token.
                await page.reload()
                await expect(bubbles(page)).to_have_count(len(expected))
                await expect(page.locator("body")).to_have_attribute("data-view", "chat")
                assert_in_order(await page_transcript(page), expected)
                for li in await page.locator('#transcript li.msg[data-sender="citizen"]').all():
                    await expect(li).to_have_attribute("data-state", "delivered")
                await expect(
                    page.get_by_text("You are chatting with Anna Kowalska")
                ).to_be_visible()

        # Both sides saw every message, once, in the same order.
        await expect(bubbles(page)).to_have_count(len(expected))
        assert_in_order(await page_transcript(page), expected)
        agent_view = anna.transcript(iid)
        assert [(m.sender, m.text) for _, m in sorted(agent_view.items())] == expected
        # Text stays text: no markup from either side was interpreted.
        assert await page.locator("#transcript b, #transcript img, #transcript script").count() == 0
        assert await page.title() != "1"

        # Anna ends the conversation.
        await anna.request(p.CloseInteraction(id=0, interaction_id=iid))
        await expect(page.get_by_text("The conversation has ended. Thank you.")).to_be_visible()
        await expect(page.get_by_label("Your message")).to_be_hidden()
        new_chat = page.get_by_role("button", name="Start a new conversation")
        await expect(new_chat).to_be_focused()
        await page.keyboard.press("Enter")  # keyboard only
        await expect(page.locator("body")).to_have_attribute("data-view", "start")
        await expect(page.get_by_role("radio", name=TOPIC_LABEL)).to_be_visible()


async def test_page_survives_a_server_restart(cc_server, citizen_page):
    page = citizen_page
    async with Agent(cc_server.url) as anna:
        await start_chat(page, cc_server.http_url, text="My bins were not emptied.")
        iid = await anna.take_chat()
        await expect(page.get_by_text("Anna Kowalska joined the chat")).to_be_visible()
        await citizen_says(page, "Kwiatowa 12, since Monday.")
        await anna.wait_message(iid, "Kwiatowa 12, since Monday.")
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Let me check the schedule."))
        await expect(page.get_by_text("Let me check the schedule.")).to_be_visible()

        await asyncio.to_thread(cc_server.kill)
        await expect(page.locator("#conn-banner")).to_have_text("Reconnecting…")
        # Typed while offline: queued, shown as "sending…", sent in order later.
        offline = ["Are you still there?", "The green bin too."]
        for text in offline:
            await citizen_says(page, text)
        pending = page.locator('#transcript li.msg[data-state="sending"]')
        await expect(pending).to_have_count(2)
        await expect(pending.first.locator(".mark")).to_have_text("sending…")

        await asyncio.to_thread(cc_server.start)
        await expect(page.locator("#conn-banner")).to_be_empty(timeout=15_000)
        await expect(pending).to_have_count(0, timeout=10_000)
        first = await anna.wait_message(iid, offline[0], timeout=15)
        second = await anna.wait_message(iid, offline[1], timeout=15)
        assert first.seq < second.seq

        # The chat carries on both ways after the restart.
        sent = await anna.request(p.SendChat(id=0, interaction_id=iid, text="Both bins, noted."))
        await expect(page.locator(f'li.msg[data-seq="{sent.message.seq}"] .bubble')).to_have_text(
            "Both bins, noted."
        )
        expected = [
            ("citizen", "My bins were not emptied."),
            ("citizen", "Kwiatowa 12, since Monday."),
            ("agent", "Let me check the schedule."),
            ("citizen", offline[0]),
            ("citizen", offline[1]),
            ("agent", "Both bins, noted."),
        ]
        await expect(bubbles(page)).to_have_count(len(expected))
        assert_in_order(await page_transcript(page), expected)
        assert [(m.sender, m.text) for _, m in sorted(anna.transcript(iid).items())] == expected

        # The citizen ends the chat themselves.
        await page.get_by_role("button", name="End chat").click()
        await expect(page.get_by_text("The conversation has ended. Thank you.")).to_be_visible()
        closed = await anna.wait(
            lambda e: isinstance(e, p.InteractionClosed) and e.interaction_id == iid, "the close"
        )
        assert closed.by == "citizen"


async def test_page_sends_its_own_keepalive(cc_server, citizen_page):
    """Browsers never ping: the page sends `ping` every 20 s and the server answers."""
    page = citizen_page
    frames: list[tuple[str, dict]] = []
    arrived = asyncio.Event()

    def record(direction: str, payload: str | bytes) -> None:
        frames.append((direction, json.loads(payload)))
        arrived.set()

    page.on(
        "websocket",
        lambda ws: (
            ws.on("framesent", lambda f: record("out", f)),
            ws.on("framereceived", lambda f: record("in", f)),
        ),
    )
    await page.clock.install()  # the page's timers now run on a clock the test moves
    await page.goto(cc_server.http_url)
    await expect(page.locator("body")).to_have_attribute("data-view", "start")
    assert not [f for d, f in frames if f["type"] == "ping"]

    await page.clock.run_for(20_000)

    async def frame(direction: str, type_: str) -> dict:
        while True:
            for d, f in frames:
                if d == direction and f["type"] == type_:
                    return f
            arrived.clear()
            await arrived.wait()

    ping = await asyncio.wait_for(frame("out", "ping"), WAIT)
    pong = await asyncio.wait_for(frame("in", "pong"), WAIT)
    assert pong["id"] == ping["id"]
    # The pong arrived in time: still connected, no "Reconnecting…".
    await page.clock.run_for(11_000)
    await expect(page.locator("body")).to_have_attribute("data-conn", "online")
    await expect(page.locator("#conn-banner")).to_be_empty()


async def test_citizen_sees_the_expert_join_a_three_way_chat_and_take_it_over(
    cc_server, citizen_page
):
    page = citizen_page
    await start_chat(page, cc_server.http_url)
    expert = Client(cc_server.url, "jakub", DEMO_PASSWORD, on_event=lambda m: None)
    offers: asyncio.Queue[p.OfferCreated] = asyncio.Queue()
    expert.on_event = lambda m: offers.put_nowait(m) if isinstance(m, p.OfferCreated) else None
    async with Agent(cc_server.url) as anna:
        await expert.connect()
        try:
            await expert.request(p.SetPresence(id=0, state="available"))
            iid = await anna.take_chat()
            await expect(page.locator("#transcript")).to_contain_text("Anna Kowalska joined")
            reply = await anna.request(
                p.RequestConsult(
                    id=0, interaction_id=iid, department="Transport", note="tram", three_way=True
                )
            )
            assert reply.state == "ringing" and reply.expert == "jakub"
            offer = await asyncio.wait_for(offers.get(), WAIT)
            assert offer.kind == "consult" and offer.from_agent_name == "Anna Kowalska"
            await expert.request(p.AcceptOffer(id=0, interaction_id=iid))
            # three-way at once: the citizen is told who joined, and reads the expert
            await expect(page.locator("#transcript")).to_contain_text(
                "Jakub Kaczmarek from Transport joined the chat"
            )
            await anna.wait(
                lambda e: isinstance(e, p.ConsultChanged) and e.state == "merged", "merged"
            )
            await expert.request(p.SendChat(id=0, interaction_id=iid, text="Jakub here."))
            await expect(bubbles(page).last).to_contain_text("Jakub here.")
            # the agent hands over and leaves; the citizen sees her go
            await anna.request(p.CompleteConsult(id=0, interaction_id=iid))
            await expect(page.locator("#transcript")).to_contain_text("Anna Kowalska left the chat")
            await citizen_says(page, "Thanks Jakub")
            closed = await anna.wait(
                lambda e: isinstance(e, p.InteractionClosed) and e.interaction_id == iid,
                "her part closed",
            )
            assert closed.wrapup_required
        finally:
            await expert.close()
