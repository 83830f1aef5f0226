from typing import Literal

AmountTotalBasis = Literal['expected', 'intended', 'reported']

AMOUNT_TOTAL_BASIS_VALUES: set[AmountTotalBasis] = { 'expected', 'intended', 'reported',  }

def check_amount_total_basis(value: str) -> AmountTotalBasis:
    if value in AMOUNT_TOTAL_BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AMOUNT_TOTAL_BASIS_VALUES!r}")
