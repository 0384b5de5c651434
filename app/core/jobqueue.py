"""The in-process job queue: one FIFO per owner, served fairly between owners.

A worker that frees up takes the next job of the owner with the fewest running jobs (ties go
to whoever has waited longest), so one user's twenty submissions cannot hold every slot while
another user's single job waits behind them: it starts in the next free slot.
"""

from __future__ import annotations

import asyncio
from collections import deque

Owner = int | None


class FairJobQueue:
    def __init__(self) -> None:
        self._queues: dict[Owner, deque[str]] = {}
        self._order: deque[Owner] = deque()  # owners with queued jobs, longest-waiting first
        self._items = asyncio.Semaphore(0)
        self.running: dict[Owner, int] = {}

    def __len__(self) -> int:
        return sum(len(queue) for queue in self._queues.values())

    def put(self, owner: Owner, job_id: str) -> None:
        queue = self._queues.get(owner)
        if queue is None:
            queue = self._queues[owner] = deque()
            self._order.append(owner)
        queue.append(job_id)
        self._items.release()

    async def get(self) -> tuple[Owner, str]:
        """The next job to start; the caller must call ``done(owner)`` when it finishes."""
        await self._items.acquire()
        owner = min(self._order, key=lambda candidate: self.running.get(candidate, 0))
        self._order.remove(owner)
        queue = self._queues[owner]
        job_id = queue.popleft()
        if queue:
            self._order.append(owner)  # served: to the back of the line
        else:
            del self._queues[owner]
        self.running[owner] = self.running.get(owner, 0) + 1
        return owner, job_id

    def done(self, owner: Owner) -> None:
        left = self.running.get(owner, 1) - 1
        if left:
            self.running[owner] = left
        else:
            self.running.pop(owner, None)
