"""Interactive API docs served by the app itself: Swagger UI at ``/docs``, ReDoc at ``/redoc``.

FastAPI's default pages load Swagger UI and ReDoc from a CDN (and ReDoc's fonts from Google), so
they are blank on a machine without internet. The assets come instead from the ``fastapi-offline``
package, which ships and updates Swagger UI's bundle and stylesheet and ReDoc's standalone bundle;
we serve its ``static`` folder and keep FastAPI's own page builders.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

DOCS_PATH = "/docs"
REDOC_PATH = "/redoc"
OAUTH2_REDIRECT_PATH = "/docs/oauth2-redirect"
ASSETS_PATH = "/docs/assets"
REDOC_JS_PATH = "/docs/redoc.standalone.js"
# ReDoc's sidebar credit loads its logo from Redocly's CDN, and hides the image when that fails;
# pointing it at an empty data URL gives the same page offline without the outside request.
_REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


def assets_directory() -> str:
    return str(files("fastapi_offline") / "static")


@lru_cache(maxsize=1)
def redoc_bundle() -> bytes:
    bundle = (files("fastapi_offline") / "static" / "redoc.standalone.js").read_text("utf-8")
    return bundle.replace(_REDOC_LOGO, "data:,").encode()


def install_docs(app: FastAPI) -> None:
    """Mount the docs pages and their assets on ``app`` (created with ``docs_url=None`` and
    ``redoc_url=None``) and describe file uploads so that SDK generators send files."""
    app.mount(ASSETS_PATH, StaticFiles(directory=assets_directory()), name="docs-assets")
    title = app.title
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get(REDOC_JS_PATH, include_in_schema=False)
    async def redoc_js() -> Response:
        return Response(
            redoc_bundle(),
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.get(DOCS_PATH, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} — Swagger UI",
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_PATH}/favicon.png",
            oauth2_redirect_url=OAUTH2_REDIRECT_PATH,
        )

    @app.get(OAUTH2_REDIRECT_PATH, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get(REDOC_PATH, include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} — ReDoc",
            redoc_js_url=REDOC_JS_PATH,
            redoc_favicon_url=f"{ASSETS_PATH}/favicon.png",
            with_google_fonts=False,
        )

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        mark_binary_uploads(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def mark_binary_uploads(schema: dict[str, Any]) -> None:
    """Add ``format: binary`` beside ``contentMediaType`` on the file fields of multipart
    bodies. FastAPI writes only the OpenAPI 3.1 form (``contentMediaType``); openapi-python-client
    and openapi-typescript recognise a file by ``format: binary`` and otherwise send the file
    as a text field."""
    components = schema.get("components", {}).get("schemas", {})
    for item in schema.get("paths", {}).values():
        for operation in item.values():
            content = operation.get("requestBody", {}).get("content", {})
            body = content.get("multipart/form-data", {}).get("schema")
            if body is None:
                continue
            if "$ref" in body:
                body = components.get(body["$ref"].rsplit("/", 1)[-1], {})
            for field in body.get("properties", {}).values():
                for variant in [field, *field.get("anyOf", []), field.get("items", {})]:
                    if variant.get("type") == "string" and "contentMediaType" in variant:
                        variant.setdefault("format", "binary")
