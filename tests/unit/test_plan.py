"""drafts.plan: every planner rule, and "a second pass over the applied result plans nothing"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.model import Interview, InterviewKind, Owner, Person, SentFact, ThreadRef
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
) -> list[Action]:
    return plan(
        interviews, sent, existing or {}, skipped, OWNER, s, now, report_pending=report_pending
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
