from typing import Literal

ListDelegationsFormat = Literal['csv', 'json', 'ndjson']

LIST_DELEGATIONS_FORMAT_VALUES: set[ListDelegationsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_delegations_format(value: str) -> ListDelegationsFormat:
    if value in LIST_DELEGATIONS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_FORMAT_VALUES!r}")
