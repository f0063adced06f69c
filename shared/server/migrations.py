"""Versioned schema of the routing server's SQLite database.

Every change to the schema is a new function appended here, registered in the
``MIGRATIONS`` set; sqlite-utils records each applied one in ``_sqlite_migrations``
and ``MIGRATIONS.apply(db)`` runs only the pending ones, each in its own transaction.

Rules:
- Never edit or reorder a migration that has shipped; append ``m0NN_<what>`` instead.
- Tables are STRICT (SQLite >= 3.37): a wrong type is an error, not a silent coercion.
- Timestamps are REAL epoch seconds supplied by the caller; booleans are INTEGER 0/1.
- Users are never deleted (``disabled`` instead), so history tables keep their references.
- A migration that must rebuild a table (``Table.transform``) cannot toggle
  ``PRAGMA foreign_keys`` inside a transaction: register it with ``transactional=False``
  and make it safe to re-run.

Statements are executed one by one through ``db.execute`` so they join the transaction
that ``Migrations.apply`` opened (``executescript`` would commit it).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shared.contracts import OPEN_STATES_SQL

MIGRATIONS = Migrations("cc")

# OPEN_STATES_SQL: the open states as SQL; the partial index below repeats it, and a
# query must use this exact expression for SQLite to use that index.


def _run(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@MIGRATIONS()
def m001_create_users(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('agent', 'expert', 'supervisor', 'admin')),
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            -- last presence the user chose, restored after a server restart
            last_chosen TEXT NOT NULL DEFAULT 'offline'
                CHECK (last_chosen IN ('available', 'not_ready', 'offline')),
            last_reason TEXT NOT NULL DEFAULT '',
            last_presence_at REAL
        ) STRICT
        """,
        """
        CREATE TABLE skills (
            username TEXT NOT NULL REFERENCES users (username),
            topic TEXT NOT NULL,
            level INTEGER NOT NULL,
            PRIMARY KEY (username, topic)
        ) STRICT, WITHOUT ROWID
        """,
    )


@MIGRATIONS()
def m002_create_topics(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE topics (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX topics_name ON topics (name)",
    )


@MIGRATIONS()
def m003_create_tokens(db: Database) -> None:
    # Only a SHA-256 of each session token is stored: a copy of the database file
    # does not let anyone log in.
    _run(
        db,
        """
        CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES users (username),
            expires_at REAL NOT NULL
        ) STRICT
        """,
        "CREATE INDEX tokens_username ON tokens (username)",
    )


@MIGRATIONS()
def m004_create_presence_history(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE presence_history (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL REFERENCES users (username),
            chosen TEXT NOT NULL,
            presence TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            ts REAL NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX presence_history_user_ts ON presence_history (username, ts)",
    )


@MIGRATIONS()
def m005_create_interactions(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE interactions (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL CHECK (channel IN ('chat', 'voice', 'video')),
            topic TEXT NOT NULL,
            citizen_name TEXT NOT NULL DEFAULT '',
            citizen_token TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL CHECK (
                state IN ('queued', 'offered', 'active', 'wrap_up', 'closed', 'abandoned')
            ),
            agent TEXT REFERENCES users (username),
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,   -- when the current state began
            closed_at REAL,
            last_seq INTEGER NOT NULL DEFAULT 0   -- seq of the latest chat message
        ) STRICT
        """,
        f"CREATE INDEX interactions_open ON interactions (created_at) WHERE {OPEN_STATES_SQL}",
        "CREATE INDEX interactions_citizen ON interactions (citizen_token, created_at)",
        """
        CREATE TABLE interaction_events (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            ts REAL NOT NULL,
            state TEXT NOT NULL,
            agent TEXT,
            reason TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX interaction_events_interaction ON interaction_events (interaction_id, id)",
    )


@MIGRATIONS()
def m006_create_chat_messages(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE chat_messages (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            seq INTEGER NOT NULL,
            sender TEXT NOT NULL CHECK (sender IN ('citizen', 'agent', 'system')),
            sender_name TEXT NOT NULL,
            text TEXT NOT NULL,
            ts REAL NOT NULL,
            UNIQUE (interaction_id, seq)
        ) STRICT
        """,
    )


@MIGRATIONS()
def m007_create_wrapups(db: Database) -> None:
    # One wrap-up per agent per interaction; a re-submitted form replaces the first.
    _run(
        db,
        """
        CREATE TABLE wrapups (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            agent TEXT NOT NULL REFERENCES users (username),
            topic TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            resolved_first_contact INTEGER NOT NULL CHECK (resolved_first_contact IN (0, 1)),
            ts REAL NOT NULL,
            UNIQUE (interaction_id, agent)
        ) STRICT
        """,
    )


@MIGRATIONS()
def m008_create_audit_log(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '{}'   -- JSON object
        ) STRICT
        """,
    )


@MIGRATIONS()
def m009_create_articles(db: Database) -> None:
    # Knowledge base (shared/knowledge/). ``doc_id`` is the stable integer key the
    # full-text indexes use as their rowid (a table's implicit rowid may change on VACUUM);
    # ``id`` is the slug everything else refers to. List columns hold JSON arrays.
    _run(
        db,
        """
        CREATE TABLE articles (
            doc_id INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            language TEXT NOT NULL DEFAULT 'en',
            keywords TEXT NOT NULL DEFAULT '[]',
            synonyms TEXT NOT NULL DEFAULT '[]',
            audience TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
            status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
            valid_from TEXT,    -- ISO date, inclusive; NULL = always
            valid_until TEXT,   -- ISO date, inclusive; NULL = for ever
            pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
            author TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            views INTEGER NOT NULL DEFAULT 0,
            answered_agents INTEGER NOT NULL DEFAULT 0,
            answered_citizens INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        "CREATE INDEX articles_status ON articles (status, department)",
        "CREATE INDEX articles_pinned ON articles (pinned) WHERE pinned = 1",
        """
        CREATE TABLE article_revisions (
            article_id TEXT NOT NULL REFERENCES articles (id),
            revision INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL,
            author TEXT NOT NULL,
            ts REAL NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            draft TEXT NOT NULL,   -- JSON: the whole ArticleDraft plus status and pinned
            PRIMARY KEY (article_id, revision)
        ) STRICT, WITHOUT ROWID
        """,
        """
        CREATE TABLE kb_answers (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            by TEXT NOT NULL CHECK (by IN ('agent', 'citizen')),
            topic TEXT NOT NULL DEFAULT '',
            interaction_id TEXT NOT NULL DEFAULT '',
            ts REAL NOT NULL
        ) STRICT
        """,
        "CREATE INDEX kb_answers_ts ON kb_answers (ts, by)",
        "CREATE INDEX kb_answers_article ON kb_answers (article_id, interaction_id)",
    )


@MIGRATIONS()
def m010_create_kb_search(db: Database) -> None:
    # Search indexes of the knowledge base, written by shared/knowledge/articles.py
    # (no triggers: every write is explicit and tested). kb_text holds the FOLDED title,
    # keywords+synonyms and body of each article and is the external content of both
    # FTS5 tables: a word index (unicode61 on folded text, CJK characters spaced apart)
    # and a trigram index for substrings. kb_vocab lists the folded words (3+ letters)
    # with the number of articles using them, for typo correction.
    _run(
        db,
        """
        CREATE TABLE kb_text (
            doc_id INTEGER PRIMARY KEY REFERENCES articles (doc_id),
            title TEXT NOT NULL,
            keys TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE VIRTUAL TABLE kb_fts USING fts5 (
            title, keys, body,
            content = 'kb_text', content_rowid = 'doc_id',
            tokenize = 'unicode61 remove_diacritics 0'
        )
        """,
        """
        CREATE VIRTUAL TABLE kb_trigram USING fts5 (
            title, keys, body,
            content = 'kb_text', content_rowid = 'doc_id',
            tokenize = 'trigram'
        )
        """,
        """
        CREATE TABLE kb_vocab (
            word TEXT PRIMARY KEY,
            docs INTEGER NOT NULL,
            spelling TEXT NOT NULL   -- an original (unfolded, lower-case) spelling
        ) STRICT, WITHOUT ROWID
        """,
    )


@MIGRATIONS()
def m011_kb_title_index_and_prefixes(db: Database) -> None:
    # Faster knowledge-base search (measured with bench/kb_search.py, 50,000 articles):
    # - kb_title: a word index over title and keywords only. Its lists are short, so a
    #   very common word's title/keyword matches are ranked across all articles cheaply.
    # - kb_fts again, with a 3-character prefix index: "gas"* then reads one list
    #   instead of merging every word starting with "gas" (2.8 -> 0.6 ms).
    # - article_revisions as a rowid table: WITHOUT ROWID suits small rows only; with
    #   whole article bodies it took twice the space.
    # Both FTS tables are filled from kb_text (their external content) by 'rebuild'.
    _run(
        db,
        "DROP TABLE kb_fts",
        """
        CREATE VIRTUAL TABLE kb_fts USING fts5 (
            title, keys, body,
            content = 'kb_text', content_rowid = 'doc_id',
            tokenize = 'unicode61 remove_diacritics 0',
            prefix = '3'
        )
        """,
        """
        CREATE VIRTUAL TABLE kb_title USING fts5 (
            title, keys,
            content = 'kb_text', content_rowid = 'doc_id',
            tokenize = 'unicode61 remove_diacritics 0',
            prefix = '3'
        )
        """,
        "INSERT INTO kb_fts (kb_fts) VALUES ('rebuild')",
        "INSERT INTO kb_title (kb_title) VALUES ('rebuild')",
        """
        CREATE TABLE article_revisions_new (
            article_id TEXT NOT NULL REFERENCES articles (id),
            revision INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL,
            author TEXT NOT NULL,
            ts REAL NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            draft TEXT NOT NULL,   -- JSON: the draft's other fields, status, pinned
            PRIMARY KEY (article_id, revision)
        ) STRICT
        """,
        "INSERT INTO article_revisions_new SELECT * FROM article_revisions",
        "DROP TABLE article_revisions",
        "ALTER TABLE article_revisions_new RENAME TO article_revisions",
    )


@MIGRATIONS()
def m012_calls_and_recordings(db: Database) -> None:
    # Calls are interactions: ``caller`` is the number (for the call pop's history),
    # ``wait_seconds`` the time in queue until answered or abandoned, ``failure`` why a
    # conversation broke (a room crashed, say) — it then ends like any other, so the
    # agent is freed, but reports can tell it apart.
    _run(
        db,
        "ALTER TABLE interactions ADD COLUMN caller TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE interactions ADD COLUMN wait_seconds REAL",
        "ALTER TABLE interactions ADD COLUMN failure TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX interactions_caller ON interactions (caller, created_at) WHERE caller != ''",
        """
        CREATE TABLE recordings (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            agent TEXT REFERENCES users (username),
            path TEXT NOT NULL UNIQUE,      -- relative to the recordings directory
            started_at REAL NOT NULL,
            seconds REAL,                   -- NULL while recording
            bytes INTEGER,
            topic TEXT NOT NULL DEFAULT '', -- the wrap-up's topic tag
            state TEXT NOT NULL CHECK (
                state IN ('recording', 'complete', 'repaired', 'missing', 'deleted')
            ),
            deleted_at REAL
        ) STRICT
        """,
        "CREATE INDEX recordings_interaction ON recordings (interaction_id)",
        "CREATE INDEX recordings_started ON recordings (started_at) WHERE state != 'deleted'",
    )


@MIGRATIONS()
def m013_participants(db: Database) -> None:
    # Who was in each conversation, in which role, from when to when: the owner (who
    # accepted it, then whoever it was handed to) and consulted experts. ``wrapup_due``:
    # they left owing a wrap-up for their part (cleared by their wrap-up), which is how
    # a restart knows who still owes one. Internal messages are the staff's chat beside
    # a consultation, kept apart from chat_messages so no query can show them to a
    # citizen. interaction_events.kind tells state changes from second-line steps.
    _run(
        db,
        """
        CREATE TABLE interaction_participants (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            username TEXT NOT NULL REFERENCES users (username),
            role TEXT NOT NULL CHECK (role IN ('owner', 'consulted')),
            joined_at REAL NOT NULL,
            left_at REAL,
            reason TEXT NOT NULL DEFAULT '',
            wrapup_due INTEGER NOT NULL DEFAULT 0 CHECK (wrapup_due IN (0, 1))
        ) STRICT
        """,
        "CREATE INDEX participants_interaction ON interaction_participants (interaction_id, id)",
        "CREATE INDEX participants_open ON interaction_participants (username)"
        " WHERE left_at IS NULL OR wrapup_due = 1",
        """
        CREATE TABLE internal_messages (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            seq INTEGER NOT NULL,
            sender TEXT NOT NULL REFERENCES users (username),
            sender_name TEXT NOT NULL,
            text TEXT NOT NULL,
            ts REAL NOT NULL,
            UNIQUE (interaction_id, seq)
        ) STRICT
        """,
        "ALTER TABLE interaction_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'state'",
        "ALTER TABLE interactions ADD COLUMN transfers INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE interactions ADD COLUMN consults INTEGER NOT NULL DEFAULT 0",
        # 1 once an expert (second line) took part: the first line did not resolve it alone
        "ALTER TABLE interactions ADD COLUMN second_line INTEGER NOT NULL DEFAULT 0",
        # the queue it waits in when that is not its topic's (transferred to a department)
        "ALTER TABLE interactions ADD COLUMN queue TEXT NOT NULL DEFAULT ''",
    )


@MIGRATIONS()
def m014_callbacks(db: Database) -> None:
    # A callback is a voice interaction that the switch places instead of receiving: a
    # queued caller who pressed the callback key (the same interaction, still in line),
    # or one an agent registered (a new interaction, at the original call's arrival).
    # ``state``: pending until an attempt reaches the citizen (reached) or every attempt
    # is used (not_reached); ``attempts`` and ``last_result`` (reached, no_answer, busy,
    # failed) count them, each attempt also being an interaction_events row of kind
    # 'callback'; ``next_attempt_at`` is set while it waits for the next attempt, so a
    # restart keeps the retry. The participants' username index serves "every recording
    # this person was in" (recordings_index).
    _run(
        db,
        """
        CREATE TABLE callbacks (
            interaction_id TEXT PRIMARY KEY REFERENCES interactions (id),
            number TEXT NOT NULL,
            queue TEXT NOT NULL,
            requested_by TEXT NOT NULL,     -- 'citizen' (the phone menu) or a username
            requested_at REAL NOT NULL,
            from_interaction TEXT REFERENCES interactions (id),  -- the call it came from
            note TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'reached', 'not_reached')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_result TEXT NOT NULL DEFAULT ''
                CHECK (last_result IN ('', 'reached', 'no_answer', 'busy', 'failed')),
            next_attempt_at REAL
        ) STRICT
        """,
        "CREATE INDEX callbacks_pending ON callbacks (interaction_id) WHERE state = 'pending'",
        "CREATE INDEX participants_username ON interaction_participants (username, interaction_id)",
    )


@MIGRATIONS()
def m015_hash_citizen_tokens(db: Database) -> None:
    # Citizens' resume tokens were stored as they are; keep only their SHA-256, as for
    # staff tokens (the server looks a returning citizen up by the hash). Calls' keys
    # ("call:<id>") are no secret and stay.
    import hashlib

    found = db.execute(
        "SELECT id, citizen_token FROM interactions"
        " WHERE citizen_token NOT LIKE 'call:%' AND length(citizen_token) != 64"
    ).fetchall()
    for iid, token in found:
        digest = hashlib.sha256(token.encode()).hexdigest()
        db.execute("UPDATE interactions SET citizen_token = ? WHERE id = ?", [digest, iid])


@MIGRATIONS()
def m017_teams(db: Database) -> None:
    # Teams group staff: agents and experts are members (of one or more), supervisors are
    # assigned to them. A centre without any team: every supervisor supervises everyone.
    _run(
        db,
        """
        CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at REAL NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE team_members (
            team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
            username TEXT NOT NULL REFERENCES users (username),
            kind TEXT NOT NULL CHECK (kind IN ('member', 'supervisor')),
            PRIMARY KEY (team_id, username, kind)
        ) STRICT, WITHOUT ROWID
        """,
        "CREATE INDEX team_members_username ON team_members (username)",
    )


@MIGRATIONS()
def m018_broadcasts(db: Database) -> None:
    # A broadcast and who it went to (fixed when sent: "read by N of M" keeps its M).
    _run(
        db,
        """
        CREATE TABLE broadcasts (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            sender TEXT NOT NULL REFERENCES users (username),
            text TEXT NOT NULL,
            team_id INTEGER,  -- NULL: all staff (no reference: the team may be deleted)
            team_name TEXT NOT NULL DEFAULT '',
            article_id TEXT NOT NULL DEFAULT '',
            article_title TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX broadcasts_ts ON broadcasts (ts)",
        """
        CREATE TABLE broadcast_recipients (
            broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
            username TEXT NOT NULL REFERENCES users (username),
            read_at REAL,
            PRIMARY KEY (broadcast_id, username)
        ) STRICT, WITHOUT ROWID
        """,
        "CREATE INDEX broadcast_recipients_user ON broadcast_recipients (username, read_at)",
    )


@MIGRATIONS()
def m019_wallboard(db: Database) -> None:
    # The wallboard rebuilds today's counters at start from the day's answers, abandons
    # and closes (sql/wallboard.day_facts): found by time, not by conversation.
    _run(db, "CREATE INDEX interaction_events_ts ON interaction_events (ts) WHERE kind = 'state'")


@MIGRATIONS()
def m020_stereo_recordings(db: Database) -> None:
    # What a recording's channels hold: 'mix' (one channel, everyone: recordings made
    # before this) or 'citizen/centre' (stereo: the caller left, the centre's side —
    # agent, expert, a barging supervisor — right). Set when the file is finished.
    _run(
        db,
        "ALTER TABLE recordings ADD COLUMN channels INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE recordings ADD COLUMN layout TEXT NOT NULL DEFAULT 'mix'",
    )


@MIGRATIONS()
def m022_reports(db: Database) -> None:
    # Reports read the conversations that arrived in a period (any state), and a
    # citizen's later contacts on a topic (failure demand) by caller or web identity.
    _run(
        db,
        "CREATE INDEX interactions_created ON interactions (created_at)",
        "CREATE INDEX wrapups_interaction_ts ON wrapups (interaction_id, ts)",
        # Covering indexes for the facts' per-conversation look-ups (first active,
        # wrap_up, closed, abandoned; first owner; first wrap-up): measured on 1,000,000
        # conversations, a month's facts query went from 2.25 s to 1.32 s (the database
        # grows by about a quarter: bench/README.md, Reports).
        "CREATE INDEX interaction_events_state_ts"
        " ON interaction_events (interaction_id, kind, state, ts)",
        "CREATE INDEX participants_first_owner"
        " ON interaction_participants (interaction_id, role, id, username)",
        "CREATE INDEX wrapups_first ON wrapups (interaction_id, ts, id, resolved_first_contact)",
    )


@MIGRATIONS()
def m023_conversation_search(db: Database) -> None:
    # Full-text search over chat transcripts for the Conversations tab: each message's
    # text folded like the knowledge base's (lower case, accents off, "ł" → "l"), rowid =
    # chat_messages.id, written with the message (sql/interactions.add_message).
    # Contentless: the text itself stays in chat_messages only. Supervisors' own tags on a
    # conversation sit beside the wrap-up's topic (which stays what the agent chose).
    from shared.knowledge.folding import fold, index_text

    _run(
        db,
        "CREATE VIRTUAL TABLE chat_fts USING fts5(text, content='', tokenize='unicode61')",
        """
        CREATE TABLE conversation_tags (
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            tag TEXT NOT NULL,
            added_by TEXT NOT NULL,
            ts REAL NOT NULL,
            PRIMARY KEY (interaction_id, tag)
        ) STRICT, WITHOUT ROWID
        """,
        "CREATE INDEX conversation_tags_tag ON conversation_tags (tag)",
    )
    for rowid, text in db.execute("SELECT id, text FROM chat_messages").fetchall():
        db.execute(
            "INSERT INTO chat_fts (rowid, text) VALUES (?, ?)", [rowid, index_text(fold(text))]
        )


# The default quality form of a city contact centre: (key, title, description, weight).
DEFAULT_CRITERIA = (
    (
        "greeting",
        "Greeting and identification",
        "Greets, names self and the service, identifies the citizen when the request needs it.",
        1.0,
    ),  # noqa: E501
    (
        "understanding",
        "Understanding of the request",
        "Asks the right questions and restates the request before answering.",
        1.0,
    ),  # noqa: E501
    (
        "knowledge",
        "Correct information",
        "The answer is right and complete; the knowledge base was used where it applies.",
        2.0,
    ),  # noqa: E501
    (
        "courtesy",
        "Courtesy and empathy",
        "Polite, patient, plain language; acknowledges the citizen's situation.",
        1.0,
    ),  # noqa: E501
    (
        "resolution",
        "Clear next steps",
        "The citizen knows what happens next, by when and what to bring; resolved if possible.",
        2.0,
    ),  # noqa: E501
    (
        "data_protection",
        "Data protection respected",
        "Asks only for needed personal data, verifies identity before disclosing, GDPR followed.",
        1.0,
    ),  # noqa: E501
)


@MIGRATIONS()
def m024_quality_and_retention(db: Database) -> None:
    # Quality evaluation: criteria per centre (deactivated, never deleted: old evaluations
    # stay readable), one evaluation per evaluator per conversation and evaluated agent (a
    # re-submission replaces it), one score 1-5 per criterion. ``total`` is the weighted
    # average of the scores, fixed when submitted (a later weight change does not rewrite
    # history). Retention: days kept per topic; a topic without a row uses the config
    # default; NULL transcript_days keeps chat transcripts for ever.
    _run(
        db,
        """
        CREATE TABLE evaluation_criteria (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        ) STRICT
        """,
        """
        CREATE TABLE evaluations (
            id INTEGER PRIMARY KEY,
            interaction_id TEXT NOT NULL REFERENCES interactions (id),
            evaluator TEXT NOT NULL REFERENCES users (username),
            agent TEXT NOT NULL REFERENCES users (username),
            ts REAL NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            total REAL NOT NULL,
            UNIQUE (interaction_id, agent, evaluator)
        ) STRICT
        """,
        "CREATE INDEX evaluations_agent ON evaluations (agent, ts)",
        "CREATE INDEX evaluations_ts ON evaluations (ts)",
        """
        CREATE TABLE evaluation_scores (
            evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES evaluation_criteria (id),
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, criterion_id)
        ) STRICT, WITHOUT ROWID
        """,
        """
        CREATE TABLE retention_policy (
            topic TEXT PRIMARY KEY,
            recording_days REAL NOT NULL CHECK (recording_days > 0),
            transcript_days REAL CHECK (transcript_days IS NULL OR transcript_days > 0),
            updated_at REAL NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    )
    for position, (key, title, description, weight) in enumerate(DEFAULT_CRITERIA):
        db.execute(
            "INSERT INTO evaluation_criteria (key, title, description, weight, position)"
            " VALUES (?, ?, ?, ?, ?)",
            [key, title, description, weight, position],
        )


@MIGRATIONS()
def m025_browser_calls(db: Database) -> None:
    # Calls from the citizen page (channel "video"): video or voice only, and the sign
    # language a signer must speak ("" for none). A chat keeps "".
    _run(
        db,
        "ALTER TABLE interactions ADD COLUMN media TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE interactions ADD COLUMN sign_language TEXT NOT NULL DEFAULT ''",
    )


@MIGRATIONS()
def m026_names_per_language(db: Database) -> None:
    # Topics' and departments' names in other languages, for the citizen page; the name
    # in ``topics`` stays the one used for any language not listed here.
    _run(
        db,
        """
        CREATE TABLE topic_names (
            topic TEXT NOT NULL,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (topic, language)
        ) STRICT, WITHOUT ROWID
        """,
        """
        CREATE TABLE department_names (
            department TEXT NOT NULL,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (department, language)
        ) STRICT, WITHOUT ROWID
        """,
    )
