from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delegation import Delegation
from ...models.delegation_fields import DelegationFields
from ...models.get_delegation_expand_item import check_get_delegation_expand_item
from ...models.get_delegation_expand_item import GetDelegationExpandItem
from ...models.get_delegation_fields_item import check_get_delegation_fields_item
from ...models.get_delegation_fields_item import GetDelegationFieldsItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    delegation_id: str,
    *,
    fields: list[GetDelegationFieldsItem] | Unset = UNSET,
    expand: list[GetDelegationExpandItem] | Unset = UNSET,
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
        "url": "/api/v1/delegations/{delegation_id}".format(delegation_id=quote(str(delegation_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Delegation | DelegationFields | Problem:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> Delegation | DelegationFields:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Delegation.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = DelegationFields.from_dict(data)



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Delegation | DelegationFields | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delegation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetDelegationFieldsItem] | Unset = UNSET,
    expand: list[GetDelegationExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Delegation | DelegationFields | Problem]:
    """ Get a delegation

    Args:
        delegation_id (str):
        fields (list[GetDelegationFieldsItem] | Unset):
        expand (list[GetDelegationExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Delegation | DelegationFields | Problem]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delegation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetDelegationFieldsItem] | Unset = UNSET,
    expand: list[GetDelegationExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Delegation | DelegationFields | Problem | None:
    """ Get a delegation

    Args:
        delegation_id (str):
        fields (list[GetDelegationFieldsItem] | Unset):
        expand (list[GetDelegationExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Delegation | DelegationFields | Problem
     """


    return sync_detailed(
        delegation_id=delegation_id,
client=client,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    delegation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetDelegationFieldsItem] | Unset = UNSET,
    expand: list[GetDelegationExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Delegation | DelegationFields | Problem]:
    """ Get a delegation

    Args:
        delegation_id (str):
        fields (list[GetDelegationFieldsItem] | Unset):
        expand (list[GetDelegationExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Delegation | DelegationFields | Problem]
     """


    kwargs = _get_kwargs(
        delegation_id=delegation_id,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delegation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[GetDelegationFieldsItem] | Unset = UNSET,
    expand: list[GetDelegationExpandItem] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Delegation | DelegationFields | Problem | None:
    """ Get a delegation

    Args:
        delegation_id (str):
        fields (list[GetDelegationFieldsItem] | Unset):
        expand (list[GetDelegationExpandItem] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Delegation | DelegationFields | Problem
     """


    return (await asyncio_detailed(
        delegation_id=delegation_id,
client=client,
fields=fields,
expand=expand,
if_none_match=if_none_match,

    )).parsed
