from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_heat_cluster import RiskHeatCluster
    from ..models.risk_heat_position import RiskHeatPosition


T = TypeVar("T", bound="RiskPortfolioHeat")


@_attrs_define
class RiskPortfolioHeat:
    """
    Attributes:
        equity (float):
        total_risk (float):
        total_fraction (float):
        max_heat (float):
        max_cluster_heat (float):
        within_limit (bool):
        positions (list[RiskHeatPosition]):
        clusters (list[RiskHeatCluster]):
        correlation_from (None | str): Where the correlations came from
    """

    equity: float
    total_risk: float
    total_fraction: float
    max_heat: float
    max_cluster_heat: float
    within_limit: bool
    positions: list[RiskHeatPosition]
    clusters: list[RiskHeatCluster]
    correlation_from: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity = self.equity

        total_risk = self.total_risk

        total_fraction = self.total_fraction

        max_heat = self.max_heat

        max_cluster_heat = self.max_cluster_heat

        within_limit = self.within_limit

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        clusters = []
        for clusters_item_data in self.clusters:
            clusters_item = clusters_item_data.to_dict()
            clusters.append(clusters_item)

        correlation_from: None | str
        correlation_from = self.correlation_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equity": equity,
                "total_risk": total_risk,
                "total_fraction": total_fraction,
                "max_heat": max_heat,
                "max_cluster_heat": max_cluster_heat,
                "within_limit": within_limit,
                "positions": positions,
                "clusters": clusters,
                "correlation_from": correlation_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_heat_cluster import RiskHeatCluster  # noqa: PLC0415
        from ..models.risk_heat_position import RiskHeatPosition  # noqa: PLC0415

        d = dict(src_dict)
        equity = d.pop("equity")

        total_risk = d.pop("total_risk")

        total_fraction = d.pop("total_fraction")

        max_heat = d.pop("max_heat")

        max_cluster_heat = d.pop("max_cluster_heat")

        within_limit = d.pop("within_limit")

        positions = []
        _positions = d.pop("positions")
        for positions_item_data in _positions:
            positions_item = RiskHeatPosition.from_dict(positions_item_data)

            positions.append(positions_item)

        clusters = []
        _clusters = d.pop("clusters")
        for clusters_item_data in _clusters:
            clusters_item = RiskHeatCluster.from_dict(clusters_item_data)

            clusters.append(clusters_item)

        def _parse_correlation_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        correlation_from = _parse_correlation_from(d.pop("correlation_from"))

        risk_portfolio_heat = cls(
            equity=equity,
            total_risk=total_risk,
            total_fraction=total_fraction,
            max_heat=max_heat,
            max_cluster_heat=max_cluster_heat,
            within_limit=within_limit,
            positions=positions,
            clusters=clusters,
            correlation_from=correlation_from,
        )

        risk_portfolio_heat.additional_properties = d
        return risk_portfolio_heat

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
