from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.count_basis import check_count_basis
from ..models.count_basis import CountBasis
from ..models.count_qualifier import check_count_qualifier
from ..models.count_qualifier import CountQualifier
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.period import Period





T = TypeVar("T", bound="Count")



@_attrs_define
class Count:
    """ 
        Attributes:
            as_reported (str): The source's own words for the figure: they occur in one of the record's quotes (only runs of
                whitespace may differ), else the write is a 422.
            qualifier (CountQualifier): How the source qualifies the number.
            unit (str): What is counted: enterprises, countries_and_regions, visitors, square_metres...
            basis (CountBasis | Unset): What the figure is: `reported` (stated as done), `expected` (a forecast: "expected
                to total"), `intended` (intended or planned, not done), or `cumulative` (a total over the `period`, not of one
                event). Default: 'reported'.
            citation (int | None | Unset): Index, in the record's `sources`, of the first citation whose quote holds
                `as_reported`: the evidence of the figure.
            high (int | None | Unset): Highest Integer bound the words allow; null when unbounded on this side.
            low (int | None | Unset): Lowest Integer bound the words allow; null when unbounded on this side.
            period (None | Period | Unset): The period a `cumulative` figure covers (only then).
            value (int | None | Unset): The stated number; null when the words give only bounds.
     """

    as_reported: str
    qualifier: CountQualifier
    unit: str
    basis: CountBasis | Unset = 'reported'
    citation: int | None | Unset = UNSET
    high: int | None | Unset = UNSET
    low: int | None | Unset = UNSET
    period: None | Period | Unset = UNSET
    value: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.period import Period # noqa: PLC0415
        as_reported = self.as_reported

        qualifier: str = self.qualifier

        unit = self.unit

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis


        citation: int | None | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

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

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, Period):
            period = self.period.to_dict()
        else:
            period = self.period

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "as_reported": as_reported,
            "qualifier": qualifier,
            "unit": unit,
        })
        if basis is not UNSET:
            field_dict["basis"] = basis
        if citation is not UNSET:
            field_dict["citation"] = citation
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if period is not UNSET:
            field_dict["period"] = period
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period import Period # noqa: PLC0415
        d = dict(src_dict)
        as_reported = d.pop("as_reported")
        if not isinstance(as_reported, str):
            raise TypeError("Expected a string: " + repr(as_reported))


        qualifier = check_count_qualifier(d.pop("qualifier"))




        unit = d.pop("unit")
        if not isinstance(unit, str):
            raise TypeError("Expected a string: " + repr(unit))


        _basis = d.pop("basis", UNSET)
        basis: CountBasis | Unset
        if isinstance(_basis,  Unset):
            basis = UNSET
        else:
            basis = check_count_basis(_basis)




        def _parse_citation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (data is None):
                    raise TypeError()
                citation_type_1 = data

                return citation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset, data)

        citation = _parse_citation(d.pop("citation", UNSET))


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


        def _parse_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = Period.from_dict(data)



                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            period_type_1 = data

            return period_type_1

        period = _parse_period(d.pop("period", UNSET))


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


        count = cls(
            as_reported=as_reported,
            qualifier=qualifier,
            unit=unit,
            basis=basis,
            citation=citation,
            high=high,
            low=low,
            period=period,
            value=value,
        )

        return count

