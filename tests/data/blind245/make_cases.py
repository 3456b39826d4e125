#!/usr/bin/env python3
"""Regenerate the blind245 evaluation set (written blind; see README.md).

Standard library + PyYAML + zoneinfo only.  Deterministic: fixed dates, Message-IDs,
UIDs and MIME boundaries derived from fixed seeds, so every run writes the same bytes.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "eilidh.cameron@example.com"
OWNER_NAME = "Eilidh Cameron"
OWNER_MOBILE = "07700 900418"

WIN_TZ = "GMT Standard Time"
WIN_TZ_LABEL = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


# --------------------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------------------
def t(y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware Europe/London datetime; wd asserts the weekday named in the text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=LON)
    # round-trip check: wall time must exist (no gap/fold surprises)
    assert x.astimezone(UTC).astimezone(LON).replace(tzinfo=None) == x.replace(tzinfo=None), x
    if wd is not None:
        assert x.strftime("%A") == wd, (x, x.strftime("%A"), wd)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def zulu(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def tzabbr(x):
    return x.tzname()  # GMT / BST


def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def when_line(s, e):
    """Outlook (en-GB) 'When:' line: Windows display label always says UTC+00:00."""
    return f"{s:%A}, {s.day:02d} {s:%B %Y} {s:%H:%M}-{e:%H:%M} {WIN_TZ_LABEL}."


def ampm(x):
    hr = x.hour % 12 or 12
    suf = "am" if x.hour < 12 else "pm"
    return f"{hr}{suf}" if x.minute == 0 else f"{hr}:{x.minute:02d}{suf}"


# --------------------------------------------------------------------------------------
# MIME helpers (hand-built so boundaries and ordering are fixed)
# --------------------------------------------------------------------------------------
def enc_h(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=998).encode()


def addr(name, email):
    return formataddr((name, email)) if name else email


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def render_headers(hs):
    return "".join(f"{k}: {v}\n" for k, v in hs)


def leaf(ctype, text, cte, disp=None, extra=()):
    raw = text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = text if text.endswith("\n") else text + "\n"
    hs = [("Content-Type", ctype)]
    if disp:
        hs.append(("Content-Disposition", disp))
    hs += list(extra)
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    return (hs, body)


def multi(sub, boundary, parts, extra=()):
    hs = [("Content-Type", f'multipart/{sub}; boundary="{boundary}"')] + list(extra)
    out = ""
    for ph, pb in parts:
        out += f"--{boundary}\n" + render_headers(ph) + "\n" + pb
        if not pb.endswith("\n"):
            out += "\n"
        out += "\n"
    out += f"--{boundary}--\n"
    return (hs, out)


def message(headers, root):
    rh, rb = root
    return render_headers(list(headers) + [("MIME-Version", "1.0")] + rh) + "\n" + rb


def received(frm_host, ip, date):
    rcv = date + timedelta(seconds=2)
    return ("Received", f"from {frm_host} ({frm_host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id "
            f"{h('rcv' + frm_host + str(date), 12).upper()}\n\tfor <{OWNER}>; {rfc(rcv)} ({tzabbr(rcv)})")


def para_html(text):
    out = []
    for p in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# ---- Gmail-style bodies with quoting -------------------------------------------------
def gmail_body(text, quote=None):
    """Return (plain, html). quote = (attribution_line, (plain, html)) of the quoted mail."""
    plain = text.rstrip("\n") + "\n"
    body_html = '<div dir="ltr">' + para_html(text.rstrip("\n")) + "</div>"
    if quote:
        attr, (qp_, qh) = quote
        plain += "\n" + attr + "\n" + "".join(("> " + l if l else ">") + "\n" for l in qp_.rstrip("\n").split("\n"))
        body_html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + html.escape(attr, quote=False) + '<br></div><blockquote class="gmail_quote" style="margin:0px '
                      '0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qh + "</blockquote></div>")
    return plain, body_html


def outlook_body(text, quote=None):
    """Outlook reply style: header block, no '>' prefixes. quote = (from, sent, to, subject, (plain, html))."""
    plain = text.rstrip("\n") + "\n"
    body_html = para_html(text.rstrip("\n"))
    if quote:
        frm, sent, to, subj, (qp_, qh) = quote
        plain += ("\n________________________________\nFrom: " + frm + "\nSent: " + sent + "\nTo: " + to
                  + "\nSubject: " + subj + "\n\n" + qp_)
        body_html += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                      f"<b>From:</b> {html.escape(frm)}<br><b>Sent:</b> {html.escape(sent)}<br><b>To:</b> "
                      f"{html.escape(to)}<br><b>Subject:</b> {html.escape(subj)}</font><div>&nbsp;</div></div>" + qh)
    return plain, body_html


def gmail_attr(x, name, email):
    mon = x.strftime("%b")
    if mon == "Sep":
        mon = "Sept"
    return f"On {x:%a}, {x.day} {mon} {x:%Y} at {x:%H:%M}, {name} <{email}> wrote:"


def outlook_sent(x):
    return f"{x:%A}, {x.day} {x:%B %Y} {x:%H:%M}"


def wrap_html(inner, font="Calibri, Arial, Helvetica, sans-serif"):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div style="font-family:{font};font-size:11pt;color:rgb(0,0,0)">\n{inner}\n</div>\n</body>\n</html>\n')


def gmail_msg(seed, frm, to, subject, date, pair, cc=(), in_reply_to=None, refs=None, reply_to=None,
              ip="203.0.113.41", host="mail-sor-f41.google.com"):
    plain, body_html = pair
    mid = f"<CA{h(seed + 'mid', 6).upper()}+{base64.b64encode(bytes.fromhex(h(seed, 40))).decode()[:40]}@mail.gmail.com>"
    mid = mid.replace("/", "_")
    b = "000000000000" + h(seed + "b", 12)
    hs = [("Delivered-To", OWNER), received(host, ip, date), ("Return-Path", f"<{frm[1]}>")]
    hs += [("Date", rfc(date)), ("Message-ID", mid)]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", refs or in_reply_to))
    hs += [("Subject", enc_h(subject)), ("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        hs.append(("Cc", addrs(cc)))
    if reply_to:
        hs.append(("Reply-To", addr(*reply_to)))
    root = multi("alternative", b, [
        leaf('text/plain; charset="UTF-8"', plain, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', body_html + "\n", "quoted-printable"),
    ])
    return message(hs, root), mid


def outlook_ids(seed):
    srv = "DB9PR0" + str(int(h(seed, 2), 16) % 8 + 1) + "MB" + str(1000 + int(h(seed + "s", 4), 16) % 9000)
    mid = f"<{srv}{h(seed + 'm', 24).upper()}@{srv}.eurprd0{int(h(seed, 2), 16) % 6 + 1}.prod.outlook.com>"
    tix = base64.b64encode(bytes.fromhex(h(seed + "ti", 44))).decode()
    b = f"_000_{srv}{h(seed + 'b', 16).upper()}prod_"
    return srv, mid, tix, b


def outlook_msg(seed, frm, to, subject, date, pair, cc=(), in_reply_to=None, refs=None,
                attachments=(), topic=None, ip="203.0.113.77"):
    plain, body_html = pair
    srv, mid, tix, b = outlook_ids(seed)
    host = f"mail-{srv.lower()}.outbound.protection.outlook.com"
    hs = [("Delivered-To", OWNER), received(host, ip, date), ("Return-Path", f"<{frm[1]}>"),
          ("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        hs.append(("Cc", addrs(cc)))
    hs += [("Subject", enc_h(subject)), ("Thread-Topic", enc_h(topic or subject)), ("Thread-Index", tix),
           ("Date", rfc(date)), ("Message-ID", mid)]
    if in_reply_to:
        hs += [("References", refs or in_reply_to), ("In-Reply-To", in_reply_to)]
    hs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    alt = multi("alternative", b if not attachments else b.replace("_000_", "_001_"), [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', wrap_html(body_html), "quoted-printable"),
    ])
    if attachments:
        root = multi("mixed", b.replace("_000_", "_002_"), [alt] + list(attachments))
    else:
        root = alt
    return message(hs, root), mid


# --------------------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------------------
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
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
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ_GMT = [
    "BEGIN:VTIMEZONE", f"TZID:{WIN_TZ}",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def exch_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + h(seed + "uid", 16).upper() + "000000000000000010000000" + h(seed + "u2", 32).upper()


def teams_block(seed, organiser_note=True):
    mid = h(seed + "teams", 36)
    mtg_id = " ".join(str(int(h(seed + "mid", 12), 16))[i:i + 3] for i in range(0, 12, 3))
    pc = base64.b32encode(bytes.fromhex(h(seed + "pc", 10))).decode()[:6].capitalize()
    conf = str(int(h(seed + "conf", 8), 16))[:9]
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{h(seed + 'tid', 8)}%22%7d"
    lines = [
        "_" * 80,
        "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>",
        f"Join the meeting now<{url}>",
        f"Meeting ID: {mtg_id}",
        f"Passcode: {pc}",
        "________________________________",
        "Dial in by phone",
        f"+44 20 7946 0{conf[:3]},,{conf}# United Kingdom, London",
        "Find a local number<https://dialin.teams.microsoft.com/>",
        f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#",
    ]
    if organiser_note:
        lines.append("For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>")
    lines.append("_" * 80)
    return "\n".join(lines), url


def exchange_vevent(seed, organiser, attendees, summary, s, e, description, location, seq, dtstamp,
                    status="CONFIRMED", teams_url=None, lang="en-GB"):
    L = []
    L.append(f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}")
    for (n, em, role, ps) in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={n}:mailto:{em}")
    L.append(f"DESCRIPTION;LANGUAGE={lang}:" + ics_escape(description))
    L.append(f"UID:{exch_uid(seed)}")
    L.append(f"SUMMARY;LANGUAGE={lang}:" + ics_escape(summary))
    L.append(f"DTSTART;TZID={WIN_TZ}:{local(s)}")
    L.append(f"DTEND;TZID={WIN_TZ}:{local(e)}")
    L += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zulu(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:" + ics_escape(location),
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(h(seed + 'oa', 8), 16) % 2000000000}",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]


def exchange_invite(seed, organiser, attendees, subject, s, e, body, location, date, seq=0,
                    teams=True, method="REQUEST", status="CONFIRMED", prodid="Microsoft Exchange Server 2010",
                    extra_headers=(), frm=None, ip="203.0.113.78", uid_seed=None):
    """Exchange / Outlook meeting request: multipart/alternative text/plain + text/html + text/calendar.
    uid_seed keeps UID and Teams link stable across updates of the same meeting."""
    useed = uid_seed or seed
    srv, mid, tix, b = outlook_ids(seed)
    tb, url = teams_block(useed) if teams else ("", None)
    where = "Microsoft Teams Meeting" if teams and not location else location
    text = f"When: {when_line(s, e)}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n"
    if teams:
        text += "\n" + tb + "\n"
    cal = ics(["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + VTZ_GMT
              + exchange_vevent(useed, organiser, attendees, subject, s, e, text, where, seq, date, status, url)
              + ["END:VCALENDAR"])
    host = f"mail-{srv.lower()}.outbound.protection.outlook.com"
    frm = frm or organiser
    to = [(n, em) for (n, em, role, ps) in attendees if role == "REQ-PARTICIPANT"]
    cc = [(n, em) for (n, em, role, ps) in attendees if role == "OPT-PARTICIPANT"]
    hs = [("Delivered-To", OWNER), received(host, ip, date), ("Return-Path", f"<{frm[1]}>"),
          ("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        hs.append(("Cc", addrs(cc)))
    hs += [("Subject", enc_h(subject)), ("Thread-Topic", enc_h(subject)), ("Thread-Index", tix),
           ("Date", rfc(date)), ("Message-ID", mid), ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage")] + list(extra_headers)
    root = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', wrap_html(para_html(text.rstrip("\n")), "Aptos, Calibri, sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    return message(hs, root), mid


def google_invite(seed, organiser, guests, summary, s, e, description, date, seq=0, method="REQUEST",
                  location="", meet=True, note=None, uid_seed=None, created=None):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed with invite.ics)."""
    useed = uid_seed or seed
    uid = h(useed + "guid", 26) + "@google.com"
    code = "-".join([h(useed + "m1", 3).translate(str.maketrans("0123456789", "ghijkmnpqr")),
                     h(useed + "m2", 4).translate(str.maketrans("0123456789", "stuvwxyzab")),
                     h(useed + "m3", 3).translate(str.maketrans("0123456789", "cdefghijkm"))])
    meet_url = f"https://meet.google.com/{code}"
    pin = str(int(h(useed + "pin", 10), 16))[:9]
    cancelled = method == "CANCEL"
    day = f"{s:%A} {s.day} {s:%b %Y}"
    span = f"{ampm(s)} – {ampm(e)}"
    subj_span = f"{s:%a} {s.day} {s:%b %Y} {ampm(s)} - {ampm(e)} ({tzabbr(s)})"
    prefix = "Cancelled event" if cancelled else ("Updated invitation" if seq else "Invitation")
    subject = f"{prefix}: {summary} @ {subj_span} ({OWNER})"
    lines = []
    if cancelled:
        lines += ["This event has been cancelled.", ""]
        if note:
            lines += [note, ""]
    lines += [summary, f"{day} ⋅ {span}", "United Kingdom Time", ""]
    if location:
        lines += ["Location", location, ""]
    if meet and not cancelled:
        lines += ["Join with Google Meet", meet_url, "", "Join by phone", f"(GB) +44 20 7946 0{pin[:3]}", f"PIN: {pin}", ""]
    lines += ["Organiser", organiser[0], organiser[1], ""]
    lines += ["Guests", f"{organiser[0]} - organiser", organiser[1]]
    for n, em in guests:
        if n:
            lines.append(n)
        lines.append(em)
    if description and not cancelled:
        lines += ["", description.rstrip()]
    lines += ["", "", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to "
              "the guest list, invite others regardless of their own invitation status or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + para_html(plain.rstrip("\n"))
                 + "</div></body></html>\n")
    created = created or (date - timedelta(minutes=3))
    attendee_lines = [f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={organiser[0]};X-NUM-GUESTS=0:mailto:{organiser[1]}"]
    for n, em in guests:
        ps = "NEEDS-ACTION" if em == OWNER else "ACCEPTED"
        attendee_lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or em};X-NUM-GUESTS=0:mailto:{em}")
    ev = ["BEGIN:VEVENT", f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}", f"DTSTAMP:{zulu(date)}",
          f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}", f"UID:{uid}"] + attendee_lines
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    ev += [f"CREATED:{zulu(created)}",
           "DESCRIPTION:" + ics_escape((description or "").rstrip() + ("\n\nJoin with Google Meet: " + meet_url if meet else "")),
           f"LAST-MODIFIED:{zulu(date)}", "LOCATION:" + ics_escape(location), f"SEQUENCE:{seq}",
           f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}", "SUMMARY:" + ics_escape(summary),
           "TRANSP:OPAQUE", "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", f"METHOD:{method}"] + ev + ["END:VCALENDAR"])
    b1, b2 = "000000000000" + h(seed + "b1", 12), "000000000000" + h(seed + "b2", 12)
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "7bit"),
    ])
    att = leaf('application/ics; name="invite.ics"', cal, "base64", disp='attachment; filename="invite.ics"')
    root = multi("mixed", b1, [alt, att])
    mid = f"<calendar-{h(seed + 'cmid', 8)}-{h(seed + 'c2', 4)}-{h(seed + 'c3', 4)}-{h(seed + 'c4', 4)}-{h(seed + 'c5', 12)}@google.com>"
    hs = [("Delivered-To", OWNER), received("mail-sor-f73.google.com", "209.85.220.73", date),
          ("Return-Path", f"<{h(seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
          ("Reply-To", addr(*organiser)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", mid), ("Date", rfc(date)), ("Subject", enc_h(subject)),
          ("From", addr(*organiser)), ("To", OWNER)]
    return message(hs, root), mid


def bookings_mail(seed, business, mailbox, service, s, e, staff, date, details, teams=True, method="REQUEST",
                  manage_note=""):
    """Microsoft Bookings confirmation: HTML-only body + text/calendar, from the booking mailbox."""
    srv, mid, tix, b = outlook_ids(seed)
    tb, url = teams_block(seed, organiser_note=False) if teams else ("", None)
    day = f"{s:%A}, {s.day} {s:%B %Y}"
    span = f"{s:%H:%M} - {e:%H:%M} {WIN_TZ_LABEL}"
    rows = [("Service", service), ("Date", day), ("Time", span), ("Staff", staff)]
    html_rows = "".join(f"<tr><td style=\"color:#666;padding:4px 12px 4px 0\">{html.escape(k)}</td>"
                        f"<td style=\"padding:4px 0\">{html.escape(v)}</td></tr>" for k, v in rows)
    join = (f'<p><a href="{html.escape(url)}" style="background:#5b5fc7;color:#fff;padding:8px 16px;'
            'text-decoration:none">Join your appointment</a></p>') if teams else ""
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">'
                 f"<h2 style=\"font-weight:600\">Your booking has been confirmed</h2><p>Hello {OWNER_NAME},</p>"
                 f"<p>Thank you for booking with {html.escape(business)}.</p>{para_html(details)}"
                 f"<h3>Booking details</h3><table>{html_rows}</table>{join}"
                 "<p><a href=\"https://outlook.office365.com/book/" + html.escape(mailbox) + "/\">Manage booking</a> | "
                 "<a href=\"https://outlook.office365.com/book/" + html.escape(mailbox) + "/\">Cancel booking</a></p>"
                 f"<p style=\"color:#666\">{html.escape(manage_note)}</p>"
                 "<p style=\"color:#999;font-size:12px\">Powered by Microsoft Bookings</p></body></html>\n")
    desc = (f"{service}\n{day}\n{span}\nStaff: {staff}\n\n{details}\n" + ("\n" + tb + "\n" if teams else ""))
    cal = ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ_GMT + exchange_vevent(seed, (business, mailbox), [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                                          f"{service}", s, e, desc, "Microsoft Teams Meeting" if teams else details.split("\n")[0],
                                          0, date, "CONFIRMED", url)
              + ["END:VCALENDAR"])
    host = f"mail-{srv.lower()}.outbound.protection.outlook.com"
    subject = f"Booking confirmed: {service} with {business}"
    hs = [("Delivered-To", OWNER), received(host, "203.0.113.90", date), ("Return-Path", f"<{mailbox}>"),
          ("From", addr(business, mailbox)), ("To", addr(OWNER_NAME, OWNER)), ("Subject", enc_h(subject)),
          ("Thread-Topic", enc_h(subject)), ("Thread-Index", tix), ("Date", rfc(date)), ("Message-ID", mid),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-Exchange-Organization-BookingsAppointment", "True")]
    root = multi("alternative", b, [
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    return message(hs, root), mid


# --------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------
def iv(company, role, s, e, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(s), "end": iso(e) if e else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


ME = (OWNER_NAME, OWNER)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# Owner's current employer (used by several look-alikes)
PCFT = "portobellofoodtrust.example"
DOUGIE = ("Dougie Marr", f"dougie.marr@{PCFT}")
MAUREEN = ("Maureen Hogg", f"maureen.hogg@{PCFT}")
PCFT_SIG = ("Portobello Community Food Trust\n18 Bath Street, Portobello, Edinburgh EH15 1EZ\n"
            "Scottish Charitable Incorporated Organisation SC099871")


# ======================================================================================
# 01  competency-based telephone screen, small charity HR on Google Workspace (Gmail)
# ======================================================================================
@case
def c01():
    slug = "b245-01-competency-phone-screen-gmail"
    ishbel = ("Ishbel Rennie", "ishbel.rennie@braesidecarers.example")
    d1 = t(2026, 9, 28, 16, 42, 10, "Monday")
    d_reply = t(2026, 9, 28, 19, 20, 41, "Monday")
    d2 = t(2026, 9, 29, 9, 3, 55, "Tuesday")
    s = t(2026, 10, 1, 10, 30, wd="Thursday")
    e = s + timedelta(minutes=30)
    sig = ("Ishbel Rennie\nHR & Volunteering Officer\nBraeside Carers Trust\n212 Duke Street, Glasgow G31 1HY\n"
           "0141 496 0732\nwww.braesidecarers.example\n\n"
           "Braeside Carers Trust is a Scottish Charitable Incorporated Organisation, SC099214.\n"
           "Supporting unpaid carers in the East End of Glasgow since 1994.")
    t1 = f"""Dear Eilidh,

Thank you for your application for the post of Community Fundraising Manager (ref BCT/26/07). I'm pleased to let you know that you have been shortlisted for the first stage of our selection process, which is a short competency-based telephone interview.

Date: {s:%A} 1st October 2026
Time: 10.30am (the call will last around 30 minutes)
Format: telephone - I will ring you on the mobile number on your application form ({OWNER_MOBILE})

The questions will be based on the essential criteria in the person specification: building relationships with community fundraisers and volunteers, planning and delivering events, and managing an income budget. You may find it helpful to have an example ready for each, using the STAR approach (situation, task, action, result).

Candidates who are successful at this stage will be invited to a face-to-face interview at our Duke Street office in the week beginning 12th October - I'll confirm the date and time with you separately.

Could you please reply to confirm you are available? If the time doesn't suit, let me know and I'll do my best to find an alternative.

Kind regards

Ishbel

{sig}
"""
    p1 = gmail_body(t1)
    m1, id1 = gmail_msg("c01-1", ishbel, [ME], "Community Fundraising Manager - telephone interview", d1, p1)
    t_owner = f"""Dear Ishbel,

Thank you for your email - I'd be delighted to take part in the telephone interview on Thursday 1st October at 10.30am. {OWNER_MOBILE} is the best number to reach me on.

Best wishes,
Eilidh
"""
    p_owner = gmail_body(t_owner, (gmail_attr(d1, *ishbel), p1))
    t2 = """Hi Eilidh,

Lovely, thanks for confirming. Speak to you on Thursday at half ten.

Ishbel
"""
    p2 = gmail_body(t2, (gmail_attr(d_reply, *ME), p_owner))
    owner_mid = "<CAK" + h("c01-owner", 10).upper() + "=" + h("c01-o2", 20) + "@mail.gmail.com>"
    m2, _ = gmail_msg("c01-2", ishbel, [ME], "Re: Community Fundraising Manager - telephone interview", d2, p2,
                      in_reply_to=owner_mid, refs=f"{id1} {owner_mid}")
    files = {"01-braeside-telephone-interview.eml": m1, "02-re-telephone-interview.eml": m2}
    lab = label([iv("Braeside Carers Trust", "Community Fundraising Manager", s, e, "scheduled",
                    [ishbel[1]], [ishbel[1]], "phone_screen")],
                "easy", "positive/email-body-only",
                "Competency-based telephone interview confirmed in a Gmail thread; the HR officer makes the call, so she "
                "is the interviewer. The face-to-face stage (w/c 12 Oct) is not booked and is not labelled.")
    return slug, files, lab


# ======================================================================================
# 02  CharityJob-style job alert mentioning interview dates  (negative)
# ======================================================================================
@case
def c02():
    slug = "b245-02-charityjob-alert-interview-dates"
    d = t(2026, 10, 7, 7, 3, 12, "Wednesday")
    jobs = [
        ("Head of Fundraising", "Forth Coast Wildlife Trust", "Edinburgh (hybrid)", "£48,000 - £52,000",
         "Closing date: 18 Oct 2026", "Interviews: presentation to trustees and panel interview, 3 November 2026"),
        ("Community Fundraising Manager", "Shawlands Family Centre", "Glasgow", "£34,500 pro rata (4 days)",
         "Closing date: 13 Oct 2026", "Interview date: Thursday 22 October 2026"),
        ("Major Gifts Manager", "Kelvinhaugh University", "Glasgow", "£45,585 - £52,573 (Grade 8)",
         "Closing date: 11 Oct 2026", "Interviews expected w/c 19 October"),
        ("Trusts and Foundations Officer", "Lanark Riverside Hospice", "Lanark / home-based", "£31,000",
         "Closing date: 20 Oct 2026", "First-stage telephone interviews 27-28 October; second stage 5 November"),
        ("Legacy Marketing Manager", "The Aldgate Trust", "London / remote UK", "£46,000 + London weighting",
         "Closing date: 16 Oct 2026", "Interviews on Teams: 2 November 2026"),
        ("Fundraising Manager (maternity cover)", "Fife Riding for the Disabled", "Cupar", "£30,000 - £33,000",
         "Closing date: 12 Oct 2026", "Interviews will take place on 20 October in Cupar"),
        ("Corporate Partnerships Lead", "Canongate Climate Action", "Edinburgh", "£40,000",
         "Closing date: 25 Oct 2026", "Informal chats welcome - call Ross on 0131 496 0203"),
    ]
    plain = ["CharityJob", "", "7 new jobs matching your alert 'fundraising manager' - Edinburgh & Glasgow (within 30 miles)", ""]
    rows = []
    for i, (title, org, loc, sal, close, intv) in enumerate(jobs, 1):
        url = f"https://www.charityjob.example/jobs/{org.lower().replace(' ', '-').replace('/', '')}/{title.lower().replace(' ', '-').replace('(', '').replace(')', '')}/{1048200 + i * 37}?utm_source=jobalert&utm_medium=email"
        plain += [title, f"{org} | {loc} | {sal}", close, intv, f"View job: {url}", ""]
        rows.append(f'<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6"><a href="{html.escape(url)}" '
                    f'style="font-size:18px;font-weight:bold;color:#1a5aa6;text-decoration:none">{html.escape(title)}</a>'
                    f'<div style="color:#333">{html.escape(org)}</div><div style="color:#666">{html.escape(loc)} &middot; '
                    f'{html.escape(sal)}</div><div style="color:#666;font-size:13px">{html.escape(close)}<br>{html.escape(intv)}</div></td></tr>')
    plain += ["Top tip: most charities now use competency-based questions at interview. Read our guide to preparing "
              "STAR examples: https://www.charityjob.example/careers-advice/interview-tips", "",
              "You are receiving this email because you created a job alert on CharityJob.",
              "Manage your alerts: https://www.charityjob.example/account/alerts | Unsubscribe: https://www.charityjob.example/u/ZmMx",
              "CharityJob, 2nd Floor, 10 Wharf Road, London N1 7GR"]
    html_body = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>CharityJob</title></head>'
                 '<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">'
                 '<tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif">'
                 '<tr><td style="background:#00386b;color:#fff;padding:20px 24px;font-size:22px">CharityJob</td></tr>'
                 '<tr><td style="padding:20px 24px;font-size:16px">7 new jobs matching your alert <b>fundraising manager</b>'
                 ' &ndash; Edinburgh &amp; Glasgow (within 30 miles)</td></tr>' + "".join(rows) +
                 '<tr><td style="padding:16px 24px;background:#eef4fa">Top tip: most charities now use competency-based '
                 'questions at interview. <a href="https://www.charityjob.example/careers-advice/interview-tips">Read our '
                 'guide to preparing STAR examples</a></td></tr><tr><td style="padding:16px 24px;color:#999;font-size:12px">'
                 'You are receiving this email because you created a job alert on CharityJob. <a href="https://www.charityjob.example/account/alerts">'
                 'Manage your alerts</a> | <a href="https://www.charityjob.example/u/ZmMx">Unsubscribe</a><br>CharityJob, 2nd Floor, '
                 '10 Wharf Road, London N1 7GR</td></tr></table></td></tr></table></body></html>\n')
    b = "----=_Part_" + str(int(h("c02b", 8), 16)) + "_" + str(int(h("c02c", 6), 16)) + "." + str(int(d.timestamp() * 1000))
    root = multi("alternative", b, [leaf("text/plain; charset=UTF-8", "\n".join(plain) + "\n", "quoted-printable"),
                                    leaf("text/html; charset=UTF-8", html_body, "base64")])
    mid = f"<0102{h('c02mid', 16)}-{h('c02m2', 8)}-{h('c02m3', 4)}-{h('c02m4', 4)}-000000@eu-west-1.amazonses.com>"
    hs = [("Delivered-To", OWNER), received("a7-21.smtp-out.eu-west-1.amazonses.com", "203.0.113.121", d),
          ("Return-Path", f"<0102{h('c02rp', 16)}-000000@eu-west-1.amazonses.com>"),
          ("From", "CharityJob <jobalerts@charityjob.example>"), ("To", OWNER),
          ("Subject", "7 new fundraising manager jobs in Edinburgh & Glasgow"), ("Date", rfc(d)), ("Message-ID", mid),
          ("List-Unsubscribe", "<https://www.charityjob.example/u/ZmMx>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Feedback-ID", "1.eu-west-1.jobalert:charityjob")]
    files = {"01-charityjob-job-alert.eml": message(hs, root)}
    lab = label([], "medium", "negative/job-alert",
                "Job-board alert whose listings quote interview dates (incl. a trustees presentation); no interview is "
                "booked for the user.")
    return slug, files, lab


# ======================================================================================
# 03  final stage: presentation to trustees + panel interview, two Teams/Outlook invites
# ======================================================================================
@case
def c03():
    slug = "b245-03-trustees-presentation-and-panel"
    dom = "forthcoastwildlife.example"
    cat = ("Catriona Drummond", f"catriona.drummond@{dom}")
    fergus = ("Dr Fergus Lamont", f"fergus.lamont@{dom}")
    priya = ("Priya Menon", f"priya.menon@{dom}")
    hamish = ("Hamish Dunbar", f"hamish.dunbar@{dom}")
    d1 = t(2026, 10, 14, 11, 5, 22, "Wednesday")
    d2 = t(2026, 10, 14, 11, 12, 40)
    d3 = t(2026, 10, 14, 11, 14, 3)
    s1 = t(2026, 11, 3, 10, 0, wd="Tuesday")
    e1 = t(2026, 11, 3, 10, 30)
    s2 = t(2026, 11, 3, 10, 45)
    e2 = t(2026, 11, 3, 11, 45)
    clocks = t(2026, 10, 25, 12, 0, wd="Sunday")
    assert clocks.utcoffset() == timedelta(0) and t(2026, 10, 24, 12).utcoffset() == timedelta(hours=1)
    sig = ("Catriona Drummond\nHR & Office Manager\nForth Coast Wildlife Trust\n27 Bernard Street, Leith, Edinburgh EH6 6SH\n"
           "0131 496 0815 | www.forthcoastwildlife.example\nRegistered Scottish Charity SC099358")
    t1 = f"""Dear Eilidh,

Head of Fundraising - final stage

Thank you for coming in to meet Hamish last week. I'm delighted to invite you to the final stage of the selection process, which will take place on Tuesday 3 November 2026 at our office at 27 Bernard Street, Leith, EH6 6SH.

The morning has two parts:

10.00am - 10.30am   Presentation to trustees
Please prepare a 15-minute presentation on: "How would you grow our voluntary income from £1.2m to £2m over the next three years, and what would you prioritise in your first 100 days?" This will be followed by 15 minutes of questions. Our Chair, Dr Fergus Lamont, and our Treasurer, Priya Menon, will be there along with Hamish Dunbar, Chief Executive. We'll have a screen and clicker - please bring your slides on a USB stick or email them to me by 5pm on Monday 2 November.

10.45am - 11.45am   Panel interview
A competency and values-based interview with the same panel.

There's a 15-minute break in between and tea and coffee will be available. I'll meet you at reception but won't be part of the panel.

I'll send two separate calendar invitations so that both parts are in your diary. Please note the clocks go back on Sunday 25 October, so the times above are GMT.

If you require any adjustments for either part, please do let me know.

Kind regards,
Catriona

{sig}
"""
    m1, id1 = outlook_msg("c03-1", cat, [ME], "Head of Fundraising - invitation to final stage", d1, outlook_body(t1))
    att = [(hamish[0], hamish[1], "REQ-PARTICIPANT", "ACCEPTED"), (fergus[0], fergus[1], "REQ-PARTICIPANT", "ACCEPTED"),
           (priya[0], priya[1], "REQ-PARTICIPANT", "TENTATIVE"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    loc = "Board Room, Forth Coast Wildlife Trust, 27 Bernard Street, Leith EH6 6SH"
    b2 = f"""Hi Eilidh,

Part 1 of 2: your 15-minute presentation to trustees followed by 15 minutes of questions. Please arrive at 9.45am.

Catriona

{sig}"""
    m2, _ = exchange_invite("c03-2", cat, att, "Presentation to Trustees - Head of Fundraising (Eilidh Cameron)", s1, e1,
                            b2, loc, d2, teams=False)
    b3 = f"""Hi Eilidh,

Part 2 of 2: panel interview with Dr Fergus Lamont (Chair), Priya Menon (Treasurer) and Hamish Dunbar (Chief Executive).

Catriona

{sig}"""
    m3, _ = exchange_invite("c03-3", cat, att, "Panel Interview - Head of Fundraising (Eilidh Cameron)", s2, e2,
                            b3, loc, d3, teams=False)
    files = {"01-final-stage-invitation.eml": m1, "02-invite-presentation-to-trustees.eml": m2,
             "03-invite-panel-interview.eml": m3}
    ivs = [fergus[1], priya[1], hamish[1]]
    lab = label([iv("Forth Coast Wildlife Trust", "Head of Fundraising", s1, e2, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-two-invites",
                "Presentation to trustees (10:00) and panel interview (10:45-11:45) on the same morning, sent as two "
                "Outlook invites with 'GMT Standard Time' after the 25 Oct clock change -> one onsite, 10:00-11:45 GMT. "
                "The HR manager only organises (not an interviewer).")
    return slug, files, lab


# ======================================================================================
# 04  donor meeting (negative): Google invite from the owner's own CEO
# ======================================================================================
@case
def c04():
    slug = "b245-04-donor-legacy-meeting-invite"
    d = t(2026, 10, 7, 17, 31, 8, "Wednesday")
    s = t(2026, 10, 15, 11, 0, wd="Thursday")
    e = s + timedelta(hours=1)
    desc = """Eilidh - Robert said on the phone that they'd like to "interview us properly" before they finalise the change to their will, so it's worth being well prepared. Please bring:
- the 2025/26 impact report
- the plans for the new community food hub
- a gift-in-wills leaflet and the pledge form

They're keen to meet whoever will be their main point of contact, so I'd like you to lead on the stewardship side and I'll talk about the hub.

Parking on Cluny Drive is fine. I'll meet you outside at 10.55.

Dougie"""
    m, _ = google_invite("c04", DOUGIE, [ME], "Donor meeting - Jean & Robert Haldane (legacy pledge)", s, e, desc, d,
                         location="14 Cluny Drive, Edinburgh EH10 6DW", meet=False)
    files = {"01-invitation-donor-meeting.eml": m}
    lab = label([], "hard", "negative/donor-meeting",
                "The user's own chief executive invites her to a donor (legacy) meeting; the donors want to 'interview' "
                "the charity. Not a hiring process.")
    return slug, files, lab


# ======================================================================================
# 05  Microsoft Bookings first-stage interview at a university development office
# ======================================================================================
@case
def c05():
    slug = "b245-05-bookings-first-stage-university"
    dom = "lomond-university.example"
    ruaridh = ("Ruaridh Forbes", f"ruaridh.forbes@{dom}")
    mailbox = f"DAROInterviews@{dom}"
    d1 = t(2026, 10, 8, 15, 20, 5, "Thursday")
    d2 = t(2026, 10, 9, 8, 47, 31, "Friday")
    s = t(2026, 10, 21, 14, 0, wd="Wednesday")
    e = s + timedelta(minutes=45)
    assert t(2026, 10, 20, wd="Tuesday")
    t1 = f"""Dear Eilidh

Vacancy ref 012687 - Regular Giving Manager, Development & Alumni Relations Office

Thank you for your application. I am pleased to let you know that you have been shortlisted for a first-stage interview. This will be held on Microsoft Teams and will last 45 minutes. The interview will be conducted by Dr Morven Baillie, Head of Annual Giving, to whom the post reports.

Please use the link below to choose a slot that suits you. Slots are available on Tuesday 20 and Wednesday 21 October.

https://outlook.office365.com/book/{mailbox}/

Once you have booked you will receive a confirmation with the Teams joining link. If none of the slots are suitable, please reply to this email and I will see what I can do.

Best wishes

Ruaridh Forbes
HR Adviser (Advancement and Professional Services)
People & Organisational Development
University of Lomond
Tel: 0141 496 0577

The University of Lomond is a registered Scottish charity, number SC099602.
"""
    m1, id1 = outlook_msg("c05-1", ruaridh, [ME], "Regular Giving Manager (012687) - shortlisted for interview", d1,
                          outlook_body(t1))
    details = ("Your interview will take place on Microsoft Teams. Please join a couple of minutes early.\n"
               "If you need to change your slot, please use the Manage booking link or contact the HR Adviser named in "
               "your invitation email.")
    m2, _ = bookings_mail("c05-2", "Development & Alumni Relations Interviews", mailbox,
                          "First-stage interview - Regular Giving Manager", s, e, "Morven Baillie", d2, details)
    files = {"01-shortlisted-book-a-slot.eml": m1, "02-bookings-confirmation.eml": m2}
    lab = label([iv("University of Lomond", "Regular Giving Manager", s, e, "scheduled", [], [ruaridh[1]],
                    "hiring_manager")],
                "hard", "positive/bookings-confirmation",
                "HR sends a Microsoft Bookings link (not itself an interview), then Bookings confirms 21 Oct 14:00. The "
                "Bookings text shows the Windows label '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but 21 Oct is BST "
                "(+01:00). Interviewer named without an address; follow-up goes to the HR adviser, not the booking mailbox.")
    return slug, files, lab


# ======================================================================================
# 06  NHS charity: Teams invite, then moved by a week across the clock change
# ======================================================================================
@case
def c06():
    slug = "b245-06-nhs-charity-reschedule-over-clock-change"
    dom = "cvhcharity.example"
    gill = ("Gillian Muir", f"gillian.muir@{dom}")
    jo = ("Joanne Paterson", f"joanne.paterson@{dom}")
    d1 = t(2026, 10, 12, 10, 31, 44, "Monday")
    d2 = t(2026, 10, 21, 13, 2, 17, "Wednesday")
    d3 = t(2026, 10, 21, 15, 40, 9, "Wednesday")
    s0 = t(2026, 10, 22, 11, 0, wd="Thursday")
    e0 = s0 + timedelta(hours=1)
    s = t(2026, 10, 29, 11, 0, wd="Thursday")
    e = s + timedelta(hours=1)
    assert s0.utcoffset() == timedelta(hours=1) and s.utcoffset() == timedelta(0)
    sig = ("Gillian Muir\nRecruitment & HR Coordinator\nClyde Valley Hospitals Charity\n"
           "The official charity of NHS Clyde Valley\nCharity Office, Level 2, Wishaw Road, Motherwell ML1 9ZZ\n"
           "01698 496 014\nClyde Valley Hospitals Charity is a registered Scottish charity, SC099443.")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (jo[0], jo[1], "REQ-PARTICIPANT", "ACCEPTED")]
    subj = "Interview - Trusts and Foundations Manager (Eilidh Cameron)"
    b1 = f"""Dear Eilidh,

Further to my email, please find below the Teams details for your interview for the post of Trusts and Foundations Manager.

Your interview will be with Joanne Paterson, Head of Fundraising, and will last around an hour, including time for your own questions. I will not be joining the call myself, but please contact me if you have any technical difficulties on the day.

Kind regards,

{sig}"""
    m1, id1 = exchange_invite("c06-1", gill, att, subj, s0, e0, b1, "", d1)
    t2 = f"""Dear Eilidh,

Apologies for the short notice. Joanne has been asked to attend an urgent meeting with the Health Board tomorrow morning and so is no longer able to interview you at 11am on Thursday 22nd.

Would it be possible to move your interview to the same time next Thursday, 29 October? Joanne is keen not to delay things any longer than that. If that works for you, I'll send an updated invitation this afternoon - the Teams link will stay the same.

Again, apologies for any inconvenience.

Kind regards,

{sig}"""
    m2, id2 = outlook_msg("c06-2", gill, [ME], "RE: Interview - Trusts and Foundations Manager", d2,
                          outlook_body(t2), cc=[jo], in_reply_to=id1)
    b3 = f"""Dear Eilidh,

Thank you for getting back to me so quickly - I've updated the invitation to Thursday 29 October at 11am as agreed. Please note the clocks will have gone back by then.

Kind regards,

{sig}"""
    m3, _ = exchange_invite("c06-3", gill, att, subj, s, e, b3, "", d3, seq=1, uid_seed="c06-1")
    files = {"01-teams-invite-interview.eml": m1, "02-re-interview-move-request.eml": m2,
             "03-updated-teams-invite.eml": m3}
    lab = label([iv("Clyde Valley Hospitals Charity", "Trusts and Foundations Manager", s, e, "scheduled",
                    [jo[1]], [jo[1]], "hiring_manager")],
                "hard", "positive/reschedule",
                "Teams invite for Thu 22 Oct 11:00 BST, moved by e-mail and an updated invite (same UID, SEQUENCE:1) to "
                "Thu 29 Oct 11:00, which is GMT after the 25 Oct clock change (11:00Z, not 10:00Z).")
    return slug, files, lab


# ======================================================================================
# 07  trustees' board meeting of the owner's current charity (negative)
# ======================================================================================
@case
def c07():
    slug = "b245-07-own-charity-board-meeting"
    d = t(2026, 10, 1, 14, 12, 50, "Thursday")
    s = t(2026, 10, 27, 18, 0, wd="Tuesday")
    e = t(2026, 10, 27, 20, 0)
    ann = ("Rev Ann Blackwood", f"ann.blackwood@{PCFT}")
    iain = ("Iain Cormack", f"iain.cormack@{PCFT}")
    sana = ("Sana Qureshi", f"sana.qureshi@{PCFT}")
    att = [(ann[0], ann[1], "REQ-PARTICIPANT", "ACCEPTED"), (iain[0], iain[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
           (sana[0], sana[1], "REQ-PARTICIPANT", "NEEDS-ACTION"), (DOUGIE[0], DOUGIE[1], "REQ-PARTICIPANT", "ACCEPTED"),
           (OWNER_NAME, OWNER, "OPT-PARTICIPANT", "NEEDS-ACTION")]
    body = f"""Dear all,

Please hold the date for the next meeting of the Board of Trustees. The meeting is hybrid: the Committee Room at Portobello Town Hall, or join on Teams using the link below. Papers will be circulated by Tuesday 20 October.

Draft agenda
1. Welcome, apologies and declarations of interest
2. Minutes of the meeting held on 25 August 2026 and matters arising
3. Chief Executive's report (DM)
4. Fundraising report and 2027 income strategy - presentation to trustees (Eilidh Cameron, Fundraising Manager) - paper 4
5. Finance: management accounts to 30 September (Treasurer)
6. Risk register review
7. HR Committee: recruitment of a Fundraising Assistant - interview panel and timetable (paper 7)
8. AOCB
9. Date of next meeting: Tuesday 15 December 2026

Eilidh - you are invited for item 4 only (approx. 18.30-19.00), but you're very welcome to stay for item 7 as recruiting manager.

Many thanks,
Maureen

Maureen Hogg
Governance & Office Administrator
{PCFT_SIG}"""
    assert t(2026, 12, 15, wd="Tuesday") and t(2026, 8, 25, wd="Tuesday") and t(2026, 10, 20, wd="Tuesday")
    m, _ = exchange_invite("c07", MAUREEN, att, "Board of Trustees Meeting - Tuesday 27 October 2026", s, e, body,
                           "Committee Room, Portobello Town Hall / Microsoft Teams", d)
    files = {"01-board-of-trustees-meeting.eml": m}
    lab = label([], "hard", "negative/own-board-meeting",
                "Teams invite to the board meeting of the user's current charity; she gives a 'presentation to trustees' "
                "and the agenda mentions an interview panel for a post she is recruiting. Not a job interview for her.")
    return slug, files, lab


# ======================================================================================
# 08  London foundation: Google invite, then cancelled (recruitment paused)
# ======================================================================================
@case
def c08():
    slug = "b245-08-london-foundation-cancelled"
    dom = "hollinfoundation.example"
    olivia = ("Olivia Hartley-Grant", f"olivia.hartley-grant@{dom}")
    marcus = ("Marcus Adeyemi", f"marcus.adeyemi@{dom}")
    d1 = t(2026, 10, 28, 12, 18, 44, "Wednesday")
    d2 = t(2026, 11, 4, 17, 55, 2, "Wednesday")
    s = t(2026, 11, 9, 15, 0, wd="Monday")
    e = s + timedelta(hours=1)
    summary = "Hollin Foundation - Philanthropy Manager (Scotland) interview (Eilidh Cameron)"
    desc = """Hi Eilidh,

Thank you for confirming your availability. Marcus Adeyemi, our Director of Philanthropy, will lead this interview - I'm just setting it up. It will last an hour and we'll use Google Meet. The role is home-based in Scotland with travel to our London office about once a month.

Best wishes,
Olivia

Olivia Hartley-Grant | Head of People & Culture | The Hollin Foundation
4 Coram Street, London WC1N 1HB | 020 7946 0388"""
    m1, _ = google_invite("c08", olivia, [(marcus[0], marcus[1]), ("", OWNER)], summary, s, e, desc, d1)
    note = ("Apologies Eilidh - we've taken the difficult decision to pause this recruitment while our trustees review "
            "the 2027 budget. I'm so sorry for the late notice; I'll be in touch if the role reopens. Olivia")
    m2, _ = google_invite("c08-2", olivia, [(marcus[0], marcus[1]), ("", OWNER)], summary, s, e, desc, d2, seq=1,
                          method="CANCEL", note=note, uid_seed="c08", created=d1 - timedelta(minutes=3))
    files = {"01-invitation-philanthropy-manager.eml": m1, "02-cancelled-event.eml": m2}
    lab = label([iv("The Hollin Foundation", "Philanthropy Manager (Scotland)", s, e, "cancelled",
                    [marcus[1]], [marcus[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Google Calendar invitation then 'Cancelled event' (METHOD:CANCEL, SEQUENCE:1): kept as cancelled at "
                "its last time, 9 Nov 15:00 GMT. Olivia only organises; Marcus conducts.")
    return slug, files, lab


# ======================================================================================
# 09  two interviews with one small Glasgow charity (first stage BST, second stage GMT)
# ======================================================================================
@case
def c09():
    slug = "b245-09-two-stage-youth-music"
    dom = "clydesideyouthmusic.example"
    shona = ("Shona Galbraith", f"shona@{dom}")
    callum = ("Callum Reid", f"callum@{dom}")
    aileen = ("Aileen Kerr", f"aileen.kerr@{dom}")
    d1 = t(2026, 10, 6, 10, 2, 33, "Tuesday")
    d2 = t(2026, 10, 16, 16, 30, 12, "Friday")
    s1 = t(2026, 10, 13, 14, 0, wd="Tuesday")
    e1 = s1 + timedelta(minutes=45)
    s2 = t(2026, 10, 30, 10, 0, wd="Friday")
    e2 = s2 + timedelta(hours=1)
    sig = ("Shona Galbraith (she/her)\nOperations Manager\nClydeside Youth Music\n2nd Floor, 40 Trongate, Glasgow G1 5ES\n"
           "0141 496 0958\nSC099127 | Making music with young Glaswegians since 2003")
    t1 = f"""Hi Eilidh,

Thanks so much for applying (via Goodmoves) for our Fundraising & Development Manager role - we really enjoyed reading your application.

Callum (cc'd), our Director, would love to have a first-stage interview with you over Microsoft Teams on Tuesday 13 October at 2pm. It will be about 45 minutes: Callum will ask you about your experience with trusts and with community and events fundraising, and there'll be plenty of time for your questions about us. We keep it relaxed, but it is the first formal stage of the process.

I'll send the Teams link the day before. Just let me know if that time doesn't work.

All the best,
Shona

--
{sig}
"""
    p1 = gmail_body(t1)
    m1, id1 = gmail_msg("c09-1", shona, [ME], "Fundraising & Development Manager - interview", d1, p1, cc=[callum])
    t2 = f"""Hi Eilidh,

Thanks again for your time on Tuesday - Callum really enjoyed speaking with you.

We'd love to invite you to the second (and final) stage: an in-person interview at our studio, 2nd Floor, 40 Trongate, Glasgow G1 5ES, on Friday 30 October at 10am. The panel will be Callum, our Chair Aileen Kerr (cc'd) and Jodie, one of our Youth Board members. Please prepare a 10-minute presentation on how you would grow our income from trusts and foundations in the next two years; the whole thing should take about an hour.

The studio is up two flights of stairs - let me know if you need step-free access and we'll move to the ground-floor room.

All the best,
Shona

--
{sig}
"""
    p2 = gmail_body(t2, (gmail_attr(d1, *shona), p1))
    m2, _ = gmail_msg("c09-2", shona, [ME], "Re: Fundraising & Development Manager - interview", d2, p2,
                      cc=[callum, aileen], in_reply_to=id1)
    files = {"01-first-stage-interview.eml": m1, "02-second-stage-interview.eml": m2}
    lab = label([
        iv("Clydeside Youth Music", "Fundraising & Development Manager", s1, e1, "scheduled", [callum[1]], [callum[1]],
           "hiring_manager"),
        iv("Clydeside Youth Music", "Fundraising & Development Manager", s2, e2, "scheduled",
           [callum[1], aileen[1]], [callum[1], aileen[1]], "onsite"),
    ], "hard", "positive/two-interviews",
        "Two stages in one thread: Teams interview Tue 13 Oct 14:00 BST with the Director, then in-person panel Fri "
        "30 Oct 10:00 GMT (after the clock change). The Youth Board member has no address; Shona only coordinates.")
    return slug, files, lab


# ======================================================================================
# 10  funder's Stage 2 panel interview for the owner's charity (negative)
# ======================================================================================
@case
def c10():
    slug = "b245-10-funder-grant-panel-interview"
    dom = "caledoniancommunityfund.example"
    rhona = ("Rhona Kelly", f"rhona.kelly@{dom}")
    d1 = t(2026, 10, 26, 10, 10, 4, "Monday")
    d2 = t(2026, 10, 26, 10, 26, 37, "Monday")
    s = t(2026, 11, 10, 10, 0, wd="Tuesday")
    e = s + timedelta(minutes=40)
    sig = ("Rhona Kelly\nGrants Officer (Edinburgh, Lothians & Borders)\nThe Caledonian Community Fund\n"
           "0131 496 0462 | www.caledoniancommunityfund.example\nScottish Charity SC099580")
    t1 = f"""Dear Eilidh,

Thriving Places Fund - application TPF-26-0417 - Portobello Community Food Trust

I am pleased to let you know that your application for £148,500 over three years towards the Portobello Community Food Hub has progressed to Stage 2 of our assessment process.

As part of Stage 2, we would like to invite you to a panel interview with members of our Grants Committee on Tuesday 10 November 2026 at 10.00am, on Microsoft Teams. The interview will last 40 minutes: a 10-minute presentation from you on the difference the hub will make, followed by questions from the panel. Up to two representatives from your organisation may attend - we'd suggest you and your Chief Executive, Mr Marr.

The panel will be chaired by Mrs Elaine Morrison, and I will attend as your Grants Officer. Decisions will be confirmed in writing by 4 December.

I'll send a Teams invitation separately. Please let me know by Friday 30 October who will be attending.

With best wishes,

{sig}
"""
    assert t(2026, 10, 30, wd="Friday")
    m1, id1 = outlook_msg("c10-1", rhona, [ME], "TPF-26-0417 - invitation to Stage 2 panel interview", d1,
                          outlook_body(t1), cc=[DOUGIE])
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (DOUGIE[0], DOUGIE[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
           ("Elaine Morrison", f"elaine.morrison@{dom}", "REQ-PARTICIPANT", "ACCEPTED")]
    b2 = f"""Dear Eilidh and Dougie,

Teams details for your Thriving Places Fund Stage 2 panel interview. Please join five minutes early so we can check your presentation shares correctly.

Rhona

{sig}"""
    m2, _ = exchange_invite("c10-2", rhona, att, "TPF Stage 2 panel interview - Portobello Community Food Trust", s, e, b2,
                            "", d2)
    files = {"01-stage-2-panel-interview.eml": m1, "02-teams-invite-panel.eml": m2}
    lab = label([], "hard", "negative/funder-panel",
                "Funder's 'Stage 2 panel interview' with a Teams invite, but the user is pitching for a grant on behalf "
                "of her current charity - not a job interview.")
    return slug, files, lab


# ======================================================================================
# 11  university ATS: panel interview e-mail from a no-reply sender with a UTC .ics
# ======================================================================================
@case
def c11():
    slug = "b245-11-ats-panel-ics-utc"
    dom = "kelvinhaugh.example"
    euan = ("Euan Baird", f"euan.baird@{dom}")
    sender = ("Kelvinhaugh University Recruitment", f"recruitment-noreply@{dom}")
    d = t(2026, 10, 12, 14, 6, 51, "Monday")
    s = t(2026, 10, 20, 13, 30, wd="Tuesday")
    e = s + timedelta(hours=1)
    plain = f"""Dear Eilidh Cameron

Vacancy: Major Gifts Manager (Ref 158204)
Development and Alumni Office

Thank you for your application for the above post. We are pleased to invite you to attend an interview as follows:

Date: Tuesday 20 October 2026
Time: 1.30pm (please arrive 10 minutes early)
Duration: approximately 1 hour
Venue: Development and Alumni Office, Level 4, Lister Building, 10 Kelvinhaugh Street, Glasgow G3 8NU

Interview panel:
Andrew Slater, Director of Development and Alumni Relations
Dr Laura Finnie, Head of Major Gifts
A representative from Human Resources

You will be asked to give a 10-minute presentation on: "Securing a seven-figure gift for a new student mental health centre: your approach from identification to solicitation." Please bring your presentation on a USB stick.

Please confirm your attendance using the link below. An iCalendar file is attached so you can add the interview to your calendar.

Confirm attendance: https://jobs.kelvinhaugh.example/candidate/interviews/158204/confirm?t=9f31c2

If you have any questions, or require any adjustments for the interview, please contact Euan Baird, HR Assistant, on {euan[1]} or 0141 496 0260.

Please do not reply to this email as this mailbox is not monitored.

Yours sincerely

Human Resources
Kelvinhaugh University
The University is a charity registered in Scotland, No. SC099755
"""
    html_body = wrap_html(para_html(plain.rstrip()).replace(
        "https://jobs.kelvinhaugh.example/candidate/interviews/158204/confirm?t=9f31c2",
        '<a href="https://jobs.kelvinhaugh.example/candidate/interviews/158204/confirm?t=9f31c2">Confirm attendance</a>'),
        "Arial, sans-serif")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kelvinhaugh University//Recruitment 4.2//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:interview-158204-{h('c11uid', 10)}@jobs.kelvinhaugh.example",
               f"DTSTAMP:{zulu(d)}", f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}",
               "SUMMARY:Interview: Major Gifts Manager (158204)",
               "LOCATION:" + ics_escape("Development and Alumni Office, Level 4, Lister Building, 10 Kelvinhaugh Street, Glasgow G3 8NU"),
               "DESCRIPTION:" + ics_escape("Interview for Major Gifts Manager (158204). Panel: Andrew Slater, Dr Laura "
                                           "Finnie, HR representative. 10-minute presentation required. Contact: Euan Baird, "
                                           f"{euan[1]}"),
               f"ORGANIZER;CN={sender[0]}:mailto:{sender[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    b = "=_" + h("c11b", 20)
    root = multi("mixed", b + "mixed", [
        multi("alternative", b + "alt", [leaf("text/plain; charset=utf-8", plain, "quoted-printable"),
                                        leaf("text/html; charset=utf-8", html_body, "quoted-printable")]),
        leaf('text/calendar; charset=utf-8; name="interview-158204.ics"', cal, "base64",
             disp='attachment; filename="interview-158204.ics"')])
    mid = f"<{h('c11mid', 24)}@jobs.kelvinhaugh.example>"
    hs = [("Delivered-To", OWNER), received("smtp2.jobs.kelvinhaugh.example", "203.0.113.160", d),
          ("Return-Path", f"<bounces+{h('c11rp', 8)}@jobs.kelvinhaugh.example>"), ("From", addr(*sender)),
          ("Reply-To", addr(*sender)), ("To", addr(OWNER_NAME, OWNER)),
          ("Subject", "Invitation to interview - Major Gifts Manager (Ref 158204)"), ("Date", rfc(d)), ("Message-ID", mid),
          ("X-Mailer", "Kelvinhaugh Recruitment Mailer"), ("Auto-Submitted", "auto-generated")]
    files = {"01-invitation-to-interview.eml": message(hs, root)}
    lab = label([iv("Kelvinhaugh University", "Major Gifts Manager", s, e, "scheduled", [], [euan[1]], "onsite")],
                "medium", "positive/ats-email-with-ics",
                "ATS mail from a no-reply sender with an .ics in UTC (DTSTART 12:30Z = 13:30 BST). Panel named without "
                "addresses -> follow-up to the HR assistant named in the text.")
    return slug, files, lab


# ======================================================================================
# 12  charity-sector recruitment agency forwards the client's interview details
# ======================================================================================
@case
def c12():
    slug = "b245-12-agency-forwarded-client-invite"
    kirsty = ("Kirsty Morrison", "kirsty.morrison@thistlethirdsector.example")
    alison = ("Alison Gow", "alison.gow@bairnstrust.example")
    d_fwd = t(2026, 10, 28, 17, 47, 20, "Wednesday")
    d = t(2026, 10, 29, 9, 12, 6, "Thursday")
    s = t(2026, 11, 4, 13, 30, wd="Wednesday")
    e = s + timedelta(hours=1)
    inner = """Hi Kirsty,

Thanks for sending Eilidh's CV over - she looks great. I'd like to invite her to interview on Wednesday 4 November at 1.30pm at our office (3 Hamilton Place, Stockbridge, Edinburgh EH3 5BA). It'll be with me and should take about an hour; no presentation at this stage. If she's successful there would be a second conversation with our CEO the following week.

Could you confirm with her and let me know?

Many thanks,
Alison

Alison Gow
Director of Fundraising & Communications
Scottish Bairns' Trust
0131 496 0690 | Scottish Charity SC099044
"""
    inner_pair = (inner, para_html(inner.rstrip()))
    text = """Hi Eilidh,

Great news - the Bairns' Trust would like to meet you! Please see Alison's note below. As you told me on Monday that you're free all that week, I've confirmed Wednesday 4 November at 1.30pm with her, so it's in the diary.

I'll give you a call on Monday to go through prep - they will ask a lot about donor journeys and supporter retention, so have your regular giving numbers to hand.

Best of luck!
Kirsty

Kirsty Morrison
Senior Consultant - Fundraising & Communications
Thistle Third Sector Recruitment
0131 496 0911 | 07700 900562
"""
    pair = outlook_body(text, (addr(*alison), outlook_sent(d_fwd), addr(*kirsty),
                               "RE: Individual Giving Manager - shortlist", inner_pair))
    m, _ = outlook_msg("c12", kirsty, [ME], "FW: Individual Giving Manager - Scottish Bairns' Trust - interview", d, pair)
    files = {"01-fw-bairns-trust-interview.eml": m}
    lab = label([iv("Scottish Bairns' Trust", "Individual Giving Manager", s, e, "scheduled", [alison[1]], [alison[1]],
                    "hiring_manager")],
                "medium", "positive/forwarded-agency",
                "Agency consultant forwards the client's message and confirms the slot; the interviewer (client's "
                "Director of Fundraising) is known from the forwarded header, so she is the follow-up recipient. The "
                "CEO stage is not booked.")
    return slug, files, lab


# ======================================================================================
# 13  volunteer induction booked through Microsoft Bookings (negative)
# ======================================================================================
@case
def c13():
    slug = "b245-13-volunteer-induction-bookings"
    dom = "lothianbefriending.example"
    d = t(2026, 10, 27, 19, 40, 18, "Tuesday")
    s = t(2026, 11, 7, 10, 0, wd="Saturday")
    e = t(2026, 11, 7, 13, 0)
    details = ("Venue: Lothian Befriending Network, 5 Jane Street, Leith, Edinburgh EH6 5HE\n"
               "Thank you for meeting Sarah-Jane for your informal volunteer interview last week - we're delighted to "
               "welcome you as a befriender. The induction covers safeguarding, boundaries and lone working, and "
               "you'll meet other new volunteers. Lunch is provided.\n"
               "Questions? Contact Sarah-Jane Pollock, Volunteer Coordinator: sarah-jane@lothianbefriending.example")
    m, _ = bookings_mail("c13", "Lothian Befriending Network Volunteering", f"VolunteerInductions@{dom}",
                         "New befriender induction (in person)", s, e, "Sarah-Jane Pollock", d, details, teams=False)
    files = {"01-bookings-volunteer-induction.eml": m}
    lab = label([], "medium", "negative/volunteer-induction",
                "Microsoft Bookings confirmation for a volunteer induction; mentions a past 'volunteer interview'. "
                "Unpaid volunteering, not a job hiring process.")
    return slug, files, lab


# ======================================================================================
# 14  hospice: iPhone e-mail from the hiring manager + Google Calendar API event
# ======================================================================================
@case
def c14():
    slug = "b245-14-hospice-email-plus-gcal-json"
    dom = "marchmonthospice.example"
    fraser = ("Fraser Lindsay", f"fraser.lindsay@{dom}")
    niamh = ("Niamh O'Hara", f"niamh.ohara@{dom}")
    d = t(2026, 10, 19, 18, 22, 40, "Monday")
    s = t(2026, 10, 23, 9, 30, wd="Friday")
    e = s + timedelta(hours=1)
    text = """Hi Eilidh,

Good to speak earlier. As promised I've sent a calendar invite for Friday at 9.30 - Niamh O'Hara, our Deputy Director of Income, will join me for the interview. We'll be in the Garden Room at the hospice (reception will point you in the right direction). Allow an hour.

No presentation, but we'll ask you to talk us through an in-memory campaign you're proud of.

See you Friday,
Fraser

Fraser Lindsay
Director of Income Generation
Marchmont Hospice

Sent from my iPhone
"""
    mid = f"<{h('c14a', 8).upper()}-{h('c14b', 4).upper()}-{h('c14c', 4).upper()}-{h('c14d', 4).upper()}-{h('c14e', 12).upper()}@marchmonthospice.example>"
    hs = [("Delivered-To", OWNER), received("mail-sor-f49.google.com", "209.85.220.49", d),
          ("Return-Path", f"<{fraser[1]}>"), ("From", addr(*fraser))]
    hs += [("Mime-Version", "1.0 (1.0)"), ("Subject", "Friday"), ("Date", rfc(d)), ("Message-Id", mid),
           ("Cc", addr(*niamh)), ("To", addr(OWNER_NAME, OWNER)), ("X-Mailer", "iPhone Mail (22B83)")]
    body = leaf("text/plain; charset=utf-8", text, "quoted-printable")
    m = render_headers(hs + body[0]) + "\n" + body[1]
    eid = h("c14event", 26)
    event = {
        "kind": "calendar#event",
        "etag": '"' + str(int(h("c14etag", 12), 16)) + '"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": (d - timedelta(minutes=6)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d - timedelta(minutes=5)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Interview: Legacy & In-Memory Giving Manager - Eilidh Cameron",
        "description": "Interview with Fraser Lindsay (Director of Income Generation) and Niamh O'Hara (Deputy Director of Income). Garden Room - ask at reception.",
        "location": "Marchmont Hospice, 41 Warrender Park Crescent, Edinburgh EH9 1EB",
        "creator": {"email": fraser[1], "displayName": fraser[0]},
        "organizer": {"email": fraser[1], "displayName": fraser[0]},
        "start": {"dateTime": iso(s), "timeZone": "Europe/London"},
        "end": {"dateTime": iso(e), "timeZone": "Europe/London"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": fraser[1], "displayName": fraser[0], "organizer": True, "responseStatus": "accepted"},
            {"email": niamh[1], "displayName": niamh[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-friday-from-iphone.eml": m,
             "02-interview-marchmont-hospice.gcal.json": json.dumps(event, indent=2, ensure_ascii=False) + "\n"}
    ivs = [fraser[1], niamh[1]]
    lab = label([iv("Marchmont Hospice", "Legacy & In-Memory Giving Manager", s, e, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/dedupe-email-and-api-event",
                "Short iPhone mail ('Friday at 9.30', resolved against Mon 19 Oct) plus the Calendar API event for the "
                "same interview -> one interview; two interviewers make it a panel (onsite).")
    return slug, files, lab


# ======================================================================================
# 15  small charity CEO thread: propose days, candidate picks, CEO confirms
# ======================================================================================
@case
def c15():
    slug = "b245-15-ceo-thread-relative-date"
    alasdair = ("Alasdair Sutherland", "alasdair@tweedvalleylarder.example")
    d1 = t(2026, 10, 8, 12, 40, 2, "Thursday")
    d_owner = t(2026, 10, 8, 21, 4, 37, "Thursday")
    d2 = t(2026, 10, 9, 8, 15, 29, "Friday")
    s = t(2026, 10, 14, 15, 0, wd="Wednesday")
    e = s + timedelta(minutes=45)
    assert t(2026, 10, 12, wd="Monday")
    sig = ("Alasdair Sutherland\nChief Executive\nTweed Valley Food Larder\nUnit 3, Huddersfield Street, Galashiels TD1 3AY\n"
           "01896 496 021 | SC099318")
    t1 = f"""Dear Eilidh,

Thank you for applying for our Fundraising Manager post (3 days a week). We'd love to invite you for an informal conversation - this is the first stage of our recruitment process, and we'll then ask two or three people to a formal panel with trustees.

Would Monday or Wednesday next week work for you? I'm free any time after 2pm on either day. We can do it on Zoom or, if you're ever down this way, in person at the Larder in Galashiels.

Best wishes,
Alasdair

{sig}
"""
    p1 = gmail_body(t1)
    m1, id1 = gmail_msg("c15-1", alasdair, [ME], "Fundraising Manager - next steps", d1, p1)
    t_owner = """Hi Alasdair,

Thanks so much - I'd love to. Wednesday at 3 would suit me best, if that works? Zoom would be easiest as I'll be in Glasgow that day.

Best,
Eilidh
"""
    p_owner = gmail_body(t_owner, (gmail_attr(d1, *alasdair), p1))
    t2 = f"""Hi Eilidh,

Wednesday at 3 it is. Here's the Zoom link:

https://us06web.zoom.us/j/84512093317?pwd=TGFyZGVyRnVuZHJhaXNpbmc
Meeting ID: 845 1209 3317
Passcode: 662410

It'll just be me, and we'll aim to finish by quarter to four. Looking forward to it!

Alasdair

{sig}
"""
    p2 = gmail_body(t2, (gmail_attr(d_owner, *ME), p_owner))
    owner_mid = "<CAM" + h("c15-owner", 10).upper() + "=" + h("c15-o2", 20) + "@mail.gmail.com>"
    m2, _ = gmail_msg("c15-2", alasdair, [ME], "Re: Fundraising Manager - next steps", d2, p2, in_reply_to=owner_mid,
                      refs=f"{id1} {owner_mid}")
    files = {"01-fundraising-manager-next-steps.eml": m1, "02-re-next-steps.eml": m2}
    lab = label([iv("Tweed Valley Food Larder", "Fundraising Manager", s, e, "scheduled", [alasdair[1]], [alasdair[1]],
                    "hiring_manager")],
                "hard", "positive/thread-relative-date",
                "'Monday or Wednesday next week' (sent Thu 8 Oct) + 'Wednesday at 3' -> Wed 14 Oct 15:00 BST; 'finish by "
                "quarter to four' gives the end. Explicitly the first stage of the process, so the informal chat counts.")
    return slug, files, lab


# ======================================================================================
# 16  PVG Scheme ID check for volunteering (negative): Gmail + Google invite
# ======================================================================================
@case
def c16():
    slug = "b245-16-pvg-id-check-appointment"
    gordon = ("Gordon Tait", "gordon.tait@leithlinksjfc.example")
    d1 = t(2026, 10, 26, 20, 11, 9, "Monday")
    d2 = t(2026, 10, 26, 20, 14, 55, "Monday")
    s = t(2026, 11, 2, 18, 0, wd="Monday")
    e = s + timedelta(minutes=15)
    t1 = """Hi Eilidh,

Thanks again for offering to help with the under-10s fundraising - the new strips fund needs all the help it can get!

Before you can help out at training or matches you'll need to join the PVG Scheme (Disclosure Scotland) for regulated work with children. As the club's Child Wellbeing & Protection Officer I have to check your ID documents in person and countersign the application form.

Could you come along to the clubhouse at Links Place on Monday 2 November at 6pm? It only takes ten minutes. We'll use the small room next to the changing rooms that everyone calls the "interview room". Please bring three documents: photo ID (passport or driving licence), something with your current address (council tax bill or bank statement from the last 3 months) and your National Insurance number.

I'll send a calendar invite so it doesn't get lost.

Cheers,
Gordon

Gordon Tait
Child Wellbeing & Protection Officer (volunteer)
Leith Links Junior Football Club
"""
    p1 = gmail_body(t1)
    m1, _ = gmail_msg("c16-1", gordon, [ME], "PVG - ID check for volunteering", d1, p1)
    desc = ("Disclosure Scotland PVG Scheme - ID verification and countersignature for volunteering with Leith Links "
            "JFC under-10s. Bring photo ID, proof of address and NI number. 'Interview room' next to the changing rooms.")
    m2, _ = google_invite("c16-2", gordon, [("", OWNER)], "PVG ID check - Eilidh Cameron", s, e, desc, d2,
                          location="Leith Links JFC Clubhouse, Links Place, Edinburgh EH6 7EZ", meet=False)
    files = {"01-pvg-id-check.eml": m1, "02-invitation-pvg-id-check.eml": m2}
    lab = label([], "hard", "negative/pvg-appointment",
                "Disclosure Scotland PVG ID-verification appointment for volunteering, held in the club's 'interview "
                "room', with a Google invite. Not a job interview.")
    return slug, files, lab


# ======================================================================================
# 17  university Teams panel on the Monday after the clocks go back
# ======================================================================================
@case
def c17():
    slug = "b245-17-teams-panel-day-after-clock-change"
    dom = "canongate-university.example"
    heather = ("Heather Cowie", f"heather.cowie@{dom}")
    stuart = ("Stuart Ogilvie", f"stuart.ogilvie@{dom}")
    d = t(2026, 10, 20, 16, 48, 13, "Tuesday")
    s = t(2026, 10, 26, 9, 30, wd="Monday")
    e = s + timedelta(hours=1)
    assert d.utcoffset() == timedelta(hours=1) and s.utcoffset() == timedelta(0)
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (stuart[0], stuart[1], "REQ-PARTICIPANT", "ACCEPTED")]
    body = """Hi Eilidh,

Following Ruth's email from HR, here is the Teams link for Monday's interview for the Senior Development Officer (Trusts & Foundations) post. The panel will be me and Stuart Ogilvie, our Prospect Research Manager.

We'll start with a short exercise: we'll share a one-page profile of a trust on screen and ask you to talk us through how you'd approach it - no preparation needed. Then the usual competency questions, and time for yours.

A reminder that the clocks go back this weekend, so do double-check the time on the day!

Best wishes,
Heather

Heather Cowie
Head of Trusts & Foundations
Development & Alumni Relations
Canongate University, Edinburgh"""
    m, _ = exchange_invite("c17", heather, att, "Interview: Senior Development Officer (Trusts & Foundations) - E Cameron",
                           s, e, body, "", d)
    files = {"01-teams-interview-invite.eml": m}
    ivs = [heather[1], stuart[1]]
    lab = label([iv("Canongate University", "Senior Development Officer (Trusts & Foundations)", s, e, "scheduled",
                    ivs, ivs, "onsite")],
                "hard", "positive/exchange-teams-dst",
                "Teams invite sent in BST for Mon 26 Oct 09:30, the day after the clocks go back -> 09:30 GMT (+00:00). "
                "Organiser conducts the interview together with a colleague (two-person panel -> onsite).")
    return slug, files, lab


# ======================================================================================
# 18  the owner chairs an interview panel for a Fundraising Assistant (negative)
# ======================================================================================
@case
def c18():
    slug = "b245-18-owner-chairs-assistant-interview"
    d = t(2026, 10, 30, 11, 37, 26, "Friday")
    s = t(2026, 11, 12, 14, 0, wd="Thursday")
    e = s + timedelta(minutes=45)
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (DOUGIE[0], DOUGIE[1], "REQ-PARTICIPANT", "ACCEPTED")]
    body = f"""Hi Eilidh and Dougie,

Please find the Teams details for candidate 3 of 4. Lewis's application form and the question and scoring sheet are in the Recruitment > Fundraising Assistant folder on SharePoint.

Eilidh - as recruiting manager you'll chair the panel and ask questions 1-4 (the fundraising and database questions); Dougie will ask 5-8. Please return your scoring sheets to me by the end of the day.

Lewis has been sent a separate invitation and will join from the lobby.

Thanks,
Maureen

Maureen Hogg
Governance & Office Administrator
{PCFT_SIG}"""
    m, _ = exchange_invite("c18", MAUREEN, att, "Interview: Fundraising Assistant - Candidate 3 (Lewis Grant)", s, e, body,
                           "", d)
    files = {"01-interview-fundraising-assistant-candidate-3.eml": m}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite titled 'Interview: Fundraising Assistant', but the user chairs the panel as recruiting "
                "manager at her current charity; the candidate is someone else.")
    return slug, files, lab


# ======================================================================================
# 19  Goodmoves 'application viewed' + base64 e-mail inviting to a Zoom interview
# ======================================================================================
@case
def c19():
    slug = "b245-19-goodmoves-viewed-then-zoom"
    marion = ("Marion Sloan", "marion.sloan@clydesightloss.example")
    d1 = t(2026, 10, 5, 9, 0, 41, "Monday")
    d2 = t(2026, 10, 8, 14, 25, 3, "Thursday")
    s = t(2026, 10, 16, 11, 15, wd="Friday")
    e = s + timedelta(minutes=50)
    gm_plain = """goodmoves

Hi Eilidh,

Good news - Clyde Sight Loss Trust has viewed your application for Partnerships Manager.

What happens next? Employers usually contact shortlisted candidates directly to arrange interviews. If you haven't heard by the closing date, it's fine to get in touch with them.

Job: Partnerships Manager
Organisation: Clyde Sight Loss Trust
Location: Glasgow (hybrid)
Closing date: 9 October 2026

View your applications: https://goodmoves.example/account/applications

Goodmoves is Scotland's charity and voluntary sector jobs site.
You're receiving this because you applied for a job through Goodmoves. Update your email preferences: https://goodmoves.example/account/preferences
"""
    gm_html = ('<html><body style="font-family:Arial,sans-serif;background:#f6f6f6"><table width="600" align="center" '
               'style="background:#fff"><tr><td style="background:#e6007e;color:#fff;padding:18px;font-size:24px">goodmoves'
               '</td></tr><tr><td style="padding:18px">' + para_html(gm_plain.split("\n", 2)[2].rstrip()) +
               '</td></tr></table></body></html>\n')
    b = "==" + h("c19gm", 24)
    root = multi("alternative", b, [leaf("text/plain; charset=utf-8", gm_plain, "quoted-printable"),
                                    leaf("text/html; charset=utf-8", gm_html, "quoted-printable")])
    hs = [("Delivered-To", OWNER), received("o1.mail.goodmoves.example", "203.0.113.144", d1),
          ("Return-Path", "<bounces@mail.goodmoves.example>"), ("From", "Goodmoves <no-reply@goodmoves.example>"),
          ("To", OWNER), ("Subject", "Your application has been viewed: Partnerships Manager"), ("Date", rfc(d1)),
          ("Message-ID", f"<{h('c19m1', 22)}@mail.goodmoves.example>")]
    m1 = message(hs, root)
    t2 = f"""Dear Eilidh,

Partnerships Manager – interview

Thank you for your application for the post of Partnerships Manager, which came to us through Goodmoves. I’m pleased to invite you to interview on Friday 16 October at 11.15am.

The interview will take place on Zoom and will last about 50 minutes, including a short written exercise at the start (we’ll email it to you at 11.15am on the day). I’ll be interviewing you myself.

Join Zoom Meeting
https://us02web.zoom.us/j/81937740256?pwd=Q2x5ZGVTaWdodExvc3M
Meeting ID: 819 3774 0256
Passcode: 418307

Please let me know if you need any adjustments – for example, we’re happy to provide the exercise in large print or as an audio file, as we would for any candidate.

Kind regards,

Marion

Marion Sloan
Director of Fundraising
Clyde Sight Loss Trust
0141 496 0327
Scottish Charity No. SC099690
"""
    b2 = "_000_" + h("c19b2", 24).upper() + "_"
    root2 = multi("alternative", b2, [leaf('text/plain; charset="utf-8"', t2, "base64"),
                                      leaf('text/html; charset="utf-8"', wrap_html(para_html(t2.rstrip()), "Aptos, sans-serif"),
                                           "base64")])
    mid2 = f"<{h('c19m2', 8).upper()}.{h('c19m3', 16).upper()}@clydesightloss.example>"
    hs2 = [("Delivered-To", OWNER), received("mail-am7eur03on2109.outbound.protection.outlook.com", "203.0.113.109", d2),
           ("Return-Path", f"<{marion[1]}>"), ("From", addr(*marion)), ("To", addr(OWNER_NAME, OWNER)),
           ("Subject", enc_h("Partnerships Manager – invitation to interview")), ("Date", rfc(d2)), ("Message-ID", mid2),
           ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Thread-Topic", enc_h("Partnerships Manager – invitation to interview")),
           ("Content-Language", "en-GB")]
    m2 = message(hs2, root2)
    files = {"01-goodmoves-application-viewed.eml": m1, "02-invitation-to-interview.eml": m2}
    lab = label([iv("Clyde Sight Loss Trust", "Partnerships Manager", s, e, "scheduled", [marion[1]], [marion[1]],
                    "hiring_manager")],
                "medium", "positive/job-board-then-email",
                "Goodmoves 'application viewed' notice (not an interview) then the hiring manager's base64-encoded "
                "Outlook for Mac e-mail fixing Fri 16 Oct 11:15 BST for about 50 minutes.")
    return slug, files, lab


# ======================================================================================
# 20  not shortlisted; the rejection quotes the interview date (negative)
# ======================================================================================
@case
def c20():
    slug = "b245-20-not-shortlisted-interview-dates"
    lesley = ("Lesley Anderson", "recruitment@bordersgreenspaces.example")
    d = t(2026, 10, 22, 17, 30, 44, "Thursday")
    assert t(2026, 11, 5, wd="Thursday")
    t1 = """Dear Eilidh,

Head of Income Generation

Thank you for your interest in the post of Head of Income Generation and for the time you took over your application.

We received a very high number of strong applications and, unfortunately, on this occasion you have not been shortlisted for interview. Interviews will take place in Melrose on Thursday 5 November, and we expect to make an appointment shortly afterwards.

If you would like brief feedback on your application, please reply to this email and our Chief Executive will be happy to arrange a short call after the interviews have concluded.

We wish you every success in your search and hope you will consider us again in the future.

Kind regards,

Lesley Anderson
Office Manager, on behalf of the recruitment panel
Borders Green Spaces Trust
The Old Station, Melrose TD6 9PF | SC099501
"""
    m, _ = gmail_msg("c20", lesley, [ME], "Head of Income Generation - your application", d, gmail_body(t1))
    files = {"01-head-of-income-application-outcome.eml": m}
    lab = label([], "medium", "negative/rejection",
                "Rejection before interview ('not shortlisted for interview') that still names the interview date.")
    return slug, files, lab


# ======================================================================================
# 21  standalone Outlook .ics: telephone interview, quoted Windows TZID, BST date
# ======================================================================================
@case
def c21():
    slug = "b245-21-standalone-ics-telephone-interview"
    lorna = ("Lorna Baxter", "lorna.baxter@wri-charity.example")
    d = t(2026, 10, 15, 16, 2, 11, "Thursday")
    s = t(2026, 10, 22, 14, 0, wd="Thursday")
    e = s + timedelta(minutes=30)
    desc = f"""Hi Eilidh,

Thank you for your time on the phone today. As discussed, this is a 30-minute telephone interview with me for the Corporate Partnerships Manager post - stage 1 of 2. I will call you on {OWNER_MOBILE}.

Kind regards,
Lorna Baxter
Head of Fundraising
Westfield Royal Infirmary Charity
Supporting patients and staff at the Westfield Royal Infirmary, Livingston"""
    vtz = [l if not l.startswith("TZID:") else f'TZID:{WIN_TZ}' for l in VTZ_GMT]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtz + [
        "BEGIN:VEVENT",
        f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
        "CLASS:PUBLIC",
        f"CREATED:{zulu(d)}",
        "DESCRIPTION:" + ics_escape(desc),
        f'DTEND;TZID="{WIN_TZ}":{local(e)}',
        f"DTSTAMP:{zulu(d)}",
        f'DTSTART;TZID="{WIN_TZ}":{local(s)}',
        f"LAST-MODIFIED:{zulu(d)}",
        "LOCATION:Telephone - Lorna to call Eilidh",
        f"ORGANIZER;CN=\"{lorna[0]}\":mailto:{lorna[1]}",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-gb:Telephone interview - Corporate Partnerships Manager (Eilidh Cameron)",
        "TRANSP:OPAQUE",
        f"UID:{exch_uid('c21')}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    files = {"01-telephone-interview-corporate-partnerships.ics": cal}
    lab = label([iv("Westfield Royal Infirmary Charity", "Corporate Partnerships Manager", s, e, "scheduled",
                    [lorna[1]], [lorna[1]], "phone_screen")],
                "medium", "positive/standalone-ics",
                "Standalone Outlook .ics with DTSTART;TZID=\"GMT Standard Time\" on 22 Oct (still BST): 14:00+01:00, "
                "i.e. 13:00Z - reading the Windows zone as plain GMT/UTC gives the wrong hour.")
    return slug, files, lab


# ======================================================================================
# 22  availability request only - never booked (negative)
# ======================================================================================
@case
def c22():
    slug = "b245-22-availability-request-unbooked"
    fiona = ("Fiona Strachan", "fiona.strachan@cairncancersupport.example")
    d = t(2026, 10, 27, 11, 20, 48, "Tuesday")
    assert t(2026, 11, 2, wd="Monday") and t(2026, 11, 3, wd="Tuesday")
    t1 = """Dear Eilidh,

Senior Fundraising Officer (Events) - interview

Thank you for your application. I'm pleased to say the panel would like to invite you to interview.

Interviews will be held on Microsoft Teams and will last 45 minutes. Could you let me know which of the following times you could make?

- Monday 2 November, 10.00am
- Monday 2 November, 2.30pm
- Tuesday 3 November, 11.00am

Once you've confirmed, I'll send a Teams invitation with the names of the panel. If none of these suit, please suggest some alternatives this week or next.

Kind regards,

Fiona Strachan
People Advisor
Cairn Cancer Support
0131 496 0148 | SC099276
"""
    m, _ = outlook_msg("c22", fiona, [ME], "Senior Fundraising Officer (Events) - interview availability", d,
                       outlook_body(t1))
    files = {"01-interview-availability.eml": m}
    lab = label([], "hard", "negative/availability-request",
                "Invitation to interview offering three slots; nothing is booked in the case, so per the rules it is an "
                "availability request, not an interview.")
    return slug, files, lab


# --------------------------------------------------------------------------------------
# writer
# --------------------------------------------------------------------------------------
def main():
    labels = {}
    seen = set()
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b245-{i:02d}-"), slug
        assert slug not in seen
        seen.add(slug)
        folder = os.path.join(HERE, slug)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        names = sorted(files)
        for j, name in enumerate(names, 1):
            assert name.startswith(f"{j:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            data = files[name]
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        labels[slug] = lab
    # remove stale case folders from earlier versions
    for d in sorted(os.listdir(HERE)):
        if d.startswith("b245-") and os.path.isdir(os.path.join(HERE, d)) and d not in labels:
            shutil.rmtree(os.path.join(HERE, d))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind245 (written blind). Schema: see /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [x for l in labels.values() for x in l["interviews"]]
    print(f"{len(labels)} cases ({pos} positive, {len(labels) - pos} negative); {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
