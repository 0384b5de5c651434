"""Module boundaries, enforced by import-linter (contracts in pyproject.toml [tool.importlinter]).

The contracts run on the real tree, and again on a temporary copy of `app/` with one planted
violation per contract, so a contract that silently stops biting fails here too.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.core.config import ALL_MODULES

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PLANT = "_planted_violation"


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return config["tool"]["importlinter"]["contracts"]


def _module_packages() -> list[str]:
    return sorted(p.parent.name for p in (APP / "modules").glob("*/__init__.py"))


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    # A wide terminal keeps each reported import on one line; cwd decides which `app` is analysed
    # (import-linter puts it first on sys.path).
    env = {**os.environ, "COLUMNS": "500", "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(cwd / "pyproject.toml")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _reports(output: str, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each contract's status line (KEPT/BROKEN) and the text of its broken-contract section."""
    status = {}
    for name in names:
        found = re.search(rf"^{re.escape(name)} (KEPT|BROKEN)", output, re.M)
        status[name] = found.group(1) if found else "MISSING"
    details = output.partition("Broken contracts")[2]
    headings = [(details.find(f"\n{name}\n-"), name) for name in names]
    starts = sorted((pos, name) for pos, name in headings if pos >= 0)
    sections = {}
    for i, (pos, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(details)
        sections[name] = details[pos:end]
    return status, sections


def test_contracts_hold_on_the_tree():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_contracts_cover_all_fifteen_modules_before_they_exist():
    contracts = _contracts()
    packages = set(_module_packages())
    assert packages <= set(ALL_MODULES), f"unknown modules: {packages - set(ALL_MODULES)}"

    independence = [c for c in contracts if c["type"] == "independence"]
    assert [c["modules"] for c in independence] == [["app.modules.*"]]

    (layers,) = [c for c in contracts if c["type"] == "layers"]
    assert layers["containers"] == ["app.modules"] and layers["exhaustive"] is True
    tails = [t.strip() for layer in layers["layers"] for t in re.split(r"[|:]", layer)]
    # Every module is placed before it is written; `exhaustive` refuses any other package.
    assert {t.strip("()") for t in tails} == set(ALL_MODULES)

    (own,) = [c for c in contracts if c["type"] == "own_public"]
    assert own["containers"] == ["app.modules"]


@pytest.fixture
def planted_tree(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    """A copy of app/ plus pyproject.toml with one violation per contract, and what to expect.

    Each expectation is a line import-linter must print under that contract. Relative imports and
    the `from package import module` form are used on purpose: both are easy to miss.
    """
    shutil.copytree(APP, tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "import_contracts.py", tmp_path / "scripts")
    modules = tmp_path / "app" / "modules"

    def plant(path: Path, code: str) -> str:
        path.parent.mkdir(exist_ok=True)
        path.write_text(code + "\n")
        return ".".join(path.relative_to(tmp_path).with_suffix("").parts).removesuffix(".__init__")

    expected: dict[str, list[str]] = {}
    core = plant(
        tmp_path / "app" / "core" / f"{PLANT}.py", "from app.modules.database import public"
    )
    expected["core never imports modules"] = [f"{core} -> app.modules.database.public"]

    internal = plant(modules / "backtest" / f"{PLANT}_internal.py", "from ..database import models")
    expected["modules import each other's public only"] = [
        f"{internal} -> app.modules.database.models"
    ]

    upward = plant(
        modules / "database" / f"{PLANT}_up.py", "from app.modules.automl.public import x"
    )
    sibling = plant(
        modules / "marketmaker" / f"{PLANT}_sibling.py", "import app.modules.portfolio.public"
    )
    plant(modules / "widget" / "__init__.py", '"""A module nobody placed in the layers."""')
    expected["module dependencies point down"] = [
        f"{upward} -> app.modules.automl.public",
        f"{sibling} -> app.modules.portfolio.public",
        "- app.modules.widget",
    ]

    cycle_a = modules / "auth" / f"{PLANT}_cycle_a.py"
    plant(cycle_a, f"from app.modules.auth import {PLANT}_cycle_b")
    plant(modules / "auth" / f"{PLANT}_cycle_b.py", f"from . import {PLANT}_cycle_a")
    expected["no import cycles between siblings"] = [
        "No cycles are allowed in app.modules.auth.",
        f"{PLANT}_cycle_",
    ]

    own_public = expected["a module never imports its own public"] = []
    for m in _module_packages():
        if (modules / m / "public.py").is_file():
            init = modules / m / "__init__.py"
            init.write_text(init.read_text() + "\nfrom .public import *  # planted\n")
            own = plant(modules / m / f"{PLANT}_own.py", "from . import public")
            nested = plant(
                modules / m / f"{PLANT}_nested" / "__init__.py", "from ..public import *"
            )
            own_public += [
                f"app.modules.{m} -> app.modules.{m}.public",
                f"{own} -> app.modules.{m}.public",
                f"{nested} -> app.modules.{m}.public",
            ]
    return tmp_path, expected


def test_each_contract_fails_on_a_planted_violation(planted_tree):
    tree, expected = planted_tree
    names = [c["name"] for c in _contracts()]
    assert set(expected) == set(names), "every contract needs a planted violation here"

    result = _lint_imports(tree)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    status, sections = _reports(output, names)
    for name in names:
        assert status[name] == "BROKEN", f"{name!r} kept despite a planted violation\n{output}"
        for line in expected[name]:
            assert line in sections.get(name, ""), f"{name!r} does not report {line!r}\n{output}"
    assert not list(APP.rglob(f"{PLANT}*")), "planted files leaked into the repository"


def _dynamic_app_imports(path: Path) -> list[str]:
    """Calls like importlib.import_module("app.modules.x.service"): import-linter reads import
    statements only, so a string naming app code would slip past every contract."""
    found = []
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = ast.unparse(node.func)
        if name.split(".")[-1] not in {"import_module", "__import__", "find_spec"}:
            continue
        first = node.args[0]
        if isinstance(first, ast.JoinedStr) and first.values:
            first = first.values[0]
        if isinstance(first, ast.Constant) and str(first.value).startswith("app"):
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_core_and_modules_do_not_import_app_code_by_name():
    # app/main.py loads the enabled modules by name; nothing below it may.
    paths = sorted((APP / "core").rglob("*.py")) + sorted((APP / "modules").rglob("*.py"))
    assert [hit for path in paths for hit in _dynamic_app_imports(path)] == []


def test_dynamic_import_check_sees_literal_and_f_string_names(tmp_path: Path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import importlib\n"
        "importlib.import_module('app.modules.database.service')\n"
        "name = 'x'\n"
        "__import__(f'app.modules.{name}.models')\n"
        "importlib.import_module(name)\n"
    )
    assert _dynamic_app_imports(probe) == [
        "probe.py:2: importlib.import_module('app.modules.database.service')",
        "probe.py:4: __import__(f'app.modules.{name}.models')",
    ]


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
