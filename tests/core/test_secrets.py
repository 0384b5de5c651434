"""Issue 15 #3: no secret in the code; a generated one outside prod, a real one in prod."""

import os
import secrets
import stat
import subprocess
import sys

import pytest
from pydantic import ValidationError

from app.core.config import Settings
from app.core.secrets import shannon_bits, weak_secret_reason
from tests.conftest import REPO_ROOT


@pytest.fixture(autouse=True)
def no_configured_secret(monkeypatch):
    monkeypatch.delenv("APP_SECRET_KEY", raising=False)


def test_shannon_entropy_against_closed_forms():
    assert shannon_bits("a" * 32) == 0
    assert shannon_bits("ab" * 16) == pytest.approx(1.0)
    assert shannon_bits("0123456789abcdef" * 2) == pytest.approx(4.0)  # log2(16)


@pytest.mark.parametrize(
    "key",
    ["", "short", "a" * 32, "a" * 64, "ab" * 32, "abcd" * 10, "dev-only-insecure-secret-change-me"],
)
def test_weak_keys_are_refused_in_prod(key):
    assert weak_secret_reason(key)
    with pytest.raises(ValidationError, match="APP_SECRET_KEY"):
        Settings(env="prod", secret_key=key)


@pytest.mark.parametrize("key", [secrets.token_urlsafe(32), secrets.token_hex(32)])
def test_random_keys_are_accepted(key):
    assert weak_secret_reason(key) is None
    assert Settings(env="prod", secret_key=key).secret_key == key


def test_an_unconfigured_key_is_generated_once_with_mode_0600(tmp_path):
    first = Settings(env="dev", data_dir=tmp_path / "data")
    path = tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert weak_secret_reason(first.secret_key) is None
    # Reused on the next start, so tokens outlive restarts; another install gets another key.
    assert Settings(env="dev", data_dir=tmp_path / "data").secret_key == first.secret_key
    assert Settings(env="dev", data_dir=tmp_path / "other").secret_key != first.secret_key


def test_prod_never_generates_a_key(tmp_path):
    with pytest.raises(ValidationError, match="APP_SECRET_KEY is not set"):
        Settings(env="prod", data_dir=tmp_path)
    assert not (tmp_path / "secret_key").exists()


def test_serve_in_prod_with_a_weak_key_fails_with_one_line(tmp_path):
    env = {
        **os.environ,
        "APP_ENV": "prod",
        "APP_SECRET_KEY": "a" * 32,
        "APP_DATA_DIR": str(tmp_path),
        "APP_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/k.db",
    }
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "APP_SECRET_KEY" in lines[0], result.stderr


def test_processes_starting_together_agree_on_one_key(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    from app.core.secrets import load_or_create_secret

    path = tmp_path / "secret_key"
    with ProcessPoolExecutor(max_workers=4) as pool:
        keys = set(pool.map(load_or_create_secret, [path] * 8))
    assert keys == {path.read_text().strip()}
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary left behind
