from typing import Literal

DelegationFieldsKind = Literal['business', 'district', 'municipal', 'trade_group']

DELEGATION_FIELDS_KIND_VALUES: set[DelegationFieldsKind] = { 'business', 'district', 'municipal', 'trade_group',  }

def check_delegation_fields_kind(value: str) -> DelegationFieldsKind:
    if value in DELEGATION_FIELDS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_FIELDS_KIND_VALUES!r}")
