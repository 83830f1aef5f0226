from typing import Literal

OrganizationFieldsInferredItem = Literal['aliases', 'city', 'country', 'description', 'kind', 'name', 'officials']

ORGANIZATION_FIELDS_INFERRED_ITEM_VALUES: set[OrganizationFieldsInferredItem] = { 'aliases', 'city', 'country', 'description', 'kind', 'name', 'officials',  }

def check_organization_fields_inferred_item(value: str) -> OrganizationFieldsInferredItem:
    if value in ORGANIZATION_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_FIELDS_INFERRED_ITEM_VALUES!r}")
