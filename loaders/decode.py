"""Reading a text source: refuse binary and non-UTF-8 input clearly, normalise to NFC."""

from __future__ import annotations

from vnst.errors import UnsupportedInput
from vnst.textnorm import nfc

_SNIFF = 8192


def decode_text(data: bytes, *, path: str) -> str:
    """UTF-8 bytes -> NFC text. Binary or non-UTF-8 input raises UnsupportedInput
    naming the file and the line of the first bad byte."""
    head = data[:_SNIFF]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise UnsupportedInput(f"{path}: binary file, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnsupportedInput(
            f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8") from exc
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(head)


__all__ = ["decode_text"]
