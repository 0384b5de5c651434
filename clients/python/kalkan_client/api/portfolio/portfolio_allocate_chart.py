from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_allocate_chart_format import (
    PortfolioAllocateChartFormat,
)
from ...models.portfolio_allocate_chart_response_portfolio_allocate_chart import (
    PortfolioAllocateChartResponsePortfolioAllocateChart,
)
from ...models.portfolio_allocate_request import PortfolioAllocateRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PortfolioAllocateRequest,
    format_: PortfolioAllocateChartFormat | Unset = "json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/portfolio/allocate/chart",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioAllocateChartResponsePortfolioAllocateChart | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioAllocateChartResponsePortfolioAllocateChart.from_dict(response.json())

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
) -> Response[PortfolioAllocateChartResponsePortfolioAllocateChart | Problem]:
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
    format_: PortfolioAllocateChartFormat | Unset = "json",
) -> Response[PortfolioAllocateChartResponsePortfolioAllocateChart | Problem]:
    """Plotly chart of an allocation: weights, risk contributions, frontier

    Args:
        format_ (PortfolioAllocateChartFormat | Unset):  Default: 'json'.
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioAllocateChartResponsePortfolioAllocateChart | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
    format_: PortfolioAllocateChartFormat | Unset = "json",
) -> PortfolioAllocateChartResponsePortfolioAllocateChart | Problem | None:
    """Plotly chart of an allocation: weights, risk contributions, frontier

    Args:
        format_ (PortfolioAllocateChartFormat | Unset):  Default: 'json'.
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioAllocateChartResponsePortfolioAllocateChart | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
    format_: PortfolioAllocateChartFormat | Unset = "json",
) -> Response[PortfolioAllocateChartResponsePortfolioAllocateChart | Problem]:
    """Plotly chart of an allocation: weights, risk contributions, frontier

    Args:
        format_ (PortfolioAllocateChartFormat | Unset):  Default: 'json'.
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioAllocateChartResponsePortfolioAllocateChart | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PortfolioAllocateRequest,
    format_: PortfolioAllocateChartFormat | Unset = "json",
) -> PortfolioAllocateChartResponsePortfolioAllocateChart | Problem | None:
    """Plotly chart of an allocation: weights, risk contributions, frontier

    Args:
        format_ (PortfolioAllocateChartFormat | Unset):  Default: 'json'.
        body (PortfolioAllocateRequest): Optimise weights. Conventions: simple returns of aligned
            closes; expected return and
            volatility annualised with 365 days a year for daily bars (bars per year for others);
            ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioAllocateChartResponsePortfolioAllocateChart | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
