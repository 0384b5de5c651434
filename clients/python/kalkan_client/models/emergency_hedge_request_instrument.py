from typing import Literal

EmergencyHedgeRequestInstrument = Literal["perpetual", "spot"]

EMERGENCY_HEDGE_REQUEST_INSTRUMENT_VALUES: set[EmergencyHedgeRequestInstrument] = {
    "perpetual",
    "spot",
}


def check_emergency_hedge_request_instrument(value: str) -> EmergencyHedgeRequestInstrument:
    if value in EMERGENCY_HEDGE_REQUEST_INSTRUMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_HEDGE_REQUEST_INSTRUMENT_VALUES!r}")
