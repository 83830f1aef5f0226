from typing import Literal

ListChangesOperationItem = Literal['create', 'delete', 'update']

LIST_CHANGES_OPERATION_ITEM_VALUES: set[ListChangesOperationItem] = { 'create', 'delete', 'update',  }

def check_list_changes_operation_item(value: str) -> ListChangesOperationItem:
    if value in LIST_CHANGES_OPERATION_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_OPERATION_ITEM_VALUES!r}")
