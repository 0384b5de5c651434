"""The image's contract, checked without a container daemon: the Dockerfile lints clean, and its
exact command, environment and healthcheck start the app from a fresh data directory."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, TEST_SECRET

DOCKERFILE = REPO_ROOT / "Dockerfile"
IMAGE_ROOT = "/app"  # the image's WORKDIR; rewritten to a fresh directory below


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            pairs.append((keyword.upper(), rest.strip()))
    return pairs


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for keyword, rest in instructions():
        if keyword == "ENV":
            for item in shlex.split(rest):
                key, _, value = item.partition("=")
                env[key] = value
    return env


def exec_form(keyword: str) -> list[str]:
    [rest] = [rest for key, rest in instructions() if key == keyword]
    if keyword == "HEALTHCHECK":
        rest = rest[rest.index("CMD ") + 4 :]
    return json.loads(rest)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dockerfile_lints_clean() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or "hadolint"
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_is_pinned_layered_non_root_and_prod_by_default() -> None:
    steps = instructions()
    [base] = [rest for key, rest in steps if key == "FROM"]
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base), base  # an exact tag
    env = image_env()
    assert env["APP_ENV"] == "prod"
    [volume] = [json.loads(rest) for key, rest in steps if key == "VOLUME"]
    data_dir = volume[0]
    for key in ("APP_DATABASE_URL", "APP_MODEL_DIR", "APP_NUMBA_CACHE_DIR"):
        assert data_dir in env[key], f"{key} must live in the volume {data_dir}"
    [user] = [rest for key, rest in steps if key == "USER"]
    assert user.isdigit() and int(user) > 0
    order = [f"{key} {rest}" for key, rest in steps]
    install_deps = next(i for i, s in enumerate(order) if "-r /tmp/requirements.txt" in s)
    copy_code = next(i for i, s in enumerate(order) if s.startswith("COPY app"))
    assert install_deps < copy_code, "dependencies must be installed before the code is copied"
    assert "/health/ready" in " ".join(exec_form("HEALTHCHECK"))


def test_dockerignore_keeps_local_state_out() -> None:
    ignored = set((REPO_ROOT / ".dockerignore").read_text().split())
    assert {".git", ".venv", "var", "tests", "*.db"} <= ignored


def _start(env: dict[str, str], cwd: Path, port: int) -> subprocess.Popen[str]:
    command = [part if part != "8000" else str(port) for part in exec_form("CMD")]
    assert command[0] == "kalkan"
    command[0] = str(Path(sys.executable).parent / "kalkan")
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def _container_env(root: Path, **extra: str) -> dict[str, str]:
    """The image's ENV with /app pointing at ``root``, on a host environment without APP_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("APP_")}
    env |= {k: v.replace(IMAGE_ROOT, str(root)) for k, v in image_env().items()}
    env["PYTHONPATH"] = str(REPO_ROOT)  # this checkout's code, as the image's /app holds it
    return env | extra


def test_entrypoint_refuses_the_default_secret(tmp_path: Path) -> None:
    process = _start(_container_env(tmp_path), tmp_path, _free_port())
    output = process.communicate(timeout=120)[0]
    assert process.returncode != 0
    assert "APP_SECRET_KEY" in output, output
    assert not (tmp_path / "var" / "kalkan.db").exists(), "nothing may start without a secret"


@pytest.mark.skipif(
    bool(os.environ.get("APP_DATABASE_URL")), reason="the image's default is the SQLite volume"
)
def test_entrypoint_starts_the_app_from_a_fresh_directory(tmp_path: Path) -> None:
    port = _free_port()
    env = _container_env(tmp_path, APP_SECRET_KEY=TEST_SECRET + "-container")
    process = _start(env, tmp_path, port)
    healthcheck = [part.replace("8000", str(port)) for part in exec_form("HEALTHCHECK")]
    healthcheck[0] = sys.executable
    try:
        deadline = time.monotonic() + 120
        while subprocess.run(healthcheck, capture_output=True).returncode != 0:
            assert process.poll() is None, process.communicate()[0]
            assert time.monotonic() < deadline, "the healthcheck never passed"
            time.sleep(0.5)
        # Migrated into the volume, from nothing.
        assert (tmp_path / "var" / "kalkan.db").stat().st_size > 0
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert "Traceback" not in output, output


DEPLOY = REPO_ROOT / "deploy"
PROMQL_WORDS = {"sum", "by", "rate", "increase", "histogram_quantile", "le", "handler", "status",
                "kind", "state", "group", "table", "instance", "method"}  # fmt: skip


def test_compose_file_follows_the_compose_spec() -> None:
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.compose-spec", str(DEPLOY / "compose.yaml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    compose = (DEPLOY / "compose.yaml").read_text()
    for service in ("api:", "worker:", "lb:", "postgres:", "redis:", "prometheus:", "grafana:"):
        assert f"\n  {service}" in compose, service
    assert '["kalkan", "worker"]' in compose and "replicas: ${API_REPLICAS:-3}" in compose


def _exported_series(metrics_text: str) -> set[str]:
    """Sample names /metrics can carry, from its ``# TYPE`` lines (labelled series appear only
    once observed, their families always)."""
    suffixes = {"counter": ["_total", "_created"], "gauge": [""], "summary": ["_sum", "_count"],
                "histogram": ["_bucket", "_sum", "_count", "_created"]}  # fmt: skip
    names = set()
    for line in metrics_text.splitlines():
        if line.startswith("# TYPE "):
            _, _, family, kind = line.split()
            family = family.removesuffix("_total") if kind == "counter" else family
            names |= {family + suffix for suffix in suffixes.get(kind, [""])}
    return names


async def test_dashboard_charts_only_metrics_the_app_exports(client) -> None:  # type: ignore[no-untyped-def]
    await client.get("/health")
    exported = _exported_series((await client.get("/metrics")).text)
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "kalkan.json").read_text())
    used = set()
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            expr = re.sub(r'\{[^}]*\}|"[^"]*"|\[[^\]]*\]', "", target["expr"])
            used |= set(re.findall(r"[a-z_]+", expr)) - PROMQL_WORDS
    assert used, "the dashboard has no queries"
    assert not used - exported, f"charted but not exported: {sorted(used - exported)}"
    assert {"http_requests_total", "http_request_duration_seconds_bucket",
            "kalkan_jobs_running", "kalkan_jobs_total"} <= used  # fmt: skip


def test_prometheus_scrapes_each_replica_on_the_image_port() -> None:
    config = (DEPLOY / "prometheus" / "prometheus.yml").read_text()
    [port] = [rest for key, rest in instructions() if key == "EXPOSE"]
    assert "metrics_path: /metrics" in config and f"port: {port}" in config
    assert f"server api:{port} resolve;" in (DEPLOY / "nginx.conf").read_text()
