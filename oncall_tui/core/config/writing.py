"""Settings: ``config show`` (each value with its source), ``config init`` and saving the theme."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from oncall_tui.core.atomic import write_atomic
from oncall_tui.core.config.names import INIT_MARKER, ConfigError, LoadedSettings
from oncall_tui.core.config.places import display_path
from oncall_tui.core.config.tomlfile import dotted, read_toml
from oncall_tui.core.config.values import Settings



def _toml_line(key: str, value: Any) -> str:
    """One ``key = value`` line, quoted and escaped by tomli-w (a list of scalars on the same line)."""
    if isinstance(value, list) and value and not any(isinstance(v, (list, dict)) for v in value):
        items = [tomli_w.dumps({"v": v}).strip().removeprefix("v = ") for v in value]
        return f"{tomli_w.dumps({key: []}).strip().removesuffix('[]')}[{', '.join(items)}]"
    return tomli_w.dumps({key: value}).strip()


def _tables(effective: dict[str, Any]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """The settings as TOML tables in file order: top level first, then each section."""
    top = {k: v for k, v in effective.items() if not isinstance(v, dict)}
    out: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), top)]
    for name, value in effective.items():
        if not isinstance(value, dict):
            continue
        scalars = {k: v for k, v in value.items() if not isinstance(v, dict) or name == "keys"}
        if scalars or not value:
            out.append(((name,), scalars))
        for sub, table in value.items():
            if isinstance(table, dict) and name != "keys":
                out.append(((name, sub), table))
    return out


def config_show(loaded: LoadedSettings) -> str:
    """The effective settings as TOML, each key with a ``# from: …`` comment.

    The output is itself a valid settings file; values that are not set
    (``folder``, ``user.name``) appear as comments.
    """
    effective = loaded.settings.model_dump(mode="json")
    folder_file = display_path(loaded.folder_file) if loaded.folder_file else "none"
    lines = [
        "# oncall-tui effective settings",
        f"# user file: {display_path(loaded.user_file)}{'' if loaded.user_file.is_file() else ' (not found)'}",
        f"# folder file: {folder_file}",
        f"# user themes: {display_path(loaded.themes_dir)}/",
    ]
    for path, table in _tables(effective):
        lines.append("")
        if path:
            lines.append(f"[{dotted(path)}]")
        if path == ("keys",) and not table:
            lines.append("# no key remaps  # from: default")
        for key, value in table.items():
            source = loaded.source(".".join(path + (key,)))
            if value is None:
                lines.append(f"# {dotted((key,))} is not set  # from: {source}")
            else:
                lines.append(f"{_toml_line(key, value)}  # from: {source}")
    return "\n".join(lines) + "\n"


_NOTES: dict[tuple[str, ...], list[str]] = {
    ("folder",): ["The case folder to open when none is given on the command line."],
    ("theme",): [
        "Colour theme: oncall-dark, oncall-light, oncall-high-contrast, oncall-colorblind,",
        "or the name of a theme file in the themes/ folder beside this file.",
    ],
    ("read_only",): ["true: never write to case files (edit keys are hidden)."],
    ("max_file_bytes",): ["Case files larger than this many bytes are skipped."],
    ("wall",): ["The wall screen (--wall): seconds each open escalation stays up (5 to 3600)."],
    ("git",): ["Sharing the folder over git, when it is inside a git work tree: enabled = false never",
               "runs git; sync_seconds between automatic fetch-integrate-push cycles (0: only the sync key);",
               "timeout_seconds: the longest one git call may take; commit_external = true also commits",
               "case files changed by other programs before each sync (one commit each, a generic message)."],
    ("sla",): [
        "SLA targets per priority: time to first response and to resolution.",
        'Durations are written like "30m", "4h", "1d" or "1h30m" (units w, d, h, m, s).',
        "A team usually sets these in the case folder's .oncall-tui.toml instead.",
        "about_to_breach: the percentage of a target left at which its cell turns the warning colour.",
    ],
    ("user",): ['Your name as case files write it, for "my action items" (first name, full name and',
                '@handle forms are matched); aliases: more names they use for you, like ["DO", "dana-o"].'],
    ("parse",): ["Numeric dates like 04/03/2024 in a file with no date that decides (13/03/2024 or",
                 '03/13/2024): day_first = true reads them day-first, false month-first, "auto" takes',
                 "12.03.2024 (dots) as day-first and the rest as month-first."],
    ("alerts",): ["Alerts when a new P1 case appears (new_p1) or a case breaches its SLA (breach), at most",
                  "once per case and event, never for cases there at start: the terminal bell and/or a",
                  "desktop notification through the terminal (osc9; osc777 for rxvt/VTE/foot terminals).",
                  "enabled: on the dashboard; wall: on the wall screen (off unless set)."],
    ("audit",): ["timeline: write a timeline entry for each status, priority or sentiment change made in",
                  'the app ("Status: Open → Resolved (by Maria)"); false: change the field only.'],
    ("keys",): ["Remap keys by binding id (the help screen, ?, lists them). Several keys: \"j,down\"."],
}
_EXAMPLES = {
    ("folder",): '# folder = "~/cases"',
    ("user", "name"): '# name = "Maria"',
    ("keys",): '# "items.all" = "O"',
}
_HEADER = [
    INIT_MARKER,
    "# Every key is optional: delete a line to get the built-in default back.",
    "# Precedence, lowest first: defaults < the case folder's .oncall-tui.toml (team",
    "# defaults; it may not set folder) < this file < ONCALL_TUI_* environment",
    "# variables < command-line flags. `oncall-tui config show` says where each value came from.",
]


def default_file_text() -> str:
    """The commented settings file ``config init`` writes: every default, explained."""
    lines = list(_HEADER)
    for path, table in _tables(Settings().model_dump(mode="json")):
        if path:
            lines.append("")
            if path[1:] in ((), ("P1",)):
                lines.extend("# " + note for note in _NOTES.get(path[:1], []))
            lines.append(f"[{dotted(path)}]")
        if path == ("keys",):
            lines.append(_EXAMPLES[path])
        for key, value in table.items():
            if not path:
                lines.extend(["", *("# " + note for note in _NOTES.get((key,), []))])
            lines.append(_EXAMPLES[path + (key,)] if value is None else _toml_line(key, value))
    return "\n".join(lines) + "\n"


def config_init(path: Path, *, force: bool = False) -> Path:
    """Write the commented default file at *path* (creating folders); refuse to overwrite unless *force*."""
    path = Path(path).expanduser()
    if path.exists() and not force:
        raise ConfigError(f"{display_path(path)}: already exists (use --force to overwrite it)")
    _write_atomic(path, default_file_text())
    return path


def save_theme(path: Path, name: str) -> None:
    """Set ``theme`` in the user file, keeping every other value (and, when it can, every comment).

    The ``theme = …`` line is patched in place and the result re-parsed; only
    if that does not give exactly the intended table is the file rewritten
    with tomli-w, which loses comments (a file from ``config init`` gets its
    header comment back on top).
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError("theme name must be a non-empty string")
    path = Path(path).expanduser()
    target = path.resolve() if path.is_symlink() else path  # keep a dotfile manager's symlink
    if not target.exists():
        _write_atomic(target, _toml_line("theme", name) + "\n")
        return
    data = read_toml(target)
    text = target.read_bytes().decode("utf-8").removeprefix("\ufeff")
    wanted = {**data, "theme": name}
    patched = _patch_theme(text, name)
    if patched is None or _parsed(patched) != wanted:
        patched = tomli_w.dumps(wanted)
        if text.startswith(INIT_MARKER):
            patched = "\n".join(_HEADER) + "\n\n" + patched
    _write_atomic(target, patched)


def _parsed(text: str) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


_THEME_LINE = re.compile(
    r"""^(?P<lead>[ \t]*(?:theme|"theme"|'theme')[ \t]*=[ \t]*)"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
    r"""(?P<rest>[ \t]*(?:\#.*)?)$"""
)


def _patch_theme(text: str, name: str) -> str | None:
    """*text* with the top-level theme value replaced (or a theme line added); None if unsure."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    value = tomli_w.dumps({"theme": name}).split("=", 1)[1].strip()
    first_table = next((i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    for i, line in enumerate(lines[:first_table]):
        match = _THEME_LINE.match(line)
        if match:
            lines[i] = match["lead"] + value + match["rest"]
            return newline.join(lines)
    insert_at = first_table
    if insert_at == len(lines) and lines[-1] == "":
        insert_at -= 1  # no table: append before the final newline
    lines.insert(insert_at, f"theme = {value}")
    if insert_at < len(lines) - 1 and lines[insert_at + 1].strip():
        lines.insert(insert_at + 1, "")
    return newline.join(lines)


def _write_atomic(path: Path, text: str) -> None:
    """All at once through :func:`oncall_tui.core.atomic.write_atomic` (folders made first): never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
