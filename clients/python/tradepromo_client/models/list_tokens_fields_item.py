from typing import Literal

ListTokensFieldsItem = Literal['created_at', 'id', 'name', 'revoked_at', 'scope']

LIST_TOKENS_FIELDS_ITEM_VALUES: set[ListTokensFieldsItem] = { 'created_at', 'id', 'name', 'revoked_at', 'scope',  }

def check_list_tokens_fields_item(value: str) -> ListTokensFieldsItem:
    if value in LIST_TOKENS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_FIELDS_ITEM_VALUES!r}")
