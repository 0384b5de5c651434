from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monte_carlo_result_method import MonteCarloResultMethod, check_monte_carlo_result_method

if TYPE_CHECKING:
    from ..models.monte_carlo_result_bands import MonteCarloResultBands
    from ..models.monte_carlo_result_final_return import MonteCarloResultFinalReturn
    from ..models.monte_carlo_result_final_return_histogram import MonteCarloResultFinalReturnHistogram
    from ..models.monte_carlo_result_max_drawdown import MonteCarloResultMaxDrawdown


T = TypeVar("T", bound="MonteCarloResult")


@_attrs_define
class MonteCarloResult:
    """
    Attributes:
        method (MonteCarloResultMethod):
        n_paths (int):
        steps (int):
        seed (int | None):
        initial_capital (float):
        band_steps (list[int]):
        bands (MonteCarloResultBands): Equity percentiles p5, p25, p50, p75, p95
        final_return (MonteCarloResultFinalReturn): mean, std and percentiles
        max_drawdown (MonteCarloResultMaxDrawdown):
        final_return_histogram (MonteCarloResultFinalReturnHistogram): bin edges and counts
        probability_of_loss (float):
        probability_of_ruin (float):
        ruin_threshold (float):
    """

    method: MonteCarloResultMethod
    n_paths: int
    steps: int
    seed: int | None
    initial_capital: float
    band_steps: list[int]
    bands: MonteCarloResultBands
    final_return: MonteCarloResultFinalReturn
    max_drawdown: MonteCarloResultMaxDrawdown
    final_return_histogram: MonteCarloResultFinalReturnHistogram
    probability_of_loss: float
    probability_of_ruin: float
    ruin_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str = self.method

        n_paths = self.n_paths

        steps = self.steps

        seed: int | None
        seed = self.seed

        initial_capital = self.initial_capital

        band_steps = self.band_steps

        bands = self.bands.to_dict()

        final_return = self.final_return.to_dict()

        max_drawdown = self.max_drawdown.to_dict()

        final_return_histogram = self.final_return_histogram.to_dict()

        probability_of_loss = self.probability_of_loss

        probability_of_ruin = self.probability_of_ruin

        ruin_threshold = self.ruin_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "n_paths": n_paths,
                "steps": steps,
                "seed": seed,
                "initial_capital": initial_capital,
                "band_steps": band_steps,
                "bands": bands,
                "final_return": final_return,
                "max_drawdown": max_drawdown,
                "final_return_histogram": final_return_histogram,
                "probability_of_loss": probability_of_loss,
                "probability_of_ruin": probability_of_ruin,
                "ruin_threshold": ruin_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monte_carlo_result_bands import MonteCarloResultBands  # noqa: PLC0415
        from ..models.monte_carlo_result_final_return import MonteCarloResultFinalReturn  # noqa: PLC0415
        from ..models.monte_carlo_result_final_return_histogram import MonteCarloResultFinalReturnHistogram  # noqa: PLC0415
        from ..models.monte_carlo_result_max_drawdown import MonteCarloResultMaxDrawdown  # noqa: PLC0415

        d = dict(src_dict)
        method = check_monte_carlo_result_method(d.pop("method"))

        n_paths = d.pop("n_paths")

        steps = d.pop("steps")

        def _parse_seed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seed = _parse_seed(d.pop("seed"))

        initial_capital = d.pop("initial_capital")

        band_steps = cast(list[int], d.pop("band_steps"))

        bands = MonteCarloResultBands.from_dict(d.pop("bands"))

        final_return = MonteCarloResultFinalReturn.from_dict(d.pop("final_return"))

        max_drawdown = MonteCarloResultMaxDrawdown.from_dict(d.pop("max_drawdown"))

        final_return_histogram = MonteCarloResultFinalReturnHistogram.from_dict(d.pop("final_return_histogram"))

        probability_of_loss = d.pop("probability_of_loss")

        probability_of_ruin = d.pop("probability_of_ruin")

        ruin_threshold = d.pop("ruin_threshold")

        monte_carlo_result = cls(
            method=method,
            n_paths=n_paths,
            steps=steps,
            seed=seed,
            initial_capital=initial_capital,
            band_steps=band_steps,
            bands=bands,
            final_return=final_return,
            max_drawdown=max_drawdown,
            final_return_histogram=final_return_histogram,
            probability_of_loss=probability_of_loss,
            probability_of_ruin=probability_of_ruin,
            ruin_threshold=ruin_threshold,
        )

        monte_carlo_result.additional_properties = d
        return monte_carlo_result

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
