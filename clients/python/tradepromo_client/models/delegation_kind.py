from typing import Literal

DelegationKind = Literal['business', 'district', 'municipal', 'trade_group']

DELEGATION_KIND_VALUES: set[DelegationKind] = { 'business', 'district', 'municipal', 'trade_group',  }

def check_delegation_kind(value: str) -> DelegationKind:
    if value in DELEGATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_KIND_VALUES!r}")
