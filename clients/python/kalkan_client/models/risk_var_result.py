from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_var_backtest import RiskVarBacktest
    from ..models.risk_var_result_details import RiskVarResultDetails


T = TypeVar("T", bound="RiskVarResult")


@_attrs_define
class RiskVarResult:
    """
    Attributes:
        method (str):
        confidence (float):
        horizon (int):
        var (float): Loss fraction exceeded with probability 1 − confidence
        cvar (float): Mean loss fraction in the tail at or beyond the VaR
        observations (int):
        details (RiskVarResultDetails | Unset):
        backtest (None | RiskVarBacktest | Unset):
    """

    method: str
    confidence: float
    horizon: int
    var: float
    cvar: float
    observations: int
    details: RiskVarResultDetails | Unset = UNSET
    backtest: None | RiskVarBacktest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_var_backtest import RiskVarBacktest  # noqa: PLC0415

        method = self.method

        confidence = self.confidence

        horizon = self.horizon

        var = self.var

        cvar = self.cvar

        observations = self.observations

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        backtest: dict[str, Any] | None | Unset
        if isinstance(self.backtest, Unset):
            backtest = UNSET
        elif isinstance(self.backtest, RiskVarBacktest):
            backtest = self.backtest.to_dict()
        else:
            backtest = self.backtest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "confidence": confidence,
                "horizon": horizon,
                "var": var,
                "cvar": cvar,
                "observations": observations,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if backtest is not UNSET:
            field_dict["backtest"] = backtest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_var_backtest import RiskVarBacktest  # noqa: PLC0415
        from ..models.risk_var_result_details import RiskVarResultDetails  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method")

        confidence = d.pop("confidence")

        horizon = d.pop("horizon")

        var = d.pop("var")

        cvar = d.pop("cvar")

        observations = d.pop("observations")

        _details = d.pop("details", UNSET)
        details: RiskVarResultDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = RiskVarResultDetails.from_dict(_details)

        def _parse_backtest(data: object) -> None | RiskVarBacktest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backtest_type_0 = RiskVarBacktest.from_dict(data)

                return backtest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskVarBacktest | Unset, data)

        backtest = _parse_backtest(d.pop("backtest", UNSET))

        risk_var_result = cls(
            method=method,
            confidence=confidence,
            horizon=horizon,
            var=var,
            cvar=cvar,
            observations=observations,
            details=details,
            backtest=backtest,
        )

        risk_var_result.additional_properties = d
        return risk_var_result

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
