"""The second line as the agent's desk sees it, without Qt: the directory (who serves
which department, who can be asked now, what a search finds) and one conversation's
consultation as it moves (replies overtaken by pushes never move it backwards)."""

from __future__ import annotations

from agent_app.consultation import Consultation
from agent_app.directory import Availability, Directory, availability
from shared import protocol as p

TOPICS = [
    p.Topic(id="permits", name="Building permits", department="Architecture & Building"),
    p.Topic(id="taxes", name="Local taxes & fees", department="Finance"),
]


def person(username, name, role="expert", departments=(), **kw) -> p.DirectoryEntry:
    kw.setdefault("connected", True)
    kw.setdefault("presence", "available")
    return p.DirectoryEntry(
        username=username, display_name=name, role=role, departments=list(departments), **kw
    )


def directory() -> Directory:
    d = Directory(me="anna")
    d.set_topics(TOPICS)
    d.load(
        p.DirectorySnapshot(
            id=1,
            departments=[
                p.Department(name="Finance", queue="dept:Finance", topics=["taxes"]),
                p.Department(
                    name="Architecture & Building",
                    queue="dept:Architecture & Building",
                    topics=["permits"],
                ),
            ],
            people=[
                person("ewa", "Ewa Lewandowska", departments=["Architecture & Building"],
                       skills={"permits": 5}, can_take_calls=True),
                person("filip", "Filip Wójcik", departments=["Finance"], skills={"taxes": 5},
                       presence="offline", connected=False),
                person("anna", "Anna Kowalska", role="agent", departments=["Finance"],
                       skills={"taxes": 2}),
                person("bartek", "Bartek Nowak", role="agent", departments=["Finance"],
                       skills={"taxes": 3}, presence="not_ready", reason="Lunch"),
            ],
        )
    )  # fmt: skip
    return d


def test_experts_under_their_department_agents_apart_never_oneself():
    d = directory()
    assert list(d.departments) == ["Architecture & Building", "Finance"]  # by name
    assert [e.username for e in d.experts_of("Architecture & Building")] == ["ewa"]
    assert [e.username for e in d.experts_of("Finance")] == ["filip"]  # not the agents
    assert [e.username for e in d.colleagues()] == ["bartek"]  # not anna herself
    assert d.department_of("ewa") == "Architecture & Building"
    assert d.department_of("bartek") == ""


def test_who_can_be_asked_now_and_why_not():
    d = directory()
    assert d.availability("ewa", "chat") == Availability(True)
    assert d.availability("filip", "chat") == Availability(False, "offline")
    assert d.availability("bartek", "chat") == Availability(False, "not_ready")
    assert d.availability("anna", "chat") == Availability(False, "yourself")
    assert d.availability("nobody", "chat").ok is False
    busy = person("x", "X", presence="busy", load=1, can_take_calls=True)
    assert availability(busy, "chat").ok  # room for another chat
    assert availability(busy, "voice") == Availability(False, "on_a_call")
    assert availability(person("y", "Y"), "voice") == Availability(False, "no_phone")
    full = person("z", "Z", presence="busy", load=3)
    assert availability(full, "chat") == Availability(False, "full")
    gone = person("w", "W", connected=False)
    assert availability(gone, "chat") == Availability(False, "disconnected")
    assert d.free_experts("Architecture & Building", "chat") == 1
    assert d.free_experts("Finance", "chat") == 0


def test_search_folds_accents_and_looks_at_departments_and_topics():
    d = directory()
    filip = d.people["filip"]
    text = d.person_text(filip)
    assert Directory.matches("wojcik", text)  # Wójcik without its accent
    assert Directory.matches("FILIP fin", text)  # every word, any case, word starts
    assert Directory.matches("local taxes", text)  # a topic by name
    assert not Directory.matches("permits", text)
    building = d.department_text(d.departments["Architecture & Building"])
    assert Directory.matches("building permits", building)
    assert Directory.matches("", building)  # nothing typed: everything


def test_updates_say_what_changed_and_when_the_tree_must_be_rebuilt():
    d = directory()
    ewa = d.people["ewa"]
    busy = p.DirectoryEntry(**{**{f: getattr(ewa, f) for f in ewa.__struct_fields__},
                               "presence": "busy", "load": 1})  # fmt: skip
    people, departments, structure = d.update(p.DirectoryUpdate(people=[busy]))
    assert (people, departments, structure) == ({"ewa"}, set(), False)
    assert d.people["ewa"].presence == "busy"
    again = d.update(p.DirectoryUpdate(people=[busy]))
    assert again == (set(), set(), False)  # the same push twice changes nothing
    new = person("gosia", "Gosia Nowa", departments=["Finance"])
    assert d.update(p.DirectoryUpdate(people=[new]))[2] is True  # someone new: rebuild
    waiting = [
        p.Department(name="Finance", queue="dept:Finance", topics=["taxes"], waiting=2),
        p.Department(name="Architecture & Building", queue="dept:Architecture & Building",
                     topics=["permits"]),
    ]  # fmt: skip
    people, departments, structure = d.update(p.DirectoryUpdate(departments=waiting))
    assert (departments, structure) == ({"Finance"}, False)
    assert d.departments["Finance"].waiting == 2


def test_consultation_moves_on_with_the_pushes():
    c = Consultation()
    assert c.phase == "idle" and not c.live
    c.request(department="Finance", note="Instalments")
    assert c.phase == "requesting" and c.target_name == "Finance" and c.live
    c.requested(p.ConsultRequested(id=1, interaction_id="i", state="queued", position=2,
                                   experts_logged_in=0))  # fmt: skip
    assert (c.phase, c.position, c.experts_logged_in) == ("queued", 2, 0)
    assert c.nobody_free and c.can_cancel and not c.can_merge
    c.changed(p.ConsultChanged(interaction_id="i", state="ringing", expert="filip",
                               expert_name="Filip Wójcik"))  # fmt: skip
    assert (c.phase, c.expert_name, c.position) == ("ringing", "Filip Wójcik", 0)
    c.changed(p.ConsultChanged(interaction_id="i", state="queued", position=1,
                               reason="no_answer"))  # fmt: skip
    assert (c.phase, c.reason, c.expert) == ("queued", "no_answer", "")
    c.changed(p.ConsultChanged(interaction_id="i", state="connected", expert="filip",
                               expert_name="Filip Wójcik"))  # fmt: skip
    assert c.joined and c.can_merge and c.can_complete
    c.changed(p.ConsultChanged(interaction_id="i", state="merged", expert="filip"))
    assert c.phase == "merged" and c.expert_name == "Filip Wójcik"  # kept from before
    assert not c.can_merge and c.can_complete
    c.changed(p.ConsultChanged(interaction_id="i", state="ended", reason="left"))
    assert c.phase == "ended" and c.reason == "left" and not c.live


def test_a_reply_overtaken_by_a_push_does_not_move_back():
    c = Consultation()
    c.request(person="ewa", target_name="Ewa Lewandowska")
    # the server rang Ewa and she joined before the request's reply was read
    c.changed(p.ConsultChanged(interaction_id="i", state="connected", expert="ewa",
                               expert_name="Ewa Lewandowska"))  # fmt: skip
    c.requested(p.ConsultRequested(id=1, interaction_id="i", state="ringing", expert="ewa",
                                   experts_logged_in=1))  # fmt: skip
    assert c.phase == "connected" and c.experts_logged_in == 1


def test_a_refused_request_goes_back_to_idle():
    c = Consultation()
    c.request(person="filip")
    c.failed()
    assert c.phase == "idle" and not c.live
