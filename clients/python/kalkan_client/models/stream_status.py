from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topic_status import TopicStatus


T = TypeVar("T", bound="StreamStatus")


@_attrs_define
class StreamStatus:
    """
    Attributes:
        source (None | str):
        exchanges (list[str]):
        node (str):
        clients (int):
        messages_sent (int):
        dropped (int):
        conflated (int):
        snapshots_resent (int):
        topics (list[TopicStatus]):
    """

    source: None | str
    exchanges: list[str]
    node: str
    clients: int
    messages_sent: int
    dropped: int
    conflated: int
    snapshots_resent: int
    topics: list[TopicStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: None | str
        source = self.source

        exchanges = self.exchanges

        node = self.node

        clients = self.clients

        messages_sent = self.messages_sent

        dropped = self.dropped

        conflated = self.conflated

        snapshots_resent = self.snapshots_resent

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "exchanges": exchanges,
                "node": node,
                "clients": clients,
                "messages_sent": messages_sent,
                "dropped": dropped,
                "conflated": conflated,
                "snapshots_resent": snapshots_resent,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_status import TopicStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        exchanges = cast(list[str], d.pop("exchanges"))

        node = d.pop("node")

        clients = d.pop("clients")

        messages_sent = d.pop("messages_sent")

        dropped = d.pop("dropped")

        conflated = d.pop("conflated")

        snapshots_resent = d.pop("snapshots_resent")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = TopicStatus.from_dict(topics_item_data)

            topics.append(topics_item)

        stream_status = cls(
            source=source,
            exchanges=exchanges,
            node=node,
            clients=clients,
            messages_sent=messages_sent,
            dropped=dropped,
            conflated=conflated,
            snapshots_resent=snapshots_resent,
            topics=topics,
        )

        stream_status.additional_properties = d
        return stream_status

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
