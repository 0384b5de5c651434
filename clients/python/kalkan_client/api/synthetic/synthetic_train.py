from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.synthetic_model_out import SyntheticModelOut
from ...models.synthetic_train_request import SyntheticTrainRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SyntheticTrainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/gan/train",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SyntheticModelOut | None:
    if response.status_code == 202:
        response_202 = SyntheticModelOut.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | SyntheticModelOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SyntheticTrainRequest,
) -> Response[Problem | SyntheticModelOut]:
    """Train TimeGAN and fit the bootstrap and GARCH-t baselines on stored candles (a job)

    Args:
        body (SyntheticTrainRequest): Train TimeGAN — and fit the two baselines on the same range
            — on stored candles of one
            or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
            held out for the quality report. Small defaults: raise the epochs for a real model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticModelOut]
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
    body: SyntheticTrainRequest,
) -> Problem | SyntheticModelOut | None:
    """Train TimeGAN and fit the bootstrap and GARCH-t baselines on stored candles (a job)

    Args:
        body (SyntheticTrainRequest): Train TimeGAN — and fit the two baselines on the same range
            — on stored candles of one
            or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
            held out for the quality report. Small defaults: raise the epochs for a real model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticModelOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SyntheticTrainRequest,
) -> Response[Problem | SyntheticModelOut]:
    """Train TimeGAN and fit the bootstrap and GARCH-t baselines on stored candles (a job)

    Args:
        body (SyntheticTrainRequest): Train TimeGAN — and fit the two baselines on the same range
            — on stored candles of one
            or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
            held out for the quality report. Small defaults: raise the epochs for a real model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticModelOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SyntheticTrainRequest,
) -> Problem | SyntheticModelOut | None:
    """Train TimeGAN and fit the bootstrap and GARCH-t baselines on stored candles (a job)

    Args:
        body (SyntheticTrainRequest): Train TimeGAN — and fit the two baselines on the same range
            — on stored candles of one
            or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
            held out for the quality report. Small defaults: raise the epochs for a real model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticModelOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
