"""The app's own model files for scikit-learn estimators (which have no pickle-free format).

An estimator is pickled by this process into ``<model_dir>/automl/<sha256>.pkl``; the
deployment artifact (in the app's database) records the absolute path and the sha256. Loading
reads the file, refuses it unless its sha256 is the recorded one, and only then unpickles it.
So the only bytes ever unpickled are bytes this app wrote and whose hash it kept: nothing a user
uploads is unpickled. LightGBM boosters travel as LightGBM's text model format and torch
weights as tensors (``torch.load(weights_only=True)``): neither needs pickle.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from app.core.artifacts import ArtifactInvalid, read_verified, sha256_hex
from app.modules.automl.errors import ModelFileInvalid

SUBDIR = "automl"


def save_estimator(model: Any, model_dir: Path) -> tuple[str, str]:
    """Write ``model``; returns (absolute path, sha256). Content-addressed, written atomically."""
    blob = pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL)
    digest = sha256_hex(blob)
    folder = (Path(model_dir) / SUBDIR).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}.pkl"
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(tmp, path)
    return str(path), digest


def load_estimator(path: str, sha256: str) -> Any:
    """Unpickle the app's own file at ``path`` after checking its sha256."""
    try:
        blob = read_verified(path, sha256)
    except ArtifactInvalid as exc:
        if exc.os_error is not None:
            reason = f"cannot be read: {exc.os_error.strerror}"
            raise ModelFileInvalid(f"model file {path} {reason}") from None
        raise ModelFileInvalid(f"model file {path} does not match its recorded sha256") from None
    return pickle.loads(blob)
