from typing import Literal

EmergencyHedgeLegSide = Literal["BUY", "SELL"]

EMERGENCY_HEDGE_LEG_SIDE_VALUES: set[EmergencyHedgeLegSide] = {
    "BUY",
    "SELL",
}


def check_emergency_hedge_leg_side(value: str) -> EmergencyHedgeLegSide:
    if value in EMERGENCY_HEDGE_LEG_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_HEDGE_LEG_SIDE_VALUES!r}")
