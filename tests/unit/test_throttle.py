"""Failure throttles for sign-ins: limits, back-off, reset, bounded memory."""

from __future__ import annotations

import pytest

from shared.server.throttle import FailureThrottle


def test_five_failures_in_the_window_block_the_key_then_it_may_try_again():
    t = FailureThrottle(5, 20.0)
    for n in range(4):
        assert t.fail("10.0.0.1", float(n)) == 0.0
    assert t.blocked_for("10.0.0.1", 4.0) == 0.0
    assert t.fail("10.0.0.1", 4.0) == 20.0  # the fifth in 20 s: blocked
    assert t.blocked_for("10.0.0.1", 10.0) == 14.0
    assert t.blocked_for("10.0.0.2", 10.0) == 0.0  # other keys are not
    assert t.blocked_for("10.0.0.1", 24.0) == 0.0


def test_failures_outside_the_window_do_not_count():
    t = FailureThrottle(3, 10.0)
    t.fail("k", 0.0)
    t.fail("k", 5.0)
    assert t.fail("k", 11.0) == 0.0  # the one at 0 has left the window
    assert t.fail("k", 12.0) == 10.0


def test_the_penalty_doubles_while_the_guessing_goes_on_and_success_clears_it():
    t = FailureThrottle(2, 10.0, max_penalty=35.0)
    t.fail("anna", 0.0)
    assert t.fail("anna", 1.0) == 10.0
    t.fail("anna", 12.0)
    assert t.fail("anna", 13.0) == 20.0
    t.fail("anna", 34.0)
    assert t.fail("anna", 35.0) == 35.0  # capped
    t.succeed("anna")
    assert t.blocked_for("anna", 36.0) == 0.0 and t.fail("anna", 36.0) == 0.0


def test_a_ban_is_reported_once():
    t = FailureThrottle(1, 10.0)
    t.fail("k", 0.0)
    assert t.first_refusal("k") and not t.first_refusal("k")
    t.fail("k", 11.0)  # a new ban
    assert t.first_refusal("k")
    assert not t.first_refusal("never-failed")


def test_memory_is_bounded():
    t = FailureThrottle(5, 10.0, max_keys=100)
    for n in range(1000):
        t.fail(f"10.0.{n // 256}.{n % 256}", 0.0)
    assert len(t) == 100


def test_invalid_settings_are_refused():
    with pytest.raises(ValueError):
        FailureThrottle(0, 10.0)
