from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FacetValue")



@_attrs_define
class FacetValue:
    """ 
        Attributes:
            count (int): How many records matching the current filters hold it.
            toggle (str): This list (from its first page) with the value added to the filter of the facet's name, or removed
                from it when it is already there.
            value (str): A value of the field.
     """

    count: int
    toggle: str
    value: str





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        toggle = self.toggle

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "count": count,
            "toggle": toggle,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        toggle = d.pop("toggle")
        if not isinstance(toggle, str):
            raise TypeError("Expected a string: " + repr(toggle))


        value = d.pop("value")
        if not isinstance(value, str):
            raise TypeError("Expected a string: " + repr(value))


        facet_value = cls(
            count=count,
            toggle=toggle,
            value=value,
        )

        return facet_value

