"""Observations -> one :class:`Interview` per real interview.

Invites join on UID (+RECURRENCE-ID); the highest SEQUENCE, then the latest DTSTAMP, wins,
whatever the arrival order. Mail joins by thread: a later company message may move, cancel or
add detail to the thread's interview, or start a new one. Interviews with the same start and
company are one; same-day sessions with one company are one onsite.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from detector import classify
from detector.domains import is_free_mail
from detector.extract import (
    SPEAKS_FOR,
    WROTE,
    clean_display_name,
    clients_first,
    company_domains,
    domain,
    emails_in,
    expand_acronym,
    hires_for_an_account,
    is_agency_domain,
    is_forward,
    is_group_address,
    is_machine_address,
    is_vendor_domain,
    latin_twin,
    new_text,
    org_key,
    pick_company,
    pick_kind,
    pick_role,
    public_body,
    quoted_text,
    role_from_segments,
    role_last_resort,
    says_it_searches,
    sending_tools,
    share_companies,
    share_roles,
    signs_as_agency,
    spells_a_domain,
    squash,
    without_company,
    without_owner,
    without_tools,
)
from detector.model import (
    CalendarEvent,
    Candidate,
    Interview,
    InterviewKind,
    Message,
    Owner,
    PartStat,
    Person,
    ThreadRef,
)
from detector.observe import EPOCH as _EPOCH
from detector.observe import NO_CONTEXT as _NO_CONTEXT
from detector.observe import Obs, named_weekday_shift, version_rank
from detector.people import human, interviewers_of, named_as_conducting, recruiter_of
from detector.texttime import duration_in, find_dates, find_times, named_zones


@dataclass(eq=False)
class Acc:
    """An interview being assembled."""

    uid: str | None
    thread_root: str | None
    start: datetime
    end: datetime | None
    cancelled: bool = False
    obs: list[Obs] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    onsite: bool = False
    # accepted because the thread's earlier mail is about hiring (its own score may be low)
    by_thread: bool = False
    # the owner's reply turned this mail-proposed time down; a later time in the thread
    # replaces it, and without one nothing was agreed
    declined: bool = False
    # the round before in the same conversation: it names the company and the role that a
    # "they'd like you back" mail leaves out (never the people, who may differ)
    before: Acc | None = None
    # the mail that first named this interview, when another interview of the same
    # conversation came first: it tells their keys apart
    origin: str | None = None
    # the same company's untimed hiring mail in other conversations ("Revontuli Games |
    # Gameplay Programmer - first call" before a booking page's notice): it may name the job
    # when the interview's own mail does not (never the time or the people)
    names_job: list[Obs] = field(default_factory=list)

    @property
    def score(self) -> float:
        return max(o.score for o in self.obs)


def _uid_groups(obs: list[Obs]) -> list[Acc]:
    groups: dict[tuple[str, str | None], list[Obs]] = {}
    # a Calendar API deletion carries only the event's id: its iCalUID is the one the full
    # event had under that id (which need not be "<id>@google.com")
    by_api = {
        o.event.api_id: o.event.uid
        for o in obs
        if o.event is not None and o.event.api_id and o.event.uid and o.event.start is not None
    }
    for o in obs:
        if o.event is not None and o.event.uid:
            uid = by_api.get(o.event.api_id or "", o.event.uid)
            groups.setdefault((uid, o.event.recurrence_id), []).append(o)
    out: list[Acc] = []
    for (uid, _), members in groups.items():
        members.sort(key=version_rank)
        winner = members[-1]
        timed = [m for m in members if m.start is not None]
        if not timed:
            continue
        last_sched = [m for m in timed if not m.cancelled] or timed
        src = winner if winner.start is not None and not winner.cancelled else last_sched[-1]
        assert src.start is not None
        acc = Acc(
            uid,
            next((m.thread_root for m in members if m.thread_root), None),
            src.start,
            src.end,
            cancelled=winner.cancelled,
            obs=list(members),
        )
        acc.evidence.append(
            f"time: {src.time_why} (SEQUENCE {src.event.sequence if src.event else 0})"
        )
        if winner.cancelled:
            acc.evidence.append(f"status: cancelled by {winner.source_id}")
        out.append(acc)
    # a series of tentative holds with one instance overridden (RECURRENCE-ID): the override
    # is the booked interview, the rest of the series only reserved time for it
    overridden = {uid for uid, rid in groups if rid is not None}
    return [a for a in out if not (a.uid in overridden and _is_hold_series(a))]


# (a hold that was one of several options: a cancelled interview re-booked as a new event is
# still two interviews)
_ONE_OF_OPTIONS = re.compile(r"\boption [a-d1-4]\b|\breleas(?:e|ed|ing) (?:the |this )?hold", re.I)


def _without_released_holds(accs: list[Acc], owner: Owner) -> list[Acc]:
    """A cancelled hold ("[HOLD - Option A] ... (tentative)") released because the same
    company's other slot was confirmed was one of two options, never a booked interview."""
    kept = [a for a in accs if not a.cancelled]
    return [
        a
        for a in accs
        if not (
            a.cancelled
            and a.uid is not None
            and _is_hold_series(a)
            and any(_ONE_OF_OPTIONS.search(o.text) for o in a.obs)
            and any(_company_key(k, owner) & _company_key(a, owner) for k in kept)
        )
    ]


def _is_hold_series(acc: Acc) -> bool:
    events = [o.event for o in acc.obs if o.event is not None]
    return any(
        e.recurrence_id is None and _HOLD.search(f"{e.summary}\n{e.description}") for e in events
    )


_HOLD = re.compile(r"\bholds?\b|\btentative\b|placeholder|\bblock(?:ed|er)?\b|reserv", re.I)


def _same_wall_clock(said: datetime, start: datetime) -> bool:
    """``said`` names ``start``'s date and hour as read on the interview's own clock."""
    local = start.astimezone(start.tzinfo)
    return (said.date(), said.hour, said.minute) == (local.date(), local.hour, local.minute)


_ETHIOPIC = re.compile(r"[\u1200-\u137f]")


def _ethiopian_hours(o: Obs, said: datetime, start: datetime) -> bool:
    """An Amharic reply's bare clock counted from six in the morning: "ሰኞ 3:30" for a Monday
    9:30 interview."""
    local = start.astimezone(said.tzinfo)
    return (
        _ETHIOPIC.search(o.text) is not None
        and said.date() == local.date()
        and said.minute == local.minute
        and (local.hour - said.hour) % 12 == 6
    )


def _same_weekday_clock(o: Obs, start: datetime) -> bool:
    """The owner's reply ``o`` names ``start``'s clock time and, among bare weekdays, its
    weekday ("I land on the Sunday, so the 09:30 start on Tuesday is no problem")."""
    said, local = o.said_time, start.astimezone(start.tzinfo)
    if not o.said_weekday_only or said is None:
        return False
    weekdays = {d.weekday() for d in o.said_days}
    return (said.hour, said.minute) == (local.hour, local.minute) and local.weekday() in weekdays


def _same_time(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and b is not None and abs((a - b).total_seconds()) <= 60


_EARLY_ARRIVAL = timedelta(minutes=15)  # how early a host may ask the candidate to come
_ENGAGED_CONTEXT = 2.0  # one hiring signal ("the role", "your application") in the thread


def _moved_elsewhere(o: Obs, accs: list[Acc], owner: Owner) -> Acc | None:
    """The same company's next interview, announced elsewhere before ``o`` was written: an
    invite, or an ATS mail in another thread that names the writer ("Interviewer: Jordan
    Tremblay", then Jordan writes from the company's own domain to move the call)."""
    # ("Previous time: Monday 9:00 - cancelled" beside the new time is still a move)
    if o.msg is None or o.from_owner or (o.cancelled and not o.reschedule):
        return None
    doms = _cancel_domains(o, owner)
    when = o.date or _EPOCH
    return min(
        (
            a
            for a in accs
            if (
                a.uid is not None
                or (
                    a.thread_root != o.thread_root
                    and (_names_writer(a, o) or _same_writer(a, o) or _copies_named(a, o))
                )
            )
            and not a.cancelled
            and a.start > when
            # the interview's latest state predates this mail (no updated invite followed it)
            and max(m.order for m in a.obs) < o.order
            # (an ATS's invite names no company domain: the writer copies in the person it
            # names, "Interlocutrice : Claire Dubois-Favre", then Claire is in Cc)
            and (doms & _company_key(a, owner) or a.uid is None or _copies_named(a, o))
        ),
        key=lambda a: a.start,
        default=None,
    )


# "Could we start at 4:30 instead?", "pushing to 3:30 works for Owen": a new start inside the
# old span is a move, unlike "Priya will take the 1:45 slot instead" (who takes a session)
_STARTS_AT = re.compile(
    r"\b(?:(?:start|begin|kick off)\w*\s+(?:at\s+|from\s+)?|"
    r"(?:push|mov|shift|slid|bump|nudg)\w*\s+(?:it\s+|this\s+|(?:the|our)\s+\w+\s+)?"
    r"(?:back\s+|forward\s+)?to\s+)\d",
    re.I,
)


def _within(when: datetime, acc: Acc) -> bool:
    """``when`` falls strictly inside the interview's booked span (a later session of it)."""
    return acc.end is not None and acc.start < when < acc.end


def _same_writer(acc: Acc, o: Obs) -> bool:
    """The interview's own mail came from ``o``'s sender, display name and all (an ATS
    assistant, "Olivia at Coastline Grocers", writes each update as a new conversation)."""
    me = o.msg.sender if o.msg else None
    return (
        me is not None
        and bool(me.name)
        and any(a.msg is not None and a.msg.sender == me for a in acc.obs if not a.from_owner)
    )


def _copies_named(acc: Acc, o: Obs) -> bool:
    """``o`` copies in someone the interview's own mail names by full name ("Interviewer(s):
    Farah Qureshi" from Workday; then the recruiter writes with farah.qureshi@ in Cc)."""
    if o.msg is None:
        return False
    names = [p.name for p in (*o.msg.to, *o.msg.cc) if len(p.name.split()) >= 2]
    return any(n.lower() in m.text.lower() for n in names for m in acc.obs if not m.from_owner)


def _names_writer(acc: Acc, o: Obs) -> bool:
    """The interview's own mail names ``o``'s writer by full name."""
    name = o.msg.sender.name if o.msg and o.msg.sender else ""
    if len(name.split()) < 2:
        return False
    return any(name in a.text for a in acc.obs if not a.from_owner)


# what the earlier mail of a thread says the meeting is, when it is no interview
_NOT_AN_INTERVIEW = (
    "networking (", "event/fair (", "other interview types (", "scam (", "sales demo (",
)  # fmt: skip


def _not_hiring(mail: list[Obs]) -> bool:
    """The thread's company mail names its meeting as something other than an interview
    ("I'm not pitching a specific role ... Could I buy you a coffee?")."""
    return any(r.startswith(_NOT_AN_INTERVIEW) for o in mail for r in o.reasons)


def _replies_after_their_mail(members: list[Obs]) -> list[Obs]:
    """``members`` (in Date order) with each reply after the mail it answers: a sender's clock
    may run behind ("13:02 +0300" on the answer to a mail stamped "12:40 +0200")."""
    ids = {o.msg.message_id for o in members if o.msg and o.msg.message_id}
    out: list[Obs] = []
    placed: set[str] = set()
    waiting: dict[str, list[Obs]] = {}  # replies to a mail not placed yet, by its Message-ID

    def place(o: Obs) -> None:
        out.append(o)
        own = o.msg.message_id if o.msg else None
        if own:
            placed.add(own)
            for reply in waiting.pop(own, []):
                place(reply)

    for o in members:
        parent = o.msg.in_reply_to if o.msg else None
        if (
            parent in ids
            and parent not in placed
            and parent != (o.msg.message_id if o.msg else None)
        ):
            waiting.setdefault(parent, []).append(o)
        else:
            place(o)
    return out + [o for replies in waiting.values() for o in replies]


def _thread_pass(obs: list[Obs], accs: list[Acc], owner: Owner | None = None) -> None:
    talked = _talked_mail(obs)
    threads: dict[str, list[Obs]] = {}
    for o in obs:
        if o.event is None and o.thread_root:
            threads.setdefault(o.thread_root, []).append(o)
    for root, members in threads.items():
        members.sort(key=lambda o: (o.date or _EPOCH, o.order))
        members = _replies_after_their_mail(members)
        current = next((a for a in reversed(accs) if a.thread_root == root), None)
        seen: list[Obs] = []  # earlier company mail in this thread: context for a later booking
        for o in members:
            if o.start is not None and o.weekday_only and not o.from_owner:
                # "Friday at 11:30 it is" picks the Friday an earlier mail of the thread offered
                # ("Friday, April 17 at 11:30 AM PT"), not the next one
                ref = o.date or o.start
                offered = [
                    (m.text, m.date or ref) for m in members if _after(o, m) and not m.from_owner
                ]
                shift = named_weekday_shift(o.start, offered, ref)
                if shift:
                    o.start, o.end = o.start + shift, (o.end + shift if o.end else None)
                    o.weekday_only = False
            # "when are you free?" still sets the scene: judge earlier mail by its topic,
            # not by whether it had booked a time yet
            if (
                not o.from_owner
                and _topic(o) > 0
                and (o.start is None or o.proposal or o.score < classify.ACCEPT)
            ):
                seen.append(o)
            if o.from_owner:
                # "I'm withdrawing", "je préfère retirer ma candidature": in any language
                if current and classify.is_withdrawal(new_text(o.text)):
                    current.cancelled = True
                    current.evidence.append(f"status: candidate withdrew in {o.source_id}")
                elif (
                    current
                    and current.uid is None
                    and not current.cancelled
                    # turned down in words, or answered with another time (a counter-proposal)
                    and (
                        classify.is_decline(o.text)
                        or (
                            o.said_time is not None
                            and not _same_time(o.said_time, current.start)
                            # "9 sharp on the 27th" from abroad means the interview's own 9:00
                            and not _same_wall_clock(o.said_time, current.start)
                            # "the 09:30 start on Tuesday is no problem": that Tuesday's 09:30
                            and not _same_weekday_clock(o, current.start)
                            # "I'll be there at 09:15 on Tuesday" for a 09:30 start: early
                            and not _arrives_early(o.said_time, current.start)
                            # "the written test at 8:30, and the interview at 10:30": the
                            # reply names the interview's own time too
                            and not _names_time(o, current.start, new_text(o.text))
                            and not _ethiopian_hours(o, o.said_time, current.start)
                        )
                        # "is the office open? If not, I could do Tuesday 7th after 12"
                        or (
                            bool(o.said_days - {current.start.date()})
                            and classify.COUNTER.search(o.text) is not None
                        )
                    )
                ):
                    current.declined = True
                    current.evidence.append(f"time: the candidate declined it in {o.source_id}")
                continue
            if current and o.cancelled and (o.start is None or _same_time(o.start, current.start)):
                current.cancelled = True
                current.obs.append(o)
                current.evidence.append(f"status: cancelled by mail {o.source_id}")
                continue
            if current is None and o.cancelled and o.start is None and not o.reschedule:
                offer = _cancelled_offer(o, seen)
                if offer is not None and offer.start is not None:
                    # "How does Thursday 9 April at 8am Sydney time sound?", then (the owner's
                    # answer not here) "I've cancelled our chat on Thursday"
                    current = Acc(None, root, offer.start, offer.end, True, obs=[offer, o])
                    current.by_thread = True
                    current.evidence.append(
                        f"time: {offer.source_id} set it; {o.source_id} cancelled it"
                    )
                    accs.append(current)
                    continue
            if o.start is None and o.same_time_day is not None and owner is not None:
                # "Could we do the same time Thursday instead?", in this thread or about an
                # interview booked elsewhere (a Calendly booking the recruiter moves by mail)
                target = current or _moved_elsewhere(o, accs, owner)
                if target is not None:
                    # the same wall-clock time in the writer's zone (a booking kept in UTC
                    # would shift the day, and a DST change the hour)
                    day = o.same_time_day
                    clock = target.start.astimezone(day.tzinfo).time()
                    new = datetime.combine(day.date(), clock, tzinfo=day.tzinfo)
                    _move(target, new, o, "same time, new day")
                    current = target
                    continue
            if (
                current
                and current.uid is None
                and not current.declined
                and o.start is not None
                and not o.proposal
                and not _same_time(o.start, current.start)
                and _quotes_owner_decline(o, owner)
            ):
                # the owner's "doesn't work for me" reached the company, not this mailbox: the
                # reply that quotes it names the new time ("No problem at all! Let's do
                # Thursday 12 November at 10:00")
                current.declined = True
                current.evidence.append(f"time: {o.source_id} quotes the candidate declining it")
            if current and current.declined and not o.proposal:
                when = o.start or _confirms_owner_time(o, members, seen)
                if when is not None:
                    _move(current, when, o, "a new time after the candidate declined", o.end)
                    current.declined = False
                    continue
            if o.start is None and o.new_clock is not None and owner is not None:
                # "Can we slide to 3? Same Meet link.": the booked day, at the new hour
                target = current or _moved_elsewhere(o, accs, owner)
                if target is not None and not target.cancelled:
                    booked_day = target.start.astimezone(o.new_clock.tzinfo).date()
                    new = datetime.combine(booked_day, o.new_clock.timetz())
                    _move(target, new, o, "a new hour")
                    current = target
                    continue
            if o.start is None and o.shift_by is not None and owner is not None:
                # "Any chance we could start 30 min later?" about the booked interview
                target = current or _moved_elsewhere(o, accs, owner)
                if target is not None and not target.cancelled:
                    _move(target, target.start + o.shift_by, o, "moved by the amount it names")
                    current = target
                    continue
            if o.start is None:
                if current and o.score > 0:
                    current.obs.append(o)
                    if current.end is None and not o.from_owner and not o.cancelled:
                        # "Great - Monday it is. We'll have 45 minutes": the length, said later
                        current.end = _duration_from([o], current.start)
                elif current is None and _not_hiring([m for m in members if not m.from_owner]):
                    pass  # a headhunter's market coffee, a fair: the meeting is no interview
                elif current is None and (offer := _confirms_own_offer(o, members, seen)):
                    # "can u come by tmrw 7am?", then the writer's "ok bet see u at 7": the
                    # owner's yes (by phone, or not in this mailbox) came between the two
                    assert offer.start is not None  # offers are timed (_confirms_own_offer)
                    end = offer.end or _duration_from([offer, *seen], offer.start)
                    current = Acc(None, root, offer.start, end, obs=[o, *seen], by_thread=True)
                    current.evidence.append(
                        f"time: {offer.source_id} offered it; {o.source_id} confirmed it"
                    )
                    accs.append(current)
                elif current is None and (agreed := _confirms_owner_time(o, members, seen)):
                    # the owner named the time, the company's reply agreed to it
                    end = _duration_from([o, *seen], agreed)
                    current = Acc(None, root, agreed, end, obs=[o, *seen], by_thread=True)
                    current.evidence.append(
                        f"time: the owner's reply proposed it; {o.source_id} agreed"
                    )
                    accs.append(current)
                continue
            if (
                current
                and o.weekday_only
                and o.start.weekday() == current.start.weekday()
                and o.start.timetz() == current.start.astimezone(o.start.tzinfo).timetz()
            ):
                # "see you Tuesday at 10" names the Tuesday already agreed, not the next one
                # (and "Wed at 2:30 CT. Plan on 20 min." may be the first to say how long)
                moved = current.start - o.start
                o.start, o.end = current.start, current.end or (o.end and o.end + moved)
                length = None if o.from_owner else duration_in(o.text)
                if length is not None:
                    # "Monday at 3:45 it is ... Plan on about 45 minutes total": the company's
                    # last word on the length
                    current.end = o.end = current.start + length
            if current and _same_time(o.start, current.start):
                current.obs.append(o)
                if current.end is None and o.end is not None:
                    current.end = o.end
                continue
            # ("push our interview by half an hour, so Thursday at 10:30": a move, not a session)
            pushed = (
                o.shift_by is not None and _same_time(o.start, current.start + o.shift_by)
                if current
                else False
            )
            if (
                current
                and _within(o.start, current)
                and not pushed
                and not _STARTS_AT.search(o.text)
            ):
                # "Priya will take the 1:45 slot instead": a session inside the booked span
                # changes who, not when
                current.obs.append(o)
                continue
            if current and not current.cancelled and o.reschedule:
                if any(m.event is not None and m.order > o.order for m in current.obs):
                    # the invite updated after this mail holds the time the move agreed on
                    # ("no longer able to interview you at 11am on Thursday 22nd ... move your
                    # interview to the same time next Thursday", then the invite for the 29th)
                    current.obs.append(o)
                    continue
                # (the half hour it was pushed by is no length: the interview keeps its own)
                _move(current, o.start, o, "moved by mail", None if pushed else o.end)
                continue
            if (
                current
                and not current.cancelled
                and not o.proposal
                and o.start.date() == current.start.astimezone(o.start.tzinfo).date()
            ):
                if (
                    _arrives_early(o.start, current.start)
                    or abs(o.start - current.start) == _HALF_DAY
                    or (
                        _same_wall_clock(o.start, current.start)
                        and abs(o.start - current.start) <= timedelta(hours=1)
                    )
                ):
                    # "See you at 9:50 at the 31F reception!": meeting a few minutes early; and
                    # "Thursday at 7:30 works" about "7:30 AM": the same clock, read as evening;
                    # "Wed at 9 our time" from Phoenix, whose -0700 header reads as Pacific (an
                    # hour off at most: a clock read in a zone further away is a real change)
                    current.obs.append(o)
                    continue
                if any(m.event is not None and m.order > o.order for m in current.obs):
                    # the invite sent after this mail holds the hour agreed on ("Would 11:00
                    # work? ... 1:00 pm is also open", then the invite for 1:00)
                    current.obs.append(o)
                    continue
                # a later mail of the same conversation naming another hour of the same day
                # moves the interview ("could you slide to 3:15 the same day?")
                _move(current, o.start, o, "another hour of the same day", o.end)
                continue
            if current is None and o.reschedule and owner is not None:
                target = _moved_elsewhere(o, accs, owner)
                if target is not None:
                    # the company moves an interview announced elsewhere (an invite) in prose,
                    # without a new invite: the old time must not stay as a second interview
                    _move(target, o.start, o, "moved in prose by the company", o.end)
                    current = target
                    continue
            context = max((_topic(c) for c in seen if c is not o), default=0.0)
            applied = members[0] if members[0].from_owner and _topic(members[0]) > 0 else None
            if applied is not None and applied is not o:
                # the owner opened the conversation by applying ("you're after a sous chef ...
                # Happy to send my CV through"): the employer's answer is about the job
                context = max(context, _topic(applied))
            context = max(context, _introduced(o, obs), _copies_contact(o, obs))
            # the candidate answered in this thread: a recruiter's short reply naming a time
            # ("Wednesday at 2pm ET works") books it, even if the thread opened softly; a
            # reply that opens the thread answers the owner's own mail, which is not here
            # (or it quotes the owner's answer, which this mailbox does not hold: "I'm free
            # Monday afternoon or any time on Tuesday", then "Let's say tomorrow at half two")
            engaged = (
                any(m.from_owner and m.order < o.order for m in members)
                or (o.msg is not None and o.msg.in_reply_to is not None and members[0] is o)
                or _quotes_owner(o, owner)
            )
            # a reply to the owner's (absent) yes that repeats the time the company's own
            # earlier mail offered: "I'll call you tomorrow at 14h00 GST"; its own hiring
            # words count, since the offer may have read as cold outreach
            answered = _quotes_owner(o, owner) and any(
                not m.from_owner
                and m.order < o.order
                and (
                    _same_time(m.start, o.start)
                    # (or one of the slots it offered: "Thursday at 3, or Friday morning, say
                    # half past ten", then "Friday at half past ten it is")
                    or (m.proposal and _names_time(m, o.start))
                )
                for m in members
            )
            # a company person named one time in a hiring conversation and the owner's next
            # reply took it: the time is agreed, whatever words either side used
            took_it = max(context, _topic(o)) >= _ENGAGED_CONTEXT and (
                _owner_agreed(o, members) or _held_per_later_mail(o, talked)
            )
            # the company's own booking of one slot in a hiring conversation ("Queda agendado:
            # jueves 12 de marzo, 12:00 h"), whoever agreed to it and wherever
            booked = context >= _ENGAGED_CONTEXT and any(
                r.startswith("confirmed (") for r in o.reasons
            )
            if (
                o.score >= 0
                and not o.proposal
                and (
                    took_it
                    or booked
                    or (engaged and context >= _ENGAGED_CONTEXT)
                    or (answered and max(context, _topic(o)) >= _ENGAGED_CONTEXT)
                    or _owner_picked(o, obs)
                )
            ):
                context = max(context, classify.ACCEPT)
            # "they'd like you back for a second stage next Thursday": written after the
            # thread's interview took place, a round word and a time are the next interview
            next_round = (
                current is not None
                and not current.cancelled
                and o.date is not None
                and o.date > current.start
                and not o.proposal
                and any(r.startswith("screen/round") for r in o.reasons)
            )
            if (
                o.score >= classify.ACCEPT
                or (current is not None and o.score > 0)
                or (context >= classify.ACCEPT and o.score >= 0 and not o.proposal)
            ):
                end = o.end or _duration_from([o, *seen], o.start)
                before = current
                # a later round takes only the mail written since the round before: "I'll give
                # you a ring on Tuesday" belongs to the phone screen, not to the next meeting
                since = max((x.order for x in before.obs), default=-1) if before else -1
                context_obs = [c for c in seen if c is not o and c.order > since]
                if applied is not None and applied is not o and applied.order > since:
                    context_obs.append(applied)  # it names the job and whom it was sent to
                current = Acc(None, root, o.start, end, obs=[o, *context_obs])
                if before is not None:
                    current.before = before if next_round else None
                    current.origin = (o.msg.message_id if o.msg else None) or o.source_id
                current.evidence.append(f"time: {o.time_why} in {o.source_id}")
                # "we need to cancel your interview on Tuesday at 9"; but "I had to cancel
                # Thursday's slot, here is a new one for 3/12" names the new slot
                if o.cancelled and not o.reschedule:
                    current.cancelled = True
                    current.evidence.append(f"status: cancelled by mail {o.source_id}")
                if o.score < classify.ACCEPT and context >= classify.ACCEPT:
                    current.by_thread = True
                    current.evidence.append(
                        f"accepted: earlier mail in the thread is about hiring (score {context:g})"
                    )
                elif o.score < classify.ACCEPT and next_round:
                    current.by_thread = True
                    current.evidence.append("accepted: the next round, after the thread's last")
                accs.append(current)


def _cancelled_offer(o: Obs, seen: list[Obs]) -> Obs | None:
    """The one slot the company's earlier mail of the thread set, which ``o`` cancels by its
    weekday ("I've cancelled our chat on Thursday"): a hiring conversation's interview."""
    offers = [m for m in seen if m.start is not None and not m.proposal and _topic(m) >= 2]
    if not offers:
        return None
    offer = offers[-1]
    assert offer.start is not None
    day = f"{offer.start:%A}".lower()
    return offer if day in o.text.lower() else None


def _arrives_early(said: datetime, start: datetime) -> bool:
    """``said`` is a few minutes before ``start``: an arrival ("I'll be there at 09:15", "See
    you at 9:50 at the reception!"), not another time."""
    return timedelta(0) < start - said <= _EARLY_ARRIVAL


def _owner_declined(acc: Acc, owner: Owner) -> bool:
    """The invite's latest version has the owner as an attendee who declined (PARTSTAT /
    responseStatus "declined"): one of two holds turned down, or a slot they will not attend."""
    versions = [o for o in acc.obs if o.event is not None]
    if not versions or acc.cancelled:
        return False
    latest = max(versions, key=version_rank).event
    assert latest is not None
    return any(
        a.person.email in owner.emails and a.partstat == PartStat.DECLINED for a in latest.attendees
    )


def _withdrawal(acc: Acc, obs: list[Obs], owner: Owner) -> str | None:
    """The mail with the invite's company in which the owner withdraws ("I'm withdrawing from the
    process and have declined Friday's final round"), written or quoted: its source id."""
    company = _company_key(acc, owner)
    for o in obs:
        if o.msg is None or not (_cancel_domains(o, owner) & company):
            continue
        said = o.msg.text if o.from_owner else quoted_text(o.msg.text)
        if classify.is_withdrawal(said):
            return o.source_id
    return None


def _drop_declined(accs: list[Acc]) -> None:
    """Remove mail-proposed times the owner turned down and nobody replaced."""
    accs[:] = [a for a in accs if not a.declined]


_HALF_DAY = timedelta(hours=12)


def _all_day_hold(acc: Acc) -> bool:
    """The interview's time is an all-day event's date: no clock time was ever found."""
    return any(
        o.event is not None and o.event.all_day and o.start == acc.start for o in acc.obs
    ) and all(o.event is not None and o.event.all_day for o in acc.obs if o.start == acc.start)


def _after(a: Obs, b: Obs) -> bool:
    """``a`` was written after ``b``."""
    return (a.date or _EPOCH, a.order) > (b.date or _EPOCH, b.order)


def _owner_agreed(o: Obs, members: list[Obs]) -> bool:
    """The owner's next reply after ``o`` accepts the time ``o`` names (no decline, no
    other time)."""
    reply = next((m for m in members if m.from_owner and _after(m, o)), None)
    if reply is None or o.start is None or classify.is_decline(reply.text):
        return False
    # (the same clock read in the owner's own zone agrees too: "thurs works! 2p ur time or
    # mine?" to "can u do thurs 2p?" from another zone)
    said = reply.said_time
    return said is None or _same_time(said, o.start) or _same_wall_clock(said, o.start)


# "Good talking yesterday": the call the earlier mail asked for took place
_TALKED = re.compile(
    r"\b(?:good|great|nice|lovely|thanks(?: again)? for|thank you(?: again)? for)\s+"
    r"(?:talking|speaking|chatting|"
    r"the (?:call|chat))\b[^.!?\n]{0,30}?\b(?P<when>yesterday|today|earlier today|this morning)\b"
    # Spanish: "Mil gracias por la llamada de ayer"
    r"|\bgracias por la (?:llamada|charla|plática|entrevista) de (?P<cuando>ayer|hoy)\b",
    re.I,
)


class _Talked(NamedTuple):
    """Company mail that says a call took place: "Good talking yesterday"."""

    obs: Obs
    sender: str
    date: datetime
    said: re.Match[str]


def _talked_mail(obs: list[Obs]) -> list[_Talked]:
    """The company mail that says a call took place, found once per merge."""
    out: list[_Talked] = []
    for m in obs:
        if m.msg is None or m.msg.sender is None or m.date is None or m.from_owner:
            continue
        said = _TALKED.search(new_text(m.msg.text))
        if said is not None:
            out.append(_Talked(m, m.msg.sender.email, m.date, said))
    return out


def _held_per_later_mail(o: Obs, talked: list[_Talked]) -> bool:
    """A later mail from the writer of ``o`` (or from the company whose mail ``o`` carries) says
    the call ``o`` set took place ("Good talking yesterday", "Thanks again for the chat today",
    written on or the day after that day)."""
    if o.start is None or o.msg is None or o.msg.sender is None or o.proposal or not talked:
        return False
    writers = {o.msg.sender.email} | {a for a, _ in emails_in(o.text)}
    for t in talked:
        if not _after(t.obs, o) or t.sender not in writers:
            continue
        when = (t.said.group("when") or t.said.group("cuando")).lower()
        back = 1 if when in {"yesterday", "ayer"} else 0
        day = t.date.astimezone(o.start.tzinfo).date() - timedelta(days=back)
        if day == o.start.date():
            return True
    return False


def _confirms_owner_time(o: Obs, members: list[Obs], seen: list[Obs]) -> datetime | None:
    """The time of the owner's last proposal, when company mail ``o`` confirms it in a
    conversation about hiring."""
    if o.from_owner or o.cancelled or o.proposal or classify.is_decline(o.text):
        return None
    asked = [m for m in members if m.from_owner and _after(o, m)]
    if not asked or asked[-1].said_time is None or not classify.is_agreement(o.text):
        return None
    if max((_topic(c) for c in [o, *seen]), default=0.0) < _ENGAGED_CONTEXT:
        return None
    return asked[-1].said_time


_ATTRIBUTION = re.compile(
    # (and Outlook's quoted header: "From: Tamar Lomidze <tamar@...>" under the rule line)
    rf"\b{WROTE}\s*:|^[ \t>]*(?:From|Von|De|Van|Da|Od|Fra|Fr\u00e5n|\u0160alje|От|Від)[ \t]*:",
    re.I | re.M,
)


def _quotes_owner(o: Obs, owner: Owner | None) -> bool:
    """``o`` replies to the owner's own mail, which this mailbox does not hold: its quote is
    introduced by the owner ("On Mon, 2 Mar 2026, Naledi Khumalo <naledi@...> wrote:")."""
    if owner is None or o.msg is None or o.msg.in_reply_to is None or o.from_owner:
        return False
    full = o.msg.text  # (the quote and its attribution line are cut from ``o.text``)
    # (at any depth of quoting: "> On Tue, ..., Jordan <jordan@...> wrote:")
    for m in _ATTRIBUTION.finditer(full):
        end = full.find("\n", m.end())
        line = full[full.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else None].lower()
        if any(e in line for e in owner.emails):
            return True
    return False


def _quotes_owner_decline(o: Obs, owner: Owner | None) -> bool:
    """``o`` replies to the owner's own mail, absent here, in which the owner turned a time
    down; the quote holds it."""
    if not _quotes_owner(o, owner) or o.msg is None:
        return False
    return classify.is_decline(quoted_text(o.msg.text))


def _confirms_own_offer(o: Obs, members: list[Obs], seen: list[Obs]) -> Obs | None:
    """The company's earlier mail in a hiring conversation that offered one time, when its
    later mail ``o`` (naming no other day) confirms it and the owner wrote nothing in between
    that this mailbox holds."""
    if o.from_owner or o.cancelled or o.proposal or not classify.is_agreement(o.text):
        return None
    offers = [c for c in seen if c.start is not None and not c.proposal and c.score > 0]
    if not offers or any(m.from_owner and _after(o, m) for m in members):
        return None  # the owner's own reply, when present, is read by _confirms_owner_time
    if max((_topic(c) for c in [o, *seen]), default=0.0) < _ENGAGED_CONTEXT:
        return None
    return offers[-1]


def _introduced(o: Obs, obs: list[Obs]) -> float:
    """The hiring topic of earlier mail that introduced ``o``'s writer by address ("Rowan can
    email me at dana.k@greyhaven.example", forwarded by a friend) or by full name ("That'll be
    with Karthik Iyer from our team in Bangalore - he'll reach out directly"): their later mail
    in a new conversation belongs to that hiring conversation."""
    writer = o.msg.sender.email.lower() if o.msg and o.msg.sender else ""
    if not writer or o.from_owner:
        return 0.0
    name = o.msg.sender.name if o.msg and o.msg.sender else ""
    full_name = name if len(name.split()) >= 2 else None
    return max(
        (
            _topic(c)
            for c in obs
            if c is not o
            and c.msg is not None
            and c.order < o.order
            and (
                writer in c.text.lower()
                # (by name in someone else's mail: their own signs every mail they write)
                or (
                    full_name is not None
                    and _introduces(c.text, full_name)
                    and (c.msg.sender is None or c.msg.sender.email.lower() != writer)
                )
            )
        ),
        default=0.0,
    )


# "... with Karthik Iyer from our team in Bangalore - he'll reach out directly to find a time"
_WILL_REACH_OUT = re.compile(
    r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:reach out|be in touch|get in touch|contact you|email you|"
    r"write to you|send you|find a time)",
    re.I,
)


def _introduces(text: str, name: str) -> bool:
    """``text`` names ``name`` and says they will write to the owner themselves."""
    at = text.find(name)
    return at >= 0 and _WILL_REACH_OUT.search(text, at, at + len(name) + 200) is not None


def _copies_contact(o: Obs, obs: list[Obs]) -> float:
    """The hiring topic of earlier mail or invites from a colleague that ``o``'s writer copies
    in ("Bettina passed along excellent notes from your call", Bettina in Cc): the next round,
    opened by someone new in a new conversation, belongs to the same hiring process."""
    if o.msg is None or o.msg.sender is None or o.from_owner:
        return 0.0
    domain = o.msg.sender.email.rsplit("@", 1)[-1]
    if is_free_mail(domain):
        return 0.0  # friends on the same mail provider are not colleagues
    copied = {
        p.email
        for p in (*o.msg.cc, *o.msg.to)
        if p.email.endswith("@" + domain) and p.email != o.msg.sender.email
    }
    if not copied:
        return 0.0
    return max(
        (
            _topic(c)
            for c in obs
            if c is not o and not c.from_owner and c.order < o.order and _writer_of(c) & copied
        ),
        default=0.0,
    )


def _writer_of(o: Obs) -> set[str]:
    """Who wrote ``o``: its mail's sender, its invite's organizer."""
    out = {o.msg.sender.email} if o.msg and o.msg.sender else set()
    if o.event and o.event.organizer:
        out.add(o.event.organizer.email)
    return out


def _owner_picked(o: Obs, obs: list[Obs]) -> bool:
    """``o`` names exactly the time the owner picked earlier, in a hiring conversation with
    ``o``'s writer: an agency forwarding the client's "locked in" as a new conversation."""
    writer = o.msg.sender.email if o.msg and o.msg.sender else None
    if writer is None or o.start is None or o.from_owner or o.proposal:
        return False
    # the writer said at the start what the meeting is ("not an interview, just a coffee")
    if any(
        m.thread_root == o.thread_root and m.order < o.order and _names_lookalike(m)
        for m in obs
        if not m.from_owner
    ):
        return False
    return any(
        m.from_owner
        and m.said_time is not None
        and m.msg is not None
        and m.order < o.order
        and _same_time(m.said_time, o.start)
        and writer in {p.email for p in m.msg.to + m.msg.cc}
        and _topic(m) > 0
        for m in obs
    )


def _topic(o: Obs) -> float:
    return classify.topic_score(o.score, o.reasons)


def _cancel_domains(o: Obs, owner: Owner) -> set[str]:
    """The company a cancelling mail talks to: its recipients when the owner wrote it."""
    assert o.msg is not None
    if o.from_owner:
        return set(company_domains(list(o.msg.to + o.msg.cc), owner.emails))
    people = ([o.msg.sender] if o.msg.sender else []) + list(o.msg.reply_to)
    return set(company_domains(people, owner.emails))


def _prose_cancel_pass(obs: list[Obs], accs: list[Acc], owner: Owner) -> None:
    """A cancellation or withdrawal written in prose, outside the interview's own thread.

    It applies to the same company's next interview that was already announced when the
    mail was written and had not started yet. A later re-booked event (announced after the
    cancellation) is a new interview and stays scheduled.
    """
    for o in sorted(obs, key=lambda o: (o.date or _EPOCH, o.order)):
        if o.msg is None or o.event is not None or not o.cancelled:
            continue
        # the owner asking to move a slot ("no longer available at 3") is no withdrawal
        # (a mail with no hiring words still cancels the exact slot it names: "I have to cancel
        # our Thu 3/12 @ 4:30p call")
        # (nor does one whose reason reads as a rejection: "Your interview ... on Fri, Jun 5 at
        # 11:00 AM has been canceled. Reason: This position has been filled." cancels that slot)
        score = o.score - _offer_weight(o)
        if score <= 0 and o.start is None:
            continue
        if o.from_owner and (o.reschedule or not classify.is_withdrawal(o.text)):
            continue
        if any(_cancelled_by(a, o) for a in accs):
            continue  # the thread pass already applied it
        names_new_time = any(
            t is not None for t in (o.start, o.same_time_day, o.shift_by, o.new_clock)
        )
        if o.reschedule and names_new_time and any(m is o for a in accs for m in a.obs):
            continue  # the thread pass read it as the move it is (not "postponed, new date to
            # follow", which names no time to move to)
        doms = _cancel_domains(o, owner)
        when = o.date or _EPOCH
        target = min(
            (
                a
                for a in accs
                if not a.cancelled
                and a.start > when
                and min(m.order for m in a.obs) < o.order
                and (
                    doms & (_company_key(a, owner) | _written_company(a, owner))
                    or _same_phone(o, a)
                    # an ATS's no-reply mail names no company domain: its sender, display name
                    # and all, writing about the very slot, is the same employer's
                    or (o.start is not None and _same_time(o.start, a.start) and _same_writer(a, o))
                )
                # a mail that names a time cancels that slot only ("your interview on 5/13 at 10");
                # one that also moves it names the new slot, which it does not cancel
                and (o.start is None or _same_time(o.start, a.start) != o.reschedule)
                and (score > 0 or (o.start is not None and _same_time(o.start, a.start)))
            ),
            key=lambda a: a.start,
            default=None,
        )
        if target is None:
            continue
        target.cancelled = True
        if o not in target.obs:
            target.obs.append(o)
        who = "candidate withdrew" if o.from_owner else "cancelled by mail"
        target.evidence.append(f"status: {who} in {o.source_id} (same company)")


def _offer_weight(o: Obs) -> float:
    """The weight the "offer" signal gave ``o``: a cancellation because the owner took an offer
    elsewhere ("Congratulations on the offer! ... they've cancelled tomorrow's interview") is
    still a cancellation."""
    return sum(classify.reason_weight(r) for r in o.reasons if r.startswith("offer ("))


def _join_same_slot_mail(obs: list[Obs], accs: list[Acc]) -> None:
    """A company mail below acceptance that speaks of an interview at the very time of one
    (a portal's "Interview request accepted ... Sat 10 Jan, 10:30", then the principal's own
    "I am pleased to confirm your interview tomorrow, Saturday, at 10:30"), or that the named
    interviewer wrote for that time, is that interview's: it names its people and company."""
    taken = {id(o) for a in accs for o in a.obs}
    for o in obs:
        if (
            id(o) in taken
            or o.event is not None
            or o.msg is None
            or o.from_owner
            or o.start is None
            or o.proposal
            or o.cancelled
            or not 0 < _with_context(o) < classify.ACCEPT
        ):
            continue
        worded = any(r.startswith("interview word (") for r in o.reasons)
        # ... or written by the interviewer the interview names ("Interviewer(s): Lorna
        # Vaszary", then Lorna's "Looking forward to meeting you on Wednesday at noon!")
        target = next(
            (
                a
                for a in accs
                if _same_time(a.start, o.start) and (worded or _writer_named_in(o, a))
            ),
            None,
        )
        if target is not None:
            target.obs.append(o)
            target.evidence.append(f"joined: {o.source_id} names an interview at this time")
            target.end = target.end or _duration_from([o], target.start)


def _writer_named_in(o: Obs, acc: Acc) -> bool:
    """``o``'s writer is named by full name in one of ``acc``'s items."""
    name = o.msg.sender.name if o.msg and o.msg.sender else ""
    return len(name.split()) >= 2 and any(name in m.text for m in acc.obs)


def _with_context(o: Obs) -> float:
    """``o``'s score without the "no hiring context" penalty: an interview at the same time
    supplies that context."""
    penalty = next((r for r in o.reasons if r.startswith("interview word without hiring")), "")
    return o.score - (float(penalty.rpartition("(")[2].rstrip(")")) if penalty else 0.0)


def _moved_from(invite: Acc, mail: Acc, owner: Owner) -> bool:
    """``mail`` (no invite of its own) announced the time an earlier version of ``invite``
    had, and the invite has moved since: an ATS's "Interview date: 22/04/2026, 10:00", then the
    manager's invite for it, updated to the 23rd. One interview, at the invite's new time."""
    if invite.uid is None or mail.uid is not None or mail.cancelled != invite.cancelled:
        return False
    if _same_time(invite.start, mail.start):
        return False
    earlier = [o for o in invite.obs if o.event is not None and o.start is not None]
    if not any(_same_time(o.start, mail.start) for o in earlier):
        return False
    return bool(
        _company_key(invite, owner) & (_company_key(mail, owner) | _written_company(mail, owner))
        or not _employer_key(mail, owner)
        or _relayed_only(mail)
    )


def _rebooked(old: Acc, new: Acc, owner: Owner) -> bool:
    """``new`` is a booking tool's event for the same company that names ``old``'s time as the
    one it replaces (Calendly's "Your event has been rescheduled. Former: 10:00am - Friday,
    October 30, 2026"), under a new UID: one interview, at ``new``'s time."""
    return (
        old.uid is not None
        and new.uid is not None
        and old.uid != new.uid
        and not (old.cancelled or new.cancelled)
        and not _same_time(old.start, new.start)
        and bool(_company_key(old, owner) & _company_key(new, owner))
        and _names_old_time(new, old.start)
    )


def _relayed_only(acc: Acc) -> bool:
    """Every company item of ``acc`` came from a machine address (an ATS's or a scheduling
    platform's no-reply) with no person's Reply-To: it names no company a person writes from."""
    return all(
        o.msg is not None
        and o.msg.sender is not None
        and is_machine_address(o.msg.sender.email)
        and all(is_machine_address(p.email) for p in o.msg.reply_to)
        for o in acc.obs
        if not o.from_owner
    )


def _same_phone(o: Obs, acc: Acc) -> bool:
    """``o`` came from a phone (a text or voicemail forwarded by a gateway, "(480) 555-0176"
    as its sender) whose number ``acc``'s company mail gives in a signature."""
    shown = o.msg.sender.name if o.msg and o.msg.sender else ""
    digits = re.sub(r"\D", "", shown)
    if not 10 <= len(digits) <= 13 or re.search(r"[^\d\s()+.-]", shown):
        return False
    return any(
        digits[-10:] in re.sub(r"\D", "", x.text) for x in acc.obs if not x.from_owner and x.msg
    )


def _cancelled_by(acc: Acc, o: Obs) -> bool:
    """``acc`` is cancelled, and ``o`` is what cancelled it (not merely mail read beside it)."""
    return acc.cancelled and any(e.startswith("status:") and o.source_id in e for e in acc.evidence)


def _duration_from(obs: list[Obs], start: datetime) -> datetime | None:
    """An end from a length stated anywhere in the conversation ("a 30 minute intro call")."""
    for o in obs:
        d = duration_in(o.text)
        if d:
            return start + d
    return None


def _move(acc: Acc, new: datetime, o: Obs, why: str, end: datetime | None = None) -> None:
    length = acc.end - acc.start if acc.end else None
    acc.start = new
    # (the mail that moves it may say how long it takes: "Let's plan on 45 minutes", or the
    # conversation before it: "a quick 20-minute phone screen")
    acc.end = end or (new + length if length else _duration_from([o, *acc.obs], new))
    acc.obs.append(o)
    acc.evidence.append(f"time: {why} in {o.source_id} -> {new.isoformat()}")


def _absorb(into: Acc, other: Acc, why: str) -> None:
    into.obs.extend(other.obs)
    into.evidence.extend(other.evidence)
    into.evidence.append(f"merged: {why}")
    if into.end is None and other.end is not None and other.start == into.start:
        into.end = other.end  # the ATS gave the time, the interviewer's mail the length
    into.uid = into.uid or other.uid
    into.thread_root = into.thread_root or other.thread_root


_CHANNEL_SLACK = 5 * 60  # seconds: a mail's "10:00" and an invite's 10:02 are one slot


def _channel_twin(invite: Acc, mail: Acc, owner: Owner) -> bool:
    """A mail-only interview that is the same as an invite-backed one (another channel).

    Two invites never merge here (different UIDs are different events); a mail joins an
    invite when their starts agree within a few minutes and they share the company's
    domain or the mail names one of the invite's people.
    """
    if invite.uid is None or mail.uid is not None or invite.cancelled != mail.cancelled:
        return False
    if abs((invite.start - mail.start).total_seconds()) > _CHANNEL_SLACK:
        # the mail may name the invite's earlier time, which a later update moved ("Updated
        # invitation" after the ATS confirmation): still the same interview
        versions = [(o.order, o.start) for o in invite.obs if o.event is not None and o.start]
        moved_later = max((n for n, _ in versions), default=-1) > max(o.order for o in mail.obs)
        if (
            not moved_later
            or not any(abs((t - mail.start).total_seconds()) <= _CHANNEL_SLACK for _, t in versions)
        ) and not _names_old_time(invite, mail.start):
            return False
    if _company_key(invite, owner) & _company_key(mail, owner):
        return True
    text = "\n".join(o.text for o in mail.obs).lower()
    for o in invite.obs:
        ev = o.event
        if ev is None:
            continue
        for p in ([ev.organizer] if ev.organizer else []) + [a.person for a in ev.attendees]:
            if p.email in owner.emails:
                continue
            if p.email.lower() in text or (len(p.name) > 4 and p.name.lower() in text):
                return True
    return False


def _company_key(acc: Acc, owner: Owner) -> set[str]:
    people: list[Person] = []
    for o in acc.obs:
        if o.msg and o.msg.sender and not o.from_owner:
            people.append(o.msg.sender)
            people += list(o.msg.reply_to)  # an ATS relay's Reply-To is the company's person
        if o.event and o.event.organizer:
            people.append(o.event.organizer)
        if o.event:
            people += [a.person for a in o.event.attendees]
    return set(company_domains(people, owner.emails))


def _written_company(acc: Acc, owner: Owner) -> set[str]:
    """The companies whose addresses ``acc``'s company mail writes out: when an ATS sent it
    all, who to write to ("Dúvidas? Fale com a Letícia: leticia@feiradigital...")."""
    people = [Person("", a) for o in acc.obs if not o.from_owner for a, _ in emails_in(o.text)]
    return set(company_domains(people, owner.emails))


def merge(obs: list[Obs], owner: Owner) -> tuple[list[Interview], list[Candidate]]:
    """Assemble the interviews; return them and the rejected candidates."""
    accs: list[Acc] = []
    for acc in _uid_groups(obs):
        if not _owner_declined(acc, owner):
            accs.append(acc)
        elif (withdrawal := _withdrawal(acc, obs, owner)) is not None:
            # declined and withdrawn: the interview was booked and is now cancelled
            acc.cancelled = True
            acc.evidence.append(f"status: the owner declined it and withdrew ({withdrawal})")
            accs.append(acc)
    # threads that carry an invite: remember them so later mail in the thread updates the invite
    _thread_pass(obs, accs, owner)
    _drop_declined(accs)
    index = _context_index(obs, owner)
    kept = [
        a for a in accs if _context_ok(a, index, owner) or a.score >= classify.ACCEPT or a.by_thread
    ]
    rejected = [a for a in accs if a not in kept]
    accs = kept + _hiring_company_invites(rejected, kept, owner)
    accs += _agency_booked_invites([a for a in rejected if a not in accs], kept, owner)
    accs += _accepted_owner_invites([a for a in rejected if a not in accs], obs, owner)
    # the items that name their meeting as something else, found once: the two checks below
    # look only at these, and asking every item for every candidate cost a fifth of detect()
    lookalikes = [o for o in obs if _names_lookalike(o)]
    accs = [
        a
        for a in accs
        if not _lookalike_slot(a, lookalikes, owner)
        and not _owner_interviews(a, obs)
        and not _owner_hosts(a, obs, owner)
        and not _invite_says_otherwise(a, lookalikes)
        and not _thread_says_otherwise(a, lookalikes)
        and not _networking_booked(a)
    ]
    _prose_cancel_pass(obs, accs, owner)
    _join_same_slot_mail(obs, accs)
    # one interview through several channels: same start, same company
    merged: list[Acc] = []
    for acc in sorted(accs, key=lambda a: (a.uid is None, a.start)):
        twin = next(
            (
                m
                for m in merged
                if _same_time(m.start, acc.start)
                and (
                    m.cancelled == acc.cancelled
                    or _cancels_later(m, acc)
                    or _stale_reminder(m, acc)
                )
                and (
                    _company_key(m, owner) & _company_key(acc, owner)
                    # a job board's invite names no company domain of its own, and an agency's
                    # mail names only the agency's
                    or not _employer_key(acc, owner)
                    or not _employer_key(m, owner)
                    # a portal's "Contacto: rodrigo@maguey..." and Rodrigo's own mail
                    or _writes_to_contact(m, acc)
                    or _writes_to_contact(acc, m)
                    # a scheduling platform's no-reply confirmation and the program's own mail
                    or _relayed_only(acc)
                    or _relayed_only(m)
                )
            ),
            None,
        )
        if twin:
            later = _cancels_later(twin, acc)  # judged before the two share their items
            _absorb(twin, acc, "same start and company")
            twin.cancelled = twin.cancelled or later
            continue
        twin = next((m for m in merged if _channel_twin(m, acc, owner)), None)
        if twin:
            _absorb(twin, acc, "mail and invite: same people or company, start within minutes")
        elif twin := next((m for m in merged if _moved_from(m, acc, owner)), None):
            _absorb(twin, acc, "mail about the invite's earlier time, before the invite moved")
        elif old := next((m for m in merged if _rebooked(m, acc, owner)), None):
            merged.remove(old)
            _absorb(acc, old, "a booking tool's new event names this one as its former time")
            merged.append(acc)
        else:
            merged.append(acc)
    # a loop sent as several invites: same company, same day -> one onsite
    final: list[Acc] = []
    for acc in sorted(merged, key=lambda a: a.start):
        day = next(
            (
                m
                for m in final
                if not m.cancelled
                and not acc.cancelled
                and _same_local_day(m, acc)
                and _company_key(m, owner) & _company_key(acc, owner)
            ),
            None,
        )
        if day and (_all_day_hold(day) or _all_day_hold(acc)):
            # an all-day hold and the timed schedule for that day are one interview: the
            # schedule's times win
            timed = acc if _all_day_hold(day) else day
            day.start, day.end = timed.start, timed.end
            _absorb(day, acc, "all-day hold and the day's timed schedule")
        elif day and (invite := _moved_since_mail(day, acc)) is not None:
            # the mail named the time the invite had before its last update ("11:00 AM ET",
            # then the event pushed to 11:30): one interview, at the invite's time
            other = acc if invite is day else day
            _absorb(invite, other, "mail about a time the invite has moved since")
            if invite is acc:
                final[final.index(day)] = acc
        elif day:
            _absorb(day, acc, "same-day session with the same company (onsite)")
            # (and the itinerary that starts where the loop does: "8:00 - 9:15 AM - Plant
            # floor walk ... 11:45 AM - 12:30 PM - Conversation with Tom Reczek" runs past
            # the last invite, the panel's 9:30-11:00)
            itinerary = [
                o.end.astimezone(day.start.tzinfo)
                for o in day.obs
                if o.event is None and o.start == day.start and o.end is not None
            ]
            day.end = max(e for e in (day.end, acc.end, acc.start, *itinerary) if e is not None)
            day.onsite = True
        else:
            final.append(acc)
    final = _join_moved_slots(final, owner)
    final = _join_moved_by_mail(final, owner)
    final = _without_released_holds(final, owner)
    _join_named_writers(final, obs)
    _join_employer_notes(final, obs, owner)
    _join_forwarded_chats(final, obs, owner)
    _join_hosts_invitations(final, obs)
    accepted = {o.source_id for a in final for o in a.obs}
    # Low-confidence leftovers for --explain: anything that scored above zero or named a time.
    candidates = [
        Candidate(
            o.source_id,
            o.score,
            (*o.reasons, *([f"time {o.start.isoformat()} ({o.time_why})"] if o.start else [])),
        )
        for o in obs
        if o.source_id not in accepted and (o.score > 0 or o.start is not None)
    ]
    job_mail = _job_mail_index(obs, owner, accepted)
    for a in final:
        a.names_job = _job_mail_of(a, job_mail, owner)
    return share_roles(share_companies([_interview(a, owner) for a in final])), candidates


def _without_people_titles(
    titles: list[str], people: Sequence[Person], texts: Sequence[str]
) -> list[str]:
    """The titles without the bracketed rank of someone the interview is with, where the mail
    gives that person the same rank: "Entretien Méthodes – Walid Ellouze (Responsable
    méthodes)" beside "Walid Ellouze, responsable méthodes" names his job, not the owner's
    (unlike "Liam Tremblay / Rachel Sousa (Senior Credit Analyst, Energy Lending)" beside
    "Rachel Sousa, MD Energy Lending": the job of the one interviewed)."""
    names = {p.name.strip() for p in people if len(p.name.split()) >= 2}
    out = []
    for title in titles:
        for name in names:
            m = re.search(re.escape(name) + r"\s*\(([^()\n]{1,60})\)", title)
            if m is None:
                continue
            rank = re.escape(m.group(1).strip())
            said = re.compile(
                re.escape(name)
                + r"\s*(?:,\s*(?:(?:our|the|notre|nuestro|nuestra)\s+)?|\(\s*)"
                + rank,
                re.I,
            )
            # (an event's text holds its own title: only the rest of it counts)
            if any(said.search(t.replace(title, " ")) for t in texts):
                title = title[: m.start()] + name + title[m.end() :]
        out.append(title)
    return out


def _without_office_city(company: str, domains: Sequence[str], texts: Sequence[str]) -> str:
    """The firm, not its office in a city: "l'agence Ingéral Paris" of ingeral is Ingéral's
    (a property named with its city stays: "The Aldridge Melbourne", a hotel)."""
    head, _, last = company.rpartition(" ")
    keys = {org_key(d) for d in domains}
    if not head or squash(head) not in keys or squash(company) in keys or not named_zones(last):
        return company
    office = re.compile(
        r"\b(?:agence|bureau|office|branch|filiale|succursale|oficina|sucursal|niederlassung)"
        r"\s+(?:de\s+|d['’]\s*|of\s+)?" + re.escape(company),
        re.I,
    )
    return head if any(office.search(t) for t in texts) else company


def _moved_since_mail(a: Acc, b: Acc) -> Acc | None:
    """The invite of ``a`` and ``b`` when the other is a mail-only interview a few hours from
    it, and the invite was updated (SEQUENCE 1 or more) after every mail of the other was
    written: the update moved the time the mail had named."""
    if (a.uid is None) == (b.uid is None):
        return None
    invite, mail = (a, b) if a.uid is not None else (b, a)
    latest = max(
        (o.event for o in invite.obs if o.event is not None), key=lambda e: e.sequence, default=None
    )
    if latest is None or latest.sequence < 1 or latest.dtstamp is None:
        return None
    written = [o.date for o in mail.obs if o.date is not None]
    if not written or max(written) >= latest.dtstamp:
        return None
    return invite if abs(invite.start - mail.start) <= timedelta(hours=3) else None


def _same_local_day(a: Acc, b: Acc) -> bool:
    """``a`` and ``b`` start on the same day where the company writes from: a Sydney panel at
    09:30 and a talk at 13:00 are one day, though 22:30Z and 02:00Z fall on two UTC dates."""
    zone = next(
        (
            o.date.tzinfo
            for o in (*a.obs, *b.obs)
            if o.date is not None and o.date.utcoffset() and not o.from_owner
        ),
        UTC,
    )

    def day(acc: Acc) -> date:
        # (an all-day hold's date is its own, in no zone)
        return acc.start.date() if _all_day_hold(acc) else acc.start.astimezone(zone).date()

    return day(a) == day(b)


def _join_moved_slots(accs: list[Acc], owner: Owner) -> list[Acc]:
    """A cancelled slot whose cancellation names the time of the same company's scheduled
    interview ("Moved to Thursday 5/7 11am - see new invite"): one interview that moved, sent
    by Outlook as a new invitation plus a cancellation of the old one, not two interviews."""
    out = list(accs)
    for old in [a for a in accs if a.cancelled]:
        new = next(
            (
                a
                for a in out
                if not a.cancelled
                and a.start > old.start - timedelta(days=31)
                and _company_key(a, owner) & _company_key(old, owner)
                and any(_names_time(o, a.start) for o in old.obs if o.cancelled)
            ),
            None,
        )
        if new is not None:
            _absorb(new, old, "its old slot's cancellation names this time (moved)")
            out.remove(old)
    return out


def _join_moved_by_mail(accs: list[Acc], owner: Owner) -> list[Acc]:
    """A company's mail that moves an interview, written in a thread of its own, names the old
    time of one booked earlier through another channel ("تقرر تأجيل مقابلة العمل التي كانت
    مبرمجة يوم الثلاثاء 20 أكتوبر ... الموعد الجديد: يوم الخميس 22 أكتوبر", after a job
    board's relay booked the 20th): one interview that moved. It keeps the first booking's
    identity and takes the new time."""
    out = list(accs)
    for new in accs:
        moves = [
            o
            for o in new.obs
            if o.reschedule and not o.from_owner and o.msg is not None and o.start == new.start
        ]
        if new.cancelled or new.uid is not None or not moves:
            continue
        old = next(
            (
                a
                for a in out
                if a is not new
                and not a.cancelled
                and a.start != new.start
                and _company_key(a, owner) & _company_key(new, owner)
                and all(x.order < moves[0].order for x in a.obs)
                and any(o.date is not None and a.start > o.date for o in moves)
                and any(_names_time(o, a.start) for o in moves)
            ),
            None,
        )
        if old is not None and new in out:
            _absorb(old, new, "a later mail moves it from this time (names the old one)")
            # (the length the first booking gave stays: "تدوم المقابلة حوالي ساعة")
            length = old.end - old.start if old.end is not None else None
            old.start = new.start
            old.end = new.end or (new.start + length if length is not None else None)
            out.remove(new)
    return out


def _join_hosts_invitations(accs: list[Acc], obs: list[Obs]) -> None:
    """A booking tool's confirmation ("Recruiter Screen - Bramblewood Health with Jolene Marsh",
    "Host: Sophie Tran (sophie.tran@wattlebird.example)") names the host but not the job; the
    earlier mail with the booking link, from the host or a colleague at the host's domain
    ("Thanks for applying to the Senior UX Researcher opening ... Grab whatever works on my
    calendar"), does. That untimed mail joins the booking, for its job and its people."""
    taken = {id(o) for a in accs for o in a.obs}
    for o in obs:
        if id(o) in taken or o.msg is None or o.msg.sender is None or o.from_owner:
            continue
        if o.start is not None or o.event is not None or o.cancelled or o.score <= 0:
            continue
        name = o.msg.sender.name
        sender_domain = domain(o.msg.sender.email)
        for a in accs:
            booked_by_tool = all(
                x.msg is None or x.msg.sender is None or is_machine_address(x.msg.sender.email)
                for x in a.obs
            )
            hosts = {domain(addr) for x in a.obs for addr, _ in emails_in(x.text)}
            if (
                booked_by_tool
                and (
                    (len(name.split()) >= 2 and any(name in x.text for x in a.obs))
                    or (sender_domain in hosts and not is_free_mail(sender_domain))
                )
                and (o.date or _EPOCH) <= min((x.date or _EPOCH) for x in a.obs)
            ):
                a.obs.append(o)
                a.evidence.append(f"context: {o.source_id} is from the host the booking names")
                break


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(_WEEKDAY_NAMES)})\b", re.I)


def _names_coming_weekday(o: Obs, days: frozenset[str], start: datetime) -> bool:
    """``o`` was written in the week before ``start`` and names its weekday ("See you
    Tuesday"); ``days`` are the weekday names ``o`` writes, lower-cased."""
    if o.date is None or not timedelta(0) < start - o.date <= timedelta(days=7):
        return False
    return _WEEKDAY_NAMES[start.astimezone(o.date.tzinfo).weekday()] in days


def _join_named_writers(accs: list[Acc], obs: list[Obs]) -> None:
    """A mail in another conversation from the person an interview's mail names as conducting
    it, about the same slot ("Avec : Théo Garnier, CTO", then Théo's own "see you Monday, 14h30
    Paris time"), joins that interview: it gives the interviewer's address."""
    taken = {id(o) for a in accs for o in a.obs}
    for o in obs:
        if id(o) in taken or o.msg is None or o.msg.sender is None or o.from_owner:
            continue
        if o.event is not None or o.cancelled:
            continue
        days = frozenset(w.lower() for w in _WEEKDAY_WORD.findall(o.text)) if not o.start else None
        if days is not None and (not days or o.date is None):
            continue  # no time and no weekday: nothing to join on
        acc = next(
            (
                a
                for a in accs
                if not a.cancelled
                and (
                    _same_time(a.start, o.start)
                    if o.start is not None
                    # "See you Tuesday": the interviewer's note before the day, naming it
                    else _names_coming_weekday(o, days or frozenset(), a.start)
                )
                and (
                    named_as_conducting(o.msg.sender, a.obs)
                    # the writer of the mail the owner forwarded to themself, now writing
                    # directly: "From: Kieran Doyle <kieran@...>" in the forward
                    or any(o.msg.sender.email in x.text.lower() for x in a.obs)
                    # a job board's "Employer contact: Tamara Okafor", then Tamara's own
                    # "I'll be the one calling you Thursday at half past ten"
                    or _names_writer(a, o)
                )
            ),
            None,
        )
        if acc is not None:
            acc.obs.append(o)
            acc.evidence.append(f"merged: {o.source_id} is from the interviewer it names")


def _join_employer_notes(accs: list[Acc], obs: list[Obs], owner: Owner) -> None:
    """The employer's own recruiter writing about an interview only an ATS relay booked ("Just
    a quick note to go with the HireVue confirmation ... Your live interview on Thursday 15th
    will be with Callum Rhodes") joins it: the note names the interview's day, comes in the
    weeks before it, and from the firm the relay wrote for (its domain spells the relay's
    name for it). It gives the person to thank."""
    relayed = [a for a in accs if not a.cancelled and not _company_key(a, owner)]
    if not relayed:
        return
    taken = {id(o) for a in accs for o in a.obs}
    relay_names = {id(a): squash(" ".join(_names_for(a))) for a in relayed}
    for o in obs:
        sender = o.msg.sender if o.msg else None
        if id(o) in taken or sender is None or o.from_owner or o.date is None or o.score <= 0:
            continue
        if o.event is not None or o.cancelled or o.start is not None:
            continue
        key = squash(org_key(domain(sender.email)))
        if len(key) < 5 or is_machine_address(sender.email) or is_free_mail(domain(sender.email)):
            continue
        said = o.date
        near = [
            a
            for a in relayed
            if timedelta(0) < a.start - said <= timedelta(days=21) and key in relay_names[id(a)]
        ]
        if not near:
            continue  # (the dates are read only for a note that could belong to one)
        written = f"{o.msg.subject if o.msg else ''}\n{o.text}"
        days = {d.day for d in find_dates(written, said.date())}
        acc = next((a for a in near if a.start.astimezone(said.tzinfo).date() in days), None)
        if acc is not None:
            acc.obs.append(o)
            acc.evidence.append(f"merged: {o.source_id} is the employer's note on the same day")


def _names_for(acc: Acc) -> list[str]:
    """What a relay calls the employer: its display name ("Pemberton Marsh via HireVue"), the
    subjects and the invite titles."""
    out: list[str] = []
    for o in acc.obs:
        if o.msg is not None:
            out += [o.msg.subject, o.msg.sender.name if o.msg.sender else ""]
        if o.event is not None:
            out.append(o.event.summary)
    return out


def _join_forwarded_chats(accs: list[Acc], obs: list[Obs], owner: Owner) -> None:
    """An interview known only from what the owner forwarded to themself or a machine relayed
    (a texted chat: "ini Dewi dari Gerobak ... besok jam setengah 11"; a voicemail's transcript:
    "this is Mark Delgado over at Tallgrass Logistics") takes in the company mail of the writer
    it names by first name and company ("Dewi Anggraeni <dewi@gerobak...>"): it gives the
    company, the job and whom to thank."""
    taken = {id(o) for a in accs for o in a.obs}
    for acc in accs:
        if not all(
            o.msg is not None
            and o.msg.sender is not None
            # (or relayed by a machine: a voicemail's transcript, a messaging gateway)
            and (o.msg.sender.email in owner.emails or is_machine_address(o.msg.sender.email))
            for o in acc.obs
        ):
            continue
        said = re.sub(r"\s+", " ", " ".join(o.text for o in acc.obs).lower())
        squashed = said.replace(" ", "")
        for o in obs:
            writer = o.msg.sender if o.msg is not None else None
            if id(o) in taken or o.from_owner or o.score < 2 or writer is None:
                continue
            if o.event is not None and not _same_time(o.start, acc.start):
                continue  # (an invite at another time is another interview)
            first = writer.name.split()[0].lower() if writer.name.split() else ""
            key = org_key(domain(writer.email))
            if len(first) >= 3 and len(key) >= 4 and key in squashed and f" {first} " in said:
                acc.obs.append(o)
                acc.evidence.append(f"merged: the forwarded chat names {writer.name} of {key}")
                taken.add(id(o))


def _names_time(o: Obs, start: datetime, text: str | None = None) -> bool:
    """The text of ``o`` (or ``text`` in it) names ``start`` (date and clock time, in
    ``start``'s zone unless it says otherwise)."""
    ref = o.date or (o.event.dtstamp if o.event else None) or start
    return any(
        m.has_date and _same_time(m.start, start)
        for m in find_times(o.text if text is None else text, ref, start.tzinfo or UTC)
    )


# The line of an update that names the time it replaces: "Previously: Tuesday, April 7, 2026,
# 6:00 PM - 7:00 PM PDT", "Original time: ...", "Was: ..."
_OLD_TIME_LINE = re.compile(
    # (Calendly: "Former: 10:00am - Friday, October 30, 2026 (Central Time - US & Canada)")
    r"(?im)^[ \t*>-]*(?:previously|previous time|old time|original(?:ly)?(?: time)?|was|"
    r"former(?:ly)?)\b[ \t]*:?[^\n]*"
)


def _names_old_time(invite: Acc, start: datetime) -> bool:
    """An update in ``invite`` says it replaces ``start`` (the slot a booking tool's first
    confirmation gave, in mail that is not in the update's thread)."""
    return any(
        _names_time(o, start, m.group(0))
        for o in invite.obs
        for m in _OLD_TIME_LINE.finditer(o.text)
    )


def _hiring_company_invites(rejected: list[Acc], kept: list[Acc], owner: Owner) -> list[Acc]:
    """Invites held back only for lacking hiring words, from a company already interviewing
    the owner: that company's accepted interview is the hiring context they lacked."""
    hiring = set().union(*(_company_key(a, owner) for a in kept)) if kept else set()
    out: list[Acc] = []
    for a in rejected:
        best = max(a.obs, key=lambda o: o.score)
        if a.uid is not None and _session_of(a, best, kept, owner):
            a.evidence.append("accepted: a session on the day of the company's interview")
            out.append(a)
            continue
        lacked = any(r.startswith("interview word without hiring context") for r in best.reasons)
        if a.uid is None or not lacked or a.score - _NO_CONTEXT < classify.ACCEPT:
            continue
        if _company_key(a, owner) & hiring:
            a.evidence.append("accepted: the company already interviews the owner")
            out.append(a)
    return out


def _session_of(a: Acc, best: Obs, kept: list[Acc], owner: Owner) -> bool:
    """A bare meeting invite ("Team Panel (Noelani Kahale)", a Zoom link and nothing else),
    held back only for naming no job, or with nothing against it but too few hiring words
    ("Meet the team - Ingrid Falk Madsen", "Case workshop"), from a company whose interview is
    that same day: one session of that day's onsite."""
    bare = any(r.startswith("nothing says job") for r in best.reasons)
    # (nothing against it: no reason with a negative weight)
    unopposed = any(r.startswith("owner invited as attendee") for r in best.reasons) and not any(
        "(-" in r for r in best.reasons
    )
    if not (bare or unopposed) or a.cancelled:
        return False
    day = a.start.astimezone(UTC).date()
    key = _company_key(a, owner)
    return any(
        not k.cancelled and k.start.astimezone(UTC).date() == day and key & _company_key(k, owner)
        for k in kept
    )


def _accepted_owner_invites(rejected: list[Acc], obs: list[Obs], owner: Owner) -> list[Acc]:
    """The owner's own invite that a company person accepted ("Kabul Edildi:", "Accepted:")
    for the time that company's mail asked for: the recruiter asked the owner to send it ("sen
    bana bir Teams daveti gönderebilir misin?"). It is the interview, not a private event."""
    out: list[Acc] = []
    for a in rejected:
        versions = [o for o in a.obs if o.event is not None]
        if a.uid is None or a.cancelled or not versions:
            continue
        event = max(versions, key=version_rank).event
        assert event is not None
        if not (event.organizer and event.organizer.email in owner.emails):
            continue
        # (a company's address: a candidate the owner invited accepts from personal mail)
        accepted = {
            domain(x.person.email)
            for x in event.attendees
            if x.partstat == PartStat.ACCEPTED
            and x.person.email not in owner.emails
            and not is_free_mail(domain(x.person.email))
        }
        asked = next(
            (
                o
                for o in obs
                if o.event is None
                and o.msg is not None
                and o.msg.sender is not None
                and not o.from_owner
                and domain(o.msg.sender.email) in accepted
                and o.start is not None
                and _same_time(o.start, a.start)
                # (or one hiring signal: "the next step in the process for the PMM role. How
                # about Friday 17 April at half past ten? Feel free to send me an invite")
                and (o.score >= classify.ACCEPT or _topic(o) >= _ENGAGED_CONTEXT)
            ),
            None,
        )
        if asked is not None:
            a.obs.append(asked)
            a.evidence.append(
                f"accepted: a company person accepted the time {asked.source_id} asked for"
            )
            out.append(a)
    return out


def _employer_key(acc: Acc, owner: Owner) -> set[str]:
    """The interview's company domains other than a recruitment agency's."""
    firms = _search_firms(acc.obs)
    return {d for d in _company_key(acc, owner) if not is_agency_domain(d, firms)}


def _search_firms(obs: Sequence[Obs]) -> set[str]:
    """Sender domains of the interview's mail that present themselves as working for a client
    (a search firm's domain need not say "recruit"). A firm that invites its own people to its
    invite holds the interview itself: an IT services firm's "on hold by our client" is
    its customer's project, not a search for an employer."""
    hosts = {
        domain(o.event.organizer.email)
        for o in obs
        if o.event and o.event.organizer
        for a in o.event.attendees
        if a.person.email != o.event.organizer.email
        and domain(a.person.email) == domain(o.event.organizer.email)
    }
    return {
        domain(o.msg.sender.email)
        for o in obs
        if o.msg
        and o.msg.sender
        and not o.from_owner
        and (
            says_it_searches(new_text(o.text))
            or signs_as_agency(new_text(o.text), domain(o.msg.sender.email))
            or _forwards_another_company(o)
        )
        and domain(o.msg.sender.email) not in hosts
    }


_FORWARDED_FROM = re.compile(
    r"^[>\s]*(?:from|von|de|van|da|fr\u00e5n|fra|od|l\u00e4hett\u00e4j\u00e4)\s*:[^\n@]*@([\w.-]+)",
    re.I | re.M,
)


def _forwards_another_company(o: Obs) -> bool:
    """``o`` forwards another company's mail to the owner ("Fwd: Interviewtermin", "Von:
    Stefanie Brandt <s.brandt@nordlicht-energie.example>"): its writer passes a client's
    interview on, as an agency does."""
    assert o.msg is not None and o.msg.sender is not None
    if not is_forward(o.msg.subject):
        return False
    mine = domain(o.msg.sender.email)
    return any(
        d.lower() != mine and not is_free_mail(d.lower()) and not is_vendor_domain(d.lower())
        for d in _FORWARDED_FROM.findall(o.text)
    )


def _agency_booked_invites(rejected: list[Acc], kept: list[Acc], owner: Owner) -> list[Acc]:
    """The client's own invite for the slot an agency recruiter's mail booked ("she'll send
    the Zoom herself"): it lacks hiring words, the agency's mail has them."""
    out: list[Acc] = []
    for a in rejected:
        if a.uid is None or a.score < 0 or a.cancelled:
            continue
        if any(
            _same_time(k.start, a.start) and _company_key(k, owner) and not _employer_key(k, owner)
            for k in kept
        ):
            a.evidence.append("accepted: an agency's mail booked this slot")
            out.append(a)
    return out


def _writes_to_contact(named: Acc, writer: Acc) -> bool:
    """A mail of ``writer`` comes from an address that ``named``'s company mail writes out."""
    senders = {
        o.msg.sender.email for o in writer.obs if o.msg and o.msg.sender and not o.from_owner
    }
    text = "\n".join(o.text.lower() for o in named.obs if not o.from_owner)
    return any(e in text for e in senders)


def _stale_reminder(cancelled: Acc, mail: Acc) -> bool:
    """A tool's automatic reminder ("you have an interview tomorrow at 11:00") for the slot of
    an invite already cancelled: the tool forgot to stop it; the slot stays cancelled."""
    return (
        cancelled.cancelled
        and cancelled.uid is not None
        and not mail.cancelled
        and mail.uid is None
        and all(
            o.msg is not None
            and o.msg.sender is not None
            and is_machine_address(o.msg.sender.email)
            for o in mail.obs
        )
    )


def _cancels_later(invite: Acc, mail: Acc) -> bool:
    """One of two accounts of a slot is cancelled, and that word came last: an invite and its
    mail-only twin, or two mails ("Interview scheduled", then "Interview cancelled").

    The calendar's later "cancelled" (or a later mail "we need to cancel Tuesday at 9") is the
    final state of the slot, so the two are one cancelled interview, not a cancelled one plus
    a scheduled duplicate.
    """
    if invite.cancelled == mail.cancelled or mail.uid is not None:
        return False
    cancelled, other = (invite, mail) if invite.cancelled else (mail, invite)
    # mail attached to both as context does not date either of them; a twin whose every item
    # the cancelled one already holds has nothing newer to say
    own = [o.order for o in other.obs if o not in cancelled.obs]
    return not own or max(o.order for o in cancelled.obs) > max(own)


def _lookalike_slot(acc: Acc, lookalikes: list[Obs], owner: Owner) -> bool:
    """An invite whose slot a company mail names as something else (mentoring, a demo...).

    The invite's own words may say "interview"; the mail that booked the same time with the
    same company says what the meeting really is, so the invite inherits that verdict.
    """
    if acc.uid is None:
        return False
    key = _company_key(acc, owner)
    for o in lookalikes:
        if o.msg is None or o.event is not None or o.from_owner or o in acc.obs:
            continue
        if "interview timetable" in _signal_names(o):
            continue  # an onsite's itinerary ("8:30 - 9:30 AM - Panel interview") names it so
        # the same slot; or, for the kinds of meeting no employer books, the request that led
        # to the booking ("Would you be open to a phone interview? Grab a slot here")
        if not (_same_time(o.start, acc.start) or (o.start is None and _asks_for_other(o))):
            continue
        # (an entry the owner made in their own calendar names no company: the mail that
        # booked its slot says what it is, "You'll interview one new grad with me")
        if (
            o.thread_root == acc.thread_root
            or key & set(company_domains([o.msg.sender] if o.msg.sender else [], owner.emails))
            or (not key and _same_time(o.start, acc.start))
        ):
            acc.evidence.append(f"rejected: {o.source_id} names this slot as a look-alike")
            return True
    return False


def _owner_interviews(acc: Acc, obs: list[Obs]) -> bool:
    """A mail of the same conversation says the owner is the one interviewing ("Gabriel -
    reminder that you're interviewing Ravi tomorrow at 2"), about this slot or no slot; or
    the interview's own invite says so and none of its items is about the owner's hiring
    (the recruiter's "can we push 30 minutes?" to a panelist)."""
    says = [o for o in acc.obs if any("user is the interviewer" in r for r in o.reasons)]
    if says and all(o.score < classify.ACCEPT for o in acc.obs):
        return True
    if acc.uid is not None or acc.thread_root is None:
        return False
    return any(
        o.thread_root == acc.thread_root
        and not o.from_owner
        and (o.start is None or _same_time(o.start, acc.start))
        and any("user is the interviewer" in r for r in o.reasons)
        for o in obs
    )


def _invite_says_otherwise(acc: Acc, lookalikes: list[Obs]) -> bool:
    """A mail-only interview whose slot an invite from the same writer names as something else
    (the owner sitting in on a colleague's candidate call, a podcast recording)."""
    if acc.uid is not None:
        return False
    writers = _writers(acc)
    for o in lookalikes:
        ev = o.event
        if ev is None or not _same_time(o.start, acc.start):
            continue
        people = {a.person.email for a in ev.attendees} | (
            {ev.organizer.email} if ev.organizer else set()
        )
        if people & writers:
            acc.evidence.append(f"rejected: invite {o.source_id} names this slot as a look-alike")
            return True
    return False


def _thread_says_otherwise(acc: Acc, lookalikes: list[Obs]) -> bool:
    """A mail-only interview whose conversation the same writer opened as something else (an
    editor's "Would you be open to a 30-minute interview ... for our feature?"), with no word
    of a job anywhere in it: the later "Perfect - Tuesday 2:30 pm" books that, not a job."""
    if acc.uid is not None or acc.thread_root is None:
        return False
    if any(_signal_names(o) & {"hiring process", "screen/round"} for o in acc.obs):
        return False
    writers = _writers(acc)
    for o in lookalikes:
        if (
            o.thread_root == acc.thread_root
            and o not in acc.obs
            and o.msg is not None
            and o.msg.sender is not None
            and o.msg.sender.email in writers
        ):
            acc.evidence.append(f"rejected: {o.source_id} opened this conversation as a look-alike")
            return True
    return False


def _writers(acc: Acc) -> set[str]:
    """Addresses of the company people whose mail is part of the interview."""
    return {o.msg.sender.email for o in acc.obs if o.msg and o.msg.sender and not o.from_owner}


def _owner_hosts(acc: Acc, obs: list[Obs], owner: Owner) -> bool:
    """The mail's time is an event the owner organized with the mail's writer as a guest: the
    candidate confirming "our interview tomorrow at 3pm" to a founder who is hiring."""
    if acc.uid is not None:
        return False
    writers = _writers(acc)
    for o in obs:
        ev = o.event
        if ev is None or ev.organizer is None or ev.organizer.email not in owner.emails:
            continue
        guests = {a.person.email for a in ev.attendees} - owner.emails
        if guests & writers and _same_time(o.start, acc.start):
            acc.evidence.append(f"rejected: the owner organized {o.source_id} with its writer")
            return True
    return False


_NOT_HIRING = frozenset(
    {"media interview", "user research", "coaching/mock", "sales demo", "fundraising"}
)


def _asks_for_other(o: Obs) -> bool:
    """``o`` asks for a press, research, coaching, sales or investor meeting, nothing else."""
    return o.score < 0 and bool(_signal_names(o) & _NOT_HIRING)


def _networking_booked(acc: Acc) -> bool:
    """An invite booked through the link of a chat that is no interview ("I don't have a
    specific role ... this isn't an interview. Grab 20 minutes here"): the ask came days
    before the booking, and nothing else of it names an interview or a round."""
    if acc.uid is None:
        return False
    asks = [
        o
        for o in acc.obs
        if o.event is None
        and o.start is None
        and o.date is not None
        and o.score < 0
        and "networking" in _signal_names(o)
    ]
    booked = min((x.date for x in acc.obs if x.event is not None and x.date), default=None)
    if not asks or booked is None:
        return False
    if not any(timedelta(0) <= booked - o.date <= timedelta(days=3) for o in asks if o.date):
        return False
    rest = [x for x in acc.obs if x not in asks]
    return not any(_signal_names(x) & {"interview word", "screen/round"} for x in rest)


def _names_lookalike(o: Obs) -> bool:
    """``o`` says its meeting is something else (mentoring, a demo, a podcast...)."""
    return bool(_signal_names(o) & classify.LOOKALIKE)


def _signal_names(o: Obs) -> set[str]:
    """The signals that fired for ``o``, without their weights ("media interview (-8)")."""
    return {r.split(" (")[0] for r in o.reasons}


def _context_index(obs: list[Obs], owner: Owner) -> dict[str, list[Obs]]:
    """Company mail by sender domain: the conversation an invite belongs to."""
    index: dict[str, list[Obs]] = {}
    for o in obs:
        if o.msg is None or o.from_owner or o.event is not None:
            continue
        if o.score <= -5 or o.msg.sender is None:
            continue  # a rejection or an alert says nothing about this interview
        for dom in company_domains([o.msg.sender], owner.emails):
            index.setdefault(dom, []).append(o)
    return index


class _JobMail(NamedTuple):
    """Company mail about hiring that is no interview's own: by sender domain, and (an ATS
    relay's, "Portobello Travel Recruiting <noreply@mail.personio.de>") by the employer its
    display name shows."""

    by_domain: dict[str, list[Obs]]
    by_relayed_name: dict[str, list[Obs]]


def _job_mail_index(obs: list[Obs], owner: Owner, accepted: set[str]) -> _JobMail:
    """The hiring mail no interview holds: it may name the job an interview's own mail leaves
    out. A take-home's mail scores below zero, yet it names the job ("here's our take-home for
    the Data Engineer (dbt / Airflow) role"), and its deadline is no interview ("Send your work
    back by Monday 9 November 2026, 18:00")."""
    index = _JobMail({}, {})
    for o in obs:
        if o.msg is None or o.msg.sender is None or o.from_owner or o.event is not None:
            continue
        if o.source_id in accepted:
            continue
        if o.score >= 2 or any(r.startswith("hiring process") for r in o.reasons):
            sender = o.msg.sender
            doms = company_domains([sender], owner.emails)
            for dom in doms:
                index.by_domain.setdefault(dom, []).append(o)
            shown = clean_display_name(sender.name, domain(sender.email)) if sender.name else None
            if not doms and shown:
                index.by_relayed_name.setdefault(shown, []).append(o)
    return index


def _job_mail_of(acc: Acc, index: _JobMail, owner: Owner) -> list[Obs]:
    """The hiring mail of ``acc``'s company that is no interview's own: from its domains, or
    through an ATS relay whose display name spells one of them."""
    doms = sorted(_company_key(acc, owner))
    found = [o for dom in doms for o in index.by_domain.get(dom, [])]
    found += [
        o
        for name, relayed in index.by_relayed_name.items()
        if spells_a_domain(name, doms)
        for o in relayed
    ]
    return [o for o in found if o not in acc.obs]


def _context_ok(acc: Acc, index: dict[str, list[Obs]], owner: Owner) -> bool:
    """Attach same-company mail to an invite; it counts when that mail is about hiring.

    The attached mail also lends its text to the fields (role, people), whether or not the
    invite needed it to be accepted.
    """
    if acc.uid is None or acc.score < 0:
        return False
    found = False
    for dom in sorted(_company_key(acc, owner)):
        for o in index.get(dom, []):
            # a timed mail is context only for its own slot ("he has you down for 10:00,
            # an invite follows"), not for another interview with the company
            if o in acc.obs or (
                o.start is not None and (not _same_time(o.start, acc.start) or _names_lookalike(o))
            ):
                continue
            if _other_round(o, acc):
                continue  # "Boka tid för första intervju" is not about the second one's invite
            acc.obs.append(o)  # its text names the role and the people
            # (not a mail that says it is not about a job: "this isn't for a specific role")
            if o.score >= 2 and not any(r.startswith("no role on offer") for r in o.reasons):
                acc.evidence.append(f"context: {o.source_id} from {dom} is about hiring")
                found = True
    return found


# which round a mail or an invite is about: "första intervju", "Second interview", "2nd round"
_ROUND_OF = re.compile(
    r"\b(?:(?P<one>first|1st|f\u00f6rsta|f\u00f8rste|erste[ns]?|primera|premier)|"
    r"(?P<two>second|2nd|andra|anden|andre|zweite[ns]?|segunda|deuxi\u00e8me))\s+"
    r"(?:interview|intervju|round|samtale|samtal|gespr\u00e4ch|entrevista|entretien)",
    re.I,
)


def _round_named(text: str) -> str | None:
    m = _ROUND_OF.search(text)
    return None if m is None else "one" if m.group("one") else "two"


def _other_round(o: Obs, acc: Acc) -> bool:
    """Timeless company mail ``o`` names another round than ``acc``'s invite does."""
    titles = [x.event.summary for x in acc.obs if x.event is not None]
    mine = next((r for r in map(_round_named, titles) if r), None)
    theirs = _round_named(f"{o.msg.subject if o.msg else ''}\n{o.text}")
    return mine is not None and theirs is not None and mine != theirs


def _place_names(events: list[CalendarEvent]) -> list[str]:
    """The names each invite's place is written with, part by part: "Kallvik Mobility" of
    "Kallvik Mobility HQ - 4th floor, Kista" (what follows a dash, a bracket or "HQ" is the
    spot in the building), "Mount Tallon Community School" of "Principal's Office, Mount
    Tallon Community School, Tallon Road"."""
    # (and a lower-case word starts the spot: "Altan Ovoo mine camp")
    heads = (
        re.split(r"\s[-–—]\s|\s\(|\sHQ\b|\s(?=[a-z])", part)[0].strip()
        for e in events
        for part in e.location.split(",")
    )
    return [h for h in dict.fromkeys(heads) if h]


def _role_in(texts: list[str], titles: list[str], company: str | None) -> str | None:
    """The job a text names ("application for the X role"), else a subject or event title's
    segment that is a job title ("Revontuli Games | Gameplay Programmer - first call")."""
    return pick_role(texts, company) or next(
        (r for r in (role_from_segments(t, company) for t in titles) if r), None
    )


def _interview(acc: Acc, owner: Owner) -> Interview:
    # the company and the role may come from the round before; everything else is this one's
    named_by = [*acc.obs, *(acc.before.obs if acc.before else [])]
    msgs = [o.msg for o in named_by if o.msg is not None]
    # (the owner's forward of a company's mail to their own other address is the company's)
    company_msgs = [o.msg for o in named_by if o.msg is not None and not o.from_owner]
    events = [o.event for o in named_by if o.event is not None]
    texts = (
        [m.subject for m in company_msgs] + [e.summary for e in events] + [o.text for o in named_by]
    )
    people: list[Person] = []
    displays: list[str] = []
    for m in company_msgs:
        if m.sender:
            people.append(m.sender)
            if m.sender.name and (
                is_machine_address(m.sender.email) or SPEAKS_FOR.match(m.sender.name)
            ):
                shown = clean_display_name(m.sender.name, domain(m.sender.email))
                if shown:
                    displays.append(shown)
        people += list(m.reply_to)
    for e in events:
        people += ([e.organizer] if e.organizer else []) + [a.person for a in e.attendees]
    # a calendar's notice shows its organizer's name ("Ren Kobayashi <calendar-notice@lark...>"):
    # a person, not the employer
    humans = {p.name.lower() for p in people if p.name and not is_machine_address(p.email)}
    displays = [d for d in displays if d.lower() not in humans]
    domains = company_domains(people, owner.emails)
    # a portal's or ATS's no-reply domain is no employer beside a person's corporate domain
    personal = company_domains([p for p in people if not is_machine_address(p.email)], owner.emails)
    domains = personal or domains
    # addresses written in the text ("reply to hannah@orchardrobotics.co.uk") name the employer
    # when every header belongs to an ATS relay
    written = [Person("", a) for o in named_by if not o.from_owner for a, _ in emails_in(o.text)]
    written_domains = company_domains(written, owner.emails)
    if (
        not personal
        and written_domains
        and company_msgs
        and all(m.sender is None or is_machine_address(m.sender.email) for m in company_msgs)
    ):
        # a relay's no-reply that no list knows ("Job108 <no-reply@job108...>") beside the
        # employer's own contact in the text ("อีเมล suda.r@chaophrayacold..."): the contact's
        # firm employs
        domains = [d for d in domains if d not in written_domains]
        domains = written_domains + domains
    domains += [d for d in written_domains if d not in domains]
    senders = [m.sender for m in company_msgs if m.sender]
    domains = without_tools(domains, sending_tools(texts, senders))
    if not domains and any(r.startswith("internal candidate") for o in named_by for r in o.reasons):
        # an internal move: the employer is the owner's own
        domains = sorted({domain(e) for e in owner.emails if not is_free_mail(domain(e))})
    agencies = _search_firms(named_by)
    domains = clients_first(domains, agencies)
    # an outsourcer's recruiter books the client's "client interview": the outsourcer employs
    outsourcers = {
        domain(o.msg.sender.email)
        for o in named_by
        if o.msg and o.msg.sender and not o.from_owner and hires_for_an_account(o.text)
    }
    domains = [d for d in domains if d in outsourcers] or domains
    # (and the names the owner's own mail addressed: "To: Osteria Lunetta <luca@...>")
    names = [p.name for p in people if p.name] + [p.name for m in msgs for p in m.to if p.name]
    company, company_why = pick_company(texts, domains, displays, agencies, names)
    if company and company_why.startswith("phrase matching domain"):
        company = _without_office_city(company, domains, texts)
    if company_why.startswith("sender domain") and (
        body := public_body(domains, [o.text for o in acc.names_job])
    ):
        # the agency is named only in the hiring mail before the invite ("Colorado Office of
        # Performance and Evaluation"), the invite only by the state's shared domain
        company, company_why = body, f"public body named in earlier mail ({company_why})"
    if company_why.startswith("sender domain"):
        # no text names the domain's firm, but the place may ("Rheinknie Privatbank AG,
        # Aeschenvorstadt 21, Basel"; never a meeting tool's "Microsoft Teams Meeting")
        place = next((p for p in _place_names(events) if spells_a_domain(p, domains)), None)
        if place:
            company, company_why = place, f"the invite's place names it ({company_why})"
    # the quoted mail may be the one that names the job ("Thank you for your application for
    # the Food & Beverage Supervisor position") under a reply that only confirms the time
    quoted = [quoted_text(o.msg.text) for o in named_by if o.msg and not o.from_owner]
    titles = [m.subject for m in company_msgs] + [e.summary for e in events]
    others = [p for p in people if p.email not in owner.emails]
    titles = _without_people_titles(titles, others, [o.text for o in named_by])
    # a description that opens like a title, with the firm: "Gija Technologies – Backend
    # Developer (Go)" above the step's notes
    titles += [
        e.description.split("\n", 1)[0]
        for e in events
        if company and e.description.startswith(company + " ")
    ]
    role = _role_in(texts + [q for q in quoted if q], titles, company) or role_last_resort(texts)
    if role is None and acc.names_job:
        subjects = [o.msg.subject for o in acc.names_job if o.msg]
        role = _role_in(subjects + [o.text for o in acc.names_job], subjects, company)
    # ("Restaurant GM" in a subject, "hiring General Managers" in the body)
    role = expand_acronym(role, texts) if role else None
    role = without_company(role, company)
    role = without_owner(role, owner.name)
    role = latin_twin(role, texts + titles) if role else None
    who: dict[str, str] = {}
    times = {acc.start} | {o.start for o in acc.obs if o.event is not None and o.start}
    interviewers, declined = interviewers_of(acc.obs, owner, who, times)
    # a team list or group calendar among the guests is never a person who interviews
    interviewers = [p for p in interviewers if not is_group_address(p.email)]
    # the agency recruiter copied on a client's invite passes the candidate on; the client's
    # people conduct the interview
    if domains and not is_agency_domain(domains[0], agencies):
        clients = [p for p in interviewers if not is_agency_domain(domain(p.email), agencies)]
        if interviewers and not clients:
            # the agency recruiter is the client's only other guest ("FW: Interview", the
            # hiring manager's invite held for the agency's candidate): the organizer holds it
            clients = [
                e.organizer
                for e in events
                if e.organizer
                and human(e.organizer, owner)
                and not is_agency_domain(domain(e.organizer.email), agencies)
            ][:1]
        interviewers = clients or interviewers
    recruiter = recruiter_of(acc.obs, owner, company)
    alltext = "\n".join(texts if acc.before is None else [o.text for o in acc.obs])
    kind = InterviewKind.ONSITE if acc.onsite else pick_kind(alltext, len(interviewers))
    # a reply goes into the company's own conversation, never into the owner's forward
    written_by_company = [
        m for m in company_msgs if not (m.sender and m.sender.email in owner.emails)
    ]
    thread = _thread(written_by_company, msgs, owner)
    key = (
        f"uid:{acc.uid}"
        if acc.uid
        else f"thread:{acc.thread_root}"
        + (f"/{acc.origin}" if acc.origin else "")  # a later round of the same conversation
        if acc.thread_root
        else "h:" + hashlib.sha1(f"{company}|{acc.start.date()}".encode()).hexdigest()[:16]
    )
    best = max(acc.obs, key=lambda o: o.score)
    evidence = [
        f"signals: score {acc.score:g} ({best.source_id}): " + ", ".join(best.reasons),
        *acc.evidence,
        f"company: {company!r} ({company_why}; {_source_of(company, acc)})",
        f"role: {role!r} ({_source_of(role, acc)})",
        f"start: {acc.start.isoformat()} ({_time_source(acc, acc.start, 'start')})",
        f"end: {acc.end.isoformat() if acc.end else None} ({_time_source(acc, acc.end, 'end')})",
        "interviewers: "
        + (", ".join(f"{p.email} ({who.get(p.email, '?')})" for p in interviewers) or "none"),
        f"recruiter: {recruiter.email if recruiter else None}",
        f"status: {'cancelled' if acc.cancelled else 'scheduled'} "
        f"(latest item: {max(acc.obs, key=lambda o: o.order).source_id})",
    ]
    return Interview(
        key=key,
        company=company,
        role=role,
        kind=kind,
        start=acc.start,
        end=acc.end,
        status="cancelled" if acc.cancelled else "scheduled",
        interviewers=tuple(interviewers),
        recruiter=recruiter,
        declined=frozenset(declined),
        thread=thread,
        source_ids=tuple(dict.fromkeys(o.source_id for o in acc.obs)),
        confidence=min(1.0, max(0.1, acc.score / 8)),
        evidence=tuple(evidence),
    )


def _source_of(value: str | None, acc: Acc) -> str:
    """Which item's words contain ``value`` (the first, in arrival order)."""
    if not value:
        return "not stated"
    low = value.lower()
    for o in sorted(acc.obs, key=lambda o: o.order):
        subject = o.msg.subject if o.msg else ""
        summary = o.event.summary if o.event else ""
        if low in f"{subject}\n{summary}\n{o.text}".lower():
            return f"from {o.source_id}"
    return "from sender/organizer details"


def _time_source(acc: Acc, when: datetime | None, which: str) -> str:
    if when is None:
        return "no end or length stated"
    for o in sorted(acc.obs, key=lambda o: o.order, reverse=True):
        if _same_time(getattr(o, which), when):
            return f"{o.source_id}: {o.time_why}" if o.time_why else o.source_id
    if which == "end":
        return "from a stated length, or the last session of the day"
    return "moved by a later message"


def _thread(company_msgs: list[Message], msgs: list[Message], owner: Owner) -> ThreadRef | None:
    cm = [m for m in company_msgs if m.message_id]
    if not cm:
        return None
    latest = max(cm, key=lambda m: m.date or _EPOCH)
    parts: set[str] = set()
    for m in msgs:
        for p in ([m.sender] if m.sender else []) + list(m.to) + list(m.cc) + list(m.reply_to):
            parts.add(p.email)
    assert latest.message_id is not None
    return ThreadRef(
        latest.thread_id, latest.message_id, latest.references, latest.subject, frozenset(parts)
    )
