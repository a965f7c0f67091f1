"""Tolerant caller-identity parsing from a raw SIP request, and display-name sanitising.

pjsua2's ``CallInfo.remoteUri`` is unreliable for hostile or odd input (PLATFORM.md: a 2,000-character display
name becomes ``<-error: uri too long->``, escapes come back half-decoded, P-Asserted-Identity is never there),
so the engine hands us the whole INVITE and we read From and P-Asserted-Identity ourselves. Nothing here may
raise on any input: a caller controls every byte of it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

MAX_DISPLAY_NAME = 64
MAX_NUMBER = 64
MAX_URI = 256

# RFC 3261 compact header forms that matter for caller identity.
_COMPACT_NAMES = {"f": "from", "t": "to", "i": "call-id", "m": "contact"}
_NAME_ADDR = re.compile(r'^\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^<"]*?))\s*<(?P<uri>[^>]*)>')
_MARKUP = re.compile(r"<[^>]{0,200}>")


@dataclass(frozen=True)
class CallerId:
    """Who is calling, ready to show and store: both fields are sanitised, either may be empty."""

    number: str
    display_name: str
    uri: str = ""
    source: str = "from"  # "p-asserted-identity" or "from" (which header the number came from)

    @property
    def label(self) -> str:
        """What a UI shows in one line."""
        if self.display_name and self.number and self.display_name != self.number:
            return f"{self.display_name} ({self.number})"
        return self.display_name or self.number or "Unknown caller"


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, str):
        # pjsua2 (SWIG) hands over non-UTF-8 bytes as lone surrogates (surrogateescape): get the bytes back.
        try:
            raw = raw.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return str(raw)
    # SIP is UTF-8 by spec; a hostile peer may send Latin-1 or garbage. Try UTF-8, fall back to Latin-1,
    # which maps every byte to a character so nothing is lost or raises.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def parse_sip_headers(raw: bytes | str) -> list[tuple[str, str]]:
    """Headers of a SIP message as (lower-case full name, value) pairs, folded lines joined, body ignored."""
    text = _decode(raw)
    head = re.split(r"\r?\n\r?\n", text, maxsplit=1)[0]
    lines = head.splitlines()[1:]  # skip the request / status line
    headers: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {line.strip()}")
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        key = name.strip().lower()
        headers.append((_COMPACT_NAMES.get(key, key), value.strip()))
    return headers


def header_values(headers: list[tuple[str, str]], name: str) -> list[str]:
    wanted = name.lower()
    return [value for key, value in headers if key == wanted]


def sanitise_display_name(name: str) -> str:
    """Make a caller-supplied name safe to show and store: no controls, no bidi tricks, no markup, short."""
    text = unicodedata.normalize("NFC", name)
    text = _MARKUP.sub(" ", text)
    # Cc = control characters, Cf = format characters (bidi overrides, zero-width joiners, BOM),
    # Cs/Co/Cn = surrogates, private use, unassigned: none belong in a name a person reads.
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn")
    )
    cleaned = cleaned.replace("<", " ").replace(">", " ").replace('"', "")
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > MAX_DISPLAY_NAME:
        cleaned = cleaned[: MAX_DISPLAY_NAME - 1].rstrip() + "…"
    return cleaned


def sanitise_number(number: str) -> str:
    """A number or SIP user name: printable, no whitespace, bounded length."""
    cleaned = "".join(
        ch for ch in unquote(number) if unicodedata.category(ch)[0] not in ("C", "Z") and ch not in "<>\"'"
    )
    return cleaned[:MAX_NUMBER]


def _printable(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "Z") and ch not in "<>\"'")


def _unescape_quoted(quoted: str) -> str:
    return re.sub(r"\\(.)", r"\1", quoted)


def split_name_addr(value: str) -> tuple[str, str]:
    """(display name, uri) of a From/To/PAI value; tolerant of missing quotes, brackets or either part."""
    match = _NAME_ADDR.match(value)
    if match:
        quoted = match.group("quoted")
        name = _unescape_quoted(quoted) if quoted is not None else (match.group("token") or "")
        return name.strip(), match.group("uri").strip()
    # addr-spec form: parameters after ';' belong to the header (tag=...), not to the URI.
    return "", value.split(";", 1)[0].strip()


def number_from_uri(uri: str) -> str:
    """The user part of a sip:/sips: URI or the number of a tel: URI; empty when there is none."""
    lowered = uri.lower()
    if lowered.startswith("tel:"):
        return sanitise_number(uri[4:].split(";", 1)[0])
    for scheme in ("sips:", "sip:"):
        if lowered.startswith(scheme):
            rest = uri[len(scheme) :]
            if "@" not in rest:
                return ""  # no user part: sip:host
            user = rest.rsplit("@", 1)[0].split(":", 1)[0]  # drop an (unwise) password
            return sanitise_number(user.split(";", 1)[0])
    return ""


def caller_id_from_values(from_value: str, pai_values: list[str]) -> CallerId:
    """Combine From and P-Asserted-Identity: the asserted identity wins for the number (RFC 3325)."""
    from_name, from_uri = split_name_addr(from_value)
    number, uri, source, name = number_from_uri(from_uri), from_uri, "from", from_name
    for pai in pai_values:
        for part in _split_top_level_commas(pai):
            pai_name, pai_uri = split_name_addr(part)
            pai_number = number_from_uri(pai_uri)
            if pai_number:
                number, uri, source = pai_number, pai_uri, "p-asserted-identity"
                name = pai_name or name
                break
        if source == "p-asserted-identity":
            break
    return CallerId(
        number=number,
        display_name=sanitise_display_name(name),
        uri=_printable(uri)[:MAX_URI],
        source=source,
    )


def _split_top_level_commas(value: str) -> list[str]:
    parts: list[str] = []
    depth_quote, depth_angle, start = False, 0, 0
    for i, ch in enumerate(value):
        if ch == '"' and (i == 0 or value[i - 1] != "\\"):
            depth_quote = not depth_quote
        elif not depth_quote and ch == "<":
            depth_angle += 1
        elif not depth_quote and ch == ">":
            depth_angle = max(0, depth_angle - 1)
        elif ch == "," and not depth_quote and depth_angle == 0:
            parts.append(value[start:i])
            start = i + 1
    parts.append(value[start:])
    return [p.strip() for p in parts if p.strip()]


def caller_id_from_message(raw: bytes | str) -> CallerId:
    """Caller identity of a raw INVITE; never raises."""
    try:
        headers = parse_sip_headers(raw)
        from_values = header_values(headers, "from")
        return caller_id_from_values(
            from_values[0] if from_values else "", header_values(headers, "p-asserted-identity")
        )
    except Exception:  # a caller controls every byte; an odd one must not cost us the call
        return CallerId(number="", display_name="")
