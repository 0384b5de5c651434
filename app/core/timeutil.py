"""UTC datetimes for every API field and query parameter.

Convention (documented in the OpenAPI schema of each field): an ISO 8601 timestamp with an
offset is converted to UTC; a naive one (no offset) is taken as UTC. Numbers are not datetimes
(``start=0.5`` is refused), and a moment that cannot be represented in UTC (year 1 with a
positive offset, year 9999 with a negative one) is a 422 naming the field, never a 500.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema

UTC_DESCRIPTION = "UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC"


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; naive means UTC already. Raises ValueError when out of range."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("the moment is outside the representable range in UTC") from exc


def _parse(value: Any) -> datetime:
    if isinstance(value, datetime):
        return as_utc(value)
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError as exc:
            raise ValueError("not an ISO 8601 datetime, e.g. 2024-01-01T00:00:00Z") from exc
        return as_utc(parsed)
    raise ValueError("not an ISO 8601 datetime string, e.g. 2024-01-01T00:00:00Z")


def _serialise(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


UtcDatetime = Annotated[
    datetime,
    BeforeValidator(_parse),
    PlainSerializer(_serialise, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time", "description": UTC_DESCRIPTION}),
    Field(description=UTC_DESCRIPTION),
]
"""A timezone-aware UTC ``datetime`` (see the module docstring for the convention)."""
