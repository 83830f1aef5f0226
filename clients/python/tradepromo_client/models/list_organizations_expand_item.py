from typing import Literal

ListOrganizationsExpandItem = Literal['sources']

LIST_ORGANIZATIONS_EXPAND_ITEM_VALUES: set[ListOrganizationsExpandItem] = { 'sources',  }

def check_list_organizations_expand_item(value: str) -> ListOrganizationsExpandItem:
    if value in LIST_ORGANIZATIONS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_EXPAND_ITEM_VALUES!r}")
