from typing import Literal

ListTokensFormat = Literal['csv', 'json', 'ndjson']

LIST_TOKENS_FORMAT_VALUES: set[ListTokensFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_tokens_format(value: str) -> ListTokensFormat:
    if value in LIST_TOKENS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_FORMAT_VALUES!r}")
