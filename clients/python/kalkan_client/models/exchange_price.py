from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_quote_error import ExchangeQuoteError
    from ..models.price_out import PriceOut


T = TypeVar("T", bound="ExchangePrice")


@_attrs_define
class ExchangePrice:
    """
    Attributes:
        exchange (str):
        ok (bool):
        price (None | PriceOut | Unset):
        error (ExchangeQuoteError | None | Unset):
    """

    exchange: str
    ok: bool
    price: None | PriceOut | Unset = UNSET
    error: ExchangeQuoteError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exchange_quote_error import ExchangeQuoteError  # noqa: PLC0415
        from ..models.price_out import PriceOut  # noqa: PLC0415

        exchange = self.exchange

        ok = self.ok

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, PriceOut):
            price = self.price.to_dict()
        else:
            price = self.price

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ExchangeQuoteError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "ok": ok,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_quote_error import ExchangeQuoteError  # noqa: PLC0415
        from ..models.price_out import PriceOut  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        ok = d.pop("ok")

        def _parse_price(data: object) -> None | PriceOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = PriceOut.from_dict(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriceOut | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_error(data: object) -> ExchangeQuoteError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ExchangeQuoteError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExchangeQuoteError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        exchange_price = cls(
            exchange=exchange,
            ok=ok,
            price=price,
            error=error,
        )

        exchange_price.additional_properties = d
        return exchange_price

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
