from typing import Literal

LargeOrderOutOutcome = Literal["cancelled", "filled", "open", "partially_filled"]

LARGE_ORDER_OUT_OUTCOME_VALUES: set[LargeOrderOutOutcome] = {
    "cancelled",
    "filled",
    "open",
    "partially_filled",
}


def check_large_order_out_outcome(value: str) -> LargeOrderOutOutcome:
    if value in LARGE_ORDER_OUT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LARGE_ORDER_OUT_OUTCOME_VALUES!r}")
