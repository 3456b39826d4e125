"""drafts.plan: every planner rule, and "a second pass over the applied result plans nothing"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.model import (
    InboundFact,
    Interview,
    InterviewKind,
    Owner,
    Person,
    SentFact,
    ThreadRef,
)
from drafts.compose import marker_for
from drafts.plan import (
    Action,
    CreateDraft,
    ExistingDraft,
    MarkDraft,
    Note,
    RetractDraft,
    Skip,
    UpdateDraft,
    plan,
    second_marker,
)
from drafts.settings import DraftSettings
from drafts.timing import due_for

ANA = Person("Ana Lopez", "ana@acme.example")
BEN = Person("Ben Okafor", "ben@acme.example")
RECRUITER = Person("Rita Recruiter", "rita@acme.example")
OWNER = Owner(emails=frozenset({"sam@example.org"}), name="Sam Doe", timezone="Europe/Berlin")
S = DraftSettings(user_name="Sam Doe", user_email="sam@example.org", timezone="Europe/Berlin")
# Tuesday 2026-03-03 10:00-11:00 UTC (11:00-12:00 Berlin): due Wednesday 12:00 Berlin.
START = datetime(2026, 3, 3, 10, tzinfo=UTC)
DUE = datetime(2026, 3, 4, 11, tzinfo=UTC)
AFTER_DUE = DUE + timedelta(hours=1)


def iv(**kw: object) -> Interview:
    base: dict[str, object] = {
        "key": "uid-1@acme.example",
        "company": "Acme",
        "role": "Backend Engineer",
        "kind": InterviewKind.TECHNICAL,
        "start": START,
        "end": START + timedelta(hours=1),
        "status": "scheduled",
        "interviewers": (ANA, BEN),
        "recruiter": RECRUITER,
    }
    base.update(kw)
    return Interview(**base)  # type: ignore[arg-type]


def marker(key: str, *people: Person) -> str:
    return marker_for(key, tuple(p.email for p in people), S.mail_domain)


def run(
    interviews: Sequence[Interview],
    *,
    existing: Mapping[str, ExistingDraft] | None = None,
    sent: Sequence[SentFact] = (),
    skipped: frozenset[str] = frozenset(),
    s: DraftSettings = S,
    now: datetime = AFTER_DUE,
    report_pending: bool = False,
    inbound: Sequence[InboundFact] = (),
) -> list[Action]:
    return plan(
        interviews,
        sent,
        existing or {},
        skipped,
        OWNER,
        s,
        now,
        report_pending=report_pending,
        inbound=inbound,
    )


def apply(
    actions: Sequence[Action], existing: Mapping[str, ExistingDraft], skipped: frozenset[str]
) -> tuple[dict[str, ExistingDraft], frozenset[str]]:
    """What the sync layer records after carrying out ``actions`` (mailbox + ledger)."""
    ex = dict(existing)
    sk = set(skipped)
    for a in actions:
        match a:
            case CreateDraft(spec):
                ex[spec.marker] = ExistingDraft(
                    spec.marker,
                    spec.interview_key,
                    "d-" + spec.marker,
                    "created",
                    spec.fingerprint,
                    spec.fingerprint,
                    spec.due,
                    tuple(p.email for p in spec.to),
                )
            case UpdateDraft(_, spec, _):
                ex[spec.marker] = replace(
                    ex[spec.marker],
                    written_fingerprint=spec.fingerprint,
                    current_fingerprint=spec.fingerprint,
                    due=spec.due,
                )
            case RetractDraft(m, _, _):
                ex[m] = replace(ex[m], state="retracted", current_fingerprint=None)
            case MarkDraft(m, state, _):
                ex[m] = replace(ex[m], state=state)
            case Skip(key, _, _, final) if final:
                sk.add(key)
    return ex, frozenset(sk)


def created(interviews: Sequence[Interview], **kw: object) -> dict[str, ExistingDraft]:
    """The state after a first pass created the drafts."""
    ex, _ = apply(run(interviews, **kw), {}, frozenset())  # type: ignore[arg-type]
    assert ex, "the first pass should have created drafts"
    return ex


def kinds(actions: Sequence[Action]) -> list[str]:
    return [type(a).__name__ for a in actions]


# --- when -------------------------------------------------------------------------------


def test_not_due_plans_nothing_or_a_non_final_skip() -> None:
    assert run([iv()], now=DUE - timedelta(minutes=1)) == []
    [skip] = run([iv()], now=DUE - timedelta(minutes=1), report_pending=True)
    assert isinstance(skip, Skip) and not skip.final and "not due until" in skip.reason


def test_due_creates_one_draft_per_interviewer() -> None:
    actions = run([iv()], now=DUE)
    assert kinds(actions) == ["CreateDraft", "CreateDraft"]
    specs = [a.spec for a in actions if isinstance(a, CreateDraft)]
    assert {s.to for s in specs} == {(ANA,), (BEN,)}
    assert {s.marker for s in specs} == {marker(iv().key, ANA), marker(iv().key, BEN)}
    assert all(s.due == due_for(iv(), S) == DUE for s in specs)
    assert all(f"Message-ID: {s.marker}".encode() in s.raw for s in specs)


def test_one_draft_to_all_when_configured() -> None:
    [a] = run([iv()], s=replace(S, one_draft_per_interviewer=False))
    assert isinstance(a, CreateDraft)
    assert a.spec.to == (ANA, BEN)
    assert a.spec.marker == marker(iv().key, ANA, BEN)


def test_too_late_is_a_final_skip() -> None:
    [a] = run([iv()], now=DUE + S.late_limit + timedelta(minutes=1))
    assert isinstance(a, Skip) and a.final and "too late" in a.reason
    assert kinds(run([iv()], now=DUE + S.late_limit)) == ["CreateDraft", "CreateDraft"]


def test_recruiter_when_no_interviewer_address() -> None:
    [a] = run([iv(interviewers=())])
    assert isinstance(a, CreateDraft) and a.spec.to == (RECRUITER,)


def test_no_human_address_is_a_final_skip() -> None:
    noreply = Person("Acme Jobs", "no-reply@acme.example")
    [a] = run([iv(interviewers=(), recruiter=noreply)])
    assert isinstance(a, Skip) and a.final and "no human address" in a.reason


def test_skipped_for_good_is_never_retried() -> None:
    assert run([iv()], skipped=frozenset({iv().key})) == []


def test_cancelled_without_draft_plans_nothing() -> None:
    assert run([iv(status="cancelled")]) == []


# --- the user already wrote -------------------------------------------------------------


def fact(to: str, at: datetime, thread_id: str | None = None) -> SentFact:
    return SentFact("sent:1", thread_id, frozenset({to}), at, "Thanks!")


def test_hand_written_thank_you_to_a_recipient_is_a_final_skip() -> None:
    [a] = run([iv()], sent=[fact(BEN.email, START + timedelta(hours=3))])
    assert isinstance(a, Skip) and a.final and "already wrote" in a.reason


def test_mail_before_the_interview_does_not_count() -> None:
    actions = run([iv()], sent=[fact(ANA.email, START - timedelta(days=1))])
    assert kinds(actions) == ["CreateDraft", "CreateDraft"]


def test_mail_in_the_thread_after_start_is_a_final_skip() -> None:
    t = ThreadRef("t-9", "<m@acme.example>", (), "Interview", frozenset({RECRUITER.email}))
    [a] = run(
        [iv(thread=t)], sent=[fact("someone@else.example", START + timedelta(hours=2), "t-9")]
    )
    assert isinstance(a, Skip) and a.final


# --- drafts we already made -------------------------------------------------------------


def test_existing_marker_never_gets_a_second_draft_in_any_state() -> None:
    ex = created([iv()])
    assert run([iv()], existing=ex) == []
    for state in ("pending", "retracted", "user_deleted", "user_edited", "sent", "skipped"):
        gone = {m: replace(e, state=state, draft_id=None) for m, e in ex.items()}
        assert not any(isinstance(a, CreateDraft) for a in run([iv()], existing=gone)), state


def test_deleted_draft_is_marked_and_never_recreated() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint=None)
    actions = run([iv()], existing=ex)
    assert actions == [MarkDraft(m, "user_deleted", "draft deleted in the mailbox")]
    ex2, sk = apply(actions, ex, frozenset())
    assert run([iv()], existing=ex2, skipped=sk) == []


def test_draft_gone_after_the_user_sent_it_is_marked_sent() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint=None)
    actions = run([iv()], existing=ex, sent=[fact(ANA.email, AFTER_DUE)])
    assert [(type(a), getattr(a, "state", None)) for a in actions] == [(MarkDraft, "sent")]


def test_edited_draft_is_marked_and_left_alone() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint="edited")
    actions = run([iv()], existing=ex)
    assert actions == [MarkDraft(m, "user_edited", "draft edited by the user")]


def test_edited_state_is_never_read_as_deleted() -> None:
    # The sync layer need not look edited drafts up in the mailbox (current is then None).
    ex = created([iv()])
    ex = {k: replace(e, state="user_edited", current_fingerprint=None) for k, e in ex.items()}
    assert run([iv()], existing=ex) == []


def test_edited_draft_after_reschedule_gets_a_note_not_an_update() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], state="user_edited", current_fingerprint="edited")
    moved = iv(start=START + timedelta(days=1), end=START + timedelta(days=1, hours=1))
    actions = run([moved], existing=ex, now=AFTER_DUE + timedelta(days=1))
    assert [a for a in actions if isinstance(a, Note)] == [
        Note(moved.key, "the interview moved to Wed 04 Mar 11:00; your edited draft was left alone")
    ]
    # Ben's untouched draft follows the reschedule; Ana's edited one is never touched.
    updates = [a for a in actions if isinstance(a, UpdateDraft)]
    assert [u.spec.to for u in updates] == [(BEN,)]
    assert not any(getattr(a, "marker", None) == m for a in actions if not isinstance(a, Note))


def test_edited_draft_of_cancelled_interview_is_not_retracted() -> None:
    ex = created([iv()])
    ex = {k: replace(e, current_fingerprint="edited") for k, e in ex.items()}
    actions = run([iv(status="cancelled")], existing=ex)
    assert not any(isinstance(a, RetractDraft) for a in actions)
    assert sum(isinstance(a, Note) and "cancelled" in a.text for a in actions) == 2


def test_cancelled_interview_retracts_untouched_drafts() -> None:
    ex = created([iv()])
    actions = run([iv(status="cancelled")], existing=ex)
    assert sorted(kinds(actions)) == ["RetractDraft", "RetractDraft"]
    assert all(isinstance(a, RetractDraft) and a.reason == "interview cancelled" for a in actions)
    kept = run([iv(status="cancelled")], existing=ex, s=replace(S, keep_cancelled_drafts=True))
    assert kept == []


def test_rescheduled_interview_updates_untouched_drafts() -> None:
    ex = created([iv()])
    later = START + timedelta(days=1)  # Wednesday
    moved = iv(start=later, end=later + timedelta(hours=1))
    actions = run([moved], existing=ex, now=AFTER_DUE + timedelta(days=1))
    assert kinds(actions) == ["UpdateDraft", "UpdateDraft"]
    for a in actions:
        assert isinstance(a, UpdateDraft)
        assert a.draft_id == ex[a.spec.marker].draft_id
        assert a.spec.due == due_for(moved, S) != ex[a.spec.marker].due
        assert b"on Wednesday" in a.spec.raw


def test_content_change_alone_updates() -> None:
    ex = created([iv()])
    actions = run([iv(role="Staff Engineer")], existing=ex)
    assert kinds(actions) == ["UpdateDraft", "UpdateDraft"]


def test_recipient_who_left_is_retracted_and_newcomer_gets_a_draft() -> None:
    ex = created([iv()])
    cleo = Person("Cleo Park", "cleo@acme.example")
    actions = run([iv(interviewers=(ANA, cleo))], existing=ex)
    retracts = [a for a in actions if isinstance(a, RetractDraft)]
    creates = [a for a in actions if isinstance(a, CreateDraft)]
    assert [r.marker for r in retracts] == [marker(iv().key, BEN)]
    assert [c.spec.to for c in creates] == [(cleo,)]


def test_one_bad_interview_does_not_stop_the_pass() -> None:
    bad = iv(key="bad", interviewers=(Person("Bad", "not an address@@"),), recruiter=None)
    actions = run([bad, iv()])
    assert isinstance(actions[0], Skip) and actions[0].interview_key == "bad"
    assert kinds(actions[1:]) == ["CreateDraft", "CreateDraft"]


# --- idempotence ------------------------------------------------------------------------


def second_pass(interviews: Sequence[Interview], now: datetime, **kw: object) -> list[Action]:
    first = run(interviews, now=now, **kw)  # type: ignore[arg-type]
    ex, sk = apply(first, {}, frozenset())
    return run(interviews, existing=ex, skipped=sk, now=now, **kw)  # type: ignore[arg-type]


def test_second_pass_plans_nothing_for_each_rule() -> None:
    late = DUE + S.late_limit + timedelta(hours=1)
    cases: list[tuple[list[Interview], datetime]] = [
        ([iv()], AFTER_DUE),
        ([iv()], late),
        ([iv(interviewers=(), recruiter=None)], AFTER_DUE),
        ([iv(status="cancelled")], AFTER_DUE),
        ([iv(), iv(key="uid-2", company="Beta", interviewers=(BEN,))], AFTER_DUE),
    ]
    for interviews, now in cases:
        assert second_pass(interviews, now) == [], interviews


def test_second_pass_after_update_and_retract_plans_nothing() -> None:
    ex = created([iv()])
    moved = iv(start=START + timedelta(days=1), end=START + timedelta(days=1, hours=1))
    now = AFTER_DUE + timedelta(days=1)
    ex, sk = apply(run([moved], existing=ex, now=now), ex, frozenset())
    assert run([moved], existing=ex, skipped=sk, now=now) == []
    gone = iv(status="cancelled")
    ex, sk = apply(run([gone], existing=ex, now=now), ex, sk)
    assert run([gone], existing=ex, skipped=sk, now=now) == []


PEOPLE = [ANA, BEN, RECRUITER, Person("", "no-reply@acme.example"), Person("", "sam@example.org")]


@settings(max_examples=150, deadline=None)
@given(
    offset_h=st.integers(-48, 24 * 10),
    people=st.lists(st.sampled_from(PEOPLE), max_size=3),
    cancelled=st.booleans(),
    per_interviewer=st.booleans(),
    kind=st.sampled_from(list(InterviewKind)),
)
def test_second_pass_plans_nothing_property(
    offset_h: int, people: list[Person], cancelled: bool, per_interviewer: bool, kind: InterviewKind
) -> None:
    s = replace(S, one_draft_per_interviewer=per_interviewer)
    status = "cancelled" if cancelled else "scheduled"
    interview = iv(interviewers=tuple(people), kind=kind, status=status)
    now = DUE + timedelta(hours=offset_h)
    assert second_pass([interview], now, s=s) == []


# --- which disappearance is a send ------------------------------------------------------------


def test_gone_draft_with_mail_to_another_interviewer_is_deleted_not_sent() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint=None)
    [a] = run([iv()], existing=ex, sent=[fact(BEN.email, AFTER_DUE)])
    assert a == MarkDraft(m, "user_deleted", "draft deleted in the mailbox")


def test_gone_draft_with_mail_before_it_was_due_is_deleted_not_sent() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint=None)
    [a] = run([iv()], existing=ex, sent=[fact(ANA.email, DUE - timedelta(hours=2))])
    assert isinstance(a, MarkDraft) and a.state == "user_deleted"


def test_gone_draft_whose_marker_was_sent_is_sent_whatever_the_date() -> None:
    ex = created([iv()])
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], current_fingerprint=None)
    sent = SentFact("sent:9", None, frozenset({"x@else.example"}), START, "Re: x", m)
    [a] = run([iv()], existing=ex, sent=[sent])
    assert isinstance(a, MarkDraft) and a.state == "sent"


# --- the second follow-up ---------------------------------------------------------------------

SENT_AT = datetime(2026, 3, 4, 15, tzinfo=UTC)  # Wednesday, 16:00 Berlin
SECOND_DUE = datetime(2026, 3, 13, 15, tzinfo=UTC)  # 7 working days later: Friday week
SENT_ID = "<sent-thanks-1@example.org>"


def after_send(**kw: object) -> tuple[dict[str, ExistingDraft], list[SentFact]]:
    """Both drafts created; the user sent the one to Ana (and deleted nothing else)."""
    ex = created([iv()], **kw)
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], state="sent", current_fingerprint=None, draft_id=None)
    sent = SentFact("sent:ana", "t-ana", frozenset({ANA.email}), SENT_AT, "Thank you", SENT_ID)
    return ex, [sent]


def answer(kind: str, at: datetime, sender: str = ANA.email, **kw: object) -> InboundFact:
    base: dict[str, object] = {
        "source_id": "in:1",
        "thread_id": None,
        "sender_email": sender,
        "sender_domain": sender.rsplit("@", 1)[1],
        "date": at,
        "kind": kind,
    }
    base.update(kw)
    return InboundFact(**base)  # type: ignore[arg-type]


def body(raw: bytes) -> str:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def seconds(actions: Sequence[Action]) -> list[CreateDraft]:
    return [a for a in actions if isinstance(a, CreateDraft) and a.spec.purpose == "second"]


def test_second_follow_up_after_n_business_days_in_the_sent_thread() -> None:
    ex, sent = after_send()
    assert seconds(run([iv()], existing=ex, sent=sent, now=SECOND_DUE - timedelta(minutes=1))) == []
    [create] = seconds(run([iv()], existing=ex, sent=sent, now=SECOND_DUE))
    spec = create.spec
    assert spec.marker == second_marker(iv().key, S.mail_domain)
    assert spec.to == (ANA,) and spec.due == SECOND_DUE and spec.thread_id == "t-ana"
    assert spec.subject == "Re: Thank you"
    assert f"In-Reply-To: {SENT_ID}".encode() in spec.raw
    text = body(spec.raw)
    assert "next steps" in text and "Backend Engineer" in text and "Acme" in text
    assert text.startswith("Hi Ana,") and len(text.split()) < 60


def test_second_follow_up_counts_working_days_only() -> None:
    ex, _ = after_send()
    s1 = replace(S, second_followup_business_days=1)
    # Friday send -> due Monday, not Saturday.
    friday = SentFact(
        "sent:ana", None, frozenset({ANA.email}), datetime(2026, 3, 6, 15, tzinfo=UTC), "T"
    )
    saturday = datetime(2026, 3, 7, 15, tzinfo=UTC)
    assert seconds(run([iv()], existing=ex, sent=[friday], s=s1, now=saturday)) == []
    monday = datetime(2026, 3, 9, 15, tzinfo=UTC)
    [create] = seconds(run([iv()], existing=ex, sent=[friday], s=s1, now=monday))
    assert create.spec.due == monday


def test_second_follow_up_off_when_zero_days() -> None:
    ex, sent = after_send()
    s0 = replace(S, second_followup_business_days=0)
    assert (
        seconds(run([iv()], existing=ex, sent=sent, s=s0, now=SECOND_DUE + timedelta(days=1))) == []
    )


def test_no_second_follow_up_when_the_thank_you_was_deleted_not_sent() -> None:
    ex, sent = after_send()
    m = marker(iv().key, ANA)
    ex[m] = replace(ex[m], state="user_deleted")
    assert seconds(run([iv()], existing=ex, sent=sent, now=SECOND_DUE)) == []


def test_no_second_follow_up_after_any_answer_from_the_company() -> None:
    ex, sent = after_send()
    later = SENT_AT + timedelta(days=2)
    answers = [
        answer("reply", later),
        answer("other", later, sender="nina@acme.example"),  # same company domain
        answer("reply", later, sender="x@gmail.com", thread_id="t-ana"),  # in the sent thread
        answer("reply", later, sender="x@gmail.com", references=(SENT_ID,)),
        answer(
            "rejection",
            START + timedelta(hours=5),
            sender="no-reply@greenhouse.io",
            subject="Your application to Acme",
        ),
        answer("offer", later, sender="hr@lever.co", sender_name="Acme Hiring"),
    ]
    for one in answers:
        assert seconds(run([iv()], existing=ex, sent=sent, inbound=[one], now=SECOND_DUE)) == [], (
            one
        )


def test_unrelated_or_earlier_mail_does_not_stop_the_second_follow_up() -> None:
    ex, sent = after_send()
    unrelated = [
        answer("reply", SENT_AT + timedelta(days=1), sender="friend@gmail.com"),
        answer(
            "rejection",
            SENT_AT + timedelta(days=1),
            sender="no-reply@greenhouse.io",
            subject="Your application to Globex",
        ),
        answer("other", START - timedelta(days=3)),  # the scheduling mail, before the interview
    ]
    assert len(seconds(run([iv()], existing=ex, sent=sent, inbound=unrelated, now=SECOND_DUE))) == 1


def test_at_most_one_second_follow_up_and_the_second_pass_plans_nothing() -> None:
    ex, sent = after_send()
    # Ben's thank-you was sent too: still one second follow-up for the interview.
    b = marker(iv().key, BEN)
    ex[b] = replace(ex[b], state="sent", current_fingerprint=None, draft_id=None)
    sent.append(SentFact("sent:ben", None, frozenset({BEN.email}), SENT_AT, "Thank you"))
    first = run([iv()], existing=ex, sent=sent, now=SECOND_DUE)
    assert len(seconds(first)) == 1
    ex2, sk = apply(first, ex, frozenset())
    assert run([iv()], existing=ex2, sent=sent, skipped=sk, now=SECOND_DUE) == []
    m2 = second_marker(iv().key, S.mail_domain)
    for state in ("user_deleted", "retracted", "sent", "user_edited"):
        gone = {**ex2, m2: replace(ex2[m2], state=state, current_fingerprint=None)}
        later = SECOND_DUE + timedelta(days=3)
        assert seconds(run([iv()], existing=gone, sent=sent, skipped=sk, now=later)) == [], state


def test_untouched_second_follow_up_is_withdrawn_when_the_company_answers() -> None:
    ex, sent = after_send()
    ex, _ = apply(run([iv()], existing=ex, sent=sent, now=SECOND_DUE), ex, frozenset())
    m2 = second_marker(iv().key, S.mail_domain)
    reply = answer("reply", SECOND_DUE + timedelta(hours=2))
    [a] = run([iv()], existing=ex, sent=sent, inbound=[reply], now=SECOND_DUE + timedelta(hours=3))
    assert isinstance(a, RetractDraft) and a.marker == m2
    edited = {**ex, m2: replace(ex[m2], current_fingerprint="changed")}
    [b] = run(
        [iv()], existing=edited, sent=sent, inbound=[reply], now=SECOND_DUE + timedelta(hours=3)
    )
    assert b == MarkDraft(m2, "user_edited", "draft edited by the user")


def test_late_second_follow_up_is_a_final_skip() -> None:
    ex, sent = after_send()
    [a] = run([iv()], existing=ex, sent=sent, now=SECOND_DUE + S.late_limit + timedelta(hours=1))
    assert isinstance(a, Skip) and a.final and "second follow-up too late" in a.reason


def test_two_interviews_with_one_key_keep_their_own_drafts() -> None:
    # Two rounds booked in one scheduling thread may reach the planner under one key.
    later = START + timedelta(days=2)
    pair = [
        iv(interviewers=(ANA,)),
        iv(interviewers=(BEN,), start=later, end=later + timedelta(hours=1)),
    ]
    now = due_for(pair[1], S) + timedelta(hours=1)
    first = run(pair, now=now)
    assert kinds(first) == ["CreateDraft", "CreateDraft"]
    assert {a.spec.to for a in first if isinstance(a, CreateDraft)} == {(ANA,), (BEN,)}
    ex, sk = apply(first, {}, frozenset())
    assert run(pair, existing=ex, skipped=sk, now=now) == []  # neither retracts the other
