from typing import Literal

ListChangesResourceItem = Literal['deals', 'delegations', 'expos', 'organizations', 'sources']

LIST_CHANGES_RESOURCE_ITEM_VALUES: set[ListChangesResourceItem] = { 'deals', 'delegations', 'expos', 'organizations', 'sources',  }

def check_list_changes_resource_item(value: str) -> ListChangesResourceItem:
    if value in LIST_CHANGES_RESOURCE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_RESOURCE_ITEM_VALUES!r}")
