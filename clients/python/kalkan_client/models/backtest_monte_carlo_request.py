from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.backtest_monte_carlo_request_method import (
    BacktestMonteCarloRequestMethod,
    check_backtest_monte_carlo_request_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BacktestMonteCarloRequest")


@_attrs_define
class BacktestMonteCarloRequest:
    """Bootstrap the trades or bar returns of one of the caller's finished backtests.

    Attributes:
        result_id (str): id of a finished run (kind run)
        method (BacktestMonteCarloRequestMethod | Unset):  Default: 'trades'.
        n_paths (int | Unset):  Default: 1000.
        seed (int | None | Unset): Same seed, same paths
        block_size (int | Unset): Bars bootstrap block length Default: 1.
        ruin_threshold (float | Unset): Ruin = losing this fraction of the initial capital Default: 0.5.
        band_points (int | Unset):  Default: 200.
    """

    result_id: str
    method: BacktestMonteCarloRequestMethod | Unset = "trades"
    n_paths: int | Unset = 1000
    seed: int | None | Unset = UNSET
    block_size: int | Unset = 1
    ruin_threshold: float | Unset = 0.5
    band_points: int | Unset = 200

    def to_dict(self) -> dict[str, Any]:
        result_id = self.result_id

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        n_paths = self.n_paths

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        block_size = self.block_size

        ruin_threshold = self.ruin_threshold

        band_points = self.band_points

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result_id": result_id,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if n_paths is not UNSET:
            field_dict["n_paths"] = n_paths
        if seed is not UNSET:
            field_dict["seed"] = seed
        if block_size is not UNSET:
            field_dict["block_size"] = block_size
        if ruin_threshold is not UNSET:
            field_dict["ruin_threshold"] = ruin_threshold
        if band_points is not UNSET:
            field_dict["band_points"] = band_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_id = d.pop("result_id")

        _method = d.pop("method", UNSET)
        method: BacktestMonteCarloRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_backtest_monte_carlo_request_method(_method)

        n_paths = d.pop("n_paths", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        block_size = d.pop("block_size", UNSET)

        ruin_threshold = d.pop("ruin_threshold", UNSET)

        band_points = d.pop("band_points", UNSET)

        backtest_monte_carlo_request = cls(
            result_id=result_id,
            method=method,
            n_paths=n_paths,
            seed=seed,
            block_size=block_size,
            ruin_threshold=ruin_threshold,
            band_points=band_points,
        )

        return backtest_monte_carlo_request
