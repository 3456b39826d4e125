#!/usr/bin/env python3
"""Generate the blind344 evaluation set (written blind).

Theme: Houston, Texas; bilingual Spanish-English mailbox of a warehouse and logistics
supervisor (Marisol Gutiérrez). Deletes and rewrites every b344-* case folder, labels.yaml
and README.md next to this script. Output is byte-identical on every run.
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
from email.utils import formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind344-houston-bilingual-logistics"
OWNER = "marisol.gutierrez@example.com"
OWNER_NAME = "Marisol Gutiérrez"
OWNER_CELL = "(832) 555-0142"

CHI = ZoneInfo("America/Chicago")
MTY = ZoneInfo("America/Monterrey")
DEN = ZoneInfo("America/Denver")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc


# ----------------------------------------------------------------------------- basics
def h(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def at(tz, y, mo, d, hh, mm, wd, off, ss=0):
    """Aware datetime; asserts weekday (Mon..Sun) and UTC offset (e.g. -0500) with zoneinfo."""
    dt = datetime(y, mo, d, hh, mm, ss, tzinfo=tz)
    assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    assert dt.strftime("%z") == off, (dt, dt.strftime("%z"), off)
    return dt


def utc(y, mo, d, hh, mm, ss, wd):
    dt = datetime(y, mo, d, hh, mm, ss, tzinfo=UTC)
    assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def day(y, mo, d, wd):
    """A date named in text: assert its weekday."""
    assert datetime(y, mo, d).strftime("%a") == wd, (y, mo, d, wd)


def rfc(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(dt):
    return dt.isoformat()


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def enc(s):
    return s if s.isascii() else Header(s, "utf-8", header_name="Subject").encode()


OWNER_ADDR = addr(OWNER_NAME, OWNER)


# ----------------------------------------------------------------------------- MIME
def leaf(ctype, data, cte, disp=None, extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        assert data.isascii(), ctype
        body = data.decode("ascii")
    hd = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        hd.append(f"Content-Disposition: {disp}")
    hd.extend(extra)
    return "\n".join(hd) + "\n\n" + body.rstrip("\n") + "\n"


def multipart(sub, parts, boundary, params=""):
    s = f'Content-Type: multipart/{sub};{params}\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def message(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body).encode("utf-8")


def received(key, from_host, ip, dt):
    d = dt.astimezone(UTC) - timedelta(seconds=2 + int(h(key, "rcv", n=2), 16) % 5)
    return (f"from {from_host} ({from_host} [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{h(key, 'smtp', n=12)}\n        for <{OWNER}>; {rfc(d)}")


def base_headers(key, frm, to, subject, date, mid, *, cc=None, reply_to=None, irt=None, refs=None,
                 host=None, ip="198.51.100.23", extra=(), return_path=None):
    hd = [("Delivered-To", OWNER)]
    if host:
        hd.append(("Received", received(key, host, ip, date)))
    if return_path:
        hd.append(("Return-Path", f"<{return_path}>"))
    hd += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", enc(subject)),
           ("Date", rfc(date)), ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    hd += list(extra)
    return hd


def mid_gmail(key):
    raw = base64.b64encode(hashlib.sha256((SEED + key).encode()).digest()).decode()
    raw = raw.replace("/", "_").replace("+", "-").rstrip("=")
    return f"<CA{raw[:3].upper()}{raw[3:40]}@mail.gmail.com>"


def mid_outlook(key):
    x = h(key, "olk", n=28).upper()
    return f"<SA1PR12MB{x[:4]}{x[4:24]}@SA1PR12MB{x[24:28]}.namprd12.prod.outlook.com>"


def mid_plain(key, domain):
    return f"<{h(key, 'mid', n=20)}.{h(key, 'mid2', n=8)}@{domain}>"


def b_google(key):
    return "000000000000" + h(key, "bnd", n=12)


def b_outlook(key):
    return "_000_" + h(key, "bo", n=24).upper() + "namprd12prodoutlookcom_"


def b_part(key):
    return "----=_Part_" + str(int(h(key, "bp", n=8), 16)) + "_" + str(int(h(key, "bp2", n=8), 16))


def html_doc(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{body}</div></body></html>\n')


def alt(key, text, html_text=None, cte="quoted-printable", html_cte="quoted-printable", boundary=None):
    html_text = html_text or html_doc(text)
    return multipart("alternative", [leaf('text/plain; charset="UTF-8"', text, cte),
                                     leaf('text/html; charset="UTF-8"', html_text, html_cte)],
                     boundary or b_google(key + "alt"))


def quote(text, header):
    return "\n\n" + header + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def gmail_on_en(dt, name, email):
    d = dt.astimezone(CHI)
    hour = d.strftime("%I").lstrip("0")
    return f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {hour}:{d.strftime('%M %p')} {name} <{email}> wrote:"


ES_DOW = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def gmail_on_es(dt, name, email):
    d = dt.astimezone(CHI)
    return (f"El {ES_DOW[d.weekday()]}, {d.day} {ES_MON[d.month - 1]} {d.year} a las "
            f"{d.hour}:{d.strftime('%M')}, {name} (<{email}>) escribió:")


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n, limit = [], "", 0, 75
    for ch in line:
        ln = len(ch.encode("utf-8"))
        if n + ln > limit:
            out.append(cur)
            cur, n, limit = ch, ln, 74
        else:
            cur += ch
            n += ln
    out.append(cur)
    return "\r\n ".join(out)


def ics_bytes(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


TZ_CHICAGO = ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
              "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
              "END:VTIMEZONE"]
TZ_DENVER = ["BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
             "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
             "END:VTIMEZONE"]


def tz_windows(name, std, dst):
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", "BEGIN:STANDARD", "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


TZ_WIN_EASTERN = tz_windows("Eastern Standard Time", "-0500", "-0400")
TZ_WIN_CENTRAL = tz_windows("Central Standard Time", "-0600", "-0500")
# Mexico abolished DST in Oct 2022: Exchange now emits a single STANDARD rule for this zone.
TZ_WIN_MEXICO = ["BEGIN:VTIMEZONE", "TZID:Central Standard Time (Mexico)", "BEGIN:STANDARD",
                 "DTSTART:16010101T000000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "END:STANDARD",
                 "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
            f'CN="{name}"{extra}:mailto:{email}')


def vevent(uid, seq, start, end, summary, organizer, attendees, stamp, *, tzid=None, location="",
           description="", status="CONFIRMED", extra=(), created=None, transp="OPAQUE"):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    else:
        L += [f"DTSTART:{zs(start)}", f"DTEND:{zs(end)}"]
    L.append(f"DTSTAMP:{zs(stamp)}")
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    L.append(f"UID:{uid}")
    L += attendees
    if created:
        L.append(f"CREATED:{zs(created)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L.append(f"LAST-MODIFIED:{zs(stamp)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", f"TRANSP:{transp}"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(method, prodid, tzblocks, events, extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for t in tzblocks:
        L += t
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_bytes(L)


GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"
MS_PRODID = "Microsoft Exchange Server 2010"


def ms_extra(busy="TENTATIVE", importance="1", locations=None, seq=0):
    L = ["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
         f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
         "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
         "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
         "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if locations:
        L.append(f'X-MICROSOFT-LOCATIONS:[{{"DisplayName":"{locations}","LocationAnnotation":"",'
                 f'"LocationSource":0,"Unresolved":false,"LocationUri":""}}]')
    return L + ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                "END:VALARM"]


def ms_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h(key, "msuid", n=16).upper() + \
        "0000000000000000100000000" + h(key, "msuid2", n=32).upper()


TEAMS_FOOTER_TXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {mtg}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams_footer(key):
    x = h(key, "teams", n=30)
    mtg = " ".join(str(int(x[:12], 16))[i:i + 3] for i in range(0, 12, 3))
    return TEAMS_FOOTER_TXT.format(mid=base64.b64encode(bytes.fromhex(x)).decode().rstrip("="),
                                   mtg=mtg, pc=h(key, "pc", n=6).upper())


def outlook_invite(key, *, frm, to, cc=None, subject, when, where, body, ics, date, teams=True,
                   cancel=False, extra_hdrs=()):
    """Exchange/Outlook meeting request: multipart/alternative plain + html + text/calendar."""
    text = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams:
        text += "\n" + teams_footer(key) + "\n"
    hdoc = html_doc(text, font="Aptos,Calibri,sans-serif", size="11pt")
    method = "CANCEL" if cancel else "REQUEST"
    parts = [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
             leaf('text/html; charset="utf-8"', hdoc, "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64")]
    mid = mid_outlook(key)
    hd = base_headers(key, frm, to, subject, date, mid, cc=cc,
                      host="NAM12-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.101",
                      extra=[("Thread-Topic", enc(subject.split(": ", 1)[-1])),
                             ("Thread-Index", base64.b64encode(bytes.fromhex(h(key, "ti", n=44))).decode()),
                             ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                             ("Content-class", "urn:content-classes:calendarmessage")] + list(extra_hdrs))
    return message(hd, multipart("alternative", parts, b_outlook(key))), mid


def google_invite(key, *, organizer, date, subject, text, html_text, ics, to=OWNER_ADDR, method="REQUEST"):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    inner = multipart("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")], b_google(key + "in"))
    att_part = leaf('application/ics; name="invite.ics"', ics, "base64",
                    disp='attachment; filename="invite.ics"')
    mid = mid_plain(key, "google.com")
    hd = base_headers(key, addr(*organizer), to, subject, date, mid, reply_to=addr(*organizer),
                      host="mail-sor-f73.google.com", ip="209.85.220.73",
                      extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                             ("Auto-Submitted", "auto-generated")])
    return message(hd, multipart("mixed", [inner, att_part], b_google(key + "mx"))), mid


def voice_sms(key, *, from_num, digits, text, date):
    """An SMS forwarded to e-mail by Google Voice."""
    body = (f"<https://voice.google.com>\n{text}\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER\n"
            "<https://support.google.com/voice#topic=1707989> HELP FORUM\n"
            "<https://productforums.google.com/forum/#!forum/voice>\n"
            "To respond to this text message, reply to this email or visit Google Voice\n"
            "<https://voice.google.com>.\n\nThis email was sent to you because you indicated that you'd "
            "like to receive\nemail notifications for text messages. If you don't want to receive such "
            "emails\nin the future, please update your email notification settings\n"
            "<https://voice.google.com/settings#messaging>.\n\n"
            "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")
    hdoc = html_doc(body.replace("<https://voice.google.com>\n", "", 1), font="Roboto,Arial,sans-serif")
    frm_addr = f"18325550142.{digits}.{h(key, 'gv', n=10)}@txt.voice.google.com"
    mid = mid_plain(key, "google.com")
    hd = base_headers(key, addr(from_num, frm_addr), OWNER_ADDR, f"New text message from {from_num}", date,
                      mid, host="mail-sor-f69.google.com", ip="209.85.220.69")
    return message(hd, alt(key, body, hdoc, cte="quoted-printable")), mid


def ats_mail(key, *, frm, subject, date, text, html_text=None, ics=None, ics_name="invite.ics",
             reply_to=None, to=OWNER_ADDR, host, ip="198.51.100.77", method="REQUEST", mid=None,
             extra=(), cte="quoted-printable", html_cte="base64"):
    body = alt(key, text, html_text, cte=cte, html_cte=html_cte, boundary=b_part(key + "a"))
    if ics is not None:
        body = multipart("mixed", [body, leaf(f'text/calendar; charset=utf-8; method={method}; name="{ics_name}"',
                                              ics, "base64", disp=f'attachment; filename="{ics_name}"')],
                         b_part(key + "m"))
    mid = mid or mid_plain(key, host.split(".", 1)[1] if host.count(".") > 1 else host)
    hd = base_headers(key, frm, to, subject, date, mid, reply_to=reply_to, host=host, ip=ip, extra=extra)
    return message(hd, body), mid


def person_mail(key, *, frm, to=OWNER_ADDR, cc=None, subject, date, text, mid, irt=None, refs=None,
                host, ip="203.0.113.45", html_text=None, reply_to=None, extra=()):
    hd = base_headers(key, frm, to, subject, date, mid, cc=cc, irt=irt, refs=refs, host=host, ip=ip,
                      reply_to=reply_to, extra=extra)
    return message(hd, alt(key, text, html_text)), mid


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": followups,
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# People / companies (all invented; .example domains)
FMF = "fmfreight.example"                       # Franklin Mountain Freight Lines, El Paso (Mountain)
RUBEN = ("Rubén Ochoa", f"rochoa@{FMF}")
DALE = ("Dale Whitaker", f"dwhitaker@{FMF}")
BML = "bayportmaritime.example"                 # Bayport Maritime Logistics, Houston port (Workday)
KEISHA = ("Keisha Thornton", f"keisha.thornton@{BML}")
OMAR = ("Omar Siddiqui", f"omar.siddiqui@{BML}")
TANYA = ("Tanya Pruitt", f"tanya.pruitt@{BML}")
LUIS = ("Luis Cárdenas", f"luis.cardenas@{BML}")
HECTOR = ("Héctor Villanueva", f"hector.villanueva@{BML}")
WARREN = ("Warren Boudreaux", f"warren.boudreaux@{BML}")
WD_SENDER = ("Bayport Maritime Logistics", "bayportmaritime@myworkday.com")
TFM = "tejasfresh.example"                      # Tejas Fresh Markets, grocery DC #4 (Paradox-style chatbot)
DARNELL = ("Darnell Hayes", f"darnell.hayes@{TFM}")
LUPE = ("Guadalupe \"Lupe\" Garza", f"guadalupe.garza@{TFM}")
YESENIA = ("Yesenia Ramos", f"yesenia.ramos@{TFM}")
RAY = ("Ray Castillo", f"ray.castillo@{TFM}")
MARCO = ("Marco Estrada", f"marco.estrada@{TFM}")
BCS = "bayoucitystaffing.example"               # Bayou City Staffing (agency)
LORENA = ("Lorena Villarreal", f"lorena.villarreal@{BCS}")
TRAVIS = ("Travis Boone", "tboone@brazoscold.example")   # client: Brazos Cold Storage, Stafford TX
CLG = "chattlogistics.example"                  # Chattahoochee Logistics Group, Atlanta 3PL (Eastern)
BRIANNA = ("Brianna Mitchell", f"bmitchell@{CLG}")
GREG = ("Greg Alston", f"galston@{CLG}")
DANA = ("Dana Whitfield", f"dwhitfield@{CLG}")
MMN = "mmnoreste.example"                       # Manufacturas Metálicas del Noreste, Apodaca N.L. (Monterrey)
ADRIANA = ("Adriana Treviño Salazar", f"atrevino@{MMN}")
ROGELIO = ("Rogelio Cantú", f"rcantu@{MMN}")
JORGE = ("Jorge Elizondo", f"jelizondo@{MMN}")

MARISOL_SIG = "Marisol Gutiérrez\n(832) 555-0142"
ME = ("Marisol Gutiérrez", OWNER)


def A(p):
    return addr(*p)


# ============================================================================= cases
def c_elpaso_phone_screen():
    k = "c01"
    items = []
    d1 = at(DEN, 2026, 10, 5, 15, 42, "Mon", "-0600", 18)
    t1 = """Hi Marisol,

I'm the recruiter for Franklin Mountain Freight Lines out of El Paso. We're opening a cross-dock in northeast Houston off Little York, and your background running inbound and outbound at a grocery DC lines up really well with our Cross-Dock Operations Supervisor opening.

Would you have 30 minutes tomorrow at 2:00? That's 2:00 our time (Mountain) -- we're an hour behind y'all, so it would be 3:00 in Houston. I'd just call your cell, nothing formal. I want to walk you through the role, the pay range and the shift, and hear about the buildings you've run.

If tomorrow is no good, send me a couple of windows later this week and I'll make one work.

Thanks,
Rubén Ochoa
Talent Acquisition | Franklin Mountain Freight Lines
El Paso, TX | (915) 555-0147
"""
    m1 = mid_gmail(k + "1")
    items.append(("01-ruben-quick-call.eml", person_mail(
        k + "1", frm=A(RUBEN), subject="Cross-Dock Supervisor (Houston) - quick call?", date=d1, text=t1,
        mid=m1, host="mail-yw1-f170.google.com")[0]))
    d2 = at(CHI, 2026, 10, 5, 17, 9, "Mon", "-0500", 51)
    t2 = ("Hi Rubén,\n\nTomorrow at 3 my time works great. My cell is (832) 555-0142, I'll keep it close.\n\n"
          "Talk to you then,\nMarisol" + quote(t1, gmail_on_en(d1, *RUBEN)) + "\n")
    m2 = mid_gmail(k + "2")
    items.append(("02-re-quick-call.eml", person_mail(
        k + "2", frm=OWNER_ADDR, to=A(RUBEN), subject="Re: Cross-Dock Supervisor (Houston) - quick call?",
        date=d2, text=t2, mid=m2, irt=m1, refs=m1, host="mail-ot1-f41.google.com")[0]))
    d3 = at(DEN, 2026, 10, 5, 16, 20, "Mon", "-0600", 3)
    t3 = ("Perfect, you're locked in. I'll call you tomorrow at 2 MT / 3 CT from a 915 number.\n\n"
          "- Rubén" + quote(t2.split("\n\nOn ")[0], gmail_on_en(d2, *ME)) + "\n")
    items.append(("03-re-re-quick-call.eml", person_mail(
        k + "3", frm=A(RUBEN), subject="Re: Cross-Dock Supervisor (Houston) - quick call?", date=d3, text=t3,
        mid=mid_gmail(k + "3"), irt=m2, refs=f"{m1} {m2}", host="mail-yw1-f172.google.com")[0]))
    s = at(DEN, 2026, 10, 6, 14, 0, "Tue", "-0600")
    lab = label([iv("Franklin Mountain Freight Lines", "Cross-Dock Operations Supervisor", s,
                    s + timedelta(minutes=30), "scheduled", [RUBEN[1]], [RUBEN[1]], "phone_screen")],
                "medium", "positive/email-body-relative-date",
                "Recruiter in El Paso proposes 'tomorrow at 2:00' Mountain (= 3:00 Houston) on Mon Oct 5; candidate "
                "confirms; time exists only in the bodies. Recruiter is the interviewer.")
    return "elpaso-phone-screen-tomorrow", items, lab


def c_workday_phone_screen():
    k = "c02"
    items = []
    d1 = at(CHI, 2026, 10, 5, 9, 3, "Mon", "-0500", 27)
    t1 = """Hi Marisol,

Thank you for applying to the Warehouse Operations Supervisor position (R-26-0418) at our Bayport terminal. Your experience with cross-docking and leading bilingual crews caught our hiring manager's eye, and I'd like to set up a 30-minute phone screen as a first step.

You'll get a separate email from Workday with a link to choose a time that works for you. Please pick a slot by Wednesday so we can keep things moving.

Best regards,

Keisha Thornton
Talent Acquisition Partner
Bayport Maritime Logistics | Pasadena, TX
"""
    items.append(("01-keisha-phone-screen-request.eml", person_mail(
        k + "1", frm=A(KEISHA), subject="Next steps - Warehouse Operations Supervisor (R-26-0418)", date=d1,
        text=t1, mid=mid_outlook(k + "1"), host="NAM04-BN8-obe.outbound.protection.outlook.com",
        ip="40.107.100.52")[0]))
    d2 = utc(2026, 10, 5, 19, 27, 55, "Mon")
    s = at(CHI, 2026, 10, 7, 10, 0, "Wed", "-0500")
    e = s + timedelta(minutes=30)
    t2 = """Hello Marisol,

Your interview has been scheduled. Please review the details below.

Job Requisition: R-26-0418 Warehouse Operations Supervisor
Interview Type: Phone Screen
Date: Wednesday, October 7, 2026
Time: 10:00 AM - 10:30 AM (Central Daylight Time)
Interviewer: Keisha Thornton, Talent Acquisition Partner
Location: Phone - the interviewer will call the number on your application.

Use the attached calendar file to add this interview to your calendar. If you need to make a change, contact Keisha Thornton at keisha.thornton@bayportmaritime.example.

This is a system-generated message from Workday. Replies to this mailbox are not monitored.

Bayport Maritime Logistics
"""
    ics = vcal("REQUEST", "-//Workday//Recruiting//EN", [TZ_CHICAGO], [vevent(
        f"{h(k, 'wd', n=24)}@myworkday.com", 0, s, e, "Phone Screen - Warehouse Operations Supervisor (R-26-0418)",
        WD_SENDER, [att(*KEISHA, partstat="ACCEPTED", rsvp="FALSE"), att(*ME)], d2, tzid="America/Chicago",
        location="Phone", description="Keisha Thornton will call you at the number on your application.")])
    items.append(("02-workday-interview-scheduled.eml", ats_mail(
        k + "2", frm=A(WD_SENDER), subject="Interview Scheduled: Warehouse Operations Supervisor", date=d2,
        text=t2, ics=ics, ics_name="Interview.ics", host="wd5-smtp.myworkday.com", ip="170.205.16.81",
        mid=f"<{h(k, 'wdm', n=12)}.{h(k, 'wdm2', n=6)}.JavaMail.wdprod@myworkday.com>")[0]))
    lab = label([iv("Bayport Maritime Logistics", "Warehouse Operations Supervisor", s, e, "scheduled",
                    [KEISHA[1]], [KEISHA[1]], "phone_screen")], "easy", "positive/workday-ats-with-ics",
                "Recruiter asks candidate to self-schedule, then Workday confirms the phone screen with .ics "
                "(Wed Oct 7 10:00 CDT). The recruiter is the interviewer.")
    return "workday-port-phone-screen", items, lab


def c_calendly_agency():
    k = "c03"
    d = utc(2026, 10, 6, 21, 14, 9, "Tue")
    s = at(CHI, 2026, 10, 8, 11, 30, "Thu", "-0500")
    e = s + timedelta(minutes=20)
    t = """Hi Marisol Gutiérrez,

A new event has been scheduled.

Event Type:
Llamada de evaluación / Screening Call - Warehouse & Logistics (20 min)

Invitee:
Marisol Gutiérrez
marisol.gutierrez@example.com

Event Date/Time:
11:30am - 11:50am (Central Time - US & Canada) Thursday, October 8, 2026

Location:
Lorena will call you at +1 832-555-0142

Questions:
Puesto de interés / Position you're interested in:
Warehouse Supervisor - Cold Storage (Stafford), job #BCS-2291

¿Prefieres la llamada en español o en inglés?
Either one / cualquiera

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/""" + h(k, "cal", n=36) + """
Reschedule: https://calendly.com/reschedulings/""" + h(k, "cal", n=36) + """

Powered by Calendly.com
"""
    ics = vcal("REQUEST", "-//Calendly//Calendly//EN", [], [vevent(
        h(k, "uid", n=32) + "@calendly.com", 0, s, e,
        "Llamada de evaluación / Screening Call - Warehouse & Logistics between Lorena Villarreal and Marisol Gutiérrez",
        LORENA, [att(*LORENA, partstat="ACCEPTED", rsvp="FALSE"), att(*ME, partstat="ACCEPTED")], d,
        location="+1 832-555-0142",
        description="Job #BCS-2291 Warehouse Supervisor - Cold Storage (Stafford). Lorena Villarreal, Senior "
                    "Recruiter, Bayou City Staffing, will call the invitee.")])
    msg, _ = ats_mail(k, frm=addr("Calendly", "notifications@calendly.com"), reply_to=A(LORENA),
                      subject="Confirmed: Llamada de evaluación / Screening Call - Warehouse & Logistics with "
                              "Lorena Villarreal on Thursday, October 8, 2026",
                      date=d, text=t, ics=ics, host="o1.email.calendly.com", ip="167.89.12.44",
                      mid=mid_plain(k, "calendly.com"))
    lab = label([iv("Bayou City Staffing", "Warehouse Supervisor - Cold Storage", s, e, "scheduled", [LORENA[1]],
                    [LORENA[1]], "phone_screen")], "medium", "positive/calendly-agency-screen",
                "Calendly confirmation (sent by notifications@calendly.com, Reply-To the agency recruiter) for a "
                "20-min screening call for a specific client requisition; the recruiter conducts it.")
    return "calendly-agency-screening", [("01-calendly-confirmed.eml", msg)], lab


def c_olivia_reschedule():
    k = "c04"
    items = []
    s0 = at(CHI, 2026, 10, 8, 13, 30, "Thu", "-0500")
    d1 = at(LAX, 2026, 10, 6, 8, 14, "Tue", "-0700", 37)
    sms1 = ("Hi Marisol! It's Olivia, the virtual hiring assistant for Tejas Fresh Markets. Darnell, our Night "
            "Operations Manager, would like to meet you in person for the Warehouse Shift Supervisor (Nights) role "
            "at DC #4. Does Thu, Oct 8 at 1:30 PM work? Reply C to confirm or R to see other times. "
            "Msg&data rates may apply. Reply STOP to opt out.")
    items.append(("01-text-olivia-interview-time.eml",
                  voice_sms(k + "1", from_num="(281) 555-0123", digits="12815550123", text=sms1, date=d1)[0]))
    d2 = utc(2026, 10, 6, 15, 16, 2, "Tue")
    uid = h(k, "uid", n=24) + "@paradox.ai"
    loc_txt = "Tejas Fresh Markets DC #4, 9800 Aldine Bender Rd, Houston, TX 77032"
    t2 = f"""Hi Marisol,

You're all set! Your interview is confirmed.

Position: Warehouse Shift Supervisor (Nights)
When: Thursday, October 8, 2026 at 1:30 PM CDT
Where: {loc_txt}
Who: Darnell Hayes, Night Operations Manager

Check in at the guard shack on Aldine Bender and let them know you are there for Darnell. Plan on about 45 minutes. Bring a photo ID and your forklift card if you have one.

¡Tu entrevista está confirmada! Jueves 8 de octubre a la 1:30 p.m. Presenta una identificación en la caseta de vigilancia.

Need a different time? Reply R to our text conversation. Questions for our HR team: Yesenia Ramos, HR Generalist, yesenia.ramos@tejasfresh.example.

Olivia
Virtual Hiring Assistant, Tejas Fresh Markets
"""
    ics0 = vcal("REQUEST", "-//Paradox//Olivia Scheduling//EN", [TZ_CHICAGO], [vevent(
        uid, 0, s0, s0 + timedelta(minutes=45), "Interview: Warehouse Shift Supervisor (Nights) - Tejas Fresh Markets",
        ("Tejas Fresh Markets Hiring", "no-reply@paradox.ai"), [att(*ME)], d2, tzid="America/Chicago",
        location=loc_txt, description="In-person interview with Darnell Hayes, Night Operations Manager. "
                                      "Check in at the guard shack.")])
    day(2026, 10, 8, "Thu")
    items.append(("02-olivia-interview-confirmed.eml", ats_mail(
        k + "2", frm=addr("Olivia | Tejas Fresh Markets", "no-reply@paradox.ai"),
        subject="Interview Confirmed: Warehouse Shift Supervisor (Nights) - Tejas Fresh Markets", date=d2,
        text=t2, ics=ics0, ics_name="interview.ics", host="mail.paradox.ai", ip="149.72.201.18")[0]))
    d3 = at(LAX, 2026, 10, 7, 16, 52, "Wed", "-0700", 8)
    day(2026, 10, 9, "Fri")
    day(2026, 10, 12, "Mon")
    sms2 = ("Hi Marisol, it's Olivia from Tejas Fresh. Darnell has to cover a cycle count Thursday afternoon, so we "
            "need to move your interview. Which works better? 1) Fri 10/9 9:00 AM 2) Mon 10/12 2:00 PM. Reply 1 or 2. "
            "Sorry for the change!")
    items.append(("03-text-olivia-schedule-change.eml",
                  voice_sms(k + "3", from_num="(281) 555-0123", digits="12815550123", text=sms2, date=d3)[0]))
    d4 = utc(2026, 10, 7, 23, 58, 41, "Wed")
    s = at(CHI, 2026, 10, 9, 9, 0, "Fri", "-0500")
    e = s + timedelta(minutes=45)
    t4 = f"""Hi Marisol,

Your interview has been rescheduled. Here are your updated details:

Position: Warehouse Shift Supervisor (Nights)
New time: Friday, October 9, 2026 at 9:00 AM CDT
(previously Thursday, October 8 at 1:30 PM)
Where: {loc_txt}
Who: Darnell Hayes, Night Operations Manager

Tu entrevista se cambió al viernes 9 de octubre a las 9:00 a.m. Todo lo demás sigue igual.

Questions: Yesenia Ramos, HR Generalist, yesenia.ramos@tejasfresh.example

Olivia
Virtual Hiring Assistant, Tejas Fresh Markets
"""
    ics1 = vcal("REQUEST", "-//Paradox//Olivia Scheduling//EN", [TZ_CHICAGO], [vevent(
        uid, 1, s, e, "Interview: Warehouse Shift Supervisor (Nights) - Tejas Fresh Markets",
        ("Tejas Fresh Markets Hiring", "no-reply@paradox.ai"), [att(*ME)], d4, tzid="America/Chicago",
        location=loc_txt, description="UPDATED: in-person interview with Darnell Hayes, Night Operations Manager. "
                                      "Check in at the guard shack.")])
    items.append(("04-olivia-interview-rescheduled.eml", ats_mail(
        k + "4", frm=addr("Olivia | Tejas Fresh Markets", "no-reply@paradox.ai"),
        subject="Interview Rescheduled: Warehouse Shift Supervisor (Nights) - Friday, October 9 at 9:00 AM",
        date=d4, text=t4, ics=ics1, ics_name="interview.ics", host="mail.paradox.ai", ip="149.72.201.18")[0]))
    lab = label([iv("Tejas Fresh Markets", "Warehouse Shift Supervisor (Nights)", s, e, "scheduled", [],
                    [YESENIA[1]], "hiring_manager")], "hard", "positive/chatbot-sms-reschedule",
                "Paradox/Olivia-style hiring chatbot: SMS forwarded by Google Voice (Date headers in -0700), "
                "confirmation mail + .ics (SEQ 0, Thu Oct 8 1:30 PM), SMS asking to move, rescheduled mail + .ics "
                "(same UID, SEQ 1) -> one interview Fri Oct 9 9:00 CDT. Hiring manager has no address; follow-up "
                "goes to the HR generalist named in the mail.")
    return "olivia-texts-reschedule", items, lab


def c_twc():
    k = "c05"
    d = at(CHI, 2026, 10, 8, 6, 30, "Thu", "-0500", 11)
    day(2026, 10, 14, "Wed")
    t = """Texas Workforce Commission
Unemployment Benefit Services

NOTICE OF TELEPHONE FACT-FINDING INTERVIEW

Claimant: MARISOL GUTIERREZ
Claim ID: XXXXX4417
Employer: GULF COAST GROCERS SUPPLY LLC

TWC needs more information about your separation from the employer listed above before we can make a decision on your claim for unemployment benefits.

A TWC representative will call you at (832) 555-0142 for a fact-finding interview.

Date: Wednesday, October 14, 2026
Time: between 8:00 a.m. and 12:00 p.m. Central Time

Keep your phone available during this period. If we cannot reach you, we will make a decision using the information we have. Keep requesting benefit payments every two weeks while your claim is pending.

AVISO DE ENTREVISTA TELEFÓNICA DE DETERMINACIÓN DE HECHOS
Un representante de TWC le llamará el miércoles 14 de octubre de 2026 entre las 8:00 a.m. y las 12:00 p.m., hora del centro. Mantenga su teléfono disponible.

To view this notice, log on to Unemployment Benefit Services. Do not reply to this email.
"""
    msg, _ = ats_mail(k, frm=addr("TWC Unemployment Benefit Services", "ubs-notices@twc.example"),
                      subject="Notice of Telephone Fact-Finding Interview / Aviso de entrevista telefónica",
                      date=d, text=t, html_text=html_doc(t, font="Verdana,sans-serif"), host="smtp1.twc.example",
                      ip="192.0.2.150")
    lab = label([], "hard", "negative/government-appointment",
                "Texas Workforce Commission unemployment fact-finding 'interview' with a time window; "
                "government benefits call, not a job interview.")
    return "twc-fact-finding-interview", [("01-twc-fact-finding-notice.eml", msg)], lab


def c_agency_thread():
    k = "c06"
    items = []
    d1 = at(CHI, 2026, 10, 12, 8, 5, "Mon", "-0500", 44)
    t1 = """Hola Marisol,

¡Buenas noticias! Le mandé tu resume a Brazos Cold Storage (el cliente en Stafford del que te platiqué el jueves) y el site manager quiere conocerte para el puesto de Warehouse Supervisor - 2nd Shift.

¿Te queda bien mañana a las 10? Sería en persona en su almacén. Si no, dime qué horario te funciona y yo lo cuadro con ellos.

Saludos,
Lorena Villarreal
Senior Recruiter | Bayou City Staffing
Cel. (713) 555-0164
"""
    m1 = mid_outlook(k + "1")
    items.append(("01-lorena-entrevista-brazos.eml", person_mail(
        k + "1", frm=A(LORENA), subject="Entrevista con Brazos Cold Storage", date=d1, text=t1, mid=m1,
        host="NAM10-DM6-obe.outbound.protection.outlook.com", ip="40.107.92.88")[0]))
    d2 = at(CHI, 2026, 10, 12, 9, 47, "Mon", "-0500", 12)
    t2 = ("Hola Lorena,\n\n¡Qué bien, gracias! Mañana en la mañana tengo que llevar a mi mamá a su cita del doctor, "
          "a las 10 no llego. ¿Podría ser en la tarde, después de la 1?\n\nGracias,\nMarisol"
          + quote(t1, gmail_on_es(d1, *LORENA)) + "\n")
    m2 = mid_gmail(k + "2")
    items.append(("02-re-entrevista.eml", person_mail(
        k + "2", frm=OWNER_ADDR, to=A(LORENA), subject="Re: Entrevista con Brazos Cold Storage", date=d2,
        text=t2, mid=m2, irt=m1, refs=m1, host="mail-ot1-f52.google.com")[0]))
    d3 = at(CHI, 2026, 10, 12, 13, 36, "Mon", "-0500", 20)
    day(2026, 10, 13, "Tue")
    t3 = """Listo, Marisol. Ya hablé con Travis y confirmo: la entrevista será el martes 13 de octubre a las 2:00 p.m. hora del centro en Brazos Cold Storage, 12650 Executive Dr, Stafford, TX 77477. Travis (en copia) te va a recibir en la oficina de enfrente.

Plan on about an hour; he'll probably walk you through the freezer side, so bring a jacket. Lleva tu ID y tu tarjeta de montacargas.

Travis, Marisol is bilingual and ran 2nd-shift receiving at Gulf Coast Grocers for six years. Her resume is in the email I sent you Friday.

Nos vemos,
Lorena
""".rstrip("\n") + quote(t2.split("\n\nEl ")[0], gmail_on_es(d2, *ME)) + "\n"
    m3 = mid_outlook(k + "3")
    items.append(("03-re-confirmo-martes-2pm.eml", person_mail(
        k + "3", frm=A(LORENA), to=OWNER_ADDR, cc=A(TRAVIS), subject="RE: Entrevista con Brazos Cold Storage",
        date=d3, text=t3, mid=m3, irt=m2, refs=f"{m1} {m2}", host="NAM10-DM6-obe.outbound.protection.outlook.com",
        ip="40.107.92.88")[0]))
    d4 = at(CHI, 2026, 10, 12, 14, 2, "Mon", "-0500", 41)
    t4 = ("Thanks Lorena.\n\nMarisol, looking forward to meeting you tomorrow at 2. Come by the front office and ask "
          "for me; the lobby door on the east side is the one that's unlocked.\n\nTravis Boone\nSite Manager | "
          "Brazos Cold Storage\n12650 Executive Dr, Stafford, TX\n")
    items.append(("04-travis-see-you-tomorrow.eml", person_mail(
        k + "4", frm=A(TRAVIS), to=f"{A(LORENA)}, {OWNER_ADDR}", subject="RE: Entrevista con Brazos Cold Storage",
        date=d4, text=t4, mid=mid_outlook(k + "4"), irt=m3, refs=f"{m1} {m2} {m3}",
        host="NAM02-BN1-obe.outbound.protection.outlook.com", ip="40.107.212.60")[0]))
    s = at(CHI, 2026, 10, 13, 14, 0, "Tue", "-0500")
    lab = label([iv("Brazos Cold Storage", "Warehouse Supervisor - 2nd Shift", s, s + timedelta(hours=1),
                    "scheduled", [TRAVIS[1]], [TRAVIS[1]], "hiring_manager")], "hard",
                "positive/thread-propose-confirm-spanish",
                "Spanish/English staffing-agency thread: 'mañana a las 10' is proposed and declined; agency confirms "
                "'martes 13 de octubre a las 2:00 p.m. hora del centro' (US Central, CDT) with the client site manager, "
                "who replies. Company = the hiring client, not the agency.")
    return "agency-thread-hora-del-centro", items, lab


def c_atlanta_teams():
    k = "c07"
    items = []
    d1 = at(NYC, 2026, 10, 9, 14, 12, "Fri", "-0400", 9)
    day(2026, 10, 15, "Thu")
    t1 = """Hi Marisol,

Greg Alston, who is leading the start-up of our new Houston fulfillment site off Pinemont, would like to meet with you over Teams for the Operations Supervisor role.

I've sent an invite for Thursday, October 15 at 11:00 AM Eastern, which is 10:00 AM Central for you. If that doesn't work, reply here and I'll find another slot on his calendar.

Best,
Brianna Mitchell
Recruiting Coordinator | Chattahoochee Logistics Group
Atlanta, GA
"""
    m1 = mid_outlook(k + "1")
    items.append(("01-brianna-teams-heads-up.eml", person_mail(
        k + "1", frm=A(BRIANNA), subject="Operations Supervisor (Houston) - interview with Greg", date=d1, text=t1,
        mid=m1, host="NAM12-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.101")[0]))
    d2 = utc(2026, 10, 9, 18, 15, 40, "Fri")
    s = at(NYC, 2026, 10, 15, 11, 0, "Thu", "-0400")
    e = s + timedelta(hours=1)
    body = ("Hi Marisol,\n\nThis is your video interview with Greg Alston, Senior Operations Manager for the Houston "
            "start-up. Greg will ask about how you've staffed and trained crews, labor planning and how you handle "
            "carrier issues on the dock. Plan for about 60 minutes.\n\nPlease join from a laptop if you can.\n\n"
            "Brianna")
    ics = vcal("REQUEST", MS_PRODID, [TZ_WIN_EASTERN], [vevent(
        ms_uid(k), 0, s, e, "Operations Supervisor (Houston) - Interview with Greg Alston", BRIANNA,
        [att(*GREG), att(*ME)], d2, tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        description=body, extra=ms_extra(locations="Microsoft Teams Meeting"))])
    items.append(("02-teams-invite-greg.eml", outlook_invite(
        k + "2", frm=A(BRIANNA), to=f"{OWNER_ADDR}, {A(GREG)}",
        subject="Operations Supervisor (Houston) - Interview with Greg Alston",
        when="Thursday, October 15, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).",
        where="Microsoft Teams Meeting", body=body, ics=ics, date=d2)[0]))
    lab = label([iv("Chattahoochee Logistics Group", "Operations Supervisor", s, e, "scheduled", [GREG[1]],
                    [GREG[1]], "hiring_manager")], "medium", "positive/outlook-teams-utc-label",
                "Atlanta 3PL: coordinator e-mail + Exchange/Teams invite (TZID 'Eastern Standard Time', label "
                "'(UTC-05:00) Eastern Time') for Thu Oct 15 11:00 EDT (= -04:00, 10:00 Houston). Coordinator is not "
                "an interviewer.")
    return "teams-atlanta-utc-label", items, lab


def c_floor_walkthrough():
    k = "c08"
    items = []
    d1 = at(CHI, 2026, 10, 13, 17, 48, "Tue", "-0500", 22)
    t1 = """Marisol,

Enjoyed talking with you Friday. Next step on our end is a walk-through on the floor while the night shift is running, so you can see receiving, the pick lines and how we stage for the morning routes, and so my team can see how you read a building.

Can you come by the DC Thursday at 9 pm? Should take about an hour and a half. Lupe Garza, my night lead (copied), will walk with us. Wear closed-toe shoes; we'll have a vest and a visitor badge for you at the guard shack.

Darnell Hayes
Night Operations Manager | Tejas Fresh Markets DC #4

Sent from my iPhone
"""
    m1 = mid_plain(k + "1", "tejasfresh.example")
    items.append(("01-darnell-night-walkthrough.eml", person_mail(
        k + "1", frm=A(DARNELL), cc=f"{A(LUPE)}, {A(YESENIA)}", subject="Next step - night shift walk-through",
        date=d1, text=t1, mid=m1, host="mail.tejasfresh.example", ip="198.51.100.140")[0]))
    d2 = at(CHI, 2026, 10, 13, 19, 5, "Tue", "-0500", 10)
    t2 = ("Hi Darnell,\n\nThursday at 9 pm works for me. Nos vemos at the guard shack.\n\nThank you,\nMarisol"
          + quote(t1, gmail_on_en(d1, *DARNELL)) + "\n")
    m2 = mid_gmail(k + "2")
    items.append(("02-re-walkthrough.eml", person_mail(
        k + "2", frm=OWNER_ADDR, to=A(DARNELL), cc=f"{A(LUPE)}, {A(YESENIA)}",
        subject="Re: Next step - night shift walk-through", date=d2, text=t2, mid=m2, irt=m1, refs=m1,
        host="mail-ot1-f47.google.com")[0]))
    d3 = at(CHI, 2026, 10, 14, 5, 41, "Wed", "-0500", 30)
    t3 = ("Hola Marisol, soy Lupe. Nos vemos el jueves. Cuando llegues dile al guardia que vienes con Darnell y yo "
          "salgo por ti. Trae algo de manga larga, en el cooler y el freezer hace un frío que no te imaginas.\n\n"
          "Lupe Garza\nNight Lead, DC #4\n")
    items.append(("03-lupe-nos-vemos-jueves.eml", person_mail(
        k + "3", frm=A(LUPE), cc=A(DARNELL), subject="Re: Next step - night shift walk-through", date=d3, text=t3,
        mid=mid_plain(k + "3", "tejasfresh.example"), irt=m2, refs=f"{m1} {m2}", host="mail.tejasfresh.example",
        ip="198.51.100.140")[0]))
    s = at(CHI, 2026, 10, 15, 21, 0, "Thu", "-0500")
    lab = label([iv("Tejas Fresh Markets", None, s, s + timedelta(minutes=90), "scheduled",
                    [DARNELL[1], LUPE[1]], [DARNELL[1], LUPE[1]], "onsite")], "hard",
                "positive/email-body-relative-weekday",
                "Walk-through interview on the warehouse floor during the night shift: 'Thursday at 9 pm' written on "
                "Tue Oct 13 -> Thu Oct 15 21:00 CDT, 90 min; only in the bodies. Manager + night lead walk with her; "
                "HR generalist only copied. Role not restated in this thread.")
    return "floor-walkthrough-body-only", items, lab


def google_text(summary, when, tzlabel, location, desc, guests, eid):
    loc_lines = f"Location\n{location}\nhttps://www.google.com/maps/search/{location.replace(' ', '+')}?hl=en\n\n" \
        if location else ""
    g = "\n".join(guests)
    return (f"{summary}\n{when}\n{tzlabel}\n\n{loc_lines}{desc.strip()}\n\nGuests\n{g}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER}\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
            f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
            f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
            "Invitation from Google Calendar https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future "
            "updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
            "to send a response to the organizer, be added to the guest list, invite others regardless of their "
            "own invitation status, or modify your RSVP. Learn more "
            "https://support.google.com/calendar/answer/37135#forwarding\n")


def c_osha10():
    k = "c09"
    d = at(CHI, 2026, 10, 9, 15, 22, "Fri", "-0500", 5)
    day(2026, 10, 17, "Sat")
    day(2026, 10, 18, "Sun")
    t = """Hola Marisol,

You're registered for OSHA 10-Hour General Industry (clase en español).

Fechas / Dates: Saturday, October 17 and Sunday, October 18, 2026
Horario / Time: 8:00 a.m. - 2:30 p.m. both days (30-minute lunch)
Lugar / Location: Gulf Coast Safety Institute, 7110 Gulf Fwy, Suite 204, Houston, TX 77087
Instructor: Ernesto Salinas, OSHA Authorized Outreach Trainer

Your seat is covered by your Workforce Solutions training voucher, so there is nothing to pay. You must attend all 10 hours to receive your DOL card; cards are mailed 2-4 weeks after the class. Trae una identificación con foto.

A calendar file for both days is attached to this confirmation.

Gulf Coast Safety Institute
registrations@gcsafety.example | (713) 555-0190
"""
    msg, _ = ats_mail(k + "1", frm=addr("Gulf Coast Safety Institute", "registrations@gcsafety.example"),
                      subject="Registration confirmed: OSHA 10 General Industry (Español) - Oct 17-18",
                      date=d, text=t, host="smtp.gcsafety.example", ip="192.0.2.61", html_cte="quoted-printable")
    evs = []
    for n, dd, wd in [(1, 17, "Sat"), (2, 18, "Sun")]:
        s = at(CHI, 2026, 10, dd, 8, 0, wd, "-0500")
        evs.append(vevent(f"osha10-{h(k, n, n=12)}@gcsafety.example", 0, s, s + timedelta(hours=6, minutes=30),
                          f"OSHA 10-Hour General Industry (Clase en español) - Day {n} of 2",
                          ("Gulf Coast Safety Institute", "registrations@gcsafety.example"),
                          [att(*ME, partstat="ACCEPTED", rsvp="FALSE")], d, tzid="America/Chicago",
                          location="Gulf Coast Safety Institute, 7110 Gulf Fwy, Suite 204, Houston, TX 77087",
                          description="Instructor: Ernesto Salinas. Topics: walking-working surfaces, powered "
                                      "industrial trucks, HazCom, lockout/tagout, PPE. Bring photo ID."))
    ics = vcal("PUBLISH", "-//Gulf Coast Safety Institute//Class Registration//EN", [TZ_CHICAGO], evs)
    lab = label([], "medium", "negative/training-class",
                "OSHA 10 safety class (two days, standalone .ics with the owner as ATTENDEE); training, not an "
                "interview.")
    return "osha10-class-ics", [("01-osha10-registration.eml", msg), ("02-osha10-class.ics", ics)], lab


def c_forklift_test():
    k = "c10"
    d = at(CHI, 2026, 10, 14, 10, 22, "Wed", "-0500", 47)
    s = at(CHI, 2026, 10, 19, 6, 0, "Mon", "-0500")
    e = s + timedelta(minutes=90)
    t = """Hi Marisol,

Darnell asked me to get you on the schedule for the forklift (PIT) evaluation before HR moves your file forward. It's the same written test and driving evaluation every supervisor candidate and new hire goes through here: sit-down counterbalance, then a stand-up reach truck in the dry aisles. Takes about an hour and a half.

Monday, October 19, 6:00 AM
Training cage by dock door 42, DC #4

El examen escrito lo puedes hacer en español o en inglés. Bring your ID and steel-toe boots. If you pass, you walk out with a Tejas Fresh operator card good for three years.

Marco Estrada
Safety & Training Coordinator | Tejas Fresh Markets DC #4
"""
    ics = vcal("REQUEST", GOOGLE_PRODID, [TZ_CHICAGO], [vevent(
        h(k, "uid", n=26) + "@google.com", 0, s, e, "Forklift (PIT) evaluation - written + practical - M. Gutiérrez",
        MARCO, [att(*MARCO, partstat="ACCEPTED", rsvp="TRUE", google=True), att(*ME, google=True)], d,
        tzid="America/Chicago", location="DC #4 training cage, dock door 42",
        description="Written test + driving evaluation (counterbalance and reach truck). Bring ID and steel toes.")])
    msg, _ = ats_mail(k, frm=A(MARCO), subject="Forklift evaluation Mon 10/19 6:00 AM - Evaluación de montacargas",
                      date=d, text=t, ics=ics, ics_name="invite.ics", host="mail.tejasfresh.example",
                      ip="198.51.100.140", mid=mid_plain(k, "tejasfresh.example"), html_cte="quoted-printable")
    lab = label([], "hard", "negative/skills-certification-test",
                "Forklift certification test (written + driving evaluation) booked with an .ics by the safety "
                "trainer during the hiring process; a skills test, not an interview.")
    return "forklift-certification-test", [("01-forklift-evaluation.eml", msg)], lab


def c_scam():
    k = "c11"
    d = datetime(2026, 10, 17, 3, 12, 55, tzinfo=timezone(timedelta(hours=1)))
    assert d.strftime("%a") == "Sat"
    day(2026, 10, 19, "Mon")
    t = """Dear Marisol Gutierrez,

Your resume was reviewed from an online job board and you have been SHORTLISTED for the position below.

Position: Remote Warehouse Inventory Supervisor (Work From Home)
Pay: $41.00/hr, weekly pay, full benefits
Company: Logistix Nationwide Distribution

Your online interview is scheduled for Monday, October 19th, 2026 at 11:00 AM EST via Telegram chat with our Hiring Manager Mr. David Wilson. Kindly download the Telegram app and send a message to @DavidWilsonHR with your interview code LNX-2291 at the interview time.

Selected candidates will receive a check to purchase home office equipment from our approved vendor. Please reply with your full name, home address and a copy of your driver's license to complete your onboarding file before the interview.

Regards,
HR Recruitment Department
Logistix Nationwide Distribution
"""
    msg, _ = ats_mail(k, frm=addr("HR Recruitment Dept", "careers.hr.dept@logistix-nationwide.example"),
                      reply_to="hr.davidwilson.recruit@freemail.example",
                      subject="Interview Invitation - Remote Warehouse Inventory Supervisor ($41/hr)", date=d,
                      text=t, host="vps-6611.hostbox.example", ip="203.0.113.201", html_cte="quoted-printable")
    lab = label([], "medium", "negative/scam",
                "Fake recruiter: 'online interview via Telegram chat', equipment check, ID requested; a scam, not an "
                "interview.")
    return "scam-telegram-interview", [("01-remote-supervisor-interview-invitation.eml", msg)], lab


def c_port_panel():
    k = "c12"
    items = []
    d0 = at(CHI, 2026, 10, 13, 11, 30, "Tue", "-0500", 5)
    day(2026, 10, 20, "Tue")
    t0 = """Hi Marisol,

Great news - the team would like to bring you in for an in-person panel for the Warehouse Operations Supervisor role on Tuesday, October 20. Here's how the morning will go:

9:00 - 10:00   Panel interview: Omar Siddiqui (Warehouse Operations Manager), Tanya Pruitt (HSE Manager) and Luis Cárdenas (Customs & Compliance Lead)
10:00 - 10:45  Warehouse and container-yard walk with Héctor Villanueva (Shift Superintendent)
10:45 - 11:30  Scenario discussion with Héctor and Omar

You'll get three separate calendar invites, one per session. Please arrive by 8:45 at the Bayport admin building, 4600 Bayport Blvd, Pasadena, TX 77507, and have a photo ID ready at the gate; since you don't have a TWIC card yet, someone will escort you in the terminal. Wear closed-toe shoes - we'll provide the hard hat and vest.

I'll meet you in the lobby but won't be part of the interviews. Call me at (281) 555-0119 if anything comes up that morning.

Best,
Keisha Thornton
Talent Acquisition Partner | Bayport Maritime Logistics
"""
    items.append(("01-keisha-panel-itinerary.eml", person_mail(
        k + "0", frm=A(KEISHA), subject="Onsite panel - Tuesday 10/20 - itinerary", date=d0, text=t0,
        mid=mid_outlook(k + "0"), host="NAM04-BN8-obe.outbound.protection.outlook.com", ip="40.107.100.52")[0]))
    where = "Bayport Admin Bldg - Conf Room B (2nd floor), 4600 Bayport Blvd, Pasadena, TX 77507"
    sessions = [
        ("Interview: Marisol Gutiérrez - Panel (1 of 3)", (9, 0), (10, 0), [OMAR, TANYA, LUIS],
         "Panel interview with Omar Siddiqui, Tanya Pruitt and Luis Cárdenas. Topics: leading hourly crews, "
         "safety culture, inventory accuracy, import/export documentation.", "02-invite-panel-1of3.eml"),
        ("Interview: Marisol Gutiérrez - Warehouse & Yard Walk (2 of 3)", (10, 0), (10, 45), [HECTOR],
         "Walk-through of the transload warehouse and container yard with Héctor Villanueva. PPE provided.",
         "03-invite-yard-walk-2of3.eml"),
        ("Interview: Marisol Gutiérrez - Scenario Discussion (3 of 3)", (10, 45), (11, 30), [HECTOR, OMAR],
         "Scenario discussion with Héctor and Omar: a shift that goes sideways (no-shows, a hot container, a "
         "near-miss). No preparation needed.", "04-invite-scenario-3of3.eml"),
    ]
    first = last = None
    for i, (subj, (sh, sm), (eh, em), who, desc, fname) in enumerate(sessions):
        s = at(CHI, 2026, 10, 20, sh, sm, "Tue", "-0500")
        e = at(CHI, 2026, 10, 20, eh, em, "Tue", "-0500")
        first = first or s
        last = e
        dt = utc(2026, 10, 13, 16, 41 + 2 * i, 10 + 7 * i, "Tue")
        when = (f"Tuesday, October 20, 2026 {s.strftime('%I:%M %p').lstrip('0')}-"
                f"{e.strftime('%I:%M %p').lstrip('0')} (UTC-06:00) Central Time (US & Canada).")
        ics = vcal("REQUEST", MS_PRODID, [TZ_WIN_CENTRAL], [vevent(
            ms_uid(k + str(i)), 0, s, e, subj, KEISHA, [att(*p) for p in who] + [att(*ME)], dt,
            tzid="Central Standard Time", location=where, description=desc,
            extra=ms_extra(locations="Bayport Admin Bldg - Conf Room B"))])
        body = f"{desc}\n\nKeisha Thornton\nTalent Acquisition Partner | Bayport Maritime Logistics"
        items.append((fname, outlook_invite(
            k + str(i), frm=A(KEISHA), to=", ".join([OWNER_ADDR] + [A(p) for p in who]), subject=subj,
            when=when, where=where, body=body, ics=ics, date=dt, teams=False)[0]))
    lab = label([iv("Bayport Maritime Logistics", "Warehouse Operations Supervisor", first, last, "scheduled",
                    [OMAR[1], TANYA[1], LUIS[1], HECTOR[1]], [OMAR[1], TANYA[1], LUIS[1], HECTOR[1]], "onsite")],
                "hard", "positive/onsite-several-invites",
                "Port panel morning sent as three Exchange invites ('(UTC-06:00) Central Time' label, TZID 'Central "
                "Standard Time', but Oct 20 is CDT -05:00) + coordinator itinerary: ONE onsite 9:00-11:30 with four "
                "interviewers; coordinator excluded.")
    return "port-panel-three-invites", items, lab


def c_grocery_gm_final():
    k = "c13"
    d = utc(2026, 10, 16, 21, 40, 12, "Fri")
    s = at(CHI, 2026, 10, 21, 15, 0, "Wed", "-0500")
    e = s + timedelta(minutes=45)
    summary = "Entrevista final / Final interview - Marisol Gutiérrez & Ray Castillo (DC GM)"
    location = "Tejas Fresh Markets DC #4 - Admin bldg, 2nd floor, 9800 Aldine Bender Rd, Houston, TX 77032"
    desc = ("Hola Marisol,\n\nRay Castillo, our DC General Manager, wants to meet you before we make a decision on the "
            "Warehouse Shift Supervisor (Nights) role. Es una plática de unos 45 minutos en su oficina; Darnell "
            "already shared his notes from the walk-through with him.\n\nCheck in at the front lobby this time, not "
            "the guard shack.\n\nYesenia Ramos\nHR Generalist, Tejas Fresh Markets")
    eid = h(k, "eid", n=40)
    text = google_text(summary, "Wednesday Oct 21, 2026 ⋅ 3pm – 3:45pm", "Central Time - Chicago", location, desc,
                       ["Yesenia Ramos - organizer", "Ray Castillo", OWNER], eid)
    ics = vcal("REQUEST", GOOGLE_PRODID, [TZ_CHICAGO], [vevent(
        h(k, "uid", n=26) + "@google.com", 0, s, e, summary, YESENIA,
        [att(*YESENIA, partstat="ACCEPTED", google=True), att(*RAY, google=True), att(*ME, google=True)], d,
        tzid="America/Chicago", location=location, description=desc, created=d)])
    msg, _ = google_invite(k, organizer=YESENIA, date=d, ics=ics, text=text,
                           html_text=html_doc(text, font="Roboto,Helvetica,Arial,sans-serif"),
                           subject=f"Invitation: {summary} @ Wed Oct 21, 2026 3pm - 3:45pm (CDT) ({OWNER})")
    lab = label([iv("Tejas Fresh Markets", "Warehouse Shift Supervisor (Nights)", s, e, "scheduled", [RAY[1]],
                    [RAY[1]], "hiring_manager")], "easy", "positive/google-invite-bilingual",
                "Google Calendar invitation from HR (organizer, not an interviewer) for the final with the DC general "
                "manager, Wed Oct 21 15:00 CDT.")
    return "grocery-gm-final-google-invite", [("01-invitation-final-ray-castillo.eml", msg)], lab


def c_monterrey():
    k = "c14"
    items = []
    d1 = at(MTY, 2026, 10, 16, 12, 20, "Fri", "-0600", 41)
    day(2026, 10, 22, "Thu")
    t1 = """Estimada Marisol:

Reciba un cordial saludo de parte de Manufacturas Metálicas del Noreste. Agradecemos su interés en la vacante de Coordinador(a) de Logística y Almacén para nuestra bodega de consolidación en Houston.

Nos gustaría invitarle a una primera entrevista por videollamada (Microsoft Teams) con el Ing. Rogelio Cantú, Gerente de Cadena de Suministro, el próximo jueves 22 de octubre a las 9:00 a.m., hora de Monterrey. La entrevista tiene una duración aproximada de 45 minutos. En breve recibirá la invitación de Teams de parte del Ing. Cantú.

Le agradeceré confirmar su asistencia respondiendo a este correo.

Saludos cordiales,

Lic. Adriana Treviño Salazar
Atracción de Talento
Manufacturas Metálicas del Noreste, S.A. de C.V.
Apodaca, Nuevo León, México | Tel. +52 81 5555 0173
"""
    m1 = mid_outlook(k + "1")
    items.append(("01-adriana-primera-entrevista.eml", person_mail(
        k + "1", frm=A(ADRIANA), subject="Invitación a entrevista - Coordinador(a) de Logística y Almacén (Houston)",
        date=d1, text=t1, mid=m1, host="NAM11-CO1-obe.outbound.protection.outlook.com", ip="40.107.220.91",
        extra=[("Content-Language", "es-MX")])[0]))
    d2 = at(CHI, 2026, 10, 16, 14, 3, "Fri", "-0500", 12)
    t2 = ("Buenas tardes, Lic. Treviño:\n\nMuchas gracias por la invitación. Confirmo mi asistencia el jueves 22 de "
          "octubre a las 9:00 a.m. hora de Monterrey (10:00 a.m. hora de Houston). Quedo atenta a la invitación de "
          "Teams.\n\nSaludos cordiales,\n" + MARISOL_SIG + quote(t1, gmail_on_es(d1, *ADRIANA)) + "\n")
    m2 = mid_gmail(k + "2")
    items.append(("02-re-confirmo-asistencia.eml", person_mail(
        k + "2", frm=OWNER_ADDR, to=A(ADRIANA),
        subject="Re: Invitación a entrevista - Coordinador(a) de Logística y Almacén (Houston)", date=d2, text=t2,
        mid=m2, irt=m1, refs=m1, host="mail-ot1-f44.google.com")[0]))
    d3 = utc(2026, 10, 16, 20, 41, 9, "Fri")
    s1 = at(MTY, 2026, 10, 22, 9, 0, "Thu", "-0600")
    e1 = s1 + timedelta(minutes=45)
    assert s1.astimezone(CHI).hour == 10      # one hour behind Houston before Nov 1
    body = ("Hola Marisol,\n\nLe envío la liga de Teams para nuestra entrevista. Platicaremos sobre su experiencia "
            "en operación de almacén, cross-dock e importaciones por Laredo.\n\nSaludos,\nIng. Rogelio Cantú\n"
            "Gerente de Cadena de Suministro | MMN")
    ics = vcal("REQUEST", MS_PRODID, [TZ_WIN_MEXICO], [vevent(
        ms_uid(k), 0, s1, e1, "Entrevista: Marisol Gutiérrez - Coordinador(a) de Logística y Almacén", ROGELIO,
        [att(*ME), att(*ADRIANA, role="OPT-PARTICIPANT")], d3, tzid="Central Standard Time (Mexico)",
        location="Reunión de Microsoft Teams", description=body,
        extra=ms_extra(locations="Reunión de Microsoft Teams"))])
    items.append(("03-teams-invitacion-rogelio.eml", outlook_invite(
        k + "3", frm=A(ROGELIO), to=OWNER_ADDR, cc=A(ADRIANA),
        subject="Entrevista: Marisol Gutiérrez - Coordinador(a) de Logística y Almacén",
        when="jueves, 22 de octubre de 2026 09:00-09:45 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.",
        where="Reunión de Microsoft Teams", body=body, ics=ics, date=d3,
        extra_hdrs=[("X-MS-Exchange-Organization-SCL", "1")])[0]))
    d4 = at(MTY, 2026, 10, 26, 16, 5, "Mon", "-0600", 33)
    day(2026, 11, 4, "Wed")
    t4 = """Estimada Marisol:

El Ing. Cantú quedó muy contento con la plática del jueves. Con gusto le invitamos a una segunda entrevista, ahora presencial en nuestra planta de Apodaca, con el Ing. Jorge Elizondo, Director de Planta, y el Ing. Rogelio Cantú (ambos en copia).

Fecha: miércoles 4 de noviembre de 2026
Hora: 10:00 a.m., hora de Monterrey
Duración aproximada: 2 horas (entrevista y recorrido por planta y almacén de producto terminado)
Dirección: Carretera Miguel Alemán km 21.5, Parque Industrial Los Encinos, Apodaca, N.L.

La empresa cubrirá el kilometraje y una noche de hotel; favor de conservar sus comprobantes. Le pedimos traer identificación oficial y calzado de seguridad para el recorrido.

Quedo atenta a su confirmación.

Saludos cordiales,

Lic. Adriana Treviño Salazar
Atracción de Talento
Manufacturas Metálicas del Noreste, S.A. de C.V.
"""
    m4 = mid_outlook(k + "4")
    items.append(("04-adriana-segunda-entrevista.eml", person_mail(
        k + "4", frm=A(ADRIANA), cc=f"{A(JORGE)}, {A(ROGELIO)}",
        subject="Segunda entrevista - Coordinador(a) de Logística y Almacén", date=d4, text=t4, mid=m4,
        host="NAM11-CO1-obe.outbound.protection.outlook.com", ip="40.107.220.91",
        extra=[("Content-Language", "es-MX")])[0]))
    d5 = at(CHI, 2026, 10, 26, 18, 44, "Mon", "-0500", 50)
    t5 = ("Buenas tardes, Lic. Treviño:\n\nCon gusto, confirmo el miércoles 4 de noviembre a las 10:00 a.m. hora de "
          "Monterrey. Me voy manejando desde Houston el día anterior. Muchas gracias al Ing. Cantú y al Ing. Elizondo "
          "por la oportunidad.\n\nSaludos,\n" + MARISOL_SIG + quote(t4, gmail_on_es(d4, *ADRIANA)) + "\n")
    items.append(("05-re-confirmo-segunda.eml", person_mail(
        k + "5", frm=OWNER_ADDR, to=A(ADRIANA), cc=f"{A(JORGE)}, {A(ROGELIO)}",
        subject="Re: Segunda entrevista - Coordinador(a) de Logística y Almacén", date=d5, text=t5,
        mid=mid_gmail(k + "5"), irt=m4, refs=m4, host="mail-ot1-f44.google.com")[0]))
    s2 = at(MTY, 2026, 11, 4, 10, 0, "Wed", "-0600")
    assert s2.astimezone(CHI).hour == 10      # same clock as Houston after Nov 1
    role = "Coordinador(a) de Logística y Almacén"
    lab = label([iv("Manufacturas Metálicas del Noreste", role, s1, e1, "scheduled", [ROGELIO[1]], [ROGELIO[1]],
                    "hiring_manager"),
                 iv("Manufacturas Metálicas del Noreste", role, s2, s2 + timedelta(hours=2), "scheduled",
                    [JORGE[1], ROGELIO[1]], [JORGE[1], ROGELIO[1]], "onsite")],
                "hard", "positive/two-interviews-spanish-monterrey",
                "Spanish-only HR mail, 'hora de Monterrey' (America/Monterrey, -06:00, no DST since 2022). First: Teams "
                "invite with TZID 'Central Standard Time (Mexico)', Thu Oct 22 9:00 (= 10:00 Houston). Second: onsite "
                "in Apodaca Wed Nov 4 10:00 (= 10:00 Houston after US DST ends), body only, 2 h.")
    return "monterrey-two-interviews", items, lab


def c_quinceanera():
    k = "c15"
    d = utc(2026, 10, 3, 1, 18, 44, "Sat")
    s = at(CHI, 2026, 10, 24, 18, 0, "Sat", "-0500")
    e = at(CHI, 2026, 10, 24, 23, 59, "Sat", "-0500")
    cousin = ("Daniela Gutiérrez", "danigtz88@correo.example")
    summary = "Quinceañera de Valeria 👑"
    location = "Salón Los Arcos, 3315 Spencer Hwy, Pasadena, TX 77504"
    desc = ("¡Prima! Ya es oficial 🎉 Misa a las 4:00 en St. Christopher y la recepción a las 6 en el Salón Los Arcos. "
            "Eres madrina de pastel, no se te olvide 😅 Dress code: formal, colores vino y dorado.\n\nP.D. ¿Cómo te "
            "fue en la entrevista con los del puerto? Me cuentas el sábado, y si te dan el trabajo invitas las "
            "micheladas.")
    eid = h(k, "eid", n=40)
    text = google_text(summary, "Saturday Oct 24, 2026 ⋅ 6pm – 11:59pm", "Central Time - Chicago", location, desc,
                       ["Daniela Gutiérrez - organizer", OWNER, "gutierrez.familia@correo.example"], eid)
    ics = vcal("REQUEST", GOOGLE_PRODID, [TZ_CHICAGO], [vevent(
        h(k, "uid", n=26) + "@google.com", 0, s, e, summary, cousin,
        [att(*cousin, partstat="ACCEPTED", google=True), att(*ME, google=True),
         att("gutierrez.familia@correo.example", "gutierrez.familia@correo.example", google=True)], d,
        tzid="America/Chicago", location=location, description=desc, created=d)])
    msg, _ = google_invite(k, organizer=cousin, date=d, ics=ics, text=text, html_text=html_doc(text),
                           subject=f"Invitation: {summary} @ Sat Oct 24, 2026 6pm - 11:59pm (CDT) ({OWNER})")
    lab = label([], "medium", "negative/personal-event",
                "Family quinceañera Google Calendar invitation; mentions 'la entrevista' in passing but is a party.")
    return "quinceanera-invite", [("01-invitation-quinceanera-valeria.eml", msg)], lab


def c_walkin_blast():
    k = "c16"
    d = at(CHI, 2026, 10, 26, 7, 0, "Mon", "-0500", 3)
    t = """¡Entrevistas abiertas esta semana! / Open interviews this week!

Now hiring in Houston, Baytown and Stafford:
- Forklift operators (sit-down & reach) - $18-$21/hr
- Warehouse leads, 2nd & 3rd shift - $22-$24/hr
- Warehouse supervisors (bilingual preferred) - $25-$27/hr

Walk-in interviews Monday through Thursday, 8:00 - 11:00 a.m.
No appointment needed / No necesitas cita.
Bayou City Staffing - Greenspoint office
250 N Sam Houston Pkwy E, Suite 120, Houston, TX 77060

Bring two forms of ID and your forklift card if you have one. Refer a friend and earn $100 after they work 80 hours.

You are receiving this email because you registered with Bayou City Staffing. Unsubscribe: https://bayoucitystaffing.example/u/""" + h(k, "u", n=20) + "\n"
    msg, _ = ats_mail(k, frm=addr("Bayou City Staffing", "jobs@bayoucitystaffing.example"),
                      subject="¡Entrevistas abiertas! Open interviews: forklift, leads & supervisors", date=d,
                      text=t, host="mail181-4.suw21.mcsv.example", ip="198.2.181.4",
                      extra=[("List-Unsubscribe", f"<https://bayoucitystaffing.example/u/{h(k, 'u', n=20)}>"),
                             ("Precedence", "bulk")])
    lab = label([], "medium", "negative/job-alert-walk-in",
                "Staffing-agency marketing blast announcing walk-in open interviews (no appointment, no booking).")
    return "walkin-open-interviews-blast", [("01-entrevistas-abiertas.eml", msg)], lab


def c_job_fair():
    k = "c17"
    d = at(CHI, 2026, 10, 20, 16, 45, "Tue", "-0500", 19)
    s = at(CHI, 2026, 10, 29, 10, 0, "Thu", "-0500")
    e = at(CHI, 2026, 10, 29, 14, 0, "Thu", "-0500")
    t = """You're registered! / ¡Ya estás registrada!

Bay Area Maritime & Logistics Job Fair - Feria de Empleo
Thursday, October 29, 2026 | 10:00 a.m. - 2:00 p.m.
Bay Area Maritime Training Center, 1200 Old Hwy 146, La Porte, TX 77571

More than 25 employers - terminal operators, drayage carriers, 3PLs and distribution centers - will be hiring for warehouse, equipment and supervisory roles. Many employers will conduct on-the-spot interviews, so bring several copies of your resume and dress for an interview.

Free parking in Lot C. Interpreters available in Spanish and Vietnamese.

Your registration number: GCW-""" + str(int(h(k, "reg", n=6), 16)) + """
Add the event to your calendar with the attached file.

Gulf Coast Workforce Partners
events@gcworkforce.example
"""
    ics = vcal("REQUEST", "-//Gulf Coast Workforce Partners//Events//EN", [TZ_CHICAGO], [vevent(
        h(k, "uid", n=20) + "@gcworkforce.example", 0, s, e, "Bay Area Maritime & Logistics Job Fair",
        ("Gulf Coast Workforce Partners", "events@gcworkforce.example"), [att(*ME)], d, tzid="America/Chicago",
        location="Bay Area Maritime Training Center, 1200 Old Hwy 146, La Porte, TX 77571",
        description="25+ employers, on-the-spot interviews. Bring resumes.")])
    msg, _ = ats_mail(k, frm=addr("Gulf Coast Workforce Partners", "events@gcworkforce.example"),
                      subject="Registration confirmed: Maritime & Logistics Job Fair, Oct 29", date=d, text=t,
                      ics=ics, ics_name="jobfair.ics", host="smtp.gcworkforce.example", ip="192.0.2.88")
    lab = label([], "hard", "negative/job-fair",
                "Job fair registration with .ics and 'on-the-spot interviews'; no interview booked with an employer.")
    return "job-fair-maritime", [("01-job-fair-registration.eml", msg)], lab


def c_elpaso_video():
    k = "c18"
    d1 = at(DEN, 2026, 10, 27, 11, 3, "Tue", "-0600", 19)
    day(2026, 11, 2, "Mon")
    t1 = """Hi Marisol,

Good news: Dale Whitaker, our Terminal Manager who will oversee the Houston cross-dock, wants to do a video interview with you. I put it on his calendar for Monday, November 2 at 9:00 AM Mountain. Heads up, the clocks fall back this Sunday for both of us, so it's still 10:00 AM your time.

The invite is coming from my calendar with a Google Meet link. Dale likes to talk numbers, so be ready to talk through doors per shift, trailer turn times and how you've handled a short-staffed night.

Rubén Ochoa
Talent Acquisition | Franklin Mountain Freight Lines
"""
    m1 = mid_gmail(k + "1")
    msg1, _ = person_mail(k + "1", frm=A(RUBEN), subject="Next step: video interview with Dale Whitaker",
                          date=d1, text=t1, mid=m1, host="mail-yw1-f170.google.com")
    s = at(DEN, 2026, 11, 2, 9, 0, "Mon", "-0700")
    e = s + timedelta(hours=1)
    assert s.astimezone(CHI).hour == 10
    dst = utc(2026, 10, 27, 17, 9, 2, "Tue")
    ics = vcal("REQUEST", GOOGLE_PRODID, [TZ_DENVER], [vevent(
        h(k, "uid", n=26) + "@google.com", 0, s, e,
        "Video interview: Marisol Gutiérrez / Dale Whitaker - Cross-Dock Operations Supervisor (Houston)", RUBEN,
        [att(*RUBEN, partstat="ACCEPTED", google=True), att(*DALE, partstat="ACCEPTED", google=True),
         att(*ME, google=True)], dst, tzid="America/Denver", location="",
        description="Join with Google Meet: https://meet.google.com/fmx-qbto-wya\n\nDale Whitaker, Terminal Manager, "
                    "will interview Marisol for the Houston cross-dock supervisor role. Rubén will not join.",
        created=dst, extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/fmx-qbto-wya"])],
        extra=["X-WR-TIMEZONE:America/Denver"])
    lab = label([iv("Franklin Mountain Freight Lines", "Cross-Dock Operations Supervisor", s, e, "scheduled",
                    [DALE[1]], [DALE[1]], "hiring_manager")], "medium", "positive/standalone-ics-mountain-dst",
                "Recruiter e-mail + standalone .ics (TZID America/Denver) for Mon Nov 2 9:00 MST (-07:00, the day "
                "after US DST ends) = 10:00 Houston CST. Organizer recruiter does not attend.")
    return "elpaso-video-mountain-ics", [("01-ruben-video-interview.eml", msg1),
                                         ("02-video-interview-dale-whitaker.ics", ics)], lab


def c_port_final_gcal():
    k = "c19"
    d1 = at(CHI, 2026, 10, 28, 15, 10, "Wed", "-0500", 44)
    day(2026, 11, 3, "Tue")
    t1 = """Hi Marisol,

The panel team gave really strong feedback - thank you for spending your morning with us. The last step is a conversation with Warren Boudreaux, our Site General Manager here at Bayport.

He has next Tuesday, November 3, from 8:30 to 9:15 AM open, in his office on the 2nd floor of the admin building. Remember the clocks fall back Saturday night, so set your alarm by the new time. I'm sending the calendar invite now; just accept it if that works.

Best,
Keisha
"""
    msg1, _ = person_mail(k + "1", frm=A(KEISHA), subject="Final step - meet Warren Boudreaux (Site GM)", date=d1,
                          text=t1, mid=mid_outlook(k + "1"), host="NAM04-BN8-obe.outbound.protection.outlook.com",
                          ip="40.107.100.52")
    s = at(CHI, 2026, 11, 3, 8, 30, "Tue", "-0600")
    e = s + timedelta(minutes=45)
    uid = ms_uid(k)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h(k, 'etag', n=12), 16)}\"",
        "id": "_" + h(k, "gid", n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + h(k, "eid", n=40),
        "created": "2026-10-28T20:12:31.000Z",
        "updated": "2026-10-28T21:03:17.482Z",
        "summary": "Final Interview - Marisol Gutiérrez / Warren Boudreaux (Site GM)",
        "description": "Final conversation with Warren Boudreaux, Site General Manager, Bayport terminal. "
                       "Warehouse Operations Supervisor (R-26-0418).\nCoordinator: Keisha Thornton (not attending).",
        "location": "Bayport Admin Bldg, 2nd floor - Site GM office, 4600 Bayport Blvd, Pasadena, TX 77507",
        "creator": {"email": KEISHA[1], "displayName": KEISHA[0]},
        "organizer": {"email": KEISHA[1], "displayName": KEISHA[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(e), "timeZone": "America/Chicago"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": KEISHA[1], "displayName": KEISHA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": WARREN[1], "displayName": WARREN[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    gj = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Bayport Maritime Logistics", "Warehouse Operations Supervisor", s, e, "scheduled",
                    [WARREN[1]], [WARREN[1]], "hiring_manager")], "medium", "positive/gcal-json-dst",
                "Coordinator e-mail + Calendar API event (owner self:true) for the final with the site GM, Tue Nov 3 "
                "8:30 CST (-06:00, after US DST ends). Same interview through two channels.")
    return "port-final-gm-gcal", [("01-keisha-final-step.eml", msg1), ("02-final-warren.gcal.json", gj)], lab


def c_atlanta_cancel():
    k = "c20"
    s = at(NYC, 2026, 11, 5, 13, 0, "Thu", "-0500")
    e = s + timedelta(hours=1)
    uid = ms_uid(k)
    subj = "Operations Supervisor (Houston) - Panel Interview"
    d1 = utc(2026, 10, 26, 15, 30, 22, "Mon")
    body1 = ("Hi Marisol,\n\nGreat news - Greg would like you to meet the team. This is a virtual panel with Greg "
             "Alston and Dana Whitfield, our Regional VP of Operations for the Central region. Dana will focus on "
             "start-up experience: opening a building, hiring the first crews and setting up WMS processes.\n\n"
             "Brianna Mitchell\nRecruiting Coordinator | Chattahoochee Logistics Group")
    ics1 = vcal("REQUEST", MS_PRODID, [TZ_WIN_EASTERN], [vevent(
        uid, 0, s, e, subj, BRIANNA, [att(*GREG), att(*DANA), att(*ME)], d1, tzid="Eastern Standard Time",
        location="Microsoft Teams Meeting", description=body1, extra=ms_extra(locations="Microsoft Teams Meeting"))])
    msg1, _ = outlook_invite(k + "1", frm=A(BRIANNA), to=", ".join([OWNER_ADDR, A(GREG), A(DANA)]), subject=subj,
                             when="Thursday, November 5, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                             where="Microsoft Teams Meeting", body=body1, ics=ics1, date=d1)
    d2 = utc(2026, 11, 2, 14, 47, 2, "Mon")
    body2 = ("Hi Marisol,\n\nI'm sorry to do this on short notice. Leadership has pushed the Houston site launch to "
             "Q2 2027 and the Operations Supervisor requisition is on hold, so we need to cancel Thursday's panel. "
             "Greg asked me to pass along that he really enjoyed your conversation, and I'll reach out as soon as the "
             "role reopens.\n\nBrianna")
    ics2 = vcal("CANCEL", MS_PRODID, [TZ_WIN_EASTERN], [vevent(
        uid, 1, s, e, f"Canceled: {subj}", BRIANNA, [att(*GREG), att(*DANA), att(*ME)], d2,
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting", description=body2, status="CANCELLED",
        extra=ms_extra(busy="FREE", importance="2", seq=1))])
    msg2, _ = outlook_invite(k + "2", frm=A(BRIANNA), to=", ".join([OWNER_ADDR, A(GREG), A(DANA)]),
                             subject=f"Canceled: {subj}",
                             when="Thursday, November 5, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                             where="Microsoft Teams Meeting", body=body2, ics=ics2, date=d2, teams=False, cancel=True,
                             extra_hdrs=[("Importance", "high")])
    lab = label([iv("Chattahoochee Logistics Group", "Operations Supervisor", s, e, "cancelled", [GREG[1], DANA[1]],
                    [GREG[1], DANA[1]], "onsite")], "medium", "positive/outlook-cancel",
                "Teams panel invite for Thu Nov 5 1:00 PM EST (-05:00, after DST) then METHOD:CANCEL / STATUS:CANCELLED "
                "(same UID, SEQUENCE 1): requisition on hold -> one cancelled interview.")
    return "atlanta-panel-cancelled", [("01-teams-panel-invite.eml", msg1), ("02-canceled-panel.eml", msg2)], lab


def c_rejection():
    k = "c21"
    d = at(DEN, 2026, 11, 6, 10, 15, "Fri", "-0700", 22)
    t = """Hi Marisol,

Thank you for making time for Dale on Monday, and for all the back-and-forth over the last month. I'll be straight with you since you've been great to work with: we've decided to go with an internal candidate who has been running our Laredo dock and knows our TMS inside and out.

This was a close call and Dale specifically mentioned how well you handled the short-staffing question. We're planning a San Antonio terminal for next spring, and with your permission I'd like to keep your resume at the top of my list for that one.

Wishing you the best in the meantime,
Rubén Ochoa
Talent Acquisition | Franklin Mountain Freight Lines
"""
    msg, _ = person_mail(k, frm=A(RUBEN), subject="Cross-Dock Operations Supervisor - update", date=d, text=t,
                         mid=mid_gmail(k), host="mail-yw1-f171.google.com")
    lab = label([], "medium", "negative/rejection",
                "Rejection after the Nov 2 video interview; references a past interview ('on Monday') only.")
    return "elpaso-rejection", [("01-ruben-update.eml", msg)], lab


def c_offer():
    k = "c22"
    d1 = utc(2026, 11, 5, 22, 4, 10, "Thu")
    day(2026, 11, 9, "Mon")
    t1 = """Hello Marisol,

Congratulations! Bayport Maritime Logistics has extended an offer for the position of Warehouse Operations Supervisor (R-26-0418).

Please sign in to your candidate home to review and respond to your offer by Monday, November 9, 2026.

Review Offer: https://wd5.myworkdaysite.example/bayportmaritime/offer/""" + h(k, "offer", n=16) + """

This is a system-generated message from Workday. Replies to this mailbox are not monitored.
"""
    msg1, _ = ats_mail(k + "1", frm=A(WD_SENDER), subject="Action Required: Review Your Offer - Warehouse Operations Supervisor",
                       date=d1, text=t1, host="wd5-smtp.myworkday.com", ip="170.205.16.81",
                       mid=f"<{h(k, 'wdm', n=12)}.{h(k, 'wdm2', n=6)}.JavaMail.wdprod@myworkday.com>")
    d2 = at(CHI, 2026, 11, 5, 16, 12, "Thu", "-0600", 55)
    day(2026, 11, 16, "Mon")
    t2 = """Marisol,

Congratulations - Warren and the panel were unanimous! Your offer is now in Workday. Quick summary:

- Warehouse Operations Supervisor, 2nd shift (2:00 PM - 10:30 PM), reporting to Omar Siddiqui
- $72,500 base plus a 10% shift differential
- Medical, dental and 401(k) match from day one
- Start date: Monday, November 16, 2026 - new hire orientation begins at 7:00 AM at the admin building

Once you accept, you'll get an email from ScreenRight to schedule your pre-employment drug screen, and a separate link for the background check. Both need to be done before your start date.

If you have any questions about the offer, call me anytime. We're excited to have you!

Keisha Thornton
Talent Acquisition Partner | Bayport Maritime Logistics
"""
    msg2, _ = person_mail(k + "2", frm=A(KEISHA), subject="Your offer - welcome to Bayport!", date=d2, text=t2,
                          mid=mid_outlook(k + "2"), host="NAM04-BN8-obe.outbound.protection.outlook.com",
                          ip="40.107.100.52")
    lab = label([], "medium", "negative/offer",
                "Workday offer notification + recruiter offer summary with start date and orientation time; an offer, "
                "not an interview.")
    return "port-offer-workday", [("01-workday-review-offer.eml", msg1), ("02-keisha-offer-summary.eml", msg2)], lab


def c_drug_test():
    k = "c23"
    d = at(CHI, 2026, 11, 6, 14, 30, "Fri", "-0600", 8)
    s = at(CHI, 2026, 11, 9, 7, 30, "Mon", "-0600")
    day(2026, 11, 11, "Wed")
    reg = str(int(h(k, "reg", n=7), 16))
    t = f"""Marisol Gutierrez,

Bayport Maritime Logistics has requested a pre-employment drug screen as part of your background screening. Your collection appointment is scheduled below.

Appointment: Monday, November 9, 2026 at 7:30 AM (Central)
Collection site: ClearPath Occupational Health - Pasadena
3902 Fairmont Pkwy, Pasadena, TX 77504 | (281) 555-0177
Test: 10-panel urine drug screen
Registration ID: {reg}

Bring a government-issued photo ID and this Registration ID. Do not bring a specimen from home. Walk-ins are accepted until 4:00 PM if you need to change your time, but the screen must be completed by Wednesday, November 11, 2026 at 11:59 PM Central.

Para español, llame al (800) 555-0102.

ScreenRight Background Screening
This mailbox is not monitored.
"""
    ics = vcal("PUBLISH", "-//ScreenRight//Scheduling//EN", [TZ_CHICAGO], [vevent(
        f"{reg}@screenright.example", 0, s, s + timedelta(minutes=30), "Drug screen - ClearPath Occupational Health",
        ("ScreenRight", "donotreply@screenright.example"), [att(*ME)], d, tzid="America/Chicago",
        location="ClearPath Occupational Health, 3902 Fairmont Pkwy, Pasadena, TX 77504",
        description=f"Pre-employment 10-panel drug screen for Bayport Maritime Logistics. Registration ID {reg}.")])
    msg, _ = ats_mail(k, frm=addr("ScreenRight Background Screening", "donotreply@screenright.example"),
                      subject="Drug screen scheduled - Bayport Maritime Logistics", date=d, text=t, ics=ics,
                      ics_name="appointment.ics", method="PUBLISH", host="mta2.screenright.example", ip="192.0.2.204")
    lab = label([], "medium", "negative/post-offer-drug-test",
                "Pre-employment drug-test appointment after the offer, with .ics; medical/compliance appointment.")
    return "drug-test-after-offer", [("01-drug-screen-scheduled.eml", msg)], lab


CASES = [c_elpaso_phone_screen, c_workday_phone_screen, c_calendly_agency, c_olivia_reschedule, c_twc,
         c_agency_thread, c_atlanta_teams, c_floor_walkthrough, c_osha10, c_forklift_test, c_scam, c_port_panel,
         c_grocery_gm_final, c_monterrey, c_quinceanera, c_walkin_blast, c_job_fair, c_elpaso_video,
         c_port_final_gcal, c_atlanta_cancel, c_rejection, c_offer, c_drug_test]


# ============================================================================= README
DST_POINTS = [
    ("01", "El Paso recruiter writes in Mountain time: 'tomorrow at 2:00' Mountain on Mon Oct 5 = Tue Oct 6 "
           "14:00 MDT (-06:00) = 15:00 CDT Houston."),
    ("04", "Google Voice SMS forwards carry Pacific Date headers (-0700); interview times are CDT (-05:00)."),
    ("06", "'hora del centro' in a Houston agency thread = US Central, CDT (-05:00) on Tue Oct 13 (not Mexico's "
           "-06:00)."),
    ("07", "Outlook label '(UTC-05:00) Eastern Time' with TZID 'Eastern Standard Time', but Thu Oct 15 is EDT "
           "(-04:00): 11:00 ET = 10:00 Houston."),
    ("12", "Outlook label '(UTC-06:00) Central Time' with TZID 'Central Standard Time', but Tue Oct 20 is CDT "
           "(-05:00)."),
    ("14", "'hora de Monterrey' (America/Monterrey, -06:00 all year, no DST since 2022) and TZID 'Central "
           "Standard Time (Mexico)': Oct 22 9:00 Monterrey = 10:00 Houston (one hour behind); Nov 4 10:00 "
           "Monterrey = 10:00 Houston (same clock after US DST ends Nov 1)."),
    ("18", "Mon Nov 2, the day after US DST ends: 9:00 America/Denver = MST (-07:00) = 10:00 CST Houston."),
    ("19", "Tue Nov 3 8:30 America/Chicago = CST (-06:00); the mail reminds of the fall-back."),
    ("20", "Thu Nov 5 1:00 PM Eastern = EST (-05:00) after DST ends; cancellation sent Mon Nov 2."),
    ("21-23", "Negatives dated after Nov 1 use -0700 (Denver) / -0600 (Houston) Date headers."),
]


def readme(labels, folders, formats):
    pos = [c for c in labels.values() if c["interview"]]
    ivs = [i for c in labels.values() for i in c["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    L = ["# blind344: Houston bilingual warehouse & logistics supervisor (written blind)", "",
         f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a warehouse and logistics supervisor living in Houston, Texas "
         "(America/Chicago; US DST ends Sun Nov 1, 2026). The mailbox is bilingual Spanish-English.", "",
         "This set was written blind: only the eval README (label schema and rules) and a few dev files (for formats) "
         "were read; no tool code, tests or other sets.", "",
         "## What it stresses",
         "- Spanish / Spanglish scheduling language ('¿te queda bien mañana a las 10?', 'la entrevista será el martes "
         "13 de octubre a las 2:00 p.m. hora del centro', 'hora de Monterrey', 'confirmo', 'nos vemos') and Texas "
         "English ('y'all', 'come by the DC').",
         "- Five time zones around the US DST change on Nov 1: Houston (Central), Monterrey (no DST), El Paso "
         "(Mountain), Atlanta (Eastern), plus Pacific Date headers from Google Voice.",
         "- Hourly-hiring chatbot (Paradox/Olivia-style) SMS forwarded to mail with 'Reply C to confirm', and a "
         "reschedule through SMS + .ics SEQUENCE.",
         "- A port panel sent as three Exchange invites (one onsite), a Spanish-only two-interview case, a "
         "propose/confirm agency thread whose company is the client, body-only relative times.",
         "- Hard negatives from the same job search: TWC 'fact-finding interview', forklift certification test, "
         "OSHA 10 class, job fair with 'on-the-spot interviews', walk-in open interviews, scam 'Telegram interview', "
         "quinceañera invite, rejection, offer, post-offer drug test.", "",
         "## Counts",
         f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
         f"- Labelled interviews: {len(ivs)}; by status: "
         + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
         + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())), "",
         "## Formats used",
         "- " + "; ".join(f"{k}: {v}" for k, v in formats.items()),
         "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar method=REQUEST, "
         "invite.ics), Exchange/Teams invites (multipart/alternative, Windows TZIDs, X-MICROSOFT-CDO-*, METHOD:CANCEL), "
         "Workday / Paradox-style / Calendly / ScreenRight mails with .ics attachments, Google Voice SMS forwards, "
         "human threads with In-Reply-To/References, quoted-printable and base64 bodies, standalone .ics, one "
         "Calendar API event.", "",
         "## Time-zone / DST points"]
    L += [f"- Case {n}: {t}" for n, t in DST_POINTS]
    L += ["", "## Cases"]
    L += [f"- `{f}`: {'positive' if labels[f]['interview'] else 'negative'} ({labels[f]['category']})"
          for f in folders]
    return "\n".join(L) + "\n"


# ============================================================================= main
def main():
    for p in sorted(OUT.glob("b344-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    folders = []
    formats = {"eml": 0, "ics": 0, "gcal.json": 0}
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        folder = f"b344-{n:02d}-{slug}"
        d = OUT / folder
        d.mkdir()
        names = [name for name, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for i, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{i:02d}-"), name
            (d / name).write_bytes(data)
            ext = "gcal.json" if name.endswith(".gcal.json") else name.rsplit(".", 1)[1]
            formats[ext] += 1
        labels[folder] = lab
        folders.append(folder)
    header = "# Labels for blind344 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels, folders, formats), encoding="utf-8")
    print(f"wrote {len(folders)} cases to {OUT}")


if __name__ == "__main__":
    main()
