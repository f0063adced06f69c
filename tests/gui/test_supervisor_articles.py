"""The supervisor's knowledge-base editor against a real routing server.

Sam edits in the window's "Knowledge base" page; agents and citizens are
``shared.client.Client`` bots on the same qasync loop that prove what the server made of
it (search finds a published article, the pin banner arrives, retiring hides it).
No sleeps: ``qtbot.waitSignal``/``waitUntil`` and ``arun`` only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from shared import protocol as p
from softphone.client_service import ClientService
from supervisor_app.articles.drafts import is_changed, split_list
from supervisor_app.articles.history import ArticleHistoryDialog
from supervisor_app.articles.model import ArticleColumn, ArticleFilterProxy, ArticleModel
from supervisor_app.articles.page import KnowledgeBasePage
from supervisor_app.articles.service import KnowledgeService
from supervisor_app.queue_model import QueueColumn
from supervisor_app.window import SupervisorWindow
from tests.support.bots import citizen, staff

pytestmark = pytest.mark.gui

TITLE = "Bulky waste: sofas and mattresses"
BODY = "Leave a **sofa** or a mattress at the kerb on the first Monday of the month."
BODY_2 = BODY + "\n\nAt most three items per household; a wardrobe counts as one."


@pytest.fixture
def window(qloop, arun, qtbot, cc_server):
    """Sam's window, signed in and subscribed, on screen (the live view)."""
    service = ClientService(client_name="test-supervisor")
    window = SupervisorWindow(service)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_applied, timeout=5000):
        arun(service.login(cc_server.url, "sam", "demo"))
    yield window
    arun(service.logout())


@pytest.fixture
def page(window, qtbot):
    """The knowledge-base page, opened (which loads the list) and focused."""
    with qtbot.waitSignal(window.knowledge_page.loaded, timeout=5000):
        window.show_knowledge_base()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.knowledge_page


@pytest.fixture
def bots(arun):
    clients = []

    def track(pair):
        clients.append(pair[0])
        return pair

    yield track
    for client in clients:
        arun(client.close())


def stored(qtbot, page, check, action=None, timeout=5000):
    """Trigger ``action`` (or nothing) and wait until the server stored what ``check`` wants."""
    with qtbot.waitSignal(page.article_stored, timeout=timeout, check_params_cb=check) as blocker:
        if action is not None:
            action()
    return blocker.args[0]


def list_cell(page, article_id: str, column: ArticleColumn) -> str:
    row = page.model.row_of(article_id)
    return page.proxy.mapFromSource(page.model.index(row, column)).data()


def hit_ids(results: p.KbResults) -> list[str]:
    return [h.id for h in results.hits]


# --------------------------------------------------------------------------- tests


def test_write_publish_revise_pin_and_retire(page, window, arun, qtbot, cc_server, bots):
    anna, anna_events = bots(arun(staff(cc_server.url, "anna")))
    editor = page.editor

    # Ctrl+N, type the article, Ctrl+S.
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.stored is None and editor.meta_label.text() == "Not saved yet"
    qtbot.keyClicks(editor.title_edit, TITLE)
    editor.department_combo.setEditText("Environment")
    editor.set_topic_checked("waste", True)
    editor.tags_edit.setText("bulky waste, furniture, ")
    editor.synonyms_edit.setText("couch, settee")
    editor.body_edit.setPlainText(BODY)
    assert editor.is_modified()
    assert editor.heading_label.text() == f"• {TITLE}"
    assert window.tabs.tabText(1) == "Knowledge base •"
    qtbot.waitUntil(lambda: "sofa" in editor.preview.toPlainText())  # rendered Markdown
    assert "**" not in editor.preview.toPlainText()

    article = stored(
        qtbot,
        page,
        lambda a: a.title == TITLE,
        lambda: qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    )
    aid = article.id
    assert aid and article.status == "draft" and article.revision == 1
    assert article.author == "sam"
    assert article.topics == ["waste"] and article.tags == ["bulky waste", "furniture"]
    assert list_cell(page, aid, ArticleColumn.TITLE) == TITLE
    assert list_cell(page, aid, ArticleColumn.STATUS) == "Draft"
    assert list_cell(page, aid, ArticleColumn.AUDIENCE) == "Staff only"
    assert not editor.is_modified() and editor.heading_label.text() == TITLE
    assert window.tabs.tabText(1) == "Knowledge base"
    assert page.view.selectionModel().selectedRows()[0].data() == TITLE
    # A draft is for editors only.
    assert aid not in hit_ids(arun(anna.request(p.KbSearch(id=0, query="mattress"))))

    # Publish: agents find it.
    stored(qtbot, page, lambda a: a.status == "published", page.publish_action.trigger)
    assert list_cell(page, aid, ArticleColumn.STATUS) == "Published"
    assert aid in hit_ids(arun(anna.request(p.KbSearch(id=0, query="mattress"))))

    # Edit and save with a note.
    editor.body_edit.setPlainText(BODY_2)
    editor.note_edit.setText("Added the three-item limit")
    revised = stored(qtbot, page, lambda a: a.body == BODY_2, page.save_action.trigger)
    assert revised.revision >= 2 and editor.note() == ""

    # History: every revision with who and why; restore the first text into the editor.
    page.history_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ArticleHistoryDialog))
    history = page.dialog
    revisions = history.revisions()
    assert len(revisions) >= 2
    assert revisions[0].revision == revised.revision  # newest first
    assert revisions[0].note == "Added the three-item limit"
    assert {r.author for r in revisions} == {"sam"}
    assert history.select_revision(1)
    assert "three items" not in history.body_view.toPlainText()
    assert "first Monday" in history.body_view.toPlainText()
    history.restore_button.click()
    assert page.dialog is None
    assert editor.body_edit.toPlainText() == BODY
    assert editor.is_modified() and editor.note() == "Restored revision 1"
    editor.load(editor.stored)  # changed our mind: discard
    assert not editor.is_modified()

    # Pin, after confirming: every agent gets the banner.
    page.pin_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    assert "Every agent will see this as a banner" in box.informativeText()
    box.button(QMessageBox.StandardButton.Yes).click()
    pinned = arun(anna_events.next(p.KbPinned, lambda e: aid in [h.id for h in e.articles]))
    assert [h.title for h in pinned.articles if h.id == aid] == [TITLE]
    qtbot.waitUntil(lambda: list_cell(page, aid, ArticleColumn.PINNED) == "★")
    assert page.pin_action.text() == "Un&pin"

    # Retire: agents no longer find it, and its banner goes (the list reloads after it).
    with qtbot.waitSignal(page.loaded, timeout=5000):
        stored(qtbot, page, lambda a: a.status == "retired", page.retire_action.trigger)
    unpinned = arun(anna_events.next(p.KbPinned, lambda e: aid not in [h.id for h in e.articles]))
    assert aid not in [h.id for h in unpinned.articles]
    assert list_cell(page, aid, ArticleColumn.STATUS) == "Retired"
    assert not page.retire_action.isEnabled()
    assert aid not in hit_ids(arun(anna.request(p.KbSearch(id=0, query="mattress"))))


def test_server_refusal_is_shown_inline_and_unsaved_changes_are_guarded(page, window, arun, qtbot):
    editor = page.editor
    before = page.model.rowCount()  # the demo's articles, if any
    page.new_action.trigger()
    editor.title_edit.setText("Residents' parking card")
    editor.body_edit.setPlainText("Apply at the Transport desk with your registration.")
    editor.valid_from_edit.none_check.setChecked(False)
    editor.valid_from_edit.date_edit.setDate(QDate(2026, 5, 10))
    editor.valid_until_edit.none_check.setChecked(False)
    editor.valid_until_edit.date_edit.setDate(QDate(2026, 5, 1))
    assert editor.draft().valid_until == "2026-05-01"

    # While the request is out the page is busy: bar shown, actions and list disabled.
    busy = []
    page.service.busy_changed.connect(
        lambda on: busy.append((on, page.busy_bar.isVisibleTo(page), page.save_action.isEnabled()))
    )
    page.save_action.trigger()
    qtbot.waitUntil(lambda: editor.error() != "")
    assert busy == [(True, True, False), (False, False, True)]
    assert editor.error().startswith("Not saved:")
    assert "valid_until" in editor.error()
    assert editor.error_label.isVisible()
    assert editor.valid_until_edit.date_edit.hasFocus()  # where the problem is
    assert page.model.rowCount() == before and editor.stored is None and editor.is_modified()
    listed = arun(page.service.client.request(p.KbList(id=0)))
    assert len(listed.articles) == before  # nothing reached the store
    assert "Residents' parking card" not in [a.title for a in listed.articles]

    # Fix the date: saved, the message goes.
    editor.valid_until_edit.none_check.setChecked(True)
    first = stored(qtbot, page, lambda a: a.revision == 1, page.save_action.trigger)
    assert first.valid_from == "2026-05-10" and first.valid_until is None
    assert editor.error() == ""

    # Unsaved changes: New asks first. Cancel keeps them, Discard drops them.
    editor.title_edit.setText("Residents' parking card (2026)")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    box = page.dialog
    assert isinstance(box, QMessageBox) and "Save your changes" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.stored.id == first.id and editor.is_modified()
    # Quitting asks too.
    window.quit_action.trigger()
    page.dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and editor.is_modified()
    page.new_action.trigger()
    page.dialog.button(QMessageBox.StandardButton.Discard).click()
    assert editor.stored is None and not editor.is_modified()
    assert page.model.article(first.id).title == "Residents' parking card"

    # Switching back to the saved one from the list (no changes: no question).
    assert page.select_article(first.id)
    assert editor.stored.id == first.id and page.dialog is None
    assert editor.title_edit.text() == "Residents' parking card"


def test_self_service_answers_show_in_queue_table_and_wallboard(
    window, arun, qtbot, cc_server, bots
):
    def permits_self_service() -> str:
        row = next(i for i, q in enumerate(window.queue_model.queues()) if q.topic == "permits")
        index = window.queue_model.index(row, QueueColumn.SELF_SERVICE)
        return window.queue_proxy.mapFromSource(index).data()

    assert (
        window.queue_model.headerData(
            QueueColumn.SELF_SERVICE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        == "Self-service today"
    )
    assert permits_self_service() == "0"
    assert window.wallboard.value("self_service") == "0"

    knowledge = window.knowledge
    article = arun(
        knowledge.save(
            p.ArticleDraft(
                title="Do I need a permit for a garden shed?",
                body="Not below 35 m²: a notification to the Architecture desk is enough.",
                department="Architecture & Building",
                topics=["permits"],
                audience="public",
            )
        )
    )
    arun(knowledge.set_status(article.id, "published"))

    cit, _ = bots(arun(citizen(cc_server.url)))
    arun(cit.request(p.KbAnswered(id=0, article_id=article.id, topic="permits")))
    qtbot.waitUntil(lambda: permits_self_service() == "1")
    assert window.wallboard.value("self_service") == "1"
    assert window.wallboard.tiles["self_service"].caption_label.text() == (
        "Answered by self-service today"
    )

    # A page that goes away with a list request still to run drops it quietly.
    other = KnowledgeBasePage(KnowledgeService(window.service))
    other.service.setParent(other)
    gone = []
    other.destroyed.connect(lambda: gone.append(True))
    other.reload()
    other.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))


def test_list_filters_and_sorts_without_a_server(qapp):
    def article(aid, title, status, department, updated, **kw) -> p.Article:
        return p.Article(
            id=aid,
            title=title,
            body=kw.pop("body", "text"),
            status=status,
            department=department,
            updated_at=updated,
            **kw,
        )

    model = ArticleModel()
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    model.reset(
        [
            article("a", "Paid parking zone", "published", "Transport", 3.0, tags=["parking"]),
            article("b", "Old paper parking card", "retired", "Transport", 1.0),
            article("c", "Bulky waste", "draft", "Environment", 2.0, body="sofa, mattress"),
        ]
    )
    titles = lambda: [proxy.index(r, ArticleColumn.TITLE).data() for r in range(proxy.rowCount())]  # noqa: E731
    proxy.sort(ArticleColumn.UPDATED, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Paid parking zone", "Bulky waste", "Old paper parking card"]
    proxy.set_text("PARKING")
    assert set(titles()) == {"Paid parking zone", "Old paper parking card"}
    proxy.set_status("retired")
    assert titles() == ["Old paper parking card"]
    proxy.set_status("")
    proxy.set_text("mattress")  # the body counts
    assert titles() == ["Bulky waste"]
    proxy.set_text("")
    proxy.set_department("Transport")
    proxy.sort(ArticleColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Paid parking zone", "Old paper parking card"]

    model.upsert(article("c", "Bulky waste", "published", "Environment", 4.0, pinned=True))
    row = model.row_of("c")
    assert model.index(row, ArticleColumn.PINNED).data() == "★"
    assert model.index(row, ArticleColumn.STATUS).data() == "Published"

    assert split_list(" parking, zone A,, Parking ,") == ["parking", "zone A"]
    base = p.ArticleDraft(title="T", body="B", topics=["waste", "permits"])
    assert not is_changed(
        p.ArticleDraft(title=" T ", body="B\n", topics=["permits", "waste"]), base
    )
    assert is_changed(p.ArticleDraft(title="T", body="B", topics=["waste"]), base)
