from typing import Literal

SelectorType = Literal['TextPositionSelector', 'TextQuoteSelector']

SELECTOR_TYPE_VALUES: set[SelectorType] = { 'TextPositionSelector', 'TextQuoteSelector',  }

def check_selector_type(value: str) -> SelectorType:
    if value in SELECTOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECTOR_TYPE_VALUES!r}")
