"""Stream fan-out latency: 1,000 websocket clients on one market at 100 upstream messages/s.

Two servers are measured in the same run, with the same clients:

* **ours**: the full Kalkan app under uvicorn (auth, hub, per-client outlets, middleware), its
  market-data source replaced by a paced trade feed; clients on ``WS /stream/trades/BTC-USDT``;
* **baseline**: a bare ``websockets`` server that calls ``broadcast()`` with a message of the
  same size and shape — the floor for Python websocket fan-out.

Delay = client receipt − upstream receipt, where upstream receipt is the message's slot in the
feed's fixed schedule (start + i / rate): a server that falls behind is charged for its backlog
instead of silently slowing the feed down (no coordinated omission). Clients stamp each frame as
it reaches user space; all processes share CLOCK_MONOTONIC on Linux. For ours, the delay from the
hub taking each message out of the source is printed as well. The first second of the feed is a
warm-up, not measured (its p99 is printed too): a fresh TCP connection acks every segment at
first, which on loopback roughly doubles the sender's cost for its first ~16 messages.

The clients are ``bench/fanout_client.c`` by default: one epoll loop in C for all of them, built
with gcc into a temp dir at run time, costing a few hundred ns of user time per frame besides the
recv, so the measurement is about the server. It also records the kernel's receive timestamp of
each frame (SO_TIMESTAMPNS), which on loopback is the moment the server's send() put it there:
"kern" columns are the delay without the client's own share. ``--client python`` keeps the
earlier asyncio raw-socket clients for comparison. Trades are used because every message must
reach every client: nothing is conflated. The CPU used by the server, the clients and the whole
machine (from /proc/stat, so other work on the box shows) during the feed is printed too.

Usage: python bench/bench_fanout.py [--clients 1000] [--rate 100] [--seconds 10] [--warmup 1]
                                    [--uvloop] [--client c|python] [--procs N]
                                    [--only ours|baseline]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import multiprocessing as mp
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEQ = re.compile(rb'"seq":(\d+)')
TRADE_PREFIX = b'{"type":"trade"'


# --- clients (worker processes) ----------------------------------------------------------------


class RawClient(asyncio.Protocol):
    """A minimal websocket client: handshake, unmasked server frames, pong replies."""

    def __init__(self, request: bytes, done: asyncio.Future[None], stop_seq: int) -> None:
        self.request = request
        self.done = done
        self.stop_seq = stop_seq
        self.buffer = bytearray()
        self.upgraded = False
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.seqs = array("q")
        self.times = array("q")
        self.close_code = 0
        """The server's close code, or -1 if the connection was lost without one."""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        now = time.monotonic_ns()
        buffer = self.buffer
        buffer += data
        if not self.upgraded:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not buffer.startswith(b"HTTP/1.1 101"):
                self.ready.set_exception(RuntimeError(bytes(buffer[:200]).decode()))
                return
            del buffer[: end + 4]
            self.upgraded = True
            self.ready.set_result(None)
        offset = 0
        size = len(buffer)
        while size - offset >= 2:
            opcode = buffer[offset] & 0x0F
            length = buffer[offset + 1] & 0x7F
            head = 2
            if length == 126:
                if size - offset < 4:
                    break
                length = int.from_bytes(buffer[offset + 2 : offset + 4], "big")
                head = 4
            elif length == 127:
                if size - offset < 10:
                    break
                length = int.from_bytes(buffer[offset + 2 : offset + 10], "big")
                head = 10
            if size - offset < head + length:
                break
            payload = bytes(buffer[offset + head : offset + head + length])
            offset += head + length
            if opcode == 1 and payload.startswith(TRADE_PREFIX):
                seq = int(SEQ.search(payload).group(1))  # type: ignore[union-attr]
                self.seqs.append(seq)
                self.times.append(now)
                if seq >= self.stop_seq and not self.done.done():
                    self.done.set_result(None)
            elif opcode == 9:  # ping → masked pong
                self._send_control(0xA, payload)
            elif opcode == 8:
                self.close_code = int.from_bytes(payload[:2], "big") if payload else 1005
                if not self.done.done():
                    self.done.set_result(None)
        del buffer[:offset]

    def _send_control(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        assert self.transport is not None
        self.transport.write(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.close_code and not self.done.done():
            self.close_code = -1
        if not self.done.done():
            self.done.set_result(None)


def _client_worker(port: int, path: str, count: int, stop_seq: int, conn: Any) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        clients: list[RawClient] = []
        for start in range(0, count, 50):
            batch = []
            for _ in range(min(50, count - start)):
                key = base64.b64encode(os.urandom(16)).decode()
                request = (
                    f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                    f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n"
                ).encode()
                client = RawClient(request, loop.create_future(), stop_seq)
                batch.append(loop.create_connection(lambda c=client: c, "127.0.0.1", port))
                clients.append(client)
            await asyncio.gather(*batch)
        await asyncio.gather(*(c.ready for c in clients))
        conn.send("ready")
        cpu = time.process_time()
        await asyncio.to_thread(conn.recv)  # the feed is over (wait off the event loop)
        await asyncio.wait([c.done for c in clients], timeout=30)
        results = [(c.seqs.tobytes(), c.times.tobytes(), c.close_code) for c in clients]
        conn.send((results, time.process_time() - cpu))
        for client in clients:
            if client.transport is not None:
                client.transport.abort()

    asyncio.run(main())


class Clients:
    """``count`` raw clients spread over ``procs`` processes."""

    def __init__(self, port: int, path: str, count: int, procs: int, stop_seq: int) -> None:
        ctx = mp.get_context("spawn")
        self.count = count
        self.pipes = []
        self.processes = []
        for i in range(procs):
            share = count // procs + (1 if i < count % procs else 0)
            parent, child = ctx.Pipe()
            process = ctx.Process(target=_client_worker, args=(port, path, share, stop_seq, child))
            process.start()
            self.pipes.append(parent)
            self.processes.append(process)

    async def ready(self) -> None:
        for pipe in self.pipes:
            message = await asyncio.to_thread(pipe.recv)
            assert message == "ready", message

    async def results(self) -> Deliveries:
        import numpy as np

        for pipe in self.pipes:
            pipe.send("stop")
        seqs, times = array("q"), array("q")
        self.closed: dict[int, int] = {}
        """Close codes of connections that ended during the run, and how many."""
        self.cpu_ns = 0
        for pipe in self.pipes:
            clients, cpu = await asyncio.to_thread(pipe.recv)
            self.cpu_ns += int(cpu * 1e9)
            for seqs_raw, times_raw, close_code in clients:
                seqs.frombytes(seqs_raw)
                times.frombytes(times_raw)
                if close_code:
                    self.closed[close_code] = self.closed.get(close_code, 0) + 1
        for process in self.processes:
            process.join(10)
        return Deliveries(np.array(seqs), np.array(times), None, self.count)


# --- C clients (the default load generator) ------------------------------------------------------

CLIENT_SOURCE = Path(__file__).with_name("fanout_client.c")
RECORD = None  # numpy dtype of one record of fanout_client's output, set by ``build_client``


def build_client(workdir: Path) -> Path:
    """Compile ``fanout_client.c`` into ``workdir`` (a temp dir: build outputs are never kept)."""
    global RECORD
    import numpy as np

    RECORD = np.dtype([("client", "<u4"), ("seq", "<u4"), ("user", "<i8"), ("kernel", "<i8")])
    binary = workdir / "fanout_client"
    command = ["gcc", "-O2", "-Wall", "-o", str(binary), str(CLIENT_SOURCE)]
    subprocess.run(command, check=True)
    return binary


class CClients:
    """``count`` clients of the C load generator, spread over ``procs`` processes."""

    def __init__(
        self, binary: Path, port: int, path: str, count: int, procs: int, stop_seq: int
    ) -> None:
        self.args = (binary, port, path, count, procs, stop_seq)
        self.workdir = Path(tempfile.mkdtemp(prefix="fanout-clients-"))
        self.processes: list[asyncio.subprocess.Process] = []
        self.outputs: list[Path] = []
        self.closed: dict[int, int] = {}
        self.cpu_ns = 0

    async def ready(self) -> None:
        binary, port, path, count, procs, stop_seq = self.args
        for i in range(procs):
            share = count // procs + (1 if i < count % procs else 0)
            output = self.workdir / f"clients-{i}.bin"
            process = await asyncio.create_subprocess_exec(
                str(binary), str(port), path, str(share), str(stop_seq), str(output),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            self.processes.append(process)
            self.outputs.append(output)
        for process in self.processes:
            assert process.stdout is not None
            line = await process.stdout.readline()
            if line.strip() != b"ready":
                raise RuntimeError(f"fanout_client failed to start ({process.returncode})")

    async def results(self) -> Deliveries:
        import numpy as np

        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write(b"stop\n")
            await process.stdin.drain()
        parts = []
        for process, output in zip(self.processes, self.outputs, strict=True):
            if await process.wait() != 0:
                raise RuntimeError(f"fanout_client exited with {process.returncode}")
            raw = output.read_bytes()
            assert raw[:8] == b"FANOUT1\0", "not a fanout_client output"
            clients, count, cpu_ns = np.frombuffer(raw, "<i8", 3, 8)
            codes = np.frombuffer(raw, "<i4", int(clients), 32)
            parts.append(np.frombuffer(raw, RECORD, int(count), 32 + 4 * int(clients)))
            self.cpu_ns += int(cpu_ns)
            for code in codes[codes != 0].tolist():
                self.closed[code] = self.closed.get(code, 0) + 1
        records = np.concatenate(parts)
        return Deliveries(records["seq"], records["user"], records["kernel"], self.args[3])


# --- measurement --------------------------------------------------------------------------------


class Deliveries:
    """Every trade frame the clients got: its seq, when it reached user space and (C clients)
    when the kernel received it, all CLOCK_MONOTONIC ns."""

    def __init__(self, seqs: Any, user: Any, kernel: Any | None, clients: int) -> None:
        self.seqs, self.user, self.kernel, self.clients = seqs, user, kernel, clients


class MachineLoad:
    """Busy CPU time of the whole machine between ``start`` and ``stop`` (from /proc/stat), to
    show how much of it went to neither the server nor the clients."""

    def __init__(self) -> None:
        self.busy = self.total = 0.0
        self.loadavg = ""

    @staticmethod
    def _sample() -> tuple[float, float]:
        fields = [float(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields) - idle, sum(fields)

    def start(self) -> None:
        self._b0, self._t0 = self._sample()

    def stop(self) -> None:
        busy, total = self._sample()
        self.busy, self.total = busy - self._b0, total - self._t0
        self.loadavg = Path("/proc/loadavg").read_text().split()[0]

    def cpus_busy(self) -> float:
        """Average number of busy CPUs over the window."""
        return (os.cpu_count() or 1) * self.busy / self.total if self.total else 0.0


class Window:
    """The measured part of a feed: from message ``first`` (after the warm-up) to the end."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.machine = MachineLoad()
        self.cpu = self.wall = 0.0

    def tick(self, i: int) -> None:
        if i == self.first:
            self.machine.start()
            self.cpu, self.wall = time.process_time(), time.perf_counter()

    def stop(self) -> None:
        self.machine.stop()
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall


def summarise(
    name: str,
    emitted: dict[int, int],
    got: Deliveries,
    window: Window,
    client_cpu: float | None = None,
) -> dict[str, Any]:
    """Delays of the messages from ``window.first`` on (p99 of all messages too)."""
    import numpy as np

    schedule = np.full(max(emitted, default=0) + 1, -1, dtype=np.int64)
    schedule[list(emitted)] = list(emitted.values())
    seqs = got.seqs.astype(np.int64)
    known = seqs < len(schedule)
    known[known] = schedule[seqs[known]] >= 0
    every = (got.user[known] - schedule[seqs[known]]) / 1e6
    known &= seqs >= window.first
    sent = schedule[seqs[known]]
    delays = (got.user[known] - sent) / 1e6
    expected = sum(1 for seq in emitted if seq >= window.first) * got.clients
    cpu, wall, machine = window.cpu, window.wall, window.machine

    def pct(values: Any, p: float) -> float:
        return float(np.percentile(values, p)) if len(values) else float("nan")

    row = {
        "name": name,
        "delivered": len(delays) / expected if expected else 0.0,
        "p50": pct(delays, 50),
        "p99": pct(delays, 99),
        "max": float(delays.max()) if len(delays) else float("nan"),
        "p99_all": pct(every, 99),
        "cpu": cpu / wall if wall else 0.0,
        "client_cpu": client_cpu / wall if client_cpu is not None and wall else None,
        "machine": machine.cpus_busy(),
        "loadavg": machine.loadavg,
    }
    if got.kernel is not None:
        kernel = got.kernel[known]
        stamped = kernel > 0
        arrival = (kernel[stamped] - sent[stamped]) / 1e6
        row["k50"], row["k99"] = pct(arrival, 50), pct(arrival, 99)
    return row


async def paced(rate: float, count: int) -> AsyncIterator[tuple[int, int]]:
    """Yield ``(i, scheduled time in monotonic ns)`` for i in 1..count at ``rate`` per second,
    on an absolute schedule (a late iteration does not shift the ones after it)."""
    start = time.monotonic_ns()
    period = 1e9 / rate
    for i in range(1, count + 1):
        scheduled = start + int(i * period)
        delay = (scheduled - time.monotonic_ns()) / 1e9
        if delay > 0:
            await asyncio.sleep(delay)
        yield i, scheduled


def make_clients(args: argparse.Namespace, port: int, path: str, total: int) -> Any:
    if args.client == "c":
        return CClients(args.binary, port, path, args.clients, args.procs, total)
    return Clients(port, path, args.clients, args.procs, total)


# --- ours ---------------------------------------------------------------------------------------


class BenchFeed:
    """A market-data source whose trade stream is paced by the benchmark. Records, for each
    message, when it was fed (``fed``) and when the hub took it from the stream (``taken``)."""

    def __init__(self) -> None:
        from app.modules.exchanges.types import Source

        self.source = Source.SYNTHETIC
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.fed: dict[int, int] = {}
        self.taken: dict[int, int] = {}
        self.count = 0

    def feed(self, seq: int, scheduled: int, item: Any) -> None:
        self.fed[seq] = scheduled
        self.queue.put_nowait(item)

    @property
    def exchanges(self) -> list[str]:
        return ["binance"]

    def health(self) -> dict[str, Any]:
        return {}

    async def close(self) -> None:
        return None

    async def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Any]:
        while True:
            item = await self.queue.get()
            self.count += 1
            self.taken[self.count] = time.monotonic_ns()
            yield item


async def run_ours(args: argparse.Namespace, total: int) -> dict[str, Any]:
    import httpx
    import uvicorn

    from app.cli import migrate
    from app.core.config import Settings
    from app.main import create_app
    from app.modules.exchanges.types import Source, Trade

    tmp = Path(tempfile.mkdtemp(prefix="bench-fanout-"))
    database_url = f"sqlite+aiosqlite:///{tmp / 'kalkan.db'}"
    await asyncio.to_thread(migrate, database_url)  # alembic runs its own event loop
    from app.core.config import ALL_MODULES

    # Only what a stream needs: other modules' start-up work (e.g. the backtest module's JIT
    # warm-up thread) would otherwise compete for the CPU during the measurement.
    needed = {"auth", "database", "streaming", "exchanges"}
    settings = Settings(
        env="dev",
        database_url=database_url,
        modules_disabled=[name for name in ALL_MODULES if name not in needed],
        market_data="synthetic",
        market_exchanges=["binance"],
        rate_limit_default="1000000/minute",
        rate_limit_anonymous="1000000/minute",
        rate_limit_auth="1000000/minute",
        log_level="WARNING",
    )
    os.environ.setdefault("APP_STREAM_TRADE_QUEUE", "1000")
    app = create_app(settings)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", backlog=4096, ws=args.ws_impl))
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:  # noqa: ASYNC110 - uvicorn offers no event to wait on
        await asyncio.sleep(0.05)
    feed = BenchFeed()
    app.state.market_data = feed
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        user = {"email": "bench@example.com", "password": "Bench-pass-123"}
        await http.post("/api/v1/auth/register", json=user)
        response = await http.post(
            "/api/v1/auth/login", data={"username": user["email"], "password": user["password"]}
        )
        token = response.json()["access_token"]
    path = f"/api/v1/stream/trades/BTC-USDT?token={token}"
    app.state.stream_hub.settings.max_sockets_per_user = args.clients  # all clients are one user
    clients = make_clients(args, port, path, total)
    await clients.ready()
    hub = app.state.stream_hub
    while len(hub.connections) < args.clients:  # noqa: ASYNC110 - polling a plain counter
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)  # let the connection burst settle
    padding = "x" * 8  # the message is sized like a real Binance trade
    window = Window(args.first)
    async for i, scheduled in paced(args.rate, total):
        window.tick(i)
        now = int(time.time() * 1000)
        trade = Trade(
            "binance", "BTC/USDT", Source.SYNTHETIC, now, 43000.5, 0.0125, "buy", f"{i}{padding}"
        )
        feed.feed(i, scheduled, trade)  # the hub numbers messages 1, 2, ... as this loop does
    window.stop()
    results = await clients.results()
    stats = hub.stats()
    server.should_exit = True
    await serving
    client_cpu = clients.cpu_ns / 1e9
    summary = summarise("ours (Kalkan hub)", feed.fed, results, window, client_cpu)
    summary["dropped"] = stats["dropped"]
    summary["closed"] = clients.closed
    summary["hub_only"] = summarise("hub only", feed.taken, results, window)
    return summary


# --- baseline -----------------------------------------------------------------------------------


async def run_baseline(args: argparse.Namespace, total: int, sample: str) -> dict[str, Any]:
    import websockets
    from websockets.asyncio.server import broadcast, serve

    connections: set[Any] = set()

    async def handler(ws: Any) -> None:
        connections.add(ws)
        try:
            await ws.wait_closed()
        finally:
            connections.discard(ws)

    emitted: dict[int, int] = {}
    async with serve(handler, "127.0.0.1", 0, compression=None, backlog=4096) as server:
        port = server.sockets[0].getsockname()[1]  # type: ignore[index]
        clients = make_clients(args, port, "/", total)
        await clients.ready()
        while len(connections) < args.clients:  # noqa: ASYNC110 - polling a plain counter
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)
        window = Window(args.first)
        async for i, scheduled in paced(args.rate, total):
            window.tick(i)
            text = SEQ.sub(f'"seq":{i}'.encode(), sample.encode()).decode()
            emitted[i] = scheduled
            broadcast(connections, text)
        window.stop()
        results = await clients.results()
        del websockets
    client_cpu = clients.cpu_ns / 1e9
    summary = summarise("baseline (websockets broadcast)", emitted, results, window, client_cpu)
    summary["closed"] = clients.closed
    return summary


def sample_message() -> str:
    """One of our trade messages, for the baseline to send the same bytes."""
    from app.modules.exchanges.types import Source, Trade
    from app.modules.streaming.messages import Envelope

    trade = Trade(
        "binance", "BTC/USDT", Source.SYNTHETIC, 1_764_000_000_000, 43000.5, 0.0125, "buy"
    )
    data = trade.to_dict() | {"id": "123456789xxxxxxxx"}
    return Envelope(
        "trade", data, exchange="binance", symbol="BTC/USDT", source="synthetic", seq=1
    ).text


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0, help="upstream messages per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured feed")
    parser.add_argument(
        "--warmup",
        type=float,
        default=1.0,
        help="seconds of feed before the measured part (fresh TCP connections ack every segment "
        "at first, which costs the sender about double for their first ~16 messages)",
    )
    parser.add_argument(
        "--client",
        choices=["c", "python"],
        default="c",
        help="load generator: bench/fanout_client.c (epoll, built at run time) or Python asyncio",
    )
    parser.add_argument("--procs", type=int, help="client processes (default: 1 for c, 2 python)")
    parser.add_argument(
        "--ws-impl", default="auto", help="uvicorn websocket implementation for ours"
    )
    parser.add_argument(
        "--uvloop", action="store_true", help="run both servers on uvloop (as `kalkan serve` does)"
    )
    parser.add_argument(
        "--only", choices=["ours", "baseline"], help="measure one server (default: both)"
    )
    args = parser.parse_args()
    if args.procs is None:
        args.procs = 1 if args.client == "c" else 2
    return args


def print_rows(rows: list[dict[str, Any]]) -> None:
    print(
        f"\n{'server':32} {'delivered':>9} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'kern p50':>8} {'kern p99':>8} {'server':>6} {'client':>6} {'machine':>7}"
    )
    for row in rows:
        client = f"{row['client_cpu']:6.0%}" if row["client_cpu"] is not None else f"{'?':>6}"
        print(
            f"{row['name']:32} {row['delivered']:9.2%} {row['p50']:7.2f} {row['p99']:7.2f} "
            f"{row['max']:7.2f} {row.get('k50', float('nan')):8.2f} "
            f"{row.get('k99', float('nan')):8.2f} {row['cpu']:6.0%} {client} "
            f"{row['machine']:6.2f}c"
        )
    print(
        "(kern = kernel receive timestamp of the client socket, i.e. without the client's own "
        "delay;\n server/client = CPU of one CPU; machine = busy CPUs of the whole box during the "
        f"feed, load average after: {', '.join(r['loadavg'] for r in rows)};\n p99 including "
        f"the warm-up: {', '.join(format(r['p99_all'], '.2f') for r in rows)} ms)"
    )


async def main(args: argparse.Namespace) -> None:
    measured = int(args.rate * args.seconds)
    args.first = int(args.rate * args.warmup) + 1
    total = args.first - 1 + measured
    print(
        f"{args.clients} clients, 1 market, {args.rate:g} msg/s for {args.seconds:g} s after "
        f"{args.warmup:g} s of warm-up ({measured} messages, {measured * args.clients:,} "
        f"deliveries measured); {args.procs} {args.client} client process(es)"
    )
    loop = "uvloop" if args.uvloop else "asyncio"
    print(
        f"machine: {os.cpu_count()} CPUs, {cpu_model()}, Python {platform.python_version()}, "
        f"server event loop: {loop}"
    )
    with tempfile.TemporaryDirectory(prefix="fanout-build-") as build:
        if args.client == "c":
            args.binary = build_client(Path(build))
        rows = []
        if args.only != "ours":
            rows.append(await run_baseline(args, total, sample_message()))
        if args.only != "baseline":
            rows.append(await run_ours(args, total))
    print_rows(rows)
    if len(rows) == 2:
        base, ours = rows
        print(
            f"\nratio ours/baseline: p50 {ours['p50'] / base['p50']:.1f}x, "
            f"p99 {ours['p99'] / base['p99']:.1f}x"
        )
    if args.only != "baseline":
        ours = rows[-1]
        hub = ours["hub_only"]
        print(
            f"ours: goal p99 ≤ 10 ms {'met' if ours['p99'] <= 10 else 'MISSED'}; dropped by the "
            f"hub: {ours['dropped']}; from the hub taking each message off the source: "
            f"p50 {hub['p50']:.2f} ms, p99 {hub['p99']:.2f} ms"
        )
    for row in rows:
        if row["closed"]:
            print(f"{row['name']}: connections closed during the run (code: count) {row['closed']}")


if __name__ == "__main__":
    arguments = parse_args()
    if arguments.uvloop:
        import uvloop

        uvloop.run(main(arguments))
    else:
        asyncio.run(main(arguments))
