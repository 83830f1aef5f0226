from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ExpoGroup")



@_attrs_define
class ExpoGroup:
    """ 
        Attributes:
            expos (int): How many expos are in the group.
            key (int | None | str): The year (an integer), the country code or the kind, after `group_by`. Null for the
                records that have none (that group comes last).
     """

    expos: int
    key: int | None | str





    def to_dict(self) -> dict[str, Any]:
        expos = self.expos

        key: int | None | str
        key = self.key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "expos": expos,
            "key": key,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expos = d.pop("expos")

        def _parse_key(data: object) -> int | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_type_0 = data
                if not isinstance(key_type_0, str):
                    raise TypeError("Expected a string: " + repr(key_type_0))

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (data is None):
                    raise TypeError()
                key_type_2 = data

                return key_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | str, data)

        key = _parse_key(d.pop("key"))


        expo_group = cls(
            expos=expos,
            key=key,
        )

        return expo_group

