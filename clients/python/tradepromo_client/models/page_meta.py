from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.page_meta_facets import PageMetaFacets





T = TypeVar("T", bound="PageMeta")



@_attrs_define
class PageMeta:
    """ 
        Attributes:
            limit (int): The page size asked for.
            next_cursor (None | str): Opaque cursor of the next page; null on the last page.
            total (int): How many records match, over all pages, when `total_exact` is true. Counting stops after 1,000
                matches: beyond them `total` is 1000 and `total_exact` false (more than 1,000 match). Send `Prefer: count=exact`
                for an exact count at any size (it costs a count of every match; the answer says `Preference-Applied:
                count=exact`).
            total_exact (bool): Whether `total` is exact; false when more than 1,000 records match.
            facets (PageMetaFacets | Unset): Present when `facet` is given: for each facet asked for, its most frequent
                values under the current filters, by count (descending) then value.
     """

    limit: int
    next_cursor: None | str
    total: int
    total_exact: bool
    facets: PageMetaFacets | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.page_meta_facets import PageMetaFacets # noqa: PLC0415
        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        total = self.total

        total_exact = self.total_exact

        facets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facets, Unset):
            facets = self.facets.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "limit": limit,
            "next_cursor": next_cursor,
            "total": total,
            "total_exact": total_exact,
        })
        if facets is not UNSET:
            field_dict["facets"] = facets

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta_facets import PageMetaFacets # noqa: PLC0415
        d = dict(src_dict)
        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_cursor_type_0 = data
                if not isinstance(next_cursor_type_0, str):
                    raise TypeError("Expected a string: " + repr(next_cursor_type_0))

                return next_cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            next_cursor_type_1 = data

            return next_cursor_type_1

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        total = d.pop("total")

        total_exact = d.pop("total_exact")

        _facets = d.pop("facets", UNSET)
        facets: PageMetaFacets | Unset
        if isinstance(_facets,  Unset):
            facets = UNSET
        else:
            facets = PageMetaFacets.from_dict(_facets)




        page_meta = cls(
            limit=limit,
            next_cursor=next_cursor,
            total=total,
            total_exact=total_exact,
            facets=facets,
        )

        return page_meta

