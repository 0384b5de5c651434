from typing import Literal

RunSummaryKind = Literal["montecarlo", "optimize", "run", "walkforward"]

RUN_SUMMARY_KIND_VALUES: set[RunSummaryKind] = {
    "montecarlo",
    "optimize",
    "run",
    "walkforward",
}


def check_run_summary_kind(value: str) -> RunSummaryKind:
    if value in RUN_SUMMARY_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_SUMMARY_KIND_VALUES!r}")
