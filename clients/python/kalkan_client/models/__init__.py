"""Contains all the data models used in inputs/outputs"""

from .activity_out import ActivityOut
from .activity_out_source import ActivityOutSource
from .activity_stats import ActivityStats
from .activity_stats_label import ActivityStatsLabel
from .activity_stats_score_components import ActivityStatsScoreComponents
from .activity_stats_score_weights import ActivityStatsScoreWeights
from .api_key_created import ApiKeyCreated
from .api_key_in import ApiKeyIn
from .api_key_in_scopes_item import ApiKeyInScopesItem
from .api_key_out import ApiKeyOut
from .arbitrage_in import ArbitrageIn
from .arbitrage_in_fees import ArbitrageInFees
from .arbitrage_in_withdrawal_fees import ArbitrageInWithdrawalFees
from .arbitrage_out import ArbitrageOut
from .arbitrage_out_fees import ArbitrageOutFees
from .arbitrage_out_source_type_0 import ArbitrageOutSourceType0
from .atr_stop import AtrStop
from .atr_target import AtrTarget
from .audit_entry import AuditEntry
from .audit_entry_details import AuditEntryDetails
from .audit_page import AuditPage
from .automl_list_deployments_status_type_0 import AutomlListDeploymentsStatusType0
from .backtest_get_chart_format import BacktestGetChartFormat
from .backtest_get_chart_response_backtest_get_chart import BacktestGetChartResponseBacktestGetChart
from .backtest_history_kind_type_0 import BacktestHistoryKindType0
from .backtest_history_status_type_0 import BacktestHistoryStatusType0
from .backtest_metrics import BacktestMetrics
from .backtest_result import BacktestResult
from .backtest_result_direction import BacktestResultDirection
from .backtest_result_engine import BacktestResultEngine
from .backtest_result_execution import BacktestResultExecution
from .backtest_result_params import BacktestResultParams
from .backtest_run_out import BacktestRunOut
from .backtest_run_out_request import BacktestRunOutRequest
from .backtest_run_out_status import BacktestRunOutStatus
from .backtest_run_out_summary_type_0 import BacktestRunOutSummaryType0
from .backtest_run_request import BacktestRunRequest
from .backtest_run_request_candles_type_0 import BacktestRunRequestCandlesType0
from .backtest_run_request_direction import BacktestRunRequestDirection
from .backtest_run_request_execution import BacktestRunRequestExecution
from .backtest_run_request_params import BacktestRunRequestParams
from .backtest_settings import BacktestSettings
from .backtest_settings_direction import BacktestSettingsDirection
from .backtest_settings_execution import BacktestSettingsExecution
from .backtest_spec import BacktestSpec
from .backtest_spec_candles_type_0 import BacktestSpecCandlesType0
from .backtest_spec_direction import BacktestSpecDirection
from .backtest_spec_execution import BacktestSpecExecution
from .backtest_spec_params import BacktestSpecParams
from .benford_out import BenfordOut
from .best_params_out import BestParamsOut
from .best_params_out_best_params_type_0 import BestParamsOutBestParamsType0
from .best_params_out_directions_item import BestParamsOutDirectionsItem
from .best_params_out_target import BestParamsOutTarget
from .best_quote import BestQuote
from .body_auth_login import BodyAuthLogin
from .book_error import BookError
from .book_in import BookIn
from .book_used import BookUsed
from .book_used_source_type_0 import BookUsedSourceType0
from .candle_download_in import CandleDownloadIn
from .candle_import_result import CandleImportResult
from .candle_import_result_dataset import CandleImportResultDataset
from .candle_import_result_on_conflict import CandleImportResultOnConflict
from .candle_in import CandleIn
from .candle_out import CandleOut
from .candle_series import CandleSeries
from .candle_window import CandleWindow
from .crash_detector_params import CrashDetectorParams
from .crash_episode import CrashEpisode
from .crash_rule import CrashRule
from .cross_opportunity_out import CrossOpportunityOut
from .database_import_candles_candle_import_form import DatabaseImportCandlesCandleImportForm
from .database_import_candles_candle_import_form_dataset import DatabaseImportCandlesCandleImportFormDataset
from .database_import_candles_candle_import_form_on_conflict import DatabaseImportCandlesCandleImportFormOnConflict
from .database_signal_history_side_type_0 import DatabaseSignalHistorySideType0
from .deploy_request import DeployRequest
from .deployment_member import DeploymentMember
from .deployment_member_metrics import DeploymentMemberMetrics
from .deployment_member_params import DeploymentMemberParams
from .deployment_member_reproduced_metrics_type_0 import DeploymentMemberReproducedMetricsType0
from .deployment_out import DeploymentOut
from .deployment_out_status import DeploymentOutStatus
from .deployment_out_target import DeploymentOutTarget
from .depth_band_out import DepthBandOut
from .depth_limit_out import DepthLimitOut
from .emergency_release_request import EmergencyReleaseRequest
from .emergency_scan_request import EmergencyScanRequest
from .emergency_scan_result import EmergencyScanResult
from .emergency_status import EmergencyStatus
from .emergency_trigger_request import EmergencyTriggerRequest
from .emergency_trigger_result import EmergencyTriggerResult
from .equity_curve import EquityCurve
from .exchange_features import ExchangeFeatures
from .exchange_price import ExchangePrice
from .exchange_status import ExchangeStatus
from .exchange_status_source import ExchangeStatusSource
from .field_error import FieldError
from .fixed_fraction_sizing import FixedFractionSizing
from .fixed_pct_stop import FixedPctStop
from .fixed_pct_target import FixedPctTarget
from .halt_action import HaltAction
from .halt_info import HaltInfo
from .halt_scope import HaltScope
from .imbalance_out import ImbalanceOut
from .imbalance_out_source import ImbalanceOutSource
from .job_accepted import JobAccepted
from .job_out import JobOut
from .job_out_result_type_0 import JobOutResultType0
from .job_state import JobState
from .job_state_result_type_0 import JobStateResultType0
from .large_order_out import LargeOrderOut
from .large_order_out_outcome import LargeOrderOutOutcome
from .large_order_out_side import LargeOrderOutSide
from .liveness import Liveness
from .logout_out import LogoutOut
from .mirror_prints_out import MirrorPrintsOut
from .monte_carlo_request import MonteCarloRequest
from .monte_carlo_request_method import MonteCarloRequestMethod
from .monte_carlo_result import MonteCarloResult
from .monte_carlo_result_bands import MonteCarloResultBands
from .monte_carlo_result_final_return import MonteCarloResultFinalReturn
from .monte_carlo_result_final_return_histogram import MonteCarloResultFinalReturnHistogram
from .monte_carlo_result_max_drawdown import MonteCarloResultMaxDrawdown
from .monte_carlo_result_method import MonteCarloResultMethod
from .monte_carlo_run_out import MonteCarloRunOut
from .monte_carlo_run_out_request import MonteCarloRunOutRequest
from .monte_carlo_run_out_status import MonteCarloRunOutStatus
from .monte_carlo_run_out_summary_type_0 import MonteCarloRunOutSummaryType0
from .notification_target import NotificationTarget
from .notification_target_kind import NotificationTargetKind
from .optimize_request import OptimizeRequest
from .optimize_request_pruner import OptimizeRequestPruner
from .optimize_request_sampler import OptimizeRequestSampler
from .optimize_request_target import OptimizeRequestTarget
from .optimize_result import OptimizeResult
from .optimize_result_best_metrics_type_0 import OptimizeResultBestMetricsType0
from .optimize_result_best_params_type_0 import OptimizeResultBestParamsType0
from .optimize_result_method import OptimizeResultMethod
from .optimize_result_objective import OptimizeResultObjective
from .optimize_run_out import OptimizeRunOut
from .optimize_run_out_request import OptimizeRunOutRequest
from .optimize_run_out_status import OptimizeRunOutStatus
from .optimize_run_out_summary_type_0 import OptimizeRunOutSummaryType0
from .order_book_out import OrderBookOut
from .order_book_out_source import OrderBookOutSource
from .overfitting_report import OverfittingReport
from .param_info import ParamInfo
from .param_info_type import ParamInfoType
from .param_range import ParamRange
from .param_schema import ParamSchema
from .param_schema_type import ParamSchemaType
from .param_stability import ParamStability
from .performance_bucket import PerformanceBucket
from .performance_metrics import PerformanceMetrics
from .performance_stats import PerformanceStats
from .price_out import PriceOut
from .price_out_source import PriceOutSource
from .prices_out import PricesOut
from .prices_out_source import PricesOutSource
from .problem import Problem
from .problem_type_info import ProblemTypeInfo
from .problem_type_list import ProblemTypeList
from .quote_error import QuoteError
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
from .risk_per_trade_sizing import RiskPerTradeSizing
from .risk_reward_target import RiskRewardTarget
from .round_size_out import RoundSizeOut
from .run_page import RunPage
from .run_report import RunReport
from .run_report_stopped_by import RunReportStoppedBy
from .run_summary import RunSummary
from .run_summary_kind import RunSummaryKind
from .run_summary_status import RunSummaryStatus
from .run_summary_summary_type_0 import RunSummarySummaryType0
from .signal_in import SignalIn
from .signal_in_side import SignalInSide
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
from .slippage_out import SlippageOut
from .slippage_out_side import SlippageOutSide
from .spoofing_out import SpoofingOut
from .spoofing_out_source import SpoofingOutSource
from .spoofing_settings import SpoofingSettings
from .strategy_info import StrategyInfo
from .strategy_target import StrategyTarget
from .strategy_target_fixed_params import StrategyTargetFixedParams
from .stream_status import StreamStatus
from .study_accepted import StudyAccepted
from .study_out import StudyOut
from .study_out_data import StudyOutData
from .study_out_target import StudyOutTarget
from .study_status_out import StudyStatusOut
from .study_status_out_data import StudyStatusOutData
from .study_status_out_directions_item import StudyStatusOutDirectionsItem
from .study_status_out_target import StudyStatusOutTarget
from .tail_out import TailOut
from .token_pair import TokenPair
from .topic_status import TopicStatus
from .touch_out import TouchOut
from .tracked_trade_in import TrackedTradeIn
from .tracked_trade_in_side import TrackedTradeInSide
from .tracked_trade_out import TrackedTradeOut
from .trade import Trade
from .trade_direction import TradeDirection
from .trade_exit_reason import TradeExitReason
from .trade_in import TradeIn
from .trade_in_side_type_0 import TradeInSideType0
from .trade_status import TradeStatus
from .trailing_stop import TrailingStop
from .trial_counts import TrialCounts
from .trial_result import TrialResult
from .trial_result_fold_metrics_type_0_item import TrialResultFoldMetricsType0Item
from .trial_result_metrics import TrialResultMetrics
from .trial_result_params import TrialResultParams
from .triangular_in import TriangularIn
from .triangular_leg_out import TriangularLegOut
from .triangular_leg_out_side import TriangularLegOutSide
from .triangular_out import TriangularOut
from .user_out import UserOut
from .user_settings_in import UserSettingsIn
from .user_settings_out import UserSettingsOut
from .user_update_in import UserUpdateIn
from .user_update_in_roles_type_0_item import UserUpdateInRolesType0Item
from .validate_out import ValidateOut
from .validate_out_via import ValidateOutVia
from .walk_forward_fold import WalkForwardFold
from .walk_forward_fold_best_params import WalkForwardFoldBestParams
from .walk_forward_request import WalkForwardRequest
from .walk_forward_request_method import WalkForwardRequestMethod
from .walk_forward_request_mode import WalkForwardRequestMode
from .walk_forward_request_objective import WalkForwardRequestObjective
from .walk_forward_request_param_space import WalkForwardRequestParamSpace
from .walk_forward_result import WalkForwardResult
from .walk_forward_result_mode import WalkForwardResultMode
from .walk_forward_run_out import WalkForwardRunOut
from .walk_forward_run_out_request import WalkForwardRunOutRequest
from .walk_forward_run_out_status import WalkForwardRunOutStatus
from .walk_forward_run_out_summary_type_0 import WalkForwardRunOutSummaryType0
from .wash_in import WashIn
from .wash_out import WashOut
from .wash_out_scores import WashOutScores
from .wash_out_source import WashOutSource

__all__ = (
    "ActivityOut",
    "ActivityOutSource",
    "ActivityStats",
    "ActivityStatsLabel",
    "ActivityStatsScoreComponents",
    "ActivityStatsScoreWeights",
    "ApiKeyCreated",
    "ApiKeyIn",
    "ApiKeyInScopesItem",
    "ApiKeyOut",
    "ArbitrageIn",
    "ArbitrageInFees",
    "ArbitrageInWithdrawalFees",
    "ArbitrageOut",
    "ArbitrageOutFees",
    "ArbitrageOutSourceType0",
    "AtrStop",
    "AtrTarget",
    "AuditEntry",
    "AuditEntryDetails",
    "AuditPage",
    "AutomlListDeploymentsStatusType0",
    "BacktestGetChartFormat",
    "BacktestGetChartResponseBacktestGetChart",
    "BacktestHistoryKindType0",
    "BacktestHistoryStatusType0",
    "BacktestMetrics",
    "BacktestResult",
    "BacktestResultDirection",
    "BacktestResultEngine",
    "BacktestResultExecution",
    "BacktestResultParams",
    "BacktestRunOut",
    "BacktestRunOutRequest",
    "BacktestRunOutStatus",
    "BacktestRunOutSummaryType0",
    "BacktestRunRequest",
    "BacktestRunRequestCandlesType0",
    "BacktestRunRequestDirection",
    "BacktestRunRequestExecution",
    "BacktestRunRequestParams",
    "BacktestSettings",
    "BacktestSettingsDirection",
    "BacktestSettingsExecution",
    "BacktestSpec",
    "BacktestSpecCandlesType0",
    "BacktestSpecDirection",
    "BacktestSpecExecution",
    "BacktestSpecParams",
    "BenfordOut",
    "BestParamsOut",
    "BestParamsOutBestParamsType0",
    "BestParamsOutDirectionsItem",
    "BestParamsOutTarget",
    "BestQuote",
    "BodyAuthLogin",
    "BookError",
    "BookIn",
    "BookUsed",
    "BookUsedSourceType0",
    "CandleDownloadIn",
    "CandleImportResult",
    "CandleImportResultDataset",
    "CandleImportResultOnConflict",
    "CandleIn",
    "CandleOut",
    "CandleSeries",
    "CandleWindow",
    "CrashDetectorParams",
    "CrashEpisode",
    "CrashRule",
    "CrossOpportunityOut",
    "DatabaseImportCandlesCandleImportForm",
    "DatabaseImportCandlesCandleImportFormDataset",
    "DatabaseImportCandlesCandleImportFormOnConflict",
    "DatabaseSignalHistorySideType0",
    "DeploymentMember",
    "DeploymentMemberMetrics",
    "DeploymentMemberParams",
    "DeploymentMemberReproducedMetricsType0",
    "DeploymentOut",
    "DeploymentOutStatus",
    "DeploymentOutTarget",
    "DeployRequest",
    "DepthBandOut",
    "DepthLimitOut",
    "EmergencyReleaseRequest",
    "EmergencyScanRequest",
    "EmergencyScanResult",
    "EmergencyStatus",
    "EmergencyTriggerRequest",
    "EmergencyTriggerResult",
    "EquityCurve",
    "ExchangeFeatures",
    "ExchangePrice",
    "ExchangeStatus",
    "ExchangeStatusSource",
    "FieldError",
    "FixedFractionSizing",
    "FixedPctStop",
    "FixedPctTarget",
    "HaltAction",
    "HaltInfo",
    "HaltScope",
    "ImbalanceOut",
    "ImbalanceOutSource",
    "JobAccepted",
    "JobOut",
    "JobOutResultType0",
    "JobState",
    "JobStateResultType0",
    "LargeOrderOut",
    "LargeOrderOutOutcome",
    "LargeOrderOutSide",
    "Liveness",
    "LogoutOut",
    "MirrorPrintsOut",
    "MonteCarloRequest",
    "MonteCarloRequestMethod",
    "MonteCarloResult",
    "MonteCarloResultBands",
    "MonteCarloResultFinalReturn",
    "MonteCarloResultFinalReturnHistogram",
    "MonteCarloResultMaxDrawdown",
    "MonteCarloResultMethod",
    "MonteCarloRunOut",
    "MonteCarloRunOutRequest",
    "MonteCarloRunOutStatus",
    "MonteCarloRunOutSummaryType0",
    "NotificationTarget",
    "NotificationTargetKind",
    "OptimizeRequest",
    "OptimizeRequestPruner",
    "OptimizeRequestSampler",
    "OptimizeRequestTarget",
    "OptimizeResult",
    "OptimizeResultBestMetricsType0",
    "OptimizeResultBestParamsType0",
    "OptimizeResultMethod",
    "OptimizeResultObjective",
    "OptimizeRunOut",
    "OptimizeRunOutRequest",
    "OptimizeRunOutStatus",
    "OptimizeRunOutSummaryType0",
    "OrderBookOut",
    "OrderBookOutSource",
    "OverfittingReport",
    "ParamInfo",
    "ParamInfoType",
    "ParamRange",
    "ParamSchema",
    "ParamSchemaType",
    "ParamStability",
    "PerformanceBucket",
    "PerformanceMetrics",
    "PerformanceStats",
    "PriceOut",
    "PriceOutSource",
    "PricesOut",
    "PricesOutSource",
    "Problem",
    "ProblemTypeInfo",
    "ProblemTypeList",
    "QuoteError",
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
    "RiskPerTradeSizing",
    "RiskRewardTarget",
    "RoundSizeOut",
    "RunPage",
    "RunReport",
    "RunReportStoppedBy",
    "RunSummary",
    "RunSummaryKind",
    "RunSummaryStatus",
    "RunSummarySummaryType0",
    "SignalIn",
    "SignalInSide",
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
    "SlippageOut",
    "SlippageOutSide",
    "SpoofingOut",
    "SpoofingOutSource",
    "SpoofingSettings",
    "StrategyInfo",
    "StrategyTarget",
    "StrategyTargetFixedParams",
    "StreamStatus",
    "StudyAccepted",
    "StudyOut",
    "StudyOutData",
    "StudyOutTarget",
    "StudyStatusOut",
    "StudyStatusOutData",
    "StudyStatusOutDirectionsItem",
    "StudyStatusOutTarget",
    "TailOut",
    "TokenPair",
    "TopicStatus",
    "TouchOut",
    "TrackedTradeIn",
    "TrackedTradeInSide",
    "TrackedTradeOut",
    "Trade",
    "TradeDirection",
    "TradeExitReason",
    "TradeIn",
    "TradeInSideType0",
    "TradeStatus",
    "TrailingStop",
    "TrialCounts",
    "TrialResult",
    "TrialResultFoldMetricsType0Item",
    "TrialResultMetrics",
    "TrialResultParams",
    "TriangularIn",
    "TriangularLegOut",
    "TriangularLegOutSide",
    "TriangularOut",
    "UserOut",
    "UserSettingsIn",
    "UserSettingsOut",
    "UserUpdateIn",
    "UserUpdateInRolesType0Item",
    "ValidateOut",
    "ValidateOutVia",
    "WalkForwardFold",
    "WalkForwardFoldBestParams",
    "WalkForwardRequest",
    "WalkForwardRequestMethod",
    "WalkForwardRequestMode",
    "WalkForwardRequestObjective",
    "WalkForwardRequestParamSpace",
    "WalkForwardResult",
    "WalkForwardResultMode",
    "WalkForwardRunOut",
    "WalkForwardRunOutRequest",
    "WalkForwardRunOutStatus",
    "WalkForwardRunOutSummaryType0",
    "WashIn",
    "WashOut",
    "WashOutScores",
    "WashOutSource",
)
