from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.source import Source





T = TypeVar("T", bound="CitationFields")



@_attrs_define
class CitationFields:
    """ 
        Attributes:
            quote (str): A verbatim passage of the source (runs of whitespace may be folded).
            source (Source | str): Id of the source document.
     """

    quote: str
    source: Source | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.source import Source # noqa: PLC0415
        quote = self.quote

        source: dict[str, Any] | str
        if isinstance(self.source, Source):
            source = self.source.to_dict()
        else:
            source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "quote": quote,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source import Source # noqa: PLC0415
        d = dict(src_dict)
        quote = d.pop("quote")
        if not isinstance(quote, str):
            raise TypeError("Expected a string: " + repr(quote))


        def _parse_source(data: object) -> Source | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = data
                if not isinstance(source_type_0, str):
                    raise TypeError("Expected a string: " + repr(source_type_0))

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = Source.from_dict(data)



            return source_type_1

        source = _parse_source(d.pop("source"))


        citation_fields = cls(
            quote=quote,
            source=source,
        )

        return citation_fields

