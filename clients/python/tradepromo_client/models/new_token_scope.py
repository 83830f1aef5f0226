from typing import Literal

NewTokenScope = Literal['admin', 'read-write']

NEW_TOKEN_SCOPE_VALUES: set[NewTokenScope] = { 'admin', 'read-write',  }

def check_new_token_scope(value: str) -> NewTokenScope:
    if value in NEW_TOKEN_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_TOKEN_SCOPE_VALUES!r}")
