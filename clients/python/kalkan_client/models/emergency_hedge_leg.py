from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.emergency_hedge_leg_side import EmergencyHedgeLegSide, check_emergency_hedge_leg_side

T = TypeVar("T", bound="EmergencyHedgeLeg")


@_attrs_define
class EmergencyHedgeLeg:
    """
    Attributes:
        symbol (str):
        exchange (None | str):
        side (EmergencyHedgeLegSide):
        notional (float): Quote amount of the hedge order
        beta (float | None): beta: the asset's beta on the hedge asset
        beta_source (None | str): candles (estimated), default (1.0), identity
        covers (list[str]): The positions this leg offsets
    """

    symbol: str
    exchange: None | str
    side: EmergencyHedgeLegSide
    notional: float
    beta: float | None
    beta_source: None | str
    covers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange: None | str
        exchange = self.exchange

        side: str = self.side

        notional = self.notional

        beta: float | None
        beta = self.beta

        beta_source: None | str
        beta_source = self.beta_source

        covers = self.covers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "exchange": exchange,
                "side": side,
                "notional": notional,
                "beta": beta,
                "beta_source": beta_source,
                "covers": covers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        side = check_emergency_hedge_leg_side(d.pop("side"))

        notional = d.pop("notional")

        def _parse_beta(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        beta = _parse_beta(d.pop("beta"))

        def _parse_beta_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beta_source = _parse_beta_source(d.pop("beta_source"))

        covers = cast(list[str], d.pop("covers"))

        emergency_hedge_leg = cls(
            symbol=symbol,
            exchange=exchange,
            side=side,
            notional=notional,
            beta=beta,
            beta_source=beta_source,
            covers=covers,
        )

        emergency_hedge_leg.additional_properties = d
        return emergency_hedge_leg

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
