#!/usr/bin/env python3
"""Deterministically regenerate the blind183 evaluation cases and labels.yaml.

Theme: a Chicago litigation associate (Nora Castellanos) making a lateral move
through legal search firms; law-firm screenings and callback days, in-house
counsel interviews, plus legal-practice look-alikes (depositions, witness
interviews, CLE, bar panel, OCI, court hearings).

Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
Every case folder b183-* and labels.yaml next to this file are rewritten; the
output is byte-identical on every run (no clocks, no randomness).
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape as hesc
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "nora.castellanos@example.com"
OWNER_NAME = "Nora Castellanos"
OWNER_WORK = "ncastellanos@harrowgatefinch.example"

CASES = {}    # folder -> {filename: str}
LABELS = {}   # folder -> label dict


# ----------------------------------------------------------------- time helpers
def D(y, mo, d, hh=0, mm=0, ss=0, tz=CHI):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def wd(d, name):
    """Assert that the weekday we are about to write in prose is correct."""
    assert d.strftime("%A") == name, (d.isoformat(), name)
    return d


def iso(d):
    return d.isoformat()


def h12(d, lower=False):           # 4:00 PM
    s = d.strftime("%I:%M %p").lstrip("0")
    return s.lower() if lower else s


def gclock(d):                     # Google style 11am / 11:45am
    s = d.strftime("%I").lstrip("0")
    if d.minute:
        s += d.strftime(":%M")
    return s + d.strftime("%p").lower()


def long_date(d):                  # Tuesday, March 3, 2026
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def gdate(d):                      # Tue Apr 21, 2026
    return f"{d:%a} {d:%b} {d.day}, {d.year}"


def rfc(d):
    return format_datetime(d)


def rfc_utc(d):
    return format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")


# ------------------------------------------------------------------- id helpers
def sha(seed):
    return hashlib.sha256(seed.encode()).hexdigest()


def hx(seed, n=32):
    return sha(seed)[:n]


def HX(seed, n=32):
    return sha(seed)[:n].upper()


def uuid_(seed):
    h = sha(seed)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b64tok(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "2").encode()).digest()
    return base64.b64encode(raw).decode().replace("/", "_").replace("+", "-")[:n]


def outlook_msgid(seed, pod):
    box = f"{pod}{int(hx(seed + 'box', 4), 16) % 9000 + 1000}"
    return f"<{box}{HX(seed, 20)}@{box}.namprd{int(hx(seed + 'n', 2), 16) % 20 + 2:02d}.prod.outlook.com>"


def gmail_msgid(seed):
    return f"<CA+{b64tok(seed, 44)}@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + HX(seed + "a", 16)
            + "0000000000000000" + "10000000" + HX(seed + "b", 32))


# ---------------------------------------------------------------- MIME helpers
def enc_body(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    return text if text.endswith("\n") else text + "\n"


def auto_cte(text):
    if all(ord(c) < 128 for c in text) and max(len(x) for x in text.split("\n")) <= 900:
        return "7bit"
    return "quoted-printable"


def leaf(ctype, text, cte=None, headers=()):
    cte = cte or auto_cte(text)
    hdr = f"Content-Type: {ctype}\n"
    for h in headers:
        hdr += h + "\n"
    hdr += f"Content-Transfer-Encoding: {cte}\n"
    return hdr + "\n" + enc_body(text, cte)


def binleaf(ctype, data, headers=()):
    hdr = f"Content-Type: {ctype}\n"
    for h in headers:
        hdr += h + "\n"
    hdr += "Content-Transfer-Encoding: base64\n"
    return hdr + "\n" + base64.encodebytes(data).decode("ascii")


def multi(subtype, boundary, parts):
    body = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        body += f"--{boundary}\n{p}\n"
    return body + f"--{boundary}--\n"


RECEIVED_HOSTS = {
    "outlook": ("{a}.outbound.protection.outlook.com", "40.107.{x}.{y}"),
    "google": ("mail-sor-f{n}.google.com", "209.85.220.{n}"),
    "workspace": ("mail-yw1-f{n}.google.com", "209.85.128.{n}"),
    "sendgrid": ("o{n}.ptr{x}.greenhouse.io", "149.72.{x}.{y}"),
    "zoom": ("mta{n}.zoom.us", "170.114.{x}.{y}"),
    "calendly": ("o{n}.email.calendly.com", "168.245.{x}.{y}"),
}
OUTLOOK_AREAS = ["NAM10-DM6-obe", "NAM12-BN8-obe", "NAM11-CO1-obe", "NAM04-SN1-obe", "NAM02-DM3-obe"]


def received_hdr(via, date, seed):
    host_t, ip_t = RECEIVED_HOSTS[via]
    n = int(hx(seed + "h", 2), 16) % 90 + 10
    x = int(hx(seed + "x", 2), 16) % 200 + 20
    y = int(hx(seed + "y", 2), 16) % 200 + 20
    a = OUTLOOK_AREAS[int(hx(seed + "a", 2), 16) % len(OUTLOOK_AREAS)]
    host = host_t.format(n=n, x=x, a=a)
    ip = ip_t.format(n=n, x=x, y=y)
    rdate = (date + timedelta(seconds=2 + n % 5)).astimezone(CHI)
    return (f"Received: from {host} ({host}. [{ip}])\n"
            f"        by mx.google.com with ESMTPS id {b64tok(seed + 'rid', 12).lower()}\n"
            f"        for <{OWNER}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(rdate)} ({rdate.tzname()})")


def message(headers, entity):
    """headers: list of (name, value) or raw strings. entity: MIME entity text."""
    out = ""
    for h in headers:
        if h is None:
            continue
        if isinstance(h, str):
            out += h + "\n"
        else:
            if h[1] is None:
                continue
            out += f"{h[0]}: {h[1]}\n"
    out += "MIME-Version: 1.0\n"
    return out + entity


def addr(name, email):
    if any(c in name for c in ",.()"):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def text_to_html_outlook(text):
    paras = []
    for block in text.split("\n\n"):
        lines = [hesc(x) for x in block.split("\n")]
        paras.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>\n"
                     '<p class="MsoNormal">&nbsp;</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def text_to_html_gmail(text):
    out = []
    quoting = False
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines and all(x.startswith(">") for x in lines):
            inner = "<br>".join(hesc(x.lstrip("> ").rstrip()) for x in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            quoting = True
        else:
            out.append("<div>" + "<br>".join(hesc(x) for x in lines) + "</div><div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gmail_mail(*, frm, to, subject, date, seed, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, via="workspace", extra=(), attachments=()):
    b1 = "000000000000" + hx(seed + "b1", 12)
    alt = multi("alternative", b1, [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', text_to_html_gmail(text), "quoted-printable"),
    ])
    if attachments:
        b0 = "000000000000" + hx(seed + "b0", 12)
        entity = multi("mixed", b0, [alt] + list(attachments))
    else:
        entity = alt
    msgid = gmail_msgid(seed)
    hdrs = [("Delivered-To", OWNER), received_hdr(via, date, seed),
            *extra,
            ("From", frm), ("Date", rfc(date)), ("Message-ID", msgid),
            ("In-Reply-To", in_reply_to), ("References", references),
            ("Subject", subject), ("To", to), ("Cc", cc), ("Reply-To", reply_to)]
    return message(hdrs, entity), msgid


def outlook_mail(*, frm, to, subject, date, seed, text, pod, cc=None, in_reply_to=None, references=None,
                 thread_topic=None, extra=(), attachments=()):
    bnd = f"_000_{pod}{HX(seed + 'bd', 24)}namp_"
    alt = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html_outlook(text), "quoted-printable"),
    ])
    if attachments:
        b0 = f"_004_{pod}{HX(seed + 'b0', 24)}namp_"
        entity = multi("mixed", b0, [alt] + list(attachments))
        has_attach = "yes"
    else:
        entity = alt
        has_attach = ""
    msgid = outlook_msgid(seed, pod)
    hdrs = [("Delivered-To", OWNER), received_hdr("outlook", date, seed), *extra,
            ("From", frm), ("To", to), ("CC", cc), ("Subject", subject),
            ("Thread-Topic", thread_topic or subject.split(": ", 1)[-1]),
            ("Thread-Index", thread_index(seed)), ("Date", rfc_utc(date)),
            ("Message-ID", msgid), ("References", references), ("In-Reply-To", in_reply_to),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", has_attach), ("X-MS-TNEF-Correlator", "")]
    return message(hdrs, entity), msgid


# ------------------------------------------------------------------ iCalendar
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ical(lines, nl="\r\n"):
    out = []
    for ln in lines:
        out.extend(fold(ln))
    return nl.join(out) + nl


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def utcz(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


WIN_TZ = {"Central Standard Time": ("-0500", "-0600"), "Eastern Standard Time": ("-0400", "-0500")}
WIN_LABEL = {"Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
             "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)"}
WIN_ZONE = {"Central Standard Time": CHI, "Eastern Standard Time": NYC}


def vtz_windows(name):
    dl, st = WIN_TZ[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dl}", f"TZOFFSETTO:{st}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{st}", f"TZOFFSETTO:{dl}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_olson_chicago():
    return ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def att_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True):
    return (f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
            f"CN={name}:mailto:{email}")


def exchange_ics(*, method, uid, seq, organizer, attendees, summary, start, end, tzid, location,
                 description, dtstamp, appt_id, status=None, prodid="Microsoft Exchange Server 2010",
                 teams_url=None):
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += vtz_windows(tzid)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(att_line(*a))
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(('Canceled: ' if cancel else '') + summary)}",
              f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{utcz(dtstamp)}",
              "TRANSP:" + ("TRANSPARENT" if cancel else "OPAQUE"),
              f"STATUS:{status or ('CANCELLED' if cancel else 'CONFIRMED')}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{appt_id}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def teams_block(seed):
    mid = b64tok(seed + "teams", 40).replace("-", "x").replace("_", "Q")
    tid = uuid_(seed + "tid")
    oid = uuid_(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    n = int(hx(seed + "mtg", 12), 16) % 900000000000 + 100000000000
    num = f"{str(n)[:3]} {str(n)[3:6]} {str(n)[6:9]} {str(n)[9:12]}"
    pc = b64tok(seed + "pc", 6).replace("-", "k").replace("_", "Z")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n"
            "________________________________________________________________________________")
    return text, url


def exchange_invite_mail(*, seed, pod, organizer, attendees, summary, subject, start, end, tzid, where,
                         body, sent, method="REQUEST", seq=0, uid, teams=False, cc_display=None,
                         extra=(), prodid="Microsoft Exchange Server 2010", frm=None, to=None):
    """Exchange/Outlook meeting request or cancellation as multipart/alternative."""
    zone = WIN_ZONE[tzid]
    s, e = start.astimezone(zone), end.astimezone(zone)
    when = f"When: {long_date(s)} {h12(s)}-{h12(e)} {WIN_LABEL[tzid]}."
    teams_text, teams_url = teams_block(seed) if teams else ("", None)
    text = f"{when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams:
        text += "\n\n" + teams_text
    desc = text
    ics = exchange_ics(method=method, uid=uid, seq=seq, organizer=organizer, attendees=attendees,
                       summary=summary, start=s, end=e, tzid=tzid, location=where, description=desc,
                       dtstamp=sent, appt_id=-int(hx(seed + "appt", 8), 16) % 2000000000, prodid=prodid,
                       teams_url=teams_url)
    bnd = f"_000_{pod}{HX(seed + 'bd', 24)}namp_"
    entity = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html_outlook(text), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    to = to or ", ".join(addr(n, m) for (n, m, *_r) in attendees if (n, m) != (organizer[0], organizer[1]))
    msgid = outlook_msgid(seed, pod)
    hdrs = [("Delivered-To", OWNER), received_hdr("outlook", sent, seed), *extra,
            ("From", frm or addr(*organizer)), ("To", to), ("CC", cc_display), ("Subject", subject),
            ("Thread-Topic", summary), ("Thread-Index", thread_index(seed)), ("Date", rfc_utc(sent)),
            ("Message-ID", msgid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64tok(seed + "si", 22)),
            ("x-ms-publictraffictype", "Email")]
    return message(hdrs, entity), msgid, ics


def google_ics(*, method, uid, seq, organizer, attendees, summary, start, end, description, location,
               dtstamp, created, status="CONFIRMED", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}", f"DTSTAMP:{utcz(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for (name, email, partstat) in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
                     f"RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{utcz(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{utcz(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:EMAIL", f"DESCRIPTION:{esc('This is an event reminder')}",
                  f"SUMMARY:{esc('Alarm notification')}", f"ATTENDEE:mailto:{OWNER}",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def google_invite_mail(*, seed, organizer, attendees, title, start, end, tzlabel, description, uid, seq,
                       sent, created, kind="Invitation", method="REQUEST", meet=None, location="",
                       note=None):
    """Google Calendar invitation / update / cancellation e-mail (multipart/mixed)."""
    abbr = start.tzname()
    subj = (f"{kind}: {title} @ {gdate(start)} {gclock(start)} - {gclock(end)} ({abbr}) ({OWNER})")
    guests = []
    for (name, email, _p) in attendees:
        if name != email:
            guests.append(name + (" - organizer" if email == organizer[1] else ""))
        guests.append(email)
    lines = []
    if kind.startswith("Canceled"):
        lines.append("This event has been canceled" + (" with a note:" if note else "."))
        if note:
            lines += [f'"{note}"', ""]
        else:
            lines.append("")
    lines += [title, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gclock(start)} \u2013 {gclock(end)}",
              tzlabel, ""]
    if meet and not kind.startswith("Canceled"):
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", "(US) +1 312-555-0" + str(100 + int(hx(seed + 'ph', 4), 16) % 90),
                  "PIN: " + str(int(hx(seed + "pin", 8), 16) % 900000000 + 100000000), ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"] + guests + [""]
    if description and not kind.startswith("Canceled"):
        lines += [description, ""]
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    if not kind.startswith("Canceled"):
        lines += [f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + "".join(f"<p>{hesc(x)}</p>" if x else "" for x in lines) + "</div></body></html>\n")
    ics = google_ics(method=method, uid=uid, seq=seq, organizer=organizer, attendees=attendees,
                     summary=title, start=start, end=end, description=description, location=location,
                     dtstamp=sent, created=created, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                     meet=meet)
    ics_lf = ics.replace("\r\n", "\n")
    b_alt = "000000000000" + hx(seed + "alt", 12)
    b_mix = "000000000000" + hx(seed + "mix", 12)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_lf, "7bit"),
    ])
    att = binleaf(f'application/ics; name="{"invite" if method == "REQUEST" else "invite"}.ics"',
                  ics.encode("utf-8"),
                  headers=(f'Content-Disposition: attachment; filename="invite.ics"',))
    entity = multi("mixed", b_mix, [alt, att])
    msgid = f"<calendar-{uuid_(seed + 'mid')}@google.com>"
    hdrs = [("Delivered-To", OWNER), received_hdr("google", sent, seed),
            ("Return-Path", f"<{b64tok(seed + 'rp', 21).replace('-', 'a').replace('_', 'b')}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", msgid), ("Date", rfc_utc(sent)), ("Subject", subj),
            ("From", addr(*organizer)), ("To", OWNER)]
    return message(hdrs, entity), msgid, ics


def gcal_event(*, eid, summary, description, start, end, tz, organizer, creator, attendees, created,
               updated, sequence=0, meet=None, location=None, status="confirmed"):
    ev = {"kind": "calendar#event",
          "etag": '"' + str(int(hx(eid + "etag", 12), 16)) + '"',
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + hx(eid + "ms", 3).translate(
              str.maketrans("abcdef", "123456")) + "Z",
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = creator
    ev["organizer"] = organizer
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    if attendees:
        ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def meet_code(seed):
    h = sha(seed)
    letters = "".join(chr(ord("a") + int(h[i:i + 2], 16) % 26) for i in range(0, 20, 2))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def tiny_pdf(title_lines):
    """A minimal, valid one-page PDF with a few lines of Helvetica text."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL\n" + "".join(
        "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for t in title_lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def add(case, files, label):
    assert case not in CASES
    CASES[case] = files
    LABELS[case] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# Recurring people
DANA = ("Dana Whitcombe", "dwhitcombe@lakeshorelegal.example")
DANA_SIG = ("Dana Whitcombe\nManaging Director | Lakeshore Legal Search\n"
            "1 N. Lakeview Plaza, Suite 1400 | Chicago, IL 60602\n312.555.0147 (o) | 312.555.0192 (c)\n"
            "dwhitcombe@lakeshorelegal.example\n\n"
            "CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended only "
            "for the named recipient.")
PRIYA = ("Priya Anand", "panand@corlissvane.example")
PRIYA_SIG = ("--\nPriya Anand | Principal\nCorliss & Vane Legal Recruiting\n"
             "m 773.555.0118 | panand@corlissvane.example")


# =============================================================================
# Case builders
# =============================================================================
def case01():
    c = "b183-01-whitlock-screen-forwarded-by-search-firm"
    sent = wd(D(2026, 2, 26, 10, 14, 3), "Thursday")
    fsent = wd(D(2026, 2, 25, 17, 48), "Wednesday")
    start = wd(D(2026, 3, 3, 16, 0), "Tuesday")
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=-6)
    text = f"""Nora,

Good news -- Whitlock Barrow's Chicago office wants to meet you for their mid-level associate opening in Complex Commercial Litigation. Caroline Yates in their recruiting department sent the details below. It's a 30-minute screening interview with Dan Ferris, one of the partners in the group; if it goes well the next step would be a full callback day.

A few notes:
- Whitlock prefers that all logistics run through the search firm, so please send questions (or any thank-you you'd like passed along to Dan) to me rather than to the firm directly.
- Bring a couple of hard copies of your resume, your representative matters list and your law school transcript. They will ask for a writing sample later, not at this stage.
- Dress is business formal for in-office interviews there.

Talk soon,
Dana

{DANA_SIG}

From: Caroline Yates <cyates@whitlockbarrow.example>
Sent: {long_date(fsent)} {h12(fsent)}
To: Dana Whitcombe <dwhitcombe@lakeshorelegal.example>
Subject: RE: Lateral candidate - Nora Castellanos (5th yr lit)

Dana,

Thank you for the submission. Daniel Ferris would like to meet Ms. Castellanos for a screening interview:

Date: {long_date(start)}
Time: {h12(start, True).replace('pm', 'p.m.')} - {h12(end, True).replace('pm', 'p.m.')} CT
Location: Whitlock Barrow LLP, 200 W. Lakeview Plaza, 38th Floor, Chicago
Please have her check in with reception on 38 and ask for me.

Best regards,
Caroline

Caroline Yates
Legal Recruiting Manager
Whitlock Barrow LLP
"""
    eml, _ = outlook_mail(frm=addr(*DANA), to=addr(OWNER_NAME, OWNER), date=sent, seed=c + "01",
                          pod="CH3PR04MB", text=text,
                          subject="FW: Lateral candidate - Nora Castellanos (5th yr lit) -- Whitlock screening Tues 3/3")
    add(c, {"01-fw-whitlock-screening-details.eml": eml}, label(
        [iv("Whitlock Barrow LLP", "Mid-level Associate, Complex Commercial Litigation", start, end, "scheduled",
            [], [DANA[1]], "phone_screen")],
        "medium", "positive/search-firm-forward",
        "Search-firm recruiter forwards the firm's screening details (partner has no address in the case). "
        "Recruiter asks that thank-yous go through her, so follow-up goes to the recruiter, not the firm's "
        "recruiting manager whose address only appears in the forwarded header. CST (-06:00), before DST."))


def case02():
    c = "b183-02-law-school-oci-volunteer"
    sent = wd(D(2026, 2, 4, 11, 32, 10), "Wednesday")
    start = wd(D(2026, 2, 18, 13, 0), "Wednesday")
    end = start + timedelta(minutes=180)
    org = ("Anita Ruiz", "aruiz@law.midlake.example")
    slots = []
    students = ["J. Albrecht", "M. Okonjo", "T. Nguyen", "S. Patel", "break", "R. Kowalczyk", "L. Baptiste",
                "D. Heller", "A. Fontaine"]
    t = start
    for s in students:
        if s == "break":
            slots.append(f"{h12(t)} - {h12(t + timedelta(minutes=20))}  Break")
        else:
            slots.append(f"{h12(t)} - {h12(t + timedelta(minutes=20))}  {s} (2L)")
        t += timedelta(minutes=20)
    assert t == end
    body = ("Hi Nora,\n\nThank you so much for volunteering to interview on behalf of Harrowgate Finch LLP at "
            "Midlake Law's Spring On-Campus Interview program! This invitation holds your interview block. "
            "You will conduct 20-minute screening interviews with eight 2L students in Interview Room 214 "
            "of the Career Development Office.\n\nYour schedule:\n" + "\n".join(slots) +
            "\n\nStudent resumes, transcripts and writing samples are in the Symplicity employer portal under "
            "\"Spring OCI 2026 - Harrowgate Finch\". Please submit your evaluation forms by Friday so students "
            "can be notified about callbacks.\n\nParking passes will be at the front desk. Thank you again "
            "for giving back to Midlake!\n\nAnita Ruiz\nAssistant Director, Employer Relations\n"
            "Career Development Office | Midlake University School of Law\n312.555.0170")
    att = [(OWNER_NAME, OWNER)]
    eml, _, _ = exchange_invite_mail(
        seed=c, pod="SA1PR12MB", organizer=org,
        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Spring OCI - Alumni Interviewer Schedule - Harrowgate Finch (N. Castellanos)",
        subject="Spring OCI - Alumni Interviewer Schedule - Harrowgate Finch (N. Castellanos)",
        start=start, end=end, tzid="Central Standard Time",
        where="Midlake Law Career Development Office, Interview Room 214", body=body, sent=sent,
        uid=exchange_uid(c))
    add(c, {"01-oci-interviewer-schedule.eml": eml}, label(
        [], "hard", "negative/user-is-interviewer",
        "Law-school career office invite for on-campus interviews where the user interviews 2L students on "
        "behalf of her current firm. Calendar invite full of 'interview' vocabulary, but she is the interviewer."))


def case03():
    c = "b183-03-phone-screen-thread-dst"
    s1 = wd(D(2026, 3, 4, 9, 2, 41), "Wednesday")
    nr = wd(D(2026, 3, 5, 7, 41), "Thursday")
    s2 = wd(D(2026, 3, 6, 11, 20, 5), "Friday")
    opt1 = wd(D(2026, 3, 10, 9, 30), "Tuesday")
    opt2 = wd(D(2026, 3, 11, 16, 0), "Wednesday")
    assert s2.utcoffset() == timedelta(hours=-6) and opt1.utcoffset() == timedelta(hours=-5)
    tom = "thaverford@kesslerambrose.example"
    text1 = f"""Hi Nora,

Kessler Ambrose liked your materials. Tom Haverford, the hiring partner for their litigation department, would like to do a 30-minute phone screen with you for the senior associate opening in their Chicago trial group.

He offered two windows (both Central):
- Tue 3/10 at 9:30 am
- Wed 3/11 at 4:00 pm

Which works better for you? If neither, send me a couple of alternatives and I'll go back to his assistant.

Dana

{DANA_SIG}
"""
    eml1, mid1 = outlook_mail(frm=addr(*DANA), to=addr(OWNER_NAME, OWNER), date=s1, seed=c + "01",
                              pod="CH3PR04MB", text=text1,
                              subject="Kessler Ambrose - phone screen with hiring partner")
    text2 = f"""Perfect -- you're confirmed for Tuesday at 9:30 CT. Tom will call your cell (312-555-0188) directly; plan on 30 minutes. Remember the clocks spring forward this Sunday, so double-check your phone calendar.

If anything comes up day-of, his email is {tom} -- otherwise just reply here.

Dana

{DANA_SIG}

From: Nora Castellanos <{OWNER}>
Sent: {long_date(nr)} {h12(nr)}
To: Dana Whitcombe <{DANA[1]}>
Subject: Re: Kessler Ambrose - phone screen with hiring partner

Tuesday works best -- I have depo prep Wednesday afternoon. Thanks Dana!

Sent from my iPhone

> On {opt1:%b} 4, 2026, at 9:02 AM, Dana Whitcombe <{DANA[1]}> wrote:
>
> Hi Nora,
>
> Kessler Ambrose liked your materials. Tom Haverford, the hiring partner for their litigation department, would like to do a 30-minute phone screen with you for the senior associate opening in their Chicago trial group.
>
> He offered two windows (both Central):
> - Tue 3/10 at 9:30 am
> - Wed 3/11 at 4:00 pm
"""
    apple_mid = f"<{uuid_(c + 'apple').upper()}@example.com>"
    eml2, _ = outlook_mail(frm=addr(*DANA), to=addr(OWNER_NAME, OWNER), date=s2, seed=c + "02",
                           pod="CH3PR04MB", text=text2,
                           subject="RE: Kessler Ambrose - phone screen with hiring partner",
                           in_reply_to=apple_mid, references=f"{mid1} {apple_mid}")
    end = opt1 + timedelta(minutes=30)
    add(c, {"01-dana-kessler-options.eml": eml1, "02-dana-confirmed-tuesday.eml": eml2}, label(
        [iv("Kessler Ambrose LLP", "Senior Associate, Trial Group", opt1, end, "scheduled", [tom], [tom],
            "phone_screen")],
        "hard", "positive/thread-relative-date-dst",
        "Two proposed slots; the candidate's choice ('Tuesday') is only in quoted text, and the confirmation "
        "('Tuesday at 9:30 CT') is relative to a Friday 6 March message sent in CST; Tuesday 10 March is after "
        "the 8 March DST change -> -05:00. Partner's address is given in the confirmation."))


def case04():
    c = "b183-04-outlook-reschedule-across-dst"
    org = ("Jenna Pruitt", "jpruitt@brightwaterdunn.example")
    elise = ("Elise Marchetti", "emarchetti@brightwaterdunn.example")
    uid = exchange_uid(c)
    sent1 = wd(D(2026, 2, 27, 14, 5, 22), "Friday")
    st1 = wd(D(2026, 3, 5, 15, 0), "Thursday")
    sent2 = wd(D(2026, 3, 2, 9, 40, 11), "Monday")
    sent3 = sent2 + timedelta(minutes=6, seconds=30)
    st2 = wd(D(2026, 3, 11, 11, 30), "Wednesday")
    en2 = st2 + timedelta(minutes=45)
    assert st1.utcoffset() == timedelta(hours=-6) and st2.utcoffset() == timedelta(hours=-5)
    summ = "Brightwater Dunn | Screening Interview | Nora Castellanos"
    body1 = ("Hi Nora,\n\nPlease accept this invitation for your video screening interview with Elise Marchetti, "
             "partner and co-chair of our Commercial Litigation practice, for the Litigation Associate "
             "(Class of 2021) position in our Chicago office. The Teams link is below; please join a few "
             "minutes early.\n\nKind regards,\nJenna\n\nJenna Pruitt\nLegal Recruiting Coordinator\n"
             "Brightwater Dunn LLP | 312.555.0131")
    atts = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (elise[0], elise[1], "ACCEPTED")]
    eml1, mid1, _ = exchange_invite_mail(seed=c + "01", pod="DM6PR07MB", organizer=org, attendees=atts,
                                         summary=summ, subject=summ, start=st1, end=st1 + timedelta(minutes=45),
                                         tzid="Central Standard Time", where="Microsoft Teams Meeting",
                                         body=body1, sent=sent1, uid=uid, teams=True)
    text2 = (f"Hi Nora,\n\nI'm so sorry for the shuffle -- Elise was pulled into an emergency TRO hearing on "
             f"Thursday afternoon, so we need to move your screening interview. She can do Wednesday, March 11 at "
             f"11:30 a.m. Central instead. I'm sending an updated invitation now; please accept it if that works, "
             f"or let me know and I'll find another time.\n\nThank you for your flexibility,\nJenna\n\n"
             f"Jenna Pruitt\nLegal Recruiting Coordinator\nBrightwater Dunn LLP | 312.555.0131")
    eml2, _ = outlook_mail(frm=addr(*org), to=addr(OWNER_NAME, OWNER), date=sent2, seed=c + "02",
                           pod="DM6PR07MB", text=text2, subject="Brightwater Dunn - moving your screening interview",
                           cc=addr(*elise))
    body3 = body1.replace("Please accept this invitation", "UPDATED TIME. Please accept this updated invitation")
    eml3, _, _ = exchange_invite_mail(seed=c + "03", pod="DM6PR07MB", organizer=org, attendees=atts,
                                      summary=summ, subject=summ, start=st2, end=en2,
                                      tzid="Central Standard Time", where="Microsoft Teams Meeting",
                                      body=body3, sent=sent3, uid=uid, seq=1, teams=True)
    add(c, {"01-invite-screening.eml": eml1, "02-jenna-moving-interview.eml": eml2,
            "03-updated-invite-screening.eml": eml3}, label(
        [iv("Brightwater Dunn LLP", "Litigation Associate (Class of 2021)", st2, en2, "scheduled",
            [elise[1]], [elise[1]], "phone_screen")],
        "medium", "positive/reschedule-outlook-dst",
        "Exchange invite SEQUENCE 0 (Thu 5 Mar, CST) moved by e-mail + SEQUENCE 1 to Wed 11 Mar 11:30 CT, after "
        "the DST change: the '(UTC-06:00) Central Time' display label must not be used as the offset (-05:00)."))


def case05():
    c = "b183-05-whitlock-decline-after-screening"
    sent = wd(D(2026, 3, 9, 16, 22, 48), "Monday")
    text = f"""Nora,

I heard back from Caroline at Whitlock Barrow this afternoon. Dan Ferris enjoyed your screening interview on the 3rd and said you were "clearly ready to run depositions on your own", but the group has decided not to move forward to callbacks for now -- they're going to prioritize a more junior hire this cycle.

Not the news we wanted, but it's genuinely not about you, and Dan said he'd be glad to revisit if the group's needs change. I'll keep working the other leads; I'll have more on Stanhope Quill's callback timing later this week.

Dana

{DANA_SIG}
"""
    eml, _ = outlook_mail(frm=addr(*DANA), to=addr(OWNER_NAME, OWNER), date=sent, seed=c, pod="CH3PR04MB",
                          text=text, subject="Whitlock Barrow - update after your screening interview")
    add(c, {"01-dana-whitlock-update.eml": eml}, label(
        [], "medium", "negative/rejection-after-interview",
        "Recruiter relays that the firm will not move to callbacks after a past screening interview (dated 'the "
        "3rd'); mentions a future callback only as an unscheduled possibility."))


def case06():
    c = "b183-06-callback-day-two-outlook-invites"
    maura = ("Maura Kiefer", "mkiefer@stanhopequill.example")
    p = {"ian": ("Ian Roskam", "iroskam@stanhopequill.example"),
         "bea": ("Beatrice Lowe", "blowe@stanhopequill.example"),
         "chidi": ("Chidi Nwosu", "cnwosu@stanhopequill.example"),
         "hannah": ("Hannah Voss", "hvoss@stanhopequill.example"),
         "rafael": ("Rafael Quint", "rquint@stanhopequill.example"),
         "gordon": ("Gordon Healey", "ghealey@stanhopequill.example")}
    sent1 = wd(D(2026, 3, 13, 15, 10, 2), "Friday")
    day = wd(D(2026, 3, 19, 9, 0), "Thursday")
    T = lambda hh, mm: day.replace(hour=hh, minute=mm)
    sched = [(T(9, 0), T(9, 30), "Ian Roskam, Partner, Securities & Commercial Litigation"),
             (T(9, 30), T(10, 0), "Beatrice Lowe, Partner, Appellate & Critical Motions"),
             (T(10, 0), T(10, 30), "Chidi Nwosu, Partner, Trial Practice"),
             (T(10, 30), T(11, 0), "Hannah Voss and Rafael Quint, Senior Associates, Litigation"),
             (T(11, 0), T(12, 15), "Lunch with Hannah Voss and Rafael Quint (Marlowe Room, 31st floor)"),
             (T(12, 30), T(13, 0), "Gordon Healey, Partner and Chair, Litigation Department")]
    rows = "\n".join(f"{h12(a)} - {h12(b)}    {who}" for a, b, who in sched)
    text1 = f"""Dear Nora,

On behalf of Stanhope Quill, thank you for your interest in our Litigation Department. We are delighted to invite you to our Chicago office for callback interviews for the mid-level litigation associate position on {long_date(day)}. Your schedule is below (all times Central):

{rows}

Please arrive by 8:45 a.m. and check in at reception on the 31st floor, 410 N. Riverbend Avenue. I will meet you there and walk you to your first interview. You'll receive two calendar holds from me shortly (morning interviews and lunch/final interview).

Before your visit, please complete the attached lateral conflict questionnaire and return it to me, along with a writing sample of no more than 15 pages. Dana Whitcombe is copied for her records.

We look forward to meeting you!

Warm regards,
Maura

Maura Kiefer
Senior Manager, Legal Recruiting
Stanhope Quill LLP
410 N. Riverbend Avenue, 31st Floor | Chicago, IL 60654
312.555.0124 | mkiefer@stanhopequill.example
"""
    pdf = tiny_pdf(["Stanhope Quill LLP - Lateral Attorney Conflict Questionnaire",
                    "1. List all clients for whom you billed 10+ hours in the last 3 years.",
                    "2. List adverse parties in each matter.", "3. Identify pending engagements."])
    attach = binleaf('application/pdf; name="SQ Lateral Conflict Questionnaire.pdf"', pdf,
                     headers=('Content-Description: SQ Lateral Conflict Questionnaire.pdf',
                              'Content-Disposition: attachment; filename="SQ Lateral Conflict Questionnaire.pdf"'))
    eml1, _ = outlook_mail(frm=addr(*maura), to=addr(OWNER_NAME, OWNER), cc=addr(*DANA), date=sent1,
                           seed=c + "01", pod="BY5PR16MB", text=text1, attachments=[attach],
                           subject=f"Stanhope Quill - Callback Interview Schedule - {day:%A}, {day:%B} {day.day}")
    where = "Stanhope Quill LLP, 410 N. Riverbend Avenue, 31st Floor reception"
    am = [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(p[k][0], p[k][1], "ACCEPTED") for k in
                                                  ("ian", "bea", "chidi", "hannah", "rafael")]
    body2 = "Callback interviews - morning block. Detailed itinerary in my e-mail of today.\n\n" + rows
    eml2, _, _ = exchange_invite_mail(seed=c + "02", pod="BY5PR16MB", organizer=maura, attendees=am,
                                      summary="Stanhope Quill Callback - N. Castellanos - Morning Interviews",
                                      subject="Stanhope Quill Callback - N. Castellanos - Morning Interviews",
                                      start=T(9, 0), end=T(11, 0), tzid="Central Standard Time", where=where,
                                      body=body2, sent=sent1 + timedelta(minutes=6), uid=exchange_uid(c + "am"))
    pm = [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(p[k][0], p[k][1], "ACCEPTED") for k in
                                                  ("hannah", "rafael", "gordon")]
    body3 = ("Callback interviews - lunch with Hannah and Rafael, then final interview with Gordon Healey "
             "(12:30 - 1:00 PM).")
    eml3, _, _ = exchange_invite_mail(seed=c + "03", pod="BY5PR16MB", organizer=maura, attendees=pm,
                                      summary="Stanhope Quill Callback - N. Castellanos - Lunch & Final Interview",
                                      subject="Stanhope Quill Callback - N. Castellanos - Lunch & Final Interview",
                                      start=T(11, 0), end=T(13, 0), tzid="Central Standard Time", where=where,
                                      body=body3, sent=sent1 + timedelta(minutes=8), uid=exchange_uid(c + "pm"))
    ivs = [p[k][1] for k in ("ian", "bea", "chidi", "hannah", "rafael", "gordon")]
    add(c, {"01-maura-callback-itinerary.eml": eml1, "02-invite-morning-interviews.eml": eml2,
            "03-invite-lunch-final.eml": eml3}, label(
        [iv("Stanhope Quill LLP", "Mid-level Litigation Associate", T(9, 0), T(13, 0), "scheduled", ivs, ivs,
            "onsite")],
        "hard", "positive/callback-day-multi-invite",
        "Law-firm callback day: itinerary e-mail (with conflict questionnaire PDF) + two Exchange holds "
        "(morning / lunch+final). One onsite 9:00-1:00 PM CDT with all six partners/associates; the recruiting "
        "manager only schedules."))


def case07():
    c = "b183-07-deposition-forwarded-from-work"
    lydia = ("Lydia Chao", "lchao@harrowgatefinch.example")
    martin = ("Martin Greaves", "mgreaves@harrowgatefinch.example")
    sent = wd(D(2026, 3, 16, 18, 5, 40), "Monday")
    start = wd(D(2026, 3, 24, 9, 30), "Tuesday")
    end = start.replace(hour=17, minute=0)
    body = (f"[Forwarded to my personal calendar -- this day is blocked, no interview calls on "
            f"{start:%a} {start.month}/{start.day}. -N]\n\n"
            "Videotaped Rule 30(b)(6) deposition of Corvane Logistics, Inc., through its designee Karl "
            "Westbrook (VP, Network Operations), in Pellham Distribution Co. v. Corvane Logistics, Inc., "
            "No. 1:25-cv-04418 (N.D. Ill.).\n\nExamining attorney: Nora Castellanos (Topics 1-9); Martin "
            "Greaves (Topics 10-14).\nDefending: Oakhurst Lyle LLP.\nCourt reporter and videographer: "
            "Lakeside Reporting (confirmed). Remote attendees may join by Zoom -- link to follow from the "
            "reporter.\n\nExhibit binders will be in Conf. Rm 42A by 8:30. Witness prep outlines and the "
            "interview memos from the Joliet site visit are in the matter folder.\n\nLydia Chao\nSenior "
            "Litigation Paralegal | Harrowgate Finch LLP")
    atts = [(martin[0], martin[1], "ACCEPTED"), (OWNER_NAME, OWNER_WORK, "ACCEPTED"),
            (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    eml, _, _ = exchange_invite_mail(
        seed=c, pod="MN2PR19MB", organizer=lydia, attendees=atts,
        summary="Deposition of Karl Westbrook (Corvane 30(b)(6)) - Pellham v. Corvane",
        subject="FW: Deposition of Karl Westbrook (Corvane 30(b)(6)) - Pellham v. Corvane",
        start=start, end=end, tzid="Central Standard Time",
        where="Harrowgate Finch LLP, Conf. Rm 42A (Lakeside Reporting)", body=body, sent=sent,
        uid=exchange_uid(c), frm=addr(OWNER_NAME, OWNER_WORK), to=addr(OWNER_NAME, OWNER))
    add(c, {"01-fw-deposition-westbrook.eml": eml}, label(
        [], "hard", "negative/deposition",
        "Outlook meeting request forwarded from her work account: a full-day deposition she is taking in her "
        "current job (examination, witness, 'interview memos', Oakhurst Lyle named as opposing counsel)."))


def case08():
    c = "b183-08-inhouse-teams-eastern-label"
    corinne = ("Corinne Abbott", "cabbott@tidewaterbio.example")
    marcus = ("Marcus Engel", "mengel@tidewaterbio.example")
    sent = wd(D(2026, 3, 25, 10, 31, 18, tz=NYC), "Wednesday")
    start = wd(D(2026, 3, 31, 14, 0, tz=NYC), "Tuesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(CHI).hour == 13
    body = ("Hi Nora,\n\nThank you again for speaking with me last week. Please find below your interview for the "
            "Senior Counsel, Litigation role with Marcus Engel, Deputy General Counsel, Litigation & "
            "Investigations. Marcus is based at our Cambridge, MA headquarters, so the invitation shows Eastern "
            "time -- that's 1:00 PM for you in Chicago.\n\nI'm only coordinating and won't be on the call. "
            "Marcus will want to hear about your trial experience and how you'd manage outside counsel.\n\n"
            "Best,\nCorinne\n\nCorinne Abbott\nTalent Acquisition Partner, Legal & Corporate Functions\n"
            "Tidewater Biologics, Inc.")
    summ = "Tidewater Biologics - Interview - Senior Counsel, Litigation (Nora Castellanos)"
    eml, _, _ = exchange_invite_mail(seed=c, pod="BL1PR13MB", organizer=corinne,
                                     attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                                                (marcus[0], marcus[1], "ACCEPTED")],
                                     summary=summ, subject=summ, start=start, end=end,
                                     tzid="Eastern Standard Time", where="Microsoft Teams Meeting", body=body,
                                     sent=sent, uid=exchange_uid(c), teams=True)
    add(c, {"01-invite-tidewater-senior-counsel.eml": eml}, label(
        [iv("Tidewater Biologics", "Senior Counsel, Litigation", start, end, "scheduled", [marcus[1]],
            [marcus[1]], "hiring_manager")],
        "medium", "positive/exchange-eastern-label",
        "In-house interview; Exchange invite with 'Eastern Standard Time' TZID and the '(UTC-05:00) Eastern "
        "Time' display label on 31 March (EDT, -04:00); body also gives 1:00 PM Chicago. Coordinator not an "
        "interviewer."))


def case09():
    c = "b183-09-recruiter-recap-two-interviews"
    sent = wd(D(2026, 4, 3, 16, 45, 9), "Friday")
    a_st = wd(D(2026, 4, 7, 8, 30), "Tuesday")
    a_en = a_st + timedelta(minutes=45)
    b_st = wd(D(2026, 4, 9, 13, 0, tz=NYC), "Thursday")
    b_en = b_st + timedelta(hours=1)
    assert b_st.astimezone(CHI).hour == 12
    keisha = ("Keisha Brandt", "kbrandt@vantagerail.example")
    owen = ("Owen Lidstrom", "olidstrom@vantagerail.example")
    zoom_id = str(int(hx(c + "zoom", 12), 16) % 9000000000 + 81000000000)
    text = f"""Hi Nora,

Quick recap of next week so you have everything in one place. Both are confirmed.

1) Pemberton Salas LLP -- Senior Litigation Associate (Chicago)
Tuesday, April 7, 8:30-9:15 a.m. CT -- screening interview by Zoom with Gideon Salas (founding partner).
Zoom: https://pembertonsalas.zoom.us/j/{zoom_id}  Passcode: 417209
Gideon is old-school and doesn't love e-mail from candidates, so send any thank-you or follow-up to me and I'll pass it along.

2) Vantage Rail Holdings -- Litigation Counsel (in-house; remote with quarterly travel to Jacksonville)
Thursday, April 9, 1:00-2:00 p.m. Eastern (noon your time) -- video interview with Owen Lidstrom, Associate General Counsel. Keisha Brandt in their talent team is sending the calendar invite directly.

Call me Monday if you want to prep for either. For Pemberton, be ready to talk about the Corvane 30(b)(6) work; for Vantage, how you'd budget and manage outside counsel.

Have a good weekend!
Priya

{PRIYA_SIG}
"""
    eml1, _ = gmail_mail(frm=addr(*PRIYA), to=addr(OWNER_NAME, OWNER), date=sent, seed=c + "01", text=text,
                         subject="Next week: Pemberton Salas (Tue) + Vantage Rail (Thu)")
    meet = meet_code(c)
    desc = ("Video interview for the Litigation Counsel position with Owen Lidstrom (Associate General Counsel). "
            "Keisha is scheduling only and will not join. Questions: kbrandt@vantagerail.example")
    title = "Vantage Rail - Interview: Litigation Counsel - Nora Castellanos"
    eml2, _, _ = google_invite_mail(seed=c + "02", organizer=keisha,
                                    attendees=[(keisha[0], keisha[1], "ACCEPTED"), (owen[0], owen[1], "ACCEPTED"),
                                               (OWNER, OWNER, "NEEDS-ACTION")],
                                    title=title, start=b_st, end=b_en, tzlabel="Eastern Time - New York",
                                    description=desc, uid=f"{hx(c + 'uid', 26)}@google.com", seq=0,
                                    sent=D(2026, 4, 3, 17, 58, 30, tz=NYC), created=D(2026, 4, 3, 17, 57, tz=NYC),
                                    meet=meet)
    add(c, {"01-priya-next-week-recap.eml": eml1, "02-invitation-vantage-rail.eml": eml2}, label(
        [iv("Pemberton Salas LLP", "Senior Litigation Associate", a_st, a_en, "scheduled", [], [PRIYA[1]],
            "phone_screen"),
         iv("Vantage Rail Holdings", "Litigation Counsel", b_st, b_en, "scheduled", [owen[1]], [owen[1]],
            "hiring_manager")],
        "hard", "positive/two-interviews-one-mail",
        "One recruiter recap lists two interviews at two employers (CT and ET); the second is also a Google "
        "invite (dedupe to one). Pemberton partner has no address and the recruiter asks for follow-up via her."))


def case10():
    c = "b183-10-cle-webinar-lateral-interviews"
    sent = wd(D(2026, 4, 6, 12, 3, 44), "Monday")
    start = wd(D(2026, 4, 23, 12, 0), "Thursday")
    end = start + timedelta(hours=1)
    wid = str(int(hx(c + "w", 12), 16) % 90000000000 + 85000000000)
    topic = "Inside the Lateral Interview: What Litigation Hiring Partners Ask (1.0 IL CLE)"
    text = f"""Hi Nora Castellanos,

Thank you for registering for "{topic}".

Please submit any questions to: programs@prairiecle.example

Date Time: {start:%b} {start.day}, 2026 12:00 PM Central Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://prairiecle.zoom.us/w/{wid}?tk={b64tok(c + 'tk', 43)}

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

Passcode: 503118

Description: Three Chicago hiring partners and a legal search consultant walk through the screening interview, the callback day, and the conflict-check process for lateral litigation associates. Mock interview excerpts included. Illinois MCLE: 1.0 general credit (professional responsibility credit pending).

You can cancel your registration at any time.

Add to Calendar  |  Add to Google Calendar  |  Add to Yahoo Calendar
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + vtz_olson_chicago() +
               ["BEGIN:VEVENT", f"DTSTAMP:{utcz(sent)}", f"DTSTART;TZID=America/Chicago:{loc(start)}",
                f"DTEND;TZID=America/Chicago:{loc(end)}", f"SUMMARY:{esc(topic)}",
                f"UID:{utcz(sent)}-{wid}@zoom.us", "TZID:America/Chicago",
                f"DESCRIPTION:{esc('Join from PC, Mac, iPad, or Android: https://prairiecle.zoom.us/w/' + wid)}",
                f"LOCATION:https://prairiecle.zoom.us/w/{wid}",
                "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset="utf-8"; name="iCal.ics"', ics, "base64",
               headers=('Content-Disposition: attachment; filename="iCal.ics"',))
    b_alt = f"----=_Part_{int(hx(c + 'p1', 6), 16)}_{int(hx(c + 'p2', 8), 16)}.{1775000000000 + int(hx(c, 5), 16)}"
    b_mix = f"----=_Part_{int(hx(c + 'p3', 6), 16)}_{int(hx(c + 'p4', 8), 16)}.{1775000000000 + int(hx(c, 5), 16)}"
    alt = multi("alternative", b_alt, [leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
                                       leaf('text/html; charset=UTF-8', "<html><body>" + "".join(
                                           f"<p>{hesc(x)}</p>" for x in text.split("\n\n")) + "</body></html>\n",
                                            "quoted-printable")])
    entity = multi("mixed", b_mix, [alt, att])
    msgid = f"<{hx(c + 'mid', 20)}.{int(hx(c + 'n', 6), 16)}@zoom.us>"
    eml = message([("Delivered-To", OWNER), received_hdr("zoom", sent, c),
                   ("Date", rfc(sent)), ("From", '"Prairie CLE Institute" <no-reply@zoom.us>'),
                   ("Reply-To", "programs@prairiecle.example"), ("To", OWNER), ("Message-ID", msgid),
                   ("Subject", f"Prairie CLE Institute: {topic} Confirmation")], entity)
    add(c, {"01-zoom-webinar-confirmation.eml": eml}, label(
        [], "medium", "negative/webinar",
        "Zoom webinar registration (CLE) about lateral interviews with an .ics attachment; a webinar, not an "
        "interview."))


def case11():
    c = "b183-11-virtual-callback-standalone-ics"
    tob = ("Tobias Fenn", "tfenn@larkspurwhitney.example")
    ppl = [("Adaeze Okoro", "aokoro@larkspurwhitney.example", "Partner, Government Enforcement"),
           ("Warren Keel", "wkeel@larkspurwhitney.example", "Partner, Complex Litigation"),
           ("Simone Barak", "sbarak@larkspurwhitney.example", "Counsel, Appellate"),
           ("Devin Ashby", "dashby@larkspurwhitney.example", "Senior Associate")]
    start = wd(D(2026, 4, 14, 10, 0, tz=NYC), "Tuesday")
    end = start.replace(hour=13, minute=30)
    stamp = wd(D(2026, 4, 8, 15, 12, 40, tz=NYC), "Wednesday")
    T = lambda hh, mm: start.replace(hour=hh, minute=mm)
    sched = [(T(10, 0), T(10, 45), ppl[0]), (T(10, 45), T(11, 30), ppl[1]), (T(11, 30), T(12, 15), ppl[2]),
             (T(12, 15), T(12, 45), None), (T(12, 45), T(13, 30), ppl[3])]
    lines = []
    for a, b, who in sched:
        lines.append(f"{h12(a)} - {h12(b)} ET: " + (f"{who[0]} ({who[2]})" if who else "Break"))
    desc = ("Virtual callback interviews - Litigation Associate, Washington, DC office\n\n"
            "Candidate: Nora Castellanos\nAll times Eastern. You will stay in the same Teams meeting; "
            "interviewers will join in turn.\n\n" + "\n".join(lines) +
            "\n\nQuestions before the day: Tobias Fenn, Lateral Recruiting, 202.555.0149\n\n"
            + teams_block(c)[0])
    atts = [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(n, e, "ACCEPTED") for n, e, _t in ppl]
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(c), seq=0, organizer=tob, attendees=atts,
                       summary="Larkspur Whitney - Virtual Callback Interviews - Nora Castellanos (Litigation Associate)",
                       start=start, end=end, tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                       description=desc, dtstamp=stamp, appt_id=-1402938111,
                       prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", teams_url=teams_block(c)[1])
    ivs = [e for _n, e, _t in ppl]
    add(c, {"01-larkspur-whitney-virtual-callback.ics": ics}, label(
        [iv("Larkspur Whitney LLP", "Litigation Associate", start, end, "scheduled", ivs, ivs, "onsite")],
        "medium", "positive/standalone-ics-callback",
        "Standalone Outlook .ics (Windows 'Eastern Standard Time' TZID, EDT -04:00) for a virtual callback with "
        "four interviewers and a break; one onsite 10:00-1:30 ET. Organizer only coordinates."))


def case12():
    c = "b183-12-client-witness-interview-invite"
    martin = ("Martin Greaves", "mgreaves@harrowgatefinch.example")
    aaron = ("Aaron Feld", "afeld@harlowfoods.example")
    sent = wd(D(2026, 4, 8, 17, 26, 3), "Wednesday")
    start = wd(D(2026, 4, 15, 10, 0), "Wednesday")
    end = start + timedelta(minutes=90)
    body = ("Nora - please lead this one; I'll take notes. Give the Upjohn warning at the outset and walk "
            "Mr. Delgado through the March 2025 sanitation logs and the shift-change e-mails (outline v3 is in "
            "the Harlow matter folder). Aaron Feld from Harlow Legal will attend by phone.\n\n"
            "Privileged & Confidential - Attorney Work Product\n\nMartin")
    atts = [(OWNER_NAME, OWNER_WORK, "NEEDS-ACTION"), (aaron[0], aaron[1], "ACCEPTED")]
    summ = "Witness interview - R. Delgado (Plant Supervisor, Joliet) - Harlow Foods internal review"
    eml, _, _ = exchange_invite_mail(
        seed=c, pod="MN2PR19MB", organizer=martin, attendees=atts, summary=summ, subject=summ,
        start=start, end=end, tzid="Central Standard Time",
        where="Harrowgate Finch LLP, Conf. Rm 40C / dial-in for Harlow Legal", body=body, sent=sent,
        uid=exchange_uid(c),
        extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    add(c, {"01-invite-witness-interview-delgado.eml": eml}, label(
        [], "hard", "negative/witness-interview",
        "Current-job client witness interview (internal investigation) auto-forwarded from her work account; "
        "she conducts the interview. Exchange invite with 'interview' in the subject."))


def case13():
    c = "b183-13-partner-screen-moved-by-assistant"
    gloria = ("Gloria Mendel", "gmendel@vickerystroud.example")
    amelia = ("Amelia Ortega", "aortega@vickerystroud.example")
    s1 = wd(D(2026, 4, 13, 10, 12, 30), "Monday")
    r1 = wd(D(2026, 4, 13, 12, 30, 4), "Monday")
    s2 = wd(D(2026, 4, 15, 8, 55, 12), "Wednesday")
    r2 = wd(D(2026, 4, 15, 9, 20, 45), "Wednesday")
    s3 = wd(D(2026, 4, 15, 9, 41, 27), "Wednesday")
    first = wd(D(2026, 4, 16, 14, 0), "Thursday")
    final = wd(D(2026, 4, 17, 10, 0), "Friday")
    sig = ("Gloria Mendel\nLegal Assistant to Amelia Ortega\nVickery Stroud LLP\n"
           "1 S. Harbor Tower, 27th Floor | Chicago, IL 60606\n312.555.0158")
    t1 = ("Dear Ms. Castellanos,\n\nI am the legal assistant to Amelia Ortega, chair of our Trial & Appellate "
          "group. Ms. Ortega received your materials from Priya Anand at Corliss & Vane and would like to meet "
          "with you this Thursday at 2:00 p.m. at our office to discuss the senior associate position in the "
          "group. Please let me know if that time works for you.\n\nKind regards,\n\n" + sig)
    m1, id1 = outlook_mail(frm=addr(*gloria), to=addr(OWNER_NAME, OWNER), cc=addr(*amelia), date=s1,
                           seed=c + "01", pod="SN6PR08MB", text=t1,
                           subject="Meeting with Amelia Ortega - Vickery Stroud")
    nid1 = gmail_msgid(c + "n1")
    q1 = (f"From: Nora Castellanos <{OWNER}>\nSent: {long_date(r1)} {h12(r1)}\nTo: Gloria Mendel <{gloria[1]}>\n"
          f"Cc: Amelia Ortega <{amelia[1]}>\nSubject: Re: Meeting with Amelia Ortega - Vickery Stroud\n\n"
          "Dear Ms. Mendel,\n\nThank you -- Thursday at 2:00 p.m. works well. I look forward to meeting "
          "Ms. Ortega.\n\nBest regards,\nNora Castellanos\n\n"
          f"From: Gloria Mendel <{gloria[1]}>\nSent: {long_date(s1)} {h12(s1)}\nTo: Nora Castellanos <{OWNER}>\n"
          f"Cc: Amelia Ortega <{amelia[1]}>\nSubject: Meeting with Amelia Ortega - Vickery Stroud\n\n" + t1)
    t2 = ("Good morning Ms. Castellanos,\n\nI apologize for the change. A hearing in one of Ms. Ortega's cases was "
          "reset to Thursday afternoon, so she will be in court at our scheduled time. Would Friday at 10:00 a.m. "
          "work instead? She has asked me to block 45 minutes.\n\nKind regards,\n\n" + sig + "\n\n" + q1)
    m2, id2 = outlook_mail(frm=addr(*gloria), to=addr(OWNER_NAME, OWNER), cc=addr(*amelia), date=s2,
                           seed=c + "02", pod="SN6PR08MB", text=t2,
                           subject="RE: Meeting with Amelia Ortega - Vickery Stroud",
                           in_reply_to=nid1, references=f"{id1} {nid1}")
    nid2 = gmail_msgid(c + "n2")
    t3 = ("Thank you, Ms. Castellanos -- you are confirmed for Friday, April 17 at 10:00 a.m. with Ms. Ortega. "
          "Please check in at reception on the 27th floor and ask for me.\n\nKind regards,\n\n" + sig + "\n\n"
          f"From: Nora Castellanos <{OWNER}>\nSent: {long_date(r2)} {h12(r2)}\nTo: Gloria Mendel <{gloria[1]}>\n"
          f"Cc: Amelia Ortega <{amelia[1]}>\nSubject: Re: Meeting with Amelia Ortega - Vickery Stroud\n\n"
          "Friday at 10:00 works for me. Thank you for letting me know.\n\nNora\n\n"
          f"From: Gloria Mendel <{gloria[1]}>\nSent: {long_date(s2)} {h12(s2)}\nTo: Nora Castellanos <{OWNER}>\n"
          f"Subject: RE: Meeting with Amelia Ortega - Vickery Stroud\n\n" + t2.split("\n\n" + sig)[0])
    m3, _ = outlook_mail(frm=addr(*gloria), to=addr(OWNER_NAME, OWNER), cc=addr(*amelia), date=s3,
                         seed=c + "03", pod="SN6PR08MB", text=t3,
                         subject="RE: Meeting with Amelia Ortega - Vickery Stroud",
                         in_reply_to=nid2, references=f"{id1} {nid1} {id2} {nid2}")
    assert first < final
    add(c, {"01-gloria-meeting-request.eml": m1, "02-gloria-hearing-conflict.eml": m2,
            "03-gloria-confirmed-friday.eml": m3}, label(
        [iv("Vickery Stroud LLP", "Senior Associate, Trial & Appellate Group", final,
            final + timedelta(minutes=45), "scheduled", [amelia[1]], [amelia[1]], "hiring_manager")],
        "hard", "positive/reschedule-thread",
        "Partner's assistant proposes 'this Thursday at 2:00' (accepted in quoted reply), then moves it to "
        "'Friday at 10:00' for a 45-minute block; final 17 April 10:00 CDT. Partner is cc'd, assistant only "
        "schedules."))


def case14():
    c = "b183-14-conflict-check-writing-sample-request"
    sent = wd(D(2026, 4, 10, 13, 15, 50), "Friday")
    wk = wd(D(2026, 4, 27), "Monday")
    text = f"""Hi Nora,

Great news -- Garrison Loeb reviewed your materials and wants to bring you in for callback interviews for their commercial litigation associate role.

Before they'll put anything on the calendar they need two things from you:

1) Their lateral conflict-check questionnaire (attached). List every matter you've billed 10+ hours to in the last three years, with client names and adverse parties. Keep descriptions generic -- no privileged detail.

2) A writing sample, 10-15 pages, ideally a brief or motion you drafted substantially on your own. Redact client names.

Once conflicts clears (usually 3-5 business days), their recruiting team will propose callback dates. They mentioned the week of April {wk.day}. Could you send me three or four windows that week that you could make work? Half-days are fine; they'll need about four hours.

Thanks!
Priya

{PRIYA_SIG}
"""
    pdf = tiny_pdf(["Garrison Loeb LLP", "Lateral Attorney Conflict Questionnaire (Confidential)",
                    "Part A - Current and former clients (last 3 years)",
                    "Part B - Adverse parties", "Part C - Personal and family financial interests"])
    att = binleaf('application/pdf; name="Garrison Loeb - Lateral Conflict Questionnaire.pdf"', pdf,
                  headers=('Content-Disposition: attachment; filename="Garrison Loeb - Lateral Conflict Questionnaire.pdf"',
                           f'X-Attachment-Id: f_{hx(c, 9)}', f'Content-ID: <f_{hx(c, 9)}>'))
    eml, _ = gmail_mail(frm=addr(*PRIYA), to=addr(OWNER_NAME, OWNER), date=sent, seed=c, text=text,
                        subject="Garrison Loeb - callback next steps (conflicts form + writing sample)",
                        attachments=[att])
    add(c, {"01-priya-garrison-conflicts-writing-sample.eml": eml}, label(
        [], "hard", "negative/availability-request",
        "Callback interviews are wanted but not booked: conflict-check questionnaire and writing sample first, "
        "then the recruiter asks for availability windows. No interview time exists."))


def case15():
    c = "b183-15-inhouse-google-cancel-then-rebook"
    harper = ("Harper Lindell", "hlindell@quillongroup.example")
    theo = ("Theo Vance", "tvance@quillongroup.example")
    title = "Quillon - Interview: Litigation Counsel, Coverage (Nora Castellanos)"
    desc = ("45-minute video interview for the Litigation Counsel, Coverage role with Theo Vance (Senior "
            "Litigation Counsel, Coverage Litigation). Harper Lindell (Talent Acquisition) is coordinating.")
    s1 = wd(D(2026, 4, 14, 15, 20, 11), "Tuesday")
    st1 = wd(D(2026, 4, 21, 11, 0), "Tuesday")
    s2 = wd(D(2026, 4, 17, 9, 5, 40), "Friday")
    s3 = wd(D(2026, 4, 20, 10, 10, 2), "Monday")
    st2 = wd(D(2026, 4, 28, 15, 0), "Tuesday")
    dur = timedelta(minutes=45)
    atts = [(harper[0], harper[1], "ACCEPTED"), (theo[0], theo[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    uid1 = f"{hx(c + 'u1', 26)}@google.com"
    uid2 = f"{hx(c + 'u2', 26)}@google.com"
    m1, _, _ = google_invite_mail(seed=c + "01", organizer=harper, attendees=atts, title=title, start=st1,
                                  end=st1 + dur, tzlabel="Central Time - Chicago", description=desc, uid=uid1,
                                  seq=0, sent=s1, created=s1 - timedelta(minutes=1), meet=meet_code(c + "1"))
    note = ("Theo has been pulled into a coverage trial that starts Monday, so we need to cancel Tuesday's "
            "interview. So sorry, Nora - I'll send new times shortly. -Harper")
    m2, _, _ = google_invite_mail(seed=c + "02", organizer=harper,
                                  attendees=[(a[0], a[1], "ACCEPTED" if a[1] != OWNER else "ACCEPTED") for a in atts],
                                  title=title, start=st1, end=st1 + dur, tzlabel="Central Time - Chicago",
                                  description=desc, uid=uid1, seq=1, sent=s2, created=s1 - timedelta(minutes=1),
                                  kind="Canceled event with note", method="CANCEL", note=note)
    desc2 = desc + " Rebooked after the April 21 cancellation."
    m3, _, _ = google_invite_mail(seed=c + "03", organizer=harper, attendees=atts, title=title, start=st2,
                                  end=st2 + dur, tzlabel="Central Time - Chicago", description=desc2, uid=uid2,
                                  seq=0, sent=s3, created=s3 - timedelta(minutes=2), meet=meet_code(c + "2"))
    add(c, {"01-invitation-apr21.eml": m1, "02-canceled-event-with-note.eml": m2,
            "03-invitation-apr28-rebooked.eml": m3}, label(
        [iv("Quillon Insurance Group", "Litigation Counsel, Coverage", st1, st1 + dur, "cancelled", [theo[1]],
            [theo[1]], "hiring_manager"),
         iv("Quillon Insurance Group", "Litigation Counsel, Coverage", st2, st2 + dur, "scheduled", [theo[1]],
            [theo[1]], "hiring_manager")],
        "medium", "positive/cancel-then-rebook",
        "Google invite, 'Canceled event with note' (METHOD:CANCEL, same UID), then a new invite with a new UID "
        "a week later -> one cancelled + one scheduled entry."))


def case16():
    c = "b183-16-market-checkin-calendly"
    miriam = ("Miriam Osei", "mosei@bellweatherlegal.example")
    sent = wd(D(2026, 4, 16, 14, 2, 37), "Thursday")
    start = wd(D(2026, 4, 22, 10, 0), "Wednesday")
    end = start + timedelta(minutes=30)
    ev = "Confidential Market Check-In"
    when = f"{gclock(start)} - {gclock(end)} (Central Time - US & Canada) on {long_date(start)}"
    text = f"""Hi Nora Castellanos,

A new event has been scheduled.

Event Type:
{ev} (30 min)

Invitee:
Nora Castellanos

Invitee Email:
{OWNER}

Event Date/Time:
{when}

Location:
Miriam will call you at +1 312-555-0188

Description:
A no-obligation, 30-minute conversation about the Chicago legal market: compensation trends, which firms and legal departments are adding litigators, and how lateral interview processes are running this year. This is not an interview for any specific role, and nothing is shared with employers without your permission.

Questions:
What would you like to cover?
General read on the market for 5th-year commercial litigators. Not looking at a specific firm or role yet.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid_(c + 'x')}
Reschedule: https://calendly.com/reschedulings/{uuid_(c + 'x')}

Powered by Calendly.com
"""
    uid = uuid_(c + "uid")
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
                f"UID:{uid}", f"DTSTAMP:{utcz(sent)}", f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}",
                f"SUMMARY:{ev} between Miriam Osei and Nora Castellanos",
                f"DESCRIPTION:{esc('Event Name: ' + ev + chr(10) + 'Location: Miriam will call you at +1 312-555-0188' + chr(10) + 'Need to make changes to this event? https://calendly.com/reschedulings/' + uuid_(c + 'x'))}",
                "LOCATION:+1 312-555-0188", f"ORGANIZER;CN=Miriam Osei:mailto:{miriam[1]}",
                f"ATTENDEE;CN=Nora Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{OWNER}",
                "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, "base64",
               headers=('Content-Disposition: attachment; filename="invite.ics"',))
    html = "<html><body>" + "".join(f"<p>{hesc(x).replace(chr(10), '<br>')}</p>" for x in text.split("\n\n")) + \
           "</body></html>\n"
    b_alt = hx(c + "alt", 32)
    b_mix = hx(c + "mix", 32)
    alt = multi("alternative", b_alt, [leaf('text/plain; charset=utf-8', text, "quoted-printable"),
                                       leaf('text/html; charset=utf-8', html, "quoted-printable")])
    entity = multi("mixed", b_mix, [alt, att])
    eml = message([("Delivered-To", OWNER), received_hdr("calendly", sent, c), ("Date", rfc_utc(sent)),
                   ("From", "Calendly <notifications@calendly.com>"), ("Reply-To", addr(*miriam)),
                   ("To", OWNER),
                   ("Message-ID", f"<{b64tok(c + 'm', 22)}@geopod-ismtpd-14.calendly.com>"),
                   ("Subject", f"Confirmed: {ev} with Miriam Osei on {long_date(start)}")], entity)
    add(c, {"01-calendly-market-check-in.eml": eml}, label(
        [], "hard", "negative/recruiter-checkin",
        "Calendly booking with a legal recruiter for a general 'market check-in' that explicitly is not an "
        "interview for any role; has a booked time, .ics, and hiring vocabulary."))


def case17():
    c = "b183-17-callback-cancelled-conflict"
    beth = ("Beth Sorensen", "bsorensen@oakhurstlyle.example")
    ppl = [("Fiona Ashdown", "fashdown@oakhurstlyle.example", "Partner"),
           ("Reggie Thurman", "rthurman@oakhurstlyle.example", "Partner"),
           ("Parisa Dehghani", "pdehghani@oakhurstlyle.example", "Partner"),
           ("Colin Mabry", "cmabry@oakhurstlyle.example", "Associate")]
    s1 = wd(D(2026, 4, 20, 11, 0, 55), "Monday")
    day = wd(D(2026, 4, 30, 9, 0), "Thursday")
    end = day.replace(hour=12, minute=30)
    s2 = wd(D(2026, 4, 24, 16, 48, 19), "Friday")
    s3 = s2 + timedelta(minutes=4)
    T = lambda hh, mm: day.replace(hour=hh, minute=mm)
    sched = [(T(9, 0), T(9, 45), ppl[0]), (T(9, 45), T(10, 30), ppl[1]), (T(10, 30), T(11, 15), ppl[2]),
             (T(11, 15), T(12, 30), ppl[3])]
    rows = "\n".join(f"{h12(a)} - {h12(b)}  {w[0]}, {w[2]}" + (" (includes office tour)" if w[2] == "Associate" else "")
                     for a, b, w in sched)
    body = ("Dear Nora,\n\nWe look forward to welcoming you to Oakhurst Lyle for callback interviews for the "
            "Commercial Litigation Associate position. Your schedule:\n\n" + rows +
            "\n\nYour lateral conflicts questionnaire is with our conflicts team; I'll let you know if they need "
            "anything further before Thursday.\n\nBest regards,\nBeth\n\nBeth Sorensen\nManager, Lateral "
            "Recruiting | Oakhurst Lyle LLP")
    atts = [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(n, e, "ACCEPTED") for n, e, _r in ppl]
    summ = "Oakhurst Lyle Callback Interviews - Nora Castellanos"
    uid = exchange_uid(c)
    where = "Oakhurst Lyle LLP, 22nd Floor reception"
    m1, id1, _ = exchange_invite_mail(seed=c + "01", pod="CY4PR02MB", organizer=beth, attendees=atts,
                                      summary=summ, subject=summ, start=day, end=end,
                                      tzid="Central Standard Time", where=where, body=body, sent=s1, uid=uid)
    t2 = ("Dear Nora,\n\nI'm very sorry to deliver this news. In clearing your conflicts questionnaire, our "
          "conflicts team identified that you are working on Pellham Distribution v. Corvane Logistics, in which "
          "Oakhurst Lyle represents Corvane. Our client has declined to consent, so we are not able to proceed "
          "with your candidacy at this time and have to cancel Thursday's callback interviews. I'll send the "
          "calendar cancellation separately.\n\nFiona asked me to pass along that she was looking forward to "
          "meeting you, and we would welcome a conversation once that matter concludes.\n\nWith regret,\nBeth\n\n"
          "Beth Sorensen\nManager, Lateral Recruiting | Oakhurst Lyle LLP | 312.555.0177")
    m2, _ = outlook_mail(frm=addr(*beth), to=addr(OWNER_NAME, OWNER), date=s2, seed=c + "02", pod="CY4PR02MB",
                         text=t2, subject="Oakhurst Lyle - Thursday callback interviews")
    m3, _, _ = exchange_invite_mail(seed=c + "03", pod="CY4PR02MB", organizer=beth, attendees=atts,
                                    summary=summ, subject="Canceled: " + summ, start=day, end=end,
                                    tzid="Central Standard Time", where=where,
                                    body="Canceling per my e-mail. Apologies again, Nora.", sent=s3, uid=uid,
                                    method="CANCEL", seq=1)
    ivs = [e for _n, e, _r in ppl]
    add(c, {"01-invite-oakhurst-callback.eml": m1, "02-beth-conflict-cancel.eml": m2,
            "03-canceled-oakhurst-callback.eml": m3}, label(
        [iv("Oakhurst Lyle LLP", "Commercial Litigation Associate", day, end, "cancelled", ivs, ivs, "onsite")],
        "medium", "positive/cancellation-conflict-check",
        "Callback day cancelled because the conflict check failed: e-mail + Exchange METHOD:CANCEL. Kept as "
        "cancelled at 30 Apr 9:00-12:30 CDT with the four scheduled interviewers."))


def case18():
    c = "b183-18-bar-association-panel"
    ros = ("Rosalind Pike", "rpike@lakefrontbar.example")
    sent = wd(D(2026, 4, 20, 8, 45, 10), "Monday")
    start = wd(D(2026, 5, 7, 17, 30), "Thursday")
    end = start + timedelta(minutes=90)
    title = "LBA Young Lawyers Section: From Associate to Trial Lawyer (panel)"
    desc = ("Thank you for serving as a panelist! Format: a moderated, interview-style conversation - I'll "
            "interview each panelist for about ten minutes (taking your first deposition, second-chairing a "
            "trial, moving firms or going in-house) - followed by audience Q&A and a networking reception. "
            "Hiring partners from several firms and a few legal recruiters have registered.\n\n"
            "Panelists: Nora Castellanos (Harrowgate Finch LLP), Hon. Denise Albright (ret.), Kwame Osei-Bonsu "
            "(Assistant U.S. Attorney)\n\nPlease arrive by 5:00 for the A/V check. 1.5 IL CLE credit for "
            "attendees.\n\nRosalind Pike, Program Chair")
    atts = [(ros[0], ros[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
            ("Kwame Osei-Bonsu", "kosei-bonsu@lakefrontbar.example", "ACCEPTED"),
            ("YLS Programs", "yls-programs@lakefrontbar.example", "ACCEPTED")]
    m, _, _ = google_invite_mail(seed=c, organizer=ros, attendees=atts, title=title, start=start, end=end,
                                 tzlabel="Central Time - Chicago", description=desc,
                                 uid=f"{hx(c + 'u', 26)}@google.com", seq=0, sent=sent,
                                 created=sent - timedelta(minutes=3),
                                 location="Lakefront Bar Association, 12th Floor Conference Center")
    add(c, {"01-invitation-yls-panel.eml": m}, label(
        [], "hard", "negative/bar-panel",
        "Bar association program invite where the user is a panelist 'interviewed' by the moderator; hiring "
        "partners and recruiters attend. Not a hiring process."))


def case19():
    c = "b183-19-greenhouse-recruiter-screen-inhouse"
    des = ("Desmond Achterberg", "dachterberg@fairlanelogistics.example")
    sent = wd(D(2026, 4, 28, 9, 14, 26), "Tuesday")
    start = wd(D(2026, 5, 4, 12, 0), "Monday")
    end = start + timedelta(minutes=30)
    role = "Senior Counsel, Litigation & Employment"
    text = f"""Hi Nora,

Thanks for taking the time to speak with us! Here are the details of your upcoming interview for the {role} role at Fairlane Logistics.

{long_date(start).replace(f' {start.day},', f' {start.day}th,')}
{h12(start)} - {h12(end)} CDT

Phone Interview
Desmond Achterberg (Senior Talent Acquisition Partner) will call you at 312-555-0188.

Interviewers:
Desmond Achterberg

A calendar invitation is attached. If you need to reschedule, simply reply to this email.

Best,
Desmond Achterberg
Fairlane Logistics
"""
    uid = f"{hx(c + 'uid', 24)}@greenhouse.io"
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}",
                f"SUMMARY:{esc('Phone Interview: ' + role + ' - Fairlane Logistics')}",
                f"DESCRIPTION:{esc('Desmond Achterberg will call you at 312-555-0188.')}",
                "LOCATION:Phone", f"ORGANIZER;CN=Desmond Achterberg:mailto:{des[1]}",
                f"ATTENDEE;CN=Nora Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">' +
            "".join(f"<p>{hesc(x).replace(chr(10), '<br>')}</p>" for x in text.split("\n\n")) +
            '<p style="color:#999;font-size:11px">Powered by Greenhouse</p></body></html>\n')
    b_alt = hx(c + "alt", 28)
    b_mix = hx(c + "mix", 28)
    alt = multi("alternative", b_alt, [leaf('text/plain; charset=utf-8', text, "quoted-printable"),
                                       leaf('text/html; charset=utf-8', html, "quoted-printable")])
    att = leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', ics, "base64",
               headers=('Content-Disposition: attachment; filename="interview.ics"',))
    entity = multi("mixed", b_mix, [alt, att])
    eml = message([("Delivered-To", OWNER), received_hdr("sendgrid", sent, c), ("Date", rfc_utc(sent)),
                   ("From", '"Desmond Achterberg" <no-reply@greenhouse.io>'), ("Reply-To", des[1]),
                   ("To", OWNER), ("Message-ID", f"<{b64tok(c + 'm', 22)}@geopod-ismtpd-7.greenhouse.io>"),
                   ("Subject", f"Interview Confirmation: {role} at Fairlane Logistics")], entity)
    add(c, {"01-greenhouse-interview-confirmation.eml": eml}, label(
        [iv("Fairlane Logistics", role, start, end, "scheduled", [des[1]], [des[1]], "phone_screen")],
        "easy", "positive/ats-greenhouse",
        "Greenhouse confirmation from no-reply@greenhouse.io with Reply-To the recruiter, who conducts the phone "
        "screen; .ics in UTC."))


def case20():
    c = "b183-20-court-hearing-gcal-json"
    created = wd(D(2026, 4, 22, 21, 4, 33), "Wednesday")
    start = wd(D(2026, 5, 5, 9, 30), "Tuesday")
    end = start + timedelta(hours=1)
    me = {"email": OWNER, "self": True}
    j = gcal_event(eid=hx(c, 26), summary="Status hearing + motion to compel - Pellham v. Corvane (1:25-cv-04418) - Ctrm 1925",
                   description=("Judge Ostrowski, N.D. Ill. ECF notice: status hearing set; argument on Pl.'s motion to "
                                "compel production of Corvane's witness interview memoranda. Leave office 8:50. "
                                "Don't book any interview calls this morning."),
                   start=start, end=end, tz="America/Chicago", organizer=dict(me), creator=dict(me),
                   attendees=None, created=created, updated=created + timedelta(minutes=2),
                   location="Dirksen U.S. Courthouse, Courtroom 1925")
    add(c, {"01-status-hearing.gcal.json": j}, label(
        [], "medium", "negative/court-hearing",
        "Self-created personal calendar entry for a court hearing in her current job; mentions 'witness interview "
        "memoranda' and 'interview calls'."))


def case21():
    c = "b183-21-new-york-callback-itinerary-forward"
    grace = ("Grace Tilden", "gtilden@harcourtellery.example")
    sent = wd(D(2026, 5, 6, 17, 30, 15), "Wednesday")
    fsent = wd(D(2026, 5, 6, 17, 58, tz=NYC), "Wednesday")
    assert fsent < sent
    day = wd(D(2026, 5, 12, 9, 30, tz=NYC), "Tuesday")
    T = lambda hh, mm: day.replace(hour=hh, minute=mm)
    ppl = {"pr": ("Philippa Rourke", "prourke@harcourtellery.example", "Partner, Commercial Litigation"),
           "sh": ("Samir Haddad", "shaddad@harcourtellery.example", "Partner, Securities Litigation"),
           "jc": ("Jeanette Colquitt", "jcolquitt@harcourtellery.example", "Partner, Hiring Committee"),
           "tl": ("Tomasz Lenk", "tlenk@harcourtellery.example", "Counsel, Regulatory Litigation"),
           "ab": ("Aisha Bello", "abello@harcourtellery.example", "Senior Associate"),
           "km": ("Kenji Mori", "kmori@harcourtellery.example", "Senior Associate"),
           "gv": ("Gregory Vail", "gvail@harcourtellery.example", "Chair, Litigation Department")}
    sched = [(T(9, 30), T(10, 0), ["pr"]), (T(10, 0), T(10, 30), ["sh"]), (T(10, 30), T(11, 0), ["jc"]),
             (T(11, 0), T(11, 30), ["tl"]), (T(11, 45), T(13, 15), "Lunch with Aisha Bello and Kenji Mori"),
             (T(13, 30), T(14, 15), ["ab", "km"]), (T(14, 15), T(14, 45), ["gv"])]
    rows = []
    for a, b, who in sched:
        tm = f"{h12(a)} - {h12(b)}"
        if isinstance(who, str):
            rows.append(f"{tm}   {who}")
        else:
            rows.append(f"{tm}   " + "; ".join(f"{ppl[k][0]}, {ppl[k][2]} <{ppl[k][1]}>" for k in who))
    text = f"""Nora --

Final itinerary for Tuesday below. All times are Eastern (you'll be in their New York office). Grace's team has you on the 7:05 pm flight Monday out of O'Hare and at the hotel two blocks from the office.

Harcourt is one of the firms that genuinely likes short thank-you notes to each interviewer -- the addresses are in Grace's itinerary. Call me after; I'll be around all afternoon.

Dana

{DANA_SIG}

From: Grace Tilden <{grace[1]}>
Sent: {long_date(fsent)} {h12(fsent)}
To: Dana Whitcombe <{DANA[1]}>
Subject: Harcourt Ellery - NY callback itinerary - N. Castellanos

Hi Dana,

Here is Nora's itinerary for her callback interviews for the Senior Litigation Associate position in our New York office on {long_date(day)}. Please ask her to check in with me at the 41st floor reception by 9:15 a.m.

{chr(10).join(rows)}

Thank-you notes can be sent to the interviewers at the addresses above. Travel confirmations will follow from our travel desk.

Best,
Grace

Grace Tilden | Lateral Recruiting Manager
Harcourt Ellery LLP | 41st Floor | New York, NY
"""
    eml, _ = outlook_mail(frm=addr(*DANA), to=addr(OWNER_NAME, OWNER), date=sent, seed=c, pod="CH3PR04MB",
                          text=text, subject="FW: Harcourt Ellery - NY callback itinerary - N. Castellanos")
    ivs = [ppl[k][1] for k in ("pr", "sh", "jc", "tl", "ab", "km", "gv")]
    add(c, {"01-fw-harcourt-ny-itinerary.eml": eml}, label(
        [iv("Harcourt Ellery LLP", "Senior Litigation Associate", T(9, 30), T(14, 45), "scheduled", ivs, ivs,
            "onsite")],
        "hard", "positive/itinerary-forward-eastern",
        "Search firm forwards a New York callback itinerary (all times Eastern, EDT -04:00) for a Chicago "
        "candidate; one onsite 9:30-2:45 ET with a lunch break; 9:15 check-in with the recruiting manager is "
        "not a session. Interviewer addresses are listed in the itinerary."))


def case22():
    c = "b183-22-inhouse-panel-gcal-json"
    jules = {"email": "jharmon@ferrantmed.example", "displayName": "Jules Harmon"}
    created = wd(D(2026, 5, 11, 10, 2, 0), "Monday")
    updated = wd(D(2026, 5, 13, 16, 40, 12), "Wednesday")
    start = wd(D(2026, 5, 20, 10, 0), "Wednesday")
    end = start + timedelta(hours=1)
    att = [dict(jules, organizer=True, responseStatus="accepted"),
           {"email": "rsandoval@ferrantmed.example", "displayName": "Rhea Sandoval", "responseStatus": "accepted"},
           {"email": "dvos@ferrantmed.example", "displayName": "Dmitri Vos", "responseStatus": "tentative"},
           {"email": OWNER, "self": True, "responseStatus": "accepted"}]
    j = gcal_event(eid=hx(c, 26), summary="Ferrant Medical - Panel Interview - Litigation Counsel - Nora Castellanos",
                   description=("Panel interview for the Litigation Counsel role with Rhea Sandoval (General Counsel) "
                                "and Dmitri Vos (Senior Counsel, Product Liability). Jules will open the Meet, make "
                                "introductions and drop off.\n\nMoved from 9:00 to 10:00 at Rhea's request."),
                   start=start, end=end, tz="America/Chicago", organizer=dict(jules), creator=dict(jules),
                   attendees=att, created=created, updated=updated, sequence=1, meet=meet_code(c))
    add(c, {"01-ferrant-panel-interview.gcal.json": j}, label(
        [iv("Ferrant Medical", "Litigation Counsel", start, end, "scheduled",
            ["rsandoval@ferrantmed.example", "dvos@ferrantmed.example"],
            ["rsandoval@ferrantmed.example", "dvos@ferrantmed.example"], "onsite")],
        "medium", "positive/gcal-json-panel",
        "Calendar API event (sequence 1, moved to 10:00 CDT) for an in-house panel with two interviewers; the "
        "TA organizer only opens the call."))


# =============================================================================
def main():
    for i in range(1, 23):
        globals()[f"case{i:02d}"]()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b183-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, files in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fn, content in files.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8", newline="") as f:
                f.write(content)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind183 labels (generated by make_cases.py; schema: /work/shared/eval/README.md)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [x for v in LABELS.values() for x in v["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, "
          f"{sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
