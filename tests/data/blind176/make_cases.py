#!/usr/bin/env python3
"""Regenerate the blind176 evaluation set (enterprise ATS / HR-suite mail, Chicago owner).

Deterministic: every date, Message-ID, MIME boundary and UID is fixed, so running this script twice
produces byte-identical files.  Only the standard library, PyYAML and zoneinfo are used.

    python make_cases.py          # rewrites ./b176-*/ and ./labels.yaml and ./README.md
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "maren.kowalczyk@example.com"
OWNER_NAME = "Maren Kowalczyk"
CHI = ZoneInfo("America/Chicago")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
UTC = ZoneInfo("UTC")

# --------------------------------------------------------------------------- dates


def at(y, mo, d, h=0, mi=0, tz=CHI, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that a date named in the text really is that weekday."""
    assert d.strftime("%A") == name, f"{d.isoformat()} is a {d.strftime('%A')}, not {name}"
    return d


def rfcdate(d):
    return format_datetime(d)


def longday(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def hm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def mdY(d):
    return f"{d:%m/%d/%Y}"


def ics_local(d, zone):
    return d.astimezone(zone).strftime("%Y%m%dT%H%M%S")


def ics_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def h8(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def digits(seed, n):
    return str(int(hashlib.sha1(seed.encode()).hexdigest(), 16))[:n]


# --------------------------------------------------------------------------- MIME


def addr(name, email):
    return formataddr((name, email))


def enc_body(text, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    assert text.isascii(), "7bit part with non-ASCII text"
    return text


def leaf(ctype, text, cte="7bit", extra=()):
    head = [f"Content-Type: {ctype}", *extra, f"Content-Transfer-Encoding: {cte}"]
    body = enc_body(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(head) + "\n\n" + body


def multi(subtype, boundary, parts, extra=()):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n'
    out += "".join(x + "\n" for x in extra) + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def received(host, ip, d, rid):
    t = rfcdate((d + timedelta(seconds=2)).astimezone(UTC))
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id {rid}\n"
            f"        for <{OWNER}>; {t}")


def message(headers, entity):
    return "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n" + entity


def hdrs(date, frm, to, subject, msgid, host, ip, envelope, cc=None, reply_to=None,
         in_reply_to=None, references=None, extra=()):
    h = [("Delivered-To", OWNER), ("Received", received(host, ip, date, h8(msgid, 10).upper())),
         ("Return-Path", f"<{envelope}>"), ("Date", rfcdate(date)), ("From", frm)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    return h + list(extra)


def esc_html(s):
    return html.escape(s, quote=False)


def paras_html(text):
    blocks = [b for b in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(esc_html(l) for l in b.split("\n")) + "</p>" for b in blocks)


def html_doc(inner, font="Arial,Helvetica,sans-serif", size="14px"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size};color:#222222">\n{inner}\n</div></body></html>\n')


def table_html(rows, head=None):
    out = ['<table cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;'
           'border:1px solid #d9d9d9;font-size:14px">']
    if head:
        out.append("<tr>" + "".join(f'<th align="left" style="background:#f2f4f7;border:1px solid #d9d9d9">'
                                    f"{esc_html(c)}</th>" for c in head) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td style="border:1px solid #d9d9d9;vertical-align:top">{esc_html(c)}</td>'
                                    for c in r) + "</tr>")
    return "\n".join(out + ["</table>"])


def kv_text(rows):
    w = max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{k + ':':<{w}}{v}" for k, v in rows)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_attr(d, name, email, tz=CHI):
    d = d.astimezone(tz)
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {hm(d)} {name} <{email}> wrote:"


def outlook_attr(d, frm, to, subject, tz):
    d = d.astimezone(tz)
    return (f"From: {frm}\nSent: {longday(d)} {hm(d)}\nTo: {to}\nSubject: {subject}")


def teams_block(seed):
    mid = digits(seed + "m", 12)
    mid = f"{mid[0:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    tid = f"{h8(seed + 't')}-{h8(seed + 'u', 4)}-{h8(seed + 'v', 4)}-{h8(seed + 'w', 4)}-{h8(seed + 'x', 12)}"
    thread = base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode().rstrip("=")[:32]
    line = "_" * 80
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>\n"
            f"Meeting ID: {mid}\nPasscode: {h8(seed + 'p', 6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n" + line)


# --------------------------------------------------------------------------- iCalendar


def fold(line):
    chunks, cur, n, lim = [], "", 0, 75
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > lim:
            chunks.append(cur)
            cur, n, lim = ch, k, 74
        else:
            cur += ch
            n += k
    chunks.append(cur)
    return "\r\n ".join(chunks)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


WIN = {  # Windows TZID -> (zoneinfo, std offset, dst offset or None, Outlook display label)
    "Eastern Standard Time": (NY, -5, -4, "(UTC-05:00) Eastern Time (US & Canada)"),
    "Central Standard Time": (CHI, -6, -5, "(UTC-06:00) Central Time (US & Canada)"),
    "Pacific Standard Time": (LA, -8, -7, "(UTC-08:00) Pacific Time (US & Canada)"),
    "US Mountain Standard Time": (PHX, -7, None, "(UTC-07:00) Arizona"),
}
OLSON = {"America/New_York": (-5, -4, "EST", "EDT"), "America/Chicago": (-6, -5, "CST", "CDT"),
         "America/Los_Angeles": (-8, -7, "PST", "PDT")}


def off(h):
    return f"{'-' if h < 0 else '+'}{abs(h):02d}00"


def vtz_win(name):
    _, std, dst, _ = WIN[name]
    out = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if dst is None:
        return out + ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off(std)}",
                      f"TZOFFSETTO:{off(std)}", "END:STANDARD", "END:VTIMEZONE"]
    return out + ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_olson(name):
    std, dst, sn, dn = OLSON[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
            f"CN={name}:mailto:{email}")


def exchange_cal(method, uid, seq, tzid, start, end, summary, desc, location, organizer, attendees, dtstamp,
                 status="CONFIRMED"):
    zone = WIN[tzid][0]
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *vtz_win(tzid), "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             *[att(*a) for a in attendees], f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
             f"SUMMARY;LANGUAGE=en-US:{esc(summary)}", f"DTSTART;TZID={tzid}:{ics_local(start, zone)}",
             f"DTEND;TZID={tzid}:{ics_local(end, zone)}", "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
             f"DTSTAMP:{ics_utc(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
             f"LOCATION;LANGUAGE=en-US:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9))}",
             f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
             f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
             f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    if not cancel:
        lines += ["X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
                  "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    return ics_join(lines + ["END:VEVENT", "END:VCALENDAR"])


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(seed.encode()).hexdigest().upper()[:16]
            + "000000000000000010000000" + hashlib.sha1((seed + "2").encode()).hexdigest().upper()[:32])


def when_line(start, end, tzid):
    zone, label = WIN[tzid][0], WIN[tzid][3]
    s, e = start.astimezone(zone), end.astimezone(zone)
    return f"{longday(s)} {hm(s)}-{hm(e)} {label}."


def exchange_mail(*, seed, date, frm, to_list, subject, tzid, start, end, location, body, uid, seq=0,
                  method="REQUEST", cc_list=(), teams=True, host, ip, extra_headers=(), prefix=""):
    """An Outlook/Exchange meeting request (or cancellation) as Exchange Online sends it."""
    organizer = frm
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    plain = f"When: {when_line(start, end, tzid)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n"
    if teams:
        plain += "\n" + teams_block(seed) + "\n"
    attendees = [(n, e, "REQ-PARTICIPANT", "NEEDS-ACTION", True) for n, e in to_list]
    attendees += [(n, e, "OPT-PARTICIPANT", "NEEDS-ACTION", True) for n, e in cc_list]
    cal = exchange_cal(method, uid, seq, tzid, start, end, prefix + subject, plain, location, organizer,
                       attendees, date, status)
    html_inner = paras_html(plain)
    ent = multi("alternative", f"_000_{h8(seed + 'b', 24).upper()}prodoutlookcom_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(html_inner, "Aptos,Calibri,sans-serif", "11pt"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    msgid = f"<{h8(seed + 'id', 4).upper()}PR11MB{digits(seed, 4)}{h8(seed + 'mid', 24).upper()}@CH3PR11MB{digits(seed + 'h', 4)}.namprd11.prod.outlook.com>"
    heads = [("Delivered-To", OWNER), ("Received", received(host, ip, date, h8(msgid, 10).upper())),
             ("Return-Path", f"<{frm[1]}>"), ("From", addr(*frm)),
             ("To", ", ".join(addr(n, e) for n, e in to_list))]
    if cc_list:
        heads.append(("Cc", ", ".join(addr(n, e) for n, e in cc_list)))
    heads += [("Subject", prefix + subject), ("Thread-Topic", subject),
              ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:16]).decode()),
              ("Date", rfcdate(date.astimezone(UTC))), ("Message-ID", msgid), ("Accept-Language", "en-US"),
              ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
              ("Content-class", "urn:content-classes:calendarmessage"), *extra_headers]
    return message(heads, ent), msgid


def ats_cal(prodid, method, uid, seq, start, end, summary, desc, location, organizer, attendees, dtstamp,
            tzid=None, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines += vtz_olson(tzid)
        zone = ZoneInfo(tzid)
        ds = f"DTSTART;TZID={tzid}:{ics_local(start, zone)}"
        de = f"DTEND;TZID={tzid}:{ics_local(end, zone)}"
    else:
        ds, de = f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(dtstamp)}", ds, de,
              f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}",
              f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", *attendees, f"STATUS:{status}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


def cal_attachment(cal, method, filename="invite.ics"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"', cal, "base64",
                [f'Content-Disposition: attachment; filename="{filename}"'])


def gcal_event(*, seed, created, updated, summary, description, location, organizer, start, end, tzname,
               attendees, status="confirmed", sequence=0, conference=None):
    eid = base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode().lower().rstrip("=")[:26]
    ev = {"kind": "calendar#event", "etag": f'"{digits(seed + "etag", 16)}"', "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits(seed + "ms", 3) + "Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if conference:
        ev["conferenceData"] = conference
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- labels

CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}

# =========================================================================== positives


@case("b176-01-workday-interview-datetime-table")
def c01():
    sent = wd(at(2026, 4, 9, 10, 42, LA, 7), "Thursday")
    s = wd(at(2026, 4, 16, 10, 0, NY), "Thursday")
    e = s + timedelta(hours=1)
    role, req = "Senior Manager, Brand Marketing", "R-0024817"
    rec = ("Trevor Osei", "trevor.osei@halberd-insurance.example")
    rows = [("Job Requisition", f"{req} {role}"),
            ("Interview Type", "Hiring Manager Interview (Video)"),
            ("Interview Date/Time", f"{mdY(s)} {hm(s)} - {hm(e)} (GMT-04:00) Eastern Time (New York)"),
            ("Interviewer(s)", "Colette Brandvold - VP, Brand & Creative"),
            ("Location", "Microsoft Teams - your recruiter will send the meeting link in a separate calendar invitation")]
    intro = "Hello Maren,\n\nGood news! An interview has been scheduled for you. Please review the details below."
    outro = (f"To see this interview and any other open tasks, sign in to Candidate Home:\n"
             f"https://wd5.myworkdayjobs.com/HalberdCareers/userHome\n\n"
             f"Need to make a change? Contact your recruiter, {rec[0]}, at {rec[1]}.\n"
             f"This mailbox is not monitored, so replies to this message will not be received.\n\n"
             f"Kind regards,\nHalberd Insurance Group | Talent Acquisition")
    plain = f"{intro}\n\n{kv_text(rows)}\n\n{outro}\n"
    inner = (paras_html(intro) + "\n" + table_html(rows) + "\n" + paras_html(outro)
             + '\n<p style="font-size:11px;color:#777777">Powered by Workday</p>')
    ent = multi("alternative", "----=_Part_4471029_1190388712.1775756527114", [
        leaf('text/plain; charset="UTF-8"', plain, "7bit"),
        leaf('text/html; charset="UTF-8"', html_doc(inner), "quoted-printable")])
    msgid = "<1312718364.88214.1775756527114.JavaMail.wdprod@wd5-prod-notify03.myworkday.com>"
    h = hdrs(sent, addr("Halberd Insurance Group", "halberd@myworkday.com"), OWNER,
             f"Interview Scheduled: {role} ({req})", msgid, "wd5-mta-03.myworkday.com", "198.51.100.23",
             "bounce-halberd@myworkday.com")
    lab = label([iv("Halberd Insurance Group", role, s, e, "scheduled", [], [rec[1]], "hiring_manager")],
                "medium", "positive/workday-table",
                "Workday 'Interview Scheduled' notice with an 'Interview Date/Time' table row in Eastern time "
                "(10:00 EDT = 9:00 Chicago). Interviewer named without an address -> follow-up to the recruiter "
                "named in the text; the myworkday.com sender is unmonitored.")
    return [("01-workday-interview-scheduled.eml", message(h, ent))], lab


@case("b176-02-taleo-phone-screen-across-dst")
def c02():
    sent = wd(at(2026, 3, 5, 9, 14, CHI, 22), "Thursday")   # CST, UTC-6
    s = wd(at(2026, 3, 10, 13, 30, CHI), "Tuesday")        # CDT, UTC-5 (DST began Mar 8)
    e = s + timedelta(minutes=30)
    role, req = "Marketing Manager, Snacks Portfolio", "2600123"
    rec = ("Gina Albrecht", "gina.albrecht@pellmontfoods.example")
    rows = [("Interview Date", longday(s)), ("Interview Time", f"{hm(s)} - {hm(e)} Central Time"),
            ("Interview Type", "Phone Screen (30 minutes)"),
            ("Interviewer", f"{rec[0]}, Senior Talent Acquisition Partner"),
            ("Location", "Gina will call you at the mobile number in your candidate profile (***-***-0147)")]
    plain = (f"Dear Maren Kowalczyk,\n\nThank you for your interest in the {role} position (Requisition {req}) at "
             f"Pellmont Foods. We are pleased to confirm your phone interview.\n\nINTERVIEW DETAILS\n"
             f"-----------------\n{kv_text(rows)}\n\n"
             f"During this conversation Gina will review your background, your interest in the role and the "
             f"next steps in our selection process.\n\n"
             f"If you need to reschedule, please reply to this message or contact Gina directly at {rec[1]}.\n\n"
             f"Sincerely,\n\nPellmont Foods Talent Acquisition\n\n"
             f"--------------------------------------------------------------\n"
             f"This message was sent to {OWNER} by Pellmont Foods through Oracle Taleo.\n"
             f"To view your submissions, log in to the Pellmont Foods career section:\n"
             f"https://pellmont.taleo.net/careersection/ex/mysubmissions.ftl\n")
    ent = leaf('text/plain; charset="UTF-8"', plain, "7bit")
    msgid = "<1909277413.1772723662004.JavaMail.tlprod@app14.tbe.taleo.net>"
    h = hdrs(sent, addr("Pellmont Foods Talent Acquisition", "noreply@taleo.net"), addr(OWNER_NAME, OWNER),
             f"Pellmont Foods - Phone Interview Confirmation - {role} ({req})", msgid, "mail14.tbe.taleo.net",
             "203.0.113.54", "noreply@taleo.net", reply_to=addr(*rec))
    lab = label([iv("Pellmont Foods", role, s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "medium", "positive/ats-body-dst",
                "Taleo text-only confirmation sent Mar 5 (CST, UTC-6) for Mar 10, after the Mar 8 DST switch: "
                "1:30 PM Central is UTC-5. The recruiter conducts the screen and is the Reply-To.")
    return [("01-taleo-phone-interview-confirmation.eml", message(h, ent))], lab


@case("b176-03-successfactors-panel-event-start")
def c03():
    sent = wd(at(2026, 4, 14, 16, 3, UTC, 51), "Tuesday")
    s = wd(at(2026, 4, 22, 14, 0, NY), "Wednesday")
    e = s + timedelta(minutes=90)
    role, req = "Integrated Marketing Manager", "48213"
    coord = ("Priscilla Nwosu", "priscilla.nwosu@varnholt.example")
    p1 = ("Dariusz Lemke", "dariusz.lemke@varnholt.example")
    p2 = ("Anjali Ferris", "anjali.ferris@varnholt.example")
    body = (f"Dear Maren Kowalczyk,\n\nYou have been scheduled for an interview for the position {role} "
            f"(Requisition ID {req}).\n\n"
            f"Event Start: {mdY(s)} {hm(s)} EDT\nEvent End: {mdY(e)} {hm(e)} EDT\n"
            f"Location: Microsoft Teams (link in the attached invitation)\n"
            f"Interviewers: {p1[0]} (Director, Integrated Marketing); {p2[0]} (Senior Manager, Digital Media)\n\n"
            f"This is a panel interview. Please prepare a 15-minute walkthrough of an integrated campaign you "
            f"led, followed by questions from the panel.\n\n"
            f"Please accept the attached calendar invitation. If you are unable to attend, contact "
            f"{coord[0]} at {coord[1]}.\n\nBest regards,\nVarnholt Industrial Talent Acquisition\n")
    desc = (f"Panel interview for {role} (Req {req}). Interviewers: {p1[0]}, {p2[0]}.\n\n" + teams_block("c03"))
    cal = ats_cal("-//SAP SuccessFactors//Interview Scheduling 2.0//EN", "REQUEST",
                  "SF-ISC-48213-7730915@varnholtP.successfactors.com", 0, s, e,
                  f"Interview: {role} - Maren Kowalczyk", desc, "Microsoft Teams Meeting", coord,
                  [att(OWNER_NAME, OWNER), att(p1[0], p1[1], partstat="ACCEPTED", rsvp=False),
                   att(p2[0], p2[1], partstat="ACCEPTED", rsvp=False)], sent, tzid="America/New_York")
    ent = multi("mixed", "----=_Part_220315_1473620977.1776182631902", [
        multi("alternative", "----=_Part_220314_845390113.1776182631902", [
            leaf('text/plain; charset="UTF-8"', body, "7bit"),
            leaf('text/html; charset="UTF-8"', html_doc(paras_html(body)), "quoted-printable")]),
        cal_attachment(cal, "REQUEST", "Interview.ics")])
    msgid = "<1402936615.220316.1776182631902@pc8bsfapi07.successfactors.com>"
    h = hdrs(sent, addr("Varnholt Industrial", "noreply@successfactors.com"), OWNER,
             f"Interview Invitation: {role} (Requisition {req})", msgid, "mail-out07.successfactors.com",
             "198.51.100.77", "noreply@successfactors.com")
    lab = label([iv("Varnholt Industrial", role, s, e, "scheduled", [p1[1], p2[1]], [p1[1], p2[1]], "onsite")],
                "medium", "positive/ats-email-with-ics",
                "SuccessFactors 'Event Start/Event End' wording plus .ics with America/New_York VTIMEZONE. Two-person "
                "panel -> onsite; coordinator only schedules.")
    return [("01-successfactors-interview-invitation.eml", message(h, ent))], lab


@case("b176-04-icims-confirmation-plus-outlook-invite")
def c04():
    s = wd(at(2026, 5, 12, 11, 0, LA), "Tuesday")
    e = s + timedelta(minutes=45)
    role = "Product Marketing Manager, Digital Therapeutics"
    coord = ("Holly Tran", "holly.tran@corvanehealth.example")
    hmgr = ("Bennett Arroyo", "bennett.arroyo@corvanehealth.example")
    sent1 = wd(at(2026, 5, 6, 12, 31, NY, 9), "Wednesday")
    rows = [("Date", longday(s)), ("Time", f"{hm(s)} - {hm(e)} (PDT)"), ("Interview Type", "Video - Microsoft Teams"),
            ("With", f"{hmgr[0]}, Sr. Director, Product Marketing")]
    intro = (f"Hi Maren,\n\nThank you for confirming your availability. Your interview for {role} "
             f"(Job ID 2026-7154) is confirmed.")
    outro = (f"Your recruiting coordinator, {coord[0]}, will send you a Microsoft Teams invitation from her "
             f"calendar. If anything changes, please contact Holly at {coord[1]}.\n\n"
             "We look forward to speaking with you!\n\nCorvane Health Talent Acquisition")
    plain = f"{intro}\n\n{kv_text(rows)}\n\n{outro}\n"
    inner = paras_html(intro) + "\n" + table_html(rows) + "\n" + paras_html(outro)
    ent = multi("alternative", "=_icims_8c2b04d1f7a94e3c", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(inner, "Helvetica,Arial,sans-serif"), "base64")])
    m1 = "<20260506163109.7154.4471@corvanehealth.icims.com>"
    mail1 = message(hdrs(sent1, addr("Corvane Health Careers", "no-reply@icims.com"), OWNER,
                         f"Interview Confirmed - {role}", m1, "smtp-out2.icims.com", "203.0.113.120",
                         "bounces+7154@icims.com"), ent)
    sent2 = wd(at(2026, 5, 6, 10, 2, LA, 44), "Wednesday")
    body = (f"Hi Maren,\n\nAs promised, here is the Teams invitation for your conversation with {hmgr[0]}, "
            f"our Senior Director of Product Marketing, for the {role} role. Bennett will spend most of the "
            f"time on your launch experience and how you partner with clinical and sales teams.\n\n"
            f"If you need the dial-in instead, it is included below.\n\n"
            f"Thanks,\nHolly\n\nHolly Tran | Recruiting Coordinator\nCorvane Health | San Diego, CA\n{coord[1]}")
    mail2, _ = exchange_mail(seed="c04", date=sent2, frm=coord, to_list=[(OWNER_NAME, OWNER), hmgr],
                             subject=f"Corvane Health: Maren Kowalczyk / Bennett Arroyo - {role}",
                             tzid="Pacific Standard Time", start=s, end=e, location="Microsoft Teams Meeting",
                             body=body, uid=exchange_uid("c04"), host="mail-co1nam11on2081.outbound.protection.outlook.com",
                             ip="40.107.220.81")
    lab = label([iv("Corvane Health", role, s, e, "scheduled", [hmgr[1]], [hmgr[1]], "hiring_manager")],
                "medium", "positive/dedupe-ats-plus-outlook",
                "iCIMS confirmation (PDT) and the coordinator's Exchange invite are the same interview. The Outlook "
                "'When' line says (UTC-08:00) Pacific but May is PDT: 11:00 PDT = 13:00 Chicago.")
    return [("01-icims-interview-confirmed.eml", mail1), ("02-outlook-teams-invite.eml", mail2)], lab


@case("b176-05-jobvite-reschedule-to-wednesday")
def c05():
    role = "Marketing Manager, Wealth Acquisition"
    coord = ("Simone Achterberg", "simone.achterberg@quillmark.example")
    hmgr = ("Rafael Okimoto", "rafael.okimoto@quillmark.example")
    s0 = wd(at(2026, 6, 1, 15, 0, NY), "Monday")
    s1 = wd(at(2026, 6, 3, 15, 0, NY), "Wednesday")
    dur = timedelta(minutes=45)
    uid = "jv-intv-5f0c2a9e41d7@jobvite.com"
    zoom = "https://quillmark.zoom.us/j/8841 2270 631".replace(" ", "")

    def jv(sent, s, seq, subject, lead, msgid, boundary):
        e = s + dur
        body = (f"Hi Maren,\n\n{lead}\n\nPosition: {role}\nWhen: {longday(s)}, {hm(s)} - {hm(e)} Eastern Daylight Time\n"
                f"Interviewer: {hmgr[0]}, Head of Wealth Marketing\nWhere: Zoom - {zoom}\n"
                f"Meeting ID: 884 1227 0631 / Passcode: 552190\n\n"
                f"Add the attached invitation to your calendar. Questions? Reply to this email to reach "
                f"{coord[0]}.\n\nQuillmark Financial Recruiting\n\n"
                "Sent via Jobvite. Jobvite, Inc., Indianapolis, IN\n")
        cal = ats_cal("-//Jobvite//Interview Scheduler//EN", "REQUEST", uid, seq, s, e,
                      f"Interview: Maren Kowalczyk - {role}", f"Interview with {hmgr[0]}. Zoom: {zoom}", zoom,
                      coord, [att(OWNER_NAME, OWNER), att(hmgr[0], hmgr[1], partstat="ACCEPTED", rsvp=False)],
                      sent, tzid="America/New_York")
        ent = multi("mixed", boundary, [
            multi("alternative", boundary + "_alt", [
                leaf('text/plain; charset="UTF-8"', body, "7bit"),
                leaf('text/html; charset="UTF-8"', html_doc(paras_html(body)), "quoted-printable")]),
            cal_attachment(cal, "REQUEST", "interview.ics")])
        return message(hdrs(sent, addr("Quillmark Financial", "no-reply@jobvite.com"), OWNER, subject, msgid,
                            "o7.email.jobvite.com", "198.51.100.140", "bounces@email.jobvite.com",
                            reply_to=addr(*coord)), ent)

    sent1 = wd(at(2026, 5, 26, 14, 20, UTC, 33), "Tuesday")
    m1 = "<0100019a1b2c3d4e-jv-interview-invite-1@email.jobvite.com>"
    mail1 = jv(sent1, s0, 0, f"Interview Invitation - {role}",
               "You're scheduled to interview with Quillmark Financial. Details are below.", m1, "jv_b_0001_a")
    sent2 = wd(at(2026, 5, 28, 9, 47, NY, 12), "Thursday")
    m2 = "<BN8PR04MB6114A1C2E0F4D6A1B9C7E2F1A0D3@BN8PR04MB6114.namprd04.prod.outlook.com>"
    t2 = (f"Hi Maren,\n\nRafael has just been pulled into board prep on Monday afternoon, so I'm sorry to ask - "
          f"could we move your interview to Wednesday ({s1:%B} {s1.day}) at the same time, 3:00 PM ET "
          f"(2:00 PM your time)? If that works I'll update the invitation in Jobvite.\n\n"
          f"Best,\nSimone\n\nSimone Achterberg\nRecruiting Coordinator | Quillmark Financial\n{coord[1]}\n")
    mail2 = message(hdrs(sent2, addr(*coord), addr(OWNER_NAME, OWNER), f"RE: Interview Invitation - {role}", m2,
                         "mail-bn8nam04on2101.outbound.protection.outlook.com", "40.107.100.101", coord[1],
                         in_reply_to=m1, references=m1),
                    multi("alternative", "_000_BN8PR04MB6114A1C2E0F4D6A1_", [
                        leaf('text/plain; charset="us-ascii"', t2, "quoted-printable"),
                        leaf('text/html; charset="us-ascii"', html_doc(paras_html(t2), "Calibri,sans-serif", "11pt"),
                             "quoted-printable")]))
    sent3 = wd(at(2026, 5, 28, 9, 15, CHI, 40), "Thursday")
    m3 = "<CAJr5mK2x8QpVd0Wn7uT3bYfLh1eRz9sA4cN6oG@mail.gmail.com>"
    t3 = ("Hi Simone,\n\nNo problem at all - Wednesday at 3:00 ET works for me.\n\nThanks,\nMaren\n\n"
          + gmail_attr(sent2, coord[0], coord[1]) + "\n" + quote(t2) + "\n")
    mail3 = message([("Delivered-To", OWNER), ("Date", rfcdate(sent3)), ("From", addr(OWNER_NAME, OWNER)),
                     ("To", addr(*coord)), ("Subject", f"Re: Interview Invitation - {role}"), ("Message-ID", m3),
                     ("In-Reply-To", m2), ("References", f"{m1} {m2}")],
                    multi("alternative", "000000000000a9c4e1064f2b8d17", [
                        leaf('text/plain; charset="UTF-8"', t3, "7bit"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t3) + "</div>\n",
                             "quoted-printable")]))
    sent4 = wd(at(2026, 5, 28, 14, 31, UTC, 5), "Thursday")
    m4 = "<0100019a1b2c3d4e-jv-interview-update-2@email.jobvite.com>"
    mail4 = jv(sent4, s1, 1, f"Updated Interview Invitation - {role}",
               "Your interview has been rescheduled. Please note the new date and time below; the previous "
               "time is no longer valid.", m4, "jv_b_0002_a")
    lab = label([iv("Quillmark Financial", role, s1, s1 + dur, "scheduled", [hmgr[1]], [hmgr[1]],
                    "hiring_manager")], "medium", "positive/reschedule-ats",
                "Jobvite invite for Mon Jun 1, coordinator asks to move to Wednesday, candidate agrees, Jobvite "
                "re-sends the same UID with SEQUENCE:1 for Wed Jun 3 3:00 PM EDT. Final time only.")
    return [("01-jobvite-interview-invitation.eml", mail1), ("02-coordinator-move-request.eml", mail2),
            ("03-maren-reply.eml", mail3), ("04-jobvite-updated-invitation.eml", mail4)], lab


@case("b176-06-smartrecruiters-cancelled-role-on-hold")
def c06():
    role = "Senior Marketing Manager, Innovation"
    intv = ("Lucia Ferrante", "lucia.ferrante@brightwaterbev.example")
    coord = ("Owen Mbeki", "owen.mbeki@brightwaterbev.example")
    s = wd(at(2026, 5, 21, 9, 30, CHI), "Thursday")
    e = s + timedelta(minutes=45)
    uid = "sr-interview-6a41f0e2-93b7-4c55-b0d8-21e6f3c9a7d4@smartrecruiters.com"
    sent1 = wd(at(2026, 5, 15, 18, 5, UTC, 12), "Friday")
    b1 = (f"Hi Maren,\n\nYour interview is confirmed.\n\n{role}\nBrightwater Beverage Co.\n\n"
          f"{s:%A}, {s:%B} {s.day}, {s.year} \u00b7 {hm(s)} \u2013 {hm(e)}\n(GMT-05:00) Central Time - Chicago\n\n"
          f"Interviewer: {intv[0]}, Senior Director, Consumer Marketing ({intv[1]})\n"
          f"Video call: https://brightwaterbev.zoom.us/j/93318470225\n\n"
          "Need to make changes? Use the link in your candidate portal or contact the hiring team.\n\n"
          "Good luck!\nBrightwater Beverage Co. Hiring Team\n\n"
          "You are receiving this message because you applied for a job via SmartRecruiters.\n")
    cal1 = ats_cal("-//SmartRecruiters//Interview//EN", "REQUEST", uid, 0, s, e,
                   f"Interview with Brightwater Beverage Co. - {role}",
                   f"Interviewer: {intv[0]}\nJoin: https://brightwaterbev.zoom.us/j/93318470225",
                   "https://brightwaterbev.zoom.us/j/93318470225", coord,
                   [att(OWNER_NAME, OWNER), att(intv[0], intv[1], partstat="ACCEPTED", rsvp=False)], sent1)
    m1 = "<01000197d3a54c1e-sr-interview-confirmed@email.smartrecruiters.com>"
    mail1 = message(hdrs(sent1, addr("Brightwater Beverage Co.", "no-reply@smartrecruiters.com"), OWNER,
                         f"Interview confirmed: {role}", m1, "a48-112.smtp-out.amazonses.com", "54.240.48.112",
                         "bounce@email.smartrecruiters.com"),
                    multi("mixed", "sr_mixed_2f8e11c0", [
                        multi("alternative", "sr_alt_2f8e11c0", [
                            leaf('text/plain; charset="UTF-8"', b1, "quoted-printable"),
                            leaf('text/html; charset="UTF-8"', html_doc(paras_html(b1)), "quoted-printable")]),
                        cal_attachment(cal1, "REQUEST")]))
    sent2 = wd(at(2026, 5, 19, 11, 12, NY, 45), "Tuesday")
    m2 = "<MN2PR07MB7040C8E1D5B4F3A2E1D0C9B8A7F6@MN2PR07MB7040.namprd07.prod.outlook.com>"
    t2 = (f"Hi Maren,\n\nI'm sorry to be sending this note. We learned this morning that the {role} requisition "
          f"has been put on hold as part of our FY27 planning, so we need to cancel your interview with Lucia on "
          f"Thursday. You'll receive a cancellation notice from SmartRecruiters shortly.\n\n"
          f"This has nothing to do with your candidacy - Lucia was looking forward to the conversation. If the "
          f"role reopens I will reach out to you first.\n\nWith apologies,\nOwen\n\n"
          f"Owen Mbeki | Talent Acquisition Partner\nBrightwater Beverage Co. | Boston, MA\n")
    mail2 = message(hdrs(sent2, addr(*coord), addr(OWNER_NAME, OWNER),
                         "Your interview on Thursday - Brightwater Beverage Co.", m2,
                         "mail-mn2nam07on2120.outbound.protection.outlook.com", "40.107.95.120", coord[1]),
                    multi("alternative", "_000_MN2PR07MB7040C8E1D5B4F3A2_", [
                        leaf('text/plain; charset="us-ascii"', t2, "7bit"),
                        leaf('text/html; charset="us-ascii"', html_doc(paras_html(t2), "Calibri,sans-serif", "11pt"),
                             "quoted-printable")]))
    sent3 = wd(at(2026, 5, 19, 15, 40, UTC, 2), "Tuesday")
    b3 = (f"Hi Maren,\n\nYour interview for {role} scheduled for {longday(s)} at {hm(s)} "
          f"(GMT-05:00) Central Time - Chicago has been canceled.\n\n"
          "The hiring team may contact you with further updates.\n\nBrightwater Beverage Co. Hiring Team\n")
    cal3 = ats_cal("-//SmartRecruiters//Interview//EN", "CANCEL", uid, 1, s, e,
                   f"Canceled: Interview with Brightwater Beverage Co. - {role}", "This interview has been canceled.",
                   "https://brightwaterbev.zoom.us/j/93318470225", coord, [att(OWNER_NAME, OWNER)], sent3,
                   status="CANCELLED")
    m3 = "<01000197e5f6a7b8-sr-interview-canceled@email.smartrecruiters.com>"
    mail3 = message(hdrs(sent3, addr("Brightwater Beverage Co.", "no-reply@smartrecruiters.com"), OWNER,
                         f"Interview canceled: {role}", m3, "a48-113.smtp-out.amazonses.com", "54.240.48.113",
                         "bounce@email.smartrecruiters.com"),
                    multi("mixed", "sr_mixed_7c0d5a91", [
                        leaf('text/plain; charset="UTF-8"', b3, "7bit"),
                        cal_attachment(cal3, "CANCEL")]))
    lab = label([iv("Brightwater Beverage Co.", role, s, e, "cancelled", [intv[1]], [intv[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "SmartRecruiters confirmation shown in the candidate's zone (GMT-05:00 Chicago, CDT) with a UTC .ics; "
                "the recruiter e-mail and a METHOD:CANCEL notice cancel it (requisition on hold). Kept as cancelled.")
    return [("01-smartrecruiters-interview-confirmed.eml", mail1), ("02-recruiter-cancellation.eml", mail2),
            ("03-smartrecruiters-interview-canceled.eml", mail3)], lab


@case("b176-07-avature-onsite-itinerary-chicago")
def c07():
    role = "Senior Marketing Manager, Loyalty & CRM"
    coord = ("Marisol Ekwueme", "marisol.ekwueme@tollgateretail.example")
    d = wd(at(2026, 6, 16, 9, 0, CHI), "Tuesday")
    panel = [("Nadine Castellanos", "nadine.castellanos@tollgateretail.example", "VP, Customer Marketing (hiring manager)", 0, 45),
             ("Graham Whitlock", "graham.whitlock@tollgateretail.example", "Director, CRM Analytics", 45, 45),
             ("Aiyana Brightman", "aiyana.brightman@tollgateretail.example", "Sr. Manager, Loyalty Program", 90, 45),
             ("Felix Odhiambo", "felix.odhiambo@tollgateretail.example", "Chief Marketing Officer", 195, 45)]
    lunch = (d + timedelta(minutes=135), d + timedelta(minutes=195))
    rows = []
    for n, em, title, o, ln in panel[:3]:
        rows.append((f"{hm(d + timedelta(minutes=o))} - {hm(d + timedelta(minutes=o + ln))}", f"{n} ({em})", title))
    rows.append((f"{hm(lunch[0])} - {hm(lunch[1])}", "Lunch with members of the Loyalty team", "Informal - not an interview"))
    n, em, title, o, ln = panel[3]
    rows.append((f"{hm(d + timedelta(minutes=o))} - {hm(d + timedelta(minutes=o + ln))}", f"{n} ({em})", title))
    s, e = d, d + timedelta(minutes=240)
    sent1 = wd(at(2026, 6, 9, 15, 40, CHI, 10), "Tuesday")
    intro = (f"Dear Maren,\n\nWe are excited to welcome you to Tollgate Retail Group headquarters for your onsite "
             f"interview for the {role} position. Your itinerary is below (all times Central).\n\n"
             f"Date: {longday(d)}\nLocation: Tollgate Retail Group HQ, 1100 W Fulton Market, 6th Floor, Chicago, IL\n"
             "Please check in at the 1st floor security desk by 8:45 AM with a photo ID.")
    outro = (f"Parking is not available on site; we recommend the Morgan Green/Pink Line stop. If you have any "
             f"questions or need accommodations, please contact {coord[0]} at {coord[1]}.\n\n"
             "Best regards,\nTollgate Retail Group Talent Acquisition")
    txt_rows = "\n".join(f"{a:<22}{b}\n{'':<22}{c}" for a, b, c in rows)
    plain = f"{intro}\n\nITINERARY\n{txt_rows}\n\n{outro}\n"
    inner = (paras_html(intro) + "\n" + table_html(rows, head=("Time (CT)", "Interviewer", "Title")) + "\n"
             + paras_html(outro))
    m1 = "<avature.tollgate.20260609204010.5571390@tollgate.avature.net>"
    mail1 = message(hdrs(sent1, addr("Tollgate Retail Group Careers", "tollgate@avature.net"), OWNER,
                         f"Your onsite interview itinerary - {role}", m1, "smtp2.avature.net", "203.0.113.201",
                         "bounces@avature.net", reply_to=addr(*coord)),
                    multi("alternative", "AVT_5571390_alt", [
                        leaf('text/plain; charset="UTF-8"', plain, "quoted-printable"),
                        leaf('text/html; charset="UTF-8"', html_doc(inner, "Georgia,serif"), "quoted-printable")]))
    sent2 = wd(at(2026, 6, 10, 9, 5, CHI, 31), "Wednesday")
    body = (f"Hi Maren,\n\nPlacing this on your calendar for your onsite interview. Your full itinerary was sent "
            f"from our careers site yesterday; you'll meet with Nadine, Graham, Aiyana and Felix, with lunch in "
            f"between.\n\nSee you on the 16th!\nMarisol\n\nMarisol Ekwueme\nRecruiting Coordinator, Tollgate Retail Group\n")
    mail2, _ = exchange_mail(seed="c07", date=sent2, frm=coord,
                             to_list=[(OWNER_NAME, OWNER)] + [(p[0], p[1]) for p in panel],
                             subject=f"Onsite Interview - Maren Kowalczyk ({role})", tzid="Central Standard Time",
                             start=s, end=e, location="Tollgate HQ - 1100 W Fulton Market, 6th Floor, Room 6B (Wabash)",
                             body=body, uid=exchange_uid("c07"), teams=False,
                             host="mail-dm6nam12on2110.outbound.protection.outlook.com", ip="40.107.243.110")
    ems = [p[1] for p in panel]
    lab = label([iv("Tollgate Retail Group", role, s, e, "scheduled", ems, ems, "onsite")], "medium",
                "positive/onsite-itinerary",
                "Avature itinerary table with four back-to-back sessions and a lunch break on one day plus a single "
                "Outlook hold 9:00-1:00 CT: one onsite from 9:00 to 1:00 with the four interviewers.")
    return [("01-avature-onsite-itinerary.eml", mail1), ("02-outlook-onsite-hold.eml", mail2)], lab


@case("b176-08-eightfold-two-rounds-one-email")
def c08():
    role = "Director, Demand Generation"
    rec = ("Yvette Lindqvist", "yvette.lindqvist@kesslervance.example")
    hmgr = ("Conrad Aldana", "conrad.aldana@kesslervance.example")
    s1 = wd(at(2026, 7, 13, 10, 0, LA), "Monday")
    e1 = s1 + timedelta(minutes=30)
    s2 = wd(at(2026, 7, 16, 13, 0, LA), "Thursday")
    e2 = s2 + timedelta(hours=1)
    c1, c2 = s1.astimezone(CHI), s2.astimezone(CHI)
    sent = wd(at(2026, 7, 8, 17, 22, UTC, 40), "Wednesday")
    body = (f"Hi Maren,\n\nYour interviews for {role} at Kessler-Vance Technologies are confirmed. Times are shown "
            f"in your time zone (Central Daylight Time).\n\n"
            f"Round 1 - Recruiter Conversation\n{longday(c1)}, {hm(c1)} - {hm(e1.astimezone(CHI))} CDT\n"
            f"With: {rec[0]}, Senior Talent Acquisition Partner ({rec[1]})\nFormat: Phone - Yvette will call you\n\n"
            f"Round 2 - Hiring Manager Interview\n{longday(c2)}, {hm(c2)} - {hm(e2.astimezone(CHI))} CDT\n"
            f"With: {hmgr[0]}, VP, Growth Marketing ({hmgr[1]})\n"
            "Format: Zoom - https://kesslervance.zoom.us/j/97104458812\n\n"
            "Calendar invitations for both rounds are attached. To request a change, reply to this email and "
            "your recruiter will help.\n\nKessler-Vance Talent Team\n\nPowered by Eightfold AI\n")
    cal1 = ats_cal("-//Eightfold AI//Interview Scheduling//EN", "REQUEST", "ef-7f3a91c2-r1@eightfold.ai", 0, s1, e1,
                   f"Kessler-Vance | Recruiter Conversation | {role}", f"Phone call with {rec[0]}.",
                   "Phone (recruiter will call)", rec,
                   [att(OWNER_NAME, OWNER), att(rec[0], rec[1], partstat="ACCEPTED", rsvp=False)], sent,
                   tzid="America/Los_Angeles")
    cal2 = ats_cal("-//Eightfold AI//Interview Scheduling//EN", "REQUEST", "ef-7f3a91c2-r2@eightfold.ai", 0, s2, e2,
                   f"Kessler-Vance | Hiring Manager Interview | {role}",
                   f"Interview with {hmgr[0]}. Zoom: https://kesslervance.zoom.us/j/97104458812",
                   "https://kesslervance.zoom.us/j/97104458812", rec,
                   [att(OWNER_NAME, OWNER), att(hmgr[0], hmgr[1], partstat="ACCEPTED", rsvp=False)], sent,
                   tzid="America/Los_Angeles")
    m = "<0101019b2f7e8d31-ef-interviews-confirmed-7f3a91c2@us-west-2.amazonses.com>"
    mail = message(hdrs(sent, addr("Kessler-Vance Talent Team", "no-reply@eightfold.ai"), OWNER,
                        f"Interviews confirmed: {role}", m, "a27-19.smtp-out.us-west-2.amazonses.com",
                        "54.240.27.19", "bounces@mail.eightfold.ai", reply_to=addr(*rec)),
                   multi("mixed", "ef_mixed_7f3a91c2", [
                       multi("alternative", "ef_alt_7f3a91c2", [
                           leaf('text/plain; charset="UTF-8"', body, "7bit"),
                           leaf('text/html; charset="UTF-8"', html_doc(paras_html(body)), "base64")]),
                       cal_attachment(cal1, "REQUEST", "round-1-recruiter.ics"),
                       cal_attachment(cal2, "REQUEST", "round-2-hiring-manager.ics")]))
    lab = label([iv("Kessler-Vance Technologies", role, c1, e1.astimezone(CHI), "scheduled", [rec[1]], [rec[1]],
                    "phone_screen"),
                 iv("Kessler-Vance Technologies", role, c2, e2.astimezone(CHI), "scheduled", [hmgr[1]], [hmgr[1]],
                    "hiring_manager")], "hard", "positive/two-interviews",
                "One Eightfold e-mail confirms two rounds on different days; body in CDT, attached .ics files in "
                "America/Los_Angeles (10:00 PDT = 12:00 CDT). Two interviews, each with its own interviewer.")
    return [("01-eightfold-interviews-confirmed.eml", mail)], lab


@case("b176-09-phenom-cancelled-then-new-booking")
def c09():
    role = "Marketing Manager, Oncology Brand"
    coord = ("Farida Qureshi", "farida.qureshi@harrowgatepharma.example")
    intv = ("Beatrix Hollingsworth", "beatrix.hollingsworth@harrowgatepharma.example")
    sa = wd(at(2026, 8, 4, 11, 0, NY), "Tuesday")
    sb = wd(at(2026, 8, 10, 10, 0, NY), "Monday")
    hr = timedelta(hours=1)
    frm = addr("Harrowgate Pharmaceuticals Talent Acquisition", "noreply@phenompeople.com")

    def confirm(sent, s, uid, msgid, bnd):
        rows = [("Position", role), ("Interview Date", longday(s)), ("Interview Time", f"{hm(s)} - {hm(s + hr)} EDT"),
                ("Interviewer", f"{intv[0]}, Senior Director, Oncology Marketing"), ("Meeting", "Microsoft Teams")]
        intro = "Hi Maren,\n\nYour interview has been confirmed. We look forward to speaking with you!"
        outro = (f"Please join from a quiet location with a working camera. For questions, contact {coord[0]} "
                 f"({coord[1]}).\n\nHarrowgate Pharmaceuticals Talent Acquisition")
        plain = f"{intro}\n\n{kv_text(rows)}\n\n{outro}\n"
        cal = ats_cal("-//Phenom//Interview Scheduling//EN", "REQUEST", uid, 0, s, s + hr,
                      f"Interview: {role} - Harrowgate Pharmaceuticals", teams_block(uid), "Microsoft Teams Meeting",
                      coord, [att(OWNER_NAME, OWNER), att(intv[0], intv[1], partstat="ACCEPTED", rsvp=False)],
                      sent, tzid="America/New_York")
        ent = multi("mixed", bnd, [multi("alternative", bnd + "-alt", [
            leaf('text/plain; charset="UTF-8"', plain, "7bit"),
            leaf('text/html; charset="UTF-8"', html_doc(paras_html(intro) + table_html(rows) + paras_html(outro)),
                 "quoted-printable")]), cal_attachment(cal, "REQUEST", "interview.ics")])
        return message(hdrs(sent, frm, OWNER, f"Interview Confirmed: {role}", msgid, "mta-12.phenompeople.com",
                            "198.51.100.212", "bounce@phenompeople.com", reply_to=addr(*coord)), ent)

    uid_a = "phx-sched-3b8e0c4f-a1@phenompeople.com"
    uid_b = "phx-sched-9d27f615-b1@phenompeople.com"
    sent1 = wd(at(2026, 7, 29, 13, 10, UTC), "Wednesday")
    mail1 = confirm(sent1, sa, uid_a, "<phx.3b8e0c4f.confirm@phenompeople.com>", "phx-3b8e0c4f")
    sent2 = wd(at(2026, 8, 3, 12, 2, UTC), "Monday")
    b2 = (f"Hi Maren,\n\nYour interview for {role} scheduled on {longday(sa)} at {hm(sa)} EDT has been cancelled.\n\n"
          "Your recruiter will be in touch regarding next steps.\n\nHarrowgate Pharmaceuticals Talent Acquisition\n")
    cal2 = ats_cal("-//Phenom//Interview Scheduling//EN", "CANCEL", uid_a, 1, sa, sa + hr,
                   f"Cancelled: Interview: {role} - Harrowgate Pharmaceuticals", "This interview has been cancelled.",
                   "Microsoft Teams Meeting", coord, [att(OWNER_NAME, OWNER), att(intv[0], intv[1])], sent2,
                   tzid="America/New_York", status="CANCELLED")
    mail2 = message(hdrs(sent2, frm, OWNER, f"Interview Cancelled: {role}", "<phx.3b8e0c4f.cancel@phenompeople.com>",
                         "mta-12.phenompeople.com", "198.51.100.212", "bounce@phenompeople.com",
                         reply_to=addr(*coord)),
                    multi("mixed", "phx-3b8e0c4f-x", [leaf('text/plain; charset="UTF-8"', b2, "7bit"),
                                                      cal_attachment(cal2, "CANCEL", "interview.ics")]))
    sent3 = wd(at(2026, 8, 3, 8, 25, NY), "Monday")
    t3 = ("Hi Maren,\n\nYou should have just received a cancellation for tomorrow's interview - my apologies. "
          "Beatrix has a family matter and will be out the rest of this week.\n\n"
          "She is still very keen to meet you, so I've asked our scheduling team to set up a new interview with "
          "her for next Monday morning. You'll get a fresh confirmation from our system shortly.\n\n"
          "Thanks for your flexibility,\nFarida\n\nFarida Qureshi\nTalent Acquisition Partner | Harrowgate Pharmaceuticals\n"
          "Princeton, NJ\n")
    m3 = "<SA1PR19MB5521E0B7C4A3F2D1E6C5B4A39281@SA1PR19MB5521.namprd19.prod.outlook.com>"
    mail3 = message(hdrs(sent3, addr(*coord), addr(OWNER_NAME, OWNER), f"Your interview with Beatrix - {role}", m3,
                         "mail-sa1nam19on2092.outbound.protection.outlook.com", "40.107.92.92", coord[1]),
                    multi("alternative", "_000_SA1PR19MB5521E0B7C4A3F2D1_", [
                        leaf('text/plain; charset="us-ascii"', t3, "quoted-printable"),
                        leaf('text/html; charset="us-ascii"', html_doc(paras_html(t3), "Calibri,sans-serif", "11pt"),
                             "quoted-printable")]))
    sent4 = wd(at(2026, 8, 3, 14, 45, UTC), "Monday")
    mail4 = confirm(sent4, sb, uid_b, "<phx.9d27f615.confirm@phenompeople.com>", "phx-9d27f615")
    # order: the coordinator's note (08:25 EDT = 12:25Z) arrives after the 12:02Z cancel notice
    lab = label([iv("Harrowgate Pharmaceuticals", role, sa, sa + hr, "cancelled", [intv[1]], [intv[1]], "hiring_manager"),
                 iv("Harrowgate Pharmaceuticals", role, sb, sb + hr, "scheduled", [intv[1]], [intv[1]], "hiring_manager")],
                "hard", "positive/cancel-then-rebook",
                "Phenom confirmation (UID A) for Tue Aug 4, METHOD:CANCEL for UID A, coordinator says a NEW interview "
                "will be set up, then a new confirmation with a different UID for Mon Aug 10 -> two entries "
                "(cancelled + scheduled) per the re-booking rule.")
    return [("01-phenom-interview-confirmed.eml", mail1), ("02-phenom-interview-cancelled.eml", mail2),
            ("03-recruiter-explains.eml", mail3), ("04-phenom-new-interview-confirmed.eml", mail4)], lab


@case("b176-10-standalone-ics-arizona-time")
def c10():
    role = "Customer Marketing Manager"
    coord = ("Kendra Yazzie", "kendra.yazzie@redmesafreight.example")
    hmgr = ("Tobias Wrenfield", "tobias.wrenfield@redmesafreight.example")
    s = wd(at(2026, 7, 22, 14, 0, PHX), "Wednesday")
    e = s + timedelta(minutes=45)
    stamp = at(2026, 7, 15, 19, 48, UTC, 3)
    desc = (f"When: {when_line(s, e, 'US Mountain Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            f"Hi Maren,\n\nThis is your interview with {hmgr[0]}, our VP of Marketing, for the {role} position. "
            "Tobias is the hiring manager for the role and will spend about 45 minutes with you. Note that our "
            "Phoenix office does not observe daylight saving time; 2:00 PM Arizona time is 4:00 PM in Chicago.\n\n"
            f"Thank you,\nKendra\n\nKendra Yazzie | Talent Acquisition\nRedmesa Freight Systems | Phoenix, AZ\n\n"
            + teams_block("c10"))
    cal = exchange_cal("REQUEST", exchange_uid("c10"), 0, "US Mountain Standard Time", s, e,
                       f"Redmesa Freight | {role} Interview - Maren Kowalczyk", desc, "Microsoft Teams Meeting", coord,
                       [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", True),
                        (hmgr[0], hmgr[1], "REQ-PARTICIPANT", "ACCEPTED", True)], stamp)
    assert s.astimezone(CHI).hour == 16
    lab = label([iv("Redmesa Freight Systems", role, s, e, "scheduled", [hmgr[1]], [hmgr[1]], "hiring_manager")],
                "medium", "positive/standalone-ics-arizona",
                "Standalone Exchange .ics with TZID 'US Mountain Standard Time' (Arizona, no DST): in July 2:00 PM "
                "Arizona is UTC-7 (same as Pacific daylight), 4:00 PM Chicago.")
    return [("01-redmesa-interview.ics", cal)], lab


@case("b176-11-recruiter-thread-plus-gcal-zoom")
def c11():
    role = "Senior Marketing Manager, Retirement Solutions"
    rec = ("Delphine Marchetti", "delphine.marchetti@fairhavenmutual.example")
    sent1 = wd(at(2026, 9, 14, 11, 5, LA, 22), "Monday")
    s = wd(at(2026, 9, 17, 13, 0, LA), "Thursday")
    e = s + timedelta(minutes=30)
    assert (s.date() - sent1.date()).days == 3
    m1 = "<CAH8kLq3vT0pWz1x9nE4rY6uB2oFjG5sD7cKm@mail.gmail.com>"
    t1 = (f"Hi Maren,\n\nThank you for applying to the {role} role at Fairhaven Mutual. Your background in "
          "lifecycle and B2B2C marketing stood out, and I'd like to set up a 30-minute introductory call - it's the "
          "first step in our interview process, and we'll cover the role, the team and your experience.\n\n"
          "Would this Thursday at 1:00 PM Pacific work for you? If not, send me a couple of windows that do.\n\n"
          f"Best,\nDelphine\n\n--\nDelphine Marchetti\nSenior Recruiter, Marketing & Communications\n"
          f"Fairhaven Mutual | Los Angeles, CA\n{rec[1]}\n")
    mail1 = message(hdrs(sent1, addr(*rec), addr(OWNER_NAME, OWNER), f"Fairhaven Mutual - {role}", m1,
                         "mail-sor-f41.google.com", "209.85.220.41", rec[1]),
                    multi("alternative", "0000000000004e1a7b064f9a13c2", [
                        leaf('text/plain; charset="UTF-8"', t1, "7bit"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t1) + "</div>\n",
                             "quoted-printable")]))
    sent2 = wd(at(2026, 9, 14, 14, 31, CHI, 9), "Monday")
    m2 = "<CAJr5mK0b7XwQe2Lp4zT8sNc1vHd6yRu9fAg3@mail.gmail.com>"
    t2 = ("Hi Delphine,\n\nThanks so much for reaching out. Thursday at 1:00 PT (3:00 my time in Chicago) works "
          "well. The best number to reach me is 312-555-0147.\n\nLooking forward to it,\nMaren\n\n"
          + gmail_attr(sent1, rec[0], rec[1]) + "\n" + quote(t1) + "\n")
    mail2 = message([("Delivered-To", OWNER), ("Date", rfcdate(sent2)), ("From", addr(OWNER_NAME, OWNER)),
                     ("To", addr(*rec)), ("Subject", f"Re: Fairhaven Mutual - {role}"), ("Message-ID", m2),
                     ("In-Reply-To", m1), ("References", m1)],
                    multi("alternative", "000000000000b3f2c8064f9a2d71", [
                        leaf('text/plain; charset="UTF-8"', t2, "7bit"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t2) + "</div>\n",
                             "quoted-printable")]))
    sent3 = wd(at(2026, 9, 14, 12, 50, LA), "Monday")
    m3 = "<CAH8kLq1mZ9aRt6yV3eW0pX8qU5iO2lK4jHb@mail.gmail.com>"
    t3 = ("Perfect - you're on my calendar for Thursday. I sent a Zoom invite; I'll also have your number handy "
          "in case the video gives us trouble.\n\nTalk soon,\nDelphine\n\n"
          + gmail_attr(sent2, OWNER_NAME, OWNER, LA) + "\n" + quote(t2) + "\n")
    mail3 = message(hdrs(sent3, addr(*rec), addr(OWNER_NAME, OWNER), f"Re: Fairhaven Mutual - {role}", m3,
                         "mail-sor-f41.google.com", "209.85.220.41", rec[1], in_reply_to=m2, references=f"{m1} {m2}"),
                    multi("alternative", "00000000000077d0e1064f9a3be9", [
                        leaf('text/plain; charset="UTF-8"', t3, "7bit"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t3) + "</div>\n",
                             "quoted-printable")]))
    zoom = "https://fairhavenmutual.zoom.us/j/86120943377?pwd=Qm9yZ2F0ZVJldGlyZW1lbnQ"
    ev = gcal_event(seed="c11", created=sent3 - timedelta(minutes=2), updated=sent3 - timedelta(minutes=1),
                    summary="Maren Kowalczyk <> Delphine Marchetti (Fairhaven Mutual)",
                    description=(f"Introductory call - {role}.\n\nJoin Zoom Meeting\n{zoom}\n\n"
                                 "Meeting ID: 861 2094 3377\nPasscode: 418552"),
                    location=zoom, organizer=rec, start=s, end=e, tzname="America/Los_Angeles",
                    attendees=[{"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}])
    lab = label([iv("Fairhaven Mutual", role, s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")], "medium",
                "positive/thread-plus-calendar-api",
                "Recruiter proposes 'this Thursday at 1:00 PM Pacific' on Mon Sep 14 -> Thu Sep 17; candidate accepts; "
                "the Calendar API event (Zoom) is the same interview. Recruiter conducts the intro call.")
    return [("01-recruiter-intro.eml", mail1), ("02-maren-accepts.eml", mail2), ("03-recruiter-confirms.eml", mail3),
            ("04-calendar-event.gcal.json", ev)], lab


@case("b176-12-thread-next-tuesday-after-dst-end")
def c12():
    role = "Director, Loyalty Marketing"
    rec = ("Ingrid S\u00f8rensen", "ingrid.sorensen@stonebridgehotels.example")
    sent1 = wd(at(2026, 10, 28, 16, 12, NY, 40), "Wednesday")     # EDT
    s = wd(at(2026, 11, 3, 14, 0, NY), "Tuesday")                 # EST after Nov 1
    e = s + timedelta(minutes=30)
    assert (s.date() - sent1.date()).days == 6 and s.astimezone(CHI).hour == 13
    sig = ("Ingrid S\u00f8rensen\nSenior Manager, Talent Acquisition - Marketing\nStonebridge Hotels & Resorts | "
           "Bethesda, MD\nM 301-555-0182")
    subj = f"{role} - next steps"
    m1 = "<DM4PR12MB6088F1A2B3C4D5E6F7A8B9C0D1E2@DM4PR12MB6088.namprd12.prod.outlook.com>"
    t1 = (f"Hi Maren,\n\nThank you for your application for our {role} opening. I'd love to schedule a "
          "30-minute phone conversation to learn more about your loyalty program work at Lakeshore and share more "
          "about the role.\n\nWould next Tuesday work? I have 10:00 AM or 2:00 PM Eastern open.\n\n"
          f"Kind regards,\nIngrid\n\n{sig}\n")

    def outlook_mail(sent, msgid, subject, text, bnd, irt=None, refs=None):
        return message(hdrs(sent, addr(*rec), addr(OWNER_NAME, OWNER), subject, msgid,
                            "mail-dm4nam12on2047.outbound.protection.outlook.com", "40.107.94.47", rec[1],
                            in_reply_to=irt, references=refs,
                            extra=[("Thread-Topic", subj), ("Content-Language", "en-US")]),
                       multi("alternative", bnd, [
                           leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                           leaf('text/html; charset="utf-8"', html_doc(paras_html(text), "Aptos,sans-serif", "11pt"),
                                "quoted-printable")]))
    mail1 = outlook_mail(sent1, m1, subj, t1, "_000_DM4PR12MB6088F1A2B3C4D5E6_")
    sent2 = wd(at(2026, 10, 28, 15, 40, CHI, 2), "Wednesday")
    m2 = "<CAJr5mK3pQ8wLz0Xn5cV2bT7yHf1sRd4eUo6@mail.gmail.com>"
    t2 = ("Hi Ingrid,\n\nThank you - I'd be glad to talk. 2:00 PM Eastern next Tuesday works for me (1:00 here in "
          "Chicago). My cell is 312-555-0147.\n\nBest,\nMaren\n\n"
          + gmail_attr(sent1, rec[0], rec[1]) + "\n" + quote(t1) + "\n")
    mail2 = message([("Delivered-To", OWNER), ("Date", rfcdate(sent2)), ("From", addr(OWNER_NAME, OWNER)),
                     ("To", addr(*rec)), ("Subject", f"Re: {subj}"), ("Message-ID", m2), ("In-Reply-To", m1),
                     ("References", m1)],
                    multi("alternative", "000000000000c71e09065280a4b3", [
                        leaf('text/plain; charset="UTF-8"', t2, "quoted-printable"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t2) + "</div>\n",
                             "quoted-printable")]))
    sent3 = wd(at(2026, 10, 29, 9, 3, NY, 15), "Thursday")
    m3 = "<DM4PR12MB60887A6B5C4D3E2F1A0B9C8D7E6F@DM4PR12MB6088.namprd12.prod.outlook.com>"
    t3 = ("Hi Maren,\n\nWonderful - you're confirmed for Tuesday at 2:00 PM ET. I'll call you at 312-555-0147; "
          "plan on about 30 minutes.\n\nTalk then,\nIngrid\n\n" + sig + "\n\n"
          + outlook_attr(sent2, f"{OWNER_NAME} <{OWNER}>", f"{rec[0]} <{rec[1]}>", f"Re: {subj}", NY) + "\n\n"
          + t2.split("\n\nOn ")[0] + "\n")
    mail3 = outlook_mail(sent3, m3, f"RE: {subj}", t3, "_000_DM4PR12MB60887A6B5C4D3E2F_", irt=m2,
                         refs=f"{m1} {m2}")
    lab = label([iv("Stonebridge Hotels & Resorts", role, s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "hard", "positive/thread-relative-date-dst",
                "Relative dates only: 'next Tuesday' from Wed Oct 28 and 'Tuesday' from Thu Oct 29 = Tue Nov 3, two "
                "days after US DST ends: 2:00 PM ET = UTC-5 (1:00 PM CST). Recruiter calls -> phone screen.")
    return [("01-recruiter-proposes.eml", mail1), ("02-maren-picks-time.eml", mail2),
            ("03-recruiter-confirms.eml", mail3)], lab


@case("b176-13-outlook-invite-candidate-withdraws")
def c13():
    role = "Marketing Manager, Industrial Products"
    coord = ("Harriet Vosberg", "harriet.vosberg@gatewood-mfg.example")
    hmgr = ("Marcus Obuya", "marcus.obuya@gatewood-mfg.example")
    s = wd(at(2026, 9, 24, 10, 0, CHI), "Thursday")
    e = s + timedelta(hours=1)
    sent1 = wd(at(2026, 9, 17, 14, 22, UTC, 10), "Thursday")
    uid = exchange_uid("c13")
    subject = f"Interview: Maren Kowalczyk - {role}"
    body = (f"Hi Maren,\n\nPlease find below the Teams details for your interview with {hmgr[0]}, Director of "
            f"Marketing, for the {role} position based in our Milwaukee headquarters.\n\n"
            f"Kind regards,\nHarriet\n\nHarriet Vosberg\nHR Coordinator | Gatewood Manufacturing\n")
    mail1, m1 = exchange_mail(seed="c13", date=sent1, frm=coord, to_list=[(OWNER_NAME, OWNER), hmgr],
                              subject=subject, tzid="Central Standard Time", start=s, end=e,
                              location="Microsoft Teams Meeting", body=body, uid=uid,
                              host="mail-bl0nam10on2130.outbound.protection.outlook.com", ip="40.107.68.130")
    sent2 = wd(at(2026, 9, 21, 19, 48, CHI, 33), "Monday")
    m2 = "<CAJr5mK9tB4nYq7Rm2xW6vE0cLp3sHg8dZk1@mail.gmail.com>"
    t2 = (f"Hi Harriet,\n\nThank you and Marcus for the time you've invested in my candidacy. After a lot of thought "
          f"about the requirement to be in the Milwaukee office four days a week, I've decided to withdraw from "
          f"consideration for the {role} role.\n\nPlease cancel Thursday's interview with Marcus - I'm sorry for "
          "the short notice, and I hope our paths cross again.\n\nBest regards,\nMaren Kowalczyk\n")
    mail2 = message([("Delivered-To", OWNER), ("Date", rfcdate(sent2)), ("From", addr(OWNER_NAME, OWNER)),
                     ("To", addr(*coord)), ("Subject", f"Withdrawing my application - {role}"), ("Message-ID", m2)],
                    multi("alternative", "000000000000e4d3a1064fa0b8c5", [
                        leaf('text/plain; charset="UTF-8"', t2, "7bit"),
                        leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + paras_html(t2) + "</div>\n",
                             "quoted-printable")]))
    sent3 = wd(at(2026, 9, 22, 13, 5, UTC, 55), "Tuesday")
    body3 = ("Hi Maren,\n\nThank you for letting us know, and best of luck in your search. I've cancelled the "
             "meeting.\n\nHarriet\n")
    mail3, _ = exchange_mail(seed="c13c", date=sent3, frm=coord, to_list=[(OWNER_NAME, OWNER), hmgr],
                             subject=subject, tzid="Central Standard Time", start=s, end=e,
                             location="Microsoft Teams Meeting", body=body3, uid=uid, seq=1, method="CANCEL",
                             teams=False, prefix="Canceled: ",
                             host="mail-bl0nam10on2130.outbound.protection.outlook.com", ip="40.107.68.130",
                             extra_headers=[("In-Reply-To", m2), ("References", m2), ("Importance", "high")])
    lab = label([iv("Gatewood Manufacturing", role, s, e, "cancelled", [hmgr[1]], [hmgr[1]], "hiring_manager")],
                "medium", "positive/cancellation-withdrawal",
                "Exchange invite (Central Standard Time TZID, CDT in September), the candidate withdraws by e-mail, "
                "then the coordinator sends 'Canceled:' METHOD:CANCEL. Kept as cancelled at 10:00 CDT.")
    return [("01-outlook-interview-invite.eml", mail1), ("02-maren-withdraws.eml", mail2),
            ("03-outlook-canceled.eml", mail3)], lab

# =========================================================================== negatives


@case("b176-14-workday-task-hirevue-on-demand")
def c14():
    role, req = "Brand Manager, Oral Care", "R-10377"
    due = wd(at(2026, 4, 24, 23, 59, NY), "Friday")
    sent1 = wd(at(2026, 4, 20, 8, 15, LA, 2), "Monday")
    t1 = (f"Hello Maren,\n\nThank you for applying to {role} ({req}) at Dunmore Consumer Health.\n\n"
          "The next step in our hiring process is a digital interview. You have a new task waiting in Candidate "
          "Home:\n\n"
          f"Task: Complete Digital Interview (HireVue)\nDue Date: {mdY(due)} 11:59 PM Eastern Time\n\n"
          "Sign in to Candidate Home to complete your task:\nhttps://wd1.myworkdayjobs.com/DunmoreCareers/userHome\n\n"
          "You will receive a separate email from HireVue with your personal interview link.\n\n"
          "Dunmore Consumer Health Talent Acquisition\n\nPlease do not reply to this email.\n")
    m1 = "<884120733.31206.1776698102441.JavaMail.wdprod@wd1-prod-notify01.myworkday.com>"
    mail1 = message(hdrs(sent1, addr("Dunmore Consumer Health", "dunmore@myworkday.com"), OWNER,
                         "Action Required: Complete your task - Digital Interview", m1, "wd1-mta-01.myworkday.com",
                         "198.51.100.21", "bounce-dunmore@myworkday.com"),
                    multi("alternative", "----=_Part_31206_2093811740.1776698102441", [
                        leaf('text/plain; charset="UTF-8"', t1, "7bit"),
                        leaf('text/html; charset="UTF-8"', html_doc(paras_html(t1)), "quoted-printable")]))
    sent2 = wd(at(2026, 4, 20, 15, 16, UTC, 40), "Monday")
    t2 = (f"Hi Maren,\n\nDunmore Consumer Health has invited you to complete an on-demand video interview for "
          f"{role}.\n\nThis is a one-way interview: you will see each question on screen and record your answer. "
          "Nobody from Dunmore will be live on the call, and you can start at any time that suits you before the "
          f"deadline.\n\nQuestions: 5 video responses (up to 3 minutes each)\nEstimated time: 25 minutes\n"
          f"Complete by: {longday(due)}, 11:59 PM ET\n\n"
          "Start your interview: https://app.hirevue.com/interviews/7QpXz2bLm9/dunmore-brand-manager\n\n"
          "Tips: use Chrome or the HireVue app, find a quiet spot, and try the practice question first.\n\n"
          "Good luck!\nThe HireVue Team on behalf of Dunmore Consumer Health\n")
    m2 = "<0100018f2c9a7e61-hv-invite-7QpXz2bLm9@email.hirevue.com>"
    mail2 = message(hdrs(sent2, addr("Dunmore Consumer Health via HireVue", "no-reply@hirevue.com"), OWNER,
                         f"Your on-demand video interview with Dunmore Consumer Health", m2,
                         "a8-31.smtp-out.amazonses.com", "54.240.8.31", "bounces@email.hirevue.com"),
                    multi("alternative", "hv_7QpXz2bLm9", [
                        leaf('text/plain; charset="UTF-8"', t2, "7bit"),
                        leaf('text/html; charset="UTF-8"', html_doc(paras_html(t2)), "base64")]))
    lab = label([], "hard", "negative/one-way-video-assessment",
                "Workday 'complete your task' + HireVue on-demand (one-way, recorded) 'interview' with only a due date. "
                "Not a live conversation.")
    return [("01-workday-task-digital-interview.eml", mail1), ("02-hirevue-on-demand-invite.eml", mail2)], lab


@case("b176-15-workday-candidate-home-interview-stage")
def c15():
    role, req = "Marketing Manager, Small Business Banking", "R-3310"
    sent1 = wd(at(2026, 2, 3, 7, 58, LA, 41), "Tuesday")
    t1 = ("Hello Maren,\n\nWelcome to Ledgerstone Bancorp's Candidate Home! Your account has been created.\n\n"
          f"Username: {OWNER}\n\nFrom Candidate Home you can track your applications, complete tasks, and "
          "update your profile:\nhttps://wd3.myworkdayjobs.com/LedgerstoneCareers/userHome\n\n"
          "If you did not create this account, please contact careers@ledgerstonebancorp.example.\n\n"
          "Ledgerstone Bancorp Talent Acquisition\n")
    m1 = "<552091384.10944.1770134321118.JavaMail.wdprod@wd3-prod-notify02.myworkday.com>"
    mail1 = message(hdrs(sent1, addr("Ledgerstone Bancorp", "ledgerstone@myworkday.com"), OWNER,
                         "Welcome to Candidate Home - Ledgerstone Bancorp", m1, "wd3-mta-02.myworkday.com",
                         "198.51.100.32", "bounce-ledgerstone@myworkday.com"),
                    multi("alternative", "----=_Part_10944_118822190.1770134321118", [
                        leaf('text/plain; charset="UTF-8"', t1, "7bit"),
                        leaf('text/html; charset="UTF-8"', html_doc(paras_html(t1)), "quoted-printable")]))
    sent2 = wd(at(2026, 2, 17, 9, 31, LA, 5), "Tuesday")
    rows = [("Job Requisition", f"{req} {role}"), ("Status", "Interview"), ("Updated", mdY(sent2))]
    intro = ("Hello Maren,\n\nThe status of your application has been updated. Congratulations on moving forward "
             "in our process!")
    outro = ("A member of our Talent Acquisition team will contact you to coordinate interview availability. "
             "There is nothing you need to do right now. You can review your application at any time in Candidate "
             "Home:\nhttps://wd3.myworkdayjobs.com/LedgerstoneCareers/userHome\n\n"
             "Ledgerstone Bancorp Talent Acquisition\nThis mailbox is not monitored.")
    plain = f"{intro}\n\n{kv_text(rows)}\n\n{outro}\n"
    m2 = "<552187702.11390.1775147465002.JavaMail.wdprod@wd3-prod-notify02.myworkday.com>"
    mail2 = message(hdrs(sent2, addr("Ledgerstone Bancorp", "ledgerstone@myworkday.com"), OWNER,
                         f"Application Status Update: {role} ({req})", m2, "wd3-mta-02.myworkday.com",
                         "198.51.100.32", "bounce-ledgerstone@myworkday.com"),
                    multi("alternative", "----=_Part_11390_40021885.1775147465002", [
                        leaf('text/plain; charset="UTF-8"', plain, "7bit"),
                        leaf('text/html; charset="UTF-8"',
                             html_doc(paras_html(intro) + table_html(rows) + paras_html(outro)), "quoted-printable")]))
    lab = label([], "medium", "negative/candidate-home-status",
                "Workday Candidate Home account mail and a status change to 'Interview' with no date, time or booking "
                "(someone will reach out).")
    return [("01-candidate-home-welcome.eml", mail1), ("02-status-update-interview-stage.eml", mail2)], lab


@case("b176-16-docusign-offer-and-orientation-invite")
def c16():
    role = "Senior Manager, Audience Marketing"
    hr = ("Rosalind Achebe", "rosalind.achebe@thornburymedia.example")
    sent1 = wd(at(2026, 11, 18, 16, 44, UTC, 12), "Wednesday")
    t1 = (f"{hr[0]} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n"
          "https://na3.docusign.net/Signing/EmailStart.aspx?a=6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f&etti=24&acct=3c1b9a77\n\n"
          f"{hr[0]}\n{hr[1]}\n\n"
          f"Hi Maren,\n\nCongratulations! Thank you again for the time you spent interviewing with our team over the "
          f"past few weeks. We're delighted to offer you the position of {role}. Please review and sign your offer "
          f"letter by Monday, November 23.\n\nWarm regards,\nRosalind\n\n"
          "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, "
          "link, or access code with others.\n\nAbout Docusign\nSign documents electronically in just minutes. It's "
          "safe, secure, and legally binding.\n")
    wd(at(2026, 11, 23, 12, 0, NY), "Monday")
    m1 = "<6f1e2d3c4b5a49688776@na3.docusign.net>"
    mail1 = message(hdrs(sent1, addr(f"{hr[0]} via Docusign", "dse_NA3@docusign.net"), addr(OWNER_NAME, OWNER),
                         f"Complete with Docusign: Thornbury Media Group - Offer Letter - {OWNER_NAME}", m1,
                         "mailna3.docusign.net", "64.207.219.73", "dse_NA3@docusign.net", reply_to=addr(*hr)),
                    multi("alternative", "----=_NextPart_6f1e2d3c4b5a4968", [
                        leaf('text/plain; charset="utf-8"', t1, "quoted-printable"),
                        leaf('text/html; charset="utf-8"', html_doc(paras_html(t1), "Helvetica,Arial,sans-serif"),
                             "base64")]))
    s = wd(at(2026, 12, 7, 10, 0, NY), "Monday")
    e = s + timedelta(hours=3)
    sent2 = wd(at(2026, 11, 24, 15, 2, UTC, 19), "Tuesday")
    body = ("Welcome to Thornbury Media Group!\n\nPlease join us for New Hire Orientation on your first day. We'll "
            "cover benefits enrollment, IT setup, our values and your first-week schedule. Your laptop will be "
            "shipped to your home address before your start date.\n\nThornbury People Team\n")
    mail2, _ = exchange_mail(seed="c16", date=sent2, frm=("Thornbury People Team", "onboarding@thornburymedia.example"),
                             to_list=[(OWNER_NAME, OWNER)], subject="New Hire Orientation (Virtual) - Day 1",
                             tzid="Eastern Standard Time", start=s, end=e, location="Microsoft Teams Meeting",
                             body=body, uid=exchange_uid("c16"),
                             host="mail-bn1nam02on2071.outbound.protection.outlook.com", ip="40.107.212.71")
    lab = label([], "hard", "negative/offer-esign-onboarding",
                "DocuSign offer letter ('thank you for interviewing') and an Exchange invite for New Hire Orientation "
                "- post-offer onboarding, not an interview.")
    return [("01-docusign-offer-letter.eml", mail1), ("02-new-hire-orientation-invite.eml", mail2)], lab


@case("b176-17-reference-call-owner-is-reference")
def c17():
    rec = ("Warren Keel", "warren.keel@castlerockbank.example")
    sent1 = wd(at(2026, 10, 12, 10, 4, CHI), "Monday")
    s = wd(at(2026, 10, 14, 11, 0, CHI), "Wednesday")
    e = s + timedelta(minutes=20)
    m1 = "<PH0PR08MB7412B1C2D3E4F5A6B7C8D9E0F1A2@PH0PR08MB7412.namprd08.prod.outlook.com>"
    t1 = ("Hi Maren,\n\nJulian Pereira is a finalist for our Senior Marketing Analyst position and listed you as a "
          "professional reference from your time together at Lakeshore Consumer Brands.\n\n"
          "Would you have 20 minutes for a reference call? I'm free Wednesday at 11:00 AM CT. I'll ask about "
          "Julian's strengths, areas for development and how he works with cross-functional partners.\n\n"
          "Thank you in advance,\nWarren\n\nWarren Keel | Talent Acquisition\nCastlerock Bank | Chicago, IL\n")
    mail1 = message(hdrs(sent1, addr(*rec), addr(OWNER_NAME, OWNER), "Reference check for Julian Pereira - Castlerock Bank",
                         m1, "mail-ph0nam08on2101.outbound.protection.outlook.com", "40.107.93.101", rec[1]),
                    multi("alternative", "_000_PH0PR08MB7412B1C2D3E4F5A6_", [
                        leaf('text/plain; charset="us-ascii"', t1, "7bit"),
                        leaf('text/html; charset="us-ascii"', html_doc(paras_html(t1), "Calibri,sans-serif", "11pt"),
                             "quoted-printable")]))
    sent2 = wd(at(2026, 10, 12, 12, 17, CHI, 51), "Monday")
    m2 = "<CAJr5mK7hD2gFq9Wx0cY5nT3vLb8sPe1aRm4@mail.gmail.com>"
    t2 = ("Hi Warren,\n\nHappy to help - Julian was a terrific colleague. Wednesday at 11 CT works; you can reach "
          "me at 312-555-0147.\n\nMaren\n\n" + gmail_attr(sent1, rec[0], rec[1]) + "\n" + quote(t1) + "\n")
    mail2 = message([("Delivered-To", OWNER), ("Date", rfcdate(sent2)), ("From", addr(OWNER_NAME, OWNER)),
                     ("To", addr(*rec)), ("Subject", "Re: Reference check for Julian Pereira - Castlerock Bank"),
                     ("Message-ID", m2), ("In-Reply-To", m1), ("References", m1)],
                    leaf('text/plain; charset="UTF-8"', t2, "7bit"))
    ev = gcal_event(seed="c17", created=sent2 + timedelta(minutes=40), updated=sent2 + timedelta(minutes=41),
                    summary="Reference Check: Julian Pereira (Candidate) - Maren Kowalczyk",
                    description=("Reference interview for candidate Julian Pereira, Senior Marketing Analyst. "
                                 "Warren will call Maren at 312-555-0147."),
                    location="Phone", organizer=rec, start=s, end=e, tzname="America/Chicago",
                    attendees=[{"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True,
                                "responseStatus": "accepted"}])
    lab = label([], "hard", "negative/reference-check",
                "The owner is a reference for someone else's candidacy; the calendar event is even called a "
                "'reference interview', but she is not the candidate.")
    return [("01-reference-request.eml", mail1), ("02-maren-agrees.eml", mail2), ("03-reference-call.gcal.json", ev)], lab


@case("b176-18-sterling-background-and-drug-screen")
def c18():
    sent1 = wd(at(2026, 10, 5, 14, 20, UTC, 7), "Monday")
    t1 = ("Hello Maren,\n\nWexford Consumer Goods has requested a background screening as part of your "
          "pre-employment process. Sterling has been selected to conduct this screening.\n\n"
          "ACTION REQUIRED: Please complete your background check form within 3 business days.\n\n"
          "Start here: https://candidate.sterlingcheck.com/invite/WXF-4471902\n\n"
          "You will need your Social Security number, address history for the last 7 years, and employment "
          "history. If you have questions, contact Sterling Candidate Care.\n\n"
          "Sterling\n\nThis is an automated message. Please do not reply.\n")
    m1 = "<20261005142007.WXF4471902.invite@notifications.sterlingcheck.com>"
    mail1 = message(hdrs(sent1, addr("Sterling", "noreply@sterlingcheck.com"), OWNER,
                         "Action Required: Complete your background check for Wexford Consumer Goods", m1,
                         "mta3.notifications.sterlingcheck.com", "203.0.113.88", "bounce@sterlingcheck.com"),
                    multi("alternative", "ster_4471902_a", [
                        leaf('text/plain; charset="UTF-8"', t1, "7bit"),
                        leaf('text/html; charset="UTF-8"', html_doc(paras_html(t1)), "quoted-printable")]))
    s = wd(at(2026, 10, 9, 8, 30, CHI), "Friday")
    e = s + timedelta(minutes=30)
    sent2 = wd(at(2026, 10, 6, 17, 45, UTC, 30), "Tuesday")
    rows = [("Appointment Date/Time", f"{longday(s)}, {hm(s)} CDT"), ("Service", "Pre-employment drug screen (10-panel)"),
            ("Collection Site", "Patient Service Center #4471, 200 W Adams St, Suite 110, Chicago, IL 60606"),
            ("Registration ID", "WXF-4471902-DT")]
    intro = "Hello Maren,\n\nYour drug test appointment for Wexford Consumer Goods is confirmed."
    outro = ("Bring a government-issued photo ID and this registration ID. Arrive 10 minutes early. If you need to "
             "change the appointment, use the link in your Sterling candidate portal.\n\nSterling")
    plain = f"{intro}\n\n{kv_text(rows)}\n\n{outro}\n"
    cal = ats_cal("-//Sterling//Scheduling//EN", "PUBLISH", "WXF-4471902-DT@sterlingcheck.com", 0, s, e,
                  "Drug Screen Appointment - Wexford Consumer Goods (Pre-Employment)",
                  "Registration ID WXF-4471902-DT. Bring photo ID.", rows[2][1],
                  ("Sterling Scheduling", "noreply@sterlingcheck.com"), [att(OWNER_NAME, OWNER)], sent2,
                  tzid="America/Chicago")
    m2 = "<20261006174530.WXF4471902.appt@notifications.sterlingcheck.com>"
    mail2 = message(hdrs(sent2, addr("Sterling", "noreply@sterlingcheck.com"), OWNER,
                         "Your drug test appointment is confirmed", m2, "mta3.notifications.sterlingcheck.com",
                         "203.0.113.88", "bounce@sterlingcheck.com"),
                    multi("mixed", "ster_4471902_m", [
                        multi("alternative", "ster_4471902_m_alt", [
                            leaf('text/plain; charset="UTF-8"', plain, "7bit"),
                            leaf('text/html; charset="UTF-8"',
                                 html_doc(paras_html(intro) + table_html(rows) + paras_html(outro)), "quoted-printable")]),
                        leaf('text/calendar; charset="UTF-8"; method=PUBLISH; name="appointment.ics"', cal, "base64",
                             ['Content-Disposition: attachment; filename="appointment.ics"'])]))
    lab = label([], "hard", "negative/background-check",
                "Sterling background-check request and a booked drug-screen appointment with 'Appointment Date/Time' "
                "and an .ics - pre-employment screening, not an interview.")
    return [("01-sterling-background-check.eml", mail1), ("02-sterling-drug-test-appointment.eml", mail2)], lab


@case("b176-19-forwarded-employee-survey-listening-interview")
def c19():
    work = "maren.kowalczyk@lakeshorebrands.example"
    pi = ("Lakeshore People Insights", "peopleinsights@lakeshorebrands.example")
    orig = wd(at(2026, 10, 8, 14, 14, CHI), "Thursday")
    s = wd(at(2026, 10, 15, 14, 0, CHI), "Thursday")
    sent = wd(at(2026, 10, 8, 19, 2, CHI, 11), "Thursday")
    fwd = (f"From: {pi[0]} <{pi[1]}>\nSent: {longday(orig)} {hm(orig)}\nTo: {OWNER_NAME} <{work}>\n"
           "Subject: You've been selected: 2026 Employee Listening Survey + follow-up interview\n\n"
           "Hi Maren,\n\nThank you for completing the 2026 Employee Listening Survey in Workday Peakon. Your voice "
           "shapes how we grow Lakeshore.\n\nYou have been randomly selected for an optional, confidential 30-minute "
           f"follow-up listening interview with our People Insights team on {s:%A}, {s:%B} {s.day} at {hm(s)} CT. "
           "These conversations help us understand the survey results behind the numbers; nothing you share will be "
           "attributed to you or shared with your manager.\n\n"
           "If the time doesn't work, just reply and we'll find another slot, or let us know if you'd prefer to opt "
           "out.\n\nThank you,\nPeople Insights | Lakeshore Consumer Brands\n")
    t = ("Saving this to look at from home - need to decide whether to do the follow-up.\n\n"
         "________________________________\n" + fwd)
    m = "<BY5PR02MB6820C3D4E5F6A7B8C9D0E1F2A3B4@BY5PR02MB6820.namprd02.prod.outlook.com>"
    mail = message(hdrs(sent, addr(OWNER_NAME, work), OWNER,
                        "Fwd: You've been selected: 2026 Employee Listening Survey + follow-up interview", m,
                        "mail-by5nam02on2072.outbound.protection.outlook.com", "40.107.236.72", work,
                        extra=[("Thread-Topic", "You've been selected: 2026 Employee Listening Survey + follow-up interview"),
                               ("Content-Language", "en-US")]),
                   multi("alternative", "_000_BY5PR02MB6820C3D4E5F6A7B8_", [
                       leaf('text/plain; charset="us-ascii"', t, "quoted-printable"),
                       leaf('text/html; charset="us-ascii"', html_doc(paras_html(t), "Aptos,sans-serif", "11pt"),
                            "quoted-printable")]))
    lab = label([], "hard", "negative/internal-employee-survey",
                "Owner forwards from her current employer's account an employee-survey follow-up 'listening interview' "
                "with a date and time - internal HR research, not a hiring process.")
    return [("01-fwd-employee-listening-survey.eml", mail)], lab


@case("b176-20-phenom-job-alert-interview-titles")
def c20():
    sent = wd(at(2026, 7, 21, 12, 0, UTC, 4), "Tuesday")
    jobs = [("Interview Scheduling Coordinator - Talent Acquisition", "Chicago, IL", "REQ-88120"),
            ("Marketing Manager, Private Brands", "Chicago, IL", "REQ-88031"),
            ("Consumer Insights Manager - Shopper Interviews & Research", "Oak Brook, IL", "REQ-87994"),
            ("Senior Manager, Brand Marketing (Hybrid)", "Chicago, IL", "REQ-87950"),
            ("Marketing Coordinator, In-Store Events", "Naperville, IL", "REQ-87902")]
    lines = "\n\n".join(f"{t}\n{loc} | {r}\nhttps://careers.everlygrocers.example/us/en/job/{r}" for t, loc, r in jobs)
    intro = ("Hi Maren,\n\nHere are new jobs at Everly Grocers that match your job alert \"marketing - Chicago, "
             "IL\". Apply soon - the hiring teams are actively interviewing.")
    outro = ("Want fewer emails? Manage your job alerts: https://careers.everlygrocers.example/us/en/jobalerts\n\n"
             "Everly Grocers Talent Community\nYou are receiving this because you joined our Talent Community.")
    plain = f"{intro}\n\n{lines}\n\n{outro}\n"
    inner = paras_html(intro) + table_html([(t, loc, r) for t, loc, r in jobs], head=("Job", "Location", "ID")) + paras_html(outro)
    m = "<20260721120004.jobalert.91c3e7@talentcommunity.phenompeople.com>"
    mail = message(hdrs(sent, addr("Everly Grocers Careers", "talentcommunity@phenompeople.com"), OWNER,
                        "5 new jobs for you: Interview Scheduling Coordinator, Marketing Manager and more", m,
                        "mta-07.phenompeople.com", "198.51.100.207", "bounce@phenompeople.com",
                        extra=[("List-Unsubscribe", "<https://careers.everlygrocers.example/us/en/jobalerts/unsubscribe>")]),
                   multi("alternative", "phx-alert-91c3e7", [
                       leaf('text/plain; charset="UTF-8"', plain, "7bit"),
                       leaf('text/html; charset="UTF-8"', html_doc(inner), "quoted-printable")]))
    lab = label([], "easy", "negative/job-alert",
                "Phenom talent-community job alert whose job titles contain 'Interview'; no interview for the owner.")
    return [("01-phenom-job-alert.eml", mail)], lab


@case("b176-21-oracle-self-schedule-slots-unbooked")
def c21():
    role = "Marketing Manager, Service Line Growth"
    rec = ("Terrence Gallo", "terrence.gallo@alderbrookhealth.example")
    slots = [wd(at(2026, 6, 9, 10, 0, CHI), "Tuesday"), wd(at(2026, 6, 9, 14, 0, CHI), "Tuesday"),
             wd(at(2026, 6, 10, 11, 30, CHI), "Wednesday")]
    sent1 = wd(at(2026, 6, 2, 15, 12, UTC, 48), "Tuesday")
    slot_txt = "\n".join(f"  - {longday(x)}, {hm(x)} - {hm(x + timedelta(minutes=45))} Central Time" for x in slots)
    t1 = (f"Dear Maren,\n\nThank you for your interest in the {role} position at Alderbrook Health System. We'd "
          "like to invite you to a 45-minute video interview with the hiring manager.\n\n"
          f"Please select one of the available interview times:\n{slot_txt}\n\n"
          "Select your interview time: https://alderbrook.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile/interview/300000129934\n\n"
          "Interview slots are offered on a first-come, first-served basis. Once you select a time, you will receive "
          "a confirmation with the meeting details.\n\nAlderbrook Health System Talent Acquisition\n")
    m1 = "<1102934758.77120.1780413168330@alderbrook.fa.us2.oraclecloud.com>"
    mail1 = message(hdrs(sent1, addr("Alderbrook Health System", "no-reply@alderbrook.fa.us2.oraclecloud.com"), OWNER,
                         f"Schedule your interview - {role}", m1, "mail.us2.oraclecloud.com", "198.51.100.160",
                         "no-reply@alderbrook.fa.us2.oraclecloud.com"),
                    multi("alternative", "----=_Part_77120_1780413168330", [
                        leaf('text/plain; charset="UTF-8"', t1, "7bit"),
                        leaf('text/html; charset="UTF-8"', html_doc(paras_html(t1)), "quoted-printable")]))
    sent2 = wd(at(2026, 6, 5, 9, 40, CHI, 16), "Friday")
    m2 = "<CO1PR19MB4987D5E6F7A8B9C0D1E2F3A4B5C6@CO1PR19MB4987.namprd19.prod.outlook.com>"
    t2 = ("Hi Maren,\n\nJust a friendly nudge - I noticed you haven't picked an interview time yet for the "
          f"{role} role. The remaining slots next Tuesday and Wednesday tend to go quickly, so please grab one through "
          "the scheduling link in the earlier email when you can. If none of them work, let me know a few times that "
          "do.\n\nThanks,\nTerrence\n\nTerrence Gallo | Senior Recruiter\nAlderbrook Health System\n")
    mail2 = message(hdrs(sent2, addr(*rec), addr(OWNER_NAME, OWNER), f"Picking an interview time - {role}", m2,
                         "mail-co1nam19on2119.outbound.protection.outlook.com", "40.107.101.119", rec[1]),
                    multi("alternative", "_000_CO1PR19MB4987D5E6F7A8B9C0_", [
                        leaf('text/plain; charset="us-ascii"', t2, "7bit"),
                        leaf('text/html; charset="us-ascii"', html_doc(paras_html(t2), "Calibri,sans-serif", "11pt"),
                             "quoted-printable")]))
    lab = label([], "hard", "negative/unbooked-self-schedule",
                "Oracle Recruiting self-scheduling e-mail listing three candidate slots plus a recruiter nudge; no slot "
                "is ever booked.")
    return [("01-oracle-schedule-your-interview.eml", mail1), ("02-recruiter-reminder.eml", mail2)], lab


@case("b176-22-owner-on-search-committee-panel")
def c22():
    chair = ("Loretta Fenwick", "loretta.fenwick@mma-chicago.example")
    peer = ("Howard Liu", "howard.liu@mma-chicago.example")
    cand = ("Samuel Brandt", "samuel.brandt@brandt-consulting.example")
    s = wd(at(2026, 8, 27, 18, 0, CHI), "Thursday")
    e = s + timedelta(hours=1)
    sent = wd(at(2026, 8, 20, 21, 33, UTC, 40), "Thursday")
    body = ("Hi search committee,\n\nThis is our second finalist interview for the Executive Director role. "
            "Samuel will join by Teams. Maren - you'll lead the questions on membership growth and marketing; "
            "Howard will cover budget and sponsorships, and I'll open and close.\n\n"
            "Please submit your scorecard in the shared drive by Friday noon.\n\nThanks,\nLoretta\n\n"
            "Loretta Fenwick | Board Chair\nMidwest Marketing Association - Chicago Chapter\n")
    mail, _ = exchange_mail(seed="c22", date=sent, frm=chair, to_list=[(OWNER_NAME, OWNER), peer, cand],
                            subject="Interview: Executive Director candidate - Samuel Brandt",
                            tzid="Central Standard Time", start=s, end=e, location="Microsoft Teams Meeting",
                            body=body, uid=exchange_uid("c22"),
                            host="mail-mw2nam12on2052.outbound.protection.outlook.com", ip="40.107.244.52")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Exchange interview invite where the owner sits on a volunteer board's search committee and interviews "
                "a candidate for Executive Director - she is the interviewer, not the candidate.")
    return [("01-search-committee-interview-invite.eml", mail)], lab


# =========================================================================== output

README_TEMPLATE = """# blind176: enterprise ATS and HR-suite mail for a Chicago marketing manager (written blind)

Owner: Maren Kowalczyk <maren.kowalczyk@example.com>, a marketing manager in Chicago (America/Chicago),
applying to large enterprises whose recruiting mail comes from enterprise ATS / HR suites (Workday, Oracle
Taleo and Oracle Recruiting, SAP SuccessFactors, iCIMS, Jobvite, SmartRecruiters, Avature, Eightfold, Phenom)
and from Outlook/Exchange coordinators at headquarters in other US time zones.

This set was written blind: without reading the tool's code, tests or other test sets, from the label schema
and rules in the shared eval README only. All files are generated by `make_cases.py` (stdlib + PyYAML +
zoneinfo; deterministic, same bytes on every run). All people and companies are invented and use `.example`
domains; vendor system senders keep their product domains.

## What it stresses
- ATS wording for the time: a Workday "Interview Date/Time" table row, Taleo "Interview Date / Interview
  Time", SuccessFactors "Event Start / Event End", Phenom and iCIMS tables, Avature itinerary tables.
- Central-time owner, meetings set in Eastern, Pacific and Arizona time by HQ coordinators; .ics files in
  Olson TZIDs, Windows TZIDs or UTC while the mail body shows another zone.
- Dedupe (ATS confirmation + coordinator's Outlook invite; thread + Calendar API event; itinerary + hold).
- Reschedule (Jobvite, same UID, SEQUENCE 1), cancellations (SmartRecruiters METHOD:CANCEL after the role is put
  on hold; candidate withdrawal + Exchange "Canceled:"), cancel-then-new-booking (two entries), two rounds
  confirmed in one Eightfold e-mail, one-day onsite with a lunch break.
- Hard look-alikes: Workday "complete your task" + HireVue on-demand interview, Candidate Home / status
  "Interview", DocuSign offer + new-hire orientation invite, reference call (owner is the reference),
  Sterling background check + booked drug-screen appointment, forwarded employee-survey "listening interview",
  Phenom job alert with "Interview" in job titles, Oracle self-schedule slots never booked, owner on a search
  committee interviewing someone else.

## Counts
- {n_cases} cases: {n_pos} positive, {n_neg} negative.
- {n_iv} labelled interviews: {n_sched} scheduled, {n_canc} cancelled.

## Formats
`.eml` (multipart/alternative and multipart/mixed; 7bit, quoted-printable and base64 parts; text/calendar parts
and .ics attachments; Gmail and Outlook reply threads with In-Reply-To/References), one standalone Exchange
`.ics`, two Google Calendar API v3 `.gcal.json` events.

## Time zones and DST points (2026)
- b176-02: mail sent Thu Mar 5 (CST, UTC-6) for Tue Mar 10 after the Mar 8 switch (CDT, UTC-5).
- b176-12: relative "next Tuesday" from Wed Oct 28 (EDT) lands on Tue Nov 3, after the Nov 1 switch (EST, UTC-5).
- b176-04: Outlook display label "(UTC-08:00) Pacific Time" for a May meeting (PDT, UTC-7).
- b176-10: "US Mountain Standard Time" (Arizona, no DST; UTC-7 in July).
- b176-08: body in CDT, .ics in America/Los_Angeles; b176-06: body in Chicago time, .ics in UTC.
"""


def main():
    for p in sorted(HERE.glob("b176-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for slug, fn in CASES:
        items, lab = fn()
        names = [n for n, _ in items]
        assert names == sorted(names), slug
        d = HERE / slug
        d.mkdir()
        for name, text in items:
            (d / name).write_bytes(text.encode("utf-8"))
        labels[slug] = lab
    head = "# Labels for blind176 (generated by make_cases.py). See /work/shared/eval/README.md for the schema.\n"
    (HERE / "labels.yaml").write_bytes(
        (head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110)).encode("utf-8"))
    ivs = [i for lab in labels.values() for i in lab["interviews"]]
    readme = README_TEMPLATE.format(
        n_cases=len(labels), n_pos=sum(l["interview"] for l in labels.values()),
        n_neg=sum(not l["interview"] for l in labels.values()), n_iv=len(ivs),
        n_sched=sum(i["status"] == "scheduled" for i in ivs), n_canc=sum(i["status"] == "cancelled" for i in ivs))
    (HERE / "README.md").write_bytes(readme.encode("utf-8"))
    print(f"wrote {len(labels)} cases, {len(ivs)} interviews to {HERE}")


if __name__ == "__main__":
    main()
