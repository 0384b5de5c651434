from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.imbalance_out_source import ImbalanceOutSource, check_imbalance_out_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_touch import BookTouch
    from ..models.depth_band import DepthBand


T = TypeVar("T", bound="ImbalanceOut")


@_attrs_define
class ImbalanceOut:
    """
    Attributes:
        exchange (str):
        symbol (str):
        source (ImbalanceOutSource):
        observed_from (datetime.datetime | None):
        observed_to (datetime.datetime | None):
        observed_seconds (float):
        complete (bool): The requested window is fully observed, or the stream ended (replay)
        book_snapshots (int): Book snapshots received since tracking started
        trades_seen (int):
        timestamp (datetime.datetime | None): Venue time of the book analysed
        sequence (int | None):
        levels (int):
        bid_levels (int):
        ask_levels (int):
        touch (BookTouch | None):
        microprice (float | None):
        imbalance (float | None): (B - A) / (B + A) over the top `levels`
        weighted_imbalance (float | None):
        half_life_bps (float):
        depth (list[DepthBand]):
        stream_error (None | str | Unset): Why a stream stopped early (e.g. the venue has no trade feed)
    """

    exchange: str
    symbol: str
    source: ImbalanceOutSource
    observed_from: datetime.datetime | None
    observed_to: datetime.datetime | None
    observed_seconds: float
    complete: bool
    book_snapshots: int
    trades_seen: int
    timestamp: datetime.datetime | None
    sequence: int | None
    levels: int
    bid_levels: int
    ask_levels: int
    touch: BookTouch | None
    microprice: float | None
    imbalance: float | None
    weighted_imbalance: float | None
    half_life_bps: float
    depth: list[DepthBand]
    stream_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.book_touch import BookTouch  # noqa: PLC0415

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

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        sequence: int | None
        sequence = self.sequence

        levels = self.levels

        bid_levels = self.bid_levels

        ask_levels = self.ask_levels

        touch: dict[str, Any] | None
        if isinstance(self.touch, BookTouch):
            touch = self.touch.to_dict()
        else:
            touch = self.touch

        microprice: float | None
        microprice = self.microprice

        imbalance: float | None
        imbalance = self.imbalance

        weighted_imbalance: float | None
        weighted_imbalance = self.weighted_imbalance

        half_life_bps = self.half_life_bps

        depth = []
        for depth_item_data in self.depth:
            depth_item = depth_item_data.to_dict()
            depth.append(depth_item)

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
                "timestamp": timestamp,
                "sequence": sequence,
                "levels": levels,
                "bid_levels": bid_levels,
                "ask_levels": ask_levels,
                "touch": touch,
                "microprice": microprice,
                "imbalance": imbalance,
                "weighted_imbalance": weighted_imbalance,
                "half_life_bps": half_life_bps,
                "depth": depth,
            }
        )
        if stream_error is not UNSET:
            field_dict["stream_error"] = stream_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_touch import BookTouch  # noqa: PLC0415
        from ..models.depth_band import DepthBand  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        source = check_imbalance_out_source(d.pop("source"))

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

        def _parse_timestamp(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        def _parse_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sequence = _parse_sequence(d.pop("sequence"))

        levels = d.pop("levels")

        bid_levels = d.pop("bid_levels")

        ask_levels = d.pop("ask_levels")

        def _parse_touch(data: object) -> BookTouch | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                touch_type_0 = BookTouch.from_dict(data)

                return touch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookTouch | None, data)

        touch = _parse_touch(d.pop("touch"))

        def _parse_microprice(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        microprice = _parse_microprice(d.pop("microprice"))

        def _parse_imbalance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        imbalance = _parse_imbalance(d.pop("imbalance"))

        def _parse_weighted_imbalance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weighted_imbalance = _parse_weighted_imbalance(d.pop("weighted_imbalance"))

        half_life_bps = d.pop("half_life_bps")

        depth = []
        _depth = d.pop("depth")
        for depth_item_data in _depth:
            depth_item = DepthBand.from_dict(depth_item_data)

            depth.append(depth_item)

        def _parse_stream_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_error = _parse_stream_error(d.pop("stream_error", UNSET))

        imbalance_out = cls(
            exchange=exchange,
            symbol=symbol,
            source=source,
            observed_from=observed_from,
            observed_to=observed_to,
            observed_seconds=observed_seconds,
            complete=complete,
            book_snapshots=book_snapshots,
            trades_seen=trades_seen,
            timestamp=timestamp,
            sequence=sequence,
            levels=levels,
            bid_levels=bid_levels,
            ask_levels=ask_levels,
            touch=touch,
            microprice=microprice,
            imbalance=imbalance,
            weighted_imbalance=weighted_imbalance,
            half_life_bps=half_life_bps,
            depth=depth,
            stream_error=stream_error,
        )

        imbalance_out.additional_properties = d
        return imbalance_out

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
