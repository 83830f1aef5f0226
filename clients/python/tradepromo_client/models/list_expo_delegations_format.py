from typing import Literal

ListExpoDelegationsFormat = Literal['csv', 'json', 'ndjson']

LIST_EXPO_DELEGATIONS_FORMAT_VALUES: set[ListExpoDelegationsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_expo_delegations_format(value: str) -> ListExpoDelegationsFormat:
    if value in LIST_EXPO_DELEGATIONS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_FORMAT_VALUES!r}")
