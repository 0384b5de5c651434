"""Progress and cancellation for work running in the job runner's process pool.

A pool process cannot call back into the event loop, so the job and its work share a small
manager-backed dict: the work writes its progress and reads a stop flag; the job polls the
progress into ``core_jobs`` and sets the flag when the job is cancelled. Both callbacks are
bound methods of a picklable object, so they travel to the pool with the work's arguments.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any


class SharedProgress:
    def __init__(self, state: MutableMapping[str, Any]) -> None:
        self.state = state

    def report(self, fraction: float) -> None:
        """The work's ``on_progress(fraction)``."""
        self.state["fraction"] = float(fraction)

    def should_cancel(self) -> bool:
        """The work's ``should_cancel()``: true once the job was asked to stop."""
        return bool(self.state["stop"])

    @property
    def fraction(self) -> float:
        return float(self.state["fraction"])

    def stop(self) -> None:
        self.state["stop"] = True
