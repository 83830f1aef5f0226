from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deal import Deal
from ...models.deal_patch import DealPatch
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    deal_id: str,
    *,
    body: DealPatch,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/deals/{deal_id}".format(deal_id=quote(str(deal_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Deal | Problem:
    if response.status_code == 200:
        response_200 = Deal.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    response_default = Problem.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Deal | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealPatch,
    if_match: str,

) -> Response[Deal | Problem]:
    """ Correct a deal with a JSON merge patch (RFC 7396)

    Args:
        deal_id (str):
        if_match (str):
        body (DealPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deal | Problem]
     """


    kwargs = _get_kwargs(
        deal_id=deal_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealPatch,
    if_match: str,

) -> Deal | Problem | None:
    """ Correct a deal with a JSON merge patch (RFC 7396)

    Args:
        deal_id (str):
        if_match (str):
        body (DealPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deal | Problem
     """


    return sync_detailed(
        deal_id=deal_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealPatch,
    if_match: str,

) -> Response[Deal | Problem]:
    """ Correct a deal with a JSON merge patch (RFC 7396)

    Args:
        deal_id (str):
        if_match (str):
        body (DealPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deal | Problem]
     """


    kwargs = _get_kwargs(
        deal_id=deal_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealPatch,
    if_match: str,

) -> Deal | Problem | None:
    """ Correct a deal with a JSON merge patch (RFC 7396)

    Args:
        deal_id (str):
        if_match (str):
        body (DealPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deal | Problem
     """


    return (await asyncio_detailed(
        deal_id=deal_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
