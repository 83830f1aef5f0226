from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delegation_page import DelegationPage
from ...models.list_delegations_expand_item import check_list_delegations_expand_item
from ...models.list_delegations_expand_item import ListDelegationsExpandItem
from ...models.list_delegations_facet_item import check_list_delegations_facet_item
from ...models.list_delegations_facet_item import ListDelegationsFacetItem
from ...models.list_delegations_fields_item import check_list_delegations_fields_item
from ...models.list_delegations_fields_item import ListDelegationsFieldsItem
from ...models.list_delegations_format import check_list_delegations_format
from ...models.list_delegations_format import ListDelegationsFormat
from ...models.list_delegations_inferred_type_1_item import check_list_delegations_inferred_type_1_item
from ...models.list_delegations_inferred_type_1_item import ListDelegationsInferredType1Item
from ...models.list_delegations_kind_item import check_list_delegations_kind_item
from ...models.list_delegations_kind_item import ListDelegationsKindItem
from ...models.list_delegations_sort_item import check_list_delegations_sort_item
from ...models.list_delegations_sort_item import ListDelegationsSortItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    kind: list[ListDelegationsKindItem] | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    represents: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    member: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    districts_and_counties: int | Unset = UNSET,
    districts_and_countiesgte: int | Unset = UNSET,
    districts_and_countiesgt: int | Unset = UNSET,
    districts_and_countieslte: int | Unset = UNSET,
    districts_and_countieslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    exhibitors: int | Unset = UNSET,
    exhibitorsgte: int | Unset = UNSET,
    exhibitorsgt: int | Unset = UNSET,
    exhibitorslte: int | Unset = UNSET,
    exhibitorslt: int | Unset = UNSET,
    purchasers: int | Unset = UNSET,
    purchasersgte: int | Unset = UNSET,
    purchasersgt: int | Unset = UNSET,
    purchaserslte: int | Unset = UNSET,
    purchaserslt: int | Unset = UNSET,
    visitors: int | Unset = UNSET,
    visitorsgte: int | Unset = UNSET,
    visitorsgt: int | Unset = UNSET,
    visitorslte: int | Unset = UNSET,
    visitorslt: int | Unset = UNSET,
    exhibition_area: int | Unset = UNSET,
    exhibition_areagte: int | Unset = UNSET,
    exhibition_areagt: int | Unset = UNSET,
    exhibition_arealte: int | Unset = UNSET,
    exhibition_arealt: int | Unset = UNSET,
    products: int | Unset = UNSET,
    productsgte: int | Unset = UNSET,
    productsgt: int | Unset = UNSET,
    productslte: int | Unset = UNSET,
    productslt: int | Unset = UNSET,
    activities: int | Unset = UNSET,
    activitiesgte: int | Unset = UNSET,
    activitiesgt: int | Unset = UNSET,
    activitieslte: int | Unset = UNSET,
    activitieslt: int | Unset = UNSET,
    companies_settling: int | Unset = UNSET,
    companies_settlinggte: int | Unset = UNSET,
    companies_settlinggt: int | Unset = UNSET,
    companies_settlinglte: int | Unset = UNSET,
    companies_settlinglt: int | Unset = UNSET,
    companies_intending_to_settle: int | Unset = UNSET,
    companies_intending_to_settlegte: int | Unset = UNSET,
    companies_intending_to_settlegt: int | Unset = UNSET,
    companies_intending_to_settlelte: int | Unset = UNSET,
    companies_intending_to_settlelt: int | Unset = UNSET,
    inferred: bool | list[ListDelegationsInferredType1Item] | Unset = UNSET,
    sort: list[ListDelegationsSortItem] | Unset = UNSET,
    fields: list[ListDelegationsFieldsItem] | Unset = UNSET,
    expand: list[ListDelegationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListDelegationsFacetItem] | Unset = UNSET,
    format_: ListDelegationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_expo: list[str] | Unset = UNSET
    if not isinstance(expo, Unset):
        json_expo = expo


    params["expo"] = json_expo

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)


    params["kind"] = json_kind

    json_part_of: list[str] | Unset = UNSET
    if not isinstance(part_of, Unset):
        json_part_of = part_of


    params["part_of"] = json_part_of

    json_represents: list[str] | Unset = UNSET
    if not isinstance(represents, Unset):
        json_represents = represents


    params["represents"] = json_represents

    json_organizer: list[str] | Unset = UNSET
    if not isinstance(organizer, Unset):
        json_organizer = organizer


    params["organizer"] = json_organizer

    json_member: list[str] | Unset = UNSET
    if not isinstance(member, Unset):
        json_member = member


    params["member"] = json_member

    json_sector: list[str] | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = sector


    params["sector"] = json_sector

    params["districts_and_counties"] = districts_and_counties

    params["districts_and_counties[gte]"] = districts_and_countiesgte

    params["districts_and_counties[gt]"] = districts_and_countiesgt

    params["districts_and_counties[lte]"] = districts_and_countieslte

    params["districts_and_counties[lt]"] = districts_and_countieslt

    params["enterprises"] = enterprises

    params["enterprises[gte]"] = enterprisesgte

    params["enterprises[gt]"] = enterprisesgt

    params["enterprises[lte]"] = enterpriseslte

    params["enterprises[lt]"] = enterpriseslt

    params["exhibitors"] = exhibitors

    params["exhibitors[gte]"] = exhibitorsgte

    params["exhibitors[gt]"] = exhibitorsgt

    params["exhibitors[lte]"] = exhibitorslte

    params["exhibitors[lt]"] = exhibitorslt

    params["purchasers"] = purchasers

    params["purchasers[gte]"] = purchasersgte

    params["purchasers[gt]"] = purchasersgt

    params["purchasers[lte]"] = purchaserslte

    params["purchasers[lt]"] = purchaserslt

    params["visitors"] = visitors

    params["visitors[gte]"] = visitorsgte

    params["visitors[gt]"] = visitorsgt

    params["visitors[lte]"] = visitorslte

    params["visitors[lt]"] = visitorslt

    params["exhibition_area"] = exhibition_area

    params["exhibition_area[gte]"] = exhibition_areagte

    params["exhibition_area[gt]"] = exhibition_areagt

    params["exhibition_area[lte]"] = exhibition_arealte

    params["exhibition_area[lt]"] = exhibition_arealt

    params["products"] = products

    params["products[gte]"] = productsgte

    params["products[gt]"] = productsgt

    params["products[lte]"] = productslte

    params["products[lt]"] = productslt

    params["activities"] = activities

    params["activities[gte]"] = activitiesgte

    params["activities[gt]"] = activitiesgt

    params["activities[lte]"] = activitieslte

    params["activities[lt]"] = activitieslt

    params["companies_settling"] = companies_settling

    params["companies_settling[gte]"] = companies_settlinggte

    params["companies_settling[gt]"] = companies_settlinggt

    params["companies_settling[lte]"] = companies_settlinglte

    params["companies_settling[lt]"] = companies_settlinglt

    params["companies_intending_to_settle"] = companies_intending_to_settle

    params["companies_intending_to_settle[gte]"] = companies_intending_to_settlegte

    params["companies_intending_to_settle[gt]"] = companies_intending_to_settlegt

    params["companies_intending_to_settle[lte]"] = companies_intending_to_settlelte

    params["companies_intending_to_settle[lt]"] = companies_intending_to_settlelt

    json_inferred: bool | list[str] | Unset
    if isinstance(inferred, Unset):
        json_inferred = UNSET
    elif isinstance(inferred, list):
        json_inferred = []
        for inferred_type_1_item_data in inferred:
            inferred_type_1_item: str = inferred_type_1_item_data
            json_inferred.append(inferred_type_1_item)


    else:
        json_inferred = inferred
    params["inferred"] = json_inferred

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item: str = sort_item_data
            json_sort.append(sort_item)


    params["sort"] = json_sort

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

    params["q"] = q

    json_facet: list[str] | Unset = UNSET
    if not isinstance(facet, Unset):
        json_facet = []
        for facet_item_data in facet:
            facet_item: str = facet_item_data
            json_facet.append(facet_item)


    params["facet"] = json_facet

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/delegations",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DelegationPage | Problem:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = DelegationPage.from_dict(response.json())



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

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())



        return response_406

    response_default = Problem.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DelegationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    kind: list[ListDelegationsKindItem] | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    represents: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    member: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    districts_and_counties: int | Unset = UNSET,
    districts_and_countiesgte: int | Unset = UNSET,
    districts_and_countiesgt: int | Unset = UNSET,
    districts_and_countieslte: int | Unset = UNSET,
    districts_and_countieslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    exhibitors: int | Unset = UNSET,
    exhibitorsgte: int | Unset = UNSET,
    exhibitorsgt: int | Unset = UNSET,
    exhibitorslte: int | Unset = UNSET,
    exhibitorslt: int | Unset = UNSET,
    purchasers: int | Unset = UNSET,
    purchasersgte: int | Unset = UNSET,
    purchasersgt: int | Unset = UNSET,
    purchaserslte: int | Unset = UNSET,
    purchaserslt: int | Unset = UNSET,
    visitors: int | Unset = UNSET,
    visitorsgte: int | Unset = UNSET,
    visitorsgt: int | Unset = UNSET,
    visitorslte: int | Unset = UNSET,
    visitorslt: int | Unset = UNSET,
    exhibition_area: int | Unset = UNSET,
    exhibition_areagte: int | Unset = UNSET,
    exhibition_areagt: int | Unset = UNSET,
    exhibition_arealte: int | Unset = UNSET,
    exhibition_arealt: int | Unset = UNSET,
    products: int | Unset = UNSET,
    productsgte: int | Unset = UNSET,
    productsgt: int | Unset = UNSET,
    productslte: int | Unset = UNSET,
    productslt: int | Unset = UNSET,
    activities: int | Unset = UNSET,
    activitiesgte: int | Unset = UNSET,
    activitiesgt: int | Unset = UNSET,
    activitieslte: int | Unset = UNSET,
    activitieslt: int | Unset = UNSET,
    companies_settling: int | Unset = UNSET,
    companies_settlinggte: int | Unset = UNSET,
    companies_settlinggt: int | Unset = UNSET,
    companies_settlinglte: int | Unset = UNSET,
    companies_settlinglt: int | Unset = UNSET,
    companies_intending_to_settle: int | Unset = UNSET,
    companies_intending_to_settlegte: int | Unset = UNSET,
    companies_intending_to_settlegt: int | Unset = UNSET,
    companies_intending_to_settlelte: int | Unset = UNSET,
    companies_intending_to_settlelt: int | Unset = UNSET,
    inferred: bool | list[ListDelegationsInferredType1Item] | Unset = UNSET,
    sort: list[ListDelegationsSortItem] | Unset = UNSET,
    fields: list[ListDelegationsFieldsItem] | Unset = UNSET,
    expand: list[ListDelegationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListDelegationsFacetItem] | Unset = UNSET,
    format_: ListDelegationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DelegationPage | Problem]:
    """ List delegations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        kind (list[ListDelegationsKindItem] | Unset):
        part_of (list[str] | Unset):
        represents (list[str] | Unset):
        organizer (list[str] | Unset):
        member (list[str] | Unset):
        sector (list[str] | Unset):
        districts_and_counties (int | Unset):
        districts_and_countiesgte (int | Unset):
        districts_and_countiesgt (int | Unset):
        districts_and_countieslte (int | Unset):
        districts_and_countieslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        exhibitors (int | Unset):
        exhibitorsgte (int | Unset):
        exhibitorsgt (int | Unset):
        exhibitorslte (int | Unset):
        exhibitorslt (int | Unset):
        purchasers (int | Unset):
        purchasersgte (int | Unset):
        purchasersgt (int | Unset):
        purchaserslte (int | Unset):
        purchaserslt (int | Unset):
        visitors (int | Unset):
        visitorsgte (int | Unset):
        visitorsgt (int | Unset):
        visitorslte (int | Unset):
        visitorslt (int | Unset):
        exhibition_area (int | Unset):
        exhibition_areagte (int | Unset):
        exhibition_areagt (int | Unset):
        exhibition_arealte (int | Unset):
        exhibition_arealt (int | Unset):
        products (int | Unset):
        productsgte (int | Unset):
        productsgt (int | Unset):
        productslte (int | Unset):
        productslt (int | Unset):
        activities (int | Unset):
        activitiesgte (int | Unset):
        activitiesgt (int | Unset):
        activitieslte (int | Unset):
        activitieslt (int | Unset):
        companies_settling (int | Unset):
        companies_settlinggte (int | Unset):
        companies_settlinggt (int | Unset):
        companies_settlinglte (int | Unset):
        companies_settlinglt (int | Unset):
        companies_intending_to_settle (int | Unset):
        companies_intending_to_settlegte (int | Unset):
        companies_intending_to_settlegt (int | Unset):
        companies_intending_to_settlelte (int | Unset):
        companies_intending_to_settlelt (int | Unset):
        inferred (bool | list[ListDelegationsInferredType1Item] | Unset):
        sort (list[ListDelegationsSortItem] | Unset):
        fields (list[ListDelegationsFieldsItem] | Unset):
        expand (list[ListDelegationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListDelegationsFacetItem] | Unset):
        format_ (ListDelegationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DelegationPage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
expo=expo,
kind=kind,
part_of=part_of,
represents=represents,
organizer=organizer,
member=member,
sector=sector,
districts_and_counties=districts_and_counties,
districts_and_countiesgte=districts_and_countiesgte,
districts_and_countiesgt=districts_and_countiesgt,
districts_and_countieslte=districts_and_countieslte,
districts_and_countieslt=districts_and_countieslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
exhibitors=exhibitors,
exhibitorsgte=exhibitorsgte,
exhibitorsgt=exhibitorsgt,
exhibitorslte=exhibitorslte,
exhibitorslt=exhibitorslt,
purchasers=purchasers,
purchasersgte=purchasersgte,
purchasersgt=purchasersgt,
purchaserslte=purchaserslte,
purchaserslt=purchaserslt,
visitors=visitors,
visitorsgte=visitorsgte,
visitorsgt=visitorsgt,
visitorslte=visitorslte,
visitorslt=visitorslt,
exhibition_area=exhibition_area,
exhibition_areagte=exhibition_areagte,
exhibition_areagt=exhibition_areagt,
exhibition_arealte=exhibition_arealte,
exhibition_arealt=exhibition_arealt,
products=products,
productsgte=productsgte,
productsgt=productsgt,
productslte=productslte,
productslt=productslt,
activities=activities,
activitiesgte=activitiesgte,
activitiesgt=activitiesgt,
activitieslte=activitieslte,
activitieslt=activitieslt,
companies_settling=companies_settling,
companies_settlinggte=companies_settlinggte,
companies_settlinggt=companies_settlinggt,
companies_settlinglte=companies_settlinglte,
companies_settlinglt=companies_settlinglt,
companies_intending_to_settle=companies_intending_to_settle,
companies_intending_to_settlegte=companies_intending_to_settlegte,
companies_intending_to_settlegt=companies_intending_to_settlegt,
companies_intending_to_settlelte=companies_intending_to_settlelte,
companies_intending_to_settlelt=companies_intending_to_settlelt,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    kind: list[ListDelegationsKindItem] | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    represents: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    member: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    districts_and_counties: int | Unset = UNSET,
    districts_and_countiesgte: int | Unset = UNSET,
    districts_and_countiesgt: int | Unset = UNSET,
    districts_and_countieslte: int | Unset = UNSET,
    districts_and_countieslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    exhibitors: int | Unset = UNSET,
    exhibitorsgte: int | Unset = UNSET,
    exhibitorsgt: int | Unset = UNSET,
    exhibitorslte: int | Unset = UNSET,
    exhibitorslt: int | Unset = UNSET,
    purchasers: int | Unset = UNSET,
    purchasersgte: int | Unset = UNSET,
    purchasersgt: int | Unset = UNSET,
    purchaserslte: int | Unset = UNSET,
    purchaserslt: int | Unset = UNSET,
    visitors: int | Unset = UNSET,
    visitorsgte: int | Unset = UNSET,
    visitorsgt: int | Unset = UNSET,
    visitorslte: int | Unset = UNSET,
    visitorslt: int | Unset = UNSET,
    exhibition_area: int | Unset = UNSET,
    exhibition_areagte: int | Unset = UNSET,
    exhibition_areagt: int | Unset = UNSET,
    exhibition_arealte: int | Unset = UNSET,
    exhibition_arealt: int | Unset = UNSET,
    products: int | Unset = UNSET,
    productsgte: int | Unset = UNSET,
    productsgt: int | Unset = UNSET,
    productslte: int | Unset = UNSET,
    productslt: int | Unset = UNSET,
    activities: int | Unset = UNSET,
    activitiesgte: int | Unset = UNSET,
    activitiesgt: int | Unset = UNSET,
    activitieslte: int | Unset = UNSET,
    activitieslt: int | Unset = UNSET,
    companies_settling: int | Unset = UNSET,
    companies_settlinggte: int | Unset = UNSET,
    companies_settlinggt: int | Unset = UNSET,
    companies_settlinglte: int | Unset = UNSET,
    companies_settlinglt: int | Unset = UNSET,
    companies_intending_to_settle: int | Unset = UNSET,
    companies_intending_to_settlegte: int | Unset = UNSET,
    companies_intending_to_settlegt: int | Unset = UNSET,
    companies_intending_to_settlelte: int | Unset = UNSET,
    companies_intending_to_settlelt: int | Unset = UNSET,
    inferred: bool | list[ListDelegationsInferredType1Item] | Unset = UNSET,
    sort: list[ListDelegationsSortItem] | Unset = UNSET,
    fields: list[ListDelegationsFieldsItem] | Unset = UNSET,
    expand: list[ListDelegationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListDelegationsFacetItem] | Unset = UNSET,
    format_: ListDelegationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DelegationPage | Problem | None:
    """ List delegations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        kind (list[ListDelegationsKindItem] | Unset):
        part_of (list[str] | Unset):
        represents (list[str] | Unset):
        organizer (list[str] | Unset):
        member (list[str] | Unset):
        sector (list[str] | Unset):
        districts_and_counties (int | Unset):
        districts_and_countiesgte (int | Unset):
        districts_and_countiesgt (int | Unset):
        districts_and_countieslte (int | Unset):
        districts_and_countieslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        exhibitors (int | Unset):
        exhibitorsgte (int | Unset):
        exhibitorsgt (int | Unset):
        exhibitorslte (int | Unset):
        exhibitorslt (int | Unset):
        purchasers (int | Unset):
        purchasersgte (int | Unset):
        purchasersgt (int | Unset):
        purchaserslte (int | Unset):
        purchaserslt (int | Unset):
        visitors (int | Unset):
        visitorsgte (int | Unset):
        visitorsgt (int | Unset):
        visitorslte (int | Unset):
        visitorslt (int | Unset):
        exhibition_area (int | Unset):
        exhibition_areagte (int | Unset):
        exhibition_areagt (int | Unset):
        exhibition_arealte (int | Unset):
        exhibition_arealt (int | Unset):
        products (int | Unset):
        productsgte (int | Unset):
        productsgt (int | Unset):
        productslte (int | Unset):
        productslt (int | Unset):
        activities (int | Unset):
        activitiesgte (int | Unset):
        activitiesgt (int | Unset):
        activitieslte (int | Unset):
        activitieslt (int | Unset):
        companies_settling (int | Unset):
        companies_settlinggte (int | Unset):
        companies_settlinggt (int | Unset):
        companies_settlinglte (int | Unset):
        companies_settlinglt (int | Unset):
        companies_intending_to_settle (int | Unset):
        companies_intending_to_settlegte (int | Unset):
        companies_intending_to_settlegt (int | Unset):
        companies_intending_to_settlelte (int | Unset):
        companies_intending_to_settlelt (int | Unset):
        inferred (bool | list[ListDelegationsInferredType1Item] | Unset):
        sort (list[ListDelegationsSortItem] | Unset):
        fields (list[ListDelegationsFieldsItem] | Unset):
        expand (list[ListDelegationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListDelegationsFacetItem] | Unset):
        format_ (ListDelegationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DelegationPage | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
expo=expo,
kind=kind,
part_of=part_of,
represents=represents,
organizer=organizer,
member=member,
sector=sector,
districts_and_counties=districts_and_counties,
districts_and_countiesgte=districts_and_countiesgte,
districts_and_countiesgt=districts_and_countiesgt,
districts_and_countieslte=districts_and_countieslte,
districts_and_countieslt=districts_and_countieslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
exhibitors=exhibitors,
exhibitorsgte=exhibitorsgte,
exhibitorsgt=exhibitorsgt,
exhibitorslte=exhibitorslte,
exhibitorslt=exhibitorslt,
purchasers=purchasers,
purchasersgte=purchasersgte,
purchasersgt=purchasersgt,
purchaserslte=purchaserslte,
purchaserslt=purchaserslt,
visitors=visitors,
visitorsgte=visitorsgte,
visitorsgt=visitorsgt,
visitorslte=visitorslte,
visitorslt=visitorslt,
exhibition_area=exhibition_area,
exhibition_areagte=exhibition_areagte,
exhibition_areagt=exhibition_areagt,
exhibition_arealte=exhibition_arealte,
exhibition_arealt=exhibition_arealt,
products=products,
productsgte=productsgte,
productsgt=productsgt,
productslte=productslte,
productslt=productslt,
activities=activities,
activitiesgte=activitiesgte,
activitiesgt=activitiesgt,
activitieslte=activitieslte,
activitieslt=activitieslt,
companies_settling=companies_settling,
companies_settlinggte=companies_settlinggte,
companies_settlinggt=companies_settlinggt,
companies_settlinglte=companies_settlinglte,
companies_settlinglt=companies_settlinglt,
companies_intending_to_settle=companies_intending_to_settle,
companies_intending_to_settlegte=companies_intending_to_settlegte,
companies_intending_to_settlegt=companies_intending_to_settlegt,
companies_intending_to_settlelte=companies_intending_to_settlelte,
companies_intending_to_settlelt=companies_intending_to_settlelt,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    kind: list[ListDelegationsKindItem] | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    represents: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    member: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    districts_and_counties: int | Unset = UNSET,
    districts_and_countiesgte: int | Unset = UNSET,
    districts_and_countiesgt: int | Unset = UNSET,
    districts_and_countieslte: int | Unset = UNSET,
    districts_and_countieslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    exhibitors: int | Unset = UNSET,
    exhibitorsgte: int | Unset = UNSET,
    exhibitorsgt: int | Unset = UNSET,
    exhibitorslte: int | Unset = UNSET,
    exhibitorslt: int | Unset = UNSET,
    purchasers: int | Unset = UNSET,
    purchasersgte: int | Unset = UNSET,
    purchasersgt: int | Unset = UNSET,
    purchaserslte: int | Unset = UNSET,
    purchaserslt: int | Unset = UNSET,
    visitors: int | Unset = UNSET,
    visitorsgte: int | Unset = UNSET,
    visitorsgt: int | Unset = UNSET,
    visitorslte: int | Unset = UNSET,
    visitorslt: int | Unset = UNSET,
    exhibition_area: int | Unset = UNSET,
    exhibition_areagte: int | Unset = UNSET,
    exhibition_areagt: int | Unset = UNSET,
    exhibition_arealte: int | Unset = UNSET,
    exhibition_arealt: int | Unset = UNSET,
    products: int | Unset = UNSET,
    productsgte: int | Unset = UNSET,
    productsgt: int | Unset = UNSET,
    productslte: int | Unset = UNSET,
    productslt: int | Unset = UNSET,
    activities: int | Unset = UNSET,
    activitiesgte: int | Unset = UNSET,
    activitiesgt: int | Unset = UNSET,
    activitieslte: int | Unset = UNSET,
    activitieslt: int | Unset = UNSET,
    companies_settling: int | Unset = UNSET,
    companies_settlinggte: int | Unset = UNSET,
    companies_settlinggt: int | Unset = UNSET,
    companies_settlinglte: int | Unset = UNSET,
    companies_settlinglt: int | Unset = UNSET,
    companies_intending_to_settle: int | Unset = UNSET,
    companies_intending_to_settlegte: int | Unset = UNSET,
    companies_intending_to_settlegt: int | Unset = UNSET,
    companies_intending_to_settlelte: int | Unset = UNSET,
    companies_intending_to_settlelt: int | Unset = UNSET,
    inferred: bool | list[ListDelegationsInferredType1Item] | Unset = UNSET,
    sort: list[ListDelegationsSortItem] | Unset = UNSET,
    fields: list[ListDelegationsFieldsItem] | Unset = UNSET,
    expand: list[ListDelegationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListDelegationsFacetItem] | Unset = UNSET,
    format_: ListDelegationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DelegationPage | Problem]:
    """ List delegations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        kind (list[ListDelegationsKindItem] | Unset):
        part_of (list[str] | Unset):
        represents (list[str] | Unset):
        organizer (list[str] | Unset):
        member (list[str] | Unset):
        sector (list[str] | Unset):
        districts_and_counties (int | Unset):
        districts_and_countiesgte (int | Unset):
        districts_and_countiesgt (int | Unset):
        districts_and_countieslte (int | Unset):
        districts_and_countieslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        exhibitors (int | Unset):
        exhibitorsgte (int | Unset):
        exhibitorsgt (int | Unset):
        exhibitorslte (int | Unset):
        exhibitorslt (int | Unset):
        purchasers (int | Unset):
        purchasersgte (int | Unset):
        purchasersgt (int | Unset):
        purchaserslte (int | Unset):
        purchaserslt (int | Unset):
        visitors (int | Unset):
        visitorsgte (int | Unset):
        visitorsgt (int | Unset):
        visitorslte (int | Unset):
        visitorslt (int | Unset):
        exhibition_area (int | Unset):
        exhibition_areagte (int | Unset):
        exhibition_areagt (int | Unset):
        exhibition_arealte (int | Unset):
        exhibition_arealt (int | Unset):
        products (int | Unset):
        productsgte (int | Unset):
        productsgt (int | Unset):
        productslte (int | Unset):
        productslt (int | Unset):
        activities (int | Unset):
        activitiesgte (int | Unset):
        activitiesgt (int | Unset):
        activitieslte (int | Unset):
        activitieslt (int | Unset):
        companies_settling (int | Unset):
        companies_settlinggte (int | Unset):
        companies_settlinggt (int | Unset):
        companies_settlinglte (int | Unset):
        companies_settlinglt (int | Unset):
        companies_intending_to_settle (int | Unset):
        companies_intending_to_settlegte (int | Unset):
        companies_intending_to_settlegt (int | Unset):
        companies_intending_to_settlelte (int | Unset):
        companies_intending_to_settlelt (int | Unset):
        inferred (bool | list[ListDelegationsInferredType1Item] | Unset):
        sort (list[ListDelegationsSortItem] | Unset):
        fields (list[ListDelegationsFieldsItem] | Unset):
        expand (list[ListDelegationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListDelegationsFacetItem] | Unset):
        format_ (ListDelegationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DelegationPage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
expo=expo,
kind=kind,
part_of=part_of,
represents=represents,
organizer=organizer,
member=member,
sector=sector,
districts_and_counties=districts_and_counties,
districts_and_countiesgte=districts_and_countiesgte,
districts_and_countiesgt=districts_and_countiesgt,
districts_and_countieslte=districts_and_countieslte,
districts_and_countieslt=districts_and_countieslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
exhibitors=exhibitors,
exhibitorsgte=exhibitorsgte,
exhibitorsgt=exhibitorsgt,
exhibitorslte=exhibitorslte,
exhibitorslt=exhibitorslt,
purchasers=purchasers,
purchasersgte=purchasersgte,
purchasersgt=purchasersgt,
purchaserslte=purchaserslte,
purchaserslt=purchaserslt,
visitors=visitors,
visitorsgte=visitorsgte,
visitorsgt=visitorsgt,
visitorslte=visitorslte,
visitorslt=visitorslt,
exhibition_area=exhibition_area,
exhibition_areagte=exhibition_areagte,
exhibition_areagt=exhibition_areagt,
exhibition_arealte=exhibition_arealte,
exhibition_arealt=exhibition_arealt,
products=products,
productsgte=productsgte,
productsgt=productsgt,
productslte=productslte,
productslt=productslt,
activities=activities,
activitiesgte=activitiesgte,
activitiesgt=activitiesgt,
activitieslte=activitieslte,
activitieslt=activitieslt,
companies_settling=companies_settling,
companies_settlinggte=companies_settlinggte,
companies_settlinggt=companies_settlinggt,
companies_settlinglte=companies_settlinglte,
companies_settlinglt=companies_settlinglt,
companies_intending_to_settle=companies_intending_to_settle,
companies_intending_to_settlegte=companies_intending_to_settlegte,
companies_intending_to_settlegt=companies_intending_to_settlegt,
companies_intending_to_settlelte=companies_intending_to_settlelte,
companies_intending_to_settlelt=companies_intending_to_settlelt,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    kind: list[ListDelegationsKindItem] | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    represents: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    member: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    districts_and_counties: int | Unset = UNSET,
    districts_and_countiesgte: int | Unset = UNSET,
    districts_and_countiesgt: int | Unset = UNSET,
    districts_and_countieslte: int | Unset = UNSET,
    districts_and_countieslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    exhibitors: int | Unset = UNSET,
    exhibitorsgte: int | Unset = UNSET,
    exhibitorsgt: int | Unset = UNSET,
    exhibitorslte: int | Unset = UNSET,
    exhibitorslt: int | Unset = UNSET,
    purchasers: int | Unset = UNSET,
    purchasersgte: int | Unset = UNSET,
    purchasersgt: int | Unset = UNSET,
    purchaserslte: int | Unset = UNSET,
    purchaserslt: int | Unset = UNSET,
    visitors: int | Unset = UNSET,
    visitorsgte: int | Unset = UNSET,
    visitorsgt: int | Unset = UNSET,
    visitorslte: int | Unset = UNSET,
    visitorslt: int | Unset = UNSET,
    exhibition_area: int | Unset = UNSET,
    exhibition_areagte: int | Unset = UNSET,
    exhibition_areagt: int | Unset = UNSET,
    exhibition_arealte: int | Unset = UNSET,
    exhibition_arealt: int | Unset = UNSET,
    products: int | Unset = UNSET,
    productsgte: int | Unset = UNSET,
    productsgt: int | Unset = UNSET,
    productslte: int | Unset = UNSET,
    productslt: int | Unset = UNSET,
    activities: int | Unset = UNSET,
    activitiesgte: int | Unset = UNSET,
    activitiesgt: int | Unset = UNSET,
    activitieslte: int | Unset = UNSET,
    activitieslt: int | Unset = UNSET,
    companies_settling: int | Unset = UNSET,
    companies_settlinggte: int | Unset = UNSET,
    companies_settlinggt: int | Unset = UNSET,
    companies_settlinglte: int | Unset = UNSET,
    companies_settlinglt: int | Unset = UNSET,
    companies_intending_to_settle: int | Unset = UNSET,
    companies_intending_to_settlegte: int | Unset = UNSET,
    companies_intending_to_settlegt: int | Unset = UNSET,
    companies_intending_to_settlelte: int | Unset = UNSET,
    companies_intending_to_settlelt: int | Unset = UNSET,
    inferred: bool | list[ListDelegationsInferredType1Item] | Unset = UNSET,
    sort: list[ListDelegationsSortItem] | Unset = UNSET,
    fields: list[ListDelegationsFieldsItem] | Unset = UNSET,
    expand: list[ListDelegationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListDelegationsFacetItem] | Unset = UNSET,
    format_: ListDelegationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DelegationPage | Problem | None:
    """ List delegations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        kind (list[ListDelegationsKindItem] | Unset):
        part_of (list[str] | Unset):
        represents (list[str] | Unset):
        organizer (list[str] | Unset):
        member (list[str] | Unset):
        sector (list[str] | Unset):
        districts_and_counties (int | Unset):
        districts_and_countiesgte (int | Unset):
        districts_and_countiesgt (int | Unset):
        districts_and_countieslte (int | Unset):
        districts_and_countieslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        exhibitors (int | Unset):
        exhibitorsgte (int | Unset):
        exhibitorsgt (int | Unset):
        exhibitorslte (int | Unset):
        exhibitorslt (int | Unset):
        purchasers (int | Unset):
        purchasersgte (int | Unset):
        purchasersgt (int | Unset):
        purchaserslte (int | Unset):
        purchaserslt (int | Unset):
        visitors (int | Unset):
        visitorsgte (int | Unset):
        visitorsgt (int | Unset):
        visitorslte (int | Unset):
        visitorslt (int | Unset):
        exhibition_area (int | Unset):
        exhibition_areagte (int | Unset):
        exhibition_areagt (int | Unset):
        exhibition_arealte (int | Unset):
        exhibition_arealt (int | Unset):
        products (int | Unset):
        productsgte (int | Unset):
        productsgt (int | Unset):
        productslte (int | Unset):
        productslt (int | Unset):
        activities (int | Unset):
        activitiesgte (int | Unset):
        activitiesgt (int | Unset):
        activitieslte (int | Unset):
        activitieslt (int | Unset):
        companies_settling (int | Unset):
        companies_settlinggte (int | Unset):
        companies_settlinggt (int | Unset):
        companies_settlinglte (int | Unset):
        companies_settlinglt (int | Unset):
        companies_intending_to_settle (int | Unset):
        companies_intending_to_settlegte (int | Unset):
        companies_intending_to_settlegt (int | Unset):
        companies_intending_to_settlelte (int | Unset):
        companies_intending_to_settlelt (int | Unset):
        inferred (bool | list[ListDelegationsInferredType1Item] | Unset):
        sort (list[ListDelegationsSortItem] | Unset):
        fields (list[ListDelegationsFieldsItem] | Unset):
        expand (list[ListDelegationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListDelegationsFacetItem] | Unset):
        format_ (ListDelegationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DelegationPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
expo=expo,
kind=kind,
part_of=part_of,
represents=represents,
organizer=organizer,
member=member,
sector=sector,
districts_and_counties=districts_and_counties,
districts_and_countiesgte=districts_and_countiesgte,
districts_and_countiesgt=districts_and_countiesgt,
districts_and_countieslte=districts_and_countieslte,
districts_and_countieslt=districts_and_countieslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
exhibitors=exhibitors,
exhibitorsgte=exhibitorsgte,
exhibitorsgt=exhibitorsgt,
exhibitorslte=exhibitorslte,
exhibitorslt=exhibitorslt,
purchasers=purchasers,
purchasersgte=purchasersgte,
purchasersgt=purchasersgt,
purchaserslte=purchaserslte,
purchaserslt=purchaserslt,
visitors=visitors,
visitorsgte=visitorsgte,
visitorsgt=visitorsgt,
visitorslte=visitorslte,
visitorslt=visitorslt,
exhibition_area=exhibition_area,
exhibition_areagte=exhibition_areagte,
exhibition_areagt=exhibition_areagt,
exhibition_arealte=exhibition_arealte,
exhibition_arealt=exhibition_arealt,
products=products,
productsgte=productsgte,
productsgt=productsgt,
productslte=productslte,
productslt=productslt,
activities=activities,
activitiesgte=activitiesgte,
activitiesgt=activitiesgt,
activitieslte=activitieslte,
activitieslt=activitieslt,
companies_settling=companies_settling,
companies_settlinggte=companies_settlinggte,
companies_settlinggt=companies_settlinggt,
companies_settlinglte=companies_settlinglte,
companies_settlinglt=companies_settlinglt,
companies_intending_to_settle=companies_intending_to_settle,
companies_intending_to_settlegte=companies_intending_to_settlegte,
companies_intending_to_settlegt=companies_intending_to_settlegt,
companies_intending_to_settlelte=companies_intending_to_settlelte,
companies_intending_to_settlelt=companies_intending_to_settlelt,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    )).parsed
