"""Prometheus view of the stream hubs, read at scrape time (no cost on the hot path)."""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from prometheus_client import REGISTRY
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from app.modules.streaming.hub import StreamHub

_hubs: weakref.WeakSet[StreamHub] = weakref.WeakSet()


class _HubCollector:
    def collect(self) -> Iterator[Metric]:
        clients = GaugeMetricFamily("kalkan_stream_clients", "Websocket stream clients connected")
        topics = GaugeMetricFamily(
            "kalkan_stream_topics", "Streams open in this process", labels=["role"]
        )
        counters = {
            name: CounterMetricFamily(f"kalkan_stream_{name}", help_text)
            for name, help_text in (
                ("messages_sent", "Messages sent to stream clients"),
                ("dropped", "Messages dropped for slow stream clients"),
                ("conflated", "Price/kline updates conflated for slow stream clients"),
                ("snapshots_resent", "Order-book snapshots resent after a client overflow"),
            )
        }
        totals = dict.fromkeys(counters, 0)
        roles: dict[str, int] = {}
        connected = 0
        for hub in list(_hubs):
            stats = hub.stats()
            connected += stats["clients"]
            for name in totals:
                totals[name] += stats[name]
            for topic in stats["topics"]:
                roles[topic["role"]] = roles.get(topic["role"], 0) + 1
        clients.add_metric([], connected)
        for role, count in sorted(roles.items()):
            topics.add_metric([role], count)
        yield clients
        yield topics
        for name, family in counters.items():
            family.add_metric([], totals[name])
            yield family


_collector = _HubCollector()
_registered = False


def track(hub: StreamHub) -> None:
    global _registered
    if not _registered:
        REGISTRY.register(_collector)
        _registered = True
    _hubs.add(hub)
