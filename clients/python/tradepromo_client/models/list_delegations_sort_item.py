from typing import Literal

ListDelegationsSortItem = Literal['-activities', '-companies_intending_to_settle', '-companies_settling', '-districts_and_counties', '-enterprises', '-exhibition_area', '-exhibitors', '-expo', '-id', '-kind', '-name', '-products', '-purchasers', '-visitors', 'activities', 'companies_intending_to_settle', 'companies_settling', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'kind', 'name', 'products', 'purchasers', 'visitors']

LIST_DELEGATIONS_SORT_ITEM_VALUES: set[ListDelegationsSortItem] = { '-activities', '-companies_intending_to_settle', '-companies_settling', '-districts_and_counties', '-enterprises', '-exhibition_area', '-exhibitors', '-expo', '-id', '-kind', '-name', '-products', '-purchasers', '-visitors', 'activities', 'companies_intending_to_settle', 'companies_settling', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'kind', 'name', 'products', 'purchasers', 'visitors',  }

def check_list_delegations_sort_item(value: str) -> ListDelegationsSortItem:
    if value in LIST_DELEGATIONS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_SORT_ITEM_VALUES!r}")
