"""``kalkan`` command line: serve, migrate, worker, create-admin, import-candles, warmup,
train-sentiment."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.config import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]


def migrate(url: str | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.attributes["configure_logger"] = False
    if url:
        config.attributes["database_url"] = url
    command.upgrade(config, "head")


def uvicorn_limits(settings: Settings | None = None) -> dict[str, object]:
    """Server-side size limits: the h11 parser (chosen for this: httptools has no header
    limit) buffers at most ``APP_MAX_HEADER_BYTES`` of request line and headers, and a
    websocket message over ``APP_WS_MAX_MESSAGE_BYTES`` closes the socket (1009) before it
    is buffered in full."""
    from app.core.config import get_settings

    settings = settings or get_settings()
    return {
        "http": "h11",
        "h11_max_incomplete_event_size": settings.max_header_bytes,
        "ws_max_size": settings.ws_max_message_bytes,
    }


def _settings_or_exit() -> Settings:
    """The settings, or one clear line naming what is wrong (e.g. APP_SECRET_KEY in prod)."""
    from pydantic import ValidationError

    from app.core.config import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"kalkan: configuration error: {error['msg']}", file=sys.stderr)
        raise SystemExit(2) from None


def serve(host: str, port: int, workers: int) -> None:
    import uvicorn

    settings = _settings_or_exit()
    migrate()
    # Forwarded headers are believed only from APP_TRUSTED_PROXIES (uvicorn would otherwise
    # trust 127.0.0.1); no `server: uvicorn` banner.
    trusted = ",".join(settings.trusted_proxies)
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
        server_header=False,
        **uvicorn_limits(settings),  # type: ignore[arg-type]
    )


def worker() -> None:
    """Run taskiq workers for APP_JOB_BACKEND=redis (jobs submitted by the API processes)."""
    os.execvp(
        sys.executable,
        [sys.executable, "-m", "taskiq", "worker", "app.worker:broker", "--workers", "1"],
    )


def warmup() -> None:
    """Compile the backtest's numba kernels once into the data directory's numba cache
    (``APP_NUMBA_CACHE_DIR``), so every later process loads them instead of compiling."""
    import time

    from app.core.config import get_settings

    cache_dir = get_settings().numba_cache_dir
    os.environ.setdefault("NUMBA_CACHE_DIR", str(cache_dir))  # read when numba is imported
    started = time.perf_counter()
    from app.modules.backtest.public import warmup as compile_kernels

    compile_kernels()
    took = time.perf_counter() - started
    print(f"backtest kernels ready in {took:.1f} s (cache: {os.environ['NUMBA_CACHE_DIR']})")


async def _create_admin(email: str, password: str) -> None:
    from app.core.config import get_settings
    from app.core.db import Database
    from app.modules.auth.schemas import check_password_strength
    from app.modules.auth.service import ensure_admin

    check_password_strength(password)
    db = Database(get_settings().database_url)
    try:
        async with db.session() as session:
            user = await ensure_admin(session, email, password)
        print(f"admin ready: {user.email} (id {user.id})")
    finally:
        await db.dispose()


async def _import_candles(path: Path, exchange: str, symbol: str, timeframe: str) -> None:
    from app.core.config import get_settings
    from app.core.db import Database
    from app.core.errors import AppError
    from app.core.symbols import normalize_symbol
    from app.modules.database.public import import_candle_file

    content = path.read_bytes()  # noqa: ASYNC240 (a CLI, nothing else runs on this loop)
    db = Database(get_settings().database_url)
    try:
        async with db.session() as session:
            result = await import_candle_file(
                session, None, content, exchange, normalize_symbol(symbol), timeframe
            )
        print(result.model_dump_json(indent=2))
    except AppError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        for error in (exc.errors or [])[:20]:
            print(f"  {error.field}: {error.message}", file=sys.stderr)
        raise SystemExit(2) from None
    finally:
        await db.dispose()


async def _train_sentiment(args: argparse.Namespace) -> None:
    from app.core.config import get_settings
    from app.core.db import Database
    from app.modules.news.public import train_and_register

    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the encoder comes from an installed package
    settings = get_settings()
    db = Database(settings.database_url)
    try:
        async with db.session() as session:
            report = await train_and_register(
                session,
                settings.model_dir,
                args.train,
                args.valid,
                epochs=args.epochs,
                top_layers=args.top_layers,
                max_examples=args.max_examples,
            )
        print(report)
    finally:
        await db.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="kalkan", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="apply migrations, then run the API")
    serve_cmd.add_argument("--host", default="127.0.0.1")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--workers", type=int, default=1)
    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("worker", help="run a background job worker (Redis job backend)")
    admin = commands.add_parser("create-admin", help="create or promote an administrator")
    admin.add_argument("email")
    admin.add_argument("--password", help="prompted when omitted")
    candles = commands.add_parser("import-candles", help="import a candle file into the store")
    candles.add_argument("path", type=Path)
    candles.add_argument("--exchange", required=True)
    candles.add_argument("--symbol", required=True)
    candles.add_argument("--timeframe", required=True)
    commands.add_parser("warmup", help="compile the backtest kernels into the numba cache")
    sentiment = commands.add_parser(
        "train-sentiment", help="fine-tune the news sentiment model (MiniLM) and register it"
    )
    news_data = REPO_ROOT.parent / "shared" / "data" / "news"
    sentiment.add_argument("--train", type=Path, default=news_data / "sent_train.csv")
    sentiment.add_argument("--valid", type=Path, default=news_data / "sent_valid.csv")
    sentiment.add_argument("--epochs", type=int, default=3)
    sentiment.add_argument("--top-layers", type=int, default=2)
    sentiment.add_argument("--max-examples", type=int, default=None)
    args = parser.parse_args(argv)

    if args.command == "serve":
        serve(args.host, args.port, args.workers)
    elif args.command == "migrate":
        migrate()
    elif args.command == "worker":
        worker()
    elif args.command == "create-admin":
        password = args.password or getpass.getpass("password: ")
        asyncio.run(_create_admin(args.email, password))
    elif args.command == "import-candles":
        migrate()
        asyncio.run(_import_candles(args.path, args.exchange, args.symbol, args.timeframe))
    elif args.command == "warmup":
        warmup()
    elif args.command == "train-sentiment":
        migrate()
        asyncio.run(_train_sentiment(args))


if __name__ == "__main__":
    main()
