"""Real git repositories in a temporary folder for the sharing tests: a bare remote and clones.

Every repository gets its own ``user.name``/``user.email`` in its own config;
the developer's global and system git config are kept out
(``GIT_CONFIG_GLOBAL`` points at an empty file, ``GIT_CONFIG_NOSYSTEM``).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

CASE = "CE7001-lumen-ledger-sync.md"


def case_text() -> str:
    """An invented escalation with five action items and four timeline entries."""
    return """# CE7001 - Lumen Ledger nightly sync stalls

Customer: Lumen Ledger
Priority: P2
Status: Open
Created: 2026-11-02
Assigned Engineer: Ola Brandt

## Issue

The nightly ledger sync stops half-way for the customer's EU tenant.

## Timeline

- 2026-11-02 08:10: Customer reported the stalled sync
- 2026-11-02 09:00: Reproduced on a staging copy
- 2026-11-02 11:45: Lock wait found in the sync worker
- 2026-11-03 07:30: Workaround shared with the customer

## Notes

The tenant has about four million ledger rows.
Batches of ten thousand rows are committed one by one.
The worker retries a batch three times.

## Action Items

- [ ] Add a timeout to the batch lock (owner: Ola, due 2026-11-05)
- [ ] Split the tenant's backlog into smaller runs (owner: Kai, due 2026-11-06)
- [ ] Add failover for the sync worker (owner: Ola, due 2026-11-08)
- [ ] Write the customer update (owner: Mia, due 2026-11-04)
- [ ] Review the retry policy (owner: Kai, due 2026-11-10)

## Customer Sentiment

Overall sentiment: Concerned
"""


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, check=check, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def head(repo: Path, rev: str = "HEAD") -> str:
    return git(repo, "rev-parse", rev).stdout.strip()


def refs(repo: Path) -> str:
    """Every ref of *repo* and where it points (``git for-each-ref``)."""
    return git(repo, "for-each-ref", "--format=%(refname) %(objectname)").stdout


@dataclass
class Team:
    remote: Path
    a: Path
    b: Path
    root: Path

    def clone(self, name: str) -> Path:
        path = self.root / name
        git(self.root, "clone", "--quiet", str(self.remote), str(path))
        configure(path, name)
        return path


def configure(repo: Path, name: str) -> None:
    git(repo, "config", "user.name", f"Engineer {name}")
    git(repo, "config", "user.email", f"{name.lower()}@example.invalid")
    git(repo, "config", "commit.gpgsign", "false")


@pytest.fixture
def git_isolated(tmp_path_factory, monkeypatch) -> None:
    """Keep the developer's git config (and any GIT_* of the caller) out of the test's git calls."""
    empty = tmp_path_factory.mktemp("gitconfig") / "config"
    empty.write_text("", encoding="utf-8")
    for name in list(os.environ):
        if name.startswith("GIT_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def make_team(root: Path, files: dict[str, str] | None = None) -> Team:
    """A bare remote (reached by its file path) holding one commit of *files*, cloned as A and B."""
    remote = root / "remote.git"
    git(root, "init", "--quiet", "--bare", "-b", "main", str(remote))
    seed = root / "seed"
    git(root, "init", "--quiet", "-b", "main", str(seed))
    configure(seed, "Seed")
    for rel, text in (files or {CASE: case_text()}).items():
        path = seed / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(seed, "add", "--", ".")
    git(seed, "commit", "--quiet", "-m", "The case folder")
    git(seed, "push", "--quiet", str(remote), "main:main")
    team = Team(remote, root / "a", root / "b", root)
    team.clone("a")
    team.clone("b")
    return team


FAKE_GIT = """#!/bin/sh
echo "$@" >> "{log}"
{body}
"""


def fake_git(folder: Path, log: Path, body: str = "exit 1") -> Path:
    """A ``git`` program in *folder* that records each call's arguments in *log*, then runs *body*."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "git"
    program.write_text(FAKE_GIT.format(log=log, body=body), encoding="utf-8")
    program.chmod(0o755)
    return program
