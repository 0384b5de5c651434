from typing import Literal

CrashRule = Literal[
    "depth_collapse",
    "dislocation",
    "drawdown",
    "range_spike",
    "return_zscore",
    "severe_drawdown",
    "spread_spike",
    "volume_spike",
]

CRASH_RULE_VALUES: set[CrashRule] = {
    "depth_collapse",
    "dislocation",
    "drawdown",
    "range_spike",
    "return_zscore",
    "severe_drawdown",
    "spread_spike",
    "volume_spike",
}


def check_crash_rule(value: str) -> CrashRule:
    if value in CRASH_RULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRASH_RULE_VALUES!r}")
