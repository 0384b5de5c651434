from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arbitrage_out_source_type_0 import ArbitrageOutSourceType0, check_arbitrage_out_source_type_0

if TYPE_CHECKING:
    from ..models.arbitrage_book_error import ArbitrageBookError
    from ..models.arbitrage_book_used import ArbitrageBookUsed
    from ..models.arbitrage_out_fees import ArbitrageOutFees
    from ..models.cross_exchange_opportunity import CrossExchangeOpportunity
    from ..models.triangular_out import TriangularOut


T = TypeVar("T", bound="ArbitrageOut")


@_attrs_define
class ArbitrageOut:
    """
    Attributes:
        source (ArbitrageOutSourceType0 | Literal['request']): Where the books came from; `request` for explicit books
        opportunities (list[CrossExchangeOpportunity]): Best net profit first
        triangular (list[TriangularOut] | None): Both directions, best first
        books (list[ArbitrageBookUsed]):
        fees (ArbitrageOutFees): Taker fee used per exchange
        errors (list[ArbitrageBookError]): Books that could not be fetched
    """

    source: ArbitrageOutSourceType0 | Literal["request"]
    opportunities: list[CrossExchangeOpportunity]
    triangular: list[TriangularOut] | None
    books: list[ArbitrageBookUsed]
    fees: ArbitrageOutFees
    errors: list[ArbitrageBookError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: Literal["request"] | str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        opportunities = []
        for opportunities_item_data in self.opportunities:
            opportunities_item = opportunities_item_data.to_dict()
            opportunities.append(opportunities_item)

        triangular: list[dict[str, Any]] | None
        if isinstance(self.triangular, list):
            triangular = []
            for triangular_type_0_item_data in self.triangular:
                triangular_type_0_item = triangular_type_0_item_data.to_dict()
                triangular.append(triangular_type_0_item)

        else:
            triangular = self.triangular

        books = []
        for books_item_data in self.books:
            books_item = books_item_data.to_dict()
            books.append(books_item)

        fees = self.fees.to_dict()

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "opportunities": opportunities,
                "triangular": triangular,
                "books": books,
                "fees": fees,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arbitrage_book_error import ArbitrageBookError  # noqa: PLC0415
        from ..models.arbitrage_book_used import ArbitrageBookUsed  # noqa: PLC0415
        from ..models.arbitrage_out_fees import ArbitrageOutFees  # noqa: PLC0415
        from ..models.cross_exchange_opportunity import CrossExchangeOpportunity  # noqa: PLC0415
        from ..models.triangular_out import TriangularOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> ArbitrageOutSourceType0 | Literal["request"]:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_arbitrage_out_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            source_type_1 = cast(Literal["request"], data)
            if source_type_1 != "request":
                raise ValueError(f"source_type_1 must match const 'request', got '{source_type_1}'")
            return source_type_1

        source = _parse_source(d.pop("source"))

        opportunities = []
        _opportunities = d.pop("opportunities")
        for opportunities_item_data in _opportunities:
            opportunities_item = CrossExchangeOpportunity.from_dict(opportunities_item_data)

            opportunities.append(opportunities_item)

        def _parse_triangular(data: object) -> list[TriangularOut] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                triangular_type_0 = []
                _triangular_type_0 = data
                for triangular_type_0_item_data in _triangular_type_0:
                    triangular_type_0_item = TriangularOut.from_dict(triangular_type_0_item_data)

                    triangular_type_0.append(triangular_type_0_item)

                return triangular_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TriangularOut] | None, data)

        triangular = _parse_triangular(d.pop("triangular"))

        books = []
        _books = d.pop("books")
        for books_item_data in _books:
            books_item = ArbitrageBookUsed.from_dict(books_item_data)

            books.append(books_item)

        fees = ArbitrageOutFees.from_dict(d.pop("fees"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ArbitrageBookError.from_dict(errors_item_data)

            errors.append(errors_item)

        arbitrage_out = cls(
            source=source,
            opportunities=opportunities,
            triangular=triangular,
            books=books,
            fees=fees,
            errors=errors,
        )

        arbitrage_out.additional_properties = d
        return arbitrage_out

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
