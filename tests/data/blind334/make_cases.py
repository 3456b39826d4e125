#!/usr/bin/env python3
"""Generate the blind334 evaluation set (Enugu/Lagos, Igbo + Nigerian English mailbox).

Deletes and rewrites every b334-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind334/enugu-lagos-nnewi-nairobi-london/v1"
OWNER = "chidinma.okafor@example.com"
OWNER_NAME = "Chidinma Okafor"
ME = (OWNER_NAME, OWNER)
LAG = ZoneInfo("Africa/Lagos")
NBO = ZoneInfo("Africa/Nairobi")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc


# ----------------------------------------------------------------------------------------------
# deterministic ids and checked dates
# ----------------------------------------------------------------------------------------------
def h(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:n]


def uuidish(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def T(y, mo, d, hh, mi, tz, wd, off):
    """Aware datetime with asserted weekday and UTC offset (+HHMM)."""
    dt = datetime(y, mo, d, hh, mi, tzinfo=tz)
    assert dt.strftime("%a") == wd, f"{dt} is a {dt.strftime('%a')}, not {wd}"
    assert dt.strftime("%z") == off, f"{dt} has offset {dt.strftime('%z')}, expected {off}"
    return dt


def check_dst_facts():
    def off(tz, y, mo, d, hh, mi=0):
        return datetime(y, mo, d, hh, mi, tzinfo=ZoneInfo(tz)).strftime("%z")

    # US 2026: Mar 8 / Nov 1 (both Sundays)
    assert off("America/New_York", 2026, 3, 8, 1, 30) == "-0500" and off("America/New_York", 2026, 3, 8, 3) == "-0400"
    assert off("America/New_York", 2026, 11, 1, 0, 30) == "-0400" and off("America/New_York", 2026, 11, 1, 3) == "-0500"
    # EU/UK 2026: Mar 29 / Oct 25 (both Sundays)
    assert off("Europe/London", 2026, 3, 29, 0, 30) == "+0000" and off("Europe/London", 2026, 3, 29, 3) == "+0100"
    assert off("Europe/London", 2026, 10, 25, 0, 30) == "+0100" and off("Europe/London", 2026, 10, 25, 3) == "+0000"
    assert off("Europe/Berlin", 2026, 3, 29, 1) == "+0100" and off("Europe/Berlin", 2026, 3, 29, 4) == "+0200"
    assert off("Europe/Berlin", 2026, 10, 25, 1) == "+0200" and off("Europe/Berlin", 2026, 10, 25, 4) == "+0100"
    for (mo, d) in ((3, 8), (11, 1), (3, 29), (10, 25)):
        assert datetime(2026, mo, d).strftime("%a") == "Sun"
    # Lagos (WAT) and Nairobi (EAT) have no DST
    for (mo, d) in ((1, 15), (3, 30), (7, 1), (10, 26), (11, 30)):
        assert off("Africa/Lagos", 2026, mo, d, 12) == "+0100"
        assert off("Africa/Nairobi", 2026, mo, d, 12) == "+0300"
    # London equals Lagos until Oct 25, one hour behind afterwards
    assert off("Europe/London", 2026, 10, 21, 10) == "+0100" and off("Europe/London", 2026, 10, 28, 14) == "+0000"


# ----------------------------------------------------------------------------------------------
# MIME building (raw text, so boundaries and encodings are fully under control)
# ----------------------------------------------------------------------------------------------
SPECIALS = set('()<>[]:;@\\,."')


def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def A(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{enc_hdr(name)} <{email}>"
    if any(ch in SPECIALS for ch in name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def leaf(ctype, content, cte="quoted-printable", charset="UTF-8", params="", filename=None):
    return dict(kind="leaf", ctype=ctype, content=content, cte=cte, charset=charset, params=params,
                filename=filename)


def multi(sub, parts, boundary):
    return dict(kind="multi", sub=sub, parts=parts, boundary=boundary)


def encode_body(content, cte):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return data.decode("utf-8")


def render(p):
    if p["kind"] == "leaf":
        ct = p["ctype"]
        if p["charset"]:
            ct += f'; charset="{p["charset"]}"'
        ct += p["params"]
        lines = [f"Content-Type: {ct}"]
        if p["filename"]:
            lines.append(f'Content-Disposition: attachment; filename="{p["filename"]}"')
        lines.append(f"Content-Transfer-Encoding: {p['cte']}")
        body = encode_body(p["content"], p["cte"])
        if not body.endswith("\n"):
            body += "\n"
        return lines, body
    lines = [f'Content-Type: multipart/{p["sub"]};\n boundary="{p["boundary"]}"']
    chunks = []
    for sp in p["parts"]:
        hl, b = render(sp)
        chunks.append(f"--{p['boundary']}\n" + "\n".join(hl) + "\n\n" + b + "\n")
    return lines, "".join(chunks) + f"--{p['boundary']}--\n"


def message(headers, root):
    hl, body = render(root)
    head = "\n".join(f"{k}: {v}" for k, v in headers)
    return (head + "\nMIME-Version: 1.0\n" + "\n".join(hl) + "\n\n" + body).encode("utf-8")


def ip_for(key):
    x = h("ip", key, n=8)
    return f"{41 + int(x[0], 16) % 3 * 64}.{int(x[2:4], 16)}.{int(x[4:6], 16)}.{int(x[6:8], 16) or 7}"


def mail_headers(frm, to, subject, date, mid, cc=(), reply_to=None, in_reply_to=None, references=(),
                 extra=(), return_path=None, sender=None, relay=None):
    dom = (relay or (return_path or frm[1]).split("@")[-1])
    recv_at = (date + timedelta(seconds=3 + int(h("rx", mid, n=2), 16) % 40)).astimezone(UTC)
    hs = [("Delivered-To", OWNER),
          ("Received", f"from {dom} ({dom} [{ip_for(mid)}])\n        by mx.example.com with ESMTPS id "
                       f"{h('rid', mid, n=12)}\n        for <{OWNER}>; {format_datetime(recv_at)}"),
          ("Return-Path", f"<{return_path or frm[1]}>")]
    hs.append(("From", A(*frm)))
    if sender:
        hs.append(("Sender", A(*sender)))
    if reply_to:
        hs.append(("Reply-To", A(*reply_to)))
    hs.append(("To", ",\n ".join(A(*t) for t in to) if to else "undisclosed-recipients:;"))
    if cc:
        hs.append(("Cc", ",\n ".join(A(*t) for t in cc)))
    hs.append(("Subject", enc_hdr(subject)))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", mid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", "\n ".join(references)))
    hs.extend(extra)
    return hs


def mid_gmail(*k):
    x = h("gm", *k, n=40)
    return f"<CAH{x[:6].upper()}{x[6:14]}+{x[14:30]}{x[30:38].upper()}@mail.gmail.com>"


def mid_outlook(*k):
    x = h("ol", *k, n=40).upper()
    return f"<DB9PR04MB{x[:4]}{x[4:22]}@DB9PR04MB{x[22:26]}.eurprd04.prod.outlook.com>"


def mid_plain(domain, *k):
    x = h("pl", *k, n=24)
    return f"<{x[:14]}.{x[14:]}@{domain}>"


def bnd_google(*k):
    return "000000000000" + h("bg", *k, n=16)


def bnd_outlook(*k):
    return "_000_" + h("bo", *k, n=24).upper() + "prodoutlookcom_"


def bnd_generic(*k):
    return "----=_Part_" + str(int(h("bp", *k, n=10), 16) % 10**9) + "_" + str(int(h("bq", *k, n=8), 16) % 10**9)


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += cb
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ld(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def zd(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Africa/Lagos": ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": ["BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "W. Central Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def att_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=True):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def google_ics(ev, stamp, method="REQUEST"):
    tz = ev["tzid"]
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}"] + VTZ[tz] + [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tz}:{ld(ev['start'])}", f"DTEND;TZID={tz}:{ld(ev['end'])}",
        f"DTSTAMP:{zd(stamp)}", f"ORGANIZER;CN={ev['organizer'][0]}:mailto:{ev['organizer'][1]}",
        f"UID:{ev['uid']}"]
    for a in ev["attendees"]:
        L.append(att_line(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION"))
    if ev.get("meet"):
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{ev['meet']}")
    L += [f"CREATED:{zd(ev['created'])}", f"DESCRIPTION:{esc(ev['description'])}",
          f"LAST-MODIFIED:{zd(stamp)}", f"LOCATION:{esc(ev['location'])}", f"SEQUENCE:{ev['seq']}",
          f"STATUS:{ev.get('status', 'CONFIRMED')}", f"SUMMARY:{esc(ev['summary'])}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def outlook_ics(ev, stamp, method="REQUEST", lang="en-GB"):
    tz = ev["tzid"]
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[tz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={ev['organizer'][0]}:mailto:{ev['organizer'][1]}"]
    for a in ev["attendees"]:
        L.append(att_line(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION", google=False))
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(ev['description'])}",
          f"UID:{ev['uid']}",
          f"SUMMARY;LANGUAGE={lang}:{esc(('Canceled: ' if cancel else '') + ev['summary'])}",
          f"DTSTART;TZID={tz}:{ld(ev['start'])}", f"DTEND;TZID={tz}:{ld(ev['end'])}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zd(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{ev['seq']}",
          f"LOCATION;LANGUAGE={lang}:{esc(ev['location'])}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{ev['seq']}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(h('own', ev['uid'], n=7), 16)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if ev.get("teams"):
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{ev['teams']}")
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(ev['location'])}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def exchange_uid(*k):
    return "040000008200E00074C5B7101A82E00800000000" + h("xuid", *k, n=48).upper()


def teams_url(*k):
    x = h("teams", *k, n=40)
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.urlsafe_b64encode(bytes.fromhex(x)).decode().rstrip('=').replace('-', 'k').replace('_', 'Q')[:32]}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuidish('tid', *k)}%22%7d")


def meet_code(*k):
    x = h("meet", *k, n=20)
    letters = "".join(chr(97 + int(x[i:i + 2], 16) % 26) for i in range(0, 20, 2))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


# ----------------------------------------------------------------------------------------------
# Google Calendar / Outlook invitation e-mails
# ----------------------------------------------------------------------------------------------
TZ_ABBR = {"Africa/Lagos": "WAT", "Africa/Nairobi": "EAT"}
TZ_LONG = {"Africa/Lagos": "West Africa Standard Time - Lagos",
           "Africa/Nairobi": "East Africa Time - Nairobi"}


def t12(dt):
    hh = dt.hour % 12 or 12
    return f"{hh}" + (f":{dt.minute:02d}" if dt.minute else "") + ("am" if dt.hour < 12 else "pm")


def google_invite(key, ev, sent, kind="Invitation", note=None):
    s, e, org = ev["start"], ev["end"], ev["organizer"]
    abbr = TZ_ABBR[ev["tzid"]]
    when_subj = f"{s:%a} {s.day} {s:%b %Y} {t12(s)} - {t12(e)} ({abbr})"
    subject = f"{kind}: {ev['summary']} @ {when_subj} ({OWNER})"
    eid = base64.b64encode(f"{ev['uid'].split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guests = [f"{org[0]} - organiser"] + [a[0] if a[1] != org[1] else None for a in ev["attendees"]]
    guests = [g for g in guests if g]
    head = ""
    if kind.startswith("Updated"):
        head = "This event has been updated\nChanged: time\n\n"
    text = head + (note + "\n\n" if note else "") + f"{ev['summary']}\n"
    text += f"{s:%A} {s.day} {s:%B %Y} ⋅ {t12(s)} – {t12(e)}\n{TZ_LONG[ev['tzid']]}\n\n"
    text += f"Location\n{ev['location']}\n\n"
    if ev.get("meet"):
        text += f"Join with Google Meet\nhttps://meet.google.com/{ev['meet']}\n\n"
    text += f"{ev['description']}\n\nGuests\n" + "\n".join(guests)
    text += (f"\nView all guest info {view}\n\nReply for {OWNER}\nYes\nNo\nMaybe\nMore options {view}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future "
             "updates for this event, decline this event.\n\nForwarding this invitation could allow any "
             "recipient to send a response to the organiser, be added to the guest list, invite others "
             "regardless of their own invitation status or modify your RSVP.\n")
    desc_html = ev["description"].replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
    html = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
            + (f'<p style="color:#d93025">{head.strip().replace(chr(10), "<br>")}</p>' if head else "")
            + (f"<p>{note}</p>" if note else "")
            + f'<h2 style="font-size:20px;font-weight:400">{ev["summary"]}</h2>'
            + f'<table><tr><td><b>When</b></td><td>{s:%A} {s.day} {s:%B %Y} ⋅ {t12(s)} – {t12(e)} '
            + f'({TZ_LONG[ev["tzid"]]})</td></tr><tr><td><b>Location</b></td><td>{ev["location"]}</td></tr>'
            + (f'<tr><td><b>Join</b></td><td><a href="https://meet.google.com/{ev["meet"]}">'
               f'meet.google.com/{ev["meet"]}</a></td></tr>' if ev.get("meet") else "")
            + f'<tr><td><b>Guests</b></td><td>{"<br>".join(guests)}</td></tr></table>'
            + f"<p>{desc_html}</p>"
            + f'<p><a href="{view}">View all guest info</a></p><p>Reply for {OWNER}: '
            + f'<a href="{view}&rst=1">Yes</a> <a href="{view}&rst=2">No</a> <a href="{view}&rst=3">Maybe</a></p>'
            + '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar. You are receiving this '
            + "email because you are an attendee on the event.</p></body></html>\n")
    ics = google_ics(ev, sent)
    root = multi("mixed", [
        multi("alternative", [
            leaf("text/plain", text, "quoted-printable"),
            leaf("text/html", html, "quoted-printable"),
            leaf("text/calendar", ics, "base64", params="; method=REQUEST"),
        ], bnd_google(key, "alt")),
        leaf("application/ics", ics, "base64", charset=None, params='; name="invite.ics"', filename="invite.ics"),
    ], bnd_google(key, "mix"))
    mid = f"<calendar-{uuidish('gcal', key)}@google.com>"
    hdrs = mail_headers(org, [ME], subject, sent.astimezone(UTC), mid, reply_to=org,
                        return_path=f"{h('bounce', key, n=22)}@calendar-server.bounces.google.com",
                        sender=("Google Calendar", "calendar-notification@google.com"), relay="mail-sor-f69.google.com")
    return message(hdrs, root), mid


OUTLOOK_TZ_LABEL = {"W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
                    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}


def outlook_invite(key, ev, sent, to, body, cc=(), method="REQUEST", subject=None):
    s, e = ev["start"], ev["end"]
    when = f"{s:%A}, {s.day} {s:%B %Y} {s:%H:%M}-{e:%H:%M} {OUTLOOK_TZ_LABEL[ev['tzid']]}."
    text = f"When: {when}\nWhere: {ev['location']}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if ev.get("teams"):
        text += ("\n________________________________________________________________________________\n"
                 f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 f"Click here to join the meeting<{ev['teams']}>\nMeeting ID: {int(h('mtid', key, n=10), 16) % 10**12:012d}\n"
                 f"Passcode: {h('pc', key, n=6)}\n"
                 "________________________________________________________________________________\n")
    bhtml = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            f"<p>When: {when}<br>Where: {ev['location']}</p><p>*~*~*~*~*~*~*~*~*~*</p><p>{bhtml}</p>"
            + (f'<p>Microsoft Teams meeting<br><a href="{ev["teams"]}">Click here to join the meeting</a></p>'
               if ev.get("teams") else "") + "</div></body></html>\n")
    ics = outlook_ics(ev, sent, method=method)
    root = multi("alternative", [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html, "quoted-printable"),
        leaf("text/calendar", ics, "base64", params=f"; method={method}"),
    ], bnd_outlook(key))
    mid = mid_outlook(key)
    subj = subject or (("Canceled: " if method == "CANCEL" else "") + ev["summary"])
    extra = [("Thread-Topic", enc_hdr(ev["summary"])),
             ("Thread-Index", base64.b64encode(bytes.fromhex(h("ti", key, n=44))).decode()),
             ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(h("si", key, n=40))).decode())]
    hdrs = mail_headers(ev["organizer"], to, subj, sent, mid, cc=cc, extra=extra,
                        relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    return message(hdrs, root), mid


def quote(text, who, when):
    lines = "\n".join(("> " + x) if x else ">" for x in text.rstrip("\n").split("\n"))
    return f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {who} wrote:\n{lines}\n"


def plain_mail(key, frm, to, subject, date, text, cte="quoted-printable", html=None, html_cte=None, **kw):
    mid = kw.pop("mid", None) or mid_plain(frm[1].split("@")[1], key)
    if html is None:
        root = leaf("text/plain", text, cte)
    elif text is None:
        root = leaf("text/html", html, html_cte or cte)
    else:
        root = multi("alternative", [leaf("text/plain", text, cte), leaf("text/html", html, html_cte or cte)],
                     bnd_generic(key))
    return message(mail_headers(frm, to, subject, date, mid, **kw), root), mid


def to_html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        out.append(f"<p>{p}</p>")
    return f'<html><body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n"


def gcal_event(ev, created, updated, extra=None):
    d = {
        "kind": "calendar#event",
        "etag": f'"{int(h("etag", ev["uid"], n=12), 16) % 10**16:016d}"',
        "id": ev["uid"].split("@")[0],
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{ev['uid'].split('@')[0]} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h('ms', ev['uid'], n=3), 16) % 1000:03d}Z",
        "summary": ev["summary"],
        "description": ev["description"],
        "location": ev["location"],
        "creator": {"email": ev["organizer"][1], "displayName": ev["organizer"][0]},
        "organizer": {"email": ev["organizer"][1], "displayName": ev["organizer"][0]},
        "start": {"dateTime": ev["api_start"].isoformat(), "timeZone": ev["tzid"]},
        "end": {"dateTime": ev["api_end"].isoformat(), "timeZone": ev["tzid"]},
        "iCalUID": ev["uid"],
        "sequence": ev["seq"],
        "attendees": ev["attendees_api"],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    if extra:
        d.update(extra)
    return (json.dumps(d, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def L(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# people and organisations (all invented; .example domains)
# ----------------------------------------------------------------------------------------------
EBUBE = "Ebube Pharma Distributors Ltd"
IFEOMA = ("Ifeoma Nwankwo", "ifeoma.nwankwo@ebubepharma.example")
OKWUDILI = ("Okwudili Mbah", "okwudili.mbah@ebubepharma.example")
OBIORA = ("Chief Obiora Ezeudu", "obiora.ezeudu@ebubepharma.example")
EBUBE_ROLE = "Medical Sales Representative"

ZENORA = "Zenora Pharmaceuticals Plc"
TOLU = ("Tolulope Adeyemi", "tolulope.adeyemi@zenorapharma.example")
BLESSING = ("Blessing Eze", "blessing.eze@zenorapharma.example")
ADAEZE = ("Pharm. Adaeze Obi", "adaeze.obi@zenorapharma.example")
KUNLE = ("Kunle Bamidele", "kunle.bamidele@zenorapharma.example")
FUNMI = ("Funmilayo Ajayi", "funmilayo.ajayi@zenorapharma.example")
IBRAHIM = ("Ibrahim Musa", "ibrahim.musa@zenorapharma.example")
NGOZI = ("Ngozi Adebayo", "ngozi.adebayo@zenorapharma.example")
COKER = ("Dr. Olumide Coker", "olumide.coker@zenorapharma.example")
ZENORA_ROLE = "Regulatory Affairs Officer"

AFYA = "Afya Bora Access Initiative"
ACHIENG = ("Achieng Otieno", "achieng.otieno@afyabora.example")
WANJIRU = ("Dr. Wanjiru Kamau", "wanjiru.kamau@afyabora.example")
BRIAN = ("Brian Mwangi", "brian.mwangi@afyabora.example")
HALIMA = ("Halima Yusuf", "halima.yusuf@afyabora.example")
AFYA_ROLE = "Regulatory & Market Access Associate (West Africa)"

THAMES = "Thamesgate Therapeutics Ltd"
HARRIET = ("Harriet Cole", "harriet.cole@thamesgate.example")
OLIVER = ("Oliver Bennett", "oliver.bennett@thamesgate.example")
SARAH = ("Dr Sarah Whitcombe", "sarah.whitcombe@thamesgate.example")
JAMES = ("James Ashworth", "james.ashworth@thamesgate.example")
THAMES_ROLE = "Regulatory Affairs Associate, West Africa"

NMTH = "Nkwo Memorial Teaching Hospital, Nnewi"
NNAJI = ("Chukwuemeka Nnaji", "chukwuemeka.nnaji@nmth-nnewi.example")
UCHENNA = ("Pharm. (Mrs) Uchenna Ibe", "uchenna.ibe@nmth-nnewi.example")
ORJI = ("Dr. Nnaemeka Orji", "nnaemeka.orji@nmth-nnewi.example")
NMTH_ROLE = "Pharmacist II (Drug Information & Pharmacovigilance Unit)"

NNAMDI = ("Pharm. Nnamdi Ugwu", "nnamdi.ugwu@okwycarepharmacy.example")


# ==============================================================================================
# CASES
# ==============================================================================================
@case("ebube-phone-screen-echi-igbo")
def c01():
    sent = T(2026, 10, 5, 17, 12, LAG, "Mon", "+0100")
    start = T(2026, 10, 6, 10, 0, LAG, "Tue", "+0100")  # "echi n'elekere iri nke ụtụtụ"
    text = """Ndewo Pharm. Chidinma,

Ekele m gị maka akwụkwọ ịrịọ ọrụ (application) i zitere anyị maka ọkwa Medical Sales
Representative nke Enugu/Anambra. Ndị management gụrụ CV gị, ọ masịrị ha.

Anyị na-akpọ gị maka ajụjụ ọnụ mbụ site na ekwentị. Ọ ga-abụ echi n'elekere iri nke ụtụtụ.
Mụ onwe m ga-akpọ gị na nọmba 0803 000 4417 i dere n'akwụkwọ gị. Ọ ga-ewe ihe dị ka nkeji
iri atọ.

Ihe anyị ga-ajụ gbasara: ahịa ọgwụ n'Onitsha na Enugu, ụlọ ahịa ọgwụ (pharmacies) na
ụlọ ọgwụ i maara nke ọma, na ihe mere i ji chọọ ịhapụ dispensing bata na sales.

Biko hụ na network dị mma n'ebe ị ga-anọ. Ọ bụrụ na oge a agaghị adị gị mma, zaghachi m
tupu elekere asatọ nke abalị taa ka anyị hazie oge ọzọ.

Daalụ,
Ifeoma Nwankwo (Mrs)
HR Officer, Ebube Pharma Distributors Ltd
Block C, Ogbo Ogwu Drug Market, Bridge Head, Onitsha
0806 000 2281
"""
    eml, _ = plain_mail("c01", IFEOMA, [ME], "Ajụjụ ọnụ – Medical Sales Rep (Ebube Pharma)", sent, text,
                        extra=[("X-Mailer", "Ebube Webmail 3.2")])
    lab = label([L(EBUBE, EBUBE_ROLE, start, start + timedelta(minutes=30), "scheduled", [IFEOMA[1]],
                   [IFEOMA[1]], "phone_screen")], "medium", "positive/email-body-relative-igbo",
                "Igbo HR mail: phone interview 'echi n'elekere iri nke ụtụtụ' (tomorrow 10am) resolved against "
                "Date Mon 5 Oct 2026 17:12 +0100; ~30 min ('nkeji iri atọ'); the HR officer makes the call.")
    return dict(items=[("01-ifeoma-ajuju-onu.eml", eml)], label=lab,
                tz=["relative 'echi' (tomorrow) resolved against a +0100 Date header"])


@case("recruiter-vacancy-blast-medreps")
def c02():
    sent = T(2026, 10, 2, 7, 45, LAG, "Fri", "+0100")
    T(2026, 10, 9, 12, 0, LAG, "Fri", "+0100")
    T(2026, 10, 15, 9, 0, LAG, "Thu", "+0100")
    text = """Compliments of the day.

TalentBridge HR Consulting is recruiting on behalf of three clients in the pharmaceutical
sector (a multinational generics manufacturer, an Onitsha-based distributor and a fast-growing
e-pharmacy). Vacancies:

1. Medical Sales Representatives - Enugu, Onitsha, Awka, Aba, Port Harcourt (x12)
   B.Pharm, B.Sc Biochemistry/Microbiology or related; 1-3 years field sales experience.
2. Regulatory Affairs Officer - Lagos (x2)
   B.Pharm with current PCN licence; NAFDAC dossier (CTD) experience an advantage.
3. Superintendent Pharmacist - Enugu (x1)

Attractive remuneration, official car for senior reps, HMO and pension.

HOW TO APPLY: send your CV (Word or PDF, max 2MB) to cv@talentbridge-ng.example using the job
title and location as the subject of the mail, e.g. "Medical Rep - Onitsha". Deadline: Friday,
9 October 2026.

Only shortlisted candidates will be contacted. Screening interviews for shortlisted candidates
are planned to hold at our Enugu office, 44 Ogui Road, from Thursday 15 October 2026.

Kindly share with your network - someone is waiting for this opportunity.

Chinedu Agu
Principal Consultant, TalentBridge HR Consulting
44 Ogui Road, Enugu | 0817 000 3390

You are receiving this because you subscribed to TalentBridge job updates. Unsubscribe:
https://talentbridge-ng.example/unsubscribe?u=%s
""" % h("unsub", "c02", n=16)
    html = to_html(text, "font-family:Verdana,sans-serif;font-size:13px;color:#222")
    eml, _ = plain_mail("c02", ("TalentBridge Vacancies", "vacancies@talentbridge-ng.example"), [],
                        "URGENT RECRUITMENT: Medical Reps, Regulatory Officers & Pharmacists (Enugu, Onitsha, Aba, PH, Lagos)",
                        sent, text, cte="quoted-printable", html=html, html_cte="base64",
                        reply_to=("Chinedu Agu", "chinedu.agu@talentbridge-ng.example"),
                        extra=[("List-Unsubscribe", f"<https://talentbridge-ng.example/unsubscribe?u={h('unsub', 'c02', n=16)}>"),
                               ("Precedence", "bulk")])
    lab = label([], "medium", "negative/recruiter-vacancy-blast",
                "Bulk vacancy blast (undisclosed recipients) naming a 'screening interviews' date for shortlisted "
                "candidates; the owner has not applied or been invited.")
    return dict(items=[("01-talentbridge-vacancies.eml", eml)], label=lab, tz=[])


@case("zenora-phone-screen-mail-and-google-invite")
def c03():
    sent1 = T(2026, 10, 9, 11, 20, LAG, "Fri", "+0100")
    sent2 = T(2026, 10, 9, 11, 26, LAG, "Fri", "+0100")
    start = T(2026, 10, 14, 15, 0, LAG, "Wed", "+0100")
    end = start + timedelta(minutes=30)
    text = """Dear Chidinma,

Compliments of the day.

Thank you for your interest in the Regulatory Affairs Officer role at Zenora Pharmaceuticals
Plc. Your profile has been shortlisted for the first stage of our selection process: a
30-minute telephone screening with me.

I have booked Wednesday, 14 October 2026 from 3:00pm to 3:30pm (WAT) and a calendar
invitation will follow shortly. I will call the number on your CV; should the network fail, the
Google Meet link in the invitation will be our fallback.

We will talk through your current role, your exposure to NAFDAC product registration (dossier
compilation in CTD format, renewals, variations) and your salary expectation.

Kindly acknowledge receipt of this mail.

Best regards,

Tolulope Adeyemi
Talent Acquisition Officer
Zenora Pharmaceuticals Plc
Head Office: 27 Adeola Odeku Street, Victoria Island, Lagos
Plant: Plot 9, Oba Akran Avenue, Ikeja Industrial Estate, Lagos
"""
    eml1, mid1 = plain_mail("c03a", TOLU, [ME], "Regulatory Affairs Officer - Telephone Screening", sent1, text,
                            mid=mid_outlook("c03a"), extra=[("Content-Language", "en-GB")])
    ev = dict(uid=f"{h('uid', 'c03', n=26)}@google.com", seq=0, start=start, end=end, tzid="Africa/Lagos",
              organizer=TOLU, attendees=[(TOLU[0], TOLU[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
              summary="Telephone screening: Chidinma Okafor - Regulatory Affairs Officer",
              description="30-minute screening call for the Regulatory Affairs Officer vacancy. Tolulope will call "
                          "your mobile; use the Meet link only if the call drops.",
              location="Phone call (Zenora will call you)", created=sent2 - timedelta(minutes=2),
              meet=meet_code("c03"))
    eml2, _ = google_invite("c03", ev, sent2)
    lab = label([L(ZENORA, ZENORA_ROLE, start, end, "scheduled", [TOLU[1]], [TOLU[1]], "phone_screen")],
                "easy", "positive/dedupe-email-and-google-invite",
                "Recruiter mail + Google Calendar invitation (TZID Africa/Lagos) for the same screening call: one "
                "interview; the recruiter conducts it.")
    return dict(items=[("01-tolulope-screening.eml", eml1), ("02-invitation-telephone-screening.eml", eml2)],
                label=lab, tz=[])


@case("thamesgate-calendly-recruiter-screen")
def c04():
    booked = T(2026, 10, 2, 8, 3, UTC, "Fri", "+0000") + timedelta(seconds=11)
    start = T(2026, 10, 8, 14, 0, LAG, "Thu", "+0100")
    end = start + timedelta(minutes=30)
    assert start.astimezone(LON).strftime("%H:%M %z") == "14:00 +0100"
    cancel = f"https://calendly.com/cancellations/{uuidish('cal-c', 'c04')}"
    resched = f"https://calendly.com/reschedulings/{uuidish('cal-r', 'c04')}"
    text = f"""Hi Chidinma Okafor,

A new event has been scheduled.

Event Type:
Introductory call - Thamesgate Therapeutics (30 min)

Invitee:
Chidinma Okafor

Invitee Email:
{OWNER}

Event Date/Time:
02:00pm - 02:30pm (West Africa Time), Thursday, October 8, 2026

Location:
This is a Microsoft Teams web conference. Harriet will add the joining link to the calendar
invitation.

Invitee Time Zone:
West Africa Time

Questions:
Please share anything that will help prepare for our meeting.
I am a community pharmacist in Enugu with some NAFDAC dossier experience, keen to move into
regulatory affairs.

Description:
A half-hour conversation with Harriet Cole from Thamesgate's Talent team about the Regulatory
Affairs Associate, West Africa role: your background, motivation and practicalities.

View event in Calendly: https://calendly.com/events/{uuidish('cal-e', 'c04')}

Need to make changes to this event?
Cancel: {cancel}
Reschedule: {resched}

Powered by Calendly.com
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uuidish('cal-uid', 'c04')}@calendly.com", f"DTSTAMP:{zd(booked)}",
        f"DTSTART:{zd(start)}", f"DTEND:{zd(end)}",
        "SUMMARY:Chidinma Okafor and Harriet Cole - Introductory call (Thamesgate Therapeutics)",
        "DESCRIPTION:" + esc("Event Name: Introductory call - Thamesgate Therapeutics (30 min)\n\n"
                             f"Need to make changes to this event?\nCancel: {cancel}\nReschedule: {resched}"),
        "LOCATION:Microsoft Teams", f"ORGANIZER;CN=Harriet Cole:mailto:{HARRIET[1]}",
        att_line(OWNER_NAME, OWNER, "ACCEPTED", google=False), "SEQUENCE:0", "STATUS:CONFIRMED",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    html = to_html(text, "font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a")
    root = multi("mixed", [multi("alternative", [leaf("text/plain", text, "quoted-printable"),
                                                 leaf("text/html", html, "quoted-printable")], bnd_generic("c04", "a")),
                           leaf("text/calendar", ics, "base64", params='; method=REQUEST; name="invite.ics"',
                                filename="invite.ics")], bnd_generic("c04", "m"))
    mid1 = f"<{h('calmid', 'c04', n=20)}@calendly.com>"
    eml1 = message(mail_headers(("Calendly", "notifications@calendly.com"), [ME],
                                "New Event: Chidinma Okafor - 02:00pm Thu, Oct 8, 2026 - Introductory call - Thamesgate Therapeutics",
                                booked, mid1, reply_to=HARRIET, return_path="bounces+2290114@em.calendly.com",
                                relay="o1.em.calendly.com"), root)
    sent2 = T(2026, 10, 6, 16, 10, LON, "Tue", "+0100")
    text2 = """Hi Chidinma,

Thanks for booking in - just confirming I'll see you on Thursday at 2pm. I've sent the Teams link
separately; if the video is patchy we can drop to audio, no problem at all.

Handy timing, actually: London and Lagos are on the same clock for a few more weeks, so 2pm is
2pm for both of us.

Speak soon,
Harriet

Harriet Cole
Talent Partner | Thamesgate Therapeutics Ltd
Canalside House, 11 Wharf Road, London N1 7GR
"""
    eml2, _ = plain_mail("c04b", HARRIET, [ME], "Re: Introductory call - Thursday", sent2, text2,
                         mid=mid_outlook("c04b"), in_reply_to=mid1, references=[mid1])
    lab = label([L(THAMES, THAMES_ROLE, start, end, "scheduled", [HARRIET[1]], [HARRIET[1]], "phone_screen")],
                "medium", "positive/calendly-booking",
                "Calendly booking (times shown in West Africa Time, .ics in UTC 13:00Z) + recruiter note; London is "
                "still on BST so 2pm is the same in both cities. Recruiter runs the call.")
    return dict(items=[("01-calendly-new-event.eml", eml1), ("02-harriet-see-you-thursday.eml", eml2)],
                label=lab, tz=["Calendly .ics in UTC (13:00Z = 14:00 WAT); London on BST (+01:00) equals Lagos before Oct 25"])


@case("igba-nkwu-wedding-invitation")
def c05():
    sent = T(2026, 10, 11, 20, 15, LAG, "Sun", "+0100")
    T(2026, 11, 14, 10, 0, LAG, "Sat", "+0100")
    T(2026, 10, 31, 12, 0, LAG, "Sat", "+0100")
    text = """Nne m Chidinma,

Kedu? Ekele m gị na ezinụlọ gị niile.

Ị kpọrọ òkù! Ugochi nwanne anyị na Kelechi ga-eme igba nkwu ha na Satọdee, 14 Ọnwa Iri na Otu
2026, n'elekere iri nke ụtụtụ, n'ama obi Mazi Okafor dị n'Amaokwe, Udi. Ọ bụ ụbọchị Papa ga-ajụ
Ugochi ajụjụ n'ihu ọha ka o gosi onye ọ ga-enye mmanya ya - ị maara na ọ bụ ebe ahụ ka ihe
ụtọ dị!

Aso-ebi: George (wine/gold) maka ụmụnwaanyị, Isiagu maka ụmụnwoke. ₦25,000 kwa onye; biko
kwụọ ya tupu Satọdee 31 October ka Aunty Nkechi nweta akwa ahụ n'Onitsha.

Ọ bụrụ na ị ga-abịa site n'Enugu na Fraịdee, gwa m ka anyị hazie ebe ị ga-ehi ụra.

Unu abịala, unu abịala!

Oge (Ogechukwu Okafor)
"""
    html = to_html(text, "font-family:Georgia,serif;font-size:15px;color:#5b2a00;background:#fff8e7")
    eml, _ = plain_mail("c05", ("Ogechukwu Okafor", "oge.okafor@example.org"), [ME, ("Obinna Okafor", "obinna.okafor@example.org")],
                        "Ị kpọrọ òkù: Igba Nkwu Ugochi & Kelechi - Satọdee 14 Ọnwa Iri na Otu", sent, text,
                        html=html, mid=mid_gmail("c05"), relay="mail-oi1-f171.google.com")
    lab = label([], "easy", "negative/personal-event-igbo",
                "Traditional wedding (igba nkwu) invitation in Igbo with a date and time; 'ajụjụ' appears but it is "
                "the bride's father's question at the ceremony, not an interview.")
    return dict(items=[("01-igba-nkwu-okwu.eml", eml)], label=lab, tz=[])


@case("zenora-written-aptitude-test-cbt")
def c06():
    sent = T(2026, 10, 19, 16, 5, LAG, "Mon", "+0100")
    start = T(2026, 10, 24, 9, 0, LAG, "Sat", "+0100")
    end = T(2026, 10, 24, 11, 0, LAG, "Sat", "+0100")
    T(2026, 10, 22, 12, 0, LAG, "Thu", "+0100")
    text = """Dear Chidinma Okafor,

Compliments of the day.

Following your telephone screening, we are pleased to invite you to the next stage of our
recruitment exercise for the position of Regulatory Affairs Officer: a written aptitude test.

Date:  Saturday, 24 October 2026
Time:  9:00am - 11:00am (accreditation starts 8:15am; late comers will not be admitted)
Venue: Cedarcrest CBT Centre, 12 Chime Avenue, New Haven, Enugu

The test is computer-based and has three sections: numerical reasoning, verbal reasoning, and
a pharmacy/regulatory knowledge paper (NAFDAC guidelines, GMP, pharmacovigilance). There is no
interview on the day. Candidates who meet the cut-off mark will be contacted for a panel
interview at our Ikeja plant.

You are expected to come along with your credentials: a valid means of identification, your
PCN annual practising licence and a printout of this mail. Phones, smart watches and bags are
not allowed into the hall.

Kindly revert to confirm your attendance not later than Thursday, 22 October 2026. The
calendar file attached will help you block the time.

Regards,

Tolulope Adeyemi
Talent Acquisition Officer, Zenora Pharmaceuticals Plc
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Zenora Pharmaceuticals//Recruitment//EN", "VERSION:2.0",
                    "METHOD:PUBLISH"] + VTZ["Africa/Lagos"] + [
        "BEGIN:VEVENT", f"UID:{uuidish('c06-uid')}@zenorapharma.example", f"DTSTAMP:{zd(sent)}",
        f"DTSTART;TZID=Africa/Lagos:{ld(start)}", f"DTEND;TZID=Africa/Lagos:{ld(end)}",
        "SUMMARY:Zenora Pharmaceuticals - Written Aptitude Test (CBT)",
        "LOCATION:" + esc("Cedarcrest CBT Centre, 12 Chime Avenue, New Haven, Enugu"),
        "DESCRIPTION:" + esc("Written aptitude test (computer-based). Arrive 8:15am for accreditation with ID "
                             "and PCN licence. No interview on the day."),
        f"ORGANIZER;CN=Zenora Recruitment:mailto:{TOLU[1]}", att_line(OWNER_NAME, OWNER, google=False),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    html = to_html(text)
    root = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 bnd_outlook("c06", "alt")),
                           leaf("text/calendar", ics, "base64", params='; method=PUBLISH; name="Aptitude-Test.ics"',
                                filename="Aptitude-Test.ics")], bnd_outlook("c06"))
    mid = mid_outlook("c06")
    eml = message(mail_headers(TOLU, [ME], "Invitation to Written Aptitude Test - Regulatory Affairs Officer", sent,
                               mid, relay="EUR05-AM6-obe.outbound.protection.outlook.com"), root)
    lab = label([], "hard", "negative/assessment-written-test",
                "Written (CBT) aptitude test invitation with venue, time and an .ics; explicitly 'no interview on the "
                "day' - an assessment, not an interview.")
    return dict(items=[("01-aptitude-test-invite.eml", eml)], label=lab, tz=[])


@case("ebube-sales-manager-no-tone-marks")
def c07():
    sent = T(2026, 10, 7, 13, 48, LAG, "Wed", "+0100")
    start = T(2026, 10, 10, 11, 0, LAG, "Sat", "+0100")
    text = """Ndewo Chidinma,

I mere nke oma na ajuju onu ekwenti nke Tiuzdee. Ihe i kwuru gbasara ahia ogwu n'Enugu masiri
anyi.

Nzoukwu ozo bu ka gi na Sales Manager anyi, Mazi Okwudili Mbah, kparita uka ihu na ihu (ajuju
onu). O ga-abu na Satodee, 10 Onwa Iri, n'elekere iri na otu nke ututu, n'ofis anyi di na Block
C, Ogbo Ogwu Drug Market, Bridge Head, Onitsha. Mazi Okwudili ga-aju gi ajuju gbasara ka i si
ere ahia, ndi doctor na ndi pharmacy i maara n'Enugu na Nsukka, na otu i ga-esi mezuo target
kwa onwa.

Biko bia na credentials gi niile (original na photocopy): akwukwo B.Pharm, PCN licence, NYSC
discharge certificate.

Ebe i si Enugu abia, gbalia puo n'oge n'ihi traffic na Upper Iweka. Mazi Okwudili no na cc; i
nwere ike izitere ya ozi ma o buru na i nwere ajuju.

Ka odi,
Ifeoma
HR, Ebube Pharma Distributors Ltd
"""
    eml, _ = plain_mail("c07", IFEOMA, [ME], "Ajuju onu na Sales Manager - Satodee", sent, text, cte="base64",
                        cc=[OKWUDILI])
    lab = label([L(EBUBE, EBUBE_ROLE, start, None, "scheduled", [OKWUDILI[1]], [OKWUDILI[1]], "hiring_manager")],
                "medium", "positive/email-body-igbo-no-diacritics",
                "Igbo without tone marks (base64 body): face-to-face interview with the Sales Manager on 'Satodee, 10 "
                "Onwa Iri, n'elekere iri na otu nke ututu' (Sat 10 Oct, 11am) in Onitsha; no duration given.")
    return dict(items=[("01-ifeoma-sales-manager.eml", eml)], label=lab,
                tz=["Igbo weekday/month names (Satodee, Onwa Iri) and 'elekere iri na otu' (11 o'clock) in WAT"])


@case("afya-bora-slots-proposed-then-confirmed")
def c08():
    s1 = T(2026, 10, 20, 10, 12, NBO, "Tue", "+0300")
    s2 = T(2026, 10, 20, 12, 40, LAG, "Tue", "+0100")
    s3 = T(2026, 10, 21, 9, 5, NBO, "Wed", "+0300")
    T(2026, 10, 27, 10, 0, NBO, "Tue", "+0300")
    T(2026, 10, 28, 16, 0, NBO, "Wed", "+0300")
    start = T(2026, 10, 29, 13, 0, NBO, "Thu", "+0300")
    end = start + timedelta(minutes=45)
    assert start.astimezone(LAG).strftime("%H:%M") == "11:00"
    t1 = """Dear Chidinma,

Greetings from Nairobi, and thank you for applying for the Regulatory & Market Access Associate
(West Africa) position. The hiring team would like to invite you to a first interview with
Dr. Wanjiru Kamau, our Programme Lead for Medicines Access.

The conversation will be 45 minutes over Zoom. Dr. Kamau has the following openings (all times
East Africa Time, GMT+3):

  - Tuesday 27 October, 10:00
  - Wednesday 28 October, 16:00
  - Thursday 29 October, 13:00

Please reply with the slot that works for you. Nairobi is two hours ahead of Lagos, so do
convert before you choose.

Kind regards,
Achieng Otieno
People & Culture Officer
Afya Bora Access Initiative | Westlands, Nairobi
"""
    m1 = mid_gmail("c08", 1)
    e1, _ = plain_mail("c08a", ACHIENG, [ME], "Afya Bora - first interview, Regulatory & Market Access Associate (West Africa)",
                       s1, t1, mid=m1, relay="mail-ej1-f54.google.com")
    t2 = """Dear Achieng,

Thank you for the good news. Thursday 29 October at 13:00 EAT works best for me - that is
11:00 here in Enugu. The Tuesday slot clashes with my morning shift at the pharmacy.

Please send the Zoom details when convenient.

Regards,
Chidinma Okafor
""" + "\n" + quote(t1, f"Achieng Otieno <{ACHIENG[1]}>", s1)
    m2 = mid_gmail("c08", 2)
    e2, _ = plain_mail("c08b", ME, [ACHIENG], "Re: Afya Bora - first interview, Regulatory & Market Access Associate (West Africa)",
                       s2, t2, mid=m2, in_reply_to=m1, references=[m1])
    zoom = f"https://us06web.zoom.us/j/8{int(h('zoom', 'c08', n=10), 16) % 10**10:010d}?pwd={h('zpwd', 'c08', n=22)}"
    t3 = f"""Dear Chidinma,

Confirmed: Thursday 29 October, 13:00-13:45 EAT (11:00-11:45 WAT), Zoom interview with
Dr. Wanjiru Kamau, who is copied here. You will also get a calendar invitation from me.

Join Zoom Meeting
{zoom}

Dr. Kamau will ask about your experience with product registration in Nigeria and how you
would support registration of our donated essential medicines across ECOWAS.

Best,
Achieng
""" + "\n" + quote(t2, f"Chidinma Okafor <{OWNER}>", s2)
    m3 = mid_gmail("c08", 3)
    e3, _ = plain_mail("c08c", ACHIENG, [ME], "Re: Afya Bora - first interview, Regulatory & Market Access Associate (West Africa)",
                       s3, t3, mid=m3, cc=[WANJIRU], in_reply_to=m2, references=[m1, m2], relay="mail-ej1-f54.google.com")
    ev = dict(uid=f"{h('uid', 'c08', n=26)}@google.com", seq=0, tzid="Africa/Nairobi", organizer=ACHIENG,
              api_start=start.astimezone(LAG), api_end=end.astimezone(LAG),
              summary="Interview: Chidinma Okafor / Dr. Wanjiru Kamau (Afya Bora)",
              description=f"First interview for Regulatory & Market Access Associate (West Africa).\nZoom: {zoom}",
              location=zoom,
              attendees_api=[{"email": ACHIENG[1], "displayName": ACHIENG[0], "organizer": True, "responseStatus": "accepted"},
                             {"email": WANJIRU[1], "displayName": WANJIRU[0], "responseStatus": "accepted"},
                             {"email": OWNER, "self": True, "responseStatus": "accepted"}])
    g = gcal_event(ev, s3 + timedelta(minutes=4), s3 + timedelta(minutes=9))
    lab = label([L(AFYA, AFYA_ROLE, start, end, "scheduled", [WANJIRU[1]], [WANJIRU[1]], "hiring_manager")],
                "hard", "positive/thread-propose-confirm-eat",
                "Three EAT slots proposed, owner picks Thu 29 Oct 13:00 EAT (11:00 WAT), recruiter confirms 45 min; "
                "Calendar API event shows the same instant in +01:00 with timeZone Africa/Nairobi. One interview.")
    return dict(items=[("01-achieng-slots.eml", e1), ("02-chidinma-picks-thursday.eml", e2),
                       ("03-achieng-confirmed.eml", e3), ("04-interview-afya-bora.gcal.json", g)], label=lab,
                tz=["Nairobi EAT (+03:00) slots vs Enugu WAT (+01:00); API event dateTime in +01:00 with timeZone Africa/Nairobi"])


@case("current-job-pharmacy-technician-interview")
def c09():
    sent1 = T(2026, 10, 14, 19, 2, LAG, "Wed", "+0100")
    sent2 = T(2026, 10, 14, 19, 6, LAG, "Wed", "+0100")
    start = T(2026, 10, 16, 11, 0, LAG, "Fri", "+0100")
    text = """Chidinma,

I'll be in Abuja on Friday for the ACPN zonal meeting, so please handle the interview for the
pharmacy technician opening. The candidate is Emeka Chukwu (the one from Ninth Mile with the
Oji River College certificate). I have sent you the calendar invite.

Use our usual checklist: dispensing accuracy with the tray test, stock cards and expiry
tracking, cold chain for insulin and vaccines, and how he handles customers who insist on
antibiotics without prescription. Score him on the sheet in the top drawer and send me your
recommendation by evening.

Thanks,
Nnamdi

Pharm. Nnamdi Ugwu
Superintendent Pharmacist, Okwy Care Pharmacy Ltd, 17 Ogui Road, Enugu
"""
    eml1, _ = plain_mail("c09a", NNAMDI, [ME], "Friday - pharmacy technician interview", sent1, text,
                         mid=mid_gmail("c09"))
    cand = ("Emeka Chukwu", "emeka.chukwu90@example.net")
    ev = dict(uid=f"{h('uid', 'c09', n=26)}@google.com", seq=0, start=start, end=start + timedelta(minutes=45),
              tzid="Africa/Lagos", organizer=NNAMDI,
              attendees=[(NNAMDI[0], NNAMDI[1], "ACCEPTED"), (OWNER_NAME, OWNER), (cand[0], cand[1])],
              summary="Interview: Pharmacy Technician - Emeka Chukwu",
              description="Interviewer: Pharm. Chidinma Okafor (Supervising Pharmacist).\nCandidate: Emeka Chukwu.\n"
                          "Bring: SSCE, Pharmacy Technician certificate, PCN technician registration.",
              location="Okwy Care Pharmacy Ltd, 17 Ogui Road, Enugu (back office)", created=sent2 - timedelta(minutes=1))
    eml2, _ = google_invite("c09", ev, sent2)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Owner's current employer asks her to conduct a pharmacy technician interview; Google invite titled "
                "'Interview' with her as attendee, but she is the interviewer.")
    return dict(items=[("01-nnamdi-friday-interview.eml", eml1), ("02-invitation-pharmacy-technician.eml", eml2)],
                label=lab, tz=[])


@case("ebube-md-final-rescheduled-igbo")
def c10():
    sent1 = T(2026, 10, 12, 9, 30, LAG, "Mon", "+0100")
    orig = T(2026, 10, 16, 11, 0, LAG, "Fri", "+0100")
    sent2 = T(2026, 10, 14, 18, 20, LAG, "Wed", "+0100")
    sent3 = T(2026, 10, 14, 18, 26, LAG, "Wed", "+0100")
    start = T(2026, 10, 20, 14, 0, LAG, "Tue", "+0100")
    uid = f"{h('uid', 'c10', n=26)}@google.com"
    base = dict(uid=uid, tzid="Africa/Lagos", organizer=IFEOMA,
                attendees=[(IFEOMA[0], IFEOMA[1], "ACCEPTED"), (OBIORA[0], OBIORA[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
                summary="Final interview with the MD - Chidinma Okafor (Medical Sales Rep)",
                description="Ajụjụ ọnụ ikpeazụ gị na MD anyị, Chief Obiora Ezeudu. Bia na credentials gị niile.",
                location="MD's office, Ebube Pharma Distributors, Block C, Ogbo Ogwu Drug Market, Bridge Head, Onitsha",
                created=sent1 - timedelta(minutes=3))
    ev1 = dict(base, seq=0, start=orig, end=orig + timedelta(hours=1))
    eml1, mid1 = google_invite("c10-1", ev1, sent1)
    text = """Ndewo Pharm. Chidinma,

Biko ndo. Anyị agbanweela oge ya: ajụjụ ọnụ gị na Chief (MD) agaghị eme na Fraịdee a ọzọ, n'ihi
na NAFDAC kpọrọ ya ka ọ bịa Lagos maka nzukọ ndị distributors n'ụbọchị ahụ.

Oge ọhụrụ bụ Tiuzdee, 20 Ọnwa Iri, n'elekere abụọ nke ehihie. Ebe ahụ bụ otu ebe ahụ - ọfịs MD
dị na Bridge Head. Ọ ga-ewe otu awa.

Aga m ezigharị gị invite ọhụrụ na calendar ugbu a. Ọ bụrụ na oge ọhụrụ a adịghị gị mma, kpọọ m
ozugbo na 0806 000 2281.

Daalụ nke ukwuu,
Ifeoma
"""
    eml2, mid2 = plain_mail("c10-2", IFEOMA, [ME], "Ajụjụ ọnụ ikpeazụ na MD - anyị agbanweela oge ya", sent2, text,
                            cc=[OBIORA], in_reply_to=mid1, references=[mid1])
    ev3 = dict(base, seq=1, start=start, end=start + timedelta(hours=1))
    eml3, _ = google_invite("c10-3", ev3, sent3, kind="Updated invitation")
    lab = label([L(EBUBE, EBUBE_ROLE, start, start + timedelta(hours=1), "scheduled", [OBIORA[1]], [OBIORA[1]],
                   "hiring_manager")], "medium", "positive/reschedule-igbo-and-sequence",
                "Final with the MD first invited for Fri 16 Oct 11:00; Igbo mail 'anyị agbanweela oge ya' moves it to "
                "Tiuzdee 20 Ọnwa Iri 'n'elekere abụọ nke ehihie' (14:00), and an updated invite (same UID, "
                "SEQUENCE 1) follows. Final time only.")
    return dict(items=[("01-invitation-md-final.eml", eml1), ("02-ifeoma-agbanweela-oge.eml", eml2),
                       ("03-updated-invitation-md-final.eml", eml3)], label=lab, tz=[])


@case("thamesgate-two-interviews-uk-clock-change")
def c11():
    sent1 = T(2026, 10, 14, 15, 40, LON, "Wed", "+0100")
    sent2 = T(2026, 10, 14, 15, 52, LON, "Wed", "+0100")
    sent3 = T(2026, 10, 14, 15, 55, LON, "Wed", "+0100")
    a_s = T(2026, 10, 21, 10, 0, LON, "Wed", "+0100")   # BST
    a_e = a_s + timedelta(minutes=45)
    b_s = T(2026, 10, 28, 14, 0, LON, "Wed", "+0000")   # GMT after 25 Oct
    b_e = b_s + timedelta(hours=1)
    assert a_s.astimezone(LAG).strftime("%H:%M") == "10:00" and b_s.astimezone(LAG).strftime("%H:%M") == "15:00"
    text = """Hi Chidinma,

Thanks for a great conversation last week - I'm pleased to say the team would like to move you
forward. There are two interviews at this stage, on separate days, both on Microsoft Teams:

1) Wednesday 21 October, 10:00-10:45 UK time
   Regulatory knowledge & competency interview with Oliver Bennett, Regulatory Affairs Manager
   (Africa & Middle East). Expect questions on Module 1 requirements for NAFDAC, post-approval
   variations and the ECOWAS medicines regulatory harmonisation work.

2) Wednesday 28 October, 14:00-15:00 UK time
   Hiring manager interview with Dr Sarah Whitcombe, Head of International Regulatory.

One heads-up: UK clocks go back on Sunday 25 October, so please double-check the second time
in your own calendar rather than assuming London and Lagos still match.

Calendar invitations for both will follow from me separately. Do shout if either slot is a
problem.

Best wishes,
Harriet

Harriet Cole
Talent Partner | Thamesgate Therapeutics Ltd
"""
    eml1, mid1 = plain_mail("c11a", HARRIET, [ME], "Thamesgate - next steps: two interviews (Regulatory Affairs Associate, West Africa)",
                            sent1, text, html=to_html(text, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"),
                            mid=mid_outlook("c11a"), extra=[("Content-Language", "en-GB")],
                            relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    ev_a = dict(uid=exchange_uid("c11a"), seq=0, start=a_s, end=a_e, tzid="GMT Standard Time", organizer=HARRIET,
                attendees=[(OLIVER[0], OLIVER[1]), (OWNER_NAME, OWNER)],
                summary="Thamesgate interview: Chidinma Okafor / Oliver Bennett (Regulatory competency)",
                description="Regulatory knowledge & competency interview (45 min) for the Regulatory Affairs Associate, "
                            "West Africa role. Interviewer: Oliver Bennett.",
                location="Microsoft Teams Meeting", teams=teams_url("c11a"))
    body_a = ("Hi Chidinma,\n\nHere is the Teams invitation for your competency interview with Oliver Bennett "
              "(Regulatory Affairs Manager, Africa & Middle East).\n\nBest wishes,\nHarriet")
    eml2, _ = outlook_invite("c11b", ev_a, sent2, [ME, OLIVER], body_a)
    ev_b = dict(uid=exchange_uid("c11b"), seq=0, start=b_s, end=b_e, tzid="GMT Standard Time", organizer=HARRIET,
                attendees=[(SARAH[0], SARAH[1]), (OWNER_NAME, OWNER)],
                summary="Thamesgate interview: Chidinma Okafor / Dr Sarah Whitcombe (Hiring manager)",
                description="Hiring manager interview (60 min) with Dr Sarah Whitcombe, Head of International Regulatory.",
                location="Microsoft Teams Meeting", teams=teams_url("c11b"))
    body_b = ("Hi Chidinma,\n\nAnd the second one - your conversation with Sarah. Note this falls after the UK clock "
              "change.\n\nBest wishes,\nHarriet")
    eml3, _ = outlook_invite("c11c", ev_b, sent3, [ME, SARAH], body_b)
    lab = label([L(THAMES, THAMES_ROLE, a_s, a_e, "scheduled", [OLIVER[1]], [OLIVER[1]], "technical"),
                 L(THAMES, THAMES_ROLE, b_s, b_e, "scheduled", [SARAH[1]], [SARAH[1]], "hiring_manager")],
                "hard", "positive/two-interviews-uk-dst",
                "Two separate interviews in one case, both 'UK time' with Exchange TZID 'GMT Standard Time' (display "
                "label says UTC+00:00 even in summer): 21 Oct 10:00 BST (=10:00 WAT) and 28 Oct 14:00 GMT "
                "(=15:00 WAT) after the 25 Oct clock change. Recruiter coordinates only.")
    return dict(items=[("01-harriet-next-steps.eml", eml1), ("02-invite-oliver-bennett.eml", eml2),
                       ("03-invite-sarah-whitcombe.eml", eml3)], label=lab,
                tz=["Exchange 'GMT Standard Time' across the UK change (Sun 25 Oct): 21 Oct 10:00 is +01:00, 28 Oct 14:00 is +00:00 (15:00 in Enugu); '(UTC+00:00)' Outlook label"])


@case("pcn-cpd-workshop")
def c12():
    sent = T(2026, 10, 15, 12, 0, LAG, "Thu", "+0100")
    start = T(2026, 10, 27, 9, 0, LAG, "Tue", "+0100")
    end = T(2026, 10, 27, 16, 0, LAG, "Tue", "+0100")
    text = f"""Dear Pharm. Chidinma Okafor (PCN Reg. No. {int(h('pcn', n=6), 16) % 90000 + 10000}),

Your registration for the 2026 Mandatory Continuing Professional Development (MCPD)
programme has been confirmed.

Module:  Module 3 - Pharmacovigilance & Regulatory Compliance (Enugu Zone)
Date:    Tuesday, 27 October 2026
Time:    9:00am - 4:00pm (registration opens 8:00am)
Venue:   Golden Royale Hotel, Ridgeway Road, GRA, Enugu

Programme highlights
- Adverse drug reaction reporting and the Med Safety app
- NAFDAC product registration and the fight against falsified medicines
- Panel session: "From community practice to industry and regulatory roles", including a live
  mock interview demonstration by a pharmaceutical HR manager
- Practical: completing Yellow Forms

Attendance at all sessions earns 10 CPD credits towards your 2027 licence renewal. Please come
with your PCN registration number and payment receipt. Tea break and lunch will be served.

MCPD Unit, Pharmacists Council of Nigeria (Enugu Zonal Office)
This is an automated message; replies to this address are not monitored.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//PCN MCPD//Events//EN", "VERSION:2.0", "METHOD:PUBLISH"]
                   + VTZ["Africa/Lagos"] + [
        "BEGIN:VEVENT", f"UID:mcpd-2026-enugu-m3-{h('uid', 'c12', n=10)}@pcn-ng.example", f"DTSTAMP:{zd(sent)}",
        f"DTSTART;TZID=Africa/Lagos:{ld(start)}", f"DTEND;TZID=Africa/Lagos:{ld(end)}",
        "SUMMARY:MCPD 2026 Module 3 - Pharmacovigilance & Regulatory Compliance (Enugu)",
        "LOCATION:" + esc("Golden Royale Hotel, Ridgeway Road, GRA, Enugu"),
        "DESCRIPTION:" + esc("Mandatory Continuing Professional Development workshop. 10 CPD credits."),
        "ORGANIZER;CN=PCN MCPD Unit:mailto:mcpd@pcn-ng.example", att_line(OWNER_NAME, OWNER, "ACCEPTED", google=False),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", [multi("alternative", [leaf("text/plain", text),
                                                 leaf("text/html", to_html(text, "font-family:Tahoma,sans-serif;font-size:13px;color:#003300"), "base64")],
                                 bnd_generic("c12", "a")),
                           leaf("text/calendar", ics, "base64", params='; method=PUBLISH; name="MCPD-Module3-Enugu.ics"',
                                filename="MCPD-Module3-Enugu.ics")], bnd_generic("c12", "m"))
    mid = mid_plain("pcn-ng.example", "c12")
    eml = message(mail_headers(("PCN MCPD Unit", "mcpd@pcn-ng.example"), [ME],
                               "MCPD 2026: Registration confirmed - Module 3 (Pharmacovigilance & Regulatory Compliance), Enugu",
                               sent, mid, extra=[("Auto-Submitted", "auto-generated")]), root)
    lab = label([], "medium", "negative/cpd-workshop",
                "Pharmacists' council CPD workshop confirmation with .ics; mentions a 'mock interview demonstration' "
                "panel session - training, not a job interview.")
    return dict(items=[("01-mcpd-registration.eml", eml)], label=lab, tz=[])


@case("nnewi-hospital-panel-cancelled-strike")
def c13():
    sent1 = T(2026, 10, 26, 10, 15, LAG, "Mon", "+0100")
    sent2 = T(2026, 11, 3, 15, 30, LAG, "Tue", "+0100")
    start = T(2026, 11, 5, 10, 0, LAG, "Thu", "+0100")
    letter = """NKWO MEMORIAL TEACHING HOSPITAL, NNEWI
Office of the Director of Administration
Ref: NMTH/PER/REC/2026/114                                   26th October, 2026

Pharm. Chidinma Okafor
Enugu

Dear Pharm. Okafor,

INVITATION FOR INTERVIEW: PHARMACIST II (DRUG INFORMATION & PHARMACOVIGILANCE UNIT)

Compliments of the day. I am directed to inform you that you have been shortlisted for
interview for the above post, following the advertisement of August 2026.

The interview will hold as follows:
   Date:  Thursday, 5th November, 2026
   Time:  10:00am prompt
   Venue: Management Board Room, Administrative Block, NMTH, Nnewi

You are expected to come along with your credentials (originals and two photocopies of each):
B.Pharm certificate, PCN full registration and current annual licence, NYSC discharge or
exemption certificate, birth certificate or declaration of age, and certificate of state of
origin. Candidates should appear in corporate attire.

Kindly acknowledge receipt of this letter by replying to this mail or contact Mr. Chukwuemeka
Nnaji (Principal Admin Officer, Recruitment) on chukwuemeka.nnaji@nmth-nnewi.example.

Congratulations.

Barr. (Mrs) Nkechi Obiefuna
Director of Administration
For: Chief Medical Director
"""
    html = to_html(letter, "font-family:'Times New Roman',serif;font-size:14px")
    eml1, mid1 = plain_mail("c13a", ("NMTH Recruitment", "recruitment@nmth-nnewi.example"), [ME],
                            "INVITATION FOR INTERVIEW: PHARMACIST II (DRUG INFORMATION & PHARMACOVIGILANCE UNIT)",
                            sent1, letter, cte="base64", html=html, html_cte="base64", reply_to=NNAJI)
    text = """Ndewo Pharm. Chidinma,

Ana m ede gị ozi a gbasara ajụjụ ọnụ maka ọkwa Pharmacist II (Drug Information &
Pharmacovigilance) nke e kwesịrị ime na Tọzdee, 5 Ọnwa Iri na Otu, n'elekere iri nke ụtụtụ.

Biko mara na anyị akagbuola ya. JOHESU malitere strike n'ụnyaahụ, ọtụtụ n'ime ndị panel agaghịkwa
anọ n'ọfịs. Anyị enweghị ike ịkọ mgbe strike ahụ ga-akwụsị.

Ọ bụrụ na hospital management kpebiri ụbọchị ọhụrụ, anyị ga-ezitere gị akwụkwọ ọkpụkpọ ọhụrụ.
Biko agbala njem bịa Nnewi na Tọzdee.

Ndo maka nsogbu a.

Chukwuemeka Nnaji
Principal Admin Officer (Recruitment)
NMTH, Nnewi
"""
    eml2, _ = plain_mail("c13b", NNAJI, [ME], "Ajụjụ ọnụ nke Tọzdee 5/11 - anyị akagbuola ya", sent2, text,
                         in_reply_to=mid1, references=[mid1])
    lab = label([L(NMTH, NMTH_ROLE, start, None, "cancelled", [], [NNAJI[1]], "onsite")], "medium",
                "positive/cancellation-igbo",
                "Formal invitation letter for a panel interview (Thu 5 Nov 10:00), then an Igbo mail 'anyị "
                "akagbuola ya' cancels it because of a strike, no new date. Panel members not named; follow-up to "
                "the recruitment officer.")
    return dict(items=[("01-invitation-letter.eml", eml1), ("02-nnaji-akagbuola.eml", eml2)], label=lab, tz=[])


@case("afya-bora-panel-workable-ics")
def c14():
    sent = T(2026, 11, 5, 8, 14, UTC, "Thu", "+0000")
    start = T(2026, 11, 13, 14, 0, NBO, "Fri", "+0300")
    end = start + timedelta(hours=1)
    assert start.astimezone(LAG).strftime("%H:%M") == "12:00"
    zoom = f"https://us06web.zoom.us/j/8{int(h('zoom', 'c14', n=10), 16) % 10**10:010d}"
    text = f"""Hi Chidinma,

You're invited to a panel interview for the Regulatory & Market Access Associate (West Africa)
position at Afya Bora Access Initiative.

When:  Friday, November 13, 2026, 2:00 PM - 3:00 PM (East Africa Time)
Where: Zoom - {zoom}
Interviewers: Dr. Wanjiru Kamau, Brian Mwangi, Halima Yusuf

Message from the hiring team:
"Chidinma, the panel will include a 15-minute case discussion on getting a donated essential
medicine cleared through NAFDAC and into state warehouses. Halima joins from our Abuja office,
Brian from Nairobi. No slides needed."

The calendar invitation is attached - open it to add the interview to your calendar.

Good luck!

This email was sent by Workable on behalf of Afya Bora Access Initiative. Replying to this email
will reach Achieng Otieno.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Workable//Interview Scheduler//EN", "VERSION:2.0",
                    "METHOD:REQUEST"] + VTZ["Africa/Nairobi"] + [
        "BEGIN:VEVENT", f"UID:{uuidish('wk', 'c14')}@workable.com", f"DTSTAMP:{zd(sent)}",
        f"DTSTART;TZID=Africa/Nairobi:{ld(start)}", f"DTEND;TZID=Africa/Nairobi:{ld(end)}",
        "SUMMARY:Panel interview - Regulatory & Market Access Associate (West Africa) - Chidinma Okafor",
        f"LOCATION:{zoom}",
        "DESCRIPTION:" + esc(f"Panel: Dr. Wanjiru Kamau, Brian Mwangi, Halima Yusuf\nZoom: {zoom}"),
        f"ORGANIZER;CN=Achieng Otieno:mailto:{ACHIENG[1]}",
        att_line(WANJIRU[0], WANJIRU[1], "ACCEPTED", google=False),
        att_line(BRIAN[0], BRIAN[1], "ACCEPTED", google=False),
        att_line(HALIMA[0], HALIMA[1], "ACCEPTED", google=False),
        att_line(OWNER_NAME, OWNER, google=False), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    html = to_html(text, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333")
    root = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], bnd_generic("c14", "a")),
                           leaf("application/ics", ics, "base64", charset=None, params='; name="interview.ics"',
                                filename="interview.ics")], bnd_generic("c14", "m"))
    mid = f"<{h('wkmid', 'c14', n=24)}@candidates.workablemail.com>"
    eml = message(mail_headers(("Afya Bora Access Initiative", "noreply@candidates.workablemail.com"), [ME],
                               "Interview invitation: Regulatory & Market Access Associate (West Africa) - panel interview",
                               sent, mid, reply_to=ACHIENG, return_path="bounces@candidates.workablemail.com"), root)
    ivs = [WANJIRU[1], BRIAN[1], HALIMA[1]]
    lab = label([L(AFYA, AFYA_ROLE, start, end, "scheduled", ivs, ivs, "onsite")], "medium",
                "positive/ats-email-with-ics-eat",
                "Workable (no-reply) panel interview invite, times in East Africa Time and .ics TZID Africa/Nairobi "
                "(14:00 EAT = 12:00 WAT). Three panellists; replies go to the recruiter.")
    return dict(items=[("01-workable-panel-invite.eml", eml)], label=lab,
                tz=["Workable .ics with TZID Africa/Nairobi (+03:00); 14:00 EAT = 12:00 in Enugu"])


@case("scam-fake-zenora-recruiter")
def c15():
    sent = T(2026, 10, 17, 22, 41, LAG, "Sat", "+0100")
    T(2026, 10, 19, 10, 0, LAG, "Mon", "+0100")
    text = """ZENORA PHARMACEUTICALS PLC
2026/2027 GRADUATE & EXPERIENCED HIRE RECRUITMENT

CONGRATULATIONS!!!

Dear Applicant,

We are glad to inform you that you have been SHORTLISTED for the position of REGULATORY
AFFAIRS OFFICER / MEDICAL REPRESENTATIVE after our HR department reviewed your CV from our
recruitment portal.

Your ONLINE INTERVIEW will be conducted by our HR Manager, Mr. David Williams, on Telegram on
Monday 19th October 2026 by 10:00am. Search @ZenoraHR_Official on Telegram.

IMPORTANT: All shortlisted candidates must pay a NON-REFUNDABLE accreditation and medical
screening fee of N18,500 before the interview to:
   Bank: Providus Bank   Acct Name: ZENORA RECRUITMENT CONSULT   Acct No: 90000xxxxx
Send evidence of payment with your full name to WhatsApp +234 901 000 7788. Candidates who fail
to pay before Sunday 12 noon will be DISQUALIFIED automatically.

Starting salary: N650,000 monthly + official car.

Signed,
HR Manager
Zenora Pharmaceuticals Plc
"""
    scam = ("Zenora Pharma HR Department", "zenorapharmaplc.hr@freemail-ng.example")
    eml, _ = plain_mail("c15", scam, [], "CONGRATULATIONS!!! SHORTLISTED FOR ONLINE INTERVIEW - ZENORA PHARMACEUTICALS PLC",
                        sent, text, cte="7bit", extra=[("X-Priority", "1 (Highest)")])
    lab = label([], "medium", "negative/scam-recruiter",
                "Free-mail look-alike of a real prospective employer, 'online interview' on Telegram conditional on "
                "paying a fee, undisclosed recipients: scam.")
    return dict(items=[("01-shortlisted-online-interview.eml", eml)], label=lab, tz=[])


@case("church-harvest-committee-meeting")
def c16():
    sent = T(2026, 10, 27, 20, 5, LAG, "Tue", "+0100")
    start = T(2026, 11, 1, 12, 30, LAG, "Sun", "+0100")
    end = T(2026, 11, 1, 14, 0, LAG, "Sun", "+0100")
    sec = ("Ugochukwu Eze (Church Secretary)", "secretary.stbarts@example.org")
    text = """Ndewo ndị otu Harvest Planning Committee,

Chineke nyere anyị ndụ ọzọ! Anyị ga-enwe nzukọ na Sọnde a, 1 Ọnwa Iri na Otu, ozugbo ọrụ
ụka nke abụọ gwụchara (ihe dị ka elekere iri na abụọ na ọkara nke ehihie), n'ime Vestry.

Ihe anyị ga-ekwu maka ya:
1. Bazaar na auction (ụbọchị harvest bụ 22 November)
2. Ndị ga-anọ na panel of judges maka asọmpi ji na ọkụkọ
3. Ego ndị ezinụlọ ka na-akwụ (levy)
4. First Aid stand - Pharm. Chidinma, biko bịa na ndepụta ọgwụ anyị ga-azụta

Biko onye ọ bụla bịa n'oge. Calendar invite dị n'okpuru ozi a.

Ka Chineke gọzie unu,
Ugochukwu Eze
Church Secretary, St. Bartholomew's Anglican Church, Uwani, Enugu
"""
    eml, _ = plain_mail("c16", sec, [ME, ("Harvest Committee", "harvest-committee@example.org")],
                        "Nzukọ Harvest Committee - Sọnde 1 Ọnwa Iri na Otu", sent, text, mid=mid_gmail("c16"))
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ["Africa/Lagos"] + [
        "BEGIN:VEVENT", f"DTSTART;TZID=Africa/Lagos:{ld(start)}", f"DTEND;TZID=Africa/Lagos:{ld(end)}",
        f"DTSTAMP:{zd(sent)}", f"ORGANIZER;CN={sec[0]}:mailto:{sec[1]}",
        f"UID:{h('uid', 'c16', n=26)}@google.com", att_line(OWNER_NAME, OWNER),
        att_line("Harvest Committee", "harvest-committee@example.org"),
        "DESCRIPTION:" + esc("Harvest planning: bazaar, auction, panel of judges, levies, First Aid stand."),
        "LOCATION:" + esc("Vestry, St. Bartholomew's Anglican Church, Uwani, Enugu"), "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Harvest Planning Committee meeting", "TRANSP:OPAQUE", "END:VEVENT",
        "END:VCALENDAR"])
    lab = label([], "easy", "negative/church-meeting",
                "Church harvest planning meeting in Igbo with a standalone .ics (owner is an attendee); agenda "
                "mentions a 'panel of judges'.")
    return dict(items=[("01-secretary-nzuko-harvest.eml", eml), ("02-harvest-planning-committee.ics", ics.encode("utf-8"))],
                label=lab, tz=[])


@case("zenora-ikeja-plant-panel-three-invites")
def c17():
    sent0 = T(2026, 11, 2, 10, 40, LAG, "Mon", "+0100")
    s1 = T(2026, 11, 10, 9, 30, LAG, "Tue", "+0100")
    e1 = T(2026, 11, 10, 10, 30, LAG, "Tue", "+0100")
    s2 = T(2026, 11, 10, 10, 45, LAG, "Tue", "+0100")
    e2 = T(2026, 11, 10, 11, 30, LAG, "Tue", "+0100")
    s3 = T(2026, 11, 10, 12, 15, LAG, "Tue", "+0100")
    e3 = T(2026, 11, 10, 13, 0, LAG, "Tue", "+0100")
    text = """Dear Chidinma,

Compliments of the day.

Congratulations on your performance at the written aptitude test. You are invited for a panel
interview for the position of Regulatory Affairs Officer at our manufacturing plant on Tuesday,
10 November 2026. The day runs in three sessions, and you will receive a separate calendar
invitation for each:

09:30 - 10:30  Technical panel: Pharm. Adaeze Obi (Head, Regulatory Affairs) and
               Mr. Kunle Bamidele (QA Manager)
10:45 - 11:30  Commercial & market access: Mrs. Funmilayo Ajayi (National Sales Manager)
11:30 - 12:15  Lunch in the staff canteen and a short plant walk-through (not assessed)
12:15 - 13:00  HR conversation: Mr. Ibrahim Musa (HR Business Partner)

Venue: Zenora Pharmaceuticals Plc, Plot 9, Oba Akran Avenue, Ikeja Industrial Estate, Lagos.
Please report at the main gate security post by 9:00am with a valid ID. The production area is
GMP-controlled; gowns and hairnets will be provided for the walk-through.

You are expected to come along with your credentials (originals). Your return road transport
from Enugu will be reimbursed on presentation of your bus ticket.

Kindly revert to confirm your availability.

Best regards,

Blessing Eze
HR Officer (Recruitment), Zenora Pharmaceuticals Plc
"""
    eml0, _ = plain_mail("c17a", BLESSING, [ME], "Invitation to Panel Interview - Regulatory Affairs Officer - Ikeja Plant",
                         sent0, text, html=to_html(text, "font-family:Calibri,sans-serif;font-size:11pt"),
                         mid=mid_outlook("c17a"), relay="EUR05-AM6-obe.outbound.protection.outlook.com")
    loc = "Zenora Pharmaceuticals Plc, Plot 9, Oba Akran Avenue, Ikeja Industrial Estate, Lagos"
    sessions = [
        ("Session 1 of 3 - Technical panel", s1, e1, [ADAEZE, KUNLE], "Boardroom, Admin Building",
         "Technical panel on regulatory affairs and quality: Pharm. Adaeze Obi (Head, Regulatory Affairs) and "
         "Mr. Kunle Bamidele (QA Manager)."),
        ("Session 2 of 3 - Commercial & market access", s2, e2, [FUNMI], "Sales Conference Room, 1st Floor",
         "Commercial and market access interview with Mrs. Funmilayo Ajayi (National Sales Manager)."),
        ("Session 3 of 3 - HR conversation", s3, e3, [IBRAHIM], "HR Office, Ground Floor",
         "HR conversation with Mr. Ibrahim Musa (HR Business Partner): expectations, relocation to Lagos, documentation."),
    ]
    items = [("01-blessing-panel-invitation.eml", eml0)]
    for i, (title, s, e, people, room, desc) in enumerate(sessions, 1):
        ev = dict(uid=exchange_uid("c17", i), seq=0, start=s, end=e, tzid="W. Central Africa Standard Time",
                  organizer=BLESSING, attendees=[(p[0], p[1]) for p in people] + [(OWNER_NAME, OWNER)],
                  summary=f"Panel Interview ({title}): Chidinma Okafor - Regulatory Affairs Officer",
                  description=desc, location=f"{room}, {loc}")
        body = (f"Dear Chidinma,\n\n{desc}\n\nPlease arrive at the main gate by 9:00am.\n\nRegards,\nBlessing")
        eml, _ = outlook_invite(f"c17-{i}", ev, sent0 + timedelta(minutes=9 + 3 * i), [ME] + list(people), body)
        items.append((f"{i + 1:02d}-invite-session-{i}.eml", eml))
    ivs = [ADAEZE[1], KUNLE[1], FUNMI[1], IBRAHIM[1]]
    lab = label([L(ZENORA, ZENORA_ROLE, s1, e3, "scheduled", ivs, ivs, "onsite")], "hard",
                "positive/onsite-several-invites",
                "Panel day at the Ikeja plant sent as a cover mail plus three Exchange invites (TZID 'W. Central Africa "
                "Standard Time', label '(UTC+01:00) West Central Africa'): one onsite 09:30-13:00 with all four "
                "interviewers; the HR officer only coordinates.")
    return dict(items=items, label=lab,
                tz=["Exchange TZID 'W. Central Africa Standard Time' with '(UTC+01:00) West Central Africa' label"])


@case("nnewi-availability-request-unbooked")
def c18():
    sent = T(2026, 10, 12, 14, 22, LAG, "Mon", "+0100")
    text = """Good afternoon Pharm. Chidinma,

I hope this meets you well. Pharm. Obinna Eze, who was in your set at UNN, gave me your contact
and spoke highly of your work on adverse drug reaction reporting at Okwy Care.

The Department of Pharmacy here at NMTH will shortly advertise a Pharmacist II position in our
Drug Information & Pharmacovigilance Unit. Before the formal recruitment exercise, I would like
a short informal chat with you about the unit and whether the role interests you.

Kindly revert with two or three times that suit you between Tuesday and Thursday next week,
mornings preferably, and I will call you. If you are not interested, no wahala at all.

Warm regards,

Pharm. (Mrs) Uchenna Ibe
Head, Department of Pharmacy
Nkwo Memorial Teaching Hospital, Nnewi
"""
    eml, _ = plain_mail("c18", UCHENNA, [ME], "Drug Information Unit - short chat?", sent, text,
                        html=to_html(text, "font-family:Cambria,serif;font-size:12pt"), mid=mid_outlook("c18"))
    lab = label([], "medium", "negative/availability-request",
                "Head of department asks for availability for an informal chat 'next week'; nothing is booked.")
    return dict(items=[("01-uchenna-short-chat.eml", eml)], label=lab, tz=[])


@case("thamesgate-rejection")
def c19():
    sent = T(2026, 11, 13, 11, 2, LON, "Fri", "+0000")
    text = """Dear Chidinma,

Thank you for the time and energy you put into our process for the Regulatory Affairs
Associate, West Africa role, including your conversations with Oliver, Sarah and James. We
genuinely enjoyed getting to know you, and your knowledge of NAFDAC procedures stood out.

After careful consideration, we have decided to move forward with another candidate whose
hands-on experience with reliance pathways for EU-approved products was a closer match for
what the team needs this year.

This was a difficult decision. With your permission we will keep your details on file for 12
months, and I would be glad to reach out when our West Africa team grows again.

With best wishes for your next step,

Harriet Cole
Talent Partner, Thamesgate Therapeutics Ltd
"""
    html = to_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#212121")
    eml, _ = plain_mail("c19", ("Harriet Cole", "no-reply@us.greenhouse-mail.io"), [ME],
                        "Your application for Regulatory Affairs Associate, West Africa at Thamesgate Therapeutics",
                        sent, text, html=html, reply_to=HARRIET, mid=f"<{h('gh', 'c19', n=28)}@us.greenhouse-mail.io>",
                        return_path=f"bounce-{h('ghb', 'c19', n=12)}@us.greenhouse-mail.io")
    lab = label([], "easy", "negative/rejection",
                "Rejection after the final stage; names past interviewers but schedules nothing.")
    return dict(items=[("01-greenhouse-decision.eml", eml)], label=lab, tz=[])


@case("nnewi-hospital-cancel-ics-then-new-date")
def c20():
    stamp1 = T(2026, 11, 2, 11, 5, LAG, "Mon", "+0100")
    stamp2 = T(2026, 11, 9, 16, 40, LAG, "Mon", "+0100")
    sent3 = T(2026, 11, 16, 9, 10, LAG, "Mon", "+0100")
    s_old = T(2026, 11, 12, 10, 0, LAG, "Thu", "+0100")
    s_new = T(2026, 11, 25, 10, 0, LAG, "Wed", "+0100")
    panel = [UCHENNA, ORJI]
    base = dict(tzid="W. Central Africa Standard Time", organizer=NNAJI,
                attendees=[(p[0], p[1]) for p in panel] + [(OWNER_NAME, OWNER)],
                summary="Interview - Pharmacist II (Drug Information & PV) - Pharm. Chidinma Okafor",
                location="Management Board Room, Administrative Block, NMTH Nnewi")
    ev1 = dict(base, uid=exchange_uid("c20-old"), seq=0, start=s_old, end=s_old + timedelta(hours=1),
               description="Panel: Pharm. (Mrs) Uchenna Ibe (Head, Pharmacy) and Dr. Nnaemeka Orji (Chairman, "
                           "Medical Advisory Committee). Come with your credentials.")
    ics1 = outlook_ics(ev1, stamp1)
    ev2 = dict(ev1, seq=1, description="The interview scheduled for Thursday 12 November has been cancelled. A new "
                                       "date will be communicated.")
    ics2 = outlook_ics(ev2, stamp2, method="CANCEL")
    ev3 = dict(base, uid=exchange_uid("c20-new"), seq=0, start=s_new, end=s_new + timedelta(hours=1),
               description="Rescheduled interview (new date). Panel: Pharm. (Mrs) Uchenna Ibe and Dr. Nnaemeka Orji.")
    ics3 = outlook_ics(ev3, sent3)
    text = """Ndewo Pharm. Chidinma,

Dika i huru na calendar, anyi kagburu ajuju onu nke Tozdee 12 November n'ihi na ndi PCN
biara ime accreditation visit na Department of Pharmacy n'ubochi ahu, ndi panel enweghi ike
ino.

Anyi ahazila ubochi ohuru: Wenezdee, 25 November 2026, n'elekere iri nke ututu, na Management
Board Room, Admin Block. Panel ahu bu otu ndi ahu (Pharm. Mrs Uchenna Ibe na Dr. Nnaemeka
Orji). Invite ohuru di n'ime ozi a.

Biko bia na credentials gi niile dika anyi kwuru na mbu. Zaghachi ozi a ka anyi mara na i
ga-abia.

Daalu,
Chukwuemeka Nnaji
Principal Admin Officer (Recruitment), NMTH Nnewi
"""
    root = multi("mixed", [leaf("text/plain", text, "quoted-printable"),
                           leaf("text/calendar", ics3, "base64", params='; method=REQUEST; name="invite.ics"',
                                filename="invite.ics")], bnd_outlook("c20"))
    eml3 = message(mail_headers(NNAJI, [ME], "Ubochi ohuru maka ajuju onu gi - Wenezdee 25 November", sent3,
                                mid_outlook("c20"), cc=panel), root)
    ivs = [UCHENNA[1], ORJI[1]]
    lab = label([L(NMTH, NMTH_ROLE, s_old, s_old + timedelta(hours=1), "cancelled", ivs, ivs, "onsite"),
                 L(NMTH, NMTH_ROLE, s_new, s_new + timedelta(hours=1), "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/cancel-then-rebook-new-event",
                "Standalone Outlook .ics REQUEST (Thu 12 Nov 10:00) then METHOD:CANCEL (same UID, SEQUENCE 1); an "
                "Igbo mail without tone marks re-books Wenezdee 25 November 10:00 as a NEW event (new UID): two "
                "entries, one cancelled and one scheduled. Two-person panel -> onsite.")
    return dict(items=[("01-interview-pharmacist-ii.ics", ics1.encode("utf-8")),
                       ("02-canceled-interview-pharmacist-ii.ics", ics2.encode("utf-8")),
                       ("03-nnaji-ubochi-ohuru.eml", eml3)], label=lab,
                tz=["standalone Exchange .ics with TZID 'W. Central Africa Standard Time' (REQUEST, CANCEL, new REQUEST)"])


@case("thamesgate-md-final-gcal-json")
def c21():
    sent = T(2026, 10, 30, 12, 15, LON, "Fri", "+0000")
    start = T(2026, 11, 5, 15, 0, LON, "Thu", "+0000")
    end = start + timedelta(minutes=45)
    assert start.astimezone(LAG).strftime("%H:%M") == "16:00"
    text = """Hi Chidinma,

Sarah really enjoyed Wednesday's conversation, so we'd like to invite you to the final stage: a
45-minute conversation with James Ashworth, our Managing Director for Emerging Markets, on
Thursday 5 November at 3pm London time. James is copied here.

I've sent the invite to your Google calendar with the Teams link inside. Now that our clocks
have gone back, London is an hour behind Enugu, so that's 4pm for you.

There's nothing to prepare formally - James likes to talk about how you'd build relationships
with NAFDAC and distributors, and what success would look like after your first year.

Best wishes,
Harriet
"""
    m1 = mid_outlook("c21")
    eml, _ = plain_mail("c21", HARRIET, [ME], "Final stage - conversation with James Ashworth (MD, Emerging Markets)",
                        sent, text, mid=m1, cc=[JAMES], relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    teams = teams_url("c21")
    ev = dict(uid=f"{h('uid', 'c21', n=26)}@google.com", seq=0, tzid="Europe/London", organizer=HARRIET,
              api_start=start.astimezone(LAG), api_end=end.astimezone(LAG),
              summary="Final interview: Chidinma Okafor / James Ashworth (Thamesgate)",
              description=f"Final stage for Regulatory Affairs Associate, West Africa - 45 minutes with James Ashworth, "
                          f"Managing Director, Emerging Markets.\nJoin Microsoft Teams: {teams}",
              location="Microsoft Teams Meeting",
              attendees_api=[{"email": HARRIET[1], "displayName": HARRIET[0], "organizer": True,
                              "responseStatus": "accepted", "optional": True},
                             {"email": JAMES[1], "displayName": JAMES[0], "responseStatus": "accepted"},
                             {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}])
    g = gcal_event(ev, sent + timedelta(minutes=2), sent + timedelta(minutes=6))
    lab = label([L(THAMES, THAMES_ROLE, start, end, "scheduled", [JAMES[1]], [JAMES[1]], "hiring_manager")],
                "medium", "positive/gcal-json-after-uk-dst",
                "Final with the MD: recruiter mail says 3pm London (after 25 Oct, GMT) = 4pm Enugu; Calendar API event "
                "has dateTime 16:00+01:00 with timeZone Europe/London. Recruiter is an optional organizer only.")
    return dict(items=[("01-harriet-final-stage.eml", eml), ("02-final-interview-thamesgate.gcal.json", g)],
                label=lab, tz=["after the UK change: 15:00 GMT (+00:00) = 16:00 WAT; API event dateTime +01:00, timeZone Europe/London"])


@case("ebube-offer-letter")
def c22():
    sent = T(2026, 10, 27, 11, 30, LAG, "Tue", "+0100")
    T(2026, 11, 6, 12, 0, LAG, "Fri", "+0100")
    T(2026, 12, 7, 8, 0, LAG, "Mon", "+0100")
    text = """Ndewo Pharm. Chidinma,

Ekele diri Chineke! Anyị nwere obi ụtọ ịgwa gị na Chief na ndị management kwadoro gị maka ọrụ a.

Following your interviews with our Sales Manager and the Managing Director, we are pleased to
offer you employment as Medical Sales Representative (Enugu/Anambra territory) on the
following terms:

- Gross monthly salary: N420,000
- Transport/fuel allowance: N80,000 monthly
- Sales incentive: 2% of monthly collections above target
- Use of a pool car for field work after confirmation of appointment
- Probation: six (6) months
- Resumption: Monday, 7 December 2026 at 8:00am, at our Onitsha head office, for a two-week
  induction with the Sales Manager

The signed offer letter and your job description are attached to the hard copy, which you will
collect on resumption.

Kindly revert with your acceptance on or before Fraịdee, 6 Ọnwa Iri na Otu 2026.

Nnọọ na ezinụlọ Ebube!

Ifeoma Nwankwo (Mrs)
HR Officer, Ebube Pharma Distributors Ltd
"""
    eml, _ = plain_mail("c22", IFEOMA, [ME], "Offer of Employment - Medical Sales Representative (Enugu/Anambra)",
                        sent, text, html=to_html(text, "font-family:Arial,sans-serif;font-size:14px"), cc=[OBIORA])
    lab = label([], "medium", "negative/offer",
                "Offer with a resumption date/time and an acceptance deadline in Igbo; refers to past interviews only.")
    return dict(items=[("01-offer-of-employment.eml", eml)], label=lab, tz=[])


@case("zenora-md-final-body-only-next-week-monday")
def c23():
    sent = T(2026, 11, 19, 16, 48, LAG, "Thu", "+0100")
    start = T(2026, 11, 23, 8, 30, LAG, "Mon", "+0100")   # "next week Monday" from Thu 19 Nov
    end = start + timedelta(hours=1)
    body = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Pharm. Chidinma,</p>
<p>Compliments of the day.</p>
<p>I write on behalf of the Managing Director/CEO, Dr. Olumide Coker (copied), following the
recommendation of the interview panel at the Ikeja plant.</p>
<p>The MD would like to meet you for a <b>final interview next week Monday by 8:30am</b> at the
Corporate Head Office, 27 Adeola Odeku Street, Victoria Island (7th floor, MD&#8217;s suite).
The session is scheduled for one hour; the MD has a board meeting immediately after, so kindly
be punctual.</p>
<p>Please come along with your credentials and a valid means of identification for the front
desk.</p>
<p>Kindly revert to confirm, or call me on 0809 000 6631 if you have any difficulty.</p>
<p>Warm regards,<br>
<b>Ngozi Adebayo (Mrs)</b><br>
Executive Assistant to the MD/CEO<br>
Zenora Pharmaceuticals Plc</p>
</body></html>
"""
    eml, _ = plain_mail("c23", NGOZI, [ME], "Final Interview with the Managing Director", sent, None, html=body,
                        html_cte="base64", cc=[COKER, BLESSING], mid=mid_outlook("c23"))
    lab = label([L(ZENORA, ZENORA_ROLE, start, end, "scheduled", [COKER[1]], [COKER[1]], "hiring_manager")],
                "medium", "positive/email-body-relative-html",
                "Single-part base64 HTML from the MD's assistant: 'next week Monday by 8:30am' resolved against Thu "
                "19 Nov 2026 -> Mon 23 Nov 08:30 WAT, one hour; MD (interviewer) is copied.")
    return dict(items=[("01-ngozi-final-interview-md.eml", eml)], label=lab,
                tz=["relative 'next week Monday' resolved against a Thursday +0100 Date header"])


# ==============================================================================================
# main
# ==============================================================================================
def main():
    check_dst_facts()
    for p in sorted(OUT.glob("b334-*")):
        shutil.rmtree(p)
    labels, tzpoints, nfmt = {}, [], {"eml": 0, "ics": 0, "gcal.json": 0}
    for i, (slug, fn) in enumerate(CASES, 1):
        nn = f"{i:02d}"
        cid = f"b334-{nn}-{slug}"
        r = fn()
        d = OUT / cid
        d.mkdir()
        for j, (name, data) in enumerate(r["items"], 1):
            assert name.startswith(f"{j:02d}-"), name
            ext = "gcal.json" if name.endswith(".gcal.json") else name.rsplit(".", 1)[1]
            assert ext in nfmt, name
            nfmt[ext] += 1
            (d / name).write_bytes(data)
        labels[cid] = r["label"]
        tzpoints += [(nn, t) for t in r["tz"]]
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind334 (written blind). Schema: /work/shared/eval/README.md\n" + body, encoding="utf-8")

    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [iv for v in labels.values() for iv in v["interviews"]]
    by_status = {s: sum(1 for iv in ivs if iv["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = ("phone_screen", "technical", "hiring_manager", "onsite", "other")
    by_kind = {k: sum(1 for iv in ivs if iv["kind"] == k) for k in kinds}
    lines = [
        "# blind334: Enugu and Lagos pharma job hunt in Igbo and Nigerian English (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a pharmacist in Enugu (Africa/Lagos, WAT, no DST) moving into "
        "pharmaceutical sales and regulatory work.",
        "",
        "This set was written blind: only the eval README, the head of the dev labels.yaml and two dev items were read for format; no tool code, "
        "tests or other sets.",
        "",
        "## What it stresses",
        "- Igbo mails with and without tone marks: 'ajụjụ ọnụ'/'ajuju onu', 'echi', 'n'elekere iri nke ụtụtụ', "
        "'elekere abụọ nke ehihie', Igbo weekdays (Tiuzdee, Wenezdee, Tọzdee, Fraịdee, Satọdee, Sọnde) and months "
        "(Ọnwa Iri, Ọnwa Iri na Otu), a reschedule ('anyị agbanweela oge ya') and a cancellation ('anyị akagbuola ya').",
        "- Nigerian English HR phrasing ('Compliments of the day', 'kindly revert', 'come along with your credentials').",
        "- Steps that are not all interviews: phone screens, a written aptitude test (negative), a plant panel sent as "
        "several invites, finals with MDs.",
        "- Cross-zone timing: Nairobi (+03:00), London across the 25 Oct 2026 clock change, Windows TZIDs, UTC .ics.",
        "- Hard negatives: igba nkwu invitation, PCN CPD workshop with a 'mock interview' session, church harvest "
        "meeting, rejection, offer, vacancy blast naming interview dates, the owner interviewing a pharmacy "
        "technician, a fake-recruiter scam, an unbooked availability request.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})",
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in by_kind.items() if v),
        f"- Items: {nfmt['eml']} .eml, {nfmt['ics']} standalone .ics, {nfmt['gcal.json']} .gcal.json",
        "",
        "## Formats used",
        "- Plain human mails (text/plain quoted-printable, 7bit and base64; multipart/alternative with HTML; one "
        "single-part base64 HTML mail) and threads with In-Reply-To/References.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), including an 'Updated invitation' with the same UID and SEQUENCE 1.",
        "- Exchange/Teams invites (multipart/alternative with text/calendar, TZIDs 'GMT Standard Time' and "
        "'W. Central Africa Standard Time', X-MICROSOFT-CDO-* properties, '(UTC+..)' labels).",
        "- ATS/scheduler mails: Calendly (.ics in UTC), Workable (.ics with TZID Africa/Nairobi), Greenhouse "
        "rejection, recruiter mails with .ics attachments (PUBLISH/REQUEST).",
        "- Standalone .ics files (Google-style REQUEST; Outlook REQUEST and METHOD:CANCEL) and Calendar API "
        "events (.gcal.json with \"self\": true).",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {nn}: {t}" for nn, t in tzpoints]
    lines += ["- All other cases: Africa/Lagos (+01:00) throughout; Date headers carry the sender's offset "
              "(+0100 Lagos, +0300 Nairobi, +0100/+0000 London before/after 25 Oct, +0000 for Google/Calendly/Workable/"
              "Greenhouse systems).",
              "", "Regenerate with `python make_cases.py` (deterministic; dates, weekdays and offsets are asserted with "
              "zoneinfo, including the 2026 US and EU/UK DST changes).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(labels)} cases ({len(pos)} positive), {len(ivs)} interviews, items {nfmt}")


if __name__ == "__main__":
    main()
