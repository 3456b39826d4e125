"""Is this item about a job interview the owner attends as the candidate? Scored, with reasons.

Each signal is a small regular expression with a weight; the score is their sum and the
reasons name every signal that fired, so ``followup detect --explain`` can show why.
A cheap :func:`prescreen` runs first so most mail never reaches the expensive steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACCEPT = 4.0
"""Score from which an item counts as an interview."""

_PRESCREEN = re.compile(
    rb"interview|screen|text/calendar|\.ics|application/ics|VCALENDAR|gespr\xc3\xa4ch|gesprach|"
    rb"entrevista|entretien|recruit|hiring|coffee chat|chat with|call with|meet with|cancel|"
    rb"reschedul|moved? to|talent|candidate|position|role",
    re.I,
)


def prescreen(raw: bytes) -> bool:
    """Cheap byte-level test: could this message be about an interview at all?"""
    return bool(_PRESCREEN.search(raw))


@dataclass(frozen=True)
class Signal:
    """One weighted pattern."""

    name: str
    weight: float
    pattern: re.Pattern[str]


def _s(name: str, weight: float, pattern: str) -> Signal:
    return Signal(name, weight, re.compile(pattern, re.I))


POSITIVE = [
    _s(
        "interview word",
        3,
        r"\binterview(?:s|ing)?\b|vorstellungsgespr|bewerbungsgespr|kennenlerngespr|entrevista|entretien",
    ),
    _s(
        "screen/round",
        2,
        r"phone screen|recruiter screen|screening call|first round|second round|final round|technical round|on-?site|hiring manager|panel",
    ),
    _s(
        "hiring process",
        2,
        r"hiring process|next step|your application|applying|application for|the (?:\w+ ){0,4}(?:role|position)\b|recruiting|talent acquisition|recruiter|stelle|bewerbung",
    ),
    _s(
        "confirmed",
        1.5,
        r"confirm(?:ed|ing)|is scheduled|has been scheduled|you'?re all set|have you down|booked|look(?:ing)? forward to (?:meeting|speaking|chatting)|invite attached|calendar (?:invite|file|hold)|will send (?:you )?(?:a|the) (?:calendar )?invite",
    ),
    _s(
        "conversation",
        1,
        r"coffee chat|virtual coffee|chat with|call with|meet(?:ing)? with|speak with|conversation with|talk with",
    ),
]
NEGATIVE = [
    _s(
        "job alert",
        -8,
        r"job alert|jobs? (?:you may|that match|recommended)|new jobs? (?:for|matching)|recommended jobs|apply now|easy apply|similar jobs",
    ),
    _s(
        "newsletter/tips",
        -6,
        r"newsletter|tips (?:to|for)|webinar|workshop|masterclass|register(?:ed)? (?:now|for)|registration|unsubscribe from|view in browser|\bsale\b|% off",
    ),
    _s(
        "application receipt",
        -5,
        r"(?:received|receipt of) your application|application (?:has been )?received|thank you for (?:your )?(?:applying|application)[^.]*\.\s*(?:our|the|we) (?:team|will|expect)|we (?:expect|hope) to (?:schedule|begin) interviews|will be in touch if|if your (?:profile|background|qualifications) (?:match|is a fit)",
    ),
    _s(
        "rejection",
        -8,
        r"not (?:to )?(?:be )?mov(?:e|ing) forward|decided to (?:move forward|proceed|pursue) (?:with )?other|other candidates|will not be (?:proceeding|progressing|moving)|not selected|unfortunately,? (?:we|after)[^.]{0,80}(?:not|other candidates|decided)|position has been filled",
    ),
    _s(
        "offer",
        -7,
        r"offer letter|pleased to (?:extend|offer)|offer of employment|your offer|compensation package|start date|sign(?:ing)? bonus",
    ),
    _s(
        "user is the interviewer",
        -8,
        r"invitee(?: name| email)?:|new event(?: scheduled)?:|a new event has been scheduled|scorecard|interview kit|submit (?:your )?feedback|you(?:'re| are) (?:interviewing|on the interview panel)|candidate:\s|candidate's (?:resume|cv)",
    ),
    _s(
        "media interview",
        -8,
        r"podcast|episode|press interview|journalist|magazine|our readers|on air|recording session|media interview|article",
    ),
    _s(
        "internal meeting",
        -5,
        r"\b1:1\b|one-on-one|1-on-1|weekly sync|stand-?up|team sync|sprint|retro(?:spective)?\b|all-hands|performance review",
    ),
    _s(
        "appointment",
        -8,
        r"dentist|dental|patient|clinic|doctor|physician|hygien|appointment reminder|prescription|vet(?:erinary)?\b|haircut|salon",
    ),
    _s(
        "coaching/mock",
        -8,
        r"mock interview|interview prep|interview coach|coaching session|practice interview|career coach|interview practice|bootcamp|course",
    ),
    _s(
        "user research",
        -8,
        r"user research|research (?:study|session)|usability|participant|incentive|gift card|userinterviews|respondent|paid study|\$\d+ for",
    ),
    _s(
        "scam",
        -10,
        r"telegram|whatsapp|signal app|google hangouts? chat|purchase (?:the |your )?(?:equipment|laptop)|send you a check|cashier'?s check|reimburse(?:d|ment) for (?:the )?equipment|training fee|wire transfer|crypto",
    ),
    _s(
        "availability request",
        -4,
        r"(?:share|send|let me know|provide) (?:me )?your availability|when (?:are|would) you (?:be )?(?:available|free)|pick a time|grab (?:a |whatever )?time|book a time|select a time|scheduling link|self-schedule|choose (?:a|your) (?:time|slot)",
    ),
    _s(
        "outreach",
        -4,
        r"are you open to|would you be (?:open|interested)|exciting opportunity|i came across your profile|my client|on behalf of (?:a|my|our) client",
    ),
    _s(
        "assessment",
        -7,
        r"online assessment|coding (?:challenge|assessment)|take-?home|hackerrank|codility|codesignal|complete the (?:test|assessment|challenge)|one-way video|hirevue|recorded video",
    ),
    _s(
        "event/fair",
        -8,
        r"career fair|job fair|hiring event|info(?:rmation)? session|open house|\bmeetup\b|\bconference (?:talk|schedule|ticket|pass)",
    ),
    _s(
        "other interview types",
        -8,
        r"visa interview|embassy|consulate|admissions? interview|co-?op board|exit interview|stay interview",
    ),
]
CANCEL = re.compile(
    r"\b(?:need|have|had|must|going) to cancel|(?:has|have) been cancell?ed|is cancell?ed|cancell?ed:|"
    r"\bcanceled\b|\bcancelled\b|cancel(?:ling|ing) (?:the|your|our|tomorrow|today)|"
    r"withdraw(?:ing)? (?:my|from)|no longer (?:available|able|interested|be able)|abgesagt|absagen",
    re.I,
)
RESCHEDULE = re.compile(
    r"\bmove[ds]? (?:it |this |the interview |our (?:call|chat|interview) )?(?:to|up)\b|resched|new time|"
    r"\bpush(?:ed)? (?:it |this )?(?:to|back)|instead\b|shift(?:ed)? (?:it |this )?to|verschieben|verschoben|"
    r"same time|updated (?:time|invitation)",
    re.I,
)
PROPOSAL = re.compile(
    r"one of these|any of these|(?:which|what) (?:of these |time )?(?:works|suits)|following (?:times|slots)|"
    r"options?\b|would any|(?:a|b|c)\)\s|\(a\)|\(b\)|\bslots?\b|let me know which",
    re.I,
)


_MAX_TEXT = 12_000  # an interview mail says what matters early; bound the regex cost
_URL = re.compile(r"(?:https?://|www\.)\S+|<[^>\s]*(?:://)[^>\s]*>", re.I)


def score(text: str) -> tuple[float, list[str]]:
    """Sum the signals that fire in ``text``; return ``(score, reasons)``."""
    total = 0.0
    reasons: list[str] = []
    text = _URL.sub(
        " ", text[:_MAX_TEXT]
    )  # meeting links are full of words ("meetup-join") that mislead
    for sig in POSITIVE + NEGATIVE:
        if sig.pattern.search(text):
            total += sig.weight
            reasons.append(f"{sig.name} ({sig.weight:+g})")
    return total, reasons


def is_cancel(text: str) -> bool:
    """The text cancels (or the candidate withdraws from) an interview."""
    return bool(CANCEL.search(text))


def is_reschedule(text: str) -> bool:
    """The text moves an interview to another time."""
    return bool(RESCHEDULE.search(text))


def is_proposal(text: str, distinct_slots: int) -> bool:
    """Several candidate times offered to choose from: nothing is booked yet."""
    return distinct_slots >= 2 and bool(PROPOSAL.search(text))
