"""The compiled parser (``setup.py`` builds it with mypyc) reads every file exactly as the plain-Python one.

mypyc turns the parser's hot modules into C and enforces their annotations
at run time, so a value of a type the annotations did not foresee raises
where plain Python would carry on; the parser's catch-all would turn that
into a quiet per-file "parser error".  These tests build the modules the way
``pip install .`` does (``setup.py build_ext``: mypy, then the C compiler)
in a copy of the package, run them in a worker process, and compare the
section tree and the case of every file (each day-first setting) with this
process's plain-Python parse: the seeds, ``data/``, the corpus, the hostile
inputs, 2,000 generated case files and a fuzz of tricky documents.  They
also check the build's fallbacks: no C compiler, and ``ONCALL_TUI_PURE``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings

from oncall_tui.compiled import MODULES
from tests.core.test_block_scanner import mutated_document, tricky_document
from tests.hardening.hostile import BYTE_CASES, write_byte_cases
from tests.helpers.build import build_in_place, copy_package, extensions
from tests.helpers.parse_dump import snapshot
from tests.helpers.repo import REPO_ROOT
from tests.perf.generate import generate

pytestmark = pytest.mark.slow  # the build alone takes ~30 s of mypy and gcc


@pytest.fixture(scope="module")
def compiled_copy(tmp_path_factory) -> Path:
    copy = copy_package(tmp_path_factory.mktemp("compiled") / "pkg")
    built = build_in_place(copy)
    assert built.returncode == 0, built.stderr[-4000:]
    assert "plain Python" not in built.stderr, built.stderr[-4000:]
    return copy


class Worker:
    """A process running the compiled parser: one path in, one :func:`snapshot` out."""

    def __init__(self, copy: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env["PYTHONPATH"] = os.pathsep.join((str(copy), str(REPO_ROOT)))  # the compiled package first
        self.process = subprocess.Popen([sys.executable, "-m", "tests.helpers.parse_dump"], cwd=copy, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.compiled = orjson.loads(self.process.stdout.readline())["compiled"]

    def snapshot(self, path: Path) -> bytes:
        self.process.stdin.write(os.fsencode(path) + b"\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"the compiled worker died on {path}"
        return answer.rstrip(b"\n")

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(scope="module")
def worker(compiled_copy: Path) -> Iterator[Worker]:
    running = Worker(compiled_copy)
    yield running
    running.close()


def _assert_same(worker: Worker, paths: list[Path]) -> None:
    differ = {}
    for path in paths:
        answer = worker.snapshot(path)
        if answer != snapshot(str(path)):
            differ[str(path)] = answer[:300]
    assert differ == {}, f"{len(differ)} of {len(paths)} files read differently when compiled"


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file()]


def test_the_build_compiles_every_listed_module_and_the_worker_runs_them(compiled_copy: Path, worker: Worker) -> None:
    expected = sorted(str(Path(*name.split(".")).with_suffix("")) for name in MODULES)
    shims = sorted(s.split(".")[0] for s in extensions(compiled_copy) if s.startswith("oncall_tui"))
    assert shims == expected
    assert sorted(worker.compiled) == sorted(MODULES)


def test_real_documents_read_the_same_compiled(worker: Worker, seed_dir: Path, data_dir: Path) -> None:
    paths = _files(seed_dir, data_dir, REPO_ROOT / "tests" / "corpus")
    assert len(paths) >= 50
    _assert_same(worker, paths)


def test_hostile_inputs_read_the_same_compiled(worker: Worker, tmp_path: Path) -> None:
    write_byte_cases(tmp_path)
    _assert_same(worker, _files(tmp_path))
    assert len(_files(tmp_path)) == len(BYTE_CASES)


def test_generated_case_files_read_the_same_compiled(worker: Worker, tmp_path: Path) -> None:
    _assert_same(worker, generate(tmp_path, 2000, seed=5))


_FUZZ = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                          HealthCheck.too_slow])


def _assert_text_same(worker: Worker, folder: Path, text: str) -> None:
    path = folder / "fuzz.md"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _assert_same(worker, [path])


@_FUZZ
@given(text=tricky_document())
def test_fuzzed_documents_read_the_same_compiled(worker: Worker, tmp_path: Path, text: str) -> None:
    _assert_text_same(worker, tmp_path, text)


@_FUZZ
@given(text=mutated_document())
def test_fuzzed_case_files_read_the_same_compiled(worker: Worker, tmp_path: Path, text: str) -> None:
    _assert_text_same(worker, tmp_path, text)


def test_without_a_c_compiler_the_build_installs_plain_python(compiled_copy: Path, tmp_path: Path) -> None:
    copy = copy_package(tmp_path / "pkg")
    shutil.copytree(compiled_copy / "build" / "mypy-cache", copy / "build" / "mypy-cache")  # mypy's part, reused
    built = build_in_place(copy, CC=shutil.which("false") or "/bin/false")
    assert built.returncode == 0, built.stderr[-4000:]
    assert "compiling the parser failed" in built.stderr
    assert "installing it as plain Python" in built.stderr
    assert extensions(copy) == []


def test_oncall_tui_pure_keeps_the_build_plain_python(tmp_path: Path) -> None:
    copy = copy_package(tmp_path / "pkg")
    built = build_in_place(copy, ONCALL_TUI_PURE="1")
    assert built.returncode == 0, built.stderr[-4000:]
    assert "ONCALL_TUI_PURE is set" in built.stderr
    assert extensions(copy) == []
