from typing import Literal

DelegationFieldsInferredItem = Literal['activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors']

DELEGATION_FIELDS_INFERRED_ITEM_VALUES: set[DelegationFieldsInferredItem] = { 'activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors',  }

def check_delegation_fields_inferred_item(value: str) -> DelegationFieldsInferredItem:
    if value in DELEGATION_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_FIELDS_INFERRED_ITEM_VALUES!r}")
