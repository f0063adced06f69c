"""Who is connected: staff and their sessions, citizens' sessions, and pushing to them.

A ``Session`` is one websocket connection after login. ``People`` is the one place that
knows which sessions belong to whom; everything that sends an event to somebody asks it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec

from shared import protocol as p


class Session:
    """One websocket connection after login: who it is and a bounded outgoing queue."""

    def __init__(
        self,
        push: Callable[[str], None],
        peer: str = "",
        close: Callable[[int, str], None] = lambda code, reason: None,
    ) -> None:
        self.push = push  # enqueue an encoded frame; drops the connection if it is full
        self.peer = peer
        self.close = close  # end the connection (code, reason) after what is queued
        self.role: str | None = None  # staff role or "citizen"
        self.username: str = ""  # staff only
        self.token: str = ""  # staff: the session token this connection logged in with
        self.citizen_token: str = ""  # citizen only
        self.video: bool = False  # staff: the app has the media for video calls

    @property
    def address(self) -> str:
        """The remote IP address (without the port)."""
        host, sep, port = self.peer.rpartition(":")
        return host if sep and port.isdigit() else self.peer

    def send(self, msg: msgspec.Struct) -> None:
        self.push(p.encode_text(msg))


@dataclass(slots=True)
class Staff:
    username: str
    display_name: str
    role: str
    skills: dict[str, int]  # topic skills as configured
    password_hash: str
    sessions: set[Session] = field(default_factory=set)

    @property
    def routable(self) -> bool:
        return self.role in p.ROUTABLE


class People:
    def __init__(self) -> None:
        self.staff: dict[str, Staff] = {}
        self.citizens: dict[str, set[Session]] = defaultdict(set)  # token -> sessions
        self.supervisors: set[Session] = set()  # subscribed to the wallboard
        self.directory: set[Session] = set()  # asked for the directory: get its updates
        self.citizen_addresses: Counter[str] = Counter()  # open citizen sessions per address

    def name(self, username: str | None) -> str:
        staff = self.staff.get(username or "")
        return staff.display_name if staff else (username or "")

    def routable(self) -> Iterable[Staff]:
        return (s for s in self.staff.values() if s.routable)

    # ------------------------------------------------------------------ pushing

    def to_staff(self, username: str | None, msg: msgspec.Struct | str) -> None:
        staff = self.staff.get(username or "")
        if staff is None or not staff.sessions:
            return
        frame = msg if isinstance(msg, str) else p.encode_text(msg)
        for s in staff.sessions:
            s.push(frame)

    def to_citizen(self, token: str, msg: msgspec.Struct | str) -> None:
        sessions = self.citizens.get(token)
        if not sessions:
            return
        frame = msg if isinstance(msg, str) else p.encode_text(msg)
        for s in sessions:
            s.push(frame)

    def to_sessions(self, sessions: Iterable[Session], msg: msgspec.Struct | str) -> None:
        frame = msg if isinstance(msg, str) else p.encode_text(msg)
        for s in list(sessions):
            s.push(frame)

    def to_roles(self, roles: frozenset[str], frame: str, *, skip: Session | None = None) -> None:
        for staff in self.staff.values():
            if staff.role in roles:
                for s in staff.sessions:
                    if s is not skip:
                        s.push(frame)

    def to_all_staff(self, frame: str) -> None:
        for staff in self.staff.values():
            for s in staff.sessions:
                s.push(frame)

    def to_all_citizens(self, frame: str) -> None:
        for sessions in self.citizens.values():
            for s in sessions:
                s.push(frame)

    # ------------------------------------------------------------------ sessions

    def citizen_online(self, token: str) -> bool:
        return bool(self.citizens.get(token))

    def add_citizen(self, session: Session) -> None:
        self.citizens[session.citizen_token].add(session)
        self.citizen_addresses[session.address] += 1

    def drop_citizen(self, session: Session) -> bool:
        """Forget the session; True if that was the citizen's last one."""
        self.citizen_addresses[session.address] -= 1
        if self.citizen_addresses[session.address] <= 0:
            del self.citizen_addresses[session.address]
        sessions = self.citizens.get(session.citizen_token)
        if sessions is None:
            return False
        sessions.discard(session)
        if sessions:
            return False
        del self.citizens[session.citizen_token]
        return True

    def drop_staff(self, session: Session) -> Staff | None:
        """Forget the session; the staff member if that was their last one."""
        self.supervisors.discard(session)
        self.directory.discard(session)
        staff = self.staff.get(session.username)
        if staff is None:
            return None
        staff.sessions.discard(session)
        return None if staff.sessions else staff
