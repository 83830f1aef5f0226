from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.expo_stats import ExpoStats
from ...models.get_expo_stats_group_by import check_get_expo_stats_group_by
from ...models.get_expo_stats_group_by import GetExpoStatsGroupBy
from ...models.get_expo_stats_inferred_type_1_item import check_get_expo_stats_inferred_type_1_item
from ...models.get_expo_stats_inferred_type_1_item import GetExpoStatsInferredType1Item
from ...models.get_expo_stats_kind_item import check_get_expo_stats_kind_item
from ...models.get_expo_stats_kind_item import GetExpoStatsKindItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    group_by: GetExpoStatsGroupBy,
    kind: list[GetExpoStatsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    year: int | Unset = UNSET,
    yeargte: int | Unset = UNSET,
    yeargt: int | Unset = UNSET,
    yearlte: int | Unset = UNSET,
    yearlt: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    start_dategte: datetime.date | Unset = UNSET,
    start_dategt: datetime.date | Unset = UNSET,
    start_datelte: datetime.date | Unset = UNSET,
    start_datelt: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    end_dategte: datetime.date | Unset = UNSET,
    end_dategt: datetime.date | Unset = UNSET,
    end_datelte: datetime.date | Unset = UNSET,
    end_datelt: datetime.date | Unset = UNSET,
    edition: int | Unset = UNSET,
    editiongte: int | Unset = UNSET,
    editiongt: int | Unset = UNSET,
    editionlte: int | Unset = UNSET,
    editionlt: int | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    countries_and_regions: int | Unset = UNSET,
    countries_and_regionsgte: int | Unset = UNSET,
    countries_and_regionsgt: int | Unset = UNSET,
    countries_and_regionslte: int | Unset = UNSET,
    countries_and_regionslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
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
    featured_sectors: int | Unset = UNSET,
    featured_sectorsgte: int | Unset = UNSET,
    featured_sectorsgt: int | Unset = UNSET,
    featured_sectorslte: int | Unset = UNSET,
    featured_sectorslt: int | Unset = UNSET,
    inferred: bool | list[GetExpoStatsInferredType1Item] | Unset = UNSET,
    q: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    json_group_by: str = group_by
    params["group_by"] = json_group_by

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)


    params["kind"] = json_kind

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country


    params["country"] = json_country

    json_city: list[str] | Unset = UNSET
    if not isinstance(city, Unset):
        json_city = city


    params["city"] = json_city

    params["year"] = year

    params["year[gte]"] = yeargte

    params["year[gt]"] = yeargt

    params["year[lte]"] = yearlte

    params["year[lt]"] = yearlt

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_start_dategte: str | Unset = UNSET
    if not isinstance(start_dategte, Unset):
        json_start_dategte = start_dategte.isoformat()
    params["start_date[gte]"] = json_start_dategte

    json_start_dategt: str | Unset = UNSET
    if not isinstance(start_dategt, Unset):
        json_start_dategt = start_dategt.isoformat()
    params["start_date[gt]"] = json_start_dategt

    json_start_datelte: str | Unset = UNSET
    if not isinstance(start_datelte, Unset):
        json_start_datelte = start_datelte.isoformat()
    params["start_date[lte]"] = json_start_datelte

    json_start_datelt: str | Unset = UNSET
    if not isinstance(start_datelt, Unset):
        json_start_datelt = start_datelt.isoformat()
    params["start_date[lt]"] = json_start_datelt

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_end_dategte: str | Unset = UNSET
    if not isinstance(end_dategte, Unset):
        json_end_dategte = end_dategte.isoformat()
    params["end_date[gte]"] = json_end_dategte

    json_end_dategt: str | Unset = UNSET
    if not isinstance(end_dategt, Unset):
        json_end_dategt = end_dategt.isoformat()
    params["end_date[gt]"] = json_end_dategt

    json_end_datelte: str | Unset = UNSET
    if not isinstance(end_datelte, Unset):
        json_end_datelte = end_datelte.isoformat()
    params["end_date[lte]"] = json_end_datelte

    json_end_datelt: str | Unset = UNSET
    if not isinstance(end_datelt, Unset):
        json_end_datelt = end_datelt.isoformat()
    params["end_date[lt]"] = json_end_datelt

    params["edition"] = edition

    params["edition[gte]"] = editiongte

    params["edition[gt]"] = editiongt

    params["edition[lte]"] = editionlte

    params["edition[lt]"] = editionlt

    json_part_of: list[str] | Unset = UNSET
    if not isinstance(part_of, Unset):
        json_part_of = part_of


    params["part_of"] = json_part_of

    json_organizer: list[str] | Unset = UNSET
    if not isinstance(organizer, Unset):
        json_organizer = organizer


    params["organizer"] = json_organizer

    json_sector: list[str] | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = sector


    params["sector"] = json_sector

    params["countries_and_regions"] = countries_and_regions

    params["countries_and_regions[gte]"] = countries_and_regionsgte

    params["countries_and_regions[gt]"] = countries_and_regionsgt

    params["countries_and_regions[lte]"] = countries_and_regionslte

    params["countries_and_regions[lt]"] = countries_and_regionslt

    params["enterprises"] = enterprises

    params["enterprises[gte]"] = enterprisesgte

    params["enterprises[gt]"] = enterprisesgt

    params["enterprises[lte]"] = enterpriseslte

    params["enterprises[lt]"] = enterpriseslt

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

    params["featured_sectors"] = featured_sectors

    params["featured_sectors[gte]"] = featured_sectorsgte

    params["featured_sectors[gt]"] = featured_sectorsgt

    params["featured_sectors[lte]"] = featured_sectorslte

    params["featured_sectors[lt]"] = featured_sectorslt

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

    params["q"] = q


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/expos",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ExpoStats | Problem:
    if response.status_code == 200:
        response_200 = ExpoStats.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = None

        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    response_default = Problem.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ExpoStats | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: GetExpoStatsGroupBy,
    kind: list[GetExpoStatsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    year: int | Unset = UNSET,
    yeargte: int | Unset = UNSET,
    yeargt: int | Unset = UNSET,
    yearlte: int | Unset = UNSET,
    yearlt: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    start_dategte: datetime.date | Unset = UNSET,
    start_dategt: datetime.date | Unset = UNSET,
    start_datelte: datetime.date | Unset = UNSET,
    start_datelt: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    end_dategte: datetime.date | Unset = UNSET,
    end_dategt: datetime.date | Unset = UNSET,
    end_datelte: datetime.date | Unset = UNSET,
    end_datelt: datetime.date | Unset = UNSET,
    edition: int | Unset = UNSET,
    editiongte: int | Unset = UNSET,
    editiongt: int | Unset = UNSET,
    editionlte: int | Unset = UNSET,
    editionlt: int | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    countries_and_regions: int | Unset = UNSET,
    countries_and_regionsgte: int | Unset = UNSET,
    countries_and_regionsgt: int | Unset = UNSET,
    countries_and_regionslte: int | Unset = UNSET,
    countries_and_regionslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
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
    featured_sectors: int | Unset = UNSET,
    featured_sectorsgte: int | Unset = UNSET,
    featured_sectorsgt: int | Unset = UNSET,
    featured_sectorslte: int | Unset = UNSET,
    featured_sectorslt: int | Unset = UNSET,
    inferred: bool | list[GetExpoStatsInferredType1Item] | Unset = UNSET,
    q: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ExpoStats | Problem]:
    """ Count expos by one key

     The expos matching the filters (the same as on `listExpos`), counted by `group_by`.

    Args:
        group_by (GetExpoStatsGroupBy):
        kind (list[GetExpoStatsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        year (int | Unset):
        yeargte (int | Unset):
        yeargt (int | Unset):
        yearlte (int | Unset):
        yearlt (int | Unset):
        start_date (datetime.date | Unset):
        start_dategte (datetime.date | Unset):
        start_dategt (datetime.date | Unset):
        start_datelte (datetime.date | Unset):
        start_datelt (datetime.date | Unset):
        end_date (datetime.date | Unset):
        end_dategte (datetime.date | Unset):
        end_dategt (datetime.date | Unset):
        end_datelte (datetime.date | Unset):
        end_datelt (datetime.date | Unset):
        edition (int | Unset):
        editiongte (int | Unset):
        editiongt (int | Unset):
        editionlte (int | Unset):
        editionlt (int | Unset):
        part_of (list[str] | Unset):
        organizer (list[str] | Unset):
        sector (list[str] | Unset):
        countries_and_regions (int | Unset):
        countries_and_regionsgte (int | Unset):
        countries_and_regionsgt (int | Unset):
        countries_and_regionslte (int | Unset):
        countries_and_regionslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
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
        featured_sectors (int | Unset):
        featured_sectorsgte (int | Unset):
        featured_sectorsgt (int | Unset):
        featured_sectorslte (int | Unset):
        featured_sectorslt (int | Unset):
        inferred (bool | list[GetExpoStatsInferredType1Item] | Unset):
        q (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExpoStats | Problem]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
kind=kind,
country=country,
city=city,
year=year,
yeargte=yeargte,
yeargt=yeargt,
yearlte=yearlte,
yearlt=yearlt,
start_date=start_date,
start_dategte=start_dategte,
start_dategt=start_dategt,
start_datelte=start_datelte,
start_datelt=start_datelt,
end_date=end_date,
end_dategte=end_dategte,
end_dategt=end_dategt,
end_datelte=end_datelte,
end_datelt=end_datelt,
edition=edition,
editiongte=editiongte,
editiongt=editiongt,
editionlte=editionlte,
editionlt=editionlt,
part_of=part_of,
organizer=organizer,
sector=sector,
countries_and_regions=countries_and_regions,
countries_and_regionsgte=countries_and_regionsgte,
countries_and_regionsgt=countries_and_regionsgt,
countries_and_regionslte=countries_and_regionslte,
countries_and_regionslt=countries_and_regionslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
featured_sectors=featured_sectors,
featured_sectorsgte=featured_sectorsgte,
featured_sectorsgt=featured_sectorsgt,
featured_sectorslte=featured_sectorslte,
featured_sectorslt=featured_sectorslt,
inferred=inferred,
q=q,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    group_by: GetExpoStatsGroupBy,
    kind: list[GetExpoStatsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    year: int | Unset = UNSET,
    yeargte: int | Unset = UNSET,
    yeargt: int | Unset = UNSET,
    yearlte: int | Unset = UNSET,
    yearlt: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    start_dategte: datetime.date | Unset = UNSET,
    start_dategt: datetime.date | Unset = UNSET,
    start_datelte: datetime.date | Unset = UNSET,
    start_datelt: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    end_dategte: datetime.date | Unset = UNSET,
    end_dategt: datetime.date | Unset = UNSET,
    end_datelte: datetime.date | Unset = UNSET,
    end_datelt: datetime.date | Unset = UNSET,
    edition: int | Unset = UNSET,
    editiongte: int | Unset = UNSET,
    editiongt: int | Unset = UNSET,
    editionlte: int | Unset = UNSET,
    editionlt: int | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    countries_and_regions: int | Unset = UNSET,
    countries_and_regionsgte: int | Unset = UNSET,
    countries_and_regionsgt: int | Unset = UNSET,
    countries_and_regionslte: int | Unset = UNSET,
    countries_and_regionslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
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
    featured_sectors: int | Unset = UNSET,
    featured_sectorsgte: int | Unset = UNSET,
    featured_sectorsgt: int | Unset = UNSET,
    featured_sectorslte: int | Unset = UNSET,
    featured_sectorslt: int | Unset = UNSET,
    inferred: bool | list[GetExpoStatsInferredType1Item] | Unset = UNSET,
    q: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ExpoStats | Problem | None:
    """ Count expos by one key

     The expos matching the filters (the same as on `listExpos`), counted by `group_by`.

    Args:
        group_by (GetExpoStatsGroupBy):
        kind (list[GetExpoStatsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        year (int | Unset):
        yeargte (int | Unset):
        yeargt (int | Unset):
        yearlte (int | Unset):
        yearlt (int | Unset):
        start_date (datetime.date | Unset):
        start_dategte (datetime.date | Unset):
        start_dategt (datetime.date | Unset):
        start_datelte (datetime.date | Unset):
        start_datelt (datetime.date | Unset):
        end_date (datetime.date | Unset):
        end_dategte (datetime.date | Unset):
        end_dategt (datetime.date | Unset):
        end_datelte (datetime.date | Unset):
        end_datelt (datetime.date | Unset):
        edition (int | Unset):
        editiongte (int | Unset):
        editiongt (int | Unset):
        editionlte (int | Unset):
        editionlt (int | Unset):
        part_of (list[str] | Unset):
        organizer (list[str] | Unset):
        sector (list[str] | Unset):
        countries_and_regions (int | Unset):
        countries_and_regionsgte (int | Unset):
        countries_and_regionsgt (int | Unset):
        countries_and_regionslte (int | Unset):
        countries_and_regionslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
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
        featured_sectors (int | Unset):
        featured_sectorsgte (int | Unset):
        featured_sectorsgt (int | Unset):
        featured_sectorslte (int | Unset):
        featured_sectorslt (int | Unset):
        inferred (bool | list[GetExpoStatsInferredType1Item] | Unset):
        q (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExpoStats | Problem
     """


    return sync_detailed(
        client=client,
group_by=group_by,
kind=kind,
country=country,
city=city,
year=year,
yeargte=yeargte,
yeargt=yeargt,
yearlte=yearlte,
yearlt=yearlt,
start_date=start_date,
start_dategte=start_dategte,
start_dategt=start_dategt,
start_datelte=start_datelte,
start_datelt=start_datelt,
end_date=end_date,
end_dategte=end_dategte,
end_dategt=end_dategt,
end_datelte=end_datelte,
end_datelt=end_datelt,
edition=edition,
editiongte=editiongte,
editiongt=editiongt,
editionlte=editionlte,
editionlt=editionlt,
part_of=part_of,
organizer=organizer,
sector=sector,
countries_and_regions=countries_and_regions,
countries_and_regionsgte=countries_and_regionsgte,
countries_and_regionsgt=countries_and_regionsgt,
countries_and_regionslte=countries_and_regionslte,
countries_and_regionslt=countries_and_regionslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
featured_sectors=featured_sectors,
featured_sectorsgte=featured_sectorsgte,
featured_sectorsgt=featured_sectorsgt,
featured_sectorslte=featured_sectorslte,
featured_sectorslt=featured_sectorslt,
inferred=inferred,
q=q,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: GetExpoStatsGroupBy,
    kind: list[GetExpoStatsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    year: int | Unset = UNSET,
    yeargte: int | Unset = UNSET,
    yeargt: int | Unset = UNSET,
    yearlte: int | Unset = UNSET,
    yearlt: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    start_dategte: datetime.date | Unset = UNSET,
    start_dategt: datetime.date | Unset = UNSET,
    start_datelte: datetime.date | Unset = UNSET,
    start_datelt: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    end_dategte: datetime.date | Unset = UNSET,
    end_dategt: datetime.date | Unset = UNSET,
    end_datelte: datetime.date | Unset = UNSET,
    end_datelt: datetime.date | Unset = UNSET,
    edition: int | Unset = UNSET,
    editiongte: int | Unset = UNSET,
    editiongt: int | Unset = UNSET,
    editionlte: int | Unset = UNSET,
    editionlt: int | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    countries_and_regions: int | Unset = UNSET,
    countries_and_regionsgte: int | Unset = UNSET,
    countries_and_regionsgt: int | Unset = UNSET,
    countries_and_regionslte: int | Unset = UNSET,
    countries_and_regionslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
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
    featured_sectors: int | Unset = UNSET,
    featured_sectorsgte: int | Unset = UNSET,
    featured_sectorsgt: int | Unset = UNSET,
    featured_sectorslte: int | Unset = UNSET,
    featured_sectorslt: int | Unset = UNSET,
    inferred: bool | list[GetExpoStatsInferredType1Item] | Unset = UNSET,
    q: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ExpoStats | Problem]:
    """ Count expos by one key

     The expos matching the filters (the same as on `listExpos`), counted by `group_by`.

    Args:
        group_by (GetExpoStatsGroupBy):
        kind (list[GetExpoStatsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        year (int | Unset):
        yeargte (int | Unset):
        yeargt (int | Unset):
        yearlte (int | Unset):
        yearlt (int | Unset):
        start_date (datetime.date | Unset):
        start_dategte (datetime.date | Unset):
        start_dategt (datetime.date | Unset):
        start_datelte (datetime.date | Unset):
        start_datelt (datetime.date | Unset):
        end_date (datetime.date | Unset):
        end_dategte (datetime.date | Unset):
        end_dategt (datetime.date | Unset):
        end_datelte (datetime.date | Unset):
        end_datelt (datetime.date | Unset):
        edition (int | Unset):
        editiongte (int | Unset):
        editiongt (int | Unset):
        editionlte (int | Unset):
        editionlt (int | Unset):
        part_of (list[str] | Unset):
        organizer (list[str] | Unset):
        sector (list[str] | Unset):
        countries_and_regions (int | Unset):
        countries_and_regionsgte (int | Unset):
        countries_and_regionsgt (int | Unset):
        countries_and_regionslte (int | Unset):
        countries_and_regionslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
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
        featured_sectors (int | Unset):
        featured_sectorsgte (int | Unset):
        featured_sectorsgt (int | Unset):
        featured_sectorslte (int | Unset):
        featured_sectorslt (int | Unset):
        inferred (bool | list[GetExpoStatsInferredType1Item] | Unset):
        q (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExpoStats | Problem]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
kind=kind,
country=country,
city=city,
year=year,
yeargte=yeargte,
yeargt=yeargt,
yearlte=yearlte,
yearlt=yearlt,
start_date=start_date,
start_dategte=start_dategte,
start_dategt=start_dategt,
start_datelte=start_datelte,
start_datelt=start_datelt,
end_date=end_date,
end_dategte=end_dategte,
end_dategt=end_dategt,
end_datelte=end_datelte,
end_datelt=end_datelt,
edition=edition,
editiongte=editiongte,
editiongt=editiongt,
editionlte=editionlte,
editionlt=editionlt,
part_of=part_of,
organizer=organizer,
sector=sector,
countries_and_regions=countries_and_regions,
countries_and_regionsgte=countries_and_regionsgte,
countries_and_regionsgt=countries_and_regionsgt,
countries_and_regionslte=countries_and_regionslte,
countries_and_regionslt=countries_and_regionslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
featured_sectors=featured_sectors,
featured_sectorsgte=featured_sectorsgte,
featured_sectorsgt=featured_sectorsgt,
featured_sectorslte=featured_sectorslte,
featured_sectorslt=featured_sectorslt,
inferred=inferred,
q=q,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_by: GetExpoStatsGroupBy,
    kind: list[GetExpoStatsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    year: int | Unset = UNSET,
    yeargte: int | Unset = UNSET,
    yeargt: int | Unset = UNSET,
    yearlte: int | Unset = UNSET,
    yearlt: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    start_dategte: datetime.date | Unset = UNSET,
    start_dategt: datetime.date | Unset = UNSET,
    start_datelte: datetime.date | Unset = UNSET,
    start_datelt: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    end_dategte: datetime.date | Unset = UNSET,
    end_dategt: datetime.date | Unset = UNSET,
    end_datelte: datetime.date | Unset = UNSET,
    end_datelt: datetime.date | Unset = UNSET,
    edition: int | Unset = UNSET,
    editiongte: int | Unset = UNSET,
    editiongt: int | Unset = UNSET,
    editionlte: int | Unset = UNSET,
    editionlt: int | Unset = UNSET,
    part_of: list[str] | Unset = UNSET,
    organizer: list[str] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    countries_and_regions: int | Unset = UNSET,
    countries_and_regionsgte: int | Unset = UNSET,
    countries_and_regionsgt: int | Unset = UNSET,
    countries_and_regionslte: int | Unset = UNSET,
    countries_and_regionslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
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
    featured_sectors: int | Unset = UNSET,
    featured_sectorsgte: int | Unset = UNSET,
    featured_sectorsgt: int | Unset = UNSET,
    featured_sectorslte: int | Unset = UNSET,
    featured_sectorslt: int | Unset = UNSET,
    inferred: bool | list[GetExpoStatsInferredType1Item] | Unset = UNSET,
    q: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ExpoStats | Problem | None:
    """ Count expos by one key

     The expos matching the filters (the same as on `listExpos`), counted by `group_by`.

    Args:
        group_by (GetExpoStatsGroupBy):
        kind (list[GetExpoStatsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        year (int | Unset):
        yeargte (int | Unset):
        yeargt (int | Unset):
        yearlte (int | Unset):
        yearlt (int | Unset):
        start_date (datetime.date | Unset):
        start_dategte (datetime.date | Unset):
        start_dategt (datetime.date | Unset):
        start_datelte (datetime.date | Unset):
        start_datelt (datetime.date | Unset):
        end_date (datetime.date | Unset):
        end_dategte (datetime.date | Unset):
        end_dategt (datetime.date | Unset):
        end_datelte (datetime.date | Unset):
        end_datelt (datetime.date | Unset):
        edition (int | Unset):
        editiongte (int | Unset):
        editiongt (int | Unset):
        editionlte (int | Unset):
        editionlt (int | Unset):
        part_of (list[str] | Unset):
        organizer (list[str] | Unset):
        sector (list[str] | Unset):
        countries_and_regions (int | Unset):
        countries_and_regionsgte (int | Unset):
        countries_and_regionsgt (int | Unset):
        countries_and_regionslte (int | Unset):
        countries_and_regionslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
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
        featured_sectors (int | Unset):
        featured_sectorsgte (int | Unset):
        featured_sectorsgt (int | Unset):
        featured_sectorslte (int | Unset):
        featured_sectorslt (int | Unset):
        inferred (bool | list[GetExpoStatsInferredType1Item] | Unset):
        q (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExpoStats | Problem
     """


    return (await asyncio_detailed(
        client=client,
group_by=group_by,
kind=kind,
country=country,
city=city,
year=year,
yeargte=yeargte,
yeargt=yeargt,
yearlte=yearlte,
yearlt=yearlt,
start_date=start_date,
start_dategte=start_dategte,
start_dategt=start_dategt,
start_datelte=start_datelte,
start_datelt=start_datelt,
end_date=end_date,
end_dategte=end_dategte,
end_dategt=end_dategt,
end_datelte=end_datelte,
end_datelt=end_datelt,
edition=edition,
editiongte=editiongte,
editiongt=editiongt,
editionlte=editionlte,
editionlt=editionlt,
part_of=part_of,
organizer=organizer,
sector=sector,
countries_and_regions=countries_and_regions,
countries_and_regionsgte=countries_and_regionsgte,
countries_and_regionsgt=countries_and_regionsgt,
countries_and_regionslte=countries_and_regionslte,
countries_and_regionslt=countries_and_regionslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
featured_sectors=featured_sectors,
featured_sectorsgte=featured_sectorsgte,
featured_sectorsgt=featured_sectorsgt,
featured_sectorslte=featured_sectorslte,
featured_sectorslt=featured_sectorslt,
inferred=inferred,
q=q,
if_none_match=if_none_match,

    )).parsed
