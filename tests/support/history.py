"""Past conversations written straight into a store, as the server would have left them:
interaction, state events, participants, wrap-up, chat messages (with their full-text
index) and a stereo recording file (citizen 440 Hz left, agent 880 Hz right)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shared.server.sql import interactions
from shared.tones import write_stereo_tone_wav


@dataclass
class Past:
    id: str
    arrived: float
    channel: str = "voice"
    topic: str = "waste"
    agent: str | None = "anna"  # None: abandoned in the queue
    wait: float = 10.0
    talk: float = 120.0
    wrapup: float = 20.0
    caller: str = ""
    citizen_name: str = ""
    citizen_token: str = "t"
    transfers: int = 0
    resolved: bool = True
    wrapup_topic: str = ""
    messages: list[tuple[str, str]] = field(default_factory=list)  # (sender, text)
    recording_seconds: float = 0.0  # > 0: a stereo recording of that length


def add_past(db, c: Past, recordings_dir: Path | None = None) -> None:
    answered = c.arrived + c.wait if c.agent else None
    ended = (answered + c.talk) if answered else c.arrived + c.wait
    closed = ended + c.wrapup if answered else ended
    db.execute(
        "INSERT INTO interactions (id, channel, topic, citizen_name, citizen_token, state,"
        " agent, created_at, updated_at, closed_at, caller, wait_seconds, transfers)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            c.id,
            c.channel,
            c.topic,
            c.citizen_name,
            c.citizen_token,
            "closed" if c.agent else "abandoned",
            c.agent,
            c.arrived,
            closed,
            closed,
            c.caller,
            c.wait,
            c.transfers,
        ],
    )
    events = [(c.arrived, "queued", None)]
    if c.agent:
        events += [
            (answered, "active", c.agent),
            (ended, "wrap_up", c.agent),
            (closed, "closed", c.agent),
        ]
    else:
        events.append((ended, "abandoned", None))
    for ts, state, agent in events:
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent) VALUES (?, ?, ?, ?)",
            [c.id, ts, state, agent],
        )
    if c.agent:
        db.execute(
            "INSERT INTO interaction_participants (interaction_id, username, role, joined_at,"
            " left_at) VALUES (?, ?, 'owner', ?, ?)",
            [c.id, c.agent, answered, ended],
        )
        db.execute(
            "INSERT INTO wrapups (interaction_id, agent, topic, notes,"
            " resolved_first_contact, ts) VALUES (?, ?, ?, '', ?, ?)",
            [c.id, c.agent, c.wrapup_topic or c.topic, int(c.resolved), closed],
        )
    for k, (sender, text) in enumerate(c.messages):
        interactions.add_message(db, c.id, sender, sender.title(), text, c.arrived + k)
    if c.recording_seconds and recordings_dir is not None and answered:
        rel = f"{c.id}.wav"
        size = write_stereo_tone_wav(recordings_dir / rel, 440, 880, c.recording_seconds, 8000, 0.4)
        db.execute(
            "INSERT INTO recordings (interaction_id, agent, path, started_at, seconds, bytes,"
            " topic, state, channels, layout) VALUES (?, ?, ?, ?, ?, ?, ?, 'complete', 2,"
            " 'citizen/centre')",
            [c.id, c.agent, rel, answered, c.recording_seconds, size, c.topic],
        )


async def seed_with_permits_team(store) -> None:
    """The demo's staff, and tina supervising a "Permits desk" team of ewa only."""
    from shared.demo.seed import seed_demo
    from shared.server import auth
    from shared.server.sql import teams, users

    await seed_demo(store)
    await store.write(
        users.add_user, "tina", "Tina Team-lead", "supervisor", auth.hash_password("demo"), {}
    )
    team = await store.write(teams.create_team, "Permits desk", 0.0)
    await store.write(teams.set_membership, team, "ewa", "member", True)
    await store.write(teams.set_membership, team, "tina", "supervisor", True)


def yesterday_at(hh: int, mm: int = 0) -> float:
    """Epoch seconds of a local time yesterday."""
    from datetime import date, datetime, time, timedelta

    return datetime.combine(date.today() - timedelta(days=1), time(hh, mm)).timestamp()
