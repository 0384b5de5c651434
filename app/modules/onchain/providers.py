"""Clients of the outside on-chain data providers, each in its documented format.

- Glassnode: ``GET {base}/v1/metrics/{category}/{metric}?a=BTC&s=&u=&i=24h[&e=exchange]`` with
  the key in ``X-Api-Key``; answers ``[{"t": unix, "v": number}]`` or, for multi-value metrics
  such as HODL waves, ``[{"t": unix, "o": {band: share}}]``.
- CryptoQuant: ``GET {base}/v1/{asset}/{category}/{metric}?window=day&from=&to=&exchange=``
  with ``Authorization: Bearer <key>``; answers ``{"status": {"code", "message"},
  "result": {"window", "data": [{"date": ..., "<metric>_total": ...}]}}``.
- Etherscan / BscScan (API v2, one host, ``chainid`` 1 or 56): ``GET {base}?chainid=&module=
  account&action=txlist|tokentx&address=&page=&offset=&sort=&apikey=``; answers ``{"status":
  "1", "message": "OK", "result": [...]}``, or ``status "0"`` with the reason in ``result``
  ("Max rate limit reached", "Invalid API Key", "No transactions found").

Every client waits between requests to honour its provider's rate (``*_rate_per_second``),
retries transport errors, 429 and 5xx with the core backoff (``Retry-After`` honoured up to
``provider_max_retry_after``), and maps failures to problems naming the provider: a rejected key
502, an exhausted rate limit or an unreachable provider 503 with ``Retry-After``.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any, Self

import httpx

from app.core.retry import RetryPolicy, retry_async
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.errors import (
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderNotConfigured,
    ProviderRateLimited,
    ProviderRequestRejected,
    ProviderUnavailable,
)


class _Retry(Exception):
    def __init__(self, status: int, retry_after: float | None, rate_limited: bool) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after
        self.rate_limited = rate_limited


class RateGate:
    """At most ``rate`` requests per second from this client (the next waits its turn)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self._lock:
            now = time.monotonic()
            if self._next > now:
                await asyncio.sleep(self._next - now)
            self._next = max(now, self._next) + self.interval


class ProviderClient:
    name = "provider"

    def __init__(
        self, base_url: str, key: str | None, settings: OnchainSettings, rate: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:  # fmt: skip
        if not key:
            raise ProviderNotConfigured(
                self.name, f"no API key configured (APP_ONCHAIN_{self.name.upper()}_API_KEY)"
            )
        self.base_url = base_url.rstrip("/")
        self.key = key
        self.max_retry_after = settings.provider_max_retry_after
        self.policy = RetryPolicy(
            max_retries=settings.provider_max_retries, base_delay=settings.provider_retry_base_delay
        )
        self.gate = RateGate(rate)
        self.http = httpx.AsyncClient(
            timeout=settings.provider_timeout_seconds, transport=transport
        )

    async def close(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def headers(self) -> dict[str, str]:
        return {}

    def check(self, response: httpx.Response, body: Any) -> Any:
        """The payload of a 200 answer (providers that signal errors in the body override)."""
        return body

    async def get(self, url: str, params: dict[str, Any]) -> Any:
        async def attempt() -> Any:
            await self.gate.wait()
            response = await self.http.get(url, params=params, headers=self.headers())
            if response.status_code in (401, 403):
                raise ProviderAuthFailed(self.name, f"HTTP {response.status_code}: key rejected")
            if response.status_code == 429 or response.status_code >= 500:
                raise _Retry(response.status_code, _seconds(response.headers.get("Retry-After")),
                             response.status_code == 429)  # fmt: skip
            if response.status_code >= 400:
                raise ProviderRequestRejected(
                    self.name, f"HTTP {response.status_code}: {response.text[:200]}"
                )
            try:
                body = response.json()
            except ValueError:
                raise ProviderBadResponse(self.name, "the answer is not JSON") from None
            return self.check(response, body)

        def delay_for(error: BaseException, _attempt: int) -> float | None:
            if isinstance(error, _Retry) and error.retry_after is not None:
                return min(error.retry_after, self.max_retry_after)
            return None

        try:
            return await retry_async(
                attempt, policy=self.policy, retry_on=(httpx.TransportError, _Retry),
                delay_for=delay_for, label=self.name,
            )  # fmt: skip
        except _Retry as exc:
            wait = int(exc.retry_after or 5)
            if exc.rate_limited:
                raise ProviderRateLimited(
                    self.name, f"rate limit still exceeded after {self.policy.max_retries} retries",
                    retry_after=wait,
                ) from None  # fmt: skip
            raise ProviderUnavailable(
                self.name, f"HTTP {exc.status} after {self.policy.max_retries} retries",
                retry_after=wait,
            ) from None  # fmt: skip
        except httpx.TransportError as exc:
            raise ProviderUnavailable(self.name, f"unreachable: {type(exc).__name__}") from None


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _unix(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment else None


class Glassnode(ProviderClient):
    name = "glassnode"
    INTERVALS = {"1h": "1h", "1d": "24h", "1w": "1w", "total": "24h"}

    def __init__(
        self, settings: OnchainSettings, transport: httpx.AsyncBaseTransport | None = None
    ):
        key = settings.glassnode_api_key.get_secret_value() if settings.glassnode_api_key else None
        super().__init__(settings.glassnode_base_url, key, settings,
                         settings.glassnode_rate_per_second, transport)  # fmt: skip

    def headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.key}

    async def metric(
        self, path: str, asset: str, *, start: datetime | None = None,
        end: datetime | None = None, interval: str = "1d", exchange: str | None = None,
    ) -> list[dict[str, Any]]:  # fmt: skip
        params: dict[str, Any] = {"a": asset.upper(), "i": self.INTERVALS.get(interval, "24h")}
        if start:
            params["s"] = _unix(start)
        if end:
            params["u"] = _unix(end)
        if exchange:
            params["e"] = exchange
        body = await self.get(f"{self.base_url}/v1/metrics/{path}", params)
        if not isinstance(body, list) or not all(
            isinstance(p, dict) and isinstance(p.get("t"), int) and ("v" in p or "o" in p)
            for p in body
        ):
            raise ProviderBadResponse(self.name, f"{path}: expected [{{t, v}}] points")
        return body


class CryptoQuant(ProviderClient):
    name = "cryptoquant"
    WINDOWS = {"1h": "hour", "1d": "day", "1w": "week", "total": "day"}

    def __init__(
        self, settings: OnchainSettings, transport: httpx.AsyncBaseTransport | None = None
    ):
        key = (
            settings.cryptoquant_api_key.get_secret_value()
            if settings.cryptoquant_api_key
            else None
        )
        super().__init__(settings.cryptoquant_base_url, key, settings,
                         settings.cryptoquant_rate_per_second, transport)  # fmt: skip

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    def check(self, response: httpx.Response, body: Any) -> Any:
        status = body.get("status") if isinstance(body, dict) else None
        if not isinstance(status, dict) or status.get("code") != 200:
            code = status.get("code") if isinstance(status, dict) else None
            message = status.get("message") if isinstance(status, dict) else "no status"
            if code in (401, 403):
                raise ProviderAuthFailed(self.name, f"{code}: {message}")
            raise ProviderRequestRejected(self.name, f"{code}: {message}")
        result = body.get("result")
        if not isinstance(result, dict) or not isinstance(result.get("data"), list):
            raise ProviderBadResponse(self.name, "expected result.data to be a list")
        return result["data"]

    async def series(
        self, asset: str, path: str, *, start: datetime | None = None,
        end: datetime | None = None, interval: str = "1d", **filters: str,
    ) -> list[dict[str, Any]]:  # fmt: skip
        params: dict[str, Any] = {"window": self.WINDOWS.get(interval, "day"), **filters}
        if start:
            params["from"] = start.strftime("%Y%m%dT%H%M%S")
        if end:
            params["to"] = end.strftime("%Y%m%dT%H%M%S")
        data = await self.get(f"{self.base_url}/v1/{asset.lower()}/{path}", params)
        return [row for row in data if isinstance(row, dict) and "date" in row]


def cryptoquant_date(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise ProviderBadResponse("cryptoquant", f"unreadable date {text!r}")


class Etherscan(ProviderClient):
    """Etherscan API v2 (``chainid`` picks the chain; BscScan is chain 56 of the same API)."""

    name = "etherscan"
    CHAIN_IDS = {"eth": 1, "bsc": 56}
    RATE_MESSAGES = ("rate limit", "max calls per sec")

    def __init__(
        self, settings: OnchainSettings, chain: str = "eth",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:  # fmt: skip
        if chain == "bsc":
            self.name = "bscscan"
            key_secret, base, rate = (settings.bscscan_api_key, settings.bscscan_base_url,
                                      settings.bscscan_rate_per_second)  # fmt: skip
        else:
            key_secret, base, rate = (settings.etherscan_api_key, settings.etherscan_base_url,
                                      settings.etherscan_rate_per_second)  # fmt: skip
        self.chain_id = self.CHAIN_IDS[chain]
        key = key_secret.get_secret_value() if key_secret else None
        super().__init__(base, key, settings, rate, transport)

    def check(self, response: httpx.Response, body: Any) -> Any:
        if not isinstance(body, dict) or "status" not in body or "result" not in body:
            raise ProviderBadResponse(self.name, "expected {status, message, result}")
        if body["status"] == "1":
            if not isinstance(body["result"], list):
                raise ProviderBadResponse(self.name, "result is not a list")
            return body["result"]
        reason = str(body["result"]) if not isinstance(body["result"], list) else ""
        message = str(body.get("message", ""))
        if message.startswith("No transactions found") or (
            isinstance(body["result"], list) and not body["result"]
        ):
            return []
        if any(text in reason.lower() for text in self.RATE_MESSAGES):
            raise _Retry(429, 1.0, True)
        if "invalid api key" in reason.lower() or "missing/invalid api key" in reason.lower():
            raise ProviderAuthFailed(self.name, reason)
        raise ProviderRequestRejected(self.name, f"{message}: {reason}")

    async def account(
        self, action: str, address: str, *, page: int, offset: int,
        start_block: int | None = None, end_block: int | None = None,
        contract: str | None = None, sort: str = "desc",
    ) -> list[dict[str, Any]]:  # fmt: skip
        params: dict[str, Any] = {
            "chainid": self.chain_id, "module": "account", "action": action,
            "address": address, "page": page, "offset": offset, "sort": sort, "apikey": self.key,
        }  # fmt: skip
        if start_block is not None:
            params["startblock"] = start_block
        if end_block is not None:
            params["endblock"] = end_block
        if contract:
            params["contractaddress"] = contract
        return list(await self.get(self.base_url, params))
