"""Items -> observations: what one message or one invite says about one interview."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from detector import classify
from detector.chats import chat_message_starts, without_chat_stamps, without_platform_stamps
from detector.extract import (
    WROTE,
    has_quote_start,
    is_forward,
    new_text,
    owner_quote,
    quoted_text,
    role_from_segments,
    without_disclaimers,
)
from detector.htmltext import html_to_text
from detector.model import CalendarEvent, Message, Owner
from detector.phonezones import north_american_zones, phone_zones
from detector.texttime import (
    DateMention,
    TimeMention,
    duration_in,
    find_dates,
    find_times,
    global_zone,
    language_zones,
    named_zones,
    sender_zone,
    starts_line,
    weekday_number,
    zone_words,
)

_LONGEST_SPAN = timedelta(hours=10)  # a labelled end further off belongs to something else
# a labelled end field, right before its time: "To : 01:30 PM", "End time: 15:00", "Ende: 15 Uhr"
_END_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:to|end(?:s| time)?|until|finish|ende|bis|fin|hasta)[ \t]*:[ \t]*$", re.I
)
_END_WORDS = re.compile(
    r"(?:wrap(?:s)? up|ends?|finish(?:es|ed)?|until|done by|through|"
    # "the HR discussion will be completed by 4:30 PM IST", "should be over by 3"
    r"complet(?:ed|es)? by|conclud(?:ed|es) by|over by|"
    # "Terminamos hacia las 14:15", "on termine vers 16h", "terminamos às 17h", "bis 15 Uhr"
    r"termina(?:mos|r[áa])?|acaba(?:mos|r[áa])?|termine|terminerons|finirons|bis)"
    # ("finished by about a quarter past three")
    r"\W+(?:\w+\W+){0,3}$",
    re.I,
)
# a schedule row that is the end: "10h30: fin aproximado", "4:45 PM  End of day"
_END_ROW = re.compile(
    r"\d{1,2}(?:[:.h]\d\d)?[ \t]*(?:[ap]\.?m\.?|h)?"
    # (not a session that closes it: "4:00 PM Wrap-up with the search committee", "Cierre y
    # preguntas", "Final interview")
    r"[ \t]*[:\-\u2013\u2014|]?[ \t]*(?:fin|end|t[ée]rmino|fim)\b"
    r"(?! of (?:the )?(?:first|test|exercise|presentation))",
    re.I,
)
# the day's own end, said past a timetable's rows: "we would expect the day to have finished by
# about a quarter past three" (not "walk-ins are welcome until 1:00 PM")
_DAY_ENDS = re.compile(
    r"(?:wrap(?:s)? up|finish(?:es|ed)?|(?:will|should) end|over by|done by|conclud(?:e|es|ed) "
    r"(?:by|at|around))\W+(?:\w+\W+){0,3}$",
    re.I,
)
# someone's free time is no end of the interview: "he's free until 4:30 anyway"
_FREE_UNTIL = re.compile(
    r"\b(?:free|available|around|in the office|here)\s+(?:\w+\s+)?(?:until|till|til)\W+$", re.I
)
_SAME_TIME = re.compile(
    r"same time|same slot|m[êe]me heure|m[êe]me horaire|misma hora|gleiche(?:n)? (?:uhr)?zeit|"
    r"selben? (?:uhr)?zeit|zelfde tijd|hetzelfde tijdstip|stessa ora|stesso orario|"
    r"mesm[oa] hor[áa]rio|mesma hora",
    re.I,
)
# An Outlook-style quote header in any language ("Van: <addr>", "Verzonden: <date>", "Aan:
# <addr>"): a "Label: value" line naming an address, one naming a year and a clock time, and
# another naming an address. Matching the shape, not the words, keeps it language-independent;
# asking for all three lines keeps an ATS "Contact: ... / When: ..." block from matching.
_QUOTE_HEADER = re.compile(
    r"^[^\W\d_]{2,14}:[ \t][^\n]*@[^\n]*\n"
    # (a clock with a dot in Finnish and Danish: "Lähetetty: ke 18. maaliskuuta 2026 12.41")
    # (and a year run into its 年: "送信日時: 2026年11月24日 20:15")
    r"[^\W\d_]{2,14}:[ \t][^\n]*(?<!\d)(?:19|20)\d\d(?!\d)[^\n]*\b\d{1,2}[:.]\d{2}[^\n]*\n"
    r"[^\W\d_]{2,14}:[ \t][^\n]*@",
    re.M,
)


# (French mail puts a space before the colon: "Envoyé : 11 mai 2026 14:02")
# (a year with no word boundary after it in Chinese and Japanese: "Date: 2026年10月19日")
_HEADER_LINE = re.compile(
    r"[>\s]*[^\W\d_]{2,14}[ \t\u00a0]?[:：][ \t]?.*(?<!\d)(?:19|20)\d\d(?!\d)"
)


def _split_quote_header(body: str) -> tuple[str, str]:
    """``(new, quoted)``: cut ``body`` at a localized mail-client quote header, if any."""
    m = _QUOTE_HEADER.search(body)
    if m is None or m.start() == 0:
        return body, ""
    return body[: m.start()], body[m.start() :]


CalendarDay = date  # Obs has a field called "date": the type needs another name there


@dataclass(eq=False)
class Obs:
    """One observation; mutable while the detector fills it in. Compared by identity: two
    observations are the same only when they are one object (``o in acc.obs`` must not compare
    every field of every item)."""

    source_id: str
    order: int
    msg: Message | None
    event: CalendarEvent | None
    text: str
    score: float
    reasons: list[str]
    start: datetime | None = None
    end: datetime | None = None
    time_why: str = ""
    cancelled: bool = False
    reschedule: bool = False
    proposal: bool = False
    from_owner: bool = False
    thread_root: str | None = None
    date: datetime | None = None
    same_time_day: datetime | None = None
    # the one time the owner's own reply names ("Tuesday at 11:30 works for me")
    said_time: datetime | None = None
    # the days the owner's own reply names ("I could do Tuesday 7th any time after 12")
    said_days: frozenset[CalendarDay] = frozenset()
    # "Any chance we could start 30 min later?": the company moves the interview by an amount
    shift_by: timedelta | None = None
    # "Can we slide to 3?": a move to another hour of the interview's own day (the date part
    # is the mail's and means nothing)
    new_clock: datetime | None = None
    # the owner's time came with a weekday only ("the 09:30 start on Tuesday"): its date is a
    # guess (the next such weekday), its weekday and clock time are what they wrote
    said_weekday_only: bool = False
    weekday_only: bool = False  # ``start``'s day was a bare weekday ("Tot dinsdag, om 10:00")
    evidence: list[str] = field(default_factory=list)


# an assessment centre or an onsite may run over two days; nothing longer is one interview
_LONGEST_INTERVIEW = timedelta(days=3)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the sort key of an undated item: before any other


def version_rank(o: Obs) -> tuple[int, int, datetime, int]:
    """How late a version of an invite is: higher SEQUENCE, then DTSTAMP, then arrival."""
    ev = o.event
    # A Calendar API deletion carries only the id and "cancelled": it is the calendar's
    # current state, so it outranks every earlier copy whatever their SEQUENCE or DTSTAMP.
    deleted = int(ev is not None and ev.start is None and ev.api_id is not None and o.cancelled)
    return (
        deleted,
        ev.sequence if ev else 0,
        (ev.dtstamp if ev and ev.dtstamp else EPOCH),
        o.order,
    )


def owner_tz(owner: Owner) -> tzinfo:
    """The owner's zone, UTC when the name is unknown."""
    try:
        return ZoneInfo(owner.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def thread_root(msg: Message) -> str:
    """The first Message-ID of the conversation (References[0], else In-Reply-To, else own)."""
    if msg.thread_id:
        return f"t:{msg.thread_id}"
    # a message without any id still is its own conversation (it must not be dropped)
    return (
        (msg.references[0] if msg.references else None)
        or msg.in_reply_to
        or msg.message_id
        or f"item:{msg.source_id}"
    )


class TextTime(NamedTuple):
    """The interview time a text names."""

    start: datetime | None
    end: datetime | None
    why: str
    proposal: bool  # several slots offered: nothing booked yet
    weekday_only: bool = False  # "Tuesday at 10": the day is a bare weekday


# The date of a quoted mail's attribution ("On Mon, Jul 6, 2026 at 14:03, X wrote:", "Em seg.,
# 6 de jul. de 2026 às 14:03, X <x@...> escreveu:"), wrapped over up to three lines
_ATTRIBUTION = re.compile(
    rf"[^\n]{{0,120}}(?:\n[^\n]{{0,120}}){{0,2}}?\b{WROTE}\b[^\n:]{{0,100}}:"
    r"|[^\n]{0,160}(?:작성|写道|寫道|書きました)\s*[:：]"
    # Greek: "Στις Τρί 3 Μαρ 2026 στις 5:45 μ.μ., ο/η X έγραψε:"
    r"|Στις [^\n]{4,200}έγραψε:"
    # Vietnamese: "Vào 18:02 Th 4, 1 thg 4, 2026, X <x@y> đã viết:"
    r"|Vào [^\n]{4,200}đã viết:"
    # Hebrew: "בתאריך יום ג׳, 24 במרץ 2026 ב-10:05 מאת X <x@y>:"
    r"|בתאריך [^\n]{4,200}מאת [^\n]{1,100}:",
    re.I,
)


# the owner's own arrival time, not the meeting's: "I will report at 8:30am with the documents"
# (for a 9:00 panel that asked them to report at 8:30 for documentation)
_OWN_ARRIVAL = re.compile(
    r"\b(?:i(?:'ll| will| shall| am going to)|i'm going to) (?:\w+ )?"
    r"(?:report|arrive|check in|be at (?:the )?reception)\b[^.!?\n]{0,20}\b(?:at|by)\s+"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h\b)?",
    re.I,
)
_THANKED_FOR = re.compile(
    r"\bthank(?:s| you) for (?:appearing|attending|interviewing|meeting|coming in|taking the "
    r"time)\b[^.!?\n]*$",
    re.I,
)
_ARRIVAL = re.compile(
    r"\bregist(?:er|ration)|\barriv(?:e|al)|check[- ]?in|sign-?in|reception|\breport (?:to|at)\b|"
    r"\breport(?:ing)? time\b|"
    # "Llega sobre las 9:15 h para la acreditación", "arrivée à 9h15", "chegue às 9h"
    r"\blleg(?:a|ue|ar|ada)\b|acreditaci[óo]n|recepci[óo]n|\barriv[ée]e\b|\baccueil\b|"
    r"\bchegue\b|\bchegada\b|rece[çp]ç?[ãa]o|\bempfang\b|\banmeldung\b|"
    # Czech: "8:45 příchod na vrátnici" (arrival at the gatehouse), "recepce"
    r"\bp\u0159\u00edchod\b|\bvr\u00e1tnic\w*|\brecepc\w*|"
    # a virtual day's arrival: "08:45  Log in to Microsoft Teams, ID and technology check"
    r"\b(?:tech(?:nology)?|id|identity) checks?\b|"
    # Chinese "報到時間" (check-in), Japanese "受付" (reception desk), Korean "도착" (arrival)
    r"\u5831\u5230|\u62a5\u5230|\u53d7\u4ed8|\ub3c4\ucc29",
    re.I,
)


# a session's own words on an arrival row: "Empfang und Gespräch mit X", "check-in and chat"
_TALK_IN_ROW = re.compile(
    r"gespr\u00e4ch|\binterview|entretien|entrevista|entrevue|conversation|conversa\b|"
    r"\bchat with\b|\bmeet(?:ing)? with\b",
    re.I,
)


def text_when(
    text: str,
    ref: datetime,
    tz: tzinfo,
    earlier: str = "",
    owner_words: frozenset[str] = frozenset(),
    reader_tz: tzinfo | None = None,
) -> TextTime:
    """The interview time written in ``text`` (see :func:`_text_when`). An exported chat
    ("9/4/26, 18:20 - Mariana: ¿Te sirve el martes 14 o el jueves 16?" ... "18:40 - Mariana:
    Listo, quedamos el jueves a las 3 pm") proposes and agrees in one text: when the whole
    offers several slots or none, the latest message that names a time decides, read with the
    messages after it, as a thread's latest mail would be."""
    starts = chat_message_starts(text)
    text = without_platform_stamps(text)
    if starts:
        # (a speaker's name is no slot table's row, nor a stamp's date the interview's day)
        text = without_chat_stamps(text)
    whole = _text_when(text, ref, tz, earlier, owner_words, reader_tz)
    # (the chat's messages are read one by one only when the whole gave a time)
    if (
        whole.start is not None
        and not whole.proposal
        and not _times_moved_on(text, starts, ref, tz)
    ):
        return whole
    for start in reversed(starts):
        tail = _text_when(text[start:], ref, tz, earlier, owner_words, reader_tz)
        if tail.start is not None:
            return tail if not tail.proposal else whole
    return whole


def _times_moved_on(text: str, starts: list[int], ref: datetime, tz: tzinfo) -> bool:
    """A chat whose first time was turned down: a later message names another day ("Thứ Năm
    này 14h em có rảnh không?" ... "Vậy 16h thứ Sáu này nha em")."""
    if len(starts) < 2:
        return False
    said = [
        {m.start.date() for m in find_times(text[a:b], ref, tz) if m.has_date}
        for a, b in itertools.pairwise([*starts, len(text)])
    ]
    days = [d for d in said if d]
    return len(days) >= 2 and days[-1] != days[0]


def _text_when(
    text: str,
    ref: datetime,
    tz: tzinfo,
    earlier: str = "",
    owner_words: frozenset[str] = frozenset(),
    reader_tz: tzinfo | None = None,
) -> TextTime:
    """The interview time written in ``text``.

    ``earlier`` is the mail this one quotes: "locked in for Wednesday, 8:30" means the
    Wednesday it proposed ("Wed 3/11"), which need not be the next one. ``owner_words`` are
    the owner's name parts: in a slot table for many candidates, the owner's row is theirs.
    ``reader_tz`` is the owner's zone when known: "half past ten your time" is in it.

    The steps, in order: the clock times that can be meeting times; a proposal of several
    slots (nothing booked); the owner's row of a slot table; the time a move word points at;
    an arrival time before a timetable; then the span (itinerary, schedule rows, a repeated
    range, a timetable, end words, a length).
    """
    lines = text.split("\n")
    ref_day = ref.astimezone(tz).date() if ref.tzinfo else ref.date()
    dates = find_dates(text, ref_day)  # read once: the times below take their days from these
    every = [
        m
        for m in find_times(text, ref, tz, dates, reader_tz)
        if not m.not_a_meeting
        and not _ATTRIBUTION.match(text, m.pos)
        and not _in_mail_header(lines, text.count("\n", 0, m.pos))
    ]
    # "Thank you for appearing before the Interview Committee on Tuesday, March 3 at 8:15 AM"
    # in a mail of March 16: the interview behind it, not one to come
    every = [
        m
        for m in every
        if not (m.start < ref and _THANKED_FOR.search(text, max(0, m.pos - 120), m.pos))
    ]
    mentions = [m for m in every if m.has_date]
    if not mentions:
        return TextTime(None, None, "", False)
    # the dinner or social the evening before an interview day is not the interview
    social = [m for m in mentions if _SOCIAL_ROW.search(_row(text, m))]
    if social and len(social) < len(mentions):
        mentions = [m for m in mentions if m not in social]
        every = [m for m in every if m not in social]
    # a site visit's travel rows ("06:30  Charter departs YZF", "departs YYC 18:10") are no
    # session of a timetable that names its interviews
    travel = [m for m in mentions if _TRAVEL_ROW.search(_row(text, m))]
    if travel and len(travel) < len(mentions) and any(_row_is_interview(text, m) for m in mentions):
        mentions = [m for m in mentions if m not in travel]
        every = [m for m in every if m not in travel]
    elif len(mentions) == 1 and _TRAVEL_ROW.search(_sentence_row(text, mentions[0])):
        # only the ride names the day, in prose: "The bus leaves on 22 October at 07:30 ... the
        # interview starts at 10:00" is the interview at 10:00 that day
        ride = mentions[0]
        named = [
            m
            for m in every
            if not m.has_date
            and _names_interview(_sentence_row(text, m))
            and not _TRAVEL_ROW.search(_sentence_row(text, m))
        ]
        if named:
            day = ride.start.date()
            on_day = replace(
                named[0],
                start=datetime.combine(day, named[0].start.timetz()),
                end=datetime.combine(day, named[0].end.timetz()) if named[0].end else None,
                has_date=True,
            )
            mentions = [on_day]
            every = [on_day if m is named[0] else m for m in every if m is not ride]
    slots = {m.start for m in mentions}
    # days offered count even where their hours are not clock times: bulleted ("- Mon 10-11")
    # or in the sentence that offers them ("any of these work: Mon 10-11, Tue 2-3 or Wed 4pm")
    offers = [(m.start(), m.end() + 200) for m in classify.PROPOSAL.finditer(text)]
    listed = {
        d.day
        for d in dates
        if starts_line(text, d.pos)
        or any(a <= d.pos <= b and "\n\n" not in text[a : d.pos] for a, b in offers)
    }
    # one slot written in two zones ("Friday 10:00am SGT (Thursday 9:00pm in New York)") is
    # one instant (aware times compare in UTC), not two days to choose from
    options = len({s.date() for s in slots}) + len(listed - {m.start.date() for m in mentions})
    if (
        classify.is_proposal(text, options)
        or _DAY_OR_DAY.search(text)
        or _two_days_offered(text, mentions)
    ):
        return TextTime(None, None, "several slots proposed", True)
    # the time written as one piece with its day and zone ("Thu 3/19 @ 4:30p PT") over a
    # conversion chain that borrows the day of its last link ("4:30 del Pacífico son las
    # 17:30 de CDMX, y para ti serán las 00:30 del viernes"); else the first with a zone
    # a form's "To : 01:30 PM" line ends the meeting its "From : 08:30 AM" line starts
    # (and "we'll wrap up by noon" ends it: an end is never the start)
    opening = [
        m
        for m in mentions
        if not _END_FIELD.search(text, max(0, m.pos - 40), m.pos)
        and not _END_WORDS.search(text[max(0, m.pos - 30) : m.pos])
    ]
    opening = opening or mentions
    whole = [m for m in opening if m.zone_explicit and _dated_right_before(m, dates, text)]
    first = whole[0] if whole else next((m for m in opening if m.zone_explicit), opening[0])
    first = _past_the_test(text, every, first)
    row = _owner_row(text, every, first, owner_words)
    if row is not None:
        return row
    if len(slots) > 1:
        first = _after_move(text, mentions, first)
    arrival = _arrival_timetable(text, every, first)
    if arrival is not None:
        return arrival
    start, end = _span(text, every, mentions, first)
    if end is None:
        closing = [m for m in mentions if m not in opening and m.pos > first.pos]
        if closing and start < closing[0].start <= start + _LONGEST_SPAN:
            end = closing[0].start  # "From : 08:30 AM" ... "To : 01:30 PM"
    weekday_only = first.weekday_only
    if weekday_only and earlier:
        shift = named_weekday_shift(start, earlier, ref)
        start, end = start + shift, (end + shift if end else None)
        weekday_only = not shift
    if earlier and not _HALF_OF_DAY.match(text, first.pos + _clock_length(text, first.pos)):
        # "see you Friday at 7:30" answers "Friday morning at 7:30": the half of the day the
        # quoted offer named, where the reply names none
        half = _half_said_before(start, earlier)
        start, end = start + half, (end + half if end else None)
    return TextTime(start, end, f"text {first.text.strip()!r}", False, weekday_only)


def _past_the_test(text: str, every: list[TimeMention], first: TimeMention) -> TimeMention:
    """The interview after the test that opens the day, in prose: "so that the English test
    can start on time at 08.30. The interview with Moriyama-san will follow at 09.30" (a
    later time on the same line, of the same day or of no day of its own, whose sentence names
    the interview)."""
    said = _sentence_row(text, first)
    if not _TEST_ROW.search(said) or _names_interview(said):
        return first
    day = first.start.date()
    line = _row(text, first)
    for m in every:
        if m.pos <= first.pos or (m.has_date and m.start.date() != day):
            continue
        start = datetime.combine(day, m.start.timetz())
        if _row(text, m) != line:
            # the next row, when it names the interview and no end, is the interview: "1.
            # Written test: Thursday 22 October, 9:00-11:00 / 2. Interview: the same day at
            # 2:00 PM" (rows with ends are _interview_rows' to weigh)
            if (
                m.end is None
                and timedelta(0) < start - first.start <= timedelta(hours=8)
                and _names_interview(_row(text, m))
            ):
                return replace(m, start=start, has_date=True)
            break

        if timedelta(0) < start - first.start <= timedelta(hours=3) and _names_interview(
            _sentence_row(text, m)
        ):
            end = datetime.combine(day, m.end.timetz()) if m.end else None
            return replace(m, start=start, end=end, has_date=True)
    return first


_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d\d)?")
# a half of the day right after a clock time: "7:30 am", "7:30 in the morning", "9 Uhr abends"
_HALF_OF_DAY = re.compile(
    r"\s*(?:[ap]\.?\s?m\b|in the (?:morning|afternoon|evening)|(?:morning|evening|tonight)\b)",
    re.I,
)


def _clock_length(text: str, pos: int) -> int:
    m = _CLOCK.match(text, pos)
    return m.end() - pos if m else 0


def _half_said_before(start: datetime, earlier: str) -> timedelta:
    """Twelve hours either way when ``earlier`` wrote ``start``'s clock with the other half of
    the day ("Friday morning at 7:30" against a reply's "7:30" read as the evening)."""
    if start.hour in (0, 12):
        return timedelta(0)  # noon and midnight are written as such
    hour12 = start.hour % 12
    clock = (
        rf"\b{hour12}(?::{start.minute:02d}|\.{start.minute:02d})"
        if start.minute
        else (rf"\b{hour12}(?::00)?")
    )
    minute = f"{start.minute:02d}"
    # (or on the 24-hour clock: "Friday (11/6) at 0730" is the morning, "1930" the evening)
    morning = re.search(
        rf"morning[^.\n]{{0,12}}?{clock}\b|{clock}\s*a\.?m\b|\b0{hour12}:?{minute}\b",
        earlier,
        re.I,
    )
    evening = re.search(
        rf"(?:afternoon|evening)[^.\n]{{0,12}}?{clock}\b|{clock}\s*p\.?m\b|"
        rf"\b{hour12 + 12}:?{minute}\b",
        earlier,
        re.I,
    )
    if start.hour >= 12 and morning and not evening:
        return -timedelta(hours=12)
    if start.hour < 12 and evening and not morning:
        return timedelta(hours=12)
    return timedelta(0)


def _dated_right_before(m: TimeMention, dates: list[DateMention], text: str) -> bool:
    """A date ends just before the time: "Thu 3/19 @ 4:30p", "Tuesday, Dec 2 at 2:00 PM" (not
    a clause away: "comes off daylight saving on Sunday, 5 April, so 1:00 PM ...")."""
    return any(
        0 <= m.pos - d.end <= 6 and _DATE_TIME_GAP.fullmatch(text[d.end : m.pos]) is not None
        for d in dates
    )


_DATE_TIME_GAP = re.compile(
    r"[\s,.;:@|\u2013\u2014-]*(?:at|um|à|às|a las|alle|om|kl\.?)?[\s,]*", re.I
)


def _owner_row(
    text: str, every: list[TimeMention], first: TimeMention, owner_words: frozenset[str]
) -> TextTime | None:
    """ "4 | Sneha Patil | DIT22CS067 | 2:30 PM - 3:00 PM": the owner's row of a slot table for
    many candidates (the rows carry no date of their own: the table's is theirs)."""
    mine = [m for m in every if m.pos >= first.pos and _names_owner(text, m.pos, owner_words)]
    if len(mine) != 1:
        return None
    row, day = mine[0], first.start.date()
    start = row.start if row.has_date else datetime.combine(day, row.start.timetz())
    end = row.end
    if end is not None and not row.has_date:
        end = datetime.combine(day, end.timetz())
    return TextTime(start, end, f"text {row.text.strip()!r} (the owner's row)", False)


def _after_move(text: str, mentions: list[TimeMention], first: TimeMention) -> TimeMention:
    """ "a conflict at 2, can we push to 3pm?": the time after the move word is the new one;
    but "start at 4:30 instead? ... you'd wrap at 5:15": the time an "instead" follows is,
    and an end time ("wrap at", "until") never is."""
    # (nor the booked time a condition questions: "If 8 am is too early for you, ... we'll use
    # his Monday back-up instead")
    starts = [
        m
        for m in mentions
        if not _END_WORDS.search(text[max(0, m.pos - 30) : m.pos])
        and not _IF_BEFORE.search(text[max(0, m.pos - 12) : m.pos])
    ]
    # "pulled into a review at 10 - would 11:15 work for you the same day?": the time asked about
    # ("he'll be in the air at 1. Could we do Thu 3/19 @ 4:30p PT?": the one it asks for)
    asked = [
        m
        for m in starts
        if (_WOULD.search(text[max(0, m.pos - 24) : m.pos]) and _WORK_AFTER.match(text, m.pos))
        or _DO_INSTEAD.search(text[max(0, m.pos - 30) : m.pos])
    ]
    if len(asked) == 1:
        return asked[0]
    # the last move word that a time answers: "the utility has moved to Stage 6 ... off from
    # 08h00 to 12h30 ... Could we move your interview to Wednesday the 15th at 14h00 instead?"
    # (a footer's "Need to reschedule?" names no time after it)
    for move in reversed(list(classify.RESCHEDULE.finditer(text))):
        before = [m for m in starts if m.pos < move.start()]
        if move.group(0).lower() == "instead" and before:
            return before[-1]
        after = next((m for m in starts if m.pos > move.start()), None)
        if after is not None:
            return after
    return first


_IF_BEFORE = re.compile(r"\bif\s+(?:\w+\s+)?$", re.I)
_DO_INSTEAD = re.compile(
    r"\b(?:could|can|shall) we do\s+(?:\S+\s+){0,3}$|\bhow about\s+(?:\S+\s+){0,3}$", re.I
)
_WOULD = re.compile(r"\b(?:would|could|does|can|will)\s+(?:\w+\s+){0,2}$", re.I)
_WORK_AFTER = re.compile(r"[^.?!\n]{0,30}?\b(?:work|suit)\b", re.I)


def _sentence_at(text: str, pos: int) -> str:
    """The sentence (or the line) that holds ``pos``; "Dr." and "10.30" do not end one."""
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, pos)]
    stop = SENTENCE_BREAK.search(text, pos)
    return text[ends[-1] if ends else 0 : stop.start() + 1 if stop else len(text)]


# a sentence ends at a full stop after a word of three letters or after an ordinal ("13th."),
# not after "Dr." or inside "10.30"; a blank line ends one too
# (not after Afrikaans titles written small: "mnr. Johan Kruger", "mev. Botha")
SENTENCE_BREAK = re.compile(
    r"(?<=[a-z]{3})(?<!\bmnr)(?<!\bmev)[.!?](?=\s)|(?<=\d[a-z]{2})[.!?](?=\s)|\n[ \t]*\n"
)


def _arrival_has_own_time(text: str, every: list[TimeMention], first: TimeMention) -> bool:
    """The sentence of ``first`` names the arrival only after it, with a time of its own:
    "Heure : 08h30 précises (accueil des candidats à partir de 08h00)" starts at 08h30 (unlike
    "please arrive at 9:15", or "8:45 Arrival and registration", a row of its own)."""
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, first.pos)]
    head = ends[-1] if ends else 0
    stop = SENTENCE_BREAK.search(text, first.pos)
    line_end = text.find("\n", first.pos)
    tail = min(stop.start() + 1 if stop else len(text), line_end if line_end >= 0 else len(text))
    word = _ARRIVAL.search(text, first.pos, tail)
    if word is None or _ARRIVAL.search(text, head, first.pos):
        return False
    return any(m is not first and word.end() <= m.pos < tail for m in every)


def _arrival_timetable(text: str, every: list[TimeMention], first: TimeMention) -> TextTime | None:
    """ "arrive from 9.15am to register", then a timetable (rows without a date of their own):
    the sessions on that day run from the first row's start to the last row's end. Without a
    timetable, the first time soon after the arrival is the start ("arrive at 9:15; the first
    interview starts at 9:30")."""
    if first.end is not None or not _ARRIVAL.search(_sentence_at(text, first.pos)):
        return None  # ("we'll see you at 10.30 on Monday. Ask for me at reception": no arrival)
    if _arrival_has_own_time(text, every, first):
        return None  # "Heure : 08h30 précises (accueil des candidats à partir de 08h00)"
    end_of_line = text.find("\n", first.pos)
    row = text[text.rfind("\n", 0, first.pos) + 1 : end_of_line if end_of_line >= 0 else None]
    # (the clause of the time only: "9:15 h para la acreditación; la primera entrevista ...
    # a las 9:30" names the interview in the next clause, at its own time)
    clause = re.split(r"[;.!?]\s", text[first.pos : end_of_line if end_of_line >= 0 else None])[0]
    if _ARRIVAL.search(row) and _TALK_IN_ROW.search(clause):
        return None  # "08.30 Uhr  Empfang und Gespräch mit Reto Amsler": the first session
    day = first.start.date()
    after = [
        m
        for m in every
        if 0 < m.pos - first.pos < 800 and (not m.has_date or m.start.date() == day)
    ]
    rows = [m for m in after if m.end is not None]
    if len(rows) < 2:
        near = [
            m
            for m in after
            if timedelta(0)
            < datetime.combine(day, m.start.timetz()) - first.start
            <= timedelta(minutes=75)
        ]
        # ("by 08.15 so that the English test can start on time at 08.30. The interview with
        # Moriyama-san will follow at 09.30": past the test to the interview)
        soon = next(
            (m for m in near if _names_interview(_sentence_row(text, m))),
            next(
                (m for m in near if not _TEST_ROW.search(_sentence_row(text, m))),
                near[0] if near else None,
            ),
        )
        if soon is None:
            return None
        start = datetime.combine(day, soon.start.timetz())
        end = datetime.combine(day, soon.end.timetz()) if soon.end else None
        # ("08:45 Arrival", then "09:00 Welcome" ... "16:30 Close": the rest of the day's table)
        end = end or _end_from_words(text, every, replace(soon, start=start))
        end = end or _timetable_end(text, every, replace(soon, start=start))
        return TextTime(start, end, f"text {soon.text.strip()!r}", False)
    sessions = _interview_rows(text, rows)
    # an assessment centre's exercises besides its tests ("Leadership exercise (group)",
    # "Written briefing exercise", "One-to-one interview"): the whole day is the interview,
    # which opens at its first row ("09:00 Welcome briefing") though that row has no end
    opening = sessions[0]
    if not all(_row_is_interview(text, m) for m in sessions):
        sessions = rows
        opening = next((m for m in after if starts_line(text, m.pos)), rows[0])
    last_end = sessions[-1].end
    return TextTime(
        datetime.combine(day, opening.start.timetz()),
        datetime.combine(day, last_end.timetz()) if last_end else None,
        f"text {opening.text.strip()!r}",
        False,
    )


def _span(
    text: str, every: list[TimeMention], mentions: list[TimeMention], first: TimeMention
) -> tuple[datetime, datetime | None]:
    """Start and end of the interview that opens at ``first``."""
    same_day = [m for m in mentions if m.start.date() == first.start.date() and m.end is not None]
    if first.end is not None:
        # "Your time slot: 10:00-10:20 ... The event runs 9 AM - 3 PM": the hours around the
        # slot are the event's, not a session of an itinerary
        same_day = [
            m
            for m in same_day
            if m is first or not (m.start <= first.start and m.end and m.end >= first.end)
        ]
    start, end = first.start, first.end
    # (an assessment centre, whose rows hold a test, is the whole day from its welcome)
    opened = same_day if any(_row_is_test(text, m) for m in same_day) else None
    kept = _interview_rows(text, opened or _after_arrival(text, same_day))
    if first in same_day and first not in kept:
        # the opening row was a test: the interview starts at the first row left
        first = kept[0]
        start, end = first.start, first.end
    same_day = kept
    if len(same_day) >= 2 and first.end is not None:  # an itinerary: first start to last end
        start, end = _itinerary_span(same_day)
    if first.end is not None and end is not None:
        end = max(end, _schedule_end(text, every, first) or end)
    if end is None:
        # "12pm IST (12:00 - 12:45 PM)": the same start written again as a range
        end = next((m.end for m in mentions if m.end and m.start == start), None)
    table_end = _timetable_end(text, every, _table_row_of(text, every, first))
    if table_end is not None and (end is None or table_end > end):
        end = table_end
    said_end = _end_from_words(text, every, first, _DAY_ENDS)
    if end is not None and said_end is not None and said_end > end:
        # "we would expect the day to have finished by about a quarter past three": the day's
        # end said in words outlasts the timetable's first rows
        end = said_end
    if end is None:
        # a length on the time's own line ("às 15h00 (hora de Lisboa), 1 hora") before one
        # elsewhere ("20–25 min de apresentação + perguntas")
        line_end = text.find("\n", first.pos)
        own_line = text[first.pos : line_end if line_end >= 0 else None]
        end = (
            _end_from_words(text, every, first)
            or _with_duration(own_line, start)
            or _with_duration(text, start)
        )
    return start, end


_SOCIAL_ROW = re.compile(
    r"pre-?interview (?:dinner|social|reception|drinks|happy hour)|"
    r"\b(?:welcome|fellows'?|residents'?|team) (?:dinner|social|happy hour|drinks)\b|"
    # "Dinner with members of the hospitalist group (spouses/partners welcome)"
    r"\b(?:dinner|drinks|happy hour|social)\b[^\n]{0,80}\b(?:residents|fellows|group|"
    r"spouses|partners welcome)\b",
    re.I,
)
_TRAVEL_ROW = re.compile(
    # (and the rows around the ride: "Pick-up from our Pokhara office by company jeep",
    # "Arrival at camp, safety induction")
    r"\b(?:pick-?up from|by (?:company )?(?:jeep|shuttle|van|bus)|arrival at|safety induction|"
    r"site induction)\b|"
    # (Russian: "выезд вахтовым автобусом" (the rotation bus leaves), "прибытие, вводный
    # инструктаж" (arrival, the safety briefing), "перелёт" (the flight))
    r"\b(?:выезд|прибытие|перел[её]т|автобус\w*|трансфер|инструктаж)|"
    # (Azerbaijani "Avtobus ... yola düşür", the bus leaves)
    r"\b(?:avtobus\w*|yola d\u00fc\u015f\u00fcr)|"
    r"\b(?:departs?|arrives?|flights?|charter|airport|boarding|check[- ]?in at the (?:hangar|"
    r"airport|hotel|terminal))\b",
    re.I,
)
_INTERVIEW_ROW = re.compile(
    r"\binterview|entrevista|entretien|entrevue|gespr\u00e4ch|colloquio|"
    # (Thai, Japanese, Chinese, Korean, Hungarian)
    r"สัมภาษณ์|面接|面试|面試|면접|interj\u00fa|"
    # (Vietnamese with and without its marks, Bulgarian, Russian, Ukrainian, Icelandic,
    # Croatian, Georgian, Nepali, Armenian)
    r"ph\u1ecfng v\u1ea5n|\bphong van\b|интервю|събеседван|собеседовани|співбесід|vi\u00f0tal|"
    r"\brazgovor|გასაუბრ|अन्तर्वार्ता|հարցազրույց|"
    # (Azerbaijani, Mongolian, Uzbek, Lithuanian, Sinhala)
    r"m\u00fcsahib|ярилцлаг|suhbat|pokalb|සම්මුඛ|"
    # (Persian, Khmer, Burmese, Amharic, Lao, Pashto, Kinyarwanda)
    r"مصاحبه|សម្ភាសន៍|အင်တာဗျូး|တွေ့ဆုံမေးမြန်း|ቃለ ?መጠይቅ|ສ(?:ໍາ|ຳ)ພາດ|مرکه|مرکې|"
    r"\bikiganiro\b",
    re.I,
)
# Khmer "ការប្រឡងសរសេរ" (a written exam), Persian "آزمون" (a test), Burmese "စာမေးပွဲ" (an exam),
# Amharic "የጽሁፍ ፈተና" (a written test): a test row's words, and a test invite's title's
# (Dari "امتحان تحریری" (a written exam), Pashto "لیکلې ازموینه" (a written test))
_TEST_IN_OTHER_SCRIPTS = r"ប្រឡង|آزمون|امتحان|ازموین|စာမေးပွဲ|ፈተና"
_TEST_ROW = re.compile(
    r"\b(?:osce|tests?|exam|assessment|numeracy|literacy|calculation|written|registration|"
    # (Kinyarwanda "ikizamini", a test or an exam)
    r"ikizamini|"
    r"id checks?|psychometric|presentation prep)\b|"
    # Thai "ทดสอบภาษาอังกฤษ" (an English test), Japanese "筆記試験", Chinese "笔试", Korean "필기"
    r"ทดสอบ|筆記|笔试|筆試|필기|" + _TEST_IN_OTHER_SCRIPTS,
    re.I,
)


_TEST_TITLE = -7.0
# a test's own title ("Accounting Test – ...", "Written exam"), not an assessment centre's (a
# day of interviews and exercises that counts as one)
_TEST_TITLE_WORD = re.compile(r"\b(?:tests?|exams?|examination)\b|" + _TEST_IN_OTHER_SCRIPTS, re.I)
# a conversation about a test is no test: "Technical test review", "Case study debrief"
_TALK_ABOUT_TEST = re.compile(
    r"\b(?:review|debrief|feedback|discussion|walk-?through|presentation|panel|call|chat|"
    r"meeting|conversation)\b",
    re.I,
)


def _interview_rows(text: str, rows: list[TimeMention]) -> list[TimeMention]:
    """The rows of an assessment day that are not tests, when a row names the interview:
    "OSCE 09:15-10:00 / drug calculation test 10:15-10:45 / Interview 11:40-12:10"."""
    if not any(_row_is_interview(text, m) for m in rows):
        return rows
    kept = [
        m
        for m in rows
        if _row_is_interview(text, m)
        or not (
            _row_is_test(text, m)
            or _UNASSESSED_ROW.search(_row(text, m))
            or _BREAK_ROW.search(_row(text, m))
        )
    ]
    return kept or rows


def _after_arrival(text: str, rows: list[TimeMention]) -> list[TimeMention]:
    """The rows of a timetable after its opening arrival ("9:15 - 9:30 AM  Arrival and
    check-in - Lobby"): the interview opens with the first session (unlike "08.30 Uhr  Empfang
    und Gespräch mit Reto Amsler", a talk)."""
    opening = 0
    while opening < len(rows) - 1 and _arrival_row(text, rows[opening]):
        opening += 1
    return rows[opening:]


def _arrival_row(text: str, m: TimeMention) -> bool:
    row = _row(text, m)
    return bool(_ARRIVAL.search(row)) and not _TALK_IN_ROW.search(row)


# a pause between the test and the interview: "11:00am - 1:00pm: Break (lunch will be
# provided)" (not "12:30 Lunch with the team", a session of an onsite)
_BREAK_ROW = re.compile(
    r"\b(?:(?:lunch|coffee|tea) )?break\b|\blunch\b(?! with)|\bpause\b|\bintervalo\b|"
    r"\bdescanso\b|\bmittagspause\b",
    re.I,
)


# a row the mail itself says is no part of the assessment: "Site tour ... This part isn't
# assessed; it's so you can see what you'd be walking into"
_UNASSESSED_ROW = re.compile(
    r"\b(?:is(?:n['’]t| not)|not) (?:assessed|evaluated|scored|part of the (?:assessment|"
    r"interview|selection))\b",
    re.I,
)


def _row(text: str, m: TimeMention) -> str:
    end = text.find("\n", m.pos)
    return text[text.rfind("\n", 0, m.pos) + 1 : end if end >= 0 else None]


def _sentence_row(text: str, m: TimeMention) -> str:
    """The sentence of ``m`` within its row: "... so that the English test can start on time
    at 08.30. The interview with Moriyama-san will follow at 09.30" is two rows of prose."""
    line = _row(text, m)
    at = m.pos - (text.rfind("\n", 0, m.pos) + 1)
    stops = [s.end() for s in _SENTENCE_END.finditer(line)]
    head = max((s for s in stops if s <= at), default=0)
    tail = min((s for s in stops if s > at), default=len(line))
    return line[head:tail]


_SENTENCE_END = re.compile(r"(?<=[a-z)\d])[.!?](?:\s+|$)")


def _row_is_interview(text: str, m: TimeMention) -> bool:
    """The timetable row of ``m`` names an interview (and is not an interview-skills test)."""
    return _names_interview(_row(text, m))


def _names_interview(row: str) -> bool:
    return bool(_INTERVIEW_ROW.search(row)) and not _TEST_ROW.search(row.split("(")[0])


def _row_is_test(text: str, m: TimeMention) -> bool:
    return bool(_TEST_ROW.search(_row(text, m)))


def _is_header_date(lines: list[str], i: int) -> bool:
    """Line ``i`` is a quoted or forwarded mail's "Date:" / "Sent:" / "Envoyé :" header: a
    label, a year, and a From:/To: line beside it (unlike an ATS "When:" line)."""
    return _HEADER_LINE.match(lines[i]) is not None and any(
        "@" in near for near in lines[max(0, i - 1) : i + 2]
    )


_MAIL_DATE_LABEL = re.compile(
    r"[>\s]*(?:date|sent|datum|gesendet|envoy[ée]|enviado|fecha|data|verzonden|skickat|sendt|"
    r"wys[lł]ano|odesl[áa]no|l\u00e4hetetty|надіслано|отправлено|trimis|"
    # Latvian "Datums:", "Nosūtīts:"; Estonian "Kuupäev:", "Saadetud:"; Hungarian "Elküldve:"
    r"datums|nos\u016bt\u012bts|kuup\u00e4ev|saadetud|elk\u00fcldve|"
    # Chinese Outlook: "寄件日期: 2026年10月8日 下午 05:05", "发送时间:"
    r"寄件日期|发送时间|發送時間|"
    # Japanese Outlook: "送信日時: 2026年11月24日 20:15"
    r"送信日時)\s*[:：]",
    re.I,
)


def _in_mail_header(lines: list[str], i: int) -> bool:
    """Line ``i`` is a quoted or forwarded mail's "Date:" / "Sent:" line. The label must be a
    mail header's: an ATS block's "When:" line sits beside a "Contact: x@y" line too."""
    return _MAIL_DATE_LABEL.match(lines[i]) is not None and _is_header_date(lines, i)


def named_weekday_shift(
    start: datetime, earlier: str | Sequence[tuple[str, datetime]], ref: datetime
) -> timedelta:
    """Days from ``start`` to the date with its weekday that ``earlier`` named, if any.

    ``earlier`` is a quote (read as of ``ref``) or earlier mails with their own dates: "next
    week Thursday" in a mail of March 4 is March 12, whenever the reply is read.
    """
    texts = [(earlier, ref)] if isinstance(earlier, str) else earlier
    named: list[date] = []
    for text, written in texts:
        # a quote header's "Sent: Tuesday 14 April 2026 11:48" is when mail was written
        lines = text.splitlines()
        proposed = "\n".join(ln for i, ln in enumerate(lines) if not _is_header_date(lines, i))
        named += [
            d.day
            for d in find_dates(proposed, written.date())
            # a bare weekday counts when the quote puts it in another week ("next week? - Tue")
            if (not d.weekday_only or d.day != start.date())
            and d.day.weekday() == start.weekday()
            and d.day > ref.date()
        ]
    return timedelta(days=(min(named) - start.date()).days) if named else timedelta(0)


def _schedule_end(text: str, mentions: list[TimeMention], first: TimeMention) -> datetime | None:
    """Last end of back-to-back rows after the first dated session (a schedule table).

    Each row must start where (or shortly after) the previous one ended, so a stray second
    time elsewhere in the mail does not stretch the interview; a break that closes the table
    ("12:00-13:00  Lunch at the site canteen") is no session of it.
    """
    assert first.end is not None
    last = first.end
    found = False
    ended = first.end
    for m in mentions:
        if m.pos <= first.pos or m.end is None:
            continue
        if m.has_date and m.start.date() != first.start.date():
            break
        start = datetime.combine(first.start.date(), m.start.timetz())
        gap = (start - last).total_seconds()
        if not -60 <= gap <= 3600:
            break
        last = datetime.combine(first.start.date(), m.end.timetz())
        if not _BREAK_ROW.search(_row(text, m)):
            ended, found = last, True
    return ended if found and ended > first.start else None


# "maybe Tue or Wed at 2pm ET?": two days offered for one time; "I'm open Wednesday at 1:30 or
# Thursday morning": a timed day or a day whose hours are not a clock time
_DAY_OR_DAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? or (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    # ("Tuesday or Wednesday morning, 8:30am": the clock after a comma)
    r"[^.?!\n]{0,20}(?:\b(?:at|around|about|from)\s*|@\s*|,\s*)\d|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? (?:at|@) ?\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:[ap]\.?m\.?)?,? or (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    # "Would Tuesday 10/20 or Wednesday 10/21 work? I'm open 9 to 12pm": the days asked about
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?(?: \d{1,2}/\d{1,2})? or "
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?: \d{1,2}/\d{1,2})? (?:work|suit)s?\b|"
    # a window of days to pick from: "Tenemos espacios entre el miércoles 11 y el viernes 13 de
    # noviembre", "any time between Wednesday 11 and Friday 13 November"
    r"\b(?:espacios|disponibilidad|horarios|slots|openings|availability|any time|anytime)\b"
    r"[^.?!\n]{0,20}\b(?:entre el|between)\s+(?:\w+\s+)?\d{1,2}(?:\s+de\s+\w+)?\s+(?:y el|and)\s+"
    r"(?:\w+\s+)?\d{1,2}\b|"
    # ... "■候補期間：12月9日（水）〜12月16日（水）の平日"
    r"\d{1,2}月\d{1,2}日(?:[（(][^）)\n]{1,3}[）)])?\s*[〜～~]\s*\d{1,2}月\d{1,2}日",
    re.I,
)


# "donderdag 19 maart om 10.00 uur, of vrijdag 20 maart om half drie?", "mardi 10 h ou
# mercredi 14 h": two days offered, joined by "or" in any language
_OR_WORD = re.compile(r"\b(?:or|of|ou|o|oder|lub|eller|tai|oppure|ou bien|\u03ae)\b", re.I)


def _two_days_offered(text: str, mentions: list[TimeMention]) -> bool:
    ordered = sorted(mentions, key=lambda m: m.pos)
    for a, b in itertools.pairwise(ordered):
        between = text[a.pos : b.pos]
        if (
            a.start.date() != b.start.date()
            and len(between) <= 90
            # (a German date's dot is no sentence end: "Mittwoch, 8. April, um 10.00 Uhr oder";
            # nor the Nordic "kl." before a time: "tisdag 3/3 kl. 09.00 eller onsdag 4/3 kl. 15.30")
            and not re.search(r"(?<!\d)(?<!\bkl)(?<!\bca)[.!?]\s|\n\s*\n", between)
            and _OR_WORD.search(between)
        ):
            return True
    return False


def _names_owner(text: str, pos: int, owner_words: frozenset[str]) -> bool:
    """The line at ``pos`` names the owner by two of their name parts."""
    if not owner_words:
        return False
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = set(re.findall(r"[a-z]+", text[start : None if end == -1 else end].lower()))
    return len(words & owner_words) >= 2


def _itinerary_span(sessions: list[TimeMention]) -> tuple[datetime, datetime | None]:
    """First start to last end of back-to-back sessions of one day; a session hours after the
    previous one ends (another meeting named further down) is not part of the loop."""
    rows = sorted(sessions, key=lambda m: m.start)
    start, end = rows[0].start, rows[0].end
    for m in rows[1:]:
        if end is not None and m.start - end > timedelta(minutes=90):
            break
        end = max(end, m.end) if end is not None and m.end is not None else (m.end or end)
    return start, end


def _table_row_of(text: str, every: list[TimeMention], first: TimeMention) -> TimeMention:
    """The row of a timetable further down that opens at ``first``'s time, on its day ("you'll
    meet Priya at half past ten", then "10:30 - 11:15 | Priya | ..."); else ``first``."""
    if starts_line(text, first.pos):
        return first
    for m in every:
        if m.pos > first.pos and starts_line(text, m.pos) and m.start.time() == first.start.time():
            day = first.start.date()
            end = datetime.combine(day, m.end.timetz()) if m.end else None
            return replace(m, start=datetime.combine(day, m.start.timetz()), end=end)
    return first


def _timetable_end(text: str, mentions: list[TimeMention], first: TimeMention) -> datetime | None:
    """End of a day's timetable that opens with ``first``: three or more lines that each start
    with a later clock time ("09:30 Kickoff", "10:00-13:00 Pairing", "17:00 Closing talk (ca.
    30 Min.)"). The day ends with the last row: its own end, or its start plus the length
    written on its line."""
    if not starts_line(text, first.pos):
        return None
    day, rows = first.start.date(), [first]
    for m in mentions:
        if m.pos <= rows[-1].pos or m.pos - first.pos > 1500:
            continue
        if not starts_line(text, m.pos) or (m.has_date and m.start.date() != day):
            continue
        prev = rows[-1].end or rows[-1].start
        gap = datetime.combine(day, m.start.time()) - datetime.combine(day, prev.time())
        if m.start.timetz() <= rows[-1].start.timetz() or gap > timedelta(minutes=90):
            break  # not later, or hours later: not the next row of the same day
        rows.append(m)
    while len(rows) > 1 and _BREAK_ROW.search(_row(text, rows[-1])):
        rows.pop()  # "12:00-13:00  Lunch at the site canteen" closes the table, not the day
    last = rows[-1]
    line_end = text.find("\n", last.pos)
    line = text[last.pos : None if line_end == -1 else line_end]
    length = duration_in(line)
    # two rows make a timetable only when the last one says how long it lasts
    if len(rows) < 2 or (len(rows) == 2 and last.end is None and length is None):
        return None
    if last.end is not None:
        return datetime.combine(day, last.end.timetz())
    if length:
        return datetime.combine(day, last.start.timetz()) + length
    # "16:30  Close": the day ends when its closing row starts
    return datetime.combine(day, last.start.timetz()) if _CLOSING_ROW.search(line) else None


_CLOSING_ROW = re.compile(
    r"\b(?:close|closing|end of (?:the )?day|day ends|finish|departures?)\b", re.I
)


def _end_from_words(
    text: str, mentions: list[TimeMention], first: TimeMention, words: re.Pattern[str] | None = None
) -> datetime | None:
    """The end the text says in words ("wraps up around 3 PM"); ``words`` narrows the words."""
    words = words or _END_WORDS
    for m in mentions:
        before = text[max(0, m.pos - 30) : m.pos]
        if m is first:
            continue
        # (or a schedule row the end labels: "- 10h30: fin aproximado y retorno a la oficina")
        labelled = _END_ROW.match(text, m.pos) is not None and starts_line(text, m.pos)
        if not labelled and (not words.search(before) or _FREE_UNTIL.search(before)):
            continue
        # an undated "wraps up around 3 PM" belongs to the day already named
        end = m.start if m.has_date else datetime.combine(first.start.date(), m.start.timetz())
        if end > first.start and end.date() == first.start.date():
            return end
    return None


def _with_duration(text: str, start: datetime) -> datetime | None:
    d = duration_in(text)
    return start + d if d else None


def _fuller_text(msg: Message) -> str:
    """The plain part, or the HTML part as text when only the HTML carries the details.

    ATS schedules often keep the itinerary in an HTML table and send a stub plain part
    ("see the HTML version"): then the HTML, flattened by the mime module, is the body.
    """
    if not msg.html or "<t" not in msg.html.lower():
        return msg.text
    rich = html_to_text(msg.html)
    if len(rich) > 1.5 * len(msg.text) and find_times(rich, msg.date or datetime.now(UTC), UTC):
        return rich
    return msg.text


_HOST_NOTICE = "booking notice to a host"


def _add_direction(text: str, msg: Message | None, owner: Owner, reasons: list[str]) -> float:
    """Add the booking direction to ``reasons``; return the score change. A booking tool's "A
    new event has been scheduled" is a notice to the host, unless the owner is the invitee."""
    change = 0.0
    found = _direction(text, msg, owner)
    for why, weight in found:
        change += weight
        reasons.append(f"{why} ({weight:+g})")
    if any(why.startswith("owner booked as the invitee") for why, _ in found):
        for r in [r for r in reasons if r.startswith(_HOST_NOTICE)]:
            reasons.remove(r)
            change -= classify.reason_weight(r)
    return change


def _direction(text: str, msg: Message | None, owner: Owner) -> list[tuple[str, float]]:
    """Booking direction ("Host:" / "Invitee:") judged against the owner's names."""
    names = [owner.name]
    if msg is not None:
        names += [p.name for p in msg.to + msg.cc if p.email in owner.emails]
    found = classify.booking_direction(
        text, owner.emails, classify.owner_tokens(owner.emails, names)
    )
    if msg is None or msg.sender is None or msg.sender.email in owner.emails:
        return found
    if classify.writers_own_interview(text):
        # a friend's "I have an interview that afternoon, wish me luck" is not the owner's
        found.append(("the writer's own interview, not the owner's", -8.0))
    if classify.books_their_interview(owner_quote(msg.text, owner.emails)):
        # a candidate's "Confirmed, see you Tuesday" to the owner's work mail that booked it
        found.append(("the owner's quoted mail books the writer's interview", -8.0))
    return found


NO_CONTEXT = -4.0  # cancels the interview word: what is left must carry the item on its own


def _context_penalty(text: str, reasons: list[str], in_hiring_thread: bool = False) -> float:
    """Penalty (appended to ``reasons``) for "interview" with no hiring context around it."""
    if not classify.lacks_hiring_context(text, reasons, in_hiring_thread):
        return 0.0
    reasons.append(f"interview word without hiring context ({NO_CONTEXT:+g})")
    return NO_CONTEXT


def _topic_cap(score: float, reasons: list[str]) -> float:
    """Hold an item that never says it is about a job or a conversation below acceptance.

    A company's confirmed invite ("Your appointment is confirmed") scores on structure alone;
    without one word of an interview, a role or a call it may only be accepted through a
    hiring conversation it belongs to (the thread and company passes in lifecycle).
    """
    if score < classify.ACCEPT or classify.has_topic(reasons):
        return score
    reasons.append("nothing says job, interview or call (held below acceptance)")
    return classify.ACCEPT - 0.5


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|r|odp|antw|ynt|vs)\s*:", re.I)


def _quotes_as_content(msg: Message, raw: str) -> bool:
    """``raw`` quotes text (">" lines) though the mail answers nothing: no In-Reply-To, no
    "Re:", no "On ... wrote:" line. A notification's quote of someone's message is its news."""
    return (
        msg.in_reply_to is None
        and not _REPLY_SUBJECT.match(msg.subject)
        and not is_forward(msg.subject)
        and any(ln.lstrip().startswith(">") for ln in raw.splitlines())
        and not has_quote_start(raw)
    )


_SUBMISSION = 2.0
# The owner's note on a forward to their other address: "said yes on the phone", "confirmed
# for Monday", "booked in"
_AGREED_NOTE = re.compile(
    r"\b(?:said yes|(?:I(?:'ve| have)? )?(?:confirmed|accepted|agreed)|booked (?:it |me )?in|"
    r"locked (?:it )?in)\b",
    re.I,
)
_AGREED = 2.0


# The line a mail client writes above the mail it forwards
_FORWARD_LINE = re.compile(
    r"(?im)^[ \t]*(?:-{3,}[ \t]*(?:forwarded message|original message|mensaje reenviado|"
    r"message transf[ée]r[ée]|weitergeleitete nachricht|mensagem encaminhada)[^\n]*|"
    r"begin forwarded message:)[ \t]*$|"
    # Outlook's rule above the carried mail's header block ("____\nFrom: Monica Sheffield")
    r"^[ \t]*_{10,}[ \t]*\n(?=[ \t]*(?:from|von|de|van|da|fra|fr\u00e5n)[ \t]*:)"
)


def _forward_parts(text: str) -> tuple[str, str]:
    """``(note, forwarded)``: a forward's own note and the mail it carries (``""`` for none)."""
    m = _FORWARD_LINE.search(text)
    return (text[: m.start()], text[m.end() :]) if m else ("", "")


_FORWARDED_TO = re.compile(r"(?im)^[ \t>]*to:[ \t]*([^\n]*)")


def _self_forward(msg: Message, forwarded: str, owner: Owner) -> bool:
    """``msg`` forwards to the owner mail the company wrote to the forwarder: the owner's other
    address ("fwd to myself so it's in the job folder")."""
    if msg.sender is None:
        return False
    if msg.sender.email in owner.emails:
        return True
    to = _FORWARDED_TO.search(forwarded[:1500])
    return to is not None and msg.sender.email in to.group(1).lower()


def _carried_time(
    msg: Message,
    owner: Owner,
    body: str,
    quoted: str,
    noted: datetime,
    ref: datetime,
    tz: tzinfo,
) -> TextTime | None:
    """The time of the mail the owner forwarded to themselves (from their other address), where
    the note above it gave ``noted``, the same day on the owner's own clock ("10:00 our time on
    the 10th!" above "Tuesday, November 10 at 11:00 AM Eastern"): the forwarded mail names its
    zone."""
    if msg.sender is None or msg.sender.email not in owner.emails:
        return None
    note, carried = _forward_parts(body)
    if not carried:
        note, carried = body, quoted  # (the carried mail was cut off as a quote)
    if not carried or not note.strip():
        return None
    zoned = text_when(carried, ref, tz)
    if (
        zoned.start is None
        or zoned.proposal
        or zoned.start.date() != noted.date()
        or text_when(note, ref, tz).start != noted
    ):
        return None
    return zoned


_PANEL_NAMED = re.compile(r"(?i)\b(?:panel(?:ists?)?|interviewers?|with)\s*:[^)|\n]*")


def _names_candidate_for_job(subject: str, owner: Owner) -> bool:
    """The subject pairs the owner's full name with a job title ("Svenja Rautenberg – Staff
    Product Designer"), as an agency writes when it puts a candidate forward."""
    words = owner.name.split()
    if len(words) < 2:
        return False
    # (not as one who sits on the panel: "Interview: BA Intern - Rahul Deshpande (Panel:
    # Ananya Iyer)", "(Interviewer: ...)")
    subject = _PANEL_NAMED.sub(" ", subject)
    # (or by initial and surname: "Zoom: T. Okoro / O. Brandvold (Research Associate, ...)")
    for name in (owner.name, f"{words[0][0]}. {words[-1]}"):
        at = subject.lower().find(name.lower())
        if at >= 0:
            rest = f"{subject[:at]} | {subject[at + len(name) :]}"
            return role_from_segments(rest, None) is not None
    return False


def _put_forward(subjects: Sequence[str], owner: Owner, reasons: list[str]) -> float:
    """The score a subject pairing the owner's name with a job adds (noted in ``reasons``)."""
    if not any(_names_candidate_for_job(s, owner) for s in subjects):
        return 0.0
    reasons.append(f"the owner put forward for a job in the subject ({_SUBMISSION:+g})")
    return _SUBMISSION


# (and the CJK hour: "午後2時", "오후 2시", "下午2点")
_CLOCK_WRITTEN = re.compile(
    r"\d[:.h]\d\d|\d\s?[ap]\.?m\b|\bklo \d|\bkl\. ?\d|\d\s?[時时시点點]", re.I
)


def signature_zones(msg: Message) -> list[tzinfo]:
    """For a Date stamped in UTC (Proton Mail, Outlook, some webmail), where the writer is: the
    zones their own last lines name ("4020 N. Lincoln Ave, Chicago, IL") or the country of the
    number they sign with ("+358 40 555 0192"); else the one-zone language it is written in
    (Finnish); else the one place the whole mail names (an Outlook forward whose quoted mail is
    signed "35 E. Wacker Drive, Chicago, IL")."""
    if msg.date is None or msg.date.utcoffset():
        return []
    # (a vendor footer's head office is not the writer's: "© 2026 Indeed - ... Austin, TX")
    tail = _COPYRIGHT_LINE.sub("", new_text(msg.text)).rstrip()[-400:]
    # (a text message relayed to mail is sent by its number: "(419) 555-0148" <...@txt.voice...>)
    signed = f"{tail}\n{msg.sender.name if msg.sender else ''}"
    own = zone_words(tail) or list(
        dict.fromkeys(phone_zones(signed) + north_american_zones(signed))
    )
    if own or not _CLOCK_WRITTEN.search(msg.text):
        return own  # (a mail that writes no clock time needs no zone: skip the work)
    # (the one-zone language a mail is written in says where its writer is; a place it names
    # may be someone else's: "a video call with the client's Support Lead in Melbourne",
    # written from Manila in Taglish)
    spoken = set(language_zones(msg.text))
    if len(spoken) == 1:
        return list(spoken)
    named = set(zone_words(msg.text))
    return list(named) if len(named) == 1 else []


def observe_message(
    msg: Message,
    order: int,
    owner: Owner,
    now: datetime | None = None,
    in_hiring_thread: bool = False,
    root: str | None = None,
    home: Sequence[tzinfo] | None = None,
) -> list[Obs]:
    """Observations for one message: one per invite it carries, else one for its text.

    ``home``: for a Date stamped in UTC, the zones the writer's signature names (here or in
    earlier mail); ``None`` to read them from this message alone.

    Relative dates ("tomorrow at 2") resolve against the message's Date, else ``now``.
    ``in_hiring_thread``: an earlier mail of this conversation was about hiring, which gives
    a short reply ("confirming the interview on Thursday") its hiring context. ``root``
    overrides the conversation key (a reply chain without References, joined by the caller).
    """
    raw = without_disclaimers(_fuller_text(msg)[:20_000])  # bound the work on huge bodies
    # a forward's substance is the mail it carries ("Forwarding to my main inbox"), whichever
    # separator the client wrote ("----- Original message -----", "-----Message d'origine-----")
    body, extra = _split_quote_header(new_text(raw))
    if _quotes_as_content(msg, raw):
        # a job board's "Desert Bloom Market sent you a message" quotes the employer's words
        # in a blockquote: that quote is the message, not earlier mail
        body, extra = "\n".join(ln.lstrip().lstrip("> ") for ln in raw.splitlines()), ""
    # ("Interview is at 12 our time" above the forward names no day: the forward still counts)
    # (the forwarded mail's own "Date: Mon, Mar 9, 2026 at 3:22 PM" header names no slot)
    unheaded = "\n".join(ln for ln in body.splitlines() if not _MAIL_DATE_LABEL.match(ln))
    # (nor does the note's "has you on the 7:05 pm flight Monday": a trip, not the interview)
    if is_forward(msg.subject) and not any(
        m.has_date and not _TRAVEL_ROW.search(_row(unheaded, m))
        for m in find_times(unheaded, msg.date or datetime.now(UTC), UTC)
    ):
        body, extra = "\n".join(ln.lstrip("> ") for ln in raw.splitlines()), ""
    quoted = "\n".join(q for q in (quoted_text(raw), extra) if q)
    text = f"{msg.subject}\n{body}"
    if quoted and is_forward(msg.subject):
        # the mail a forward carries says who wrote it and for which firm ("From: Mateo Ruiz
        # <mruiz@houtexelectric...>" under "Tavon - you're at 9:40 AM Thursday")
        text = f"{text}\n{quoted}"
    from_owner = bool(msg.sender and msg.sender.email in owner.emails) or "SENT" in msg.labels
    if from_owner and msg.to and (is_forward(msg.subject) or chat_message_starts(body)):
        # the owner forwarding a company's mail to their own other address ("saving to my
        # personal email"), or mailing herself an exported chat ("Chat de WhatsApp con
        # Mariana"): its substance is the company's, not the owner's
        from_owner = not all(p.email in owner.emails for p in (*msg.to, *msg.cc))
    ref = msg.date or now or datetime.now(UTC)
    # the sender's Date offset names their zone; keep its daylight-saving rules, so a time
    # written in March for a day after the clocks change gets the summer offset
    known = owner_tz(owner) if owner.timezone not in {"", "UTC"} else None  # UTC: not set
    # (a zone the conversation names wins among those with the Date's offset)
    # (not a vendor footer's head office: "© 2026 Indeed - ... Austin, TX 78750")
    named = named_zones(_COPYRIGHT_LINE.sub("", f"{body}\n{quoted}"))
    home = signature_zones(msg) if home is None else home
    tz = sender_zone(msg.date, known, named, home) if msg.date else owner_tz(owner)
    root = root or thread_root(msg)
    out: list[Obs] = []
    for ev in msg.invites:
        full = f"{text}\n{ev.summary}\n{ev.description}"
        out.append(_invite_obs(ev, order, msg, full, ref, tz, root, owner, in_hiring_thread))
    if not out:
        # a forward's substance is the mail it carries, even when the note above it names the
        # time ("see below from Nikau ... 2pm Wednesday"): its words count in full
        forwarded = bool(extra) and is_forward(msg.subject) and not from_owner
        sc, reasons = (
            classify.score(f"{text}\n{extra}", quoted_text(raw))
            if forwarded
            else classify.score(text, quoted)
        )
        sc += _add_direction(text, msg, owner, reasons)
        note, carried = _forward_parts(raw) if is_forward(msg.subject) else ("", "")
        if carried and _AGREED_NOTE.search(note) and _self_forward(msg, carried, owner):
            # the owner's own note above a forward to themselves: "said yes on the phone"
            sc += _AGREED
            reasons.append(f"the owner's note says they agreed to it ({_AGREED:+g})")
        if not from_owner:
            # an agency's submission: "Fwd: Re: Svenja Rautenberg – Staff Product Designer"
            sc += _put_forward((msg.subject,), owner, reasons)
        for why, weight in classify.structure(owner.emails, None, (), msg.sender):
            sc += weight
            reasons.append(f"{why} ({weight:+g})")
        sc += _context_penalty(f"{text}\n{quoted}", reasons, in_hiring_thread)
        sc = _topic_cap(sc, reasons)
        ob = Obs(
            msg.source_id,
            order,
            msg,
            None,
            text,
            sc,
            reasons,
            from_owner=from_owner,
            thread_root=root,
            date=msg.date,
        )
        ob.cancelled = classify.is_cancel(body)
        # (the subject says it too: "Tuesday's interview - small time change?")
        ob.reschedule = classify.is_reschedule(f"{msg.subject}\n{body}")
        ob.shift_by = None if from_owner else relative_move(body)
        if from_owner:
            said = text_when(body, ref, tz, quoted)
            ob.said_time = None if said.proposal or _OWN_ARRIVAL.search(body) else said.start
            ob.said_weekday_only = said.weekday_only
            ob.said_days = frozenset(d.day for d in find_dates(body, ref.astimezone(tz).date()))
        else:
            ob.start, ob.end, ob.time_why, ob.proposal, ob.weekday_only = text_when(
                body, ref, tz, quoted, classify.owner_tokens(owner.emails, [owner.name]), known
            )
            if ob.start is None and ob.reschedule and _SAME_TIME.search(body):
                days = [
                    d for d in find_dates(body, ref.astimezone(tz).date()) if d.day >= ref.date()
                ]
                move = classify.RESCHEDULE.search(body)
                after = [d for d in days if move and d.pos >= move.start()]
                pick = after[0] if after else (days[-1] if days else None)
                if pick:
                    ob.same_time_day = datetime.combine(pick.day, datetime.min.time(), tz)
            if ob.start is None and ob.reschedule and not find_dates(body, ref.date()):
                clocks = [m for m in find_times(body, ref, tz) if not m.not_a_meeting]
                if len(clocks) == 1:
                    ob.new_clock = clocks[0].start
            if ob.proposal and is_forward(msg.subject):
                # the forwarder's own note books one of the slots the forwarded mail offers:
                # "You're set with him for Friday 6/5 at 2pm ET" above "Friday at 2 ... or
                # Monday at 11"
                note, carried = _forward_parts(body)
                if carried:
                    said = text_when(note, ref, tz)
                    if said.start is not None and not said.proposal:
                        ob.start, ob.end, ob.time_why, ob.proposal, ob.weekday_only = said
            if ob.start is not None and is_forward(msg.subject):
                zoned = _carried_time(msg, owner, body, quoted, ob.start, ref, tz)
                if zoned is not None:
                    ob.start, ob.end, ob.time_why, ob.proposal, ob.weekday_only = zoned
            if ob.start is None and not ob.proposal and quoted:
                picked = picked_option(body, quoted, ref, tz)
                if picked is not None:
                    ob.start, ob.end = picked.start, picked.end
                    ob.time_why = f"the option it picks: {picked.text.strip()!r}"
            if (
                ob.start is not None
                and any(r.startswith("assessment (") for r in ob.reasons)
                and _test_is_another_row(body, ob.start, ref, tz)
            ):
                # "1) Ikizamini cya coding – saa tatu ... 2) Ikiganiro cy'akazi – saa munani":
                # the test the negative is about is a row of its own; the time is the interview's
                ob.score, ob.reasons = _without_test_negative(ob.score, ob.reasons)
        if ob.cancelled and not ob.reschedule and ob.start is not None:
            day_named = _cancelled_day(body, ref.astimezone(tz).date())
            if day_named is not None and day_named != ob.start.date():
                # "I have to cancel tomorrow's interview. Eskom has announced Stage 6 from
                # 16:00 today": the time is the power cut's; the interview is tomorrow's, the
                # one already announced
                ob.start = ob.end = None
        out.append(ob)
        if not from_owner and ob.start is not None and not ob.proposal and not ob.cancelled:
            out += _later_steps(ob, body, ref, tz)
    return out


_DAYS_INTERVIEW = re.compile(
    r"\b(tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s "
    r"(?:interview|call|meeting|chat|session)\b",
    re.I,
)


def _cancelled_day(body: str, today: date) -> date | None:
    """The day a cancellation names by its interview: "tomorrow's interview", "Friday's call"."""
    m = _DAYS_INTERVIEW.search(body)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in {"today", "tonight"}:
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    wd = weekday_number(word)
    return None if wd is None else today + timedelta(days=(wd - today.weekday()) % 7)


def _later_steps(ob: Obs, body: str, ref: datetime, tz: tzinfo) -> list[Obs]:
    """The further interviews a mail announces in a list, each on its own day: "1) Technical
    interview - Tuesday 17 March, 11:00-12:30 ... 2) Final conversation with our CTO - Friday
    20 March, 16:30-17:00". The first is ``ob``; each later one becomes an observation of its
    own (a conversation of its own, so that no step reads as a move of another)."""
    assert ob.start is not None
    steps: list[Obs] = []
    seen = {ob.start.date()}
    items = list(_LIST_ITEM.finditer(body))
    # "The next step is two conversations: 1) Monday ... - Farah Siddiqui 2) Wednesday ... -
    # Wendell Ambrose": the lead-in names every item a step
    counted = bool(items) and bool(
        _STEPS_AHEAD.search(body, max(0, items[0].start() - 300), items[0].start())
    )
    for n, item in enumerate(items, start=1):
        line = item.group("rest")
        when = text_when(line, ref, tz)
        if when.start is None or when.proposal or when.weekday_only or when.start < ref:
            continue
        if when.start.date() in seen or not (counted or classify.names_a_step(line)):
            continue
        seen.add(when.start.date())
        step = replace(ob, start=when.start, end=when.end, time_why=f"step {n}: {when.why}")
        step.thread_root = f"{ob.thread_root}#step{n}"
        step.text = f"{ob.msg.subject if ob.msg else ''}\n{line}"
        step.reasons = [*ob.reasons]
        step.evidence = []
        _score_step_alone(step, ob)
        steps.append(step)
    return steps


_STEPS_AHEAD = re.compile(
    r"\b(?:two|three|four|2|3|4) (?:separate |more |further |short )?"
    r"(?:conversations|interviews|meetings|calls|rounds|sessions|steps)\b\s*:",
    re.I,
)


# Negatives that belong to one step of a list, not to the mail: "1) Modeling test ... 2) Second
# round is locked for Tuesday" is a test, then an interview.
_STEP_NEGATIVES = ("assessment (", "interview only after a test (")


def _test_is_another_row(body: str, start: datetime, ref: datetime, tz: tzinfo) -> bool:
    """The rows at ``start``'s clock time name an interview, and a row at another time names a
    test (the rows of a day's plan carry no date of their own)."""
    clock = start.astimezone(tz).time()
    rows = find_times(body, ref, tz)
    at = [m for m in rows if m.start.astimezone(tz).time() == clock]
    return (
        bool(at)
        and all(_row_is_interview(body, m) and not _row_is_test(body, m) for m in at)
        and any(m.start.astimezone(tz).time() != clock and _row_is_test(body, m) for m in rows)
    )


def _without_test_negative(score: float, reasons: list[str]) -> tuple[float, list[str]]:
    """``score`` and ``reasons`` without the "assessment" negative."""
    dropped = [r for r in reasons if r.startswith("assessment (")]
    return (
        score - sum(classify.reason_weight(r) for r in dropped),
        [r for r in reasons if r not in dropped],
    )


def _score_step_alone(step: Obs, mail: Obs) -> None:
    """Score ``step`` by its own line when the mail's only negatives are another step's (the
    test the list opens with); the mail's hiring context still counts."""
    negatives = [r for r in mail.reasons if "(-" in r]
    if not negatives or not all(r.startswith(_STEP_NEGATIVES) for r in negatives):
        return
    score, reasons = classify.score(step.text)
    if any(r.startswith("hiring process") for r in mail.reasons) and not any(
        r.startswith("hiring process") for r in reasons
    ):
        score += _MAIL_CONTEXT
        reasons.append(f"hiring process in the rest of the mail ({_MAIL_CONTEXT:+g})")
    step.score, step.reasons = score, reasons


_MAIL_CONTEXT = 2.0


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "fifth": 5, "5th": 5, "last": -1}
# "Let's do the second option!", "we'll go with option 2", "the first slot works best"
_PICK = re.compile(
    r"\b(?:(?:let'?s|let us) (?:do|go with|book|take|lock in)|"
    r"(?:we|I)(?:'ll| will) (?:take|go with|book|lock in)|(?:go|going) with)\s+(?:the\s+)?"
    r"(?:(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:option|one|slot|"
    r"time|choice)|option\s*#?\s*(?P<num>[1-5]))\b"
    r"|\b(?:the\s+)?(?P<nth2>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    r"(?:option|one|slot|time|choice)\s+(?:works|suits|is (?:best|perfect|great|ideal))",
    re.I,
)
# a line of a list of slots: "1. Monday 3/9 ...", "- Tue 3/10 at 10:30", "Option 2: ..."
_LIST_ITEM = re.compile(
    r"^[ \t>]*(?:\d[.)]|[-*\u2022]|option\s*\d:?)[ \t]+(?P<rest>.+)$", re.I | re.M
)


def picked_option(body: str, quoted: str, ref: datetime, tz: tzinfo) -> TimeMention | None:
    """The slot a reply picks by its place in the quoted list of offered slots ("Let's do the
    second option!" under the candidate's "1. Monday 3/9 ... 2. Tuesday 3/10 at 10:30 am")."""
    pick = _PICK.search(body)
    if pick is None:
        return None
    word = pick.group("nth") or pick.group("nth2")
    nth = _ORDINALS[word.lower()] if word else int(pick.group("num"))
    items = [m.group("rest") for m in _LIST_ITEM.finditer(quoted)]
    slots = [[t for t in find_times(i, ref, tz) if t.has_date] for i in items]
    slots = [found for found in slots if found]
    if not slots or nth > len(slots):
        return None
    chosen = slots[nth - 1] if nth > 0 else slots[-1]
    return chosen[0] if len(chosen) == 1 else None


_RELATIVE_MOVE = re.compile(
    r"\b(?:start|push|move|begin|shift|bump|slide)\w*\s+"
    r"(?:it\s+|things\s+|us\s+|(?:the|our|your)\s+\w+\s+)?"
    r"(?P<back>back\s+)?(?:by\s+)?(?P<n>\d{1,3}|an?|half an?)\s*(?P<unit>min(?:ute)?s?|hours?|hrs?)"
    r"(?:\s+(?P<way>later|earlier|back))?\b",
    re.I,
)


def relative_move(text: str) -> timedelta | None:
    """ "could we start 30 min later?", "push it back an hour": how far the writer moves it."""
    # ("Could we push our interview by half an hour": to push is to make it later)
    m = next(
        (
            m
            for m in _RELATIVE_MOVE.finditer(text)
            if m.group("back")
            or m.group("way")
            or re.match(r"push\w*\s.*\bby\s", m.group(0), re.I | re.S)
        ),
        None,
    )
    if m is None:
        return None
    count = m.group("n").lower()
    amount = 1.0 if count in {"a", "an"} else 0.5 if count.startswith("half") else float(count)
    unit = timedelta(minutes=1) if m.group("unit").lower().startswith("min") else timedelta(hours=1)
    return amount * unit * (-1 if (m.group("way") or "").lower() == "earlier" else 1)


def observe_event(
    ev: CalendarEvent, order: int, owner: Owner | None = None, now: datetime | None = None
) -> Obs:
    """Observation for a standalone ``.ics`` event or a Calendar API event."""
    text = f"{ev.summary}\n{ev.description}"
    ref = ev.dtstamp or ev.start or now or datetime.now(UTC)
    tz = ev.start.tzinfo if ev.start and ev.start.tzinfo else UTC
    return _invite_obs(ev, order, None, text, ref, tz, None, owner)


def _invite_obs(
    ev: CalendarEvent,
    order: int,
    msg: Message | None,
    text: str,
    ref: datetime,
    tz: tzinfo,
    root: str | None,
    owner: Owner | None = None,
    in_hiring_thread: bool = False,
) -> Obs:
    text = without_disclaimers(text)  # an Exchange invite's description repeats the footer
    sc, reasons = classify.score(text)
    if owner is not None:
        sc += _add_direction(text, msg, owner, reasons)
        people = [a.person for a in ev.attendees if not a.is_resource]
        for why, weight in classify.structure(
            owner.emails, ev.organizer, people, msg.sender if msg else None, ev.summary
        ):
            if (
                weight < 0
                and why.startswith("organized by a colleague")
                and (classify.INTERNAL_MOVE.search(text))
            ):
                # an internal transfer: colleagues interviewing the owner for another role
                reasons.append("internal candidate: a colleague's invite is an interview (+0)")
                continue
            sc += weight
            reasons.append(f"{why} ({weight:+g})")
        panel_words = [r for r in reasons if r.startswith("user is the interviewer (")]
        # one invite to the candidate and the panel ("Panel interview: Zanele Pietersen – Senior
        # Data Analyst", "Scorecards are in the shared folder"): the title names the owner as
        # the one interviewed (not "Interview: Jordan Pell - EA (Interviewer: <owner>)")
        if (
            panel_words
            and _names_candidate_for_job(ev.summary, owner)
            and not re.search(r"\binterviewer", ev.summary, re.I)
        ):
            for r in panel_words:
                sc -= classify.reason_weight(r)
                reasons.remove(r)
            reasons.append("the title names the owner as the candidate (+0)")
        if not (ev.organizer and ev.organizer.email in owner.emails) and not any(
            classify.reason_weight(r) <= -5 for r in reasons
        ):
            # "Dale Kowalczyk / Alicia - DC Shift Supervisor (3rd shift)": the candidate and
            # the job in an invite's title (not "Offer discussion - X - Senior Analyst", nor a
            # colleague's "Interview: Tomasz Wójcik - QA Engineer (Interviewer: <owner>)")
            sc += _put_forward((ev.summary, msg.subject if msg else ""), owner, reasons)
    if (
        msg is not None
        and _TEST_TITLE_WORD.search(ev.summary)
        and not _names_interview(ev.summary)
        and not _TALK_ABOUT_TEST.search(ev.summary)
        and any(_names_interview(other.summary) for other in msg.invites if other is not ev)
    ):
        # one calendar file with two events: "Accounting Test – Assistant Manager (Accounts)"
        # at 9:00, "Interview – Assistant Manager (Accounts)" at 10:30; the mail around them
        # names the interview, the test's own title does not
        sc += _TEST_TITLE
        reasons.append(f"the invite's title names a test ({_TEST_TITLE:+g})")
    sc += _context_penalty(text, reasons, in_hiring_thread)
    if ev.start is not None and ev.end is not None and ev.end - ev.start > _LONGEST_INTERVIEW:
        # a stay of weeks (a reserve-duty stint, a course, a trip) is no interview, whatever
        # meetings its description lists
        sc -= 8
        reasons.append(f"lasts {(ev.end - ev.start).days} days (-8)")
    reasons.append("calendar invite (+1)")
    sc = _topic_cap(sc + 1.0, reasons)
    ob = Obs(
        ev.source_id,
        order,
        msg,
        ev,
        text,
        sc,
        reasons,
        thread_root=root,
        date=msg.date if msg else ev.dtstamp,
    )
    ob.cancelled = ev.method == "CANCEL" or ev.status == "CANCELLED"
    ob.start, ob.end, ob.time_why = ev.start, ev.end, f"invite {ev.source_id}"
    if ev.start is not None and (ev.all_day or ev.time_is_guess):
        # The invite's own time is unreliable (all-day hold, floating time): the text decides.
        body_tz = tz
        # an all-day "Interview day" whose description lists "09:30-10:15 ..." rows: the
        # rows carry no date of their own, the event's day is theirs
        # (a floating time's date is its wall-clock date too: "Time: 19:00-19:45 JST")
        day = f"{ev.start:%A, %d %B %Y}\n"
        start, end, why, *_ = text_when(day + text, ref, body_tz)
        if start is not None and ev.all_day and start.time() == time(0):
            # Outlook's own "When: Tuesday, June 16, 2026 12:00 AM-Wednesday, June 17, 2026
            # 12:00 AM" restates the hold, not a time of the day
            start = None
        if (
            start is not None
            and ev.time_is_guess
            and not ev.all_day
            and _arrives_before(start, ev.start, why)
        ):
            # "RDTA oral interview (arrive 8:30, bring ID)" on a floating 09:00: the arrival
            # the title notes, not the time of the meeting
            start = None
        if start is not None and (start.date() == ev.start.date() or ev.time_is_guess):
            ob.start, ob.end, ob.time_why = start, end, f"{why} (invite time was a guess)"
        elif ev.time_is_guess and not ev.all_day and ev.start is not None:
            # a floating time in the zone the description states for it ("All times on this
            # invite are Arizona time", "Time: 15:00-15:45 Mauritius time"), else the mail's
            zone = global_zone(text) or _zone_said_for(ev.start, text, ref, tz) or tz
            naive = ev.start.replace(tzinfo=None)
            ob.start = naive.replace(tzinfo=zone)
            ob.end = ev.end.replace(tzinfo=None).replace(tzinfo=zone) if ev.end else None
    elif msg is not None:
        ob.end = _day_end_after_first_session(ev, text, ref, tz) or ob.end
    return ob


def _zone_said_for(wall: datetime, text: str, ref: datetime, tz: tzinfo) -> tzinfo | None:
    """The zone ``text`` writes beside the clock ``wall`` shows (a floating invite's own time
    restated with its zone), when it writes one; ``None`` otherwise."""
    for m in find_times(text, ref, tz):
        if m.zone_explicit and m.start.time() == wall.time() and m.start.tzinfo is not None:
            return m.start.tzinfo
    return None


def _arrives_before(said: datetime, invite: datetime, why: str) -> bool:
    """``said`` is an arrival the text names shortly before the invite's own wall clock."""
    gap = datetime.combine(said.date(), invite.time()) - datetime.combine(said.date(), said.time())
    return timedelta(0) < gap <= timedelta(minutes=90) and bool(_ARRIVAL.search(why))


_COPYRIGHT_LINE = re.compile(r"(?im)^[ \t]*(?:©|\(c\)|copyright\b).*$")
_RANGE_LIKE = re.compile(r"\d(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?|uhr|h)?\s*[-–]\s*\d", re.I)


def _day_end_after_first_session(
    ev: CalendarEvent, text: str, ref: datetime, tz: tzinfo
) -> datetime | None:
    """The end of the day the mail around an invite lays out from the invite's start ("10:00 -
    11:00 Case-Präsentation ... 13:00 - 13:30 Abschlussgespräch"), when the invite holds only
    its first session; ``None`` when the text says nothing longer."""
    if ev.start is None or ev.end is None or len(_RANGE_LIKE.findall(text)) < 3:
        return None  # (cheap first: a timetable writes three ranges at least)
    start, end, *_ = text_when(text, ref, tz)
    day = ev.start.astimezone(tz).date()
    # (a timetable: three sessions or more that day, not one slot restated in two zones)
    sessions = {
        m.start
        for m in find_times(text, ref, tz)
        if m.end is not None and m.start.astimezone(tz).date() == day
    }
    if (
        start == ev.start
        and end is not None
        and ev.end < end <= ev.start + _LONGEST_SPAN
        and end.astimezone(tz).date() == day
        and len(sessions) >= 3
    ):
        return end.astimezone(ev.end.tzinfo)  # (written on the invite's clock)
    return None
