from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_var_request_method import RiskVarRequestMethod, check_risk_var_request_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_var_request_assets_type_0 import RiskVarRequestAssetsType0
    from ..models.risk_var_request_weights_type_0 import RiskVarRequestWeightsType0


T = TypeVar("T", bound="RiskVarRequest")


@_attrs_define
class RiskVarRequest:
    """One of ``returns`` (simple per-period returns), ``prices`` (closes, oldest first) or
    ``assets`` + ``weights`` (several return series, for a portfolio).

        Attributes:
            returns (list[float] | None | Unset):
            prices (list[float] | None | Unset):
            assets (None | RiskVarRequestAssetsType0 | Unset):
            weights (None | RiskVarRequestWeightsType0 | Unset):
            method (RiskVarRequestMethod | Unset):  Default: 'historical'.
            confidence (float | Unset): e.g. 0.95 or 0.99 Default: 0.95.
            horizon (int | Unset): Periods; √h only for Gaussian/EWMA (exact for i.i.d. normal), Cornish-Fisher via cumulant
                scaling, simulated compounded paths for the others Default: 1.
            paths (int | Unset): Simulated paths (Monte Carlo, multi-period historical/FHS) Default: 100000.
            seed (int | Unset):  Default: 0.
            dof (float | None | Unset): Student-t ν for Monte Carlo; fitted when omitted
            ewma_lambda (float | Unset):  Default: 0.94.
            backtest_window (int | None | Unset): Backtest the model: rolling one-period forecasts from this many past
                returns, then Kupiec POF and Christoffersen independence tests on the exceptions
    """

    returns: list[float] | None | Unset = UNSET
    prices: list[float] | None | Unset = UNSET
    assets: None | RiskVarRequestAssetsType0 | Unset = UNSET
    weights: None | RiskVarRequestWeightsType0 | Unset = UNSET
    method: RiskVarRequestMethod | Unset = "historical"
    confidence: float | Unset = 0.95
    horizon: int | Unset = 1
    paths: int | Unset = 100000
    seed: int | Unset = 0
    dof: float | None | Unset = UNSET
    ewma_lambda: float | Unset = 0.94
    backtest_window: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_var_request_assets_type_0 import RiskVarRequestAssetsType0  # noqa: PLC0415
        from ..models.risk_var_request_weights_type_0 import RiskVarRequestWeightsType0  # noqa: PLC0415

        returns: list[float] | None | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        elif isinstance(self.returns, list):
            returns = self.returns

        else:
            returns = self.returns

        prices: list[float] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, list):
            prices = self.prices

        else:
            prices = self.prices

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, RiskVarRequestAssetsType0):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        weights: dict[str, Any] | None | Unset
        if isinstance(self.weights, Unset):
            weights = UNSET
        elif isinstance(self.weights, RiskVarRequestWeightsType0):
            weights = self.weights.to_dict()
        else:
            weights = self.weights

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        confidence = self.confidence

        horizon = self.horizon

        paths = self.paths

        seed = self.seed

        dof: float | None | Unset
        if isinstance(self.dof, Unset):
            dof = UNSET
        else:
            dof = self.dof

        ewma_lambda = self.ewma_lambda

        backtest_window: int | None | Unset
        if isinstance(self.backtest_window, Unset):
            backtest_window = UNSET
        else:
            backtest_window = self.backtest_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if returns is not UNSET:
            field_dict["returns"] = returns
        if prices is not UNSET:
            field_dict["prices"] = prices
        if assets is not UNSET:
            field_dict["assets"] = assets
        if weights is not UNSET:
            field_dict["weights"] = weights
        if method is not UNSET:
            field_dict["method"] = method
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if horizon is not UNSET:
            field_dict["horizon"] = horizon
        if paths is not UNSET:
            field_dict["paths"] = paths
        if seed is not UNSET:
            field_dict["seed"] = seed
        if dof is not UNSET:
            field_dict["dof"] = dof
        if ewma_lambda is not UNSET:
            field_dict["ewma_lambda"] = ewma_lambda
        if backtest_window is not UNSET:
            field_dict["backtest_window"] = backtest_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_var_request_assets_type_0 import RiskVarRequestAssetsType0  # noqa: PLC0415
        from ..models.risk_var_request_weights_type_0 import RiskVarRequestWeightsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_returns(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                returns_type_0 = cast(list[float], data)

                return returns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        returns = _parse_returns(d.pop("returns", UNSET))

        def _parse_prices(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prices_type_0 = cast(list[float], data)

                return prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        prices = _parse_prices(d.pop("prices", UNSET))

        def _parse_assets(data: object) -> None | RiskVarRequestAssetsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assets_type_0 = RiskVarRequestAssetsType0.from_dict(data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskVarRequestAssetsType0 | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_weights(data: object) -> None | RiskVarRequestWeightsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weights_type_0 = RiskVarRequestWeightsType0.from_dict(data)

                return weights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskVarRequestWeightsType0 | Unset, data)

        weights = _parse_weights(d.pop("weights", UNSET))

        _method = d.pop("method", UNSET)
        method: RiskVarRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_risk_var_request_method(_method)

        confidence = d.pop("confidence", UNSET)

        horizon = d.pop("horizon", UNSET)

        paths = d.pop("paths", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_dof(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dof = _parse_dof(d.pop("dof", UNSET))

        ewma_lambda = d.pop("ewma_lambda", UNSET)

        def _parse_backtest_window(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        backtest_window = _parse_backtest_window(d.pop("backtest_window", UNSET))

        risk_var_request = cls(
            returns=returns,
            prices=prices,
            assets=assets,
            weights=weights,
            method=method,
            confidence=confidence,
            horizon=horizon,
            paths=paths,
            seed=seed,
            dof=dof,
            ewma_lambda=ewma_lambda,
            backtest_window=backtest_window,
        )

        risk_var_request.additional_properties = d
        return risk_var_request

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
