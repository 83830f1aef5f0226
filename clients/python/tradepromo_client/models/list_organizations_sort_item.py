from typing import Literal

ListOrganizationsSortItem = Literal['-country', '-id', '-kind', '-name', 'country', 'id', 'kind', 'name']

LIST_ORGANIZATIONS_SORT_ITEM_VALUES: set[ListOrganizationsSortItem] = { '-country', '-id', '-kind', '-name', 'country', 'id', 'kind', 'name',  }

def check_list_organizations_sort_item(value: str) -> ListOrganizationsSortItem:
    if value in LIST_ORGANIZATIONS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_SORT_ITEM_VALUES!r}")
