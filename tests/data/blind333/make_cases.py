#!/usr/bin/env python3
"""Generate the blind333 evaluation set (theme: Singapore job search, written blind).

Standard library + PyYAML only. Deletes and rewrites every b333-* case folder, labels.yaml and
README.md next to this file. Output is byte-identical on every run: all dates, Message-IDs, UIDs
and MIME boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
import html as htmlmod
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
SEED = "blind333-singapore-2026"
OWNER = "weiling.tan@example.com"
OWNER_NAME = "Tan Wei Ling"
UTC = timezone.utc
SGT = ZoneInfo("Asia/Singapore")
MYT = ZoneInfo("Asia/Kuala_Lumpur")
SYD = ZoneInfo("Australia/Sydney")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")


# ----------------------------------------------------------------------------- checks
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, "digits", n=40), 16))[:n]


def at(s, tz=SGT):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=tz)


def off(dt, hours):
    assert dt.utcoffset() == timedelta(hours=hours), (dt, dt.utcoffset(), hours)
    return dt


def wd(y, m, d, name):
    got = datetime(y, m, d).strftime("%a")
    assert got == name[:3], (y, m, d, name, got)


# Every weekday that is written in any mail/invite text of this set.
for _m, _d, _n in [
    (10, 2, "Fri"), (10, 3, "Sat"), (10, 4, "Sun"), (10, 5, "Mon"), (10, 6, "Tue"), (10, 7, "Wed"),
    (10, 8, "Thu"), (10, 9, "Fri"), (10, 12, "Mon"), (10, 14, "Wed"), (10, 15, "Thu"),
    (10, 16, "Fri"), (10, 17, "Sat"), (10, 19, "Mon"), (10, 20, "Tue"), (10, 21, "Wed"),
    (10, 22, "Thu"), (10, 23, "Fri"), (10, 24, "Sat"), (10, 26, "Mon"), (10, 27, "Tue"),
    (10, 29, "Thu"), (10, 30, "Fri"), (10, 31, "Sat"), (11, 1, "Sun"), (11, 2, "Mon"),
    (11, 3, "Tue"), (11, 4, "Wed"), (11, 5, "Thu"), (11, 6, "Fri"), (11, 7, "Sat"),
    (11, 9, "Mon"), (11, 10, "Tue"), (11, 13, "Fri"), (11, 20, "Fri"),
]:
    wd(2026, _m, _d, _n)
wd(2027, 1, 4, "Mon")

# 2026 DST facts used by the cases.
off(at("2026-03-07 12:00", LA), -8); off(at("2026-03-09 12:00", LA), -7)      # US spring Mar 8
off(at("2026-10-31 12:00", LA), -7); off(at("2026-11-02 12:00", LA), -8)      # US fall Nov 1
off(at("2026-11-01 00:30", LA), -7); off(at("2026-11-01 03:00", LA), -8)
off(at("2026-10-31 12:00", NY), -4); off(at("2026-11-02 12:00", NY), -5)
off(at("2026-03-28 12:00", LON), 0); off(at("2026-03-30 12:00", LON), 1)      # EU/UK Mar 29
off(at("2026-10-24 12:00", LON), 1); off(at("2026-10-26 12:00", LON), 0)      # EU/UK Oct 25
off(at("2026-10-24 12:00", BER), 2); off(at("2026-10-26 12:00", BER), 1)
off(at("2026-04-04 12:00", SYD), 11); off(at("2026-04-06 12:00", SYD), 10)    # Sydney Apr 5
off(at("2026-10-03 12:00", SYD), 10); off(at("2026-10-04 03:00", SYD), 11)    # Sydney Oct 4
for _mo in range(1, 13):
    off(at(f"2026-{_mo:02d}-15 12:00", SGT), 8)
    off(at(f"2026-{_mo:02d}-15 12:00", MYT), 8)


def hours_behind_sg(dt_la):
    sg = dt_la.astimezone(SGT)
    return int((sg.replace(tzinfo=None) - dt_la.replace(tzinfo=None)).total_seconds() // 3600)


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def text_part(text, subtype="plain", enc="qp", params=""):
    if enc == "qp":
        body, cte = qp(text), "quoted-printable"
    elif enc == "b64":
        body, cte = b64(text.encode("utf-8")), "base64"
    else:
        text.encode("ascii")
        body, cte = text, "7bit"
    if not body.endswith("\n"):
        body += "\n"
    return (f'Content-Type: text/{subtype}; charset="UTF-8"{params}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def cal_part(ics_text, method):
    return (f'Content-Type: text/calendar; charset="UTF-8"; method={method}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(ics_text.encode('utf-8'))}")


def attach_part(data, filename, ctype):
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


def multipart(sub, parts, boundary):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}"
        if not s.endswith("\n"):
            s += "\n"
        s += "\n"
    return s + f"--{boundary}--\n"


def html_doc(paras, font="Arial,Helvetica,sans-serif"):
    out = []
    for p in paras:
        out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


SPECIAL = set('()<>@,;:\\".[]')


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in SPECIAL for c in name):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def htext(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def msgid(style, *key):
    h = hx(*key, "mid", n=48)
    if style == "gmail":
        tail = base64.b64encode(bytes.fromhex(h[:36])).decode().rstrip("=").replace("/", "-")
        return f"<CAH{tail}@mail.gmail.com>"
    if style == "outlook":
        return f"<SG2PR04MB{h[:4].upper()}{h[4:28].upper()}@SG2PR04MB{h[:4].upper()}.apcprd04.prod.outlook.com>"
    if style == "gcal":
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"
    return f"<{h[:20]}.{h[20:32]}@{style}>"


def mail(key, *, frm, to, date, subject, part, cc=None, reply_to=None, sender=None, mid="gmail",
         in_reply_to=None, references=None, extra=(), relay="mail-sor-f41.google.com"):
    """Return (message text, Message-ID). `frm`/`to` are preformatted address strings."""
    mid_val = msgid(mid, *key)
    ip = ".".join(str(int(hx(*key, "ip", i, n=2), 16) % 250 + 2) for i in range(3))
    hs = [
        ("Received", f"from {relay} ({relay} [40.{ip}])\n        by mx.example.com with ESMTPS id "
                     f"{hx(*key, 'smtp', n=12)}\n        for <{OWNER}>;\n        "
                     f"{format_datetime(date.astimezone(UTC))}"),
        ("Return-Path", f"<{sender[1] if sender else frm.split('<')[-1].rstrip('>')}>"),
        ("From", frm),
    ]
    if sender:
        hs.append(("Sender", addr(*sender)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", htext(subject)), ("Date", format_datetime(date)), ("Message-ID", mid_val)]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", references or in_reply_to))
    hs += list(extra)
    lines = [f"Delivered-To: {OWNER}"] + [f"{k}: {v}" for k, v in hs] + ["MIME-Version: 1.0"]
    return "\n".join(lines) + "\n" + part, mid_val


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    res, limit = [], 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        res.append(b[:cut])
        b = b[cut:]
        limit = 74
    res.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in res)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def icsdt(name, dt, tzid):
    if tzid == "Z":
        return f"{name}:{dt.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{name};TZID={tzid}:{dt:%Y%m%dT%H%M%S}"


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


VTZ_WIN_SG = ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD",
              "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
              "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
              "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_olson(tzid, abbr):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", f"TZNAME:{abbr}", "DTSTART:19700101T000000",
            "END:STANDARD", "END:VTIMEZONE"]


def vevent(*, uid, seq, start, end, tzid, summary, description, location, organizer, attendees,
           stamp, status="CONFIRMED", extra=(), lang=""):
    L = ["BEGIN:VEVENT", icsdt("DTSTART", start, tzid), icsdt("DTEND", end, tzid),
         f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        name, email, role, ps = (list(a) + ["REQ-PARTICIPANT", "NEEDS-ACTION"])[:4] if len(a) == 2 else a
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    L += [f"DESCRIPTION{lang}:{esc(description)}", f"LOCATION{lang}:{esc(location)}",
          f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY{lang}:{esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
          "END:VALARM", "END:VEVENT"]
    return L


def calendar(prodid, method, tzblocks, events):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += tzblocks
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ----------------------------------------------------------------------------- time formatting
def gtime(dt):
    h = dt.hour % 12 or 12
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def otime(dt):
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def meet_code(*key):
    h = hx(*key, "meet", n=10)
    s = "".join(chr(ord("a") + int(c, 16) % 26) for c in h)
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def teams_link(*key):
    h = hx(*key, "teams", n=40)
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.b64encode(bytes.fromhex(h)).decode().rstrip('=')}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}%22%7d")


def zoom_link(host, *key):
    return f"https://{host}.zoom.us/j/{digits(*key, 'zoom', n=11)}?pwd={hx(*key, 'pwd', n=22)}"


# ----------------------------------------------------------------------------- invite builders
GCAL_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               "You are receiving this email because you are an attendee on the event.\n\n"
               "Forwarding this invitation could allow any recipient to send a response to the organizer, "
               "be added to the guest list, invite others regardless of their own invitation status, "
               "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(key, *, title, start, end, tz, tz_label, organizer, guests, description, sent,
                  location="", meet=True, seq=0, uid=None, prefix="Invitation"):
    uid = uid or f"{hx(*key, 'uid', n=26)}@google.com"
    ls, le = start.astimezone(tz), end.astimezone(tz)
    subj = (f"{prefix}: {title} @ {ls:%a %b} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} "
            f"({ls.tzname()}) ({OWNER})")
    when = f"{ls:%A %b} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}\n{tz_label}"
    code = meet_code(*key)
    blocks = [f"{title}\n{when}"]
    if location:
        blocks.append(f"Location\n{location}")
    if meet:
        blocks.append(f"Join with Google Meet\nhttps://meet.google.com/{code}")
    blocks.append(f"Organizer\n{organizer[0]}\n{organizer[1]}")
    glines = [f"{organizer[0]} - organizer\n{organizer[1]}"] + [
        (f"{g[0]}\n{g[1]}" if g[1] != OWNER else g[1]) for g in guests if g[1] != organizer[1]]
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    blocks.append("Guests\n" + "\n".join(glines) + f"\nView all guest info {view}")
    blocks.append(description)
    blocks.append(f"Reply for {OWNER} and view more details {view}")
    plain = "\n\n".join(blocks) + "\n\n~~//~~\n" + GCAL_FOOTER + "\n"
    htm = html_doc(blocks + ["~~//~~\n" + GCAL_FOOTER], font="Roboto,Helvetica,Arial,sans-serif")
    desc = description
    if meet:
        desc += (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{code}"
                 "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-")
    atts = [(organizer[0], organizer[1], "REQ-PARTICIPANT", "ACCEPTED")]
    atts += [(g[0] or g[1], g[1], "REQ-PARTICIPANT", "NEEDS-ACTION") for g in guests if g[1] != organizer[1]]
    extra = [f"CREATED:{sent.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"LAST-MODIFIED:{sent.astimezone(UTC):%Y%m%dT%H%M%SZ}"]
    if meet:
        extra.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    ev = vevent(uid=uid, seq=seq, start=start, end=end, tzid="Z", summary=title, description=desc,
                location=location, organizer=organizer, attendees=atts, stamp=sent, extra=extra)
    ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [], [ev])
    b1, b2 = "0000000000" + hx(*key, "b1", n=18), "0000000000" + hx(*key, "b2", n=18)
    alt = multipart("alternative", [text_part(plain, enc="b64", params="; format=flowed; delsp=yes"),
                                    text_part(htm, "html"), cal_part(ics, "REQUEST")], b2)
    part = multipart("mixed", [alt, attach_part(ics.encode(), "invite.ics", "application/ics")], b1)
    bounce = f"{hx(*key, 'bounce', n=20)}@calendar-server.bounces.google.com"
    text, _ = mail(key, frm=addr(*organizer), to=OWNER, date=sent.astimezone(UTC), subject=subj, part=part,
                   reply_to=addr(*organizer), sender=("Google Calendar", "calendar-notification@google.com"),
                   mid="gcal", relay="mail-sor-f73.google.com")
    text = text.replace("Return-Path: <calendar-notification@google.com>", f"Return-Path: <{bounce}>")
    return text, uid


def exchange_uid(*key):
    return "040000008200E00074C5B7101A82E00800000000" + hx(*key, "exuid", n=56).upper()


def outlook_invite(key, *, organizer, to, subject, sent, start, end, location, paras, attendees,
                   cc=None, seq=0, uid=None, teams=True, method="REQUEST", sign=""):
    label = "(UTC+08:00) Kuala Lumpur, Singapore"
    to = to.replace("; ", ", ")  # RFC 5322 address lists use commas
    when = (f"When: {start:%A}, {start.day} {start:%B %Y} {otime(start)}-{otime(end)} {label}.\n"
            f"Where: {location}")
    body = "\n\n".join(paras + ([sign] if sign else []))
    link = teams_link(*key)
    tplain = ""
    if teams:
        tplain = ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                  f"Click here to join the meeting<{link}>\nMeeting ID: {digits(*key, 'mtg', n=3)} "
                  f"{digits(*key, 'mtg2', n=3)} {digits(*key, 'mtg3', n=3)} {digits(*key, 'mtg4', n=3)}\n"
                  f"Passcode: {hx(*key, 'pass', n=6)}\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
                  "Meeting options\n" + "_" * 80)
    plain = when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body + tplain + "\n"
    hparas = [when, "*~*~*~*~*~*~*~*~*~*"] + paras + ([sign] if sign else [])
    if teams:
        hparas.append(f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n{link}")
    htm = html_doc(hparas, font="Aptos,Calibri,sans-serif")
    uid = uid or exchange_uid(*key)
    atts = [(a[0], a[1], a[2] if len(a) > 2 else "REQ-PARTICIPANT", "NEEDS-ACTION") for a in attendees]
    extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{digits(*key, 'owner', n=10)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\",\"LocationAnnotation\":\"\"}}]",
             "CLASS:PUBLIC", "PRIORITY:5"]
    if teams:
        extra.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}")
    ev = vevent(uid=uid, seq=seq, start=start, end=end, tzid="Singapore Standard Time", summary=subject,
                description=body + tplain, location=location, organizer=organizer, attendees=atts,
                stamp=sent, status="CANCELLED" if method == "CANCEL" else "CONFIRMED", extra=extra,
                lang=";LANGUAGE=en-US")
    ics = calendar("Microsoft Exchange Server 2010", method, VTZ_WIN_SG, [ev])
    bnd = f"_000_{hx(*key, 'bnd', n=24).upper()}apcprd04prodoutlookcom_"
    part = multipart("alternative", [text_part(plain), text_part(htm, "html"), cal_part(ics, method)], bnd)
    tindex = base64.b64encode(bytes.fromhex(hx(*key, "tindex", n=44))).decode()
    extra_h = [("Thread-Topic", htext(subject)), ("Thread-Index", tindex), ("Accept-Language", "en-SG, en-US"),
               ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(hx(*key, "series", n=40))).decode())]
    text, mid = mail(key, frm=addr(*organizer), to=to, cc=cc, date=sent, subject=subject, part=part,
                     mid="outlook", extra=extra_h,
                     relay="SG2PR04MB7721.apcprd04.prod.outlook.com")
    return text, uid


# ----------------------------------------------------------------------------- case registry
CASES = []
LABELS = {}


class Case:
    def __init__(self, slug):
        self.nn = len(CASES) + 1
        self.dir = f"b333-{self.nn:02d}-{slug}"
        self.items = []
        CASES.append(self)

    def add(self, name, content):
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        self.items.append((f"{len(self.items) + 1:02d}-{name}", data))

    def label(self, interviews, difficulty, category, notes):
        LABELS[self.dir] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                            "difficulty": difficulty, "category": category, "notes": notes,
                            "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


ME = addr(OWNER_NAME, OWNER)
SIG_ME = "Wei Ling"


def bd(*key):
    return "000000000000" + hx(*key, "boundary", n=16)


def alt(key, plain, enc_plain="qp", enc_html="qp", paras=None):
    paras = paras if paras is not None else plain.strip("\n").split("\n\n")
    return multipart("alternative", [text_part(plain, enc=enc_plain),
                                     text_part(html_doc(paras), "html", enc=enc_html)], bd(*key, "alt"))


def gquote(dt, who, text):
    h = dt.hour % 12 or 12
    head = f"On {dt:%a}, {dt.day} {dt:%b %Y} at {h}:{dt.minute:02d}\u202f{'AM' if dt.hour < 12 else 'PM'} {who} wrote:"
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def oquote(dt, frm, to, subject, text):
    h = dt.hour % 12 or 12
    return ("\n________________________________\n"
            f"From: {frm}\nSent: {dt:%A}, {dt.day} {dt:%B %Y} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}\n"
            f"To: {to}\nSubject: {subject}\n\n{text}")


# People
OLIVIA = ("Olivia Grant", "olivia.grant@koalacart.example")
HANNAH = ("Hannah Whitfield", "hannah.whitfield@koalacart.example")
TOM = ("Tom Nguyen", "tom.nguyen@koalacart.example")
JESS = ("Jess Park", "jess.park@koalacart.example")
BEN = ("Ben Carter", "ben.carter@koalacart.example")
JASMINE = ("Jasmine Koh", "jasmine.koh@talentbridge.example")
RYAN = ("Ryan Ong", "ryan.ong@peoplefirst.example")
AISYAH = ("Nur Aisyah binte Rahmat", "nur.aisyah@jurongfreightlink.example")
GOH = ("Goh Chee Meng", "cheemeng.goh@jurongfreightlink.example")
TAY = ("Tay Jun Hao", "junhao.tay@jurongfreightlink.example")
PRISCILLA = ("Priscilla Wong", "priscilla.wong@jurongfreightlink.example")
FARAH = ("Farah Aziz", "farah.aziz@kijangpay.example")
FARID = ("Farid Hakim", "farid.hakim@kijangpay.example")
MEIXIN = ("Chong Mei Xin", "meixin.chong@kijangpay.example")
HAFIZ = ("Hafiz Rahman", "hafiz.rahman@kijangpay.example")
NURUL = ("Nurul Huda binte Ismail", "nurul_huda_ismail@cda.example")
KELVIN = ("Kelvin Ng", "kelvin_ng@cda.example")
SHUFEN = ("Lee Shu Fen", "lee_shu_fen@cda.example")
ARUN = ("Arun Pillai", "arun_pillai@cda.example")
JOANNE = ("Joanne Teo", "joanne_teo@cda.example")
KAYLA = ("Kayla Brooks", "kayla.brooks@fogline.example")
DEREK = ("Derek Oyelaran", "derek.oyelaran@fogline.example")
GRACE = ("Grace Lau", "grace.lau@shbank.example")
RAJESH = ("Rajesh Menon", "rajesh.menon@shbank.example")
SHARON = ("Sharon Teo", "sharon.teo@merlionretail.example")
DANIEL = ("Daniel Yeo", "daniel.yeo@merlionretail.example")
CHERYL = ("Cheryl Lim", "cheryl.lim@merlionretail.example")

JASMINE_SIG = ("Jasmine Koh\nSenior Consultant, Banking & Financial Services\n"
               "TalentBridge Asia Pte Ltd | EA Licence No. 19C4821 | EA Reg. No. R1987654\n"
               "M: +65 9172 6630 | jasmine.koh@talentbridge.example")
AISYAH_SIG = ("Regards,\nNur Aisyah binte Rahmat\nHR Executive, Talent Acquisition\n"
              "Jurong Freightlink Pte Ltd\n21 Penjuru Walk, Singapore 609437\nDID: +65 6268 0415")
FARAH_SIG = ("Farah Aziz\nTalent Acquisition Partner | Kijang Pay Sdn Bhd\n"
             "Level 12, Menara Seri Kijang, Jalan Ampang, 50450 Kuala Lumpur\n+60 3-2181 7700")


# ============================================================================= 01
def case01():
    c = Case("koalacart-calendly-recruiter-screen")
    d1 = off(at("2026-10-02 15:10:44", SYD), 10)
    body = (
        "Hi Wei Ling,\n\n"
        "Thanks for applying for the Data Analyst (Marketplace) role at Koala Cart - your basket "
        "analytics work at Merlion Retail caught my eye.\n\n"
        "I'd love to grab 30 minutes for an intro chat. Pick whatever suits from my Calendly: "
        "https://calendly.com/olivia-grant-koalacart/recruiter-chat\n\n"
        "Heads up on time zones: I'm in Sydney, which is 2 hours ahead of you today, but our daylight "
        "saving kicks in this Sunday (4 Oct), so from next week we'll be 3 hours ahead. Calendly shows "
        "the slots in your local time, so just go by what it says.\n\n"
        "Chat soon,\nOlivia\n\n"
        "Olivia Grant | Talent Partner, Data & Analytics\nKoala Cart Pty Ltd | Surry Hills NSW 2010\n")
    t, _ = mail(("01", "a"), frm=addr(*OLIVIA), to=ME, date=d1,
                subject="Koala Cart - Data Analyst (Marketplace): quick intro chat?", part=alt(("01", "a"), body))
    c.add("olivia-calendly-link.eml", t)

    sent = at("2026-10-03 02:14:37", UTC)
    start, end = at("2026-10-07 10:00"), at("2026-10-07 10:30")
    assert start.astimezone(SYD) == at("2026-10-07 13:00", SYD) and off(start.astimezone(SYD), 11)
    code = meet_code("01", "b")
    cal_uuid = f"{hx('01', 'cu', n=8)}-{hx('01', 'cu2', n=4)}-{hx('01', 'cu3', n=4)}-{hx('01', 'cu4', n=4)}-{hx('01', 'cu5', n=12)}"
    body = (
        "Hi Tan Wei Ling,\n\nA new event has been scheduled.\n\n"
        "Event Type:\nRecruiter Chat - Data Analyst (Marketplace)\n\n"
        "Host:\nOlivia Grant (Koala Cart)\n\n"
        "Event Date/Time:\n10:00am - 10:30am (Singapore Standard Time), Wednesday, October 7, 2026\n\n"
        f"Location:\nThis is a Google Meet web conference.\nhttps://meet.google.com/{code}\n\n"
        "Invitee Time Zone:\nSingapore Standard Time\n\n"
        "Questions:\nWhere are you based, and can you overlap with Sydney business hours?\n"
        "Singapore. Yes - SGT mornings are best for me.\n\n"
        f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{cal_uuid}\n"
        f"Reschedule: https://calendly.com/reschedulings/{cal_uuid}\n\n"
        "Powered by Calendly.com\n")
    ev = vevent(uid=f"{cal_uuid}@calendly.com", seq=0, start=start, end=end, tzid="Z",
                summary="Recruiter Chat - Data Analyst (Marketplace) between Olivia Grant and Tan Wei Ling",
                description=("Event Name: Recruiter Chat - Data Analyst (Marketplace)\n\n"
                             f"Location: This is a Google Meet web conference. https://meet.google.com/{code}\n\n"
                             f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{cal_uuid}\n"
                             f"Reschedule: https://calendly.com/reschedulings/{cal_uuid}\n\nPowered by Calendly.com"),
                location=f"https://meet.google.com/{code}", organizer=OLIVIA,
                attendees=[(OLIVIA[0], OLIVIA[1], "REQ-PARTICIPANT", "ACCEPTED"),
                           ("Tan Wei Ling", OWNER, "REQ-PARTICIPANT", "ACCEPTED")], stamp=sent)
    ics = calendar("-//Calendly//Calendly Scheduling//EN", "REQUEST", [], [ev])
    part = multipart("mixed", [alt(("01", "b"), body, enc_html="b64"),
                               attach_part(ics.encode(), "invite.ics", "text/calendar")], bd("01", "b"))
    t, _ = mail(("01", "b"), frm=addr("Calendly", "notifications@calendly.com"), to=ME, date=sent,
                reply_to=addr(*OLIVIA), mid="calendly.com", relay="o1.ptr4411.calendly.com",
                subject="New Event: Tan Wei Ling - 10:00am Wed, Oct 7, 2026 - Recruiter Chat - Data Analyst (Marketplace)",
                part=part)
    c.add("calendly-confirmed-recruiter-chat.eml", t)
    c.label([iv("Koala Cart", "Data Analyst (Marketplace)", start, end, "scheduled", [OLIVIA[1]], [OLIVIA[1]],
                "phone_screen")], "medium", "positive/calendly-dst-boundary",
            "Sydney recruiter's Calendly link mail (sent Fri 2 Oct, AEST +10:00, says '2 hours ahead') then the "
            "Calendly confirmation for Wed 7 Oct 10:00-10:30 SGT (13:00 AEDT, after Sydney DST on 4 Oct). "
            "Recruiter runs the screen.")


# ============================================================================= 02
def case02():
    c = Case("agency-screen-tmr-2pm-body-only")
    d = at("2026-10-05 16:42:09")
    body = (
        "Hi Wei Ling,\n\n"
        "Thanks for picking up just now, sorry I caught you in the middle of your meeting!\n\n"
        "As discussed, I'll give you a call tmr at 2pm to go through the AVP, Data Analytics role with my "
        "client - a local bank, can't share the name until they shortlist, sorry ya. Should take about "
        "20 mins. Mainly want to understand your SQL/Python exposure, current package and notice period, "
        "so I can position you properly.\n\n"
        "I'll call your HP ending 4417. If anything comes up just WhatsApp me, no problem one.\n\n"
        "Cheers,\n" + JASMINE_SIG + "\n")
    t, _ = mail(("02", "a"), frm=addr(*JASMINE), to=ME, date=d, mid="outlook",
                relay="SG2PR01MB3308.apcprd01.prod.outlook.com",
                subject="AVP Data Analytics (local bank) - call tmr 2pm", part=text_part(body))
    c.add("jasmine-call-tmr.eml", t)
    start = at("2026-10-06 14:00")
    assert start.date() == (d + timedelta(days=1)).date()
    c.label([iv("TalentBridge Asia", "AVP, Data Analytics", start, start + timedelta(minutes=20), "scheduled",
                [JASMINE[1]], [JASMINE[1]], "phone_screen")], "medium", "positive/email-body-relative-date",
            "Agency recruiter confirms a screening call 'tmr at 2pm', about 20 mins; resolved against the Date "
            "header (Mon 5 Oct) -> Tue 6 Oct 14:00 SGT. Bank client unnamed, so company = the agency.")


# ============================================================================= 03
def case03():
    c = Case("agency-job-blast")
    d = at("2026-10-07 08:03:51")
    body = (
        "Hi all,\n\n"
        "Hope you're doing well! PeopleFirst Search is helping several clients grow their data teams this "
        "quarter. If you (or a friend) are open to a move, do reach out:\n\n"
        "1) Data Analyst, Claims Analytics - MNC insurer, Marina Bay | up to $6,500 | hybrid 3 days\n"
        "2) Senior Data Analyst - regional bank, Tanjong Pagar | up to $7,500 + AWS + VB\n"
        "3) BI Analyst (Power BI) - logistics MNC, Tuas | up to $5,800 | company transport from Boon Lay MRT\n"
        "4) Data Analyst (12-mth contract, renewable) - statutory board, one-north | up to $6,000\n"
        "5) Analytics Executive - F&B group, Paya Lebar | up to $4,500 | 5 days office\n\n"
        "Clients are keen to close fast - interviews can be arranged within the same week for suitable "
        "candidates!!\n\n"
        "Interested? Just reply with (1) updated CV in Word format, (2) current & expected salary, "
        "(3) notice period, (4) reason for leaving. Only shortlisted candidates will be notified. Pls don't "
        "call the office line, WhatsApp me at +65 8123 2231 instead.\n\n"
        "Not looking now? No worries, feel free to share with friends - referral fee $300 for successful "
        "placement (T&Cs apply).\n\n"
        "Cheers,\nRyan Ong\nPrincipal Consultant | PeopleFirst Search Pte Ltd\nEA Licence 22C1234 | EA Reg R1765432\n\n"
        "You are receiving this email because you registered with PeopleFirst Search. "
        "To unsubscribe, reply UNSUBSCRIBE.\n")
    t, _ = mail(("03", "a"), frm=addr("Ryan Ong | PeopleFirst Search", RYAN[1]), to="undisclosed-recipients:;",
                date=d, mid="peoplefirst.example", relay="mta-07.peoplefirst.example",
                subject="[HIRING] Data Analyst x5 | Banking / Insurance / Logistics | up to $7.5k | interviews this week!!",
                part=alt(("03", "a"), body, enc_html="b64"),
                extra=[("List-Unsubscribe", f"<mailto:{RYAN[1]}?subject=UNSUBSCRIBE>"), ("Precedence", "bulk")])
    c.add("peoplefirst-hiring-blast.eml", t)
    c.label([], "easy", "negative/recruiter-job-blast",
            "Agency mass mail (undisclosed recipients) listing roles and promising 'interviews this week'; "
            "nothing is booked.")


# ============================================================================= 04
def case04():
    c = Case("mcf-receipt-hackerrank-sql-test")
    d = at("2026-10-08 21:17:02")
    body = (
        "Hi TAN WEI LING,\n\nYour application has been sent.\n\n"
        "Job: Senior Data Analyst (Supply Chain)\nCompany: JURONG FREIGHTLINK PTE. LTD.\n"
        "Job ID: MCF-2026-1048213\nApplied on: 08 Oct 2026\n\n"
        "What happens next?\nThe employer will review your application and contact you directly if you are "
        "shortlisted for an interview. You can check your applications any time under \"My Applications\".\n\n"
        "Beware of job scams: MyCareersFuture will never ask you to pay a fee, or to chat on Telegram or "
        "WhatsApp with an unknown \"HR manager\".\n\n"
        "This is a system-generated email. Please do not reply.\nMyCareersFuture | Workforce Singapore\n")
    t, _ = mail(("04", "a"), frm=addr("MyCareersFuture", "no-reply@mycareersfuture.gov.sg"), to=ME, date=d,
                mid="mycareersfuture.gov.sg", relay="mailer.mycareersfuture.gov.sg",
                subject="Your application has been sent to JURONG FREIGHTLINK PTE. LTD.",
                part=alt(("04", "a"), body, enc_html="b64"))
    c.add("mcf-application-sent.eml", t)
    d2 = at("2026-10-09 02:31:10", UTC)
    body = (
        "Hi Wei Ling,\n\n"
        "Thank you for your interest in the Senior Data Analyst (Supply Chain) position at Jurong Freightlink.\n\n"
        "As the next step in our hiring process, we'd like you to take a timed online assessment on HackerRank.\n\n"
        "Test name: JFL - Data Analyst SQL Test\nQuestions: 4 (3 SQL, 1 multiple choice)\nDuration: 75 minutes\n"
        "Complete by: Fri, 16 Oct 2026, 11:59 PM SGT\n\n"
        f"Start your test: https://www.hackerrank.com/tests/{hx('04', 'hr', n=13)}/login?b={hx('04', 'hrb', n=40)}\n\n"
        "Before you begin:\n- Use a laptop or desktop with the latest Chrome or Firefox; mobile is not supported.\n"
        "- The timer starts once you click \"Start Test\" and cannot be paused.\n"
        "- You can attempt the test only once, so please don't refresh the page.\n"
        "- Try the sample test first to get familiar with the editor.\n\n"
        "Shortlisted candidates will be contacted by our HR team to arrange an interview.\n\n"
        "All the best!\nJurong Freightlink Talent Team\n\n"
        "Need help? Visit https://candidatesupport.hackerrank.com\n")
    t, _ = mail(("04", "b"), frm=addr("Jurong Freightlink Talent Team", "support@hackerrankforwork.com"), to=ME,
                date=d2, reply_to=addr(*AISYAH), mid="hackerrankforwork.com", relay="o3.email.hackerrankforwork.com",
                subject="Jurong Freightlink has invited you to take the SQL Assessment - Senior Data Analyst",
                part=alt(("04", "b"), body))
    c.add("hackerrank-sql-assessment.eml", t)
    c.label([], "medium", "negative/online-assessment",
            "MyCareersFuture application receipt plus a HackerRank timed SQL test with a deadline "
            "(Fri 16 Oct 23:59 SGT); both mention 'interview' but no live conversation is booked.")


# ============================================================================= 05
def case05():
    c = Case("agency-whatsapp-summary-bank-first-round")
    d = at("2026-10-12 11:25:33")
    body = (
        "Hi Wei Ling,\n\n"
        "Putting our WhatsApp convo in writing so you have everything in one place \U0001F60A\n\n"
        "---------- WhatsApp chat ----------\n"
        "[12/10/26, 10:52:14 AM] Jasmine Koh: Hi Wei Ling!! Good news, Straits Harbour Bank shortlisted you "
        "for the AVP Data Analytics role\n"
        "[12/10/26, 10:52:40 AM] Jasmine Koh: 1st round interview 15 Oct (Thu) 10.30am, in person at MBFC "
        "Tower 3, Level 25. Abt 45 mins. Interviewers are Mr Lim Boon Keat (VP, Consumer Analytics) and one "
        "of his team leads\n"
        "[12/10/26, 10:53:02 AM] Jasmine Koh: can or not?\n"
        "[12/10/26, 11:06:51 AM] Tan Wei Ling: Can! Thu morning ok for me \U0001F44D\n"
        "[12/10/26, 11:07:30 AM] Jasmine Koh: Ok great, I confirm with client ya. Pls bring your NRIC for "
        "the security pass\n"
        "-----------------------------------\n\n"
        "Client has confirmed the slot. Some pointers: Boon Keat likes to go deep into past projects, esp "
        "campaign analytics and anything on SAS -> Python migration. Smart casual is fine.\n\n"
        "Report at the Level 1 visitor counter by 10.15am and ask for Grace from TA, she'll bring you up.\n\n"
        "All the best! Call me after ya.\n\n" + JASMINE_SIG + "\n")
    t, _ = mail(("05", "a"), frm=addr(*JASMINE), to=ME, date=d, mid="outlook",
                relay="SG2PR01MB3308.apcprd01.prod.outlook.com",
                subject="Straits Harbour Bank - 1st round interview details (as per WhatsApp)",
                part=alt(("05", "a"), body, enc_plain="b64"))
    c.add("jasmine-whatsapp-summary.eml", t)
    start = at("2026-10-15 10:30")
    c.label([iv("Straits Harbour Bank", "AVP, Data Analytics", start, start + timedelta(minutes=45), "scheduled",
                [], [JASMINE[1]], "hiring_manager")], "medium", "positive/whatsapp-forward",
            "Agency recruiter pastes a WhatsApp exchange ('15 Oct (Thu) 10.30am ... Abt 45 mins ... can or not?' "
            "/ 'Can!') and confirms. Interviewers have no e-mail address in the case, so follow-up goes to the "
            "recruiter.")


# ============================================================================= 06
def case06():
    c = Case("hdb-resale-flat-viewing")
    d = at("2026-10-14 19:48:20")
    body = (
        "Hi Wei Ling,\n\n"
        "Confirming your viewing appt this Sat, 17/10 @ 11am for the 5-room at Blk 462B Jurong West St 41 "
        "(high floor, unblocked view, MOP done). Seller Mdm Wong will be home, pls be punctual ya as she "
        "has another viewing at 11.45am.\n\n"
        "Quick details: 112 sqm, asking $688k, COV not required for serious buyers, seller needs extension "
        "of stay 3 mths. Pls bring your HFE letter if you have it so we can discuss financing on the spot.\n\n"
        "Call me when you reach the void deck. Pls confirm ya!\n\n"
        "Alvin Chua\nSenior Marketing Associate | Orange Homes Realty\nCEA Reg No. R058812K | +65 9655 0183\n")
    t, _ = mail(("06", "a"), frm=addr("Alvin Chua", "alvin.chua@orangehomes.example"), to=ME, date=d,
                subject="Viewing appt confirmed - Blk 462B Jurong West St 41 (5-rm resale) Sat 17/10 11am",
                part=text_part(body))
    c.add("agent-flat-viewing.eml", t)
    c.label([], "easy", "negative/personal-appointment",
            "Property agent confirms an HDB resale flat viewing with a date, time and 'pls confirm ya'; not a job "
            "interview.")


# ============================================================================= 07
def case07():
    c = Case("agency-call-propose-confirm-thread")
    subj = "Data Analyst (Claims Analytics) - MNC insurer - quick call?"
    d1 = at("2026-10-14 09:12:05")
    b1 = ("Hi Wei Ling,\n\n"
          "Thanks for sending over your CV yesterday. One of my clients, an MNC insurer at Marina Bay, is "
          "looking for a Data Analyst in their Claims Analytics team (hybrid, 3 days in office). Your profile "
          "fits quite well, esp the Tableau + Python side.\n\n"
          "Before I submit you, would like a quick 15-min call to understand your background better. Are you "
          "free this Fri (16/10) at 11am or 2.30pm? Whichever easier for you.\n\n"
          "Thanks!\nRyan Ong\nPrincipal Consultant | PeopleFirst Search Pte Ltd | EA Licence 22C1234\n")
    t1, m1 = mail(("07", "a"), frm=addr(*RYAN), to=ME, date=d1, subject=subj, part=text_part(b1))
    c.add("ryan-propose-slots.eml", t1)
    d2 = at("2026-10-14 12:31:40")
    b2 = ("Hi Ryan,\n\nFri 11am can. You can reach me at +65 9384 4417.\n\nThanks!\n" + SIG_ME + "\n\n"
          + gquote(d1, addr(*RYAN), b1))
    t2, m2 = mail(("07", "b"), frm=ME, to=addr(*RYAN), date=d2, subject="Re: " + subj, part=text_part(b2),
                  in_reply_to=m1)
    c.add("weiling-picks-fri-11am.eml", t2)
    d3 = at("2026-10-14 12:58:17")
    b3 = ("Noted with thanks! Will call you Fri 11am sharp. Have a good day :)\n\nRyan\n\n"
          + gquote(d2, ME, b2))
    t3, _ = mail(("07", "c"), frm=addr(*RYAN), to=ME, date=d3, subject="Re: " + subj, part=text_part(b3),
                 in_reply_to=m2, references=f"{m1} {m2}")
    c.add("ryan-noted.eml", t3)
    start = at("2026-10-16 11:00")
    c.label([iv("PeopleFirst Search", "Data Analyst (Claims Analytics)", start, start + timedelta(minutes=15),
                "scheduled", [RYAN[1]], [RYAN[1]], "phone_screen")], "medium", "positive/thread-propose-confirm",
            "Agency recruiter offers Fri 16/10 11am or 2.30pm; the owner picks 11am and the recruiter confirms. "
            "15-min screening call by the recruiter.")


# ============================================================================= 08
def case08():
    c = Case("jurong-thread-chinese-note")
    subj = "Interview Invitation - Senior Data Analyst (Supply Chain) - Jurong Freightlink"
    d1 = at("2026-10-15 10:20:11")
    b1 = ("Dear Wei Ling,\n\n"
          "Thank you for completing our SQL assessment. We are pleased to invite you for a face-to-face "
          "interview with our Head of Supply Chain Analytics.\n\n"
          "Kindly let me know which of the following slots suits you:\n"
          "- Tue, 20/10 - 10.00am\n- Thu, 22/10 - 2.00pm\n\n"
          "The interview will be held at our Jurong office and will take approximately 1 hour.\n\n" + AISYAH_SIG + "\n")
    t1, m1 = mail(("08", "a"), frm=addr(*AISYAH), to=ME, date=d1, subject=subj, mid="outlook",
                  relay="SG2PR06MB5110.apcprd06.prod.outlook.com", part=alt(("08", "a"), b1))
    c.add("aisyah-two-slots.eml", t1)
    d2 = at("2026-10-15 12:45:02")
    b2 = ("Dear Nur Aisyah,\n\nThank you for the invitation. Thu, 22/10 at 2pm works for me.\n\n"
          "May I check if there is visitor parking at the office, or is it easier to take a bus from "
          "Jurong East MRT?\n\nBest regards,\nTan Wei Ling\n\n" + gquote(d1, addr(*AISYAH), b1))
    t2, m2 = mail(("08", "b"), frm=ME, to=addr(*AISYAH), date=d2, subject="Re: " + subj, part=text_part(b2),
                  in_reply_to=m1)
    c.add("weiling-picks-thu.eml", t2)
    d3 = at("2026-10-16 09:05:48")
    b3 = ("Hi Wei Ling,\n\n"
          "Noted with thanks, your interview is confirmed as below. Our GM's office likes the details in both "
          "languages, so the Chinese version is included too.\n\n"
          "Date/Time: 22 Oct 2026 (Thu), 2.00pm - 3.00pm\n"
          "Venue: Jurong Freightlink Pte Ltd, 21 Penjuru Walk, Level 3 Reception, Singapore 609437\n"
          "Interviewer: Mr Goh Chee Meng, Head of Supply Chain Analytics (cc'd)\n\n"
          "面试时间：10月22日（周四）下午2点\n"
          "面试地点：裕廊 Penjuru Walk 21号，三楼前台\n"
          "面试官：吴志明先生（供应链分析主管）\n\n"
          "There are visitor lots at the open-air carpark beside the warehouse. If coming by public transport, "
          "bus 49 from Jurong East Interchange stops right outside. Please bring your NRIC and your latest "
          "payslip for verification.\n\n" + AISYAH_SIG + "\n"
          + oquote(d2, ME, addr(*AISYAH), "Re: " + subj, b2))
    t3, _ = mail(("08", "c"), frm=addr(*AISYAH), to=ME, cc=addr(*GOH), date=d3, subject="RE: " + subj,
                 mid="outlook", relay="SG2PR06MB5110.apcprd06.prod.outlook.com",
                 part=text_part(b3, enc="b64"), in_reply_to=m2, references=f"{m1} {m2}")
    c.add("aisyah-confirmed-bilingual.eml", t3)
    start = at("2026-10-22 14:00")
    c.label([iv("Jurong Freightlink", "Senior Data Analyst (Supply Chain)", start, start + timedelta(hours=1),
                "scheduled", [GOH[1]], [GOH[1]], "hiring_manager")], "medium", "positive/thread-propose-confirm",
            "HR offers Tue 20/10 10am or Thu 22/10 2pm; owner picks Thursday; HR confirms 2.00-3.00pm with the "
            "hiring manager cc'd, plus a Chinese note 面试时间：10月22日（周四）下午2点 (base64 body).")


# ============================================================================= 09
def case09():
    c = Case("kl-fintech-technical-temu-duga-ics")
    d = at("2026-10-16 17:40:26", MYT)
    start, end = at("2026-10-21 15:00", MYT), at("2026-10-21 16:00", MYT)
    zl = zoom_link("kijangpay", "09")
    body = ("Salam sejahtera Cik Tan Wei Ling,\n\n"
            "Jemputan Temu Duga - Data Analyst (Risk)\n"
            "Dengan sukacitanya kami ingin menjemput anda ke sesi temu duga teknikal seperti butiran di bawah. "
            "(English below.)\n\n"
            "Dear Wei Ling,\n\n"
            "Thank you for your interest in Kijang Pay. We'd like to invite you to a technical interview for the "
            "Data Analyst (Risk) role, based in KL with the option to work from our Singapore hub.\n\n"
            "Date: Wednesday, 21 October 2026\n"
            "Time: 3:00 PM - 4:00 PM (MYT, GMT+8 - same as Singapore time)\n"
            f"Platform: Zoom - {zl}\n"
            "Interviewers: Farid Hakim (Lead Data Engineer) and Chong Mei Xin (Senior Risk Analyst)\n\n"
            "Format: 20 mins on a fraud-rule problem, 30 mins live SQL/Python in a shared notebook, 10 mins for "
            "your questions. Please have Python 3 ready and a stable connection.\n\n"
            "The calendar invite is attached. Kindly reply to confirm your attendance. Terima kasih!\n\n"
            + FARAH_SIG + "\n")
    ev = vevent(uid=f"{hx('09', 'uid', n=32)}@kijangpay.example", seq=0, start=start, end=end,
                tzid="Asia/Kuala_Lumpur", summary="Temu Duga / Technical Interview - Data Analyst (Risk) - Tan Wei Ling",
                description=f"Technical interview with Farid Hakim and Chong Mei Xin.\nZoom: {zl}",
                location=zl, organizer=FARAH,
                attendees=[FARID, MEIXIN, ("Tan Wei Ling", OWNER)], stamp=d)
    ics = calendar("-//Kijang Pay//Recruitment Scheduler 2.3//EN", "REQUEST", vtz_olson("Asia/Kuala_Lumpur", "+08"), [ev])
    part = multipart("mixed", [alt(("09", "a"), body), attach_part(ics.encode(), "temu-duga.ics",
                                                                  "text/calendar; method=REQUEST")], bd("09", "m"))
    t, _ = mail(("09", "a"), frm=addr(*FARAH), to=ME, date=d, part=part,
                subject="Jemputan Temu Duga / Interview Invitation - Data Analyst (Risk) - Kijang Pay")
    c.add("kijangpay-temu-duga.eml", t)
    c.label([iv("Kijang Pay", "Data Analyst (Risk)", start, end, "scheduled", [FARID[1], MEIXIN[1]],
                [FARID[1], MEIXIN[1]], "technical")], "easy", "positive/ats-email-with-ics",
            "Bilingual Malay/English invitation ('Jemputan Temu Duga') from a KL fintech with an .ics in "
            "TZID=Asia/Kuala_Lumpur (+08:00, same as SGT). Two technical interviewers.")


# ============================================================================= 10
def case10():
    c = Case("skillsfuture-interview-skills-course")
    d = at("2026-10-19 10:02:55")
    body = ("Dear Tan Wei Ling,\n\n"
            "Thank you for enrolling! Your place in the following course is confirmed.\n\n"
            "Course: Ace the Interview - Storytelling with Data for Job Seekers (TGS-2026051187)\n"
            "Dates: Sat, 24 Oct 2026 & Sat, 31 Oct 2026\nTime: 9.00am - 6.00pm (lunch provided)\n"
            "Venue: Bright Horizon Academy, 1 Jurong West Central 2, #04-18, Singapore 648886\n"
            "Trainer: Ms Vivian Seah, ACTA-certified career coach\n\n"
            "Day 2 includes a mock panel interview role-play with our coaches, so do bring a printed copy of "
            "your resume.\n\n"
            "SkillsFuture Credit claim: $500.00 (approved)\nNett fee payable: $0.00\n\n"
            "Please remember to take attendance via the SFA QR code on both days - a minimum 75% attendance is "
            "required for the SkillsFuture subsidy.\n\n"
            "See you in class!\nBright Horizon Academy Admin Team\nenrol@brighthorizonacademy.example | 6791 2040\n")
    t, _ = mail(("10", "a"), frm=addr("Bright Horizon Academy", "enrol@brighthorizonacademy.example"), to=ME,
                date=d, mid="brighthorizonacademy.example",
                subject="Enrolment Confirmed: Ace the Interview - Storytelling with Data (SkillsFuture Credit)",
                part=alt(("10", "a"), body, enc_html="b64"))
    c.add("skillsfuture-course-confirmed.eml", t)
    c.label([], "medium", "negative/course-mock-interview",
            "SkillsFuture-funded course on interview skills with a mock panel interview role-play; a training "
            "course, not a job interview.")


# ============================================================================= 11
def case11():
    c = Case("owner-interviews-intern-outlook")
    sent = at("2026-10-20 15:12:30")
    start, end = at("2026-10-23 16:00"), at("2026-10-23 16:45")
    subj = "Interview: Data Analytics Intern (Jan-Jun 2027) - Candidate: Marcus Lee Jun Wei"
    paras = ["Hi Daniel, Wei Ling,",
             "Thanks for helping to interview for our Data Analytics internship. The candidate is a Year 3 NUS "
             "Business Analytics student - resume and transcript are in Greenhouse.",
             "Suggested split: Daniel on motivation and team fit, Wei Ling on the SQL/Excel exercise (the usual "
             "sales-by-outlet question is fine).",
             "Please submit your scorecards by EOD Monday so we can close the intern batch."]
    t, _ = outlook_invite(("11",), organizer=SHARON, to=f"{addr(*DANIEL)}; {ME}", subject=subj, sent=sent,
                          start=start, end=end, location="Merlion Retail HQ L7 - Room Sentosa; Microsoft Teams Meeting",
                          paras=paras, attendees=[DANIEL, (OWNER_NAME, OWNER)],
                          sign="Thanks!\nSharon Teo\nTalent Acquisition, Merlion Retail Group")
    c.add("intern-interview-panel.eml", t)
    c.label([], "hard", "negative/user-is-interviewer",
            "Exchange/Teams invite from the owner's current employer asking her to interview an intern candidate; "
            "she is the interviewer, not the candidate.")


# ============================================================================= 12
def case12():
    c = Case("jurong-technical-standalone-ics")
    d = at("2026-10-23 11:32:07")
    start, end = at("2026-10-26 11:00"), at("2026-10-26 12:00")
    zl = zoom_link("jurongfreightlink", "12")
    body = ("Hi Wei Ling,\n\n"
            "Thank you for coming down to our office yesterday. Mr Goh has shared positive feedback and we would "
            "like to invite you for a 2nd round technical interview with our data team:\n\n"
            "Date: Mon, 26/10\nTime: 11am - 12pm\nMode: Zoom (link in the calendar file)\n"
            "Interviewers: Mr Tay Jun Hao (Data Engineering Lead) and Ms Priscilla Wong (Senior Analyst, "
            "Warehouse Operations)\n\n"
            "They will share a small dataset of container movements during the session and ask you to talk "
            "through how you would clean it and build a dwell-time report. No slides needed.\n\n"
            "I've attached the calendar file separately - do accept it so we know you've received it.\n\n"
            + AISYAH_SIG + "\n")
    t, _ = mail(("12", "a"), frm=addr(*AISYAH), to=ME, cc=f"{addr(*TAY)}, {addr(*PRISCILLA)}", date=d,
                mid="outlook", relay="SG2PR06MB5110.apcprd06.prod.outlook.com",
                subject="2nd Round - Technical Interview (Senior Data Analyst) - Mon, 26/10",
                part=alt(("12", "a"), body, enc_plain="b64", enc_html="b64"))
    c.add("aisyah-second-round.eml", t)
    ev = vevent(uid=f"{hx('12', 'uid', n=24).upper()}@zoom.us", seq=0, start=start, end=end,
                tzid="Asia/Singapore", summary="JFL 2nd Round Technical Interview - Tan Wei Ling (Senior Data Analyst)",
                description=(f"Nur Aisyah binte Rahmat is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zl}\n\n"
                             f"Meeting ID: {digits('12', 'zoom', n=11)}\nPasscode: {digits('12', 'pc', n=6)}"),
                location=zl, organizer=AISYAH,
                attendees=[TAY, PRISCILLA, ("Tan Wei Ling", OWNER)], stamp=d)
    c.add("jfl-technical-interview.ics",
          calendar("-//Zoom Video Communications Inc//Zoom//EN", "REQUEST", vtz_olson("Asia/Singapore", "+08"), [ev]))
    c.label([iv("Jurong Freightlink", "Senior Data Analyst (Supply Chain)", start, end, "scheduled",
                [TAY[1], PRISCILLA[1]], [TAY[1], PRISCILLA[1]], "technical")], "easy", "positive/standalone-ics",
            "HR mail 'Mon, 26/10, 11am - 12pm' plus a standalone Zoom .ics (TZID=Asia/Singapore) for the same "
            "2nd-round technical interview; one interview.")


# ============================================================================= 13
def case13():
    c = Case("koalacart-case-presentation-loop")
    d = off(at("2026-10-08 16:20:31", SYD), 11)
    s1, e1 = at("2026-10-27 13:00", SYD), at("2026-10-27 14:00", SYD)
    s2, e2 = at("2026-10-27 14:15", SYD), at("2026-10-27 14:45", SYD)
    s3, e3 = at("2026-10-27 15:00", SYD), at("2026-10-27 15:30", SYD)
    off(s1, 11)
    assert s1.astimezone(SGT) == at("2026-10-27 10:00") and e3.astimezone(SGT) == at("2026-10-27 12:30")
    body = ("Hi Wei Ling,\n\n"
            "Great to chat yesterday - the team loved hearing about your retail basket work. We'd like to move "
            "you to our case stage, which we run as a virtual half-day on Tuesday 27 October:\n\n"
            "- 1:00-2:00pm: Case presentation to Hannah Whitfield (Head of Marketplace Analytics) and Tom Nguyen "
            "(Senior Analyst) - 20 mins presenting, 40 mins Q&A\n"
            "- 2:15-2:45pm: Meet the Marketplace team (Tom and Jess Park, Analytics Engineer)\n"
            "- 3:00-3:30pm: Chat with Ben Carter, our Head of Data\n\n"
            "Those are Sydney times. We switched to daylight saving last Sunday, so we're now 3 hours ahead of "
            "Singapore instead of 2 - you'd start at 10am your time and wrap by 12:30pm.\n\n"
            "I'll send the case brief (an anonymised basket dataset) a week before, plus separate calendar invites "
            "for each block. Shout if the date doesn't work.\n\n"
            "Cheers,\nOlivia\n\nOlivia Grant | Talent Partner, Data & Analytics\nKoala Cart Pty Ltd\n")
    t, _ = mail(("13", "a"), frm=addr(*OLIVIA), to=ME, date=d, part=alt(("13", "a"), body),
                subject="Next step: case presentation with the Marketplace team")
    c.add("olivia-case-stage.eml", t)
    sent = at("2026-10-09 00:05:12", UTC)
    title_sfx = " - Wei Ling Tan (Data Analyst, Marketplace)"
    blocks = [
        ("Koala Cart | Case presentation" + title_sfx, s1, e1, [HANNAH, TOM],
         "Hi Wei Ling - 20 minutes for your case presentation, then Q&A with Hannah and Tom. Share your screen "
         "from Meet; a backup copy of your slides emailed to me beforehand is appreciated."),
        ("Koala Cart | Meet the Marketplace team" + title_sfx, s2, e2, [TOM, JESS],
         "Informal but assessed: Tom and Jess will ask about how you work with engineers and how you'd "
         "instrument a new checkout experiment."),
        ("Koala Cart | Chat with Ben Carter (Head of Data)" + title_sfx, s3, e3, [BEN],
         "Final block of the day with Ben - career goals, what you'd want from the team, and your questions."),
    ]
    for i, (title, s, e, people, desc) in enumerate(blocks):
        t, _ = google_invite(("13", "inv", i), title=title, start=s, end=e, tz=SYD,
                             tz_label="Australian Eastern Time - Sydney", organizer=OLIVIA,
                             guests=[OLIVIA] + people + [("", OWNER)], description=desc,
                             sent=sent + timedelta(minutes=2 * i))
        c.add(["invitation-case-presentation.eml", "invitation-meet-the-team.eml",
               "invitation-head-of-data.eml"][i], t)
    people = [HANNAH[1], TOM[1], JESS[1], BEN[1]]
    c.label([iv("Koala Cart", "Data Analyst (Marketplace)", s1, e3, "scheduled", people, people, "onsite")],
            "hard", "positive/onsite-loop-multi-invite",
            "Virtual case-presentation loop sent as three Google invites (UTC times in the .ics, AEDT in the "
            "text): 13:00-15:30 AEDT (+11:00) = 10:00-12:30 SGT after Sydney's 4 Oct DST start. One onsite "
            "interview; Olivia only coordinates.")


# ============================================================================= 14
def case14():
    c = Case("statboard-panel-rescheduled-sequence")
    d0 = at("2026-10-16 09:15:40")
    body = ("Dear TAN WEI LING,\n\n"
            "Thank you for your application for the position of Senior Data Analyst (Policy Analytics), "
            "Job Requisition R-2026-0417.\n\n"
            "We are pleased to inform you that you have been shortlisted for an interview. Our HR officer will "
            "contact you separately with the interview arrangements.\n\n"
            "You may view the status of your application on the Candidate Home page: "
            "https://wd3.myworkday.com/cda/d/home.htmld\n\n"
            "This is an auto-generated email. Please do not reply.\n\nCivic Data Agency\n")
    t, _ = mail(("14", "a"), frm=addr("Civic Data Agency", "cda@myworkday.com"), to=ME, date=d0,
                mid="myworkday.com", relay="smtp-out2.myworkday.com",
                subject="Update on your application: Senior Data Analyst (Policy Analytics) - R-2026-0417",
                part=alt(("14", "a"), body))
    c.add("workday-shortlisted.eml", t)
    uid = exchange_uid("14", "series")
    subj = "Panel Interview - Senior Data Analyst (Policy Analytics) - Tan Wei Ling"
    panel = [KELVIN, SHUFEN, ARUN, (OWNER_NAME, OWNER)]
    to = "; ".join(addr(*p) for p in panel[3:]) + "; " + "; ".join(addr(*p) for p in panel[:3])
    sign = ("Regards,\nNurul Huda binte Ismail\nSenior Manager (Human Resource)\nCivic Data Agency\n"
            "DID: 6211 0937\n\nCONFIDENTIALITY: This email is intended only for the addressee(s).")
    paras1 = ["Dear Ms Tan,",
              "Thank you for your interest in joining the Civic Data Agency. We are pleased to invite you to a "
              "panel interview over Microsoft Teams.",
              "Panel members:\n- Dr Kelvin Ng, Director, Data Science Division\n- Ms Lee Shu Fen, Deputy Director, "
              "Policy Analytics\n- Mr Arun Pillai, Lead Data Analyst",
              "The interview will last about 1 hour and begins with a 10-minute presentation on a past project of "
              "your choice (please do not include confidential data).",
              "Kindly accept this invitation to confirm your attendance. Should you require any accommodation, "
              "please let me know."]
    s0, e0 = at("2026-10-27 14:30"), at("2026-10-27 15:30")
    t, _ = outlook_invite(("14", "b"), organizer=NURUL, to=to, subject=subj, sent=at("2026-10-19 14:03:22"),
                          start=s0, end=e0, location="Microsoft Teams Meeting", paras=paras1, attendees=panel,
                          uid=uid, seq=0, sign=sign)
    c.add("panel-interview-invite.eml", t)
    s1, e1 = at("2026-10-29 09:30"), at("2026-10-29 10:30")
    paras2 = ["Dear Ms Tan,",
              "Our apologies - Dr Ng has been called to a Ministry meeting on Tuesday afternoon. The panel "
              "interview is therefore moved to Thursday, 29 Oct, 9.30am to 10.30am. All other details, including "
              "the Teams link and the 10-minute presentation, remain the same.",
              "Kindly accept the updated invitation. We apologise for any inconvenience caused."]
    t, _ = outlook_invite(("14", "b"), organizer=NURUL, to=to, subject="Updated: " + subj,
                          sent=at("2026-10-23 18:21:05"), start=s1, end=e1, location="Microsoft Teams Meeting",
                          paras=paras2 + paras1[1:3], attendees=panel, uid=uid, seq=1, sign=sign)
    c.add("updated-panel-interview.eml", t)
    people = [KELVIN[1], SHUFEN[1], ARUN[1]]
    c.label([iv("Civic Data Agency", "Senior Data Analyst (Policy Analytics)", s1, e1, "scheduled", people,
                people, "onsite")], "medium", "positive/reschedule-sequence",
            "Workday shortlist notice, then an Exchange/Teams panel invite (Windows TZID 'Singapore Standard "
            "Time', '(UTC+08:00) Kuala Lumpur, Singapore') for Tue 27 Oct 14:30, updated with the same UID and "
            "SEQUENCE 1 to Thu 29 Oct 09:30-10:30. Three-person panel -> onsite.")


# ============================================================================= 15
def case15():
    c = Case("sf-saas-screen-and-hm-across-us-dst")
    s1, e1 = at("2026-10-29 17:00", LA), at("2026-10-29 17:30", LA)
    s2, e2 = at("2026-11-03 16:00", LA), at("2026-11-03 16:45", LA)
    off(s1, -7); off(s2, -8)
    assert hours_behind_sg(s1) == 15 and hours_behind_sg(s2) == 16
    assert s1.astimezone(SGT) == at("2026-10-30 08:00") and s2.astimezone(SGT) == at("2026-11-04 08:00")
    zl = zoom_link("fogline", "15", "screen")
    t, _ = google_invite(("15", "a"), title="Fogline <> Wei Ling Tan - Recruiter Screen (Sr Data Analyst, APAC)",
                         start=s1, end=e1, tz=LA, tz_label="Pacific Time - Los Angeles", organizer=KAYLA,
                         guests=[KAYLA, ("", OWNER)], meet=False, location=zl,
                         description=("Hi Wei Ling! Looking forward to our chat. I know the time zones are a pain - "
                                      "this should land at 8am Friday your time. Zoom link is in the location.\n\n"
                                      "Kayla"),
                         sent=at("2026-10-26 14:40:09", LA))
    c.add("invitation-recruiter-screen.eml", t)
    d2 = at("2026-10-29 17:52:30", LA)
    body = ("Hi Wei Ling,\n\n"
            "Thanks so much for making time so early on a Friday morning! I really enjoyed hearing about the "
            "demand-forecasting work at Merlion.\n\n"
            "I've shared my notes with Derek Oyelaran, our Director of Revenue Analytics, and he'd love to meet "
            "you. I've put 45 minutes on both of your calendars for Tuesday 11/3 at 4pm Pacific - I won't be on "
            "that one.\n\n"
            "Quick heads-up: US clocks fall back this Sunday (11/1), so the gap to Singapore goes from 15 to 16 "
            "hours. Your calendar should handle it, but please double-check what it shows on your side.\n\n"
            "Derek will likely cover how you'd structure a pricing and packaging analysis for APAC, working with "
            "sales leadership, and your SQL/dbt experience.\n\n"
            "Best,\nKayla\n\nKayla Brooks | Senior Technical Recruiter\nFogline Software, Inc. | San Francisco, CA\n")
    t, _ = mail(("15", "b"), frm=addr(*KAYLA), to=ME, date=d2, part=alt(("15", "b"), body),
                subject="Next step: chat with Derek (Hiring Manager)")
    c.add("kayla-next-step.eml", t)
    eid = hx("15", "gcal", n=26)
    created = at("2026-10-30 00:48:00", UTC)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('15', 'etag', n=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3, seconds=11)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Fogline | Wei Ling Tan <> Derek Oyelaran (Hiring Manager)",
        "description": ("45-minute hiring manager conversation for the Senior Data Analyst, APAC role. "
                        "Derek will dial in from San Francisco.\n\nScheduled by Kayla Brooks."),
        "location": zoom_link("fogline", "15", "hm"),
        "creator": {"email": KAYLA[1], "displayName": KAYLA[0]},
        "organizer": {"email": KAYLA[1], "displayName": KAYLA[0]},
        "start": {"dateTime": s2.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": e2.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": DEREK[1], "displayName": DEREK[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    c.add("fogline-hm-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    c.label([iv("Fogline Software", "Senior Data Analyst, APAC", s1, e1, "scheduled", [KAYLA[1]], [KAYLA[1]],
                "phone_screen"),
             iv("Fogline Software", "Senior Data Analyst, APAC", s2, e2, "scheduled", [DEREK[1]], [DEREK[1]],
                "hiring_manager")], "hard", "positive/two-interviews-us-dst",
            "Two interviews with a San Francisco company across the US fall-back (Nov 1): recruiter screen Thu "
            "29 Oct 17:00 PDT (-07:00, 15 h behind SGT) and hiring-manager call Tue 3 Nov 16:00 PST (-08:00, "
            "16 h behind), both 08:00 SGT the next day. Google invite + mail + Calendar API event.")


# ============================================================================= 16
def case16():
    c = Case("jurong-rejection-after-interviews")
    d = at("2026-11-03 10:15:44")
    body = ("Dear Wei Ling,\n\n"
            "Thank you for taking the time to attend both rounds of interviews with us on 22 Oct and 26 Oct, "
            "and for your interest in the Senior Data Analyst (Supply Chain) position.\n\n"
            "After careful consideration, we regret to inform you that we will not be proceeding further with "
            "your application. The panel was impressed with your SQL skills, but we have decided to go with a "
            "candidate with more hands-on warehouse operations experience.\n\n"
            "With your consent, we will keep your resume in our talent pool for 12 months and reach out should a "
            "suitable opening arise.\n\n"
            "We wish you all the best in your job search.\n\n" + AISYAH_SIG + "\n")
    t, _ = mail(("16", "a"), frm=addr(*AISYAH), to=ME, date=d, mid="outlook",
                relay="SG2PR06MB5110.apcprd06.prod.outlook.com",
                subject="Your application - Senior Data Analyst (Supply Chain)", part=alt(("16", "a"), body))
    c.add("jfl-regret.eml", t)
    c.label([], "medium", "negative/rejection",
            "Rejection that mentions the two past interview dates (22 Oct, 26 Oct); nothing new is scheduled.")


# ============================================================================= 17
def case17():
    c = Case("bank-final-regional-head")
    d1 = at("2026-10-30 19:05:18")
    subj = "SHB final round with Regional Head - 4 Nov (Wed) 4.30pm"
    b1 = ("Hi Wei Ling,\n\n"
          "Boon Keat's feedback was very positive!! Client wants to move you to the final round with their "
          "Regional Head, Data & AI (ASEAN), Mr Rajesh Menon.\n\n"
          "He's based in KL but will be in SG next week, so the slot is 4 Nov (Wed) 4.30pm - 5.15pm, in person "
          "at MBFC Tower 3 L25 again. Usually this round is more strategic - expect qns on how you'd prioritise "
          "analytics use cases across markets and your 3-5 yr plan. No need to prepare slides.\n\n"
          "Their TA (Grace Lau) will send you the calendar invite. Pls confirm ya, then I update client.\n\n"
          + JASMINE_SIG + "\n")
    t1, m1 = mail(("17", "a"), frm=addr(*JASMINE), to=ME, date=d1, subject=subj, mid="outlook",
                  relay="SG2PR01MB3308.apcprd01.prod.outlook.com", part=text_part(b1))
    c.add("jasmine-final-round.eml", t1)
    d2 = at("2026-10-30 20:11:56")
    b2 = ("Hi Jasmine,\n\nConfirm 4 Nov 4.30pm. Thank you so much!!\n\n" + SIG_ME + "\n\n"
          + gquote(d1, addr(*JASMINE), b1))
    t2, _ = mail(("17", "b"), frm=ME, to=addr(*JASMINE), date=d2, subject="Re: " + subj, part=text_part(b2),
                 in_reply_to=m1)
    c.add("weiling-confirms.eml", t2)
    start, end = at("2026-11-04 16:30"), at("2026-11-04 17:15")
    paras = ["Dear Wei Ling,",
             "Thank you for your time so far. Please find the calendar invitation for your final interview with "
             "Mr Rajesh Menon, Regional Head, Data & AI (ASEAN).",
             "Kindly register at the Level 1 visitor counter of MBFC Tower 3 with your NRIC about 15 minutes "
             "before the interview."]
    t, _ = outlook_invite(("17", "c"), organizer=GRACE, to=f"{ME}; {addr(*RAJESH)}",
                          subject="Final Interview: Tan Wei Ling - AVP, Data Analytics (Consumer Banking)",
                          sent=at("2026-11-02 09:47:31"), start=start, end=end,
                          location="SHB MBFC Tower 3, Level 25 - Meeting Room 25-07", paras=paras,
                          attendees=[RAJESH, (OWNER_NAME, OWNER)], teams=False,
                          sign="Best regards,\nGrace Lau\nTalent Acquisition | Straits Harbour Bank")
    c.add("final-interview-invite.eml", t)
    c.label([iv("Straits Harbour Bank", "AVP, Data Analytics (Consumer Banking)", start, end, "scheduled",
                [RAJESH[1]], [RAJESH[1]], "hiring_manager")], "easy", "positive/dedupe-email-and-invite",
            "Agency mail '4 Nov (Wed) 4.30pm - 5.15pm', the owner's confirmation, and the bank's in-person "
            "Exchange invite (no Teams) for the final with the regional head; one interview.")


# ============================================================================= 18
def case18():
    c = Case("kl-fintech-hm-round-cancelled")
    start, end = at("2026-11-05 11:00", MYT), at("2026-11-05 11:45", MYT)
    uid = f"{hx('18', 'uid', n=32)}@kijangpay.example"
    subj = "Hiring Manager Interview - Data Analyst (Risk) - Thu, 5 Nov"
    d1 = at("2026-10-26 10:30:02", MYT)
    gm = f"https://meet.google.com/{meet_code('18')}"
    b1 = ("Hi Wei Ling,\n\n"
          "Tahniah! You've cleared the technical round. The next step is a 45-minute conversation with Encik "
          "Hafiz Rahman, our Head of Risk Analytics.\n\n"
          "Date: Thursday, 5 November 2026\nTime: 11:00 AM - 11:45 AM MYT (same as SGT)\n"
          f"Google Meet: {gm}\n\n"
          "The calendar invite is attached. Hafiz is keen to hear about the churn model you mentioned to Farid.\n\n"
          + FARAH_SIG + "\n")

    def ics(method, seq, status, stamp):
        ev = vevent(uid=uid, seq=seq, start=start, end=end, tzid="Asia/Kuala_Lumpur",
                    summary="Hiring Manager Interview - Data Analyst (Risk) - Tan Wei Ling",
                    description=f"Interview with Hafiz Rahman (Head of Risk Analytics).\nGoogle Meet: {gm}",
                    location=gm, organizer=FARAH, attendees=[HAFIZ, ("Tan Wei Ling", OWNER)], stamp=stamp,
                    status=status)
        return calendar("-//Kijang Pay//Recruitment Scheduler 2.3//EN", method,
                        vtz_olson("Asia/Kuala_Lumpur", "+08"), [ev])

    part = multipart("mixed", [alt(("18", "a"), b1), attach_part(ics("REQUEST", 0, "CONFIRMED", d1).encode(),
                                                                 "interview.ics", "text/calendar; method=REQUEST")],
                     bd("18", "a"))
    t1, m1 = mail(("18", "a"), frm=addr(*FARAH), to=ME, cc=addr(*HAFIZ), date=d1, subject=subj, part=part)
    c.add("kijangpay-hm-invite.eml", t1)
    d2 = at("2026-10-30 16:55:40", MYT)
    b2 = ("Hi Wei Ling,\n\n"
          "Saya mohon maaf - I'm sorry to share that we need to cancel next Thursday's interview with Encik Hafiz. "
          "The Risk Analytics headcount has been put on hold pending our 2027 budget review, and we don't want to "
          "take up your time until it is re-approved.\n\n"
          "If the role reopens in Q1 I'll reach out to you first. Terima kasih atas pemahaman anda.\n\n"
          + FARAH_SIG + "\n")
    part = multipart("mixed", [alt(("18", "b"), b2), attach_part(ics("CANCEL", 1, "CANCELLED", d2).encode(),
                                                                 "cancel.ics", "text/calendar; method=CANCEL")],
                     bd("18", "b"))
    t2, _ = mail(("18", "b"), frm=addr(*FARAH), to=ME, cc=addr(*HAFIZ), date=d2, part=part,
                 subject="PEMBATALAN / Cancelled: " + subj, in_reply_to=m1)
    c.add("kijangpay-cancelled.eml", t2)
    c.label([iv("Kijang Pay", "Data Analyst (Risk)", start, end, "cancelled", [HAFIZ[1]], [HAFIZ[1]],
                "hiring_manager")], "medium", "positive/cancellation",
            "Hiring-manager round Thu 5 Nov 11:00-11:45 MYT (+08:00) invited with an .ics, then cancelled by mail "
            "with METHOD:CANCEL / STATUS:CANCELLED, same UID, SEQUENCE 1 (headcount on hold).")


# ============================================================================= 19
def case19():
    c = Case("current-job-year-end-dinner")
    paras = ["Dear all,",
             "It's that time of the year again! Join us for the Merlion Retail Year-End Dinner - a 10-course "
             "Chinese banquet with lo hei, lucky draw (top prize: 2 return tickets to Tokyo) and our long-service "
             "awards.",
             "Dress code: something red or gold. Halal and vegetarian tables are available - please indicate "
             "your dietary requirements in the FormSG RSVP by Fri, 6 Nov.",
             "Department heads, please nominate one performer each for the 'Merlion Got Talent' segment."]
    t, _ = outlook_invite(("19",), organizer=CHERYL, to=f"All Staff SG <allstaff.sg@merlionretail.example>; {ME}",
                          subject="Merlion Retail Year-End Dinner 2026 - Save the date!",
                          sent=at("2026-11-02 10:00:12"), start=at("2026-11-20 18:30"), end=at("2026-11-20 22:30"),
                          location="Golden Phoenix Seafood Restaurant, Level 3, 8 Scotts Road", paras=paras,
                          attendees=[("All Staff SG", "allstaff.sg@merlionretail.example"), (OWNER_NAME, OWNER)],
                          teams=False, sign="Cheers,\nCheryl Lim\nPeople & Culture, Merlion Retail Group")
    c.add("year-end-dinner-invite.eml", t)
    c.label([], "easy", "negative/internal-event",
            "Current employer's CNY-style year-end banquet invite (Exchange, Fri 20 Nov 18:30); not a job interview.")


# ============================================================================= 20
def case20():
    c = Case("statboard-cdo-chat-monday-body-only")
    d = at("2026-11-06 17:05:27")
    tl = teams_link("20")
    body = ("Dear Ms Tan,\n\n"
            "Thank you for attending the panel interview on 29 Oct.\n\n"
            "Before the panel finalises its recommendation, our Chief Data Officer, Ms Joanne Teo (cc'd), would "
            "like a short follow-up conversation with you. She has set aside Mon at 9.30am for this - it will be "
            "a 30-minute conversation over Teams, and I have blocked the slot under your name.\n\n"
            "No preparation is needed, but she may ask for your views on data-sharing between agencies and how "
            "you would explain a model's limitations to a policy officer.\n\n"
            f"Microsoft Teams link:\n{tl}\n\n"
            "Regards,\nNurul Huda binte Ismail\nSenior Manager (Human Resource)\nCivic Data Agency\n")
    t, _ = mail(("20", "a"), frm=addr(*NURUL), to=ME, cc=addr(*JOANNE), date=d, mid="outlook",
                relay="SG2PR03MB6643.apcprd03.prod.outlook.com",
                subject="Follow-up conversation with our Chief Data Officer", part=text_part(body))
    c.add("nurul-cdo-followup.eml", t)
    start = at("2026-11-09 09:30")
    assert start.strftime("%a") == "Mon" and 0 < (start - d).days < 7
    c.label([iv("Civic Data Agency", "Senior Data Analyst (Policy Analytics)", start,
                start + timedelta(minutes=30), "scheduled", [JOANNE[1]], [JOANNE[1]], "hiring_manager")],
            "hard", "positive/email-body-relative-date",
            "Body-only follow-up with the Chief Data Officer 'Mon at 9.30am', 30 minutes; sent Fri 6 Nov, so "
            "Monday = 9 Nov. Role only implied by the earlier panel (same agency, same requisition).")


# ============================================================================= 21
def case21():
    c = Case("telegram-job-scam")
    d = at("2026-11-07 13:22:09")
    body = ("Dear Candidate,\n\n"
            "Congratulations! We found your resume on JobStreet and you are suitable for our REMOTE DATA ANALYST "
            "(PART-TIME) position with ShopNow Asia.\n\n"
            "Job scope: help our merchants boost product ratings, 30-60 mins daily on your handphone.\n"
            "Salary: $350 - $800 per day, paid daily via PayNow or USDT.\n"
            "No experience needed, age 23-55, Singaporean/PR only.\n\n"
            "Online interview is conducted via Telegram. Please add our HR Manager Ms Cindy (Telegram: "
            "@ShopNowAsia_HR_Cindy) and send the code SG-DA-88 to start your interview today. Limited slots!!\n\n"
            "Best Regards,\nHR Department\nShopNow Asia Recruitment\n")
    t, _ = mail(("21", "a"), frm=addr("ShopNow Asia HR", "hr.recruit@shopnow-asia-careers.example"), to=ME,
                date=d, mid="shopnow-asia-careers.example", relay="vps-4418.hosting-cheap.example",
                subject="Congratulations Wei Ling! Shortlisted for Remote Data Analyst (Part-Time) - $350/day",
                part=alt(("21", "a"), body, enc_html="b64"))
    c.add("shortlisted-telegram-interview.eml", t)
    c.label([], "easy", "negative/scam",
            "Task-scam 'recruiter' offering an 'online interview via Telegram' and daily pay; not a real interview.")


# ============================================================================= 22
def case22():
    c = Case("bank-offer-sign-lo")
    d = at("2026-11-10 14:20:03")
    body = ("Hi Wei Ling,\n\n"
            "CONGRATS!!! \U0001F389 Straits Harbour Bank has extended the offer for AVP, Data Analytics (Consumer "
            "Banking). Thanks for going through all the interviews so patiently.\n\n"
            "Summary:\n- Base $8,200/mth x 13 months + AVB target 2 months\n- 18 days AL, flexi-benefits $1,200/yr\n"
            "- Start date: 4 Jan 2027 (Mon) - can discuss if your notice is 1 month\n\n"
            "The LO will come from Grace via DocuSign later today - pls sign the LO by Fri (13/11) ya. Once signed, "
            "tender your resignation and let me know your last day.\n\n"
            "If your boss counter-offers, call me first, we can talk it through.\n\n" + JASMINE_SIG + "\n")
    t, _ = mail(("22", "a"), frm=addr(*JASMINE), to=ME, date=d, mid="outlook",
                relay="SG2PR01MB3308.apcprd01.prod.outlook.com",
                subject="Congrats!! SHB offer - pls sign the LO by Fri", part=alt(("22", "a"), body, enc_plain="b64"))
    c.add("jasmine-offer-sign-lo.eml", t)
    c.label([], "easy", "negative/offer",
            "Agency recruiter announces the offer and asks the owner to sign the letter of offer (LO) by Fri 13/11; "
            "only past interviews are mentioned.")


# ============================================================================= output
DST_POINTS = [
    "01: Olivia's mail is dated Fri 2 Oct 15:10 +1000 (AEST) and says Sydney is 2 h ahead; Sydney DST starts "
    "Sun 4 Oct, so the Calendly screen Wed 7 Oct 10:00 SGT is 13:00 AEDT (+11:00); the .ics is in UTC (02:00Z).",
    "02: 'tmr at 2pm' resolved against Date Mon 5 Oct 16:42 +0800 -> Tue 6 Oct 14:00 +08:00.",
    "09 and 18: Kijang Pay (Kuala Lumpur) uses MYT, TZID=Asia/Kuala_Lumpur, +08:00 = SGT; mail Dates +0800.",
    "11, 14, 17, 19: Exchange invites with Windows TZID 'Singapore Standard Time' and the label "
    "'(UTC+08:00) Kuala Lumpur, Singapore'.",
    "12: standalone Zoom .ics with TZID=Asia/Singapore (VTIMEZONE +0800).",
    "13: Olivia's mail is dated Thu 8 Oct +1100 (AEDT); loop 13:00-15:30 AEDT on Tue 27 Oct = 10:00-12:30 SGT "
    "(3 h gap after Sydney DST began 4 Oct; it was 2 h before); Google .ics times are UTC (02:00Z-04:30Z).",
    "15: San Francisco, America/Los_Angeles. Screen Thu 29 Oct 17:00 PDT (-07:00) = Fri 30 Oct 08:00 SGT "
    "(15 h behind); US falls back Sun 1 Nov; HM call Tue 3 Nov 16:00 PST (-08:00) = Wed 4 Nov 08:00 SGT "
    "(16 h behind). Mail Date -0700; Calendar API event with timeZone America/Los_Angeles.",
    "20: 'Mon at 9.30am' resolved against Date Fri 6 Nov 17:05 +0800 -> Mon 9 Nov 09:30 +08:00.",
]


def write_readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind333: Singapore job search, Singlish/Chinese/Malay mail, SG-KL-Sydney-SF time zones (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a data analyst living in Singapore (Asia/Singapore, UTC+08:00, "
        "no DST), currently at Merlion Retail Group.",
        "",
        "This set was written blind: only the eval README (label schema and rules) and a few dev files for "
        "format were read; no tool code, tests or other sets.",
        "",
        "## What it stresses",
        "- Singapore English as agencies and HR write it ('can or not?', 'pls confirm ya', 'tmr', 'Tue, 20/10', "
        "'15 Oct (Thu) 10.30am'), a WhatsApp chat pasted into mail, a Chinese confirmation note "
        "(面试时间：10月22日（周四）下午2点) and Malay lines ('Jemputan Temu Duga', 'PEMBATALAN').",
        "- Time zones where SG shares +08:00 with KL, Sydney moves to +11:00 on 4 Oct, and San Francisco is 15 then "
        "16 hours behind across the 1 Nov US change.",
        "- Dedupe (mail + invite + Calendar API), a 3-invite virtual loop, a SEQUENCE reschedule, a METHOD:CANCEL "
        "cancellation, relative dates, propose/confirm threads, two interviews in one case.",
        "- Hard negatives: agency job blast, MyCareersFuture receipt + HackerRank SQL test, HDB flat viewing, "
        "SkillsFuture interview-skills course with a mock panel, the owner interviewing an intern, a company "
        "year-end banquet, a rejection, a Telegram task scam, an offer ('pls sign the LO').",
        "",
        "## Counts",
        f"- Cases: {len(LABELS)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}",
        "",
        "## Formats",
        "- .eml: text/plain (quoted-printable, base64, UTF-8 with emoji and CJK), multipart/alternative "
        "plain+HTML, threads with In-Reply-To/References (Gmail and Outlook quoting).",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html, text/calendar "
        "method=REQUEST, invite.ics attachment): cases 13, 15.",
        "- Exchange/Teams invites (multipart/alternative with text/calendar, Windows TZID, X-MICROSOFT-CDO-*): "
        "cases 11, 14, 17, 19.",
        "- Calendly confirmation with invite.ics (01); HR/ATS mails with .ics attachments, REQUEST and CANCEL "
        "(09, 18); Workday (14), MyCareersFuture and HackerRank (04) system mails.",
        "- Standalone .ics (12); Google Calendar API v3 event .gcal.json with \"self\": true (15).",
        "",
        "## Time-zone / DST / relative-date points",
    ] + [f"- {p}" for p in DST_POINTS] + [""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for p in sorted(OUT.glob("b333-*")):
        shutil.rmtree(p)
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for c in CASES:
        d = OUT / c.dir
        d.mkdir()
        for name, data in c.items:
            (d / name).write_bytes(data)
    assert set(LABELS) == {c.dir for c in CASES}
    text = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=100)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind333 (written blind). Schema: /work/shared/eval/README.md\n" + text, encoding="utf-8")
    write_readme()
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
