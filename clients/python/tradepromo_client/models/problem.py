from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.problem_error import ProblemError





T = TypeVar("T", bound="Problem")



@_attrs_define
class Problem:
    """ 
        Attributes:
            status (int): The HTTP status code.
            title (str): The HTTP status phrase.
            type_ (str): A URI identifying the problem type.
            detail (str | Unset): What went wrong, for a person.
            errors (list[ProblemError] | Unset): One entry per invalid member or parameter.
            instance (str | Unset): The request path.
     """

    status: int
    title: str
    type_: str
    detail: str | Unset = UNSET
    errors: list[ProblemError] | Unset = UNSET
    instance: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_error import ProblemError # noqa: PLC0415
        status = self.status

        title = self.title

        type_ = self.type_

        detail = self.detail

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        instance = self.instance


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
            "title": title,
            "type": type_,
        })
        if detail is not UNSET:
            field_dict["detail"] = detail
        if errors is not UNSET:
            field_dict["errors"] = errors
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_error import ProblemError # noqa: PLC0415
        d = dict(src_dict)
        status = d.pop("status")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError("Expected a string: " + repr(title))


        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError("Expected a string: " + repr(type_))


        detail = d.pop("detail", UNSET)
        if not isinstance(detail, (str, Unset)):
            raise TypeError("Expected a string: " + repr(detail))


        _errors = d.pop("errors", UNSET)
        errors: list[ProblemError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProblemError.from_dict(errors_item_data)



                errors.append(errors_item)


        instance = d.pop("instance", UNSET)
        if not isinstance(instance, (str, Unset)):
            raise TypeError("Expected a string: " + repr(instance))


        problem = cls(
            status=status,
            title=title,
            type_=type_,
            detail=detail,
            errors=errors,
            instance=instance,
        )

        return problem

