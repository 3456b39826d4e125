#!/usr/bin/env python3
"""Regenerate the blind233 evaluation set (interview detection), deterministically.

Theme: a Budapest-based financial controller (Szabó Eszter) applying to Hungarian companies,
shared-service centres in Budapest and Debrecen, Vienna employers and a London head office.

Run:  python make_cases.py      (writes b233-* case folders and labels.yaml next to this file)
Only the standard library, PyYAML and zoneinfo are used; every date, Message-ID, UID and MIME
boundary is fixed, so two runs produce identical bytes.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
import textwrap
from datetime import datetime, timedelta
from email.header import Header, decode_header, make_header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BUD = ZoneInfo("Europe/Budapest")
VIE = ZoneInfo("Europe/Vienna")
LON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")

OWNER = "eszter.szabo@example.com"
OWNER_HU = "Szabó Eszter"          # Hungarian name order
OWNER_EN = "Eszter Szabó"
WORK = "szabo.eszter@dunamenti-logisztika.example"   # current employer (auto-forwards to OWNER)

# --------------------------------------------------------------------------- dates
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_DY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
HU_DAYS = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
HU_MON3 = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.",
           "nov.", "dec."]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def T(y, mo, d, h=0, mi=0, s=0, tz=BUD, wd=None):
    """Aware datetime; wd (English weekday) is asserted when the text names the weekday."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert EN_DAYS[dt.weekday()] == wd, (dt, wd)
    return dt


def hm(dt):
    return dt.strftime("%H:%M")


def hu_long(dt):      # 2026. október 26., hétfő
    return f"{dt.year}. {HU_MONTHS[dt.month - 1]} {dt.day}., {HU_DAYS[dt.weekday()]}"


def hu_md(dt):        # október 26., hétfő
    return f"{HU_MONTHS[dt.month - 1]} {dt.day}., {HU_DAYS[dt.weekday()]}"


def hu_dot(dt):       # 2026.10.26.
    return f"{dt.year}.{dt.month:02d}.{dt.day:02d}."


def en_long(dt):      # Thursday, 22 October 2026
    return f"{EN_DAYS[dt.weekday()]}, {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"


def de_long(dt):      # Donnerstag, 5. November 2026
    return f"{DE_DAYS[dt.weekday()]}, {dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year}"


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def check_offset(dt, expected):
    """Assert the UTC offset zoneinfo gives (DST points are the whole point of this set)."""
    got = dt.utcoffset()
    assert got == timedelta(hours=expected), (dt, got, expected)


# --------------------------------------------------------------------------- ids
def hexid(seed, n=32, upper=False):
    h = hashlib.sha256(("b233:" + seed).encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def b64id(seed, n=22):
    return base64.b64encode(hashlib.sha256(("b233t:" + seed).encode()).digest()).decode()[:n]


def alnum(seed, n=12):
    abc = "abcdefghijklmnopqrstuvwxyz0123456789"
    d = hashlib.sha256(("b233a:" + seed).encode()).digest() * 4
    return "".join(abc[b % len(abc)] for b in d[:n])


def digits(seed, n):
    d = hashlib.sha256(("b233d:" + seed).encode()).digest() * 4
    return "".join(str(b % 10) for b in d[:n])


def uuid(seed):
    h = hexid(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


# --------------------------------------------------------------------------- headers
def name_enc(name):
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"' + name.replace('"', '\\"') + '"'
    return name


def A(name, email):
    return f"{name_enc(name)} <{email}>" if name else email


def AL(*pairs):
    return ", ".join(A(n, e) for n, e in pairs)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def unenc(value):
    """Display form of an address header (for quoted 'From:/Feladó:' blocks inside bodies)."""
    return str(make_header(decode_header(value)))


def render_headers(hs):
    return "".join(f"{k}: {v}\n" for k, v in hs)


# --------------------------------------------------------------------------- MIME
def b64(raw):
    return "\n".join(textwrap.wrap(base64.b64encode(raw).decode("ascii"), 76)) + "\n"


def leaf(ctype, text, cte="quoted-printable", extra=()):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = b64(raw)
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return ([("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)], body)


def multi(sub, boundary, parts, extra=()):
    out = ""
    for ph, pb in parts:
        out += f"--{boundary}\n" + render_headers(ph) + "\n" + pb + "\n"
    out += f"--{boundary}--\n"
    return ([("Content-Type", f'multipart/{sub};\n boundary="{boundary}"')] + list(extra), out)


def eml(headers, root):
    rh, rb = root
    return render_headers(list(headers) + [("MIME-Version", "1.0")] + rh) + "\n" + rb


def text_to_html(text, font="Calibri, sans-serif", size="11pt"):
    paras = []
    for block in text.split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        lines = [re.sub(r"(https?://[^\s&<]+)", r'<a href="\1">\1</a>', l) for l in lines]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:{size}">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def received(host, ip, by, sid, dt, for_=OWNER):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by {by} with ESMTPS id {sid}\n"
                        f"        for <{for_}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
                        f"        {format_datetime(dt)}")


# --------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode("utf-8"))
        if n + w > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + w
        else:
            cur, n = cur + ch, n + w
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


WIN_TZ = {
    # Exchange writes Windows zone names with a 1601 base rule set.
    "Central Europe Standard Time": ("+0100", "+0200", "030000", "020000"),
    "W. Europe Standard Time": ("+0100", "+0200", "030000", "020000"),
    "GMT Standard Time": ("+0000", "+0100", "020000", "010000"),
}
WIN_LABEL = {
    ("Central Europe Standard Time", "en"): "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    ("Central Europe Standard Time", "hu"): "(UTC+01:00) Belgrád, Pozsony, Budapest, Ljubljana, Prága",
    ("W. Europe Standard Time", "de"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    ("W. Europe Standard Time", "en"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    ("GMT Standard Time", "en"): "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
}
WIN_IANA = {"Central Europe Standard Time": BUD, "W. Europe Standard Time": VIE,
            "GMT Standard Time": LON}


def vtimezone_windows(tzid):
    std, dst, std_at, dst_at = WIN_TZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:16010101T{std_at}", f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_at}", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def vtimezone_olson(tzid):
    std, dst, sname, dname = {"Europe/Budapest": ("+0100", "+0200", "CET", "CEST"),
                              "Europe/Vienna": ("+0100", "+0200", "CET", "CEST"),
                              "Europe/London": ("+0000", "+0100", "GMT", "BST")}[tzid]
    dst_start = "19700329T020000" if std == "+0100" else "19700329T010000"
    std_start = "19701025T030000" if std == "+0100" else "19701025T020000"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
            f"DTSTART:{dst_start}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
            f"DTSTART:{std_start}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def cal_addr(prop, name, email, params=""):
    cn = name if re.fullmatch(r"[^,;:\"]*", name) else '"' + name + '"'
    return f"{prop};{params + ';' if params else ''}CN={cn}:mailto:{email}"


# --------------------------------------------------------------------------- Teams / Outlook
def teams_block(seed, lang):
    mid = "19%3ameeting_" + b64id(seed + "m", 40).replace("+", "Z").replace("/", "Q") + "%40thread.v2"
    tid, oid = uuid(seed + "tenant"), uuid(seed + "org")
    url = (f"https://teams.microsoft.com/l/meetup-join/{mid}/0?context=%7b%22Tid%22%3a%22{tid}"
           f"%22%2c%22Oid%22%3a%22{oid}%22%7d")
    meeting_id = " ".join([digits(seed, 3), digits(seed + "b", 3), digits(seed + "c", 3),
                           digits(seed + "d", 3)])
    pw = alnum(seed + "pw", 6)
    line = "_" * 80
    if lang == "hu":
        txt = (f"{line}\nMicrosoft Teams-értekezlet\nCsatlakozás számítógépen, mobilalkalmazásban vagy "
               f"tárgyalótermi eszközön\nKattintson ide az értekezlethez való csatlakozáshoz<{url}>\n"
               f"Értekezlet-azonosító: {meeting_id}\nJelkód: {pw}\nTeams letöltése<https://www.microsoft"
               f".com/hu-hu/microsoft-teams/download-app> | Csatlakozás a weben<https://www.microsoft.com"
               f"/microsoft-teams/join-a-meeting>\nTovábbi információ<https://aka.ms/JoinTeamsMeeting>"
               f" | Értekezlet beállításai<https://teams.microsoft.com/meetingOptions/?organizerId={oid}"
               f"&tenantId={tid}&language=hu-HU>\n{line}")
    elif lang == "de":
        txt = (f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App "
               f"oder im Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
               f"Besprechungs-ID: {meeting_id}\nPasscode: {pw}\nTeams herunterladen<https://www.microsoft"
               f".com/de-at/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com"
               f"/microsoft-teams/join-a-meeting>\nWeitere Infos<https://aka.ms/JoinTeamsMeeting>"
               f" | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId={oid}"
               f"&tenantId={tid}&language=de-DE>\n{line}")
    else:
        txt = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {pw}\n"
               f"Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on "
               f"the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://"
               f"aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?"
               f"organizerId={oid}&tenantId={tid}&language=en-GB>\n{line}")
    return txt, url


OUTLOOK_WORDS = {
    "en": ("When", "Where", "Microsoft Teams Meeting"),
    "hu": ("Időpont", "Hely", "Microsoft Teams-értekezlet"),
    "de": ("Wann", "Ort", "Microsoft Teams-Besprechung"),
}


def outlook_when(lang, tzid, start, end):
    label = WIN_LABEL[(tzid, lang)]
    if lang == "hu":
        d = f"{start.year}. {HU_MONTHS[start.month - 1]} {start.day}., {HU_DAYS[start.weekday()]}"
    elif lang == "de":
        d = de_long(start)
    else:
        d = en_long(start)
    return f"{d} {hm(start)}-{hm(end)} {label}."


def exchange_invite(*, seed, lang, frm, to, cc=(), subject, date, tzid, start, end, organizer,
                    attendees, body, location=None, teams=True, seq=0, method="REQUEST",
                    delivered_to=OWNER, pre_headers=(), outlook_host="VI1PR03MB", importance=None,
                    event_seed=None, refs=()):
    """An Exchange Online meeting request / cancellation (multipart/alternative, base64 iCalendar)."""
    ev = event_seed or seed
    tz = WIN_IANA[tzid]
    assert start.tzinfo is tz or start.utcoffset() == start.astimezone(tz).utcoffset()
    when_w, where_w, teams_name = OUTLOOK_WORDS[lang]
    loc = location or teams_name
    tblock, turl = teams_block(ev, lang) if teams else ("", None)
    plain = (f"{when_w}: {outlook_when(lang, tzid, start, end)}\n{where_w}: {loc}\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n" + body.rstrip("\n") + "\n\n" + (tblock + "\n" if tblock else ""))
    server = f"{outlook_host}{digits(seed + 'srv', 4)}"
    msgid = f"<{outlook_host}{digits(seed + 'mid', 4)}{hexid(seed + 'mid', 28, True)}@{server}.eurprd0{digits(seed, 1)}.prod.outlook.com>"
    cancel = method == "CANCEL"
    uid = ("040000008200E00074C5B7101A82E00800000000" + hexid(ev + "uid", 16, True)
           + "000000000000000010000000" + hexid(ev + "uid2", 32, True))
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + vtimezone_windows(tzid) + ["BEGIN:VEVENT"]
    lines.append(cal_addr("ORGANIZER", organizer[0], organizer[1]))
    for name, email, role in attendees:
        ps = "NEEDS-ACTION"
        lines.append(cal_addr("ATTENDEE", name, email, f"ROLE={role};PARTSTAT={ps};RSVP=TRUE"))
    lang_tag = {"en": "en-GB", "hu": "hu-HU", "de": "de-AT"}[lang]
    lines += [f"DESCRIPTION;LANGUAGE={lang_tag}:" + ics_escape(plain),
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang_tag}:" + ics_escape(subject),
              f"DTSTART;TZID={tzid}:{ics_local(start.astimezone(tz))}",
              f"DTEND;TZID={tzid}:{ics_local(end.astimezone(tz))}",
              "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5",
              f"DTSTAMP:{ics_utc(date)}", "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
              "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang_tag}:" + ics_escape(loc),
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits(seed + 'own', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if turl:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(loc)}"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    boundary = f"_000_{hexid(seed + 'bnd', 24, True)}{outlook_host}{digits(seed + 'b', 4)}eurp_"
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', text_to_html(plain, "Aptos, Calibri, sans-serif")),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    hs = [("Delivered-To", delivered_to)] + list(pre_headers) + [
        received(f"{outlook_host[:4]}-{digits(seed + 'h', 2)}-obe.outbound.protection.outlook.com",
                 f"40.107.{digits(seed + 'i1', 2)}.{digits(seed + 'i2', 2)}", "mx.example.com",
                 alnum(seed + "sid", 12), date + timedelta(seconds=3)),
        ("From", A(*frm)), ("To", AL(*to))]
    if cc:
        hs.append(("CC", AL(*cc)))
    hs += [("Subject", subj(subject)), ("Thread-Topic", subj(re.sub(r"^(Lemondva|Canceled|Abgesagt): ", "", subject))),
           ("Thread-Index", b64id(seed + "ti", 30) + "=="), ("Date", format_datetime(date)),
           ("Message-ID", msgid)] + thread_hdrs(msgid, refs) + [
           ("Accept-Language", {"en": "en-GB, en-US", "hu": "hu-HU, en-US", "de": "de-AT, en-US"}[lang]),
           ("Content-Language", lang_tag), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if importance:
        hs.append(("Importance", importance))
    hs += [("Content-class", "urn:content-classes:calendarmessage"),
           ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(ev + "ser", 20) + "EAAAAA"),
           ("x-ms-publictraffictype", "Email")]
    return eml(hs, root), msgid, uid, cal


def thread_hdrs(msgid, refs):
    if not refs:
        return []
    return [("In-Reply-To", refs[-1]), ("References", "\n ".join(refs))]


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def interview(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


# --------------------------------------------------------------------------- more builders
PREFIX_RE = re.compile(r"^((RE|Re|AW|WG|VS|TO|FW|Fwd|Fw|Válasz):\s*)+")


def outlook_mail(*, seed, lang, frm, to, cc=(), subject, date, body, refs=(), delivered_to=OWNER,
                 pre_headers=(), host="AS8PR04MB", importance=None, html_body=None):
    server = f"{host}{digits(seed + 'srv', 4)}"
    msgid = f"<{host}{digits(seed + 'mid', 4)}{hexid(seed + 'mid', 28, True)}@{server}.eurprd04.prod.outlook.com>"
    boundary = f"_000_{hexid(seed + 'bnd', 24, True)}{host}{digits(seed + 'b', 4)}eurp_"
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', body),
        leaf('text/html; charset="utf-8"', html_body or text_to_html(body))])
    lang_tag = {"en": "en-GB", "hu": "hu-HU", "de": "de-AT"}[lang]
    hs = [("Delivered-To", delivered_to)] + list(pre_headers) + [
        received(f"{host[:4]}-{digits(seed + 'h', 2)}-obe.outbound.protection.outlook.com",
                 f"40.107.{digits(seed + 'i1', 2)}.{digits(seed + 'i2', 2)}", "mx.example.com",
                 alnum(seed + "sid", 12), date + timedelta(seconds=2)),
        ("From", A(*frm)), ("To", AL(*to))]
    if cc:
        hs.append(("CC", AL(*cc)))
    hs += [("Subject", subj(subject)), ("Thread-Topic", subj(PREFIX_RE.sub("", subject))),
           ("Thread-Index", b64id(seed + "ti", 30) + "=="), ("Date", format_datetime(date)),
           ("Message-ID", msgid)] + thread_hdrs(msgid, refs) + [
           ("Accept-Language", {"en": "en-GB, en-US", "hu": "hu-HU, en-US", "de": "de-AT, en-US"}[lang]),
           ("Content-Language", lang_tag), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if importance:
        hs.append(("Importance", importance))
    return eml(hs, root), msgid


def gmail_html(text):
    out = []
    for block in text.split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            inner = "<br>".join(re.sub(r"^&gt; ?", "", l) for l in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
        else:
            out.append("<div>" + "<br>".join(lines) + "</div><div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gmail_mail(*, seed, frm, to, cc=(), subject, date, body, refs=(), delivered_to=OWNER,
               reply_to=None, html_body=None):
    msgid = "<CA" + b64id(seed + "g", 44).replace("/", "_").replace("+", "-") + "@mail.gmail.com>"
    boundary = "000000000000" + hexid(seed + "gb", 12)
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', body),
        leaf('text/html; charset="UTF-8"', html_body or gmail_html(body))])
    hs = [("Delivered-To", delivered_to),
          received(f"mail-sor-f{digits(seed + 'h', 2)}.google.com",
                   f"209.85.220.{digits(seed + 'ip', 2)}", "mx.example.com", alnum(seed + "sid", 12),
                   date + timedelta(seconds=1)),
          ("Return-Path", f"<{frm[1]}>")] + thread_hdrs(None, refs) + [
          ("From", A(*frm)), ("Date", format_datetime(date)), ("Message-ID", msgid),
          ("Subject", subj(subject)), ("To", AL(*to))]
    if cc:
        hs.append(("Cc", AL(*cc)))
    if reply_to:
        hs.append(("Reply-To", A(*reply_to)))
    return eml(hs, root), msgid


def outlook_quote(lang, frm, dt, to, subject, text, cc=None):
    frm, to = unenc(frm), unenc(to)
    cc = unenc(cc) if cc else cc
    if lang == "hu":
        sent = f"{dt.year}. {HU_MONTHS[dt.month - 1]} {dt.day}., {HU_DAYS[dt.weekday()]} {dt.hour}:{dt.minute:02d}"
        head = ["Feladó: " + frm, "Elküldve: " + sent, "Címzett: " + to]
        if cc:
            head.append("Másolatot kap: " + cc)
        head.append("Tárgy: " + subject)
    elif lang == "de":
        sent = f"{de_long(dt)} {hm(dt)}"
        head = ["Von: " + frm, "Gesendet: " + sent, "An: " + to] + (["Cc: " + cc] if cc else []) + ["Betreff: " + subject]
    else:
        sent = f"{en_long(dt)} {hm(dt)}"
        head = ["From: " + frm, "Sent: " + sent, "To: " + to] + (["Cc: " + cc] if cc else []) + ["Subject: " + subject]
    return "________________________________\n" + "\n".join(head) + "\n\n" + text.rstrip("\n") + "\n"


def gmail_attr_hu(name, email, dt):
    days = ["H", "K", "Sze", "Cs", "P", "Szo", "V"]
    return (f"{name} <{email}> ezt írta (időpont: {dt.year}. {HU_MON3[dt.month - 1]} {dt.day}., "
            f"{days[dt.weekday()]}, {dt.hour}:{dt.minute:02d}):")


def google_invite_hu(*, seed, organizer, guests, title, start, end, date, description,
                     delivered_to=OWNER, location=""):
    """Google Calendar invitation e-mail as sent to a Hungarian-language Google account."""
    evid = alnum(seed + "ev", 26)
    meet = f"{alnum(seed + 'm1', 3)}-{alnum(seed + 'm2', 4)}-{alnum(seed + 'm3', 3)}"
    eid = base64.b64encode(f"{evid} {delivered_to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    pin = digits(seed + "pin", 9)
    when = (f"{start.year}. {HU_MONTHS[start.month - 1]} {start.day}., {HU_DAYS[start.weekday()]} "
            f"⋅ {hm(start)} – {hm(end)}")
    guest_lines = [f"{organizer[0]} – szervező", organizer[1]]
    for n, e in guests:
        guest_lines += [n, e]
    plain = (f"{title}\n{when}\nKözép-európai idő – Budapest\n\n"
             + (f"Helyszín\n{location}\n\n" if location else "")
             + f"Csatlakozás a Google Meettel\nhttps://meet.google.com/{meet}\n\n"
             f"Csatlakozás telefonon\n(HU) +36 1 555 {digits(seed + 'tel', 4)}\nPIN-kód: {pin}\n\n"
             f"További telefonszámok\nhttps://tel.meet/{meet}?pin={pin}{digits(seed + 'p2', 4)}\n\n"
             f"Szervező\n{organizer[0]}\n{organizer[1]}\n\nVendégek\n" + "\n".join(guest_lines)
             + f"\nAz összes vendég adatainak megtekintése {view}\n\n{description.rstrip()}\n\n"
             f"Válasz a következő számára: {delivered_to}, és további részletek megtekintése {view}\n\n\n"
             "~~//~~\nMeghívó a Google Naptárból: https://calendar.google.com/calendar/\n\n"
             "Azért kapja ezt az e-mailt, mert résztvevője az eseménynek.\n\n"
             "A meghívó továbbításával a címzettek bármelyike válaszolhat a szervezőnek, felkerülhet a "
             "vendéglistára, meghívhat másokat, vagy módosíthatja az Ön válaszát. További információ "
             "https://support.google.com/calendar/answer/37135#forwarding\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtimezone_olson("Europe/Budapest") + [
             "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Budapest:{ics_local(start)}",
             f"DTEND;TZID=Europe/Budapest:{ics_local(end)}", f"DTSTAMP:{ics_utc(date)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{evid}@google.com",
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
             f"{organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}"]
    for n, e in guests:
        ps = "NEEDS-ACTION" if e == delivered_to else "ACCEPTED"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n};"
                     f"X-NUM-GUESTS=0:mailto:{e}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{ics_utc(date)}",
              "DESCRIPTION:" + ics_escape(description.rstrip() + "\n\nCsatlakozás a Google Meettel: "
                                          f"https://meet.google.com/{meet}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{ics_utc(date)}", "LOCATION:" + ics_escape(location), "SEQUENCE:0",
              "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(title), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
              "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{delivered_to}", "TRIGGER:-P0DT0H30M0S",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    bm, ba = "000000000000" + hexid(seed + "bm", 12), "000000000000" + hexid(seed + "ba", 12)
    alt = multi("alternative", ba, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', text_to_html(plain, "Roboto, Helvetica, Arial, sans-serif")),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal.replace("\r\n", "\n"), "7bit")])
    att = leaf('application/ics; name="invite.ics"', cal.encode(), "base64",
               [("Content-Disposition", 'attachment; filename="invite.ics"')])
    root = multi("mixed", bm, [alt, att])
    msgid = f"<calendar-{uuid(seed + 'cal')}@google.com>"
    mon3 = HU_MON3[start.month - 1]
    sj = (f"Meghívó: {title} @ {start.year}. {mon3} {start.day}., {HU_DAYS[start.weekday()]} "
          f"{hm(start)} – {hm(end)} (CET) ({delivered_to})")
    hs = [("Delivered-To", delivered_to),
          received(f"mail-sor-f{digits(seed + 'h', 2)}.google.com", f"209.85.220.{digits(seed + 'ip', 2)}",
                   "mx.example.com", alnum(seed + "sid", 12), date + timedelta(seconds=1)),
          ("Return-Path", f"<{alnum(seed + 'rp', 26)}@calendar-server.bounces.google.com>"),
          ("Reply-To", A(*organizer)), ("Sender", A("Google Naptár", "calendar-notification@google.com")),
          ("Message-ID", msgid), ("Date", format_datetime(date)), ("Subject", subj(sj)),
          ("From", A(*organizer)), ("To", delivered_to)]
    return eml(hs, root), msgid, evid, cal


def vendor_mail(*, headers, plain, html_body, attachments=(), boundary_seed, alt_cte="quoted-printable"):
    alt = multi("alternative", "----=_Part_" + digits(boundary_seed + "a", 7) + "_" + digits(boundary_seed + "b", 10)
                + "." + digits(boundary_seed + "c", 13), [
                    leaf('text/plain; charset=UTF-8', plain, alt_cte),
                    leaf('text/html; charset=UTF-8', html_body, alt_cte)])
    if not attachments:
        return eml(headers, alt)
    parts = [alt] + list(attachments)
    root = multi("mixed", "----=_Part_" + digits(boundary_seed + "m", 7) + "_" + digits(boundary_seed + "n", 10)
                 + "." + digits(boundary_seed + "o", 13), parts)
    return eml(headers, root)


def vendor_received(seed, host, ip, date):
    return received(host, ip, "mx.example.com", alnum(seed + "sid", 12), date + timedelta(seconds=4))


# ============================================================================ POSITIVE CASES
@case
def c01():
    slug = "b233-01-profession-hu-holnap-telefonos"
    sent = T(2026, 10, 13, 16, 42, 10, wd="Tuesday")
    start = T(2026, 10, 14, 14, 0, wd="Wednesday")      # "holnap (szerdán) 14:00"
    assert start.date() - sent.date() == timedelta(days=1)
    check_offset(start, 2)
    gabor = ("Kertész Gábor", "kertesz.gabor@matra-kabel.example")
    msg = ("Kedves Eszter!\n\n"
           "Köszönjük, hogy jelentkezett a Mátra Kábelgyártó Kft. Pénzügyi kontroller pozíciójára. "
           "Önéletrajza alapján szeretnénk Önt jobban megismerni, ezért telefonos interjúra hívjuk: "
           "holnap (szerdán) 14:00-kor fogom hívni a jelentkezésben megadott telefonszámon.\n\n"
           "A beszélgetés kb. 30 perc lesz; szó lesz a jelenlegi feladatairól (havi zárás, "
           "költséghely-riportok), a bérigényéről és a lehetséges kezdési időpontról.\n\n"
           "Ha az időpont mégsem alkalmas, kérem, jelezze itt vagy közvetlenül e-mailben.\n\n"
           "Üdvözlettel:\nKertész Gábor\nHR generalista\nMátra Kábelgyártó Kft. | 3200 Gyöngyös, Ipari út 14.\n"
           f"Tel.: +36 37 555 0142 | {gabor[1]}")
    link = "https://www.profession.hu/fiokom/uzenetek/" + digits("c01link", 8)
    plain = ("Kedves Szabó Eszter!\n\n"
             "Új üzenetet kapott a(z) Mátra Kábelgyártó Kft. hirdetőtől a(z) „Pénzügyi kontroller” "
             "(Gyöngyös) álláshirdetésre beküldött jelentkezésével kapcsolatban.\n\n"
             "----------------------------------------\n" + msg + "\n----------------------------------------\n\n"
             f"Az üzenetre a Profession.hu fiókjában, az Üzenetek menüpontban válaszolhat:\n{link}\n\n"
             "Ez egy automatikus értesítés, kérjük, erre az e-mailre ne válaszoljon.\n"
             "Profession.hu – Álláskeresés egyszerűen\n")
    h = ('<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>Új üzenet</title></head>\n'
         '<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">\n'
         '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
         '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">\n'
         '<tr><td style="background:#e4003a;color:#fff;font-size:22px;font-weight:bold">Profession.hu</td></tr>\n'
         '<tr><td><p>Kedves Szabó Eszter!</p><p>Új üzenetet kapott a(z) <b>Mátra Kábelgyártó Kft.</b> '
         'hirdetőtől a(z) <b>„Pénzügyi kontroller”</b> (Gyöngyös) álláshirdetésre beküldött '
         'jelentkezésével kapcsolatban.</p>\n<div style="border-left:4px solid #e4003a;padding:8px 16px;'
         'background:#fafafa">' + "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>"
                                          for p in msg.split("\n\n")) + "</div>\n"
         f'<p><a href="{link}" style="background:#e4003a;color:#fff;padding:10px 18px;text-decoration:none">'
         'Válaszolok</a></p>\n<p style="color:#888;font-size:12px">Ez egy automatikus értesítés, kérjük, '
         'erre az e-mailre ne válaszoljon.</p></td></tr></table></td></tr></table></body></html>\n')
    hs = [("Delivered-To", OWNER), vendor_received("c01", "mailer2.profession.hu", "185.43.205.17", sent),
          ("From", A("Profession.hu", "noreply@profession.hu")), ("To", A(OWNER_HU, OWNER)),
          ("Subject", subj("Új üzenet érkezett: Pénzügyi kontroller – Mátra Kábelgyártó Kft.")),
          ("Date", format_datetime(sent)),
          ("Message-ID", f"<{sent.strftime('%Y%m%d%H%M%S')}.{hexid('c01', 16)}@mailer2.profession.hu>"),
          ("X-Mailer", "Profession Notification Service")]
    files = [("01-profession-uj-uzenet-matra-kabel.eml",
              vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c01"))]
    label = {"interviews": [interview("Mátra Kábelgyártó Kft.", "Pénzügyi kontroller", start,
                                      start + timedelta(minutes=30), "scheduled", [gabor[1]], [gabor[1]],
                                      "phone_screen")],
             "difficulty": "medium", "category": "positive/job-board-relative-date",
             "notes": "Profession.hu employer-message notification (no-reply sender). 'holnap (szerdán) "
                      "14:00' resolved against Date Tue 13 Oct 2026 -> Wed 14 Oct 14:00 CEST (+02:00); "
                      "'kb. 30 perc' gives the end. The HR generalist makes the call himself, so he is "
                      "interviewer and follow-up recipient."}
    return slug, files, label


@case
def c02():
    slug = "b233-02-successfactors-teams-cet-after-dst"
    sf_sent = T(2026, 10, 21, 9, 14, 33, wd="Wednesday")
    inv_sent = T(2026, 10, 21, 10, 2, 51)
    start = T(2026, 10, 29, 10, 0, wd="Thursday")
    end = start + timedelta(hours=1)
    check_offset(sf_sent, 2)
    check_offset(start, 1)
    maja = ("Maja Lindqvist", "maja.lindqvist@nordvik-gbs.example")
    dora = ("Dóra Varga", "dora.varga@nordvik-gbs.example")
    role = "Senior Financial Controller – Record to Report"
    rows = [("Position", f"{role} (Req. ID 4471)"), ("Date", "29/10/2026 (Thursday)"),
            ("Time", "10:00 – 11:00 (GMT+01:00) Central European Time – Budapest"),
            ("Interview type", "Hiring Manager Interview – Microsoft Teams video call"),
            ("Interviewer", "Maja Lindqvist, Head of Record to Report"), ("Duration", "60 minutes")]
    plain = ("Dear Eszter,\n\nThank you for your interest in Nordvik Group Business Services. We are pleased "
             "to invite you to an interview.\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n"
             "The Teams link will be sent to you by the interviewer in a separate calendar invitation.\n"
             "Please note that Hungary switches to winter time on Sunday, 25 October: the time above is "
             "already given in winter time (CET).\n\n"
             f"If you have any questions, please contact your recruiter, Dóra Varga ({dora[1]}).\n\n"
             "Kind regards,\nNordvik Talent Acquisition\n\n--\nThis e-mail was generated by SAP SuccessFactors "
             "Recruiting. Please do not reply to this message.\n")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:10pt">\n<p>Dear Eszter,</p>\n'
         '<p>Thank you for your interest in Nordvik Group Business Services. We are pleased to invite you '
         'to an interview.</p>\n<table border="1" cellpadding="6" style="border-collapse:collapse">\n'
         + "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>\n" for k, v in rows)
         + '</table>\n<p>The Teams link will be sent to you by the interviewer in a separate calendar '
         'invitation.<br>Please note that Hungary switches to winter time on Sunday, 25 October: the time '
         'above is already given in winter time (CET).</p>\n'
         f'<p>If you have any questions, please contact your recruiter, Dóra Varga (<a href="mailto:{dora[1]}">'
         f'{dora[1]}</a>).</p>\n<p>Kind regards,<br>Nordvik Talent Acquisition</p>\n'
         '<p style="color:#777;font-size:8pt">This e-mail was generated by SAP SuccessFactors Recruiting. '
         'Please do not reply to this message.</p></body></html>\n')
    hs = [("Delivered-To", OWNER), vendor_received("c02", "mail-eu10.successfactors.eu", "155.56.208.99", sf_sent),
          ("Date", format_datetime(sf_sent)), ("From", A("Nordvik Careers", "careers-noreply@successfactors.eu")),
          ("To", OWNER), ("Message-ID", f"<{digits('c02m', 9)}.{digits('c02n', 5)}.{digits('c02o', 13)}@sfrcm-eu10.successfactors.eu>"),
          ("Subject", subj(f"Interview invitation – {role}, Budapest (Req. ID 4471)")),
          ("X-SF-Company", "NordvikGBS")]
    f1 = vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c02")
    body = ("Hi Eszter,\n\nLooking forward to our conversation on Thursday next week. We'll talk about your "
            "consolidation and month-end close experience and how our R2R tower is set up in Budapest "
            "(about 60 people across GL, fixed assets and intercompany).\n\n"
            "Dóra from Talent Acquisition is added for visibility only.\n\n"
            "Best regards,\nMaja\n\nMaja Lindqvist\nHead of Record to Report\n"
            "Nordvik Group Business Services Kft. | 1134 Budapest, Dózsa György út 158.\n")
    f2, _, _, _ = exchange_invite(
        seed="c02inv", lang="en", frm=maja, to=[(OWNER_EN, OWNER)], cc=[dora],
        subject=f"Interview – Eszter Szabó – {role}", date=inv_sent, tzid="Central Europe Standard Time",
        start=start, end=end, organizer=maja,
        attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT"), (dora[0], dora[1], "OPT-PARTICIPANT")], body=body)
    files = [("01-successfactors-interview-invitation.eml", f1), ("02-teams-invite-maja-lindqvist.eml", f2)]
    label = {"interviews": [interview("Nordvik Group Business Services", role, start, end, "scheduled",
                                      [maja[1]], [maja[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/ats-plus-teams-dedupe",
             "notes": "SuccessFactors invitation (no-reply) + Teams invite from the hiring manager for the same "
                      "slot = ONE interview. Sent on 21 Oct (CEST, +02:00) for 29 Oct, which is after the EU "
                      "DST end on 25 Oct: 10:00 CET = +01:00. TZID 'Central Europe Standard Time'. The TA "
                      "recruiter is an optional attendee for visibility only (coordinator, not interviewer)."}
    return slug, files, label


@case
def c03():
    slug = "b233-03-london-hq-two-rounds-gmt-standard-time"
    o_sent = T(2026, 10, 16, 14, 20, 7, tz=LON, wd="Friday")
    s1 = T(2026, 10, 22, 11, 0, tz=LON, wd="Thursday")        # 11:00 UK (BST) = 12:00 Budapest
    e1 = s1 + timedelta(minutes=45)
    check_offset(s1, 1)
    assert s1.astimezone(BUD).hour == 12
    m_sent = T(2026, 10, 23, 15, 6, 40, tz=LON, wd="Friday")
    assert (m_sent.date() - s1.date()).days == 1                # "Thank you for your time yesterday"
    s2 = T(2026, 10, 27, 9, 30, tz=LON, wd="Tuesday")          # 09:30 GMT = 10:30 Budapest (CET)
    e2 = s2 + timedelta(minutes=45)
    check_offset(s2, 0)
    assert s2.astimezone(BUD).hour == 10 and s2.astimezone(BUD).minute == 30
    j_sent = T(2026, 10, 23, 16, 41, 12, tz=LON)
    olivia = ("Olivia Pennington", "olivia.pennington@harrowgate-foods.example")
    james = ("James Whitcombe", "james.whitcombe@harrowgate-foods.example")
    role = "Financial Controller – Hungary"
    sig = ("Olivia Pennington\nSenior Talent Partner, Group Finance\nHarrowgate Foods plc | 12 Marlow Yard, "
           "London SE1 3QT\nM +44 7700 900418\n")
    b1 = ("Hi Eszter,\n\nAs discussed, here is the invitation for our first conversation about the Financial "
          "Controller role for our Hungarian business (Harrowgate Foods Kft., Budapest). It will be a relaxed "
          "45-minute call with me on Teams: your background, your motivation and your notice period.\n\n"
          "Please note the time in the invitation is UK time: 11:00 in London is 12:00 for you in Budapest.\n\n"
          "Kind regards,\nOlivia\n\n" + sig)
    f1, inv1_id, _, _ = exchange_invite(
        seed="c03inv1", lang="en", frm=olivia, to=[(OWNER_EN, OWNER)],
        subject=f"Harrowgate Foods – initial conversation – {role}", date=o_sent, tzid="GMT Standard Time",
        start=s1, end=e1, organizer=olivia, attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT")], body=b1,
        outlook_host="LO2P265MB")
    b2 = ("Hi Eszter,\n\nThank you for your time yesterday – I really enjoyed our conversation, and I'm pleased "
          "to say we'd like to move you to the next stage.\n\n"
          "James Whitcombe, our Group Financial Controller (copied), will interview you on Tuesday 27 October "
          "at 09:30 GMT. The clocks go back in both the UK and Hungary this Sunday (25 October), so that is "
          "10:30 your time in Budapest – the one-hour difference stays the same. It will be a 45-minute "
          "conversation on Teams and James will send the invitation himself; I won't be joining this one.\n\n"
          "James will want to go through your experience with IFRS 16, intercompany reconciliations and the "
          "local statutory audit, so it's worth having a couple of examples ready.\n\n"
          "Kind regards,\nOlivia\n\n" + sig)
    f2, m_id = outlook_mail(seed="c03mail", lang="en", frm=olivia, to=[(OWNER_EN, OWNER)], cc=[james],
                            subject=f"Next step – {role}", date=m_sent, body=b2, host="LO2P265MB")
    b3 = ("Eszter,\n\nLooking forward to speaking on Tuesday. I'll be dialling in from London; "
          "45 minutes should be plenty.\n\nBest,\nJames\n\nJames Whitcombe\nGroup Financial Controller\n"
          "Harrowgate Foods plc\n")
    f3, _, _, _ = exchange_invite(
        seed="c03inv2", lang="en", frm=james, to=[(OWNER_EN, OWNER)],
        subject=f"Eszter Szabó / James Whitcombe – {role} – interview", date=j_sent, tzid="GMT Standard Time",
        start=s2, end=e2, organizer=james, attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT")], body=b3,
        outlook_host="LO2P265MB")
    files = [("01-teams-invite-initial-conversation.eml", f1), ("02-next-step-james-whitcombe.eml", f2),
             ("03-teams-invite-james-whitcombe.eml", f3)]
    label = {"interviews": [
        interview("Harrowgate Foods", role, s1, e1, "scheduled", [olivia[1]], [olivia[1]], "phone_screen"),
        interview("Harrowgate Foods", role, s2, e2, "scheduled", [james[1]], [james[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/london-dst-two-interviews",
        "notes": "Two interviews with the London head office. Round 1: Teams invite with TZID 'GMT Standard "
                 "Time' and Outlook label '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', but 22 Oct is still "
                 "BST, so 11:00 = 10:00Z = 12:00 Budapest (the body says so). Round 2: e-mail + Teams invite "
                 "(one interview) on 27 Oct after both UK and EU clocks went back: 09:30 GMT = 10:30 CET. "
                 "Olivia screens herself in round 1 (interviewer) and says she will not join round 2."}
    return slug, files, label


@case
def c04():
    slug = "b233-04-wien-vorstellungsgespraech-outlook"
    sent1 = T(2026, 10, 29, 10, 15, 22, tz=VIE, wd="Thursday")
    sent2 = T(2026, 10, 29, 10, 21, 5, tz=VIE)
    start = T(2026, 11, 5, 14, 0, tz=VIE, wd="Thursday")
    end = T(2026, 11, 5, 15, 30, tz=VIE)
    check_offset(start, 1)
    kat = ("Katharina Huber", "katharina.huber@leopoldauer-praezision.example")
    gru = ("Stefan Gruber", "stefan.gruber@leopoldauer-praezision.example")
    role = "Controller (m/w/d) Konzernreporting"
    addr = "Pragerstraße 140, 1210 Wien"
    sig = ("Mag. Katharina Huber\nHuman Resources | Recruiting\nLeopoldauer Präzisionstechnik GmbH\n"
           f"{addr}\nT +43 1 555 38 21 14\n{kat[1]}\n\nFirmenbuchnummer FN 123456x, Handelsgericht Wien\n")
    b1 = ("Sehr geehrte Frau Szabó,\n\n"
          "vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Wir freuen uns, Sie zu "
          "einem persönlichen Vorstellungsgespräch für die Position Controller (m/w/d) mit Schwerpunkt "
          "Konzernreporting einladen zu dürfen:\n\n"
          f"Termin: {de_long(start)}, {hm(start)} – {hm(end)} Uhr\n"
          f"Ort: Leopoldauer Präzisionstechnik GmbH, {addr}, Empfang Gebäude B\n"
          "Gesprächspartner: Dr. Stefan Gruber (Leiter Finanzen & Controlling) und ich\n\n"
          "Im Gespräch möchten wir unter anderem über Ihre Erfahrungen mit der Konzernkonsolidierung (IFRS, "
          "SAP S/4HANA Group Reporting) sprechen. Bitte bringen Sie einen Lichtbildausweis mit; "
          "Besucherparkplätze finden Sie vor Gebäude B.\n\n"
          "Eine Terminanfrage für Ihren Kalender folgt separat. Die Reisekosten aus Budapest (Bahn, "
          "2. Klasse) übernehmen wir gerne.\n\nMit freundlichen Grüßen\n\n" + sig)
    f1, _ = outlook_mail(seed="c04mail", lang="de", frm=kat, to=[(OWNER_EN, OWNER)], cc=[gru],
                         subject=f"Einladung zum Vorstellungsgespräch – {role}", date=sent1, body=b1,
                         host="VI1PR07MB")
    b2 = ("Sehr geehrte Frau Szabó,\n\nwie angekündigt anbei die Terminanfrage zu unserem Gespräch. "
          "Herr Dr. Gruber und ich freuen uns auf Sie.\n\nMit freundlichen Grüßen\nKatharina Huber\n")
    f2, _, _, _ = exchange_invite(
        seed="c04inv", lang="de", frm=kat, to=[(OWNER_EN, OWNER), gru],
        subject=f"Vorstellungsgespräch Frau Eszter Szabó – {role}", date=sent2, tzid="W. Europe Standard Time",
        start=start, end=end, organizer=kat,
        attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT"), (gru[0], gru[1], "REQ-PARTICIPANT")], body=b2,
        location=f"Leopoldauer Präzisionstechnik, {addr} – Besprechungsraum Donau (Gebäude B)", teams=False,
        outlook_host="VI1PR07MB")
    files = [("01-einladung-vorstellungsgespraech.eml", f1), ("02-terminanfrage-vorstellungsgespraech.eml", f2)]
    label = {"interviews": [interview("Leopoldauer Präzisionstechnik GmbH", role, start, end, "scheduled",
                                      [kat[1], gru[1]], [kat[1], gru[1]], "onsite")],
             "difficulty": "medium", "category": "positive/german-outlook-panel",
             "notes": "German invitation letter + Exchange meeting request (TZID 'W. Europe Standard Time') for "
                      "the same in-person Vorstellungsgespräch in Vienna = ONE. Two interviewers (HR recruiter "
                      "who says 'und ich' + head of finance) -> panel -> kind onsite. 5 Nov is CET (+01:00)."}
    return slug, files, label


@case
def c05():
    slug = "b233-05-workday-debrecen-ics-utc"
    sent = T(2026, 11, 3, 13, 5, 44, wd="Tuesday")
    start = T(2026, 11, 10, 9, 0, wd="Tuesday")
    end = start + timedelta(hours=1)
    kri = ("Krisztina Balogh", "krisztina.balogh@calderon-pharma.example")
    group = "ta.debrecen@calderon-pharma.example"
    role = "Finance Controller (Cost Accounting)"
    req = "R-0045127"
    teams = teams_block("c05teams", "en")[1]
    plain = ("Hello Eszter,\n\n"
             f"Your interview for {role} ({req}) at Calderon Pharma Global Business Services, Debrecen has "
             "been scheduled.\n\nInterview Details\n"
             f"Date: {en_long(start)}\nTime: 09:00 AM - 10:00 AM (CET)\n"
             "Location: Microsoft Teams (link in the attached calendar invitation)\n"
             f"Interviewer(s): {kri[0]} - Finance Manager, Cost Accounting\n\n"
             "What to expect: a technical interview covering product costing, variance analysis and SAP CO-PC. "
             "You may be asked to walk through a standard cost roll-up example.\n\n"
             "Need to reschedule? Reply to this e-mail and our Talent Acquisition team will help you.\n\n"
             "Thank you,\nCalderon Pharma Talent Acquisition\n\nPowered by Workday\n")
    h = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
         '<div style="max-width:640px;margin:auto">\n<p>Hello Eszter,</p>\n'
         f'<p>Your interview for <b>{html.escape(role)} ({req})</b> at Calderon Pharma Global Business '
         'Services, Debrecen has been scheduled.</p>\n<h3 style="color:#0875e1">Interview Details</h3>\n'
         f'<p><b>Date:</b> {en_long(start)}<br><b>Time:</b> 09:00 AM - 10:00 AM (CET)<br>'
         '<b>Location:</b> Microsoft Teams (link in the attached calendar invitation)<br>'
         f'<b>Interviewer(s):</b> {kri[0]} - Finance Manager, Cost Accounting</p>\n'
         '<p>What to expect: a technical interview covering product costing, variance analysis and SAP CO-PC. '
         'You may be asked to walk through a standard cost roll-up example.</p>\n'
         '<p>Need to reschedule? Reply to this e-mail and our Talent Acquisition team will help you.</p>\n'
         '<p>Thank you,<br>Calderon Pharma Talent Acquisition</p>\n'
         '<p style="font-size:11px;color:#999">Powered by Workday</p></div></body></html>\n')
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc//Workday Recruiting//EN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{req}-INT-{hexid('c05uid', 20)}@myworkday.com",
               f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
               f"SUMMARY:Interview: {role} - Eszter Szabó",
               "ORGANIZER;CN=Calderon Pharma Talent Acquisition:mailto:calderonpharma@myworkday.com",
               f"ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               f"ATTENDEE;CN={kri[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{kri[1]}",
               "LOCATION:Microsoft Teams",
               "DESCRIPTION:" + ics_escape(f"Technical interview – {role} ({req})\nInterviewer: {kri[0]}\n"
                                           f"Join Microsoft Teams meeting: {teams}"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', cal.encode(), "base64",
               [("Content-Disposition", 'attachment; filename="Interview.ics"')])
    hs = [("Delivered-To", OWNER), vendor_received("c05", "wd3-smtp-out2.myworkday.com", "198.51.100.73", sent),
          ("Date", format_datetime(sent)), ("From", A("Calderon Pharma Talent Acquisition", "calderonpharma@myworkday.com")),
          ("Reply-To", group), ("To", OWNER),
          ("Message-ID", f"<{digits('c05m', 10)}.{digits('c05n', 6)}.{digits('c05o', 13)}@wd3-prod-mailer.myworkday.com>"),
          ("Subject", f"Interview Scheduled: {role} - {req}")]
    files = [("01-workday-interview-scheduled.eml",
              vendor_mail(headers=hs, plain=plain, html_body=h, attachments=[att], boundary_seed="c05"))]
    label = {"interviews": [interview("Calderon Pharma", role, start, end, "scheduled", [kri[1]], [kri[1]],
                                      "technical")],
             "difficulty": "easy", "category": "positive/workday-ics-utc",
             "notes": "Workday 'Interview Scheduled' with an attached iCalendar in UTC (08:00Z = 09:00 CET). "
                      "Reply-To is a TA group mailbox, never a follow-up recipient; the interviewer's address is "
                      "in the .ics ATTENDEE list."}
    return slug, files, label


@case
def c06():
    slug = "b233-06-assessment-centre-case-study-day"
    sent = T(2026, 11, 13, 11, 30, 18, wd="Friday")
    hold_sent = T(2026, 11, 13, 11, 36, 2)
    day = T(2026, 11, 20, 9, 0, wd="Friday")
    end = T(2026, 11, 20, 14, 0)
    zs = ("Zsófia Lakatos", "zsofia.lakatos@kestrel-group.example")
    anna = ("Anna Kiss", "anna.kiss@kestrel-group.example")
    mark = ("Mark Delaney", "mark.delaney@kestrel-group.example")
    reka = ("Réka Molnár", "reka.molnar@kestrel-group.example")
    role = "Finance Controller – Business Partnering"
    agenda = [
        ("09:00 – 09:15", "Welcome and case study briefing (Zsófia Lakatos)"),
        ("09:15 – 10:45", "Case study preparation – individual work: you will receive a plant P&L with budget "
                          "vs. actual data and prepare a short variance analysis with recommendations "
                          "(laptop with Excel provided)"),
        ("11:00 – 11:30", f"Case study presentation to the panel: Anna Kiss (Finance Director, {anna[1]}) and "
                          f"Mark Delaney (Regional FP&A Lead, {mark[1]})"),
        ("11:30 – 12:30", "Lunch with members of the controlling team (informal)"),
        ("12:30 – 13:15", f"Competency-based interview with Anna Kiss and Réka Molnár (HR Business Partner, "
                          f"{reka[1]})"),
        ("13:15 – 14:00", "Q&A, closing and office tour"),
    ]
    where = "1117 Budapest, Infopark sétány 3., Building C, 4th floor"
    plain = ("Dear Eszter,\n\n"
             f"Congratulations on reaching the final stage of our selection process for the {role} role at the "
             "Kestrel Budapest Finance Hub. We are delighted to invite you to our Assessment Centre on "
             f"{en_long(day)} at our office ({where} – please register at the reception).\n\n"
             "Agenda\n" + "\n".join(f"{t}  {d}" for t, d in agenda) + "\n\n"
             "Please bring a photo ID. There is nothing to prepare in advance for the case study.\n\n"
             "I'll send a calendar hold for the whole day separately. If you have any questions or need any "
             "adjustments, just reply to this e-mail or call me on +36 1 555 7720.\n\n"
             "Best regards,\nZsófia\n\n--\nZsófia Lakatos\nTalent Acquisition Specialist\n"
             f"Kestrel Industrial Group – Budapest Finance Hub\n{zs[1]}\n")
    rows = "".join(f'<tr><td style="padding:4px 12px;white-space:nowrap;vertical-align:top">{t}</td>'
                   f'<td style="padding:4px 12px">{html.escape(d)}</td></tr>\n' for t, d in agenda)
    h = ('<div dir="ltr"><div>Dear Eszter,</div><div><br></div>\n'
         f'<div>Congratulations on reaching the final stage of our selection process for the {html.escape(role)} '
         'role at the Kestrel Budapest Finance Hub. We are delighted to invite you to our <b>Assessment Centre '
         f'on {en_long(day)}</b> at our office ({html.escape(where)} – please register at the reception).</div>'
         '<div><br></div>\n<div><b>Agenda</b></div>\n<table style="border-collapse:collapse;font-size:13px">\n'
         + rows + '</table><div><br></div>\n<div>Please bring a photo ID. There is nothing to prepare in advance '
         "for the case study.</div><div><br></div>\n<div>I'll send a calendar hold for the whole day separately. "
         'If you have any questions or need any adjustments, just reply to this e-mail or call me on '
         '+36 1 555 7720.</div><div><br></div>\n<div>Best regards,<br>Zsófia</div><div><br></div>\n'
         '<div>-- <br><div dir="ltr">Zsófia Lakatos<br>Talent Acquisition Specialist<br>Kestrel Industrial '
         f'Group – Budapest Finance Hub<br>{zs[1]}</div></div></div>\n')
    f1, _ = gmail_mail(seed="c06mail", frm=zs, to=[(OWNER_EN, OWNER)], cc=[anna, reka],
                       subject=f"Assessment Centre – {role} – 20 November", date=sent, body=plain, html_body=h)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtimezone_olson("Europe/Budapest") + [
               "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Budapest:{ics_local(day)}",
               f"DTEND;TZID=Europe/Budapest:{ics_local(end)}", f"DTSTAMP:{ics_utc(hold_sent)}",
               f"ORGANIZER;CN={zs[0]}:mailto:{zs[1]}", f"UID:{alnum('c06uid', 26)}@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_EN};"
               f"X-NUM-GUESTS=0:mailto:{OWNER}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={zs[0]};"
               f"X-NUM-GUESTS=0:mailto:{zs[1]}",
               f"CREATED:{ics_utc(hold_sent)}",
               "DESCRIPTION:" + ics_escape("Kestrel Assessment Centre – full agenda in Zsófia's e-mail.\n"
                                           "Case study, presentation to the panel, competency interview."),
               f"LAST-MODIFIED:{ics_utc(hold_sent)}", "LOCATION:" + ics_escape(where), "SEQUENCE:0",
               "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(f"Assessment Centre – {role} – Eszter Szabó"),
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    files = [("01-assessment-centre-invitation.eml", f1), ("02-assessment-centre-hold.ics", cal)]
    label = {"interviews": [interview("Kestrel Industrial Group", role, day, end, "scheduled",
                                      [anna[1], mark[1], reka[1]], [anna[1], mark[1], reka[1]], "onsite")],
             "difficulty": "hard", "category": "positive/assessment-centre-onsite",
             "notes": "Assessment-centre day = one same-day loop -> ONE onsite interview from the first session "
                      "(09:00 welcome/briefing) to the last (14:00), also matching the all-day hold .ics. The "
                      "in-day case study is part of the onsite, not a take-home. Interviewers: the presentation "
                      "panel and the competency interviewers; the TA specialist only coordinates."}
    return slug, files, label


@case
def c07():
    slug = "b233-07-hungarian-thread-reschedule"
    s1 = T(2026, 11, 5, 10, 12, 40, wd="Thursday")
    first = T(2026, 11, 10, 10, 0, wd="Tuesday")           # "jövő kedden, november 10-én"
    r1 = T(2026, 11, 6, 8, 47, wd="Friday")                 # owner's acceptance (quoted)
    s2 = T(2026, 11, 9, 11, 3, 55, wd="Monday")
    assert (first.date() - s2.date()).days == 1             # "a holnapi (keddi) napra"
    final = T(2026, 11, 19, 13, 30, wd="Thursday")
    r2 = T(2026, 11, 9, 14, 58, wd="Monday")
    s3 = T(2026, 11, 9, 15, 40, 12)
    judit = ("Pintér Judit", "pinter.judit@bakonyi-suto.example")
    farkas = ("Farkas Zoltán", "farkas.zoltan@bakonyi-suto.example")
    subj0 = "Meghívás személyes interjúra – Kontrolling vezető"
    sig = "Üdvözlettel:\nPintér Judit\nHR-asszisztens\nBakonyi Sütőipari Zrt.\nTel.: +36 1 555 4410\n" + judit[1] + "\n"
    b1 = ("Kedves Szabó Eszter!\n\n"
          "Köszönjük jelentkezését a Bakonyi Sütőipari Zrt. kontrolling vezető pozíciójára. Örömmel értesítjük, "
          "hogy szeretnénk Önt személyes állásinterjúra hívni.\n\n"
          "Időpont: jövő kedden, november 10-én 10:00 órakor\n"
          "Helyszín: központi irodánk, 1139 Budapest, Lomb utca 21., II. emelet (a recepción kérem, jelezze "
          "érkezését)\nIdőtartam: kb. egy óra\n\n"
          "A beszélgetést Farkas Zoltán pénzügyi igazgató úr vezeti (másolatban szerepel), én csak a fogadásban "
          "és a szervezésben segítek.\n\nKérem, szíveskedjen visszaigazolni az időpontot.\n\n" + sig)
    f1, id1 = outlook_mail(seed="c07a", lang="hu", frm=judit, to=[(OWNER_HU, OWNER)], cc=[farkas],
                           subject=subj0, date=s1, body=b1)
    own1_id = f"<{uuid('c07own1')}@example.com>"
    own1 = ("Kedves Judit!\n\nKöszönöm a meghívást, a november 10-i, 10:00-s időpont megfelel, ott leszek.\n\n"
            "Üdvözlettel:\nSzabó Eszter\n+36 30 555 6671\n")
    q1 = outlook_quote("hu", A(*judit), s1, A(OWNER_HU, OWNER), subj0, b1, cc=A(*farkas))
    q_own1 = outlook_quote("hu", A(OWNER_HU, OWNER), r1, A(*judit), "Re: " + subj0, own1 + "\n" + q1,
                           cc=A(*farkas))
    b2 = ("Kedves Eszter!\n\n"
          "Köszönjük a visszaigazolást. Sajnos Farkas úrnak a holnapi (keddi) napra halaszthatatlan "
          "igazgatósági ülése került, ezért kénytelenek vagyunk áttenni a beszélgetést.\n\n"
          f"Az új időpont: {hu_dot(final)} (csütörtök) 13:30, változatlan helyszínen, szintén kb. egy óra.\n\n"
          "Kérem, jelezze, hogy megfelel-e Önnek. Elnézést kérünk a kellemetlenségért!\n\n" + sig + "\n" + q_own1)
    f2, id2 = outlook_mail(seed="c07b", lang="hu", frm=judit, to=[(OWNER_HU, OWNER)], cc=[farkas],
                           subject="VS: " + subj0, date=s2, body=b2, refs=[id1, own1_id], importance="High")
    own2_id = f"<{uuid('c07own2')}@example.com>"
    own2 = ("Kedves Judit!\n\nSemmi gond, a 19-i, csütörtöki 13:30-as időpont nekem is megfelel.\n\n"
            "Üdv.:\nEszter\n")
    q2 = outlook_quote("hu", A(*judit), s2, A(OWNER_HU, OWNER), "VS: " + subj0, b2.split("\n________________")[0],
                       cc=A(*farkas))
    q_own2 = outlook_quote("hu", A(OWNER_HU, OWNER), r2, A(*judit), "Re: VS: " + subj0, own2 + "\n" + q2,
                           cc=A(*farkas))
    b3 = (f"Kedves Eszter!\n\nKöszönöm, akkor november 19-én, csütörtökön 13:30-kor várjuk. Farkas úr naptárába "
          "is bekerült.\n\n" + sig + "\n" + q_own2)
    f3, _ = outlook_mail(seed="c07c", lang="hu", frm=judit, to=[(OWNER_HU, OWNER)], cc=[farkas],
                         subject="VS: " + subj0, date=s3, body=b3, refs=[id1, own1_id, id2, own2_id])
    files = [("01-meghivas-szemelyes-interjura.eml", f1), ("02-idopont-modositas.eml", f2),
             ("03-visszaigazolas-uj-idopont.eml", f3)]
    label = {"interviews": [interview("Bakonyi Sütőipari Zrt.", "Kontrolling vezető", final,
                                      final + timedelta(hours=1), "scheduled", [farkas[1]], [farkas[1]],
                                      "hiring_manager")],
             "difficulty": "hard", "category": "positive/reschedule-thread",
             "notes": "Hungarian Outlook thread: 'jövő kedden, november 10-én 10:00' is moved ('át kell tennünk') "
                      "to '2026.11.19. (csütörtök) 13:30', confirmed in the last mail -> ONE interview at the final "
                      "time, CET (+01:00), 'kb. egy óra'. The CFO conducts it; the HR assistant says she only "
                      "receives the candidate, so she is not an interviewer."}
    return slug, files, label


@case
def c08():
    slug = "b233-08-teams-debrecen-cancelled"
    sent = T(2026, 10, 16, 13, 48, 9, wd="Friday")
    start = T(2026, 10, 26, 10, 0, wd="Monday")
    end = start + timedelta(hours=1)
    check_offset(sent, 2)
    check_offset(start, 1)
    cancel = T(2026, 10, 22, 17, 5, 31, wd="Thursday")
    bal = ("Nagy Balázs", "nagy.balazs@velmora.example")
    subject = "Online interjú – Senior Controller – Szabó Eszter"
    sig = "Nagy Balázs\nControlling csoportvezető\nVelmora Services Debrecen Kft.\n4031 Debrecen, Kishatár utca 34.\n"
    b1 = ("Kedves Eszter!\n\n"
          "Köszönöm, hogy e-mailben visszaigazolta az időpontot; küldöm a meghívót a Teams-interjúra. Kb. egy "
          "órában a kontrolling csapatunk működéséről, a havi riportingról (SAP BW, Power BI) és az Ön "
          "tapasztalatairól beszélgetnénk.\n\n"
          "Figyelem: október 25-én, vasárnap átállunk a téli időszámításra, az interjú 10:00-kor kezdődik "
          "téli idő szerint.\n\nÜdvözlettel:\n" + sig)
    assert T(2026, 10, 25, 12, 0).weekday() == 6
    f1, _, _, _ = exchange_invite(seed="c08inv", event_seed="c08ev", lang="hu", frm=bal, to=[(OWNER_HU, OWNER)],
                                  subject=subject, date=sent, tzid="Central Europe Standard Time", start=start,
                                  end=end, organizer=bal, attendees=[(OWNER_HU, OWNER, "REQ-PARTICIPANT")], body=b1)
    b2 = ("Kedves Eszter!\n\n"
          "Sajnálattal jelzem, hogy a Senior Controller pozíciót végül belső jelölttel töltjük be, ezért a hétfői "
          "interjút lemondom. Köszönöm az érdeklődését és a rugalmasságát, további sok sikert kívánok!\n\n"
          "Üdvözlettel:\n" + sig)
    f2, _, _, _ = exchange_invite(seed="c08cxl", event_seed="c08ev", lang="hu", frm=bal, to=[(OWNER_HU, OWNER)],
                                  subject="Lemondva: " + subject, date=cancel, tzid="Central Europe Standard Time",
                                  start=start, end=end, organizer=bal,
                                  attendees=[(OWNER_HU, OWNER, "REQ-PARTICIPANT")], body=b2, teams=False,
                                  location="Microsoft Teams-értekezlet", seq=1, method="CANCEL",
                                  importance="High")
    files = [("01-teams-meghivo-online-interju.eml", f1), ("02-lemondva-online-interju.eml", f2)]
    label = {"interviews": [interview("Velmora Services Debrecen Kft.", "Senior Controller", start, end,
                                      "cancelled", [bal[1]], [bal[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/cancellation",
             "notes": "Hungarian Exchange/Teams invite, then METHOD:CANCEL (SEQUENCE 1, 'Lemondva:') for the same "
                      "UID -> one interview, status cancelled, at its last scheduled time. Sent in CEST for "
                      "Monday 26 Oct, the first day after DST end: 10:00 = +01:00."}
    return slug, files, label


@case
def c09():
    slug = "b233-09-thread-jovo-heten-pick-slot-google-invite"
    s1 = T(2026, 11, 12, 9, 5, 21, wd="Thursday")
    r1 = T(2026, 11, 12, 13, 20, wd="Thursday")
    s2 = T(2026, 11, 13, 8, 47, 3, wd="Friday")
    inv = T(2026, 11, 13, 10, 31, 44)
    start = T(2026, 11, 18, 14, 0, wd="Wednesday")          # "jövő héten ... szerda 14:00"
    end = start + timedelta(minutes=45)
    assert start.isocalendar()[1] == s1.isocalendar()[1] + 1
    for d, wd in ((17, "Tuesday"), (19, "Thursday")):       # the other offered slots
        T(2026, 11, d, wd=wd)
    anita = ("Sipos Anita", "sipos.anita@pannon-megujulo.example")
    tamas = ("Oláh Tamás", "olah.tamas@pannon-megujulo.example")
    role = "Pénzügyi kontroller (FP&A)"
    sj = f"Állásinterjú – {role}"
    b1 = ("Kedves Eszter!\n\n"
          f"Köszönjük a jelentkezését a Pannon Megújuló Energia Zrt. {role} pozíciójára. Szeretnénk Önt egy online "
          "állásinterjúra hívni Oláh Tamás kontrolling vezetővel (másolatban).\n\n"
          "Jövő héten az alábbi időpontok közül tudna választani:\n– kedd 10:00\n– szerda 14:00\n– csütörtök 9:00\n\n"
          "Az interjú kb. 45 perces, Google Meeten zajlik; a linket Tamás küldi majd a naptármeghívóban.\n\n"
          "Üdvözlettel:\nSipos Anita\nHR üzleti partner\nPannon Megújuló Energia Zrt.\n" + anita[1] + "\n")
    f1, id1 = gmail_mail(seed="c09a", frm=anita, to=[(OWNER_HU, OWNER)], cc=[tamas], subject=sj, date=s1, body=b1)
    own_id = f"<{uuid('c09own')}@example.com>"
    own = ("Kedves Anita!\n\nKöszönöm a lehetőséget! A szerda 14:00 nekem a legjobb.\n\n"
           "Üdvözlettel:\nSzabó Eszter")
    b2 = ("Kedves Eszter!\n\nKöszönöm, akkor szerdán 14:00-kor. A meghívót a Meet-linkkel Tamás még ma elküldi.\n\n"
          "Üdvözlettel:\nAnita\n\n" + gmail_attr_hu(OWNER_HU, OWNER, r1) + "\n\n"
          + quote(own + "\n\n" + gmail_attr_hu(anita[0], anita[1], s1) + "\n\n" + quote(b1)) + "\n")
    f2, _ = gmail_mail(seed="c09b", frm=anita, to=[(OWNER_HU, OWNER)], cc=[tamas], subject="Re: " + sj, date=s2,
                       body=b2, refs=[id1, own_id])
    desc = ("Kedves Eszter!\n\nAhogy Anita jelezte, a beszélgetés kb. 45 perc. Szó lesz a havi előrejelzési "
            "folyamatról, a tervezési modellekről és az Ön eddigi FP&A-tapasztalatáról.\n\n"
            "Üdv.:\nOláh Tamás\nkontrolling vezető")
    f3, _, _, _ = google_invite_hu(seed="c09inv", organizer=tamas, guests=[(OWNER_HU, OWNER)],
                                   title=f"Állásinterjú – Szabó Eszter / {role}", start=start, end=end, date=inv,
                                   description=desc)
    files = [("01-allasinterju-idopontok.eml", f1), ("02-re-allasinterju-szerda.eml", f2),
             ("03-meghivo-google-naptar.eml", f3)]
    label = {"interviews": [interview("Pannon Megújuló Energia Zrt.", role, start, end, "scheduled",
                                      [tamas[1]], [tamas[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/thread-relative-date-dedupe",
             "notes": "HR offers three slots 'jövő héten' (Thu 12 Nov) -> candidate picks 'szerda 14:00' -> "
                      "confirmed ('akkor szerdán 14:00-kor') -> Google Calendar invite (Hungarian UI) for "
                      "Wed 18 Nov 14:00-14:45 CET. One interview; the unchosen Tuesday/Thursday slots are not "
                      "interviews. The head of controlling conducts it; the HRBP only schedules."}
    return slug, files, label


@case
def c10():
    slug = "b233-10-debrecen-email-plus-gcal-json"
    sent = T(2026, 10, 19, 16, 22, 8, wd="Monday")
    start = T(2026, 10, 22, 15, 0, wd="Thursday")           # "csütörtökön 15:00"
    end = start + timedelta(hours=1)
    check_offset(start, 2)
    assert 0 < (start.date() - sent.date()).days < 7
    nora = ("Fekete Nóra", "fekete.nora@hajdu-hutes.example")
    papp = ("Papp Levente", "papp.levente@hajdu-hutes.example")
    where = "Hajdú Hűtéstechnika Zrt., 4002 Debrecen, Mikepércsi út 77., irodaház, 1. emelet"
    body = ("Kedves Eszter!\n\n"
            "Ahogy ma telefonon egyeztettük, csütörtökön 15:00-kor várjuk személyes állásinterjúra a kontroller "
            "pozícióval kapcsolatban debreceni telephelyünkön (4002 Debrecen, Mikepércsi út 77., az irodaházban "
            "az 1. emeleten).\n\n"
            "Papp Levente gazdasági igazgató úrral fog beszélgetni, kb. egy órában. A naptárbejegyzést "
            "elküldtem; parkolni a portán bejelentkezve az udvaron tud.\n\n"
            "Az útiköltséget (Budapest–Debrecen vonatjegy) megtérítjük, kérem, hozza magával a jegyet.\n\n"
            "Üdvözlettel:\nFekete Nóra\nHR vezető\nHajdú Hűtéstechnika Zrt.\n+36 52 555 310\n" + nora[1] + "\n")
    f1, _ = gmail_mail(seed="c10mail", frm=nora, to=[(OWNER_HU, OWNER)], cc=[papp],
                       subject="Személyes interjú – Kontroller", date=sent, body=body)
    evid = alnum("c10ev", 26)
    ev = {
        "kind": "calendar#event",
        "etag": '"' + digits("c10etag", 16) + '"',
        "id": evid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": (sent - timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent - timedelta(minutes=1)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Állásinterjú – Szabó Eszter (Kontroller)",
        "description": "Személyes interjú Papp Levente gazdasági igazgatóval. Fogadás: Fekete Nóra (HR).",
        "location": where,
        "creator": {"email": nora[1], "displayName": nora[0]},
        "organizer": {"email": nora[1], "displayName": nora[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Budapest"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Budapest"},
        "iCalUID": f"{evid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": nora[1], "displayName": nora[0], "organizer": True, "responseStatus": "accepted"},
            {"email": papp[1], "displayName": papp[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_HU, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-szemelyes-interju-kontroller.eml", f1),
             ("02-allasinterju-esemeny.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    label = {"interviews": [interview("Hajdú Hűtéstechnika Zrt.", "Kontroller", start, end, "scheduled",
                                      [papp[1]], [papp[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/dedupe-gcal-json",
             "notes": "E-mail 'csütörtökön 15:00-kor' (sent Mon 19 Oct) + Calendar API event for Thu 22 Oct "
                      "15:00-16:00 Europe/Budapest (still CEST, +02:00) = ONE. The CFO conducts; the HR head "
                      "organises the event and receives the candidate (not an interviewer)."}
    return slug, files, label


@case
def c11():
    slug = "b233-11-headhunter-forward-december-3"
    req = T(2026, 11, 26, 9, 31, wd="Thursday")
    reply = T(2026, 11, 26, 15, 48, wd="Thursday")
    sent = T(2026, 11, 26, 17, 12, 37, wd="Thursday")
    start = T(2026, 12, 3, 10, 0, wd="Thursday")            # "december 3., csütörtök 10:00"
    end = start + timedelta(minutes=90)                     # "másfél órát"
    assert start.isocalendar()[1] == sent.isocalendar()[1] + 1     # "jövő héten csütörtökön"
    ild = ("Bodnár Ildikó", "bodnar.ildiko@lanchid-search.example")
    andras = ("Németh András", "nemeth.andras@kelenfoldi-gep.example")
    role = "Pénzügyi controlling vezető"
    ask = ("Kedves András!\n\nSzabó Eszterrel egyeztettem: jövő héten csütörtök délelőtt vagy péntek délután "
           "lenne alkalmas számára a személyes beszélgetés. Melyik felel meg Neked jobban?\n\n"
           "Üdv.:\nIldikó")
    ans = (f"Kedves Ildikó!\n\nKöszönöm, Szabó Eszterrel {hu_md(start)} {hm(start)} nekem megfelel. Nálunk lesz, "
           "a Hengermalom úti irodában (1117 Budapest, Hengermalom út 45., 3. emelet), kérem, a portán mondja be "
           "a nevemet. Másfél órát szánok a beszélgetésre.\n\nÜdv.:\nAndrás\n\nNémeth András\n"
           "pénzügyi igazgató (CFO)\nKelenföldi Gépgyártó Zrt.\n")
    fwd = (outlook_quote("hu", A(*andras), reply, A(*ild), "RE: Interjú időpont – Szabó Eszter", ans)
           + "\n" + outlook_quote("hu", A(*ild), req, A(*andras), "Interjú időpont – Szabó Eszter", ask))
    body = ("Kedves Eszter!\n\n"
            f"Jó hír: a Kelenföldi Gépgyártó Zrt. pénzügyi igazgatója, Németh András visszaigazolta az interjút a "
            f"pénzügyi controlling vezetői pozícióra – jövő héten csütörtökön (december 3.) {hm(start)}-kor, az "
            "irodájukban. Alább továbbítom a levelét.\n\n"
            "Ahogy beszéltük, érdemes felkészülni a 2027-es költségvetési folyamatra és a cash-flow-tervezésre "
            "vonatkozó kérdésekre. Ha bármi kérdése van, hívjon bátran: +36 30 555 2291.\n\n"
            "Üdvözlettel:\nBodnár Ildikó\nPartner | Lánchíd Executive Search Kft.\n" + ild[1] + "\n\n" + fwd)
    f1, _ = outlook_mail(seed="c11", lang="hu", frm=ild, to=[(OWNER_HU, OWNER)],
                         subject="TO: RE: Interjú időpont – Szabó Eszter", date=sent, body=body, host="DB9PR02MB")
    files = [("01-to-interju-idopont-nemeth-andras.eml", f1)]
    label = {"interviews": [interview("Kelenföldi Gépgyártó Zrt.", role, start, end, "scheduled",
                                      [andras[1]], [andras[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/forwarded-headhunter",
             "notes": "Executive-search consultant forwards the client CFO's confirmation ('december 3., csütörtök "
                      "10:00', 'másfél óra'). The proposed 'péntek délután' in the quoted request is not an "
                      "interview. Interviewer = the CFO, whose address appears in the forwarded header; the "
                      "headhunter only coordinates."}
    return slug, files, label


@case
def c12():
    slug = "b233-12-floating-ics-small-kft"
    sent = T(2026, 12, 2, 19, 44, 5, wd="Wednesday")
    start = T(2026, 12, 8, 9, 0, wd="Tuesday")              # "2026.12.08. (kedd) 9:00–10:00"
    end = T(2026, 12, 8, 10, 0)
    gergely = ("Rácz Gergely", "racz.gergely@budai-ingatlan.example")
    body = ("Kedves Eszter!\n\n"
            "Köszönöm a jelentkezését a pénzügyi vezetői pozícióra. Szívesen megismerném személyesen is.\n\n"
            f"Időpont: {hu_dot(start)} (kedd) 9:00–10:00\n"
            "Helyszín: irodánk, 1123 Budapest, Alkotás utca 17., 2. emelet 6. (kapucsengő: Budai Ingatlan)\n\n"
            "Csatoltam egy naptárbejegyzést. A beszélgetésen én leszek jelen: kis cég vagyunk, a pénzügyi "
            "vezető közvetlenül nekem jelentene, és a könyvelőirodával való együttműködést is ő fogná össze.\n\n"
            "Üdvözlettel:\nRácz Gergely\nügyvezető\nBudai Ingatlankezelő Kft.\n"
            f"{gergely[1]} | +36 20 555 8713\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ics-tool//naptarbejegyzes 1.2//HU",
               "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
               f"UID:{sent.strftime('%Y%m%dT%H%M%S')}-{hexid('c12uid', 8)}@budai-ingatlan.example",
               f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_local(start)}", f"DTEND:{ics_local(end)}",
               "SUMMARY:" + ics_escape("Interjú – Szabó Eszter (Budai Ingatlankezelő Kft.)"),
               "LOCATION:" + ics_escape("1123 Budapest, Alkotás utca 17., 2. emelet 6."),
               "DESCRIPTION:" + ics_escape("Beszélgetés Rácz Gergely ügyvezetővel a pénzügyi vezetői pozícióról."),
               f"ORGANIZER;CN={gergely[0]}:mailto:{gergely[1]}",
               f"ATTENDEE;CN={OWNER_HU};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    bnd = "Apple-Mail=_" + uuid("c12bnd").upper()
    txt = leaf("text/plain;\n\tcharset=utf-8", body)
    att = leaf('text/calendar;\n\tx-unix-mode=0644;\n\tname="interju_2026-12-08.ics"', cal.encode(), "base64",
               [("Content-Disposition", 'attachment;\n\tfilename="interju_2026-12-08.ics"')])
    att = ([att[0][1], att[0][0], att[0][2]], att[1])     # Apple puts Content-Disposition first
    root = multi("mixed", bnd, [txt, att])
    hs = [("Delivered-To", OWNER),
          received("mail.budai-ingatlan.example", "203.0.113.58", "mx.example.com", alnum("c12sid", 12), sent),
          ("From", A(*gergely)), ("Content-Type", None), ("Subject", subj("Találkozó – pénzügyi vezető pozíció")),
          ("Date", format_datetime(sent)), ("Message-Id", f"<{uuid('c12mid').upper()}@budai-ingatlan.example>"),
          ("To", A(OWNER_HU, OWNER)), ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    hs = [h for h in hs if h[1] is not None]
    files = [("01-talalkozo-penzugyi-vezeto.eml", eml(hs, root))]
    label = {"interviews": [interview("Budai Ingatlankezelő Kft.", "Pénzügyi vezető", start, end, "scheduled",
                                      [gergely[1]], [gergely[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/floating-ics",
             "notes": "Apple Mail message with an attached .ics whose DTSTART/DTEND are floating (no TZID, no Z); "
                      "the body says '2026.12.08. (kedd) 9:00–10:00' in Budapest -> +01:00. The managing "
                      "director interviews alone."}
    return slug, files, label


@case
def c13():
    slug = "b233-13-bookings-wien-telefonisches-erstgespraech"
    sent = T(2026, 11, 10, 19, 2, 11, wd="Tuesday")
    start = T(2026, 11, 16, 8, 30, tz=VIE, wd="Monday")
    end = start + timedelta(minutes=30)
    flo = ("Florian Brandstätter", "florian.brandstaetter@alpin-personal.example")
    mbox = ("Alpin Personal Consulting", "AlpinPersonalKarriere@alpin-personal.example")
    service = "Telefonisches Erstgespräch – Finance Controller (m/w/d)"
    label_tz = WIN_LABEL[("W. Europe Standard Time", "de")]
    manage = "https://outlook.office365.com/owa/calendar/AlpinPersonalKarriere@alpin-personal.example/bookings/s/" + alnum("c13m", 22)
    info = ("Im Gespräch stellt Ihnen Herr Brandstätter die Position bei unserem Kunden, einem internationalen "
            "Industrieunternehmen mit Sitz in Wien, vor und klärt Ihre Gehaltsvorstellungen, Ihre Verfügbarkeit "
            "und Ihre Deutschkenntnisse. Wir rufen Sie unter der angegebenen Nummer (+36 30 555 6671) an. "
            f"Bei Fragen erreichen Sie Herrn Brandstätter unter {flo[1]}.")
    plain = (f"Hallo {OWNER_EN},\n\nvielen Dank für Ihre Buchung bei Alpin Personal Consulting.\n\n"
             f"{service}\n{de_long(start)}\n{hm(start)} – {hm(end)} {label_tz}\n\n"
             f"Mitarbeiter: {flo[0]}\n\nZusätzliche Informationen\n{info}\n\n"
             f"Buchung verwalten oder stornieren: {manage}\n\n"
             "Alpin Personal Consulting GmbH | Mariahilfer Straße 88, 1070 Wien\n")
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Segoe UI\',sans-serif;color:#252423">\n'
         f'<div style="max-width:600px"><p>Hallo {OWNER_EN},</p><p>vielen Dank für Ihre Buchung bei '
         'Alpin Personal Consulting.</p>\n<div style="border:1px solid #e1dfdd;padding:16px">'
         f'<div style="font-size:18px;font-weight:600">{html.escape(service)}</div>\n'
         f'<div>{de_long(start)}</div><div>{hm(start)} – {hm(end)} {html.escape(label_tz)}</div>\n'
         f'<div style="margin-top:8px">Mitarbeiter: {html.escape(flo[0])}</div></div>\n'
         f'<p><b>Zusätzliche Informationen</b><br>{html.escape(info)}</p>\n'
         f'<p><a href="{manage}">Buchung verwalten</a> · <a href="{manage}?cancel=1">Stornieren</a></p>\n'
         '<p style="font-size:11px;color:#605e5c">Alpin Personal Consulting GmbH | Mariahilfer Straße 88, '
         '1070 Wien</p></div></body></html>\n')
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + vtimezone_windows("W. Europe Standard Time") + [
              "BEGIN:VEVENT", cal_addr("ORGANIZER", mbox[0], mbox[1]),
              cal_addr("ATTENDEE", OWNER_EN, OWNER, "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
              cal_addr("ATTENDEE", flo[0], flo[1], "ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE"),
              "DESCRIPTION;LANGUAGE=de-AT:" + ics_escape(f"{service}\nMitarbeiter: {flo[0]}\n{info}"),
              "UID:040000008200E00074C5B7101A82E00800000000" + hexid("c13uid", 48, True),
              f"SUMMARY;LANGUAGE=de-AT:{ics_escape(service)}",
              f"DTSTART;TZID=W. Europe Standard Time:{ics_local(start)}",
              f"DTEND;TZID=W. Europe Standard Time:{ics_local(end)}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=de-AT:Telefon", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset="utf-8"; method=REQUEST; name="Buchung.ics"', cal.encode(), "base64",
               [("Content-Disposition", 'attachment; filename="Buchung.ics"')])
    hs = [("Delivered-To", OWNER), vendor_received("c13", "FR5P281MB" + digits("c13h", 4) + ".DEUP281.PROD.OUTLOOK.COM",
                                                 "52.101.69.12", sent),
          ("From", A(*mbox)), ("To", A(OWNER_EN, OWNER)),
          ("Subject", subj(f"Buchung bestätigt: {service} am {de_long(start)}")),
          ("Date", format_datetime(sent.astimezone(UTC))),
          ("Message-ID", f"<{hexid('c13mid', 32)}@FR5P281MB{digits('c13h', 4)}.DEUP281.PROD.OUTLOOK.COM>"),
          ("X-MS-Exchange-Bookings", "Confirmation")]
    files = [("01-buchung-bestaetigt-erstgespraech.eml",
              vendor_mail(headers=hs, plain=plain, html_body=h, attachments=[att], boundary_seed="c13"))]
    label = {"interviews": [interview("Alpin Personal Consulting GmbH", "Finance Controller (m/w/d)", start, end,
                                      "scheduled", [flo[1]], [flo[1]], "phone_screen")],
             "difficulty": "medium", "category": "positive/booking-confirmation",
             "notes": "Microsoft Bookings confirmation from a Vienna recruitment agency (booking mailbox sender); a "
                      "booked phone screen is an interview (unlike an unbooked link). Date header is in UTC "
                      "(+0000); the slot is 08:30 Vienna CET (+01:00). The consultant calls, so he is the "
                      "interviewer; the client company is never named."}
    return slug, files, label


# ============================================================================ NEGATIVE CASES
FWD_HEADERS = [("X-MS-Exchange-Inbox-Rules-Loop", WORK),
               ("X-Forwarded-For", f"{WORK} {OWNER}"), ("X-Forwarded-To", OWNER)]
MARTA = ("Kocsis Márta", "kocsis.marta@dunamenti-logisztika.example")
GERGO = ("Pásztor Gergő", "pasztor.gergo@dunamenti-logisztika.example")
NOEMI = ("Halász Noémi", "halasz.noemi@dunamenti-logisztika.example")
VIKI = ("Lukács Viktória", "lukacs.viktoria@dunamenti-logisztika.example")


def neg(slug, files, difficulty, category, notes):
    return slug, files, {"interviews": [], "difficulty": difficulty, "category": category, "notes": notes}


@case
def c14():
    sent = T(2026, 11, 2, 8, 12, 30, wd="Monday")
    start = T(2026, 11, 4, 9, 0, wd="Wednesday")
    kick = T(2026, 11, 9, wd="Monday")
    body = ("Sziasztok!\n\n"
            "Az októberi zárás áttekintése a szokásos módon, a 3. munkanapon.\n\n"
            "Napirend:\n"
            "1. Főkönyvi zárás státusza, nyitott céltartalék- és elhatárolási tételek (Gergő)\n"
            "2. Kontrolling riport: tény vs. terv, Q4-előrejelzés (Eszter)\n"
            "3. KPMG éves könyvvizsgálat: kick-off november 9-én, az előkészítő interjúk és walkthrough-k "
            "beosztása\n"
            "4. Nyitott pozíció: junior könyvelő – a jelöltinterjúk állása (Viktória 9:45-kor csatlakozik)\n\n"
            "Kérlek, a zárási checklistet kedd estig frissítsétek a SharePointon.\n\nKöszönöm,\nMárta\n\n"
            "Kocsis Márta\ngazdasági igazgató (CFO)\nDunamenti Logisztika Zrt.\n")
    f1, _, _, _ = exchange_invite(
        seed="c14", lang="hu", frm=MARTA, to=[(OWNER_HU, WORK), GERGO, NOEMI], cc=[VIKI],
        subject="Havi zárás – 2026. október / zárási státusz", date=sent, tzid="Central Europe Standard Time",
        start=start, end=start + timedelta(minutes=90), organizer=MARTA,
        attendees=[(OWNER_HU, WORK, "REQ-PARTICIPANT"), (GERGO[0], GERGO[1], "REQ-PARTICIPANT"),
                   (NOEMI[0], NOEMI[1], "REQ-PARTICIPANT"), (VIKI[0], VIKI[1], "OPT-PARTICIPANT")],
        body=body, location="Tárgyaló 3 / Microsoft Teams-értekezlet", pre_headers=FWD_HEADERS,
        outlook_host="PR3PR09MB")
    assert kick.month == 11
    return neg("b233-14-month-end-close-meeting", [("01-havi-zaras-oktober.eml", f1)], "medium",
               "negative/internal-meeting",
               "Month-end close review at the owner's current employer (forwarded from her work mailbox by an "
               "inbox rule), a Teams invite with 'interjúk' and 'jelöltinterjúk' in the agenda. Not a job "
               "interview for the owner.")


@case
def c15():
    sent = T(2026, 10, 28, 14, 30, 2, wd="Wednesday")
    start = T(2026, 11, 9, 10, 0, wd="Monday")
    dav = ("Dávid Simon", "david.simon@hu.kpmg.example")
    erika = ("Erika Vass", "erika.vass@hu.kpmg.example")
    body = ("Dear All,\n\nPlease find below the invitation for the kick-off meeting of the FY2026 statutory audit "
            "of Dunamenti Logisztika Zrt.\n\nProposed agenda:\n"
            "1. Audit timetable – interim fieldwork (weeks 47–48), hard close and final fieldwork (February 2027)\n"
            "2. Areas of focus: revenue recognition, IFRS 16 leases, inventory valuation, provisions\n"
            "3. Walkthrough interviews with process owners (R2R, P2P, O2C, payroll) – we will send separate "
            "invitations for each interview\n"
            "4. PBC (prepared-by-client) list and data room access\n5. IT general controls – SAP access reviews\n\n"
            "We would kindly ask Eszter to give a short overview of the management reporting and controlling "
            "processes (10 minutes).\n\nKind regards,\nDávid\n\nDávid Simon\nAudit Manager | KPMG Hungary\n"
            f"{dav[1]}\n")
    f1, _, _, _ = exchange_invite(
        seed="c15", lang="en", frm=dav, to=[MARTA, (OWNER_HU, WORK), GERGO], cc=[erika],
        subject="FY2026 statutory audit – kick-off meeting (Dunamenti Logisztika Zrt. / KPMG)", date=sent,
        tzid="Central Europe Standard Time", start=start, end=start + timedelta(minutes=90), organizer=dav,
        attendees=[(MARTA[0], MARTA[1], "REQ-PARTICIPANT"), (OWNER_HU, WORK, "REQ-PARTICIPANT"),
                   (GERGO[0], GERGO[1], "REQ-PARTICIPANT"), (erika[0], erika[1], "OPT-PARTICIPANT")],
        body=body, location="Dunamenti Logisztika Zrt., 1097 Budapest, Könyves Kálmán krt. 12., Meeting room 3 "
                            "/ Microsoft Teams", pre_headers=FWD_HEADERS, outlook_host="AM6PR08MB")
    return neg("b233-15-kpmg-audit-kickoff", [("01-kpmg-audit-kickoff-invite.eml", f1)], "hard",
               "negative/audit-meeting",
               "External auditor's kick-off meeting invite (Teams, Windows TZID) mentioning 'walkthrough "
               "interviews with process owners'. The owner attends as the client's controller; not a job interview.")


@case
def c16():
    sent = T(2026, 10, 20, 11, 7, 52, tz=LON, wd="Tuesday")
    start = T(2026, 12, 1, 9, 0, wd="Tuesday")
    end = T(2026, 12, 1, 13, 0)
    rows = [("Exam", "Strategic Business Leader (SBL)"), ("Session", "December 2026"),
            ("Date", en_long(start)), ("Start time", "09:00 local time – please arrive by 08:30 for registration"),
            ("Duration", "4 hours"), ("Exam centre", "Budapest – BCC Exam Centre, 1061 Budapest, Andrássy út 12.")]
    plain = (f"Dear {OWNER_EN},\n\nACCA registration number: 2468013\n\nThank you for booking your exam. "
             "Your exam entry has been confirmed:\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n"
             "Your Exam Docket will be available in myACCA two weeks before the exam. Please bring it together "
             "with valid photographic ID.\n\nPlanning your next career move? ACCA Careers has thousands of finance "
             "vacancies and our guide 'Ace your finance interview' – find it in myACCA.\n\n"
             "Kind regards,\nACCA Exams team\n\nThis is an automated message; replies to this address are not "
             "monitored.\n")
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
         f'<p>Dear {OWNER_EN},</p><p>ACCA registration number: <b>2468013</b></p>\n'
         '<p>Thank you for booking your exam. Your exam entry has been confirmed:</p>\n<table cellpadding="5">'
         + "".join(f"<tr><td><b>{k}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows) + "</table>\n"
         '<p>Your Exam Docket will be available in myACCA two weeks before the exam. Please bring it together '
         'with valid photographic ID.</p>\n<p style="background:#f3f3f3;padding:10px">Planning your next career '
         "move? ACCA Careers has thousands of finance vacancies and our guide <i>'Ace your finance interview'</i> "
         "– find it in myACCA.</p>\n<p>Kind regards,<br>ACCA Exams team</p></body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ACCA//Exam Entry//EN", "METHOD:PUBLISH"]
              + vtimezone_olson("Europe/Budapest") + [
              "BEGIN:VEVENT", f"UID:SBL-DEC26-2468013-{hexid('c16', 10)}@exams.accaglobal.example",
              f"DTSTAMP:{ics_utc(sent)}", f"DTSTART;TZID=Europe/Budapest:{ics_local(start)}",
              f"DTEND;TZID=Europe/Budapest:{ics_local(end)}",
              "SUMMARY:ACCA exam – Strategic Business Leader (SBL)",
              "LOCATION:" + ics_escape("BCC Exam Centre, 1061 Budapest, Andrássy út 12."),
              "ORGANIZER;CN=ACCA Exams:mailto:exams-noreply@accaglobal.example",
              f"ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
              "DESCRIPTION:Arrive by 08:30. Bring your Exam Docket and photo ID.", "STATUS:CONFIRMED",
              "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset=UTF-8; name="ACCA_SBL_exam.ics"', cal.encode(), "base64",
               [("Content-Disposition", 'attachment; filename="ACCA_SBL_exam.ics"')])
    hs = [("Delivered-To", OWNER), vendor_received("c16", "mta-07.mail.accaglobal.example", "192.0.2.44", sent),
          ("From", A("ACCA Exams", "exams-noreply@accaglobal.example")), ("To", OWNER),
          ("Subject", subj("Exam entry confirmation – Strategic Business Leader (SBL) – December 2026")),
          ("Date", format_datetime(sent)),
          ("Message-ID", f"<{uuid('c16mid')}@mta-07.mail.accaglobal.example>")]
    return neg("b233-16-acca-exam-booking",
               [("01-acca-exam-entry-confirmation.eml",
                 vendor_mail(headers=hs, plain=plain, html_body=h, attachments=[att], boundary_seed="c16"))],
               "easy", "negative/exam-booking",
               "ACCA exam entry confirmation with a calendar attachment (4-hour exam in Budapest) and an "
               "'Ace your finance interview' promo line. An exam is not an interview.")


@case
def c17():
    sent = T(2026, 11, 16, 9, 30, 15, wd="Monday")
    start = T(2026, 11, 24, 16, 0, wd="Tuesday")
    end = start + timedelta(hours=1)
    firm = ("Bíró & Társa Adótanácsadó", "idopont@biro-ado.example")
    plain = ("Kedves Szabó Eszter!\n\nKöszönjük időpontfoglalását. Az alábbi személyes találkozót rögzítettük:\n\n"
             f"Időpont: {hu_long(start)} {hm(start)}–{hm(end)}\n"
             "Helyszín: 1052 Budapest, Semmelweis utca 4., I. emelet 3.\n"
             "Tanácsadó: dr. Bíró Kálmán, okleveles adószakértő\n"
             "Téma: ausztriai munkavállalás adózási kérdései (magyar–osztrák kettős adóztatási egyezmény, ingázó "
             "munkavállaló, TB-jogviszony), a 2026. évi SZJA-bevallás előkészítése\n\n"
             "Kérjük, hozza magával: a tervezett osztrák munkaszerződést vagy állásajánlatot (ha már rendelkezésre "
             "áll), a 2025. évi SZJA-bevallását és az ügyfélkapus hozzáférését.\n\n"
             "Az időpontot 24 órával előtte díjmentesen lemondhatja vagy módosíthatja: "
             "https://foglalas.biro-ado.example/m/" + alnum("c17m", 16) + "\n\n"
             "Üdvözlettel:\nBíró & Társa Adótanácsadó Kft.\n+36 1 555 9034\n")
    h = text_to_html(plain, "Arial, sans-serif", "10pt")
    hs = [("Delivered-To", OWNER), vendor_received("c17", "smtp.foglalas.biro-ado.example", "203.0.113.201", sent),
          ("From", A(*firm)), ("To", A(OWNER_HU, OWNER)),
          ("Subject", subj(f"Időpont-visszaigazolás: személyes konzultáció – {hu_long(start)} {hm(start)}")),
          ("Date", format_datetime(sent)), ("Message-ID", f"<foglalas-{digits('c17mid', 8)}@biro-ado.example>")]
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//biro-ado//Idopontfoglalo 3.1//HU", "METHOD:REQUEST"]
              + vtimezone_olson("Europe/Budapest") + [
              "BEGIN:VEVENT", f"UID:foglalas-{digits('c17mid', 8)}@biro-ado.example", f"DTSTAMP:{ics_utc(sent)}",
              f"DTSTART;TZID=Europe/Budapest:{ics_local(start)}", f"DTEND;TZID=Europe/Budapest:{ics_local(end)}",
              "SUMMARY:" + ics_escape("Személyes konzultáció – dr. Bíró Kálmán (adótanácsadás)"),
              "LOCATION:" + ics_escape("1052 Budapest, Semmelweis utca 4., I. emelet 3."),
              f"ORGANIZER;CN=\"{firm[0]}\":mailto:{firm[1]}",
              f"ATTENDEE;CN={OWNER_HU};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
              "DESCRIPTION:" + ics_escape("Ausztriai munkavállalás adózása; hozza magával az osztrák "
                                          "állásajánlatot/munkaszerződés-tervezetet."),
              "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    return neg("b233-17-tax-advisor-appointment",
               [("01-idopont-visszaigazolas-adotanacsado.eml",
                 vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c17")),
                ("02-szemelyes-konzultacio.ics", cal)],
               "medium", "negative/personal-appointment",
               "Tax-advisor booking ('személyes találkozó', 'időpont') about taxes of a future Vienna job, "
               "mentioning 'állásajánlat' and 'munkaszerződés', with a standalone .ics. Not an interview.")


@case
def c18():
    sent = T(2026, 11, 5, 15, 20, 48, wd="Thursday")
    start = T(2026, 11, 12, 13, 0, wd="Thursday")
    body = ("Sziasztok!\n\n"
            "Küldöm a meghívót a Tóth Bence junior könyvelő jelölttel folytatott interjúra. Az önéletrajza a "
            "HR-mappában van; a jelölt (bence.toth92@freemail.example) külön meghívót kapott, Teams-en csatlakozik.\n\n"
            "Eszter, kérlek, te vezesd a szakmai részt (főkönyvi könyvelés, ÁFA-analitika, havi zárás), én a "
            "bemutatkozást és a feltételeket viszem. Gergő részvétele opcionális.\n\n"
            "Köszönöm,\nViktória\n\nLukács Viktória\nHR-generalista | Dunamenti Logisztika Zrt.\n")
    f1, _, _, _ = exchange_invite(
        seed="c18", lang="hu", frm=VIKI, to=[(OWNER_HU, WORK)], cc=[GERGO],
        subject="Interjú – Tóth Bence – Junior könyvelő", date=sent, tzid="Central Europe Standard Time",
        start=start, end=start + timedelta(minutes=45), organizer=VIKI,
        attendees=[(OWNER_HU, WORK, "REQ-PARTICIPANT"), (GERGO[0], GERGO[1], "OPT-PARTICIPANT")], body=body,
        location="Tárgyaló 2 (földszint) / Microsoft Teams-értekezlet", pre_headers=FWD_HEADERS,
        outlook_host="PR3PR09MB")
    return neg("b233-18-owner-interviews-junior-accountant", [("01-interju-toth-bence-junior-konyvelo.eml", f1)],
               "hard", "negative/user-is-interviewer",
               "Teams invite titled 'Interjú – ... – Junior könyvelő' from the owner's current employer's HR: the "
               "owner conducts the professional part of a candidate's interview. The user is the interviewer.")


@case
def c19():
    sent = T(2026, 11, 19, 6, 30, 0, wd="Thursday")
    fair = T(2026, 11, 26, 17, 0, wd="Thursday")
    jobs = [("Pénzügyi kontroller", "Tiszavirág Logisztika Kft.", "Budapest XI. ker."),
            ("Senior Financial Controller (SSC)", "Ardent Business Services Kft.", "Budapest XIII. ker."),
            ("Controlling vezető", "Zalai Tejipari Zrt.", "Zalaegerszeg"),
            ("FP&A Analyst – angol nyelvtudással", "Oberon Tech Hungary Kft.", "Debrecen"),
            ("Gazdasági vezető", "Mecseki Gépgyár Kft.", "Pécs")]
    base = "https://www.profession.hu/allas/"
    links = [base + digits(f"c19j{i}", 7) for i in range(len(jobs))]
    plain = ("Szia Eszter!\n\n8 új állás érkezett a „pénzügyi kontroller, Budapest és 50 km” keresésedre:\n\n"
             + "\n".join(f"• {t} – {c}, {l}\n  {u}" for (t, c, l), u in zip(jobs, links))
             + "\n\n…és még 3 állás: https://www.profession.hu/allasok/penzugyi-kontroller/budapest\n\n"
             "KARRIERTIPP\nÁllásinterjú: így válaszolj arra, miért váltanál\nA leggyakoribb interjúkérdésekre "
             "mutatunk mintaválaszokat pénzügyes pozíciókhoz: https://www.profession.hu/cikk/allasinterju-miert-valtanal\n\n"
             f"Online karriernap pénzügyeseknek: {hu_md(fair)} {hm(fair)} – regisztrálj ingyen!\n\n"
             "Az állásfigyelő beállításait itt módosíthatod: https://www.profession.hu/fiokom/allasfigyelo\n"
             "Leiratkozás: https://www.profession.hu/leiratkozas/" + alnum("c19u", 20) + "\n")
    cards = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="{u}" style="color:#e4003a;'
        f'font-weight:bold;font-size:16px">{html.escape(t)}</a><br>{html.escape(c)} · {html.escape(l)}<br>'
        f'<a href="{u}">Megnézem</a></td></tr>\n' for (t, c, l), u in zip(jobs, links))
    h = ('<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"></head><body style="background:#f2f4f7;'
         'font-family:Arial,sans-serif">\n<table width="600" align="center" style="background:#fff">\n'
         '<tr><td style="background:#e4003a;color:#fff;padding:16px;font-size:20px">Profession.hu Állásfigyelő</td></tr>\n'
         '<tr><td style="padding:16px">Szia Eszter!<br>8 új állás érkezett a „pénzügyi kontroller, Budapest és '
         '50 km” keresésedre:</td></tr>\n' + cards +
         '<tr><td style="padding:16px"><a href="https://www.profession.hu/allasok/penzugyi-kontroller/budapest">'
         '…és még 3 állás</a></td></tr>\n<tr><td style="padding:16px;background:#fafafa"><b>KARRIERTIPP</b><br>'
         '<a href="https://www.profession.hu/cikk/allasinterju-miert-valtanal">Állásinterjú: így válaszolj arra, '
         'miért váltanál</a><br>Online karriernap pénzügyeseknek: '
         f'{hu_md(fair)} {hm(fair)} – regisztrálj ingyen!</td></tr>\n'
         '<tr><td style="padding:16px;font-size:11px;color:#888"><a href="https://www.profession.hu/fiokom/'
         'allasfigyelo">Beállítások</a> · <a href="https://www.profession.hu/leiratkozas/' + alnum("c19u", 20)
         + '">Leiratkozás</a></td></tr></table></body></html>\n')
    hs = [("Delivered-To", OWNER), vendor_received("c19", "mailer5.profession.hu", "185.43.205.21", sent),
          ("From", A("Profession.hu Állásfigyelő", "allasfigyelo@profession.hu")), ("To", OWNER),
          ("Subject", subj("8 új állás: pénzügyi kontroller – és tippek az állásinterjúhoz")),
          ("Date", format_datetime(sent)),
          ("Message-ID", f"<alert.{digits('c19mid', 12)}@mailer5.profession.hu>"),
          ("List-Unsubscribe", "<https://www.profession.hu/leiratkozas/" + alnum("c19u", 20) + ">"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    return neg("b233-19-profession-hu-job-alert",
               [("01-allasfigyelo-uj-allasok.eml",
                 vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c19"))],
               "easy", "negative/job-alert",
               "Profession.hu job alert with an 'állásinterjú' tips article and an online career-fair date "
               "(Thu 26 Nov 17:00). No interview.")


@case
def c20():
    sent = T(2026, 10, 28, 16, 10, 33, tz=VIE, wd="Wednesday")
    past = T(2026, 10, 14, 10, 0, tz=VIE, wd="Wednesday")
    birgit = ("Birgit Hofer", "birgit.hofer@praterstern-energie.example")
    body = ("Sehr geehrte Frau Szabó,\n\n"
            f"vielen Dank für das angenehme Vorstellungsgespräch am Mittwoch, {past.day}. Oktober, und die Zeit, "
            "die Sie sich für uns genommen haben.\n\n"
            "Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil den "
            "Anforderungen an die Position Senior Controller (m/w/d) noch etwas besser entspricht. Wir bedauern, "
            "Ihnen keine positivere Nachricht geben zu können.\n\n"
            "Gerne würden wir Ihre Unterlagen für zukünftige Positionen in Evidenz halten. Bitte teilen Sie uns "
            "mit, ob Sie damit einverstanden sind; andernfalls werden Ihre Daten nach sechs Monaten gelöscht.\n\n"
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\n\n"
            "Birgit Hofer\nTalent Acquisition\nPraterstern Energie AG\nLassallestraße 9, 1020 Wien\n" + birgit[1] + "\n")
    f1, _ = outlook_mail(seed="c20", lang="de", frm=birgit, to=[("Eszter Szabó", OWNER)],
                         subject="Ihre Bewerbung als Senior Controller (m/w/d) – Rückmeldung", date=sent, body=body,
                         host="VI1PR06MB")
    return neg("b233-20-wien-absage-nach-gespraech", [("01-rueckmeldung-bewerbung.eml", f1)], "medium",
               "negative/rejection",
               "German rejection after a past Vorstellungsgespräch (14 Oct, mentioned only in passing). Rejections "
               "are not interviews.")


@case
def c21():
    sent = T(2026, 11, 2, 10, 15, 9, wd="Monday")
    due = T(2026, 11, 6, 23, 59, wd="Friday")
    link = "https://interview.videorec.example/i/" + alnum("c21l", 24)
    role = "Financial Controller"
    plain = ("Dear Eszter,\n\nThank you for applying for the Financial Controller position at Orvane Technologies – "
             "Budapest Finance Center (R-2026-0884).\n\n"
             "The next step in our process is a one-way video interview. You will see five questions on screen; "
             "for each one you have 30 seconds to prepare and up to 3 minutes to record your answer. There is no "
             "live interviewer – our recruitment team will review your recordings and get back to you.\n\n"
             f"Please complete your video interview by {en_long(due)}, 23:59 CET.\n\n"
             f"Start your video interview: {link}\n\n"
             "Tip: use a laptop with a webcam, in a quiet room with good lighting.\n\n"
             "Best regards,\nOrvane Talent Acquisition\n\nPowered by Workday\n")
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">\n<p>Dear Eszter,</p>\n'
         f'<p>Thank you for applying for the <b>{role}</b> position at Orvane Technologies – Budapest Finance '
         'Center (R-2026-0884).</p>\n<p>The next step in our process is a <b>one-way video interview</b>. You will '
         'see five questions on screen; for each one you have 30 seconds to prepare and up to 3 minutes to '
         'record your answer. There is no live interviewer – our recruitment team will review your recordings '
         'and get back to you.</p>\n'
         f'<p>Please complete your video interview by <b>{en_long(due)}, 23:59 CET</b>.</p>\n'
         f'<p><a href="{link}" style="background:#0875e1;color:#fff;padding:10px 16px;text-decoration:none">'
         'Start your video interview</a></p>\n<p>Tip: use a laptop with a webcam, in a quiet room with good '
         'lighting.</p>\n<p>Best regards,<br>Orvane Talent Acquisition</p>\n'
         '<p style="font-size:11px;color:#999">Powered by Workday</p></body></html>\n')
    hs = [("Delivered-To", OWNER), vendor_received("c21", "wd5-smtp-out1.myworkday.com", "198.51.100.88", sent),
          ("Date", format_datetime(sent)), ("From", A("Orvane Careers", "orvane@myworkday.com")), ("To", OWNER),
          ("Message-ID", f"<{digits('c21m', 10)}.{digits('c21n', 6)}.{digits('c21o', 13)}@wd5-prod-mailer.myworkday.com>"),
          ("Subject", f"Next step: complete your video interview - {role} (R-2026-0884)")]
    return neg("b233-21-workday-one-way-video-interview",
               [("01-complete-your-video-interview.eml",
                 vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c21"))],
               "hard", "negative/one-way-video",
               "Workday mail asking for a recorded one-way video interview with a deadline (Fri 6 Nov 23:59). "
               "Asynchronous assessment, no live conversation -> not an interview.")


@case
def c22():
    sent = T(2026, 11, 18, 14, 2, 27, wd="Wednesday")
    slots = [T(2026, 11, 24, 10, 0, wd="Tuesday"), T(2026, 11, 25, 14, 0, wd="Wednesday"),
             T(2026, 11, 26, 9, 0, wd="Thursday")]
    orsi = ("Kálmán Orsolya", "kalman.orsolya@halvard-packaging.example")
    link = "https://career5.successfactors.eu/career?company=halvardpack&career_ns=interview_scheduling&token=" + alnum("c22t", 32)
    hu_slots = "\n".join(f"– {hu_dot(s)} ({HU_DAYS[s.weekday()]}) {hm(s)}–{hm(s + timedelta(hours=1))}" for s in slots)
    en_slots = "\n".join(f"– {en_long(s)}, {hm(s)}–{hm(s + timedelta(hours=1))} CET" for s in slots)
    plain = ("Kedves Eszter!\n\nKöszönjük jelentkezését a Halvard Packaging Shared Services Budapest Financial "
             "Controller (Req. 3310) pozíciójára. Szeretnénk Önt interjúra hívni a pénzügyi vezetővel. Kérjük, "
             "válasszon az alábbi időpontok közül az alábbi linken:\n\n" + hu_slots + "\n\n"
             f"Időpont kiválasztása: {link}\n\n"
             "Az időpont a kiválasztás után válik véglegessé; ekkor visszaigazoló e-mailt és naptármeghívót küldünk. "
             f"Kérdés esetén keresse Kálmán Orsolyát ({orsi[1]}).\n\n"
             "-----\n\nDear Eszter,\n\nThank you for applying for the Financial Controller (Req. 3310) position at "
             "Halvard Packaging Shared Services Budapest. We would like to invite you to an interview with the "
             "Finance Director. Please select one of the following slots using the link below:\n\n" + en_slots + "\n\n"
             f"Select your interview slot: {link}\n\n"
             "Your interview is only confirmed once you have selected a slot; you will then receive a confirmation "
             "e-mail and a calendar invitation.\n\nHalvard Talent Acquisition\n\n"
             "This message was sent by SAP SuccessFactors Recruiting. Please do not reply.\n")
    h = text_to_html(plain, "Arial, sans-serif", "10pt")
    hs = [("Delivered-To", OWNER), vendor_received("c22", "mail-eu10.successfactors.eu", "155.56.208.101", sent),
          ("Date", format_datetime(sent)), ("From", A("Halvard Careers", "careers-noreply@successfactors.eu")),
          ("To", OWNER),
          ("Message-ID", f"<{digits('c22m', 9)}.{digits('c22n', 5)}.{digits('c22o', 13)}@sfrcm-eu10.successfactors.eu>"),
          ("Subject", subj("Interjú időpont kiválasztása / Please select your interview slot – Financial Controller (Req. 3310)"))]
    return neg("b233-22-successfactors-select-slot-unbooked",
               [("01-interju-idopont-kivalasztasa.eml",
                 vendor_mail(headers=hs, plain=plain, html_body=h, boundary_seed="c22"))],
               "hard", "negative/availability-request",
               "SuccessFactors self-scheduling request offering three slots (Tue 24 / Wed 25 / Thu 26 Nov); nothing "
               "is booked in the case ('only confirmed once you have selected a slot'). Unbooked scheduling link "
               "-> not an interview.")


# ============================================================================ main
def main():
    for old in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, old)
        if old.startswith("b233-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b233-{i:02d}-"), slug
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        for j, n in enumerate(names, 1):
            assert n.startswith(f"{j:02d}-") and n.endswith((".eml", ".ics", ".gcal.json")), n
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for n, content in files:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(d, n), "wb") as fh:
                fh.write(data)
        labels[slug] = {"user": OWNER, "interview": bool(lab["interviews"]), "interviews": lab["interviews"],
                        "difficulty": lab["difficulty"], "category": lab["category"], "notes": lab["notes"],
                        "source": "synthetic"}
    text = ("# blind233 labels – generated by make_cases.py (do not edit by hand)\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    with open(os.path.join(HERE, "labels.yaml"), "wb") as fh:
        fh.write(text.encode("utf-8"))
    pos = sum(1 for v in labels.values() if v["interview"])
    n_int = sum(len(v["interviews"]) for v in labels.values())
    n_cx = sum(1 for v in labels.values() for x in v["interviews"] if x["status"] == "cancelled")
    print(f"{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; "
          f"{n_int} interviews ({n_int - n_cx} scheduled, {n_cx} cancelled)")


if __name__ == "__main__":
    main()
