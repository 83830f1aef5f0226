from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delegation_fields_inferred_item import check_delegation_fields_inferred_item
from ..models.delegation_fields_inferred_item import DelegationFieldsInferredItem
from ..models.delegation_fields_kind import check_delegation_fields_kind
from ..models.delegation_fields_kind import DelegationFieldsKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation_fields import CitationFields
  from ..models.count import Count
  from ..models.delegation import Delegation
  from ..models.expo import Expo
  from ..models.organization import Organization





T = TypeVar("T", bound="DelegationFields")



@_attrs_define
class DelegationFields:
    """ 
        Attributes:
            id (str): Stable id.
            activities (Count | None | Unset): Promotional activities it held.
            companies_intending_to_settle (Count | None | Unset): Companies that intend to settle in its place.
            companies_settling (Count | None | Unset): Companies that confirmed they will settle in its place.
            description (None | str | Unset): What the sources report about it.
            districts_and_counties (Count | None | Unset): Districts and counties it brings together.
            enterprises (Count | None | Unset): Enterprises (and organizations) it comprises.
            exhibition_area (Count | None | Unset): Its exhibition area, in square metres.
            exhibitors (Count | None | Unset): Exhibiting companies.
            expo (Expo | str | Unset): The expo it attends: its id, or the record itself with `expand`.
            inferred (list[DelegationFieldsInferredItem] | Unset): Names of fields whose values the source leaves implicit
                and that were inferred from its context (see `note`).
            kind (DelegationFieldsKind | Unset): What sort of group it is.
            members (list[Organization | str] | Unset): Member organizations the sources name: ids, or records with
                `expand`.
            name (str | Unset): Name.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            organizer (None | Organization | str | Unset): The body that organized or led it: its id, or the record itself
                with `expand`.
            part_of (Delegation | None | str | Unset): The larger delegation or trading group it is part of: its id, or the
                record itself with `expand`.
            products (Count | None | Unset): Products it displays.
            purchasers (Count | None | Unset): Purchasing companies.
            represents (None | str | Unset): The place it represents.
            sectors (list[str] | Unset): Industries and sectors as snake_case slugs of the source's own words.
            sources (list[CitationFields] | Unset): The passages of the seed documents that back this record.
            visitors (Count | None | Unset): Visitors or professional audience it registered.
     """

    id: str
    activities: Count | None | Unset = UNSET
    companies_intending_to_settle: Count | None | Unset = UNSET
    companies_settling: Count | None | Unset = UNSET
    description: None | str | Unset = UNSET
    districts_and_counties: Count | None | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    exhibition_area: Count | None | Unset = UNSET
    exhibitors: Count | None | Unset = UNSET
    expo: Expo | str | Unset = UNSET
    inferred: list[DelegationFieldsInferredItem] | Unset = UNSET
    kind: DelegationFieldsKind | Unset = UNSET
    members: list[Organization | str] | Unset = UNSET
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    organizer: None | Organization | str | Unset = UNSET
    part_of: Delegation | None | str | Unset = UNSET
    products: Count | None | Unset = UNSET
    purchasers: Count | None | Unset = UNSET
    represents: None | str | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    sources: list[CitationFields] | Unset = UNSET
    visitors: Count | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        from ..models.expo import Expo # noqa: PLC0415
        from ..models.organization import Organization # noqa: PLC0415
        id = self.id

        activities: dict[str, Any] | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        elif isinstance(self.activities, Count):
            activities = self.activities.to_dict()
        else:
            activities = self.activities

        companies_intending_to_settle: dict[str, Any] | None | Unset
        if isinstance(self.companies_intending_to_settle, Unset):
            companies_intending_to_settle = UNSET
        elif isinstance(self.companies_intending_to_settle, Count):
            companies_intending_to_settle = self.companies_intending_to_settle.to_dict()
        else:
            companies_intending_to_settle = self.companies_intending_to_settle

        companies_settling: dict[str, Any] | None | Unset
        if isinstance(self.companies_settling, Unset):
            companies_settling = UNSET
        elif isinstance(self.companies_settling, Count):
            companies_settling = self.companies_settling.to_dict()
        else:
            companies_settling = self.companies_settling

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        districts_and_counties: dict[str, Any] | None | Unset
        if isinstance(self.districts_and_counties, Unset):
            districts_and_counties = UNSET
        elif isinstance(self.districts_and_counties, Count):
            districts_and_counties = self.districts_and_counties.to_dict()
        else:
            districts_and_counties = self.districts_and_counties

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

        exhibitors: dict[str, Any] | None | Unset
        if isinstance(self.exhibitors, Unset):
            exhibitors = UNSET
        elif isinstance(self.exhibitors, Count):
            exhibitors = self.exhibitors.to_dict()
        else:
            exhibitors = self.exhibitors

        expo: dict[str, Any] | str | Unset
        if isinstance(self.expo, Unset):
            expo = UNSET
        elif isinstance(self.expo, Expo):
            expo = self.expo.to_dict()
        else:
            expo = self.expo

        inferred: list[str] | Unset = UNSET
        if not isinstance(self.inferred, Unset):
            inferred = []
            for inferred_item_data in self.inferred:
                inferred_item: str = inferred_item_data
                inferred.append(inferred_item)



        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


        members: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item: dict[str, Any] | str
                if isinstance(members_item_data, Organization):
                    members_item = members_item_data.to_dict()
                else:
                    members_item = members_item_data
                members.append(members_item)



        name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organizer: dict[str, Any] | None | str | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        elif isinstance(self.organizer, Organization):
            organizer = self.organizer.to_dict()
        else:
            organizer = self.organizer

        part_of: dict[str, Any] | None | str | Unset
        if isinstance(self.part_of, Unset):
            part_of = UNSET
        elif isinstance(self.part_of, Delegation):
            part_of = self.part_of.to_dict()
        else:
            part_of = self.part_of

        products: dict[str, Any] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, Count):
            products = self.products.to_dict()
        else:
            products = self.products

        purchasers: dict[str, Any] | None | Unset
        if isinstance(self.purchasers, Unset):
            purchasers = UNSET
        elif isinstance(self.purchasers, Count):
            purchasers = self.purchasers.to_dict()
        else:
            purchasers = self.purchasers

        represents: None | str | Unset
        if isinstance(self.represents, Unset):
            represents = UNSET
        else:
            represents = self.represents

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors



        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)



        visitors: dict[str, Any] | None | Unset
        if isinstance(self.visitors, Unset):
            visitors = UNSET
        elif isinstance(self.visitors, Count):
            visitors = self.visitors.to_dict()
        else:
            visitors = self.visitors


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
        })
        if activities is not UNSET:
            field_dict["activities"] = activities
        if companies_intending_to_settle is not UNSET:
            field_dict["companies_intending_to_settle"] = companies_intending_to_settle
        if companies_settling is not UNSET:
            field_dict["companies_settling"] = companies_settling
        if description is not UNSET:
            field_dict["description"] = description
        if districts_and_counties is not UNSET:
            field_dict["districts_and_counties"] = districts_and_counties
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises
        if exhibition_area is not UNSET:
            field_dict["exhibition_area"] = exhibition_area
        if exhibitors is not UNSET:
            field_dict["exhibitors"] = exhibitors
        if expo is not UNSET:
            field_dict["expo"] = expo
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if kind is not UNSET:
            field_dict["kind"] = kind
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if part_of is not UNSET:
            field_dict["part_of"] = part_of
        if products is not UNSET:
            field_dict["products"] = products
        if purchasers is not UNSET:
            field_dict["purchasers"] = purchasers
        if represents is not UNSET:
            field_dict["represents"] = represents
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if sources is not UNSET:
            field_dict["sources"] = sources
        if visitors is not UNSET:
            field_dict["visitors"] = visitors

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
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        def _parse_activities(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                activities_type_0 = Count.from_dict(data)



                return activities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            activities_type_1 = data

            return activities_type_1

        activities = _parse_activities(d.pop("activities", UNSET))


        def _parse_companies_intending_to_settle(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                companies_intending_to_settle_type_0 = Count.from_dict(data)



                return companies_intending_to_settle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            companies_intending_to_settle_type_1 = data

            return companies_intending_to_settle_type_1

        companies_intending_to_settle = _parse_companies_intending_to_settle(d.pop("companies_intending_to_settle", UNSET))


        def _parse_companies_settling(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                companies_settling_type_0 = Count.from_dict(data)



                return companies_settling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            companies_settling_type_1 = data

            return companies_settling_type_1

        companies_settling = _parse_companies_settling(d.pop("companies_settling", UNSET))


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


        def _parse_districts_and_counties(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                districts_and_counties_type_0 = Count.from_dict(data)



                return districts_and_counties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            districts_and_counties_type_1 = data

            return districts_and_counties_type_1

        districts_and_counties = _parse_districts_and_counties(d.pop("districts_and_counties", UNSET))


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


        def _parse_exhibitors(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exhibitors_type_0 = Count.from_dict(data)



                return exhibitors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            exhibitors_type_1 = data

            return exhibitors_type_1

        exhibitors = _parse_exhibitors(d.pop("exhibitors", UNSET))


        def _parse_expo(data: object) -> Expo | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expo_type_0 = data
                if not isinstance(expo_type_0, str):
                    raise TypeError("Expected a string: " + repr(expo_type_0))

                return expo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            expo_type_1 = Expo.from_dict(data)



            return expo_type_1

        expo = _parse_expo(d.pop("expo", UNSET))


        _inferred = d.pop("inferred", UNSET)
        inferred: list[DelegationFieldsInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_delegation_fields_inferred_item(inferred_item_data)



                inferred.append(inferred_item)


        _kind = d.pop("kind", UNSET)
        kind: DelegationFieldsKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_delegation_fields_kind(_kind)




        _members = d.pop("members", UNSET)
        members: list[Organization | str] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                def _parse_members_item(data: object) -> Organization | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        members_item_type_0 = data
                        if not isinstance(members_item_type_0, str):
                            raise TypeError("Expected a string: " + repr(members_item_type_0))

                        return members_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    members_item_type_1 = Organization.from_dict(data)



                    return members_item_type_1

                members_item = _parse_members_item(members_item_data)

                members.append(members_item)


        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Expected a string: " + repr(name))


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


        def _parse_organizer(data: object) -> None | Organization | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organizer_type_0_type_0 = data
                if not isinstance(organizer_type_0_type_0, str):
                    raise TypeError("Expected a string: " + repr(organizer_type_0_type_0))

                return organizer_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (data is None):
                    raise TypeError()
                organizer_type_0_type_1 = data

                return organizer_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            organizer_type_1 = Organization.from_dict(data)



            return organizer_type_1

        organizer = _parse_organizer(d.pop("organizer", UNSET))


        def _parse_part_of(data: object) -> Delegation | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                part_of_type_0_type_0 = data
                if not isinstance(part_of_type_0_type_0, str):
                    raise TypeError("Expected a string: " + repr(part_of_type_0_type_0))

                return part_of_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (data is None):
                    raise TypeError()
                part_of_type_0_type_1 = data

                return part_of_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            part_of_type_1 = Delegation.from_dict(data)



            return part_of_type_1

        part_of = _parse_part_of(d.pop("part_of", UNSET))


        def _parse_products(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                products_type_0 = Count.from_dict(data)



                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            products_type_1 = data

            return products_type_1

        products = _parse_products(d.pop("products", UNSET))


        def _parse_purchasers(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchasers_type_0 = Count.from_dict(data)



                return purchasers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            purchasers_type_1 = data

            return purchasers_type_1

        purchasers = _parse_purchasers(d.pop("purchasers", UNSET))


        def _parse_represents(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                represents_type_0 = data
                if not isinstance(represents_type_0, str):
                    raise TypeError("Expected a string: " + repr(represents_type_0))

                return represents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            represents_type_1 = data

            return represents_type_1

        represents = _parse_represents(d.pop("represents", UNSET))


        _sectors = d.pop("sectors", UNSET)
        sectors: list[str] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = sectors_item_data
                if not isinstance(sectors_item, str):
                    raise TypeError("Expected a string: " + repr(sectors_item))

                sectors.append(sectors_item)


        _sources = d.pop("sources", UNSET)
        sources: list[CitationFields] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = CitationFields.from_dict(sources_item_data)



                sources.append(sources_item)


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


        delegation_fields = cls(
            id=id,
            activities=activities,
            companies_intending_to_settle=companies_intending_to_settle,
            companies_settling=companies_settling,
            description=description,
            districts_and_counties=districts_and_counties,
            enterprises=enterprises,
            exhibition_area=exhibition_area,
            exhibitors=exhibitors,
            expo=expo,
            inferred=inferred,
            kind=kind,
            members=members,
            name=name,
            note=note,
            organizer=organizer,
            part_of=part_of,
            products=products,
            purchasers=purchasers,
            represents=represents,
            sectors=sectors,
            sources=sources,
            visitors=visitors,
        )

        return delegation_fields

