"""The floor under stream fan-out on this machine: one small write to each of N loopback sockets.

No websocket, no hub: N accepted TCP connections on an event loop, and the same 250-byte frame
written to each transport, as a fan-out does, once every 10 ms (100 msg/s). Under asyncio
``transport.write`` sends at once, so the write loop carries the syscalls; under uvloop the
writes are queued and flushed when the loop iteration ends, so the flush carries them. Either
way the sum is what one message costs a server in send() alone, before any Python of its own.

The peers either read only after the run (``--reader none``: no reader is ever woken, the bare
cost of the TCP send on loopback) or sit in a separate process's epoll loop that reads every
frame as it comes (``--reader epoll``, like bench/fanout_client.c): on loopback the sender then
also pays for waking that process, part of the receive path a remote client would not cost it.
The first rounds are slower (a fresh TCP connection acks every segment at first): the summary
is over the rounds after the first 20.

Usage: python bench/fanout_send_floor.py [--clients 1000] [--rounds 200] [--reader none|epoll]
                                         [--uvloop]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import select
import socket
import statistics
import time
from typing import Any

WARM_ROUNDS = 20


def _epoll_reader(port: int, count: int, conn: Any) -> None:
    """Connect ``count`` sockets and read whatever arrives until told to stop."""
    peers = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
    poller = select.epoll()
    by_fd = {}
    for peer in peers:
        peer.setblocking(False)
        poller.register(peer.fileno(), select.EPOLLIN)
        by_fd[peer.fileno()] = peer
    conn.send("ready")
    while not conn.poll():
        for fd, _ in poller.poll(0.1):
            by_fd[fd].recv(65536)
    for peer in peers:
        peer.close()


async def accept(listener: socket.socket, count: int) -> list[asyncio.Transport]:
    loop = asyncio.get_running_loop()
    transports: list[asyncio.Transport] = []
    for _ in range(count):
        accepted, _ = await loop.sock_accept(listener)
        transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, accepted)
        transports.append(transport)
    return transports


async def main(args: argparse.Namespace) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4096)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    peers: list[socket.socket] = []
    if args.reader == "epoll":
        parent, child = mp.get_context("spawn").Pipe()
        reader = mp.get_context("spawn").Process(
            target=_epoll_reader, args=(port, args.clients, child)
        )
        reader.start()
        transports = await accept(listener, args.clients)
        assert await asyncio.to_thread(parent.recv) == "ready"
    else:
        accepting = asyncio.create_task(accept(listener, args.clients))
        for _ in range(args.clients):
            peers.append(socket.create_connection(("127.0.0.1", port)))
            await asyncio.sleep(0)
        transports = await accepting
    frame = b"x" * 250
    loop = type(asyncio.get_running_loop()).__module__
    rounds: list[float] = []
    cpu = 0.0
    for i in range(args.rounds):
        cpu0, start = time.process_time(), time.perf_counter()
        for transport in transports:
            transport.write(frame)
        await asyncio.sleep(0)  # uvloop flushes queued writes at the end of the iteration
        elapsed = time.perf_counter() - start
        if i >= WARM_ROUNDS:
            rounds.append(elapsed)
            cpu += time.process_time() - cpu0
        await asyncio.sleep(max(0.0, 0.01 - elapsed))
        if peers and i % 50 == 49:  # keep the socket buffers from filling up
            for peer in peers:
                peer.recv(1 << 20)
    measured = len(rounds)
    wall = statistics.median(rounds) / args.clients * 1e6
    print(
        f"{args.clients} loopback connections, {len(frame)}-byte writes every 10 ms, loop {loop}, "
        f"reader {args.reader}: median {wall:.2f} µs per client per message "
        f"({statistics.median(rounds) * 1e3:.2f} ms per round), CPU "
        f"{cpu / measured / args.clients * 1e6:.2f} µs per client ({measured} rounds)"
    )
    for transport in transports:
        transport.close()
    if args.reader == "epoll":
        parent.send("stop")
        reader.join(10)
    for peer in peers:
        peer.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--reader", choices=["none", "epoll"], default="none")
    parser.add_argument("--uvloop", action="store_true")
    arguments = parser.parse_args()
    if arguments.uvloop:
        import uvloop

        uvloop.run(main(arguments))
    else:
        asyncio.run(main(arguments))
