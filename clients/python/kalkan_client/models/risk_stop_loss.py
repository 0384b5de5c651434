from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskStopLoss")


@_attrs_define
class RiskStopLoss:
    """
    Attributes:
        level (float):
        basis (str):
        expected_fill (float): Average fill after walking the book
        expected_loss (float): Filled loss incl. taker fee, quote
        loss_fraction (float | None):
        slippage (float): Fill vs touch of the walked side, fraction
        levels_used (int):
        depth_filled (float):
        book_exhausted (bool):
        adjusted_for_budget (bool):
        atr (float | None):
        atr_level (float | None):
        swing_level (float | None):
        book_source (None | str):
    """

    level: float
    basis: str
    expected_fill: float
    expected_loss: float
    loss_fraction: float | None
    slippage: float
    levels_used: int
    depth_filled: float
    book_exhausted: bool
    adjusted_for_budget: bool
    atr: float | None
    atr_level: float | None
    swing_level: float | None
    book_source: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        basis = self.basis

        expected_fill = self.expected_fill

        expected_loss = self.expected_loss

        loss_fraction: float | None
        loss_fraction = self.loss_fraction

        slippage = self.slippage

        levels_used = self.levels_used

        depth_filled = self.depth_filled

        book_exhausted = self.book_exhausted

        adjusted_for_budget = self.adjusted_for_budget

        atr: float | None
        atr = self.atr

        atr_level: float | None
        atr_level = self.atr_level

        swing_level: float | None
        swing_level = self.swing_level

        book_source: None | str
        book_source = self.book_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "basis": basis,
                "expected_fill": expected_fill,
                "expected_loss": expected_loss,
                "loss_fraction": loss_fraction,
                "slippage": slippage,
                "levels_used": levels_used,
                "depth_filled": depth_filled,
                "book_exhausted": book_exhausted,
                "adjusted_for_budget": adjusted_for_budget,
                "atr": atr,
                "atr_level": atr_level,
                "swing_level": swing_level,
                "book_source": book_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")

        basis = d.pop("basis")

        expected_fill = d.pop("expected_fill")

        expected_loss = d.pop("expected_loss")

        def _parse_loss_fraction(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        loss_fraction = _parse_loss_fraction(d.pop("loss_fraction"))

        slippage = d.pop("slippage")

        levels_used = d.pop("levels_used")

        depth_filled = d.pop("depth_filled")

        book_exhausted = d.pop("book_exhausted")

        adjusted_for_budget = d.pop("adjusted_for_budget")

        def _parse_atr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        atr = _parse_atr(d.pop("atr"))

        def _parse_atr_level(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        atr_level = _parse_atr_level(d.pop("atr_level"))

        def _parse_swing_level(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        swing_level = _parse_swing_level(d.pop("swing_level"))

        def _parse_book_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        book_source = _parse_book_source(d.pop("book_source"))

        risk_stop_loss = cls(
            level=level,
            basis=basis,
            expected_fill=expected_fill,
            expected_loss=expected_loss,
            loss_fraction=loss_fraction,
            slippage=slippage,
            levels_used=levels_used,
            depth_filled=depth_filled,
            book_exhausted=book_exhausted,
            adjusted_for_budget=adjusted_for_budget,
            atr=atr,
            atr_level=atr_level,
            swing_level=swing_level,
            book_source=book_source,
        )

        risk_stop_loss.additional_properties = d
        return risk_stop_loss

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
