"""Fields from text and headers: company, role, people, kind, and the readable new text.

Every function is pure and cheap; the heavy part (HTML to text) has already happened in
:mod:`detector.mime`. Company names are read from the subject, body and signature and checked
against the sender's or organizer's domain, never taken from an ATS or scheduling tool.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from detector.model import CalendarEvent, InterviewKind, Message, Person

FREE_MAIL = frozenset(
    ["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "proton.me", "protonmail.com", "pm.me", "fastmail.com", "zoho.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "t-online.de", "hey.com"]
)
# Applicant-tracking systems, scheduling tools, job boards and calendar services: never the employer.
VENDOR_DOMAINS = frozenset(
    ["greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com", "workday.com", "myworkdayjobs.com", "ashbyhq.com", "ashby.io", "smartrecruiters.com", "icims.com", "workable.com", "workablemail.com", "calendly.com", "goodtime.io", "zoom.us", "zoom.com", "google.com", "calendar.google.com", "microsoft.com", "teams.microsoft.com", "linkedin.com", "indeed.com", "glassdoor.com", "jobvite.com", "bamboohr.com", "recruitee.com", "personio.de", "personio.com", "taleo.net", "successfactors.com", "hirevue.com", "gem.com", "beamery.com", "rippling.com", "paradox.ai", "hackerrank.com", "codility.com", "codesignal.com", "ziprecruiter.com", "wellfound.com", "angel.co", "dice.com", "monster.com", "teamtailor.com", "jazzhr.com", "breezy.hr", "pinpointhq.com", "eventbrite.com", "userinterviews.com", "calendar.app.google", "outlook.office365.com", "office365.com", "doodle.com", "youcanbook.me", "chilipiper.com"]
)
_NOREPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|mailer(?:-daemon)?|"
    r"bounces?|calendar(?:-notification)?|invites?|invitations?|scheduling|scheduler|automated|"
    r"system|alerts?|jobs?|careers?|talent|recruiting|hiring|hr|info|news(?:letter)?|updates?|"
    r"support|team|hello|marketing|postmaster)(?:[-_.+].*)?$",
    re.I,
)
_GROUP_DOMAINS = (
    "group.calendar.google.com",
    "resource.calendar.google.com",
    "calendar.google.com",
)

_CAP = r"[A-Z][\w&'’.+-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|de[ \t]+|the[ \t]+)?[A-Z][\w&'’.+-]*){0,4}"
_COMPANY_PATTERNS = [
    re.compile(rf"\b(?:at|with|from|join|joining|bei|chez)\s+({_CAP})"),
    re.compile(
        rf"({_CAP})\s+(?:Talent Acquisition|Recruiting|Recruitment|Careers|Hiring Team|People Team|HR)\b"
    ),
    re.compile(rf"(?:^|\n)\s*(?:[^\n|,]{{2,60}})[|,–-]\s*({_CAP})\s*(?:\n|$)"),
    re.compile(rf"(?:^|\n)\s*({_CAP})\s*\|\s*[\w.-]+\.[a-z]{{2,}}\s*(?:\n|$)"),
]
_JOB_WORDS = re.compile(
    r"\b(engineer|engineering|developer|manager|analyst|designer|scientist|lead|director|"
    r"researcher|consultant|specialist|architect|administrator|coordinator|officer|associate|"
    r"intern|vp|president|accountant|writer|editor|sales|representative|marketing|product|"
    r"head|recruiter|counsel|nurse|teacher|technician|strategist|owner|partner|programmer|"
    r"sre|devops|entwickler|berater|leiter|ingenieur|data|software|ux|ui|executive|assistant)\b",
    re.I,
)
_ROLE = r"[A-Z][\w/&+.'-]*(?:(?:[ \t]+|,[ \t]*|[ \t]*-[ \t]*)(?:of[ \t]+|and[ \t]+|&[ \t]+|for[ \t]+|in[ \t]+)?[A-Z(][\w/&+.'()-]*){0,7}"
_ROLE_PATTERNS = [
    re.compile(
        rf"\b(?:for|as|on)\s+(?:the|a|an|our)\s+({_ROLE})\s+(?:role|position|opening|opportunity|job|req\b|team)",
        re.I,
    ),
    re.compile(rf"\b(?:the|our|your)\s+({_ROLE})\s+(?:role|position|opening|Stelle)\b"),
    re.compile(rf"\b({_ROLE})\s+(?:role|position)\s+(?:at|with|bei)\b"),
    re.compile(rf"\b(?:position|role|Stelle)\s*(?:of|as|als|:)\s*({_ROLE})"),
    re.compile(rf"\binterview(?:s)?\s+(?:for|für)\s+(?:the\s+|our\s+|your\s+)?({_ROLE})"),
    re.compile(rf"\bapplication\s+(?:for|to)\s+(?:the\s+)?({_ROLE})"),
]
_ROLE_TRIM = re.compile(
    r"(?:[\s,(-]+(?:role|position|interview|phone screen|screen|technical|onsite|on-site|"
    r"virtual|panel|round|call|chat|at|with|team|opening|job|req|\(R-?\d+\)|R-?\d+)\b.*)$",
    re.I,
)
_QUOTE_START = re.compile(
    r"^(?:On .{4,200}wrote:\s*$|Am .{4,200}schrieb.*:\s*$|-{2,}\s*Original Message\s*-{2,}|"
    r"_{20,}\s*\n\s*From:|From: .+\n\s*Sent: |De: .+\n\s*Envoyé|Von: .+\n\s*Gesendet)",
    re.M | re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)


def new_text(text: str) -> str:
    """The part of a mail body the sender wrote now: quoted replies and forwards are cut."""
    m = _QUOTE_START.search(text)
    if m:
        text = text[: m.start()]
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))


def domain(addr: str) -> str:
    """The lower-cased domain of an address."""
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


def is_vendor_domain(dom: str) -> bool:
    """True for ATS / scheduling / job-board / calendar domains (and their subdomains)."""
    return any(dom == v or dom.endswith("." + v) for v in VENDOR_DOMAINS)


def is_machine_address(addr: str) -> bool:
    """No-reply, notification, group-calendar and role mailboxes: never a thank-you recipient."""
    addr = addr.lower()
    local, dom = addr.split("@", 1) if "@" in addr else (addr, "")
    if any(dom.endswith(g) for g in _GROUP_DOMAINS) or is_vendor_domain(dom):
        return True
    return bool(_NOREPLY.match(local))


def org_key(dom: str) -> str:
    """The organisation part of a domain: ``mail.kestrelhealth.com`` -> ``kestrelhealth``."""
    parts = [p for p in dom.lower().split(".") if p]
    if (
        len(parts) >= 3
        and parts[-2] in {"co", "com", "org", "ac", "gov", "net"}
        and len(parts[-1]) == 2
    ):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")


def company_domains(people: Iterable[Person], owner_emails: frozenset[str]) -> list[str]:
    """Corporate domains among ``people`` (not the owner's, not free mail, not vendors)."""
    owner_domains = {domain(e) for e in owner_emails}
    out: list[str] = []
    for p in people:
        d = domain(p.email)
        if (
            d
            and d not in FREE_MAIL
            and not is_vendor_domain(d)
            and d not in owner_domains
            and d not in out
        ):
            out.append(d)
    return out


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))


def _domain_match(name: str, key: str) -> bool:
    if not key or len(key) < 3:
        return False
    c = _compact(name)
    c2 = c.replace("and", "")
    for cand in (c, c2):
        if cand and (
            cand == key or cand.startswith(key) or (key.startswith(cand) and len(cand) >= 4)
        ):
            return True
    initials = "".join(
        w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in {"and", "of"}
    )
    return len(initials) >= 2 and initials.lower() == key


_NOT_COMPANY = frozenset(
    ["i", "we", "you", "the", "hi", "hello", "dear", "thanks", "thank", "best", "regards", "interview", "interviews", "zoom", "google", "meet", "microsoft", "teams", "calendar", "invitation", "confirmed", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "re", "fwd", "fw", "subject", "when", "where", "join", "please", "our", "your", "my", "next", "updated", "technical", "hiring", "manager", "phone", "screen", "virtual", "onsite", "date", "time", "location", "interviewer", "recruiter", "recruiting", "talent", "acquisition", "team"]
)


def company_candidates(texts: Iterable[str]) -> list[str]:
    """Capitalised phrases in company positions ("at X", "X Talent Acquisition", signatures)."""
    out: list[str] = []
    for text in texts:
        for rx in _COMPANY_PATTERNS:
            for m in rx.finditer(text):
                name = m.group(1).strip(" .,'’-")
                if name and name.split()[0].lower() not in _NOT_COMPANY and len(name) > 1:
                    out.append(name)
        for seg in re.split(r"\s+[-|–—:]\s+|:\s+|\s*\|\s*|\s\(|\)", text.split("\n", 1)[0]):
            seg = seg.strip(" .,")
            if re.fullmatch(_CAP, seg) and seg.split()[0].lower() not in _NOT_COMPANY:
                out.append(seg)
    return out


def pick_company(
    texts: list[str], domains: list[str], display_names: list[str]
) -> tuple[str | None, str]:
    """Choose the employer; returns ``(name, why)``.

    A phrase that matches a corporate domain wins; then the display name of an ATS sender
    ("Acme Corp <no-reply@ats>"); then the domain itself, title-cased.
    """
    cands = company_candidates(texts) + display_names
    keys = [org_key(d) for d in domains]
    scored: dict[str, int] = {}
    for c in cands:
        for key in keys:
            if _domain_match(c, key):
                scored[c] = scored.get(c, 0) + 1
    if scored:
        best = max(scored, key=lambda c: (scored[c], len(c) <= 40, len(c)))
        return best, f"phrase matching domain {keys[0]}"
    for name in display_names:
        if name and not re.search(
            r"calendar|calendly|notification|no.?reply|team$|recruit", name, re.I
        ):
            return name, "display name of the sender"
    if keys:
        return keys[0].replace("-", " ").title(), f"sender domain {domains[0]}"
    return None, "no company found"


def pick_role(texts: Iterable[str]) -> str | None:
    """The job title from "for the X role", "Interview: X - Company" and similar."""
    for text in texts:
        for rx in _ROLE_PATTERNS:
            for m in rx.finditer(text):
                role = _clean_role(m.group(1))
                if role:
                    return role
    return None


def role_from_segments(subject: str, company: str | None) -> str | None:
    """A subject segment that names a job ("Acme - Data Engineer phone screen")."""
    comp = _compact(company or "")
    for seg in re.split(r"\s+[-|–—]\s+|:\s+|\s*\|\s*|\s\(|\)", subject):
        seg = re.sub(r"^(?:re|fwd?|aw|wg)\s*:\s*", "", seg.strip(), flags=re.I)
        role = _clean_role(seg)
        if role and _compact(role) != comp and not (comp and _compact(role).startswith(comp)):
            return role
    return None


def _clean_role(raw: str) -> str | None:
    role = raw.strip(" .,:;-")
    role = _ROLE_TRIM.sub("", role).strip(" .,:;-")
    role = re.sub(
        r"^(?:interview|invitation|updated invitation|confirmed|next steps?)\s*(?:for|:)?\s*",
        "",
        role,
        flags=re.I,
    )
    if role.count("(") > role.count(")"):
        role = role.split("(")[0].strip()
    if not role or len(role) > 70 or not _JOB_WORDS.search(role):
        return None
    if re.search(r"\b(interview|invitation|calendar|meeting|zoom|teams)\b", role, re.I):
        return None
    return role


def emails_in(text: str) -> list[tuple[str, str]]:
    """``(address, the 80 characters before it)`` for each address written in ``text``."""
    return [
        (m.group(0).lower().rstrip("."), text[max(0, m.start() - 80) : m.start()])
        for m in _EMAIL.finditer(text)
    ]


_KINDS: list[tuple[InterviewKind, re.Pattern[str]]] = [
    (
        InterviewKind.ONSITE,
        re.compile(r"on-?site|loop|itinerary|panel|final round|superday|interview day", re.I),
    ),
    (
        InterviewKind.TECHNICAL,
        re.compile(
            r"technical|coding|system design|pair(?:ing)?|live (?:sql|coding)|whiteboard|take a look at code|case interview|fachgespräch|technisch",
            re.I,
        ),
    ),
    (
        InterviewKind.PHONE_SCREEN,
        re.compile(
            r"phone screen|recruiter screen|screening|intro(?:ductory)? call|initial call|first round|phone interview|erstgespräch",
            re.I,
        ),
    ),
    (
        InterviewKind.HIRING_MANAGER,
        re.compile(
            r"hiring manager|coffee chat|virtual coffee|with (?:our|the) (?:vp|head|director|ceo|founder|cto)|\b(?:vp|head|director|founder|ceo|cto) of\b",
            re.I,
        ),
    ),
]


def pick_kind(text: str, interviewer_count: int) -> InterviewKind:
    """Interview kind from its words; two or more interviewers make a panel (onsite)."""
    for kind, rx in _KINDS:
        if rx.search(text):
            if kind is InterviewKind.TECHNICAL and interviewer_count >= 3:
                return InterviewKind.ONSITE
            return kind
    return InterviewKind.ONSITE if interviewer_count >= 3 else InterviewKind.OTHER


def people_of(msg: Message | None, ev: CalendarEvent | None) -> list[Person]:
    """Everyone named in the headers of ``msg`` and the organizer/attendees of ``ev``."""
    out: list[Person] = []
    if msg is not None:
        out += (
            ([msg.sender] if msg.sender else []) + list(msg.reply_to) + list(msg.to) + list(msg.cc)
        )
    if ev is not None:
        out += ([ev.organizer] if ev.organizer else []) + [a.person for a in ev.attendees]
    return out
