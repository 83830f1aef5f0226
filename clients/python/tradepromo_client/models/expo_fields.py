from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.expo_fields_inferred_item import check_expo_fields_inferred_item
from ..models.expo_fields_inferred_item import ExpoFieldsInferredItem
from ..models.expo_fields_kind import check_expo_fields_kind
from ..models.expo_fields_kind import ExpoFieldsKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation_fields import CitationFields
  from ..models.count import Count
  from ..models.delegation import Delegation
  from ..models.expo import Expo
  from ..models.organization import Organization





T = TypeVar("T", bound="ExpoFields")



@_attrs_define
class ExpoFields:
    """ 
        Attributes:
            id (str): Stable id. Example: ciie-2019.
            city (None | str | Unset): City where it is held. Example: Shanghai.
            countries_and_regions (Count | None | Unset): Countries and regions taking part. Example: {'as_reported': 'over
                3,800 enterprises', 'basis': 'reported', 'citation': 0, 'high': None, 'low': 3800, 'period': None, 'qualifier':
                'more_than', 'unit': 'enterprises', 'value': 3800}.
            country (None | str | Unset): ISO 3166-1 alpha-2 country where it is held. Example: CN.
            dates_as_reported (None | str | Unset): The source's own words for the dates. Example: from May 7 to 10.
            delegations (list[Delegation] | Unset): The delegations attending it: present only with `expand=delegations`.
            description (None | str | Unset): What the sources report about it. Example: The 2nd China International Import
                Expo, held in Shanghai, drew over 3,800 enterprises..
            edition (int | None | Unset): Ordinal of the edition, when stated. Example: 2.
            end_date (datetime.date | None | Unset): Last day, when known. Example: 2019-11-10.
            enterprises (Count | None | Unset): Enterprises taking part. Example: {'as_reported': 'over 3,800 enterprises',
                'basis': 'reported', 'citation': 0, 'high': None, 'low': 3800, 'period': None, 'qualifier': 'more_than', 'unit':
                'enterprises', 'value': 3800}.
            exhibition_area (Count | None | Unset): Exhibition area, in square metres. Example: {'as_reported': 'over 3,800
                enterprises', 'basis': 'reported', 'citation': 0, 'high': None, 'low': 3800, 'period': None, 'qualifier':
                'more_than', 'unit': 'enterprises', 'value': 3800}.
            featured_sectors (Count | None | Unset): Number of sectors the event features. Example: {'as_reported': 'over
                3,800 enterprises', 'basis': 'reported', 'citation': 0, 'high': None, 'low': 3800, 'period': None, 'qualifier':
                'more_than', 'unit': 'enterprises', 'value': 3800}.
            inferred (list[ExpoFieldsInferredItem] | Unset): Names of fields whose values the source leaves implicit and
                that were inferred from its context (see `note`). Example: ['start_date'].
            kind (ExpoFieldsKind | Unset): What sort of event it is. Example: expo.
            name (str | Unset): Full name of the edition. Example: 2nd China International Import Expo.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks. Example: The year is
                inferred from the expo's edition: the article does not state it..
            organizers (list[Organization | str] | Unset): The organizations that organized it: ids, or records with
                `expand`. Example: ['chongqing-municipal-peoples-government'].
            part_of (Expo | None | str | Unset): The event this one is a side event of: its id, or the record itself with
                `expand`. Example: ciie-2019.
            sectors (list[str] | Unset): Industries and sectors as snake_case slugs of the source's own words. Example:
                ['automobiles', 'textiles'].
            short_name (None | str | Unset): Common abbreviation. Example: CIIE.
            sources (list[CitationFields] | Unset): The passages of the seed documents that back this record. Example:
                [{'quote': 'The first deal of the Shanghai trading delegation at the 6th CIIE, a procurement order worth US$300
                million, was signed between Qingpu-registered ZKH Industrial Supply Co and materials science leader Dow.',
                'source': 'qingpu-at-ciie-2023'}].
            start_date (datetime.date | None | Unset): First day, when known. Example: 2019-11-05.
            venue (None | str | Unset): Venue. Example: National Exhibition and Convention Center (Shanghai).
            visitors (Count | None | Unset): Visitors or guests. Example: {'as_reported': 'over 3,800 enterprises', 'basis':
                'reported', 'citation': 0, 'high': None, 'low': 3800, 'period': None, 'qualifier': 'more_than', 'unit':
                'enterprises', 'value': 3800}.
            year (int | None | Unset): Year held; null when no source settles it. Example: 2019.
     """

    id: str
    city: None | str | Unset = UNSET
    countries_and_regions: Count | None | Unset = UNSET
    country: None | str | Unset = UNSET
    dates_as_reported: None | str | Unset = UNSET
    delegations: list[Delegation] | Unset = UNSET
    description: None | str | Unset = UNSET
    edition: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    exhibition_area: Count | None | Unset = UNSET
    featured_sectors: Count | None | Unset = UNSET
    inferred: list[ExpoFieldsInferredItem] | Unset = UNSET
    kind: ExpoFieldsKind | Unset = UNSET
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    organizers: list[Organization | str] | Unset = UNSET
    part_of: Expo | None | str | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    short_name: None | str | Unset = UNSET
    sources: list[CitationFields] | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    venue: None | str | Unset = UNSET
    visitors: Count | None | Unset = UNSET
    year: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        from ..models.expo import Expo # noqa: PLC0415
        from ..models.organization import Organization # noqa: PLC0415
        id = self.id

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        countries_and_regions: dict[str, Any] | None | Unset
        if isinstance(self.countries_and_regions, Unset):
            countries_and_regions = UNSET
        elif isinstance(self.countries_and_regions, Count):
            countries_and_regions = self.countries_and_regions.to_dict()
        else:
            countries_and_regions = self.countries_and_regions

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        dates_as_reported: None | str | Unset
        if isinstance(self.dates_as_reported, Unset):
            dates_as_reported = UNSET
        else:
            dates_as_reported = self.dates_as_reported

        delegations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delegations, Unset):
            delegations = []
            for delegations_item_data in self.delegations:
                delegations_item = delegations_item_data.to_dict()
                delegations.append(delegations_item)



        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        enterprises: dict[str, Any] | None | Unset
        if isinstance(self.enterprises, Unset):
            enterprises = UNSET
        elif isinstance(self.enterprises, Count):
            enterprises = self.enterprises.to_dict()
        else:
            enterprises = self.enterprises

        exhibition_area: dict[str, Any] | None | Unset
        if isinstance(self.exhibition_area, Unset):
            exhibition_area = UNSET
        elif isinstance(self.exhibition_area, Count):
            exhibition_area = self.exhibition_area.to_dict()
        else:
            exhibition_area = self.exhibition_area

        featured_sectors: dict[str, Any] | None | Unset
        if isinstance(self.featured_sectors, Unset):
            featured_sectors = UNSET
        elif isinstance(self.featured_sectors, Count):
            featured_sectors = self.featured_sectors.to_dict()
        else:
            featured_sectors = self.featured_sectors

        inferred: list[str] | Unset = UNSET
        if not isinstance(self.inferred, Unset):
            inferred = []
            for inferred_item_data in self.inferred:
                inferred_item: str = inferred_item_data
                inferred.append(inferred_item)



        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


        name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organizers: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.organizers, Unset):
            organizers = []
            for organizers_item_data in self.organizers:
                organizers_item: dict[str, Any] | str
                if isinstance(organizers_item_data, Organization):
                    organizers_item = organizers_item_data.to_dict()
                else:
                    organizers_item = organizers_item_data
                organizers.append(organizers_item)



        part_of: dict[str, Any] | None | str | Unset
        if isinstance(self.part_of, Unset):
            part_of = UNSET
        elif isinstance(self.part_of, Expo):
            part_of = self.part_of.to_dict()
        else:
            part_of = self.part_of

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors



        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)



        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        visitors: dict[str, Any] | None | Unset
        if isinstance(self.visitors, Unset):
            visitors = UNSET
        elif isinstance(self.visitors, Count):
            visitors = self.visitors.to_dict()
        else:
            visitors = self.visitors

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
        })
        if city is not UNSET:
            field_dict["city"] = city
        if countries_and_regions is not UNSET:
            field_dict["countries_and_regions"] = countries_and_regions
        if country is not UNSET:
            field_dict["country"] = country
        if dates_as_reported is not UNSET:
            field_dict["dates_as_reported"] = dates_as_reported
        if delegations is not UNSET:
            field_dict["delegations"] = delegations
        if description is not UNSET:
            field_dict["description"] = description
        if edition is not UNSET:
            field_dict["edition"] = edition
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises
        if exhibition_area is not UNSET:
            field_dict["exhibition_area"] = exhibition_area
        if featured_sectors is not UNSET:
            field_dict["featured_sectors"] = featured_sectors
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if organizers is not UNSET:
            field_dict["organizers"] = organizers
        if part_of is not UNSET:
            field_dict["part_of"] = part_of
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if sources is not UNSET:
            field_dict["sources"] = sources
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if venue is not UNSET:
            field_dict["venue"] = venue
        if visitors is not UNSET:
            field_dict["visitors"] = visitors
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        from ..models.expo import Expo # noqa: PLC0415
        from ..models.organization import Organization # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))


        def _parse_countries_and_regions(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                countries_and_regions_type_0 = Count.from_dict(data)



                return countries_and_regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Count | None | Unset, data)

        countries_and_regions = _parse_countries_and_regions(d.pop("countries_and_regions", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_dates_as_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dates_as_reported = _parse_dates_as_reported(d.pop("dates_as_reported", UNSET))


        _delegations = d.pop("delegations", UNSET)
        delegations: list[Delegation] | Unset = UNSET
        if _delegations is not UNSET:
            delegations = []
            for delegations_item_data in _delegations:
                delegations_item = Delegation.from_dict(delegations_item_data)



                delegations.append(delegations_item)


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))


        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)



                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))


        def _parse_enterprises(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enterprises_type_0 = Count.from_dict(data)



                return enterprises_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Count | None | Unset, data)

        enterprises = _parse_enterprises(d.pop("enterprises", UNSET))


        def _parse_exhibition_area(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exhibition_area_type_0 = Count.from_dict(data)



                return exhibition_area_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Count | None | Unset, data)

        exhibition_area = _parse_exhibition_area(d.pop("exhibition_area", UNSET))


        def _parse_featured_sectors(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                featured_sectors_type_0 = Count.from_dict(data)



                return featured_sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Count | None | Unset, data)

        featured_sectors = _parse_featured_sectors(d.pop("featured_sectors", UNSET))


        _inferred = d.pop("inferred", UNSET)
        inferred: list[ExpoFieldsInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_expo_fields_inferred_item(inferred_item_data)



                inferred.append(inferred_item)


        _kind = d.pop("kind", UNSET)
        kind: ExpoFieldsKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_expo_fields_kind(_kind)




        name = d.pop("name", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        _organizers = d.pop("organizers", UNSET)
        organizers: list[Organization | str] | Unset = UNSET
        if _organizers is not UNSET:
            organizers = []
            for organizers_item_data in _organizers:
                def _parse_organizers_item(data: object) -> Organization | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        organizers_item_type_1 = Organization.from_dict(data)



                        return organizers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Organization | str, data)

                organizers_item = _parse_organizers_item(organizers_item_data)

                organizers.append(organizers_item)


        def _parse_part_of(data: object) -> Expo | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_of_type_1 = Expo.from_dict(data)



                return part_of_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Expo | None | str | Unset, data)

        part_of = _parse_part_of(d.pop("part_of", UNSET))


        sectors = cast(list[str], d.pop("sectors", UNSET))


        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))


        _sources = d.pop("sources", UNSET)
        sources: list[CitationFields] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = CitationFields.from_dict(sources_item_data)



                sources.append(sources_item)


        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))


        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))


        def _parse_visitors(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visitors_type_0 = Count.from_dict(data)



                return visitors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Count | None | Unset, data)

        visitors = _parse_visitors(d.pop("visitors", UNSET))


        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        expo_fields = cls(
            id=id,
            city=city,
            countries_and_regions=countries_and_regions,
            country=country,
            dates_as_reported=dates_as_reported,
            delegations=delegations,
            description=description,
            edition=edition,
            end_date=end_date,
            enterprises=enterprises,
            exhibition_area=exhibition_area,
            featured_sectors=featured_sectors,
            inferred=inferred,
            kind=kind,
            name=name,
            note=note,
            organizers=organizers,
            part_of=part_of,
            sectors=sectors,
            short_name=short_name,
            sources=sources,
            start_date=start_date,
            venue=venue,
            visitors=visitors,
            year=year,
        )

        return expo_fields

