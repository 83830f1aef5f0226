from typing import Literal

OrganizationKind = Literal['chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank']

ORGANIZATION_KIND_VALUES: set[OrganizationKind] = { 'chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank',  }

def check_organization_kind(value: str) -> OrganizationKind:
    if value in ORGANIZATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_KIND_VALUES!r}")
