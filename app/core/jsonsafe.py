"""JSON has no NaN or infinity (and PostgreSQL's JSON columns refuse them)."""

from __future__ import annotations

import math
from typing import Any


def finite_json(value: Any) -> Any:
    """``value`` with non-finite floats as ``None``, recursively; tuples become lists."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite_json(item) for item in value]
    return value
