from __future__ import annotations

import unicodedata

import pytest

from vnst.errors import UnsupportedInput
from vnst.loaders.decode import decode_text


@pytest.mark.parametrize("raw,expected", [
    ("Cần Thơ".encode(), "Cần Thơ"),
    (unicodedata.normalize("NFD", "Cần Thơ").encode(), "Cần Thơ"),          # NFD in, NFC out
    (b"\xef\xbb\xbf" + "Sở KH&CN".encode(), "Sở KH&CN"),                      # BOM dropped
    ("a\r\nb\rc".encode(), "a\nb\nc"),                                        # line ends
    ("ký\u00a0kết".encode(), "ký\u00a0kết"),                                  # NBSP kept
])
def test_decodes_to_nfc(raw: bytes, expected: str):
    assert decode_text(raw, path="x.txt") == expected


@pytest.mark.parametrize("raw,message", [
    (b"\x00\x01binary", "x.txt: binary file"),
    (b"line one\nline two\n\xff\xfe bad", "x.txt:3: not UTF-8"),
])
def test_refuses(raw: bytes, message: str):
    with pytest.raises(UnsupportedInput) as info:
        decode_text(raw, path="x.txt")
    assert str(info.value).startswith(message)
