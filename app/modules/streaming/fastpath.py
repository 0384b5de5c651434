"""Direct frame writes under uvicorn: one serialisation per message, not one per client.

Through ASGI every client's copy of a message goes through Starlette, the middleware and
uvicorn's websocket protocol, which frames it again for each client; at a thousand clients that
is most of the server's CPU. A server text frame without extensions is the same bytes for every
client, so the hub builds it once (``Envelope.frame``) and, for a connection served by uvicorn's
``websockets-sansio`` protocol with no extension negotiated, writes it to the transport itself,
after the same checks uvicorn's ``send`` makes (open, not closing, not paused by backpressure).
Anything else (another server, permessage-deflate, backpressure) takes the ASGI path.
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


class DirectWriter:
    __slots__ = ("conn", "protocol", "transport")

    def __init__(self, protocol: Any) -> None:
        self.protocol = protocol
        self.conn = protocol.conn
        self.transport = protocol.transport

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
            or not protocol.writable.is_set()
            or self.conn.state is not State.OPEN
            or self.transport.is_closing()
        ):
            return False
        self.transport.write(frame)
        return True
