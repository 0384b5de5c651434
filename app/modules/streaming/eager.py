"""Eager sends: run a send coroutine synchronously when it can finish without waiting.

Fanning a message out by waking one sender task per client costs a task switch per client per
message, which at a thousand clients dominates everything else. Most sends never wait: the
socket has room, the frame is written, the coroutine returns. So the hub *starts* the send
coroutine itself (``start``); if it finishes at once, no task was involved. If it suspends (the
client's socket is full), the half-run coroutine and the future it waits on are handed to that
client's sender task, which finishes it with ``await Resume(...)``. This is what Python 3.12's
eager tasks do; the project runs on 3.11.
"""

from __future__ import annotations

from collections.abc import Coroutine, Generator
from typing import Any

Pending = tuple[Coroutine[Any, Any, Any], Any]
"""A suspended send: the coroutine and what it yielded (the future it waits on)."""


def start(coro: Coroutine[Any, Any, Any]) -> Pending | None:
    """Run ``coro`` until it finishes (→ ``None``) or suspends (→ what to resume).

    Exceptions raised by the coroutine propagate to the caller.
    """
    try:
        yielded = coro.send(None)
    except StopIteration:
        return None
    return coro, yielded


class Resume:
    """Awaitable that finishes a coroutine suspended by ``start``, inside the awaiting task."""

    __slots__ = ("coro", "yielded")

    def __init__(self, pending: Pending) -> None:
        self.coro, self.yielded = pending

    def __await__(self) -> Generator[Any, None, Any]:
        coro, yielded = self.coro, self.yielded
        while True:
            try:
                # The task now waits on the future the coroutine was waiting on; that future
                # still carries asyncio's "blocking" mark from the coroutine's own yield.
                yield yielded
            except BaseException as exc:  # e.g. the sender task is cancelled
                try:
                    yielded = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
                continue
            try:
                yielded = coro.send(None)
            except StopIteration as stop:
                return stop.value
