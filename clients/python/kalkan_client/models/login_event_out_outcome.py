from typing import Literal

LoginEventOutOutcome = Literal["disabled", "failure", "locked", "success", "throttled"]

LOGIN_EVENT_OUT_OUTCOME_VALUES: set[LoginEventOutOutcome] = {
    "disabled",
    "failure",
    "locked",
    "success",
    "throttled",
}


def check_login_event_out_outcome(value: str) -> LoginEventOutOutcome:
    if value in LOGIN_EVENT_OUT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOGIN_EVENT_OUT_OUTCOME_VALUES!r}")
