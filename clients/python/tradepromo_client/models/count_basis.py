from typing import Literal

CountBasis = Literal['cumulative', 'expected', 'intended', 'reported']

COUNT_BASIS_VALUES: set[CountBasis] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_count_basis(value: str) -> CountBasis:
    if value in COUNT_BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNT_BASIS_VALUES!r}")
