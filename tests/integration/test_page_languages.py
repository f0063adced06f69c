"""What the citizen page gets for its languages: topic and department names per
language (stored by ``cc-server topic name``, sent in ``citizen.hello.ok``), the pinned
public articles, the centre's default language, and searches that prefer the page's
language and put pinned articles first."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from shared import protocol as p
from shared.demo.data import DEPARTMENT_NAMES, TOPIC_NAMES
from tests.support.bots import citizen, staff
from tests.support.server import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
STORM = "waste-storm-warning-bulky-suspended"  # the demo's pinned public article


def cc(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shared.server.cli", *args, "--data-dir", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_the_page_gets_names_per_language_pins_and_the_default(cc_server):
    cit, _ = await citizen(cc_server.url)
    try:
        hello = cit.welcome
        assert isinstance(hello, p.CitizenHelloOk)
        topics = {t.id: t for t in hello.topics}
        for topic_id, names in TOPIC_NAMES.items():
            assert topics[topic_id].names == names
            assert (
                topics[topic_id].department_names == DEPARTMENT_NAMES[topics[topic_id].department]
            )
        assert set(TOPIC_NAMES["waste"]) == {"pl", "da", "ru", "uk"}
        assert hello.default_language == "en"
        assert [a.id for a in hello.pinned] == [STORM]
        assert hello.pinned[0].pinned and hello.pinned[0].snippet

        # The storm warning first, above the bulky-waste answers it contradicts (by
        # relevance alone it comes third, after a Danish and an English answer).
        res = await cit.request(p.KbSearch(id=0, query="sofa", limit=5))
        assert res.hits[0].id == STORM
        english = await cit.request(p.KbSearch(id=0, query="sofa", prefer_language="en"))
        assert [h.language for h in english.hits] == ["en", "en", "da"]
        danish = await cit.request(p.KbSearch(id=0, query="sofa", prefer_language="da"))
        assert [h.id for h in danish.hits][:2] == [STORM, "waste-affald-sortering-da"]
    finally:
        await cit.close()


async def test_staff_search_is_not_reordered_by_pins(cc_server):
    sam, _ = await staff(cc_server.url, "sam")
    try:
        res = await sam.request(p.KbSearch(id=0, query="sofa", limit=5))
        assert res.hits[0].id != STORM  # by relevance, as before
    finally:
        await sam.close()


def test_cc_server_topic_name_and_department_name(tmp_path):
    data = tmp_path / "cc-data"
    assert (
        cc("topic", "add", "tax", "Local taxes", "--department", "Finance", data=data).returncode
        == 0
    )
    done = cc("topic", "name", "tax", "pl", "Podatki lokalne", data=data)
    assert done.returncode == 0, done.stderr
    assert "tax in pl: Podatki lokalne" in done.stdout
    done = cc("topic", "department-name", "Finance", "da", "Økonomi", data=data)
    assert done.returncode == 0, done.stderr
    unknown = cc("topic", "name", "nope", "pl", "X", data=data)
    assert unknown.returncode == 1 and "no topic 'nope'" in unknown.stderr
    assert cc("topic", "name", "tax", "xx", "X", data=data).returncode == 2  # not a page language
    assert cc("topic", "department-name", "Nowhere", "pl", "X", data=data).returncode == 1

    server = ServerProcess(data, demo=False, config='default_language = "pl"\n')
    server.start()
    try:

        async def hello() -> p.CitizenHelloOk:
            cit, _ = await citizen(server.url)
            await cit.close()
            return cit.welcome

        welcome = asyncio.run(hello())
    finally:
        server.stop()
    (tax,) = welcome.topics
    assert tax.names == {"pl": "Podatki lokalne"}
    assert tax.department_names == {"da": "Økonomi"}
    assert welcome.default_language == "pl"


async def test_a_notice_pinned_while_the_page_is_open_reaches_it(cc_server):
    sam, _ = await staff(cc_server.url, "sam")
    cit, crec = await citizen(cc_server.url)
    try:
        draft = p.ArticleDraft(
            title="Water cut in Stare Miasto", body="No water on Monday.", audience="public"
        )
        saved = (await sam.request(p.KbSave(id=0, article=draft))).article
        await sam.request(p.KbSetStatus(id=0, article_id=saved.id, status="published"))
        await sam.request(p.KbPin(id=0, article_id=saved.id, pinned=True))
        pins = await crec.next(p.KbPinned, lambda m: any(a.id == saved.id for a in m.articles))
        assert STORM in [a.id for a in pins.articles]
        internal = p.ArticleDraft(title="Staff notice", body="Internal.", audience="internal")
        hidden = (await sam.request(p.KbSave(id=0, article=internal))).article
        await sam.request(p.KbSetStatus(id=0, article_id=hidden.id, status="published"))
        await sam.request(p.KbPin(id=0, article_id=hidden.id, pinned=True))  # not for citizens
        await sam.request(p.KbPin(id=0, article_id=saved.id, pinned=False))
        pins = await crec.next(p.KbPinned, lambda m: all(a.id != saved.id for a in m.articles))
        assert [a.id for a in pins.articles] == [STORM]
    finally:
        await cit.close()
        await sam.close()
