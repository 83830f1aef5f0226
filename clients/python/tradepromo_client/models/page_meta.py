from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PageMeta")



@_attrs_define
class PageMeta:
    """ 
        Attributes:
            limit (int): The page size asked for. Example: 20.
            next_cursor (None | str): Opaque cursor of the next page; null on the last page. Example:
                eyJzIjoiaWQiLCJrIjpbImNob25ncWluZy1iZWxhcnVzLXNpZ25lZC1wcm9qZWN0cy0yMDIzIl19.
            total (int): How many records match, over all pages. Example: 7.
     """

    limit: int
    next_cursor: None | str
    total: int





    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        total = self.total


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "limit": limit,
            "next_cursor": next_cursor,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        total = d.pop("total")

        page_meta = cls(
            limit=limit,
            next_cursor=next_cursor,
            total=total,
        )

        return page_meta

