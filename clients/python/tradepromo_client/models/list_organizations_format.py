from typing import Literal

ListOrganizationsFormat = Literal['csv', 'json', 'ndjson']

LIST_ORGANIZATIONS_FORMAT_VALUES: set[ListOrganizationsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_organizations_format(value: str) -> ListOrganizationsFormat:
    if value in LIST_ORGANIZATIONS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_FORMAT_VALUES!r}")
