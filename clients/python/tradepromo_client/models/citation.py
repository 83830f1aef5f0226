from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Citation")



@_attrs_define
class Citation:
    """ 
        Attributes:
            quote (str): A verbatim passage of the source (runs of whitespace may be folded).
            source (str): Id of the source document.
     """

    quote: str
    source: str





    def to_dict(self) -> dict[str, Any]:
        quote = self.quote

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "quote": quote,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote = d.pop("quote")
        if not isinstance(quote, str):
            raise TypeError("Expected a string: " + repr(quote))


        source = d.pop("source")
        if not isinstance(source, str):
            raise TypeError("Expected a string: " + repr(source))


        citation = cls(
            quote=quote,
            source=source,
        )

        return citation

