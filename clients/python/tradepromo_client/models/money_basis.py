from typing import Literal

MoneyBasis = Literal['cumulative', 'expected', 'intended', 'reported']

MONEY_BASIS_VALUES: set[MoneyBasis] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_money_basis(value: str) -> MoneyBasis:
    if value in MONEY_BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONEY_BASIS_VALUES!r}")
