"""The STUN/TURN servers given to an ``RtcSession`` are the ones its ICE agent talks to.

A tiny STUN server and a tiny TURN server (UDP, long-term credentials, built on aioice's
own message codec) run in the test; the session answers an offer from a second aiortc
peer. The STUN server must be asked for a binding and its answer must come back as a
server-reflexive candidate; the TURN server must receive an Allocate carrying the
username and a MESSAGE-INTEGRITY made from the given credential, and the relayed address
it grants must be a candidate of the answer.
"""

from __future__ import annotations

import asyncio

import pytest
from aioice import stun
from aioice.ice import get_host_addresses
from aioice.turn import make_integrity_key
from aiortc import RTCConfiguration, RTCPeerConnection

from agent_app.video.rtc_session import RtcSession
from agent_app.video.sources import ToneAudioTrack

pytestmark = pytest.mark.timeout(30)

REALM = "city.example"
NONCE = "nonce-1"
RELAYED_PORT = 40_000  # an address the fake TURN server claims to relay on


class FakeStun(asyncio.DatagramProtocol):
    def __init__(self):
        self.requests: list[tuple[str, int]] = []

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        request = stun.parse_message(data)
        if request.message_method != stun.Method.BINDING:
            return
        self.requests.append(addr)
        response = stun.Message(
            stun.Method.BINDING, stun.Class.RESPONSE, transaction_id=request.transaction_id
        )
        response.attributes["XOR-MAPPED-ADDRESS"] = addr
        response.add_fingerprint()
        self.transport.sendto(bytes(response), addr)


class FakeTurn(asyncio.DatagramProtocol):
    """Allocate/Refresh with long-term credentials; no data relayed."""

    def __init__(self, username: str, password: str, relay_host: str):
        self.key = make_integrity_key(username, REALM, password)
        self.username = username
        self.relay_host = relay_host
        self.authenticated: list[str] = []  # methods received with valid credentials
        self.rejected: list[str] = []

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        request = stun.parse_message(data)
        method = request.message_method
        reply = stun.Message(method, stun.Class.RESPONSE, transaction_id=request.transaction_id)
        if "MESSAGE-INTEGRITY" not in request.attributes:
            reply.message_class = stun.Class.ERROR
            reply.attributes["ERROR-CODE"] = (401, "Unauthorized")
            reply.attributes["REALM"] = REALM
            reply.attributes["NONCE"] = NONCE.encode()
            self.transport.sendto(bytes(reply), addr)
            return
        if request.attributes.get(
            "USERNAME"
        ) != self.username or not request.check_message_integrity(self.key):
            self.rejected.append(method.name)
            reply.message_class = stun.Class.ERROR
            reply.attributes["ERROR-CODE"] = (401, "Unauthorized")
            self.transport.sendto(bytes(reply), addr)
            return
        self.authenticated.append(method.name)
        if method == stun.Method.ALLOCATE:
            reply.attributes["XOR-RELAYED-ADDRESS"] = (self.relay_host, RELAYED_PORT)
            reply.attributes["XOR-MAPPED-ADDRESS"] = addr
        reply.attributes["LIFETIME"] = request.attributes.get("LIFETIME", 600)
        reply.add_message_integrity(self.key)
        self.transport.sendto(bytes(reply), addr)


async def offer_sdp() -> tuple[RTCPeerConnection, str]:
    caller = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    caller.addTransceiver("audio", direction="sendrecv")
    await caller.setLocalDescription(await caller.createOffer())
    return caller, caller.localDescription.sdp


async def test_stun_and_turn_servers_are_used_with_their_credentials():
    host = get_host_addresses(use_ipv4=True, use_ipv6=False)[0]
    loop = asyncio.get_running_loop()
    stun_transport, fake_stun = await loop.create_datagram_endpoint(FakeStun, local_addr=(host, 0))
    turn_transport, fake_turn = await loop.create_datagram_endpoint(
        lambda: FakeTurn("agent-7", "s3cret", host), local_addr=(host, 0)
    )
    stun_port = stun_transport.get_extra_info("sockname")[1]
    turn_port = turn_transport.get_extra_info("sockname")[1]
    caller, offer = await offer_sdp()
    session = RtcSession(
        [
            {"urls": [f"stun:{host}:{stun_port}"]},
            {
                "urls": f"turn:{host}:{turn_port}?transport=udp",
                "username": "agent-7",
                "credential": "s3cret",
            },
        ],
        audio=ToneAudioTrack(),
    )
    try:
        answer = await asyncio.wait_for(session.answer(offer), 10)
    finally:
        await session.close()
        await caller.close()
        stun_transport.close()
        turn_transport.close()

    assert fake_stun.requests, "the STUN server was never asked"
    assert " typ srflx " in answer
    assert fake_turn.authenticated[:1] == ["ALLOCATE"] and not fake_turn.rejected
    relay_lines = [line for line in answer.splitlines() if " typ relay " in line]
    assert relay_lines and f"{host} {RELAYED_PORT} typ relay" in relay_lines[0]
    assert "REFRESH" in fake_turn.authenticated  # the allocation was released on close
