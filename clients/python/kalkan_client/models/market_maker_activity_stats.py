from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_maker_activity_stats_label import (
    MarketMakerActivityStatsLabel,
    check_market_maker_activity_stats_label,
)

if TYPE_CHECKING:
    from ..models.market_maker_activity_stats_score_components import MarketMakerActivityStatsScoreComponents
    from ..models.market_maker_activity_stats_score_weights import MarketMakerActivityStatsScoreWeights


T = TypeVar("T", bound="MarketMakerActivityStats")


@_attrs_define
class MarketMakerActivityStats:
    """
    Attributes:
        states (int):
        updates (int):
        touch_updates (int):
        two_sided_presence (float | None):
        mean_spread_bps (float | None):
        median_spread_bps (float | None):
        quote_refresh_rate (float | None): Touch updates per second
        top_depth_share_bid (float | None):
        top_depth_share_ask (float | None):
        top_imbalance_abs (float | None):
        score (float | None): Transparent heuristic in [0, 1], not a classifier
        label (MarketMakerActivityStatsLabel):
        score_components (MarketMakerActivityStatsScoreComponents):
        score_weights (MarketMakerActivityStatsScoreWeights):
        top_levels (int):
        band_pct (float):
        max_spread_bps (float):
    """

    states: int
    updates: int
    touch_updates: int
    two_sided_presence: float | None
    mean_spread_bps: float | None
    median_spread_bps: float | None
    quote_refresh_rate: float | None
    top_depth_share_bid: float | None
    top_depth_share_ask: float | None
    top_imbalance_abs: float | None
    score: float | None
    label: MarketMakerActivityStatsLabel
    score_components: MarketMakerActivityStatsScoreComponents
    score_weights: MarketMakerActivityStatsScoreWeights
    top_levels: int
    band_pct: float
    max_spread_bps: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        states = self.states

        updates = self.updates

        touch_updates = self.touch_updates

        two_sided_presence: float | None
        two_sided_presence = self.two_sided_presence

        mean_spread_bps: float | None
        mean_spread_bps = self.mean_spread_bps

        median_spread_bps: float | None
        median_spread_bps = self.median_spread_bps

        quote_refresh_rate: float | None
        quote_refresh_rate = self.quote_refresh_rate

        top_depth_share_bid: float | None
        top_depth_share_bid = self.top_depth_share_bid

        top_depth_share_ask: float | None
        top_depth_share_ask = self.top_depth_share_ask

        top_imbalance_abs: float | None
        top_imbalance_abs = self.top_imbalance_abs

        score: float | None
        score = self.score

        label: str = self.label

        score_components = self.score_components.to_dict()

        score_weights = self.score_weights.to_dict()

        top_levels = self.top_levels

        band_pct = self.band_pct

        max_spread_bps = self.max_spread_bps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "states": states,
                "updates": updates,
                "touch_updates": touch_updates,
                "two_sided_presence": two_sided_presence,
                "mean_spread_bps": mean_spread_bps,
                "median_spread_bps": median_spread_bps,
                "quote_refresh_rate": quote_refresh_rate,
                "top_depth_share_bid": top_depth_share_bid,
                "top_depth_share_ask": top_depth_share_ask,
                "top_imbalance_abs": top_imbalance_abs,
                "score": score,
                "label": label,
                "score_components": score_components,
                "score_weights": score_weights,
                "top_levels": top_levels,
                "band_pct": band_pct,
                "max_spread_bps": max_spread_bps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_maker_activity_stats_score_components import MarketMakerActivityStatsScoreComponents  # noqa: PLC0415
        from ..models.market_maker_activity_stats_score_weights import MarketMakerActivityStatsScoreWeights  # noqa: PLC0415

        d = dict(src_dict)
        states = d.pop("states")

        updates = d.pop("updates")

        touch_updates = d.pop("touch_updates")

        def _parse_two_sided_presence(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        two_sided_presence = _parse_two_sided_presence(d.pop("two_sided_presence"))

        def _parse_mean_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_spread_bps = _parse_mean_spread_bps(d.pop("mean_spread_bps"))

        def _parse_median_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_spread_bps = _parse_median_spread_bps(d.pop("median_spread_bps"))

        def _parse_quote_refresh_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        quote_refresh_rate = _parse_quote_refresh_rate(d.pop("quote_refresh_rate"))

        def _parse_top_depth_share_bid(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        top_depth_share_bid = _parse_top_depth_share_bid(d.pop("top_depth_share_bid"))

        def _parse_top_depth_share_ask(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        top_depth_share_ask = _parse_top_depth_share_ask(d.pop("top_depth_share_ask"))

        def _parse_top_imbalance_abs(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        top_imbalance_abs = _parse_top_imbalance_abs(d.pop("top_imbalance_abs"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        label = check_market_maker_activity_stats_label(d.pop("label"))

        score_components = MarketMakerActivityStatsScoreComponents.from_dict(d.pop("score_components"))

        score_weights = MarketMakerActivityStatsScoreWeights.from_dict(d.pop("score_weights"))

        top_levels = d.pop("top_levels")

        band_pct = d.pop("band_pct")

        max_spread_bps = d.pop("max_spread_bps")

        market_maker_activity_stats = cls(
            states=states,
            updates=updates,
            touch_updates=touch_updates,
            two_sided_presence=two_sided_presence,
            mean_spread_bps=mean_spread_bps,
            median_spread_bps=median_spread_bps,
            quote_refresh_rate=quote_refresh_rate,
            top_depth_share_bid=top_depth_share_bid,
            top_depth_share_ask=top_depth_share_ask,
            top_imbalance_abs=top_imbalance_abs,
            score=score,
            label=label,
            score_components=score_components,
            score_weights=score_weights,
            top_levels=top_levels,
            band_pct=band_pct,
            max_spread_bps=max_spread_bps,
        )

        market_maker_activity_stats.additional_properties = d
        return market_maker_activity_stats

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
