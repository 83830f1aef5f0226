from typing import Literal

DelegationPatchInferredType0Item = Literal['activities', 'activities.period', 'companies_intending_to_settle', 'companies_intending_to_settle.period', 'companies_settling', 'companies_settling.period', 'description', 'districts_and_counties', 'districts_and_counties.period', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'exhibitors', 'exhibitors.period', 'expo', 'kind', 'members', 'name', 'organizer', 'part_of', 'products', 'products.period', 'purchasers', 'purchasers.period', 'represents', 'sectors', 'visitors', 'visitors.period']

DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES: set[DelegationPatchInferredType0Item] = { 'activities', 'activities.period', 'companies_intending_to_settle', 'companies_intending_to_settle.period', 'companies_settling', 'companies_settling.period', 'description', 'districts_and_counties', 'districts_and_counties.period', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'exhibitors', 'exhibitors.period', 'expo', 'kind', 'members', 'name', 'organizer', 'part_of', 'products', 'products.period', 'purchasers', 'purchasers.period', 'represents', 'sectors', 'visitors', 'visitors.period',  }

def check_delegation_patch_inferred_type_0_item(value: str) -> DelegationPatchInferredType0Item:
    if value in DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES!r}")
