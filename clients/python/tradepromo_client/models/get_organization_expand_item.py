from typing import Literal

GetOrganizationExpandItem = Literal['sources']

GET_ORGANIZATION_EXPAND_ITEM_VALUES: set[GetOrganizationExpandItem] = { 'sources',  }

def check_get_organization_expand_item(value: str) -> GetOrganizationExpandItem:
    if value in GET_ORGANIZATION_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ORGANIZATION_EXPAND_ITEM_VALUES!r}")
