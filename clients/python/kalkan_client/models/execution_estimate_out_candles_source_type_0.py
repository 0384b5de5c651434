from typing import Literal

ExecutionEstimateOutCandlesSourceType0 = Literal["db", "exchange"]

EXECUTION_ESTIMATE_OUT_CANDLES_SOURCE_TYPE_0_VALUES: set[ExecutionEstimateOutCandlesSourceType0] = {
    "db",
    "exchange",
}


def check_execution_estimate_out_candles_source_type_0(value: str) -> ExecutionEstimateOutCandlesSourceType0:
    if value in EXECUTION_ESTIMATE_OUT_CANDLES_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXECUTION_ESTIMATE_OUT_CANDLES_SOURCE_TYPE_0_VALUES!r}"
    )
