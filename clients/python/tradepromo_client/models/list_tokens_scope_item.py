from typing import Literal

ListTokensScopeItem = Literal['admin', 'read-write']

LIST_TOKENS_SCOPE_ITEM_VALUES: set[ListTokensScopeItem] = { 'admin', 'read-write',  }

def check_list_tokens_scope_item(value: str) -> ListTokensScopeItem:
    if value in LIST_TOKENS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_SCOPE_ITEM_VALUES!r}")
