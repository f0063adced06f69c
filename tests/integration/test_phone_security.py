"""Phones that ring only for real offers (issue 12, part 3), over the real parts: a
telephony cc-server, its rooms, pjsua2 peers and the demo phone bot.

- ``phone.register`` takes only a softphone on the agent's own address (or a configured
  network), and every registration, withdrawal and refusal is audited with the remote
  address;
- the switch's INVITE carries the offer's secret, which only that agent was sent;
- the demo bot refuses a forged INVITE (403) and answers the real one.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
from contextlib import closing

import pytest

from shared import protocol as p
from shared.contracts import OFFER_HEADER
from tests.support.bots import available, staff
from tests.support.calls import agents, caller, expect_line
from tests.support.processes import LineProcess
from tests.support.server import ServerProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


@pytest.fixture
def phone_server(tmp_path):
    server = ServerProcess(
        tmp_path / "cc-data",
        telephony=True,
        rooms=1,
        rooms_spare=1,
        extra_args=["--phone-network", "10.1.0.0/16"],
    )
    server.start(timeout=40)
    yield server
    server.stop()


def audit(server: ServerProcess, *actions: str) -> list[dict]:
    marks = ",".join("?" * len(actions))
    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        rows = con.execute(
            f"SELECT actor, action, target, detail FROM audit_log WHERE action IN ({marks})"
            " ORDER BY id",
            actions,
        ).fetchall()
    return [{"actor": a, "action": x, "target": t, **json.loads(d)} for a, x, t, d in rows]


def test_a_phone_registers_only_from_the_agents_network_and_every_try_is_audited(
    phone_server,
):
    async def go() -> None:
        anna, _ = await staff(phone_server.url, "anna")
        # Today any host was taken: the switch would ring whatever the agent named.
        for uri in (
            "sip:anna@192.0.2.7:5060",  # not where anna's app connects from
            "sip:anna@10.2.0.1:5060",  # beside the configured network
            "sip:anna@phones.example.org:5060",  # a name, not an address
            "sip:anna@[2001:db8::1]:5060",
        ):
            with pytest.raises(p.ProtocolError) as err:
                await anna.request(p.RegisterPhone(id=0, uri=uri))
            assert err.value.code == p.ErrorCode.ADDRESS_NOT_ALLOWED, uri
        # Her own address, and the configured network (--phone-network), are taken.
        assert isinstance(
            await anna.request(p.RegisterPhone(id=0, uri="sip:anna@10.1.20.30:5062")), p.Ok
        )
        assert isinstance(
            await anna.request(p.RegisterPhone(id=0, uri="sip:anna@127.0.0.1:5062;transport=udp")),
            p.Ok,
        )
        # The loopback is one machine, whichever family (a dual-stack app, say).
        assert isinstance(
            await anna.request(p.RegisterPhone(id=0, uri="sip:anna@[::1]:5062")), p.Ok
        )
        assert isinstance(await anna.request(p.RegisterPhone(id=0, uri="")), p.Ok)
        await anna.close()

    asyncio.run(go())
    rows = audit(phone_server, "phone_register", "phone_withdraw", "phone_refused")
    assert [r["action"] for r in rows] == ["phone_refused"] * 4 + [
        "phone_register",
        "phone_register",
        "phone_register",
        "phone_withdraw",
    ]
    assert {r["remote"] for r in rows} == {"127.0.0.1"}
    assert {(r["actor"], r["target"]) for r in rows} == {("anna", "anna")}
    assert rows[0]["uri"] == "sip:anna@192.0.2.7:5060" and "192.0.2.7" in rows[0]["why"]
    assert "IP address" in rows[2]["why"]
    assert rows[4]["uri"] == "sip:anna@10.1.20.30:5062" and rows[7]["uri"] == ""


def test_the_switch_rings_with_the_secret_of_the_offer_only_its_agent_was_sent(
    phone_server, tmp_path
):
    phone = LineProcess("tests.support.sip_peer", "--role", "callee", "--timeout", "40")
    port = phone.field(phone.expect("READY", 15), "port")
    citizen = caller(phone_server, tmp_path, "--dtmf", "1", "--seconds", "30", "--timeout", "40")

    async def go() -> p.OfferCreated:
        anna, rec = await staff(phone_server.url, "anna")
        bartek, bartek_rec = await staff(phone_server.url, "bartek")  # no phone: no call
        await anna.request(p.RegisterPhone(id=0, uri=f"sip:anna@127.0.0.1:{port}"))
        await available(anna)
        offer = await rec.next(p.OfferCreated, timeout=30)
        await asyncio.sleep(0.5)
        assert not bartek_rec.of(p.OfferCreated)
        await anna.close()
        await bartek.close()
        return offer

    try:
        offer = asyncio.run(go())
        header = expect_line(phone, f"HEADER {OFFER_HEADER.lower()}=", 15)
        assert len(offer.phone_secret) >= 22  # 128 bits and more, URL-safe base64
        assert header.split("=", 1)[1] == offer.phone_secret
        assert expect_line(phone, "HEADER x-cc-interaction=").split("=", 1)[1] == (
            offer.interaction.id
        )
    finally:
        citizen.stop()
        phone.stop()


def test_the_demo_bot_refuses_a_forged_invite_and_answers_the_real_one(phone_server, tmp_path):
    bot = agents(phone_server, "--user", "bartek", "--talk", "1")
    try:
        ready = next(line for line in bot.seen if line.startswith("READY"))
        port = bot.field(ready, "port")
        forged = LineProcess(
            "tests.support.sip_peer", "--role", "caller",
            "--target", f"sip:bartek@127.0.0.1:{port}",
            "--header", "X-CC-Interaction: 0123456789abcdef",
            "--header", f"{OFFER_HEADER}: forged-secret-forged-secret",
            "--timeout", "10",
        )  # fmt: skip
        # Today the bot answered it (200) like any INVITE with the header.
        assert forged.expect("DISCONNECTED", 10) == "DISCONNECTED status=403"
        assert forged.wait(10) == 2  # never confirmed
        bot.expect("REFUSED interaction=0123456789abcdef", 5)
        assert not any(line.startswith("ANSWERED") for line in bot.seen)
        citizen = caller(phone_server, tmp_path, "--dtmf", "1", "--seconds", "20")
        try:
            bot.expect("ANSWERED", 30)
            citizen.expect("CONFIRMED", 10)
        finally:
            citizen.stop()
    finally:
        bot.stop()


def test_with_srtp_optional_the_agents_leg_is_encrypted_and_a_plain_caller_still_connects(
    tmp_path,
):
    server = ServerProcess(
        tmp_path / "cc-data", telephony=True, rooms=1, rooms_spare=1, config='srtp = "optional"\n'
    )
    server.start(timeout=40)
    phone = LineProcess(
        "tests.support.sip_peer", "--role", "callee", "--srtp", "optional", "--timeout", "40"
    )
    citizen = None
    try:
        port = phone.field(phone.expect("READY", 15), "port")

        async def go() -> tuple[str, str]:
            nonlocal citizen
            anna, _rec = await staff(server.url, "anna")
            await anna.request(p.RegisterPhone(id=0, uri=f"sip:anna@127.0.0.1:{port}"))
            await available(anna)
            citizen = caller(server, tmp_path, "--dtmf", "1", "--seconds", "30", "--timeout", "40")
            loop = asyncio.get_running_loop()
            heard = await loop.run_in_executor(None, citizen.expect, "MEDIA", 15)
            answered = await loop.run_in_executor(None, phone.expect, "MEDIA", 30)
            await anna.close()
            return heard, answered

        heard, answered = asyncio.run(go())
        assert heard == "MEDIA srtp=0"  # the citizen's plain phone: plain RTP
        assert answered == "MEDIA srtp=1"  # the agent's leg: SRTP
    finally:
        if citizen is not None:
            citizen.stop()
        phone.stop()
        server.stop()


def make_certs(folder) -> dict[str, str]:
    """A city CA, a softphone certificate for 127.0.0.1 it signed, and a self-signed one."""

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True, timeout=60)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=City test CA")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "phone.key", "-out", "phone.csr",
        "-subj", "/CN=127.0.0.1")  # fmt: skip
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    run("x509", "-req", "-in", "phone.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "phone.pem", "-days", "2", "-extfile", "san.ext")  # fmt: skip
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rogue.key",
        "-out", "rogue.pem", "-days", "2", "-subj", "/CN=127.0.0.1",
        "-addext", "subjectAltName=IP:127.0.0.1")  # fmt: skip
    return {
        name: str(folder / name)
        for name in ("ca.pem", "phone.pem", "phone.key", "rogue.pem", "rogue.key")
    }


def test_over_sip_tls_the_switch_reaches_a_softphone_whose_certificate_the_city_signed(
    tmp_path,
):
    certs = make_certs(tmp_path)
    server = ServerProcess(
        tmp_path / "cc-data", telephony=True, rooms=1, rooms_spare=1,
        config=f'srtp = "optional"\nphone_tls_ca_file = "{certs["ca.pem"]}"\n',
    )  # fmt: skip
    server.start(timeout=40)
    good = LineProcess(
        "tests.support.sip_peer", "--role", "callee", "--srtp", "optional", "--timeout", "60",
        "--tls-cert", certs["phone.pem"], "--tls-key", certs["phone.key"],
    )  # fmt: skip
    rogue = LineProcess(
        "tests.support.sip_peer", "--role", "callee", "--timeout", "60",
        "--tls-cert", certs["rogue.pem"], "--tls-key", certs["rogue.key"],
    )  # fmt: skip
    citizen = None
    try:
        good_tls = good.field(good.expect("READY", 15), "tls")
        rogue_tls = rogue.field(rogue.expect("READY", 15), "tls")

        async def go() -> tuple[str, str]:
            nonlocal citizen
            anna, _ = await staff(server.url, "anna")
            bartek, _ = await staff(server.url, "bartek")
            # the rogue softphone (a certificate the city did not sign) is offered first
            await bartek.request(
                p.RegisterPhone(id=0, uri=f"sip:bartek@127.0.0.1:{rogue_tls};transport=tls")
            )
            await available(bartek)
            citizen = caller(server, tmp_path, "--dtmf", "1", "--seconds", "30", "--timeout", "50")
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, citizen.expect, "CONFIRMED", 15)
            # the room refuses to talk to it: the TLS handshake fails, the offer fails
            deadline = loop.time() + 20
            while "(503" not in server.log() and loop.time() < deadline:
                await asyncio.sleep(0.2)
            await anna.request(
                p.RegisterPhone(id=0, uri=f"sip:anna@127.0.0.1:{good_tls};transport=tls")
            )
            await bartek.request(p.SetPresence(id=0, state="offline"))
            await available(anna)
            incoming = await loop.run_in_executor(None, good.expect, "INCOMING", 30)
            media = await loop.run_in_executor(None, good.expect, "MEDIA", 15)
            await anna.close()
            await bartek.close()
            return incoming, media

        incoming, media = asyncio.run(go())
        assert "(503" in server.log(), server.log()[-3000:]
        assert not any(line.startswith("INCOMING") for line in rogue.seen), rogue.seen
        assert "via=SIP/2.0/TLS" in incoming, incoming  # the INVITE came over TLS
        assert media == "MEDIA srtp=1"  # and the audio is SRTP, its keys inside TLS
    finally:
        if citizen is not None:
            citizen.stop()
        good.stop()
        rogue.stop()
        server.stop()


def test_a_tls_softphone_is_refused_where_the_switch_has_no_tls(phone_server):
    async def go() -> p.ProtocolError:
        anna, _ = await staff(phone_server.url, "anna")
        try:
            with pytest.raises(p.ProtocolError) as info:
                await anna.request(
                    p.RegisterPhone(id=0, uri="sip:anna@127.0.0.1:5061;transport=tls")
                )
            return info.value
        finally:
            await anna.close()

    error = asyncio.run(go())
    assert error.code == p.ErrorCode.ADDRESS_NOT_ALLOWED and "TLS" in error.message
