"""One reader per input format. Each takes a path and returns ``RawDocument`` records."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wiretally.errors import BinaryInput, EmptyInput, InputError, MalformedInput, MissingColumn
from wiretally.records import RawDocument
from wiretally.settings import SETTINGS

# The contract's names first (INTERFACE.md), then the names common exports use (schema.org
# NewsArticle, news APIs, scrapers), so that a user's dump needs no renaming.
TEXT_FIELDS = ("text", "body", "articleBody", "article_body", "content", "full_text")
HEADLINE_FIELDS = ("title", "headline")
ID_FIELDS = ("id",)
DATE_FIELDS = ("published", "date", "datePublished", "date_published", "published_at",
               "publishedAt", "pubDate", "publish_date", "dateCreated")  # fmt: skip
OUTLET_FIELDS = ("outlet", "source")


class PartialInput(InputError):
    """Part of a container could not be read; ``documents`` holds what was read before."""

    def __init__(self, path: str, reason: str, documents: list[RawDocument]) -> None:
        super().__init__(path, reason)
        self.documents = documents


# --------------------------------------------------------------------------- bytes -> text


def decode(data: bytes, path: str) -> str:
    """Bytes as text: UTF-8 (with or without BOM) first, else the detected encoding."""
    if not data.strip():
        raise EmptyInput(path, "the file is empty")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput(path, "the file is binary, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryInput(path, "no text encoding fits the bytes; is it a text file?")
    text = str(best)
    # A decoding full of control characters is a binary file that happened to decode.
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise BinaryInput(path, "the file is binary, not text")
    return text


def _read_bytes(path: Path, *, single_document: bool) -> bytes:
    size = path.stat().st_size
    limit = SETTINGS.max_document_mb * 1024 * 1024
    if single_document and size > limit:
        raise InputError(
            str(path),
            f"the file is {size / 1048576:.0f} MB, above the {SETTINGS.max_document_mb} MB limit "
            "for one article; split it, or raise WIRETALLY_MAX_DOCUMENT_MB",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- readers


def read_text(path: Path) -> list[RawDocument]:
    text = _normalise_newlines(decode(_read_bytes(path, single_document=True), str(path)))
    return [RawDocument(source_path=str(path), text=text, fmt="txt")]


def html_to_document(html: str, *, source_path: str, fmt: str, url: str | None = None,
                     record_index: int = 0) -> RawDocument | None:  # fmt: skip
    """Main text and metadata of an HTML page via trafilatura; None when it has no body."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Dates from markup only (meta tags, <time>, the URL): the extensive search reads
        # dates out of the body, where a photo caption's date is not the publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return RawDocument(
        source_path=source_path,
        text=text,
        title=data.get("title") or None,
        url=data.get("url") or url,
        published=_iso_date(data.get("date")),
        outlet=data.get("sitename") or None,
        author=data.get("author") or None,
        language=data.get("language") or None,
        fmt=fmt,
        record_index=record_index,
    )


def read_html(path: Path) -> list[RawDocument]:
    html = decode(_read_bytes(path, single_document=True), str(path))
    doc = html_to_document(html, source_path=str(path), fmt="html")
    if doc is None:
        raise MalformedInput(str(path), "the HTML page has no article text (empty or no body)")
    return [doc]


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def record_to_document(record: dict[str, Any], *, path: str, fmt: str, index: int,
                       where: str) -> RawDocument:  # fmt: skip
    """A JSON object or CSV row as a document; raises MissingColumn without text.

    A record with a ``title`` and no body is a headline-only report (a
    feed or a list of headlines): its text is the headline.
    """

    def filled(keys: tuple[str, ...]) -> str | None:
        return next((v for k in keys if isinstance(v := record.get(k), str) and v.strip()), None)

    headline = filled(HEADLINE_FIELDS)
    text = filled(TEXT_FIELDS) or headline
    if text is None:
        found = ", ".join(sorted(map(str, record))) or "none"
        raise MissingColumn(
            path, f"{where} has no 'text', 'body' or 'title' field; fields found: {found}"
        )

    def first(keys: tuple[str, ...]) -> str | None:
        for key in keys:
            value = record.get(key)
            if value not in (None, ""):
                return str(value)
        return None

    body = _normalise_newlines(text)
    if "<" in body and re.search(r"</?(p|div|br|html|body)\b", body, re.I):
        html_doc = html_to_document(body, source_path=path, fmt=fmt, record_index=index)
        if html_doc is not None:
            body = html_doc.text
    return RawDocument(
        source_path=path,
        text=body,
        input_id=first(ID_FIELDS),
        title=headline.strip() if headline else None,
        url=first(("url",)),
        published=_iso_date(first(DATE_FIELDS)),
        outlet=first(OUTLET_FIELDS),
        language=first(("language",)),
        fmt=fmt,
        record_index=index,
    )


def read_json(path: Path) -> list[RawDocument]:
    text = decode(_read_bytes(path, single_document=False), str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Many ".json" exports are really JSON Lines.
        if "\n" in text.strip():
            return read_jsonl(path, text=text)
        raise MalformedInput(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    records = data if isinstance(data, list) else [data]
    docs = []
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise MalformedInput(str(path), f"item {i + 1} is not a JSON object")
        docs.append(
            record_to_document(record, path=str(path), fmt="json", index=i, where=f"item {i + 1}")
        )
    return docs


def read_jsonl(path: Path, *, text: str | None = None) -> list[RawDocument]:
    if text is None:
        text = decode(_read_bytes(path, single_document=False), str(path))
    docs: list[RawDocument] = []
    problems: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            problems.append(f"line {lineno}: not a JSON object")
            continue
        try:
            docs.append(
                record_to_document(
                    record, path=str(path), fmt="jsonl", index=lineno - 1, where=f"line {lineno}"
                )
            )
        except InputError as exc:
            problems.append(exc.reason)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        reason = "; ".join(problems[:3]) + more
        if not docs:
            raise MalformedInput(str(path), reason)
        raise PartialInput(str(path), f"skipped {len(problems)} bad line(s): {reason}", docs)
    return docs


def read_csv(path: Path) -> list[RawDocument]:
    text = decode(_read_bytes(path, single_document=False), str(path))
    csv.field_size_limit(64 * 1024 * 1024)
    try:
        reader = csv.DictReader(io.StringIO(text))
        columns = reader.fieldnames or []
    except csv.Error as exc:
        raise MalformedInput(str(path), f"not a readable CSV file: {exc}") from exc
    if not any(c in columns for c in TEXT_FIELDS + HEADLINE_FIELDS):
        raise MissingColumn(
            str(path),
            f"has no 'text', 'body' or 'title' column; columns found: "
            f"{', '.join(columns) or 'none'}",
        )
    docs = []
    try:
        for i, row in enumerate(reader):
            clean = {k: v for k, v in row.items() if k is not None}
            if not any((clean.get(k) or "").strip() for k in TEXT_FIELDS + HEADLINE_FIELDS):
                continue
            docs.append(
                record_to_document(clean, path=str(path), fmt="csv", index=i, where=f"row {i + 2}")
            )
    except csv.Error as exc:
        raise PartialInput(str(path), f"CSV broken at row {reader.line_num}: {exc}", docs) from exc
    if not docs:
        raise EmptyInput(str(path), "the CSV file has no rows with text")
    return docs


def read_feed(path: Path) -> list[RawDocument]:
    """RSS 2.0 or Atom: one document per item/entry."""
    from lxml import etree

    data = _read_bytes(path, single_document=False)
    if not data.strip():
        raise EmptyInput(str(path), "the file is empty")
    # No entity resolution, no network: feed XML is untrusted.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedInput(str(path), f"not well-formed XML: {exc}") from exc

    def local(tag: object) -> str:
        return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""

    items = [el for el in root.iter() if local(el.tag) in ("item", "entry")]
    if not items:
        raise MalformedInput(str(path), "an XML file with no RSS <item> or Atom <entry>")
    docs = []
    for i, item in enumerate(items):
        fields: dict[str, str] = {}
        for child in item:
            name = local(child.tag)
            if name == "link" and child.get("href"):
                fields.setdefault("link", child.get("href") or "")
            elif name in ("encoded", "content"):
                fields["content"] = "".join(child.itertext())
            else:
                fields.setdefault(name, "".join(child.itertext()).strip())
        body = fields.get("content") or fields.get("description") or fields.get("summary") or ""
        if "<" in body:
            doc = html_to_document(body, source_path=str(path), fmt="rss", record_index=i)
            body = doc.text if doc else re.sub(r"<[^>]+>", " ", body)
        if not body.strip():
            body = fields.get("title") or ""  # a headline-only item: the headline reports
        if not body.strip():
            continue
        docs.append(
            RawDocument(
                source_path=str(path),
                text=_normalise_newlines(body.strip()),
                input_id=fields.get("guid") or fields.get("id") or None,
                title=fields.get("title") or None,
                url=fields.get("link") or None,
                published=_iso_date(
                    fields.get("pubdate") or fields.get("published") or fields.get("updated")
                ),
                outlet=None,
                author=fields.get("creator") or fields.get("author") or None,
                fmt="rss",
                record_index=i,
            )
        )
    if not docs:
        raise EmptyInput(str(path), "the feed's items carry no text")
    return docs


def _check_gzip_complete(path: Path) -> None:
    """Inflate the whole file once: warcio stops quietly at a truncated gzip member."""
    with gzip.open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def read_warc(path: Path) -> list[RawDocument]:
    """HTML responses in a WARC (plain or gzip); a truncated archive keeps what came before."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    docs: list[RawDocument] = []
    try:
        damage: Exception | None = None
        if path.name.lower().endswith(".gz"):
            try:
                _check_gzip_complete(path)
            except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
                damage = exc  # read the complete records first, then report
        with path.open("rb") as handle:
            for i, record in enumerate(ArchiveIterator(handle)):
                if record.rec_type not in ("response", "resource"):
                    continue
                ctype = ""
                if record.http_headers is not None:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                payload = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise EOFError("a record ends before its declared length")
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    text = decode(payload, f"{path} ({url})")
                except InputError:
                    continue
                if "html" in ctype.lower():
                    doc = html_to_document(
                        text, source_path=str(path), fmt="warc", url=url, record_index=i
                    )
                else:
                    doc = RawDocument(source_path=str(path), text=text, url=url, fmt="warc")
                if doc is not None:
                    if doc.published is None:
                        doc.published = _iso_date(record.rec_headers.get_header("WARC-Date"))
                    docs.append(doc)
        if damage is not None:
            raise damage
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError) as exc:
        reason = f"the WARC archive is damaged or truncated ({type(exc).__name__}: {exc})"
        if docs:
            raise PartialInput(
                str(path), f"{reason}; kept {len(docs)} page(s) before it", docs
            ) from exc
        raise MalformedInput(str(path), reason) from exc
    if not docs:
        raise EmptyInput(str(path), "the WARC archive holds no HTML or text responses")
    return docs


Reader = Callable[[Path], list[RawDocument]]
READERS: dict[str, Reader] = {
    "txt": read_text,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "rss": read_feed,
    "warc": read_warc,
}

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".xml": "rss", ".rss": "rss", ".atom": "rss",
    ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip


def detect_format(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    if name.endswith(".gz"):
        return _EXTENSIONS.get(Path(name[:-3]).suffix)
    return _EXTENSIONS.get(path.suffix.lower())


def _read_gzipped(path: Path, fmt: str) -> list[RawDocument]:
    """A gzip-compressed file of another format (``feed.jsonl.gz``): inflate, then read."""
    import tempfile

    limit = SETTINGS.max_document_mb * 1024 * 1024 * (1 if fmt in ("txt", "html") else 20)
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise MalformedInput(
            str(path), f"the gzip file is damaged or truncated ({type(exc).__name__})"
        ) from exc
    if len(data) > limit:
        raise InputError(str(path), f"the file inflates to more than {limit >> 20} MB")
    with tempfile.TemporaryDirectory(prefix="wiretally-") as tmp:
        inner = Path(tmp) / path.name[:-3]
        inner.write_bytes(data)
        try:
            docs = READERS[fmt](inner)
        except PartialInput as exc:
            exc.path = str(path)
            for doc in exc.documents:
                doc.source_path = str(path)
            raise
        except InputError as exc:
            exc.path = str(path)
            raise
    for doc in docs:
        doc.source_path = str(path)
    return docs


def read_file(path: Path) -> list[RawDocument]:
    fmt = detect_format(path)
    if fmt is None:
        known = ", ".join(sorted(_EXTENSIONS)) + " (and any of them gzip-compressed: .gz)"
        raise InputError(str(path), f"unknown file type '{path.suffix}'; known: {known}")
    if fmt != "warc" and path.name.lower().endswith(".gz"):
        return _read_gzipped(path, fmt)
    return READERS[fmt](path)
