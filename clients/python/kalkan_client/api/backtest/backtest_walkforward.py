from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.walk_forward_request import WalkForwardRequest
from ...models.walk_forward_run_out import WalkForwardRunOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WalkForwardRequest,
    wait: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/backtest/walkforward",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WalkForwardRunOut | None:
    if response.status_code == 200:
        response_200 = WalkForwardRunOut.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = WalkForwardRunOut.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | WalkForwardRunOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WalkForwardRequest,
    wait: bool | Unset = False,
) -> Response[Problem | WalkForwardRunOut]:
    """Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the finished run if it is done Default:
            False.
        body (WalkForwardRequest): Rolling or anchored walk-forward optimisation, on stored or
            inline candles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WalkForwardRunOut]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WalkForwardRequest,
    wait: bool | Unset = False,
) -> Problem | WalkForwardRunOut | None:
    """Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the finished run if it is done Default:
            False.
        body (WalkForwardRequest): Rolling or anchored walk-forward optimisation, on stored or
            inline candles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WalkForwardRunOut
    """

    return sync_detailed(
        client=client,
        body=body,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WalkForwardRequest,
    wait: bool | Unset = False,
) -> Response[Problem | WalkForwardRunOut]:
    """Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the finished run if it is done Default:
            False.
        body (WalkForwardRequest): Rolling or anchored walk-forward optimisation, on stored or
            inline candles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WalkForwardRunOut]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WalkForwardRequest,
    wait: bool | Unset = False,
) -> Problem | WalkForwardRunOut | None:
    """Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the finished run if it is done Default:
            False.
        body (WalkForwardRequest): Rolling or anchored walk-forward optimisation, on stored or
            inline candles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WalkForwardRunOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            wait=wait,
        )
    ).parsed
