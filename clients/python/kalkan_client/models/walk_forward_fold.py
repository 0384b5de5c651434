from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.walk_forward_fold_best_params import WalkForwardFoldBestParams


T = TypeVar("T", bound="WalkForwardFold")


@_attrs_define
class WalkForwardFold:
    """
    Attributes:
        fold (int):
        in_sample_start (datetime.datetime):
        in_sample_end (datetime.datetime): Exclusive
        out_of_sample_start (datetime.datetime):
        out_of_sample_end (datetime.datetime): Exclusive
        best_params (WalkForwardFoldBestParams):
        in_sample_score (float | None):
        in_sample_cagr (float | None):
        out_of_sample_cagr (float | None):
        out_of_sample_return (float):
        out_of_sample_sharpe (float | None):
        out_of_sample_trades (int):
    """

    fold: int
    in_sample_start: datetime.datetime
    in_sample_end: datetime.datetime
    out_of_sample_start: datetime.datetime
    out_of_sample_end: datetime.datetime
    best_params: WalkForwardFoldBestParams
    in_sample_score: float | None
    in_sample_cagr: float | None
    out_of_sample_cagr: float | None
    out_of_sample_return: float
    out_of_sample_sharpe: float | None
    out_of_sample_trades: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fold = self.fold

        in_sample_start = self.in_sample_start.isoformat()

        in_sample_end = self.in_sample_end.isoformat()

        out_of_sample_start = self.out_of_sample_start.isoformat()

        out_of_sample_end = self.out_of_sample_end.isoformat()

        best_params = self.best_params.to_dict()

        in_sample_score: float | None
        in_sample_score = self.in_sample_score

        in_sample_cagr: float | None
        in_sample_cagr = self.in_sample_cagr

        out_of_sample_cagr: float | None
        out_of_sample_cagr = self.out_of_sample_cagr

        out_of_sample_return = self.out_of_sample_return

        out_of_sample_sharpe: float | None
        out_of_sample_sharpe = self.out_of_sample_sharpe

        out_of_sample_trades = self.out_of_sample_trades

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fold": fold,
                "in_sample_start": in_sample_start,
                "in_sample_end": in_sample_end,
                "out_of_sample_start": out_of_sample_start,
                "out_of_sample_end": out_of_sample_end,
                "best_params": best_params,
                "in_sample_score": in_sample_score,
                "in_sample_cagr": in_sample_cagr,
                "out_of_sample_cagr": out_of_sample_cagr,
                "out_of_sample_return": out_of_sample_return,
                "out_of_sample_sharpe": out_of_sample_sharpe,
                "out_of_sample_trades": out_of_sample_trades,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.walk_forward_fold_best_params import WalkForwardFoldBestParams  # noqa: PLC0415

        d = dict(src_dict)
        fold = d.pop("fold")

        in_sample_start = datetime.datetime.fromisoformat(d.pop("in_sample_start"))

        in_sample_end = datetime.datetime.fromisoformat(d.pop("in_sample_end"))

        out_of_sample_start = datetime.datetime.fromisoformat(d.pop("out_of_sample_start"))

        out_of_sample_end = datetime.datetime.fromisoformat(d.pop("out_of_sample_end"))

        best_params = WalkForwardFoldBestParams.from_dict(d.pop("best_params"))

        def _parse_in_sample_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        in_sample_score = _parse_in_sample_score(d.pop("in_sample_score"))

        def _parse_in_sample_cagr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        in_sample_cagr = _parse_in_sample_cagr(d.pop("in_sample_cagr"))

        def _parse_out_of_sample_cagr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        out_of_sample_cagr = _parse_out_of_sample_cagr(d.pop("out_of_sample_cagr"))

        out_of_sample_return = d.pop("out_of_sample_return")

        def _parse_out_of_sample_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        out_of_sample_sharpe = _parse_out_of_sample_sharpe(d.pop("out_of_sample_sharpe"))

        out_of_sample_trades = d.pop("out_of_sample_trades")

        walk_forward_fold = cls(
            fold=fold,
            in_sample_start=in_sample_start,
            in_sample_end=in_sample_end,
            out_of_sample_start=out_of_sample_start,
            out_of_sample_end=out_of_sample_end,
            best_params=best_params,
            in_sample_score=in_sample_score,
            in_sample_cagr=in_sample_cagr,
            out_of_sample_cagr=out_of_sample_cagr,
            out_of_sample_return=out_of_sample_return,
            out_of_sample_sharpe=out_of_sample_sharpe,
            out_of_sample_trades=out_of_sample_trades,
        )

        walk_forward_fold.additional_properties = d
        return walk_forward_fold

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
