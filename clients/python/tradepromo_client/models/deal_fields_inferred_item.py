from typing import Literal

DealFieldsInferredItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'kind', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'subject', 'title']

DEAL_FIELDS_INFERRED_ITEM_VALUES: set[DealFieldsInferredItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'kind', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'subject', 'title',  }

def check_deal_fields_inferred_item(value: str) -> DealFieldsInferredItem:
    if value in DEAL_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_FIELDS_INFERRED_ITEM_VALUES!r}")
