"""Logging in and out: staff by password or token, citizens by resume token, and what a
(re)connected client is told so it can render everything it still holds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from shared import protocol as p
from shared.routing import Engine, Offer
from shared.server import auth, video
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending
from shared.server.kb import KnowledgeDesk
from shared.server.offers import OfferDesk
from shared.server.people import People, Session
from shared.server.rows import chat_message, transcript_page
from shared.server.sql import audit, interactions, users
from shared.server.staffing import Staffing
from shared.server.throttle import FailureThrottle
from shared.server.video import VideoDesk
from shared.server.wrapup import WrapupDesk


class LoginDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        people: People,
        conversations: Conversations,
        catalogue: Catalogue,
        effects: Effects,
        staffing: Staffing,
        ending: Ending,
        wrapups: WrapupDesk,
        kb: KnowledgeDesk,
        offers: OfferDesk,
        video: VideoDesk,
    ) -> None:
        self.video = video
        self.ctx = ctx
        self.engine = engine
        self.people = people
        self.convs = conversations
        self.catalogue = catalogue
        self.effects = effects
        self.staffing = staffing
        self.ending = ending
        self.wrapups = wrapups
        self.kb = kb
        self.offers = offers
        # Called with a username when their last session went (second line: a consulted
        # expert whose app died must not keep a caller waiting).
        self.on_staff_gone: list[Callable[[str], None]] = []
        # ... of every role (supervisors too): their last connection closed
        self.on_anyone_gone: list[Callable[[str], None]] = []
        # Password guessing: per address (5 failures in 20 s, as Chatwoot's sign-in
        # throttle) and per account (then a growing back-off), both configurable.
        cfg = ctx.config
        self.by_address = FailureThrottle(cfg.login_failures_per_address, cfg.login_failure_window)
        self.by_user = FailureThrottle(cfg.login_failures_per_user, cfg.login_failure_window)

    async def login_staff(self, session: Session, msg: p.Hello) -> p.HelloOk:
        now, address, user = self.ctx.now(), session.address, msg.user[:80]
        wait = max(self.by_address.blocked_for(address, now), self.by_user.blocked_for(user, now))
        if wait:
            # Refused before any password is looked at; audited once per ban.
            first = self.by_address.first_refusal(address) | self.by_user.first_refusal(user)
            if first:
                await self._audit(user, "login_throttled", address, {"seconds": round(wait)})
            raise p.ProtocolError(
                p.ErrorCode.RATE_LIMITED,
                f"too many failed sign-ins: try again in {int(wait) + 1} s",
            )
        staff = self.people.staff.get(user)
        ok = False
        loop = asyncio.get_running_loop()
        if msg.token:
            # read for unknown users too: the answer takes the same time either way
            ok = await self.ctx.store.read(users.user_for_token, msg.token, now) == user
            ok = ok and staff is not None
        elif msg.password is not None:
            if staff is not None:
                ok = await loop.run_in_executor(
                    None, auth.verify_password, staff.password_hash, msg.password
                )
            else:
                await loop.run_in_executor(None, auth.verify_unknown, msg.password)
        if not ok:
            self.by_address.fail(address, now)
            self.by_user.fail(user, now)
            how = "token" if msg.token else "password"
            await self._audit(user, "login_failed", address, {"with": how})
            # Same answer for unknown users and bad passwords: don't reveal which exist.
            raise p.ProtocolError(p.ErrorCode.UNAUTHORIZED, "unknown user or wrong password")
        assert staff is not None
        self.by_user.succeed(user)
        token = msg.token or auth.new_token()
        if not msg.token:
            await self.ctx.store.write(
                users.create_token,
                staff.username,
                token,
                self.ctx.now() + self.ctx.config.token_lifetime,
            )
        await self._audit(
            staff.username,
            "login",
            address,
            {"with": "token" if msg.token else "password", "client": msg.client[:60]},
        )
        session.token = token
        session.role, session.username = staff.role, staff.username
        staff.sessions.add(session)
        presence, reason, held = "offline", "", []
        session.video = msg.video  # offered video from after_staff_login on, not before
        if staff.routable:
            self.staffing.set_connected(staff.username, True)
            view = self.engine.agent_view(staff.username)
            presence, reason, held = view.presence, view.reason, list(view.interactions)
        return p.HelloOk(
            id=msg.id,
            version=p.PROTOCOL_VERSION,
            user=p.UserInfo(
                username=staff.username,
                display_name=staff.display_name,
                role=staff.role,
                skills=staff.skills,
            ),
            token=token,
            topics=list(self.catalogue.topics.values()),
            not_ready_reasons=list(self.ctx.config.not_ready_reasons),
            wrapup_topics=self.wrapups.topics(),
            wrapup_mandatory=self.ctx.config.wrapup_mandatory,
            presence=presence,
            presence_reason=reason,
            interactions=held,
            ice_servers=video.ice_servers(self.ctx.config, staff.username, now),
        )

    async def after_staff_login(self, session: Session) -> None:
        """Resume: tell a (re)connected agent its presence and everything it still holds."""
        self.kb.send_pins(session)
        if session.role not in p.ROUTABLE:
            return
        user = session.username
        view = self.engine.agent_view(user)
        session.send(
            p.PresenceChanged(
                presence=view.presence,
                reason=view.reason,
                since=view.since,
                chosen=view.chosen,
                chosen_reason=view.chosen_reason,
            )
        )
        for iid in view.interactions:
            conv = self.convs.get(iid)
            if conv is None:
                continue
            assigned, _rows = await self.offers.assignment(conv, user)
            session.send(assigned)
            if iid in view.wrapup:
                session.send(
                    p.InteractionClosed(
                        interaction_id=iid, by="agent", reason="resumed", wrapup_required=True
                    )
                )
        conv = self.convs.get(view.offer) if view.offer else None
        expires = self.engine.offer_expiry(view.offer) if view.offer else None
        if conv is not None and expires is not None:
            consult = self.engine.consult_of(conv.id)
            kind = "consult" if consult and consult.agent_id == user else "interaction"
            session.send(self.effects.offer_event(conv, Offer(user, conv.id, expires, kind)))
        # Only now (the hello's reply is out): a waiting video may be offered at once.
        self.video.staff_back(user, session.video)

    async def login_citizen(self, session: Session, msg: p.CitizenHello) -> p.CitizenHelloOk:
        if self.people.citizen_addresses[session.address] >= (
            self.ctx.config.citizen_sessions_per_address
        ):
            raise p.ProtocolError(
                p.ErrorCode.RATE_LIMITED,
                "too many chat windows are open from your network; close one and try again",
            )
        # The resume token is the citizen's secret: the server keeps (and stores) only its
        # hash, and knows the citizen by that.
        token = (msg.resume_token or "")[:100]
        conv = self.convs.of_citizen(users.token_hash(token)) if token else None
        if conv is None:  # unknown or finished: never let a client pick its own token
            token = auth.new_token()
        session.role, session.citizen_token = "citizen", users.token_hash(token)
        self.people.add_citizen(session)
        reply = p.CitizenHelloOk(
            id=msg.id,
            version=p.PROTOCOL_VERSION,
            topics=list(self.catalogue.topics.values()),
            resume_token=token,
            ice_servers=video.ice_servers(
                self.ctx.config, "citizen-" + session.citizen_token[:12], self.ctx.now()
            ),
            sign_languages=self.video.sign_languages(),
            pinned=self.kb.public_pins,
            default_language=self.ctx.config.default_language,
        )
        if conv is not None:
            self.ending.disarm(conv.id)
            reply.interaction = self.effects.info(conv)
            page, reply.earlier = transcript_page(
                await self.ctx.store.read(interactions.messages, conv.id)
            )
            reply.messages = [chat_message(r) for r in page]
            reply.position = self.engine.position(conv.id)
        return reply

    async def _audit(self, actor: str, action: str, address: str, detail: dict) -> None:
        await self.ctx.store.write(
            audit.audit, actor, action, actor, {**detail, "remote": address}, self.ctx.now()
        )

    async def on_logout(self, session: Session, msg: p.Logout) -> p.Ok:
        """Sign out: this session's token stops working; the connection then closes."""
        await self.ctx.store.write(users.revoke_token, session.token)
        await self._audit(session.username, "logout", session.address, {})
        session.close(1000, "signed out")
        return p.Ok(id=msg.id)

    async def on_revoke_sessions(self, session: Session, msg: p.RevokeSessions) -> p.Ok:
        """An admin signs a user out everywhere: tokens revoked, connections closed."""
        staff = self.people.staff.get(msg.user)
        if staff is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no user {msg.user!r}")
        revoked = await self.ctx.store.write(users.revoke_user_tokens, staff.username)
        await self.ctx.store.write(
            audit.audit,
            session.username,
            "revoke_sessions",
            staff.username,
            {"tokens": revoked, "connections": len(staff.sessions), "remote": session.address},
            self.ctx.now(),
        )
        for s in list(staff.sessions):
            s.close(p.CLOSE_POLICY, "signed out by an administrator")
        return p.Ok(id=msg.id)

    def disconnected(self, session: Session) -> None:
        if session.role == "citizen":
            if self.people.drop_citizen(session):
                conv = self.convs.of_citizen(session.citizen_token)
                if conv is not None and self.convs.state(conv) in ("queued", "offered"):
                    self.ending.arm_abandon(conv)
                elif conv is not None and conv.channel == "video":  # a call in progress
                    self.ending.arm_abandon(conv, self.ctx.config.video_grace)
            return
        gone = self.people.drop_staff(session)
        for hook in self.on_anyone_gone if gone is not None else ():
            hook(gone.username)
        if gone is not None and gone.routable:
            self.staffing.set_connected(gone.username, False)
            for hook in self.on_staff_gone:
                hook(gone.username)
