from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_patch_inferred_type_0_item import check_organization_patch_inferred_type_0_item
from ..models.organization_patch_inferred_type_0_item import OrganizationPatchInferredType0Item
from ..models.organization_patch_kind import check_organization_patch_kind
from ..models.organization_patch_kind import OrganizationPatchKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.official import Official





T = TypeVar("T", bound="OrganizationPatch")



@_attrs_define
class OrganizationPatch:
    """ 
        Attributes:
            aliases (list[str] | None | Unset): Other names the sources use.
            city (None | str | Unset): City, when a source places it.
            country (None | str | Unset): ISO 3166-1 alpha-2 country, when a source places it.
            description (None | str | Unset): What the sources say it is.
            id (str | Unset): Stable id.
            inferred (list[OrganizationPatchInferredType0Item] | None | Unset): Names of fields whose values the source
                leaves implicit and that were inferred from its context (see `note`).
            kind (OrganizationPatchKind | Unset): What sort of body it is.
            name (str | Unset): Name as the sources give it.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            officials (list[Official] | None | Unset): Named people who speak for it in the sources.
            sources (list[Citation] | Unset): The passages of the seed documents that back this record.
     """

    aliases: list[str] | None | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    inferred: list[OrganizationPatchInferredType0Item] | None | Unset = UNSET
    kind: OrganizationPatchKind | Unset = UNSET
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    officials: list[Official] | None | Unset = UNSET
    sources: list[Citation] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases


        else:
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


        name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        officials: list[dict[str, Any]] | None | Unset
        if isinstance(self.officials, Unset):
            officials = UNSET
        elif isinstance(self.officials, list):
            officials = []
            for officials_type_0_item_data in self.officials:
                officials_type_0_item = officials_type_0_item_data.to_dict()
                officials.append(officials_type_0_item)


        else:
            officials = self.officials

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.official import Official # noqa: PLC0415
        d = dict(src_dict)
        def _parse_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aliases_type_0 = []
                _aliases_type_0 = data
                for aliases_type_0_item_data in (_aliases_type_0):
                    aliases_type_0_item = aliases_type_0_item_data
                    if not isinstance(aliases_type_0_item, str):
                        raise TypeError("Expected a string: " + repr(aliases_type_0_item))

                    aliases_type_0.append(aliases_type_0_item)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            aliases_type_1 = data

            return aliases_type_1

        aliases = _parse_aliases(d.pop("aliases", UNSET))


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


        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("Expected a string: " + repr(id))


        def _parse_inferred(data: object) -> list[OrganizationPatchInferredType0Item] | None | Unset:
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
                    inferred_type_0_item = check_organization_patch_inferred_type_0_item(inferred_type_0_item_data)



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
        kind: OrganizationPatchKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_organization_patch_kind(_kind)




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


        def _parse_officials(data: object) -> list[Official] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                officials_type_0 = []
                _officials_type_0 = data
                for officials_type_0_item_data in (_officials_type_0):
                    officials_type_0_item = Official.from_dict(officials_type_0_item_data)



                    officials_type_0.append(officials_type_0_item)

                return officials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            officials_type_1 = data

            return officials_type_1

        officials = _parse_officials(d.pop("officials", UNSET))


        _sources = d.pop("sources", UNSET)
        sources: list[Citation] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Citation.from_dict(sources_item_data)



                sources.append(sources_item)


        organization_patch = cls(
            aliases=aliases,
            city=city,
            country=country,
            description=description,
            id=id,
            inferred=inferred,
            kind=kind,
            name=name,
            note=note,
            officials=officials,
            sources=sources,
        )

        return organization_patch

