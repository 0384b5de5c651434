"""Request and response models of the auth module."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, EmailStr, Field, field_validator

Scope = Literal["read", "trade", "admin"]
Role = Literal["user", "admin"]

_COMMON_PASSWORDS = {
    "password", "password1", "password123", "123456789", "1234567890", "qwertyuiop",
    "iloveyou", "letmein123", "admin12345", "welcome123", "bitcoin123", "passw0rd!",
}  # fmt: skip


def check_password_strength(password: str) -> str:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters long")
    classes = sum(
        bool(re.search(pattern, password)) for pattern in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]")
    )
    if classes < 3:
        raise ValueError(
            "password must mix at least three of: lower case, upper case, digits, symbols"
        )
    if password.lower() in _COMMON_PASSWORDS:
        raise ValueError("password is too common")
    return password


class RegisterIn(BaseModel):
    email: EmailStr = Field(max_length=320)
    password: str = Field(min_length=1, max_length=128)

    @field_validator("password")
    @classmethod
    def _strong(cls, value: str) -> str:
        return check_password_strength(value)


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


class ApiKeyIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[Scope] = Field(default_factory=lambda: ["read"], min_length=1)
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


class UserUpdateIn(BaseModel):
    roles: list[Role] | None = Field(default=None, min_length=1)
    is_active: bool | None = None
