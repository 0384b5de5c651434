"""Validating SB3 model zips without executing anything in them (the trust model).

A stable-baselines3 ``.zip`` holds ``data`` (JSON in which some values are base64 cloudpickle:
the spaces, the policy class, schedules) and PyTorch files (``policy.pth`` ...). SB3's own
``load`` unpickles ``data``, which runs whatever code the file's author put there. This module
never does:

- the archive must hold only the members SB3 writes, no paths, within size limits;
- ``data`` must parse as JSON (it is read, never unpickled);
- ``policy.pth`` is read with ``torch.load(weights_only=True)``, PyTorch's restricted unpickler
  that accepts tensors and plain containers only (anything else is refused);
- the agent is rebuilt from *our* environment and learner specs (stored in the registry, or
  given with an upload) and only the weight tensors are copied in, with ``strict`` key and
  shape checks.

Registry files are additionally checked against their recorded sha256 before they are opened,
so a file changed on disk is refused, too.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from app.core.artifacts import ArtifactInvalid, read_verified
from app.modules.rl.errors import InvalidModelFile

ALLOWED_MEMBERS = frozenset(
    {
        "data",
        "policy.pth",
        "policy.optimizer.pth",
        "pytorch_variables.pth",
        "_stable_baselines3_version",
        "system_info.txt",
    }
)
REQUIRED_MEMBERS = frozenset({"data", "policy.pth"})
MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


def read_checked(path: Path, sha256: str) -> bytes:
    """The file's bytes, if their sha256 is the one the registry recorded."""
    try:
        return read_verified(path, sha256)
    except ArtifactInvalid as exc:
        if exc.os_error is not None:
            raise InvalidModelFile(
                f"model file unreadable: {exc.os_error}", field="model_id"
            ) from exc
        raise InvalidModelFile(
            "model file does not match its registry hash (changed on disk); refusing to load",
            field="model_id",
            type="hash",
        ) from None


def validate_archive(content: bytes, field: str = "file") -> dict[str, Any]:
    """Structure checks of an SB3 zip; returns its ``data`` JSON (not unpickled)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile as exc:
        raise InvalidModelFile("not a zip archive", field=field, type="format") from exc
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        unknown = sorted(names - ALLOWED_MEMBERS)
        if unknown:
            raise InvalidModelFile(
                f"unexpected members in the archive: {', '.join(unknown[:5])}",
                field=field,
                type="format",
            )
        missing = sorted(REQUIRED_MEMBERS - names)
        if missing:
            raise InvalidModelFile(
                f"not a stable-baselines3 model: missing {', '.join(missing)}",
                field=field,
                type="format",
            )
        total = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos) or 1
        if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
            raise InvalidModelFile("archive too large when unpacked", field=field, type="size")
        try:
            data = json.loads(archive.read("data").decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidModelFile("its data member is not JSON", field=field) from exc
        if not isinstance(data, dict):
            raise InvalidModelFile("its data member is not a JSON object", field=field)
    return data


def policy_state(content: bytes, field: str = "file") -> dict[str, Any]:
    """The policy's weight tensors, through PyTorch's restricted (weights-only) unpickler."""
    import torch

    validate_archive(content, field)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        raw = archive.read("policy.pth")
    try:
        state = torch.load(io.BytesIO(raw), map_location="cpu", weights_only=True)
    except Exception as exc:  # torch raises UnpicklingError, RuntimeError, ... for bad files
        raise InvalidModelFile(
            "policy.pth is not a plain weights file (refused by the weights-only loader)",
            field=field,
        ) from exc
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise InvalidModelFile("policy.pth does not hold a state dict of tensors", field=field)
    return state
