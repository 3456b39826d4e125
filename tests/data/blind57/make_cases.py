#!/usr/bin/env python3
"""Deterministic generator for the blind57 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER_NAME = "Tamsin Achterberg"
OWNER = "tamsin.achterberg@mail.example"
UTC = ZoneInfo("UTC")
NY, ZRH, LON, LA = "America/New_York", "Europe/Zurich", "Europe/London", "America/Los_Angeles"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def D(y, mo, d, h=0, mi=0, tz=NY):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def in_tz(dt, tz):
    return dt.astimezone(ZoneInfo(tz))


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}-{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def uid(case, n, suffix):
    return hashlib.sha1(f"uid-{case}-{n}".encode()).hexdigest()[:26] + suffix


# ---------------------------------------------------------------- e-mail
def new_mail(case, n, date, frm, to, subject, *, cc=None, reply_to=None, sender=None,
             in_reply_to=None, references=None, domain=None, extra=None, delivered=True):
    m = EmailMessage()
    fdomain = domain or frm.split("@")[-1].strip(">")
    if delivered:
        m["Delivered-To"] = OWNER
        m["Received"] = (f"from mail.{fdomain} (mail.{fdomain} [203.0.113.{(len(case) * 7 + n) % 250 + 2}]) "
                         f"by mx.mail.example with ESMTPS id {hashlib.md5((case + str(n)).encode()).hexdigest()[:12]} "
                         f"for <{OWNER}>; {format_datetime(date)}")
        rp = frm.split("<")[-1].strip(">") if "<" in frm else frm
        m["Return-Path"] = f"<{rp}>"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = mid(case, n, fdomain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def plain(m, text, cte="quoted-printable"):
    m.set_content(text, cte=cte)
    return m


def alt(m, text, html, cte="quoted-printable"):
    m.set_content(text, cte=cte)
    m.add_alternative(html, subtype="html", cte=cte)
    return m


def html_only(m, html):
    m.set_content(html, subtype="html", cte="quoted-printable")
    return m


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def p2html(text):
    import html as _h
    paras = [pp for pp in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + _h.escape(pp).replace("\n", "<br>") + "</p>" for pp in paras)


def add(case, name, data):
    if isinstance(data, EmailMessage):
        for i, part in enumerate(data.walk()):  # deterministic MIME boundaries
            if part.is_multipart():
                part.set_boundary("000000000000" + hashlib.sha1(f"{case}{name}{i}".encode()).hexdigest()[:16])
        data = data.as_bytes(policy=POLICY)
    elif isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((name, data))


# ---------------------------------------------------------------- iCalendar
def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


def vtimezone(tzid, zone):
    """VTIMEZONE for a northern-hemisphere zone; offsets taken from zoneinfo."""
    z = ZoneInfo(zone)
    std = _off(datetime(2026, 1, 15, 12, tzinfo=z).utcoffset())
    dst = _off(datetime(2026, 7, 15, 12, tzinfo=z).utcoffset())
    if zone.startswith("America/"):
        d_rule, s_rule, d_start, s_start = "BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU", "16010311T020000", "16011104T020000"
    elif zone == LON:
        d_rule, s_rule, d_start, s_start = "BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU", "16010325T010000", "16011028T020000"
    else:
        d_rule, s_rule, d_start, s_start = "BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU", "16010325T020000", "16011028T030000"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:{s_start}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{s_rule}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:{d_start}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{d_rule}", "END:DAYLIGHT", "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ---------------------------------------------------------------- Google Calendar invitations
def gtime(dt):
    s = dt.strftime("%I:%M%p").lower().lstrip("0")
    return s.replace(":00", "")


def google_invite(case, n, *, sent, organizer, guests, summary, start, end, tzlabel, tzabbr,
                  description="", seq=0, kind="Invitation", location="", meet="abc-defg-hij",
                  uidv=None, status="CONFIRMED", method="REQUEST"):
    """organizer=(name,email); guests=[(name,email)] excluding the owner."""
    oname, oemail = organizer
    when = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})"
    subject = f"{kind}: {summary} @ {when} ({OWNER})"
    m = new_mail(case, n, sent, f"{oname} <{oemail}>", OWNER, subject,
                 reply_to=f"{oname} <{oemail}>", sender="Google Calendar <calendar-notification@google.example>",
                 domain="calendar.google.example")
    m.replace_header("Message-ID", f"<calendar-{hashlib.sha1((case + str(n)).encode()).hexdigest()[:32]}@google.example>")
    longday = f"{start.strftime('%A %B')} {start.day}, {start.year}"
    head = {"Invitation": "", "Updated invitation": "This event has been updated\nChanged: time\n\n",
            "Canceled event": "This event has been canceled and removed from your calendar.\n\n"}[kind]
    glist = "\n".join(f"{g[0]}\n{g[1]}" for g in guests)
    text = (f"{head}{summary}\n{longday} \u22c5 {gtime(start)} \u2013 {gtime(end)}\n{tzlabel}\n\n"
            + (f"Location\n{location}\n\n" if location else "")
            + (f"Join with Google Meet\nhttps://meet.google.example/{meet}\n\n" if meet else "")
            + f"Organizer\n{oname}\n{oemail}\n\nGuests\n{oname} - organizer\n{oemail}\n{glist}\n{OWNER}\n\n"
            + (description + "\n\n" if description else "")
            + "~~//~~\nInvitation from Google Calendar: https://calendar.google.example/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(p2html(text), "Roboto,Helvetica,Arial,sans-serif")
    u = uidv or uid(case, n, "@google.example")
    desc = description + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.example/"
                          + meet + "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-" if meet else "")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(sent)}",
             f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{u}",
             att(oname, oemail, "ACCEPTED", google=True)]
    lines += [att(g[0], g[1], google=True) for g in guests]
    lines += [att(OWNER, OWNER, google=True)]
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.example/{meet}")
    lines += [f"CREATED:{utcstamp(sent - timedelta(days=seq * 3))}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{utcstamp(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(lines)
    m.set_content(text, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), "text", "calendar",
                      params={"method": method, "charset": "UTF-8"}, cte="7bit")
    m.add_attachment(ics.encode("utf-8"), "application", "ics", filename="invite.ics")
    return m


# ---------------------------------------------------------------- Exchange / Outlook invitations
def outlook_invite(case, n, *, sent, organizer, attendees, subject, summary, start, end, wintz, zone,
                   when_line, body, location="Microsoft Teams Meeting", method="REQUEST", seq=0,
                   uidv=None, lang="en-US", status="CONFIRMED"):
    oname, oemail = organizer
    to = ", ".join([f"{OWNER_NAME} <{OWNER}>"] + [f"{a[0]} <{a[1]}>" for a in attendees])
    m = new_mail(case, n, sent, f"{oname} <{oemail}>", to, subject,
                 extra=[("Thread-Topic", summary),
                        ("Thread-Index", "AdzH" + hashlib.md5((case + str(n)).encode()).hexdigest()[:20] + "=="),
                        ("Accept-Language", lang), ("Content-Language", lang),
                        ("Content-class", "urn:content-classes:calendarmessage"),
                        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    m.replace_header("Message-ID", "<" + hashlib.sha1((case + str(n)).encode()).hexdigest()[:30].upper()
                     + "@AM9PR02MB7310.eurprd02.prod.outlook.example>")
    teams = ("\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_"
             + hashlib.md5(case.encode()).hexdigest()[:22] + "%40thread.v2/0>\nMeeting ID: 318 554 902 117\n"
             "Passcode: q7Xk2P\n________________________________________________________________________________\n"
             if location.startswith("Microsoft Teams") else "")
    text = f"{when_line}\n{'Ort' if lang.startswith('de') else 'Where'}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n{teams}"
    html = html_wrap(p2html(text), "Aptos,Calibri,sans-serif")
    u = uidv or ("040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(case.encode()).hexdigest()[:40].upper())
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone(wintz, zone)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}",
              att(OWNER_NAME, OWNER)] + [att(a[0], a[1]) for a in attendees]
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{u}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={wintz}:{local(start)}", f"DTEND;TZID={wintz}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE" if method == "REQUEST" else "TRANSP:TRANSPARENT",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1288411305",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics_text(lines).encode("utf-8"), "text", "calendar",
                      params={"method": method, "charset": "UTF-8"}, cte="base64")
    return m


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic (blind57, written blind)"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


SIG_T = f"\n--\n{OWNER_NAME}, PhD\nDepartment of Molecular & Cellular Biology\nCharlesgate University, Boston MA\n+1 617 555 0142\n"


# =====================================================================================
# POSITIVES
# =====================================================================================
def c01():
    c = "b57-01-basel-pi-zoom-dst-gap-thread"
    pi = ("Annika Veltheim", "annika.veltheim@rheinknie-ibm.example")
    start = D(2026, 3, 19, 15, 0, ZRH)
    end = start + timedelta(minutes=45)
    bos = in_tz(start, NY)
    assert (bos.hour, bos.minute) == (10, 0) and start.strftime("%a") == "Thu"
    s1 = D(2026, 3, 16, 17, 12, ZRH)
    t1 = f"""Dear Tamsin,

thanks a lot for sending your CV and the short research statement - I enjoyed reading it, especially the part on the Polycomb reporter lines. I'd like to talk to you about the open postdoc position in my group before I go on holiday.

Could you Zoom with me this Thursday, 10am your time / 3pm here? Heads-up: we in Europe only switch to summer time on the 29th, so this week Basel is just 5 hours ahead of Boston, not the usual 6. Plan for about 45 minutes - I'll tell you about the lab and then I'd like to hear about your thesis work in some detail.

Best wishes,
Annika

--
Prof. Dr. Annika Veltheim
Group Leader, Chromatin Dynamics
Rheinknie Institute for Biomedicine
Klingentalstrasse 44, 4057 Basel, Switzerland
+41 61 555 27 18
"""
    m1 = new_mail(c, 1, s1, f"Annika Veltheim <{pi[1]}>", f"{OWNER_NAME} <{OWNER}>", "Postdoc position - quick call?")
    add(c, "01-veltheim-quick-call.eml", plain(m1, t1))
    s2 = in_tz(s1, NY).replace(hour=14, minute=3)
    t2 = f"""Dear Prof. Veltheim,

Thank you so much - Thursday at 10am Boston / 3pm Basel works perfectly for me. Thanks for the heads-up about the clock change, I would definitely have gotten that wrong.

Looking forward to it,
Tamsin
{SIG_T}
On Mon, Mar 16, 2026 at 12:12 PM Annika Veltheim <{pi[1]}> wrote:
""" + "\n".join("> " + l for l in t1.splitlines()) + "\n"
    m2 = new_mail(c, 2, s2, f"{OWNER_NAME} <{OWNER}>", f"Annika Veltheim <{pi[1]}>", "Re: Postdoc position - quick call?",
                  in_reply_to=mid(c, 1, "rheinknie-ibm.example"), domain="mail.example")
    add(c, "02-re-quick-call.eml", plain(m2, t2))
    s3 = D(2026, 3, 17, 8, 41, ZRH)
    t3 = """Great! Here is the link for Thursday:

https://zoom.example/j/84120077315?pwd=Rk9wVzZ1

Meeting ID: 841 2007 7315
Passcode: 448190

Annika

Sent from my iPhone
"""
    m3 = new_mail(c, 3, s3, f"Annika Veltheim <{pi[1]}>", f"{OWNER_NAME} <{OWNER}>", "Re: Postdoc position - quick call?",
                  in_reply_to=mid(c, 2, "mail.example"),
                  references=f"{mid(c, 1, 'rheinknie-ibm.example')} {mid(c, 2, 'mail.example')}")
    add(c, "03-re-zoom-link.eml", plain(m3, t3, cte="7bit"))
    label(c, [iv("Rheinknie Institute for Biomedicine", "Postdoctoral Fellow", start, end, "scheduled",
                 [pi[1]], [pi[1]], "hiring_manager")], "hard", "positive/thread-dst-gap",
          "Informal PI thread; '10am your time / 3pm here' during the 3-week US/EU DST gap (Boston EDT, Basel CET); 45 min.")


def c02():
    c = "b57-02-greenhouse-corvane-ics"
    coord = ("Maren Lindqvist", "maren.lindqvist@corvanetx.example")
    start = D(2026, 4, 7, 13, 30, NY)
    end = D(2026, 4, 7, 14, 30, NY)
    sent = D(2026, 4, 1, 16, 2, NY)
    text = f"""Hi Tamsin,

Thank you for your interest in Corvane Therapeutics! We're excited to confirm your interview for the Scientist I, Protein Engineering role. Please find the details below:

Date: Tuesday, April 7th 2026
Time: 1:30 PM - 2:30 PM EDT
Location: Zoom - https://corvanetx.zoom.example/j/93318820461

Interview schedule
1:30 PM - 2:30 PM  Scientific Interview - Dr. Omar Haddad, Principal Scientist, Protein Engineering

Omar will ask you to walk through one project from your thesis for ~20 minutes (slides are welcome but not required) and then discuss Corvane's binder-design platform.

A calendar invitation (.ics) is attached. If you have any questions or need to reschedule, just reply to this email.

Best,
Maren Lindqvist
Recruiting Coordinator | Corvane Therapeutics
700 Binney Street, Cambridge, MA 02142
"""
    m = new_mail(c, 1, sent, f"Maren Lindqvist <no-reply@us.greenhouse-mail.example>", f"{OWNER_NAME} <{OWNER}>",
                 "Interview Confirmation: Scientist I, Protein Engineering at Corvane Therapeutics",
                 reply_to=f"Maren Lindqvist <{coord[1]}>", domain="us.greenhouse-mail.example")
    alt(m, text, html_wrap(p2html(text)))
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduler//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{uid(c, 1, '@greenhouse.example')}", f"DTSTAMP:{utcstamp(sent)}",
                    f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
                    "SUMMARY:Interview with Corvane Therapeutics",
                    "DESCRIPTION:" + esc("Scientific Interview - Dr. Omar Haddad\nZoom: https://corvanetx.zoom.example/j/93318820461"),
                    "LOCATION:https://corvanetx.zoom.example/j/93318820461", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics.encode(), "text", "calendar", filename="interview.ics")
    add(c, "01-interview-confirmation.eml", m)
    label(c, [iv("Corvane Therapeutics", "Scientist I, Protein Engineering", start, end, "scheduled", [], [coord[1]], "technical")],
          "medium", "positive/ats-email-with-ics",
          "Greenhouse-style confirmation from no-reply with coordinator Reply-To; interviewer named without address -> follow-up to coordinator.")


def c03():
    c = "b57-03-workday-halvard-phone-screen-html"
    rec = ("Renata Solberg", "renata.solberg@halvardbio.example")
    start = D(2026, 4, 16, 11, 0, NY)
    end = D(2026, 4, 16, 11, 30, NY)
    sent = D(2026, 4, 10, 9, 14, NY)
    html = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0b3d5c;color:#fff;padding:16px;font-size:18px">Halvard Biosciences</td></tr>
<tr><td style="padding:16px">
<p>Dear Tamsin Achterberg,</p>
<p>You have been scheduled for an interview for <b>Associate Scientist II - Cell Therapy Process Development (R-0041175)</b>.</p>
<table cellpadding="4">
<tr><td><b>Interview Type:</b></td><td>Phone Screen</td></tr>
<tr><td><b>Date:</b></td><td>04/16/2026</td></tr>
<tr><td><b>Time:</b></td><td>11:00 AM - 11:30 AM (GMT-04:00) Eastern Time</td></tr>
<tr><td><b>Interviewer:</b></td><td>Renata Solberg, Talent Acquisition Partner</td></tr>
<tr><td><b>Location:</b></td><td>Phone - Renata will call you at +1 617 555 0142</td></tr>
</table>
<p>If you need to make changes, please contact Renata directly at <a href="mailto:{rec[1]}">{rec[1]}</a>.</p>
<p>You can view the status of your application at any time on the <a href="https://halvardbio.wd5.myworkdayjobs.example/Careers">Halvard Careers site</a>.</p>
<p>Best regards,<br>Halvard Biosciences Talent Acquisition</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">This email was sent from an unmonitored mailbox. Please do not reply.<br>
Halvard Biosciences, Inc. | 1 Drydock Avenue, Boston, MA 02210</td></tr></table>""")
    m = new_mail(c, 1, sent, "Halvard Biosciences <halvardbio@myworkday.example>", OWNER,
                 "Interview Scheduled: Associate Scientist II - Cell Therapy Process Development", domain="myworkday.example")
    add(c, "01-workday-interview-scheduled.eml", html_only(m, html))
    label(c, [iv("Halvard Biosciences", "Associate Scientist II - Cell Therapy Process Development", start, end, "scheduled",
                 [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/workday-html-only",
          "Workday-style HTML-only notification, times as '(GMT-04:00) Eastern Time' and MM/DD/YYYY; recruiter conducts the screen.")


def c04():
    c = "b57-04-aarvik-zurich-german-english-exchange"
    hr = ("Sabine Keller", "sabine.keller@aarvik-pharma.example")
    hm = ("Dr. Lukas Brunner", "lukas.brunner@aarvik-pharma.example")
    start = D(2026, 3, 25, 15, 0, ZRH)
    end = D(2026, 3, 25, 15, 45, ZRH)
    assert in_tz(start, NY).hour == 10 and start.utcoffset() == timedelta(hours=1)
    sent = D(2026, 3, 17, 11, 26, ZRH)
    t = """Liebe Frau Achterberg

Vielen Dank für Ihre Bewerbung als Scientist Cell Line Development (80-100%) bei der Aarvik Pharma AG. Gerne laden wir Sie zu einem ersten Videogespräch ein:

Mittwoch, 25. März 2026, um 15:00 Uhr MEZ (Dauer ca. 45 Minuten)

Das Gespräch führt Dr. Lukas Brunner, Head of Cell Line Development. Ich werde Sie zu Beginn kurz begrüssen und mich dann ausklinken. Die Einladung für Microsoft Teams folgt separat.

---

Dear Ms Achterberg,

Thank you for applying for the Scientist Cell Line Development position. We are pleased to invite you to a first video interview on Wednesday, 25 March 2026 at 15:00 CET - that is 10:00 a.m. in Boston (please note Switzerland is still on winter time that week). The conversation will be led by Dr. Lukas Brunner; I will only join briefly at the start. A Teams invitation follows separately.

Freundliche Grüsse / Kind regards

Sabine Keller
HR Business Partner
Aarvik Pharma AG
Wagistrasse 21, 8952 Schlieren, Schweiz
T +41 44 555 61 90
"""
    m = new_mail(c, 1, sent, f"Keller Sabine <{hr[1]}>", f"{OWNER_NAME} <{OWNER}>",
                 "Einladung zum Interview / Invitation to interview - Scientist Cell Line Development",
                 extra=[("Content-Language", "de-CH")])
    add(c, "01-einladung-interview.eml", plain(m, t))
    body = """Liebe Frau Achterberg

Anbei die Teams-Einladung für unser Gespräch. / Please find the Teams invitation attached.

Freundliche Grüsse
Sabine Keller"""
    m2 = outlook_invite(c, 2, sent=D(2026, 3, 17, 11, 40, ZRH), organizer=hr, attendees=[hm],
                        subject="Interview Tamsin Achterberg - Scientist Cell Line Development",
                        summary="Interview Tamsin Achterberg - Scientist Cell Line Development",
                        start=start, end=end, wintz="W. Europe Standard Time", zone=ZRH,
                        when_line="Wann: Mittwoch, 25. März 2026 15:00-15:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
                        body=body, location="Microsoft Teams-Besprechung", lang="de-CH")
    add(c, "02-teams-einladung.eml", m2)
    label(c, [iv("Aarvik Pharma AG", "Scientist Cell Line Development", start, end, "scheduled",
                 [hm[1]], [hm[1]], "hiring_manager")], "hard", "positive/german-exchange-dedupe",
          "German/English HR mail ('15:00 Uhr MEZ', Swiss still on CET on 25 March) + German Outlook/Teams invite with W. Europe Standard Time; HR only greets, Brunner interviews; one interview.")


def c05():
    c = "b57-05-fenbridge-jobtalk-day-onsite"
    adm = ("Imogen Pryce", "imogen.pryce@fenbridge-genome.example")
    people = {
        "whitcombe": ("Prof. Alasdair Whitcombe", "a.whitcombe@fenbridge-genome.example"),
        "obi": ("Dr Nkechi Obi", "n.obi@fenbridge-genome.example"),
        "moreau": ("Dr Sebastien Moreau-Hall", "s.moreau-hall@fenbridge-genome.example"),
        "natarajan": ("Dr Priyamvada Natarajan", "p.natarajan@fenbridge-genome.example"),
        "marchbank": ("Prof. Helena Marchbank", "director@fenbridge-genome.example"),
    }
    start = D(2026, 5, 12, 9, 30, LON)
    end = D(2026, 5, 12, 15, 30, LON)
    sent = D(2026, 4, 27, 14, 55, LON)
    rows = [("09:15", "Arrival - please ask for me at Reception, Hauxley Building", ""),
            ("09:30 - 10:15", "Meeting with Prof. Alasdair Whitcombe (Head of Programme)", "whitcombe"),
            ("10:30 - 11:30", "Seminar (job talk): 40 min + questions, Seminar Room 2", ""),
            ("11:45 - 12:15", "One-to-one with Dr Nkechi Obi", "obi"),
            ("12:15 - 13:15", "Lunch with postdocs and students (Atrium cafe)", ""),
            ("13:30 - 14:00", "One-to-one with Dr Sebastien Moreau-Hall", "moreau"),
            ("14:00 - 14:30", "One-to-one with Dr Priyamvada Natarajan", "natarajan"),
            ("14:45 - 15:30", "Interview with the Director, Prof. Helena Marchbank, and Prof. Whitcombe", "marchbank")]
    tr = "\n".join(f'<tr><td style="padding:3px 12px 3px 0;white-space:nowrap">{a}</td><td>{b}'
                   + (f' &lt;<a href="mailto:{people[k][1]}">{people[k][1]}</a>&gt;' if k else "") + "</td></tr>"
                   for a, b, k in rows)
    html = html_wrap(f"""<p>Dear Tamsin,</p>
<p>Further to Alasdair's email, I'm delighted to send you the programme for your visit to the Fenbridge Institute for Genome Biology on <b>Tuesday 12 May</b> for the Career Development Fellow (Chromatin &amp; Gene Regulation) post. All times are UK time (BST).</p>
<table style="border-collapse:collapse;font-size:14px">
{tr}
</table>
<p>The seminar is open to the whole institute, so please pitch it for a broad audience. The remaining sessions are part of the formal assessment. We should be finished by about half past three - taxis to the station take 15 minutes.</p>
<p>We will reimburse travel and two nights' accommodation at the Granta Lodge; please keep receipts. Do let me know about any dietary or access requirements.</p>
<p>With best wishes,</p>
<p>Imogen Pryce<br>Faculty Recruitment Administrator<br>Fenbridge Institute for Genome Biology<br>Hauxley Building, Fenbridge Road, Cambridge CB2 0XR, UK<br>+44 1223 555 804</p>""", "Calibri,Arial,sans-serif")
    m = new_mail(c, 1, sent, f"Imogen Pryce <{adm[1]}>", f"Tamsin Achterberg <{OWNER}>",
                 "Your visit on 12 May - programme", cc=f"Alasdair Whitcombe <{people['whitcombe'][1]}>")
    add(c, "01-visit-programme.eml", html_only(m, html))
    s2 = D(2026, 4, 27, 12, 20, NY)
    t2 = f"""Dear Imogen,

Thank you very much for the programme - it all looks great. I land at Heathrow on the Sunday morning, so the 09:30 start on Tuesday is no problem. Could you let me know whether the seminar room has a USB-C adapter, or whether I should bring my own?

Best wishes,
Tamsin
{SIG_T}
> From: Imogen Pryce <{adm[1]}>
> Sent: Monday, April 27, 2026 9:55 AM
> Subject: Your visit on 12 May - programme
>
> Dear Tamsin,
> Further to Alasdair's email, I'm delighted to send you the programme for your visit ...
"""
    m2 = new_mail(c, 2, s2, f"Tamsin Achterberg <{OWNER}>", f"Imogen Pryce <{adm[1]}>",
                  "Re: Your visit on 12 May - programme", in_reply_to=mid(c, 1, "fenbridge-genome.example"), domain="mail.example")
    add(c, "02-re-visit-programme.eml", plain(m2, t2))
    label(c, [iv("Fenbridge Institute for Genome Biology", "Career Development Fellow (Chromatin & Gene Regulation)",
                 start, end, "scheduled", [people[k][1] for k in ("whitcombe", "obi", "moreau", "natarajan", "marchbank")],
                 [people[k][1] for k in ("whitcombe", "obi", "moreau", "natarajan", "marchbank")], "onsite")],
          "hard", "positive/onsite-job-talk-day",
          "HTML-only itinerary: job talk + 1:1s + director interview = one onsite 09:30-15:30 BST; arrival 09:15 and lunch are not sessions; administrator not an interviewer.")


def c06():
    c = "b57-06-ellery-lab-assistant-reschedule"
    asst = ("Wendell Park", "wendell.park@brackett-immunology.example")
    pi = ("Simone Ellery", "simone.ellery@brackett-immunology.example")
    summ = "Postdoc interview: Tamsin Achterberg / Dr. Ellery"
    d0 = "Interview for the postdoctoral fellow position in the Ellery Lab (T-cell epigenetics). Dr. Ellery's office, Brackett Institute, 8th floor, 21 Avenue Louis Pasteur."
    s0, e0 = D(2026, 4, 15, 14, 0, NY), D(2026, 4, 15, 14, 45, NY)
    u = uid(c, 0, "@google.example")
    m1 = google_invite(c, 1, sent=D(2026, 4, 8, 10, 5, NY), organizer=asst, guests=[pi], summary=summ,
                       start=s0, end=e0, tzlabel="Eastern Time - New York", tzabbr="EDT", description=d0,
                       location="Brackett Institute, 8th floor, 21 Avenue Louis Pasteur, Boston", meet=None, uidv=u)
    add(c, "01-invitation.eml", m1)
    t2 = f"""Hi Tamsin,

I'm so sorry to do this - Simone has been called to sit on an NIH study section that runs into Wednesday afternoon, so she won't be back in time for your 2:00 meeting.

Would Friday the 17th at 11:30 work instead? Same place (her office on the 8th floor), and she's blocked 45 minutes. If that works I'll send an updated invite.

Thanks for your flexibility,
Wendell

Wendell Park
Executive Assistant to Dr. Simone Ellery
Brackett Institute for Immunology | 21 Avenue Louis Pasteur, Boston, MA 02115
o: 617-555-0193
"""
    m2 = new_mail(c, 2, D(2026, 4, 13, 9, 48, NY), f"Wendell Park <{asst[1]}>", f"Tamsin Achterberg <{OWNER}>",
                  "Need to move Wednesday's meeting with Dr. Ellery", cc=f"Simone Ellery <{pi[1]}>")
    add(c, "02-need-to-move.eml", plain(m2, t2))
    t3 = f"""Hi Wendell,

No problem at all - Friday the 17th at 11:30 works for me. Thank you!

Best,
Tamsin

On Mon, Apr 13, 2026 at 9:48 AM Wendell Park <{asst[1]}> wrote:
> Would Friday the 17th at 11:30 work instead?
"""
    m3 = new_mail(c, 3, D(2026, 4, 13, 10, 30, NY), f"Tamsin Achterberg <{OWNER}>", f"Wendell Park <{asst[1]}>",
                  "Re: Need to move Wednesday's meeting with Dr. Ellery", in_reply_to=mid(c, 2, "brackett-immunology.example"),
                  domain="mail.example")
    add(c, "03-re-need-to-move.eml", plain(m3, t3))
    s1, e1 = D(2026, 4, 17, 11, 30, NY), D(2026, 4, 17, 12, 15, NY)
    m4 = google_invite(c, 4, sent=D(2026, 4, 13, 10, 52, NY), organizer=asst, guests=[pi], summary=summ,
                       start=s1, end=e1, tzlabel="Eastern Time - New York", tzabbr="EDT", description=d0,
                       location="Brackett Institute, 8th floor, 21 Avenue Louis Pasteur, Boston", meet=None, uidv=u,
                       seq=1, kind="Updated invitation")
    add(c, "04-updated-invitation.eml", m4)
    label(c, [iv("Brackett Institute for Immunology", "Postdoctoral Fellow", s1, e1, "scheduled", [pi[1]], [pi[1]], "hiring_manager")],
          "medium", "positive/reschedule-by-assistant",
          "Google invite by PI's assistant, moved by e-mail and an updated invite (SEQUENCE 1); final Fri 17 Apr 11:30-12:15 EDT; assistant is not an interviewer.")


def c07():
    c = "b57-07-pellucid-teams-cancel"
    rec = ("Curtis Abernathy", "cabernathy@pellucidbio.example")
    start, end = D(2026, 4, 20, 15, 0, NY), D(2026, 4, 20, 15, 30, NY)
    summ = "Phone Screen - Tamsin Achterberg - Scientist, Single-Cell Genomics"
    body = """Hi Tamsin,

Looking forward to our call! This is a 30-minute introductory conversation about the Scientist, Single-Cell Genomics opening and your background.

Curtis Abernathy
Senior Technical Recruiter | Pellucid Bio
m: +1 (857) 555-0168"""
    u = "040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(c.encode()).hexdigest()[:40].upper()
    m1 = outlook_invite(c, 1, sent=D(2026, 4, 9, 16, 31, NY), organizer=rec, attendees=[], subject=summ, summary=summ,
                        start=start, end=end, wintz="Eastern Standard Time", zone=NY,
                        when_line="When: Monday, April 20, 2026 3:00 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).",
                        body=body, uidv=u)
    add(c, "01-phone-screen-invite.eml", m1)
    body2 = """Hi Tamsin,

I'm sorry for the late notice. We learned this week that the Single-Cell Genomics req has been put on hold while the team re-plans its budget, so I need to cancel our call on Monday. I'll reach out right away if it reopens - you're exactly the profile the team was hoping for.

Best,
Curtis"""
    m2 = outlook_invite(c, 2, sent=D(2026, 4, 16, 17, 5, NY), organizer=rec, attendees=[], subject="Canceled: " + summ,
                        summary="Canceled: " + summ, start=start, end=end, wintz="Eastern Standard Time", zone=NY,
                        when_line="When: Monday, April 20, 2026 3:00 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).",
                        body=body2, uidv=u, method="CANCEL", seq=1, status="CANCELLED")
    add(c, "02-canceled-phone-screen.eml", m2)
    label(c, [iv("Pellucid Bio", "Scientist, Single-Cell Genomics", start, end, "cancelled", [rec[1]], [rec[1]], "phone_screen")],
          "medium", "positive/exchange-cancel",
          "Teams invite then METHOD:CANCEL (req on hold); cancelled at last scheduled time 3:00 PM EDT (label says UTC-05:00).")


def c08():
    c = "b57-08-seefeld-pi-cancels-by-email"
    pi = ("Matthias Oberholzer", "oberholzer@biosys.seefeld-uni.example")
    start, end = D(2026, 5, 8, 16, 0, ZRH), D(2026, 5, 8, 17, 0, ZRH)
    assert in_tz(start, NY).hour == 10
    t1 = """Dear Dr. Achterberg,

thank you for your application to the postdoc position in synthetic gene circuits. I would like to have a first conversation over Zoom. Could we do Friday 8 May at 16:00 Zurich time (10:00 in Boston)? Please reserve one hour; I'd ask you to present 2-3 slides on your main thesis project.

Kind regards,
Matthias Oberholzer

--
Prof. Dr. Matthias Oberholzer
Department of Biosystems, Seefeld University
Seefeldstrasse 120, 8008 Zürich
"""
    m1 = new_mail(c, 1, D(2026, 5, 4, 9, 2, ZRH), f"Oberholzer Matthias <{pi[1]}>", OWNER,
                  "Postdoc application - Zoom conversation")
    add(c, "01-zoom-conversation.eml", plain(m1, t1))
    t2 = f"""Dear Prof. Oberholzer,

Friday 8 May at 16:00 Zurich / 10:00 Boston works very well - I'll prepare a few slides. Thank you!

Best regards,
Tamsin Achterberg
"""
    m2 = new_mail(c, 2, D(2026, 5, 4, 7, 15, NY), f"Tamsin Achterberg <{OWNER}>", pi[1],
                  "Re: Postdoc application - Zoom conversation", in_reply_to=mid(c, 1, "biosys.seefeld-uni.example"),
                  domain="mail.example")
    add(c, "02-re-zoom-conversation.eml", plain(m2, t2))
    t3 = f"""Dear Tamsin,

I am very sorry, but I have to cancel our conversation tomorrow. This morning we learned that the SNSF grant that would have funded the position was not renewed, so I cannot hire for it this year. I would rather tell you now than waste your time.

If the situation changes in autumn I will contact you again. Good luck with your search - your profile is excellent.

Best,
Matthias

> Friday 8 May at 16:00 Zurich / 10:00 Boston works very well - I'll prepare a few slides.
"""
    m3 = new_mail(c, 3, D(2026, 5, 7, 13, 47, ZRH), f"Oberholzer Matthias <{pi[1]}>", OWNER,
                  "Re: Postdoc application - Zoom conversation", in_reply_to=mid(c, 2, "mail.example"),
                  references=f"{mid(c, 1, 'biosys.seefeld-uni.example')} {mid(c, 2, 'mail.example')}")
    add(c, "03-re-cancel.eml", plain(m3, t3))
    label(c, [iv("Seefeld University", "Postdoc (synthetic gene circuits)", start, end, "cancelled", [pi[1]], [pi[1]], "hiring_manager")],
          "hard", "positive/cancel-by-email",
          "PI sets Zoom Fri 8 May 16:00 Zurich (CEST) for one hour, then cancels 'tomorrow' by e-mail (funding not renewed).")


def c09():
    c = "b57-09-tessellate-screen-then-technical"
    rec = ("Joelle Marchetti", "joelle.marchetti@tessellategx.example")
    hm = ("Ken Ishikawa", "ken.ishikawa@tessellategx.example")
    s1, e1 = D(2026, 4, 20, 13, 0, NY), D(2026, 4, 20, 13, 30, NY)
    t1 = f"""Hi Tamsin Achterberg,

A new event has been scheduled.

Event Type:
Recruiter Screen - Tessellate Genomics (30 min)

Invitee:
Tamsin Achterberg
{OWNER}

Event Date/Time:
01:00pm - 01:30pm (Eastern Time - US & Canada) Monday, April 20, 2026

Location:
Joelle will call you at +1 617 555 0142

Host:
Joelle Marchetti <{rec[1]}>

Questions:
What role are you interested in? Scientist, Functional Genomics

View event in Calendly: https://calendly.example/events/8f1c0c2e

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/8f1c0c2e
Reschedule: https://calendly.example/reschedulings/8f1c0c2e

Powered by Calendly.com
"""
    m1 = new_mail(c, 1, D(2026, 4, 14, 20, 12, NY), "Calendly <notifications@calendly.example>", OWNER,
                  "Confirmed: Recruiter Screen - Tessellate Genomics with Joelle Marchetti on Monday, April 20, 2026",
                  reply_to=f"Joelle Marchetti <{rec[1]}>")
    add(c, "01-calendly-confirmed.eml", alt(m1, t1, html_wrap(p2html(t1))))
    s2, e2 = D(2026, 4, 30, 10, 30, LA), D(2026, 4, 30, 11, 15, LA)
    assert in_tz(s2, NY).strftime("%H:%M") == "13:30"
    t2 = f"""Hi Tamsin!

Thanks for chatting yesterday - really enjoyed it. Good news: Ken (our Director of Functional Genomics, based in SSF) would love to meet you for a technical conversation.

He's got Thu 4/30 @ 10:30a PT (1:30p your time) for 45 min on Google Meet. I'll shoot over the invite in a sec - let me know if that doesn't work.

Cheers,
Joelle

Joelle Marchetti | Talent Acquisition
Tessellate Genomics
341 Oyster Point Blvd, South San Francisco, CA 94080
c: (415) 555-0127
"""
    m2 = new_mail(c, 2, D(2026, 4, 21, 9, 40, LA), f"Joelle Marchetti <{rec[1]}>", OWNER, "Next step: chat with Ken")
    add(c, "02-next-step.eml", plain(m2, t2))
    m3 = google_invite(c, 3, sent=D(2026, 4, 21, 9, 46, LA), organizer=rec, guests=[hm],
                       summary="Tamsin Achterberg <> Ken Ishikawa | Technical Interview (Scientist, Functional Genomics)",
                       start=s2, end=e2, tzlabel="Pacific Time - Los Angeles", tzabbr="PDT",
                       description="Ken will go deep on your CRISPR screening work. Joelle won't join.", meet="kfr-wqhp-zta")
    add(c, "03-invitation-technical.eml", m3)
    label(c, [iv("Tessellate Genomics", "Scientist, Functional Genomics", s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
              iv("Tessellate Genomics", "Scientist, Functional Genomics", s2, e2, "scheduled", [hm[1]], [hm[1]], "technical")],
          "medium", "positive/two-interviews",
          "Calendly-style recruiter screen (Mon 20 Apr 1pm ET) + Google invite for technical 'Thu 4/30 @ 10:30a PT'; two interviews.")


def c10():
    c = "b57-10-marsh-lab-noon-gcal-json"
    pi = ("Corinne Marsh", "corinne.marsh@beaconsfield-cri.example")
    sent = D(2026, 4, 22, 16, 18, NY)
    start, end = D(2026, 4, 27, 12, 0, NY), D(2026, 4, 27, 13, 0, NY)
    assert start.strftime("%a") == "Mon" and (start.date() - sent.date()).days == 5
    t = f"""Hi Tamsin,

Noon on Monday works for me! Come up to my office - Tilden Building, 5th floor, room 512. Plan on about an hour: we'll talk through the project and your background, and my senior postdoc will give you a quick tour of the lab at the end. I'll put it on our calendars.

Corinne

Corinne Marsh, MD, PhD
Principal Investigator, Division of Developmental Hematology
Beaconsfield Children's Research Institute
Tilden Building, 330 Brookline Ave, Boston, MA 02215
"""
    m = new_mail(c, 1, sent, f"Corinne Marsh <{pi[1]}>", f"Tamsin Achterberg <{OWNER}>", "Re: Postdoc opening in the Marsh lab",
                 in_reply_to="<CAB7x2Lq0mN4pT@mail.example>")
    add(c, "01-re-postdoc-opening.eml", plain(m, t))
    ev = {
        "kind": "calendar#event", "etag": "\"3541187702114000\"", "id": "5ql2nd7m0hb1s3ok8v4r6cfe2a",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NXFsMm5kN20waGIxczNvazh2NHI2Y2ZlMmE",
        "created": "2026-04-22T20:24:11.000Z", "updated": "2026-04-22T20:25:51.057Z",
        "summary": "Tamsin Achterberg - postdoc interview (Marsh lab)",
        "description": "Project discussion + lab tour. Tilden 512.",
        "location": "Tilden Building, Room 512",
        "creator": {"email": pi[1], "displayName": pi[0]},
        "organizer": {"email": pi[1], "displayName": pi[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": NY},
        "end": {"dateTime": end.isoformat(), "timeZone": NY},
        "iCalUID": "5ql2nd7m0hb1s3ok8v4r6cfe2a@google.example", "sequence": 0,
        "attendees": [{"email": pi[1], "displayName": pi[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "02-event.gcal.json", json.dumps(ev, indent=2) + "\n")
    label(c, [iv("Beaconsfield Children's Research Institute", "Postdoctoral Fellow", start, end, "scheduled",
                 [pi[1]], [pi[1]], "hiring_manager")], "medium", "positive/email-plus-gcal-json",
          "'Noon on Monday' (resolved against Wed 22 Apr) + Calendar API event for the same meeting; one interview.")


def c11():
    c = "b57-11-agency-forward-quillmarsh-14h"
    ag = ("Olivia Renwick", "olivia.renwick@stanbridge-search.example")
    hm = ("Dr Harriet Coles", "harriet.coles@quillmarsh.example")
    hr = ("Tom Ashdown", "careers@quillmarsh.example")
    start, end = D(2026, 4, 23, 14, 0, LON), D(2026, 4, 23, 15, 0, LON)
    assert in_tz(start, NY).hour == 9
    t = f"""Hi Tamsin,

Great news - Quillmarsh would like to interview you! Details from their TA team below. 14h00 UK is 9am Boston time. Harriet is lovely and very hands-on; expect a fair amount on assay design.

Shout if you'd like a prep call beforehand.

Olivia

Olivia Renwick
Principal Consultant, Life Sciences
Stanbridge Life Science Search
The Pitt Building, Trumpington Street, Cambridge CB2 1RP
+44 1223 555 377 | +44 7700 900 412

---------- Forwarded message ---------
From: Tom Ashdown <{hr[1]}>
Date: Wed, 15 Apr 2026 at 11:02
Subject: Interview confirmation - Scientist, Antibody Discovery - T. Achterberg
To: Olivia Renwick <{ag[1]}>

Hi Olivia,

Please pass on the following to Tamsin:

Interview: Scientist, Antibody Discovery (ref QB-2026-114)
Date: Thursday 23 April
Time: 14h00 - 15h00 (UK time)
Format: MS Teams (link to follow from Harriet)
Interviewer: Dr Harriet Coles, Head of Antibody Discovery ({hm[1]})

Many thanks,
Tom

Tom Ashdown | Talent Acquisition | Quillmarsh Biologics Ltd
Unit 7, Granta Science Park, Great Abington, Cambridge CB21 6GP
"""
    m = new_mail(c, 1, D(2026, 4, 15, 11, 40, LON), f"Olivia Renwick <{ag[1]}>", f"Tamsin Achterberg <{OWNER}>",
                 "Fwd: Interview confirmation - Scientist, Antibody Discovery - T. Achterberg")
    add(c, "01-fwd-interview-confirmation.eml", plain(m, t, cte="base64"))
    label(c, [iv("Quillmarsh Biologics", "Scientist, Antibody Discovery", start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "hard", "positive/forwarded-agency",
          "Base64 agency e-mail forwarding the client's confirmation ('14h00 - 15h00 (UK time)', BST); agency + TA not interviewers.")


def c12():
    c = "b57-12-sarnen-zoom-ics-after-eu-dst"
    hm = ("Fabienne Gisler", "fabienne.gisler@sarnenbio.example")
    start, end = D(2026, 3, 31, 14, 0, ZRH), D(2026, 3, 31, 15, 0, ZRH)
    assert start.utcoffset() == timedelta(hours=2)
    desc = ("Fabienne Gisler is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Interview - Tamsin Achterberg - Scientist, Assay Development (Sarnen Biotech AG)\n"
            "Time: Mar 31, 2026 02:00 PM Zurich\n\nJoin Zoom Meeting\nhttps://sarnenbio.zoom.example/j/61824459013\n\n"
            "Meeting ID: 618 2445 9013\nPasscode: 5520\n\n"
            "Note for candidates abroad: Switzerland moved to summer time (CEST) on Sunday 29 March.")
    lines = (["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
              "METHOD:PUBLISH", "CLASS:PUBLIC"] + vtimezone(ZRH, ZRH) +
             ["BEGIN:VEVENT", f"DTSTAMP:{utcstamp(D(2026, 3, 20, 10, 3, ZRH))}",
              f"DTSTART;TZID={ZRH}:{local(start)}", f"DTEND;TZID={ZRH}:{local(end)}",
              "SUMMARY:Interview - Tamsin Achterberg - Scientist\\, Assay Development (Sarnen Biotech AG)",
              "UID:20260320T090300Z-61824459013@fe80:0:0:0:d8:2eff:fe1a:7c19ens5",
              "TZID:Europe/Zurich", f"DESCRIPTION:{esc(desc)}",
              "LOCATION:https://sarnenbio.zoom.example/j/61824459013",
              f"ORGANIZER;CN=Fabienne Gisler:mailto:{hm[1]}",
              att(OWNER_NAME, OWNER),
              "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-zoom-meeting.ics", ics_text(lines))
    label(c, [iv("Sarnen Biotech AG", "Scientist, Assay Development", start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "medium", "positive/standalone-ics-dst-edge",
          "Standalone Zoom .ics, TZID Europe/Zurich, two days after the EU switch (CEST, 08:00 in Boston).")


def c13():
    c = "b57-13-merrow-core-director-half-past-ten"
    dr = ("Bartholomew Quaye", "bquaye@merrow.example")
    s1 = D(2026, 5, 13, 15, 22, NY)
    start, end = D(2026, 5, 19, 10, 30, NY), D(2026, 5, 19, 11, 30, NY)
    assert start.strftime("%a") == "Tue" and (start.date() - s1.date()).days == 6
    t1 = """Dear Dr. Achterberg,

Thanks for applying to the Staff Scientist position in the Merrow Genomics Core. I'd like to invite you in to talk about the role. Would next Tuesday at half past ten work? It should take about an hour - I'll be joined for part of it by our lead technologist, who'll show you the sequencing suite.

Best,
Bart Quaye

Bartholomew Quaye, PhD
Director, Genomics Core Facility
Merrow University | 75 Ames Street, Room 4-112, Boston MA 02118
617-555-0110
"""
    m1 = new_mail(c, 1, s1, f"Bartholomew Quaye <{dr[1]}>", OWNER, "Staff Scientist position - Genomics Core")
    add(c, "01-staff-scientist.eml", plain(m1, t1))
    t2 = f"""Dear Dr. Quaye,

Thank you - Tuesday the 19th at 10:30 works well for me. I look forward to meeting you and seeing the facility.

Best regards,
Tamsin Achterberg

On Wed, May 13, 2026 at 3:22 PM Bartholomew Quaye <{dr[1]}> wrote:
""" + "\n".join("> " + l for l in t1.splitlines()) + "\n"
    m2 = new_mail(c, 2, D(2026, 5, 13, 18, 5, NY), f"Tamsin Achterberg <{OWNER}>", dr[1],
                  "Re: Staff Scientist position - Genomics Core", in_reply_to=mid(c, 1, "merrow.example"), domain="mail.example")
    add(c, "02-re-staff-scientist.eml", plain(m2, t2))
    t3 = """Great - see you Tuesday. Room 4-112, 75 Ames St; the front desk will call up.

Bart
"""
    m3 = new_mail(c, 3, D(2026, 5, 14, 8, 1, NY), f"Bartholomew Quaye <{dr[1]}>", OWNER,
                  "Re: Staff Scientist position - Genomics Core", in_reply_to=mid(c, 2, "mail.example"),
                  references=f"{mid(c, 1, 'merrow.example')} {mid(c, 2, 'mail.example')}")
    add(c, "03-re-see-you-tuesday.eml", plain(m3, t3, cte="7bit"))
    label(c, [iv("Merrow University", "Staff Scientist, Genomics Core Facility", start, end, "scheduled", [dr[1]], [dr[1]], "hiring_manager")],
          "medium", "positive/thread-body-only",
          "'next Tuesday at half past ten' (from Wed 13 May) confirmed as 'Tuesday the 19th at 10:30'; about an hour; technologist has no address.")


# =====================================================================================
# NEGATIVES
# =====================================================================================
def n14():
    c = "b57-14-thesis-defense-scheduling-poll"
    t = f"""Dear Committee Members and Tamsin,

PhD candidate Tamsin Achterberg is ready to schedule her final oral examination (thesis defense). Please mark ALL times you could attend in the poll below by Friday, February 20. The defense is a 2-hour block: a 45-minute public seminar followed by the closed-door examination with the committee.

Candidate time slots (all Eastern):
  - Mon, March 2: 10:00 AM - 12:00 PM
  - Tue, March 3: 2:00 PM - 4:00 PM
  - Thu, March 5: 9:00 AM - 11:00 AM
  - Fri, March 6: 1:00 PM - 3:00 PM

Poll: https://www.when2meet.example/?31547920-Achterberg-defense

Once the slot is fixed I'll book the room and send a calendar invitation. Tamsin, please do not book travel for job interviews in that week until we have a date.

Thank you,
Rosalind Ferrante
Graduate Program Coordinator, Molecular & Cellular Biology
Charlesgate University | 617-555-0177
"""
    m = new_mail(c, 1, D(2026, 2, 12, 11, 5, NY), f"Rosalind Ferrante <rferrante@charlesgate.example>",
                 f"Tamsin Achterberg <{OWNER}>",
                 "ACTION NEEDED: Thesis defense scheduling poll - T. Achterberg",
                 cc="ngallo@charlesgate.example, h.seong@charlesgate.example, m.whitford@charlesgate.example")
    add(c, "01-defense-poll.eml", plain(m, t))
    label(c, [], "hard", "negative/scheduling-poll",
          "Own thesis-defense availability poll ('candidate', 'examination', 'schedule'), no job interview.")


def n15():
    c = "b57-15-journal-club-google-invite"
    org = ("Ines Vasconcelos", "ines.vasconcelos@charlesgate.example")
    start, end = D(2026, 4, 9, 16, 0, NY), D(2026, 4, 9, 17, 0, NY)
    m = google_invite(c, 1, sent=D(2026, 4, 2, 12, 30, NY), organizer=org,
                      guests=[("Hiro Tanabe", "hiro.tanabe@charlesgate.example"), ("Chromatin Club", "chromatin-jc@charlesgate.example")],
                      summary="Chromatin Journal Club - candidate enhancer calls from CRISPRi screens (Tamsin presenting)",
                      start=start, end=end, tzlabel="Eastern Time - New York", tzabbr="EDT",
                      description="Tamsin is presenting Okabe et al. on benchmarking candidate enhancer calls. After the paper we'll schedule presenters for May - bring your calendars. Pizza provided.",
                      location="Biolabs 3rd floor conference room", meet="jcq-tmrs-wod")
    add(c, "01-journal-club-invite.eml", m)
    label(c, [], "medium", "negative/journal-club",
          "Google Calendar journal-club invite with 'candidate' and 'schedule'; not a hiring event.")


def n16():
    c = "b57-16-conference-poster-meet-the-candidates"
    start, end = D(2026, 6, 7, 15, 30, NY), D(2026, 6, 7, 17, 30, NY)
    desc = ("Poster Session II (Gene Regulation & Epigenetics), Hall C.\nYour poster: board B-117 - T. Achterberg, "
            "'Polycomb reporter lines reveal...'. Presenters should stand at their boards 15:30-16:30.\n\n"
            "Meet the Candidates: candidates standing for the Society Council election will be at the Society booth "
            "during the session for informal Q&A. Career-fair exhibitors will not be interviewing during this slot.")
    lines = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Whova-like Event App//NEMB 2026//EN", "METHOD:PUBLISH"]
             + vtimezone(NY, NY) +
             ["BEGIN:VEVENT", f"UID:{uid(c, 1, '@nemb2026.example')}", f"DTSTAMP:{utcstamp(D(2026, 5, 20, 9, 0, NY))}",
              f"DTSTART;TZID={NY}:{local(start)}", f"DTEND;TZID={NY}:{local(end)}",
              "SUMMARY:Poster Session II + Meet the Candidates (Society Council Elections)",
              f"DESCRIPTION:{esc(desc)}",
              "LOCATION:Bayfront Convention Center\\, Hall C\\, Boston",
              "ORGANIZER;CN=NEMB 2026 Program Office:mailto:program@nemb2026.example",
              att(OWNER_NAME, OWNER, "ACCEPTED", role="OPT-PARTICIPANT"),
              "CATEGORIES:Poster Session", "END:VEVENT", "END:VCALENDAR"])
    add(c, "01-poster-session-ii.ics", ics_text(lines))
    label(c, [], "hard", "negative/conference-poster-ics",
          "Conference-app .ics: poster session + 'Meet the Candidates' (society election); user is presenter.")


def n17():
    c = "b57-17-core-facility-confocal-training"
    start, end = D(2026, 4, 8, 10, 0, NY), D(2026, 4, 8, 12, 0, NY)
    t = f"""Reservation confirmed

Hello Tamsin Achterberg,

Your reservation has been scheduled.

Core: Charlesgate Advanced Imaging Core
Resource: Zeiss LSM 980 Airyscan (Room B-214)
Session type: New user training (required before independent use)
Start: Wed 04/08/2026 10:00 AM EDT
End: Wed 04/08/2026 12:00 PM EDT
Trainer: Dr. Farid Benali
Account / PO: 5123-88-ACH (PI: N. Gallo)

Please arrive with your own fixed samples on #1.5 coverslips. If the system is down, staff will call you; cancellations less than 24 hours in advance are billed at the full training rate.

Manage this reservation: https://corebook.example/charlesgate/res/77104

-- CoreBook scheduling system (do not reply)
"""
    m = new_mail(c, 1, D(2026, 4, 1, 14, 44, NY), "CoreBook <no-reply@corebook.example>", OWNER,
                 "Reservation scheduled: Zeiss LSM 980 Airyscan - New user training 04/08/2026")
    plain(m, t)
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CoreBook//Reservations//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{uid(c, 1, '@corebook.example')}", f"DTSTAMP:{utcstamp(D(2026, 4, 1, 14, 44, NY))}",
                    f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
                    "SUMMARY:LSM 980 new user training (Benali)", "LOCATION:Room B-214", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics.encode(), "text", "calendar", filename="reservation.ics")
    add(c, "01-reservation-scheduled.eml", m)
    label(c, [], "medium", "negative/facility-booking",
          "Core-facility booking with .ics ('scheduled', 'session', 'staff will call you').")


def n18():
    c = "b57-18-fellowship-panel-user-interviews"
    org = ("Gwendolyn Harte", "gharte@aldous-foundation.example")
    start, end = D(2026, 5, 5, 9, 0, NY), D(2026, 5, 5, 12, 30, NY)
    body = """Dear Panel B members,

Thank you again for serving on the interview panel for the Aldous Foundation Early-Career Fellowship. This hold covers Panel B's interview block. You will interview four shortlisted candidates (35 minutes each plus scoring time); their applications and the scoring rubric are in the reviewer portal. Tamsin, as our early-career panelist, please take the lead on the research-plan questions for candidates 2 and 4.

Candidates will not see reviewer names in advance. Please do not contact candidates directly.

Gwendolyn Harte
Program Officer, Aldous Foundation
+1 (212) 555-0108"""
    m = outlook_invite(c, 1, sent=D(2026, 4, 21, 13, 10, NY), organizer=org,
                       attendees=[("Dr. Marcus Ebbesen", "mebbesen@panel.aldous-foundation.example"),
                                  ("Dr. Yuki Oyelaran", "yoyelaran@panel.aldous-foundation.example")],
                       subject="Aldous Fellowship - Panel B interviews (reviewers)",
                       summary="Aldous Fellowship - Panel B interviews (reviewers)",
                       start=start, end=end, wintz="Eastern Standard Time", zone=NY,
                       when_line="When: Tuesday, May 5, 2026 9:00 AM-12:30 PM (UTC-05:00) Eastern Time (US & Canada).",
                       body=body)
    add(c, "01-panel-b-interviews.eml", m)
    label(c, [], "hard", "negative/user-is-interviewer",
          "Fellowship interview panel where the user is a reviewer interviewing candidates.")


def n19():
    c = "b57-19-lumenvale-rejection-after-interview"
    html = html_wrap("""<p>Dear Tamsin,</p>
<p>Thank you for taking the time to interview with us for the <b>Scientist I, RNA Therapeutics</b> position and for the thoughtful seminar you gave to the team last week. Everyone enjoyed meeting you.</p>
<p>After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs. This was a difficult decision.</p>
<p>We will keep your profile on file and may reach out to schedule a call if a suitable role opens. We wish you every success in your search.</p>
<p>Kind regards,<br>Lumenvale Therapeutics Talent Acquisition</p>
<p style="font-size:11px;color:#888">Please do not reply to this message. Lumenvale Therapeutics, 45 Sidney Street, Cambridge, MA 02139</p>""")
    m = new_mail(c, 1, D(2026, 4, 24, 17, 31, NY), "Lumenvale Therapeutics <lumenvale@myworkday.example>", OWNER,
                 "Update on your application - Scientist I, RNA Therapeutics", domain="myworkday.example")
    add(c, "01-application-update.eml", html_only(m, html))
    label(c, [], "medium", "negative/rejection", "Workday-style rejection after an (unlabelled, past) interview.")


def n20():
    c = "b57-20-science-careers-podcast"
    host = ("Dev Raman", "dev@benchtocareer.example")
    t1 = f"""Hi Tamsin,

I host Bench to Career, a little podcast about how PhDs navigate the job market. Your thread about applying to postdocs and biotech roles at the same time got a lot of traction, and I'd love to interview you for an episode!

Recording takes about 45 minutes over Riverside. I've booked us tentatively for Tuesday 4/28 at 2pm ET (see the booking confirmation I just triggered) - feel free to move it if needed.

No prep required - we'll just talk about your search, how you schedule interviews across time zones, and what you'd tell a first-year candidate.

Thanks!
Dev
benchtocareer.example | @benchtocareer
"""
    m1 = new_mail(c, 1, D(2026, 4, 17, 10, 12, NY), f"Dev Raman <{host[1]}>", OWNER, "Podcast interview? (Bench to Career)")
    add(c, "01-podcast-invite.eml", plain(m1, t1))
    t2 = f"""Hi Tamsin Achterberg,

Your event has been scheduled.

Event: Bench to Career - guest recording (45 min)
When: 2:00pm - 2:45pm, Tuesday, April 28, 2026 (Eastern Time - US & Canada)
Where: Riverside studio link will be emailed by the host
Host: Dev Raman

Cancel or reschedule: https://calendly.example/reschedulings/c21f0a

Powered by Calendly.com
"""
    m2 = new_mail(c, 2, D(2026, 4, 17, 10, 14, NY), "Calendly <notifications@calendly.example>", OWNER,
                  "Confirmed: Bench to Career - guest recording with Dev Raman on Tuesday, April 28, 2026",
                  reply_to=f"Dev Raman <{host[1]}>")
    add(c, "02-calendly-confirmed.eml", alt(m2, t2, html_wrap(p2html(t2))))
    label(c, [], "hard", "negative/podcast", "Podcast interview about science careers with a booked recording slot.")


def n21():
    c = "b57-21-pi-scheduling-link-unbooked"
    t = """Hi Tamsin,

Thanks for reaching out about postdoc opportunities - your thesis work on Polycomb reporters is a great fit for what we're starting in the lab. I'd be happy to set up a call to talk about the position.

I'm traveling a lot this month, so the easiest is to grab any 30-minute slot that suits you on my scheduling page: https://cal.example/dr-kwabena-asante/30min

Candidates usually find something within a week; if nothing works, let me know and we'll sort it out.

Best,
Kwabena

Kwabena Asante, PhD
Assistant Professor, Department of Cell Biology
Kingsmere University School of Medicine | Boston, MA
"""
    m = new_mail(c, 1, D(2026, 4, 6, 21, 3, NY), "Kwabena Asante <kasante@kingsmere.example>", OWNER,
                 "Re: Postdoc inquiry", in_reply_to="<CAB7x2Lq9wZ1rD@mail.example>")
    add(c, "01-re-postdoc-inquiry.eml", plain(m, t))
    label(c, [], "hard", "negative/availability-request",
          "PI invites the user to book a call via a scheduling link; never booked.")


def n22():
    c = "b57-22-career-office-mock-faculty-interview"
    org = ("Leona Fairweather", "lfairweather@charlesgate.example")
    start, end = D(2026, 5, 1, 13, 0, NY), D(2026, 5, 1, 14, 0, NY)
    m = google_invite(c, 1, sent=D(2026, 4, 24, 9, 20, NY), organizer=org, guests=[],
                      summary="Mock interview + chalk talk practice (Tamsin Achterberg) - Office of Postdoctoral & Career Development",
                      start=start, end=end, tzlabel="Eastern Time - New York", tzabbr="EDT",
                      description="Practice session for your upcoming interview visits: 30 min mock interview with common search-committee questions, 30 min chalk-talk feedback. Bring a draft of your research statement.",
                      location="Career Development Office, Holman Hall 210", meet=None)
    add(c, "01-mock-interview-invite.eml", m)
    label(c, [], "hard", "negative/mock-interview",
          "Career-office mock interview / coaching with a real time slot; not a hiring process.")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       n14, n15, n16, n17, n18, n19, n20, n21, n22]


def main():
    for fn in ALL:
        fn()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b57-"):
            shutil.rmtree(d)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for blind57 (written blind; all names invented). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases, {sum(len(v) for v in CASES.values())} items")


if __name__ == "__main__":
    main()
