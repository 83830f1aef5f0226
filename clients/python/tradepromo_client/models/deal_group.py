from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.amount_total import AmountTotal





T = TypeVar("T", bound="DealGroup")



@_attrs_define
class DealGroup:
    """ 
        Attributes:
            amounts (list[AmountTotal]): One total per currency and basis present in the group, sorted by currency then
                basis (reported, expected, intended). Amounts of different currencies are never added: each group holds one
                total per currency. A total is an interval: `low` sums the low bounds (a missing low bound counts as 0, amounts
                are never negative) and `high` sums the high bounds, or is null (unbounded) when any amount has no high bound,
                so the true total lies in [`low`, `high`]. Amounts of different bases are never added either: each group holds
                one total per currency and `basis` (`reported` amounts stated as done, `expected` forecasts, `intended`
                intentions: different quantities). A `cumulative` amount (a total over several years or editions) is added to no
                total: the group counts it in `cumulative`, so a multi-year total never counts toward one edition. No amount is
                added twice: a deal that an aggregate deal `includes` (directly or through other aggregates) is left out of a
                total that already adds that aggregate (same group, currency and basis), and counted in the total's `included`.
            cumulative (int): How many of them state a `cumulative` amount (a total over a period): counted in no total.
            deals (int): How many deals are in the group.
            key (int | None | str): The expo id, the delegation id, the year of the deal's expo (an integer), the sector
                slug or the currency code, after `group_by`. Null for the records that have none (that group comes last).
            without_amount (int): How many of them state no amount (counted in no total).
     """

    amounts: list[AmountTotal]
    cumulative: int
    deals: int
    key: int | None | str
    without_amount: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.amount_total import AmountTotal # noqa: PLC0415
        amounts = []
        for amounts_item_data in self.amounts:
            amounts_item = amounts_item_data.to_dict()
            amounts.append(amounts_item)



        cumulative = self.cumulative

        deals = self.deals

        key: int | None | str
        key = self.key

        without_amount = self.without_amount


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amounts": amounts,
            "cumulative": cumulative,
            "deals": deals,
            "key": key,
            "without_amount": without_amount,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_total import AmountTotal # noqa: PLC0415
        d = dict(src_dict)
        amounts = []
        _amounts = d.pop("amounts")
        for amounts_item_data in (_amounts):
            amounts_item = AmountTotal.from_dict(amounts_item_data)



            amounts.append(amounts_item)


        cumulative = d.pop("cumulative")

        deals = d.pop("deals")

        def _parse_key(data: object) -> int | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_type_0 = data
                if not isinstance(key_type_0, str):
                    raise TypeError("Expected a string: " + repr(key_type_0))

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (data is None):
                    raise TypeError()
                key_type_2 = data

                return key_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | str, data)

        key = _parse_key(d.pop("key"))


        without_amount = d.pop("without_amount")

        deal_group = cls(
            amounts=amounts,
            cumulative=cumulative,
            deals=deals,
            key=key,
            without_amount=without_amount,
        )

        return deal_group

