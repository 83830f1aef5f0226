from typing import Literal

GetSourceFieldsItem = Literal['author', 'digest', 'file', 'id', 'inferred', 'language', 'note', 'original_publisher', 'published_on', 'publisher', 'title']

GET_SOURCE_FIELDS_ITEM_VALUES: set[GetSourceFieldsItem] = { 'author', 'digest', 'file', 'id', 'inferred', 'language', 'note', 'original_publisher', 'published_on', 'publisher', 'title',  }

def check_get_source_fields_item(value: str) -> GetSourceFieldsItem:
    if value in GET_SOURCE_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SOURCE_FIELDS_ITEM_VALUES!r}")
