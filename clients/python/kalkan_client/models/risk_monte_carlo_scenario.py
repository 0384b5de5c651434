from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskMonteCarloScenario")


@_attrs_define
class RiskMonteCarloScenario:
    """Student-t paths fitted to the store's returns of the held assets (``exchange``,
    ``timeframe``, last ``lookback`` bars); the reported scenario is the simulated path whose
    portfolio PnL without stops sits at the ``1 − confidence`` quantile, replayed with stops.

        Attributes:
            paths (int | Unset):  Default: 20000.
            horizon (int | Unset): Bars per path Default: 10.
            confidence (float | Unset):  Default: 0.99.
            lookback (int | Unset):  Default: 365.
            seed (int | Unset):  Default: 0.
    """

    paths: int | Unset = 20000
    horizon: int | Unset = 10
    confidence: float | Unset = 0.99
    lookback: int | Unset = 365
    seed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paths = self.paths

        horizon = self.horizon

        confidence = self.confidence

        lookback = self.lookback

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paths is not UNSET:
            field_dict["paths"] = paths
        if horizon is not UNSET:
            field_dict["horizon"] = horizon
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if lookback is not UNSET:
            field_dict["lookback"] = lookback
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paths = d.pop("paths", UNSET)

        horizon = d.pop("horizon", UNSET)

        confidence = d.pop("confidence", UNSET)

        lookback = d.pop("lookback", UNSET)

        seed = d.pop("seed", UNSET)

        risk_monte_carlo_scenario = cls(
            paths=paths,
            horizon=horizon,
            confidence=confidence,
            lookback=lookback,
            seed=seed,
        )

        risk_monte_carlo_scenario.additional_properties = d
        return risk_monte_carlo_scenario

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
