#!/usr/bin/env python3
"""Generate the blind328 evaluation set (Wellington, NZ theme), written blind.

Deletes and rewrites every b328-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only; output is byte-identical on every run.
"""
import base64
import hashlib
import html as htmlmod
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
SEED = "blind328-poneke-2026"
OWNER = "tama.ngata@example.com"
OWNER_NAME = "Tama Ngata"

NZ = ZoneInfo("Pacific/Auckland")
SYD = ZoneInfo("Australia/Sydney")
LON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- time helpers
def offstr(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def T(s, tz, wd, off):
    """Aware datetime; asserts weekday and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert WD[dt.weekday()] == wd, (s, wd, WD[dt.weekday()])
    assert offstr(dt) == off, (s, tz, off, offstr(dt))
    # round-trip check (no non-existent local times)
    assert dt.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == dt.replace(tzinfo=None), s
    return dt


def _check_dst_2026():
    pairs = [
        (NZ, "2026-09-26 12:00", "+12:00"), (NZ, "2026-09-28 12:00", "+13:00"),
        (NZ, "2026-04-04 12:00", "+13:00"), (NZ, "2026-04-06 12:00", "+12:00"),
        (SYD, "2026-10-03 12:00", "+10:00"), (SYD, "2026-10-05 12:00", "+11:00"),
        (SYD, "2026-04-04 12:00", "+11:00"), (SYD, "2026-04-06 12:00", "+10:00"),
        (LON, "2026-10-24 12:00", "+01:00"), (LON, "2026-10-26 12:00", "+00:00"),
        (LON, "2026-03-28 12:00", "+00:00"), (LON, "2026-03-30 12:00", "+01:00"),
        (NY, "2026-03-07 12:00", "-05:00"), (NY, "2026-03-09 12:00", "-04:00"),
        (NY, "2026-10-31 12:00", "-04:00"), (NY, "2026-11-02 12:00", "-05:00"),
    ]
    for tz, s, off in pairs:
        dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        assert offstr(dt) == off, (tz, s, off, offstr(dt))
    # NZ is 12 h ahead of London before 25 Oct, 13 h after; 3 h / 2 h ahead of Sydney around 4 Oct.
    a = T("2026-10-22 21:00", NZ, "Thu", "+13:00")
    assert a.astimezone(LON).strftime("%H:%M") == "09:00"
    b = T("2026-10-29 21:00", NZ, "Thu", "+13:00")
    assert b.astimezone(LON).strftime("%H:%M") == "08:00"
    c = T("2026-10-02 14:00", NZ, "Fri", "+13:00")
    assert c.astimezone(SYD).strftime("%H:%M") == "11:00"
    d = T("2026-10-14 12:00", NZ, "Wed", "+13:00")
    assert d.astimezone(SYD).strftime("%H:%M") == "10:00"


def iso(dt):
    return dt.isoformat()


def hdate(dt):
    return format_datetime(dt)


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gtime(dt):
    h = dt.hour % 12 or 12
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def long_date(dt):
    return f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B')} {dt.year}"


# ---------------------------------------------------------------- deterministic ids
def H(*parts):
    return hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).hexdigest()


def msgid(key, domain):
    return f"<{H('mid', key)[:28]}@{domain}>"


def meet_code(key):
    h = H("meet", key)
    letters = "".join(chr(ord("a") + int(h[i:i + 2], 16) % 26) for i in range(0, 20, 2))
    return f"{letters[0:3]}-{letters[3:7]}-{letters[7:10]}"


def digits(key, n):
    h = int(H("dig", key), 16)
    return str(h)[-n:]


# ---------------------------------------------------------------- MIME builder
def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def A(name, email):
    return formataddr((name, email), charset="utf-8")


def leaf(ctype, text, enc="qp", extra=()):
    data = text.encode("utf-8")
    if enc == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        cte = "base64"
    elif enc == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        cte = "quoted-printable"
    elif enc == "8bit":
        payload = text
        cte = "8bit"
    else:
        text.encode("ascii")
        payload = text
        cte = "7bit"
    if not payload.endswith("\n"):
        payload += "\n"
    return {"headers": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte), *extra],
            "payload": payload}


def plain(text, enc="qp"):
    return leaf('text/plain; charset="UTF-8"', text, enc)


def html_part(h, enc="qp"):
    return leaf('text/html; charset="UTF-8"', h, enc)


def multi(subtype, parts, key, style="google"):
    h = H("boundary", key, subtype)
    if style == "google":
        b = "0000000000" + h[:16]
    elif style == "outlook":
        b = "_000_" + h[:24].upper() + "_"
    else:
        b = "----=_Part_" + str(int(h[:10], 16))[:7] + "_" + str(int(h[10:20], 16))[:9] + "." + h[20:33]
    return {"headers": [("Content-Type", f'multipart/{subtype}; boundary="{b}"')],
            "boundary": b, "parts": parts}


def render(part):
    out = []
    for k, v in part["headers"]:
        out.append(f"{k}: {v}")
    out.append("")
    if "parts" in part:
        for p in part["parts"]:
            out.append(f"--{part['boundary']}")
            out.append(render(p).rstrip("\n"))
            out.append("")
        out.append(f"--{part['boundary']}--")
        return "\n".join(out) + "\n"
    return "\n".join(out) + "\n" + part["payload"]


def html_from_text(text, font="Calibri, Arial, sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def alt(text, key, enc_text="qp", enc_html="qp", style="google", font="Calibri, Arial, sans-serif"):
    return multi("alternative", [plain(text, enc_text), html_part(html_from_text(text, font), enc_html)],
                 key, style)


RECEIVED_HOSTS = {
    "google": "mail-sor-f{n}.google.com",
    "outlook": "AU2PR01MB{n}.ausprd01.prod.outlook.com",
    "generic": "smtp-out{n}.mailrelay.example",
}


def eml(key, *, frm, to, date, subject, body, cc=None, reply_to=None, mid=None, in_reply_to=None,
        references=None, extra=(), sender=None, host="generic", mailer=None):
    dom = mid.split("@")[1].rstrip(">") if mid else "mail.example"
    n = int(H("rcv", key)[:4], 16) % 90 + 10
    rhost = RECEIVED_HOSTS[host].format(n=n)
    rid = H("rid", key)[:12]
    rdate = hdate((date + timedelta(seconds=n % 7 + 1)).astimezone(NZ))
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {rhost} ({rhost} [203.0.113.{n}])\n        by mx.example.com with ESMTPS id {rid}\n"
                     f"        for <{OWNER}>; {rdate}"),
        ("Return-Path", f"<{H('rp', key)[:10]}@{dom}>" if sender else f"<{frm.split('<')[-1].rstrip('>')}>"),
    ]
    if sender:
        hdrs.append(("Sender", sender))
    hdrs.append(("From", frm))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", enc_hdr(subject)))
    hdrs.append(("Date", hdate(date)))
    hdrs.append(("Message-ID", mid or msgid(key, "mail.example")))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    top = {"headers": hdrs + body["headers"]}
    if "parts" in body:
        top["parts"] = body["parts"]
        top["boundary"] = body["boundary"]
    else:
        top["payload"] = body["payload"]
    return render(top).encode("utf-8")


def quote(text, who, when):
    head = f"On {when.strftime('%a')}, {when.day} {when.strftime('%b')} {when.year} at {gtime(when)} {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar builder
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += l
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ':;,') else name


TZ_BLOCKS = {
    "New Zealand Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific/Auckland": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Auckland", "X-LIC-LOCATION:Pacific/Auckland",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300", "TZNAME:NZDT",
        "DTSTART:19700927T020000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200", "TZNAME:NZST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}
TZ_OBJ = {"New Zealand Standard Time": NZ, "AUS Eastern Standard Time": SYD,
          "Europe/London": LON, "Pacific/Auckland": NZ}


def dtline(name, dt, tzid):
    if tzid is None:
        return f"{name}:{utcz(dt)}"
    local = dt.astimezone(TZ_OBJ[tzid])
    return f"{name};TZID={tzid}:{local.strftime('%Y%m%dT%H%M%S')}"


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, tzid=None, description="",
           location="", seq=0, status="CONFIRMED", extra=(), owner_partstat="NEEDS-ACTION",
           owner_name=None):
    L = ["BEGIN:VEVENT", dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid),
         f"DTSTAMP:{utcz(stamp)}"]
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;"
                 f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={owner_partstat};RSVP=TRUE;"
             f"CN={cn(owner_name or OWNER_NAME)};X-NUM-GUESTS=0:mailto:{OWNER}")
    L.append(f"CREATED:{utcz(stamp)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L.append(f"LAST-MODIFIED:{utcz(stamp)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append(f"SUMMARY:{esc(summary)}")
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def vcal(method, prodid, event_lines, tzids=(), head_extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L.extend(head_extra)
    for t in tzids:
        L.extend(TZ_BLOCKS[t])
    L.extend(event_lines)
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in L) + "\r\n"


def ms_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H("msuid", key)[:48].upper()


def ms_props(key, seq, busy="TENTATIVE"):
    return ["X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
            "X-MICROSOFT-CDO-OWNERAPPTID:" + str(int(H("own", key)[:7], 16)),
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONS:[]"]


# ---------------------------------------------------------------- invitation mail builders
def teams_block(key):
    mid = " ".join([digits(key + "a", 3), digits(key + "b", 3), digits(key + "c", 3), digits(key + "d", 2)])
    pc = H("pc", key)[:6]
    return (f"________________________________________________________________________________\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{H('tm', key)[:32]}%40thread.v2/0>\nMeeting ID: {mid}\nPasscode: {pc}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={H('org', key)[:8]}>\n"
            f"________________________________________________________________________________")


def outlook_invite(key, *, org, to_list, date, subject, when_label, body_text, cal, method="REQUEST",
                   cc=None, lang="en-NZ", mid_domain):
    """Exchange/Teams invitation: multipart/alternative with text/plain, text/html, text/calendar."""
    text = f"When: {when_label}\n\n" + body_text
    html = html_from_text(text)
    body = multi("alternative", [
        plain(text, "qp"),
        html_part(html, "qp"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "b64"),
    ], key, style="outlook")
    ti = base64.b64encode(bytes.fromhex(H("ti", key)[:44])).decode()
    extra = [("Thread-Topic", enc_hdr(subject.split(": ", 1)[-1])), ("Thread-Index", ti),
             ("Accept-Language", "en-NZ, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "1")]
    return eml(key, frm=org, to=to_list, cc=cc, date=date, subject=subject, body=body,
               mid=f"<{H('omid', key)[:40].upper()}@{mid_domain}>", extra=extra, host="outlook")


def google_invite(key, *, org_name, org_email, date, subject, summary, when_line, tz_label, guests,
                  description, cal, meet=True, location="", update_note=""):
    code = meet_code(key)
    eid = base64.b64encode(f"{H('eid', key)[:26]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if update_note:
        lines += [update_note, ""]
    lines += [summary, when_line, tz_label, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
                  "Join by phone", f"(NZ) +64 9 {digits(key + 'ph', 3)} {digits(key + 'ph2', 4)}",
                  f"PIN: {digits(key + 'pin', 9)}", ""]
    lines += ["Organizer", org_name, org_email, "", "Guests"]
    for gname, gmail, is_org in guests:
        lines += [f"{gname} - organizer" if is_org else gname, gmail]
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines)
    html = html_from_text(text, "Roboto,Helvetica,Arial,sans-serif")
    body = multi("mixed", [
        multi("alternative", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "b64"),
            html_part(html, "qp"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "b64"),
        ], key + "alt"),
        leaf('application/ics; name="invite.ics"', cal, "b64",
             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ], key)
    return eml(key, frm=A(org_name, org_email), to=OWNER, date=date, subject=subject, body=body,
               reply_to=A(org_name, org_email), sender="Google Calendar <calendar-notification@google.com>",
               mid=f"<calendar-{H('gmid', key)[:8]}-{H('gmid', key)[8:12]}-{H('gmid', key)[12:16]}-"
                   f"{H('gmid', key)[16:20]}-{H('gmid', key)[20:32]}@google.com>",
               host="google")


def gcal_event(key, *, summary, description, start, end, tzname, organizer, attendees, created,
               updated, location=None, status="confirmed", meet=True, seq=0):
    eid = H("gcid", key)[:26]
    ev = {
        "kind": "calendar#event",
        "etag": f'"{int(H("etag", key)[:13], 16)}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + H("ms", key)[:3].translate(
            str.maketrans("abcdef", "123456")) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": iso(start), "timeZone": tzname}
    ev["end"] = {"dateTime": iso(end), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        code = meet_code(key)
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------- labels
def iv(company, role, start, end, interviewers, followups, kind, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ================================================================ people
MRR_D = "mrr.govt.example"
MRR = "Ministry for Regional Resilience"
MRR_ROLE = "Senior Policy Analyst, Regional Systems"
SARAH = ("Sarah Whitfield", "sarah.whitfield@mrr.govt.example")
AROHA = ("Aroha Kingi", "aroha.kingi@mrr.govt.example")
LOSA = ("Losa Faleolo", "losa.faleolo@mrr.govt.example")
DANIEL = ("Daniel Kerr", "daniel.kerr@mrr.govt.example")
HUIA = ("Huia Paewai", "huia.paewai@mrr.govt.example")
BEN = ("Ben Sutherland", "ben.sutherland@mrr.govt.example")
RAWIRI = ("Rāwiri Te Awe", "rawiri.teawe@mrr.govt.example")

HCC_D = "harbourview.govt.example"
HCC = "Harbourview City Council"
HCC_ROLE = "Policy Advisor – Housing and Urban Development"
MERE = ("Mere Tawhiri", "mere.tawhiri@harbourview.govt.example")
GRANT = ("Grant Ellison", "grant.ellison@harbourview.govt.example")
TUI = ("Tui Mahutonga", "tui.mahutonga@harbourview.govt.example")

AVON_D = "avonside.ac.example"
AVON = "Avonside University"
AVON_ROLE = "Senior Research Policy Advisor"
JESS = ("Jess McAllister", "jess.mcallister@avonside.ac.example")
ANARU = ("Anaru Whaanga", "anaru.whaanga@avonside.ac.example")
CLAIRE = ("Claire Beaumont", "claire.beaumont@avonside.ac.example")
MEILIN = ("Mei Lin Tan", "meilin.tan@avonside.ac.example")

KP_D = "kowhaipay.example"
KP = "Kōwhai Pay"
KP_ROLE = "Regulatory Policy Lead"
OLIVIA = ("Olivia Tan", "olivia.tan@kowhaipay.example")
MATIU = ("Matiu Herewini", "matiu.herewini@kowhaipay.example")
ANA = ("Ana Fifita", "ana.fifita@kowhaipay.example")

QC_D = "quaycrane.example"
QC = "Quay & Crane Advisory"
QC_ROLE = "Senior Consultant, Public Sector (NZ practice)"
SOPHIE = ("Sophie Nguyen", "sophie.nguyen@quaycrane.example")
ROHAN = ("Rohan Mehta", "rohan.mehta@quaycrane.example")
KATE = ("Kate Donnelly", "kate.donnelly@quaycrane.example")

ICF_D = "civicfutures.example"
ICF = "Institute for Civic Futures"
ICF_ROLE = "Research Fellow, Asia-Pacific Governance"
FIONA = ("Fiona Ashdown", "fiona.ashdown@civicfutures.example")
ELLIE = ("Ellie Marsh", "ellie.marsh@civicfutures.example")
HARRIET = ("Harriet Cole", "harriet.cole@civicfutures.example")
OWEN = ("Owen Pryce", "owen.pryce@civicfutures.example")

TUIA_D = "tuiatalent.example"
RUBY = ("Ruby Tane", "ruby.tane@tuiatalent.example")

ME = A(OWNER_NAME, OWNER)
GPROD = "-//Google Inc//Google Calendar 70.9054//EN"
MSPROD = "Microsoft Exchange Server 2010"


def g_uid(key):
    return f"{H('guid', key)[:26]}@google.com"


def simple_thread_mail(key, *, frm, to, date, subject, text, dom, cc=None, prev=None, enc="qp",
                       html=False, mailer=None, reply_to=None):
    """prev = (message-id, references-string) of the message replied to."""
    mid = msgid(key, dom)
    irt = refs = None
    if prev:
        irt = prev[0]
        refs = (prev[1] + " " + prev[0]).strip() if prev[1] else prev[0]
    body = alt(text, key, enc_text=enc, enc_html=enc) if html else plain(text, enc)
    data = eml(key, frm=frm, to=to, cc=cc, date=date, subject=subject, body=body, mid=mid,
               in_reply_to=irt, references=refs, mailer=mailer, reply_to=reply_to)
    return data, (mid, refs or "")


# ================================================================ cases
@case("sydney-screen-aest-before-dst")
def c01():
    k = "c01"
    d1 = T("2026-10-01 09:12:40", SYD, "Thu", "+10:00")
    d2 = T("2026-10-01 09:15:02", SYD, "Thu", "+10:00")
    st = T("2026-10-02 11:00", SYD, "Fri", "+10:00")
    en = T("2026-10-02 11:30", SYD, "Fri", "+10:00")
    assert st.astimezone(NZ).strftime("%a %H:%M") == "Fri 14:00"
    text = """Kia ora Tama,

Lovely to hear back from you, and thanks for sending through the updated CV.

As promised, I've popped a Teams invite in your calendar for an initial conversation tomorrow, Friday 2 October, 11:00-11:30am Sydney time. Heads up that we're still on standard time here until Sunday, so that's 2:00pm in Wellington. From next week the gap drops to two hours, which will make the later rounds a bit easier to line up!

It'll just be me on this one. I'll give you a quick overview of Quay & Crane and our NZ public sector practice, and I'd love to hear about your policy work so far and what's drawing you towards consulting. No need to prepare anything formal.

Cheers,
Sophie

Sophie Nguyen
Talent Acquisition Lead | Quay & Crane Advisory
Level 14, 60 Margaret Street, Sydney NSW 2000
+61 2 9055 4120
"""
    m1, _ = simple_thread_mail(k + "m1", frm=A(*SOPHIE), to=ME, date=d1,
                               subject="Quay & Crane - initial conversation tomorrow", text=text,
                               dom=QC_D, html=True, mailer="Microsoft Outlook 16.0")
    uid = ms_uid(k)
    desc = ("Hi Tama - a relaxed first conversation about the Senior Consultant role in our NZ public "
            "sector practice. Talk tomorrow!\n\n" + teams_block(k))
    cal = vcal("REQUEST", MSPROD, vevent(
        uid=uid, start=st, end=en, summary="Quay & Crane | Initial conversation - Tama Ngata",
        organizer=SOPHIE, attendees=[], stamp=d2, tzid="AUS Eastern Standard Time", description=desc,
        location="Microsoft Teams Meeting", extra=ms_props(k, 0) + ["CLASS:PUBLIC", "PRIORITY:5"]),
        tzids=["AUS Eastern Standard Time"])
    m2 = outlook_invite(k, org=A(*SOPHIE), to_list=ME, date=d2,
                        subject="Quay & Crane | Initial conversation - Tama Ngata",
                        when_label="Friday, 2 October 2026 11:00 AM-11:30 AM (UTC+10:00) Canberra, Melbourne, Sydney",
                        body_text=desc, cal=cal, lang="en-AU", mid_domain="AU2PR01MB7713.ausprd01.prod.outlook.com")
    items = [("01-sophie-initial-conversation.eml", m1), ("02-teams-invite-initial-conversation.eml", m2)]
    lab = label([iv(QC, QC_ROLE, st, en, [SOPHIE[1]], [SOPHIE[1]], "phone_screen")], "medium",
                "positive/teams-invite-sydney-before-dst",
                "Sydney recruiter screen on Fri 2 Oct, two days BEFORE Sydney daylight time starts (4 Oct): "
                "11:00 AEST (+10:00) = 14:00 NZDT. Mail + Teams invite (AUS Eastern Standard Time) = one interview.")
    return items, lab


@case("tuia-talent-newsletter")
def c02():
    k = "c02"
    d = T("2026-10-02 07:00:05", NZ, "Fri", "+13:00")
    text = """Kia ora Tama,

Spring has sprung in Pōneke, and so has the hiring market. Here's what we're seeing across the public sector this month.

PANEL INTERVIEWS: WHAT HIRING MANAGERS TOLD US
We asked twelve policy managers across ministries and councils what separates a good panel interview from a great one. The short version: know your Minister's priorities, have two examples ready that show you working with iwi or community partners, and ask the panel a real question at the end - not "what does a typical day look like?".

FREE WEBINAR: CRACKING THE PUBLIC SECTOR PANEL
Wednesday 21 October, 12.30pm - 1.15pm NZDT, online. Two of our consultants run a live mock panel and take your questions. Register here: https://tuiatalent.example/events/panel-webinar-oct

NEW ROLES THIS WEEK
- Principal Policy Advisor - Transport (Wellington, permanent)
- Senior Policy Analyst - Climate Adaptation (Wellington, 12-month fixed term)
- Policy Advisor - Local Government (Lower Hutt, permanent)
- Kaitohutohu Matua - Māori Housing (Wellington, permanent)
...and ten more at https://tuiatalent.example/jobs

SALARY SNAPSHOT
Senior policy analysts in Wellington central government are seeing offers between $118k and $138k, with fixed-term contracts sitting a little higher. Councils are tracking about 8% below that.

Ngā mihi nui,
The Tuia Talent team
Level 2, 150 Featherston Street, Te Whanganui-a-Tara Wellington 6011

You're receiving this because you registered with Tuia Talent. Update your preferences or unsubscribe: https://tuiatalent.example/u/""" + H("unsub", k)[:20] + "\n"
    body = multi("alternative", [plain(text, "qp"),
                                 html_part(html_from_text(text, "Georgia, serif"), "b64")], k, style="part")
    data = eml(k, frm="Tuia Talent <hello@tuiatalent.example>", to=ME, date=d,
               subject="Pōneke Pulse | October: panel interview tips + 14 new policy roles", body=body,
               mid=msgid(k, "mail.tuiatalent.example"), sender="Tuia Talent <bounce@mail.tuiatalent.example>",
               extra=[("List-Unsubscribe", f"<https://tuiatalent.example/u/{H('unsub', k)[:20]}>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [("01-poneke-pulse-october.eml", data)], label(
        [], "easy", "negative/newsletter",
        "Recruiter newsletter: panel-interview tips, a webinar with a date and time, job list. No interview.")


@case("council-korero-tomorrow-at-2")
def c03():
    k = "c03"
    d1 = T("2026-10-05 16:42:10", NZ, "Mon", "+13:00")
    d2 = T("2026-10-05 17:31:02", NZ, "Mon", "+13:00")
    d3 = T("2026-10-05 17:48:30", NZ, "Mon", "+13:00")
    st = T("2026-10-06 14:00", NZ, "Tue", "+13:00")
    assert st.date() == (d1 + timedelta(days=1)).date()
    en = st + timedelta(minutes=20)
    subj = "Policy Advisor – Housing and Urban Development (HCC-2291)"
    t1 = """Kia ora Tama,

Thanks for your application for the Policy Advisor – Housing and Urban Development role (ref HCC-2291). I've had a read of your CV and cover letter and I'd love to have a quick kōrero before the shortlist goes to the hiring manager.

Are you free tomorrow at 2? It'll just be a phone call, 20 minutes tops. I'll ask a bit about your background, what's drawing you to local government after central, your notice period and salary expectations.

If tomorrow doesn't suit, flick me a couple of other times this week and we'll make it work.

Ngā mihi,
Mere

Mere Tawhiri (she/her)
Recruitment Advisor | People and Capability
Harbourview City Council
P 04 803 5521 | M 027 441 9031
"""
    m1, r1 = simple_thread_mail(k + "1", frm=A(*MERE), to=ME, date=d1, subject=subj, text=t1, dom=HCC_D,
                                mailer="Microsoft Outlook 16.0")
    t2 = ("Kia ora Mere,\n\nTomorrow at 2 works well for me. The best number to reach me on is 021 555 0148.\n\n"
          "Looking forward to it.\n\nNgā mihi,\nTama\n\n" + quote(t1, "Mere Tawhiri <mere.tawhiri@harbourview.govt.example>", d1))
    m2, r2 = simple_thread_mail(k + "2", frm=ME, to=A(*MERE), date=d2, subject="Re: " + subj, text=t2,
                                dom="mail.example.com", prev=r1)
    t3 = ("Ka pai Tama, I'll give you a ring then. Kōrero soon!\n\nMere\n\n" +
          quote(t2, "Tama Ngata <tama.ngata@example.com>", d2))
    m3, _ = simple_thread_mail(k + "3", frm=A(*MERE), to=ME, date=d3, subject="RE: " + subj, text=t3,
                               dom=HCC_D, prev=r2, mailer="Microsoft Outlook 16.0")
    items = [("01-mere-quick-korero.eml", m1), ("02-tama-reply.eml", m2), ("03-mere-confirms.eml", m3)]
    lab = label([iv(HCC, HCC_ROLE, st, en, [MERE[1]], [MERE[1]], "phone_screen")], "hard",
                "positive/email-body-relative-date",
                "Time only in the body: 'tomorrow at 2' in a mail dated Mon 5 Oct 16:42 +13:00 -> Tue 6 Oct 14:00 "
                "NZDT; '20 minutes tops' gives the end. Recruiter makes the call, so she is the interviewer.")
    return items, lab


@case("tuia-recruiter-calendly-screen")
def c04():
    k = "c04"
    d1 = T("2026-10-05 08:55:31", NZ, "Mon", "+13:00")
    d2 = datetime(2026, 10, 5, 7, 6, 18, tzinfo=UTC)
    assert d2.astimezone(NZ).strftime("%a %H:%M") == "Mon 20:06"
    st = T("2026-10-08 12:30", NZ, "Thu", "+13:00")
    en = T("2026-10-08 12:50", NZ, "Thu", "+13:00")
    assert utcz(st) == "20261007T233000Z"
    t1 = """Kia ora Tama,

I hope you don't mind me reaching out directly. I noticed you'd applied for a couple of the policy roles we've advertised, and I'm working on something that isn't on our website yet.

One of our central government clients needs a Senior Policy Advisor on a 12-month fixed-term contract, focused on regional housing supply. From your CV, the funding reviews you've been leading look like a really good fit.

Are you free for a quick kōrero this week? Grab whatever time suits in my calendar: https://calendly.com/ruby-tane-tuia/20min

Ngā mihi,
Ruby

Ruby Tane
Senior Consultant – Public Sector | Tuia Talent
M 022 318 4470 | ruby.tane@tuiatalent.example
"""
    m1, _ = simple_thread_mail(k + "1", frm=A(*RUBY), to=ME, date=d1,
                               subject="Quick kōrero? Senior Policy Advisor contract (12 months)", text=t1,
                               dom=TUIA_D, html=True)
    inv = H("cal", k)
    t2 = f"""Hi Tama Ngata,

Your 20 Minute Kōrero with Ruby Tane at 12:30pm (New Zealand Time) on Thursday, 8 October 2026 is scheduled.

Event Type:
20 Minute Kōrero

Event Date/Time:
12:30pm - 12:50pm (New Zealand Time) on Thursday, 8 October 2026

Location:
Ruby will call you on +64 21 555 0148

Invitee:
Tama Ngata
tama.ngata@example.com

Questions:
What would you like to chat about?
The 12-month Senior Policy Advisor contract (regional housing supply)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}
Reschedule: https://calendly.com/reschedulings/{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}

Powered by Calendly.com
"""
    cal = vcal("REQUEST", "-//Calendly//Calendly//EN", vevent(
        uid=f"{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}@calendly.com", start=st, end=en,
        summary="20 Minute Kōrero between Ruby Tane and Tama Ngata", organizer=RUBY, attendees=[],
        stamp=d2, description="Ruby will call you on +64 21 555 0148", location="+64 21 555 0148",
        owner_partstat="ACCEPTED"))
    body = multi("mixed", [alt(t2, k + "a", enc_text="qp", enc_html="b64", style="part",
                               font="Helvetica, Arial, sans-serif"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])],
                 k, style="part")
    m2 = eml(k + "2", frm="Calendly <notifications@calendly.com>", to=ME, date=d2,
             subject="Confirmed: 20 Minute Kōrero with Ruby Tane on Thursday, 8 October 2026", body=body,
             reply_to=A(*RUBY), mid=msgid(k + "2", "calendly.com"))
    items = [("01-ruby-quick-korero.eml", m1), ("02-calendly-confirmed.eml", m2)]
    lab = label([iv("Tuia Talent", "Senior Policy Advisor (12-month fixed term)", st, en, [RUBY[1]], [RUBY[1]],
                    "phone_screen")], "medium", "positive/calendly-recruiter-screen",
                "Agency recruiter sends an unbooked Calendly link, then the Calendly confirmation (with .ics in UTC, "
                "23:30Z on 7 Oct) books the screen for Thu 8 Oct 12:30 NZDT. Recruiter conducts the call.")
    return items, lab


@case("ministry-phone-screen-standalone-ics")
def c05():
    k = "c05"
    d1 = T("2026-10-05 11:20:44", NZ, "Mon", "+13:00")
    d2 = T("2026-10-05 11:23:10", NZ, "Mon", "+13:00")
    st = T("2026-10-07 10:00", NZ, "Wed", "+13:00")
    en = T("2026-10-07 10:30", NZ, "Wed", "+13:00")
    t1 = """Kia ora Tama,

Thank you for applying for the Senior Policy Analyst, Regional Systems role at the Ministry for Regional Resilience | Te Manatū Manawaroa ā-Rohe.

We'd like to start with a 30-minute conversation with me. It's a chance to talk through your experience, the role and the Ministry's work programme, and for you to ask any questions about the process.

I've booked this in for Wednesday 7 October at 10.00am and sent you a Teams meeting request. We can do it by video or I can call you - whatever's easiest. If the time doesn't work, just reply and I'll find another slot this week.

Following this conversation, shortlisted candidates will be asked to complete a short written exercise before panel interviews.

Ngā mihi,
Sarah

Sarah Whitfield
Senior Talent Acquisition Advisor | People, Culture and Capability
Ministry for Regional Resilience | Te Manatū Manawaroa ā-Rohe
44 The Terrace, PO Box 5092, Wellington 6140
DDI +64 4 890 7712
"""
    m1, _ = simple_thread_mail(k + "1", frm=A(*SARAH), to=ME, date=d1,
                               subject="Senior Policy Analyst, Regional Systems (MRR/2026/118) – first conversation",
                               text=t1, dom=MRR_D, html=True, mailer="Microsoft Outlook 16.0")
    desc = ("Kia ora Tama, this is our 30-minute conversation about the Senior Policy Analyst, Regional "
            "Systems role. Join on Teams below, or let me know if you'd prefer a phone call.\n\n" + teams_block(k))
    ics = vcal("REQUEST", MSPROD, vevent(
        uid=ms_uid(k), start=st, end=en,
        summary="Conversation: Senior Policy Analyst, Regional Systems – Tama Ngata",
        organizer=SARAH, attendees=[], stamp=d2, tzid="New Zealand Standard Time", description=desc,
        location="Microsoft Teams Meeting", owner_partstat="ACCEPTED",
        extra=ms_props(k, 0, busy="BUSY") + ["CLASS:PUBLIC", "PRIORITY:5",
                                              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                                              "ACTION:DISPLAY", "END:VALARM"]),
        tzids=["New Zealand Standard Time"])
    items = [("01-sarah-first-conversation.eml", m1), ("02-conversation-sarah-whitfield.ics", ics.encode("utf-8"))]
    lab = label([iv(MRR, MRR_ROLE, st, en, [SARAH[1]], [SARAH[1]], "phone_screen")], "medium",
                "positive/standalone-outlook-ics",
                "Ministry recruiter screen: mail + saved Outlook .ics with Windows TZID 'New Zealand Standard Time' "
                "(VTIMEZONE carries the daylight rule; 7 Oct is NZDT +13:00). One interview.")
    return items, lab


@case("sydney-case-interview-cancelled")
def c06():
    k = "c06"
    d1 = T("2026-10-06 14:02:10", SYD, "Tue", "+11:00")
    d2 = T("2026-10-12 17:40:05", SYD, "Mon", "+11:00")
    d3 = T("2026-10-12 17:42:51", SYD, "Mon", "+11:00")
    st = T("2026-10-14 10:00", SYD, "Wed", "+11:00")
    en = T("2026-10-14 11:00", SYD, "Wed", "+11:00")
    assert st.astimezone(NZ).strftime("%H:%M") == "12:00"
    uid = ms_uid(k)
    subj = "Quay & Crane | Case interview - Tama Ngata"
    when = "Wednesday, 14 October 2026 10:00 AM-11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney"
    desc = ("Hi Tama,\n\nGreat to chat on Friday. As discussed, the next stage is a case interview with Rohan "
            "Mehta (Partner, Government & Public Sector) and Kate Donnelly (Director, NZ practice). You'll get a "
            "short scenario at the start - a regional council weighing up a flood-resilience investment - and "
            "talk it through with them. No slides needed.\n\nThis is 10am Sydney time, which is midday in "
            "Wellington now both our clocks have gone forward.\n\nSophie\n\n" + teams_block(k))
    att = [(ROHAN[0], ROHAN[1], "NEEDS-ACTION"), (KATE[0], KATE[1], "NEEDS-ACTION")]
    cal1 = vcal("REQUEST", MSPROD, vevent(
        uid=uid, start=st, end=en, summary=subj, organizer=SOPHIE, attendees=att, stamp=d1,
        tzid="AUS Eastern Standard Time", description=desc, location="Microsoft Teams Meeting",
        extra=ms_props(k, 0) + ["CLASS:PUBLIC", "PRIORITY:5"]), tzids=["AUS Eastern Standard Time"])
    to_all = ", ".join([ME, A(*ROHAN), A(*KATE)])
    m1 = outlook_invite(k + "i", org=A(*SOPHIE), to_list=to_all, date=d1, subject=subj, when_label=when,
                        body_text=desc, cal=cal1, lang="en-AU",
                        mid_domain="AU2PR01MB7713.ausprd01.prod.outlook.com")
    t2 = """Hi Tama,

I'm really sorry to be writing with this. Our client has deferred the Wellington programme this role was tied to until the next financial year, and the partners have decided to pause hiring for the NZ practice until it's confirmed.

That means we need to cancel Wednesday's case interview with Rohan and Kate - you'll see the cancellation come through from Outlook shortly. I know you'd set time aside for it, and I'm sorry for the short notice.

I'll be in touch as soon as I hear the programme is back on. In the meantime, Rohan asked me to pass on that he enjoyed reading your writing sample.

Warm regards,
Sophie
"""
    m2, _ = simple_thread_mail(k + "m", frm=A(*SOPHIE), to=ME, date=d2,
                               subject="Wednesday's case interview", text=t2, dom=QC_D,
                               mailer="Microsoft Outlook 16.0")
    cdesc = "Hiring for this role has been paused. Apologies for any inconvenience."
    cal3 = vcal("CANCEL", MSPROD, vevent(
        uid=uid, start=st, end=en, summary="Canceled: " + subj, organizer=SOPHIE, attendees=att, stamp=d3,
        tzid="AUS Eastern Standard Time", description=cdesc, location="Microsoft Teams Meeting", seq=1,
        status="CANCELLED", extra=ms_props(k, 1, busy="FREE") + ["CLASS:PUBLIC", "PRIORITY:1"]),
        tzids=["AUS Eastern Standard Time"])
    m3 = outlook_invite(k + "c", org=A(*SOPHIE), to_list=to_all, date=d3, subject="Canceled: " + subj,
                        when_label=when, body_text=cdesc, cal=cal3, method="CANCEL", lang="en-AU",
                        mid_domain="AU2PR01MB7713.ausprd01.prod.outlook.com")
    items = [("01-teams-invite-case-interview.eml", m1), ("02-sophie-role-paused.eml", m2),
             ("03-canceled-case-interview.eml", m3)]
    lab = label([iv(QC, QC_ROLE, st, en, [ROHAN[1], KATE[1]], [ROHAN[1], KATE[1]], "onsite",
                    status="cancelled")], "medium", "positive/cancelled-teams",
                "Teams case interview Wed 14 Oct 10:00 AEDT (+11:00; label still says UTC+10:00), cancelled by mail "
                "and METHOD:CANCEL (same UID, SEQUENCE 1). Kept as cancelled at its last time.")
    return items, lab


@case("community-trust-owner-on-panel")
def c07():
    k = "c07"
    d = T("2026-10-06 19:45:11", NZ, "Tue", "+13:00")
    st = T("2026-10-08 17:30", NZ, "Thu", "+13:00")
    en = T("2026-10-08 18:15", NZ, "Thu", "+13:00")
    LINDA = ("Linda Faasavalu", "linda.faasavalu@owhirobay.org.example")
    PITA = ("Pita Ioane", "pita.ioane@owhirobay.org.example")
    SIONE = ("Sione Tupou", "sione.tupou@example.net")
    summary = "Interview panel – Community Coordinator (Sione Tupou)"
    desc = ("Kia ora koutou - thanks again for agreeing to sit on the panel, Tama and Pita. Sione is our second "
            "candidate for the Community Coordinator role.\n\nI'll open with a mihi and introductions. Tama, could "
            "you take the questions on community engagement and working with the school? Pita will cover the "
            "budget and volunteer questions. The interview guide and Sione's CV are in the shared folder.\n\n"
            "Let's meet at the hall at 5.15 to prep.\n\nLinda")
    loc = "Ōwhiro Bay Community Hall, 3 Happy Valley Road, Wellington"
    cal = vcal("REQUEST", GPROD, vevent(
        uid=g_uid(k), start=st, end=en, summary=summary, organizer=LINDA,
        attendees=[(LINDA[0], LINDA[1], "ACCEPTED"), (PITA[0], PITA[1], "ACCEPTED"),
                   (SIONE[0], SIONE[1], "NEEDS-ACTION")],
        stamp=d, description=desc, location=loc))
    m = google_invite(k, org_name=LINDA[0], org_email=LINDA[1], date=d,
                      subject=f"Invitation: {summary} @ Thu Oct 8, 2026 5:30pm - 6:15pm (NZDT) ({OWNER})",
                      summary=summary, when_line="Thursday Oct 8, 2026 ⋅ 5:30pm – 6:15pm",
                      tz_label="New Zealand Time", location=loc,
                      guests=[(LINDA[0], LINDA[1], True), (PITA[0], PITA[1], False),
                              (SIONE[0], SIONE[1], False), (OWNER_NAME, OWNER, False)],
                      description=desc, cal=cal, meet=False)
    return [("01-invitation-interview-panel.eml", m)], label(
        [], "hard", "negative/user-is-interviewer",
        "Tama sits on a community trust's interview panel; the candidate is Sione Tupou. Not his interview.")


@case("london-screen-crosses-date-line")
def c08():
    k = "c08"
    d = T("2026-10-08 10:15:22", LON, "Thu", "+01:00")
    st = T("2026-10-13 19:30", LON, "Tue", "+01:00")
    en = T("2026-10-13 20:00", LON, "Tue", "+01:00")
    assert st.astimezone(NZ).strftime("%a %d %H:%M") == "Wed 14 07:30"
    zid = "8" + digits(k + "z", 10)
    zpw = H("zpw", k)[:24]
    zurl = f"https://us06web.zoom.us/j/{zid}?pwd={zpw}"
    text = f"""Dear Tama,

Thank you for your application for the Research Fellow, Asia-Pacific Governance post, and for sending through the times that suit you.

I've booked us in for the first of them: Tuesday 13 October at 7.30pm UK time. If my arithmetic is right, that is 7.30am on Wednesday 14 October in Wellington - I'm sorry it's such an early start, and thank you for being flexible.

This first conversation is with me and lasts about 30 minutes. I'll tell you more about the Institute, the Asia-Pacific programme and how our remote fellows work with the London team, and we'll talk through your background and your interest in the role.

Zoom details are below and a calendar file is attached.

Join Zoom Meeting
{zurl}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {digits(k + 'pc', 6)}

With best wishes,
Fiona

Fiona Ashdown
Head of People and Operations
Institute for Civic Futures
3 Tufton Row, London SW1P 3QE
"""
    cal = vcal("REQUEST", "-//zoom.us//iCalendar Event//EN", vevent(
        uid=f"ZOOM{zid}@zoom.us", start=st, end=en,
        summary="Institute for Civic Futures - first conversation (Tama Ngata)", organizer=FIONA,
        attendees=[], stamp=d, tzid="Europe/London",
        description=f"Fiona Ashdown is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}",
        location=zurl), tzids=["Europe/London"])
    body = multi("mixed", [alt(text, k + "a", style="part", font="Arial, sans-serif"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="iCalendar.ics"', cal, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="iCalendar.ics"')])],
                 k, style="part")
    m = eml(k, frm=A(*FIONA), to=ME, date=d,
            subject="Institute for Civic Futures – Research Fellow: first conversation", body=body,
            mid=msgid(k, ICF_D), mailer="Apple Mail (2.3826.500.181)")
    lab = label([iv(ICF, ICF_ROLE, st, en, [FIONA[1]], [FIONA[1]], "phone_screen")], "hard",
                "positive/london-nz-date-crossing",
                "London screen Tue 13 Oct 19:30 BST (+01:00) = Wed 14 Oct 07:30 NZDT (12 h apart before 25 Oct); "
                "the two calendar dates differ. Zoom .ics uses TZID=Europe/London.")
    return [("01-fiona-first-conversation.eml", m)], lab


@case("ministry-written-exercise-snaphire")
def c09():
    k = "c09"
    d = T("2026-10-09 09:30:12", NZ, "Fri", "+13:00")
    st = T("2026-10-13 09:00", NZ, "Tue", "+13:00")
    en = T("2026-10-13 10:30", NZ, "Tue", "+13:00")
    text = """Kia ora Tama,

Thank you for taking the time to speak with Sarah on Wednesday. We're pleased to let you know you've progressed to the next stage of the recruitment process for Senior Policy Analyst, Regional Systems (MRR/2026/118).

This stage is a written exercise. You'll prepare a short briefing note (no more than two pages) to the Minister for Regional Resilience on an issue we provide.

When: Tuesday 13 October 2026. The exercise will be released in your candidate portal at 9.00am and you will have 90 minutes to complete and upload your response (by 10.30am).

Where: Online, from wherever you're comfortable. There is no interview or call at this stage, and nobody from the Ministry will be joining you.

We've attached a calendar reminder so you can block out the time. If you need any adjustments, such as extra time, please reply to this email before Monday.

Log in to your candidate portal: https://mrr.snaphire.com/candidate/login

Ngā mihi,
Recruitment Team
Ministry for Regional Resilience | Te Manatū Manawaroa ā-Rohe

This email was sent via Snaphire on behalf of the Ministry for Regional Resilience.
"""
    cal = vcal("PUBLISH", "-//Snaphire//Candidate Calendar//EN", vevent(
        uid=f"{H('snap', k)[:24]}@snaphire.com", start=st, end=en,
        summary="Written exercise window – Senior Policy Analyst (MRR)",
        organizer=("MRR Recruitment", "recruitment@mrr.govt.example"), attendees=[], stamp=d,
        tzid="Pacific/Auckland",
        description="Your written exercise will be released in the Snaphire candidate portal at 9.00am. "
                    "Submit within 90 minutes.", location="Online – Snaphire candidate portal"),
        tzids=["Pacific/Auckland"])
    body = multi("mixed", [alt(text, k + "a", enc_text="qp", enc_html="b64", style="part",
                               font="Arial, sans-serif"),
                           leaf('text/calendar; charset="UTF-8"; name="written-exercise.ics"', cal, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="written-exercise.ics"')])],
                 k, style="part")
    m = eml(k, frm="Ministry for Regional Resilience <noreply@snaphire.com>", to=ME, date=d,
            subject="Next step: written exercise – Senior Policy Analyst, Regional Systems", body=body,
            reply_to="MRR Recruitment <recruitment@mrr.govt.example>", mid=msgid(k, "snaphire.com"))
    return [("01-snaphire-written-exercise.eml", m)], label(
        [], "hard", "negative/written-exercise",
        "Timed written exercise with a calendar hold (.ics, 9:00-10:30 NZDT); explicitly no interview or call.")


@case("avonside-propose-then-confirm-zoom")
def c10():
    k = "c10"
    d1 = T("2026-10-09 13:05:48", NZ, "Fri", "+13:00")
    d2 = T("2026-10-09 15:22:10", NZ, "Fri", "+13:00")
    d3 = T("2026-10-12 09:10:33", NZ, "Mon", "+13:00")
    d4 = T("2026-10-12 09:34:02", NZ, "Mon", "+13:00")
    d5 = T("2026-10-12 10:02:19", NZ, "Mon", "+13:00")
    T("2026-10-14 14:00", NZ, "Wed", "+13:00")
    T("2026-10-16 09:30", NZ, "Fri", "+13:00")
    st = T("2026-10-15 11:30", NZ, "Thu", "+13:00")
    en = st + timedelta(minutes=45)
    subj = "Interview – Senior Research Policy Advisor (Ref 4471)"
    jess_a = "Jess McAllister <jess.mcallister@avonside.ac.example>"
    t1 = """Kia ora Tama,

Thank you for your patience while the selection panel worked through applications for the Senior Research Policy Advisor role in the Research Office. I'm pleased to let you know you've been shortlisted for an interview.

Interviews are being held over Zoom and will take about 45 minutes. Could you please let me know which of these times suits you best?

- Wednesday 14 October, 2.00pm
- Thursday 15 October, 11.00am
- Friday 16 October, 9.30am

The panel will be Dr Anaru Whaanga (Director, Research Office), Claire Beaumont (Research Policy Manager) and Dr Mei Lin Tan (Senior Lecturer, School of Government). You'll be asked a set of behavioural questions and one question on the Performance-Based Research Fund, so it's worth a look at the latest PBRF review before the day.

Ngā mihi nui,
Jess

Jess McAllister
HR Advisor – Recruitment | People and Culture
Avonside University | Ōtautahi Christchurch
"""
    m1, r1 = simple_thread_mail(k + "1", frm=A(*JESS), to=ME, date=d1, subject=subj, text=t1, dom=AVON_D,
                                html=True, mailer="Microsoft Outlook 16.0")
    t2 = ("Kia ora Jess,\n\nThanks so much, that's great news. Thursday 15 October at 11am would suit me best.\n\n"
          "Ngā mihi,\nTama\n\n" + quote(t1, jess_a, d1))
    m2, r2 = simple_thread_mail(k + "2", frm=ME, to=A(*JESS), date=d2, subject="Re: " + subj, text=t2,
                                dom="mail.example.com", prev=r1)
    t3 = ("Mōrena Tama,\n\nSorry for the juggle - Anaru has just been asked to chair a Senate subcommittee that "
          "now runs until 11.15 on Thursday. Would 11.30am on Thursday work instead? Everything else stays the "
          "same.\n\nNgā mihi,\nJess\n\n" + quote(t2, ME, d2))
    m3, r3 = simple_thread_mail(k + "3", frm=A(*JESS), to=ME, date=d3, subject="RE: " + subj, text=t3,
                                dom=AVON_D, prev=r2, mailer="Microsoft Outlook 16.0")
    t4 = ("No problem at all, Jess - half eleven on Thursday is fine.\n\nTama\n\n" + quote(t3, jess_a, d3))
    m4, r4 = simple_thread_mail(k + "4", frm=ME, to=A(*JESS), date=d4, subject="Re: " + subj, text=t4,
                                dom="mail.example.com", prev=r3)
    zid = "9" + digits(k + "z", 9)
    t5 = (f"Ka pai, thanks Tama - you're locked in. I've copied the panel in so everyone has your details.\n\n"
          f"Join Zoom meeting: https://avonside.zoom.us/j/{zid}\nMeeting ID: {zid[:3]} {zid[3:6]} {zid[6:]}\n"
          f"Passcode: {digits(k + 'pc', 6)}\n\nIf anything goes wrong with the link on the day, call me on "
          f"03 369 2210 and I'll get you connected.\n\nKia pai tō rā,\nJess\n\n" + quote(t4, ME, d4))
    m5, _ = simple_thread_mail(k + "5", frm=A(*JESS), to=ME, cc=", ".join([A(*ANARU), A(*CLAIRE), A(*MEILIN)]),
                               date=d5, subject="RE: " + subj, text=t5, dom=AVON_D, prev=r4, html=True,
                               mailer="Microsoft Outlook 16.0")
    items = [("01-jess-shortlisted-times.eml", m1), ("02-tama-picks-thursday.eml", m2),
             ("03-jess-asks-1130.eml", m3), ("04-tama-agrees.eml", m4), ("05-jess-locked-in.eml", m5)]
    ivs = [ANARU[1], CLAIRE[1], MEILIN[1]]
    lab = label([iv(AVON, AVON_ROLE, st, en, ivs, ivs, "onsite")], "hard", "positive/thread-propose-confirm",
                "Three slots offered, Tama picks Thu 11:00, coordinator moves it to 11:30, Tama agrees, final mail "
                "only says 'locked in'. 45 minutes -> 11:30-12:15 NZDT. Three-person Zoom panel; coordinator not an "
                "interviewer.")
    return items, lab


@case("marae-hui-invite")
def c11():
    k = "c11"
    d = T("2026-10-11 20:12:40", NZ, "Sun", "+13:00")
    st = T("2026-10-18 13:00", NZ, "Sun", "+13:00")
    en = T("2026-10-18 16:00", NZ, "Sun", "+13:00")
    KIRI = ("Kiri Ngata", "kiri.ngata@example.net")
    HONE = ("Hone Ngata", "hone.ngata@example.net")
    MEREANA = ("Mereana Ngata", "mereana.ngata@example.org")
    summary = "Hui – Te Pātaka Marae wharekai rebuild"
    desc = ("Kia ora whānau,\n\nHui at the marae to kōrero about the wharekai rebuild: the two builder quotes, the "
            "Lottery Community grant application and the working bee in November. Tama, can you bring the draft "
            "grant application so we can go through it together?\n\nKai to follow, so bring a plate.\n\n"
            "Nau mai, haere mai,\nKiri")
    loc = "Te Pātaka Marae, 12 Rangiuru Road, Ōtaki 5512"
    cal = vcal("REQUEST", GPROD, vevent(
        uid=g_uid(k), start=st, end=en, summary=summary, organizer=KIRI,
        attendees=[(KIRI[0], KIRI[1], "ACCEPTED"), (HONE[0], HONE[1], "ACCEPTED"),
                   (MEREANA[0], MEREANA[1], "NEEDS-ACTION")], stamp=d, description=desc, location=loc))
    m = google_invite(k, org_name=KIRI[0], org_email=KIRI[1], date=d,
                      subject=f"Invitation: {summary} @ Sun Oct 18, 2026 1pm - 4pm (NZDT) ({OWNER})",
                      summary=summary, when_line="Sunday Oct 18, 2026 ⋅ 1pm – 4pm", tz_label="New Zealand Time",
                      location=loc, guests=[(KIRI[0], KIRI[1], True), (HONE[0], HONE[1], False),
                                            (MEREANA[0], MEREANA[1], False), (OWNER_NAME, OWNER, False)],
                      description=desc, cal=cal, meet=False)
    return [("01-invitation-marae-hui.eml", m)], label(
        [], "easy", "negative/personal-event", "Whānau hui at the marae about a kitchen rebuild; no hiring.")


@case("ministry-panel-in-person-two-invites")
def c12():
    k = "c12"
    d1 = T("2026-10-14 15:40:26", NZ, "Wed", "+13:00")
    d2 = T("2026-10-14 15:46:03", NZ, "Wed", "+13:00")
    d3 = T("2026-10-14 15:48:37", NZ, "Wed", "+13:00")
    s1 = T("2026-10-20 10:00", NZ, "Tue", "+13:00")
    e1 = T("2026-10-20 11:00", NZ, "Tue", "+13:00")
    s2 = T("2026-10-20 11:15", NZ, "Tue", "+13:00")
    e2 = T("2026-10-20 11:45", NZ, "Tue", "+13:00")
    t1 = """Kia ora Tama,

Great news - the panel would like to meet you in person for the Senior Policy Analyst, Regional Systems role. Your interview is on Tuesday 20 October at our Wellington office, 44 The Terrace.

Here's how the morning will run:

10.00 - 11.00am  Panel interview with Losa Faleolo (Policy Manager, Regional Systems), Daniel Kerr (Principal Policy Advisor) and Huia Paewai (Senior Advisor, Māori Crown Relations)
11.00 - 11.15am  A short break - tea and coffee on Level 6
11.15 - 11.45am  An informal kōrero with Ben Sutherland, one of the Senior Policy Analysts in the team, so you can ask what the work is really like

Just so you know what to expect on the day: we don't hold a pōwhiri or mihi whakatau for interviews. Come to reception on the ground floor about ten minutes early, sign in, and I'll come down and bring you up. You're very welcome to open with your pepeha if you'd like to, but there's no expectation.

There's no presentation to prepare. The panel will ask about your policy experience, how you've worked with regional partners, and one question that builds on your written exercise.

I'll send two calendar invitations shortly, one for each part of the morning.

Ngā mihi,
Aroha

Aroha Kingi
Recruitment Coordinator | People, Culture and Capability
Ministry for Regional Resilience | Te Manatū Manawaroa ā-Rohe
"""
    m1, _ = simple_thread_mail(k + "1", frm=A(*AROHA), to=ME, cc=A(*SARAH), date=d1,
                               subject="Interview – Senior Policy Analyst, Regional Systems – Tuesday 20 October",
                               text=t1, dom=MRR_D, html=True, mailer="Microsoft Outlook 16.0")
    loc = "MRR Wellington – Level 6, 44 The Terrace – Room Tawa"
    inv = []
    for n, (st, en, people, summ, body, when) in enumerate([
        (s1, e1, [LOSA, DANIEL, HUIA], "Panel interview – Senior Policy Analyst, Regional Systems – Tama Ngata",
         "Panel: Losa Faleolo, Daniel Kerr, Huia Paewai. Aroha will meet Tama at ground floor reception at 9.50am.",
         "Tuesday, 20 October 2026 10:00 AM-11:00 AM (UTC+12:00) Auckland, Wellington"),
        (s2, e2, [BEN], "Kōrero with the team – Tama Ngata (Senior Policy Analyst candidate)",
         "Informal kōrero with Ben Sutherland straight after the panel and a short break.",
         "Tuesday, 20 October 2026 11:15 AM-11:45 AM (UTC+12:00) Auckland, Wellington"),
    ], start=1):
        kk = f"{k}i{n}"
        dd = d2 if n == 1 else d3
        cal = vcal("REQUEST", MSPROD, vevent(
            uid=ms_uid(kk), start=st, end=en, summary=summ, organizer=AROHA,
            attendees=[(p[0], p[1], "NEEDS-ACTION") for p in people], stamp=dd,
            tzid="New Zealand Standard Time", description=body, location=loc,
            extra=ms_props(kk, 0) + ["CLASS:PUBLIC", "PRIORITY:5"]), tzids=["New Zealand Standard Time"])
        inv.append(outlook_invite(kk, org=A(*AROHA), to_list=", ".join([ME] + [A(*p) for p in people]), date=dd,
                                  subject=summ, when_label=when, body_text=body + f"\n\nWhere: {loc}", cal=cal,
                                  mid_domain="SY4PR01MB6120.ausprd01.prod.outlook.com"))
    items = [("01-aroha-interview-details.eml", m1), ("02-invite-panel-interview.eml", inv[0]),
             ("03-invite-korero-with-team.eml", inv[1])]
    ivs = [LOSA[1], DANIEL[1], HUIA[1], BEN[1]]
    lab = label([iv(MRR, MRR_ROLE, s1, e2, ivs, ivs, "onsite")], "hard", "positive/onsite-several-invites",
                "In-person morning (no pōwhiri): panel 10:00-11:00 + break + team kōrero 11:15-11:45, sent as two "
                "Outlook invites (Windows TZID 'New Zealand Standard Time', label '(UTC+12:00)' although NZDT "
                "+13:00). One onsite interview 10:00-11:45 with all four interviewers; coordinator excluded.")
    return items, lab


@case("kowhai-pay-two-interviews")
def c13():
    k = "c13"
    d1 = datetime(2026, 10, 14, 1, 3, 11, tzinfo=UTC)
    d2 = T("2026-10-20 16:20:37", NZ, "Tue", "+13:00")
    d3 = T("2026-10-20 16:24:02", NZ, "Tue", "+13:00")
    s1 = T("2026-10-19 09:30", NZ, "Mon", "+13:00")
    e1 = T("2026-10-19 10:15", NZ, "Mon", "+13:00")
    s2 = T("2026-10-28 13:00", NZ, "Wed", "+13:00")
    e2 = T("2026-10-28 14:00", NZ, "Wed", "+13:00")
    assert utcz(s1) == "20261018T203000Z" and utcz(s2) == "20261028T000000Z"
    code = meet_code(k + "sr")
    t1 = f"""Hi Tama,

Your interview for Regulatory Policy Lead at Kōwhai Pay has been confirmed.

Interview: Hiring manager interview
Date: Monday, October 19, 2026
Time: 9:30 AM - 10:15 AM (GMT+13:00) Pacific/Auckland
Location: Google Meet - https://meet.google.com/{code}
Interviewer: Matiu Herewini, Head of Policy & Regulatory Affairs (matiu.herewini@kowhaipay.example)

A calendar invitation is attached for your convenience. If you need to reschedule, reply to this email and your recruiter will get back to you.

Good luck!
Kōwhai Pay Talent Team

Powered by SmartRecruiters
"""
    cal1 = vcal("REQUEST", "-//SmartRecruiters//Interview Scheduler//EN", vevent(
        uid=f"{H('sr', k)[:8]}-{H('sr', k)[8:12]}-{H('sr', k)[12:16]}-{H('sr', k)[16:28]}@smartrecruiters.com",
        start=s1, end=e1, summary="Interview: Regulatory Policy Lead - Tama Ngata (Kōwhai Pay)",
        organizer=OLIVIA, attendees=[(MATIU[0], MATIU[1], "ACCEPTED")], stamp=d1,
        description=f"Hiring manager interview with Matiu Herewini.\nGoogle Meet: https://meet.google.com/{code}",
        location=f"https://meet.google.com/{code}"))
    body = multi("mixed", [alt(t1, k + "a", enc_text="qp", enc_html="b64", style="part",
                               font="Helvetica, Arial, sans-serif"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', cal1, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="interview.ics"')])],
                 k, style="part")
    m1 = eml(k + "1", frm=A("Kōwhai Pay", "noreply@smartrecruiters.com"), to=ME, date=d1,
             subject="Interview confirmed: Regulatory Policy Lead at Kōwhai Pay", body=body,
             reply_to=A(*OLIVIA), mid=msgid(k + "1", "smartrecruiters.com"))
    t2 = """Kia ora Tama,

Matiu really enjoyed your chat yesterday - thanks for making time first thing on a Monday. We'd love to move you to the next stage.

That's a one-hour regulatory case walkthrough with Ana Fifita, our General Counsel. Ana will share a short scenario on the day (a draft Reserve Bank consultation on deposit-taker rules) and talk it through with you. It's a conversation, not a presentation. I've sent a calendar invite for Wednesday 28 October at 1pm, the week after Labour Weekend.

Any questions, flick me a message.

Cheers,
Olivia

Olivia Tan | Talent Partner | Kōwhai Pay
Level 4, 18 Customs Street East, Tāmaki Makaurau Auckland
"""
    m2, _ = simple_thread_mail(k + "2", frm=A(*OLIVIA), to=ME, date=d2,
                               subject="Next stage – case walkthrough with Ana", text=t2, dom=KP_D, enc="8bit")
    summary = "Kōwhai Pay – Regulatory case walkthrough (Tama Ngata)"
    desc = ("Case walkthrough with Ana Fifita (General Counsel) for the Regulatory Policy Lead role. Ana will share "
            "the scenario at the start of the call.")
    cal3 = vcal("REQUEST", GPROD, vevent(
        uid=g_uid(k + "3"), start=s2, end=e2, summary=summary, organizer=OLIVIA,
        attendees=[(OLIVIA[0], OLIVIA[1], "ACCEPTED"), (ANA[0], ANA[1], "ACCEPTED")], stamp=d3,
        description=desc, extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code(k + '3')}"]))
    m3 = google_invite(k + "3", org_name=OLIVIA[0], org_email=OLIVIA[1], date=d3,
                       subject=f"Invitation: {summary} @ Wed Oct 28, 2026 1pm - 2pm (NZDT) ({OWNER})",
                       summary=summary, when_line="Wednesday Oct 28, 2026 ⋅ 1pm – 2pm", tz_label="New Zealand Time",
                       guests=[(OLIVIA[0], OLIVIA[1], True), (ANA[0], ANA[1], False), (OWNER_NAME, OWNER, False)],
                       description=desc, cal=cal3)
    items = [("01-smartrecruiters-interview-confirmed.eml", m1), ("02-olivia-next-stage.eml", m2),
             ("03-invitation-case-walkthrough.eml", m3)]
    lab = label([iv(KP, KP_ROLE, s1, e1, [MATIU[1]], [MATIU[1]], "hiring_manager"),
                 iv(KP, KP_ROLE, s2, e2, [ANA[1]], [ANA[1]], "technical")], "medium",
                "positive/two-interviews-ats-and-google",
                "Two interviews: SmartRecruiters confirmation + .ics in UTC (20:30Z on 18 Oct = Mon 19 Oct 09:30 "
                "NZDT), then a Google invite for Wed 28 Oct 13:00 NZDT (00:00Z). The recruiter's mail between them "
                "refers back to 'yesterday' and is not a third interview.")
    return items, lab


@case("council-panel-jobadder-ics")
def c14():
    k = "c14"
    d = T("2026-10-15 11:05:40", NZ, "Thu", "+13:00")
    st = T("2026-10-22 13:00", NZ, "Thu", "+13:00")
    en = T("2026-10-22 14:00", NZ, "Thu", "+13:00")
    text = """Kia ora Tama,

Thank you for taking the time to kōrero with me last week. I'm delighted to invite you to a panel interview for the Policy Advisor – Housing and Urban Development role.

Date: Thursday 22 October 2026
Time: 1.00pm – 2.00pm
Where: Harbourview City Council, Te Whare Kaunihera, Level 3, 40 Harbour Quay, Wellington. Please check in at the customer service desk on the ground floor and I'll come and meet you.

Your panel:
- Grant Ellison, Manager Housing Policy (grant.ellison@harbourview.govt.example)
- Tui Mahutonga, Principal Advisor Strategy (tui.mahutonga@harbourview.govt.example)

The interview will be a mix of behavioural questions and a short discussion about the Council's draft Housing Action Plan, which you can find on our website. There's no need to prepare a presentation. Please bring photo ID, as we'll ask to sight it for our pre-employment checks.

A calendar invite is attached. If you have any questions, or need any support to take part in the interview, just reply to this email.

Ngā mihi,
Mere Tawhiri
Recruitment Advisor | Harbourview City Council
"""
    loc = "Te Whare Kaunihera, Level 3, 40 Harbour Quay, Wellington"
    cal = vcal("REQUEST", "-//JobAdder//Interview Scheduling//EN", vevent(
        uid=f"interview-{H('ja', k)[:20]}@jobadder.com", start=st, end=en,
        summary="Interview: Policy Advisor – Housing and Urban Development – Harbourview City Council",
        organizer=MERE, attendees=[(GRANT[0], GRANT[1], "ACCEPTED"), (TUI[0], TUI[1], "ACCEPTED")], stamp=d,
        tzid="Pacific/Auckland", description="Panel interview with Grant Ellison and Tui Mahutonga.",
        location=loc), tzids=["Pacific/Auckland"])
    body = multi("mixed", [alt(text, k + "a", enc_text="qp", enc_html="qp", style="part",
                               font="'Open Sans', Arial, sans-serif"),
                           leaf('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"', cal, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="interview.ics"')])],
                 k, style="part")
    m = eml(k, frm=A("Harbourview City Council", "no-reply@jobadder.com"), to=ME, date=d,
            subject="Interview invitation – Policy Advisor – Housing and Urban Development", body=body,
            reply_to=A(*MERE), mid=msgid(k, "jobadder.com"),
            sender="JobAdder <no-reply@jobadder.com>")
    ivs = [GRANT[1], TUI[1]]
    lab = label([iv(HCC, HCC_ROLE, st, en, ivs, ivs, "onsite")], "medium", "positive/ats-email-with-ics",
                "JobAdder panel invitation sent from a no-reply address with Reply-To the recruiter; .ics with "
                "TZID=Pacific/Auckland. Panel of two named with addresses -> onsite.")
    return [("01-jobadder-interview-invitation.eml", m)], lab


@case("london-panel-rescheduled-across-bst-end")
def c15():
    k = "c15"
    d1 = T("2026-10-16 11:02:15", LON, "Fri", "+01:00")
    d2 = T("2026-10-19 09:47:30", LON, "Mon", "+01:00")
    d3 = T("2026-10-19 09:52:08", LON, "Mon", "+01:00")
    d4 = T("2026-10-20 08:12:44", NZ, "Tue", "+13:00")
    s0 = T("2026-10-22 09:00", LON, "Thu", "+01:00")
    e0 = T("2026-10-22 10:00", LON, "Thu", "+01:00")
    st = T("2026-10-29 08:00", LON, "Thu", "+00:00")
    en = T("2026-10-29 09:00", LON, "Thu", "+00:00")
    assert s0.astimezone(NZ).strftime("%H:%M") == st.astimezone(NZ).strftime("%H:%M") == "21:00"
    uid = g_uid(k)
    summary = "ICF panel interview – Research Fellow, Asia-Pacific Governance (Tama Ngata)"
    desc = ("Panel interview with Harriet Cole (Director of Research) and Owen Pryce (Senior Fellow), about an "
            "hour. Tama is joining from Wellington.")
    att = [(ELLIE[0], ELLIE[1], "ACCEPTED"), (HARRIET[0], HARRIET[1], "ACCEPTED"), (OWEN[0], OWEN[1], "ACCEPTED")]
    guests = [(ELLIE[0], ELLIE[1], True), (HARRIET[0], HARRIET[1], False), (OWEN[0], OWEN[1], False),
              (OWNER_NAME, OWNER, False)]
    cal1 = vcal("REQUEST", GPROD, vevent(uid=uid, start=s0, end=e0, summary=summary, organizer=ELLIE,
                                         attendees=att, stamp=d1, tzid="Europe/London", description=desc),
                tzids=["Europe/London"])
    m1 = google_invite(k + "1", org_name=ELLIE[0], org_email=ELLIE[1], date=d1,
                       subject=f"Invitation: {summary} @ Thu Oct 22, 2026 9am - 10am (BST) ({OWNER})",
                       summary=summary, when_line="Thursday Oct 22, 2026 ⋅ 9am – 10am",
                       tz_label="United Kingdom Time", guests=guests, description=desc, cal=cal1)
    t2 = """Dear Tama,

I'm afraid Harriet has been called to give evidence to a parliamentary select committee on Thursday morning, so we need to move your panel interview.

Would Thursday 29 October work instead, at 8am our time? Our clocks go back on Sunday 25th, so 8am in London will still be 9pm for you in Wellington - the same point in your evening, just an hour earlier on our side. Owen is free then too.

I'll send an updated invitation straight after this; if it works, just accept it. And apologies for asking you to do another late one.

Kind regards,
Ellie

Ellie Marsh
Programme Coordinator, Asia-Pacific Governance
Institute for Civic Futures
"""
    m2, r2 = simple_thread_mail(k + "2", frm=A(*ELLIE), to=ME, cc=A(*HARRIET), date=d2,
                                subject="Moving your panel interview", text=t2, dom=ICF_D,
                                mailer="Apple Mail (2.3826.500.181)")
    cal3 = vcal("REQUEST", GPROD, vevent(uid=uid, start=st, end=en, summary=summary, organizer=ELLIE,
                                         attendees=att, stamp=d3, tzid="Europe/London", description=desc, seq=1),
                tzids=["Europe/London"])
    m3 = google_invite(k + "3", org_name=ELLIE[0], org_email=ELLIE[1], date=d3,
                       subject=f"Updated invitation: {summary} @ Thu Oct 29, 2026 8am - 9am (GMT) ({OWNER})",
                       summary=summary, when_line="Thursday Oct 29, 2026 ⋅ 8am – 9am",
                       tz_label="United Kingdom Time", guests=guests, description=desc, cal=cal3,
                       update_note="This event has been updated\nChanged: time")
    t4 = ("Hi Ellie,\n\nNo problem at all - 9pm on Thursday the 29th my time suits, and I've accepted the new "
          "invitation. Best of luck to Harriet at the select committee.\n\nKind regards,\nTama\n\n" +
          quote(t2, "Ellie Marsh <ellie.marsh@civicfutures.example>", d2))
    m4, _ = simple_thread_mail(k + "4", frm=ME, to=A(*ELLIE), date=d4, subject="Re: Moving your panel interview",
                               text=t4, dom="mail.example.com", prev=r2)
    items = [("01-invitation-panel-22-oct.eml", m1), ("02-ellie-moving-interview.eml", m2),
             ("03-updated-invitation-29-oct.eml", m3), ("04-tama-accepts.eml", m4)]
    ivs = [HARRIET[1], OWEN[1]]
    lab = label([iv(ICF, ICF_ROLE, st, en, ivs, ivs, "onsite")], "hard", "positive/reschedule-across-dst",
                "Video panel moved from Thu 22 Oct 09:00 BST (+01:00) to Thu 29 Oct 08:00 GMT (+00:00), same UID, "
                "SEQUENCE 1. Both are 21:00 NZDT: London clock changes, Wellington clock does not (12 h -> 13 h "
                "apart after 25 Oct). One interview at the final time.")
    return items, lab


@case("avonside-rejection-after-panel")
def c16():
    k = "c16"
    d = T("2026-10-21 14:30:05", NZ, "Wed", "+13:00")
    text = """Kia ora Tama,

Thank you for meeting with the panel on Thursday 15 October at 11.30am, and for the care you put into your answers - the panel particularly appreciated your thinking on the PBRF changes.

It was a very strong field, and after a lot of deliberation the panel has offered the role to another candidate. I know this isn't the news you were hoping for.

Anaru would be happy to give you feedback over the phone if that would be useful. Just reply to this email and I'll set up a 15-minute call at a time that suits you.

We'd also encourage you to keep an eye on our vacancies page, as the Research Office is likely to advertise a fixed-term role early next year.

Ngā mihi nui,
Jess

Jess McAllister
HR Advisor – Recruitment | People and Culture
Avonside University | Ōtautahi Christchurch
"""
    m, _ = simple_thread_mail(k, frm=A(*JESS), to=ME, date=d,
                              subject="Senior Research Policy Advisor – outcome of your application", text=text,
                              dom=AVON_D, html=True, mailer="Microsoft Outlook 16.0")
    return [("01-jess-outcome.eml", m)], label(
        [], "medium", "negative/rejection",
        "Rejection that restates the past interview date/time and offers an unbooked feedback call.")


@case("labour-weekend-bbq-gcal")
def c17():
    k = "c17"
    st = T("2026-10-24 15:00", NZ, "Sat", "+13:00")
    en = T("2026-10-24 21:00", NZ, "Sat", "+13:00")
    created = T("2026-10-15 19:02:11", NZ, "Thu", "+13:00")
    updated = T("2026-10-22 08:40:27", NZ, "Thu", "+13:00")
    HEMI = ("Hemi Walker", "hemi.walker@example.net")
    ev = gcal_event(k, summary="Labour Weekend BBQ 🔥 at Hemi & Ange's",
                    description="Bring a plate, and your togs if the weather plays ball. Tama - we want the full "
                                "debrief on the job hunt, how many interviews is it now?? Kids and dogs welcome. "
                                "No work talk after 6 🍺",
                    start=st, end=en, tzname="Pacific/Auckland", organizer=HEMI,
                    attendees=[{"email": HEMI[1], "displayName": HEMI[0], "organizer": True,
                                "responseStatus": "accepted"},
                               {"email": "ange.walker@example.net", "displayName": "Ange Walker",
                                "responseStatus": "accepted"},
                               {"email": "sam.ruatapu@example.org", "displayName": "Sam Ruatapu",
                                "responseStatus": "tentative"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}],
                    created=created, updated=updated, location="27 Ōwhiro Bay Parade, Wellington", meet=False,
                    seq=1)
    return [("01-labour-weekend-bbq.gcal.json", ev)], label(
        [], "easy", "negative/personal-event",
        "Calendar API event for a Labour Weekend barbecue; mentions the job hunt and interviews in passing.")


@case("kiwisaver-adviser-calendly")
def c18():
    k = "c18"
    d = datetime(2026, 10, 23, 2, 14, 51, tzinfo=UTC)
    assert d.astimezone(NZ).strftime("%a %H:%M") == "Fri 15:14"
    st = T("2026-10-27 12:30", NZ, "Tue", "+13:00")
    en = T("2026-10-27 13:00", NZ, "Tue", "+13:00")
    HANNAH = ("Hannah Brooks", "hannah.brooks@totarainvest.example")
    inv = H("cal", k)
    uuid = f"{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}"
    zid = "8" + digits(k, 10)
    text = f"""Hi Tama Ngata,

Your KiwiSaver Review Call with Hannah Brooks at 12:30pm (New Zealand Time) on Tuesday, 27 October 2026 is scheduled.

Event Type:
KiwiSaver Review Call (30 min)

Event Date/Time:
12:30pm - 1:00pm (New Zealand Time) on Tuesday, 27 October 2026

Location:
Zoom - https://us02web.zoom.us/j/{zid}

Invitee:
Tama Ngata
tama.ngata@example.com

Questions:
Anything you'd like Hannah to know before the call?
I'm interviewing for a few new jobs and may change employer in November. Want to check my contribution rate and whether the growth fund makes sense.

Hannah Brooks is a Financial Adviser with Tōtara Investments. A disclosure statement is available at https://totarainvest.example/disclosure

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid}
Reschedule: https://calendly.com/reschedulings/{uuid}

Powered by Calendly.com
"""
    cal = vcal("REQUEST", "-//Calendly//Calendly//EN", vevent(
        uid=f"{uuid}@calendly.com", start=st, end=en,
        summary="KiwiSaver Review Call between Hannah Brooks and Tama Ngata", organizer=HANNAH, attendees=[],
        stamp=d, description=f"Zoom: https://us02web.zoom.us/j/{zid}", location=f"https://us02web.zoom.us/j/{zid}",
        owner_partstat="ACCEPTED"))
    body = multi("mixed", [alt(text, k + "a", enc_text="b64", enc_html="qp", style="part",
                               font="Helvetica, Arial, sans-serif"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "b64",
                                extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])],
                 k, style="part")
    m = eml(k, frm="Calendly <notifications@calendly.com>", to=ME, date=d,
            subject="Confirmed: KiwiSaver Review Call with Hannah Brooks on Tuesday, 27 October 2026", body=body,
            reply_to=A(*HANNAH), mid=msgid(k, "calendly.com"))
    return [("01-calendly-kiwisaver-review.eml", m)], label(
        [], "hard", "negative/financial-adviser-call",
        "Calendly-booked KiwiSaver review with a financial adviser; the invitee note mentions job interviews.")


@case("ministry-final-dce-mail-and-gcal")
def c19():
    k = "c19"
    d = T("2026-10-30 12:15:09", NZ, "Fri", "+13:00")
    created = T("2026-10-30 12:13:40", NZ, "Fri", "+13:00")
    st = T("2026-11-05 15:30", NZ, "Thu", "+13:00")
    en = T("2026-11-05 16:00", NZ, "Thu", "+13:00")
    text = """Kia ora Tama,

Thanks again for coming in on Tuesday the 20th - the panel really enjoyed meeting you, and your written exercise was one of the strongest they saw.

The final step is a conversation with Rāwiri Te Awe, our Deputy Chief Executive, Policy. It's a 30-minute kōrero in person at 44 The Terrace (Level 9 this time - just let reception know you're there to see Rāwiri), on Thursday 5 November at 3.30pm.

It's less formal than the panel. Rāwiri usually wants to hear how you'd approach working with Ministers' offices and with iwi partners on regional recovery, and it's a good chance for you to ask where the Ministry is heading. We'll start reference checks in parallel, so please send me two referees' details when you can.

I've added you to the calendar invitation so it shows up in your calendar.

Ngā mihi,
Sarah

Sarah Whitfield
Senior Talent Acquisition Advisor | People, Culture and Capability
Ministry for Regional Resilience | Te Manatū Manawaroa ā-Rohe
"""
    m, _ = simple_thread_mail(k, frm=A(*SARAH), to=ME, date=d,
                              subject="Final interview – Senior Policy Analyst, Regional Systems", text=text,
                              dom=MRR_D, html=True, mailer="Microsoft Outlook 16.0")
    ev = gcal_event(k, summary="Final interview – Senior Policy Analyst, Regional Systems (Tama Ngata / Rāwiri Te Awe)",
                    description="30-minute kōrero with Rāwiri Te Awe, Deputy Chief Executive, Policy. Please check in "
                                "at ground floor reception and ask for Level 9.",
                    start=st, end=en, tzname="Pacific/Auckland", organizer=SARAH,
                    attendees=[{"email": SARAH[1], "displayName": SARAH[0], "organizer": True,
                                "responseStatus": "accepted"},
                               {"email": RAWIRI[1], "displayName": RAWIRI[0], "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
                    created=created, updated=d, location="Ministry for Regional Resilience, Level 9, 44 The Terrace, "
                                                         "Wellington", meet=False)
    items = [("01-sarah-final-interview.eml", m), ("02-final-interview-dce.gcal.json", ev)]
    lab = label([iv(MRR, MRR_ROLE, st, en, [RAWIRI[1]], [RAWIRI[1]], "hiring_manager")], "medium",
                "positive/email-plus-gcal-api",
                "Final in-person kōrero with the Deputy Chief Executive, in the mail body and as a Calendar API event "
                "(self: true). One interview; the recruiter only organises.")
    return items, lab


@case("london-ceo-availability-request")
def c20():
    k = "c20"
    d = T("2026-11-02 10:05:17", LON, "Mon", "+00:00")
    T("2026-11-09 07:00", LON, "Mon", "+00:00")
    assert T("2026-11-09 07:00", LON, "Mon", "+00:00").astimezone(NZ).strftime("%H:%M") == "20:00"
    text = """Dear Tama,

Thank you for making the late-evening slot work last Thursday - Harriet and Owen really enjoyed the conversation, and we'd like to invite you to one more.

Nadia Rahman, our Chief Executive, would like to meet you before we make a final decision. Could you send me two or three windows in the week of 9 November that would suit? Nadia's diary is most flexible between 7am and 9am UK time, which I believe is 8-10pm in Wellington now that our clocks have gone back.

Once I hear from you I'll confirm a time and send a calendar invitation.

Kind regards,
Ellie

Ellie Marsh
Programme Coordinator, Asia-Pacific Governance
Institute for Civic Futures
"""
    m, _ = simple_thread_mail(k, frm=A(*ELLIE), to=ME, date=d, subject="Next step – meeting Nadia", text=text,
                              dom=ICF_D, mailer="Apple Mail (2.3826.500.181)")
    return [("01-ellie-availability-for-ceo.eml", m)], label(
        [], "hard", "negative/availability-request",
        "Asks for availability windows for a CEO meeting (7-9am GMT = 8-10pm NZDT) but nothing is booked.")


@case("ministry-offer-call")
def c21():
    k = "c21"
    d = T("2026-11-09 17:20:41", NZ, "Mon", "+13:00")
    T("2026-11-10 16:00", NZ, "Tue", "+13:00")
    text = """Kia ora Tama,

I'm delighted to let you know that Rāwiri and the panel would like to offer you the Senior Policy Analyst, Regional Systems role. Congratulations!

Rāwiri would like to ring you tomorrow at 4pm to make the verbal offer himself and talk through a start date. I'll follow up with the formal letter of offer and employment agreement by email, and you'll have five working days to consider it. The salary will be within the band we discussed, and I'm happy to go through the detail any time.

If 4pm tomorrow doesn't suit, let me know and I'll move it.

Ngā mihi nui,
Sarah
"""
    m, _ = simple_thread_mail(k, frm=A(*SARAH), to=ME, date=d,
                              subject="Senior Policy Analyst, Regional Systems – good news", text=text, dom=MRR_D,
                              html=True, mailer="Microsoft Outlook 16.0")
    return [("01-sarah-good-news.eml", m)], label(
        [], "hard", "negative/offer",
        "Offer: a call 'tomorrow at 4pm' with the DCE to make a verbal offer. Not an interview.")


# ================================================================ README + main
TZ_POINTS = [
    ("sydney-screen-aest-before-dst", "Fri 2 Oct 11:00 AEST (+10:00, two days before Sydney daylight time starts on 4 Oct) = 14:00 NZDT; Teams invite with Windows TZID 'AUS Eastern Standard Time' and a '(UTC+10:00)' label."),
    ("council-korero-tomorrow-at-2", "'tomorrow at 2' resolved against Date: Mon, 05 Oct 2026 16:42:10 +1300 -> Tue 6 Oct 14:00 +13:00."),
    ("tuia-recruiter-calendly-screen", "Calendly .ics in UTC: 20261007T233000Z = Thu 8 Oct 12:30 NZDT; Calendly Date header in +0000."),
    ("ministry-phone-screen-standalone-ics", "Windows TZID 'New Zealand Standard Time' used for a daylight-time date (7 Oct, +13:00)."),
    ("sydney-case-interview-cancelled", "Wed 14 Oct 10:00 AEDT (+11:00, after 4 Oct) = 12:00 NZDT; Outlook label still says '(UTC+10:00) Canberra, Melbourne, Sydney'."),
    ("london-screen-crosses-date-line", "Tue 13 Oct 19:30 BST (+01:00) = Wed 14 Oct 07:30 NZDT (12 h apart); different calendar dates on each side."),
    ("ministry-panel-in-person-two-invites", "Two Outlook invites with 'New Zealand Standard Time' and '(UTC+12:00) Auckland, Wellington' labels during NZDT (+13:00)."),
    ("kowhai-pay-two-interviews", "SmartRecruiters .ics in UTC: 20261018T203000Z = Mon 19 Oct 09:30 NZDT (UTC date is the day before); Google invite 20261028T000000Z = Wed 28 Oct 13:00 NZDT."),
    ("london-panel-rescheduled-across-bst-end", "Moved from Thu 22 Oct 09:00 BST (+01:00) to Thu 29 Oct 08:00 GMT (+00:00) across the UK change on 25 Oct; both are 21:00 NZDT (12 h -> 13 h apart)."),
    ("kiwisaver-adviser-calendly", "Negative; Calendly Date header +0000 (02:14Z = 15:14 NZDT)."),
    ("london-ceo-availability-request", "Negative; '7-9am UK time' = 8-10pm NZDT after 25 Oct (13 h apart)."),
]


def main():
    _check_dst_2026()
    for p in sorted(OUT.glob("b328-*")):
        shutil.rmtree(p)
    labels = {}
    num = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = f"b328-{i:02d}-{slug}"
        num[slug] = i
        items, lab = fn()
        folder = OUT / cid
        folder.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (folder / name).write_bytes(data)
        labels[cid] = lab
    hdr = "# Labels for blind328 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(hdr + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")
    # README
    pos = [c for c, l in labels.items() if l["interview"]]
    neg = [c for c, l in labels.items() if not l["interview"]]
    allv = [v for l in labels.values() for v in l["interviews"]]
    by_status, by_kind = {}, {}
    for v in allv:
        by_status[v["status"]] = by_status.get(v["status"], 0) + 1
        by_kind[v["kind"]] = by_kind.get(v["kind"], 0) + 1
    lines = [
        "# blind328: Wellington policy analyst job hunt, NZ English, NZ/Sydney/London time zones (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a policy analyst in Wellington (Pacific/Auckland; NZ daylight "
        "time started 27 Sep 2026, so +13:00 throughout).",
        "",
        "This set was written blind: only the eval README and a few dev files were read for format; no tool code, "
        "tests or other sets.",
        "",
        "## What it stresses",
        "- NZ English from a ministry, a city council, a Christchurch university, an Auckland fintech, a Sydney "
        "consultancy and a London think tank (\"Kia ora Tama\", \"Ngā mihi\", \"quick kōrero\", \"Tuesday 20 October\").",
        "- Time-zone arithmetic around three 2026 DST changes (NZ 27 Sep, Sydney 4 Oct, UK 25 Oct), UTC .ics, Windows "
        "TZIDs with misleading '(UTC+hh:00)' labels, and a London slot that falls on the next NZ calendar day.",
        "- Relative dates in the body, a propose/confirm thread whose final mail omits the time, a reschedule "
        "(same UID, higher SEQUENCE) across the UK change, a Teams cancellation, a two-invite in-person loop, two "
        "interviews in one case, mail + Calendar API dedupe.",
        "- Hard negatives: timed written exercise with an .ics hold, owner on someone else's interview panel, a "
        "KiwiSaver adviser booked via Calendly, a rejection restating the interview time, an offer call "
        "'tomorrow at 4pm', an unbooked CEO availability request, a marae hui, a Labour Weekend BBQ, a recruiter "
        "newsletter.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(allv)}; by status: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) + "; by kind: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, text/calendar "
        "method=REQUEST, invite.ics), including an 'Updated invitation' with SEQUENCE 1",
        "- Exchange/Teams invites (multipart/alternative, Windows TZIDs 'New Zealand Standard Time' and 'AUS Eastern "
        "Standard Time', X-MICROSOFT-CDO-* properties), including METHOD:CANCEL",
        "- ATS / scheduler mails with .ics attachments: SmartRecruiters, JobAdder, Snaphire, Calendly, Zoom",
        "- Plain human threads (In-Reply-To/References), text/plain and HTML in quoted-printable, base64 and 8bit",
        "- One standalone Outlook .ics; two Calendar API `.gcal.json` events",
        "",
        "## Time-zone / DST points",
    ]
    for slug, txt in TZ_POINTS:
        lines.append(f"- Case {num[slug]:02d}: {txt}")
    lines += ["", "## Cases", ""]
    for cid, l in labels.items():
        tag = "positive" if l["interview"] else "negative"
        lines.append(f"- `{cid}` ({tag}, {l['difficulty']}): {l['notes']}")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
