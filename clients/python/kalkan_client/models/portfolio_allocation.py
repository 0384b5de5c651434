from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_allocation_risk_contributions import PortfolioAllocationRiskContributions
    from ..models.portfolio_allocation_weights import PortfolioAllocationWeights
    from ..models.portfolio_frontier_point import PortfolioFrontierPoint


T = TypeVar("T", bound="PortfolioAllocation")


@_attrs_define
class PortfolioAllocation:
    """
    Attributes:
        method (str):
        weights (PortfolioAllocationWeights): {symbol: weight}, fractions of equity
        expected_return (float): Annualised arithmetic mean return
        volatility (float): Annualised standard deviation
        sharpe (float | None): (return − risk-free) / volatility, annual
        cvar (float): One-period historical CVaR at alpha, positive loss
        risk_contributions (PortfolioAllocationRiskContributions): Each asset's share of the portfolio variance (sums to
            1)
        observations (int):
        periods_per_year (int):
        frontier (list[PortfolioFrontierPoint] | None | Unset):
    """

    method: str
    weights: PortfolioAllocationWeights
    expected_return: float
    volatility: float
    sharpe: float | None
    cvar: float
    risk_contributions: PortfolioAllocationRiskContributions
    observations: int
    periods_per_year: int
    frontier: list[PortfolioFrontierPoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        weights = self.weights.to_dict()

        expected_return = self.expected_return

        volatility = self.volatility

        sharpe: float | None
        sharpe = self.sharpe

        cvar = self.cvar

        risk_contributions = self.risk_contributions.to_dict()

        observations = self.observations

        periods_per_year = self.periods_per_year

        frontier: list[dict[str, Any]] | None | Unset
        if isinstance(self.frontier, Unset):
            frontier = UNSET
        elif isinstance(self.frontier, list):
            frontier = []
            for frontier_type_0_item_data in self.frontier:
                frontier_type_0_item = frontier_type_0_item_data.to_dict()
                frontier.append(frontier_type_0_item)

        else:
            frontier = self.frontier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "weights": weights,
                "expected_return": expected_return,
                "volatility": volatility,
                "sharpe": sharpe,
                "cvar": cvar,
                "risk_contributions": risk_contributions,
                "observations": observations,
                "periods_per_year": periods_per_year,
            }
        )
        if frontier is not UNSET:
            field_dict["frontier"] = frontier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_allocation_risk_contributions import PortfolioAllocationRiskContributions  # noqa: PLC0415
        from ..models.portfolio_allocation_weights import PortfolioAllocationWeights  # noqa: PLC0415
        from ..models.portfolio_frontier_point import PortfolioFrontierPoint  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method")

        weights = PortfolioAllocationWeights.from_dict(d.pop("weights"))

        expected_return = d.pop("expected_return")

        volatility = d.pop("volatility")

        def _parse_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sharpe = _parse_sharpe(d.pop("sharpe"))

        cvar = d.pop("cvar")

        risk_contributions = PortfolioAllocationRiskContributions.from_dict(d.pop("risk_contributions"))

        observations = d.pop("observations")

        periods_per_year = d.pop("periods_per_year")

        def _parse_frontier(data: object) -> list[PortfolioFrontierPoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                frontier_type_0 = []
                _frontier_type_0 = data
                for frontier_type_0_item_data in _frontier_type_0:
                    frontier_type_0_item = PortfolioFrontierPoint.from_dict(frontier_type_0_item_data)

                    frontier_type_0.append(frontier_type_0_item)

                return frontier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioFrontierPoint] | None | Unset, data)

        frontier = _parse_frontier(d.pop("frontier", UNSET))

        portfolio_allocation = cls(
            method=method,
            weights=weights,
            expected_return=expected_return,
            volatility=volatility,
            sharpe=sharpe,
            cvar=cvar,
            risk_contributions=risk_contributions,
            observations=observations,
            periods_per_year=periods_per_year,
            frontier=frontier,
        )

        portfolio_allocation.additional_properties = d
        return portfolio_allocation

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
