from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.organization import Organization
  from ..models.organization_fields import OrganizationFields
  from ..models.page_links import PageLinks
  from ..models.page_meta import PageMeta





T = TypeVar("T", bound="OrganizationPage")



@_attrs_define
class OrganizationPage:
    """ 
        Attributes:
            data (list[Organization | OrganizationFields]): The records of this page, in the list's sort order.
            links (PageLinks):
            meta (PageMeta):
     """

    data: list[Organization | OrganizationFields]
    links: PageLinks
    meta: PageMeta





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization # noqa: PLC0415
        from ..models.organization_fields import OrganizationFields # noqa: PLC0415
        from ..models.page_links import PageLinks # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, Organization):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)



        links = self.links.to_dict()

        meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "data": data,
            "links": links,
            "meta": meta,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization import Organization # noqa: PLC0415
        from ..models.organization_fields import OrganizationFields # noqa: PLC0415
        from ..models.page_links import PageLinks # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            def _parse_data_item(data: object) -> Organization | OrganizationFields:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = Organization.from_dict(data)



                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = OrganizationFields.from_dict(data)



                return data_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)


        links = PageLinks.from_dict(d.pop("links"))




        meta = PageMeta.from_dict(d.pop("meta"))




        organization_page = cls(
            data=data,
            links=links,
            meta=meta,
        )

        return organization_page

