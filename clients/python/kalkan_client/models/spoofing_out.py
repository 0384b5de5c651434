from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spoofing_out_source import SpoofingOutSource, check_spoofing_out_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.large_order_out import LargeOrderOut
    from ..models.spoofing_settings import SpoofingSettings


T = TypeVar("T", bound="SpoofingOut")


@_attrs_define
class SpoofingOut:
    """
    Attributes:
        exchange (str):
        symbol (str):
        source (SpoofingOutSource):
        observed_from (datetime.datetime | None):
        observed_to (datetime.datetime | None):
        observed_seconds (float):
        complete (bool): The requested window is fully observed, or the stream ended (replay)
        book_snapshots (int): Book snapshots received since tracking started
        trades_seen (int):
        window_s (float):
        updates (int): Level updates replayed (including those building the book)
        trades (int):
        alerts (list[LargeOrderOut]):
        large_orders (list[LargeOrderOut]): Most recent first, up to `limit`
        large_orders_total (int):
        settings (SpoofingSettings):
        stream_error (None | str | Unset): Why a stream stopped early (e.g. the venue has no trade feed)
    """

    exchange: str
    symbol: str
    source: SpoofingOutSource
    observed_from: datetime.datetime | None
    observed_to: datetime.datetime | None
    observed_seconds: float
    complete: bool
    book_snapshots: int
    trades_seen: int
    window_s: float
    updates: int
    trades: int
    alerts: list[LargeOrderOut]
    large_orders: list[LargeOrderOut]
    large_orders_total: int
    settings: SpoofingSettings
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

        updates = self.updates

        trades = self.trades

        alerts = []
        for alerts_item_data in self.alerts:
            alerts_item = alerts_item_data.to_dict()
            alerts.append(alerts_item)

        large_orders = []
        for large_orders_item_data in self.large_orders:
            large_orders_item = large_orders_item_data.to_dict()
            large_orders.append(large_orders_item)

        large_orders_total = self.large_orders_total

        settings = self.settings.to_dict()

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
                "updates": updates,
                "trades": trades,
                "alerts": alerts,
                "large_orders": large_orders,
                "large_orders_total": large_orders_total,
                "settings": settings,
            }
        )
        if stream_error is not UNSET:
            field_dict["stream_error"] = stream_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.large_order_out import LargeOrderOut  # noqa: PLC0415
        from ..models.spoofing_settings import SpoofingSettings  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        source = check_spoofing_out_source(d.pop("source"))

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

        updates = d.pop("updates")

        trades = d.pop("trades")

        alerts = []
        _alerts = d.pop("alerts")
        for alerts_item_data in _alerts:
            alerts_item = LargeOrderOut.from_dict(alerts_item_data)

            alerts.append(alerts_item)

        large_orders = []
        _large_orders = d.pop("large_orders")
        for large_orders_item_data in _large_orders:
            large_orders_item = LargeOrderOut.from_dict(large_orders_item_data)

            large_orders.append(large_orders_item)

        large_orders_total = d.pop("large_orders_total")

        settings = SpoofingSettings.from_dict(d.pop("settings"))

        def _parse_stream_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_error = _parse_stream_error(d.pop("stream_error", UNSET))

        spoofing_out = cls(
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
            updates=updates,
            trades=trades,
            alerts=alerts,
            large_orders=large_orders,
            large_orders_total=large_orders_total,
            settings=settings,
            stream_error=stream_error,
        )

        spoofing_out.additional_properties = d
        return spoofing_out

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
