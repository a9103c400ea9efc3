"""``oncall-tui serve``: check the options and the folder, then run :class:`~oncall_tui.web.server.OncallServer`.

Imported only by that command; the web server itself (textual-serve, aiohttp)
is imported after the options are checked, so a missing ``web`` extra is one
clear line, not a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oncall_tui.core.text import escape_controls

EXTRA_HINT = "oncall-tui serve needs the web extra: pip install 'oncall-tui[web]'"


def _say(text: str) -> None:
    print("\n".join(escape_controls(line) for line in text.split("\n")), file=sys.stderr)


def _announce(text: str) -> None:
    """A line on standard output, at once (a test or a service manager reads the URL from it)."""
    print(escape_controls(text), flush=True)


TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
MIN_TOKEN = 16


class TokenFileError(Exception):
    pass


def token_from_file(path: Path, new_token) -> str:  # noqa: ANN001 (a zero-argument callable)
    """The token kept in *path*, so a TV's bookmark survives a restart; a new one written (mode 600) if absent."""
    import os

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        token = new_token()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            raise TokenFileError(f"cannot create the token file {path}: {exc.strerror or exc}") from None
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(token + "\n")
        return token
    except OSError as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc.strerror or exc}") from None
    token = raw.decode("ascii", "replace").strip()
    if len(token) < MIN_TOKEN or not set(token) <= TOKEN_CHARS:
        raise TokenFileError(f"the token file {path} must hold one token of at least {MIN_TOKEN} letters, "
                             "digits, '-' or '_' (delete it to have a new one written)")
    return token


def _keymap_problems(loaded) -> list[str]:  # noqa: ANN001 (core.config's loaded settings)
    """The key remaps the app would refuse to start with (the same check as the TUI's start)."""
    from oncall_tui.tui.keys import keymap_problems

    keys = loaded.settings.keys
    sources = {binding_id: loaded.source(f"keys.{binding_id}") for binding_id in keys}
    found = keymap_problems(keys, {k: str(source) for k, source in sources.items()},
                            team={k for k, source in sources.items() if source.kind == "folder"})
    return [line for lines in found.values() for line in lines]


def run_serve(args: argparse.Namespace) -> int:
    from oncall_tui.core.config import ConfigError, load_settings

    if not 0 <= args.port <= 65535:
        _say(f"oncall-tui: --port must be 0-65535 (0: any free port), not {args.port}")
        return 2
    if args.max_sessions < 1:
        _say(f"oncall-tui: --max-sessions must be 1 or more, not {args.max_sessions}")
        return 2
    if args.cycle is not None and args.dashboard:
        _say("oncall-tui: --cycle only applies to the wall screen (serve shows it unless --dashboard)")
        return 2
    try:
        loaded = load_settings(config_path=args.config, folder=args.folder,
                               overrides={"theme": args.theme, "read_only": True, "wall.cycle_seconds": args.cycle})
    except ConfigError as exc:
        _say(f"oncall-tui: {exc}")
        return 2
    problems = _keymap_problems(loaded)
    if problems:  # each session would stop at once on these: say so now, not in every tab
        for line in problems:
            _say(f"oncall-tui: {line}")
        return 2
    folder = args.folder or loaded.settings.folder
    if folder is None:
        from oncall_tui.paths import bundled_data_dir

        folder = bundled_data_dir()
    folder = Path(folder)
    if not folder.is_dir():
        _say(f"oncall-tui: {'not a folder' if folder.exists() else 'no such folder'}: {folder}")
        return 2
    try:
        from oncall_tui.web.server import OncallServer, app_argv, is_loopback, new_token, package_root
    except ImportError as exc:
        _say(f"{EXTRA_HINT} ({exc})")
        return 1

    token = None
    if args.token_file is not None:
        try:
            token = token_from_file(args.token_file, new_token)
        except TokenFileError as exc:
            _say(f"oncall-tui: {exc}")
            return 2
    elif args.require_token or not is_loopback(args.host):
        token = new_token()
    argv = app_argv(folder, wall=not args.dashboard, cycle=args.cycle, config=args.config, theme=args.theme)
    server = OncallServer(argv, cwd=package_root(), host=args.host, port=args.port,
                          max_sessions=args.max_sessions, token=token)

    def announce(url: str) -> None:
        view = "dashboard" if args.dashboard else "wall screen"
        _announce(f"oncall-tui serve: {url}")
        _announce(f"  {view} of {folder.resolve()}, read-only, at most {args.max_sessions} sessions"
                  + ("; the URL holds the access token: pages without it get 403" if token else ""))
        _announce("  Ctrl+C stops the server and every session")

    import asyncio
    import logging

    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="oncall-tui serve: %(message)s")
    try:
        asyncio.run(server.run(announce))
    except OSError as exc:  # the port is taken, the address is not this machine's
        _say(f"oncall-tui: cannot listen on {args.host} port {args.port}: {exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        pass
    return 0
