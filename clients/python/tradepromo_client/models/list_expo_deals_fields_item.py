from typing import Literal

ListExpoDealsFieldsItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title']

LIST_EXPO_DEALS_FIELDS_ITEM_VALUES: set[ListExpoDealsFieldsItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title',  }

def check_list_expo_deals_fields_item(value: str) -> ListExpoDealsFieldsItem:
    if value in LIST_EXPO_DEALS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_FIELDS_ITEM_VALUES!r}")
