import pytest
from pydantic import ValidationError

from app.core.config import Settings
from app.core.errors import PolicyViolation
from app.core.policy import check_confidence, check_leverage, check_stop_loss


def test_configuration_may_tighten_but_never_loosen_the_rules():
    with pytest.raises(ValidationError, match="cap"):
        Settings(max_leverage=5)
    with pytest.raises(ValidationError, match="floor"):
        Settings(min_confidence=0.5)
    assert Settings(max_leverage=2, min_confidence=0.8).max_leverage == 2
    with pytest.raises(ValidationError, match="unknown modules"):
        Settings(modules_disabled="nope")


def test_policy_functions_name_their_rule():
    for call, rule in (
        (lambda: check_leverage(3.5), "max-leverage"),
        (lambda: check_leverage(0), "max-leverage"),
        (lambda: check_confidence("SELL", 0.64), "min-confidence"),
        (lambda: check_stop_loss("BUY", 100, None), "stop-loss-required"),
        (lambda: check_stop_loss("BUY", 100, 100), "stop-loss-side"),
    ):
        with pytest.raises(PolicyViolation) as caught:
            call()
        assert caught.value.extra["rule"] == rule
    check_leverage(3)
    check_confidence("HOLD", 0.0)
    check_stop_loss("SELL", 100, 101)


def test_symbol_spellings():
    from app.core.symbols import normalize_symbol, to_path_symbol

    assert normalize_symbol("btc-usdt") == "BTC/USDT" and to_path_symbol("BTC/USDT") == "BTC-USDT"
    with pytest.raises(ValueError):
        normalize_symbol("BTCUSDT")
