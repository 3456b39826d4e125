"""Who conducts an interview and who scheduled it, from invites, headers and text.

Interviewers come from invite attendees (never rooms, the owner or people who declined), from
company people the text names as conducting it ("Ihre Gesprächspartner: Sven Otto", "with me
and Victor Hale"), and from addresses written after "with"/"interviewer". Coordinators who only
schedule are not interviewers; they are the fallback recipient.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parseaddr

from detector.domains import is_free_mail
from detector.extract import (
    domain,
    emails_in,
    is_forward,
    is_machine_address,
    is_role_name,
    is_room,
    new_text,
    relayed_by,
    spells_a_domain,
    without_accents,
)
from detector.letters import NAME_WORD
from detector.model import (
    Attendee,
    CalendarEvent,
    Message,
    Owner,
    PartStat,
    Person,
    natural_name,
)
from detector.observe import SENTENCE_BREAK, Obs, version_rank

_INTERVIEWER_CTX = (
    "with",
    "interviewer",
    # Bengali "সাক্ষাৎকার গ্রহণ করবেন ... জনাব X (x@...)" (X will take the interview)
    "সাক্ষাৎকার গ্রহণ",
    "meet",
    "panel",
    # "Joining me will be our Assistant Principal, Nadia Sorrell (nsorrell@...)"
    "joining",
    # "The committee will be myself, our principal Rob Delacroix (rdelacroix@...)"
    "committee",
    "speak",
    "chat",
    "host",
    ":",
    # "vous rencontrerez X", "Sie treffen X", "conocerás a X", "você conhecerá X", "je spreekt X"
    "rencontr",
    "treffen",
    # Russian: "проведёт", "проводит", "встреча с", "интервью с"
    "провед",
    "провод",
    "встреч",
    # a labelled list of who takes part: "Participantes:", "Teilnehmer:"
    "participant",
    "teilnehmer",
    "deelnemer",
    "partecipant",
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
    # a presentation round: "Vai apresentar ao Rui Valente (CEO, rui@...)", "present to"
    "apresentar a",
    "presentar a",
    "présenter à",
    "present to",
    "presenting to",
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
    # "Bitte geben Sie mir kurz Bescheid ... per Mail an karin@..."
    "mail an",
    "bescheid",
    "ansprech",
    "pregunta",
    "duda",
    "vragen",
    # "Dúvidas? Fale com a Letícia: leticia@...", "contato", "domande"
    "dúvida",
    "duvida",
    "fale com",
    "contato",
    "domand",
    # Polish: "Chcesz zmienić termin? Napisz do Anny Kowal z zespołu rekrutacji: anna@..."
    "napisz",
    "rekrutac",
    "pytan",
    # Russian and Ukrainian: "Вопросы — мне на x@...", "пишите", "свяжитесь", "питання"
    "вопрос",
    "питанн",
    "пишите",  # (and "напишите")
    "свяж",
    "обращ",
    # Vietnamese "Người liên hệ: Chị Võ Ngọc Hân (Tuyển dụng) – x@..." (the contact person)
    "liên hệ",
    # French: "Merci de confirmer votre présence auprès de Mme Élodie Marchand, gestionnaire
    # RH (elodie.marchand@...)"
    "auprès de",
    "gestionnaire rh",
    # Korean "문의: x@..." and Japanese "お問い合わせ" (inquiries)
    "문의",
    "問い合わせ",
    # an invite's "Organizer: X" line names who sent it; the attendee list says who conducts
    "organizer",
    "organiser",
    "organisateur",
    "organizador",
    "veranstalter",
)


# Where a notice names whom to write to: Chinese "請聯繫人資 許小姐（x@...）", "聯絡信箱：",
# Japanese "ご連絡ください", Korean "연락 주시기 바랍니다". A contact, but not only: a platform's
# "联系人: 陈女士 chenyu@" may be the hiring manager who calls, so unlike the inquiry words of
# _RECRUITER_CTX these do not stop an address from being an interviewer.
_CONTACT_CTX = (
    *_RECRUITER_CTX, "聯繫", "联系", "聯絡", "联络", "連絡", "연락",
    # "Questions before Thursday? Brandon Ellis (HR Generalist, ATL5) can help at b@..."
    "can help at", "help you at",
    # Latvian "lūdzu, rakstiet man uz x@..." (write to me at), Estonian "kirjutage"
    "rakstiet", "kirjutage",
    # Spanish and Portuguese "confirmar su asistencia escribiéndome directamente a x@...",
    # "escreva para"; Lithuanian "rašykite man" (write to me)
    "escrib", "escrev", "rašyk",
    # Mongolian "Хэрэв тохирохгүй бол x@... хаягаар мэдэгдээрэй" (if it does not suit, tell me
    # at x@...)
    "тохирохгүй бол",
    # Armenian "տեղեկացնել ինձ ... x@ հասցեով" (let me know at), "գրելով ինձ" (writing to me);
    # Georgian "მომწერეთ" (write to me); Croatian, Serbian and Slovenian "javite se", "pišite"
    "ինձ", "գրելով", "მომწერეთ", "javite", "pišite", "kontaktirajte",
    # ... "potvrdite direktno meni na x@" (confirm to me at), in Cyrillic "потврдите на",
    # "јавите се", "пишите"
    "potvrdite", "потврдите", "јавите", "пишите", "контактирајте",
    # Kinyarwanda "nyandikira kuri x@" (write to me at), "mwandikire" (write to her); French
    # "écrivez-moi à", "contactez"
    "andikir", "écriv", "contactez",
)  # fmt: skip


def human(p: Person, owner: Owner) -> bool:
    """A person's address, not the owner's and not a machine or role mailbox.

    A shared mailbox can have any local part, so its display name ("Acme Careers") counts too.
    """
    return (
        p.email not in owner.emails
        and not is_machine_address(p.email)
        and not (p.name and is_role_name(p.name))
    )


_OPTIONAL_GUEST = re.compile(r"(?im)^[ \t]*([\w.+-]+@[\w.-]+)[ \t]+-[ \t]+optional[ \t]*$")


def interviewers_of(
    obs: Sequence[Obs],
    owner: Owner,
    why: dict[str, str] | None = None,
    times: Collection[datetime] = (),
) -> tuple[list[Person], set[str]]:
    """The people who conduct the interview in ``obs``, and the addresses that declined.

    ``why`` (when given) receives, per address, the item and the rule that named it.
    ``times`` are the times the interview has had (now and before a reschedule): a writer's
    "I'll ring you at 2" about another slot of the same conversation (the screen before this
    invite) is not about this one.
    """
    why = {} if why is None else why
    out: list[Person] = []
    declined = _declined_by_reply(obs)
    optional_anywhere: set[str] = set()
    events = _latest_versions(obs)
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
        # (Google's invitation text marks them too: "rhonda@mail.example - optional")
        optional |= {
            m.group(1).lower()
            for o in obs
            if o.event is e
            for m in _OPTIONAL_GUEST.finditer(o.text)
        }
        optional_anywhere |= optional
        others = [
            a.person
            for a in atts
            if a.person.email != org
            and human(a.person, owner)
            and a.person.email not in declined
            and a.person.email not in optional
        ]
        # a guest who wrote the mail carrying the invite and says they only drop in ("I'll pop
        # in to say hi, but it's Rachel's conversation") does not conduct it
        out_opted = {
            o.msg.sender.email
            for o in obs
            if o.event is e and o.msg and o.msg.sender and _OPTS_OUT.search(new_text(o.text))
        }
        others = [p for p in others if p.email not in out_opted]
        # "Candidate <> Interviewer" titles name who holds it; other guests only attend
        titled = [
            p
            for p in [*([e.organizer] if e.organizer else []), *(a.person for a in atts)]
            if human(p, owner)
            and len(p.name) > 4
            and p.name.lower() in e.summary.lower()
            and p.email not in declined
        ]
        if titled:
            others = list({p.email: p for p in titled}.values())
        if not others and e.organizer and human(e.organizer, owner) and optional:
            # Only optional guests besides the candidate: the organizer holds the interview.
            others = [e.organizer]
        if not others and e.organizer and human(e.organizer, owner):
            # A one-to-one invite: the organizer meets the candidate when they were also invited
            # or wrote the mail that carries the invite themselves.
            wrote = [
                o
                for o in obs
                if o.event is e and o.msg and o.msg.sender and o.msg.sender.email == org
            ]
            if (wrote or any(a.person.email == org for a in atts)) and not any(
                _books_for_others(o.text) for o in wrote
            ):
                others = [e.organizer]
        for p in others:
            if p.email not in {x.email for x in out}:
                out.append(p)
                role = "organizer" if p.email == org else "attendee"
                why[p.email] = f"{role} of invite {e.source_id}"
    itinerary = _itinerary_people(obs, owner)
    if itinerary:
        # the schedule names who conducts each session; an organizer taken in only by default
        # (the coordinator who sent the hold) is not one of them
        listed = {p.email for p, _ in itinerary}
        out = [p for p in out if p.email in listed or not why[p.email].startswith("organizer")]
    named = _named_interviewers(obs, owner, times if events else ())
    # one mail that books two rounds names both rounds' people ("Round 1 ... With: Yvette",
    # "Round 2 ... With: Conrad"): a guest of the other round's invite conducts that round
    other_rounds = _other_invites_people(obs, events)
    # the host who writes "I will open the meeting and then leave" only lets the candidate in
    leaves = {
        e.organizer.email
        for e in events
        if e.organizer and any(o.event is e and _HOST_LEAVES.search(o.text) for o in obs)
    }
    named = [(p, r) for p, r in named if p.email not in other_rounds | leaves]
    # (and an itinerary of two rounds on two days lists both: "1) Technical Pairing ... With:
    # Nate", "2) Founder Chat ... With: Lena", each with its own invite)
    itinerary = [(p, r) for p, r in itinerary if p.email not in other_rounds]
    said = {p.email for p, _ in named}
    said_self = {p.email for p, r in named if r.startswith("writer of")}
    if named:
        # the text says who conducts; a guest on the hold who signs as HR or a coordinator
        # ("Marisol Dunn / HR Generalist") only arranged it
        out = [
            p
            for p in out
            if p.email in said
            or not why[p.email].startswith(("attendee", "organizer"))
            or not _signs_as_coordinator(p, obs)
        ]
    # ("Megan will join only if needed", an optional guest: named in passing, not conducting)
    named = [(p, r) for p, r in named if p.email not in optional_anywhere or p.email in said_self]
    for p, reason in [*named, *itinerary]:
        if p.email not in {x.email for x in out} and p.email not in declined:
            out.append(p)
            why[p.email] = reason
    # "Omar was pulled into an offsite, so Priya will take the 1:45 slot": a guest the
    # company's later mail says drops out no longer conducts it
    gone = _dropped_out(obs)
    if gone:
        firsts = [_first(p) for p in out]
        out = [p for p in out if not _gone_for_good(p, gone, obs, firsts)]
    senders = {o.msg.sender.email for o in obs if o.msg and o.msg.sender}
    # an address under an itinerary's lunch or welcome slot is a host, whatever cue precedes it
    hosts = {a for o in obs for e in _sessions(o.text) if _not_session(e) for a, _ in emails_in(e)}
    for o in obs:
        if o.msg is None or o.from_owner:
            continue
        last_cued = ""  # the address just cued: the next one may continue its list
        for addr, before in emails_in(o.text):
            low = before.lower()[-60:]
            # the cue may open a longer clause: "your interviewer is X (Head of Y, x@...)";
            # it must sit in the same sentence as the address ("Dr." does not end one)
            clause = re.split(r"(?<=[a-z]{3})[.!?]\s|\n\s*\n", before.lower())[-1]
            # "A (a@x) and B, Senior Engineer (b@x)": the second address continues the list
            between = before.rsplit(last_cued, 1)[-1] if last_cued and last_cued in before else ""
            last_cued = ""
            if (
                addr in owner.emails
                or addr in senders
                or addr in other_rounds
                or is_machine_address(addr)
                or addr in declined
                or addr in hosts
            ):
                continue
            if any(w in low for w in _RECRUITER_CTX):
                continue
            if _QUOTE_HEADER.match(before.rsplit("\n", 1)[-1]):
                continue  # "From: Yui Ono <yui@...>" of a forwarded mail names its writer
            if _ATTRIBUTION_HEAD.match(before.rsplit("\n", 1)[-1]):
                continue  # "On Thu, Apr 30, 2026 at 11:02 AM Connor <c@...> wrote:" too
            cued = (
                any(w in low for w in _INTERVIEWER_CTX)
                or any(w in clause for w in _INTERVIEWER_CTX if len(w) > 5)
                or bool(between and _LIST_GOES_ON.match(between))
                or _under_interviewer_heading(before)
            )
            if cued:
                last_cued = addr
            if cued and addr not in {x.email for x in out}:
                out.append(Person(name=_name_on_line(before, addr), email=addr))
                why[addr] = f"address written as an interviewer in {o.source_id}"
    if not out:
        out = _copied_for_a_label(obs, owner, declined, why)
    if not out:
        for p, reason in _screening_recruiters(obs, owner):
            if p.email not in declined:
                out.append(p)
                why[p.email] = reason
    return out, declined


def _other_invites_people(obs: Sequence[Obs], events: Sequence[CalendarEvent]) -> set[str]:
    """The organizers and guests of the other invites a mail of ``obs`` carries, who are no
    guests of ``events`` (this interview's invites; their organizer may have booked both)."""
    mine = {e.uid for e in events}
    on_mine = {a.person.email for e in events for a in e.attendees}
    return {
        p.email
        for o in obs
        if o.msg is not None
        for e in o.msg.invites
        if e.uid not in mine
        for p in _guests(e)
    } - on_mine


def _guests(e: CalendarEvent) -> list[Person]:
    return [*([e.organizer] if e.organizer else []), *(a.person for a in e.attendees)]


def _copied_for_a_label(
    obs: Sequence[Obs], owner: Owner, declined: set[str], why: dict[str, str]
) -> list[Person]:
    """A labelled line names the interviewers ("面接官：田中 浩") in a script or spelling no
    address matches, and the company copies its own people in: those copied are the ones."""
    labelled = [
        o
        for o in obs
        if o.msg and not o.from_owner and any(_LIST_CUE.match(ln) for ln in o.text.splitlines())
    ]
    if not labelled:
        return []
    senders = {o.msg.sender.email for o in obs if o.msg and o.msg.sender}
    out: list[Person] = []
    for o in obs:
        if o.msg is None or o.from_owner or o.msg.sender is None:
            continue
        home = o.msg.sender.email.rsplit("@", 1)[-1]
        for p in o.msg.cc:
            if (
                p.email.endswith("@" + home)
                and p.email not in senders
                and p.email not in declined
                and human(p, owner)
                and p.email not in {x.email for x in out}
            ):
                out.append(p)
                why[p.email] = (
                    f"copied in by {o.source_id}; {labelled[0].source_id} names the interviewers"
                )
    return out


# The header lines of a forwarded or quoted mail, in the languages mail clients write them
# a quote's attribution line up to its writer: "On Thu, Apr 30, 2026 at 11:02 AM Connor ",
# "El lun, 16 mar 2026 a las 20:14, Rodrigo Lemus "
_ATTRIBUTION_HEAD = re.compile(r"[ \t>]*(?:on|el|le|am|em|il|op|dnia)\s[^\n]*\d[^\n]*$", re.I)
_QUOTE_HEADER = re.compile(
    # (Norwegian, Danish and Swedish: "Fra:", "Til:", "Kopi:", "Sendt:", "Från:", "Till:")
    r"[ \t>*]*(?:from|to|cc|sent|von|an|de|à|para|van|aan|da|a|fra|til|kopi|sendt|fr\u00e5n|till|"
    r"kopia|skickat|差出人|送信者|宛先|보낸 사람|"
    r"받는 사람|参照|发件人|收件人)[ \t]*[:\uff1a]",
    re.I,
)


_LIST_GOES_ON = re.compile(
    # a conjunction, then the next person's name (a bare list of addresses is a contact list)
    r"\W{0,4}(?:,|&|\b(?i:and|e|y|und|et|en|i|och|og|ve)\b)\s+[A-ZÀ-Ý][\w'-]+[^.!?:@]{0,60}$"
    # or the next bullet of the same list: "- Jan K. (jan@x)\n  - Selin Demir, Senior (selin@x"
    r"|[^\n]{0,4}\n[ \t]*[-*•·][ \t]+[A-ZÀ-Ý][\w'-]+[^.!?:@\n]{0,60}$"
)


def _declined_by_reply(obs: Sequence[Obs]) -> set[str]:
    """Guests whose own last answer to the invite ("Declined: Panel Interview ...", METHOD:REPLY)
    says they will not be there, whatever later versions of the invite still list."""
    answers: dict[str, PartStat] = {}
    for o in sorted(obs, key=_arrival):
        if o.event and (o.event.method or "").upper() == "REPLY":
            answers |= {a.person.email: a.partstat for a in o.event.attendees}
    return {email for email, said in answers.items() if said is PartStat.DECLINED}


def _latest_versions(obs: Sequence[Obs]) -> list[CalendarEvent]:
    """Each invite's latest version (highest SEQUENCE, then DTSTAMP, then arrival): a guest
    the organizer took off the updated invite no longer conducts it. Cancellations are left
    out while a live version exists, as they only repeat the guest list."""
    latest: dict[str, tuple[tuple[int, int, int, datetime, int], CalendarEvent]] = {}
    for o in obs:
        e = o.event
        if e is None:
            continue
        live = not (o.cancelled or (e.method or "").upper() == "CANCEL")
        rank = (int(live), *version_rank(o))
        key = e.uid or o.source_id
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, e)
    return [e for _, e in latest.values()]


def _first(p: Person) -> str:
    return (_bare_name(p.name).split() or [""])[0].lower()


def _bare_name(name: str) -> str:
    """A display name without its titles: "Prof. Naomi Castellanos" -> "Naomi Castellanos",
    "Kessler Yvonne Dr." -> "Kessler Yvonne"."""
    bare = re.sub(rf"^(?:{_HONORIFIC}\s+)+", "", name.strip())
    return re.sub(rf"(?:\s+{_HONORIFIC})+$", "", bare) or name


# Someone who can no longer take part: "Omar was pulled into an offsite", "Dana can't make it"
# (a title may stand before the name, which is then the surname: "Mr. Estrada-Paz is on travel
# and will not be able to participate")
# ("Eng. Sakariye Good": East African and Arab mail titles an engineer so)
_HONORIFIC = (
    r"\b(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Herr|Frau|Sr|Sra|Mme|Dott|Ing)\.?|Eng\.|M\.)"
)
_WHO = rf"(?:{_HONORIFIC}\s)?([A-Z][\w'-]+)(?:\s[A-Z][\w'-]+)?"
_DROPS_OUT = re.compile(
    rf"\b{_WHO}\s(?:was|has been|got|is being)\s(?:pulled|called)\s"
    rf"(?:into|away|onto)|\b{_WHO}\s(?:can(?:no|')t|cannot|won't be "
    r"able to|will not be able to|is unable to|is no longer able to)\s"
    r"(?:make|join|attend|do|be|participate|take part)\b|"
    rf"\b{_WHO}\sis\s(?:out|off|sick|unavailable|travell?ing|on leave|on travel)\b|"
    r"\b(?:dropping|removing|taking)\s([A-Z][\w'-]+)\s(?:from|off)\s(?:the\s)?(?:cc|invite|loop)\b"
)


_INTERVIEWER_HEADINGS = (
    "panel", "interviewer", "you will meet", "you'll meet", "guddiga", "komity",
)  # fmt: skip


def _name_on_line(before: str, addr: str) -> str:
    """The name written before ``addr`` on its line that the address spells ("Dr. Ayaan Muuse
    Cali (Technical Director) – ayaan.cali@..."), else ``""``."""
    line = before.rsplit("\n", 1)[-1]
    return next(
        (m.group(0) for m in _NAME.finditer(line) if address_of_name(m.group(0), [addr])), ""
    )


def _under_interviewer_heading(before: str) -> bool:
    """The address's line belongs to a list under a heading that names who interviews ("Your
    panel will be:", a blank line, then one line per panelist)."""
    for line in reversed(before.split("\n")[:-1][-8:]):
        text = line.strip().lower()
        if text.endswith(":"):
            # (Somali "Guddiga:" (the panel), Malagasy "Ny komity dia ahitana:" (the committee
            # includes))
            return any(w in text for w in _INTERVIEWER_HEADINGS)
    return False


def _dropped_out(obs: Sequence[Obs]) -> dict[str, Obs]:
    """First names (lower case) that company mail says can no longer take part, in a mail that
    names a stand-in, each with the last mail that says so."""
    out: dict[str, Obs] = {}
    for o in sorted(obs, key=_arrival):
        text = new_text(o.text) if o.msg and not o.from_owner else ""
        if _STANDS_IN.search(text):
            out |= {next(g for g in m.groups() if g).lower(): o for m in _DROPS_OUT.finditer(text)}
    return out


def _gone_for_good(p: Person, gone: dict[str, Obs], obs: Sequence[Obs], firsts: list[str]) -> bool:
    """``p`` (by first name, or by surname after a title) dropped out, and the drop neither
    moved the interview for them nor did a later mail name them as conducting again."""
    words = _bare_name(p.name).lower().split()
    key = next((w for w in words[:1] + words[-1:] if w in gone), None)
    if key is None:
        return False
    drop = gone[key]
    return not (_moved_for_them(drop, obs) or _named_since(p, drop, obs, firsts))


def _named_since(p: Person, drop: Obs, obs: Sequence[Obs], firsts: list[str]) -> bool:
    """``p`` is named as conducting, in a mail's own words, in the drop mail or a later one
    ("Omar can't make Tuesday, so we moved it to Thursday with Omar" keeps Omar)."""
    since = [o for o in obs if o.msg and not o.from_owner and _arrival(o) >= _arrival(drop)]
    # the drop itself ("Bo is out, so Ines runs it solo") does not name Bo as conducting
    return any(_conducts(p, _DROPS_OUT.sub(" ", new_text(o.text)), firsts) for o in since)


def _moved_for_them(drop: Obs, obs: Sequence[Obs]) -> bool:
    """The drop mail moves the interview to another day ("Declan has been called into a
    hearing on Tuesday. Would Thursday suit instead?"): whoever could not make it still
    conducts it. A stand-in for one slot of the same day is not a move."""
    if not drop.reschedule or drop.start is None:
        return False
    before = [o.start for o in obs if o.start and _arrival(o) < _arrival(drop)]
    return bool(before) and all(t.date() != drop.start.date() for t in before)


def _arrival(o: Obs) -> tuple[datetime, int]:
    return (o.date or datetime.min.replace(tzinfo=UTC), o.order)


_STANDS_IN = re.compile(
    r"\binstead\b|\bwill (?:take (?:over|the|their|his|her)|step in|fill in|cover|replace|stand "
    r"in)|\btaking (?:over|their place|his place|her place)|\bsolo\b|\bon (?:her|his|their) own\b|"
    r"\bby (?:herself|himself|themselves)\b",
    re.I,
)


def _signs_as_coordinator(p: Person, obs: Sequence[Obs]) -> bool:
    """A mail in ``obs`` is signed by ``p`` with an HR, recruiting or coordinating title."""
    if len(p.name.split()) < 2:
        return False
    name = re.escape(p.name)
    # ("Lucie Perrin\nTalent & People", or on one line: "Lucie Perrin | Talent & People | X")
    sign = re.compile(rf"^[ \t]*{name}[ \t]*(?:\n|[|–—][ \t]*)[ \t]*([^\n]{{2,80}})", re.M)
    # or titled right after the name as a recruiter ("Booked via Chili Piper on behalf of Jess
    # Albright (Northpine Labs Recruiting)"; not "Rosa Delgado (Distance Education
    # Coordinator)", a committee member whose job title says coordinator)
    titled = re.compile(rf"\b{name}[ \t]*(?:\(|,[ \t]*)([^\n(),]{{2,50}})")
    return any(
        _HR_TITLE.search(m.group(1)) for o in obs if not o.from_owner for m in sign.finditer(o.text)
    ) or any(
        _RECRUITING_TITLE.search(m.group(1))
        for o in obs
        if not o.from_owner
        for m in titled.finditer(o.text)
    )


_RECRUITING_TITLE = re.compile(
    r"\b(?:HR|human resources|talent acquisition|recruit\w*|recrut\w*|reclut\w*)\b", re.I
)
_HR_TITLE = re.compile(
    r"\b(?:HR|human resources|talent|recruit\w*|people (?:ops|operations|partner|team)|"
    # "Chargée de recrutement", "Reclutadora", "Atração de Talentos", "Personalreferentin"
    r"recrut\w*|reclut\w*|selecci[óo]n|atra[çc][ãa]o|"
    r"coordinat\w*|scheduler|personal(?:abteilung|referent\w*)|rh|rrhh|ressources humaines)\b",
    re.I,
)


_SAME_SLOT = timedelta(minutes=5)


# The writer books someone else's time: names the interviewer(s) in a field or a schedule, or
# signs as the one who coordinates ("Recruiting Coordinator").
_OTHERS_FIELD = re.compile(r"(?im)^[ \t]*(?:your[ \t]+)?interviewers?[ \t]*:")
_COORDINATOR_SIG = re.compile(r"\b(?:coordinat\w*|scheduler|scheduling)\b", re.I)
# "You'll meet with four members of our team", "you will speak with several colleagues"
_MEETS_OTHERS = re.compile(
    r"\b(?:meet|speak|talk)\s+(?:with\s+)?(?:two|three|four|five|six|several|a few|some|"
    r"members|colleagues|people|the team|our team|the panel|our panel)\b",
    re.I,
)


def _books_for_others(text: str) -> bool:
    """``text`` (the mail carrying an invite) shows its writer arranging, not conducting."""
    return bool(
        _OTHERS_FIELD.search(text)
        or _MEETS_OTHERS.search(text)
        or any(_sessions(text))
        or _COORDINATOR_SIG.search(new_text(text).rstrip()[-250:])
    )


# (not one already held: "the team really enjoyed your chat with me last week")
_NOT_PAST = r"(?!\s+(?:last (?:week|month|time)|yesterday|earlier|this morning|the other day)\b)"
# A screen the writer holds themself: "a 30-minute phone screen with me", "I'll give you a call".
_SCREEN = re.compile(
    r"phone screen|screening call|recruiter screen|phone interview|intro(?:ductory)? call|"
    r"initial call|screening|entretien t[ée]l[ée]phonique|telefoninterview|telefonisches|"
    r"llamada|entrevista telef[oó]nica|telefonisch gesprek|chamada|"
    r"entrevue t[ée]l[ée]phonique|"
    # a call by its size rather than its name: "a quick 30-minute call", "a short call"
    r"\b(?:quick|short|brief)\s+(?:\d+[- ]?min(?:ute)?s?\s+)?(?:call|chat)\b|"
    r"\b\d+[- ]?min(?:ute)?s?\s+(?:phone\s+|video\s+)?(?:call|chat)\b|"
    r"\b(?:call|chat|conversation) with me\b" + _NOT_PAST,
    re.I,
)
_WRITER_CALLS = re.compile(
    r"\b(?:with|mit|met|avec|con|com)\s+(?:me|mir|mij|moi|mí|mim)\b(?!\s+(?:and|und|en|et)\b)"
    r"|\bI(?:'ll| will| am going to|'m going to)\s+(?:call|ring|phone|give you a (?:call|ring))\b"
    r"|\bI(?:'ll| will) be (?:calling|conducting|running|doing)\b"
    r"|\bje vous (?:appellerai|téléphonerai)\b|\bich (?:rufe|werde) Sie\b.{0,70}?\ban(?:rufen)?\b"
    r"|\bte llamar[ée]\b|\bvou te ligar\b|\bik bel je\b"
    # "Faço a chamada pelo Zoom", "eu te ligo", "ti chiamo io"
    r"|\bfa[çc]o a (?:chamada|liga[çc][ãa]o)\b|\beu (?:te |lhe )?ligo\b|\bti chiamo\b"
    # a sign-off for the call itself: "Speak then!", "talk to you then"
    r"|\b(?:speak|talk|chat)\s+(?:to you\s+|with you\s+)?then\b",
    re.I,
)


def _screening_recruiters(obs: Sequence[Obs], owner: Owner) -> list[tuple[Person, str]]:
    """The writer of a mail who says they hold the screen themself (no one else is named).

    A recruiter who runs the phone screen conducts the interview, so they are its interviewer;
    a coordinator who only books someone else's time never says "with me" / "I'll call you".
    """
    # the call is named once in a thread ("a quick intro call?") and confirmed later ("I'll give
    # you a ring Thu at 3"), so the screen may be named in any of its mails
    if not any(_SCREEN.search(o.text) for o in obs if o.msg and not o.from_owner):
        return []
    for o in sorted(obs, key=lambda o: o.order):
        m = o.msg
        if m is None or o.from_owner:
            continue
        said = _WRITER_CALLS.search(new_text(o.text))
        if said is None:
            continue
        writer = next((p for p in m.reply_to if human(p, owner)), None)
        if writer is None and m.sender and human(m.sender, owner):
            writer = m.sender
        if writer is None:
            writer = (
                _relayed_writer(m.sender, o.text)
                or _signer(new_text(o.text), owner)
                or _signed_after(new_text(o.text), said.end(), owner)
            )
        if writer is not None:
            return [(writer, f"writer of {o.source_id} holds the screen: {said.group(0)!r}")]
    return []


def _relayed_writer(sender: Person | None, text: str) -> Person | None:
    """The person a network or ATS relays ("Marion Haug über Kontakta <nachrichten@...>"),
    at the address of theirs the text writes ("erreichen Sie mich unter marion.haug@...")."""
    if sender is None or not is_machine_address(sender.email):
        return None
    name = relayed_by(sender.name)
    if not name:
        return None
    addr = address_of_name(name, [a for a, _ in emails_in(text)])
    return Person(name=name, email=addr) if addr else None


def _signer(text: str, owner: Owner) -> Person | None:
    """The person whose address closes ``text`` (its signature), for mail an ATS relays.

    "Talk soon, Rosa Delgado / Technical Recruiter / rosa.delgado@acme.example": the relay's
    no-reply sender hides the writer, whose own address is only in the signature.
    """
    tail = text.rstrip()[-300:]
    found = [a for a, _ in emails_in(tail) if human(Person(name="", email=a), owner)]
    return Person(name="", email=found[-1]) if found else None


def _signed_after(text: str, pos: int, owner: Owner) -> Person | None:
    """The first person's address in the few lines after ``text[pos]``: the signature under
    a message a job board quotes ("I'll call you ... Kelly Brandt / Store Director /
    kbrandt@..."), which the board's own footer follows."""
    found = [a for a, _ in emails_in(text[pos : pos + 400]) if human(Person("", a), owner)]
    return Person(name="", email=found[0]) if found else None


# "X and I will ...", "X (Staff Engineer) and I'll ...": the writer and X hold it together.
_AND_I = (
    r"(?:[ \t]*\([^)\n]{1,50}\))?\s+and\s+I\s+(?:will|'ll|are going to|would like to|want to|"
    # "Javier and I look forward to speaking with you"
    r"look forward to (?:speaking|meeting|talking|chatting))\b"
    # (not the two of them arranging it: "Dwayne and I would like to move your interview")
    r"(?!\s+(?:move|reschedule|push|postpone|cancel|change|shift|confirm|send|thank|let you)\b)"
)
_AND_I_AFTER = re.compile(_AND_I, re.I)


# the writer and someone hear about it afterwards: "Reggie will share his feedback with Caleb and
# me afterward", "let Caleb and me know", "keep Caleb and me posted" (they do not conduct it)
_TOLD_AFTER = re.compile(
    r"\b(?:feedback|share\w*|report\w* back|let(?!['’]s| us)|keep|update|cc|copy|copying|email|"
    r"send)\b"
    r"[^.!?\n]{0,40}$",
    re.I,
)


# The writer counts themself in: "Das Gespräch führen Felix Brandt und ich", "with me and X",
# "Dev and I will walk through ...", "A and B will join me", "we'll build it together".
_SELF_IN = re.compile(
    # (not Afrikaans "en me. Anri du Plessis": "me." is her title before a full name)
    r"\b(?:and|und|et|en|y|e)\s+(?:me\b(?!\.[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]|du\b|van\b|de\b|le\b))|"
    r"(?:ich|mir|moi|mij|mim)\b)"
    # Norwegian, Danish and Swedish: "Faglig intervju med Øyvind Sele og meg", "och mig"
    r"|\b(?:og|och)\s+(?:meg|mig)\b"
    # Kinyarwanda "hamwe nanjye" (with me)
    r"|\bhamwe nanjye\b"
    # Malagasy "hiantso anao aho" (I will call you); Somali "aniga ayaa ku soo wacaya" (I will
    # call you), "Wareysigan aniga ayaa qaban doona" (I will hold this interview)
    r"|\bhiantso\s+anao\s+aho\b|\baniga ayaa (?:ku soo wac\w*|qaban doona)\b"
    # Uzbek "Suhbatni o'zim o'tkazaman" (I will hold the interview myself)
    r"|\bo['\u2019]zim o['\u2019]tkazaman\b"
    # Indonesian and Malay: "interview gabungan HR & user bersama saya dan Bapak Reza Mahendra"
    # (with me and), "dengan saya dan"
    r"|\b(?:bersama|dengan)\s+saya\s+dan\b"
    # a details block that lists the writer first: "Who: me and Capt. Lewis Adeyemi"
    r"|(?m:^[ \t]*(?:who|with|interviewers?|panel)[ \t]*:[ \t]*(?:me|myself)\b)"
    # ... or a bullet of the panel's list: "Panel:\n- Derek Olsen, Intake Manager\n- me"
    r"|(?im:^[ \t]*(?:panel|interviewers?|your panel)[ \t]*:[ \t]*\n"
    r"(?:[ \t]*[-*\u2022][^\n]*\n){0,6}"
    r"[ \t]*[-*\u2022][ \t]*(?:me|myself)[ \t]*\.?[ \t]*$)"
    # Spanish: "junto a Vanesa Molina, Líder de Contabilidad, y a mí" (not "y a mí me gustaría")
    r"|\by a m[i\u00ed]\b(?!\s+me\b)"
    # the terse forms: "you + me + omar", "a system design convo w/ me + Lin"
    r"|\bme\s*\+|\+\s*me\b|\bw/\s*me\b"
    # Finnish: "Haastattelijoina olisimme minä ja tuottajamme Laura Heikkinen"
    r"|\bhaastattelijoina\s+(?:\w+\s+)?min\u00e4\b"
    # (not a coordinator's closing row: "12:45 PM  Wrap-up with me and parking validation")
    r"|(?<!wrap-up )(?<!wrap up )(?<!check-in )(?<!debrief )(?<!lunch )(?<!tour )"
    r"\b(?:with|mit|met|avec)\s+(?:me|myself|mir|mij|moi)\s+(?:and|und|en|et)\b"
    # "una llamada conmigo", "conversa comigo" (not "dudas, habla conmigo": a contact line)
    r"|\b(?:entrevista|conversa|chamada|liga[çc][ãa]o|charla|llamada|videollamada|reuni[óo]n|"
    r"reuni[ãa]o|papo|call)\b[^.\n]{0,40}\b(?:comigo|conmigo)\b"
    r"|\bI(?:'ll| will) (?:\w+ly )?(?:call|interview|ring|phone) (?:you|her|him|them)\b"
    # the writer receives the candidate: "OK pour recevoir Claire Dumoulin le lundi 4 mai",
    # "je la recevrai"
    r"|\bpour recevoir (?-i:[A-Z])|\bje (?:la|le|vous) recevrai\b"
    # "Come by the branch Tuesday ... and I'll do your interview"
    r"|\bI(?:'ll| will) (?:do|run|conduct|take) your interview\b"
    # "Looking forward to talking research methods with you. ... I'll ask you to talk through a
    # study you ran"
    r"|\bI(?:'ll| will) ask you to (?:talk|walk) (?:me |us )?through\b"
    # "The committee is me, Marcus Eide (faculty) and Rosa Delgado"
    r"|\b(?:committee|panel|interviewers?) (?:is|are|will be|includes?) me\b"
    # a hiring manager to the agency: "noon ET works for me ... I'll send her a Zoom link directly"
    r"|\bworks for me\b[^\n]{0,80}\bI(?:'ll| will) send (?:her|him|them) (?:a|the|my) "
    r"(?:zoom|teams|meet|webex|video) link\b"
    # "For the second interview I'll be joined by Grace Holm"
    r"|\bI(?:'ll| will) be joined by\b"
    # "I will chair the panel and will be joined by Priti Sandhu"
    r"|\bI(?:'ll| will) (?:chair|lead|run) (?:the|your|this) (?:interview )?(?:panel|interview)\b"
    r"|\blooking forward to (?:talking|chatting)\b[^.\n]{0,40}\bwith you\b"
    # "I am looking forward to our conversation on Tuesday"
    r"|\bI(?:'m|\s+am)\s+looking\s+forward\s+to\s+(?:our|the)\s+(?:conversation|chat|call|interview)\b"
    # the organizer's own invite: "here's the invite for our chat about the X role"
    r"|\b(?:invite|invitation) for our (?:chat|call|conversation|interview|meeting)\b"
    r"|\bI(?:'ll| will) (?:call|ring|phone) (?:her|his|their|your) (?:cell|mobile|phone)\b"
    r"|\bI(?:'ll|\s+will)\s+be\s+the\s+one\s+(?:calling|interviewing|meeting|ringing|phoning)\b"
    # (not the agency's "I'll give you a call afterwards to debrief")
    r"|\bI(?:'ll| will) give you a (?:quick )?(?:call|ring|buzz)\b"
    # (nor its "I'll give you a call on Monday to go through prep")
    r"(?!\s+(?:afterwards|after\b|later|once|to debrief))"
    r"(?!(?:\s+(?:on|this|next)\s+\w+)?\s+to\s+(?:go|talk|run|walk)\s+(?:you\s+)?through\b)"
    # a hiring manager to the agency: "It'll be with me and should take about an hour"
    r"|\b(?:it|this|the interview)(?:'ll| will) be with me\b"
    # "Das Gespräch führe ich gemeinsam mit Dr. X", "je mènerai l'entretien avec"
    r"|\bf\u00fchre ich\b|\bich (?:gemeinsam|zusammen) mit\b|\bje m\u00e8nerai\b"
    # "Gerne würde ich mit Ihnen ein erstes Gespräch ... führen"
    r"|\b(?:m\u00f6chte|w\u00fcrde) ich\b[^.\n]{0,100}\b(?:f\u00fchren|kennenlernen|sprechen)\b"
    # an itinerary's row "15h00 Abschlussgespräch mit mir (HR)", "final chat with me"
    r"|\b\w*(?:gespr\u00e4ch|interview|chat|call|conversation|entretien|entrevista|conversa|"
    rf"colloquio)\s+(?:mit mir|with me|avec moi|conmigo|comigo|con me)\b{_NOT_PAST}"
    # Spanish: "la entrevisto yo en mi oficina"
    r"|\b(?:la|lo|te|le) entrevisto\b"
    # "I've put us down for a video interview Thu 3/12", "booked us in for Friday"
    r"|\bput us down for\b|\bbooked us (?:in )?for\b"
    # "rencontre avec moi-même pour le poste", "entrevue avec moi"
    r"|\b(?:rencontre|entretien|entrevue)\s+avec\s+moi(?:-m[êe]me)?\b"
    # "Von unserer Seite nehmen ich und Frau Sophie Kellner teil"
    r"|\bnehmen ich\b|\bich und (?:frau|herr)\b"
    # a hiring manager to the headhunter: "Gerne treffe ich Frau Caflisch am Mittwoch"
    r"|\btreffe ich (?:frau|herrn?|sie)\b|\bich treffe (?:frau|herrn?|sie)\b"
    # Dutch: "Ik wil haar graag spreken", "je spreekt met mij en met Els"
    r"|\bik wil (?:je|haar|hem|u) graag (?:spreken|ontmoeten)\b|\bspreekt met mij\b"
    # Polish: "Rozmowę poprowadzę ja", "zadzwonię do Pana"
    r"|\bpoprowadz\u0119\b|\bprzeprowadz\u0119\b|\bzadzwoni\u0119\b"
    # the writer last in a list of who conducts: "condotto da Elisa Marchetti ... e da me"
    r"|\be da me\b|\by por m[ií]\b|\bet par moi\b|\bund von mir\b|\be por mim\b"
    # the writer's own call or talk in Portuguese: "Ligo-lhe pelo Whereby", "gostaria de ter
    # uma última conversa consigo"
    r"|\bligo-(?:lhe|te)\b|\bconversa (?:consigo|contigo)\b"
    # "Ich würde das zusammen mit Mira machen"
    r"|\bich (?:w\u00fcrde|werde|m\u00f6chte) das (?:gerne? )?(?:gemeinsam|zusammen) mit\b"
    # "Am Gespräch nehmen neben mir Dr. Kuhn teil", "besides me", "além de mim"
    r"|\b(?:neben|au\u00dfer) mir\b|\bbesides me\b|\balong(?:side)? (?:with )?me\b"
    r"|\bal\u00e9m de mim\b|\badem\u00e1s de m\u00ed\b|\ben plus de moi\b"
    # (a name: capitalised even though the rest ignores case; not "reply to this email and I will")
    r"|\b(?-i:[A-Z])[\w'’-]+" + _AND_I + r"|\b(?:will|'ll|to)\s+(?:join|be joining)\s+me\b"
    # "it'll just be me for this first conversation", "I'll be taking it myself"
    r"|\bI(?:'ll| will) be (?:taking|running|leading|doing) (?:it|this|the \w+) myself\b"
    r"|\b(?:taking|running|leading|doing) (?:it|this) myself\b"
    r"|\b(?:it'?ll|it will|it'?s)\s+(?:just\s+)?be\s+(?:just\s+)?me\b|\bjust the two of us\b"
    # "The committee will be myself, our principal Rob Delacroix ..."
    r"|\b(?:will be|are|is|includes?|including|consists of|consisting of)\s+myself\b"
    r"|\bjoining me (?:will be|is|are)\b"
    # "Le comité de sélection sera composé de moi-même (présidente du comité), de M. X"
    r"|\bde moi-m\u00eame\b",
    re.I,
)
# "we'll build a small component together": the writer is in the room, unless the same text
# names someone else as the one conducting ("an interview with X. We'll work ... together").
_WE_TOGETHER = re.compile(
    r"\bwe(?:'ll| will)\s+(?:build|write|code|pair|work|walk|solve|design|sit)\b[^.\n]{0,60}"
    r"\btogether\b",
    re.I,
)
# The writer says they only arrange it: "Kofi (Talent) is only organising and won't join".
_OPTS_OUT = re.compile(
    r"\b(?:won'?t|will not|am not|is not|isn'?t|not be)\s+(?:be\s+)?(?:join|joining|"
    r"attend|attending|on the call|in the interview)\b|\bonly (?:organi[sz]|schedul|coordinat)|"
    r"\b(?:pop|drop|dip) in\b[^.\n]{0,40}\b(?:say (?:hi|hello)|first (?:few|couple))|"
    r"\bit'?s [A-Z][\w'-]+'s (?:conversation|interview|call|session)\b",
    re.I,
)
_HOST_LEAVES = re.compile(
    r"\bI(?:'ll| will) (?:open|start|admit you)\b[^.\n]{0,80}\b(?:and )?then leave\b", re.I
)
# Words that introduce the people who conduct the interview, in several languages; the name
# must follow within a few words on the same line.
_CUE = re.compile(
    # (Indonesian and Malay "wawancara dengan Bapak Hendra Wijaya", "interview user bersama Mas
    # Galih Permana")
    r"\b(?:with|mit|met|con|avec|com|dengan|bersama|(?-i:cu)|interviewers?|panel|meet|meeting|speak|speaking|spreekt|"
    r"gesprächspartner\w*|führen|hosted by|host|staff|rencontrere[zr]|rencontrer|treffen|"
    r"sprechen|conocer[áa]s?(?:\s+a)?|conhecer[áa]|ontmoet|entrevistador[ae]?s?|"
    # "conducted by": "conduzida pela", "conducida por", "menée par", "condotto da"
    r"conducted by|led by|interviewed by|conduzid[ao] p(?:el[ao]|or)|conducid[ao] por|"
    r"men[ée]e? par|"
    # Spanish "La entrevista estará a cargo del Ing. Hugo Valdivia" (in the hands of), "por
    # evaluadores ..., entre ellos Andrea Gamarra y Luis Ccori" (among them)
    r"a cargo (?:del|de la|de)|entre (?:ellos|ellas)|"
    # (a hard-wrapped line may put the name on the next line: "il colloquio con\nNiccolò")
    r"condott[ao] da|gef\u00fchrt von|geleid door|przeprowadzi|poprowadzi|"
    # "Von unserer Seite nehmen ich und Frau Sophie Kellner teil"
    r"nehmen|"
    # "Namens Mark Visser en Dewi Smit nodig ik je uit", "au nom de", "im Namen von"
    r"namens|au nom de|im namen von|en nombre de|em nome de|"
    # ... and an assistant's "I write on behalf of the Managing Director/CEO, Dr. Olumide Coker
    # (copied)" (not a scheduler's "Booked via Chili Piper on behalf of Jess Albright")
    r"(?:write|writing) on behalf of|"
    # Swedish, Danish, Norwegian "Andra intervju med Viktor Ahlgren och Sofia Ek", "Du møter
    # prosjektleder Kjetil Vik", "du kommer att träffa"
    r"med|m\u00f8ter|m\u00f8de|tr\u00e4ffa|tr\u00e4ffar|"
    # Finnish: "Haastattelijana toimii studiopäällikkömme Riikka Mäkelä"
    r"haastattelij\w*|"
    # Ukrainian: "Співбесіду проводитиме Андрій Павленко", "з нашим тімлідом Сергієм"
    r"проводитиме|проводитимуть|проведе|проведуть|з нашим|з нашою|"
    # Russian: "Интервью проведёт Кирилл Захаров", "встреча с Игорем Савельевым"
    r"провед[ёе]т|проводит|проводят|с нашим|с нашей|встреч[аиу] с|интервью с|собеседование с|"
    # Serbian and Croatian: "razgovor sa Stefanom Markovićem", "Vodi Ana Savić", "Razgovor vodi
    # Goran Janković"; in Cyrillic "разговор са", "води"
    r"razgovor\w* sa?|intervju\w* sa?|vodi|vode|разговор\w* са?|интервју\w* са?|води|воде|"
    # Hebrew "עם" (with), also as "ועם" (and with); Vietnamese "với" (with); Kinyarwanda
    # "hamwe nanjye na Grace Ingabire" (with me and Grace Ingabire)
    r"ו?עם|với|hamwe na(?:njye na)?)\b(?:[ \t:]+|[ \t]*\n[ \t]*)"
    # a few words (honorifics included), or a bracketed title or address:
    # "with A (Head of X) and B", "with Mr. Tunde Bakare (CTO) and Mrs. Funke Adeyemi"
    # (Italian, Spanish and Polish titles too: "dott. Sergio Valli", "Lic.", "Mgr inż.")
    # ("the Managing Director/CEO, Dr. Olumide Coker": a title may join two with a slash)
    # ("conducted by our Chief Engineer, Eng. Ronald Okello": African mail titles an engineer)
    r"(?:(?:[\w'’-]+(?:/[\w'’-]+)?|(?:Mr|Mrs|Ms|Dr|Prof|Mme|M|Sr|Sra|[Dd]ott|[Dd]ott\.ssa|[Ii]ng|"
    r"Eng|Engr|[Aa]vv|[Ss]ig|"
    r"[Ss]ig\.ra|Dra|Lic|Mgr|Inż)\.|\([^()\n]{1,60}\))[ \t,:]+){0,8}$",
    re.I,
)
_NOT_CUE = re.compile(
    r"(?:contact|coordinat\w*|questions?|reach|reschedul\w*|reply)\W+\S*\W*$|"
    # who to ask, in any language: "Em caso de dúvidas, fale com a Fernanda", "si tienes
    # dudas, habla con Marta", "pour toute question, contactez Julie"
    r"\b(?:d[úu]vidas|dudas|preguntas|questions?)\b[^.?!\n]{0,25}$|"
    # ("Si el nuevo horario no le resulta posible, comuníquese con Katherine Huamaní")
    r"\b(?:fale|falar|hable|habla|contacte|contacta|contactez|escreva|escriba|"
    r"comun[íi]quese|comun[íi]cate|comunicarse)\s+"
    r"(?:com|con|avec)?\s*(?:a|o|la|el)?\s*$|"
    # a sign-off line ending in a comma, the writer's name under it: "bearing with us,\nAma"
    r",[ \t]*\n[ \t]*$|"
    # who sends the invite, not who conducts: "an invitation will follow from Saoirse"
    r"\b(?:follow|come|arrive|sent|go out)\s+(?:\w+\s+){0,2}(?:from|by)\W*$|"
    # a sign-off before the writer's name: "With apologies,\nHattie Blake"
    r"\b(?:with|mit|avec|met|con|com)\s+(?:\w+\s+){0,2}(?:regards|wishes|thanks|apologies|"
    r"love|gratitude|gr\u00fc\u00dfen|salutations|saludos|cumprimentos|groet\w*)\W*$",
    re.I,
)


_PANEL_LINE = re.compile(r"(?im)^[ \t]*(?:panel(?:ists)?|interviewers?(?:\(s\))?)[ \t]*:[ \t]*\S")
_HOST_LINE = re.compile(r"(?im)^[ \t]*host(?:ed by)?[ \t]*:[^\n]*$")


def _named_interviewers(
    obs: Sequence[Obs], owner: Owner, times: Collection[datetime] = ()
) -> list[tuple[Person, str]]:
    """Company people (senders, organizers) the text names as conducting the interview.

    With ``times`` (an invite holds the slot), a writer's claim to hold it counts only in
    mail that names one of them.
    """
    people: dict[str, Person] = {}
    for o in obs:
        if o.msg and o.msg.sender and not o.from_owner:
            people.setdefault(o.msg.sender.email, o.msg.sender)
            writer = _writer_of(o, owner)
            if writer is not None:
                people.setdefault(writer.email, writer)
            # an ATS mail's human is often only the Reply-To ("Interviewer: Carla Mendez"); a
            # coordinator copies in the person the candidate will meet ("X (cc'd) would like to
            # meet you")
            for p in (*o.msg.reply_to, *o.msg.cc, *o.msg.to, *_forwarded_people(o.msg)):
                people.setdefault(p.email, p)
        if o.event and o.event.organizer:
            people.setdefault(o.event.organizer.email, o.event.organizer)
    # an address written only in the text ("reply to hannah.cole@...") belongs to the person
    # whose name spells it ("Hannah Cole has scheduled a phone screen")
    written = [a for o in obs if not o.from_owner for a, _ in emails_in(o.text) if a not in people]
    if written:
        for o in obs:
            for m in _NAME.finditer(o.text):
                addr = address_of_name(m.group(0), written)
                if addr:
                    people.setdefault(addr, Person(name=m.group(0), email=addr))
    people = {k: p for k, p in people.items() if human(p, owner)}
    # everyone the text could name as the one conducting, invited guests included
    named = dict(people)
    for o in obs:
        for a in o.event.attendees if o.event else ():
            if human(a.person, owner):
                named.setdefault(a.person.email, a.person)
    firsts = [_first(p) for p in named.values() if p.name.split()]
    out: dict[str, tuple[Person, str]] = {}
    for o in obs:
        if o.from_owner:
            continue
        body = o.text
        if _PANEL_LINE.search(body):
            # a booking page's "Host: Haruka" above its "Panel: A, B, C": the host booked it
            body = _HOST_LINE.sub("", body)
        # an invite's description is the organizer's words even when a calendar service sent it
        writers = [_writer_of(o, owner), o.event.organizer if o.event else None]
        said = next(
            (
                m
                for m in _SELF_IN.finditer(body)
                if not _TOLD_AFTER.search(body[max(0, m.start() - 60) : m.start()])
            ),
            None,
        )
        if said is None and not any(
            _conducts(p, body, firsts) for p in named.values() if p not in writers
        ):
            said = _WE_TOGETHER.search(body)
        if _OPTS_OUT.search(body):
            said = None
        if times and (o.start is None or all(abs(o.start - t) > _SAME_SLOT for t in times)):
            said = None
        claimant = _forwarded_writer(body, said.start()) if said else None
        if claimant is not None and human(claimant, owner):
            people.setdefault(claimant.email, claimant)
            writers = [claimant]
        for w in writers:
            if w and w.email in people and said and w.email not in out:
                quote = said.group(0)
                out[w.email] = (people[w.email], f"writer of {o.source_id}: {quote!r}")
                break
        for p in people.values():
            if p.email not in out and _conducts(p, body, firsts):
                out[p.email] = (p, f"named as interviewer in {o.source_id}")
    return list(out.values())


_FORWARDED_FROM = re.compile(
    r"(?im)^[ \t>*]*(?:from|von|de|van|da|fra|fr\u00e5n)[ \t]*:[ \t]*(.+)$"
)


_FORWARDED_PEOPLE = re.compile(
    r"(?im)^[ \t>*]*(?:from|to|cc|von|an|de|à|para|van|aan|fra|til|kopi|fr\u00e5n|till|kopia)"
    r"[ \t]*:[ \t]*(.+@.+)$"
)


def _forwarded_people(msg: Message) -> list[Person]:
    """The people in a forwarded mail's own From/To/Cc lines ("Cc: Marcus Hale <m@x>; Ruth
    Okafor <r@x>"): an agency forwards the client's note, whose copies are the panel."""
    if not is_forward(msg.subject):
        return []
    found = [m.group(1).replace(";", ",") for m in _FORWARDED_PEOPLE.finditer(msg.text)]
    return [
        Person(name=natural_name(name), email=addr.lower())
        for name, addr in getaddresses(found)
        if "@" in addr
    ]


def _writer_of(o: Obs, owner: Owner) -> Person | None:
    """Who wrote ``o``'s words: its sender, or, when the owner forwarded a company's mail to
    their own other address, the forwarded mail's writer ("From: Hollis Grange <hg@...>")."""
    sender = o.msg.sender if o.msg else None
    if sender is None or sender.email not in owner.emails:
        return _relayed_writer(sender, o.text) or sender
    m = _FORWARDED_FROM.search(o.text)
    return _header_person(m.group(1)) if m else None


def _friends_forward(o: Obs, owner: Owner) -> Person | None:
    """The company writer of the mail a friend forwarded ("Fwd: Invitation for Interview",
    sent from the owner's own mail provider): the owner answers the company, not the friend
    who referred them."""
    m = o.msg
    if m is None or m.sender is None or not is_forward(m.subject):
        return None
    home = domain(m.sender.email)
    if not (is_free_mail(home) or any(domain(e) == home for e in owner.emails)):
        return None
    head = _FORWARDED_FROM.search(o.text)
    writer = _header_person(head.group(1)) if head else None
    if writer is None or domain(writer.email) == home or not human(writer, owner):
        return None
    return writer


def _header_person(value: str) -> Person | None:
    """The person of a quoted "From:" header's value."""
    # (Outlook writes "Dufresne, Karine (MRES) <karine@...>", which parseaddr splits at the comma)
    bracket = re.search(r"<([^<>\s]+@[^<>\s]+)>", value)
    if bracket is not None:
        name = re.sub(r"\s*\([^()]*\)", "", value[: bracket.start()]).strip(' "')
        return Person(name=natural_name(name), email=bracket.group(1).lower())
    name, addr = parseaddr(value)
    return Person(name=name, email=addr.lower()) if "@" in addr else None


def _forwarded_writer(body: str, pos: int) -> Person | None:
    """The writer of the forwarded mail that holds ``body[pos]``: an agency forwards the
    client's "I'll ring her cell", which is the client's claim, not the agency's."""
    heads = [m for m in _FORWARDED_FROM.finditer(body) if m.end() < pos]
    return _header_person(heads[-1].group(1)) if heads else None


def named_as_conducting(p: Person, obs: Sequence[Obs]) -> bool:
    """Company mail in ``obs`` names ``p`` (by full name) as the one conducting: "Avec : Théo
    Garnier, CTO" in an ATS mail that has no address for him."""
    if len(_bare_name(p.name).split()) < 2:
        return False
    return any(_conducts(p, o.text, []) for o in obs if not o.from_owner)


_W_SLASH = re.compile(r"\bw/\s?", re.I)
_ANY_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS_AFTER = re.compile(r"\A[ \t]*[(<][^()<>\s]+@[^()<>\s]+[)>]")


_LIST_WRAP = re.compile(r"(?<=\) and)\n(?=[ \t]*[A-Z])")
# Months and weekdays written short: "Mar 10" is no "Marcus", "Sat" no "Satoshi"
_CALENDAR_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip


# the next sentence goes on about the person just named: "while Themba was travelling. He would
# like to meet you for a final 30-minute conversation"
# (the sentence with the name may run long: "Rob Castellano (cc'd), our district manager for
# Columbus North, went through your resume this afternoon and wants to set up a quick phone
# screen for the Store Manager opening. He has an opening tomorrow at 2 and will call you")
_NEXT_SENTENCE_PRONOUN = re.compile(r"[^.!?\n]{0,200}[.!?]\s+(?:He|She)\b")


def _pronoun_conducts(after: str) -> bool:
    """The sentence after a name opens with "He" or "She" and says that one conducts."""
    m = _NEXT_SENTENCE_PRONOUN.match(after)
    return m is not None and _AFTER_CUE.match(after, m.end()) is not None


def _conducts(p: Person, body: str, firsts: list[str]) -> bool:
    """``body`` names ``p`` (by full name, or a first name no one else has) as conducting.

    A one-word display name ("Anjali <aramaswamy@...>") counts as a first name when it is long
    enough and no one else has it.
    """
    body = _W_SLASH.sub("with ", body)  # "intervew w/ Kofi (Dir. of Automation)"
    # a list wrapped after its "and": "with Julien Ouellet (Lead ...) and\nSasha Kowal (...)"
    body = _LIST_WRAP.sub(" ", body)
    name = _bare_name(p.name)
    words = name.split()
    if not words or (
        len(words) == 1 and (len(words[0]) < 3 or firsts.count(words[0].lower()) != 1)
    ):
        return False
    first = _first(p)
    # "Will" for William, "Tom" for Tomasz: a short form no one else's first name begins with
    short = [
        w
        for w in {m.group(0) for m in _CAPITALISED.finditer(body)}
        if 3 <= len(w) < len(first)
        and first.startswith(w.lower())
        and w.lower() not in _CALENDAR_ABBREVIATIONS
        and sum(f.startswith(w.lower()) for f in firsts) == 1
    ]
    for m in _mentions(name, body, firsts.count(first), short):
        if body.startswith(("'s ", "’s "), m.end()):
            continue  # "the addresses are in Grace's itinerary": hers, not her interview
        before = body[max(0, m.start() - 80) : m.start()]
        # ("Jörg Mahlberg (j.mahlberg@x.example) will call you": the address is no sentence end)
        after = _ADDRESS_AFTER.sub("", body[m.end() : m.end() + 180])
        # ("X, our Director of Curriculum (x@cbusd.example), would like to meet with you": an
        # address further on is no sentence end either)
        after = _ANY_ADDRESS.sub("address", after)[:120]
        if (
            (
                _CUE.search(before)
                and not _NOT_CUE.search(before[-30:])
                and not _PAST_WITH.search(before[-40:])
                and not _PAST_AFTER.match(after)
            )
            # anywhere on a labelled line: "Gesprächspartner: A (Teamleiter) und B (Senior)"
            or _on_labelled_line(before)
            or _AFTER_CUE.match(after)
            or _pronoun_conducts(_ANY_ADDRESS.sub("address", body[m.end() : m.end() + 320]))
            or _AND_I_AFTER.match(after)
            or _KO_CONDUCTS_AFTER.match(after)
            or _WITH_AFTER.match(after)
            or _NAMES_WITH_TITLES.fullmatch(_line_at(body, m.start(), m.end()))
            or _in_panel_sentence(body[max(0, m.start() - 300) : m.start()])
            # a schedule row, the person after its hours: "1) Monday, April 6, 3:00 PM-3:45 PM
            # - Farah Siddiqui, SVP & Chief People Officer (cc'd)"
            or _TIMED_ROW.search(body[body.rfind("\n", 0, m.start()) + 1 : m.start()]) is not None
            # a bullet under "Your panel:" ("- Raymond Szabo, Deputy Director (panel chair)")
            or (
                _BULLET_HEAD.fullmatch(body[body.rfind("\n", 0, m.start()) + 1 : m.start()])
                is not None
                and _under_interviewer_heading(body[max(0, m.start() - 600) : m.start()])
            )
        ):
            return True
    return False


# Korean, the verb after the name: "정민석 CTO님(cc)께서 직접 들어오시고" (CTO Jung will sit in
# himself), "윤재석 팀장님이 면접을 진행합니다" (team lead Yoon conducts the interview)
_KO_CONDUCTS_AFTER = re.compile(
    r"[^.\n]{0,20}?(?:께서|님이|님도|님과|이|가)\s*(?:직접\s*)?(?:들어오|참석하|참여하|진행하|면접)"
)
_TIMED_ROW = re.compile(
    r"(?:\d[:.]\d\d|\d\s?[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\s*)?(?:\([^()\n]{1,20}\)\s*)?[-\u2013\u2014|]\s*$",
    re.I,
)
_BULLET_HEAD = re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])[ \t]*")


# A sentence that lists the panel: "Your panel will be Dr. Angela Marquez, Principal; Mr. Tom
# Okonkwo, Assistant Principal for Curriculum; and Ms. Rachel Feld, Science Department Chair."
_PANEL_SENTENCE = re.compile(
    r"\b(?:(?:your|the) (?:interview |search |selection )?(?:panel|committee|board) "
    r"(?:will be|is|includes|will include|consists of|will consist of|(?:will )?comprises?|"
    r"is made up of|will be made up of)|"
    # "your in-person panel interview with Dr. A (Medical Director), B (...) and C (...)"
    r"panel interview with|"
    # Afrikaans: "Die paneel bestaan uit mnr. Johan Kruger (...) en me. Anri du Plessis"
    r"die paneel (?:sal )?bestaan uit|"
    r"you(?:'ll| will) (?:be )?(?:meet(?:ing)?|interview(?:ing)? with))\b",
    re.I,
)


def _in_panel_sentence(before: str) -> bool:
    """The text just before a name is inside a sentence that lists the panel."""
    return bool(_PANEL_SENTENCE.search(SENTENCE_BREAK.split(before)[-1]))


def _line_at(body: str, start: int, end: int) -> str:
    stop = body.find("\n", end)
    return body[body.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(body)].strip()


# An invite description's line that only lists people with their titles: "Camila (gestora) e
# Thiago (Staff Data Engineer)." names the panel, in any language.
_NAME_AND_TITLE = r"[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?[ \t]*\([^()\n]{2,40}\)"
_NAMES_WITH_TITLES = re.compile(
    rf"{_NAME_AND_TITLE}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|e|y|und|et|en|och|i|ve)[ \t]+|"
    rf"[ \t]*&[ \t]*){_NAME_AND_TITLE})+\.?"
)


_LIST_CUE = re.compile(
    # (after a bullet or an emoji: "👤 מראיין:")
    r"[ \t\-*•■□●○◆◇▪・\U0001f300-\U0001faff]*"
    r"(?:interviewers?(?:\(s\))?|interview panel|panel(?:ists)?|gespr\u00e4chspartner\w*|"
    # a school's "The Selection Board: Mr Brendan Hegarty (Principal), Ms Lorraine Cusack"
    r"(?:the )?selection (?:board|panel|committee)|interview (?:board|committee)|(?:the )?board|"
    # South Asian mail calls the interview a viva: "Viva board:"
    r"viva (?:voce )?(?:board|panel)|"
    # Indonesian and Malay "Pewawancara : Dewi Anggraini", Tagalog "Tagapanayam"
    r"pewawancara|penemuduga|tagapanayam|"
    # an ATS's "Participants: Jana Köhler (Talent Acquisition), Tobias Brandt (Head of QE)"
    r"participants|teilnehmer(?:innen|\*innen)?|participantes|"
    # a working interview's "Working with: Luis Garza, Foreman"; "Evaluator:", "Assessor:"
    r"working with|evaluators?|assessors?|"
    r"you(?:'ll| will) (?:meet|speak) with|interviewer\w*|entrevistador\w*|intervieweurs?|"
    r"gesprekspartners?|intervistatori|gespr\u00e4chsf\u00fchrung|gespr\u00e4chsleitung|"
    # French and Italian: "Interlocuteurs : Mme Sophie Rochat, ... et M. Yves Perrin"
    r"interlocut(?:eur|rice)s?|interlocutori|"
    r"quem vai conduzir|qui(?:en)? (?:conduira|m\u00e8nera|dirigir\u00e1)|conducted by|led by|"
    # Japanese, Korean, Chinese, Turkish: "面接官：", "면접관:", "Mülakatı yapacaklar:"
    r"面接官|면접관|面试官|面試官|"
    r"m\u00fclakat\u0131 yapacak(?:lar)?|g\u00f6r\u00fc\u015fmeci(?:ler)?|"
    # Vietnamese "Người phỏng vấn:"
    r"người phỏng vấn|"
    # Hebrew "מראיין:", "מראיינת:", "מראיינים:", "בפאנל:"
    r"מראיי(?:ן|נת|נים|נות)|ב?פאנל|"
    # Russian "Проводит: Жасур Каримов", "Интервьюеры:"
    r"проводит|проводят|интервьюер\w*)"
    r"\s*[:\uff1a]",
    re.I,
)


# "as discussed with Meera": someone the owner already talked to, not who conducts this one
_PAST_WITH = re.compile(
    r"\b(?:discussed|spoke|spoken|talked|chatted|agreed|arranged|checked|worked|confirming)"
    r"\s+with\s+$"
    # "following your conversation with Olivia, we'd like to invite you": the round before
    r"|\b(?:following|after|since)\s+(?:your|our|the)\s+(?:\w+\s+)?(?:conversation|chat|call|"
    r"interview|screen)\s+with\s+$"
    # "Thanks for speaking with Monique yesterday. The next step is ..."
    r"|\bfor\s+(?:speaking|talking|meeting|chatting)\s+with\s+$"
    # "comme convenu avec X", "como hablamos con X", "conforme combinado com X"
    r"|\b(?:convenu|hablado|hablamos|conversado|combinado|falado|falamos)\s+(?:avec|con|com)\s+$",
    re.I,
)
# ... and the verb after the name, as German and Dutch write it: "wie mit Paula besprochen"
_PAST_AFTER = re.compile(r"\s+(?:besprochen|abgesprochen|vereinbart|besproken|afgesproken)\b", re.I)


def _on_labelled_line(before: str) -> bool:
    """The text just before a name opens a labelled list of interviewers on the same line
    (and the same sentence: HTML flattened to one line must not stretch the list)."""
    line = before.rsplit("\n", 1)[-1]
    return bool(_LIST_CUE.match(line)) and not re.search(r"[a-z)][.!?]\s", line)


# The name as the subject of the meeting: "X, our Head of Y (cc'd), would like to meet you",
# "X will ring you", "Kenji will interview you". Only the rest of the same sentence counts.
# Mail is hard-wrapped, so one line break may fall inside the sentence; a blank line ends it.
_IN_SENTENCE = r"(?:[^.!?\n]|\n(?![ \t]*\n))"
_AFTER_CUE = re.compile(
    _IN_SENTENCE
    # ("Sanjay Mistry, the manager at our deli, and he'd like to meet you"; "Renee Castillo, our
    # Director of Rooms (copied here), has an opening tomorrow at 2 and would like to meet you")
    # (not the writer's own wish after the name's clause: "Sabine passed on very positive notes
    # from your call last week, and before we plan the panel I would like to speak with you")
    + r"{0,95}?\b(?:(?<!\bI )(?<!\bwe )would (?:like|love) to|wants to|will|'ll|"
    # "Shauna Petrakis and Kofi Mensah-Baird (both nights, copied here) can do November 9"
    r"can(?=\s+do\s+(?:\w+day|[A-Z][a-z]+\s+\d|\d))|"
    r"(?<!\bI)(?<!\bwe)['’]d (?:like|love) to|is going to|"
    r"is keen to|"
    r"wird|va|vai|"
    # the same wish in the other languages: "souhaiterait vous rencontrer", "möchte Sie
    # kennenlernen", "quisiera conocerte", "gostaria de conhecer", "wil je graag spreken"
    # ("a Daniela Ortiz, nuestra jefa de Riesgo, le gustaría conversar contigo")
    r"souhaite\w*|aimerait|voudrait|m[öo]chte|w[üu]rde(?:\s+gerne?)?|quisiera|quiere|"
    r"le\s+gustar[íi]a|"
    # ("Herr Dr. Kessler ist ebenfalls dabei": "ist", then "dabei" below)
    r"gostaria\s+de|wil|zou(?:\s+graag)?|ist)\s+"
    r"(?:(?:vous|te|Sie|Ihnen|dich|je|u|le|la|lo|o|a)\s+)?(?:graag\s+|gerne?\s+)?"
    # "würde ebenfalls teilnehmen", "wird auch dabei sein"
    r"(?:(?:ebenfalls|auch)\s+)?"
    # "will be your panel", "will be on the interview panel"
    r"(?:be\s+(?:on\s+)?(?:your|the)\s+(?:interview\s+)?(?:panel|interviewers?)\b|"
    # "Nomvula Sibanda, our Grain Procurement Manager (copied), will be on the line with me"
    r"be\s+on\s+the\s+(?:line|call)\s+with\b|"
    # a stand-in: "will take the 1:45 slot instead", "will step in", "will cover for Omar"
    r"take\s+(?:over|the\s+[\w: ]{0,12}(?:slot|session|interview|call|round))\b|"
    r"(?:step|fill|stand)\s+in\b|cover\s+for\b|(?:"
    r"(?:be\s+)?(?:meet|meeting|interview|interviewing|speak|speaking|talk|chat|ring|call|"
    # "our Principal, Mr Idris Fakhoury, would like to invite you to a Zoom interview"
    r"invite you to (?:an? |the )?(?:\w+ )?(?:interview|conversation|call|chat)|"
    # "Callum (cc'd), our Director, would love to have a first-stage interview with you"
    r"have (?:an? )?(?:[\w-]+ )?(?:interview|conversation|call|chat) with you|"
    # "Pat Lefebvre, our VP of Operations (cc'd), would like to bring you in to the plant for a
    # technical interview"
    r"bring you in\b|"
    r"phone|run|lead|conduct|host|kennenlernen|sprechen|rencontrer|conocer|conhecer|conversar|"
    # ("can do November 9", "can do Monday")
    r"do(?=\s+(?:\w+day|[A-Z][a-z]+\s+\d|\d))|"
    # "Mme Awa Faye, Directrice des Ressources Humaines, souhaite s'entretenir avec vous"
    r"s['\u2019]entretenir|"
    # "Luis will evaluate your work", "will assess you"
    r"evaluate|assess|"
    # "Ruth Kanagawa will be there for the whole thing", "will sit in"
    r"spreken|ontmoeten|entrevistar|teilnehm|dabei|there|"
    # "will sit in", "will sit on the interview with me"
    r"sit(?:ting)?\s+(?:in|on\s+(?:the|your)\s+(?:interview|panel))|"
    # "Diego Ferraro ... te va a llamar al celular", "vai te ligar"
    r"a\s+(?:llamar|entrevistar)|llamar|ligar|"
    # (not who only opens the call: "will join for the first 5 minutes to make introductions")
    # ("will join the first few minutes for introductions only")
    r"join(?!\w*\s+(?:(?:for )?the (?:first|last)|briefly|(?:just )?to (?:make )?introduc|to say|"
    r"for (?:the )?introductions)))"
    r"\w*\b"
    r"(?!" + _IN_SENTENCE + r"{0,30}\b(?:link|invite|invitation|details)\b)"
    # meeting the candidate for logistics is not conducting the interview: "X will meet you in
    # the lobby afterwards to walk you out", "X will meet you at reception"
    r"(?!" + _IN_SENTENCE + r"{0,40}\b(?:lobby|reception|front desk|entrance|door|downstairs|"
    r"security desk|parking|badge|walk you|escort|show you around|afterwards)\b)))",
    re.I,
)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
# "with" written after the name: Turkish "Orhan Çelik Bey ile iş görüşmeniz", Japanese
# "山田様との面接"
# (Turkish "X Bey ile", Uzbek "X bilan" (with X), Japanese "Xさんとの")
_WITH_AFTER = re.compile(r"\s*(?:Bey|Han\u0131m|Hanim)?\s+(?:ile|bilan)\b|\s*(?:さん|様)との")


def _capitalised(word: str) -> bool:
    """``word`` opens with a capital, or is written in a script without case (Hebrew)."""
    return word[:1].isupper() or (word[:1].isalpha() and not word[:1].islower())


def _mentions(
    name: str, body: str, unique_first: int, short: Sequence[str] = ()
) -> list[re.Match[str]]:
    """Where ``name`` is written: in full, by first name when no one else shares it, or by a
    ``short`` form of the first name.

    People write "a conversation with Amara" about a colleague they copied in by full name.
    """
    found = list(re.finditer(re.escape(name), body))
    if len(name.split()) >= 2:
        # a full name in another grammatical case, as Slavic languages write it: "razgovor sa
        # Stefanom Markovićem" (Stefan Marković), "sa Anom Savić" (Ana Savić)
        inflected = r"\s+".join(_inflected(w) for w in name.split())
        found += [
            m
            for m in re.finditer(rf"\b{inflected}\b", body)
            if m.group(0) != name and not any(f.start() == m.start() for f in found)
        ]
    if len(name.split()) == 2:
        # a directory's "Lastname Firstname" without a comma ("Kessler Yvonne Dr."), written
        # the other way round in the text ("Frau Dr. Yvonne Kessler")
        found += list(re.finditer(re.escape(" ".join(reversed(name.split()))), body))
    for w in short:
        found += list(re.finditer(rf"\b{re.escape(w)}\b", body))
    first = name.split()[0]
    # two letters are enough for a capitalised first name ("Jo", "Li"): the match is exact case
    # (a script without case, such as Hebrew, has no capital to ask for)
    if unique_first == 1 and len(first) >= 2 and _capitalised(first):
        found += [
            m
            for m in re.finditer(
                rf"\b{re.escape(first)}\b(?!\s+{re.escape(name.split()[-1])})", body
            )
            if not any(f.start() == m.start() for f in found)
        ]
    # "You'll meet Dr. Okafor": a title and the surname alone name the person too
    last = name.split()[-1]
    if len(name.split()) >= 2 and len(last) >= 3 and _capitalised(last):
        found += [
            m
            for m in re.finditer(rf"{_HONORIFIC}\s*{re.escape(last)}\b", body)
            if not any(f.start() <= m.end() - len(last) < f.end() for f in found)
        ]
    return found


def _inflected(word: str) -> str:
    """A pattern for ``word`` with a Slavic case ending: "Stefan" as "Stefanom", "Stefana";
    "Ana" as "Anom", "Ani"."""
    if len(word) >= 3 and word.endswith("a"):
        return re.escape(word[:-1]) + r"(?:a|e|i|u|o|om|oj)"
    return re.escape(word) + r"(?:a|u|e|om|em|i)?"


# (French "M." only with its dot: "M. Schröder")


# "Your recruiter is Tomas Ferreira - tferreira@...", "Recruiter: Ana Ruiz (ana@...)"
_NAMED_RECRUITER = re.compile(
    r"\b(?:your recruiter(?: is|:|,)|recruiter:|recruiting contact(?: is|:))"
    r"(?:[^@\n]|\n(?!\s*\n)){0,60}?"
    r"\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    re.I,
)


# an SMS-to-mail gateway's sender: "17135550162.18325550186.bA6C...@txt.voice.google.com"
_TEXT_RELAY = re.compile(r"\+?\d{10,}[._]")


def recruiter_of(obs: Sequence[Obs], owner: Owner, company: str | None = None) -> Person | None:
    """The human recruiter or coordinator who corresponded (Reply-To first), if any; of the
    contacts a mail lists for several employers, the one at ``company``."""
    # an assistant or a bot that names "your recruiter is Tomas Ferreira - tf@..."
    for o in sorted(obs, key=lambda o: o.order, reverse=True):
        named = _NAMED_RECRUITER.search(o.text) if not o.from_owner else None
        addr = named.group(1).lower() if named else ""
        if addr and addr not in owner.emails and not is_machine_address(addr):
            return Person(name="", email=addr)
    for o in sorted(obs, key=lambda o: o.order, reverse=True):
        m = o.msg
        if m is None or o.from_owner:
            continue
        for p in m.reply_to:
            if human(p, owner):
                return p
        relayed = _friends_forward(o, owner)
        if relayed is not None:
            return relayed
        # a job board relaying a company ("鈺晶半導體 via JobLink <interview-notice@...>"):
        # the contact the notice names comes before the relay's own address
        relay = m.sender is not None and relayed_by(m.sender.name) is not None
        if m.sender and human(m.sender, owner) and not relay:
            return m.sender
        contact = _contact_in(o.text, owner, company)
        if contact is not None:
            return contact
        if m.sender and human(m.sender, owner):
            return m.sender
        # a texting relay's message that writes one address: the texter's own ("Send ur
        # resume again ... to ruben@alvaradoelectric...", from a Google Voice gateway)
        if m.sender and _TEXT_RELAY.match(m.sender.email):
            written = {
                a
                for a, _ in emails_in(new_text(o.text))
                if a not in owner.emails and not is_machine_address(a)
            }
            if len(written) == 1:
                return Person(name="", email=written.pop())
        # a team mailbox ("Dotation – MESR <dotation@...>") signed by a person at its domain
        signer = _signer(new_text(o.text), owner) if m.sender else None
        if m.sender and signer and domain(signer.email) == domain(m.sender.email):
            return signer
    for o in obs:
        e = o.event
        if e and e.organizer and human(e.organizer, owner):
            return e.organizer
    return None


def _contact_in(text: str, owner: Owner, company: str | None = None) -> Person | None:
    """The address ``text`` gives to write to ("Questions? Reach Ana at ana@..."); where it
    lists one contact per employer ("Halloran & Pike LLP - Alicia Brandt, abrandt@..."), the
    one at ``company``'s domain."""
    written = [
        (a, before)
        for a, before in emails_in(text)
        if a not in owner.emails and not is_machine_address(a)
    ]
    people = [a for a, _ in written]
    given = [a for a, before in written if any(w in before.lower()[-60:] for w in _CONTACT_CTX)]
    if given and company and len({domain(a) for a in people}) > 1:
        at_company = next((a for a in people if spells_a_domain(company, [domain(a)])), None)
        if at_company:
            return Person(name="", email=at_company)
    return Person(name="", email=given[0]) if given else None


# One session of an itinerary starts with its time slot: "09:00 - 09:45  Coding", "1:30pm-2pm".
_SLOT = re.compile(
    # ("9:00a - 10:00a": the one-letter marks of a scheduling tool)
    r"^[ \t*•-]*(?:\d{1,2}[:.h]\d{2}[ \t]*(?:[ap]\.?(?:m\.?)?)?|\d{1,2}[ \t]*[ap]\.?m\.?)[ \t]*"
    r"(?:[-–—]|to|bis|à|a)[ \t]*\d{1,2}(?:[:.h]\d{2})?[ \t]*(?:[ap]\.?(?:m\.?)?)?(?![\d/])"
    # (the 24-hour clock without colons: "0800–0830")
    r"|^[ \t*•-]*(?:[01]\d|2[0-3])[0-5][05][ \t]*[-–—][ \t]*(?:[01]\d|2[0-3])[0-5][05]\b",
    re.I,
)
# Sessions nobody is assessed in: the people named there host, feed or guide the candidate.
_HOSTED_ONLY = re.compile(
    r"\b(?:lunch|break|pause|welcome|check[- ]?in|arrival|tour|wrap[- ]?up|debrief|"
    r"coordinator|recruit\w*|logistics|mittag\w*|d[ée]jeuner|almuerzo|almoço)\b",
    re.I,
)
# ... unless the slot is also an interview: "Welcome & role deep-dive | Rosa, Hiring Manager"
_ALSO_INTERVIEW = re.compile(
    r"\b(?:deep[- ]?dive|interview|technical|presentation|case|hiring manager|q&a|discussion|"
    r"conversation|exercise|portfolio|assignment|take-?home)\b",
    re.I,
)


def _not_session(entry: str) -> bool:
    """An itinerary slot whose people host (lunch, welcome, tour) rather than interview."""
    return bool(_HOSTED_ONLY.search(entry)) and not _ALSO_INTERVIEW.search(entry)


# A person's name as written in a schedule: two or three capitalised words ("Rosa Delgado").
_NAME = re.compile(rf"\b{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}\b")


def _sessions(text: str) -> Iterator[str]:
    """The sessions of an itinerary in ``text``: each time-slot line with the lines under it.

    A single time range is a meeting's own time ("When: 10:00 - 11:00"), not an itinerary, so
    only texts with two or more slots count.
    """
    entries: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if _SLOT.match(line):
            current = [line]
            entries.append(current)
        elif not line.strip():
            current = None
        elif current is not None:
            current.append(line)
    if len(entries) >= 2:
        yield from ("\n".join(e) for e in entries)


def _fold(s: str) -> str:
    """Lower-case letters without accents, for comparing names with address local parts."""
    return re.sub(r"[^a-z]", "", without_accents(s))


# the small words a surname opens with, written into its address ("Ní Bhriain" -> nibhriain)
_SURNAME_PARTICLES = frozenset(
    {"ni", "nic", "o", "mac", "mc", "de", "da", "di", "du", "van", "von", "der", "den", "le",
     "la", "del", "dos", "das", "al", "el", "bin", "ben", "st"}
)  # fmt: skip


def address_of_name(name: str, addresses: Sequence[str]) -> str | None:
    """The address among ``addresses`` whose local part spells ``name`` ("Wei Zhang" ->
    wei.zhang@, wzhang@, zhangw@, weiz@), when exactly one does."""
    words = [_fold(w) for w in name.split() if _fold(w)]
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    # a surname's article is often left out of the address: "Hessa Al-Dosari" -> hessa.dosari@
    bare = re.sub(r"^(?:al|el|ul|bin|ben|abu)(?=-)", "", name.split()[-1].lower())
    # ... and one half of a double surname: "Noémie Gauthier-Sy" -> noemie.gauthier@
    halves = {_fold(h) for h in name.split()[-1].split("-")} if "-" in name.split()[-1] else set()
    # ... and a surname's particle is often written into it: "Aoife Ní Bhriain" ->
    # aoife.nibhriain@, "Pieter de Vries" -> pieter.devries@
    joined = words[-2] + last if len(words) >= 3 and words[-2] in _SURNAME_PARTICLES else ""
    lasts = {last, _fold(bare), joined, *(h for h in halves if len(h) > 2)} - {""}
    forms = {
        f
        for ln in lasts
        for f in (first + ln, ln + first, first[0] + ln, first + ln[0], ln + first[0])
    }
    hits = {a for a in addresses if _fold(a.split("@", 1)[0]) in forms}
    return hits.pop() if len(hits) == 1 else None


def _itinerary_people(obs: Sequence[Obs], owner: Owner) -> list[tuple[Person, str]]:
    """People listed under the sessions of an onsite itinerary.

    A schedule names who runs each session ("10:00 - 10:45 System design / Rosa Delgado,
    Principal Engineer"), with the address beside the name, in the headers or anywhere else in
    the case; the coordinator who sends it is named in no session.
    """
    known: dict[str, Person] = {}
    for o in obs:
        if o.msg and not o.from_owner:
            for p in (o.msg.sender, *o.msg.reply_to, *o.msg.cc, *o.msg.to):
                if p is not None:
                    known.setdefault(p.email, p)
        if o.event:
            for a in o.event.attendees:
                known.setdefault(a.person.email, a.person)
        for addr, _ in emails_in(o.text):
            known.setdefault(addr, Person(name="", email=addr))
    known = {k: p for k, p in known.items() if human(p, owner)}
    addrs = list(known)
    out: dict[str, tuple[Person, str]] = {}
    for o in obs:
        if o.from_owner:
            continue
        for entry in _sessions(o.text):
            if _not_session(entry):
                continue
            found = [a for a, _ in emails_in(entry) if a in known]
            for m in _NAME.finditer(entry):
                named = next((a for a, p in known.items() if p.name == m.group(0)), None)
                addr = named or address_of_name(m.group(0), addrs) or ""
                found.append(addr)
                if addr and not known[addr].name:
                    # an address only written out takes the name the session gives it
                    known[addr] = Person(name=m.group(0), email=addr)
            for addr in found:
                if addr and addr not in out:
                    out[addr] = (
                        known[addr],
                        f"listed in a session of the itinerary in {o.source_id}",
                    )
    return list(out.values())
