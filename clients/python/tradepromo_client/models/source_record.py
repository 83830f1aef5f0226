from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.source_record_resource import check_source_record_resource
from ..models.source_record_resource import SourceRecordResource
from typing import cast






T = TypeVar("T", bound="SourceRecord")



@_attrs_define
class SourceRecord:
    """ 
        Attributes:
            href (str): The record's URL.
            id (str): The record's id.
            name (str): The record's name or title.
            quotes (list[str]): The passages of the source the record cites.
            resource (SourceRecordResource): The resource of the record.
     """

    href: str
    id: str
    name: str
    quotes: list[str]
    resource: SourceRecordResource





    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        name = self.name

        quotes = self.quotes



        resource: str = self.resource


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "href": href,
            "id": id,
            "name": name,
            "quotes": quotes,
            "resource": resource,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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
            href=href,
            id=id,
            name=name,
            quotes=quotes,
            resource=resource,
        )

        return source_record

