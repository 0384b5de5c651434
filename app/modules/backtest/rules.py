"""The white-hat rules for a backtest spec, checked through ``app.core.policy``: a stop-loss on
every position and leverage within the cap. Called by the service before a run is queued (with
the spec's place in the request) and by the pipeline for callers of ``public``."""

from __future__ import annotations

from app.core import policy
from app.core.errors import PolicyViolation, field_error
from app.modules.backtest.specs import BacktestSpec


def check_spec_policy(spec: BacktestSpec, prefix: str = "body") -> None:
    """Raises ``PolicyViolation`` naming the rule and the field (``{prefix}.stop_loss``)."""
    if spec.stop_loss is None:
        field = f"{prefix}.stop_loss"
        detail = (
            f"{field}: stop-loss required (white-hat rule {policy.RULE_STOP_LOSS}); "
            "set stop_loss to fixed_pct, atr or trailing"
        )
        raise PolicyViolation(
            policy.RULE_STOP_LOSS, detail, errors=[field_error(field, detail, "policy")]
        )
    field = f"{prefix}.leverage"
    try:
        policy.check_leverage(spec.leverage, field=field)
    except PolicyViolation as exc:  # the rule's own problem, with the field it concerns
        exc.errors = [field_error(field, exc.detail or exc.title, "policy")]
        exc.detail = f"{exc.detail} (white-hat rule {policy.RULE_LEVERAGE})"
        raise
