from typing import Literal

DealPatchKind = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

DEAL_PATCH_KIND_VALUES: set[DealPatchKind] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_deal_patch_kind(value: str) -> DealPatchKind:
    if value in DEAL_PATCH_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_PATCH_KIND_VALUES!r}")
