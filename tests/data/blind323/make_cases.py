#!/usr/bin/env python3
"""Generate the blind323 evaluation set: a Somali/English job-seeker mailbox (written blind).

Owner: Hodan Warsame <hodan.warsame@example.com>, public-health officer in Nairobi (Africa/Nairobi).
Deletes and rewrites every b323-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run (all ids, boundaries and stamps derive from SEED).
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
SEED = "blind323/somali-english/hodan-warsame/v1"
OWNER = "hodan.warsame@example.com"
OWNER_NAME = "Hodan Warsame"

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TZ = {
    "NBO": ZoneInfo("Africa/Nairobi"),
    "MGQ": ZoneInfo("Africa/Mogadishu"),
    "CHI": ZoneInfo("America/Chicago"),
    "GVA": ZoneInfo("Europe/Zurich"),
    "UTC": timezone.utc,
}


# ----------------------------------------------------------------------------- determinism helpers
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=24), 16))[:n]


def alnum(*parts, n=12):
    raw = base64.b32encode(bytes.fromhex(hx(*parts, n=40))).decode().lower()
    return raw[:n]


def at(tz, y, mo, d, hh=0, mi=0, ss=0, wd=None, off=None):
    """Aware datetime; asserts the weekday (Mon..Sun) and the UTC offset (+0300) when given."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=TZ[tz])
    if wd is not None:
        assert WD[x.weekday()] == wd, (x, wd, WD[x.weekday()])
    if off is not None:
        assert x.strftime("%z") == off, (x, off, x.strftime("%z"))
    return x


def same_instant(a, b):
    assert a.astimezone(timezone.utc) == b.astimezone(timezone.utc), (a, b)


def dst_checks():
    # US 2026: DST starts Sun Mar 8, ends Sun Nov 1. EU/CH 2026: starts Sun Mar 29, ends Sun Oct 25.
    assert at("CHI", 2026, 3, 7, 12, wd="Sat").strftime("%z") == "-0600"
    assert at("CHI", 2026, 3, 8, 12, wd="Sun").strftime("%z") == "-0500"
    assert at("CHI", 2026, 10, 31, 12, wd="Sat").strftime("%z") == "-0500"
    assert at("CHI", 2026, 11, 1, 12, wd="Sun").strftime("%z") == "-0600"
    assert at("GVA", 2026, 3, 28, 12, wd="Sat").strftime("%z") == "+0100"
    assert at("GVA", 2026, 3, 29, 12, wd="Sun").strftime("%z") == "+0200"
    assert at("GVA", 2026, 10, 24, 12, wd="Sat").strftime("%z") == "+0200"
    assert at("GVA", 2026, 10, 25, 12, wd="Sun").strftime("%z") == "+0100"
    for tz in ("NBO", "MGQ"):
        for mo in range(1, 13):
            assert at(tz, 2026, mo, 15, 12).strftime("%z") == "+0300"


def rfc(x):
    return format_datetime(x)


def utcz(x):
    return x.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def iso(x):
    return x.isoformat()


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def subj(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def encode_body(data, cte):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    if cte == "7bit":
        s = data.decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    raise ValueError(cte)


def leaf(ctype, data, cte="quoted-printable", extra=()):
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + encode_body(data, cte)


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def bnd(key, style="google"):
    if style == "google":
        return "0000000000" + hx("bnd", key, n=16)
    if style == "outlook":
        return "_000_" + hx("bnd", key, n=24).upper() + "prod_"
    return "----=_Part_" + digits("bnd", key, n=7) + "_" + digits("bnd2", key, n=9) + "." + digits("bnd3", key, n=13)


def mid(key, domain, style="plain"):
    if style == "gmail":
        return "<CAH" + alnum("mid", key, n=20) + "+" + alnum("mid2", key, n=14) + "@mail.gmail.com>"
    if style == "outlook":
        return "<" + hx("mid", key, n=12).upper() + "@" + domain + ">"
    return "<" + hx("mid", key, n=24) + "@" + domain + ">"


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}</div></body></html>\n')


def received(frm_host, ip, when, key):
    return ("Received: from " + frm_host + " (" + frm_host + " [" + ip + "])\n"
            "        by mx1.example.com with ESMTPS id " + alnum("rcv", key, n=14) + "\n"
            "        for <" + OWNER + ">;\n"
            "        " + rfc(when))


def mail(key, *, frm, to, subject, date, body, cc=None, reply_to=None, sender=None, msgid=None,
         in_reply_to=None, references=None, rcv=None, extra=()):
    hdr = [f"Delivered-To: {OWNER}"]
    if rcv:
        hdr.append(received(rcv[0], rcv[1], date + timedelta(seconds=3), key))
    hdr.append(f"From: {frm}")
    if sender:
        hdr.append(f"Sender: {sender}")
    hdr.append("To: " + ", ".join(to))
    if cc:
        hdr.append("Cc: " + ", ".join(cc))
    if reply_to:
        hdr.append(f"Reply-To: {reply_to}")
    hdr.append("Subject: " + subj(subject))
    hdr.append("Date: " + rfc(date))
    hdr.append("Message-ID: " + msgid)
    if in_reply_to:
        hdr.append("In-Reply-To: " + in_reply_to)
    if references:
        hdr.append("References: " + " ".join(references))
    hdr.extend(extra)
    hdr.append("MIME-Version: 1.0")
    data = ("\n".join(hdr) + "\n" + body).encode("utf-8")
    assert data.isascii(), key
    return data


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def gmail_attrib(x, name, email, tz="NBO"):
    y = x.astimezone(TZ[tz])
    return (f"On {WD[y.weekday()]}, {y.strftime('%b')} {y.day}, {y.year} at "
            f"{y.strftime('%I').lstrip('0')}:{y.strftime('%M')} {y.strftime('%p')} {name} <{email}> wrote:")


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Africa/Mogadishu": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Mogadishu", "LAST-MODIFIED:20240422T053451Z",
        "X-LIC-LOCATION:Africa/Mogadishu", "BEGIN:STANDARD", "TZNAME:EAT", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
        "BEGIN:STANDARD", "TZNAME:EAT", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def att_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", style="google"):
    if style == "outlook":
        return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name};"
            f"X-NUM-GUESTS=0:mailto:{email}")


# ----------------------------------------------------------------------------- Google Calendar invitation
GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, "
    "be added to the guest list, invite others regardless of their own invitation status, or modify "
    "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def gtime(x):
    s = x.strftime("%I").lstrip("0")
    if x.minute:
        s += x.strftime(":%M")
    return s + x.strftime("%p").lower()


def google_invite(key, *, organizer, guests, start, end, tzlong, tzabbr, title, description, sent,
                  uid, seq=0, updated=False, created=None, location=None):
    """organizer=(name,email); guests=[(name,email)] without organizer; owner added automatically."""
    meet = f"{alnum('meet', uid, n=3)}-{alnum('meet2', uid, n=4)}-{alnum('meet3', uid, n=3)}"
    uidpart = uid.split("@")[0]
    eid = base64.urlsafe_b64encode(f"{uidpart} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    day_long = f"{WDL[start.weekday()]} {start.strftime('%b')} {start.day}, {start.year}"
    day_short = f"{WD[start.weekday()]} {start.strftime('%b')} {start.day}, {start.year}"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {title} @ {day_short} {gtime(start)} - {gtime(end)} ({tzabbr}) ({OWNER})"
    guest_lines = [f"{organizer[0]} - organizer", organizer[1]]
    for n, e in guests:
        guest_lines += [n, e]
    guest_lines.append(OWNER)
    changed = "This event has been updated\nChanged: time\n\n" if updated else ""
    text = (f"{changed}{title}\n{day_long} \u22c5 {gtime(start)} \u2013 {gtime(end)}\n{tzlong}\n\n"
            + (f"Location\n{location}\n\n" if location else "")
            + f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines)
            + f"\nView all guest info {view}\n\n{description}\n\n"
            f"Reply for {OWNER} and view more details {view}\n\n~~//~~\n{GOOGLE_FOOTER}\n")
    htm = to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    desc_ics = (description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    created = created or sent
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}", f"DTSTAMP:{utcz(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
             att_line(organizer[0], organizer[1], "ACCEPTED")]
    for n, e in guests:
        lines.append(att_line(n, e, "ACCEPTED" if seq == 0 else "NEEDS-ACTION"))
    lines += [att_line(OWNER, OWNER), f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
              f"CREATED:{utcz(created)}", "DESCRIPTION:" + esc(desc_ics),
              f"LAST-MODIFIED:{utcz(sent)}", "LOCATION:" + esc(location or ""), f"SEQUENCE:{seq}",
              "STATUS:CONFIRMED", "SUMMARY:" + esc(title), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    alt = multi("alternative", bnd(key + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ])
    body = multi("mixed", bnd(key + "mix"), [
        alt.rstrip("\n"),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    return mail(key, frm=addr(organizer[0], organizer[1]), to=[OWNER], subject=subject, date=sent,
                body=body, reply_to=addr(organizer[0], organizer[1]),
                sender="Google Calendar <calendar-notification@google.com>",
                msgid=f"<calendar-{hx('gcal', key, n=8)}-{hx('gcal2', key, n=4)}-{hx('gcal3', key, n=4)}-"
                      f"{hx('gcal4', key, n=4)}-{hx('gcal5', key, n=12)}@google.com>",
                rcv=("mail-sor-f69.google.com", "209.85.220.69"))


# ----------------------------------------------------------------------------- Exchange / Teams invitation
def teams_block(key):
    mid_ = digits("teams", key, n=12)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{alnum('tm', key, n=40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hx('tid', key, n=8)}%22%7d>\n"
            f"Meeting ID: {mid_[:3]} {mid_[3:6]} {mid_[6:9]} {mid_[9:]}\n"
            f"Passcode: {alnum('pc', key, n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={hx('org', key, n=8)}>\n"
            "________________________________________________________________________________\n")


def outlook_ics(key, *, method, organizer, attendees, start, end, tzid, summary, description, uid,
                stamp, seq=0, location="Microsoft Teams Meeting", lang="en-US", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        lines.append(att_line(n, e, style="outlook"))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:" + esc(description), f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:" + esc(summary),
              f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{utcz(stamp)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:" + esc(location),
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('appt', key, n=7), 16) - 2**27}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              'X-MICROSOFT-LOCATIONS:[{"DisplayName":"' + location + '"\\,"LocationAnnotation":""\\,'
              '"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]']
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + hx("ouid", key, n=56).upper()


def outlook_invite(key, *, organizer, attendees, start, end, tzid, when, subject, body, sent, uid,
                   seq=0, method="REQUEST", location="Microsoft Teams Meeting", teams=True, domain,
                   cc=None):
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if teams and method != "CANCEL":
        text += "\n" + teams_block(uid)
    cal = outlook_ics(key, method=method, organizer=organizer, attendees=attendees, start=start, end=end,
                      tzid=tzid, summary=subject, description=text, uid=uid, stamp=sent, seq=seq,
                      location=location, status="CANCELLED" if method == "CANCEL" else "CONFIRMED")
    body_mime = multi("alternative", bnd(key, "outlook"), [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, "Calibri,Arial,Helvetica,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    prefix = "Canceled: " if method == "CANCEL" else ""
    tindex = base64.b64encode(bytes.fromhex(hx("tidx", uid, n=44))).decode()
    extra = ["Thread-Topic: " + subj(subject), "Thread-Index: " + tindex,
             "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-SCL: -1",
             "x-ms-exchange-calendar-series-instance-id: " + base64.b64encode(bytes.fromhex(hx("csi", uid, n=32))).decode(),
             "Content-class: urn:content-classes:calendarmessage"]
    to = [addr(n, e) for n, e in attendees]
    return mail(key, frm=addr(*organizer), to=to, cc=cc, subject=prefix + subject, date=sent, body=body_mime,
                msgid=f"<{hx('omid', key, n=10).upper()}@{hx('ohost', domain, n=6).upper()}.namprd0{int(hx('n', domain, n=1), 16) % 9 + 1}.prod.outlook.com>",
                rcv=(f"mail-{hx('host', domain, n=4)}.outbound.protection.outlook.com", "40.107.22." + str(int(hx('ip', domain, n=2), 16) % 200 + 20)),
                extra=extra)


def long_date(x, style="gb"):
    if style == "gb":
        return f"{WDL[x.weekday()]}, {x.day} {x.strftime('%B')} {x.year}"
    return f"{WDL[x.weekday()]}, {x.strftime('%B')} {x.day}, {x.year}"


def label(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


HODAN = addr(OWNER_NAME, OWNER)


def plain(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def alt_text_html(key, text, cte_t="quoted-printable", cte_h="quoted-printable", htm=None):
    return multi("alternative", bnd(key + "a"), [plain(text, cte_t),
                                                  leaf('text/html; charset="UTF-8"', htm or to_html(text), cte_h)])


# ============================================================================= CASES
def c01():
    """Daryeel screening call; time only in body as 'berri saacadda 10:00 subaxnimo'."""
    k = "c01"
    ifrah = ("Ifrah Mohamed Nur", "ifrah.nur@daryeelhealth.example")
    sent1 = at("MGQ", 2026, 10, 5, 15, 42, 10, wd="Mon", off="+0300")
    start = at("MGQ", 2026, 10, 6, 10, 0, wd="Tue", off="+0300")
    assert start.date() == (sent1 + timedelta(days=1)).date()  # "berri" = Tuesday 6 Oct
    end = start + timedelta(minutes=30)
    t1 = ("Asalaamu calaykum Hodan,\n\n"
          "Waad ku mahadsan tahay codsiga aad u soo gudbisay jagada Public Health Officer ee xafiiskayaga "
          "Muqdisho. Kadib markii aan dib u eegnay CV-gaaga, waxaan kugu martiqaadaynaa wareysi gaaban oo "
          "telefoon ah (screening call) berri, Talaado, saacadda 10:00 subaxnimo ilaa 10:30 (waqtiga "
          "Muqdisho, oo la mid ah waqtiga Nairobi).\n\n"
          "Wareysigan aniga ayaa qaban doona. Waxaan ku weydiin doonaa khibradaada shaqo ee dhinaca "
          "caafimaadka bulshada, mushaharka aad filayso iyo goorta aad bilaabi karto. Waxaan kugu soo wici "
          "doonaa lambarka ku qoran codsigaaga; haddii aad doorbidayso WhatsApp, ii sheeg.\n\n"
          "Fadlan xaqiiji inaad diyaar u tahay.\n\n"
          "Mahadsanid,\nIfrah Mohamed Nur\nSarkaalka Shaqaalaha (HR Officer)\n"
          "Daryeel Health Alliance \u2013 Xafiiska Muqdisho\nTel: +252 61 520 4733\n")
    m1 = mid(k + "1", "daryeelhealth.example")
    e1 = mail(k + "1", frm=addr(*ifrah), to=[HODAN], subject="Wareysiga shaqada \u2013 Public Health Officer (Muqdisho)",
              date=sent1, body=plain(t1), msgid=m1, rcv=("mail.daryeelhealth.example", "196.201.207.14"))
    sent2 = at("NBO", 2026, 10, 5, 18, 5, 31, wd="Mon", off="+0300")
    t2 = ("Wa calaykum salaam Ifrah,\n\n"
          "Mahadsanid fursadda. Waan xaqiijinayaa \u2014 berri saacadda 10:00 subaxnimo diyaar ayaan ahay. "
          "Lambarka codsiga ku qoran ayaad iga heli kartaa, WhatsApp-kuna waa isla lambarkaas.\n\n"
          "Hodan Warsame\n\n" + gmail_attrib(sent1, ifrah[0], ifrah[1]) + "\n" + quote(t1) + "\n")
    e2 = mail(k + "2", frm=HODAN, to=[addr(*ifrah)], subject="Re: Wareysiga shaqada \u2013 Public Health Officer (Muqdisho)",
              date=sent2, body=plain(t2), msgid=mid(k + "2", "", "gmail"), in_reply_to=m1, references=[m1])
    lab = {"interview": True, "interviews": [label("Daryeel Health Alliance", "Public Health Officer", start, end,
                                                     "scheduled", [ifrah[1]], [ifrah[1]], "phone_screen")],
           "difficulty": "medium", "category": "positive/email-body-only-relative-date",
           "notes": "Somali recruiter mail: 'berri, Talaado, saacadda 10:00 subaxnimo' resolved against the "
                    "Date header (Mon 5 Oct, +0300); owner confirms in a reply. Recruiter conducts the screen."}
    return "daryeel-screening-berri-body-only", [("01-daryeel-wareysi-berri.eml", e1),
                                                 ("02-re-waan-xaqiijinayaa.eml", e2)], lab


def c02():
    """GHCO Geneva: Taleo CBI invitation + Exchange/Teams invite with '(UTC+01:00)' label during CEST."""
    k = "c02"
    marta = ("Marta Keller", "marta.keller@ghco-un.example")
    panel = [("Laurent Favre", "laurent.favre@ghco-un.example"), ("Amina Diallo", "amina.diallo@ghco-un.example"),
             ("Tomas Lindqvist", "tomas.lindqvist@ghco-un.example")]
    start = at("GVA", 2026, 10, 23, 14, 0, wd="Fri", off="+0200")  # still CEST (EU change is Oct 25)
    end = at("GVA", 2026, 10, 23, 15, 0, wd="Fri", off="+0200")
    same_instant(start, at("NBO", 2026, 10, 23, 15, 0))
    sent1 = at("GVA", 2026, 10, 14, 11, 20, 33, wd="Wed", off="+0200")
    t1 = ("Dear Ms. Warsame,\n\n"
          "Reference: Job Opening 26-HIM-GHCO-41873 \u2013 Health Information Management Officer (P-3), Geneva\n\n"
          "Further to your application, we are pleased to inform you that you have been shortlisted for the "
          "above position and are invited to a competency-based interview (CBI).\n\n"
          "Date: Friday, 23 October 2026\n"
          "Time: 14:00 \u2013 15:00 Geneva time (CEST, UTC+2), corresponding to 15:00 \u2013 16:00 East Africa Time (EAT)\n"
          "Modality: Microsoft Teams (the meeting invitation will be sent separately by the HR Assistant)\n\n"
          "The interview panel will be composed of three members and will assess the competencies listed in "
          "the vacancy announcement, notably Communication, Planning and Organizing, and Teamwork. You are "
          "encouraged to illustrate your answers with concrete examples from your professional experience.\n\n"
          "Kindly confirm your availability through your candidate account (My Jobpage) within 48 hours. "
          "Should you require any reasonable accommodation, please contact Ms. Marta Keller, HR Assistant, "
          "at marta.keller@ghco-un.example.\n\n"
          "Please note that this invitation does not constitute an offer of employment.\n\n"
          "Yours sincerely,\n\nTalent Acquisition Unit\nGlobal Health Coordination Office (GHCO)\nGeneva, Switzerland\n\n"
          "This message was sent from an unmonitored mailbox. Please do not reply.\n"
          "Powered by Oracle Taleo\n")
    e1 = mail(k + "1", frm="GHCO Talent Acquisition <ghco.careers@taleo.net>", to=[OWNER],
              subject="Job Opening 26-HIM-GHCO-41873 - Invitation to Competency-Based Interview",
              date=sent1, body=leaf('text/html; charset="UTF-8"', to_html(t1, "Verdana,Arial,sans-serif"), "base64"),
              msgid=mid(k + "1", "tbe.taleo.net"), rcv=("smtp-out12.tbe.taleo.net", "148.87.25.112"),
              extra=["X-Mailer: Oracle Taleo Enterprise", "Auto-Submitted: auto-generated"])
    sent2 = at("GVA", 2026, 10, 15, 9, 3, 51, wd="Thu", off="+0200")
    body2 = ("Dear Ms. Warsame, dear panel members,\n\n"
             "Please find below the Microsoft Teams link for the competency-based interview for Job Opening "
             "26-HIM-GHCO-41873 (Health Information Management Officer, P-3).\n\n"
             "Panel: Dr. Laurent Favre (Chair), Ms. Amina Diallo, Mr. Tomas Lindqvist.\n\n"
             "Ms. Warsame, kindly join five minutes before the start time and have a photo ID at hand for "
             "verification on camera. The time shown in this invitation is Geneva time.\n\n"
             "Best regards,\nMarta Keller\nHR Assistant | Global Health Coordination Office (GHCO)")
    when = f"{long_date(start)} 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna."
    e2 = outlook_invite(k + "2", organizer=marta, attendees=panel + [(OWNER_NAME, OWNER)], start=start, end=end,
                        tzid="W. Europe Standard Time", when=when,
                        subject="CBI - 26-HIM-GHCO-41873 - Hodan Warsame", body=body2, sent=sent2,
                        uid=outlook_uid(k), domain="ghco-un.example")
    emails = [e for _, e in panel]
    lab = {"interview": True, "interviews": [label("Global Health Coordination Office (GHCO)",
                                                     "Health Information Management Officer (P-3)", start, end,
                                                     "scheduled", emails, emails, "onsite")],
           "difficulty": "hard", "category": "positive/ats-plus-teams-dst-label",
           "notes": "Taleo CBI invitation + Teams invite = one interview. Exchange label says (UTC+01:00) but "
                    "23 Oct is still CEST (+02:00); Windows TZID W. Europe Standard Time. Three-member panel -> "
                    "onsite; coordinator is not an interviewer."}
    return "ghco-taleo-cbi-teams-cest-label", [("01-taleo-cbi-invitation.eml", e1),
                                               ("02-teams-invite-cbi.eml", e2)], lab


def c03():
    """Negative: community meeting invite mentioning household interviews."""
    k = "c03"
    sahra = ("Sahra Abdi Hersi", "sahra.hersi@eastleighchc.example")
    start = at("NBO", 2026, 10, 18, 15, 0, wd="Sun", off="+0300")
    end = at("NBO", 2026, 10, 18, 17, 0, wd="Sun")
    sent = at("UTC", 2026, 10, 13, 6, 12, 40, wd="Tue")
    desc = ("Salaan dhammaan xubnaha guddiga caafimaadka bulshada,\n\n"
            "Kulankan bulshada waxaan kaga wada hadli doonnaa ololaha tallaalka carruurta ee bisha Nofeembar "
            "iyo sahanka qoysaska ee xaafadaha Eastleigh. Kooxda sahanka ayaa soo bandhigi doonta sida "
            "wareysiyada qoysaska (household interviews) loo qaadi doono iyo su'aalaha hooyooyinka la "
            "weydiin doono.\n\n"
            "Hodan, adiga oo ah sarkaalka caafimaadka, fadlan noo diyaari 10 daqiiqo oo ku saabsan "
            "calaamadaha hore ee daacuunka iyo sida loo gudbiyo warbixinta.\n\n"
            "Goobta: Hoolka Bulshada ee Eastleigh, Wadada 1aad (First Avenue)\nShaah iyo buskud waa la heli doonaa.\n\nSahra")
    e = google_invite(k, organizer=sahra, guests=[("Bashir Omar", "bashir.omar@eastleighchc.example"),
                                                  ("Nasra Ali Yusuf", "nasra.yusuf@eastleighchc.example")],
                      start=start, end=end, tzlong="East Africa Time - Nairobi", tzabbr="EAT",
                      title="Kulanka Bulshada \u2013 Tallaalka Carruurta iyo Sahanka Qoysaska (Eastleigh)",
                      description=desc, sent=sent, uid=alnum("uid", k, n=26) + "@google.com",
                      location="Hoolka Bulshada ee Eastleigh, First Avenue, Nairobi")
    lab = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/community-meeting",
           "notes": "Google invite for a community health committee meeting; 'wareysiyada qoysaska' are survey "
                    "interviews the owner does not attend as a candidate."}
    return "community-meeting-eastleigh-invite", [("01-invitation-kulanka-bulshada.eml", e)], lab


def c04():
    """North Star (Minneapolis): two slots proposed across the US DST change; owner picks Nov 2; confirmed."""
    k = "c04"
    jenna = ("Jenna Lindgren", "jenna.lindgren@northstarchp.example")
    opt1 = at("CHI", 2026, 10, 29, 9, 0, wd="Thu", off="-0500")
    start = at("CHI", 2026, 11, 2, 8, 0, wd="Mon", off="-0600")
    end = at("CHI", 2026, 11, 2, 8, 30, wd="Mon", off="-0600")
    same_instant(opt1, at("NBO", 2026, 10, 29, 17, 0))
    same_instant(start, at("NBO", 2026, 11, 2, 17, 0))
    sent1 = at("CHI", 2026, 10, 20, 10, 14, 5, wd="Tue", off="-0500")
    sig = ("Jenna Lindgren (she/her)\nTalent Acquisition Partner\nNorth Star Community Health Partners\n"
           "1420 Riverside Ave, Minneapolis, MN 55454\n612-555-0148\n")
    t1 = ("Hi Hodan,\n\n"
          "Thank you for applying for the Community Health Program Manager (Somali Outreach) position with "
          "North Star Community Health Partners. Your surveillance work in Nairobi and your Somali and English "
          "skills stood out to our team.\n\n"
          "I'd like to set up a 30-minute screening call over Zoom to talk through the role and your "
          "experience. Would either of these times work for you?\n\n"
          "  - Thursday, October 29 at 9:00 a.m. Central (CDT)\n"
          "  - Monday, November 2 at 8:00 a.m. Central (CST)\n\n"
          "One note since you're in Nairobi: clocks in Minnesota fall back an hour on Sunday, November 1, so "
          "the second option is listed in standard time.\n\nBest,\nJenna\n\n" + sig)
    m1 = mid(k + "1", "northstarchp.example")
    e1 = mail(k + "1", frm=addr(*jenna), to=[HODAN], subject="Community Health Program Manager - screening call",
              date=sent1, body=plain(t1), msgid=m1, rcv=("mail-bn8nam12.northstarchp.example", "52.101.40.87"))
    sent2 = at("NBO", 2026, 10, 21, 8, 30, 12, wd="Wed", off="+0300")
    t2 = ("Hi Jenna,\n\n"
          "Thank you for reaching out. Monday, November 2 at 8:00 a.m. Central suits me best \u2014 if I have "
          "converted correctly, that is 5:00 p.m. here in Nairobi (EAT). Please let me know if that slot is "
          "still open.\n\nKind regards,\nHodan Warsame\n\n" + gmail_attrib(sent1, *jenna) + "\n" + quote(t1) + "\n")
    m2 = mid(k + "2", "", "gmail")
    e2 = mail(k + "2", frm=HODAN, to=[addr(*jenna)], subject="Re: Community Health Program Manager - screening call",
              date=sent2, body=plain(t2), msgid=m2, in_reply_to=m1, references=[m1])
    sent3 = at("CHI", 2026, 10, 21, 9, 2, 44, wd="Wed", off="-0500")
    zid = digits("zoom", k, n=11)
    t3 = ("Hi Hodan,\n\n"
          "Perfect \u2014 you're confirmed for Monday, November 2, 8:00\u20138:30 a.m. CST (5:00\u20135:30 p.m. "
          "your time). I'll be the one on the call; it's a conversation, nothing to prepare.\n\n"
          f"Zoom: https://northstarchp.zoom.us/j/{zid}?pwd={alnum('pwd', k, n=22)}\n"
          f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {digits('pc', k, n=6)}\n\n"
          "Talk soon,\nJenna\n\n" + sig + "\n" + gmail_attrib(sent2, OWNER_NAME, OWNER, "CHI") + "\n" + quote(t2.split("\n\nOn ")[0]) + "\n")
    e3 = mail(k + "3", frm=addr(*jenna), to=[HODAN], subject="RE: Community Health Program Manager - screening call",
              date=sent3, body=alt_text_html(k + "3", t3), msgid=mid(k + "3", "northstarchp.example"),
              in_reply_to=m2, references=[m1, m2], rcv=("mail-bn8nam12.northstarchp.example", "52.101.40.87"))
    lab = {"interview": True, "interviews": [label("North Star Community Health Partners",
                                                     "Community Health Program Manager (Somali Outreach)", start, end,
                                                     "scheduled", [jenna[1]], [jenna[1]], "phone_screen")],
           "difficulty": "hard", "category": "positive/thread-propose-confirm",
           "notes": "Two slots offered (Oct 29 CDT / Nov 2 CST); owner picks Nov 2, recruiter confirms. US DST ends "
                    "Nov 1 so the final time is -06:00 (both options equal 17:00 EAT). Unchosen slot is not an interview."}
    return "northstar-thread-propose-confirm-cst", [("01-jenna-screening-slots.eml", e1),
                                                    ("02-re-monday-nov-2.eml", e2),
                                                    ("03-re-confirmed.eml", e3)], lab


def c05():
    """Hiil (Hargeisa): Google invite, Somali 'wareysiga waa la dib u dhigay' mail, updated invite SEQUENCE:1."""
    k = "c05"
    khadar = ("Khadar Ismaaciil Jaamac", "khadar.jaamac@hiilconsult.example")
    nimco = ("Dr. Nimco Aadan Faarax", "nimco.faarax@hiilconsult.example")
    uid = alnum("uid", k, n=26) + "@google.com"
    old_s = at("MGQ", 2026, 10, 21, 11, 0, wd="Wed", off="+0300")
    old_e = old_s + timedelta(hours=1)
    start = at("MGQ", 2026, 10, 26, 9, 30, wd="Mon", off="+0300")
    end = start + timedelta(hours=1)
    desc = ("Hodan, waxaan kugu martiqaadaynaa wareysiga farsamada ee jagada Epidemiologist (Disease "
            "Surveillance). Wareysiga waxaa kula yeelan doonta Dr. Nimco Aadan Faarax, Madaxa Qaybta "
            "Cudurrada Faafa. Fadlan diyaari bandhig 10 daqiiqo ah oo ku saabsan nidaam la socod cudurro "
            "(surveillance) oo aad hore uga shaqaysay.\n\nKhadar \u2013 HR & Admin, Hiil Development Consultants")
    sent1 = at("UTC", 2026, 10, 15, 7, 40, 2, wd="Thu")
    e1 = google_invite(k + "1", organizer=khadar, guests=[nimco], start=old_s, end=old_e,
                       tzlong="East Africa Time - Mogadishu", tzabbr="EAT",
                       title="Wareysiga Farsamada \u2013 Epidemiologist | Hodan Warsame", description=desc,
                       sent=sent1, uid=uid, seq=0)
    sent2 = at("MGQ", 2026, 10, 19, 14, 20, 5, wd="Mon", off="+0300")
    t2 = ("Hodan, nabad,\n\n"
          "Waan ka xumahay inaan ku wargeliyo in wareysiga farsamada ee loo qabsaday Arbacada, 21 Oktoobar, "
          "waa la dib u dhigay. Dr. Nimco waxay safar shaqo oo degdeg ah u aaday Burco, kamana soo laaban "
          "doonto ka hor dhammaadka toddobaadka.\n\n"
          "Waqtiga cusub: Isniin, 26 Oktoobar 2026, saacadda 9:30 subaxnimo ilaa 10:30 (EAT). Isla link-ga "
          "Google Meet ayaa shaqaynaya; martiqaad la cusboonaysiiyay ayaan hadda kuu soo diri doonaa.\n\n"
          "Fadlan xaqiiji in waqtigan kuu habboon yahay.\n\nRaalli noqo dhibka,\n"
          "Khadar Ismaaciil Jaamac\nHR & Admin, Hiil Development Consultants\nHargeysa, Somaliland\n")
    e2 = mail(k + "2", frm=addr(*khadar), to=[HODAN], cc=[addr(*nimco)],
              subject="Wareysiga Farsamada: wareysiga waa la dib u dhigay (26 Oktoobar)", date=sent2,
              body=alt_text_html(k + "2", t2, "quoted-printable", "base64"), msgid=mid(k + "2", "hiilconsult.example"),
              rcv=("mail-hiilconsult.example", "41.78.73.22"))
    sent3 = at("UTC", 2026, 10, 19, 11, 25, 47, wd="Mon")
    e3 = google_invite(k + "3", organizer=khadar, guests=[nimco], start=start, end=end,
                       tzlong="East Africa Time - Mogadishu", tzabbr="EAT",
                       title="Wareysiga Farsamada \u2013 Epidemiologist | Hodan Warsame", description=desc,
                       sent=sent3, uid=uid, seq=1, updated=True, created=sent1)
    lab = {"interview": True, "interviews": [label("Hiil Development Consultants", "Epidemiologist (Disease Surveillance)",
                                                     start, end, "scheduled", [nimco[1]], [nimco[1]], "technical")],
           "difficulty": "hard", "category": "positive/reschedule",
           "notes": "Original Google invite Wed 21 Oct 11:00 EAT; Somali mail 'wareysiga waa la dib u dhigay' "
                    "moves it to Mon 26 Oct 09:30; updated invite with same UID and SEQUENCE:1. One interview at the final time."}
    return "hiil-technical-dib-u-dhigay-reschedule", [("01-invitation-wareysiga-farsamada.eml", e1),
                                                      ("02-wareysiga-waa-la-dib-u-dhigay.eml", e2),
                                                      ("03-updated-invitation.eml", e3)], lab


def c06():
    """Negative: paid CBI-preparation workshop with .ics."""
    k = "c06"
    start = at("NBO", 2026, 10, 24, 10, 0, wd="Sat", off="+0300")
    end = at("NBO", 2026, 10, 24, 13, 0, wd="Sat")
    sent = at("NBO", 2026, 10, 19, 12, 5, 9, wd="Mon")
    zid = digits("zoom", k, n=11)
    text = ("Dear Hodan,\n\n"
            "Thank you for registering for our half-day online workshop \u201cMastering the Competency-Based "
            "Interview (CBI) for UN and NGO Roles\u201d.\n\n"
            "Date: Saturday, 24 October 2026\nTime: 10:00 \u2013 13:00 EAT (Nairobi)\nPlatform: Zoom\n"
            f"Fee: KES 2,500 \u2013 received with thanks (receipt HHLI-{digits('rcpt', k, n=6)})\n\n"
            "What we will cover:\n"
            "\u2022 The STAR method and how UN panels score your answers\n"
            "\u2022 Core competencies: Accountability, Communication, Teamwork, Client Orientation\n"
            "\u2022 Live mock interviews in breakout rooms with trained facilitators, plus written feedback\n\n"
            "Facilitator: Mr. Peter Mwangi Kariuki, former HR officer in the humanitarian sector.\n\n"
            f"Join: https://us02web.zoom.us/j/{zid}\n\n"
            "A calendar file is attached for your convenience. Certificates of participation are e-mailed "
            "within five working days.\n\nHorn Humanitarian Learning Institute\nNgong Road, Nairobi | hornlearning.example\n")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Horn Learning//Events 3.1//EN", "METHOD:REQUEST"]
                   + VTZ["Africa/Nairobi"] +
                   ["BEGIN:VEVENT", f"UID:hhli-cbi-{hx('uid', k, n=16)}@hornlearning.example",
                    f"DTSTAMP:{utcz(sent)}", f"DTSTART;TZID=Africa/Nairobi:{local_stamp(start)}",
                    f"DTEND;TZID=Africa/Nairobi:{local_stamp(end)}",
                    "SUMMARY:Workshop: Mastering the Competency-Based Interview (CBI)",
                    "DESCRIPTION:" + esc(f"Online workshop (Zoom) https://us02web.zoom.us/j/{zid}"),
                    "ORGANIZER;CN=Horn Humanitarian Learning Institute:mailto:events@hornlearning.example",
                    att_line(OWNER_NAME, OWNER, role="REQ-PARTICIPANT", rsvp="FALSE"),
                    "LOCATION:Zoom", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k + "m", "part"), [
        alt_text_html(k, text, "quoted-printable", "quoted-printable").rstrip("\n"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="cbi-workshop.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="cbi-workshop.ics"'])])
    e = mail(k, frm="Horn Humanitarian Learning Institute <events@hornlearning.example>", to=[HODAN],
             reply_to="training@hornlearning.example",
             subject="Registration confirmed: Mastering the Competency-Based Interview \u2013 Sat 24 Oct",
             date=sent, body=body, msgid=mid(k, "hornlearning.example"), rcv=("mta-07.hornlearning.example", "102.68.77.19"))
    lab = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/prep-workshop",
           "notes": "Paid CBI preparation workshop with mock interviews and an .ics; not a hiring process step."}
    return "cbi-skills-workshop-zoom", [("01-registration-cbi-workshop.eml", e)], lab


def c07():
    """Samafal: Outlook invite, Somali 'waa la joojiyay' mail, Outlook METHOD:CANCEL."""
    k = "c07"
    hamza = ("Hamza Cusmaan Cali", "hamza.cali@samafal.example")
    faadumo = ("Dr. Faadumo Sheekh Xasan", "faadumo.xasan@samafal.example")
    start = at("MGQ", 2026, 10, 29, 10, 0, wd="Thu", off="+0300")
    end = at("MGQ", 2026, 10, 29, 11, 0, wd="Thu")
    uid = outlook_uid(k)
    subject = "Wareysiga Shaqada: Health Programme Coordinator \u2013 Hodan Warsame"
    when = "Thursday, October 29, 2026 10:00 AM-11:00 AM (UTC+03:00) Nairobi."
    body1 = ("Hodan, salaan,\n\n"
             "Waxaan kugu martiqaadaynaa wareysiga shaqada ee jagada Health Programme Coordinator. Wareysiga "
             "waxaa kula yeelan doonta Dr. Faadumo Sheekh Xasan, Maareeyaha Barnaamijka Caafimaadka, waxaana "
             "lagu qaban doonaa Microsoft Teams. Wareysigu wuxuu ku salaysan yahay awoodaha (competency-based) "
             "wuxuuna socon doonaa hal saac.\n\n"
             "Fadlan xaqiiji adigoo aqbalaya martiqaadkan.\n\n"
             "Hamza Cusmaan Cali\nSarkaalka HR, Samafal Relief Organisation \u2013 Muqdisho")
    sent1 = at("MGQ", 2026, 10, 22, 11, 17, 9, wd="Thu", off="+0300")
    e1 = outlook_invite(k + "1", organizer=hamza, attendees=[faadumo, (OWNER_NAME, OWNER)], start=start, end=end,
                        tzid="E. Africa Standard Time", when=when, subject=subject, body=body1, sent=sent1, uid=uid,
                        domain="samafal.example")
    sent2 = at("MGQ", 2026, 10, 27, 16, 48, 30, wd="Tue", off="+0300")
    t2 = ("Hodan, nabad,\n\n"
          "Waxaan kaa codsanaynaa raalli-ahaansho. Wareysiga shaqada ee jagada Health Programme Coordinator "
          "oo loo qabsaday Khamiista, 29 Oktoobar 2026, saacadda 10:00 subaxnimo, waa la joojiyay. "
          "Deeq-bixiyaha barnaamijka ayaa hakiyay maalgelinta, sidaas darteed jagada hadda waa la xayiray.\n\n"
          "Taariikh cusub looma qabsan. Haddii jagada dib loo furo waan kula soo xiriiri doonnaa, "
          "codsigaaguna wuu ku jiri doonaa kaydkayaga.\n\n"
          "Mahadsanid dulqaadkaaga,\nHamza Cusmaan Cali\nSarkaalka HR, Samafal Relief Organisation\n")
    e2 = mail(k + "2", frm=addr(*hamza), to=[HODAN], cc=[addr(*faadumo)],
              subject="Wareysiga 29 Oktoobar waa la joojiyay \u2013 Health Programme Coordinator", date=sent2,
              body=plain(t2), msgid=mid(k + "2", "samafal.example", "outlook"),
              rcv=("mail-samafal.example", "197.220.84.3"))
    sent3 = at("MGQ", 2026, 10, 27, 16, 52, 11, wd="Tue", off="+0300")
    e3 = outlook_invite(k + "3", organizer=hamza, attendees=[faadumo, (OWNER_NAME, OWNER)], start=start, end=end,
                        tzid="E. Africa Standard Time", when=when, subject=subject,
                        body="Wareysigan waa la joojiyay. / This interview has been cancelled.", sent=sent3, uid=uid,
                        seq=1, method="CANCEL", domain="samafal.example")
    lab = {"interview": True, "interviews": [label("Samafal Relief Organisation", "Health Programme Coordinator", start, end,
                                                     "cancelled", [faadumo[1]], [faadumo[1]], "hiring_manager")],
           "difficulty": "medium", "category": "positive/cancellation",
           "notes": "Teams invite (E. Africa Standard Time), then Somali mail 'waa la joojiyay' and METHOD:CANCEL "
                    "with the same UID. Kept as cancelled at its last scheduled time; no new date."}
    return "samafal-cbi-joojiyay-cancel", [("01-teams-invite-wareysi.eml", e1), ("02-wareysiga-waa-la-joojiyay.eml", e2),
                                           ("03-canceled-wareysi.eml", e3)], lab


def c08():
    """Negative: Schengen visa appointment (mentions a short interview)."""
    k = "c08"
    start = at("NBO", 2026, 10, 15, 9, 15, wd="Thu", off="+0300")
    end = start + timedelta(minutes=30)
    sent = at("NBO", 2026, 10, 9, 8, 30, 44, wd="Fri")
    ref = f"NBO-CH-2026-{digits('ref', k, n=6)}"
    text = (f"Dear HODAN WARSAME,\n\n"
            f"Your appointment at the Swiss Visa Application Centre Nairobi has been confirmed.\n\n"
            f"Reference number: {ref}\nAppointment date: Thursday, 15 October 2026\nAppointment time: 09:15 (Nairobi time)\n"
            "Visa category: Schengen short stay (Type C) \u2013 Business / conference\n"
            "Address: 3rd Floor, Westlands Business Park, Nairobi\n\n"
            "Please bring your passport (valid for at least three months after the intended departure), one "
            "recent photograph, the invitation letter from your host organisation in Geneva, travel medical "
            "insurance and proof of payment of the visa fee. Biometric data (fingerprints and photograph) will "
            "be collected during your visit. Consular staff may hold a short interview on the purpose of your travel.\n\n"
            "Please arrive 15 minutes before your appointment time. Applicants who arrive late will be asked to rebook.\n\n"
            "This is an automatically generated e-mail. Please do not reply.\nSwiss Visa Application Centre Nairobi\n")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SVAC//Appointment System 2.4//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{ref}@swissvisa-nbo.example", f"DTSTAMP:{utcz(sent)}",
                    f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}",
                    "SUMMARY:Visa appointment (biometrics) - Swiss Visa Application Centre Nairobi",
                    "LOCATION:" + esc("3rd Floor, Westlands Business Park, Nairobi"),
                    "ORGANIZER;CN=SVAC Nairobi:mailto:no-reply@swissvisa-nbo.example",
                    att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"),
                    "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k, "part"), [
        alt_text_html(k, text, "7bit" if text.isascii() else "quoted-printable", "base64").rstrip("\n"),
        leaf('text/calendar; charset="UTF-8"; name="appointment.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="appointment.ics"'])])
    e = mail(k, frm="Swiss Visa Application Centre Nairobi <no-reply@swissvisa-nbo.example>", to=[OWNER],
             subject=f"Appointment confirmation - {ref}", date=sent, body=body,
             msgid=mid(k, "swissvisa-nbo.example"), rcv=("out-3.swissvisa-nbo.example", "41.90.64.201"))
    lab = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/visa-appointment",
           "notes": "Visa biometrics appointment with a possible consular interview; not a job interview."}
    return "swiss-visa-appointment", [("01-svac-appointment-confirmation.eml", e)], lab


def c09():
    """Daryeel final with the country director: Somali mail + Calendar API event (dedupe)."""
    k = "c09"
    ifrah = ("Ifrah Mohamed Nur", "ifrah.nur@daryeelhealth.example")
    mahad = ("Dr. Mahad Cabdullaahi Guure", "mahad.guure@daryeelhealth.example")
    start = at("MGQ", 2026, 11, 2, 15, 0, wd="Mon", off="+0300")
    end = at("MGQ", 2026, 11, 2, 15, 45, wd="Mon")
    sent = at("MGQ", 2026, 10, 23, 13, 10, 44, wd="Fri", off="+0300")
    t = ("Hodan, asalaamu calaykum,\n\n"
         "Hambalyo! Guddiga wareysiga ayaa ku taliyay inaad u gudubto marxaladda ugu dambaysa. Waxaan kugu "
         "martiqaadaynaa wareysiga kama dambaysta ah oo aad la yeelan doonto Agaasimaha Dalka, "
         "Dr. Mahad Cabdullaahi Guure (nuqul ayuu ka helayaa fariintan).\n\n"
         "Taariikhda: Isniin, 2 Nofeembar 2026\n"
         "Waqtiga: saacadda 3:00 galabnimo ilaa 3:45 galabnimo (waqtiga Muqdisho / EAT)\n"
         "Habka: Google Meet \u2014 martiqaad kalandar ah ayaa si gaar ah kuugu imaan doona.\n\n"
         "Dr. Mahad wuxuu jeclaan lahaa inuu kala hadlo aragtidaada ku aaddan hoggaaminta kooxaha caafimaadka "
         "bulshada iyo iskaashiga Wasaaradda Caafimaadka.\n\nFadlan xaqiiji.\n\n"
         "Ifrah Mohamed Nur\nHR Officer, Daryeel Health Alliance\n")
    e = mail(k, frm=addr(*ifrah), to=[HODAN], cc=[addr(*mahad)],
             subject="Hambalyo \u2013 wareysiga kama dambaysta ah (Public Health Officer)", date=sent,
             body=alt_text_html(k, t, "quoted-printable", "quoted-printable"), msgid=mid(k, "daryeelhealth.example"),
             rcv=("mail.daryeelhealth.example", "196.201.207.14"))
    gid = alnum("gid", k, n=26)
    meet = f"{alnum('m1', k, n=3)}-{alnum('m2', k, n=4)}-{alnum('m3', k, n=3)}"
    created = at("UTC", 2026, 10, 23, 10, 15, 2)
    ev = {
        "kind": "calendar#event",
        "etag": "\"" + digits("etag", k, n=16) + "\"",
        "id": gid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=4, seconds=31)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Wareysiga kama dambaysta ah \u2013 Hodan Warsame / Agaasimaha Dalka",
        "description": "Wareysiga kama dambaysta ah ee jagada Public Health Officer (Muqdisho) oo lala yeelanayo "
                       "Agaasimaha Dalka, Dr. Mahad Cabdullaahi Guure. Ifrah ayaa furi doonta kulanka.",
        "creator": {"email": ifrah[1], "displayName": ifrah[0]},
        "organizer": {"email": ifrah[1], "displayName": ifrah[0]},
        "start": {"dateTime": iso(start), "timeZone": "Africa/Mogadishu"},
        "end": {"dateTime": iso(end), "timeZone": "Africa/Mogadishu"},
        "iCalUID": gid + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ifrah[1], "displayName": ifrah[0], "organizer": True, "responseStatus": "accepted"},
            {"email": mahad[1], "displayName": mahad[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = {"interview": True, "interviews": [label("Daryeel Health Alliance", "Public Health Officer", start, end,
                                                     "scheduled", [mahad[1]], [mahad[1]], "hiring_manager")],
           "difficulty": "medium", "category": "positive/gcal-json-dedupe",
           "notes": "Final interview with the country director announced in a Somali mail and present as a Calendar "
                    "API event (self: true). One interview."}
    return "daryeel-country-director-gcal-json", [("01-hambalyo-wareysiga-kama-dambaysta.eml", e),
                                                  ("02-final-country-director.gcal.json", js)], lab


def c10():
    """North Star virtual panel: itinerary mail + three Google invites on one day (CST)."""
    k = "c10"
    kelsey = ("Kelsey Brandt", "kelsey.brandt@northstarchp.example")
    peter = ("Dr. Peter Olson", "peter.olson@northstarchp.example")
    hawa = ("Hawa Jama", "hawa.jama@northstarchp.example")
    luis = ("Luis Ortega", "luis.ortega@northstarchp.example")
    ruth = ("Ruth Amundsen", "ruth.amundsen@northstarchp.example")
    s1 = at("CHI", 2026, 11, 17, 8, 0, wd="Tue", off="-0600")
    e1_ = at("CHI", 2026, 11, 17, 8, 45, wd="Tue")
    s2 = at("CHI", 2026, 11, 17, 9, 0, wd="Tue")
    e2_ = at("CHI", 2026, 11, 17, 9, 45, wd="Tue")
    s3 = at("CHI", 2026, 11, 17, 10, 0, wd="Tue")
    e3_ = at("CHI", 2026, 11, 17, 10, 30, wd="Tue", off="-0600")
    same_instant(s1, at("NBO", 2026, 11, 17, 17, 0))
    same_instant(e3_, at("NBO", 2026, 11, 17, 19, 30))
    sent = at("CHI", 2026, 11, 9, 15, 22, 10, wd="Mon", off="-0600")
    t = ("Hi Hodan,\n\n"
         "Congratulations on moving to the panel stage for the Community Health Program Manager (Somali Outreach) "
         "role! Below is your schedule. You'll receive a separate calendar invitation for each conversation; "
         "all three use the same Google Meet link, so you can stay in the room between sessions.\n\n"
         "Tuesday, November 17, 2026 \u2014 Central Standard Time (your Nairobi time in brackets)\n\n"
         "8:00\u20138:45 a.m. CST [5:00\u20135:45 p.m. EAT] \u2014 Technical panel: epidemiology & data, with "
         "Dr. Peter Olson (Director of Evaluation) and Hawa Jama (Data & Surveillance Manager)\n"
         "9:00\u20139:45 a.m. CST [6:00\u20136:45 p.m. EAT] \u2014 Program design case discussion with Luis Ortega "
         "(Senior Program Manager)\n"
         "10:00\u201310:30 a.m. CST [7:00\u20137:30 p.m. EAT] \u2014 Conversation with Ruth Amundsen (Executive Director)\n\n"
         "For the case discussion Luis will share a one-page brief on screen, so there's nothing to prepare "
         "beyond skimming our latest community health needs assessment.\n\n"
         "If anything comes up, reply here or call me at 612-555-0193.\n\nThanks,\nKelsey\n\n"
         "Kelsey Brandt\nRecruiting Coordinator | North Star Community Health Partners\n")
    m = mail(k, frm=addr(*kelsey), to=[HODAN], subject="Your interview schedule - Tuesday, November 17 (virtual)",
             date=sent, body=alt_text_html(k, t, "quoted-printable", "quoted-printable"),
             msgid=mid(k, "northstarchp.example"), rcv=("mail-bn8nam12.northstarchp.example", "52.101.40.87"))
    items = [("01-interview-schedule-nov-17.eml", m)]
    sessions = [
        ("Technical Panel: Epidemiology & Data \u2013 Hodan Warsame", s1, e1_, [peter, hawa],
         "Technical panel for the Community Health Program Manager (Somali Outreach) role. Peter and Hawa will "
         "ask about surveillance data quality, outbreak investigation and working with DHIS2 and REDCap.",
         "02-invitation-technical-panel.eml"),
        ("Program Design Case Discussion \u2013 Hodan Warsame", s2, e2_, [luis],
         "Case discussion on designing a maternal health outreach program for Somali families in the Twin Cities.",
         "03-invitation-case-discussion.eml"),
        ("Conversation with Ruth Amundsen (Executive Director) \u2013 Hodan Warsame", s3, e3_, [ruth],
         "Final conversation of the day with our Executive Director.", "04-invitation-executive-director.eml"),
    ]
    for i, (title, s, e, guests, desc, fname) in enumerate(sessions):
        inv_sent = at("UTC", 2026, 11, 9, 21, 30 + i, 5 + 7 * i, wd="Mon")
        items.append((fname, google_invite(k + fname, organizer=kelsey, guests=guests, start=s, end=e,
                                           tzlong="Central Time - Chicago", tzabbr="CST", title=title,
                                           description=desc, sent=inv_sent,
                                           uid=alnum("uid", k, i, n=26) + "@google.com")))
    ivs = [peter[1], hawa[1], luis[1], ruth[1]]
    lab = {"interview": True, "interviews": [label("North Star Community Health Partners",
                                                     "Community Health Program Manager (Somali Outreach)", s1, e3_,
                                                     "scheduled", ivs, ivs, "onsite")],
           "difficulty": "hard", "category": "positive/onsite-loop-several-invites",
           "notes": "Virtual loop on Tue 17 Nov (after US DST end, -06:00) sent as an itinerary mail plus three Google "
                    "invites -> one onsite 08:00-10:30 CST (17:00-19:30 EAT) with all four interviewers; coordinator excluded."}
    return "northstar-virtual-panel-three-invites", items, lab


def c11():
    """Negative: Taleo rejection after a CBI."""
    k = "c11"
    sent = at("GVA", 2026, 11, 9, 17, 44, 2, wd="Mon", off="+0100")
    at("GVA", 2026, 11, 3, wd="Tue")
    t = ("Dear Ms. Warsame,\n\n"
         "Job Opening 26-EPI-GHCO-41520 \u2013 Epidemiologist (P-2), Health Emergencies Unit\n\n"
         "Thank you for your interest in the above position with the Global Health Coordination Office and for "
         "the time you devoted to the selection process, including the competency-based interview held on "
         "Tuesday, 3 November 2026.\n\n"
         "After careful consideration of all candidates, we regret to inform you that you have not been "
         "selected for this position. Your profile will remain in our talent pool, and we encourage you to "
         "continue applying for vacancies that match your qualifications.\n\n"
         "Due to the high volume of applications we are unable to provide individual feedback.\n\n"
         "We wish you every success in your future endeavours.\n\n"
         "Talent Acquisition Unit\nGlobal Health Coordination Office (GHCO)\n\n"
         "This message was sent from an unmonitored mailbox. Please do not reply.\n")
    e = mail(k, frm="GHCO Talent Acquisition <ghco.careers@taleo.net>", to=[OWNER],
             subject="Job Opening 26-EPI-GHCO-41520 - Epidemiologist (P-2) - Status of your application",
             date=sent, body=alt_text_html(k, t, "quoted-printable", "base64"), msgid=mid(k, "tbe.taleo.net"),
             rcv=("smtp-out12.tbe.taleo.net", "148.87.25.112"),
             extra=["X-Mailer: Oracle Taleo Enterprise", "Auto-Submitted: auto-generated"])
    lab = {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/rejection",
           "notes": "Taleo rejection that mentions a past interview date; no interview to attend."}
    return "ghco-taleo-rejection", [("01-taleo-status-of-application.eml", e)], lab


def c12():
    """Horseed (Hargeisa): screening call + technical panel in one thread (two interviews)."""
    k = "c12"
    mus = ("Mustafe Cabdi Warfaa", "mustafe.warfaa@horseedconsult.example")
    sak = ("Eng. Sakariye Axmed Good", "sakariye.good@horseedconsult.example")
    ayn = ("Dr. Ayaan Muuse Cali", "ayaan.cali@horseedconsult.example")
    role = "Public Health Consultant \u2013 Nutrition Surveillance"
    a_s = at("MGQ", 2026, 10, 13, 11, 0, wd="Tue", off="+0300")
    a_e = a_s + timedelta(minutes=30)
    b_s = at("MGQ", 2026, 10, 21, 16, 0, wd="Wed", off="+0300")
    b_e = at("MGQ", 2026, 10, 21, 17, 30, wd="Wed")
    sent1 = at("MGQ", 2026, 10, 10, 10, 5, 33, wd="Sat", off="+0300")
    sig = "Mustafe Cabdi Warfaa\nTalent & HR Lead | Horseed Consulting Group\nHargeysa, Somaliland | +252 63 411 8902\n"
    t1 = ("Hodan, salaan,\n\n"
          f"Waad ku mahadsan tahay xiisaha aad u qabto jagada {role} ee Horseed Consulting Group. "
          "Waxaan kugu martiqaadaynaa wareysi hordhac ah oo telefoon ah:\n\n"
          "Maalinta: Talaado, 13 Oktoobar 2026\nWaqtiga: saacadda 11:00 subaxnimo \u2013 11:30 (EAT)\n"
          "Habka: WhatsApp call \u2014 aniga ayaa ku soo wacaya\n\n"
          "--- English ---\n"
          "Dear Hodan, we would like to invite you to a short screening call on Tuesday 13 October 2026, "
          "11:00\u201311:30 EAT. I will call you on WhatsApp.\n\n"
          "Fadlan xaqiiji / Kindly confirm.\n\n" + sig)
    m1 = mid(k + "1", "horseedconsult.example")
    e1 = mail(k + "1", frm=addr(*mus), to=[HODAN], subject="Wareysi hordhac ah / Screening call \u2013 Public Health Consultant",
              date=sent1, body=plain(t1), msgid=m1, rcv=("smtp.horseedconsult.example", "197.157.245.18"))
    sent2 = at("NBO", 2026, 10, 10, 11, 47, 2, wd="Sat")
    t2 = ("Mustafe, salaan,\n\nWaan xaqiijinayaa: Talaado 13 Oktoobar, saacadda 11:00 subaxnimo. Lambarka "
          "WhatsApp-ku waa kan CV-ga ku qoran.\n\nMahadsanid,\nHodan\n\n" + gmail_attrib(sent1, *mus) + "\n" + quote(t1) + "\n")
    m2 = mid(k + "2", "", "gmail")
    e2 = mail(k + "2", frm=HODAN, to=[addr(*mus)], subject="Re: Wareysi hordhac ah / Screening call \u2013 Public Health Consultant",
              date=sent2, body=plain(t2), msgid=m2, in_reply_to=m1, references=[m1])
    sent3 = at("MGQ", 2026, 10, 14, 9, 41, 18, wd="Wed", off="+0300")
    assert (sent3 - timedelta(days=1)).date() == a_s.date()  # "shalay" = the screening day
    meet = f"{alnum('m1', k, n=3)}-{alnum('m2', k, n=4)}-{alnum('m3', k, n=3)}"
    t3 = ("Hodan,\n\n"
          "Mahadsanid wada-hadalkii shalay. Waxaan ku faraxsanahay inaan kuu sheego inaad u gudubtay marxaladda "
          "xigta: wareysiga farsamada (technical panel).\n\n"
          "Maalinta: Arbaco, 21 Oktoobar 2026\nWaqtiga: 4-ta galabnimo ilaa 5:30 galabnimo (EAT)\n"
          f"Guddiga:\n  - {sak[0]} (Nutrition Information Systems) \u2013 {sak[1]}\n"
          f"  - {ayn[0]} (Technical Director) \u2013 {ayn[1]}\n"
          f"Google Meet: https://meet.google.com/{meet}\n\n"
          "Guddigu waxay kaa codsan doonaan inaad sharaxdo sida aad u falanqayn lahayd xogta SMART survey "
          "iyo baaritaanka MUAC ee degmooyinka.\n\n"
          "English summary: technical panel on Wednesday 21 October 2026, 16:00\u201317:30 EAT, with "
          "Eng. Sakariye Good and Dr. Ayaan Cali (Google Meet link above).\n\n" + sig)
    e3 = mail(k + "3", frm=addr(*mus), to=[HODAN], cc=[addr(*sak), addr(*ayn)],
              subject="Re: Wareysi hordhac ah / Screening call \u2013 wareysiga farsamada (21 Oktoobar)", date=sent3,
              body=alt_text_html(k + "3", t3, "quoted-printable", "base64"), msgid=mid(k + "3", "horseedconsult.example"),
              in_reply_to=m2, references=[m1, m2], rcv=("smtp.horseedconsult.example", "197.157.245.18"))
    lab = {"interview": True, "interviews": [
        label("Horseed Consulting Group", role, a_s, a_e, "scheduled", [mus[1]], [mus[1]], "phone_screen"),
        label("Horseed Consulting Group", role, b_s, b_e, "scheduled", [sak[1], ayn[1]], [sak[1], ayn[1]], "onsite")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "Bilingual thread: screening call Tue 13 Oct 11:00 EAT (recruiter calls) confirmed by the owner, then "
                 "technical panel Wed 21 Oct '4-ta galabnimo ilaa 5:30' with two panelists (onsite)."}
    return "horseed-screen-and-technical", [("01-wareysi-hordhac-ah.eml", e1), ("02-re-waan-xaqiijinayaa.eml", e2),
                                            ("03-re-wareysiga-farsamada.eml", e3)], lab


def c13():
    """IHES (Geneva): Inspira written-test notice (not an interview) then CBI after the EU DST change."""
    k = "c13"
    claire = ("Claire Dubois-Mensah", "claire.duboismensah@ihes-un.example")
    role = "Associate Public Health Officer (P-2)"
    test_s = at("GVA", 2026, 10, 7, 12, 0, wd="Wed", off="+0200")
    same_instant(test_s, at("NBO", 2026, 10, 7, 13, 0))
    start = at("GVA", 2026, 10, 28, 10, 0, wd="Wed", off="+0100")
    end = at("GVA", 2026, 10, 28, 11, 0, wd="Wed", off="+0100")
    same_instant(start, at("NBO", 2026, 10, 28, 12, 0))
    sent1 = at("GVA", 2026, 10, 1, 10, 2, 17, wd="Thu", off="+0200")
    t1 = ("Dear Hodan Warsame,\n\n"
          "Job Opening: 26-PHE-IHES-214077 \u2013 Associate Public Health Officer (P-2), Health Emergencies "
          "Programme, Geneva\n\n"
          "We are pleased to inform you that you have been invited to the written assessment for the above job opening.\n\n"
          "Date: Wednesday, 7 October 2026\n"
          "Time: 12:00 \u2013 15:00 Geneva time (CEST, UTC+2), i.e. 13:00 \u2013 16:00 in Nairobi (EAT)\n"
          "Format: online, remotely proctored; the access link will be sent 24 hours in advance\n\n"
          "The written assessment is a substantive test of your technical knowledge and drafting skills. It is "
          "not an interview. Candidates who pass the assessment will be contacted separately regarding the "
          "next stage of the process.\n\n"
          "Please acknowledge this invitation in Inspira under \u201cMy Applications\u201d no later than 4 October 2026.\n\n"
          "This is an automatically generated message from Inspira. Please do not reply to this e-mail.\n")
    e1 = mail(k + "1", frm="Inspira Notifications <noreply.inspira@ihes-un.example>", to=[OWNER],
              subject="Written assessment - Job Opening 26-PHE-IHES-214077 - Associate Public Health Officer (P-2)",
              date=sent1, body=alt_text_html(k + "1", t1, "quoted-printable", "base64"),
              msgid=mid(k + "1", "ihes-un.example"), rcv=("relay2.ihes-un.example", "193.135.112.40"),
              extra=["Auto-Submitted: auto-generated"])
    sent2 = at("GVA", 2026, 10, 21, 15, 36, 40, wd="Wed", off="+0200")
    t2 = ("Dear Ms. Warsame,\n\n"
          f"I am pleased to inform you that you have passed the written assessment for the position of {role} "
          "(Job Opening 26-PHE-IHES-214077).\n\n"
          "You are hereby invited to a competency-based interview (CBI), which will take place on Wednesday, "
          "28 October 2026 at 10:00 Geneva time. Please note that Switzerland returns to standard time (CET, "
          "UTC+1) on Sunday, 25 October; the interview will therefore start at 12:00 noon East Africa Time. It is "
          "expected to last approximately 60 minutes and will be conducted via Microsoft Teams.\n\n"
          "The panel will consist of Dr. Henrik Solberg (Chair), Ms. Nadia Benali and Mr. Joseph Kariuki. "
          "Please have a valid photo ID available.\n\n"
          "I would be grateful if you could confirm your participation by replying to this e-mail by "
          "23 October 2026.\n\nWith kind regards,\n\nClaire Dubois-Mensah\nHuman Resources Assistant\n"
          "Inter-Agency Health Emergencies Secretariat (IHES)\nGeneva\n")
    m2 = mid(k + "2", "ihes-un.example", "outlook")
    e2 = mail(k + "2", frm=addr(*claire), to=[HODAN], subject="IHES 214077 - Invitation to Competency-Based Interview",
              date=sent2, body=plain(t2), msgid=m2, rcv=("relay2.ihes-un.example", "193.135.112.40"))
    sent3 = at("NBO", 2026, 10, 22, 9, 11, 26, wd="Thu")
    t3 = ("Dear Ms. Dubois-Mensah,\n\n"
          "Thank you for your message. I confirm my participation in the competency-based interview on Wednesday, "
          "28 October 2026 at 10:00 CET (12:00 EAT) via Microsoft Teams.\n\n"
          "With kind regards,\nHodan Warsame\n\n" + gmail_attrib(sent2, *claire) + "\n" + quote(t2) + "\n")
    e3 = mail(k + "3", frm=HODAN, to=[addr(*claire)], subject="RE: IHES 214077 - Invitation to Competency-Based Interview",
              date=sent3, body=plain(t3), msgid=mid(k + "3", "", "gmail"), in_reply_to=m2, references=[m2])
    lab = {"interview": True, "interviews": [label("Inter-Agency Health Emergencies Secretariat (IHES)", role, start, end,
                                                     "scheduled", [], [claire[1]], "onsite")],
           "difficulty": "hard", "category": "positive/written-test-then-cbi",
           "notes": "Inspira written assessment (7 Oct, explicitly not an interview) is excluded. CBI Wed 28 Oct 10:00 "
                    "Geneva after the EU change (+01:00 = 12:00 EAT), mail sent in CEST. Panel named without "
                    "addresses -> no interviewer e-mails; follow-up to the HR assistant."}
    return "ihes-written-test-then-cbi", [("01-inspira-written-assessment.eml", e1), ("02-cbi-invitation.eml", e2),
                                          ("03-re-confirm-cbi.eml", e3)], lab


def c14():
    """Negative: offer + Google invite for a contract-signing call."""
    k = "c14"
    ifrah = ("Ifrah Mohamed Nur", "ifrah.nur@daryeelhealth.example")
    fin = ("Cabdiqaadir Xuseen", "cabdiqaadir.xuseen@daryeelhealth.example")
    start = at("MGQ", 2026, 11, 10, 11, 0, wd="Tue", off="+0300")
    end = start + timedelta(minutes=30)
    sent1 = at("MGQ", 2026, 11, 6, 10, 15, 3, wd="Fri", off="+0300")
    t1 = ("Hodan, asalaamu calaykum,\n\n"
          "Hambalyo! Waxaan kugu faraxsanahay inaan kuu soo gudbino dalab shaqo oo rasmi ah oo ku saabsan jagada "
          "Public Health Officer (Muqdisho). Warqadda dalabka iyo qandaraaska waxaad ka heli doontaa DocuSign "
          "maanta gudaheed.\n\n"
          "Si aan u wada dhammaystirno, waxaan kula yeelan doonnaa wicitaan gaaban oo lagu saxiixayo "
          "qandaraaska, laguna xaqiijinayo taariikhda aad shaqada bilaabayso. Martiqaad kalandar ah ayaa "
          "kuugu imaan doona.\n\nMar kale hambalyo!\n\nIfrah Mohamed Nur\nHR Officer, Daryeel Health Alliance\n")
    e1 = mail(k + "1", frm=addr(*ifrah), to=[HODAN], subject="Hambalyo! Dalabka shaqada \u2013 Public Health Officer",
              date=sent1, body=plain(t1), msgid=mid(k + "1", "daryeelhealth.example"),
              rcv=("mail.daryeelhealth.example", "196.201.207.14"))
    desc = ("Wicitaankan waxaan kaga wada hadli doonnaa qodobada qandaraaska, saxiixa elektaroonigga ah (DocuSign) "
            "iyo taariikhda aad shaqada bilaabayso (1 Diseembar 2026). Cabdiqaadir (Maaliyadda) ayaa sharxi doona "
            "habka mushahar-bixinta.\n\nMa aha wareysi \u2014 dalabka shaqada waa la ansixiyay.")
    e2 = google_invite(k + "2", organizer=ifrah, guests=[fin], start=start, end=end,
                       tzlong="East Africa Time - Mogadishu", tzabbr="EAT",
                       title="Wicitaanka Saxiixa Qandaraaska \u2013 Hodan Warsame (Public Health Officer)",
                       description=desc, sent=at("UTC", 2026, 11, 6, 7, 40, 55, wd="Fri"),
                       uid=alnum("uid", k, n=26) + "@google.com")
    lab = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/offer-contract-signing",
           "notes": "Offer mail and a Google invite for a contract-signing call with HR and finance; post-offer, not an interview."}
    return "daryeel-contract-signing-call", [("01-hambalyo-dalabka-shaqada.eml", e1),
                                             ("02-invitation-saxiixa-qandaraaska.eml", e2)], lab


def c15():
    """Badbaado: standalone Outlook .ics (E. Africa Standard Time)."""
    k = "c15"
    zak = ("Zakariye Ibraahim Nuur", "zakariye.nuur@badbaadomedical.example")
    hibo = ("Dr. Hibo Yaasiin", "hibo.yaasiin@badbaadomedical.example")
    start = at("MGQ", 2026, 11, 3, 14, 0, wd="Tue", off="+0300")
    end = at("MGQ", 2026, 11, 3, 15, 0, wd="Tue")
    stamp = at("UTC", 2026, 10, 28, 8, 4, 19, wd="Wed")
    desc = ("Dear Hodan,\n\n"
            "This is the technical interview for the Surveillance Officer (IDSR) position at Badbaado Medical Trust, "
            "Mogadishu. Dr. Hibo Yaasiin, Head of Disease Surveillance, will conduct the interview. Expect questions "
            "on IDSR weekly reporting, outbreak alert thresholds and DHIS2 data quality.\n\n"
            "Fadlan ku soo biir shan daqiiqo ka hor waqtiga.\n\nZakariye Ibraahim Nuur, HR\n\n" + teams_block(k))
    cal = outlook_ics(k, method="REQUEST", organizer=zak, attendees=[hibo, (OWNER_NAME, OWNER)], start=start, end=end,
                      tzid="E. Africa Standard Time",
                      summary="Technical Interview \u2013 Surveillance Officer (IDSR) \u2013 Hodan Warsame",
                      description=desc, uid=outlook_uid(k), stamp=stamp)
    lab = {"interview": True, "interviews": [label("Badbaado Medical Trust", "Surveillance Officer (IDSR)", start, end,
                                                     "scheduled", [hibo[1]], [hibo[1]], "technical")],
           "difficulty": "medium", "category": "positive/standalone-ics",
           "notes": "Standalone Exchange .ics with Windows TZID E. Africa Standard Time and X-MICROSOFT-CDO props; "
                    "organizer is HR, interviewer is Dr. Hibo."}
    return "badbaado-standalone-teams-ics", [("01-technical-interview-badbaado.ics", cal.encode("utf-8"))], lab


def c16():
    """Negative: WhatsApp forward about a job fair with on-the-spot interviews."""
    k = "c16"
    sent = at("NBO", 2026, 10, 25, 19, 22, 5, wd="Sun", off="+0300")
    at("MGQ", 2026, 10, 31, wd="Sat")
    t = ("Hodan, waxaan ka helay group-ka WhatsApp ee qoyska, waxaa laga yaabaa inay ku anfacdo \U0001f447\n\n"
         "---------- Forwarded message (WhatsApp) ----------\n"
         "\U0001f4e2\U0001f4e2 *BANDHIGGA SHAQADA MUQDISHO 2026* \U0001f4e2\U0001f4e2\n"
         "\U0001f5d3 Sabti, 31 Oktoobar 2026 | \u23f0 9:00 subaxnimo \u2013 4:00 galabnimo\n"
         "\U0001f4cd Hoolka Shirarka ee Jazeera, Muqdisho\n"
         "\u2705 In ka badan 40 hay'adood (NGOs, shirkado, hay'adaha dowladda)\n"
         "\u2705 Wareysiyo goobta lagu qabanayo (on-the-spot interviews) \u2013 keen CV-gaaga oo daabacan\n"
         "\u2705 Tababarro bilaash ah: qoraalka CV-ga iyo sida looga gudbo wareysiga\n"
         "Is-diiwaangelin: https://bandhig-shaqo.example/2026\n"
         "Fadlan u gudbi qof kasta oo shaqo raadinaya \U0001f64f\n"
         "---------------------------------------------------\n\n"
         "Haddii aad Muqdisho joogi lahayd waxay ahayd fursad fiican!\nAyaan\n")
    e = mail(k, frm=addr("Ayaan Jaamac", "ayaanjaamac88@mail.example"), to=[HODAN],
             subject="Fwd: \U0001f4e2 BANDHIGGA SHAQADA MUQDISHO 2026", date=sent, body=plain(t, "base64"),
             msgid=mid(k, "mail.example"), rcv=("smtp.mail.example", "185.70.43.17"))
    lab = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/job-fair-forward",
           "notes": "Relative forwards a WhatsApp flyer for a job fair with on-the-spot interviews; nothing booked."}
    return "whatsapp-forward-job-fair", [("01-fwd-bandhigga-shaqada.eml", e)], lab


def c17():
    """Nabad (Hargeisa): in-person final with country director; .ics with floating time."""
    k = "c17"
    hamda = ("Hamda Yuusuf Cilmi", "hamda.cilmi@nabadhealth.example")
    sal = ("Saleebaan Cali Dirir", "saleebaan.dirir@nabadhealth.example")
    start = at("MGQ", 2026, 11, 7, 9, 0, wd="Sat", off="+0300")
    end = at("MGQ", 2026, 11, 7, 10, 0, wd="Sat")
    sent = at("MGQ", 2026, 10, 31, 11, 8, 54, wd="Sat", off="+0300")
    at("MGQ", 2026, 11, 3, wd="Tue")  # "ugu dambayn Talaado"
    t = ("Hodan, asalaamu calaykum,\n\n"
         "Waxaan kugu martiqaadaynaa wareysiga kama dambaysta ah ee jagada Senior Public Health Officer. "
         "Wareysiga waxaad la yeelan doontaa Agaasimaha Dalka, Mudane Saleebaan Cali Dirir (nuqul ayuu ka "
         "helayaa fariintan).\n\n"
         "Maalinta: Sabti, 7 Nofeembar 2026\nWaqtiga: saacadda 9:00 subaxnimo ilaa 10:00 (waqtiga Hargeysa)\n"
         "Goobta: Xafiiska Nabad Health Initiative, Jigjiga Yar, Hargeysa\n\n"
         "Haddii safarka Nairobi ilaa Hargeysa kugu adkaado noo sheeg; wareysiga waxaa loo beddeli karaa Zoom "
         "isla waqtigaas.\n\n"
         "Fadlan xaqiiji ugu dambayn Talaado. Faylka kalandarka ee ku lifaaqan wuxuu muujinayaa waqtiga Hargeysa.\n\n"
         "Mahadsanid,\nHamda Yuusuf Cilmi\nMaamulka & HR, Nabad Health Initiative\n")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nabad HR//Shaqo Portal 1.4//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:nabad-{hx('uid', k, n=20)}@nabadhealth.example", f"DTSTAMP:{utcz(sent)}",
                    f"DTSTART:{local_stamp(start)}", f"DTEND:{local_stamp(end)}",
                    "SUMMARY:Wareysiga kama dambaysta ah - Senior Public Health Officer (Hodan Warsame)",
                    "LOCATION:" + esc("Nabad Health Initiative, Jigjiga Yar, Hargeysa"),
                    f"ORGANIZER;CN={hamda[0]}:mailto:{hamda[1]}",
                    att_line(sal[0], sal[1], "ACCEPTED"), att_line(OWNER_NAME, OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k, "part"), [
        plain(t, "base64").rstrip("\n"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="wareysi-nabad.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="wareysi-nabad.ics"'])])
    e = mail(k, frm=addr(*hamda), to=[HODAN], cc=[addr(*sal)],
             subject="Martiqaad: wareysiga kama dambaysta ah \u2013 Senior Public Health Officer", date=sent, body=body,
             msgid=mid(k, "nabadhealth.example"), rcv=("mx-out.nabadhealth.example", "197.231.203.9"))
    lab = {"interview": True, "interviews": [label("Nabad Health Initiative", "Senior Public Health Officer", start, end,
                                                     "scheduled", [sal[1]], [sal[1]], "hiring_manager")],
           "difficulty": "hard", "category": "positive/floating-ics-in-person",
           "notes": "In-person final with the country director in Hargeisa; attached .ics has a floating 09:00 with no "
                    "TZID, resolved by the Somali text ('waqtiga Hargeysa', +03:00)."}
    return "nabad-final-floating-ics", [("01-martiqaad-wareysiga-kama-dambaysta.eml", e)], lab


def c18():
    """Negative: Somali written test (imtixaan qoraal ah) with .ics."""
    k = "c18"
    maryan = ("Maryan Xasan Maxamed", "maryan.maxamed@kaalmohealth.example")
    start = at("MGQ", 2026, 10, 19, 10, 0, wd="Mon", off="+0300")
    end = at("MGQ", 2026, 10, 19, 12, 0, wd="Mon")
    sent = at("MGQ", 2026, 10, 14, 17, 30, 21, wd="Wed", off="+0300")
    t = ("Marwo Hodan Warsame,\n\n"
         "Waxaad ka mid tahay musharaxiinta loo soo xulay marxaladda imtixaanka qoraalka ah ee jagada Nutrition "
         "Officer (Baydhabo).\n\n"
         "Taariikhda: Isniin, 19 Oktoobar 2026\nWaqtiga: 10:00 subaxnimo \u2013 12:00 duhurnimo (EAT)\n"
         "Habka: online \u2014 link-ga imtixaanka iyo tilmaamaha kormeerka Zoom waxaa laguu soo diri doonaa "
         "maalinta imtixaanka subaxdeeda saacadda 8:00.\n\n"
         "Fadlan ogow: kani waa imtixaan qoraal ah oo waqti xaddidan leh, ee maaha wareysi. Musharaxiinta gudba "
         "ayaa loo yeeri doonaa wareysiga shaqada dabayaaqada Oktoobar.\n\n"
         f"Su'aalo haddii aad qabto, la xiriir Maryan Xasan ({maryan[1]}).\n\nKaalmo Health Foundation \u2013 Qaybta Shaqaalaha\n")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kaalmo Health//Recruitment//SO", "METHOD:REQUEST"]
                   + VTZ["Africa/Mogadishu"] +
                   ["BEGIN:VEVENT", f"UID:kaalmo-test-{hx('uid', k, n=16)}@kaalmohealth.example", f"DTSTAMP:{utcz(sent)}",
                    f"DTSTART;TZID=Africa/Mogadishu:{local_stamp(start)}", f"DTEND;TZID=Africa/Mogadishu:{local_stamp(end)}",
                    "SUMMARY:Imtixaanka qoraalka ah - Nutrition Officer (Baydhabo)", "LOCATION:Online",
                    f"ORGANIZER;CN={maryan[0]}:mailto:{maryan[1]}", att_line(OWNER_NAME, OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k, "part"), [
        leaf('text/html; charset="UTF-8"', to_html(t), "base64").rstrip("\n"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="imtixaan.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="imtixaan.ics"'])])
    e = mail(k, frm="Kaalmo Health Foundation - Recruitment <shaqo@kaalmohealth.example>", to=[HODAN],
             reply_to=addr(*maryan), subject="Imtixaanka qoraalka ah \u2013 Nutrition Officer (Baydhabo)", date=sent,
             body=body, msgid=mid(k, "kaalmohealth.example"), rcv=("mail.kaalmohealth.example", "154.73.10.66"))
    lab = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/written-test",
           "notes": "Timed written test with an .ics invite; text says explicitly 'maaha wareysi'."}
    return "kaalmo-written-test-imtixaan", [("01-imtixaanka-qoraalka.eml", e)], lab


def c19():
    """Geeska (Mogadishu): interpreter-style English mail with Zoom text + Zoom .ics (Africa/Mogadishu)."""
    k = "c19"
    liban = ("Liban Cabdirisaaq Cumar", "liban.cumar@geeskaresearch.example")
    warsan = ("Dr. Warsan Xirsi", "warsan.xirsi@geeskaresearch.example")
    start = at("MGQ", 2026, 10, 20, 14, 0, wd="Tue", off="+0300")
    end = at("MGQ", 2026, 10, 20, 15, 0, wd="Tue")
    sent = at("MGQ", 2026, 10, 14, 12, 18, 40, wd="Wed", off="+0300")
    zid = "8" + digits("zoom", k, n=10)
    pwd = alnum("pwd", k, n=32)
    pc = digits("pc", k, n=6)
    t = ("Dear Ms. Hodan Warsame,\n\n"
         "With reference to your application for the post of MEAL Specialist (Health), I have the honour to inform "
         "you that the selection committee has shortlisted you for the technical interview. Kindly find the Zoom "
         "particulars hereunder. The interview shall be conducted by Dr. Warsan Xirsi, Head of Research Quality, "
         "who is copied herein, and is scheduled for one (1) hour.\n\n"
         f"{liban[0]} is inviting you to a scheduled Zoom meeting.\n\n"
         "Topic: Geeska R&C - Technical Interview - Hodan Warsame\nTime: Oct 20, 2026 02:00 PM Mogadishu\n\n"
         f"Join Zoom Meeting\nhttps://us06web.zoom.us/j/{zid}?pwd={pwd}\n\n"
         f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {pc}\n\n"
         "You are kindly requested to acknowledge receipt of this communication at your earliest convenience.\n\n"
         "Respectfully yours,\n\n" + liban[0] + "\nOperations & HR Manager\nGeeska Research & Consulting, Mogadishu\n")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                    "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["Africa/Mogadishu"] +
                   ["BEGIN:VEVENT", f"DTSTAMP:{utcz(sent)}", f"DTSTART;TZID=Africa/Mogadishu:{local_stamp(start)}",
                    f"DTEND;TZID=Africa/Mogadishu:{local_stamp(end)}",
                    "SUMMARY:Geeska R&C - Technical Interview - Hodan Warsame",
                    f"UID:{utcz(sent)}-{zid}@zoom.us", "TZID:Africa/Mogadishu",
                    "DESCRIPTION:" + esc(f"{liban[0]} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                         f"https://us06web.zoom.us/j/{zid}?pwd={pwd}\n\nMeeting ID: {zid}\nPasscode: {pc}\n"),
                    f"LOCATION:https://us06web.zoom.us/j/{zid}?pwd={pwd}",
                    f"ORGANIZER;CN={liban[0]}:mailto:{liban[1]}",
                    att_line(warsan[0], warsan[1], "ACCEPTED"), att_line(OWNER_NAME, OWNER),
                    "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                    "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k, "part"), [
        plain(t).rstrip("\n"),
        leaf('text/calendar; charset="utf-8"; name="zoom_meeting.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="zoom_meeting.ics"'])])
    e = mail(k, frm=addr(*liban), to=[HODAN], cc=[addr(*warsan)],
             subject="Technical Interview - MEAL Specialist (Health) - Zoom particulars", date=sent, body=body,
             msgid=mid(k, "geeskaresearch.example"), rcv=("mail.geeskaresearch.example", "154.115.222.5"))
    lab = {"interview": True, "interviews": [label("Geeska Research & Consulting", "MEAL Specialist (Health)", start, end,
                                                     "scheduled", [warsan[1]], [warsan[1]], "technical")],
           "difficulty": "medium", "category": "positive/zoom-ics",
           "notes": "Formal English mail with pasted Zoom text ('02:00 PM Mogadishu') and a Zoom .ics (TZID "
                    "Africa/Mogadishu). Sender is the coordinator; interviewer is Dr. Warsan (Cc)."}
    return "geeska-zoom-technical", [("01-technical-interview-zoom.eml", e)], lab


def c20():
    """Negative: radio interview (wareysi raadiye) confirmed by the owner."""
    k = "c20"
    abshir = ("Abshir Daahir Maxamuud", "abshir.maxamuud@codkageeska.example")
    sent1 = at("MGQ", 2026, 11, 2, 13, 25, 12, wd="Mon", off="+0300")
    at("NBO", 2026, 11, 5, 20, 0, wd="Thu", off="+0300")
    t1 = ("Hodan, salaan iyo sharaf,\n\n"
          "Anigoo ka wakiil ah Raadiyo Codka Geeska (FM 89.4), waxaan kugu martiqaadaynaa wareysi toos ah oo ku "
          "saabsan ka hortagga daacuunka (cholera) iyo biyaha nadiifka ah, kaas oo laga sii deyn doono "
          "barnaamijkayaga toddobaadlaha ah \u201cCaafimaadkaaga\u201d.\n\n"
          "Wareysigu wuxuu noqon doonaa Khamiis, 5 Nofeembar 2026, saacadda 8:00 fiidnimo ilaa 8:30 (EAT), "
          "telefoon ahaan. Dhageystayaashu waxay su'aalo ku soo diri karaan WhatsApp inta barnaamijku socdo.\n\n"
          "Fadlan xaqiiji haddii waqtigaas kuu suurtagal yahay.\n\n"
          "Abshir Daahir Maxamuud\nSoo-saaraha barnaamijyada, Raadiyo Codka Geeska\n")
    m1 = mid(k + "1", "codkageeska.example")
    e1 = mail(k + "1", frm=addr(*abshir), to=[HODAN], subject="Codsi wareysi raadiye \u2013 barnaamijka Caafimaadkaaga",
              date=sent1, body=plain(t1), msgid=m1, rcv=("mail.codkageeska.example", "197.220.90.41"))
    sent2 = at("NBO", 2026, 11, 2, 15, 3, 50, wd="Mon")
    t2 = ("Abshir, salaan,\n\nMahadsanid martiqaadka. Waan xaqiijinayaa Khamiista 5 Nofeembar, 8:00 fiidnimo. "
          "Waxaan diyaarin doonaa talooyin kooban oo ku saabsan nadaafadda biyaha.\n\nHodan\n\n"
          + gmail_attrib(sent1, *abshir) + "\n" + quote(t1) + "\n")
    e2 = mail(k + "2", frm=HODAN, to=[addr(*abshir)], subject="Re: Codsi wareysi raadiye \u2013 barnaamijka Caafimaadkaaga",
              date=sent2, body=plain(t2), msgid=mid(k + "2", "", "gmail"), in_reply_to=m1, references=[m1])
    lab = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/press-interview",
           "notes": "Somali 'wareysi' here is a radio/press interview on cholera; owner confirms, but it is not a hiring step."}
    return "radio-wareysi-cholera", [("01-codsi-wareysi-raadiye.eml", e1), ("02-re-waan-xaqiijinayaa.eml", e2)], lab


def c21():
    """North Star hiring manager via Calendly; times shown in EAT, organizer in CST."""
    k = "c21"
    deqa = ("Deqa Hussein", "deqa.hussein@northstarchp.example")
    start = at("CHI", 2026, 11, 9, 9, 0, wd="Mon", off="-0600")
    end = at("CHI", 2026, 11, 9, 9, 45, wd="Mon", off="-0600")
    same_instant(start, at("NBO", 2026, 11, 9, 18, 0))
    sent = at("UTC", 2026, 11, 4, 14, 31, 7, wd="Wed")
    zid = digits("zoom", k, n=11)
    ev = "Hiring Manager Conversation \u2013 Community Health Program Manager"
    t = ("Hi Hodan Warsame,\n\n"
         f"A new event has been scheduled.\n\nEvent Type:\n{ev}\n\nInvitee:\nHodan Warsame\n\nInvitee Email:\n{OWNER}\n\n"
         "Event Date/Time:\n06:00pm - 06:45pm (East Africa Time) on Monday, November 9, 2026\n\n"
         f"Location:\nThis is a Zoom web conference.\nhttps://northstarchp.zoom.us/j/{zid}\n\n"
         "Invitee Time Zone:\nEast Africa Time\n\n"
         "Questions:\nPlease share anything that will help prepare for our meeting.\n"
         "I would like to discuss the Somali outreach strategy and how the role works with the county public health team.\n\n"
         "Description:\nHodan \u2013 Jenna shared great notes from your screening call. This is a 45-minute conversation "
         "with me about the team, the first 90 days and your questions. \u2014 Deqa Hussein, Director of Community Programs\n\n"
         f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{hx('cx', k, n=8)}-{hx('cx2', k, n=4)}\n"
         f"Reschedule: https://calendly.com/reschedulings/{hx('cx', k, n=8)}-{hx('cx2', k, n=4)}\n\n"
         "Powered by Calendly.com\n")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{hx('cuid', k, n=8)}-{hx('cuid2', k, n=4)}-{hx('cuid3', k, n=4)}@calendly.com",
                    f"DTSTAMP:{utcz(sent)}", f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}",
                    "SUMMARY:" + esc(f"{ev} (Hodan Warsame and Deqa Hussein)"),
                    "DESCRIPTION:" + esc(f"Event Name: {ev}\nLocation: https://northstarchp.zoom.us/j/{zid}\n"
                                         "Powered by Calendly.com"),
                    f"LOCATION:https://northstarchp.zoom.us/j/{zid}",
                    f"ORGANIZER;CN={deqa[0]}:mailto:{deqa[1]}", att_line(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(k, "part"), [
        alt_text_html(k, t, "quoted-printable", "quoted-printable").rstrip("\n"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"'])])
    e = mail(k, frm="Calendly <notifications@calendly.com>", to=[OWNER], reply_to=addr(*deqa),
             subject=f"New Event: Hodan Warsame - 06:00pm Mon, Nov 9, 2026 - {ev}", date=sent, body=body,
             msgid=mid(k, "calendly.com"), rcv=("o1.email.calendly.com", "167.89.16.90"))
    lab = {"interview": True, "interviews": [label("North Star Community Health Partners",
                                                     "Community Health Program Manager", start, end, "scheduled",
                                                     [deqa[1]], [deqa[1]], "hiring_manager")],
           "difficulty": "medium", "category": "positive/calendly",
           "notes": "Calendly confirmation shows 06:00pm East Africa Time; .ics in UTC; organizer in Minneapolis after US "
                    "DST end (09:00 CST). Follow-up to Deqa (Reply-To), never the Calendly sender."}
    return "northstar-calendly-hiring-manager", [("01-calendly-new-event.eml", e)], lab


def c22():
    """Negative: owner sits on an interview panel at her current employer (Teams invite)."""
    k = "c22"
    grace = ("Grace Wanjiru Mwangi", "grace.mwangi@kamukunjihealth.example")
    otieno = ("Dr. James Otieno", "james.otieno@kamukunjihealth.example")
    kamau = ("Peter Kamau", "peter.kamau@kamukunjihealth.example")
    start = at("NBO", 2026, 10, 15, 9, 0, wd="Thu", off="+0300")
    end = at("NBO", 2026, 10, 15, 13, 0, wd="Thu")
    sent = at("NBO", 2026, 10, 9, 14, 2, 33, wd="Fri", off="+0300")
    body = ("Dear Panel Members,\n\n"
            "You are invited to serve on the interview panel for the recruitment of four (4) Community Health "
            "Assistants (Somali-speaking) for Eastleigh North and California wards.\n\n"
            "Panel composition:\n"
            "Dr. James Otieno \u2013 Sub-County Medical Officer of Health (Chair)\n"
            "Ms. Hodan Warsame \u2013 Public Health Officer (Somali language and community engagement assessment)\n"
            "Mr. Peter Kamau \u2013 HR representative (Secretary)\n\n"
            "Six shortlisted candidates will be interviewed at 30-minute intervals from 09:00. Interview guides and "
            "scoring sheets will be available in the boardroom; kindly do not circulate candidate CVs.\n\n"
            "Regards,\nGrace Wanjiru Mwangi\nHR Officer, Kamukunji Sub-County Health Office")
    when = "Thursday, October 15, 2026 9:00 AM-1:00 PM (UTC+03:00) Nairobi."
    e = outlook_invite(k, organizer=grace, attendees=[otieno, (OWNER_NAME, OWNER), kamau], start=start, end=end,
                       tzid="E. Africa Standard Time", when=when,
                       subject="Interview Panel - Community Health Assistants (Somali-speaking) - Shortlisted Candidates",
                       body=body, sent=sent, uid=outlook_uid(k), domain="kamukunjihealth.example",
                       location="Boardroom, Kamukunji Sub-County Health Office; Microsoft Teams Meeting")
    lab = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
           "notes": "Owner is a panel member interviewing candidates for her current employer; not a candidate."}
    return "owner-on-interview-panel-teams", [("01-interview-panel-cha.eml", e)], lab


def c23():
    """GHCO roster screening call on Mon 26 Oct (first day of CET); thread proposed then confirmed."""
    k = "c23"
    sophie = ("Sophie Aebischer", "sophie.aebischer@ghco-un.example")
    start = at("GVA", 2026, 10, 26, 9, 30, wd="Mon", off="+0100")
    end = at("GVA", 2026, 10, 26, 10, 0, wd="Mon", off="+0100")
    same_instant(start, at("NBO", 2026, 10, 26, 11, 30))
    same_instant(at("GVA", 2026, 10, 22, 9, 30, off="+0200"), at("NBO", 2026, 10, 22, 10, 30))  # "10:30 this week"
    sent1 = at("GVA", 2026, 10, 22, 16, 5, 19, wd="Thu", off="+0200")
    assert (start.date() - sent1.date()).days == 4  # "next Monday"
    t1 = ("Dear Ms. Warsame,\n\n"
          "Thank you for applying to the GHCO consultant roster for Community Health Surveillance (Horn of Africa). "
          "Before the roster panel reviews your file, I would like to hold a short preliminary screening call with you.\n\n"
          "Would next Monday, 26 October, at 09:30 Geneva time suit you? The call would last up to 30 minutes "
          "(09:30\u201310:00) on Microsoft Teams; I will send the link on Monday morning.\n\n"
          "Kindly note that Switzerland switches to winter time (CET, UTC+1) this Sunday, 25 October. 09:30 CET on "
          "Monday will therefore be 11:30 in Nairobi, not 10:30 as it would be this week.\n\n"
          "With best regards,\n\nSophie Aebischer\nAssociate HR Officer, Talent Acquisition\n"
          "Global Health Coordination Office (GHCO) | Geneva\n")
    m1 = mid(k + "1", "ghco-un.example", "outlook")
    e1 = mail(k + "1", frm=addr(*sophie), to=[HODAN], subject="GHCO Consultant Roster - preliminary screening call",
              date=sent1, body=leaf('text/html; charset="UTF-8"', to_html(t1, "Segoe UI,Arial,sans-serif"), "base64"),
              msgid=m1, rcv=("mail-zr0che01.ghco-un.example", "52.101.73.14"))
    sent2 = at("NBO", 2026, 10, 22, 18, 12, 37, wd="Thu")
    t2 = ("Dear Ms. Aebischer,\n\nThank you. I confirm Monday, 26 October at 09:30 CET (11:30 EAT) and look "
          "forward to the call.\n\nKind regards,\nHodan Warsame\n\n" + gmail_attrib(sent1, *sophie) + "\n"
          + quote(t1) + "\n")
    m2 = mid(k + "2", "", "gmail")
    e2 = mail(k + "2", frm=HODAN, to=[addr(*sophie)], subject="Re: GHCO Consultant Roster - preliminary screening call",
              date=sent2, body=plain(t2), msgid=m2, in_reply_to=m1, references=[m1])
    sent3 = at("GVA", 2026, 10, 23, 9, 14, 2, wd="Fri", off="+0200")
    t3 = ("Dear Ms. Warsame,\n\nNoted with thanks \u2014 our call is confirmed for Monday, 26 October, 09:30\u201310:00 "
          "CET. I will call you on Teams.\n\nBest regards,\nSophie Aebischer\n")
    e3 = mail(k + "3", frm=addr(*sophie), to=[HODAN], subject="RE: GHCO Consultant Roster - preliminary screening call",
              date=sent3, body=alt_text_html(k + "3", t3), msgid=mid(k + "3", "ghco-un.example", "outlook"),
              in_reply_to=m2, references=[m1, m2], rcv=("mail-zr0che01.ghco-un.example", "52.101.73.14"))
    lab = {"interview": True, "interviews": [label("Global Health Coordination Office (GHCO)",
                                                     "Consultant, Community Health Surveillance (Horn of Africa)", start, end,
                                                     "scheduled", [sophie[1]], [sophie[1]], "phone_screen")],
           "difficulty": "hard", "category": "positive/thread-dst-eu",
           "notes": "Proposed Thu 22 Oct (+0200) for 'next Monday' 26 Oct 09:30 CET, after the EU change (+01:00 = "
                    "11:30 EAT); owner confirms, HR confirms. HR associate conducts the call."}
    return "ghco-roster-screen-after-eu-change", [("01-preliminary-screening-call.eml", e1),
                                                  ("02-re-confirm-monday.eml", e2), ("03-re-noted-confirmed.eml", e3)], lab


def c24():
    """Negative: scam posing as a UN recruiter, asks for a fee; 'interview' on Telegram."""
    k = "c24"
    sent = at("MGQ", 2026, 11, 9, 7, 2, 48, wd="Mon", off="+0300")
    at("MGQ", 2026, 11, 12, 10, 0, wd="Thu")
    t = ("Gacaliye Hodan Warsame,\n\n"
         "HAMBALYO!! CV-gaaga waxaa lagu doortay jagada HEALTH OFFICER ee mashruuc ay maalgelinayaan Qaramada "
         "Midoobay ee Muqdisho. Mushaharka: $4,800 bishii + guri + caymis caafimaad.\n\n"
         "Wareysiga online-ka ah waxaa lagu qaban doonaa TELEGRAM (@UNSom_HR_Desk2026) Khamiis, 12 Nofeembar 2026, "
         "saacadda 10:00 subaxnimo.\n\n"
         "MUHIIM: si loo xaqiijiyo boosaskaaga wareysiga, waa inaad bixisaa lacagta diiwaangelinta iyo "
         "xaqiijinta dukumentiyada oo ah $120, adigoo u diraya EVC Plus +252 61 000 0000 ama M-Pesa 07xx xxx xxx, "
         "ugu dambayn 48 saacadood. Haddii aadan bixin, boosaska waxaa la siin doonaa musharax kale.\n\n"
         "Dear candidate, this offer is CONFIDENTIAL. Do not share with anybody.\n\nRecruitment Desk\n")
    e = mail(k, frm=addr("UN Somalia Recruitment Desk", "recruitment.unsomalia@freemail.example"), to=[OWNER],
             reply_to="hr.un.desk2026@freemail.example",
             subject="HAMBALYO!! Waxaa laguu doortay - Health Officer $4,800/bishii", date=sent,
             body=plain(t, "7bit"), msgid=mid(k, "freemail.example"), rcv=("smtp.freemail.example", "45.134.26.77"))
    lab = {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/scam",
           "notes": "Fake UN recruiter demanding a registration fee with a Telegram 'interview'; scam."}
    return "scam-fake-un-recruiter-fee", [("01-hambalyo-waxaa-laguu-doortay.eml", e)], lab


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12,
         c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24]

DST_POINTS = [
    ("02", "Fri 23 Oct 14:00 Geneva is still CEST (+02:00 = 15:00 EAT) although the Exchange label reads "
           "'(UTC+01:00) Amsterdam, Berlin, Bern...'; Windows TZID W. Europe Standard Time."),
    ("04", "Slots offered across the US change (Nov 1): Thu 29 Oct 09:00 CDT (-05:00) vs Mon 2 Nov 08:00 CST "
           "(-06:00), both 17:00 EAT; Nov 2 chosen."),
    ("10", "Tue 17 Nov 08:00-10:30 CST (-06:00) = 17:00-19:30 EAT; itinerary lists both."),
    ("11", "Rejection dated Mon 9 Nov +0100 (CET), after the EU change; no interview."),
    ("13", "Written test Wed 7 Oct 12:00 CEST (+02:00); CBI Wed 28 Oct 10:00 CET (+01:00 = 12:00 EAT), invitation "
           "sent 21 Oct in CEST."),
    ("21", "Calendly shows 06:00pm East Africa Time, Mon 9 Nov; organizer's 09:00 CST (-06:00); .ics in UTC."),
    ("23", "Mail sent Thu 22 Oct (+0200) for 'next Monday' 26 Oct 09:30 CET (+01:00 = 11:30 EAT, not 10:30)."),
    ("01/05/07/09/12/14/15/17/18/19", "EAT (+03:00; Nairobi = Mogadishu = Hargeisa, no DST); 01 resolves "
           "'berri' against the Date header; 17 has a floating .ics time resolved by 'waqtiga Hargeysa'."),
]


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [iv for v in labels.values() for iv in v["interviews"]]
    by_status = {}
    by_kind = {}
    for iv in ivs:
        by_status[iv["status"]] = by_status.get(iv["status"], 0) + 1
        by_kind[iv["kind"]] = by_kind.get(iv["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind323: Somali/English public-health job search, Nairobi - Mogadishu/Hargeisa - Minneapolis - Geneva (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a public-health officer living in Nairobi (Africa/Nairobi, EAT +03:00).",
        "",
        "This set was written blind: only the eval README's label schema and rules and a few dev files were read "
        "for format; no tool code, tests or other sets were consulted.",
        "",
        "What it stresses: a mailbox split between Somali and English (Somali recruiters writing 'Waxaan kugu "
        "martiqaadaynaa wareysi', 'berri', 'saacadda 10:00 subaxnimo', '4-ta galabnimo', 'waa la dib u dhigay', "
        "'waa la joojiyay'; UN-style English from Taleo/Inspira and Teams). The Somali word 'wareysi' is used for job "
        "interviews and also for radio interviews and household survey interviews. Hiring steps: screening call, "
        "written test (not an interview), competency-based interview (CBI), technical panel, final with the country "
        "director. Time zones: EAT for Nairobi/Mogadishu/Hargeisa, Chicago around the US change (Nov 1) and Zurich "
        "around the EU change (Oct 25).",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})",
        "- Cancellation-only positive: b323-07; two interviews in one case: b323-12; reschedule: b323-05; "
        "several invites for one loop: b323-10; time only in the body with a relative date: b323-01; "
        "propose-then-confirm threads: b323-04, b323-23.",
        "",
        "## Formats used",
        "- Plain human mails and threads (text/plain quoted-printable/base64, multipart/alternative with HTML, "
        "In-Reply-To/References), Gmail-style replies from the owner.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), including an Updated invitation with the same UID and SEQUENCE:1 (b323-05).",
        "- Exchange/Teams invitations (multipart/alternative with text/calendar, Windows TZIDs W. Europe Standard Time "
        "and E. Africa Standard Time, X-MICROSOFT-CDO-*, '(UTC+01:00)'/'(UTC+03:00) Nairobi' labels, METHOD:CANCEL).",
        "- Oracle Taleo and Inspira notifications, Calendly confirmation with .ics, Zoom .ics (TZID Africa/Mogadishu), "
        "an .ics with a floating time, organisation .ics attachments, a standalone Outlook .ics (b323-15) and a "
        "Google Calendar API event .gcal.json (b323-09).",
        "",
        "## Time-zone / DST points",
    ]
    for num, txt in DST_POINTS:
        lines.append(f"- b323-{num}: {txt}")
    lines += ["", "## Cases", ""]
    for k, v in labels.items():
        lines.append(f"- `{k}` ({'positive' if v['interview'] else 'negative'}, {v['difficulty']}): {v['notes']}")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    dst_checks()
    for p in sorted(OUT.glob("b323-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        name = f"b323-{i:02d}-{slug}"
        d = OUT / name
        d.mkdir()
        for j, (fname, data) in enumerate(items, 1):
            assert fname.startswith(f"{j:02d}-"), fname
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            (d / fname).write_bytes(data)
        assert lab["interview"] == bool(lab["interviews"])
        labels[name] = {"user": OWNER, "interview": lab["interview"], "interviews": lab["interviews"],
                        "difficulty": lab["difficulty"], "category": lab["category"], "notes": lab["notes"],
                        "source": "synthetic"}
    text = ("# Labels for blind323 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
