"""A small evaluator for the subset of Gmail's search language the fake server understands.

Hand-written because no library implements Gmail's query syntax; it covers what the connector
and the tests use: ``after: before: newer_than: older_than: from: to: subject: filename:
has:attachment category: in: label: is: rfc822msgid:``, ``-`` negation, ``OR``, ``{ }``,
parentheses (also after a field: ``subject:(a OR "b c")``), quoted phrases and bare words
(matched as whole words in the subject and body).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_TOKEN = re.compile(r'\s*(?:(\()|(\))|(\{)|(\})|("[^"]*")|([^\s(){}"]+))')
_PACIFIC = ZoneInfo("America/Los_Angeles")


@dataclass(frozen=True)
class Indexed:
    """The searchable fields of one stored message."""

    sender: str
    to: str
    subject: str
    body: str
    filenames: tuple[str, ...]
    labels: frozenset[str]
    message_id: str
    internal_date: datetime


Pred = Callable[[Indexed], bool]


class QueryError(ValueError):
    """The query could not be parsed (the fake answers 400 invalidArgument)."""


def _words(text: str, needle: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle.lower()) + r"(?!\w)", text.lower()) is not None


def _date_bound(value: str) -> datetime:
    if value.isdigit():
        return datetime.fromtimestamp(int(value), tz=UTC)
    parts = re.split(r"[/-]", value)
    if len(parts) != 3:
        raise QueryError(f"bad date {value!r}")
    y, m, d = (int(p) for p in parts)
    return datetime(y, m, d, tzinfo=_PACIFIC)  # Gmail reads YYYY/MM/DD as Pacific midnight


def _relative(value: str, now: datetime) -> datetime:
    match = re.fullmatch(r"(\d+)([hdmy])", value)
    if not match:
        raise QueryError(f"bad relative date {value!r}")
    n, unit = int(match[1]), match[2]
    days = {"h": n / 24, "d": n, "m": n * 30, "y": n * 365}[unit]
    return now - timedelta(days=days)


def _term(field: str | None, value: str, now: datetime) -> Pred:
    phrase = value.strip('"')
    if field is None:
        return lambda m: _words(m.subject + "\n" + m.body, phrase)
    f = field.lower()
    if f == "from":
        return lambda m: phrase.lower() in m.sender.lower()
    if f in ("to", "cc", "bcc"):
        return lambda m: phrase.lower() in m.to.lower()
    if f == "subject":
        return lambda m: _words(m.subject, phrase)
    if f == "filename":
        return lambda m: any(phrase.lower() in n.lower() for n in m.filenames)
    if f == "has":
        if phrase.lower() != "attachment":
            raise QueryError(f"unsupported has:{phrase}")
        return lambda m: bool(m.filenames)
    if f == "category":
        label = "CATEGORY_" + ("PERSONAL" if phrase.lower() == "primary" else phrase.upper())
        return lambda m: label in m.labels
    if f in ("in", "label", "is"):
        if phrase.lower() == "anywhere":
            return lambda m: True
        label = {"drafts": "DRAFT", "draft": "DRAFT", "sent": "SENT"}.get(
            phrase.lower(), phrase.upper()
        )
        return lambda m: label in m.labels
    if f == "rfc822msgid":
        wanted = phrase.strip("<>")
        return lambda m: m.message_id.strip("<>") == wanted
    if f == "after":
        bound = _date_bound(phrase)
        return lambda m: m.internal_date > bound
    if f == "before":
        bound = _date_bound(phrase)
        return lambda m: m.internal_date < bound
    if f == "newer_than":
        bound = _relative(phrase, now)
        return lambda m: m.internal_date > bound
    if f == "older_than":
        bound = _relative(phrase, now)
        return lambda m: m.internal_date < bound
    raise QueryError(f"unsupported operator {field}:")


class _Parser:
    def __init__(self, query: str, now: datetime) -> None:
        self.tokens = [next(t for t in m.groups() if t) for m in _TOKEN.finditer(query)]
        self.pos = 0
        self.now = now

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Pred:
        pred = self.or_expr(None, ")")
        if self.peek() is not None:
            raise QueryError(f"unexpected {self.peek()!r}")
        return pred

    def or_expr(self, field: str | None, closer: str) -> Pred:
        alternatives = [self.and_expr(field, closer)]
        while self.peek() == "OR":
            self.take()
            alternatives.append(self.and_expr(field, closer))
        if len(alternatives) == 1:
            return alternatives[0]
        return lambda m: any(p(m) for p in alternatives)

    def and_expr(self, field: str | None, closer: str) -> Pred:
        parts: list[Pred] = []
        while self.peek() not in (None, "OR", closer):
            parts.append(self.unary(field))
        if not parts:
            return lambda m: True
        return lambda m: all(p(m) for p in parts)

    def unary(self, field: str | None) -> Pred:
        token = self.peek()
        if token is not None and token.startswith("-") and token != "-":
            self.tokens[self.pos] = token[1:]
            inner = self.unary(field)
            return lambda m: not inner(m)
        if token == "-":
            self.take()
            inner = self.unary(field)
            return lambda m: not inner(m)
        return self.atom(field)

    def group(self, field: str | None, opener: str) -> Pred:
        closer = ")" if opener == "(" else "}"
        if opener == "(":
            pred = self.or_expr(field, closer)
        else:  # {a b} means a OR b
            alternatives: list[Pred] = []
            while self.peek() not in (None, closer):
                alternatives.append(self.unary(field))
            pred = lambda m: any(p(m) for p in alternatives)  # noqa: E731
        if self.peek() != closer:
            raise QueryError(f"missing {closer!r}")
        self.take()
        return pred

    def atom(self, field: str | None) -> Pred:
        token = self.take()
        if token in ("(", "{"):
            return self.group(field, token)
        if token in (")", "}"):
            raise QueryError(f"unexpected {token!r}")
        if not token.startswith('"') and ":" in token:
            name, _, value = token.partition(":")
            if value:
                return _term(name, value, self.now)
            following = self.peek()
            if following in ("(", "{"):
                self.take()
                return self.group(name, following)
            if following is None:
                raise QueryError(f"{name}: needs a value")
            return _term(name, self.take(), self.now)
        return _term(field, token, self.now)


def compile_query(query: str, now: datetime) -> Pred:
    """Compile a Gmail ``q=`` string to a predicate over :class:`Indexed` messages."""
    return _Parser(query, now).parse()
