"""A past week of the demo city's calls and chats, so reports show figures at once.

``cc-server --demo`` (and so ``make demo``) writes it once into the demo database: the
seven local days before today (yesterday included; today stays what the demo's bots
do live, so the wallboard's today is theirs alone). Deterministic: the same RNG seed and
the same dates give the same rows. Everything is written as the server writes it —
interactions, their state events (queued → offered → active → wrap_up → closed, or
queued → abandoned), second-line steps (kind ``transfer``/``consult``), participants,
wrap-ups and, for a few of yesterday's calls, stereo WAV recordings (the citizen's tone
left, the agent's right) with their ``recordings`` rows — so a report, the
conversation search and the player read it like real history.

History rows are told apart by their id prefix (``HISTORY_PREFIX``), which is how the
headless demo run counts only what its own bots did.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from pathlib import Path

from sqlite_utils import Database

from shared.demo import data
from shared.quality_form import weighted_total
from shared.server.service_level import local_ts
from shared.server.store import transaction
from shared.switch.wavfile import STEREO_LAYOUT
from shared.tones import write_stereo_tone_wav

HISTORY_PREFIX = "hist-"
DAYS = 7
RNG_SEED = 2026
RECORDED_CALLS = 4  # yesterday's first answered calls get a WAV each
RECORDING_SECONDS = 6.0  # the files are short: tones, not speech
RECORDING_RATE = 8000  # the rooms' clock rate
CITIZEN_HZ, AGENT_HZ = 440.0, 880.0

# Per weekday (0 = Monday): conversations in the day. City halls are busiest on Monday,
# quiet on Saturday (web chats only, the phones are closed) and closed on Sunday.
VOLUME = [74, 58, 52, 55, 46, 9, 0]
# Weights of the opening hours 8..17 (a morning peak, a smaller one after lunch).
HOURS = {8: 8, 9: 14, 10: 15, 11: 12, 12: 8, 13: 10, 14: 11, 15: 9, 16: 7, 17: 4}
# topic: (weight, mean handle seconds of a call, transfer share, first-line resolution)
TOPICS = {
    "documents": (25, 200, 0.04, 0.85),
    "transport": (20, 170, 0.05, 0.82),
    "taxes": (18, 260, 0.10, 0.72),
    "waste": (15, 150, 0.03, 0.88),
    "permits": (12, 420, 0.22, 0.55),
    "social": (10, 330, 0.14, 0.65),
}
CONSULT_SHARE = 0.06
REPEAT_SHARE = 0.14  # contacts that are a citizen coming back on the same topic


@dataclass
class _Batch:
    interactions: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)
    participants: list[tuple] = field(default_factory=list)
    wrapups: list[tuple] = field(default_factory=list)
    messages: list[tuple] = field(default_factory=list)


def _front_line(topic: str) -> list[tuple[str, int]]:
    return [
        (u, skills[topic])
        for u, _name, role, skills in data.USERS
        if role == "agent" and topic in skills
    ]


def _expert(topic: str, rng: random.Random) -> str:
    return rng.choice(
        [u for u, _n, role, skills in data.USERS if role == "expert" and topic in skills]
    )


def _pick(rng: random.Random, weights: dict) -> object:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


class _Citizens:
    """Who calls or writes: mostly first-timers, some coming back on the same topic."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: list[tuple[str, str, str]] = []  # (channel, key, topic)
        self.count = 0

    def next(self, channel: str, topic: str) -> tuple[str, str]:
        """(caller number, web identity hash): one of them set, as the server stores it."""
        same = [s for s in self.seen[-120:] if s[0] == channel and s[2] == topic]
        if same and self.rng.random() < REPEAT_SHARE:
            key = self.rng.choice(same)[1]
        else:
            self.count += 1
            if channel == "voice":
                key = f"+4822555{self.count:04d}"
            else:
                key = hashlib.sha256(f"demo-visitor-{self.count}".encode()).hexdigest()
            self.seen.append((channel, key, topic))
        return (key, "") if channel == "voice" else ("", key)


def _conversation(
    batch: _Batch, rng: random.Random, citizens: _Citizens, iid: str, arrived: float, day: int
) -> bool:
    """Add one conversation; True if it was answered (a call that may be recorded)."""
    weekend = day >= 5
    channel = "chat" if weekend or rng.random() < 0.38 else "voice"
    topic = str(_pick(rng, {t: w for t, (w, *_rest) in TOPICS.items()}))
    _w, handle_mean, transfer_share, resolved_share = TOPICS[topic]
    caller, web = citizens.next(channel, topic)
    token = f"call:{iid}" if channel == "voice" else web
    name = "" if channel == "voice" else rng.choice(["Jan", "Maria", "Piotr", "Zofia", "Adam"])
    wait = round(rng.expovariate(1 / (14 if channel == "voice" else 30)), 1)
    patience = rng.expovariate(1 / (300 if channel == "voice" else 600))
    if rng.random() < 0.04:
        patience = rng.uniform(0.5, 4.5)  # a wrong number, hung up at once: a short abandon
    events = batch.events
    events.append((iid, arrived, "queued", None, "", "state"))
    if patience < wait:
        ended = round(arrived + patience, 1)
        events.append((iid, ended, "abandoned", None, "citizen left", "state"))
        batch.interactions.append(
            (
                iid,
                channel,
                topic,
                name,
                token,
                "abandoned",
                None,
                arrived,
                ended,
                ended,
                caller,
                round(patience, 1),
                0,
                0,
                0,
            )
        )
        return False
    agents = _front_line(topic)
    agent = rng.choices([a for a, _ in agents], [lvl for _, lvl in agents])[0]
    answered = round(arrived + wait, 1)
    events.append((iid, round(max(arrived, answered - 3), 1), "offered", agent, "", "state"))
    events.append((iid, answered, "active", agent, "", "state"))
    scale = 1.5 if channel == "chat" else 1.0
    talk = max(30.0, rng.lognormvariate(math.log(handle_mean * scale), 0.45))
    transferred = rng.random() < transfer_share
    consulted = not transferred and rng.random() < CONSULT_SHARE
    owners = [(agent, answered)]
    t = answered
    if consulted:
        expert = _expert(topic, rng)
        at = round(answered + talk * 0.4, 1)
        events.append((iid, at, "ringing", expert, "", "consult"))
        events.append((iid, round(at + 8, 1), "connected", expert, "", "consult"))
        events.append((iid, round(at + 90, 1), "completed", expert, "", "consult"))
        batch.participants.append(
            (iid, expert, "consulted", round(at + 8, 1), round(at + 90, 1), "completed")
        )
        talk += 60
    if transferred:
        expert = _expert(topic, rng)
        at = round(answered + talk * 0.5, 1)
        events.append((iid, at, "blind", expert, agent, "transfer"))
        events.append((iid, at, "queued", None, "transfer", "state"))
        events.append((iid, round(at + 12, 1), "offered", expert, "", "state"))
        events.append((iid, round(at + 15, 1), "active", expert, "", "state"))
        batch.participants.append((iid, agent, "owner", answered, at, "transferred"))
        owners = [(agent, answered), (expert, round(at + 15, 1))]
        t = round(at + 15, 1)
        talk = talk * 0.8
    last = owners[-1][0]
    end = round(max(t, answered) + talk, 1)
    events.append((iid, end, "wrap_up", last, "", "state"))
    batch.participants.append((iid, last, "owner", owners[-1][1], end, "ended"))
    for who, _joined in owners:
        done = round(end + rng.uniform(15, 80), 1)
        resolved = int(not transferred and not consulted and rng.random() < resolved_share)
        batch.wrapups.append((iid, who, topic, "", resolved, done))
    closed = max(w[5] for w in batch.wrapups[-len(owners) :])
    events.append((iid, closed, "closed", last, "wrapup", "state"))
    if channel == "chat":
        batch.messages.append(
            (iid, 1, "citizen", name or "Citizen", "Dzień dobry, mam pytanie.", arrived)
        )
        batch.messages.append((iid, 2, "agent", agent, "Dzień dobry, w czym mogę pomóc?", answered))
    batch.interactions.append(
        (
            iid,
            channel,
            topic,
            name,
            token,
            "closed",
            last,
            arrived,
            closed,
            closed,
            caller,
            wait,
            int(transferred),
            int(consulted),
            int(transferred or consulted),
        )
    )
    return channel == "voice"


def seed_history(
    db: Database,
    today: date,
    tz: tzinfo | None = None,
    recordings_dir: Path | None = None,
    days: int = DAYS,
) -> int:
    """Write the ``days`` local days before ``today`` (once: nothing if history is
    there). Returns how many conversations it wrote."""
    if db.execute(
        "SELECT 1 FROM interactions WHERE id LIKE ? LIMIT 1", [HISTORY_PREFIX + "%"]
    ).fetchone():
        return 0
    rng = random.Random(RNG_SEED)
    citizens = _Citizens(rng)
    batch = _Batch()
    to_record: list[tuple[str, str, float, str]] = []  # (iid, agent, answered, day path)
    first = today - timedelta(days=days)
    for n in range(days):
        day = first + timedelta(days=n)
        start = local_ts(day, tz)
        arrivals = sorted(
            start + int(_pick(rng, HOURS)) * 3600 + rng.uniform(0, 3600)
            for _ in range(VOLUME[day.weekday()])
        )
        for k, arrived in enumerate(arrivals):
            iid = f"{HISTORY_PREFIX}{day:%Y%m%d}-{k:03d}"
            answered = _conversation(batch, rng, citizens, iid, round(arrived, 1), day.weekday())
            if answered and day == today - timedelta(days=1) and len(to_record) < RECORDED_CALLS:
                row = batch.interactions[-1]
                to_record.append((iid, row[6], row[7] + row[11], f"{day:%Y/%m/%d}"))
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO interactions (id, channel, topic, citizen_name, citizen_token, state,"
            " agent, created_at, updated_at, closed_at, caller, wait_seconds, transfers,"
            " consults, second_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            batch.interactions,
        )
        db.conn.executemany(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason, kind)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            sorted(batch.events, key=lambda e: e[1]),
        )
        db.conn.executemany(
            "INSERT INTO interaction_participants (interaction_id, username, role, joined_at,"
            " left_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
            batch.participants,
        )
        db.conn.executemany(
            "INSERT INTO wrapups (interaction_id, agent, topic, notes, resolved_first_contact,"
            " ts) VALUES (?, ?, ?, ?, ?, ?)",
            batch.wrapups,
        )
        db.conn.executemany(
            "INSERT INTO chat_messages (interaction_id, seq, sender, sender_name, text, ts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            batch.messages,
        )
        db.execute(
            "UPDATE interactions SET last_seq = 2 WHERE id LIKE ? AND channel = 'chat'"
            " AND state = 'closed'",
            [HISTORY_PREFIX + "%"],
        )
        if recordings_dir is not None:
            topics = {w[0]: w[2] for w in batch.wrapups}
            for iid, agent, answered, day_dir in to_record:
                rel = f"{day_dir}/{iid}.wav"
                size = write_stereo_tone_wav(
                    Path(recordings_dir) / rel, CITIZEN_HZ, AGENT_HZ, RECORDING_SECONDS,
                    RECORDING_RATE, 0.3,
                )  # fmt: skip
                db.execute(
                    "INSERT INTO recordings (interaction_id, agent, path, started_at, seconds,"
                    " bytes, topic, state, channels, layout)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, 'complete', 2, ?)",
                    [
                        iid,
                        agent,
                        rel,
                        answered,
                        RECORDING_SECONDS,
                        size,
                        topics[iid],
                        STEREO_LAYOUT,
                    ],
                )
        _evaluations(db, batch, today - timedelta(days=1))
    return len(batch.interactions)


DEMO_EVALUATIONS = 14
COMMENTS = (
    "Clear answer, checked the knowledge base first.",
    "Greeting fine; confirm the citizen's address before giving dates.",
    "Good empathy with a worried caller.",
    "Next steps unclear: say what to bring to the office.",
    "",
)


def _evaluations(db: Database, batch: _Batch, yesterday: date) -> None:
    """A few of the week's handled conversations scored by the demo supervisor (not
    yesterday's: those are left for the demo to score), so the Quality tab and the
    report's quality part have something to show."""
    form = db.execute("SELECT id, weight FROM evaluation_criteria WHERE active = 1").fetchall()
    if not form:
        return
    rng = random.Random(RNG_SEED + 1)  # the history itself stays as it was
    day_of_yesterday = f"{HISTORY_PREFIX}{yesterday:%Y%m%d}-"
    handled = [
        r for r in batch.interactions
        if r[5] == "closed" and r[6] and not r[0].startswith(day_of_yesterday)
    ]  # fmt: skip
    for row in rng.sample(handled, min(DEMO_EVALUATIONS, len(handled))):
        scores = {cid: rng.choice((2, 3, 4, 4, 5, 5)) for cid, _w in form}
        total = weighted_total(scores, dict(form))
        cursor = db.execute(
            "INSERT INTO evaluations (interaction_id, evaluator, agent, ts, comment, total)"
            " VALUES (?, 'sam', ?, ?, ?, ?)",
            [row[0], row[6], row[9] + 3600, rng.choice(COMMENTS), total],
        )
        db.conn.executemany(
            "INSERT INTO evaluation_scores (evaluation_id, criterion_id, score) VALUES (?, ?, ?)",
            [(cursor.lastrowid, cid, score) for cid, score in scores.items()],
        )
