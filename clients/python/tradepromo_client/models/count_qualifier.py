from typing import Literal

CountQualifier = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

COUNT_QUALIFIER_VALUES: set[CountQualifier] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_count_qualifier(value: str) -> CountQualifier:
    if value in COUNT_QUALIFIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNT_QUALIFIER_VALUES!r}")
