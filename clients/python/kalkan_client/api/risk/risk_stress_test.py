from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk_stress_request import RiskStressRequest
from ...models.risk_stress_result import RiskStressResult
from ...types import Response


def _get_kwargs(
    *,
    body: RiskStressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/risk/stress_test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiskStressResult | None:
    if response.status_code == 200:
        response_200 = RiskStressResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RiskStressResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RiskStressRequest,
) -> Response[Problem | RiskStressResult]:
    """Replay historical crises and shocks over the positions, with stops

    Args:
        body (RiskStressRequest): Stress the given positions, or the caller's account when
            ``positions`` is omitted.
            Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
            between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
            is ``{"*": move}``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskStressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RiskStressRequest,
) -> Problem | RiskStressResult | None:
    """Replay historical crises and shocks over the positions, with stops

    Args:
        body (RiskStressRequest): Stress the given positions, or the caller's account when
            ``positions`` is omitted.
            Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
            between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
            is ``{"*": move}``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskStressResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RiskStressRequest,
) -> Response[Problem | RiskStressResult]:
    """Replay historical crises and shocks over the positions, with stops

    Args:
        body (RiskStressRequest): Stress the given positions, or the caller's account when
            ``positions`` is omitted.
            Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
            between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
            is ``{"*": move}``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskStressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RiskStressRequest,
) -> Problem | RiskStressResult | None:
    """Replay historical crises and shocks over the positions, with stops

    Args:
        body (RiskStressRequest): Stress the given positions, or the caller's account when
            ``positions`` is omitted.
            Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
            between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
            is ``{"*": move}``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskStressResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
