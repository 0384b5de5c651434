"""Contains all the data models used in inputs/outputs"""

from .algo_spec import AlgoSpec
from .algo_spec_algo import AlgoSpecAlgo
from .allocation_spec import AllocationSpec
from .allocation_spec_codependence import AllocationSpecCodependence
from .allocation_spec_covariance import AllocationSpecCovariance
from .allocation_spec_linkage import AllocationSpecLinkage
from .allocation_spec_method import AllocationSpecMethod
from .allocation_spec_objective import AllocationSpecObjective
from .allocation_spec_prices_type_0 import AllocationSpecPricesType0
from .allocation_spec_risk_measure import AllocationSpecRiskMeasure
from .api_key_created import ApiKeyCreated
from .api_key_in import ApiKeyIn
from .api_key_in_scopes_item import ApiKeyInScopesItem
from .api_key_out import ApiKeyOut
from .api_key_page import ApiKeyPage
from .arbitrage_book_error import ArbitrageBookError
from .arbitrage_book_in import ArbitrageBookIn
from .arbitrage_book_used import ArbitrageBookUsed
from .arbitrage_book_used_source_type_0 import ArbitrageBookUsedSourceType0
from .arbitrage_in import ArbitrageIn
from .arbitrage_in_fees import ArbitrageInFees
from .arbitrage_in_withdrawal_fees import ArbitrageInWithdrawalFees
from .arbitrage_out import ArbitrageOut
from .arbitrage_out_fees import ArbitrageOutFees
from .arbitrage_out_source_type_0 import ArbitrageOutSourceType0
from .arbitrage_triangular_in import ArbitrageTriangularIn
from .atr_stop import AtrStop
from .atr_target import AtrTarget
from .audit_entry import AuditEntry
from .audit_entry_details import AuditEntryDetails
from .audit_page import AuditPage
from .auto_ml_backtest_settings import AutoMLBacktestSettings
from .auto_ml_backtest_settings_direction import AutoMLBacktestSettingsDirection
from .auto_ml_backtest_settings_execution import AutoMLBacktestSettingsExecution
from .auto_ml_best_params_out import AutoMLBestParamsOut
from .auto_ml_best_params_out_best_params_type_0 import AutoMLBestParamsOutBestParamsType0
from .auto_ml_best_params_out_directions_item import AutoMLBestParamsOutDirectionsItem
from .auto_ml_best_params_out_target import AutoMLBestParamsOutTarget
from .auto_ml_candle_window import AutoMLCandleWindow
from .auto_ml_deploy_request import AutoMLDeployRequest
from .auto_ml_deployment_out import AutoMLDeploymentOut
from .auto_ml_deployment_out_status import AutoMLDeploymentOutStatus
from .auto_ml_deployment_out_target import AutoMLDeploymentOutTarget
from .auto_ml_job_state import AutoMLJobState
from .auto_ml_job_state_result_type_0 import AutoMLJobStateResultType0
from .auto_ml_optimize_request import AutoMLOptimizeRequest
from .auto_ml_optimize_request_pruner import AutoMLOptimizeRequestPruner
from .auto_ml_optimize_request_sampler import AutoMLOptimizeRequestSampler
from .auto_ml_optimize_request_target import AutoMLOptimizeRequestTarget
from .auto_ml_study_accepted import AutoMLStudyAccepted
from .auto_ml_study_out import AutoMLStudyOut
from .auto_ml_study_out_data import AutoMLStudyOutData
from .auto_ml_study_out_target import AutoMLStudyOutTarget
from .auto_ml_study_status_out import AutoMLStudyStatusOut
from .auto_ml_study_status_out_data import AutoMLStudyStatusOutData
from .auto_ml_study_status_out_directions_item import AutoMLStudyStatusOutDirectionsItem
from .auto_ml_study_status_out_target import AutoMLStudyStatusOutTarget
from .automl_list_deployments_status_type_0 import AutomlListDeploymentsStatusType0
from .backtest_candle_in import BacktestCandleIn
from .backtest_get_chart_format import BacktestGetChartFormat
from .backtest_get_chart_response_backtest_get_chart import BacktestGetChartResponseBacktestGetChart
from .backtest_get_result_view import BacktestGetResultView
from .backtest_history_kind_type_0 import BacktestHistoryKindType0
from .backtest_history_status_type_0 import BacktestHistoryStatusType0
from .backtest_metrics import BacktestMetrics
from .backtest_monte_carlo_request import BacktestMonteCarloRequest
from .backtest_monte_carlo_request_method import BacktestMonteCarloRequestMethod
from .backtest_monte_carlo_run_out import BacktestMonteCarloRunOut
from .backtest_monte_carlo_run_out_request import BacktestMonteCarloRunOutRequest
from .backtest_monte_carlo_run_out_status import BacktestMonteCarloRunOutStatus
from .backtest_monte_carlo_run_out_summary_type_0 import BacktestMonteCarloRunOutSummaryType0
from .backtest_monte_carlo_run_out_view import BacktestMonteCarloRunOutView
from .backtest_optimize_request import BacktestOptimizeRequest
from .backtest_optimize_request_method import BacktestOptimizeRequestMethod
from .backtest_optimize_request_objective import BacktestOptimizeRequestObjective
from .backtest_optimize_request_param_space import BacktestOptimizeRequestParamSpace
from .backtest_optimize_run_out import BacktestOptimizeRunOut
from .backtest_optimize_run_out_request import BacktestOptimizeRunOutRequest
from .backtest_optimize_run_out_status import BacktestOptimizeRunOutStatus
from .backtest_optimize_run_out_summary_type_0 import BacktestOptimizeRunOutSummaryType0
from .backtest_optimize_run_out_view import BacktestOptimizeRunOutView
from .backtest_result import BacktestResult
from .backtest_result_direction import BacktestResultDirection
from .backtest_result_engine import BacktestResultEngine
from .backtest_result_execution import BacktestResultExecution
from .backtest_result_params import BacktestResultParams
from .backtest_run_out import BacktestRunOut
from .backtest_run_out_request import BacktestRunOutRequest
from .backtest_run_out_status import BacktestRunOutStatus
from .backtest_run_out_summary_type_0 import BacktestRunOutSummaryType0
from .backtest_run_out_view import BacktestRunOutView
from .backtest_run_request import BacktestRunRequest
from .backtest_run_request_candles_type_0 import BacktestRunRequestCandlesType0
from .backtest_run_request_direction import BacktestRunRequestDirection
from .backtest_run_request_execution import BacktestRunRequestExecution
from .backtest_run_request_params import BacktestRunRequestParams
from .backtest_run_summary import BacktestRunSummary
from .backtest_run_summary_kind import BacktestRunSummaryKind
from .backtest_run_summary_status import BacktestRunSummaryStatus
from .backtest_run_summary_summary_type_0 import BacktestRunSummarySummaryType0
from .backtest_signal_in import BacktestSignalIn
from .backtest_signal_in_side import BacktestSignalInSide
from .backtest_spec import BacktestSpec
from .backtest_spec_candles_type_0 import BacktestSpecCandlesType0
from .backtest_spec_direction import BacktestSpecDirection
from .backtest_spec_execution import BacktestSpecExecution
from .backtest_spec_params import BacktestSpecParams
from .backtest_trade import BacktestTrade
from .backtest_trade_direction import BacktestTradeDirection
from .backtest_trade_exit_reason import BacktestTradeExitReason
from .backtest_trade_status import BacktestTradeStatus
from .backtest_walk_forward_request import BacktestWalkForwardRequest
from .backtest_walk_forward_request_method import BacktestWalkForwardRequestMethod
from .backtest_walk_forward_request_mode import BacktestWalkForwardRequestMode
from .backtest_walk_forward_request_objective import BacktestWalkForwardRequestObjective
from .backtest_walk_forward_request_param_space import BacktestWalkForwardRequestParamSpace
from .backtest_walk_forward_run_out import BacktestWalkForwardRunOut
from .backtest_walk_forward_run_out_request import BacktestWalkForwardRunOutRequest
from .backtest_walk_forward_run_out_status import BacktestWalkForwardRunOutStatus
from .backtest_walk_forward_run_out_summary_type_0 import BacktestWalkForwardRunOutSummaryType0
from .backtest_walk_forward_run_out_view import BacktestWalkForwardRunOutView
from .benford_result import BenfordResult
from .best_quote import BestQuote
from .body_auth_login import BodyAuthLogin
from .body_rl_load_model import BodyRlLoadModel
from .book_touch import BookTouch
from .candle_download_accepted import CandleDownloadAccepted
from .candle_download_in import CandleDownloadIn
from .candle_import_result import CandleImportResult
from .candle_import_result_dataset import CandleImportResultDataset
from .candle_import_result_on_conflict import CandleImportResultOnConflict
from .candle_out import CandleOut
from .candle_range import CandleRange
from .candle_series import CandleSeries
from .chain import Chain
from .crash_detector_params import CrashDetectorParams
from .crash_episode import CrashEpisode
from .crash_rule import CrashRule
from .cross_exchange_opportunity import CrossExchangeOpportunity
from .database_import_candles_candle_import_form import DatabaseImportCandlesCandleImportForm
from .database_import_candles_candle_import_form_dataset import DatabaseImportCandlesCandleImportFormDataset
from .database_import_candles_candle_import_form_on_conflict import DatabaseImportCandlesCandleImportFormOnConflict
from .database_signal_history_side_type_0 import DatabaseSignalHistorySideType0
from .delivery_info import DeliveryInfo
from .deployment_member import DeploymentMember
from .deployment_member_metrics import DeploymentMemberMetrics
from .deployment_member_params import DeploymentMemberParams
from .deployment_member_reproduced_metrics_type_0 import DeploymentMemberReproducedMetricsType0
from .depth_band import DepthBand
from .depth_limit_out import DepthLimitOut
from .emergency_alert_out import EmergencyAlertOut
from .emergency_alert_out_action import EmergencyAlertOutAction
from .emergency_alert_out_outcome_type_0 import EmergencyAlertOutOutcomeType0
from .emergency_alert_page import EmergencyAlertPage
from .emergency_delivery_page import EmergencyDeliveryPage
from .emergency_market_state import EmergencyMarketState
from .emergency_release_request import EmergencyReleaseRequest
from .emergency_scan_request import EmergencyScanRequest
from .emergency_scan_result import EmergencyScanResult
from .emergency_status import EmergencyStatus
from .emergency_target_in import EmergencyTargetIn
from .emergency_target_out import EmergencyTargetOut
from .emergency_target_page import EmergencyTargetPage
from .emergency_trigger_request import EmergencyTriggerRequest
from .emergency_trigger_result import EmergencyTriggerResult
from .emergency_watch_in import EmergencyWatchIn
from .emergency_watch_in_action import EmergencyWatchInAction
from .emergency_watch_out import EmergencyWatchOut
from .emergency_watch_out_action import EmergencyWatchOutAction
from .emergency_watch_page import EmergencyWatchPage
from .env_spec import EnvSpec
from .env_spec_reward import EnvSpecReward
from .equity_curve import EquityCurve
from .equity_curve_close import EquityCurveClose
from .exchange_features import ExchangeFeatures
from .exchange_price import ExchangePrice
from .exchange_quote_error import ExchangeQuoteError
from .exchange_status import ExchangeStatus
from .exchange_status_source import ExchangeStatusSource
from .execution_fill_out import ExecutionFillOut
from .execution_fill_out_liquidity import ExecutionFillOutLiquidity
from .execution_list_orders_origin_type_0 import ExecutionListOrdersOriginType0
from .execution_list_orders_status_type_0 import ExecutionListOrdersStatusType0
from .execution_order_in import ExecutionOrderIn
from .execution_order_in_side import ExecutionOrderInSide
from .execution_order_in_time_in_force_type_0 import ExecutionOrderInTimeInForceType0
from .execution_order_in_type import ExecutionOrderInType
from .execution_order_out import ExecutionOrderOut
from .execution_order_out_broker import ExecutionOrderOutBroker
from .execution_order_out_origin import ExecutionOrderOutOrigin
from .execution_order_out_side import ExecutionOrderOutSide
from .execution_order_out_status import ExecutionOrderOutStatus
from .execution_order_out_time_in_force import ExecutionOrderOutTimeInForce
from .execution_order_out_type import ExecutionOrderOutType
from .execution_orders_page import ExecutionOrdersPage
from .execution_relative_level import ExecutionRelativeLevel
from .field_error import FieldError
from .fixed_fraction_sizing import FixedFractionSizing
from .fixed_pct_stop import FixedPctStop
from .fixed_pct_target import FixedPctTarget
from .halt_action import HaltAction
from .halt_info import HaltInfo
from .halt_scope import HaltScope
from .hill_tail_result import HillTailResult
from .imbalance_out import ImbalanceOut
from .imbalance_out_source import ImbalanceOutSource
from .interval import Interval
from .job_out import JobOut
from .job_out_result_type_0 import JobOutResultType0
from .job_page import JobPage
from .label_format import LabelFormat
from .large_order_out import LargeOrderOut
from .large_order_out_outcome import LargeOrderOutOutcome
from .large_order_out_side import LargeOrderOutSide
from .liveness import Liveness
from .login_event_out import LoginEventOut
from .login_event_out_outcome import LoginEventOutOutcome
from .login_event_page import LoginEventPage
from .logout_all_out import LogoutAllOut
from .logout_out import LogoutOut
from .market_maker_activity_out import MarketMakerActivityOut
from .market_maker_activity_out_source import MarketMakerActivityOutSource
from .market_maker_activity_stats import MarketMakerActivityStats
from .market_maker_activity_stats_label import MarketMakerActivityStatsLabel
from .market_maker_activity_stats_score_components import MarketMakerActivityStatsScoreComponents
from .market_maker_activity_stats_score_weights import MarketMakerActivityStatsScoreWeights
from .mirror_prints_result import MirrorPrintsResult
from .monte_carlo_result import MonteCarloResult
from .monte_carlo_result_bands import MonteCarloResultBands
from .monte_carlo_result_final_return import MonteCarloResultFinalReturn
from .monte_carlo_result_final_return_histogram import MonteCarloResultFinalReturnHistogram
from .monte_carlo_result_max_drawdown import MonteCarloResultMaxDrawdown
from .monte_carlo_result_method import MonteCarloResultMethod
from .multi_agent_spec import MultiAgentSpec
from .notification_channel import NotificationChannel
from .notification_target import NotificationTarget
from .notification_target_kind import NotificationTargetKind
from .onchain_account_transfer import OnchainAccountTransfer
from .onchain_account_transfers import OnchainAccountTransfers
from .onchain_account_transfers_kind import OnchainAccountTransfersKind
from .onchain_alert_out import OnchainAlertOut
from .onchain_alert_out_data import OnchainAlertOutData
from .onchain_alert_page import OnchainAlertPage
from .onchain_chain_status import OnchainChainStatus
from .onchain_exchange_flow_chart_format import OnchainExchangeFlowChartFormat
from .onchain_exchange_flow_chart_response_onchain_exchange_flow_chart import (
    OnchainExchangeFlowChartResponseOnchainExchangeFlowChart,
)
from .onchain_exchange_flow_chart_source import OnchainExchangeFlowChartSource
from .onchain_exchange_flow_source import OnchainExchangeFlowSource
from .onchain_flow_page import OnchainFlowPage
from .onchain_flow_row import OnchainFlowRow
from .onchain_ingest_accepted import OnchainIngestAccepted
from .onchain_ingest_request import OnchainIngestRequest
from .onchain_label_import_result import OnchainLabelImportResult
from .onchain_label_lookup import OnchainLabelLookup
from .onchain_label_out import OnchainLabelOut
from .onchain_label_page import OnchainLabelPage
from .onchain_list_alerts_kind_type_0 import OnchainListAlertsKindType0
from .onchain_miner_address import OnchainMinerAddress
from .onchain_miner_flows_source import OnchainMinerFlowsSource
from .onchain_miner_point import OnchainMinerPoint
from .onchain_miners_report import OnchainMinersReport
from .onchain_status import OnchainStatus
from .onchain_utxo_ages_source import OnchainUtxoAgesSource
from .onchain_utxo_band import OnchainUtxoBand
from .onchain_utxo_report import OnchainUtxoReport
from .onchain_whale_address_point import OnchainWhaleAddressPoint
from .onchain_whale_address_series import OnchainWhaleAddressSeries
from .onchain_whale_page import OnchainWhalePage
from .onchain_whale_transfer import OnchainWhaleTransfer
from .optimize_result import OptimizeResult
from .optimize_result_best_metrics_type_0 import OptimizeResultBestMetricsType0
from .optimize_result_best_params_type_0 import OptimizeResultBestParamsType0
from .optimize_result_method import OptimizeResultMethod
from .optimize_result_objective import OptimizeResultObjective
from .order_book_out import OrderBookOut
from .order_book_out_source import OrderBookOutSource
from .overfitting_report import OverfittingReport
from .page_auto_ml_deployment_out import PageAutoMLDeploymentOut
from .page_auto_ml_study_out import PageAutoMLStudyOut
from .page_backtest_run_summary import PageBacktestRunSummary
from .page_exchange_status import PageExchangeStatus
from .page_synthetic_model_out import PageSyntheticModelOut
from .param_info import ParamInfo
from .param_info_type import ParamInfoType
from .param_range import ParamRange
from .param_schema import ParamSchema
from .param_schema_type import ParamSchemaType
from .param_stability import ParamStability
from .password_change_in import PasswordChangeIn
from .password_change_out import PasswordChangeOut
from .performance_bucket import PerformanceBucket
from .performance_metrics import PerformanceMetrics
from .performance_stats import PerformanceStats
from .portfolio_account_view import PortfolioAccountView
from .portfolio_allocate_chart_format import PortfolioAllocateChartFormat
from .portfolio_allocate_chart_response_portfolio_allocate_chart import (
    PortfolioAllocateChartResponsePortfolioAllocateChart,
)
from .portfolio_allocate_request import PortfolioAllocateRequest
from .portfolio_allocate_request_codependence import PortfolioAllocateRequestCodependence
from .portfolio_allocate_request_covariance import PortfolioAllocateRequestCovariance
from .portfolio_allocate_request_linkage import PortfolioAllocateRequestLinkage
from .portfolio_allocate_request_method import PortfolioAllocateRequestMethod
from .portfolio_allocate_request_objective import PortfolioAllocateRequestObjective
from .portfolio_allocate_request_prices_type_0 import PortfolioAllocateRequestPricesType0
from .portfolio_allocate_request_risk_measure import PortfolioAllocateRequestRiskMeasure
from .portfolio_allocation import PortfolioAllocation
from .portfolio_allocation_risk_contributions import PortfolioAllocationRiskContributions
from .portfolio_allocation_weights import PortfolioAllocationWeights
from .portfolio_attribution_row import PortfolioAttributionRow
from .portfolio_correlated_pair import PortfolioCorrelatedPair
from .portfolio_equity_point import PortfolioEquityPoint
from .portfolio_frontier_point import PortfolioFrontierPoint
from .portfolio_frontier_point_weights import PortfolioFrontierPointWeights
from .portfolio_ledger_entry_view import PortfolioLedgerEntryView
from .portfolio_ledger_entry_view_kind import PortfolioLedgerEntryViewKind
from .portfolio_ledger_page import PortfolioLedgerPage
from .portfolio_marked_position import PortfolioMarkedPosition
from .portfolio_marked_position_origin import PortfolioMarkedPositionOrigin
from .portfolio_marked_position_side import PortfolioMarkedPositionSide
from .portfolio_marked_position_source import PortfolioMarkedPositionSource
from .portfolio_performance import PortfolioPerformance
from .portfolio_performance_chart_format import PortfolioPerformanceChartFormat
from .portfolio_performance_chart_response_portfolio_performance_chart import (
    PortfolioPerformanceChartResponsePortfolioPerformanceChart,
)
from .portfolio_performance_contributions import PortfolioPerformanceContributions
from .portfolio_performance_metrics import PortfolioPerformanceMetrics
from .portfolio_position_create import PortfolioPositionCreate
from .portfolio_position_update import PortfolioPositionUpdate
from .portfolio_position_view import PortfolioPositionView
from .portfolio_position_view_origin import PortfolioPositionViewOrigin
from .portfolio_position_view_side import PortfolioPositionViewSide
from .portfolio_positions_page import PortfolioPositionsPage
from .portfolio_rebalance_proposal import PortfolioRebalanceProposal
from .portfolio_rebalance_proposal_target_weights import PortfolioRebalanceProposalTargetWeights
from .portfolio_rebalance_request import PortfolioRebalanceRequest
from .portfolio_rebalance_request_holdings_type_0 import PortfolioRebalanceRequestHoldingsType0
from .portfolio_rebalance_request_lot_size import PortfolioRebalanceRequestLotSize
from .portfolio_rebalance_request_min_notional import PortfolioRebalanceRequestMinNotional
from .portfolio_rebalance_request_prices_type_0 import PortfolioRebalanceRequestPricesType0
from .portfolio_rebalance_request_target_weights_type_0 import PortfolioRebalanceRequestTargetWeightsType0
from .portfolio_rebalance_skip import PortfolioRebalanceSkip
from .portfolio_rebalance_trade import PortfolioRebalanceTrade
from .portfolio_rebalance_trade_side import PortfolioRebalanceTradeSide
from .portfolio_risk_report import PortfolioRiskReport
from .portfolio_risk_report_correlation import PortfolioRiskReportCorrelation
from .portfolio_risk_report_correlation_additional_property import PortfolioRiskReportCorrelationAdditionalProperty
from .portfolio_risk_report_weights import PortfolioRiskReportWeights
from .portfolio_totals import PortfolioTotals
from .price_out import PriceOut
from .price_out_source import PriceOutSource
from .prices_out import PricesOut
from .prices_out_source import PricesOutSource
from .problem import Problem
from .problem_type_info import ProblemTypeInfo
from .problem_type_list import ProblemTypeList
from .ranked_params import RankedParams
from .ranked_params_metrics import RankedParamsMetrics
from .ranked_params_params import RankedParamsParams
from .readiness import Readiness
from .readiness_components import ReadinessComponents
from .readiness_components_additional_property import ReadinessComponentsAdditionalProperty
from .refresh_in import RefreshIn
from .register_in import RegisterIn
from .resiliency_event_out import ResiliencyEventOut
from .resiliency_out import ResiliencyOut
from .retention_policy_out import RetentionPolicyOut
from .retention_policy_out_mechanism import RetentionPolicyOutMechanism
from .retention_report import RetentionReport
from .retention_run_result import RetentionRunResult
from .retention_run_result_deleted import RetentionRunResultDeleted
from .risk_book import RiskBook
from .risk_candle import RiskCandle
from .risk_check_order_request import RiskCheckOrderRequest
from .risk_check_order_request_side import RiskCheckOrderRequestSide
from .risk_check_order_result import RiskCheckOrderResult
from .risk_coverage_test import RiskCoverageTest
from .risk_heat_cluster import RiskHeatCluster
from .risk_heat_position import RiskHeatPosition
from .risk_historical_scenario import RiskHistoricalScenario
from .risk_monte_carlo_scenario import RiskMonteCarloScenario
from .risk_per_trade_sizing import RiskPerTradeSizing
from .risk_portfolio_heat import RiskPortfolioHeat
from .risk_position_size import RiskPositionSize
from .risk_position_size_bound import RiskPositionSizeBound
from .risk_position_size_request import RiskPositionSizeRequest
from .risk_position_size_request_method import RiskPositionSizeRequestMethod
from .risk_position_size_request_side import RiskPositionSizeRequestSide
from .risk_protection_rules_in import RiskProtectionRulesIn
from .risk_protection_status import RiskProtectionStatus
from .risk_protection_trip_out import RiskProtectionTripOut
from .risk_reward_target import RiskRewardTarget
from .risk_shock_scenario import RiskShockScenario
from .risk_shock_scenario_moves import RiskShockScenarioMoves
from .risk_stop_loss import RiskStopLoss
from .risk_stop_loss_request import RiskStopLossRequest
from .risk_stop_loss_request_basis import RiskStopLossRequestBasis
from .risk_stop_loss_request_side import RiskStopLossRequestSide
from .risk_stress_position import RiskStressPosition
from .risk_stress_position_outcome import RiskStressPositionOutcome
from .risk_stress_request import RiskStressRequest
from .risk_stress_result import RiskStressResult
from .risk_stress_scenario_result import RiskStressScenarioResult
from .risk_stress_scenario_result_kind import RiskStressScenarioResultKind
from .risk_var_backtest import RiskVarBacktest
from .risk_var_request import RiskVarRequest
from .risk_var_request_assets_type_0 import RiskVarRequestAssetsType0
from .risk_var_request_method import RiskVarRequestMethod
from .risk_var_request_weights_type_0 import RiskVarRequestWeightsType0
from .risk_var_result import RiskVarResult
from .risk_var_result_details import RiskVarResultDetails
from .rl_candle_in import RLCandleIn
from .rl_equity_metrics import RLEquityMetrics
from .rl_equity_metrics_metrics import RLEquityMetricsMetrics
from .rl_load_model_out import RLLoadModelOut
from .rl_model_out import RLModelOut
from .rl_model_out_data_type_0 import RLModelOutDataType0
from .rl_model_out_metrics_type_0 import RLModelOutMetricsType0
from .rl_model_out_params import RLModelOutParams
from .rl_model_page import RLModelPage
from .rl_performance_out import RLPerformanceOut
from .rl_performance_out_agent import RLPerformanceOutAgent
from .rl_performance_out_chart import RLPerformanceOutChart
from .rl_performance_out_random import RLPerformanceOutRandom
from .rl_predict_out import RLPredictOut
from .rl_predict_out_action import RLPredictOutAction
from .rl_predict_out_policy_action import RLPredictOutPolicyAction
from .rl_predict_out_probabilities import RLPredictOutProbabilities
from .rl_predict_out_side import RLPredictOutSide
from .rl_predict_request import RLPredictRequest
from .rl_publish_request import RLPublishRequest
from .rl_save_model_request import RLSaveModelRequest
from .rl_train_out import RLTrainOut
from .rl_train_request import RLTrainRequest
from .round_size_result import RoundSizeResult
from .run_report import RunReport
from .run_report_stopped_by import RunReportStoppedBy
from .signal_model_target import SignalModelTarget
from .signal_model_target_data import SignalModelTargetData
from .signal_out import SignalOut
from .signal_out_metadata_type_0 import SignalOutMetadataType0
from .signal_out_side import SignalOutSide
from .signal_page import SignalPage
from .signal_save_item import SignalSaveItem
from .signal_save_item_metadata_type_0 import SignalSaveItemMetadataType0
from .signal_save_item_side import SignalSaveItemSide
from .signal_save_item_timeframe_type_0 import SignalSaveItemTimeframeType0
from .slippage_point import SlippagePoint
from .slippage_point_side import SlippagePointSide
from .spoofing_out import SpoofingOut
from .spoofing_out_source import SpoofingOutSource
from .spoofing_settings import SpoofingSettings
from .strategy_info import StrategyInfo
from .strategy_target import StrategyTarget
from .strategy_target_fixed_params import StrategyTargetFixedParams
from .stream_status import StreamStatus
from .synthetic_data_range import SyntheticDataRange
from .synthetic_generate_request import SyntheticGenerateRequest
from .synthetic_generate_request_format import SyntheticGenerateRequestFormat
from .synthetic_generate_request_generator import SyntheticGenerateRequestGenerator
from .synthetic_generate_request_regime_type_0 import SyntheticGenerateRequestRegimeType0
from .synthetic_generate_request_start_price_type_0 import SyntheticGenerateRequestStartPriceType0
from .synthetic_generate_result import SyntheticGenerateResult
from .synthetic_generate_result_generator import SyntheticGenerateResultGenerator
from .synthetic_generate_result_regime_type_0 import SyntheticGenerateResultRegimeType0
from .synthetic_list_models_status_type_0 import SyntheticListModelsStatusType0
from .synthetic_model_out import SyntheticModelOut
from .synthetic_model_out_metrics_type_0 import SyntheticModelOutMetricsType0
from .synthetic_model_out_params import SyntheticModelOutParams
from .synthetic_model_out_status import SyntheticModelOutStatus
from .synthetic_path_out import SyntheticPathOut
from .synthetic_path_out_regime import SyntheticPathOutRegime
from .synthetic_publish_request import SyntheticPublishRequest
from .synthetic_quality_report import SyntheticQualityReport
from .synthetic_quality_report_best import SyntheticQualityReportBest
from .synthetic_quality_report_chart import SyntheticQualityReportChart
from .synthetic_quality_report_generators import SyntheticQualityReportGenerators
from .synthetic_quality_report_generators_additional_property import SyntheticQualityReportGeneratorsAdditionalProperty
from .synthetic_quality_report_real import SyntheticQualityReportReal
from .synthetic_quality_report_real_holdout import SyntheticQualityReportRealHoldout
from .synthetic_quality_report_regime_match import SyntheticQualityReportRegimeMatch
from .synthetic_quality_report_windows import SyntheticQualityReportWindows
from .synthetic_scenario import SyntheticScenario
from .synthetic_scenario_kind import SyntheticScenarioKind
from .synthetic_scenario_set import SyntheticScenarioSet
from .synthetic_train_request import SyntheticTrainRequest
from .synthetic_training_epoch import SyntheticTrainingEpoch
from .synthetic_training_epoch_losses import SyntheticTrainingEpochLosses
from .synthetic_training_epoch_phase import SyntheticTrainingEpochPhase
from .token_pair import TokenPair
from .topic_status import TopicStatus
from .tracked_trade_in import TrackedTradeIn
from .tracked_trade_in_side import TrackedTradeInSide
from .tracked_trade_out import TrackedTradeOut
from .trailing_stop import TrailingStop
from .trial_counts import TrialCounts
from .trial_result import TrialResult
from .trial_result_fold_metrics_type_0_item import TrialResultFoldMetricsType0Item
from .trial_result_metrics import TrialResultMetrics
from .trial_result_params import TrialResultParams
from .triangular_leg import TriangularLeg
from .triangular_leg_side import TriangularLegSide
from .triangular_out import TriangularOut
from .user_out import UserOut
from .user_page import UserPage
from .user_settings_in import UserSettingsIn
from .user_settings_out import UserSettingsOut
from .user_update_in import UserUpdateIn
from .user_update_in_roles_type_0_item import UserUpdateInRolesType0Item
from .validate_out import ValidateOut
from .validate_out_via import ValidateOutVia
from .walk_forward_fold import WalkForwardFold
from .walk_forward_fold_best_params import WalkForwardFoldBestParams
from .walk_forward_result import WalkForwardResult
from .walk_forward_result_mode import WalkForwardResultMode
from .wash_in import WashIn
from .wash_out import WashOut
from .wash_out_scores import WashOutScores
from .wash_out_source import WashOutSource
from .wash_trade_in import WashTradeIn
from .wash_trade_in_side_type_0 import WashTradeInSideType0

__all__ = (
    "AlgoSpec",
    "AlgoSpecAlgo",
    "AllocationSpec",
    "AllocationSpecCodependence",
    "AllocationSpecCovariance",
    "AllocationSpecLinkage",
    "AllocationSpecMethod",
    "AllocationSpecObjective",
    "AllocationSpecPricesType0",
    "AllocationSpecRiskMeasure",
    "ApiKeyCreated",
    "ApiKeyIn",
    "ApiKeyInScopesItem",
    "ApiKeyOut",
    "ApiKeyPage",
    "ArbitrageBookError",
    "ArbitrageBookIn",
    "ArbitrageBookUsed",
    "ArbitrageBookUsedSourceType0",
    "ArbitrageIn",
    "ArbitrageInFees",
    "ArbitrageInWithdrawalFees",
    "ArbitrageOut",
    "ArbitrageOutFees",
    "ArbitrageOutSourceType0",
    "ArbitrageTriangularIn",
    "AtrStop",
    "AtrTarget",
    "AuditEntry",
    "AuditEntryDetails",
    "AuditPage",
    "AutoMLBacktestSettings",
    "AutoMLBacktestSettingsDirection",
    "AutoMLBacktestSettingsExecution",
    "AutoMLBestParamsOut",
    "AutoMLBestParamsOutBestParamsType0",
    "AutoMLBestParamsOutDirectionsItem",
    "AutoMLBestParamsOutTarget",
    "AutoMLCandleWindow",
    "AutoMLDeploymentOut",
    "AutoMLDeploymentOutStatus",
    "AutoMLDeploymentOutTarget",
    "AutoMLDeployRequest",
    "AutoMLJobState",
    "AutoMLJobStateResultType0",
    "AutomlListDeploymentsStatusType0",
    "AutoMLOptimizeRequest",
    "AutoMLOptimizeRequestPruner",
    "AutoMLOptimizeRequestSampler",
    "AutoMLOptimizeRequestTarget",
    "AutoMLStudyAccepted",
    "AutoMLStudyOut",
    "AutoMLStudyOutData",
    "AutoMLStudyOutTarget",
    "AutoMLStudyStatusOut",
    "AutoMLStudyStatusOutData",
    "AutoMLStudyStatusOutDirectionsItem",
    "AutoMLStudyStatusOutTarget",
    "BacktestCandleIn",
    "BacktestGetChartFormat",
    "BacktestGetChartResponseBacktestGetChart",
    "BacktestGetResultView",
    "BacktestHistoryKindType0",
    "BacktestHistoryStatusType0",
    "BacktestMetrics",
    "BacktestMonteCarloRequest",
    "BacktestMonteCarloRequestMethod",
    "BacktestMonteCarloRunOut",
    "BacktestMonteCarloRunOutRequest",
    "BacktestMonteCarloRunOutStatus",
    "BacktestMonteCarloRunOutSummaryType0",
    "BacktestMonteCarloRunOutView",
    "BacktestOptimizeRequest",
    "BacktestOptimizeRequestMethod",
    "BacktestOptimizeRequestObjective",
    "BacktestOptimizeRequestParamSpace",
    "BacktestOptimizeRunOut",
    "BacktestOptimizeRunOutRequest",
    "BacktestOptimizeRunOutStatus",
    "BacktestOptimizeRunOutSummaryType0",
    "BacktestOptimizeRunOutView",
    "BacktestResult",
    "BacktestResultDirection",
    "BacktestResultEngine",
    "BacktestResultExecution",
    "BacktestResultParams",
    "BacktestRunOut",
    "BacktestRunOutRequest",
    "BacktestRunOutStatus",
    "BacktestRunOutSummaryType0",
    "BacktestRunOutView",
    "BacktestRunRequest",
    "BacktestRunRequestCandlesType0",
    "BacktestRunRequestDirection",
    "BacktestRunRequestExecution",
    "BacktestRunRequestParams",
    "BacktestRunSummary",
    "BacktestRunSummaryKind",
    "BacktestRunSummaryStatus",
    "BacktestRunSummarySummaryType0",
    "BacktestSignalIn",
    "BacktestSignalInSide",
    "BacktestSpec",
    "BacktestSpecCandlesType0",
    "BacktestSpecDirection",
    "BacktestSpecExecution",
    "BacktestSpecParams",
    "BacktestTrade",
    "BacktestTradeDirection",
    "BacktestTradeExitReason",
    "BacktestTradeStatus",
    "BacktestWalkForwardRequest",
    "BacktestWalkForwardRequestMethod",
    "BacktestWalkForwardRequestMode",
    "BacktestWalkForwardRequestObjective",
    "BacktestWalkForwardRequestParamSpace",
    "BacktestWalkForwardRunOut",
    "BacktestWalkForwardRunOutRequest",
    "BacktestWalkForwardRunOutStatus",
    "BacktestWalkForwardRunOutSummaryType0",
    "BacktestWalkForwardRunOutView",
    "BenfordResult",
    "BestQuote",
    "BodyAuthLogin",
    "BodyRlLoadModel",
    "BookTouch",
    "CandleDownloadAccepted",
    "CandleDownloadIn",
    "CandleImportResult",
    "CandleImportResultDataset",
    "CandleImportResultOnConflict",
    "CandleOut",
    "CandleRange",
    "CandleSeries",
    "Chain",
    "CrashDetectorParams",
    "CrashEpisode",
    "CrashRule",
    "CrossExchangeOpportunity",
    "DatabaseImportCandlesCandleImportForm",
    "DatabaseImportCandlesCandleImportFormDataset",
    "DatabaseImportCandlesCandleImportFormOnConflict",
    "DatabaseSignalHistorySideType0",
    "DeliveryInfo",
    "DeploymentMember",
    "DeploymentMemberMetrics",
    "DeploymentMemberParams",
    "DeploymentMemberReproducedMetricsType0",
    "DepthBand",
    "DepthLimitOut",
    "EmergencyAlertOut",
    "EmergencyAlertOutAction",
    "EmergencyAlertOutOutcomeType0",
    "EmergencyAlertPage",
    "EmergencyDeliveryPage",
    "EmergencyMarketState",
    "EmergencyReleaseRequest",
    "EmergencyScanRequest",
    "EmergencyScanResult",
    "EmergencyStatus",
    "EmergencyTargetIn",
    "EmergencyTargetOut",
    "EmergencyTargetPage",
    "EmergencyTriggerRequest",
    "EmergencyTriggerResult",
    "EmergencyWatchIn",
    "EmergencyWatchInAction",
    "EmergencyWatchOut",
    "EmergencyWatchOutAction",
    "EmergencyWatchPage",
    "EnvSpec",
    "EnvSpecReward",
    "EquityCurve",
    "EquityCurveClose",
    "ExchangeFeatures",
    "ExchangePrice",
    "ExchangeQuoteError",
    "ExchangeStatus",
    "ExchangeStatusSource",
    "ExecutionFillOut",
    "ExecutionFillOutLiquidity",
    "ExecutionListOrdersOriginType0",
    "ExecutionListOrdersStatusType0",
    "ExecutionOrderIn",
    "ExecutionOrderInSide",
    "ExecutionOrderInTimeInForceType0",
    "ExecutionOrderInType",
    "ExecutionOrderOut",
    "ExecutionOrderOutBroker",
    "ExecutionOrderOutOrigin",
    "ExecutionOrderOutSide",
    "ExecutionOrderOutStatus",
    "ExecutionOrderOutTimeInForce",
    "ExecutionOrderOutType",
    "ExecutionOrdersPage",
    "ExecutionRelativeLevel",
    "FieldError",
    "FixedFractionSizing",
    "FixedPctStop",
    "FixedPctTarget",
    "HaltAction",
    "HaltInfo",
    "HaltScope",
    "HillTailResult",
    "ImbalanceOut",
    "ImbalanceOutSource",
    "Interval",
    "JobOut",
    "JobOutResultType0",
    "JobPage",
    "LabelFormat",
    "LargeOrderOut",
    "LargeOrderOutOutcome",
    "LargeOrderOutSide",
    "Liveness",
    "LoginEventOut",
    "LoginEventOutOutcome",
    "LoginEventPage",
    "LogoutAllOut",
    "LogoutOut",
    "MarketMakerActivityOut",
    "MarketMakerActivityOutSource",
    "MarketMakerActivityStats",
    "MarketMakerActivityStatsLabel",
    "MarketMakerActivityStatsScoreComponents",
    "MarketMakerActivityStatsScoreWeights",
    "MirrorPrintsResult",
    "MonteCarloResult",
    "MonteCarloResultBands",
    "MonteCarloResultFinalReturn",
    "MonteCarloResultFinalReturnHistogram",
    "MonteCarloResultMaxDrawdown",
    "MonteCarloResultMethod",
    "MultiAgentSpec",
    "NotificationChannel",
    "NotificationTarget",
    "NotificationTargetKind",
    "OnchainAccountTransfer",
    "OnchainAccountTransfers",
    "OnchainAccountTransfersKind",
    "OnchainAlertOut",
    "OnchainAlertOutData",
    "OnchainAlertPage",
    "OnchainChainStatus",
    "OnchainExchangeFlowChartFormat",
    "OnchainExchangeFlowChartResponseOnchainExchangeFlowChart",
    "OnchainExchangeFlowChartSource",
    "OnchainExchangeFlowSource",
    "OnchainFlowPage",
    "OnchainFlowRow",
    "OnchainIngestAccepted",
    "OnchainIngestRequest",
    "OnchainLabelImportResult",
    "OnchainLabelLookup",
    "OnchainLabelOut",
    "OnchainLabelPage",
    "OnchainListAlertsKindType0",
    "OnchainMinerAddress",
    "OnchainMinerFlowsSource",
    "OnchainMinerPoint",
    "OnchainMinersReport",
    "OnchainStatus",
    "OnchainUtxoAgesSource",
    "OnchainUtxoBand",
    "OnchainUtxoReport",
    "OnchainWhaleAddressPoint",
    "OnchainWhaleAddressSeries",
    "OnchainWhalePage",
    "OnchainWhaleTransfer",
    "OptimizeResult",
    "OptimizeResultBestMetricsType0",
    "OptimizeResultBestParamsType0",
    "OptimizeResultMethod",
    "OptimizeResultObjective",
    "OrderBookOut",
    "OrderBookOutSource",
    "OverfittingReport",
    "PageAutoMLDeploymentOut",
    "PageAutoMLStudyOut",
    "PageBacktestRunSummary",
    "PageExchangeStatus",
    "PageSyntheticModelOut",
    "ParamInfo",
    "ParamInfoType",
    "ParamRange",
    "ParamSchema",
    "ParamSchemaType",
    "ParamStability",
    "PasswordChangeIn",
    "PasswordChangeOut",
    "PerformanceBucket",
    "PerformanceMetrics",
    "PerformanceStats",
    "PortfolioAccountView",
    "PortfolioAllocateChartFormat",
    "PortfolioAllocateChartResponsePortfolioAllocateChart",
    "PortfolioAllocateRequest",
    "PortfolioAllocateRequestCodependence",
    "PortfolioAllocateRequestCovariance",
    "PortfolioAllocateRequestLinkage",
    "PortfolioAllocateRequestMethod",
    "PortfolioAllocateRequestObjective",
    "PortfolioAllocateRequestPricesType0",
    "PortfolioAllocateRequestRiskMeasure",
    "PortfolioAllocation",
    "PortfolioAllocationRiskContributions",
    "PortfolioAllocationWeights",
    "PortfolioAttributionRow",
    "PortfolioCorrelatedPair",
    "PortfolioEquityPoint",
    "PortfolioFrontierPoint",
    "PortfolioFrontierPointWeights",
    "PortfolioLedgerEntryView",
    "PortfolioLedgerEntryViewKind",
    "PortfolioLedgerPage",
    "PortfolioMarkedPosition",
    "PortfolioMarkedPositionOrigin",
    "PortfolioMarkedPositionSide",
    "PortfolioMarkedPositionSource",
    "PortfolioPerformance",
    "PortfolioPerformanceChartFormat",
    "PortfolioPerformanceChartResponsePortfolioPerformanceChart",
    "PortfolioPerformanceContributions",
    "PortfolioPerformanceMetrics",
    "PortfolioPositionCreate",
    "PortfolioPositionsPage",
    "PortfolioPositionUpdate",
    "PortfolioPositionView",
    "PortfolioPositionViewOrigin",
    "PortfolioPositionViewSide",
    "PortfolioRebalanceProposal",
    "PortfolioRebalanceProposalTargetWeights",
    "PortfolioRebalanceRequest",
    "PortfolioRebalanceRequestHoldingsType0",
    "PortfolioRebalanceRequestLotSize",
    "PortfolioRebalanceRequestMinNotional",
    "PortfolioRebalanceRequestPricesType0",
    "PortfolioRebalanceRequestTargetWeightsType0",
    "PortfolioRebalanceSkip",
    "PortfolioRebalanceTrade",
    "PortfolioRebalanceTradeSide",
    "PortfolioRiskReport",
    "PortfolioRiskReportCorrelation",
    "PortfolioRiskReportCorrelationAdditionalProperty",
    "PortfolioRiskReportWeights",
    "PortfolioTotals",
    "PriceOut",
    "PriceOutSource",
    "PricesOut",
    "PricesOutSource",
    "Problem",
    "ProblemTypeInfo",
    "ProblemTypeList",
    "RankedParams",
    "RankedParamsMetrics",
    "RankedParamsParams",
    "Readiness",
    "ReadinessComponents",
    "ReadinessComponentsAdditionalProperty",
    "RefreshIn",
    "RegisterIn",
    "ResiliencyEventOut",
    "ResiliencyOut",
    "RetentionPolicyOut",
    "RetentionPolicyOutMechanism",
    "RetentionReport",
    "RetentionRunResult",
    "RetentionRunResultDeleted",
    "RiskBook",
    "RiskCandle",
    "RiskCheckOrderRequest",
    "RiskCheckOrderRequestSide",
    "RiskCheckOrderResult",
    "RiskCoverageTest",
    "RiskHeatCluster",
    "RiskHeatPosition",
    "RiskHistoricalScenario",
    "RiskMonteCarloScenario",
    "RiskPerTradeSizing",
    "RiskPortfolioHeat",
    "RiskPositionSize",
    "RiskPositionSizeBound",
    "RiskPositionSizeRequest",
    "RiskPositionSizeRequestMethod",
    "RiskPositionSizeRequestSide",
    "RiskProtectionRulesIn",
    "RiskProtectionStatus",
    "RiskProtectionTripOut",
    "RiskRewardTarget",
    "RiskShockScenario",
    "RiskShockScenarioMoves",
    "RiskStopLoss",
    "RiskStopLossRequest",
    "RiskStopLossRequestBasis",
    "RiskStopLossRequestSide",
    "RiskStressPosition",
    "RiskStressPositionOutcome",
    "RiskStressRequest",
    "RiskStressResult",
    "RiskStressScenarioResult",
    "RiskStressScenarioResultKind",
    "RiskVarBacktest",
    "RiskVarRequest",
    "RiskVarRequestAssetsType0",
    "RiskVarRequestMethod",
    "RiskVarRequestWeightsType0",
    "RiskVarResult",
    "RiskVarResultDetails",
    "RLCandleIn",
    "RLEquityMetrics",
    "RLEquityMetricsMetrics",
    "RLLoadModelOut",
    "RLModelOut",
    "RLModelOutDataType0",
    "RLModelOutMetricsType0",
    "RLModelOutParams",
    "RLModelPage",
    "RLPerformanceOut",
    "RLPerformanceOutAgent",
    "RLPerformanceOutChart",
    "RLPerformanceOutRandom",
    "RLPredictOut",
    "RLPredictOutAction",
    "RLPredictOutPolicyAction",
    "RLPredictOutProbabilities",
    "RLPredictOutSide",
    "RLPredictRequest",
    "RLPublishRequest",
    "RLSaveModelRequest",
    "RLTrainOut",
    "RLTrainRequest",
    "RoundSizeResult",
    "RunReport",
    "RunReportStoppedBy",
    "SignalModelTarget",
    "SignalModelTargetData",
    "SignalOut",
    "SignalOutMetadataType0",
    "SignalOutSide",
    "SignalPage",
    "SignalSaveItem",
    "SignalSaveItemMetadataType0",
    "SignalSaveItemSide",
    "SignalSaveItemTimeframeType0",
    "SlippagePoint",
    "SlippagePointSide",
    "SpoofingOut",
    "SpoofingOutSource",
    "SpoofingSettings",
    "StrategyInfo",
    "StrategyTarget",
    "StrategyTargetFixedParams",
    "StreamStatus",
    "SyntheticDataRange",
    "SyntheticGenerateRequest",
    "SyntheticGenerateRequestFormat",
    "SyntheticGenerateRequestGenerator",
    "SyntheticGenerateRequestRegimeType0",
    "SyntheticGenerateRequestStartPriceType0",
    "SyntheticGenerateResult",
    "SyntheticGenerateResultGenerator",
    "SyntheticGenerateResultRegimeType0",
    "SyntheticListModelsStatusType0",
    "SyntheticModelOut",
    "SyntheticModelOutMetricsType0",
    "SyntheticModelOutParams",
    "SyntheticModelOutStatus",
    "SyntheticPathOut",
    "SyntheticPathOutRegime",
    "SyntheticPublishRequest",
    "SyntheticQualityReport",
    "SyntheticQualityReportBest",
    "SyntheticQualityReportChart",
    "SyntheticQualityReportGenerators",
    "SyntheticQualityReportGeneratorsAdditionalProperty",
    "SyntheticQualityReportReal",
    "SyntheticQualityReportRealHoldout",
    "SyntheticQualityReportRegimeMatch",
    "SyntheticQualityReportWindows",
    "SyntheticScenario",
    "SyntheticScenarioKind",
    "SyntheticScenarioSet",
    "SyntheticTrainingEpoch",
    "SyntheticTrainingEpochLosses",
    "SyntheticTrainingEpochPhase",
    "SyntheticTrainRequest",
    "TokenPair",
    "TopicStatus",
    "TrackedTradeIn",
    "TrackedTradeInSide",
    "TrackedTradeOut",
    "TrailingStop",
    "TrialCounts",
    "TrialResult",
    "TrialResultFoldMetricsType0Item",
    "TrialResultMetrics",
    "TrialResultParams",
    "TriangularLeg",
    "TriangularLegSide",
    "TriangularOut",
    "UserOut",
    "UserPage",
    "UserSettingsIn",
    "UserSettingsOut",
    "UserUpdateIn",
    "UserUpdateInRolesType0Item",
    "ValidateOut",
    "ValidateOutVia",
    "WalkForwardFold",
    "WalkForwardFoldBestParams",
    "WalkForwardResult",
    "WalkForwardResultMode",
    "WashIn",
    "WashOut",
    "WashOutScores",
    "WashOutSource",
    "WashTradeIn",
    "WashTradeInSideType0",
)
