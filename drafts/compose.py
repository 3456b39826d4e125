"""Render a thank-you draft from templates and build its MIME message.

One plain-text Jinja2 template per interview kind (all extending ``base.txt.j2``) is the
single source of the wording. The HTML part is built from the paragraphs of the rendered text
through the autoescaped ``email.html.j2``: that way a template author writes each sentence once,
the two parts can never drift apart, and autoescaping still covers every value that reaches
HTML (a company literally named ``<script>`` stays text).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

import jinja2
from bs4 import BeautifulSoup

from detector.model import Interview, Person, SentFact
from drafts.settings import DraftSettings

# English names on purpose: strftime("%A") follows the process locale, and the templates are
# English.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Mailbox local parts that name a function, not a person: "Hi Careers," reads worse than
# "Hello,". Used only when a recipient has no display name.
_ROLE_LOCAL_PARTS = frozenset(
    [
        "careers",
        "jobs",
        "recruiting",
        "recruitment",
        "recruiter",
        "talent",
        "hr",
        "people",
        "hiring",
        "team",
        "info",
        "contact",
        "hello",
        "office",
        "admin",
        "interviews",
        "scheduling",
        "noreply",
        "no-reply",
    ]
)

# Words that mark a display name as a room, team or mailbox rather than a person
# ("Lumen Labs Room Nimbus", "Acme Talent Team").
_NOT_A_PERSON = frozenset(
    "room team recruiting recruitment talent careers jobs hr calendar resource hiring "  # noqa: SIM905
    "notifications noreply no-reply support people scheduling".split()
)

# A signature that starts with its own sign-off ("Best regards,\nAlex") replaces ours.
_SIGN_OFF = re.compile(r"^[A-Za-z][A-Za-z ,.!'-]{0,30},$")

# "Re:", "RE:", "Aw:", "Re[2]:" ... repeated; stripped before we add exactly one "Re: ".
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw)(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


class ComposeError(ValueError):
    """A draft could not be written (template error, over the word limit, bad address)."""


@dataclass(frozen=True)
class ComposedDraft:
    """A rendered draft: the MIME bytes plus the values the planner and ledger need."""

    marker: str
    subject: str
    to: tuple[Person, ...]
    thread_id: str | None
    in_reply_to: str | None
    text: str = field(repr=False)
    html: str = field(repr=False)
    raw: bytes = field(repr=False)
    fingerprint: str


def marker_for(interview_key: str, recipients: tuple[str, ...], domain: str) -> str:
    """The deterministic ``Message-ID`` of the draft for ``interview_key`` to ``recipients``.

    Order and case of the addresses do not matter, so a lost ledger can recompute every marker
    from the interviews and find the drafts again in the mailbox.
    """
    addresses = ",".join(sorted({r.strip().lower() for r in recipients}))
    digest = hashlib.sha256(f"{interview_key}|{addresses}".encode()).hexdigest()[:24]
    return f"<followup.{digest}@{domain.lower()}>"


def one_line(exc: BaseException) -> str:
    """An exception as one line: reasons end up in one-line log entries and ledger rows."""
    return " ".join(str(exc).split()) or type(exc).__name__


def _fold(text: str) -> str:
    """Whitespace-folded, NFC-normalised text: immune to re-wrapping and CRLF rewrites."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def body_fingerprint(raw: bytes) -> str:
    """A hash of the normalised plain-text body of a draft.

    Headers, MIME boundaries, transfer encodings and line wrapping do not count, so a mailbox
    that rewrites them (Gmail sets its own Message-ID and Date) is not mistaken for a user edit.
    Falls back to the HTML part's text, then to the raw bytes; never raises.
    """
    text: str
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)  # guaranteed by policy.default
        part = msg.get_body(preferencelist=("plain",))
        if part is not None:
            text = str(part.get_content())
        else:
            html_part = msg.get_body(preferencelist=("html",))
            if html_part is None:
                raise ValueError("no text part")
            text = BeautifulSoup(str(html_part.get_content()), "html.parser").get_text(" ")
    except Exception:  # any unreadable draft still gets a stable fingerprint
        text = raw.decode("utf-8", "replace")
    return hashlib.sha256(_fold(text).encode()).hexdigest()


@lru_cache(maxsize=8)
def environment(template_dir: Path | None) -> jinja2.Environment:
    """The one Jinja2 environment for ``template_dir`` (user overrides first, then ours)."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    loaders.append(jinja2.PackageLoader("drafts", "templates"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
    )


def _first_name(person: Person, company: str | None) -> str | None:
    """The name to greet someone by, or ``None`` when neither name nor address gives an
    honest guess (then the greeting is a plain "Hello,")."""
    name = person.name.strip()
    words = {w.strip(",.()").lower() for w in name.split()}
    looks_personal = (
        name
        and "@" not in name
        and not words & _NOT_A_PERSON
        and not (company and name.lower().startswith(company.lower()))
    )
    if looks_personal:
        return person.first_name
    if name:
        return None  # the display name says this is not a person; trust it over the address
    local = person.email.split("@", 1)[0].lower()
    if local in _ROLE_LOCAL_PARTS:
        return None
    first = re.split(r"[._+-]", local)[0]
    # "ana.lopez" -> "Ana"; "al" or "x9" is too short or not a name.
    return first.capitalize() if first.isalpha() and len(first) >= 3 else None


def paragraphs(text: str) -> list[list[str]]:
    """Split rendered text into paragraphs (blank-line separated) of stripped lines."""
    blocks = re.split(r"\n\s*\n", text.strip())
    result = []
    for block in blocks:
        lines = [" ".join(line.split()) for line in block.splitlines()]
        lines = [line for line in lines if line]
        if lines:
            result.append(lines)
    return result


def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens."""
    return len(text.split())


def _is_threaded(interview: Interview, recipients: Sequence[Person]) -> bool:
    thread = interview.thread
    return thread is not None and any(r.email.lower() in thread.participants for r in recipients)


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` with any existing reply prefixes removed (never ``Re: Re:``)."""
    return "Re: " + _REPLY_PREFIX.sub("", subject).strip()


def new_subject(interview: Interview) -> str:
    """The subject of a draft that starts its own conversation."""
    if interview.role:
        return f"Thank you - {interview.role} interview"
    if interview.company:
        return f"Thank you - {interview.company} interview"
    return "Thank you for your time"


def _context(
    interview: Interview, recipients: Sequence[Person], s: DraftSettings, brief: bool
) -> dict[str, object]:
    """The values every template sees."""
    names = [n for n in (_first_name(p, interview.company) for p in recipients) if n]
    signature = s.signature.strip() or s.user_name
    return {
        "names": names,
        "weekday": _WEEKDAYS[interview.start.astimezone(s.zone).weekday()],
        "role": interview.role,
        "company": interview.company,
        "kind": str(interview.kind),
        "why_interested": (s.why_interested or "").strip() or None,
        "user_name": s.user_name,
        "signature": signature,
        "signature_has_sign_off": bool(_SIGN_OFF.match(signature.splitlines()[0].strip())),
        "brief": brief,
    }


def render_text(
    interview: Interview, recipients: Sequence[Person], s: DraftSettings, *, brief: bool = False
) -> tuple[str, str]:
    """Render the plain-text body; return ``(full text, body without signature)``.

    The body without the signature is what ``max_words`` bounds: the signature is the user's
    own text, the same in every draft.
    """
    env = environment(s.template_dir)
    context = _context(interview, recipients, s, brief)
    try:
        template = env.select_template([f"{interview.kind}.txt.j2", "other.txt.j2"])
        rendered = template.render(context)
        unsigned = env.select_template([f"{interview.kind}.txt.j2", "other.txt.j2"]).render(
            {**context, "signature": ""}
        )
    except jinja2.TemplateError as exc:
        raise ComposeError("template error: " + one_line(exc)) from exc
    text = "\n\n".join("\n".join(lines) for lines in paragraphs(rendered))
    return text + "\n", unsigned


def compose(
    interview: Interview,
    recipients: tuple[Person, ...],
    s: DraftSettings,
    now: datetime,
    marker: str | None = None,
) -> ComposedDraft:
    """Write the thank-you draft for ``interview`` to ``recipients`` as RFC 5322 bytes.

    Threaded (``In-Reply-To``/``References``/``Re:`` subject and the thread's id) when the
    interview has a scheduling thread that at least one recipient took part in; otherwise a
    new conversation. Raises :class:`ComposeError` with a one-line reason when it cannot.
    """
    if not recipients:
        raise ComposeError("no recipients")
    if marker is None:
        marker = marker_for(interview.key, tuple(r.email for r in recipients), s.mail_domain)
    text, unsigned = render_text(interview, recipients, s)
    if word_count(unsigned) > s.max_words:
        # Drop the kind-specific extra sentence before giving up.
        text, unsigned = render_text(interview, recipients, s, brief=True)
    if (words := word_count(unsigned)) > s.max_words:
        raise ComposeError(f"draft would be {words} words, over max_words={s.max_words}")
    thread = interview.thread
    if thread is not None and _is_threaded(interview, recipients):
        refs = [r for r in thread.references if r != thread.message_id]
        reply: _Reply | None = _Reply(
            reply_subject(thread.subject),
            thread.message_id,
            (*refs, thread.message_id),
            thread.thread_id,
        )
    else:
        reply = None
    return _build(text, recipients, reply, new_subject(interview), s, now, marker)


@dataclass(frozen=True)
class _Reply:
    """Where a draft replies: its subject, the message it answers, the References chain."""

    subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    thread_id: str | None


def _build(
    text: str,
    recipients: tuple[Person, ...],
    reply: _Reply | None,
    subject_if_new: str,
    s: DraftSettings,
    now: datetime,
    marker: str,
) -> ComposedDraft:
    """The MIME message (plain text + HTML from the same paragraphs) of a rendered draft."""
    try:
        html = (
            environment(s.template_dir)
            .get_template("email.html.j2")
            .render(paragraphs=paragraphs(text))
        )
    except jinja2.TemplateError as exc:
        raise ComposeError("template error: " + one_line(exc)) from exc

    msg = EmailMessage(policy=email.policy.default)
    try:
        msg["From"] = Address(display_name=s.user_name, addr_spec=s.user_email)
        msg["To"] = [Address(display_name=p.name, addr_spec=p.email) for p in recipients]
    except (ValueError, IndexError, TypeError) as exc:
        raise ComposeError("bad address: " + one_line(exc)) from exc
    msg["Date"] = format_datetime(now.astimezone(s.zone))
    msg["Message-ID"] = marker
    subject = subject_if_new if reply is None else reply.subject
    if reply is not None and reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
    if reply is not None and reply.references:
        msg["References"] = " ".join(reply.references)
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    # A boundary derived from the marker keeps the bytes reproducible for the same inputs
    # (the library would pick a random one), which makes previews and dry runs stable.
    msg.set_boundary("=_followup_" + hashlib.sha256(marker.encode()).hexdigest()[:16])
    raw = msg.as_bytes()
    return ComposedDraft(
        marker=marker,
        subject=subject,
        to=recipients,
        thread_id=reply.thread_id if reply else None,
        in_reply_to=reply.in_reply_to if reply else None,
        text=text,
        html=html,
        raw=raw,
        fingerprint=body_fingerprint(raw),
    )


SECOND_TEMPLATE = "followup_second.txt.j2"
"""The template of the one short second follow-up ("checking in on next steps")."""


def compose_second(
    interview: Interview,
    recipients: tuple[Person, ...],
    sent: SentFact,
    s: DraftSettings,
    now: datetime,
    marker: str,
) -> ComposedDraft:
    """Write the second follow-up: a short note in the thread of the thank-you ``sent``.

    ``Re:`` the sent subject, in its thread, and ``In-Reply-To`` its Message-ID when the
    mailbox told us (Gmail may rewrite it on send; then the thread id still places it).
    """
    if not recipients:
        raise ComposeError("no recipients")
    env = environment(s.template_dir)
    context = _context(interview, recipients, s, brief=True)
    try:
        rendered = env.get_template(SECOND_TEMPLATE).render(context)
        unsigned = env.get_template(SECOND_TEMPLATE).render({**context, "signature": ""})
    except jinja2.TemplateError as exc:
        raise ComposeError("template error: " + one_line(exc)) from exc
    if (words := word_count(unsigned)) > s.max_words:
        raise ComposeError(f"draft would be {words} words, over max_words={s.max_words}")
    text = "\n\n".join("\n".join(lines) for lines in paragraphs(rendered)) + "\n"
    refs = (sent.message_id,) if sent.message_id else ()
    reply = _Reply(
        reply_subject(sent.subject or new_subject(interview)), sent.message_id, refs, sent.thread_id
    )
    return _build(text, recipients, reply, new_subject(interview), s, now, marker)
