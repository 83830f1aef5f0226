from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delegation_patch_inferred_type_0_item import check_delegation_patch_inferred_type_0_item
from ..models.delegation_patch_inferred_type_0_item import DelegationPatchInferredType0Item
from ..models.delegation_patch_kind import check_delegation_patch_kind
from ..models.delegation_patch_kind import DelegationPatchKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.count import Count





T = TypeVar("T", bound="DelegationPatch")



@_attrs_define
class DelegationPatch:
    """ 
        Attributes:
            activities (Count | None | Unset): Promotional activities it held.
            companies_intending_to_settle (Count | None | Unset): Companies that intend to settle in its place.
            companies_settling (Count | None | Unset): Companies that confirmed they will settle in its place.
            description (None | str | Unset): What the sources report about it.
            districts_and_counties (Count | None | Unset): Districts and counties it brings together.
            enterprises (Count | None | Unset): Enterprises (and organizations) it comprises.
            exhibition_area (Count | None | Unset): Its exhibition area, in square metres.
            exhibitors (Count | None | Unset): Exhibiting companies.
            expo (str | Unset): The expo it attends: its id, or the record itself with `expand`.
            id (str | Unset): Stable id.
            inferred (list[DelegationPatchInferredType0Item] | None | Unset): Names of fields whose values the source leaves
                implicit and that were inferred from its context (see `note`).
            kind (DelegationPatchKind | Unset): What sort of group it is.
            members (list[str] | None | Unset): Member organizations the sources name: ids, or records with `expand`.
            name (str | Unset): Name.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            organizer (None | str | Unset): The body that organized or led it: its id, or the record itself with `expand`.
            part_of (None | str | Unset): The larger delegation or trading group it is part of: its id, or the record itself
                with `expand`.
            products (Count | None | Unset): Products it displays.
            purchasers (Count | None | Unset): Purchasing companies.
            represents (None | str | Unset): The place it represents.
            sectors (list[str] | None | Unset): Industries and sectors as snake_case slugs of the source's own words.
            sources (list[Citation] | Unset): The passages of the seed documents that back this record.
            visitors (Count | None | Unset): Visitors or professional audience it registered.
     """

    activities: Count | None | Unset = UNSET
    companies_intending_to_settle: Count | None | Unset = UNSET
    companies_settling: Count | None | Unset = UNSET
    description: None | str | Unset = UNSET
    districts_and_counties: Count | None | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    exhibition_area: Count | None | Unset = UNSET
    exhibitors: Count | None | Unset = UNSET
    expo: str | Unset = UNSET
    id: str | Unset = UNSET
    inferred: list[DelegationPatchInferredType0Item] | None | Unset = UNSET
    kind: DelegationPatchKind | Unset = UNSET
    members: list[str] | None | Unset = UNSET
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    organizer: None | str | Unset = UNSET
    part_of: None | str | Unset = UNSET
    products: Count | None | Unset = UNSET
    purchasers: Count | None | Unset = UNSET
    represents: None | str | Unset = UNSET
    sectors: list[str] | None | Unset = UNSET
    sources: list[Citation] | Unset = UNSET
    visitors: Count | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
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

        expo = self.expo

        id = self.id

        inferred: list[str] | None | Unset
        if isinstance(self.inferred, Unset):
            inferred = UNSET
        elif isinstance(self.inferred, list):
            inferred = []
            for inferred_type_0_item_data in self.inferred:
                inferred_type_0_item: str = inferred_type_0_item_data
                inferred.append(inferred_type_0_item)


        else:
            inferred = self.inferred

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


        members: list[str] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = self.members


        else:
            members = self.members

        name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organizer: None | str | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        else:
            organizer = self.organizer

        part_of: None | str | Unset
        if isinstance(self.part_of, Unset):
            part_of = UNSET
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

        sectors: list[str] | None | Unset
        if isinstance(self.sectors, Unset):
            sectors = UNSET
        elif isinstance(self.sectors, list):
            sectors = self.sectors


        else:
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
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        d = dict(src_dict)
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


        expo = d.pop("expo", UNSET)
        if not isinstance(expo, (str, Unset)):
            raise TypeError("Expected a string: " + repr(expo))


        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("Expected a string: " + repr(id))


        def _parse_inferred(data: object) -> list[DelegationPatchInferredType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inferred_type_0 = []
                _inferred_type_0 = data
                for inferred_type_0_item_data in (_inferred_type_0):
                    inferred_type_0_item = check_delegation_patch_inferred_type_0_item(inferred_type_0_item_data)



                    inferred_type_0.append(inferred_type_0_item)

                return inferred_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            inferred_type_1 = data

            return inferred_type_1

        inferred = _parse_inferred(d.pop("inferred", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: DelegationPatchKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_delegation_patch_kind(_kind)




        def _parse_members(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in (_members_type_0):
                    members_type_0_item = members_type_0_item_data
                    if not isinstance(members_type_0_item, str):
                        raise TypeError("Expected a string: " + repr(members_type_0_item))

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            members_type_1 = data

            return members_type_1

        members = _parse_members(d.pop("members", UNSET))


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


        def _parse_organizer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organizer_type_0 = data
                if not isinstance(organizer_type_0, str):
                    raise TypeError("Expected a string: " + repr(organizer_type_0))

                return organizer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            organizer_type_1 = data

            return organizer_type_1

        organizer = _parse_organizer(d.pop("organizer", UNSET))


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


        def _parse_sectors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sectors_type_0 = []
                _sectors_type_0 = data
                for sectors_type_0_item_data in (_sectors_type_0):
                    sectors_type_0_item = sectors_type_0_item_data
                    if not isinstance(sectors_type_0_item, str):
                        raise TypeError("Expected a string: " + repr(sectors_type_0_item))

                    sectors_type_0.append(sectors_type_0_item)

                return sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            sectors_type_1 = data

            return sectors_type_1

        sectors = _parse_sectors(d.pop("sectors", UNSET))


        _sources = d.pop("sources", UNSET)
        sources: list[Citation] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Citation.from_dict(sources_item_data)



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


        delegation_patch = cls(
            activities=activities,
            companies_intending_to_settle=companies_intending_to_settle,
            companies_settling=companies_settling,
            description=description,
            districts_and_counties=districts_and_counties,
            enterprises=enterprises,
            exhibition_area=exhibition_area,
            exhibitors=exhibitors,
            expo=expo,
            id=id,
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

        return delegation_patch

