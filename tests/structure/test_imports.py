"""The package structure holds: no cycles, dependencies point down, imports at module level."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Pure Python, no database: run once, on the SQLite pass (scripts/test).
pytestmark = pytest.mark.nodb

SERVER = Path(__file__).resolve().parents[2] / "server"

# Deferred on purpose: `server` must import nothing (so `server.quality` loads without Flask), and the
# console script must let gevent patch the standard library before the application is imported.
DEFERRED = {("__init__.py", "create_app"), ("cli.py", "_create_app"), ("cli.py", "main")}


def _function_imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, (ast.Import, ast.ImportFrom)):
                    found.append((node.name, inner.lineno))
    return found


def test_imports_are_at_module_level():
    offenders = []
    for path in sorted(SERVER.rglob("*.py")):
        relative = path.relative_to(SERVER).as_posix()
        for function, line in _function_imports(path):
            if (relative, function) not in DEFERRED:
                offenders.append(f"server/{relative}:{line} imports inside {function}()")
    assert offenders == []


def test_the_structure_check_catches_an_import_inside_a_function(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from .models import Thread\n    return Thread\n")
    assert _function_imports(sample) == [("f", 2)]


def _lint_imports() -> subprocess.CompletedProcess:
    command = Path(sys.executable).with_name("lint-imports")
    if not command.exists():
        pytest.fail("lint-imports is not installed: pip install -e '.[test]'")
    return subprocess.run(
        [str(command), "--no-cache"],
        cwd=SERVER.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(SERVER.parent)},
    )


def test_packages_have_no_cycles_and_depend_downwards():
    """The import-linter contracts in pyproject.toml: acyclic packages, the layer order, pure services."""
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
