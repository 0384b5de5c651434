from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_position_update import PortfolioPositionUpdate
from ...models.portfolio_position_view import PortfolioPositionView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    position_id: int,
    *,
    body: PortfolioPositionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/portfolio/positions/{position_id}".format(
            position_id=quote(str(position_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioPositionView | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioPositionView.from_dict(response.json())

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
) -> Response[PortfolioPositionView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: PortfolioPositionUpdate,
) -> Response[PortfolioPositionView | Problem]:
    """Move a position's stop-loss or take-profit

    Args:
        position_id (int):
        body (PortfolioPositionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioPositionView | Problem]
    """

    kwargs = _get_kwargs(
        position_id=position_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: PortfolioPositionUpdate,
) -> PortfolioPositionView | Problem | None:
    """Move a position's stop-loss or take-profit

    Args:
        position_id (int):
        body (PortfolioPositionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioPositionView | Problem
    """

    return sync_detailed(
        position_id=position_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: PortfolioPositionUpdate,
) -> Response[PortfolioPositionView | Problem]:
    """Move a position's stop-loss or take-profit

    Args:
        position_id (int):
        body (PortfolioPositionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioPositionView | Problem]
    """

    kwargs = _get_kwargs(
        position_id=position_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: PortfolioPositionUpdate,
) -> PortfolioPositionView | Problem | None:
    """Move a position's stop-loss or take-profit

    Args:
        position_id (int):
        body (PortfolioPositionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioPositionView | Problem
    """

    return (
        await asyncio_detailed(
            position_id=position_id,
            client=client,
            body=body,
        )
    ).parsed
