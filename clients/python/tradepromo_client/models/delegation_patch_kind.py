from typing import Literal

DelegationPatchKind = Literal['business', 'district', 'municipal', 'trade_group']

DELEGATION_PATCH_KIND_VALUES: set[DelegationPatchKind] = { 'business', 'district', 'municipal', 'trade_group',  }

def check_delegation_patch_kind(value: str) -> DelegationPatchKind:
    if value in DELEGATION_PATCH_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_PATCH_KIND_VALUES!r}")
