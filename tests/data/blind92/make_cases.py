#!/usr/bin/env python3
"""Deterministic generator for the blind92 interview-detection set.

Rewrites every case folder (b92-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. Every offset is computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HNL = ZoneInfo("Pacific/Honolulu")
ANC = ZoneInfo("America/Anchorage")
LA = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
PHX = ZoneInfo("America/Phoenix")
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
GUM = ZoneInfo("Pacific/Guam")
UTC = timezone.utc

OWNER = "noelani.kahale@example.com"
OWNER_NAME = "Noelani Kahale"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def t12(dt, tz=None):
    """'1:30 PM' in tz (default: dt's own zone)."""
    if tz is not None:
        dt = dt.astimezone(tz)
    return dt.strftime("%-I:%M %p")


def gt(dt, tz=None):
    """Google style '2pm' / '10:30am'."""
    if tz is not None:
        dt = dt.astimezone(tz)
    s = dt.strftime("%-I") + ("" if dt.minute == 0 else dt.strftime(":%M"))
    return s + dt.strftime("%p").lower()


def longdate(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return dt.strftime("%A, %B %-d, %Y")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b" ", 75
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


VTZ = {
    "Hawaiian Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Hawaiian Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-1000",
        "TZOFFSETTO:-1000", "END:STANDARD", "END:VTIMEZONE"],
    "Alaskan Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Alaskan Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0900", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0900",
        "TZOFFSETTO:-0800", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Denver": [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Anchorage": [
        "BEGIN:VTIMEZONE", "TZID:America/Anchorage", "X-LIC-LOCATION:America/Anchorage",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0900", "TZOFFSETTO:-0800", "TZNAME:AKDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0900", "TZNAME:AKST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific/Honolulu": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Honolulu", "X-LIC-LOCATION:Pacific/Honolulu",
        "BEGIN:STANDARD", "TZOFFSETFROM:-1000", "TZOFFSETTO:-1000", "TZNAME:HST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def email(date, frm, to, subject, text=None, html=None, *, msgid, cc=None, reply_to=None,
          sender=None, in_reply_to=None, references=None, text_cte="quoted-printable",
          html_cte="quoted-printable", cal=None, cal_method="REQUEST", attachments=(),
          extra=(), delivered_to=OWNER, received_from="mx.mail.example"):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_from} ({received_from} [198.51.100.{len(subject) % 200 + 10}])"
                     f" by mx.example.com with ESMTPS id {msgid.split('@')[0][-10:]} for <{delivered_to}>;"
                     f" {format_datetime(date.astimezone(UTC) + timedelta(seconds=3))}")
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
    m["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}>"
        m["References"] = " ".join(f"<{r}>" for r in (references or [in_reply_to]))
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal_method, "charset": "UTF-8"})
    for (maintype, subtype, fname, data) in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in m.walk():  # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary("000000000000" + hashlib.md5(f"{msgid}/{i}".encode()).hexdigest()[:16])
            i += 1
    return bytes(m)


def html_of(text):
    paras = text.strip().split("\n\n")
    body = "\n".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                     .replace("\n", "<br>") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + body + "\n</div></body></html>\n")


def quote(text, who, when):
    q = "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))
    return f"\nOn {when}, {who} wrote:\n{q}\n"


def gdate_range(start, end, tz, abbr):
    s = start.astimezone(tz)
    e = end.astimezone(tz)
    return f"{s.strftime('%a %b %-d, %Y')} {gt(s)} - {gt(e)} ({abbr})"


def google_invite(date, organizer, guests, summary, start, end, tz, tzname_long, abbr, uid,
                  msgid, *, description="", seq=0, method="REQUEST", status="CONFIRMED",
                  location="", meet="https://meet.google.com/abc-defg-hij", title_prefix="Invitation"):
    """organizer=(name,email); guests=[(name,email)] excluding owner."""
    oname, oemail = organizer
    s_loc, e_loc = start.astimezone(tz), end.astimezone(tz)
    when = f"{s_loc.strftime('%A %b %-d, %Y')} \u22c5 {gt(s_loc)} \u2013 {gt(e_loc)}"
    guest_lines = [f"{oname} - organizer", oemail]
    for n, e in guests:
        guest_lines += [n, e]
    guest_lines.append(OWNER)
    if method == "CANCEL":
        head = ("This event has been canceled and removed from your calendar.\n\n")
    elif seq > 0:
        head = "This event has been updated\nChanged: time\n\n"
    else:
        head = ""
    text = (head + f"{summary}\n{when}\n{tzname_long}\n\n"
            + (f"{location}\n\n" if location else "")
            + (f"Join with Google Meet\n{meet}\n\n" if meet and method != "CANCEL" else "")
            + f"Organizer\n{oname}\n{oemail}\n\nGuests\n" + "\n".join(guest_lines) + "\n\n"
            + (description + "\n\n" if description else "")
            + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
             f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}",
             attendee(oname, oemail, "ACCEPTED", google=True)]
    lines += [attendee(n, e, google=True) for n, e in guests]
    lines.append(attendee(OWNER, OWNER, google=True))
    if meet and method != "CANCEL":
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{zstamp(date - timedelta(days=1))}",
              f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zstamp(date)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    if method == "CANCEL":
        subj = f"Canceled event: {summary} @ {gdate_range(start, end, tz, abbr)} ({OWNER})"
    else:
        subj = f"{title_prefix}: {summary} @ {gdate_range(start, end, tz, abbr)} ({OWNER})"
    return email(date, f"{oname} <{oemail}>", OWNER, subj, text, html_of(text), msgid=msgid,
                 reply_to=f"{oname} <{oemail}>",
                 sender="Google Calendar <calendar-notification@google.com>",
                 text_cte="base64", cal=cal, cal_method=method,
                 attachments=[("application", "ics", "invite.ics", cal)],
                 received_from="mail-sor-f41.google.com")


def exchange_invite(date, organizer, attendees_, summary, start, end, tzid, tz, when_label,
                    body, uid, msgid, *, seq=0, location="Microsoft Teams Meeting", to=None, cc=None,
                    method="REQUEST", status="CONFIRMED", teams=True, delivered_to=OWNER):
    oname, oemail = organizer
    s_loc, e_loc = start.astimezone(tz), end.astimezone(tz)
    when = (f"When: {s_loc.strftime('%A, %B %-d, %Y')} {t12(s_loc)}-{t12(e_loc)} {when_label}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    teams_block = ""
    if teams:
        teams_block = ("\n________________________________________________________________________________\n"
                       "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                       f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{uid[:24]}%40thread.v2/0>\n"
                       f"Meeting ID: {int(uid[:6], 16) % 900 + 100} {int(uid[6:12], 16) % 900 + 100} {int(uid[12:18], 16) % 900 + 100} {int(uid[18:24], 16) % 900 + 100}\n"
                       "Passcode: k7Ua9T\n"
                       "________________________________________________________________________________\n")
    text = when + body.strip() + "\n" + teams_block
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[tzid] + [
             "BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    lines += [attendee(n, e) for n, e in attendees_]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{local(start, tz)}", f"DTEND;TZID={tzid}:{local(end, tz)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(date)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    if to is None:
        to = ", ".join(f"{n} <{e}>" for n, e in attendees_)
    return email(date, f"{oname} <{oemail}>", to, summary, text, html_of(text), msgid=msgid, cc=cc,
                 cal=cal, cal_method=method, delivered_to=delivered_to,
                 received_from="NAM10-BN7-obe.outbound.protection.outlook.com",
                 extra=[("Thread-Topic", summary), ("Accept-Language", "en-US"),
                        ("Content-class", "urn:content-classes:calendarmessage"),
                        ("X-MS-Has-Attach", ""), ("x-ms-publictraffictype", "Email")])


def add(case_id, items, label):
    CASES[case_id] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[case_id] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


SIG = ("\n--\nNoelani Kahale, MPH, RD\nHonolulu, HI\n(808) 555-0148\n")


# =================================================================== CASES
def case01():
    cid = "b92-01-workday-lokahi-outpatient-dietitian"
    s, e = T(2026, 3, 4, 13, 30, HNL), T(2026, 3, 4, 14, 30, HNL)
    kawika = "kawika.fernandes@lokahipacifichealth.example"
    tiare = "tiare.nakamoto@lokahipacifichealth.example"
    html1 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#00594f;color:#fff;padding:16px 24px;font-size:18px">Lokahi Pacific Health Careers</td></tr>
<tr><td style="padding:24px;background:#fff">
<p>Aloha Noelani,</p>
<p>Thank you for your interest in <b>Clinical Dietitian II - Outpatient Diabetes Education (R-0041877)</b>.
An interview has been scheduled for you. Please review the details below.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Interview Type</b></td><td>Hiring Manager Interview (Virtual)</td></tr>
<tr><td><b>Date</b></td><td>{longdate(s)}</td></tr>
<tr><td><b>Time</b></td><td>{t12(s)} - {t12(e)} Hawaii-Aleutian Standard Time</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams - link will be sent by your recruiter</td></tr>
<tr><td><b>Interviewer(s)</b></td><td>Kawika Fernandes, Manager, Clinical Nutrition</td></tr>
</table>
<p>To view or manage this interview, sign in to your candidate home account and go to <i>My Tasks</i>.</p>
<p><a href="https://wd5.myworkday.com/lokahipacific/d/task/2997$4512.htmld">View Interview</a></p>
<p>Questions? Please contact your recruiter, Tiare Nakamoto, at {tiare}.</p>
<p>Mahalo,<br>Talent Acquisition<br>Lokahi Pacific Health</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply to this email.</td></tr>
</table></body></html>
"""
    m1 = email(T(2026, 2, 24, 9, 12, HNL), "Lokahi Pacific Health <lokahipacific@myworkday.com>", OWNER,
               "Interview Scheduled: Clinical Dietitian II - Outpatient Diabetes Education (R-0041877)",
               None, html1, msgid="1998231.4471.1771960320@wd5-prod-mta.myworkday.com",
               received_from="wd5-prod-mta.myworkday.com")
    t2 = f"""Aloha Noelani,

Just following up on the Workday notice - here is the Teams link for your conversation with Kawika (cc'd) on Wednesday 3/4 at 1:30. Plan on about an hour; he'll walk through the outpatient diabetes education program, then it's your turn to ask questions.

Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE4OTctYTkw%40thread.v2/0
Meeting ID: 281 004 773 15   Passcode: Hn3vQ2

If anything comes up, just reply here or call me.

Mahalo,
Tiare

Tiare Nakamoto | Talent Acquisition Partner
Lokahi Pacific Health
1301 Punchbowl-Makai Plaza, Suite 900, Honolulu, HI 96813
o: (808) 555-0177 | c: (808) 555-0109
"""
    m2 = email(T(2026, 2, 24, 10, 41, HNL), f"Tiare Nakamoto <{tiare}>", OWNER_FULL,
               "Teams link - Clinical Dietitian II interview 3/4", t2, html_of(t2),
               cc=f"Kawika Fernandes <{kawika}>",
               msgid="BY5PR04MB6978A1C2E@BY5PR04MB6978.namprd04.prod.outlook.example")
    add(cid, [("01-workday-interview-scheduled.eml", m1), ("02-tiare-teams-link.eml", m2)], {
        "interview": True,
        "interviews": [iv("Lokahi Pacific Health", "Clinical Dietitian II - Outpatient Diabetes Education",
                          s, e, "scheduled", [kawika], [kawika], "hiring_manager")],
        "difficulty": "medium", "category": "positive/workday",
        "notes": "HTML-only Workday notice (HST) + recruiter follow-up cc'ing the hiring manager.",
        "source": "synthetic"})


def case02():
    cid = "b92-02-icims-cascadia-phone-screen"
    s, e = T(2026, 3, 12, 16, 30, LA), T(2026, 3, 12, 17, 0, LA)
    dana = "dana.whitlock@cascadiachc.example"
    t1 = """Hi Noelani,

Thank you for applying to the Population Health Program Manager position (Req #2026-1184) with Cascadia Community Health. I've reviewed your background and would love to set up a 30-minute phone screen to learn more about your WIC and diabetes prevention work.

Would Thu 3/12 @ 4:30p PST work for you? I see you're based in Honolulu, so please double-check the time difference on your end - our clocks spring forward this weekend.

Best,
Dana Whitlock
Senior Talent Acquisition Partner | Cascadia Community Health
1120 SW Alder St, Suite 400, Portland, OR 97205
503.555.0163
"""
    m1 = email(T(2026, 3, 5, 11, 2, LA), f"Dana Whitlock <cascadiachc+autoreply@talent.icims.com>",
               OWNER_FULL, "Cascadia Community Health - Population Health Program Manager - Phone Screen",
               t1, html_of(t1), reply_to=f"Dana Whitlock <{dana}>",
               msgid="icims.1184.77812.20260305@talent.icims.com", received_from="mta2.icims.com",
               extra=[("X-ICIMS-Portal", "careers-cascadiachc")])
    when2 = "Thu, Mar 5, 2026 at 11:02 AM"
    t2 = ("Hi Dana,\n\nMahalo for reaching out! Thu 3/12 at 4:30p Pacific works great - that's "
          f"{gt(s, HNL)} Hawaii time on my end (we don't do daylight saving here, so the gap is 3 hours "
          "once you spring forward).\n\nBest number to reach me is (808) 555-0148.\n\nNoelani\n" + SIG
          + quote(t1, "Dana Whitlock <" + dana + ">", when2))
    m2 = email(T(2026, 3, 5, 9, 47, HNL), OWNER_FULL, f"Dana Whitlock <{dana}>",
               "Re: Cascadia Community Health - Population Health Program Manager - Phone Screen",
               t2, msgid="CAK7nq2Hx1v@mail.example.com",
               in_reply_to="icims.1184.77812.20260305@talent.icims.com", text_cte="8bit",
               delivered_to=OWNER)
    t3 = (f"Perfect - you're confirmed. I'll call you at 808-555-0148 on {longdate(s)} at "
          f"{t12(s)} PDT / {t12(s, HNL)} HST. We'll keep it to about 30 minutes.\n\nTalk then!\nDana\n\n"
          "Dana Whitlock\nSenior Talent Acquisition Partner | Cascadia Community Health\n"
          "1120 SW Alder St, Suite 400, Portland, OR 97205\n503.555.0163\n")
    m3 = email(T(2026, 3, 5, 13, 15, LA), f"Dana Whitlock <{dana}>", OWNER_FULL,
               "RE: Cascadia Community Health - Population Health Program Manager - Phone Screen",
               t3 + quote(t2, OWNER_FULL, "Thu, Mar 5, 2026 at 11:47 AM"),
               msgid="SJ0PR11MB5118C3@SJ0PR11MB5118.namprd11.prod.outlook.example",
               in_reply_to="CAK7nq2Hx1v@mail.example.com",
               references=["icims.1184.77812.20260305@talent.icims.com", "CAK7nq2Hx1v@mail.example.com"])
    add(cid, [("01-icims-phone-screen-request.eml", m1), ("02-re-confirm-hawaii-time.eml", m2),
              ("03-re-confirmed-pdt-hst.eml", m3)], {
        "interview": True,
        "interviews": [iv("Cascadia Community Health", "Population Health Program Manager", s, e,
                          "scheduled", [dana], [dana], "phone_screen")],
        "difficulty": "hard", "category": "positive/icims-thread-dst",
        "notes": "'Thu 3/12 @ 4:30p PST' written after the Mar 8 switch; thread resolves it to 4:30 PDT = 1:30 HST.",
        "source": "synthetic"})


def case03():
    cid = "b92-03-neogov-makana-county-oral-board"
    s, e = T(2026, 4, 7, 9, 0, HNL), T(2026, 4, 7, 9, 45, HNL)
    reyna = "rocampo@makanacounty.example"
    t1 = f"""County of Makana
Department of Human Resources

NOTICE OF ORAL BOARD INTERVIEW

Dear Noelani Kahale,

Congratulations! Based on your application and supplemental questionnaire for the position of PUBLIC HEALTH NUTRITION PROGRAM MANAGER (Recruitment #2026-0317-PHN), you have been invited to participate in an oral board interview.

DATE:      {longdate(s)}
TIME:      9:00 a.m. HST (please check in at 8:45 a.m.)
LENGTH:    Approximately 45 minutes
LOCATION:  Makana Civic Center, 200 Kuhio Avenue, 2nd Floor, Conference Room B, Lihue, HI 96766

The oral board panel will consist of three subject-matter experts. You may bring a copy of your resume; no other materials will be permitted in the interview room. Candidates requiring a reasonable accommodation should contact the Department of Human Resources at least three business days in advance.

If you are unable to attend at the scheduled time, contact Reyna Ocampo, Personnel Analyst, at (808) 555-0192 or {reyna}.

This message was sent via GovernmentJobs.com. Please do not reply directly to this email.
"""
    m1 = email(T(2026, 3, 27, 15, 5, HNL), "County of Makana <noreply@governmentjobs.com>", OWNER,
               "Oral Board Interview Notice - Public Health Nutrition Program Manager", t1, html_of(t1),
               msgid="neogov.notif.44871922@governmentjobs.com", received_from="mail.governmentjobs.com")
    t2 = f"""Aloha Ms. Kahale,

This is to confirm receipt of your RSVP for the oral board on Tuesday, April 7 at 9:00 a.m. Your panel will be Dr. Glenn Shimabukuro (Deputy Director of Health), Annette Kaleikini, RD (WIC Branch Chief), and Marisol Dela Cruz (Program Specialist V). Since you will be flying in from Honolulu, please note that parking validation is available at the front desk.

Mahalo,

Reyna Ocampo
Personnel Analyst II
County of Makana, Department of Human Resources
4444 Rice Street, Suite 140, Lihue, HI 96766
Tel (808) 555-0192 | Fax (808) 555-0193
"""
    m2 = email(T(2026, 3, 30, 8, 20, HNL), f"Ocampo, Reyna <{reyna}>", OWNER_FULL,
               "RE: Oral Board Interview - PHN Program Manager - RSVP confirmation", t2, html_of(t2),
               msgid="MW4PR09MB9921D4@MW4PR09MB9921.namprd09.prod.outlook.example")
    add(cid, [("01-neogov-oral-board-notice.eml", m1), ("02-analyst-rsvp-confirmation.eml", m2)], {
        "interview": True,
        "interviews": [iv("County of Makana", "Public Health Nutrition Program Manager", s, e,
                          "scheduled", [], [reyna], "onsite")],
        "difficulty": "medium", "category": "positive/neogov-panel",
        "notes": "NEOGOV oral board (panel); check-in time 8:45 is a distractor; panelists have no addresses.",
        "source": "synthetic"})


def case04():
    cid = "b92-04-googleforms-calendly-hale-mauli-ola"
    s, e = T(2026, 3, 3, 10, 30, HNL), T(2026, 3, 3, 11, 15, HNL)
    keoni = "keoni@halemauliola.example"
    t1 = """Thanks for filling out Program Coordinator - Community Nutrition (Application)

Here's what was received.

Full name: Noelani Kahale
Email: noelani.kahale@example.com
Island: Oahu
Are you able to travel to Hilo monthly? Yes
Why do you want to join Hale Mauli Ola? Food is medicine, and I want to build that with community.

Create your own Google Form
Google Forms: https://forms.google.com
"""
    m1 = email(T(2026, 2, 23, 19, 44, HNL), "Google Forms <forms-receipts-noreply@google.com>", OWNER,
               "Thanks for filling out Program Coordinator - Community Nutrition (Application)",
               t1, html_of(t1), msgid="0000000000003f1a9b0615ce@google.com",
               received_from="mail-sor-f69.google.com")
    t2 = """Aloha Noelani,

Mahalo for applying for our Program Coordinator - Community Nutrition role! Our little team was excited to read your application. I'd love to talk story with you for about 45 minutes - please grab any open slot on my Calendly:

https://calendly.com/halemauliola-keoni/coordinator-interview

A hui hou,
Keoni Pahia
Program Director, Hale Mauli Ola Food Collective
(808) 555-0131 | 88 Kamehameha Ave, Hilo, HI 96720
"""
    m2 = email(T(2026, 2, 26, 16, 3, HNL), f"Keoni Pahia <{keoni}>", OWNER_FULL,
               "Hale Mauli Ola - let's talk story!", t2, msgid="CAJ3pqkR9x@mail.halemauliola.example",
               text_cte="7bit")
    uid = "evt-7d1c2a9e-31b4-4b7e-9c6f-1f5e2b0d8a44@calendly.com"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(T(2026, 2, 26, 20, 11, HNL))}",
               f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
               "SUMMARY:Program Coordinator Interview between Keoni Pahia and Noelani Kahale",
               "DESCRIPTION:" + esc("Event Name: Program Coordinator Interview\n\nLocation: This is a Google Meet web conference.\n"
                                    "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7d1c2a9e\n"
                                    "Reschedule: https://calendly.com/reschedulings/7d1c2a9e"),
               f"ORGANIZER;CN=Keoni Pahia:mailto:{keoni}",
               attendee("Noelani Kahale", OWNER),
               "LOCATION:https://meet.google.com/pkw-hnzq-tua", "STATUS:CONFIRMED", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    t3 = f"""Hi Noelani Kahale,

A new event has been scheduled.

Event Type:
Program Coordinator Interview

Invitee:
Noelani Kahale

Invitee Email:
{OWNER}

Event Date/Time:
{gt(s)} - {gt(e)} (Hawaii-Aleutian Time) on {s.strftime('%A, %B %-d, %Y')}

Location:
This is a Google Meet web conference. https://meet.google.com/pkw-hnzq-tua

Host:
Keoni Pahia

Questions:
Anything you'd like Keoni to know before the call? I'll be on Maui that week, so video is perfect.

View event in Calendly: https://calendly.com/events/7d1c2a9e

Sent from Calendly
"""
    m3 = email(T(2026, 2, 26, 20, 11, HNL), "Calendly <notifications@calendly.com>", OWNER,
               f"Confirmed: Program Coordinator Interview with Keoni Pahia on {s.strftime('%A, %B %-d, %Y')}",
               t3, html_of(t3), reply_to=f"Keoni Pahia <{keoni}>",
               msgid="20260227061100.7d1c2a9e@calendly.com", received_from="o1.email.calendly.com",
               attachments=[("text", "calendar", "invite.ics", cal)])
    add(cid, [("01-google-forms-receipt.eml", m1), ("02-keoni-calendly-link.eml", m2),
              ("03-calendly-confirmed.eml", m3)], {
        "interview": True,
        "interviews": [iv("Hale Mauli Ola Food Collective", "Program Coordinator - Community Nutrition",
                          s, e, "scheduled", [keoni], [keoni], "hiring_manager")],
        "difficulty": "medium", "category": "positive/calendly",
        "notes": "Google Forms application receipt, then link (not booked), then Calendly booking (HST) with ics.",
        "source": "synthetic"})


def case05():
    cid = "b92-05-outlook-hawaiian-standard-time-panel"
    s, e = T(2026, 3, 19, 9, 0, HNL), T(2026, 3, 19, 10, 30, HNL)
    org = ("Jolene Kamakau", "jkamakau@keolakai.example")
    panel = [("Paul Akiona", "pakiona@keolakai.example"),
             ("Grace Villanueva", "gvillanueva@keolakai.example"),
             ("Lisa Tanaka", "ltanaka@keolakai.example")]
    body = """Aloha Noelani,

Mahalo for your patience while we lined everyone up. This is your panel interview for the Nutrition Services Manager position. Your panel:
- Dr. Paul Akiona, Chief Medical Officer
- Grace Villanueva, RD, CDCES, Lead Dietitian
- Lisa Tanaka, Director of Community Programs

Please plan for 90 minutes. I will send the invite and handle logistics but will not be on the call. Feel free to reach me at (808) 555-0120 if the link gives you any trouble.

Jolene Kamakau
Human Resources Coordinator | Ke Ola Kai Community Health Center
86-260 Farrington Hwy, Waianae, HI 96792
"""
    m1 = exchange_invite(T(2026, 3, 11, 14, 22, HNL), org, [(OWNER_NAME, OWNER)] + panel,
                         "Panel Interview - Nutrition Services Manager - Noelani Kahale", s, e,
                         "Hawaiian Standard Time", HNL, "(UTC-10:00) Hawaii", body,
                         "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6",
                         "BYAPR08MB5911E3B2@BYAPR08MB5911.namprd08.prod.outlook.example")
    add(cid, [("01-outlook-panel-invite.eml", m1)], {
        "interview": True,
        "interviews": [iv("Ke Ola Kai Community Health Center", "Nutrition Services Manager", s, e,
                          "scheduled", [p[1] for p in panel], [p[1] for p in panel], "onsite")],
        "difficulty": "medium", "category": "positive/exchange-teams",
        "notes": "Exchange/Teams invite with TZID 'Hawaiian Standard Time'; coordinator is not on the panel.",
        "source": "synthetic"})


def case06():
    cid = "b92-06-outlook-alaskan-standard-time-dst"
    s, e = T(2026, 3, 10, 10, 0, ANC), T(2026, 3, 10, 11, 0, ANC)
    sadie = "smorrow@tikhakhealth.example"
    elsie = "etunuchuk@tikhakhealth.example"
    d1 = T(2026, 3, 6, 13, 40, ANC)
    # what 10am Alaska on Mar 10 is in Honolulu, and what it would have been on the send day
    hst_on_day = gt(s, HNL)
    hst_today = gt(T(2026, 3, 6, 10, 0, ANC), HNL)
    t1 = f"""Hi Noelani,

Great news - Elsie Tunuchuk, our Nutrition Services Supervisor, would like to meet with you for the Registered Dietitian - Diabetes Prevention Program opening. We're holding Tuesday, March 10 at 10:00 a.m. Alaska time for an hour over Teams.

Heads up: we spring forward on Sunday the 8th, so that works out to {hst_on_day} for you in Honolulu (it would be {hst_today} if it were today). Sorry it's early! I'll send the calendar invite next.

Quyana,
Sadie Morrow
Recruiter, Tikhak Native Health Consortium
4010 Tudor Centre Dr, Anchorage, AK 99508
Phone 907-555-0184
"""
    m1 = email(d1, f"Sadie Morrow <{sadie}>", OWNER_FULL,
               "Tikhak Native Health - interview with Elsie (RD - Diabetes Prevention)", t1, html_of(t1),
               msgid="CY8PR19MB7033F1@CY8PR19MB7033.namprd19.prod.outlook.example")
    body = """Hi Noelani,

Interview for Registered Dietitian - Diabetes Prevention Program with Elsie Tunuchuk. Sadie will not be joining.

Sadie Morrow | Recruiter | 907-555-0184
"""
    m2 = exchange_invite(T(2026, 3, 6, 13, 52, ANC), ("Sadie Morrow", sadie),
                         [(OWNER_NAME, OWNER), ("Elsie Tunuchuk", elsie)],
                         "Interview: Noelani Kahale - RD, Diabetes Prevention Program", s, e,
                         "Alaskan Standard Time", ANC, "(UTC-09:00) Alaska", body,
                         "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2",
                         "CY8PR19MB7033F2@CY8PR19MB7033.namprd19.prod.outlook.example")
    add(cid, [("01-recruiter-heads-up-dst.eml", m1), ("02-outlook-invite-alaskan-tz.eml", m2)], {
        "interview": True,
        "interviews": [iv("Tikhak Native Health Consortium", "Registered Dietitian - Diabetes Prevention Program",
                          s, e, "scheduled", [elsie], [elsie], "hiring_manager")],
        "difficulty": "hard", "category": "positive/exchange-alaska-dst",
        "notes": "Sent before Mar 8 for an interview after it; TZID 'Alaskan Standard Time' label says UTC-09:00 but AKDT applies.",
        "source": "synthetic"})


def case07():
    cid = "b92-07-reschedule-inter-island-flight"
    s0, e0 = T(2026, 3, 20, 14, 0, HNL), T(2026, 3, 20, 15, 0, HNL)
    s, e = T(2026, 3, 23, 10, 30, HNL), T(2026, 3, 23, 11, 30, HNL)
    maile = "mcorrea@kipukamedical.example"
    ipo = "imedeiros@kipukamedical.example"
    uid = "4q7rmn2c8v0kbd1s6hpe3tjl9a@google.com"
    loc = "Kipuka Regional Medical Center, 1190 Waianuenue Ave, Hilo, HI 96720 - Admin Bldg, 2nd floor"
    desc = ("In-person interview for Outpatient Dietitian with Ipo Medeiros, Director of Food & Nutrition "
            "Services. Please check in at the Admin Building front desk.")
    m1 = google_invite(T(2026, 3, 13, 11, 5, HNL), ("Maile Correa", maile), [("Ipo Medeiros", ipo)],
                       "Interview: Noelani Kahale - Outpatient Dietitian", s0, e0, HNL,
                       "Hawaii-Aleutian Standard Time - Honolulu", "HST", uid,
                       "calendar-8f0c1e22-57a1-4a0e-a3c2-6c1f0b0f7a11@google.com",
                       description=desc, location=loc, meet=None)
    t2 = """Aloha Maile,

I'm so sorry to do this - Hawaiian just cancelled my Friday morning inter-island flight to Hilo (mechanical issue) and the earliest seat they could rebook me on lands at 3:40pm, which is after our 2:00 start.

Would it be possible to move the interview? I'm flexible Monday the 23rd or Tuesday the 24th, any time before 2pm.

Mahalo for understanding,
Noelani
""" + SIG
    m2 = email(T(2026, 3, 18, 18, 26, HNL), OWNER_FULL, f"Maile Correa <{maile}>",
               "Friday interview - flight cancelled", t2, msgid="CAK7nq9Fl1ght@mail.example.com",
               text_cte="8bit")
    t3 = """No worries at all, Noelani - these things happen to all of us on the neighbor islands!

Ipo can do Monday, March 23 at half past ten, same place, still about an hour. I'll send an updated invite in a minute.

Maile Correa
Recruiter | Kipuka Regional Medical Center
(808) 555-0166
""" + quote(t2, OWNER_FULL, "Wed, Mar 18, 2026 at 6:26 PM")
    m3 = email(T(2026, 3, 19, 7, 58, HNL), f"Maile Correa <{maile}>", OWNER_FULL,
               "Re: Friday interview - flight cancelled", t3, msgid="CAM9c0rr3aR3@mail.kipukamedical.example",
               in_reply_to="CAK7nq9Fl1ght@mail.example.com")
    m4 = google_invite(T(2026, 3, 19, 8, 3, HNL), ("Maile Correa", maile), [("Ipo Medeiros", ipo)],
                       "Interview: Noelani Kahale - Outpatient Dietitian", s, e, HNL,
                       "Hawaii-Aleutian Standard Time - Honolulu", "HST", uid,
                       "calendar-2b9d3f70-1c6e-4f55-9a0d-8e7a5c3b2d19@google.com",
                       description=desc, location=loc, meet=None, seq=1, title_prefix="Updated invitation")
    add(cid, [("01-invitation-fri-2pm.eml", m1), ("02-flight-cancelled-request.eml", m2),
              ("03-re-half-past-ten-monday.eml", m3), ("04-updated-invitation.eml", m4)], {
        "interview": True,
        "interviews": [iv("Kipuka Regional Medical Center", "Outpatient Dietitian", s, e, "scheduled",
                          [ipo], [ipo], "hiring_manager")],
        "difficulty": "medium", "category": "positive/reschedule",
        "notes": "Inter-island flight cancelled; moved from Fri 3/20 2pm to Mon 3/23 10:30 HST (SEQUENCE 1).",
        "source": "synthetic"})


def case08():
    cid = "b92-08-zoom-virtual-onsite-pinyon"
    day = (2026, 4, 21)
    sess = [((12, 0), (12, 45), "Hiring manager conversation", "Grant Holloway, VP of Community Programs",
             "https://pinyonhealth.zoom.us/j/84411920371"),
            ((12, 45), (13, 30), "Program design case discussion", "Anika Shah, Director of Evaluation",
             "https://pinyonhealth.zoom.us/j/84411920372"),
            ((13, 30), (14, 0), "Break - step away, eat something!", "", ""),
            ((14, 0), (15, 0), "Team panel", "Luis Ortega, Sr. Program Manager &amp; Bree Coleman, RD, Nutrition Lead",
             "https://pinyonhealth.zoom.us/j/84411920373")]
    rows = []
    for (sh, sm), (eh, em), what, who, link in sess:
        a, b = T(*day, sh, sm, DEN), T(*day, eh, em, DEN)
        anchor = f'<a href="{link}">Join Zoom</a>' if link else ""
        rows.append(f"<tr><td>{t12(a)} - {t12(b)} MT</td><td>{t12(a, HNL)} - {t12(b, HNL)} HST</td>"
                    f"<td><b>{what}</b><br>{who}</td><td>{anchor}</td></tr>")
    s, e = T(*day, 12, 0, DEN), T(*day, 15, 0, DEN)
    people = ["grant.holloway@pinyonhealth.example", "anika.shah@pinyonhealth.example",
              "luis.ortega@pinyonhealth.example", "bree.coleman@pinyonhealth.example"]
    carmen = "carmen.ruiz@pinyonhealth.example"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Noelani,</p>
<p>We're excited to host your virtual onsite for the <b>Senior Manager, Community Nutrition Programs</b> role on <b>{longdate(s)}</b>. All sessions are on Zoom; I've listed both Mountain and Hawaii times since I know the gap trips everyone up.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#e8eef4"><th>Mountain (MDT)</th><th>Your time (HST)</th><th>Session</th><th>Link</th></tr>
{chr(10).join(rows)}
</table>
<p>For the case discussion, Anika will share a short scenario about a rural produce-prescription program; no prep needed beyond reading the one-pager attached to your Workday task.</p>
<p>I'm your coordinator for the day and won't be in the sessions, but you can text me at 720-555-0112 if a link misbehaves.</p>
<p>Best,<br>Carmen Ruiz<br>Recruiting Coordinator | Pinyon Health Partners<br>1600 Wynkoop St, Suite 300, Denver, CO 80202</p>
<p><span style="font-size:8pt;color:#999">Please consider the environment before printing this e-mail.</span></p>
</body></html>
"""
    m1 = email(T(2026, 4, 14, 15, 48, DEN), f"Carmen Ruiz <{carmen}>", OWNER_FULL,
               "Your virtual onsite itinerary - Pinyon Health Partners", None, html,
               msgid="DM6PR02MB4012AB77@DM6PR02MB4012.namprd02.prod.outlook.example", html_cte="base64",
               cc="Grant Holloway <grant.holloway@pinyonhealth.example>")
    t2 = ("Hi Carmen,\n\nThank you - this is really clear. Confirming I'll be on at 8:00 my time "
          "(noon Mountain) on the 21st, and I'll have the one-pager read beforehand.\n\nMahalo,\nNoelani\n"
          + SIG + quote("Hi Noelani,\n\nWe're excited to host your virtual onsite... [itinerary table]",
                        f"Carmen Ruiz <{carmen}>", "Tue, Apr 14, 2026 at 11:48 AM"))
    m2 = email(T(2026, 4, 14, 12, 30, HNL), OWNER_FULL, f"Carmen Ruiz <{carmen}>",
               "Re: Your virtual onsite itinerary - Pinyon Health Partners", t2,
               msgid="CAK7nqP1ny0n@mail.example.com",
               in_reply_to="DM6PR02MB4012AB77@DM6PR02MB4012.namprd02.prod.outlook.example", text_cte="8bit")
    ps, pe = T(*day, 14, 0, DEN), T(*day, 15, 0, DEN)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + VTZ["America/Denver"] + [
               "BEGIN:VEVENT", f"DTSTAMP:{zstamp(T(2026, 4, 14, 16, 2, DEN))}",
               f"DTSTART;TZID=America/Denver:{local(ps, DEN)}", f"DTEND;TZID=America/Denver:{local(pe, DEN)}",
               "SUMMARY:Pinyon Health - Team Panel (Noelani Kahale)", "UID:ZOOM84411920373",
               "DESCRIPTION:" + esc("Carmen Ruiz is inviting you to a scheduled Zoom meeting.\n\n"
                                    "Join Zoom Meeting\nhttps://pinyonhealth.zoom.us/j/84411920373\n\n"
                                    "Meeting ID: 844 1192 0373\nPasscode: 551902\n"),
               f"ORGANIZER;CN=Carmen Ruiz:mailto:{carmen}",
               attendee("Luis Ortega", people[2]), attendee("Bree Coleman", people[3]),
               attendee(OWNER_NAME, OWNER),
               "LOCATION:https://pinyonhealth.zoom.us/j/84411920373",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    add(cid, [("01-onsite-itinerary.eml", m1), ("02-re-confirm.eml", m2), ("03-zoom-team-panel.ics", cal)], {
        "interview": True,
        "interviews": [iv("Pinyon Health Partners", "Senior Manager, Community Nutrition Programs", s, e,
                          "scheduled", people, people, "onsite")],
        "difficulty": "hard", "category": "positive/virtual-onsite",
        "notes": "HTML-only base64 itinerary with MT and HST columns, 4 sessions incl. break; Zoom .ics for last session is the same onsite.",
        "source": "synthetic"})


def case09():
    cid = "b92-09-cancel-position-frozen"
    s, e = T(2026, 4, 9, 14, 0, HNL), T(2026, 4, 9, 15, 0, HNL)
    kehau = "klum@waipunahealth.example"
    derek = "dsantos@waipunahealth.example"
    uid = "1c9vq0ht4m2rpl8s7d6bn3kwe5@google.com"
    summ = "Interview - Community Health Program Manager (Noelani Kahale)"
    desc = "45-60 min conversation with Derek Santos, Director of Programs. Kehau will join the first few minutes for introductions only."
    m1 = google_invite(T(2026, 4, 2, 9, 30, HNL), ("Kehau Lum", kehau), [("Derek Santos", derek)], summ,
                       s, e, HNL, "Hawaii-Aleutian Standard Time - Honolulu", "HST", uid,
                       "calendar-4e1a9b7c-2d3f-4a5b-8c6d-7e8f9a0b1c2d@google.com", description=desc,
                       meet="https://meet.google.com/wpn-qhzk-rav")
    t2 = """Aloha Noelani,

I'm so sorry to be sharing this. As of this morning, the Community Health Program Manager position has been frozen pending a decision on our state grant renewal, and leadership has asked us to pause all hiring for it. Unfortunately that means we need to cancel Thursday's interview with Derek.

This is no reflection on you at all - Derek was really looking forward to meeting you. If the position reopens later this year, I'll reach out to you first.

With aloha,
Kehau Lum
People & Culture Manager
Waipuna Health Partners | 45-955 Kamehameha Hwy, Kaneohe, HI 96744
(808) 555-0125
"""
    m2 = email(T(2026, 4, 7, 11, 14, HNL), f"Kehau Lum <{kehau}>", OWNER_FULL,
               "Update on Thursday's interview", t2, html_of(t2), cc=f"Derek Santos <{derek}>",
               msgid="CAFk3hauLum0x@mail.waipunahealth.example")
    m3 = google_invite(T(2026, 4, 7, 11, 16, HNL), ("Kehau Lum", kehau), [("Derek Santos", derek)], summ,
                       s, e, HNL, "Hawaii-Aleutian Standard Time - Honolulu", "HST", uid,
                       "calendar-9a8b7c6d-5e4f-4321-8fed-cba987654321@google.com", description=desc,
                       meet="https://meet.google.com/wpn-qhzk-rav", seq=1, method="CANCEL",
                       status="CANCELLED")
    add(cid, [("01-invitation.eml", m1), ("02-position-frozen.eml", m2), ("03-canceled-event.eml", m3)], {
        "interview": True,
        "interviews": [iv("Waipuna Health Partners", "Community Health Program Manager", s, e, "cancelled",
                          [derek], [derek], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Google invite, then position frozen e-mail and METHOD:CANCEL; status cancelled at original time.",
        "source": "synthetic"})


def case10():
    cid = "b92-10-gcal-zoom-candidate-withdrawal"
    s, e = T(2026, 4, 30, 13, 0, CHI), T(2026, 4, 30, 14, 0, CHI)
    hannah = "hmcallister@prairietable.example"
    evid = "6ptk2n9qj3c1vb0m8r7hsd4lfa"
    ev = {
        "kind": "calendar#event", "etag": "\"3319874412046000\"", "id": evid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NnB0azJuOXFqM2MxdmIwbThyN2hzZDRsZmE",
        "created": "2026-04-22T19:05:11.000Z", "updated": "2026-04-22T19:06:02.118Z",
        "summary": "Noelani Kahale <> Prairie Table | Director of Nutrition Programs",
        "description": "Interview with Hannah McAllister, Executive Director.\nZoom: https://prairietable.zoom.us/j/96120044718?pwd=PT26",
        "location": "https://prairietable.zoom.us/j/96120044718?pwd=PT26",
        "creator": {"email": hannah, "displayName": "Hannah McAllister"},
        "organizer": {"email": hannah, "displayName": "Hannah McAllister"},
        "start": {"dateTime": iso(s), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(e), "timeZone": "America/Chicago"},
        "iCalUID": f"{evid}@google.com", "sequence": 0,
        "attendees": [{"email": hannah, "displayName": "Hannah McAllister", "organizer": True,
                       "responseStatus": "accepted"},
                      {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    j1 = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()
    t2 = f"""Hi Noelani,

I sent a calendar hold for Thursday, April 30 at 1pm Central ({gt(s, HNL)} your time - I double-checked!). Here's the Zoom in case the invite gets buried:

https://prairietable.zoom.us/j/96120044718?pwd=PT26
Meeting ID: 961 2004 4718 / Passcode: PT26

It'll be just me for this first conversation, about an hour.

Warmly,
Hannah

Hannah McAllister
Executive Director, Prairie Table Nutrition Network
2217 W. Cermak Rd, Chicago, IL 60608 | 312-555-0149
"""
    m2 = email(T(2026, 4, 22, 14, 9, CHI), f"Hannah McAllister <{hannah}>", OWNER_FULL,
               "Thursday's conversation - Zoom details", t2, msgid="CAHm4ll1st3r@mail.prairietable.example",
               text_cte="quoted-printable")
    t3 = ("Hi Hannah,\n\nI wanted to let you know as soon as possible: I've accepted another offer this "
          "weekend, so I need to withdraw from the Director of Nutrition Programs search and cancel our "
          "interview on Thursday. I'm really grateful for your time and the work Prairie Table does.\n\n"
          "Mahalo nui,\nNoelani\n" + SIG + quote(t2, f"Hannah McAllister <{hannah}>", "Wed, Apr 22, 2026 at 2:09 PM"))
    m3 = email(T(2026, 4, 27, 7, 15, HNL), OWNER_FULL, f"Hannah McAllister <{hannah}>",
               "Re: Thursday's conversation - Zoom details", t3, msgid="CAK7nqW1thdr4w@mail.example.com",
               in_reply_to="CAHm4ll1st3r@mail.prairietable.example", text_cte="8bit")
    t4 = ("Congratulations, Noelani! Completely understand. I've removed Thursday from the calendar. "
          "Best of luck - keep in touch.\n\nHannah\n" + quote(t3, OWNER_FULL, "Mon, Apr 27, 2026 at 12:15 PM"))
    m4 = email(T(2026, 4, 27, 12, 40, CHI), f"Hannah McAllister <{hannah}>", OWNER_FULL,
               "Re: Thursday's conversation - Zoom details", t4, msgid="CAHm4llR3ply@mail.prairietable.example",
               in_reply_to="CAK7nqW1thdr4w@mail.example.com",
               references=["CAHm4ll1st3r@mail.prairietable.example", "CAK7nqW1thdr4w@mail.example.com"])
    j5 = (json.dumps({"kind": "calendar#event", "etag": "\"3320300112340000\"", "id": evid,
                      "status": "cancelled"}, indent=2) + "\n").encode()
    add(cid, [("01-event.gcal.json", j1), ("02-zoom-details.eml", m2), ("03-withdrawal.eml", m3),
              ("04-re-removed.eml", m4), ("05-event-deleted.gcal.json", j5)], {
        "interview": True,
        "interviews": [iv("Prairie Table Nutrition Network", "Director of Nutrition Programs", s, e,
                          "cancelled", [hannah], [hannah], "hiring_manager")],
        "difficulty": "hard", "category": "positive/cancellation",
        "notes": "Calendar API event (Central) + Zoom mail; candidate withdraws; deleted event with only id/status.",
        "source": "synthetic"})


def case11():
    cid = "b92-11-two-interviews-alaska-fall-back"
    s1, e1 = T(2026, 10, 29, 11, 0, ANC), T(2026, 10, 29, 11, 30, ANC)
    s2, e2 = T(2026, 11, 3, 11, 0, ANC), T(2026, 11, 3, 12, 0, ANC)
    ruth = "rberg@qilakhealth.example"
    aaron = "awhitford@qilakhealth.example"
    t1 = f"""Hi Noelani,

Thanks for applying for Nutrition Program Manager - Tribal WIC & Elder Nutrition at Qilak Tribal Health Corporation. I'd like to schedule a 30-minute phone interview with you. Are you available Thursday, October 29 at 11am Alaska time ({gt(s1, HNL)} Hawaii)?

Ruth Olanna-Berg
Talent Acquisition Specialist
Qilak Tribal Health Corporation | PO Box 318, Bethel, AK 99559
907-555-0171
"""
    m1 = email(T(2026, 10, 22, 9, 30, ANC), f"Ruth Olanna-Berg <{ruth}>", OWNER_FULL,
               "Phone interview - Nutrition Program Manager", t1, msgid="BN0PR17MB3301AA@BN0PR17MB3301.namprd17.prod.outlook.example")
    t2 = ("Hi Ruth,\n\nYes, Thursday the 29th at 11 Alaska / 9 Hawaii works. I lived in Anchorage for four years, "
          "so I'm used to the time math! You can reach me at (808) 555-0148.\n\nNoelani\n" + SIG
          + quote(t1, f"Ruth Olanna-Berg <{ruth}>", "Thu, Oct 22, 2026 at 9:30 AM"))
    m2 = email(T(2026, 10, 22, 8, 2, HNL), OWNER_FULL, f"Ruth Olanna-Berg <{ruth}>",
               "Re: Phone interview - Nutrition Program Manager", t2, msgid="CAK7nqQ1lak@mail.example.com",
               in_reply_to="BN0PR17MB3301AA@BN0PR17MB3301.namprd17.prod.outlook.example", text_cte="8bit")
    t3 = f"""Hi Noelani,

It was great talking with you this morning! I'm happy to move you forward. Next step is a 60-minute video interview with our Nutrition Services Director, Dr. Aaron Whitford, on Tuesday, November 3 at 11:00 AM Alaska time. Note our clocks fall back this Sunday, so that will be {t12(s2, HNL)} HST for you. An invite from Aaron is on its way.

Ruth
"""
    m3 = email(T(2026, 10, 29, 12, 5, ANC), f"Ruth Olanna-Berg <{ruth}>", OWNER_FULL,
               "Next step - interview with Dr. Whitford", t3, html_of(t3),
               msgid="BN0PR17MB3301BB@BN0PR17MB3301.namprd17.prod.outlook.example")
    uid = "0f3k8x2m1n7qpv4d9s6hwz5tca@google.com"
    m4 = google_invite(T(2026, 10, 29, 12, 40, ANC), ("Aaron Whitford", aaron), [],
                       "Qilak THC - Nutrition Program Manager interview (N. Kahale)", s2, e2, ANC,
                       "Alaska Time - Anchorage", "AKST", uid,
                       "calendar-0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9@google.com",
                       description="Video interview with Dr. Aaron Whitford, Nutrition Services Director.",
                       meet="https://meet.google.com/qlk-twrn-pmx")
    add(cid, [("01-phone-interview-request.eml", m1), ("02-re-yes.eml", m2), ("03-next-step.eml", m3),
              ("04-invitation-whitford.eml", m4)], {
        "interview": True,
        "interviews": [
            iv("Qilak Tribal Health Corporation", "Nutrition Program Manager - Tribal WIC & Elder Nutrition",
               s1, e1, "scheduled", [ruth], [ruth], "phone_screen"),
            iv("Qilak Tribal Health Corporation", "Nutrition Program Manager - Tribal WIC & Elder Nutrition",
               s2, e2, "scheduled", [aaron], [aaron], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "Phone screen Oct 29 (AKDT, 2h to HST) then HM interview Nov 3 (AKST, 1h to HST) across the Nov 1 fall-back.",
        "source": "synthetic"})


def case12():
    cid = "b92-12-forwarded-dc-2pm-et"
    s, e = T(2026, 5, 12, 14, 0, NYC), T(2026, 5, 12, 14, 30, NYC)
    marcus = "mbell@capitolnutrition.example"
    renee = "rdawson@capitolnutrition.example"
    inner = f"""Hi Noelani,

Thanks for sending your availability. We've booked you for Tuesday, May 12 at 2pm ET ({gt(s, HNL)} Hawaii time - I know, early, and thank you!) for a 30-minute video interview with me and our Policy Director, Renee Dawson ({renee}). The Teams link is below.

https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FwTnV0cjIwMjY%40thread.v2/0

Looking forward to it,
Marcus

Marcus Bell
Hiring Manager, Child Nutrition Programs
Capitol Nutrition Policy Center
1400 K Street NW, Suite 700, Washington, DC 20005
202-555-0138
"""
    t = ("saving this to my main inbox so I don't lose it!!\n\n"
         "---------- Forwarded message ---------\n"
         f"From: Marcus Bell <{marcus}>\n"
         "Date: Wed, May 6, 2026 at 4:12 PM\n"
         "Subject: Interview - Senior Program Manager, Child Nutrition\n"
         "To: Noelani Kahale <nkahale.ak@mail.example>\n"
         f"Cc: Renee Dawson <{renee}>\n\n" + inner)
    m1 = email(T(2026, 5, 6, 11, 30, HNL), "Noelani Kahale <nkahale.ak@mail.example>", OWNER,
               "Fwd: Interview - Senior Program Manager, Child Nutrition", t, html_of(t),
               msgid="CAK7akFwd0512@mail.example", text_cte="base64", html_cte="base64")
    add(cid, [("01-fwd-interview-confirmed.eml", m1)], {
        "interview": True,
        "interviews": [iv("Capitol Nutrition Policy Center", "Senior Program Manager, Child Nutrition", s, e,
                          "scheduled", [marcus, renee], [marcus, renee], "onsite")],
        "difficulty": "medium", "category": "positive/forwarded",
        "notes": "Self-forward from old Anchorage address; '2pm ET' (EDT) = 8am HST; base64 body.",
        "source": "synthetic"})


def case13():
    cid = "b92-13-guam-across-date-line"
    s, e = T(2026, 5, 22, 9, 0, GUM), T(2026, 5, 22, 10, 0, GUM)
    rosa = "rcruztaitano@marianaswellness.example"
    vic = "vaguon@marianaswellness.example"
    sh = s.astimezone(HNL)
    t1 = f"""Hafa adai Noelani!

Thank you for applying for the Regional Nutrition Program Specialist role. We would like to invite you to a panel interview with Dr. Vicente Aguon ({vic}) and me on Friday, May 22 at 0900 ChST, which is {sh.strftime('%A, %B %-d')} at {gt(sh)} in Honolulu. Please plan on about one hour. The Zoom invitation is pasted below.

Si Yu'os ma'ase,
Rosa Cruz-Taitano
Program Director, Marianas Pacific Wellness Collaborative
Suite 210, 777 Route 4, Hagatna, Guam 96910
+1 (671) 555-0117

-----
Rosa Cruz-Taitano is inviting you to a scheduled Zoom meeting.

Topic: Panel Interview - Regional Nutrition Program Specialist
Time: May 22, 2026 09:00 AM Guam, Port Moresby

Join Zoom Meeting
https://us06web.zoom.us/j/87730019922?pwd=MPWC

Meeting ID: 877 3001 9922
Passcode: 671671
"""
    m1 = email(T(2026, 5, 15, 8, 5, GUM), f"Rosa Cruz-Taitano <{rosa}>", OWNER_FULL,
               "Panel interview - Regional Nutrition Program Specialist", t1, html_of(t1),
               cc=f"Vicente Aguon <{vic}>", msgid="CAR0s4CTmpwc@mail.marianaswellness.example")
    add(cid, [("01-panel-invite-chst.eml", m1)], {
        "interview": True,
        "interviews": [iv("Marianas Pacific Wellness Collaborative", "Regional Nutrition Program Specialist",
                          s, e, "scheduled", [rosa, vic], [rosa, vic], "onsite")],
        "difficulty": "hard", "category": "positive/timezone-dateline",
        "notes": "Guam (UTC+10) Friday 09:00 = Thursday 13:00 HST the day before; Zoom paste in body.",
        "source": "synthetic"})


# ------------------------------------------------------------- negatives
def neg(cid, items, category, notes, difficulty="hard"):
    add(cid, items, {"interview": False, "interviews": [], "difficulty": difficulty,
                     "category": category, "notes": notes, "source": "synthetic"})


def case14():
    cid = "b92-14-neg-doctor-appointment"
    s, e = T(2026, 3, 24, 8, 15, HNL), T(2026, 3, 24, 8, 45, HNL)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Manoa Family Medicine//PatientPortal//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:appt-5541902@manoafm.example",
               f"DTSTAMP:{zstamp(T(2026, 3, 17, 10, 0, HNL))}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
               "SUMMARY:Appointment - Dr. Karen Yoshida (Annual physical)",
               "LOCATION:Manoa Family Medicine\\, 2600 Oahu Ave Suite 2\\, Honolulu HI 96822",
               "END:VEVENT", "END:VCALENDAR"])
    t = f"""Aloha Noelani,

Your appointment is scheduled.

Provider: Karen Yoshida, MD
Visit type: Annual physical (new patient)
When: {longdate(s)} at {t12(s)} HST - please arrive 15 minutes early
Where: Manoa Family Medicine, 2600 Oahu Ave, Suite 2, Honolulu, HI 96822

Before your visit, please complete your pre-visit health interview (about 10 minutes) in the patient portal. Bring your insurance card and a list of current medications.

Need to reschedule or cancel? Call (808) 555-0100 at least 24 hours in advance.

This message was sent from an unmonitored address.
"""
    m = email(T(2026, 3, 17, 10, 0, HNL), "Manoa Family Medicine <noreply@portal.manoafm.example>", OWNER,
              "Your appointment is scheduled - Tue, Mar 24", t, html_of(t), msgid="appt-5541902.r1@portal.manoafm.example",
              attachments=[("text", "calendar", "appointment.ics", cal)])
    neg(cid, [("01-appointment-scheduled.eml", m)], "negative/medical-appointment",
        "Doctor's appointment with ics and a 'pre-visit health interview' questionnaire.", "medium")


def case15():
    cid = "b92-15-neg-wic-clinic-schedule-she-manages"
    s, e = T(2026, 4, 16, 8, 0, HNL), T(2026, 4, 16, 12, 0, HNL)
    corinne = "cpacheco@leewardcounty.example"
    work = "nkahale@leewardcounty.example"
    body = f"""Hi Noe,

Here's the invite for the Nanakuli satellite clinic day you put on the April schedule. As of today we have 14 participant certification interviews booked (8 recerts, 6 new enrollees) plus 2 walk-in slots, and Jamie will do breastfeeding peer counseling in the back room.

Can you take the high-risk nutrition assessments and sign off on the care plans? I'll bring the scale and the hemocue kit. Candidates for the Nutrition Aide opening can shadow from 10:30 if HR clears them.

Mahalo!
Corinne Pacheco, WIC Clinic Supervisor
Leeward County Department of Health - WIC Services
(808) 555-0155
"""
    m = exchange_invite(T(2026, 4, 2, 15, 40, HNL), ("Corinne Pacheco", corinne),
                        [("Kahale, Noelani", work), ("Jamie Alapai", "jalapai@leewardcounty.example")],
                        "WIC Satellite Clinic - Nanakuli - Certification Interviews & Nutrition Ed", s, e,
                        "Hawaiian Standard Time", HNL, "(UTC-10:00) Hawaii", body,
                        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
                        "SA1PR09MB8123CC@SA1PR09MB8123.namprd09.prod.outlook.example",
                        location="Nanakuli Community Center, Rm 3", teams=False,
                        cc=f"Noelani Kahale <{OWNER}>")
    neg(cid, [("01-wic-clinic-invite.eml", m)], "negative/user-is-staff",
        "Her current job's WIC clinic day (Exchange, Hawaiian Standard Time) with participant 'certification interviews'.")


def case16():
    cid = "b92-16-neg-podcast-interview-request"
    s, e = T(2026, 6, 10, 15, 0, LA), T(2026, 6, 10, 16, 0, LA)
    jenna = "jenna@platelunchscience.example"
    t1 = f"""Hi Noelani,

I host Plate Lunch Science, a podcast about nutrition research and island food systems, and a listener pointed me to your talk on WIC produce benefits. Would you be up for an interview on the show? We'd chat for about an hour about food-as-medicine programs in Hawaii and Alaska.

Could we record Wed 6/10, 3pm Pacific / noon Hawaii, over Zoom? No prep needed, and you'd get to review the edit before it airs.

Mahalo!
Jenna Okimoto
Host & Producer, Plate Lunch Science
"""
    m1 = email(T(2026, 5, 28, 10, 4, LA), f"Jenna Okimoto <{jenna}>", OWNER_FULL,
               "Podcast interview request - Plate Lunch Science", t1, msgid="CAJ3nn4P0dcast@mail.platelunchscience.example")
    t2 = ("Hi Jenna,\n\nI'd love to! 3pm Pacific / noon Hawaii on 6/10 works.\n\nNoelani\n" + SIG
          + quote(t1, f"Jenna Okimoto <{jenna}>", "Thu, May 28, 2026 at 10:04 AM"))
    m2 = email(T(2026, 5, 28, 9, 20, HNL), OWNER_FULL, f"Jenna Okimoto <{jenna}>",
               "Re: Podcast interview request - Plate Lunch Science", t2, msgid="CAK7nqP0dR3@mail.example.com",
               in_reply_to="CAJ3nn4P0dcast@mail.platelunchscience.example", text_cte="8bit")
    m3 = google_invite(T(2026, 5, 28, 13, 1, LA), ("Jenna Okimoto", jenna), [],
                       "Plate Lunch Science ep. 88 - interview recording w/ Noelani Kahale", s, e, LA,
                       "Pacific Time - Los Angeles", "PDT", "7p0dc4st88rec0rd1ngw1thnk@google.com",
                       "calendar-5d6e7f80-9a1b-4c2d-8e3f-405162738495@google.com",
                       description="Podcast recording. Use headphones; we record locally with Riverside as backup.",
                       meet=None, location="https://platelunchscience.zoom.us/j/81122334455")
    neg(cid, [("01-podcast-request.eml", m1), ("02-re-yes.eml", m2), ("03-invitation-recording.eml", m3)],
        "negative/podcast", "Podcast 'interview' with a real calendar invite; not a hiring process.")


def case17():
    cid = "b92-17-neg-rejection-after-interview"
    t = """Dear Noelani,

Thank you for taking the time to interview with our panel on Thursday for the Community Nutrition Manager position at Desert Bloom Community Health. We truly enjoyed learning about your WIC leadership and your diabetes prevention work in Alaska.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the current needs of the role. This was a difficult decision, as we had a very strong pool of candidates.

We will keep your profile in our talent community and encourage you to apply for future openings. If you'd like feedback on your interview, I'm happy to schedule a short call.

Sincerely,
Marisa Quintero
Talent Acquisition Manager, Desert Bloom Community Health
3030 N Central Ave, Phoenix, AZ 85012 | 602-555-0190
"""
    m = email(T(2026, 3, 30, 16, 20, PHX), "Marisa Quintero <desertbloom+autoreply@talent.icims.com>", OWNER_FULL,
              "Update on your application - Community Nutrition Manager", t, html_of(t),
              reply_to="Marisa Quintero <mquintero@desertbloomhealth.example>",
              msgid="icims.5521.99120.20260330@talent.icims.com", received_from="mta1.icims.com")
    neg(cid, [("01-icims-rejection.eml", m)], "negative/rejection",
        "Rejection after a panel interview; offers to 'schedule a short call' for feedback.", "medium")


def case18():
    cid = "b92-18-neg-volunteer-orientation"
    s, e = T(2026, 5, 2, 9, 0, HNL), T(2026, 5, 2, 10, 30, HNL)
    kim = "volunteer@kaimukipantry.example"
    t1 = """Aloha Noelani,

Mahalo for signing up to volunteer with Kaimuki Community Pantry! All new volunteers attend a 90-minute orientation before their first shift. After orientation, our volunteer coordinator will do a quick 10-minute one-on-one with each person to match you with a role (distribution, intake, or our cooking demo team - with your RD background we'd love you there!). It's not an interview, just a chance to find the right fit.

The calendar invite is coming from Kim.

Mahalo nui loa,
Kaimuki Community Pantry Volunteer Team
"""
    m1 = email(T(2026, 4, 24, 17, 0, HNL), f"Kaimuki Community Pantry <{kim}>", OWNER_FULL,
               "Welcome! Volunteer orientation on Saturday, May 2", t1, html_of(t1),
               msgid="CAKp4ntryW3lc0me@mail.kaimukipantry.example")
    m2 = google_invite(T(2026, 4, 24, 17, 6, HNL), ("Kim Nakasone", "kim.nakasone@kaimukipantry.example"), [],
                       "New Volunteer Orientation + role matching", s, e, HNL,
                       "Hawaii-Aleutian Standard Time - Honolulu", "HST", "v0lunt33r0r13nt4t10nm4y2@google.com",
                       "calendar-1a2b3c4d-5e6f-4789-8abc-def012345678@google.com",
                       description="Orientation for new volunteers. Closed-toe shoes please!",
                       meet=None, location="Kaimuki Community Pantry, 3565 Waialae Ave, Honolulu")
    neg(cid, [("01-volunteer-welcome.eml", m1), ("02-orientation-invite.eml", m2)],
        "negative/volunteer", "Volunteer orientation with 'role matching' one-on-one; not a job interview.")


def case19():
    cid = "b92-19-neg-hr-benefits-webinar"
    s, e = T(2026, 4, 28, 12, 0, HNL), T(2026, 4, 28, 13, 0, HNL)
    body = """Aloha kakou,

Join HR for our spring Lunch & Learn webinar:
- 2026 open enrollment: medical, dental, vision and the new HSA option
- Retirement plan updates
- For supervisors and hiring managers: the new Workday interview scheduling feature - how to book candidates, add panel members, and send interview confirmations

Bring your lunch and your questions. The recording will be posted on the intranet.

Leeward County Department of Health - Human Resources
hr-benefits@leewardcounty.example | ext. 4410
"""
    m = exchange_invite(T(2026, 4, 14, 9, 0, HNL), ("LCDOH Human Resources", "hr-benefits@leewardcounty.example"),
                        [("LCDOH All Staff", "lcdoh-allstaff@leewardcounty.example")],
                        "HR Lunch & Learn Webinar: Open Enrollment 2026 + Interview Scheduling in Workday", s, e,
                        "Hawaiian Standard Time", HNL, "(UTC-10:00) Hawaii", body,
                        "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9",
                        "SA1PR09MB8123DD@SA1PR09MB8123.namprd09.prod.outlook.example",
                        to="LCDOH All Staff <lcdoh-allstaff@leewardcounty.example>")
    neg(cid, [("01-benefits-webinar-invite.eml", m)], "negative/webinar",
        "Employer HR webinar invite (Teams, Hawaiian Standard Time) mentioning interview scheduling for hiring managers.")


def case20():
    cid = "b92-20-neg-neogov-user-is-panel-member"
    s1 = T(2026, 5, 14, 9, 0, HNL)
    t = f"""County of Leeward - Department of Human Resources

INTERVIEW PANEL ASSIGNMENT

Aloha Noelani Kahale,

You have been assigned as a panel member for the following interviews:

Position: NUTRITIONIST II (WIC) - Recruitment #2026-0402-NUT
Date: {longdate(s1)}
Location: Leeward County Health Center, 94-275 Mokuola St, Waipahu - Conference Room 1

  9:00 AM   Candidate: A. Domingo
  10:00 AM  Candidate: T. Reyes
  11:00 AM  Candidate: K. Fonoti

Please review candidate application materials in Insight before the interviews and complete the rating forms immediately after each candidate. Panel members may not discuss candidates outside of the panel.

Questions? Contact Personnel Analyst Dean Ishikawa at dishikawa@leewardcounty.example.

This message was sent via NEOGOV Insight. Do not reply.
"""
    m = email(T(2026, 5, 5, 13, 10, HNL), "County of Leeward <noreply@governmentjobs.com>", OWNER,
              "Interview Panel Assignment - Nutritionist II (WIC)", t, html_of(t),
              msgid="neogov.insight.77120413@governmentjobs.com", received_from="mail.governmentjobs.com")
    neg(cid, [("01-panel-member-assignment.eml", m)], "negative/user-is-interviewer",
        "NEOGOV panel-member notice: she interviews candidates for her own team.")


def case21():
    cid = "b92-21-neg-availability-request-unbooked"
    nate = "nathan.price@wasatchnutrition.example"
    t1 = """Hi Noelani,

Thanks for your application for the Program Manager, Food Security role at Wasatch Nutrition Collaborative! We'd like to schedule a 30-minute phone interview as a first step.

Please use the link below to choose a time that works for you. Slots are open next Monday through Wednesday, 9am-3pm Mountain (I know that's 5am-11am for you in Hawaii, so grab a later one!):

https://calendly.com/wasatch-nathan/phone-interview-30

Best,
Nathan Price
Recruiter, Wasatch Nutrition Collaborative
455 E 400 S, Salt Lake City, UT 84111 | 801-555-0176
"""
    m1 = email(T(2026, 5, 7, 10, 15, DEN), f"Nathan Price <{nate}>", OWNER_FULL,
               "Next steps: phone interview - Program Manager, Food Security", t1, html_of(t1),
               msgid="CAN4thPr1ce01@mail.wasatchnutrition.example")
    t2 = ("Hi Noelani - just bumping this up in case it got buried. I haven't seen a time come through on "
          "the calendar link yet. Happy to find something outside those windows if none work.\n\nNathan\n"
          + quote(t1, f"Nathan Price <{nate}>", "Thu, May 7, 2026 at 10:15 AM"))
    m2 = email(T(2026, 5, 12, 8, 45, DEN), f"Nathan Price <{nate}>", OWNER_FULL,
               "Re: Next steps: phone interview - Program Manager, Food Security", t2,
               msgid="CAN4thPr1ce02@mail.wasatchnutrition.example",
               in_reply_to="CAN4thPr1ce01@mail.wasatchnutrition.example")
    neg(cid, [("01-scheduling-link.eml", m1), ("02-reminder-no-booking.eml", m2)],
        "negative/availability-request", "Scheduling link and reminder, never booked.")


def case22():
    cid = "b92-22-neg-neogov-referred-to-department"
    t = """Aloha Noelani Kahale,

Thank you for your interest in employment with the State Department of Health. Your application for PUBLIC HEALTH EDUCATOR IV (Recruitment #26-0519) has been reviewed and you have been placed on the eligible list.

Your name has been referred to the hiring department. If you are selected for an interview, the department will contact you directly to schedule. The department anticipates conducting interviews the week of June 8, 2026. Please make sure your phone number and email in your profile are current.

Eligible lists are typically active for one year.

This is an automated message from GovernmentJobs.com. Please do not reply.
"""
    m = email(T(2026, 5, 26, 10, 2, HNL), "State Department of Health <noreply@governmentjobs.com>", OWNER,
              "Application Status Update: Public Health Educator IV - Referred", t, html_of(t),
              msgid="neogov.notif.45120077@governmentjobs.com", received_from="mail.governmentjobs.com")
    neg(cid, [("01-neogov-referred.eml", m)], "negative/application-status",
        "NEOGOV eligible-list referral; mentions the week interviews will happen but nothing is scheduled.")


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b92-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind92 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
