"""Typed access to what the emergency module keeps on ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import State

from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.errors import MonitorUnavailable
from app.modules.emergency.live import LiveMonitor

MONITOR_KEY = "emergency_monitor"
EVENT_LISTENER_KEY = "emergency_event_listener"
SETTINGS_KEY = "emergency_settings"


def monitor_on(state: State) -> LiveMonitor | None:
    monitor: LiveMonitor | None = getattr(state, MONITOR_KEY, None)
    return monitor


def settings_on(state: State) -> EmergencySettings:
    settings: EmergencySettings | None = getattr(state, SETTINGS_KEY, None)
    if settings is None:
        settings = EmergencySettings()
        setattr(state, SETTINGS_KEY, settings)
    return settings


async def get_monitor(request: Request) -> LiveMonitor | None:
    return monitor_on(request.app.state)


async def require_monitor(request: Request) -> LiveMonitor:
    monitor = monitor_on(request.app.state)
    if monitor is None:
        raise MonitorUnavailable("the live monitor is off (APP_EMERGENCY_MONITOR_ENABLED=false)")
    return monitor


async def get_settings(request: Request) -> EmergencySettings:
    return settings_on(request.app.state)


MonitorDep = Annotated[LiveMonitor | None, Depends(get_monitor)]
EmergencySettingsDep = Annotated[EmergencySettings, Depends(get_settings)]
