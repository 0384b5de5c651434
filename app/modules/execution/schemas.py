"""HTTP models of the execution module (the order DTOs live in ``specs``)."""

from __future__ import annotations

from app.core.pagination import Page
from app.modules.execution.specs import ExecutionAlgoOut, ExecutionOrderOut


class ExecutionOrdersPage(Page[ExecutionOrderOut]):
    """A page of the caller's orders, newest first."""


class ExecutionAlgosPage(Page[ExecutionAlgoOut]):
    """A page of the caller's algorithms, newest first."""
