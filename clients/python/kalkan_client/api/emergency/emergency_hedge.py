from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_hedge_request import EmergencyHedgeRequest
from ...models.emergency_hedge_result import EmergencyHedgeResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: EmergencyHedgeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/emergency/hedge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyHedgeResult | Problem | None:
    if response.status_code == 200:
        response_200 = EmergencyHedgeResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmergencyHedgeResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyHedgeRequest,
) -> Response[EmergencyHedgeResult | Problem]:
    """Offset the net exposure: perpetual shorts against spot, or a BTC beta hedge

     Sized from the account's marked positions; leverage ≤ 3; each hedge order carries its own stop-loss.
    Hedge orders pass a halt.

    Args:
        body (EmergencyHedgeRequest): Offset the account's net exposure (see ``protect.py`` for
            the sizing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyHedgeResult | Problem]
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
    body: EmergencyHedgeRequest,
) -> EmergencyHedgeResult | Problem | None:
    """Offset the net exposure: perpetual shorts against spot, or a BTC beta hedge

     Sized from the account's marked positions; leverage ≤ 3; each hedge order carries its own stop-loss.
    Hedge orders pass a halt.

    Args:
        body (EmergencyHedgeRequest): Offset the account's net exposure (see ``protect.py`` for
            the sizing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyHedgeResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyHedgeRequest,
) -> Response[EmergencyHedgeResult | Problem]:
    """Offset the net exposure: perpetual shorts against spot, or a BTC beta hedge

     Sized from the account's marked positions; leverage ≤ 3; each hedge order carries its own stop-loss.
    Hedge orders pass a halt.

    Args:
        body (EmergencyHedgeRequest): Offset the account's net exposure (see ``protect.py`` for
            the sizing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyHedgeResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmergencyHedgeRequest,
) -> EmergencyHedgeResult | Problem | None:
    """Offset the net exposure: perpetual shorts against spot, or a BTC beta hedge

     Sized from the account's marked positions; leverage ≤ 3; each hedge order carries its own stop-loss.
    Hedge orders pass a halt.

    Args:
        body (EmergencyHedgeRequest): Offset the account's net exposure (see ``protect.py`` for
            the sizing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyHedgeResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
