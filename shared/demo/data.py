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

# The citizen page's languages other than the English above: {topic: {language: name}}.
TOPIC_NAMES: dict[str, dict[str, str]] = {
    "transport": {
        "pl": "Komunikacja miejska i parkowanie",
        "da": "Kollektiv trafik og parkering",
        "ru": "Общественный транспорт и парковка",
        "uk": "Громадський транспорт і паркування",
    },
    "permits": {
        "pl": "Pozwolenia na budowę",
        "da": "Byggetilladelser",
        "ru": "Разрешения на строительство",
        "uk": "Дозволи на будівництво",
    },
    "taxes": {
        "pl": "Podatki i opłaty lokalne",
        "da": "Lokale skatter og gebyrer",
        "ru": "Местные налоги и сборы",
        "uk": "Місцеві податки та збори",
    },
    "waste": {
        "pl": "Wywóz odpadów",
        "da": "Affaldsindsamling",
        "ru": "Вывоз отходов",
        "uk": "Вивезення відходів",
    },
    "documents": {
        "pl": "Dowody osobiste i meldunek",
        "da": "ID-kort og folkeregistrering",
        "ru": "Удостоверения личности и регистрация",
        "uk": "Посвідчення особи та реєстрація",
    },
    "social": {
        "pl": "Pomoc społeczna",
        "da": "Social støtte",
        "ru": "Социальная помощь",
        "uk": "Соціальна допомога",
    },
}

# {department: {language: name}}, likewise.
DEPARTMENT_NAMES: dict[str, dict[str, str]] = {
    "Transport": {"pl": "Wydział Transportu", "da": "Trafik", "ru": "Транспорт", "uk": "Транспорт"},
    "Architecture & Building": {
        "pl": "Wydział Architektury i Budownictwa",
        "da": "Byggeri og arkitektur",
        "ru": "Архитектура и строительство",
        "uk": "Архітектура і будівництво",
    },
    "Finance": {"pl": "Wydział Finansów", "da": "Økonomi", "ru": "Финансы", "uk": "Фінанси"},
    "Environment": {
        "pl": "Wydział Ochrony Środowiska",
        "da": "Miljø",
        "ru": "Охрана окружающей среды",
        "uk": "Охорона довкілля",
    },
    "Civil Affairs": {
        "pl": "Wydział Spraw Obywatelskich",
        "da": "Borgerservice",
        "ru": "Гражданские дела",
        "uk": "Цивільні справи",
    },
    "Social Services": {
        "pl": "Ośrodek Pomocy Społecznej",
        "da": "Socialforvaltningen",
        "ru": "Социальная служба",
        "uk": "Соціальна служба",
    },
}

# (username, display name, role, {topic: level})
USERS: list[tuple[str, str, str, dict[str, int]]] = [
    (
        "anna",
        "Anna Kowalska",
        "agent",
        {"transport": 3, "taxes": 2, "waste": 3, "documents": 2, "permits": 1, "social": 1},
    ),
    (
        "bartek",
        "Bartek Nowak",
        "agent",
        {"transport": 2, "taxes": 3, "waste": 2, "documents": 3, "permits": 2, "social": 2},
    ),
    (
        "celina",
        "Celina Wiśniewska",
        "agent",
        {"transport": 1, "taxes": 1, "waste": 2, "documents": 2, "permits": 3, "social": 3},
    ),
    (
        "dawid",
        "Dawid Zieliński",
        "agent",
        {"transport": 3, "waste": 1, "documents": 1, "social": 2},
    ),
    (
        "grzegorz",
        "Grzegorz Kamiński",
        "agent",
        {"transport": 2, "taxes": 2, "waste": 2, "documents": 2, "permits": 2, "social": 2},
    ),
    (
        "hanna",
        "Hanna Dąbrowska",
        "agent",
        {"transport": 2, "taxes": 1, "waste": 3, "documents": 3, "permits": 1, "social": 2},
    ),
    # A clerk who knows Polish Sign Language: the page's "I use sign language" calls go
    # to her only (not simulated: sign in as sylwia to take them).
    ("sylwia", "Sylwia Migowa", "agent", {"sign:pjm": 4, "documents": 2, "social": 2}),
    # Second line: experts of six departments (two for building permits, so a
    # consultation that one of them lets ring goes to the other).
    ("ewa", "Ewa Lewandowska", "expert", {"permits": 5}),
    ("filip", "Filip Wójcik", "expert", {"taxes": 5}),
    ("iga", "Iga Wróblewska", "expert", {"waste": 5}),
    ("jakub", "Jakub Kaczmarek", "expert", {"transport": 5}),
    ("kasia", "Katarzyna Zając", "expert", {"documents": 5}),
    ("leon", "Leon Michalski", "expert", {"social": 4}),
    ("marta", "Marta Sikora", "expert", {"permits": 4}),
    ("sam", "Sam Supervisor", "supervisor", {}),
    ("admin", "Administrator", "admin", {}),
]

# (team name, members, supervisors): Sam supervises both teams; an admin changes them
# in the supervisor app's Teams page or with ``cc-server team …``.
TEAMS: list[tuple[str, list[str], list[str]]] = [
    ("Front line", ["anna", "bartek", "celina", "dawid", "grzegorz", "hanna", "sylwia"], ["sam"]),
    ("Second line", ["ewa", "filip", "iga", "jakub", "kasia", "leon", "marta"], ["sam"]),
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

# ---------------------------------------------------------------- simulated conversations
# Used by the demo's bots (shared/demo/citizens.py, shared/demo/agents.py).

DEMO_AGENT = "anna"  # the agent whose window cc-demo opens for a person to use
DEMO_SIGNER = "sylwia"  # the sign-language clerk, for a person to sign in as
DEMO_SUPERVISOR = "sam"
BOT_AGENTS = ["bartek", "celina", "dawid"]  # the agents cc-demo simulates (chat)
PHONE_AGENTS = ["grzegorz", "hanna"]  # simulated agents who take calls on a softphone
# Simulated experts: some answer consultations and transfers of chats, some of calls on a
# softphone; ewa is left for a person to try the expert tray client with.
BOT_EXPERTS = ["iga", "kasia", "leon"]
PHONE_EXPERTS = ["filip", "jakub", "marta"]
DEMO_EXPERT = "ewa"

CITIZEN_NAMES = [
    "Jan Malinowski",
    "Zofia Kamińska",
    "Piotr Szymański",
    "Maria Dąbrowska",
    "Tomasz Kozłowski",
    "Agnieszka Jankowska",
    "Michał Mazur",
    "Katarzyna Krawczyk",
    "Paweł Piotrowski",
    "Magdalena Grabowska",
    "Krzysztof Pawlak",
    "Aleksandra Michalska",
    "Marek Król",
    "Ewelina Wieczorek",
    "Łukasz Jabłoński",
    "Natalia Majewska",
]

# What a citizen says after the agent's first answer.
CITIZEN_FOLLOW_UPS = [
    "OK, and can I do that online?",
    "Thanks. How long will it take?",
    "Do I need to bring any documents?",
    "I see. Is there a fee?",
    "Right, and where exactly is that office?",
    "Good to know. Can my husband do it for me?",
    "Understood. Is it open on Saturdays?",
]

CITIZEN_THANKS = [
    "Thank you, that's all I needed!",
    "Great, thanks for your help.",
    "Perfect, have a nice day.",
    "Thanks a lot, bye!",
]

# The agent's first answer, per topic.
AGENT_ANSWERS: dict[str, list[str]] = {
    "transport": [
        "Good morning! Monthly student tickets are half price; you can buy them in the "
        "app or at any ticket machine with a valid student ID.",
        "Hello! Towed cars go to the municipal car park on Ślężna 120, open 24/7.",
    ],
    "permits": [
        "Hello! Sheds up to 35 m² only need a notification, not a full permit.",
        "Good morning! At the moment a building permit takes about 45 days.",
    ],
    "taxes": [
        "Hello! The second instalment of property tax is due on 15 May.",
        "Good morning! Please send us both payment confirmations and we'll refund the "
        "overpayment within 30 days.",
    ],
    "waste": [
        "Hello, sorry about that! I've reported the missed collection; the crew will come "
        "tomorrow.",
        "Good morning! Bulky waste can go to the collection point on Janowska 24 for free.",
    ],
    "documents": [
        "Hello! Yes, you can book an appointment online in the city hall's queue system.",
        "Good morning! You can register your new address online with a trusted profile or "
        "at any city hall office.",
    ],
    "social": [
        "Hello! Yes, there is a heating allowance; the Social Services Centre can check if "
        "your mother qualifies.",
        "Good morning! Please call the Social Services Centre at 71 782 23 00; they will send "
        "a social worker.",
    ],
}

AGENT_FOLLOW_UP_ANSWERS = [
    "Yes, it's all possible online; you'll find the form on the city hall website.",
    "It usually takes about two weeks.",
    "Just bring your ID card, that's enough.",
    "There's no fee for that.",
    "The office is on the ground floor of the city hall, window 4.",
]

AGENT_CHECKS = [
    "Is there anything else I can help you with?",
    "Anything else I can do for you today?",
]

AGENT_GOODBYES = [
    "Thank you for contacting the city hall. Goodbye!",
    "Have a nice day, goodbye!",
]

# The second line: what a first-line agent says when a question needs an expert, the note
# they send with it, and what the expert writes to the agent beside the chat.
AGENT_HANDOVER = [
    "Let me ask a colleague from {department} who knows this best.",
    "That one is for our specialists in {department}; I'm connecting you now.",
]
HANDOVER_NOTES = [
    "Citizen needs a specialist answer, details in the chat.",
    "Please take over: question beyond the first-line articles.",
]
EXPERT_INTERNAL = [
    "Thanks, I've got it from here.",
    "OK, I'll take it over.",
]
EXPERT_GREETINGS = [
    "Hello, this is {name} from {department}. I've read your question.",
    "Good day, {name} from {department} here; let me help you with this.",
]
