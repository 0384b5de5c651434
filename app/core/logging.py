"""Structured JSON logs carrying the request id, user id and module of the current request."""

from __future__ import annotations

import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import orjson

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
user_id_var: ContextVar[int | None] = ContextVar("user_id", default=None)
module_var: ContextVar[str | None] = ContextVar("module", default=None)

_STANDARD_ATTRS = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": request_id_var.get(),
            "user_id": user_id_var.get(),
            "module": module_var.get(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: str = "INFO", json_output: bool = True) -> None:
    handler = logging.StreamHandler(sys.stdout)
    if json_output:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's access log duplicates our request log.
    logging.getLogger("uvicorn.access").disabled = True
    install_secret_redaction()


# --- credentials in URLs ------------------------------------------------------------------------
# Browsers can only authenticate a websocket through its URL (``?token=``), and uvicorn logs
# every websocket's path with its query string; so do HTTP clients' request logs. Every line that
# leaves through a handler is cleaned of these parameters' values.

_SECRET_PARAM = re.compile(
    r"(?i)\b((?:access_|refresh_|id_)?token|api[_-]?key|apikey|password|secret)=[^&\s\"'#]+"
)
REDACTED = "[REDACTED]"


def redact_secrets(text: str) -> str:
    """``text`` with the values of ``token=``, ``api_key=`` (and alike) replaced."""
    return _SECRET_PARAM.sub(rf"\1={REDACTED}", text) if "=" in text else text


class SecretRedactionFilter(logging.Filter):
    """Rewrites a record's message when it carries a credential parameter (never drops it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the handler's to report, not ours
            return True
        cleaned = redact_secrets(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_redaction = SecretRedactionFilter()


def install_secret_redaction() -> None:
    """Put the filter on the root handlers and on uvicorn's loggers and handlers (which do not
    propagate to the root, and may be configured again after the app is built: logger filters
    survive uvicorn's ``dictConfig``)."""
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi"):
        logger = logging.getLogger(name)
        if name and _redaction not in logger.filters:
            logger.addFilter(_redaction)
        for handler in logger.handlers:
            if _redaction not in handler.filters:
                handler.addFilter(_redaction)
