from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_maker_activity_out_source import (
    MarketMakerActivityOutSource,
    check_market_maker_activity_out_source,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_maker_activity_stats import MarketMakerActivityStats
    from ..models.resiliency_out import ResiliencyOut
    from ..models.slippage_point import SlippagePoint


T = TypeVar("T", bound="MarketMakerActivityOut")


@_attrs_define
class MarketMakerActivityOut:
    """
    Attributes:
        exchange (str):
        symbol (str):
        source (MarketMakerActivityOutSource):
        observed_from (datetime.datetime | None):
        observed_to (datetime.datetime | None):
        observed_seconds (float):
        complete (bool): The requested window is fully observed, or the stream ended (replay)
        book_snapshots (int): Book snapshots received since tracking started
        trades_seen (int):
        window_s (float):
        activity (MarketMakerActivityStats):
        slippage (list[SlippagePoint]): Walking the latest book, per notional
        resiliency (ResiliencyOut):
        stream_error (None | str | Unset): Why a stream stopped early (e.g. the venue has no trade feed)
    """

    exchange: str
    symbol: str
    source: MarketMakerActivityOutSource
    observed_from: datetime.datetime | None
    observed_to: datetime.datetime | None
    observed_seconds: float
    complete: bool
    book_snapshots: int
    trades_seen: int
    window_s: float
    activity: MarketMakerActivityStats
    slippage: list[SlippagePoint]
    resiliency: ResiliencyOut
    stream_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        source: str = self.source

        observed_from: None | str
        if isinstance(self.observed_from, datetime.datetime):
            observed_from = self.observed_from.isoformat()
        else:
            observed_from = self.observed_from

        observed_to: None | str
        if isinstance(self.observed_to, datetime.datetime):
            observed_to = self.observed_to.isoformat()
        else:
            observed_to = self.observed_to

        observed_seconds = self.observed_seconds

        complete = self.complete

        book_snapshots = self.book_snapshots

        trades_seen = self.trades_seen

        window_s = self.window_s

        activity = self.activity.to_dict()

        slippage = []
        for slippage_item_data in self.slippage:
            slippage_item = slippage_item_data.to_dict()
            slippage.append(slippage_item)

        resiliency = self.resiliency.to_dict()

        stream_error: None | str | Unset
        if isinstance(self.stream_error, Unset):
            stream_error = UNSET
        else:
            stream_error = self.stream_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "source": source,
                "observed_from": observed_from,
                "observed_to": observed_to,
                "observed_seconds": observed_seconds,
                "complete": complete,
                "book_snapshots": book_snapshots,
                "trades_seen": trades_seen,
                "window_s": window_s,
                "activity": activity,
                "slippage": slippage,
                "resiliency": resiliency,
            }
        )
        if stream_error is not UNSET:
            field_dict["stream_error"] = stream_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_maker_activity_stats import MarketMakerActivityStats  # noqa: PLC0415
        from ..models.resiliency_out import ResiliencyOut  # noqa: PLC0415
        from ..models.slippage_point import SlippagePoint  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        source = check_market_maker_activity_out_source(d.pop("source"))

        def _parse_observed_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                observed_from_type_0 = datetime.datetime.fromisoformat(data)

                return observed_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        observed_from = _parse_observed_from(d.pop("observed_from"))

        def _parse_observed_to(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                observed_to_type_0 = datetime.datetime.fromisoformat(data)

                return observed_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        observed_to = _parse_observed_to(d.pop("observed_to"))

        observed_seconds = d.pop("observed_seconds")

        complete = d.pop("complete")

        book_snapshots = d.pop("book_snapshots")

        trades_seen = d.pop("trades_seen")

        window_s = d.pop("window_s")

        activity = MarketMakerActivityStats.from_dict(d.pop("activity"))

        slippage = []
        _slippage = d.pop("slippage")
        for slippage_item_data in _slippage:
            slippage_item = SlippagePoint.from_dict(slippage_item_data)

            slippage.append(slippage_item)

        resiliency = ResiliencyOut.from_dict(d.pop("resiliency"))

        def _parse_stream_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_error = _parse_stream_error(d.pop("stream_error", UNSET))

        market_maker_activity_out = cls(
            exchange=exchange,
            symbol=symbol,
            source=source,
            observed_from=observed_from,
            observed_to=observed_to,
            observed_seconds=observed_seconds,
            complete=complete,
            book_snapshots=book_snapshots,
            trades_seen=trades_seen,
            window_s=window_s,
            activity=activity,
            slippage=slippage,
            resiliency=resiliency,
            stream_error=stream_error,
        )

        market_maker_activity_out.additional_properties = d
        return market_maker_activity_out

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
