#!/usr/bin/env python3
"""Generate the blind274 evaluation set (Dublin theme, written blind).

Deletes and rewrites every b274-* case folder, labels.yaml and README.md next to this file.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
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
SEED = "blind274-dublin-autumn-2026"
OWNER = "aoife.brennan@example.com"
OWNER_NAME = "Aoife Brennan"

DUB = ZoneInfo("Europe/Dublin")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")
LIS = ZoneInfo("Europe/Lisbon")
UTC = timezone.utc

# ---------------------------------------------------------------------------
# 2026 DST sanity checks (EU/UK: Mar 29 / Oct 25; US: Mar 8 / Nov 1)


def _off(y, m, d, h, tz):
    return datetime(y, m, d, h, 0, tzinfo=tz).utcoffset()


H1 = timedelta(hours=1)
assert _off(2026, 3, 28, 12, DUB) == timedelta(0) and _off(2026, 3, 30, 12, DUB) == H1
assert _off(2026, 10, 24, 12, DUB) == H1 and _off(2026, 10, 26, 12, DUB) == timedelta(0)
assert _off(2026, 10, 24, 12, LON) == H1 and _off(2026, 10, 26, 12, LON) == timedelta(0)
assert _off(2026, 10, 24, 12, LIS) == H1 and _off(2026, 10, 26, 12, LIS) == timedelta(0)
assert _off(2026, 3, 7, 12, NYC) == timedelta(hours=-5) and _off(2026, 3, 9, 12, NYC) == timedelta(hours=-4)
assert _off(2026, 10, 31, 12, NYC) == timedelta(hours=-4) and _off(2026, 11, 2, 12, NYC) == timedelta(hours=-5)
for _d, _wd in [(datetime(2026, 10, 25), "Sun"), (datetime(2026, 11, 1), "Sun"),
                (datetime(2026, 3, 29), "Sun"), (datetime(2026, 3, 8), "Sun")]:
    assert _d.strftime("%a") == _wd
# The gap between Dublin and New York is 4 hours between Oct 25 and Nov 1, 5 hours otherwise.
assert datetime(2026, 10, 27, 11, tzinfo=NYC).astimezone(DUB).hour == 15
assert datetime(2026, 10, 30, 10, tzinfo=NYC).astimezone(DUB).hour == 14
assert datetime(2026, 10, 19, 11, tzinfo=NYC).astimezone(DUB).hour == 16


def T(s, tz, wd, off):
    """Aware datetime from 'YYYY-MM-DD HH:MM[:SS]'; asserts weekday and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert dt.strftime("%a") == wd, (s, dt.strftime("%a"), wd)
    got = dt.strftime("%z")
    got = got[:3] + ":" + got[3:]
    assert got == off, (s, got, off)
    return dt


# ---------------------------------------------------------------------------
# deterministic ids


def H(*parts):
    return hashlib.sha256("|".join([SEED, *parts]).encode()).hexdigest()


def msgid(seed, domain):
    h = H("mid", seed)
    return f"<{h[:8].upper()}.{h[8:20]}.{h[20:26]}@{domain}>"


def gmsgid(seed):
    h = H("gmid", seed)
    return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"


def guid(seed):
    import string
    alpha = string.ascii_lowercase + string.digits
    n = int(H("uid", seed), 16)
    out = ""
    for _ in range(26):
        n, r = divmod(n, len(alpha))
        out += alpha[r]
    return out


def meet_code(seed):
    h = int(H("meet", seed), 16)
    letters = "abcdefghijkmnopqrstuvwxyz"
    s = ""
    for _ in range(10):
        h, r = divmod(h, len(letters))
        s += letters[r]
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def digits(seed, n):
    return str(int(H("dig", seed), 16))[:n]


# ---------------------------------------------------------------------------
# MIME helpers (hand-rolled so the bytes are fully deterministic)


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def enc(data, cte):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        s = quopri.encodestring(data).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    s = data.decode("utf-8")
    return s if s.endswith("\n") else s + "\n"


def leaf(ctype, data, cte, extra=()):
    headers = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return {"headers": headers, "body": enc(data, cte)}


def multi(subtype, parts, seed, style="google"):
    if style == "google":
        b = "000000000000" + H("bnd", seed)[:12]
    elif style == "outlook":
        b = "_000_" + H("bnd", seed)[:28].upper() + "_"
    else:
        b = "----=_Part_" + digits(seed, 7) + "_" + digits(seed + "x", 9) + "." + digits(seed + "y", 13)
    body = ""
    for p in parts:
        body += f"--{b}\n" + "\n".join(p["headers"]) + "\n\n" + p["body"]
        if not body.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{b}--\n"
    return {"headers": [f'Content-Type: multipart/{subtype}; boundary="{b}"'], "body": body}


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")


def alt(text, seed, html_text=None, tcte="quoted-printable", hcte="quoted-printable", style="google",
        font="Arial,Helvetica,sans-serif"):
    return multi("alternative", [
        leaf('text/plain; charset="UTF-8"', text, tcte),
        leaf('text/html; charset="UTF-8"', html_text or text_to_html(text, font), hcte),
    ], seed, style)


def received(seed, dt, host, ip):
    return ("Received: from {h} ({h} [{ip}])\n        by mx.example.com with ESMTPS id {i}\n"
            "        for <{o}>;\n        {d}").format(h=host, ip=ip, i=H("rcv", seed)[:14], o=OWNER,
                                                    d=format_datetime(dt.astimezone(UTC)))


def message(seed, date, frm, to, subject, body, *, cc=None, reply_to=None, in_reply_to=None,
            references=None, mid=None, domain="example.com", extra=(), host=None, ip="192.0.2.25",
            sender=None, return_path=None):
    """Assemble a full RFC 5322 message. frm/to/cc are preformatted address strings."""
    lines = [f"Delivered-To: {OWNER}"]
    lines.append(received(seed, date, host or ("mail-" + H("host", seed)[:6] + "." + domain), ip))
    if return_path:
        lines.append(f"Return-Path: <{return_path}>")
    lines.append(f"From: {frm}")
    if sender:
        lines.append(f"Sender: {sender}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"Subject: {hdr(subject)}")
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {mid or msgid(seed, domain)}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append("References: " + "\n ".join(references))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    lines.extend(body["headers"])
    return ("\n".join(lines) + "\n\n" + body["body"]).encode("utf-8")


# ---------------------------------------------------------------------------
# iCalendar helpers


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


VTZ = {
    "Europe/Dublin": ["BEGIN:VTIMEZONE", "TZID:Europe/Dublin", "X-LIC-LOCATION:Europe/Dublin",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:IST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
                          "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                          "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                          "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", extra=""):
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}"
            f";CN={cn}{extra}:mailto:{email}")


def vcal(prodid, method, event_lines, tzids=(), extra_cal=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra_cal)
    for tz in tzids:
        lines.extend(VTZ[tz])
    lines.append("BEGIN:VEVENT")
    lines.extend(event_lines)
    lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


def gtime(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


TZ_LONG = {"Europe/Dublin": "Irish Time - Dublin", "America/New_York": "Eastern Time - New York",
           "Europe/London": "United Kingdom Time", "Europe/Lisbon": "Western European Time - Lisbon"}


def google_invite(seed, sent, organizer, title, start, end, guests, description, *, uid_seed=None,
                  sequence=0, prefix="Invitation", location="", changed=False, disp_tz=DUB):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics).
    organizer = (name, email); guests = [(name, email, partstat)] (organizer included)."""
    oname, oemail = organizer
    s_loc, e_loc = start.astimezone(disp_tz), end.astimezone(disp_tz)
    abbr = s_loc.strftime("%Z")
    when_subj = f"{s_loc.strftime('%a %b')} {s_loc.day}, {s_loc.year} {gtime(s_loc)} - {gtime(e_loc)} ({abbr})"
    subject = f"{prefix}: {title} @ {when_subj} ({OWNER})"
    code = meet_code(seed if uid_seed is None else uid_seed)
    pin = digits(seed + "pin", 9)
    uid = guid(uid_seed or seed) + "@google.com"
    when_line = (f"{s_loc.strftime('%A %b')} {s_loc.day}, {s_loc.year} \u22c5 {gtime(s_loc)} \u2013 {gtime(e_loc)}")
    tzname = TZ_LONG[str(disp_tz)]
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    guest_lines = []
    for n, e, _ in guests:
        guest_lines.append(f"{n} - organizer" if e == oemail else (n or e))
        guest_lines.append(e)
    head = [title]
    if changed:
        head.append("This event has been updated")
        head.append("Changed: date and time")
    head += [when_line, tzname]
    if location:
        head += ["", location]
    text = "\n".join(head) + (
        f"\n\nJoin with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n(IE) +353 1 "
        f"{digits(seed + 'ph', 3)} {digits(seed + 'ph2', 4)}\nPIN: {pin}\n\n"
        f"Organizer\n{oname}\n{oemail}\n\nGuests\n" + "\n".join(guest_lines) +
        f"\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
        f"{description}\n\nReply for {OWNER} and view more details "
        f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n~~//~~\n"
        "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        "You are receiving this email because you are an attendee on the event.\n\n"
        "Forwarding this invitation could allow any recipient to send a response to the organizer, be "
        "added to the guest list, invite others regardless of their own invitation status, or modify your "
        "RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html_text = text_to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    ev = [f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(sent)}",
          f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for n, e, ps in guests:
        ev.append(attendee(n or e, e, ps, extra=";X-NUM-GUESTS=0"))
    ev += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}", f"CREATED:{zulu(sent - timedelta(minutes=3))}",
           "DESCRIPTION:" + ics_escape(description + "\n\n-::~:~::~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: "
                                       f"https://meet.google.com/{code}\n\nPlease do not edit this section.\n"
                                       "-::~:~::~:~:~:~:~:~:~::~:~::-"),
           f"LAST-MODIFIED:{zulu(sent)}", "LOCATION:" + ics_escape(location), f"SEQUENCE:{sequence}",
           "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(title), "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", ev)
    inner = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ], seed + "alt")
    body = multi("mixed", [inner, leaf('application/ics; name="invite.ics"', cal, "base64",
                                         ['Content-Disposition: attachment; filename="invite.ics"'])], seed + "mix")
    sent_utc = sent.astimezone(UTC)
    return message(seed, sent_utc, addr(oname, oemail), OWNER, subject, body, reply_to=addr(oname, oemail),
                   mid=gmsgid(seed), sender="Google Calendar <calendar-notification@google.com>",
                   host="mail-sor-f" + digits(seed, 2) + ".google.com", ip="209.85.220." + digits(seed + "ip", 2),
                   return_path=H("rp", seed)[:20] + "@calendar-server.bounces.google.com")


def long_date(dt):
    return f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B %Y')}"


def us_date(dt):
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year}"


def hm12(dt):
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


CASES = []  # (slug, [(filename, bytes)], label)


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append((slug, items, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


ME = addr(OWNER_NAME, OWNER)


# ===========================================================================
# POSITIVE CASES
# ===========================================================================

def c01():
    siob = addr("Siobhán Kelly", "siobhan.kelly@lunasahealth.example")
    d1 = T("2026-10-13 16:42:07", DUB, "Tue", "+01:00")
    d2 = T("2026-10-13 17:05:51", DUB, "Tue", "+01:00")
    start = T("2026-10-14 10:30", DUB, "Wed", "+01:00")  # "tomorrow at half ten" from d1
    m1 = msgid("c01a", "lunasahealth.example")
    t1 = """Hi Aoife,

Thanks a million for getting back to me so quickly. I had a proper look through your portfolio over lunch and the patient check-in work is exactly the kind of thing our clinical apps team is crying out for.

Would it suit if I gave you a ring tomorrow at half ten? It'd be a first chat about the Senior Product Designer role, about 30 minutes, nothing formal. I'd like to hear what you're after in your next move and walk you through the team, the hybrid set-up and the package. I have 087 214 5530 from your CV; shout if there's a better number to get you on.

Talk soon,
Siobhán

--
Siobhán Kelly
Talent Partner | Lúnasa Health
Grand Canal Dock, Dublin 2
"""
    e1 = message("c01a", d1, siob, ME, "Senior Product Designer - quick call tomorrow?",
                 leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"), mid=m1,
                 domain="lunasahealth.example", ip="198.51.100.14")
    t2 = """Hi Siobhán,

Half ten tomorrow is grand, and that's the right number. Looking forward to it.

Aoife

On Tue, 13 Oct 2026 at 16:42, Siobhán Kelly <siobhan.kelly@lunasahealth.example> wrote:
> Would it suit if I gave you a ring tomorrow at half ten? It'd be a first chat
> about the Senior Product Designer role, about 30 minutes, nothing formal.
"""
    e2 = message("c01b", d2, ME, siob, "Re: Senior Product Designer - quick call tomorrow?",
                 leaf('text/plain; charset="UTF-8"', t2, "quoted-printable"), in_reply_to=m1, references=[m1],
                 ip="203.0.113.9")
    case("b274-01-lunasa-phone-screen-half-ten",
         [("01-siobhan-quick-call-tomorrow.eml", e1), ("02-re-quick-call-tomorrow.eml", e2)],
         [iv("Lúnasa Health", "Senior Product Designer", start, start + timedelta(minutes=30), "scheduled",
             ["siobhan.kelly@lunasahealth.example"], ["siobhan.kelly@lunasahealth.example"], "phone_screen")],
         "medium", "positive/email-body-relative-date",
         "Recruiter offers to 'give you a ring tomorrow at half ten' (Date Tue 13 Oct, IST) -> Wed 14 Oct "
         "10:30 +01:00, 30 minutes; owner confirms. Time exists only in the body.")


def c02():
    orla_e = "orla.nolan@hapennypay.example"
    d1 = T("2026-10-14 11:20:33", DUB, "Wed", "+01:00")
    start = T("2026-10-20 14:00", DUB, "Tue", "+01:00")
    end = T("2026-10-20 15:30", DUB, "Tue", "+01:00")
    panel = [("Cian Walsh", "cian.walsh@hapennypay.example"), ("Meera Pillai", "meera.pillai@hapennypay.example"),
             ("Tomás Ryan", "tomas.ryan@hapennypay.example")]
    text = f"""Hi Aoife,

Thanks for making the time to come in and meet the team. Here are the details for your portfolio review for the Senior Product Designer role.

Date: {us_date(start)}
Time: 2:00 PM - 3:30 PM IST (Dublin)
Location: Ha'penny Pay, 4th Floor, 12 Ormond Quay Upper, Dublin 7 (ask for Orla at reception)

Agenda
2:00 PM - 2:40 PM  Portfolio presentation: Cian Walsh (Head of Design), Meera Pillai (Principal Product Manager), Tomás Ryan (Engineering Manager)
2:40 PM - 3:30 PM  Discussion and questions with the same panel

What to bring: two projects you led end to end, ideally one where the outcome wasn't what you expected. We care more about how you made decisions than about polished final screens. There's a screen in the room with HDMI and USB-C.

A calendar file is attached. If anything changes on your side, just reply to this email and I'll sort it.

Best,
Orla Nolan
Recruiting Coordinator, Ha'penny Pay

Sent via Greenhouse
"""
    ev = [f"DTSTART;TZID=Europe/Dublin:{local(start)}", f"DTEND;TZID=Europe/Dublin:{local(end)}",
          f"DTSTAMP:{zulu(d1)}", f"UID:{H('uid', 'c02')[:32]}@greenhouse.io",
          f"ORGANIZER;CN=Orla Nolan:mailto:{orla_e}"]
    ev += [attendee(n, e, "ACCEPTED") for n, e in panel]
    ev += [attendee(OWNER_NAME, OWNER),
           "SUMMARY:" + ics_escape("Portfolio review - Aoife Brennan - Senior Product Designer (Ha'penny Pay)"),
           "LOCATION:" + ics_escape("Ha'penny Pay, 4th Floor, 12 Ormond Quay Upper, Dublin 7"),
           "DESCRIPTION:" + ics_escape("Portfolio presentation (40 min) followed by discussion with the panel."),
           "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    cal = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", ev, ["Europe/Dublin"])
    body = multi("mixed", [alt(text, "c02alt", tcte="quoted-printable", hcte="base64", style="java"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "base64",
                                ['Content-Disposition: attachment; filename="invite.ics"'])], "c02mix", "java")
    e1 = message("c02", d1, addr("Orla Nolan", orla_e), ME,
                 "Interview Confirmation: Portfolio review for Senior Product Designer at Ha'penny Pay", body,
                 reply_to=addr("Orla Nolan", orla_e), domain="greenhouse-mail.io", host="o3.sg.greenhouse-mail.io",
                 ip="167.89.101.3", sender="Ha'penny Pay <no-reply@greenhouse-mail.io>",
                 return_path="bounces+2231907-" + H("rp", "c02")[:6] + "@greenhouse-mail.io")
    em = [e for _, e in panel]
    case("b274-02-hapenny-greenhouse-portfolio-panel",
         [("01-greenhouse-portfolio-review-confirmation.eml", e1)],
         [iv("Ha'penny Pay", "Senior Product Designer", start, end, "scheduled", em, em, "onsite")],
         "medium", "positive/ats-email-with-ics",
         "Greenhouse confirmation with invite.ics (TZID Europe/Dublin, IST). In-person portfolio review with a "
         "three-person panel -> onsite; panel addresses only in the .ics ATTENDEE lines; coordinator not an interviewer.")


def c03():
    jordan = addr("Jordan Reyes", "jordan.reyes@bowerylane.example")
    dana = ("Dana Whitfield", "dana.whitfield@bowerylane.example")
    d1 = T("2026-10-22 09:14:40", NYC, "Thu", "-04:00")
    d2 = T("2026-10-22 10:02:18", NYC, "Thu", "-04:00")
    start = T("2026-10-27 11:00", NYC, "Tue", "-04:00")
    end = T("2026-10-27 11:45", NYC, "Tue", "-04:00")
    assert start.astimezone(DUB).strftime("%H:%M %z") == "15:00 +0000"
    t1 = """Hi Aoife,

Great news: Dana Whitfield, our VP of Design, would love to meet you for the hiring manager conversation for the Senior Product Designer, Care Navigation role.

She's holding Tuesday 10/27 at 11:00am ET for 45 minutes. By my math that's 3:00pm for you in Dublin. Your clocks go back this weekend and ours don't change until Nov 1, so next week the gap is four hours rather than the usual five. Worth double-checking on your calendar!

Dana will send the invite herself with a Meet link. It's a conversation, not a portfolio presentation, so no slides needed. She'll want to hear about how you've worked with clinicians and how you push back on scope.

Best,
Jordan

Jordan Reyes | Senior Recruiter
Bowery Lane Health | 75 Varick St, New York, NY
"""
    e1 = message("c03a", d1, jordan, ME, "Next step with Bowery Lane: chat with Dana",
                 alt(t1, "c03a", style="java"), domain="bowerylane.example", ip="198.51.100.77")
    desc = ("Hi Aoife - looking forward to talking about the Care Navigation work. 45 minutes, informal. "
            "(For you that's 3pm Dublin time - the four-hour week!)\n\nDana")
    e2 = google_invite("c03b", d2, dana, "Bowery Lane: Hiring Manager Interview (Aoife Brennan)", start, end,
                       [(dana[0], dana[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")], desc, disp_tz=NYC)
    case("b274-03-bowery-lane-nyc-hm-dst-gap",
         [("01-jordan-next-step-with-dana.eml", e1), ("02-invitation-hiring-manager-interview.eml", e2)],
         [iv("Bowery Lane Health", "Senior Product Designer, Care Navigation", start, end, "scheduled",
             [dana[1]], [dana[1]], "hiring_manager")],
         "hard", "positive/dst-gap-us-eu",
         "New York HM interview on Tue 27 Oct 11:00 EDT (-04:00) = 15:00 in Dublin (GMT since Oct 25): the "
         "4-hour week. Recruiter mail + Google invite are one interview; recruiter only coordinates.")


def c04():
    hannah = addr("Hannah Greaves", "hannah.greaves@parlourstudio.example")
    rupert_e = "rupert.hale@parlourstudio.example"
    d1 = T("2026-10-20 12:03:12", LON, "Tue", "+01:00")
    d2 = T("2026-10-20 13:18:44", DUB, "Tue", "+01:00")
    d3 = T("2026-10-21 09:40:05", LON, "Wed", "+01:00")
    start = T("2026-10-29 14:00", LON, "Thu", "+00:00")
    end = T("2026-10-29 14:45", LON, "Thu", "+00:00")
    m1, m2 = msgid("c04a", "parlourstudio.example"), msgid("c04b", "example.com")
    subj = "Parlour Studio - Lead Product Designer: next conversation"
    t1 = """Hi Aoife,

Rupert, our Design Director, really enjoyed reading your case studies and would like to do the next conversation for the Lead Product Designer role over video. Would either of these work for you?

  - Thursday 29 October, 10:00-10:45 UK time
  - Thursday 29 October, 14:00-14:45 UK time

Both of us will have changed our clocks by then, so UK time and Irish time will line up, as they usually do.

If neither suits, send me a couple of alternatives and I'll juggle his diary.

Kind regards,
Hannah

Hannah Greaves
Talent & Operations, Parlour Studio
Clerkenwell, London EC1
"""
    e1 = message("c04a", d1, hannah, ME, subj, leaf('text/plain; charset="UTF-8"', t1, "7bit"), mid=m1,
                 domain="parlourstudio.example", ip="198.51.100.120")
    t2 = """Hi Hannah,

Thanks for this. The afternoon slot would suit me better: 2pm on Thursday the 29th, if it's still free.

Best,
Aoife

> Would either of these work for you?
>   - Thursday 29 October, 10:00-10:45 UK time
>   - Thursday 29 October, 14:00-14:45 UK time
"""
    e2 = message("c04b", d2, ME, hannah, "Re: " + subj, leaf('text/plain; charset="UTF-8"', t2, "7bit"), mid=m2,
                 in_reply_to=m1, references=[m1], ip="203.0.113.9")
    t3 = """Hi Aoife,

Lovely, that's locked in: Thursday 29 October, 2:00-2:45pm, video call with Rupert Hale (copied here). He'll send a Teams link the morning of.

It'll mostly be about how you run design reviews and how you'd shape a small team of three, so no need to prepare slides.

Best of luck!
Hannah
"""
    e3 = message("c04c", d3, hannah, ME, "Re: " + subj, alt(t3, "c04c", style="java"),
                 cc=addr("Rupert Hale", rupert_e), in_reply_to=m2, references=[m1, m2],
                 domain="parlourstudio.example", ip="198.51.100.120")
    case("b274-04-parlour-london-propose-confirm",
         [("01-hannah-two-slots.eml", e1), ("02-re-afternoon-suits.eml", e2), ("03-re-locked-in.eml", e3)],
         [iv("Parlour Studio", "Lead Product Designer", start, end, "scheduled", [rupert_e], [rupert_e],
             "hiring_manager")],
         "medium", "positive/thread-propose-confirm",
         "London studio proposes two slots on Thu 29 Oct (after the Oct 25 change, GMT +00:00); owner picks 2pm; "
         "recruiter confirms 2:00-2:45 with the Design Director in Cc. The 10:00 option is a distractor.")


def c05():
    gr = ("Gráinne Healy", "grainne.healy@shandondigital.example")
    ru = ("Ruairí Byrne", "ruairi.byrne@shandondigital.example")
    d1 = T("2026-10-16 10:12:30", DUB, "Fri", "+01:00")
    d2 = T("2026-10-20 15:48:02", DUB, "Tue", "+01:00")
    s0 = T("2026-10-22 15:00", DUB, "Thu", "+01:00")
    s1 = T("2026-10-26 15:00", DUB, "Mon", "+00:00")
    title = "Shandon Digital - Design craft interview - Aoife Brennan (Senior Product Designer, Platform)"
    guests = [(gr[0], gr[1], "ACCEPTED"), (ru[0], ru[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    desc0 = ("Hi Aoife, this is your design craft session with Ruairí Byrne (Design Manager, Platform). Expect "
             "to talk through one project in depth and do a short critique of a screen from our admin console. "
             "Video call, 60 mins.\n\nGráinne")
    e1 = google_invite("c05a", d1, gr, title, s0, s0 + timedelta(hours=1), guests, desc0, uid_seed="c05")
    desc1 = ("Hi Aoife, Ruairí is away at a conference on the 22nd so we've moved this to Monday the 26th, "
             "still 3pm Irish time (the clocks will have gone back by then). Same Meet link. Sorry for the shuffle!"
             "\n\nGráinne")
    e2 = google_invite("c05b", d2, gr, title, s1, s1 + timedelta(hours=1), guests, desc1, uid_seed="c05",
                       sequence=1, prefix="Updated invitation", changed=True)
    case("b274-05-shandon-cork-reschedule-across-dst",
         [("01-invitation-design-craft-interview.eml", e1), ("02-updated-invitation-moved-to-monday.eml", e2)],
         [iv("Shandon Digital", "Senior Product Designer, Platform", s1, s1 + timedelta(hours=1), "scheduled",
             [ru[1]], [ru[1]], "technical")],
         "hard", "positive/reschedule-sequence",
         "Cork company: Google invite Thu 22 Oct 15:00 IST (14:00Z), then same UID SEQUENCE 1 moved to Mon 26 Oct "
         "15:00 GMT (15:00Z) across the Oct 25 change. One interview at the final time; organizer only schedules.")


def c06():
    dec = ("Declan Murphy", "declan.murphy@fastnetassurance.example")
    d1 = T("2026-10-14 10:05:11", DUB, "Wed", "+01:00")
    d2 = T("2026-10-19 16:31:47", DUB, "Mon", "+01:00")
    start = T("2026-10-21 11:00", DUB, "Wed", "+01:00")
    end = T("2026-10-21 12:00", DUB, "Wed", "+01:00")
    uid = "040000008200E00074C5B7101A82E00800000000" + H("uid", "c06")[:16].upper() + \
          "01000000000000000100000" + H("uid2", "c06")[:33].upper()
    subj = "Interview - Senior Product Designer (Aoife Brennan)"
    meet_id = f"{digits('c06m', 3)} {digits('c06n', 3)} {digits('c06o', 3)} {digits('c06p', 3)}"
    teams = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{H('teams', 'c06')[:40]}%40thread.v2/0"
             f"?context=%7b%22Tid%22%3a%22{H('tid', 'c06')[:8]}%22%7d")
    label = "Wednesday, 21 October 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    note1 = """Hi Aoife,

Following your chat with Karen in HR, I'd like to meet you for an hour to talk through your portfolio and the Senior Product Designer role on the Digital Experience team. It'll be me on the call; bring whatever you'd like to show.

Declan"""
    teams_block = f"""________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: {meet_id}
Passcode: {H('pc', 'c06')[:6]}
Download Teams<https://www.microsoft.com/en-ie/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

    def outlook(seed, sent, method, seq, summary, note, status, mid_seed):
        ev = [f"ORGANIZER;CN={dec[0]}:mailto:{dec[1]}",
              attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
              "DESCRIPTION;LANGUAGE=en-IE:" + ics_escape(f"When: {label}\n\n{note}\n\n{teams_block}\n"),
              f"UID:{uid}", "SUMMARY;LANGUAGE=en-IE:" + ics_escape(summary),
              f"DTSTART;TZID=GMT Standard Time:{local(start)}", f"DTEND;TZID=GMT Standard Time:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{zulu(sent)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{digits('c06own', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams,
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
              "X-MICROSOFT-LOCATIONSOURCE:None"]
        if method == "REQUEST":
            ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                   "END:VALARM"]
        cal = vcal("Microsoft Exchange Server 2010", method, ev, ["GMT Standard Time"])
        text = f"When: {label}\nWhere: Microsoft Teams Meeting\n\n{note}\n\n{teams_block}\n"
        body = multi("alternative", [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', text_to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
            leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
        ], seed, "outlook")
        extra = ["Thread-Topic: " + subj, "Thread-Index: AQH" + base64.b64encode(bytes.fromhex(H("ti", "c06")[:30])).decode(),
                 "Accept-Language: en-IE, en-US", "Content-Language: en-IE", "X-MS-Has-Attach:",
                 "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-AuthAs: Anonymous",
                 "X-MS-Exchange-Organization-SCL: 1", "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA="]
        return message(seed, sent, addr(*dec), ME, summary, body,
                       mid=msgid(mid_seed, "EUR03PR05MB7731.eurprd03.prod.outlook.com"),
                       host="EUR05-DB8-obe.outbound.protection.outlook.com", ip="40.107.20.112", extra=extra)

    e1 = outlook("c06a", d1, "REQUEST", 0, subj, note1, "CONFIRMED", "c06a")
    note2 = """Hi Aoife,

I'm sorry to be doing this at short notice. A hiring freeze on the digital team was announced this afternoon and the Senior Product Designer role is on hold until the new year, so I'm cancelling Wednesday's interview for now.

I genuinely enjoyed your application and I'll be in touch the minute it reopens.

Declan"""
    e2 = outlook("c06b", d2, "CANCEL", 1, "Canceled: " + subj, note2, "CANCELLED", "c06b")
    case("b274-06-fastnet-teams-interview-cancelled",
         [("01-teams-interview-invite.eml", e1), ("02-canceled-interview.eml", e2)],
         [iv("Fastnet Assurance", "Senior Product Designer", start, end, "cancelled", [dec[1]], [dec[1]],
             "hiring_manager")],
         "hard", "positive/cancellation-outlook",
         "Exchange/Teams invite with TZID 'GMT Standard Time' and the Windows label '(UTC+00:00) Dublin, ...' "
         "but the date (Wed 21 Oct) is still IST, so 11:00 is +01:00. Later METHOD:CANCEL / STATUS:CANCELLED "
         "(role on hold) -> one cancelled interview.")


def c07():
    ais = ("Aisling Kearney", "aisling.kearney@tolkalabs.example")
    ppl = {"sq": ("Sinéad Quinn", "sinead.quinn@tolkalabs.example"),
           "mo": ("Mark O'Toole", "mark.otoole@tolkalabs.example"),
           "ef": ("Eoin Fitzgerald", "eoin.fitzgerald@tolkalabs.example"),
           "lk": ("Laura Kenny", "laura.kenny@tolkalabs.example"),
           "pl": ("Pádraig Lynch", "padraig.lynch@tolkalabs.example")}
    d0 = T("2026-10-29 15:10:26", DUB, "Thu", "+00:00")
    s1, e1_ = T("2026-11-05 10:00", DUB, "Thu", "+00:00"), T("2026-11-05 11:00", DUB, "Thu", "+00:00")
    s2, e2_ = T("2026-11-05 11:15", DUB, "Thu", "+00:00"), T("2026-11-05 12:00", DUB, "Thu", "+00:00")
    s3, e3_ = T("2026-11-05 13:00", DUB, "Thu", "+00:00"), T("2026-11-05 13:45", DUB, "Thu", "+00:00")
    t0 = f"""Hi Aoife,

Brilliant news, the team would love to have you in for the final round for the Senior Product Designer (Growth) role. Here's the plan for {long_date(s1)} at our office on Smithfield Square, Dublin 7:

10:00 - 11:00  Portfolio presentation with Sinéad Quinn (Design Director) and Mark O'Toole (Group PM)
11:15 - 12:00  Design critique with Eoin Fitzgerald (Senior Product Designer) and Laura Kenny (Design Systems Lead)
12:00 - 13:00  Lunch with a few of the design team (very informal, nobody's taking notes!)
13:00 - 13:45  Conversation with Pádraig Lynch (VP Product)

For the critique, Eoin and Laura will put up a live flow from our onboarding and ask you to talk through what you'd change and why.

I'll send three separate calendar invites now so each session has the right people on it. Come to reception on the ground floor about ten minutes early and I'll bring you up.

Any dietary requirements for lunch, let me know.

Aisling Kearney
People Team | Tolka Labs
"""
    e0 = message("c07a", d0, addr(*ais), ME, "Your final round at Tolka Labs - Thursday 5 November",
                 alt(t0, "c07a", style="java"), domain="tolkalabs.example", ip="198.51.100.201")
    loc = "Tolka Labs, 2 Smithfield Square, Dublin 7, D07 X2Y4"
    sess = [
        ("c07b", T("2026-10-29 15:14:02", DUB, "Thu", "+00:00"), "Tolka Labs final round 1/3: Portfolio presentation (Aoife Brennan)",
         s1, e1_, ["sq", "mo"], "Present two projects (about 35 mins) followed by questions from Sinéad and Mark."),
        ("c07c", T("2026-10-29 15:15:40", DUB, "Thu", "+00:00"), "Tolka Labs final round 2/3: Design critique (Aoife Brennan)",
         s2, e2_, ["ef", "lk"], "Live critique of our onboarding flow with Eoin and Laura. Nothing to prepare."),
        ("c07d", T("2026-10-29 15:17:09", DUB, "Thu", "+00:00"), "Tolka Labs final round 3/3: Conversation with Pádraig Lynch (Aoife Brennan)",
         s3, e3_, ["pl"], "Closing conversation with our VP Product about ways of working and what you're looking for."),
    ]
    items = [("01-final-round-itinerary.eml", e0)]
    for i, (sd, sent, title, a, b, who, desc) in enumerate(sess, start=2):
        guests = [(ais[0], ais[1], "ACCEPTED")] + [(ppl[k][0], ppl[k][1], "ACCEPTED") for k in who] + \
                 [("", OWNER, "NEEDS-ACTION")]
        items.append((f"0{i}-invitation-session-{i - 1}.eml",
                      google_invite(sd, sent, ais, title, a, b, guests, desc, location=loc)))
    em = [ppl[k][1] for k in ["sq", "mo", "ef", "lk", "pl"]]
    case("b274-07-tolka-labs-onsite-three-invites", items,
         [iv("Tolka Labs", "Senior Product Designer (Growth)", s1, e3_, "scheduled", em, em, "onsite")],
         "hard", "positive/onsite-loop-multi-invite",
         "Final round on Thu 5 Nov (GMT) sent as an itinerary mail plus three Google invites (10:00-11:00, "
         "11:15-12:00, 13:00-13:45, lunch not assessed) -> ONE onsite 10:00-13:45 with all five interviewers; "
         "coordinator excluded.")


def c08():
    kel_e, ben_e = "kelsey.moran@tremonthealth.example", "ben.adler@tremonthealth.example"
    wd_from = addr("Tremont Health", "tremonthealth@myworkday.com")
    d1 = T("2026-10-14 10:22:16", NYC, "Wed", "-04:00")
    d2 = T("2026-10-20 15:47:31", NYC, "Tue", "-04:00")
    d3 = T("2026-10-20 15:52:09", NYC, "Tue", "-04:00")
    a1, a2 = T("2026-10-19 11:00", NYC, "Mon", "-04:00"), T("2026-10-19 11:30", NYC, "Mon", "-04:00")
    b1, b2 = T("2026-10-30 10:00", NYC, "Fri", "-04:00"), T("2026-10-30 11:00", NYC, "Fri", "-04:00")
    assert a1.astimezone(DUB).strftime("%H:%M") == "16:00" and b1.astimezone(DUB).strftime("%H:%M") == "14:00"
    role = "Senior Product Designer, Patient Experience"

    def wd_mail(seed, sent, itype, start, end, who, loc):
        t = f"""Dear Aoife,

Your interview for the {role} (R-20417) position has been scheduled.

Interview Type: {itype}
Date: {us_date(start)}
Time: {hm12(start)} - {hm12(end)} Eastern Daylight Time (America/New_York)
Interviewer(s): {who}
Location: {loc}

To review or manage your interview, sign in to your Candidate Home account:
https://tremonthealth.wd5.myworkdayjobs.com/en-US/Careers/userHome

Please do not reply to this message. If you have questions, contact your recruiter.

Tremont Health Talent Acquisition
"""
        return message(seed, sent, wd_from, ME, f"Interview Scheduled: {role} (R-20417)",
                       alt(t, seed, tcte="base64", hcte="base64", style="java"), reply_to=addr("Kelsey Moran", kel_e),
                       domain="myworkday.com", host="mail-out-us3.myworkday.com", ip="216.200.27.44",
                       return_path="bounce-" + H("rp", seed)[:10] + "@myworkday.com")

    e1 = wd_mail("c08a", d1, "Recruiter Phone Screen", a1, a2,
                 "Kelsey Moran, Senior Talent Acquisition Partner",
                 "Phone - Kelsey will call the number on your application")
    t2 = """Hi Aoife,

Really enjoyed our call yesterday, thanks for being so open about what you're looking for. I've shared my notes with Ben Adler, our Director of Product Design, and he'd like to meet you.

You'll get the formal Workday notification in a few minutes for Friday 10/30 at 10am Eastern, one hour on Zoom. A heads-up on the time: Dublin falls back on the 25th and we don't until Nov 1, so 10am here is 2pm for you that day, not 3pm.

Ben's email is ben.adler@tremonthealth.example if you'd like to send him anything ahead of time. He's big on accessibility, so the screen-reader audit you mentioned would go down well.

Talk soon,
Kelsey

Kelsey Moran
Senior Talent Acquisition Partner | Tremont Health
Boston, MA
"""
    e2 = message("c08b", d2, addr("Kelsey Moran", kel_e), ME, "Next step: meeting Ben Adler",
                 leaf('text/plain; charset="UTF-8"', t2, "quoted-printable"), domain="tremonthealth.example",
                 ip="198.51.100.5")
    e3 = wd_mail("c08c", d3, "Hiring Manager Interview (Video)", b1, b2,
                 "Ben Adler, Director of Product Design", "Zoom (link will be emailed by the interviewer)")
    case("b274-08-tremont-boston-workday-two-interviews",
         [("01-workday-recruiter-screen-scheduled.eml", e1), ("02-kelsey-next-step-ben.eml", e2),
          ("03-workday-hiring-manager-scheduled.eml", e3)],
         [iv("Tremont Health", role, a1, a2, "scheduled", [kel_e], [kel_e], "phone_screen"),
          iv("Tremont Health", role, b1, b2, "scheduled", [ben_e], [ben_e], "hiring_manager")],
         "hard", "positive/two-interviews-workday",
         "Boston employer via Workday: recruiter screen Mon 19 Oct 11:00 EDT (16:00 IST, 5h gap) and HM "
         "interview Fri 30 Oct 10:00 EDT (14:00 GMT, 4h gap). Two interviews; Ben's address only in Kelsey's note.")


def c09():
    niamh_e = "niamh.osuilleabhain@claddaghgames.example"
    niamh = addr("Niamh Ó Súilleabháin", niamh_e)
    d1 = T("2026-10-29 16:05:55", DUB, "Thu", "+00:00")
    d2 = T("2026-10-30 14:11:09", DUB, "Fri", "+00:00")
    start = T("2026-11-03 09:30", DUB, "Tue", "+00:00")
    end = T("2026-11-03 10:00", DUB, "Tue", "+00:00")
    m1 = msgid("c09a", "claddaghgames.example")
    t1 = """Dia dhuit Aoife,

I'm the talent lead at Claddagh Games in Galway. We're building out the design team behind our puzzle titles and your name came up through Fiachra Moore, who worked with you at your last place.

We have a Senior Product Designer role open (hybrid, a day or two a week in the Galway studio). If you'd be up for a half-hour call to hear more, grab whatever time suits here: https://calendly.com/claddagh-niamh/senior-product-designer-intro

Go raibh maith agat,
Niamh
"""
    e1 = message("c09a", d1, niamh, ME, "Senior Product Designer at Claddagh Games (Galway)",
                 leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"), mid=m1, domain="claddaghgames.example",
                 ip="198.51.100.60")
    t2 = f"""Hi Aoife Brennan,

A new event has been scheduled.

Event Type:
Senior Product Designer - intro call

Invitee:
Aoife Brennan

Invitee Email:
{OWNER}

Event Date/Time:
09:30 - 10:00 (Greenwich Mean Time) {us_date(start)}  (Europe/Dublin)

Location:
Niamh will phone you on the number you provided.

Host:
Niamh Ó Súilleabháin ({niamh_e})

Questions:
Please share your phone number
+353 87 214 5530

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{H('cal', 'c09')[:36]}
Reschedule: https://calendly.com/reschedulings/{H('cal', 'c09')[:36]}

Powered by Calendly.com
"""
    ev = [f"DTSTAMP:{zulu(d2)}", f"UID:{H('uid', 'c09')[:32]}@calendly.com", f"DTSTART:{zulu(start)}",
          f"DTEND:{zulu(end)}", "SUMMARY:" + ics_escape("Senior Product Designer - intro call between Niamh Ó Súilleabháin and Aoife Brennan"),
          "DESCRIPTION:" + ics_escape("Niamh will phone you on the number you provided."),
          f"ORGANIZER;CN=Niamh Ó Súilleabháin:mailto:{niamh_e}", attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
          "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = vcal("-//Calendly//Calendly Scheduler//EN", "REQUEST", ev)
    body = multi("mixed", [alt(t2, "c09b", tcte="base64", hcte="base64", style="java"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "base64",
                                ['Content-Disposition: attachment; filename="invite.ics"'])], "c09mix", "java")
    e2 = message("c09b", d2, addr("Calendly", "notifications@calendly.com"), ME,
                 f"Confirmed: Senior Product Designer - intro call with Niamh Ó Súilleabháin on {us_date(start)}",
                 body, reply_to=niamh, domain="calendly.com", host="o1.email.calendly.com", ip="149.72.141.18")
    case("b274-09-claddagh-galway-calendly-booked",
         [("01-niamh-grab-a-slot.eml", e1), ("02-calendly-confirmed.eml", e2)],
         [iv("Claddagh Games", "Senior Product Designer", start, end, "scheduled", [niamh_e], [niamh_e], "phone_screen")],
         "medium", "positive/calendly-booked",
         "Galway recruiter first sends an unbooked Calendly link (alone it would be negative), then the Calendly "
         "confirmation (GMT, ics in UTC) books Tue 3 Nov 09:30-10:00; recruiter is the interviewer; notification "
         "address excluded.")


def c10():
    eo = ("Eoghan Roche", "eoghan.roche@smithfieldpay.example")
    ro = ("Róisín Daly", "roisin.daly@smithfieldpay.example")
    d1 = T("2026-11-09 09:31:44", DUB, "Mon", "+00:00")
    start = T("2026-11-13 12:00", DUB, "Fri", "+00:00")
    end = T("2026-11-13 12:45", DUB, "Fri", "+00:00")
    t1 = f"""Hi Aoife,

Your final conversation for the Senior Product Designer position at Smithfield Pay is booked.

When: {long_date(start)}, 12:00 - 12:45 (Europe/Dublin)
With: Róisín Daly, CEO & co-founder
Where: Smithfield Pay, 3 Haymarket, Smithfield, Dublin 7

Róisín likes to get out of the office for these, so she'll probably bring you round the corner for a coffee. It's a two-way conversation about where the company is going and what you'd want from the role.

If you need to change the time, reply to this email and Eoghan will help.

Best regards,
Eoghan Roche
Talent Lead, Smithfield Pay

This message was sent via Teamtailor.
"""
    html_t = text_to_html(t1, "Helvetica,Arial,sans-serif").replace("<body>", '<body style="background:#f6f6f6">')
    e1 = message("c10", d1, addr("Smithfield Pay", "no-reply@mail.teamtailor.com"), ME,
                 "Interview booked: Final conversation with Róisín Daly", alt(t1, "c10", html_t, style="java"),
                 reply_to=addr(*eo), domain="mail.teamtailor.com", host="mail-eu1.teamtailor.com", ip="185.190.140.23")
    eid = guid("c10gcal")
    ev = {
        "kind": "calendar#event", "etag": '"' + digits("c10etag", 16) + '"', "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-09T09:29:12.000Z", "updated": "2026-11-09T09:31:40.512Z",
        "summary": "Smithfield Pay - final conversation with Róisín (Aoife Brennan)",
        "description": "Final-stage conversation for the Senior Product Designer role with Róisín Daly (CEO). "
                       "Meet at reception, 3 Haymarket.",
        "location": "Smithfield Pay, 3 Haymarket, Smithfield, Dublin 7",
        "creator": {"email": eo[1], "displayName": eo[0]},
        "organizer": {"email": eo[1], "displayName": eo[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/Dublin"},
        "iCalUID": eid + "@google.com", "sequence": 0,
        "attendees": [
            {"email": eo[1], "displayName": eo[0], "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": ro[1], "displayName": ro[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "guestsCanInviteOthers": False, "reminders": {"useDefault": True}, "eventType": "default"}
    case("b274-10-smithfield-teamtailor-ceo-gcal",
         [("01-teamtailor-interview-booked.eml", e1),
          ("02-final-conversation.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
         [iv("Smithfield Pay", "Senior Product Designer", start, end, "scheduled", [ro[1]], [ro[1]], "other")],
         "medium", "positive/dedupe-ats-and-calendar-api",
         "Teamtailor 'Interview booked' mail and a Calendar API event (self: true, UTC 'Z' times, "
         "timeZone Europe/Dublin) for the same CEO final chat on Fri 13 Nov 12:00 GMT -> one interview.")


def c11():
    tasha = ("Tasha Okoro", "tasha.okoro@primroseenergy.example")
    panel = [("Will Ashby", "will.ashby@primroseenergy.example"),
             ("Priya Chandran", "priya.chandran@primroseenergy.example")]
    d1 = T("2026-10-16 11:02:37", LON, "Fri", "+01:00")
    start = T("2026-10-23 10:00", LON, "Fri", "+01:00")
    end = T("2026-10-23 11:00", LON, "Fri", "+01:00")
    t1 = f"""Hi Aoife,

You're all set for your Design Critique interview for the Senior Product Designer - Customer App role at Primrose Energy.

When: {long_date(start)}, 10:00 - 11:00 BST (London)
Where: Google Meet - https://meet.google.com/{meet_code('c11')}

You'll meet with:
  Will Ashby - Head of Product Design
  Priya Chandran - Senior UX Researcher

What to expect: we'll share a live flow from our customer app (meter readings and bill explainers) and ask you to critique it out loud. There's no right answer; we're interested in how you prioritise and how you'd test your ideas.

Questions? Just reply and Tasha will get back to you.

Primrose Energy Talent Team
Powered by Lever
"""
    e1 = message("c11", d1, addr("Primrose Energy", "no-reply@hire.lever.co"), ME,
                 "Your interview with Primrose Energy is confirmed", alt(t1, "c11", style="java"),
                 reply_to=addr(*tasha), domain="hire.lever.co", host="mail-a.hire.lever.co", ip="52.36.114.90")
    ev = [f"DTSTAMP:{zulu(d1)}", f"UID:{H('uid', 'c11')[:24]}@hire.lever.co",
          f"DTSTART;TZID=Europe/London:{local(start)}", f"DTEND;TZID=Europe/London:{local(end)}",
          "SUMMARY:" + ics_escape("Design Critique - Aoife Brennan (Senior Product Designer - Customer App)"),
          f"LOCATION:https://meet.google.com/{meet_code('c11')}",
          "DESCRIPTION:" + ics_escape("Live critique of a customer app flow with Will Ashby and Priya Chandran."),
          f"ORGANIZER;CN={tasha[0]}:mailto:{tasha[1]}"]
    ev += [attendee(n, e, "ACCEPTED") for n, e in panel] + [attendee(OWNER_NAME, OWNER)]
    ev += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    cal = vcal("-//Lever//Lever Interview Scheduling//EN", "REQUEST", ev, ["Europe/London"])
    em = [e for _, e in panel]
    case("b274-11-primrose-london-lever-critique-panel",
         [("01-lever-interview-confirmed.eml", e1), ("02-design-critique.ics", cal)],
         [iv("Primrose Energy", "Senior Product Designer - Customer App", start, end, "scheduled", em, em, "onsite")],
         "medium", "positive/ats-email-plus-standalone-ics",
         "Lever confirmation (no-reply sender, Reply-To coordinator) plus a standalone .ics (TZID Europe/London) "
         "for a design critique with a two-person panel on Fri 23 Oct 10:00 BST, the last Friday before the change.")


def c12():
    fi = ("Fiona Gallagher", "fiona.gallagher@portobellotravel.example")
    co = ("Conall Byrne", "conall.byrne@portobellotravel.example")
    frm = addr("Portobello Travel Recruiting", "noreply@mail.personio.de")
    d1 = T("2026-11-02 10:15:03", DUB, "Mon", "+00:00")
    due = T("2026-11-09 18:00", DUB, "Mon", "+00:00")
    d2 = T("2026-11-10 09:05:48", DUB, "Tue", "+00:00")
    start = T("2026-11-12 14:00", DUB, "Thu", "+00:00")
    end = T("2026-11-12 15:00", DUB, "Thu", "+00:00")
    t1 = f"""Hi Aoife,

Thanks again for your time so far. As the next step for the Senior Product Designer role we'd like you to complete a short design exercise.

The brief: a family of four is rebooking a cancelled flight on a phone at the airport. Design the rebooking flow, and tell us which constraints you'd check with engineering first.

Please don't spend more than four hours on it. Rough sketches and annotated wireframes are perfect; we don't want a polished deck. Send your work back by {long_date(due)}, 18:00 by replying to this email.

If it goes well, we'll set up a session for you to walk the team through it.

Kind regards,
Fiona Gallagher
People & Talent, Portobello Travel
"""
    e1 = message("c12a", d1, frm, ME, "Next step: design exercise - Senior Product Designer",
                 alt(t1, "c12a", style="java"), reply_to=addr(*fi), domain="mail.personio.de",
                 host="mail1.personio.de", ip="3.120.5.77")
    t2 = f"""Hi Aoife,

Thanks for sending the rebooking exercise, the team enjoyed it. We'd like to invite you to present it.

Appointment: Design exercise presentation
Date: {long_date(start)}
Time: 14:00 - 15:00 (Europe/Dublin)
Interviewer: Conall Byrne, Lead Product Designer
Location: Microsoft Teams (link in the attached invitation)

Plan on about 20 minutes walking Conall through your thinking, then he'll dig into the trade-offs with you.

Kind regards,
Fiona Gallagher
People & Talent, Portobello Travel
"""
    ev = [f"DTSTAMP:{zulu(d2)}", f"UID:{H('uid', 'c12')[:8]}-{H('uid', 'c12')[8:12]}-{H('uid', 'c12')[12:16]}@personio.de",
          f"DTSTART;TZID=Europe/Dublin:{local(start)}", f"DTEND;TZID=Europe/Dublin:{local(end)}",
          "SUMMARY:" + ics_escape("Design exercise presentation - Aoife Brennan"),
          "LOCATION:Microsoft Teams", f"ORGANIZER;CN={fi[0]}:mailto:{fi[1]}",
          attendee(co[0], co[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = vcal("-//Personio GmbH//Personio Recruiting//EN", "REQUEST", ev, ["Europe/Dublin"])
    body = multi("mixed", [alt(t2, "c12b", style="java"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', cal, "base64",
                                ['Content-Disposition: attachment; filename="interview.ics"'])], "c12mix", "java")
    e2 = message("c12b", d2, frm, ME, "Interview invitation: Design exercise presentation at Portobello Travel", body,
                 reply_to=addr(*fi), domain="mail.personio.de", host="mail1.personio.de", ip="3.120.5.77")
    case("b274-12-portobello-personio-takehome-then-presentation",
         [("01-personio-design-exercise.eml", e1), ("02-personio-presentation-invitation.eml", e2)],
         [iv("Portobello Travel", "Senior Product Designer", start, end, "scheduled", [co[1]], [co[1]], "technical")],
         "medium", "positive/ats-email-with-ics",
         "Personio take-home brief with a Mon 9 Nov 18:00 deadline (not an interview) followed by the live "
         "presentation of it, Thu 12 Nov 14:00-15:00 GMT with one interviewer. Only the presentation is labelled.")


def c13():
    ci = ("Ciara Flanagan", "ciara.flanagan@corribmedtech.example")
    fe = "fergal.doyle@corribmedtech.example"
    ciara = addr(*ci)
    d1 = T("2026-10-09 14:20:18", DUB, "Fri", "+01:00")
    d2 = T("2026-10-09 15:02:40", DUB, "Fri", "+01:00")
    d3 = T("2026-10-14 08:51:03", DUB, "Wed", "+01:00")
    d4 = T("2026-10-14 09:30:27", DUB, "Wed", "+01:00")
    d5 = T("2026-10-14 10:12:55", DUB, "Wed", "+01:00")
    T("2026-10-15 14:00", DUB, "Thu", "+01:00")  # original slot
    start = T("2026-10-23 14:00", DUB, "Fri", "+01:00")  # "Friday week" from Wed 14 Oct
    subj = "Corrib MedTech - interview with Fergal"
    ids = [msgid(f"c13{x}", "corribmedtech.example" if x in "ace" else "example.com") for x in "abcde"]
    t1 = """Hi Aoife,

Delighted to say Fergal Doyle, our Head of Product (fergal.doyle@corribmedtech.example), would like to meet you for the Senior Product Designer role.

I've pencilled in Thursday 15 October at 2pm for 45 minutes on Teams. Shout if that doesn't suit and we'll find another time.

Ciara Flanagan
HR & Talent | Corrib MedTech, Parkmore, Galway
"""
    t2 = """Thursday at 2 is perfect, thanks Ciara. Talk then.

Aoife
"""
    t3 = """Morning Aoife,

Apologies for this. Fergal's been called out to our Ballybrit site tomorrow for an audit, so we'll have to move you. Would Friday week work instead, same time?

Sorry again for the hassle.
Ciara
"""
    t4 = """No bother at all, Ciara. Just to double check: Friday the 23rd at 2pm? That suits me.

Aoife
"""
    t5 = """Yes, Friday the 23rd at 2, same Teams link, 45 minutes. Fergal's copied so he has it too.

Thanks for being so flexible!
Ciara
"""
    items = []
    specs = [("a", d1, ciara, ME, subj, t1, None, "01-ciara-interview-thursday.eml"),
             ("b", d2, ME, ciara, "Re: " + subj, t2, None, "02-re-thursday-perfect.eml"),
             ("c", d3, ciara, ME, "RE: " + subj, t3, None, "03-re-move-to-friday-week.eml"),
             ("d", d4, ME, ciara, "Re: " + subj, t4, None, "04-re-friday-23rd.eml"),
             ("e", d5, ciara, ME, "RE: " + subj, t5, addr("Fergal Doyle", fe), "05-re-confirmed-23rd.eml")]
    for i, (x, d, f, to, s, t, cc, fn) in enumerate(specs):
        body = alt(t, "c13" + x, style="outlook") if f == ciara else \
            leaf('text/plain; charset="UTF-8"', t, "7bit")
        items.append((fn, message("c13" + x, d, f, to, s, body, cc=cc, mid=ids[i],
                                  in_reply_to=ids[i - 1] if i else None, references=ids[:i] or None,
                                  domain="corribmedtech.example" if f == ciara else "example.com",
                                  ip="198.51.100.33" if f == ciara else "203.0.113.9")))
    case("b274-13-corrib-galway-reschedule-friday-week", items,
         [iv("Corrib MedTech", "Senior Product Designer", start, start + timedelta(minutes=45), "scheduled",
             [fe], [fe], "hiring_manager")],
         "hard", "positive/reschedule-by-email",
         "Thread: Thu 15 Oct 2pm booked, then moved on Wed 14 Oct to 'Friday week, same time' (= Fri 23 Oct, "
         "confirmed explicitly). Final Fri 23 Oct 14:00-14:45 IST; one interview.")


# ===========================================================================
# NEGATIVE CASES
# ===========================================================================

def c14():
    d1 = T("2026-10-15 09:00:12", DUB, "Thu", "+01:00")
    due = T("2026-10-19 17:00", DUB, "Mon", "+01:00")
    t = f"""Hi Aoife,

Thank you for your interest in the Senior Product Designer role at Kinsale Analytics. We'd like to invite you to the next stage: a take-home design challenge.

The challenge
Our customers are small dairy co-ops who export milk-yield data to spreadsheets every week. Design a dashboard that lets a co-op manager spot a problem herd in under a minute.

How it works
- Open the challenge link below whenever suits you; the 72-hour window starts when you click it.
- We expect it to take 3-4 hours. Please don't go beyond that.
- Submit a PDF or Figma link through the same page by {long_date(due)} at 17:00 (Irish time).

There is no live session at this stage. The design team reviews submissions independently and we'll come back to you within a week of the deadline.

Start the challenge: https://apply.workable.com/kinsale-analytics/j/{H('wk', 'c14')[:10].upper()}/assessment

Best of luck,
The Kinsale Analytics Hiring Team
"""
    e = message("c14", d1, addr("Kinsale Analytics", "noreply@candidates.workablemail.com"), ME,
                "Design challenge: Senior Product Designer at Kinsale Analytics", alt(t, "c14", style="java"),
                reply_to=addr("Kinsale Analytics Hiring Team", "careers@kinsaleanalytics.example"),
                domain="candidates.workablemail.com", host="mail-s2.workablemail.com", ip="50.31.37.12")
    case("b274-14-kinsale-workable-take-home-only", [("01-workable-design-challenge.eml", e)], [],
         "medium", "negative/take-home-assessment",
         "Workable take-home design challenge with a deadline (Mon 19 Oct 17:00) and 'no live session': not an interview.")


def c15():
    marta = ("Marta Sousa", "marta.sousa@websummit.example")
    d1 = T("2026-10-12 11:40:00", LIS, "Mon", "+01:00")
    d2 = T("2026-10-13 10:25:31", LIS, "Tue", "+01:00")
    start = T("2026-10-22 15:00", LIS, "Thu", "+01:00")
    end = T("2026-10-22 15:30", LIS, "Thu", "+01:00")
    assert start.astimezone(DUB).hour == 15
    t1 = """Olá Aoife,

I'm on the content team at Web Summit. Ahead of your talk on the Growth Summit stage ("Designing for trust in health apps"), we'd love to feature you in our Meet the Speakers series on the blog and the Web Summit app.

It's a relaxed 20-30 minute recorded video interview with me: your background, the talk, and one hot take about design in 2027. Would Thursday 22 October at 15:00 Lisbon time work? That's the same time in Dublin.

The edited piece usually goes live the week before the event.

Obrigada,
Marta Sousa
Editorial Producer, Web Summit
"""
    m1 = msgid("c15a", "websummit.example")
    e1 = message("c15a", d1, addr(*marta), ME, "Web Summit 'Meet the Speakers' interview", alt(t1, "c15a", style="java"),
                 mid=m1, domain="websummit.example", ip="198.51.100.150")
    desc = ("Recorded video interview for the Web Summit 'Meet the Speakers' blog series. Marta will interview Aoife "
            "about her Growth Summit talk. Press/content only.")
    e2 = google_invite("c15b", d2, marta, "Web Summit speaker interview - Aoife Brennan", start, end,
                       [(marta[0], marta[1], "ACCEPTED"), ("", OWNER, "ACCEPTED")], desc, disp_tz=LIS)
    case("b274-15-web-summit-speaker-interview",
         [("01-marta-meet-the-speakers.eml", e1), ("02-invitation-speaker-interview.eml", e2)], [],
         "hard", "negative/press-interview",
         "Web Summit content team books a recorded 'speaker interview' (Google invite, Thu 22 Oct 15:00 Lisbon = "
         "Dublin). Press interview about her talk, not a job interview.")


def c16():
    d1 = T("2026-10-23 18:02:00", DUB, "Fri", "+01:00")
    start = T("2026-10-27 09:10", DUB, "Tue", "+00:00")
    end = T("2026-10-27 09:25", DUB, "Tue", "+00:00")
    t = f"""Dear Aoife,

This is a reminder of your appointment at Rathmines Family Practice.

Clinician: Dr Eimear Costello (GP)
Date: {long_date(start)}
Time: 09:10

Please note the clocks go back this Sunday. If you cannot attend, please cancel at least 24 hours in advance by calling 01 497 2200 or replying CANCEL to the text message we sent you. Missed appointments may be charged at the full consultation fee.

Rathmines Family Practice, 214 Rathmines Road Lower, Dublin 6
This mailbox is not monitored.
"""
    e = message("c16", d1, addr("Rathmines Family Practice", "noreply@rathminesfp.example"), ME,
                f"Appointment reminder: Dr Eimear Costello, {start.strftime('%a')} {start.day} Oct, 09:10",
                leaf('text/plain; charset="UTF-8"', t, "quoted-printable"), domain="rathminesfp.example",
                ip="198.51.100.99")
    ev = [f"DTSTAMP:{zulu(d1)}", f"UID:{H('uid', 'c16')[:20]}@rathminesfp.example",
          f"DTSTART;TZID=Europe/Dublin:{local(start)}", f"DTEND;TZID=Europe/Dublin:{local(end)}",
          "SUMMARY:GP appointment - Dr Eimear Costello", "LOCATION:" + ics_escape("214 Rathmines Road Lower, Dublin 6"),
          "ORGANIZER;CN=Rathmines Family Practice:mailto:noreply@rathminesfp.example",
          attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"), "STATUS:CONFIRMED", "SEQUENCE:0"]
    cal = vcal("-//Rathmines Family Practice//Online Booking//EN", "PUBLISH", ev, ["Europe/Dublin"])
    case("b274-16-gp-appointment-rathmines",
         [("01-gp-appointment-reminder.eml", e), ("02-gp-appointment.ics", cal)], [],
         "easy", "negative/medical-appointment",
         "GP appointment reminder plus a standalone .ics (Tue 27 Oct 09:10 GMT). Medical, not a job interview.")


def c17():
    d1 = T("2026-10-30 12:47:21", DUB, "Fri", "+00:00")
    start = T("2026-11-07 11:00", DUB, "Sat", "+00:00")
    end = T("2026-11-07 11:20", DUB, "Sat", "+00:00")
    coord = ("Declan Farrell", "volunteering@makeclubdublin.example")
    t = f"""Hi Aoife,

Thanks for signing up to mentor at Make Club Dublin's Saturday design sessions for teenagers! Because you'll be working with young people, everyone has to go through Garda vetting through the National Vetting Bureau before starting.

Before we can send you the NVB e-vetting form, we need to see your ID in person. Your ID verification appointment is booked:

Date: {long_date(start)}
Time: 11:00 - 11:20
Place: Make Club Dublin, The Digital Hub, Thomas Street, Dublin 8

Please bring:
- photo ID (passport or driving licence)
- proof of address dated within the last 6 months
- your PPS number (it's on your Public Services Card or a payslip)

Once that's done you'll get an email from the Vetting Bureau. It usually takes two to four weeks.

Many thanks,
Declan Farrell
Volunteer Coordinator, Make Club Dublin
"""
    ev = [f"DTSTAMP:{zulu(d1)}", f"UID:{H('uid', 'c17')[:28]}@makeclubdublin.example",
          f"DTSTART;TZID=Europe/Dublin:{local(start)}", f"DTEND;TZID=Europe/Dublin:{local(end)}",
          "SUMMARY:Garda vetting - ID verification (Make Club Dublin)",
          "LOCATION:" + ics_escape("The Digital Hub, Thomas Street, Dublin 8"),
          f"ORGANIZER;CN={coord[0]}:mailto:{coord[1]}", attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"]
    cal = vcal("-//Make Club Dublin//Volunteer Bookings//EN", "REQUEST", ev, ["Europe/Dublin"])
    body = multi("mixed", [leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="vetting-appointment.ics"', cal,
                                "base64", ['Content-Disposition: attachment; filename="vetting-appointment.ics"'])],
                 "c17mix", "java")
    e = message("c17", d1, addr(*coord), ME, "Garda vetting: ID verification appointment booked", body,
                domain="makeclubdublin.example", ip="198.51.100.180")
    case("b274-17-garda-vetting-id-appointment", [("01-garda-vetting-id-appointment.eml", e)], [],
         "medium", "negative/government-appointment",
         "Volunteer Garda vetting ID check (bring PPS number) on Sat 7 Nov 11:00 with .ics attached. "
         "Administrative appointment, not a job interview.")


def c18():
    d1 = T("2026-10-26 19:14:05", DUB, "Mon", "+00:00")
    start = T("2026-11-04 16:00", DUB, "Wed", "+00:00")
    t = f"""Hi Aoife Brennan,

A new event has been scheduled.

Event Type:
Design intern interview (30 min)

Invitee:
Jack Moloney

Invitee Email:
jack.moloney@student.example

Event Date/Time:
16:00 - 16:30 (Greenwich Mean Time) {us_date(start)}  (Europe/Dublin)

Location:
Google Meet: https://meet.google.com/{meet_code('c18')}

Questions:
Which role are you applying for?
Summer 2027 design intern, Brennan Studio

Link to your portfolio
https://jackmoloney.example/work

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly
"""
    e = message("c18", d1, addr("Calendly", "notifications@calendly.com"), ME,
                f"New Event: Jack Moloney - 16:00 {start.strftime('%a')}, {start.day} Nov 2026 - Design intern interview (30 min)",
                alt(t, "c18", tcte="base64", hcte="base64", style="java"),
                reply_to=addr("Jack Moloney", "jack.moloney@student.example"),
                domain="calendly.com", host="o1.email.calendly.com", ip="149.72.141.18")
    case("b274-18-owner-interviews-design-intern", [("01-calendly-new-event-host.eml", e)], [],
         "hard", "negative/user-is-interviewer",
         "Calendly HOST notification: a student books a 'Design intern interview' with Aoife's freelance studio "
         "(Wed 4 Nov 16:00). Aoife is the interviewer, not the candidate.")


def c19():
    d1 = T("2026-10-19 14:40:22", DUB, "Mon", "+01:00")
    t = """Hi Aoife,

Thank you for presenting your portfolio to the team on Tuesday the 13th. Everyone enjoyed hearing about the clinic-booking redesign, and the way you talked about the research trade-offs came up more than once in our debrief.

It was a very close decision, but we've decided to move forward with another candidate whose background is closer to hardware and field-service tools.

I know that's disappointing after the effort you put in. If it's useful, I'm happy to share some feedback from the panel on a quick call; just reply and let me know. We'd also love to stay in touch for future design roles.

All the best,
Lorcan Tierney
Talent Partner, Kilmainham Robotics
"""
    e = message("c19", d1, addr("Lorcan Tierney", "lorcan.tierney@kilmainhamrobotics.example"), ME,
                "Update on your application: Senior Product Designer at Kilmainham Robotics",
                alt(t, "c19", style="java"), reply_to=addr("Lorcan Tierney", "lorcan.tierney@kilmainhamrobotics.example"),
                domain="greenhouse-mail.io", host="o3.sg.greenhouse-mail.io", ip="167.89.101.3",
                sender="Kilmainham Robotics <no-reply@greenhouse-mail.io>")
    case("b274-19-kilmainham-rejection-after-portfolio", [("01-rejection-after-portfolio-review.eml", e)], [],
         "medium", "negative/rejection",
         "Rejection after a past portfolio review ('Tuesday the 13th'); offers an optional feedback call with no time.")


def c20():
    d1 = T("2026-10-20 08:03:44", UTC, "Tue", "+00:00")
    t = """Dear Candidate,

Congratulations! Your CV has been shortlisted for our Remote Senior UI/UX Designer position (EUR 95/hour, fully remote, flexible hours).

Your interview will take place tomorrow at 2pm via Telegram text chat with our Hiring Manager, Mr. David Clark. Please add him on Telegram: @emerald_hr_davidclark and send the message "Aoife - UI/UX interview" before the interview time.

After a successful interview you will receive a cheque to purchase your work laptop and design software from our approved vendor. Kindly also prepare a copy of your ID and your bank details (IBAN) for payroll onboarding.

Best Regards,
HR Recruitment Department
Emerald Global Solutions Ltd
"""
    e = message("c20", d1, addr("Emerald Global Solutions HR", "hr.emeraldglobal.recruit@freemail.example"), ME,
                "Interview Invitation - Remote Senior UI/UX Designer (Shortlisted)",
                leaf('text/plain; charset="UTF-8"', t, "7bit"),
                reply_to="david.clark.emeraldhr@freemail.example", domain="freemail.example", ip="203.0.113.201")
    case("b274-20-scam-emerald-telegram-interview", [("01-shortlisted-telegram-interview.eml", e)], [],
         "hard", "negative/scam",
         "Fake recruiter: 'interview tomorrow at 2pm via Telegram text chat', cheque for equipment, bank details. Scam.")


def c21():
    d1 = T("2026-10-28 11:26:50", DUB, "Wed", "+00:00")
    t = """Hi Aoife,

Hope you're keeping well! I'm recruiting for a Senior Product Designer to join the digital team at Grafton Retail Group, and Colm Hegarty, our Head of Design, was very taken with your work on the accessibility audit.

He'd love to have a chat. Could you let me know a few times next week that work for you? Mornings tend to suit him best. Or, if it's easier, pick a slot straight into his calendar here: https://calendly.com/grafton-talent/30min

No rush, whenever you get a minute.

Rebecca Mahon
Talent Acquisition, Grafton Retail Group
"""
    e = message("c21", d1, addr("Rebecca Mahon", "rebecca.mahon@graftonretail.example"), ME,
                "Chat with our Head of Design?", alt(t, "c21", style="outlook"), domain="graftonretail.example",
                ip="198.51.100.88")
    case("b274-21-grafton-availability-request", [("01-rebecca-availability-request.eml", e)], [],
         "medium", "negative/availability-request",
         "Recruiter asks for availability 'next week' and offers an unbooked Calendly link; nothing is scheduled.")


def c22():
    d1 = T("2026-10-24 20:12:33", DUB, "Sat", "+01:00")
    start = T("2026-10-31 11:00", DUB, "Sat", "+00:00")
    end = T("2026-10-31 12:00", DUB, "Sat", "+00:00")
    t = f"""Hi Aoife,

Your session is booked!

Mock portfolio review: Senior Product Designer interview prep
Coach: Gemma Hartigan (ex-design lead, 12 years in fintech and health)
When: {long_date(start)}, 11:00 - 12:00 (Dublin)
Where: Zoom, link below

Gemma will play the hiring panel: you present one or two case studies as if it were the real thing, she'll ask the awkward questions, and you'll get written feedback within 48 hours.

Amount paid: EUR 120.00 (receipt #DL-{digits('c22r', 6)})

Join Zoom: https://us06web.zoom.us/j/{digits('c22z', 11)}

See you then,
The DesignLadder team
"""
    ev = [f"DTSTAMP:{zulu(d1)}", f"UID:{H('uid', 'c22')[:30]}@designladder.example",
          f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
          "SUMMARY:Mock portfolio review with Gemma Hartigan (DesignLadder)",
          f"LOCATION:https://us06web.zoom.us/j/{digits('c22z', 11)}",
          "ORGANIZER;CN=Gemma Hartigan:mailto:gemma@designladder.example", attendee(OWNER_NAME, OWNER, "ACCEPTED"),
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    cal = vcal("-//DesignLadder//Bookings//EN", "REQUEST", ev)
    body = multi("mixed", [alt(t, "c22", style="java"),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="session.ics"', cal, "base64",
                                ['Content-Disposition: attachment; filename="session.ics"'])], "c22mix", "java")
    e = message("c22", d1, addr("DesignLadder", "bookings@designladder.example"), ME,
                "Booked: Mock portfolio review with Gemma Hartigan", body,
                reply_to=addr("Gemma Hartigan", "gemma@designladder.example"), domain="designladder.example",
                ip="198.51.100.240")
    case("b274-22-designladder-mock-portfolio-review", [("01-mock-portfolio-review-booked.eml", e)], [],
         "medium", "negative/mock-interview",
         "Paid mock portfolio review (coach plays the hiring panel) on Sat 31 Oct 11:00 GMT, with .ics. Coaching, "
         "not a job interview.")


# ===========================================================================
# output


TZ_POINTS = [
    ("01", "'tomorrow at half ten' resolved against Date Tue 13 Oct 16:42 +0100 -> Wed 14 Oct 10:30 IST (+01:00)."),
    ("02", "Greenhouse .ics with TZID Europe/Dublin, Tue 20 Oct 14:00-15:30 IST (+01:00)."),
    ("03", "New York Tue 27 Oct 11:00 EDT (-04:00) = 15:00 Dublin GMT: 4-hour gap between Oct 25 and Nov 1."),
    ("04", "London Thu 29 Oct 14:00 GMT (+00:00), after the Oct 25 change (thread sent in BST)."),
    ("05", "Reschedule across the change: Thu 22 Oct 15:00 IST (14:00Z) -> Mon 26 Oct 15:00 GMT (15:00Z)."),
    ("06", "Windows TZID 'GMT Standard Time' and label '(UTC+00:00) Dublin, ...' on Wed 21 Oct, which is IST: 11:00 +01:00."),
    ("07", "Thu 5 Nov onsite in GMT (+00:00); Google invites in UTC."),
    ("08", "Boston Mon 19 Oct 11:00 EDT = 16:00 IST (5 h); Fri 30 Oct 10:00 EDT = 14:00 GMT (4 h)."),
    ("09", "Calendly 'Greenwich Mean Time', ics in UTC: Tue 3 Nov 09:30 +00:00."),
    ("10", "Calendar API event with 'Z' times and timeZone Europe/Dublin: Fri 13 Nov 12:00 +00:00."),
    ("11", "Lever .ics TZID Europe/London, Fri 23 Oct 10:00 BST (+01:00), last Friday before the change."),
    ("12", "Personio .ics TZID Europe/Dublin, Thu 12 Nov 14:00 GMT."),
    ("13", "'Friday week' said on Wed 14 Oct = Fri 23 Oct 14:00 IST (+01:00)."),
    ("15", "Lisbon Thu 22 Oct 15:00 WEST (+01:00) = Dublin time (negative)."),
    ("16", "GP appointment Tue 27 Oct 09:10 GMT, two days after the change (negative)."),
    ("22", "Mock review Sat 31 Oct 11:00 GMT booked on Sat 24 Oct (+0100) (negative)."),
]


def build():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for p in sorted(OUT.glob("b274-*")):
        shutil.rmtree(p)
    labels = {}
    for i, (slug, items, label) in enumerate(CASES, start=1):
        nn = f"{i:02d}"
        assert slug.startswith(f"b274-{nn}-"), slug
        d = OUT / slug
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names)
        for n, data in items:
            (d / n).write_bytes(data)
        labels[slug] = label
    head = "# Labels for blind274 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    write_readme(labels)


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind274: Dublin product designer, autumn 2026 around the Oct 25 clock change (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a senior product designer in Dublin (Europe/Dublin: IST +01:00 "
        "until Sun 25 Oct 2026, then GMT +00:00).",
        "",
        "This set was written blind: only the eval README and three dev files (for formats) were read; no tool "
        "code, tests or other sets.",
        "",
        "## What it stresses",
        "- The week between the EU change (Oct 25) and the US change (Nov 1), when New York/Boston are 4 hours "
        "behind Dublin instead of 5; a reschedule that crosses Oct 25; a Windows 'GMT Standard Time' invite whose "
        "'(UTC+00:00)' label falls in IST.",
        "- Irish-English relative times ('tomorrow at half ten', 'Friday week', 'give you a ring').",
        "- Design-hiring formats: portfolio review panels, design critiques, an onsite sent as several invites, "
        "a take-home exercise (not an interview) versus its live presentation (an interview).",
        "- Hard negatives: Web Summit press interview, GP appointment, Garda vetting/PPS ID check, owner as "
        "interviewer (Calendly host), rejection after a portfolio review, Telegram scam, unbooked availability "
        "request, paid mock portfolio review, take-home only.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}",
        "",
        "## Formats used",
        "- Plain human threads (text/plain 7bit / quoted-printable, multipart/alternative HTML) with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, text/calendar method=REQUEST, "
        "invite.ics), incl. an 'Updated invitation' with the same UID and SEQUENCE 1",
        "- Exchange/Teams invite and cancellation (TZID 'GMT Standard Time', X-MICROSOFT-CDO-*, METHOD:CANCEL)",
        "- ATS/scheduler mails: Greenhouse (+ .ics), Workday, Lever (+ standalone .ics), Personio (+ .ics), "
        "Teamtailor, Workable, Calendly (invitee confirmation with .ics; host notification)",
        "- Standalone .ics files (cases 11, 16) and a Google Calendar API v3 event `.gcal.json` (case 10)",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n}: {s}" for n, s in TZ_POINTS]
    lines += ["", "## Cases", ""]
    for k, v in labels.items():
        lines.append(f"- `{k}`: {'positive' if v['interview'] else 'negative'}, {v['difficulty']}, {v['category']}")
    lines += ["", "Regenerate with `python make_cases.py` (deterministic; rewrites all b274-* folders, labels.yaml "
              "and this README)."]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    print(f"wrote {len(CASES)} cases to {OUT}")
