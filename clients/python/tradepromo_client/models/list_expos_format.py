from typing import Literal

ListExposFormat = Literal['csv', 'json', 'ndjson']

LIST_EXPOS_FORMAT_VALUES: set[ListExposFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_expos_format(value: str) -> ListExposFormat:
    if value in LIST_EXPOS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_FORMAT_VALUES!r}")
