#!/usr/bin/env python3
"""Generate the blind291 evaluation set (Vilnius fintech, LT/EN mixed mailbox).

Deletes and rewrites every b291-* case folder, labels.yaml and README.md next to this
script. Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run:
all dates are fixed and all Message-IDs / UIDs / MIME boundaries derive from SEED hashes.
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
SEED = "blind291/vilnius-fintech/2026"
PREFIX = "b291"
OWNER = "ruta.kazlauskiene@example.com"
OWNER_NAME = "Rūta Kazlauskienė"
UTC = timezone.utc
VLN = ZoneInfo("Europe/Vilnius")
RIX = ZoneInfo("Europe/Riga")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")

# --------------------------------------------------------------------------- DST checks
H = timedelta(hours=1)


def _off(tz, y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=UTC).astimezone(tz).utcoffset()


# EU/UK: clocks change at 01:00 UTC on 29 Mar and 25 Oct 2026.
for _tz, _std in ((VLN, 2), (RIX, 2), (BER, 1), (LON, 0)):
    assert _off(_tz, 2026, 3, 29, 0, 59) == _std * H
    assert _off(_tz, 2026, 3, 29, 1, 0) == (_std + 1) * H
    assert _off(_tz, 2026, 10, 25, 0, 59) == (_std + 1) * H
    assert _off(_tz, 2026, 10, 25, 1, 0) == _std * H
# US: 8 Mar / 1 Nov 2026 (02:00 local) - checked for completeness, no US case here.
assert _off(NYC, 2026, 3, 8, 6, 59) == -5 * H and _off(NYC, 2026, 3, 8, 7, 0) == -4 * H
assert _off(NYC, 2026, 11, 1, 5, 59) == -4 * H and _off(NYC, 2026, 11, 1, 6, 0) == -5 * H
assert datetime(2026, 10, 25).strftime("%a") == "Sun" and datetime(2026, 3, 29).strftime("%a") == "Sun"

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD_LT_ACC = ["pirmadienį", "antradienį", "trečiadienį", "ketvirtadienį", "penktadienį",
             "šeštadienį", "sekmadienį"]
WD_LT_NOM = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis",
             "šeštadienis", "sekmadienis"]
MON_LT_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
              "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


def D(tz, y, m, d, hh, mm=0, ss=0, wd=None, off=None):
    """Aware datetime with asserted weekday (Mon..Sun) and UTC offset (+0300)."""
    x = datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    if wd is not None:
        assert WD_EN[x.weekday()][:3] == wd, (x, wd)
    if off is not None:
        assert x.strftime("%z") == off, (x, off)
    return x


def iso(x):
    return x.isoformat()


def hm(x, tz=None):
    x = x.astimezone(tz) if tz else x
    return f"{x.hour:02d}:{x.minute:02d}"


def lt_day(x, tz=VLN):
    x = x.astimezone(tz)
    return f"{MON_LT_GEN[x.month - 1]} {x.day} d. ({WD_LT_ACC[x.weekday()]})"


def en_long(x, tz=None):
    x = x.astimezone(tz) if tz else x
    return f"{WD_EN[x.weekday()]}, {x.day} {MON_EN[x.month - 1]} {x.year}"


def en_us(x, tz=None):
    x = x.astimezone(tz) if tz else x
    return f"{WD_EN[x.weekday()]}, {MON_EN[x.month - 1]} {x.day}, {x.year}"


# --------------------------------------------------------------------------- ids
def hx(key, n=16):
    return hashlib.sha256(f"{SEED}|{key}".encode()).hexdigest()[:n]


def b32(key, n=26):
    raw = hashlib.sha256(f"{SEED}|{key}".encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def uuidish(key):
    s = hx(key, 32)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}"


def mid_gmail(key):
    raw = hashlib.sha256(f"{SEED}|mid|{key}".encode()).digest()
    return "<CA" + base64.b64encode(raw).decode()[:40].replace("/", "_") + "@mail.gmail.com>"


def mid_outlook(key, pod="VI1PR08MB"):
    s = hx("ol" + key, 28).upper()
    return f"<{pod}{s[:4]}{s[4:28]}@{pod}{s[:4]}.eurprd08.prod.outlook.com>"


def mid_plain(key, domain):
    return f"<{hx('m' + key, 24)}@{domain}>"


def meet_code(key):
    s = b32("meet" + key, 10).replace("0", "q").replace("1", "x")
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


# --------------------------------------------------------------------------- MIME
def fa(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def leaf(ctype, body, cte, extra=()):
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "7bit":
        enc = raw.decode("ascii").replace("\r\n", "\n")
    else:
        raise ValueError(cte)
    if not enc.endswith("\n"):
        enc += "\n"
    return ([f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"], enc)


def plain(text, cte="quoted-printable", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    return leaf(ct, text, cte)


def htmlpart(markup, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', markup, cte)


def calpart(ics, method="REQUEST", cte="base64"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, cte)


def attach(data, filename, ctype="application/ics"):
    return leaf(f'{ctype}; name="{filename}"', data, "base64",
                extra=[f'Content-Disposition: attachment; filename="{filename}"'])


def render(part):
    hd, body = part
    return "\n".join(hd) + "\n\n" + body


def multipart(subtype, children, bkey, style="google"):
    if style == "google":
        b = "000000000000" + hx("bnd" + bkey, 14)
    elif style == "outlook":
        b = "_000_" + hx("bnd" + bkey, 24).upper() + "prodoutlookcom_"
    else:
        b = "----=_Part_" + str(int(hx("bnd" + bkey, 8), 16)) + "_" + str(int(hx("bnd2" + bkey, 7), 16)) + ".17" + str(int(hx("b3" + bkey, 6), 16))
    body = "".join(f"--{b}\n" + render(c) for c in children) + f"--{b}--\n"
    return ([f'Content-Type: multipart/{subtype};\n boundary="{b}"'], body)


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def alt(text, bkey, style="google", text_cte="quoted-printable", html_cte="quoted-printable", markup=None):
    return multipart("alternative", [plain(text, text_cte), htmlpart(markup or text_to_html(text), html_cte)], bkey, style)


def received(sent, host, ip, key):
    r = sent.astimezone(UTC) + timedelta(seconds=2)
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {b32('rcv' + key, 12)}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {format_datetime(r)}")


def message(key, sent, frm, subject, root, to=None, cc=None, reply_to=None, msgid=None, irt=None,
            refs=None, sender=None, return_path=None, host=("mail.example.net", "192.0.2.10"),
            extra=()):
    """frm / to / cc / reply_to / sender: (name, email) tuples or lists of them."""
    to = to if to is not None else [(OWNER_NAME, OWNER)]
    hdrs = [("Delivered-To", OWNER), ("Received", received(sent, host[0], host[1], key)),
            ("Return-Path", f"<{return_path or frm[1]}>")]
    hdrs.append(("From", fa(*frm)))
    if sender:
        hdrs.append(("Sender", fa(*sender)))
    if reply_to:
        hdrs.append(("Reply-To", fa(*reply_to)))
    hdrs.append(("To", ", ".join(fa(*t) for t in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(fa(*c) for c in cc)))
    hdrs.append(("Subject", enc_header(subject)))
    hdrs.append(("Date", format_datetime(sent)))
    hdrs.append(("Message-ID", msgid or mid_plain(key, frm[1].split("@")[1])))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", " ".join(refs)))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    text = head + render(root)
    data = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return data.encode("ascii")


def quote(text, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def ical(lines):
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def utcs(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def locs(x, tz):
    return x.astimezone(tz).strftime("%Y%m%dT%H%M%S")


# IANA VTIMEZONEs: (std offset, dst offset, std name, dst name, dst start local, std start local)
IANA_VTZ = {
    "Europe/Vilnius": ("+0200", "+0300", "EET", "EEST", "030000", "040000"),
    "Europe/Riga": ("+0200", "+0300", "EET", "EEST", "030000", "040000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
}
# Windows zones as Exchange writes them: name -> (IANA zone used for local times, IANA key)
WIN_TZ = {"FLE Standard Time": "Europe/Vilnius", "GMT Standard Time": "Europe/London"}

for _name, (_s, _d, _sn, _dn, _ds, _ss) in IANA_VTZ.items():
    _z = ZoneInfo(_name)
    assert D(_z, 2026, 1, 15, 12).strftime("%z") == _s and D(_z, 2026, 7, 15, 12).strftime("%z") == _d
    assert D(_z, 2026, 1, 15, 12).tzname() == _sn and D(_z, 2026, 7, 15, 12).tzname() == _dn


def vtimezone(tzid):
    s, d, sn, dn, ds, ss = IANA_VTZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{d}", f"TZNAME:{dn}",
            f"DTSTART:19700329T{ds}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{d}", f"TZOFFSETTO:{s}", f"TZNAME:{sn}",
            f"DTSTART:19701025T{ss}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtimezone_win(tzid):
    s, d, sn, dn, ds, ss = IANA_VTZ[WIN_TZ[tzid]]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:16010101T{ss}", f"TZOFFSETFROM:{d}", f"TZOFFSETTO:{s}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:16010101T{ds}", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{d}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    p += f";CN={cn(name or email)}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


def simple_ics(prodid, uid, seq, stamp, start, end, summary, description, organizer, attendees,
               location="", method="REQUEST", status="CONFIRMED", tzid=None, extra=()):
    """Generic ATS/Zoom style calendar. tzid None -> UTC 'Z' times."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines += vtimezone(tzid)
        tz = ZoneInfo(tzid)
        dts = [f"DTSTART;TZID={tzid}:{locs(start, tz)}", f"DTEND;TZID={tzid}:{locs(end, tz)}"]
    else:
        dts = [f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}"]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcs(stamp)}"] + dts + [
        f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    lines += [attendee(n, e, ps, rsvp=(e == OWNER)) for n, e, ps in attendees]
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"] + list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


# --------------------------------------------------------------------------- Google Calendar
def g_when(start, end):
    s, e = start.astimezone(VLN), end.astimezone(VLN)
    long = f"{WD_EN[s.weekday()]} {s.day} {MON_EN[s.month - 1][:3]} {s.year} \u22c5 {hm(s)} \u2013 {hm(e)}"
    short = f"{WD_EN[s.weekday()][:3]} {s.day} {MON_EN[s.month - 1][:3]} {s.year} {hm(s)} - {hm(e)} ({s.tzname()})"
    zone = ("Eastern European Summer Time - Vilnius" if s.utcoffset() == 3 * H
            else "Eastern European Time - Vilnius")
    return long, short, zone


def google_invite(key, sent, org, summary, start, end, guests, description, uid, seq,
                  mode="new", created=None, location="", meet=True):
    """guests: list of (name, email, partstat); organizer is listed first automatically."""
    method = "CANCEL" if mode == "cancel" else "REQUEST"
    status = "CANCELLED" if mode == "cancel" else "CONFIRMED"
    code = meet_code(uid)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    long, short, zone = g_when(start, end)
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[mode]
    subject = f"{prefix}: {summary} @ {short} ({OWNER})"
    everyone = [(org[0], org[1], "ACCEPTED")] + list(guests)
    desc_full = description
    if meet:
        desc_full += (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      f"Join with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: "
                      "https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}", f"DTSTAMP:{utcs(sent)}",
             f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}", f"UID:{uid}"]
    for n, e, ps in everyone:
        lines.append(attendee(n, e, ps if mode != "cancel" else ps, rsvp=(ps == "NEEDS-ACTION"), google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    lines += [f"CREATED:{utcs(created or sent)}", f"DESCRIPTION:{esc(desc_full)}",
              f"LAST-MODIFIED:{utcs(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(lines)

    guest_lines = []
    for n, e, ps in everyone:
        guest_lines.append(f"{n} - organiser" if e == org[1] else (n or e))
        guest_lines.append(e)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    head = {"new": "", "update": "This event has been updated\nChanged: date/time\n\n",
            "cancel": "This event has been cancelled and removed from your calendar.\n\n"}[mode]
    t = head + f"{summary}\n{long}\n{zone}\n\n"
    if meet and mode != "cancel":
        t += f"Join with Google Meet\nhttps://meet.google.com/{code}\n\n"
    if location:
        t += f"Location\n{location}\n\n"
    t += f"Organiser\n{org[0]}\n{org[1]}\n\nGuests\n" + "\n".join(guest_lines) + f"\nView all guest info {view}\n\n"
    t += description.strip() + "\n\n"
    if mode != "cancel":
        t += f"Reply for {OWNER} and view more details {view}\n"
        t += "Your attendance is optional.\n\n"
    t += ("~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
          "You are receiving this email because you are an attendee on the event.\n\n"
          "Forwarding this invitation could allow any recipient to send a response to the organiser, "
          "be added to the guest list, invite others regardless of their own invitation status, or "
          "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    g_html = ["<li>" + html.escape(n or e) + (" &ndash; organiser" if e == org[1] else "") +
              f'<br><a href="mailto:{e}">{e}</a></li>' for n, e, _ in everyone]
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
              '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">\n'
              + (f"<p><b>{html.escape(head.strip())}</b></p>\n" if head else "")
              + f'<h2 style="font-size:20px;font-weight:400">{html.escape(summary)}</h2>\n'
              f"<p>{html.escape(long)}<br>{html.escape(zone)}</p>\n"
              + (f'<p><a href="https://meet.google.com/{code}">Join with Google Meet</a><br>meet.google.com/{code}</p>\n'
                 if meet and mode != "cancel" else "")
              + (f"<p>Location<br>{html.escape(location)}</p>\n" if location else "")
              + "<p>Guests</p><ul>" + "".join(g_html) + "</ul>\n"
              + "<p>" + html.escape(description.strip()).replace("\n", "<br>") + "</p>\n"
              f'<p style="font-size:11px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'
              "</div></body></html>\n")
    inner = multipart("alternative", [plain(t, "base64", flowed=True), htmlpart(markup),
                                      calpart(ics, method, "base64")], key + "a")
    root = multipart("mixed", [inner, attach(ics, "invite.ics", f'application/ics')], key + "m")
    rp = b32("rp" + key, 22) + "@calendar-server.bounces.google.com"
    data = message(key, sent.astimezone(UTC), org, subject, root, reply_to=org,
                   sender=("Google Calendar", "calendar-notification@google.com"),
                   msgid=f"<calendar-{uuidish('cal' + key)}@google.com>", return_path=rp,
                   host=("mail-sor-f69.google.com", "209.85.220.69"))
    return data, ics


# --------------------------------------------------------------------------- Exchange / Teams
def teams_invite(key, sent, org, to, subject, start, end, wintz, when_label, intro, uid, seq,
                 cc=(), lang="lt-LT", cancel=False, location=None):
    """Exchange/Outlook meeting request with a Teams link. to: list of (name,email) incl. owner."""
    method = "CANCEL" if cancel else "REQUEST"
    tz = ZoneInfo(WIN_TZ[wintz])
    mtg = str(int(hx("teamsid" + key, 12), 16))[:12]
    mtg = f"{mtg[:3]} {mtg[3:6]} {mtg[6:9]} {mtg[9:12]}"
    pc = b32("pc" + key, 6).capitalize()
    link = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32('th' + key, 40)}%40thread.v2/0"
            f"?context=%7b%22Tid%22%3a%22{uuidish('tid' + org[1].split('@')[1])}%22%7d")
    loc = location or ("Microsoft Teams susitikimas" if lang == "lt-LT" else "Microsoft Teams Meeting")
    if lang == "lt-LT":
        head = f"Kada: {when_label}\nKur: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        teams = ("________________________________________________________________________________\n"
                 "Microsoft Teams susitikimas\nPrisijunkite kompiuteriu, mobiliąja programėle arba kambario įrenginiu\n"
                 f"Spustelėkite čia, kad prisijungtumėte prie susitikimo<{link}>\n"
                 f"Susitikimo ID: {mtg}\nKodas: {pc}\n"
                 "Atsisiųsti „Teams“<https://www.microsoft.com/microsoft-teams/download-app> | "
                 "Prisijungti žiniatinklyje<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 "________________________________________________________________________________\n")
    else:
        head = f"When: {when_label}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        teams = ("________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 f"Click here to join the meeting<{link}>\n"
                 f"Meeting ID: {mtg}\nPasscode: {pc}\n"
                 "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
                 "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                 "________________________________________________________________________________\n")
    text = head + intro.strip("\n") + "\n\n" + ("" if cancel else teams)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone_win(wintz)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}"]
    for n, e in list(to) + list(cc):
        role = "OPT-PARTICIPANT" if (n, e) in cc else "REQ-PARTICIPANT"
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(('Atšaukta: ' if cancel and lang == 'lt-LT' else 'Canceled: ' if cancel else '') + subject)}",
              f"DTSTART;TZID={wintz}:{locs(start, tz)}", f"DTEND;TZID={wintz}:{locs(end, tz)}",
              "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{utcs(sent)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{esc(loc)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx('own' + uid, 7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancel:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{}",
                  "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = ical(lines)
    root = multipart("alternative", [plain(text), htmlpart(text_to_html(text, "Aptos,Calibri,sans-serif")),
                                     calpart(ics, method, "base64")], key, "outlook")
    tidx = base64.b64encode(hashlib.sha256(("ti" + key).encode()).digest()[:22]).decode()
    extra = [("Thread-Topic", enc_header(subject)), ("Thread-Index", tidx),
             ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(hashlib.sha256(uid.encode()).digest()[:30]).decode()),
             ("x-ms-publictraffictype", "Email")]
    full_subject = (("Atšaukta: " if lang == "lt-LT" else "Canceled: ") if cancel else "") + subject
    data = message(key, sent, org, full_subject, root, to=to, cc=list(cc) or None,
                   msgid=mid_outlook(key), extra=extra,
                   host=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.91"))
    return data, ics


# --------------------------------------------------------------------------- registry
CASES = []


def case(slug, difficulty, category, notes):
    def deco(fn):
        CASES.append((slug, difficulty, category, notes, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


# =========================================================================== cases
M30, M45, M60, M90 = (timedelta(minutes=n) for n in (30, 45, 60, 90))
RUTA = (OWNER_NAME, OWNER)


def ruta_mid(key):
    return mid_plain("ruta-" + key, "example.com")


@case("lusispay-hr-screen-tomorrow", "medium", "positive/email-body-only-relative-date",
      "Lithuanian recruiter mail (CV.lt applicant) proposes 'rytoj 14 val.'; same-day reply confirms "
      "'rytoj 14:00'. Only the body has the time: resolved against Date Tue 6 Oct 2026 +0300 -> Wed 7 Oct "
      "14:00 EEST; 'apie 30 minučių' gives the end. The recruiter runs the screen.")
def c01():
    egle = ("Eglė Petrauskaitė", "egle.petrauskaite@lusispay.example")
    s1 = D(VLN, 2026, 10, 6, 10, 12, 37, wd="Tue", off="+0300")
    s2 = D(VLN, 2026, 10, 6, 11, 26, 5, wd="Tue", off="+0300")
    start = D(VLN, 2026, 10, 7, 14, 0, wd="Wed", off="+0300")
    t1 = """Sveika, Rūta,

ačiū, kad atsiliepei į mūsų skelbimą CV.lt portale – Senior Backend Engineer (Payments). Peržiūrėjome tavo CV ir labai norėtume susipažinti artimiau.

Ar galėtume trumpai pasikalbėti telefonu rytoj 14 val.? Tai būtų pirminis pokalbis su manimi, apie 30 minučių: papasakosiu apie Lūšis Pay mokėjimų komandą, SEPA Instant projektą ir atrankos etapus, o tu – apie savo patirtį, lūkesčius ir kada galėtum pradėti.

Skambinsiu CV nurodytu numeriu. Jei laikas netinka, tiesiog atrašyk – rasime kitą.

Pagarbiai
Eglė Petrauskaitė
Talentų paieškos partnerė | Lūšis Pay
+370 612 40118 | lusispay.example/karjera
"""
    m1 = mid_gmail("c01-1")
    mr = ruta_mid("c01")
    t2 = "Super, susitarėme – rytoj 14:00 skambinu. Iki!\n\nEglė\n\n" + quote(
        "Laba diena, Egle,\n\nrytoj 14 val. man puikiai tinka, lauksiu skambučio.\n\nRūta",
        f"2026-10-06, an, 10:58, Rūta Kazlauskienė <{OWNER}> rašė:")
    return [
        ("01-egle-petrauskaite-pokalbis.eml",
         message("c01-1", s1, egle, "Dėl Jūsų kandidatūros – Senior Backend Engineer (Payments)",
                 plain(t1), msgid=m1, host=("mail-yw1-f182.google.com", "209.85.128.182"))),
        ("02-re-pokalbis-rytoj.eml",
         message("c01-2", s2, egle, "Re: Dėl Jūsų kandidatūros – Senior Backend Engineer (Payments)",
                 alt(t2, "c01-2"), msgid=mid_gmail("c01-2"), irt=mr, refs=[m1, mr],
                 host=("mail-yw1-f175.google.com", "209.85.128.175"))),
    ], [iv("Lūšis Pay", "Senior Backend Engineer (Payments)", start, start + M30, "scheduled",
           [egle[1]], [egle[1]], "phone_screen")]


@case("cvlt-job-alert", "easy", "negative/job-alert",
      "CV.lt saved-search digest (HTML, base64) listing backend jobs plus a 'darbo pokalbis' preparation "
      "article; no interview.")
def c02():
    s = D(VLN, 2026, 10, 8, 7, 30, 2, wd="Thu", off="+0300")
    jobs = [("Backend Developer (Go)", "Vingis Pay, Vilnius", "4 200–5 800 €"),
            ("Senior Java inžinierius", "Ąžuolo Kreditas, Vilnius (hibridinis)", "5 000–6 500 €"),
            ("Python programuotojas", "Santaka Labs, Kaunas", "3 800–5 200 €"),
            ("Platform Engineer (Kubernetes)", "Baltic Clearing House, Vilnius", "nuo 4 500 €")]
    t = ("Laba diena, Rūta,\n\npagal Jūsų išsaugotą paiešką „backend, Vilnius / Kaunas, nuo 4000 €“ radome "
         "4 naujus darbo skelbimus:\n\n")
    for j in jobs:
        t += f"• {j[0]}\n  {j[1]} · {j[2]} bruto\n  Kandidatuokite vienu paspaudimu: https://www.cv.lt/darbo-skelbimas/{hx(j[0], 8)}\n\n"
    t += ("Patarimas savaitei: kaip pasiruošti techniniam darbo pokalbiui? 7 klausimai, kuriuos "
          "darbdaviai užduoda dažniausiai – https://www.cv.lt/patarimai/darbo-pokalbis\n\n"
          "Norite gauti mažiau laiškų? Pakeiskite pranešimų nustatymus: https://www.cv.lt/nustatymai\n\n"
          "CV.lt komanda\n")
    rows = "".join(f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.cv.lt/darbo-skelbimas/{hx(j[0], 8)}" '
                   f'style="color:#0055a5;font-weight:bold">{html.escape(j[0])}</a><br>{html.escape(j[1])}<br>'
                   f'<span style="color:#2e7d32">{html.escape(j[2])} bruto</span></td></tr>' for j in jobs)
    markup = ('<!DOCTYPE html><html lang="lt"><head><meta charset="utf-8"><title>CV.lt</title></head>'
              '<body style="font-family:Arial,sans-serif;background:#f4f6f8"><table width="600" align="center" '
              'style="background:#fff"><tr><td style="padding:16px;background:#0055a5;color:#fff;font-size:20px">CV.lt</td></tr>'
              '<tr><td style="padding:16px">Laba diena, Rūta,<br>pagal Jūsų išsaugotą paiešką radome 4 naujus darbo skelbimus.</td></tr>'
              + rows +
              '<tr><td style="padding:16px;background:#fafafa"><b>Patarimas savaitei:</b> kaip pasiruošti techniniam darbo pokalbiui? '
              '<a href="https://www.cv.lt/patarimai/darbo-pokalbis">Skaityti</a></td></tr>'
              '<tr><td style="padding:16px;font-size:11px;color:#888">Gavote šį laišką, nes užsiprenumeravote darbo pasiūlymus. '
              '<a href="https://www.cv.lt/nustatymai">Atsisakyti</a></td></tr></table></body></html>\n')
    root = alt(t, "c02", style="java", html_cte="base64", markup=markup)
    return [("01-cvlt-nauji-skelbimai.eml",
             message("c02", s, ("CV.lt", "pranesimai@cv.lt"), "Nauji darbo skelbimai pagal Jūsų paiešką: backend, Vilnius / Kaunas",
                     root, return_path="bounce-" + hx("c02rp", 10) + "@cv.lt",
                     host=("mx-out3.cv.lt", "185.5.53.21"),
                     extra=[("List-Unsubscribe", "<https://www.cv.lt/nustatymai>"), ("Precedence", "bulk")]))], []


@case("neris-teamtailor-technical-ics", "easy", "positive/ats-email-with-ics",
      "Teamtailor invitation (no-reply sender, Reply-To recruiter) with interview.ics in UTC; next-day "
      "reminder says 'tomorrow'. One interview; Darius is the interviewer, Gintarė only coordinates.")
def c03():
    gint = ("Gintarė Žemaitytė", "gintare.zemaityte@neriscapital.example")
    darius = ("Darius Mickevičius", "darius.mickevicius@neriscapital.example")
    tt = ("Neris Capital", "no-reply@mail.teamtailor.com")
    start = D(VLN, 2026, 10, 13, 11, 0, wd="Tue", off="+0300")
    end = start + M60
    s1 = D(UTC, 2026, 10, 7, 14, 21, 9, wd="Wed")
    s2 = D(UTC, 2026, 10, 12, 8, 0, 14, wd="Mon")
    uid = f"tt-interview-{hx('c03uid', 20)}@teamtailor.com"
    code = meet_code("c03")
    t1 = f"""Hi Rūta,

Thank you for your interest in the Backend Engineer (Go) position at Neris Capital!

We would like to invite you to a technical interview.

When: {en_long(start)}, {hm(start)} - {hm(end)} (Europe/Vilnius)
Where: Google Meet - https://meet.google.com/{code}
Interviewer: {darius[0]}, Engineering Lead ({darius[1]})

What to expect: about an hour, starting with a walkthrough of a service you have built and followed by a short code-reading exercise in Go. No preparation is needed beyond a working camera and microphone.

A calendar file is attached. If the time doesn't suit you, just reply to this email and we will find another slot.

Best regards,
Gintarė Žemaitytė
People Partner | Neris Capital

--
Sent via Teamtailor. Manage your data: https://neriscapital.teamtailor.com/connect
"""
    ics = simple_ics("-//Teamtailor//Interview//EN", uid, 0, s1, start, end,
                     "Technical interview: Backend Engineer (Go) - Neris Capital",
                     f"Technical interview with {darius[0]} (Engineering Lead).\nGoogle Meet: https://meet.google.com/{code}",
                     gint, [(darius[0], darius[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     location=f"https://meet.google.com/{code}")
    root1 = multipart("mixed", [alt(t1, "c03-1a", "java"), attach(ics, "interview.ics", "text/calendar")], "c03-1", "java")
    t2 = f"""Hi Rūta,

This is a friendly reminder that your technical interview with Neris Capital is tomorrow at {hm(start)} (Europe/Vilnius).

Join here: https://meet.google.com/{code}

Good luck!
The Neris Capital team
"""
    return [
        ("01-teamtailor-interview-invitation.eml",
         message("c03-1", s1, tt, "Interview invitation: Backend Engineer (Go) at Neris Capital", root1,
                 reply_to=gint, msgid=mid_plain("c03-1", "mail.teamtailor.com"),
                 return_path=f"bounces+{hx('c03b', 8)}@mail.teamtailor.com", host=("o1.mail.teamtailor.com", "167.89.12.40"))),
        ("02-teamtailor-reminder.eml",
         message("c03-2", s2, tt, "Reminder: your interview with Neris Capital", alt(t2, "c03-2", "java"),
                 reply_to=gint, msgid=mid_plain("c03-2", "mail.teamtailor.com"),
                 return_path=f"bounces+{hx('c03c', 8)}@mail.teamtailor.com", host=("o1.mail.teamtailor.com", "167.89.12.40"))),
    ], [iv("Neris Capital", "Backend Engineer (Go)", start, end, "scheduled", [darius[1]], [darius[1]], "technical")]


@case("nemuno-thread-propose-confirm-teams", "hard", "positive/thread-propose-confirm",
      "Kaunas recruiter offers two slots (spalio 14 d. 14:00 or spalio 15 d. 10:00); the confirmation "
      "quotes Rūta picking the first; then an Exchange/Teams invite with TZID 'FLE Standard Time' and a "
      "Lithuanian '(UTC+02:00) ... Vilnius' label although the date is still EEST (+03:00). One interview.")
def c04():
    inga = ("Inga Vaitkutė", "inga.vaitkute@nemunofin.example")
    tomas = ("Tomas Jankauskas", "tomas.jankauskas@nemunofin.example")
    opt1 = D(VLN, 2026, 10, 14, 14, 0, wd="Wed", off="+0300")
    opt2 = D(VLN, 2026, 10, 15, 10, 0, wd="Thu", off="+0300")
    s1 = D(VLN, 2026, 10, 8, 9, 47, 12, wd="Thu", off="+0300")
    s2 = D(VLN, 2026, 10, 8, 13, 15, 40, wd="Thu", off="+0300")
    s3 = D(VLN, 2026, 10, 8, 13, 21, 3, wd="Thu", off="+0300")
    role = "Backend programuotojas (Java)"
    t1 = f"""Laba diena, Rūta,

dėkojame už Jūsų kandidatūrą į {role} poziciją UAB „Nemuno finansai“ Kaune.

Norėtume pakviesti Jus į techninį pokalbį su mūsų Backend komandos vadovu Tomu Jankausku. Siūlome du laikus:
  • {lt_day(opt1)} {hm(opt1)}
  • {lt_day(opt2)} {hm(opt2)}

Pokalbis vyks nuotoliu per Microsoft Teams ir truks apie valandą. Atsakykite, kuris laikas Jums patogesnis, ir atsiųsiu kvietimą.

Pagarbiai
Inga Vaitkutė
Personalo atrankos specialistė
UAB „Nemuno finansai“ | Laisvės al. 53, Kaunas
+370 37 200 418
"""
    m1 = mid_outlook("c04-1", "DB9PR04MB")
    mr = ruta_mid("c04")
    t2 = f"""Ačiū, Rūta!

Fiksuojame: {lt_day(opt1)} {hm(opt1)}–15:00. Teams kvietimą gausite atskiru laišku po kelių minučių. Tomas norėtų pasikalbėti apie Kafka, transakcijų izoliaciją PostgreSQL ir vieną Jūsų projektą iš CV, tad jokios specialios užduoties ruošti nereikia.

Iki pasimatymo,
Inga

""" + quote(f"Laba diena, Inga,\n\načiū už kvietimą. Man labiau tiktų {lt_day(opt1)} {hm(opt1)}.\n\nPagarbiai\nRūta Kazlauskienė",
            f"From: Rūta Kazlauskienė <{OWNER}>\nSent: ketvirtadienis, 2026 m. spalio 8 d. 12:02\nTo: Inga Vaitkutė <{inga[1]}>\nSubject: Re: Kvietimas į techninį pokalbį – {role}\n")
    start, end = opt1, opt1 + M60
    label = "2026 m. spalio 14 d., trečiadienis 14:00–15:00 (UTC+02:00) Helsinkis, Kijevas, Ryga, Sofija, Talinas, Vilnius"
    intro = f"""Laba diena, Rūta,

kaip ir sutarėme – techninis pokalbis su Tomu Jankausku (Backend komandos vadovas). Pokalbis truks apie valandą.

Jei prisijungti nepavyktų, skambinkite man +370 37 200 418.

Pagarbiai
Inga Vaitkutė"""
    inv, _ = teams_invite("c04-3", s3, inga, [RUTA, tomas], f"Techninis pokalbis: Rūta Kazlauskienė – {role}",
                          start, end, "FLE Standard Time", label, intro,
                          "040000008200E00074C5B7101A82E00800000000" + hx("c04uid", 32).upper(), 0)
    return [
        ("01-kvietimas-i-technini-pokalbi.eml",
         message("c04-1", s1, inga, f"Kvietimas į techninį pokalbį – {role}", alt(t1, "c04-1", "outlook"),
                 msgid=m1, host=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.70"))),
        ("02-re-laikas-patvirtintas.eml",
         message("c04-2", s2, inga, f"RE: Kvietimas į techninį pokalbį – {role}", alt(t2, "c04-2", "outlook"),
                 msgid=mid_outlook("c04-2", "DB9PR04MB"), irt=mr, refs=[m1, mr],
                 host=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.70"))),
        ("03-teams-kvietimas.eml", inv),
    ], [iv("Nemuno finansai", role, start, end, "scheduled", [tomas[1]], [tomas[1]], "technical")]


@case("hackerrank-take-home", "medium", "negative/online-assessment",
      "HackerRank invitation to a timed 90-minute coding test for Lūšis Pay with a deadline; a take-home "
      "assessment is not an interview.")
def c05():
    s = D(UTC, 2026, 10, 8, 9, 5, 44, wd="Thu")
    due = D(VLN, 2026, 10, 16, 23, 59, wd="Fri", off="+0300")
    t = f"""Hi Rūta Kazlauskienė,

Lūšis Pay has invited you to take the "Backend Engineer - Payments (Java/Kotlin)" assessment on HackerRank.

Test details
  Duration: 90 minutes
  Questions: 3 coding challenges, 5 multiple-choice questions
  Languages: Java 17, Kotlin

Please complete the test before {en_long(due)}, 23:59 EEST. You can start it at any time before the deadline, but once started, the timer cannot be paused.

Start test: https://www.hackerrank.com/tests/{b32('c05t', 12)}/login?b={b32('c05b', 30)}

Before you begin, we recommend trying the sample test to get familiar with the environment: https://www.hackerrank.com/tests/sample

If you have questions about the role or the hiring process, please reach out to the recruiter at Lūšis Pay (egle.petrauskaite@lusispay.example). For technical issues, contact support@hackerrank.com.

Good luck!
Team HackerRank

Su geriausiais linkėjimais / Lūšis Pay atrankos komanda
"""
    return [("01-hackerrank-invitation.eml",
             message("c05", s, ("HackerRank", "support@hackerrank.com"), "Invitation: Lūšis Pay - Backend Engineer - Payments (Java/Kotlin) test",
                     alt(t, "c05", "java"), reply_to=("Eglė Petrauskaitė", "egle.petrauskaite@lusispay.example"),
                     msgid=mid_plain("c05", "hackerrank.com"), return_path=f"bounce-{hx('c05r', 12)}@em.hackerrank.com",
                     host=("o7.em.hackerrank.com", "149.72.134.11")))], []


@case("daugava-riga-two-interviews-recruitee", "medium", "positive/two-interviews",
      "Riga company via Recruitee: HR call (8 Oct) and later technical interview (20 Oct), each with an "
      ".ics in TZID Europe/Riga; a thank-you mail in between names the next step. Two interviews.")
def c06():
    laura = ("Laura Ozola", "laura.ozola@daugavapay.example")
    arturs = ("Artūrs Kalniņš", "arturs.kalnins@daugavapay.example")
    rec = ("Laura Ozola (Daugava Payments)", "notifications@recruitee.com")
    role = "Backend Engineer (Kotlin)"
    a1 = D(RIX, 2026, 10, 8, 10, 0, wd="Thu", off="+0300")
    a2 = D(RIX, 2026, 10, 20, 15, 0, wd="Tue", off="+0300")
    s1 = D(RIX, 2026, 10, 5, 16, 40, 18, wd="Mon", off="+0300")
    s2 = D(RIX, 2026, 10, 8, 15, 2, 51, wd="Thu", off="+0300")
    s3 = D(RIX, 2026, 10, 9, 11, 12, 30, wd="Fri", off="+0300")
    z1 = str(int(hx("c06z1", 10), 16))[:11]
    z2 = str(int(hx("c06z2", 10), 16))[:11]

    def ats_mail(title, start, end, who, zoom, extra_line):
        return f"""Hi Rūta,

Your interview with Daugava Payments has been scheduled.

{title} - {role}
{en_us(start)}
{hm(start)} - {hm(end)} (Europe/Riga, same time as Vilnius)
Location: Zoom - https://daugavapay.zoom.us/j/{zoom}
Interviewer: {who[0]} ({who[1]})

{extra_line}

Add this interview to your calendar with the attached file.

Kind regards,
Laura Ozola
Talent Acquisition | Daugava Payments SIA, Riga

This message was sent via Recruitee on behalf of Daugava Payments.
"""
    e1 = a1 + M30
    ics1 = simple_ics("-//Recruitee//Interviews//EN", f"recruitee-{hx('c06u1', 16)}@recruitee.com", 0, s1,
                      a1, e1, f"HR call: {role} - Daugava Payments", f"HR call with {laura[0]}. Zoom: https://daugavapay.zoom.us/j/{z1}",
                      laura, [(laura[0], laura[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      location=f"https://daugavapay.zoom.us/j/{z1}", tzid="Europe/Riga")
    m1t = ats_mail("HR call", a1, e1, laura, z1,
                   "It's a relaxed 30-minute conversation about your background, what you are looking for and how we work.")
    e2 = a2 + M90
    ics2 = simple_ics("-//Recruitee//Interviews//EN", f"recruitee-{hx('c06u2', 16)}@recruitee.com", 0, s3,
                      a2, e2, f"Technical interview: {role} - Daugava Payments",
                      f"Technical interview with {arturs[0]} (Tech Lead). Zoom: https://daugavapay.zoom.us/j/{z2}",
                      laura, [(arturs[0], arturs[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      location=f"https://daugavapay.zoom.us/j/{z2}", tzid="Europe/Riga")
    m3t = ats_mail("Technical interview", a2, e2, arturs, z2,
                   "Artūrs will start with a discussion of Kotlin coroutines and idempotent payment APIs, then you will "
                   "work through a small refactoring task together. Please have an IDE ready and share your screen.")
    t2 = f"""Hi Rūta,

Paldies – thank you for the chat today, it was a pleasure to hear about your ledger migration work.

Good news: we'd like to continue. The next step is a technical interview with Artūrs Kalniņš, our Tech Lead for the payments core. You'll get the invite from Recruitee shortly.

Laura
"""
    return [
        ("01-recruitee-hr-call-scheduled.eml",
         message("c06-1", s1, rec, f"Interview scheduled: HR call with Daugava Payments",
                 multipart("mixed", [alt(m1t, "c06-1a"), attach(ics1, "interview.ics", "text/calendar")], "c06-1"),
                 reply_to=laura, msgid=mid_plain("c06-1", "recruitee.com"), host=("mail-out2.recruitee.com", "159.135.228.7"))),
        ("02-laura-next-step.eml",
         message("c06-2", s2, laura, "Thank you + next step", alt(t2, "c06-2"), msgid=mid_gmail("c06-2"),
                 host=("mail-lf1-f52.google.com", "209.85.167.52"))),
        ("03-recruitee-technical-scheduled.eml",
         message("c06-3", s3, rec, f"Interview scheduled: Technical interview with Daugava Payments",
                 multipart("mixed", [alt(m3t, "c06-3a"), attach(ics2, "interview.ics", "text/calendar")], "c06-3"),
                 reply_to=laura, msgid=mid_plain("c06-3", "recruitee.com"), host=("mail-out2.recruitee.com", "159.135.228.7"))),
    ], [iv("Daugava Payments", role, a1, e1, "scheduled", [laura[1]], [laura[1]], "phone_screen"),
        iv("Daugava Payments", role, a2, e2, "scheduled", [arturs[1]], [arturs[1]], "technical")]


@case("kranich-berlin-dst-reschedule", "hard", "positive/reschedule-dst",
      "Berlin recruiter wrongly thinks the 25 Oct clock change widens the Berlin-Vilnius gap to 2 h and "
      "promises '10:00 CET = 12:00 for you'; the Google invite (SEQUENCE 0) lands at 11:00 EET. After the "
      "candidate points out both countries switch, an updated invite (same UID, SEQUENCE 1) moves it to "
      "11:00 Berlin = 12:00 Vilnius on Tue 27 Oct. Final time only.")
def c07():
    sophie = ("Sophie Kraus", "sophie.kraus@kranich.example")
    lena = ("Lena Hoffmann", "lena.hoffmann@kranich.example")
    role = "Senior Backend Engineer (Ledger)"
    first = D(BER, 2026, 10, 27, 10, 0, wd="Tue", off="+0100")
    final = D(BER, 2026, 10, 27, 11, 0, wd="Tue", off="+0100")
    assert hm(first, VLN) == "11:00" and hm(final, VLN) == "12:00"
    s1 = D(BER, 2026, 10, 15, 16, 5, 44, wd="Thu", off="+0200")
    s2 = D(UTC, 2026, 10, 15, 14, 9, 11, wd="Thu")
    s3 = D(BER, 2026, 10, 16, 9, 31, 2, wd="Fri", off="+0200")
    s4 = D(UTC, 2026, 10, 16, 7, 33, 48, wd="Fri")
    uid = b32("c07uid", 26) + "@google.com"
    t1 = f"""Hi Rūta,

Great news - the team would like to move you forward to the system design round for the {role} role.

Lena Hoffmann, Staff Engineer on our Ledger team, will run the session: 90 minutes on Google Meet, designing a double-entry ledger service together on a shared whiteboard.

How about Tuesday, 27 October at 10:00 CET? Heads-up: the clocks go back here on Sunday 25 October, and as far as I know Lithuania is then two hours ahead of Berlin, so for you that would be 12:00.

I'll send the calendar invitation in a moment.

Best,
Sophie Kraus
Talent Acquisition | Kranich Finance GmbH
Torstraße 140, 10119 Berlin
"""
    m1 = mid_gmail("c07-1")
    desc = (f"System design interview for the {role} role.\nInterviewer: {lena[0]} (Staff Engineer, Ledger).\n"
            "Bring nothing but curiosity - we'll use Excalidraw.")
    guests = [(lena[0], lena[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    summary = f"Kranich Finance: System Design Interview ({OWNER_NAME})"
    inv1, _ = google_invite("c07-2", s2, sophie, summary, first, first + M90, guests, desc, uid, 0)
    mr = ruta_mid("c07")
    t3 = f"""Hi Rūta,

You're absolutely right - Lithuania changes its clocks on the same night as we do, so we stay one hour apart. Sorry for the mix-up!

I've moved the session to 11:00 Berlin time, which is 12:00 in Vilnius, as you had blocked. Lena is fine with it. The updated invitation is on its way.

Best,
Sophie

""" + quote(f"""Hi Sophie,

Thanks, looking forward to it! One small thing: Lithuania also switches to winter time on 25 October, so Berlin and Vilnius stay one hour apart. The invite arrived for 11:00 my time, but I had blocked 12:00 based on your email, and I have a doctor's appointment at 11:00 that day.

Could we keep 12:00 Vilnius time (11:00 in Berlin)?

Best regards,
Rūta""", f"On Thu, 15 Oct 2026 at 19:48, Rūta Kazlauskienė <{OWNER}> wrote:")
    inv2, _ = google_invite("c07-4", s4, sophie, summary, final, final + M90, guests, desc, uid, 1,
                            mode="update", created=s2)
    return [
        ("01-sophie-system-design-round.eml",
         message("c07-1", s1, sophie, f"Kranich Finance - system design round ({role})", alt(t1, "c07-1"),
                 msgid=m1, host=("mail-ej1-f41.google.com", "209.85.218.41"))),
        ("02-invitation-system-design.eml", inv1),
        ("03-re-time-difference.eml",
         message("c07-3", s3, sophie, f"Re: Kranich Finance - system design round ({role})", alt(t3, "c07-3"),
                 msgid=mid_gmail("c07-3"), irt=mr, refs=[m1, mr], host=("mail-ej1-f44.google.com", "209.85.218.44"))),
        ("04-updated-invitation-system-design.eml", inv2),
    ], [iv("Kranich Finance", role, final, final + M90, "scheduled", [lena[1]], [lena[1]], "technical")]


@case("sodra-video-consultation", "medium", "negative/government-appointment",
      "Sodra confirms a remote 'vaizdo pokalbis' consultation about social-insurance contributions, with an "
      ".ics; a government appointment, not a job interview.")
def c08():
    s = D(VLN, 2026, 10, 14, 8, 41, 0, wd="Wed", off="+0300")
    start = D(VLN, 2026, 10, 21, 10, 0, wd="Wed", off="+0300")
    end = start + timedelta(minutes=20)
    sodra = ("Sodra", "pranesimai@sodra.example")
    nr = str(int(hx("c08n", 8), 16))[:8]
    t = f"""Laba diena, Rūta Kazlauskiene,

Jūsų registracija nuotolinei konsultacijai patvirtinta.

Registracijos Nr.: {nr}
Tema: valstybinio socialinio draudimo įmokos vykdant individualią veiklą
Data ir laikas: 2026 m. {lt_day(start)} {hm(start)}–{hm(end)}
Būdas: vaizdo pokalbis (nuorodą gausite SMS žinute likus 15 min. iki konsultacijos)
Konsultantė: Aistė Navickienė

Prieš konsultaciją prašome turėti asmens dokumentą ir pasiruošti klausimus. Jei negalite dalyvauti, registraciją atšaukite savitarnoje https://gyventojams.sodra.example.

Pagarbiai
Valstybinio socialinio draudimo fondo valdyba
Šis laiškas sugeneruotas automatiškai, į jį atsakyti nereikia.
"""
    ics = simple_ics("-//Sodra//Registracija//LT", f"sodra-{nr}@sodra.example", 0, s, start, end,
                     "Sodros nuotolinė konsultacija (vaizdo pokalbis)",
                     "Tema: VSD įmokos vykdant individualią veiklą. Konsultantė: Aistė Navickienė.",
                     sodra, [(OWNER_NAME, OWNER, "ACCEPTED")], location="Nuotolinė konsultacija", tzid="Europe/Vilnius")
    root = multipart("mixed", [alt(t, "c08a", "java"), attach(ics, "konsultacija.ics", "text/calendar")], "c08", "java")
    return [("01-sodra-konsultacija-patvirtinta.eml",
             message("c08", s, sodra, "Registracija patvirtinta: nuotolinė konsultacija 2026-10-21 10:00", root,
                     msgid=mid_plain("c08", "sodra.example"), host=("smtp2.sodra.example", "198.51.100.24")))], []


@case("thameside-london-greenhouse-teams", "medium", "positive/dedupe-dst-gap",
      "London bank: recruiter mail written in BST says '10:00 London = 12:00 Vilnius' for 3 Nov (after both "
      "clock changes, still 2 h); Greenhouse confirmation with UTC .ics and a Teams invite with TZID 'GMT "
      "Standard Time' / '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' all describe one interview.")
def c09():
    harriet = ("Harriet Cole", "harriet.cole@thamesidebank.example")
    callum = ("Callum Reid", "callum.reid@thamesidebank.example")
    gh = ("Thameside Bank Recruiting", "no-reply@greenhouse-mail.io")
    role = "Backend Engineer (Payments Platform)"
    start = D(LON, 2026, 11, 3, 10, 0, wd="Tue", off="+0000")
    end = start + M60
    assert hm(start, VLN) == "12:00"
    s1 = D(LON, 2026, 10, 21, 15, 20, 3, wd="Wed", off="+0100")
    s2 = D(UTC, 2026, 10, 22, 9, 12, 40, wd="Thu")
    s3 = D(LON, 2026, 10, 22, 10, 5, 19, wd="Thu", off="+0100")
    t1 = f"""Hi Rūta,

Thanks for your application for the {role} role at Thameside Bank. The hiring team enjoyed reading about your work on card-authorisation services and would like to invite you to a 60-minute technical interview with Callum Reid, Principal Engineer.

We have Tuesday 3 November at 10:00 London time available. Note the UK clocks go back on 25 October, but as Lithuania changes the same weekend you'll still be two hours ahead - so 12:00 for you.

If that works, I'll confirm through Greenhouse and Callum will send the Teams link.

Kind regards,
Harriet Cole
Talent Acquisition Partner
Thameside Bank plc | 1 Riverside Walk, London SE1
"""
    ics = simple_ics("-//Greenhouse//Greenhouse Software//EN", f"gh-{hx('c09uid', 18)}@greenhouse.io", 0, s2,
                     start, end, f"Interview: {OWNER_NAME} - {role}", f"Technical interview with {callum[0]}.",
                     (harriet[0], harriet[1]), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], location="Microsoft Teams")
    t2 = f"""Hi Rūta,

Thank you for making time to speak with us. Your interview for {role} at Thameside Bank has been confirmed. Please see the details below:

Tuesday, November 3rd 2026
10:00 AM - 11:00 AM GMT

10:00 AM - 11:00 AM   Technical Interview   {callum[0]}

Location: Microsoft Teams (your interviewer will send the joining link)

We have attached a calendar invite so you can add it to your calendar. If you need to reschedule, please reply to this email.

Kind regards,
Harriet Cole
"""
    intro = f"""Hi Rūta,

Looking forward to our chat on Tuesday. We'll spend most of the hour on a practical problem around payment retries and idempotency, plus some questions about your experience with event-driven systems.

Callum Reid
Principal Engineer, Payments Platform"""
    inv, _ = teams_invite("c09-3", s3, callum, [RUTA], f"Thameside Bank - Technical Interview - {OWNER_NAME}",
                          start, end, "GMT Standard Time",
                          f"{en_long(start)} 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.", intro,
                          "040000008200E00074C5B7101A82E00800000000" + hx("c09uid2", 32).upper(), 0,
                          cc=[harriet], lang="en-GB")
    return [
        ("01-harriet-technical-interview.eml",
         message("c09-1", s1, harriet, f"Thameside Bank - technical interview for {role}", alt(t1, "c09-1", "outlook"),
                 msgid=mid_outlook("c09-1", "LO2P265MB"), host=("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.103.88"))),
        ("02-greenhouse-interview-confirmation.eml",
         message("c09-2", s2, gh, f"Interview Confirmation: {OWNER_NAME} - {role}",
                 multipart("mixed", [alt(t2, "c09-2a"), attach(ics, "interview.ics", "text/calendar")], "c09-2"),
                 reply_to=harriet, msgid=mid_plain("c09-2", "greenhouse-mail.io"),
                 host=("mail190-7.suw21.mandrillapp.com", "198.2.190.7"))),
        ("03-teams-technical-interview.eml", inv),
    ], [iv("Thameside Bank", role, start, end, "scheduled", [callum[1]], [callum[1]], "technical")]


@case("santaka-personio-moved-by-mail", "hard", "positive/reschedule-by-email",
      "Personio invitation (UTC .ics, Thu 22 Oct 10:00 EEST) for a team-lead interview in Kaunas; the "
      "recruiter then moves it by plain mail 'lygiai savaite vėliau, tuo pačiu laiku' and confirms spalio 29 d. "
      "10:00 (now EET, +02:00). No new .ics; the final time is only in the mail.")
def c10():
    ieva = ("Ieva Stankevičiūtė", "ieva.stankeviciute@santakalabs.example")
    andrius = ("Andrius Petraitis", "andrius.petraitis@santakalabs.example")
    pers = ("Santaka Labs", "no-reply@personio.de")
    role = "Backend Engineer (Python)"
    first = D(VLN, 2026, 10, 22, 10, 0, wd="Thu", off="+0300")
    final = D(VLN, 2026, 10, 29, 10, 0, wd="Thu", off="+0200")
    s1 = D(UTC, 2026, 10, 14, 8, 2, 27, wd="Wed")
    s2 = D(VLN, 2026, 10, 19, 17, 48, 9, wd="Mon", off="+0300")
    s3 = D(VLN, 2026, 10, 20, 9, 10, 55, wd="Tue", off="+0300")
    code = meet_code("c10")
    t1 = f"""Sveiki, Rūta,

kviečiame Jus į kitą atrankos etapą – pokalbį su komandos vadovu.

Pozicija: {role}
Data: 2026-10-22 ({WD_LT_NOM[first.weekday()]})
Laikas: 10:00–11:00 (Europe/Vilnius)
Vieta: Google Meet, https://meet.google.com/{code}
Pokalbį ves: {andrius[0]}, Backend komandos vadovas ({andrius[1]})

Pridedame kalendoriaus failą. Jei laikas netinka, atsakykite į šį laišką.

Linkėjimai,
Santaka Labs komanda
Šis laiškas išsiųstas per Personio.
"""
    ics = simple_ics("-//Personio GmbH//Personio Recruiting//EN", f"personio-{hx('c10uid', 20)}@personio.de", 0, s1,
                     first, first + M60, f"Pokalbis su komandos vadovu – {role} – Santaka Labs",
                     f"Pokalbį ves {andrius[0]}. Google Meet: https://meet.google.com/{code}",
                     (ieva[0], ieva[1]), [(andrius[0], andrius[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     location=f"https://meet.google.com/{code}")
    m2 = mid_gmail("c10-2")
    t2 = f"""Sveika, Rūta,

labai atsiprašau už nepatogumus – Andrius šį ketvirtadienį netikėtai turi išvykti į konferenciją Berlyne.

Ar galėtume pokalbį perkelti lygiai savaite vėliau – į kitą ketvirtadienį, tuo pačiu laiku (10:00)? Tą savaitę jau būsime perėję prie žiemos laiko, bet 10:00 lieka 10:00 pagal Vilniaus laiką. Google Meet nuoroda ta pati.

Ieva Stankevičiūtė
Talentų komanda | Santaka Labs, Kaunas
"""
    mr = ruta_mid("c10")
    t3 = f"""Ačiū, Rūta, kad taip lanksčiai!

Patvirtinu: {lt_day(final)} 10:00–11:00, ta pati nuoroda https://meet.google.com/{code}. Personio kalendoriaus įrašo atnaujinti nepavyko, todėl tiesiog pasižymėk šį laiką. Andrius jau žino.

Iki pasimatymo!
Ieva

""" + quote("Laba diena, Ieva,\n\njokių problemų, kitas ketvirtadienis 10:00 man tinka.\n\nRūta",
            f"2026-10-19, pr, 21:14, Rūta Kazlauskienė <{OWNER}> rašė:")
    return [
        ("01-personio-kvietimas.eml",
         message("c10-1", s1, pers, f"Kvietimas į pokalbį: {role} – Santaka Labs",
                 multipart("mixed", [alt(t1, "c10-1a", "java"), attach(ics, "pokalbis.ics", "text/calendar")], "c10-1", "java"),
                 reply_to=ieva, msgid=mid_plain("c10-1", "personio.de"), host=("mail-eu1.personio.de", "185.12.80.14"))),
        ("02-ieva-perkelti-pokalbi.eml",
         message("c10-2", s2, ieva, "Pokalbio su Andriumi perkėlimas", plain(t2), msgid=m2,
                 host=("mail-wm1-f53.google.com", "209.85.128.53"))),
        ("03-re-perkelta-patvirtinta.eml",
         message("c10-3", s3, ieva, "Re: Pokalbio su Andriumi perkėlimas", alt(t3, "c10-3"),
                 msgid=mid_gmail("c10-3"), irt=mr, refs=[m2, mr], host=("mail-wm1-f53.google.com", "209.85.128.53"))),
    ], [iv("Santaka Labs", role, final, final + M60, "scheduled", [andrius[1]], [andrius[1]], "hiring_manager")]


@case("kopa-google-cancelled-technical", "medium", "positive/cancellation",
      "Google invite for a technical interview on Wed 4 Nov 11:00 EET, then a recruiter mail (role frozen) "
      "and a Google 'Canceled event' (METHOD:CANCEL, same UID, SEQUENCE 1). One cancelled interview.")
def c11():
    simona = ("Simona Baranauskaitė", "simona.baranauskaite@kopa.example")
    justinas = ("Justinas Kavaliauskas", "justinas.kavaliauskas@kopa.example")
    role = "Backend Engineer (Open Banking)"
    start = D(VLN, 2026, 11, 4, 11, 0, wd="Wed", off="+0200")
    end = start + M60
    s1 = D(UTC, 2026, 10, 27, 12, 14, 31, wd="Tue")
    s2 = D(VLN, 2026, 11, 2, 10, 5, 0, wd="Mon", off="+0200")
    s3 = D(UTC, 2026, 11, 2, 8, 6, 40, wd="Mon")
    uid = b32("c11uid", 26) + "@google.com"
    summary = f"Kopa: techninis pokalbis – {OWNER_NAME} ({role})"
    desc = (f"Techninis pokalbis su {justinas[0]} (Senior Backend Engineer, Open Banking komanda).\n"
            "Temos: PSD2 API, OAuth2, Go/Kotlin mikroservisai. Trukmė – 1 val.")
    guests = [(justinas[0], justinas[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    inv1, _ = google_invite("c11-1", s1, simona, summary, start, end, guests, desc, uid, 0)
    t2 = f"""Laba diena, Rūta,

labai atsiprašome, bet turime atšaukti trečiadienio ({lt_day(start)}) techninį pokalbį. Open Banking komandos plėtra laikinai sustabdyta, kol peržiūrimas kitų metų biudžetas, todėl šios pozicijos atrankos kol kas netęsiame.

Jūsų kandidatūra mums tikrai patiko – jei pozicija bus atnaujinta, pirmiausia susisieksime su Jumis.

Pagarbiai
Simona Baranauskaitė
Kopa Fintech | Personalo skyrius
"""
    inv3, _ = google_invite("c11-3", s3, simona, summary, start, end, guests, desc, uid, 1, mode="cancel", created=s1)
    return [
        ("01-invitation-techninis-pokalbis.eml", inv1),
        ("02-simona-atsaukiame.eml",
         message("c11-2", s2, simona, "Dėl trečiadienio pokalbio", alt(t2, "c11-2"), msgid=mid_gmail("c11-2"),
                 host=("mail-pj1-f47.google.com", "209.85.216.47"))),
        ("03-canceled-event.eml", inv3),
    ], [iv("Kopa Fintech", role, start, end, "cancelled", [justinas[1]], [justinas[1]], "technical")]


@case("meetup-talk-speaker", "medium", "negative/own-talk",
      "Rūta is the speaker at a backend meetup hosted in a fintech office; speaker logistics mail and a "
      "Google invite, plus a mention of a short blog interview after the talk. No job interview.")
def c12():
    vaida = ("Vaida Rimkutė", "vaida.rimkute@vilniusbackend.example")
    start = D(VLN, 2026, 11, 19, 18, 30, wd="Thu", off="+0200")
    end = start + timedelta(minutes=35)
    s1 = D(VLN, 2026, 11, 9, 20, 12, 33, wd="Mon", off="+0200")
    s2 = D(UTC, 2026, 11, 9, 18, 20, 5, wd="Mon")
    t1 = f"""Sveika, Rūta!

dar kartą ačiū, kad sutikai kalbėti Vilnius Backend Meetup #37. Štai vakaro planas:

18:00 – registracija, pica
18:30 – tavo pranešimas „Idempotency in payment APIs: lessons from SEPA Instant“ (25 min + 10 min klausimams)
19:15 – Mindaugo pranešimas apie PostgreSQL logical replication
20:00 – networking

Renginį šįkart globoja Šviesa Finance, adresas Konstitucijos pr. 21, 8 aukštas. Projektorius su HDMI, clicker'į turėsime. Skaidres atsiųsk iki {lt_day(start - timedelta(days=2))}, kad įkeltume į YouTube įrašą.

Po renginio mūsų tinklaraščiui norėtume trumpo (~10 min.) interviu su tavimi apie pranešimo temą – jei neprieštarauji.

Kalendoriaus kvietimą atsiunčiu atskirai. Iki pasimatymo!
Vaida
Vilnius Backend Meetup organizatorių komanda
"""
    uid = b32("c12uid", 26) + "@google.com"
    inv, _ = google_invite("c12-2", s2, vaida, f"Vilnius Backend Meetup #37 – pranešimas: {OWNER_NAME}",
                           start, end, [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                           "Tavo pranešimas: „Idempotency in payment APIs: lessons from SEPA Instant“.\n"
                           "Atvyk iki 18:00, kad spėtume patikrinti techniką.", uid, 0,
                           location="Šviesa Finance, Konstitucijos pr. 21, Vilnius", meet=False)
    return [
        ("01-vaida-meetup-planas.eml",
         message("c12-1", s1, vaida, "Vilnius Backend Meetup #37 – kalbėtojų informacija", alt(t1, "c12-1"),
                 msgid=mid_gmail("c12-1"), host=("mail-lj1-f170.google.com", "209.85.208.170"))),
        ("02-invitation-meetup.eml", inv),
    ], []


@case("gija-zoom-standalone-ics", "medium", "positive/standalone-ics",
      "Only a Zoom-generated .ics (METHOD:PUBLISH, TZID Europe/Vilnius, Lithuanian/English description) for a "
      "live-coding pair session on Thu 22 Oct 13:00-14:30 EEST.")
def c13():
    marius = ("Marius Vasiliauskas", "marius.vasiliauskas@gija.example")
    role = "Backend Developer (Go)"
    start = D(VLN, 2026, 10, 22, 13, 0, wd="Thu", off="+0300")
    end = start + M90
    stamp = D(UTC, 2026, 10, 16, 11, 40, 2, wd="Fri")
    zid = str(int(hx("c13z", 10), 16))[:11]
    desc = (f"Gija Technologies – {role}\n"
            f"Live coding / porinio programavimo sesija su {marius[0]} (Senior Engineer).\n"
            "Dirbsime kartu su nedideliu Go servisu (rate limiter), tad pasiruošk IDE ir dalinkis ekranu.\n\n"
            f"{marius[0]} is inviting you to a scheduled Zoom meeting.\n\n"
            f"Join Zoom Meeting\nhttps://gija.zoom.us/j/{zid}?pwd={b32('c13p', 24)}\n\n"
            f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {str(int(hx('c13pc', 6), 16))[:6]}")
    ics = simple_ics("-//zoom.us//iCalendar Event//EN", f"ZOOM{zid}@zoom.us", 0, stamp, start, end,
                     f"Gija Technologies: live coding su {OWNER_NAME}", desc, marius,
                     [(OWNER_NAME, OWNER, "NEEDS-ACTION")], location=f"https://gija.zoom.us/j/{zid}",
                     method="PUBLISH", tzid="Europe/Vilnius")
    return [("01-gija-live-coding.ics", ics)], [
        iv("Gija Technologies", role, start, end, "scheduled", [marius[1]], [marius[1]], "technical")]


@case("user-research-bank-app", "hard", "negative/user-research",
      "A bank's UX team recruits app users for a paid 45-minute 'naudotojų interviu'; Calendly confirms a "
      "booked slot. Booked and called an interview, but it is user research.")
def c14():
    karolina = ("Karolina Jurkšaitė", "karolina.jurksaite@bangabank.example")
    cal = ("Calendly", "notifications@calendly.com")
    start = D(VLN, 2026, 10, 28, 17, 0, wd="Wed", off="+0200")
    end = start + M45
    s1 = D(VLN, 2026, 10, 19, 11, 3, 0, wd="Mon", off="+0300")
    s2 = D(UTC, 2026, 10, 20, 6, 51, 17, wd="Tue")
    t1 = """Laba diena, Rūta,

esate Banga banko programėlės naudotoja, todėl drįstame pakviesti Jus į 45 min. nuotolinį pokalbį su mūsų UX tyrėjais. Norime suprasti, kaip planuojate savo išlaidas ir kuo naudojatės programėlėje kasdien.

Už skirtą laiką padėkosime 40 € dovanų kuponu. Nieko ruošti nereikia, tai nėra testas ir teisingų atsakymų nėra.

Pasirinkti laiką: https://calendly.com/banga-ux/naudotoju-interviu

Ačiū!
Karolina Jurkšaitė
UX Research | Banga bankas
"""
    t2 = f"""Hi Rūta Kazlauskienė,

A new event has been scheduled.

Event Type:
Banga naudotojų interviu (45 min)

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Event Date/Time:
{hm(start)} - {hm(end)}, {en_us(start)} (Eastern European Time)

Location:
Google Meet (link will be added by the host)

Description:
Pokalbis apie Banga programėlės naudojimą. Dovanų kuponas 40 € – išsiunčiamas po pokalbio.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish('c14c')}
Reschedule: https://calendly.com/reschedulings/{uuidish('c14c')}

Powered by Calendly.com
"""
    ics = simple_ics("-//Calendly//Calendly//EN", f"{uuidish('c14uid')}@calendly.com", 0, s2, start, end,
                     "Banga naudotojų interviu (45 min)", "UX tyrimo pokalbis apie Banga programėlę.",
                     karolina, [(OWNER_NAME, OWNER, "ACCEPTED")], location="Google Meet")
    return [
        ("01-banga-ux-kvietimas.eml",
         message("c14-1", s1, karolina, "Pakalbėkime apie Banga programėlę? (40 € dovanų kuponas)", alt(t1, "c14-1"),
                 msgid=mid_plain("c14-1", "bangabank.example"), host=("mx-out.bangabank.example", "198.51.100.77"))),
        ("02-calendly-confirmed.eml",
         message("c14-2", s2, cal, f"Confirmed: Banga naudotojų interviu (45 min) with Karolina Jurkšaitė on {en_us(start)}",
                 multipart("mixed", [alt(t2, "c14-2a"), attach(ics, "invite.ics")], "c14-2"), reply_to=karolina,
                 msgid=mid_plain("c14-2", "calendly.com"), host=("o3.ptr4521.calendly.com", "149.72.201.16"))),
    ], []


@case("sviesa-onsite-loop-three-invites", "hard", "positive/onsite-loop",
      "Coordinator itinerary (LT/EN) for an on-site final stage on Thu 12 Nov plus three separate Google "
      "invites (live coding, system design, team-lead meeting) with a lunch gap. One onsite interview "
      "10:00-13:45 EET with three interviewers; the coordinator is not an interviewer.")
def c15():
    gabija = ("Gabija Mockutė", "gabija.mockute@sviesafinance.example")
    karolis = ("Karolis Šimkus", "karolis.simkus@sviesafinance.example")
    dovile = ("Dovilė Lukošiūtė", "dovile.lukosiute@sviesafinance.example")
    rasa = ("Rasa Jonaitienė", "rasa.jonaitiene@sviesafinance.example")
    role = "Backend Engineer (Card Issuing)"
    day = D(VLN, 2026, 11, 12, 10, 0, wd="Thu", off="+0200")
    sessions = [
        ("Live coding (pair) – " + OWNER_NAME, day, day + M60, karolis,
         "Porinio programavimo sesija: Kotlin, kortelių autorizacijos srautas. Kompiuterį suteiksime."),
        ("System design – " + OWNER_NAME, day + timedelta(minutes=75), day + timedelta(minutes=135), dovile,
         "Sistemos dizaino sesija: kortelių limitų servisas, didelis apkrovimas, idempotencija."),
        ("Susitikimas su komandos vadove – " + OWNER_NAME, day + timedelta(hours=3), day + timedelta(hours=3, minutes=45), rasa,
         "Pokalbis su Card Issuing komandos vadove apie darbo būdą, komandą ir lūkesčius."),
    ]
    s0 = D(VLN, 2026, 11, 4, 11, 30, 14, wd="Wed", off="+0200")
    t0 = f"""Sveika, Rūta,

džiaugiamės, kad pereini į finalinį atrankos etapą! Jis vyks mūsų biure (Konstitucijos pr. 21, 8 aukštas, Vilnius) {lt_day(day)}.

Darbotvarkė / Agenda:
  10:00–11:00  Live coding (pair) su Karoliu Šimkumi
  11:15–12:15  System design su Dovile Lukošiūte
  12:15–13:00  Pietūs su komanda (lunch with the team)
  13:00–13:45  Susitikimas su komandos vadove Rasa Jonaitiene

Registratūroje pasakyk, kad atvykai pas mane – išduosime svečio kortelę. Kiekvienai sesijai atsiųsiu atskirą kalendoriaus kvietimą.

Jei kiltų klausimų, rašyk ar skambink: +370 655 21 904.

Iki pasimatymo!
Gabija Mockutė
Recruitment Coordinator | Šviesa Finance
"""
    items = [("01-gabija-finalinio-etapo-darbotvarke.eml",
              message("c15-0", s0, gabija, f"Finalinis etapas {lt_day(day)} – darbotvarkė", alt(t0, "c15-0"),
                      msgid=mid_gmail("c15-0"), host=("mail-qv1-f49.google.com", "209.85.219.49")))]
    for i, (summ, st, en, who, desc) in enumerate(sessions):
        sent = D(UTC, 2026, 11, 4, 9, 41 + 2 * i, 7 + 11 * i)
        inv, _ = google_invite(f"c15-{i + 1}", sent, gabija, f"Šviesa Finance: {summ}", st, en,
                               [(who[0], who[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                               desc + f"\nPozicija: {role}.", b32(f"c15uid{i}", 26) + "@google.com", 0,
                               location="Šviesa Finance, Konstitucijos pr. 21, Vilnius (8 aukštas)", meet=False)
        items.append((f"0{i + 2}-invitation-{['live-coding', 'system-design', 'komandos-vadove'][i]}.eml", inv))
    assert hm(sessions[-1][2]) == "13:45"
    ppl = [karolis[1], dovile[1], rasa[1]]
    return items, [iv("Šviesa Finance", role, day, sessions[-1][2], "scheduled", ppl, ppl, "onsite")]


@case("azuolo-calendly-cto-chat", "medium", "positive/calendly",
      "CTO sends a Calendly link for the final chat (unbooked at first); the Calendly confirmation books "
      "Fri 6 Nov 16:00-16:45 Eastern European Time. The CTO is the interviewer.")
def c16():
    mantas = ("Mantas Urbonas", "mantas.urbonas@azuolokreditas.example")
    cal = ("Calendly", "notifications@calendly.com")
    role = "Senior Backend Engineer (Lending Platform)"
    start = D(VLN, 2026, 11, 6, 16, 0, wd="Fri", off="+0200")
    end = start + M45
    s1 = D(VLN, 2026, 10, 30, 17, 55, 41, wd="Fri", off="+0200")
    s2 = D(UTC, 2026, 11, 2, 18, 22, 10, wd="Mon")
    zid = str(int(hx("c16z", 10), 16))[:11]
    t1 = f"""Laba diena, Rūta,

komanda labai teigiamai įvertino techninius etapus – sveikinu! Paskutinis žingsnis prieš sprendimą – neformalus pokalbis su manimi apie Ąžuolo Kredito architektūros kryptį ir tai, ką norėtum kurti pas mus.

Pasirink tau patogų laiką kitą savaitę: https://calendly.com/mantas-azuolo/cto-pokalbis

Pagarbiai
Mantas Urbonas
CTO | Ąžuolo Kreditas
"""
    t2 = f"""Hi Rūta Kazlauskienė,

Your Pokalbis su CTO with Mantas Urbonas at {hm(start)} (Eastern European Time) on {en_us(start)} is scheduled.

Event Type:
Pokalbis su CTO (45 min)

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Event Date/Time:
{hm(start)} - {hm(end)}, {en_us(start)} (Eastern European Time)

Location:
This is a Zoom web conference.
https://azuolokreditas.zoom.us/j/{zid}

Questions:
Kuriai pozicijai kandidatuojate?
{role}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish('c16c')}
Reschedule: https://calendly.com/reschedulings/{uuidish('c16c')}

Powered by Calendly.com
"""
    ics = simple_ics("-//Calendly//Calendly//EN", f"{uuidish('c16uid')}@calendly.com", 0, s2, start, end,
                     "Pokalbis su CTO (Ąžuolo Kreditas)", f"Zoom: https://azuolokreditas.zoom.us/j/{zid}",
                     mantas, [(OWNER_NAME, OWNER, "ACCEPTED")], location=f"https://azuolokreditas.zoom.us/j/{zid}")
    m1 = mid_gmail("c16-1")
    return [
        ("01-mantas-cto-pokalbis.eml",
         message("c16-1", s1, mantas, "Paskutinis etapas – pokalbis su CTO", alt(t1, "c16-1"), msgid=m1,
                 host=("mail-oa1-f46.google.com", "209.85.160.46"))),
        ("02-calendly-confirmed.eml",
         message("c16-2", s2, cal, f"Confirmed: Pokalbis su CTO with Mantas Urbonas on {en_us(start)}",
                 multipart("mixed", [alt(t2, "c16-2a"), attach(ics, "invite.ics")], "c16-2"), reply_to=mantas,
                 msgid=mid_plain("c16-2", "calendly.com"), host=("o3.ptr4521.calendly.com", "149.72.201.16"))),
    ], [iv("Ąžuolo Kreditas", role, start, end, "scheduled", [mantas[1]], [mantas[1]], "hiring_manager")]


@case("vingis-availability-request", "hard", "negative/availability-request",
      "Recruiter asks when Rūta is free on 10-12 Nov (9-17 val.) for a first call and offers a Calendly link; "
      "nothing is booked.")
def c17():
    paulina = ("Paulina Butkutė", "paulina.butkute@vingispay.example")
    s = D(VLN, 2026, 11, 5, 14, 33, 20, wd="Thu", off="+0200")
    a = D(VLN, 2026, 11, 10, 9, 0, wd="Tue", off="+0200")
    b = D(VLN, 2026, 11, 12, 17, 0, wd="Thu", off="+0200")
    t = f"""Laba diena, Rūta,

radau Jūsų profilį CVbankas.lt ir norėčiau pakviesti į trumpą pirminį pokalbį dėl Backend Developer (Go) pozicijos Vingis Pay komandoje.

Parašykite, kada kitą savaitę būtumėte laisva – mums tiktų {MON_LT_GEN[a.month - 1]} {a.day}–{b.day} d. tarp {a.hour} ir {b.hour} val. Arba, jei patogiau, laiką galite pasirinkti patys: https://calendly.com/paulina-vingispay/30min

Pokalbis truktų apie 30 min., vaizdo skambučiu.

Gražios dienos!
Paulina Butkutė
Talent Acquisition | Vingis Pay
"""
    return [("01-paulina-pirminis-pokalbis.eml",
             message("c17", s, paulina, "Backend Developer (Go) – Vingis Pay: ar galime pasikalbėti?", alt(t, "c17"),
                     msgid=mid_gmail("c17"), host=("mail-io1-f54.google.com", "209.85.166.54")))], []


@case("tiltas-gcal-json-team-lead", "medium", "positive/gcal-json",
      "Only a Calendar API event (Europe/Vilnius, +02:00, owner self:true): in-person meeting with the Core "
      "Banking team lead on Tue 10 Nov; the coordinator organizer is not an interviewer.")
def c18():
    monika = ("Monika Lukšaitė", "monika.luksaite@tiltaspay.example")
    vytautas = ("Vytautas Žukauskas", "vytautas.zukauskas@tiltaspay.example")
    role = "Backend Engineer (Core Banking)"
    start = D(VLN, 2026, 11, 10, 15, 0, wd="Tue", off="+0200")
    end = start + M60
    eid = b32("c18id", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c18etag', 12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-03T09:14:22.000Z",
        "updated": "2026-11-03T10:02:47.318Z",
        "summary": f"Tiltas Pay | Susitikimas su komandos vadovu – {OWNER_NAME}",
        "description": (f"Pokalbis su Core Banking komandos vadovu Vytautu Žukausku dėl {role} pozicijos.\n"
                        "Atvykus užsiregistruokite registratūroje (3 aukštas). Koordinatorė: Monika Lukšaitė, +370 699 10 372."),
        "location": "Tiltas Pay, Gedimino pr. 44, Vilnius",
        "creator": {"email": monika[1], "displayName": monika[0]},
        "organizer": {"email": monika[1], "displayName": monika[0]},
        "start": {"dateTime": iso(start), "timeZone": "Europe/Vilnius"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Vilnius"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": monika[1], "displayName": monika[0], "organizer": True, "responseStatus": "accepted"},
            {"email": vytautas[1], "displayName": vytautas[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return [("01-tiltas-komandos-vadovas.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], [
        iv("Tiltas Pay", role, start, end, "scheduled", [vytautas[1]], [vytautas[1]], "hiring_manager")]


@case("medus-referral-bonus", "medium", "negative/referral-bonus",
      "Current employer's HR (via Personio) tells Rūta that the friend she referred passed his technical "
      "interview and signed; a referral-bonus notice about someone else's interview.")
def c19():
    jurgita = ("Jurgita Adomaitienė", "jurgita.adomaitiene@medus.example")
    s = D(VLN, 2026, 11, 9, 10, 20, 0, wd="Mon", off="+0200")
    past = D(VLN, 2026, 11, 2, 11, 0, wd="Mon", off="+0200")
    t = f"""Sveika, Rūta,

turime gerų žinių iš rekomendacijų programos! Tavo rekomenduotas kandidatas Paulius Stankevičius sėkmingai praėjo techninį pokalbį ({lt_day(past)}) bei pokalbį su CTO ir pasirašė darbo sutartį – Medus Software komandoje jis pradės dirbti gruodžio 1 d.

Rekomendacijos premija – 1 500 € (bruto) – bus išmokėta kartu su atlyginimu, kai Paulius sėkmingai baigs 3 mėn. bandomąjį laikotarpį. Išmokos būseną galėsi matyti Personio skiltyje „Mano dokumentai“.

Ačiū, kad padedi auginti komandą!

Jurgita Adomaitienė
HR vadovė | Medus Software
"""
    return [("01-rekomendaciju-premija.eml",
             message("c19", s, ("Medus Software HR", "no-reply@personio.de"), "Rekomendacijų programa: premija už Pauliaus įdarbinimą",
                     alt(t, "c19", "java"), reply_to=jurgita, msgid=mid_plain("c19", "personio.de"),
                     host=("mail-eu1.personio.de", "185.12.80.14")))], []


@case("debesu-teams-hr-screen-after-dst", "medium", "positive/teams-dst",
      "Exchange/Teams invite (FLE Standard Time) sent in EEST for an HR video screen on Mon 26 Oct 09:30, the "
      "first morning after the clock change (+02:00); the recruiter's reminder stresses 9:30 winter time.")
def c20():
    agne = ("Agnė Kairytė", "agne.kairyte@debesubankas.example")
    role = "Backend Engineer (Kotlin)"
    start = D(VLN, 2026, 10, 26, 9, 30, wd="Mon", off="+0200")
    end = start + M30
    s1 = D(VLN, 2026, 10, 22, 14, 2, 8, wd="Thu", off="+0300")
    s2 = D(VLN, 2026, 10, 23, 16, 45, 30, wd="Fri", off="+0300")
    label = "pirmadienis, 2026 m. spalio 26 d. 09:30–10:00 (UTC+02:00) Helsinkis, Kijevas, Ryga, Sofija, Talinas, Vilnius"
    intro = f"""Sveika, Rūta,

kviečiu į pirminį pokalbį dėl {role} pozicijos Debesų Banke. Pokalbis vaizdo skambučiu, apie 30 min.: trumpai apie banką ir komandą, tavo patirtį, atlyginimo lūkesčius ir tolimesnius etapus.

Iki pasimatymo!
Agnė Kairytė
Atrankos partnerė | Debesų Bankas"""
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c20uid", 32).upper()
    inv, _ = teams_invite("c20-1", s1, agne, [RUTA], f"Pirminis pokalbis: Debesų Bankas – {role}", start, end,
                          "FLE Standard Time", label, intro, uid, 0)
    t2 = f"""Sveika, Rūta,

trumpas priminimas: šį sekmadienį (spalio 25 d.) laikrodžiai persukami valandą atgal, tad pirmadienio pokalbis vyks 9:30 jau pagal žiemos laiką. Jei telefono kalendorius rodytų kitą laiką – orientuokis į 9:30 Vilniaus laiku.

Gero savaitgalio!
Agnė
"""
    return [
        ("01-teams-pirminis-pokalbis.eml", inv),
        ("02-agne-priminimas.eml",
         message("c20-2", s2, agne, "Priminimas dėl pirmadienio pokalbio", plain(t2, "base64"),
                 msgid=mid_outlook("c20-2", "AS8PR07MB"), host=("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.247.60"))),
    ], [iv("Debesų Bankas", role, start, end, "scheduled", [agne[1]], [agne[1]], "phone_screen")]


@case("vetrunge-cvbankas-rejection", "easy", "negative/rejection",
      "CVbankas.lt relays a Lithuanian rejection after an earlier 'darbo pokalbis'; no interview to attend.")
def c21():
    s = D(VLN, 2026, 11, 3, 13, 5, 51, wd="Tue", off="+0200")
    t = """Laba diena, Rūta,

dėkojame už Jūsų skirtą laiką ir dalyvavimą darbo pokalbyje dėl Backend programuotojo (.NET) pozicijos UAB „Vėtrungė Soft“.

Deja, šį kartą nusprendėme tęsti atranką su kandidatais, kurių patirtis labiau atitinka mūsų projekto poreikius. Jūsų duomenis, gavę sutikimą, išsaugosime ir, atsiradus tinkamai pozicijai, mielai susisieksime.

Linkime sėkmės karjeros kelyje!

Pagarbiai
UAB „Vėtrungė Soft“ personalo skyrius

Šis pranešimas išsiųstas per CVbankas.lt. Atsakymų į jį nestebime.
"""
    return [("01-cvbankas-atsakymas.eml",
             message("c21", s, ("CVbankas.lt", "noreply@cvbankas.lt"), "Atsakymas į Jūsų kandidatūrą: Backend programuotojas (.NET)",
                     alt(t, "c21", "java", text_cte="base64", html_cte="base64"), msgid=mid_plain("c21", "cvbankas.lt"),
                     host=("mail3.cvbankas.lt", "185.47.16.203")))], []


@case("neris-offer-letter", "easy", "negative/offer",
      "Offer e-mail with a PDF after the process; mentions a possible call only as 'parašyk, kada patogu'. "
      "Offers are not interviews.")
def c22():
    gint = ("Gintarė Žemaitytė", "gintare.zemaityte@neriscapital.example")
    s = D(VLN, 2026, 11, 20, 12, 40, 3, wd="Fri", off="+0200")
    valid = D(VLN, 2026, 11, 27, 18, 0, wd="Fri", off="+0200")
    t = f"""Sveika, Rūta,

su malonumu siunčiame Tau darbo pasiūlymą Backend Engineer (Go) pozicijai Neris Capital!

Pagrindinės sąlygos:
  • Atlyginimas: 5 400 € per mėn. (bruto)
  • Darbo pradžia: 2027 m. sausio 4 d.
  • Hibridinis darbas, biuras Vilniuje (Konstitucijos pr. 7)
  • Metinis mokymosi biudžetas 1 500 €, papildomas sveikatos draudimas

Visos detalės – prisegtame dokumente. Pasiūlymas galioja iki {lt_day(valid)} 18:00.

Jei turi klausimų ar norėtum aptarti sąlygas, parašyk, kada patogu – mielai paskambinsiu.

Pagarbiai / Kind regards,
Gintarė Žemaitytė
People Partner | Neris Capital
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    root = multipart("mixed", [alt(t, "c22a"), attach(pdf, "Neris_Capital_darbo_pasiulymas_R_Kazlauskiene.pdf", "application/pdf")], "c22")
    return [("01-darbo-pasiulymas.eml",
             message("c22", s, gint, "Darbo pasiūlymas – Backend Engineer (Go) | Neris Capital", root,
                     msgid=mid_gmail("c22"), host=("mail-ed1-f43.google.com", "209.85.208.43")))], []


# =========================================================================== README / output
TZ_NOTES = {
    "lusispay-hr-screen-tomorrow": "'rytoj 14 val.' resolved against Date Tue 6 Oct 2026 +0300 -> 2026-10-07T14:00+03:00 (EEST).",
    "nemuno-thread-propose-confirm-teams": "Teams invite with TZID 'FLE Standard Time' and a '(UTC+02:00) ... Vilnius' display label, but 14 Oct is still summer time -> +03:00.",
    "daugava-riga-two-interviews-recruitee": ".ics in TZID Europe/Riga (same offset as Vilnius, +03:00 in October).",
    "kranich-berlin-dst-reschedule": "Berlin/Vilnius across the 25 Oct change: recruiter wrongly assumes a 2 h gap; invite at 10:00 CET = 11:00 EET moved (SEQUENCE 1) to 11:00 CET = 12:00 EET; final 2026-10-27T11:00+01:00.",
    "thameside-london-greenhouse-teams": "Mail sent in BST (+0100) for an interview after the change: 3 Nov 10:00 GMT = 12:00 Vilnius; Greenhouse .ics in UTC, Teams TZID 'GMT Standard Time'.",
    "santaka-personio-moved-by-mail": "Personio .ics for 22 Oct 10:00 EEST (07:00Z); moved by mail to 29 Oct 10:00 'pagal Vilniaus laiką' = +02:00 (08:00Z), so the UTC hour changes although the wall time does not.",
    "gija-zoom-standalone-ics": "Standalone Zoom .ics with VTIMEZONE Europe/Vilnius, 22 Oct 13:00 EEST (+03:00).",
    "sviesa-onsite-loop-three-invites": "Google invites in UTC (08:00Z-11:45Z) for a 10:00-13:45 EET (+02:00) loop.",
    "azuolo-calendly-cto-chat": "Calendly 'Eastern European Time' 16:00 on 6 Nov (+02:00), .ics in UTC.",
    "tiltas-gcal-json-team-lead": "Calendar API dateTime with +02:00 and timeZone Europe/Vilnius.",
    "debesu-teams-hr-screen-after-dst": "Invite sent 22 Oct (+0300) for Mon 26 Oct 09:30, the first workday after the change (+02:00); 'FLE Standard Time' VTIMEZONE.",
    "kopa-google-cancelled-technical": "Google invite in UTC (09:00Z) = 11:00 EET on 4 Nov (+02:00); cancelled.",
}


def main():
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    rows = []
    for n, (slug, diff, cat, notes, fn) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:02d}-{slug}"
        items, ivs = fn()
        d = OUT / cid
        d.mkdir()
        names = [nm for nm, _ in items]
        assert names == sorted(names) and all(nm[:3] == f"{i:02d}-" for i, nm in enumerate(names, 1)), names
        for nm, data in items:
            (d / nm).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[cid] = {"user": OWNER, "interview": bool(ivs), "interviews": ivs, "difficulty": diff,
                       "category": cat, "notes": notes, "source": "synthetic"}
        rows.append((n, cid, ivs, cat))
    text = ("# Labels for blind291 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")

    pos = [r for r in rows if r[2]]
    allivs = [i for r in rows for i in r[2]]
    by_status = {s: sum(1 for i in allivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    by_kind = {k: sum(1 for i in allivs if i["kind"] == k) for k in ("phone_screen", "technical", "hiring_manager", "onsite", "other")}
    num = {slug: n for n, (slug, *_rest) in enumerate(CASES, 1)}
    rd = [f"# blind291: Vilnius fintech job search, Lithuanian/English mixed mailbox (written blind)", "",
          f"Mailbox owner: {OWNER_NAME} <{OWNER}>, backend engineer in Vilnius (Europe/Vilnius: EEST UTC+3 until "
          "25 Oct 2026, then EET UTC+2), interviewing with Vilnius and Kaunas fintechs, a Riga company, a Berlin "
          "scale-up and a London bank in October-November 2026.", "",
          "This set was written blind: only /work/shared/eval/README.md and three dev files were read for the "
          "format; no tool code, tests or other sets were looked at. All cases are generated by `make_cases.py` "
          "(byte-identical on every run).", "",
          "## What it stresses", "",
          "- Lithuanian wording (pokalbis, techninis pokalbis, kvietimas, \"spalio 14 d. (trečiadienį) 14:00\", "
          "\"rytoj 14 val.\", vocative greetings) mixed with English ATS templates.",
          "- The 25 Oct 2026 EU clock change: a reschedule caused by a recruiter's wrong DST assumption, an interview "
          "on the first morning after the change, a mail-only move across the change, Windows 'FLE Standard Time' "
          "invites whose '(UTC+02:00)' label hides +03:00 summer time.",
          "- Dedupe across recruiter mail + ATS .ics + Teams invite; onsite loop sent as three invites; thread with "
          "proposed slots confirmed later; two interviews in one case; one cancellation.",
          "- Hard negatives: HackerRank take-home, Sodra video consultation, meetup talk she gives (with a blog "
          "interview), paid user-research 'interviu' booked via Calendly, referral-bonus notice about a friend's "
          "interview, unbooked availability request, CVbankas rejection, offer, CV.lt job alert.", "",
          "## Counts", "",
          f"- Cases: {len(rows)}; positives: {len(pos)}; negatives: {len(rows) - len(pos)}",
          f"- Labelled interviews: {len(allivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})",
          "- By kind: " + ", ".join(f"{k} {v}" for k, v in by_kind.items() if v), "",
          "## Cases", ""]
    for n, cid, ivs, cat in rows:
        rd.append(f"- {cid}: {cat}, {len(ivs)} interview(s)")
    rd += ["", "## Formats used", "",
           "- Plain human e-mails and threads (In-Reply-To/References, quoted replies), text/plain + HTML, "
           "quoted-printable and base64 bodies, RFC 2047 encoded names/subjects.",
           "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL "
           "and invite.ics), including an updated (SEQUENCE 1) and a cancelled event.",
           "- Exchange/Teams meeting requests (multipart/alternative with text/calendar, TZID 'FLE Standard Time' and "
           "'GMT Standard Time', X-MICROSOFT-CDO-* properties, '(UTC+02:00)' / '(UTC+00:00)' labels).",
           "- ATS mails with .ics attachments: Teamtailor, Recruitee (TZID Europe/Riga), Personio, Greenhouse; "
           "Calendly confirmations; HackerRank, CV.lt and CVbankas.lt notifications.",
           "- A standalone Zoom .ics and a Google Calendar API `.gcal.json` event (owner `self: true`).", "",
           "## Time-zone / DST points", ""]
    for slug, note in sorted(TZ_NOTES.items(), key=lambda kv: num[kv[0]]):
        rd.append(f"- Case {num[slug]:02d} ({slug}): {note}")
    rd.append("")
    (OUT / "README.md").write_text("\n".join(rd), encoding="utf-8")
    print(f"wrote {len(rows)} cases ({len(pos)} positive), {len(allivs)} interviews -> {OUT}")


if __name__ == "__main__":
    main()
