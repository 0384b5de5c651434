"""Tokens and secrets: JWT (python-jose, one pinned algorithm), argon2 passwords, API-key hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt

TokenType = Literal["access", "refresh"]
API_KEY_PREFIX = "kk_"

_hasher = PasswordHasher()


@cache
def _absent_user_hash() -> str:
    """Verifying against this keeps login timing equal whether or not the email exists
    (computed on first use: an argon2 hash at import would slow start-up by ~0.3 s)."""
    return _hasher.hash("not-a-real-password-used-for-timing")


class InvalidToken(Exception):
    """The token is malformed, forged, expired or of the wrong type."""


@dataclass(frozen=True)
class TokenClaims:
    sub: str
    type: TokenType
    jti: str
    family: str
    iat: datetime
    exp: datetime
    roles: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    try:
        return _hasher.verify(hashed or _absent_user_hash(), password) and hashed is not None
    except (VerificationError, InvalidHashError):
        return False


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(raw: str) -> str:
    # API keys carry 256 bits of entropy, so a fast keyed hash is enough (no argon2 per request).
    return hashlib.sha256(raw.encode()).hexdigest()


def same_digest(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def create_token(
    *,
    subject: str,
    token_type: TokenType,
    secret: str,
    algorithm: str,
    lifetime: timedelta,
    family: str | None = None,
    roles: list[str] | None = None,
    scopes: list[str] | None = None,
) -> tuple[str, TokenClaims]:
    now = datetime.now(UTC).replace(microsecond=0)
    claims = TokenClaims(
        sub=subject,
        type=token_type,
        jti=uuid.uuid4().hex,
        family=family or uuid.uuid4().hex,
        iat=now,
        exp=now + lifetime,
        roles=roles or [],
        scopes=scopes or [],
    )
    payload: dict[str, Any] = {
        "sub": claims.sub,
        "type": claims.type,
        "jti": claims.jti,
        "fam": claims.family,
        "iat": int(claims.iat.timestamp()),
        "exp": int(claims.exp.timestamp()),
        "roles": claims.roles,
        "scopes": claims.scopes,
    }
    return jwt.encode(payload, secret, algorithm=algorithm), claims


# Tokens whose signature and claims were verified, by (token, secret, algorithm, type). A hit
# needs the byte-identical token under the same secret, so it proves what verifying again
# would; expiry is still checked on every use. python-jose costs ~150 µs per decode, a sizeable
# share of a small authenticated request. Bounded: cleared when full.
_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str, str, str], TokenClaims] = {}


def decode_token(token: str, *, secret: str, algorithm: str, expected: TokenType) -> TokenClaims:
    """Verify signature (only ``algorithm`` is accepted: ``alg: none`` fails), expiry, type."""
    key = (token, secret, algorithm, expected)
    claims = _verified.get(key)
    if claims is None:
        claims = _verify(token, secret=secret, algorithm=algorithm, expected=expected)
        if len(_verified) >= _VERIFIED_MAX:
            _verified.clear()
        _verified[key] = claims
    elif claims.exp.timestamp() < time.time():
        del _verified[key]
        raise InvalidToken("Signature has expired.")
    return claims


def _verify(token: str, *, secret: str, algorithm: str, expected: TokenType) -> TokenClaims:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != algorithm:
            raise InvalidToken("unexpected signing algorithm")
        payload = jwt.decode(
            token,
            secret,
            algorithms=[algorithm],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
    except JWTError as exc:
        raise InvalidToken(str(exc)) from exc
    if payload.get("type") != expected:
        raise InvalidToken(f"expected a {expected} token")
    try:
        return TokenClaims(
            sub=str(payload["sub"]),
            type=payload["type"],
            jti=str(payload["jti"]),
            family=str(payload["fam"]),
            iat=datetime.fromtimestamp(payload["iat"], UTC),
            exp=datetime.fromtimestamp(payload["exp"], UTC),
            roles=list(payload.get("roles", [])),
            scopes=list(payload.get("scopes", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidToken("token is missing required claims") from exc
