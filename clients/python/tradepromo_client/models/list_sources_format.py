from typing import Literal

ListSourcesFormat = Literal['csv', 'json', 'ndjson']

LIST_SOURCES_FORMAT_VALUES: set[ListSourcesFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_sources_format(value: str) -> ListSourcesFormat:
    if value in LIST_SOURCES_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SOURCES_FORMAT_VALUES!r}")
