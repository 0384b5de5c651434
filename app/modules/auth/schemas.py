"""Request and response models of the auth module."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, EmailStr, Field

from app.core.pagination import Page

Scope = Literal["read", "trade", "admin"]
Role = Literal["user", "admin"]

_COMMON_PASSWORDS = {
    "password", "password1", "password123", "123456789", "1234567890", "qwertyuiop",
    "iloveyou", "letmein123", "admin12345", "welcome123", "bitcoin123", "passw0rd!",
}  # fmt: skip


PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 128
# At least three of four character classes (ASCII lower, upper, digit, anything else). Written
# only with constructs that mean the same in Python and ECMA-262 regular expressions, so the
# pattern published in the schema is exactly the rule enforced here.
_CLASSES = ("[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]")
PASSWORD_PATTERN = (
    "^(?:"
    + "|".join(
        "".join(f"(?=[\\s\\S]*{cls})" for cls in _CLASSES if cls != left_out)
        for left_out in reversed(_CLASSES)
    )
    + ")"
)
_PASSWORD_RE = re.compile(PASSWORD_PATTERN)


def check_password_strength(password: str) -> str:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValueError(f"password must be at least {PASSWORD_MIN_LENGTH} characters long")
    if len(password) > PASSWORD_MAX_LENGTH:
        raise ValueError(f"password must be at most {PASSWORD_MAX_LENGTH} characters long")
    if not _PASSWORD_RE.search(password):
        raise ValueError(
            "password must mix at least three of: lower case, upper case, digits, symbols"
        )
    if password.lower() in _COMMON_PASSWORDS:
        raise ValueError("password is too common")
    return password


NewPassword = Annotated[
    str,
    Field(
        min_length=PASSWORD_MIN_LENGTH,
        max_length=PASSWORD_MAX_LENGTH,
        description=(
            f"{PASSWORD_MIN_LENGTH}-{PASSWORD_MAX_LENGTH} characters mixing at least three of: "
            "lower case, upper case, digits, symbols (the pattern); a short list of common "
            "passwords is refused too"
        ),
        json_schema_extra={"pattern": PASSWORD_PATTERN},
    ),
    AfterValidator(check_password_strength),
]


class RegisterIn(BaseModel):
    email: EmailStr = Field(max_length=320)
    password: NewPassword


class UserOut(BaseModel):
    id: int
    email: str
    roles: list[str]
    is_active: bool
    created_at: datetime


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Access token lifetime in seconds")


class RefreshIn(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=4096)


class LogoutOut(BaseModel):
    revoked: bool
    family: str | None


class ValidateOut(BaseModel):
    sub: str
    email: str
    roles: list[str]
    scopes: list[str]
    expires_at: datetime | None
    via: Literal["jwt", "api_key"]


# Text stored in the database: PostgreSQL cannot hold NUL characters.
NO_NUL = r"^[^\x00]*$"


class ApiKeyIn(BaseModel):
    name: str = Field(min_length=1, max_length=100, pattern=NO_NUL)
    scopes: list[Scope] = Field(default_factory=lambda: list[Scope](["read"]), min_length=1)
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class ApiKeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(description="The secret; shown only once")


class PasswordChangeIn(BaseModel):
    current_password: str = Field(min_length=1, max_length=PASSWORD_MAX_LENGTH)
    new_password: NewPassword


class PasswordChangeOut(BaseModel):
    changed: bool
    sessions_revoked: int = Field(description="Other sessions (token families) revoked")


class LogoutAllOut(BaseModel):
    revoked: bool
    sessions_revoked: int = Field(description="Sessions (token families) revoked")


class LoginEventOut(BaseModel):
    id: int
    email: str
    user_id: int | None
    outcome: Literal["success", "failure", "disabled", "throttled", "locked"]
    client: str
    at: datetime


class UserUpdateIn(BaseModel):
    roles: list[Role] | None = Field(default=None, min_length=1)
    is_active: bool | None = None


class UserPage(Page[UserOut]):
    """Users, newest first."""


class LoginEventPage(Page[LoginEventOut]):
    """Login audit entries, newest first."""


class ApiKeyPage(Page[ApiKeyOut]):
    """The caller's API keys, newest first."""
