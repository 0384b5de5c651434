"""Domain errors of the synthetic module: problems raised where the problem is found."""

from __future__ import annotations

from app.core.errors import NotFound, ValidationFailed, field_error


class SyntheticInputError(ValidationFailed):
    """Input the generators cannot work with; ``field`` names it (``body.window``)."""

    slug, title = "synthetic-invalid-input", "Synthetic data: invalid input"

    def __init__(self, field: str, message: str, *, rule: str = "synthetic-input") -> None:
        super().__init__(
            f"{field}: {message}", errors=[field_error(field, message, rule)], rule=rule
        )


class NotEnoughData(SyntheticInputError):
    """Too few usable candles (after gaps) for the requested window."""

    slug, title = "synthetic-not-enough-data", "Not enough candles for the window"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message, rule="enough-candles")


class GenerationTooLarge(SyntheticInputError):
    """A generation request beyond the configured size limits."""

    slug, title = "synthetic-request-too-large", "Generation request too large"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message, rule="generation-size")


class ModelNotFound(NotFound):
    slug, title = "synthetic-model-not-found", "Synthetic model not found"


class ModelNotReady(ValidationFailed):
    """The model exists but has no usable bundle (still training, failed or cancelled)."""

    slug, title = "synthetic-model-not-ready", "Synthetic model not ready"

    def __init__(self, model_id: str, status: str) -> None:
        super().__init__(
            f"model {model_id} is {status}: only a ready model can generate",
            errors=[field_error("body.model_id", f"model is {status}", "model-ready")],
            rule="model-ready",
        )


class ModelFileInvalid(ValidationFailed):
    """The bundle file is missing, or its sha256 is not the registry's: nothing is loaded."""

    slug, title = "synthetic-model-file-invalid", "Synthetic model file failed its check"

    def __init__(self, model_id: str, detail: str) -> None:
        super().__init__(
            f"model {model_id}: {detail}; the file was not loaded",
            errors=[field_error("body.model_id", detail, "model-hash")],
            rule="model-hash",
        )
