from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Health")



@_attrs_define
class Health:
    """ 
        Attributes:
            status (str): `ok` when the check passed.
            version (str): The release of the code serving (CHANGELOG.md).
     """

    status: str
    version: str





    def to_dict(self) -> dict[str, Any]:
        status = self.status

        version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError("Expected a string: " + repr(status))


        version = d.pop("version")
        if not isinstance(version, str):
            raise TypeError("Expected a string: " + repr(version))


        health = cls(
            status=status,
            version=version,
        )

        return health

