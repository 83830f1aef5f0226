from typing import Literal

DealPatchInferredType0Item = Literal['amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title']

DEAL_PATCH_INFERRED_TYPE_0_ITEM_VALUES: set[DealPatchInferredType0Item] = { 'amount', 'amount.period', 'delegation', 'description', 'enterprises', 'enterprises.period', 'expo', 'includes', 'kind', 'parties', 'projects', 'projects.period', 'scope', 'sectors', 'signed_on', 'subject', 'title',  }

def check_deal_patch_inferred_type_0_item(value: str) -> DealPatchInferredType0Item:
    if value in DEAL_PATCH_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_PATCH_INFERRED_TYPE_0_ITEM_VALUES!r}")
