"""Without Chromium the browser tests fail under CI=true (with what to install) and skip elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.repo import REPO_ROOT
from tests.helpers.web import require_browser


def test_a_missing_chromium_fails_in_ci_and_skips_elsewhere(tmp_path, monkeypatch) -> None:
    nowhere = tmp_path / "no-chromium-here"
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no Chromium at .*apt-get install -y chromium"):
        require_browser(nowhere)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no Chromium at"):
        require_browser(nowhere)


def _run_browser_tests(tmp_path, ci: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["ONCALL_TUI_TEST_CHROMIUM"] = str(tmp_path / "no-chromium-here")
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "tests/web/test_browser.py", "-k", "forced_token", "-q", "-rs",
         "-p", "no:cacheprovider"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_in_ci_the_browser_test_run_fails_without_chromium(tmp_path) -> None:
    done = _run_browser_tests(tmp_path, "true")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 error" in done.stdout and "skipped" not in done.stdout
    assert "no Chromium at" in done.stdout and "apt-get install -y chromium" in done.stdout


@pytest.mark.slow
def test_outside_ci_the_browser_test_run_skips_without_chromium_and_says_why(tmp_path) -> None:
    done = _run_browser_tests(tmp_path, None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "no Chromium at" in done.stdout
