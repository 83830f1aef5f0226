from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SourcePatch")



@_attrs_define
class SourcePatch:
    """ 
        Attributes:
            author (None | str | Unset): Byline, when stated. Example: Hu Min.
            digest (None | str | Unset): SHA-256 of the text as UTF-8, in RFC 9530's Content-Digest form; the `Repr-Digest`
                of `/sources/{id}/text`. Computed by the API. Example: sha-256=:iyO6lR524La4uPwrusbw5BPlC267G77UBPnqPMeApk0=:.
            file (None | str | Unset): File name of the document in the repository's `seeds/`, for the seeds; null for a
                source a curator added. Example: 004_78385f1d0b6164d4.txt.
            id (str | Unset): Stable id. Example: cqnews-chongqing-exhibition-belarus-2023.
            inferred (list[str] | None | Unset): Fields inferred rather than stated. Example: [].
            language (None | str | Unset): ISO 639-1 language. Default: 'en'. Example: en.
            note (None | str | Unset): How inferred values were inferred. Example: The date is inferred from the article's
                dateline..
            original_publisher (None | str | Unset): Publisher the document credits as its original source. Example:
                Shangyou News.
            published_on (datetime.date | None | Unset): Publication date, when stated. Example: 2023-07-03.
            publisher (None | str | Unset): Publisher, when the document states it. Example: Chongqing News.
            text (str | Unset): The document's full text, at most 524288 bytes of UTF-8 (512 KiB). Written, never shown in
                the record (read it at `/sources/{id}/text`). Every quote citing the source must occur in it; a change that
                would leave one unfound is a 409. Example: Chongqing holds the first Chongqing Global Trade Exhibition in Minsk
                ....
            title (None | str | Unset): Headline, when the document states one. Example: Chongqing holds the first Chongqing
                Global Trade Exhibition ....
     """

    author: None | str | Unset = UNSET
    digest: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    id: str | Unset = UNSET
    inferred: list[str] | None | Unset = UNSET
    language: None | str | Unset = 'en'
    note: None | str | Unset = UNSET
    original_publisher: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    text: str | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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

        id = self.id

        inferred: list[str] | None | Unset
        if isinstance(self.inferred, Unset):
            inferred = UNSET
        elif isinstance(self.inferred, list):
            inferred = self.inferred


        else:
            inferred = self.inferred

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
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
        })
        if author is not UNSET:
            field_dict["author"] = author
        if digest is not UNSET:
            field_dict["digest"] = digest
        if file is not UNSET:
            field_dict["file"] = file
        if id is not UNSET:
            field_dict["id"] = id
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
        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))


        def _parse_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digest = _parse_digest(d.pop("digest", UNSET))


        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))


        id = d.pop("id", UNSET)

        def _parse_inferred(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inferred_type_0 = cast(list[str], data)

                return inferred_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        inferred = _parse_inferred(d.pop("inferred", UNSET))


        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_original_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))


        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))


        text = d.pop("text", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        source_patch = cls(
            author=author,
            digest=digest,
            file=file,
            id=id,
            inferred=inferred,
            language=language,
            note=note,
            original_publisher=original_publisher,
            published_on=published_on,
            publisher=publisher,
            text=text,
            title=title,
        )

        return source_patch

