from typing import Literal

RunReportStoppedBy = Literal["budget_reached", "cancelled", "failures", "n_trials", "timeout"]

RUN_REPORT_STOPPED_BY_VALUES: set[RunReportStoppedBy] = {
    "budget_reached",
    "cancelled",
    "failures",
    "n_trials",
    "timeout",
}


def check_run_report_stopped_by(value: str) -> RunReportStoppedBy:
    if value in RUN_REPORT_STOPPED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_REPORT_STOPPED_BY_VALUES!r}")
