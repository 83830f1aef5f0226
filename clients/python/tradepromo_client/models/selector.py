from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.selector_type import check_selector_type
from ..models.selector_type import SelectorType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Selector")



@_attrs_define
class Selector:
    """ 
        Attributes:
            type_ (SelectorType): Which selector.
            end (int | Unset): TextPositionSelector: offset just past its last character.
            exact (str | Unset): TextQuoteSelector: the passage, as the text has it.
            prefix (str | Unset): TextQuoteSelector: the text just before it.
            start (int | Unset): TextPositionSelector: offset of its first character.
            suffix (str | Unset): TextQuoteSelector: the text just after it.
     """

    type_: SelectorType
    end: int | Unset = UNSET
    exact: str | Unset = UNSET
    prefix: str | Unset = UNSET
    start: int | Unset = UNSET
    suffix: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        end = self.end

        exact = self.exact

        prefix = self.prefix

        start = self.start

        suffix = self.suffix


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "type": type_,
        })
        if end is not UNSET:
            field_dict["end"] = end
        if exact is not UNSET:
            field_dict["exact"] = exact
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if start is not UNSET:
            field_dict["start"] = start
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_selector_type(d.pop("type"))




        end = d.pop("end", UNSET)

        exact = d.pop("exact", UNSET)
        if not isinstance(exact, (str, Unset)):
            raise TypeError("Expected a string: " + repr(exact))


        prefix = d.pop("prefix", UNSET)
        if not isinstance(prefix, (str, Unset)):
            raise TypeError("Expected a string: " + repr(prefix))


        start = d.pop("start", UNSET)

        suffix = d.pop("suffix", UNSET)
        if not isinstance(suffix, (str, Unset)):
            raise TypeError("Expected a string: " + repr(suffix))


        selector = cls(
            type_=type_,
            end=end,
            exact=exact,
            prefix=prefix,
            start=start,
            suffix=suffix,
        )

        return selector

