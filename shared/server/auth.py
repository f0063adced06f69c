"""Password hashing (argon2id) and session tokens."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's minimum argon2id setting (19 MiB, t=2): a login costs ~20 ms, so the server
# can take a shift change of hundreds of agents logging in at once.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verified against when the user is unknown, so that an unknown name costs the same
# argon2 work as a wrong password and answers in the same time (no user enumeration).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def verify_unknown(password: str) -> bool:
    """The cost of a verification, for a user that does not exist: always False."""
    verify_password(_DUMMY_HASH, password)
    return False


def new_token() -> str:
    return secrets.token_urlsafe(24)
