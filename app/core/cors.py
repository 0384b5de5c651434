"""Cross-origin access for browser front-ends, off unless ``APP_CORS_ORIGINS`` lists origins."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

# What a browser client needs to read: the job Location of a 202, rate-limit state, request id.
EXPOSED_HEADERS = [
    "Location",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "Retry-After",
    "X-Request-ID",
]


def install_cors(app: FastAPI, origins: list[str]) -> None:
    """Answer preflights and tag responses for ``origins`` (``*`` for any). With no origins,
    no middleware is installed, so responses carry no CORS headers at all. Credentials are
    bearer tokens or API keys, never cookies, so credentialed CORS stays off."""
    if not origins:
        return
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=EXPOSED_HEADERS,
        max_age=600,
    )
