"""Knowledge base: articles agents search while the citizen is on the line, that
supervisors keep current, and that citizens may read themselves (self-service).

- ``folding``: how text is compared (case, accents, scripts).
- ``articles``: write functions for the store's writer thread, and reads.
- ``search``: ``search`` (ranked hits, typo correction) and ``suggest``.
- ``io``: Markdown-with-front-matter and CSV import/export.
- ``cli``: the ``cc-server kb …`` commands.

Every function takes a ``sqlite_utils.Database`` first (see ``shared/server/store.py``);
no module here imports the server or Qt. docs/knowledge-base.md describes the design.
"""
