from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arbitrage_book_in import ArbitrageBookIn
    from ..models.arbitrage_in_fees import ArbitrageInFees
    from ..models.arbitrage_in_withdrawal_fees import ArbitrageInWithdrawalFees
    from ..models.arbitrage_triangular_in import ArbitrageTriangularIn


T = TypeVar("T", bound="ArbitrageIn")


@_attrs_define
class ArbitrageIn:
    """
    Attributes:
        symbols (list[str] | Unset): Symbols to scan (ccxt form); default: the symbols of `books`
        exchanges (list[str] | None | Unset): Venues to compare; default: every enabled one (or every venue in `books`)
        fees (ArbitrageInFees | Unset): Taker fee per exchange as a fraction. Default: ccxt's base-tier taker fee for
            the venue (binance 0.001, okx 0.0015, kraken 0.0026, ...), or 0.001 when ccxt has none
        withdrawal_fee (float | Unset): Fixed cost, in base units, of moving the bought coins to the selling venue
            Default: 0.0.
        withdrawal_fees (ArbitrageInWithdrawalFees | Unset): Per base currency override of `withdrawal_fee`, e.g.
            {"BTC": 0.0002}
        max_notional (float | None | Unset): Cap on the quote spent on the buy side
        max_size (float | None | Unset): Cap in base units
        min_profit_quote (float | Unset):  Default: 0.0.
        include_unprofitable (bool | Unset): Also list venue pairs that lose money, ranked Default: False.
        depth (int | Unset): Levels fetched per book Default: 50.
        books (list[ArbitrageBookIn] | None | Unset): Explicit books: when given, nothing is fetched (what-if analysis)
        triangular (ArbitrageTriangularIn | None | Unset):
    """

    symbols: list[str] | Unset = UNSET
    exchanges: list[str] | None | Unset = UNSET
    fees: ArbitrageInFees | Unset = UNSET
    withdrawal_fee: float | Unset = 0.0
    withdrawal_fees: ArbitrageInWithdrawalFees | Unset = UNSET
    max_notional: float | None | Unset = UNSET
    max_size: float | None | Unset = UNSET
    min_profit_quote: float | Unset = 0.0
    include_unprofitable: bool | Unset = False
    depth: int | Unset = 50
    books: list[ArbitrageBookIn] | None | Unset = UNSET
    triangular: ArbitrageTriangularIn | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.arbitrage_triangular_in import ArbitrageTriangularIn  # noqa: PLC0415

        symbols: list[str] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = self.symbols

        exchanges: list[str] | None | Unset
        if isinstance(self.exchanges, Unset):
            exchanges = UNSET
        elif isinstance(self.exchanges, list):
            exchanges = self.exchanges

        else:
            exchanges = self.exchanges

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        withdrawal_fee = self.withdrawal_fee

        withdrawal_fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withdrawal_fees, Unset):
            withdrawal_fees = self.withdrawal_fees.to_dict()

        max_notional: float | None | Unset
        if isinstance(self.max_notional, Unset):
            max_notional = UNSET
        else:
            max_notional = self.max_notional

        max_size: float | None | Unset
        if isinstance(self.max_size, Unset):
            max_size = UNSET
        else:
            max_size = self.max_size

        min_profit_quote = self.min_profit_quote

        include_unprofitable = self.include_unprofitable

        depth = self.depth

        books: list[dict[str, Any]] | None | Unset
        if isinstance(self.books, Unset):
            books = UNSET
        elif isinstance(self.books, list):
            books = []
            for books_type_0_item_data in self.books:
                books_type_0_item = books_type_0_item_data.to_dict()
                books.append(books_type_0_item)

        else:
            books = self.books

        triangular: dict[str, Any] | None | Unset
        if isinstance(self.triangular, Unset):
            triangular = UNSET
        elif isinstance(self.triangular, ArbitrageTriangularIn):
            triangular = self.triangular.to_dict()
        else:
            triangular = self.triangular

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if exchanges is not UNSET:
            field_dict["exchanges"] = exchanges
        if fees is not UNSET:
            field_dict["fees"] = fees
        if withdrawal_fee is not UNSET:
            field_dict["withdrawal_fee"] = withdrawal_fee
        if withdrawal_fees is not UNSET:
            field_dict["withdrawal_fees"] = withdrawal_fees
        if max_notional is not UNSET:
            field_dict["max_notional"] = max_notional
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if min_profit_quote is not UNSET:
            field_dict["min_profit_quote"] = min_profit_quote
        if include_unprofitable is not UNSET:
            field_dict["include_unprofitable"] = include_unprofitable
        if depth is not UNSET:
            field_dict["depth"] = depth
        if books is not UNSET:
            field_dict["books"] = books
        if triangular is not UNSET:
            field_dict["triangular"] = triangular

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arbitrage_book_in import ArbitrageBookIn  # noqa: PLC0415
        from ..models.arbitrage_in_fees import ArbitrageInFees  # noqa: PLC0415
        from ..models.arbitrage_in_withdrawal_fees import ArbitrageInWithdrawalFees  # noqa: PLC0415
        from ..models.arbitrage_triangular_in import ArbitrageTriangularIn  # noqa: PLC0415

        d = dict(src_dict)
        symbols = cast(list[str], d.pop("symbols", UNSET))

        def _parse_exchanges(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exchanges_type_0 = cast(list[str], data)

                return exchanges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exchanges = _parse_exchanges(d.pop("exchanges", UNSET))

        _fees = d.pop("fees", UNSET)
        fees: ArbitrageInFees | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = ArbitrageInFees.from_dict(_fees)

        withdrawal_fee = d.pop("withdrawal_fee", UNSET)

        _withdrawal_fees = d.pop("withdrawal_fees", UNSET)
        withdrawal_fees: ArbitrageInWithdrawalFees | Unset
        if isinstance(_withdrawal_fees, Unset):
            withdrawal_fees = UNSET
        else:
            withdrawal_fees = ArbitrageInWithdrawalFees.from_dict(_withdrawal_fees)

        def _parse_max_notional(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_notional = _parse_max_notional(d.pop("max_notional", UNSET))

        def _parse_max_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_size = _parse_max_size(d.pop("max_size", UNSET))

        min_profit_quote = d.pop("min_profit_quote", UNSET)

        include_unprofitable = d.pop("include_unprofitable", UNSET)

        depth = d.pop("depth", UNSET)

        def _parse_books(data: object) -> list[ArbitrageBookIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                books_type_0 = []
                _books_type_0 = data
                for books_type_0_item_data in _books_type_0:
                    books_type_0_item = ArbitrageBookIn.from_dict(books_type_0_item_data)

                    books_type_0.append(books_type_0_item)

                return books_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ArbitrageBookIn] | None | Unset, data)

        books = _parse_books(d.pop("books", UNSET))

        def _parse_triangular(data: object) -> ArbitrageTriangularIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triangular_type_0 = ArbitrageTriangularIn.from_dict(data)

                return triangular_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArbitrageTriangularIn | None | Unset, data)

        triangular = _parse_triangular(d.pop("triangular", UNSET))

        arbitrage_in = cls(
            symbols=symbols,
            exchanges=exchanges,
            fees=fees,
            withdrawal_fee=withdrawal_fee,
            withdrawal_fees=withdrawal_fees,
            max_notional=max_notional,
            max_size=max_size,
            min_profit_quote=min_profit_quote,
            include_unprofitable=include_unprofitable,
            depth=depth,
            books=books,
            triangular=triangular,
        )

        arbitrage_in.additional_properties = d
        return arbitrage_in

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
