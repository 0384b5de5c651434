from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_import_labels_format import OnchainImportLabelsFormat
from ...models.onchain_label_import_result import OnchainLabelImportResult
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    format_: OnchainImportLabelsFormat,
    label: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

    json_label: None | str | Unset
    if isinstance(label, Unset):
        json_label = UNSET
    else:
        json_label = label
    params["label"] = json_label

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/onchain/labels/import",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainLabelImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainLabelImportResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OnchainLabelImportResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: OnchainImportLabelsFormat,
    label: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> Response[OnchainLabelImportResult | Problem]:
    """Import an address-label file (Etherscan labels, DefiLlama BTC entities); admin

     The request body is the file itself. `format` names its layout; `label` is the label of an Etherscan
    `accounts/<label>.csv` table. Labels are upserted by chain and address; an exchange attribution is
    never replaced by a generic tag.

    Args:
        format_ (OnchainImportLabelsFormat):
        label (None | str | Unset):
        source (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelImportResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        label=label,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: OnchainImportLabelsFormat,
    label: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> OnchainLabelImportResult | Problem | None:
    """Import an address-label file (Etherscan labels, DefiLlama BTC entities); admin

     The request body is the file itself. `format` names its layout; `label` is the label of an Etherscan
    `accounts/<label>.csv` table. Labels are upserted by chain and address; an exchange attribution is
    never replaced by a generic tag.

    Args:
        format_ (OnchainImportLabelsFormat):
        label (None | str | Unset):
        source (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelImportResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
        label=label,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: OnchainImportLabelsFormat,
    label: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> Response[OnchainLabelImportResult | Problem]:
    """Import an address-label file (Etherscan labels, DefiLlama BTC entities); admin

     The request body is the file itself. `format` names its layout; `label` is the label of an Etherscan
    `accounts/<label>.csv` table. Labels are upserted by chain and address; an exchange attribution is
    never replaced by a generic tag.

    Args:
        format_ (OnchainImportLabelsFormat):
        label (None | str | Unset):
        source (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelImportResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        label=label,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: OnchainImportLabelsFormat,
    label: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> OnchainLabelImportResult | Problem | None:
    """Import an address-label file (Etherscan labels, DefiLlama BTC entities); admin

     The request body is the file itself. `format` names its layout; `label` is the label of an Etherscan
    `accounts/<label>.csv` table. Labels are upserted by chain and address; an exchange attribution is
    never replaced by a generic tag.

    Args:
        format_ (OnchainImportLabelsFormat):
        label (None | str | Unset):
        source (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelImportResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
            label=label,
            source=source,
        )
    ).parsed
