from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.change_fields_after_type_0 import ChangeFieldsAfterType0
  from ..models.change_fields_before_type_0 import ChangeFieldsBeforeType0





T = TypeVar("T", bound="ChangeFields")



@_attrs_define
class ChangeFields:
    """ 
        Attributes:
            actor (str | Unset): The name of the token that wrote it, or `loader` for fixtures.
            after (ChangeFieldsAfterType0 | None | Unset): The record after the write; null for a delete.
            at (datetime.datetime | Unset): When the write committed (UTC).
            before (ChangeFieldsBeforeType0 | None | Unset): The record before the write; null for a create.
            id (int | Unset): Position in the feed: ids only grow. Sync with `since=<last id seen>`.
            operation (str | Unset): `create`, `update` or `delete`.
            record (str | Unset): The id of the record.
            resource (str | Unset): The resource of the record.
     """

    actor: str | Unset = UNSET
    after: ChangeFieldsAfterType0 | None | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    before: ChangeFieldsBeforeType0 | None | Unset = UNSET
    id: int | Unset = UNSET
    operation: str | Unset = UNSET
    record: str | Unset = UNSET
    resource: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.change_fields_after_type_0 import ChangeFieldsAfterType0 # noqa: PLC0415
        from ..models.change_fields_before_type_0 import ChangeFieldsBeforeType0 # noqa: PLC0415
        actor = self.actor

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, ChangeFieldsAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, ChangeFieldsBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        id = self.id

        operation = self.operation

        record = self.record

        resource = self.resource


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if actor is not UNSET:
            field_dict["actor"] = actor
        if after is not UNSET:
            field_dict["after"] = after
        if at is not UNSET:
            field_dict["at"] = at
        if before is not UNSET:
            field_dict["before"] = before
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if record is not UNSET:
            field_dict["record"] = record
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_fields_after_type_0 import ChangeFieldsAfterType0 # noqa: PLC0415
        from ..models.change_fields_before_type_0 import ChangeFieldsBeforeType0 # noqa: PLC0415
        d = dict(src_dict)
        actor = d.pop("actor", UNSET)
        if not isinstance(actor, (str, Unset)):
            raise TypeError("Expected a string: " + repr(actor))


        def _parse_after(data: object) -> ChangeFieldsAfterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = ChangeFieldsAfterType0.from_dict(data)



                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            after_type_1 = data

            return after_type_1

        after = _parse_after(d.pop("after", UNSET))


        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at,  Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)




        def _parse_before(data: object) -> ChangeFieldsBeforeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = ChangeFieldsBeforeType0.from_dict(data)



                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            before_type_1 = data

            return before_type_1

        before = _parse_before(d.pop("before", UNSET))


        id = d.pop("id", UNSET)

        operation = d.pop("operation", UNSET)
        if not isinstance(operation, (str, Unset)):
            raise TypeError("Expected a string: " + repr(operation))


        record = d.pop("record", UNSET)
        if not isinstance(record, (str, Unset)):
            raise TypeError("Expected a string: " + repr(record))


        resource = d.pop("resource", UNSET)
        if not isinstance(resource, (str, Unset)):
            raise TypeError("Expected a string: " + repr(resource))


        change_fields = cls(
            actor=actor,
            after=after,
            at=at,
            before=before,
            id=id,
            operation=operation,
            record=record,
            resource=resource,
        )

        return change_fields

