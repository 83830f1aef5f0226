from typing import Literal

DealFieldsKind = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

DEAL_FIELDS_KIND_VALUES: set[DealFieldsKind] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_deal_fields_kind(value: str) -> DealFieldsKind:
    if value in DEAL_FIELDS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_FIELDS_KIND_VALUES!r}")
