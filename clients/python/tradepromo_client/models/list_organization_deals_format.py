from typing import Literal

ListOrganizationDealsFormat = Literal['csv', 'json', 'ndjson']

LIST_ORGANIZATION_DEALS_FORMAT_VALUES: set[ListOrganizationDealsFormat] = { 'csv', 'json', 'ndjson',  }

def check_list_organization_deals_format(value: str) -> ListOrganizationDealsFormat:
    if value in LIST_ORGANIZATION_DEALS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_FORMAT_VALUES!r}")
