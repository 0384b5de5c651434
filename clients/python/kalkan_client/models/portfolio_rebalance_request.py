from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_spec import AllocationSpec
    from ..models.portfolio_rebalance_request_holdings_type_0 import PortfolioRebalanceRequestHoldingsType0
    from ..models.portfolio_rebalance_request_lot_size import PortfolioRebalanceRequestLotSize
    from ..models.portfolio_rebalance_request_min_notional import PortfolioRebalanceRequestMinNotional
    from ..models.portfolio_rebalance_request_prices_type_0 import PortfolioRebalanceRequestPricesType0
    from ..models.portfolio_rebalance_request_target_weights_type_0 import PortfolioRebalanceRequestTargetWeightsType0


T = TypeVar("T", bound="PortfolioRebalanceRequest")


@_attrs_define
class PortfolioRebalanceRequest:
    """Target weights (given, or from ``allocation``), from the current positions or a given
    holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
    quote): the exchanges module does not expose market rules yet.

        Attributes:
            account (str | Unset): Account name; every user has a `paper` account Default: 'paper'.
            target_weights (None | PortfolioRebalanceRequestTargetWeightsType0 | Unset):
            allocation (AllocationSpec | None | Unset):
            holdings (None | PortfolioRebalanceRequestHoldingsType0 | Unset): Signed quantities; default: the account's
            prices (None | PortfolioRebalanceRequestPricesType0 | Unset): Default: marks from the exchange
            equity (float | None | Unset):
            drift_band (float | Unset): Trade only when |target − current| exceeds it Default: 0.02.
            fee_rate (float | Unset):  Default: 0.001.
            stop_loss_pct (float | Unset): Stop distance for trades that open exposure Default: 0.05.
            lot_size (PortfolioRebalanceRequestLotSize | Unset):
            min_notional (PortfolioRebalanceRequestMinNotional | Unset):
    """

    account: str | Unset = "paper"
    target_weights: None | PortfolioRebalanceRequestTargetWeightsType0 | Unset = UNSET
    allocation: AllocationSpec | None | Unset = UNSET
    holdings: None | PortfolioRebalanceRequestHoldingsType0 | Unset = UNSET
    prices: None | PortfolioRebalanceRequestPricesType0 | Unset = UNSET
    equity: float | None | Unset = UNSET
    drift_band: float | Unset = 0.02
    fee_rate: float | Unset = 0.001
    stop_loss_pct: float | Unset = 0.05
    lot_size: PortfolioRebalanceRequestLotSize | Unset = UNSET
    min_notional: PortfolioRebalanceRequestMinNotional | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.allocation_spec import AllocationSpec  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_holdings_type_0 import PortfolioRebalanceRequestHoldingsType0  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_prices_type_0 import PortfolioRebalanceRequestPricesType0  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_target_weights_type_0 import (
            PortfolioRebalanceRequestTargetWeightsType0,  # noqa: PLC0415
        )

        account = self.account

        target_weights: dict[str, Any] | None | Unset
        if isinstance(self.target_weights, Unset):
            target_weights = UNSET
        elif isinstance(self.target_weights, PortfolioRebalanceRequestTargetWeightsType0):
            target_weights = self.target_weights.to_dict()
        else:
            target_weights = self.target_weights

        allocation: dict[str, Any] | None | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        elif isinstance(self.allocation, AllocationSpec):
            allocation = self.allocation.to_dict()
        else:
            allocation = self.allocation

        holdings: dict[str, Any] | None | Unset
        if isinstance(self.holdings, Unset):
            holdings = UNSET
        elif isinstance(self.holdings, PortfolioRebalanceRequestHoldingsType0):
            holdings = self.holdings.to_dict()
        else:
            holdings = self.holdings

        prices: dict[str, Any] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, PortfolioRebalanceRequestPricesType0):
            prices = self.prices.to_dict()
        else:
            prices = self.prices

        equity: float | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        else:
            equity = self.equity

        drift_band = self.drift_band

        fee_rate = self.fee_rate

        stop_loss_pct = self.stop_loss_pct

        lot_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_size, Unset):
            lot_size = self.lot_size.to_dict()

        min_notional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_notional, Unset):
            min_notional = self.min_notional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if target_weights is not UNSET:
            field_dict["target_weights"] = target_weights
        if allocation is not UNSET:
            field_dict["allocation"] = allocation
        if holdings is not UNSET:
            field_dict["holdings"] = holdings
        if prices is not UNSET:
            field_dict["prices"] = prices
        if equity is not UNSET:
            field_dict["equity"] = equity
        if drift_band is not UNSET:
            field_dict["drift_band"] = drift_band
        if fee_rate is not UNSET:
            field_dict["fee_rate"] = fee_rate
        if stop_loss_pct is not UNSET:
            field_dict["stop_loss_pct"] = stop_loss_pct
        if lot_size is not UNSET:
            field_dict["lot_size"] = lot_size
        if min_notional is not UNSET:
            field_dict["min_notional"] = min_notional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_spec import AllocationSpec  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_holdings_type_0 import PortfolioRebalanceRequestHoldingsType0  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_lot_size import PortfolioRebalanceRequestLotSize  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_min_notional import PortfolioRebalanceRequestMinNotional  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_prices_type_0 import PortfolioRebalanceRequestPricesType0  # noqa: PLC0415
        from ..models.portfolio_rebalance_request_target_weights_type_0 import (
            PortfolioRebalanceRequestTargetWeightsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        account = d.pop("account", UNSET)

        def _parse_target_weights(data: object) -> None | PortfolioRebalanceRequestTargetWeightsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_weights_type_0 = PortfolioRebalanceRequestTargetWeightsType0.from_dict(data)

                return target_weights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioRebalanceRequestTargetWeightsType0 | Unset, data)

        target_weights = _parse_target_weights(d.pop("target_weights", UNSET))

        def _parse_allocation(data: object) -> AllocationSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocation_type_0 = AllocationSpec.from_dict(data)

                return allocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationSpec | None | Unset, data)

        allocation = _parse_allocation(d.pop("allocation", UNSET))

        def _parse_holdings(data: object) -> None | PortfolioRebalanceRequestHoldingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                holdings_type_0 = PortfolioRebalanceRequestHoldingsType0.from_dict(data)

                return holdings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioRebalanceRequestHoldingsType0 | Unset, data)

        holdings = _parse_holdings(d.pop("holdings", UNSET))

        def _parse_prices(data: object) -> None | PortfolioRebalanceRequestPricesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prices_type_0 = PortfolioRebalanceRequestPricesType0.from_dict(data)

                return prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioRebalanceRequestPricesType0 | Unset, data)

        prices = _parse_prices(d.pop("prices", UNSET))

        def _parse_equity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity = _parse_equity(d.pop("equity", UNSET))

        drift_band = d.pop("drift_band", UNSET)

        fee_rate = d.pop("fee_rate", UNSET)

        stop_loss_pct = d.pop("stop_loss_pct", UNSET)

        _lot_size = d.pop("lot_size", UNSET)
        lot_size: PortfolioRebalanceRequestLotSize | Unset
        if isinstance(_lot_size, Unset):
            lot_size = UNSET
        else:
            lot_size = PortfolioRebalanceRequestLotSize.from_dict(_lot_size)

        _min_notional = d.pop("min_notional", UNSET)
        min_notional: PortfolioRebalanceRequestMinNotional | Unset
        if isinstance(_min_notional, Unset):
            min_notional = UNSET
        else:
            min_notional = PortfolioRebalanceRequestMinNotional.from_dict(_min_notional)

        portfolio_rebalance_request = cls(
            account=account,
            target_weights=target_weights,
            allocation=allocation,
            holdings=holdings,
            prices=prices,
            equity=equity,
            drift_band=drift_band,
            fee_rate=fee_rate,
            stop_loss_pct=stop_loss_pct,
            lot_size=lot_size,
            min_notional=min_notional,
        )

        portfolio_rebalance_request.additional_properties = d
        return portfolio_rebalance_request

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
