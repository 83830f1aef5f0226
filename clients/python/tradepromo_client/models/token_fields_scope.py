from typing import Literal

TokenFieldsScope = Literal['admin', 'read-write']

TOKEN_FIELDS_SCOPE_VALUES: set[TokenFieldsScope] = { 'admin', 'read-write',  }

def check_token_fields_scope(value: str) -> TokenFieldsScope:
    if value in TOKEN_FIELDS_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_FIELDS_SCOPE_VALUES!r}")
