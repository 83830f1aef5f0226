from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.party_role import check_party_role
from ..models.party_role import PartyRole
from typing import cast






T = TypeVar("T", bound="Party")



@_attrs_define
class Party:
    """ 
        Attributes:
            organization (str): The organization: its id, or the record itself with `expand`.
            role (PartyRole): Its role in the deal.
     """

    organization: str
    role: PartyRole





    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        organization = d.pop("organization")
        if not isinstance(organization, str):
            raise TypeError("Expected a string: " + repr(organization))


        role = check_party_role(d.pop("role"))




        party = cls(
            organization=organization,
            role=role,
        )

        return party

