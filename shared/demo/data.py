"""Demo data for a fictional city hall ("Nowe Miasto"): topics, staff and their skills.

Used by ``cc-server --demo``, ``cc-demo`` and the tests. Every demo account's password is
``DEMO_PASSWORD``.
"""

from __future__ import annotations

DEMO_PASSWORD = "demo"

# (id, display name, department)
TOPICS: list[tuple[str, str, str]] = [
    ("transport", "Public transport & parking", "Transport"),
    ("permits", "Building permits", "Architecture & Building"),
    ("taxes", "Local taxes & fees", "Finance"),
    ("waste", "Waste collection", "Environment"),
    ("documents", "ID cards & registration", "Civil Affairs"),
    ("social", "Social support", "Social Services"),
]

# (username, display name, role, {topic: level})
USERS: list[tuple[str, str, str, dict[str, int]]] = [
    ("anna", "Anna Kowalska", "agent",
     {"transport": 3, "taxes": 2, "waste": 3, "documents": 2, "permits": 1, "social": 1}),
    ("bartek", "Bartek Nowak", "agent",
     {"transport": 2, "taxes": 3, "waste": 2, "documents": 3, "permits": 2, "social": 2}),
    ("celina", "Celina Wiśniewska", "agent",
     {"transport": 1, "taxes": 1, "waste": 2, "documents": 2, "permits": 3, "social": 3}),
    ("dawid", "Dawid Zieliński", "agent",
     {"transport": 3, "waste": 1, "documents": 1, "social": 2}),
    ("ewa", "Ewa Lewandowska", "expert", {"permits": 5}),
    ("filip", "Filip Wójcik", "expert", {"taxes": 5}),
    ("sam", "Sam Supervisor", "supervisor", {}),
    ("admin", "Administrator", "admin", {}),
]

NOT_READY_REASONS = ["Break", "Lunch", "Meeting", "Training", "Back office"]

# Things citizens of the demo city ask, per topic (first message of a simulated chat).
QUESTIONS: dict[str, list[str]] = {
    "transport": [
        "How much is a monthly tram ticket for a student?",
        "My car was towed from Rynek street, where do I collect it?",
        "Is line 14 running during the roadworks on Legnicka?",
    ],
    "permits": [
        "Do I need a permit for a garden shed of 20 m²?",
        "How long does a building permit take at the moment?",
    ],
    "taxes": [
        "When is the second instalment of property tax due?",
        "I paid the dog fee twice, how do I get a refund?",
    ],
    "waste": [
        "The bins on Kwiatowa 12 were not emptied this week.",
        "Where can I leave an old sofa?",
        "When is the next hazardous waste collection?",
    ],
    "documents": [
        "My ID card expires next month, can I book an appointment online?",
        "How do I register my new address?",
    ],
    "social": [
        "Can my mother get help with heating costs?",
        "Who do I call about a neighbour who seems to need help?",
    ],
}
