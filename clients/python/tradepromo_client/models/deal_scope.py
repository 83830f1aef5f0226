from typing import Literal

DealScope = Literal['aggregate', 'single']

DEAL_SCOPE_VALUES: set[DealScope] = { 'aggregate', 'single',  }

def check_deal_scope(value: str) -> DealScope:
    if value in DEAL_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_SCOPE_VALUES!r}")
