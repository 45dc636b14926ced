"""Settings: defaults < newssift.toml (or $NEWSSIFT_CONFIG) < NEWSSIFT_* env < overrides."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newssift.errors import ConfigError
from newssift.settings import Settings, describe


def load(tmp_path: Path, toml: str | None = None, env: dict | None = None,
         overrides: dict | None = None) -> Settings:
    if toml is not None:
        (tmp_path / "newssift.toml").write_text(toml, encoding="utf-8")
    return Settings.load(overrides, environ=env or {}, cwd=tmp_path)


def test_defaults_apply_without_file_env_or_overrides(tmp_path):
    settings = load(tmp_path)
    assert settings == Settings()
    assert settings.max_bytes == 2 * 1024 * 1024
    assert settings.allow_non_english is True
    assert settings.analyzers is None


def test_each_layer_beats_the_one_below(tmp_path):
    toml = "max_bytes = 1000\nmax_chars = 900\nbatch_size = 4\n"
    env = {"NEWSSIFT_MAX_CHARS": "800", "NEWSSIFT_BATCH_SIZE": "8"}
    settings = load(tmp_path, toml, env, {"batch_size": 32})
    assert (settings.max_bytes, settings.max_chars, settings.batch_size) == (1000, 800, 32)


def test_none_overrides_fall_through_to_lower_layers(tmp_path):
    settings = load(tmp_path, "batch_size = 4\n", overrides={"batch_size": None})
    assert settings.batch_size == 4


def test_config_env_names_another_file_and_newssift_table_is_read(tmp_path):
    other = tmp_path / "elsewhere.toml"
    other.write_text('[newssift]\nanalyzers = ["quotes", "quantities"]\n', encoding="utf-8")
    settings = load(tmp_path, "batch_size = 4\n", {"NEWSSIFT_CONFIG": str(other)})
    assert settings.analyzers == ("quotes", "quantities")
    assert settings.batch_size == 16  # ./newssift.toml is not read when NEWSSIFT_CONFIG is set


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("NEWSSIFT_ALLOW_NON_ENGLISH", "0", ("allow_non_english", False)),
        ("NEWSSIFT_ALLOW_NON_ENGLISH", "Yes", ("allow_non_english", True)),
        ("NEWSSIFT_ALLOW_NON_ENGLISH", "off", ("allow_non_english", False)),
        ("NEWSSIFT_ANALYZERS", "quotes, statements", ("analyzers", ("quotes", "statements"))),
        ("NEWSSIFT_ANALYZERS", "", ("analyzers", None)),
        ("NEWSSIFT_MAX_BYTES", "4_000_000", ("max_bytes", 4_000_000)),
        ("NEWSSIFT_HTML_FETCH_TIMEOUT", "2.5", ("html_fetch_timeout", 2.5)),
        ("NEWSSIFT_DATABASE", "postgresql://localhost/news", ("database",
                                                                "postgresql://localhost/news")),
    ],
)
def test_environment_values_are_parsed_to_the_setting_type(tmp_path, variable, value, expected):
    name, wanted = expected
    assert getattr(load(tmp_path, env={variable: value}), name) == wanted


@pytest.mark.parametrize(
    ("toml", "env", "overrides", "message"),
    [
        ("max_byte = 10\n", {}, {}, "unknown setting(s) max_byte in config file"),
        ('max_bytes = "lots"\n', {}, {}, "bad value 'lots' for setting max_bytes"),
        ("max_bytes = true\n", {}, {}, "expected a number, got a boolean"),
        ("max_bytes = [\n", {}, {}, "is not valid TOML"),
        ("", {"NEWSSIFT_ALLOW_NON_ENGLISH": "perhaps"}, {}, "NEWSSIFT_ALLOW_NON_ENGLISH"),
        ("", {"NEWSSIFT_CONFIG": "/nonexistent/newssift.toml"}, {}, "does not name a readable"),
        ("", {}, {"colour": "red"}, "unknown setting(s) colour in overrides"),
        ("", {}, {"max_bytes": 0}, "max_bytes must be positive"),
        ("", {}, {"analyzers": [1, 2]}, "expected a list of names"),
    ],
)
def test_bad_settings_raise_config_error_naming_the_problem(tmp_path, toml, env, overrides,
                                                            message):
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, toml, env, overrides)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_settings_are_frozen_and_replace_checks_values():
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.max_bytes = 1  # type: ignore[misc]
    assert settings.replace(max_chars="500").max_chars == 500
    with pytest.raises(ConfigError):
        settings.replace(nonsense=1)


def test_every_setting_is_described():
    described = describe()
    assert set(described) == {f.name for f in dataclasses.fields(Settings)}
    assert all(text for _, text in described.values())
