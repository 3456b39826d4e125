#!/usr/bin/env python3
"""Deterministic generator for the blind93 evaluation set (Tel Aviv cybersecurity analyst).

Rewrites every b93-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; all domains end in .example.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
OUT_POLICY = DEFAULT_POLICY.clone(max_line_length=998)
TLV = ZoneInfo("Asia/Jerusalem")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
DEN = ZoneInfo("America/Denver")
BLR = ZoneInfo("Asia/Kolkata")

OWNER = "noa.benari@example.com"
OWNER_NAME = "Noa Ben-Ari"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
WORK = "noa.benari@rimonpay.example"  # her current job; auto-forwarded to OWNER

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(zone, y, m, d, h=0, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=zone)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}-{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ_OLSON_JERUSALEM = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Jerusalem", "X-LIC-LOCATION:Asia/Jerusalem",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:IDT",
    "DTSTART:19700327T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:IST",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_WIN_ISRAEL = [
    "BEGIN:VTIMEZONE", "TZID:Israel Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_WIN_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_WIN_GMT = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def google_ics(uid, start, end, organizer, attendees, summary, description, stamp,
               seq=0, method="REQUEST", status="CONFIRMED", meet="https://meet.google.example/abc-defg-hij"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += [att(n, e, p, google=True) for (n, e, p) in attendees]
    lines += [f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{z(stamp)}",
              "DESCRIPTION:" + esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                   f"Join with Google Meet: {meet}\n\nPlease do not edit this section.\n"
                                   "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{z(stamp)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              "SUMMARY:" + esc(summary), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_ics(tzblock, tzid, uid, start, end, organizer, attendees, summary, description, stamp,
                 seq=0, method="REQUEST", status="CONFIRMED", location="Microsoft Teams Meeting",
                 teams="https://teams.microsoft.example/l/meetup-join/19%3ameeting_b93"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += tzblock
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e, p) for (n, e, p) in attendees]
    lines += ["DESCRIPTION;LANGUAGE=en-US:" + esc(description), f"UID:{uid}",
              "SUMMARY;LANGUAGE=en-US:" + esc(summary),
              f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{location}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:"
              + ("2" if method == "CANCEL" else "1"), "X-MICROSOFT-CDO-INSTTYPE:0",
              f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ----------------------------------------------------------------------------- e-mail helpers
def html_of(text, rtl=False):
    import html as H
    paras = [p for p in text.split("\n\n")]
    d = ' dir="rtl"' if rtl else ""
    body = "".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div{d} style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{body}</div></body></html>\n')


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def mail(date, frm, to, subject, *, text=None, html=None, cte="quoted-printable", html_cte=None,
         cc=None, reply_to=None, msg_id, in_reply_to=None, references=None, sender=None,
         calendar=None, cal_method="REQUEST", cal_cte="7bit", attachments=(), extra=(),
         delivered_to=OWNER, rtl=False, auto_html=False, received_host="mx.mail.example"):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_host} ({received_host} [198.51.100.{int(hashlib.md5(msg_id.encode()).hexdigest()[:2], 16) % 250 + 1}])"
                     f" by mx.example.com with ESMTPS id {hashlib.md5(msg_id.encode()).hexdigest()[:12]}"
                     f" for <{delivered_to}>; {format_datetime(date + timedelta(seconds=3))}")
    for k, v in extra:
        m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msg_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if auto_html and html is None:
        html = html_of(text, rtl)
    if text is not None:
        m.set_content(text, subtype="plain", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if calendar is not None:
        if m.get_content_maintype() != "multipart":
            m.make_alternative()
        m.add_alternative(calendar, subtype="calendar", cte=cal_cte, params={"method": cal_method})
    for (fname, data, maintype, subtype) in attachments:
        params = None
        if subtype == "calendar":
            meth = data.decode("utf-8").split("METHOD:", 1)[1].split("\r\n", 1)[0]
            params = {"charset": "UTF-8", "method": meth}
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params=params)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b93_{hashlib.sha1(f'{msg_id}-{i}'.encode()).hexdigest()[:20]}_{i}")
    return m.as_bytes(policy=OUT_POLICY)


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


def label(case, interviews, difficulty, category, notes, user=OWNER):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def he_date_line(dt, name, email):
    days = ["יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת", "יום א׳"]
    months = ["בינו׳", "בפבר׳", "במרץ", "באפר׳", "במאי", "ביוני", "ביולי", "באוג׳", "בספט׳", "באוק׳", "בנוב׳", "בדצמ׳"]
    return (f"בתאריך {days[dt.weekday()]}, {dt.day} {months[dt.month - 1]} {dt.year} ב-{dt:%H:%M} "
            f"מאת {name} <{email}>:")


def en_date_line(dt, name, email):
    return f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p').lstrip('0')} {name} <{email}> wrote:"


# ============================================================================= POSITIVE CASES
def case01():
    c = "b93-01-comeet-phone-screen-sunday"
    co, role = "Tzafon Labs", "Security Analyst (Cloud SOC)"
    rec = ("Michal Levi", "michal.levi@tzafonlabs.example")
    start, end = T(TLV, 2026, 3, 8, 10, 30), T(TLV, 2026, 3, 8, 11, 0)
    sent = T(TLV, 2026, 3, 4, 13, 12)
    text = f"""Hi Noa,

Thank you for applying to Tzafon Labs! We would like to invite you to a phone interview for the {role} position.

Date: Sunday, March 8, 2026
Time: 10:30 - 11:00 (GMT+02:00) Asia/Jerusalem
Type: Phone call
Interviewer: Michal Levi, Talent Acquisition Partner

Michal will call you at the number you provided in your application (+972-54-771-0392).

Please confirm your attendance:
Confirm  https://app.comeet.example/i/confirm/Tz8kQ2
Request a different time  https://app.comeet.example/i/reschedule/Tz8kQ2

A calendar invitation is attached.

Good luck,
Tzafon Labs Recruiting Team
HaArba'a St 28, Tel Aviv

--
Sent via Comeet on behalf of Tzafon Labs. Replies go to Michal Levi.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Comeet//Interview Scheduler//EN", "VERSION:2.0",
               "METHOD:REQUEST", *VTZ_OLSON_JERUSALEM, "BEGIN:VEVENT",
               "UID:int-4471093-tzafonlabs@comeet.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=Asia/Jerusalem:{loc(start)}", f"DTEND;TZID=Asia/Jerusalem:{loc(end)}",
               "SUMMARY:" + esc(f"Phone interview: Noa Ben-Ari / {co} - {role}"),
               "DESCRIPTION:" + esc("Phone interview with Michal Levi (Talent Acquisition Partner).\n"
                                    "Michal will call you at +972-54-771-0392."),
               "LOCATION:Phone call",
               f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
               att(OWNER_NAME, OWNER), att(rec[0], rec[1], "ACCEPTED"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-comeet-phone-interview.eml", mail(
        sent, f"Michal Levi (Tzafon Labs) <notifications@mail.comeet.example>", OWNER_FULL,
        f"Phone interview with Tzafon Labs - {role}", text=text, auto_html=True,
        reply_to=f"{rec[0]} <{rec[1]}>", msg_id=mid(c, 1, "mail.comeet.example"),
        attachments=[("interview.ics", cal.encode(), "text", "calendar")],
        received_host="out3.mail.comeet.example"))
    label(c, [iv(co, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")], "easy",
          "positive/ats-comeet-ics",
          "Comeet invitation with .ics (TZID Asia/Jerusalem, winter +02:00) for a Sunday phone screen; "
          "recruiter is the interviewer; sent from the Comeet notification address, Reply-To recruiter.")


def case02():
    c = "b93-02-hebrew-thread-friday-moved-to-sunday"
    co, role = "Ofek Cyber", "Incident Response Analyst"
    shira = ("שירה אברהם", "shira.avraham@ofekcyber.example")
    uri = ("אורי כץ", "uri.katz@ofekcyber.example")
    start, end = T(TLV, 2026, 3, 29, 14, 0), T(TLV, 2026, 3, 29, 15, 0)
    d1, d2, d3 = T(TLV, 2026, 3, 24, 10, 5), T(TLV, 2026, 3, 24, 12, 41), T(TLV, 2026, 3, 24, 15, 18)
    sig = """שירה אברהם | גיוס טאלנטים
אופק סייבר בע"מ
רח' ז'בוטינסקי 7, רמת גן
נייד: 052-618-4470"""
    t1 = f"""היי נועה,

תודה על השיחה הטלפונית אתמול! שמחנו לשמוע על הניסיון שלך ב-SOC.
נשמח להתקדם לראיון מקצועי עם אורי כץ, ראש צוות ה-IR, למשרת Incident Response Analyst.

מה דעתך על יום שישי, 27.03, בשעה 09:00? הראיון יתקיים בזום ויימשך כשעה.

{sig}
"""
    add(c, "01-ofek-proposes-friday.eml", mail(
        d1, f"{shira[0]} <{shira[1]}>", OWNER_FULL, "אופק סייבר - ראיון מקצועי (Incident Response Analyst)",
        text=t1, auto_html=True, rtl=True, cte="base64", msg_id=mid(c, 1, "ofekcyber.example")))
    t2 = f"""היי שירה,

תודה רבה, שמחה להתקדם!
ביום שישי קצת קשה לי (יש לי התחייבות משפחתית בבוקר). אפשר אולי ביום ראשון, 29.03? אני גמישה כל היום, עדיף אחרי 12:00.

Thanks,
Noa

נועה בן-ארי
054-771-0392

{he_date_line(d1, shira[0], shira[1])}
{quote(t1)}
"""
    add(c, "02-noa-asks-for-sunday.eml", mail(
        d2, OWNER_FULL, f"{shira[0]} <{shira[1]}>", "Re: אופק סייבר - ראיון מקצועי (Incident Response Analyst)",
        text=t2, cte="base64", msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "ofekcyber.example"),
        references=mid(c, 1, "ofekcyber.example"), received_host="smtp.mail.example"))
    t3 = f"""נועה, אין בעיה בכלל :)

סגרנו ליום ראשון, 29.03, בשעה 14:00 עם אורי (בהעתק). הראיון בזום, כשעה.
קישור: https://zoom.example/j/83310457726?pwd=OfEk29

בהצלחה!

{sig}

{he_date_line(d2, "Noa Ben-Ari", OWNER)}
{quote(t2)}
"""
    add(c, "03-ofek-confirms-sunday.eml", mail(
        d3, f"{shira[0]} <{shira[1]}>", OWNER_FULL, "Re: אופק סייבר - ראיון מקצועי (Incident Response Analyst)",
        text=t3, auto_html=True, rtl=True, cte="base64", cc=f"{uri[0]} <{uri[1]}>",
        msg_id=mid(c, 3, "ofekcyber.example"), in_reply_to=mid(c, 2, "mail.example"),
        references=f"{mid(c, 1, 'ofekcyber.example')} {mid(c, 2, 'mail.example')}"))
    label(c, [iv(co, role, start, end, "scheduled", [uri[1]], [uri[1]], "technical")], "hard",
          "positive/thread-hebrew-reschedule",
          "Hebrew thread: Friday 27.03 09:00 proposed, candidate asks for Sunday, final Sunday 29.03 14:00. "
          "Israel DST started Fri 27 March -> +03:00. Team lead Uri (CC) interviews.")


def case03():
    c = "b93-03-greenhouse-us-virtual-panel"
    co, role = "Harbor Lattice", "Threat Detection Engineer"
    coord = ("Jenna Morales", "jmorales@harborlattice.example")
    p = [("Marcus Feld", "mfeld@harborlattice.example", "Detection engineering deep-dive", (9, 0), (9, 45)),
         ("Priyanka Das", "pdas@harborlattice.example", "Incident scenario walkthrough", (9, 45), (10, 30)),
         ("Rachel Stone", "rstone@harborlattice.example", "Hiring manager conversation", (10, 45), (11, 30))]
    sent = T(NYC, 2026, 4, 8, 16, 20)
    rows = ""
    for n, e, t, a, b in p:
        s, f = T(NYC, 2026, 4, 14, *a), T(NYC, 2026, 4, 14, *b)
        rows += (f"<tr><td style=\"padding:6px 12px\">{s.strftime('%I:%M %p').lstrip('0')} &ndash; "
                 f"{f.strftime('%I:%M %p').lstrip('0')} EDT</td><td style=\"padding:6px 12px\">{t}</td>"
                 f"<td style=\"padding:6px 12px\">{n}</td></tr>\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:640px;margin:0 auto">
<p>Hi Noa,</p>
<p>Thank you for making time to interview with Harbor Lattice! Below is your itinerary for your virtual panel for the <b>{role}</b> role.</p>
<p><b>Tuesday, April 14, 2026</b> (all times Eastern &mdash; that&#39;s 4:00 PM to 6:30 PM for you in Tel Aviv)</p>
<table style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#f3f5f7"><th style="padding:6px 12px;text-align:left">Time</th><th style="padding:6px 12px;text-align:left">Session</th><th style="padding:6px 12px;text-align:left">Interviewer</th></tr>
{rows}</table>
<p>There is a 15-minute break between the second and third sessions. All sessions use the same Zoom room: <a href="https://harborlattice.zoom.example/j/95520183345">https://harborlattice.zoom.example/j/95520183345</a></p>
<p>Calendar files are attached. If anything comes up, just reply to this email.</p>
<p>Best,<br>Jenna Morales<br>Recruiting Coordinator, Harbor Lattice<br>120 Hudson St, New York, NY 10013<br>+1 (646) 555-0187</p>
<p style="color:#888;font-size:11px">Sent via Greenhouse</p>
</div></body></html>
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduler//EN", "METHOD:REQUEST"]
    for i, (n, e, t, a, b) in enumerate(p):
        s, f = T(NYC, 2026, 4, 14, *a), T(NYC, 2026, 4, 14, *b)
        lines += ["BEGIN:VEVENT", f"UID:gh-b93-hl-{i}@greenhouse.example", f"DTSTAMP:{z(sent)}",
                  f"DTSTART:{z(s)}", f"DTEND:{z(f)}",
                  "SUMMARY:" + esc(f"Harbor Lattice - {t} ({n})"),
                  "DESCRIPTION:" + esc(f"Virtual panel for {role}. Zoom: https://harborlattice.zoom.example/j/95520183345"),
                  "LOCATION:Zoom", f"ORGANIZER;CN={coord[0]}:mailto:{coord[1]}",
                  att(OWNER_NAME, OWNER), att(n, e, "ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    add(c, "01-greenhouse-itinerary.eml", mail(
        sent, f"{coord[0]} <{coord[1]}>", OWNER_FULL, f"Your interview itinerary - Harbor Lattice, {role}",
        html=html, cte="quoted-printable", msg_id=mid(c, 1, "greenhouse-mail.example"),
        sender="Greenhouse <no-reply@greenhouse-mail.example>",
        attachments=[("Harbor_Lattice_Interview.ics", ics(lines).encode(), "text", "calendar")],
        received_host="o12.greenhouse-mail.example"))
    s0, e0 = T(NYC, 2026, 4, 14, 9, 0), T(NYC, 2026, 4, 14, 11, 30)
    ems = [x[1] for x in p]
    label(c, [iv(co, role, s0, e0, "scheduled", ems, ems, "onsite")], "medium",
          "positive/ats-greenhouse-panel",
          "HTML-only Greenhouse itinerary, three back-to-back sessions in EDT (9:00-11:30 = 16:00-18:30 IDT); "
          "one onsite; coordinator is not an interviewer.")


def case04():
    c = "b93-04-gcal-invite-home-assignment-review"
    co, role = "Gilboa Security", "Application Security Analyst"
    tamar = ("Tamar Shaked", "tamar.shaked@gilboasec.example")
    eyal = ("Eyal Friedman", "eyal.friedman@gilboasec.example")
    dana = ("Dana Mizrahi", "dana.mizrahi@gilboasec.example")
    start, end = T(TLV, 2026, 4, 21, 17, 0), T(TLV, 2026, 4, 21, 18, 0)
    d1, d2, d3 = T(TLV, 2026, 4, 12, 9, 47), T(TLV, 2026, 4, 16, 22, 3), T(TLV, 2026, 4, 17, 11, 26)
    t1 = """Hi Noa,

As discussed, here is the home assignment for the Application Security Analyst position. You'll find a small vulnerable web app and a set of logs in the repo below; please write up your findings (max 3 pages) and any detection rules you'd suggest.

Repo: https://git.gilboasec.example/hiring/appsec-hw-2026
Please send it back by Thursday night. There's no need to spend more than ~4 hours on it.

Once we get it, we'll set up a review call with the team so you can walk us through it.

Thanks,
Tamar Shaked
Talent & People | Gilboa Security
Menachem Begin Rd 132, Tel Aviv | +972-3-555-0148
"""
    add(c, "01-gilboa-home-assignment.eml", mail(
        d1, f"{tamar[0]} <{tamar[1]}>", OWNER_FULL, "Gilboa Security - home assignment", text=t1,
        auto_html=True, msg_id=mid(c, 1, "gilboasec.example")))
    t2 = f"""Hi Tamar,

Attached is my write-up, and the Sigma rules are in the fork (branch noa-solution). It was a fun one - the SSRF in the PDF export took me a while :)

Looking forward to the review.
Noa

{en_date_line(d1, tamar[0], tamar[1])}
{quote(t1)}
"""
    add(c, "02-noa-submits.eml", mail(
        d2, OWNER_FULL, f"{tamar[0]} <{tamar[1]}>", "Re: Gilboa Security - home assignment", text=t2,
        msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "gilboasec.example"),
        references=mid(c, 1, "gilboasec.example"), received_host="smtp.mail.example"))
    summ = "Home assignment review - Noa Ben-Ari (AppSec Analyst)"
    desc = "Eyal and Dana will go over your home assignment with you (findings + detection rules). ~1 hour."
    meet = "https://meet.google.example/gbs-qrtw-kpa"
    cal = google_ics("5k2vq0b93gilboa7rj1mpd@google.example", start, end, tamar,
                     [(tamar[0], tamar[1], "ACCEPTED"), (eyal[0], eyal[1], "ACCEPTED"),
                      (dana[0], dana[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                     summ, desc, d3, meet=meet)
    text = f"""{summ}
Tuesday Apr 21, 2026 ⋅ 5pm – 6pm
Israel Time - Jerusalem

{desc}

Join with Google Meet
{meet}

Organizer
{tamar[0]}
{tamar[1]}

Guests
{tamar[0]} - organizer
{eyal[0]}
{dana[0]}
{OWNER}

Invitation from Google Calendar: https://calendar.google.example/calendar/
You are receiving this email because you are an attendee on the event.
"""
    add(c, "03-invitation-review-call.eml", mail(
        d3.astimezone(UTC), f"{tamar[0]} <{tamar[1]}>", OWNER,
        f"Invitation: {summ} @ Tue Apr 21, 2026 5pm - 6pm (IDT) ({OWNER})",
        text=text, auto_html=True, cte="base64", reply_to=f"{tamar[0]} <{tamar[1]}>",
        sender="Google Calendar <calendar-notification@google.example>",
        msg_id=f"<calendar-b93-04-{hashlib.md5(c.encode()).hexdigest()[:12]}@google.example>",
        calendar=cal, attachments=[("invite.ics", cal.encode(), "application", "ics")],
        received_host="mail-sor-f69.google.example"))
    label(c, [iv(co, role, start, end, "scheduled", [eyal[1], dana[1]], [eyal[1], dana[1]], "technical")],
          "medium", "positive/google-invite-assignment-review",
          "Take-home sent first (not an interview), then a Google invite for the live review call "
          "Tue 21 Apr 17:00-18:00 IDT (14:00Z). Organizer Tamar only schedules.")


def case05():
    c = "b93-05-teams-israel-standard-time-dst-eve"
    co, role = "Fenwick Rowe Payments", "Security Operations Analyst"
    hila = ("Hila Sasson", "hila.sasson@fenwickrowe.example")
    james = ("James Whitcombe", "james.whitcombe@fenwickrowe.example")
    start, end = T(TLV, 2026, 3, 26, 16, 0), T(TLV, 2026, 3, 26, 17, 0)
    sent = T(TLV, 2026, 3, 19, 14, 52)
    body = f"""When: Thursday, 26 March 2026 16:00-17:00 (UTC+02:00) Jerusalem.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Noa,

Following your call with our recruiter, here's the invite for our chat about the {role} role. I lead the Tel Aviv side of the SOC; James (Head of Security Operations) will dial in from London, where it will be 14:00.

We'll talk about your experience, how you triage alerts, and what the team looks like. No preparation needed.

Thanks,
Hila Sasson
Security Operations Manager, Fenwick Rowe Payments
Tel Aviv office: Yigal Alon 94 | +972-52-555-0173

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_FRp26Mar>
Meeting ID: 341 802 665 019
Passcode: hR7u2Q
________________________________________________________________________________
"""
    cal = exchange_ics(VTZ_WIN_ISRAEL, "Israel Standard Time",
                       "040000008200E00074C5B7101A82E0080000000070B93FENWICK05000000000000000010000000",
                       start, end, hila, [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (james[0], james[1], "ACCEPTED")],
                       f"Noa Ben-Ari / Fenwick Rowe - {role}", body, sent)
    add(c, "01-teams-invite.eml", mail(
        sent.astimezone(UTC), f"{hila[0]} <{hila[1]}>", f"{OWNER_NAME} <{OWNER}>", 
        f"Noa Ben-Ari / Fenwick Rowe - {role}", text=body, auto_html=True, cc=f"{james[0]} <{james[1]}>",
        msg_id=mid(c, 1, "DB9PR08MB7011.eurprd08.prod.outlook.example"),
        extra=[("Thread-Topic", f"Noa Ben-Ari / Fenwick Rowe - {role}"),
               ("Content-class", "urn:content-classes:calendarmessage")],
        calendar=cal, cal_cte="base64", received_host="EUR05-DB8-obe.outbound.protection.outlook.example"))
    label(c, [iv(co, role, start, end, "scheduled", [hila[1], james[1]], [hila[1], james[1]], "hiring_manager")],
          "hard", "positive/exchange-teams-windows-tzid",
          "Exchange/Teams invite with Windows TZID 'Israel Standard Time' on Thu 26 March, the day BEFORE "
          "Israel's DST start (Fri 27 March) -> +02:00 (London 14:00 GMT).")


def case06():
    c = "b93-06-india-ist-recruiter-screen"
    co, role = "Vyomika Cloud", "Senior SOC Analyst (Remote, EMEA shift)"
    rohan = ("Rohan Kulkarni", "rohan.k@kaveritalent.example")
    start, end = T(BLR, 2026, 4, 14, 15, 30), T(BLR, 2026, 4, 14, 15, 50)
    d1, d2, d3 = T(BLR, 2026, 4, 13, 11, 2), T(TLV, 2026, 4, 13, 9, 41), T(BLR, 2026, 4, 13, 12, 27)
    sig = """Warm regards,
Rohan Kulkarni
Senior Talent Consultant | Kaveri Talent Partners
4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103
M: +91 98450 55512"""
    t1 = f"""Hi Noa,

Hope you are doing well. I am hiring for my client Vyomika Cloud for the role of {role}. Your profile looks like a strong match (Splunk + cloud IR).

Can we connect tomorrow at 3:30 PM IST for a quick 20 min screening call? I will call you on WhatsApp on +972-54-771-0392.

{sig}
"""
    add(c, "01-rohan-proposes-call.eml", mail(
        d1, f"{rohan[0]} <{rohan[1]}>", OWNER, f"Vyomika Cloud | {role} | screening call",
        text=t1, msg_id=mid(c, 1, "kaveritalent.example"), cte="7bit"))
    t2 = f"""Hi Rohan,

Thanks for reaching out, sounds interesting. Tomorrow works. Just to be sure - 3:30 PM IST is India time, so that's 1 PM for me in Israel, right?

Noa

{en_date_line(d1, rohan[0], rohan[1])}
{quote(t1)}
"""
    add(c, "02-noa-checks-timezone.eml", mail(
        d2, OWNER_FULL, f"{rohan[0]} <{rohan[1]}>", f"Re: Vyomika Cloud | {role} | screening call",
        text=t2, msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "kaveritalent.example"),
        references=mid(c, 1, "kaveritalent.example"), received_host="smtp.mail.example"))
    t3 = f"""Hi Noa,

Yes correct - 3:30 PM India time / 1:00 PM Israel time tomorrow (Tuesday). Talk then!

{sig}

{en_date_line(d2, OWNER_NAME, OWNER)}
{quote(t2)}
"""
    add(c, "03-rohan-confirms.eml", mail(
        d3, f"{rohan[0]} <{rohan[1]}>", OWNER, f"RE: Vyomika Cloud | {role} | screening call",
        text=t3, msg_id=mid(c, 3, "kaveritalent.example"), in_reply_to=mid(c, 2, "mail.example"),
        references=f"{mid(c, 1, 'kaveritalent.example')} {mid(c, 2, 'mail.example')}", cte="7bit"))
    label(c, [iv(co, role, start, end, "scheduled", [rohan[1]], [rohan[1]], "phone_screen")], "hard",
          "positive/ist-india-trap",
          "Bengaluru agency recruiter: 'tomorrow at 3:30 PM IST' = India (+05:30), confirmed as 1 PM Israel "
          "(IDT +03:00) on Tue 14 Apr. Agency screens for client Vyomika Cloud.")


def case07():
    c = "b93-07-calendly-us-hiring-manager"
    co, role = "Quarry Ridge Health", "Security Analyst II"
    dana = ("Dana Whitfield", "dana.whitfield@quarryridge.example")
    start, end = T(TLV, 2026, 4, 9, 17, 0), T(TLV, 2026, 4, 9, 17, 30)
    d1, d2 = T(DEN, 2026, 4, 3, 15, 10), T(TLV, 2026, 4, 4, 21, 5)
    t1 = f"""Hi Noa,

Thanks for applying to the {role} opening on my team. I'd love to do a quick 30-minute intro call. I'm in Denver, so my mornings overlap best with your afternoons - grab any slot that works here:

https://calendly.example/dana-whitfield-qrh/intro-30

Talk soon,
Dana

Dana Whitfield | Manager, Security Operations
Quarry Ridge Health | 1801 Wynkoop St, Denver, CO 80202
o: (303) 555-0126
"""
    add(c, "01-dana-calendly-link.eml", mail(
        d1, f"{dana[0]} <{dana[1]}>", OWNER, f"{role} - intro call", text=t1, auto_html=True,
        msg_id=mid(c, 1, "quarryridge.example")))
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f8fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px">
<tr><td><p style="font-size:18px">Hi Noa Ben-Ari,</p>
<p>Your 30 Minute Intro - {role} with {dana[0]} at 5:00pm (Israel Time) on Thursday, April 9, 2026 is scheduled.</p>
<p><b>Event Type:</b><br>30 Minute Intro - {role}</p>
<p><b>Event Date/Time:</b><br>5:00pm - 5:30pm (Israel Time) Thursday, April 9, 2026</p>
<p><b>Location:</b><br>This is a Zoom web conference.<br>https://quarryridge.zoom.example/j/84421097731</p>
<p><b>Invitee:</b><br>Noa Ben-Ari<br>{OWNER}</p>
<p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>Currently a SOC analyst (Tier 2) at a payments company in Tel Aviv.</p>
<p><a href="https://calendly.example/cancellations/7b93f1e2">Cancel</a> &nbsp; <a href="https://calendly.example/reschedulings/7b93f1e2">Reschedule</a></p>
<p style="color:#888;font-size:11px">Powered by Calendly.example</p>
</td></tr></table></td></tr></table></body></html>
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
               "UID:7b93f1e2-qrh-intro@calendly.example", f"DTSTAMP:{z(d2)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               "SUMMARY:" + esc(f"Noa Ben-Ari and Dana Whitfield"),
               "DESCRIPTION:" + esc(f"Event Name: 30 Minute Intro - {role}\n\nLocation: https://quarryridge.zoom.example/j/84421097731"),
               "LOCATION:https://quarryridge.zoom.example/j/84421097731",
               f"ORGANIZER;CN={dana[0]}:mailto:{dana[1]}", att(OWNER_NAME, OWNER, "ACCEPTED"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    add(c, "02-calendly-confirmation.eml", mail(
        d2.astimezone(UTC), "Calendly <notifications@calendly.example>", OWNER,
        f"Confirmed: 30 Minute Intro - {role} with {dana[0]} on Thursday, April 9, 2026",
        html=html, cte="quoted-printable", reply_to=f"{dana[0]} <{dana[1]}>", msg_id=mid(c, 2, "calendly.example"),
        attachments=[("invite.ics", cal.encode(), "text", "calendar")], received_host="mta-7.calendly.example"))
    label(c, [iv(co, role, start, end, "scheduled", [dana[1]], [dana[1]], "hiring_manager")], "medium",
          "positive/calendly",
          "Denver hiring manager sends a Calendly link (not an interview), then the HTML-only Calendly "
          "confirmation: 5:00pm Israel Time Thu 9 Apr (+03:00) = 14:00Z.")


def case08():
    c = "b93-08-reserve-duty-reschedule"
    co, role = "Arbel Shield", "Cyber Threat Intelligence Analyst"
    yael = ("Yael Peretz", "yael.peretz@arbelshield.example")
    gil = ("Gil Rosen", "gil.rosen@arbelshield.example")
    s0, e0 = T(TLV, 2026, 5, 10, 10, 0), T(TLV, 2026, 5, 10, 11, 0)
    s1, e1 = T(TLV, 2026, 6, 4, 9, 30), T(TLV, 2026, 6, 4, 10, 30)
    d1, d2, d3, d4 = (T(TLV, 2026, 5, 4, 11, 15), T(TLV, 2026, 5, 6, 7, 58), T(TLV, 2026, 5, 6, 9, 40),
                      T(TLV, 2026, 5, 6, 9, 44))
    sig = """Yael Peretz
Talent Acquisition Lead | Arbel Shield
HaBarzel 3, Ramat HaChayal, Tel Aviv | 03-555-0191"""

    def cal(seq, s, e, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook for Mac 16.84//EN", "VERSION:2.0",
                    "METHOD:REQUEST", *VTZ_OLSON_JERUSALEM, "BEGIN:VEVENT", "UID:ARBEL-CTI-B93-0510@arbelshield.example",
                    f"DTSTAMP:{z(stamp)}", f"DTSTART;TZID=Asia/Jerusalem:{loc(s)}", f"DTEND;TZID=Asia/Jerusalem:{loc(e)}",
                    "SUMMARY:" + esc(f"Interview: Noa Ben-Ari <> Gil Rosen ({role})"),
                    "LOCATION:" + esc("Arbel Shield, HaBarzel 3, Tel Aviv - 6th floor"),
                    f"ORGANIZER;CN={yael[0]}:mailto:{yael[1]}", att(OWNER_NAME, OWNER), att(gil[0], gil[1], "ACCEPTED"),
                    f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    t1 = f"""Hi Noa,

Great news - Gil Rosen, our Head of Threat Intelligence, would like to meet you for the {role} role.

Sunday, May 10, 10:00-11:00 at our office (HaBarzel 3, 6th floor). Invite attached; please bring an ID for the lobby.

Thanks,
{sig}
"""
    add(c, "01-arbel-interview-invite.eml", mail(
        d1, f"{yael[0]} <{yael[1]}>", OWNER_FULL, f"Interview with Gil Rosen - {role}", text=t1, auto_html=True,
        msg_id=mid(c, 1, "arbelshield.example"),
        attachments=[("invite.ics", cal(0, s0, e0, d1).encode(), "text", "calendar")]))
    t2 = f"""היי יעל,

Really sorry about this - I just got a צו 8 (emergency reserve call-up) starting tomorrow, and I'll be in miluim for about three weeks, until the end of May.
אפשר לדחות את הראיון עם גיל לתחילת יוני? Any day from June 1st works for me, mornings preferred.

תודה והמון סליחה,
Noa

{en_date_line(d1, yael[0], yael[1])}
{quote(t1)}
"""
    add(c, "02-noa-miluim-reschedule-request.eml", mail(
        d2, OWNER_FULL, f"{yael[0]} <{yael[1]}>", f"Re: Interview with Gil Rosen - {role}", text=t2,
        cte="base64", msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "arbelshield.example"),
        references=mid(c, 1, "arbelshield.example"), received_host="smtp.mail.example"))
    t3 = f"""Noa, no need to apologise at all - שמרי על עצמך ותודה על השירות!

I've moved you and Gil to Thursday, June 4 at 9:30 (same place, one hour). Updated invite to follow.

Yael

{en_date_line(d2, OWNER_NAME, OWNER)}
{quote(t2)}
"""
    add(c, "03-yael-moves-to-june.eml", mail(
        d3, f"{yael[0]} <{yael[1]}>", OWNER_FULL, f"Re: Interview with Gil Rosen - {role}", text=t3,
        cte="base64", cc=f"{gil[0]} <{gil[1]}>", msg_id=mid(c, 3, "arbelshield.example"),
        in_reply_to=mid(c, 2, "mail.example"),
        references=f"{mid(c, 1, 'arbelshield.example')} {mid(c, 2, 'mail.example')}"))
    add(c, "04-updated-invite.ics", cal(1, s1, e1, d4))
    label(c, [iv(co, role, s1, e1, "scheduled", [gil[1]], [gil[1]], "hiring_manager")], "hard",
          "positive/reschedule-reserve-duty",
          "Sunday 10 May interview moved because of a reserve-duty call-up (tzav 8); final Thu 4 June 09:30-10:30 "
          "IDT via updated standalone .ics (SEQUENCE 1, same UID). Mixed Hebrew-English.")


def case09():
    c = "b93-09-exchange-cancel-us"
    co, role = "Brightmoor Identity", "IAM Security Engineer"
    kelly = ("Kelly Navarro", "knavarro@brightmooridentity.example")
    tom = ("Tom Brennan", "tbrennan@brightmooridentity.example")
    start, end = T(NYC, 2026, 5, 6, 11, 0), T(NYC, 2026, 5, 6, 12, 0)
    d1, d2 = T(NYC, 2026, 4, 27, 10, 31), T(NYC, 2026, 5, 4, 9, 2)
    uid = "040000008200E00074C5B7101A82E00800000000B93BRIGHTMOOR0000000000000000100000009A1C"
    b1 = f"""When: Wednesday, May 6, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Noa,

As promised, here's the invite for your technical interview with Tom Brennan (Principal IAM Engineer): Wed 5/6 @ 11a ET, which should be 6pm in Tel Aviv. Expect questions on Okta/Entra, conditional access and a short log-analysis exercise.

Kelly Navarro | Talent Acquisition
Brightmoor Identity | 200 Clarendon St, Boston, MA 02116 | 617-555-0142

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_BrMr0506>
Meeting ID: 255 903 118 442
Passcode: Vt3nKa
________________________________________________________________________________
"""
    summ = f"Interview: Noa Ben-Ari - {role}"
    cal1 = exchange_ics(VTZ_WIN_EASTERN, "Eastern Standard Time", uid, start, end, kelly,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (tom[0], tom[1], "NEEDS-ACTION")], summ, b1, d1)
    add(c, "01-teams-invite.eml", mail(
        d1.astimezone(UTC), f"{kelly[0]} <{kelly[1]}>", f"{OWNER_NAME} <{OWNER}>, {tom[0]} <{tom[1]}>", summ,
        text=b1, auto_html=True, msg_id=mid(c, 1, "BN8PR12MB3301.namprd12.prod.outlook.example"),
        extra=[("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage")],
        calendar=cal1, cal_cte="base64", received_host="NAM11-BN8-obe.outbound.protection.outlook.example"))
    b2 = """Hi Noa,

I'm sorry to do this on short notice - the IAM Security Engineer requisition has been put on hold as part of our Q2 budget review, so we need to cancel Wednesday's interview. I'll reach out directly if the role reopens.

Kelly
"""
    cal2 = exchange_ics(VTZ_WIN_EASTERN, "Eastern Standard Time", uid, start, end, kelly,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (tom[0], tom[1], "NEEDS-ACTION")],
                        "Canceled: " + summ, b2, d2, seq=1, method="CANCEL", status="CANCELLED")
    add(c, "02-teams-cancel.eml", mail(
        d2.astimezone(UTC), f"{kelly[0]} <{kelly[1]}>", f"{OWNER_NAME} <{OWNER}>, {tom[0]} <{tom[1]}>",
        "Canceled: " + summ, text=b2, auto_html=True,
        msg_id=mid(c, 2, "BN8PR12MB3301.namprd12.prod.outlook.example"),
        extra=[("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high")],
        calendar=cal2, cal_method="CANCEL", cal_cte="base64",
        received_host="NAM11-BN8-obe.outbound.protection.outlook.example"))
    label(c, [iv(co, role, start, end, "cancelled", [tom[1]], [tom[1]], "technical")], "medium",
          "positive/cancellation-exchange",
          "Teams invite 'Wed 5/6 @ 11a ET' (display label UTC-05:00, actual EDT -04:00) then METHOD:CANCEL "
          "(req on hold) -> one cancelled interview.")


def case10():
    c = "b93-10-hebrew-email-cancellation"
    co, role = "Tavor Cloud", "Cloud Security Engineer"
    orly = ("אורלי בן דוד", "orly.bd@tavorcloud.example")
    ron = ("רון גבאי", "ron.gabay@tavorcloud.example")
    start, end = T(TLV, 2026, 5, 12, 16, 0), T(TLV, 2026, 5, 12, 16, 45)
    d1, d2 = T(TLV, 2026, 5, 5, 13, 20), T(TLV, 2026, 5, 11, 17, 48)
    sig = """בברכה,
אורלי בן דוד | משאבי אנוש וגיוס
טבור קלאוד | דרך מנחם בגין 144, תל אביב
טל': 03-555-0166"""
    t1 = f"""שלום נועה,

בהמשך לשיחתנו, אני שמחה לאשר את הראיון שלך למשרת מהנדס/ת אבטחת ענן (Cloud Security Engineer):

📅 יום שלישי, 12/05/2026
🕓 בשעה 16:00 (כ-45 דקות)
📍 במשרדינו, דרך מנחם בגין 144, קומה 21
👤 מראיין: רון גבאי, ראש צוות אבטחת ענן (בהעתק)

אנא אשרי הגעה במענה למייל זה.

{sig}
"""
    add(c, "01-tavor-confirmation-he.eml", mail(
        d1, f"{orly[0]} <{orly[1]}>", OWNER_FULL, "אישור ראיון - טבור קלאוד", text=t1, auto_html=True, rtl=True,
        cte="base64", cc=f"{ron[0]} <{ron[1]}>", msg_id=mid(c, 1, "tavorcloud.example")))
    t2 = f"""שלום נועה,

לצערנו אנחנו נאלצים לבטל את הראיון שנקבע למחר (יום שלישי, 12/05) בשעה 16:00 - המשרה הוקפאה זמנית בעקבות שינויים ארגוניים.
מתנצלים על ההודעה המאוחרת. נשמח לחזור אלייך אם המשרה תיפתח מחדש.

{sig}

{he_date_line(d1, orly[0], orly[1])}
{quote(t1)}
"""
    add(c, "02-tavor-cancels-he.eml", mail(
        d2, f"{orly[0]} <{orly[1]}>", OWNER_FULL, "Re: אישור ראיון - טבור קלאוד", text=t2, auto_html=True, rtl=True,
        cte="quoted-printable", cc=f"{ron[0]} <{ron[1]}>", msg_id=mid(c, 2, "tavorcloud.example"),
        in_reply_to=mid(c, 1, "tavorcloud.example"), references=mid(c, 1, "tavorcloud.example")))
    label(c, [iv(co, role, start, end, "cancelled", [ron[1]], [ron[1]], "technical")], "hard",
          "positive/cancellation-hebrew-email",
          "Hebrew confirmation (12/05/2026 16:00, 45 min, dd/mm) then Hebrew cancellation (position frozen) -> "
          "cancelled at Tue 12 May 16:00 IDT.")


def case11():
    c = "b93-11-uk-two-rounds-screen-and-technical"
    co, role = "Ashcombe Analytics", "Security Analyst (Detection & Response)"
    sophie = ("Sophie Marsh", "sophie.marsh@ashcombe.example")
    ben = ("Ben Hale", "ben.hale@ashcombe.example")
    aisha = ("Aisha Raza", "aisha.raza@ashcombe.example")
    s1, e1 = T(LON, 2026, 3, 16, 10, 0), T(LON, 2026, 3, 16, 10, 30)
    s2, e2 = T(LON, 2026, 4, 2, 14, 0), T(LON, 2026, 4, 2, 15, 0)
    d1, d2, d3, d4 = (T(LON, 2026, 3, 11, 9, 14), T(TLV, 2026, 3, 11, 14, 30), T(LON, 2026, 3, 17, 16, 5),
                      T(LON, 2026, 3, 17, 16, 22))
    sig = """Sophie Marsh
Talent Partner | Ashcombe Analytics
7 Bishopsgate, London EC2N 3AR | +44 20 7946 0381"""
    t1 = f"""Hi Noa,

Thanks for applying for the {role} role - I really enjoyed reading your CV. I'd love to set up a 30-minute intro call to tell you more about the team and hear about what you're looking for.

Would Monday (16th) at 10am UK time suit? I can call you on Teams or by phone, whichever is easier.

Best,
{sig}
"""
    add(c, "01-sophie-intro-call.eml", mail(
        d1, f"{sophie[0]} <{sophie[1]}>", OWNER, f"Ashcombe Analytics - {role}", text=t1, auto_html=True,
        msg_id=mid(c, 1, "ashcombe.example")))
    t2 = f"""Hi Sophie,

Thanks! Monday the 16th at 10:00 UK time (12:00 here in Tel Aviv) works well. Phone is fine: +972 54 771 0392.

Best,
Noa

{en_date_line(d1, sophie[0], sophie[1])}
{quote(t1)}
"""
    add(c, "02-noa-confirms-monday.eml", mail(
        d2, OWNER_FULL, f"{sophie[0]} <{sophie[1]}>", f"Re: Ashcombe Analytics - {role}", text=t2,
        msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "ashcombe.example"),
        references=mid(c, 1, "ashcombe.example"), received_host="smtp.mail.example"))
    t3 = f"""Hi Noa,

Lovely to speak yesterday! I'm pleased to say we'd like to move you forward to the technical interview with Ben Hale (Detection Engineering Lead) and Aisha Raza (Senior IR Analyst).

We've booked Thursday 2 April, 2pm BST (4pm in Tel Aviv) for one hour on Google Meet - calendar invite coming separately. It'll be a mix of log analysis and a walk-through of an incident you've handled.

Best,
{sig}
"""
    add(c, "03-sophie-next-round.eml", mail(
        d3, f"{sophie[0]} <{sophie[1]}>", OWNER, f"Re: Ashcombe Analytics - {role}", text=t3, auto_html=True,
        msg_id=mid(c, 3, "ashcombe.example"), in_reply_to=mid(c, 2, "mail.example"),
        references=f"{mid(c, 1, 'ashcombe.example')} {mid(c, 2, 'mail.example')}"))
    summ = "Ashcombe Analytics - Technical Interview (Noa Ben-Ari)"
    desc = "Technical interview with Ben Hale and Aisha Raza: log analysis + incident walk-through."
    meet = "https://meet.google.example/ash-tech-nba"
    cal = google_ics("0b93ashcombe2aprtech7x@google.example", s2, e2, sophie,
                     [(sophie[0], sophie[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"), (aisha[0], aisha[1], "NEEDS-ACTION"),
                      (OWNER, OWNER, "NEEDS-ACTION")], summ, desc, d4, meet=meet)
    text = f"""{summ}
Thursday 2 Apr 2026 ⋅ 14:00 – 15:00
United Kingdom Time

{desc}

Join with Google Meet
{meet}

Organiser
{sophie[0]}
{sophie[1]}

Guests
{sophie[0]} - organiser
{ben[0]}
{aisha[0]}
{OWNER}

Invitation from Google Calendar
"""
    add(c, "04-invitation-technical.eml", mail(
        d4.astimezone(UTC), f"{sophie[0]} <{sophie[1]}>", OWNER,
        f"Invitation: {summ} @ Thu 2 Apr 2026 14:00 - 15:00 (BST) ({OWNER})", text=text, auto_html=True,
        cte="base64", reply_to=f"{sophie[0]} <{sophie[1]}>", sender="Google Calendar <calendar-notification@google.example>",
        msg_id=f"<calendar-b93-11-{hashlib.md5(c.encode()).hexdigest()[:12]}@google.example>", calendar=cal,
        attachments=[("invite.ics", cal.encode(), "application", "ics")], received_host="mail-sor-f41.google.example"))
    label(c, [iv(co, role, s1, e1, "scheduled", [sophie[1]], [sophie[1]], "phone_screen"),
              iv(co, role, s2, e2, "scheduled", [ben[1], aisha[1]], [ben[1], aisha[1]], "technical")], "hard",
          "positive/two-interviews-uk",
          "Two rounds with a London company: intro call Mon 16 Mar 10:00 GMT (+00:00), technical Thu 2 Apr "
          "14:00 BST (+01:00) by e-mail + Google invite (deduplicate).")


def case12():
    c = "b93-12-forwarded-founder-coffee"
    co, role = "Migdal Signals", "Founding Security Analyst"
    yoni = ("Yoni Halevi", "yoni@migdalsignals.example")
    amit = ("Amit Sharon", "amit@migdalsignals.example")
    start, end = T(TLV, 2026, 4, 19, 10, 30), T(TLV, 2026, 4, 19, 11, 30)
    d0, d1, d2, d3 = (T(TLV, 2026, 4, 14, 22, 12), T(TLV, 2026, 4, 15, 8, 3), T(TLV, 2026, 4, 15, 8, 47),
                      T(TLV, 2026, 4, 15, 9, 30))
    inner = f"""Yoni - thanks again for the referral. The team loved Noa's session on Monday.

As the last step in our process I'd like to meet her myself - coffee at our office (Ahad Ha'am 9, 3rd floor) this Sunday at half past ten? Should take about an hour. Can you pass this on / connect us?

Amit
--
Amit Sharon | Co-founder & CEO, Migdal Signals
+972-50-555-0110"""
    t1 = f"""Noa!! See below 🙂 re the Founding Security Analyst role - Amit doesn't do this with everyone. Just reply to him directly (he's cc'd).

Yoni

---------- Forwarded message ---------
From: {amit[0]} <{amit[1]}>
Date: Tue, 14 Apr 2026 at 22:12
Subject: Noa - last step
To: {yoni[0]} <{yoni[1]}>

{inner}
"""
    add(c, "01-yoni-forwards-ceo-note.eml", mail(
        d1, f"{yoni[0]} <{yoni[1]}>", OWNER, "Fwd: Noa - last step", text=t1, auto_html=True, cte="base64",
        cc=f"{amit[0]} <{amit[1]}>", msg_id=mid(c, 1, "migdalsignals.example")))
    t2 = f"""Hi Amit,

Thank you, I'd be glad to. Sunday at 10:30 at Ahad Ha'am 9 works for me.

See you then,
Noa

{en_date_line(d1, yoni[0], yoni[1])}
{quote(t1)}
"""
    add(c, "02-noa-replies.eml", mail(
        d2, OWNER_FULL, f"{amit[0]} <{amit[1]}>", "Re: Fwd: Noa - last step", text=t2, cc=f"{yoni[0]} <{yoni[1]}>",
        msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "migdalsignals.example"),
        references=mid(c, 1, "migdalsignals.example"), received_host="smtp.mail.example"))
    t3 = f"""Great - Sunday 10:30. Ask for me at the front desk.
Amit

Sent from my iPhone

> On 15 Apr 2026, at 8:47, Noa Ben-Ari <{OWNER}> wrote:
>
> Hi Amit,
>
> Thank you, I'd be glad to. Sunday at 10:30 at Ahad Ha'am 9 works for me.
"""
    add(c, "03-amit-confirms.eml", mail(
        d3, f"{amit[0]} <{amit[1]}>", OWNER_FULL, "Re: Fwd: Noa - last step", text=t3, cte="7bit",
        cc=f"{yoni[0]} <{yoni[1]}>", msg_id=mid(c, 3, "migdalsignals.example"),
        in_reply_to=mid(c, 2, "mail.example"),
        references=f"{mid(c, 1, 'migdalsignals.example')} {mid(c, 2, 'mail.example')}"))
    label(c, [iv(co, role, start, end, "scheduled", [amit[1]], [amit[1]], "hiring_manager")], "hard",
          "positive/forwarded-founder-chat",
          "Forwarded CEO note: coffee as the last process step 'this Sunday at half past ten', about an hour; "
          "message dates Tue/Wed 14-15 Apr -> Sun 19 Apr 10:30 IDT. Role named only by the referrer.")


def case13():
    c = "b93-13-hebrew-panel-gcal-json"
    co, role = "Carmel Vector", "SOC Team Lead"
    neta = ("נטע גולן", "neta.golan@carmelvector.example")
    adi = ("עדי ברק", "adi.barak@carmelvector.example")
    maya = ("מאיה שגיא", "maya.sagi@carmelvector.example")
    yossi = ("יוסי אלמוג", "yossi.almog@carmelvector.example")
    start, end = T(TLV, 2026, 5, 3, 9, 0), T(TLV, 2026, 5, 3, 11, 0)
    d1 = T(TLV, 2026, 4, 27, 12, 4)
    html = f"""<html dir="rtl"><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Arial,sans-serif">
<p>היי נועה,</p>
<p>שמחים להזמין אותך לשלב הבא בתהליך למשרת <b>ראש/ת צוות SOC</b> (SOC Team Lead) - ראיון פאנל.</p>
<p><b>מתי:</b> יום ראשון, 3 במאי 2026, בין 9:00 ל-11:00<br>
<b>איפה:</b> במשרדינו, רח' המנופים 11, הרצליה פיתוח, קומה 4</p>
<p><b>בפאנל:</b><br>
עדי ברק - CISO<br>
מאיה שגיא - מנהלת SOC<br>
יוסי אלמוג - ארכיטקט אבטחה</p>
<p>הזמנה ביומן נשלחה אלייך בנפרד. חניה חופשית בחניון הבניין.</p>
<p>בהצלחה,<br>נטע גולן<br>רכזת גיוס, כרמל וקטור<br>09-555-0123</p>
</body></html>
"""
    add(c, "01-carmel-panel-invite-he.eml", mail(
        d1, f"{neta[0]} <{neta[1]}>", OWNER_FULL, "הזמנה לראיון פאנל - כרמל וקטור", html=html, cte="base64",
        msg_id=mid(c, 1, "carmelvector.example")))
    ev = {
        "kind": "calendar#event", "etag": "\"3441093388512000\"", "id": "cv0503panelb93noa",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=Y3YwNTAzcGFuZWxiOTNub2E",
        "created": "2026-04-27T09:01:12.000Z", "updated": "2026-04-27T09:02:44.256Z",
        "summary": "ראיון פאנל - נועה בן-ארי - SOC Team Lead",
        "description": "פאנל: עדי ברק, מאיה שגיא, יוסי אלמוג.\nמשרדי כרמל וקטור, המנופים 11 הרצליה, קומה 4, חדר 'כרמל'.",
        "location": "המנופים 11, הרצליה פיתוח",
        "creator": {"email": neta[1], "displayName": neta[0]},
        "organizer": {"email": neta[1], "displayName": neta[0]},
        "start": {"dateTime": iso(start), "timeZone": "Asia/Jerusalem"},
        "end": {"dateTime": iso(end), "timeZone": "Asia/Jerusalem"},
        "iCalUID": "cv0503panelb93noa@google.example", "sequence": 0,
        "attendees": [
            {"email": neta[1], "displayName": neta[0], "organizer": True, "responseStatus": "accepted"},
            {"email": adi[1], "displayName": adi[0], "responseStatus": "accepted"},
            {"email": maya[1], "displayName": maya[0], "responseStatus": "accepted"},
            {"email": yossi[1], "displayName": yossi[0], "responseStatus": "tentative"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, "02-panel-event.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")
    ems = [adi[1], maya[1], yossi[1]]
    label(c, [iv(co, role, start, end, "scheduled", ems, ems, "onsite")], "medium",
          "positive/hebrew-panel-gcal-json",
          "HTML-only Hebrew mail + Calendar API event: Sunday 3 May 09:00-11:00 IDT panel of three in Herzliya; "
          "coordinator Neta is organizer only.")


# ============================================================================= NEGATIVE CASES
def case14():
    c = "b93-14-neg-reserve-duty-callup-schedule"
    d1 = T(TLV, 2026, 5, 6, 6, 40)
    s, e = T(TLV, 2026, 5, 7, 8, 0), T(TLV, 2026, 5, 28, 17, 0)
    t = """שלום נועה,

בהמשך לצו 8 שנשלח אלייך אתמול, מצורף לוח הזמנים לסבב מאי 2026 (Reserve duty call-up schedule):

• יום חמישי 07.05 - התייצבות בשעה 08:00 בבסיס, שער ראשי. להביא תעודה מזהה וציוד אישי.
• יום ראשון 10.05, 13:00 - ראיון אישי עם מפקד הפלוגה (שיחת פתיחת סבב) לכל משרתי המילואים.
• יום שלישי 12.05 - שיחת צוות ותדריך משמרות SOC (call with the shift leads).
• שחרור משוער: יום חמישי 28.05 בשעה 17:00.

למי שצריך מכתב למעסיק / לתיאום ראיונות עבודה - ניתן להוריד אישור שירות מאתר המילואים.
Employer letters and service confirmations are available on the reserves portal.

שלישות יחידה 5207
טלפון: 03-555-0107 (א'-ה' 08:00-16:00)
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Reserves Portal//Call-up//HE", "METHOD:PUBLISH",
               *VTZ_OLSON_JERUSALEM, "BEGIN:VEVENT", "UID:callup-5207-2026-05-ba@reserves.example",
               f"DTSTAMP:{z(d1)}", f"DTSTART;TZID=Asia/Jerusalem:{loc(s)}", f"DTEND;TZID=Asia/Jerusalem:{loc(e)}",
               "SUMMARY:" + esc("מילואים - סבב מאי 2026 (התייצבות)"),
               "DESCRIPTION:" + esc("התייצבות בבסיס, שער ראשי. ראיון אישי עם המ\"פ ביום ראשון 10.05 בשעה 13:00."),
               "LOCATION:" + esc("בסיס היחידה"), "ORGANIZER;CN=Shalishut 5207:mailto:shalishut5207@reserves.example",
               att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-callup-schedule.eml", mail(
        d1, "שלישות יחידה 5207 <shalishut5207@reserves.example>", OWNER,
        "זימון למילואים - לוח זמנים לסבב מאי 2026 / Reserve call-up schedule", text=t, auto_html=True, rtl=True,
        cte="base64", msg_id=mid(c, 1, "reserves.example"),
        attachments=[("miluim-may-2026.ics", cal.encode(), "text", "calendar")]))
    label(c, [], "hard", "negative/reserve-duty-callup",
          "Army reserve call-up schedule in Hebrew with a 'ראיון אישי' with the company commander and an .ics; "
          "not a job interview.")


def case15():
    c = "b93-15-neg-bank-mortgage-meeting"
    keren = ("Keren Elbaz", "keren.elbaz@bankyarden.example")
    d1 = T(TLV, 2026, 3, 10, 16, 2)
    s, e = T(TLV, 2026, 3, 17, 14, 0), T(TLV, 2026, 3, 17, 15, 0)
    t = f"""שלום נועה,
Hi Noa,

Confirming your meeting with me, your mortgage advisor, on Tuesday 17.03 at 14:00 at our Dizengoff branch (Dizengoff 50, Tel Aviv). The meeting takes about an hour.

Please bring:
- Your last 3 payslips
- An employer confirmation letter. If you are in the middle of a job change or have upcoming interviews, a signed offer or contract from the new employer will help us with the approval schedule.
- ID card + appendix

If you need to reschedule, call the branch at 03-555-0150 or just reply here.

Keren Elbaz
Mortgage Advisor | Bank Yarden, Dizengoff branch (#632)
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bank Yarden//Appointments//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:appt-632-0317-1400-b93@bankyarden.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}", "SUMMARY:" + esc("Bank Yarden - mortgage advisory meeting"),
               "LOCATION:" + esc("Dizengoff 50, Tel Aviv (branch 632)"),
               f"ORGANIZER;CN={keren[0]}:mailto:{keren[1]}", att(OWNER_NAME, OWNER),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-bank-meeting.eml", mail(
        d1, f"{keren[0]} <{keren[1]}>", OWNER_FULL, "אישור פגישה / Meeting confirmation - Bank Yarden", text=t,
        auto_html=True, msg_id=mid(c, 1, "bankyarden.example"),
        attachments=[("meeting.ics", cal.encode(), "text", "calendar")]))
    label(c, [], "medium", "negative/bank-meeting",
          "Bank mortgage-advisor appointment with .ics; mentions job change and interviews but is not one.")


def case16():
    c = "b93-16-neg-hebrew-rejection-comeet"
    d1 = T(TLV, 2026, 3, 3, 18, 30)
    t = """שלום נועה,

תודה רבה על הזמן שהקדשת לראיון ביום ראשון האחרון עם הצוות שלנו ועל ההתעניינות במשרת SOC Analyst ברביד סיסטמס.

לאחר שיקול דעת, החלטנו להתקדם בשלב זה עם מועמדים אחרים שהניסיון שלהם קרוב יותר לדרישות התפקיד. זו הייתה החלטה לא פשוטה.

נשמח לשמור את קורות החיים שלך במאגר שלנו ולפנות אלייך בעתיד לגבי משרות מתאימות.

בהצלחה בהמשך הדרך,
צוות הגיוס, רביד סיסטמס

--
נשלח באמצעות Comeet
"""
    add(c, "01-ravid-rejection.eml", mail(
        d1, "Ravid Systems <notifications@mail.comeet.example>", OWNER_FULL, "עדכון לגבי המועמדות שלך - רביד סיסטמס",
        text=t, auto_html=True, rtl=True, cte="base64", reply_to="jobs@ravidsystems.example",
        msg_id=mid(c, 1, "mail.comeet.example"), received_host="out3.mail.comeet.example"))
    label(c, [], "medium", "negative/rejection-hebrew",
          "Hebrew Comeet rejection referring to an interview 'last Sunday'; no upcoming interview.")


def case17():
    c = "b93-17-neg-meetup-talk-invitation"
    lior = ("Lior Ben-Shimon", "lior@tlvappsec.example")
    d1, d2 = T(TLV, 2026, 4, 20, 19, 12), T(TLV, 2026, 4, 21, 8, 30)
    t1 = """Hi Noa,

I'm one of the organizers of TLV AppSec Meetup. A friend of yours from the blue-team community recommended your write-up on detecting OAuth consent phishing, and we'd love for you to give a 20-minute talk at our June meetup (Tuesday 16 June, 18:30, hosted at a sponsor's office on Rothschild).

Our format: two talks, then a panel on "how we interview candidates for SOC roles" (we're still looking for panelists, if that's interesting too!).

Could we do a short call this Thursday at 6pm to discuss the abstract? I'll send a Zoom link.

Cheers,
Lior Ben-Shimon
TLV AppSec Meetup | 050-555-0139
"""
    add(c, "01-meetup-talk-invite.eml", mail(
        d1, f"{lior[0]} <{lior[1]}>", OWNER, "Speaking at TLV AppSec Meetup (June)?", text=t1, auto_html=True,
        msg_id=mid(c, 1, "tlvappsec.example")))
    t2 = f"""Hi Lior,

What a nice surprise, thank you! Happy to talk about it - Thursday at 6pm works. Not sure I'm the right person for the hiring panel, but let's discuss.

Noa

{en_date_line(d1, lior[0], lior[1])}
{quote(t1)}
"""
    add(c, "02-noa-agrees-to-call.eml", mail(
        d2, OWNER_FULL, f"{lior[0]} <{lior[1]}>", "Re: Speaking at TLV AppSec Meetup (June)?", text=t2,
        msg_id=mid(c, 2, "mail.example"), in_reply_to=mid(c, 1, "tlvappsec.example"),
        references=mid(c, 1, "tlvappsec.example"), received_host="smtp.mail.example"))
    label(c, [], "hard", "negative/meetup-talk-invitation",
          "Meetup organizer invites the user to speak and books a prep call; mentions interviewing candidates; "
          "no hiring process for the user.")


def case18():
    c = "b93-18-neg-customer-security-review-call"
    hannah = ("Hannah Pierce", "hpierce@northlakeins.example")
    avi = ("Avi Dror", "avi.dror@rimonpay.example")
    s, e = T(LON, 2026, 4, 22, 13, 0), T(LON, 2026, 4, 22, 14, 0)
    d1 = T(LON, 2026, 4, 14, 10, 45)
    body = f"""When: Wednesday, 22 April 2026 13:00-14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Avi, hi Noa,

As part of Northlake Insurance's annual third-party risk review, we'd like to interview members of the Rimon Pay security team about your incident response process, alert triage, and quarterly access reviews. Please have the SOC 2 Type II bridge letter and your latest IR tabletop summary handy.

Agenda:
1. IR process walkthrough (Noa)
2. Access review evidence (Avi)
3. Open findings from last year's questionnaire

Kind regards,
Hannah Pierce
Vendor Risk Manager | Northlake Insurance
30 Fenchurch Street, London EC3M 3BD | +44 20 7946 0772

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NLvrr22>
Meeting ID: 318 660 207 951
Passcode: Qa8sPe
________________________________________________________________________________
"""
    summ = "Northlake <> Rimon Pay - annual vendor security review"
    cal = exchange_ics(VTZ_WIN_GMT, "GMT Standard Time",
                       "040000008200E00074C5B7101A82E00800000000B93NORTHLAKE18000000000000000010000000",
                       s, e, hannah, [(avi[0], avi[1], "NEEDS-ACTION"), ("Noa Ben-Ari", WORK, "NEEDS-ACTION")],
                       summ, body, d1)
    add(c, "01-vendor-review-invite.eml", mail(
        d1.astimezone(UTC), f"{hannah[0]} <{hannah[1]}>", f"{avi[0]} <{avi[1]}>, Noa Ben-Ari <{WORK}>", summ,
        text=body, auto_html=True, msg_id=mid(c, 1, "LO2P265MB5120.GBRP265.PROD.OUTLOOK.example"),
        extra=[("X-Forwarded-For", f"{WORK} {OWNER}"), ("Thread-Topic", summ),
               ("Content-class", "urn:content-classes:calendarmessage")],
        calendar=cal, cal_cte="base64", received_host="GBR01-LO2-obe.outbound.protection.outlook.example"))
    label(c, [], "hard", "negative/customer-security-review",
          "Teams invite (GMT Standard Time) from a customer to the user's work address (auto-forwarded): vendor "
          "security review that 'interviews' the security team; part of her current job.")


def case19():
    c = "b93-19-neg-recruiter-newsletter"
    d1 = T(BLR, 2026, 4, 16, 9, 0)
    html = """<html><head><meta charset="utf-8"><title>The Hiring Pulse</title></head>
<body style="margin:0;background:#eef1f5;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;padding:28px">
<tr><td><h1 style="color:#0b3d6b">The Hiring Pulse &middot; April 2026</h1>
<p>Hello Noa,</p>
<p>Welcome to this month's edition from Kaveri Talent Partners. Here's what's new for cybersecurity candidates:</p>
<h3>&#128269; 5 interview questions every SOC analyst should prepare for</h3>
<p>From "walk me through how you'd triage a suspicious PowerShell alert" to "how would you explain an incident to a non-technical exec" &mdash; our consultants share what hiring managers really listen for.</p>
<h3>&#128188; Roles hiring now</h3>
<ul><li>Senior SOC Analyst (Remote, EMEA shift) &mdash; Vyomika Cloud</li>
<li>Cloud Security Engineer &mdash; a Series-B fintech, Pune</li>
<li>GRC Analyst &mdash; global insurer, Bengaluru / hybrid</li></ul>
<h3>&#127908; Live AMA: "Landing a security role in 2026"</h3>
<p>Thursday, 23 April at 7:00 PM IST on YouTube Live. No registration needed.</p>
<p><a href="https://calendly.example/kaveri-talent/career-call" style="background:#0b3d6b;color:#fff;padding:10px 16px;text-decoration:none">Book a 15-min career call</a></p>
<hr>
<p style="font-size:11px;color:#888">Kaveri Talent Partners, Prestige Tech Park, Outer Ring Road, Bengaluru 560103.<br>
You are receiving this because you spoke with one of our consultants. <a href="https://news.kaveritalent.example/unsub?u=nb93">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>
"""
    add(c, "01-hiring-pulse-newsletter.eml", mail(
        d1, "Kaveri Talent Partners <newsletter@news.kaveritalent.example>", OWNER,
        "The Hiring Pulse: 5 interview questions for SOC analysts + roles hiring now", html=html, cte="quoted-printable",
        msg_id=mid(c, 1, "news.kaveritalent.example"),
        extra=[("List-Unsubscribe", "<https://news.kaveritalent.example/unsub?u=nb93>"), ("Precedence", "bulk")],
        received_host="mta2.news.kaveritalent.example"))
    label(c, [], "easy", "negative/recruiter-newsletter",
          "HTML-only agency newsletter (interview tips, live AMA 7 PM IST, career-call booking link).")


def case20():
    c = "b93-20-neg-greenhouse-availability-request"
    d1 = T(ZoneInfo("America/Los_Angeles"), 2026, 4, 23, 9, 40)
    t = """Hi Noa,

Thanks for your interest in Silverpine Robotics! The team enjoyed reviewing your application for the Product Security Analyst role and we'd like to move forward with a 60-minute technical interview with two members of our security team.

Please let us know your availability for the next week using the link below. Since you're in Tel Aviv, feel free to pick late-afternoon slots - our interviewers are in Pacific time (9:30am PT is 7:30pm for you).

Submit availability: https://app.greenhouse.example/availability/b93-8f1c2a

Once we receive your availability, we'll send a calendar invitation with the video link.

Best,
Marisol Chen
Recruiting Coordinator, Silverpine Robotics
2150 Shattuck Ave, Berkeley, CA 94704 | (510) 555-0133
"""
    add(c, "01-availability-request.eml", mail(
        d1, "Marisol Chen <mchen@silverpine.example>", OWNER,
        "Silverpine Robotics - please share your availability for a technical interview", text=t, auto_html=True,
        sender="Greenhouse <no-reply@greenhouse-mail.example>", msg_id=mid(c, 1, "greenhouse-mail.example"),
        received_host="o12.greenhouse-mail.example"))
    label(c, [], "hard", "negative/availability-request",
          "Greenhouse availability request for a technical interview; nothing booked yet.")


def case21():
    c = "b93-21-neg-user-is-interviewer-comeet"
    d1 = T(TLV, 2026, 3, 17, 12, 5)
    s, e = T(TLV, 2026, 3, 22, 11, 0), T(TLV, 2026, 3, 22, 11, 45)
    t = """Hi Noa,

You have been added as an interviewer.

Candidate: Yossi Mor
Position: Junior SOC Analyst
Step: Technical interview
When: Sunday, March 22, 2026, 11:00 - 11:45 (GMT+02:00) Jerusalem
Where: Rimon Pay, Meeting room "Tamar", 5th floor

Candidate's CV and the interview scorecard are available in Comeet:
https://app.comeet.example/rimonpay/candidates/88123/scorecard

Please submit your feedback within 24 hours of the interview.

Rimon Pay Recruiting
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Comeet//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
               *VTZ_OLSON_JERUSALEM, "BEGIN:VEVENT", "UID:int-88123-2-rimonpay@comeet.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART;TZID=Asia/Jerusalem:{loc(s)}", f"DTEND;TZID=Asia/Jerusalem:{loc(e)}",
               "SUMMARY:" + esc("Interview: Yossi Mor - Junior SOC Analyst (Technical interview)"),
               "LOCATION:" + esc("Meeting room Tamar, 5th floor"),
               "ORGANIZER;CN=Rimon Pay Recruiting:mailto:recruiting@rimonpay.example",
               att("Noa Ben-Ari", WORK), att("Yossi Mor", "yossi.mor.cv@mail.example"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-you-are-interviewer.eml", mail(
        d1, "Rimon Pay Recruiting <notifications@mail.comeet.example>", f"Noa Ben-Ari <{WORK}>",
        "You're interviewing Yossi Mor for Junior SOC Analyst - Sun, Mar 22 11:00", text=t, auto_html=True,
        reply_to="recruiting@rimonpay.example", msg_id=mid(c, 1, "mail.comeet.example"),
        extra=[("X-Forwarded-For", f"{WORK} {OWNER}")],
        attachments=[("interview.ics", cal.encode(), "text", "calendar")], received_host="out3.mail.comeet.example"))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Comeet notice at her current employer: the user interviews a candidate (Sunday 22 Mar).")


def case22():
    c = "b93-22-neg-home-assignment-deadline"
    d1 = T(TLV, 2026, 4, 19, 10, 12)
    t = """היי נועה,

תודה על השיחה! כפי שסיכמנו, מצורפת מטלת הבית למשרת Threat Hunter.
Attached is the threat-hunting exercise (a week of Zeek + EDR logs from a lab network). Please find the intrusion, build a short timeline, and suggest 2-3 detections.

⏰ הגשה עד יום ראשון 26.04 בשעה 12:00 (noon), by replying to this email.

אחרי שנעבור על הפתרון, נתאם שיחה משותפת כדי לעבור עליו יחד.
If you have questions during the assignment, you can email me - no call needed.

בהצלחה!
Omer Naveh
VP R&D, Hermon AI | 054-555-0198
"""
    add(c, "01-home-assignment.eml", mail(
        d1, "Omer Naveh <omer@hermonai.example>", OWNER_FULL, "מטלת בית - Threat Hunter @ Hermon AI", text=t,
        auto_html=True, rtl=False, cte="base64", msg_id=mid(c, 1, "hermonai.example"),
        attachments=[("threat-hunt-exercise.pdf", b"%PDF-1.4\n% b93 placeholder exercise\n%%EOF\n", "application", "pdf")]))
    label(c, [], "medium", "negative/take-home-assignment",
          "Home assignment with a deadline (Sunday 26.04 at noon); the review call is not yet scheduled.")


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b93-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case), exist_ok=True)
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind93 (written blind, synthetic). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
