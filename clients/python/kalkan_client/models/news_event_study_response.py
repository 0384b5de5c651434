from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.news_event_study_row import NewsEventStudyRow


T = TypeVar("T", bound="NewsEventStudyResponse")


@_attrs_define
class NewsEventStudyResponse:
    """
    Attributes:
        symbol (str):
        exchange (str):
        timeframe (str):
        items (int):
        rows (list[NewsEventStudyRow]):
    """

    symbol: str
    exchange: str
    timeframe: str
    items: int
    rows: list[NewsEventStudyRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange = self.exchange

        timeframe = self.timeframe

        items = self.items

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "exchange": exchange,
                "timeframe": timeframe,
                "items": items,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_event_study_row import NewsEventStudyRow  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        exchange = d.pop("exchange")

        timeframe = d.pop("timeframe")

        items = d.pop("items")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = NewsEventStudyRow.from_dict(rows_item_data)

            rows.append(rows_item)

        news_event_study_response = cls(
            symbol=symbol,
            exchange=exchange,
            timeframe=timeframe,
            items=items,
            rows=rows,
        )

        news_event_study_response.additional_properties = d
        return news_event_study_response

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
