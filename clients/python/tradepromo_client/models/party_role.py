from typing import Literal

PartyRole = Literal['buyer', 'partner', 'seller', 'signatory']

PARTY_ROLE_VALUES: set[PartyRole] = { 'buyer', 'partner', 'seller', 'signatory',  }

def check_party_role(value: str) -> PartyRole:
    if value in PARTY_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTY_ROLE_VALUES!r}")
