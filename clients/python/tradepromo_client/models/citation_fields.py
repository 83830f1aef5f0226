from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.selector import Selector
  from ..models.source import Source





T = TypeVar("T", bound="CitationFields")



@_attrs_define
class CitationFields:
    """ 
        Attributes:
            quote (str): A verbatim passage of the source (runs of whitespace may be folded).
            source (Source | str): Id of the source document.
            href (str | Unset): The source's page at the passage, highlighted: an in-page anchor and a Text Fragment.
            selector (list[Selector] | None | Unset): Where the quote is in the source's text, as W3C Web Annotation
                selectors computed when the record was written: a TextQuoteSelector (the exact passage, whitespace as the text
                has it, and up to 32 characters either side) and a TextPositionSelector (offsets in Unicode code points, `end`
                exclusive). Null only for a source whose text is unknown. Never sent: a body holding it (a record's own
                representation) has it ignored.
     """

    quote: str
    source: Source | str
    href: str | Unset = UNSET
    selector: list[Selector] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.selector import Selector # noqa: PLC0415
        from ..models.source import Source # noqa: PLC0415
        quote = self.quote

        source: dict[str, Any] | str
        if isinstance(self.source, Source):
            source = self.source.to_dict()
        else:
            source = self.source

        href = self.href

        selector: list[dict[str, Any]] | None | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        elif isinstance(self.selector, list):
            selector = []
            for selector_type_0_item_data in self.selector:
                selector_type_0_item = selector_type_0_item_data.to_dict()
                selector.append(selector_type_0_item)


        else:
            selector = self.selector


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "quote": quote,
            "source": source,
        })
        if href is not UNSET:
            field_dict["href"] = href
        if selector is not UNSET:
            field_dict["selector"] = selector

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selector import Selector # noqa: PLC0415
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


        href = d.pop("href", UNSET)
        if not isinstance(href, (str, Unset)):
            raise TypeError("Expected a string: " + repr(href))


        def _parse_selector(data: object) -> list[Selector] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selector_type_0 = []
                _selector_type_0 = data
                for selector_type_0_item_data in (_selector_type_0):
                    selector_type_0_item = Selector.from_dict(selector_type_0_item_data)



                    selector_type_0.append(selector_type_0_item)

                return selector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            selector_type_1 = data

            return selector_type_1

        selector = _parse_selector(d.pop("selector", UNSET))


        citation_fields = cls(
            quote=quote,
            source=source,
            href=href,
            selector=selector,
        )

        return citation_fields

