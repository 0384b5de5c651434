from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopicStatus")


@_attrs_define
class TopicStatus:
    """
    Attributes:
        name (str):
        channel (str):
        exchange (str):
        symbol (str):
        timeframe (None | str):
        role (str): leader (holds the upstream), follower (relays), or derived
        state (str):
        subscribers (int):
        seq (int):
        upstream_starts (int):
        bus_dropped (int): Messages a leader dropped because the bus lagged
    """

    name: str
    channel: str
    exchange: str
    symbol: str
    timeframe: None | str
    role: str
    state: str
    subscribers: int
    seq: int
    upstream_starts: int
    bus_dropped: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel = self.channel

        exchange = self.exchange

        symbol = self.symbol

        timeframe: None | str
        timeframe = self.timeframe

        role = self.role

        state = self.state

        subscribers = self.subscribers

        seq = self.seq

        upstream_starts = self.upstream_starts

        bus_dropped = self.bus_dropped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "channel": channel,
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "role": role,
                "state": state,
                "subscribers": subscribers,
                "seq": seq,
                "upstream_starts": upstream_starts,
                "bus_dropped": bus_dropped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        channel = d.pop("channel")

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        def _parse_timeframe(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timeframe = _parse_timeframe(d.pop("timeframe"))

        role = d.pop("role")

        state = d.pop("state")

        subscribers = d.pop("subscribers")

        seq = d.pop("seq")

        upstream_starts = d.pop("upstream_starts")

        bus_dropped = d.pop("bus_dropped")

        topic_status = cls(
            name=name,
            channel=channel,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            role=role,
            state=state,
            subscribers=subscribers,
            seq=seq,
            upstream_starts=upstream_starts,
            bus_dropped=bus_dropped,
        )

        topic_status.additional_properties = d
        return topic_status

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
