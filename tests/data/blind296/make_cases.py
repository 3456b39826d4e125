#!/usr/bin/env python3
"""Generate the blind296 evaluation set (Malta iGaming / fintech, written blind).

Deletes and rewrites every b296-* case folder, labels.yaml and README.md next to this script.
Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a seed hash.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
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

OUT = Path(__file__).resolve().parent
SEED = "blind296|malta-igaming-fintech|v1"
OWNER = "luke.camilleri@example.com"
OWNER_NAME = "Luke Camilleri"
UTC = timezone.utc

# ----------------------------------------------------------------------------------------------
# time helpers (every date's weekday and offset is asserted)
# ----------------------------------------------------------------------------------------------

def _fmt_off(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def T(s, tz, wd, off):
    """Aware datetime from 'YYYY-MM-DD HH:MM[:SS]' in zone tz; asserts weekday and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime("%a") == wd, (s, tz, dt.strftime("%a"), wd)
    assert _fmt_off(dt) == off, (s, tz, _fmt_off(dt), off)
    # round-trip check: the wall time exists (no DST gap) and is unambiguous enough for our use
    back = dt.astimezone(UTC).astimezone(ZoneInfo(tz))
    assert back.replace(tzinfo=None) == dt.replace(tzinfo=None), (s, tz)
    return dt


def iso(dt):
    return dt.isoformat()


# 2026 DST sanity checks (EU/UK: Mar 29 / Oct 25; US: Mar 8 / Nov 1)
for _tz in ("Europe/Malta", "Europe/Gibraltar", "Europe/Rome"):
    T("2026-03-28 12:00", _tz, "Sat", "+01:00")
    T("2026-03-30 12:00", _tz, "Mon", "+02:00")
    T("2026-10-24 12:00", _tz, "Sat", "+02:00")
    T("2026-10-25 12:00", _tz, "Sun", "+01:00")
T("2026-10-24 12:00", "Europe/London", "Sat", "+01:00")
T("2026-10-25 12:00", "Europe/London", "Sun", "+00:00")
T("2026-03-07 12:00", "America/New_York", "Sat", "-05:00")
T("2026-03-09 12:00", "America/New_York", "Mon", "-04:00")
T("2026-10-31 12:00", "America/New_York", "Sat", "-04:00")
T("2026-11-02 12:00", "America/New_York", "Mon", "-05:00")


def MT(s, wd, off):
    return T(s, "Europe/Malta", wd, off)


# ----------------------------------------------------------------------------------------------
# deterministic identifiers
# ----------------------------------------------------------------------------------------------

def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b32(*parts, n=26):
    raw = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def boundary(*parts):
    return "000000000000" + hx("bnd", *parts, n=16)


def msgid(kind, *parts):
    k = hx("mid", kind, *parts, n=40)
    if kind == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(k)).decode().rstrip('=').replace('/', '_')}@mail.gmail.com>"
    if kind == "outlook":
        d = int(k[0], 16) % 10
        return f"<DB9PR0{d}MB{k[1:5].upper()}{k[5:25].upper()}@DB9PR0{d}MB{k[1:5].upper()}.eurprd0{int(k[6], 16) % 9 + 1}.prod.outlook.com>"
    if kind == "gcal":
        return f"<calendar-{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@google.com>"
    # kind is a domain
    return f"<{k[:24]}.{k[24:36]}@{kind}>"


# ----------------------------------------------------------------------------------------------
# MIME helpers (messages are assembled with "\n" and written with CRLF)
# ----------------------------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def A(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def H(s):
    return s if is_ascii(s) else Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, cte="quoted-printable", charset="utf-8", extra=(), params=""):
    """One MIME leaf. text is str; for base64 text is encoded with CRLF line endings."""
    head = [f'Content-Type: {ctype}; charset="{charset}"{params}' if charset else f"Content-Type: {ctype}{params}"]
    head += list(extra)
    head.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "quoted-printable":
        body = quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = b64(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    else:  # 7bit / 8bit
        body = text.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(head) + "\n\n" + body


def attach(ctype, filename, data, params=""):
    return (f'Content-Type: {ctype}; name="{filename}"{params}\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n" + b64(data))


def mp(subtype, parts, bnd):
    s = f'Content-Type: multipart/{subtype}; boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n" + p + "\n"
    s += f"--{bnd}--\n"
    return s


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def alt(text, seed, html_text=None, cte_plain="quoted-printable", cte_html="quoted-printable"):
    return mp("alternative", [leaf("text/plain", text, cte_plain),
                              leaf("text/html", html_text or to_html(text), cte_html)], boundary(seed, "alt"))


def quote_block(text, who, when):
    lines = text.strip("\n").split("\n")
    return f"On {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"


CASES = {}      # case folder -> list of (filename, bytes)
LABELS = {}


def add(case, fname, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def eml(case, fname, *, frm, to, subject, date, mid, entity, cc=None, reply_to=None, irt=None, refs=None,
        sender=None, extra=(), return_path=None, recv_host="mail-ed1-f45.google.com"):
    """Write one RFC 5322 message. frm/to/cc/reply_to are pre-formatted address strings."""
    rcv = date.astimezone(UTC) + timedelta(seconds=3)
    rp = return_path or frm.split("<")[-1].rstrip(">")
    hdrs = [f"Delivered-To: {OWNER}",
            f"Received: from {recv_host} ({recv_host}. [{int(hx(case, fname, 'ip', n=2), 16) % 200 + 20}."
            f"{int(hx(case, fname, 'ip2', n=2), 16)}.{int(hx(case, fname, 'ip3', n=2), 16)}.{int(hx(case, fname, 'ip4', n=2), 16) % 250 + 1}])",
            f"        by mx.example.com with ESMTPS id {hx(case, fname, 'smtp', n=12)}",
            f"        for <{OWNER}>; {format_datetime(rcv)}",
            f"Return-Path: <{rp}>",
            f"From: {frm}"]
    if sender:
        hdrs.append(f"Sender: {sender}")
    if reply_to:
        hdrs.append(f"Reply-To: {reply_to}")
    hdrs.append(f"To: {to}")
    if cc:
        hdrs.append(f"Cc: {cc}")
    hdrs += [f"Subject: {H(subject)}", f"Date: {format_datetime(date)}", f"Message-ID: {mid}"]
    if irt:
        hdrs.append(f"In-Reply-To: {irt}")
    if refs:
        hdrs.append(f"References: {' '.join(refs)}")
    hdrs += list(extra)
    hdrs.append("MIME-Version: 1.0")
    msg = "\n".join(hdrs) + "\n" + entity
    add(case, fname, msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------

def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


VTZ_EU = {  # tzid -> (std name, dst name, std offset, dst offset, dst start local, std start local)
    "Europe/Malta": ("CET", "CEST", "+0100", "+0200", "19700329T020000", "19701025T030000"),
    "Europe/Gibraltar": ("CET", "CEST", "+0100", "+0200", "19700329T020000", "19701025T030000"),
    "Europe/Rome": ("CET", "CEST", "+0100", "+0200", "19700329T020000", "19701025T030000"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100", "19700329T010000", "19701025T020000"),
}


def vtimezone(tzid):
    if tzid == "W. Europe Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    std, dst, so, do, ds, ss = VTZ_EU[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}", f"DTSTART:{ds}",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}", f"DTSTART:{ss}",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]


WIN_TZ = {"W. Europe Standard Time": "Europe/Malta"}


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(*, uid, start, end, summary, organizer, attendees, dtstamp, tzid="Europe/Malta", method="REQUEST",
        prodid="-//Google Inc//Google Calendar 70.9054//EN", seq=0, description="", location="",
        status="CONFIRMED", extra=(), cal_extra=(), created=None):
    """organizer=(cn,email); attendees=[(cn,email,role,partstat)]. tzid 'UTC' writes Z times."""
    assert any(a[1] == OWNER for a in attendees), "owner must be an ATTENDEE"
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(cal_extra)
    if tzid != "UTC":
        L += vtimezone(tzid)
    zone = ZoneInfo(WIN_TZ.get(tzid, tzid)) if tzid != "UTC" else UTC

    def dtl(name, dt):
        if tzid == "UTC":
            return f"{name}:{utcstamp(dt)}"
        return f"{name};TZID={tzid}:{dt.astimezone(zone).strftime('%Y%m%dT%H%M%S')}"

    L += ["BEGIN:VEVENT", dtl("DTSTART", start)]
    if end is not None:
        L.append(dtl("DTEND", end))
    L.append(f"DTSTAMP:{utcstamp(dtstamp)}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for cn, em, role, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{em}")
    if created:
        L.append(f"CREATED:{utcstamp(created)}")
    if description:
        L.append(f"DESCRIPTION:{ics_esc(description)}")
    L.append(f"LAST-MODIFIED:{utcstamp(dtstamp)}")
    if location:
        L.append(f"LOCATION:{ics_esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(l) + "\r\n" for l in L)


# ----------------------------------------------------------------------------------------------
# composite message builders
# ----------------------------------------------------------------------------------------------

def g_when(start, end, tzlabel):
    s = f"{start.strftime('%a')} {start.day} {start.strftime('%b %Y %H:%M')}"
    return f"{s} - {end.strftime('%H:%M')} ({tzlabel})"


def google_invite(case, fname, *, org, guests, title, start, end, tzid, tzlong, tzshort, sent, uid, seq=0,
                  description="", location="", meet=None, updated=False, reply_to=None, cc_line=None):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    zone = ZoneInfo(tzid)
    s, e = start.astimezone(zone), end.astimezone(zone)
    prefix = "Updated invitation" if updated else "Invitation"
    subj = f"{prefix}: {title} @ {g_when(s, e, tzshort)} ({OWNER})"
    when_long = f"{s.strftime('%A')} {s.day} {s.strftime('%b %Y')} \u22c5 {s.strftime('%H:%M')} \u2013 {e.strftime('%H:%M')} ({tzlong})"
    plain = []
    if updated:
        plain.append("This event has been updated\nChanged: time\n")
    plain.append(f"{title}\n{when_long}\n")
    if location:
        plain.append(f"Location\n{location}\n")
    if meet:
        plain.append(f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(MT) +356 2778 {int(hx(uid, 'ph', n=4), 16) % 9000 + 1000} PIN: {int(hx(uid, 'pin', n=8), 16) % 10**9:09d}#\n")
    plain.append("Guests\n" + "\n".join(
        f"{n} - {'organiser' if m == org[1] else ''}".rstrip(" -") + ("" if m != org[1] else "") for n, m in
        [(org[0], org[1])] + [(g[0], g[1]) for g in guests if g[1] != org[1]]) + "\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + b32(uid, "eid", n=40) + "\n")
    if description:
        plain.append(description.strip("\n") + "\n")
    plain.append("Reply for " + OWNER + "\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=RESPOND&eid=" + b32(uid, "eid", n=40) + "\n\n"
                 "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. "
                 "To stop receiving future updates for this event, decline this event.\n\n"
                 "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
                 "to the guest list, invite others regardless of their own invitation status or modify your RSVP.")
    plain_text = "\n".join(plain) + "\n"
    html_text = to_html(plain_text, font="Roboto,Helvetica,Arial,sans-serif")
    atts = [(org[0], org[1], "REQ-PARTICIPANT", "ACCEPTED")] + \
           [(g[0], g[1], "REQ-PARTICIPANT", "NEEDS-ACTION") for g in guests if g[1] != org[1]]
    desc_ics = (description.strip("\n") + "\n\n" if description else "") + (
        f"Join with Google Meet: https://meet.google.com/{meet}\n\n" if meet else "") + \
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not edit this section."
    cal = ics(uid=uid, start=start, end=end, summary=title, organizer=org, attendees=atts, dtstamp=sent,
              tzid=tzid, seq=seq, description=desc_ics, location=location, created=sent - timedelta(minutes=7))
    cal_cte = "7bit" if is_ascii(cal) else "base64"
    inner = mp("alternative", [leaf("text/plain", plain_text, "quoted-printable"),
                               leaf("text/html", html_text, "quoted-printable"),
                               leaf("text/calendar", cal, cal_cte, charset="UTF-8", params="; method=REQUEST")],
               boundary(case, fname, "alt"))
    entity = mp("mixed", [inner, attach("application/ics", "invite.ics", cal.encode("utf-8"))],
                boundary(case, fname, "mixed"))
    to = ", ".join(A(n, m) for n, m, *_ in guests)
    eml(case, fname, frm=A(org[0], org[1]), sender=A("Google Calendar", "calendar-notification@google.com"),
        reply_to=reply_to or A(org[0], org[1]), to=to, cc=cc_line, subject=subj, date=sent, mid=msgid("gcal", case, fname),
        entity=entity, return_path="3" + hx(case, fname, "rp", n=20) + "@calendar-server.bounces.google.com",
        recv_host="mail-sor-f73.google.com")
    return cal


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_footer(seed):
    k = hx("teams", seed, n=40)
    return TEAMS_FOOTER.format(mt=b32(seed, "mt", n=32), tid=f"{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}",
                               mid=f"{int(k[:6], 16) % 900 + 100} {int(k[6:12], 16) % 900 + 100} {int(k[12:18], 16) % 900 + 100} {int(k[18:22], 16) % 900 + 100}",
                               pc=b32(seed, "pc", n=6).upper())


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx("ouid", seed, n=16).upper() + "0000000000000000100000000" + hx("ouid2", seed, n=32).upper()


def teams_invite(case, fname, *, org, required, title, start, end, label, sent, uid, seq=0, body="", location="Microsoft Teams Meeting",
                 cancel=False, extra_hdrs=()):
    """Exchange/Teams invite or cancellation: multipart/alternative(plain QP, html QP, calendar base64)."""
    zone = ZoneInfo("Europe/Malta")
    s, e = start.astimezone(zone), end.astimezone(zone)
    when = f"When: {s.strftime('%A')}, {s.strftime('%B')} {s.day}, {s.year} {s.strftime('%I:%M %p').lstrip('0')}-{e.strftime('%I:%M %p').lstrip('0')} {label}."
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n"
    if not cancel:
        text += teams_footer(uid)
    atts = [(n, m, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, m in required]
    cdo = ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hx(uid, 'oa', n=7), 16) - 2**27),
           "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
           "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location]
    cal = ics(uid=uid, start=start, end=end, summary=("Canceled: " if cancel else "") + title, organizer=org, attendees=atts,
              dtstamp=sent, tzid="W. Europe Standard Time", method="CANCEL" if cancel else "REQUEST",
              prodid="Microsoft Exchange Server 2010", seq=seq, description=text, location=location,
              status="CANCELLED" if cancel else "CONFIRMED", extra=cdo + (["PRIORITY:1"] if cancel else ["PRIORITY:5"]))
    entity = mp("alternative", [leaf("text/plain", text, "quoted-printable"),
                                leaf("text/html", to_html(text, font="Aptos,Calibri,sans-serif"), "quoted-printable"),
                                leaf("text/calendar", cal, "base64", charset="utf-8", params="; method=" + ("CANCEL" if cancel else "REQUEST"))],
                "_000_" + hx(case, fname, "ob", n=24).upper() + "prodoutlookcom_")
    eml(case, fname, frm=A(org[0], org[1]), to=", ".join(A(n, m) for n, m in required if m != org[1]),
        subject=("Canceled: " if cancel else "") + title, date=sent, mid=msgid("outlook", case, fname), entity=entity,
        extra=[f"Thread-Topic: {H(title)}", "Thread-Index: " + base64.b64encode(bytes.fromhex(hx(case, 'ti', n=44))).decode(),
               "Accept-Language: en-GB, mt-MT", "Content-Language: en-GB", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "Content-class: urn:content-classes:calendarmessage", "x-ms-publictraffictype: Email"] + list(extra_hdrs),
        recv_host="EUR05-DB8-obe.outbound.protection.outlook.com")
    return cal


def ats_mail(case, fname, *, frm, reply_to, subject, sent, text, vendor_domain, cal=None, cal_name="invite.ics", cc=None,
             html_text=None, cte="quoted-printable", to=None):
    parts = [alt(text, (case, fname), html_text=html_text, cte_plain=cte, cte_html=cte)]
    if cal:
        parts.append(attach("text/calendar", cal_name, cal.encode("utf-8"), params='; method=REQUEST; charset="UTF-8"'))
        entity = mp("mixed", parts, boundary(case, fname, "mixed"))
    else:
        entity = parts[0]
    eml(case, fname, frm=frm, reply_to=reply_to, to=to or A(OWNER_NAME, OWNER), cc=cc, subject=subject, date=sent,
        mid=msgid(vendor_domain, case, fname), entity=entity, recv_host=f"o{int(hx(case, fname, 'o', n=3), 16)}.{vendor_domain}")


def human_mail(case, fname, *, frm, to, subject, sent, text, kind="gmail", cc=None, irt=None, refs=None, reply_to=None,
               html=True, cte="quoted-printable", mid=None):
    if html:
        entity = alt(text, (case, fname), cte_plain=cte, cte_html=cte)
    else:
        entity = leaf("text/plain", text, cte)
    m = mid or msgid(kind, case, fname)
    host = {"gmail": "mail-wr1-f41.google.com", "outlook": "EUR02-AM0-obe.outbound.protection.outlook.com"}.get(kind, f"mx1.{kind}")
    eml(case, fname, frm=frm, to=to, cc=cc, subject=subject, date=sent, mid=m, entity=entity, irt=irt, refs=refs,
        reply_to=reply_to, recv_host=host)
    return m


LUKE = A(OWNER_NAME, OWNER)
SIG_LUKE = "Luke Camilleri\nSliema, Malta\n+356 7941 2386"


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


# ==============================================================================================
# CASES
# ==============================================================================================

def case01():
    c = "b296-01-agency-client-in-body-thursday"
    reb = A("Rebecca Zammit", "rebecca.zammit@grandharbourtalent.example")
    d1 = MT("2026-10-05 09:12:40", "Mon", "+02:00")
    subj = "Compliance Manager \u2013 St Julian's operator"
    t1 = """Bongu Luke,

Hope you had a good weekend!

Quick update on the Compliance Manager role I mentioned on the phone. I can now tell you who the client is: it's Blue Grotto Gaming, the B2C operator on the St Julian's seafront (casino and sportsbook into regulated EU markets). Please keep that between us for now, they're not advertising the role.

They liked your CV a lot, especially the player-risk work you've been doing. Claire Grech, their Head of Compliance, would like to meet you for a first intervista nhar il-Ħamis fl-10:00 at their office. Face to face, roughly an hour.

Can you make that? If not, send me two or three alternatives and I'll go back to them.

Grazzi,
Rebecca

Rebecca Zammit
Senior Consultant \u2013 Risk & Compliance
Grand Harbour Talent | Xatt Business Centre, Gżira
M: +356 9924 1180
"""
    m1 = human_mail(c, "01-rebecca-client-wants-to-meet.eml", frm=reb, to=LUKE, subject=subj, sent=d1, text=t1, kind="outlook")
    d2 = MT("2026-10-05 12:47:03", "Mon", "+02:00")
    t2 = """Hi Rebecca,

Grazzi, that's great news. Thursday at 10 is fine for me, I'll take the morning off.

Could you send me the address and anything worth reading beforehand?

Luke

""" + quote_block(t1, "Rebecca Zammit <rebecca.zammit@grandharbourtalent.example>", "Mon, 5 Oct 2026 at 09:12")
    m2 = human_mail(c, "02-luke-thursday-works.eml", frm=LUKE, to=reb, subject="Re: " + subj, sent=d2, text=t2, irt=m1, refs=[m1])
    d3 = MT("2026-10-06 08:55:18", "Tue", "+02:00")
    t3 = """Hi Luke,

All confirmed with Claire for Thursday at 10 as discussed.

They're on level 4 of the Seabank building in Triq San Ġorġ, St Julian's. Ask for Claire at reception and they'll give you a visitor pass. Their MLRO, Owen Pisani, usually joins for the second half.

Worth a skim: their last annual report and the latest Player Protection Directive. Claire will almost certainly ask how you'd handle affordability checks on high-value players.

Call me once you're out! Saħħa,
Rebecca

Rebecca Zammit
Senior Consultant \u2013 Risk & Compliance
Grand Harbour Talent
"""
    human_mail(c, "03-rebecca-confirmed.eml", frm=reb, to=LUKE, subject="RE: " + subj, sent=d3, text=t3, kind="outlook",
               irt=m2, refs=[m1, m2])
    label(c, interviews=[iv("Blue Grotto Gaming", "Compliance Manager", MT("2026-10-08 10:00", "Thu", "+02:00"),
                            MT("2026-10-08 11:00", "Thu", "+02:00"), "scheduled", [],
                            ["rebecca.zammit@grandharbourtalent.example"], "hiring_manager")],
          difficulty="hard", category="positive/agency-client-in-body",
          notes="All mail comes from the agency domain; the client (Blue Grotto Gaming) is named only in the first body. "
                "Time is 'nhar il-Ħamis fl-10:00' (Maltese: on Thursday at 10:00) resolved against Mon 5 Oct -> Thu 8 Oct, "
                "CEST. Interviewers have no e-mail in the case, so follow-up goes to the agency consultant.")


def case02():
    c = "b296-02-agency-screen-calendly-kalkara"
    dan = A("Daniel Farrugia", "daniel.farrugia@mdinasearch.example")
    d1 = MT("2026-10-12 10:31:22", "Mon", "+02:00")
    t1 = """Hi Luke,

Daniel here from Mdina Search Partners. We've been retained by Kalkara Pay, a payment institution licensed by the MFSA, to find an AML Compliance Manager reporting into their MLRO. It's a new role after they picked up two large merchant-acquiring clients, and the package is in the €55-62k range plus bonus.

Your background in iGaming AML looks like a good fit for their merchant risk side. If you're open to a chat, grab 30 minutes in my diary whenever suits:
https://calendly.com/daniel-mdinasearch/screening-call

It'll just be me on the call, I'll tell you more about the team and the hiring process and get a feel for what you're after.

Best,
Daniel

Daniel Farrugia | Principal Consultant, Financial Services
Mdina Search Partners | Triq Villegaignon, Mdina
"""
    m1 = human_mail(c, "01-daniel-kalkara-pay-role.eml", frm=dan, to=LUKE, subject="AML Compliance Manager \u2013 Kalkara Pay (payment institution)",
                    sent=d1, text=t1, kind="gmail")
    d2 = T("2026-10-12 12:05:51", "UTC", "Mon", "+00:00")
    st, en = MT("2026-10-16 12:00", "Fri", "+02:00"), MT("2026-10-16 12:30", "Fri", "+02:00")
    uid = hx(c, "calendly-uid", n=32) + "@calendly.com"
    cal = ics(uid=uid, start=st, end=en, tzid="UTC", prodid="-//Calendly//Calendly//EN", dtstamp=d2,
              summary="Screening call (Kalkara Pay \u2013 AML Compliance Manager) between Daniel Farrugia and Luke Camilleri",
              organizer=("Daniel Farrugia", "daniel.farrugia@mdinasearch.example"),
              attendees=[("Daniel Farrugia", "daniel.farrugia@mdinasearch.example", "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
              description="Event Name: Screening call (Kalkara Pay \u2013 AML Compliance Manager)\n\nLocation: Daniel will call you on +356 7941 2386\n\n"
                          "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + hx(c, "cx", n=36) +
                          "\nReschedule: https://calendly.com/reschedulings/" + hx(c, "rs", n=36) + "\n\nPowered by Calendly.com",
              location="+356 7941 2386")
    t2 = f"""Hi Luke Camilleri,

A new event has been scheduled.

Event Type:
Screening call (Kalkara Pay \u2013 AML Compliance Manager)

Invitee:
Luke Camilleri

Invitee Email:
{OWNER}

Event Date/Time:
12:00pm - 12:30pm (Central European Time), Friday, October 16, 2026

Location:
Daniel will call you on +356 7941 2386

Questions:
Anything you'd like Daniel to know beforehand?
Currently Compliance Officer at a B2C operator, 3 months' notice.

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Cancel: https://calendly.com/cancellations/{hx(c, "cx", n=36)}
Reschedule: https://calendly.com/reschedulings/{hx(c, "rs", n=36)}

Sent from Calendly
"""
    ats_mail(c, "02-calendly-confirmed.eml", frm=A("Calendly", "notifications@calendly.com"), reply_to=dan,
             subject="Confirmed: Screening call (Kalkara Pay \u2013 AML Compliance Manager) with Daniel Farrugia on Friday, October 16, 2026",
             sent=d2, text=t2, vendor_domain="calendly.com", cal=cal)
    label(c, interviews=[iv("Kalkara Pay", "AML Compliance Manager", st, en, "scheduled",
                            ["daniel.farrugia@mdinasearch.example"], ["daniel.farrugia@mdinasearch.example"], "phone_screen")],
          difficulty="medium", category="positive/agency-screen-calendly",
          notes="Agency consultant's own screening call for a named client (company labelled as the client, Kalkara Pay). "
                "First mail is only a Calendly link (unbooked); the booking confirmation says '(Central European Time)' "
                "although 16 Oct is CEST (+02:00); the .ics is in UTC (10:00Z). The consultant conducts the call.")


def case03():
    c = "b296-03-mlro-google-invite-floriana"
    org = ("Stefania Borg", "stefania.borg@argottipay.example")
    sent = MT("2026-10-09 15:22:10", "Fri", "+02:00")
    st, en = MT("2026-10-15 11:00", "Thu", "+02:00"), MT("2026-10-15 11:45", "Thu", "+02:00")
    google_invite(c, "01-invitation-mlro-interview.eml", org=org, guests=[("Luke Camilleri", OWNER)],
                  title="Interview \u2013 Compliance Officer (AML/CFT) \u2013 Luke Camilleri / Stefania Borg",
                  start=st, end=en, tzid="Europe/Malta", tzlong="Central European Time - Malta", tzshort="CEST", sent=sent,
                  uid=b32(c, "uid", n=26) + "@google.com",
                  location="Argotti Payments Ltd, Level 3, Sarria Court, Triq Sarria, Floriana FRN 1460",
                  description="Hi Luke,\n\nAs promised on the phone, here is the invite for your interview for the Compliance Officer (AML/CFT) role. "
                              "I'm the MLRO here, so expect questions on transaction monitoring alerts, how you'd draft an STR for the FIAU and "
                              "your experience with the Implementing Procedures.\n\nPlease bring your ID card for reception.\n\nStefania Borg\n"
                              "Money Laundering Reporting Officer, Argotti Payments Ltd")
    label(c, interviews=[iv("Argotti Payments", "Compliance Officer (AML/CFT)", st, en, "scheduled",
                            ["stefania.borg@argottipay.example"], ["stefania.borg@argottipay.example"], "hiring_manager")],
          difficulty="easy", category="positive/google-invite",
          notes="Google Calendar invitation from the payment institution's MLRO, who is the interviewer. CEST (+02:00).")


def case04():
    c = "b296-04-teams-panel-hoc-ceo-luzzu"
    maria = ("Maria Attard", "maria.attard@luzzugaming.example")
    josef = ("Josef Mifsud", "josef.mifsud@luzzugaming.example")
    karl = ("Karl Bonello", "karl.bonello@luzzugaming.example")
    d1 = MT("2026-10-27 11:40:05", "Tue", "+01:00")
    t1 = """Hi Luke,

Thanks for coming in last week to meet Pierre, our MLRO \u2013 he was very positive.

The next (and final) stage for the Senior Compliance Officer position is a panel with Josef Mifsud, our Head of Compliance, and Karl Bonello, our CEO. It's a one-hour conversation; Karl will want to talk about how compliance supports our entry into new markets and Josef will go deeper on licence conditions and reporting to the MGA.

I'm sending a Teams invite for Wednesday 4 November at 15:00. Josef and Karl will be in the boardroom in St Julian's; you can join them there or dial in, whichever you prefer \u2013 just let me know so I can sort out parking.

Kind regards,
Maria

Maria Attard
Talent Acquisition Partner | Luzzu Gaming Ltd
Triq Santu Wistin, St Julian's
"""
    human_mail(c, "01-maria-panel-next-step.eml", frm=A(*maria), to=LUKE, subject="Senior Compliance Officer \u2013 final stage panel",
               sent=d1, text=t1, kind="outlook")
    d2 = MT("2026-10-27 11:52:31", "Tue", "+01:00")
    st, en = MT("2026-11-04 15:00", "Wed", "+01:00"), MT("2026-11-04 16:00", "Wed", "+01:00")
    teams_invite(c, "02-teams-invite-panel.eml", org=maria, required=[("Luke Camilleri", OWNER), josef, karl],
                 title="Panel interview: Luke Camilleri \u2013 Senior Compliance Officer",
                 start=st, end=en, label="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", sent=d2,
                 uid=outlook_uid(c),
                 body="Hi Luke,\n\nPanel interview with Josef Mifsud (Head of Compliance) and Karl Bonello (CEO). "
                      "I'm only organising and won't be joining.\n\nIf you'd rather come to the office, the boardroom is on level 2.\n\nMaria")
    label(c, interviews=[iv("Luzzu Gaming", "Senior Compliance Officer", st, en, "scheduled",
                            [josef[1], karl[1]], [josef[1], karl[1]], "onsite")],
          difficulty="medium", category="positive/exchange-teams-panel",
          notes="Panel with Head of Compliance and CEO sent as a Teams invite (TZID 'W. Europe Standard Time', label '(UTC+01:00)'); "
                "4 Nov is after the 25 Oct change so +01:00. Coordinator organises only. The earlier MLRO meeting has no time and is not labelled.")


def case05():
    c = "b296-05-greenhouse-reschedule-across-oct25-gibraltar"
    gemma = A("Gemma Sacarello", "gemma.sacarello@rockbay.example")
    nathan = ("Nathan Olivero", "nathan.olivero@rockbay.example")
    gz = "Europe/Gibraltar"
    uid = "greenhouse-" + hx(c, "gh", n=24) + "@greenhouse.io"
    st0, en0 = T("2026-10-22 16:00", gz, "Thu", "+02:00"), T("2026-10-22 17:00", gz, "Thu", "+02:00")
    st1, en1 = T("2026-10-27 16:00", gz, "Tue", "+01:00"), T("2026-10-27 17:00", gz, "Tue", "+01:00")
    zoom = f"https://rockbay.zoom.us/j/{int(hx(c, 'z', n=10), 16) % 10**11:011d}"

    def gh_cal(st, en, seq, stamp):
        return ics(uid=uid, start=st, end=en, tzid=gz, prodid="-//Greenhouse//Greenhouse Calendar//EN", seq=seq, dtstamp=stamp,
                   summary="Interview: Regulatory Compliance Manager at Rock Bay Interactive",
                   organizer=("Gemma Sacarello", "gemma.sacarello@rockbay.example"),
                   attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   description=f"Video interview with Nathan Olivero (Compliance Director).\nZoom: {zoom}", location=zoom)
    d1 = T("2026-10-15 08:02:44", "UTC", "Thu", "+00:00")
    t1 = f"""Hi Luke,

Thanks for confirming your availability. Your interview for the Regulatory Compliance Manager role at Rock Bay Interactive is booked:

Thursday, October 22, 2026
4:00 PM - 5:00 PM CEST (Europe/Gibraltar)

Interviewer: Nathan Olivero, Compliance Director
Format: video call on Zoom \u2013 {zoom}

Nathan will want to discuss your experience with Gibraltar and Malta licence conditions, and how you've worked with group MLROs across jurisdictions.

A calendar file is attached. If anything changes, just reply to this e-mail.

Best regards,
Gemma Sacarello
Talent Acquisition, Rock Bay Interactive Ltd
Europort, Gibraltar
"""
    ats_mail(c, "01-greenhouse-interview-confirmation.eml", frm=A("Gemma Sacarello", "no-reply@us.greenhouse-mail.io"), reply_to=gemma,
             subject="Interview Confirmation: Regulatory Compliance Manager at Rock Bay Interactive", sent=d1, text=t1,
             vendor_domain="us.greenhouse-mail.io", cal=gh_cal(st0, en0, 0, d1), cal_name="interview.ics")
    d2 = T("2026-10-19 09:18:27", gz, "Mon", "+02:00")
    t2 = """Hi Luke,

Apologies for the change. Nathan has been called to London for a meeting with one of our B2B partners on Thursday, so we need to move your interview.

Could you do Tuesday 27 October at the same time, 16:00? The clocks go back on the Sunday in between, in Gibraltar and in Malta alike, so it will still be 16:00 for both of us.

Once you confirm I'll send an updated invitation. I've copied Nathan in.

Many thanks,
Gemma
"""
    m2 = human_mail(c, "02-gemma-can-we-move.eml", frm=gemma, to=LUKE, cc=A(*nathan), subject="Your interview on Thursday \u2013 Rock Bay Interactive",
                    sent=d2, text=t2, kind="outlook")
    d3 = MT("2026-10-19 10:02:09", "Mon", "+02:00")
    t3 = "Hi Gemma,\n\nNo problem at all, Tuesday 27th at 16:00 works for me.\n\nBest,\nLuke\n\n" + quote_block(t2, "Gemma Sacarello <gemma.sacarello@rockbay.example>", "Mon, 19 Oct 2026 at 09:18")
    human_mail(c, "03-luke-tuesday-ok.eml", frm=LUKE, to=gemma, cc=A(*nathan), subject="Re: Your interview on Thursday \u2013 Rock Bay Interactive",
               sent=d3, text=t3, irt=m2, refs=[m2])
    d4 = T("2026-10-19 08:41:15", "UTC", "Mon", "+00:00")
    t4 = f"""Hi Luke,

Your interview for the Regulatory Compliance Manager role at Rock Bay Interactive has been rescheduled.

New time:
Tuesday, October 27, 2026
4:00 PM - 5:00 PM CET (Europe/Gibraltar)

Interviewer: Nathan Olivero, Compliance Director
Format: video call on Zoom \u2013 {zoom}

An updated calendar file is attached and replaces the previous one.

Best regards,
Gemma Sacarello
Talent Acquisition, Rock Bay Interactive Ltd
"""
    ats_mail(c, "04-greenhouse-interview-rescheduled.eml", frm=A("Gemma Sacarello", "no-reply@us.greenhouse-mail.io"), reply_to=gemma,
             subject="Interview Rescheduled: Regulatory Compliance Manager at Rock Bay Interactive", sent=d4, text=t4,
             vendor_domain="us.greenhouse-mail.io", cal=gh_cal(st1, en1, 1, d4), cal_name="interview.ics")
    label(c, interviews=[iv("Rock Bay Interactive", "Regulatory Compliance Manager", st1, en1, "scheduled",
                            [nathan[1]], [nathan[1]], "hiring_manager")],
          difficulty="hard", category="positive/reschedule-dst",
          notes="Greenhouse confirmation (same UID) for Thu 22 Oct 16:00 CEST (+02:00, Europe/Gibraltar) moved by e-mail and an "
                "updated .ics (SEQUENCE 1) to Tue 27 Oct 16:00 CET (+01:00): same wall time across the 25 Oct change. "
                "The interviewer is Cc'd on the reschedule mail, so his address is known.")


def case06():
    c = "b296-06-workable-case-study-live-msida"
    kri = A("Kristina Azzopardi", "kristina.azzopardi@hollisward.example")
    nadia = ("Nadia Spiteri", "nadia.spiteri@hollisward.example")
    d1 = T("2026-11-02 09:05:12", "UTC", "Mon", "+00:00")
    t1 = """Dear Luke,

Thank you for your time with our team so far. As the next step for the Assistant Manager, Regulatory Compliance (Gaming) role, we would like you to prepare a short case study.

The case pack (linked below) describes a fictitious B2C operator preparing for a compliance audit, with a number of findings from its last internal review. We would like you to prioritise the findings and propose a remediation plan.

- Please send your slides (maximum 8) to me by Monday 9 November at 12:00 Malta time.
- You will then present your findings live to Nadia Spiteri, Director \u2013 Regulatory & Compliance, the following afternoon, followed by Q&A. I will confirm the exact time separately.

Case pack: https://apply.workable.com/hollis-ward-malta/j/""" + hx(c, "job", n=10).upper() + """/case-pack

Kind regards,
Kristina Azzopardi
Recruitment Team, Hollis Ward Malta
"""
    ats_mail(c, "01-workable-case-study-brief.eml", frm=A("Hollis Ward Malta", "noreply@candidates.workablemail.com"), reply_to=kri,
             subject="Case study \u2013 Assistant Manager, Regulatory Compliance (Gaming)", sent=d1, text=t1,
             vendor_domain="candidates.workablemail.com")
    d2 = T("2026-11-04 13:40:27", "UTC", "Wed", "+00:00")
    st, en = MT("2026-11-10 14:00", "Tue", "+01:00"), MT("2026-11-10 15:30", "Tue", "+01:00")
    loc = "Hollis Ward Malta, Level 5, Regional Business Centre, Triq l-Università, Msida MSD 1751"
    cal = ics(uid=hx(c, "wk", n=32) + "@workable.com", start=st, end=en, tzid="Europe/Malta", prodid="-//Workable//Workable Calendar//EN",
              dtstamp=d2, summary="Case study presentation: Luke Camilleri \u2013 Assistant Manager, Regulatory Compliance (Gaming)",
              organizer=("Kristina Azzopardi", "kristina.azzopardi@hollisward.example"),
              attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         (nadia[0], nadia[1], "REQ-PARTICIPANT", "ACCEPTED")],
              description="Live presentation of your case study (around 30 minutes) followed by Q&A with Nadia Spiteri.",
              location=loc)
    t2 = f"""Hi Luke,

Your interview has been scheduled.

Job: Assistant Manager, Regulatory Compliance (Gaming)
Type: Case study presentation
Date: Tuesday, November 10, 2026
Time: 14:00 - 15:30 (Europe/Malta)
Location: {loc}
Interviewer: Nadia Spiteri

Please arrive ten minutes early and bring a laptop with HDMI or USB-C output; a screen will be available in the meeting room.

Kristina Azzopardi
Hollis Ward Malta

This email was sent via Workable on behalf of Hollis Ward Malta.
"""
    ats_mail(c, "02-workable-interview-scheduled.eml", frm=A("Hollis Ward Malta", "noreply@candidates.workablemail.com"), reply_to=kri,
             subject="Interview scheduled: Assistant Manager, Regulatory Compliance (Gaming) \u2013 Hollis Ward Malta", sent=d2, text=t2,
             vendor_domain="candidates.workablemail.com", cal=cal)
    label(c, interviews=[iv("Hollis Ward Malta", "Assistant Manager, Regulatory Compliance (Gaming)", st, en, "scheduled",
                            [nadia[1]], [nadia[1]], "technical")],
          difficulty="medium", category="positive/case-study-presented-live",
          notes="Big Four-style firm in Msida via Workable. The slides deadline (Mon 9 Nov 12:00) is not an interview; the live "
                "presentation on Tue 10 Nov 14:00-15:30 CET is. Coordinator is not an interviewer.")


def case07():
    c = "b296-07-coffee-portomaso-ghada-body-only"
    rob = A("Roberta Cassar", "roberta.cassar@spinolabay.example")
    ryan = A("Ryan Bugeja", "ryan.bugeja@spinolabay.example")
    d1 = MT("2026-10-19 17:05:33", "Mon", "+02:00")
    t1 = """Bongu Luke,

Ryan tells me your call with him on Friday went really well. Before we put you in front of the board, the next step in our process for the Compliance Officer role is a coffee with me. It's informal, no slides, but I do want to hear how you'd tackle our KYC backlog.

Would għada fl-10:00 work? Our office is on level 11 of Portomaso Business Tower; tell reception you're there for me, I'll come down and we can walk over to the café by the marina.

Roberta

Roberta Cassar
Chief Operating Officer
Spinola Bay Games Ltd | Portomaso Business Tower, St Julian's
"""
    m1 = human_mail(c, "01-roberta-kafe-ghada.eml", frm=rob, to=LUKE, cc=ryan, subject="Kafè għada?", sent=d1, text=t1, kind="gmail")
    d2 = MT("2026-10-19 18:31:48", "Mon", "+02:00")
    t2 = "Bongu Roberta,\n\nGrazzi, tomorrow at 10 is perfect. See you at Portomaso.\n\nLuke\n\n" + quote_block(t1, "Roberta Cassar <roberta.cassar@spinolabay.example>", "Mon, 19 Oct 2026 at 17:05")
    human_mail(c, "02-luke-see-you-tomorrow.eml", frm=LUKE, to=rob, cc=ryan, subject="Re: Kafè għada?", sent=d2, text=t2,
               irt=m1, refs=[m1], html=False, cte="8bit")
    label(c, interviews=[iv("Spinola Bay Games", "Compliance Officer", MT("2026-10-20 10:00", "Tue", "+02:00"), None, "scheduled",
                            ["roberta.cassar@spinolabay.example"], ["roberta.cassar@spinolabay.example"], "other")],
          difficulty="hard", category="positive/coffee-chat-relative-date",
          notes="Coffee with the COO at Portomaso, stated as the next step of the process. 'għada fl-10:00' (tomorrow at 10:00) "
                "resolved against Mon 19 Oct -> Tue 20 Oct, CEST. No duration -> end null. Ryan (Cc) is not an interviewer here.")


def case08():
    c = "b296-08-teamtailor-london-gmt-after-oct25"
    han = A("Hannah Price", "hannah.price@thamesidegaming.example")
    lon = "Europe/London"
    d1 = T("2026-10-22 10:14:09", lon, "Thu", "+01:00")
    t1 = """Hi Luke,

Thanks for applying for the Compliance Manager (Malta licence) role. We run our MGA-licensed brands from London with a small team in Malta, and your experience looks spot on.

I'd love to start with a 30-minute intro call on Zoom. You'll get a Teamtailor link to choose a slot; the times are shown in UK time, which is an hour behind you in Malta.

Speak soon,
Hannah

Hannah Price
Senior Talent Partner | Thameside Gaming
Southwark, London SE1
"""
    human_mail(c, "01-hannah-intro-call.eml", frm=han, to=LUKE, subject="Compliance Manager (Malta licence) \u2013 intro call", sent=d1, text=t1, kind="outlook")
    d2 = T("2026-10-22 15:47:30", "UTC", "Thu", "+00:00")
    st, en = T("2026-10-29 14:00", lon, "Thu", "+00:00"), T("2026-10-29 14:30", lon, "Thu", "+00:00")
    zoom = f"https://thamesidegaming.zoom.us/j/{int(hx(c, 'z', n=10), 16) % 10**11:011d}"
    cal = ics(uid=hx(c, "tt", n=32) + "@teamtailor.com", start=st, end=en, tzid=lon, prodid="-//Teamtailor//Interview//EN",
              dtstamp=d2, summary="Intro call: Compliance Manager (Malta licence) \u2013 Thameside Gaming",
              organizer=("Hannah Price", "hannah.price@thamesidegaming.example"),
              attendees=[("Hannah Price", "hannah.price@thamesidegaming.example", "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
              description=f"Intro call with Hannah Price.\nJoin Zoom: {zoom}", location=zoom)
    t2 = f"""Hi Luke,

You're booked in! Here are the details of your interview with Thameside Gaming.

Intro call \u2013 Compliance Manager (Malta licence)
Thursday 29 October 2026, 14:00 \u2013 14:30 (Europe/London)
With: Hannah Price
Where: Zoom \u2013 {zoom}

We've attached a calendar file so you can add it to your calendar.

Need to change the time? Reschedule here: https://thamesidegaming.teamtailor.com/meetings/{hx(c, 'mt', n=20)}

Best regards,
Thameside Gaming
"""
    ats_mail(c, "02-teamtailor-interview-booked.eml", frm=A("Thameside Gaming", "no-reply@teamtailor-mail.com"), reply_to=han,
             subject="Your interview with Thameside Gaming is booked", sent=d2, text=t2, vendor_domain="teamtailor-mail.com", cal=cal)
    label(c, interviews=[iv("Thameside Gaming", "Compliance Manager (Malta licence)", st, en, "scheduled",
                            ["hannah.price@thamesidegaming.example"], ["hannah.price@thamesidegaming.example"], "phone_screen")],
          difficulty="hard", category="positive/london-dst",
          notes="London operator via Teamtailor. Booked on 22 Oct (BST, +01:00) for Thu 29 Oct 14:00 Europe/London, which is GMT "
                "(+00:00) after the 25 Oct change = 15:00 in Malta (CET). Talent partner conducts the call.")


def case09():
    c = "b296-09-recruitee-two-rounds-ta-xbiex"
    yl = A("Ylenia Caruana", "ylenia.caruana@marinapoint.example")
    dani = ("Daniela Galea", "daniela.galea@marinapoint.example")
    simon = ("Simon Debono", "simon.debono@marinapoint.example")
    frm = A("Marina Point Interactive", "notifications@mail.recruitee.com")
    role = "Compliance Officer \u2013 Payments & AML"
    d1 = T("2026-10-07 08:30:02", "UTC", "Wed", "+00:00")
    r1s, r1e = MT("2026-10-13 09:30", "Tue", "+02:00"), MT("2026-10-13 10:15", "Tue", "+02:00")
    t1 = f"""Hi Luke,

Thank you for applying for the {role} position at Marina Point Interactive.

We would like to invite you to a first interview with Daniela Galea, our Compliance Manager ({dani[1]}).

Date: Tuesday 13 October 2026
Time: 09:30 \u2013 10:15 (CEST, Malta)
Where: Microsoft Teams (the link is in the calendar file you can download from your candidate page)

If the time doesn't suit, reply to this e-mail and we'll find another slot.

Kind regards,
Ylenia Caruana
People Team, Marina Point Interactive
Ix-Xatt ta' Ta' Xbiex
"""
    ats_mail(c, "01-recruitee-first-interview.eml", frm=frm, reply_to=yl, subject=f"Interview invitation \u2013 {role}", sent=d1, text=t1,
             vendor_domain="mail.recruitee.com", cte="base64")
    add(c, "02-first-interview.ics", ics(
        uid="recruitee-" + hx(c, "r1", n=24) + "@recruitee.com", start=r1s, end=r1e, tzid="Europe/Malta", method="PUBLISH",
        prodid="-//Recruitee//Interview Scheduler//EN", dtstamp=d1, summary=f"Interview: {role} (Marina Point Interactive)",
        organizer=("Ylenia Caruana", "ylenia.caruana@marinapoint.example"),
        attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (dani[0], dani[1], "REQ-PARTICIPANT", "ACCEPTED")],
        description="First interview with Daniela Galea.\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + b32(c, "tm", n=30) + "%40thread.v2/0",
        location="Microsoft Teams"))
    d3 = MT("2026-10-16 14:22:41", "Fri", "+02:00")
    t3 = """Hi Luke,

Daniela really enjoyed Tuesday's conversation and we'd like to move you to the second and final round, with Simon Debono, our Chief Risk Officer.

Simon is travelling until the end of the month, so the first time he can do is Thursday 5 November in the afternoon. I'll send the official invitation through our system as soon as his diary is confirmed.

Have a good weekend,
Ylenia
"""
    human_mail(c, "03-ylenia-second-round-coming.eml", frm=yl, to=LUKE, subject="Next steps \u2013 " + role, sent=d3, text=t3, kind="gmail")
    d4 = T("2026-10-29 09:00:48", "UTC", "Thu", "+00:00")
    r2s, r2e = MT("2026-11-05 14:00", "Thu", "+01:00"), MT("2026-11-05 15:00", "Thu", "+01:00")
    loc = "Marina Point Interactive, Marina Point House, Ix-Xatt ta' Ta' Xbiex XBX 1027"
    cal2 = ics(uid="recruitee-" + hx(c, "r2", n=24) + "@recruitee.com", start=r2s, end=r2e, tzid="Europe/Malta",
               prodid="-//Recruitee//Interview Scheduler//EN", dtstamp=d4, summary=f"Final interview: {role} (Marina Point Interactive)",
               organizer=("Ylenia Caruana", "ylenia.caruana@marinapoint.example"),
               attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (simon[0], simon[1], "REQ-PARTICIPANT", "ACCEPTED")],
               description="Final interview with Simon Debono (Chief Risk Officer), in person.", location=loc)
    t4 = f"""Hi Luke,

Good news: your final interview for the {role} position is confirmed.

Date: Thursday 5 November 2026
Time: 14:00 \u2013 15:00 (CET, Malta)
Where: {loc}
Interviewer: Simon Debono, Chief Risk Officer ({simon[1]})

The calendar invitation is attached. Please bring an ID document.

Kind regards,
Ylenia Caruana
People Team, Marina Point Interactive
"""
    ats_mail(c, "04-recruitee-final-interview.eml", frm=frm, reply_to=yl, subject=f"Final interview invitation \u2013 {role}", sent=d4, text=t4,
             vendor_domain="mail.recruitee.com", cal=cal2)
    label(c, interviews=[
        iv("Marina Point Interactive", "Compliance Officer - Payments & AML", r1s, r1e, "scheduled", [dani[1]], [dani[1]], "hiring_manager"),
        iv("Marina Point Interactive", "Compliance Officer - Payments & AML", r2s, r2e, "scheduled", [simon[1]], [simon[1]], "other")],
        difficulty="medium", category="positive/two-interviews",
        notes="Two rounds at a Ta' Xbiex operator via Recruitee: 13 Oct 09:30 CEST (mail + standalone .ics) and 5 Nov 14:00 CET "
              "(mail with .ics). The 16 Oct mail only announces the second round without a time.")


def case10():
    c = "b296-10-onsite-loop-three-invites-fortizza"
    el = ("Elaine Zerafa", "elaine.zerafa@fortizza.example")
    mat = ("Matthew Grima", "matthew.grima@fortizza.example")
    sar = ("Sarah Fenech", "sarah.fenech@fortizza.example")
    adr = ("Adrian Saliba", "adrian.saliba@fortizza.example")
    role = "Compliance Lead \u2013 Player Protection"
    d1 = MT("2026-11-03 16:10:14", "Tue", "+01:00")
    t1 = f"""Hi Luke,

Here is your itinerary for the final stage of the {role} process on Thursday 12 November at our office (Fortizza House, Triq Abate Rigord, Ta' Xbiex).

09:30 \u2013 10:15  Matthew Grima, Head of Compliance
10:15 \u2013 11:00  Sarah Fenech, MLRO
11:00 \u2013 11:15  short break
11:15 \u2013 12:00  Adrian Saliba, Chief Operating Officer

I'll send each slot as a separate calendar invite so the right people are on each one. Please come to reception on the ground floor at 09:20; I'll meet you there.

Best,
Elaine

Elaine Zerafa
Recruitment Coordinator | Fortizza Entertainment plc
"""
    human_mail(c, "01-elaine-itinerary.eml", frm=A(*el), to=LUKE, subject=f"Your final-stage interviews \u2013 {role}", sent=d1, text=t1, kind="gmail")
    loc = "Fortizza House, Triq Abate Rigord, Ta' Xbiex XBX 1120"
    slots = [("02-invitation-matthew.eml", mat, "09:30", "10:15", "Head of Compliance", 16, 0),
             ("03-invitation-sarah.eml", sar, "10:15", "11:00", "MLRO", 17, 5),
             ("04-invitation-adrian.eml", adr, "11:15", "12:00", "Chief Operating Officer", 18, 41)]
    for fname, who, a, b, title, mm, ss in slots:
        google_invite(c, fname, org=el, guests=[("Luke Camilleri", OWNER), who],
                      title=f"Final stage: Luke Camilleri / {who[0]} ({title})",
                      start=MT(f"2026-11-12 {a}", "Thu", "+01:00"), end=MT(f"2026-11-12 {b}", "Thu", "+01:00"),
                      tzid="Europe/Malta", tzlong="Central European Time - Malta", tzshort="CET",
                      sent=MT(f"2026-11-03 16:{mm:02d}:{ss:02d}", "Tue", "+01:00"), uid=b32(c, fname, n=26) + "@google.com",
                      location=loc, description=f"{role} \u2013 final stage, session with {who[0]}, {title}.")
    label(c, interviews=[iv("Fortizza Entertainment", role.replace("\u2013", "-"), MT("2026-11-12 09:30", "Thu", "+01:00"),
                            MT("2026-11-12 12:00", "Thu", "+01:00"), "scheduled", [mat[1], sar[1], adr[1]],
                            [mat[1], sar[1], adr[1]], "onsite")],
          difficulty="medium", category="positive/onsite-loop-several-invites",
          notes="Itinerary mail plus three Google invites for back-to-back sessions on Thu 12 Nov (CET) = one onsite 09:30-12:00 "
                "with all three interviewers. Coordinator is organiser only.")


def case11():
    c = "b296-11-teams-cancel-vfa-role-on-hold"
    liam = ("Liam Sultana", "liam.sultana@mnarjafintech.example")
    uid = outlook_uid(c)
    st, en = MT("2026-10-28 10:00", "Wed", "+01:00"), MT("2026-10-28 10:45", "Wed", "+01:00")
    lab = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    title = "Interview \u2013 Compliance Officer (VFA) \u2013 Luke Camilleri"
    teams_invite(c, "01-teams-invite-interview.eml", org=liam, required=[("Luke Camilleri", OWNER), liam], title=title,
                 start=st, end=en, label=lab, sent=MT("2026-10-23 14:30:55", "Fri", "+02:00"), uid=uid, seq=0,
                 body="Hi Luke,\n\nAs agreed with Jessica in HR, here's the invite for our interview for the Compliance Officer (VFA) role. "
                      "We'll cover the VFA Act, how you'd approach Travel Rule implementation and your MiCA readiness experience.\n\n"
                      "Liam Sultana\nHead of Compliance, Mnarja Fintech Ltd")
    teams_invite(c, "02-teams-canceled.eml", org=liam, required=[("Luke Camilleri", OWNER), liam], title=title,
                 start=st, end=en, label=lab, sent=MT("2026-10-26 09:05:20", "Mon", "+01:00"), uid=uid, seq=1, cancel=True,
                 body="Hi Luke,\n\nI'm sorry to do this at short notice. Following a board decision on Friday, hiring for this role is on hold "
                      "until Q1, so I have to cancel Wednesday's interview. Jessica will be in touch if it reopens.\n\nApologies again,\nLiam")
    label(c, interviews=[iv("Mnarja Fintech", "Compliance Officer (VFA)", st, en, "cancelled", [liam[1]], [liam[1]], "hiring_manager")],
          difficulty="medium", category="positive/cancellation-exchange",
          notes="Teams invite sent Fri 23 Oct (CEST) for Wed 28 Oct 10:00 (CET, +01:00, 'W. Europe Standard Time'), then METHOD:CANCEL "
                "with STATUS:CANCELLED, same UID, SEQUENCE 1. Kept as cancelled.")


def case12():
    c = "b296-12-italian-mail-and-gcal-json"
    marco = A("Marco Ricci", "marco.ricci@giocoazzurro.example")
    d1 = MT("2026-10-28 10:12:37", "Wed", "+01:00")
    t1 = """Ciao Luke,

grazie per la chiacchierata di ieri con Giulia. Come d'accordo, ti mando l'invito per il colloquio di lunedì 2 novembre alle 11:30 (ora di Malta, che è la stessa di Roma).

Parleremo del ruolo di Compliance Specialist per il mercato italiano: concessione ADM, antiriciclaggio e gioco responsabile. Dura circa 45 minuti, su Google Meet. Se preferisci possiamo farlo in inglese, nessun problema.

A presto,
Marco

Marco Ricci
Responsabile Compliance \u2013 Gioco Azzurro Malta Ltd
Triq Ross, St Julian's
"""
    human_mail(c, "01-marco-colloquio-lunedi.eml", frm=marco, to=LUKE, subject="Colloquio \u2013 Compliance Specialist (mercato italiano)",
               sent=d1, text=t1, kind="gmail")
    st, en = T("2026-11-02 11:30", "Europe/Rome", "Mon", "+01:00"), T("2026-11-02 12:15", "Europe/Rome", "Mon", "+01:00")
    eid = b32(c, "ev", n=26)
    meet = "vqe-" + b32(c, "m1", n=4) + "-" + b32(c, "m2", n=3)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(c, 'etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-28T09:09:41.000Z",
        "updated": "2026-10-28T09:10:02.114Z",
        "summary": "Colloquio \u2013 Compliance Specialist (mercato italiano) \u2013 Luke Camilleri",
        "description": "Colloquio con Marco Ricci (Responsabile Compliance). Circa 45 minuti.",
        "creator": {"email": "marco.ricci@giocoazzurro.example", "displayName": "Marco Ricci"},
        "organizer": {"email": "marco.ricci@giocoazzurro.example", "displayName": "Marco Ricci"},
        "start": {"dateTime": iso(st), "timeZone": "Europe/Rome"},
        "end": {"dateTime": iso(en), "timeZone": "Europe/Rome"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "marco.ricci@giocoazzurro.example", "displayName": "Marco Ricci", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": "Luke Camilleri", "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(c, "02-colloquio-gioco-azzurro.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, interviews=[iv("Gioco Azzurro Malta", "Compliance Specialist (Italian market)", st, en, "scheduled",
                            ["marco.ricci@giocoazzurro.example"], ["marco.ricci@giocoazzurro.example"], "hiring_manager")],
          difficulty="medium", category="positive/italian-gcal-json",
          notes="Italian-language mail ('colloquio di lunedì 2 novembre alle 11:30') plus a Calendar API event in Europe/Rome "
                "(+01:00 after 25 Oct, same as Malta). One interview. Giulia (HR) has no address and only had an earlier chat.")


def case13():
    c = "b296-13-relay-propose-then-confirm-naxxar"
    gorg = A("Ġorġ Pace", "gorg.pace@salinafintech.example")
    d1 = T("2026-10-19 09:03:26", "UTC", "Mon", "+00:00")
    t1 = """Hi Luke,

Salina Fintech Ltd has sent you a message about your application for Compliance Officer (ref. KML-48213).

----------------------------------------
Dear Luke,

Thanks for applying. I head up compliance at Salina Fintech and would like to meet you for a first interview, about 45 minutes at our office in Naxxar.

Could you do Wednesday 21 October at 16:00, or Friday 23 October at 9:30? Please reply to me directly at gorg.pace@salinafintech.example, as replies through this site don't always reach us.

Ġorġ Pace
Head of Compliance
----------------------------------------

To reply through KeepMeListed, log in to your account. Please do not reply to this e-mail.

KeepMeListed \u2013 Malta's jobs board
"""
    ats_mail(c, "01-keepmelisted-message-from-employer.eml", frm=A("KeepMeListed", "messages@keepmelisted.example"),
             reply_to=A("KeepMeListed", "no-reply@keepmelisted.example"),
             subject="New message from Salina Fintech Ltd about your application", sent=d1, text=t1, vendor_domain="keepmelisted.example")
    d2 = MT("2026-10-19 13:40:02", "Mon", "+02:00")
    subj = "Compliance Officer \u2013 first interview"
    t2 = f"""Dear Ġorġ,

Thank you for getting in touch through KeepMeListed. Friday 23 October at 9:30 would suit me best.

Looking forward to meeting you.

Kind regards,
{SIG_LUKE}
"""
    m2 = human_mail(c, "02-luke-friday-suits.eml", frm=LUKE, to=gorg, subject=subj, sent=d2, text=t2)
    d3 = MT("2026-10-20 08:26:50", "Tue", "+02:00")
    t3 = """Hi Luke,

Friday it is, see you at 9:30. We're on level 1 of the Mercury Business Centre in Triq San Pawl, Naxxar; there's parking at the back.

Ġorġ

""" + quote_block(t2, "Luke Camilleri <luke.camilleri@example.com>", "Mon, 19 Oct 2026 at 13:40")
    human_mail(c, "03-gorg-friday-it-is.eml", frm=gorg, to=LUKE, subject="Re: " + subj, sent=d3, text=t3, kind="outlook", irt=m2, refs=[m2])
    st, en = MT("2026-10-23 09:30", "Fri", "+02:00"), MT("2026-10-23 10:15", "Fri", "+02:00")
    MT("2026-10-21 16:00", "Wed", "+02:00")  # the rejected alternative slot (check weekday only)
    label(c, interviews=[iv("Salina Fintech", "Compliance Officer", st, en, "scheduled",
                            ["gorg.pace@salinafintech.example"], ["gorg.pace@salinafintech.example"], "hiring_manager")],
          difficulty="hard", category="positive/thread-propose-confirm",
          notes="Job-board relay carries two proposed slots; the candidate picks Fri 23 Oct 09:30 and the Head of Compliance confirms "
                "('Friday it is'). Wed 21 Oct 16:00 is not booked. '45 minutes' from the first message gives the end. CEST.")


# ---------------------------------------------------------------- negatives

def case14():
    c = "b296-14-neg-mga-training-course"
    d1 = MT("2026-10-26 11:00:19", "Mon", "+01:00")
    st, en = MT("2026-11-17 09:00", "Tue", "+01:00"), MT("2026-11-17 12:30", "Tue", "+01:00")
    t1 = """Dear Luke Camilleri,

Thank you for registering for the following course:

Compliance Function Refresher \u2013 Module 3: Player Protection and Responsible Gaming
Tuesday 17 November 2026, 09:00 \u2013 12:30
Training Room 2, SmartCity Malta, Kalkara

The session is delivered by the Authority's supervisory staff and ends with a short multiple-choice assessment. Attendance counts towards the continuing professional development expected of approved key function holders.

Please bring photo ID. A calendar file is attached for your convenience.

MGA Academy
"""
    cal = ics(uid="mga-academy-" + hx(c, "u", n=20) + "@mga.example", start=st, end=en, tzid="Europe/Malta",
              prodid="-//MGA Academy//Course Booking//EN", dtstamp=d1,
              summary="MGA Academy: Compliance Function Refresher \u2013 Module 3 (Player Protection)",
              organizer=("MGA Academy", "academy@mga.example"),
              attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
              description="Classroom course with end-of-module assessment. Bring photo ID.",
              location="Training Room 2, SmartCity Malta, Kalkara")
    ats_mail(c, "01-mga-academy-registration.eml", frm=A("MGA Academy", "academy@mga.example"), reply_to=None,
             subject="Registration confirmed \u2013 Compliance Function Refresher, Module 3", sent=d1, text=t1, vendor_domain="mga.example")
    add(c, "02-mga-module3.ics", cal)
    label(c, interviews=[], difficulty="medium", category="negative/regulator-training",
          notes="Regulator training course with an assessment and a calendar file (e-mail + standalone .ics); not a job interview.")


def case15():
    c = "b296-15-neg-jobsplus-style-registration-intervista"
    d1 = MT("2026-10-15 14:10:44", "Thu", "+02:00")
    st, en = MT("2026-10-22 08:30", "Thu", "+02:00"), MT("2026-10-22 09:00", "Thu", "+02:00")
    t1 = """Għażiż Luke Camilleri,

Il-intervista ta' reġistrazzjoni tiegħek mal-Employment Advisor hija nhar il-Ħamis 22 ta' Ottubru 2026 fit-08:30, fiċ-Ċentru tax-Xogħol tal-Ħamrun.

Dear Luke Camilleri,

Your registration interview with an Employment Advisor is on Thursday 22 October 2026 at 08:30 at the Ħamrun Job Centre.

During this appointment your advisor will go through your work history and agree a personal action plan with you. Please bring your ID card, an up-to-date CV and any certificates.

If you cannot attend, please reschedule through the online portal at least 24 hours beforehand. Failure to attend may result in your registration being suspended.

Xogħol Plus \u2013 Public Employment Service
This is an automated message. Please do not reply.
"""
    cal = ics(uid="xp-appt-" + hx(c, "u", n=16) + "@xogholplus.example", start=st, end=en, tzid="Europe/Malta",
              prodid="-//Xogħol Plus//Appointments//MT", dtstamp=d1,
              summary="Intervista ta' reġistrazzjoni / Registration interview \u2013 Employment Advisor",
              organizer=("Xogħol Plus", "appointments@xogholplus.example"),
              attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              location="Ħamrun Job Centre", description="Bring your ID card, CV and certificates.")
    ats_mail(c, "01-xoghol-plus-appointment.eml", frm=A("Xogħol Plus", "appointments@xogholplus.example"), reply_to=None,
             subject="Appuntament: Intervista ta' reġistrazzjoni / Registration interview \u2013 22.10.2026", sent=d1, text=t1,
             vendor_domain="xogholplus.example", cal=cal, cal_name="appuntament.ics", cte="base64")
    label(c, interviews=[], difficulty="hard", category="negative/government-appointment",
          notes="Jobsplus-style public employment service 'intervista ta' reġistrazzjoni' with an .ics: a government registration "
                "appointment, not a job interview.")


def case16():
    c = "b296-16-neg-agency-catch-up-no-role"
    jake = ("Jake Borg", "jake.borg@lampukarecruit.example")
    d1 = MT("2026-10-27 09:40:51", "Tue", "+01:00")
    t1 = """Hi Luke,

Long time! Hope all's good at your end.

No specific role to pitch you right now, I promise. I'd just like to catch up, hear what you'd be looking for in 2027 and share what I'm seeing across the St Julian's operators (bonus season is going to be interesting).

Coffee on me? I've put Friday morning in the calendar, happy to move it.

Jake

Jake Borg
Associate Director | Lampuka Recruitment
"""
    human_mail(c, "01-jake-catch-up.eml", frm=A(*jake), to=LUKE, subject="Coffee catch-up?", sent=d1, text=t1, kind="gmail")
    google_invite(c, "02-invitation-coffee-catch-up.eml", org=jake, guests=[("Luke Camilleri", OWNER)],
                  title="Coffee catch-up: Luke / Jake (Lampuka Recruitment)",
                  start=MT("2026-10-30 08:30", "Fri", "+01:00"), end=MT("2026-10-30 09:15", "Fri", "+01:00"),
                  tzid="Europe/Malta", tzlong="Central European Time - Malta", tzshort="CET",
                  sent=MT("2026-10-27 09:44:12", "Tue", "+01:00"), uid=b32(c, "uid", n=26) + "@google.com",
                  location="Tigné Point, Sliema", description="General catch-up, market chat.")
    label(c, interviews=[], difficulty="hard", category="negative/agency-catch-up",
          notes="Agency recruiter's generic catch-up with a real calendar invite, explicitly with no role; not an interview.")


def case17():
    c = "b296-17-neg-aml-webinar-zoom"
    d1 = T("2026-11-06 14:31:09", "UTC", "Fri", "+00:00")
    st, en = MT("2026-11-19 16:00", "Thu", "+01:00"), MT("2026-11-19 17:15", "Thu", "+01:00")
    wid = f"{int(hx(c, 'w', n=10), 16) % 10**11:011d}"
    t1 = f"""Hi Luke,

Thank you for registering for "AML in iGaming: source of wealth, red flags and what examiners look for".

Date Time: Nov 19, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

The programme includes a short presentation, an interview-style fireside chat with the MLRO of a Tier-1 operator, and audience Q&A.

Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/{wid}?tk={b32(c, 'tk', n=30)}
Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}
Passcode: {int(hx(c, 'pc', n=6), 16) % 10**6:06d}

Add to calendar: the attached .ics file

You can cancel your registration at any time.

Malta Compliance Forum
"""
    cal = ics(uid="ZOOM" + wid + "-" + hx(c, "z", n=8) + "@zoom.us", start=st, end=en, tzid="UTC", method="REQUEST",
              prodid="-//zoom.us//iCalendar Event//EN", dtstamp=d1,
              summary="AML in iGaming: source of wealth, red flags and what examiners look for",
              organizer=("Malta Compliance Forum", "no-reply@zoom.us"),
              attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
              description=f"Webinar. Join: https://us06web.zoom.us/w/{wid}", location=f"https://us06web.zoom.us/w/{wid}")
    ats_mail(c, "01-zoom-webinar-registration.eml", frm=A("Malta Compliance Forum", "no-reply@zoom.us"),
             reply_to=A("Malta Compliance Forum", "events@maltacomplianceforum.example"),
             subject="Malta Compliance Forum: AML in iGaming Confirmation", sent=d1, text=t1, vendor_domain="zoom.us", cal=cal)
    label(c, interviews=[], difficulty="medium", category="negative/webinar",
          notes="Zoom webinar registration with .ics (UTC); mentions an 'interview-style fireside chat' with an MLRO. Not a job interview.")


def case18():
    c = "b296-18-neg-greenhouse-rejection"
    d1 = T("2026-11-09 10:15:00", "UTC", "Mon", "+00:00")
    t1 = """Dear Luke,

Thank you for taking the time to interview with Ella and Mark last Thursday for the Senior AML Analyst position, and for your interest in Dragonara Digital.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the team at this time. This was a close decision and we genuinely appreciated the depth of your answers on source-of-funds reviews.

We will keep your details on file and may reach out should a suitable opportunity come up. We wish you every success in your search.

Grazzi,
Nicole Vella
Talent Acquisition, Dragonara Digital
"""
    ats_mail(c, "01-greenhouse-application-update.eml", frm=A("Dragonara Digital", "no-reply@us.greenhouse-mail.io"),
             reply_to=A("Nicole Vella", "nicole.vella@dragonaradigital.example"),
             subject="Your application to Dragonara Digital", sent=d1, text=t1, vendor_domain="us.greenhouse-mail.io")
    label(c, interviews=[], difficulty="easy", category="negative/rejection",
          notes="Rejection after an interview that happened 'last Thursday'; no interview to report.")


def case19():
    c = "b296-19-neg-offer-tigne-payments"
    jo = A("Joanne Axisa", "joanne.axisa@tignepay.example")
    d1 = MT("2026-11-16 17:22:38", "Mon", "+01:00")
    t1 = """Dear Luke,

Following your interviews with Mark and myself, I am delighted to offer you the position of Compliance Officer at Tigné Payments Ltd.

The main terms are:
- Annual gross salary of €52,000, plus a performance bonus of up to 10%
- Start date: Monday 4 January 2027 (or earlier by agreement)
- Place of work: our office in Sliema, with two days a week from home
- Probation: six months

The full contract will reach you through DocuSign this evening. Please sign it by Friday 20 November at 17:00.

If you'd like to talk anything through, I'm free tomorrow after 4pm, just call me on +356 2133 4567.

We're really looking forward to having you on board. Prosit!

Joanne Axisa
Head of People, Tigné Payments Ltd
"""
    human_mail(c, "01-joanne-offer.eml", frm=jo, to=LUKE, subject="Offer of employment \u2013 Compliance Officer", sent=d1, text=t1, kind="outlook")
    label(c, interviews=[], difficulty="medium", category="negative/offer",
          notes="Offer letter with a signing deadline and an optional phone call ('free tomorrow after 4pm'); not an interview.")


def case20():
    c = "b296-20-neg-background-screening-id-call"
    d1 = T("2026-11-02 10:01:33", "UTC", "Mon", "+00:00")
    st, en = MT("2026-11-05 10:30", "Thu", "+01:00"), MT("2026-11-05 10:45", "Thu", "+01:00")
    t1 = """Dear Luke,

Kalkara Pay Ltd has asked VeriMalta to carry out pre-employment screening as part of your conditional offer.

What we need from you:
1. Complete the online form (employment history, addresses, education) by Wednesday 11 November.
2. Consent to a police conduct certificate check and a sanctions/PEP search.
3. Join a short identity verification call on Thursday 5 November 2026 at 10:30 CET (15 minutes). Please have your ID card or passport to hand. Our screening officer will only check your documents; they are not part of the hiring decision.

Portal: https://portal.verimalta.example/candidate/""" + hx(c, "p", n=16) + """

Kind regards,
VeriMalta Screening Team
"""
    cal = ics(uid="verimalta-" + hx(c, "u", n=20) + "@verimalta.example", start=st, end=en, tzid="Europe/Malta",
              prodid="-//VeriMalta//Screening//EN", dtstamp=d1, summary="Identity verification call \u2013 VeriMalta (for Kalkara Pay Ltd)",
              organizer=("VeriMalta Screening", "noreply@verimalta.example"),
              attendees=[("Luke Camilleri", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="ID document check for pre-employment screening.", location="Video call (link in portal)")
    ats_mail(c, "01-verimalta-screening.eml", frm=A("VeriMalta Screening", "noreply@verimalta.example"), reply_to=None,
             subject="Action required: background screening for Kalkara Pay Ltd", sent=d1, text=t1, vendor_domain="verimalta.example", cal=cal)
    label(c, interviews=[], difficulty="hard", category="negative/background-screening",
          notes="Background screening after an offer, with a booked ID verification video call (.ics); not an interview.")


def case21():
    c = "b296-21-neg-one-way-video-gibraltar"
    d1 = T("2026-10-28 12:00:05", "UTC", "Wed", "+00:00")
    T("2026-11-01 23:59", "Europe/Gibraltar", "Sun", "+01:00")
    t1 = """Hi Luke,

As part of your application for AML Analyst (Gibraltar/Malta hybrid), Europa Point Gaming invites you to complete a video interview.

How it works:
- You'll answer 5 questions on camera, with 30 seconds to prepare and up to 2 minutes to answer each one.
- There is no live interviewer; the hiring team will review your recording.
- It takes about 20 minutes. Find a quiet spot with good light.

Deadline: Sunday 1 November 2026, 23:59 (Gibraltar time)

Start your video interview: https://app.clipcruit.example/i/""" + b32(c, "i", n=20) + """

Good luck!
The Europa Point Gaming Talent Team
Powered by Clipcruit
"""
    ats_mail(c, "01-clipcruit-video-interview.eml", frm=A("Europa Point Gaming via Clipcruit", "noreply@clipcruit.example"),
             reply_to=None, subject="Europa Point Gaming: your video interview for AML Analyst", sent=d1, text=t1,
             vendor_domain="clipcruit.example")
    label(c, interviews=[], difficulty="medium", category="negative/one-way-video",
          notes="One-way recorded video interview with a deadline; no live conversation.")


def case22():
    c = "b296-22-neg-recruiter-scam-telegram"
    d1 = T("2026-11-10 03:14:27", "Asia/Singapore", "Tue", "+08:00")
    t1 = """Dear Luke Camilleri,

Congratulations! Your CV was shortlisted from KeepMeListed for the position of Remote Compliance Officer at Fortuna Global Gaming (salary €6,800/month, fully remote, flexible hours).

Your online interview will be held tomorrow at 3:00 PM Malta time via Telegram text chat with our Hiring Manager Mr. Alex Wong (@fortunaHR_alexwong). No camera is needed.

IMPORTANT: before the interview, all candidates must purchase the compliance software licence (€280) from our approved vendor. The amount is fully refunded with your first salary. Payment details will be shared in Telegram.

Kindly confirm your attendance by replying "YES".

Regards,
HR Department
Fortuna Global Gaming
"""
    human_mail(c, "01-fortuna-interview-invitation.eml", frm=A("Fortuna Global Gaming HR", "hr.fortunaglobal@fortuna-global-careers.example"),
               to=LUKE, subject="Interview Invitation \u2013 Remote Compliance Officer (\u20ac6,800/month)", sent=d1, text=t1,
               kind="fortuna-global-careers.example", html=False, cte="quoted-printable")
    label(c, interviews=[], difficulty="medium", category="negative/scam",
          notes="Recruiter scam: Telegram 'interview' tomorrow at 15:00 that requires paying for a licence first.")


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
       case14, case15, case16, case17, case18, case19, case20, case21, case22]

TZ_POINTS = """- 01: 'nhar il-Ħamis fl-10:00' in a mail dated Mon 5 Oct (CEST) -> Thu 8 Oct 10:00 +02:00.
- 02: Calendly text says '(Central European Time)' for Fri 16 Oct, which is CEST (+02:00); the .ics is in UTC (10:00Z).
- 04: Teams invite, TZID 'W. Europe Standard Time', label '(UTC+01:00) Amsterdam, Berlin, ...'; Wed 4 Nov is CET (+01:00).
- 05: Greenhouse .ics in Europe/Gibraltar: Thu 22 Oct 16:00 +02:00 moved to Tue 27 Oct 16:00 +01:00 (same wall time across 25 Oct).
- 07: 'għada fl-10:00' in a mail dated Mon 19 Oct -> Tue 20 Oct 10:00 +02:00.
- 08: London: recruiter mail dated 22 Oct in BST (+01:00); Teamtailor booking for Thu 29 Oct 14:00 Europe/London = GMT (+00:00) = 15:00 in Malta.
- 09: Round 1 Tue 13 Oct 09:30 CEST (+02:00); round 2 Thu 5 Nov 14:00 CET (+01:00); vendor Date headers in UTC.
- 10: Three invites on Thu 12 Nov, CET (+01:00).
- 11: Invite sent Fri 23 Oct (Date +0200) for Wed 28 Oct 10:00 (+01:00); cancellation sent Mon 26 Oct (Date +0100).
- 12: Calendar API event in Europe/Rome, Mon 2 Nov 11:30 +01:00 (same offset as Malta).
- 13: Relay mail dated in UTC; interview Fri 23 Oct 09:30 CEST (+02:00), two days before the change.
- 15, 16, 17, 20 (negatives): dates on either side of 25 Oct; 17's .ics is in UTC; 21's deadline is in Gibraltar time (CET); 22 is dated +0800."""


def write_readme(labels):
    n = len(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind296: Malta iGaming and fintech compliance hiring (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a compliance officer living in Sliema (Europe/Malta: CEST until 25 Oct 2026, then CET).",
        "",
        "This set was written blind: only the eval README and a few dev files were read to check formats; no tool code, tests or other sets.",
        "",
        "Regenerate with `python make_cases.py` (deterministic; rewrites every b296-* folder, labels.yaml and this README).",
        "",
        "## What it stresses",
        "- Maltese and Italian phrasing for times ('nhar il-Ħamis fl-10:00', 'għada fl-10:00', 'lunedì 2 novembre alle 11:30').",
        "- Agency mail where the client company appears only in the body and all mail comes from the agency domain.",
        "- The 25 Oct 2026 EU/UK change: reschedule across it, London GMT vs Malta CET, vendor dates in UTC, Windows TZIDs.",
        "- Multi-channel dedupe (mail + invite, mail + standalone .ics, mail + Calendar API event), a three-invite onsite loop,",
        "  a two-round case, a Teams cancellation, a propose-then-confirm thread through a job-board relay.",
        "- Hard negatives that look like interviews: regulator training with .ics, a public-employment-service 'intervista ta'",
        "  reġistrazzjoni', an agency catch-up with an invite but no role, an AML webinar with an 'interview-style' chat, a rejection,",
        "  an offer, background screening with a booked ID call, a one-way video interview and a Telegram recruiter scam.",
        "",
        "## Counts",
        f"- Cases: {n}; positives: {pos}; negatives: {n - pos}.",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}.",
        "",
        "## Formats used",
        "- Plain human threads (Gmail-style and Outlook-style, In-Reply-To/References), text/plain + HTML, quoted-printable, base64, 8bit.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics).",
        "- Exchange/Teams invites and a METHOD:CANCEL (TZID 'W. Europe Standard Time', X-MICROSOFT-CDO-*, '(UTC+01:00)' label).",
        "- ATS/vendor mails with .ics attachments: Greenhouse, Workable, Teamtailor, Recruitee, Calendly, Zoom; a job-board relay;",
        "  a public-employment-service notice; a one-way video vendor; a screening provider.",
        "- Standalone .ics files (cases 09, 14) and one Google Calendar API `.gcal.json` event (case 12).",
        "",
        "## Time-zone and DST points",
        TZ_POINTS,
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for p in sorted(OUT.glob("b296-*")):
        if p.is_dir():
            shutil.rmtree(p)
    for f in ALL:
        f()
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    for i, case in enumerate(sorted(CASES), 1):
        assert case.startswith(f"b296-{i:02d}-"), case
        d = OUT / case
        d.mkdir()
        names = [n for n, _ in CASES[case]]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for n, data in CASES[case]:
            assert n[:2].isdigit() and n.endswith((".eml", ".ics", ".gcal.json")), n
            (d / n).write_bytes(data)
    labels = {k: LABELS[k] for k in sorted(LABELS)}
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    (OUT / "labels.yaml").write_text("# Labels for blind296 (written blind). Schema: /work/shared/eval/README.md\n" + text, encoding="utf-8")
    write_readme(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    print(f"wrote {len(labels)} cases ({pos} positive) to {OUT}")


if __name__ == "__main__":
    main()
