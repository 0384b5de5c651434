"""Credentials in URLs (``?token=``, ``api_key=``) never leave through a log handler."""

from __future__ import annotations

import logging

from app.core.logging import SecretRedactionFilter, redact_secrets


def test_credential_parameters_are_redacted_and_the_rest_kept():
    line = '127.0.0.1:5 - "WebSocket /api/v1/stream/price/BTC-USDT?token=eyJa.b.c&exchange=okx"'
    assert redact_secrets(line) == (
        '127.0.0.1:5 - "WebSocket /api/v1/stream/price/BTC-USDT?token=[REDACTED]&exchange=okx"'
    )
    assert redact_secrets("GET /x?api_key=kk_abc123&access_token=t") == (
        "GET /x?api_key=[REDACTED]&access_token=[REDACTED]"
    )
    assert redact_secrets("symbol=BTC-USDT&limit=5") == "symbol=BTC-USDT&limit=5"


def test_the_filter_rewrites_formatted_records_without_dropping_them():
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("kalkan.test.redaction")
    logger.propagate = False
    handler = Collect()
    handler.addFilter(SecretRedactionFilter())
    logger.addHandler(handler)
    try:
        logger.warning('%s - "WebSocket %s" [accepted]', "1.2.3.4:5", "/stream?token=secret-jwt")
        logger.warning("plain %d", 3)
    finally:
        logger.removeHandler(handler)
    assert seen == ['1.2.3.4:5 - "WebSocket /stream?token=[REDACTED]" [accepted]', "plain 3"]
