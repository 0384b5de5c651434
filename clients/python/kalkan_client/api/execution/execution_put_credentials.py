from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_credential_in import ExecutionCredentialIn
from ...models.execution_credential_out import ExecutionCredentialOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    exchange: str,
    *,
    body: ExecutionCredentialIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/execute/credentials/{exchange}".format(
            exchange=quote(str(exchange), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecutionCredentialOut | Problem | None:
    if response.status_code == 200:
        response_200 = ExecutionCredentialOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExecutionCredentialOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    exchange: str,
    *,
    client: AuthenticatedClient,
    body: ExecutionCredentialIn,
) -> Response[ExecutionCredentialOut | Problem]:
    """Store (or replace) API credentials for live trading; encrypted, never returned

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        body (ExecutionCredentialIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionCredentialOut | Problem]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    exchange: str,
    *,
    client: AuthenticatedClient,
    body: ExecutionCredentialIn,
) -> ExecutionCredentialOut | Problem | None:
    """Store (or replace) API credentials for live trading; encrypted, never returned

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        body (ExecutionCredentialIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionCredentialOut | Problem
    """

    return sync_detailed(
        exchange=exchange,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    exchange: str,
    *,
    client: AuthenticatedClient,
    body: ExecutionCredentialIn,
) -> Response[ExecutionCredentialOut | Problem]:
    """Store (or replace) API credentials for live trading; encrypted, never returned

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        body (ExecutionCredentialIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionCredentialOut | Problem]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    exchange: str,
    *,
    client: AuthenticatedClient,
    body: ExecutionCredentialIn,
) -> ExecutionCredentialOut | Problem | None:
    """Store (or replace) API credentials for live trading; encrypted, never returned

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        body (ExecutionCredentialIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionCredentialOut | Problem
    """

    return (
        await asyncio_detailed(
            exchange=exchange,
            client=client,
            body=body,
        )
    ).parsed
