#!/usr/bin/env python3
"""Regenerate the blind216 evaluation set (Istanbul supply chain manager, TR/DE/AE).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (derived from
sha256 of fixed seeds).  Standard library + PyYAML + zoneinfo only.

    python make_cases.py      # rewrites every b216-* folder and labels.yaml here
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "selin.karakaya@example.com"
OWNER_NAME = "Selin Karakaya"

IST = ZoneInfo("Europe/Istanbul")   # TRT, UTC+3 all year
BER = ZoneInfo("Europe/Berlin")     # CEST until 25 Oct 2026 03:00, then CET
DXB = ZoneInfo("Asia/Dubai")        # GST, UTC+4 all year
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc


# ---------------------------------------------------------------- dates
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


_WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}


def wd(dt, name):
    """Assert that dt falls on the weekday named in the text (en/tr/de)."""
    for names in _WD.values():
        if name in names:
            assert names.index(name) == dt.weekday(), (dt, name)
            return name
    raise AssertionError("unknown weekday " + name)


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


TR_MON = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
TR_DAY = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
TR_MONTH_FULL = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                 "Eylül", "Ekim", "Kasım", "Aralık"]


# ---------------------------------------------------------------- ids
def hx(seed, n=16, alphabet="0123456789ABCDEF"):
    out, i = [], 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}:{i}".encode()).digest():
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def lhx(seed, n=16):
    return hx(seed, n, "0123456789abcdef")


def alnum(seed, n=16):
    return hx(seed, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def guid(seed):
    h = lhx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def outlook_msgid(seed, region="EUR"):
    a = hx(seed, 40)
    pod = {"EUR": "AM9PR04MB", "GBR": "DB8PR10MB", "AUS": "DU2PR07MB"}[region]
    n = hx(seed + "n", 4, "0123456789")
    dc = {"EUR": "eurprd04", "GBR": "eurprd10", "AUS": "eurprd07"}[region]
    return f"<{pod}{n}{a}@{pod}{n}.{dc}.prod.outlook.com>"


def gmail_msgid(seed):
    return "<CA" + alnum(seed, 46).replace("+", "x") + "@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# ---------------------------------------------------------------- headers
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def A(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def AL(*pairs):
    return ", ".join(A(n, e) for n, e in pairs)


# ---------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, body, cte="7bit", headers=()):
        self.ctype, self.body, self.cte, self.headers = ctype, body, cte, list(headers)


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None):
        self.subtype, self.boundary, self.parts, self.preamble = subtype, boundary, parts, preamble


def _encode(body, cte):
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    text = data.decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def render(node):
    """Return (header lines, body text) for a MIME node."""
    if isinstance(node, Leaf):
        hl = ["Content-Type: " + node.ctype]
        hl += node.headers
        hl.append("Content-Transfer-Encoding: " + node.cte)
        return hl, _encode(node.body, node.cte)
    hl = [f'Content-Type: multipart/{node.subtype};\n\tboundary="{node.boundary}"']
    out = []
    if node.preamble:
        out.append(node.preamble + "\n\n")
    for p in node.parts:
        ph, pb = render(p)
        out.append(f"--{node.boundary}\n" + "\n".join(ph) + "\n\n" + pb)
    out.append(f"--{node.boundary}--\n")
    return hl, "".join(out)


def eml(headers, root):
    ph, pb = render(root)
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines + ph) + "\n\n" + pb


def text_to_html(text, font="Calibri,Arial,sans-serif", size="11pt"):
    """Plain text -> simple client-style HTML; 'label<https://x>' becomes a link."""
    def conv(s):
        pieces = re.split(r"<(https?://[^>\s]+)>", s)
        out = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                out.append(html.escape(piece, quote=False))
            else:
                out.append(f'&lt;<a href="{html.escape(piece)}">{html.escape(piece, quote=False)}</a>&gt;')
        return "".join(out)
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(conv(l) for l in p.split("\n")) + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{body}\n</div></body></html>\n')


def gmail_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    inner = "<br><br>".join("<br>".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras)
    return f'<div dir="ltr">{inner}</div>\n'


def quote_gmail(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def gmail_attrib_tr(dt, name, email):
    d = dt
    return (f"{TR_DAY[d.weekday()]}, {d.day} {TR_MON[d.month - 1]} {d.year}, saat "
            f"{d.strftime('%H:%M')} tarihinde {name} <{email}> şunu yazdı:")


def gmail_attrib_en(dt, name, email):
    d = dt
    return (f"On {_WD['en'][d.weekday()][:3]}, {d.day} {d.strftime('%b')} {d.year} at "
            f"{d.strftime('%H:%M')}, {name} <{email}> wrote:")


def outlook_quote_tr(frm, dt, to, subject, text, cc=None):
    d = dt
    sent = f"{d.day} {TR_MONTH_FULL[d.month - 1]} {d.year} {_WD['tr'][d.weekday()]} {d.strftime('%H:%M')}"
    lines = ["________________________________", f"Kimden: {frm}", f"Gönderildi: {sent}", f"Kime: {to}"]
    if cc:
        lines.append(f"Bilgi: {cc}")
    lines.append(f"Konu: {subject}")
    return "\n".join(lines) + "\n\n" + text.strip("\n")


def received(host, ip, by, dt, seed):
    t = dt - timedelta(seconds=3)
    return (f"from {host} ({host} [{ip}])\n        by {by} with ESMTPS id {lhx(seed, 12)}\n"
            f"        for <{OWNER}>; {rfc(t)}")


def ob_received(dt, seed, pod="EUR05-AM6-obe"):
    host = f"{pod}.outbound.protection.outlook.com"
    return received(host, "40.107.22." + str(int(lhx(seed, 2), 16) % 200 + 20), "mx.example.com", dt, seed)


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    chunks, first = [], True
    while True:
        take = 75 if first else 74
        if len(b) <= take:
            chunks.append(b)
            break
        cut = take
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        first = False
    return [chunks[0].decode("utf-8")] + [" " + c.decode("utf-8") for c in chunks[1:]]


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "".join(f + "\r\n" for l in lines for f in fold(l))


TZ_WEUROPE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
TZ_TURKEY = [
    "BEGIN:VTIMEZONE", "TZID:Turkey Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE",
]
TZ_ARABIAN = [
    "BEGIN:VTIMEZONE", "TZID:Arabian Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400",
    "TZOFFSETTO:+0400", "END:DAYLIGHT", "END:VTIMEZONE",
]
TZ_OLSON_IST = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Istanbul", "X-LIC-LOCATION:Europe/Istanbul",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:+03",
    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
]
WIN_TZ = {"W. Europe Standard Time": (TZ_WEUROPE, BER), "Turkey Standard Time": (TZ_TURKEY, IST),
          "Arabian Standard Time": (TZ_ARABIAN, DXB)}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, extra=""):
    r = "TRUE" if rsvp else "FALSE"
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={name}{extra}:mailto:{email}"


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 16) + "00000000000000001000000" + hx(seed + "u", 32)


def outlook_ics(*, seed, method, tzid, organizer, attendees, summary, desc, start, end, dtstamp,
                seq=0, location="Microsoft Teams Meeting", lang="en-US", teams_url=None,
                status="CONFIRMED"):
    tzblock, tz = WIN_TZ[tzid]
    assert start.tzinfo is tz and end.tzinfo is tz
    cancel = method == "CANCEL"
    ev = [
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        *attendees,
        f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}",
        f"UID:{outlook_uid(seed)}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{ical_local(start)}",
        f"DTEND;TZID={tzid}:{ical_local(end)}",
        "CLASS:PUBLIC",
        "PRIORITY:1" if cancel else "PRIORITY:5",
        f"DTSTAMP:{ical_utc(dtstamp)}",
        "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if cancel else status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(lhx(seed + 'o', 8), 16) % 2000000000}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        f"X-MICROSOFT-CDO-IMPORTANCE:{'2' if cancel else '1'}",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams_url:
        ev += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
               'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
               "ACTION:DISPLAY", "END:VALARM"]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0", *tzblock, "BEGIN:VEVENT", *ev, "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ---------------------------------------------------------------- Teams blocks
def teams(seed, lang="en"):
    mid = alnum(seed + "m", 40)
    tid, oid = guid(seed + "t"), guid(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    digits = hx(seed + "id", 12, "0123456789")
    meeting_id = f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    pc = alnum(seed + "pc", 6)
    loc = {"en": "en-US", "tr": "tr-TR", "de": "de-DE"}[lang]
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{mid}@thread.v2&messageId=0&language={loc}")
    bar = "_" * 80
    if lang == "en":
        body = ["Microsoft Teams meeting", "Join on your computer, mobile app or room device",
                f"Click here to join the meeting<{url}>", f"Meeting ID: {meeting_id}", f"Passcode: {pc}",
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>"]
    elif lang == "tr":
        body = ["Microsoft Teams toplantısı", "Bilgisayarınızda, mobil uygulamanızda veya oda cihazınızda katılın",
                f"Toplantıya katılmak için buraya tıklayın<{url}>", f"Toplantı Kimliği: {meeting_id}",
                f"Geçiş Kodu: {pc}",
                "Teams'i indirin<https://www.microsoft.com/tr-tr/microsoft-teams/download-app> | "
                "Web'de katılın<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Daha fazla bilgi edinin<https://aka.ms/JoinTeamsMeeting> | Toplantı seçenekleri<{opts}>"]
    else:
        body = ["Microsoft Teams-Besprechung",
                "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
                f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>",
                f"Besprechungs-ID: {meeting_id}", f"Kennung: {pc}",
                "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
                "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<{opts}>"]
    return bar + "\n" + "\n".join(body) + "\n" + bar, url


def outlook_invite_eml(*, seed, frm, to, cc=(), subject, date, text, ics_text, method="REQUEST",
                       lang="en-US", pod="EUR05-AM6-obe", extra=()):
    """Exchange/Outlook meeting request: multipart/alternative plain+html+calendar."""
    b = f"_000_{hx(seed + 'b', 40)}prodoutlookcom_"
    root = Multi("alternative", b, [
        Leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        Leaf('text/html; charset="utf-8"', text_to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        Leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, "base64"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", ob_received(date, seed, pod)),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", A(*frm)),
        ("To", AL(*to)),
        ("CC", AL(*cc) if cc else None),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(re.sub(r"^(Canceled|İptal edildi|Abgesagt): ", "", subject))),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfc(date)),
        ("Message-ID", outlook_msgid(seed)),
        ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(hashlib.sha256((seed + "s").encode()).digest()[:36]).decode()),
        ("x-ms-publictraffictype", "Email"),
        *extra,
    ]
    return eml(heads, root)


def outlook_mail_eml(*, seed, frm, to, cc=(), subject, date, text, in_reply_to=None, references=None,
                     lang="tr-TR", cte="quoted-printable", pod="EUR05-AM6-obe"):
    """Plain human e-mail from Outlook / Exchange Online."""
    b = f"_000_{hx(seed + 'b', 40)}prodoutlookcom_"
    root = Multi("alternative", b, [
        Leaf('text/plain; charset="utf-8"', text, cte),
        Leaf('text/html; charset="utf-8"', text_to_html(text), cte),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", ob_received(date, seed, pod)),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", A(*frm)),
        ("To", AL(*to)),
        ("CC", AL(*cc) if cc else None),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(re.sub(r"^(RE|YNT|AW|Re|Ynt): ", "", subject))),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfc(date)),
        ("Message-ID", outlook_msgid(seed)),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return eml(heads, root)


def gmail_eml(*, seed, frm, to, cc=(), subject, date, text, in_reply_to=None, references=None,
              cte="quoted-printable"):
    """Human e-mail written in Gmail / Google Workspace."""
    b = "000000000000" + lhx(seed + "b", 16)
    root = Multi("alternative", b, [
        Leaf('text/plain; charset="UTF-8"', text, cte),
        Leaf('text/html; charset="UTF-8"', gmail_html(text), cte),
    ])
    n = int(lhx(seed + "ip", 2), 16) % 60 + 10
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received(f"mail-sor-f{n}.google.com", f"209.85.220.{n}", "mx.example.com", date, seed)),
        ("Return-Path", f"<{frm[1]}>"),
        ("Date", rfc(date)),
        ("References", references),
        ("In-Reply-To", in_reply_to),
        ("Message-ID", gmail_msgid(seed)),
        ("Subject", hdr(subject)),
        ("From", A(*frm)),
        ("To", AL(*to)),
        ("Cc", AL(*cc) if cc else None),
    ]
    return eml(heads, root)


# ---------------------------------------------------------------- writing
CASES = {}     # case id -> list of (filename, bytes/str)
LABELS = {}


def case(cid, files, label):
    assert re.fullmatch(r"b216-\d\d-[a-z0-9-]+", cid), cid
    names = [f for f, _ in files]
    assert names == sorted(names), names
    for f in names:
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)", f), f
        assert f[:2] == f"{names.index(f) + 1:02d}", f
    CASES[cid] = files
    label = dict(label)
    base = {"user": OWNER}
    base.update(label)
    base.setdefault("source", "synthetic")
    LABELS[cid] = base


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def vendor_html(text, brand, color="#5c2d91", footer=""):
    """Table-based transactional HTML as ATS / job-board senders produce."""
    inner = text_to_html(text, "Arial,Helvetica,sans-serif", "14px")
    inner = inner[inner.index('<div'):inner.rindex('</body>')]
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"></head><body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            f'<tr><td style="background:{color};color:#ffffff;font:bold 18px Arial;padding:16px 24px">'
            f'{html.escape(brand)}</td></tr><tr><td style="padding:24px">{inner}</td></tr>'
            f'<tr><td style="padding:12px 24px;color:#888888;font:11px Arial">{html.escape(footer)}</td></tr>'
            '</table></td></tr></table></body></html>\n')


def java_boundary(seed, ts):
    return f"----=_Part_{int(lhx(seed, 6), 16) % 900000 + 100000}_{int(lhx(seed + 'x', 8), 16) % 900000000 + 100000000}.{int(ts.timestamp() * 1000)}"


def java_msgid(seed, ts, host):
    return f"<{int(lhx(seed, 8), 16)}.{int(lhx(seed + 'y', 5), 16)}.{int(ts.timestamp() * 1000)}@{host}>"


# ================================================================ cases 01-11
def c01():
    cid = "b216-01-kariyernet-phone-screen-yarin"
    d = T(IST, 2026, 10, 5, 16, 42, 10)
    wd(d, "Pazartesi")
    start = (d + timedelta(days=1)).replace(hour=14, minute=0, second=0)   # "yarın saat 14:00'te"
    wd(start, "Salı")
    end = start + timedelta(minutes=30)
    text = """Merhaba Selin Karakaya,

Marmara Beyaz Eşya A.Ş. firması, "Tedarik Zinciri Müdürü" ilanına yaptığın başvuru ile ilgili sana bir mesaj gönderdi.

------------------------------------------------------------
Firma mesajı:

Selin Hanım merhaba,

Manisa fabrikamız için açtığımız Tedarik Zinciri Müdürü ilanımıza yaptığınız başvuru için teşekkür ederiz. Özgeçmişinizi ilgiyle inceledik ve ilk aşama olarak sizinle kısa bir telefon görüşmesi yapmak istiyoruz.

Uygunsanız yarın saat 14:00'te özgeçmişinizdeki cep telefonu numaranızdan sizi arayacağım. Ön görüşme yaklaşık 30 dakika sürecek; S&OP, tedarikçi yönetimi deneyiminiz ve ücret beklentiniz üzerine konuşacağız.

Bu saat size uymuyorsa lütfen bana doğrudan e-posta ile dönüş yapın: burcu.tas@marmarabeyaz.example

Saygılarımla,
Burcu Taş
İnsan Kaynakları Uzmanı
Marmara Beyaz Eşya A.Ş.
------------------------------------------------------------

Mesaja yanıt vermek için Kariyer.net hesabındaki Mesajlarım sayfasını ziyaret edebilirsin:
https://www.kariyer.net/mesajlarim

Başarılar dileriz,
Kariyer.net Ekibi
"""
    footer = ("Bu e-posta, Kariyer.net üyeliğin kapsamında gönderilmiştir. E-posta tercihlerini "
              "Hesap Ayarları > Bildirimler sayfasından değiştirebilirsin.")
    b = java_boundary("c01", d)
    root = Multi("alternative", b, [
        Leaf("text/plain; charset=UTF-8", text + "\n" + footer + "\n", "base64"),
        Leaf("text/html; charset=UTF-8", vendor_html(text, "kariyer.net", "#8b1fa9", footer), "base64"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mta12.kariyer.net", "185.66.240.12", "mx.example.com", d, "c01")),
        ("Return-Path", f"<bounce-{lhx('c01r', 10)}@mail.kariyer.net>"),
        ("From", A("Kariyer.net", "noreply@kariyer.net")),
        ("To", A(OWNER_NAME, OWNER)),
        ("Subject", hdr("Marmara Beyaz Eşya A.Ş. sana bir mesaj gönderdi")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c01", d, "mta12.kariyer.net")),
        ("List-Unsubscribe", "<https://www.kariyer.net/bildirim-tercihleri?u=" + lhx("c01u", 20) + ">"),
        ("X-Mailer", "Kariyer.net Notification Service"),
    ]
    files = [("01-kariyernet-firma-mesaji.eml", eml(heads, root))]
    burcu = "burcu.tas@marmarabeyaz.example"
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Marmara Beyaz Eşya", "Tedarik Zinciri Müdürü", start, end, "scheduled",
                          [burcu], [burcu], "phone_screen")],
        "difficulty": "medium",
        "category": "positive/relative-date-turkish",
        "notes": ("Kariyer.net relay of an employer message. 'yarın saat 14:00'te' is resolved against "
                  "the Date (Mon 5 Oct 2026 +0300) -> Tue 6 Oct 14:00 TRT; '30 dakika' gives the end. "
                  "The HR specialist places the call herself, so she is the interviewer; her address is "
                  "in the message text (the From is a Kariyer.net no-reply)."),
    })


def c02():
    cid = "b216-02-linkedin-inmail-teams-cest"
    d1 = T(UTC, 2026, 10, 8, 9, 14, 22)
    start = T(BER, 2026, 10, 14, 10, 0)
    wd(start, "Wednesday")
    assert start.utcoffset() == timedelta(hours=2)          # still CEST
    assert start.astimezone(IST).hour == 11
    end = start + timedelta(hours=1)
    katrin = ("Katrin Vogel", "katrin.vogel@nordhafen-logistik.example")
    jens = ("Jens Albrecht", "jens.albrecht@nordhafen-logistik.example")
    msg = """Hello Selin,

thank you for sending over your CV for our Head of Supply Chain Planning (Türkiye & SEE) position - the team in Hamburg really liked your S&OP and supplier-consolidation work.

Jens Albrecht, our Director Supply Chain, would like to have a first interview with you on Microsoft Teams on Wednesday, 14 October at 10:00 CEST (11:00 in Istanbul). Please plan for 60 minutes.

I'll send the Teams invitation from my work account (katrin.vogel@nordhafen-logistik.example) later today.

Best regards,
Katrin"""
    text = f"""Katrin Vogel
Talent Acquisition Partner at Nordhafen Logistik GmbH

{msg}

Reply: https://www.linkedin.com/messaging/thread/2-{alnum('c02t', 24)}/

......................................
This email was intended for Selin Karakaya (Supply Chain Manager | S&OP | Procurement | Logistics)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."""
    b = java_boundary("c02", d1)
    root = Multi("alternative", b, [
        Leaf('text/plain;charset=UTF-8', text, "quoted-printable"),
        Leaf('text/html;charset=UTF-8', vendor_html(text, "LinkedIn", "#0a66c2"), "quoted-printable"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mailb-ab.linkedin.com", "108.174.3.146", "mx.example.com", d1, "c02")),
        ("Return-Path", f"<s-{lhx('c02r', 24)}@bounce.linkedin.com>"),
        ("From", A("Katrin Vogel via LinkedIn", "inmail-hit-reply@linkedin.com")),
        ("To", A(OWNER_NAME, OWNER)),
        ("Subject", hdr("Head of Supply Chain Planning (Türkiye & SEE) – first interview with Nordhafen")),
        ("Date", rfc(d1)),
        ("Message-ID", java_msgid("c02", d1, "ltx1-app3125.prod.linkedin.com")),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=" + alnum("c02l", 22) + ">"),
        ("X-LinkedIn-Class", "INMAIL"),
        ("X-LinkedIn-Template", "inmail_v2"),
        ("X-LinkedIn-fbl", lhx("c02f", 32)),
    ]
    f1 = eml(heads, root)

    d2 = T(UTC, 2026, 10, 8, 13, 2, 51)
    tblock, turl = teams("c02-teams", "en")
    body = f"""When: Wednesday, October 14, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Selin,

as announced on LinkedIn, here is the Teams invitation for your interview with Jens Albrecht (Director Supply Chain). I will not join the call myself - if anything comes up, simply reply to this e-mail.

Kind regards
Katrin Vogel
Talent Acquisition Partner
Nordhafen Logistik GmbH | Am Sandtorkai 41 | 20457 Hamburg

{tblock}
"""
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    ics_text = outlook_ics(
        seed="c02-ics", method="REQUEST", tzid="W. Europe Standard Time", organizer=katrin,
        attendees=[attendee(OWNER_NAME, OWNER), attendee(jens[0], jens[1])],
        summary="Interview Selin Karakaya | Head of Supply Chain Planning (Türkiye & SEE)",
        desc=desc, start=start, end=end, dtstamp=d2, teams_url=turl)
    f2 = outlook_invite_eml(seed="c02-inv", frm=katrin, to=[(OWNER_NAME, OWNER), jens],
                            subject="Interview Selin Karakaya | Head of Supply Chain Planning (Türkiye & SEE)",
                            date=d2, text=body, ics_text=ics_text, lang="en-US")
    files = [("01-linkedin-inmail-katrin-vogel.eml", f1), ("02-teams-invite-interview.eml", f2)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Nordhafen Logistik", "Head of Supply Chain Planning (Türkiye & SEE)", start, end,
                          "scheduled", [jens[1]], [jens[1]], "hiring_manager")],
        "difficulty": "medium",
        "category": "positive/dedupe-linkedin-teams",
        "notes": ("One interview announced by a LinkedIn InMail relay and by a Teams invite (dedupe). The invite "
                  "uses TZID 'W. Europe Standard Time' and the Outlook display label says '(UTC+01:00)', but "
                  "14 Oct 2026 is still CEST, so 10:00 = 08:00Z = 11:00 Istanbul, as the InMail says. "
                  "Katrin only coordinates; Jens conducts."),
    })


def c04():
    cid = "b216-04-rheinfracht-two-rounds-dst-end"
    lena = ("Lena Hoffmann", "lena.hoffmann@rheinfracht.example")
    markus = ("Dr. Markus Brandt", "markus.brandt@rheinfracht.example")
    role = "Country Supply Chain Manager Türkiye"
    d1 = T(BER, 2026, 10, 16, 14, 5, 33)
    wd(d1, "Friday")
    s1 = T(BER, 2026, 10, 22, 15, 0)
    e1 = s1 + timedelta(minutes=30)
    s2 = T(BER, 2026, 10, 29, 9, 0)
    e2 = s2 + timedelta(hours=1)
    wd(s1, "Thursday")
    wd(s2, "Thursday")
    assert s1.utcoffset() == timedelta(hours=2) and s2.utcoffset() == timedelta(hours=1)
    assert s1.astimezone(IST).hour == 16 and s2.astimezone(IST).hour == 11
    text1 = f"""Dear Ms. Karakaya,

thank you very much for your application for the position {role} (Ref. RF-2026-117) at Rheinfracht Kontraktlogistik GmbH.

We would like to invite you to two conversations via Microsoft Teams. As Dr. Markus Brandt (Head of Logistics Operations and hiring manager for this role) is travelling in the coming days, we are booking both appointments now:

1) Thursday, 22 October 2026, 15:00-15:30 German time (CEST) - getting-to-know-you call with me
2) Thursday, 29 October 2026, 09:00-10:00 German time - interview with Dr. Markus Brandt

Please note that Germany switches back to winter time on Sunday, 25 October. In Istanbul time, the first call is therefore at 16:00 and the second one at 11:00.

You will receive two separate Teams invitations. Could you please briefly confirm both dates?

Mit freundlichen Grüßen / Kind regards

Lena Hoffmann
Senior HR Business Partner
Rheinfracht Kontraktlogistik GmbH
Hafenstraße 12 | 47119 Duisburg
T +49 203 0000 412
lena.hoffmann@rheinfracht.example"""
    f1 = outlook_mail_eml(seed="c04-m1", frm=lena, to=[(OWNER_NAME, OWNER)], subject=f"Your application - {role}",
                          date=d1, text=text1, lang="de-DE", pod="EUR04-FR2-obe")
    d2 = T(BER, 2026, 10, 16, 14, 21, 2)
    tb1, tu1 = teams("c04-t1", "de")
    body1 = f"""Dear Ms. Karakaya,

here is the link for our getting-to-know-you call (30 minutes).

Best regards
Lena Hoffmann

{tb1}
"""
    ics1 = outlook_ics(seed="c04-ics1", method="REQUEST", tzid="W. Europe Standard Time", organizer=lena,
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       summary=f"Kennenlerngespräch Selin Karakaya | {role}", desc=body1,
                       start=s1, end=e1, dtstamp=d2, teams_url=tu1, lang="de-DE",
                       location="Microsoft Teams-Besprechung")
    f2 = outlook_invite_eml(seed="c04-inv1", frm=lena, to=[(OWNER_NAME, OWNER)],
                            subject=f"Kennenlerngespräch Selin Karakaya | {role}", date=d2, text=body1,
                            ics_text=ics1, lang="de-DE", pod="EUR04-FR2-obe")
    d3 = T(BER, 2026, 10, 16, 14, 24, 40)
    tb2, tu2 = teams("c04-t2", "de")
    body2 = f"""Dear Ms. Karakaya,

please find attached the invitation for your interview with Dr. Markus Brandt, Head of Logistics Operations. I will not attend this meeting myself.

Please note: this appointment is after the change to winter time (CET).

Best regards
Lena Hoffmann

{tb2}
"""
    ics2 = outlook_ics(seed="c04-ics2", method="REQUEST", tzid="W. Europe Standard Time", organizer=lena,
                       attendees=[attendee(OWNER_NAME, OWNER), attendee(markus[0], markus[1])],
                       summary=f"Interview Selin Karakaya / Dr. Markus Brandt | {role}", desc=body2,
                       start=s2, end=e2, dtstamp=d3, teams_url=tu2, lang="de-DE",
                       location="Microsoft Teams-Besprechung")
    f3 = outlook_invite_eml(seed="c04-inv2", frm=lena, to=[(OWNER_NAME, OWNER), markus],
                            subject=f"Interview Selin Karakaya / Dr. Markus Brandt | {role}", date=d3, text=body2,
                            ics_text=ics2, lang="de-DE", pod="EUR04-FR2-obe")
    files = [("01-lena-hoffmann-two-dates.eml", f1), ("02-teams-kennenlerngespraech.eml", f2),
             ("03-teams-interview-markus-brandt.eml", f3)]
    case(cid, files, {
        "interview": True,
        "interviews": [
            iv("Rheinfracht Kontraktlogistik", role, s1, e1, "scheduled", [lena[1]], [lena[1]], "phone_screen"),
            iv("Rheinfracht Kontraktlogistik", role, s2, e2, "scheduled", [markus[1]], [markus[1]], "hiring_manager"),
        ],
        "difficulty": "hard",
        "category": "positive/two-interviews-dst",
        "notes": ("Two interviews with the same German company on either side of the EU DST change "
                  "(25 Oct 2026): 22 Oct 15:00 CEST (+02:00, 16:00 TRT) HR screen conducted by Lena, and "
                  "29 Oct 09:00 CET (+01:00, 11:00 TRT) with the hiring manager (Lena does not attend). Both "
                  "invites use 'W. Europe Standard Time' and were sent the same day, before the change."),
    })


def c05():
    cid = "b216-05-successfactors-yuz-yuze-panel"
    d = T(UTC, 2026, 10, 13, 10, 21, 44)
    start = T(IST, 2026, 10, 20, 10, 0)
    end = T(IST, 2026, 10, 20, 11, 30)
    wd(start, "Salı")
    asli = ("Aslı Kaya", "asli.kaya@korfezgida.example")
    role = "Tedarik Zinciri ve Lojistik Müdürü"
    text = f"""Sayın Selin Karakaya,

Körfez Gıda Sanayi ve Ticaret A.Ş. bünyesindeki {role} (İlan No: 4821) pozisyonuna yaptığınız başvuru için teşekkür ederiz.

Sizi işe alım sürecimizin bir sonraki aşaması olan yüz yüze görüşmeye davet etmekten memnuniyet duyarız.

Tarih: 20 Ekim 2026, Salı
Saat: 10:00 - 11:30 (İstanbul saati)
Yer: Körfez Gıda Gebze Fabrikası, Gebze Organize Sanayi Bölgesi 1600. Sokak No: 8, Gebze / Kocaeli
Görüşme ekibi: Murat Demirel (Operasyon Direktörü), Aslı Kaya (İK İş Ortağı)

Lütfen kimlik belgenizle birlikte görüşme saatinden 15 dakika önce fabrika güvenlik girişinde olunuz; adınız ziyaretçi listesine eklenmiştir.

Görüşme saatini değiştirmeniz gerekirse lütfen Aslı Kaya ile iletişime geçiniz: asli.kaya@korfezgida.example / 0262 000 48 21

Saygılarımızla,
Körfez Gıda İnsan Kaynakları

Bu e-posta SAP SuccessFactors üzerinden otomatik olarak gönderilmiştir. Lütfen bu adrese yanıt vermeyiniz."""
    uid = f"{lhx('c05u', 8)}-{lhx('c05v', 4)}-sfis-{lhx('c05w', 12)}@successfactors.eu"
    ics_text = ics([
        "BEGIN:VCALENDAR", "PRODID:-//SuccessFactors\\, Inc.//Interview Scheduling//EN", "VERSION:2.0",
        "METHOD:REQUEST", *TZ_OLSON_IST, "BEGIN:VEVENT",
        f"DTSTAMP:{ical_utc(d)}", f"UID:{uid}",
        f"DTSTART;TZID=Europe/Istanbul:{ical_local(start)}", f"DTEND;TZID=Europe/Istanbul:{ical_local(end)}",
        "SUMMARY:" + esc(f"Yüz yüze görüşme – {role} – Körfez Gıda"),
        "LOCATION:" + esc("Körfez Gıda Gebze Fabrikası, Gebze OSB 1600. Sokak No: 8, Gebze / Kocaeli"),
        "DESCRIPTION:" + esc(f"{role} pozisyonu için yüz yüze görüşme. Görüşme ekibi: Murat Demirel (Operasyon "
                             "Direktörü), Aslı Kaya (İK İş Ortağı). İletişim: asli.kaya@korfezgida.example"),
        "ORGANIZER;CN=Körfez Gıda İnsan Kaynakları:mailto:noreply@successfactors.eu",
        attendee(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    b1 = java_boundary("c05a", d)
    b2 = java_boundary("c05b", d)
    root = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            Leaf("text/html; charset=UTF-8", vendor_html(text, "Körfez Gıda Kariyer", "#00703c"), "quoted-printable"),
        ]),
        Leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Mulakat_Daveti.ics"', ics_text, "base64",
             ['Content-Disposition: attachment; filename="Mulakat_Daveti.ics"']),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-out2.successfactors.eu", "155.56.208.42", "mx.example.com", d, "c05")),
        ("Return-Path", "<bounce@successfactors.eu>"),
        ("From", A("Körfez Gıda İnsan Kaynakları", "noreply@successfactors.eu")),
        ("Reply-To", A(*asli)),
        ("To", OWNER),
        ("Subject", hdr(f"Mülakat Daveti: {role} – Körfez Gıda")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c05", d, "pc8bsfapi12.successfactors.eu")),
        ("X-SF-Template", "Interview Scheduling - Candidate Invite"),
    ]
    files = [("01-successfactors-mulakat-daveti.eml", eml(heads, root))]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Körfez Gıda", role, start, end, "scheduled", [asli[1]], [asli[1]], "onsite")],
        "difficulty": "medium",
        "category": "positive/successfactors-onsite-panel",
        "notes": ("SAP SuccessFactors candidate invite with .ics (TZID Europe/Istanbul). In-person 'yüz yüze "
                  "görüşme' with a two-person panel -> kind onsite. Only Aslı Kaya's address appears in the case "
                  "(Murat Demirel's does not), so she is the only interviewer e-mail and the follow-up "
                  "recipient; the From is an ATS no-reply."),
    })


def c07():
    cid = "b216-07-workday-dubai-gst"
    d = T(LAX, 2026, 10, 28, 6, 2, 11)            # Workday data-centre time, PDT
    assert d.utcoffset() == timedelta(hours=-7)
    start = T(DXB, 2026, 11, 2, 11, 0)
    end = start + timedelta(hours=1)
    wd(start, "Monday")
    farah = ("Farah Al Mansoori", "farah.almansoori@gulfhorizon.example")
    role = "Regional Supply Chain Manager"
    tb, turl = teams("c07-teams", "en")
    text = f"""Dear Selin,

Your interview for the position of {role} (R-10482) at Gulf Horizon Retail L.L.C. has been scheduled.

Date: Monday, November 2, 2026
Time: 11:00 AM - 12:00 PM (GMT+04:00) Gulf Standard Time
Format: Microsoft Teams video interview (the joining link is in the attached calendar invitation)

Interviewer:
Farah Al Mansoori - Director, Supply Chain & Logistics (farah.almansoori@gulfhorizon.example)

If you need to reschedule, please contact your recruiter, Omar Haddad (omar.haddad@gulfhorizon.example), at least 24 hours in advance.

We look forward to speaking with you.

Gulf Horizon Talent Acquisition

This message was sent from Workday. Please do not reply to this email."""
    uid = f"WD-INT-{hx('c07u', 24)}@myworkday.com"
    ics_text = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday\\, Inc.//Workday Recruiting//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ical_utc(d)}",
        f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
        "SUMMARY:" + esc(f"Interview: {role} (R-10482) - Gulf Horizon Retail"),
        "DESCRIPTION:" + esc(f"Interviewer: Farah Al Mansoori\n\nJoin Microsoft Teams meeting: {turl}"),
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Gulf Horizon Retail:mailto:gulfhorizon@myworkday.com",
        attendee(OWNER_NAME, OWNER),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    b1 = java_boundary("c07a", d)
    b2 = java_boundary("c07b", d)
    root = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf("text/plain; charset=UTF-8", text, "7bit"),
            Leaf("text/html; charset=UTF-8", vendor_html(text, "Gulf Horizon Retail", "#005a70",
                                                        "Powered by Workday"), "quoted-printable"),
        ]),
        Leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics_text, "base64",
             ['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp-out-07.myworkday.com", "198.51.100.77", "mx.example.com", d, "c07")),
        ("Return-Path", "<bounces@myworkday.com>"),
        ("From", A("Gulf Horizon Retail", "gulfhorizon@myworkday.com")),
        ("To", A(OWNER_NAME, OWNER)),
        ("Subject", f"Interview Scheduled: {role} (R-10482)"),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c07", d, "wd5-prod-notif.myworkday.com")),
        ("X-Workday-Notification", "Interview_Scheduled_Candidate"),
    ]
    files = [("01-workday-interview-scheduled.eml", eml(heads, root))]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Gulf Horizon Retail", role, start, end, "scheduled", [farah[1]], [farah[1]],
                          "hiring_manager")],
        "difficulty": "medium",
        "category": "positive/workday-gst",
        "notes": ("Workday 'Interview Scheduled' mail sent from a US data centre (Date -0700) with a UTC .ics "
                  "(07:00Z). The text states 11:00 GST (+04:00) = 10:00 Istanbul. Interviewer address given in "
                  "the text; the recruiter (Omar) is only the rescheduling contact."),
    })


def c08():
    cid = "b216-08-headhunter-books-dubai-client"
    cem = ("Cem Arslan", "cem.arslan@bosphorus-search.example")
    meera = ("Meera Pillai", "meera.pillai@alsahel-logistics.example")
    rashid = ("Rashid Khan", "rashid.khan@alsahel-logistics.example")
    role = "Head of Supply Chain – GCC"
    d1 = T(IST, 2026, 10, 29, 18, 40, 5)
    start = T(DXB, 2026, 11, 5, 11, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Perşembe")
    assert start.astimezone(IST).hour == 10
    text1 = """Selin Hanım merhaba,

Geçen hafta konuştuğumuz Al Sahel Logistics (Jebel Ali, Dubai) Head of Supply Chain – GCC pozisyonu için müşterimizle ilk görüşmenizi ayarladım:

5 Kasım Perşembe, Dubai saatiyle 11:00 (İstanbul saatiyle 10:00)

Görüşmeyi şirketin COO'su Rashid Khan yapacak, yaklaşık 45 dakika sürecek. Teams daveti Al Sahel tarafından, talent coordinator Meera Pillai'den gelecek. Ben de davette bilgi amaçlı yer alacağım ama görüşmeye katılmayacağım.

Rashid Bey operasyonel detaylara çok önem veriyor; Jebel Ali deposu ve Türkiye–Körfez Ro-Ro hattındaki deneyiminizi öne çıkarmanızı öneririm. Ücret beklentinizi ben ilettim, görüşmede bu konu açılmayacak.

Görüşmeden sonra beni arayıp izlenimlerinizi paylaşırsanız sevinirim.

Sevgiler,
Cem Arslan
Partner | Bosphorus Executive Search
Levent, İstanbul | +90 212 000 00 00
cem.arslan@bosphorus-search.example"""
    f1 = outlook_mail_eml(seed="c08-m1", frm=cem, to=[(OWNER_NAME, OWNER)],
                          subject="Al Sahel Logistics – ilk görüşmeniz ayarlandı (5 Kasım)", date=d1, text=text1)
    d2 = T(DXB, 2026, 11, 2, 9, 15, 48)
    wd(d2, "Monday")
    tb, turl = teams("c08-teams", "en")
    body = f"""When: Thursday, November 5, 2026 11:00 AM-11:45 AM (UTC+04:00) Abu Dhabi, Muscat.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Selin,

Further to Cem's note, please find below the Teams details for your interview with Rashid Khan, Chief Operating Officer, for the {role} role. Cem is copied for information only.

Kind regards,
Meera Pillai
Talent Coordinator | Al Sahel Logistics LLC
Jebel Ali Free Zone, Dubai, UAE

{tb}
"""
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    subj = f"Al Sahel Logistics | Interview - {role} | Selin Karakaya"
    ics_text = outlook_ics(seed="c08-ics", method="REQUEST", tzid="Arabian Standard Time", organizer=meera,
                           attendees=[attendee(OWNER_NAME, OWNER), attendee(rashid[0], rashid[1]),
                                      attendee(cem[0], cem[1], role="OPT-PARTICIPANT")],
                           summary=subj, desc=desc, start=start, end=end, dtstamp=d2, teams_url=turl)
    f2 = outlook_invite_eml(seed="c08-inv", frm=meera, to=[(OWNER_NAME, OWNER), rashid], cc=[cem],
                            subject=subj, date=d2, text=body, ics_text=ics_text, pod="EUR02-VI1-obe")
    files = [("01-headhunter-cem-arslan.eml", f1), ("02-teams-invite-al-sahel.eml", f2)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Al Sahel Logistics", role, start, end, "scheduled", [rashid[1]], [rashid[1]],
                          "hiring_manager")],
        "difficulty": "hard",
        "category": "positive/headhunter-client",
        "notes": ("A headhunter books the interview with his Dubai client, then the client's coordinator sends a "
                  "Teams invite (TZID 'Arabian Standard Time'). One interview: 11:00 GST = 10:00 TRT. The "
                  "company is the client (not the search firm); Cem (optional attendee) and Meera (organizer) do "
                  "not conduct it, Rashid does."),
    })


def c10():
    cid = "b216-10-case-study-presentation"
    ebru = ("Ebru Şahin", "ebru.sahin@lalekozmetik.example")
    kerem = ("Kerem Aydın", "kerem.aydin@lalekozmetik.example")
    zeynep = ("Zeynep Ocak", "zeynep.ocak@lalekozmetik.example")
    role = "S&OP ve Tedarik Zinciri Müdürü"
    d1 = T(IST, 2026, 11, 3, 11, 20, 17)
    start = T(IST, 2026, 11, 12, 14, 0)
    end = start + timedelta(hours=1)
    wd(start, "Perşembe")
    text1 = f"""Selin Hanım merhaba,

İlk görüşmenizin ardından sizi {role} pozisyonu için sürecin son aşaması olan vaka çalışması sunumuna davet etmekten mutluluk duyuyoruz.

Vaka: Bayram dönemindeki talep dalgalanmasına yönelik bir S&OP ve stok planı hazırlamanızı istiyoruz. Vaka metni ve veri seti şu klasörde: https://share.lalekozmetik.example/vaka/SOP-2026

Sunum: 12 Kasım Perşembe saat 14:00'te Maslak ofisimizde, yüz yüze. Sunumunuz 30 dakika, ardından 30 dakika soru-cevap olacak. Panelde Tedarik Zinciri Direktörümüz Kerem Aydın ve Finans Direktörümüz Zeynep Ocak yer alacak (ikisi de bilgide).

Sunum dosyanızı bir gün önce bana e-posta ile iletirseniz sevinirim. Takvim daveti ayrıca gelecek.

Sevgiler,
Ebru Şahin
Yetenek Kazanımı Uzmanı
Lale Kozmetik A.Ş. | Maslak Mah. Büyükdere Cad. No: 255, Sarıyer / İstanbul
ebru.sahin@lalekozmetik.example"""
    f1 = outlook_mail_eml(seed="c10-m1", frm=ebru, to=[(OWNER_NAME, OWNER)], cc=[kerem, zeynep],
                          subject=f"Vaka Çalışması Sunumu – {role}", date=d1, text=text1, cte="base64")
    d2 = T(IST, 2026, 11, 3, 11, 34, 2)
    body = """Selin Hanım merhaba,

Vaka çalışması sunumunuz için takvim davetidir. Sunum 30 dakika + soru-cevap 30 dakika.

Resepsiyona geldiğinizde lütfen beni sorun; sizi 7. kattaki toplantı salonuna ben alacağım, sunum sırasında odada olmayacağım.

Ebru Şahin
Lale Kozmetik A.Ş.
"""
    loc = "Lale Kozmetik Maslak Ofis – 7. Kat Boğaz Toplantı Salonu"
    subj = f"Vaka Çalışması Sunumu – Selin Karakaya – {role}"
    start_tr = start.replace(tzinfo=IST)
    ics_text = outlook_ics(seed="c10-ics", method="REQUEST", tzid="Turkey Standard Time", organizer=ebru,
                           attendees=[attendee(OWNER_NAME, OWNER), attendee(kerem[0], kerem[1]),
                                      attendee(zeynep[0], zeynep[1])],
                           summary=subj, desc=body, start=start_tr, end=end, dtstamp=d2, location=loc,
                           lang="tr-TR")
    f2 = outlook_invite_eml(seed="c10-inv", frm=ebru, to=[(OWNER_NAME, OWNER), kerem, zeynep], subject=subj,
                            date=d2, text=body, ics_text=ics_text, lang="tr-TR")
    files = [("01-ebru-sahin-vaka-calismasi.eml", f1), ("02-outlook-invite-sunum.eml", f2)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Lale Kozmetik", role, start, end, "scheduled", [kerem[1], zeynep[1]],
                          [kerem[1], zeynep[1]], "onsite")],
        "difficulty": "medium",
        "category": "positive/case-study-panel",
        "notes": ("Live case-study presentation to a two-person panel in the office (a process step with a live "
                  "conversation, not a take-home): kind onsite. Preparing the case is homework; only the "
                  "presentation is labelled. E-mail + Outlook invite (TZID 'Turkey Standard Time') = one "
                  "interview. Ebru organises and explicitly stays out of the room."),
    })


def c11():
    cid = "b216-11-reschedule-by-email-cuma"
    onur = ("Onur Çelik", "onur.celik@deltaport.example")
    hakan = ("Hakan Yücel", "hakan.yucel@deltaport.example")
    role = "Depo ve Dağıtım Operasyonları Müdürü"
    d1 = T(UTC, 2026, 11, 12, 13, 3, 41)
    s_old = T(IST, 2026, 11, 19, 15, 0)
    e_old = s_old + timedelta(hours=1)
    wd(s_old, "Perşembe")
    meet = "https://meet.google.com/" + hx("c11m", 3, "abcdefghijkmnopqrstuvwxyz") + "-" + \
        hx("c11n", 4, "abcdefghijkmnopqrstuvwxyz") + "-" + hx("c11o", 3, "abcdefghijkmnopqrstuvwxyz")
    title = f"Deltaport – {role} – Görüşme (Selin Karakaya)"
    desc = (f"Hakan Yücel (Lojistik Direktörü) ile {role} pozisyonu için görüşmeniz. Ben (Onur) sadece "
            "planlamayı yapıyorum, görüşmeye katılmayacağım.")
    gtext = f"""Şu etkinliğe davet edildiniz.

{title}
Perşembe 19 Kasım 2026 ⋅ 15:00 – 16:00
Türkiye Saati - İstanbul

Google Meet ile katılın
{meet[8:]}

Katılımcılar
Onur Çelik - düzenleyen
hakan.yucel@deltaport.example
selin.karakaya@example.com

{desc}

Etkinliği görüntüleyin: https://calendar.google.com/calendar/event?action=VIEW&eid={alnum('c11e', 60)}

Yanıtlayın: Evet / Belki / Hayır

Google Takvim'den gelen davetiye. Bu e-postayı aldınız, çünkü etkinliğe davet edildiniz."""
    uid = lhx("c11uid", 26) + "@google.com"
    gics = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", *TZ_OLSON_IST, "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Istanbul:{ical_local(s_old)}", f"DTEND;TZID=Europe/Istanbul:{ical_local(e_old)}",
        f"DTSTAMP:{ical_utc(d1)}", f"ORGANIZER;CN={onur[0]}:mailto:{onur[1]}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={onur[0]};X-NUM-GUESTS=0:mailto:{onur[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={hakan[0]};X-NUM-GUESTS=0:mailto:{hakan[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
        f"X-GOOGLE-CONFERENCE:{meet}",
        f"CREATED:{ical_utc(d1 - timedelta(minutes=2))}",
        "DESCRIPTION:" + esc(desc + f"\n\nGoogle Meet ile katılın: {meet}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        f"LAST-MODIFIED:{ical_utc(d1)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc(title), "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder", "SUMMARY:Alarm notification",
        f"ATTENDEE:mailto:{OWNER}", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    b1 = "000000000000" + lhx("c11b1", 16)
    b2 = "000000000000" + lhx("c11b2", 16)
    root = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', gtext, "base64"),
            Leaf('text/html; charset="UTF-8"', gmail_html(gtext), "quoted-printable"),
            Leaf('text/calendar; charset="UTF-8"; method=REQUEST', gics, "base64"),
        ]),
        Leaf('application/ics; name="invite.ics"', gics, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    gsubj = f"Davetiye: {title} @ 19 Kas 2026 Per 15:00 - 16:00 (GMT+3) ({OWNER})"
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f73.google.com", "209.85.220.73", "mx.example.com", d1, "c11g")),
        ("Return-Path", f"<3{alnum('c11rp', 30)}@calendar-server.bounces.google.com>"),
        ("Reply-To", A(*onur)),
        ("Sender", A("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", f"<calendar-{guid('c11mid')}@google.com>"),
        ("Date", rfc(d1)),
        ("Subject", hdr(gsubj)),
        ("From", A(*onur)),
        ("To", OWNER),
    ]
    f1 = eml(heads, root)

    d2 = T(IST, 2026, 11, 17, 9, 47, 12)
    wd(d2, "Salı")
    s_new = T(IST, 2026, 11, 20, 15, 0)
    e_new = s_new + timedelta(hours=1)
    wd(s_new, "Cuma")
    text2 = """Selin Hanım günaydın,

Hakan Bey'in Perşembe günü Çorlu'daki depomuzda beklenmedik bir saha ziyareti çıktı. Görüşmemizi Cuma gününe alabilir miyiz? Aynı saatte, 15:00'te olursa Meet bağlantısı da aynı kalır.

Uygunluğunuzu bana bildirirseniz sevinirim.

İyi çalışmalar,
Onur Çelik
İK İş Ortağı | Deltaport Lojistik A.Ş.
+90 216 000 00 00"""
    subj2 = "Perşembe günkü görüşme hk."
    mid2 = gmail_msgid("c11-m2")
    f2 = gmail_eml(seed="c11-m2", frm=onur, to=[(OWNER_NAME, OWNER)], subject=subj2, date=d2, text=text2)
    d_sel = T(IST, 2026, 11, 17, 10, 31, 55)
    mid_sel = gmail_msgid("c11-selin")
    selin_text = """Onur Bey merhaba,

Cuma 15:00 benim için uygun, bir sorun yok.

İyi çalışmalar,
Selin"""
    d3 = T(IST, 2026, 11, 17, 11, 2, 30)
    text3 = f"""Teşekkürler Selin Hanım. Hakan Bey'e ilettim; Cuma (20 Kasım) 15:00'te görüşmek üzere. Takvimdeki davet eski tarihte görünmeye devam edebilir, onu dikkate almayın; Meet bağlantısı aynı.

Onur

{gmail_attrib_tr(d_sel, OWNER_NAME, OWNER)}

{quote_gmail(selin_text + chr(10) + chr(10) + gmail_attrib_tr(d2, onur[0], onur[1]) + chr(10) + chr(10) + quote_gmail(text2))}
"""
    f3 = gmail_eml(seed="c11-m3", frm=onur, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj2, date=d3,
                   text=text3, in_reply_to=mid_sel, references=f"{mid2} {mid_sel}")
    files = [("01-google-invite-persembe.eml", f1), ("02-onur-cuma-gunune-alabilir-miyiz.eml", f2),
             ("03-onur-cuma-onay.eml", f3)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Deltaport Lojistik", role, s_new, e_new, "scheduled", [hakan[1]], [hakan[1]],
                          "hiring_manager")],
        "difficulty": "hard",
        "category": "positive/reschedule-email-only",
        "notes": ("Google invite for Thu 19 Nov 15:00 TRT, then moved by e-mail only ('Görüşmemizi Cuma gününe "
                  "alabilir miyiz? Aynı saatte') and confirmed ('Cuma (20 Kasım) 15:00'); no updated invite is "
                  "sent and the recruiter says to ignore the old calendar entry. One interview at the final "
                  "time Fri 20 Nov 15:00-16:00 (+03:00, same one-hour slot). Onur only schedules."),
    })


# ================================================================ cases 13-21 (positives)
def c13():
    cid = "b216-13-teams-cancel-turkey-time"
    serkan = ("Serkan Güneş", "serkan.gunes@kartalotomotiv.example")
    role = "Tedarik Zinciri Müdürü"
    d1 = T(UTC, 2026, 11, 2, 8, 55, 19)
    start = T(IST, 2026, 11, 10, 11, 0)
    end = start + timedelta(hours=1)
    wd(start, "Salı")
    tb, turl = teams("c13-teams", "tr")
    body1 = f"""Ne zaman: 10 Kasım 2026 Salı 11:00-12:00 (UTC+03:00) İstanbul.
Nerede: Microsoft Teams Toplantısı

*~*~*~*~*~*~*~*~*~*

Selin Hanım merhaba,

İK ekibimizden Pınar Hanım'ın telefonda ilettiği üzere, {role} pozisyonu için Teams üzerinden görüşmemizi bu saate planladım. Görüşmede Dilovası tesisimizdeki tedarik planlama yapısını ve ekibi de anlatacağım.

Saygılarımla,
Serkan Güneş
Satın Alma ve Tedarik Zinciri Direktörü
Kartal Otomotiv Parça A.Ş. | Dilovası OSB / Kocaeli

{tb}
"""
    subj = f"Mülakat – {role} – Selin Karakaya"
    desc1 = body1.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    ics1 = outlook_ics(seed="c13-ics", method="REQUEST", tzid="Turkey Standard Time", organizer=serkan,
                       attendees=[attendee(OWNER_NAME, OWNER)], summary=subj, desc=desc1, start=start, end=end,
                       dtstamp=d1, teams_url=turl, lang="tr-TR", location="Microsoft Teams Toplantısı")
    f1 = outlook_invite_eml(seed="c13-inv", frm=serkan, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1,
                            text=body1, ics_text=ics1, lang="tr-TR")
    d2 = T(UTC, 2026, 11, 5, 14, 10, 3)
    body2 = """Ne zaman: 10 Kasım 2026 Salı 11:00-12:00 (UTC+03:00) İstanbul.
Nerede: Microsoft Teams Toplantısı

*~*~*~*~*~*~*~*~*~*

Selin Hanım merhaba,

Tedarik Zinciri Müdürü pozisyonu bütçe revizyonu nedeniyle yıl sonuna kadar beklemeye alındı; bu nedenle 10 Kasım'daki görüşmemizi iptal etmek zorundayım. Süreç yeniden başladığında İK ekibimiz sizinle iletişime geçecek.

Anlayışınız için teşekkür ederim.

Serkan Güneş
"""
    desc2 = body2.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    ics2 = outlook_ics(seed="c13-ics", method="CANCEL", tzid="Turkey Standard Time", organizer=serkan,
                       attendees=[attendee(OWNER_NAME, OWNER)], summary="İptal edildi: " + subj, desc=desc2,
                       start=start, end=end, dtstamp=d2, seq=1, lang="tr-TR", location="Microsoft Teams Toplantısı")
    f2 = outlook_invite_eml(seed="c13-cancel", frm=serkan, to=[(OWNER_NAME, OWNER)], subject="İptal edildi: " + subj,
                            date=d2, text=body2, ics_text=ics2, method="CANCEL", lang="tr-TR",
                            extra=[("Importance", "high"), ("X-Priority", "1")])
    files = [("01-teams-mulakat-daveti.eml", f1), ("02-teams-iptal-edildi.eml", f2)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Kartal Otomotiv Parça", role, start, end, "cancelled", [serkan[1]], [serkan[1]],
                          "hiring_manager")],
        "difficulty": "medium",
        "category": "positive/cancellation",
        "notes": ("Teams invite (TZID 'Turkey Standard Time') from the hiring director, then METHOD:CANCEL / "
                  "STATUS:CANCELLED, SEQUENCE:1 with the same UID: the position was put on hold. Kept as one "
                  "cancelled interview at its last time (10 Nov 11:00 TRT). Pınar (HR) is mentioned without an "
                  "address and does not join."),
    })


def c15():
    cid = "b216-15-standalone-ics-turkey-time"
    gizem = ("Gizem Ateş", "gizem.ates@maviliman.example")
    tolga = ("Tolga Erdem", "tolga.erdem@maviliman.example")
    role = "Lojistik ve Tedarik Zinciri Müdürü"
    start = T(IST, 2026, 11, 24, 9, 30)
    end = start + timedelta(hours=1)
    wd(start, "Salı")
    stamp = T(UTC, 2026, 11, 16, 12, 44, 0)
    tb, turl = teams("c15-teams", "tr")
    desc = f"""Selin Hanım merhaba,

Tolga Erdem Bey (Genel Müdür Yardımcısı – Operasyon) ile {role} pozisyonu için ikinci tur görüşmeniz Teams üzerinden yapılacaktır. Görüşme 60 dakika sürecektir; ben bu görüşmeye katılmayacağım.

Gizem Ateş
İnsan Kaynakları Müdürü
Mavi Liman İşletmeleri A.Ş. | Mersin

{tb}
"""
    text = outlook_ics(seed="c15-ics", method="REQUEST", tzid="Turkey Standard Time", organizer=gizem,
                       attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED"), attendee(tolga[0], tolga[1])],
                       summary=f"Mavi Liman | 2. Tur Mülakat | Selin Karakaya – {role}", desc=desc,
                       start=start, end=end, dtstamp=stamp, teams_url=turl, lang="tr-TR",
                       location="Microsoft Teams Toplantısı")
    text = text.replace("PRODID:Microsoft Exchange Server 2010", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    files = [("01-mavi-liman-2-tur-mulakat.ics", text)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Mavi Liman İşletmeleri", role, start, end, "scheduled", [tolga[1]], [tolga[1]],
                          "hiring_manager")],
        "difficulty": "easy",
        "category": "positive/standalone-ics",
        "notes": ("Standalone Outlook .ics with Windows TZID 'Turkey Standard Time' (fixed +03:00). The "
                  "organizer (HR) states she will not attend; the interviewer is Tolga Erdem."),
    })


def c17():
    cid = "b216-17-gcal-json-dubai-plus-email"
    priya = ("Priya Menon", "priya.menon@oasiscoldchain.example")
    daniel = ("Daniel Okafor", "daniel.okafor@oasiscoldchain.example")
    role = "Supply Chain Planning Manager"
    d1 = T(DXB, 2026, 11, 9, 10, 5, 40)
    wd(d1, "Monday")
    start = T(DXB, 2026, 11, 18, 15, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Wednesday")
    assert start.astimezone(IST).hour == 14
    text1 = f"""Hi Selin,

Thanks for sending over your updated CV. As discussed, I've booked your interview for the {role} role with Daniel Okafor, our Operations Director, on Wednesday 18 November at 3:00 PM Dubai time (2:00 PM in Istanbul). It will be 45 minutes on Google Meet; the calendar invite comes from my account.

Daniel will want to go through your cold-chain and temperature-controlled distribution experience and how you'd approach forecasting for perishables.

Best,
Priya Menon
Senior Talent Acquisition Specialist
Oasis Cold Chain FZE | Dubai South, UAE
priya.menon@oasiscoldchain.example"""
    f1 = gmail_eml(seed="c17-m1", frm=priya, to=[(OWNER_NAME, OWNER)],
                   subject="Oasis Cold Chain - interview with Daniel Okafor", date=d1, text=text1, cte="7bit")
    created = T(UTC, 2026, 11, 9, 6, 11, 0)
    updated = T(UTC, 2026, 11, 9, 6, 12, 37)
    eid = lhx("c17ev", 26)
    code = hx("c17m", 3, "abcdefghijkmnopqrstuvwxyz") + "-" + hx("c17n", 4, "abcdefghijkmnopqrstuvwxyz") + \
        "-" + hx("c17o", 3, "abcdefghijkmnopqrstuvwxyz")
    ev = {
        "kind": "calendar#event",
        "etag": '"' + hx("c17etag", 16, "0123456789") + '"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": f"Interview: Selin Karakaya <> Daniel Okafor ({role})",
        "description": ("45-minute interview with Daniel Okafor, Operations Director. "
                        "Organised by Priya (Talent Acquisition) - I won't be joining the call."),
        "creator": {"email": priya[1], "displayName": priya[0]},
        "organizer": {"email": priya[1], "displayName": priya[0]},
        "start": {"dateTime": start.astimezone(IST).isoformat(), "timeZone": "Asia/Dubai"},
        "end": {"dateTime": end.astimezone(IST).isoformat(), "timeZone": "Asia/Dubai"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": priya[1], "displayName": priya[0], "organizer": True, "responseStatus": "accepted"},
            {"email": daniel[1], "displayName": daniel[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-priya-menon-interview-booked.eml", f1),
             ("02-interview-daniel-okafor.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Oasis Cold Chain", role, start, end, "scheduled", [daniel[1]], [daniel[1]],
                          "hiring_manager")],
        "difficulty": "medium",
        "category": "positive/gcal-json-dedupe",
        "notes": ("Recruiter e-mail (3:00 PM Dubai = 2:00 PM Istanbul) plus a Calendar API event whose dateTime is "
                  "rendered in the owner's calendar zone (14:00+03:00) with timeZone Asia/Dubai: same instant, "
                  "one interview. Priya organises only."),
    })


def c19():
    cid = "b216-19-dusseldorf-onsite-loop"
    jana = ("Jana Becker", "jana.becker@westfalenpharma.example")
    felix = ("Dr. Felix Wagner", "felix.wagner@westfalenpharma.example")
    sabine = ("Sabine Krüger", "sabine.krueger@westfalenpharma.example")
    tobias = ("Tobias Richter", "tobias.richter@westfalenpharma.example")
    role = "Senior Manager Supply Chain Operations"
    d1 = T(BER, 2026, 11, 5, 16, 30, 12)
    day = (2026, 11, 19)
    sessions = [
        (felix, T(BER, *day, 9, 30), T(BER, *day, 10, 30), "Rhein 3.12"),
        (sabine, T(BER, *day, 10, 45), T(BER, *day, 11, 45), "Rhein 3.12"),
        (tobias, T(BER, *day, 13, 0), T(BER, *day, 14, 0), "Lager-Leitstand, Halle B"),
    ]
    wd(sessions[0][1], "Thursday")
    assert sessions[0][1].utcoffset() == timedelta(hours=1)
    text1 = f"""Dear Selin,

we're delighted to invite you to our on-site interview day at our headquarters in Düsseldorf for the {role} role.

Date: Thursday, 19 November 2026 (all times German time, CET)
09:30 - 10:30  Dr. Felix Wagner, VP Supply Chain
10:45 - 11:45  Sabine Krüger, Head of Procurement
12:00 - 13:00  Lunch with the planning team (informal)
13:00 - 14:00  Case discussion in the warehouse control room with Tobias Richter, Director Logistics & Warehousing

Address: Westfalen Pharma Distribution GmbH, Kaiserswerther Str. 200, 40474 Düsseldorf - please ask for me at reception.

We will cover your flight from Istanbul and one night at the hotel; our travel agency will contact you separately. If you need an invitation letter for your Schengen visa application, just let me know and I'll send it within a day.

You'll receive separate calendar invitations for each session.

Best regards,
Jana Becker
Recruiting Specialist
Westfalen Pharma Distribution GmbH
jana.becker@westfalenpharma.example"""
    files = [("01-jana-becker-onsite-day.eml",
              outlook_mail_eml(seed="c19-m1", frm=jana, to=[(OWNER_NAME, OWNER)],
                               subject=f"Invitation: on-site interview day in Düsseldorf - {role}", date=d1,
                               text=text1, lang="en-US", pod="EUR03-DBA-obe"))]
    for i, (person, s, e, room) in enumerate(sessions):
        dd = T(UTC, 2026, 11, 6, 9, 10 + i * 2, 5 + i)
        body = f"""Dear Selin,

this is your session with {person[0]} during the on-site interview day ({role}).
Room: {room}, Westfalen Pharma Distribution GmbH, Kaiserswerther Str. 200, Düsseldorf

Best regards
Jana
"""
        subj = f"On-site interview: Selin Karakaya / {person[0]}"
        ic = outlook_ics(seed=f"c19-ics{i}", method="REQUEST", tzid="W. Europe Standard Time", organizer=jana,
                         attendees=[attendee(OWNER_NAME, OWNER), attendee(person[0], person[1])],
                         summary=subj, desc=body, start=s, end=e, dtstamp=dd,
                         location=f"Düsseldorf HQ - {room}")
        slug = ["felix-wagner", "sabine-krueger", "tobias-richter"][i]
        files.append((f"{i + 2:02d}-invite-{slug}.eml",
                      outlook_invite_eml(seed=f"c19-inv{i}", frm=jana, to=[(OWNER_NAME, OWNER), person],
                                         subject=subj, date=dd, text=body, ics_text=ic, pod="EUR03-DBA-obe")))
    people = [felix[1], sabine[1], tobias[1]]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Westfalen Pharma Distribution", role, sessions[0][1], sessions[-1][2], "scheduled",
                          people, people, "onsite")],
        "difficulty": "hard",
        "category": "positive/onsite-loop",
        "notes": ("Same-day on-site loop in Düsseldorf sent as an itinerary e-mail plus three separate Outlook "
                  "invites (TZID 'W. Europe Standard Time', after the DST change so +01:00) with a lunch break: one "
                  "onsite interview from 09:30 to 14:00 CET with all three interviewers; Jana only coordinates."),
    })


def c21():
    cid = "b216-21-persembe-phone-thread"
    derya = ("Derya Koç", "derya.koc@cinartekstil.example")
    role = "Satın Alma ve Tedarik Zinciri Müdürü"
    d1 = T(IST, 2026, 11, 23, 10, 12, 9)
    wd(d1, "Pazartesi")
    start = T(IST, 2026, 11, 26, 15, 30)          # the coming "Perşembe"
    wd(start, "Perşembe")
    end = start + timedelta(minutes=20)
    subj = f"{role} – ön görüşme"
    text1 = f"""Selin Hanım merhaba,

Çınar Tekstil {role} pozisyonu için başvurunuzu değerlendirdik. Sizinle kısa bir telefon görüşmesi yaparak süreci ve beklentilerinizi konuşmak isteriz.

Perşembe saat 15:30 ya da Cuma sabah 10:00 sizin için uygun olur mu?

Saygılarımla,
Derya Koç
İK Uzmanı
Çınar Tekstil A.Ş. | Nilüfer / Bursa
T: +90 224 000 00 00"""
    mid1 = outlook_msgid("c21-m1")
    f1 = outlook_mail_eml(seed="c21-m1", frm=derya, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1, text=text1)
    d_sel = T(IST, 2026, 11, 23, 13, 5, 44)
    mid_sel = gmail_msgid("c21-selin")
    selin = """Derya Hanım merhaba,

Perşembe 15:30 benim için uygun. Beni 0532 000 00 00 numarasından arayabilirsiniz.

Saygılarımla,
Selin Karakaya"""
    d2 = T(IST, 2026, 11, 23, 14, 20, 31)
    quoted = outlook_quote_tr(f"{OWNER_NAME} <{OWNER}>", d_sel, f"{derya[0]} <{derya[1]}>", "Re: " + subj,
                              selin + "\n\n" + gmail_attrib_tr(d1, derya[0], derya[1]) + "\n\n" + quote_gmail(text1))
    text2 = f"""Teşekkürler Selin Hanım, Perşembe 15:30'da sizi arıyorum. Görüşme yaklaşık 20 dakika sürecek.

Derya

{quoted}"""
    f2 = outlook_mail_eml(seed="c21-m2", frm=derya, to=[(OWNER_NAME, OWNER)], subject="YNT: Re: " + subj, date=d2,
                          text=text2, in_reply_to=mid_sel, references=f"{mid1} {mid_sel}", cte="base64")
    files = [("01-derya-koc-on-gorusme.eml", f1), ("02-derya-koc-persembe-onay.eml", f2)]
    case(cid, files, {
        "interview": True,
        "interviews": [iv("Çınar Tekstil", role, start, end, "scheduled", [derya[1]], [derya[1]], "phone_screen")],
        "difficulty": "medium",
        "category": "positive/thread-weekday-relative",
        "notes": ("Turkish thread: recruiter offers 'Perşembe saat 15:30 ya da Cuma sabah 10:00', the owner picks "
                  "Thursday (quoted inside the recruiter's reply), recruiter confirms. 'Perşembe' resolved "
                  "against Mon 23 Nov 2026 -> Thu 26 Nov 15:30 TRT, 20 minutes. The Friday slot was never booked."),
    })


# ================================================================ negatives
def c03():
    cid = "b216-03-supplier-audit-visit"
    volkan = ("Volkan Işık", "volkan.isik@sakaryadokum.example")
    d = T(UTC, 2026, 10, 7, 7, 40, 22)
    s = T(IST, 2026, 10, 15, 9, 30)
    e = T(IST, 2026, 10, 15, 16, 0)
    wd(s, "Perşembe")
    body = """Ne zaman: 15 Ekim 2026 Perşembe 09:30-16:00 (UTC+03:00) İstanbul.
Nerede: Sakarya Döküm – Hendek Fabrikası, Toplantı Salonu 1

*~*~*~*~*~*~*~*~*~*

Selin Hanım merhaba,

Aksu Mobilya adına gerçekleştireceğiniz tedarikçi denetimi (supplier audit visit) için yüz yüze görüşme ve saha ziyareti programını aşağıda paylaşıyorum:

09:30  Açılış toplantısı
10:00  Döküm, talaşlı işleme ve sevkiyat alanı saha turu
12:30  Öğle yemeği
13:30  Personel mülakatları (vardiya amirleri ve depo sorumlusu ile)
15:00  Doküman incelemesi (ISO 9001 kayıtları, tedarikçi performans raporları, 8D kayıtları)
15:45  Kapanış toplantısı

Fabrika girişinde iş güvenliği eğitimi verileceği için lütfen 09:15'te güvenlikte olunuz. Denetim raporunuzu Aksu Mobilya ile paylaşmadan önce bize de iletirseniz seviniriz.

Saygılarımla,
Volkan Işık
Kalite Müdürü
Sakarya Döküm Sanayi A.Ş.
"""
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    subj = "Tedarikçi Denetimi / Supplier Audit Visit – Aksu Mobilya adına Selin Karakaya"
    loc = "Sakarya Döküm – Hendek Fabrikası, Toplantı Salonu 1"
    ic = outlook_ics(seed="c03-ics", method="REQUEST", tzid="Turkey Standard Time", organizer=volkan,
                     attendees=[attendee(OWNER_NAME, OWNER)], summary=subj, desc=desc, start=s, end=e,
                     dtstamp=d, location=loc, lang="tr-TR")
    f = outlook_invite_eml(seed="c03-inv", frm=volkan, to=[(OWNER_NAME, OWNER)], subject=subj, date=d,
                           text=body, ics_text=ic, lang="tr-TR")
    case(cid, [("01-tedarikci-denetimi-daveti.eml", f)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/supplier-audit",
        "notes": ("Calendar invite for a supplier audit the owner performs for a consulting client: 'yüz yüze "
                  "görüşme', 'personel mülakatları' (staff interviews held by the auditor). Not a hiring process "
                  "where the owner is the candidate."),
    })


def c06():
    cid = "b216-06-customs-broker-meeting"
    mehmet = ("Mehmet Ata", "mehmet.ata@atagumruk.example")
    subj = "Aksu Mobilya – Almanya sevkiyatları / T1 ve A.TR süreçleri"
    d1 = T(IST, 2026, 10, 19, 17, 5, 41)
    wd(d1, "Pazartesi")
    text1 = """Selin Hanım merhaba,

Geçen hafta telefonda konuştuğumuz konular için yarın saat 11:00'de Ambarlı'daki ofisimizde yüz yüze görüşme yapabiliriz. Gündem önerim:

- Almanya'ya giden parsiyel sevkiyatlarda T1 transit beyannamesi ve teminat
- A.TR dolaşım belgesi ve menşe ispatı
- Yetkilendirilmiş Yükümlü Sertifikası (YYS) başvurusu için ön hazırlık

Ofis adresimiz: Yakuplu Mah. Liman Yolu Cad. No: 14 Kat: 3, Beylikdüzü / İstanbul. Otoparkımız mevcuttur.

Saygılarımla,
Mehmet Ata
Gümrük Müşaviri
Ata Gümrük Müşavirliği Ltd. Şti.
mehmet.ata@atagumruk.example | +90 212 000 00 00"""
    mid1 = outlook_msgid("c06-m1")
    f1 = outlook_mail_eml(seed="c06-m1", frm=mehmet, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1, text=text1)
    d_sel = T(IST, 2026, 10, 19, 18, 20, 7)
    mid_sel = gmail_msgid("c06-selin")
    selin = """Mehmet Bey merhaba,

Teşekkürler, yarın 11:00'de ofisinizde olacağım. Aksu Mobilya'dan lojistik sorumlusu Emre Bey de bana katılacak.

Selin"""
    d2 = T(IST, 2026, 10, 19, 18, 34, 50)
    quoted = outlook_quote_tr(f"{OWNER_NAME} <{OWNER}>", d_sel, f"{mehmet[0]} <{mehmet[1]}>", "Re: " + subj,
                              selin + "\n\n" + gmail_attrib_tr(d1, mehmet[0], mehmet[1]) + "\n\n" + quote_gmail(text1))
    text2 = f"""Selin Hanım, teyit için teşekkürler. Yarın görüşmek üzere; beyanname örneklerini hazır edeceğim.

Mehmet Ata

{quoted}"""
    f2 = outlook_mail_eml(seed="c06-m2", frm=mehmet, to=[(OWNER_NAME, OWNER)], subject="YNT: Re: " + subj,
                          date=d2, text=text2, in_reply_to=mid_sel, references=f"{mid1} {mid_sel}")
    case(cid, [("01-gumruk-musaviri-gorusme.eml", f1), ("02-gumruk-musaviri-teyit.eml", f2)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/business-meeting",
        "notes": ("Business meeting with a customs broker ('yarın saat 11:00'de ... yüz yüze görüşme'), "
                  "confirmed in a thread. 'Görüşme' here means meeting; no hiring process."),
    })


def c09():
    cid = "b216-09-consulate-visa-appointment"
    d = T(IST, 2026, 10, 26, 12, 40, 3)
    s = T(IST, 2026, 11, 16, 8, 45)
    e = T(IST, 2026, 11, 16, 9, 30)
    wd(s, "Pazartesi")
    ref = "IST-NV-2026-884215"
    text = f"""Sayın SELİN KARAKAYA,

Almanya Federal Cumhuriyeti İstanbul Başkonsolosluğu ulusal vize başvurusu için randevunuz oluşturulmuştur.

Randevu türü: Ulusal Vize – İş Arama (Chancenkarte / Fırsat Kartı)
Tarih / Datum: 16.11.2026 (Pazartesi / Montag)
Saat / Uhrzeit: 08:45
Yer / Ort: Generalkonsulat der Bundesrepublik Deutschland, Gümüşsuyu, Beyoğlu / İstanbul
Randevu numarası / Terminnummer: {ref}

Başvuru sırasında konsolosluk görevlisi ile kısa bir vize mülakatı yapılacaktır. Lütfen pasaportunuzu, iki adet biyometrik fotoğrafı, diploma denklik belgenizi (ZAB), dil belgenizi ve finansman kanıtınızı (bloke hesap) yanınızda getiriniz.

Randevunuzu iptal etmek veya değiştirmek için: https://www.vize-randevu.example/randevu/{ref}

------------------------------------------------------------
Sehr geehrte Frau KARAKAYA,

Ihr Termin zur Beantragung eines nationalen Visums (Chancenkarte) ist bestätigt: Montag, 16.11.2026, 08:45 Uhr, Generalkonsulat Istanbul. Bitte erscheinen Sie pünktlich mit allen Unterlagen; verspätete Antragsteller können nicht berücksichtigt werden.

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız."""
    ic = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vize Randevu Sistemi//TR", "METHOD:PUBLISH",
        *TZ_OLSON_IST, "BEGIN:VEVENT", f"UID:{ref}@vize-randevu.example", f"DTSTAMP:{ical_utc(d)}",
        f"DTSTART;TZID=Europe/Istanbul:{ical_local(s)}", f"DTEND;TZID=Europe/Istanbul:{ical_local(e)}",
        "SUMMARY:" + esc("Vize randevusu – Ulusal Vize (Chancenkarte) – Generalkonsulat İstanbul"),
        "LOCATION:" + esc("Generalkonsulat der Bundesrepublik Deutschland, Gümüşsuyu, Beyoğlu / İstanbul"),
        "DESCRIPTION:" + esc(f"Randevu numarası: {ref}. Vize mülakatı için tüm belgelerinizi getiriniz."),
        f"ATTENDEE;CN=SELIN KARAKAYA;ROLE=REQ-PARTICIPANT:mailto:{OWNER}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b1 = java_boundary("c09a", d)
    b2 = java_boundary("c09b", d)
    root = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            Leaf("text/html; charset=UTF-8", vendor_html(text, "Vize Randevu Merkezi", "#333333"), "quoted-printable"),
        ]),
        Leaf('text/calendar; charset=UTF-8; name="randevu.ics"', ic, "base64",
             ['Content-Disposition: attachment; filename="randevu.ics"']),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp.vize-randevu.example", "203.0.113.40", "mx.example.com", d, "c09")),
        ("Return-Path", "<no-reply@vize-randevu.example>"),
        ("From", A("Vize Randevu Merkezi", "no-reply@vize-randevu.example")),
        ("To", OWNER),
        ("Subject", hdr(f"Randevu Onayı / Terminbestätigung – Ulusal Vize (Chancenkarte) – 16.11.2026 08:45")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c09", d, "app02.vize-randevu.example")),
    ]
    case(cid, [("01-randevu-onayi.eml", eml(heads, root))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/visa-appointment",
        "notes": ("German consulate appointment for a job-search (Chancenkarte) national visa with a 'vize mülakatı' "
                  "and an .ics. Job-related vocabulary, but a visa interview is a non-job interview."),
    })


def c12():
    cid = "b216-12-logistics-webinar-expert-interview"
    d = T(LAX, 2026, 11, 4, 7, 31, 9)
    s = T(IST, 2026, 11, 10, 16, 0)
    e = T(IST, 2026, 11, 10, 17, 15)
    wd(s, "Tuesday")
    title = "Expert Interview: Nearshoring to Türkiye & the Middle Corridor"
    wid = hx("c12w", 11, "0123456789")
    join = f"https://us06web.zoom.us/w/{wid}?tk={alnum('c12tk', 43)}"
    text = f"""Hi Selin,

Thank you for registering for "{title}".

Please submit any questions to: events@lojistikakademi.example

Date & Time: Nov 10, 2026 04:00 PM Istanbul

In this live interview, moderator Elif Sönmez talks to Dr. Thomas Keller (Head of Intermodal, Danube Rail Cargo) about nearshoring demand, Middle Corridor rail capacity and what it means for supply chain managers in Türkiye. Q&A at the end.

Join from PC, Mac, iPad, or Android:
{join}
Passcode: {hx('c12pc', 6, '0123456789')}

Add to calendar: the .ics file is attached.

You can cancel your registration at any time.

Lojistik Akademi
"""
    ic = ics([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{ical_utc(d)}",
        f"DTSTART:{ical_utc(s)}", f"DTEND:{ical_utc(e)}", "SUMMARY:" + esc(title),
        f"UID:ZOOM{wid}@zoom.us",
        "DESCRIPTION:" + esc(f"Live webinar by Lojistik Akademi.\n\nJoin: {join}"),
        f"LOCATION:{join}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
        "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    b1 = java_boundary("c12a", d)
    b2 = java_boundary("c12b", d)
    root = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            Leaf("text/html; charset=UTF-8", vendor_html(text, "zoom", "#0b5cff"), "quoted-printable"),
        ]),
        Leaf('text/calendar; charset=UTF-8; name="iCalendar.ics"', ic, "base64",
             ['Content-Disposition: attachment; filename="iCalendar.ics"']),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("se1-smtp-01.zoom.us", "170.114.10.71", "mx.example.com", d, "c12")),
        ("Return-Path", f"<bounce-{lhx('c12r', 12)}@zoom.us>"),
        ("From", A("Lojistik Akademi", "no-reply@zoom.us")),
        ("Reply-To", "events@lojistikakademi.example"),
        ("To", A("Selin Karakaya", OWNER)),
        ("Subject", hdr(f"Lojistik Akademi Webinar Confirmation: {title}")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c12", d, "zoom.us")),
    ]
    case(cid, [("01-zoom-webinar-confirmation.eml", eml(heads, root))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/webinar",
        "notes": "Zoom webinar registration with 'Expert Interview' in the title and an .ics; the owner is an attendee.",
    })


def c14():
    cid = "b216-14-rejection-olumsuz"
    d = T(UTC, 2026, 11, 2, 7, 45, 30)
    role = "Tedarik Zinciri Planlama Müdürü"
    text = f"""Sayın Selin Karakaya,

21 Ekim 2026 tarihinde {role} pozisyonu için ekibimizle gerçekleştirdiğiniz mülakat için teşekkür ederiz. Görüşme sürecinde bizimle paylaştığınız bilgi ve deneyimler için ayrıca teşekkür ederiz.

Tüm adayların değerlendirmesi tamamlanmış olup başvurunuzun bu aşamada olumsuz sonuçlandığını bildirmek isteriz. Özgeçmişiniz veri tabanımızda saklanacak; uygun bir pozisyon açıldığında sizinle tekrar iletişime geçebiliriz.

Kariyerinizde başarılar dileriz.

Saygılarımızla,
Hilal Un ve Yem Sanayi A.Ş.
İnsan Kaynakları Departmanı

Bu e-posta SAP SuccessFactors aracılığıyla gönderilmiştir; lütfen yanıtlamayınız."""
    b = java_boundary("c14", d)
    root = Multi("alternative", b, [
        Leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        Leaf("text/html; charset=UTF-8", vendor_html(text, "Hilal Un Kariyer", "#b8860b"), "quoted-printable"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-out2.successfactors.eu", "155.56.208.42", "mx.example.com", d, "c14")),
        ("Return-Path", "<bounce@successfactors.eu>"),
        ("From", A("Hilal Un İnsan Kaynakları", "noreply@successfactors.eu")),
        ("To", OWNER),
        ("Subject", hdr(f"Başvurunuz Hakkında – {role}")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c14", d, "pc8bsfapi07.successfactors.eu")),
        ("X-SF-Template", "Candidate Rejection - Post Interview"),
    ]
    case(cid, [("01-successfactors-basvurunuz-hakkinda.eml", eml(heads, root))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/rejection",
        "notes": ("Post-interview rejection ('olumsuz sonuçlandı') via SuccessFactors that mentions the date of a "
                  "past interview; rejections are not interviews."),
    })


def c16():
    cid = "b216-16-scholarship-jury-user-interviews"
    nazli = ("Nazlı Er", "nazli.er@lojistikpro.example")
    huseyin = ("Hüseyin Tan", "huseyin.tan@lojistikpro.example")
    d = T(UTC, 2026, 11, 5, 12, 15, 40)
    s = T(IST, 2026, 11, 14, 10, 0)
    e = T(IST, 2026, 11, 14, 13, 0)
    wd(s, "Cumartesi")
    tb, turl = teams("c16-teams", "tr")
    body = f"""Ne zaman: 14 Kasım 2026 Cumartesi 10:00-13:00 (UTC+03:00) İstanbul.
Nerede: Microsoft Teams Toplantısı

*~*~*~*~*~*~*~*~*~*

Değerli jüri üyemiz Selin Hanım,

Lojistik Profesyonelleri Derneği 2026 Burs Programı kapsamında Grup B mülakatlarında jüri üyesi olarak yer aldığınız için teşekkür ederiz. Bu oturumda 8 üniversite öğrencisi adayla her biri 20 dakikalık mülakatlar yapacaksınız.

Aday dosyaları ve değerlendirme formu paylaşılan klasördedir: https://lojistikpro.example/burs/juri-b
Jüri: Selin Karakaya, Hüseyin Tan (LPD Yönetim Kurulu)

Saygılarımla,
Nazlı Er
Proje Koordinatörü | Lojistik Profesyonelleri Derneği

{tb}
"""
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    subj = "LPD Burs Programı 2026 – Mülakat Jürisi (Grup B)"
    ic = outlook_ics(seed="c16-ics", method="REQUEST", tzid="Turkey Standard Time", organizer=nazli,
                     attendees=[attendee(OWNER_NAME, OWNER), attendee(huseyin[0], huseyin[1])], summary=subj,
                     desc=desc, start=s, end=e, dtstamp=d, teams_url=turl, lang="tr-TR",
                     location="Microsoft Teams Toplantısı")
    f = outlook_invite_eml(seed="c16-inv", frm=nazli, to=[(OWNER_NAME, OWNER), huseyin], subject=subj, date=d,
                           text=body, ics_text=ic, lang="tr-TR")
    case(cid, [("01-burs-mulakat-jurisi.eml", f)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": ("Teams invite titled 'Mülakat Jürisi': the owner sits on a scholarship interview jury and "
                  "interviews students. She is the interviewer and it is not a job interview."),
    })


def c18():
    cid = "b216-18-one-way-video-interview"
    d = T(UTC, 2026, 11, 16, 5, 12, 0)
    deadline = T(DXB, 2026, 11, 20, 23, 59)
    wd(deadline, "Friday")
    role = "Supply Chain Manager (Dubai DC)"
    text = f"""Hi Selin,

Thank you for your interest in the {role} role at Sahara Mart. The next step in our process is an on-demand video interview.

You will be asked 6 questions and record your answers at a time convenient for you - there is no live interviewer on the call.

Please complete your interview by Friday, 20 November 2026 at 11:59 PM Gulf Standard Time (GMT+4).

Start your interview: https://app.hirevue.com/interviews/{alnum('c18i', 22)}

The interview takes about 25 minutes. You can practice as many times as you like before you start.

Tips: find a quiet, well-lit place and check your camera and microphone beforehand.

Regards,
Sahara Mart Talent Acquisition Team

Powered by HireVue"""
    b = java_boundary("c18", d)
    root = Multi("alternative", b, [
        Leaf("text/plain; charset=UTF-8", text, "7bit"),
        Leaf("text/html; charset=UTF-8", vendor_html(text, "Sahara Mart Careers", "#c1272d", "Powered by HireVue"),
             "quoted-printable"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("o12.email.hirevue.com", "167.89.45.12", "mx.example.com", d, "c18")),
        ("Return-Path", f"<bounces+{hx('c18r', 7, '0123456789')}@email.hirevue.com>"),
        ("From", A("Sahara Mart Talent Acquisition", "no-reply@hirevue.com")),
        ("To", OWNER),
        ("Subject", f"Sahara Mart: Invitation to complete your video interview - {role}"),
        ("Date", rfc(d)),
        ("Message-ID", f"<{alnum('c18mid', 22)}@geopod-ismtpd-7>"),
    ]
    case(cid, [("01-hirevue-video-interview.eml", eml(heads, root))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/one-way-video",
        "notes": "On-demand (one-way) video interview with a deadline and no live interviewer: an assessment, not an interview.",
    })


def c20():
    cid = "b216-20-headhunter-availability-request"
    aylin = ("Aylin Doğan", "aylin.dogan@kestrel-partners.example")
    d = T(IST, 2026, 11, 10, 15, 48, 27)
    wd(T(IST, 2026, 11, 17), "Salı")
    wd(T(IST, 2026, 11, 18), "Çarşamba")
    text = """Selin Hanım merhaba,

Münih merkezli, otomotiv yan sanayide faaliyet gösteren müşterimiz Supply Chain Manager EMEA pozisyonu için profilinizi çok beğendi ve sizinle bir ilk görüşme yapmak istiyor.

Önümüzdeki hafta için müşterinin uygun olduğu aralıklar şöyle (Münih saati):
- Salı (17 Kasım) 14:00-17:00
- Çarşamba (18 Kasım) 10:00-12:00

Bu aralıklarda size uyan 2-3 zaman dilimini iletebilir misiniz? Dönüşünüze göre müşteriyle netleştirip kesinleşen saat için davet göndereceğim.

Şirket adını ve detaylı iş tanımını gizlilik sözleşmesi nedeniyle telefonda paylaşabilirim.

Saygılarımla,
Aylin Doğan
Principal Consultant | Kestrel Partners
İstanbul – München"""
    f = outlook_mail_eml(seed="c20-m1", frm=aylin, to=[(OWNER_NAME, OWNER)],
                         subject="Münih – Supply Chain Manager EMEA / uygunluğunuz", date=d, text=text)
    case(cid, [("01-aylin-dogan-uygunluk.eml", f)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
        "notes": ("Headhunter asks for availability inside two client windows (with dates and times) but nothing is "
                  "booked; an availability request is not an interview."),
    })


def c22():
    cid = "b216-22-kariyernet-application-status"
    d = T(IST, 2026, 11, 28, 10, 0, 12)
    text = """Merhaba Selin,

Yeşilvadi Perakende A.Ş. firmasının "Lojistik Operasyon Müdürü" ilanına yaptığın başvuru firma tarafından incelendi.

Firma seni mülakata davet ederse Kariyer.net mesajların ve e-posta adresin üzerinden bilgilendirileceksin.

Mülakata hazır mısın?
- Görüşme saatinden 10 dakika önce hazır ol; online görüşmelerde kamera ve mikrofonunu önceden test et.
- Yüz yüze görüşmeye giderken özgeçmişinin basılı bir kopyasını yanına al.
- "Bize kendinden bahset" sorusuna 2 dakikalık bir cevap hazırla.
Mülakatta en sık sorulan 10 soruyu okumak için: https://www.kariyer.net/kariyer-rehberi/mulakat-sorulari

Sana uygun benzer ilanlar:
- Depo Müdürü – Tuzla (3 gün önce)
- Tedarik Zinciri Planlama Uzmanı – Ümraniye (1 gün önce)

Kariyer.net Ekibi"""
    footer = "Bu e-posta, Kariyer.net üyeliğin kapsamında gönderilmiştir."
    b = java_boundary("c22", d)
    root = Multi("alternative", b, [
        Leaf("text/plain; charset=UTF-8", text + "\n\n" + footer + "\n", "base64"),
        Leaf("text/html; charset=UTF-8", vendor_html(text, "kariyer.net", "#8b1fa9", footer), "base64"),
    ])
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mta07.kariyer.net", "185.66.240.7", "mx.example.com", d, "c22")),
        ("Return-Path", f"<bounce-{lhx('c22r', 10)}@mail.kariyer.net>"),
        ("From", A("Kariyer.net", "noreply@kariyer.net")),
        ("To", A(OWNER_NAME, OWNER)),
        ("Subject", hdr("Başvurun incelendi: Lojistik Operasyon Müdürü – Yeşilvadi Perakende")),
        ("Date", rfc(d)),
        ("Message-ID", java_msgid("c22", d, "mta07.kariyer.net")),
        ("List-Unsubscribe", "<https://www.kariyer.net/bildirim-tercihleri?u=" + lhx("c22u", 20) + ">"),
    ]
    case(cid, [("01-kariyernet-basvurun-incelendi.eml", eml(heads, root))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/application-status",
        "notes": "Job-board application status update with interview-preparation tips; no interview is scheduled.",
    })


# ================================================================ main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18,
               c19, c20, c21, c22):
        fn()
    ids = sorted(CASES)
    assert [int(i[5:7]) for i in ids] == list(range(1, len(ids) + 1)), ids
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b216-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid in ids:
        os.makedirs(os.path.join(HERE, cid))
        for fname, content in CASES[cid]:
            with open(os.path.join(HERE, cid, fname), "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
    labels = {cid: LABELS[cid] for cid in ids}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind216 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(ids)} cases, {pos} positive, {len(ids) - pos} negative, {len(n_iv)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in n_iv)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in n_iv)} cancelled)")


if __name__ == "__main__":
    main()
