#!/usr/bin/env python3
"""Regenerate the blind139 evaluation set (interview detection).

Owner: Imani Castellanos <imani.castellanos@example.com>, a fully remote customer-support
lead living in Tucson, Arizona (America/Phoenix, no DST) who applies to remote-first US
companies in every US time zone.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; no clock, no randomness.
Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
"""
import base64
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b139-"

UTC = timezone.utc
PHX = "America/Phoenix"
LA = "America/Los_Angeles"
DEN = "America/Denver"
CHI = "America/Chicago"
NYC = "America/New_York"

OWNER = "imani.castellanos@example.com"
OWNER_NAME = "Imani Castellanos"
OWNER_WORK = "imani.castellanos@brightwater-payroll.example"

CASES = {}   # case_id -> {filename: bytes}
LABELS = {}  # case_id -> label dict


# --------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, zone, s=0, weekday=None):
    """Aware datetime in an IANA zone; optionally assert the weekday named in the text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(zone))
    if weekday is not None:
        assert x.strftime("%A") == weekday, (x, weekday)
    return x


def utc(x):
    return x.astimezone(UTC)


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def ical_utc(x):
    return utc(x).strftime("%Y%m%dT%H%M%SZ")


def ical_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def hm(x):
    """1pm / 1:30pm (Google Calendar style)."""
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h}{ap}" if x.minute == 0 else f"{h}:{x.minute:02d}{ap}"


def hm_upper(x):
    """1:00 PM (ATS style)."""
    h = x.hour % 12 or 12
    ap = "AM" if x.hour < 12 else "PM"
    return f"{h}:{x.minute:02d} {ap}"


def long_date(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def check_offset(x, expected):
    got = x.strftime("%z")
    assert got == expected, (x, got, expected)
    return x


# --------------------------------------------------------------------------- MIME helpers
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def fold_header(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "=?" in value or "\n" in value:
        return line + "\n"
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out) + "\n"


def leaf(ctype, text, cte="7bit", disp=None, extra=()):
    data = text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    if disp:
        hdrs.append(("Content-Disposition", disp))
    hdrs.extend(extra)
    return ("leaf", hdrs, body)


def multi(subtype, boundary, parts):
    return ("multi", [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], (boundary, parts))


def render_part(p):
    kind, hdrs, payload = p
    out = "".join(fold_header(k, v) for k, v in hdrs) + "\n"
    if kind == "leaf":
        return out + payload
    boundary, parts = payload
    for sp in parts:
        out += f"--{boundary}\n" + render_part(sp) + "\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, root):
    head = "".join(fold_header(k, enc_header(v) if k == "Subject" else v) for k, v in headers)
    return (head + "MIME-Version: 1.0\n" + render_part(root)).encode("utf-8")


def received(host, ip, msgid_token, when):
    return (f"from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id {msgid_token}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(utc(when))}")


def html_paras(text):
    paras = [p for p in text.split("\n\n")]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)


def quote_plain(text):
    out = []
    for l in text.rstrip("\n").split("\n"):
        if l.startswith(">"):
            out.append(">" + l)
        elif not l:
            out.append(">")
        else:
            out.append("> " + l)
    return "\n".join(out)


# --------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold_ics(l) for l in lines) + "\r\n"


def vtz_us(tzid, std, dst, std_name, dst_name, lic=True):
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
              "END:VTIMEZONE"]
    return lines


VTZ = {
    LA: vtz_us(LA, "-0800", "-0700", "PST", "PDT"),
    DEN: vtz_us(DEN, "-0700", "-0600", "MST", "MDT"),
    CHI: vtz_us(CHI, "-0600", "-0500", "CST", "CDT"),
    NYC: vtz_us(NYC, "-0500", "-0400", "EST", "EDT"),
    PHX: ["BEGIN:VTIMEZONE", f"TZID:{PHX}", f"X-LIC-LOCATION:{PHX}", "BEGIN:STANDARD",
          "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "DTSTART:19700101T000000",
          "END:STANDARD", "END:VTIMEZONE"],
}

VTZ_WIN_US_MOUNTAIN = ["BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time", "BEGIN:STANDARD",
                       "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
                       "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                       "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=True):
    cn = f'"{name}"' if ("," in name or ";" in name or ":" in name) else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


# --------------------------------------------------------------------------- Google Calendar
G_ZONE = {PHX: ("MST", "Mountain Standard Time - Phoenix")}


def g_eid(uid, email):
    raw = f"{uid.split('@')[0]} {email}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def google_ics(*, method, uid, seq, start, end, dtstamp, created, organizer, attendees, summary,
               description, meet=None, status="CONFIRMED", location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in attendees:
        lines.append(attendee(name, email, ps))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{ical_utc(created)}", f"DESCRIPTION:{ics_escape(desc)}",
              f"LAST-MODIFIED:{ical_utc(dtstamp)}", f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
              "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def google_invite(*, kind, msgid, date, organizer, attendees, summary, description, start, end, uid,
                  seq, created, meet=None, bounds, note=None, recv_ip="209.85.220.41",
                  recv_host="mail-sor-f41.google.com", location=""):
    """kind: 'new' | 'updated' | 'canceled'.  Times are displayed in the owner's zone (Phoenix)."""
    ls, le = start.astimezone(ZoneInfo(PHX)), end.astimezone(ZoneInfo(PHX))
    abbr, zlong = G_ZONE[PHX]
    when_subj = f"{ls:%a %b} {ls.day}, {ls.year} {hm(ls)} - {hm(le)} ({abbr})"
    when_body = f"{ls:%A %b} {ls.day}, {ls.year} \u22c5 {hm(ls)} \u2013 {hm(le)}"
    prefix = {"new": "Invitation", "updated": "Updated invitation",
              "canceled": "Canceled event with note" if note else "Canceled event"}[kind]
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    eid = g_eid(uid, OWNER)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guests = []
    for name, email, _ps in attendees:
        if name == email:
            guests.append(email)
            continue
        guests.append(f"{name} - organizer" if email == organizer[1] else name)
        guests.append(email)
    lines = []
    if kind == "canceled":
        lines.append("This event has been canceled" + (" with a note:" if note else "."))
        if note:
            lines.append(f"\"{note}\"")
        lines.append("")
    elif kind == "updated":
        lines.append("This event has been updated")
        lines.append("Changed: time")
        lines.append("")
    lines += [summary, when_body, zlong, ""]
    if meet and kind != "canceled":
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"] + guests
    if kind != "canceled":
        lines.append(f"View all guest info {view}")
    lines.append("")
    if description:
        lines += [description, ""]
    if kind != "canceled":
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           + html_paras(plain.replace("~~//~~\n", "")) + "</div></body></html>\n")
    method = "CANCEL" if kind == "canceled" else "REQUEST"
    cal = google_ics(method=method, uid=uid, seq=seq, start=start, end=end, dtstamp=date, created=created,
                     organizer=organizer, attendees=attendees, summary=summary,
                     description=description, meet=None if kind == "canceled" else meet,
                     status="CANCELLED" if kind == "canceled" else "CONFIRMED", location=location)
    root = multi("mixed", bounds[0], [
        multi("alternative", bounds[1], [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', cal, "base64", 'attachment; filename="invite.ics"'),
    ])
    token = msgid.split("@")[0][-12:]
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(recv_host, recv_ip, token, date)),
        ("Return-Path", f"<{token}-calendar@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<{msgid}>"),
        ("Date", rfc(utc(date))),
        ("Subject", subject),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return message(headers, root)


# --------------------------------------------------------------------------- generic human / vendor mail
def mail(*, headers, plain, htm=None, bounds=None, attachments=(), plain_cte="quoted-printable",
         html_cte="quoted-printable"):
    body = leaf('text/plain; charset="UTF-8"', plain, plain_cte)
    if htm is not None:
        body = multi("alternative", bounds[0], [body, leaf('text/html; charset="UTF-8"', htm, html_cte)])
    if attachments:
        body = multi("mixed", bounds[1], [body] + list(attachments))
    return message(headers, body)


def gmail_html(new_text, attr=None, quoted_html=None):
    out = '<div dir="ltr">' + html.escape(new_text.rstrip("\n")).replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") + "</div>"
    if attr:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + quoted_html
                + "</blockquote></div>")
    return out + "\n"


def gattr(when, reader_zone, name, email):
    """Gmail-style attribution line, rendered in the quoting person's time zone."""
    w = when.astimezone(ZoneInfo(reader_zone))
    return f"On {w:%a}, {w:%b} {w.day}, {w.year} at {hm_upper(w)} {name} <{email}> wrote:"


def ics_attachment(cal, filename="invite.ics", method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"', cal, "base64",
                f'attachment; filename="{filename}"')


def add(case_id, files, label):
    assert case_id.startswith(PREFIX)
    CASES[case_id] = files
    LABELS[case_id] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# =========================================================================== cases
def case01():
    cid = "b139-01-rippling-phone-screen-pt"
    harper = ("Harper Lindqvist", "harper.lindqvist@tidewell-health.example")
    sent = at(2026, 4, 13, 9, 12, LA, 44, weekday="Monday")
    start = at(2026, 4, 16, 10, 30, LA, weekday="Thursday")
    end = start + timedelta(minutes=30)
    check_offset(start, "-0700")
    role = "Support Operations Lead"
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Rippling//Recruiting Scheduler 2.3//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", *VTZ[LA], "BEGIN:VEVENT",
        "UID:rpl-intv-5c0e7d1a-93b4-4f0e-a2d1-7f28c4b1e690@rippling.com",
        f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID={LA}:{ical_local(start)}",
        f"DTEND;TZID={LA}:{ical_local(end)}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:Phone Screen - {role} - Tidewell Health",
        f"ORGANIZER;CN={harper[0]}:mailto:{harper[1]}",
        attendee(harper[0], harper[1], "ACCEPTED", google=False),
        attendee(OWNER_NAME, OWNER, "NEEDS-ACTION", google=False),
        "LOCATION:Phone call - Harper will call +1 (520) 555-0143",
        "DESCRIPTION:" + ics_escape(
            f"30-minute phone screen for the {role} role.\nHarper Lindqvist (Talent Partner) will call "
            "you at +1 (520) 555-0143.\nNeed to reschedule? Reply to this email and Harper will help."),
        "END:VEVENT", "END:VCALENDAR"])
    plain = f"""Hi Imani,

Thanks for your interest in Tidewell Health! Your phone screen for the {role} role is confirmed.

  When:  {long_date(start)}
         {hm_upper(start)} - {hm_upper(end)} PT (Pacific Time)
  Where: Phone call. Harper will call you at +1 (520) 555-0143.
  With:  Harper Lindqvist, Talent Partner

This first conversation is about 30 minutes. Harper will walk you through the role, how our
support team is organized across time zones, and answer any questions about Tidewell.

A calendar invitation is attached. If the time no longer works, just reply to this email.

Best,
The Tidewell Health Recruiting Team

--
Sent via Rippling Recruiting on behalf of Tidewell Health.
You received this email because you applied to {role} at Tidewell Health.
Rippling, 55 Stockton St, San Francisco, CA 94108
"""
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f">
<tr><td style="padding:24px 32px"><img src="https://cdn.rippling.com/ats/logos/tidewell-health.png" alt="Tidewell Health" height="36"></td></tr>
<tr><td style="padding:0 32px">
<p>Hi Imani,</p>
<p>Thanks for your interest in Tidewell Health! Your phone screen for the <b>{role}</b> role is confirmed.</p>
<table role="presentation" cellpadding="6" style="border:1px solid #e7e5e4;border-radius:6px">
<tr><td style="color:#78716c">When</td><td><b>{long_date(start)}</b><br>{hm_upper(start)} - {hm_upper(end)} PT (Pacific Time)</td></tr>
<tr><td style="color:#78716c">Where</td><td>Phone call. Harper will call you at +1 (520) 555-0143.</td></tr>
<tr><td style="color:#78716c">With</td><td>Harper Lindqvist, Talent Partner</td></tr>
</table>
<p>This first conversation is about 30 minutes. Harper will walk you through the role, how our support team is organized across time zones, and answer any questions about Tidewell.</p>
<p>A calendar invitation is attached. If the time no longer works, just reply to this email.</p>
<p>Best,<br>The Tidewell Health Recruiting Team</p>
</td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#a8a29e">Sent via Rippling Recruiting on behalf of Tidewell Health.<br>You received this email because you applied to {role} at Tidewell Health.<br>Rippling, 55 Stockton St, San Francisco, CA 94108</td></tr>
</table></td></tr></table></body></html>
"""
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("o11.email.rippling.com", "167.89.101.12", "r8kq2vz", sent)),
        ("Return-Path", "<bounces+4411902-8c1d-imani.castellanos=example.com@email.rippling.com>"),
        ("From", addr("Tidewell Health Recruiting", "no-reply@rippling.com")),
        ("Reply-To", addr(*harper)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Your phone screen with Tidewell Health is confirmed - {role}"),
        ("Date", rfc(utc(sent))),
        ("Message-ID", "<0100018f2a6c1e5d-rpl-8a3e5b70-tidewell@email.rippling.com>"),
        ("X-Entity-Ref-ID", "ats-interview-confirmation-58713"),
    ]
    files = {"01-rippling-phone-screen-confirmed.eml": mail(
        headers=headers, plain=plain, htm=htm, bounds=("rpl_alt_7Qm2x", "rpl_mix_4Lk9w"),
        attachments=[ics_attachment(cal)])}
    add(cid, files, label(
        [iv("Tidewell Health", role, start, end, "scheduled", [harper[1]], [harper[1]], "phone_screen")],
        "easy", "positive/ats-rippling",
        "Rippling ATS confirmation from no-reply@rippling.com with Reply-To the recruiter; .ics with "
        "TZID America/Los_Angeles (PDT). Recruiter conducts the screen, so she is the interviewer."))


def case02():
    cid = "b139-02-customer-qbr-she-runs"
    sent = at(2026, 4, 15, 14, 3, PHX, 27, weekday="Wednesday")
    start = at(2026, 4, 22, 10, 0, PHX, weekday="Wednesday")
    end = start + timedelta(hours=1)
    organizer = (OWNER_NAME, OWNER_WORK)
    attendees = [
        (OWNER_NAME, OWNER_WORK, "ACCEPTED"),
        ("Delphine Akande", "delphine.akande@ridgeline-outfitters.example", "ACCEPTED"),
        ("Marty Kowalczyk", "marty.k@ridgeline-outfitters.example", "NEEDS-ACTION"),
        ("Sasha Petrenko", "sasha.petrenko@brightwater-payroll.example", "ACCEPTED"),
        (OWNER, OWNER, "NEEDS-ACTION"),
    ]
    desc = ("Quarterly Business Review - Ridgeline Outfitters x Brightwater Payroll\n\n"
            "Agenda (60 min)\n"
            "1. Q1 support scorecard: ticket volume, first response time, CSAT (Imani)\n"
            "2. Escalations recap + the March payroll-tax incident\n"
            "3. Ridgeline's seasonal hiring: they are interviewing for 2 store support agents - how we "
            "onboard new hires into the Brightwater admin console\n"
            "4. Renewal timeline and Q2 roadmap preview (Sasha)\n\n"
            "Imani will send the deck the morning of.\n\n"
            "(Adding my personal calendar so I get the reminder on my phone.)")
    files = {"01-invitation-ridgeline-q2-qbr.eml": google_invite(
        kind="new", msgid="calendar-3f8a0d6e-21c4-4c8b-9e0f-5d4b7a0c1e22@google.com", date=sent,
        organizer=organizer, attendees=attendees,
        summary="Ridgeline Outfitters x Brightwater | Q2 QBR", description=desc, start=start, end=end,
        uid="6m2kq8p0v4r1s7t9b3c5d8e2f0@google.com", seq=0, created=sent, meet="vkt-qzrn-hpw",
        bounds=("0000000000003a7f0a06126b81c4", "0000000000003a7f0806126b81c2"))}
    add(cid, files, label([], "medium", "negative/own-job-customer-meeting",
        "Google invite for a customer QBR that the owner organizes at her current employer (her work "
        "address is organizer, personal address added as guest). Mentions the customer 'interviewing' "
        "agents; not a job interview for her."))


def case03():
    cid = "b139-03-gem-hm-plus-google-invite"
    deepa = ("Deepa Raghunathan", "deepa.r@lanternfish-analytics.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@lanternfish-analytics.example")
    role = "Manager, Customer Support (Remote)"
    sent = at(2026, 5, 6, 12, 41, CHI, 8, weekday="Wednesday")
    start = at(2026, 5, 12, 13, 0, CHI, weekday="Tuesday")
    end = start + timedelta(minutes=45)
    check_offset(start, "-0500")
    local = start.astimezone(ZoneInfo(PHX))
    assert (local.hour, local.minute) == (11, 0)
    plain = f"""You're confirmed!

Hi Imani,

Your interview with Lanternfish Analytics has been scheduled. Here are the details:

{role}
Hiring Manager Interview with Marcus Oyelaran (Director, Customer Support)

Tuesday, May 12, 2026
1:00 PM - 1:45 PM CDT (Central Time)
11:00 AM - 11:45 AM in your time zone (America/Phoenix)

Location: Google Meet - the link is in the calendar invitation from Deepa.

Need to change something? Reschedule: https://scheduling.gem.com/r/lanternfish/9f2c7e1ab0
Questions? Reply to this email to reach Deepa Raghunathan.

Powered by Gem
"""
    htm = f"""<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#111827;background:#ffffff">
<div style="max-width:560px;margin:0 auto;padding:24px">
<h2 style="font-weight:600">You&#39;re confirmed!</h2>
<p>Hi Imani,</p>
<p>Your interview with <b>Lanternfish Analytics</b> has been scheduled. Here are the details:</p>
<div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px">
<div style="font-weight:600">{html.escape(role)}</div>
<div>Hiring Manager Interview with Marcus Oyelaran (Director, Customer Support)</div>
<div style="margin-top:12px">Tuesday, May 12, 2026<br>1:00 PM - 1:45 PM CDT (Central Time)<br><span style="color:#6b7280">11:00 AM - 11:45 AM in your time zone (America/Phoenix)</span></div>
<div style="margin-top:12px">Location: Google Meet - the link is in the calendar invitation from Deepa.</div>
</div>
<p>Need to change something? <a href="https://scheduling.gem.com/r/lanternfish/9f2c7e1ab0">Reschedule</a><br>Questions? Reply to this email to reach Deepa Raghunathan.</p>
<p style="color:#9ca3af;font-size:12px">Powered by Gem</p>
</div></body></html>
"""
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-a2.gem.com", "198.2.180.44", "g3xv8", sent)),
        ("From", addr("Deepa Raghunathan (via Gem)", "scheduling@gem.com")),
        ("Reply-To", addr(*deepa)),
        ("To", OWNER),
        ("Subject", "Interview confirmed: Lanternfish Analytics - Manager, Customer Support (Remote)"),
        ("Date", rfc(utc(sent))),
        ("Message-ID", "<gem-sched-3b91d0f4c27e4a59@gem.com>"),
    ]
    m1 = mail(headers=headers, plain=plain, htm=htm, bounds=("gem-b1-71c3aa", None))
    inv_sent = sent + timedelta(minutes=1, seconds=12)
    desc = ("Hi Imani - this is your hiring manager conversation for the Manager, Customer Support (Remote) "
            "role. Marcus leads our support org and will talk through how you'd run a follow-the-sun "
            "team. Scheduled by Deepa via Gem.")
    m2 = google_invite(
        kind="new", msgid="calendar-b4c2e7a9-0d13-4f5e-8a61-2c9e0f7b3d58@google.com", date=inv_sent,
        organizer=deepa,
        attendees=[(deepa[0], deepa[1], "ACCEPTED"), (marcus[0], marcus[1], "ACCEPTED"),
                   (OWNER, OWNER, "NEEDS-ACTION")],
        summary="Lanternfish Analytics - Imani Castellanos / Marcus Oyelaran (Hiring Manager)",
        description=desc, start=start, end=end, uid="1q9w3e7r5t2y8u4i0o6p1a3s5d@google.com", seq=0,
        created=inv_sent, meet="pwd-xkra-mfe",
        bounds=("000000000000f02b6506126c4d19", "000000000000f02b6306126c4d17"))
    files = {"01-gem-interview-confirmed.eml": m1, "02-invitation-google-calendar.eml": m2}
    add(cid, files, label(
        [iv("Lanternfish Analytics", role, start, end, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")],
        "medium", "positive/dedupe-ats-plus-invite",
        "Gem confirmation (CDT, plus the candidate-zone line in Phoenix time) and the Google invite (shown "
        "in MST, DTSTART in UTC) are the same interview -> one. Deepa only schedules; Marcus conducts."))


def case04():
    cid = "b139-04-dover-est-in-summer"
    jess = ("Jess Amari", "jess@fernbrook.example")
    owen = ("Owen Hartley", "owen.hartley@fernbrook.example")
    role = "Customer Support Lead"
    sent1 = at(2026, 6, 17, 10, 5, NYC, 31, weekday="Wednesday")
    start = at(2026, 6, 23, 14, 0, NYC, weekday="Tuesday")
    end = start + timedelta(minutes=30)
    check_offset(start, "-0400")
    assert start.astimezone(ZoneInfo(LA)).hour == 11 and start.astimezone(ZoneInfo(PHX)).hour == 11
    plain1 = f"""Hi Imani,

Thanks so much for applying to the {role} role at Fernbrook! We loved your background scaling
support at Brightwater, and our Head of Customer Experience, Owen Hartley (who this role reports
to), would like to meet you.

Would Tuesday, June 23 at 2:00pm EST work for a 30 minute video call? We're fully remote, so it'll
be on Zoom: https://fernbrook.zoom.us/j/83317402295?pwd=Rm5uQk9xZ1Z2

If that doesn't work, just reply with a couple of times that do.

Best,
Jess Amari
Operations & People, Fernbrook

Sent with Dover | https://www.dover.com
"""
    htm1 = gmail_html(plain1)
    h1 = [
        ("Delivered-To", OWNER),
        ("Received", received("o3.ptr4812.mail.dover.com", "149.72.131.9", "dv0k21", sent1)),
        ("From", addr("Jess Amari (Fernbrook)", "jess-fernbrook@mail.dover.com")),
        ("Reply-To", addr(*jess)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Fernbrook x Imani - next step for the {role} role"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<dv.6a1f03c2e94b.fernbrook@mail.dover.com>"),
    ]
    m1 = mail(headers=h1, plain=plain1, htm=htm1, bounds=("dover-alt-0c6e1f", None))
    # Imani's reply (quoted inside Jess's answer)
    imani_reply_date = at(2026, 6, 17, 9, 48, PHX, weekday="Wednesday")
    imani_reply = """Hi Jess,

Tuesday works! Quick check since I'm in Arizona and we don't do daylight saving: is that 2pm
Eastern as in New York time right now? If so I have it as 11am for me.

Thanks,
Imani"""
    sent2 = at(2026, 6, 17, 13, 22, NYC, 5, weekday="Wednesday")
    new2 = """Yes, exactly - sorry, I always write EST out of habit! 2pm New York time, which is 11am PT and
11am for you in Arizona. You're all set for Tuesday, June 23.

Owen will send the calendar invite himself from owen.hartley@fernbrook.example with the same Zoom
link. Good luck - you'll enjoy talking with him.

Jess
"""
    attr = gattr(imani_reply_date, NYC, OWNER_NAME, OWNER)
    plain2 = new2 + "\n" + attr + "\n" + quote_plain(imani_reply) + "\n>\n" + quote_plain(
        gattr(sent1, PHX, *jess) + "\n" + quote_plain(plain1)) + "\n"
    htm2 = gmail_html(new2, attr, html_paras(imani_reply))
    h2 = [
        ("Delivered-To", OWNER),
        ("Received", received("o3.ptr4812.mail.dover.com", "149.72.131.9", "dv0k88", sent2)),
        ("From", addr("Jess Amari (Fernbrook)", "jess-fernbrook@mail.dover.com")),
        ("Reply-To", addr(*jess)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Re: Fernbrook x Imani - next step for the {role} role"),
        ("Date", rfc(sent2)),
        ("Message-ID", "<dv.9d07be51a3c2.fernbrook@mail.dover.com>"),
        ("In-Reply-To", "<CAK3m7pX0vQ2-imani-fernbrook-reply@mail.gmail.com>"),
        ("References", "<dv.6a1f03c2e94b.fernbrook@mail.dover.com> <CAK3m7pX0vQ2-imani-fernbrook-reply@mail.gmail.com>"),
    ]
    m2 = mail(headers=h2, plain=plain2, htm=htm2, bounds=("dover-alt-4b2d90", None))
    files = {"01-dover-next-step.eml": m1, "02-dover-re-next-step.eml": m2}
    add(cid, files, label(
        [iv("Fernbrook", role, start, end, "scheduled", [owen[1]], [owen[1]], "hiring_manager")],
        "hard", "positive/timezone-label-est-in-summer",
        "Dover mail says '2:00pm EST' in June; the follow-up makes clear it means New York time "
        "(11am PT / 11am Arizona), so 14:00-04:00 (EDT), not -05:00. Body only, no invite. Owen (Head of "
        "CX, the role's manager) conducts; his address is given in the text; Jess only coordinates."))


def case05():
    cid = "b139-05-zendesk-cert-exam-slot"
    sent = at(2026, 5, 4, 16, 27, PHX, 2, weekday="Monday")
    start = at(2026, 5, 16, 10, 0, PHX, weekday="Saturday")
    end = start + timedelta(minutes=90)
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//ProctorLane//Scheduling//EN", "VERSION:2.0", "METHOD:PUBLISH",
        *VTZ[PHX], "BEGIN:VEVENT", "UID:PL-APPT-20260516-771904@proctorlane.example",
        f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID={PHX}:{ical_local(start)}",
        f"DTEND;TZID={PHX}:{ical_local(end)}",
        "SUMMARY:Zendesk Support Administrator Expert - Live Proctored Exam",
        "DESCRIPTION:" + ics_escape(
            "Appointment ID: 771904\nCandidate: Imani Castellanos\nExam: Zendesk Support Administrator "
            "Expert (ZSAE-2026)\nDuration: 90 minutes\n\nLaunch your exam from https://take.proctorlane.example/"
            "a/771904 no earlier than 15 minutes before the start time. Your proctor will greet you over "
            "webcam\\, verify your government ID and ask for a 360-degree room scan before the exam opens."),
        "LOCATION:Online - ProctorLane secure browser", "STATUS:CONFIRMED", "SEQUENCE:0",
        "ORGANIZER;CN=ProctorLane Scheduling:mailto:no-reply@proctorlane.example",
        attendee(OWNER_NAME, OWNER, "ACCEPTED", google=False),
        "END:VEVENT", "END:VCALENDAR"])
    plain = f"""Hello Imani Castellanos,

Your exam appointment is confirmed.

  Exam:            Zendesk Support Administrator Expert (ZSAE-2026)
  Program:         Zendesk Training & Certification
  Appointment ID:  771904
  Date:            {long_date(start)}
  Time:            10:00 AM - 11:30 AM MST (America/Phoenix)
  Delivery:        Live online proctoring

Before exam day
  * Run the system check: https://take.proctorlane.example/syscheck
  * Have a valid, unexpired government-issued photo ID ready.
  * Clear your desk; no second monitor, phone or notes.

Check-in opens 15 minutes before your start time. Your proctor will greet you over webcam, confirm
your identity and ask a few check-in questions about your testing space before the exam begins.
If you are more than 15 minutes late, the appointment is forfeited.

Need to reschedule? You can reschedule or cancel at no cost up to 48 hours before the appointment:
https://take.proctorlane.example/a/771904/manage

Good luck!
ProctorLane Candidate Support, on behalf of Zendesk Training & Certification
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + html_paras(plain) + "</body></html>\n"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mta-07.proctorlane.example", "203.0.113.57", "pl77190", sent)),
        ("From", addr("ProctorLane for Zendesk Certification", "no-reply@proctorlane.example")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Appointment confirmed: Zendesk Support Administrator Expert - Sat, May 16, 10:00 AM MST"),
        ("Date", rfc(sent)),
        ("Message-ID", "<20260504232702.771904.confirm@proctorlane.example>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    files = {"01-exam-appointment-confirmed.eml": mail(
        headers=headers, plain=plain, htm=htm, bounds=("PL=_alt_771904", "PL=_mix_771904"),
        plain_cte="7bit", attachments=[ics_attachment(cal, "exam-appointment.ics", "PUBLISH")])}
    add(cid, files, label([], "medium", "negative/certification-exam",
        "Live-proctored certification exam slot with an .ics, a 'proctor' who greets her over webcam and "
        "'check-in questions'. Not a hiring conversation."))


def case06():
    cid = "b139-06-founder-chat-mt-arizona-thread"
    talia = ("Talia Brennan", "talia@switchyard-labs.example")
    role = "Head of Support"
    sent1 = at(2026, 7, 8, 16, 40, DEN, 12, weekday="Wednesday")
    opt_fri = at(2026, 7, 10, 10, 0, DEN, weekday="Friday")
    start = at(2026, 7, 13, 14, 0, DEN, weekday="Monday")
    end = start + timedelta(minutes=45)
    check_offset(start, "-0600")
    assert start.astimezone(ZoneInfo(PHX)).hour == 13 and opt_fri.astimezone(ZoneInfo(PHX)).hour == 9
    body1 = f"""Hi Imani,

Thanks for the great conversations with Priscilla and Dev last week - they were both really
impressed with how you think about macros vs. genuine replies.

Last step in our process is a chat with me. As CEO I'd be your direct manager for the {role}
role, so I like to meet every finalist myself. I have two openings:

  - Friday 10am MT
  - Monday 2pm MT

I know Arizona is an hour behind us in the summer, so that's 9am or 1pm your time. It'll be about
45 minutes on Google Meet.

Talia

--
Talia Brennan
Co-founder & CEO, Switchyard Labs
Denver, CO (remote-first)
"""
    h1 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-yw1-f178.google.com", "209.85.128.178", "sy7c1", sent1)),
        ("From", addr(*talia)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Final chat?"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<CAMsw1tch-7Hk2pQ0a9xZ3@mail.gmail.com>"),
    ]
    m1 = mail(headers=h1, plain=body1, htm=gmail_html(body1), bounds=("00000000000081d3a2061a9f5e11", None))
    imani_date = at(2026, 7, 8, 19, 2, PHX, weekday="Wednesday")
    imani_txt = """Hi Talia,

Thank you - I really enjoyed meeting them both. Monday at 1pm my time works great.

Looking forward to it!
Imani"""
    sent2 = at(2026, 7, 9, 8, 15, DEN, 40, weekday="Thursday")
    new2 = """Perfect - you're on my calendar for Monday the 13th, 2pm MT / 1pm Arizona time.

Here's the Meet link so you have it handy: https://meet.google.com/hzy-ocmt-wqe

Talia
"""
    attr = gattr(imani_date, DEN, OWNER_NAME, OWNER)
    plain2 = new2 + "\n" + attr + "\n" + quote_plain(imani_txt + "\n\n" + gattr(sent1, PHX, *talia) + "\n" + quote_plain(body1)) + "\n"
    h2 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-yw1-f180.google.com", "209.85.128.180", "sy7d4", sent2)),
        ("From", addr(*talia)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Final chat?"),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAMsw1tch-9Lr4tB2c1yW8@mail.gmail.com>"),
        ("In-Reply-To", "<CAFimani-2Qv8nR5d0sP1@mail.gmail.com>"),
        ("References", "<CAMsw1tch-7Hk2pQ0a9xZ3@mail.gmail.com> <CAFimani-2Qv8nR5d0sP1@mail.gmail.com>"),
    ]
    m2 = mail(headers=h2, plain=plain2, htm=gmail_html(new2, attr, html_paras(imani_txt)),
              bounds=("0000000000009e41b7061aa03c27", None))
    stamp = sent2 + timedelta(minutes=2, seconds=30)
    cal = ics([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.5//EN",
        "CALSCALE:GREGORIAN", "BEGIN:VTIMEZONE", f"TZID:{DEN}", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "DTSTART:20070311T020000", "TZNAME:MDT", "TZOFFSETTO:-0600",
        "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "DTSTART:20071104T020000", "TZNAME:MST", "TZOFFSETTO:-0700", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"CREATED:{ical_utc(stamp)}", f"DTSTAMP:{ical_utc(stamp)}",
        f"DTSTART;TZID={DEN}:{ical_local(start)}", f"DTEND;TZID={DEN}:{ical_local(end)}",
        "UID:6B1F0C9E-3A27-4D85-9E41-0C7D2B8A5F13", "SEQUENCE:0", "TRANSP:OPAQUE",
        "SUMMARY:Imani <> Talia (Switchyard final chat)", "LOCATION:https://meet.google.com/hzy-ocmt-wqe",
        "URL;VALUE=URI:https://meet.google.com/hzy-ocmt-wqe",
        f"ORGANIZER;CN={talia[0]}:mailto:{talia[1]}",
        f"ATTENDEE;CN={talia[0]};CUTYPE=INDIVIDUAL;EMAIL={talia[1]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{talia[1]}",
        f"ATTENDEE;CN={OWNER_NAME};CUTYPE=INDIVIDUAL;EMAIL={OWNER};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}",
        "END:VEVENT", "END:VCALENDAR"])
    files = {"01-final-chat.eml": m1, "02-re-final-chat.eml": m2, "03-imani-talia-final-chat.ics": cal.encode("utf-8")}
    add(cid, files, label(
        [iv("Switchyard Labs", role, start, end, "scheduled", [talia[1]], [talia[1]], "hiring_manager")],
        "medium", "positive/thread-founder-mountain-vs-arizona",
        "Founder/CEO final chat (she is the hiring manager). Two options offered (Fri 10am MT, Mon 2pm MT); "
        "candidate picks 'Monday at 1pm my time'; confirmation says Monday the 13th 2pm MT / 1pm Arizona; "
        "a standalone Apple Calendar .ics (TZID America/Denver) follows -> one interview. MDT (-06:00) vs "
        "Arizona MST (-07:00). The Friday option must not be emitted."))


def case07():
    cid = "b139-07-paid-trial-ticket-shift"
    noor = ("Noor Haddad", "noor@pebblecart.example")
    sent = at(2026, 6, 1, 11, 20, LA, 3, weekday="Monday")
    start = at(2026, 6, 5, 9, 0, LA, weekday="Friday")
    end = at(2026, 6, 5, 13, 0, LA)
    body = """Hi Imani,

Thanks again for the intro call and for finishing the writing exercise so quickly. Instead of more
interview rounds, our next step is a paid trial shift: you'll spend four hours working real tickets
in our Help Scout queue alongside the team.

  When:  Friday, June 5, 9am-1pm PT (that's 9am-1pm for you too)
  Pay:   $45/hour, paid through Deel within a week
  Setup: I'll send Help Scout + Slack invites on Thursday. There's no call or kickoff - the
         onboarding doc is pinned in #trial-imani and whoever is on shift will answer questions
         in Slack.

We'll look at the tickets you handled afterwards and get back to you early the following week.
I'm putting a hold on your calendar so the time is blocked.

Cheers,
Noor
Founder, Pebblecart
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-pj1-f45.google.com", "209.85.216.45", "pc551", sent)),
        ("From", addr(*noor)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Pebblecart - paid trial shift this Friday"),
        ("Date", rfc(sent)), ("Message-ID", "<CAPebc4rt-1nT8sJ3k2@mail.gmail.com>")],
        plain=body, htm=gmail_html(body), bounds=("000000000000c11a4f0618e2b7a0", None))
    inv = sent + timedelta(minutes=3, seconds=40)
    m2 = google_invite(
        kind="new", msgid="calendar-7e0c4b12-8a9d-4e3f-b6c2-19d5a7f0e843@google.com", date=inv,
        organizer=noor, attendees=[(noor[0], noor[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        summary="Pebblecart paid trial shift (Imani) - Help Scout queue",
        description="Paid trial shift, $45/hr. Work the Help Scout queue; questions in Slack #trial-imani. "
                    "No call - hold only.",
        start=start, end=end, uid="3k8j2h6g4f0d9s7a5p1o3i8u6y@google.com", seq=0, created=inv, meet=None,
        bounds=("000000000000d5e2760618e2c4f1", "000000000000d5e2740618e2c4ef"))
    files = {"01-paid-trial-shift.eml": m1, "02-invitation-trial-shift-hold.eml": m2}
    add(cid, files, label([], "hard", "negative/paid-work-trial",
        "Paid four-hour trial shift working real tickets, explicitly 'instead of more interview rounds', "
        "with no call or live conversation; Google invite is only a hold. A work-sample step, not a "
        "live interview."))


def case08():
    cid = "b139-08-your-time-1pm-phone-screen"
    nadia = ("Nadia Okonkwo-Byrne", "nadia.ob@harbormaster-logistics.example")
    role = "Customer Support Lead"
    sent1 = at(2026, 9, 14, 11, 2, NYC, 19, weekday="Monday")
    start = at(2026, 9, 16, 13, 0, PHX, weekday="Wednesday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(ZoneInfo(NYC)).hour == 16
    body1 = f"""Hi Imani,

Thank you for applying for the {role} position at Harbormaster Logistics. I'd love to set up a
30-minute introductory call to learn more about your experience and share more about the team.

Would Wednesday at 1pm your time work? If not, send me two or three windows that suit you this
week and I'll make one of them work.

Kind regards,

Nadia Okonkwo-Byrne
Senior Talent Acquisition Partner
Harbormaster Logistics | Boston, MA
"""
    h1 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-dm6nam11on2070.outbound.protection.outlook.com", "40.107.223.70", "hm3a0", sent1)),
        ("From", addr(*nadia)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"{role} - Harbormaster Logistics"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<BN8PR11MB36221A0C4E2F5B9D7E33C1A0A91E2@BN8PR11MB3622.namprd11.prod.outlook.com>"),
        ("Thread-Topic", f"{role} - Harbormaster Logistics"),
        ("Thread-Index", "AdsJkVx0aPz3oQ7vSfKxk2dYb5mLrg=="),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "en-US"),
    ]
    htm1 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + html_paras(body1) + "</div></body></html>\n")
    m1 = mail(headers=h1, plain=body1, htm=htm1, bounds=("_000_BN8PR11MB36221A0C4E2F5B9D7E33C1A0_", None))
    imani_date = at(2026, 9, 14, 10, 37, PHX, weekday="Monday")
    imani_txt = """Hi Nadia,

Wednesday at 1 works for me! One heads-up: I'm in Tucson, and Arizona doesn't change clocks, so
right now I'm three hours behind you in Boston.

Best,
Imani Castellanos
(520) 555-0143"""
    sent2 = at(2026, 9, 15, 9, 14, NYC, 51, weekday="Tuesday")
    new2 = """Hi Imani,

Thanks for the heads-up - I've got you on my calendar for tomorrow, Wednesday 9/16, at 1:00pm your
time (4:00pm ET). I'll call you at (520) 555-0143, and we'll keep it to 30 minutes.

Talk soon,

Nadia Okonkwo-Byrne
Senior Talent Acquisition Partner
Harbormaster Logistics | Boston, MA
"""
    wi = imani_date.astimezone(ZoneInfo(NYC))
    w1 = sent1
    quoted = (f"From: Imani Castellanos <{OWNER}>\nSent: {long_date(wi)} {hm_upper(wi)}\n"
              f"To: Nadia Okonkwo-Byrne <{nadia[1]}>\nSubject: Re: {role} - Harbormaster Logistics\n\n"
              + imani_txt + "\n\n" + "On Mon, Sep 14, 2026 at "
              + hm_upper(w1.astimezone(ZoneInfo(PHX))) + f" Nadia Okonkwo-Byrne <{nadia[1]}> wrote:\n"
              + quote_plain(body1))
    plain2 = new2 + "\n________________________________\n" + quoted + "\n"
    htm2 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + html_paras(new2)
            + '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
            + html_paras(quoted) + "</div></body></html>\n")
    h2 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-dm6nam11on2081.outbound.protection.outlook.com", "40.107.223.81", "hm3b7", sent2)),
        ("From", addr(*nadia)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"RE: {role} - Harbormaster Logistics"),
        ("Date", rfc(sent2)),
        ("Message-ID", "<BN8PR11MB3622F07D2C91A4E58B0D6E1FA91F1@BN8PR11MB3622.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAFimani-harbor-8xQ1@mail.gmail.com>"),
        ("References", "<BN8PR11MB36221A0C4E2F5B9D7E33C1A0A91E2@BN8PR11MB3622.namprd11.prod.outlook.com> <CAFimani-harbor-8xQ1@mail.gmail.com>"),
        ("Thread-Topic", f"{role} - Harbormaster Logistics"),
        ("Thread-Index", "AdsJkVx0aPz3oQ7vSfKxk2dYb5mLrgAvC1+w"),
        ("Content-Language", "en-US"),
    ]
    m2 = mail(headers=h2, plain=plain2, htm=htm2, bounds=("_000_BN8PR11MB3622F07D2C91A4E58B0D6E1F_", None))
    files = {"01-harbormaster-intro-call.eml": m1, "02-re-harbormaster-intro-call.eml": m2}
    add(cid, files, label(
        [iv("Harbormaster Logistics", role, start, end, "scheduled", [nadia[1]], [nadia[1]], "phone_screen")],
        "hard", "positive/thread-your-time-relative",
        "'1pm your time' resolved with the candidate's note (Tucson, Arizona, no DST) and the recruiter's "
        "'(4:00pm ET)'; 'tomorrow, Wednesday 9/16' relative to the Tue Sep 15 message. Recruiter conducts "
        "the call."))


def breezy_ics(*, uid, seq, start, end, zone, summary, desc, organizer, attendees, dtstamp, method="REQUEST",
               status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Breezy HR//Interview Scheduler//EN",
             f"METHOD:{method}", *VTZ[zone], "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
             f"DTSTAMP:{ical_utc(dtstamp)}", f"DTSTART;TZID={zone}:{ical_local(start)}",
             f"DTEND;TZID={zone}:{ical_local(end)}", f"SUMMARY:{ics_escape(summary)}",
             f"DESCRIPTION:{ics_escape(desc)}", f"STATUS:{status}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, ps in attendees:
        lines.append(attendee(n, e, ps, google=False))
    lines += ["LOCATION:https://marigold.zoom.us/j/94120385517", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def case09():
    cid = "b139-09-breezy-reschedule-day-and-zone"
    gwen = ("Gwen Alvarado", "gwen.alvarado@marigold-ledger.example")
    breezy = ("Marigold Ledger", "marigold-ledger-c7f21a@messaging.breezy.hr")
    role = "Senior Support Lead, Tier 2"
    uid = "bz-intv-64f1a9c03e2d7b0018c4f5e2@breezy.hr"
    sent1 = at(2026, 7, 6, 17, 30, NYC, 11, weekday="Monday")
    old_start = at(2026, 7, 14, 11, 0, NYC, weekday="Tuesday")
    old_end = old_start + timedelta(hours=1)
    sent2 = at(2026, 7, 10, 12, 4, LA, 50, weekday="Friday")
    sent3 = sent2 + timedelta(minutes=9, seconds=21)
    start = at(2026, 7, 16, 15, 0, LA, weekday="Thursday")
    end = start + timedelta(hours=1)
    check_offset(start, "-0700")
    att = [(gwen[0], gwen[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    desc = (f"Video interview for {role} with Gwen Alvarado (Director, Customer Support - hiring manager).\n"
            "Join Zoom: https://marigold.zoom.us/j/94120385517")
    cal1 = breezy_ics(uid=uid, seq=0, start=old_start, end=old_end, zone=NYC,
                      summary=f"Video Interview: Imani Castellanos - {role}", desc=desc, organizer=gwen,
                      attendees=att, dtstamp=sent1)
    plain1 = f"""Hi Imani,

You're scheduled for a video interview for the {role} position at Marigold Ledger.

Date: {long_date(old_start)}
Time: {hm_upper(old_start)} - {hm_upper(old_end)} (ET)
Interviewer: Gwen Alvarado, Director, Customer Support
Location: Zoom - https://marigold.zoom.us/j/94120385517

Gwen is the hiring manager for this role; plan on an hour covering escalation handling, QA and how
you coach Tier 1 agents. An invite is attached - please accept it so we know you're all set.

Thanks,
Marigold Ledger Hiring Team

You can reply to this message directly. Powered by Breezy HR.
"""
    h1 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-out-3.breezy.hr", "198.51.100.23", "bz1k7", sent1)),
        ("From", addr(*breezy)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Interview Scheduled: {role} at Marigold Ledger"),
        ("Date", rfc(utc(sent1))),
        ("Message-ID", "<64f1a9c03e2d7b0018c4f5e2.a1@messaging.breezy.hr>"),
    ]
    m1 = mail(headers=h1, plain=plain1,
              htm="<html><body style=\"font-family:'Open Sans',Arial,sans-serif\">" + html_paras(plain1) + "</body></html>\n",
              bounds=("----=_Breezy_Alt_64f1a9c0", "----=_Breezy_Mix_64f1a9c0"),
              attachments=[ics_attachment(cal1, "interview.ics")])
    body2 = """Hi Imani,

Apologies for the shuffle - I'll be working out of our Portland office next week and my Tuesday
morning is now full of onsite meetings. Could we move our interview to Thursday 7/16 at 3pm PT
instead? Since Arizona lines up with Pacific in the summer, that's 3pm for you as well.

I've already moved it in Breezy, so you'll get an updated invite in a few minutes. If Thursday
doesn't work, let me know and we'll find something else.

Thanks for your flexibility,
Gwen

Gwen Alvarado
Director, Customer Support | Marigold Ledger
"""
    h2 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-oa1-f50.google.com", "209.85.160.50", "gw2e0", sent2)),
        ("From", addr(*gwen)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Moving our interview to Thursday?"),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAGw3nAlv-0pR7kT2q@mail.gmail.com>"),
    ]
    m2 = mail(headers=h2, plain=body2, htm=gmail_html(body2), bounds=("000000000000a4c9e1061b3c0d77", None))
    cal3 = breezy_ics(uid=uid, seq=1, start=start, end=end, zone=LA,
                      summary=f"Video Interview: Imani Castellanos - {role}", desc=desc, organizer=gwen,
                      attendees=att, dtstamp=sent3)
    plain3 = f"""Hi Imani,

Your interview for the {role} position at Marigold Ledger has been rescheduled.

NEW TIME
Date: {long_date(start)}
Time: {hm_upper(start)} - {hm_upper(end)} (PT)
Interviewer: Gwen Alvarado, Director, Customer Support
Location: Zoom - https://marigold.zoom.us/j/94120385517

Previously: {long_date(old_start)}, {hm_upper(old_start)} (ET)

The updated invite is attached.

Thanks,
Marigold Ledger Hiring Team

You can reply to this message directly. Powered by Breezy HR.
"""
    h3 = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-out-1.breezy.hr", "198.51.100.21", "bz1m2", sent3)),
        ("From", addr(*breezy)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Interview Rescheduled: {role} at Marigold Ledger"),
        ("Date", rfc(utc(sent3))),
        ("Message-ID", "<64f1a9c03e2d7b0018c4f5e2.a2@messaging.breezy.hr>"),
        ("In-Reply-To", "<64f1a9c03e2d7b0018c4f5e2.a1@messaging.breezy.hr>"),
        ("References", "<64f1a9c03e2d7b0018c4f5e2.a1@messaging.breezy.hr>"),
    ]
    m3 = mail(headers=h3, plain=plain3,
              htm="<html><body style=\"font-family:'Open Sans',Arial,sans-serif\">" + html_paras(plain3) + "</body></html>\n",
              bounds=("----=_Breezy_Alt_64f1a9c1", "----=_Breezy_Mix_64f1a9c1"),
              attachments=[ics_attachment(cal3, "interview.ics")])
    files = {"01-breezy-interview-scheduled.eml": m1, "02-gwen-moving-our-interview.eml": m2,
             "03-breezy-interview-rescheduled.eml": m3}
    add(cid, files, label(
        [iv("Marigold Ledger", role, start, end, "scheduled", [gwen[1]], [gwen[1]], "hiring_manager")],
        "hard", "positive/reschedule-day-and-zone",
        "Breezy HR invite Tue Jul 14 11am ET (TZID America/New_York, SEQUENCE 0) moved to Thu Jul 16 3pm PT "
        "(same UID, SEQUENCE 1, TZID America/Los_Angeles). One interview at the final time. Breezy "
        "relay address is not a follow-up recipient."))


def case10():
    cid = "b139-10-loom-async-video-questions"
    bea = ("Beatriz Lemos", "beatriz.lemos@orchardlane.example")
    sent1 = at(2026, 5, 21, 9, 12, CHI, 7, weekday="Thursday")
    due = at(2026, 5, 28, 17, 0, CHI, weekday="Thursday")
    body1 = f"""Hi Imani,

Thanks for your application to the Support Team Lead role at Orchard Lane! The next step is an
async video interview - we use it instead of a first-round call so you can answer on your own
schedule (we're spread from Lisbon to Honolulu).

Please record a short Loom for each of the four questions below (3 minutes max each) and paste the
links into the form: https://forms.orchardlane.example/support-lead-async

  1. Tell us about a time you turned around a team's CSAT. What did you change first?
  2. Walk us through how you'd triage a queue of 400 tickets on a Monday morning.
  3. A customer threatens to churn on Twitter. What's your first hour?
  4. What does a great 1:1 with a Tier 1 agent look like?

Please submit by {long_date(due)}, 5:00pm CT. Nobody from our team will be live on these -
we watch them together the following week and reach out about a live conversation after that.

Warmly,
Beatriz Lemos
Support Director, Orchard Lane
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-io1-f44.google.com", "209.85.166.44", "ol4v1", sent1)),
        ("From", addr(*bea)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Orchard Lane - async video interview (Support Team Lead)"),
        ("Date", rfc(sent1)), ("Message-ID", "<CAOrch4rd-async-5Tq0@mail.gmail.com>")],
        plain=body1, htm=gmail_html(body1), bounds=("0000000000007be93f0615c0a8d4", None))
    sent2 = datetime(2026, 5, 27, 20, 45, 33, tzinfo=UTC)
    plain2 = """Beatriz Lemos viewed your video

"Orchard Lane Q2 - triaging a 400-ticket Monday" (2:51)

Beatriz Lemos watched your video and left a reaction.

View video: https://www.loom.com/share/5d0e3b8a9c1f4e27b6a0d2c4e8f1a3b5

You're receiving this because you have viewer notifications turned on.
Manage notifications: https://www.loom.com/settings/notifications
Loom, an Atlassian company
"""
    m2 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("o1.email.loom.com", "149.72.40.2", "lm9z3", sent2)),
        ("From", addr("Loom", "notifications@loom.com")), ("To", OWNER),
        ("Subject", "Beatriz Lemos viewed your video"),
        ("Date", rfc(sent2)), ("Message-ID", "<loom-notif-8c2e4a10b7f94d3e@email.loom.com>")],
        plain=plain2, htm="<html><body>" + html_paras(plain2) + "</body></html>\n",
        bounds=("loom_alt_8c2e4a10", None))
    files = {"01-orchard-lane-async-video-interview.eml": m1, "02-loom-video-viewed.eml": m2}
    add(cid, files, label([], "medium", "negative/async-video-assessment",
        "One-way async 'video interview' recorded on Loom with a submission deadline (Thu May 28 5pm CT); "
        "no live conversation is booked. Not an interview per the rules."))


def case11():
    cid = "b139-11-cancelled-then-rebooked"
    luca = ("Luca Benedetti", "luca.benedetti@corvid-commerce.example")
    shanice = ("Shanice Holloway", "shanice.holloway@corvid-commerce.example")
    role = "Customer Support Team Lead"
    summary = "Corvid Commerce: Support Scenario Interview (Imani Castellanos)"
    att = [(luca[0], luca[1], "ACCEPTED"), (shanice[0], shanice[1], "ACCEPTED"), (OWNER, OWNER, "ACCEPTED")]
    desc = (f"Support scenario interview for the {role} role. Shanice Holloway (Support Manager) will walk "
            "through two escalated tickets with you live and ask how you'd coach the agent. No prep needed.")
    sent1 = at(2026, 8, 14, 15, 20, CHI, 9, weekday="Friday")
    s1 = at(2026, 8, 20, 10, 0, CHI, weekday="Thursday")
    e1 = s1 + timedelta(minutes=45)
    uid1 = "2v7b4n1m8c5x3z9l6k0j2h4g8f@google.com"
    m1 = google_invite(kind="new", msgid="calendar-91aa0c3e-5d7f-4b28-8e6c-0f3a1b2c4d5e@google.com",
                       date=sent1, organizer=luca, attendees=att[:2] + [(OWNER, OWNER, "NEEDS-ACTION")],
                       summary=summary, description=desc, start=s1, end=e1, uid=uid1, seq=0, created=sent1,
                       meet="cqw-fhbn-tzo",
                       bounds=("0000000000002c7e1b061c4a9b13", "0000000000002c7e19061c4a9b11"))
    sent2 = at(2026, 8, 19, 17, 48, CHI, 2, weekday="Wednesday")
    m2 = google_invite(kind="canceled", msgid="calendar-0d5e7f21-c4b3-4a96-9e8d-7a6b5c4d3e2f@google.com",
                       date=sent2, organizer=luca, attendees=att, summary=summary, description=desc,
                       start=s1, end=e1, uid=uid1, seq=1, created=sent1, meet="cqw-fhbn-tzo",
                       note="So sorry Imani - Shanice is out sick tomorrow. I'll reach out with new times.",
                       bounds=("000000000000b0e4d5061c9f2a07", "000000000000b0e4d3061c9f2a05"))
    sent3 = at(2026, 8, 21, 9, 31, CHI, 40, weekday="Friday")
    s2 = at(2026, 8, 25, 11, 30, CHI, weekday="Tuesday")
    e2 = s2 + timedelta(minutes=45)
    body3 = """Hi Imani,

Thanks again for being so flexible on Thursday. Good news: Shanice is feeling better and has
opened up Tuesday, August 25 at 11:30am CT (9:30am for you). Same format, 45 minutes.

I'm sending a fresh calendar invite now - the old one is gone, so please accept the new one.

Best,
Luca

Luca Benedetti | Recruiting Lead, Corvid Commerce
"""
    m3 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-qk1-f173.google.com", "209.85.222.173", "cv3n9", sent3)),
        ("From", addr(*luca)), ("To", addr(OWNER_NAME, OWNER)), ("Cc", addr(*shanice)),
        ("Subject", "New time for your support scenario interview"),
        ("Date", rfc(sent3)), ("Message-ID", "<CALuc4B-corvid-rebook-3W@mail.gmail.com>")],
        plain=body3, htm=gmail_html(body3), bounds=("000000000000e7b2c8061cbc1f40", None))
    sent4 = sent3 + timedelta(minutes=4, seconds=15)
    m4 = google_invite(kind="new", msgid="calendar-6c4b2a19-8e7d-4f05-a3b1-d2c9e8f7a6b5@google.com",
                       date=sent4, organizer=luca, attendees=att[:2] + [(OWNER, OWNER, "NEEDS-ACTION")],
                       summary=summary + " - rebooked", description=desc, start=s2, end=e2,
                       uid="8p5o2i9u6y3t0r7e4w1q5a8s2d@google.com", seq=0, created=sent4, meet="mvx-rkje-pdn",
                       bounds=("000000000000f3a0b7061cbc2e55", "000000000000f3a0b5061cbc2e53"))
    files = {"01-invitation-support-scenario.eml": m1, "02-canceled-event-with-note.eml": m2,
             "03-new-time-for-interview.eml": m3, "04-invitation-support-scenario-rebooked.eml": m4}
    add(cid, files, label(
        [iv("Corvid Commerce", role, s1, e1, "cancelled", [shanice[1]], [shanice[1]], "technical"),
         iv("Corvid Commerce", role, s2, e2, "scheduled", [shanice[1]], [shanice[1]], "technical")],
        "hard", "positive/cancel-then-rebook",
        "Google invite Thu Aug 20 10:00 CT, cancelled (METHOD:CANCEL, same UID) the day before, then re-booked "
        "as a NEW event (new UID) Tue Aug 25 11:30 CT -> two entries. Invites display MST. Luca is the "
        "recruiter/organizer; Shanice conducts."))


def case12():
    cid = "b139-12-slack-connect-relay-zoom"
    rafael = ("Rafael Quintanilla", "rafael.q@tessellate-ai.example")
    role = "Support Team Lead"
    sent1 = datetime(2026, 7, 29, 19, 7, 44, tzinfo=UTC)
    assert sent1.astimezone(ZoneInfo(CHI)).strftime("%A") == "Wednesday"
    start = at(2026, 8, 3, 11, 0, CHI, weekday="Monday")
    end = start + timedelta(hours=1)
    assert start.astimezone(ZoneInfo(PHX)).hour == 9
    plain1 = """You have new messages in Slack

Tessellate  >  #ext-tessellate-imani-castellanos  (Slack Connect channel shared with Tessellate)

Rafael Quintanilla (Tessellate)  11:58 AM
Hey Imani! The team loved your writing sample. Next up is a live ticket role-play with me - I play
a very unhappy customer, you handle it, then we debrief. About an hour. Would Monday at 11 CT work?

Imani Castellanos  12:01 PM
Monday 11 CT works (that's 9am for me in Arizona)

Rafael Quintanilla (Tessellate)  12:06 PM
Locking it in - I'll email you a Zoom invite from rafael.q@tessellate-ai.example in a sec

Open in Slack: https://tessellate-ext.slack.com/archives/C07F3Q8KX2M/p1785352004123459

You're receiving this because you have email notifications turned on for Slack Connect channels.
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-out-7.slack.com", "54.240.50.17", "sl8q2", sent1)),
        ("From", addr("Slack", "notification@slack.com")), ("To", OWNER),
        ("Subject", "[Slack] New messages from Rafael Quintanilla in #ext-tessellate-imani-castellanos"),
        ("Date", rfc(sent1)), ("Message-ID", "<0100019a2b7c44e1-slack-notif-7f3e2d1c@email.slack.com>"),
        ("Auto-Submitted", "auto-generated")],
        plain=plain1, htm="<html><body style=\"font-family:Lato,Arial,sans-serif\">" + html_paras(plain1) + "</body></html>\n",
        bounds=("slack_alt_7f3e2d1c", None), plain_cte="7bit")
    sent2 = sent1 + timedelta(minutes=6, seconds=31)
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", *vtz_us(CHI, "-0600", "-0500", "CST", "CDT", lic=False), "BEGIN:VEVENT",
        f"DTSTAMP:{ical_utc(sent2)}", f"DTSTART;TZID={CHI}:{ical_local(start)}",
        f"DTEND;TZID={CHI}:{ical_local(end)}", "SUMMARY:Tessellate - Live Ticket Role-Play (Imani Castellanos)",
        "UID:20260729T190815Z-83147725016@fe80:0:0:0:8a2:3ff:fe4b:a1c0",
        "DESCRIPTION:" + ics_escape(
            "Rafael Quintanilla is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
            "https://tessellate.zoom.us/j/83147725016?pwd=dUJ6bW9hTlFrS0Q3\n\nMeeting ID: 831 4772 5016\n"
            "Passcode: 447193\n\n---\n\nOne tap mobile\n+16694449171,,83147725016# US\n"),
        "LOCATION:https://tessellate.zoom.us/j/83147725016?pwd=dUJ6bW9hTlFrS0Q3",
        f"ORGANIZER;CN={rafael[0]}:mailto:{rafael[1]}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    body2 = f"""Hi Imani,

As promised - here's the Zoom for Monday's live ticket role-play for the {role} role. Calendar file
attached.

Rafael Quintanilla is inviting you to a scheduled Zoom meeting.

Topic: Tessellate - Live Ticket Role-Play (Imani Castellanos)
Time: Aug 3, 2026 11:00 AM Central Time (US and Canada)

Join Zoom Meeting
https://tessellate.zoom.us/j/83147725016?pwd=dUJ6bW9hTlFrS0Q3

Meeting ID: 831 4772 5016
Passcode: 447193

---

One tap mobile
+16694449171,,83147725016# US
+12532158782,,83147725016# US (Tacoma)

Rafael
--
Rafael Quintanilla | Support Operations Manager | Tessellate
"""
    m2 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-ej1-f52.google.com", "209.85.218.52", "ts2z8", sent2)),
        ("From", addr(*rafael)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Zoom: Tessellate - Live Ticket Role-Play (Mon Aug 3)"),
        ("Date", rfc(sent2.astimezone(ZoneInfo(CHI)))), ("Message-ID", "<CARafQ-tess-zoom-9Bd1@mail.gmail.com>")],
        plain=body2, htm=gmail_html(body2), bounds=("0000000000004d2a8c061e0b7f31", "0000000000004d2a8e061e0b7f33"),
        attachments=[leaf('text/calendar; charset="utf-8"; name="zoom_meeting.ics"', cal, "base64",
                          'attachment; filename="zoom_meeting.ics"')])
    files = {"01-slack-connect-new-messages.eml": m1, "02-zoom-invite-role-play.eml": m2}
    add(cid, files, label(
        [iv("Tessellate", role, start, end, "scheduled", [rafael[1]], [rafael[1]], "technical")],
        "medium", "positive/slack-relay-plus-zoom",
        "Slack Connect notification (digest timestamps in the owner's Arizona time) relays the booking "
        "'Monday at 11 CT' (Wed Jul 29 -> Mon Aug 3); the Zoom invitation text + Zoom .ics confirm. One "
        "interview. notification@slack.com is not a recipient."))


def case13():
    cid = "b139-13-unbooked-calendly-link"
    ainsley = ("Ainsley Moore", "ainsley.moore@tallgrass-data.example")
    sent1 = at(2026, 6, 15, 8, 47, CHI, 20, weekday="Monday")
    link = "https://calendly.com/ainsley-tallgrass/phone-interview-30"
    body1 = f"""Hi Imani,

Thanks for applying to the Customer Support Lead (Remote, US) role at Tallgrass Data! Your
background looks like a great fit and I'd love to set up a 30-minute phone interview.

Please grab whatever time works best for you on my Calendly:
{link}

I have openings Tuesday through Thursday this week, roughly 9am-3pm CT. Calendly will show the
slots in your own time zone.

Talk soon,
Ainsley Moore
Technical Recruiter | Tallgrass Data
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-lf1-f41.google.com", "209.85.167.41", "tg1c5", sent1)),
        ("From", addr(*ainsley)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Phone interview - Customer Support Lead at Tallgrass Data"),
        ("Date", rfc(sent1)), ("Message-ID", "<CATallgr4ss-phone-1Aa@mail.gmail.com>")],
        plain=body1, htm=gmail_html(body1), bounds=("000000000000a1b2c3061f7e8d90", None))
    sent2 = at(2026, 6, 17, 14, 5, CHI, 58, weekday="Wednesday")
    new2 = f"""Hi Imani - just bumping this up in case it got buried! I haven't seen a booking come through
yet. Tomorrow still has a few openings, and next week is wide open:
{link}

Ainsley
"""
    plain2 = new2 + "\n" + gattr(sent1, CHI, *ainsley) + "\n" + quote_plain(body1) + "\n"
    m2 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-lf1-f44.google.com", "209.85.167.44", "tg1d8", sent2)),
        ("From", addr(*ainsley)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Phone interview - Customer Support Lead at Tallgrass Data"),
        ("Date", rfc(sent2)), ("Message-ID", "<CATallgr4ss-phone-2Bb@mail.gmail.com>"),
        ("In-Reply-To", "<CATallgr4ss-phone-1Aa@mail.gmail.com>"),
        ("References", "<CATallgr4ss-phone-1Aa@mail.gmail.com>")],
        plain=plain2, htm=gmail_html(new2, gattr(sent1, CHI, *ainsley), html_paras(body1)),
        bounds=("000000000000d4e5f6061f9a0b12", None))
    files = {"01-phone-interview-calendly-link.eml": m1, "02-re-phone-interview-bump.eml": m2}
    add(cid, files, label([], "medium", "negative/unbooked-scheduling-link",
        "Recruiter sends a Calendly link for a 'phone interview' with availability windows and then a "
        "bump saying no booking came through. Nothing is booked."))


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, zone, created, updated,
               meet, etag, seq=0):
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{etag}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + g_eid(eid + "@google.com", OWNER),
        "created": utc(created).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": utc(updated).strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": summary,
        "description": description,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": iso(start), "timeZone": zone},
        "end": {"dateTime": iso(end), "timeZone": zone},
        "iCalUID": eid + "@google.com",
        "sequence": seq,
        "attendees": attendees,
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def case14():
    cid = "b139-14-two-rounds-gcal-json"
    elle = ("Elle Fairbanks", "elle.fairbanks@hollowbrook.example")
    kenji = ("Kenji Watanabe", "kenji.watanabe@hollowbrook.example")
    ruth = ("Ruth Adeyemi-Clarke", "ruth.ac@hollowbrook.example")
    role = "Head of Customer Support"
    sent = at(2026, 9, 17, 13, 26, LA, 45, weekday="Thursday")
    s1 = at(2026, 9, 24, 9, 0, LA, weekday="Thursday")
    e1 = s1 + timedelta(minutes=45)
    s2 = at(2026, 9, 28, 12, 0, LA, weekday="Monday")
    e2 = s2 + timedelta(minutes=30)
    body = f"""Hi Imani,

Great news - the team would like to move you forward for the {role} role! The next stage is two
conversations, which I've booked based on the availability you sent:

  * Thursday, Sept 24, 9:00-9:45am PT - Escalations working session with Kenji Watanabe
    (Support Engineering Manager). Bring a tricky escalation you've handled; you'll work
    through a live bug-vs-how-to triage with him.
  * Monday, Sept 28, 12:00-12:30pm PT - Conversation with Ruth Adeyemi-Clarke, our COO.
    This role reports to Ruth.

Both are on Google Meet and should already be on your calendar (Arizona is on the same clock as
Pacific until November, so the times match what you'll see).

Let me know if anything needs to move!

Elle Fairbanks
Recruiting Coordinator, Hollowbrook
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-vs1-f52.google.com", "209.85.217.52", "hb5e2", sent)),
        ("From", addr(*elle)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"Next steps: {role} at Hollowbrook"),
        ("Date", rfc(sent)), ("Message-ID", "<CAHollowbr00k-next-4Gg@mail.gmail.com>")],
        plain=body, htm=gmail_html(body), bounds=("0000000000005f6e7d0621a3b4c5", None))

    def atts(person):
        return [
            {"email": elle[1], "displayName": elle[0], "organizer": True, "responseStatus": "accepted"},
            {"email": person[1], "displayName": person[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ]
    j1 = gcal_event(eid="0hb7k2m9q4w1e8r5t3y6u0i2o4", summary="Hollowbrook - Escalations working session (Imani / Kenji)",
                    description=f"{role} interview loop, stage 2. Kenji Watanabe will run a live escalation triage "
                                "exercise with you. Scheduled by Elle Fairbanks.",
                    organizer=elle, attendees=atts(kenji), start=s1, end=e1, zone=LA, created=sent - timedelta(minutes=20),
                    updated=sent - timedelta(minutes=19), meet="fgk-wpqz-nat", etag="3512907446824000")
    j2 = gcal_event(eid="0hb7k2m9q4w1e8r5t3y6u0i2o5", summary="Hollowbrook - Imani Castellanos / Ruth Adeyemi-Clarke (COO)",
                    description=f"{role} interview, stage 2. Conversation with Ruth (COO, hiring manager). "
                                "Scheduled by Elle Fairbanks.",
                    organizer=elle, attendees=atts(ruth), start=s2, end=e2, zone=LA, created=sent - timedelta(minutes=17),
                    updated=sent - timedelta(minutes=16), meet="bzo-hcxe-rmu", etag="3512907622190000")
    files = {"01-event-escalations-session.gcal.json": j1, "02-event-coo-conversation.gcal.json": j2,
             "03-next-steps-hollowbrook.eml": m1}
    add(cid, files, label(
        [iv("Hollowbrook", role, s1, e1, "scheduled", [kenji[1]], [kenji[1]], "technical"),
         iv("Hollowbrook", role, s2, e2, "scheduled", [ruth[1]], [ruth[1]], "hiring_manager")],
        "medium", "positive/two-interviews-gcal-json",
        "Coordinator e-mail + two Calendar API events on different days (Thu Sep 24 and Mon Sep 28, PDT) -> "
        "two interviews, each announced twice (mail + event). Elle only schedules."))


def case15():
    cid = "b139-15-virtual-onsite-et-after-dst"
    wren = ("Wren Castillo", "wren.castillo@quillmate.example")
    aisha = ("Aisha Rahimi", "aisha.rahimi@quillmate.example")
    tobias = ("Tobias Lindgren", "tobias.lindgren@quillmate.example")
    naledi = ("Naledi Mokoena", "naledi.mokoena@quillmate.example")
    role = "Support Team Lead, Enterprise"
    sent = at(2026, 3, 4, 15, 18, NYC, 26, weekday="Wednesday")
    check_offset(sent, "-0500")
    day = (2026, 3, 10)
    sess = [
        (at(*day, 11, 0, NYC, weekday="Tuesday"), at(*day, 11, 45, NYC), "Support operations deep dive", aisha,
         "Senior Manager, Support Operations"),
        (at(*day, 11, 45, NYC), at(*day, 12, 30, NYC), "Cross-functional partnership", tobias, "Product Manager, Platform"),
        (at(*day, 12, 30, NYC), at(*day, 13, 0, NYC), "Break", None, ""),
        (at(*day, 13, 0, NYC), at(*day, 13, 45, NYC), "Leadership conversation", naledi, "VP, Customer Experience"),
    ]
    start, end = sess[0][0], sess[-1][1]
    check_offset(start, "-0400")
    lp = start.astimezone(ZoneInfo(PHX)), end.astimezone(ZoneInfo(PHX))
    assert (lp[0].hour, lp[0].minute, lp[1].hour, lp[1].minute) == (8, 0, 10, 45)
    rows_plain = "\n".join(
        f"  {hm_upper(a)} - {hm_upper(b)} ET   {t}" + (f" - {p[0]}, {title}" if p else "")
        for a, b, t, p, title in sess)
    body = f"""Hi Imani,

I'm excited to share the itinerary for your virtual onsite for the {role} role on
Tuesday, March 10! All sessions are on Google Meet using the same link, and all times below are
Eastern (ET):

{rows_plain}

For you in Tucson that's 8:00am to 10:45am. Heads-up: the East Coast springs forward this Sunday
(March 8), so next week we're three hours apart instead of two - the calendar invite I just sent
already accounts for that.

Each interviewer will leave a few minutes at the end for your questions. Naledi is the hiring
manager for this role.

Good luck, and reach out if you need anything before then!

Wren Castillo
Recruiting Coordinator | Quillmate
"""
    rows_html = "".join(
        f"<tr><td style=\"padding:4px 12px\">{hm_upper(a)} - {hm_upper(b)} ET</td><td style=\"padding:4px 12px\">{t}</td>"
        f"<td style=\"padding:4px 12px\">{(p[0] + ', ' + title) if p else ''}</td></tr>" for a, b, t, p, title in sess)
    htm = ('<div dir="ltr"><div>Hi Imani,</div><div><br></div><div>I\'m excited to share the itinerary for your '
           f'virtual onsite for the {html.escape(role)} role on Tuesday, March 10! All sessions are on Google Meet '
           'using the same link, and all times below are Eastern (ET):</div><div><br></div>'
           f'<table border="1" cellspacing="0" style="border-collapse:collapse">{rows_html}</table><div><br></div>'
           '<div>For you in Tucson that\'s 8:00am to 10:45am. Heads-up: the East Coast springs forward this Sunday '
           '(March 8), so next week we\'re three hours apart instead of two - the calendar invite I just sent '
           'already accounts for that.</div><div><br></div><div>Each interviewer will leave a few minutes at the '
           'end for your questions. Naledi is the hiring manager for this role.</div><div><br></div><div>Good luck, '
           'and reach out if you need anything before then!</div><div><br></div><div>Wren Castillo<br>Recruiting '
           'Coordinator | Quillmate</div></div>\n')
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-wr1-f47.google.com", "209.85.221.47", "qm1t6", sent)),
        ("From", addr(*wren)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your Quillmate virtual onsite itinerary - Tue, March 10"),
        ("Date", rfc(sent)), ("Message-ID", "<CAQu1llm4te-itin-0Dd@mail.gmail.com>")],
        plain=body, htm=htm, bounds=("00000000000091c2d30613a4b5c6", None))
    inv = sent - timedelta(minutes=6, seconds=10)
    desc = ("Virtual onsite - " + role + "\n\n" + "\n".join(
        f"{hm(a)}-{hm(b)} ET  {t}" + (f" ({p[0]})" if p else "") for a, b, t, p, _ in sess))
    m2 = google_invite(kind="new", msgid="calendar-5b3a1c9d-7e2f-4a80-b6d4-c8e0f2a4b6d8@google.com", date=inv,
                       organizer=wren,
                       attendees=[(wren[0], wren[1], "ACCEPTED"), (aisha[0], aisha[1], "ACCEPTED"),
                                  (tobias[0], tobias[1], "ACCEPTED"), (naledi[0], naledi[1], "TENTATIVE"),
                                  (OWNER, OWNER, "NEEDS-ACTION")],
                       summary="Quillmate Virtual Onsite - Imani Castellanos", description=desc, start=start,
                       end=end, uid="4t6y8u0i2o4p6a8s0d2f4g6h8j@google.com", seq=0, created=inv,
                       meet="qmv-onst-ykc",
                       bounds=("000000000000874b3e0613a49f01", "000000000000874b3c0613a49eff"))
    files = {"01-invitation-quillmate-virtual-onsite.eml": m2, "02-virtual-onsite-itinerary.eml": m1}
    add(cid, files, label(
        [iv("Quillmate", role, start, end, "scheduled", [aisha[1], tobias[1], naledi[1]],
            [aisha[1], tobias[1], naledi[1]], "onsite")],
        "hard", "positive/onsite-loop-dst-transition",
        "Itinerary + one Google block invite sent Wed Mar 4 (EST, -05:00) for Tue Mar 10, after US DST starts "
        "(EDT, -04:00). Three sessions with a break = one onsite 11:00-13:45 ET (8:00-10:45 MST). Wren only "
        "coordinates."))


def case16():
    cid = "b139-16-she-interviews-candidate-rippling"
    sent = datetime(2026, 6, 8, 17, 2, 9, tzinfo=UTC)
    start = at(2026, 6, 10, 14, 0, PHX, weekday="Wednesday")
    end = start + timedelta(minutes=45)
    sasha = ("Sasha Petrenko", "sasha.petrenko@brightwater-payroll.example")
    devin = ("Devin Marsh", "devin.marsh@mailbox.example")
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Rippling//Recruiting Scheduler 2.3//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", *VTZ[PHX], "BEGIN:VEVENT",
        "UID:rpl-intv-b81d2e44-0c7a-4d1f-9b35-6e2a8f0c1d93@rippling.com",
        f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID={PHX}:{ical_local(start)}", f"DTEND;TZID={PHX}:{ical_local(end)}",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Interview: Devin Marsh - Support Specialist II (Team Lead screen)",
        f"ORGANIZER;CN={sasha[0]}:mailto:{sasha[1]}",
        attendee(OWNER_NAME, OWNER_WORK, "NEEDS-ACTION", google=False),
        attendee(devin[0], devin[1], "ACCEPTED", role="OPT-PARTICIPANT", google=False),
        "LOCATION:https://meet.google.com/dmx-ypbw-ske",
        "DESCRIPTION:" + ics_escape(
            "You are the interviewer. Candidate: Devin Marsh. Focus: ticket quality and tone. Scorecard: "
            "https://app.rippling.com/recruiting/scorecards/88213"),
        "END:VEVENT", "END:VCALENDAR"])
    plain = f"""Hi Imani,

You've been added as an interviewer.

Candidate:   Devin Marsh
Job:         Support Specialist II
Stage:       Team Lead Interview
When:        {long_date(start)}, 2:00 PM - 2:45 PM MST
Where:       Google Meet - https://meet.google.com/dmx-ypbw-ske
Scheduled by: Sasha Petrenko

Please review Devin's resume and submit your scorecard within 24 hours of the interview:
https://app.rippling.com/recruiting/scorecards/88213

- Brightwater Payroll Recruiting (via Rippling)
"""
    headers = [
        ("Delivered-To", OWNER),
        ("Received", "by 2002:a05:7000:4b8c:b0:5e1:1f2a:3c4d with SMTP id r12csp1120344mar;\n        " + rfc(sent)),
        ("X-Forwarded-To", OWNER),
        ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}"),
        ("From", addr("Brightwater Payroll Recruiting", "no-reply@rippling.com")),
        ("To", addr(OWNER_NAME, OWNER_WORK)),
        ("Subject", "You're interviewing Devin Marsh for Support Specialist II - Wed, Jun 10 2:00 PM MST"),
        ("Date", rfc(sent)),
        ("Message-ID", "<0100018f4d9e2a7b-rpl-interviewer-88213@email.rippling.com>"),
    ]
    files = {"01-rippling-you-are-interviewer.eml": mail(
        headers=headers, plain=plain, htm="<html><body>" + html_paras(plain) + "</body></html>\n",
        bounds=("rpl_alt_3Xa8d", "rpl_mix_6Tb1c"), attachments=[ics_attachment(cal)])}
    add(cid, files, label([], "hard", "negative/user-is-interviewer",
        "Rippling ATS interviewer notification at her current employer (auto-forwarded from her work "
        "address): she interviews a candidate. Same vendor and vocabulary as a real candidate invite."))


def case17():
    cid = "b139-17-outlook-us-mountain-panel"
    brenda = ("Brenda Tsosie", "brenda.tsosie@dustline.example")
    adaeze = ("Adaeze Nwosu", "adaeze.nwosu@dustline.example")
    colm = ("Colm Fitzgerald", "colm.fitzgerald@dustline.example")
    role = "Customer Support Lead"
    sent = at(2026, 8, 6, 14, 55, PHX, 37, weekday="Thursday")
    start = at(2026, 8, 13, 9, 30, PHX, weekday="Thursday")
    end = start + timedelta(hours=1)
    check_offset(start, "-0700")
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVzdGxpbmUtcGFuZWwtMjAyNg%40thread.v2/0"
             "?context=%7b%22Tid%22%3a%2210f4c2aa-7b3e-4c61-9d0e-5a8b2c1f7e90%22%7d")
    desc = (f"Hi Imani,\n\nThis is your panel interview for the {role} role. I'm only scheduling this one - "
            "you'll be meeting with Adaeze Nwosu (Director of Support) and Colm Fitzgerald (Senior Support "
            "Engineer). Expect a mix of scenario questions and a short discussion of your 30-60-90 plan.\n\n"
            "Thanks,\nBrenda\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
            f"meeting<{teams}>\nMeeting ID: 291 447 603 118\nPasscode: Dx7qL2\n"
            "________________________________________________________________________________")
    cal = ics([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        *VTZ_WIN_US_MOUNTAIN, "BEGIN:VEVENT",
        f"ORGANIZER;CN={brenda[0]}:mailto:{brenda[1]}",
        attendee(adaeze[0], adaeze[1], "NEEDS-ACTION", google=False),
        attendee(colm[0], colm[1], "NEEDS-ACTION", google=False),
        attendee(OWNER_NAME, OWNER, "NEEDS-ACTION", google=False),
        "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(desc),
        "UID:040000008200E00074C5B7101A82E008000000005B7F2C0E3A25DC0100000000000000001000000047D1A9E36B0C8F4492A1E5C07B3F6D21",
        f"SUMMARY;LANGUAGE=en-US:Dustline Payments - Panel Interview - {role} (Imani Castellanos)",
        f"DTSTART;TZID=US Mountain Standard Time:{ical_local(start)}",
        f"DTEND;TZID=US Mountain Standard Time:{ical_local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2117463350",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    plain = (f"When: {long_date(start)} 9:30 AM-10:30 AM. (UTC-07:00) Arizona\nWhere: Microsoft Teams Meeting\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n" + desc.replace(f"<{teams}>", f" <{teams}>") + "\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div>When: {long_date(start)} 9:30 AM-10:30 AM. (UTC-07:00) Arizona<br>Where: Microsoft Teams Meeting</div>'
           '<div>*~*~*~*~*~*~*~*~*~*</div>' + html_paras(desc) + "</body></html>\n")
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-co1nam11on2112.outbound.protection.outlook.com", "40.107.220.112", "ds9p0", sent)),
        ("From", addr(*brenda)),
        ("To", f"{addr(*adaeze)}, {addr(*colm)}, {addr(OWNER_NAME, OWNER)}"),
        ("Subject", f"Dustline Payments - Panel Interview - {role} (Imani Castellanos)"),
        ("Thread-Topic", f"Dustline Payments - Panel Interview - {role} (Imani Castellanos)"),
        ("Thread-Index", "AdsHx2qTn4u0bF9kT8a3sRqL5eVwYw=="),
        ("Date", rfc(utc(sent))),
        ("Message-ID", "<SJ0PR17MB52446C1E9A0F3B7D25E8C4A1D9B72@SJ0PR17MB5244.namprd17.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    root = multi("alternative", "_000_SJ0PR17MB52446C1E9A0F3B7D25E8C4A1D9B72SJ0PR17MB5244namp_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64"),
    ])
    files = {"01-panel-interview-teams-invite.eml": message(headers, root)}
    add(cid, files, label(
        [iv("Dustline Payments", role, start, end, "scheduled", [adaeze[1], colm[1]], [adaeze[1], colm[1]], "onsite")],
        "hard", "positive/exchange-windows-tzid-no-dst",
        "Exchange/Teams invite with Windows TZID 'US Mountain Standard Time' (Arizona, no DST) and body label "
        "'(UTC-07:00) Arizona' in August -> -07:00, not Denver's -06:00. Two-person panel -> onsite. Brenda "
        "(organizer) only schedules."))


def case18():
    cid = "b139-18-breezy-rejection-mentions-interview"
    sent = datetime(2026, 6, 26, 21, 14, 50, tzinfo=UTC)
    plain = """Hi Imani,

Thank you for taking the time to interview with Camila on Wednesday about the Senior Support
Specialist role at Juniper Dental Software - we really enjoyed learning about your work building
out QA programs.

After a lot of discussion, we've decided to move forward with another candidate whose experience
is more closely aligned with dental practice management software. This was a difficult decision.

We'd love to keep in touch and will reach out if a Support Lead position opens up later this year.

All the best,
Juniper Dental Software Talent Team

You can reply to this message directly. Powered by Breezy HR.
"""
    files = {"01-breezy-update-on-application.eml": mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-out-2.breezy.hr", "198.51.100.22", "bz7r3", sent)),
        ("From", addr("Juniper Dental Software", "juniper-dental-software-91b0e3@messaging.breezy.hr")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your interview for Senior Support Specialist at Juniper Dental Software"),
        ("Date", rfc(sent)), ("Message-ID", "<5e0c91b2d7a84f6300a2b1c9.r1@messaging.breezy.hr>")],
        plain=plain, htm="<html><body style=\"font-family:'Open Sans',Arial,sans-serif\">" + html_paras(plain) + "</body></html>\n",
        bounds=("----=_Breezy_Alt_5e0c91b2", None))}
    add(cid, files, label([], "easy", "negative/rejection",
        "Breezy HR rejection whose subject says 'Your interview for ...' and refers to a past interview "
        "'on Wednesday'; no interview is scheduled or cancelled."))


def case19():
    cid = "b139-19-calendly-booked-after-dst-end"
    jordan = ("Jordan Reyes-Whitaker", "jordan.rw@kindling-health.example")
    role = "Customer Support Lead"
    event = f"Recruiter Screen - {role}"
    sent1 = datetime(2026, 10, 28, 22, 14, 9, tzinfo=UTC)
    assert sent1.astimezone(ZoneInfo(PHX)).strftime("%A") == "Wednesday"
    start = at(2026, 11, 2, 9, 0, PHX, weekday="Monday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(ZoneInfo(NYC)).hour == 11          # EST after Nov 1
    assert at(2026, 10, 28, 9, 0, PHX).astimezone(ZoneInfo(NYC)).hour == 12   # would be noon before
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:cal-evt-GHBD7QX3M2W6YRAN@calendly.com", f"DTSTAMP:{ical_utc(sent1)}",
        f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"SUMMARY:{event} (Imani Castellanos)",
        f"ORGANIZER;CN={jordan[0]}:mailto:{jordan[1]}",
        attendee(OWNER_NAME, OWNER, "ACCEPTED", google=False),
        "LOCATION:Jordan will call you at +1 520-555-0143",
        "DESCRIPTION:" + ics_escape(
            f"Event Name: {event}\n\nLocation: Jordan will call you at +1 520-555-0143\n\nNeed to make changes to "
            "this event?\nCancel: https://calendly.com/cancellations/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51\n"
            "Reschedule: https://calendly.com/reschedulings/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51\n\n"
            "Powered by Calendly.com"),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    plain1 = f"""Hi Imani Castellanos,

A new event has been scheduled.

Event Type:
{event}

Invitee:
Imani Castellanos

Invitee Email:
{OWNER}

Event Date/Time:
09:00am - Monday, November 2, 2026 (Arizona, Yukon Time)

Location:
Jordan will call you at +1 520-555-0143

Host:
{jordan[0]}

Invitee Time Zone:
Arizona, Yukon Time

Questions:
Anything you'd like Jordan to know before the call?
Happy to talk through my experience leading a 14-person follow-the-sun team.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51
Reschedule: https://calendly.com/reschedulings/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51

Powered by Calendly.com
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("o2.mail.calendly.com", "167.89.115.31", "cl2v9", sent1)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr(*jordan)),
        ("To", OWNER),
        ("Subject", f"Confirmed: {event} with {jordan[0]} on Monday, November 2, 2026"),
        ("Date", rfc(sent1)), ("Message-ID", "<calendly-3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51.confirm@calendly.com>")],
        plain=plain1, htm="<html><body style=\"font-family:Proxima Nova,Arial,sans-serif\">" + html_paras(plain1) + "</body></html>\n",
        bounds=("cal_alt_3c1e8a42", "cal_mix_3c1e8a42"), attachments=[ics_attachment(cal)])
    sent2 = at(2026, 10, 30, 10, 41, NYC, 3, weekday="Friday")
    body2 = """Hi Imani,

Thanks for grabbing time on Monday! Quick note since we're in different zones: the East Coast falls
back this Sunday, so your 9:00am is 11:00am for me on Monday (this week it would have been noon).
I'll call your cell at 520-555-0143.

Talk Monday,
Jordan

Jordan Reyes-Whitaker | Senior Recruiter | Kindling Health
"""
    m2 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-ua1-f49.google.com", "209.85.222.49", "kh4n1", sent2)),
        ("From", addr(*jordan)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Monday's call"),
        ("Date", rfc(sent2)), ("Message-ID", "<CAKindl1ng-jrw-monday-7Pp@mail.gmail.com>")],
        plain=body2, htm=gmail_html(body2), bounds=("000000000000b7c8d90624e1f203", None))
    sent3 = datetime(2026, 11, 1, 16, 0, 4, tzinfo=UTC)
    assert sent3.astimezone(ZoneInfo(PHX)).strftime("%A") == "Sunday"
    plain3 = f"""Hi Imani Castellanos,

This is a friendly reminder that your {event} with {jordan[0]} is tomorrow.

Event Date/Time:
09:00am - Monday, November 2, 2026 (Arizona, Yukon Time)

Location:
Jordan will call you at +1 520-555-0143

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51
Reschedule: https://calendly.com/reschedulings/3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51

Powered by Calendly.com
"""
    m3 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("o2.mail.calendly.com", "167.89.115.31", "cl3a0", sent3)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr(*jordan)), ("To", OWNER),
        ("Subject", f"Reminder: {event} with {jordan[0]} tomorrow at 9:00am (Arizona, Yukon Time)"),
        ("Date", rfc(sent3)), ("Message-ID", "<calendly-3c1e8a42-7b90-4f6d-a2e5-0d9c8b7a6f51.remind-24h@calendly.com>")],
        plain=plain3, htm="<html><body style=\"font-family:Proxima Nova,Arial,sans-serif\">" + html_paras(plain3) + "</body></html>\n",
        bounds=("cal_alt_3c1e8a43", None))
    files = {"01-calendly-confirmed.eml": m1, "02-jordan-mondays-call.eml": m2, "03-calendly-reminder.eml": m3}
    add(cid, files, label(
        [iv("Kindling Health", role, start, end, "scheduled", [jordan[1]], [jordan[1]], "phone_screen")],
        "medium", "positive/calendly-booked-dst-end",
        "Booked Calendly recruiter screen, Mon Nov 2 9:00am 'Arizona, Yukon Time' (MST, 16:00Z), right after "
        "US DST ends Nov 1; host says 11am Eastern (EST). Confirmation + personal note + reminder = one."))


def case20():
    cid = "b139-20-community-webinar-interview-panel"
    sent = datetime(2026, 7, 14, 18, 33, 12, tzinfo=UTC)
    start = at(2026, 7, 23, 12, 0, LA, weekday="Thursday")
    end = start + timedelta(hours=1)
    topic = "Helpdesk Collective Live: How remote-first companies interview support leaders"
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{ical_utc(sent)}", f"DTSTART:{ical_utc(start)}",
        f"DTEND:{ical_utc(end)}", f"SUMMARY:{ics_escape(topic)}",
        "UID:20260714T183312Z-86420159377@fe80:0:0:0:4c1:9ff:fe2d:77b0",
        "DESCRIPTION:" + ics_escape(
            "Hi Imani Castellanos,\n\nThank you for registering for \"" + topic + "\".\n\nPlease submit any "
            "questions to: events@helpdesk-collective.example\n\nJoin from PC, Mac, iPad, or Android: "
            "https://us06web.zoom.us/w/86420159377?tk=Xq2bP0r8YvLw\n\nWebinar ID: 864 2015 9377"),
        "LOCATION:https://us06web.zoom.us/w/86420159377?tk=Xq2bP0r8YvLw",
        "ORGANIZER;CN=Helpdesk Collective:mailto:no-reply@zoom.us",
        "END:VEVENT", "END:VCALENDAR"])
    plain = f"""Hi Imani Castellanos,

Thank you for registering for "{topic}".

A panel of four heads of customer experience from remote-first startups share how they run
interviews for support leads and managers: the screen, the ticket role-play, the writing test and
what they listen for in the final round. Bring your questions - we'll take them live.

Please submit any questions to: events@helpdesk-collective.example

Date Time: Jul 23, 2026 12:00 PM Pacific Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/86420159377?tk=Xq2bP0r8YvLw
Passcode: 552910

Add to calendar: the .ics file is attached.

Webinar ID: 864 2015 9377

You can cancel your registration at any time.
"""
    cal2 = ics([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{ical_utc(sent + timedelta(minutes=1, seconds=5))}",
        f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"SUMMARY:{ics_escape(topic)}",
        "UID:20260714T183312Z-86420159377@fe80:0:0:0:4c1:9ff:fe2d:77b0",
        "DESCRIPTION:" + ics_escape("Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/86420159377"
                                    "?tk=Xq2bP0r8YvLw\nWebinar ID: 864 2015 9377\nPasscode: 552910"),
        "LOCATION:https://us06web.zoom.us/w/86420159377?tk=Xq2bP0r8YvLw",
        "ORGANIZER;CN=Helpdesk Collective:mailto:no-reply@zoom.us",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    files = {"02-add-to-calendar-webinar.ics": cal2.encode("utf-8"),
             "01-zoom-webinar-registration.eml": mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("zoom-mail-sj.zoom.us", "170.114.52.14", "zm8w2", sent)),
        ("From", addr("Helpdesk Collective", "no-reply@zoom.us")),
        ("Reply-To", "events@helpdesk-collective.example"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", f"{topic} Confirmation"),
        ("Date", rfc(sent)), ("Message-ID", "<zm.webinar.reg.86420159377.a7c3e1@zoom.us>")],
        plain=plain, htm="<html><body>" + html_paras(plain) + "</body></html>\n",
        bounds=("zm_alt_86420159377", "zm_mix_86420159377"),
        attachments=[leaf('text/calendar; charset="utf-8"; name="webinar.ics"', cal, "base64",
                          'attachment; filename="webinar.ics"')])}
    add(cid, files, label([], "easy", "negative/webinar",
        "Zoom webinar registration for a community panel about how companies 'interview support leaders' "
        "(.ics attached, interview vocabulary throughout). Not a job interview."))


def case21():
    cid = "b139-21-candidate-withdraws"
    sunita = ("Sunita Bhattarai", "sunita@fathom-finch.example")
    ruben = ("Rubén Castaño", "ruben.castano@fathom-finch.example")
    role = "Support Lead"
    sent1 = at(2026, 10, 14, 9, 3, LA, 18, weekday="Wednesday")
    start = at(2026, 10, 21, 13, 0, LA, weekday="Wednesday")
    end = start + timedelta(minutes=30)
    check_offset(start, "-0700")
    summary = "Fathom & Finch | Team interview: Imani Castellanos x Rubén Castaño"
    desc = (f"Team interview for the {role} role with Rubén Castaño (Support Manager). 30 minutes. "
            "Rubén will ask about how you'd partner with his Tier 2 team.\n\nScheduling questions: Sunita Bhattarai")
    att = [(sunita[0], sunita[1], "ACCEPTED"), (ruben[0], ruben[1], "ACCEPTED")]
    m1 = google_invite(kind="new", msgid="calendar-e2d4f6a8-0b1c-4d3e-9f5a-7b8c9d0e1f2a@google.com", date=sent1,
                       organizer=sunita, attendees=att + [(OWNER, OWNER, "NEEDS-ACTION")], summary=summary,
                       description=desc, start=start, end=end, uid="5g7h9j1k3l5z7x9c1v3b5n7m9q@google.com",
                       seq=0, created=sent1, meet="ffn-tmiv-wbo",
                       bounds=("0000000000001e2f3a0622b4c5d6", "0000000000001e2f380622b4c5d4"))
    imani_date = at(2026, 10, 15, 19, 22, PHX, weekday="Thursday")
    imani_txt = """Hi Sunita,

I wanted to let you know that I've decided to accept an offer elsewhere, so I'd like to withdraw
from the process for the Support Lead role. Please pass along my thanks to Rubén - I'm sorry to
cancel our interview on Wednesday.

Thank you for all your help,
Imani"""
    sent2 = at(2026, 10, 16, 8, 10, LA, 26, weekday="Friday")
    new2 = """Hi Imani,

Congratulations on the new role - thank you for letting us know so quickly! I've cancelled
Wednesday's interview with Rubén and closed out your application. We'd love to stay in touch.

All the best,
Sunita

Sunita Bhattarai | People & Talent | Fathom & Finch
"""
    attr = gattr(imani_date, LA, OWNER_NAME, OWNER)
    m2 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-pl1-f169.google.com", "209.85.214.169", "ff2c6", sent2)),
        ("From", addr(*sunita)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Withdrawing my application - Support Lead"),
        ("Date", rfc(sent2)), ("Message-ID", "<CAFathomF1nch-sb-wd-2Kk@mail.gmail.com>"),
        ("In-Reply-To", "<CAFimani-ff-withdraw-1Jj@mail.gmail.com>"),
        ("References", "<CAFimani-ff-withdraw-1Jj@mail.gmail.com>")],
        plain=new2 + "\n" + attr + "\n" + quote_plain(imani_txt) + "\n",
        htm=gmail_html(new2, attr, html_paras(imani_txt)), bounds=("000000000000c9d0e10622d7e8f9", None))
    sent3 = sent2 + timedelta(minutes=2, seconds=7)
    m3 = google_invite(kind="canceled", msgid="calendar-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@google.com", date=sent3,
                       organizer=sunita, attendees=att + [(OWNER, OWNER, "ACCEPTED")], summary=summary,
                       description=desc, start=start, end=end, uid="5g7h9j1k3l5z7x9c1v3b5n7m9q@google.com",
                       seq=1, created=sent1, meet="ffn-tmiv-wbo",
                       bounds=("000000000000d0e1f20622d7f90a", "000000000000d0e1f00622d7f908"))
    files = {"01-invitation-team-interview.eml": m1, "02-re-withdrawing-application.eml": m2,
             "03-canceled-event-team-interview.eml": m3}
    add(cid, files, label(
        [iv("Fathom & Finch", role, start, end, "cancelled", [ruben[1]], [ruben[1]], "other")],
        "medium", "positive/cancellation-candidate-withdrawal",
        "Google invite Wed Oct 21 1:00-1:30pm PT (shown as MST), then the candidate withdraws (quoted in the "
        "recruiter's reply) and a METHOD:CANCEL arrives. One interview, status cancelled, at its last time. "
        "Non-ASCII interviewer name (Rubén Castaño) in headers and invite."))


def case22():
    cid = "b139-22-reference-call-for-former-report"
    carmen = ("Carmen Villalobos", "carmen.villalobos@brisa-telehealth.example")
    jamal = ("Jamal Pruitt", "jamal.pruitt@mailbox.example")
    sent1 = at(2026, 9, 29, 18, 40, CHI, 55, weekday="Tuesday")
    body1 = """Hey Imani!

Hope you're doing well. I'm in the final round for the Support Team Lead role at Brisa Telehealth
and they asked for references - I gave them your name since you managed me for two years at
Brightwater. Their recruiter, Carmen Villalobos, should reach out to set up a quick call.

Thank you so much, I owe you a coffee (or a very large iced tea, it's still 100 degrees there).

Jamal
"""
    m1 = mail(headers=[
        ("Delivered-To", OWNER),
        ("Received", received("mail-il1-f178.google.com", "209.85.166.178", "jp0r4", sent1)),
        ("From", addr(*jamal)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Heads up - listed you as a reference!"),
        ("Date", rfc(sent1)), ("Message-ID", "<CAJam4lP-ref-headsup-6Rr@mail.gmail.com>")],
        plain=body1, htm=gmail_html(body1), bounds=("000000000000e1f2a30623c4d5e6", None))
    sent2 = at(2026, 10, 1, 11, 5, NYC, 37, weekday="Thursday")
    start = at(2026, 10, 7, 15, 0, NYC, weekday="Wednesday")
    end = start + timedelta(minutes=20)
    desc = ("Hi Imani - thank you for agreeing to be a reference for Jamal Pruitt, who is interviewing for our "
            "Support Team Lead role. This is a ~20 minute reference interview; I'll call you at 520-555-0143 at "
            "3pm ET (noon your time).\n\nCarmen Villalobos, Talent Acquisition, Brisa Telehealth")
    m2 = google_invite(kind="new", msgid="calendar-f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@google.com", date=sent2,
                       organizer=carmen,
                       attendees=[(carmen[0], carmen[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                       summary="Reference call: Jamal Pruitt (candidate) - Imani Castellanos", description=desc,
                       start=start, end=end, uid="6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com", seq=0, created=sent2,
                       meet=None, location="Phone: 520-555-0143",
                       bounds=("000000000000a2b3c40624d5e6f7", "000000000000a2b3c20624d5e6f5"))
    files = {"01-jamal-listed-you-as-reference.eml": m1, "02-invitation-reference-call.eml": m2}
    add(cid, files, label([], "medium", "negative/reference-call",
        "She is a reference for a former report; Google invite for a 'reference interview' with a recruiter. "
        "The candidate is Jamal, not the owner."))


# =========================================================================== main
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for old in sorted(HERE.glob(PREFIX + "*")):
        if old.is_dir():
            shutil.rmtree(old)
    for cid in sorted(CASES):
        d = HERE / cid
        d.mkdir()
        for name, data in sorted(CASES[cid].items()):
            assert name[:3] in {f"{i:02d}-" for i in range(1, 10)}, name
            (d / name).write_bytes(data)
    out = {cid: LABELS[cid] for cid in sorted(LABELS)}
    text = yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    header = ("# blind139 labels - generated by make_cases.py (do not edit by hand)\n"
              "# schema: /work/shared/eval/README.md\n")
    (HERE / "labels.yaml").write_bytes((header + text).encode("utf-8"))
    pos = sum(1 for l in LABELS.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in LABELS.values())
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), {n_iv} interviews")


if __name__ == "__main__":
    main()
