from typing import Literal

ListTokensSortItem = Literal['-created_at', '-id', '-name', 'created_at', 'id', 'name']

LIST_TOKENS_SORT_ITEM_VALUES: set[ListTokensSortItem] = { '-created_at', '-id', '-name', 'created_at', 'id', 'name',  }

def check_list_tokens_sort_item(value: str) -> ListTokensSortItem:
    if value in LIST_TOKENS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_SORT_ITEM_VALUES!r}")
