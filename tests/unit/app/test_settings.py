"""Settings: a broken file is reported and never lost; saving keeps the user's comments."""

from pathlib import Path

from app.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "none.toml")
    assert loaded.problem is None and loaded.settings == Settings()


def test_valid_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text('[general]\nlanguage = "sv"\ndefault_region = "se"\n\n[[sip.accounts]]\nname = "Work"\n'
                    'registrar = "pbx.example.com"\nuser = "1001"\ntransport = "tls"\n', encoding="utf-8")
    s = load_settings(path).settings
    assert s.general.language == "sv" and s.general.default_region == "SE"
    assert s.sip.accounts[0].transport == "tls"


def test_corrupt_toml_is_reported_with_defaults_and_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    broken = '[general\nlanguage = "da"\n\x00garbage'
    path.write_text(broken, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.problem is not None and "not valid TOML" in str(loaded.problem) and str(path) in str(loaded.problem)
    assert loaded.settings == Settings()
    assert path.read_text(encoding="utf-8") == broken


def test_wrong_values_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text('[general]\nlanguage = "klingon"\ndefault_region = "XX"\n', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.problem is not None
    assert "general.language" in str(loaded.problem) and "general.default_region" in str(loaded.problem)


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_bytes(b'[general]\nuser = "\xff\xfe"\n')
    assert load_settings(path).problem is not None


def test_saving_a_broken_file_moves_it_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text("not = [valid", encoding="utf-8")
    loaded = load_settings(path)
    loaded.settings.general.language = "nb"
    save_settings(loaded)
    kept = list(tmp_path.glob("skranke.toml.broken-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "not = [valid"
    assert load_settings(path).settings.general.language == "nb"


def test_saving_keeps_comments_and_unknown_order(tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text("# my note about the region\n[general]\ndefault_region = \"NO\" # Oslo office\n",
                    encoding="utf-8")
    loaded = load_settings(path)
    loaded.settings.general.language = "da"
    save_settings(loaded)
    text = path.read_text(encoding="utf-8")
    assert "# my note about the region" in text and "# Oslo office" in text
    again = load_settings(path)
    assert again.problem is None
    assert again.settings.general.language == "da" and again.settings.general.default_region == "NO"


def test_passwords_have_no_place_in_the_schema() -> None:
    names = set()

    def walk(model: type) -> None:
        for name, field in model.model_fields.items():  # type: ignore[attr-defined]
            names.add(name)
            ann = field.annotation
            if isinstance(ann, type) and hasattr(ann, "model_fields"):
                walk(ann)
    walk(Settings)
    from app.settings import SipAccountSettings
    walk(SipAccountSettings)
    assert not {n for n in names if "pass" in n or "secret" in n}
