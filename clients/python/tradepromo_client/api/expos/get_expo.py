from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.expo import Expo
from ...models.expo_fields import ExpoFields
from ...models.get_expo_expand_item import check_get_expo_expand_item
from ...models.get_expo_expand_item import GetExpoExpandItem
from ...models.get_expo_fields_item import check_get_expo_fields_item
from ...models.get_expo_fields_item import GetExpoFieldsItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    expo_id: str,
    *,
    fields: list[GetExpoFieldsItem] | Unset = UNSET,
    expand: list[GetExpoExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item: str = fields_item_data
            json_fields.append(fields_item)


    params["fields"] = json_fields

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item: str = expand_item_data
            json_expand.append(expand_item)


    params["expand"] = json_expand


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/expos/{expo_id}".format(expo_id=quote(str(expo_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Expo | ExpoFields | Problem:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> Expo | ExpoFields:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Expo.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ExpoFields.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = None

        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    response_default = Problem.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Expo | ExpoFields | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetExpoFieldsItem] | Unset = UNSET,
    expand: list[GetExpoExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Expo | ExpoFields | Problem]:
    """ Get an expo

    Args:
        expo_id (str):
        fields (list[GetExpoFieldsItem] | Unset):
        expand (list[GetExpoExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Expo | ExpoFields | Problem]
     """


    kwargs = _get_kwargs(
        expo_id=expo_id,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetExpoFieldsItem] | Unset = UNSET,
    expand: list[GetExpoExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Expo | ExpoFields | Problem | None:
    """ Get an expo

    Args:
        expo_id (str):
        fields (list[GetExpoFieldsItem] | Unset):
        expand (list[GetExpoExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Expo | ExpoFields | Problem
     """


    return sync_detailed(
        expo_id=expo_id,
client=client,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetExpoFieldsItem] | Unset = UNSET,
    expand: list[GetExpoExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Expo | ExpoFields | Problem]:
    """ Get an expo

    Args:
        expo_id (str):
        fields (list[GetExpoFieldsItem] | Unset):
        expand (list[GetExpoExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Expo | ExpoFields | Problem]
     """


    kwargs = _get_kwargs(
        expo_id=expo_id,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetExpoFieldsItem] | Unset = UNSET,
    expand: list[GetExpoExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Expo | ExpoFields | Problem | None:
    """ Get an expo

    Args:
        expo_id (str):
        fields (list[GetExpoFieldsItem] | Unset):
        expand (list[GetExpoExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Expo | ExpoFields | Problem
     """


    return (await asyncio_detailed(
        expo_id=expo_id,
client=client,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )).parsed
