from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_status_source import ExchangeStatusSource, check_exchange_status_source

if TYPE_CHECKING:
    from ..models.depth_limit_out import DepthLimitOut
    from ..models.exchange_features import ExchangeFeatures


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Attributes:
        id (str):
        name (None | str): Display name (ccxt)
        status (str): Health: unknown, up, degraded or down
        source (ExchangeStatusSource):
        consecutive_failures (int):
        last_error (None | str):
        reconnects (int):
        features (ExchangeFeatures): What the venue supports according to ccxt's static description (null: not known).
        order_book_depth (DepthLimitOut | None): REST depth limit; null: unknown
        taker_fee (float | None): ccxt's base-tier taker fee (fraction)
        maker_fee (float | None):
        markets (int | None): Markets known without a network call (live: once loaded; replay: recorded)
    """

    id: str
    name: None | str
    status: str
    source: ExchangeStatusSource
    consecutive_failures: int
    last_error: None | str
    reconnects: int
    features: ExchangeFeatures
    order_book_depth: DepthLimitOut | None
    taker_fee: float | None
    maker_fee: float | None
    markets: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.depth_limit_out import DepthLimitOut  # noqa: PLC0415

        id = self.id

        name: None | str
        name = self.name

        status = self.status

        source: str = self.source

        consecutive_failures = self.consecutive_failures

        last_error: None | str
        last_error = self.last_error

        reconnects = self.reconnects

        features = self.features.to_dict()

        order_book_depth: dict[str, Any] | None
        if isinstance(self.order_book_depth, DepthLimitOut):
            order_book_depth = self.order_book_depth.to_dict()
        else:
            order_book_depth = self.order_book_depth

        taker_fee: float | None
        taker_fee = self.taker_fee

        maker_fee: float | None
        maker_fee = self.maker_fee

        markets: int | None
        markets = self.markets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "source": source,
                "consecutive_failures": consecutive_failures,
                "last_error": last_error,
                "reconnects": reconnects,
                "features": features,
                "order_book_depth": order_book_depth,
                "taker_fee": taker_fee,
                "maker_fee": maker_fee,
                "markets": markets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.depth_limit_out import DepthLimitOut  # noqa: PLC0415
        from ..models.exchange_features import ExchangeFeatures  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = d.pop("status")

        source = check_exchange_status_source(d.pop("source"))

        consecutive_failures = d.pop("consecutive_failures")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        reconnects = d.pop("reconnects")

        features = ExchangeFeatures.from_dict(d.pop("features"))

        def _parse_order_book_depth(data: object) -> DepthLimitOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_book_depth_type_0 = DepthLimitOut.from_dict(data)

                return order_book_depth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepthLimitOut | None, data)

        order_book_depth = _parse_order_book_depth(d.pop("order_book_depth"))

        def _parse_taker_fee(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        taker_fee = _parse_taker_fee(d.pop("taker_fee"))

        def _parse_maker_fee(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        maker_fee = _parse_maker_fee(d.pop("maker_fee"))

        def _parse_markets(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        markets = _parse_markets(d.pop("markets"))

        exchange_status = cls(
            id=id,
            name=name,
            status=status,
            source=source,
            consecutive_failures=consecutive_failures,
            last_error=last_error,
            reconnects=reconnects,
            features=features,
            order_book_depth=order_book_depth,
            taker_fee=taker_fee,
            maker_fee=maker_fee,
            markets=markets,
        )

        exchange_status.additional_properties = d
        return exchange_status

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
