"""Passages shown to agents and citizens carry no Markdown debris."""

from shared.knowledge.snippets import plain_text


def test_table_rules_and_pipes_are_dropped():
    assert (
        plain_text("| Option | Cost |\n|---|:---:|\n| PSZOK | free |") == "Option Cost PSZOK free"
    )


def test_the_short_answer_label_is_not_part_of_the_passage():
    for label in (
        "**Short answer:**",
        "**Short answer for agents:**",
        "**Krótko dla agenta:**",
        "**Kort svar:**",
        "**Коротко:**",
    ):
        assert plain_text(f"{label} Bring your ID card.\n\nMore") == "Bring your ID card. More"


def test_other_bold_text_stays():
    assert plain_text("**Uwaga:** Karta Seniora") == "Uwaga: Karta Seniora"
