"""The routing server's SQL, one module per domain: plain functions taking a
``sqlite_utils.Database`` first.

- ``users``: users, skills, topics and session tokens.
- ``presence``: presence history and each user's last chosen state.
- ``interactions``: interactions, their events, chat messages and wrap-ups.
- ``audit``: the audit log.
- ``recordings``: call recordings and a caller's history.

The server runs them on the store's threads, one way for all of them::

    await store.write(interactions.set_interaction_state, iid, "active", now, agent="anna")
    await store.read(users.list_users)

(``shared.server.store`` describes the threading rule; the knowledge base's SQL in
``shared.knowledge`` is reached the same way). These modules import the machinery from
``shared.server.store`` (``transaction``, ``rows``/``row``, the errors); the store imports
none of them.
"""
