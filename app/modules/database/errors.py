"""Problems the database module raises (RFC 9457 via ``AppError``), each where it happens."""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError, Forbidden, NotFound, ValidationFailed, field_error


class CandleFileInvalid(ValidationFailed):
    """The uploaded file as a whole is not a candle file the importer understands."""

    slug, title = "candle-file-invalid", "Not a candle file"

    def __init__(self, detail: str, *, field: str = "body.file", **extra: Any) -> None:
        errors = [field_error(field, detail, "format")]
        super().__init__(detail, errors=errors, **extra)


class TradesNotCandles(CandleFileInvalid):
    """A trades or aggTrades dump was sent where candles (klines) were expected."""

    slug, title = "trades-not-candles", "Trades file, not candles"


class CandleRowsInvalid(ValidationFailed):
    """Rows of the file break OHLC rules; nothing was imported (``skip_invalid`` skips them)."""

    slug, title = "candle-rows-invalid", "Invalid candle rows"


class UploadTooLarge(AppError):
    """The upload is larger than the configured limit."""

    status, slug, title = 413, "upload-too-large", "Upload too large"

    def __init__(self, max_bytes: int) -> None:
        super().__init__(
            f"file larger than {max_bytes / 2**20:g} MiB",
            errors=[field_error("body.file", "file too large", "size")],
            max_bytes=max_bytes,
        )


class SignalNotFound(NotFound):
    """No signal with that id belongs to the caller."""

    slug, title = "signal-not-found", "Signal not found"

    def __init__(self, signal_id: int) -> None:
        super().__init__(f"signal {signal_id} not found")


class SharedCandlesAdminOnly(Forbidden):
    """Only administrators (and exchange downloads) write the shared candle store."""

    slug, title = "shared-candles-admin-only", "Shared candle store is admin-only"

    def __init__(self) -> None:
        super().__init__(
            "only administrators import into the shared candle store; import into your own "
            "dataset (dataset=own) instead",
            errors=[field_error("body.dataset", "admin only", "forbidden")],
        )
