"""Problems the on-chain module raises (RFC 9457 via app.core.errors).

Outside failures name their source (``provider`` is ``glassnode``, ``cryptoquant``,
``etherscan``, ``bscscan``, ``eth-node`` or ``btc-node``): a rejected key or a malformed answer is
a 502, an unreachable or rate-limiting source a 503 with ``Retry-After``; never a 500.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError, Conflict, NotFound, ValidationFailed, field_error


class InvalidAddress(ValidationFailed):
    """The value is not an address on that chain (checksum and format are checked)."""

    slug, title = "onchain-invalid-address", "Not an address"

    def __init__(self, chain: str, address: str, field: str) -> None:
        message = f"{address!r} is not a valid {chain} address"
        super().__init__(message, errors=[field_error(field, message, "address")], field=field)


class LabelNotFound(NotFound):
    """No label is known for that address."""

    slug, title = "onchain-label-not-found", "Address not labelled"


class LabelFileInvalid(ValidationFailed):
    """The uploaded label file does not parse in the format named by ``format``."""

    slug, title = "onchain-label-file-invalid", "Label file invalid"


class BlockRangeTooLarge(ValidationFailed):
    """One ingest job covers at most ``APP_ONCHAIN_MAX_BLOCKS_PER_JOB`` blocks."""

    slug, title = "onchain-block-range-too-large", "Block range too large"


class BlockRangeInvalid(ValidationFailed):
    """The block range is empty, leaves a gap after the stored tip, or is beyond the node's."""

    slug, title = "onchain-block-range-invalid", "Block range invalid"


class IngestRunning(Conflict):
    """An ingest job for that chain is already queued or running."""

    slug, title = "onchain-ingest-running", "Ingest already running"


class NothingIngested(NotFound):
    """The node-computed metric needs ingested blocks of that chain, and none are stored."""

    slug, title = "onchain-nothing-ingested", "No blocks ingested"


class TokenDecimalsUnknown(ValidationFailed):
    """The token's decimals are not known (its ``decimals()`` did not answer, or it was never
    seen), so its amounts have no units."""

    slug, title = "onchain-token-decimals-unknown", "Token decimals unknown"


class ReorgTooDeep(AppError):
    """The node's chain diverges from the stored one deeper than the configured reorg depth."""

    status, slug, title = 409, "onchain-reorg-too-deep", "Reorganisation deeper than allowed"


class NodeNotConfigured(AppError):
    """No JSON-RPC URL is configured for that chain's node."""

    status, slug, title = 503, "onchain-node-not-configured", "Node not configured"


class ProviderError(AppError):
    """Base of every outside-source failure; ``provider`` names the source."""

    status, slug, title = 502, "onchain-provider-error", "On-chain data provider failed"

    def __init__(self, provider: str, detail: str, **extra: Any) -> None:
        super().__init__(f"{provider}: {detail}", provider=provider, **extra)
        self.provider = provider


class ProviderBadResponse(ProviderError):
    """The provider (or node) answered something that is not its documented format."""

    slug, title = "onchain-provider-bad-response", "Malformed provider response"


class ProviderAuthFailed(ProviderError):
    """The provider rejected the configured API key."""

    slug, title = "onchain-provider-auth-failed", "Provider rejected the API key"


class ProviderRequestRejected(ProviderError):
    """The provider refused the request itself (unknown metric, bad parameter, plan limits)."""

    slug, title = "onchain-provider-request-rejected", "Provider refused the request"


class ProviderNotConfigured(ProviderError):
    """The requested ``source`` needs an API key this deployment does not have: choose another
    source (``node``), or configure the key. A 422 naming ``query.source``, because the request
    can be changed to succeed; an unreachable configured provider is a 503."""

    status, slug, title = 422, "onchain-provider-not-configured", "Provider not configured"

    def __init__(self, provider: str, detail: str, **extra: Any) -> None:
        super().__init__(
            provider, detail, errors=[field_error("query.source", detail, "source")], **extra
        )


class ProviderUnavailable(ProviderError):
    """The provider could not be reached (after retries)."""

    status, slug, title = 503, "onchain-provider-unavailable", "Provider unavailable"

    def __init__(self, provider: str, detail: str, retry_after: int = 5, **extra: Any) -> None:
        super().__init__(provider, detail, **extra)
        self.headers = {"Retry-After": str(retry_after)}


class ProviderRateLimited(ProviderUnavailable):
    """The provider kept answering 429 (or its rate-limit message) after every retry."""

    slug, title = "onchain-provider-rate-limited", "Provider rate limit exhausted"
