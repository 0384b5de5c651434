from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portfolio_correlated_pair import PortfolioCorrelatedPair
    from ..models.portfolio_risk_report_correlation import PortfolioRiskReportCorrelation
    from ..models.portfolio_risk_report_weights import PortfolioRiskReportWeights


T = TypeVar("T", bound="PortfolioRiskReport")


@_attrs_define
class PortfolioRiskReport:
    """Risk of the current positions over the last ``lookback`` bars of the candles store;
    VaR/CVaR (historical, one bar, positive loss fractions) and heat come from the risk module
    and are null when it is disabled.

        Attributes:
            account (str):
            equity (float):
            weights (PortfolioRiskReportWeights): Signed exposure / equity
            observations (int):
            volatility (float | None): Annualised (365 days) portfolio volatility
            var (float | None):
            cvar (float | None):
            confidence (float):
            beta (float | None): Beta of the portfolio's returns to the benchmark
            benchmark (str):
            correlation (PortfolioRiskReportCorrelation): Pearson correlations of returns; null where a series never moves
            correlated_pairs (list[PortfolioCorrelatedPair]):
            clusters (list[list[str]]): Positions correlated above the threshold
            effective_bets (float | None): Meucci's effective number of bets
            hhi (float): Herfindahl index of gross exposure shares
            effective_assets (float | None): 1 / HHI
            leverage (float | None):
            heat (float | None): Open risk to the stops / equity
    """

    account: str
    equity: float
    weights: PortfolioRiskReportWeights
    observations: int
    volatility: float | None
    var: float | None
    cvar: float | None
    confidence: float
    beta: float | None
    benchmark: str
    correlation: PortfolioRiskReportCorrelation
    correlated_pairs: list[PortfolioCorrelatedPair]
    clusters: list[list[str]]
    effective_bets: float | None
    hhi: float
    effective_assets: float | None
    leverage: float | None
    heat: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        equity = self.equity

        weights = self.weights.to_dict()

        observations = self.observations

        volatility: float | None
        volatility = self.volatility

        var: float | None
        var = self.var

        cvar: float | None
        cvar = self.cvar

        confidence = self.confidence

        beta: float | None
        beta = self.beta

        benchmark = self.benchmark

        correlation = self.correlation.to_dict()

        correlated_pairs = []
        for correlated_pairs_item_data in self.correlated_pairs:
            correlated_pairs_item = correlated_pairs_item_data.to_dict()
            correlated_pairs.append(correlated_pairs_item)

        clusters = []
        for clusters_item_data in self.clusters:
            clusters_item = clusters_item_data

            clusters.append(clusters_item)

        effective_bets: float | None
        effective_bets = self.effective_bets

        hhi = self.hhi

        effective_assets: float | None
        effective_assets = self.effective_assets

        leverage: float | None
        leverage = self.leverage

        heat: float | None
        heat = self.heat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "equity": equity,
                "weights": weights,
                "observations": observations,
                "volatility": volatility,
                "var": var,
                "cvar": cvar,
                "confidence": confidence,
                "beta": beta,
                "benchmark": benchmark,
                "correlation": correlation,
                "correlated_pairs": correlated_pairs,
                "clusters": clusters,
                "effective_bets": effective_bets,
                "hhi": hhi,
                "effective_assets": effective_assets,
                "leverage": leverage,
                "heat": heat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_correlated_pair import PortfolioCorrelatedPair  # noqa: PLC0415
        from ..models.portfolio_risk_report_correlation import PortfolioRiskReportCorrelation  # noqa: PLC0415
        from ..models.portfolio_risk_report_weights import PortfolioRiskReportWeights  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account")

        equity = d.pop("equity")

        weights = PortfolioRiskReportWeights.from_dict(d.pop("weights"))

        observations = d.pop("observations")

        def _parse_volatility(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        volatility = _parse_volatility(d.pop("volatility"))

        def _parse_var(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        var = _parse_var(d.pop("var"))

        def _parse_cvar(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cvar = _parse_cvar(d.pop("cvar"))

        confidence = d.pop("confidence")

        def _parse_beta(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        beta = _parse_beta(d.pop("beta"))

        benchmark = d.pop("benchmark")

        correlation = PortfolioRiskReportCorrelation.from_dict(d.pop("correlation"))

        correlated_pairs = []
        _correlated_pairs = d.pop("correlated_pairs")
        for correlated_pairs_item_data in _correlated_pairs:
            correlated_pairs_item = PortfolioCorrelatedPair.from_dict(correlated_pairs_item_data)

            correlated_pairs.append(correlated_pairs_item)

        clusters = []
        _clusters = d.pop("clusters")
        for clusters_item_data in _clusters:
            clusters_item = cast(list[str], clusters_item_data)

            clusters.append(clusters_item)

        def _parse_effective_bets(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        effective_bets = _parse_effective_bets(d.pop("effective_bets"))

        hhi = d.pop("hhi")

        def _parse_effective_assets(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        effective_assets = _parse_effective_assets(d.pop("effective_assets"))

        def _parse_leverage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        leverage = _parse_leverage(d.pop("leverage"))

        def _parse_heat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        heat = _parse_heat(d.pop("heat"))

        portfolio_risk_report = cls(
            account=account,
            equity=equity,
            weights=weights,
            observations=observations,
            volatility=volatility,
            var=var,
            cvar=cvar,
            confidence=confidence,
            beta=beta,
            benchmark=benchmark,
            correlation=correlation,
            correlated_pairs=correlated_pairs,
            clusters=clusters,
            effective_bets=effective_bets,
            hhi=hhi,
            effective_assets=effective_assets,
            leverage=leverage,
            heat=heat,
        )

        portfolio_risk_report.additional_properties = d
        return portfolio_risk_report

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
