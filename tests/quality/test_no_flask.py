"""server/quality is pure Python: it imports neither Flask nor the rest of the app, nor the tests."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

# Pure Python, no database: run once, on the SQLite pass (scripts/test).
pytestmark = pytest.mark.nodb

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "server" / "quality"
WEB_STACK = {"flask", "werkzeug", "sqlalchemy", "jinja2"}

# Run in a fresh interpreter from the repository root, with nothing faked: the real server package,
# the real server.quality, a text that gets all three categories (the fallback model included).
PROBE = r"""
import json, sys
import server.quality
findings = server.quality.check("We went with another candidate. Your accent was strong. Your code was garbage.")
print(json.dumps({
    "file": server.quality.__file__,
    "categories": sorted({f.category for f in findings}),
    "modules": sorted(sys.modules),
}))
"""


def _is_web_stack(module: str) -> bool:
    top = module.split(".")[0]
    return top in WEB_STACK or top.startswith("flask_")


def test_import_and_check_in_a_fresh_interpreter_loads_no_web_stack():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(out["file"]).resolve() == PACKAGE / "__init__.py"
    assert out["categories"] == ["harsh", "legal_risk", "platitude"]
    assert [m for m in out["modules"] if _is_web_stack(m)] == []
    app_modules = [m for m in out["modules"] if m.split(".")[0] == "server"]
    assert all(m in ("server", "server.quality") or m.startswith("server.quality.") for m in app_modules), app_modules


def test_no_module_imports_flask_the_app_or_the_tests():
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: inside server/quality
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert not _is_web_stack(name), f"{path.name} imports {name}"
                assert name.split(".")[0] not in {"server", "tests"}, f"{path.name} imports {name}"
