from typing import Literal

DelegationPatchInferredType0Item = Literal['activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors']

DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES: set[DelegationPatchInferredType0Item] = { 'activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'kind', 'members', 'name', 'organizer', 'products', 'purchasers', 'represents', 'sectors', 'visitors',  }

def check_delegation_patch_inferred_type_0_item(value: str) -> DelegationPatchInferredType0Item:
    if value in DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELEGATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES!r}")
