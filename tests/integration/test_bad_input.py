"""Bad input gets a clear error and the server keeps serving everyone else."""

from __future__ import annotations

import asyncio
import json

import pytest
import websockets

from shared import protocol as p
from tests.support.bots import citizen, staff


async def _raw(url):
    return await websockets.connect(url, max_size=None)


async def _reply(ws):
    return json.loads(await asyncio.wait_for(ws.recv(), 5))


async def _login_anna(ws):
    await ws.send(
        json.dumps({"type": "hello", "id": 1, "version": 1, "user": "anna", "password": "demo"})
    )
    reply = await _reply(ws)
    assert reply["type"] == "hello.ok"
    while True:  # skip the resume pushes
        try:
            await asyncio.wait_for(ws.recv(), 0.3)
        except TimeoutError:
            return


@pytest.mark.parametrize(
    ("frame", "code", "echo_id"),
    [
        ("{not json", "invalid_json", None),
        ('{"type": "no.such", "id": 7}', "unknown_type", 7),
        ('{"type": "chat.send", "id": 8}', "invalid_format", 8),
        ('{"type": "ping", "id": "nine"}', "invalid_format", None),
        ("[1, 2, 3]", "invalid_format", None),
        ('{"type": "supervisor.subscribe", "id": 10}', "forbidden", 10),
        ('{"type": "chat.start", "id": 11, "topic": "waste", "text": "x"}', "forbidden", 11),
        ('{"type": "offer.accept", "id": 12, "interaction_id": "nope"}', "not_found", 12),
        (
            '{"type": "agent.set_presence", "id": 13, "state": "not_ready", "reason": "Nap"}',
            "invalid_format",
            13,
        ),
        (
            '{"type": "hello", "id": 14, "version": 1, "user": "anna", "password": "demo"}',
            "conflict",
            14,
        ),
    ],
)
async def test_bad_frames_get_an_error_and_the_connection_stays(cc_server, frame, code, echo_id):
    ws = await _raw(cc_server.url)
    await _login_anna(ws)
    await ws.send(frame)
    reply = await _reply(ws)
    assert reply["type"] == "error" and reply["code"] == code, reply
    assert reply["id"] == echo_id
    assert reply["message"]
    await ws.send('{"type": "ping", "id": 99}')
    assert await _reply(ws) == {"type": "pong", "id": 99}
    await ws.close()


async def test_login_errors(cc_server):
    ws = await _raw(cc_server.url)
    await ws.send('{"type": "ping", "id": 1}')
    assert (await _reply(ws))["code"] == "unauthorized"
    await ws.send(
        json.dumps({"type": "hello", "id": 2, "version": 99, "user": "anna", "password": "demo"})
    )
    assert (await _reply(ws))["code"] == "unsupported_version"
    await ws.send(
        json.dumps({"type": "hello", "id": 3, "version": 1, "user": "anna", "password": "x"})
    )
    wrong = await _reply(ws)
    await ws.send(
        json.dumps({"type": "hello", "id": 4, "version": 1, "user": "nobody", "password": "x"})
    )
    unknown = await _reply(ws)
    assert wrong["code"] == unknown["code"] == "unauthorized"
    assert wrong["message"] == unknown["message"]  # does not tell which users exist
    await ws.send(
        json.dumps({"type": "hello", "id": 5, "version": 1, "user": "anna", "password": "demo"})
    )
    assert (await _reply(ws))["type"] == "hello.ok"
    await ws.close()


async def test_oversized_frame_closes_only_that_connection(cc_server):
    other, _ = await staff(cc_server.url, "bartek")
    ws = await _raw(cc_server.url)
    await _login_anna(ws)
    await ws.send("x" * (p.MAX_FRAME_BYTES + 1))
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd.code == p.CLOSE_TOO_BIG
    assert isinstance(await other.request(p.Ping(id=0)), p.Pong)
    await other.close()


async def test_too_long_chat_text_is_refused(cc_server):
    cit, _ = await citizen(cc_server.url)
    with pytest.raises(p.ProtocolError) as err:
        await cit.request(p.StartChat(id=0, topic="waste", text="x" * (p.MAX_CHAT_TEXT + 1)))
    assert err.value.code == "too_large"
    with pytest.raises(p.ProtocolError) as err:
        await cit.request(p.StartChat(id=0, topic="no-such-topic", text="hello"))
    assert err.value.code == "not_found"
    await cit.close()


async def test_flood_closes_only_the_flooder(cc_server):
    other, _ = await staff(cc_server.url, "bartek")
    ws = await _raw(cc_server.url)
    await _login_anna(ws)
    with pytest.raises(websockets.ConnectionClosed) as closed:
        for i in range(1000):
            await ws.send(json.dumps({"type": "ping", "id": i}))
        while True:
            await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd.code == p.CLOSE_POLICY
    assert isinstance(await other.request(p.Ping(id=0)), p.Pong)
    await other.close()


async def test_silent_connection_is_closed_after_login_deadline(tmp_path):
    from tests.support.server import ServerProcess

    cfg = tmp_path / "server.toml"
    cfg.write_text("login_deadline = 0.5\n")
    server = ServerProcess(tmp_path / "d", extra_args=["--config", str(cfg)])
    server.start()
    try:
        ws = await _raw(server.url)
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
        assert closed.value.rcvd.code == p.CLOSE_POLICY
    finally:
        server.stop()


async def test_citizen_cannot_touch_someone_elses_chat(cc_server):
    a, _ = await citizen(cc_server.url)
    b, _ = await citizen(cc_server.url)
    started = await a.request(p.StartChat(id=0, topic="waste", text="mine"))
    with pytest.raises(p.ProtocolError) as err:
        await b.request(p.SendChat(id=0, interaction_id=started.interaction.id, text="hijack"))
    assert err.value.code == "not_found"
    with pytest.raises(p.ProtocolError):
        await b.request(p.CloseInteraction(id=0, interaction_id=started.interaction.id))
    await a.close()
    await b.close()


async def test_http_serves_page_and_404(cc_server):
    import urllib.error
    import urllib.request

    def get(path):
        return urllib.request.urlopen(cc_server.http_url.rstrip("/") + path, timeout=5)

    loop = asyncio.get_running_loop()
    page = await loop.run_in_executor(None, lambda: get("/").read().decode())
    assert "<html" in page.lower()
    for path in ("/nope.js", "/../pyproject.toml", "/%2e%2e/pyproject.toml"):
        with pytest.raises(urllib.error.HTTPError) as err:
            await loop.run_in_executor(None, get, path)
        assert err.value.code == 404


async def test_phone_requests_on_a_server_without_telephony(cc_server):
    anna, _ = await staff(cc_server.url, "anna")
    with pytest.raises(p.ProtocolError) as err:
        await anna.request(p.RegisterPhone(id=0, uri="sip:anna@127.0.0.1:5062"))
    assert err.value.code == "conflict" and "no telephony" in err.value.message
    assert isinstance(await anna.request(p.Ping(id=0)), p.Pong)
    await anna.close()
