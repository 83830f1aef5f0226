from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.expo_stats_group_by import check_expo_stats_group_by
from ..models.expo_stats_group_by import ExpoStatsGroupBy
from typing import cast

if TYPE_CHECKING:
  from ..models.expo_group import ExpoGroup





T = TypeVar("T", bound="ExpoStats")



@_attrs_define
class ExpoStats:
    """ 
        Attributes:
            group_by (ExpoStatsGroupBy): The grouping key.
            groups (list[ExpoGroup]): The groups, sorted by key, null last.
            total_expos (int): How many expos match the filters.
     """

    group_by: ExpoStatsGroupBy
    groups: list[ExpoGroup]
    total_expos: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.expo_group import ExpoGroup # noqa: PLC0415
        group_by: str = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)



        total_expos = self.total_expos


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "group_by": group_by,
            "groups": groups,
            "total_expos": total_expos,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expo_group import ExpoGroup # noqa: PLC0415
        d = dict(src_dict)
        group_by = check_expo_stats_group_by(d.pop("group_by"))




        groups = []
        _groups = d.pop("groups")
        for groups_item_data in (_groups):
            groups_item = ExpoGroup.from_dict(groups_item_data)



            groups.append(groups_item)


        total_expos = d.pop("total_expos")

        expo_stats = cls(
            group_by=group_by,
            groups=groups,
            total_expos=total_expos,
        )

        return expo_stats

