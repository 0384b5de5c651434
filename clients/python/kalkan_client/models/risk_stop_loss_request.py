from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_stop_loss_request_basis import RiskStopLossRequestBasis, check_risk_stop_loss_request_basis
from ..models.risk_stop_loss_request_side import RiskStopLossRequestSide, check_risk_stop_loss_request_side
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_book import RiskBook
    from ..models.risk_candle import RiskCandle


T = TypeVar("T", bound="RiskStopLossRequest")


@_attrs_define
class RiskStopLossRequest:
    """
    Attributes:
        side (RiskStopLossRequestSide):
        entry_price (float):
        quantity (float):
        atr (float | None | Unset):
        candles (list[RiskCandle] | None | Unset): Recent candles, oldest first: ATR (Wilder) and the swing low/high
        atr_period (int | Unset):  Default: 14.
        atr_multiple (float | Unset):  Default: 2.0.
        swing_level (float | None | Unset):
        swing_lookback (int | Unset):  Default: 20.
        swing_buffer_atr (float | Unset):  Default: 0.25.
        basis (RiskStopLossRequestBasis | Unset):  Default: 'wider'.
        book (None | RiskBook | Unset):
        exchange (None | str | Unset): Fetch the book here when no book is given
        symbol (None | str | Unset):
        risk_budget (float | None | Unset): Largest filled loss allowed, quote
        equity (float | None | Unset):
        fee_rate (float | Unset):  Default: 0.001.
    """

    side: RiskStopLossRequestSide
    entry_price: float
    quantity: float
    atr: float | None | Unset = UNSET
    candles: list[RiskCandle] | None | Unset = UNSET
    atr_period: int | Unset = 14
    atr_multiple: float | Unset = 2.0
    swing_level: float | None | Unset = UNSET
    swing_lookback: int | Unset = 20
    swing_buffer_atr: float | Unset = 0.25
    basis: RiskStopLossRequestBasis | Unset = "wider"
    book: None | RiskBook | Unset = UNSET
    exchange: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    risk_budget: float | None | Unset = UNSET
    equity: float | None | Unset = UNSET
    fee_rate: float | Unset = 0.001
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_book import RiskBook  # noqa: PLC0415

        side: str = self.side

        entry_price = self.entry_price

        quantity = self.quantity

        atr: float | None | Unset
        if isinstance(self.atr, Unset):
            atr = UNSET
        else:
            atr = self.atr

        candles: list[dict[str, Any]] | None | Unset
        if isinstance(self.candles, Unset):
            candles = UNSET
        elif isinstance(self.candles, list):
            candles = []
            for candles_type_0_item_data in self.candles:
                candles_type_0_item = candles_type_0_item_data.to_dict()
                candles.append(candles_type_0_item)

        else:
            candles = self.candles

        atr_period = self.atr_period

        atr_multiple = self.atr_multiple

        swing_level: float | None | Unset
        if isinstance(self.swing_level, Unset):
            swing_level = UNSET
        else:
            swing_level = self.swing_level

        swing_lookback = self.swing_lookback

        swing_buffer_atr = self.swing_buffer_atr

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis

        book: dict[str, Any] | None | Unset
        if isinstance(self.book, Unset):
            book = UNSET
        elif isinstance(self.book, RiskBook):
            book = self.book.to_dict()
        else:
            book = self.book

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        risk_budget: float | None | Unset
        if isinstance(self.risk_budget, Unset):
            risk_budget = UNSET
        else:
            risk_budget = self.risk_budget

        equity: float | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        else:
            equity = self.equity

        fee_rate = self.fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "entry_price": entry_price,
                "quantity": quantity,
            }
        )
        if atr is not UNSET:
            field_dict["atr"] = atr
        if candles is not UNSET:
            field_dict["candles"] = candles
        if atr_period is not UNSET:
            field_dict["atr_period"] = atr_period
        if atr_multiple is not UNSET:
            field_dict["atr_multiple"] = atr_multiple
        if swing_level is not UNSET:
            field_dict["swing_level"] = swing_level
        if swing_lookback is not UNSET:
            field_dict["swing_lookback"] = swing_lookback
        if swing_buffer_atr is not UNSET:
            field_dict["swing_buffer_atr"] = swing_buffer_atr
        if basis is not UNSET:
            field_dict["basis"] = basis
        if book is not UNSET:
            field_dict["book"] = book
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if risk_budget is not UNSET:
            field_dict["risk_budget"] = risk_budget
        if equity is not UNSET:
            field_dict["equity"] = equity
        if fee_rate is not UNSET:
            field_dict["fee_rate"] = fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_book import RiskBook  # noqa: PLC0415
        from ..models.risk_candle import RiskCandle  # noqa: PLC0415

        d = dict(src_dict)
        side = check_risk_stop_loss_request_side(d.pop("side"))

        entry_price = d.pop("entry_price")

        quantity = d.pop("quantity")

        def _parse_atr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        atr = _parse_atr(d.pop("atr", UNSET))

        def _parse_candles(data: object) -> list[RiskCandle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candles_type_0 = []
                _candles_type_0 = data
                for candles_type_0_item_data in _candles_type_0:
                    candles_type_0_item = RiskCandle.from_dict(candles_type_0_item_data)

                    candles_type_0.append(candles_type_0_item)

                return candles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskCandle] | None | Unset, data)

        candles = _parse_candles(d.pop("candles", UNSET))

        atr_period = d.pop("atr_period", UNSET)

        atr_multiple = d.pop("atr_multiple", UNSET)

        def _parse_swing_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        swing_level = _parse_swing_level(d.pop("swing_level", UNSET))

        swing_lookback = d.pop("swing_lookback", UNSET)

        swing_buffer_atr = d.pop("swing_buffer_atr", UNSET)

        _basis = d.pop("basis", UNSET)
        basis: RiskStopLossRequestBasis | Unset
        if isinstance(_basis, Unset):
            basis = UNSET
        else:
            basis = check_risk_stop_loss_request_basis(_basis)

        def _parse_book(data: object) -> None | RiskBook | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                book_type_0 = RiskBook.from_dict(data)

                return book_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskBook | Unset, data)

        book = _parse_book(d.pop("book", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_risk_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk_budget = _parse_risk_budget(d.pop("risk_budget", UNSET))

        def _parse_equity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity = _parse_equity(d.pop("equity", UNSET))

        fee_rate = d.pop("fee_rate", UNSET)

        risk_stop_loss_request = cls(
            side=side,
            entry_price=entry_price,
            quantity=quantity,
            atr=atr,
            candles=candles,
            atr_period=atr_period,
            atr_multiple=atr_multiple,
            swing_level=swing_level,
            swing_lookback=swing_lookback,
            swing_buffer_atr=swing_buffer_atr,
            basis=basis,
            book=book,
            exchange=exchange,
            symbol=symbol,
            risk_budget=risk_budget,
            equity=equity,
            fee_rate=fee_rate,
        )

        risk_stop_loss_request.additional_properties = d
        return risk_stop_loss_request

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
