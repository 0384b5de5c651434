"""Binds each request (and websocket) to the settings of the app that serves it.

Code that has no request at hand (pydantic validators, the white-hat policy) reads
``app.core.config.active_settings()`` and so gets this app's settings, not the process's.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.config import Settings, bind_settings, unbind_settings


class SettingsContextMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        token = bind_settings(self.settings)
        try:
            await self.app(scope, receive, send)
        finally:
            unbind_settings(token)
