from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rl_predict_out_action import RLPredictOutAction, check_rl_predict_out_action
from ..models.rl_predict_out_policy_action import RLPredictOutPolicyAction, check_rl_predict_out_policy_action
from ..models.rl_predict_out_side import RLPredictOutSide, check_rl_predict_out_side
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rl_predict_out_probabilities import RLPredictOutProbabilities


T = TypeVar("T", bound="RLPredictOut")


@_attrs_define
class RLPredictOut:
    """
    Attributes:
        model_id (str):
        symbol (None | str):
        time (datetime.datetime): Open time of the last bar the decision used
        price (float): Close of that bar
        policy_action (RLPredictOutPolicyAction): The agent's choice
        action (RLPredictOutAction): hold when the confidence is below the floor
        side (RLPredictOutSide):
        target_exposure (float): Signed leverage the agent wants (0 if held)
        leverage (float):
        confidence (float): PPO/A2C: the policy's probability of the action; DQN: softmax of the mean-centred Q-values;
            ensemble: the vote share
        min_confidence (float):
        gated (bool): True when the confidence was below min_confidence
        probabilities (RLPredictOutProbabilities): Per action (flat, long_2x, short_1x…)
        stop_loss (float | None): price ∓ stop_atr_k × ATR; null when flat
        signal_id (int | None | Unset):
    """

    model_id: str
    symbol: None | str
    time: datetime.datetime
    price: float
    policy_action: RLPredictOutPolicyAction
    action: RLPredictOutAction
    side: RLPredictOutSide
    target_exposure: float
    leverage: float
    confidence: float
    min_confidence: float
    gated: bool
    probabilities: RLPredictOutProbabilities
    stop_loss: float | None
    signal_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        symbol: None | str
        symbol = self.symbol

        time = self.time.isoformat()

        price = self.price

        policy_action: str = self.policy_action

        action: str = self.action

        side: str = self.side

        target_exposure = self.target_exposure

        leverage = self.leverage

        confidence = self.confidence

        min_confidence = self.min_confidence

        gated = self.gated

        probabilities = self.probabilities.to_dict()

        stop_loss: float | None
        stop_loss = self.stop_loss

        signal_id: int | None | Unset
        if isinstance(self.signal_id, Unset):
            signal_id = UNSET
        else:
            signal_id = self.signal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "symbol": symbol,
                "time": time,
                "price": price,
                "policy_action": policy_action,
                "action": action,
                "side": side,
                "target_exposure": target_exposure,
                "leverage": leverage,
                "confidence": confidence,
                "min_confidence": min_confidence,
                "gated": gated,
                "probabilities": probabilities,
                "stop_loss": stop_loss,
            }
        )
        if signal_id is not UNSET:
            field_dict["signal_id"] = signal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_predict_out_probabilities import RLPredictOutProbabilities  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("symbol"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        price = d.pop("price")

        policy_action = check_rl_predict_out_policy_action(d.pop("policy_action"))

        action = check_rl_predict_out_action(d.pop("action"))

        side = check_rl_predict_out_side(d.pop("side"))

        target_exposure = d.pop("target_exposure")

        leverage = d.pop("leverage")

        confidence = d.pop("confidence")

        min_confidence = d.pop("min_confidence")

        gated = d.pop("gated")

        probabilities = RLPredictOutProbabilities.from_dict(d.pop("probabilities"))

        def _parse_stop_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss"))

        def _parse_signal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        signal_id = _parse_signal_id(d.pop("signal_id", UNSET))

        rl_predict_out = cls(
            model_id=model_id,
            symbol=symbol,
            time=time,
            price=price,
            policy_action=policy_action,
            action=action,
            side=side,
            target_exposure=target_exposure,
            leverage=leverage,
            confidence=confidence,
            min_confidence=min_confidence,
            gated=gated,
            probabilities=probabilities,
            stop_loss=stop_loss,
            signal_id=signal_id,
        )

        rl_predict_out.additional_properties = d
        return rl_predict_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
