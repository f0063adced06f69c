"""Facts several layers must agree on, stated once (no Qt, no IO): imported by the
server, the switch, the SQL, the softphone and the tests alike."""

from __future__ import annotations

# The SIP header the switch puts on the INVITE it sends to a staff softphone: the id of
# the interaction the call belongs to, so the app can match it to the offer it was sent.
INTERACTION_HEADER = "X-CC-Interaction"
# ... and the offer's secret: made by the server for each offer of a call to one person
# and sent to them alone, over their signed-in websocket (``offer.created``'s
# ``phone_secret``). A softphone rings only for an INVITE that carries the secret of an
# offer it holds (docs/telephony.md, "Which INVITEs ring").
OFFER_HEADER = "X-CC-Offer"

# Interaction states: open ones are still someone's work; final ones are history.
OPEN_STATES = ("queued", "offered", "active", "wrap_up")
FINAL_STATES = ("closed", "abandoned")
# The same set as SQL (the partial index interactions_open repeats this exact text).
OPEN_STATES_SQL = "state IN ('queued', 'offered', 'active', 'wrap_up')"

# The queue of a department's second line, and the personal queue of one person (a
# consultation asked of someone by name from the directory).
DEPARTMENT_QUEUE_PREFIX = "dept:"
PERSON_QUEUE_PREFIX = "user:"


# The languages of the citizen page (resources/web/app.js has a dictionary for each, in
# this order in its language switch); the server's default_language is one of them.
PAGE_LANGUAGES = ("pl", "en", "da", "ru", "uk")


# The reason an agent's part ends with when a supervisor takes the conversation over:
# the server writes it, the agent app shows who took it.
TAKEN_OVER_SUFFIX = " took over this conversation"


def taken_over_reason(supervisor_name: str) -> str:
    return supervisor_name + TAKEN_OVER_SUFFIX


def taken_over_by(reason: str) -> str:
    """Who took the conversation over, from the reason the agent's part ended ("" if not)."""
    return reason.removesuffix(TAKEN_OVER_SUFFIX) if reason.endswith(TAKEN_OVER_SUFFIX) else ""


def department_queue(department: str) -> str:
    return DEPARTMENT_QUEUE_PREFIX + department


def person_queue(username: str) -> str:
    return PERSON_QUEUE_PREFIX + username
