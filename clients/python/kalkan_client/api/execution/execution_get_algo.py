from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_algo_out import ExecutionAlgoOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    algo_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execute/algos/{algo_id}".format(
            algo_id=quote(str(algo_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecutionAlgoOut | Problem | None:
    if response.status_code == 200:
        response_200 = ExecutionAlgoOut.from_dict(response.json())

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
) -> Response[ExecutionAlgoOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    algo_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ExecutionAlgoOut | Problem]:
    """An algorithm's progress, benchmarks and final execution report

    Args:
        algo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionAlgoOut | Problem]
    """

    kwargs = _get_kwargs(
        algo_id=algo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    algo_id: str,
    *,
    client: AuthenticatedClient,
) -> ExecutionAlgoOut | Problem | None:
    """An algorithm's progress, benchmarks and final execution report

    Args:
        algo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionAlgoOut | Problem
    """

    return sync_detailed(
        algo_id=algo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    algo_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ExecutionAlgoOut | Problem]:
    """An algorithm's progress, benchmarks and final execution report

    Args:
        algo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionAlgoOut | Problem]
    """

    kwargs = _get_kwargs(
        algo_id=algo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    algo_id: str,
    *,
    client: AuthenticatedClient,
) -> ExecutionAlgoOut | Problem | None:
    """An algorithm's progress, benchmarks and final execution report

    Args:
        algo_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionAlgoOut | Problem
    """

    return (
        await asyncio_detailed(
            algo_id=algo_id,
            client=client,
        )
    ).parsed
