from typing import Literal

ListOrganizationDealsSortItem = Literal['-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title']

LIST_ORGANIZATION_DEALS_SORT_ITEM_VALUES: set[ListOrganizationDealsSortItem] = { '-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title',  }

def check_list_organization_deals_sort_item(value: str) -> ListOrganizationDealsSortItem:
    if value in LIST_ORGANIZATION_DEALS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_SORT_ITEM_VALUES!r}")
