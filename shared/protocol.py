"""Typed messages exchanged over the websocket between the server and its clients.

Every message is a msgspec Struct in one tagged union on the field ``type`` (dotted
names, e.g. ``chat.send``). Requests from clients carry an ``id`` that the reply
echoes; events pushed by the server carry no ``id``. docs/protocol.md is checked
against this module by tests/unit/test_protocol_docs.py so the two cannot drift.

This module must never import Qt: the server and the bots use it too.
"""

from __future__ import annotations

from typing import Literal

import msgspec

PROTOCOL_VERSION = 1
# Largest frame the server accepts; a chat message is capped far below this.
MAX_FRAME_BYTES = 64 * 1024
MAX_CHAT_TEXT = 4000
# Largest frame clients accept, and the most the server ever sends in one frame (a long
# transcript is paged: the latest part comes first, ``chat.history`` fetches the rest).
MAX_SERVER_FRAME_BYTES = 1024 * 1024
TRANSCRIPT_PAGE_BYTES = 256 * 1024

Role = Literal["agent", "expert", "supervisor", "admin"]
Channel = Literal["chat", "voice", "video"]
# What an agent chooses; "busy" and "wrap_up" are derived from their work.
ChosenPresence = Literal["available", "not_ready", "offline"]
Presence = Literal["available", "not_ready", "wrap_up", "busy", "offline"]
InteractionState = Literal["queued", "offered", "active", "wrap_up", "closed", "abandoned"]
Sender = Literal["citizen", "agent", "system"]
# What a citizen starts: a chat, or a call from the browser (WebRTC, video or voice
# only) on the "video" channel, with a chat beside it.
Media = Literal["chat", "video", "audio"]
RtcKind = Literal["offer", "answer", "candidate", "hangup"]
MAX_SDP = 32 * 1024


class Base(msgspec.Struct, tag_field="type", forbid_unknown_fields=False, kw_only=True):
    """Common base: the tag is the dotted ``type`` string."""


# --------------------------------------------------------------------------- data


class Topic(msgspec.Struct, kw_only=True):
    """A queue: a topic a citizen can ask about, owned by one department.

    ``names`` and ``department_names``: the topic's and its department's names in other
    languages (language code -> name, e.g. ``{"pl": "Podatki lokalne"}``) for the
    citizen page; ``name`` and ``department`` are used for a language not in them."""

    id: str
    name: str
    department: str = ""
    names: dict[str, str] = {}
    department_names: dict[str, str] = {}


class UserInfo(msgspec.Struct, kw_only=True):
    username: str
    display_name: str
    role: Role
    skills: dict[str, int] = {}


class ChatMessage(msgspec.Struct, kw_only=True):
    seq: int
    sender: Sender
    sender_name: str
    text: str
    ts: float


class InteractionInfo(msgspec.Struct, kw_only=True):
    id: str
    channel: Channel
    topic: str
    citizen_name: str
    state: InteractionState
    created_at: float
    priority: int = 0
    agent: str | None = None
    agent_name: str = ""  # display name of ``agent``, for the citizen's page
    caller: str = ""  # voice: the caller's number ("" when withheld)
    participants: list[Participant] = []  # owner first, then consulted experts
    transfers: int = 0  # how often it was handed on (blind or warm)
    media: Media = "chat"  # channel "video": "video" or "audio" (a voice call from a browser)
    sign_language: str = ""  # a sign-language code (e.g. "pjm"): only its signers take it


class IceServer(msgspec.Struct, kw_only=True):
    """A STUN or TURN server as a browser's RTCPeerConnection takes it (TURN credentials
    are short-lived: made per session from the server's shared secret)."""

    urls: list[str]
    username: str = ""
    credential: str = ""


class SignLanguage(msgspec.Struct, kw_only=True):
    code: str  # the routing skill is "sign:<code>"
    name: str  # e.g. "Polish Sign Language (PJM)"
    on_duty: int = 0  # signers logged in now
    hours: str = ""  # when signers are on duty, as the centre words it


ParticipantRole = Literal["owner", "consulted", "supervisor"]  # supervisor: barged into a chat
OfferKind = Literal["interaction", "transfer", "consult", "callback"]
ConsultState = Literal["queued", "ringing", "connected", "merged", "completed", "ended"]


class Participant(msgspec.Struct, kw_only=True):
    """Someone in a conversation besides the citizen: its owner or a consulted expert."""

    username: str
    display_name: str
    role: ParticipantRole
    department: str = ""


class InternalMessage(msgspec.Struct, kw_only=True):
    """A message between the staff in a conversation; the citizen never sees it."""

    seq: int
    sender: str  # username
    sender_name: str
    text: str
    ts: float


class Department(msgspec.Struct, kw_only=True):
    """A department of the city hall: its second-line queue and who serves it."""

    name: str
    queue: str  # the queue id a consultation or transfer to it waits in
    topics: list[str] = []  # topic ids the department answers for
    waiting: int = 0  # consultations and transferred conversations in its queue


class DirectoryEntry(msgspec.Struct, kw_only=True):
    """A person of the directory with their live presence and load."""

    username: str
    display_name: str
    role: Role
    departments: list[str] = []
    skills: dict[str, int] = {}
    presence: Presence = "offline"
    reason: str = ""
    since: float = 0.0
    connected: bool = False
    load: int = 0  # conversations they are in now
    can_take_calls: bool = False  # a softphone is registered


class PastInteraction(msgspec.Struct, kw_only=True):
    """An earlier contact from the same caller, shown when a call pops."""

    id: str
    channel: Channel
    topic: str
    created_at: float
    state: InteractionState
    agent_name: str = ""
    wrapup_topic: str = ""
    notes: str = ""
    resolved_first_contact: bool = False


class HandlingInfo(msgspec.Struct, kw_only=True):
    """One interaction an agent is handling, as a supervisor reads it."""

    interaction_id: str
    channel: Channel
    topic: str  # the topic's name
    citizen_name: str = ""  # or the caller's number
    since: float  # when it arrived


class DayFigures(msgspec.Struct, kw_only=True):
    """Today's counts and the figures made of them (docs/supervision.md, "Wallboard
    figures", has the formulas). A figure with nothing to count yet is None."""

    day: str = ""  # the local date counted (YYYY-MM-DD)
    answered: int = 0
    answered_in_threshold: int = 0  # waited at most service_level_seconds
    abandoned: int = 0  # all who left before an answer, short ones included
    abandoned_short: int = 0  # left within short_abandon_seconds (not counted in SL)
    handled: int = 0  # answered and finished (wrap-up done)
    service_level: float | None = None  # 0..1
    abandonment_rate: float | None = None  # 0..1
    average_speed_of_answer: float | None = None  # seconds
    average_handle_time: float | None = None  # seconds: answer to end of wrap-up


class CentreStatus(msgspec.Struct, kw_only=True):
    """The whole centre at a glance (every topic queue together)."""

    waiting: int = 0
    oldest_since: float | None = None
    agents_by_presence: dict[str, int] = {}  # agents and experts by shown presence
    agents_ready: int = 0  # of them, free to take work (AgentStatus.ready)
    today: DayFigures = msgspec.field(default_factory=DayFigures)


class WallboardSettings(msgspec.Struct, kw_only=True):
    """The centre's thresholds, so every supervisor app colours alike."""

    service_level_seconds: float
    short_abandon_seconds: float
    wait_amber: float  # longest wait (s) from which a queue turns amber ...
    wait_red: float  # ... and red (an alert)
    service_level_amber: float  # service level (0..1) under which it turns amber ...
    service_level_red: float  # ... and red (an alert)
    timezone: str  # the day's midnight: an IANA name, or the server's local time


class TimelineSegment(msgspec.Struct, kw_only=True):
    start: float
    end: float
    presence: Presence
    reason: str = ""
    by: str = ""  # who set it (the agent, a supervisor, "system")


class AgentStatus(msgspec.Struct, kw_only=True):
    username: str
    display_name: str
    role: Role
    presence: Presence
    reason: str = ""
    since: float
    connected: bool
    interactions: list[str] = []
    skills: dict[str, int] = {}
    # Wallboard (issue 9): what each interaction is, for people (never only its id) ...
    handling: list[HandlingInfo] = []
    # ... and whether the routing would offer them something now (connected, chose
    # available, not in wrap-up, room for one more on some channel): what "free to take
    # work" means on the wallboard tile and in the queue table alike.
    ready: bool = False


class QueueStatus(msgspec.Struct, kw_only=True):
    topic: str
    name: str
    waiting: int
    oldest_since: float | None
    agents_available: int
    agents_logged_in: int
    self_service_today: int = 0  # citizens whose question an article answered (deflection)
    today: DayFigures = msgspec.field(default_factory=DayFigures)  # counted by topic


ArticleStatus = Literal["draft", "published", "retired"]
Audience = Literal["public", "internal"]  # public: citizens see it too


class ArticleDraft(msgspec.Struct, kw_only=True):
    """What an editor writes. ``id`` empty = a new article (the server picks a slug)."""

    id: str = ""
    title: str
    body: str  # Markdown
    department: str = ""
    topics: list[str] = []  # topic ids it answers (for suggestions and deflection counts)
    tags: list[str] = []
    language: str = "en"
    keywords: list[str] = []
    synonyms: list[str] = []
    audience: Audience = "internal"
    valid_from: str | None = None  # ISO date, inclusive
    valid_until: str | None = None  # ISO date, inclusive


class Article(ArticleDraft, kw_only=True):
    status: ArticleStatus = "draft"
    pinned: bool = False
    author: str = ""
    revision: int = 0
    updated_at: float = 0.0
    views: int = 0
    answered_agents: int = 0  # "this answered it" from agents
    answered_citizens: int = 0  # self-service resolutions


class ArticleHit(msgspec.Struct, kw_only=True):
    """A search result. ``snippet`` alternates plain and highlighted text: even indexes
    plain, odd indexes matched words (render without HTML from the data)."""

    id: str
    title: str
    snippet: list[str]
    score: float
    department: str = ""
    language: str = "en"
    tags: list[str] = []
    pinned: bool = False


class ArticleRevision(msgspec.Struct, kw_only=True):
    revision: int
    title: str
    body: str
    status: ArticleStatus
    author: str
    ts: float
    note: str = ""


# --------------------------------------------------------------------------- teams, broadcasts
# (issue 9: who supervises whom, the wallboard at scale, messages to all staff)

# Agents per page of a supervisor's snapshot: the reply carries the first page, the rest
# follow as ``supervisor.snapshot_page`` pushes; a ``supervisor.update`` is cut likewise.
# An AgentStatus is at most ~1 KiB (six topics, capacity-bound interactions): a page
# stays far below MAX_SERVER_FRAME_BYTES.
SNAPSHOT_PAGE_AGENTS = 500
MAX_TEAM_NAME = 60
MAX_BROADCAST_TEXT = 1000


class Team(msgspec.Struct, kw_only=True):
    """A team: the agents and experts in it and the supervisors who supervise it."""

    id: int
    name: str
    members: list[str] = []  # usernames of agents and experts
    supervisors: list[str] = []  # usernames of supervisors


class Broadcast(msgspec.Struct, kw_only=True):
    """A message from a supervisor to all staff or one team (``team_id`` None: all)."""

    id: int
    ts: float
    sender: str
    sender_name: str
    text: str
    team_id: int | None = None
    team_name: str = ""  # "" = all staff
    article_id: str = ""  # a pinned knowledge article sent along, if any
    article_title: str = ""
    recipients: int = 0  # how many it was sent to (M of "read by N of M")
    read: int = 0  # how many of them have read it (N)
    read_at: float | None = None  # for its recipient: when they read it


# --------------------------------------------------------------------------- requests


class Hello(Base, tag="hello", kw_only=True):
    """First message of a staff connection. Either password or token."""

    id: int
    version: int
    user: str
    password: str | None = None
    token: str | None = None
    client: str = ""
    video: bool = False  # the app can take video calls (WebRTC media): offered "video"


class CitizenHello(Base, tag="citizen.hello", kw_only=True):
    """First message of a citizen (web page) connection; resume_token reattaches."""

    id: int
    version: int
    resume_token: str | None = None


class Ping(Base, tag="ping", kw_only=True):
    id: int


class Logout(Base, tag="logout", kw_only=True):
    """Sign out: the session's token stops working at once (it is revoked); the server
    closes the connection after the reply."""

    id: int


class RevokeSessions(Base, tag="admin.revoke_sessions", kw_only=True):
    """Admins: sign a user out everywhere: every token of theirs is revoked and their
    open connections are closed."""

    id: int
    user: str


class SetPresence(Base, tag="agent.set_presence", kw_only=True):
    id: int
    state: ChosenPresence
    reason: str = ""


class SetChannels(Base, tag="agent.set_channels", kw_only=True):
    """The channels you take (a phone-only desk: ["voice"]); empty: every channel you
    can (a call still needs a registered softphone)."""

    id: int
    channels: list[Channel] = []


class AcceptOffer(Base, tag="offer.accept", kw_only=True):
    id: int
    interaction_id: str


class RejectOffer(Base, tag="offer.reject", kw_only=True):
    id: int
    interaction_id: str


class StartChat(Base, tag="chat.start", kw_only=True):
    """A citizen opens a chat on a topic with a first message, or (``media`` video or
    audio) a call from the browser with a chat beside it; ``sign_language``: served by a
    signer of that language only (``not_found`` for one the centre has not configured).
    ``rejoin``: the id of the citizen's own call that lost its connection in the last
    minutes, with ``rejoin_token`` the resume token the page had for it: back in the queue
    at its original place (the front)."""

    id: int
    topic: str
    text: str
    name: str = ""
    media: Media = "chat"
    sign_language: str = ""
    rejoin: str = ""
    rejoin_token: str = ""


class RtcSignal(Base, tag="rtc.signal", kw_only=True):
    """WebRTC signalling of a video or voice call from the browser, relayed between the
    citizen and the conversation's owner: the citizen's offer, the agent's answer,
    ICE candidates (``candidate`` in SDP attribute form), a hang-up. Also pushed to the
    other side (id 0) with ``sender``. ``conflict`` when the conversation is not an
    active call of yours."""

    interaction_id: str
    kind: RtcKind
    sdp: str = ""
    candidate: str = ""
    sdp_mid: str = ""
    sdp_mline_index: int | None = None
    sender: Literal["citizen", "agent"] = "citizen"
    id: int = 0


class SendChat(Base, tag="chat.send", kw_only=True):
    id: int
    interaction_id: str
    text: str


class Typing(Base, tag="chat.typing", kw_only=True):
    """Typing indicator; also pushed to the other side as an event (id 0)."""

    interaction_id: str
    typing: bool
    sender: Sender = "agent"
    id: int = 0


class AckChat(Base, tag="chat.ack", kw_only=True):
    """Recipient received every message up to ``seq``; the sender sees chat.delivered."""

    interaction_id: str
    seq: int
    id: int = 0


class ChatHistory(Base, tag="chat.history", kw_only=True):
    """Earlier messages of a long transcript (before ``before_seq``), a page at a time."""

    id: int
    interaction_id: str
    before_seq: int


class CloseInteraction(Base, tag="interaction.close", kw_only=True):
    id: int
    interaction_id: str
    reason: str = ""


class SubmitWrapup(Base, tag="wrapup.submit", kw_only=True):
    id: int
    interaction_id: str
    topic: str
    notes: str = ""
    resolved_first_contact: bool = False


class Subscribe(Base, tag="supervisor.subscribe", kw_only=True):
    id: int


class ForcePresence(Base, tag="supervisor.force_presence", kw_only=True):
    id: int
    user: str
    state: ChosenPresence
    reason: str = ""


class MoveInteraction(Base, tag="supervisor.move", kw_only=True):
    """A supervisor steps in on a conversation of their team, whoever holds it (an
    agent who went offline included): to the named ``agent`` (an agent or expert, who
    must be free: it rings them, and goes back to its queue if they do not take it), to
    a ``department``'s queue at the citizen's place in line, or, naming neither, to the
    front of its own queue for the next free agent. Whoever had it leaves and owes no
    wrap-up; a consultation under way ends first."""

    id: int
    interaction_id: str
    agent: str = ""
    department: str = ""
    note: str = ""  # what the next person is told


# --- wallboard: supervisor actions (issue 9)


class ForceLogout(Base, tag="supervisor.force_logout", kw_only=True):
    """End an agent's sessions: tokens revoked, apps disconnected, set Offline (audited)."""

    id: int
    user: str
    reason: str = ""


class GetTimeline(Base, tag="supervisor.timeline", kw_only=True):
    """The agent's presence today, as segments (reply ``supervisor.timeline_result``)."""

    id: int
    user: str


class KbSearch(Base, tag="kb.search", kw_only=True):
    """Search published, currently valid articles (citizens: public ones only)."""

    id: int
    query: str
    department: str = ""
    tag: str = ""
    language: str = ""
    topic: str = ""
    limit: int = 10
    # Articles in this language first, then the others (``language`` restricts instead).
    prefer_language: str = ""


class KbGet(Base, tag="kb.get", kw_only=True):
    """One article; counts a view."""

    id: int
    article_id: str


class KbAnswered(Base, tag="kb.answered", kw_only=True):
    """ "This answered it": from an agent (first-contact help) or a citizen (self-service)."""

    id: int
    article_id: str
    topic: str = ""
    interaction_id: str = ""


class KbList(Base, tag="kb.list", kw_only=True):
    """Editors: every article whatever its status, for the editor's list."""

    id: int
    status: str = ""
    department: str = ""


class KbSave(Base, tag="kb.save", kw_only=True):
    """Editors: create or change an article; each save is a new revision."""

    id: int
    article: ArticleDraft
    note: str = ""
    # The revision the editor started from: if someone saved since, the server answers
    # ``conflict`` instead of overwriting their work. None: no check (scripts, import).
    base_revision: int | None = None


class KbSetStatus(Base, tag="kb.set_status", kw_only=True):
    id: int
    article_id: str
    status: ArticleStatus


class KbPin(Base, tag="kb.pin", kw_only=True):
    """Editors: pin an urgent article as a banner on every agent's screen, or unpin it."""

    id: int
    article_id: str
    pinned: bool


class KbHistory(Base, tag="kb.history", kw_only=True):
    id: int
    article_id: str


class RegisterPhone(Base, tag="phone.register", kw_only=True):
    """The agent's softphone contact (``sip:user@host:port``): the switch calls it to
    offer a call. An empty ``uri`` withdraws it: no voice offers then. The host must be
    the IP address this connection comes from, or in the server's ``phone_networks``
    (else ``address_not_allowed``); every registration is audited. The switch's INVITE
    then carries the offer's ``phone_secret`` (``offer.created``) as ``X-CC-Offer``:
    the softphone rings for nothing else."""

    id: int
    uri: str


class HoldCall(Base, tag="call.hold", kw_only=True):
    """Put the caller on hold (music) or take them back; the switch does it."""

    id: int
    interaction_id: str
    hold: bool


class RequestConsult(Base, tag="consult.request", kw_only=True):
    """Ask the first available expert of ``department`` (or the person ``expert``) to
    join the conversation; the citizen waits (on hold for a call). One at a time."""

    id: int
    interaction_id: str
    department: str = ""
    expert: str = ""  # a username from the directory instead of a department
    note: str = ""  # what the expert is told when it rings
    three_way: bool = False  # merge as soon as the expert joins (invite into a chat)


class CancelConsult(Base, tag="consult.cancel", kw_only=True):
    """Withdraw the consultation, or end it: the citizen is back with you alone."""

    id: int
    interaction_id: str


class CompleteConsult(Base, tag="consult.complete", kw_only=True):
    """Hand the conversation to the consulted expert and leave it (warm transfer)."""

    id: int
    interaction_id: str


class MergeConsult(Base, tag="consult.merge", kw_only=True):
    """Join the citizen into the consultation: all three talk (a call) or see each other
    (a chat: the citizen sees the expert join)."""

    id: int
    interaction_id: str


class TransferInteraction(Base, tag="interaction.transfer", kw_only=True):
    """Blind transfer: the conversation joins the department's queue at the citizen's
    original place in line; you leave it (and wrap up your part)."""

    id: int
    interaction_id: str
    department: str
    note: str = ""


class ReturnInteraction(Base, tag="interaction.return", kw_only=True):
    """Hand a conversation back instead of ending it (you are signing off): to the
    expert in it if one is, else to the front of its queue; you owe no wrap-up."""

    id: int
    interaction_id: str


class LeaveInteraction(Base, tag="interaction.leave", kw_only=True):
    """Leave a conversation you were consulted on (or hand a three-way to the expert)."""

    id: int
    interaction_id: str


class SendInternal(Base, tag="internal.send", kw_only=True):
    """A message to the other staff in the conversation; never shown to the citizen."""

    id: int
    interaction_id: str
    text: str


class GetDirectory(Base, tag="directory.get", kw_only=True):
    """The departments and the people who serve them; afterwards changes are pushed
    (``directory.update``) for as long as the connection lasts."""

    id: int


class RequestCallback(Base, tag="callback.request", kw_only=True):
    """Register a callback: the citizen is phoned back on ``number`` when someone of
    the department (or the topic's queue) is free, keeping their place in line. From a
    live conversation (``interaction_id``) it also ends that conversation for you."""

    id: int
    number: str
    department: str = ""
    topic: str = ""
    interaction_id: str = ""
    note: str = ""


class TeamList(Base, tag="team.list", kw_only=True):
    """Every team with its members and supervisors (admins; a supervisor gets theirs)."""

    id: int


class TeamCreate(Base, tag="team.create", kw_only=True):
    id: int
    name: str


class TeamRename(Base, tag="team.rename", kw_only=True):
    id: int
    team_id: int
    name: str


class TeamDelete(Base, tag="team.delete", kw_only=True):
    id: int
    team_id: int


class TeamSetMember(Base, tag="team.set_member", kw_only=True):
    """Add (``member`` true) or remove an agent or expert of a team; with ``supervisor``
    true the user is a supervisor assigned to (or unassigned from) the team instead."""

    id: int
    team_id: int
    user: str
    member: bool = True
    supervisor: bool = False


class SendBroadcast(Base, tag="broadcast.send", kw_only=True):
    """Tell all staff (``team_id`` None) or one team something now, optionally with a
    knowledge article. A supervisor may address only their own teams (or all staff when
    the centre has no teams); stored before the reply."""

    id: int
    text: str
    team_id: int | None = None
    article_id: str = ""


class ListBroadcasts(Base, tag="broadcast.list", kw_only=True):
    """Today's broadcasts this supervisor may see, with their read counts."""

    id: int


class ReadBroadcast(Base, tag="broadcast.read", kw_only=True):
    """The recipient read (or dismissed) a broadcast."""

    id: int
    broadcast_id: int


# ---------------------------------------------------------------- monitoring (issue 9)

MonitorMode = Literal["listen", "whisper", "barge"]


class StartMonitor(Base, tag="monitor.start", kw_only=True):
    """Monitor a live conversation of your team: ``listen`` (hear/read, nobody hears or
    reads you), ``whisper`` (the staff hear you / get your notes, the citizen never
    does), ``barge`` (everyone). A call rings your registered softphone with the reply's
    ``phone_secret``. One supervisor per conversation at a time (else ``conflict``);
    another team's conversation is ``not_your_team``. Audited, refusals too."""

    id: int
    interaction_id: str
    mode: MonitorMode = "listen"


class SetMonitorMode(Base, tag="monitor.set_mode", kw_only=True):
    """Switch the mode of your monitoring of the conversation; audited with its time."""

    id: int
    interaction_id: str
    mode: MonitorMode


class StopMonitor(Base, tag="monitor.stop", kw_only=True):
    """Stop monitoring (your phone's leg is hung up); the conversation goes on."""

    id: int
    interaction_id: str


class SendMonitor(Base, tag="monitor.send", kw_only=True):
    """Write into a monitored chat: in ``whisper`` a private note to its staff (an
    internal message, never shown to the citizen), in ``barge`` a chat message the
    citizen sees; in ``listen`` it is a ``conflict``."""

    id: int
    interaction_id: str
    text: str


class MonitorInfo(msgspec.Struct, kw_only=True):
    """Who monitors which conversation, how, and since when (the mode's start)."""

    interaction_id: str
    supervisor: str
    supervisor_name: str
    mode: MonitorMode
    started_at: float
    mode_since: float
    phone: Literal["", "ringing", "connected"] = ""  # calls: the supervisor's leg


class MonitorStarted(Base, tag="monitor.started", kw_only=True):
    """You monitor it now: the conversation, and for a chat its transcript and the
    staff's messages so far (pushed on from here: ``chat.message``, ``internal.message``,
    ``interaction.participants``); for a call the secret your softphone's INVITE carries."""

    id: int
    monitor: MonitorInfo
    interaction: InteractionInfo
    messages: list[ChatMessage] = []
    internal: list[InternalMessage] = []
    phone_secret: str = ""


StopReason = Literal[
    "supervisor", "ended", "phone", "signed_out", "replaced", "not_your_team", "taken_over"
]


class MonitorChanged(Base, tag="monitor.changed", kw_only=True):
    """To the monitoring supervisor, and to the conversation's staff when the policy
    shows monitoring (``monitoring_shown``): the monitoring began, changed mode, the
    phone connected, or stopped (``stopped`` set, ``reason`` why: ``supervisor``,
    ``ended`` (the conversation), ``phone`` (the supervisor hung up), ``signed_out``,
    ``not_your_team`` (staff outside the supervisor's teams joined it: consulted, or
    its new owner after a transfer; they are never told), ``taken_over`` (the
    supervisor took it over: it is theirs now)). Staff who join a monitored conversation
    are sent one at once."""

    monitor: MonitorInfo
    stopped: bool = False
    reason: StopReason | Literal[""] = ""


# ---------------------------------------------------------------- take over (issue 9)


class TakeOver(Base, tag="monitor.take_over", kw_only=True):
    """Take over the live call or chat you are monitoring: you become its owner, the
    agent leaves it owing no wrap-up and is told who took it. A call: your phone's leg,
    already connected, becomes the caller's partner (recorded) and the agent's leg is
    hung up. A chat: the citizen sees you join and the agent leave; you write with
    ``chat.send`` and end it with ``interaction.close`` (you owe no wrap-up). Refused:
    not monitoring it yourself (``conflict``; a call also needs your phone connected),
    a consultation under way (``conflict``: it ends first), video (``conflict``),
    another team's conversation (``not_your_team``). Audited, refusals too."""

    id: int
    interaction_id: str


class TakenOver(Base, tag="monitor.taken_over", kw_only=True):
    """It is yours now: the conversation as it stands (you are its owner)."""

    id: int
    interaction: InteractionInfo


# ---------------------------------------------------------------- reports (issue 10)
# docs/reports.md has every definition. A report is aggregates, not personal data: it is
# not audited. Keys of a breakdown row: "" / None where the row is not split by it.

ReportChannel = Literal["", "chat", "voice", "video"]


class RunReport(Base, tag="report.run", kw_only=True):
    """Supervisors and admins: the figures of a period (local dates of the centre's
    timezone, both inclusive; at most 366 days), optionally for one topic, channel or
    agent. Conversations count by their arrival time. A bad date or range is
    ``invalid_format``; other roles get ``forbidden``. A supervisor's ``by_agent`` holds
    their teams' agents only; an ``agent`` outside them is ``not_your_team``. Reply:
    ``report.result``."""

    id: int
    date_from: str  # YYYY-MM-DD
    date_to: str  # YYYY-MM-DD, inclusive
    fcr_days: int = 7  # repeat-contact window of first-contact resolution / failure demand
    topic: str = ""  # a topic id, "" for all
    channel: ReportChannel = ""
    agent: str = ""  # a username: conversations whose first agent they were


class ReportFilter(msgspec.Struct, kw_only=True):
    """The conversations a row counts, as ``conversation.search`` filters (a click on a
    bar or cell lists them). Weekday 0 is Monday; ``half_hour`` 0..47 within the hour
    of day it falls in (``hour_of_day`` = half_hour // 2)."""

    date_from: str
    date_to: str
    topic: str = ""
    channel: ReportChannel = ""
    agent: str = ""
    hour_of_day: int | None = None
    weekday: int | None = None
    half_hour: int | None = None


class ReportFigures(msgspec.Struct, kw_only=True):
    """Counts and the figures made of them; a figure with nothing to count is None."""

    offered: int = 0  # arrived in the period (every conversation, whatever its outcome)
    answered: int = 0  # an agent accepted it
    answered_in_threshold: int = 0  # answered within service_level_seconds
    abandoned: int = 0  # ended never answered, short ones included
    abandoned_short: int = 0  # of them, within short_abandon_seconds (not in SL, rate)
    handled: int = 0  # answered and closed
    transferred: int = 0  # answered ones handed on at least once (blind or warm)
    second_line: int = 0  # answered ones an expert took part in (consulted, or handed on)
    wrapups: int = 0  # wrap-ups submitted
    resolved_first_contact: int = 0  # handled, first line only, resolved, no repeat
    repeat_contacts: int = 0  # followed by a contact of the same citizen on the topic
    kb_self_service: int = 0  # knowledge-base answers citizens marked helpful
    wait_answered_seconds: float = 0.0  # summed over the answered
    handle_seconds: float = 0.0  # summed over the handled: answer -> close (as the wallboard)
    wrapup_seconds: float = 0.0  # summed over the wrap-ups: end of talk -> submitted
    service_level: float | None = None  # 0..1
    abandonment_rate: float | None = None  # 0..1, short abandons excluded
    average_speed_of_answer: float | None = None  # seconds
    average_handle_time: float | None = None  # seconds, answer -> close (talk + wrap-up)
    average_wrapup_time: float | None = None  # seconds
    transfer_rate: float | None = None  # transferred / answered
    first_contact_resolution: float | None = None  # resolved_first_contact / handled
    talk_seconds: float = 0.0  # summed over the answered whose talk ended: answer -> end
    average_talk_time: float | None = None  # seconds


class ReportRow(msgspec.Struct, kw_only=True):
    """One bar, line point or heatmap cell: its keys, figures and drill-down filter."""

    topic: str = ""  # topic id
    topic_name: str = ""
    channel: ReportChannel = ""
    agent: str = ""  # username of the first agent
    agent_name: str = ""
    hour: int | None = None  # 0..23, local
    weekday: int | None = None  # 0 = Monday .. 6 = Sunday
    half_hour: int | None = None  # 0..47, local (the day curve)
    figures: ReportFigures
    filter: ReportFilter


class RepeatTopic(msgspec.Struct, kw_only=True):
    """Failure demand of one topic: contacts followed by another on the same topic."""

    topic: str
    topic_name: str
    contacts: int  # conversations of the topic in the period
    repeat_contacts: int  # of them, followed by a repeat within the window
    citizens: int  # distinct citizens who came back
    rate: float | None = None  # repeat_contacts / contacts


class RepeatCitizen(msgspec.Struct, kw_only=True):
    """A citizen who came back, shown masked: a phone as its last 3 digits
    (``…123``), a web visitor as ``web-`` and 6 hex digits of their hashed token."""

    citizen: str
    channel: ReportChannel
    contacts: int  # their conversations in the period
    repeat_contacts: int  # of them, followed by a repeat within the window
    topics: list[str] = []  # topic ids they repeated on, most first


class FailureDemand(msgspec.Struct, kw_only=True):
    window_days: int
    contacts: int = 0  # conversations with a known citizen (number or web identity)
    repeat_contacts: int = 0
    citizens_repeating: int = 0
    rate: float | None = None  # repeat_contacts / contacts
    topics: list[RepeatTopic] = []  # most repeats first
    citizens: list[RepeatCitizen] = []  # the top 20


class ReportSettings(msgspec.Struct, kw_only=True):
    """What the report was made with (so a printed report says how it counted)."""

    date_from: str
    date_to: str
    start: float  # epoch seconds of date_from's local midnight
    end: float  # ... and of the midnight after date_to (exclusive)
    timezone: str
    service_level_seconds: float
    short_abandon_seconds: float
    fcr_days: int
    topic: str = ""
    channel: ReportChannel = ""
    agent: str = ""
    generated_at: float = 0.0


class QualityReport(msgspec.Struct, kw_only=True):
    """The quality scores of the period's conversations (those that arrived in it, under
    the report's filters; ``agent`` filters the evaluated agent): every evaluation's
    total is the weighted average of its 1-5 scores."""

    evaluations: int = 0
    average: float | None = None  # of the totals
    by_agent: list[QualityAverage] = []  # the evaluated agent (team-scoped)
    by_topic: list[QualityAverage] = []
    by_criterion: list[QualityAverage] = []  # the average score, in form order


class ReportResult(Base, tag="report.result", kw_only=True):
    """The reply to ``report.run``. Rows with nothing offered are left out, except the
    24 hours, 7 weekdays and 48 half hours, always present in order (for the charts).
    ``hardest_*``: the topics (at least 1 handled) with the longest average handle
    time, highest transfer rate and lowest first-contact resolution, the worst first,
    at most 10."""

    id: int
    settings: ReportSettings
    totals: ReportFigures
    by_topic_channel: list[ReportRow] = []
    by_topic: list[ReportRow] = []
    by_channel: list[ReportRow] = []
    by_agent: list[ReportRow] = []
    by_hour: list[ReportRow] = []  # 24 rows
    by_weekday: list[ReportRow] = []  # 7 rows
    day_curve: list[ReportRow] = []  # 48 half hours, summed over the period's days
    hour_weekday: list[ReportRow] = []  # the heatmap: cells with something offered
    hardest_by_handle: list[ReportRow] = []
    hardest_by_transfers: list[ReportRow] = []
    hardest_by_fcr: list[ReportRow] = []
    failure_demand: FailureDemand
    quality: QualityReport = msgspec.field(default_factory=QualityReport)
    # by_agent rows left out so the reply fits one frame (thousands of agents): those
    # with the fewest offered; ``cc-server report --by agent`` prints them all
    by_agent_omitted: int = 0


# --------------------------------------------------------------------------- replies


class Ok(Base, tag="ok", kw_only=True):
    id: int


class Error(Base, tag="error", kw_only=True):
    code: str
    message: str
    id: int | None = None


class HelloOk(Base, tag="hello.ok", kw_only=True):
    id: int
    version: int
    user: UserInfo
    token: str
    topics: list[Topic]
    not_ready_reasons: list[str]
    wrapup_topics: list[str]
    wrapup_mandatory: bool
    presence: Presence
    presence_reason: str = ""
    # Interactions this agent still holds (active or awaiting wrap-up): a client drops
    # any other tab it kept across a reconnect. Their details follow as events.
    interactions: list[str] = []
    ice_servers: list[IceServer] = []  # for video calls' WebRTC


class CitizenHelloOk(Base, tag="citizen.hello.ok", kw_only=True):
    id: int
    version: int
    topics: list[Topic]
    resume_token: str
    interaction: InteractionInfo | None = None
    messages: list[ChatMessage] = []  # the latest page of the transcript
    earlier: int = 0  # messages before those (fetch them with chat.history)
    position: int | None = None
    ice_servers: list[IceServer] = []  # for calls from the browser (WebRTC)
    sign_languages: list[SignLanguage] = []
    # Pinned public articles (urgent notices such as a storm warning), shown first.
    pinned: list[ArticleHit] = []
    # The page's language when neither the address, a saved choice nor the browser's
    # languages name one it has.
    default_language: str = "en"


class Pong(Base, tag="pong", kw_only=True):
    id: int


class ChatStarted(Base, tag="chat.started", kw_only=True):
    id: int
    interaction: InteractionInfo
    message: ChatMessage
    position: int
    # a sign-language call: signers of it logged in now (0: none on duty, see hours)
    signers_on_duty: int | None = None


class ChatHistoryPage(Base, tag="chat.history_page", kw_only=True):
    id: int
    interaction_id: str
    messages: list[ChatMessage]
    earlier: int = 0  # messages before these still not sent


class ChatSent(Base, tag="chat.sent", kw_only=True):
    """The server stored the message: it survives a crash from here on."""

    id: int
    interaction_id: str
    message: ChatMessage


class Snapshot(Base, tag="supervisor.snapshot", kw_only=True):
    """Every queue and the first page of the agents this supervisor sees (their teams');
    ``total_agents`` of them in all: the rest follow as ``supervisor.snapshot_page``."""

    id: int
    agents: list[AgentStatus]
    queues: list[QueueStatus]
    centre: CentreStatus | None = None
    settings: WallboardSettings | None = None
    total_agents: int = 0
    pages: int = 1  # the reply and pages - 1 pushes


class Timeline(Base, tag="supervisor.timeline_result", kw_only=True):
    id: int
    user: str
    day_start: float
    now: float
    segments: list[TimelineSegment]


# --- Conversations tab: search, details, tags, recordings (shared/server/history_desk.py) --

MAX_TAGS = 20
MAX_TAG_CHARS = 40
RECORDING_CHUNK_BYTES = 192 * 1024  # raw bytes per recording.chunk (base64: 256 KiB)
RecordingPurpose = Literal["play", "export"]


class ConversationQuery(msgspec.Struct, kw_only=True):
    """Filters of ``conversation.search``; empty/None ones do not filter. Days are the
    centre's local dates, inclusive; ``hour_of_day`` 0–23 and ``weekday`` 0 (Monday) – 6
    of the arrival in the centre's time zone (the Reports tab's drill-down)."""

    from_day: str = ""  # YYYY-MM-DD
    to_day: str = ""
    agent: str = ""  # took part: owner, consulted or handed to
    topic: str = ""  # the topic chosen, the wrap-up's tag or a supervisor's tag
    caller: str = ""  # digits anywhere in the caller's number
    channel: Channel | None = None
    transferred: bool | None = None
    min_seconds: float | None = None  # duration: answered → ended
    max_seconds: float | None = None
    text: str = ""  # words in the chat transcript (accents and case ignored)
    hour_of_day: int | None = None
    weekday: int | None = None
    # exactly what a Reports row counts: the topic the citizen chose, the first agent
    chosen_topic: str = ""
    first_agent: str = ""


class SearchConversations(Base, tag="conversation.search", kw_only=True):
    """Past and present conversations, newest first (reply ``conversation.search_result``).
    Supervisors see those their teams' staff took part in; admins all. Audited."""

    id: int
    query: ConversationQuery
    offset: int = 0
    limit: int = 50


class ConversationRow(msgspec.Struct, kw_only=True):
    id: str
    channel: Channel
    topic: str
    tags: list[str]  # the wrap-up's tag first, then supervisors' tags
    agents: list[str]  # usernames, in the order they joined
    citizen_name: str
    caller: str
    arrived: float
    answered: float | None
    ended: float | None
    wait: float | None
    duration: float | None  # answered → ended
    transferred: bool
    resolved: bool | None  # the first wrap-up's "resolved at first contact"
    state: InteractionState
    recording_id: int | None = None
    recording_seconds: float | None = None
    recording_channels: int = 0


class ConversationList(Base, tag="conversation.search_result", kw_only=True):
    id: int
    total: int
    offset: int
    rows: list[ConversationRow]


class GetConversation(Base, tag="conversation.get", kw_only=True):
    """One conversation's transcript, timeline, wrap-ups and recordings (audited as
    ``conversation_view``, or ``conversation_export`` when fetched to be saved)."""

    id: int
    interaction_id: str
    purpose: Literal["view", "export"] = "view"


class ConversationEvent(msgspec.Struct, kw_only=True):
    ts: float
    what: str  # the state or second-line step
    agent: str = ""
    reason: str = ""


class ConversationWrapup(msgspec.Struct, kw_only=True):
    agent: str
    topic: str
    notes: str
    resolved_first_contact: bool
    ts: float


class RecordingInfo(msgspec.Struct, kw_only=True):
    id: int
    started_at: float
    seconds: float | None
    bytes: int | None
    channels: int
    layout: str  # "citizen/centre" (stereo) or "mix"
    state: str


class ConversationDetail(Base, tag="conversation.detail", kw_only=True):
    id: int
    row: ConversationRow
    messages: list[ChatMessage]
    events: list[ConversationEvent]
    wrapups: list[ConversationWrapup]
    recordings: list[RecordingInfo]


class SetConversationTags(Base, tag="conversation.set_tags", kw_only=True):
    """Replace the supervisors' tags of a conversation (audited; reply ``ok``)."""

    id: int
    interaction_id: str
    tags: list[str]


class FetchRecording(Base, tag="recording.fetch", kw_only=True):
    """One chunk of a recording's WAV from ``offset`` (reply ``recording.chunk``); a
    client reads on until ``done``. Each fetch from offset 0 is audited as
    ``recording_play`` or ``recording_export``."""

    id: int
    recording_id: int
    purpose: RecordingPurpose = "play"
    offset: int = 0


class RecordingChunk(Base, tag="recording.chunk", kw_only=True):
    id: int
    recording_id: int
    offset: int
    total_bytes: int
    data: str  # base64 of at most RECORDING_CHUNK_BYTES
    done: bool


# --- Staffing (Erlang C planner): shared/server/erlang_c.py, staffing_plan.py -------------


class StaffingOverride(msgspec.Struct, kw_only=True):
    """Figures a supervisor typed in for one interval instead of the history's."""

    interval: int  # index of the interval in the day (0 = 00:00)
    contacts: float | None = None
    aht: float | None = None  # seconds


class PlanStaffing(Base, tag="staffing.plan", kw_only=True):
    """A day's agents needed per interval by Erlang C (reply ``staffing.plan_result``).
    Demand from the same weekday of the last ``weeks`` weeks unless typed in; None
    values take the centre's settings (service-level threshold, chat concurrency)."""

    id: int
    day: str  # YYYY-MM-DD, local
    channel: Channel = "voice"
    service_level: float = 0.8
    target_seconds: float | None = None
    shrinkage: float = 0.0
    concurrency: int | None = None
    interval_minutes: int = 30
    weeks: int = 4
    overrides: list[StaffingOverride] = []


class StaffingInterval(msgspec.Struct, kw_only=True):
    start: str  # local "HH:MM"
    starts_at: float
    contacts: float
    aht: float
    typed_in: bool
    needed: int  # on the phones (Erlang C)
    scheduled: int  # to put on the rota (shrinkage)
    service_level: float
    p_wait: float
    asa: float | None  # seconds; None: the agents cannot keep up
    occupancy: float
    logged_in: int | None = None  # today, intervals begun so far: agents not offline


class StaffingPlan(Base, tag="staffing.plan_result", kw_only=True):
    id: int
    day: str
    channel: Channel
    service_level: float
    target_seconds: float
    shrinkage: float
    concurrency: int
    weeks_used: list[str]  # the past days the demand was averaged over
    intervals: list[StaffingInterval]


class ConsultRequested(Base, tag="consult.requested", kw_only=True):
    """The consultation is under way: ringing an expert, or waiting in the department's
    queue (``position``) because nobody of it is free."""

    id: int
    interaction_id: str
    state: ConsultState
    expert: str = ""
    expert_name: str = ""
    position: int = 0
    experts_logged_in: int = 0  # of the department, free or not


class InternalSent(Base, tag="internal.sent", kw_only=True):
    id: int
    interaction_id: str
    message: InternalMessage


class DirectorySnapshot(Base, tag="directory.snapshot", kw_only=True):
    id: int
    departments: list[Department]
    people: list[DirectoryEntry]


class CallbackRegistered(Base, tag="callback.registered", kw_only=True):
    """The callback is an interaction of its own, queued like a call."""

    id: int
    interaction_id: str
    position: int = 0


class KbResults(Base, tag="kb.results", kw_only=True):
    id: int
    query: str
    hits: list[ArticleHit]
    suggestion: str | None = None  # "did you mean", when the query had likely typos


class KbArticle(Base, tag="kb.article", kw_only=True):
    id: int
    article: Article


class KbArticleList(Base, tag="kb.article_list", kw_only=True):
    id: int
    articles: list[Article]  # bodies included: the editor previews them


class KbRevisions(Base, tag="kb.revisions", kw_only=True):
    id: int
    article_id: str
    revisions: list[ArticleRevision]


class TeamListResult(Base, tag="team.list_result", kw_only=True):
    id: int
    teams: list[Team]


class TeamResult(Base, tag="team.result", kw_only=True):
    id: int
    team: Team


class BroadcastSent(Base, tag="broadcast.sent", kw_only=True):
    id: int
    broadcast: Broadcast


class BroadcastList(Base, tag="broadcast.list_result", kw_only=True):
    id: int
    broadcasts: list[Broadcast]


# --------------------------------------------------------------------------- events


class PresenceChanged(Base, tag="presence.changed", kw_only=True):
    """Your own presence changed (by you, the system, or a supervisor)."""

    presence: Presence
    reason: str = ""
    since: float
    by: str = ""
    # What the agent chose under a derived busy/wrap_up, so F9 can toggle from it.
    chosen: ChosenPresence = "offline"
    chosen_reason: str = ""


class OfferCreated(Base, tag="offer.created", kw_only=True):
    """Something rings for you (sent to you alone). For a call, ``phone_secret`` is the
    secret the switch's INVITE to your softphone carries (``X-CC-Offer``): new for every
    offer, the same when it is sent again after a reconnect."""

    interaction: InteractionInfo
    expires_at: float
    preview: str = ""
    # Voice: the caller's earlier contacts (newest first); the softphone rings too.
    history: list[PastInteraction] = []
    # What rings: a new conversation, one handed on by a colleague (transfer), a
    # colleague asking you to join theirs (consult), or a callback to place.
    kind: OfferKind = "interaction"
    from_agent: str = ""  # transfer/consult: who sends it
    from_agent_name: str = ""
    note: str = ""  # their note for you
    # Calls: the secret the switch's INVITE for this offer carries (X-CC-Offer); the
    # softphone rings only for an INVITE with it. New for every offer; sent only to you.
    phone_secret: str = ""


class OfferRevoked(Base, tag="offer.revoked", kw_only=True):
    interaction_id: str
    reason: Literal["timeout", "abandoned", "rejected", "offline", "cancelled"]
    kind: OfferKind = "interaction"


class InteractionAssigned(Base, tag="interaction.assigned", kw_only=True):
    """An interaction is yours: after accepting, or again after a reconnect."""

    interaction: InteractionInfo
    messages: list[ChatMessage] = []  # the latest page of the transcript
    earlier: int = 0  # messages before those (fetch them with chat.history)
    history: list[PastInteraction] = []
    on_hold: bool = False  # voice: the caller is on hold
    role: ParticipantRole = "owner"  # consulted: you were asked to join it
    internal: list[InternalMessage] = []  # the staff's messages in it so far
    note: str = ""  # consulted/transferred: the note you were sent with it


class InteractionClosed(Base, tag="interaction.closed", kw_only=True):
    interaction_id: str
    by: Sender
    reason: str = ""
    wrapup_required: bool = False


class ChatMessageEvent(Base, tag="chat.message", kw_only=True):
    interaction_id: str
    message: ChatMessage


class ChatDelivered(Base, tag="chat.delivered", kw_only=True):
    interaction_id: str
    seq: int


class AgentJoined(Base, tag="chat.agent_joined", kw_only=True):
    """Pushed to the citizen when an agent accepts their chat."""

    interaction_id: str
    agent_name: str


class ConsultChanged(Base, tag="consult.changed", kw_only=True):
    """To the conversation's staff: the consultation moved on (ringing the next expert,
    connected, merged into a three-way, completed, ended). ``reason`` says why it ended."""

    interaction_id: str
    state: ConsultState
    expert: str = ""
    expert_name: str = ""
    position: int = 0
    reason: str = ""


class ParticipantsChanged(Base, tag="interaction.participants", kw_only=True):
    """Who is in the conversation now (to its staff, and to the citizen of a chat, who
    sees "Ewa from Building permits joined")."""

    interaction_id: str
    participants: list[Participant]
    joined: str = ""  # display name of who just joined
    left: str = ""  # ... or left


class InternalMessageEvent(Base, tag="internal.message", kw_only=True):
    interaction_id: str
    message: InternalMessage


class DirectoryUpdate(Base, tag="directory.update", kw_only=True):
    """People of the directory whose presence or load changed (and department queues)."""

    people: list[DirectoryEntry] = []
    departments: list[Department] = []


class QueuePosition(Base, tag="queue.position", kw_only=True):
    interaction_id: str
    position: int


class WallboardUpdate(Base, tag="supervisor.update", kw_only=True):
    """What changed for subscribed supervisors since the last update (sent at most every
    ``wallboard_interval`` seconds, one frame for everything, serialised once)."""

    agents: list[AgentStatus] = []
    queues: list[QueueStatus] = []
    centre: CentreStatus | None = None  # whenever a queue's figures changed
    reset: bool = False  # a new day began: every queue and the centre, counters at 0


class KbPinned(Base, tag="kb.pinned", kw_only=True):
    """The pinned articles, to every staff member on login and whenever they change; the
    public ones to every citizen page whenever they change (it gets the first ones in
    ``citizen.hello.ok``)."""

    articles: list[ArticleHit]


class KbChanged(Base, tag="kb.changed", kw_only=True):
    """To every editor: an article was saved, published, retired or (un)pinned."""

    article: Article
    by: str


class KbSuggestions(Base, tag="kb.suggestions", kw_only=True):
    """Articles proposed for an interaction from its topic and the citizen's words."""

    interaction_id: str
    hits: list[ArticleHit]


class SnapshotPage(Base, tag="supervisor.snapshot_page", kw_only=True):
    """More agents of a ``supervisor.snapshot`` (the reply whose ``id`` is
    ``subscription``), pushed right after it in order; ``last`` on the final page."""

    subscription: int
    page: int  # 1, 2, ... (the reply itself is page 0)
    agents: list[AgentStatus]
    last: bool = False


class TeamsChanged(Base, tag="team.changed", kw_only=True):
    """An admin changed the teams: supervisors subscribe again (what they see changed)."""

    teams: list[Team] = []


class BroadcastMessage(Base, tag="broadcast.message", kw_only=True):
    """A broadcast for you: now, or unread from today on login."""

    broadcast: Broadcast


class BroadcastReadCount(Base, tag="broadcast.read_count", kw_only=True):
    """How many have read a broadcast now (to the supervisors who may see it)."""

    broadcast_id: int
    read: int
    recipients: int


# ------------------------------------------------- quality evaluation, retention (issue 10)


class EvaluationCriterion(msgspec.Struct, kw_only=True):
    """One line of the centre's quality form; an inactive one is no longer scored but
    stays readable in the evaluations that scored it."""

    id: int
    key: str
    title: str
    description: str = ""
    weight: float = 1.0
    position: int = 0
    active: bool = True


class CriterionScore(msgspec.Struct, kw_only=True):
    criterion_id: int
    score: int  # 1..5
    note: str = ""


class Evaluation(msgspec.Struct, kw_only=True):
    id: int
    interaction_id: str
    evaluator: str
    agent: str
    topic: str
    ts: float
    comment: str
    total: float  # the weighted average of the scores, 1..5
    scores: list[CriterionScore]


class QualityAverage(msgspec.Struct, kw_only=True):
    """The average total of a group (an agent, a topic, a criterion) in a period."""

    key: str
    evaluations: int
    average: float
    lowest: float
    highest: float
    name: str = ""  # the agent's display name, the topic's or the criterion's title


class RetentionTopic(msgspec.Struct, kw_only=True):
    topic: str
    recording_days: float
    is_default: bool  # no policy for the topic: the centre's default applies
    recordings: int  # held now
    bytes: int


class GetCriteria(Base, tag="evaluation.criteria", kw_only=True):
    """The quality form: every criterion, active first, in form order."""

    id: int


class SaveCriterion(Base, tag="evaluation.save_criterion", kw_only=True):
    """Add the criterion ``key`` or change the given fields (admin; audited)."""

    id: int
    key: str
    title: str | None = None
    description: str | None = None
    weight: float | None = None
    position: int | None = None
    active: bool | None = None


class SubmitEvaluation(Base, tag="evaluation.submit", kw_only=True):
    """Score a conversation's agent (its owner or a consulted expert) on every active
    criterion 1-5. Supervisors evaluate their teams' staff only (``not_your_team``,
    audited), admins anyone. One evaluation per evaluator per conversation and agent:
    submitting again replaces it (``replaced`` in the reply). Audited."""

    id: int
    interaction_id: str
    agent: str
    scores: list[CriterionScore]
    comment: str = ""


class ListEvaluations(Base, tag="evaluation.list", kw_only=True):
    """Evaluations of one conversation, or of one agent (or all within the supervisor's
    teams) over [since, until), newest first, with the per-agent averages."""

    id: int
    interaction_id: str = ""
    agent: str = ""
    since: float | None = None
    until: float | None = None


class GetRetention(Base, tag="retention.status", kw_only=True):
    """The recording retention per topic, what is held, the job's last and next run."""

    id: int


class SetRetention(Base, tag="retention.set", kw_only=True):
    """Keep a topic's recordings ``recording_days`` days (admin; audited)."""

    id: int
    topic: str
    recording_days: float


class CriteriaList(Base, tag="evaluation.criteria_result", kw_only=True):
    id: int
    criteria: list[EvaluationCriterion]


class EvaluationSubmitted(Base, tag="evaluation.submitted", kw_only=True):
    id: int
    evaluation: Evaluation
    replaced: bool  # an earlier evaluation by the same evaluator was replaced


class EvaluationList(Base, tag="evaluation.list_result", kw_only=True):
    id: int
    evaluations: list[Evaluation]
    by_agent: list[QualityAverage]


class RetentionStatus(Base, tag="retention.status_result", kw_only=True):
    id: int
    default_days: float
    topics: list[RetentionTopic]
    last_run: float | None  # None: never run
    last_deleted: dict[str, int]  # per topic, by the last run
    next_run: float | None  # None: no telephony (no recordings to delete)


# --------------------------------------------------------------------------- unions

ClientMessage = (
    Hello
    | CitizenHello
    | Ping
    | Logout
    | RevokeSessions
    | SetPresence
    | SetChannels
    | AcceptOffer
    | RejectOffer
    | StartChat
    | RtcSignal
    | SendChat
    | ChatHistory
    | Typing
    | AckChat
    | CloseInteraction
    | SubmitWrapup
    | Subscribe
    | ForcePresence
    | MoveInteraction
    | ForceLogout
    | GetTimeline
    | PlanStaffing
    | SearchConversations
    | GetConversation
    | SetConversationTags
    | FetchRecording
    | KbSearch
    | KbGet
    | KbAnswered
    | KbList
    | KbSave
    | KbSetStatus
    | KbPin
    | KbHistory
    | RegisterPhone
    | HoldCall
    | RequestConsult
    | CancelConsult
    | CompleteConsult
    | MergeConsult
    | TransferInteraction
    | LeaveInteraction
    | ReturnInteraction
    | SendInternal
    | GetDirectory
    | RequestCallback
    | TeamList
    | TeamCreate
    | TeamRename
    | TeamDelete
    | TeamSetMember
    | SendBroadcast
    | ListBroadcasts
    | ReadBroadcast
    | StartMonitor
    | SetMonitorMode
    | StopMonitor
    | SendMonitor
    | TakeOver
    | RunReport
    | GetCriteria
    | SaveCriterion
    | SubmitEvaluation
    | ListEvaluations
    | GetRetention
    | SetRetention
)

ServerMessage = (
    Ok
    | Error
    | HelloOk
    | CitizenHelloOk
    | Pong
    | ChatStarted
    | ChatSent
    | ChatHistoryPage
    | Snapshot
    | Timeline
    | StaffingPlan
    | ConversationList
    | ConversationDetail
    | RecordingChunk
    | PresenceChanged
    | OfferCreated
    | OfferRevoked
    | InteractionAssigned
    | InteractionClosed
    | ChatMessageEvent
    | RtcSignal
    | Typing
    | ChatDelivered
    | AgentJoined
    | QueuePosition
    | WallboardUpdate
    | KbResults
    | KbArticle
    | KbArticleList
    | KbRevisions
    | KbPinned
    | KbChanged
    | KbSuggestions
    | ConsultRequested
    | InternalSent
    | DirectorySnapshot
    | CallbackRegistered
    | ConsultChanged
    | ParticipantsChanged
    | InternalMessageEvent
    | DirectoryUpdate
    | TeamListResult
    | TeamResult
    | BroadcastSent
    | BroadcastList
    | SnapshotPage
    | TeamsChanged
    | BroadcastMessage
    | BroadcastReadCount
    | MonitorStarted
    | MonitorChanged
    | TakenOver
    | ReportResult
    | CriteriaList
    | EvaluationSubmitted
    | EvaluationList
    | RetentionStatus
)

# Which roles may send which requests (the hello messages are handled before login).
STAFF = frozenset({"agent", "expert", "supervisor", "admin"})
SUPERVISORS = frozenset({"supervisor", "admin"})
ROUTABLE = frozenset({"agent", "expert"})  # the roles that take interactions
ROLE_RULES: dict[type, frozenset[str]] = {
    Ping: STAFF | {"citizen"},
    Logout: STAFF,
    RevokeSessions: frozenset({"admin"}),
    SetPresence: ROUTABLE,
    SetChannels: ROUTABLE,
    AcceptOffer: ROUTABLE,
    RejectOffer: ROUTABLE,
    SendChat: ROUTABLE | SUPERVISORS | {"citizen"},  # supervisors: what they took over
    ChatHistory: ROUTABLE | {"citizen"},
    Typing: ROUTABLE | {"citizen"},
    AckChat: ROUTABLE | {"citizen"},
    CloseInteraction: ROUTABLE | SUPERVISORS | {"citizen"},
    SubmitWrapup: ROUTABLE,
    StartChat: frozenset({"citizen"}),
    RtcSignal: ROUTABLE | {"citizen"},
    Subscribe: SUPERVISORS,
    ForcePresence: SUPERVISORS,
    MoveInteraction: SUPERVISORS,
    ForceLogout: SUPERVISORS,
    GetTimeline: SUPERVISORS,
    PlanStaffing: SUPERVISORS,
    SearchConversations: SUPERVISORS,
    GetConversation: SUPERVISORS,
    SetConversationTags: SUPERVISORS,
    FetchRecording: SUPERVISORS,
    KbSearch: STAFF | {"citizen"},
    KbGet: STAFF | {"citizen"},
    KbAnswered: ROUTABLE | {"citizen"},
    KbList: SUPERVISORS,
    KbSave: SUPERVISORS,
    KbSetStatus: SUPERVISORS,
    KbPin: SUPERVISORS,
    KbHistory: SUPERVISORS,
    RegisterPhone: STAFF,  # supervisors: the phone they monitor calls on (never routed)
    HoldCall: ROUTABLE,
    RequestConsult: ROUTABLE,
    CancelConsult: ROUTABLE,
    CompleteConsult: ROUTABLE,
    MergeConsult: ROUTABLE,
    TransferInteraction: ROUTABLE,
    LeaveInteraction: ROUTABLE,
    ReturnInteraction: ROUTABLE,
    SendInternal: ROUTABLE,
    GetDirectory: STAFF,
    RequestCallback: ROUTABLE,
    TeamList: SUPERVISORS,
    TeamCreate: frozenset({"admin"}),
    TeamRename: frozenset({"admin"}),
    TeamDelete: frozenset({"admin"}),
    TeamSetMember: frozenset({"admin"}),
    SendBroadcast: SUPERVISORS,
    ListBroadcasts: SUPERVISORS,
    ReadBroadcast: ROUTABLE,
    # Supervisors only: the desk refuses the others itself, so the refusal is audited.
    StartMonitor: STAFF,
    SetMonitorMode: STAFF,
    StopMonitor: STAFF,
    SendMonitor: STAFF,
    TakeOver: STAFF,
    RunReport: SUPERVISORS,
    GetCriteria: SUPERVISORS,
    SaveCriterion: frozenset({"admin"}),
    SubmitEvaluation: SUPERVISORS,
    ListEvaluations: SUPERVISORS,
    GetRetention: SUPERVISORS,
    SetRetention: frozenset({"admin"}),
}


class ErrorCode:
    """The registry of error codes; clients turn them back into ProtocolError."""

    INVALID_JSON = "invalid_json"
    INVALID_FORMAT = "invalid_format"
    UNKNOWN_TYPE = "unknown_type"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    TOO_LARGE = "too_large"
    WRAPUP_REQUIRED = "wrapup_required"
    RATE_LIMITED = "rate_limited"
    ADDRESS_NOT_ALLOWED = "address_not_allowed"  # phone.register: not the caller's network
    NOT_YOUR_TEAM = "not_your_team"  # a supervisor acting on staff outside their teams
    SCORE_OUT_OF_RANGE = "score_out_of_range"  # evaluation.submit: a score not 1-5
    SCORE_MISSING = "score_missing"  # evaluation.submit: an active criterion not scored
    UNKNOWN_CRITERION = "unknown_criterion"  # evaluation.submit: no such active criterion
    INTERNAL = "internal"


ERROR_CODES = frozenset(v for k, v in vars(ErrorCode).items() if k.isupper())

# websocket close codes used by the server
CLOSE_POLICY = 1008  # flood or login deadline missed
CLOSE_TOO_BIG = 1009  # frame larger than MAX_FRAME_BYTES (websockets sends it itself)
# The close reason of a session a supervisor ended (supervisor.force_logout): the client
# stays out, as after its own logout.
SIGNED_OUT_BY_SUPERVISOR = "signed out by a supervisor"


class ProtocolError(Exception):
    """An ``error`` reply turned back into an exception on the client side."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


_client_decoder = msgspec.json.Decoder(ClientMessage)
_server_decoder = msgspec.json.Decoder(ServerMessage)
_encoder = msgspec.json.Encoder()


def encode(msg: msgspec.Struct) -> bytes:
    return _encoder.encode(msg)


def encode_text(msg: msgspec.Struct) -> str:
    return _encoder.encode(msg).decode()


def decode_server(data: str | bytes) -> ServerMessage:
    return _server_decoder.decode(data)


def decode_client(data: str | bytes) -> ClientMessage:
    """Decode a client frame or raise ProtocolError with the right code."""
    try:
        return _client_decoder.decode(data)
    except msgspec.DecodeError as exc:
        text = str(exc)
        # msgspec distinguishes syntax errors from schema errors only by text.
        if "JSON is malformed" in text or "Input data was truncated" in text:
            raise ProtocolError(ErrorCode.INVALID_JSON, text) from None
        if "Invalid value" in text and "`$.type`" in text:
            raise ProtocolError(ErrorCode.UNKNOWN_TYPE, text) from None
        raise ProtocolError(ErrorCode.INVALID_FORMAT, text) from None
    except msgspec.ValidationError as exc:  # pragma: no cover - subclass of DecodeError
        raise ProtocolError(ErrorCode.INVALID_FORMAT, str(exc)) from None


def request_id_of(data: str | bytes) -> int | None:
    """Best-effort ``id`` of a frame that failed to decode, to echo in the error."""
    try:
        obj = msgspec.json.decode(data)
    except msgspec.DecodeError:
        return None
    if isinstance(obj, dict) and isinstance(obj.get("id"), int):
        return obj["id"]
    return None


def message_types(union) -> dict[str, type]:
    """Map of tag -> struct class for a union (used by docs and tests)."""
    return {cls.__struct_config__.tag: cls for cls in union.__args__}
