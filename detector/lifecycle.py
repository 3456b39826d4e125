"""Observations -> one :class:`Interview` per real interview.

Invites join on UID (+RECURRENCE-ID); the highest SEQUENCE, then the latest DTSTAMP, wins,
whatever the arrival order. Mail joins by thread: a later company message may move, cancel or
add detail to the thread's interview, or start a new one. Interviews with the same start and
company are one; same-day sessions with one company are one onsite.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from detector import classify
from detector.extract import (
    company_domains,
    emails_in,
    is_machine_address,
    pick_company,
    pick_kind,
    pick_role,
    role_from_segments,
)
from detector.model import (
    Attendee,
    Candidate,
    Interview,
    InterviewKind,
    Message,
    Owner,
    PartStat,
    Person,
    ThreadRef,
)
from detector.observe import Obs

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_INTERVIEWER_CTX = ("with", "interviewer", "meet", "panel", "speak", "chat", "host", ":")
_RECRUITER_CTX = (
    "recruiter",
    "contact",
    "reach",
    "question",
    "reschedul",
    "coordinator",
    "reply",
    "email",
)


@dataclass
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

    @property
    def score(self) -> float:
        return max(o.score for o in self.obs)


def _rank(o: Obs) -> tuple[int, datetime, int]:
    ev = o.event
    return (ev.sequence if ev else 0, (ev.dtstamp if ev and ev.dtstamp else _EPOCH), o.order)


def _uid_groups(obs: list[Obs]) -> list[Acc]:
    groups: dict[tuple[str, str | None], list[Obs]] = {}
    for o in obs:
        if o.event is not None and o.event.uid:
            groups.setdefault((o.event.uid, o.event.recurrence_id), []).append(o)
    out: list[Acc] = []
    for (uid, _), members in groups.items():
        members.sort(key=_rank)
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
    return out


def _same_time(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and b is not None and abs((a - b).total_seconds()) <= 60


def _thread_pass(obs: list[Obs], accs: list[Acc]) -> None:
    threads: dict[str, list[Obs]] = {}
    for o in obs:
        if o.event is None and o.thread_root:
            threads.setdefault(o.thread_root, []).append(o)
    for root, members in threads.items():
        members.sort(key=lambda o: (o.date or _EPOCH, o.order))
        current = next((a for a in reversed(accs) if a.thread_root == root), None)
        for o in members:
            if o.from_owner:
                if current and o.cancelled and "withdraw" in o.text.lower():
                    current.cancelled = True
                    current.evidence.append(f"status: candidate withdrew in {o.source_id}")
                continue
            if current and o.cancelled and (o.start is None or _same_time(o.start, current.start)):
                current.cancelled = True
                current.obs.append(o)
                current.evidence.append(f"status: cancelled by mail {o.source_id}")
                continue
            if current and o.start is None and o.same_time_day is not None:
                local = current.start.astimezone(current.start.tzinfo)
                new = datetime.combine(o.same_time_day.date(), local.timetz())
                _move(current, new, o, "same time, new day")
                continue
            if o.start is None:
                if current and o.score > 0:
                    current.obs.append(o)
                continue
            if current and _same_time(o.start, current.start):
                current.obs.append(o)
                if current.end is None and o.end is not None:
                    current.end = o.end
                continue
            if current and not current.cancelled and o.reschedule:
                _move(current, o.start, o, "moved by mail", o.end)
                continue
            if o.score >= classify.ACCEPT or (current is not None and o.score > 0):
                current = Acc(None, root, o.start, o.end, obs=[o])
                current.evidence.append(f"time: {o.time_why}")
                accs.append(current)


def _move(acc: Acc, new: datetime, o: Obs, why: str, end: datetime | None = None) -> None:
    length = acc.end - acc.start if acc.end else None
    acc.start = new
    acc.end = end or (new + length if length else None)
    acc.obs.append(o)
    acc.evidence.append(f"time: {why} in {o.source_id} -> {new.isoformat()}")


def _absorb(into: Acc, other: Acc, why: str) -> None:
    into.obs.extend(other.obs)
    into.evidence.extend(other.evidence)
    into.evidence.append(f"merged: {why}")
    into.uid = into.uid or other.uid
    into.thread_root = into.thread_root or other.thread_root


def _company_key(acc: Acc, owner: Owner) -> set[str]:
    people: list[Person] = []
    for o in acc.obs:
        if o.msg and o.msg.sender and not o.from_owner:
            people.append(o.msg.sender)
        if o.event and o.event.organizer:
            people.append(o.event.organizer)
        if o.event:
            people += [a.person for a in o.event.attendees]
    return set(company_domains(people, owner.emails))


def merge(obs: list[Obs], owner: Owner) -> tuple[list[Interview], list[Candidate]]:
    """Assemble the interviews; return them and the rejected candidates."""
    accs = _uid_groups(obs)
    # threads that carry an invite: remember them so later mail in the thread updates the invite
    _thread_pass(obs, accs)
    accs = [a for a in accs if a.score >= classify.ACCEPT or _context_ok(a, obs, owner)]
    # one interview through several channels: same start, same company
    merged: list[Acc] = []
    for acc in sorted(accs, key=lambda a: (a.uid is None, a.start)):
        twin = next(
            (
                m
                for m in merged
                if _same_time(m.start, acc.start)
                and m.cancelled == acc.cancelled
                and (
                    _company_key(m, owner) & _company_key(acc, owner)
                    or not _company_key(acc, owner)
                )
            ),
            None,
        )
        if twin:
            _absorb(twin, acc, "same start and company")
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
                and m.start.astimezone(UTC).date()
                == acc.start.astimezone(UTC).date()
                and _company_key(m, owner) & _company_key(acc, owner)
            ),
            None,
        )
        if day:
            _absorb(day, acc, "same-day session with the same company (onsite)")
            day.end = max(e for e in (day.end, acc.end, acc.start) if e is not None)
            day.onsite = True
        else:
            final.append(acc)
    accepted = {o.source_id for a in final for o in a.obs}
    candidates = [
        Candidate(o.source_id, o.score, tuple(o.reasons))
        for o in obs
        if o.source_id not in accepted and o.score > 0
    ]
    return [_interview(a, owner) for a in final], candidates


def _context_ok(acc: Acc, obs: list[Obs], owner: Owner) -> bool:
    """An invite with no interview words counts when its company is in a hiring conversation."""
    if acc.uid is None or acc.score < 0:
        return False
    mine = _company_key(acc, owner)
    for o in obs:
        if o in acc.obs or o.score < 2 or not o.msg or o.from_owner:
            continue
        if o.msg.sender and mine & set(company_domains([o.msg.sender], owner.emails)):
            acc.evidence.append(f"context: {o.source_id} from the same company is about hiring")
            acc.obs.append(o)  # its text names the role and the people
            return True
    return False


def _interview(acc: Acc, owner: Owner) -> Interview:
    msgs = [o.msg for o in acc.obs if o.msg is not None]
    company_msgs = [m for m in msgs if not (m.sender and m.sender.email in owner.emails)]
    events = [o.event for o in acc.obs if o.event is not None]
    winner_ev = max((o for o in acc.obs if o.event is not None), key=_rank, default=None)
    texts = (
        [m.subject for m in company_msgs] + [e.summary for e in events] + [o.text for o in acc.obs]
    )
    people: list[Person] = []
    displays: list[str] = []
    for m in company_msgs:
        if m.sender:
            people.append(m.sender)
            if is_machine_address(m.sender.email) and m.sender.name:
                displays.append(m.sender.name)
        people += list(m.reply_to)
    for e in events:
        people += ([e.organizer] if e.organizer else []) + [a.person for a in e.attendees]
    domains = company_domains(people, owner.emails)
    company, company_why = pick_company(texts, domains, displays)
    role = pick_role(texts)
    if role is None:
        for subj in [m.subject for m in company_msgs] + [e.summary for e in events]:
            role = role_from_segments(subj, company)
            if role:
                break
    interviewers, declined = _interviewers(acc, winner_ev.event if winner_ev else None, owner)
    recruiter = _recruiter(acc, owner, interviewers)
    alltext = "\n".join(texts)
    kind = InterviewKind.ONSITE if acc.onsite else pick_kind(alltext, len(interviewers))
    thread = _thread(company_msgs, msgs, owner)
    key = (
        f"uid:{acc.uid}"
        if acc.uid
        else f"thread:{acc.thread_root}"
        if acc.thread_root
        else "h:" + hashlib.sha1(f"{company}|{acc.start.date()}".encode()).hexdigest()[:16]
    )
    evidence = [
        f"signals: score {acc.score:g}: " + ", ".join(max(acc.obs, key=lambda o: o.score).reasons),
        *acc.evidence,
        f"company: {company!r} ({company_why})",
        f"role: {role!r}",
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


def _human(p: Person, owner: Owner) -> bool:
    return p.email not in owner.emails and not is_machine_address(p.email)


def _interviewers(acc: Acc, ev: object, owner: Owner) -> tuple[list[Person], set[str]]:
    out: list[Person] = []
    declined: set[str] = set()
    events = [o.event for o in acc.obs if o.event is not None]
    for e in events:
        org = e.organizer.email if e.organizer else None
        atts: list[Attendee] = [a for a in e.attendees if not a.is_resource and not a.is_self]
        for a in atts:
            if a.partstat is PartStat.DECLINED:
                declined.add(a.person.email)
        others = [
            a.person
            for a in atts
            if a.person.email != org and _human(a.person, owner) and a.person.email not in declined
        ]
        if not others and org and any(a.person.email == org for a in atts) and e.organizer:
            others = [e.organizer] if _human(e.organizer, owner) else []
        for p in others:
            if p.email not in {x.email for x in out}:
                out.append(p)
    senders = {o.msg.sender.email for o in acc.obs if o.msg and o.msg.sender}
    for o in acc.obs:
        if o.msg is None or o.from_owner:
            continue
        for addr, before in emails_in(o.text):
            low = before.lower()[-60:]
            if (
                addr in owner.emails
                or addr in senders
                or is_machine_address(addr)
                or addr in declined
            ):
                continue
            if any(w in low for w in _RECRUITER_CTX):
                continue
            if any(w in low for w in _INTERVIEWER_CTX) and addr not in {x.email for x in out}:
                out.append(Person(name="", email=addr))
    return out, declined


def _recruiter(acc: Acc, owner: Owner, interviewers: list[Person]) -> Person | None:
    for o in sorted(acc.obs, key=lambda o: o.order, reverse=True):
        m = o.msg
        if m is None or o.from_owner:
            continue
        for p in m.reply_to:
            if _human(p, owner):
                return p
        if m.sender and _human(m.sender, owner):
            return m.sender
        for addr, before in emails_in(o.text):
            if (
                addr not in owner.emails
                and not is_machine_address(addr)
                and any(w in before.lower()[-60:] for w in _RECRUITER_CTX)
            ):
                return Person(name="", email=addr)
    for o in acc.obs:
        e = o.event
        if e and e.organizer and _human(e.organizer, owner):
            return e.organizer
    return None


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
