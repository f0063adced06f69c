"""The knowledge pane and the pinned banner of the agent app.

The first tests need no server: rendering from hand-made hits, the short answer taken
from Markdown, and the stale-reply rule with a service whose replies the test releases
in any order. The rest drive Anna's window against a real server, where Sam (supervisor)
writes, publishes and pins the articles the test looks for.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from agent_app.knowledge_pane import MARK_STYLE, KnowledgePane, first_paragraph, snippet_html
from agent_app.pinned_banner import PinnedBanner
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from tests.gui.test_agent_app import accept_with_f5, activate, key, make_available, start_chat
from tests.support.bots import staff

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MARK = f'<span style="{MARK_STYLE}">'


def hit(aid="a1", title="Title", snippet=("plain ", "match", " rest"), **kw) -> p.ArticleHit:
    return p.ArticleHit(id=aid, title=title, snippet=list(snippet), score=1.0, **kw)


def article(aid="a1", title="Title", body="Short answer.\n\nMore.", **kw) -> p.Article:
    return p.Article(id=aid, title=title, body=body, status="published", **kw)


class FakeService(ClientService):
    """Requests wait until the test answers them, in whatever order it likes."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[object, asyncio.Future]] = []

    async def request(self, msg):
        future = asyncio.get_running_loop().create_future()
        self.sent.append((msg, future))
        return await future


# --------------------------------------------------------------------------- no server


def test_snippet_segments_are_escaped_and_marked():
    text = snippet_html(["Call <b>986</b> & ", "przełączenie", " now"])
    assert text == (f"Call &lt;b&gt;986&lt;/b&gt; &amp; {MARK}przełączenie</span> now")
    assert snippet_html([]) == ""
    assert snippet_html(["end of line\n", "next"]) == f"end of line {MARK}next</span>"
    assert snippet_html(["<script>", "x"]).startswith("&lt;script&gt;")


def test_short_answer_is_the_first_paragraph_as_plain_text():
    body = (
        "# Towed car\n\n![map](/etc/passwd)\n\n"
        "**Short answer:** Cars go to [the car park](https://x.example/p) at *ul. Ślężna*,\n"
        "open `24/7`.\n\nSecond paragraph."
    )
    assert first_paragraph(body) == (
        "Cars go to the car park (https://x.example/p) at ul. Ślężna, open 24/7."
    )
    assert first_paragraph("- one\n- two\n\nrest") == "- one\n- two"
    assert first_paragraph("## Only a heading\n") == ""
    assert first_paragraph("Towed car\n=========\n\n---\n\nAnswer\nhere.") == "Answer here."
    assert first_paragraph("snake_case_name and 2*3*4 stay") == "snake_case_name and 2*3*4 stay"


def test_results_render_from_hand_made_hits(qloop, qtbot):
    service = FakeService()
    pane = KnowledgePane(service)
    qtbot.addWidget(pane)
    pane.resize(340, 600)
    pane.show()
    QTest.keyClicks(pane.search_edit, "odpady")
    assert not service.sent  # debounced: nothing until the pause
    qtbot.waitUntil(lambda: len(service.sent) == 1)
    msg, future = service.sent[0]
    assert isinstance(msg, p.KbSearch) and msg.query == "odpady"
    assert pane.busy_bar.isVisible()
    hits = [
        hit(
            "a1",
            "Odpady <wielkogabarytowe>",
            ["Wywóz ", "odpadów", " & mebli"],
            department="Environment",
            language="pl",
        ),
        hit("a2", "Bins", ["The ", "waste", " bins"], language="en", pinned=True),
    ]
    with qtbot.waitSignal(pane.results_shown) as shown:
        future.set_result(p.KbResults(id=1, query="odpady", hits=hits, suggestion="odpadów"))
    assert shown.args == ["odpady"]
    assert not pane.busy_bar.isVisible()
    assert [h.id for h in pane.hits()] == ["a1", "a2"]
    html = pane.item_html(0)
    assert "<b>Odpady &lt;wielkogabarytowe&gt;</b>" in html
    assert "Environment · Polski" in html  # languages in their own names
    assert f"Wywóz {MARK}odpadów</span> &amp; mebli" in html
    assert "English · pinned" in pane.item_html(1)
    assert pane.results_list.item(0).text() == "Odpady <wielkogabarytowe>"  # screen readers
    assert pane.did_you_mean_label.isVisible() and "odpadów" in pane.did_you_mean_label.text()
    assert pane.header_label.text() == "Articles found: 2"

    # arrows move in the list while the focus stays in the box; Enter opens
    pane.search_edit.setFocus()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Down)
    assert pane.results_list.currentRow() == 1 and pane.search_edit.hasFocus()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(service.sent) == 2)
    get, future = service.sent[1]
    assert isinstance(get, p.KbGet) and get.article_id == "a2"
    body = "Hello <img src='/etc/passwd'> **bold**\n\nMore"
    future.set_result(
        p.KbArticle(id=2, article=article("a2", "Bins", body, valid_until="2030-01-31"))
    )
    qtbot.waitUntil(lambda: pane.article is not None)
    assert pane.reader_panel.isVisible() and pane.title_label.text() == "Bins"
    assert "valid until 31/01/2030" in pane.meta_label.text()  # en_GB, tests/conftest.py
    assert "for staff only" in pane.meta_label.text()  # drafts default to internal
    assert "<img src='/etc/passwd'>" in pane.reader.toPlainText()  # shown, not obeyed
    assert not pane.insert_button.isEnabled()  # no conversation

    # "did you mean" searches for the suggestion at once
    pane.did_you_mean_label.linkActivated.emit("#suggestion")
    assert pane.search_edit.text() == "odpadów"
    qtbot.waitUntil(lambda: len(service.sent) == 3)
    with qtbot.waitSignal(pane.results_shown):
        service.sent[2][1].set_result(p.KbResults(id=3, query="odpadów", hits=[]))
    assert (
        pane.empty_label.isVisible() and pane.empty_label.text() == "No articles match “odpadów”."
    )
    assert not pane.did_you_mean_label.isVisible() and not pane.results_list.isVisible()


def test_only_the_newest_reply_is_shown(qloop, qtbot):
    service = FakeService()
    pane = KnowledgePane(service)
    qtbot.addWidget(pane)
    shown: list[str] = []
    pane.results_shown.connect(shown.append)
    for text in ("wy", "dzia", "ł"):  # a fast typist, a slow server: three searches in flight
        pane.search_edit.insert(text)  # (QTest.keyClicks aborts on non-ASCII)
        pane.search_now()
    qtbot.waitUntil(lambda: len(service.sent) == 3)
    queries = [m.query for m, _ in service.sent]
    assert queries == ["wy", "wydzia", "wydział"]

    def answer(i):
        service.sent[i][1].set_result(
            p.KbResults(id=i, query=queries[i], hits=[hit(f"a{i}", queries[i])])
        )

    answer(2)  # the newest first
    qtbot.waitUntil(lambda: shown == ["wydział"])
    assert pane.busy_bar.isHidden()
    answer(0)
    answer(1)
    qtbot.waitUntil(lambda: pane.searching == 0)  # the stale replies came, and were dropped
    assert shown == ["wydział"] and [h.id for h in pane.hits()] == ["a2"]

    # clearing the box drops the search on the way and shows the suggestions again
    QTest.keyClicks(pane.search_edit, "x")
    pane.search_now()
    pane.set_conversation("i1", "waste", active=True)
    qtbot.waitUntil(lambda: len(service.sent) == 4)
    pane.search_edit.clear()
    pane.set_suggestions("i1", [hit("s1", "Suggested one")])
    service.sent[3][1].set_result(p.KbResults(id=9, query="wydziałx", hits=[hit("late")]))
    qtbot.waitUntil(lambda: pane.searching == 0)
    assert pane.mode == "suggestions" and [h.id for h in pane.hits()] == ["s1"]
    assert pane.header_label.text() == "Suggested for this conversation"
    assert shown == ["wydział"]


def test_suggestions_follow_the_current_conversation(qloop, qtbot):
    service = FakeService()
    pane = KnowledgePane(service)
    qtbot.addWidget(pane)
    pane.set_suggestions("i1", [hit("s1", "For the first")])
    pane.set_suggestions("i2", [hit("s2", "For the second")])
    assert pane.mode == "empty"  # no conversation yet
    pane.set_conversation("i2", "waste", active=True)
    assert [h.id for h in pane.hits()] == ["s2"]
    pane.set_conversation("i1", "taxes", active=True)
    assert [h.id for h in pane.hits()] == ["s1"]
    pane.set_suggestions("i2", [hit("s3")])  # another tab's news does not disturb this one
    assert [h.id for h in pane.hits()] == ["s1"]
    pane.results_list.itemClicked.emit(pane.results_list.item(0))  # one click opens it
    qtbot.waitUntil(lambda: len(service.sent) == 1)
    assert service.sent[0][0].article_id == "s1"
    service.sent[0][1].set_result(p.KbArticle(id=1, article=article("s1")))
    qtbot.waitUntil(lambda: pane.article is not None)
    assert pane.insert_button.isEnabled() and pane.insert_button.text() == "&Insert into chat"
    pane.set_conversation("i1", "taxes", active=False)  # the conversation ended
    # nothing to insert into any more: the button copies instead of doing nothing
    assert pane.copies() and pane.insert_button.text() == "&Copy answer"
    assert pane.insert_button.isEnabled()


def test_pinned_banner_renders_collapses_and_reexpands_on_news(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    banner = PinnedBanner(window)
    QVBoxLayout(window).addWidget(banner)
    window.show()
    assert not banner.isVisible()  # nothing pinned
    banner.set_articles([hit("storm", "Storm <warning>", ["Bulky waste ", "suspended"])])
    assert banner.isVisible()
    assert "Storm &lt;warning&gt;" in banner.text_label.text()
    assert "Bulky waste suspended" in banner.text_label.text()
    banner.toggle_button.click()
    assert banner.collapsed and "Bulky waste" not in banner.text_label.text()
    with qtbot.waitSignal(banner.article_requested) as sig:
        banner.text_label.linkActivated.emit("#0")
    assert sig.args == ["storm"]
    banner.set_articles([hit("storm", "Storm <warning>")])  # same pins again: stays collapsed
    assert banner.collapsed
    banner.set_articles([hit("storm", "Storm"), hit("tram", "Tram 14 diverted")])
    assert not banner.collapsed  # news expands it
    banner.set_articles([])
    assert not banner.isVisible()


def test_shortcuts_dialog_lists_the_knowledge_keys(qloop, qtbot):
    window = AgentWindow(ClientService())
    qtbot.addWidget(window)
    window.show_shortcuts()
    keys = window.shortcuts_dialog.shortcut_texts()
    assert keys["Search the knowledge base"] == "Ctrl+K, F3"
    assert keys["Insert article into chat"] == "Ctrl+Shift+I"
    assert keys["Knowledge base: open the article"] == "Return"
    window.shortcuts_dialog.close()
    window.allow_close()


# --------------------------------------------------------------------------- real server


@pytest.fixture
def agent(qloop, arun, qtbot, cc_server):
    service = ClientService(client_name="test")
    window = AgentWindow(service)
    qtbot.addWidget(window)
    activate(qtbot, window)
    arun(service.login(cc_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: window.connected)
    yield window
    arun(service.logout())
    window.allow_close()


@pytest.fixture
def sam(arun, cc_server):
    client, _ = arun(staff(cc_server.url, "sam"))
    yield client
    arun(client.close())


def publish(arun, sam, title, body, topics=(), pinned=False) -> str:
    draft = p.ArticleDraft(title=title, body=body, topics=list(topics), language="pl")
    saved = arun(sam.request(p.KbSave(id=0, article=draft)))
    aid = saved.article.id
    arun(sam.request(p.KbSetStatus(id=0, article_id=aid, status="published")))
    if pinned:
        arun(sam.request(p.KbPin(id=0, article_id=aid, pinned=True)))
    return aid


TRANSFER = "Przełączenie do wydziału"
TRANSFER_BODY = (
    "**W skrócie:** Przełącz rozmowę do właściwego wydziału przyciskiem *Przekaż*; "
    "obywatel nie musi dzwonić ponownie.\n\n"
    "## Kiedy\nGdy sprawa należy do innego wydziału niż temat rozmowy."
)
TRANSFER_SHORT = (
    "Przełącz rozmowę do właściwego wydziału przyciskiem Przekaż; "
    "obywatel nie musi dzwonić ponownie."
)


def test_search_without_diacritics_open_insert_and_answered(agent, arun, qtbot, cc_server, sam):
    aid = publish(arun, sam, TRANSFER, TRANSFER_BODY, topics=["documents"])
    pane = agent.knowledge

    key(agent, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is pane.search_edit
    QTest.keyClicks(pane.search_edit, "przelaczenie wydzialu")
    qtbot.waitUntil(lambda: pane.results_query == "przelaczenie wydzialu")
    row = next(i for i, h in enumerate(pane.hits()) if h.id == aid)
    found = pane.hits()[row]
    assert found.title == TRANSFER
    assert any(found.snippet[1::2]), "the server marks the matched words"
    assert MARK in pane.item_html(row)

    for _ in range(row):
        key(agent, Qt.Key.Key_Down)
    key(agent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == aid)
    assert pane.title_label.text() == TRANSFER
    assert "Kiedy" in pane.reader.toPlainText() and "**" not in pane.reader.toPlainText()
    assert not agent.insert_article_action.isEnabled()  # no chat yet

    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    chat = accept_with_f5(qtbot, agent, iid)
    # the pane belongs to the conversation: a new one starts clean
    assert pane.query() == "" and pane.article is None and not pane.reader_panel.isVisible()
    chat.input_edit.setFocus()
    key(agent, Qt.Key.Key_K, CTRL)  # from the message box too
    assert QApplication.focusWidget() is pane.search_edit
    QTest.keyClicks(pane.search_edit, "przelaczenie wydzialu")
    qtbot.waitUntil(lambda: pane.results_query == "przelaczenie wydzialu")
    row = next(i for i, h in enumerate(pane.hits()) if h.id == aid)
    for _ in range(row):
        key(agent, Qt.Key.Key_Down)
    key(agent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == aid)
    qtbot.waitUntil(agent.insert_article_action.isEnabled)
    key(agent, Qt.Key.Key_K, CTRL)
    assert pane.search_edit.selectedText() == "przelaczenie wydzialu"  # ready to retype
    key(agent, Qt.Key.Key_I, CTRL_SHIFT)
    assert chat.input_edit.toPlainText() == TRANSFER_SHORT
    assert chat.input_edit.hasFocus()  # ready to edit and send; nothing was sent
    assert [e.sender for e in chat.transcript.entries()] == ["citizen"]

    qtbot.mouseClick(pane.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.is_answered(aid, iid))
    assert pane.answered_button.text() == "✓ Answered" and not pane.answered_button.isEnabled()
    got = arun(sam.request(p.KbGet(id=0, article_id=aid)))
    assert got.article.answered_agents == 1
    arun(cit.close())


def test_stale_replies_never_reach_the_list(agent, qtbot, sam, arun):
    publish(arun, sam, TRANSFER, TRANSFER_BODY)
    pane = agent.knowledge
    shown: list[str] = []
    pane.results_shown.connect(shown.append)
    key(agent, Qt.Key.Key_F3)
    for ch in "wydzialu":  # as if the timer fired after every key and the server lagged
        QTest.keyClick(pane.search_edit, ch)
        pane.search_now()
    qtbot.waitUntil(lambda: bool(shown) and pane.searching == 0)
    assert shown == ["wydzialu"] and pane.requests_sent == 8
    assert TRANSFER in [h.title for h in pane.hits()]

    # typed fast (no pause): one request only
    pane.search_edit.clear()
    QTest.keyClicks(pane.search_edit, "przelaczenie")
    qtbot.waitUntil(lambda: shown[-1] == "przelaczenie")
    assert pane.requests_sent == 9


def test_suggestions_for_an_accepted_chat(agent, arun, qtbot, cc_server, sam):
    aid = publish(
        arun,
        sam,
        "Kontener nie został opróżniony",
        "Zgłoś reklamację odbioru odpadów; firma przyjeżdża w ciągu 48 godzin.",
        topics=["waste"],
    )
    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url, "Kontener na Kwiatowej nie został opróżniony")
    accept_with_f5(qtbot, agent, iid)
    pane = agent.knowledge
    qtbot.waitUntil(lambda: aid in [h.id for h in pane.suggestions(iid)])
    assert pane.mode == "suggestions" and pane.header_label.isVisible()
    row = next(i for i, h in enumerate(pane.hits()) if h.id == aid)
    pane.results_list.itemClicked.emit(pane.results_list.item(row))
    qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == aid)
    arun(cit.close())


def test_pinned_article_shows_in_the_banner_until_unpinned(agent, arun, qtbot, sam):
    banner = agent.pinned_banner
    title = "Awaria systemu rejestracji pojazdów"
    aid = publish(
        arun, sam, title, "Do odwołania przyjmujemy wnioski tylko na papierze.", pinned=True
    )
    qtbot.waitUntil(lambda: title in banner.titles())
    assert banner.isVisible()
    index = banner.titles().index(title)
    banner.text_label.linkActivated.emit(f"#{index}")
    qtbot.waitUntil(lambda: agent.knowledge.article is not None)
    assert agent.knowledge.article.id == aid

    arun(sam.request(p.KbPin(id=0, article_id=aid, pinned=False)))
    qtbot.waitUntil(lambda: title not in banner.titles())
    assert banner.isVisible() == bool(banner.titles())
