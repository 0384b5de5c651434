"""The live path end to end: ccxt.pro (LiveSource) against a loopback Binance replaying a real
recording, through the hub, to a websocket client — including a diff lost on the wire."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.modules.exchanges.binance_replay_server import BinanceReplayServer
from tests.modules.exchanges.test_live_source import live_source_for, load_binance_recording
from tests.modules.streaming.helpers import apply_book, connect, recv


async def test_a_lost_diff_is_resynced_and_clients_stay_connected(served, token, shared_data):
    cryptofeed = shared_data / "orderbook_trades" / "cryptofeed"
    snapshot, diffs, _ = load_binance_recording(Path(cryptofeed))
    final_id = diffs[-1]["u"]
    server = await BinanceReplayServer(
        snapshot, diffs, drop=frozenset({40}), interval=0.005
    ).start()
    source = live_source_for(server.port)
    served.app.state.market_data = source
    served.hub.settings.reconnect_check = 0.01
    try:
        ws = await connect(served.url("/stream/orderbook/NKN-USDT", token))
        subscribed = await recv(ws, within=10)
        assert subscribed["source"] == "live" and subscribed["exchange"] == "binance"
        state: dict = {}
        messages = []
        async with asyncio.timeout(20):
            while True:
                message = await recv(ws, within=20)
                messages.append(message)
                if message["type"] == "orderbook":
                    apply_book(state, message["data"])
                    if message["data"]["sequence"] == final_id:
                        break
        kinds = [
            m["data"].get("state") or m["data"].get("kind")
            for m in messages
            if m["type"] in ("status", "orderbook")
        ]
        # Told about the resync, then given a full book again; never disconnected.
        assert "reconnected" in kinds
        after = kinds[kinds.index("reconnected") + 1 :]
        assert next(k for k in after if k in ("snapshot", "delta")) == "snapshot"
        assert server.rest_requests == 2  # ccxt refetched the snapshot after the gap
        depth = served.hub.settings.book_depth
        venue = server.depth_snapshot()
        assert state["bids"] == {float(p): float(q) for p, q in venue["bids"][:depth]}
        assert state["asks"] == {float(p): float(q) for p, q in venue["asks"][:depth]}
        lost = diffs[40]["u"]
        sequences = [m["data"]["sequence"] for m in messages if m["type"] == "orderbook"]
        assert lost not in sequences
        await ws.close()
    finally:
        await source.close()
        await server.stop()
