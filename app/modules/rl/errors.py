"""Domain errors of the RL module: ``AppError`` subclasses raised where the problem is found."""

from __future__ import annotations

from typing import Any

from app.core.errors import Conflict, NotFound, ValidationFailed, field_error


class RLInputError(ValidationFailed):
    """Input that cannot be trained on or predicted with; ``field`` names the culprit."""

    title = "Invalid RL request"

    def __init__(self, message: str, *, field: str, type: str = "rl", **extra: Any) -> None:
        super().__init__(message, errors=[field_error(field, message, type)], **extra)
        self.field, self.kind = field, type

    def __reduce__(self) -> tuple[Any, ...]:
        # Raised in pool processes: rebuilt in the web process with its keyword arguments.
        return (_rebuild, (type(self), self.detail, self.field, self.kind, self.extra))


def _rebuild(
    cls: type[RLInputError], message: str, field: str, kind: str, extra: dict[str, Any]
) -> RLInputError:
    return cls(message, field=field, type=kind, **extra)


class InsufficientData(RLInputError):
    title = "Not enough usable candles"


class InvalidModelFile(RLInputError):
    """A corrupt, foreign or tampered model file: nothing in it was executed."""

    title = "Invalid model file"


class ModelNotFound(NotFound):
    title = "RL model not found"


class ModelNotReady(Conflict):
    title = "The RL model is not ready"
