from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_rl_load_model import BodyRlLoadModel
from ...models.problem import Problem
from ...models.rl_load_model_out import RLLoadModelOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyRlLoadModel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rl/load_model",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RLLoadModelOut | None:
    if response.status_code == 200:
        response_200 = RLLoadModelOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | RLLoadModelOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRlLoadModel | Unset = UNSET,
) -> Response[Problem | RLLoadModelOut]:
    """Load a registry model (hash checked) or register an uploaded SB3 zip (validated; nothing in it is
    unpickled)

    Args:
        body (BodyRlLoadModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RLLoadModelOut]
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
    body: BodyRlLoadModel | Unset = UNSET,
) -> Problem | RLLoadModelOut | None:
    """Load a registry model (hash checked) or register an uploaded SB3 zip (validated; nothing in it is
    unpickled)

    Args:
        body (BodyRlLoadModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RLLoadModelOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRlLoadModel | Unset = UNSET,
) -> Response[Problem | RLLoadModelOut]:
    """Load a registry model (hash checked) or register an uploaded SB3 zip (validated; nothing in it is
    unpickled)

    Args:
        body (BodyRlLoadModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RLLoadModelOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyRlLoadModel | Unset = UNSET,
) -> Problem | RLLoadModelOut | None:
    """Load a registry model (hash checked) or register an uploaded SB3 zip (validated; nothing in it is
    unpickled)

    Args:
        body (BodyRlLoadModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RLLoadModelOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
