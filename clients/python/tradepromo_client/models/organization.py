from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_inferred_item import check_organization_inferred_item
from ..models.organization_inferred_item import OrganizationInferredItem
from ..models.organization_kind import check_organization_kind
from ..models.organization_kind import OrganizationKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.official import Official





T = TypeVar("T", bound="Organization")



@_attrs_define
class Organization:
    """ 
        Attributes:
            id (str): Stable id.
            kind (OrganizationKind): What sort of body it is.
            name (str): Name as the sources give it.
            sources (list[Citation]): The passages of the seed documents that back this record.
            aliases (list[str] | Unset): Other names the sources use.
            city (None | str | Unset): City, when a source places it.
            country (None | str | Unset): ISO 3166-1 alpha-2 country, when a source places it.
            description (None | str | Unset): What the sources say it is.
            inferred (list[OrganizationInferredItem] | Unset): Names of fields whose values the source leaves implicit and
                that were inferred from its context (see `note`).
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            officials (list[Official] | Unset): Named people who speak for it in the sources.
     """

    id: str
    kind: OrganizationKind
    name: str
    sources: list[Citation]
    aliases: list[str] | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    inferred: list[OrganizationInferredItem] | Unset = UNSET
    note: None | str | Unset = UNSET
    officials: list[Official] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        id = self.id

        kind: str = self.kind

        name = self.name

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases



        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        officials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.officials, Unset):
            officials = []
            for officials_item_data in self.officials:
                officials_item = officials_item_data.to_dict()
                officials.append(officials_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "kind": kind,
            "name": name,
            "sources": sources,
        })
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if note is not UNSET:
            field_dict["note"] = note
        if officials is not UNSET:
            field_dict["officials"] = officials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        kind = check_organization_kind(d.pop("kind"))




        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("Expected a string: " + repr(name))


        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = Citation.from_dict(sources_item_data)



            sources.append(sources_item)


        _aliases = d.pop("aliases", UNSET)
        aliases: list[str] | Unset = UNSET
        if _aliases is not UNSET:
            aliases = []
            for aliases_item_data in _aliases:
                aliases_item = aliases_item_data
                if not isinstance(aliases_item, str):
                    raise TypeError("Expected a string: " + repr(aliases_item))

                aliases.append(aliases_item)


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


        _inferred = d.pop("inferred", UNSET)
        inferred: list[OrganizationInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_organization_inferred_item(inferred_item_data)



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


        _officials = d.pop("officials", UNSET)
        officials: list[Official] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = Official.from_dict(officials_item_data)



                officials.append(officials_item)


        organization = cls(
            id=id,
            kind=kind,
            name=name,
            sources=sources,
            aliases=aliases,
            city=city,
            country=country,
            description=description,
            inferred=inferred,
            note=note,
            officials=officials,
        )

        return organization

