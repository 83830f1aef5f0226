from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SourceFields")



@_attrs_define
class SourceFields:
    """ 
        Attributes:
            id (str): Stable id.
            author (None | str | Unset): Byline, when stated.
            digest (None | str | Unset): SHA-256 of the text as UTF-8, in RFC 9530's Content-Digest form; the `Repr-Digest`
                of `/sources/{id}/text`. Computed by the API.
            file (None | str | Unset): File name of the document in the repository's `seeds/`, for the seeds; null for a
                source a curator added.
            inferred (list[str] | Unset): Fields inferred rather than stated.
            language (str | Unset): ISO 639-1 language. Default: 'en'.
            note (None | str | Unset): How inferred values were inferred.
            original_publisher (None | str | Unset): Publisher the document credits as its original source.
            published_on (datetime.date | None | Unset): Publication date, when stated.
            publisher (None | str | Unset): Publisher, when the document states it.
            text (str | Unset): The document's full text, at most 524288 bytes of UTF-8 (512 KiB). Written, never shown in
                the record (read it at `/sources/{id}/text`). Every quote citing the source must occur in it; a change that
                would leave one unfound is a 409.
            title (None | str | Unset): Headline, when the document states one.
     """

    id: str
    author: None | str | Unset = UNSET
    digest: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    inferred: list[str] | Unset = UNSET
    language: str | Unset = 'en'
    note: None | str | Unset = UNSET
    original_publisher: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    text: str | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        digest: None | str | Unset
        if isinstance(self.digest, Unset):
            digest = UNSET
        else:
            digest = self.digest

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        inferred: list[str] | Unset = UNSET
        if not isinstance(self.inferred, Unset):
            inferred = self.inferred



        language = self.language

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        original_publisher: None | str | Unset
        if isinstance(self.original_publisher, Unset):
            original_publisher = UNSET
        else:
            original_publisher = self.original_publisher

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        text = self.text

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
        })
        if author is not UNSET:
            field_dict["author"] = author
        if digest is not UNSET:
            field_dict["digest"] = digest
        if file is not UNSET:
            field_dict["file"] = file
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if language is not UNSET:
            field_dict["language"] = language
        if note is not UNSET:
            field_dict["note"] = note
        if original_publisher is not UNSET:
            field_dict["original_publisher"] = original_publisher
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("Expected a string: " + repr(id))


        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_type_0 = data
                if not isinstance(author_type_0, str):
                    raise TypeError("Expected a string: " + repr(author_type_0))

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            author_type_1 = data

            return author_type_1

        author = _parse_author(d.pop("author", UNSET))


        def _parse_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                digest_type_0 = data
                if not isinstance(digest_type_0, str):
                    raise TypeError("Expected a string: " + repr(digest_type_0))

                return digest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            digest_type_1 = data

            return digest_type_1

        digest = _parse_digest(d.pop("digest", UNSET))


        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                file_type_0 = data
                if not isinstance(file_type_0, str):
                    raise TypeError("Expected a string: " + repr(file_type_0))

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            file_type_1 = data

            return file_type_1

        file = _parse_file(d.pop("file", UNSET))


        _inferred = d.pop("inferred", UNSET)
        inferred: list[str] | Unset = UNSET
        if _inferred is not UNSET:
            inferred = []
            for inferred_item_data in _inferred:
                inferred_item = inferred_item_data
                if not isinstance(inferred_item, str):
                    raise TypeError("Expected a string: " + repr(inferred_item))

                inferred.append(inferred_item)


        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise TypeError("Expected a string: " + repr(language))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                note_type_0 = data
                if not isinstance(note_type_0, str):
                    raise TypeError("Expected a string: " + repr(note_type_0))

                return note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            note_type_1 = data

            return note_type_1

        note = _parse_note(d.pop("note", UNSET))


        def _parse_original_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                original_publisher_type_0 = data
                if not isinstance(original_publisher_type_0, str):
                    raise TypeError("Expected a string: " + repr(original_publisher_type_0))

                return original_publisher_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            original_publisher_type_1 = data

            return original_publisher_type_1

        original_publisher = _parse_original_publisher(d.pop("original_publisher", UNSET))


        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)



                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            published_on_type_1 = data

            return published_on_type_1

        published_on = _parse_published_on(d.pop("published_on", UNSET))


        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publisher_type_0 = data
                if not isinstance(publisher_type_0, str):
                    raise TypeError("Expected a string: " + repr(publisher_type_0))

                return publisher_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            publisher_type_1 = data

            return publisher_type_1

        publisher = _parse_publisher(d.pop("publisher", UNSET))


        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError("Expected a string: " + repr(text))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                title_type_0 = data
                if not isinstance(title_type_0, str):
                    raise TypeError("Expected a string: " + repr(title_type_0))

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            title_type_1 = data

            return title_type_1

        title = _parse_title(d.pop("title", UNSET))


        source_fields = cls(
            id=id,
            author=author,
            digest=digest,
            file=file,
            inferred=inferred,
            language=language,
            note=note,
            original_publisher=original_publisher,
            published_on=published_on,
            publisher=publisher,
            text=text,
            title=title,
        )

        return source_fields

