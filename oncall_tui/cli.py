"""Command line: the TUI by default, and the headless ``export`` and ``check``.

Subcommands are recognised only as the first argument, so a folder with any
other name opens in the TUI (``oncall-tui ./export`` opens a folder called
``export``).  Textual is imported only when the TUI starts: the headless
commands must work on a machine without a terminal and stay fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oncall_tui import __version__

SUBCOMMANDS = frozenset({"export", "check", "config", "serve", "changes", "handover", "sync"})


def _folder_error(folder: Path) -> str | None:
    if not folder.exists():
        return f"oncall-tui: no such folder: {folder}"
    if not folder.is_dir():
        return f"oncall-tui: not a folder: {folder}"
    return None


def _tui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oncall-tui",
        description="A live terminal dashboard over a folder of case files.",
        epilog="Headless commands: 'oncall-tui export FOLDER --format json|md|csv [-o FILE]', "
        "'oncall-tui check FOLDER [--stats]', 'oncall-tui changes FOLDER [--since 8h | --since-mark]', "
        "'oncall-tui handover FOLDER', 'oncall-tui sync FOLDER', and 'oncall-tui config init|show|path'; "
        "'oncall-tui serve [FOLDER]' shows the wall screen in a browser. To open a folder named like a command, write ./export.",
    )
    parser.add_argument("folder", nargs="?", type=Path, help="case folder (default: the bundled samples)")
    parser.add_argument("--read-only", action="store_true", help="never write to case files")
    parser.add_argument("--wall", action="store_true",
                        help="wall screen for a shared display: read-only, big figures, cycles through open cases")
    parser.add_argument("--cycle", metavar="SECONDS", type=int,
                        help="wall screen: seconds per case (default 20, from the settings' wall.cycle_seconds)")
    parser.add_argument("--theme", metavar="NAME", help="colour theme")
    parser.add_argument("--config", metavar="PATH", type=Path, help="settings file")
    parser.add_argument("--version", action="version", version=f"oncall-tui {__version__}")
    return parser


def _headless_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PATH", type=Path,
                        help="settings file (default: the user config path); the folder's .oncall-tui.toml applies too")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse every file instead of using the parse cache (and leave the cache alone)")


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oncall-tui")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="print the folder's cases as JSON")
    export.add_argument("folder", type=Path)
    export.add_argument("--format", choices=["json", "md", "csv"], default="json",
                        help="json (the contract), md (a digest of open cases) or csv (one row per case)")
    export.add_argument("--items", action="store_true", help="csv: one row per action item instead of per case")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    _headless_options(export)
    check = sub.add_parser("check", help="list every case file's problems; exit 1 if there are any")
    check.add_argument("folder", type=Path)
    _headless_options(check)
    check.add_argument("--stats", action="store_true",
                       help="also print, per kind, files with a timeline, events, events without a time, "
                            "items and inferred statuses")
    changes = sub.add_parser("changes", help="what changed since you last looked (your seen marks)")
    changes.add_argument("folder", type=Path)
    since = changes.add_mutually_exclusive_group()
    since.add_argument("--since", metavar="DURATION", help="since this long ago (8h, 30m, 1d): the newest seen mark "
                       "taken before then, else the files' own times")
    since.add_argument("--since-mark", action="store_true", help="since your last explicit mark (m in the app)")
    _headless_options(changes)
    handover = sub.add_parser("handover", help="print a shift handover draft (markdown) of the folder")
    handover.add_argument("folder", type=Path)
    handover.add_argument("--since", metavar="DURATION", help="the shift's changes since this long ago (default: "
                          "since your last look)")
    _headless_options(handover)
    sync = sub.add_parser("sync", help="one git fetch-integrate-push cycle for the folder's repository; "
                                       "exit 0 synced or nothing to do, 1 a conflict left, 2 an error")
    sync.add_argument("folder", type=Path)
    sync.add_argument("--config", metavar="PATH", type=Path, help="settings file (default: the user config path)")
    config = sub.add_parser("config", help="the settings file: init, show or path")
    config.add_argument("action", choices=["init", "show", "path"])
    config.add_argument("folder", nargs="?", type=Path, help="case folder whose .oncall-tui.toml 'show' includes")
    config.add_argument("--config", metavar="PATH", type=Path, help="settings file (default: the user config path)")
    config.add_argument("--force", action="store_true", help="init: overwrite an existing file")
    _serve_parser(sub)
    return parser


def _serve_parser(sub) -> None:  # noqa: ANN001 (argparse's private subparsers action)
    serve = sub.add_parser("serve", help="the wall screen (or the dashboard) in a browser, always read-only "
                                         "(needs the web extra: pip install 'oncall-tui[web]')")
    serve.add_argument("folder", nargs="?", type=Path, help="case folder (default: the settings' folder, else the samples)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1); any other needs the printed access token")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080; 0: any free port)")
    view = serve.add_mutually_exclusive_group()
    view.add_argument("--wall", action="store_true", help="show the wall screen (the default)")
    view.add_argument("--dashboard", action="store_true", help="show the dashboard instead (still read-only)")
    serve.add_argument("--cycle", metavar="SECONDS", type=int, help="wall screen: seconds per case")
    serve.add_argument("--max-sessions", metavar="N", type=int, default=8, help="browser tabs served at once (default 8)")
    serve.add_argument("--require-token", action="store_true",
                       help="ask for the access token on loopback too (always asked on any other address)")
    serve.add_argument("--token-file", metavar="PATH", type=Path,
                       help="keep the access token in PATH (written, mode 600, when absent) so a bookmarked URL "
                            "survives a restart; implies --require-token")
    serve.add_argument("--theme", metavar="NAME", help="colour theme")
    serve.add_argument("--config", metavar="PATH", type=Path, help="settings file")


class OutputClosed(Exception):
    """Standard output is closed (``>&-``) or cannot be written (``1</dev/null``, a full disk)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _write_stdout(text: str) -> None:
    """*text* as UTF-8 on standard output; BrokenPipeError when the reader left, OutputClosed when there is none."""
    stream = sys.stdout
    if stream is None:  # the process started with descriptor 1 closed
        raise OutputClosed("standard output is closed")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            stream.write(text)
            stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # EBADF, ENOSPC; ValueError: a closed file object
        raise OutputClosed(f"cannot write to standard output: {getattr(exc, 'strerror', None) or exc}") from None


def _say(text: str) -> None:
    """A message on standard error, its control characters made visible (paths and settings come from files)."""
    from oncall_tui.core.text import escape_controls

    if sys.stderr is not None:
        try:
            print("\n".join(escape_controls(line) for line in text.split("\n")), file=sys.stderr)
        except (OSError, ValueError):
            pass


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    if sys.stdout is None:  # started with descriptor 1 closed: nothing will be flushed
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _run_export(args: argparse.Namespace) -> int:
    from oncall_tui.core.atomic import write_atomic
    from oncall_tui.core.export import export_json

    load = _load_options(args)
    if load is None:
        return 2
    if args.items and args.format != "csv":
        _say("oncall-tui: --items goes with --format csv")
        return 2
    if args.format == "json":
        text = export_json(args.folder, **load)
    else:
        text = _export_text(args, load)
        if text is None:
            return 2
    if args.output in (None, "-"):
        _write_stdout(text)
    else:
        try:  # all or nothing: a full disk must not destroy the previous export
            write_atomic(Path(args.output), text.encode("utf-8"))
        except OSError as exc:
            _say(f"oncall-tui: cannot write {args.output} (the previous file, if any, is unchanged): "
                 f"{exc.strerror or exc}")
            return 2
    return 0


def _export_text(args: argparse.Namespace, load: dict[str, object]) -> str | None:
    """``--format md`` or ``csv`` (core/textout.py)."""
    from datetime import datetime

    from oncall_tui.core import textout
    from oncall_tui.core.export import load_store

    cases = load_store(args.folder, **load).cases()  # type: ignore[arg-type]
    if args.format == "csv":
        return textout.items_csv(cases) if args.items else textout.cases_csv(cases)
    loaded = _load_settings(args.config, args.folder, {})
    if loaded is None:
        return None
    return textout.digest_markdown(cases, datetime.now().astimezone(), sla=loaded.settings.sla,
                                   folder=Path(args.folder).name)


class _Progress:
    """``reading 1,234/10,000 files`` on standard error while a big folder is read, only on a terminal.

    The line is rewritten at most ten times a second and wiped when the last
    file is read, before anything is printed on standard output.
    """

    MIN_FILES = 200

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if total < self.MIN_FILES:
            return
        if done >= total:
            if self._shown:
                sys.stderr.write("\r\x1b[K")
                sys.stderr.flush()
                self._shown = False
            return
        now = self._clock()
        if now - self._last < 0.1:
            return
        self._last = now
        self._shown = True
        sys.stderr.write(f"\rreading {done:,}/{total:,} files")
        sys.stderr.flush()


def _load_options(args: argparse.Namespace) -> dict[str, object] | None:
    """How export and check read the folder: the settings' size limit, the cache, progress on a terminal."""
    loaded = _load_settings(args.config, args.folder, {})
    if loaded is None:
        return None
    options: dict[str, object] = {"max_bytes": loaded.settings.max_file_bytes, "use_cache": not args.no_cache,
                                  "day_first": loaded.settings.parse.day_first}
    stderr = sys.stderr
    try:
        on_terminal = stderr is not None and stderr.isatty()
    except (OSError, ValueError):
        on_terminal = False
    if on_terminal:
        options["progress"] = _Progress()
    return options


def _run_check(args: argparse.Namespace) -> int:
    from oncall_tui.core.export import check

    load = _load_options(args)
    if load is None:
        return 2
    lines, code = check(args.folder, stats=args.stats, **load)
    try:
        _write_stdout("".join(line + "\n" for line in lines))
    except BrokenPipeError:  # `check | head`: the reader left; the folder's problems are still the answer
        _silence_stdout()
    return code


def _load_settings(config: Path | None, folder: Path | None, overrides: dict[str, object]):
    """The effective settings, or None after printing what is wrong (the caller exits 2)."""
    from oncall_tui.core.config import ConfigError, load_settings

    try:
        return load_settings(config_path=config, folder=folder, overrides=overrides)
    except ConfigError as exc:
        _say(f"oncall-tui: {exc}")
        return None


def _run_config(args: argparse.Namespace) -> int:
    from oncall_tui.core.config import ConfigError, config_init, config_path, config_show

    if args.action == "path":
        _write_stdout(f"{config_path(args.config)}\n")
        return 0
    if args.action == "init":
        try:
            written = config_init(config_path(args.config), force=args.force)
        except (ConfigError, OSError) as exc:
            _say(f"oncall-tui: {exc}")
            return 2
        _write_stdout(f"wrote {written}\n")
        return 0
    loaded = _load_settings(args.config, args.folder, {})
    if loaded is None:
        return 2
    _write_stdout(config_show(loaded))
    return 0


QUIT_GRACE_SECONDS = 2.0
"""After the app has quit, how long threads and helper processes still working get to finish."""
EDIT_WAIT_SECONDS = 5.0
"""After the app has quit, how long an edit being written gets to finish (one takes milliseconds; one
hung on a file that never answers is left behind, unfinished, its temp file unswapped)."""


def run_app(app) -> int:  # noqa: ANN001 (an OncallApp; Textual is imported late)
    """Run the TUI; when it has quit, make sure the process ends within seconds.

    Thread workers are daemon threads (:mod:`oncall_tui.tui.daemon`), but a parse pool's helper processes
    or any other thread still busy would make the interpreter's exit wait for them.  Whatever is still
    running :data:`QUIT_GRACE_SECONDS` after the app has quit is left behind: helper processes are
    killed, and the process ends at once (output flushed).  Edits asked for before ``q`` are waited for
    first (:data:`EDIT_WAIT_SECONDS` at most).
    """
    import multiprocessing
    import os
    import threading
    import time

    app.run()
    code = getattr(app, "return_code", 0) or 0
    edits = getattr(app, "edits", None)  # an edit asked for before q is still written
    if edits is not None:
        edits.wait_for_edits(EDIT_WAIT_SECONDS)
    deadline = time.monotonic() + QUIT_GRACE_SECONDS
    main = threading.main_thread()
    for thread in threading.enumerate():
        if thread is not main and not thread.daemon:
            thread.join(max(0.0, deadline - time.monotonic()))
    busy = [t for t in threading.enumerate() if t is not main and not t.daemon and t.is_alive()]
    children = multiprocessing.active_children()
    if busy or children:
        for child in children:
            child.kill()  # our own parse helpers, by their pids
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    return code


def _run_tui(args: argparse.Namespace) -> int:
    if args.cycle is not None and not args.wall:
        print("oncall-tui: --cycle only applies to the wall screen (--wall)", file=sys.stderr)
        return 2
    loaded = _load_settings(args.config, args.folder,
                            {"theme": args.theme, "read_only": True if args.read_only or args.wall else None,
                             "wall.cycle_seconds": args.cycle})
    if loaded is None:
        return 2
    settings = loaded.settings
    keymap_sources = {binding_id: loaded.source(f"keys.{binding_id}") for binding_id in settings.keys}
    try:
        from oncall_tui.tui.keys import keymap_problems
    except ImportError as exc:
        print(f"oncall-tui: the terminal UI could not be loaded ({exc})", file=sys.stderr)
        return 1
    key_problems = keymap_problems(settings.keys, {k: str(s) for k, s in keymap_sources.items()},
                                   team={k for k, s in keymap_sources.items() if s.kind == "folder"})
    if key_problems:  # a remap that clashes, or a team file that makes looking write: never start with it
        for line in (line for lines in key_problems.values() for line in lines):
            print(f"oncall-tui: {line}", file=sys.stderr)
        return 2
    folder = args.folder or settings.folder
    git = settings.git
    if folder is None:
        from oncall_tui.paths import bundled_data_dir

        folder = bundled_data_dir()
        git = git.model_copy(update={"enabled": False})  # the bundled samples are never synced
    problem = _folder_error(Path(folder))
    if problem is not None:
        _say(problem)
        return 2
    try:
        from oncall_tui.tui.app import OncallApp
    except ImportError as exc:
        print(f"oncall-tui: the terminal UI could not be loaded ({exc})", file=sys.stderr)
        return 1
    return run_app(OncallApp(
        folder=Path(folder),
        read_only=settings.read_only,
        theme=settings.theme,
        themes_dir=loaded.themes_dir,
        keymap=dict(settings.keys),
        keymap_sources=keymap_sources,
        config_file=loaded.user_file,
        sla=settings.sla,
        user_name=settings.user.name,
        user_aliases=tuple(settings.user.aliases),
        wall=args.wall,
        cycle_seconds=settings.wall.cycle_seconds,
        max_bytes=settings.max_file_bytes,
        day_first=settings.parse.day_first,
        alerts=settings.alerts,
        audit_timeline=settings.audit.timeline,
        git=git,
    ))


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """Parse, turning argparse's exit (--help, --version, bad usage) into a return code."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    headless = bool(argv) and argv[0] in SUBCOMMANDS
    args = _parse(_command_parser() if headless else _tui_parser(), argv)
    if isinstance(args, int):
        return args
    if not headless:
        return _run_tui(args)
    return _headless(args)


def _run_handover(args: argparse.Namespace) -> int:
    """``changes`` and ``handover``: the same report and draft as the app's screens (core/changes, core/handover)."""
    from datetime import datetime

    from oncall_tui.core.changes import SeenMarks, parse_since, render, report_for
    from oncall_tui.core.export import load_store
    from oncall_tui.core.handover import handover_markdown

    loaded = _load_settings(args.config, args.folder, {})
    load = _load_options(args)
    if loaded is None or load is None:
        return 2
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        _say(f"oncall-tui: --since: {exc}")
        return 2
    settings = loaded.settings
    now = datetime.now().astimezone()
    cases = load_store(args.folder, **load).cases()  # type: ignore[arg-type]
    marks = SeenMarks(args.folder, settings.user.name)
    report = report_for(cases, marks, now, since=since, mark_only=getattr(args, "since_mark", False))
    if args.command == "changes":
        _write_stdout(render(report, now))
    else:
        _write_stdout(handover_markdown(cases, report, now, sla=settings.sla, user=settings.user.name))
    return 0


def _run_sync(args: argparse.Namespace) -> int:
    """``oncall-tui sync FOLDER``: 0 synced or nothing to do, 1 a conflict left for a person, 2 an error."""
    from oncall_tui.core.gitsync import GitError, Repo

    loaded = _load_settings(args.config, args.folder, {})
    if loaded is None:
        return 2
    if not loaded.settings.git.enabled:
        _say("oncall-tui: git is turned off ([git] enabled = false); nothing synced")
        return 2
    try:
        repo = Repo.open(args.folder, timeout=loaded.settings.git.timeout_seconds)
        if repo is None:
            _say(f"oncall-tui: not a git repository: {args.folder}")
            return 2
        if loaded.settings.git.commit_external:
            repo.commit_external(args.folder)
        result = repo.sync()
    except GitError as exc:
        _say(f"oncall-tui: {exc}")
        return 2
    for path, who in result.status.team_conflicts:
        _say(f"oncall-tui: {path} is in conflict in the clone of {who} (the choice is made there)")
    if result.outcome == "conflict":
        _say(f"oncall-tui: {result.message}")
        for path in result.conflicts:
            _say(f"conflict: {path}")
        return 1
    if result.outcome == "offline":
        _say(f"oncall-tui: {result.message}")
        return 2
    _write_stdout(result.message + "\n")
    return 0


def _run_folder_command(args: argparse.Namespace) -> int:
    if args.command == "sync":
        return _run_sync(args)
    try:
        if args.command in ("changes", "handover"):
            return _run_handover(args)
        return _run_export(args) if args.command == "export" else _run_check(args)
    except BrokenPipeError:
        raise
    except OSError as exc:  # the folder vanished or became unreadable mid-run
        _say(f"oncall-tui: {exc}")
        return 2


def _headless(args: argparse.Namespace) -> int:
    """The headless commands; their output failing is a message and an exit code, never a traceback."""
    try:
        if args.command == "config":
            return _run_config(args)
        if args.command == "serve":
            from oncall_tui.web.serve import run_serve

            return run_serve(args)
        problem = _folder_error(args.folder)
        if problem is not None:
            _say(problem)
            return 2
        return _run_folder_command(args)
    except BrokenPipeError:  # `oncall-tui export ... | head`: the reader left, that is fine (as for cat or grep)
        _silence_stdout()
        return 0
    except OutputClosed as exc:
        _silence_stdout()
        hint = " (export can write to a file with -o FILE)" if args.command == "export" else ""
        _say(f"oncall-tui: {exc.why}{hint}")
        return 2
