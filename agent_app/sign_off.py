"""Signing off with live conversations: hand them back instead of ending them.

Quitting, signing out or choosing Offline while conversations are live first asks
(``agent_app.sign_off_dialog``); on confirm this service tells the server, for each
one, that the agent is going: ``interaction.return`` for a conversation the agent
owns (it goes to the expert in it, else to the front of its queue; no wrap-up is
owed), ``interaction.leave`` for one the agent was consulted on (the colleague who
asked keeps it). Presence goes Offline first, so a conversation handed back is not
offered straight back to the same agent.

A call is handed back like a chat: the switch drops the agent's leg and the caller hears
that they are back in line, then hold music, until a colleague answers.

Widget-free: the window asks, the dialog shows; only this module sends requests.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from agent_app.second_line_service import SecondLineService
from shared import protocol as p
from shared.client import Disconnected
from softphone.client_service import ClientService

REPLY_TIMEOUT = 5.0
# The conversation is no longer ours to hand back (the citizen left, a colleague took
# it meanwhile): nothing is lost by going.
GONE = {p.ErrorCode.CONFLICT, p.ErrorCode.NOT_FOUND}


@dataclass(slots=True)
class HandBack:
    """What became of a hand-back: ``ok`` when every conversation was acknowledged."""

    handed: list[str] = field(default_factory=list)  # interaction ids, returned or left
    failed: list[str] = field(default_factory=list)
    unreachable: bool = False  # the server did not answer (or we are not connected)
    message: str = ""  # the server's words for the first refusal

    @property
    def ok(self) -> bool:
        return not self.failed and not self.unreachable


class SignOffService(QObject):
    def __init__(
        self,
        client: ClientService,
        second_line: SecondLineService,
        parent: QObject | None = None,
        *,
        timeout: float = REPLY_TIMEOUT,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.second_line = second_line
        self.timeout = timeout

    @property
    def connected(self) -> bool:
        c = self.client.client
        return c is not None and c.connected

    async def hand_back(self, parts: list[tuple[str, str]]) -> HandBack:
        """``parts``: (interaction id, our role in it: ``owner`` or ``consulted``)."""
        result = HandBack()
        if not self.connected:
            result.unreachable = True
            result.failed = [iid for iid, _ in parts]
            return result
        try:
            await self._ask(self.client.request(p.SetPresence(id=0, state="offline")))
        except Disconnected:
            result.unreachable = True
            result.failed = [iid for iid, _ in parts]
            return result
        except p.ProtocolError as exc:
            result.message = exc.message or exc.code  # refused: carry on handing back
        except (OSError, TimeoutError):
            result.unreachable = True
            result.failed = [iid for iid, _ in parts]
            return result
        for iid, role in parts:
            going = (
                self.second_line.leave(iid)
                if role == "consulted"
                else self.second_line.hand_back(iid)
            )
            try:
                await self._ask(going)
            except Disconnected:
                result.unreachable = True
                result.failed.append(iid)
            except p.ProtocolError as exc:
                if exc.code in GONE:
                    result.handed.append(iid)
                else:
                    result.failed.append(iid)
                    result.message = result.message or exc.message or exc.code
            except (OSError, TimeoutError):
                result.unreachable = True
                result.failed.append(iid)
            else:
                result.handed.append(iid)
        return result

    async def _ask(self, coro) -> object:
        return await asyncio.wait_for(coro, self.timeout)
