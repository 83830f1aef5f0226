from typing import Literal

MoneyQualifier = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

MONEY_QUALIFIER_VALUES: set[MoneyQualifier] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_money_qualifier(value: str) -> MoneyQualifier:
    if value in MONEY_QUALIFIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONEY_QUALIFIER_VALUES!r}")
