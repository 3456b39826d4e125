#!/usr/bin/env python3
"""Generate the blind evaluation set blind293 (Jakarta tech/e-commerce, Bahasa Indonesia + English).

Deletes and rewrites every b293-* case folder plus labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are derived from fixed values / hashes of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind293|jakarta|putri-maharani|2026"
OWNER = "putri.maharani@example.com"
OWNER_NAME = "Putri Maharani"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

UTC = timezone.utc
WIB = ZoneInfo("Asia/Jakarta")
WITA = ZoneInfo("Asia/Makassar")
SGT = ZoneInfo("Asia/Singapore")
SYD = ZoneInfo("Australia/Sydney")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
HARI3 = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
BULAN = [None, "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BULAN3 = [None, "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = [None, "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ---------------------------------------------------------------- time helpers (asserted)
def T(y, mo, d, hh, mm, tz, wd, off, ss=0):
    """Aware datetime; asserts the weekday (English 3-letter) and the UTC offset ('+0700')."""
    x = datetime(y, mo, d, hh, mm, ss, tzinfo=tz)
    assert DAY_EN[x.weekday()][:3] == wd, (x, wd, DAY_EN[x.weekday()])
    assert x.strftime("%z") == off, (x, off, x.strftime("%z"))
    return x


def check_dst_facts():
    """2026 DST transitions used or mentioned in this set."""
    def off(tz, y, m, d, hh=12):
        return datetime(y, m, d, hh, 0, tzinfo=tz).strftime("%z")
    # US: Mar 8 / Nov 1
    assert off(NYC, 2026, 3, 7) == "-0500" and off(NYC, 2026, 3, 9) == "-0400"
    assert off(NYC, 2026, 10, 31) == "-0400" and off(NYC, 2026, 11, 2) == "-0500"
    # EU/UK: Mar 29 / Oct 25
    assert off(LON, 2026, 3, 28) == "+0000" and off(LON, 2026, 3, 30) == "+0100"
    assert off(LON, 2026, 10, 24) == "+0100" and off(LON, 2026, 10, 26) == "+0000"
    # Sydney: Apr 5 / Oct 4 (AEDT +11 in Oct-Nov)
    assert off(SYD, 2026, 10, 3) == "+1000" and off(SYD, 2026, 10, 5) == "+1100"
    assert off(SYD, 2026, 11, 20) == "+1100"
    # Indonesia and Singapore: no DST
    for m in (1, 4, 7, 10, 11):
        assert off(WIB, 2026, m, 15) == "+0700"
        assert off(WITA, 2026, m, 15) == "+0800"
        assert off(SGT, 2026, m, 15) == "+0800"


def tgl(x):            # "Kamis, 8 Oktober 2026"
    return f"{HARI[x.weekday()]}, {x.day} {BULAN[x.month]} {x.year}"


def jam(x):            # "14.30"
    return f"{x:%H.%M}"


def en_day(x):         # "Friday 9 October 2026"
    return f"{DAY_EN[x.weekday()]} {x.day} {MON_EN[x.month]} {x.year}"


def g_time(x):         # Google style "1:30pm" / "4pm"
    h12 = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h12}{ap}" if x.minute == 0 else f"{h12}:{x.minute:02d}{ap}"


def us_time(x):        # Outlook style "1:00 PM"
    return f"{x.hour % 12 or 12}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def hdr_date(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


# ---------------------------------------------------------------- deterministic ids
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b64id(*parts, n=22):
    raw = hashlib.sha256("|".join((SEED, "b64") + tuple(map(str, parts))).encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]


def mid_gmail(*p):
    return f"<CA{b64id('gm', *p, n=8)}+{b64id('gm2', *p, n=34)}@mail.gmail.com>"


def mid_domain(domain, *p):
    return f"<{hx('mid', *p, n=24)}.{hx('mid2', *p, n=8)}@{domain}>"


def mid_outlook(*p):
    a = hx("ol", *p, n=12).upper()
    return f"<SG2PR06MB{a[:4]}{hx('ol2', *p, n=28).upper()}@SG2PR06MB{a[4:8]}.apcprd06.prod.outlook.com>"


def mid_gcal(*p):
    return f"<calendar-{hx('gc', *p, n=8)}-{hx('gc1', *p, n=4)}-{hx('gc2', *p, n=4)}-{hx('gc3', *p, n=4)}-{hx('gc4', *p, n=12)}@google.com>"


def boundary(style, *p):
    if style == "google":
        return "000000000000" + hx("bd", *p, n=16)
    if style == "outlook":
        return "_000_" + hx("bd", *p, n=32).upper() + "prodoutlookcom_"
    if style == "java":
        return f"----=_Part_{int(hx('bd', *p, n=6), 16)}_{int(hx('bd2', *p, n=8), 16)}.{1790000000000 + int(hx('bd3', *p, n=5), 16)}"
    return "==_b293_" + hx("bd", *p, n=24)


# ---------------------------------------------------------------- MIME builder (CRLF output)
def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


class Part:
    def __init__(self, headers, body=None, parts=None, bnd=None):
        self.headers, self.body, self.parts, self.bnd = headers, body, parts, bnd


def _enc(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    if cte == "base64":
        s = base64.b64encode(data).decode()
        return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))
    return data.decode("utf-8").replace("\r\n", "\n")


def text_part(text, sub="plain", cte="quoted-printable", fmt_flowed=False):
    ct = f'text/{sub}; charset="UTF-8"'
    if fmt_flowed:
        ct += "; format=flowed; delsp=yes"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc(text.encode("utf-8"), cte))


def cal_part(ics_text, method="REQUEST", cte="base64"):
    return Part([("Content-Type", f'text/calendar; charset="UTF-8"; method={method}'),
                 ("Content-Transfer-Encoding", cte)], _enc(ics_text.encode("utf-8"), cte))


def attach_part(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], _enc(data, "base64"))


def multi(sub, parts, style, *seed):
    b = boundary(style, sub, *seed)
    return Part([("Content-Type", f'multipart/{sub}; boundary="{b}"')], parts=parts, bnd=b)


def _lines(p):
    out = [f"{k}: {v}" for k, v in p.headers]
    out.append("")
    if p.parts is None:
        out.extend(p.body.rstrip("\n").split("\n"))
    else:
        for c in p.parts:
            out.append(f"--{p.bnd}")
            out.extend(_lines(c))
            out.append("")
        out[-1] = f"--{p.bnd}--"
        out.append("")
    return out


def hval(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def mail(*, frm, to, subject, date, msgid, root, cc=None, reply_to=None, in_reply_to=None,
         references=None, sender=None, extra=(), received_host="mail.example", return_path=None):
    rcv = date.astimezone(UTC) + timedelta(seconds=2)
    hs = [("Delivered-To", OWNER),
          ("Received", f"from {received_host} ({received_host}. [203.0.113.{int(hx('ip', msgid, n=2), 16) % 250 + 1}])\n"
                       f"        by mx.example.com with ESMTPS id {hx('smtp', msgid, n=12)}\n"
                       f"        for <{OWNER}>; {format_datetime(rcv)}"),
          ("Return-Path", f"<{return_path or _addr(frm)}>")]
    hs.append(("From", frm))
    if sender:
        hs.append(("Sender", sender))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hval(subject)), ("Date", hdr_date(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    p = Part(hs + root.headers, root.body, root.parts, root.bnd)
    return ("\r\n".join(_lines(p)).rstrip("\r\n") + "\r\n").encode("utf-8")


def _addr(h):
    return h.split("<")[-1].rstrip(">").strip() if "<" in h else h.strip()


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return f'<html><head><meta charset="utf-8"></head><body><div style="{style}">\n{body}\n</div></body></html>\n'


def alt(text, style_seed, html_cte="quoted-printable", text_cte="quoted-printable", html_text=None):
    return multi("alternative", [text_part(text, "plain", text_cte),
                                 text_part(html_text or to_html(text), "html", html_cte)], style_seed[0], *style_seed[1:])


def quote_id(text, date, who):
    head = f"Pada {HARI3[date.weekday()]}, {date.day} {BULAN3[date.month]} {date.year} pukul {jam(date)}, {who} menulis:"
    return head + "\n" + "\n".join((">" if not l else "> " + l) for l in text.rstrip("\n").split("\n")) + "\n"


def quote_en(text, date, who):
    head = f"On {DAY_EN[date.weekday()][:3]}, {date.day} {MON_EN[date.month][:3]} {date.year} at {g_time(date)}, {who} wrote:"
    return head + "\n" + "\n".join((">" if not l else "> " + l) for l in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- iCalendar builder
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def utc_s(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc_s(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Asia/Jakarta": ["BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "X-LIC-LOCATION:Asia/Jakarta", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:WIB", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Singapore": ["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Australia/Sydney": ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
                         "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
                         "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
                         "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
                         "END:VTIMEZONE"],
    "SE Asia Standard Time": ["BEGIN:VTIMEZONE", "TZID:SE Asia Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T000000", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700",
                              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                              "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:DAYLIGHT", "END:VTIMEZONE"],
}
TZ_OF = {"Asia/Jakarta": WIB, "Asia/Singapore": SGT, "Australia/Sydney": SYD, "SE Asia Standard Time": WIB}


def vcal(method, prodid, events, tzids=(), extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    out = []
    for line in L:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, description=None, location=None,
           seq=0, status="CONFIRMED", tzid=None, extra=(), created=None, alarm=True, lang=None):
    L = ["BEGIN:VEVENT"]
    if tzid:
        z = TZ_OF[tzid]
        L += [f"DTSTART;TZID={tzid}:{loc_s(start.astimezone(z))}", f"DTEND;TZID={tzid}:{loc_s(end.astimezone(z))}"]
    else:
        L += [f"DTSTART:{utc_s(start)}", f"DTEND:{utc_s(end)}"]
    L.append(f"DTSTAMP:{utc_s(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, email = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        ps = a[3] if len(a) > 3 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    if created:
        L.append(f"CREATED:{utc_s(created)}")
    lp = f";LANGUAGE={lang}" if lang else ""
    if description is not None:
        L.append(f"DESCRIPTION{lp}:{ics_esc(description)}")
    L.append(f"LAST-MODIFIED:{utc_s(stamp)}")
    if location is not None:
        L.append(f"LOCATION{lp}:{ics_esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY{lp}:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L.append("END:VEVENT")
    return L


# ---------------------------------------------------------------- vendor templates
def google_invite(*, case, n, organizer, attendees, title, start, end, sent, description, meet,
                  lang="en", seq=0, uid=None, updated=False, location=None):
    """Google Calendar invitation e-mail (multipart/mixed: alternative(plain, html, calendar) + invite.ics)."""
    uid = uid or f"{hx('gcuid', case, title, n=26)}@google.com"
    org_name, org_mail = organizer
    if lang == "id":
        when = f"{HARI[start.weekday()]}, {start.day} {BULAN3[start.month]} {start.year} \u22c5 {jam(start)} \u2013 {jam(end)} (Waktu Indonesia Barat - Jakarta)"
        subj_when = f"{HARI3[start.weekday()]} {start.day} {BULAN3[start.month]} {start.year} {jam(start)} - {jam(end)} (WIB)"
        subject = ("Undangan yang diperbarui: " if updated else "Undangan: ") + f"{title} @ {subj_when} ({OWNER})"
        intro = "Acara ini telah diubah." if updated else "Anda telah diundang ke acara berikut."
        k_when, k_join, k_cal, k_who, k_loc = "Kapan", "Info bergabung", "Kalender", "Tamu", "Lokasi"
        org_tag = "penyelenggara"
        footer = ("Undangan dari Google Kalender: https://calendar.google.com/calendar/\n\n"
                  "Anda menerima email ini karena Anda adalah tamu di acara ini. Untuk berhenti menerima "
                  "info terbaru acara ini, tolak acara ini.")
        join = "Bergabung dengan Google Meet"
    else:
        when = f"{DAY_EN[start.weekday()]} {start.day} {MON_EN[start.month][:3]} {start.year} \u22c5 {g_time(start)} \u2013 {g_time(end)} (Western Indonesia Time - Jakarta)"
        subj_when = f"{DAY_EN[start.weekday()][:3]} {start.day} {MON_EN[start.month][:3]} {start.year} {g_time(start)} - {g_time(end)} (WIB)"
        subject = ("Updated invitation: " if updated else "Invitation: ") + f"{title} @ {subj_when} ({OWNER})"
        intro = "This event has been updated." if updated else "You have been invited to the following event."
        k_when, k_join, k_cal, k_who, k_loc = "When", "Joining info", "Calendar", "Guests", "Location"
        org_tag = "organiser"
        footer = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                  "You are receiving this email because you are an attendee on the event. To stop receiving "
                  "future updates for this event, decline this event.")
        join = "Join with Google Meet"
    who = [f"{org_name} - {org_tag}"] + [a[0] if a[1] != OWNER else OWNER for a in attendees]
    plain = f"{intro}\n\n{title}\n{k_when}\t{when}\n"
    if location:
        plain += f"{k_loc}\t{location}\n"
    if meet:
        plain += f"{k_join}\t{join}\n{meet}\n"
    plain += f"\n{k_cal}\t{OWNER}\n{k_who}\n" + "\n".join(who) + "\n\n"
    plain += description.rstrip("\n") + "\n\n"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    plain += f"View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n{footer}\n"
    h = ['<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">',
         f"<p>{html.escape(intro)}</p>", f'<h2 style="font-size:20px;font-weight:400">{html.escape(title)}</h2>',
         f"<p><b>{k_when}</b><br>{html.escape(when)}</p>"]
    if location:
        h.append(f"<p><b>{k_loc}</b><br>{html.escape(location)}</p>")
    if meet:
        h.append(f'<p><b>{k_join}</b><br><a href="https://{meet}">{join}</a><br>{meet}</p>')
    h.append(f"<p><b>{k_who}</b><br>" + "<br>".join(html.escape(w) for w in who) + "</p>")
    h.append("<p>" + html.escape(description.rstrip("\n")).replace("\n", "<br>") + "</p>")
    h.append(f'<p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View event</a></p></div></body></html>')
    html_s = "\n".join(h) + "\n"
    desc_ics = description.rstrip("\n") + (f"\n\n{join}: https://{meet}" if meet else "")
    ev = vevent(uid=uid, start=start, end=end, summary=title, organizer=organizer, stamp=sent, seq=seq,
                attendees=[(organizer[0], organizer[1], "REQ-PARTICIPANT", "ACCEPTED")] +
                          [(a[0], a[1]) for a in attendees],
                description=desc_ics, location=location or "", created=sent - timedelta(minutes=3),
                extra=([f"X-GOOGLE-CONFERENCE:https://{meet}"] if meet else []))
    ics = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    root = multi("mixed", [
        multi("alternative", [text_part(plain, "plain", "quoted-printable"), text_part(html_s, "html", "quoted-printable"),
                              cal_part(ics, "REQUEST", "7bit")], "google", case, n),
        attach_part(ics.encode(), "application/ics", "invite.ics")], "google", case, n)
    data = mail(frm=f"{org_name} <{org_mail}>", reply_to=f"{org_name} <{org_mail}>",
                sender="Google Calendar <calendar-notification@google.com>", to=OWNER, subject=subject,
                date=sent, msgid=mid_gcal(case, n), root=root, received_host="mail-sor-f73.google.com",
                return_path=f"3{hx('rp', case, n, n=20)}@calendar-server.bounces.google.com")
    return data, uid


def teams_block(*seed):
    mid = int(hx("teams", *seed, n=10), 16) % 900000000000 + 100000000000
    pc = b64id("teamspc", *seed, n=6)
    ms = str(mid)
    return (f"________________________________________________________________________________\n"
            f"Rapat Microsoft Teams\nBergabung di komputer, aplikasi seluler, atau perangkat ruangan\n"
            f"Klik di sini untuk bergabung ke rapat<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id('tm', *seed, n=32)}%40thread.v2/0>\n"
            f"ID Rapat: {ms[0:3]} {ms[3:6]} {ms[6:9]} {ms[9:12]}\nKode Akses: {pc}\n"
            f"Unduh Teams<https://www.microsoft.com/id-id/microsoft-teams/download-app> | Bergabung di web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"________________________________________________________________________________\n")


def exchange_invite(*, case, n, organizer, attendees, subject, start, end, sent, body, method="REQUEST",
                    seq=0, uid, location="Rapat Microsoft Teams", importance=None):
    """Exchange/Teams meeting request or cancellation (multipart/alternative, Windows TZID)."""
    label = "(UTC+07:00) Bangkok, Hanoi, Jakarta"
    when = f"When: {DAY_EN[start.weekday()]}, {MON_EN[start.month]} {start.day}, {start.year} {us_time(start)}-{us_time(end)} {label}."
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    cancel = method == "CANCEL"
    extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('owner', case, n=7), 16) % 2000000000}",
             f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
             f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             f"X-MICROSOFT-ISRESPONSEREQUESTED:{'FALSE' if cancel else 'TRUE'}",
             "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Rapat Microsoft Teams\",\"LocationAnnotation\":\"\",\"LocationSource\":0,\"Units\":\"\",\"LocationType\":\"Default\"}]"]
    ev = vevent(uid=uid, start=start, end=end, summary=subject, organizer=organizer, stamp=sent, seq=seq,
                attendees=[(a[0], a[1]) for a in attendees], description=plain, location=location,
                status="CANCELLED" if cancel else "CONFIRMED", tzid="SE Asia Standard Time", extra=extra,
                alarm=not cancel, lang="id-ID")
    ics = vcal(method, "Microsoft Exchange Server 2010", [ev], tzids=["SE Asia Standard Time"])
    root = multi("alternative", [text_part(plain, "plain", "quoted-printable"),
                                 text_part(to_html(plain, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"), "html", "quoted-printable"),
                                 cal_part(ics, method, "base64")], "outlook", case, n)
    org = f"{organizer[0]} <{organizer[1]}>"
    to_list = ", ".join(f"{a[0]} <{a[1]}>" for a in attendees)
    ti = base64.b64encode(hashlib.sha256(f"{SEED}|ti|{case}".encode()).digest()[:22]).decode()
    extra_h = [("Thread-Topic", subject.split(": ", 1)[-1]), ("Thread-Index", ti),
               ("Accept-Language", "id-ID, en-US"), ("Content-Language", "id-ID"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hx("sid", case, n=24).upper())]
    if importance:
        extra_h.append(("Importance", importance))
    return mail(frm=org, to=to_list, subject=subject, date=sent, msgid=mid_outlook(case, n), root=root,
                extra=extra_h, received_host="SG2PR06MB" + hx("host", case, n=4).upper() + ".apcprd06.prod.outlook.com")


FAKE_PDF = lambda title: (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                          b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                          b"3 0 obj\n<< /Title (" + title.encode() + b") >>\nendobj\n"
                          b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


# ---------------------------------------------------------------- labels
CASES = []   # (folder, [(filename, bytes)])
LABELS = {}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def add_case(folder, items, interviews, difficulty, category, notes):
    assert folder.startswith("b293-")
    CASES.append((folder, items))
    LABELS[folder] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                      "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ================================================================ cases
def case01():
    c = "b293-01-tokoloka-hr-interview-kalibrr"
    nadia = "Nadia Kusuma <nadia.kusuma@tokoloka.example>"
    s1 = T(2026, 10, 5, 8, 2, WIB, "Mon", "+0700").astimezone(UTC)
    t1 = D("""
        Hai Putri,

        Ada kabar baru untuk lamaranmu!

        Tokoloka telah memperbarui status lamaranmu untuk posisi Product Designer menjadi: INTERVIEW.

        Tim rekrutmen Tokoloka biasanya akan menghubungi kandidat langsung melalui email atau telepon
        untuk menginformasikan jadwal. Pastikan nomor HP dan email di profil Kalibrr kamu aktif.

        Lihat lamaran: https://www.kalibrr.com/id-ID/applications

        Semoga sukses!
        Tim Kalibrr

        Kamu menerima email ini karena kamu melamar pekerjaan melalui Kalibrr.
        Atur notifikasi: https://www.kalibrr.com/id-ID/settings/notifications
        """)
    m1 = mail(frm="Kalibrr <no-reply@kalibrr.com>", to=OWNER, subject="Update lamaran: Product Designer di Tokoloka",
              date=s1, msgid=mid_domain("kalibrr.com", c, 1), received_host="o1.email.kalibrr.com",
              return_path=f"bounces+{hx('rp', c, n=8)}@em.kalibrr.com",
              root=alt(t1, ("java", c, 1), html_cte="base64"))
    s2 = T(2026, 10, 5, 10, 47, WIB, "Mon", "+0700", 33)
    start = T(2026, 10, 8, 10, 0, WIB, "Thu", "+0700")
    end = T(2026, 10, 8, 10, 45, WIB, "Thu", "+0700")
    confirm_by = T(2026, 10, 6, 17, 0, WIB, "Tue", "+0700")
    t2 = D(f"""
        Dear Putri Maharani,

        Terima kasih sudah melamar posisi Product Designer di Tokoloka melalui Kalibrr.
        Setelah meninjau CV dan portofolio kamu, kami ingin mengundang kamu untuk
        mengikuti tahap HR interview dengan detail sebagai berikut:

        Hari/Tanggal : {tgl(start)}
        Pukul        : {jam(start)} - {jam(end)} WIB
        Media        : Google Meet (https://meet.google.com/tkl-hrpd-qzw)
        Interviewer  : Nadia Kusuma (Talent Acquisition)

        Di sesi ini kita akan ngobrol soal pengalaman kerja kamu, ekspektasi gaji,
        dan kesiapan join. Portofolio belum perlu dipresentasikan di tahap ini.

        Mohon konfirmasi kehadiran dengan membalas email ini paling lambat
        {tgl(confirm_by)}.

        Salam hangat,
        Nadia Kusuma
        Talent Acquisition Specialist
        Tokoloka | Jl. Prof. Dr. Satrio Kav. 18, Kuningan, Jakarta Selatan
        """)
    m2 = mail(frm=nadia, to=OWNER_HDR, subject="Undangan Interview HR - Product Designer | Tokoloka",
              date=s2, msgid=mid_gmail(c, 2), received_host="mail-sor-f41.google.com",
              root=text_part(t2, "plain", "quoted-printable"))
    add_case(c, [("01-kalibrr-status-interview.eml", m1), ("02-undangan-interview-hr.eml", m2)],
             [iv("Tokoloka", "Product Designer", start, end, "scheduled", ["nadia.kusuma@tokoloka.example"],
                 ["nadia.kusuma@tokoloka.example"], "phone_screen")],
             "easy", "positive/email-body-only",
             "Kalibrr status notification (no time) followed by the recruiter's Indonesian 'Hari/Tanggal / Pukul' "
             "invitation; the recruiter conducts the HR interview herself. One interview.")


def case02():
    c = "b293-02-sawala-portfolio-review-mail-and-invite"
    dewi = ("Dewi Lestari", "dewi.lestari@sawala.example")
    rangga = ("Rangga Pratama", "rangga.pratama@sawala.example")
    start = T(2026, 10, 9, 13, 30, WIB, "Fri", "+0700")
    end = T(2026, 10, 9, 14, 30, WIB, "Fri", "+0700")
    s1 = T(2026, 10, 6, 14, 5, WIB, "Tue", "+0700", 12)
    t1 = D(f"""
        Halo Teh Putri,

        Makasih sudah mengirimkan portofolio ke Sawala Digital. Tim desain kami tertarik
        dan ingin lanjut ke sesi portfolio review bareng Kang Rangga Pratama (Lead
        Product Designer).

        Hari/Tanggal: {tgl(start)}
        Pukul: {jam(start)} - {jam(end)} WIB
        Media: Google Meet (undangan kalender menyusul dari saya)

        Siapkan 2-3 studi kasus terbaik ya, terutama yang menunjukkan proses riset
        sampai hasil akhirnya. Presentasi sekitar 30 menit, sisanya tanya jawab.
        Saya hanya bantu penjadwalan, jadi sesinya dipandu langsung oleh Kang Rangga.

        Terima kasih atas perhatiannya.

        Dewi Lestari
        People & Culture - Sawala Digital
        Jl. Ir. H. Juanda No. 88, Dago, Bandung
        """)
    m1 = mail(frm=f"{dewi[0]} <{dewi[1]}>", to=OWNER_HDR, subject="Jadwal Portfolio Review - UI/UX Designer (Sawala Digital)",
              date=s1, msgid=mid_gmail(c, 1), received_host="mail-sor-f52.google.com",
              root=alt(t1, ("google", c, 1)))
    s2 = T(2026, 10, 6, 14, 11, WIB, "Tue", "+0700", 47).astimezone(UTC)
    m2, _ = google_invite(case=c, n=2, organizer=dewi, attendees=[rangga, (OWNER_NAME, OWNER)],
                          title="Portfolio Review: Putri Maharani - UI/UX Designer", start=start, end=end, sent=s2,
                          description="Portfolio review dengan Kang Rangga (Lead Product Designer). Siapkan 2-3 studi kasus.\n"
                                      "Kontak: Dewi Lestari (People & Culture) - dewi.lestari@sawala.example",
                          meet="meet.google.com/swl-prtf-rvw", lang="en")
    add_case(c, [("01-jadwal-portfolio-review.eml", m1), ("02-invitation-portfolio-review.eml", m2)],
             [iv("Sawala Digital", "UI/UX Designer", start, end, "scheduled", [rangga[1]], [rangga[1]], "technical")],
             "medium", "positive/dedupe",
             "Coordinator e-mail plus Google Calendar invitation for the same portfolio review (one interview). "
             "The coordinator states she only schedules; the lead designer is the interviewer.")


def case03():
    c = "b293-03-kirimaja-take-home-design-test"
    s = T(2026, 10, 7, 11, 20, WIB, "Wed", "+0700", 4)
    due = T(2026, 10, 19, 23, 59, WIB, "Mon", "+0700")
    t = D(f"""
        Hi Putri,

        Terima kasih sudah mengirimkan lamaran dan portofolio untuk posisi Product Designer
        di Kirimaja. Next step di proses kami adalah design test (take-home). Detailnya:

        - Brief: redesign alur "Lacak Paket" di aplikasi Kirimaja untuk kurir dan penerima
        - Format: file Figma (view access) + 1 halaman rationale
        - Deadline pengumpulan: {tgl(due)} pukul {jam(due)} WIB
        - Kirim link ke design-test@kirimaja.example

        Kamu bebas mengatur waktu pengerjaan; kami estimasi 6-8 jam. Tidak ada sesi live
        untuk tahap ini. Kalau hasilnya sesuai, tim kami akan menghubungi kamu untuk
        menjadwalkan tahap berikutnya.

        Brief lengkap terlampir (PDF).

        Good luck!
        Stefani Halim
        Talent Acquisition - Kirimaja
        """)
    root = multi("mixed", [alt(t, ("java", c, 1), html_cte="base64"),
                           attach_part(FAKE_PDF("Design Test Brief - Kirimaja"), "application/pdf", "Design_Test_Brief_Kirimaja.pdf")],
                 "java", c, 2)
    m = mail(frm="Stefani Halim <stefani.halim@kirimaja.example>", to=OWNER_HDR,
             subject="[Kirimaja] Design Test - Product Designer (deadline 19 Oktober)", date=s,
             msgid=mid_domain("kirimaja.example", c, 1), root=root, received_host="smtp.kirimaja.example")
    add_case(c, [("01-design-test-take-home.eml", m)], [], "medium", "negative/take-home-assessment",
             "Take-home design test with a submission deadline (date + time); explicitly no live session.")


def case04():
    c = "b293-04-pasarin-interview-user-reschedule"
    maya = "Maya Anggraini <maya.anggraini@pasarin.example>"
    bayu = "Bayu Saputra <bayu.saputra@pasarin.example>"
    old = T(2026, 10, 12, 14, 0, WIB, "Mon", "+0700")
    old_end = T(2026, 10, 12, 15, 0, WIB, "Mon", "+0700")
    new = T(2026, 10, 14, 10, 30, WIB, "Wed", "+0700")
    new_end = T(2026, 10, 14, 11, 30, WIB, "Wed", "+0700")
    s1 = T(2026, 10, 6, 9, 30, WIB, "Tue", "+0700", 18)
    t1 = D(f"""
        Dear Putri,

        Selamat! Kamu lolos ke tahap berikutnya dalam proses rekrutmen Senior Product
        Designer di Pasarin. Bersama email ini kami mengundang kamu untuk interview user
        dengan Head of Product Design kami, Bapak Bayu Saputra (cc).

        Hari/Tanggal : {tgl(old)}
        Pukul        : {jam(old)} - {jam(old_end)} WIB
        Media        : Google Meet - meet.google.com/psr-kdwa-mno

        Mohon konfirmasi kehadiran paling lambat H-2 dengan membalas email ini.

        Terima kasih atas perhatiannya.

        Salam,
        Maya Anggraini
        HR Business Partner | Pasarin
        Gedung Cyber 2 Lt. 15, Jl. H.R. Rasuna Said, Jakarta Selatan
        """)
    id1 = mid_gmail(c, 1)
    subj = "Undangan Interview User - Senior Product Designer | Pasarin"
    m1 = mail(frm=maya, to=OWNER_HDR, cc=bayu, subject=subj, date=s1, msgid=id1,
              received_host="mail-sor-f69.google.com", root=text_part(t1))
    s2 = T(2026, 10, 6, 12, 15, WIB, "Tue", "+0700", 40)
    t2 = (f"Baik Bu Maya, terima kasih atas undangannya.\n\nSaya konfirmasi hadir untuk interview user pada "
          f"{tgl(old)} pukul {jam(old)} WIB via Google Meet.\n\nSalam,\nPutri Maharani\n\n" + quote_id(t1, s1, maya))
    id2 = mid_gmail(c, 2)
    m2 = mail(frm=OWNER_HDR, to=maya, cc=bayu, subject="Re: " + subj, date=s2, msgid=id2, in_reply_to=id1,
              references=id1, received_host="mail-sor-f41.google.com", root=text_part(t2, cte="8bit"))
    s3 = T(2026, 10, 9, 16, 52, WIB, "Fri", "+0700", 9)
    t3 = D(f"""
        Dear Putri,

        Mohon maaf, jadwal interview kami geser ke {tgl(new)} pukul {jam(new)} -
        {jam(new_end)} WIB karena Pak Bayu harus ke Surabaya untuk kunjungan mitra pada
        hari Senin. Link Google Meet tetap sama.

        Apabila jadwal baru ini kurang sesuai, silakan kabari kami slot alternatif
        di hari Rabu atau Kamis minggu depan.

        Mohon maaf atas ketidaknyamanannya dan terima kasih atas pengertiannya.

        Salam,
        Maya Anggraini
        HR Business Partner | Pasarin
        """) + "\n" + quote_id(t2, s2, OWNER_HDR)
    m3 = mail(frm=maya, to=OWNER_HDR, cc=bayu, subject="Re: " + subj + " [JADWAL BARU]", date=s3,
              msgid=mid_gmail(c, 3), in_reply_to=id2, references=f"{id1} {id2}",
              received_host="mail-sor-f69.google.com", root=alt(t3, ("google", c, 3)))
    add_case(c, [("01-undangan-interview-user.eml", m1), ("02-re-konfirmasi-hadir.eml", m2),
                 ("03-re-jadwal-geser.eml", m3)],
             [iv("Pasarin", "Senior Product Designer", new, new_end, "scheduled", ["bayu.saputra@pasarin.example"],
                 ["bayu.saputra@pasarin.example"], "hiring_manager")],
             "medium", "positive/reschedule-email",
             "Interview user set for Mon 12 Oct 14.00 WIB, confirmed by the candidate, then moved in Indonesian "
             "('jadwal interview kami geser ke Rabu, 14 Oktober 2026 pukul 10.30 - 11.30 WIB'). Final time only.")


def case05():
    c = "b293-05-lontar-bali-wita-propose-confirm"
    komang = "Komang Ayu Wirawan <komang.ayu@lontarcreative.example>"
    made = "Made Surya <made.surya@lontarcreative.example>"
    o1 = T(2026, 10, 15, 10, 0, WITA, "Thu", "+0800")
    o1e = T(2026, 10, 15, 11, 0, WITA, "Thu", "+0800")
    o2 = T(2026, 10, 16, 15, 0, WITA, "Fri", "+0800")
    o2e = T(2026, 10, 16, 16, 0, WITA, "Fri", "+0800")
    assert o2.astimezone(WIB).hour == 14
    s1 = T(2026, 10, 5, 10, 14, WITA, "Mon", "+0800", 51)
    t1 = D(f"""
        Hi Putri,

        Om Swastiastu! Thanks for applying for the UI/UX Designer role at Lontar Creative.
        Bli Made Surya, our Creative Director, loved the batik marketplace case study in
        your portfolio and would like to meet you for a 1-hour interview over Zoom.

        Could one of these work for you? (all times are Bali time / WITA)
          - {tgl(o1)}, {jam(o1)} - {jam(o1e)} WITA
          - {tgl(o2)}, {jam(o2)} - {jam(o2e)} WITA

        Let me know which one suits you and I'll send over the Zoom link.

        Suksma,
        Komang Ayu Wirawan
        Studio Manager | Lontar Creative
        Jl. Raya Pengosekan, Ubud, Gianyar, Bali
        """)
    id1 = mid_domain("lontarcreative.example", c, 1)
    subj = "Lontar Creative x Putri - chat with our Creative Director"
    m1 = mail(frm=komang, to=OWNER_HDR, subject=subj, date=s1, msgid=id1, received_host="smtp.lontarcreative.example",
              root=alt(t1, ("java", c, 1)))
    s2 = T(2026, 10, 5, 13, 40, WIB, "Mon", "+0700", 5)
    t2 = (f"Hi Mbok Komang,\n\nTerima kasih banyak, senang sekali dengarnya! Jumat, 16 Oktober jam {jam(o2)} WITA "
          f"works for me (noted it's Bali time, I'm in Jakarta so I'll adjust on my side).\n\nLooking forward to it.\n\n"
          f"Best,\nPutri\n\n" + quote_en(t1, s1, komang))
    id2 = mid_gmail(c, 2)
    m2 = mail(frm=OWNER_HDR, to=komang, subject="Re: " + subj, date=s2, msgid=id2, in_reply_to=id1, references=id1,
              received_host="mail-sor-f41.google.com", root=text_part(t2))
    s3 = T(2026, 10, 6, 9, 5, WITA, "Tue", "+0800", 30)
    t3 = D(f"""
        Hi Putri,

        Great, it's locked in!

        {tgl(o2)}
        {jam(o2)} - {jam(o2e)} WITA
        with Bli Made Surya, Creative Director (made.surya@lontarcreative.example, cc'd)

        Join Zoom Meeting
        https://us06web.zoom.us/j/83412290571?pwd=bG9udGFyMTZva3Q
        Meeting ID: 834 1229 0571
        Passcode: lontar16

        Feel free to share your screen and walk Bli Made through two or three projects.
        If anything comes up, just reply here or WhatsApp me.

        Suksma,
        Komang
        """) + "\n" + quote_en(t2, s2, OWNER_HDR)
    m3 = mail(frm=komang, to=OWNER_HDR, cc=made, subject="Re: " + subj, date=s3,
              msgid=mid_domain("lontarcreative.example", c, 3), in_reply_to=id2, references=f"{id1} {id2}",
              received_host="smtp.lontarcreative.example", root=text_part(t3))
    add_case(c, [("01-propose-two-slots-wita.eml", m1), ("02-re-pick-friday.eml", m2), ("03-re-confirmed-zoom.eml", m3)],
             [iv("Lontar Creative", "UI/UX Designer", o2, o2e, "scheduled", ["made.surya@lontarcreative.example"],
                 ["made.surya@lontarcreative.example"], "hiring_manager")],
             "hard", "positive/thread-propose-confirm",
             "Bali agency proposes two slots in WITA (UTC+8); the Jakarta candidate (WIB, UTC+7) picks Friday 15.00 "
             "WITA and it is confirmed. Correct start is 15.00+08:00 (= 14.00 WIB), not 15.00 WIB.")


def case06():
    c = "b293-06-samudra-teams-interview-user-cancelled"
    hendra = ("Hendra Wijaya", "hendra.wijaya@samudraniaga.example")
    lina = ("Lina Hartono", "lina.hartono@samudraniaga.example")
    start = T(2026, 10, 13, 9, 0, WIB, "Tue", "+0700")
    end = T(2026, 10, 13, 10, 0, WIB, "Tue", "+0700")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("exuid", c, n=40).upper() + "1000000000000000010000000" + hx("exuid2", c, n=32).upper()
    s1 = T(2026, 10, 7, 15, 12, WIB, "Wed", "+0700", 40)
    body1 = D(f"""
        Dear Putri,

        Menindaklanjuti HR interview minggu lalu, berikut kami sampaikan undangan interview
        user untuk posisi Product Designer bersama Ibu Lina Hartono (Product Design Manager)
        melalui Microsoft Teams.

        Hari/Tanggal: {tgl(start)}
        Pukul: {jam(start)} - {jam(end)} WIB
        Media: Microsoft Teams (tautan di bawah)

        Saya tidak ikut dalam sesi ini; silakan hubungi saya bila ada kendala teknis.
        Mohon konfirmasi kehadiran dengan menekan tombol Accept.

        Terima kasih atas perhatiannya.

        Salam,
        Hendra Wijaya
        Talent Acquisition | PT Samudra Niaga Digital
        Jl. Basuki Rahmat No. 129, Surabaya
        """) + "\n" + teams_block(c, 1)
    subj = "Interview User - Product Designer - Putri Maharani"
    m1 = exchange_invite(case=c, n=1, organizer=hendra, attendees=[(OWNER_NAME, OWNER), lina], subject=subj,
                         start=start, end=end, sent=s1, body=body1, uid=uid)
    s2 = T(2026, 10, 9, 17, 31, WIB, "Fri", "+0700", 2)
    body2 = D(f"""
        Dear Putri,

        Mohon maaf, dengan berat hati kami harus membatalkan jadwal interview user pada
        {tgl(start)} pukul {jam(start)} WIB. Posisi Product Designer saat ini sedang kami
        tahan (on hold) karena ada penyesuaian struktur tim di kantor Surabaya.

        Kami akan menghubungi kamu kembali apabila posisi ini dibuka lagi. Terima kasih
        atas waktu dan pengertiannya.

        Salam,
        Hendra Wijaya
        """)
    m2 = exchange_invite(case=c, n=2, organizer=hendra, attendees=[(OWNER_NAME, OWNER), lina], subject="Canceled: " + subj,
                         start=start, end=end, sent=s2, body=body2, uid=uid, method="CANCEL", seq=1, importance="High")
    add_case(c, [("01-teams-invite-interview-user.eml", m1), ("02-canceled-interview-user.eml", m2)],
             [iv("Samudra Niaga Digital", "Product Designer", start, end, "cancelled", [lina[1]], [lina[1]], "hiring_manager")],
             "medium", "positive/cancellation",
             "Surabaya company: Exchange/Teams invite (TZID 'SE Asia Standard Time', '(UTC+07:00) Bangkok, Hanoi, "
             "Jakarta'), then METHOD:CANCEL with the same UID and SEQUENCE:1 (position on hold). Recruiter only schedules.")


def case07():
    c = "b293-07-arunika-psikotes-online"
    s = T(2026, 10, 15, 13, 0, WIB, "Thu", "+0700", 27)
    day = T(2026, 10, 21, 8, 0, WIB, "Wed", "+0700")
    day_end = T(2026, 10, 21, 17, 0, WIB, "Wed", "+0700")
    confirm = T(2026, 10, 19, 12, 0, WIB, "Mon", "+0700")
    t = D(f"""
        Kepada Yth.
        Sdri. Putri Maharani

        Terima kasih atas minat Anda untuk bergabung bersama PT Arunika Bank Digital.
        Berdasarkan hasil seleksi administrasi, Anda kami undang untuk mengikuti tahap
        Psikotes Online posisi Product Designer dengan ketentuan sebagai berikut:

        Hari/Tanggal : {tgl(day)}
        Pukul        : {jam(day)} - {jam(day_end)} WIB (tautan hanya aktif pada rentang waktu tersebut)
        Durasi       : +/- 90 menit, dikerjakan secara mandiri
        Media        : Platform asesmen online

        Tautan tes : https://assessment.talentlytica.example/arunika/PD-2026-1021
        Kode akses : ARB-7Q2K-PM

        Ketentuan:
        1. Gunakan laptop/PC dengan koneksi internet stabil dan webcam aktif (proctoring otomatis).
        2. Tes terdiri dari tes kognitif, inventori kepribadian, dan tes gaya kerja.
        3. Tidak ada sesi tatap muka maupun wawancara pada tahap ini.

        Mohon konfirmasi kehadiran melalui tautan di bawah paling lambat {tgl(confirm)}.
        https://karier.arunikabank.example/konfirmasi/PD-2026-1021

        Hormat kami,
        Tim Rekrutmen
        PT Arunika Bank Digital
        """)
    m = mail(frm="Rekrutmen Arunika Bank Digital <recruitment@arunikabank.example>", to=OWNER_HDR,
             subject="Undangan Psikotes Online - Product Designer (PT Arunika Bank Digital)", date=s,
             msgid=mid_domain("arunikabank.example", c, 1), received_host="mta2.arunikabank.example",
             root=alt(t, ("java", c, 1), html_cte="base64", text_cte="base64"))
    add_case(c, [("01-undangan-psikotes-online.eml", m)], [], "hard", "negative/assessment-psikotes",
             "Psychometric test invitation formatted exactly like an interview invite (Hari/Tanggal, Pukul, "
             "'mohon konfirmasi kehadiran'), but it is an unattended online test window.")


def case08():
    c = "b293-08-kopikode-besok-jam-2-body-only"
    sinta = "Sinta Rahayu <sinta.rahayu@kopikode.example>"
    s1 = T(2026, 10, 19, 16, 40, WIB, "Mon", "+0700", 11)
    start = T(2026, 10, 20, 14, 0, WIB, "Tue", "+0700")
    end = start + timedelta(minutes=30)
    assert (start.date() - s1.date()).days == 1
    t1 = D("""
        Hai Putri,

        Aku Sinta dari tim People di Kopikode (Bandung). Makasih ya udah apply posisi
        Product Designer (Mobile) lewat Glints, profilmu cocok banget sama kebutuhan tim.

        Boleh kita ngobrol santai dulu untuk HR interview? Kira-kira 30 menit, bahas
        pengalaman, ekspektasi, dan kesiapan kerja hybrid (2x seminggu ke kantor Bandung).
        Kalau kamu bisa besok jam 2 siang, nanti aku kirim link Google Meet-nya.

        Thanks!
        Sinta
        People Team - Kopikode
        """)
    id1 = mid_gmail(c, 1)
    subj = "Kopikode - Product Designer (Mobile) via Glints"
    m1 = mail(frm=sinta, to=OWNER_HDR, subject=subj, date=s1, msgid=id1, received_host="mail-sor-f44.google.com",
              root=text_part(t1))
    s2 = T(2026, 10, 19, 17, 2, WIB, "Mon", "+0700", 48)
    t2 = "Halo Kak Sinta,\n\nMakasih infonya! Besok jam 2 siang bisa kok. Ditunggu link-nya ya.\n\nPutri\n\n" + quote_id(t1, s1, sinta)
    id2 = mid_gmail(c, 2)
    m2 = mail(frm=OWNER_HDR, to=sinta, subject="Re: " + subj, date=s2, msgid=id2, in_reply_to=id1, references=id1,
              received_host="mail-sor-f41.google.com", root=text_part(t2))
    s3 = T(2026, 10, 19, 17, 15, WIB, "Mon", "+0700", 3)
    t3 = ("Sip, noted!\n\nIni link-nya: https://meet.google.com/kpk-hrin-tvw\n\nSampai ketemu besok jam 14.00 ya. "
          "Nanti aku sendiri yang interview, santai aja :)\n\nSinta\n\n" + quote_id(t2, s2, OWNER_HDR))
    m3 = mail(frm=sinta, to=OWNER_HDR, subject="Re: " + subj, date=s3, msgid=mid_gmail(c, 3), in_reply_to=id2,
              references=f"{id1} {id2}", received_host="mail-sor-f44.google.com", root=alt(t3, ("google", c, 3)))
    add_case(c, [("01-ajakan-hr-interview.eml", m1), ("02-re-besok-bisa.eml", m2), ("03-re-link-meet.eml", m3)],
             [iv("Kopikode", "Product Designer (Mobile)", start, end, "scheduled", ["sinta.rahayu@kopikode.example"],
                 ["sinta.rahayu@kopikode.example"], "phone_screen")],
             "hard", "positive/relative-date-body-only",
             "Only relative wording: 'besok jam 2 siang' in a mail dated Mon 19 Oct 2026 16:40 +0700 -> Tue 20 Oct "
             "14.00 WIB; '30 menit' gives the end. Recruiter conducts the HR interview.")


def case09():
    c = "b293-09-klinik-mcu-pra-kerja"
    s = T(2026, 10, 28, 10, 15, WIB, "Wed", "+0700", 44)
    start = T(2026, 11, 2, 7, 30, WIB, "Mon", "+0700")
    end = T(2026, 11, 2, 10, 0, WIB, "Mon", "+0700")
    t = D(f"""
        Yth. Ibu Putri Maharani,

        Berikut konfirmasi jadwal Medical Check Up (MCU) pra-kerja atas rujukan
        PT Tokoloka Niaga Indonesia:

        Hari/Tanggal : {tgl(start)}
        Pukul        : {jam(start)} WIB (mohon registrasi 15 menit sebelumnya)
        Lokasi       : Klinik Medika Prima, Jl. Casablanca Raya Kav. 12, Jakarta Selatan
        Paket        : MCU Pra-Kerja B (pemeriksaan fisik, darah lengkap, urine, rontgen thorax)

        Persiapan:
        - Puasa minimal 10 jam sebelum pemeriksaan (air putih diperbolehkan)
        - Membawa KTP dan surat rujukan dari perusahaan
        - Menggunakan pakaian yang nyaman, tanpa perhiasan logam

        Hasil MCU akan dikirimkan langsung ke perusahaan dalam 3 hari kerja.
        Jadwal terlampir dalam format kalender (.ics).

        Salam sehat,
        Customer Care Klinik Medika Prima
        (021) 5080-XXXX
        """)
    ev = vevent(uid=f"mcu-{hx('mcu', c, n=16)}@medikaprima.example", start=start, end=end,
                summary="MCU Pra-Kerja - Klinik Medika Prima (Putri Maharani)",
                organizer=("Klinik Medika Prima", "jadwal@medikaprima.example"),
                attendees=[(OWNER_NAME, OWNER)], stamp=s,
                description="Medical Check Up pra-kerja (rujukan PT Tokoloka Niaga Indonesia). Puasa 10 jam.",
                location="Klinik Medika Prima, Jl. Casablanca Raya Kav. 12, Jakarta Selatan", tzid="Asia/Jakarta")
    ics = vcal("REQUEST", "-//Medika Prima//Jadwal Pasien 2.1//ID", [ev], tzids=["Asia/Jakarta"])
    root = multi("mixed", [text_part(t), attach_part(ics.encode(), "text/calendar", "jadwal-mcu.ics")], "plain", c, 1)
    m = mail(frm="Klinik Medika Prima <jadwal@medikaprima.example>", to=OWNER_HDR,
             subject="Konfirmasi Jadwal Medical Check Up (MCU) Pra-Kerja - Putri Maharani", date=s,
             msgid=mid_domain("medikaprima.example", c, 1), root=root, received_host="mail.medikaprima.example")
    add_case(c, [("01-konfirmasi-jadwal-mcu.eml", m)], [], "medium", "negative/medical-appointment",
             "Pre-employment medical check-up booked by a clinic (with .ics); mentions the hiring company but is not an interview.")


def case10():
    c = "b293-10-dompetku-onsite-loop-three-invites"
    rina = ("Rina Oktaviani", "rina.oktaviani@dompetku.example")
    adit = ("Aditya Nugroho", "aditya.nugroho@dompetku.example")
    clara = ("Clara Wibisono", "clara.wibisono@dompetku.example")
    yudi = ("Yudi Santoso", "yudi.santoso@dompetku.example")
    a1 = T(2026, 10, 22, 9, 30, WIB, "Thu", "+0700")
    a1e = T(2026, 10, 22, 10, 30, WIB, "Thu", "+0700")
    a2 = T(2026, 10, 22, 10, 45, WIB, "Thu", "+0700")
    a2e = T(2026, 10, 22, 11, 45, WIB, "Thu", "+0700")
    a3 = T(2026, 10, 22, 13, 0, WIB, "Thu", "+0700")
    a3e = T(2026, 10, 22, 13, 45, WIB, "Thu", "+0700")
    s0 = T(2026, 10, 16, 11, 2, WIB, "Fri", "+0700", 15)
    t0 = D(f"""
        Hi Putri,

        Congrats on making it to the final stage for Product Designer (Payments) di Dompetku!
        Onsite interview kamu akan berlangsung di kantor kami pada {tgl(a1)}:

        {jam(a1)} - {jam(a1e)} WIB   Portfolio deep dive - Aditya Nugroho (Senior Product Designer)
        {jam(a2)} - {jam(a2e)} WIB   Design challenge presentation (live) - Aditya Nugroho & Clara Wibisono (Product Manager)
        {jam(a2e)} - {jam(a3)} WIB   Makan siang bareng tim desain (bukan bagian penilaian)
        {jam(a3)} - {jam(a3e)} WIB   Interview user - Yudi Santoso (Head of Design)

        Lokasi: Dompetku, Menara Astra lt. 27, Jl. Jend. Sudirman Kav. 5-6, Jakarta Pusat.
        Bawa laptop dan KTP untuk registrasi di lobi. Undangan kalender untuk setiap sesi
        saya kirim terpisah.

        Best,
        Rina Oktaviani
        Recruitment Coordinator, Dompetku
        """)
    m0 = mail(frm=f"{rina[0]} <{rina[1]}>", to=OWNER_HDR, subject="Onsite Interview Dompetku - Kamis, 22 Oktober 2026",
              date=s0, msgid=mid_gmail(c, 0), received_host="mail-sor-f66.google.com",
              root=alt(t0, ("google", c, 0)))
    loc = "Dompetku, Menara Astra lt. 27, Jl. Jend. Sudirman Kav. 5-6, Jakarta Pusat"
    sess = [
        ("Onsite 1/3: Portfolio Deep Dive - Putri Maharani", a1, a1e, [adit],
         "Sesi 1 dari 3. Walkthrough 2 studi kasus bersama Aditya."),
        ("Onsite 2/3: Design Challenge Presentation - Putri Maharani", a2, a2e, [adit, clara],
         "Sesi 2 dari 3. Presentasi live hasil design challenge (20 menit) + diskusi dengan Aditya dan Clara."),
        ("Onsite 3/3: Interview User - Putri Maharani", a3, a3e, [yudi],
         "Sesi 3 dari 3. Interview user dengan Yudi Santoso (Head of Design)."),
    ]
    items = [("01-onsite-agenda.eml", m0)]
    for i, (title, st, en, people, desc) in enumerate(sess, start=1):
        sent = T(2026, 10, 16, 11, 6 + i, WIB, "Fri", "+0700", 10 * i).astimezone(UTC)
        data, _ = google_invite(case=c, n=i, organizer=rina, attendees=people + [(OWNER_NAME, OWNER)], title=title,
                                start=st, end=en, sent=sent, description=desc + "\nKoordinator: Rina (rina.oktaviani@dompetku.example)",
                                meet=None, location=loc, lang="en")
        items.append((f"{i + 1:02d}-invitation-onsite-{i}of3.eml", data))
    ivs = [adit[1], clara[1], yudi[1]]
    add_case(c, items,
             [iv("Dompetku", "Product Designer (Payments)", a1, a3e, "scheduled", ivs, ivs, "onsite")],
             "hard", "positive/onsite-loop",
             "In-office loop on Thu 22 Oct: agenda mail + three separate Google invites (09.30-10.30, 10.45-11.45, "
             "13.00-13.45 WIB) with a lunch break -> ONE onsite 09.30-13.45 with all three interviewers; coordinator excluded.")


def case11():
    c = "b293-11-sawala-rejection-belum-dapat-melanjutkan"
    s = T(2026, 10, 14, 16, 20, WIB, "Wed", "+0700", 36)
    past = T(2026, 10, 9, 13, 30, WIB, "Fri", "+0700")
    t = D(f"""
        Halo Putri,

        Terima kasih sudah meluangkan waktu untuk sesi portfolio review bersama tim
        desain kami pada {tgl(past)} lalu. Kami sangat menghargai cerita di balik studi
        kasus yang kamu bawakan.

        Setelah diskusi internal, dengan berat hati kami sampaikan bahwa kami belum dapat
        melanjutkan proses lamaran kamu ke tahap berikutnya. Saat ini kami membutuhkan
        kandidat dengan pengalaman lebih panjang di desain sistem untuk produk B2B.

        Profil kamu akan kami simpan di talent pool Sawala Digital, dan kami akan
        menghubungi kamu bila ada posisi yang lebih sesuai dalam 6 bulan ke depan.

        Sukses selalu,
        Dewi Lestari
        People & Culture - Sawala Digital
        """)
    m = mail(frm="Sawala Digital Careers <careers@sawala.example>", reply_to="Dewi Lestari <dewi.lestari@sawala.example>",
             to=OWNER_HDR, subject="Update Proses Rekrutmen UI/UX Designer - Sawala Digital", date=s,
             msgid=mid_domain("sawala.example", c, 1), received_host="mail.sawala.example",
             root=alt(t, ("java", c, 1), html_cte="base64"))
    add_case(c, [("01-update-proses-rekrutmen.eml", m)], [], "medium", "negative/rejection",
             "Rejection ('belum dapat melanjutkan') that names the date of the past portfolio review; nothing scheduled.")


def case12():
    c = "b293-12-harbourline-sydney-lever-dst"
    jack = "Jack Morrison <jack.morrison@harbourline.example>"
    olivia = ("Olivia Tran", "olivia.tran@harbourline.example")
    s = T(2026, 10, 1, 11, 20, SYD, "Thu", "+1000", 5)           # AEST, before Sydney DST (Sun 4 Oct)
    start = T(2026, 10, 6, 14, 0, SYD, "Tue", "+1100")          # AEDT after the change
    end = T(2026, 10, 6, 14, 45, SYD, "Tue", "+1100")
    assert start.astimezone(WIB).hour == 10 and s.astimezone(WIB).hour == 8
    t = D(f"""
        Hi Putri,

        Thanks for picking a time. Your video interview for the Product Designer, Marketplace
        role at Harbourline is confirmed:

        {en_day(start)}
        {g_time(start)} - {g_time(end)} AEDT (Sydney time)
        = {g_time(start.astimezone(WIB))} - {g_time(end.astimezone(WIB))} WIB (Jakarta time)

        Interviewer: Olivia Tran, Design Manager (olivia.tran@harbourline.example)
        Where: Google Meet - https://meet.google.com/hbl-omkt-pdr

        A heads-up on the time difference: New South Wales moves to daylight saving this
        Sunday (4 October), so from next week Sydney is 4 hours ahead of Jakarta rather than 3.
        The times above already take that into account.

        Olivia will chat through your background and one project you're proud of, then leave
        time for your questions about the team. Just reply to this email if anything changes.

        Cheers,
        Jack Morrison
        Talent Partner, Harbourline
        Level 9, 1 Market St, Sydney NSW 2000
        """)
    ev = vevent(uid=f"lever-{hx('lever', c, n=8)}-{hx('lever2', c, n=4)}-{hx('lever3', c, n=12)}@hire.lever.co",
                start=start, end=end, summary="Interview: Putri Maharani <> Harbourline (Product Designer, Marketplace)",
                organizer=("Jack Morrison", "jack.morrison@harbourline.example"),
                attendees=[olivia, (OWNER_NAME, OWNER)], stamp=s,
                description="Video interview with Olivia Tran (Design Manager).\nGoogle Meet: https://meet.google.com/hbl-omkt-pdr",
                location="https://meet.google.com/hbl-omkt-pdr", tzid="Australia/Sydney")
    ics = vcal("REQUEST", "-//Lever//Lever Interview Scheduling//EN", [ev], tzids=["Australia/Sydney"])
    root = multi("mixed", [alt(t, ("java", c, 1)), attach_part(ics.encode(), "text/calendar", "invite.ics")], "java", c, 2)
    m = mail(frm="Jack Morrison <no-reply@hire.lever.co>", reply_to=jack, to=OWNER_HDR,
             subject="Interview confirmed: Product Designer, Marketplace at Harbourline", date=s,
             msgid=mid_domain("hire.lever.co", c, 1), received_host="mail-out.hire.lever.co",
             return_path=f"bounce-{hx('rp', c, n=10)}@hire.lever.co", root=root)
    add_case(c, [("01-lever-interview-confirmed.eml", m)],
             [iv("Harbourline", "Product Designer, Marketplace", start, end, "scheduled", [olivia[1]], [olivia[1]],
                 "hiring_manager")],
             "hard", "positive/ats-lever-dst",
             "Lever confirmation sent Thu 1 Oct from Sydney (Date +1000, AEST); the interview is Tue 6 Oct after NSW "
             "DST starts (Sun 4 Oct), so 14.00 AEDT = +11:00 = 10.00 WIB. .ics uses TZID Australia/Sydney.")


def case13():
    c = "b293-13-desainin-bootcamp-webinar-zoom"
    s = T(2026, 10, 19, 19, 30, WIB, "Mon", "+0700", 12).astimezone(UTC)
    start = T(2026, 10, 24, 19, 0, WIB, "Sat", "+0700")
    end = T(2026, 10, 24, 21, 0, WIB, "Sat", "+0700")
    t = D(f"""
        Hi Putri Maharani,

        Thank you for registering for "Cara Lolos Interview Product Designer di Startup".

        You can find information about this webinar below.

        Cara Lolos Interview Product Designer di Startup
        Date & Time: {en_day(start)[:3]} {MON_EN[start.month][:3]} {start.day}, {start.year} 07:00 PM Jakarta

        Webinar ID: 861 2290 4417
        Passcode: 241026

        Dalam sesi 2 jam ini, Kevin Halim (Senior Product Designer & mentor Desainin Academy)
        membahas pertanyaan interview yang paling sering muncul, cara menyusun studi kasus,
        dan simulasi mock interview bersama 2 peserta terpilih. Rekaman dikirim H+1.

        Please submit any questions to: halo@desainin.example

        To Join the webinar from PC, Mac, iPad, iPhone or Android:
        https://us02web.zoom.us/w/86122904417?tk={b64id('zoomtk', c, n=40)}

        Add to calendar: the attached .ics file

        You can cancel your registration at any time.
        """)
    ev = vevent(uid=f"ZOOM86122904417-{hx('zoomuid', c, n=10)}@zoom.us", start=start, end=end,
                summary="Cara Lolos Interview Product Designer di Startup", organizer=("Desainin Academy", "halo@desainin.example"),
                attendees=[(OWNER_NAME, OWNER)], stamp=s, description="Webinar ID: 861 2290 4417\nPasscode: 241026",
                location="https://us02web.zoom.us/w/86122904417", tzid="Asia/Jakarta", alarm=False)
    ics = vcal("PUBLISH", "-//zoom.us//iCalendar Event//EN", [ev], tzids=["Asia/Jakarta"])
    root = multi("mixed", [alt(t, ("java", c, 1)), attach_part(ics.encode(), "text/calendar", "webinar.ics")], "java", c, 2)
    m = mail(frm="Desainin Academy <no-reply@zoom.us>", reply_to="Desainin Academy <halo@desainin.example>", to=OWNER_HDR,
             subject="Cara Lolos Interview Product Designer di Startup Confirmation", date=s,
             msgid=mid_domain("zoom.us", c, 1), received_host="mailout.zoom.us",
             return_path=f"bounce-{hx('rp', c, n=10)}@zoom.us", root=root)
    add_case(c, [("01-zoom-webinar-registration.eml", m)], [], "medium", "negative/webinar",
             "Design-bootcamp webinar about passing interviews (Zoom registration + .ics, includes a 'mock interview' demo); not a job interview.")


def case14():
    c = "b293-14-rasakita-hr-then-interview-user"
    anisa = "Anisa Rahmawati <anisa.rahmawati@rasakita.example>"
    galih = "Galih Permana <galih.permana@rasakita.example>"
    h1 = T(2026, 10, 20, 10, 0, WIB, "Tue", "+0700")
    h1e = T(2026, 10, 20, 10, 30, WIB, "Tue", "+0700")
    u1 = T(2026, 10, 26, 15, 0, WIB, "Mon", "+0700")
    u1e = T(2026, 10, 26, 16, 0, WIB, "Mon", "+0700")
    s1 = T(2026, 10, 16, 9, 45, WIB, "Fri", "+0700", 21)
    subj = "Undangan Interview HR - Product Designer | Rasa Kita"
    t1 = D(f"""
        Hai Putri,

        Terima kasih telah melamar posisi Product Designer di Rasa Kita melalui Glints.
        Kami ingin mengundang kamu ke tahap HR interview:

        Hari/Tanggal : {tgl(h1)}
        Pukul        : {jam(h1)} - {jam(h1e)} WIB
        Media        : Google Meet (meet.google.com/rsk-hrpd-ayu)
        Bersama      : Anisa Rahmawati (Talent Acquisition)

        Mohon konfirmasi kehadiran dengan membalas email ini ya.

        Salam hangat,
        Anisa Rahmawati
        Talent Acquisition - Rasa Kita
        """)
    id1 = mid_gmail(c, 1)
    m1 = mail(frm=anisa, to=OWNER_HDR, subject=subj, date=s1, msgid=id1, received_host="mail-sor-f70.google.com",
              root=alt(t1, ("google", c, 1)))
    s2 = T(2026, 10, 16, 11, 10, WIB, "Fri", "+0700", 3)
    t2 = (f"Hai Kak Anisa,\n\nSaya konfirmasi hadir di HR interview hari {tgl(h1)} pukul {jam(h1)} WIB. "
          f"Terima kasih!\n\nSalam,\nPutri\n\n" + quote_id(t1, s1, anisa))
    id2 = mid_gmail(c, 2)
    m2 = mail(frm=OWNER_HDR, to=anisa, subject="Re: " + subj, date=s2, msgid=id2, in_reply_to=id1, references=id1,
              received_host="mail-sor-f41.google.com", root=text_part(t2))
    s3 = T(2026, 10, 21, 15, 30, WIB, "Wed", "+0700", 50)
    assert (s3.date() - h1.date()).days == 1   # "obrolan kemarin"
    t3 = D(f"""
        Hai Putri,

        Terima kasih untuk obrolannya kemarin. Kabar baik: kamu lanjut ke tahap interview
        user bersama Mas Galih Permana (Product Lead), yang saya cc di email ini.

        Hari/Tanggal : {tgl(u1)}
        Pukul        : {jam(u1)} - {jam(u1e)} WIB
        Tempat       : Kantor Rasa Kita, Jl. Kemang Raya No. 45, Jakarta Selatan (lantai 3)

        Mas Galih akan minta kamu walkthrough satu studi kasus end-to-end, jadi siapkan
        laptop ya. Di resepsionis cukup sebut "interview dengan tim Product".

        Salam hangat,
        Anisa
        """) + "\n" + quote_id(t2, s2, OWNER_HDR)
    m3 = mail(frm=anisa, to=OWNER_HDR, cc=galih, subject="Re: " + subj, date=s3, msgid=mid_gmail(c, 3),
              in_reply_to=id2, references=f"{id1} {id2}", received_host="mail-sor-f70.google.com", root=text_part(t3))
    add_case(c, [("01-undangan-interview-hr.eml", m1), ("02-re-konfirmasi.eml", m2), ("03-re-lanjut-interview-user.eml", m3)],
             [iv("Rasa Kita", "Product Designer", h1, h1e, "scheduled", ["anisa.rahmawati@rasakita.example"],
                 ["anisa.rahmawati@rasakita.example"], "phone_screen"),
              iv("Rasa Kita", "Product Designer", u1, u1e, "scheduled", ["galih.permana@rasakita.example"],
                 ["galih.permana@rasakita.example"], "hiring_manager")],
             "medium", "positive/two-interviews",
             "One thread, two interviews: HR interview Tue 20 Oct (recruiter interviews) and an in-office interview "
             "user Mon 26 Oct with the Product Lead announced in the reply after the first one.")


def case15():
    c = "b293-15-tokoloka-offering-letter"
    s = T(2026, 10, 27, 14, 0, WIB, "Tue", "+0700", 8)
    join = T(2026, 12, 1, 9, 0, WIB, "Tue", "+0700")
    due = T(2026, 10, 30, 17, 0, WIB, "Fri", "+0700")
    t = D(f"""
        Dear Putri,

        Selamat! Setelah rangkaian proses rekrutmen, kami dengan senang hati menawarkan
        posisi Product Designer di PT Tokoloka Niaga Indonesia. Offering letter terlampir.

        Ringkasan penawaran:
        - Gaji pokok: Rp 18.500.000 / bulan (gross)
        - Tanggal mulai: {tgl(join)}
        - Status: karyawan tetap dengan masa percobaan 3 bulan
        - Lokasi: kantor Kuningan, hybrid 3 hari WFO

        Mohon tanda tangani dan kirimkan kembali offering letter paling lambat
        {tgl(due)} pukul {jam(due)} WIB. Setelah itu kami akan mengatur jadwal Medical
        Check Up (MCU) di klinik rekanan.

        Kalau ada yang ingin didiskusikan, kabari saja, kita bisa telepon singkat minggu ini.

        Salam hangat,
        Nadia Kusuma
        Talent Acquisition Specialist - Tokoloka
        """)
    root = multi("mixed", [text_part(to_html(t), "html", "base64"),
                           attach_part(FAKE_PDF("Offering Letter - Putri Maharani"), "application/pdf",
                                       "Offering_Letter_Putri_Maharani_Tokoloka.pdf")], "google", c, 1)
    m = mail(frm="Nadia Kusuma <nadia.kusuma@tokoloka.example>", to=OWNER_HDR,
             subject="Offering Letter - Product Designer | Tokoloka", date=s, msgid=mid_gmail(c, 1),
             received_host="mail-sor-f41.google.com", root=root)
    add_case(c, [("01-offering-letter.eml", m)], [], "easy", "negative/offer",
             "Offering letter (HTML base64 + PDF) with a signing deadline and an MCU mention; no interview.")


def case16():
    c = "b293-16-lumen-sg-greenhouse-design-challenge-panel"
    grace = ("Grace Tan", "grace.tan@lumencommerce.example")
    panel = [("Marcus Lim", "marcus.lim@lumencommerce.example"), ("Priya Nair", "priya.nair@lumencommerce.example"),
             ("Chua Wei Ling", "weiling.chua@lumencommerce.example")]
    start = T(2026, 11, 4, 10, 0, SGT, "Wed", "+0800")
    end = T(2026, 11, 4, 11, 30, SGT, "Wed", "+0800")
    s = T(2026, 10, 29, 17, 42, SGT, "Thu", "+0800", 18).astimezone(UTC)
    w = start.astimezone(WIB)
    we = end.astimezone(WIB)
    t = D(f"""
        Hi Putri,

        Thank you for submitting your design challenge. The team would love for you to walk
        them through it live. Here are the details of your upcoming interview:

        Design Challenge Presentation
        {DAY_EN[start.weekday()]}, {MON_EN[start.month]} {start.day}, {start.year}
        {us_time(start)} - {us_time(end)} Singapore Time (GMT+08:00)
        (that is {us_time(w)} - {us_time(we)} in Jakarta, WIB)

        Panel:
          - Marcus Lim, Head of Design
          - Priya Nair, Senior Product Manager
          - Chua Wei Ling, Staff Product Designer

        Format: 30-minute presentation of your challenge, 45 minutes of Q&A with the panel,
        and 15 minutes for your questions.
        Video link: https://lumencommerce.zoom.us/j/91827364550

        A calendar file is attached. If you need to reschedule, please reply to this email.

        Best regards,
        Grace Tan
        Talent Acquisition, Lumen Commerce Pte. Ltd.
        """)
    ev = vevent(uid=f"{hx('gh', c, n=20)}@greenhouse.io", start=start, end=end,
                summary="Design Challenge Presentation - Putri Maharani (Senior Product Designer)", organizer=grace,
                attendees=panel + [(OWNER_NAME, OWNER)], stamp=s,
                description="Panel: Marcus Lim, Priya Nair, Chua Wei Ling.\nZoom: https://lumencommerce.zoom.us/j/91827364550",
                location="https://lumencommerce.zoom.us/j/91827364550", tzid="Asia/Singapore")
    ics = vcal("REQUEST", "-//Greenhouse Software//Greenhouse Calendar//EN", [ev], tzids=["Asia/Singapore"])
    root = multi("mixed", [alt(t, ("plain", c, 1)), attach_part(ics.encode(), "text/calendar", "Lumen_Commerce_Interview.ics")],
                 "plain", c, 2)
    m = mail(frm="Grace Tan <no-reply@greenhouse-mail.io>", reply_to=f"{grace[0]} <{grace[1]}>", to=OWNER_HDR,
             subject="Interview Confirmation: Senior Product Designer at Lumen Commerce", date=s,
             msgid=mid_domain("greenhouse-mail.io", c, 1), received_host="o4.greenhouse-mail.io",
             return_path=f"bounces+{hx('rp', c, n=10)}@greenhouse-mail.io", root=root)
    ivs = [p[1] for p in panel]
    add_case(c, [("01-greenhouse-interview-confirmation.eml", m)],
             [iv("Lumen Commerce", "Senior Product Designer", start, end, "scheduled", ivs, ivs, "onsite")],
             "medium", "positive/ats-greenhouse-ics",
             "Singapore company (UTC+8): Greenhouse confirmation + .ics (TZID Asia/Singapore) for a LIVE design challenge "
             "presentation to a 3-person panel -> onsite; 10:00 SGT = 09.00 WIB.")


def case17():
    c = "b293-17-jakarta-design-club-meetup"
    s = T(2026, 10, 20, 18, 0, WIB, "Tue", "+0700", 41)
    start = T(2026, 10, 29, 19, 0, WIB, "Thu", "+0700")
    end = T(2026, 10, 29, 21, 30, WIB, "Thu", "+0700")
    t = D(f"""
        Halo Putri!

        Kamu sudah terdaftar di Jakarta Design Club Meetup #27: Portfolio Review Night.

        Kapan : {tgl(start)}, {jam(start)} - {jam(end)} WIB
        Di mana: Ruang Temu, Jl. Wolter Monginsidi No. 8, Kebayoran Baru, Jakarta Selatan

        Agenda malam ini:
        - Lightning talk: "Dari Dribbble shot ke studi kasus yang dilirik recruiter"
        - Portfolio review 1:1 (10 menit per orang) bersama desainer senior dari komunitas
        - Networking + kopi susu gula aren

        Ini acara komunitas, bukan proses rekrutmen, dan gratis. Tunjukkan tiket di bawah
        ke panitia di meja registrasi.

        Tiket: JDC27-{hx('ticket', c, n=6).upper()}

        Sampai ketemu!
        Panitia Jakarta Design Club
        """)
    m = mail(frm="Jakarta Design Club <halo@jakartadesignclub.example>", to=OWNER_HDR,
             subject="[JDC] Meetup #27: Portfolio Review Night - kamu terdaftar!", date=s,
             msgid=mid_domain("jakartadesignclub.example", c, 1), received_host="mail.jakartadesignclub.example",
             root=alt(t, ("java", c, 1)))
    ev = vevent(uid=f"jdc-meetup-27-{hx('jdc', c, n=10)}@jakartadesignclub.example", start=start, end=end,
                summary="JDC Meetup #27: Portfolio Review Night", organizer=("Jakarta Design Club", "halo@jakartadesignclub.example"),
                attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], stamp=s,
                description="Lightning talk, portfolio review 1:1 dengan desainer senior komunitas, networking.",
                location="Ruang Temu, Jl. Wolter Monginsidi No. 8, Kebayoran Baru, Jakarta Selatan", alarm=False)
    ics = vcal("PUBLISH", "-//Jakarta Design Club//Event Tickets//ID", [ev])
    add_case(c, [("01-meetup-terdaftar.eml", m), ("02-jdc-meetup-27.ics", ics.encode())], [], "medium",
             "negative/community-event",
             "Community meetup with 1:1 'portfolio review' slots (e-mail + standalone .ics with the owner as ATTENDEE); "
             "explicitly not a recruitment process.")


def case18():
    c = "b293-18-tanahair-final-vp-gcal-json"
    yohana = ("Yohana Siregar", "yohana.siregar@tanahair.example")
    andreas = ("Andreas Gunawan", "andreas.gunawan@tanahair.example")
    start = T(2026, 11, 12, 10, 0, WIB, "Thu", "+0700")
    end = T(2026, 11, 12, 11, 0, WIB, "Thu", "+0700")
    created = T(2026, 11, 5, 16, 22, WIB, "Thu", "+0700")
    eid = hx("gcalid", c, n=26)
    meet = "tnh-vpfn-lpd"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', c, n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=4)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.418Z"),
        "summary": "Final Interview: Putri Maharani x Andreas Gunawan (VP Product) - Lead Product Designer",
        "description": ("Final interview untuk posisi Lead Product Designer di Tanahair Travel.\n"
                        "Ngobrol dengan Pak Andreas (VP Product) soal visi produk, cara kerja tim, dan ekspektasi 6 bulan pertama.\n"
                        "Pertanyaan seputar jadwal: Yohana Siregar (yohana.siregar@tanahair.example)."),
        "creator": {"email": yohana[1], "displayName": yohana[0]},
        "organizer": {"email": yohana[1], "displayName": yohana[0]},
        "start": {"dateTime": iso(start), "timeZone": "Asia/Jakarta"},
        "end": {"dateTime": iso(end), "timeZone": "Asia/Jakarta"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": yohana[1], "displayName": yohana[0], "organizer": True, "responseStatus": "accepted"},
            {"email": andreas[1], "displayName": andreas[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
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
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    add_case(c, [("01-final-interview-vp.gcal.json", data)],
             [iv("Tanahair Travel", "Lead Product Designer", start, end, "scheduled", [andreas[1]], [andreas[1]],
                 "hiring_manager")],
             "medium", "positive/gcal-json",
             "Calendar API event only: final interview with the VP Product; recruiter is organizer, VP is the interviewer.")


def case19():
    c = "b293-19-scam-fake-tokoloka-recruiter"
    s = T(2026, 11, 2, 8, 13, WIB, "Mon", "+0700", 55)
    day = T(2026, 11, 9, 9, 0, WIB, "Mon", "+0700")
    t = D(f"""
        Kepada Yth. Sdri. PUTRI MAHARANI

        Berdasarkan data lamaran yang kami terima dari JobStreet, Anda dinyatakan LOLOS
        seleksi berkas dan diundang mengikuti INTERVIEW & PSIKOTES dengan jadwal:

        Hari/Tanggal : {tgl(day)}
        Pukul        : {jam(day)} WIB s/d selesai
        Tempat       : Hotel Grand Kemayoran Lt. 5, Jakarta Pusat
        Konfirmasi   : WhatsApp Ibu Ratna (HRD) 0812-XXXX-7781

        CATATAN PENTING:
        - Peserta WAJIB melakukan reservasi tiket dan akomodasi melalui travel agent
          rekanan kami, PT Nusantara Wisata Tour (0813-XXXX-2290).
        - Biaya reservasi Rp 1.750.000 akan diganti 100% setelah interview selesai.
        - Konfirmasi paling lambat 1x24 jam, jika tidak maka dianggap MENGUNDURKAN DIRI.

        Hormat kami,
        HRD PT TOKOLOKA NIAGA INDONESIA (TBK)
        """)
    m = mail(frm="HRD Tokoloka Indonesia <rekrutmen.tokoloka.id@karirmail.example>", to=OWNER,
             reply_to="rekrutmen.tokoloka.id@karirmail.example",
             subject="PANGGILAN INTERVIEW & PSIKOTES PT TOKOLOKA NIAGA INDONESIA (TBK)", date=s,
             msgid=mid_domain("karirmail.example", c, 1), received_host="smtp.karirmail.example",
             root=text_part(t, cte="base64"))
    add_case(c, [("01-panggilan-interview.eml", m)], [], "hard", "negative/scam",
             "Recruitment scam impersonating a real-looking company from a free-mail-style domain: demands payment "
             "to a 'travel agent' before the 'interview'. Not a genuine interview.")


def case20():
    c = "b293-20-linkedin-availability-request-london"
    s = T(2026, 10, 21, 9, 14, LON, "Wed", "+0100", 52).astimezone(UTC)   # BST
    assert T(2026, 10, 28, 14, 0, WIB, "Wed", "+0700").astimezone(LON).strftime("%z") == "+0000"   # GMT next week
    t = D("""
        Eleanor Hughes
        Senior Talent Partner at Northgate Search

        Hi Putri,

        I'm a London-based recruiter partnering with Fernleaf Labs, a Singapore e-commerce
        infrastructure company that is building out its design team for Southeast Asia.
        Your checkout-flow work for a Jakarta marketplace caught my eye.

        Would you be open to a 20-minute intro call? If so, could you send me two or three
        slots that suit you next week? A quick note on timing: our clocks go back on
        Sunday 25 October, so from next week I'll be 7 hours behind Jakarta (currently 6).
        Anything between 2pm and 6pm your time is easy for me.

        Best,
        Eleanor

        Reply: https://www.linkedin.com/messaging/thread/2-{id}/

        You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
        This email was intended for Putri Maharani (Product Designer).
        (c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """).replace("{id}", b64id("li", c, n=28))
    m = mail(frm="Eleanor Hughes via LinkedIn <inmail-hit-reply@linkedin.com>", to=OWNER_HDR,
             subject="Eleanor Hughes sent you a new message: Senior Product Designer, Singapore (remote-friendly)",
             date=s, msgid=mid_domain("linkedin.com", c, 1), received_host="maila-a.linkedin.com",
             return_path=f"s-{hx('rp', c, n=12)}@bounce.linkedin.com", root=alt(t, ("java", c, 1)))
    add_case(c, [("01-linkedin-inmail-availability.eml", m)], [], "medium", "negative/availability-request",
             "Unbooked availability request (LinkedIn InMail) from a London recruiter; mentions the UK DST change "
             "on 25 Oct but no time is agreed.")


def case21():
    c = "b293-21-sembada-google-reschedule-sequence"
    teddy = ("Teddy Kurniawan", "teddy.kurniawan@sembadahealth.example")
    o = T(2026, 11, 3, 15, 0, WIB, "Tue", "+0700")
    oe = T(2026, 11, 3, 16, 0, WIB, "Tue", "+0700")
    n = T(2026, 11, 4, 16, 0, WIB, "Wed", "+0700")
    ne = T(2026, 11, 4, 17, 0, WIB, "Wed", "+0700")
    s1 = T(2026, 10, 26, 14, 20, WIB, "Mon", "+0700", 9).astimezone(UTC)
    s2 = T(2026, 10, 30, 9, 48, WIB, "Fri", "+0700", 31).astimezone(UTC)
    title = "Portfolio Review - Product Designer (Sembada Health)"
    uid = f"{hx('sembada', c, n=26)}@google.com"
    m1, _ = google_invite(case=c, n=1, organizer=teddy, attendees=[(OWNER_NAME, OWNER)], title=title, start=o, end=oe,
                          sent=s1, lang="id", uid=uid, meet="meet.google.com/smb-prtf-pdx",
                          description="Halo Putri, ini sesi portfolio review dengan saya (Design Lead). "
                                      "Bawa 2 studi kasus, salah satunya sebaiknya produk kesehatan/regulated.")
    m2, _ = google_invite(case=c, n=2, organizer=teddy, attendees=[(OWNER_NAME, OWNER)], title=title, start=n, end=ne,
                          sent=s2, lang="id", uid=uid, seq=1, updated=True, meet="meet.google.com/smb-prtf-pdx",
                          description="Putri, maaf saya geser ke Rabu sore karena ada sprint review mendadak hari Selasa. "
                                      "Format dan link tetap sama.")
    add_case(c, [("01-undangan-portfolio-review.eml", m1), ("02-undangan-diperbarui.eml", m2)],
             [iv("Sembada Health", "Product Designer", n, ne, "scheduled", [teddy[1]], [teddy[1]], "technical")],
             "medium", "positive/reschedule-sequence",
             "Bandung healthtech: Google invitation (Indonesian UI) Tue 3 Nov 15.00, then 'Undangan yang diperbarui' with "
             "the same UID and SEQUENCE:1 moving it to Wed 4 Nov 16.00-17.00 WIB. Organizer is the interviewer.")


def case22():
    c = "b293-22-kedaidata-owner-is-interviewer"
    rizky = ("Rizky Ananda", "rizky.ananda@kedaidata.example")
    bima = ("Bima Prakoso", "bima.prakoso@student.example")
    start = T(2026, 10, 27, 16, 0, WIB, "Tue", "+0700")
    end = T(2026, 10, 27, 16, 45, WIB, "Tue", "+0700")
    s = T(2026, 10, 22, 10, 30, WIB, "Thu", "+0700", 14).astimezone(UTC)
    m, _ = google_invite(case=c, n=1, organizer=rizky, attendees=[(OWNER_NAME, OWNER), bima],
                         title="Interview Kandidat Intern UI Designer - Bima Prakoso", start=start, end=end, sent=s,
                         meet="meet.google.com/kdd-intr-bpr", lang="en",
                         description="Kak Putri, makasih banget sudah mau bantu jadi interviewer tamu untuk batch intern kami.\n"
                                     "Kandidat: Bima Prakoso (mahasiswa DKV semester 7).\n"
                                     "Tolong fokus menilai portofolio dan cara berpikirnya; scorecard: "
                                     "https://docs.kedaidata.example/scorecard-intern-ui\n"
                                     "Kandidat join lewat link Meet yang sama.")
    add_case(c, [("01-invitation-interview-kandidat-intern.eml", m)], [], "hard", "negative/user-is-interviewer",
             "Google invite titled 'Interview Kandidat ...' in which the owner (a former colleague) is the guest "
             "INTERVIEWER and the candidate is someone else.")


def case23():
    c = "b293-23-cakrawala-teams-hr-user-panel"
    fitri = ("Fitri Handayani", "fitri.handayani@cakrawalaedu.example")
    reza = ("Reza Mahendra", "reza.mahendra@cakrawalaedu.example")
    start = T(2026, 10, 27, 13, 0, WIB, "Tue", "+0700")
    end = T(2026, 10, 27, 14, 0, WIB, "Tue", "+0700")
    s = T(2026, 10, 22, 10, 41, WIB, "Thu", "+0700", 26)
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("exuid", c, n=40).upper() + "1000000000000000010000000" + hx("exuid2", c, n=32).upper()
    body = D(f"""
        Dear Putri,

        Terima kasih atas lamaran Anda untuk posisi Product Designer di Cakrawala Edu melalui
        JobStreet. Kami mengundang Anda mengikuti interview gabungan HR & user bersama saya
        dan Bapak Reza Mahendra (Product Manager, Learning Platform).

        Hari/Tanggal: {tgl(start)}
        Pukul: {jam(start)} - {jam(end)} WIB
        Media: Microsoft Teams (tautan di bawah)

        Mohon konfirmasi kehadiran dengan menekan tombol Accept pada undangan ini.

        Terima kasih atas perhatiannya.

        Salam,
        Fitri Handayani
        HR Recruitment - Cakrawala Edu
        """) + "\n" + teams_block(c, 1)
    m = exchange_invite(case=c, n=1, organizer=fitri, attendees=[(OWNER_NAME, OWNER), reza],
                        subject="Interview HR & User - Product Designer - Putri Maharani", start=start, end=end,
                        sent=s, body=body, uid=uid)
    ivs = [fitri[1], reza[1]]
    add_case(c, [("01-teams-invite-interview-hr-user.eml", m)],
             [iv("Cakrawala Edu", "Product Designer", start, end, "scheduled", ivs, ivs, "onsite")],
             "medium", "positive/outlook-teams",
             "Exchange/Teams invite (TZID 'SE Asia Standard Time') for a joint HR + user interview; the organizer "
             "recruiter takes part, so both are interviewers (panel -> onsite).")


# ================================================================ README / labels / main
TZ_POINTS = [
    ("05", "Bali agency proposes and confirms 15.00 WITA (Asia/Makassar, UTC+8); owner is in WIB (UTC+7) -> 14.00 WIB."),
    ("06", "Exchange/Teams TZID 'SE Asia Standard Time', body label '(UTC+07:00) Bangkok, Hanoi, Jakarta' (cancelled)."),
    ("08", "Relative 'besok jam 2 siang' resolved against Date Mon 19 Oct 2026 16:40 +0700 -> Tue 20 Oct 14.00 WIB."),
    ("12", "Sydney DST start Sun 4 Oct 2026: mail Date +1000 (AEST), interview Tue 6 Oct 14:00 AEDT +1100 = 10.00 WIB."),
    ("16", "Singapore (UTC+8): 10:00 SGT = 09.00 WIB; .ics TZID Asia/Singapore."),
    ("20", "UK DST end Sun 25 Oct 2026 (BST +0100 -> GMT +0000) mentioned in an unbooked LinkedIn request (negative)."),
    ("23", "Exchange/Teams TZID 'SE Asia Standard Time' (positive)."),
    ("all", "Every other time is WIB (Asia/Jakarta, UTC+7, no DST); Google invites carry UTC DTSTART; "
            "script asserts all weekdays/offsets and the 2026 US (Mar 8/Nov 1), EU/UK (Mar 29/Oct 25) and Sydney (Apr 5/Oct 4) changes."),
]


def write_readme():
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    pos = sum(1 for v in LABELS.values() if v["interview"])
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    exts = {}
    for _, items in CASES:
        for name, _ in items:
            e = ".gcal.json" if name.endswith(".gcal.json") else Path(name).suffix
            exts[e] = exts.get(e, 0) + 1
    L = ["# blind293: Jakarta tech & e-commerce, Bahasa Indonesia + English (written blind)", "",
         f"Mailbox owner: {OWNER_HDR}, product designer in Jakarta (Asia/Jakarta, WIB, UTC+7, no DST).", "",
         "This set was written blind: only the eval README (label schema/rules) and two or three dev files were read "
         "for format; no tool code, tests or other sets were consulted.", "",
         "## What it stresses",
         "- Indonesian invitation templates ('Hari/Tanggal: Kamis, 8 Oktober 2026', 'Pukul: 10.00 - 10.45 WIB', times with dots) mixed with English.",
         "- Non-WIB zones: WITA (Bali), Singapore, Sydney across its DST start; Windows TZID 'SE Asia Standard Time'.",
         "- Final states: Indonesian reschedule by mail ('jadwal interview kami geser ke ...'), Google SEQUENCE reschedule, Exchange METHOD:CANCEL.",
         "- Relative date in body only ('besok jam 2 siang'), propose-then-confirm threads, two interviews in one thread, onsite loop sent as three invites.",
         "- Hard negatives in the same vocabulary: psikotes online, MCU, bootcamp webinar, community portfolio-review meetup, rejection "
         "('belum dapat melanjutkan'), offering letter, take-home design test, recruiter scam, unbooked LinkedIn request, owner as interviewer.",
         "", "## Counts",
         f"- Cases: {len(LABELS)} ({pos} positive, {len(LABELS) - pos} negative)",
         f"- Labelled interviews: {len(ivs)}; by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())),
         "- By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
         "", "## Formats used",
         "- Items: " + ", ".join(f"{k} x{v}" for k, v in sorted(exts.items())),
         "- Plain human mails and threads (In-Reply-To/References; quoted-printable, base64, 8bit), HTML alternatives,",
         "  Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST, invite.ics; English and Indonesian UI),",
         "  Exchange/Teams invites (multipart/alternative, TZID 'SE Asia Standard Time', X-MICROSOFT-CDO-*), Lever and Greenhouse mails with .ics,",
         "  Zoom webinar registration with .ics, Kalibrr and LinkedIn notifications, a standalone .ics and a Calendar API .gcal.json event.",
         "", "## Time-zone / DST points"]
    L += [f"- Case {n}: {t}" for n, t in TZ_POINTS]
    L += ["", "## Cases"]
    for k, v in LABELS.items():
        L.append(f"- `{k}`: {'POS' if v['interview'] else 'neg'} ({v['difficulty']}) {v['notes']}")
    L += ["", "Regenerate with `python make_cases.py` (deterministic; deletes and rewrites every b293-* folder, labels.yaml and README.md)."]
    (OUT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    check_dst_facts()
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23):
        fn()
    for i, (folder, _) in enumerate(CASES, start=1):
        assert folder.startswith(f"b293-{i:02d}-"), folder
    for old in sorted(OUT.glob("b293-*")):
        if old.is_dir():
            shutil.rmtree(old)
    for folder, items in CASES:
        d = OUT / folder
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, data in items:
            (d / name).write_bytes(data)
    body = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text("# Labels for blind293 (written blind). Schema: /work/shared/eval/README.md\n" + body,
                                     encoding="utf-8")
    write_readme()
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive) to {OUT}")


if __name__ == "__main__":
    main()
