"""The agent desktop app (``cc-agent``); see agent_app/main.py."""
