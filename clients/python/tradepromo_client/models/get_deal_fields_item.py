from typing import Literal

GetDealFieldsItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title']

GET_DEAL_FIELDS_ITEM_VALUES: set[GetDealFieldsItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title',  }

def check_get_deal_fields_item(value: str) -> GetDealFieldsItem:
    if value in GET_DEAL_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_FIELDS_ITEM_VALUES!r}")
