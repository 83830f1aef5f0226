from typing import Literal

ListDealsFormat = Literal['csv', 'json', 'ndjson']

LIST_DEALS_FORMAT_VALUES: set[ListDealsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_deals_format(value: str) -> ListDealsFormat:
    if value in LIST_DEALS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_FORMAT_VALUES!r}")
