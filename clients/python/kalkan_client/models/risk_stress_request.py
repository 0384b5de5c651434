from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_historical_scenario import RiskHistoricalScenario
    from ..models.risk_monte_carlo_scenario import RiskMonteCarloScenario
    from ..models.risk_shock_scenario import RiskShockScenario
    from ..models.risk_stress_position import RiskStressPosition


T = TypeVar("T", bound="RiskStressRequest")


@_attrs_define
class RiskStressRequest:
    """Stress the given positions, or the caller's account when ``positions`` is omitted.
    Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
    between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
    is ``{"*": move}``).

        Attributes:
            positions (list[RiskStressPosition] | None | Unset):
            equity (float | None | Unset):
            account (str | Unset):  Default: 'paper'.
            exchange (None | str | Unset):
            timeframe (str | Unset):  Default: '1h'.
            historical (list[RiskHistoricalScenario] | Unset):
            shocks (list[RiskShockScenario] | Unset):
            monte_carlo (None | RiskMonteCarloScenario | Unset):
            liquidity_haircut (float | Unset): Extra adverse slippage at every stop fill Default: 0.0.
    """

    positions: list[RiskStressPosition] | None | Unset = UNSET
    equity: float | None | Unset = UNSET
    account: str | Unset = "paper"
    exchange: None | str | Unset = UNSET
    timeframe: str | Unset = "1h"
    historical: list[RiskHistoricalScenario] | Unset = UNSET
    shocks: list[RiskShockScenario] | Unset = UNSET
    monte_carlo: None | RiskMonteCarloScenario | Unset = UNSET
    liquidity_haircut: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_monte_carlo_scenario import RiskMonteCarloScenario  # noqa: PLC0415

        positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, list):
            positions = []
            for positions_type_0_item_data in self.positions:
                positions_type_0_item = positions_type_0_item_data.to_dict()
                positions.append(positions_type_0_item)

        else:
            positions = self.positions

        equity: float | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        else:
            equity = self.equity

        account = self.account

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        timeframe = self.timeframe

        historical: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.historical, Unset):
            historical = []
            for historical_item_data in self.historical:
                historical_item = historical_item_data.to_dict()
                historical.append(historical_item)

        shocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shocks, Unset):
            shocks = []
            for shocks_item_data in self.shocks:
                shocks_item = shocks_item_data.to_dict()
                shocks.append(shocks_item)

        monte_carlo: dict[str, Any] | None | Unset
        if isinstance(self.monte_carlo, Unset):
            monte_carlo = UNSET
        elif isinstance(self.monte_carlo, RiskMonteCarloScenario):
            monte_carlo = self.monte_carlo.to_dict()
        else:
            monte_carlo = self.monte_carlo

        liquidity_haircut = self.liquidity_haircut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positions is not UNSET:
            field_dict["positions"] = positions
        if equity is not UNSET:
            field_dict["equity"] = equity
        if account is not UNSET:
            field_dict["account"] = account
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if historical is not UNSET:
            field_dict["historical"] = historical
        if shocks is not UNSET:
            field_dict["shocks"] = shocks
        if monte_carlo is not UNSET:
            field_dict["monte_carlo"] = monte_carlo
        if liquidity_haircut is not UNSET:
            field_dict["liquidity_haircut"] = liquidity_haircut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_historical_scenario import RiskHistoricalScenario  # noqa: PLC0415
        from ..models.risk_monte_carlo_scenario import RiskMonteCarloScenario  # noqa: PLC0415
        from ..models.risk_shock_scenario import RiskShockScenario  # noqa: PLC0415
        from ..models.risk_stress_position import RiskStressPosition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_positions(data: object) -> list[RiskStressPosition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                positions_type_0 = []
                _positions_type_0 = data
                for positions_type_0_item_data in _positions_type_0:
                    positions_type_0_item = RiskStressPosition.from_dict(positions_type_0_item_data)

                    positions_type_0.append(positions_type_0_item)

                return positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskStressPosition] | None | Unset, data)

        positions = _parse_positions(d.pop("positions", UNSET))

        def _parse_equity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity = _parse_equity(d.pop("equity", UNSET))

        account = d.pop("account", UNSET)

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        timeframe = d.pop("timeframe", UNSET)

        _historical = d.pop("historical", UNSET)
        historical: list[RiskHistoricalScenario] | Unset = UNSET
        if _historical is not UNSET:
            historical = []
            for historical_item_data in _historical:
                historical_item = RiskHistoricalScenario.from_dict(historical_item_data)

                historical.append(historical_item)

        _shocks = d.pop("shocks", UNSET)
        shocks: list[RiskShockScenario] | Unset = UNSET
        if _shocks is not UNSET:
            shocks = []
            for shocks_item_data in _shocks:
                shocks_item = RiskShockScenario.from_dict(shocks_item_data)

                shocks.append(shocks_item)

        def _parse_monte_carlo(data: object) -> None | RiskMonteCarloScenario | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monte_carlo_type_0 = RiskMonteCarloScenario.from_dict(data)

                return monte_carlo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskMonteCarloScenario | Unset, data)

        monte_carlo = _parse_monte_carlo(d.pop("monte_carlo", UNSET))

        liquidity_haircut = d.pop("liquidity_haircut", UNSET)

        risk_stress_request = cls(
            positions=positions,
            equity=equity,
            account=account,
            exchange=exchange,
            timeframe=timeframe,
            historical=historical,
            shocks=shocks,
            monte_carlo=monte_carlo,
            liquidity_haircut=liquidity_haircut,
        )

        risk_stress_request.additional_properties = d
        return risk_stress_request

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
