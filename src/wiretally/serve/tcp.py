"""uvicorn's HTTP protocol with Nagle's algorithm off on every connection.

With ``workers > 1`` uvicorn binds the listening socket itself as ``socket(AF_INET,
SOCK_STREAM)`` (protocol number 0); asyncio only sets ``TCP_NODELAY`` on sockets whose
protocol is ``IPPROTO_TCP``, so every response's body waited for the client's delayed ACK:
about 40 ms on each request, measured on loopback. One worker (asyncio binds the socket)
was not affected.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


def _no_delay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):  # the connection may already be gone
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's pure-Python HTTP/1.1 protocol, answering without Nagle's delay."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        _no_delay(transport)
        super().connection_made(transport)  # type: ignore[arg-type]


try:  # uvicorn's faster protocol, when the optional httptools is installed
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - depends on the environment
    HTTP = "wiretally.serve.tcp:NoDelayH11Protocol"
else:

    class NoDelayHttpToolsProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol, answering without Nagle's delay."""

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            _no_delay(transport)
            super().connection_made(transport)  # type: ignore[arg-type]

    HTTP = "wiretally.serve.tcp:NoDelayHttpToolsProtocol"
