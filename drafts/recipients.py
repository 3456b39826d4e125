"""Whom a thank-you note goes to."""

from __future__ import annotations

from detector.extract import is_machine_address, is_role_name
from detector.model import Interview, Owner, Person


def choose_recipients(interview: Interview, owner: Owner) -> tuple[Person, ...]:
    """The interviewers with real addresses; else the human recruiter; else nobody.

    Never the owner, a no-reply / notification / ATS / group-calendar address, a shared
    department mailbox, a room, or an
    attendee who declined (rooms never reach ``interviewers``: the detector drops them).
    """

    def usable(p: Person) -> bool:
        return (
            "@" in p.email
            and p.email.lower() not in owner.emails
            and p.email.lower() not in interview.declined
            and not is_machine_address(p.email)
            # a shared mailbox may have any address; its name gives it away ("Acme Careers")
            and not (p.name and is_role_name(p.name))
        )

    seen: set[str] = set()
    chosen: list[Person] = []
    for p in interview.interviewers:
        if usable(p) and p.email.lower() not in seen:
            seen.add(p.email.lower())
            chosen.append(p)
    if chosen:
        return tuple(chosen)
    if interview.recruiter is not None and usable(interview.recruiter):
        return (interview.recruiter,)
    return ()
