from typing import Literal

ListSourcesFieldsItem = Literal['author', 'digest', 'file', 'id', 'inferred', 'language', 'note', 'original_publisher', 'published_on', 'publisher', 'title']

LIST_SOURCES_FIELDS_ITEM_VALUES: set[ListSourcesFieldsItem] = { 'author', 'digest', 'file', 'id', 'inferred', 'language', 'note', 'original_publisher', 'published_on', 'publisher', 'title',  }

def check_list_sources_fields_item(value: str) -> ListSourcesFieldsItem:
    if value in LIST_SOURCES_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SOURCES_FIELDS_ITEM_VALUES!r}")
