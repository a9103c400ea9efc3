"""The suite's network guard: sockets refused except where a test's conftest allows them."""

from __future__ import annotations

import socket
from collections.abc import Callable


class NetworkUsed(AssertionError):
    """Raised where code under test tried to use the network."""


def _never(_address) -> bool:
    return False


def guard_sockets(monkeypatch, why: str, allowed: Callable[[object], bool] = _never) -> None:
    """Make connect, connect_ex, getaddrinfo and create_connection raise :class:`NetworkUsed`.

    AF_UNIX sockets always work (asyncio's self-pipe, local IPC); *allowed*
    (given an address, or getaddrinfo's host, which may be None) lets more through.
    *why* starts the message, e.g. ``oncall-tui must work offline``.
    """
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo, real_create_connection = socket.getaddrinfo, socket.create_connection

    def refuse(what: str):
        raise NetworkUsed(f"{why}, but something called {what}")

    def connect(self, address):
        if self.family == socket.AF_UNIX or allowed(address):
            return real_connect(self, address)
        refuse(f"connect({address!r})")

    def connect_ex(self, address):
        if self.family == socket.AF_UNIX or allowed(address):
            return real_connect_ex(self, address)
        refuse(f"connect_ex({address!r})")

    def getaddrinfo(host, *args, **kwargs):
        if allowed(host):
            return real_getaddrinfo(host, *args, **kwargs)
        refuse(f"getaddrinfo{(host, *args)!r}")

    def create_connection(address, *args, **kwargs):
        if allowed(address):
            return real_create_connection(address, *args, **kwargs)
        refuse(f"create_connection{(address, *args)!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
