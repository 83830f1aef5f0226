from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Period")



@_attrs_define
class Period:
    """ 
        Attributes:
            as_reported (str): The source's own words for the period.
            end (int | None | Unset): Last year covered; null when the words do not settle it.
            start (int | None | Unset): First year covered; null when the words do not settle it.
     """

    as_reported: str
    end: int | None | Unset = UNSET
    start: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        as_reported = self.as_reported

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "as_reported": as_reported,
        })
        if end is not UNSET:
            field_dict["end"] = end
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_reported = d.pop("as_reported")
        if not isinstance(as_reported, str):
            raise TypeError("Expected a string: " + repr(as_reported))


        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                end_type_1 = data

                return end_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                start_type_1 = data

                return start_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))


        period = cls(
            as_reported=as_reported,
            end=end,
            start=start,
        )

        return period

