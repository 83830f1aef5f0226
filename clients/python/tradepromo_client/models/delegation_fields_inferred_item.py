from typing import Literal

DelegationFieldsInferredItem = Literal['activities', 'activities.period', 'companies_intending_to_settle', 'companies_intending_to_settle.period', 'companies_settling', 'companies_settling.period', 'description', 'districts_and_counties', 'districts_and_counties.period', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'exhibitors', 'exhibitors.period', 'expo', 'kind', 'members', 'name', 'organizer', 'part_of', 'products', 'products.period', 'purchasers', 'purchasers.period', 'represents', 'sectors', 'visitors', 'visitors.period']

DELEGATION_FIELDS_INFERRED_ITEM_VALUES: set[DelegationFieldsInferredItem] = { 'activities', 'activities.period', 'companies_intending_to_settle', 'companies_intending_to_settle.period', 'companies_settling', 'companies_settling.period', 'description', 'districts_and_counties', 'districts_and_counties.period', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'exhibitors', 'exhibitors.period', 'expo', 'kind', 'members', 'name', 'organizer', 'part_of', 'products', 'products.period', 'purchasers', 'purchasers.period', 'represents', 'sectors', 'visitors', 'visitors.period',  }

def check_delegation_fields_inferred_item(value: str) -> DelegationFieldsInferredItem:
    if value in DELEGATION_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_FIELDS_INFERRED_ITEM_VALUES!r}")
