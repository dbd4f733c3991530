"""A SPARQL tokenizer good enough to inspect and rewrite queries safely.

It does not parse SPARQL; it splits the text into tokens so that keywords
inside strings, IRIs and comments are never mistaken for operations (a
``SERVICE`` in a comment is not a SERVICE call, and ``"LOAD"`` is a string).
``\\uXXXX`` escapes are decoded first, as the SPARQL grammar does before
parsing, so ``SERVIC\\u0045`` is still seen as ``SERVICE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from vnst.errors import QuerySyntaxError

_PN_CHARS = r"A-Za-z0-9_\-\u00B7\u00C0-\uFFFF"
_LOCAL_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]|%[0-9A-Fa-f]{2}"
_PNAME = (rf"(?:[A-Za-z\u00C0-\uFFFF](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:"
          rf"(?:(?:[{_PN_CHARS}:]|{_LOCAL_ESC})(?:(?:[{_PN_CHARS}.:]|{_LOCAL_ESC})*"
          rf"(?:[{_PN_CHARS}:]|{_LOCAL_ESC}))?)?")

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
      | (?P<bnode>_:[A-Za-z0-9_\u00C0-\uFFFF](?:[A-Za-z0-9_.\-\u00B7\u00C0-\uFFFF]*[A-Za-z0-9_\-\u00B7\u00C0-\uFFFF])?)
      | (?P<pname>""" + _PNAME + r""")
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<punct>&&|\|\||!=|<=|>=|\^\^|.)""",
    re.X | re.S)

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Token:
    kind: str   # iri, string, var, bnode, pname, lang, number, word, punct
    text: str
    start: int  # offsets in the decoded text
    end: int

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def decode_escapes(text: str) -> str:
    """Apply SPARQL's \\u / \\U code-point escapes, as parsers do before tokenizing."""
    def one(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)
    return _ESCAPE.sub(one, text)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (already decoded); raises QuerySyntaxError on an unterminated string."""
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        assert match is not None  # the last alternative matches any character
        kind = match.lastgroup or "punct"
        value = match.group(0)
        if kind == "punct" and value in "'\"":
            line = text.count("\n", 0, position) + 1
            column = position - (text.rfind("\n", 0, position) + 1) + 1
            raise QuerySyntaxError("unterminated string", line=line, column=column)
        if kind not in ("ws", "comment"):
            tokens.append(Token(kind, value, match.start(), match.end()))
        position = match.end()
    return tokens


@dataclass
class Prologue:
    """BASE and PREFIX declarations seen so far, to resolve IRIs as the engine would."""

    base: str | None = None
    prefixes: dict[str, str] | None = None

    def resolve(self, token: Token) -> str | None:
        if token.kind == "iri":
            iri = token.text[1:-1]
            return urljoin(self.base, iri) if self.base else iri
        if token.kind == "pname":
            prefix, _, local = token.text.partition(":")
            namespace = (self.prefixes or {}).get(prefix)
            return None if namespace is None else namespace + re.sub(r"\\(.)", r"\1", local)
        return None


def scan_prologue(tokens: list[Token], upto: int, prologue: Prologue) -> None:
    """Update ``prologue`` with the BASE/PREFIX declarations among ``tokens[:upto]``."""
    prologue.prefixes = prologue.prefixes or {}
    index = 0
    while index < upto:
        token = tokens[index]
        if token.keyword == "BASE" and index + 1 < len(tokens) and tokens[index + 1].kind == "iri":
            prologue.base = prologue.resolve(tokens[index + 1])
            index += 2
            continue
        if (token.keyword == "PREFIX" and index + 2 < len(tokens)
                and tokens[index + 1].kind == "pname" and tokens[index + 2].kind == "iri"):
            prologue.prefixes[tokens[index + 1].text.rstrip(":")] = prologue.resolve(tokens[index + 2]) or ""
            index += 3
            continue
        index += 1


def matching_close(tokens: list[Token], open_index: int) -> int:
    """Index of the bracket closing the one at ``open_index`` ({ or ( or [)."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    opener = tokens[open_index].text
    closer = pairs[opener]
    depth = 0
    for index in range(open_index, len(tokens)):
        token = tokens[index]
        if token.kind != "punct":
            continue
        if token.text == opener:
            depth += 1
        elif token.text == closer:
            depth -= 1
            if depth == 0:
                return index
    return -1


__all__ = ["Prologue", "Token", "decode_escapes", "matching_close", "scan_prologue", "tokenize"]
