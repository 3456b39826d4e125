#!/usr/bin/env python3
"""make_cases.py - writes the blind309 evaluation set (written blind).

Theme: an accountant in Yangon (Asia/Yangon, UTC+06:30, no DST) job hunting in Oct-Nov 2026;
mail in Burmese (Myanmar script) and English.  Deletes and rewrites every b309-* case folder,
labels.yaml and README.md next to this script.  Output is byte-identical on every run: all
dates are fixed and every Message-ID, UID and MIME boundary is derived from a hash of SEED.
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
PFX = "b309"
SEED = "blind309|yangon|aung-kyaw-min|2026"
OWNER = "aung.kyawmin@example.com"
OWNER_NAME = "Aung Kyaw Min"
ME = (OWNER_NAME, OWNER)

YGN = ZoneInfo("Asia/Yangon")
BKK = ZoneInfo("Asia/Bangkok")
SGP = ZoneInfo("Asia/Singapore")
SYD = ZoneInfo("Australia/Sydney")
LON = ZoneInfo("Europe/London")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc
FIXED = {"Asia/Yangon": "+06:30", "Asia/Bangkok": "+07:00", "Asia/Singapore": "+08:00"}


# ----------------------------------------------------------------------------- basics
def hx(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def hb(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()


def off(dt):
    m = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


def at(tz, y, mo, d, hh=0, mi=0, ss=0, wd=None, offset=None):
    """Aware datetime; asserts the weekday and the UTC offset."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    exp = offset or FIXED.get(getattr(tz, "key", ""))
    assert exp is not None, f"offset must be asserted explicitly for {tz}"
    assert off(dt) == exp, (dt, off(dt), exp)
    return dt


def check_tz_rules():
    """2026 DST facts the set relies on (plus the no-DST zones)."""
    for m in (1, 4, 7, 10, 11, 12):
        assert off(datetime(2026, m, 15, 12, tzinfo=YGN)) == "+06:30"
        assert off(datetime(2026, m, 15, 12, tzinfo=BKK)) == "+07:00"
        assert off(datetime(2026, m, 15, 12, tzinfo=SGP)) == "+08:00"
    # Sydney: DST ends Sun 5 Apr, starts Sun 4 Oct 2026
    assert datetime(2026, 4, 5).strftime("%a") == "Sun" and datetime(2026, 10, 4).strftime("%a") == "Sun"
    assert off(datetime(2026, 10, 3, 12, tzinfo=SYD)) == "+10:00"
    assert off(datetime(2026, 10, 4, 12, tzinfo=SYD)) == "+11:00"
    assert off(datetime(2026, 4, 4, 12, tzinfo=SYD)) == "+11:00"
    assert off(datetime(2026, 4, 5, 12, tzinfo=SYD)) == "+10:00"
    # US: starts Sun 8 Mar, ends Sun 1 Nov 2026
    assert datetime(2026, 3, 8).strftime("%a") == "Sun" and datetime(2026, 11, 1).strftime("%a") == "Sun"
    assert off(datetime(2026, 3, 7, 12, tzinfo=LAX)) == "-08:00"
    assert off(datetime(2026, 3, 9, 12, tzinfo=LAX)) == "-07:00"
    assert off(datetime(2026, 10, 31, 12, tzinfo=LAX)) == "-07:00"
    assert off(datetime(2026, 11, 2, 12, tzinfo=LAX)) == "-08:00"
    # EU/UK: starts Sun 29 Mar, ends Sun 25 Oct 2026
    assert datetime(2026, 3, 29).strftime("%a") == "Sun" and datetime(2026, 10, 25).strftime("%a") == "Sun"
    assert off(datetime(2026, 3, 28, 12, tzinfo=LON)) == "+00:00"
    assert off(datetime(2026, 3, 30, 12, tzinfo=LON)) == "+01:00"
    assert off(datetime(2026, 10, 24, 12, tzinfo=LON)) == "+01:00"
    assert off(datetime(2026, 10, 26, 12, tzinfo=LON)) == "+00:00"


def iso(dt):
    return dt.isoformat() if dt is not None else None


def t12(dt):
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def t12l(dt):  # lower-case style "1:00 pm"
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"


def gt(dt):  # Google Calendar style "2:30pm" / "10am"
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{dt.hour % 12 or 12}{m}{'am' if dt.hour < 12 else 'pm'}"


def en_day(dt):  # "Tuesday 13 October"
    return f"{dt:%A} {dt.day} {dt:%B}"


def en_long(dt):  # "Tuesday, 20 October 2026"
    return f"{dt:%A}, {dt.day} {dt:%B} {dt.year}"


# ----------------------------------------------------------------------------- Burmese helpers
MMD = "၀၁၂၃၄၅၆၇၈၉"
MM_WD = ["တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"]
MM_MON = {10: "အောက်တိုဘာ", 11: "နိုဝင်ဘာ", 12: "ဒီဇင်ဘာ"}


def mm(n):
    return "".join(MMD[int(c)] for c in str(n))


def mmdate(dt, wd=True):
    s = f"{MM_MON[dt.month]}လ {mm(dt.day)} ရက်"
    if wd:
        s += f" ({MM_WD[dt.weekday()]}နေ့)"
    return s


def mmtime(dt):
    h, m = dt.hour, dt.minute
    part = "နံနက်" if h < 12 else "နေ့လည်" if h < 14 else "ညနေ" if h < 18 else "ည"
    s = f"{part} {mm(h % 12 or 12)} နာရီ"
    if m == 30:
        s += "ခွဲ"
    elif m:
        s += f" {mm(m)} မိနစ်"
    return s


assert mmtime(datetime(2026, 10, 14, 10, 0)) == "နံနက် ၁၀ နာရီ"
assert mmtime(datetime(2026, 10, 14, 14, 30)) == "ညနေ ၂ နာရီခွဲ"
assert mmdate(datetime(2026, 10, 14), wd=False) == "အောက်တိုဘာလ ၁၄ ရက်"


# ----------------------------------------------------------------------------- e-mail building
def enc_hdr(name, value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(p):
    name, email = p
    return formataddr((name, email), charset="utf-8") if name else email


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def msgid(kind, *key, domain=None):
    k = hx("mid", *key, n=40)
    if kind == "gmail":
        b = base64.b64encode(hb("gm", *key)).decode().rstrip("=").replace("/", "_")
        return f"<CA+{b[:41]}@mail.gmail.com>"
    if kind == "outlook":
        return f"<SG2PR04MB{k[:4].upper()}{k[4:28].upper()}@SG2PR04MB{k[:4].upper()}.apcprd04.prod.outlook.com>"
    if kind == "gcal":
        return f"<calendar-{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@google.com>"
    return f"<{k[:24]}.{k[24:32]}@{domain}>"


def ip_for(kind, *key):
    b = hb("ip", *key)
    return {"google": f"209.85.220.{b[0] % 120 + 40}",
            "outlook": f"40.107.{b[0] % 200 + 20}.{b[1] % 250 + 2}"}.get(kind, f"203.0.113.{b[0] % 250 + 2}")


def received(host, ipaddr, when, key):
    rid = hx("rcv", *key, n=12)
    rt = format_datetime((when + timedelta(seconds=2 + hb("d", *key)[0] % 5)).astimezone(YGN))
    return (f"from {host} ({host} [{ipaddr}])\n        by mx1.example.com with ESMTPS id {rid}\n"
            f"        for <{OWNER}>;\n        {rt}")


def boundary(style, *key):
    k = hx("bnd", *key, n=28)
    if style == "google":
        return "000000000000" + k[:12]
    if style == "outlook":
        return f"_000_{k[:20].upper()}apcprd04prodoutlookcom_"
    return f"----=_Part_{int(k[:8], 16) % 900000 + 100000}_{int(k[8:16], 16)}.{int(k[16:26], 16)}"


def leaf(data, ctype, cte, disp=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii")
    if not payload.endswith("\n"):
        payload += "\n"
    hdr = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if disp:
        hdr += f"Content-Disposition: {disp}\n"
    return hdr + "\n" + payload


def multi(sub, parts, bnd):
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    return out + f"--{bnd}--\n"


def htmlize(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>"
                     for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


PLAIN = 'text/plain; charset="UTF-8"'
HTMLT = 'text/html; charset="UTF-8"'


def body_of(key, plain=None, html_=None, pcte="quoted-printable", hcte="quoted-printable", atts=(), style="gen"):
    parts = []
    if plain is not None:
        parts.append(leaf(plain, PLAIN, pcte))
    if html_ is not None:
        parts.append(leaf(html_, HTMLT, hcte))
    core = parts[0] if len(parts) == 1 else multi("alternative", parts, boundary(style, *key, "alt"))
    if atts:
        ap = [leaf(data, ctype, "base64", f'attachment; filename="{fn}"') for fn, ctype, data in atts]
        return multi("mixed", [core] + ap, boundary(style, *key, "mix"))
    return core


def eml(hdrs, body):
    lines = [f"{k}: {v}" for k, v in hdrs if v]
    return ("\n".join(lines) + "\nMIME-Version: 1.0\n" + body).encode("utf-8")


def std_headers(key, *, frm, to, subject, date, mid, cc=(), reply_to=None, irt=None, refs=None,
                sender=None, return_path=None, relay="gen", host=None, extra=()):
    dom = frm[1].split("@")[1]
    host = host or {"google": "mail-sor-f41.google.com",
                    "outlook": "SG2PR04CU001.outbound.protection.outlook.com"}.get(relay, f"mail.{dom}")
    h = [("Delivered-To", OWNER),
         ("Received", received(host, ip_for(relay, *key), date, key)),
         ("Return-Path", f"<{return_path or frm[1]}>"),
         ("From", addr(frm))]
    if sender:
        h.append(("Sender", addr(sender)))
    if reply_to:
        h.append(("Reply-To", addr(reply_to)))
    h += [("To", addrs(to)), ("Cc", addrs(cc) if cc else None),
          ("Subject", enc_hdr("Subject", subject)), ("Date", format_datetime(date)),
          ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    h += list(extra)
    return h


def mail(key, *, frm, to, subject, date, plain=None, html_=None, pcte="quoted-printable",
         hcte="quoted-printable", atts=(), style="gen", mid=None, **kw):
    mid = mid or msgid("dom", *key, domain=frm[1].split("@")[1])
    return mid, eml(std_headers(key, frm=frm, to=to, subject=subject, date=date, mid=mid, **kw),
                    body_of(key, plain, html_, pcte, hcte, atts, style))


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"\nOn {when:%a}, {when.day} {when:%b} {when.year} at {when:%H:%M}, {who[0]} <{who[1]}> wrote:\n{q}\n"


# ----------------------------------------------------------------------------- iCalendar building
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


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


VTZ = {
    "Asia/Yangon": ["BEGIN:VTIMEZONE", "TZID:Asia/Yangon", "X-LIC-LOCATION:Asia/Yangon", "BEGIN:STANDARD",
                    "TZOFFSETFROM:+0630", "TZOFFSETTO:+0630", "TZNAME:+0630", "DTSTART:19700101T000000",
                    "END:STANDARD", "END:VTIMEZONE"],
    "Myanmar Standard Time": ["BEGIN:VTIMEZONE", "TZID:Myanmar Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T000000", "TZOFFSETFROM:+0630", "TZOFFSETTO:+0630",
                              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                              "TZOFFSETFROM:+0630", "TZOFFSETTO:+0630", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Australia/Sydney": ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
                         "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
                         "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
                         "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
                         "END:VTIMEZONE"],
}
TZMAP = {"Asia/Yangon": YGN, "Myanmar Standard Time": YGN, "Australia/Sydney": SYD}


def att(p, ps="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (p[0], p[1], ps, role)


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, seq=0, tzid=None, description=None,
           location="", status="CONFIRMED", extra=(), created=None, alarm=True, lang=None):
    L = ["BEGIN:VEVENT"]
    if tzid:
        tz = TZMAP[tzid]
        L += [f"DTSTART;TZID={tzid}:{start.astimezone(tz):%Y%m%dT%H%M%S}",
              f"DTEND;TZID={tzid}:{end.astimezone(tz):%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{z(start)}", f"DTEND:{z(end)}"]
    L.append(f"DTSTAMP:{z(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, email, ps, role in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    L.append(f"CREATED:{z(created or stamp)}")
    lp = f";LANGUAGE={lang}" if lang else ""
    if description is not None:
        L.append(f"DESCRIPTION{lp}:{ics_text(description)}")
    L.append(f"LAST-MODIFIED:{z(stamp)}")
    L.append(f"LOCATION{lp}:{ics_text(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY{lp}:{ics_text(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    L.append("END:VEVENT")
    return L


GPROD = "-//Google Inc//Google Calendar 70.9054//EN"


def vcal(events, method="REQUEST", prodid=GPROD, tzids=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in L) + "\r\n"


# ----------------------------------------------------------------------------- Google Calendar invitation
MEET_BOILER = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
               "Join with Google Meet: {m}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
               "\n\nPlease do not edit this section.\n"
               "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def meet_link(*key):
    k = hx("meet", *key, n=30)
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[int(k[i:i + 2], 16) % 26] for i in range(0, 20, 2))
    return f"https://meet.google.com/{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def google_invite(key, *, organizer, guests, summary, start, end, sent, description, uid, seq=0,
                  updated=False, location="", meet=None, created=None):
    s, e = start.astimezone(YGN), end.astimezone(YGN)
    day = f"{s:%a} {s:%b} {s.day}, {s.year}"
    subj = (f"{'Updated invitation' if updated else 'Invitation'}: {summary} @ {day} {gt(s)} - {gt(e)} (MMT) "
            f"({OWNER})")
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, f"{s:%A} {s:%b} {s.day}, {s.year} ⋅ {gt(s)} – {gt(e)}", "Myanmar Time - Yangon", ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", meet, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests", f"{organizer[0]} - organizer", organizer[1]]
    for g in guests:
        if g[1] == OWNER:
            lines.append(OWNER)
        else:
            lines += [g[0], g[1]]
    lines += [f"View all guest info {view}", "", description.strip("\n"), "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html_ = htmlize(plain, "Roboto,Helvetica,Arial,sans-serif")
    desc = description.strip("\n") + ("\n\n" + MEET_BOILER.format(m=meet) if meet else "")
    atts = [att(organizer, "ACCEPTED")] + [att(g, "NEEDS-ACTION" if g[1] == OWNER else "ACCEPTED") for g in guests]
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                stamp=sent, seq=seq, description=desc, location=location, created=created or sent,
                extra=[f"X-GOOGLE-CONFERENCE:{meet}"] if meet else [])
    cal = vcal([ev])
    inner = multi("alternative", [leaf(plain, 'text/plain; charset="UTF-8"; format=flowed; delsp=yes', "base64"),
                                  leaf(html_, HTMLT, "quoted-printable"),
                                  leaf(cal, 'text/calendar; charset="UTF-8"; method=REQUEST', "base64")],
                  boundary("google", *key, "alt"))
    body = multi("mixed", [inner, leaf(cal, 'application/ics; name="invite.ics"', "base64",
                                       'attachment; filename="invite.ics"')], boundary("google", *key, "mix"))
    mid = msgid("gcal", *key)
    hdrs = std_headers(key, frm=organizer, to=[ME], subject=subj, date=sent, mid=mid, reply_to=organizer,
                       sender=("Google Calendar", "calendar-notification@google.com"),
                       return_path=f"{hx('rp', *key, n=22)}@calendar-server.bounces.google.com", relay="google")
    return mid, eml(hdrs, body)


# ----------------------------------------------------------------------------- Exchange / Outlook invitation
WIN_LABEL = "(UTC+06:30) Yangon (Rangoon)"


def teams_block(*key):
    k = hx("teams", *key, n=40)
    mid_ = "".join(str(int(k[i:i + 2], 16) % 10) for i in range(0, 24, 2))
    pw = base64.b64encode(hb("pw", *key)).decode()[:6].replace("+", "Q").replace("/", "z")
    tid = f"{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.b64encode(hb('tm', *key)).decode()[:32].replace('/', 'x').replace('+', 'y')}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid_[:3]} {mid_[3:6]} {mid_[6:9]} {mid_[9:12]}\n"
            f"Passcode: {pw}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            + "_" * 80 + "\n")
    return text, url


def outlook_uid(*key):
    return "040000008200E00074C5B7101A82E00800000000" + hx("uid", *key, n=72).upper()


def outlook_invite(key, *, organizer, required, subject, start, end, sent, body, location, uid, seq=0,
                   teams=True):
    s, e = start.astimezone(YGN), end.astimezone(YGN)
    when = f"When: {s:%A}, {s:%B} {s.day}, {s.year} {t12(s)}-{t12(e)} {WIN_LABEL}."
    tb, url = teams_block(*key) if teams else ("", None)
    loc = "Microsoft Teams Meeting" if teams else location
    plain = f"{when}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{tb}"
    html_ = htmlize(plain, "Aptos,Calibri,sans-serif")
    atts = [att(p, "NEEDS-ACTION" if p[1] == OWNER else "ACCEPTED") for p in required]
    extra = ["CLASS:PUBLIC", "PRIORITY:5",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('own', *key, n=7), 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{loc}\",\"LocationAnnotation\":\"\",\"LocationSource\":0}}]"]
    if teams:
        extra.insert(2, f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
    ev = vevent(uid=uid, start=start, end=end, summary=subject, organizer=organizer, attendees=atts, stamp=sent,
                seq=seq, tzid="Myanmar Standard Time", description=plain, location=loc, extra=extra,
                alarm=True, lang="en-US")
    cal = vcal([ev], prodid="Microsoft Exchange Server 2010", tzids=["Myanmar Standard Time"])
    b = boundary("outlook", *key)
    body_ = multi("alternative", [leaf(plain, PLAIN, "quoted-printable"), leaf(html_, HTMLT, "quoted-printable"),
                                  leaf(cal, 'text/calendar; charset="UTF-8"; method=REQUEST', "base64")], b)
    mid = msgid("outlook", *key)
    ti = base64.b64encode(hb("ti", *key)[:22]).decode()
    hdrs = std_headers(key, frm=organizer, to=required, subject=subject, date=sent, mid=mid, relay="outlook",
                       extra=[("Thread-Topic", enc_hdr("Thread-Topic", subject)), ("Thread-Index", ti),
                              ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                              ("X-MS-Has-Attach", ""), ("Content-class", "urn:content-classes:calendarmessage")])
    hdrs = [(k, v) for k, v in hdrs if k != "Content-class"] + [("Content-class", "urn:content-classes:calendarmessage")]
    return mid, eml(hdrs, body_)


# ----------------------------------------------------------------------------- Calendar API event
def gcal_event(key, *, summary, description, start, end, organizer, attendees, created, updated,
               location=None, seq=0, meet=None):
    eid = "".join("abcdefghijklmnopqrstuv0123456789"[b % 32] for b in hb("gid", *key)[:26])
    link = base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("=")
    ev = {"kind": "calendar#event", "etag": f"\"{int(hx('etag', *key, n=13), 16)}\"", "id": eid,
          "status": "confirmed", "htmlLink": f"https://www.google.com/calendar/event?eid={link}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{hb('ms', *key)[0] % 900 + 100}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": "Asia/Yangon"}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": "Asia/Yangon"}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = meet
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, interviewers, followup, kind, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": [p[1] for p in interviewers], "followup_recipients": [p[1] for p in followup],
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(num, slug):
    def deco(fn):
        CASES.append((num, slug, fn))
        return fn
    return deco


# ============================================================================= cases 01-12
@case(1, "stb-hr-call-burmese-tomorrow")
def c01():
    hnin = ("ဒေါ်နှင်းဝေဖြိုး (Shwe Taung Bank HR)", "hninwai.phyo@shwetaungbank.example")
    sent = at(YGN, 2026, 10, 5, 16, 20, 12, "Mon")
    start = at(YGN, 2026, 10, 6, 10, 0, 0, "Tue")
    assert start.date() == (sent + timedelta(days=1)).date()
    text = f"""ကိုအောင်ကျော်မင်း ရှင့်၊

ရွှေတောင်ဘဏ် (Shwe Taung Bank) ရဲ့ Senior Accountant (Finance & Accounts) ရာထူးအတွက် လျှောက်လွှာ ပေးပို့ထားတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။ ပထမအဆင့် အနေနဲ့ HR ဌာနက ဖုန်းဖြင့် အင်တာဗျူး အတိုချုံး ပြုလုပ်ချင်ပါတယ်။

မနက်ဖြန် {mmtime(start)} မှာ ကျွန်မ ကိုယ်တိုင် ကိုအောင်ကျော်မင်းရဲ့ CV ပါ ဖုန်းနံပါတ် ၀၉-၄၅၀ ၇၇၁ ၂၃၈ ကို ဆက်သွယ်ပါမယ်။ မိနစ် ၃၀ ခန့် ကြာပါမယ်။ လက်ရှိ လုပ်ငန်းတာဝန်များ၊ လစာ မျှော်မှန်းချက်နဲ့ အလုပ် စတင်နိုင်မယ့် ရက်တို့ကို မေးမြန်းသွားမှာ ဖြစ်ပါတယ်။

အဲဒီအချိန် အဆင်မပြေရင် ဒီအီးမေးလ်ကို ပြန်ကြားပေးပါ။ အခြားအချိန် ပြန်ညှိပေးပါမယ်။

ကျေးဇူးတင်ပါသည်။

ဒေါ်နှင်းဝေဖြိုး
HR Officer | Human Resources Department
Shwe Taung Bank Ltd.
No. 142, Sule Pagoda Road, Kyauktada Township, Yangon
Tel: 01-370 512 (ext. 214)
"""
    _, m = mail((1, 1), frm=hnin, to=[ME], date=sent, plain=text, html_=htmlize(text, "Pyidaungsu,Padauk,sans-serif"),
                subject="ရွှေတောင်ဘဏ် – Senior Accountant ရာထူးအတွက် ဖုန်းဖြင့် အင်တာဗျူး", pcte="base64",
                hcte="base64", mid=msgid("outlook", 1, 1), relay="outlook")
    hn = (None, hnin[1])
    return [("01-stb-phone-interview.eml", m)], lab(
        [iv("Shwe Taung Bank", "Senior Accountant (Finance & Accounts)", start, start + timedelta(minutes=30),
            [hn], [hn], "phone_screen")], "hard", "positive/burmese-body-only-relative",
        "Burmese-only mail: HR officer will phone 'မနက်ဖြန် နံနက် ၁၀ နာရီ' (tomorrow 10 am) for ~30 min; date "
        "resolved against the Date header (Mon 5 Oct +0630) -> Tue 6 Oct 10:00 +06:30. She conducts the call.")


@case(2, "acb-test-then-interview-jobsnet")
def c02():
    zaw = ("U Zaw Lin Htet", "zawlin.htet@ayeyarbank.example")
    ks = ("Daw Khin Sandar Oo", "khinsandar.oo@ayeyarbank.example")
    mt = ("U Min Thu", "minthu@ayeyarbank.example")
    sent = at(YGN, 2026, 10, 15, 11, 5, 40, "Thu")
    ts, te = at(YGN, 2026, 10, 20, 9, 0, 0, "Tue"), at(YGN, 2026, 10, 20, 10, 0, 0, "Tue")
    s, e = at(YGN, 2026, 10, 20, 10, 30, 0, "Tue"), at(YGN, 2026, 10, 20, 11, 30, 0, "Tue")
    text = f"""JobsNet Myanmar | Employer message

Ayeyar Commercial Bank has sent you a message about your application for: Assistant Manager (Accounts) – Head Office, Pabedan

----------------------------------------------------------------
ကိုအောင်ကျော်မင်း ခင်ဗျာ၊

Assistant Manager (Accounts) ရာထူးအတွက် ရွေးချယ်ခံရသဖြင့် အောက်ပါ အစီအစဉ်အတိုင်း တက်ရောက်ပါရန် ဖိတ်ကြားအပ်ပါသည်။

နေ့ရက် ။ ။ {mmdate(ts)}
(၁) ငွေစာရင်း စာမေးပွဲ (Accounting Test) ။ ။ {mmtime(ts)} မှ {mmtime(te)} ထိ
(၂) တွေ့ဆုံမေးမြန်းခြင်း (Interview) ။ ။ {mmtime(s)} မှ {mmtime(e)} ထိ
နေရာ ။ ။ ရုံးချုပ် (၈) လွှာ၊ အမှတ် ၅၅၊ ကုန်သည်လမ်း၊ ပန်းဘဲတန်းမြို့နယ်

Schedule – {en_long(ts)}
- {t12(ts)} – {t12(te)}  Written accounting test (journal entries, bank reconciliation, IFRS basics). Calculators are allowed; mobile phones are not.
- {t12(s)} – {t12(e)}  Interview with Daw Khin Sandar Oo (Chief Accountant) and U Min Thu (Deputy Head, Finance).
Please arrive by 8:45 AM and register at the 8th floor reception.

Candidates who do not sit the test cannot proceed to the interview. Please bring your NRC, degree certificate and ACCA / CPA (Myanmar) result slips (originals and one copy each). A calendar file with both sessions is attached.

ကျေးဇူးတင်ပါသည်။
U Zaw Lin Htet
Senior HR Executive, Ayeyar Commercial Bank
zawlin.htet@ayeyarbank.example | 01-253 118
----------------------------------------------------------------

Reply to this message to contact the employer directly. Manage your applications at https://www.jobsnet.example/account/applications
You received this e-mail because you applied for a job through JobsNet Myanmar.
"""
    loc = "Ayeyar Commercial Bank Head Office, 8th floor, No. 55 Merchant Road, Pabedan Township, Yangon"
    uid0 = hx("uid", 2, "t", n=20)
    ev1 = vevent(uid=f"{uid0}-test@jobsnet.example", start=ts, end=te, tzid="Asia/Yangon",
                 summary="Accounting Test – Assistant Manager (Accounts) – Ayeyar Commercial Bank", organizer=zaw,
                 attendees=[att(ME)], stamp=sent, location=loc,
                 description="Written accounting test (60 minutes). Calculator allowed. Report to 8th floor reception.")
    ev2 = vevent(uid=f"{uid0}-interview@jobsnet.example", start=s, end=e, tzid="Asia/Yangon",
                 summary="Interview – Assistant Manager (Accounts) – Ayeyar Commercial Bank", organizer=zaw,
                 attendees=[att(ks, "ACCEPTED"), att(mt, "ACCEPTED"), att(ME)], stamp=sent, location=loc,
                 description="Panel interview with Daw Khin Sandar Oo (Chief Accountant) and U Min Thu (Deputy Head, Finance).")
    cal = vcal([ev1, ev2], method="PUBLISH", prodid="-//JobsNet Myanmar//Interview Scheduler 3.2//EN",
               tzids=["Asia/Yangon"])
    fn = "ACB_Test_and_Interview_20Oct2026.ics"
    _, m = mail((2, 1), frm=("JobsNet Myanmar", "messages-noreply@jobsnet.example"), reply_to=zaw, to=[ME], date=sent,
                subject="Ayeyar Commercial Bank မှ စာမေးပွဲနှင့် တွေ့ဆုံမေးမြန်းခြင်း ဖိတ်ကြားစာ – Assistant Manager (Accounts)",
                plain=text, html_=htmlize(text), atts=[(fn, f'text/calendar; charset="UTF-8"; method=PUBLISH; name="{fn}"', cal)],
                return_path="bounce-7731@jobsnet.example")
    return [("01-jobsnet-test-and-interview.eml", m)], lab(
        [iv("Ayeyar Commercial Bank", "Assistant Manager (Accounts)", s, e, [ks, mt], [ks, mt], "onsite")],
        "hard", "positive/test-then-interview",
        "JobsNet relay + .ics with two VEVENTs: 09:00-10:00 accounting test (not an interview) then 10:30-11:30 "
        "panel interview the same morning. Only the interview counts; 8:45 arrival time is a distractor.")


@case(3, "kamayut-accounting-test-only")
def c03():
    hsu = ("Ma Hsu Yadanar", "hsu.yadanar@kamayutbank.example")
    rec = ("Kamayut Bank Recruitment", "recruitment@kamayutbank.example")
    sent = at(YGN, 2026, 10, 26, 15, 30, 0, "Mon")
    s, e = at(YGN, 2026, 10, 31, 9, 0, 0, "Sat"), at(YGN, 2026, 10, 31, 11, 0, 0, "Sat")
    text = f"""ကိုအောင်ကျော်မင်း ခင်ဗျာ၊

Kamayut Bank ၏ Accountant ရာထူး လျှောက်ထားသူများအတွက် ရေးဖြေ စာမေးပွဲကို {mmdate(s)} {mmtime(s)} မှ {mmtime(e)} ထိ လှည်းတန်းရှိ ဘဏ်၏ လေ့ကျင့်ရေးစင်တာ (၃) လွှာတွင် ကျင်းပမည် ဖြစ်ပါသည်။ ဖြေဆိုရန် ဖိတ်ကြားအပ်ပါသည်။

English summary
Written accounting test – Accountant
{en_long(s)}, {t12(s)} – {t12(e)}
Kamayut Bank Training Centre, 3rd floor, No. 9 Baho Road, Hledan, Kamayut Township
Format: two hours, on paper – double-entry bookkeeping, depreciation schedules, personal income tax calculation and a short Excel exercise on a bank laptop.

Results will be released within two weeks. Candidates who pass will be contacted separately to arrange interviews; there are no interviews on the test day.

Please confirm your attendance by replying to Ma Hsu Yadanar (hsu.yadanar@kamayutbank.example) before Thursday.

ကျေးဇူးတင်ပါသည်။
Recruitment Team
Kamayut Bank
"""
    ev = vevent(uid=f"{hx('uid', 3, n=24)}@kamayutbank.example", start=s, end=e, tzid="Asia/Yangon",
                summary="Kamayut Bank – Accountant written test", organizer=rec, attendees=[att(ME)], stamp=sent,
                location="Kamayut Bank Training Centre, 3rd floor, No. 9 Baho Road, Hledan, Yangon",
                description="Written accounting test (2 hours). Bring NRC and a calculator.")
    cal = vcal([ev], method="PUBLISH", prodid="-//Kamayut Bank//HR Scheduling//EN", tzids=["Asia/Yangon"])
    _, m = mail((3, 1), frm=rec, reply_to=hsu, to=[ME], date=sent,
                subject="စာမေးပွဲ ဖိတ်ကြားစာ – Accountant (Written Test) – Kamayut Bank", plain=text,
                html_=htmlize(text), pcte="base64", hcte="quoted-printable",
                atts=[("accounting_test.ics", 'text/calendar; charset="UTF-8"; method=PUBLISH; name="accounting_test.ics"', cal)])
    return [("01-kamayut-written-test.eml", m)], lab(
        [], "medium", "negative/assessment-only",
        "Invitation to a scheduled written accounting test with an .ics; interviews only for those who pass, "
        "arranged separately. A test is not an interview.")


@case(4, "glt-panel-finance-director-teams")
def c04():
    ei = ("Ei Mon Kyaw", "eimon.kyaw@goldenlotustel.example")
    fd = ("Kyaw Swar Win", "kyawswar.win@goldenlotustel.example")
    fc = ("Priya Raman", "priya.raman@goldenlotustel.example")
    sent1 = at(YGN, 2026, 10, 19, 14, 5, 10, "Mon")
    sent2 = at(YGN, 2026, 10, 19, 15, 42, 33, "Mon")
    s, e = at(YGN, 2026, 10, 22, 14, 30, 0, "Thu"), at(YGN, 2026, 10, 22, 15, 30, 0, "Thu")
    sf = f"""Dear Aung Kyaw Min,

Thank you for your interest in joining Golden Lotus Telecom. We are pleased to invite you to a panel interview for the position of Finance Business Partner (Req ID 4471).

Panel: U Kyaw Swar Win – Finance Director; Ms Priya Raman – Financial Controller
Date: {en_long(s)}
Time: {t12(s)} – {t12(e)} (Myanmar Time, UTC+06:30)
Format: Microsoft Teams – the meeting link will follow in a separate calendar invitation from our Talent Acquisition team

Please be ready to walk the panel through a management report or budget variance analysis you have prepared; you will not need to share confidential figures.

To ask for a different time, reply to Ei Mon Kyaw, Talent Acquisition Partner, at eimon.kyaw@goldenlotustel.example.

Best regards,
Golden Lotus Telecom Talent Acquisition

This email was sent from an unmonitored mailbox. Powered by SAP SuccessFactors.
"""
    _, m1 = mail((4, 1), frm=("Golden Lotus Telecom Careers", "careers-noreply@successfactors.com"), reply_to=ei,
                 to=[ME], date=sent1, subject="Interview invitation: Finance Business Partner (Req ID 4471)",
                 html_=htmlize(sf, "Segoe UI,Arial,sans-serif"), hcte="quoted-printable",
                 return_path="bounces+4471@successfactors.com")
    body = """Dear Aung Kyaw Min,

Please find below the Teams link for your panel interview with U Kyaw Swar Win (Finance Director) and Ms Priya Raman (Financial Controller). I will open the meeting, introduce you to the panel and then leave the call.

If you have connection problems on the day, call me on 09-250 448 617 and we can switch to a phone bridge.

Regards,
Ei Mon Kyaw
Talent Acquisition Partner | Golden Lotus Telecom"""
    _, m2 = outlook_invite((4, 2), organizer=ei, required=[ME, fd, fc], sent=sent2, start=s, end=e,
                           subject="Panel Interview – Finance Business Partner – Aung Kyaw Min", body=body,
                           location="Microsoft Teams Meeting", uid=outlook_uid(4, 2))
    return [("01-successfactors-interview-invitation.eml", m1), ("02-teams-panel-invite.eml", m2)], lab(
        [iv("Golden Lotus Telecom", "Finance Business Partner", s, e, [fd, fc], [fd, fc], "onsite")],
        "medium", "positive/teams-windows-tzid-dedupe",
        "SuccessFactors notice + Teams invite (TZID 'Myanmar Standard Time', '(UTC+06:30) Yangon (Rangoon)') for the "
        "same panel with the finance director: one interview. Coordinator opens the call but is not an interviewer.")


@case(5, "sydney-zoom-aedt-after-dst")
def c05():
    sophie = ("Sophie Nguyen", "sophie.nguyen@wattlebay.example")
    liam = ("Liam O'Connor", "liam.oconnor@wattlebay.example")
    sent1 = at(SYD, 2026, 10, 1, 17, 10, 33, "Thu", offset="+10:00")
    sent2 = at(YGN, 2026, 10, 1, 15, 2, 10, "Thu")
    sent3 = at(SYD, 2026, 10, 2, 9, 45, 0, "Fri", offset="+10:00")
    assert sent1 < sent2 < sent3
    o1 = at(SYD, 2026, 10, 13, 11, 0, 0, "Tue", offset="+11:00")
    s = at(SYD, 2026, 10, 13, 13, 0, 0, "Tue", offset="+11:00")
    e = s + timedelta(minutes=45)
    y1, ys, ye = o1.astimezone(YGN), s.astimezone(YGN), e.astimezone(YGN)
    assert (y1.hour, y1.minute, ys.hour, ys.minute) == (6, 30, 8, 30)
    subj = "Video call with our Finance Manager – Offshore Accountant role"
    t1 = f"""Hi Aung,

Thanks for applying for the Offshore Accountant role in our new Yangon shared-services team. Liam O'Connor, our Finance Manager, would like to meet you over Zoom for about 45 minutes.

Would {en_day(o1)} at {t12l(o1)} Sydney time work? Heads up that Sydney switches to daylight saving this Sunday (4 October), so by then we'll be on AEDT (UTC+11) – {t12l(o1)} here should be {t12l(y1)} in Yangon. I know that's early for you, so if it's a problem, {t12l(s)} Sydney ({t12l(ys)} Yangon) on the same day is also open.

Kind regards,
Sophie Nguyen
Talent Acquisition Specialist | Wattle & Bay Logistics
Level 9, 88 Harbour Lane, Sydney NSW 2000
"""
    mid1, m1 = mail((5, 1), frm=sophie, to=[ME], date=sent1, subject=subj, plain=t1, mid=msgid("outlook", 5, 1),
                    relay="outlook")
    t2 = f"""Hi Sophie,

Thank you for arranging this. The second option suits me better: {en_day(s)} at {t12l(s)} Sydney time, which is {t12l(ys)} for me in Yangon.

Best regards,
Aung Kyaw Min
""" + quote(t1, sophie, sent1)
    mid2, m2 = mail((5, 2), frm=ME, to=[sophie], date=sent2, subject="Re: " + subj, plain=t2, irt=mid1, refs=mid1,
                    mid=msgid("dom", 5, 2, domain="mail.example.com"), host="smtp.example.com")
    zid = str(int(hx("zoom", 5, n=12), 16))[:11]
    zurl = f"https://wattlebay.zoom.us/j/{zid}?pwd={hx('zpwd', 5, n=24)}"
    t3 = f"""Hi Aung,

Done – you're booked in with Liam for {en_day(s)}, {t12l(s)}–{t12l(e)} AEDT ({t12l(ys)}–{t12l(ye)} your time). The calendar file with the Zoom details is attached, and I've copied Liam in.

Liam mostly wants to hear about your month-end close routine, intercompany reconciliations and how you'd work with a team four and a half hours ahead of you. No presentation needed.

Join Zoom Meeting
{zurl}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

Cheers,
Sophie
""" + quote(t2, ME, sent2)
    ev = vevent(uid=f"ZOOM{zid}@wattlebay.zoom.us", start=s, end=e, tzid="Australia/Sydney",
                summary="Wattle & Bay – Offshore Accountant – Aung Kyaw Min / Liam O'Connor", organizer=sophie,
                attendees=[att(liam, "ACCEPTED"), att(ME)], stamp=sent3, location=zurl,
                description=f"Video interview with Liam O'Connor, Finance Manager.\n\nJoin Zoom Meeting\n{zurl}")
    cal = vcal([ev], method="PUBLISH", prodid="-//zoom.us//iCalendar Event//EN", tzids=["Australia/Sydney"])
    _, m3 = mail((5, 3), frm=sophie, to=[ME], cc=[liam], date=sent3, subject="Re: " + subj, plain=t3,
                 html_=htmlize(t3, "Calibri,Arial,sans-serif"), irt=mid2, refs=f"{mid1} {mid2}",
                 atts=[("zoom_meeting.ics", 'text/calendar; charset="UTF-8"; method=PUBLISH; name="zoom_meeting.ics"', cal)],
                 mid=msgid("outlook", 5, 3), relay="outlook")
    return [("01-sophie-proposes-times.eml", m1), ("02-aung-picks-second-slot.eml", m2),
            ("03-sophie-confirms-zoom-ics.eml", m3)], lab(
        [iv("Wattle & Bay Logistics", "Offshore Accountant", s, e, [liam], [liam], "hiring_manager")],
        "hard", "positive/sydney-dst-thread",
        "Sydney recruiter writes on 1-2 Oct (AEST, Date +1000) about 13 Oct, after Sydney DST started on 4 Oct "
        "(AEDT +11:00). Two options proposed; candidate picks 1:00 pm Sydney = 08:30 Yangon; Zoom .ics with "
        "TZID=Australia/Sydney. The 11:00 option is a distractor.")


@case(6, "acca-exam-booking")
def c06():
    sent = at(LON, 2026, 11, 2, 9, 14, 51, "Mon", offset="+00:00")
    s = at(YGN, 2026, 11, 26, 9, 0, 0, "Thu")
    e = s + timedelta(hours=3, minutes=15)
    ref = "PEG-" + str(int(hx("acca", n=10), 16))[:8]
    text = f"""Dear Aung Kyaw Min,

Your exam booking is confirmed. Please keep this email for your records.

Booking reference: {ref}
Candidate name: AUNG KYAW MIN
ACCA registration number: 4417093
Exam: Strategic Business Reporting (SBR) – INT
Exam type: Session CBE
Date: {s:%A} {s.day} {s:%B} {s.year}
Start time: {s:%H:%M} local time (Myanmar Time, UTC+06:30) – doors open {(s - timedelta(minutes=30)):%H:%M}
Duration: 3 hours 15 minutes
Venue: Yangon Professional Examinations Centre, Level 4, No. 88 Bo Aung Kyaw Street, Botahtaung Township, Yangon

What to bring: your original passport or NRC card and your exam docket, which will be available in myACCA 14 days before the exam. Candidates arriving after {(s + timedelta(minutes=30)):%H:%M} will not be admitted.

Changes and cancellations are free of charge until 12 November 2026 through your booking account.

ProfExams Global – Candidate Services
London | Kuala Lumpur | Yangon
This mailbox is not monitored.
"""
    ev = vevent(uid=f"{ref}@profexamsglobal.example", start=s, end=e, tzid="Asia/Yangon",
                summary="ACCA SBR exam – Yangon Professional Examinations Centre",
                organizer=("ProfExams Global", "bookings@profexamsglobal.example"), attendees=[att(ME)],
                stamp=sent, location="Level 4, No. 88 Bo Aung Kyaw Street, Botahtaung Township, Yangon",
                description=f"Booking reference {ref}. Doors open 08:30.")
    cal = vcal([ev], method="PUBLISH", prodid="-//ProfExams Global//Bookings//EN", tzids=["Asia/Yangon"])
    _, m = mail((6, 1), frm=("ProfExams Global", "bookings@profexamsglobal.example"), to=[ME], date=sent,
                subject=f"Booking confirmed: ACCA Strategic Business Reporting (SBR) – Yangon – {s.day} {s:%B} {s.year}",
                plain=text, html_=htmlize(text), atts=[("SBR_exam.ics", 'text/calendar; charset="UTF-8"; name="SBR_exam.ics"', cal)])
    return [("01-acca-sbr-booking.eml", m)], lab(
        [], "easy", "negative/exam-booking",
        "ACCA computer-based exam booking (UK sender, Date +0000 after EU DST end) with an .ics; not a job interview.")


@case(7, "inya-reschedule-burmese-mail")
def c07():
    thiri = ("Ma Thiri Aung", "thiri.aung@inyalakebank.example")
    htn = ("U Htun Htun Naing", "htunhtun.naing@inyalakebank.example")
    sent1 = at(YGN, 2026, 10, 9, 11, 30, 5, "Fri")
    sent2 = at(YGN, 2026, 10, 12, 9, 15, 0, "Mon")
    sent3 = at(YGN, 2026, 10, 12, 10, 2, 44, "Mon")
    o = at(YGN, 2026, 10, 14, 10, 0, 0, "Wed")
    s = at(YGN, 2026, 10, 15, 14, 30, 0, "Thu")
    e = s + timedelta(hours=1)
    loc = "Inya Lake Bank Head Office, 5th floor, No. 21 Inya Road, Kamayut Township, Yangon"
    desc = """ငွေစာရင်းဌာနမှူး ဦးထွန်းထွန်းနိုင် နှင့် တွေ့ဆုံမေးမြန်းခြင်း ဖြစ်ပါသည်။
နေရာ - ရုံးချုပ် (၅) လွှာ၊ အမှတ် ၂၁၊ အင်းယားလမ်း၊ ကမာရွတ်မြို့နယ်
ဘွဲ့လက်မှတ် မိတ္တူနှင့် မှတ်ပုံတင် (မူရင်း) ယူဆောင်လာပေးပါ။

မသီရိအောင်
Talent Acquisition, Inya Lake Bank"""
    mid1, m1 = google_invite((7, 1), organizer=thiri, guests=[htn, ME],
                             summary="Inya Lake Bank – Senior Accountant Interview (Aung Kyaw Min)", start=o,
                             end=o + timedelta(hours=1), sent=sent1, description=desc, location=loc,
                             uid=f"{hx('uid', 7, n=26)}@google.com")
    t2 = f"""ကိုအောင်ကျော်မင်း ရှင့်၊

{mmdate(o)} {mmtime(o)} အတွက် ချိန်းဆိုထားတဲ့ တွေ့ဆုံမေးမြန်းခြင်းကို ဦးထွန်းထွန်းနိုင် နေပြည်တော်သို့ ရုံးကိစ္စဖြင့် ခရီးထွက်ရမည် ဖြစ်သဖြင့် ရက်ရွှေ့ပေးရန် လိုအပ်လာပါသည်။

အသစ် ပြောင်းလဲထားသော အချိန်မှာ {mmdate(s)} {mmtime(s)} ဖြစ်ပါသည်။ ကြာချိန်မှာ ယခင်အတိုင်း တစ်နာရီ ဖြစ်ပြီး နေရာလည်း မပြောင်းလဲပါ (ရုံးချုပ် ၅ လွှာ)။

Calendar ဖိတ်ကြားချက်ကိုလည်း မကြာမီ ပြင်ဆင်ပေးပါမယ်။ အချိန်အသစ် အဆင်မပြေပါက ပြန်ကြားပေးပါရှင်။ အဆင်မပြေမှုအတွက် တောင်းပန်ပါတယ်။

ကျေးဇူးတင်ပါသည်။
မသီရိအောင်
Talent Acquisition | Inya Lake Bank
"""
    subj = "တွေ့ဆုံမေးမြန်းမည့် ရက်နှင့် အချိန် ပြောင်းလဲခြင်း – Senior Accountant"
    mid2, m2 = mail((7, 2), frm=thiri, to=[ME], cc=[htn], date=sent2, subject=subj, plain=t2,
                    html_=htmlize(t2, "Pyidaungsu,sans-serif"), pcte="base64", hcte="base64",
                    mid=msgid("gmail", 7, 2), relay="google")
    t3 = f"""မသီရိအောင် ခင်ဗျာ၊

အကြောင်းကြားပေးတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။ {mmdate(s, wd=False)} {mmtime(s)} အဆင်ပြေပါတယ်။ အချိန်မီ ရောက်အောင် လာပါ့မယ်။

လေးစားစွာဖြင့်
အောင်ကျော်မင်း
""" + quote(t2, thiri, sent2)
    _, m3 = mail((7, 3), frm=ME, to=[thiri], cc=[htn], date=sent3, subject="Re: " + subj, plain=t3, irt=mid2,
                 refs=mid2, mid=msgid("dom", 7, 3, domain="mail.example.com"), host="smtp.example.com")
    return [("01-google-invite-14-oct.eml", m1), ("02-burmese-reschedule-mail.eml", m2),
            ("03-aung-accepts-new-time.eml", m3)], lab(
        [iv("Inya Lake Bank", "Senior Accountant", s, e, [htn], [htn], "hiring_manager")],
        "hard", "positive/reschedule-burmese-mail",
        "Google invite for Wed 14 Oct 10:00; a Burmese mail moves it to 'အောက်တိုဘာလ ၁၅ ရက် ညနေ ၂ နာရီခွဲ' "
        "(Thu 15 Oct 14:30, same 1 h). The promised updated invite never arrives; final time comes from the mail.")


@case(8, "irrawaddy-cancel-english")
def c08():
    nandar = ("Nandar Lwin", "nandar.lwin@irrawaddyapparel.example")
    chen = ("Chen Wei Liang", "weiliang.chen@irrawaddyapparel.example")
    sent1 = at(YGN, 2026, 10, 12, 13, 48, 20, "Mon")
    sent2 = at(YGN, 2026, 10, 15, 16, 5, 12, "Thu")
    s, e = at(YGN, 2026, 10, 16, 9, 30, 0, "Fri"), at(YGN, 2026, 10, 16, 10, 30, 0, "Fri")
    body = """Dear Aung Kyaw Min,

Following our phone conversation this morning, please come in for an interview with Mr. Chen Wei Liang, our General Manager – Finance. He would like to talk about standard costing, CMP (cut-make-pack) pricing for our European buyers and how you value raw-material stock.

Please show your NRC at the main gate; security will take you to the Admin Block, 2nd floor. Parking inside the compound is limited, so a taxi is easier.

Best regards,
Nandar Lwin
HR Manager | Irrawaddy Apparel Exports Co., Ltd."""
    mid1, m1 = outlook_invite((8, 1), organizer=nandar, required=[ME, chen], sent=sent1, start=s, end=e,
                              subject="Interview – Cost Accountant – Aung Kyaw Min", body=body, teams=False,
                              location="Irrawaddy Apparel Exports – Admin Block, Plot 27, Shwe Pyi Thar Industrial Zone 2, Yangon",
                              uid=outlook_uid(8, 1))
    t2 = f"""Dear Aung Kyaw Min,

I'm sorry to tell you that we have to cancel tomorrow's {t12(s)} interview with Mr. Chen.

He was asked this afternoon to fly to Bangkok for a buyer's compliance audit, and at the same time management decided to put the Cost Accountant hiring on hold until the December shipment season is over. Rather than move the meeting to a date we cannot promise, we prefer to cancel it for now.

Your CV stays on file and I will contact you first if the position reopens. Apologies for the short notice, and thank you for your understanding.

Kind regards,
Nandar Lwin
HR Manager
Irrawaddy Apparel Exports Co., Ltd. | +95 1 3688 214
"""
    _, m2 = mail((8, 2), frm=nandar, to=[ME], cc=[chen], date=sent2,
                 subject=f"Cancellation – interview on {s:%A} {s.day} {s:%B} (Cost Accountant)", plain=t2,
                 html_=htmlize(t2, "Calibri,sans-serif"), refs=mid1, mid=msgid("outlook", 8, 2), relay="outlook")
    return [("01-outlook-invite-cost-accountant.eml", m1), ("02-cancellation-english.eml", m2)], lab(
        [iv("Irrawaddy Apparel Exports", "Cost Accountant", s, e, [chen], [chen], "hiring_manager", "cancelled")],
        "medium", "positive/cancel-by-email",
        "Outlook invite (Myanmar Standard Time) for Fri 16 Oct 09:30, cancelled the day before by an English mail "
        "without a METHOD:CANCEL; keep it as cancelled at the invited time.")


@case(9, "stb-account-opening-appointment")
def c09():
    sent = at(YGN, 2026, 10, 27, 18, 3, 41, "Tue")
    s = at(YGN, 2026, 10, 29, 10, 0, 0, "Thu")
    ref = "STB-BHN-" + hx("appt", 9, n=6).upper()
    text = f"""မင်္ဂလာပါ ဦးအောင်ကျော်မင်း၊

သင်၏ ဘဏ်ခွဲ ချိန်းဆိုမှုကို အတည်ပြုပြီး ဖြစ်ပါသည်။

ဝန်ဆောင်မှု ။ ။ ငွေစုစာရင်း အသစ်ဖွင့်လှစ်ခြင်း
ဘဏ်ခွဲ ။ ။ ဗဟန်းဘဏ်ခွဲ၊ အမှတ် ၆၀၊ ဓမ္မစေတီလမ်း
နေ့ရက်နှင့် အချိန် ။ ။ {mmdate(s)} {mmtime(s)}
တာဝန်ခံ ဝန်ထမ်း ။ ။ ဒေါ်အိဖြူစင် (Relationship Officer)

ယူဆောင်ရမည့် စာရွက်စာတမ်းများ - နိုင်ငံသားစိစစ်ရေးကတ် (မူရင်း)၊ ရပ်ကွက် ထောက်ခံစာ၊ ဓာတ်ပုံ (၂) ပုံ၊ အနည်းဆုံး အပ်ငွေ ကျပ် ၁၀,၀၀၀။

Appointment reference: {ref}
Service: Savings account opening (e-Saving)
Branch: Bahan Branch, No. 60 Dhammazedi Road
Date & time: {en_long(s)}, {t12(s)}
Officer: Daw Ei Phyu Sin, Relationship Officer

To change or cancel, use the Shwe Taung mBanking app or call 1612. Please do not reply to this email.
"""
    noreply = ("Shwe Taung Bank", "appointments-noreply@shwetaungbank.example")
    ev = vevent(uid=f"{ref}@shwetaungbank.example", start=s, end=s + timedelta(minutes=30), tzid="Asia/Yangon",
                summary="Shwe Taung Bank – account opening appointment (Bahan Branch)", organizer=noreply,
                attendees=[att(ME)], stamp=sent, location="Shwe Taung Bank Bahan Branch, No. 60 Dhammazedi Road, Yangon",
                description=f"Reference {ref}. Officer: Daw Ei Phyu Sin.")
    cal = vcal([ev], method="PUBLISH", prodid="-//Shwe Taung Bank//Branch Appointments//EN", tzids=["Asia/Yangon"])
    _, m = mail((9, 1), frm=noreply, to=[ME], date=sent,
                subject="ချိန်းဆိုမှု အတည်ပြုချက် / Appointment confirmed – Account opening, Bahan Branch",
                html_=htmlize(text, "Pyidaungsu,sans-serif"), hcte="base64",
                atts=[("appointment.ics", 'text/calendar; charset="UTF-8"; name="appointment.ics"', cal)])
    return [("01-branch-appointment.eml", m)], lab(
        [], "medium", "negative/bank-appointment",
        "Bank branch appointment to open a savings account at Shwe Taung Bank (also a prospective employer in 01); "
        "has an officer, a time and an .ics, but it is not a hiring step.")


@case(10, "bangkok-propose-confirm-thread")
def c10():
    ploy = ("Ploy Srisuk", "ploy.s@chaophraya-advisory.example")
    anan = ("Anan Wongsakul", "anan.w@chaophraya-advisory.example")
    sent1 = at(BKK, 2026, 10, 19, 10, 12, 44, "Mon")
    sent2 = at(YGN, 2026, 10, 19, 13, 40, 5, "Mon")
    sent3 = at(BKK, 2026, 10, 20, 9, 2, 17, "Tue")
    oa = at(BKK, 2026, 10, 27, 10, 0, 0, "Tue")
    s = at(BKK, 2026, 10, 28, 15, 0, 0, "Wed")
    e = s + timedelta(hours=1)
    ys, ye = s.astimezone(YGN), e.astimezone(YGN)
    assert (ys.hour, ys.minute) == (14, 30)
    subj = "Chao Phraya Advisory – interview for Senior Associate, Myanmar Desk"
    t1 = f"""Dear Aung Kyaw Min,

Thank you for your application for the Senior Associate position on our Myanmar Desk. Our Audit Partner, Khun Anan Wongsakul, would like to speak with you by video for about an hour about your audit and tax work for Myanmar companies.

Could you let me know which of these suits you? Both are Bangkok time (GMT+7) – Yangon is 30 minutes behind us.

  1) {oa:%A} {oa.day} {oa:%B}, {oa:%H:%M}
  2) {s:%A} {s.day} {s:%B}, {s:%H:%M}

Once you choose, I will send the Google Meet details.

Best regards,
Ploy Srisuk
Recruitment Officer
Chao Phraya Advisory Co., Ltd. | 29th Floor, 98 North Sathorn Road, Bangkok 10500
"""
    mid1, m1 = mail((10, 1), frm=ploy, to=[ME], date=sent1, subject=subj, plain=t1, mid=msgid("gmail", 10, 1),
                    relay="google")
    t2 = f"""Dear Khun Ploy,

Thank you for the invitation. Option 2, {s:%A} {s.day} {s:%B} at {s:%H:%M} Bangkok time ({ys:%H:%M} in Yangon), works best for me.

I look forward to speaking with Khun Anan.

Best regards,
Aung Kyaw Min
""" + quote(t1, ploy, sent1)
    mid2, m2 = mail((10, 2), frm=ME, to=[ploy], date=sent2, subject="Re: " + subj, plain=t2, irt=mid1, refs=mid1,
                    mid=msgid("dom", 10, 2, domain="mail.example.com"), host="smtp.example.com")
    meet = meet_link(10)
    t3 = f"""Dear Aung Kyaw Min,

Thank you – confirmed for {s:%A} {s.day} {s:%B}, {s:%H:%M}–{e:%H:%M} Bangkok time ({ys:%H:%M}–{ye:%H:%M} in Yangon). Khun Anan (copied) will conduct the interview; I will only join for the first few minutes to introduce you.

Google Meet: {meet}

If anything changes on your side, just reply to this email.

Best regards,
Ploy
""" + quote(t2, ME, sent2)
    _, m3 = mail((10, 3), frm=ploy, to=[ME], cc=[anan], date=sent3, subject="Re: " + subj, plain=t3,
                 html_=htmlize(t3), irt=mid2, refs=f"{mid1} {mid2}", mid=msgid("gmail", 10, 3), relay="google")
    return [("01-ploy-offers-two-slots.eml", m1), ("02-aung-chooses-option-2.eml", m2),
            ("03-ploy-confirms.eml", m3)], lab(
        [iv("Chao Phraya Advisory", "Senior Associate, Myanmar Desk", s, e, [anan], [anan], "hiring_manager")],
        "medium", "positive/propose-confirm-bangkok",
        "Bangkok recruiter (+07:00) proposes two slots; candidate picks Wed 28 Oct 15:00 Bangkok (14:30 Yangon, "
        "half-hour gap); recruiter confirms with the partner cc'd. No calendar file.")


@case(11, "bago-two-interviews-gcal-json")
def c11():
    sm = ("Su Myat Noe", "sumyat.noe@bagoriverbank.example")
    at_ = ("U Aung Thura", "aungthura@bagoriverbank.example")
    sent = at(YGN, 2026, 10, 21, 10, 40, 18, "Wed")
    s1 = at(YGN, 2026, 10, 26, 15, 0, 0, "Mon")
    e1 = s1 + timedelta(minutes=30)
    s2 = at(YGN, 2026, 11, 2, 10, 0, 0, "Mon")
    e2 = s2 + timedelta(hours=1)
    loc = "Bago River Bank Head Office, 6th floor, No. 18 Strand Road, Botahtaung Township, Yangon"
    t = f"""Dear Ko Aung Kyaw Min,

Thank you for stopping by our stand at the banking job fair last Saturday. We would like to move you forward for the Treasury Accountant role. The process has two conversations:

1. {s1:%A} {s1.day} {s1:%B}, {t12(s1)} – {t12(e1)}: a phone call with me about your background, notice period and salary expectations. I will call your mobile.
2. {s2:%A} {s2.day} {s2:%B}, {t12(s2)} – {t12(e2)}: a technical interview with U Aung Thura, our Financial Controller, at head office (No. 18 Strand Road, 6th floor). Expect questions on month-end closing, IFRS 9 expected credit loss provisioning and Central Bank regulatory returns.

ဖုန်းဆက်မည့် အချိန်နှင့် ရုံးချုပ်သို့ လာရောက်ရမည့် အချိန် နှစ်ခုစလုံးကို သင်၏ Calendar ထဲသို့ ထည့်သွင်းပေးထားပါသည်။ အဆင်မပြေပါက ပြန်ကြားပေးပါ။

Best regards,
Su Myat Noe
Recruitment Lead | Bago River Bank
"""
    _, m = mail((11, 1), frm=sm, to=[ME], date=sent, subject="Bago River Bank – next steps for the Treasury Accountant role",
                plain=t, html_=htmlize(t), mid=msgid("gmail", 11, 1), relay="google")
    created = sent + timedelta(minutes=6)
    g1 = gcal_event((11, 2), summary="Phone call – Treasury Accountant (Bago River Bank)",
                    description="Phone screen with Su Myat Noe, Recruitment Lead. I will call your mobile number from your CV.",
                    start=s1, end=e1, organizer=sm, created=created, updated=created + timedelta(minutes=1),
                    attendees=[{"email": sm[1], "displayName": sm[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}])
    g2 = gcal_event((11, 3), summary="Technical interview – Treasury Accountant – U Aung Thura",
                    description="Technical interview with U Aung Thura, Financial Controller. Please bring your NRC for the visitor pass.",
                    start=s2, end=e2, organizer=sm, location=loc, created=created + timedelta(minutes=2),
                    updated=created + timedelta(minutes=3),
                    attendees=[{"email": sm[1], "displayName": sm[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": at_[1], "displayName": at_[0], "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}])
    return [("01-su-myat-two-steps.eml", m), ("02-phone-call.gcal.json", g1), ("03-technical-interview.gcal.json", g2)], lab(
        [iv("Bago River Bank", "Treasury Accountant", s1, e1, [sm], [sm], "phone_screen"),
         iv("Bago River Bank", "Treasury Accountant", s2, e2, [at_], [at_], "technical")],
        "medium", "positive/two-interviews-gcal-json",
        "One mail announcing two steps plus two Calendar API events (self: true): recruiter phone screen on 26 Oct "
        "and a technical interview with the financial controller on 2 Nov. Two interviews, no duplicates.")


@case(12, "tax-seminar-zoom-webinar")
def c12():
    sent = at(YGN, 2026, 10, 30, 20, 11, 9, "Fri")
    s, e = at(YGN, 2026, 11, 7, 9, 30, 0, "Sat"), at(YGN, 2026, 11, 7, 12, 0, 0, "Sat")
    wid = str(int(hx("web", 12, n=12), 16))[:11]
    url = f"https://us06web.zoom.us/w/{wid}?tk={hx('tk', 12, n=32)}"
    title = "၂၀၂၆-၂၀၂၇ ဘဏ္ဍာနှစ် ပြည်ထောင်စု အခွန်ဥပဒေ – လုပ်ငန်းရှင်များနှင့် စာရင်းကိုင်များအတွက် ဆွေးနွေးပွဲ"
    text = f"""Hi Aung Kyaw Min,

Thank you for registering for "{title}".

Please submit any questions to: events@myatthukha-tax.example

Date Time: {s:%b} {s.day}, {s.year} {s:%I:%M %p} Yangon

Join from PC, Mac, iPad, or Android:
{url}
Passcode: {hx('pc', 12, n=6)}

Description:
အစီအစဉ်
၁။ ပြည်ထောင်စု အခွန်ဥပဒေ အသစ်ပါ ပြောင်းလဲချက်များ (ဝင်ငွေခွန်၊ ကုန်သွယ်လုပ်ငန်းခွန်)
၂။ ပြည်တွင်းအခွန်များဦးစီးဌာန အငြိမ်းစား ညွှန်ကြားရေးမှူး ဒေါ်ခင်မာလွင် နှင့် အင်တာဗျူး ကဏ္ဍ
၃။ မေးခွန်းနှင့် အဖြေ
CPD hours: 2.5 (certificate sent after the session)

You can cancel your registration at any time.

Thank you!
Myat Thukha Tax Advisory
"""
    ev = vevent(uid=f"ZOOMWEB{wid}@zoom.us", start=s, end=e, tzid="Asia/Yangon", summary=title,
                organizer=("Myat Thukha Tax Advisory", "events@myatthukha-tax.example"), attendees=[att(ME)],
                stamp=sent, location=url, description=f"Webinar\n{url}")
    cal = vcal([ev], method="PUBLISH", prodid="-//zoom.us//iCalendar Event//EN", tzids=["Asia/Yangon"])
    _, m = mail((12, 1), frm=("Myat Thukha Tax Advisory", "no-reply@zoom.us"),
                reply_to=("Myat Thukha Tax Advisory", "events@myatthukha-tax.example"), to=[ME], date=sent,
                subject="Myat Thukha Tax Advisory – ၂၀၂၆-၂၀၂၇ ဘဏ္ဍာနှစ် အခွန်ဥပဒေ ဆွေးနွေးပွဲ Confirmation",
                html_=htmlize(text, "Lato,Helvetica,Arial,sans-serif"), hcte="quoted-printable",
                atts=[("webinar.ics", 'text/calendar; charset="UTF-8"; name="webinar.ics"', cal)],
                return_path="bounce@zoom.us", host="mta-sg.zoom.us")
    return [("01-zoom-webinar-registration.eml", m)], lab(
        [], "medium", "negative/tax-seminar-webinar",
        "Zoom webinar registration for a Burmese tax-law seminar whose programme contains an 'အင်တာဗျူး' "
        "segment with a retired tax official; a seminar, not a job interview.")


# ============================================================================= cases 13-23
@case(13, "singapore-cfo-final-workday-gcal")
def c13():
    rachel = ("Rachel Tan", "rachel.tan@straitsharbour.example")
    goh = ("Daniel Goh", "daniel.goh@straitsharbour.example")
    sent1 = at(LAX, 2026, 10, 29, 3, 15, 22, "Thu", offset="-07:00")
    sent2 = at(SGP, 2026, 10, 29, 18, 20, 40, "Thu")
    assert sent1 < sent2
    s = at(SGP, 2026, 11, 4, 16, 0, 0, "Wed")
    e = s + timedelta(hours=1)
    ys = s.astimezone(YGN)
    assert (ys.hour, ys.minute) == (14, 30)
    wd = f"""Hello Aung Kyaw Min,

Your final interview for Regional Financial Accountant (R-20931) has been scheduled.

Interviewer: Daniel Goh, Chief Financial Officer, Asia Pacific
Date: {s:%A}, {s:%B} {s.day}, {s.year}
Time: {t12(s)} - {t12(e)} (GMT+08:00) Singapore
Location: Video call – the Google Meet link will be sent by your recruiter

Need to make a change? Contact your recruiter, Rachel Tan, at rachel.tan@straitsharbour.example.

View your application on the Straits Harbour Holdings careers site: https://wd3.myworkday.com/straitsharbour/d/home.htmld

This is a system-generated email. Please do not reply.
"""
    _, m1 = mail((13, 1), frm=("Straits Harbour Holdings", "straitsharbour@myworkday.com"), to=[ME], date=sent1,
                 subject="Interview Scheduled: Regional Financial Accountant (R-20931)", plain=wd,
                 html_=htmlize(wd, "Helvetica,Arial,sans-serif"), return_path="bounce-wd3@myworkday.com",
                 host="smtp-out-wd3.myworkday.com")
    desc = f"""Hi Aung,

This is your final conversation, with Daniel Goh, our CFO for Asia Pacific. Daniel sits in the Singapore regional office, so the slot is {gt(s)}–{gt(e)} Singapore time, which is {gt(ys)}–{gt(e.astimezone(YGN))} in Yangon.

Daniel usually asks how you would build the monthly reporting pack for the Yangon and Bangkok entities and how you handle late audit adjustments. It's a conversation rather than a test.

Rachel"""
    _, m2 = google_invite((13, 2), organizer=rachel, guests=[goh, ME],
                          summary="Final Interview – Aung Kyaw Min / Daniel Goh (CFO, APAC)", start=s, end=e,
                          sent=sent2, description=desc, meet=meet_link(13), uid=f"{hx('uid', 13, n=26)}@google.com")
    return [("01-workday-interview-scheduled.eml", m1), ("02-google-invite-cfo-final.eml", m2)], lab(
        [iv("Straits Harbour Holdings", "Regional Financial Accountant", s, e, [goh], [goh], "hiring_manager")],
        "medium", "positive/workday-plus-google-singapore",
        "Workday notice (Date -0700, PDT before US DST end) states 4:00-5:00 PM (GMT+08:00) Singapore; Google "
        "invite shows the same slot as 2:30pm-3:30pm MMT. One interview with the CFO; recruiter only schedules.")


@case(14, "thamada-onsite-three-invites")
def c14():
    zin = ("Zin Mar Htwe", "zinmar.htwe@thamadabank.example")
    yym = ("Daw Yin Yin Mar", "yinyin.mar@thamadabank.example")
    kkg = ("U Ko Ko Gyi", "koko.gyi@thamadabank.example")
    ppw = ("Ma Phyu Phyu Win", "phyuphyu.win@thamadabank.example")
    sent = at(YGN, 2026, 10, 29, 15, 10, 2, "Thu")
    slots = [(at(YGN, 2026, 11, 5, 9, 0, 0, "Thu"), 45, yym, "Finance Director"),
             (at(YGN, 2026, 11, 5, 10, 0, 0, "Thu"), 45, kkg, "Head of Treasury"),
             (at(YGN, 2026, 11, 5, 11, 0, 0, "Thu"), 30, ppw, "HR Business Partner")]
    sched = "\n".join(f"{st:%H:%M} – {(st + timedelta(minutes=d)):%H:%M}  {p[0]}, {title}" for st, d, p, title in slots)
    t = f"""Dear Ko Aung Kyaw Min,

Congratulations on reaching the final stage for Manager, Financial Reporting. Your onsite interviews will take place at our head office (Thamada Commercial Bank, No. 77 Pyay Road, Dagon Township, 11th floor) on {en_long(slots[0][0])}:

{sched}

You will receive three separate calendar invitations, one for each conversation. Please arrive at 08:45 and ask for me at reception; there is a short tea break between sessions.

ကျေးဇူးတင်ပါသည်။
Zin Mar Htwe
Recruitment Coordinator | Thamada Commercial Bank
"""
    _, m = mail((14, 1), frm=zin, to=[ME], date=sent,
                subject=f"Onsite interview schedule – Manager, Financial Reporting – {slots[0][0]:%A} {slots[0][0].day} {slots[0][0]:%B}",
                plain=t, html_=htmlize(t), mid=msgid("gmail", 14, 1), relay="google")
    items = [("01-coordinator-schedule.eml", m)]
    notes = ["Please bring a printed copy of your latest published financial statements work (redacted is fine).",
             "U Ko Ko Gyi will focus on liquidity reporting and FX revaluation.",
             "Final conversation about notice period, salary band and benefits."]
    loc = "Thamada Commercial Bank Head Office, 11th floor, No. 77 Pyay Road, Dagon Township, Yangon"
    for i, (st, d, p, title) in enumerate(slots, 1):
        _, mi = google_invite((14, i + 1), organizer=zin, guests=[p, ME], start=st, end=st + timedelta(minutes=d),
                              summary=f"Onsite interview {i}/3 – Aung Kyaw Min with {p[0]} ({title})",
                              sent=sent + timedelta(minutes=8 + i, seconds=11 * i), description=notes[i - 1],
                              location=loc, uid=f"{hx('uid', 14, i, n=26)}@google.com")
        items.append((f"{i + 1:02d}-invite-session-{i}.eml", mi))
    start, end = slots[0][0], slots[-1][0] + timedelta(minutes=slots[-1][1])
    return items, lab(
        [iv("Thamada Commercial Bank", "Manager, Financial Reporting", start, end, [yym, kkg, ppw], [yym, kkg, ppw],
            "onsite")],
        "medium", "positive/onsite-loop-three-invites",
        "Coordinator mail + three Google invites for back-to-back sessions on Thu 5 Nov (09:00-11:30): one onsite "
        "interview with all three interviewers; the coordinator is not an interviewer.")


@case(15, "scam-telegram-fee")
def c15():
    sent = at(SGP, 2026, 10, 28, 22, 47, 3, "Wed")
    t = """Dear Aung Kyaw Min,

Congratulations! Your CV was selected from an online job portal for the position of Remote Accountant at Singapore Prime Capital Pte Ltd. Salary USD 3,500 per month, work from home, flexible hours.

Your online interview with our HR Director Mr. Kelvin Lim will be held tomorrow at 8:00 PM on Telegram (@KelvinLim_SPC_HR). Please add him before the interview.

IMPORTANT: Before the interview all shortlisted candidates must pay a refundable document verification and registration fee of 85,000 MMK by mobile wallet to 09-7xx xxx 412 (Ko Min Min). Send the payment screenshot together with a photo of your NRC (front and back) to this email. Candidates who do not pay before 6:00 PM tomorrow will be removed from the list.

အင်တာဗျူး မတိုင်မီ မှတ်ပုံတင်ကြေး ကျပ် ၈၅,၀၀၀ ကို ပေးသွင်းရန် လိုအပ်ပါသည်။ ငွေလွှဲပြီးပါက screenshot ကို ပို့ပေးပါ။

Best Regards,
HR Department
Singapore Prime Capital Pte Ltd
"""
    _, m = mail((15, 1), frm=("Singapore Prime Capital HR", "sgprimecapital.hr@freemailbox.example"),
                reply_to=("Kelvin Lim", "kelvin.lim.hrd@freemailbox.example"), to=[ME], date=sent,
                subject="Congratulations! Online Interview – Remote Accountant (USD 3,500/month)", plain=t)
    return [("01-remote-accountant-offer.eml", m)], lab(
        [], "medium", "negative/scam-fee-telegram",
        "Recruitment scam from a free-mail address: Telegram 'interview' tomorrow 8 PM conditional on an 85,000 MMK fee.")


@case(16, "myitta-viber-pasted")
def c16():
    moe = ("Daw Moe Moe Khaing", "moemoe.khaing@myittamfi.example")
    sent = at(YGN, 2026, 10, 26, 21, 10, 0, "Mon")
    s = at(YGN, 2026, 10, 27, 14, 30, 0, "Tue")
    v = lambda h, mi: f"[{sent.day}/{sent.month}/{sent.year}, {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}]"
    t = f"""Viber ကနေ ကူးထည့်ထားတာ - မမေ့အောင် မှတ်ထားတာ

{v(18, 42)} Daw Moe Moe Khaing (Myitta HR): မင်္ဂလာပါ ကိုအောင်ကျော်မင်း။ Myitta Microfinance က HR Manager ဒေါ်မိုးမိုးခိုင် ပါ။ Accountant (Loan Portfolio) ရာထူးအတွက် မနက်ဖြန် {mmtime(s)} မှာ ရုံးကို လာပြီး တွေ့ဆုံမေးမြန်းခြင်း ပြုလုပ်ချင်ပါတယ်။ ကျွန်မ နဲ့ ငွေစာရင်းဌာနမှူး ဦးဇော်မင်းဦး တို့ မေးမြန်းပါမယ်။
{v(18, 43)} Daw Moe Moe Khaing (Myitta HR): လိပ်စာ - အမှတ် ၃၁၊ ပြည်လမ်း၊ ၈ မိုင်၊ မရမ်းကုန်းမြို့နယ်၊ ဒုတိယထပ်။ CV နဲ့ ဘွဲ့လက်မှတ် မိတ္တူတွေကို moemoe.khaing@myittamfi.example ကို ကြိုပို့ထားပေးပါ။
{v(18, 51)} Aung Kyaw Min: ဟုတ်ကဲ့ပါ ကျေးဇူးတင်ပါတယ်။ မနက်ဖြန် {mmtime(s)} အရောက်လာပါ့မယ်။ CV ကို ဒီည ပို့ပေးပါ့မယ်။
{v(18, 52)} Daw Moe Moe Khaing (Myitta HR): 👍
"""
    _, m = mail((16, 1), frm=ME, to=[ME], date=sent, subject="Fwd: Viber – Myitta Microfinance interview", plain=t,
                pcte="base64", mid=msgid("dom", 16, 1, domain="mail.example.com"), host="smtp.example.com")
    return [("01-viber-note-to-self.eml", m)], lab(
        [iv("Myitta Microfinance", "Accountant (Loan Portfolio)", s, None, [moe], [moe], "onsite")],
        "hard", "positive/viber-pasted-relative",
        "Owner mails himself a pasted Viber chat (26 Oct): HR manager invites him 'မနက်ဖြန် ညနေ ၂ နာရီခွဲ' "
        "(tomorrow 2:30 pm) -> Tue 27 Oct 14:30 +06:30; no duration; she and the chief accountant (no address) interview.")


@case(17, "owner-is-interviewer-teams")
def c17():
    yamin = ("Yamin Aye", "yamin.aye@seinpann.example")
    wai = ("Wai Yan Htoo", "waiyan.htoo@seinpann.example")
    cand = ("Htet Htet Aung", "htethtetaung.acc@example.net")
    sent = at(YGN, 2026, 10, 20, 10, 12, 55, "Tue")
    s = at(YGN, 2026, 10, 22, 10, 0, 0, "Thu")
    body = """Hi Ko Aung Kyaw Min, Ko Wai Yan,

Ma Htet Htet Aung is our shortlisted candidate for the Junior Accountant opening in your team. Could you both interview her on Teams on Thursday? Ko Aung Kyaw Min, please take the technical part (bank reconciliation, commercial tax returns, posting vouchers in our accounting system); Ko Wai Yan can cover team fit and working hours.

Her CV and the scoring sheet are in the HR shared folder. Please send me your scores by Friday noon.

Thanks,
Yamin Aye
HR & Admin | Sein Pann Trading Co., Ltd."""
    _, m = outlook_invite((17, 1), organizer=yamin, required=[ME, wai, cand], sent=sent, start=s,
                          end=s + timedelta(minutes=45), subject="Interview: Junior Accountant – Ma Htet Htet Aung",
                          body=body, location="Microsoft Teams Meeting", uid=outlook_uid(17, 1))
    return [("01-teams-invite-junior-accountant.eml", m)], lab(
        [], "hard", "negative/user-is-interviewer",
        "Teams invite from the owner's current employer: he interviews a Junior Accountant candidate. Not his interview.")


@case(18, "kyaikkasan-standalone-ics-utc")
def c18():
    nay = ("Ko Nay Lin", "naylin@kyaikkasanbank.example")
    ccs = ("Daw Cho Cho San", "chocho.san@kyaikkasanbank.example")
    stamp = at(YGN, 2026, 11, 6, 16, 25, 0, "Fri")
    s, e = at(YGN, 2026, 11, 12, 13, 0, 0, "Thu"), at(YGN, 2026, 11, 12, 14, 0, 0, "Thu")
    desc = f"""Kyaikkasan Bank – Senior Accountant (IFRS Reporting) တွေ့ဆုံမေးမြန်းခြင်း
{mmdate(s)} {mmtime(s)} မှ {mmtime(e)} ထိ
မေးမြန်းမည့်သူ - ဒေါ်ချိုချိုစန်း (ဘဏ္ဍာရေးဌာနမှူး)
နေရာ - ရုံးချုပ် ၃ လွှာ၊ အစည်းအဝေးခန်း (B)၊ အမှတ် ၁၀၅၊ ကျိုက္ကဆံလမ်း၊ တာမွေမြို့နယ်

Interview with Daw Cho Cho San, Head of Finance. Please bring your NRC for the visitor pass.
Ko Nay Lin, HR"""
    ev = vevent(uid=f"{hx('uid', 18, n=26)}@google.com", start=s, end=e, stamp=stamp, organizer=nay,
                summary="Interview: Senior Accountant (IFRS Reporting) – Aung Kyaw Min",
                attendees=[att(nay, "ACCEPTED"), att(ccs, "ACCEPTED"), att(ME)], description=desc,
                location="Kyaikkasan Bank Head Office, Meeting Room B, 3rd floor, No. 105 Kyaikkasan Road, Tamwe, Yangon")
    return [("01-kyaikkasan-interview.ics", vcal([ev]).encode("utf-8"))], lab(
        [iv("Kyaikkasan Bank", "Senior Accountant (IFRS Reporting)", s, e, [ccs], [ccs], "hiring_manager")],
        "medium", "positive/standalone-ics-utc",
        "Standalone Google .ics with UTC times (06:30Z = 13:00 Yangon) and a Burmese description naming the "
        "head of finance as interviewer.")


@case(19, "acb-rejection-jobsnet")
def c19():
    zaw = ("U Zaw Lin Htet", "zawlin.htet@ayeyarbank.example")
    sent = at(YGN, 2026, 11, 6, 14, 30, 9, "Fri")
    past = at(YGN, 2026, 10, 20, 10, 30, 0, "Tue")
    t = f"""JobsNet Myanmar | Employer message

Ayeyar Commercial Bank has sent you a message about your application for: Assistant Manager (Accounts)

----------------------------------------------------------------
ကိုအောင်ကျော်မင်း ခင်ဗျာ၊

{mmdate(past)} က ကျင်းပခဲ့သော စာမေးပွဲနှင့် တွေ့ဆုံမေးမြန်းခြင်းသို့ တက်ရောက်ပေးခဲ့သည့်အတွက် ကျေးဇူးတင်ပါသည်။

Thank you for sitting the accounting test and attending the interview with our panel on {past.day} {past:%B}. After careful consideration we have decided to proceed with another candidate whose experience more closely matches the current needs of the Finance Department.

We were impressed by your reconciliation work and will keep your profile in our talent pool for the next twelve months. We wish you every success in your career.

ကျေးဇူးတင်ပါသည်။
U Zaw Lin Htet
Senior HR Executive, Ayeyar Commercial Bank
----------------------------------------------------------------

Reply to this message to contact the employer directly.
"""
    _, m = mail((19, 1), frm=("JobsNet Myanmar", "messages-noreply@jobsnet.example"), reply_to=zaw, to=[ME],
                date=sent, subject="Ayeyar Commercial Bank – application update: Assistant Manager (Accounts)",
                plain=t, html_=htmlize(t), return_path="bounce-7731@jobsnet.example")
    return [("01-jobsnet-application-update.eml", m)], lab(
        [], "easy", "negative/rejection-mentions-past-interview",
        "Rejection relayed by JobsNet that refers to the past test and interview of 20 October.")


@case(20, "rubythread-outlook-sequence-update")
def c20():
    thet = ("Thet Paing", "thet.paing@rubythread.example")
    sandar = ("Daw Sandar Win", "sandar.win@rubythread.example")
    sent1 = at(YGN, 2026, 11, 2, 10, 20, 31, "Mon")
    sent2 = at(YGN, 2026, 11, 2, 11, 5, 48, "Mon")
    sent3 = at(YGN, 2026, 11, 5, 17, 30, 2, "Thu")
    o = at(YGN, 2026, 11, 9, 10, 0, 0, "Mon")
    s = at(YGN, 2026, 11, 10, 10, 0, 0, "Tue")
    e = s + timedelta(hours=1)
    role = "Accountant (Export Documentation)"
    t1 = f"""မင်္ဂလာပါ Aung Kyaw Min၊

သင် လျှောက်ထားသော {role} ရာထူးအတွက် Ruby Thread Garments Co., Ltd. မှ အင်တာဗျူး ဖိတ်ကြားထားပါသည်။

နေ့ရက် - {mmdate(o)}
အချိန် - {mmtime(o)}
နေရာ - Ruby Thread Garments Co., Ltd.၊ အမှတ် ၁၄၊ လမ်း ၅၊ လှိုင်သာယာ စက်မှုဇုန် (၃)
ဆက်သွယ်ရန် - Ko Thet Paing (HR) – thet.paing@rubythread.example

Message from the employer:
"Please come to the factory office with your NRC and a copy of your CV. You will meet our Finance Manager, Daw Sandar Win. I will also send you an Outlook invitation. – Thet Paing"

ဤအီးမေးလ်ကို MyJobs Myanmar မှ အလိုအလျောက် ပေးပို့ခြင်း ဖြစ်ပါသည်။ ပြန်လည်ဖြေကြားလိုပါက ကုမ္ပဏီ၏ ဆက်သွယ်ရန် လိပ်စာသို့ ပို့ပေးပါ။
"""
    _, m1 = mail((20, 1), frm=("MyJobs Myanmar", "no-reply@myjobsmm.example"), reply_to=thet, to=[ME], date=sent1,
                 subject=f"[MyJobs] Ruby Thread Garments Co., Ltd. မှ အင်တာဗျူး ဖိတ်ကြားချက် – {role}",
                 plain=t1, html_=htmlize(t1, "Pyidaungsu,sans-serif"), pcte="base64", hcte="base64",
                 return_path="bounces@myjobsmm.example")
    loc = "Ruby Thread Garments – factory office, No. 14, Street 5, Hlaing Tharyar Industrial Zone 3, Yangon"
    uid = outlook_uid(20, 1)
    b1 = """Dear Aung Kyaw Min,

As mentioned on MyJobs, here is the invitation for your interview with Daw Sandar Win, our Finance Manager. She will ask about export documentation (commercial invoices, packing lists, CMP contracts) and how you reconcile buyer remittances.

Please bring your NRC and a printed CV.

Thet Paing
HR Executive | Ruby Thread Garments Co., Ltd."""
    _, m2 = outlook_invite((20, 2), organizer=thet, required=[ME, sandar], sent=sent2, start=o,
                           end=o + timedelta(hours=1), subject=f"Interview – {role} – Aung Kyaw Min", body=b1,
                           location=loc, uid=uid, teams=False)
    b2 = f"""Dear Aung Kyaw Min,

Sorry for the change: our Osaka buyer has moved their factory visit to Monday {o.day} November, so Daw Sandar Win will be on the production floor all day. We have moved your interview to {s:%A} {s.day} November, same time ({t12(s)}), same place.

Please accept the updated invitation so I know it still works for you.

Thet Paing
HR Executive | Ruby Thread Garments Co., Ltd."""
    _, m3 = outlook_invite((20, 3), organizer=thet, required=[ME, sandar], sent=sent3, start=s, end=e,
                           subject=f"Interview – {role} – Aung Kyaw Min", body=b2, location=loc, uid=uid, seq=1,
                           teams=False)
    return [("01-myjobs-interview-invitation.eml", m1), ("02-outlook-invite-9-nov.eml", m2),
            ("03-outlook-update-10-nov.eml", m3)], lab(
        [iv("Ruby Thread Garments", role, s, e, [sandar], [sandar], "hiring_manager")],
        "medium", "positive/outlook-sequence-reschedule",
        "MyJobs relay (Burmese, Myanmar digits) and an Outlook invite for Mon 9 Nov 10:00; the same UID comes back "
        "with SEQUENCE:1 for Tue 10 Nov 10:00. One interview at the final time.")


@case(21, "sg-agency-availability-request")
def c21():
    marcus = ("Marcus Lee", "marcus.lee@lioncitytalent.example")
    sent = at(SGP, 2026, 10, 30, 16, 22, 7, "Fri")
    t = """Hi Aung,

Thanks for the chat on LinkedIn yesterday. I've shared your CV with my client, a Singapore-listed shipping group setting up a finance hub in Yangon, and their Head of Finance would like a 30-minute introductory call.

Could you send me two or three windows that work next week (2–6 November)? Please give them in Singapore time so I don't mix up the 90-minute difference – or pick a slot directly here: https://calendly.com/marcus-lee-lct/30min

Once we have a time I'll send a proper invite with the dial-in.

Best,
Marcus Lee
Principal Consultant, Finance & Accounting
Lion City Talent Partners
"""
    _, m = mail((21, 1), frm=marcus, to=[ME], date=sent, subject="Intro call with Head of Finance – Yangon finance hub",
                plain=t, html_=htmlize(t), mid=msgid("outlook", 21, 1), relay="outlook")
    return [("01-agency-asks-for-availability.eml", m)], lab(
        [], "medium", "negative/availability-request",
        "Singapore agency recruiter asks for availability / a Calendly booking; nothing is booked.")


@case(22, "glt-offer-successfactors")
def c22():
    ei = ("Ei Mon Kyaw", "eimon.kyaw@goldenlotustel.example")
    sent = at(YGN, 2026, 11, 10, 11, 0, 44, "Tue")
    start_day = at(YGN, 2026, 12, 1, 9, 0, 0, "Tue")
    deadline = at(YGN, 2026, 11, 17, 17, 0, 0, "Tue")
    t = f"""Dear Aung Kyaw Min,

Following your panel interview with U Kyaw Swar Win and Ms Priya Raman on 22 October, we are delighted to offer you the position of Finance Business Partner at Golden Lotus Telecom.

Your offer letter is available in the candidate portal. Key terms:
• Monthly gross salary: MMK 4,850,000
• Annual performance bonus: up to two months' salary
• Proposed start date: {en_long(start_day)} (first-day induction with HR at {t12(start_day)}, Head Office, Kaba Aye Pagoda Road)

Please accept or decline the offer in the portal by {en_long(deadline)}. If you would like to discuss any of the terms, reply to Ei Mon Kyaw at eimon.kyaw@goldenlotustel.example.

Congratulations, and welcome to Golden Lotus Telecom.

Golden Lotus Telecom Talent Acquisition
Powered by SAP SuccessFactors
"""
    _, m = mail((22, 1), frm=("Golden Lotus Telecom Careers", "careers-noreply@successfactors.com"), reply_to=ei,
                to=[ME], date=sent, subject="Your offer from Golden Lotus Telecom – Finance Business Partner",
                html_=htmlize(t, "Segoe UI,Arial,sans-serif"), return_path="bounces+4471@successfactors.com")
    return [("01-successfactors-offer.eml", m)], lab(
        [], "easy", "negative/offer",
        "Offer via SuccessFactors; mentions the past panel interview and a first-day induction time, nothing to attend as a candidate.")


@case(23, "myjobs-alert-walk-in")
def c23():
    sent = at(YGN, 2026, 11, 1, 7, 0, 0, "Sun")
    walk = at(YGN, 2026, 11, 7, 9, 0, 0, "Sat")
    jobs = [("Senior Accountant", "Mingalar Cold Chain Co., Ltd.", "Mayangone", "MMK 1.8M – 2.4M",
             f"Walk-in interview: {walk:%A} {walk.day} {walk:%B}, {t12(walk)} – 3:00 PM, Inya Myaing Road event hall, Bahan"),
            ("Accountant (AP/AR)", "Shwe Hinthar Logistics", "Thaketa", "Negotiable", "Apply by 15 November"),
            ("Chief Accountant", "Golden Valley Hospital", "Bahan", "MMK 3M+", "ACCA / CPA (Myanmar) required"),
            ("Tax Accountant", "Pyay Road Partners (audit firm)", "Kamayut", "MMK 1.5M – 2M", "Commercial tax & PIT filing"),
            ("Accounts Executive", "Ayar Agro Exports", "Hlaing Tharyar", "MMK 900K – 1.2M", "Garment/agro export docs a plus"),
            ("Finance Officer", "Mandalay Road Microfinance", "North Okkalapa", "MMK 1.2M", "Loan portfolio reporting")]
    lines = [f"ယနေ့ သင့်အတွက် အလုပ်အကိုင် {mm(len(jobs))} ခု – Accountant, Yangon", ""]
    for i, (t, c, loc, pay, note) in enumerate(jobs, 1):
        lines += [f"{mm(i)}။ {t} – {c}", f"   {loc} | {pay}", f"   {note}",
                  f"   https://www.myjobsmm.example/jobs/{int(hx('job', i, n=6), 16)}", ""]
    lines += ["Job alert settings: https://www.myjobsmm.example/alerts  |  Unsubscribe: https://www.myjobsmm.example/u/"
              + hx("unsub", n=16), "MyJobs Myanmar – Yangon"]
    t = "\n".join(lines) + "\n"
    _, m = mail((23, 1), frm=("MyJobs Myanmar", "alerts@myjobsmm.example"), to=[ME], date=sent,
                subject=f"ယနေ့ သင့်အတွက် အလုပ်အကိုင် {mm(len(jobs))} ခု – Accountant, Yangon", plain=t,
                html_=htmlize(t, "Pyidaungsu,sans-serif"), pcte="base64", hcte="base64",
                return_path="bounces@myjobsmm.example")
    return [("01-myjobs-job-alert.eml", m)], lab(
        [], "medium", "negative/job-alert-walk-in",
        "Daily job alert in Burmese/English; one listing advertises a public walk-in interview day, not booked for the owner.")


# ============================================================================= output
TZ_POINTS = [
    "All cases: Asia/Yangon is UTC+06:30 all year (half-hour offset, no DST); Date headers of Yangon senders use +0630.",
    "01, 16: relative 'မနက်ဖြန်' (tomorrow) resolved against the sender date (Mon 5 Oct / Mon 26 Oct, +06:30).",
    "02, 07, 09, 18, 20: Burmese dates and times with Myanmar digits (e.g. 'အောက်တိုဘာလ ၁၄ ရက်', 'ညနေ ၂ နာရီခွဲ').",
    "04, 08, 17, 20: Exchange invites with Windows TZID 'Myanmar Standard Time' and '(UTC+06:30) Yangon (Rangoon)' labels.",
    "05: Sydney DST started Sun 4 Oct 2026; recruiter mails of 1-2 Oct carry +1000 (AEST) but the 13 Oct interview is "
    "AEDT +11:00 (13:00 AEDT = 08:30 Yangon); Zoom .ics uses TZID=Australia/Sydney with VTIMEZONE rules.",
    "06: ACCA booking sent from London on 2 Nov with Date +0000 (UK DST ended Sun 25 Oct); exam at 09:00 Yangon.",
    "10: Bangkok +07:00, 30 minutes ahead of Yangon (15:00 Bangkok = 14:30 Yangon).",
    "13: Singapore +08:00 (16:00 SGT = 14:30 Yangon); Workday notice Date is -0700 (PDT, 29 Oct, before US DST "
    "ended Sun 1 Nov); Google invite subject shows the Yangon (MMT) time.",
    "15, 21: Singapore-time Date headers (+0800).",
    "18: standalone .ics with UTC DTSTART 20261112T063000Z = 13:00 Yangon.",
]


def write_readme(cases_out, labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = {"eml": 0, "ics": 0, "gcal.json": 0}
    for _, _, items in cases_out:
        for name, _ in items:
            fmt["gcal.json" if name.endswith(".gcal.json") else name.rsplit(".", 1)[1]] += 1
    lines = [
        "# blind309: Yangon accountant, Burmese and English mail (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an accountant in Yangon (Asia/Yangon, UTC+06:30), job hunting "
        "in October-November 2026 with Yangon banks, a telecom, a garment exporter, a Bangkok advisory firm, a "
        "Singapore regional office and a Sydney company.", "",
        "This set was written blind: only the eval README (label schema and rules) and two or three dev files "
        "(for formats) were read; no tool code, tests or other sets.", "",
        "## What it stresses",
        "- Burmese (Myanmar script) mail with Myanmar digits and relative dates ('မနက်ဖြန်'), mixed with English.",
        "- The UTC+06:30 half-hour offset against Bangkok (+7), Singapore (+8) and Sydney (+11 after its 4 Oct DST start).",
        "- An accounting test followed by an interview the same morning (only the interview counts) and a test-only negative.",
        "- Local vendors and channels: JobsNet/MyJobs-style relays, Viber chat pasted into mail, SuccessFactors, Workday, "
        "Teams (Windows TZID 'Myanmar Standard Time'), Zoom, Google Calendar invites and a Calendar API event.",
        "- Reschedule by a Burmese mail (no updated invite), reschedule by SEQUENCE, cancellation by an English mail, "
        "propose/confirm threads, an onsite loop sent as three invites, two interviews in one case.",
        "- Hard negatives: test alone, ACCA exam booking, tax seminar with an 'interview' segment, bank account "
        "appointment, rejection, offer, scam, owner as interviewer, availability request, job alert with walk-in interviews.", "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        f"- Items: {fmt['eml']} .eml, {fmt['ics']} .ics, {fmt['gcal.json']} .gcal.json", "",
        "## Formats used",
        "Plain-text and HTML bodies (quoted-printable and base64, UTF-8 Burmese), threads with In-Reply-To/References, "
        "Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and "
        "invite.ics), Exchange/Teams invites (multipart/alternative, Windows TZID, X-MICROSOFT-CDO-*), ATS/relay mails "
        "with .ics attachments (JobsNet, Zoom, bank and exam systems), one standalone .ics and two Calendar API "
        "`.gcal.json` events.", "",
        "## Time-zone and DST points", *[f"- {p}" for p in TZ_POINTS], "",
        "## Cases",
        *[f"- {k}: {'positive' if v['interview'] else 'negative'} ({v['category']}) – {v['notes']}" for k, v in labels.items()],
        "", "Regenerate with `python make_cases.py` (deterministic, byte-identical output).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    check_tz_rules()
    for old in sorted(OUT.glob(f"{PFX}-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels, cases_out = {}, []
    nums = [n for n, _, _ in CASES]
    assert nums == list(range(1, len(CASES) + 1)), nums
    for num, slug, fn in CASES:
        items, label = fn()
        cid = f"{PFX}-{num:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for i, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{i:02d}-"), name
            (d / name).write_bytes(data)
        labels[cid] = label
        cases_out.append((cid, label, items))
    head = "# Labels for blind309 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + body, encoding="utf-8")
    write_readme(cases_out, labels)
    npos = sum(1 for v in labels.values() if v["interview"])
    print(f"wrote {len(labels)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
