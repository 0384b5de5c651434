from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_ml_study_status_out import AutoMLStudyStatusOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    study_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/automl/status/{study_id}".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoMLStudyStatusOut | Problem | None:
    if response.status_code == 200:
        response_200 = AutoMLStudyStatusOut.from_dict(response.json())

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
) -> Response[AutoMLStudyStatusOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AutoMLStudyStatusOut | Problem]:
    """Trials so far, best value, elapsed time and the job's progress

    Args:
        study_id (str): Study id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLStudyStatusOut | Problem]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: str,
    *,
    client: AuthenticatedClient,
) -> AutoMLStudyStatusOut | Problem | None:
    """Trials so far, best value, elapsed time and the job's progress

    Args:
        study_id (str): Study id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLStudyStatusOut | Problem
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AutoMLStudyStatusOut | Problem]:
    """Trials so far, best value, elapsed time and the job's progress

    Args:
        study_id (str): Study id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoMLStudyStatusOut | Problem]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: str,
    *,
    client: AuthenticatedClient,
) -> AutoMLStudyStatusOut | Problem | None:
    """Trials so far, best value, elapsed time and the job's progress

    Args:
        study_id (str): Study id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoMLStudyStatusOut | Problem
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
        )
    ).parsed
