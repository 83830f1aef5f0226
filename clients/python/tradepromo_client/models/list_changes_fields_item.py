from typing import Literal

ListChangesFieldsItem = Literal['actor', 'after', 'at', 'before', 'id', 'operation', 'record', 'resource']

LIST_CHANGES_FIELDS_ITEM_VALUES: set[ListChangesFieldsItem] = { 'actor', 'after', 'at', 'before', 'id', 'operation', 'record', 'resource',  }

def check_list_changes_fields_item(value: str) -> ListChangesFieldsItem:
    if value in LIST_CHANGES_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_FIELDS_ITEM_VALUES!r}")
