from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_ml_best_params_out import AutoMLBestParamsOut
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    study_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["study_id"] = study_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/automl/best_params",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoMLBestParamsOut | Problem | None:
    if response.status_code == 200:
        response_200 = AutoMLBestParamsOut.from_dict(response.json())

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
) -> Response[AutoMLBestParamsOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    study_id: str,
) -> Response[AutoMLBestParamsOut | Problem]:
    """The best trial's parameters and metrics (or the Pareto set)

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLBestParamsOut | Problem]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    study_id: str,
) -> AutoMLBestParamsOut | Problem | None:
    """The best trial's parameters and metrics (or the Pareto set)

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLBestParamsOut | Problem
    """

    return sync_detailed(
        client=client,
        study_id=study_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    study_id: str,
) -> Response[AutoMLBestParamsOut | Problem]:
    """The best trial's parameters and metrics (or the Pareto set)

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLBestParamsOut | Problem]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    study_id: str,
) -> AutoMLBestParamsOut | Problem | None:
    """The best trial's parameters and metrics (or the Pareto set)

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLBestParamsOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            study_id=study_id,
        )
    ).parsed
