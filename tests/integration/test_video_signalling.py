"""Calls from the citizen page over real websockets (the media themselves are tested in
the agent app's and the page's own tests): routed on the "video" channel to staff
whose app has the media only, sign-language calls to signers only (and honestly when
none is on duty), the signalling relayed between the citizen and the owner, ICE servers
with per-session TURN credentials, refusals, a video blocks and is blocked by a call,
and a dropped connection on either side ends or requeues cleanly."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
import subprocess
import sys
import time

import pytest

from shared import protocol as p
from shared.demo.seed import seed_demo
from shared.server.app import RoutingServer
from shared.server.config import IceServerConfig, ServerConfig, SignLanguageConfig
from tests.support.bots import available, citizen, staff
from tests.support.server import ROOT

SECRET = "coturn-shared-secret"


@pytest.fixture
async def server(tmp_path):
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"), port=0, telephony=False, video_grace=0.5,
        offer_timeout=30,
        ice_servers=[
            IceServerConfig(urls=["stun:stun.example.org:3478"]),
            IceServerConfig(urls=["turn:turn.example.org:3478?transport=udp"], secret=SECRET),
        ],
        sign_languages=[SignLanguageConfig(code="pjm", name="Polish Sign Language (PJM)")],
        sign_language_hours="Mon–Fri 8:00–16:00",
    )  # fmt: skip
    server = RoutingServer(config)
    await server.start(seed_demo)
    try:
        yield server
    finally:
        await server.stop()


def url(server) -> str:
    return f"ws://127.0.0.1:{server.port}/ws"


async def start(server, media="video", sign=""):
    c, rec = await citizen(url(server))
    started = await c.request(
        p.StartChat(id=0, topic="waste", text="Hello", media=media, sign_language=sign)
    )
    return c, rec, started


async def test_video_goes_to_an_app_with_media_and_is_signalled_both_ways(server):
    plain, plain_rec = await staff(url(server), "anna")  # no media: never offered video
    await available(plain)
    c, crec, started = await start(server)
    assert started.interaction.channel == "video" and started.interaction.media == "video"
    await asyncio.sleep(0.3)
    assert not plain_rec.of(p.OfferCreated)
    ok, orec = await staff(url(server), "bartek", video=True)
    hello = ok.welcome
    assert [s.urls for s in hello.ice_servers] == [
        ["stun:stun.example.org:3478"],
        ["turn:turn.example.org:3478?transport=udp"],
    ]
    turn = hello.ice_servers[1]
    expiry, who = turn.username.split(":")
    assert who == "bartek" and int(expiry) > 0
    expected = hmac.new(SECRET.encode(), turn.username.encode(), hashlib.sha1).digest()
    assert base64.b64decode(turn.credential) == expected  # coturn's use-auth-secret
    await available(ok)
    offer = await orec.next(p.OfferCreated)
    assert offer.interaction.media == "video"
    iid = offer.interaction.id
    # before it is answered, nobody signals
    with pytest.raises(p.ProtocolError) as err:
        await c.request(p.RtcSignal(id=0, interaction_id=iid, kind="offer", sdp="v=0 x"))
    assert err.value.code == p.ErrorCode.CONFLICT
    await ok.request(p.AcceptOffer(id=0, interaction_id=iid))
    joined = await crec.next(p.AgentJoined)  # the page's cue to send its offer
    assert (joined.interaction_id, joined.agent_name) == (iid, "Bartek Nowak")

    await c.request(p.RtcSignal(id=0, interaction_id=iid, kind="offer", sdp="v=0 offer"))
    got = await orec.next(p.RtcSignal)
    assert (got.kind, got.sdp, got.sender) == ("offer", "v=0 offer", "citizen")
    await ok.request(p.RtcSignal(id=0, interaction_id=iid, kind="answer", sdp="v=0 answer"))
    back = await crec.next(p.RtcSignal)
    assert (back.kind, back.sdp, back.sender) == ("answer", "v=0 answer", "agent")
    await c.request(
        p.RtcSignal(id=0, interaction_id=iid, kind="candidate", candidate="candidate:1 1 udp",
                    sdp_mid="0", sdp_mline_index=0)
    )  # fmt: skip
    cand = await orec.next(p.RtcSignal)
    assert (cand.candidate, cand.sdp_mid, cand.sdp_mline_index) == ("candidate:1 1 udp", "0", 0)
    # the chat goes on beside the call
    await c.request(p.SendChat(id=0, interaction_id=iid, text="My name is Zofia"))
    assert (await orec.next(p.ChatMessageEvent)).message.text == "My name is Zofia"

    # refusals: wrong direction, too large, not theirs, not a party
    bad = {
        p.ErrorCode.INVALID_FORMAT: (c, p.RtcSignal(id=0, interaction_id=iid, kind="answer",
                                                    sdp="v=0")),
        p.ErrorCode.TOO_LARGE: (c, p.RtcSignal(id=0, interaction_id=iid, kind="offer",
                                               sdp="v" * (p.MAX_SDP + 1))),
    }  # fmt: skip
    for code, (who, msg) in bad.items():
        with pytest.raises(p.ProtocolError) as err:
            await who.request(msg)
        assert err.value.code == code
    with pytest.raises(p.ProtocolError) as err:
        await plain.request(p.RtcSignal(id=0, interaction_id=iid, kind="answer", sdp="v=0"))
    assert err.value.code == p.ErrorCode.NOT_FOUND
    other, _ = await citizen(url(server))
    with pytest.raises(p.ProtocolError) as err:
        await other.request(p.RtcSignal(id=0, interaction_id=iid, kind="offer", sdp="v=0"))
    assert err.value.code == p.ErrorCode.NOT_FOUND

    # the citizen closes the tab: after the grace the call ends, the agent wraps up
    await c.close()
    closed = await orec.next(p.InteractionClosed, timeout=5)
    assert closed.by == "citizen" and closed.wrapup_required
    await ok.request(p.SubmitWrapup(id=0, interaction_id=iid, topic="Other", notes="bins"))
    # reports count it on the video channel, as a call is on the voice channel
    sam, _ = await staff(url(server), "sam")
    today = time.strftime("%Y-%m-%d")
    report = await sam.request(p.RunReport(id=0, date_from=today, date_to=today, channel="video"))
    assert [r.channel for r in report.by_channel] == ["video"]
    t = report.totals
    assert (t.offered, t.answered, t.handled, t.wrapups) == (1, 1, 1, 1)
    for x in (plain, ok, other, sam):
        await x.close()


async def test_sign_language_waits_for_a_signer_and_never_goes_to_anyone_else(server):
    c, crec, started = await start(server, sign="pjm")
    assert started.signers_on_duty == 0  # the page says: none on duty now, and the hours
    newcomer, _ = await citizen(url(server))
    (pjm,) = newcomer.welcome.sign_languages
    assert (pjm.code, pjm.on_duty, pjm.hours) == ("pjm", 0, "Mon–Fri 8:00–16:00")
    anna, arec = await staff(url(server), "anna", video=True)  # waste, no PJM
    await available(anna)
    await asyncio.sleep(0.3)
    assert not arec.of(p.OfferCreated)
    sylwia, srec = await staff(url(server), "sylwia", video=True)
    await available(sylwia)
    offer = await srec.next(p.OfferCreated)
    assert offer.interaction.id == started.interaction.id
    assert offer.interaction.sign_language == "pjm"
    with pytest.raises(p.ProtocolError) as err:  # a language nobody configured
        other, _ = await citizen(url(server))
        await other.request(
            p.StartChat(id=0, topic="waste", text="Hi", media="video", sign_language="xx")
        )
    assert err.value.code == p.ErrorCode.NOT_FOUND
    for x in (c, anna, sylwia, other, newcomer):
        await x.close()


async def test_a_call_blocks_video_and_a_video_blocks_chats(server):
    ok, orec = await staff(url(server), "bartek", video=True)
    await available(ok)
    c1, _, first = await start(server)
    offer = await orec.next(p.OfferCreated)
    await ok.request(p.AcceptOffer(id=0, interaction_id=offer.interaction.id))
    c2, _, chat = await start(server, media="chat")
    await asyncio.sleep(0.3)
    assert len(orec.of(p.OfferCreated)) == 1  # on a video call: no chat is offered
    assert chat.position >= 1
    for x in (ok, c1, c2):
        await x.close()


async def test_the_agent_app_killed_mid_call_puts_it_back_at_the_front(server):
    ok, orec = await staff(url(server), "bartek", video=True)
    await available(ok)
    c, crec, started = await start(server)
    c_later, _, later = await start(server)  # arrives after: waits behind it
    offer = await orec.next(p.OfferCreated)
    iid = offer.interaction.id
    assert iid == started.interaction.id
    await ok.request(p.AcceptOffer(id=0, interaction_id=iid))
    await ok.close()  # the app is gone (its media with it)
    hangup = await crec.next(p.RtcSignal, timeout=5)
    assert (hangup.kind, hangup.sender) == ("hangup", "agent")
    hanna, hrec = await staff(url(server), "hanna", video=True)
    await available(hanna)
    again = await hrec.next(p.OfferCreated)
    assert again.interaction.id == iid  # before the one that arrived later
    await hanna.request(p.AcceptOffer(id=0, interaction_id=iid))
    await crec.next(p.AgentJoined)  # first Bartek's, then Hanna's: offer again
    assert (await crec.next(p.AgentJoined)).agent_name == "Hanna Dąbrowska"
    for x in (c, c_later, hanna):
        await x.close()


async def test_a_lost_call_can_be_rejoined_at_its_old_place(server):
    ok, orec = await staff(url(server), "bartek", video=True)
    await available(ok)
    c, crec, started = await start(server)
    iid = started.interaction.id
    await ok.request(
        p.AcceptOffer(id=0, interaction_id=(await orec.next(p.OfferCreated)).interaction.id)
    )
    token = c.token
    await c.close()
    await orec.next(p.InteractionClosed, timeout=5)
    waiting, _, other = await start(server)  # someone else waits meanwhile
    back, _ = await citizen(url(server), token)
    rejoined = await back.request(
        p.StartChat(
            id=0, topic="waste", text="Lost you", media="video", rejoin=iid, rejoin_token=token
        )
    )
    assert rejoined.position == 1 and other.position == 1  # it went in front
    with pytest.raises(p.ProtocolError) as err:  # not theirs
        stranger, _ = await citizen(url(server))
        await stranger.request(
            p.StartChat(id=0, topic="waste", text="x", media="video", rejoin=iid)
        )
    assert err.value.code == p.ErrorCode.NOT_FOUND
    for x in (ok, waiting, back, stranger):
        await x.close()


def test_the_cli_gives_a_configured_sign_language_as_a_skill(tmp_path):
    config = tmp_path / "cc.toml"
    config.write_text('[[sign_languages]]\ncode = "pjm"\nname = "Polish Sign Language"\n')

    def cc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "shared.server.cli", "--data-dir", str(tmp_path / "data"),
             "--config", str(config), *args],
            cwd=ROOT, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
            env={**os.environ, "CC_PASSWORD": "x" * 12},
        )  # fmt: skip

    ok = cc("user", "add", "sylwia", "--role", "agent", "--skill", "sign:pjm=3")
    assert ok.returncode == 0, ok.stderr
    bad = cc("user", "add", "olga", "--role", "agent", "--skill", "sign:xx=3")
    assert bad.returncode == 2 and "sign:xx" in bad.stderr and "sign_languages" in bad.stderr


async def test_a_waiting_video_is_offered_after_the_hello_of_an_app_signing_in_available(
    server,
):
    """The server keeps an agent's Available across sessions: signing in with the media
    while a video waits offers it at once, but only after the hello's reply (an offer
    first broke the app's sign-in: "unexpected OfferCreated")."""
    ok, _ = await staff(url(server), "bartek")
    await available(ok)
    await ok.close()
    c, _, started = await start(server)
    app, rec = await staff(url(server), "bartek", video=True)  # raises on a stray event
    offer = await rec.next(p.OfferCreated)
    assert offer.interaction.id == started.interaction.id
    for x in (c, app):
        await x.close()
