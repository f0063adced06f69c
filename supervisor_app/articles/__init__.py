"""The supervisor's knowledge-base editor: keep the articles agents and citizens read current.

``drafts`` holds the Qt-free rules (what a draft is, what counts as a change); ``service``
is the only part that talks to the server; ``model``, ``editor``, ``history`` and ``page``
are the widgets, which never touch the network.
"""
