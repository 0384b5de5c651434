from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portfolio_frontier_point_weights import PortfolioFrontierPointWeights


T = TypeVar("T", bound="PortfolioFrontierPoint")


@_attrs_define
class PortfolioFrontierPoint:
    """
    Attributes:
        weights (PortfolioFrontierPointWeights):
        expected_return (float):
        volatility (float):
        sharpe (float | None):
    """

    weights: PortfolioFrontierPointWeights
    expected_return: float
    volatility: float
    sharpe: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weights = self.weights.to_dict()

        expected_return = self.expected_return

        volatility = self.volatility

        sharpe: float | None
        sharpe = self.sharpe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weights": weights,
                "expected_return": expected_return,
                "volatility": volatility,
                "sharpe": sharpe,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_frontier_point_weights import PortfolioFrontierPointWeights  # noqa: PLC0415

        d = dict(src_dict)
        weights = PortfolioFrontierPointWeights.from_dict(d.pop("weights"))

        expected_return = d.pop("expected_return")

        volatility = d.pop("volatility")

        def _parse_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sharpe = _parse_sharpe(d.pop("sharpe"))

        portfolio_frontier_point = cls(
            weights=weights,
            expected_return=expected_return,
            volatility=volatility,
            sharpe=sharpe,
        )

        portfolio_frontier_point.additional_properties = d
        return portfolio_frontier_point

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
