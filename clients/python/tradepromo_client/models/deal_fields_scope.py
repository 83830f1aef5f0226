from typing import Literal

DealFieldsScope = Literal['aggregate', 'single']

DEAL_FIELDS_SCOPE_VALUES: set[DealFieldsScope] = { 'aggregate', 'single',  }

def check_deal_fields_scope(value: str) -> DealFieldsScope:
    if value in DEAL_FIELDS_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_FIELDS_SCOPE_VALUES!r}")
