from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_fields_inferred_item import check_organization_fields_inferred_item
from ..models.organization_fields_inferred_item import OrganizationFieldsInferredItem
from ..models.organization_fields_kind import check_organization_fields_kind
from ..models.organization_fields_kind import OrganizationFieldsKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation_fields import CitationFields
  from ..models.official import Official





T = TypeVar("T", bound="OrganizationFields")



@_attrs_define
class OrganizationFields:
    """ 
        Attributes:
            id (str): Stable id.
            aliases (list[str] | Unset): Other names the sources use.
            city (None | str | Unset): City, when a source places it.
            country (None | str | Unset): ISO 3166-1 alpha-2 country, when a source places it.
            description (None | str | Unset): What the sources say it is.
            inferred (list[OrganizationFieldsInferredItem] | Unset): Names of fields whose values the source leaves implicit
                and that were inferred from its context (see `note`).
            kind (OrganizationFieldsKind | Unset): What sort of body it is.
            name (str | Unset): Name as the sources give it.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            officials (list[Official] | Unset): Named people who speak for it in the sources.
            sources (list[CitationFields] | Unset): The passages of the seed documents that back this record.
     """

    id: str
    aliases: list[str] | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    inferred: list[OrganizationFieldsInferredItem] | Unset = UNSET
    kind: OrganizationFieldsKind | Unset = UNSET
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    officials: list[Official] | Unset = UNSET
    sources: list[CitationFields] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        id = self.id

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



        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


        name = self.name

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



        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if officials is not UNSET:
            field_dict["officials"] = officials
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


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
        inferred: list[OrganizationFieldsInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_organization_fields_inferred_item(inferred_item_data)



                inferred.append(inferred_item)


        _kind = d.pop("kind", UNSET)
        kind: OrganizationFieldsKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_organization_fields_kind(_kind)




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


        _officials = d.pop("officials", UNSET)
        officials: list[Official] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = Official.from_dict(officials_item_data)



                officials.append(officials_item)


        _sources = d.pop("sources", UNSET)
        sources: list[CitationFields] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = CitationFields.from_dict(sources_item_data)



                sources.append(sources_item)


        organization_fields = cls(
            id=id,
            aliases=aliases,
            city=city,
            country=country,
            description=description,
            inferred=inferred,
            kind=kind,
            name=name,
            note=note,
            officials=officials,
            sources=sources,
        )

        return organization_fields

