from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_ml_update_accepted import AutoMLUpdateAccepted
from ...models.auto_ml_update_request import AutoMLUpdateRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: AutoMLUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/automl/deployments/{name}/update".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoMLUpdateAccepted | Problem | None:
    if response.status_code == 202:
        response_202 = AutoMLUpdateAccepted.from_dict(response.json())

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
) -> Response[AutoMLUpdateAccepted | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: AutoMLUpdateRequest,
) -> Response[AutoMLUpdateAccepted | Problem]:
    """Online update of a signal model on newer candles, as a job (a new version)

     ADWIN on the live prediction error decides between an incremental update and a refit
    (``mode``); the new version is promoted only if it scores at least the current one.

    Args:
        name (str): Deployment
        body (AutoMLUpdateRequest): An online update of a signal-model deployment on newer candles
            (a job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLUpdateAccepted | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: AutoMLUpdateRequest,
) -> AutoMLUpdateAccepted | Problem | None:
    """Online update of a signal model on newer candles, as a job (a new version)

     ADWIN on the live prediction error decides between an incremental update and a refit
    (``mode``); the new version is promoted only if it scores at least the current one.

    Args:
        name (str): Deployment
        body (AutoMLUpdateRequest): An online update of a signal-model deployment on newer candles
            (a job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLUpdateAccepted | Problem
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: AutoMLUpdateRequest,
) -> Response[AutoMLUpdateAccepted | Problem]:
    """Online update of a signal model on newer candles, as a job (a new version)

     ADWIN on the live prediction error decides between an incremental update and a refit
    (``mode``); the new version is promoted only if it scores at least the current one.

    Args:
        name (str): Deployment
        body (AutoMLUpdateRequest): An online update of a signal-model deployment on newer candles
            (a job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLUpdateAccepted | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: AutoMLUpdateRequest,
) -> AutoMLUpdateAccepted | Problem | None:
    """Online update of a signal model on newer candles, as a job (a new version)

     ADWIN on the live prediction error decides between an incremental update and a refit
    (``mode``); the new version is promoted only if it scores at least the current one.

    Args:
        name (str): Deployment
        body (AutoMLUpdateRequest): An online update of a signal-model deployment on newer candles
            (a job).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLUpdateAccepted | Problem
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
