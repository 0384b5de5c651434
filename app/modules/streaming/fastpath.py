"""Direct frame writes under uvicorn: one serialisation per message, not one per client.

Through ASGI every client's copy of a message goes through Starlette, the middleware and
uvicorn's websocket protocol, which frames it again for each client; at a thousand clients that
is most of the server's CPU. A server text frame without extensions is the same bytes for every
client, so the hub builds it once (``Envelope.frame``) and, for a connection served by uvicorn's
``websockets-sansio`` protocol with no extension negotiated, writes it to the transport itself,
after the same checks uvicorn's ``send`` makes (open, not closing, not paused by backpressure).
Anything else (another server, permessage-deflate, backpressure) takes the ASGI path.

At a thousand clients the fan-out runs this check a hundred thousand times a second, so the
writer binds the bound methods it needs once and counts its own writes (no per-write flag).
"""

from __future__ import annotations

from typing import Any

from fastapi import WebSocket
from websockets.frames import Frame, Opcode
from websockets.protocol import State

_PROTOCOL = ("uvicorn.protocols.websockets.websockets_sansio_impl", "WebSocketsSansIOProtocol")


def text_frame(payload: bytes) -> bytes:
    """A final, unmasked text frame, as a server sends it."""
    return Frame(Opcode.TEXT, payload).serialize(mask=False)


_OPEN = State.OPEN


class DirectWriter:
    __slots__ = ("_is_closing", "_transport_write", "_writable", "conn", "protocol", "sent")

    def __init__(self, protocol: Any) -> None:
        self.protocol = protocol
        self.conn = protocol.conn
        # uvicorn creates these once per connection (in __init__ / connection_made).
        self._writable = protocol.writable.is_set
        self._is_closing = protocol.transport.is_closing
        self._transport_write = protocol.transport.write
        self.sent = 0
        """Frames written so far."""

    @classmethod
    def for_websocket(cls, websocket: WebSocket) -> DirectWriter | None:
        # uvicorn hands the app its protocol's bound ``receive``; no middleware here wraps it.
        protocol = getattr(getattr(websocket, "_receive", None), "__self__", None)
        kind = type(protocol)
        if (kind.__module__, kind.__name__) != _PROTOCOL:
            return None
        conn = getattr(protocol, "conn", None)
        if conn is None or conn.extensions or getattr(protocol, "transport", None) is None:
            return None  # e.g. permessage-deflate: each client's frames differ
        return cls(protocol)

    def write(self, frame: bytes) -> bool:
        """Write ``frame`` if the connection can take it now; False means use the ASGI path."""
        protocol = self.protocol
        if (
            protocol.close_sent
            or protocol.disconnected
            or not self._writable()
            or self.conn.state is not _OPEN
            or self._is_closing()
        ):
            return False
        self._transport_write(frame)
        self.sent += 1
        return True


def limit_inbound_frames(websocket: WebSocket, max_bytes: int) -> bool:
    """Under uvicorn's websockets protocols, refuse inbound messages over ``max_bytes`` in the
    parser (close 1009 from the frame header, before the payload is read), not after buffering.

    uvicorn's ``ws_max_size`` is server-wide; this lowers it for one connection. The parser reads
    the limit when a frame's first bytes arrive, so set before accepting it covers every frame.
    False when the server is another one: the app's own length check remains.
    """
    protocol = getattr(getattr(websocket, "_receive", None), "__self__", None)
    conn = getattr(protocol, "conn", None)
    if conn is not None and hasattr(conn, "max_message_size"):  # websockets-sansio
        current = conn.max_message_size
        conn.max_message_size = max_bytes if current is None else min(current, max_bytes)
        return True
    if protocol is not None and isinstance(getattr(protocol, "max_size", None), int):
        protocol.max_size = min(protocol.max_size, max_bytes)  # the legacy websockets protocol
        return True
    return False
