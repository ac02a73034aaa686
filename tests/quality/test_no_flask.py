"""server/quality is pure Python: it imports neither Flask nor the rest of the app."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "server" / "quality"

# Loads server.quality with Flask made unimportable and without running server/__init__.py (which
# builds the Flask app), then checks a text and reports which modules got imported.
PROBE = r"""
import importlib.abc, importlib.util, json, sys, types

class NoFlask(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"flask", "werkzeug", "flask_sqlalchemy", "sqlalchemy", "jinja2"}:
            raise ImportError(f"blocked import of {name}")
        return None

sys.meta_path.insert(0, NoFlask())
server = types.ModuleType("server")
server.__path__ = [sys.argv[1]]
sys.modules["server"] = server
from server.quality import check, Finding, CATEGORIES
findings = check("We went with another candidate. Your accent was strong. Your code was garbage.")
print(json.dumps({"categories": sorted({f.category for f in findings}),
                  "modules": sorted(m for m in sys.modules if m.split(".")[0] in {"flask", "werkzeug", "sqlalchemy"})}))
"""


def test_imports_and_runs_with_flask_blocked():
    result = subprocess.run([sys.executable, "-c", PROBE, str(PACKAGE.parent)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout.strip().splitlines()[-1]
    assert out == '{"categories": ["harsh", "legal_risk", "platitude"], "modules": []}'


def test_no_module_imports_flask_or_the_app():
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
                top = name.split(".")[0]
                assert top not in {"flask", "werkzeug", "server", "sqlalchemy"}, f"{path.name} imports {name}"
