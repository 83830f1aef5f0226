from typing import Literal

OrganizationInferredItem = Literal['aliases', 'city', 'country', 'description', 'kind', 'name', 'officials']

ORGANIZATION_INFERRED_ITEM_VALUES: set[OrganizationInferredItem] = { 'aliases', 'city', 'country', 'description', 'kind', 'name', 'officials',  }

def check_organization_inferred_item(value: str) -> OrganizationInferredItem:
    if value in ORGANIZATION_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_INFERRED_ITEM_VALUES!r}")
