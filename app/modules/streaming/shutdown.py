"""Graceful shutdown under uvicorn: stream clients get 1001 before the server goes.

On SIGTERM/SIGINT uvicorn closes every open websocket with 1012 *before* it runs the lifespan
shutdown, so the module's ``on_shutdown`` alone would come too late to say goodbye. When the
process is served by uvicorn, the module therefore wraps uvicorn's signal handler: the first
signal drains the hub (1001 "going away" to every client, bounded by ``drain_timeout``) and then
hands the signal to uvicorn. A second signal goes to uvicorn at once, so force-quit still works.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from app.modules.streaming.hub import StreamHub

SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _is_uvicorn_handler(handler: Any) -> bool:
    owner = getattr(handler, "__self__", None)
    return (
        owner is not None
        and type(owner).__module__.startswith("uvicorn")
        and getattr(handler, "__name__", "") == "handle_exit"
    )


def install_drain_on_signal(hub: StreamHub) -> Callable[[], None]:
    """Wrap uvicorn's signal handlers (if that is what is installed); return an uninstaller."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[None]] = set()
    installed: dict[int, tuple[Callable[[int, FrameType | None], None], Any]] = {}

    for sig in SIGNALS:
        previous = signal.getsignal(sig)
        if not _is_uvicorn_handler(previous):
            continue

        def handler(signum: int, frame: FrameType | None, previous: Any = previous) -> None:
            if hub.closing or loop.is_closed():
                previous(signum, frame)
                return

            async def drain_then_forward() -> None:
                try:
                    await hub.drain()
                finally:
                    previous(signum, frame)

            def start() -> None:
                task = loop.create_task(drain_then_forward())
                tasks.add(task)
                task.add_done_callback(tasks.discard)

            hub.closing = True  # a second signal forwards immediately
            loop.call_soon_threadsafe(start)

        signal.signal(sig, handler)
        installed[sig] = (handler, previous)

    def uninstall() -> None:
        for sig, (handler, previous) in installed.items():
            if signal.getsignal(sig) is handler:
                signal.signal(sig, previous)

    return uninstall
