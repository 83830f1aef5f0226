from typing import Literal

OrganizationPatchKind = Literal['chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank']

ORGANIZATION_PATCH_KIND_VALUES: set[OrganizationPatchKind] = { 'chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank',  }

def check_organization_patch_kind(value: str) -> OrganizationPatchKind:
    if value in ORGANIZATION_PATCH_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_PATCH_KIND_VALUES!r}")
