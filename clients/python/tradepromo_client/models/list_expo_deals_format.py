from typing import Literal

ListExpoDealsFormat = Literal['csv', 'json', 'ndjson']

LIST_EXPO_DEALS_FORMAT_VALUES: set[ListExpoDealsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_expo_deals_format(value: str) -> ListExpoDealsFormat:
    if value in LIST_EXPO_DEALS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_FORMAT_VALUES!r}")
