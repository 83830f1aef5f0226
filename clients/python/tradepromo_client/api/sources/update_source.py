from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.source import Source
from ...models.source_patch import SourcePatch
from typing import cast



def _get_kwargs(
    source_id: str,
    *,
    body: SourcePatch,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/sources/{source_id}".format(source_id=quote(str(source_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Source:
    if response.status_code == 200:
        response_200 = Source.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Source]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SourcePatch,
    if_match: str,

) -> Response[Problem | Source]:
    """ Correct a source document with a JSON merge patch (RFC 7396); a new text re-anchors
    every citation of it, and is a 409 naming those whose quote it lacks

    Args:
        source_id (str):
        if_match (str):
        body (SourcePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Source]
     """


    kwargs = _get_kwargs(
        source_id=source_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SourcePatch,
    if_match: str,

) -> Problem | Source | None:
    """ Correct a source document with a JSON merge patch (RFC 7396); a new text re-anchors
    every citation of it, and is a 409 naming those whose quote it lacks

    Args:
        source_id (str):
        if_match (str):
        body (SourcePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Source
     """


    return sync_detailed(
        source_id=source_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SourcePatch,
    if_match: str,

) -> Response[Problem | Source]:
    """ Correct a source document with a JSON merge patch (RFC 7396); a new text re-anchors
    every citation of it, and is a 409 naming those whose quote it lacks

    Args:
        source_id (str):
        if_match (str):
        body (SourcePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Source]
     """


    kwargs = _get_kwargs(
        source_id=source_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SourcePatch,
    if_match: str,

) -> Problem | Source | None:
    """ Correct a source document with a JSON merge patch (RFC 7396); a new text re-anchors
    every citation of it, and is a 409 naming those whose quote it lacks

    Args:
        source_id (str):
        if_match (str):
        body (SourcePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Source
     """


    return (await asyncio_detailed(
        source_id=source_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
