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

SUBCOMMANDS = frozenset({"export", "check", "config"})


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
        epilog="Headless commands: 'oncall-tui export FOLDER --format json [-o FILE]' and "
        "'oncall-tui check FOLDER', and 'oncall-tui config init|show|path'. To open a folder named like a command, write ./export.",
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


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oncall-tui")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="print the folder's cases as JSON")
    export.add_argument("folder", type=Path)
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    check = sub.add_parser("check", help="list every case file's problems; exit 1 if there are any")
    check.add_argument("folder", type=Path)
    config = sub.add_parser("config", help="the settings file: init, show or path")
    config.add_argument("action", choices=["init", "show", "path"])
    config.add_argument("folder", nargs="?", type=Path, help="case folder whose .oncall-tui.toml 'show' includes")
    config.add_argument("--config", metavar="PATH", type=Path, help="settings file (default: the user config path)")
    config.add_argument("--force", action="store_true", help="init: overwrite an existing file")
    return parser


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _run_export(args: argparse.Namespace) -> int:
    from oncall_tui.core.export import export_json

    text = export_json(args.folder)
    if args.output in (None, "-"):
        _write_stdout(text)
    else:
        try:
            Path(args.output).write_bytes(text.encode("utf-8"))
        except OSError as exc:
            print(f"oncall-tui: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from oncall_tui.core.export import check

    lines, code = check(args.folder)
    _write_stdout("".join(line + "\n" for line in lines))
    return code


def _load_settings(config: Path | None, folder: Path | None, overrides: dict[str, object]):
    """The effective settings, or None after printing what is wrong (the caller exits 2)."""
    from oncall_tui.core.config import ConfigError, load_settings

    try:
        return load_settings(config_path=config, folder=folder, overrides=overrides)
    except ConfigError as exc:
        print(f"oncall-tui: {exc}", file=sys.stderr)
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
            print(f"oncall-tui: {exc}", file=sys.stderr)
            return 2
        _write_stdout(f"wrote {written}\n")
        return 0
    loaded = _load_settings(args.config, args.folder, {})
    if loaded is None:
        return 2
    _write_stdout(config_show(loaded))
    return 0


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
    folder = args.folder or settings.folder
    if folder is None:
        from oncall_tui.paths import bundled_data_dir

        folder = bundled_data_dir()
    problem = _folder_error(Path(folder))
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    try:
        from oncall_tui.tui.app import OncallApp
    except ImportError as exc:
        print(f"oncall-tui: the terminal UI could not be loaded ({exc})", file=sys.stderr)
        return 1
    OncallApp(
        folder=Path(folder),
        read_only=settings.read_only,
        theme=settings.theme,
        themes_dir=loaded.themes_dir,
        keymap=dict(settings.keys),
        config_file=loaded.user_file,
        sla=settings.sla,
        user_name=settings.user.name,
        user_aliases=tuple(settings.user.aliases),
        wall=args.wall,
        cycle_seconds=settings.wall.cycle_seconds,
    ).run()
    return 0


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
    if args.command == "config":
        return _run_config(args)
    problem = _folder_error(args.folder)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    try:
        return _run_export(args) if args.command == "export" else _run_check(args)
    except BrokenPipeError:  # `oncall-tui export ... | head`: the reader left, that is fine
        _silence_stdout()
        return 0
    except OSError as exc:  # the folder vanished or became unreadable mid-run
        print(f"oncall-tui: {exc}", file=sys.stderr)
        return 2
