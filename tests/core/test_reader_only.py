"""Statically: a case file's bytes are read only through core/reader.py.

Every call in the package that reads a file (``open``, ``os.open`` without
write flags, ``os.fdopen``, ``read_bytes``, ``read_text``) is either in the
reader or on the list below of files that are not case files, each with why.
The store, the pool's workers (core/casefile.py), storage and the case view
read through :func:`~oncall_tui.core.reader.open_beneath`.
"""

from __future__ import annotations

import ast
from tests.helpers.audit import calls, offenders, string_args

WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC")
NOT_CASE_READS = {
    "core/reader.py": None,  # the reader itself (and /proc for other writers)
    "core/atomic.py": ("os.open(folder",),  # a folder descriptor, to fsync a rename
    "core/config.py": ("os.open(path", "open(fd", "target.read_bytes()"),  # the settings file
    "core/cache.py": ("os.open(self.path", "os.fdopen(fd"),  # the parse cache under the user cache folder
    "core/changes.py": ("os.open(path", "os.fdopen(fd"),  # seen-mark snapshots under the user state folder
    "core/gitsync.py": ("self._state_path().read_text(",),  # git's own state file in .git
    # The same reads where other branches of the issue-15 refactor move them (absent until the merge).
    "core/config/tomlfile.py": ("os.open(path", "open(fd"),
    "core/config/writing.py": ("target.read_bytes()",),
    # the package's own source (a fingerprint) and the validated-settings cache under the user cache folder
    "core/config/validated.py": ("path.read_bytes()", "_path(file_name).read_bytes()"),
    "core/cache_file.py": ("os.open(self.path", "os.fdopen(fd"),
    "core/seenmarks.py": ("os.open(path", "os.fdopen(fd"),
    "core/rows_snapshot.py": ("os.open(path", "os.fdopen(fd"),  # the first screenful kept in the user cache folder
    "core/gitconflicts.py": ("self.path.read_text(",),
    "core/pool.py": ("open(os.devnull",),  # a descriptor for the pool's resource tracker
    "cli.py": ("os.open(os.devnull",),
    "web/serve.py": ("path.read_bytes()",),  # the web access-token file
    "tui/screens/conflict.py": ("os.fdopen(handle", "path.read_bytes()"),  # the merge editor's own temp file
}


def _read_calls(tree: ast.AST):
    for node, name, text in calls(tree):
        if name in ("open", "fdopen") and any(set(mode) & set("wax+") for mode in string_args(node)):
            continue  # a write: tests/core/test_storage.py audits those
        if name in ("read_bytes", "read_text", "fdopen"):
            yield node.lineno, text
        elif name == "open":
            func = node.func
            owner = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            if owner and owner not in ("os", "io") and (not owner.islower() or len(node.args) > 1):
                continue  # Repo.open, ParseCache.open, self.nav.open(path, line): not files
            if owner == "os" and (len(node.args) > 2 or any(flag in text for flag in WRITE_FLAGS)):
                continue  # a write (a mode is given only to create): tests/core/test_storage.py audits those
            yield node.lineno, text


def test_only_the_reader_reads_case_files() -> None:
    assert offenders(_read_calls, NOT_CASE_READS) == []


def test_the_audit_sees_a_plain_read() -> None:
    tree = ast.parse("data = (root / rel).read_bytes()\nwith open(p, 'rb') as f: pass\nfd = os.open(p, os.O_RDONLY)")
    assert [text for _, text in sorted(_read_calls(tree))] == ["(root / rel).read_bytes()", "open(p, 'rb')",
                                                               "os.open(p, os.O_RDONLY)"]
