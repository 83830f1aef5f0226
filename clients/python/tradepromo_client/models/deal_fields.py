from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_fields_inferred_item import check_deal_fields_inferred_item
from ..models.deal_fields_inferred_item import DealFieldsInferredItem
from ..models.deal_fields_kind import check_deal_fields_kind
from ..models.deal_fields_kind import DealFieldsKind
from ..models.deal_fields_scope import check_deal_fields_scope
from ..models.deal_fields_scope import DealFieldsScope
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation_fields import CitationFields
  from ..models.count import Count
  from ..models.deal import Deal
  from ..models.delegation import Delegation
  from ..models.expo import Expo
  from ..models.money import Money
  from ..models.party_fields import PartyFields





T = TypeVar("T", bound="DealFields")



@_attrs_define
class DealFields:
    """ 
        Attributes:
            id (str): Stable id.
            amount (Money | None | Unset): Value of the deal.
            delegation (Delegation | None | str | Unset): The delegation it is credited to: its id, or the record itself
                with `expand`.
            description (None | str | Unset): What the sources report about it.
            enterprises (Count | None | Unset): Number of enterprises that signed.
            expo (Expo | str | Unset): The expo it was reported at: its id, or the record itself with `expand`.
            includes (list[Deal | str] | Unset): For an aggregate: the deals (recorded on their own) its total counts;
                /stats/deals does not add them again where the aggregate is summed. Ids, or records with `expand`.
            inferred (list[DealFieldsInferredItem] | Unset): Names of fields whose values the source leaves implicit and
                that were inferred from its context (see `note`).
            kind (DealFieldsKind | Unset): What sort of agreement.
            note (None | str | Unset): How inferred values were inferred, and other curation remarks.
            parties (list[PartyFields] | Unset): Named parties and their roles.
            projects (Count | None | Unset): Number of projects it covers.
            scope (DealFieldsScope | Unset): `single`: one agreement; `aggregate`: a reported total over several agreements.
            sectors (list[str] | Unset): Industries and sectors as snake_case slugs of the source's own words.
            signed_on (datetime.date | None | Unset): Day signed, when stated.
            sources (list[CitationFields] | Unset): The passages of the seed documents that back this record.
            subject (None | str | Unset): What is bought, sold or built.
            title (str | Unset): Short title.
     """

    id: str
    amount: Money | None | Unset = UNSET
    delegation: Delegation | None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enterprises: Count | None | Unset = UNSET
    expo: Expo | str | Unset = UNSET
    includes: list[Deal | str] | Unset = UNSET
    inferred: list[DealFieldsInferredItem] | Unset = UNSET
    kind: DealFieldsKind | Unset = UNSET
    note: None | str | Unset = UNSET
    parties: list[PartyFields] | Unset = UNSET
    projects: Count | None | Unset = UNSET
    scope: DealFieldsScope | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    sources: list[CitationFields] | Unset = UNSET
    subject: None | str | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.deal import Deal # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        from ..models.expo import Expo # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party_fields import PartyFields # noqa: PLC0415
        id = self.id

        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        delegation: dict[str, Any] | None | str | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        elif isinstance(self.delegation, Delegation):
            delegation = self.delegation.to_dict()
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

        expo: dict[str, Any] | str | Unset
        if isinstance(self.expo, Unset):
            expo = UNSET
        elif isinstance(self.expo, Expo):
            expo = self.expo.to_dict()
        else:
            expo = self.expo

        includes: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = []
            for includes_item_data in self.includes:
                includes_item: dict[str, Any] | str
                if isinstance(includes_item_data, Deal):
                    includes_item = includes_item_data.to_dict()
                else:
                    includes_item = includes_item_data
                includes.append(includes_item)



        inferred: list[str] | Unset = UNSET
        if not isinstance(self.inferred, Unset):
            inferred = []
            for inferred_item_data in self.inferred:
                inferred_item: str = inferred_item_data
                inferred.append(inferred_item)



        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind


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

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope


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
            "id": id,
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
        from ..models.citation_fields import CitationFields # noqa: PLC0415
        from ..models.count import Count # noqa: PLC0415
        from ..models.deal import Deal # noqa: PLC0415
        from ..models.delegation import Delegation # noqa: PLC0415
        from ..models.expo import Expo # noqa: PLC0415
        from ..models.money import Money # noqa: PLC0415
        from ..models.party_fields import PartyFields # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


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


        def _parse_delegation(data: object) -> Delegation | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_type_0_type_0 = data
                if not isinstance(delegation_type_0_type_0, str):
                    raise TypeError("Expected a string: " + repr(delegation_type_0_type_0))

                return delegation_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (data is None):
                    raise TypeError()
                delegation_type_0_type_1 = data

                return delegation_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            delegation_type_1 = Delegation.from_dict(data)



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


        _includes = d.pop("includes", UNSET)
        includes: list[Deal | str] | Unset = UNSET
        if _includes is not UNSET:
            includes = []
            for includes_item_data in _includes:
                def _parse_includes_item(data: object) -> Deal | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        includes_item_type_0 = data
                        if not isinstance(includes_item_type_0, str):
                            raise TypeError("Expected a string: " + repr(includes_item_type_0))

                        return includes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    includes_item_type_1 = Deal.from_dict(data)



                    return includes_item_type_1

                includes_item = _parse_includes_item(includes_item_data)

                includes.append(includes_item)


        _inferred = d.pop("inferred", UNSET)
        inferred: list[DealFieldsInferredItem] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = check_deal_fields_inferred_item(inferred_item_data)



                inferred.append(inferred_item)


        _kind = d.pop("kind", UNSET)
        kind: DealFieldsKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_deal_fields_kind(_kind)




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
        parties: list[PartyFields] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                parties_item = PartyFields.from_dict(parties_item_data)



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


        _scope = d.pop("scope", UNSET)
        scope: DealFieldsScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = check_deal_fields_scope(_scope)




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


        _sources = d.pop("sources", UNSET)
        sources: list[CitationFields] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = CitationFields.from_dict(sources_item_data)



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


        deal_fields = cls(
            id=id,
            amount=amount,
            delegation=delegation,
            description=description,
            enterprises=enterprises,
            expo=expo,
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

        return deal_fields

