"""Module boundaries: the core never imports modules; modules import each other's public only."""

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def test_modules_only_use_each_others_public_surface():
    violations = []
    for path in sorted((APP / "modules").rglob("*.py")):
        own = path.relative_to(APP / "modules").parts[0]
        for line, name in _imports(path):
            parts = name.split(".")
            if parts[:2] != ["app", "modules"] or len(parts) < 3 or parts[2] == own:
                continue
            if not (APP / "modules" / parts[2]).is_dir():
                continue
            if len(parts) == 3 or parts[3] != "public":
                violations.append(f"{path.relative_to(APP)}:{line} imports {name}")
    assert not violations, "\n".join(violations)


def test_core_never_imports_modules_import_linter():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=APP.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_web_process_does_not_import_heavy_libraries():
    code = (
        "import sys; import app.main; "
        "heavy = {'torch', 'transformers', 'stable_baselines3', 'vectorbt', 'riskfolio', "
        "'sklearn', 'optuna', 'numba', 'ccxt'}; print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=APP.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
