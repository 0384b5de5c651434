from typing import Literal

NotificationTargetKind = Literal["email", "telegram", "webhook"]

NOTIFICATION_TARGET_KIND_VALUES: set[NotificationTargetKind] = {
    "email",
    "telegram",
    "webhook",
}


def check_notification_target_kind(value: str) -> NotificationTargetKind:
    if value in NOTIFICATION_TARGET_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_TARGET_KIND_VALUES!r}")
