#!/usr/bin/env python3
"""Deterministic generator for the blind76 interview-detection set.

Theme: an international-school English teacher in Bangkok applying to schools in Dubai, Doha,
Singapore, Shanghai and Europe (recruitment fairs, agencies, Zoom/Teams interviews, sample lessons).
Rewrites every b76-* case folder and labels.yaml next to this file.  stdlib + PyYAML + zoneinfo only.
All people, schools, agencies and their domains are invented (.example).
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "rosalind.achterberg@mail.example"
OWNER_NAME = "Rosalind Achterberg"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"
UTC = timezone.utc
BKK = "Asia/Bangkok"


# ------------------------------------------------------------------ time helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def wall(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def at(dt, tz=None):
    return dt.astimezone(ZoneInfo(tz)) if tz else dt


def ap(dt, tz=None):
    """'4pm' / '4:30pm'"""
    d = at(dt, tz)
    h = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{h}{suf}" if d.minute == 0 else f"{h}:{d.minute:02d}{suf}"


def hm(dt, tz=None):
    d = at(dt, tz)
    return f"{d.hour:02d}:{d.minute:02d}"


def day(dt, tz=None):
    d = at(dt, tz)
    return f"{d:%A} {d.day} {d:%B}"


def sday(dt, tz=None):
    d = at(dt, tz)
    return f"{d:%a} {d.day} {d:%b}"


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ------------------------------------------------------------------ iCalendar helpers
def fold(line):
    out, cur, width = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > width:
            out.append(cur)
            cur, width = b" ", 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtimezone(tzid, iana, year=2026):
    """VTIMEZONE block whose offsets/transitions are all derived from zoneinfo."""
    zi = ZoneInfo(iana)
    t = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    prev = t.astimezone(zi).utcoffset()
    trans = []
    while t < end:
        t2 = t + timedelta(hours=1)
        off = t2.astimezone(zi).utcoffset()
        if off != prev:
            local_before = (t2 + prev).replace(tzinfo=None)  # wall clock in old offset
            trans.append((local_before, prev, off))
            prev = off
        t = t2

    def fmt(td):
        s = int(td.total_seconds())
        sign = "+" if s >= 0 else "-"
        s = abs(s)
        return f"{sign}{s // 3600:02d}{s % 3600 // 60:02d}"

    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not trans:
        off = datetime(year, 6, 1, tzinfo=UTC).astimezone(zi).utcoffset()
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{fmt(off)}",
                  f"TZOFFSETTO:{fmt(off)}", "END:STANDARD"]
    else:
        for local_before, frm, to in trans:
            kind = "DAYLIGHT" if to > frm else "STANDARD"
            import calendar
            mlen = calendar.monthrange(local_before.year, local_before.month)[1]
            nth = -1 if local_before.day + 7 > mlen else (local_before.day - 1) // 7 + 1
            wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local_before.weekday()]
            lines += [f"BEGIN:{kind}", f"DTSTART:1601{local_before:%m}01T{local_before:%H%M%S}",
                      f"TZOFFSETFROM:{fmt(frm)}", f"TZOFFSETTO:{fmt(to)}",
                      f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={nth}{wd};BYMONTH={local_before.month}",
                      f"END:{kind}"]
        lines.sort(key=lambda x: 0)  # keep generated order
    lines.append("END:VTIMEZONE")
    return lines


def attendee(email, name=None, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    cn = f";CN={name}" if name else f";CN={email}"
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}{cn}:mailto:{email}"


# ------------------------------------------------------------------ e-mail helper
def mail(frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None, extra=(),
         in_reply_to=None, references=None, text_cte=None, html_cte=None, sender=None,
         received_host=None, calendar=None, cal_method="REQUEST", cal_cte="base64",
         attach=None, attach_type=("application", "ics")):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received_host:
        m["Received"] = (f"from {received_host} by mx.mail.example with ESMTPS id {h(msgid, 12)} "
                         f"for <{OWNER}>; {format_datetime(date.astimezone(ZoneInfo(BKK)))}")
    m["Return-Path"] = f"<{(sender or frm).split('<')[-1].rstrip('>')}>"
    if sender:
        m["Sender"] = sender
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if calendar is not None:
        if m.get_content_type() != "multipart/alternative":
            m.make_alternative()
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8") if isinstance(data, str) else data,
                         maintype=attach_type[0], subtype=attach_type[1], filename=fname)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{'0' * 12}{h(msgid + str(i), 16)}")  # deterministic MIME boundaries
    return m.as_bytes(policy=policy.default)


def gmail_id(seed):
    return f"<CA{h(seed, 10)}+{h(seed + 'x', 22)}@mail.gmail.com>"


def outlook_id(seed, host="DB9PR02MB"):
    return f"<{host}{h(seed, 4).upper()}{h(seed + 'o', 28).upper()}@{host}{h(seed, 4).upper()}.eurprd02.prod.outlook.com>"


# ------------------------------------------------------------------ Google Calendar invite
def google_invite(organizer, org_name, guests, summary, start, end, tzlabel, tzname, description, sent,
                  seq=0, uid=None, method="REQUEST", status="CONFIRMED", prefix="Invitation"):
    uid = uid or f"{h(summary + iso(start), 26)}@google.com"
    meet = f"https://meet.google.com/{h(summary, 3)}-{h(summary + '1', 4)}-{h(summary + '2', 3)}"
    loc_s = at(start, tzname)
    loc_e = at(end, tzname)
    when = f"{loc_s:%A} {loc_s:%b} {loc_s.day}, {loc_s.year} \u22c5 {ap(loc_s)} \u2013 {ap(loc_e)}"
    subj_when = f"{loc_s:%a} {loc_s:%b} {loc_s.day}, {loc_s.year} {ap(loc_s)} - {ap(loc_e)} ({tzlabel})"
    subject = f"{prefix}: {summary} @ {subj_when} ({OWNER})"
    guest_txt = "\n".join(f"{n}{' - organizer' if e == organizer else ''}\n{e}" for e, n in guests)
    text = (f"{summary}\n{when}\n{tzname.split('/')[-1].replace('_', ' ')} time\n\n"
            f"Join with Google Meet\n{meet}\n\nOrganizer\n{org_name}\n{organizer}\n\nGuests\n{guest_txt}\n\n"
            f"{description}\n\nReply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={h(uid, 40)}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            f"<p><b>{summary}</b><br>{when}<br>{tzname.split('/')[-1].replace('_', ' ')} time</p>"
            f"<p>Join with Google Meet<br><a href=\"{meet}\">{meet}</a></p>"
            f"<p>Organizer<br>{org_name}<br>{organizer}</p><p>Guests<br>"
            + "<br>".join(f"{n}{' - organizer' if e == organizer else ''}<br>{e}" for e, n in guests)
            + f"</p><p>{description.replace(chr(10), '<br>')}</p>"
            "<p>Invitation from Google Calendar</p></div></body></html>")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
             f"ORGANIZER;CN={org_name}:mailto:{organizer}", f"UID:{uid}"]
    for e, n in guests:
        lines.append(attendee(e, n if e != OWNER else None, "ACCEPTED" if e == organizer else "NEEDS-ACTION"))
    lines += [f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{zstamp(sent)}",
              f"DESCRIPTION:{esc(description)}\\n\\nJoin with Google Meet: {meet}",
              f"LAST-MODIFIED:{zstamp(sent)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    return mail(f"{org_name} <{organizer}>", OWNER, subject, sent,
                f"<calendar-{h(uid + str(seq), 8)}-{h(uid, 4)}-{h(uid, 4)}-{h(uid + 'z', 12)}@google.com>",
                text=text, html=html, reply_to=f"{org_name} <{organizer}>",
                sender="Google Calendar <calendar-notification@google.com>",
                received_host="mail-sor-f41.google.com", calendar=cal, cal_method=method,
                attach=("invite.ics", cal)), uid


# ================================================================== CASES
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def chk(cond, msg="check failed"):
    if not cond:
        raise AssertionError(msg)


# ------------------------------------------------------------------ 01 fair table interview
@case
def c01():
    cid = "b76-01-fair-table-interview-head-of-school"
    start = T(2026, 1, 10, 10, 30, BKK)
    end = start + timedelta(minutes=30)
    chk(start.strftime("%A") == "Saturday")
    sent1 = T(2026, 1, 8, 21, 14, BKK)
    portal = (
        "MERIDIAN TEACHER SEARCH - Candidate Portal\n\n"
        "Dear Rosalind,\n\n"
        "A school has responded to you through the Bangkok Recruitment Fair interview board.\n\n"
        "  School:    Al Noor British Academy, Dubai (UAE)\n"
        "  Vacancy:   Secondary English Teacher (KS3/KS4)\n"
        f"  When:      {sday(start)} 2026, {hm(start)} (Bangkok)\n"
        "  Where:     Table 14, Ballroom B, Riverside Grand Hotel\n"
        "  Status:    Interview request ACCEPTED\n\n"
        "Please arrive 10 minutes early and bring printed copies of your CV.\n"
        "You can view or withdraw from this interview in your portal: https://portal.meridiansearch.example/fair/bkk26/schedule\n\n"
        "This is an automated notification - please do not reply to this message.\n"
        "Meridian Teacher Search Ltd | 14 Wardour Row, Bath BA1 2ZZ, United Kingdom\n")
    m1 = mail("Meridian Candidate Portal <no-reply@portal.meridiansearch.example>", OWNER_ADDR,
              "Interview request accepted - Al Noor British Academy (Dubai)", sent1,
              f"<{h('c01a', 24)}@portal.meridiansearch.example>", text=portal,
              received_host="mta3.portal.meridiansearch.example")
    sent2 = T(2026, 1, 9, 19, 40, BKK)
    body = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for stopping by our table at the sign-up session this afternoon - it was a pleasure to "
        "put a face to the file.\n\n"
        "I am pleased to confirm your interview tomorrow, Saturday, at 10:30 - table 14, Ballroom B "
        "(the far end, by the windows). We will have about 30 minutes together. My Head of Secondary, "
        "Mr Conor Duggan (copied), will join me.\n\n"
        "Do bring a short example of a KS4 unit you have planned; we like to talk through real work.\n\n"
        "Kind regards,\n\n"
        "Dr Philippa Hallworth\n"
        "Principal | Al Noor British Academy\n"
        "Al Barsha South, PO Box 51877, Dubai, UAE\n"
        "T +971 4 555 0192 | M +971 50 555 7731\n\n"
        "Sent from Outlook for iOS\n")
    m2 = mail("Philippa Hallworth <p.hallworth@alnoorbritish.example>", OWNER_ADDR,
              "Interview tomorrow - Al Noor British Academy", sent2,
              f"<AM7P{h('c01b', 30).upper()}@AM7PR02MB.eurprd02.prod.outlook.com>", text=body,
              cc="Conor Duggan <c.duggan@alnoorbritish.example>",
              extra=[("X-Mailer", "Outlook for iOS and Android"), ("Thread-Topic", "Interview tomorrow - Al Noor British Academy")],
              received_host="EUR03-AM7-obe.outbound.protection.outlook.com")
    items = [("01-portal-interview-accepted.eml", m1), ("02-principal-confirms-table-14.eml", m2)]
    ppl = ["p.hallworth@alnoorbritish.example", "c.duggan@alnoorbritish.example"]
    label = dict(interview=True, interviews=[dict(
        company="Al Noor British Academy", role="Secondary English Teacher (KS3/KS4)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl,
        followup_recipients=ppl, kind="onsite")], difficulty="medium", category="positive/fair-in-person",
        notes="Agency portal notification + principal's e-mail ('tomorrow, Saturday, at 10:30, table 14, Ballroom B'); "
              "in-person fair interview in Bangkok with principal and head of secondary; one interview.")
    return cid, items, label


# ------------------------------------------------------------------ 02 Doha zoom four time zones
@case
def c02():
    cid = "b76-02-doha-zoom-four-timezones-base64"
    start = T(2026, 2, 3, 16, 0, "Asia/Qatar")
    end = start + timedelta(minutes=45)
    chk(start.strftime("%A") == "Tuesday")
    sent = T(2026, 1, 25, 10, 5, "Asia/Qatar")
    zoom_id = "847 2210 5563"
    when = (f"{ap(start)} Doha / {ap(start, 'Asia/Dubai')} Dubai / {ap(start, BKK)} Bangkok / "
            f"{ap(start, 'Europe/London')} London")
    chk(when == "4pm Doha / 5pm Dubai / 8pm Bangkok / 1pm London", when)
    text = (
        "Dear Ms Achterberg,\n\n"
        "Further to your application through Meridian Teacher Search, our Principal, Mr Idris Fakhoury, would "
        "like to invite you to a Zoom interview for the position of IB English A Teacher (Diploma Programme).\n\n"
        f"Date: {day(start)} 2026\n"
        f"Time: {when}\n"
        "Duration: approximately 45 minutes\n"
        f"Zoom: https://us02web.zoom.us/j/84722105563?pwd=Qm9sZGx5R29lcw  (Meeting ID {zoom_id}, Passcode 517293)\n\n"
        "I have attached a calendar file for your convenience. Should you need to reach Mr Fakhoury directly, "
        "his email is i.fakhoury@pearlgulf.example.\n\n"
        "Kind regards,\n\n"
        "Reem Al-Sada\n"
        "PA to the Principal\n"
        "Pearl Gulf International School\n"
        "Street 940, Al Waab, PO Box 24417, Doha, Qatar\n"
        "Tel: +974 4455 0183\n")
    html = "<div dir=\"ltr\">" + "".join(f"<div>{l or '<br>'}</div>" for l in text.split("\n")) + "</div>"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC"] + vtimezone("Asia/Qatar", "Asia/Qatar") + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Asia/Qatar:{wall(start)}", f"DTEND;TZID=Asia/Qatar:{wall(end)}",
        "SUMMARY:Interview - Rosalind Achterberg - IB English A Teacher",
        f"UID:{zstamp(sent)}-84722105563@zoom.us", "TZID:Asia/Qatar",
        "DESCRIPTION:Reem Al-Sada is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\nhttps://us02web.zoom.us/j/84722105563?pwd=Qm9sZGx5R29lcw\\n\\nMeeting ID: 847 2210 5563\\nPasscode: 517293\\n",
        "LOCATION:https://us02web.zoom.us/j/84722105563?pwd=Qm9sZGx5R29lcw",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    m1 = mail("Reem Al-Sada <r.alsada@pearlgulf.example>", OWNER_ADDR,
              "Interview invitation - IB English A Teacher - Pearl Gulf International School", sent,
              gmail_id("c02a"), text=text, html=html, text_cte="base64", html_cte="base64",
              cc="Idris Fakhoury <i.fakhoury@pearlgulf.example>", attach=("zoommtg.ics", cal),
              attach_type=("text", "calendar"), received_host="mail-ej1-f45.google.example")
    sent2 = T(2026, 1, 26, 7, 52, "Asia/Qatar")
    t2 = ("Dear Rosalind,\n\nThank you for confirming with Reem. I am looking forward to our conversation on "
          "Tuesday. If the Zoom connection gives us trouble I will simply call you on +66 81 555 2046.\n\n"
          "Kind regards,\nIdris\n\nIdris Fakhoury\nPrincipal, Pearl Gulf International School\n")
    m2 = mail("Idris Fakhoury <i.fakhoury@pearlgulf.example>", OWNER_ADDR,
              "Re: Interview invitation - IB English A Teacher - Pearl Gulf International School", sent2,
              gmail_id("c02b"), text=t2, in_reply_to=gmail_id("c02a"), cc="Reem Al-Sada <r.alsada@pearlgulf.example>",
              received_host="mail-ej1-f46.google.example")
    items = [("01-pa-invitation-zoom.eml", m1), ("02-principal-looking-forward.eml", m2)]
    ppl = ["i.fakhoury@pearlgulf.example"]
    label = dict(interview=True, interviews=[dict(
        company="Pearl Gulf International School", role="IB English A Teacher (Diploma Programme)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="medium", category="positive/zoom-multi-timezone",
        notes="PA (coordinator, not interviewer) invites to Zoom with principal; time written across four zones; "
              "base64 bodies; Zoom .ics attachment with TZID Asia/Qatar.")
    return cid, items, label


# ------------------------------------------------------------------ 03 sample lesson Singapore
@case
def c03():
    cid = "b76-03-sample-lesson-grade8-singapore-google-invite"
    sg = "Asia/Singapore"
    start = T(2026, 2, 12, 9, 15, sg)
    end = T(2026, 2, 12, 9, 55, sg)
    chk(start.strftime("%A") == "Thursday")
    sent1 = T(2026, 2, 9, 14, 20, sg)
    t1 = (
        "Dear Rosalind,\n\n"
        "Thank you again for Friday's conversation - Arun and I both enjoyed it. The next stage of our process "
        "for the MYP Language & Literature Teacher role is a sample lesson.\n\n"
        f"We would like you to teach our Grade 8 class over Zoom on {day(start)} at {ap(start)} Singapore "
        f"time ({ap(start, BKK)} in Bangkok). Please plan 40 minutes on an unseen poem of your choice; the "
        "students will have their cameras on and a teaching assistant will be in the room to help with the "
        "tech. Arun Pillai (MYP Coordinator) and I will observe and have a short debrief with you afterwards "
        "by email.\n\n"
        "I'll send a calendar invitation shortly.\n\n"
        "Warm regards,\nSiew Lin\n\n--\nTan Siew Lin\nHead of English | Kestrel Bay International School\n"
        "21 Jalan Kestrel, Singapore 459812 | +65 6555 0140\n")
    m1 = mail("Tan Siew Lin <siewlin.tan@kestrelbay.example>", OWNER_ADDR,
              "Next step: sample lesson (MYP Language & Literature)", sent1, gmail_id("c03a"), text=t1,
              cc="Arun Pillai <arun.pillai@kestrelbay.example>", received_host="mail-pj1-f52.google.example")
    sent2 = T(2026, 2, 9, 14, 31, sg)
    guests = [("siewlin.tan@kestrelbay.example", "Tan Siew Lin"), ("arun.pillai@kestrelbay.example", "Arun Pillai"),
              ("g8-english@kestrelbay.example", "Grade 8 English (class account)"), (OWNER, OWNER)]
    m2, _ = google_invite("siewlin.tan@kestrelbay.example", "Tan Siew Lin", guests,
                          "Sample lesson (Grade 8 English) - Rosalind Achterberg", start, end, "SGT", sg,
                          "Sample lesson for the MYP Language & Literature Teacher vacancy. Observers: Siew Lin Tan, Arun Pillai.\nZoom link will be shared in the Grade 8 Google Classroom.",
                          sent2)
    items = [("01-head-of-english-next-step.eml", m1), ("02-invitation-sample-lesson.eml", m2)]
    ppl = ["siewlin.tan@kestrelbay.example", "arun.pillai@kestrelbay.example"]
    label = dict(interview=True, interviews=[dict(
        company="Kestrel Bay International School", role="MYP Language & Literature Teacher",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="onsite")], difficulty="medium", category="positive/sample-lesson",
        notes="Sample lesson taught to a class over Zoom = interview round; e-mail + Google invite (one interview); "
              "class group address is not an interviewer.")
    return cid, items, label


# ------------------------------------------------------------------ 04 Dubai Ramadan reschedule
@case
def c04():
    cid = "b76-04-dubai-ramadan-hours-reschedule-thread"
    dxb = "Asia/Dubai"
    first = T(2026, 2, 23, 15, 0, dxb)
    start = T(2026, 2, 25, 11, 0, dxb)
    end = start + timedelta(minutes=45)
    chk(first.strftime("%A") == "Monday" and start.strftime("%A") == "Wednesday")
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q3Jlc2NlbnRQYWxtcw%40thread.v2/0"
    sent1 = T(2026, 2, 16, 9, 30, dxb)
    id1 = outlook_id("c04a", "DU0PR08MB")
    t1 = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for your application for the post of Secondary English Teacher & KS5 Lead. I am delighted to "
        "let you know that our Principal, Mr Gareth Penhaligon, would like to interview you via Microsoft Teams on "
        f"{day(first)} at {ap(first)} Dubai / {ap(first, BKK)} Bangkok. The conversation will last around 45 minutes.\n\n"
        f"Teams link: {teams}\n\n"
        "Please confirm at your earliest convenience.\n\n"
        "Kind regards,\n\nFarah Siddiqui\nRecruitment Officer\nCrescent Palms British School\n"
        "Al Khawaneej 2, Dubai, United Arab Emirates | +971 4 555 0877\n")
    m1 = mail("Farah Siddiqui <f.siddiqui@crescentpalms.example>", OWNER_ADDR,
              "Interview - Secondary English Teacher & KS5 Lead", sent1, id1, text=t1,
              extra=[("Thread-Topic", "Interview - Secondary English Teacher & KS5 Lead"),
                     ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")],
              received_host="EUR05-DU0-obe.outbound.protection.outlook.com")
    sent2 = T(2026, 2, 19, 10, 12, dxb)
    id2 = outlook_id("c04b", "DU0PR08MB")
    quoted1 = "\n".join("> " + l if l else ">" for l in t1.split("\n"))
    t2 = (
        "Dear Ms Achterberg,\n\n"
        "My apologies for the change. Ramadan working hours are now in effect and our school day finishes at "
        "1:30pm, so Mr Penhaligon is no longer available on Monday afternoon.\n\n"
        f"Could we move your interview to {day(start)} at {ap(start)} Dubai / {ap(start, BKK)} Bangkok instead? "
        "The Teams link stays the same.\n\n"
        "Ramadan Kareem, and kind regards,\nFarah\n\n"
        f"From: Farah Siddiqui <f.siddiqui@crescentpalms.example>\nSent: {format_datetime(sent1)}\n"
        f"To: {OWNER_NAME}\nSubject: Interview - Secondary English Teacher & KS5 Lead\n\n" + t1)
    m2 = mail("Farah Siddiqui <f.siddiqui@crescentpalms.example>", OWNER_ADDR,
              "RE: Interview - Secondary English Teacher & KS5 Lead", sent2, id2, text=t2,
              in_reply_to=id1, extra=[("Thread-Topic", "Interview - Secondary English Teacher & KS5 Lead")],
              received_host="EUR05-DU0-obe.outbound.protection.outlook.com")
    sent3 = T(2026, 2, 19, 13, 5, dxb)
    reply_sent = T(2026, 2, 19, 15, 47, BKK)
    id_owner = f"<{h('c04own', 8).upper()}-{h('c04own2', 4).upper()}-4F1A-9C2B-{h('c04own3', 12).upper()}@mail.example>"
    t3 = (
        "Dear Ms Achterberg,\n\n"
        f"Wonderful, thank you - that is confirmed for {day(start, dxb).split(' ')[0]} at 11am (Dubai). I have "
        "copied Mr Penhaligon so that he has your details.\n\n"
        "Kind regards,\nFarah\n\n"
        f"-----Original Message-----\nFrom: {OWNER_NAME} <{OWNER}>\nSent: {format_datetime(reply_sent)}\n"
        "To: Farah Siddiqui <f.siddiqui@crescentpalms.example>\nSubject: Re: RE: Interview - Secondary English Teacher & KS5 Lead\n\n"
        f"Dear Farah,\n\nOf course - {day(start).split(' ')[0]} at 11am Dubai time ({ap(start, BKK)} here) works perfectly.\n"
        "Ramadan Kareem to you and the team.\n\nKind regards,\nRosalind\n")
    m3 = mail("Farah Siddiqui <f.siddiqui@crescentpalms.example>", OWNER_ADDR,
              "RE: Interview - Secondary English Teacher & KS5 Lead", sent3, outlook_id("c04c", "DU0PR08MB"), text=t3,
              cc="Gareth Penhaligon <g.penhaligon@crescentpalms.example>", in_reply_to=id_owner,
              references=f"{id1} {id2} {id_owner}",
              extra=[("Thread-Topic", "Interview - Secondary English Teacher & KS5 Lead")],
              text_cte="quoted-printable", received_host="EUR05-DU0-obe.outbound.protection.outlook.com")
    items = [("01-interview-monday-3pm.eml", m1), ("02-ramadan-hours-move-request.eml", m2),
             ("03-confirmed-wednesday-11.eml", m3)]
    ppl = ["g.penhaligon@crescentpalms.example"]
    label = dict(interview=True, interviews=[dict(
        company="Crescent Palms British School", role="Secondary English Teacher & KS5 Lead",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="hard", category="positive/reschedule-thread",
        notes="Teams interview first set for Mon 3pm Dubai, moved for Ramadan working hours to Wed 11am Dubai "
              "(2pm Bangkok); final state wins; recruiter is coordinator, principal interviews.")
    return cid, items, label


# ------------------------------------------------------------------ 05 Shanghai informal chat
@case
def c05():
    cid = "b76-05-shanghai-principal-informal-chat-14h"
    sh = "Asia/Shanghai"
    start = T(2026, 3, 5, 14, 0, sh)
    chk(start.strftime("%A") == "Thursday")
    sent1 = T(2026, 3, 2, 18, 5, sh)
    id1 = f"<{h('c05a', 8).upper()}-2C41-4E7B-A1D0-{h('c05a2', 12).upper()}@lanting-school.example>"
    t1 = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for your interest in our Secondary English position, and for the very thoughtful letter.\n\n"
        "Before we invite candidates to meet the full panel, I like to have an informal chat with each shortlisted "
        "person - it is the first step of our process, and a chance for you to ask about life in Shanghai too.\n\n"
        f"Would Thursday at 14h (Shanghai time) suit you? That would be {hm(start, BKK).replace(':00', 'h')} for you in Bangkok. "
        "I will call you on Zoom.\n\n"
        "Bien cordialement,\n\nOlivier Bréhaut\nPrincipal\nLanting Bilingual International School\n"
        "88 Longteng Road, Xuhui District, Shanghai 200232\n+86 21 5555 0716\n")
    chk(hm(start, BKK) == "13:00")
    m1 = mail("Olivier Bréhaut <olivier.brehaut@lanting-school.example>", OWNER_ADDR,
              "Secondary English - a first conversation", sent1, id1, text=t1,
              extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")], received_host="smtp.lanting-school.example")
    sent2 = T(2026, 3, 3, 8, 41, sh)
    t2 = (
        "Parfait - Thursday at 14h then. Here is my Zoom room: https://zoom.us/my/obrehaut.lanting\n\n"
        "There is no fixed length; it is just a conversation.\n\nOlivier\n\n"
        f"> Le 2 mars 2026 à 21:17, {OWNER_NAME} <{OWNER}> a écrit :\n>\n"
        "> Dear Mr Bréhaut,\n> Thank you - Thursday at 14h Shanghai time is perfect for me.\n> Kind regards,\n> Rosalind\n")
    m2 = mail("Olivier Bréhaut <olivier.brehaut@lanting-school.example>", OWNER_ADDR,
              "Re: Secondary English - a first conversation", sent2,
              f"<{h('c05b', 8).upper()}-77A0-4C2D-B9E1-{h('c05b2', 12).upper()}@lanting-school.example>",
              text=t2, in_reply_to=f"<{h('c05own', 20)}@mail.example>", references=f"{id1} <{h('c05own', 20)}@mail.example>",
              extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")], received_host="smtp.lanting-school.example")
    items = [("01-principal-informal-chat-offer.eml", m1), ("02-principal-confirms-thursday.eml", m2)]
    ppl = ["olivier.brehaut@lanting-school.example"]
    label = dict(interview=True, interviews=[dict(
        company="Lanting Bilingual International School", role="Secondary English Teacher",
        start=iso(start), end=None, status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="hard", category="positive/informal-chat",
        notes="Principal's 'informal chat', explicitly the first step of the process; 'Thursday at 14h' resolved "
              "against Mon 2 Mar; no duration (end null). French quoting header.")
    return cid, items, label


# ------------------------------------------------------------------ 06 Amsterdam Exchange panel DST
@case
def c06():
    cid = "b76-06-amsterdam-teams-panel-across-eu-dst"
    ams = "Europe/Amsterdam"
    start = T(2026, 3, 31, 10, 0, ams)
    end = T(2026, 3, 31, 11, 30, ams)
    chk(start.utcoffset() == timedelta(hours=2))
    sent = T(2026, 3, 25, 11, 2, ams)
    chk(sent.utcoffset() == timedelta(hours=1))
    chk(hm(start, BKK) == "15:00")
    panel = [("m.holtkamp@lakeside-isa.example", "Maarten Holtkamp"), ("a.brennan@lakeside-isa.example", "Aoife Brennan"),
             ("j.lindqvist@lakeside-isa.example", "Jasper Lindqvist")]
    org = ("s.devries@lakeside-isa.example", "Sanne de Vries")
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TGFrZXNpZGVJU0E%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d"
    text = (
        f"When: {start:%A}, {start.day} {start:%B} {start.year} {hm(start)}-{hm(end)} (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
        "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        "Dear Rosalind,\n\n"
        "As discussed, please find the invitation for your panel interview for the Secondary English Teacher (IB MYP/DP) "
        "position. You will meet Dr Maarten Holtkamp (Secondary Principal), Ms Aoife Brennan (Head of English) and "
        "Mr Jasper Lindqvist (teacher representative). I am organising and will not join the call.\n\n"
        f"Please note the clocks go forward in Europe this Sunday, so {hm(start)} Amsterdam time will be "
        f"{hm(start, BKK)} for you in Bangkok (not {hm(start - timedelta(hours=1), BKK)}).\n\n"
        "Met vriendelijke groet / Kind regards,\nSanne de Vries\nHR Coordinator | Lakeside International School Amsterdam\n"
        "Oranjebaan 41, 1183 NX Amstelveen | +31 20 555 0319\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{teams}>\nMeeting ID: 371 552 908 114\nPasscode: x7Rk2Q\n"
        "________________________________________________________________________________\n")
    import html as _html
    html = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + \
        "</div></body></html>"
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone("W. Europe Standard Time", ams)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[1]}:mailto:{org[0]}"]
    for e, n in panel:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}")
    lines += ["DESCRIPTION;LANGUAGE=en-US:Dear Rosalind\\,\\n\\nAs discussed\\, please find the invitation for your panel interview.\\n",
              "UID:040000008200E00074C5B7101A82E00800000000" + h("c06uid", 40).upper(),
              "SUMMARY;LANGUAGE=en-US:Panel interview - Rosalind Achterberg - Secondary English Teacher (IB MYP/DP)",
              f"DTSTART;TZID=W. Europe Standard Time:{wall(start)}", f"DTEND;TZID=W. Europe Standard Time:{wall(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2118449301",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams, "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    to = ", ".join([f"{OWNER_NAME} <{OWNER}>"] + [f"{n} <{e}>" for e, n in panel])
    subj = "Panel interview - Rosalind Achterberg - Secondary English Teacher (IB MYP/DP)"
    m = mail(f"{org[1]} <{org[0]}>", to, subj, sent, outlook_id("c06", "AS8PR04MB"), text=text, html=html,
             text_cte="quoted-printable", html_cte="quoted-printable", calendar=cal,
             extra=[("Thread-Topic", subj), ("Thread-Index", "AdqE" + h("c06ti", 20)),
                    ("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "nl-NL, en-US"),
                    ("x-ms-publictraffictype", "Email")],
             received_host="EUR02-AS8-obe.outbound.protection.outlook.com")
    items = [("01-outlook-panel-invite.eml", m)]
    ppl = [e for e, _ in panel]
    label = dict(interview=True, interviews=[dict(
        company="Lakeside International School Amsterdam", role="Secondary English Teacher (IB MYP/DP)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="onsite")], difficulty="hard", category="positive/exchange-dst-edge",
        notes="Exchange/Teams invite with 'W. Europe Standard Time' and '(UTC+01:00)' display label, sent in CET for "
              "a date after the 29 Mar EU DST switch -> +02:00 (15:00 Bangkok); 3-person panel; HR organiser excluded.")
    return cid, items, label


# ------------------------------------------------------------------ 07 Zurich ATS cancel
@case
def c07():
    cid = "b76-07-zurich-ats-invite-then-cancel"
    zrh = "Europe/Zurich"
    start = T(2026, 3, 12, 8, 30, zrh)
    end = T(2026, 3, 12, 9, 15, zrh)
    chk(start.utcoffset() == timedelta(hours=1) and hm(start, BKK) == "14:30")
    uid = f"teachtrack-iv-{h('c07', 12)}@teachtrack.example"
    sent1 = T(2026, 2, 27, 9, 12, zrh)
    rec = ("k.buehlmann@alpenblick-school.example", "Katrin Bühlmann")
    iv = ("r.amstutz@alpenblick-school.example", "Reto Amstutz")

    def cal(method, seq, status, sent):
        l = ["BEGIN:VCALENDAR", "PRODID:-//TeachTrack//Interview Scheduler 4.2//EN", "VERSION:2.0", f"METHOD:{method}"]
        l += vtimezone("Europe/Zurich", zrh)
        l += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(sent)}",
              f"DTSTART;TZID=Europe/Zurich:{wall(start)}", f"DTEND;TZID=Europe/Zurich:{wall(end)}",
              "SUMMARY:Interview: Secondary English Teacher (maternity cover) - Alpenblick International School",
              "LOCATION:Zoom (link in description)",
              "DESCRIPTION:Interview with Dr Reto Amstutz\\, Head of Secondary.\\nZoom: https://zoom.us/j/93155208417",
              f"ORGANIZER;CN=Alpenblick Recruitment (via TeachTrack):mailto:no-reply@teachtrack.example",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={iv[1]}:mailto:{iv[0]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
              f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
        return ics(l)

    t1 = (
        f"Dear Rosalind Achterberg,\n\n"
        "Alpenblick International School Zürich has invited you to an interview for the position "
        "Secondary English Teacher (maternity cover).\n\n"
        f"Date:       {start:%A}, {start.day} {start:%B} {start.year}\n"
        f"Time:       {hm(start)}-{hm(end)} CET ({hm(start, BKK)}-{hm(end, BKK)} ICT)\n"
        "Interviewer: Dr Reto Amstutz, Head of Secondary\n"
        "Format:     Zoom video call - https://zoom.us/j/93155208417\n\n"
        "An iCalendar file is attached. Questions? Reply to this e-mail and it will reach Katrin Bühlmann (HR).\n\n"
        "--\nSent by TeachTrack on behalf of Alpenblick International School Zürich.\n"
        "Manage your notifications: https://app.teachtrack.example/settings\n")
    m1 = mail("Alpenblick International School via TeachTrack <no-reply@teachtrack.example>", OWNER,
              "Interview invitation: Secondary English Teacher (maternity cover)", sent1,
              f"<{h('c07a', 32)}@mailer.teachtrack.example>", text=t1, reply_to=f"{rec[1]} <{rec[0]}>",
              attach=("interview.ics", cal("REQUEST", 0, "CONFIRMED", sent1)),
              attach_type=("text", "calendar"), received_host="o12.mailer.teachtrack.example")
    sent2 = T(2026, 3, 10, 16, 44, zrh)
    t2 = (
        "Dear Rosalind Achterberg,\n\n"
        f"Your interview on {start:%A}, {start.day} {start:%B} {start.year} at {hm(start)} CET for the position "
        "Secondary English Teacher (maternity cover) has been cancelled by Alpenblick International School Zürich.\n\n"
        "Message from the school:\n"
        "\"We are sorry to let you know that the maternity cover has now been filled internally, so we have had to "
        "cancel Thursday's interview. Thank you for your interest and flexibility. - Katrin\"\n\n"
        "--\nSent by TeachTrack on behalf of Alpenblick International School Zürich.\n")
    m2 = mail("Alpenblick International School via TeachTrack <no-reply@teachtrack.example>", OWNER,
              "Cancelled: Interview - Secondary English Teacher (maternity cover)", sent2,
              f"<{h('c07b', 32)}@mailer.teachtrack.example>", text=t2, reply_to=f"{rec[1]} <{rec[0]}>",
              attach=("cancel.ics", cal("CANCEL", 1, "CANCELLED", sent2)),
              attach_type=("text", "calendar"), received_host="o12.mailer.teachtrack.example")
    items = [("01-teachtrack-interview-invitation.eml", m1), ("02-teachtrack-interview-cancelled.eml", m2)]
    label = dict(interview=True, interviews=[dict(
        company="Alpenblick International School", role="Secondary English Teacher (maternity cover)",
        start=iso(start), end=iso(end), status="cancelled", interviewer_emails=[iv[0]], followup_recipients=[iv[0]],
        kind="hiring_manager")], difficulty="medium", category="positive/cancellation",
        notes="Invented ATS (TeachTrack) invite with .ics REQUEST, later METHOD:CANCEL (SEQUENCE 1); 08:30 CET = 14:30 ICT.")
    return cid, items, label


# ------------------------------------------------------------------ 08 Doha candidate withdraws
@case
def c08():
    cid = "b76-08-doha-sunday-interview-candidate-withdraws"
    qa = "Asia/Qatar"
    start = T(2026, 3, 15, 9, 0, qa)
    end = start + timedelta(minutes=40)
    chk(start.strftime("%A") == "Sunday" and ap(start, BKK) == "1pm")
    sent1 = T(2026, 3, 4, 12, 40, qa)
    id1 = gmail_id("c08a")
    t1 = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for your patience. Ms Joanne Pilkington, our Head of Secondary, would like to interview you for "
        f"the Secondary English Teacher vacancy on Sunday {start.day} March at 9:00am Doha time "
        f"({ap(start, BKK)} Bangkok). Please note our weekend is Friday-Saturday, so Sunday is a normal school day for us.\n\n"
        "The interview will take about 40 minutes on Microsoft Teams; I will send the link the day before.\n\n"
        "Kind regards,\n\nTariq Haddad\nHR Officer | Sidra Oasis International School\n"
        "Al Gharrafa, Doha, Qatar | +974 4455 0621\n")
    m1 = mail("Tariq Haddad <t.haddad@sidraoasis.example>", OWNER_ADDR,
              "Interview - Secondary English Teacher - Sidra Oasis International School", sent1, id1, text=t1,
              cc="Joanne Pilkington <j.pilkington@sidraoasis.example>", received_host="mail-wm1-f41.google.example")
    sent2 = T(2026, 3, 12, 10, 15, qa)
    owner_sent = T(2026, 3, 12, 8, 2, BKK)
    t2 = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for letting us know, and congratulations on your new post. I have cancelled Sunday's interview "
        "with Ms Pilkington and withdrawn your application. We wish you every success.\n\n"
        "Kind regards,\nTariq\n\n"
        f"On {owner_sent:%a}, {owner_sent.day} {owner_sent:%b} {owner_sent.year} at {hm(owner_sent)}, {OWNER_NAME} <{OWNER}> wrote:\n"
        "> Dear Mr Haddad,\n>\n> I am writing to let you know that I have accepted a position elsewhere, and so\n"
        "> I would like to withdraw from the process for the Secondary English role.\n"
        "> Please pass my apologies to Ms Pilkington - I am very sorry to cancel at\n> short notice.\n>\n> Kind regards,\n> Rosalind Achterberg\n")
    m2 = mail("Tariq Haddad <t.haddad@sidraoasis.example>", OWNER_ADDR,
              "Re: Interview - Secondary English Teacher - Sidra Oasis International School", sent2, gmail_id("c08b"),
              text=t2, in_reply_to=f"<{h('c08own', 18)}@mail.example>", references=f"{id1} <{h('c08own', 18)}@mail.example>",
              received_host="mail-wm1-f42.google.example")
    items = [("01-hr-sunday-interview.eml", m1), ("02-hr-acknowledges-withdrawal.eml", m2)]
    ppl = ["j.pilkington@sidraoasis.example"]
    label = dict(interview=True, interviews=[dict(
        company="Sidra Oasis International School", role="Secondary English Teacher",
        start=iso(start), end=iso(end), status="cancelled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="medium", category="positive/cancellation",
        notes="Sunday interview (Gulf Fri-Sat weekend) cancelled after the candidate withdraws; withdrawal quoted "
              "in HR's reply.")
    return cid, items, label


# ------------------------------------------------------------------ 09 Lisbon two rounds
@case
def c09():
    cid = "b76-09-lisbon-two-rounds-head-then-director"
    lis = "Europe/Lisbon"
    s1 = T(2026, 2, 11, 9, 0, lis)
    e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 2, 17, 10, 0, lis)
    e2 = s2 + timedelta(minutes=40)
    chk(s1.strftime("%A") == "Wednesday" and s2.strftime("%A") == "Tuesday")
    chk(ap(s1, BKK) == "4pm" and hm(s2, BKK) == "17:00")
    sent1 = T(2026, 2, 5, 17, 30, lis)
    id1 = f"<{h('c09a', 20)}@tagusvalley.example>"
    t1 = (
        "Dear Rosalind,\n\n"
        "Thank you for applying for our IB English Language & Literature Teacher post via EduPost. I would be glad to "
        f"meet you for a first interview on {day(s1)} at 9am Lisbon time ({ap(s1, BKK)} for you in Bangkok). "
        "We'll need 30 minutes; I'll send a Google Meet link the day before.\n\n"
        "Best wishes,\nDuarte Valente\nHead of Secondary, Tagus Valley International School\n"
        "Rua das Amendoeiras 12, 2765-311 Estoril, Portugal | +351 21 555 0488\n")
    m1 = mail("Duarte Valente <d.valente@tagusvalley.example>", OWNER_ADDR,
              "IB English Language & Literature - first interview", sent1, id1, text=t1,
              extra=[("User-Agent", "Mozilla Thunderbird")], received_host="smtp.tagusvalley.example")
    sent2 = T(2026, 2, 12, 12, 10, lis)
    t2 = (
        "Dear Rosalind,\n\n"
        "Thank you for yesterday - I enjoyed our conversation very much. I'm pleased to say we would like you to "
        "meet our Director, Ms Helena Rocha-Whitby (h.rochawhitby@tagusvalley.example), for a second interview on "
        f"{day(s2)} at {hm(s2)} Lisbon / {hm(s2, BKK)} Bangkok. It will last about 40 minutes; Helena will send "
        "you an invitation herself.\n\n"
        "Best wishes,\nDuarte\n\n"
        f"On {sent1:%d/%m/%Y} {hm(sent1)}, Duarte Valente wrote:\n" + "\n".join("> " + l for l in t1.split("\n")))
    m2 = mail("Duarte Valente <d.valente@tagusvalley.example>", OWNER_ADDR,
              "Re: IB English Language & Literature - second interview", sent2, f"<{h('c09b', 20)}@tagusvalley.example>",
              text=t2, in_reply_to=id1, extra=[("User-Agent", "Mozilla Thunderbird")], received_host="smtp.tagusvalley.example")
    sent3 = T(2026, 2, 12, 15, 3, lis)
    guests = [("h.rochawhitby@tagusvalley.example", "Helena Rocha-Whitby"), (OWNER, OWNER)]
    m3, _ = google_invite("h.rochawhitby@tagusvalley.example", "Helena Rocha-Whitby", guests,
                          "Rosalind Achterberg / Helena Rocha-Whitby - Director's interview", s2, e2, "WET", lis,
                          "Second-round interview, IB English Language & Literature Teacher.", sent3)
    items = [("01-first-interview-wednesday.eml", m1), ("02-second-interview-director.eml", m2),
             ("03-invitation-director-interview.eml", m3)]
    role = "IB English Language & Literature Teacher"
    label = dict(interview=True, interviews=[
        dict(company="Tagus Valley International School", role=role, start=iso(s1), end=iso(e1), status="scheduled",
             interviewer_emails=["d.valente@tagusvalley.example"], followup_recipients=["d.valente@tagusvalley.example"],
             kind="hiring_manager"),
        dict(company="Tagus Valley International School", role=role, start=iso(s2), end=iso(e2), status="scheduled",
             interviewer_emails=["h.rochawhitby@tagusvalley.example"],
             followup_recipients=["h.rochawhitby@tagusvalley.example"], kind="hiring_manager")],
        difficulty="medium", category="positive/two-interviews",
        notes="Two rounds at a Lisbon school (WET = +00:00 in February): head of secondary, then director "
              "(e-mail + Google invite for round 2 = one interview).")
    return cid, items, label


# ------------------------------------------------------------------ 10 gcal JSON reschedule Singapore
@case
def c10():
    cid = "b76-10-gcal-json-rescheduled-singapore"
    sg = "Asia/Singapore"
    s0 = T(2026, 3, 16, 12, 0, sg)
    s1 = T(2026, 3, 18, 16, 30, sg)
    e1 = s1 + timedelta(minutes=45)
    chk(s1.strftime("%A") == "Wednesday")
    eid = "4q8m2k0rt6vj1c9sbn5e7hu3lp"
    att = [
        {"email": "meiling.koh@orchidcrescent.example", "displayName": "Koh Mei Ling", "organizer": True, "responseStatus": "accepted"},
        {"email": "wk.ong@orchidcrescent.example", "displayName": "Dr Ong Wee Kiat", "responseStatus": "accepted"},
        {"email": "priya.raman@orchidcrescent.example", "displayName": "Priya Raman", "responseStatus": "needsAction"},
        {"email": OWNER, "self": True, "responseStatus": "accepted"}]

    def ev(start, end, seq, created, updated, desc):
        return {
            "kind": "calendar#event", "etag": f"\"{int(h(str(seq) + 'etag', 12), 16)}\"", "id": eid, "status": "confirmed",
            "htmlLink": f"https://www.google.com/calendar/event?eid={h(eid, 40)}",
            "created": created, "updated": updated,
            "summary": "Interview - R. Achterberg - Secondary English (IGCSE/IBDP)",
            "description": desc,
            "creator": {"email": "meiling.koh@orchidcrescent.example", "displayName": "Koh Mei Ling"},
            "organizer": {"email": "meiling.koh@orchidcrescent.example", "displayName": "Koh Mei Ling"},
            "start": {"dateTime": iso(start), "timeZone": sg}, "end": {"dateTime": iso(end), "timeZone": sg},
            "iCalUID": f"{eid}@google.com", "sequence": seq, "attendees": att,
            "hangoutLink": "https://meet.google.com/pkr-tvwq-zna",
            "reminders": {"useDefault": True}, "eventType": "default"}
    d0 = ("Orchid Crescent International School - Secondary English. Noon Singapore / 11am Bangkok. Interview with our Principal, Dr Ong Wee Kiat, and Head of Secondary, "
          "Ms Priya Raman. Mei Ling (HR) will not join.")
    chk(ap(s0, BKK) == "11am")
    d1 = (f"Orchid Crescent International School - Secondary English. UPDATED: moved to {sday(s1)}, {ap(s1)} SGT ({ap(s1, BKK)} Bangkok) at the Principal's request. "
          "Interview with Dr Ong Wee Kiat and Ms Priya Raman. Mei Ling (HR) will not join.")
    j0 = ev(s0, s0 + timedelta(minutes=45), 0, "2026-03-06T03:12:40.000Z", "2026-03-06T03:14:02.511Z", d0)
    j1 = ev(s1, e1, 2, "2026-03-06T03:12:40.000Z", "2026-03-13T07:48:19.204Z", d1)
    items = [("01-interview-event.gcal.json", json.dumps(j0, indent=2, ensure_ascii=False).encode() + b"\n"),
             ("02-interview-event-updated.gcal.json", json.dumps(j1, indent=2, ensure_ascii=False).encode() + b"\n")]
    ppl = ["wk.ong@orchidcrescent.example", "priya.raman@orchidcrescent.example"]
    label = dict(interview=True, interviews=[dict(
        company="Orchid Crescent International School", role="Secondary English (IGCSE/IBDP)",
        start=iso(s1), end=iso(e1), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="onsite")], difficulty="hard", category="positive/gcal-json-reschedule",
        notes="Two snapshots of the same Calendar API event (same id, sequence 0 -> 2): noon Mon 16 Mar moved to "
              "4:30pm Wed 18 Mar SGT; company only in the attendee domain/summary context.")
    return cid, items, label


# ------------------------------------------------------------------ 11 standalone floating ics Dubai
@case
def c11():
    cid = "b76-11-standalone-floating-ics-dubai"
    dxb = "Asia/Dubai"
    start = T(2026, 4, 9, 16, 0, dxb)
    end = T(2026, 4, 9, 16, 45, dxb)
    chk(ap(start, BKK) == "7pm" and start.strftime("%A") == "Thursday")
    stamp = T(2026, 4, 2, 11, 20, dxb)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook for Mac 16.95//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{h('c11uid', 8).upper()}-51F2-4B9A-8C33-{h('c11u2', 12).upper()}",
             f"DTSTAMP:{zstamp(stamp)}", f"DTSTART:{wall(start)}", f"DTEND:{wall(end)}",
             "SUMMARY:Zoom interview - High School English (AP/IB) - Cedarwood American School",
             "DESCRIPTION:Hi Rosalind\\, confirming our Zoom interview on Thursday: 4pm Dubai / 7pm Bangkok. "
             "45 minutes with me (Hamish Corrigan\\, Head of High School). Zoom: https://zoom.us/j/96610348822 "
             "Passcode: cedar26\\n\\nHamish Corrigan | Head of High School | Cedarwood American School Dubai | "
             "Mirdif\\, Dubai | +971 4 555 0364",
             "LOCATION:Zoom - https://zoom.us/j/96610348822",
             "ORGANIZER;CN=Hamish Corrigan:mailto:hamish.corrigan@cedarwood-dubai.example",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hamish Corrigan:mailto:hamish.corrigan@cedarwood-dubai.example",
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    items = [("01-zoom-interview-cedarwood.ics", ics(lines).encode())]
    ppl = ["hamish.corrigan@cedarwood-dubai.example"]
    label = dict(interview=True, interviews=[dict(
        company="Cedarwood American School", role="High School English Teacher (AP/IB)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="hard", category="positive/standalone-ics-floating",
        notes="Standalone Outlook-for-Mac .ics with floating DTSTART 16:00; description '4pm Dubai / 7pm Bangkok' "
              "resolves it to +04:00.")
    return cid, items, label


# ------------------------------------------------------------------ 12 forwarded HTML-only PST
@case
def c12():
    cid = "b76-12-agency-forward-html-only-pst-shorthand"
    la = "America/Los_Angeles"
    start = T(2026, 3, 12, 16, 30, la)
    end = start + timedelta(minutes=30)
    chk(start.utcoffset() == timedelta(hours=-7))
    bk = at(start, BKK)
    chk(bk.day == 13 and hm(bk) == "06:30")
    orig_sent = T(2026, 3, 9, 15, 22, la)
    sent = T(2026, 3, 10, 1, 5, "Europe/London")
    orig = (
        "<div>Hi Nigel,</div><div><br></div>"
        "<div>Thanks for sending Rosalind's file - really strong. I'm in San Francisco for the recruiting trip this week, "
        "so I've put us down for a video interview <b>Thu 3/12 @ 4:30p PST</b> - I believe that's Fri 3/13 at 6:30am "
        "for her in Bangkok, apologies for the early hour! 30 mins should do it. Zoom: "
        "<a href=\"https://zoom.us/j/81234077150\">https://zoom.us/j/81234077150</a></div><div><br></div>"
        "<div>It's for our Grade 11-12 English Teacher opening (IB DP). Rosalind can reach me directly at "
        "cvasquezmoore@jaderiver.example.</div><div><br></div>"
        "<div>Carolyn</div><div>--</div><div>Dr. Carolyn Vasquez-Moore | Head of School<br>Jade River Academy Shanghai<br>"
        "1200 Jinxiu Road, Pudong, Shanghai<br>+86 21 5555 0952</div>")
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div dir=\"ltr\"><div>Dear Rosalind,</div><div><br></div>"
        "<div>Good news - Jade River would like to interview you (see Carolyn's note below). Please reply directly "
        "to Carolyn to confirm, and copy me so I can update your file.</div><div><br></div>"
        "<div>Kind regards,</div><div>Nigel</div><div>--</div>"
        "<div>Nigel Ashdown | Senior Associate, Asia<br>Meridian Teacher Search<br>+44 1225 555 017</div><br>"
        "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
        f"From: <strong class=\"gmail_sendername\">Carolyn Vasquez-Moore</strong> &lt;cvasquezmoore@jaderiver.example&gt;<br>"
        f"Date: {orig_sent:%a}, {orig_sent:%b} {orig_sent.day}, {orig_sent.year} at {orig_sent.hour % 12 or 12}:{orig_sent.minute:02d} PM<br>"
        "Subject: Rosalind Achterberg - interview<br>To: Nigel Ashdown &lt;nigel.ashdown@meridiansearch.example&gt;<br></div><br>"
        f"<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">{orig}</blockquote></div>"
        "</div></body></html>")
    m = mail("Nigel Ashdown <nigel.ashdown@meridiansearch.example>", OWNER_ADDR,
             "Fwd: Rosalind Achterberg - interview", sent, gmail_id("c12"), html=html, html_cte="quoted-printable",
             received_host="mail-lf1-f50.google.example")
    items = [("01-agency-forwards-head-of-school.eml", m)]
    ppl = ["cvasquezmoore@jaderiver.example"]
    label = dict(interview=True, interviews=[dict(
        company="Jade River Academy Shanghai", role="Grade 11-12 English Teacher (IB DP)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="hiring_manager")], difficulty="hard", category="positive/forwarded-html-only",
        notes="HTML-only QP forward from the agency; 'Thu 3/12 @ 4:30p PST' written in March (US DST already on, "
              "confirmed by 'Fri 3/13 at 6:30am Bangkok') -> -07:00; the interviewer is on a US trip for a Shanghai school.")
    return cid, items, label


# ------------------------------------------------------------------ 13 Munich thread 14:00 Uhr
@case
def c13():
    cid = "b76-13-munich-thread-14-uhr-vs-half-past-ten"
    muc = "Europe/Berlin"
    alt = T(2026, 4, 13, 10, 30, muc)
    start = T(2026, 4, 14, 14, 0, muc)
    end = start + timedelta(hours=1)
    chk(alt.strftime("%A") == "Monday" and start.strftime("%A") == "Tuesday" and hm(start, BKK) == "19:00")
    sent1 = T(2026, 4, 2, 16, 48, muc)
    id1 = f"<{h('c13a', 12)}.{h('c13b', 8)}@isarbruecke-school.example>"
    t1 = (
        "Dear Ms Achterberg,\n\n"
        "thank you for your application for the post of English Teacher (Secondary, IGCSE/IB). We would like to "
        "invite you to an interview by video after the Easter holidays. I could offer Monday, 13 April at half past "
        "ten, or Tuesday, 14 April at 14:00 Uhr (both Munich time). Please let me know which suits you better.\n\n"
        "With kind regards\n\nDr. Matthias Obermaier\nSchulleiter / Head of School\nIsarbrücke International School\n"
        "Leopoldstraße 210, 80804 München\nTel. +49 89 5550 3310\n")
    m1 = mail("Dr. Matthias Obermaier <m.obermaier@isarbruecke-school.example>", OWNER_ADDR,
              "Ihre Bewerbung / your application - English Teacher (Secondary)", sent1, id1, text=t1,
              extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.8.0")], received_host="mx01.isarbruecke-school.example")
    sent2 = T(2026, 4, 3, 9, 12, muc)
    own_sent = T(2026, 4, 2, 23, 5, BKK)
    t2 = (
        "Dear Ms Achterberg,\n\n"
        f"thank you - Tuesday, 14 April at 14:00 Uhr it is. That will be {hm(start, BKK)} for you in Bangkok. "
        "We have planned about one hour. Our Head of English, Ms Beatrix Kohlhaas (b.kohlhaas@isarbruecke-school.example), "
        "will join me; we will use Microsoft Teams and I will send the link on the Monday.\n\n"
        "With kind regards\nMatthias Obermaier\n\n"
        f"Am {own_sent.day:02d}.{own_sent.month:02d}.{own_sent.year} um {hm(own_sent)} schrieb {OWNER_NAME}:\n"
        "> Dear Dr Obermaier,\n> thank you for the invitation. Tuesday at 14:00 would suit me best.\n"
        "> Kind regards,\n> Rosalind Achterberg\n")
    m2 = mail("Dr. Matthias Obermaier <m.obermaier@isarbruecke-school.example>", OWNER_ADDR,
              "Re: Ihre Bewerbung / your application - English Teacher (Secondary)", sent2,
              f"<{h('c13c', 12)}.{h('c13d', 8)}@isarbruecke-school.example>", text=t2,
              cc="Beatrix Kohlhaas <b.kohlhaas@isarbruecke-school.example>",
              in_reply_to=f"<{h('c13own', 16)}@mail.example>", references=f"{id1} <{h('c13own', 16)}@mail.example>",
              text_cte="quoted-printable",
              extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.8.0")], received_host="mx01.isarbruecke-school.example")
    items = [("01-two-slots-offered.eml", m1), ("02-tuesday-14-uhr-confirmed.eml", m2)]
    ppl = ["m.obermaier@isarbruecke-school.example", "b.kohlhaas@isarbruecke-school.example"]
    label = dict(interview=True, interviews=[dict(
        company="Isarbrücke International School", role="English Teacher (Secondary, IGCSE/IB)",
        start=iso(start), end=iso(end), status="scheduled", interviewer_emails=ppl, followup_recipients=ppl,
        kind="onsite")], difficulty="hard", category="positive/thread-propose-confirm",
        notes="Two slots offered ('Monday at half past ten' or 'Tuesday 14:00 Uhr'); confirmation picks Tuesday "
              "14:00 CEST (+02:00, = 19:00 Bangkok), one hour, head + head of English.")
    return cid, items, label


# ================================================================== NEGATIVES
@case
def c14():
    cid = "b76-14-neg-fair-registration-no-interview"
    sent = T(2025, 12, 15, 10, 0, "Europe/London")
    fair_start = datetime(2026, 1, 9).date()
    t = (
        "Dear Rosalind,\n\n"
        "Your registration for the MERIDIAN BANGKOK RECRUITMENT FAIR (9-11 January 2026, Riverside Grand Hotel) "
        "is confirmed. Your candidate number is BKK-0412.\n\n"
        "What happens at the fair\n"
        "- Friday 9 January, 2:00pm: Interview sign-up session, Ballroom B. Schools post their interview "
        "schedules at their tables; you sign up with the schools you want to meet.\n"
        "- Saturday and Sunday: interviews take place at school tables and in hotel suites, as arranged with each school.\n"
        "- Please bring 20 printed CVs and your passport.\n\n"
        "We recommend reviewing the list of attending schools and their vacancies in your portal before you travel. "
        "Registration does not guarantee an interview with any particular school.\n\n"
        "Good luck!\nThe Meridian Events Team\nMeridian Teacher Search Ltd | 14 Wardour Row, Bath BA1 2ZZ, UK\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meridian Teacher Search//Events//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:bkk26-fair-{h('c14', 10)}@meridiansearch.example", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART;VALUE=DATE:{fair_start:%Y%m%d}", "DTEND;VALUE=DATE:20260112",
               "SUMMARY:Meridian Bangkok Recruitment Fair",
               "LOCATION:Riverside Grand Hotel\\, Charoen Krung Road\\, Bangkok",
               "DESCRIPTION:Candidate no. BKK-0412. Interview sign-up session Fri 2pm\\, Ballroom B.",
               "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    m = mail("Meridian Events <events@meridiansearch.example>", OWNER_ADDR,
             "You're registered: Meridian Bangkok Recruitment Fair, 9-11 January 2026", sent,
             f"<{h('c14a', 28)}@meridiansearch.example>", text=t, attach=("bangkok-fair-2026.ics", cal),
             attach_type=("text", "calendar"), received_host="out2.meridiansearch.example")
    sent2 = T(2026, 1, 5, 9, 30, "Europe/London")
    t2 = ("MERIDIAN TEACHER SEARCH - Candidate Portal\n\nDear Rosalind,\n\n"
          "Your candidate file is now visible to the 47 schools attending the Bangkok Recruitment Fair. 6 schools have "
          "viewed your file this week. Schools may contact you to arrange an interview before or during the fair.\n\n"
          "View activity: https://portal.meridiansearch.example/activity\n\nThis is an automated notification - please do not reply.\n")
    m2 = mail("Meridian Candidate Portal <no-reply@portal.meridiansearch.example>", OWNER_ADDR,
              "Your file is now visible to fair schools", sent2, f"<{h('c14b', 24)}@portal.meridiansearch.example>",
              text=t2, received_host="mta3.portal.meridiansearch.example")
    items = [("01-fair-registration-confirmed.eml", m), ("02-portal-file-visible.eml", m2)]
    label = dict(interview=False, interviews=[], difficulty="hard", category="negative/fair-registration",
                 notes="Fair registration + all-day fair .ics; mentions interview sign-up and interview days but no "
                       "interview is booked.")
    return cid, items, label


@case
def c15():
    cid = "b76-15-neg-agency-webinar-acing-your-interview"
    start = T(2026, 1, 21, 19, 0, BKK)
    end = start + timedelta(hours=1)
    sent = T(2026, 1, 14, 8, 0, "Europe/London")
    t = (
        "Hi Rosalind,\n\nYou're registered for our live webinar:\n\n"
        "ACING YOUR INTERNATIONAL SCHOOL INTERVIEW - what heads of school really ask\n"
        f"{day(start)} 2026 | {ap(start)} Bangkok / {ap(start, 'Asia/Dubai')} Dubai / {ap(start, 'Europe/London')} London\n\n"
        "Our panel of three former heads of school will cover the fair interview, the Zoom interview across time "
        "zones, sample lessons and how to answer 'Why do you want to leave your current school?'. "
        "There will be a live Q&A - bring your questions about the interview process!\n\n"
        "Join link: https://zoom.us/w/91847220316?tk=edupost-candidate\n\n"
        "See you there,\nThe EduPost Global Careers Team\n\n"
        "You are receiving this because you registered at edupost.example. Unsubscribe: https://edupost.example/u/8812\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EduPost Global//Webinars//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:webinar-{h('c15', 12)}@edupost.example", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
               "SUMMARY:Webinar: Acing your international school interview",
               "DESCRIPTION:Join: https://zoom.us/w/91847220316?tk=edupost-candidate",
               "ORGANIZER;CN=EduPost Global:mailto:webinars@edupost.example", "END:VEVENT", "END:VCALENDAR"])
    m = mail("EduPost Global Careers <webinars@edupost.example>", OWNER_ADDR,
             "Confirmed: Acing your international school interview (live webinar)", sent,
             f"<{h('c15a', 30)}@send.edupost.example>", text=t, attach=("webinar.ics", cal),
             attach_type=("text", "calendar"), received_host="send.edupost.example")
    return cid, [("01-webinar-registration.eml", m)], dict(
        interview=False, interviews=[], difficulty="medium", category="negative/webinar",
        notes="Job site webinar about interviews with a timed .ics; not an interview.")


@case
def c16():
    cid = "b76-16-neg-uae-visa-medical-appointment"
    dxb = "Asia/Dubai"
    appt = T(2026, 8, 17, 8, 15, dxb)
    sent = T(2026, 4, 28, 10, 40, dxb)
    t = (
        "Dear Ms Achterberg,\n\n"
        "Congratulations again on joining Crescent Palms British School. As part of your UAE residence visa process, "
        "we have scheduled your visa medical fitness test:\n\n"
        f"  Date/time: {day(appt)} 2026, {ap(appt)}\n"
        "  Centre:    Al Waha Medical Fitness Centre, Al Qusais, Dubai\n"
        "  Bring:     passport, entry permit printout, 2 passport photos\n\n"
        "It is just a blood test and a chest X-ray, and our PRO, Mr Sameer Qureshi, will "
        "accompany you. Your Emirates ID biometrics appointment will be scheduled for the same week.\n\n"
        "If your flight details change, please let me know so that we can reschedule.\n\n"
        "Kind regards,\nFarah Siddiqui\nRecruitment Officer | Crescent Palms British School\n+971 4 555 0877\n")
    m = mail("Farah Siddiqui <f.siddiqui@crescentpalms.example>", OWNER_ADDR,
             "Visa medical appointment - Monday 17 August", sent, outlook_id("c16", "DU0PR08MB"), text=t,
             extra=[("Thread-Topic", "Visa medical appointment - Monday 17 August")],
             received_host="EUR05-DU0-obe.outbound.protection.outlook.com")
    chk(appt.strftime("%A") == "Monday")
    return cid, [("01-visa-medical-scheduled.eml", m)], dict(
        interview=False, interviews=[], difficulty="medium", category="negative/visa-medical",
        notes="Scheduled visa medical after an offer (school HR sender, date/time, 'scheduled'); not a job interview.")


@case
def c17():
    cid = "b76-17-neg-contract-signing-call-after-offer"
    qa = "Asia/Qatar"
    start = T(2026, 2, 22, 11, 0, qa)
    end = start + timedelta(minutes=30)
    sent = T(2026, 2, 17, 13, 25, qa)
    guests = [("n.alkuwari@pearlgulf.example", "Noora Al-Kuwari"), (OWNER, OWNER)]
    m, _ = google_invite("n.alkuwari@pearlgulf.example", "Noora Al-Kuwari", guests,
                         "Contract review & signing call - Rosalind Achterberg (IB English A)", start, end, "AST", qa,
                         "Following your offer of employment, we will walk through your contract, housing and flight "
                         "allowance, and send the contract for e-signature during the call.\n"
                         f"{ap(start)} Doha / {ap(start, BKK)} Bangkok.\n\nNoora Al-Kuwari, HR Manager, Pearl Gulf International School",
                         sent)
    return cid, [("01-invitation-contract-signing.eml", m)], dict(
        interview=False, interviews=[], difficulty="hard", category="negative/post-offer-call",
        notes="Google invite from school HR for a contract-signing call after an offer; looks like an interview invite.")


@case
def c18():
    cid = "b76-18-neg-owner-interviews-scholarship-students"
    s = T(2026, 1, 22, 15, 40, BKK)
    e = s + timedelta(minutes=20)
    sent0 = T(2026, 1, 16, 12, 5, BKK)
    t0 = ("Dear colleagues,\n\nThank you for agreeing to sit on the interview panel for this year's Year 11 "
          "scholarship candidates. Each candidate will book a 20-minute interview with one panel member through "
          "SlotPilot; please make sure your availability is up to date by Monday. Interview questions and the "
          "scoring rubric are in the shared drive.\n\nWith thanks,\nKannika Wongsakul\nDeputy Head (Pastoral)\n"
          "Chao Phraya International School\n")
    m0 = mail("Kannika Wongsakul <kannika.w@chaophraya-is.example>",
              "Scholarship Panel <scholarship-panel@chaophraya-is.example>",
              "Year 11 scholarship interviews - panel briefing", sent0, gmail_id("c18a"), text=t0,
              received_host="mail-yw1-f170.google.example")
    sent = T(2026, 1, 20, 18, 22, BKK)
    t = (
        "Hi Rosalind Achterberg,\n\nA new event has been scheduled.\n\n"
        "Event type: Year 11 Scholarship Interview (20 min)\n"
        "Invitee: Napat Srisuk\nInvitee email: napat.srisuk@student.chaophraya-is.example\n"
        f"Event date/time: {hm(s)} - {hm(e)}, {s:%A}, {s:%B} {s.day}, {s.year} (Indochina Time)\n"
        "Location: Room L2-14, Library\n\nInvitee notes: I'm applying for the academic scholarship.\n\n"
        "View event in SlotPilot: https://slotpilot.example/scheduled_events/8f1c2\n\n"
        "Sent from SlotPilot - you are the host of this event.\n")
    m = mail("SlotPilot <notifications@slotpilot.example>", OWNER_ADDR,
             f"New Event: Napat Srisuk - {hm(s)} {s:%a}, {s.day} {s:%b} {s.year} - Year 11 Scholarship Interview (20 min)",
             sent, f"<{h('c18b', 30)}@slotpilot.example>", text=t, received_host="o3.email.slotpilot.example")
    return cid, [("01-panel-briefing.eml", m0), ("02-slotpilot-new-booking-host.eml", m)], dict(
        interview=False, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
        notes="Owner (a teacher) hosts a scholarship interview for a student; booking-tool notification addressed to the host.")


@case
def c19():
    cid = "b76-19-neg-reference-check-calls"
    dxb = "Asia/Dubai"
    call = T(2026, 3, 4, 15, 0, BKK)
    sent = T(2026, 3, 2, 9, 45, dxb)
    t = (
        "Dear Ms Achterberg,\n\n"
        "Thank you for providing your referees. As the final stage of our safer-recruitment process, Mr Penhaligon "
        "will be calling your current Head of Secondary, Ms Deborah Alcott, for a reference check on "
        f"{day(call)} at {ap(call)} Bangkok time ({ap(call, dxb)} Dubai). We will also contact your second referee in writing.\n\n"
        "You do not need to join the call; we will be in touch once references are complete.\n\n"
        "Kind regards,\nFarah Siddiqui\nRecruitment Officer | Crescent Palms British School\n+971 4 555 0877\n")
    m = mail("Farah Siddiqui <f.siddiqui@crescentpalms.example>", OWNER_ADDR,
             "Reference check - Secondary English Teacher & KS5 Lead", sent, outlook_id("c19", "DU0PR08MB"), text=t,
             extra=[("Thread-Topic", "Reference check - Secondary English Teacher & KS5 Lead")],
             received_host="EUR05-DU0-obe.outbound.protection.outlook.com")
    sent2 = T(2026, 3, 5, 6, 30, "Europe/London")
    t2 = ("MERIDIAN TEACHER SEARCH - Candidate Portal\n\nDear Rosalind,\n\n"
          "Confidential reference received (2 of 3) from: Deborah Alcott, Chao Phraya International School.\n"
          "Schools you have interviewed with can now view your completed references.\n\n"
          "This is an automated notification - please do not reply.\n")
    m2 = mail("Meridian Candidate Portal <no-reply@portal.meridiansearch.example>", OWNER_ADDR,
              "Reference received (2 of 3)", sent2, f"<{h('c19b', 24)}@portal.meridiansearch.example>", text=t2,
              received_host="mta3.portal.meridiansearch.example")
    return cid, [("01-reference-call-scheduled.eml", m), ("02-portal-reference-received.eml", m2)], dict(
        interview=False, interviews=[], difficulty="hard", category="negative/reference-check",
        notes="School schedules a reference call with the owner's referee (owner not a participant); portal reference notice.")


@case
def c20():
    cid = "b76-20-neg-abu-dhabi-availability-request"
    auh = "Asia/Dubai"
    sent1 = T(2026, 2, 24, 7, 55, "Europe/London")
    t1 = ("MERIDIAN TEACHER SEARCH - Candidate Portal\n\nDear Rosalind,\n\n"
          "INTERVIEW REQUEST: Falcon Ridge Academy, Abu Dhabi would like to interview you for: Secondary English Teacher.\n\n"
          "Please log in within 7 days to propose three time slots. The school will confirm one of them.\n"
          "https://portal.meridiansearch.example/requests/55190\n\n"
          "This is an automated notification - please do not reply.\n")
    m1 = mail("Meridian Candidate Portal <no-reply@portal.meridiansearch.example>", OWNER_ADDR,
              "Interview request: Falcon Ridge Academy (Abu Dhabi)", sent1,
              f"<{h('c20a', 24)}@portal.meridiansearch.example>", text=t1, received_host="mta3.portal.meridiansearch.example")
    sent2 = T(2026, 2, 24, 13, 10, auh)
    t2 = ("Dear Ms Achterberg,\n\nFurther to the portal request, could you let me know your availability for a Teams "
          "interview with our Principal next week? During Ramadan our working hours are 8am to 2pm UAE time, "
          "Sunday to Thursday (11am-5pm in Bangkok), so any slot in that window would be ideal.\n\n"
          "Once I have your preferences I will send a calendar invitation.\n\n"
          "Kind regards,\nMaryam Al Hashemi\nHR Executive | Falcon Ridge Academy\nKhalifa City, Abu Dhabi | +971 2 555 0433\n")
    chk(ap(T(2026, 2, 24, 8, 0, auh), BKK) == "11am")
    m2 = mail("Maryam Al Hashemi <m.alhashemi@falconridge.example>", OWNER_ADDR,
              "Interview availability - Secondary English Teacher", sent2, outlook_id("c20b", "DB8PR01MB"), text=t2,
              received_host="EUR01-DB8-obe.outbound.protection.outlook.com")
    return cid, [("01-portal-interview-request.eml", m1), ("02-hr-asks-availability.eml", m2)], dict(
        interview=False, interviews=[], difficulty="hard", category="negative/availability-request",
        notes="Portal 'interview request' + HR asks for availability windows (Ramadan hours); nothing booked.")


@case
def c21():
    cid = "b76-21-neg-job-site-alert-schools-interviewing-now"
    sent = T(2026, 2, 2, 6, 0, "Europe/London")
    html = (
        "<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
        "<h2 style=\"color:#0b3d5c\">EduPost Global</h2><p>Hi Rosalind, here are 14 new jobs matching "
        "<b>English, Secondary, Middle East &amp; Asia</b>.</p>"
        "<h3>Schools interviewing now</h3><ul>"
        "<li><a href=\"https://edupost.example/jobs/44120\">Teacher of English</a> - Harbourline Academy, Dubai - "
        "<i>Interviews from 3 March; start August 2026</i></li>"
        "<li><a href=\"https://edupost.example/jobs/44187\">IB English A Teacher</a> - Doha Crescent School, Doha - "
        "<i>Interviewing at the Dubai fair, 14 February</i></li>"
        "<li><a href=\"https://edupost.example/jobs/44201\">Head of English</a> - Riverside Pudong Academy, Shanghai - "
        "<i>Early application advised: candidates may be interviewed on a rolling basis</i></li>"
        "</ul><p>Tip of the week: prepare a 2-minute answer to 'Tell us about a lesson that went wrong'.</p>"
        "<p style=\"font-size:11px;color:#777\">You receive this job alert because you subscribed at edupost.example. "
        "<a href=\"https://edupost.example/alerts\">Manage alerts</a> | EduPost Global Ltd, 3 Canal Yard, London N1 9ZZ</p>"
        "</td></tr></table></body></html>")
    m = mail("EduPost Global Jobs <alerts@edupost.example>", OWNER_ADDR,
             "14 new English jobs - schools interviewing now", sent, f"<{h('c21', 30)}@send.edupost.example>",
             html=html, html_cte="quoted-printable", extra=[("List-Unsubscribe", "<https://edupost.example/u/8812>")],
             received_host="send.edupost.example")
    return cid, [("01-job-alert.eml", m)], dict(
        interview=False, interviews=[], difficulty="easy", category="negative/job-alert",
        notes="HTML-only job alert with 'interviews from 3 March' / 'interviewing at the Dubai fair'.")


@case
def c22():
    cid = "b76-22-neg-rejection-after-copenhagen-interview"
    cph = "Europe/Copenhagen"
    past = T(2026, 3, 3, 16, 0, cph)
    sent = T(2026, 3, 6, 14, 20, cph)
    chk(past.strftime("%A") == "Tuesday" and hm(past, BKK) == "22:00")
    t = (
        "<p>Dear Ms Achterberg,</p>"
        f"<p>Thank you for interviewing with us on Tuesday ({ap(past)} Copenhagen / {ap(past, BKK)} Bangkok) - the panel "
        "enjoyed meeting you. After a great deal of thought we have decided to offer the Secondary English position "
        "to another candidate whose experience with the Danish curriculum was a closer fit.</p>"
        "<p>We would be glad to hear from you again should another role come up, and we will keep your details on "
        "file for next year's recruitment round.</p>"
        "<p>Kind regards,<br>Mette Lauridsen<br>Head of Secondary | Nordhavn International School<br>"
        "Sandkaj 9, 2150 Nordhavn, Copenhagen | +45 55 55 01 27</p>")
    m = mail("Mette Lauridsen <mette.lauridsen@nordhavn-is.example>", OWNER_ADDR,
             "Secondary English position - Nordhavn International School", sent, outlook_id("c22", "AM0PR07MB"),
             html="<html><body>" + t + "</body></html>", html_cte="base64",
             received_host="EUR04-AM0-obe.outbound.protection.outlook.com")
    return cid, [("01-rejection.eml", m)], dict(
        interview=False, interviews=[], difficulty="medium", category="negative/rejection",
        notes="Base64 HTML rejection referring to a past interview time; no interview to track.")


# ================================================================== main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b76-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        cid, items, label = fn()
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode())
        lab = {"user": OWNER}
        lab.update(label)
        lab["source"] = "synthetic"
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("# blind76 labels (written blind; see README.md). Regenerate with make_cases.py.\n")
        class NoAlias(yaml.SafeDumper):
            def ignore_aliases(self, data):
                return True
        yaml.dump(labels, f, Dumper=NoAlias, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
