from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ProblemError")



@_attrs_define
class ProblemError:
    """ 
        Attributes:
            detail (str): What is wrong with it.
            parameter (str | Unset): The offending query parameter.
            pointer (str | Unset): JSON pointer to the offending member of the body.
     """

    detail: str
    parameter: str | Unset = UNSET
    pointer: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        parameter = self.parameter

        pointer = self.pointer


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "detail": detail,
        })
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if pointer is not UNSET:
            field_dict["pointer"] = pointer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")
        if not isinstance(detail, str):
            raise TypeError("Expected a string: " + repr(detail))


        parameter = d.pop("parameter", UNSET)
        if not isinstance(parameter, (str, Unset)):
            raise TypeError("Expected a string: " + repr(parameter))


        pointer = d.pop("pointer", UNSET)
        if not isinstance(pointer, (str, Unset)):
            raise TypeError("Expected a string: " + repr(pointer))


        problem_error = cls(
            detail=detail,
            parameter=parameter,
            pointer=pointer,
        )

        return problem_error

