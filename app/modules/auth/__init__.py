"""Auth & API gateway: accounts, JWT and API-key credentials, roles and scopes."""

from __future__ import annotations

from fastapi import FastAPI

from app.core.principals import register_resolver
from app.modules.auth.router import module as router
from app.modules.auth.service import AuthResolver

register_resolver(AuthResolver())


async def on_startup(app: FastAPI) -> None:
    from app.modules.auth.config import AuthSettings

    app.state.auth_settings = AuthSettings()
    settings = app.state.settings
    if settings.bootstrap_admin_email and settings.bootstrap_admin_password:
        from app.modules.auth.service import ensure_admin

        async with app.state.db.session() as session:
            await ensure_admin(
                session, settings.bootstrap_admin_email, settings.bootstrap_admin_password
            )


__all__ = ["on_startup", "router"]
