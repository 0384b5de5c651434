from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyLiquidateRequest")


@_attrs_define
class EmergencyLiquidateRequest:
    """Close every open position of the account, or the named ones, with market orders now
    (origin ``liquidation``: reduce-only, passes a halt).

        Attributes:
            account (str | Unset):  Default: 'paper'.
            symbols (list[str] | None | Unset): Default: every open position
    """

    account: str | Unset = "paper"
    symbols: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        symbols: list[str] | None | Unset
        if isinstance(self.symbols, Unset):
            symbols = UNSET
        elif isinstance(self.symbols, list):
            symbols = self.symbols

        else:
            symbols = self.symbols

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if symbols is not UNSET:
            field_dict["symbols"] = symbols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        def _parse_symbols(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                symbols_type_0 = cast(list[str], data)

                return symbols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        symbols = _parse_symbols(d.pop("symbols", UNSET))

        emergency_liquidate_request = cls(
            account=account,
            symbols=symbols,
        )

        return emergency_liquidate_request
