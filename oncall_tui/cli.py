"""Command line: the TUI by default, and the headless ``export`` and ``check``.

Subcommands are recognised only as the first argument, so a folder with any
other name opens in the TUI (``oncall-tui ./export`` opens a folder called
``export``).  Textual is imported only when the TUI starts: the headless
commands must work on a machine without a terminal and stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from oncall_tui.cli_parsers import SUBCOMMANDS, command_parser, tui_parser


def _folder_error(folder: Path) -> str | None:
    if not folder.exists():
        return f"oncall-tui: no such folder: {folder}"
    if not folder.is_dir():
        return f"oncall-tui: not a folder: {folder}"
    return None


class OutputClosed(Exception):
    """Standard output is closed (``>&-``) or cannot be written (``1</dev/null``, a full disk)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _write_stdout(text: str | Iterable[bytes]) -> None:
    """*text* (or UTF-8 blocks of it) as UTF-8 on standard output; BrokenPipeError when the reader left,
    OutputClosed when there is none."""
    stream = sys.stdout
    if stream is None:  # the process started with descriptor 1 closed
        raise OutputClosed("standard output is closed")
    blocks = (text,) if isinstance(text, str) else text
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            for block in blocks:
                buffer.write(block.encode("utf-8") if isinstance(block, str) else block)
            buffer.flush()
        else:
            for block in blocks:
                stream.write(block if isinstance(block, str) else block.decode("utf-8"))
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
    from oncall_tui.core.export import export_blocks

    load = _load_options(args)
    if load is None:
        return 2
    if args.items and args.format != "csv":
        _say("oncall-tui: --items goes with --format csv")
        return 2
    text: str | Iterable[bytes] | None
    if args.format == "json":
        text = export_blocks(args.folder, **load)  # written block by block: no 65 MB string at 10,000 cases
    else:
        text = _export_text(args, load)
        if text is None:
            return 2
    if args.output in (None, "-"):
        _write_stdout(text)
    else:
        try:  # all or nothing: a full disk must not destroy the previous export
            write_atomic(Path(args.output), text.encode("utf-8") if isinstance(text, str) else text)
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
                                  "day_first": loaded.settings.parse.day_first,
                                  "freeze_gc": True}  # one shot: the GC need never walk the cases (docs/performance.md)
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


def _load_settings(config: Path | None, folder: Path | None, overrides: dict[str, object], *, cache: bool = False):
    """The effective settings, or None after printing what is wrong (the caller exits 2)."""
    from oncall_tui.core.config import ConfigError, load_settings

    try:
        return load_settings(config_path=config, folder=folder, overrides=overrides, cache=cache)
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
    import os
    import threading
    import time

    app.run()
    import multiprocessing  # after the run: not on the first frame's path
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
                             "wall.cycle_seconds": args.cycle}, cache=True)
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
    if folder is None:
        from dataclasses import replace

        from oncall_tui.paths import bundled_data_dir

        folder = bundled_data_dir()
        no_git = settings.git.model_copy(update={"enabled": False})  # the bundled samples are never synced
        loaded = replace(loaded, settings=settings.model_copy(update={"git": no_git}))
    problem = _folder_error(Path(folder))
    if problem is not None:
        _say(problem)
        return 2
    try:
        from oncall_tui.tui.app import OncallApp
    except ImportError as exc:
        print(f"oncall-tui: the terminal UI could not be loaded ({exc})", file=sys.stderr)
        return 1
    return run_app(OncallApp(Path(folder), loaded, wall=args.wall))


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
    args = _parse(command_parser() if headless else tui_parser(), argv)
    if isinstance(args, int):
        return args
    if not headless:
        from oncall_tui.tui.collector import pause_until_first_frame, resume

        pause_until_first_frame()  # the app's first frame turns the collector back on
        try:
            return _run_tui(args)
        finally:
            resume()  # (a start that stopped before it)
    return _headless(args)


def _run_handover(args: argparse.Namespace) -> int:
    """``changes`` and ``handover``: the same report and draft as the app's screens (core/changes, core/handover)."""
    from datetime import datetime

    from oncall_tui.core.changes import SeenMarks, parse_since, render, report_for
    from oncall_tui.core.gitchanges import since_reader
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
    report = report_for(cases, marks, now, since=since, mark_only=getattr(args, "since_mark", False),
                        git=since_reader(args.folder, enabled=settings.git.enabled,
                                         timeout=settings.git.timeout_seconds))
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
