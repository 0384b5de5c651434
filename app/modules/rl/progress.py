"""Progress of training in a pool process: core's ``SharedProgress`` plus a status line
(timesteps and the recent mean reward), written to the same manager-backed dict."""

from __future__ import annotations

from app.core.procwork import SharedProgress


class TrainingProgress(SharedProgress):
    def note(self, message: str) -> None:
        self.state["message"] = message

    @property
    def message(self) -> str | None:
        value = self.state.get("message")
        return None if value is None else str(value)
