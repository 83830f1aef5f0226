from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.amount_total_basis import AmountTotalBasis
from ..models.amount_total_basis import check_amount_total_basis
from typing import cast






T = TypeVar("T", bound="AmountTotal")



@_attrs_define
class AmountTotal:
    """ 
        Attributes:
            basis (AmountTotalBasis): What these amounts are (never `cumulative`: those are summed nowhere).
            currency (str): ISO 4217 code of these amounts.
            deals (int): How many deals' amounts (in this currency and basis) the total adds.
            high (int | None): Sum of the high bounds: the most total; null (unbounded) when any amount has no high bound.
            included (int): How many more amounts of this currency and basis the total does not add, because an aggregate
                deal it adds includes them.
            low (int): Sum of the low bounds, a missing low bound counting as 0: the least total.
            unbounded_high (int): How many of these amounts have no high bound.
     """

    basis: AmountTotalBasis
    currency: str
    deals: int
    high: int | None
    included: int
    low: int
    unbounded_high: int





    def to_dict(self) -> dict[str, Any]:
        basis: str = self.basis

        currency = self.currency

        deals = self.deals

        high: int | None
        high = self.high

        included = self.included

        low = self.low

        unbounded_high = self.unbounded_high


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "basis": basis,
            "currency": currency,
            "deals": deals,
            "high": high,
            "included": included,
            "low": low,
            "unbounded_high": unbounded_high,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = check_amount_total_basis(d.pop("basis"))




        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("Expected a string: " + repr(currency))


        deals = d.pop("deals")

        def _parse_high(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not (data is None):
                    raise TypeError()
                high_type_1 = data

                return high_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        high = _parse_high(d.pop("high"))


        included = d.pop("included")

        low = d.pop("low")

        unbounded_high = d.pop("unbounded_high")

        amount_total = cls(
            basis=basis,
            currency=currency,
            deals=deals,
            high=high,
            included=included,
            low=low,
            unbounded_high=unbounded_high,
        )

        return amount_total

