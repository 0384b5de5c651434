from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_signal_side import NewsSignalSide, check_news_signal_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsSignal")


@_attrs_define
class NewsSignal:
    """
    Attributes:
        symbol (str):
        side (NewsSignalSide):
        confidence (float): Decay/source-weighted probability of the direction
        score (float): Weighted mean of P(bullish) − P(bearish), in [-1, 1]
        items (int):
        price (float | None):
        stop_loss (float | None):
        atr (float | None):
        reason (str):
        saved_signal_id (int | None | Unset):
    """

    symbol: str
    side: NewsSignalSide
    confidence: float
    score: float
    items: int
    price: float | None
    stop_loss: float | None
    atr: float | None
    reason: str
    saved_signal_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        confidence = self.confidence

        score = self.score

        items = self.items

        price: float | None
        price = self.price

        stop_loss: float | None
        stop_loss = self.stop_loss

        atr: float | None
        atr = self.atr

        reason = self.reason

        saved_signal_id: int | None | Unset
        if isinstance(self.saved_signal_id, Unset):
            saved_signal_id = UNSET
        else:
            saved_signal_id = self.saved_signal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "confidence": confidence,
                "score": score,
                "items": items,
                "price": price,
                "stop_loss": stop_loss,
                "atr": atr,
                "reason": reason,
            }
        )
        if saved_signal_id is not UNSET:
            field_dict["saved_signal_id"] = saved_signal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_news_signal_side(d.pop("side"))

        confidence = d.pop("confidence")

        score = d.pop("score")

        items = d.pop("items")

        def _parse_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        price = _parse_price(d.pop("price"))

        def _parse_stop_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss"))

        def _parse_atr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        atr = _parse_atr(d.pop("atr"))

        reason = d.pop("reason")

        def _parse_saved_signal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        saved_signal_id = _parse_saved_signal_id(d.pop("saved_signal_id", UNSET))

        news_signal = cls(
            symbol=symbol,
            side=side,
            confidence=confidence,
            score=score,
            items=items,
            price=price,
            stop_loss=stop_loss,
            atr=atr,
            reason=reason,
            saved_signal_id=saved_signal_id,
        )

        news_signal.additional_properties = d
        return news_signal

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
