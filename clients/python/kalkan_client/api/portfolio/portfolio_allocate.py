from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_allocate_request import PortfolioAllocateRequest
from ...models.portfolio_allocation import PortfolioAllocation
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PortfolioAllocateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/portfolio/allocate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioAllocation | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioAllocation.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PortfolioAllocation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
) -> Response[PortfolioAllocation | Problem]:
    """Optimise weights with riskfolio-lib (mean-variance, risk parity, HRP, ...)

    Args:
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioAllocation | Problem]
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
    body: PortfolioAllocateRequest,
) -> PortfolioAllocation | Problem | None:
    """Optimise weights with riskfolio-lib (mean-variance, risk parity, HRP, ...)

    Args:
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioAllocation | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
) -> Response[PortfolioAllocation | Problem]:
    """Optimise weights with riskfolio-lib (mean-variance, risk parity, HRP, ...)

    Args:
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioAllocation | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
) -> PortfolioAllocation | Problem | None:
    """Optimise weights with riskfolio-lib (mean-variance, risk parity, HRP, ...)

    Args:
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioAllocation | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
