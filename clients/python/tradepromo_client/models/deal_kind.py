from typing import Literal

DealKind = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

DEAL_KIND_VALUES: set[DealKind] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_deal_kind(value: str) -> DealKind:
    if value in DEAL_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_KIND_VALUES!r}")
