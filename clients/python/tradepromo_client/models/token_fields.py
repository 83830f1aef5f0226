from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.token_fields_scope import check_token_fields_scope
from ..models.token_fields_scope import TokenFieldsScope
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TokenFields")



@_attrs_define
class TokenFields:
    """ 
        Attributes:
            created_at (datetime.datetime | Unset): When it was created (UTC).
            id (str | Unset): Public id of the token (part of the token itself).
            name (str | Unset): Who or what uses it: shown as the actor in the change feed.
            revoked_at (datetime.datetime | None | Unset): When it was revoked (UTC); null while it is valid.
            scope (TokenFieldsScope | Unset): `read-write` writes records; `admin` also manages tokens. Default: 'read-
                write'.
     """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    scope: TokenFieldsScope | Unset = 'read-write'





    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at,  Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)




        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("Expected a string: " + repr(id))


        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Expected a string: " + repr(name))


        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            revoked_at_type_1 = data

            return revoked_at_type_1

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))


        _scope = d.pop("scope", UNSET)
        scope: TokenFieldsScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = check_token_fields_scope(_scope)




        token_fields = cls(
            created_at=created_at,
            id=id,
            name=name,
            revoked_at=revoked_at,
            scope=scope,
        )

        return token_fields

