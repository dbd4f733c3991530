"""`vnst serve --help` lists every setting as a flag and an environment variable."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from vnst.api.cli_serve import _convert, serve
from vnst.settings import SETTINGS


def test_every_setting_is_a_flag_and_an_env_var_in_help():
    vnst = Path(sys.executable).with_name("vnst")
    help_text = subprocess.run([str(vnst), "serve", "--help"], capture_output=True, text=True,
                               check=True).stdout
    flat = re.sub(r"\s+", " ", help_text)
    for setting in SETTINGS:
        assert "--" + setting.name.replace("_", "-") in flat, setting.name
        assert setting.env in flat, setting.env


def test_flags_are_converted_by_the_settings_table():
    converted = _convert({"query_timeout": "2.5", "service_allowlist": "https://a/, https://b/",
                          "access_log": False, "port": None})
    assert converted == {"query_timeout": 2.5, "service_allowlist": ("https://a/", "https://b/"),
                         "access_log": False}


def test_a_bad_flag_value_is_a_usage_error():
    result = CliRunner().invoke(serve, ["--query-timeout", "soon"])
    assert result.exit_code == 2
