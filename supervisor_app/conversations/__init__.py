"""The Conversations tab: search past conversations, play calls, read chats, tag, export."""
