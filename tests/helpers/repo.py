"""Where the checkout and the reference seeds are."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout's top folder (the one holding pyproject.toml)."""

SEED_DIR = REPO_ROOT.parent / "shared" / "seed-cases"
"""The five reference documents, beside the checkout."""

SEED_SKIP = "seed cases not found at"
"""The start of the skip reason when :data:`SEED_DIR` is absent (the summary counts those skips)."""
