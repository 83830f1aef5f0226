from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_inferred_item import check_deal_inferred_item
from ..models.deal_inferred_item import DealInferredItem
from ..models.deal_kind import check_deal_kind
from ..models.deal_kind import DealKind
from ..models.deal_scope import check_deal_scope
from ..models.deal_scope import DealScope
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.count import Count
  from ..models.money import Money
  from ..models.party import Party





T = TypeVar("T", bound="Deal")



@_attrs_define
class Deal:
    """ 
        Attributes:
            expo (str): The expo it was reported at: its id, or the record itself with `expand`.
            id (str): Stable id.
            kind (DealKind): What sort of agreement.
            scope (DealScope): `single`: one agreement; `aggregate`: a reported total over several agreements.
            sources (list[Citation]): The passages of the seed documents that back this record.
            title (str): Short title.
            amount (Money | None | Unset): Value of the deal.
            delegation (None | str | Unset): The delegation it is credited to: its id, or the record itself with `expand`.
            description (None | str | Unset): What the sources report about it.
            enterprises (Count | None | Unset): Number of enterprises that signed.
            includes (list[str] | Unset): For an aggregate: the deals (recorded on their own) its total counts; /stats/deals
                does not add them again where the aggregate is summed. Ids, or records with `expand`.
            inferred (list[DealInferredItem] | Unset): Names of fields whose values the source leaves implicit and that were
                inferred from its context (see `note`).
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            parties (list[Party] | Unset): Named parties and their roles.
            projects (Count | None | Unset): Number of projects it covers.
            sectors (list[str] | Unset): Industries and sectors as snake_case slugs of the source's own words.
            signed_on (datetime.date | None | Unset): Day signed, when stated.
            subject (None | str | Unset): What is bought, sold or built.
     """

    expo: str
    id: str
    kind: DealKind
    scope: DealScope
    sources: list[Citation]
    title: str
    amount: Money | None | Unset = UNSET
    delegation: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    includes: list[str] | Unset = UNSET
    inferred: list[DealInferredItem] | Unset = UNSET
    note: None | str | Unset = UNSET
    parties: list[Party] | Unset = UNSET
    projects: Count | None | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    subject: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        expo = self.expo

        id = self.id

        kind: str = self.kind

        scope: str = self.scope

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



        title = self.title

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

        includes: list[str] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = self.includes



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

        parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = []
            for parties_item_data in self.parties:
                parties_item = parties_item_data.to_dict()
                parties.append(parties_item)



        projects: dict[str, Any] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, Count):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors



        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "expo": expo,
            "id": id,
            "kind": kind,
            "scope": scope,
            "sources": sources,
            "title": title,
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if description is not UNSET:
            field_dict["description"] = description
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises
        if includes is not UNSET:
            field_dict["includes"] = includes
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if note is not UNSET:
            field_dict["note"] = note
        if parties is not UNSET:
            field_dict["parties"] = parties
        if projects is not UNSET:
            field_dict["projects"] = projects
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party import Party # noqa: PLC0415
        d = dict(src_dict)
        expo = d.pop("expo")
        if not isinstance(expo, str):
            raise TypeError("Expected a string: " + repr(expo))


        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        kind = check_deal_kind(d.pop("kind"))




        scope = check_deal_scope(d.pop("scope"))




        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = Citation.from_dict(sources_item_data)



            sources.append(sources_item)


        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError("Expected a string: " + repr(title))


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


        _includes = d.pop("includes", UNSET)
        includes: list[str] | Unset = UNSET
        if _includes is not UNSET:
            includes = []
            for includes_item_data in _includes:
                includes_item = includes_item_data
                if not isinstance(includes_item, str):
                    raise TypeError("Expected a string: " + repr(includes_item))

                includes.append(includes_item)


        _inferred = d.pop("inferred", UNSET)
        inferred: list[DealInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_deal_inferred_item(inferred_item_data)



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


        _parties = d.pop("parties", UNSET)
        parties: list[Party] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                parties_item = Party.from_dict(parties_item_data)



                parties.append(parties_item)


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


        _sectors = d.pop("sectors", UNSET)
        sectors: list[str] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = sectors_item_data
                if not isinstance(sectors_item, str):
                    raise TypeError("Expected a string: " + repr(sectors_item))

                sectors.append(sectors_item)


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


        deal = cls(
            expo=expo,
            id=id,
            kind=kind,
            scope=scope,
            sources=sources,
            title=title,
            amount=amount,
            delegation=delegation,
            description=description,
            enterprises=enterprises,
            includes=includes,
            inferred=inferred,
            note=note,
            parties=parties,
            projects=projects,
            sectors=sectors,
            signed_on=signed_on,
            subject=subject,
        )

        return deal

