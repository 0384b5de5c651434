from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_event_rule_in import EmergencyEventRuleIn
from ...models.emergency_event_rule_out import EmergencyEventRuleOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: EmergencyEventRuleIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/emergency/event-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyEventRuleOut | Problem | None:
    if response.status_code == 201:
        response_201 = EmergencyEventRuleOut.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[EmergencyEventRuleOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyEventRuleIn,
) -> Response[EmergencyEventRuleOut | Problem]:
    """Say what news and on-chain alerts do for the caller

     When the news module publishes a negative critical alert, or the on-chain module a whale or
    exchange-flow alert of at least `min_severity`, about one of `assets` (any when null), the rule's
    action runs: alert (notify the caller's targets), halt, halt_close or halt_hedge. `GET
    /emergency/event-actions` lists what rules did.

    Args:
        body (EmergencyEventRuleIn): What an alert of another module does for the caller. News
            alerts (critical news about a
            symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
            On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts
            of
            the caller's own news items and shared ones count; another user's never do.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyEventRuleOut | Problem]
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
    body: EmergencyEventRuleIn,
) -> EmergencyEventRuleOut | Problem | None:
    """Say what news and on-chain alerts do for the caller

     When the news module publishes a negative critical alert, or the on-chain module a whale or
    exchange-flow alert of at least `min_severity`, about one of `assets` (any when null), the rule's
    action runs: alert (notify the caller's targets), halt, halt_close or halt_hedge. `GET
    /emergency/event-actions` lists what rules did.

    Args:
        body (EmergencyEventRuleIn): What an alert of another module does for the caller. News
            alerts (critical news about a
            symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
            On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts
            of
            the caller's own news items and shared ones count; another user's never do.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyEventRuleOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyEventRuleIn,
) -> Response[EmergencyEventRuleOut | Problem]:
    """Say what news and on-chain alerts do for the caller

     When the news module publishes a negative critical alert, or the on-chain module a whale or
    exchange-flow alert of at least `min_severity`, about one of `assets` (any when null), the rule's
    action runs: alert (notify the caller's targets), halt, halt_close or halt_hedge. `GET
    /emergency/event-actions` lists what rules did.

    Args:
        body (EmergencyEventRuleIn): What an alert of another module does for the caller. News
            alerts (critical news about a
            symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
            On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts
            of
            the caller's own news items and shared ones count; another user's never do.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyEventRuleOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmergencyEventRuleIn,
) -> EmergencyEventRuleOut | Problem | None:
    """Say what news and on-chain alerts do for the caller

     When the news module publishes a negative critical alert, or the on-chain module a whale or
    exchange-flow alert of at least `min_severity`, about one of `assets` (any when null), the rule's
    action runs: alert (notify the caller's targets), halt, halt_close or halt_hedge. `GET
    /emergency/event-actions` lists what rules did.

    Args:
        body (EmergencyEventRuleIn): What an alert of another module does for the caller. News
            alerts (critical news about a
            symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
            On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts
            of
            the caller's own news items and shared ones count; another user's never do.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyEventRuleOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
