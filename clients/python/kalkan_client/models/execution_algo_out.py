from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_algo_out_benchmark_type_0 import (
    ExecutionAlgoOutBenchmarkType0,
    check_execution_algo_out_benchmark_type_0,
)
from ..models.execution_algo_out_kind import ExecutionAlgoOutKind, check_execution_algo_out_kind
from ..models.execution_algo_out_side import ExecutionAlgoOutSide, check_execution_algo_out_side
from ..models.execution_algo_out_status import ExecutionAlgoOutStatus, check_execution_algo_out_status

if TYPE_CHECKING:
    from ..models.execution_algo_out_params import ExecutionAlgoOutParams
    from ..models.execution_algo_out_report_type_0 import ExecutionAlgoOutReportType0


T = TypeVar("T", bound="ExecutionAlgoOut")


@_attrs_define
class ExecutionAlgoOut:
    """An algorithm's progress, benchmarks and (when it ends) its execution report.

    Attributes:
        id (str):
        kind (ExecutionAlgoOutKind):
        status (ExecutionAlgoOutStatus):
        job_id (None | str):
        symbol (str):
        exchange (None | str):
        side (ExecutionAlgoOutSide):
        quantity (float):
        filled_quantity (float):
        filled_pct (float):
        average_price (float | None):
        fees (float):
        arrival_price (float | None):
        benchmark (ExecutionAlgoOutBenchmarkType0 | None): Interval benchmark: tape VWAP when trades were seen, else
            TWAP of mids
        benchmark_price (float | None):
        slippage_vs_arrival_bps (float | None):
        slippage_vs_benchmark_bps (float | None):
        slices_planned (int | None):
        plan (list[list[float]] | None): Planned slices: (seconds after the start, base quantity)
        slices_done (int):
        children (int):
        max_visible (float | None): Iceberg: the largest child ever shown
        resumes (int): Times it resumed after a process restart
        error (None | str):
        params (ExecutionAlgoOutParams):
        report (ExecutionAlgoOutReportType0 | None):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        updated_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: str
    kind: ExecutionAlgoOutKind
    status: ExecutionAlgoOutStatus
    job_id: None | str
    symbol: str
    exchange: None | str
    side: ExecutionAlgoOutSide
    quantity: float
    filled_quantity: float
    filled_pct: float
    average_price: float | None
    fees: float
    arrival_price: float | None
    benchmark: ExecutionAlgoOutBenchmarkType0 | None
    benchmark_price: float | None
    slippage_vs_arrival_bps: float | None
    slippage_vs_benchmark_bps: float | None
    slices_planned: int | None
    plan: list[list[float]] | None
    slices_done: int
    children: int
    max_visible: float | None
    resumes: int
    error: None | str
    params: ExecutionAlgoOutParams
    report: ExecutionAlgoOutReportType0 | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.execution_algo_out_report_type_0 import ExecutionAlgoOutReportType0  # noqa: PLC0415

        id = self.id

        kind: str = self.kind

        status: str = self.status

        job_id: None | str
        job_id = self.job_id

        symbol = self.symbol

        exchange: None | str
        exchange = self.exchange

        side: str = self.side

        quantity = self.quantity

        filled_quantity = self.filled_quantity

        filled_pct = self.filled_pct

        average_price: float | None
        average_price = self.average_price

        fees = self.fees

        arrival_price: float | None
        arrival_price = self.arrival_price

        benchmark: None | str
        if isinstance(self.benchmark, str):
            benchmark = self.benchmark
        else:
            benchmark = self.benchmark

        benchmark_price: float | None
        benchmark_price = self.benchmark_price

        slippage_vs_arrival_bps: float | None
        slippage_vs_arrival_bps = self.slippage_vs_arrival_bps

        slippage_vs_benchmark_bps: float | None
        slippage_vs_benchmark_bps = self.slippage_vs_benchmark_bps

        slices_planned: int | None
        slices_planned = self.slices_planned

        plan: list[list[float]] | None
        if isinstance(self.plan, list):
            plan = []
            for plan_type_0_item_data in self.plan:
                plan_type_0_item = []
                for plan_type_0_item_item_data in plan_type_0_item_data:
                    plan_type_0_item_item: float
                    plan_type_0_item_item = plan_type_0_item_item_data
                    plan_type_0_item.append(plan_type_0_item_item)

                plan.append(plan_type_0_item)

        else:
            plan = self.plan

        slices_done = self.slices_done

        children = self.children

        max_visible: float | None
        max_visible = self.max_visible

        resumes = self.resumes

        error: None | str
        error = self.error

        params = self.params.to_dict()

        report: dict[str, Any] | None
        if isinstance(self.report, ExecutionAlgoOutReportType0):
            report = self.report.to_dict()
        else:
            report = self.report

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "status": status,
                "job_id": job_id,
                "symbol": symbol,
                "exchange": exchange,
                "side": side,
                "quantity": quantity,
                "filled_quantity": filled_quantity,
                "filled_pct": filled_pct,
                "average_price": average_price,
                "fees": fees,
                "arrival_price": arrival_price,
                "benchmark": benchmark,
                "benchmark_price": benchmark_price,
                "slippage_vs_arrival_bps": slippage_vs_arrival_bps,
                "slippage_vs_benchmark_bps": slippage_vs_benchmark_bps,
                "slices_planned": slices_planned,
                "plan": plan,
                "slices_done": slices_done,
                "children": children,
                "max_visible": max_visible,
                "resumes": resumes,
                "error": error,
                "params": params,
                "report": report,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_algo_out_params import ExecutionAlgoOutParams  # noqa: PLC0415
        from ..models.execution_algo_out_report_type_0 import ExecutionAlgoOutReportType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = check_execution_algo_out_kind(d.pop("kind"))

        status = check_execution_algo_out_status(d.pop("status"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("job_id"))

        symbol = d.pop("symbol")

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        side = check_execution_algo_out_side(d.pop("side"))

        quantity = d.pop("quantity")

        filled_quantity = d.pop("filled_quantity")

        filled_pct = d.pop("filled_pct")

        def _parse_average_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_price = _parse_average_price(d.pop("average_price"))

        fees = d.pop("fees")

        def _parse_arrival_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        arrival_price = _parse_arrival_price(d.pop("arrival_price"))

        def _parse_benchmark(data: object) -> ExecutionAlgoOutBenchmarkType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benchmark_type_0 = check_execution_algo_out_benchmark_type_0(data)

                return benchmark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionAlgoOutBenchmarkType0 | None, data)

        benchmark = _parse_benchmark(d.pop("benchmark"))

        def _parse_benchmark_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        benchmark_price = _parse_benchmark_price(d.pop("benchmark_price"))

        def _parse_slippage_vs_arrival_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        slippage_vs_arrival_bps = _parse_slippage_vs_arrival_bps(d.pop("slippage_vs_arrival_bps"))

        def _parse_slippage_vs_benchmark_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        slippage_vs_benchmark_bps = _parse_slippage_vs_benchmark_bps(d.pop("slippage_vs_benchmark_bps"))

        def _parse_slices_planned(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        slices_planned = _parse_slices_planned(d.pop("slices_planned"))

        def _parse_plan(data: object) -> list[list[float]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plan_type_0 = []
                _plan_type_0 = data
                for plan_type_0_item_data in _plan_type_0:
                    plan_type_0_item = []
                    _plan_type_0_item = plan_type_0_item_data
                    for plan_type_0_item_item_data in _plan_type_0_item:

                        def _parse_plan_type_0_item_item(data: object) -> float:
                            return cast(float, data)

                        plan_type_0_item_item = _parse_plan_type_0_item_item(plan_type_0_item_item_data)

                        plan_type_0_item.append(plan_type_0_item_item)

                    plan_type_0.append(plan_type_0_item)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[float]] | None, data)

        plan = _parse_plan(d.pop("plan"))

        slices_done = d.pop("slices_done")

        children = d.pop("children")

        def _parse_max_visible(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_visible = _parse_max_visible(d.pop("max_visible"))

        resumes = d.pop("resumes")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        params = ExecutionAlgoOutParams.from_dict(d.pop("params"))

        def _parse_report(data: object) -> ExecutionAlgoOutReportType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ExecutionAlgoOutReportType0.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionAlgoOutReportType0 | None, data)

        report = _parse_report(d.pop("report"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        execution_algo_out = cls(
            id=id,
            kind=kind,
            status=status,
            job_id=job_id,
            symbol=symbol,
            exchange=exchange,
            side=side,
            quantity=quantity,
            filled_quantity=filled_quantity,
            filled_pct=filled_pct,
            average_price=average_price,
            fees=fees,
            arrival_price=arrival_price,
            benchmark=benchmark,
            benchmark_price=benchmark_price,
            slippage_vs_arrival_bps=slippage_vs_arrival_bps,
            slippage_vs_benchmark_bps=slippage_vs_benchmark_bps,
            slices_planned=slices_planned,
            plan=plan,
            slices_done=slices_done,
            children=children,
            max_visible=max_visible,
            resumes=resumes,
            error=error,
            params=params,
            report=report,
            created_at=created_at,
            updated_at=updated_at,
        )

        execution_algo_out.additional_properties = d
        return execution_algo_out

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
