"""STUN/TURN servers, as the server hands them out, for one aiortc peer connection.

The server sends a list of ``{urls, username, credential}`` (coturn's shape, the same the
citizen's browser gets). ``rtc_configuration`` turns it into aiortc's ``RTCConfiguration``.
An empty list means *no* STUN or TURN (host candidates only): aiortc's own default, when
no list is given at all, is Google's public STUN server, which a city's network should
not depend on — so a list is always passed, never ``None``.

aiortc uses the first ``stun:`` URL and the first ``turn:``/``turns:`` URL whose
transport it speaks (``turn:`` over udp or tcp, ``turns:`` over tcp) and ignores the rest;
``ignored_urls`` names those so the caller can log them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from aiortc import RTCConfiguration, RTCIceServer
from aiortc.rtcicetransport import parse_stun_turn_uri


@dataclass(frozen=True, slots=True)
class IceServer:
    """One STUN or TURN server; ``urls`` like ``stun:host:3478``,
    ``turn:host:3478?transport=udp``, ``turns:host:5349?transport=tcp``."""

    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.urls, str):  # a lone URL, as the WebRTC dictionary allows
            object.__setattr__(self, "urls", (self.urls,))
        else:
            object.__setattr__(self, "urls", tuple(self.urls))
        if not self.urls:
            raise ValueError("an ICE server needs at least one URL")
        for url in self.urls:
            try:
                parse_stun_turn_uri(url)
            except ValueError as exc:
                raise ValueError(f"bad ICE server URL {url!r}: {exc}") from None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> IceServer:
        """From the WebRTC dictionary shape ``{"urls": str | [str], "username", "credential"}``."""
        urls = data.get("urls") or data.get("url") or ()
        return cls(
            urls=(urls,) if isinstance(urls, str) else tuple(urls),
            username=data.get("username") or None,
            credential=data.get("credential") or None,
        )


IceServerLike = IceServer | Mapping[str, Any]


def ice_servers(items: Iterable[IceServerLike]) -> tuple[IceServer, ...]:
    """Normalise a list of ``IceServer``s or dictionaries (ValueError on a bad URL)."""
    return tuple(s if isinstance(s, IceServer) else IceServer.from_mapping(s) for s in items)


def rtc_configuration(items: Iterable[IceServerLike]) -> RTCConfiguration:
    """The ``RTCConfiguration`` for these servers (an empty list: host candidates only)."""
    return RTCConfiguration(
        iceServers=[
            RTCIceServer(urls=list(s.urls), username=s.username, credential=s.credential)
            for s in ice_servers(items)
        ]
    )


def ignored_urls(items: Iterable[IceServerLike]) -> list[str]:
    """The URLs aiortc will not use (a second STUN or TURN server, transports it lacks)."""
    have_stun = have_turn = False
    ignored: list[str] = []
    for server in ice_servers(items):
        for url in server.urls:
            parsed = parse_stun_turn_uri(url)
            scheme, transport = parsed["scheme"], parsed.get("transport")
            if scheme == "stun" and not have_stun:
                have_stun = True
                continue
            usable_turn = (scheme == "turn" and transport in ("udp", "tcp")) or (
                scheme == "turns" and transport == "tcp"
            )
            if usable_turn and not have_turn:
                have_turn = True
                continue
            ignored.append(url)
    return ignored
