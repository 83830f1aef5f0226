from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_patch_inferred_type_0_item import check_deal_patch_inferred_type_0_item
from ..models.deal_patch_inferred_type_0_item import DealPatchInferredType0Item
from ..models.deal_patch_kind import check_deal_patch_kind
from ..models.deal_patch_kind import DealPatchKind
from ..models.deal_patch_scope import check_deal_patch_scope
from ..models.deal_patch_scope import DealPatchScope
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.count import Count
  from ..models.money import Money
  from ..models.party import Party





T = TypeVar("T", bound="DealPatch")



@_attrs_define
class DealPatch:
    """ 
        Attributes:
            amount (Money | None | Unset): Value of the deal.
            delegation (None | str | Unset): The delegation it is credited to: its id, or the record itself with `expand`.
            description (None | str | Unset): What the sources report about it.
            enterprises (Count | None | Unset): Number of enterprises that signed.
            expo (str | Unset): The expo it was reported at: its id, or the record itself with `expand`.
            id (str | Unset): Stable id.
            includes (list[str] | None | Unset): For an aggregate: the deals (recorded on their own) its total counts;
                /stats/deals does not add them again where the aggregate is summed. Ids, or records with `expand`.
            inferred (list[DealPatchInferredType0Item] | None | Unset): Names of fields whose values the source leaves
                implicit and that were inferred from its context (see `note`).
            kind (DealPatchKind | Unset): What sort of agreement.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            parties (list[Party] | None | Unset): Named parties and their roles.
            projects (Count | None | Unset): Number of projects it covers.
            scope (DealPatchScope | Unset): `single`: one agreement; `aggregate`: a reported total over several agreements.
            sectors (list[str] | None | Unset): Industries and sectors as snake_case slugs of the source's own words.
            signed_on (datetime.date | None | Unset): Day signed, when stated.
            sources (list[Citation] | Unset): The passages of the seed documents that back this record.
            subject (None | str | Unset): What is bought, sold or built.
            title (str | Unset): Short title.
     """

    amount: Money | None | Unset = UNSET
    delegation: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    expo: str | Unset = UNSET
    id: str | Unset = UNSET
    includes: list[str] | None | Unset = UNSET
    inferred: list[DealPatchInferredType0Item] | None | Unset = UNSET
    kind: DealPatchKind | Unset = UNSET
    note: None | str | Unset = UNSET
    parties: list[Party] | None | Unset = UNSET
    projects: Count | None | Unset = UNSET
    scope: DealPatchScope | Unset = UNSET
    sectors: list[str] | None | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    sources: list[Citation] | Unset = UNSET
    subject: None | str | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        delegation: None | str | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        else:
            delegation = self.delegation

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enterprises: dict[str, Any] | None | Unset
        if isinstance(self.enterprises, Unset):
            enterprises = UNSET
        elif isinstance(self.enterprises, Count):
            enterprises = self.enterprises.to_dict()
        else:
            enterprises = self.enterprises

        expo = self.expo

        id = self.id

        includes: list[str] | None | Unset
        if isinstance(self.includes, Unset):
            includes = UNSET
        elif isinstance(self.includes, list):
            includes = self.includes


        else:
            includes = self.includes

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


        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        parties: list[dict[str, Any]] | None | Unset
        if isinstance(self.parties, Unset):
            parties = UNSET
        elif isinstance(self.parties, list):
            parties = []
            for parties_type_0_item_data in self.parties:
                parties_type_0_item = parties_type_0_item_data.to_dict()
                parties.append(parties_type_0_item)


        else:
            parties = self.parties

        projects: dict[str, Any] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, Count):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope


        sectors: list[str] | None | Unset
        if isinstance(self.sectors, Unset):
            sectors = UNSET
        elif isinstance(self.sectors, list):
            sectors = self.sectors


        else:
            sectors = self.sectors

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)



        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if description is not UNSET:
            field_dict["description"] = description
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises
        if expo is not UNSET:
            field_dict["expo"] = expo
        if id is not UNSET:
            field_dict["id"] = id
        if includes is not UNSET:
            field_dict["includes"] = includes
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if kind is not UNSET:
            field_dict["kind"] = kind
        if note is not UNSET:
            field_dict["note"] = note
        if parties is not UNSET:
            field_dict["parties"] = parties
        if projects is not UNSET:
            field_dict["projects"] = projects
        if scope is not UNSET:
            field_dict["scope"] = scope
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on
        if sources is not UNSET:
            field_dict["sources"] = sources
        if subject is not UNSET:
            field_dict["subject"] = subject
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        d = dict(src_dict)
        def _parse_amount(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = Money.from_dict(data)



                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            amount_type_1 = data

            return amount_type_1

        amount = _parse_amount(d.pop("amount", UNSET))


        def _parse_delegation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_type_0 = data
                if not isinstance(delegation_type_0, str):
                    raise TypeError("Expected a string: " + repr(delegation_type_0))

                return delegation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            delegation_type_1 = data

            return delegation_type_1

        delegation = _parse_delegation(d.pop("delegation", UNSET))


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


        expo = d.pop("expo", UNSET)
        if not isinstance(expo, (str, Unset)):
            raise TypeError("Expected a string: " + repr(expo))


        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("Expected a string: " + repr(id))


        def _parse_includes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                includes_type_0 = []
                _includes_type_0 = data
                for includes_type_0_item_data in (_includes_type_0):
                    includes_type_0_item = includes_type_0_item_data
                    if not isinstance(includes_type_0_item, str):
                        raise TypeError("Expected a string: " + repr(includes_type_0_item))

                    includes_type_0.append(includes_type_0_item)

                return includes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            includes_type_1 = data

            return includes_type_1

        includes = _parse_includes(d.pop("includes", UNSET))


        def _parse_inferred(data: object) -> list[DealPatchInferredType0Item] | None | Unset:
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
                    inferred_type_0_item = check_deal_patch_inferred_type_0_item(inferred_type_0_item_data)



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
        kind: DealPatchKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_deal_patch_kind(_kind)




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


        def _parse_parties(data: object) -> list[Party] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parties_type_0 = []
                _parties_type_0 = data
                for parties_type_0_item_data in (_parties_type_0):
                    parties_type_0_item = Party.from_dict(parties_type_0_item_data)



                    parties_type_0.append(parties_type_0_item)

                return parties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            parties_type_1 = data

            return parties_type_1

        parties = _parse_parties(d.pop("parties", UNSET))


        def _parse_projects(data: object) -> Count | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_type_0 = Count.from_dict(data)



                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            projects_type_1 = data

            return projects_type_1

        projects = _parse_projects(d.pop("projects", UNSET))


        _scope = d.pop("scope", UNSET)
        scope: DealPatchScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = check_deal_patch_scope(_scope)




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


        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)



                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            signed_on_type_1 = data

            return signed_on_type_1

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))


        _sources = d.pop("sources", UNSET)
        sources: list[Citation] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Citation.from_dict(sources_item_data)



                sources.append(sources_item)


        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_type_0 = data
                if not isinstance(subject_type_0, str):
                    raise TypeError("Expected a string: " + repr(subject_type_0))

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            subject_type_1 = data

            return subject_type_1

        subject = _parse_subject(d.pop("subject", UNSET))


        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise TypeError("Expected a string: " + repr(title))


        deal_patch = cls(
            amount=amount,
            delegation=delegation,
            description=description,
            enterprises=enterprises,
            expo=expo,
            id=id,
            includes=includes,
            inferred=inferred,
            kind=kind,
            note=note,
            parties=parties,
            projects=projects,
            scope=scope,
            sectors=sectors,
            signed_on=signed_on,
            sources=sources,
            subject=subject,
            title=title,
        )

        return deal_patch

