"""Who conducts an interview and who scheduled it, from invites, headers and text.

Interviewers come from invite attendees (never rooms, the owner or people who declined), from
company people the text names as conducting it ("Ihre Gesprächspartner: Sven Otto", "with me
and Victor Hale"), and from addresses written after "with"/"interviewer". Coordinators who only
schedule are not interviewers; they are the fallback recipient.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detector.extract import emails_in, is_machine_address, is_role_name, is_room, new_text
from detector.model import Attendee, Owner, PartStat, Person
from detector.observe import Obs

_INTERVIEWER_CTX = (
    "with",
    "interviewer",
    "meet",
    "panel",
    "speak",
    "chat",
    "host",
    ":",
    # "vous rencontrerez X", "Sie treffen X", "conocerás a X", "você conhecerá X", "je spreekt X"
    "rencontr",
    "treffen",
    "sprechen",
    "conocer",
    "conhecer",
    "entrevistad",
    "spreek",
    "ontmoet",
    # "Ihre Gesprächspartnerin ist Frau X (Teamleitung, x@...)", "led by", "conducted by"
    "gesprächspartner",
    "gespraechspartner",
    "led by",
    "conducted by",
    "interviewed by",
    # "an interview with X" in the other languages the corpus holds
    "entrevista con",
    "entrevista com",
    "entretien avec",
    "gespräch mit",
    "gesprek met",
)
_RECRUITER_CTX = (
    "recruiter",
    "contact",
    "reach",
    "question",
    "reschedul",
    "coordinator",
    "reply",
    "email",
    # the same words in other languages: "Bei Fragen ...", "pour toute question", "dudas"
    "frage",
    "kontakt",
    "ansprech",
    "pregunta",
    "duda",
    "vragen",
)


def human(p: Person, owner: Owner) -> bool:
    """A person's address, not the owner's and not a machine or role mailbox.

    A shared mailbox can have any local part, so its display name ("Acme Careers") counts too.
    """
    return (
        p.email not in owner.emails
        and not is_machine_address(p.email)
        and not (p.name and is_role_name(p.name))
    )


def interviewers_of(
    obs: Sequence[Obs], owner: Owner, why: dict[str, str] | None = None
) -> tuple[list[Person], set[str]]:
    """The people who conduct the interview in ``obs``, and the addresses that declined.

    ``why`` (when given) receives, per address, the item and the rule that named it.
    """
    why = {} if why is None else why
    out: list[Person] = []
    declined: set[str] = set()
    events = [o.event for o in obs if o.event is not None]
    for e in events:
        org = e.organizer.email if e.organizer else None
        atts: list[Attendee] = [
            a for a in e.attendees if not a.is_resource and not a.is_self and not is_room(a.person)
        ]
        for a in atts:
            if a.partstat is PartStat.DECLINED:
                declined.add(a.person.email)
        # Optional guests (ROLE=OPT-PARTICIPANT, Calendar ``optional``) are kept informed, a
        # recruiter "in case logistics come up"; they do not conduct the interview.
        optional = {
            a.person.email for a in atts if a.role in {"OPT-PARTICIPANT", "NON-PARTICIPANT"}
        }
        others = [
            a.person
            for a in atts
            if a.person.email != org
            and human(a.person, owner)
            and a.person.email not in declined
            and a.person.email not in optional
        ]
        if not others and e.organizer and human(e.organizer, owner) and optional:
            # Only optional guests besides the candidate: the organizer holds the interview.
            others = [e.organizer]
        if not others and e.organizer and human(e.organizer, owner):
            # A one-to-one invite: the organizer meets the candidate when they were also invited
            # or wrote the mail that carries the invite themselves.
            wrote = any(
                o.event is e and o.msg and o.msg.sender and o.msg.sender.email == org for o in obs
            )
            if wrote or any(a.person.email == org for a in atts):
                others = [e.organizer]
        for p in others:
            if p.email not in {x.email for x in out}:
                out.append(p)
                role = "organizer" if p.email == org else "attendee"
                why[p.email] = f"{role} of invite {e.source_id}"
    for p, reason in _named_interviewers(obs, owner):
        if p.email not in {x.email for x in out} and p.email not in declined:
            out.append(p)
            why[p.email] = reason
    senders = {o.msg.sender.email for o in obs if o.msg and o.msg.sender}
    for o in obs:
        if o.msg is None or o.from_owner:
            continue
        for addr, before in emails_in(o.text):
            low = before.lower()[-60:]
            # the cue may open a longer clause: "your interviewer is X (Head of Y, x@...)";
            # it must sit in the same sentence as the address ("Dr." does not end one)
            clause = re.split(r"(?<=[a-z]{3})[.!?]\s|\n\s*\n", before.lower())[-1]
            if (
                addr in owner.emails
                or addr in senders
                or is_machine_address(addr)
                or addr in declined
            ):
                continue
            if any(w in low for w in _RECRUITER_CTX):
                continue
            cued = any(w in low for w in _INTERVIEWER_CTX) or any(
                w in clause for w in _INTERVIEWER_CTX if len(w) > 5
            )
            if cued and addr not in {x.email for x in out}:
                out.append(Person(name="", email=addr))
                why[addr] = f"address written as an interviewer in {o.source_id}"
    if not out:
        for p, reason in _screening_recruiters(obs, owner):
            if p.email not in declined:
                out.append(p)
                why[p.email] = reason
    return out, declined


# A screen the writer holds themself: "a 30-minute phone screen with me", "I'll give you a call".
_SCREEN = re.compile(
    r"phone screen|screening call|recruiter screen|phone interview|intro(?:ductory)? call|"
    r"initial call|screening|entretien t[ée]l[ée]phonique|telefoninterview|telefonisches|"
    r"llamada|entrevista telef[oó]nica|telefonisch gesprek|chamada",
    re.I,
)
_WRITER_CALLS = re.compile(
    r"\b(?:with|mit|met|avec|con|com)\s+(?:me|mir|mij|moi|mí|mim)\b(?!\s+(?:and|und|en|et)\b)"
    r"|\bI(?:'ll| will| am going to|'m going to)\s+(?:call|ring|phone|give you a (?:call|ring))\b"
    r"|\bI(?:'ll| will) be (?:calling|conducting|running|doing)\b"
    r"|\bje vous (?:appellerai|téléphonerai)\b|\bich (?:rufe|werde) Sie\b.{0,20}\banrufen\b"
    r"|\bte llamar[ée]\b|\bvou te ligar\b|\bik bel je\b",
    re.I,
)


def _screening_recruiters(obs: Sequence[Obs], owner: Owner) -> list[tuple[Person, str]]:
    """The writer of a mail who says they hold the screen themself (no one else is named).

    A recruiter who runs the phone screen conducts the interview, so they are its interviewer;
    a coordinator who only books someone else's time never says "with me" / "I'll call you".
    """
    for o in sorted(obs, key=lambda o: o.order):
        m = o.msg
        if m is None or o.from_owner or not _SCREEN.search(o.text):
            continue
        said = _WRITER_CALLS.search(new_text(o.text))
        if said is None:
            continue
        writer = next((p for p in m.reply_to if human(p, owner)), None)
        if writer is None and m.sender and human(m.sender, owner):
            writer = m.sender
        if writer is not None:
            return [(writer, f"writer of {o.source_id} holds the screen: {said.group(0)!r}")]
    return []


# The writer counts themself in: "Das Gespräch führen Felix Brandt und ich", "with me and X".
_SELF_IN = re.compile(
    r"\b(?:and|und|et|en|y|e)\s+(?:me|ich|moi|mij|mim)\b"
    r"|\b(?:with|mit|met|avec)\s+(?:me|mir|mij|moi)\s+(?:and|und|en|et)\b"
    r"|\bconmigo\b|\bcomigo\b|\bI(?:'ll| will) (?:call|interview) you\b",
    re.I,
)
# Words that introduce the people who conduct the interview, in several languages; the name
# must follow within a few words on the same line.
_CUE = re.compile(
    r"\b(?:with|mit|met|con|avec|com|interviewers?|panel|meet|speak|spreekt|"
    r"gesprächspartner\w*|führen|hosted by|host|staff|rencontrere[zr]|rencontrer|treffen|"
    r"sprechen|conocer[áa]s?(?:\s+a)?|conhecer[áa]|ontmoet|entrevistador[ae]?s?)\b[ \t:]+"
    r"(?:[\w'’-]+[ \t,:]+){0,4}$",
    re.I,
)
_NOT_CUE = re.compile(
    r"(?:contact|coordinat\w*|questions?|reach|reschedul\w*|reply)\W+\S*\W*$", re.I
)


def _named_interviewers(obs: Sequence[Obs], owner: Owner) -> list[tuple[Person, str]]:
    """Company people (senders, organizers) the text names as conducting the interview."""
    people: dict[str, Person] = {}
    for o in obs:
        if o.msg and o.msg.sender and not o.from_owner:
            people.setdefault(o.msg.sender.email, o.msg.sender)
            # an ATS mail's human is often only the Reply-To ("Interviewer: Carla Mendez"); a
            # coordinator copies in the person the candidate will meet ("X (cc'd) would like to
            # meet you")
            for p in (*o.msg.reply_to, *o.msg.cc, *o.msg.to):
                people.setdefault(p.email, p)
        if o.event and o.event.organizer:
            people.setdefault(o.event.organizer.email, o.event.organizer)
    people = {k: p for k, p in people.items() if human(p, owner)}
    out: dict[str, tuple[Person, str]] = {}
    for o in obs:
        if o.from_owner:
            continue
        body = o.text
        sender = o.msg.sender if o.msg else None
        said = _SELF_IN.search(body)
        if sender and sender.email in people and said and sender.email not in out:
            quote = said.group(0)
            out[sender.email] = (people[sender.email], f"writer of {o.source_id}: {quote!r}")
        firsts = [p.name.split()[0].lower() for p in people.values() if p.name.split()]
        for p in people.values():
            if len(p.name.split()) < 2 or p.email in out:
                continue
            for m in _mentions(p.name, body, unique_first=firsts.count(p.name.split()[0].lower())):
                before = body[max(0, m.start() - 80) : m.start()]
                after = body[m.end() : m.end() + 90]
                if (_CUE.search(before) and not _NOT_CUE.search(before[-30:])) or _AFTER_CUE.match(
                    after
                ):
                    out[p.email] = (p, f"named as interviewer in {o.source_id}")
                    break
    return list(out.values())


# The name as the subject of the meeting: "X, our Head of Y (cc'd), would like to meet you",
# "X will ring you", "Kenji will interview you". Only the rest of the same sentence counts.
# Mail is hard-wrapped, so one line break may fall inside the sentence; a blank line ends it.
_IN_SENTENCE = r"(?:[^.!?\n]|\n(?![ \t]*\n))"
_AFTER_CUE = re.compile(
    _IN_SENTENCE
    + r"{0,70}?\b(?:would like to|wants to|will|'ll|is going to|is keen to|wird|va|vai)\s+"
    r"(?:be\s+)?(?:meet|meeting|interview|interviewing|speak|speaking|talk|chat|ring|call|"
    r"phone|run|lead|conduct|host|kennenlernen|sprechen|rencontrer|conocer)\w*\b"
    r"(?!" + _IN_SENTENCE + r"{0,30}\b(?:link|invite|invitation|details)\b)",
    re.I,
)


def _mentions(name: str, body: str, unique_first: int) -> list[re.Match[str]]:
    """Where ``name`` is written: in full, or by first name when no one else shares it.

    People write "a conversation with Amara" about a colleague they copied in by full name.
    """
    found = list(re.finditer(re.escape(name), body))
    first = name.split()[0]
    if unique_first == 1 and len(first) >= 3 and first[0].isupper():
        found += [
            m
            for m in re.finditer(
                rf"\b{re.escape(first)}\b(?!\s+{re.escape(name.split()[-1])})", body
            )
            if not any(f.start() == m.start() for f in found)
        ]
    return found


def recruiter_of(obs: Sequence[Obs], owner: Owner) -> Person | None:
    """The human recruiter or coordinator who corresponded (Reply-To first), if any."""
    for o in sorted(obs, key=lambda o: o.order, reverse=True):
        m = o.msg
        if m is None or o.from_owner:
            continue
        for p in m.reply_to:
            if human(p, owner):
                return p
        if m.sender and human(m.sender, owner):
            return m.sender
        for addr, before in emails_in(o.text):
            if (
                addr not in owner.emails
                and not is_machine_address(addr)
                and any(w in before.lower()[-60:] for w in _RECRUITER_CTX)
            ):
                return Person(name="", email=addr)
    for o in obs:
        e = o.event
        if e and e.organizer and human(e.organizer, owner):
            return e.organizer
    return None
