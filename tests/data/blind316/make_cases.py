#!/usr/bin/env python3
"""Generate the blind316 evaluation set (Edinburgh data engineer, UK/EU/US employers).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a hash
of SEED. Rewrites every b316-* case folder, labels.yaml and README.md next to this file.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
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
SEED = "blind316-edinburgh-callum"
OWNER = "callum.fraser@example.com"
OWNER_NAME = "Callum Fraser"

UTC = timezone.utc
LON = ZoneInfo("Europe/London")
AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
DUB = ZoneInfo("Europe/Dublin")

# ---------------------------------------------------------------- DST sanity (2026)
def _off(dt):
    o = dt.utcoffset()
    m = int(o.total_seconds() // 60)
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{s}{m // 60:02d}:{m % 60:02d}"


for _tz, _before, _after, _ob, _oa in [
    (LON, (2026, 3, 28), (2026, 3, 30), "+00:00", "+01:00"),
    (LON, (2026, 10, 24), (2026, 10, 26), "+01:00", "+00:00"),
    (DUB, (2026, 10, 24), (2026, 10, 26), "+01:00", "+00:00"),
    (AMS, (2026, 3, 28), (2026, 3, 30), "+01:00", "+02:00"),
    (AMS, (2026, 10, 24), (2026, 10, 26), "+02:00", "+01:00"),
    (NYC, (2026, 3, 7), (2026, 3, 9), "-05:00", "-04:00"),
    (NYC, (2026, 10, 31), (2026, 11, 2), "-04:00", "-05:00"),
]:
    assert _off(datetime(*_before, 12, tzinfo=_tz)) == _ob, (_tz, _before)
    assert _off(datetime(*_after, 12, tzinfo=_tz)) == _oa, (_tz, _after)
# London-New York gap is 4 h in the week Oct 26-31 2026, 5 h again from Nov 2
assert datetime(2026, 10, 29, 11, tzinfo=NYC).astimezone(LON).hour == 15
assert datetime(2026, 11, 16, 9, tzinfo=NYC).astimezone(LON).hour == 14


def T(tz, y, mo, d, h, mi, wd, off, s=0):
    """Aware datetime with asserted weekday (Mon..Sun) and UTC offset (+HH:MM)."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    assert _off(dt) == off, (dt, _off(dt), off)
    return dt


def iso(dt):
    return dt.isoformat()


# ---------------------------------------------------------------- hashing helpers
def hx(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(map(str, parts))).encode()).hexdigest()[:n]


def uuidish(*parts):
    h = hx(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b32id(*parts, n=26):
    alpha = "0123456789abcdefghijklmnopqrstuv"
    d = hashlib.sha256("|".join((SEED,) + tuple(map(str, parts))).encode()).digest()
    num = int.from_bytes(d, "big")
    out = ""
    for _ in range(n):
        out += alpha[num % 32]
        num //= 32
    return out


def meet_code(*parts):
    letters = "abcdefghijkmnopqrstuvwxyz"
    d = hashlib.sha256("|".join((SEED, "meet") + tuple(map(str, parts))).encode()).digest()
    c = "".join(letters[b % len(letters)] for b in d[:10])
    return f"{c[:3]}-{c[3:7]}-{c[7:10]}"


def digits(*parts, n=9):
    d = hashlib.sha256("|".join((SEED, "dig") + tuple(map(str, parts))).encode()).digest()
    return "".join(str(b % 10) for b in d[:n])


def mid_gmail(*k):
    return f"<CAK{hx('g', *k, n=10)}{hx('g2', *k, n=22).upper()}@mail.gmail.com>"


def mid_outlook(*k):
    srv = "AM9PR0" + str(int(hx('srv', *k, n=2), 16) % 9 + 1) + "MB" + digits('srv', *k, n=4)
    return f"<{srv}{hx('o', *k, n=32).upper()}@{srv}.eurprd0{int(hx('e', *k, n=1), 16) % 8 + 1}.prod.outlook.com>"


def mid_outlook_us(*k):
    srv = "BN" + digits('us', *k, n=1) + "PR12MB" + digits('us2', *k, n=4)
    return f"<{srv}{hx('u', *k, n=32).upper()}@{srv}.namprd12.prod.outlook.com>"


def mid_cal(*k):
    return f"<calendar-{uuidish('cal', *k)}@google.com>"


def thread_index(*k):
    return base64.b64encode(hashlib.sha256(("ti|" + "|".join(map(str, k))).encode()).digest()[:22]).decode()


# ---------------------------------------------------------------- MIME helpers
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def A(name, email):
    return formataddr((name, email), charset="utf-8")


def H(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def leaf(ctype, text, cte="7bit", extra=(), ics=False):
    if ics:
        text = crlf(text) if cte == "base64" else text
    if cte == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    else:
        body = text
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n") + "\n"


def multi(sub, parts, key, style="google"):
    if style == "google":
        b = "0000000000" + hx("bnd", key, n=16)
    elif style == "outlook":
        b = "_000_" + hx("bnd", key, n=24).upper() + "_"
    else:
        b = "----=_Part_" + digits("bnd", key, n=7) + "_" + digits("bnd2", key, n=9) + "." + digits("bnd3", key, n=13)
    s = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'
    for p in parts:
        s += f"--{b}\n{p}\n"
    s += f"--{b}--\n"
    return s


def eml(headers, root):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    head = "\n".join(lines)
    if "MIME-Version" not in head:
        head += "\nMIME-Version: 1.0"
    return crlf(head + "\n" + root).encode("utf-8")


def html_wrap(text, font="Calibri, Arial, sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) + "\n</div></body></html>\n")


def quote(text, who_line):
    return who_line + "\n" + "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def vcal(lines):
    res = []
    for ln in lines:
        res += fold(ln)
    return "\n".join(res) + "\n"


def zf(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lf(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def g_att(name, email, ps="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def ms_att(name, email, role="REQ-PARTICIPANT"):
    return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{email}"


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_WIN_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")

VTZ_WIN_EST = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")


def gb_day(dt):
    return f"{dt:%A} {dt.day} {dt:%b %Y}"


def gb_short(dt):
    return f"{dt:%a} {dt.day} {dt:%b %Y}"


def tzabbr(dt):
    return dt.astimezone(LON).tzname()


# ---------------------------------------------------------------- Google Calendar invitation
def google_invite(key, org, guests, sent, title, start, end, desc, uid, seq=0, kind="Invitation",
                  location="", meet=True, method="REQUEST", status="CONFIRMED", changed=None, created=None):
    """org=(name,email); guests=[(name,email,partstat)] incl. owner. Shown in UK time."""
    s_l, e_l = start.astimezone(LON), end.astimezone(LON)
    when = f"{gb_short(s_l)} {s_l:%H:%M} - {e_l:%H:%M}"
    subj = f"{kind}: {title} @ {when} ({tzabbr(start)}) ({OWNER})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    code = meet_code(key)
    pin = digits("pin", key, n=9)
    t = []
    if kind == "Updated invitation" and changed:
        t += ["This event has been updated", f"Changed: {changed}", ""]
    if kind == "Cancelled event":
        t += ["This event has been cancelled.", ""]
    t += [title, f"{s_l:%A} {s_l.day} {s_l:%b %Y} \u22c5 {s_l:%H:%M} \u2013 {e_l:%H:%M}", "United Kingdom Time", ""]
    if location:
        t += ["Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+').replace(',', '')}", ""]
    if meet:
        t += ["Join with Google Meet", f"https://meet.google.com/{code}", "", "Join by phone",
              f"(GB) +44 20 3956 {digits('ph', key, n=4)}", f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#", "",
              "More phone numbers", f"https://tel.meet/{code}?pin={pin}{digits('pp', key, n=4)}", ""]
    t += ["Organiser", org[0], org[1], "", "Guests"]
    for n, e, _ps in guests:
        t.append(f"{n} - organiser" if e == org[1] else n if n != e else e)
        if n != e:
            t.append(e)
    t += [f"View all guest info {view}", ""]
    if desc:
        t += [desc, ""]
    t += [f"Reply for {OWNER} and view more details {view}", "", "~~//~~",
          "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
          "to the guest list, invite others regardless of their own invitation status or modify your RSVP. "
          "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t) + "\n"
    html = html_wrap(text, font="Roboto,Helvetica,Arial,sans-serif")
    created = created or sent
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
                 f"DTSTART:{zf(start)}", f"DTEND:{zf(end)}", f"DTSTAMP:{zf(sent)}",
                 f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        ics_lines.append(g_att(n if n != e else e, e, ps))
    if meet:
        ics_lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    dtext = desc + ("\n\n" if desc else "")
    if meet:
        dtext += f"Join with Google Meet: https://meet.google.com/{code}\n\n"
    dtext += f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720"
    ics_lines += [f"CREATED:{zf(created)}", f"DESCRIPTION:{esc(dtext)}", f"LAST-MODIFIED:{zf(sent)}",
                  f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(title)}",
                  "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(ics_lines)
    alt = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', crlf(ics), "7bit"),
    ], key + "alt")
    att = leaf('application/ics; name="invite.ics"', ics, "base64",
               extra=('Content-Disposition: attachment; filename="invite.ics"',), ics=True)
    root = multi("mixed", [alt, att], key + "mixed")
    hdrs = [("Delivered-To", OWNER),
            ("Return-Path", f"<{hx('rp', key, n=22)}@calendar-server.bounces.google.com>"),
            ("Reply-To", A(*org)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", mid_cal(key)), ("Date", format_datetime(sent.astimezone(UTC)).replace("-0000", "+0000")),
            ("Subject", H(subj)), ("From", A(*org)), ("To", OWNER)]
    return eml(hdrs, root)


# ---------------------------------------------------------------- Exchange / Teams invitation
def teams_block(key):
    mid = digits("tm", key, n=12)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('tmj', key, n=40)}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {hx('pc', key, n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")


def ms_ics(key, org, attendees, start, end, tzid, vtz, zone, summary, desc, uid, seq, method="REQUEST",
           status="CONFIRMED", sent=None, location="Microsoft Teams Meeting"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *vtz, "BEGIN:VEVENT", f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}"]
    for n, e in attendees:
        lines.append(ms_att(n, e))
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{lf(start, zone)}", f"DTEND;TZID={tzid}:{lf(end, zone)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zf(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('appt', uid, n=7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return vcal(lines)


def exchange_invite(key, org, to, sent, subject, when_line, body, ics, method="REQUEST", cc=None, us=False):
    text = f"When: {when_line}\nWhere: Microsoft Teams Meeting\n\n" + body
    html = html_wrap(text)
    root = multi("alternative", [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64", ics=True),
    ], key, style="outlook")
    hdrs = [("Delivered-To", OWNER), ("From", A(*org)), ("To", ", ".join(A(*x) for x in to)),
            ("Cc", ", ".join(A(*x) for x in cc) if cc else None),
            ("Subject", H(subject)), ("Thread-Topic", H(subject.split(": ", 1)[-1])),
            ("Thread-Index", thread_index(key)), ("Date", format_datetime(sent)),
            ("Message-ID", mid_outlook_us(key) if us else mid_outlook(key)),
            ("Accept-Language", "en-US" if us else "en-GB"), ("Content-Language", "en-US" if us else "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuidish('net', key))]
    return eml(hdrs, root)


# ---------------------------------------------------------------- plain human / ATS mail
def mail(key, frm, to, sent, subject, text, cc=None, reply_to=None, irt=None, refs=None, html=True,
         cte="quoted-printable", mid=None, attachments=(), extra=(), style="google"):
    if html:
        body = multi("alternative", [leaf('text/plain; charset="UTF-8"', text, cte),
                                     leaf('text/html; charset="UTF-8"', html_wrap(text) if html is True else html,
                                          "quoted-printable")], key + "alt", style=style)
    else:
        body = leaf('text/plain; charset="UTF-8"', text, cte)
    if attachments:
        parts = [body]
        for fname, ics, meth in attachments:
            ct = f'text/calendar; charset="UTF-8"; method={meth}; name="{fname}"'
            parts.append(leaf(ct, ics, "base64", extra=(f'Content-Disposition: attachment; filename="{fname}"',), ics=True))
        body = multi("mixed", parts, key + "mix", style=style)
    hdrs = [("Delivered-To", OWNER), ("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
            ("Subject", H(subject)), ("Date", format_datetime(sent)), ("Message-ID", mid or mid_gmail(key)),
            ("In-Reply-To", irt), ("References", refs), *extra]
    return eml(hdrs, body)


def simple_ics(prodid, method, uid, seq, start, end, summary, desc, org, attendees, location="", sent=None,
               tz=None, extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tz == "london":
        lines += VTZ_LONDON
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zf(sent)}"]
    if tz == "london":
        lines += [f"DTSTART;TZID=Europe/London:{lf(start, LON)}", f"DTEND;TZID=Europe/London:{lf(end, LON)}"]
    else:
        lines += [f"DTSTART:{zf(start)}", f"DTEND:{zf(end)}"]
    lines += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if org:
        lines.append(f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}")
    for n, e in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}")
    lines += list(extra) + ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return vcal(lines)


# ---------------------------------------------------------------- case registry
CASES = []
TZ_POINTS = []


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def add_case(slug, items, interviews, difficulty, category, notes, tz_points=()):
    for name, _ in items:
        assert name[:2].isdigit() and name[2] == "-", name
    CASES.append({"slug": slug, "items": items, "label": {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}})
    for p in tz_points:
        TZ_POINTS.append((slug[:2], p))


OWN = A(OWNER_NAME, OWNER)

# ================================================================= people
MORAG = ("Morag Reid", "morag.reid@forthtalent.example")
AILSA = ("Ailsa Grant", "ailsa.grant@kelvinforge.example")
FRASER = ("Fraser MacLeod", "fraser.macleod@kelvinforge.example")
SANNE = ("Sanne de Vries", "sanne.devries@grachtwerk.example")
JORIS = ("Joris Bakker", "joris.bakker@grachtwerk.example")
LOTTE = ("Lotte Visser", "lotte.visser@grachtwerk.example")
RHONA = ("Rhona Baird", "rhona.baird@thistlepay.example")
DUNCAN = ("Duncan Moffat", "duncan.moffat@thistlepay.example")
KIRSTY = ("Kirsty Hamilton", "kirsty.hamilton@thistlepay.example")
RAVI = ("Ravi Menon", "ravi.menon@thistlepay.example")
TOM = ("Tom Ellery", "tom.ellery@harrowgatemutual.example")
GARETH = ("Gareth Okoye", "gareth.okoye@harrowgatemutual.example")
HELEN = ("Helen Carmichael", "helen.carmichael@harrowgatemutual.example")
DANA = ("Dana Whitfield", "dana.whitfield@hudsonlantern.example")
MARCUS = ("Marcus Feld", "marcus.feld@hudsonlantern.example")
CIARA = ("Ciara Byrne", "ciara.byrne@liffeyline.example")
AOIFE = ("Aoife Ní Bhriain", "aoife.nibhriain@liffeyline.example")
DARRAGH = ("Darragh Kinsella", "darragh.kinsella@liffeyline.example")
ME = (OWNER_NAME, OWNER)

MORAG_SIG = """Morag Reid
Senior Consultant - Data & Analytics
Forth Talent Partners | 12 Melville Street, Edinburgh EH3 7PE
T: 0131 496 0732 | M: 07700 900418
www.forthtalent.example

Forth Talent Partners acts as an employment agency in relation to permanent vacancies. This e-mail and any
attachments are confidential and intended solely for the addressee."""

# ================================================================= 01 agency screen: propose then confirm
k = "c01"
d1 = T(LON, 2026, 10, 5, 9, 47, "Mon", "+01:00", 21)
d2 = T(LON, 2026, 10, 5, 12, 20, "Mon", "+01:00", 4)
d3 = T(LON, 2026, 10, 5, 13, 5, "Mon", "+01:00", 52)
s01 = T(LON, 2026, 10, 8, 10, 30, "Thu", "+01:00")
m1, m2, m3 = mid_outlook(k, 1), mid_gmail(k, 2), mid_outlook(k, 3)
t1 = f"""Hi Callum,

Hope you're well. I came across your profile on LinkedIn and wanted to reach out about a Senior Data Engineer
role I'm recruiting for with a well-established London insurer. They're building out a data platform team
with a hub in Edinburgh, so it's hybrid - Edinburgh office two days a week, and the odd trip to London at most.

The stack is Azure, Databricks and dbt, with a fair bit of Kafka on the claims side. Salary is up to £85k plus
bonus and a 12% employer pension contribution.

Would you be free for a quick chat on Thursday? It'd only be 15-20 minutes to run through your background and
what you're looking for, and I can tell you a bit more about the client then.

Kind regards,
Morag

{MORAG_SIG}
"""
t2 = f"""Hi Morag,

Thanks for getting in touch - sounds interesting, I've been keeping an eye out for something on the platform side.

Thursday's fine for me. Any time before 12 works best as I've got a sprint review in the afternoon.

Cheers,
Callum

{quote(t1.split(chr(10) + chr(10) + 'Kind regards')[0], 'On Mon, 5 Oct 2026 at 09:47, Morag Reid <morag.reid@forthtalent.example> wrote:')}
"""
t3 = f"""Hi Callum,

Lovely, thanks for coming back to me so quickly. Let's say half ten on Thursday (8th) then - I'll give you a
ring on the mobile number on your CV (the one ending 552). Should take 20 minutes tops.

If anything changes just drop me a line.

Speak Thursday,
Morag

{MORAG_SIG}

From: Callum Fraser <callum.fraser@example.com>
Sent: 05 October 2026 12:20
To: Morag Reid <morag.reid@forthtalent.example>
Subject: Re: Senior Data Engineer - Edinburgh/hybrid - insurance

Thursday's fine for me. Any time before 12 works best as I've got a sprint review in the afternoon.
"""
subj = "Senior Data Engineer - Edinburgh/hybrid - insurance"
add_case("01-agency-screen-half-ten-thread", [
    ("01-morag-forth-talent-intro.eml", mail(k + "1", A(*MORAG), OWN, d1, subj, t1, mid=m1, style="outlook",
                                              extra=(("Thread-Topic", subj), ("Thread-Index", thread_index(k, 1))))),
    ("02-callum-reply-thursday.eml", mail(k + "2", OWN, A(*MORAG), d2, "Re: " + subj, t2, mid=m2, irt=m1, refs=m1,
                                         html=False, cte="8bit")),
    ("03-morag-half-ten-confirmed.eml", mail(k + "3", A(*MORAG), OWN, d3, "RE: " + subj, t3, mid=m3, irt=m2,
                                            refs=f"{m1} {m2}", style="outlook", cte="base64")),
], [iv("Forth Talent Partners", "Senior Data Engineer", s01, s01 + timedelta(minutes=20), "scheduled",
       [MORAG[1]], [MORAG[1]], "phone_screen")],
    "medium", "positive/thread-propose-confirm",
    "Agency recruiter proposes 'a quick chat on Thursday', Callum says before 12, recruiter confirms 'half ten on "
    "Thursday (8th)', 20 minutes tops. Client (a London insurer) is unnamed, so the agency is the company; the "
    "recruiter runs the screen.",
    ["Thu 8 Oct 10:30 BST (+01:00) from 'half ten on Thursday (8th)'; duration '20 minutes tops'"])

# ================================================================= 02 Kelvin Forge Workable phone screen
k = "c02"
sent = T(UTC, 2026, 10, 6, 16, 45, "Tue", "+00:00", 12)
s02 = T(LON, 2026, 10, 9, 13, 0, "Fri", "+01:00")
e02 = s02 + timedelta(minutes=30)
txt = f"""Hi Callum,

Thanks for applying for the Data Engineer (Player Analytics) role at Kelvin Forge Games.

Your phone call with Ailsa Grant has been scheduled.

Date: Friday, 9 October 2026
Time: 13:00 - 13:30 (Europe/London)
Type: Phone call
Ailsa will call you on: +44 7700 900552

We've attached a calendar invitation so you can add this to your calendar.

Need to reschedule? Simply reply to this email and Ailsa will get back to you.

Best,
Kelvin Forge Games Hiring Team

--
Powered by Workable
"""
ics = simple_ics("-//Workable//Workable Calendar//EN", "REQUEST", f"{hx('uid', k, n=24)}@workable.com", 0, s02, e02,
                 "Phone call: Callum Fraser / Kelvin Forge Games",
                 "Phone call with Ailsa Grant (Talent Partner, Kelvin Forge Games) about the Data Engineer (Player "
                 "Analytics) role. Ailsa will call you on +44 7700 900552.",
                 AILSA, [AILSA, ME], location="Phone call", sent=sent, tz="london")
add_case("02-kelvinforge-workable-phone-screen", [
    ("01-workable-phone-call-scheduled.eml",
     mail(k, A("Kelvin Forge Games", "noreply@candidates.workablemail.com"), OWN, sent,
          "Phone call with Kelvin Forge Games - Data Engineer (Player Analytics)", txt,
          reply_to=A(*AILSA), mid=f"<{hx('w', k, n=20)}.{digits('w', k, n=6)}@candidates.workablemail.com>",
          attachments=[("invitation.ics", ics, "REQUEST")], style="java", cte="quoted-printable")),
], [iv("Kelvin Forge Games", "Data Engineer (Player Analytics)", s02, e02, "scheduled",
       [AILSA[1]], [AILSA[1]], "phone_screen")],
    "easy", "positive/ats-email-with-ics",
    "Workable 'phone call scheduled' from a no-reply sender with Reply-To the talent partner, who makes the call; "
    ".ics uses TZID=Europe/London with a VTIMEZONE.",
    ["Workable .ics DTSTART;TZID=Europe/London 13:00 on Fri 9 Oct = +01:00 (BST)"])

# ================================================================= 03 Grachtwerk intro: Calendar API event only
k = "c03"
s03 = T(AMS, 2026, 10, 6, 9, 30, "Tue", "+02:00")
e03 = s03 + timedelta(minutes=30)
code = meet_code(k)
ev = {
    "kind": "calendar#event",
    "etag": f"\"{digits('etag', k, n=16)}\"",
    "id": b32id("ev", k),
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=" +
                base64.urlsafe_b64encode(f"{b32id('ev', k)} {OWNER}".encode()).decode().rstrip("="),
    "created": "2026-10-01T12:14:07.000Z",
    "updated": "2026-10-01T12:20:41.388Z",
    "summary": "Grachtwerk x Callum Fraser | intro call",
    "description": "Hi Callum! Quick 30 min intro for the Senior Data Engineer (Payments Data) role: a bit about "
                   "Grachtwerk, your background, and how our process works. Heads-up: 9:30 is Amsterdam time, so "
                   "8:30 for you in Edinburgh.\n\nGroetjes,\nSanne",
    "creator": {"email": SANNE[1], "displayName": SANNE[0]},
    "organizer": {"email": SANNE[1], "displayName": SANNE[0]},
    "start": {"dateTime": iso(s03), "timeZone": "Europe/Amsterdam"},
    "end": {"dateTime": iso(e03), "timeZone": "Europe/Amsterdam"},
    "iCalUID": f"{b32id('ev', k)}@google.com",
    "sequence": 0,
    "attendees": [
        {"email": SANNE[1], "displayName": SANNE[0], "organizer": True, "responseStatus": "accepted"},
        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
    ],
    "hangoutLink": f"https://meet.google.com/{code}",
    "conferenceData": {
        "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                         "label": f"meet.google.com/{code}"},
                        {"entryPointType": "phone", "uri": f"tel:+31-20-808-{digits('tel', k, n=4)}",
                         "label": f"+31 20 808 {digits('tel', k, n=4)}", "pin": digits("pin", k, n=9),
                         "regionCode": "NL"}],
        "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
        "conferenceId": code},
    "reminders": {"useDefault": True},
    "eventType": "default",
}
add_case("03-grachtwerk-intro-calendar-api", [
    ("01-grachtwerk-intro-call.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()),
], [iv("Grachtwerk", "Senior Data Engineer (Payments Data)", s03, e03, "scheduled", [SANNE[1]], [SANNE[1]],
       "phone_screen")],
    "medium", "positive/gcal-json",
    "Calendar API event only, Europe/Amsterdam (CEST, +02:00); the talent partner runs the intro call.",
    ["Calendar API event 09:30 Europe/Amsterdam (+02:00) on Tue 6 Oct = 08:30 BST in Edinburgh"])

# ================================================================= 04 Thistlepay HM: Teamtailor + Google invite
k = "c04"
sa = T(UTC, 2026, 10, 7, 10, 2, "Wed", "+00:00", 40)
sb = T(UTC, 2026, 10, 7, 10, 20, "Wed", "+00:00", 5)
s04 = T(LON, 2026, 10, 13, 14, 0, "Tue", "+01:00")
e04 = s04 + timedelta(minutes=45)
txt = """Hi Callum,

Thanks for picking a time - your interview for Data Engineer, Payments Platform is confirmed.

When: Tue 13th Oct, 14:00-14:45 (BST)
Where: Google Meet - Duncan will send you a calendar invitation with the link
Who: Duncan Moffat, Engineering Manager - Data Platform

This is a conversational call about your experience and what you'd like to do next - no coding, no
whiteboard. Duncan will also tell you about the team and how we work.

Need to change the time? Use the link below and pick another slot.
https://thistlepay.teamtailor.com/candidate/meetings/""" + hx("tt", k, n=20) + """

Speak soon,
Rhona Baird
Talent Partner, Thistlepay
"""
desc = ("Hi Callum, looking forward to meeting you. I'll tell you a bit about the Data Platform team and how we "
        "work, and I'd love to hear about the pipelines you've built at your current place. Cheers, Duncan")
uid = f"{b32id('uid', k)}@google.com"
add_case("04-thistlepay-hm-teamtailor-and-google", [
    ("01-teamtailor-interview-booked.eml",
     mail(k + "a", A("Rhona Baird (Thistlepay)", "noreply@mail.teamtailor.com"), OWN, sa,
          "Your interview with Thistlepay is booked", txt, reply_to=A(*RHONA),
          mid=f"<{uuidish('tt', k)}@mail.teamtailor.com>", cte="base64")),
    ("02-invitation-duncan-moffat.eml",
     google_invite(k + "b", DUNCAN, [(DUNCAN[0], DUNCAN[1], "ACCEPTED"), (RHONA[0], RHONA[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")], sb,
                   "Thistlepay - Callum Fraser / Duncan Moffat (Data Engineer)", s04, e04, desc, uid)),
], [iv("Thistlepay", "Data Engineer, Payments Platform", s04, e04, "scheduled", [DUNCAN[1]], [DUNCAN[1]],
       "hiring_manager")],
    "medium", "positive/dedupe-ats-plus-invite",
    "Teamtailor booking confirmation plus the hiring manager's Google invite for the same call: one interview. "
    "Rhona is a guest on the invite but only coordinates; Duncan interviews.",
    ["Google invite in UTC (13:00Z) shown as 14:00 BST on Tue 13 Oct (+01:00)"])

# ================================================================= 05 Harrowgate Pinpoint technical
k = "c05"
sent = T(LON, 2026, 10, 9, 15, 20, "Fri", "+01:00", 31)
s05 = T(LON, 2026, 10, 14, 13, 30, "Wed", "+01:00")
e05 = s05 + timedelta(hours=1)
txt = """Dear Callum,

Thank you for confirming your availability. Please find the details of your interview below.

Role: Senior Data Engineer
Stage: Technical interview
Date: Wednesday 14 October 2026
Time: 13:30 - 14:30 BST
Location: Microsoft Teams (joining link in the attached invitation)
Interviewer: Gareth Okoye, Lead Data Engineer

The conversation will focus on data modelling and pipeline design. You won't be asked to write code live, but
you may find it useful to have a pen and paper to hand in case you'd like to sketch anything out.

If you require any reasonable adjustments for your interview, please let us know by replying to this email.

Kind regards,

Tom Ellery
Talent Acquisition Partner
Harrowgate Mutual Insurance | 40 Gracechurch Street, London EC3V 0BT

Sent via Pinpoint
"""
ics = simple_ics("-//Pinpoint//Interview Scheduling//EN", "REQUEST", f"interview-{hx('uid', k, n=20)}@pinpointhq.com",
                 0, s05, e05, "Harrowgate Mutual: Technical interview - Callum Fraser",
                 "Technical interview for Senior Data Engineer with Gareth Okoye (Lead Data Engineer).\n\n" +
                 teams_block(k), TOM, [GARETH, ME], location="Microsoft Teams", sent=sent)
add_case("05-harrowgate-pinpoint-technical", [
    ("01-pinpoint-interview-confirmed.eml",
     mail(k, A("Harrowgate Mutual Careers", "notifications@pinpointhq.com"), OWN, sent,
          "Interview confirmed: Senior Data Engineer (Technical interview)", txt, reply_to=A(*TOM),
          mid=f"<{hx('pp', k, n=24)}@pinpointhq.com>", attachments=[("interview.ics", ics, "REQUEST")],
          style="java")),
], [iv("Harrowgate Mutual Insurance", "Senior Data Engineer", s05, e05, "scheduled", [GARETH[1]], [GARETH[1]],
       "technical")],
    "easy", "positive/ats-email-with-ics",
    "Pinpoint confirmation from a notifications address; interviewer named in the body and listed as ATTENDEE in the "
    "UTC .ics; Tom only coordinates.",
    ["Pinpoint .ics in UTC (12:30Z) = 13:30 BST on Wed 14 Oct (+01:00)"])

# ================================================================= 06 Grachtwerk Greenhouse: two interviews
k = "c06"
sent = T(AMS, 2026, 10, 13, 10, 15, "Tue", "+02:00", 44)
s06a = T(AMS, 2026, 10, 20, 16, 0, "Tue", "+02:00")
e06a = s06a + timedelta(hours=1)
s06b = T(AMS, 2026, 10, 27, 11, 0, "Tue", "+01:00")
e06b = s06b + timedelta(minutes=45)
assert s06a.astimezone(LON).hour == 15 and s06b.astimezone(LON).hour == 10
ma, mb = meet_code(k, "a"), meet_code(k, "b")
txt = f"""Hi Callum,

Great chatting last week! As discussed, we'd like to invite you to the next two steps for the Senior Data
Engineer (Payments Data) role. All times below are Amsterdam time.

1) System design interview
Tuesday, October 20, 2026
16:00 - 17:00 CEST (15:00 - 16:00 in the UK)
Interviewer: Joris Bakker, Staff Data Engineer
Google Meet: https://meet.google.com/{ma}

2) Hiring manager conversation
Tuesday, October 27, 2026
11:00 - 11:45 CET (10:00 - 10:45 in the UK)
Interviewer: Lotte Visser, Director of Data
Google Meet: https://meet.google.com/{mb}

Small heads-up: the clocks go back on 25 October in both the Netherlands and the UK, so we stay one hour ahead
of you for both.

Calendar invites for both are attached. If either slot doesn't work, just reply to this email and I'll sort it.

Tot snel,
Sanne de Vries
Talent Partner | Grachtwerk
"""
ics_a = simple_ics("-//Greenhouse Software//Greenhouse Interview//EN", "REQUEST",
                   f"{hx('uid', k, 'a', n=20)}@greenhouse.io", 0, s06a, e06a,
                   "Grachtwerk: System design interview (Callum Fraser)",
                   f"System design interview with Joris Bakker. Google Meet: https://meet.google.com/{ma}",
                   SANNE, [JORIS, ME], location=f"https://meet.google.com/{ma}", sent=sent)
ics_b = simple_ics("-//Greenhouse Software//Greenhouse Interview//EN", "REQUEST",
                   f"{hx('uid', k, 'b', n=20)}@greenhouse.io", 0, s06b, e06b,
                   "Grachtwerk: Hiring manager conversation (Callum Fraser)",
                   f"Conversation with Lotte Visser, Director of Data. Google Meet: https://meet.google.com/{mb}",
                   SANNE, [LOTTE, ME], location=f"https://meet.google.com/{mb}", sent=sent)
add_case("06-grachtwerk-greenhouse-two-interviews", [
    ("01-greenhouse-two-interviews.eml",
     mail(k, A("Grachtwerk", "no-reply@us.greenhouse-mail.io"), OWN, sent, "Your upcoming interviews with Grachtwerk",
          txt, reply_to=A(*SANNE), mid=f"<{uuidish('gh', k)}@us.greenhouse-mail.io>",
          attachments=[("interview-1-system-design.ics", ics_a, "REQUEST"),
                       ("interview-2-hiring-manager.ics", ics_b, "REQUEST")])),
], [iv("Grachtwerk", "Senior Data Engineer (Payments Data)", s06a, e06a, "scheduled", [JORIS[1]], [JORIS[1]],
       "technical"),
    iv("Grachtwerk", "Senior Data Engineer (Payments Data)", s06b, e06b, "scheduled", [LOTTE[1]], [LOTTE[1]],
       "hiring_manager")],
    "hard", "positive/two-interviews",
    "One Greenhouse mail with two interviews on different days and two .ics attachments; the second falls after "
    "the EU clock change (CEST -> CET).",
    ["Tue 20 Oct 16:00 CEST (+02:00) = 15:00 BST", "Tue 27 Oct 11:00 CET (+01:00) = 10:00 GMT, after the Oct 25 change"])

# ================================================================= 07 Kelvin Forge pairing: rescheduled across DST
k = "c07"
uid = f"{b32id('uid', k)}@google.com"
s1 = T(UTC, 2026, 10, 15, 15, 30, "Thu", "+00:00", 10)
s07_old = T(LON, 2026, 10, 21, 10, 0, "Wed", "+01:00")
d2 = T(LON, 2026, 10, 19, 10, 14, "Mon", "+01:00", 37)
d3 = T(LON, 2026, 10, 19, 10, 41, "Mon", "+01:00", 2)
s4 = T(UTC, 2026, 10, 19, 10, 2, "Mon", "+00:00", 55)
s07 = T(LON, 2026, 10, 27, 10, 0, "Tue", "+00:00")
e07 = s07 + timedelta(minutes=90)
desc = ("Hi Callum, here's the invite for your pairing session with Fraser MacLeod (Senior Data Engineer). You'll "
        "work together on a small Python/SQL task using some anonymised player telemetry - it's collaborative, so "
        "think out loud and ask as many questions as you like. We'll share a repo about 10 minutes before. Ailsa")
guests = [(AILSA[0], AILSA[1], "ACCEPTED"), (FRASER[0], FRASER[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
title = "Kelvin Forge - Pairing session with Callum Fraser"
m2, m3 = mid_gmail(k, 2), mid_gmail(k, 3)
t2 = """Hi Callum,

Really sorry to do this, but Fraser's been pulled onto a live-ops issue ahead of our Halloween event and won't
be free on Wednesday. Could we push the pairing back to Tue 27th Oct instead? Same time - 10am - if that suits.

Just a wee reminder that the clocks go back this Sunday, so that'll be 10am GMT.

Apologies again,
Ailsa

Ailsa Grant | Talent Partner | Kelvin Forge Games
Pacific Quay, Glasgow G51 1EA
"""
t3 = f"""Hi Ailsa,

No bother at all - Tuesday 27th at 10 works for me. Hope the launch goes well!

Cheers,
Callum

{quote(t2, 'On Mon, 19 Oct 2026 at 10:14, Ailsa Grant <ailsa.grant@kelvinforge.example> wrote:')}
"""
add_case("07-kelvinforge-pairing-moved-past-clock-change", [
    ("01-invitation-pairing-wed-21.eml",
     google_invite(k + "1", AILSA, guests, s1, title, s07_old, s07_old + timedelta(minutes=90), desc, uid, seq=0)),
    ("02-ailsa-need-to-move-pairing.eml",
     mail(k + "2", A(*AILSA), OWN, d2, "Pairing session on Wednesday - need to move it", t2, mid=m2,
          cc=A(*FRASER))),
    ("03-callum-tuesday-works.eml",
     mail(k + "3", OWN, A(*AILSA), d3, "Re: Pairing session on Wednesday - need to move it", t3, mid=m3, irt=m2,
          refs=m2, html=False, cte="8bit", cc=A(*FRASER))),
    ("04-updated-invitation-tue-27.eml",
     google_invite(k + "4", AILSA, guests, s4, title, s07, e07, desc, uid, seq=1, kind="Updated invitation",
                   changed="date and time", created=s1)),
], [iv("Kelvin Forge Games", "Data Engineer (Player Analytics)", s07, e07, "scheduled", [FRASER[1]], [FRASER[1]],
       "technical")],
    "hard", "positive/reschedule",
    "Pairing invite for Wed 21 Oct 10:00 BST is moved by mail and by an updated invite (same UID, SEQUENCE 1) to "
    "Tue 27 Oct 10:00, which is GMT because the clocks went back on Oct 25. Only the final time counts.",
    ["Original Wed 21 Oct 10:00 BST (+01:00) -> final Tue 27 Oct 10:00 GMT (+00:00); invite UTC 09:00Z vs 10:00Z"])

# ================================================================= 08 Harrowgate Teams HM: cancelled
k = "c08"
uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid", k, n=32).upper()
d1 = T(LON, 2026, 10, 20, 9, 30, "Tue", "+01:00", 12)
d2 = T(LON, 2026, 10, 23, 16, 48, "Fri", "+01:00", 3)
d3 = T(LON, 2026, 10, 26, 8, 52, "Mon", "+00:00", 40)
s08 = T(LON, 2026, 10, 29, 14, 0, "Thu", "+00:00")
e08 = s08 + timedelta(hours=1)
summ = "Harrowgate Mutual - Hiring Manager Interview - Callum Fraser (Senior Data Engineer)"
when = "Thursday, 29 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London"
body1 = f"""Hi Callum,

Following your technical interview with Gareth, I'm pleased to invite you to meet Helen Carmichael, our Head of
Data Engineering. Helen will talk you through the team's roadmap for the next 18 months and will want to hear
about times you've led delivery on a platform change.

It will be on Teams for an hour. Please accept the invitation so I know it's in your diary.

Kind regards,
Tom

Tom Ellery | Talent Acquisition Partner | Harrowgate Mutual Insurance

{teams_block(k)}
"""
ics1 = ms_ics(k, TOM, [HELEN, ME], s08, e08, "GMT Standard Time", VTZ_WIN_GMT, LON, summ, body1, uid, 0, sent=d1)
t2 = f"""Hi Callum,

Just a heads-up before you hear it from them - Harrowgate told me this afternoon that they're pausing the Senior
Data Engineer hire following a budget review, so they'll be cancelling next Thursday's call with Helen.

I'm gutted for you, as Gareth's feedback from the technical round was really positive. They've said it's a pause
rather than a closure, so I'll keep on at them and let you know the minute it reopens.

Have a good weekend regardless,
Morag

{MORAG_SIG}
"""
body3 = """Hi Callum,

As Morag will have mentioned, the Senior Data Engineer role is on hold for now, so I'm cancelling Thursday's
interview with Helen. Apologies for the disruption, and thank you for your time so far.

Tom
"""
ics3 = ms_ics(k + "x", TOM, [HELEN, ME], s08, e08, "GMT Standard Time", VTZ_WIN_GMT, LON, summ, body3, uid, 1,
              method="CANCEL", status="CANCELLED", sent=d3)
add_case("08-harrowgate-teams-hm-cancelled", [
    ("01-teams-invite-hiring-manager.eml",
     exchange_invite(k + "1", TOM, [ME], d1, summ, when, body1, ics1)),
    ("02-morag-harrowgate-paused.eml",
     mail(k + "2", A(*MORAG), OWN, d2, "Harrowgate - bit of bad news I'm afraid", t2, mid=mid_outlook(k, 2),
          style="outlook")),
    ("03-canceled-hiring-manager.eml",
     exchange_invite(k + "3", TOM, [ME], d3, "Canceled: " + summ, when, body3, ics3, method="CANCEL")),
], [iv("Harrowgate Mutual Insurance", "Senior Data Engineer", s08, e08, "cancelled", [HELEN[1]], [HELEN[1]],
       "hiring_manager")],
    "medium", "positive/cancellation",
    "Teams invite (Windows TZID 'GMT Standard Time') sent in BST for a slot after the clocks go back, then the "
    "agency warns of a hiring pause and Exchange sends METHOD:CANCEL with the same UID. Kept as cancelled.",
    ["Invite sent Tue 20 Oct (BST) for Thu 29 Oct 14:00 'GMT Standard Time' = +00:00 after the Oct 25 change"])

# ================================================================= 09 Hudson Lantern: 4-hour gap week
k = "c09"
uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid", k, n=32).upper()
d1 = T(NYC, 2026, 10, 22, 10, 4, "Thu", "-04:00", 18)
d2 = T(NYC, 2026, 10, 22, 10, 11, "Thu", "-04:00", 3)
s09 = T(NYC, 2026, 10, 29, 11, 0, "Thu", "-04:00")
e09 = s09 + timedelta(minutes=45)
assert s09.astimezone(LON).hour == 15 and _off(s09.astimezone(LON)) == "+00:00"
t1 = """Hi Callum,

Thanks again for your time on the phone last week. I'm happy to share that the team would like to move you
forward to a conversation with Marcus Feld, Director of Data Engineering, who is hiring for the Market Data
Platform team.

I've put a hold on Marcus's calendar for Thursday, October 29 at 11:00 AM ET (45 minutes) and will send a Teams
invite shortly.

One thing to flag: the UK turns its clocks back this Sunday (Oct 25), but we don't change until November 1. So
for that one week we're only 4 hours apart - 11:00 AM in New York will be 3:00 PM for you in Edinburgh, not
4:00 PM.

Best,
Dana

Dana Whitfield
Vice President, Technology Recruiting
Hudson Lantern Bank | 60 Water Street, New York, NY 10004
"""
summ = "Hudson Lantern Bank | Callum Fraser / Marcus Feld - Senior Data Engineer"
when = "Thursday, October 29, 2026 11:00 AM-11:45 AM (UTC-05:00) Eastern Time (US & Canada)"
body2 = f"""Hi Callum,

As discussed - Marcus will be joining from New York. 11:00 AM ET here is 3:00 PM for you that week.

Dana

{teams_block(k)}
"""
ics2 = ms_ics(k, DANA, [MARCUS, ME], s09, e09, "Eastern Standard Time", VTZ_WIN_EST, NYC, summ, body2, uid, 0,
              sent=d2)
m1 = mid_outlook_us(k, 1)
add_case("09-hudsonlantern-ny-four-hour-week", [
    ("01-dana-next-step-marcus.eml",
     mail(k + "1", A(*DANA), OWN, d1, "Hudson Lantern - next step: conversation with Marcus Feld", t1, mid=m1,
          style="outlook", cte="quoted-printable")),
    ("02-teams-invite-marcus-feld.eml",
     exchange_invite(k + "2", DANA, [ME], d2, summ, when, body2, ics2, cc=[MARCUS], us=True)),
], [iv("Hudson Lantern Bank", "Senior Data Engineer", s09, e09, "scheduled", [MARCUS[1]], [MARCUS[1]],
       "hiring_manager")],
    "hard", "positive/us-uk-dst-gap",
    "New York bank books 11:00 ET on Thu 29 Oct: EDT (-04:00) still applies while the UK is already on GMT, so it "
    "is 15:00 in Edinburgh. The Outlook label says (UTC-05:00) regardless of DST.",
    ["Thu 29 Oct 11:00 EDT (-04:00) = 15:00 GMT (4-hour gap week); Windows TZID 'Eastern Standard Time', "
     "label (UTC-05:00)"])

# ================================================================= 10 Liffeyline: "tomorrow at 2" (body only)
k = "c10"
d1 = T(DUB, 2026, 11, 4, 16, 12, "Wed", "+00:00", 5)
d2 = T(LON, 2026, 11, 4, 16, 38, "Wed", "+00:00", 47)
d3 = T(DUB, 2026, 11, 4, 16, 55, "Wed", "+00:00", 20)
s10 = T(DUB, 2026, 11, 5, 14, 0, "Thu", "+00:00")
e10 = s10 + timedelta(minutes=30)
m1, m2, m3 = mid_outlook(k, 1), mid_gmail(k, 2), mid_outlook(k, 3)
subj = "Liffeyline - Data Engineer - chat with Aoife"
t1 = """Hi Callum,

Thanks a million for sending over your CV yesterday. Aoife Ní Bhriain, our Head of Data, has had a look and she'd
love to have a chat with you.

She's had something move in her diary, so if you're around tomorrow at 2 she could do a 30-minute video call
then? That's Irish time, which is the same as Edinburgh at this time of year.

If tomorrow's too short notice, no worries at all - we'll find another slot next week.

Ciara

Ciara Byrne | Talent Acquisition | Liffeyline Analytics
Grand Canal Quay, Dublin 2, D02 X576
"""
t2 = f"""Hi Ciara,

Tomorrow at 2 works for me - I can take it from home.

Cheers,
Callum

{quote(t1, 'On Wed, 4 Nov 2026 at 16:12, Ciara Byrne <ciara.byrne@liffeyline.example> wrote:')}
"""
t3 = """Hi Callum,

Perfect, you're in! Aoife will send a Teams link in the morning - her email is aoife.nibhriain@liffeyline.example
if you need to reach her directly.

It'll be a fairly relaxed conversation about your background, but she'll want to dig into the Spark work on
your CV, so it's worth having a couple of examples ready.

Best of luck,
Ciara
"""
add_case("10-liffeyline-tomorrow-at-2-body-only", [
    ("01-ciara-chat-with-aoife.eml", mail(k + "1", A(*CIARA), OWN, d1, subj, t1, mid=m1, style="outlook")),
    ("02-callum-tomorrow-works.eml", mail(k + "2", OWN, A(*CIARA), d2, "Re: " + subj, t2, mid=m2, irt=m1, refs=m1,
                                         html=False, cte="quoted-printable")),
    ("03-ciara-youre-in.eml", mail(k + "3", A(*CIARA), OWN, d3, "RE: " + subj, t3, mid=m3, irt=m2,
                                   refs=f"{m1} {m2}", style="outlook", cte="base64")),
], [iv("Liffeyline Analytics", "Data Engineer", s10, e10, "scheduled", [AOIFE[1]], [AOIFE[1]], "hiring_manager")],
    "hard", "positive/email-body-relative-date",
    "Time exists only as 'tomorrow at 2' in a mail dated Wed 4 Nov (Dublin, +0000), confirmed in the thread; "
    "Head of Data's address is given in the last mail. 'Fairly relaxed conversation' is still a process step.",
    ["'tomorrow at 2' against Date Wed 4 Nov 16:12 +0000 -> Thu 5 Nov 14:00 Europe/Dublin (GMT, +00:00)"])

# ================================================================= 11 Hudson Lantern Lever virtual final round
k = "c11"
sent = T(NYC, 2026, 11, 3, 14, 30, "Tue", "-05:00", 22)
s11a = T(NYC, 2026, 11, 16, 9, 0, "Mon", "-05:00")
s11b = T(NYC, 2026, 11, 16, 10, 0, "Mon", "-05:00")
s11c = T(NYC, 2026, 11, 16, 10, 45, "Mon", "-05:00")
e11 = T(NYC, 2026, 11, 16, 11, 30, "Mon", "-05:00")
assert s11a.astimezone(LON).hour == 14 and e11.astimezone(LON).strftime("%H:%M") == "16:30"
zoom = f"https://hudsonlantern.zoom.us/j/{digits('zm', k, n=11)}?pwd={hx('zp', k, n=24)}"
txt = f"""Hi Callum,

Your final round interviews with Hudson Lantern Bank have been confirmed. The details are below. All times
shown are Eastern Time (ET).

Monday, November 16, 2026

9:00 AM - 9:45 AM    Technical deep dive - Priya Raman, Senior Data Engineer
10:00 AM - 10:45 AM  Data modeling exercise - Owen Kessler, Lead Data Architect
10:45 AM - 11:30 AM  Team fit - Marcus Feld, Director, Data Engineering

Location: Zoom - {zoom}

For you in the UK that's 2:00 PM - 4:30 PM GMT (we're back to the usual five-hour difference by then).

Please reply to this email if you have any questions or need to request an accommodation.

Best,
Dana Whitfield
Hudson Lantern Bank
"""
evs = []
for i, (a, b, nm) in enumerate([(s11a, s11a + timedelta(minutes=45), "Technical deep dive - Priya Raman"),
                                (s11b, s11b + timedelta(minutes=45), "Data modeling exercise - Owen Kessler"),
                                (s11c, e11, "Team fit - Marcus Feld")]):
    evs += ["BEGIN:VEVENT", f"UID:{hx('uid', k, i, n=24)}@hire.lever.co", "SEQUENCE:0", f"DTSTAMP:{zf(sent)}",
            f"DTSTART:{zf(a)}", f"DTEND:{zf(b)}", f"SUMMARY:{esc('Hudson Lantern Bank interview: ' + nm)}",
            f"DESCRIPTION:{esc('Senior Data Engineer, Market Data Platform. Join Zoom: ' + zoom)}",
            f"LOCATION:{esc(zoom)}", "ORGANIZER;CN=Hudson Lantern Bank:mailto:no-reply@hire.lever.co",
            f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
            "STATUS:CONFIRMED", "END:VEVENT"]
ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Interview Scheduling//EN", "METHOD:REQUEST",
            *evs, "END:VCALENDAR"])
add_case("11-hudsonlantern-lever-virtual-final-round", [
    ("01-lever-final-round-confirmed.eml",
     mail(k, A("Hudson Lantern Bank", "no-reply@hire.lever.co"), OWN, sent,
          "Interview Confirmation: Hudson Lantern Bank - Senior Data Engineer, Market Data Platform", txt,
          reply_to=A(*DANA), mid=f"<{uuidish('lv', k)}@hire.lever.co>",
          attachments=[("interview.ics", ics, "REQUEST")], cte="base64")),
], [iv("Hudson Lantern Bank", "Senior Data Engineer, Market Data Platform", s11a, e11, "scheduled", [], [DANA[1]],
       "onsite")],
    "hard", "positive/virtual-onsite-loop",
    "Lever itinerary with three back-to-back sessions (one .ics, three VEVENTs in UTC) -> one onsite from 09:00 "
    "to 11:30 ET. Interviewers are named without addresses, so follow-up goes to the recruiter (Reply-To).",
    ["Mon 16 Nov 09:00-11:30 EST (-05:00) = 14:00-16:30 GMT, after the US change on Nov 1"])

# ================================================================= 12 Thistlepay final stage in person (two invites)
k = "c12"
d1 = T(UTC, 2026, 11, 3, 10, 20, "Tue", "+00:00", 11)
d2 = T(UTC, 2026, 11, 3, 10, 24, "Tue", "+00:00", 40)
d3 = T(UTC, 2026, 11, 3, 10, 25, "Tue", "+00:00", 31)
s12a = T(LON, 2026, 11, 11, 10, 0, "Wed", "+00:00")
e12a = s12a + timedelta(minutes=45)
s12b = T(LON, 2026, 11, 11, 11, 0, "Wed", "+00:00")
e12b = s12b + timedelta(hours=1)
addr = "Thistlepay, 3rd Floor, 5 Commercial Quay, Leith, Edinburgh EH6 6LX"
t1 = f"""Hi Callum,

Thanks for sending the take-home through - the team really enjoyed reading it. I'm delighted to invite you to
our final stage, which will be in person at our office in Leith.

Wed 11th Nov
10:00 - 10:45  Values interview with Kirsty Hamilton (Head of People) and Duncan Moffat
11:00 - 12:00  Technical interview with Ravi Menon (Principal Engineer) and Duncan, including a walk-through of
               your take-home

Address: {addr}. Just ask for me at reception and I'll bring you up - aim to arrive for about ten to ten.

You'll get a separate calendar invite for each part. Any questions at all, just shout.

Best wishes,
Rhona

Rhona Baird | Talent Partner | Thistlepay
"""
g = [(RHONA[0], RHONA[1], "ACCEPTED")]
add_case("12-thistlepay-final-stage-in-person", [
    ("01-rhona-final-stage-details.eml",
     mail(k + "1", A(*RHONA), OWN, d1, "Final stage - Wed 11th Nov at Thistlepay", t1, mid=mid_gmail(k, 1),
          cc=A(*DUNCAN))),
    ("02-invitation-values-interview.eml",
     google_invite(k + "2", RHONA, g + [(KIRSTY[0], KIRSTY[1], "ACCEPTED"), (DUNCAN[0], DUNCAN[1], "ACCEPTED"),
                                        (OWNER, OWNER, "NEEDS-ACTION")], d2,
                   "Final stage (1/2): Values interview - Callum Fraser", s12a, e12a,
                   "In person at our Leith office. Kirsty and Duncan will chat through how you like to work, "
                   "times you've disagreed with a decision, and what you want from your next team.",
                   f"{b32id('uid', k, 'a')}@google.com", location=addr, meet=False)),
    ("03-invitation-technical-interview.eml",
     google_invite(k + "3", RHONA, g + [(RAVI[0], RAVI[1], "ACCEPTED"), (DUNCAN[0], DUNCAN[1], "ACCEPTED"),
                                        (OWNER, OWNER, "NEEDS-ACTION")], d3,
                   "Final stage (2/2): Technical interview - Callum Fraser", s12b, e12b,
                   "In person. Ravi and Duncan will ask you to walk them through your take-home, then go a bit "
                   "deeper on streaming vs batch trade-offs. Laptop optional - we'll have a screen ready.",
                   f"{b32id('uid', k, 'b')}@google.com", location=addr, meet=False)),
], [iv("Thistlepay", "Data Engineer, Payments Platform", s12a, e12b, "scheduled",
       [KIRSTY[1], DUNCAN[1], RAVI[1]], [KIRSTY[1], DUNCAN[1], RAVI[1]], "onsite")],
    "medium", "positive/onsite-several-invites",
    "In-person final stage: values then technical back to back, announced by mail and two separate Google invites "
    "-> one onsite 10:00-12:00 with all three interviewers; Rhona only organises.",
    ["Wed 11 Nov 10:00-12:00 GMT (+00:00); invites in UTC"])

# ================================================================= 13 Liffeyline standalone Outlook .ics
k = "c13"
uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid", k, n=32).upper()
sent = T(DUB, 2026, 11, 6, 9, 41, "Fri", "+00:00", 9)
s13 = T(DUB, 2026, 11, 12, 10, 0, "Thu", "+00:00")
e13 = s13 + timedelta(minutes=90)
desc = f"""Hi Callum,

Following on from your chat with Aoife, here's the invite for the technical round for the Data Engineer role with
Darragh Kinsella (Senior Data Engineer). Expect a mix of questions on Spark, data quality and orchestration, plus a short live SQL
exercise in a shared editor.

When: Thursday, 12 November 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

Ciara

{teams_block(k)}
"""
ics = ms_ics(k, CIARA, [DARRAGH, ME], s13, e13, "GMT Standard Time", VTZ_WIN_GMT, DUB,
             "Liffeyline Analytics - Technical Interview - Callum Fraser", desc, uid, 0, sent=sent)
add_case("13-liffeyline-standalone-outlook-ics", [
    ("01-liffeyline-technical-interview.ics", crlf(ics).encode()),
], [iv("Liffeyline Analytics", "Data Engineer", s13, e13, "scheduled", [DARRAGH[1]], [DARRAGH[1]], "technical")],
    "medium", "positive/standalone-ics",
    "Standalone Exchange .ics; Dublin event expressed with Windows TZID 'GMT Standard Time' and the 'Dublin, "
    "Edinburgh, Lisbon, London' label; Ciara organises, Darragh interviews.",
    ["Thu 12 Nov 10:00 'GMT Standard Time' for a Dublin company = +00:00"])

# ================================================================= NEGATIVES
# 14 take-home only
k = "c14"
sent = T(UTC, 2026, 10, 15, 8, 5, "Thu", "+00:00", 33)
dl = T(LON, 2026, 10, 19, 9, 0, "Mon", "+01:00")
txt = """Hi Callum,

Thanks for speaking with Duncan on Tuesday - he really enjoyed the conversation and we'd love you to move to the
next stage.

That next step is a short take-home exercise. You'll find the brief and a sample dataset (card authorisation
events) at the link below. We'd suggest spending no more than three hours on it - we're much more interested in
how you think than in a polished solution.

Deadline: 9am, Mon 19th Oct (BST)
Submit here: https://thistlepay.teamtailor.com/candidate/tasks/""" + hx("task", k, n=20) + """

There's no call to book at this stage. If it goes well, we'll invite you to the final stage, where you'll talk
the panel through your approach.

Any questions about the brief, just reply to this email.

Good luck!
Rhona
"""
add_case("14-thistlepay-take-home-deadline", [
    ("01-teamtailor-take-home-task.eml",
     mail(k, A("Rhona Baird (Thistlepay)", "noreply@mail.teamtailor.com"), OWN, sent,
          "Next step: take-home exercise - Data Engineer, Payments Platform", txt, reply_to=A(*RHONA),
          mid=f"<{uuidish('tt', k)}@mail.teamtailor.com>")),
], [], "medium", "negative/take-home",
    "Take-home with a submission deadline only; explicitly no call to book. Mentions the past HM call and a future "
    "panel, neither of which is scheduled here.",
    ["Deadline Mon 19 Oct 09:00 BST (+01:00) - not an interview"])

# 15 informal team coffee (explicitly not assessed)
k = "c15"
d1 = T(UTC, 2026, 11, 5, 15, 42, "Thu", "+00:00", 9)
d2 = T(UTC, 2026, 11, 5, 15, 50, "Thu", "+00:00", 31)
s15 = T(LON, 2026, 11, 9, 16, 0, "Mon", "+00:00")
t1 = """Hi Callum,

Duncan wondered whether you'd like to pop into the office for a coffee with the Data Platform team before your
final stage on Wednesday.

This is completely informal - it isn't part of the assessment, nobody will be scoring you and it won't feed
into the decision in any way. It's just a chance to meet the folk you'd be working with and ask them the things
you might not want to ask a hiring manager!

Duncan's sent an invite for Monday at 4. Totally optional - if you can't make it, that's absolutely fine.

Rhona
"""
add_case("15-thistlepay-informal-team-coffee", [
    ("01-rhona-coffee-with-the-team.eml",
     mail(k + "1", A(*RHONA), OWN, d1, "Coffee with the team before Wednesday?", t1, mid=mid_gmail(k, 1),
          cte="8bit")),
    ("02-invitation-coffee-data-platform.eml",
     google_invite(k + "2", DUNCAN, [(DUNCAN[0], DUNCAN[1], "ACCEPTED"), (RAVI[0], RAVI[1], "ACCEPTED"),
                                     ("data-platform@thistlepay.example", "data-platform@thistlepay.example",
                                      "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")], d2,
                   "Coffee & cake with the Data Platform team (informal)", s15, s15 + timedelta(minutes=30),
                   "No prep and no questions to answer - just come and say hello. We'll be in the kitchen on the "
                   "3rd floor. Duncan", f"{b32id('uid', k)}@google.com",
                   location="Thistlepay, 3rd Floor, 5 Commercial Quay, Leith, Edinburgh EH6 6LX", meet=False)),
], [], "hard", "negative/informal-coffee-not-assessed",
    "Team coffee invite from the hiring manager two days before the final stage; the mail says it is not part of "
    "the assessment and will not feed into the decision, so it is not an interview.",
    ["Mon 9 Nov 16:00 GMT (+00:00) - not an interview"])

# 16 meetup
k = "c16"
sent = T(UTC, 2026, 10, 19, 12, 0, "Mon", "+00:00", 41)
s16 = T(LON, 2026, 10, 28, 18, 30, "Wed", "+00:00")
txt = """You're going!

Edinburgh Data Engineering - October meetup
Wednesday 28 October 2026, 18:30 to 21:00 GMT
CodeBase, Argyle House, 3 Lady Lawson Street, Edinburgh EH3 9DR

18:30 Pizza and drinks
19:00 "500 dbt models later: what we'd do differently" - Heather Cowan
19:40 Panel: "How we interview data engineers (and what we wish candidates asked)" with hiring managers from
      three Edinburgh tech companies
20:30 Pub

Add to calendar: the invite is attached.

Can't make it any more? Please update your RSVP so someone on the waitlist can have your spot.

Meetup, PO Box 4668 #37895, New York, NY 10163-4668
Unsubscribe from this type of email: https://www.meetup.com/account/comm/
"""
ics = simple_ics("-//Meetup//Meetup Events v1.0//EN", "PUBLISH", f"event_{digits('ev', k, n=9)}@meetup.com", 0,
                 s16, s16 + timedelta(hours=2, minutes=30), "Edinburgh Data Engineering - October meetup",
                 "Talk: 500 dbt models later. Panel: How we interview data engineers. "
                 "https://www.meetup.com/edinburgh-data-engineering/events/" + digits('ev', k, n=9) + "/",
                 ("Edinburgh Data Engineering", "info@meetup.com"), [ME],
                 location="CodeBase, Argyle House, 3 Lady Lawson Street, Edinburgh EH3 9DR", sent=sent)
add_case("16-edinburgh-data-meetup-interview-panel", [
    ("01-meetup-rsvp-october.eml",
     mail(k, A("Meetup", "info@meetup.com"), OWN, sent, "You're going to Edinburgh Data Engineering - October meetup",
          txt, mid=f"<{hx('mu', k, n=12)}.{digits('mu', k, n=10)}@meetup.com>",
          attachments=[("event.ics", ics, "PUBLISH")], style="java", cte="base64")),
], [], "medium", "negative/meetup",
    "Meetup RSVP with .ics; the agenda has a panel about how companies interview data engineers. Callum is an "
    "attendee, not a candidate.",
    ["Wed 28 Oct 18:30 GMT (+00:00), after the Oct 25 change - not an interview"])

# 17 conference speaker slot with on-stage interview
k = "c17"
ISLA = ("Isla Munro", "isla.munro@forthdatasummit.example")
d1 = T(LON, 2026, 10, 21, 11, 15, "Wed", "+01:00", 2)
d2 = T(UTC, 2026, 10, 21, 10, 31, "Wed", "+00:00", 47)
s17 = T(LON, 2026, 11, 17, 11, 20, "Tue", "+00:00")
t1 = """Hi Callum,

Thrilled to confirm your talk for Forth Data Summit 2026!

Talk: Late data, on-time pipelines: watermarking in practice
Date: Tue 17th Nov
Slot: 11:20 - 11:50, Lomond Suite, EICC

Straight after your talk, our host Jamie will do a quick five-minute on-stage interview with you - nothing to
prepare, just a couple of questions about how you got into data engineering and what you're working on. We'll
also grab a short video clip for our socials, if you're happy with that.

Please send your slides over by Fri 13th Nov. I'll pop a calendar hold in for the slot now.

Many thanks,
Isla

Isla Munro | Programme Lead | Forth Data Summit
"""
add_case("17-conference-talk-with-stage-interview", [
    ("01-isla-speaker-confirmation.eml",
     mail(k + "1", A(*ISLA), OWN, d1, "Speaker confirmation - Forth Data Summit 2026", t1, mid=mid_gmail(k, 1))),
    ("02-invitation-speaker-slot.eml",
     google_invite(k + "2", ISLA, [(ISLA[0], ISLA[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")], d2,
                   "FDS26 Speaker: Callum Fraser - Late data, on-time pipelines", s17, s17 + timedelta(minutes=30),
                   "Your speaking slot (25 min talk + 5 min on-stage interview with our host). Please be at the "
                   "speaker desk 20 minutes before.", f"{b32id('uid', k)}@google.com",
                   location="EICC, Lomond Suite, The Exchange, Edinburgh EH3 8EE", meet=False)),
], [], "hard", "negative/conference-talk",
    "Callum is the speaker; the 'on-stage interview' is part of a conference talk, not a hiring process.",
    ["Tue 17 Nov 11:20 GMT (+00:00) - not an interview"])

# 18 mortgage adviser call
k = "c18"
STRUAN = ("Struan Wallace", "struan.wallace@braidmortgages.example")
sent = T(LON, 2026, 10, 30, 9, 12, "Fri", "+00:00", 55)
s18 = T(LON, 2026, 11, 12, 18, 0, "Thu", "+00:00")
txt = """Dear Callum,

Thank you for booking a mortgage appointment with Braid Mortgage Advice. Your appointment is confirmed:

Adviser: Struan Wallace CeMAP
Date: Thursday 12 November 2026
Time: 6pm (approx. 45 minutes)
Type: Phone call - Struan will call you on 07700 900552

During the call Struan will ask about your income, outgoings and employment. If you're thinking about changing
jobs or are in the middle of interviews, that's absolutely fine - just let him know, as some lenders have rules
about probation periods.

It would help to have the following to hand:
- your last three payslips
- your most recent P60
- three months of bank statements

To rearrange, simply reply to this email or call us on 0131 496 0455.

Kind regards,
Braid Mortgage Advice
Braid Mortgage Advice is an appointed representative of an FCA-authorised firm.
"""
ics = simple_ics("-//Braid Mortgage Advice//Bookings//EN", "REQUEST", f"appt-{hx('uid', k, n=16)}@braidmortgages.example",
                 0, s18, s18 + timedelta(minutes=45), "Mortgage appointment - Struan Wallace (phone)",
                 "Your adviser Struan Wallace will call you on 07700 900552.", STRUAN, [ME], location="Phone call",
                 sent=sent, tz="london")
add_case("18-mortgage-adviser-phone-appointment", [
    ("01-mortgage-appointment-confirmed.eml",
     mail(k, A("Braid Mortgage Advice", "appointments@braidmortgages.example"), OWN, sent,
          "Your mortgage appointment is confirmed - Thu 12th Nov, 6pm", txt, reply_to=A(*STRUAN),
          mid=f"<{hx('bm', k, n=20)}@braidmortgages.example>", attachments=[("appointment.ics", ics, "REQUEST")])),
], [], "medium", "negative/mortgage-appointment",
    "Booked phone appointment with .ics that mentions employment, changing jobs and interviews; not a job interview.",
    ["Thu 12 Nov 18:00 Europe/London (+00:00) - not an interview"])

# 19 dentist .ics
k = "c19"
sent = T(LON, 2026, 10, 22, 14, 5, "Thu", "+01:00")
s19 = T(LON, 2026, 11, 24, 8, 40, "Tue", "+00:00")
ics = simple_ics("-//Stockbridge Dental Care//Online Booking//EN", "REQUEST", f"{hx('uid', k, n=20)}@stockbridgedental.example",
                 0, s19, s19 + timedelta(minutes=40), "Dental check-up and hygienist - Stockbridge Dental Care",
                 "Check-up with Dr Eilidh Macrae followed by a hygienist appointment. Please arrive 5 minutes "
                 "early. To cancel or rearrange, call 0131 496 0288 at least 24 hours before your appointment.",
                 ("Stockbridge Dental Care", "reception@stockbridgedental.example"), [ME],
                 location="14 Raeburn Place, Edinburgh EH4 1HN", sent=sent, tz="london")
add_case("19-dentist-checkup-ics", [
    ("01-stockbridge-dental-checkup.ics", crlf(ics).encode()),
], [], "easy", "negative/dentist",
    "Standalone .ics for a dental check-up with Callum as ATTENDEE.",
    ["Tue 24 Nov 08:40 Europe/London (+00:00) - not an interview"])

# 20 rejection
k = "c20"
sent = T(UTC, 2026, 10, 29, 14, 3, "Thu", "+00:00", 27)
txt = """Hi Callum,

Thanks so much for pairing with Fraser on Tuesday, and for all the time you've given us over the last few weeks.

I'm sorry to say that we won't be taking your application further this time. Fraser said you were great to
work with and your SQL was really solid; the deciding factor was that we've gone with someone who has more
hands-on experience with our streaming stack (Kinesis and Flink), which is going to be a big part of the first
six months.

I know that's not the news you were hoping for. If you'd like a quick call to go through the feedback in more
detail, just let me know and I'll set something up. We'd also love to keep in touch - we're planning to grow the
analytics team again next year.

All the best,
Ailsa

Ailsa Grant | Talent Partner | Kelvin Forge Games
"""
add_case("20-kelvinforge-rejection-after-pairing", [
    ("01-ailsa-decision.eml",
     mail(k, A(*AILSA), OWN, sent, "Your application - Data Engineer (Player Analytics)", txt, mid=mid_gmail(k),
          cte="base64")),
], [], "medium", "negative/rejection",
    "Rejection that refers to the past pairing session and offers an unbooked feedback call.", [])

# 21 offer call
k = "c21"
d1 = T(UTC, 2026, 11, 12, 17, 10, "Thu", "+00:00", 44)
d2 = T(UTC, 2026, 11, 12, 17, 14, "Thu", "+00:00", 2)
s21 = T(LON, 2026, 11, 13, 12, 0, "Fri", "+00:00")
t1 = """Hi Callum,

I'm really pleased to let you know that the panel loved meeting you yesterday, and we'd like to offer you the
role of Data Engineer on the Payments Platform team!

Duncan and I would love to talk you through the offer - salary, share options, start date and all the rest.
Are you free tomorrow at 12 for half an hour? I've popped an invite in your calendar; if that doesn't suit, just
let me know. The written offer will follow once we've chatted.

Congratulations - very well deserved.

Rhona
"""
add_case("21-thistlepay-offer-call", [
    ("01-rhona-good-news.eml",
     mail(k + "1", A(*RHONA), OWN, d1, "Good news from Thistlepay!", t1, mid=mid_gmail(k, 1), cc=A(*DUNCAN))),
    ("02-invitation-offer-call.eml",
     google_invite(k + "2", RHONA, [(RHONA[0], RHONA[1], "ACCEPTED"), (DUNCAN[0], DUNCAN[1], "ACCEPTED"),
                                    (OWNER, OWNER, "NEEDS-ACTION")], d2,
                   "Offer call - Callum Fraser (Thistlepay)", s21, s21 + timedelta(minutes=30),
                   "Talking through your offer for Data Engineer, Payments Platform.",
                   f"{b32id('uid', k)}@google.com")),
], [], "hard", "negative/offer-call",
    "Offer e-mail plus a booked Google Meet 'Offer call' with the hiring manager; an offer discussion, not an "
    "interview.",
    ["'tomorrow at 12' on Thu 12 Nov -> Fri 13 Nov 12:00 GMT (+00:00) - not an interview"])

# 22 agency availability request (unbooked)
k = "c22"
sent = T(LON, 2026, 11, 20, 11, 31, "Fri", "+00:00", 7)
txt = f"""Hi Callum,

Good news - Harrowgate have had the budget signed off and the Senior Data Engineer role is live again. Helen is
keen to pick up where things left off rather than start the process from scratch, so it would just be the
conversation with her.

Could you send me a few times that work for you w/c 30th Nov? She's got mornings free Tuesday to Thursday, so
anything between 9 and 12 those days would be ideal. Once I've got them I'll get something in the diary.

I know you've had other things on the go, so if anything's changed, give me a shout and we can have a chat.

Cheers,
Morag

{MORAG_SIG}
"""
add_case("22-forth-harrowgate-availability-request", [
    ("01-morag-harrowgate-back-on.eml",
     mail(k, A(*MORAG), OWN, sent, "Harrowgate - back on!", txt, mid=mid_outlook(k), style="outlook")),
], [], "hard", "negative/availability-request",
    "Agency asks for availability for a re-opened hiring-manager interview; nothing is booked.", [])


# ================================================================= write out
def main():
    for p in sorted(OUT.glob("b316-*")):
        shutil.rmtree(p)
    labels = {}
    seen = set()
    for i, c in enumerate(CASES, 1):
        assert c["slug"].startswith(f"{i:02d}-"), c["slug"]
        cid = f"b316-{c['slug']}"
        assert cid not in seen
        seen.add(cid)
        d = OUT / cid
        d.mkdir()
        names = [n for n, _ in c["items"]]
        assert names == sorted(names) and [n[:2] for n in names] == [f"{j:02d}" for j in range(1, len(names) + 1)]
        for name, data in c["items"]:
            (d / name).write_bytes(data)
        labels[cid] = c["label"]
    head = "# Labels for blind316 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")

    pos = [c for c in CASES if c["label"]["interview"]]
    ivs = [x for c in CASES for x in c["label"]["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    r = ["# blind316: Edinburgh data engineer, UK/EU/US tech and finance employers (written blind)", "",
         f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a data engineer living in Edinburgh (Europe/London: BST until "
         "25 Oct 2026, GMT after).", "",
         "This set was written blind: only the eval README and three dev files were read for format; no tool code, "
         "tests or other sets.", "",
         "## What it stresses",
         "- British English from UK recruiters, agencies and ATS templates (Workable, Teamtailor, Pinpoint, "
         "Greenhouse, Lever, a Harvey-Nash-style agency): 'half ten', 'Tue 13th Oct', 'tomorrow at 2'.",
         "- The Oct 25 EU/UK clock change versus the Nov 1 US change (4-hour London-New York gap Oct 26-31), "
         "Amsterdam CEST/CET, Dublin GMT, Windows TZIDs with fixed '(UTC-05:00)' labels.",
         "- A reschedule that crosses the clock change, a cancellation via Exchange METHOD:CANCEL, a mail with two "
         "interviews, an in-person final stage sent as two invites, a virtual loop in one Lever .ics.",
         "- Hard negatives that look like meetings or interviews: take-home deadline, informal team coffee that is "
         "explicitly not assessed, meetup with an interviewing panel, conference talk with an on-stage interview, "
         "mortgage adviser call, dentist .ics, rejection, offer call, unbooked availability request.", "",
         "## Counts",
         f"- Cases: {len(CASES)} ({len(pos)} positive, {len(CASES) - len(pos)} negative)",
         f"- Labelled interviews: {len(ivs)}; by status: " +
         ", ".join(f"{k2} {v}" for k2, v in sorted(by_status.items())) + "; by kind: " +
         ", ".join(f"{k2} {v}" for k2, v in sorted(by_kind.items())), "",
         "## Formats used",
         "- Plain human threads (text/plain and multipart/alternative; 8bit, quoted-printable, base64) with "
         "In-Reply-To/References",
         "- ATS mails with .ics attachments (Workable, Pinpoint, Greenhouse with two .ics, Lever with three VEVENTs, "
         "Meetup, mortgage broker); Teamtailor mails without .ics",
         "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
         "invite.ics), including an Updated invitation (same UID, SEQUENCE 1)",
         "- Exchange/Teams invites (multipart/alternative with text/calendar, 'GMT Standard Time' and 'Eastern "
         "Standard Time' VTIMEZONEs, X-MICROSOFT-CDO-*), including METHOD:CANCEL",
         "- Standalone .ics (Exchange interview, dentist) and one Calendar API .gcal.json event", "",
         "## Time-zone / DST points"]
    for nn, p in TZ_POINTS:
        r.append(f"- Case {nn}: {p}")
    r.append("")
    (OUT / "README.md").write_text("\n".join(r), encoding="utf-8")


if __name__ == "__main__":
    main()
