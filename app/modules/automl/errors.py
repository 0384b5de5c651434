"""AutoML errors, as ``AppError`` subclasses so routers render them as RFC 9457 problems."""

from __future__ import annotations

from app.core.errors import Conflict, NotFound, ServiceUnavailable, ValidationFailed


class StudyNotFound(NotFound):
    title = "Study not found"


class TrialNotFound(NotFound):
    title = "Trial not found"


class InvalidAutoMLInput(ValidationFailed):
    title = "Invalid AutoML request"


class DeploymentRetired(Conflict):
    title = "The deployment is retired"


class DeploymentNotReady(Conflict):
    title = "The deployment is not active"


class NoCompletedTrials(Conflict):
    title = "The study has no completed trials yet"


class DataMismatch(Conflict):
    title = "Candles differ from the ones the study was run on"


class SamplerUnavailable(ServiceUnavailable):
    title = "Sampler backend not installed"


class StorageUnavailable(ServiceUnavailable):
    title = "Optuna storage unavailable"


class ModelFileInvalid(Conflict):
    title = "A deployed model file is missing or altered"


class BackendUnavailable(ServiceUnavailable):
    title = "AutoML backend not installed or unreachable"
