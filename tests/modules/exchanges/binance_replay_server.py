"""A loopback stand-in for Binance spot, replaying a real recording.

One ``websockets`` server answers both protocols ccxt.pro uses for ``watch_order_book``:

* ``GET /api/v3/depth`` — the REST snapshot: the recorded snapshot advanced through every diff
  the "exchange" has produced so far, with ``lastUpdateId`` = the last diff's ``u``;
* the websocket — acknowledges ``SUBSCRIBE`` and streams the recorded ``depthUpdate`` events.

The server's book is a plain dict replay (independent of the code under test). ``drop`` makes the
server lose a diff *on the wire* while its own book still includes it, as when a message is lost.
Stopping the server closes every connection mid-stream; a new server started with
``start=old.position`` on the same port resumes the stream where the old one stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response


class BinanceReplayServer:
    def __init__(
        self,
        snapshot: dict[str, Any],
        diffs: list[dict[str, Any]],
        *,
        start: int = 0,
        drop: frozenset[int] = frozenset(),
        interval: float = 0.002,
        port: int = 0,
    ) -> None:
        self.diffs = diffs
        self.drop = drop
        self.interval = interval
        self.port = port
        self.position = 0
        self.sent = 0
        self.subscriptions = 0
        self.rest_requests = 0
        self._bids = {p: q for p, q in snapshot["bids"]}
        self._asks = {p: q for p, q in snapshot["asks"]}
        self._update_id: int = snapshot["lastUpdateId"]
        self._server: Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        for diff in diffs[:start]:
            self._advance(diff)
        self.position = start

    # The exchange's own book ------------------------------------------------------------------

    def _advance(self, diff: dict[str, Any]) -> None:
        if diff["u"] <= self._update_id:
            return  # already in the snapshot
        for book, levels in ((self._bids, diff["b"]), (self._asks, diff["a"])):
            for price, qty in levels:
                if float(qty) == 0:
                    book.pop(price, None)
                else:
                    book[price] = qty
        self._update_id = diff["u"]

    def depth_snapshot(self) -> dict[str, Any]:
        return {
            "lastUpdateId": self._update_id,
            "bids": sorted(self._bids.items(), key=lambda kv: float(kv[0]), reverse=True),
            "asks": sorted(self._asks.items(), key=lambda kv: float(kv[0])),
        }

    # Network ----------------------------------------------------------------------------------

    async def start(self) -> BinanceReplayServer:
        self._server = await serve(
            self._handle_ws, "127.0.0.1", self.port, process_request=self._handle_http
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    def _handle_http(self, connection: ServerConnection, request: Request) -> Response | None:
        if not request.path.startswith("/api/v3/depth"):
            return None  # carry on with the websocket handshake
        self.rest_requests += 1
        response = connection.respond(HTTPStatus.OK, json.dumps(self.depth_snapshot()))
        response.headers["Content-Type"] = "application/json"
        return response

    async def _handle_ws(self, ws: ServerConnection) -> None:
        streaming: asyncio.Task[None] | None = None
        try:
            async for text in ws:
                request = json.loads(text)
                if request.get("method") == "SUBSCRIBE":
                    self.subscriptions += 1
                    await ws.send(json.dumps({"result": None, "id": request["id"]}))
                    if streaming is None:  # resubscribing after a gap keeps the same stream
                        streaming = asyncio.create_task(self._stream(ws))
                        self._tasks.add(streaming)
                        streaming.add_done_callback(self._tasks.discard)
        finally:
            if streaming is not None:
                streaming.cancel()

    async def _stream(self, ws: ServerConnection) -> None:
        with contextlib.suppress(Exception):
            while self.position < len(self.diffs):
                index = self.position
                diff = self.diffs[index]
                self._advance(diff)
                self.position += 1
                if index not in self.drop:
                    await ws.send(json.dumps(diff))
                    self.sent += 1
                await asyncio.sleep(self.interval)
