from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_stats_group_by import check_deal_stats_group_by
from ..models.deal_stats_group_by import DealStatsGroupBy
from typing import cast

if TYPE_CHECKING:
  from ..models.deal_group import DealGroup





T = TypeVar("T", bound="DealStats")



@_attrs_define
class DealStats:
    """ 
        Attributes:
            group_by (DealStatsGroupBy): The grouping key.
            groups (list[DealGroup]): The groups, sorted by key, null last. With `group_by=sector` a deal counts in the
                group of each of its sectors.
            total_deals (int): How many deals match the filters (with `group_by=sector` the groups may add up to more).
     """

    group_by: DealStatsGroupBy
    groups: list[DealGroup]
    total_deals: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.deal_group import DealGroup # noqa: PLC0415
        group_by: str = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)



        total_deals = self.total_deals


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "group_by": group_by,
            "groups": groups,
            "total_deals": total_deals,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deal_group import DealGroup # noqa: PLC0415
        d = dict(src_dict)
        group_by = check_deal_stats_group_by(d.pop("group_by"))




        groups = []
        _groups = d.pop("groups")
        for groups_item_data in (_groups):
            groups_item = DealGroup.from_dict(groups_item_data)



            groups.append(groups_item)


        total_deals = d.pop("total_deals")

        deal_stats = cls(
            group_by=group_by,
            groups=groups,
            total_deals=total_deals,
        )

        return deal_stats

