from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_rebalance_proposal import PortfolioRebalanceProposal
from ...models.portfolio_rebalance_request import PortfolioRebalanceRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PortfolioRebalanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/portfolio/rebalance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioRebalanceProposal | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioRebalanceProposal.from_dict(response.json())

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

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PortfolioRebalanceProposal | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PortfolioRebalanceRequest,
) -> Response[PortfolioRebalanceProposal | Problem]:
    """Propose the trades from the current holdings to target weights

    Args:
        body (PortfolioRebalanceRequest): Target weights (given, or from ``allocation``), from the
            current positions or a given
            holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
            quote): the exchanges module does not expose market rules yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioRebalanceProposal | Problem]
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
    body: PortfolioRebalanceRequest,
) -> PortfolioRebalanceProposal | Problem | None:
    """Propose the trades from the current holdings to target weights

    Args:
        body (PortfolioRebalanceRequest): Target weights (given, or from ``allocation``), from the
            current positions or a given
            holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
            quote): the exchanges module does not expose market rules yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioRebalanceProposal | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PortfolioRebalanceRequest,
) -> Response[PortfolioRebalanceProposal | Problem]:
    """Propose the trades from the current holdings to target weights

    Args:
        body (PortfolioRebalanceRequest): Target weights (given, or from ``allocation``), from the
            current positions or a given
            holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
            quote): the exchanges module does not expose market rules yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioRebalanceProposal | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PortfolioRebalanceRequest,
) -> PortfolioRebalanceProposal | Problem | None:
    """Propose the trades from the current holdings to target weights

    Args:
        body (PortfolioRebalanceRequest): Target weights (given, or from ``allocation``), from the
            current positions or a given
            holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
            quote): the exchanges module does not expose market rules yet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioRebalanceProposal | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
