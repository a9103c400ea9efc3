"""The command line's argument parsers: the TUI's, and the headless subcommands' (see :mod:`oncall_tui.cli`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from oncall_tui import __version__

SUBCOMMANDS = frozenset({"export", "check", "config", "serve", "changes", "handover", "sync"})


def tui_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and whether the parser is compiled, and exit")
    return parser


class _Version(argparse.Action):
    """``--version``: the version, and whether this install's parser is compiled (worked out only when asked:
    it imports the parser)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from oncall_tui.compiled import describe

        print(f"oncall-tui {__version__} ({describe()})")
        parser.exit()


def headless_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PATH", type=Path,
                        help="settings file (default: the user config path); the folder's .oncall-tui.toml applies too")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse every file instead of using the parse cache (and leave the cache alone)")


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oncall-tui")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="print the folder's cases as JSON")
    export.add_argument("folder", type=Path)
    export.add_argument("--format", choices=["json", "md", "csv"], default="json",
                        help="json (the contract), md (a digest of open cases) or csv (one row per case)")
    export.add_argument("--items", action="store_true", help="csv: one row per action item instead of per case")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    headless_options(export)
    check = sub.add_parser("check", help="list every case file's problems; exit 1 if there are any")
    check.add_argument("folder", type=Path)
    headless_options(check)
    check.add_argument("--stats", action="store_true",
                       help="also print, per kind, files with a timeline, events, events without a time, "
                            "items and inferred statuses")
    changes = sub.add_parser("changes", help="what changed since you last looked (your seen marks)")
    changes.add_argument("folder", type=Path)
    since = changes.add_mutually_exclusive_group()
    since.add_argument("--since", metavar="DURATION", help="since this long ago (8h, 30m, 1d): the newest seen mark "
                       "taken before then, else the files' own times")
    since.add_argument("--since-mark", action="store_true", help="since your last explicit mark (m in the app)")
    headless_options(changes)
    handover = sub.add_parser("handover", help="print a shift handover draft (markdown) of the folder")
    handover.add_argument("folder", type=Path)
    handover.add_argument("--since", metavar="DURATION", help="the shift's changes since this long ago (default: "
                          "since your last look)")
    headless_options(handover)
    sync = sub.add_parser("sync", help="one git fetch-integrate-push cycle for the folder's repository; "
                                       "exit 0 synced or nothing to do, 1 a conflict left, 2 an error")
    sync.add_argument("folder", type=Path)
    sync.add_argument("--config", metavar="PATH", type=Path, help="settings file (default: the user config path)")
    config = sub.add_parser("config", help="the settings file: init, show or path")
    config.add_argument("action", choices=["init", "show", "path"])
    config.add_argument("folder", nargs="?", type=Path, help="case folder whose .oncall-tui.toml 'show' includes")
    config.add_argument("--config", metavar="PATH", type=Path, help="settings file (default: the user config path)")
    config.add_argument("--force", action="store_true", help="init: overwrite an existing file")
    serve_parser(sub)
    return parser


def serve_parser(sub) -> None:  # noqa: ANN001 (argparse's private subparsers action)
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
