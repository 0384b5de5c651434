from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_monte_carlo_run_out_status import (
    BacktestMonteCarloRunOutStatus,
    check_backtest_monte_carlo_run_out_status,
)
from ..models.backtest_monte_carlo_run_out_view import (
    BacktestMonteCarloRunOutView,
    check_backtest_monte_carlo_run_out_view,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backtest_monte_carlo_run_out_request import BacktestMonteCarloRunOutRequest
    from ..models.backtest_monte_carlo_run_out_summary_type_0 import BacktestMonteCarloRunOutSummaryType0
    from ..models.monte_carlo_result import MonteCarloResult


T = TypeVar("T", bound="BacktestMonteCarloRunOut")


@_attrs_define
class BacktestMonteCarloRunOut:
    """
    Attributes:
        id (str):
        status (BacktestMonteCarloRunOutStatus):
        progress (float):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        kind (Literal['montecarlo'] | Unset):  Default: 'montecarlo'.
        message (None | str | Unset):
        error (None | str | Unset):
        job_id (None | str | Unset): Core job (GET /jobs/{id}, POST /jobs/{id}/cancel)
        parent_id (None | str | Unset): Monte Carlo: the run it resamples
        strategy (None | str | Unset):
        symbols (list[str] | Unset):
        timeframe (None | str | Unset):
        exchange (None | str | Unset): Stored candles' exchange; null inline
        summary (BacktestMonteCarloRunOutSummaryType0 | None | Unset): Headline numbers
        finished_at (datetime.datetime | None | Unset):
        request (BacktestMonteCarloRunOutRequest | Unset): The request as run; inline candles and signals omitted
        view (BacktestMonteCarloRunOutView | Unset): full: with the result (equity curve, trades, ...); summary: result
            null, the headline numbers in summary Default: 'full'.
        result (MonteCarloResult | None | Unset):
    """

    id: str
    status: BacktestMonteCarloRunOutStatus
    progress: float
    created_at: datetime.datetime
    kind: Literal["montecarlo"] | Unset = "montecarlo"
    message: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    strategy: None | str | Unset = UNSET
    symbols: list[str] | Unset = UNSET
    timeframe: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    summary: BacktestMonteCarloRunOutSummaryType0 | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    request: BacktestMonteCarloRunOutRequest | Unset = UNSET
    view: BacktestMonteCarloRunOutView | Unset = "full"
    result: MonteCarloResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.backtest_monte_carlo_run_out_summary_type_0 import BacktestMonteCarloRunOutSummaryType0  # noqa: PLC0415
        from ..models.monte_carlo_result import MonteCarloResult  # noqa: PLC0415

        id = self.id

        status: str = self.status

        progress = self.progress

        created_at = self.created_at.isoformat()

        kind = self.kind

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        strategy: None | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        else:
            strategy = self.strategy

        symbols: list[str] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = self.symbols

        timeframe: None | str | Unset
        if isinstance(self.timeframe, Unset):
            timeframe = UNSET
        else:
            timeframe = self.timeframe

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, BacktestMonteCarloRunOutSummaryType0):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, MonteCarloResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "progress": progress,
                "created_at": created_at,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if summary is not UNSET:
            field_dict["summary"] = summary
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if request is not UNSET:
            field_dict["request"] = request
        if view is not UNSET:
            field_dict["view"] = view
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backtest_monte_carlo_run_out_request import BacktestMonteCarloRunOutRequest  # noqa: PLC0415
        from ..models.backtest_monte_carlo_run_out_summary_type_0 import BacktestMonteCarloRunOutSummaryType0  # noqa: PLC0415
        from ..models.monte_carlo_result import MonteCarloResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = check_backtest_monte_carlo_run_out_status(d.pop("status"))

        progress = d.pop("progress")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        kind = cast(Literal["montecarlo"] | Unset, d.pop("kind", UNSET))
        if kind != "montecarlo" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'montecarlo', got '{kind}'")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        symbols = cast(list[str], d.pop("symbols", UNSET))

        def _parse_timeframe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timeframe = _parse_timeframe(d.pop("timeframe", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_summary(data: object) -> BacktestMonteCarloRunOutSummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = BacktestMonteCarloRunOutSummaryType0.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BacktestMonteCarloRunOutSummaryType0 | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        _request = d.pop("request", UNSET)
        request: BacktestMonteCarloRunOutRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = BacktestMonteCarloRunOutRequest.from_dict(_request)

        _view = d.pop("view", UNSET)
        view: BacktestMonteCarloRunOutView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = check_backtest_monte_carlo_run_out_view(_view)

        def _parse_result(data: object) -> MonteCarloResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = MonteCarloResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonteCarloResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        backtest_monte_carlo_run_out = cls(
            id=id,
            status=status,
            progress=progress,
            created_at=created_at,
            kind=kind,
            message=message,
            error=error,
            job_id=job_id,
            parent_id=parent_id,
            strategy=strategy,
            symbols=symbols,
            timeframe=timeframe,
            exchange=exchange,
            summary=summary,
            finished_at=finished_at,
            request=request,
            view=view,
            result=result,
        )

        backtest_monte_carlo_run_out.additional_properties = d
        return backtest_monte_carlo_run_out

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
