from typing import Literal

ListChangesSortItem = Literal['-at', '-id', 'at', 'id']

LIST_CHANGES_SORT_ITEM_VALUES: set[ListChangesSortItem] = { '-at', '-id', 'at', 'id',  }

def check_list_changes_sort_item(value: str) -> ListChangesSortItem:
    if value in LIST_CHANGES_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_SORT_ITEM_VALUES!r}")
