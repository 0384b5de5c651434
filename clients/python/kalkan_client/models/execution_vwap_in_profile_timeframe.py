from typing import Literal

ExecutionVwapInProfileTimeframe = Literal["15m", "1h", "1m", "5m"]

EXECUTION_VWAP_IN_PROFILE_TIMEFRAME_VALUES: set[ExecutionVwapInProfileTimeframe] = {
    "15m",
    "1h",
    "1m",
    "5m",
}


def check_execution_vwap_in_profile_timeframe(value: str) -> ExecutionVwapInProfileTimeframe:
    if value in EXECUTION_VWAP_IN_PROFILE_TIMEFRAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_VWAP_IN_PROFILE_TIMEFRAME_VALUES!r}")
