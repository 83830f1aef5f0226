from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.party_fields_role import check_party_fields_role
from ..models.party_fields_role import PartyFieldsRole
from typing import cast

if TYPE_CHECKING:
  from ..models.organization import Organization





T = TypeVar("T", bound="PartyFields")



@_attrs_define
class PartyFields:
    """ 
        Attributes:
            organization (Organization | str): The organization: its id, or the record itself with `expand`.
            role (PartyFieldsRole): Its role in the deal.
     """

    organization: Organization | str
    role: PartyFieldsRole





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization # noqa: PLC0415
        organization: dict[str, Any] | str
        if isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        role: str = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "organization": organization,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization import Organization # noqa: PLC0415
        d = dict(src_dict)
        def _parse_organization(data: object) -> Organization | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_type_0 = data
                if not isinstance(organization_type_0, str):
                    raise TypeError("Expected a string: " + repr(organization_type_0))

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            organization_type_1 = Organization.from_dict(data)



            return organization_type_1

        organization = _parse_organization(d.pop("organization"))


        role = check_party_fields_role(d.pop("role"))




        party_fields = cls(
            organization=organization,
            role=role,
        )

        return party_fields

