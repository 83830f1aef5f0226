from typing import Literal

ListSourcesSortItem = Literal['-file', '-id', '-published_on', '-title', 'file', 'id', 'published_on', 'title']

LIST_SOURCES_SORT_ITEM_VALUES: set[ListSourcesSortItem] = { '-file', '-id', '-published_on', '-title', 'file', 'id', 'published_on', 'title',  }

def check_list_sources_sort_item(value: str) -> ListSourcesSortItem:
    if value in LIST_SOURCES_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SOURCES_SORT_ITEM_VALUES!r}")
