from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_allocate_request_codependence import (
    PortfolioAllocateRequestCodependence,
    check_portfolio_allocate_request_codependence,
)
from ..models.portfolio_allocate_request_covariance import (
    PortfolioAllocateRequestCovariance,
    check_portfolio_allocate_request_covariance,
)
from ..models.portfolio_allocate_request_linkage import (
    PortfolioAllocateRequestLinkage,
    check_portfolio_allocate_request_linkage,
)
from ..models.portfolio_allocate_request_method import (
    PortfolioAllocateRequestMethod,
    check_portfolio_allocate_request_method,
)
from ..models.portfolio_allocate_request_objective import (
    PortfolioAllocateRequestObjective,
    check_portfolio_allocate_request_objective,
)
from ..models.portfolio_allocate_request_risk_measure import (
    PortfolioAllocateRequestRiskMeasure,
    check_portfolio_allocate_request_risk_measure,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_allocate_request_prices_type_0 import PortfolioAllocateRequestPricesType0


T = TypeVar("T", bound="PortfolioAllocateRequest")


@_attrs_define
class PortfolioAllocateRequest:
    """Optimise weights. Conventions: simple returns of aligned closes; expected return and
    volatility annualised with 365 days a year for daily bars (bars per year for others);
    ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

        Attributes:
            prices (None | PortfolioAllocateRequestPricesType0 | Unset): Inline closes: {symbol: [[ts_ms, close], ...]},
                aligned on timestamps
            exchange (None | str | Unset):
            symbols (list[str] | None | Unset):
            timeframe (str | Unset):  Default: '1d'.
            start (datetime.datetime | None | Unset):
            end (datetime.datetime | None | Unset):
            method (PortfolioAllocateRequestMethod | Unset):  Default: 'mean_variance'.
            objective (PortfolioAllocateRequestObjective | Unset):  Default: 'max_sharpe'.
            risk_measure (PortfolioAllocateRequestRiskMeasure | Unset):  Default: 'variance'.
            covariance (PortfolioAllocateRequestCovariance | Unset):  Default: 'sample'.
            long_only (bool | Unset):  Default: True.
            min_weight (float | Unset): Per-asset lower bound (negative allows shorts) Default: 0.0.
            max_weight (float | Unset): Per-asset upper bound Default: 1.0.
            budget (float | Unset): Net invested fraction; 1 − budget stays in cash Default: 1.0.
            gross_leverage (float | Unset): Σ|w| cap; the white-hat rule caps it at 3 Default: 1.0.
            target_return (float | None | Unset): Annualised, for objective target_return
            target_risk (float | None | Unset): For objective target_risk: annualised volatility (variance) or one-period
                CVaR/CDaR
            risk_free_rate (float | Unset): Annual Default: 0.0.
            alpha (float | Unset): Tail level of CVaR/CDaR Default: 0.05.
            linkage (PortfolioAllocateRequestLinkage | Unset):  Default: 'ward'.
            codependence (PortfolioAllocateRequestCodependence | Unset):  Default: 'pearson'.
            frontier_points (int | Unset): Efficient-frontier portfolios (mean_variance) Default: 0.
    """

    prices: None | PortfolioAllocateRequestPricesType0 | Unset = UNSET
    exchange: None | str | Unset = UNSET
    symbols: list[str] | None | Unset = UNSET
    timeframe: str | Unset = "1d"
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    method: PortfolioAllocateRequestMethod | Unset = "mean_variance"
    objective: PortfolioAllocateRequestObjective | Unset = "max_sharpe"
    risk_measure: PortfolioAllocateRequestRiskMeasure | Unset = "variance"
    covariance: PortfolioAllocateRequestCovariance | Unset = "sample"
    long_only: bool | Unset = True
    min_weight: float | Unset = 0.0
    max_weight: float | Unset = 1.0
    budget: float | Unset = 1.0
    gross_leverage: float | Unset = 1.0
    target_return: float | None | Unset = UNSET
    target_risk: float | None | Unset = UNSET
    risk_free_rate: float | Unset = 0.0
    alpha: float | Unset = 0.05
    linkage: PortfolioAllocateRequestLinkage | Unset = "ward"
    codependence: PortfolioAllocateRequestCodependence | Unset = "pearson"
    frontier_points: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_allocate_request_prices_type_0 import PortfolioAllocateRequestPricesType0  # noqa: PLC0415

        prices: dict[str, Any] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, PortfolioAllocateRequestPricesType0):
            prices = self.prices.to_dict()
        else:
            prices = self.prices

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        symbols: list[str] | None | Unset
        if isinstance(self.symbols, Unset):
            symbols = UNSET
        elif isinstance(self.symbols, list):
            symbols = self.symbols

        else:
            symbols = self.symbols

        timeframe = self.timeframe

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        objective: str | Unset = UNSET
        if not isinstance(self.objective, Unset):
            objective = self.objective

        risk_measure: str | Unset = UNSET
        if not isinstance(self.risk_measure, Unset):
            risk_measure = self.risk_measure

        covariance: str | Unset = UNSET
        if not isinstance(self.covariance, Unset):
            covariance = self.covariance

        long_only = self.long_only

        min_weight = self.min_weight

        max_weight = self.max_weight

        budget = self.budget

        gross_leverage = self.gross_leverage

        target_return: float | None | Unset
        if isinstance(self.target_return, Unset):
            target_return = UNSET
        else:
            target_return = self.target_return

        target_risk: float | None | Unset
        if isinstance(self.target_risk, Unset):
            target_risk = UNSET
        else:
            target_risk = self.target_risk

        risk_free_rate = self.risk_free_rate

        alpha = self.alpha

        linkage: str | Unset = UNSET
        if not isinstance(self.linkage, Unset):
            linkage = self.linkage

        codependence: str | Unset = UNSET
        if not isinstance(self.codependence, Unset):
            codependence = self.codependence

        frontier_points = self.frontier_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prices is not UNSET:
            field_dict["prices"] = prices
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if method is not UNSET:
            field_dict["method"] = method
        if objective is not UNSET:
            field_dict["objective"] = objective
        if risk_measure is not UNSET:
            field_dict["risk_measure"] = risk_measure
        if covariance is not UNSET:
            field_dict["covariance"] = covariance
        if long_only is not UNSET:
            field_dict["long_only"] = long_only
        if min_weight is not UNSET:
            field_dict["min_weight"] = min_weight
        if max_weight is not UNSET:
            field_dict["max_weight"] = max_weight
        if budget is not UNSET:
            field_dict["budget"] = budget
        if gross_leverage is not UNSET:
            field_dict["gross_leverage"] = gross_leverage
        if target_return is not UNSET:
            field_dict["target_return"] = target_return
        if target_risk is not UNSET:
            field_dict["target_risk"] = target_risk
        if risk_free_rate is not UNSET:
            field_dict["risk_free_rate"] = risk_free_rate
        if alpha is not UNSET:
            field_dict["alpha"] = alpha
        if linkage is not UNSET:
            field_dict["linkage"] = linkage
        if codependence is not UNSET:
            field_dict["codependence"] = codependence
        if frontier_points is not UNSET:
            field_dict["frontier_points"] = frontier_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_allocate_request_prices_type_0 import PortfolioAllocateRequestPricesType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_prices(data: object) -> None | PortfolioAllocateRequestPricesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prices_type_0 = PortfolioAllocateRequestPricesType0.from_dict(data)

                return prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocateRequestPricesType0 | Unset, data)

        prices = _parse_prices(d.pop("prices", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_symbols(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                symbols_type_0 = cast(list[str], data)

                return symbols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        symbols = _parse_symbols(d.pop("symbols", UNSET))

        timeframe = d.pop("timeframe", UNSET)

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _method = d.pop("method", UNSET)
        method: PortfolioAllocateRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_portfolio_allocate_request_method(_method)

        _objective = d.pop("objective", UNSET)
        objective: PortfolioAllocateRequestObjective | Unset
        if isinstance(_objective, Unset):
            objective = UNSET
        else:
            objective = check_portfolio_allocate_request_objective(_objective)

        _risk_measure = d.pop("risk_measure", UNSET)
        risk_measure: PortfolioAllocateRequestRiskMeasure | Unset
        if isinstance(_risk_measure, Unset):
            risk_measure = UNSET
        else:
            risk_measure = check_portfolio_allocate_request_risk_measure(_risk_measure)

        _covariance = d.pop("covariance", UNSET)
        covariance: PortfolioAllocateRequestCovariance | Unset
        if isinstance(_covariance, Unset):
            covariance = UNSET
        else:
            covariance = check_portfolio_allocate_request_covariance(_covariance)

        long_only = d.pop("long_only", UNSET)

        min_weight = d.pop("min_weight", UNSET)

        max_weight = d.pop("max_weight", UNSET)

        budget = d.pop("budget", UNSET)

        gross_leverage = d.pop("gross_leverage", UNSET)

        def _parse_target_return(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_return = _parse_target_return(d.pop("target_return", UNSET))

        def _parse_target_risk(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_risk = _parse_target_risk(d.pop("target_risk", UNSET))

        risk_free_rate = d.pop("risk_free_rate", UNSET)

        alpha = d.pop("alpha", UNSET)

        _linkage = d.pop("linkage", UNSET)
        linkage: PortfolioAllocateRequestLinkage | Unset
        if isinstance(_linkage, Unset):
            linkage = UNSET
        else:
            linkage = check_portfolio_allocate_request_linkage(_linkage)

        _codependence = d.pop("codependence", UNSET)
        codependence: PortfolioAllocateRequestCodependence | Unset
        if isinstance(_codependence, Unset):
            codependence = UNSET
        else:
            codependence = check_portfolio_allocate_request_codependence(_codependence)

        frontier_points = d.pop("frontier_points", UNSET)

        portfolio_allocate_request = cls(
            prices=prices,
            exchange=exchange,
            symbols=symbols,
            timeframe=timeframe,
            start=start,
            end=end,
            method=method,
            objective=objective,
            risk_measure=risk_measure,
            covariance=covariance,
            long_only=long_only,
            min_weight=min_weight,
            max_weight=max_weight,
            budget=budget,
            gross_leverage=gross_leverage,
            target_return=target_return,
            target_risk=target_risk,
            risk_free_rate=risk_free_rate,
            alpha=alpha,
            linkage=linkage,
            codependence=codependence,
            frontier_points=frontier_points,
        )

        portfolio_allocate_request.additional_properties = d
        return portfolio_allocate_request

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
