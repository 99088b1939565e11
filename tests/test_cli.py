"""The command line as a user meets it: messages name the file and the reason, exit codes
follow INTERFACE.md (0 ok, 1 a user error, 2 a usage error)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wiretally.cli import cli

TEXT = "Gunmen fired on a police post in the town of Example on Sunday, wounding one officer."


def test_ingest_reports_each_bad_file_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "table.csv").write_text("heading,day\nA,1\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db, "--no-process"])
    assert result.exit_code == 1
    out = result.output
    assert f"{tmp_path / 'in' / 'empty.txt'}: the file is empty" in out
    assert "table.csv" in out and "columns found: heading, day" in out
    assert "1 stored" in out
    again = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in" / "ok.txt"), "--db", db,
                                     "--no-process"])  # fmt: skip
    assert again.exit_code == 0 and "1 unchanged" in again.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest"]).exit_code == 2
    bad_what = runner.invoke(cli, ["export", "--db", str(tmp_path / "w.db"), "--what", "nope"])
    assert bad_what.exit_code == 2


def test_export_articles_jsonl_has_every_interface_field(tmp_path: Path) -> None:
    import json

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", db,
                               "--no-process"]).exit_code == 0  # fmt: skip
    result = runner.invoke(cli, ["export", "--db", db, "--what", "articles", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    record = json.loads(line)
    assert list(record) == ["id", "source_path", "title", "outlet", "url", "published",
                            "published_inferred", "language", "text", "parent_id"]  # fmt: skip
    assert record["text"] == TEXT


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--db", str(bogus)])
    assert result.exit_code == 1
    assert "not a wiretally database" in result.output


def test_export_rejects_a_format_a_kind_lacks_before_writing(tmp_path: Path) -> None:
    target = tmp_path / "stories.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "w.db"), "--what",
                                      "stories", "--format", "csv", "-o", str(target)])  # fmt: skip
    assert result.exit_code == 2 and "stories: jsonl" in result.output
    assert not target.exists()
    filtered = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "w.db"), "--what",
                                        "claims", "--country", "SY"])  # fmt: skip
    assert filtered.exit_code == 2 and "apply to --what events" in filtered.output
