from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiAgentSpec")


@_attrs_define
class MultiAgentSpec:
    """Train several agents together in one market whose price their net orders move
    (``multiagent.SharedMarketEnv``), with one shared policy (parameter sharing).

        Attributes:
            agents (int | Unset):  Default: 2.
            impact (float | Unset): Price move per unit of net notional ÷ equity Default: 0.01.
    """

    agents: int | Unset = 2
    impact: float | Unset = 0.01

    def to_dict(self) -> dict[str, Any]:
        agents = self.agents

        impact = self.impact

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agents is not UNSET:
            field_dict["agents"] = agents
        if impact is not UNSET:
            field_dict["impact"] = impact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agents = d.pop("agents", UNSET)

        impact = d.pop("impact", UNSET)

        multi_agent_spec = cls(
            agents=agents,
            impact=impact,
        )

        return multi_agent_spec
