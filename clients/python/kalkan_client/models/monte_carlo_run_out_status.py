from typing import Literal

MonteCarloRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

MONTE_CARLO_RUN_OUT_STATUS_VALUES: set[MonteCarloRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_monte_carlo_run_out_status(value: str) -> MonteCarloRunOutStatus:
    if value in MONTE_CARLO_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONTE_CARLO_RUN_OUT_STATUS_VALUES!r}")
