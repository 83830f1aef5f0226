from typing import Literal

TokenScope = Literal['admin', 'read-write']

TOKEN_SCOPE_VALUES: set[TokenScope] = { 'admin', 'read-write',  }

def check_token_scope(value: str) -> TokenScope:
    if value in TOKEN_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_SCOPE_VALUES!r}")
