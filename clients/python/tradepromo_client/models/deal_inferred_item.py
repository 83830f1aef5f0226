from typing import Literal

DealInferredItem = Literal['amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title']

DEAL_INFERRED_ITEM_VALUES: set[DealInferredItem] = { 'amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title',  }

def check_deal_inferred_item(value: str) -> DealInferredItem:
    if value in DEAL_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_INFERRED_ITEM_VALUES!r}")
