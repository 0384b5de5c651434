from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portfolio_rebalance_proposal_target_weights import PortfolioRebalanceProposalTargetWeights
    from ..models.portfolio_rebalance_skip import PortfolioRebalanceSkip
    from ..models.portfolio_rebalance_trade import PortfolioRebalanceTrade


T = TypeVar("T", bound="PortfolioRebalanceProposal")


@_attrs_define
class PortfolioRebalanceProposal:
    """
    Attributes:
        equity (float):
        target_weights (PortfolioRebalanceProposalTargetWeights):
        trades (list[PortfolioRebalanceTrade]):
        skipped (list[PortfolioRebalanceSkip]):
        turnover (float): Traded notional / equity
        fees (float):
    """

    equity: float
    target_weights: PortfolioRebalanceProposalTargetWeights
    trades: list[PortfolioRebalanceTrade]
    skipped: list[PortfolioRebalanceSkip]
    turnover: float
    fees: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity = self.equity

        target_weights = self.target_weights.to_dict()

        trades = []
        for trades_item_data in self.trades:
            trades_item = trades_item_data.to_dict()
            trades.append(trades_item)

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)

        turnover = self.turnover

        fees = self.fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equity": equity,
                "target_weights": target_weights,
                "trades": trades,
                "skipped": skipped,
                "turnover": turnover,
                "fees": fees,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_rebalance_proposal_target_weights import PortfolioRebalanceProposalTargetWeights  # noqa: PLC0415
        from ..models.portfolio_rebalance_skip import PortfolioRebalanceSkip  # noqa: PLC0415
        from ..models.portfolio_rebalance_trade import PortfolioRebalanceTrade  # noqa: PLC0415

        d = dict(src_dict)
        equity = d.pop("equity")

        target_weights = PortfolioRebalanceProposalTargetWeights.from_dict(d.pop("target_weights"))

        trades = []
        _trades = d.pop("trades")
        for trades_item_data in _trades:
            trades_item = PortfolioRebalanceTrade.from_dict(trades_item_data)

            trades.append(trades_item)

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in _skipped:
            skipped_item = PortfolioRebalanceSkip.from_dict(skipped_item_data)

            skipped.append(skipped_item)

        turnover = d.pop("turnover")

        fees = d.pop("fees")

        portfolio_rebalance_proposal = cls(
            equity=equity,
            target_weights=target_weights,
            trades=trades,
            skipped=skipped,
            turnover=turnover,
            fees=fees,
        )

        portfolio_rebalance_proposal.additional_properties = d
        return portfolio_rebalance_proposal

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
