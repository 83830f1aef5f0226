from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.new_token_scope import check_new_token_scope
from ..models.new_token_scope import NewTokenScope
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="NewToken")



@_attrs_define
class NewToken:
    """ 
        Attributes:
            name (str): Who or what uses it: shown as the actor in the change feed.
            created_at (datetime.datetime | Unset): When it was created (UTC).
            id (str | Unset): Public id of the token (part of the token itself).
            revoked_at (datetime.datetime | None | Unset): When it was revoked (UTC); null while it is valid.
            scope (NewTokenScope | Unset): `read-write` writes records; `admin` also manages tokens. Default: 'read-write'.
            token (str | Unset): The bearer token: keep it secret, it is never shown again.
     """

    name: str
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    scope: NewTokenScope | Unset = 'read-write'
    token: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

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


        token = self.token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("Expected a string: " + repr(name))


        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at,  Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)




        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("Expected a string: " + repr(id))


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
        scope: NewTokenScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = check_new_token_scope(_scope)




        token = d.pop("token", UNSET)
        if not isinstance(token, (str, Unset)):
            raise TypeError("Expected a string: " + repr(token))


        new_token = cls(
            name=name,
            created_at=created_at,
            id=id,
            revoked_at=revoked_at,
            scope=scope,
            token=token,
        )

        return new_token

