"""Settings: layered resolution, and every setting documented in the README."""

from __future__ import annotations

from pathlib import Path

from wiretally.settings import DECLARED, Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [s.name for s in DECLARED if f"`{s.name}`" not in text]
    assert not missing, f"settings missing from the README's table: {missing}"


def test_layers_file_then_environment_then_flag(tmp_path: Path) -> None:
    config = tmp_path / "wiretally.toml"
    config.write_text('page_size = 20\nembedder = "fake.v1"\n', encoding="utf-8")
    settings = Settings(environ={"WIRETALLY_PAGE_SIZE": "30"}, config=config)
    assert settings.page_size == 30  # environment beats the file
    assert settings.embedder == "fake.v1"  # the file beats the default
    settings.override(page_size=40, embedder=None)
    assert settings.page_size == 40 and settings.embedder == "fake.v1"
    assert Settings(environ={}, config=tmp_path / "none.toml").page_size == 50
