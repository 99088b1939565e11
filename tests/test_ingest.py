"""Ingest, clean, split and store: formats, metadata, and every kind of bad input.

All texts here are illustrative, written for these tests.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wiretally.ingest import read_file
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store
from wiretally.store.base import Store

BODY = (
    "Rebels fired mortar rounds at a checkpoint outside the town of Example on Monday, "
    "wounding two guards, officials said. The attack was the third this month.\n\n"
    "A spokesman for the provincial council said the guards were taken to hospital. "
    "No group has claimed responsibility for the shelling so far."
)
NO_PROCESS = IngestOptions(process=False, progress=False)


def run(paths: list[Path], store: Store):
    return ingest([str(p) for p in paths], store=store, options=NO_PROCESS)


@pytest.fixture()
def store() -> Store:
    return open_store("memory://")


# --------------------------------------------------------------------------- formats


def test_txt_with_leading_date_title_and_dateline(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2024-03-05 Mortar attack wounds two guards\n\nEXAMPLETOWN (AP) — " + BODY,
        encoding="utf-8",
    )
    summary = run([path], store)
    assert summary.articles_stored == 1 and not summary.failed
    (article,) = store.iter_articles()
    assert article.published == "2024-03-05" and not article.published_inferred
    assert article.title == "Mortar attack wounds two guards"
    assert article.outlet == "Associated Press"
    assert "mortar rounds" in article.text
    assert article.language == "en"


def test_html_main_text_and_metadata(tmp_path: Path, store: Store) -> None:
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (
        "<html><head><title>Mortar attack | Example News</title>"
        '<meta property="og:title" content="Mortar attack wounds two guards">'
        '<meta name="author" content="Jane Writer">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<meta property="og:site_name" content="Example News">'
        "</head><body><nav>Home | World | Sport</nav><article>"
        f"<h1>Mortar attack wounds two guards</h1>{paras}</article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    run([path], store)
    (article,) = store.iter_articles()
    assert article.title == "Mortar attack wounds two guards"
    assert article.published == "2024-03-05"
    assert article.outlet == "Example News"
    assert "mortar rounds" in article.text and "Home | World" not in article.text


def test_json_jsonl_csv_keep_input_ids(tmp_path: Path, store: Store) -> None:
    records = [
        {"id": "rec-1", "title": "Mortar attack", "text": BODY, "date": "2024-03-05"},
        {"id": "rec-2", "body": BODY.replace("Monday", "Tuesday"), "source": "Wire B"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "rec-3", "text": BODY.replace("two", "three")}) + "\n", encoding="utf-8"
    )
    (tmp_path / "c.csv").write_text(
        "id,title,text,published\n"
        + f'rec-4,Shelling,"{BODY.replace("two", "four")}",2024-03-06\n',
        encoding="utf-8",
    )
    summary = run([tmp_path], store)
    assert not summary.failed
    ids = {a.id for a in store.iter_articles()}
    assert ids == {"rec-1", "rec-2", "rec-3", "rec-4"}
    assert store.get_article("rec-2").outlet == "Wire B"  # type: ignore[union-attr]
    assert store.get_article("rec-4").published == "2024-03-06"  # type: ignore[union-attr]


def test_rss_and_atom(tmp_path: Path, store: Store) -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        "<item><title>Mortar attack</title><link>https://example.org/a</link>"
        "<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{BODY}</p>]]></description></item></channel></rss>"
    )
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
        "<entry><title>Second attack</title><updated>2024-03-07T00:00:00Z</updated>"
        f'<content type="text">{BODY.replace("two", "five")}</content></entry></feed>'
    )
    (tmp_path / "f.rss").write_text(rss, encoding="utf-8")
    (tmp_path / "g.atom").write_text(atom, encoding="utf-8")
    summary = run([tmp_path], store)
    assert not summary.failed, summary.problems
    by_title = {a.title: a for a in store.iter_articles()}
    assert by_title["Mortar attack"].published == "2024-03-05"
    assert by_title["Mortar attack"].url == "https://example.org/a"
    assert by_title["Second attack"].published == "2024-03-07"


def _warc(path: Path, pages: list[str]) -> None:
    """A gzipped WARC written by hand (one gzip member per record, as crawlers write it)."""
    with path.open("wb") as handle:
        for n, body in enumerate(pages):
            html = f"<html><head><title>Page {n}</title></head><body><article>"
            html += "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</article></body></html>"
            http = (
                "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
            ).encode()
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
                "WARC-Date: 2024-03-05T10:00:00Z\r\n"
                f"WARC-Target-URI: https://example.org/{n}\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n"
            ).encode()
            handle.write(gzip.compress(head + http + b"\r\n\r\n"))


def test_warc_and_truncated_warc(tmp_path: Path, store: Store) -> None:
    good = tmp_path / "crawl.warc.gz"
    _warc(good, [BODY, BODY.replace("two", "six")])
    assert len(read_file(good)) == 2
    bad = tmp_path / "cut.warc.gz"
    data = good.read_bytes()
    bad.write_bytes(data[: int(len(data) * 0.75)])
    summary = run([good, bad], store)
    assert summary.articles_stored >= 2
    assert [p.path for p in summary.problems] == [str(bad)]
    assert "damaged or truncated" in summary.problems[0].reason


def test_gzipped_jsonl_and_truncated_gzip(tmp_path: Path, store: Store) -> None:
    payload = (json.dumps({"id": "gz-1", "text": BODY}) + "\n").encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(payload))
    blob = gzip.compress(payload * 50)
    (tmp_path / "b.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    summary = run([tmp_path], store)
    assert store.get_article("gz-1") is not None
    assert [Path(p.path).name for p in summary.problems] == ["b.jsonl.gz"]
    assert "gzip" in summary.problems[0].reason


# --------------------------------------------------------------------------- bad input


def test_bad_inputs_one_line_each_and_the_rest_stored(tmp_path: Path, store: Store) -> None:
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes(BODY.replace("said", "said café").encode("latin-1"))
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": BODY})
        + "\n{not json\n"
        + json.dumps({"id": "ok-2", "text": BODY.replace("two", "nine")})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "cols.csv").write_text("heading,when\nA,2024-01-01\n", encoding="utf-8")
    (tmp_path / "nobody.html").write_text("<html><head><title>x</title></head></html>")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    summary = run([tmp_path], store)
    reasons = {Path(p.path).name: p.reason for p in summary.problems}
    assert set(reasons) == {
        "empty.txt", "blank.txt", "image.txt", "lines.jsonl", "cols.csv", "nobody.html",
        "notes.docx", "dangling.txt",
    }  # fmt: skip
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"]
    assert "line 2" in reasons["lines.jsonl"]
    assert "text" in reasons["cols.csv"] and "heading" in reasons["cols.csv"]
    assert "unknown file type" in reasons["notes.docx"]
    ids = {a.id for a in store.iter_articles()}
    assert {"ok-1", "ok-2"} <= ids
    texts = [a.text for a in store.iter_articles()]
    assert any("café" in t for t in texts), "a Latin-1 file is decoded, not rejected"
    assert summary.failed


def test_oversized_file_is_reported_not_read(tmp_path: Path, store: Store) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    (tmp_path / "fine.txt").write_text(BODY, encoding="utf-8")
    summary = run([tmp_path], store)
    (problem,) = summary.problems
    assert problem.path == str(big) and "200 MB" in problem.reason
    assert summary.articles_stored == 1


def test_missing_path_and_empty_glob(tmp_path: Path, store: Store) -> None:
    summary = ingest(
        [str(tmp_path / "nope"), str(tmp_path / "*.none")], store=store, options=NO_PROCESS
    )
    assert len(summary.problems) == 2 and summary.failed


def test_many_files_with_some_unreadable(tmp_path: Path, store: Store) -> None:
    for n in range(300):
        (tmp_path / f"d{n % 7}").mkdir(exist_ok=True)
        path = tmp_path / f"d{n % 7}" / f"{n:05d}.txt"
        if n % 50 == 0:
            path.write_bytes(b"\x00\x01\x02" * 10)
        else:
            path.write_text(f"Report number {n}. " + BODY, encoding="utf-8")
    summary = run([tmp_path], store)
    assert summary.files == 300
    assert len(summary.problems) == 6
    assert summary.articles_stored == 294


# --------------------------------------------------------------------------- store behaviour


def test_reingest_adds_nothing_and_duplicates_are_counted(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "copy.txt").write_text(BODY + "\n\n", encoding="utf-8")  # same text
    store = open_store(str(db))
    first = run([tmp_path / "in"], store)
    assert first.articles_stored == 1 and first.duplicates == 1
    before = store.counts()
    second = run([tmp_path / "in"], store)
    assert second.files_unchanged == 2 and second.articles_stored == 0
    assert store.counts() == before
    hits = store.query_articles(_query("mortar"), limit=10, offset=0)
    assert hits.total == 1


def _query(text: str):
    from wiretally.store.base import ArticleQuery

    return ArticleQuery(q=text)


def test_interrupt_mid_file_leaves_the_store_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(tmp_path / "w.db"))
    (tmp_path / "first.txt").write_text(BODY, encoding="utf-8")
    run([tmp_path / "first.txt"], store)
    before = store.counts()
    many = tmp_path / "many.jsonl"
    many.write_text(
        "".join(json.dumps({"id": f"m{n}", "text": f"Item {n}. " + BODY}) + "\n" for n in range(5)),
        encoding="utf-8",
    )
    real_put = store.put_article
    calls = {"n": 0}

    def interrupted(article):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_put(article)

    monkeypatch.setattr(store, "put_article", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([many], store)
    monkeypatch.undo()
    reopened = open_store(str(tmp_path / "w.db"))
    assert reopened.counts() == before
    assert reopened.get_article("m0") is None
    # The interrupted file was not recorded as seen: the next run ingests it whole.
    again = run([many], reopened)
    assert again.articles_stored == 5


def test_headline_only_records_keep_the_headline_as_text(tmp_path: Path, store: Store) -> None:
    # A list of headlines (a CSV with no body column) and a feed item with no description:
    # each headline is the report.
    (tmp_path / "h.csv").write_text(
        "id,title,published\nh-1,Warplanes bomb a fuel depot outside Idlib,2024-03-06\n",
        encoding="utf-8",
    )
    (tmp_path / "f.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        "<item><title>Gunmen storm a checkpoint near Kidal</title>"
        "<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    summary = run([tmp_path], store)
    assert not summary.failed, summary.problems
    by_title = {a.title: a for a in store.iter_articles()}
    assert by_title["Warplanes bomb a fuel depot outside Idlib"].text == (
        "Warplanes bomb a fuel depot outside Idlib"
    )
    assert by_title["Gunmen storm a checkpoint near Kidal"].text.startswith("Gunmen storm")


def test_csv_without_text_or_title_names_what_it_needs(tmp_path: Path, store: Store) -> None:
    (tmp_path / "t.csv").write_text("heading,day\nA,1\n", encoding="utf-8")
    summary = run([tmp_path], store)
    assert summary.failed
    assert "no 'text', 'body' or 'title' column" in str(summary.problems)


def test_common_export_field_names_and_a_dated_heading_line(tmp_path: Path) -> None:
    from wiretally.pipeline import IngestOptions, ingest
    from wiretally.store import open_store

    (tmp_path / "a.json").write_text(
        '{"headline": "Depot hit", "datePublished": "2026-06-10T07:00:00Z", '
        '"articleBody": "A drone strike hit a fuel depot in Kerman on Monday night."}',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Kabul | 19 March 2026\n\nA bomb exploded near a mosque in Kabul on Wednesday, "
        "police said, wounding six worshippers.\n",
        encoding="utf-8",
    )
    store = open_store("memory://")
    ingest([str(tmp_path)], store=store, options=IngestOptions(process=False, progress=False))
    got = {a.source_path.rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    assert (got["a.json"].title, got["a.json"].published) == ("Depot hit", "2026-06-10")
    assert got["b.txt"].published == "2026-03-19"
