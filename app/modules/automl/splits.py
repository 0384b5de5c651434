"""Purged, embargoed, time-ordered validation splits (no shuffling across time).

Rows are samples in time order, one per bar: row ``i`` has features from bars ``<= i`` and a
label made from bars ``i + 1 .. i + horizon`` (its *label window*). A validation block is a
contiguous run of rows ``[v0, v1)``; training rows always come before it (walk-forward, never
the future). Two gaps keep information from leaking from validation into training:

- **purge**: a training row whose label window reaches bar ``v0`` or later would have been
  labelled with prices the validation rows see, so every training row satisfies
  ``i + horizon < v0``;
- **embargo**: ``embargo`` further bars are dropped before ``v0`` (serial correlation of
  features and labels does not stop at the label window's end), so
  ``i + horizon + embargo < v0``, i.e. the last training row is ``v0 - horizon - embargo - 1``.

With ``n_folds > 1`` the validation blocks are the last ``n_folds`` consecutive blocks of
``val_size`` rows, and each fold trains on everything before its block (an expanding window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class TimeSplit:
    """Row indices (ascending) of one fold's training and validation rows."""

    train: np.ndarray
    val: np.ndarray


def last_train_row(val_start: int, *, horizon: int, embargo: int) -> int:
    """The last row that may train for a validation block starting at row ``val_start``."""
    return val_start - horizon - embargo - 1


def purged_time_splits(
    n_rows: int,
    *,
    val_size: int,
    n_folds: int = 1,
    horizon: int = 1,
    embargo: int = 0,
    min_train: int = 1,
) -> list[TimeSplit]:
    """Walk-forward folds over ``n_rows`` time-ordered rows (see the module docstring)."""
    import numpy as np

    if horizon < 1 or embargo < 0 or n_folds < 1 or val_size < 1 or min_train < 1:
        raise ValueError("need horizon >= 1, embargo >= 0, n_folds >= 1, val_size >= 1")
    first_val = n_rows - n_folds * val_size
    splits: list[TimeSplit] = []
    for fold in range(n_folds):
        v0 = first_val + fold * val_size
        train_end = last_train_row(v0, horizon=horizon, embargo=embargo) + 1
        if train_end < min_train:
            raise ValueError(
                f"{n_rows} rows leave {max(train_end, 0)} training rows for fold {fold} "
                f"(need >= {min_train}) with {n_folds} folds of {val_size}, "
                f"horizon {horizon} and embargo {embargo}"
            )
        splits.append(TimeSplit(np.arange(0, train_end), np.arange(v0, v0 + val_size)))
    return splits
