from typing import Literal

TradeExitReason = Literal["end_of_data", "liquidation", "signal", "stop_loss", "take_profit", "trailing_stop"]

TRADE_EXIT_REASON_VALUES: set[TradeExitReason] = {
    "end_of_data",
    "liquidation",
    "signal",
    "stop_loss",
    "take_profit",
    "trailing_stop",
}


def check_trade_exit_reason(value: str) -> TradeExitReason:
    if value in TRADE_EXIT_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_EXIT_REASON_VALUES!r}")
