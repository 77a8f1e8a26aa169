"""Real TCP resets: a uvicorn protocol that knows its connections and can abort them with RST.

An ASGI app cannot reach its socket, and an exception in it only makes uvicorn answer 500. The
protocol below registers each connection's transport under the client address (which the app
sees as ``scope["client"]``), so the app can reset the connection it is answering; and it looks
at each request line as it arrives, so a ``reset_before_read`` fault drops the connection
before the HTTP layer reads a byte of the request. ``SO_LINGER`` with a zero timeout makes the
close send RST instead of FIN: the client sees "connection reset by peer", as on a real network.
"""

from __future__ import annotations

import asyncio
import re
import socket
import struct
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

__all__ = ["Connections", "protocol_class", "reset"]

Address = tuple[str, int]
_REQUEST_LINE = re.compile(rb"^(GET|POST|PUT|DELETE|PATCH) (/[^ ?]*)\S* HTTP/1\.[01]\r\n")


def reset(transport: asyncio.BaseTransport) -> None:
    """Close ``transport`` at once with a TCP reset (RST), discarding anything unsent."""
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    if isinstance(transport, asyncio.Transport):
        transport.abort()
    else:
        transport.close()


class Connections:
    """Open connections by client address; touched only from the server's event loop."""

    def __init__(self) -> None:
        self._open: dict[Address, asyncio.BaseTransport] = {}

    def opened(self, client: Address | None, transport: asyncio.BaseTransport) -> None:
        if client is not None:
            self._open[tuple(client)] = transport  # type: ignore[index]

    def closed(self, client: Address | None) -> None:
        if client is not None:
            self._open.pop(tuple(client), None)  # type: ignore[arg-type]

    def reset(self, client: Any) -> bool:
        """Reset the connection of ``client`` (``scope["client"]``); False when it is not known."""
        transport = self._open.pop(tuple(client), None) if client else None
        if transport is None:
            return False
        reset(transport)
        return True


def protocol_class(connections: Connections, reset_on_arrival: Callable[[str, str], bool]) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol, registering connections and resetting chosen requests on arrival.

    ``reset_on_arrival(method, path)`` is asked for every request line before the HTTP parser
    sees it; True drops the connection with a reset.
    """
    base: Any = AutoHTTPProtocol

    class SandboxProtocol(base):  # type: ignore[misc]
        def connection_made(self, transport: asyncio.Transport) -> None:
            super().connection_made(transport)
            connections.opened(self.client, transport)

        def connection_lost(self, exc: Exception | None) -> None:
            connections.closed(self.client)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            line = _REQUEST_LINE.match(data)
            if line is not None and reset_on_arrival(line[1].decode(), line[2].decode("latin-1")):
                connections.closed(self.client)
                reset(self.transport)
                return
            super().data_received(data)

    return SandboxProtocol
