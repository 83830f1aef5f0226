from typing import Literal

ListDelegationDealsFormat = Literal['csv', 'json', 'ndjson']

LIST_DELEGATION_DEALS_FORMAT_VALUES: set[ListDelegationDealsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_delegation_deals_format(value: str) -> ListDelegationDealsFormat:
    if value in LIST_DELEGATION_DEALS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_FORMAT_VALUES!r}")
