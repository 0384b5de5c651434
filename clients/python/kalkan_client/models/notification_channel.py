from typing import Literal

NotificationChannel = Literal["email", "telegram", "webhook"]

NOTIFICATION_CHANNEL_VALUES: set[NotificationChannel] = {
    "email",
    "telegram",
    "webhook",
}


def check_notification_channel(value: str) -> NotificationChannel:
    if value in NOTIFICATION_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_CHANNEL_VALUES!r}")
