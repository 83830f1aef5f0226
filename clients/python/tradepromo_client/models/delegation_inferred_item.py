from typing import Literal

DelegationInferredItem = Literal['activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors']

DELEGATION_INFERRED_ITEM_VALUES: set[DelegationInferredItem] = { 'activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors',  }

def check_delegation_inferred_item(value: str) -> DelegationInferredItem:
    if value in DELEGATION_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_INFERRED_ITEM_VALUES!r}")
