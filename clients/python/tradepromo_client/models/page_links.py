from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PageLinks")



@_attrs_define
class PageLinks:
    """ 
        Attributes:
            next_ (None | str): The next page; null on the last page.
            self_ (str): This page.
     """

    next_: None | str
    self_: str





    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        self_ = self.self_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "next": next_,
            "self": self_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_type_0 = data
                if not isinstance(next_type_0, str):
                    raise TypeError("Expected a string: " + repr(next_type_0))

                return next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            next_type_1 = data

            return next_type_1

        next_ = _parse_next_(d.pop("next"))


        self_ = d.pop("self")
        if not isinstance(self_, str):
            raise TypeError("Expected a string: " + repr(self_))


        page_links = cls(
            next_=next_,
            self_=self_,
        )

        return page_links

