from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.expo_inferred_item import check_expo_inferred_item
from ..models.expo_inferred_item import ExpoInferredItem
from ..models.expo_kind import check_expo_kind
from ..models.expo_kind import ExpoKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.count import Count
  from ..models.delegation import Delegation





T = TypeVar("T", bound="Expo")



@_attrs_define
class Expo:
    """ 
        Attributes:
            id (str): Stable id.
            kind (ExpoKind): What sort of event it is.
            name (str): Full name of the edition.
            sources (list[Citation]): The passages of the seed documents that back this record.
            city (None | str | Unset): City where it is held.
            countries_and_regions (Count | None | Unset): Countries and regions taking part.
            country (None | str | Unset): ISO 3166-1 alpha-2 country where it is held.
            dates_as_reported (None | str | Unset): The source's own words for the dates.
            delegations (list[Delegation] | Unset): The delegations attending it: present only with `expand=delegations`.
            description (None | str | Unset): What the sources report about it.
            edition (int | None | Unset): Ordinal of the edition, when stated.
            end_date (datetime.date | None | Unset): Last day, when known.
            enterprises (Count | None | Unset): Enterprises taking part.
            exhibition_area (Count | None | Unset): Exhibition area, in square metres.
            featured_sectors (Count | None | Unset): Number of sectors the event features.
            inferred (list[ExpoInferredItem] | Unset): Names of fields whose values the source leaves implicit and that were
                inferred from its context (see `note`).
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            organizers (list[str] | Unset): The organizations that organized it: ids, or records with `expand`.
            part_of (None | str | Unset): The event this one is a side event of: its id, or the record itself with `expand`.
            sectors (list[str] | Unset): Industries and sectors as snake_case slugs of the source's own words.
            short_name (None | str | Unset): Common abbreviation.
            start_date (datetime.date | None | Unset): First day, when known.
            venue (None | str | Unset): Venue.
            visitors (Count | None | Unset): Visitors or guests.
            year (int | None | Unset): Year held; null when no source settles it.
     """

    id: str
    kind: ExpoKind
    name: str
    sources: list[Citation]
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
    inferred: list[ExpoInferredItem] | Unset = UNSET
    note: None | str | Unset = UNSET
    organizers: list[str] | Unset = UNSET
    part_of: None | str | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    short_name: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    venue: None | str | Unset = UNSET
    visitors: Count | None | Unset = UNSET
    year: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        id = self.id

        kind: str = self.kind

        name = self.name

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



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



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organizers: list[str] | Unset = UNSET
        if not isinstance(self.organizers, Unset):
            organizers = self.organizers



        part_of: None | str | Unset
        if isinstance(self.part_of, Unset):
            part_of = UNSET
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
            "kind": kind,
            "name": name,
            "sources": sources,
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
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        kind = check_expo_kind(d.pop("kind"))




        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("Expected a string: " + repr(name))


        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = Citation.from_dict(sources_item_data)



            sources.append(sources_item)


        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                city_type_0 = data
                if not isinstance(city_type_0, str):
                    raise TypeError("Expected a string: " + repr(city_type_0))

                return city_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            city_type_1 = data

            return city_type_1

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
            if not (data is None):
                raise TypeError()
            countries_and_regions_type_1 = data

            return countries_and_regions_type_1

        countries_and_regions = _parse_countries_and_regions(d.pop("countries_and_regions", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = data
                if not isinstance(country_type_0, str):
                    raise TypeError("Expected a string: " + repr(country_type_0))

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            country_type_1 = data

            return country_type_1

        country = _parse_country(d.pop("country", UNSET))


        def _parse_dates_as_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dates_as_reported_type_0 = data
                if not isinstance(dates_as_reported_type_0, str):
                    raise TypeError("Expected a string: " + repr(dates_as_reported_type_0))

                return dates_as_reported_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            dates_as_reported_type_1 = data

            return dates_as_reported_type_1

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
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError("Expected a string: " + repr(description_type_0))

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))


        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                edition_type_1 = data

                return edition_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
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
            if not (data is None):
                raise TypeError()
            end_date_type_1 = data

            return end_date_type_1

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
            if not (data is None):
                raise TypeError()
            enterprises_type_1 = data

            return enterprises_type_1

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
            if not (data is None):
                raise TypeError()
            exhibition_area_type_1 = data

            return exhibition_area_type_1

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
            if not (data is None):
                raise TypeError()
            featured_sectors_type_1 = data

            return featured_sectors_type_1

        featured_sectors = _parse_featured_sectors(d.pop("featured_sectors", UNSET))


        _inferred = d.pop("inferred", UNSET)
        inferred: list[ExpoInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_expo_inferred_item(inferred_item_data)



                inferred.append(inferred_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                note_type_0 = data
                if not isinstance(note_type_0, str):
                    raise TypeError("Expected a string: " + repr(note_type_0))

                return note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            note_type_1 = data

            return note_type_1

        note = _parse_note(d.pop("note", UNSET))


        _organizers = d.pop("organizers", UNSET)
        organizers: list[str] | Unset = UNSET
        if _organizers is not UNSET:
            organizers = []
            for organizers_item_data in _organizers:
                organizers_item = organizers_item_data
                if not isinstance(organizers_item, str):
                    raise TypeError("Expected a string: " + repr(organizers_item))

                organizers.append(organizers_item)


        def _parse_part_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                part_of_type_0 = data
                if not isinstance(part_of_type_0, str):
                    raise TypeError("Expected a string: " + repr(part_of_type_0))

                return part_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            part_of_type_1 = data

            return part_of_type_1

        part_of = _parse_part_of(d.pop("part_of", UNSET))


        _sectors = d.pop("sectors", UNSET)
        sectors: list[str] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = sectors_item_data
                if not isinstance(sectors_item, str):
                    raise TypeError("Expected a string: " + repr(sectors_item))

                sectors.append(sectors_item)


        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                short_name_type_0 = data
                if not isinstance(short_name_type_0, str):
                    raise TypeError("Expected a string: " + repr(short_name_type_0))

                return short_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            short_name_type_1 = data

            return short_name_type_1

        short_name = _parse_short_name(d.pop("short_name", UNSET))


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
            if not (data is None):
                raise TypeError()
            start_date_type_1 = data

            return start_date_type_1

        start_date = _parse_start_date(d.pop("start_date", UNSET))


        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                venue_type_0 = data
                if not isinstance(venue_type_0, str):
                    raise TypeError("Expected a string: " + repr(venue_type_0))

                return venue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            venue_type_1 = data

            return venue_type_1

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
            if not (data is None):
                raise TypeError()
            visitors_type_1 = data

            return visitors_type_1

        visitors = _parse_visitors(d.pop("visitors", UNSET))


        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                year_type_1 = data

                return year_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        expo = cls(
            id=id,
            kind=kind,
            name=name,
            sources=sources,
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
            note=note,
            organizers=organizers,
            part_of=part_of,
            sectors=sectors,
            short_name=short_name,
            start_date=start_date,
            venue=venue,
            visitors=visitors,
            year=year,
        )

        return expo

