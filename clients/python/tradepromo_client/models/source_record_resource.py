from typing import Literal

SourceRecordResource = Literal['deals', 'delegations', 'expos', 'organizations']

SOURCE_RECORD_RESOURCE_VALUES: set[SourceRecordResource] = { 'deals', 'delegations', 'expos', 'organizations',  }

def check_source_record_resource(value: str) -> SourceRecordResource:
    if value in SOURCE_RECORD_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOURCE_RECORD_RESOURCE_VALUES!r}")
