from typing import Literal

OrganizationPatchInferredType0Item = Literal['aliases', 'city', 'country', 'description', 'kind', 'name', 'officials']

ORGANIZATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES: set[OrganizationPatchInferredType0Item] = { 'aliases', 'city', 'country', 'description', 'kind', 'name', 'officials',  }

def check_organization_patch_inferred_type_0_item(value: str) -> OrganizationPatchInferredType0Item:
    if value in ORGANIZATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_PATCH_INFERRED_TYPE_0_ITEM_VALUES!r}")
