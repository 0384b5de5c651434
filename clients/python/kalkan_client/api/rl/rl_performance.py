import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rl_performance_out import RLPerformanceOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: str,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_id"] = model_id

    json_start: None | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: None | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rl/performance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RLPerformanceOut | None:
    if response.status_code == 200:
        response_200 = RLPerformanceOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | RLPerformanceOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_id: str,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
) -> Response[Problem | RLPerformanceOut]:
    """Out-of-sample evaluation on the held-back range vs buy and hold and random agents

    Args:
        model_id (str):
        start (datetime.datetime | None | Unset): Default: held-back start
        end (datetime.datetime | None | Unset): Default: held-back end

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RLPerformanceOut]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_id: str,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
) -> Problem | RLPerformanceOut | None:
    """Out-of-sample evaluation on the held-back range vs buy and hold and random agents

    Args:
        model_id (str):
        start (datetime.datetime | None | Unset): Default: held-back start
        end (datetime.datetime | None | Unset): Default: held-back end

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RLPerformanceOut
    """

    return sync_detailed(
        client=client,
        model_id=model_id,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_id: str,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
) -> Response[Problem | RLPerformanceOut]:
    """Out-of-sample evaluation on the held-back range vs buy and hold and random agents

    Args:
        model_id (str):
        start (datetime.datetime | None | Unset): Default: held-back start
        end (datetime.datetime | None | Unset): Default: held-back end

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RLPerformanceOut]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_id: str,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
) -> Problem | RLPerformanceOut | None:
    """Out-of-sample evaluation on the held-back range vs buy and hold and random agents

    Args:
        model_id (str):
        start (datetime.datetime | None | Unset): Default: held-back start
        end (datetime.datetime | None | Unset): Default: held-back end

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RLPerformanceOut
    """

    return (
        await asyncio_detailed(
            client=client,
            model_id=model_id,
            start=start,
            end=end,
        )
    ).parsed
