"""A JSON-RPC 2.0 client for blockchain nodes (Ethereum execution clients, Bitcoin Core).

Calls go out singly or as batches (one HTTP request, answers matched by ``id``). Transport
errors, 429 and 5xx are retried with the core backoff (``Retry-After`` honoured); a rejected
credential is a 502 naming the node, an unreachable node a 503, an answer that is not JSON-RPC a
502 (``ProviderBadResponse``). A JSON-RPC error object is an ``RpcCallError`` the caller decides
about (e.g. a reverted ``eth_call``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import httpx
import orjson

from app.core.retry import RetryPolicy, retry_async
from app.modules.onchain.errors import (
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderRequestRejected,
    ProviderUnavailable,
)


class RpcCallError(ProviderRequestRejected):
    """The node answered the call with a JSON-RPC error object."""

    slug, title = "onchain-rpc-call-error", "Node refused the call"

    def __init__(self, provider: str, method: str, code: int, message: str) -> None:
        super().__init__(provider, f"{method} failed ({code}): {message}", rpc_code=code)
        self.code = code
        self.rpc_message = message


class _Retryable(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


class JsonRpcClient:
    def __init__(
        self,
        url: str,
        provider: str,
        *,
        auth: tuple[str, str] | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        decimal_floats: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.provider = provider
        self.retry = retry or RetryPolicy(max_retries=3, base_delay=0.2)
        # Bitcoin amounts are decimal BTC: parsed as Decimal they convert to satoshis exactly.
        self._decimal = decimal_floats
        self._http = httpx.AsyncClient(timeout=timeout, auth=auth, transport=transport)
        self._next_id = 0

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> JsonRpcClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _post(self, payload: Any) -> Any:
        async def attempt() -> Any:
            response = await self._http.post(self.url, json=payload)
            if response.status_code in (401, 403):
                raise ProviderAuthFailed(self.provider, f"HTTP {response.status_code}")
            if response.status_code == 429 or response.status_code >= 500:
                # Bitcoin Core answers a failed call with HTTP 500 *and* a JSON-RPC error body.
                body = self._json_or_none(response)
                if response.status_code == 500 and body is not None:
                    return body
                raise _Retryable(response.status_code, _retry_after(response))
            body = self._json_or_none(response)
            if body is None:
                raise ProviderBadResponse(
                    self.provider, f"HTTP {response.status_code}: the answer is not JSON"
                )
            return body

        def delay_for(error: BaseException, _attempt: int) -> float | None:
            return error.retry_after if isinstance(error, _Retryable) else None

        try:
            return await retry_async(
                attempt, policy=self.retry, retry_on=(httpx.TransportError, _Retryable),
                delay_for=delay_for, label=f"{self.provider} rpc",
            )  # fmt: skip
        except _Retryable as exc:
            raise ProviderUnavailable(
                self.provider, f"HTTP {exc.status} after {self.retry.max_retries} retries",
                retry_after=int(exc.retry_after or 5),
            ) from None  # fmt: skip
        except httpx.TransportError as exc:
            raise ProviderUnavailable(self.provider, f"unreachable: {type(exc).__name__}") from None

    def _json_or_none(self, response: httpx.Response) -> Any:
        try:
            if self._decimal:
                return json.loads(response.content, parse_float=Decimal)
            return orjson.loads(response.content)  # several times faster than json on big logs
        except ValueError:  # orjson.JSONDecodeError is a ValueError too
            return None

    def _request(self, method: str, params: Sequence[Any]) -> dict[str, Any]:
        self._next_id += 1
        return {"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": list(params)}

    def _result(self, method: str, answer: Any) -> Any:
        if not isinstance(answer, dict) or ("result" not in answer and "error" not in answer):
            raise ProviderBadResponse(self.provider, f"{method}: not a JSON-RPC response")
        error = answer.get("error")
        if error is not None:
            if not isinstance(error, dict):
                raise ProviderBadResponse(self.provider, f"{method}: malformed error object")
            raise RpcCallError(
                self.provider, method, int(error.get("code", 0)), str(error.get("message", ""))
            )
        return answer["result"]

    async def call(self, method: str, *params: Any) -> Any:
        request = self._request(method, params)
        answer = await self._post(request)
        if isinstance(answer, dict) and answer.get("id") not in (request["id"], None):
            raise ProviderBadResponse(self.provider, f"{method}: answer for another id")
        return self._result(method, answer)

    async def batch(
        self, calls: Sequence[tuple[str, Sequence[Any]]], *, errors_as_values: bool = False
    ) -> list[Any]:
        """Results in the order of ``calls``. With ``errors_as_values`` a failed call yields
        its ``RpcCallError`` instead of raising."""
        if not calls:
            return []
        requests = [self._request(method, params) for method, params in calls]
        answers = await self._post(requests)
        if not isinstance(answers, list):
            if isinstance(answers, dict) and answers.get("error") is not None:
                self._result(calls[0][0], answers)  # the whole batch was refused
            raise ProviderBadResponse(self.provider, "batch answer is not a list")
        by_id = {a.get("id"): a for a in answers if isinstance(a, dict)}
        results: list[Any] = []
        for (method, _), request in zip(calls, requests, strict=True):
            answer = by_id.get(request["id"])
            if answer is None:
                raise ProviderBadResponse(self.provider, f"{method}: missing from batch answer")
            try:
                results.append(self._result(method, answer))
            except RpcCallError as exc:
                if not errors_as_values:
                    raise
                results.append(exc)
        return results
