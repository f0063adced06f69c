"""The citizen page in the city's languages: Polish, English, Danish, Russian and
Ukrainian, chosen from ?lang=, a saved choice, the browser's languages or the centre's
default; topic names in the page's language; answers in its language first; pinned
notices on top.

One server and one browser for the module; every page has its own context (so its own
sessionStorage). Everything waits on selectors or texts; nothing sleeps.
"""

from __future__ import annotations

import pytest
import pytest_asyncio
from playwright.async_api import Page, expect

from shared import protocol as p
from shared.contracts import PAGE_LANGUAGES
from shared.demo.data import DEPARTMENT_NAMES, TOPIC_NAMES, TOPICS
from tests.browser.conftest import launched_chromium, opened_citizen_page
from tests.support.bots import staff
from tests.support.server import LOOPBACK_CROWD, ServerProcess

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

HEADINGS = {
    "pl": "W czym możemy pomóc?",
    "en": "How can we help?",
    "da": "Hvad kan vi hjælpe med?",
    "ru": "Чем мы можем помочь?",
    "uk": "Чим ми можемо допомогти?",
}
OWN_NAMES = ["Polski", "English", "Dansk", "Русский", "Українська"]
LOCALES = {"pl": "pl-PL", "en": "en-GB", "da": "da-DK", "ru": "ru-RU", "uk": "uk-UA"}
STORM = "waste-storm-warning-bulky-suspended"  # the demo's pinned public article
WASTE = {topic_id: (name, department) for topic_id, name, department in TOPICS}["waste"]


def waste_names(lang: str) -> tuple[str, str]:
    """The waste topic's and its department's names on a page in ``lang``."""
    if lang == "en":
        return WASTE
    return TOPIC_NAMES["waste"][lang], DEPARTMENT_NAMES[WASTE[1]][lang]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ServerProcess(tmp_path_factory.mktemp("lang") / "cc-data", config=LOOPBACK_CROWD)
    srv.start()
    yield srv
    srv.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser():
    async with launched_chromium() as launched:
        yield launched


async def shows_language(page: Page, lang: str) -> None:
    """The start view is in ``lang``: its words, the topics' names, the switch."""
    await expect(page.locator("body")).to_have_attribute("data-view", "start")
    await expect(page.locator("html")).to_have_attribute("lang", lang)
    await expect(page.locator("#start-heading")).to_have_text(HEADINGS[lang])
    topic, department = waste_names(lang)
    label = page.locator("#topic-list label").filter(has=page.locator("input[value=waste]"))
    await expect(label.locator(".topic-name")).to_have_text(topic)
    await expect(label.locator(".topic-dept")).to_have_text(department)
    await expect(page.get_by_role("radio", name=topic)).to_be_visible()
    await expect(page.locator("#lang-select")).to_have_value(lang)


# ------------------------------------------------------------------ choosing the language


@pytest.mark.parametrize("lang", PAGE_LANGUAGES)
async def test_lang_in_the_address_wins_over_the_browsers(server, browser, lang):
    other = "ru-RU" if lang != "ru" else "da-DK"
    async with opened_citizen_page(browser, locale=other) as page:
        await page.goto(f"{server.http_url}?lang={lang}")
        await shows_language(page, lang)


@pytest.mark.parametrize("lang", PAGE_LANGUAGES)
async def test_the_browsers_language_is_taken(server, browser, lang):
    async with opened_citizen_page(browser, locale=LOCALES[lang]) as page:
        await page.goto(server.http_url)
        await shows_language(page, lang)


async def test_the_first_of_the_browsers_languages_the_page_has(server, browser):
    async with opened_citizen_page(browser, locale="de-DE") as page:
        await page.add_init_script(
            "Object.defineProperty(navigator, 'languages', {get: () => ['de-DE', 'fr', 'uk-UA', 'pl']})"
        )
        await page.goto(server.http_url)
        await shows_language(page, "uk")


async def test_the_switch_is_labelled_keyboard_driven_and_remembered(server, browser):
    async with opened_citizen_page(browser, locale="de-DE") as page:
        await page.goto(server.http_url)
        await shows_language(page, "en")  # none of the browser's: the centre's default
        switch = page.get_by_label("Language", exact=True)
        options = switch.locator("option")
        await expect(options).to_have_text(OWN_NAMES)
        assert [await o.get_attribute("lang") for o in await options.all()] == list(PAGE_LANGUAGES)

        # By keyboard: Tab from the skip link reaches it, an arrow key picks the next one.
        await page.keyboard.press("Tab")
        await page.keyboard.press("Tab")
        await expect(switch).to_be_focused()
        await page.keyboard.press("ArrowDown")
        await shows_language(page, "da")
        await expect(page.get_by_label("Sprog", exact=True)).to_be_focused()
        await expect(page).to_have_title("Chat med kommunen — Nowe Miasto Kommune")

        # Saved for this visit; ?lang= still wins over it.
        await page.reload()
        await shows_language(page, "da")
        await page.goto(f"{server.http_url}?lang=uk")
        await shows_language(page, "uk")
        await page.get_by_label("Мова", exact=True).select_option("pl")
        await shows_language(page, "pl")


async def test_every_text_on_the_page_changes_with_the_language(server, browser):
    texts = """() => Object.fromEntries([...document.querySelectorAll('[data-i18n]')]
                  .map((e) => [e.dataset.i18n, e.textContent]))"""
    same_everywhere = {"state.sent", "state.delivered", "kb.did_you_mean_end", "call.device_n"}
    async with opened_citizen_page(browser) as page:
        await page.goto(server.http_url)
        await shows_language(page, "en")
        english = await page.evaluate(texts)
        assert len(english) > 40
        for lang in ("da", "ru", "uk"):
            await page.locator("#lang-select").select_option(lang)
            await shows_language(page, lang)
            shown = await page.evaluate(texts)
            assert all(text.strip() for text in shown.values()), shown
            same = {key for key, text in shown.items() if text == english[key]}
            # Danish says "Start chat" and "Send" as English does
            allowed = same_everywhere | (
                {"start.submit", "composer.send"} if lang == "da" else set()
            )
            assert same <= allowed, f"{lang}: not translated: {sorted(same - allowed)}"


# ------------------------------------------------------------------ answers and notices


async def test_answers_in_the_pages_language_come_first(server, browser):
    sam, _ = await staff(server.url, "sam")
    try:
        articles = {}
        for lang, title, body in (
            ("da", "MiastoBike: lej en bycykel", "MiastoBike-cykler lejes ved stationen."),
            ("en", "City bikes", "You can rent a MiastoBike at the station."),
        ):
            saved = await sam.request(
                p.KbSave(
                    id=0,
                    article=p.ArticleDraft(
                        title=title, body=body, language=lang, audience="public"
                    ),
                )
            )
            await sam.request(p.KbSetStatus(id=0, article_id=saved.article.id, status="published"))
            articles[lang] = saved.article.id
    finally:
        await sam.close()

    first = "#kb-results li >> nth=0"
    for lang in ("en", "da"):
        async with opened_citizen_page(browser) as page:
            await page.goto(f"{server.http_url}?lang={lang}")
            await shows_language(page, lang)
            await page.locator("#start-text").fill("MiastoBike")
            await expect(page.locator(first)).to_have_attribute("data-article-id", articles[lang])
            await expect(page.locator("#kb-results li")).to_have_count(2)  # the other too
            if lang == "en":  # switching the language searches again
                await page.locator("#lang-select").select_option("da")
                await expect(page.locator(first)).to_have_attribute(
                    "data-article-id", articles["da"]
                )


async def test_a_pinned_notice_is_on_top_and_first_among_answers(server, browser):
    async with opened_citizen_page(browser) as page:
        await page.goto(server.http_url)
        await shows_language(page, "en")
        # On entry, before anything is typed: above the topics.
        pinned = page.get_by_role("region", name="Important notices")
        notice = pinned.locator(f'li[data-article-id="{STORM}"]')
        await expect(notice).to_be_visible()
        await expect(notice.locator(".kb-badge")).to_have_text("Important")
        top = await pinned.bounding_box()
        topics = await page.locator("#topic-list").bounding_box()
        assert top["y"] + top["height"] <= topics["y"]
        # It opens in place like an answer.
        await notice.locator(".kb-toggle").click()
        await expect(notice.get_by_role("region")).to_be_focused()
        await expect(notice.get_by_role("region")).to_contain_text("suspended")

        # Among the answers it comes first, above the bulky-waste answer it contradicts
        # (by relevance alone a Danish and an English answer came before it).
        await page.get_by_role("radio", name=WASTE[0]).check()
        await page.locator("#start-text").fill("sofa")
        results = page.locator("#kb-results li")
        await expect(results.first).to_have_attribute("data-article-id", STORM)
        await expect(results.nth(1)).to_have_attribute("data-article-id", "waste-bulky-items")
        await expect(results.first.locator(".kb-badge")).to_be_visible()
