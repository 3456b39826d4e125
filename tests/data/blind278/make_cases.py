#!/usr/bin/env python3
"""Generate the blind278 evaluation set (US retail & restaurant management hiring).

Deterministic: every Message-ID, UID, boundary and date is fixed or derived from a
SHA-256 hash of SEED. Re-running deletes and rewrites every b278-* folder and labels.yaml.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind278-retail-restaurant-mgmt"
OWNER = "tasha.robinson@example.com"
OWNER_NAME = "Tasha Robinson"
OWNER_H = f"{OWNER_NAME} <{OWNER}>"

ET = "America/New_York"
CT = "America/Chicago"
LOU = "America/Kentucky/Louisville"
IND = "America/Indiana/Indianapolis"
UTC = "UTC"

# ---------------------------------------------------------------- DST sanity (2026)
def _off(y, m, d, hh, tz):
    return datetime(y, m, d, hh, 0, tzinfo=ZoneInfo(tz)).utcoffset()

for _tz, _dst, _std in ((ET, -4, -5), (LOU, -4, -5), (IND, -4, -5), (CT, -5, -6)):
    assert _off(2026, 3, 7, 12, _tz) == timedelta(hours=_std), _tz
    assert _off(2026, 3, 8, 12, _tz) == timedelta(hours=_dst), _tz
    assert _off(2026, 10, 31, 12, _tz) == timedelta(hours=_dst), _tz
    assert _off(2026, 11, 1, 12, _tz) == timedelta(hours=_std), _tz
    assert _off(2026, 11, 1, 0, _tz) == timedelta(hours=_dst), _tz
for _tz in ("Europe/London", "Europe/Berlin"):
    assert _off(2026, 3, 28, 12, _tz) != _off(2026, 3, 29, 12, _tz)
    assert _off(2026, 10, 24, 12, _tz) != _off(2026, 10, 25, 12, _tz)
assert datetime(2026, 11, 1).strftime("%a") == "Sun" and datetime(2026, 3, 8).strftime("%a") == "Sun"


# ---------------------------------------------------------------- helpers
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + parts).encode()).hexdigest()[:n]


def T(s, tz):
    """'Mon 2026-10-05 16:41:07' (or HH:MM) in zone tz -> aware datetime; asserts weekday."""
    wd, rest = s.split(" ", 1)
    fmt = "%Y-%m-%d %H:%M:%S" if rest.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(rest, fmt).replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime("%a") == wd, (s, dt.strftime("%a"))
    # reject non-existent / ambiguous wall times
    rt = dt.astimezone(timezone.utc).astimezone(ZoneInfo(tz))
    assert rt.replace(tzinfo=None) == dt.replace(tzinfo=None), s
    return dt


def ISO(s, tz, expect):
    """Label timestamp: local wall time -> ISO with offset; asserts the expected string."""
    got = T(s, tz).isoformat()
    assert got == expect, (s, tz, got, expect)
    return got


def W(text):
    """Assert a 'Thursday, October 8, 2026' phrase used in a body is a real weekday/date."""
    dt = datetime.strptime(text, "%A, %B %d, %Y")
    assert f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}" == text, text
    return text


def WD(weekday, y, m, d):
    got = datetime(y, m, d).strftime("%A")
    assert got.lower().startswith(weekday.lower()), (weekday, y, m, d, got)


def OFFS(dt, hours):
    assert dt.utcoffset() == timedelta(hours=hours), (dt, hours)


def D(s, tz):
    """RFC 5322 Date header value in the sender's zone."""
    return format_datetime(T(s, tz))


def MID(tag, domain):
    return f"<{hx('mid', tag, n=24).upper()}@{domain}>"


def BND(tag, style="plain"):
    v = hx("bnd", tag, n=28)
    if style == "google":
        return "000000000000" + v[:16]
    if style == "outlook":
        return f"_000_{v[:20].upper()}namprd{int(v[20:22], 16) % 20:02d}prodoutlookcom_"
    return f"----=_Part_{int(v[:8], 16) % 900000 + 100000}_{int(v[8:16], 16)}.{int(v[16:26], 16)}"


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def enc_hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def enc_body(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(ord(c) < 128 for c in text), text[:80]
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return b64(text.encode("utf-8"))
    raise ValueError(cte)


def p_text(text, sub="plain", cte="quoted-printable", charset="UTF-8"):
    return (f'Content-Type: text/{sub}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + enc_body(text, cte))


def p_cal(ics_text, method="REQUEST", cte="base64", charset="UTF-8"):
    body = b64(ics_text.encode("utf-8")) if cte == "base64" else ics_text.replace("\r\n", "\n")
    return (f'Content-Type: text/calendar; charset="{charset}"; method={method}\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + body)


def p_att(data, ctype, filename, extra_ct=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (f'Content-Type: {ctype}; name="{filename}"{extra_ct}\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(data))


def multipart(sub, parts, tag, style="plain"):
    b = BND(tag, style)
    s = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'
    for p in parts:
        s += f"--{b}\n" + p + ("" if p.endswith("\n") else "\n")
    return s + f"--{b}--\n"


def message(headers, body):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {enc_hdr(v) if k == 'Subject' else v}")
    return ("\n".join(out) + "\nMIME-Version: 1.0\n" + body).encode("utf-8")


def mail(frm, to, subject, date, mid, body, cc=None, reply_to=None, in_reply_to=None,
         references=None, extra=None, received_by="mx.google.com"):
    frm_addr = frm.split("<")[-1].rstrip(">")
    hdr = [
        ("Delivered-To", OWNER),
        ("Received", f"by {received_by} with SMTPS id {hx('rcv', mid, n=14)}\n"
                     f"        for <{OWNER}>; {date}"),
        ("Return-Path", f"<{frm_addr}>"),
        ("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
        ("Subject", subject), ("Date", date), ("Message-ID", mid),
        ("In-Reply-To", in_reply_to), ("References", references),
    ]
    hdr += list(extra or [])
    return message(hdr, body)


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{inner}</div></body></html>\n')


def alt(text, tag, cte="quoted-printable", html_text=None, style="plain"):
    return multipart("alternative", [p_text(text, "plain", cte),
                                     p_text(html_text or to_html(text), "html", cte)], tag, style)


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtz_iana(tzid, std, dst, sabbr, dabbr):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dabbr}",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sabbr}",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"]


VTZ = {
    ET: vtz_iana(ET, "-0500", "-0400", "EST", "EDT"),
    LOU: vtz_iana(LOU, "-0500", "-0400", "EST", "EDT"),
    IND: vtz_iana(IND, "-0500", "-0400", "EST", "EDT"),
    CT: vtz_iana(CT, "-0600", "-0500", "CST", "CDT"),
}


def vtz_win(name, std, dst):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"]


WIN = {"Eastern Standard Time": (ET, vtz_win("Eastern Standard Time", "-0500", "-0400")),
       "Central Standard Time": (CT, vtz_win("Central Standard Time", "-0600", "-0500"))}


def utcstamp(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def dtprop(name, dt, tzid=None, utc=False):
    if utc:
        return f"{name}:{utcstamp(dt)}"
    if tzid in WIN:
        assert ZoneInfo(WIN[tzid][0]).utcoffset(dt.replace(tzinfo=None)) == dt.utcoffset()
    else:
        assert str(dt.tzinfo) == tzid, (dt.tzinfo, tzid)
    return f"{name};TZID={tzid}:{dt.strftime('%Y%m%dT%H%M%S')}"


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", cutype="INDIVIDUAL"):
    return (f'ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
            f'CN={name};X-NUM-GUESTS=0:mailto:{email}')


def ics(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN",
        tzids=(), extra_cal=(), win=False):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if win:
        lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    elif method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_cal)
    for t in tzids:
        lines += WIN[t][1] if t in WIN else VTZ[t]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vevent(uid, start, end, summary, tzid=None, utc=False, seq=0, stamp=None, desc=None,
           location=None, organizer=None, attendees=(), status="CONFIRMED", extra=(),
           created=None, transp="OPAQUE"):
    ev = ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid, utc)]
    if end is not None:
        ev.append(dtprop("DTEND", end, tzid, utc))
    ev.append(f"DTSTAMP:{utcstamp(stamp)}")
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    ev += list(attendees)
    if created:
        ev.append(f"CREATED:{utcstamp(created)}")
    if desc is not None:
        ev.append("DESCRIPTION:" + esc(desc))
    ev.append(f"LAST-MODIFIED:{utcstamp(stamp)}")
    if location:
        ev.append("LOCATION:" + esc(location))
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), f"TRANSP:{transp}"]
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


def gmeet(tag):
    v = hx("meet", tag, n=10)
    letters = "".join(chr(97 + int(c, 16) % 26) for c in v)
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def teams_block(tag):
    mid = int(hx("teamsid", tag, n=12), 16) % 10**12
    mid_s = f"{mid:012d}"
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('tm', tag, n=28)}%40thread.v2/0>\n"
        f"Meeting ID: {mid_s[:3]} {mid_s[3:6]} {mid_s[6:9]} {mid_s[9:]}\n"
        f"Passcode: {hx('pc', tag, n=6)}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "________________________________________________________________________________\n")


# ---------------------------------------------------------------- composite builders
def google_invite(tag, organizer, subject, date, when_line, body_desc, ics_text, method="REQUEST",
                  heading="Invitation from Google Calendar", meet=None, guests=()):
    """Google Calendar invitation e-mail: mixed(alternative(plain, html, calendar), invite.ics)."""
    oname, oaddr = organizer
    guest_txt = "\n".join(f"{n} - {'organizer' if e == oaddr else 'guest'}" if n else e for n, e in guests)
    meet_txt = f"\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n" if meet else ""
    plain = (f"{heading}\n\n{subject.split(' @ ')[0].replace('Invitation: ', '').replace('Updated invitation: ', '').replace('Canceled event: ', '')}\n"
             f"{when_line}\n{meet_txt}\n{body_desc}\n\nGuests\n{guest_txt}\n\n"
             "View all guest info https://calendar.google.com/calendar/event?action=VIEW"
             f"&eid={hx('eid', tag, n=40)}\n\n"
             "Reply for tasha.robinson@example.com\nYes\nNo\nMaybe\nMore options "
             "https://calendar.google.com/calendar/event?action=VIEW\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving "
             "future updates for this event, decline this event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP.\n")
    htm = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif")
    inner = multipart("alternative", [p_text(plain, "plain", "quoted-printable"),
                                      p_text(htm, "html", "quoted-printable"),
                                      p_cal(ics_text, method, cte="7bit")], tag + "alt", "google")
    body = multipart("mixed", [inner, p_att(ics_text, "application/ics", "invite.ics")], tag + "mix", "google")
    return mail(f"{oname} <{oaddr}>", OWNER_H, subject, date, MID(tag, "google.com"), body,
                reply_to=f"{oname} <{oaddr}>",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])


def outlook_invite(tag, frm, to, subject, date, when_label, body_text, ics_text, cc=None,
                   method="REQUEST", domain="namprd05.prod.outlook.com", where="Microsoft Teams Meeting"):
    plain = f"When: {when_label}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}"
    htm = to_html(plain, font="Aptos,Calibri,sans-serif")
    body = multipart("alternative", [p_text(plain, "plain", "quoted-printable"),
                                     p_text(htm, "html", "quoted-printable"),
                                     p_cal(ics_text, method, cte="base64")], tag, "outlook")
    ph = hx("ol", tag, n=24).upper()
    return mail(frm, to, subject, date, f"<{ph}@{domain.split('.')[0].upper()}.{domain}>", body, cc=cc,
                extra=[("Thread-Topic", subject.split(": ", 1)[-1]),
                       ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", tag, n=44))).decode()),
                       ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                       ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                       ("Content-class", "urn:content-classes:calendarmessage"),
                       ("x-ms-publictraffictype", "Email")],
                received_by="NAM10-BN7-obe.outbound.protection.outlook.com")


def outlook_vevent(uid, start, end, summary, win_tz, seq, stamp, desc, location, organizer, attendees,
                   method="REQUEST", status="CONFIRMED", busy="BUSY"):
    extra = [
        "CLASS:PUBLIC", "PRIORITY:5",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('own', uid, n=8), 16) - 2**31}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[]",
    ]
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, role in attendees:
        ev.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    ev += ["DESCRIPTION;LANGUAGE=en-US:" + esc(desc), f"UID:{uid}",
           "SUMMARY;LANGUAGE=en-US:" + esc(summary),
           dtprop("DTSTART", start, win_tz), dtprop("DTEND", end, win_tz),
           f"DTSTAMP:{utcstamp(stamp)}", f"STATUS:{status}", f"SEQUENCE:{seq}",
           "TRANSP:OPAQUE", "LOCATION;LANGUAGE=en-US:" + esc(location)]
    ev += extra + ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                   "ACTION:DISPLAY", "END:VALARM", "END:VEVENT"]
    return ev


def exch_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + hx("exuid", tag, n=56).upper()


def g_uid(tag):
    return hx("guid", tag, n=26) + "@google.com"


def label(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start, "end": end, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


CASES = []


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append((slug, items, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


def ds(dt):
    return format_datetime(dt)


def quote(text, dt, who):
    hdr = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p').lstrip('0')} {who} wrote:"
    return hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def plain_only(text, cte="7bit", charset="us-ascii"):
    return p_text(text, "plain", cte, charset)


TASHA_SIG = "Tasha Robinson\n(614) 555-0148\n"

# =====================================================================================
# 01  Paradox / Olivia confirms an in-person interview with the district manager (+ reminder)
# =====================================================================================
def c01():
    d1 = T("Mon 2026-10-05 14:22:09", UTC)
    d2 = T("Wed 2026-10-07 18:00:41", UTC)
    st, en = T("Thu 2026-10-08 14:00", ET), T("Thu 2026-10-08 14:45", ET)
    OFFS(st, -4)
    link = f"https://maplecrest.paradox.ai/r/{hx('c01link', n=12)}"
    body1 = f"""Hi Tasha! \U0001F44B It's Olivia, Maplecrest's virtual recruiting assistant.

Great news \u2014 you're all set for your interview!

\U0001F4CD Maplecrest Home & Garden #1142
3800 Morse Rd, Columbus, OH 43219
\U0001F5D3 {W("Thursday, October 8, 2026")}
\u23F0 2:00 PM EDT
\U0001F464 Derrick Owens, District Manager
\u23F3 Plan for about 45 minutes

When you get there, stop at the Customer Service desk and tell them you're here to see Derrick. Business casual is perfect.

Need a different time? Reply RESCHEDULE to my text or use this link: {link}
Questions for the hiring team? You can reach Derrick at derrick.owens@maplecrest.example.

Talk soon!
Olivia
Maplecrest Home & Garden Talent Acquisition

Msg & data rates may apply. Reply STOP to opt out of texts.
"""
    uid = f"{hx('c01uid', n=20)}@paradox.ai"
    ev = vevent(uid, st, en, "Interview: Store Manager - Maplecrest Home & Garden #1142", tzid=ET, stamp=d1,
                desc="In-person interview with Derrick Owens (District Manager). Check in at Customer Service.",
                location="Maplecrest Home & Garden #1142, 3800 Morse Rd, Columbus, OH 43219",
                organizer=("Olivia (Maplecrest Talent Acquisition)", "no-reply@paradox.ai"),
                attendees=[att("Tasha Robinson", OWNER), att("Derrick Owens", "derrick.owens@maplecrest.example",
                                                            partstat="ACCEPTED", rsvp="FALSE")])
    ics1 = ics([ev], prodid="-//Paradox//Olivia Scheduling 4.2//EN", tzids=[ET])
    b1 = multipart("mixed", [alt(body1, "c01a"), p_att(ics1, "text/calendar", "interview.ics", '; method=REQUEST')],
                   "c01m")
    m1 = mail("Olivia from Maplecrest Careers <no-reply@paradox.ai>", OWNER_H,
              "You're all set! \u2705 Interview confirmed: Store Manager at Maplecrest", ds(d1), MID("c01-1", "paradox.ai"),
              b1)
    body2 = """Hey Tasha, friendly reminder from Olivia \U0001F60A

Your in-person interview for Store Manager at Maplecrest #1142 (3800 Morse Rd) is tomorrow, Thu 10/8 at 2:00 PM. Derrick is looking forward to meeting you.

Reply C to confirm or R to reschedule.

- Olivia, Maplecrest Home & Garden
"""
    WD("Thu", 2026, 10, 8)
    m2 = mail("Olivia from Maplecrest Careers <no-reply@paradox.ai>", OWNER_H,
              "Reminder: your Maplecrest interview is tomorrow at 2:00 PM", ds(d2), MID("c01-2", "paradox.ai"),
              alt(body2, "c01b"))
    case("b278-01-paradox-olivia-dm-interview",
         [("01-olivia-interview-confirmed.eml", m1), ("02-olivia-reminder.eml", m2)],
         [label("Maplecrest Home & Garden", "Store Manager",
                ISO("Thu 2026-10-08 14:00", ET, "2026-10-08T14:00:00-04:00"),
                ISO("Thu 2026-10-08 14:45", ET, "2026-10-08T14:45:00-04:00"), "scheduled",
                ["derrick.owens@maplecrest.example"], ["derrick.owens@maplecrest.example"], "hiring_manager")],
         "easy", "positive/paradox-olivia-ics",
         "Paradox/Olivia text-style confirmation with .ics (DM as attendee) plus a reminder ('tomorrow, Thu 10/8'); "
         "one interview. Olivia/no-reply is not a recipient; the DM address is given in the body.")


# =====================================================================================
# 02  Indeed job alerts (negative)
# =====================================================================================
def c02():
    d1 = T("Tue 2026-10-06 11:03:55", UTC)
    d2 = T("Mon 2026-10-26 11:05:12", UTC)
    jobs1 = [
        ("Store Manager", "Summit Crossing Supercenter", "Hilliard, OH", "$82,000 - $96,000 a year",
         "Hiring event: interview on the spot, Sat Oct 17"),
        ("Restaurant General Manager", "Bluegrass Table Hospitality", "Lexington, KY", "$68,000 - $80,000 a year",
         "Urgently hiring"),
        ("District Manager - Retail", "Lakeview Pet Supply", "Columbus, OH", "Estimated $95K - $120K a year",
         "Typically responds within 1 day"),
        ("Store Director", "Hoosier Fresh Foods", "Carmel, IN", "$90,000 - $110,000 a year", "Easily apply"),
        ("Cafe Manager", "Ridgeline Roasters", "Columbus, OH 43201", "$58,000 - $64,000 a year",
         "Interviewing now \u2022 Schedule your interview today"),
    ]
    jobs2 = [
        ("District Manager", "Tri-County Supercenter", "Grove City, OH", "$105,000 - $125,000 a year",
         "Employer is actively interviewing"),
        ("General Manager - Full Service Restaurant", "Olentangy Tap House", "Columbus, OH", "$60,000 a year + bonus",
         "Working interview required"),
        ("Multi-Unit Manager", "Barren River Grill", "Bowling Green, KY", "$72,000 a year", "New"),
        ("Grocery Store Manager", "Scioto Valley Grocers", "Grandview Heights, OH", "$78,000 - $88,000 a year",
         "Hiring multiple candidates"),
    ]

    def render(jobs, intro):
        t = intro + "\n\n"
        h = ['<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">',
             f'<p style="font-size:16px">{html.escape(intro)}</p><table width="100%">']
        for title, co, loc, pay, tag in jobs:
            jk = hx("jk", title, co, n=16)
            t += f"{title}\n{co} - {loc}\n{pay}\n{tag}\nhttps://www.indeed.com/rc/clk?jk={jk}&from=ja\n\n"
            h.append(f'<tr><td style="padding:12px 0;border-bottom:1px solid #e4e2e0">'
                     f'<a href="https://www.indeed.com/rc/clk?jk={jk}&amp;from=ja" style="font-weight:bold;color:#2557a7">{html.escape(title)}</a><br>'
                     f'{html.escape(co)} - {html.escape(loc)}<br><span style="background:#f3f2f1">{html.escape(pay)}</span><br>'
                     f'<span style="color:#767676">{html.escape(tag)}</span></td></tr>')
        foot = ("You're receiving this job alert because you subscribed on Indeed.\n"
                "Unsubscribe: https://www.indeed.com/alert/unsubscribe\n"
                "Indeed, 200 W 6th St, Austin, TX 78701")
        t += foot + "\n"
        h.append(f'</table><p style="font-size:11px;color:#767676">{html.escape(foot).replace(chr(10), "<br>")}</p></body></html>')
        return t, "\n".join(h) + "\n"

    t1, h1 = render(jobs1, "New store manager jobs near Columbus, OH - 5 new jobs match your alert")
    t2, h2 = render(jobs2, "District manager jobs near Columbus, OH (within 100 miles)")
    m1 = mail("Indeed <alert@indeed.com>", OWNER, "Store Manager - Summit Crossing Supercenter and 4 more new jobs",
              ds(d1), MID("c02-1", "indeed.com"), alt(t1, "c02a", "base64", h1))
    m2 = mail("Indeed <alert@indeed.com>", OWNER, "Employers are interviewing now: District Manager and 3 more jobs",
              ds(d2), MID("c02-2", "indeed.com"), alt(t2, "c02b", "base64", h2))
    case("b278-02-indeed-job-alerts", [("01-indeed-alert-store-manager.eml", m1),
                                        ("02-indeed-alert-district-manager.eml", m2)], [],
         "easy", "negative/job-alert",
         "Two Indeed job alerts full of 'interview on the spot', 'actively interviewing', 'schedule your interview' "
         "and a dated hiring event; no interview is booked for the user.")


# =====================================================================================
# 03  Recruiter sets up a district-manager phone screen "tomorrow at 2" (body only)
# =====================================================================================
def c03():
    d1 = T("Mon 2026-10-05 16:41:07", ET)
    d2 = T("Mon 2026-10-05 17:02:33", ET)
    alyssa = "Alyssa Romero <alyssa.romero@buckeyeharvest.example>"
    rob = "Rob Castellano <rob.castellano@buckeyeharvest.example>"
    t1 = """Hi Tasha,

Thanks for applying with Buckeye Harvest! Rob Castellano (cc'd), our district manager for Columbus North, went through your resume this afternoon and wants to set up a quick phone screen for the Store Manager opening at our Worthington store.

He has an opening tomorrow at 2 and will call you at the cell number on your application, (614) 555-0148. Plan on about 30 minutes. It's pretty informal: your current store, sales volume, how you handle labor scheduling and shrink.

If tomorrow at 2 doesn't work, just reply all and we'll find something else this week.

Thanks!
Alyssa Romero
Talent Acquisition Specialist | Buckeye Harvest Markets
alyssa.romero@buckeyeharvest.example | (614) 555-0193
"""
    mid1 = MID("c03-1", "mail.gmail.com")
    m1 = mail(alyssa, OWNER_H, "Phone screen w/ our DM - Store Manager (Worthington)", ds(d1), mid1,
              alt(t1, "c03a"), cc=rob)
    t2 = ("Hi Alyssa and Rob,\n\nTomorrow at 2 is perfect. I'll be on my lunch break and will keep my phone close.\n"
          "Looking forward to talking with you, Rob!\n\nThanks,\n" + TASHA_SIG + "\n" + quote(t1, d1, alyssa))
    m2 = mail(OWNER_H, alyssa, "Re: Phone screen w/ our DM - Store Manager (Worthington)", ds(d2),
              MID("c03-2", "mail.gmail.com"), plain_only(t2, "quoted-printable", "UTF-8"), cc=rob,
              in_reply_to=mid1, references=mid1)
    case("b278-03-dm-phone-screen-tomorrow-at-2", [("01-recruiter-dm-phone-screen.eml", m1),
                                                  ("02-tasha-confirms.eml", m2)],
         [label("Buckeye Harvest Markets", "Store Manager",
                ISO("Tue 2026-10-06 14:00", ET, "2026-10-06T14:00:00-04:00"),
                ISO("Tue 2026-10-06 14:30", ET, "2026-10-06T14:30:00-04:00"), "scheduled",
                ["rob.castellano@buckeyeharvest.example"], ["rob.castellano@buckeyeharvest.example"], "phone_screen")],
         "medium", "positive/email-body-relative-date",
         "Time only in the body: 'tomorrow at 2' resolved against Date Mon Oct 5 (EDT) -> Tue Oct 6 14:00-04:00, "
         "'about 30 minutes'. The cc'd district manager makes the call (interviewer); the recruiter only arranges.")


# =====================================================================================
# 04  Coffee-chain DM: "can u come in thurs at 2?" -> 2:30 confirmed; unpaid walk-through
# =====================================================================================
def c04():
    d1 = T("Mon 2026-10-12 19:22:41", ET)
    d2 = T("Tue 2026-10-13 07:05:18", ET)
    d3 = T("Tue 2026-10-13 12:48:03", ET)
    marcus = "Marcus Tate <marcus.tate@ridgelineroasters.example>"
    subj = "Short North store mgr"
    t1 = """hey Tasha - Marcus Tate here, DM for Ridgeline Roasters central Ohio. got your app for the Short North store manager spot, really like the ASM background.

can u come in thurs at 2? it'd be a walk-through of the store with me, about an hour. NOT a working interview or a shift, you won't be on bar or clocked in. we just walk the floor, look at back of house and talk about how you'd run the place.

lmk
Marcus

Sent from my iPhone
"""
    mid1 = MID("c04-1", "ridgelineroasters.example")
    m1 = mail(marcus, OWNER, subj, ds(d1), mid1, plain_only(t1))
    t2 = ("Hi Marcus,\n\nThanks so much for reaching out - I'd love to see the store. I have a 1:00 handoff with "
          "my closing ASM on Thursday, so could we do 2:30 instead of 2? If that's tight I can make 2 work.\n\n"
          "Best,\n" + TASHA_SIG + "\n" + quote(t1, d1, marcus))
    mid2 = MID("c04-2", "mail.gmail.com")
    m2 = mail(OWNER_H, marcus, "Re: " + subj, ds(d2), mid2, plain_only(t2, "quoted-printable", "UTF-8"),
              in_reply_to=mid1, references=mid1)
    t3 = ("2:30 thurs works, see u then. 1133 N High St, ask whoever's on bar for me. no need to dress up\n\n"
          "Marcus\n\nSent from my iPhone\n\n" + quote(t2, d2, OWNER_H))
    m3 = mail(marcus, OWNER, "Re: " + subj, ds(d3), MID("c04-3", "ridgelineroasters.example"),
              plain_only(t3, "quoted-printable", "UTF-8"), in_reply_to=mid2, references=f"{mid1} {mid2}")
    WD("Thu", 2026, 10, 15)
    case("b278-04-coffee-dm-walkthrough-thread", [("01-dm-can-u-come-in-thurs.eml", m1),
                                                  ("02-tasha-asks-for-230.eml", m2),
                                                  ("03-dm-confirms-230.eml", m3)],
         [label("Ridgeline Roasters", "Store Manager",
                ISO("Thu 2026-10-15 14:30", ET, "2026-10-15T14:30:00-04:00"),
                ISO("Thu 2026-10-15 15:30", ET, "2026-10-15T15:30:00-04:00"), "scheduled",
                ["marcus.tate@ridgelineroasters.example"], ["marcus.tate@ridgelineroasters.example"],
                "hiring_manager")],
         "hard", "positive/thread-propose-confirm",
         "Texty DM thread: 'can u come in thurs at 2?' (Mon Oct 12) -> candidate counters 2:30 -> DM confirms "
         "'2:30 thurs'. Thursday = Oct 15; 'about an hour'. Explicitly an unpaid walk-through with the DM, not a "
         "shift -> interview. The first proposed time (2:00) must not be used.")


# =====================================================================================
# 05  Harri: PAID working interview / trial shift at a restaurant (negative)
# =====================================================================================
def c05():
    d1 = T("Tue 2026-10-13 20:15:40", UTC)
    d2 = T("Wed 2026-10-14 10:31:09", ET)
    st, en = T("Sat 2026-10-17 16:00", ET), T("Sat 2026-10-17 21:00", ET)
    t1 = f"""Hi Tasha,

Olentangy Tap House has scheduled you for a paid working interview (trial shift) for the General Manager position.

Date: {W("Saturday, October 17, 2026")}
Time: 4:00 PM - 9:00 PM (EDT)
Location: Olentangy Tap House, 2260 N High St, Columbus, OH 43201
Report to: Manager on duty

This trial shift is paid. You'll be set up as a temporary team member and paid $20.00/hour for all hours worked. Please finish your onboarding forms (W-4 and I-9) in the Harri app before your shift.

What to wear: black non-slip shoes, black pants, dark button-down.

A calendar file is attached.

Harri - The Frontline Employee Experience Platform
You are receiving this because you applied to a job through Harri. Manage notifications in your Harri profile.
"""
    ev = vevent(f"shift-{hx('c05uid', n=18)}@harri.com", st, en,
                "Working Interview (paid trial shift) - Olentangy Tap House", tzid=ET, stamp=d1,
                desc="Paid trial shift, $20.00/hr. Report to the manager on duty.",
                location="Olentangy Tap House, 2260 N High St, Columbus, OH 43201",
                organizer=("Olentangy Tap House", "no-reply@harri.com"), attendees=[att("Tasha Robinson", OWNER)])
    icsx = ics([ev], prodid="-//Harri//Scheduling//EN", tzids=[ET])
    m1 = mail("Olentangy Tap House via Harri <no-reply@harri.com>", OWNER_H,
              "Your working interview at Olentangy Tap House is scheduled", ds(d1), MID("c05-1", "harri.com"),
              multipart("mixed", [alt(t1, "c05a", "base64"), p_att(icsx, "text/calendar", "trial-shift.ics")], "c05m"))
    t2 = """Tasha -

Glad we're getting you in Saturday. Like the Harri message says, you'll be on the clock for the whole shift, so you'll be running the floor with me through the dinner rush, expo, and close-out. Pay runs with our normal Friday payroll.

It's not a sit-down interview, we just want to see how you work a Saturday night. Park in the back lot.

Nick Lombardi
Owner, Olentangy Tap House
"""
    m2 = mail("Nick Lombardi <nick@olentangytaphouse.example>", OWNER_H, "Saturday", ds(d2),
              MID("c05-2", "olentangytaphouse.example"), alt(t2, "c05b"))
    case("b278-05-harri-paid-trial-shift", [("01-harri-working-interview.eml", m1), ("02-owner-saturday.eml", m2)],
         [], "hard", "negative/paid-trial-shift",
         "Called a 'working interview' with an .ics, but it is a paid trial shift (clocked in, $20/hr, W-4/I-9, "
         "'not a sit-down interview') -> not an interview per the set's rule.")


# =====================================================================================
# 06  Google invite rescheduled across the Nov 1 DST change (same UID, SEQUENCE 1)
# =====================================================================================
def c06():
    whit = ("Whitney Calloway", "whitney.calloway@bluegrasstable.example")
    d1 = T("Wed 2026-10-21 19:02:31", UTC)
    d2 = T("Tue 2026-10-27 08:47:12", ET)
    d3 = T("Tue 2026-10-27 09:30:55", ET)
    d4 = T("Tue 2026-10-27 14:02:10", UTC)
    s0, e0 = T("Thu 2026-10-29 10:00", LOU), T("Thu 2026-10-29 11:00", LOU)
    s1, e1 = T("Tue 2026-11-03 10:00", LOU), T("Tue 2026-11-03 11:00", LOU)
    OFFS(s0, -4)
    OFFS(s1, -5)
    uid = g_uid("c06")
    meet = gmeet("c06")
    desc = ("Tasha - this is a video interview with me for the General Manager role at Bluegrass Table Tavern "
            "in Lexington. We'll talk through your P&L experience, how you build a management team, and what your "
            "first 90 days would look like.\n\n- Whitney Calloway, Director of Operations")
    title = "GM Interview - Tasha Robinson / Bluegrass Table Tavern (Lexington)"
    guests = [(whit[0], whit[1]), ("", OWNER)]

    def ev(st, en, seq, stamp):
        return vevent(uid, st, en, title, tzid=LOU, seq=seq, stamp=stamp, created=d1, desc=desc + "\n\nJoin with "
                      f"Google Meet: https://meet.google.com/{meet}",
                      location="", organizer=whit,
                      attendees=[att(whit[0], whit[1], partstat="ACCEPTED", rsvp="TRUE"),
                                 att(OWNER, OWNER)])
    ics0 = ics([ev(s0, e0, 0, d1)], tzids=[LOU])
    ics1 = ics([ev(s1, e1, 1, d4)], tzids=[LOU])
    m1 = google_invite("c06-1", whit,
                       f"Invitation: {title} @ Thu Oct 29, 2026 10am - 11am (EDT) ({OWNER})", ds(d1),
                       "Thursday Oct 29, 2026 \u22c5 10am \u2013 11am (Eastern Time - Louisville)", desc, ics0,
                       meet=meet, guests=guests)
    t2 = f"""Hi Tasha,

I'm so sorry to do this. We're opening our Nashville location this week and I need to be on site Thursday. Would {W("Tuesday, November 3, 2026")} at 10:00 work instead? Same Google Meet link, same hour. Heads up that's after the clocks fall back, so it's 10 AM Eastern Standard Time.

Thanks for being flexible,
Whitney

Whitney Calloway
Director of Operations | Bluegrass Table Hospitality
Louisville, KY
"""
    mid2 = MID("c06-2", "bluegrasstable.example")
    m2 = mail(f"{whit[0]} <{whit[1]}>", OWNER_H, "Moving our Thursday interview?", ds(d2), mid2, alt(t2, "c06b"))
    t3 = ("Hi Whitney,\n\nNo problem at all - Tuesday the 3rd at 10 works for me. Good luck with the opening!\n\n"
          "Tasha\n\n" + quote(t2, d2, f"{whit[0]} <{whit[1]}>"))
    m3 = mail(OWNER_H, f"{whit[0]} <{whit[1]}>", "Re: Moving our Thursday interview?", ds(d3),
              MID("c06-3", "mail.gmail.com"), plain_only(t3, "quoted-printable", "UTF-8"),
              in_reply_to=mid2, references=mid2)
    m4 = google_invite("c06-4", whit,
                       f"Updated invitation: {title} @ Tue Nov 3, 2026 10am - 11am (EST) ({OWNER})", ds(d4),
                       "Tuesday Nov 3, 2026 \u22c5 10am \u2013 11am (Eastern Time - Louisville)\nChanged: time", desc,
                       ics1, heading="This event has been updated", meet=meet, guests=guests)
    case("b278-06-google-reschedule-across-dst", [("01-invitation-oct29.eml", m1), ("02-whitney-asks-to-move.eml", m2),
                                                  ("03-tasha-agrees.eml", m3), ("04-updated-invitation-nov3.eml", m4)],
         [label("Bluegrass Table Hospitality", "General Manager",
                ISO("Tue 2026-11-03 10:00", LOU, "2026-11-03T10:00:00-05:00"),
                ISO("Tue 2026-11-03 11:00", LOU, "2026-11-03T11:00:00-05:00"), "scheduled",
                [whit[1]], [whit[1]], "hiring_manager")],
         "medium", "positive/reschedule-invite-sequence",
         "Google invite (TZID America/Kentucky/Louisville) Thu Oct 29 10:00 EDT moved by mail and an updated "
         "invite (same UID, SEQUENCE 1) to Tue Nov 3 10:00, which is EST (-05:00) after the Nov 1 change. One "
         "interview at the final time.")


# =====================================================================================
# 07  Workday interview for Indianapolis-area store, then cancelled (METHOD:CANCEL + recruiter mail)
# =====================================================================================
def c07():
    d1 = T("Thu 2026-10-29 14:10:22", ET)
    d2 = T("Mon 2026-11-02 09:31:40", ET)
    d3 = T("Mon 2026-11-02 09:58:14", ET)
    OFFS(d1, -4)
    OFFS(d2, -5)
    st, en = T("Wed 2026-11-04 13:00", IND), T("Wed 2026-11-04 14:00", IND)
    OFFS(st, -5)
    wd = "hoosierfresh@myworkday.com"
    uid = f"{hx('c07uid', n=24)}@myworkday.com"
    org = ("Hoosier Fresh Foods Recruiting", wd)
    summ = "Interview: Store Director (Carmel, IN) - R-0048817 - Tasha Robinson"
    loc = "Microsoft Teams (link in description)"
    dsc = ("Video interview with Tom Becker, Regional Operations Director.\n"
           f"Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c07tm', n=24)}%40thread.v2/0")
    t1 = f"""Dear Tasha Robinson,

Thank you for your interest in the Store Director position (R-0048817) at our Carmel, IN store. We are pleased to invite you to interview.

Interview Details
Date: {W("Wednesday, November 4, 2026")}
Time: 1:00 PM - 2:00 PM Eastern Time (Indianapolis)
Format: Microsoft Teams video interview (the link is in the attached calendar invitation)
Interviewer: Tom Becker, Regional Operations Director

Please accept the attached calendar invitation. If you need to make a change, contact your recruiter, Janelle Price, at janelle.price@hoosierfresh.example.

Kind regards,
Hoosier Fresh Foods Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    ev1 = vevent(uid, st, en, summ, tzid=IND, stamp=d1, desc=dsc, location=loc, organizer=org,
                 attendees=[att("Tasha Robinson", OWNER)])
    ics1 = ics([ev1], prodid="-//Workday Inc//Workday Recruiting//EN", tzids=[IND])
    m1 = mail(f"Hoosier Fresh Foods <{wd}>", OWNER, "Interview Scheduled - Store Director (Carmel, IN) - R-0048817",
              ds(d1), MID("c07-1", "myworkday.com"),
              multipart("mixed", [alt(t1, "c07a"), p_att(ics1, "text/calendar", "Interview.ics", "; method=REQUEST")],
                        "c07m"))
    t2 = f"""Dear Tasha Robinson,

Your interview for Store Director (R-0048817) scheduled for {W("Wednesday, November 4, 2026")} at 1:00 PM Eastern Time has been cancelled. A cancellation notice for your calendar is attached.

Hoosier Fresh Foods Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    ev2 = vevent(uid, st, en, "Canceled: " + summ, tzid=IND, seq=1, stamp=d2, desc=dsc, location=loc,
                 organizer=org, attendees=[att("Tasha Robinson", OWNER)], status="CANCELLED")
    ics2 = ics([ev2], method="CANCEL", prodid="-//Workday Inc//Workday Recruiting//EN", tzids=[IND])
    m2 = mail(f"Hoosier Fresh Foods <{wd}>", OWNER, "Interview Cancelled - Store Director (Carmel, IN) - R-0048817",
              ds(d2), MID("c07-2", "myworkday.com"),
              multipart("mixed", [alt(t2, "c07b"), p_att(ics2, "text/calendar", "Interview.ics", "; method=CANCEL")],
                        "c07n"))
    t3 = """Hi Tasha,

You probably just got an automated note from Workday, so I wanted to reach out personally. Late Friday we filled the Carmel Store Director opening with an internal promotion, which means Tom's interview with you on Wednesday is off. I'm sorry for the short notice.

We have a Fishers store opening next spring and I'd like to keep your profile active for it. I'll reach out as soon as that requisition is approved.

Janelle Price
Senior Recruiter, Retail Operations | Hoosier Fresh Foods
janelle.price@hoosierfresh.example | (317) 555-0126
"""
    m3 = mail("Janelle Price <janelle.price@hoosierfresh.example>", OWNER_H, "Carmel Store Director interview",
              ds(d3), MID("c07-3", "hoosierfresh.example"), alt(t3, "c07c"))
    case("b278-07-workday-indy-cancelled", [("01-workday-interview-scheduled.eml", m1),
                                            ("02-workday-interview-cancelled.eml", m2),
                                            ("03-recruiter-explains.eml", m3)],
         [label("Hoosier Fresh Foods", "Store Director",
                ISO("Wed 2026-11-04 13:00", IND, "2026-11-04T13:00:00-05:00"),
                ISO("Wed 2026-11-04 14:00", IND, "2026-11-04T14:00:00-05:00"), "cancelled",
                [], ["janelle.price@hoosierfresh.example"], "hiring_manager")],
         "medium", "positive/cancellation",
         "Workday invite (TZID America/Indiana/Indianapolis) booked on Oct 29 (EDT) for Wed Nov 4 13:00 EST; "
         "METHOD:CANCEL + recruiter mail on Nov 2. Cancelled-only case. Interviewer has no address -> follow-up "
         "goes to the recruiter named in the text (Workday sender is no-reply).")


# =====================================================================================
# 08  Open hiring event, walk-ins, no slot booked (mail + standalone .ics) - negative
# =====================================================================================
def c08():
    d1 = T("Fri 2026-10-09 13:00:00", ET)
    st, en = T("Sat 2026-10-17 10:00", ET), T("Sat 2026-10-17 16:00", ET)
    t1 = f"""OPEN INTERVIEW DAY - SALARIED MANAGEMENT

{W("Saturday, October 17, 2026")} | 10:00 AM - 4:00 PM
Tri-County Supercenter #84
1950 Stringtown Rd, Grove City, OH 43123

We're interviewing on the spot for Store Manager, Assistant Store Manager and Department Manager roles across central Ohio.

- Walk-ins welcome, no appointment needed
- Bring a printed resume
- Managers will meet candidates first come, first served
- Conditional offers may be made the same day

Can't make it? Apply any time at careers.tricountysuper.example.

Tri-County Supercenter is an equal opportunity employer.
You received this message because you joined our Talent Community. Unsubscribe: https://careers.tricountysuper.example/unsubscribe
"""
    h1 = ('<html><body style="font-family:Arial,sans-serif"><div style="background:#0b3d91;color:#fff;padding:16px">'
          '<h1 style="margin:0">OPEN INTERVIEW DAY</h1><p style="margin:4px 0 0">Salaried Management</p></div>'
          + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in t1.split("\n\n")[1:])
          + "</body></html>\n")
    m1 = mail("Tri-County Supercenter Careers <careers@tricountysuper.example>", OWNER,
              "You're invited: Open Interview Day Sat 10/17 - walk-ins welcome", ds(d1),
              MID("c08-1", "tricountysuper.example"), alt(t1, "c08a", "quoted-printable", h1))
    ev = vevent(f"{hx('c08uid', n=20)}@tricountysuper.example", st, en,
                "Open Interview Day - Tri-County Supercenter (walk-in)", tzid=ET, stamp=d1,
                desc="Walk-in hiring event for Store Manager, Assistant Store Manager and Department Manager roles. "
                     "No appointment needed - first come, first served.",
                location="Tri-County Supercenter #84, 1950 Stringtown Rd, Grove City, OH 43123",
                organizer=("Tri-County Supercenter Careers", "careers@tricountysuper.example"),
                attendees=[att("Tasha Robinson", OWNER, role="OPT-PARTICIPANT", partstat="TENTATIVE", rsvp="FALSE")],
                transp="TRANSPARENT")
    icsx = ics([ev], method="PUBLISH", prodid="-//Tri-County Supercenter//Events//EN", tzids=[ET])
    case("b278-08-open-hiring-event-walk-in", [("01-open-interview-day.eml", m1),
                                               ("02-open-interview-day.ics", icsx.encode("utf-8"))],
         [], "medium", "negative/open-hiring-event",
         "Walk-in 'Open Interview Day' with 'interviewing on the spot' and a 6-hour calendar block (user tentative); "
         "no slot booked, no named manager -> not an interview.")


# =====================================================================================
# 09  iCIMS: recruiter phone screen, then in-person interview with the DM (two interviews)
# =====================================================================================
def c09():
    d1 = T("Thu 2026-10-01 15:44:10", ET)
    d2 = T("Thu 2026-10-08 10:12:51", ET)
    s1, e1 = T("Wed 2026-10-07 11:00", ET), T("Wed 2026-10-07 11:30", ET)
    s2, e2 = T("Wed 2026-10-21 10:00", ET), T("Wed 2026-10-21 11:00", ET)
    frm = "Summit Crossing Supercenter <summitcrossing+autoreply@talent.icims.com>"
    mon = ("Monique Hall", "monique.hall@summitcrossing.example")
    greg = ("Greg Patterson", "greg.patterson@summitcrossing.example")
    t1 = f"""Hello Tasha,

Thank you for your interest in the Store Manager position at Summit Crossing Supercenter #318 in Hilliard, OH. This message confirms your phone interview.

{W("Wednesday, October 7, 2026")}
11:00 AM - 11:30 AM Eastern Time
Interviewer: Monique Hall, Talent Acquisition Partner
Monique will call you at (614) 555-0148.

A calendar file is attached for your convenience. If you need to reschedule, please reply to this email at least 24 hours in advance.

Sincerely,
Summit Crossing Talent Acquisition

Job ID 2026-11873 | Powered by iCIMS
"""
    ev1 = vevent(f"{hx('c09u1', n=20)}@icims.com", s1, e1, "Phone Interview - Summit Crossing Store Manager (Hilliard)",
                 tzid=ET, stamp=d1, desc="Monique Hall will call you at (614) 555-0148.", location="Phone",
                 organizer=mon, attendees=[att("Tasha Robinson", OWNER), att(mon[0], mon[1], partstat="ACCEPTED")])
    ics1 = ics([ev1], prodid="-//iCIMS//iCIMS Talent Platform//EN", tzids=[ET])
    m1 = mail(frm, OWNER_H, "Phone Interview Confirmation - Store Manager (Hilliard, OH) - Job ID 2026-11873", ds(d1),
              MID("c09-1", "talent.icims.com"),
              multipart("mixed", [alt(t1, "c09a", "base64"), p_att(ics1, "text/calendar", "PhoneInterview.ics")], "c09m"),
              reply_to=f"{mon[0]} <{mon[1]}>")
    t2 = f"""Hi Tasha,

Thanks for speaking with Monique yesterday. The next step is an in-person interview with Greg Patterson, District Manager for Central Ohio, at the Hilliard store.

Date: {W("Wednesday, October 21, 2026")}
Time: 10:00 AM - 11:00 AM ET
Location: Summit Crossing Supercenter #318, 4500 Cemetery Rd, Hilliard, OH 43026. Check in at the Service Desk and ask for the Store Manager office.
Interviewer: Greg Patterson (greg.patterson@summitcrossing.example)

Expect a 60-minute conversation that includes a short walk of the sales floor with Greg. This is an interview, not a shift, so all you need is a copy of your resume.

Please accept the attached calendar invitation to confirm your attendance.

Summit Crossing Talent Acquisition

Job ID 2026-11873 | Powered by iCIMS
"""
    ev2 = vevent(f"{hx('c09u2', n=20)}@icims.com", s2, e2,
                 "In-Person Interview - Summit Crossing Store Manager (Hilliard) w/ Greg Patterson", tzid=ET, stamp=d2,
                 desc="Interview with Greg Patterson, District Manager. Check in at the Service Desk.",
                 location="Summit Crossing Supercenter #318, 4500 Cemetery Rd, Hilliard, OH 43026",
                 organizer=mon, attendees=[att("Tasha Robinson", OWNER), att(greg[0], greg[1], partstat="ACCEPTED")])
    ics2 = ics([ev2], prodid="-//iCIMS//iCIMS Talent Platform//EN", tzids=[ET])
    m2 = mail(frm, OWNER_H, "Interview Invitation - Store Manager (Hilliard, OH) - Next Step", ds(d2),
              MID("c09-2", "talent.icims.com"),
              multipart("mixed", [alt(t2, "c09b", "base64"), p_att(ics2, "text/calendar", "Interview.ics")], "c09n"),
              reply_to=f"{mon[0]} <{mon[1]}>")
    case("b278-09-icims-screen-then-dm-interview", [("01-icims-phone-interview.eml", m1),
                                                   ("02-icims-in-person-dm.eml", m2)],
         [label("Summit Crossing Supercenter", "Store Manager",
                ISO("Wed 2026-10-07 11:00", ET, "2026-10-07T11:00:00-04:00"),
                ISO("Wed 2026-10-07 11:30", ET, "2026-10-07T11:30:00-04:00"), "scheduled",
                [mon[1]], [mon[1]], "phone_screen"),
          label("Summit Crossing Supercenter", "Store Manager",
                ISO("Wed 2026-10-21 10:00", ET, "2026-10-21T10:00:00-04:00"),
                ISO("Wed 2026-10-21 11:00", ET, "2026-10-21T11:00:00-04:00"), "scheduled",
                [greg[1]], [greg[1]], "hiring_manager")],
         "medium", "positive/two-interviews",
         "Two iCIMS confirmations with .ics: recruiter phone screen (recruiter is the interviewer) and a later "
         "in-person DM interview ('not a shift'). Two interviews; sender is an iCIMS auto-reply address.")


# =====================================================================================
# 10  Fountain: pre-employment drug screen appointment (negative)
# =====================================================================================
def c10():
    d1 = T("Tue 2026-10-27 16:20:05", UTC)
    st, en = T("Fri 2026-10-30 08:30", ET), T("Fri 2026-10-30 09:15", ET)
    t1 = f"""Hi Tasha,

Congratulations on your conditional offer for Store Manager - Grandview! Your next steps are a pre-employment drug screen and a background check.

Your drug screen appointment is booked:
{W("Friday, October 30, 2026")} at 8:30 AM
Quest Diagnostics Patient Service Center
1500 Bethel Rd, Suite 104, Columbus, OH 43220

Bring a government-issued photo ID and the donor pass number below. It's a 10-panel urine screen; allow 30-45 minutes. Results go directly to our People team.
Donor pass: {int(hx('c10dp', n=8), 16) % 10**9:09d}

Background check: watch your inbox for an invitation from our screening partner to authorize your background check. Please complete it within 72 hours.

Questions? Reply in your Fountain portal or text us at (614) 555-0177.

Scioto Valley Grocers People Team
"""
    ev = vevent(f"{hx('c10uid', n=22)}@fountain.com", st, en, "Drug Screen - Quest Diagnostics (Scioto Valley Grocers)",
                tzid=ET, stamp=d1, desc="Pre-employment 10-panel drug screen. Bring photo ID and donor pass.",
                location="Quest Diagnostics, 1500 Bethel Rd, Suite 104, Columbus, OH 43220",
                organizer=("Scioto Valley Grocers via Fountain", "noreply@hire.fountain.com"),
                attendees=[att("Tasha Robinson", OWNER)])
    icsx = ics([ev], prodid="-//Fountain//Applicant Scheduling//EN", tzids=[ET])
    m1 = mail("Scioto Valley Grocers via Fountain <noreply@hire.fountain.com>", OWNER,
              "Action required: your pre-employment drug screen is scheduled", ds(d1), MID("c10-1", "hire.fountain.com"),
              multipart("mixed", [alt(t1, "c10a"), p_att(icsx, "text/calendar", "appointment.ics")], "c10m"))
    case("b278-10-fountain-drug-screen", [("01-fountain-drug-screen.eml", m1)], [],
         "medium", "negative/background-drug-screen",
         "Post-offer drug screen appointment with a calendar file and a booked time; not an interview.")


# =====================================================================================
# 11  Nashville-area Discovery Day: itinerary + three Exchange invites (Central time, after DST)
# =====================================================================================
def c11():
    brooke = ("Brooke Simmons", "brooke.simmons@bluegrasstable.example")
    jav = ("Javier Molina", "javier.molina@bluegrasstable.example")
    dar = ("Darnell Hughes", "darnell.hughes@bluegrasstable.example")
    kim = ("Kim Tran", "kim.tran@bluegrasstable.example")
    d0 = T("Tue 2026-10-27 10:05:44", ET)
    sess = [
        ("a", jav, "Discovery Day 1 of 3: Restaurant walk + kitchen line check (Javier Molina)",
         "Tue 2026-11-10 09:00", "Tue 2026-11-10 10:30", "9:00 AM-10:30 AM", T("Tue 2026-10-27 14:31:07", UTC),
         "Tasha - Javier will meet you at the host stand and walk the dining room, kitchen and back dock with you. "
         "Come hungry for questions, not for work; you won't be on the line."),
        ("b", dar, "Discovery Day 2 of 3: Interview with Darnell Hughes, VP of Operations",
         "Tue 2026-11-10 10:45", "Tue 2026-11-10 11:45", "10:45 AM-11:45 AM", T("Tue 2026-10-27 14:33:52", UTC),
         "Sit-down interview with Darnell in the private dining room."),
        ("c", kim, "Discovery Day 3 of 3: People & Culture conversation (Kim Tran)",
         "Tue 2026-11-10 12:45", "Tue 2026-11-10 13:30", "12:45 PM-1:30 PM", T("Tue 2026-10-27 14:36:20", UTC),
         "Final conversation with Kim after lunch with the kitchen team."),
    ]
    t0 = f"""Hi Tasha,

The Nashville team would love to have you down for a Discovery Day for the General Manager role at Cumberland Smokehouse in Franklin, TN.

{W("Tuesday, November 10, 2026")} - all times are Central (Franklin is an hour behind Columbus):
9:00 - 10:30 AM   Restaurant walk + kitchen line check with Javier Molina, Area Director
10:45 - 11:45 AM  Interview with Darnell Hughes, VP of Operations
11:45 - 12:45 PM  Lunch with the kitchen team (on us, just relax)
12:45 - 1:30 PM   People & Culture conversation with Kim Tran

So you know what to expect: this is an interview day, not a trial shift. You won't be working the line; we'll walk it with you. Mileage and a hotel for Monday night are covered, and I'll send the booking separately.

You'll get three calendar invites from me, one per conversation.

Brooke Simmons
Talent Coordinator | Bluegrass Table Hospitality
brooke.simmons@bluegrasstable.example | (502) 555-0164
"""
    items = [("01-coordinator-itinerary.eml",
              mail(f"{brooke[0]} <{brooke[1]}>", OWNER_H, "Discovery Day in Franklin - Tuesday 11/10", ds(d0),
                   MID("c11-0", "bluegrasstable.example"), alt(t0, "c11z"),
                   cc=f"{jav[0]} <{jav[1]}>, {dar[0]} <{dar[1]}>, {kim[0]} <{kim[1]}>"))]
    loc = "Cumberland Smokehouse, 410 Main St, Franklin, TN 37064"
    for i, (k, who, summ, s, e, lbl, dt, dsc) in enumerate(sess):
        st, en = T(s, CT), T(e, CT)
        OFFS(st, -6)
        ev = outlook_vevent(exch_uid("c11" + k), st, en, summ, "Central Standard Time", 0, dt, dsc, loc, brooke,
                            [("Tasha Robinson", OWNER, "REQ-PARTICIPANT"), (who[0], who[1], "REQ-PARTICIPANT")])
        icsx = ics([ev], prodid="Microsoft Exchange Server 2010", tzids=["Central Standard Time"], win=True)
        when = f"{W('Tuesday, November 10, 2026')} {lbl} (UTC-06:00) Central Time (US & Canada)"
        m = outlook_invite("c11" + k, f"{brooke[0]} <{brooke[1]}>", f"Tasha Robinson <{OWNER}>; {who[0]} <{who[1]}>",
                           summ, ds(dt), when, dsc + f"\n\nBrooke Simmons\nTalent Coordinator | Bluegrass Table Hospitality\n",
                           icsx, where=loc)
        items.append((f"0{i + 2}-invite-{['walk', 'vp-ops', 'people-culture'][i]}.eml", m))
    ivs = [jav[1], dar[1], kim[1]]
    case("b278-11-franklin-discovery-day-invites", items,
         [label("Bluegrass Table Hospitality", "General Manager",
                ISO("Tue 2026-11-10 09:00", CT, "2026-11-10T09:00:00-06:00"),
                ISO("Tue 2026-11-10 13:30", CT, "2026-11-10T13:30:00-06:00"), "scheduled", ivs, ivs, "onsite")],
         "hard", "positive/onsite-multi-invite",
         "Itinerary mail plus three Exchange invites (TZID 'Central Standard Time', '(UTC-06:00) Central Time' "
         "labels) sent Oct 27 (EDT) for Tue Nov 10 in Franklin, TN (CST -06:00). One onsite 09:00-13:30 CST with a "
         "lunch break; coordinator is not an interviewer; 'not a trial shift'.")


# =====================================================================================
# 12  Harri video interview with a Bowling Green (Central) restaurant; .ics in UTC
# =====================================================================================
def c12():
    d1 = T("Thu 2026-10-22 17:40:12", UTC)
    d2 = T("Sun 2026-10-25 18:05:33", CT)
    OFFS(d2, -5)
    st, en = T("Mon 2026-10-26 15:00", CT), T("Mon 2026-10-26 15:45", CT)
    OFFS(st, -5)
    assert st.astimezone(ZoneInfo(ET)).hour == 16
    luke = ("Luke Harlan", "luke@barrenrivergrill.example")
    vid = f"https://harri.com/video/{hx('c12v', n=14)}"
    t1 = f"""Hi Tasha,

Your interview has been confirmed!

Position: General Manager
Employer: Barren River Grill - Bowling Green, KY
Type: Video interview (Harri Video)
When: {W("Monday, October 26, 2026")} \u00b7 3:00 PM CDT
Duration: 45 minutes
Interviewer: Luke Harlan, Owner

Join from the Harri app or at {vid} a few minutes early. An .ics file is attached so you can add it to your calendar.

Good luck!
The Harri Team
"""
    ev = vevent(f"{hx('c12uid', n=24)}@harri.com", st, en, "Interview: General Manager - Barren River Grill", utc=True,
                stamp=d1, desc=f"Harri Video interview with Luke Harlan (Owner). Join: {vid}", location=vid,
                organizer=("Barren River Grill", "no-reply@harri.com"),
                attendees=[att("Tasha Robinson", OWNER), att(luke[0], luke[1], partstat="ACCEPTED", rsvp="FALSE")])
    icsx = ics([ev], prodid="-//Harri//Interview Scheduling//EN")
    m1 = mail("Barren River Grill via Harri <no-reply@harri.com>", OWNER_H,
              "Interview confirmed: General Manager at Barren River Grill", ds(d1), MID("c12-1", "harri.com"),
              multipart("mixed", [alt(t1, "c12a", "base64"), p_att(icsx, "text/calendar", "interview.ics")], "c12m"))
    t2 = """Tasha,

Luke from Barren River Grill. Looking forward to our call tomorrow at 3 my time (central), so 4 for you up in Columbus. Harri's video thing can be glitchy; if it drops I'll just call your cell.

Our kitchen manager Dee may pop in for the last couple minutes to say hi.

Luke Harlan
Owner, Barren River Grill
luke@barrenrivergrill.example
"""
    m2 = mail(f"{luke[0]} <{luke[1]}>", OWNER, "tomorrow", ds(d2), MID("c12-2", "barrenrivergrill.example"),
              plain_only(t2))
    case("b278-12-harri-bowling-green-central", [("01-harri-interview-confirmed.eml", m1), ("02-owner-note.eml", m2)],
         [label("Barren River Grill", "General Manager",
                ISO("Mon 2026-10-26 15:00", CT, "2026-10-26T15:00:00-05:00"),
                ISO("Mon 2026-10-26 15:45", CT, "2026-10-26T15:45:00-05:00"), "scheduled",
                [luke[1]], [luke[1]], "hiring_manager")],
         "medium", "positive/harri-utc-ics-central",
         "Harri confirmation '3:00 PM CDT' (Bowling Green, KY is Central; CDT -05:00 until Nov 1) with a UTC .ics "
         "(20:00Z); owner's note 'tomorrow at 3 my time (central), so 4 for you' - same instant, one interview.")


# =====================================================================================
# 13  Mystery-shopper scam posing as a recruiter (negative)
# =====================================================================================
def c13():
    d1 = T("Mon 2026-10-19 06:14:22", "America/Los_Angeles")
    t1 = f"""Dear Tasha,

Your resume was forwarded to us from Indeed and your retail management background makes you a strong fit for our Store Evaluator (Mystery Shopper) program in Columbus, OH.

Position: Part-Time Store Evaluator
Pay: $450 per assignment, up to 3 assignments weekly
Schedule: Flexible, 2-3 hours per assignment

Your online interview is scheduled for {W("Thursday, October 22, 2026")} at 11:00 AM. The interview is conducted by text chat on Telegram with our Hiring Manager, Mr. Kevin Albright. Add @RQA_Hiring_Kevin on Telegram and send "Ready for interview" at the scheduled time.

After the interview, successful candidates receive a first assignment packet and a cashier's check for $2,850 to evaluate local money-transfer services. You will deposit the check, keep your $450 pay, and send the balance as instructed.

To reserve your interview slot, reply with your full name, home address, cell phone number and the name of your bank.

Regards,
Human Resources Department
Retail Quality Assurance Group
"""
    m1 = mail("Retail Quality Assurance Group <hiring@rqa-evaluations.example>", OWNER,
              "Interview Invitation: Store Evaluator / Mystery Shopper (Columbus, OH) - $450 Weekly", ds(d1),
              MID("c13-1", "rqa-evaluations.example"), alt(t1, "c13a"),
              reply_to="Kevin Albright <kalbright.rqa@securemail-hr.example>")
    case("b278-13-mystery-shopper-scam", [("01-mystery-shopper-interview.eml", m1)], [],
         "medium", "negative/scam",
         "Mystery-shopper check scam with an 'online interview' on Telegram at a fixed time; not a real job interview.")


# =====================================================================================
# 14  Indeed Interview confirmation + the user's own Calendar API event (dedupe, after DST)
# =====================================================================================
def c14():
    d1 = T("Fri 2026-10-30 15:12:40", UTC)
    st, en = T("Thu 2026-11-05 11:00", ET), T("Thu 2026-11-05 11:30", ET)
    OFFS(st, -5)
    room = f"https://www.indeed.com/interview/{hx('c14room', n=20)}"
    t1 = f"""Your interview is confirmed

Miami Valley Market
Store Manager - Kettering, OH

{W("Thursday, November 5, 2026")}
11:00 AM - 11:30 AM (EST)
Video interview on Indeed

You'll meet with Dana Whitfield, District Director.

How to join
On the day of your interview, go to {room}. You can join up to 10 minutes before the start time. No downloads needed.

Need to reschedule? Reschedule or cancel from your interview page. Messages to the employer go through Indeed.

Add to calendar: Google | Outlook | Apple

Indeed, 200 W 6th St, Austin, TX 78701
"""
    m1 = mail("Indeed <no-reply@indeed.com>", OWNER, "Interview confirmed with Miami Valley Market: Store Manager",
              ds(d1), MID("c14-1", "indeed.com"), alt(t1, "c14a", "base64"))
    created = T("Fri 2026-10-30 15:20:03", UTC)
    eid = hx("c14eid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c14etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(seconds=41)).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Interview with Miami Valley Market (Indeed)",
        "description": f"Store Manager - Kettering, OH\nVideo interview on Indeed with Dana Whitfield, District Director\nJoin: {room}",
        "location": room,
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": st.isoformat(), "timeZone": ET},
        "end": {"dateTime": en.isoformat(), "timeZone": ET},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [{"email": OWNER, "displayName": OWNER_NAME, "organizer": True, "self": True,
                       "responseStatus": "accepted"}],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
        "eventType": "default",
    }
    case("b278-14-indeed-interview-plus-gcal", [("01-indeed-interview-confirmed.eml", m1),
                                                ("02-my-calendar-event.gcal.json",
                                                 (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
         [label("Miami Valley Market", "Store Manager",
                ISO("Thu 2026-11-05 11:00", ET, "2026-11-05T11:00:00-05:00"),
                ISO("Thu 2026-11-05 11:30", ET, "2026-11-05T11:30:00-05:00"), "scheduled", [], [], "hiring_manager")],
         "medium", "positive/indeed-interview-gcal-dedupe",
         "Indeed Interview confirmation sent Oct 30 (EDT) for Thu Nov 5 11:00 EST, plus the user's own Calendar API "
         "event for the same slot -> one interview. Employer contact goes through Indeed only, so no human address.")


# =====================================================================================
# 15  The owner is the interviewer (current employer, shift-lead candidate) - negative
# =====================================================================================
def c15():
    paul = ("Paul Rinaldi", "paul.rinaldi@hearthstonegrocery.example")
    d1 = T("Fri 2026-10-09 21:15:02", UTC)
    d2 = T("Wed 2026-10-14 16:10:37", ET)
    st, en = T("Wed 2026-10-14 15:00", ET), T("Wed 2026-10-14 15:30", ET)
    cand = ("Jalen Brooks", "jalen.brooks22@example.net")
    desc = ("Tasha - can u sit in on this one w/ me and take the situational questions? Jalen is applying for the "
            "2nd shift lead opening at #27. Interview guide and his application are in the shared drive folder. "
            "You're on the interviewer side for this one.\n\nStore office, Hearthstone #27")
    title = "Shift Lead interview - Jalen Brooks (candidate)"
    ev = vevent(g_uid("c15"), st, en, title, tzid=ET, stamp=d1, created=d1, desc=desc,
                location="Hearthstone Grocery #27 - store office", organizer=paul,
                attendees=[att(paul[0], paul[1], partstat="ACCEPTED"), att(OWNER, OWNER),
                           att(cand[0], cand[1], partstat="ACCEPTED")])
    icsx = ics([ev], tzids=[ET])
    m1 = google_invite("c15-1", paul, f"Invitation: {title} @ Wed Oct 14, 2026 3pm - 3:30pm (EDT) ({OWNER})",
                       ds(d1), "Wednesday Oct 14, 2026 \u22c5 3pm \u2013 3:30pm (Eastern Time - New York)", desc,
                       icsx, guests=[(paul[0], paul[1]), ("", OWNER), (cand[0], cand[1])])
    t2 = """thx for covering the Jalen interview today. how'd u think he did? I liked his answer on the call-off question.

put your scorecard in by Fri and I'll make the call Monday.

Paul
Store Manager, Hearthstone #27
"""
    m2 = mail(f"{paul[0]} <{paul[1]}>", OWNER_H, "Jalen", ds(d2), MID("c15-2", "hearthstonegrocery.example"),
              plain_only(t2))
    case("b278-15-owner-interviews-shift-lead", [("01-invite-shift-lead-interview.eml", m1),
                                                 ("02-store-manager-followup.eml", m2)], [],
         "medium", "negative/user-is-interviewer",
         "Google invite titled 'Shift Lead interview' from the user's current store manager; the user interviews a "
         "candidate for her own store -> not her interview.")


# =====================================================================================
# 16  Outlook/Teams panel for a District Manager role on the Monday after DST ends
# =====================================================================================
def c16():
    han = ("Hannah Lowry", "hannah.lowry@keystoneoutfitters.example")
    cur = ("Curtis Bell", "curtis.bell@keystoneoutfitters.example")
    son = ("Sonia Alvarez", "sonia.alvarez@keystoneoutfitters.example")
    d1 = T("Tue 2026-10-27 11:05:17", ET)
    d2 = T("Tue 2026-10-27 15:21:44", UTC)
    st, en = T("Mon 2026-11-02 16:00", ET), T("Mon 2026-11-02 17:00", ET)
    OFFS(d1, -4)
    OFFS(st, -5)
    t1 = f"""Hi Tasha,

Great news: Curtis and Sonia read through my notes from our phone screen and would like to move you to the panel round for District Manager - Central Ohio.

We've locked in {W("Monday, November 2, 2026")}, 4:00 to 5:00 PM Eastern. Heads up that's the Monday right after the clocks fall back, so double-check that your calendar shows 4 PM. I'll send a Teams invite from my calendar in a few minutes.

Panel: Curtis Bell (Regional Vice President, Midwest) and Sonia Alvarez (Regional HR Business Partner). They'll cover multi-unit leadership, talent development, and a short case on an underperforming store. You'll see the store's numbers on screen during the call, so no prep is needed.

Hannah Lowry
Talent Acquisition Partner | Keystone Outfitters
hannah.lowry@keystoneoutfitters.example
"""
    m1 = mail(f"{han[0]} <{han[1]}>", OWNER_H, "Next step: District Manager panel", ds(d1),
              f"<{hx('c16m1', n=24).upper()}@BN7PR05MB4417.namprd05.prod.outlook.com>", alt(t1, "c16a"),
              cc=f"{cur[0]} <{cur[1]}>, {son[0]} <{son[1]}>",
              received_by="NAM10-BN7-obe.outbound.protection.outlook.com")
    summ = "Keystone Outfitters - District Manager Panel - Tasha Robinson"
    dsc = ("Tasha - joining link below. I'll open the meeting and introduce everyone, then drop off.\n\nHannah\n\n"
           + teams_block("c16"))
    ev = outlook_vevent(exch_uid("c16"), st, en, summ, "Eastern Standard Time", 0, d2, dsc, "Microsoft Teams Meeting",
                        han, [("Tasha Robinson", OWNER, "REQ-PARTICIPANT"), (cur[0], cur[1], "REQ-PARTICIPANT"),
                              (son[0], son[1], "REQ-PARTICIPANT")])
    icsx = ics([ev], prodid="Microsoft Exchange Server 2010", tzids=["Eastern Standard Time"], win=True)
    m2 = outlook_invite("c16", f"{han[0]} <{han[1]}>",
                        f"Tasha Robinson <{OWNER}>, {cur[0]} <{cur[1]}>, {son[0]} <{son[1]}>", summ, ds(d2),
                        f"{W('Monday, November 2, 2026')} 4:00 PM-5:00 PM (UTC-05:00) Eastern Time (US & Canada)",
                        dsc, icsx)
    ivs = [cur[1], son[1]]
    case("b278-16-teams-panel-after-dst", [("01-recruiter-panel-next-step.eml", m1), ("02-teams-invite-panel.eml", m2)],
         [label("Keystone Outfitters", "District Manager",
                ISO("Mon 2026-11-02 16:00", ET, "2026-11-02T16:00:00-05:00"),
                ISO("Mon 2026-11-02 17:00", ET, "2026-11-02T17:00:00-05:00"), "scheduled", ivs, ivs, "onsite")],
         "medium", "positive/outlook-teams-panel-dst",
         "Recruiter mail + Exchange/Teams invite (TZID 'Eastern Standard Time') sent Oct 27 (EDT) for Mon Nov 2, "
         "the first weekday after DST ends -> -05:00. Two-person panel = onsite; organizer only introduces.")


# =====================================================================================
# 17  Paradox/Olivia availability request never booked (negative)
# =====================================================================================
def c17():
    d1 = T("Thu 2026-10-22 16:03:19", UTC)
    d2 = T("Sat 2026-10-24 16:05:00", UTC)
    link = f"https://lakeviewpet.paradox.ai/s/{hx('c17', n=12)}"
    WD("Tue", 2026, 10, 27)
    WD("Wed", 2026, 10, 28)
    t1 = f"""Hi Tasha, it's Olivia from Lakeview Pet Supply! \U0001F43E

Thanks for applying for Store Leader at our Easton location. The hiring manager would like to meet you. Which of these works best?

1\ufe0f\u20e3 Tue 10/27 at 9:00 AM
2\ufe0f\u20e3 Tue 10/27 at 10:30 AM
3\ufe0f\u20e3 Wed 10/28 at 1:00 PM

Reply 1, 2 or 3 to my text, or pick a time here: {link}

I can hold these times for 48 hours.

Olivia
Lakeview Pet Supply Recruiting
"""
    t2 = f"""Hi Tasha! Just checking in. I haven't been able to lock in your interview yet and the times I offered are about to expire.

Tap below to see the latest openings for Store Leader - Easton:
{link}

Not interested anymore? Reply STOP and I won't reach out again.

Olivia \U0001F43E
"""
    frm = "Olivia at Lakeview Pet Supply <no-reply@paradox.ai>"
    m1 = mail(frm, OWNER, "Pick a time to interview with Lakeview Pet Supply", ds(d1), MID("c17-1", "paradox.ai"),
              alt(t1, "c17a"))
    m2 = mail(frm, OWNER, "Your interview times are about to expire", ds(d2), MID("c17-2", "paradox.ai"),
              alt(t2, "c17b"))
    case("b278-17-olivia-availability-unbooked", [("01-olivia-pick-a-time.eml", m1), ("02-olivia-times-expiring.eml", m2)],
         [], "medium", "negative/availability-request",
         "Olivia offers three slots and then says the times are expiring; nothing is ever booked.")


# =====================================================================================
# 18  UKG invite, then the DM moves it by e-mail (no new invite)
# =====================================================================================
def c18():
    ang = ("Angela Ruiz", "angela.ruiz@lakeshorefresh.example")
    d1 = T("Fri 2026-10-16 13:27:45", ET)
    d2 = T("Mon 2026-10-19 08:12:30", ET)
    d3 = T("Mon 2026-10-19 08:40:02", ET)
    d4 = T("Mon 2026-10-19 09:02:44", ET)
    s0, e0 = T("Tue 2026-10-20 10:00", ET), T("Tue 2026-10-20 11:00", ET)
    t1 = f"""Hello Tasha,

Your interview for Store Manager - Westerville has been scheduled.

Interview type: In person
Date/Time: {W("Tuesday, October 20, 2026")} 10:00 AM - 11:00 AM (America/New_York)
Location: Lakeshore Fresh Market #12, 575 S State St, Westerville, OH 43081
Interviewer(s): Angela Ruiz

Please bring a copy of your resume and plan to arrive 10 minutes early. The calendar invitation is attached.

Requisition #3381
Powered by UKG Pro Recruiting
"""
    ev = vevent(f"{hx('c18uid', n=24)}@ultipro.com", s0, e0, "Interview - Store Manager - Westerville (Req #3381)",
                tzid=ET, stamp=d1, desc="In-person interview with Angela Ruiz, District Manager.",
                location="Lakeshore Fresh Market #12, 575 S State St, Westerville, OH 43081", organizer=ang,
                attendees=[att("Tasha Robinson", OWNER), att(ang[0], ang[1], partstat="ACCEPTED")])
    icsx = ics([ev], prodid="-//UKG//UKG Pro Recruiting//EN", tzids=[ET])
    m1 = mail("Lakeshore Fresh Market Recruiting <noreply@ultipro.com>", OWNER,
              "Interview Scheduled: Store Manager - Westerville (Req #3381)", ds(d1), MID("c18-1", "ultipro.com"),
              multipart("mixed", [alt(t1, "c18a"), p_att(icsx, "text/calendar", "Interview.ics", "; method=REQUEST")],
                        "c18m"))
    t2 = """Hi Tasha - Angela Ruiz, DM for Lakeshore Fresh. I got pulled into a food safety audit at our Polaris store tmrw morning. any chance we could do thurs 10/22, same time (10am), same place? sorry for the shuffle!

Angela

Sent from my Galaxy
"""
    WD("Thu", 2026, 10, 22)
    mid2 = MID("c18-2", "lakeshorefresh.example")
    m2 = mail(f"{ang[0]} <{ang[1]}>", OWNER, "Tuesday interview", ds(d2), mid2, plain_only(t2))
    t3 = ("Hi Angela,\n\nNo worries at all - Thursday the 22nd at 10:00 at the Westerville store works for me. "
          "See you then!\n\nTasha\n\n" + quote(t2, d2, f"{ang[0]} <{ang[1]}>"))
    mid3 = MID("c18-3", "mail.gmail.com")
    m3 = mail(OWNER_H, f"{ang[0]} <{ang[1]}>", "Re: Tuesday interview", ds(d3), mid3,
              plain_only(t3, "quoted-printable", "UTF-8"), in_reply_to=mid2, references=mid2)
    t4 = ("great, thank you!! I'll fix it in UKG but if the system doesn't send a new invite just go by this. "
          "see u thurs\n\nAngela\n\nSent from my Galaxy\n\n" + quote(t3, d3, OWNER_H))
    m4 = mail(f"{ang[0]} <{ang[1]}>", OWNER, "Re: Tuesday interview", ds(d4), MID("c18-4", "lakeshorefresh.example"),
              plain_only(t4, "quoted-printable", "UTF-8"), in_reply_to=mid3, references=f"{mid2} {mid3}")
    case("b278-18-ukg-reschedule-by-email", [("01-ukg-interview-scheduled.eml", m1), ("02-dm-asks-thurs.eml", m2),
                                             ("03-tasha-confirms-thurs.eml", m3), ("04-dm-go-by-this.eml", m4)],
         [label("Lakeshore Fresh Market", "Store Manager",
                ISO("Thu 2026-10-22 10:00", ET, "2026-10-22T10:00:00-04:00"),
                ISO("Thu 2026-10-22 11:00", ET, "2026-10-22T11:00:00-04:00"), "scheduled",
                [ang[1]], [ang[1]], "hiring_manager")],
         "hard", "positive/reschedule-by-email",
         "UKG invite for Tue Oct 20 10:00; the DM moves it by text-style e-mail to 'thurs 10/22, same time' and no "
         "new invite follows. Final time Thu Oct 22 10:00-11:00 EDT; the stale .ics must not win.")


# =====================================================================================
# 19  Onboarding orientation after hire (Workday + Google invite) - negative
# =====================================================================================
def c19():
    ren = ("Renata Silva", "renata.silva@maplecrest.example")
    d1 = T("Thu 2026-11-05 10:15:00", ET)
    d2 = T("Thu 2026-11-05 16:40:18", UTC)
    st, en = T("Mon 2026-11-16 08:00", ET), T("Mon 2026-11-16 16:30", ET)
    OFFS(st, -5)
    t1 = f"""Hi Tasha,

Congratulations and welcome to Maplecrest Home & Garden! We're excited to have you join as Store Manager for store #1142.

Your first day is {W("Monday, November 16, 2026")}, and it starts with New Hire Orientation at the Regional Support Office, 4400 Easton Commons Way, Columbus, OH 43219, from 8:00 AM to 4:30 PM EST.

Day 1 agenda
8:00 AM  Welcome, badge photo and paperwork
10:00 AM  Safety and asset protection
12:00 PM  Lunch provided
1:00 PM  Systems access and scheduling tools
2:00 PM  Onboarding 1:1 with your District Manager, Derrick Owens (your 30-60-90 day plan)

Before your first day, please finish these onboarding tasks in Workday:
- Form I-9 (bring your documents on Day 1)
- W-4 and Ohio IT 4
- Direct deposit
- Code of Conduct acknowledgement

Welcome aboard,
Maplecrest Home & Garden People Services
"""
    m1 = mail("Maplecrest Home & Garden <maplecrest@myworkday.com>", OWNER,
              "Welcome to Maplecrest! Your onboarding tasks and New Hire Orientation", ds(d1),
              MID("c19-1", "myworkday.com"), alt(t1, "c19a"))
    desc = ("Store Manager new hire orientation (cohort starting 11/16). Bring I-9 documents. "
            "Lunch provided. Questions: Renata Silva, HR Onboarding Coordinator.")
    title = "New Hire Orientation - Store Managers (Cohort 11/16)"
    ev = vevent(g_uid("c19"), st, en, title, tzid=ET, stamp=d2, created=d2, desc=desc,
                location="Maplecrest Regional Support Office, 4400 Easton Commons Way, Columbus, OH 43219",
                organizer=ren, attendees=[att(ren[0], ren[1], partstat="ACCEPTED"), att(OWNER, OWNER)])
    icsx = ics([ev], tzids=[ET])
    m2 = google_invite("c19-2", ren, f"Invitation: {title} @ Mon Nov 16, 2026 8am - 4:30pm (EST) ({OWNER})", ds(d2),
                       "Monday Nov 16, 2026 \u22c5 8am \u2013 4:30pm (Eastern Time - New York)", desc, icsx,
                       guests=[(ren[0], ren[1]), ("", OWNER)])
    case("b278-19-onboarding-orientation", [("01-workday-welcome-onboarding.eml", m1),
                                            ("02-invite-orientation.eml", m2)], [],
         "easy", "negative/onboarding",
         "Post-hire orientation with an invite and a '1:1 with your District Manager' agenda item; not an interview.")


# =====================================================================================
# 20  Hiring event WITH a booked slot and a named manager (positive)
# =====================================================================================
def c20():
    kei = ("Keisha Grant", "keisha.grant@foundryhome.example")
    d1 = T("Fri 2026-10-16 12:00:00", ET)
    d2 = T("Wed 2026-10-21 22:14:09", UTC)
    st, en = T("Sat 2026-10-24 11:20", ET), T("Sat 2026-10-24 11:40", ET)
    reserve = f"https://foundryhome.paradox.ai/event/{hx('c20ev', n=10)}"
    t1 = f"""Foundry Home Center Hiring Event
{W("Saturday, October 24, 2026")} | 9 AM - 3 PM
Foundry Home Center #2217, 6100 Sawmill Rd, Dublin, OH 43017

Meet our store leadership team and talk about salaried Operations Manager and Department Supervisor careers.

Walk-ins are welcome all day, but candidates who reserve a time are seen first.
Reserve your time: {reserve}

Foundry Home Center is an Equal Opportunity Employer.
"""
    m1 = mail("Foundry Home Center Careers <careers@foundryhome.example>", OWNER,
              "Hiring Event Sat 10/24: meet our store leaders (walk in or reserve a time)", ds(d1),
              MID("c20-1", "foundryhome.example"), alt(t1, "c20a"))
    t2 = f"""Hi Tasha! Olivia here from Foundry Home Center \U0001F6E0\ufe0f

You're confirmed for our Hiring Event. Here are your details:

{W("Saturday, October 24, 2026")}
Interview time: 11:20 AM
With: Keisha Grant, Store Manager
Where: Foundry Home Center #2217, 6100 Sawmill Rd, Dublin, OH 43017 (use the Pro entrance; we're set up in the Training Room)

Interviews run about 20 minutes. You'll be talking with Keisha about our salaried Operations Manager role.

Need a different time? Reply CHANGE.

See you Saturday!
Olivia
"""
    ev = vevent(f"{hx('c20uid', n=20)}@paradox.ai", st, en,
                "Hiring Event Interview: Operations Manager w/ Keisha Grant - Foundry #2217", tzid=ET, stamp=d2,
                desc="Reserved hiring-event interview with Keisha Grant, Store Manager. Use the Pro entrance.",
                location="Foundry Home Center #2217, 6100 Sawmill Rd, Dublin, OH 43017",
                organizer=("Olivia (Foundry Home Center)", "no-reply@paradox.ai"),
                attendees=[att("Tasha Robinson", OWNER), att(kei[0], kei[1], partstat="ACCEPTED", rsvp="FALSE")])
    icsx = ics([ev], prodid="-//Paradox//Olivia Scheduling 4.2//EN", tzids=[ET])
    m2 = mail("Olivia from Foundry Home Center <no-reply@paradox.ai>", OWNER_H,
              "You're booked! Foundry Home Center Hiring Event 10/24 at 11:20 AM", ds(d2), MID("c20-2", "paradox.ai"),
              multipart("mixed", [alt(t2, "c20b"), p_att(icsx, "text/calendar", "hiring-event.ics")], "c20m"))
    case("b278-20-hiring-event-booked-slot", [("01-hiring-event-announcement.eml", m1),
                                              ("02-olivia-booked-slot.eml", m2)],
         [label("Foundry Home Center", "Operations Manager",
                ISO("Sat 2026-10-24 11:20", ET, "2026-10-24T11:20:00-04:00"),
                ISO("Sat 2026-10-24 11:40", ET, "2026-10-24T11:40:00-04:00"), "scheduled",
                [kei[1]], [kei[1]], "hiring_manager")],
         "hard", "positive/hiring-event-booked-slot",
         "Hiring-event blast (9-3, walk-ins) followed by an Olivia booking: 11:20 AM, ~20 minutes, with a named store "
         "manager (address in the .ics). Only the booked slot is the interview, not the 9 AM-3 PM event.")


# =====================================================================================
# 21  Workday one-way (on-demand) video interview with a deadline - negative
# =====================================================================================
def c21():
    d1 = T("Mon 2026-10-19 09:02:11", ET)
    d2 = T("Thu 2026-10-22 09:00:37", ET)
    link = f"https://pioneerpantry.wd5.myworkdayjobs.com/en-US/Careers/videointerview/{hx('c21', n=16)}"
    t1 = f"""Dear Tasha,

Thank you for applying for Store Manager (Indianapolis - Fountain Square) with Pioneer Pantry Markets.

Your next step is an on-demand video interview. There is no live interviewer: you'll record answers to 5 questions at a time that suits you, from a phone or computer.

Deadline: {W("Friday, October 23, 2026")} at 11:59 PM ET
Each question gives you 30 seconds to prepare and up to 2 minutes to answer.

Begin your video interview: {link}

Our recruiting team reviews recordings within 5 business days.

Pioneer Pantry Markets Talent Acquisition
"""
    t2 = f"""Hi Tasha,

Friendly reminder: your on-demand video interview for Store Manager (Indianapolis - Fountain Square) expires tomorrow at 11:59 PM ET. It takes about 15 minutes.

{link}

Pioneer Pantry Markets Talent Acquisition
"""
    frm = "Pioneer Pantry Markets <pioneerpantry@myworkday.com>"
    m1 = mail(frm, OWNER, "Next step: On-Demand Video Interview - Store Manager (Indianapolis - Fountain Square)",
              ds(d1), MID("c21-1", "myworkday.com"), alt(t1, "c21a"))
    m2 = mail(frm, OWNER, "Reminder: your video interview expires tomorrow", ds(d2), MID("c21-2", "myworkday.com"),
              alt(t2, "c21b"))
    case("b278-21-workday-one-way-video", [("01-workday-on-demand-video.eml", m1), ("02-workday-reminder.eml", m2)],
         [], "medium", "negative/one-way-video",
         "One-way recorded video interview with a deadline ('no live interviewer'); not an interview.")


# =====================================================================================
# 22  Calendar API event only: DM phone screen organised from Central time
# =====================================================================================
def c22():
    sim = ("Simone Archer", "simone.archer@ridgelineroasters.example")
    st, en = T("Wed 2026-10-28 12:00", CT), T("Wed 2026-10-28 12:45", CT)
    OFFS(st, -5)
    assert st.astimezone(ZoneInfo(ET)).isoformat() == "2026-10-28T13:00:00-04:00"
    created = T("Thu 2026-10-22 15:41:09", UTC)
    eid = hx("c22eid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c22etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=7, seconds=12)).strftime("%Y-%m-%dT%H:%M:%S.208Z"),
        "summary": "Phone screen: Tasha Robinson - District Manager, Central Ohio (Ridgeline Roasters)",
        "description": ("Simone will call Tasha at (614) 555-0148.\n45 min. Topics: multi-unit experience, "
                        "food safety, hiring plan for the six Columbus cafes.\n\nSimone Archer, Regional Director"),
        "location": "Phone call",
        "creator": {"email": sim[1], "displayName": sim[0]},
        "organizer": {"email": sim[1], "displayName": sim[0]},
        "start": {"dateTime": st.isoformat(), "timeZone": CT},
        "end": {"dateTime": en.isoformat(), "timeZone": CT},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": sim[1], "displayName": sim[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b278-22-gcal-dm-phone-screen-central", [("01-phone-screen.gcal.json",
                                                   (json.dumps(ev, indent=2) + "\n").encode())],
         [label("Ridgeline Roasters", "District Manager",
                ISO("Wed 2026-10-28 13:00", ET, "2026-10-28T13:00:00-04:00"),
                ISO("Wed 2026-10-28 13:45", ET, "2026-10-28T13:45:00-04:00"), "scheduled",
                [sim[1]], [sim[1]], "phone_screen")],
         "medium", "positive/gcal-json-central",
         "Calendar API event only; organizer's dateTime is 12:00-05:00 in America/Chicago (CDT), i.e. 13:00 EDT "
         "for the user. Regional director calls the user.")


# =====================================================================================
# 23  iCIMS rejection that mentions a past interview - negative
# =====================================================================================
def c23():
    d1 = T("Thu 2026-11-05 16:44:03", ET)
    t1 = """Dear Tasha,

Thank you for taking the time to interview with our District Manager on October 20 for the Store Manager - Grove City position, and for your interest in Tri-County Supercenter.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of this store. This was a difficult decision.

We'll keep your resume on file for 12 months and encourage you to apply for future openings at careers.tricountysuper.example.

We wish you the best in your search.

Tri-County Supercenter Talent Acquisition
Powered by iCIMS
"""
    WD("Tue", 2026, 10, 20)
    m1 = mail("Tri-County Supercenter <tricountysuper+autoreply@talent.icims.com>", OWNER,
              "Your application for Store Manager - Grove City", ds(d1), MID("c23-1", "talent.icims.com"),
              alt(t1, "c23a", "base64"))
    case("b278-23-icims-rejection", [("01-icims-rejection.eml", m1)], [], "easy", "negative/rejection",
         "Rejection that refers to an earlier interview date; nothing to schedule.")


# =====================================================================================
# main
# =====================================================================================
def readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    st = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
    kd = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    n = len(labels)
    return f"""# blind278: US retail and restaurant management hiring (written blind)

Mailbox owner: Tasha Robinson <{OWNER}>, assistant store manager in Columbus, Ohio (America/New_York),
applying for store manager, district manager and restaurant general manager roles at big-box retailers,
grocery chains, a coffee chain and restaurants in Ohio, Indiana and Kentucky/Tennessee.

This set was written blind: only the eval README and three dev files (dev labels.yaml, one Outlook .eml, one .gcal.json; format check) were read; no tool code,
tests or other sets.

## What it stresses
- Text-style scheduling (Paradox/Olivia, DMs writing "can u come in thurs at 2?", "tmrw", "thurs 10/22").
- Store walk-throughs vs. working interviews: an unpaid DM walk-through is an interview (04); a paid trial
  shift labelled "working interview" is not (05).
- Open hiring events: walk-in only is negative (08); a booked slot with a named manager is positive (20).
- Reschedules by invite (same UID, SEQUENCE 1) and by e-mail with a stale invite; a cancellation; two interviews
  in one case; a Discovery Day sent as three invites; relative dates in a body; propose/confirm threads.
- Hard negatives: Indeed job alerts, paid trial shift, walk-in hiring event, drug screen, mystery-shopper scam,
  owner as interviewer, unbooked Olivia availability request, onboarding orientation, one-way video, rejection.
- Time zones: Eastern, Indianapolis, Louisville and Central (Kentucky/Tennessee) across the Nov 1 2026 US DST change.

## Counts
- Cases: {n}; positive: {len(pos)}; negative: {n - len(pos)}.
- Labelled interviews: {len(ivs)} (status: {st}; kind: {kd}).

## Formats
.eml (text/plain and HTML, quoted-printable, base64 and 7bit; threads with In-Reply-To/References), Google
Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics),
Exchange/Teams invites (multipart/alternative, Windows TZIDs, X-MICROSOFT-CDO-*, "(UTC-06:00)" / "(UTC-05:00)"
labels), ATS mails with .ics attachments (Paradox, Workday incl. METHOD:CANCEL, iCIMS, UKG, Harri, Fountain),
Indeed Interview and Indeed alerts, one standalone .ics (08), Calendar API `.gcal.json` events (14, 22).

## Time-zone / DST points
- 06: Google invite TZID America/Kentucky/Louisville; Thu Oct 29 10:00 EDT (-04:00) rescheduled to Tue Nov 3
  10:00 EST (-05:00) after the Nov 1 change.
- 07: Workday TZID America/Indiana/Indianapolis; booked Oct 29 (Date -0400), cancelled Nov 2 (Date -0500);
  interview Wed Nov 4 13:00 EST (-05:00).
- 11: Exchange TZID "Central Standard Time", "(UTC-06:00) Central Time"; sent Oct 27 (EDT) for Tue Nov 10
  09:00-13:30 CST (-06:00) in Franklin, TN.
- 12: Bowling Green, KY (Central): "3:00 PM CDT" on Mon Oct 26 = -05:00 (before DST ends); .ics in UTC (20:00Z);
  owner writes "3 my time (central), so 4 for you"; his Date header is -0500 (CDT).
- 14: Indeed mail sent Oct 30 (EDT period) for Thu Nov 5 11:00 EST (-05:00); Calendar API event in America/New_York.
- 16: Exchange TZID "Eastern Standard Time", label "(UTC-05:00)"; sent Oct 27 (Date -0400) for Mon Nov 2 16:00 EST,
  the first weekday after DST ends.
- 22: Calendar API event in America/Chicago, 12:00-05:00 (CDT) = 13:00 EDT for the owner.
- 03: "tomorrow at 2" resolved against Date Mon Oct 5 16:41 -0400 -> Tue Oct 6 14:00 EDT.
- 19 (negative): orientation Mon Nov 16 08:00 EST; 13 (negative): scam mail dated -0700.
"""


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22, c23):
        fn()
    for d in sorted(OUT.glob("b278-*")):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for slug, items, lab in CASES:
        nn = slug.split("-")[1]
        d = OUT / slug
        d.mkdir()
        for name, data in items:
            assert name[:2] == f"{int(name[:2]):02d}" and (name.endswith(".eml") or name.endswith(".ics")
                                                           or name.endswith(".gcal.json")), name
            (d / name).write_bytes(data)
        assert slug.startswith(f"b278-{nn}-")
        labels[slug] = lab
    nums = [int(s.split("-")[1]) for s in labels]
    assert nums == list(range(1, len(nums) + 1)), nums
    text = ("# Labels for blind278 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels), encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
