from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.money_currency import check_money_currency
from ..models.money_currency import MoneyCurrency
from ..models.money_qualifier import check_money_qualifier
from ..models.money_qualifier import MoneyQualifier
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Money")



@_attrs_define
class Money:
    """ 
        Attributes:
            as_reported (str): The source's own words for the figure.
            currency (MoneyCurrency): ISO 4217 currency code; amounts are whole currency units.
            qualifier (MoneyQualifier): How the source qualifies the number.
            high (int | None | Unset): Highest Integer bound the words allow; null when unbounded on this side.
            low (int | None | Unset): Lowest Integer bound the words allow; null when unbounded on this side.
            value (int | None | Unset): The stated number; null when the words give only bounds.
     """

    as_reported: str
    currency: MoneyCurrency
    qualifier: MoneyQualifier
    high: int | None | Unset = UNSET
    low: int | None | Unset = UNSET
    value: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        as_reported = self.as_reported

        currency: str = self.currency

        qualifier: str = self.qualifier

        high: int | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        low: int | None | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "as_reported": as_reported,
            "currency": currency,
            "qualifier": qualifier,
        })
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_reported = d.pop("as_reported")
        if not isinstance(as_reported, str):
            raise TypeError("Expected a string: " + repr(as_reported))


        currency = check_money_currency(d.pop("currency"))




        qualifier = check_money_qualifier(d.pop("qualifier"))




        def _parse_high(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                high_type_1 = data

                return high_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        high = _parse_high(d.pop("high", UNSET))


        def _parse_low(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                low_type_1 = data

                return low_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        low = _parse_low(d.pop("low", UNSET))


        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                value_type_1 = data

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))


        money = cls(
            as_reported=as_reported,
            currency=currency,
            qualifier=qualifier,
            high=high,
            low=low,
            value=value,
        )

        return money

