"""docs/protocol.md and the structs in shared/protocol.py cannot drift apart."""

from shared import protocol as p
from shared import protocol_docs


def test_generated_reference_matches_the_structs():
    assert protocol_docs.current() == protocol_docs.render(), (
        "docs/protocol.md is stale: run python -m shared.protocol_docs --write"
    )


def test_every_message_type_is_documented():
    text = protocol_docs.DOC.read_text()
    for union in (p.ClientMessage, p.ServerMessage):
        for tag in p.message_types(union):
            assert f"`{tag}`" in text


def test_every_request_has_a_role_rule():
    for tag, cls in p.message_types(p.ClientMessage).items():
        if cls not in (p.Hello, p.CitizenHello):
            assert cls in p.ROLE_RULES, tag
