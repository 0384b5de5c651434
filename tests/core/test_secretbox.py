"""Sealed secrets: a round trip, a key per purpose and per app secret, legacy plaintext read."""

import pytest
from cryptography.fernet import InvalidToken

from app.core.secretbox import SEALED, seal, unseal

KEY = "an-app-signing-secret-that-is-long-enough-0123"


def test_sealed_values_open_with_their_key_and_purpose_only() -> None:
    sealed = seal("hook-secret", KEY, "kalkan-webhook-secrets")
    assert sealed.startswith(SEALED) and "hook-secret" not in sealed
    assert sealed != seal("hook-secret", KEY, "kalkan-webhook-secrets")  # random IV each time
    assert unseal(sealed, KEY, "kalkan-webhook-secrets") == "hook-secret"
    with pytest.raises(InvalidToken):
        unseal(sealed, KEY, "kalkan-exec-credentials")
    with pytest.raises(InvalidToken):
        unseal(sealed, KEY + "x", "kalkan-webhook-secrets")


def test_a_value_stored_before_sealing_is_read_as_it_is() -> None:
    assert unseal("plain-old-secret", KEY, "kalkan-webhook-secrets") == "plain-old-secret"
