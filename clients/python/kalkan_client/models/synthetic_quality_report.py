from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.synthetic_quality_report_best import SyntheticQualityReportBest
    from ..models.synthetic_quality_report_chart import SyntheticQualityReportChart
    from ..models.synthetic_quality_report_generators import SyntheticQualityReportGenerators
    from ..models.synthetic_quality_report_real import SyntheticQualityReportReal
    from ..models.synthetic_quality_report_real_holdout import SyntheticQualityReportRealHoldout
    from ..models.synthetic_quality_report_regime_match import SyntheticQualityReportRegimeMatch
    from ..models.synthetic_quality_report_windows import SyntheticQualityReportWindows
    from ..models.synthetic_training_epoch import SyntheticTrainingEpoch


T = TypeVar("T", bound="SyntheticQualityReport")


@_attrs_define
class SyntheticQualityReport:
    """Stylised facts of real vs synthetic returns and the discriminative and predictive scores,
    for TimeGAN and both baselines on the same held-out data; ``best`` names the winner of each
    metric (lower is better) and ``verdict`` says in words how TimeGAN fared. ``real_holdout``
    scores the held-out real windows themselves: the floor a perfect generator would reach.
    ``chart`` is a plotly figure (data + layout).

        Attributes:
            model_id (str):
            real (SyntheticQualityReportReal):
            real_holdout (SyntheticQualityReportRealHoldout):
            generators (SyntheticQualityReportGenerators):
            best (SyntheticQualityReportBest):
            verdict (str):
            regime_match (SyntheticQualityReportRegimeMatch):
            windows (SyntheticQualityReportWindows):
            length (int):
            history (list[SyntheticTrainingEpoch]):
            chart (SyntheticQualityReportChart):
    """

    model_id: str
    real: SyntheticQualityReportReal
    real_holdout: SyntheticQualityReportRealHoldout
    generators: SyntheticQualityReportGenerators
    best: SyntheticQualityReportBest
    verdict: str
    regime_match: SyntheticQualityReportRegimeMatch
    windows: SyntheticQualityReportWindows
    length: int
    history: list[SyntheticTrainingEpoch]
    chart: SyntheticQualityReportChart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        real = self.real.to_dict()

        real_holdout = self.real_holdout.to_dict()

        generators = self.generators.to_dict()

        best = self.best.to_dict()

        verdict = self.verdict

        regime_match = self.regime_match.to_dict()

        windows = self.windows.to_dict()

        length = self.length

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        chart = self.chart.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "real": real,
                "real_holdout": real_holdout,
                "generators": generators,
                "best": best,
                "verdict": verdict,
                "regime_match": regime_match,
                "windows": windows,
                "length": length,
                "history": history,
                "chart": chart,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_quality_report_best import SyntheticQualityReportBest  # noqa: PLC0415
        from ..models.synthetic_quality_report_chart import SyntheticQualityReportChart  # noqa: PLC0415
        from ..models.synthetic_quality_report_generators import SyntheticQualityReportGenerators  # noqa: PLC0415
        from ..models.synthetic_quality_report_real import SyntheticQualityReportReal  # noqa: PLC0415
        from ..models.synthetic_quality_report_real_holdout import SyntheticQualityReportRealHoldout  # noqa: PLC0415
        from ..models.synthetic_quality_report_regime_match import SyntheticQualityReportRegimeMatch  # noqa: PLC0415
        from ..models.synthetic_quality_report_windows import SyntheticQualityReportWindows  # noqa: PLC0415
        from ..models.synthetic_training_epoch import SyntheticTrainingEpoch  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        real = SyntheticQualityReportReal.from_dict(d.pop("real"))

        real_holdout = SyntheticQualityReportRealHoldout.from_dict(d.pop("real_holdout"))

        generators = SyntheticQualityReportGenerators.from_dict(d.pop("generators"))

        best = SyntheticQualityReportBest.from_dict(d.pop("best"))

        verdict = d.pop("verdict")

        regime_match = SyntheticQualityReportRegimeMatch.from_dict(d.pop("regime_match"))

        windows = SyntheticQualityReportWindows.from_dict(d.pop("windows"))

        length = d.pop("length")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = SyntheticTrainingEpoch.from_dict(history_item_data)

            history.append(history_item)

        chart = SyntheticQualityReportChart.from_dict(d.pop("chart"))

        synthetic_quality_report = cls(
            model_id=model_id,
            real=real,
            real_holdout=real_holdout,
            generators=generators,
            best=best,
            verdict=verdict,
            regime_match=regime_match,
            windows=windows,
            length=length,
            history=history,
            chart=chart,
        )

        synthetic_quality_report.additional_properties = d
        return synthetic_quality_report

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
