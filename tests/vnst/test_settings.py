from __future__ import annotations

from pathlib import Path

import pytest

from vnst.errors import ConfigError
from vnst.settings import SETTINGS, Settings, load_settings
from vnst.textnorm import fold, slug


def test_environment_then_flags():
    env = {"VNST_STORE": "/tmp/a", "VNST_QUERY_TIMEOUT": "5", "VNST_SERVICE_ALLOWLIST": "http://x/, http://y/"}
    settings = load_settings(environ=env, overrides={"query_timeout": 2.5, "max_rows": None})
    assert settings.store == Path("/tmp/a")
    assert settings.query_timeout == 2.5          # a flag beats the environment
    assert settings.max_rows == Settings().max_rows  # an unset flag falls back
    assert settings.service_allowlist == ("http://x/", "http://y/")


def test_default_store_under_xdg_data_home():
    assert load_settings(environ={"XDG_DATA_HOME": "/data"}).store == Path("/data/vnst/store")


@pytest.mark.parametrize("env", [
    {"VNST_QUERY_TIMEOUT": "soon"},
    {"VNST_QUERY_TIMEOUT": "0"},
    {"VNST_BACKEND": "mysql"},
    {"VNST_BACKEND": "remote"},
    {"VNST_ACCESS_LOG": "maybe"},
])
def test_bad_settings_are_refused(env):
    with pytest.raises(ConfigError):
        load_settings(environ=env)


def test_settings_frozen_and_table_complete():
    fields = set(Settings.__dataclass_fields__)
    assert {setting.name for setting in SETTINGS} == fields
    assert all(setting.env == "VNST_" + setting.name.upper() for setting in SETTINGS)
    with pytest.raises(AttributeError):
        Settings().port = 1  # type: ignore[misc]


@pytest.mark.parametrize("text,folded,slugged", [
    ("Đỗ Đức", "do duc", "do-duc"),
    ("Huỳnh Thành Đạt", "huynh thanh dat", "huynh-thanh-dat"),
    ("36/2016/NĐ-CP", "36/2016/nd-cp", "36-2016-nd-cp"),
    ("Cờ Đỏ", "co do", "co-do"),
    ("Chánh\u00a0Văn phòng", "chanh van phong", "chanh-van-phong"),   # a non-breaking space folds to a space
])
def test_fold_and_slug(text, folded, slugged):
    import unicodedata
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded
    assert slug(text) == slugged
