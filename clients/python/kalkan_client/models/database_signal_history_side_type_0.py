from typing import Literal

DatabaseSignalHistorySideType0 = Literal["BUY", "HOLD", "SELL"]

DATABASE_SIGNAL_HISTORY_SIDE_TYPE_0_VALUES: set[DatabaseSignalHistorySideType0] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_database_signal_history_side_type_0(value: str) -> DatabaseSignalHistorySideType0:
    if value in DATABASE_SIGNAL_HISTORY_SIDE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATABASE_SIGNAL_HISTORY_SIDE_TYPE_0_VALUES!r}")
