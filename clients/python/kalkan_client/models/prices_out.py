from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prices_out_source import PricesOutSource, check_prices_out_source

if TYPE_CHECKING:
    from ..models.best_quote import BestQuote
    from ..models.exchange_price import ExchangePrice


T = TypeVar("T", bound="PricesOut")


@_attrs_define
class PricesOut:
    """
    Attributes:
        symbol (str):
        source (PricesOutSource):
        prices (list[ExchangePrice]):
        best_bid (BestQuote | None): Highest bid across the venues that answered
        best_ask (BestQuote | None): Lowest ask across the venues that answered
        cross_spread_bps (float | None): (best bid - best ask) / best ask in bps; positive: the venues are crossed
    """

    symbol: str
    source: PricesOutSource
    prices: list[ExchangePrice]
    best_bid: BestQuote | None
    best_ask: BestQuote | None
    cross_spread_bps: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.best_quote import BestQuote  # noqa: PLC0415

        symbol = self.symbol

        source: str = self.source

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        best_bid: dict[str, Any] | None
        if isinstance(self.best_bid, BestQuote):
            best_bid = self.best_bid.to_dict()
        else:
            best_bid = self.best_bid

        best_ask: dict[str, Any] | None
        if isinstance(self.best_ask, BestQuote):
            best_ask = self.best_ask.to_dict()
        else:
            best_ask = self.best_ask

        cross_spread_bps: float | None
        cross_spread_bps = self.cross_spread_bps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "source": source,
                "prices": prices,
                "best_bid": best_bid,
                "best_ask": best_ask,
                "cross_spread_bps": cross_spread_bps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.best_quote import BestQuote  # noqa: PLC0415
        from ..models.exchange_price import ExchangePrice  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        source = check_prices_out_source(d.pop("source"))

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = ExchangePrice.from_dict(prices_item_data)

            prices.append(prices_item)

        def _parse_best_bid(data: object) -> BestQuote | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_bid_type_0 = BestQuote.from_dict(data)

                return best_bid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BestQuote | None, data)

        best_bid = _parse_best_bid(d.pop("best_bid"))

        def _parse_best_ask(data: object) -> BestQuote | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_ask_type_0 = BestQuote.from_dict(data)

                return best_ask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BestQuote | None, data)

        best_ask = _parse_best_ask(d.pop("best_ask"))

        def _parse_cross_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cross_spread_bps = _parse_cross_spread_bps(d.pop("cross_spread_bps"))

        prices_out = cls(
            symbol=symbol,
            source=source,
            prices=prices,
            best_bid=best_bid,
            best_ask=best_ask,
            cross_spread_bps=cross_spread_bps,
        )

        prices_out.additional_properties = d
        return prices_out

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
