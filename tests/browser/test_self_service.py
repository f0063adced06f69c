"""Self-service on the citizen page: answers from the knowledge base while the citizen
types their question, before any chat starts.

The first test runs against the real server with a supervisor writing the articles;
the second puts playwright between the page and the server to answer ``kb.*`` itself,
for what a real server cannot be made to do on demand (late replies, hostile articles).

Everything waits on selectors, texts or events; nothing sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from playwright.async_api import Page, WebSocketRoute, expect

from shared import protocol as p
from tests.support.bots import staff

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 5.0
QUESTION = "Your question"
YES = "Yes, this answered my question"
NO = "No, I still need help"


async def publish(client, **draft: Any) -> p.Article:
    saved = await client.request(p.KbSave(id=0, article=p.ArticleDraft(**draft)))
    done = await client.request(
        p.KbSetStatus(id=0, article_id=saved.article.id, status="published")
    )
    return done.article


def result(page: Page, article_id: str):
    """One search result on the page (titles need not be unique: the demo has its own
    "Bulky waste collection")."""
    return page.locator(f'#kb-results li[data-article-id="{article_id}"]')


async def start_page(page: Page, url: str) -> None:
    await page.goto(url)
    await expect(page.locator("body")).to_have_attribute("data-view", "start")


# ------------------------------------------------------------------ against the server


async def test_citizen_finds_an_answer_and_can_still_chat(cc_server, citizen_page):
    page = citizen_page
    sam, rec = await staff(cc_server.url, "sam")
    try:
        bulky = await publish(
            sam,
            title="Bulky waste collection",
            body="Put sofas out on the first Monday…\n\nMore details…",
            topics=["waste"],
            keywords=["sofa", "couch"],
            audience="public",
        )
        internal = await publish(
            sam,
            title="Old sofa complaints: internal escalation",
            body="Staff only: escalate old sofa complaints to the depot manager.",
            topics=["waste"],
            keywords=["sofa", "old sofa"],
            audience="internal",
        )
        # Staff find it first: its absence on the page is the audience rule at work.
        staff_view = await sam.request(p.KbSearch(id=0, query="old sofa", topic="waste", limit=5))
        assert internal.id in [h.id for h in staff_view.hits]
        await sam.request(p.Subscribe(id=0))

        await start_page(page, cc_server.http_url)
        await page.get_by_role("radio", name="Waste collection").check()
        await page.get_by_label(QUESTION).fill("old sofa")

        # The public article, with the word highlighted; never the internal one.
        hit = result(page, bulky.id)
        await expect(hit.locator(".kb-title-text")).to_have_text("Bulky waste collection")
        await expect(
            hit.locator(".kb-snippet mark").filter(has_text=re.compile(r"^sofas?$", re.I)).first
        ).to_be_visible()
        await expect(result(page, internal.id)).to_have_count(0)
        await expect(page.get_by_text("internal escalation")).to_have_count(0)
        await expect(page.locator("#kb-status")).to_have_text(
            re.compile(r"^\d possible answers? to your question$")
        )

        # Open it in place: the text is shown and gets the focus.
        await hit.get_by_role("button", name="Bulky waste collection").click()
        article = hit.get_by_role("region", name="Bulky waste collection")
        await expect(article).to_be_focused()
        await expect(article.get_by_text("Put sofas out on the first Monday…")).to_be_visible()
        await expect(article.get_by_text("More details…")).to_be_visible()

        # "Yes": the supervisor sees one self-service resolution for waste.
        await article.get_by_role("button", name=YES).click()
        await expect(page.get_by_role("heading", name="Glad we could help")).to_be_focused()
        waste = await rec.next(
            p.QueueStatus, lambda q: q.topic == "waste" and q.self_service_today >= 1
        )
        assert waste.self_service_today == 1

        # Back to the form, question kept; a typo gets a "Did you mean".
        await page.get_by_role("button", name="I still want to chat").click()
        await expect(page.get_by_label(QUESTION)).to_have_value("old sofa")
        await expect(page.get_by_label(QUESTION)).to_be_focused()
        await page.get_by_label(QUESTION).fill("sofaa")
        suggestion = page.locator("#kb-suggestion-link")
        await expect(page.locator("#kb-suggestion")).to_contain_text("Did you mean")
        await expect(suggestion).to_have_text(re.compile(r"^sofas?$", re.I))
        corrected = await suggestion.text_content()
        await suggestion.click()
        await expect(page.get_by_label(QUESTION)).to_have_value(corrected)
        await expect(hit).to_be_visible()

        # The chat can still be started after looking at answers.
        question = "Can I leave an old sofa next to the bins?"
        await page.get_by_label(QUESTION).fill(question)
        await page.get_by_role("button", name="Start chat").click()
        await expect(page.locator("body")).to_have_attribute("data-view", "chat")
        await expect(page.locator("#transcript li.msg .bubble").first).to_have_text(question)
        await expect(page.locator("#kb")).to_be_hidden()
    finally:
        await sam.close()


# ------------------------------------------------------------------ with kb.* answered here


class KbDouble:
    """Sits on the page's websocket: kb.* requests are kept for the test to answer,
    everything else goes to the real server and back."""

    def __init__(self) -> None:
        self.route: WebSocketRoute | None = None
        self.requests: list[dict] = []
        self._arrived = asyncio.Event()

    def handle(self, route: WebSocketRoute) -> None:
        self.route = route
        server = route.connect_to_server()

        def from_page(message: str | bytes) -> None:
            msg = json.loads(message)
            if str(msg.get("type", "")).startswith("kb."):
                self.requests.append(msg)
                self._arrived.set()
            else:
                server.send(message)

        route.on_message(from_page)

    async def next(self, type_: str, seen: int = 0) -> dict:
        """The first ``type_`` request after the first ``seen`` of them."""
        async with asyncio.timeout(WAIT):
            while True:
                found = [r for r in self.requests if r["type"] == type_]
                if len(found) > seen:
                    return found[seen]
                self._arrived.clear()
                await self._arrived.wait()

    def reply(self, msg: dict) -> None:
        assert self.route is not None
        self.route.send(json.dumps(msg))


def results(req: dict, *hits: dict, suggestion: str | None = None) -> dict:
    return {
        "type": "kb.results",
        "id": req["id"],
        "query": req["query"],
        "hits": list(hits),
        "suggestion": suggestion,
    }


def hit(id_: str, title: str, snippet: list[str]) -> dict:
    return {
        "id": id_,
        "title": title,
        "snippet": snippet,
        "score": 1.0,
        "department": "",
        "language": "en",
        "tags": [],
        "pinned": False,
    }


HOSTILE = """Apply **online** or *in person*.

<img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>

- [the form](https://example.org/permit)
- [bad link](javascript:document.title='pwned')
- <b>not bold</b>

| Zone | Price |
|------|------:|
| A    | 30 zł |
"""


async def test_only_the_latest_search_counts_and_articles_stay_text(cc_server, citizen_page):
    page = citizen_page
    kb = KbDouble()
    await page.route_web_socket(re.compile(r"/ws$"), kb.handle)
    await start_page(page, cc_server.http_url)
    await page.get_by_role("radio", name="Public transport & parking").check()
    box = page.get_by_label(QUESTION)

    # Two searches in flight; the older one answers last and must be ignored.
    await box.fill("parking")
    first = await kb.next("kb.search")
    await box.fill("parking permit for residents")
    second = await kb.next("kb.search", seen=1)
    assert (first["query"], second["query"]) == ("parking", "parking permit for residents")
    assert second["topic"] == "transport" and second["limit"] == 5
    kb.reply(
        results(
            second,
            hit(
                "permit",
                "Resident <em>parking</em> permit",
                ["How to get a ", "parking", " permit <b>fast</b>"],
            ),
        )
    )
    item = result(page, "permit")
    await expect(item.locator(".kb-title-text")).to_have_text("Resident <em>parking</em> permit")
    kb.reply(results(first, hit("stale", "Stale answer", ["old"])))  # checked after kb.get
    await expect(item.locator(".kb-snippet mark")).to_have_text(["parking"])
    await expect(item.locator(".kb-snippet")).to_have_text(
        "How to get a parking permit <b>fast</b>"
    )
    await expect(page.locator("#kb-status")).to_have_text("1 possible answer to your question")

    # Keyboard: open the article, read it, say no, land back on its title.
    toggle = item.get_by_role("button", name="Resident <em>parking</em> permit")
    await toggle.focus()
    await page.keyboard.press("Enter")
    get = await kb.next("kb.get")
    assert get["article_id"] == "permit"
    kb.reply(
        {
            "type": "kb.article",
            "id": get["id"],
            "article": {
                "id": "permit",
                "title": "Resident parking permit",
                "body": HOSTILE,
                "valid_until": "2030-12-31",
                "audience": "public",
                "status": "published",
            },
        }
    )
    article = item.get_by_role("region")
    await expect(article).to_be_focused()
    # Frames arrive in order: the late reply to the first search came before this one.
    await expect(page.get_by_text("Stale answer")).to_have_count(0)
    await expect(toggle).to_have_attribute("aria-expanded", "true")
    body = article.locator(".kb-body")
    await expect(body.locator("strong")).to_have_text("online")
    await expect(body.locator("em")).to_have_text("in person")
    await expect(body.locator("li")).to_have_count(3)
    await expect(body.locator("td")).to_have_text(["A", "30 zł"])
    await expect(body.get_by_role("link", name="the form")).to_have_attribute(
        "href", "https://example.org/permit"
    )
    await expect(body.locator("a")).to_have_count(1)  # javascript: is no link
    await expect(body.locator("img, script, b")).to_have_count(0)
    await expect(body).to_contain_text("<b>not bold</b>")
    await expect(article.get_by_text("Valid until December 31, 2030")).to_be_visible()
    await page.keyboard.press("Tab")
    await expect(article.get_by_role("link", name="the form")).to_be_focused()
    await article.get_by_role("button", name=NO).press("Enter")
    await expect(article).to_be_hidden()
    await expect(toggle).to_be_focused()
    await expect(toggle).to_have_attribute("aria-expanded", "false")

    # "Yes" tells the server the article and the topic the citizen picked.
    await toggle.press("Enter")  # the article is not fetched again
    await expect(article).to_be_focused()
    await article.get_by_role("button", name=YES).click()
    answered = await kb.next("kb.answered")
    assert (answered["article_id"], answered["topic"]) == ("permit", "transport")
    kb.reply({"type": "ok", "id": answered["id"]})
    await expect(page.get_by_role("heading", name="Glad we could help")).to_be_visible()
    assert len([r for r in kb.requests if r["type"] == "kb.get"]) == 1

    # In Polish, too; and the page's title was never touched by the article.
    await page.locator("#lang-select").select_option("pl")
    await expect(
        page.get_by_role("heading", name="Cieszymy się, że mogliśmy pomóc")
    ).to_be_visible()
    await page.get_by_role("button", name="Nadal chcę porozmawiać na czacie").click()
    await expect(
        item.get_by_role("button", name="Tak, to odpowiada na moje pytanie")
    ).to_be_attached()
    assert "pwned" not in await page.title()
