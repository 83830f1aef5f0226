from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Official")



@_attrs_define
class Official:
    """ 
        Attributes:
            name (str): Full name as reported.
            title (str): Title as reported.
     """

    name: str
    title: str





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("Expected a string: " + repr(name))


        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError("Expected a string: " + repr(title))


        official = cls(
            name=name,
            title=title,
        )

        return official

