from typing import Literal

DealFieldsInferredItem = Literal['amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title']

DEAL_FIELDS_INFERRED_ITEM_VALUES: set[DealFieldsInferredItem] = { 'amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title',  }

def check_deal_fields_inferred_item(value: str) -> DealFieldsInferredItem:
    if value in DEAL_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_FIELDS_INFERRED_ITEM_VALUES!r}")
