from typing import Literal

DealPatchScope = Literal['aggregate', 'single']

DEAL_PATCH_SCOPE_VALUES: set[DealPatchScope] = { 'aggregate', 'single',  }

def check_deal_patch_scope(value: str) -> DealPatchScope:
    if value in DEAL_PATCH_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_PATCH_SCOPE_VALUES!r}")
