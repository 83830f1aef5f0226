from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.source_record_resource import check_source_record_resource
from ..models.source_record_resource import SourceRecordResource
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation





T = TypeVar("T", bound="SourceRecord")



@_attrs_define
class SourceRecord:
    """ 
        Attributes:
            citations (list[Citation]): The record's citations of the source, in its order, each with its selectors and
                link.
            href (str): The record's URL.
            id (str): The record's id.
            name (str): The record's name or title.
            quotes (list[str]): The passages of the source the record cites.
            resource (SourceRecordResource): The resource of the record.
     """

    citations: list[Citation]
    href: str
    id: str
    name: str
    quotes: list[str]
    resource: SourceRecordResource





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)



        href = self.href

        id = self.id

        name = self.name

        quotes = self.quotes



        resource: str = self.resource


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "citations": citations,
            "href": href,
            "id": id,
            "name": name,
            "quotes": quotes,
            "resource": resource,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in (_citations):
            citations_item = Citation.from_dict(citations_item_data)



            citations.append(citations_item)


        href = d.pop("href")
        if not isinstance(href, str):
            raise TypeError("Expected a string: " + repr(href))


        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("Expected a string: " + repr(name))


        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in (_quotes):
            quotes_item = quotes_item_data
            if not isinstance(quotes_item, str):
                raise TypeError("Expected a string: " + repr(quotes_item))

            quotes.append(quotes_item)


        resource = check_source_record_resource(d.pop("resource"))




        source_record = cls(
            citations=citations,
            href=href,
            id=id,
            name=name,
            quotes=quotes,
            resource=resource,
        )

        return source_record

