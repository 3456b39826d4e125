#!/usr/bin/env python3
"""Deterministic generator for the blind36 evaluation set ("who to thank and for what role").

Rewrites every b36-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ----------------------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def uid(case, n, suffix):
    return hashlib.sha1(f"uid/{case}/{n}".encode()).hexdigest()[:26] + suffix


def fold(line):
    b = line.encode("utf-8")
    parts = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


# tzid -> (iana, [(kind, dtstart, rrule)])  offsets are computed with zoneinfo
ZRULES = {
    "US": [("STANDARD", "16010101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
           ("DAYLIGHT", "16010101T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")],
    "EU": [("STANDARD", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
           ("DAYLIGHT", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")],
    "AU": [("STANDARD", "16010101T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
           ("DAYLIGHT", "16010101T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU")],
    "NZ": [("STANDARD", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
           ("DAYLIGHT", "19700927T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU")],
    "NONE": [("STANDARD", "16010101T000000", None)],
}


def vtimezone(tzid, iana, rules):
    zi = ZoneInfo(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=zi).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=zi).utcoffset()
    std, dst = (jan, jul) if jan <= jul else (jul, jan)
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    for kind, start, rrule in ZRULES[rules]:
        if kind == "STANDARD":
            frm, to = (dst, std) if rrule else (std, std)
        else:
            frm, to = std, dst
        out += [f"BEGIN:{kind}", f"DTSTART:{start}", f"TZOFFSETFROM:{off(frm)}",
                f"TZOFFSETTO:{off(to)}"]
        if rrule:
            out.append(f"RRULE:{rrule}")
        out.append(f"END:{kind}")
    out.append("END:VTIMEZONE")
    return out


def calendar(method, prodid, events, tz=None, extra=None):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if extra:
        lines += extra
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines += vtimezone(*tz)
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def att(cn, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", cutype="INDIVIDUAL", rsvp=True):
    cnp = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    r = "TRUE" if rsvp else "FALSE"
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={r};CN={cnp}:mailto:{email}"


def org(cn, email):
    cnp = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    return f"ORGANIZER;CN={cnp}:mailto:{email}"


def mail(headers, text=None, html=None, text_cte="quoted-printable", html_cte="quoted-printable",
         cal=None, cal_method="REQUEST", cal_cte="base64", attach=None):
    if cal is not None and cal_cte == "7bit" and not cal.isascii():
        cal_cte = "base64"
    if text is not None and text_cte == "7bit" and not text.isascii():
        text_cte = "quoted-printable"
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", cte=cal_cte, params={"method": cal_method})
    for fname, data in (attach or []):
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
    seed = hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"{i:02d}{seed[:26]}")
    return m.as_bytes(policy=policy.SMTP)


def hdrs(owner, date, frm, to, subject, case, n, domain, cc=None, extra=None, reply_to=None,
         in_reply_to=None):
    h = [("Delivered-To", owner),
         ("Received", f"from mx.{domain} by mx.mail.example with ESMTPS; {format_datetime(date)}"),
         ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Message-ID", mid(case, n, domain))]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    h += [("MIME-Version", "1.0")]
    for k, v in (extra or []):
        h.append((k, v))
    return h


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>\n')


def p(text):
    return "".join(f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in text.strip().split("\n\n"))


def hm(dt):
    """'1:30pm' style"""
    s = dt.strftime("%I:%M%p").lstrip("0").lower()
    return s.replace(":00", "")


def gdate(dt):
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def google_invite(case, n, owner, owner_name, organizer, org_email, sent, title, start, end, guests,
                  tzlabel, tzabbr, description="", location="", extra_atts=None, method="REQUEST",
                  seq=0, status="CONFIRMED", uid_=None, reply_domain=None, subject_prefix="Invitation"):
    """guests: list of (name, email). Google sends UTC times."""
    u = uid_ or uid(case, n, "@google.com")
    meet = "https://meet.google.com/" + hashlib.md5(u.encode()).hexdigest()[:3] + "-" + \
        hashlib.md5(u.encode()).hexdigest()[3:7] + "-" + hashlib.md5(u.encode()).hexdigest()[7:10]
    atts = [att(organizer, org_email, partstat="ACCEPTED")]
    atts += [att(nm, em) for nm, em in guests]
    atts += extra_atts or []
    atts.append(att(owner, owner))
    desc = description + ("\n\n" if description else "") + \
        f"Join with Google Meet: {meet}\n\nPlease do not edit this section."
    ev = [f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(sent)}", org(organizer, org_email),
          f"UID:{u}"] + atts + [f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{z(sent - timedelta(minutes=3))}",
                                f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{z(sent)}",
                                f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
                                f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    ics = calendar(method, "-//Google Inc//Google Calendar 70.9054//EN", [ev],
                   extra=["CALSCALE:GREGORIAN"])
    when = f"{gdate(start)} {hm(start)} - {hm(end)} ({tzabbr})"
    subj = f"{subject_prefix}: {title} @ {when} ({owner})"
    guest_lines = "\n".join([f"{organizer} - organizer\n{org_email}"] +
                            [f"{nm}\n{em}" for nm, em in guests] + [owner])
    text = (f"{title}\n{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {hm(start)} \u2013 {hm(end)}\n"
            f"{tzlabel}\n\n" + (f"Location\n{location}\n\n" if location else "") +
            f"Join with Google Meet\n{meet}\n\nOrganizer\n{organizer}\n{org_email}\n\nGuests\n{guest_lines}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW\n\n"
            + (f"{description}\n\n" if description else "") +
            f"Reply for {owner} and view more details https://calendar.google.com/calendar/event?action=VIEW\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(p(text), "Roboto,Helvetica,Arial,sans-serif")
    h = [("Delivered-To", owner),
         ("Received", f"from mail-sor-f41.google.com by mx.mail.example with ESMTPS; {format_datetime(sent)}"),
         ("Reply-To", f"{organizer} <{org_email}>"),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", f"<calendar-{hashlib.md5((case + str(n)).encode()).hexdigest()}@google.com>"),
         ("Date", format_datetime(sent.astimezone(UTC))), ("Subject", subj),
         ("From", f"{organizer} <{org_email}>"), ("To", owner), ("MIME-Version", "1.0")]
    return mail(h, text=text, html=html, text_cte="base64", cal=ics, cal_method=method, cal_cte="7bit",
                attach=[("invite.ics", ics)])


def exchange_invite(case, n, owner, owner_name, organizer, org_email, sent, subject, start, end,
                    win_tz, iana, rules, attendees, body, location="Microsoft Teams Meeting",
                    method="REQUEST", seq=0, uid_=None, to_line=None, status="CONFIRMED",
                    when_label=None):
    """attendees: list of ATTENDEE lines (already built). start/end aware in iana."""
    u = uid_ or ("040000008200E00074C5B7101A82E008000000" + hashlib.md5(f"{case}{n}".encode()).hexdigest().upper())
    ev = [f"ORGANIZER;CN=\"{organizer}\":mailto:{org_email}"] + attendees + [
        f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}", f"UID:{u}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
        f"DTSTART;TZID={win_tz}:{loc(start)}", f"DTEND;TZID={win_tz}:{loc(end)}", "CLASS:PUBLIC",
        "PRIORITY:5", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{esc(location)}", "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    ics = calendar(method, "Microsoft Exchange Server 2010", [ev], tz=(win_tz, iana, rules))
    wl = when_label or ""
    text = (f"When: {wl}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" if method == "REQUEST" else "") + body
    html = html_wrap(p(text.replace("&", "&amp;").replace("<", "&lt;")), "Aptos,Calibri,sans-serif")
    h = [("Delivered-To", owner),
         ("Received", f"from NAM02-BN1-obe.outbound.protection.outlook.com by mx.mail.example with ESMTPS; "
                      f"{format_datetime(sent)}"),
         ("From", f"\"{organizer}\" <{org_email}>"), ("To", to_line or owner), ("Subject", subject),
         ("Thread-Topic", subject.split(": ", 1)[-1]), ("Date", format_datetime(sent.astimezone(UTC))),
         ("Message-ID", f"<{hashlib.md5((case + 'x' + str(n)).encode()).hexdigest().upper()}@PH0PR11MB4981.namprd11.prod.outlook.com>"),
         ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
         ("Content-class", "urn:content-classes:calendarmessage"), ("MIME-Version", "1.0")]
    return mail(h, text=text, html=html, cal=ics, cal_method=method, cal_cte="base64")


def lab(case, user, interviews, difficulty, category, notes, source="synthetic"):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": source}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


SIG_PHONE = "\n"


# ============================================================================ POSITIVES
def c01():
    c = "b36-01-google-invite-panel-room-shared-mailbox"
    owner, oname = "renata.quispe@example.com", "Renata Quispe"
    d = "orrerygroup.example"
    coord = ("Bryony Achterberg", f"bachterberg@{d}")
    ivs = [("Mateus Conceição", f"mconceicao@{d}"), ("Farah Al-Amin", f"falamin@{d}"),
           ("Devon O'Neill", f"doneill@{d}")]
    role = "Senior Analyst, FP&A (Req #4471) - Austin"
    tz = "America/Chicago"
    start, end = T(2026, 3, 11, 13, 0, tz), T(2026, 3, 11, 15, 0, tz)
    sent1 = T(2026, 3, 4, 9, 41, tz)
    body = f"""Hi Renata,

Thanks for speaking with me last week! The team would love to have you in for the panel round for the {role} role at Tessellate Maps (we're part of the Orrery Group family, which is why our email addresses look a little different).

Details:
  When: {start:%A, %B} {start.day}, 1:00-3:00 PM Central
  Where: Orrery Group Austin office, 600 Congress Ave, Floor 4 (room "Bluebonnet")

You'll meet with three folks in one panel conversation:
  - Mateus Conceição, Director of FP&A (the hiring manager)
  - Farah Al-Amin, Senior Manager, Corporate Planning
  - Devon O'Neill, Finance Business Partner, Product

I'll meet you in the lobby and walk you up, but I won't be in the room. A calendar invite is on its way; you'll see our recruiting team inbox on it too so anyone can help if you're running late.

Best,
Bryony

Bryony Achterberg (she/her)
Recruiting Coordinator | Orrery Group
m: +1 (512) 555-0143
600 Congress Ave, Suite 400, Austin, TX 78701
"""
    add(c, "01-coordinator-panel-details.eml",
        mail(hdrs(owner, sent1, f"{coord[0]} <{coord[1]}>", f"{oname} <{owner}>",
                  "Next steps: panel interview - Senior Analyst, FP&A (Req #4471)", c, 1, d),
             text=body, html=html_wrap(p(body.replace("&", "&amp;")))))
    sent2 = sent1 + timedelta(minutes=12)
    desc = ("Panel interview for Renata Quispe - Senior Analyst, FP&A (Req #4471).\n"
            "Panel: Mateus Conceição, Farah Al-Amin, Devon O'Neill.\nCoordinator: Bryony Achterberg (not attending).")
    room = att("AUS-4-Bluebonnet (8) [Whiteboard]", "c_188a3f@resource.calendar.google.example",
               role="REQ-PARTICIPANT", partstat="ACCEPTED", cutype="ROOM", rsvp=False)
    shared = att("FP&A Hiring (shared)", f"fpa-hiring@{d}", role="OPT-PARTICIPANT")
    add(c, "02-invitation-panel.eml",
        google_invite(c, 2, owner, oname, coord[0], coord[1], sent2,
                      "Renata Quispe <> Tessellate Maps - Panel Interview (Senior Analyst, FP&A)",
                      start, end, ivs, "Central Time - Chicago", "CDT", description=desc,
                      location="Orrery Group Austin - 4 - Bluebonnet", extra_atts=[room, shared]))
    lab(c, owner, [iv("Tessellate Maps", role, start, end, "scheduled", [e for _, e in ivs],
                      [e for _, e in ivs], "onsite")], "medium", "positive/panel-invite",
        "Google invite: coordinator organizer (not in room), 3 REQ interviewers, ROOM resource and an "
        "OPT shared mailbox that are not interviewers; brand Tessellate Maps vs parent domain; first week "
        "after US DST (CDT -05:00).")


def c02():
    c = "b36-02-thread-hm-only-in-cc-pst-label-after-dst"
    owner, oname = "theo.lindqvist@mail.example", "Theo Lindqvist"
    d = "brightwatertx.example"
    rec = ("Lena Castellanos-Ruiz", f"lcastellanos@{d}")
    hmgr = ("Marcus Abernathy", f"mabernathy@{d}")
    tz = "America/Los_Angeles"
    start, end = T(2026, 3, 12, 16, 30, tz), T(2026, 3, 12, 17, 0, tz)
    s1 = T(2026, 3, 4, 10, 12, tz)
    b1 = """Hi Theo,

Great news - Marcus, our VP of Clinical Operations and the hiring manager for the Associate Director, Clinical Ops opening, read through your background and would like to meet.

Would Thu 3/12 @ 4:30p PST work for a 30 min Zoom? If not, send me a couple of windows that do.

Thanks!
Lena

--
Lena Castellanos-Ruiz | Talent Partner
Brightwater Therapeutics
415.555.0178
"""
    m1 = mid(c, 1, d)
    add(c, "01-recruiter-proposes-time.eml",
        mail(hdrs(owner, s1, f"{rec[0]} <{rec[1]}>", f"{oname} <{owner}>",
                  "Brightwater - Associate Director, Clinical Ops", c, 1, d), text=b1, text_cte="7bit"))
    s2 = s1 + timedelta(hours=2, minutes=5)
    b2 = ("Hi Lena,\n\nThursday 3/12 at 4:30 works well for me. Looking forward to it.\n\nBest,\nTheo\n\n"
          f"> On {s1:%b} {s1.day}, {s1.year}, at {hm(s1)}, Lena Castellanos-Ruiz <{rec[1]}> wrote:\n>\n"
          + "\n".join("> " + l if l else ">" for l in b1.splitlines()) + "\n")
    m2 = mid(c, 2, "mail.example")
    add(c, "02-theo-accepts.eml",
        mail(hdrs(owner, s2, f"{oname} <{owner}>", f"{rec[0]} <{rec[1]}>",
                  "Re: Brightwater - Associate Director, Clinical Ops", c, 2, "mail.example", in_reply_to=m1,
                  extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")]), text=b2))
    s3 = s2 + timedelta(minutes=47)
    b3 = f"""Perfect - you're confirmed for Thursday 3/12 at 4:30p PT (30 minutes) with Marcus Abernathy, VP Clinical Operations. I've cc'd Marcus here so you two are connected; he'll send the Zoom link from his calendar.

Quick tip: Marcus will want to hear about the multi-site Phase II startup you led.

Lena

On {s2:%a}, {s2:%b} {s2.day}, {s2.year} at {hm(s2)} Theo Lindqvist <{owner}> wrote:
> Hi Lena,
>
> Thursday 3/12 at 4:30 works well for me. Looking forward to it.
"""
    add(c, "03-recruiter-confirms-cc-hm.eml",
        mail(hdrs(owner, s3, f"{rec[0]} <{rec[1]}>", f"{oname} <{owner}>",
                  "Re: Brightwater - Associate Director, Clinical Ops", c, 3, d, cc=f"{hmgr[0]} <{hmgr[1]}>",
                  in_reply_to=m2), text=b3))
    lab(c, owner, [iv("Brightwater Therapeutics", "Associate Director, Clinical Ops", start, end, "scheduled",
                      [hmgr[1]], [hmgr[1]], "hiring_manager")], "hard", "positive/thread-cc-interviewer",
        "'Thu 3/12 @ 4:30p PST' is written PST but 12 March is after US DST -> Pacific -07:00. Hiring manager "
        "(the interviewer) appears only in Cc of the last mail; recruiter schedules only.")


def c03():
    c = "b36-03-exchange-panel-lastfirst-interviewer-swap"
    owner, oname = "kwame.asante@example.com", "Kwame Asante"
    d = "qfholdings.example"
    coord = ("Ferreira, Inês", f"ines.ferreira@{d}")
    a = ("Okonkwo, Adaeze", f"aokonkwo@{d}")
    b = ("Brandt, Lukas", f"lbrandt@{d}")
    nb = ("Zhou, Mei-Ling", f"meiling.zhou@{d}")
    room = att("SEA-12-Rainier", f"sea-12-rainier@{d}", role="NON-PARTICIPANT", cutype="RESOURCE", rsvp=False)
    tz = "America/Los_Angeles"
    start, end = T(2026, 3, 26, 10, 0, tz), T(2026, 3, 26, 11, 30, tz)
    role = "Staff SWE - Payments Infra"
    when = f"{start:%A, %B} {start.day}, {start.year} 10:00 AM-11:30 AM (UTC-08:00) Pacific Time (US & Canada)"
    u = "040000008200E00074C5B7101A82E00800000000B36C03F1A2D4C5E6F7081920304050"
    s1 = T(2026, 3, 16, 14, 5, tz)
    body1 = f"""Hi Kwame,

Here is the invite for your technical panel for the {role} role at Quillfeather. Adaeze Okonkwo (Engineering Manager, Ledger Services) will cover payments domain and past projects, and Lukas Brandt (Principal Engineer) will run the system design portion. The conference room on the invite is just where the panel will sit; you'll join on Teams.

I'm coordinating and won't be on the call. Reply here if anything comes up.

Inês Ferreira
Recruiting Coordinator, Quillfeather (a QF Holdings company)
+1 206 555 0191 | 1201 3rd Ave, Seattle, WA 98101
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_b36c03
Meeting ID: 284 119 506 772  Passcode: q7KpZ2
"""
    at1 = [att(a[0], a[1]), att(b[0], b[1]), att(oname, owner), room]
    add(c, "01-exchange-invite-panel.eml",
        exchange_invite(c, 1, owner, oname, coord[0], coord[1], s1,
                        f"Quillfeather | Technical Panel - Kwame Asante - {role}", start, end,
                        "Pacific Standard Time", tz, "US", at1, body1, uid_=u, when_label=when,
                        to_line=f"{oname} <{owner}>; \"{a[0]}\" <{a[1]}>; \"{b[0]}\" <{b[1]}>"))
    s2 = T(2026, 3, 23, 8, 50, tz)
    body2 = f"""Hi Kwame,

Small change to Thursday: Lukas is out unexpectedly that week, so Mei-Ling Zhou (Staff Engineer, Payment Rails) will run the system design portion instead. Adaeze is still on the panel and the time is unchanged.

Thanks for your flexibility!
Inês

Inês Ferreira
Recruiting Coordinator, Quillfeather (a QF Holdings company)
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_b36c03
"""
    at2 = [att(a[0], a[1]), att(nb[0], nb[1]), att(oname, owner), room]
    add(c, "02-exchange-update-interviewer-swap.eml",
        exchange_invite(c, 2, owner, oname, coord[0], coord[1], s2,
                        f"Updated: Quillfeather | Technical Panel - Kwame Asante - {role}", start, end,
                        "Pacific Standard Time", tz, "US", at2, body2, uid_=u, seq=1, when_label=when,
                        to_line=f"{oname} <{owner}>; \"{a[0]}\" <{a[1]}>; \"{nb[0]}\" <{nb[1]}>"))
    lab(c, owner, [iv("Quillfeather", role, start, end, "scheduled", [a[1], nb[1]], [a[1], nb[1]], "onsite")],
        "hard", "positive/interviewer-swap",
        "Exchange invite, 'Last, First' display names, RESOURCE room; update SEQUENCE 1 swaps Lukas Brandt "
        "for Mei-Ling Zhou (final panel wins). Coordinator organizer is not an interviewer. Invite text still "
        "shows the '(UTC-08:00)' display label, but 26 March is PDT (-07:00).")


def c04():
    c = "b36-04-agency-recruiter-client-interview-montreal-14h"
    owner, oname = "sophie.tremblay@mail.example", "Sophie Tremblay"
    d = "harborfinch.example"
    rec = ("Gabriel Lévesque", f"glevesque@{d}")
    cl = ("Duval-Martin, Renée", "rduvalmartin@velmontfoods.example")
    tz = "America/Toronto"
    start, end = T(2026, 3, 17, 14, 0, tz), T(2026, 3, 17, 14, 45, tz)
    s1 = T(2026, 3, 9, 11, 20, tz)
    sig = """Gabriel Lévesque
Senior Recruiter, Supply Chain & Operations
Harbor & Finch Talent Partners
T 514 555-0122 | 1 Place Ville Marie, bureau 2300, Montréal QC H3B 2C4"""
    b1 = f"""Bonjour Sophie,

Good news from my client Velmont Foods: they'd like to meet you for the Demand Planning Manager - Montréal position (full-time, hybrid, 3 days on site).

The interview is with Renée Duval-Martin, Head of Supply Chain, who the role reports to. Could you do Tuesday, March 17 at 14h? It's in person at their office and should run about 45 minutes.

Let me know and I'll lock it in with Renée's office.

Merci,
{sig}
"""
    m1 = mid(c, 1, d)
    add(c, "01-agency-proposes-client-interview.eml",
        mail(hdrs(owner, s1, f"{rec[0]} <{rec[1]}>", f"{oname} <{owner}>",
                  "Velmont Foods - interview request (Demand Planning Manager)", c, 1, d), text=b1))
    s2 = s1 + timedelta(hours=1, minutes=3)
    b2 = "Bonjour Gabriel,\n\nOui, mardi le 17 à 14h me convient parfaitement. Merci!\n\nSophie\n"
    m2 = mid(c, 2, "mail.example")
    add(c, "02-sophie-confirms.eml",
        mail(hdrs(owner, s2, f"{oname} <{owner}>", f"{rec[0]} <{rec[1]}>",
                  "RE: Velmont Foods - interview request (Demand Planning Manager)", c, 2, "mail.example",
                  in_reply_to=m1), text=b2))
    s3 = T(2026, 3, 10, 9, 2, tz)
    fwd_date = T(2026, 3, 10, 8, 41, tz)
    b3 = f"""Hi Sophie,

All confirmed for Tuesday the 17th, 2:00-2:45 pm. See Renée's note below - her assistant will meet you at reception. Bring a piece of ID for the visitor badge.

Bonne chance!
{sig}

---------- Forwarded message ---------
From: Duval-Martin, Renée <{cl[1]}>
Date: {fwd_date:%a}, {fwd_date:%b} {fwd_date.day}, {fwd_date.year} at {hm(fwd_date)}
Subject: RE: Candidate - Sophie Tremblay
To: Gabriel Lévesque <{rec[1]}>

Gabriel - Tuesday at 14 h works. Please have Sophie come to 2200 rue Sainte-Catherine Ouest, bureau 900, and ask for Mathieu at reception. I've blocked 45 minutes.

Renée Duval-Martin
Head of Supply Chain | Velmont Foods
"""
    add(c, "03-agency-confirms-with-forwarded-client-note.eml",
        mail(hdrs(owner, s3, f"{rec[0]} <{rec[1]}>", f"{oname} <{owner}>",
                  "Confirmed: Velmont Foods interview Tue Mar 17, 14h", c, 3, d, in_reply_to=m2), text=b3,
             text_cte="base64"))
    lab(c, owner, [iv("Velmont Foods", "Demand Planning Manager - Montréal", start, end, "scheduled",
                      [cl[1]], [cl[1]], "hiring_manager")], "hard", "positive/agency-client",
        "Agency recruiter (Harbor & Finch) arranges an in-person interview at the client; company is the "
        "client Velmont Foods; the interviewer's own address appears only in a forwarded note ('Last, First').")


def c05():
    c = "b36-05-noreply-ats-interviewers-named-in-body-oslo"
    owner, oname = "anna.kowalczyk@example.com", "Anna Kowalczyk"
    d = "nordlysgroup.example"
    tz = "Europe/Oslo"
    start, end = T(2026, 3, 27, 14, 0, tz), T(2026, 3, 27, 15, 0, tz)
    role = "Senior Data Engineer – Grid Analytics (Req 2026-118)"
    s1 = T(2026, 3, 18, 16, 2, tz)
    text = f"""Hi Anna,

Your interview for {role} at Nordlys Energi is booked.

Date: Friday 27 March 2026
Time: 14:00–15:00 (Oslo time, CET)
Format: Video (Microsoft Teams) – the link is in the attached calendar file

You will meet Sigrid Haugland (Head of Data Platform) and Ståle Øvrebø-Lund (Lead Data Engineer). Expect a 60-minute technical conversation about streaming pipelines and a walkthrough of a data model you have built.

If you have questions or need to change the time, please contact your recruiter Eirik Solberg at eirik.solberg@{d} – replies to this message are not monitored.

Kind regards,
Nordlys Energi Talent Team

Nordlys Energi AS · Dronning Eufemias gate 8, 0191 Oslo
This email was sent via Teamtailor. Do not reply.
"""
    u = uid(c, 1, "@teamtailor.example")
    ev = [f"UID:{u}", f"DTSTAMP:{z(s1)}", f"DTSTART;TZID=Europe/Oslo:{loc(start)}",
          f"DTEND;TZID=Europe/Oslo:{loc(end)}", f"SUMMARY:{esc('Interview: Nordlys Energi – ' + role)}",
          f"DESCRIPTION:{esc('Video interview (Microsoft Teams): https://teams.microsoft.com/l/meetup-join/19%3ameeting_b36c05')}",
          "LOCATION:Microsoft Teams", org("Nordlys Energi", "no-reply@teamtailor-mail.example"),
          att(oname, owner), "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = calendar("REQUEST", "-//Teamtailor//Interview//EN", [ev], tz=("Europe/Oslo", tz, "EU"))
    add(c, "01-ats-interview-booked.eml",
        mail(hdrs(owner, s1, "Nordlys Energi <no-reply@teamtailor-mail.example>", f"{oname} <{owner}>",
                  f"Interview booked: {role}", c, 1, "teamtailor-mail.example",
                  reply_to="no-reply@teamtailor-mail.example"),
             text=text, text_cte="base64", html=html_wrap(p(text)), html_cte="base64",
             attach=[("interview.ics", ics)]))
    lab(c, owner, [iv("Nordlys Energi", role, start, end, "scheduled", [], [f"eirik.solberg@{d}"], "technical")],
        "medium", "positive/ats-noreply",
        "No-reply ATS; interviewers only named (no addresses) -> followup goes to the recruiter address "
        "given in the text. Friday before EU DST (27 March, +01:00).")


def c06():
    c = "b36-06-booking-confirmation-recruiter-screen-phoenix"
    owner, oname = "marisol.benavides@mail.example", "Marisol Benavides"
    rec = ("Jonah O'Rourke", "jonah.orourke@talent.tidewell.example")
    tz = "America/Phoenix"
    start, end = T(2026, 3, 10, 9, 30, tz), T(2026, 3, 10, 10, 0, tz)
    role = "Product Designer, Care Team (Remote - US)"
    s1 = T(2026, 3, 5, 15, 14, tz)
    text = f"""Confirmed: Intro call - {role} with Jonah O'Rourke

Hi Marisol,

Your meeting is scheduled.

What: Intro call - {role}
When: Tuesday, March 10, 2026, 9:30am - 10:00am (Arizona Time / MST)
Who: Jonah O'Rourke (Tidewell Health) and you
Where: Jonah will call you at the number you provided: (480) 555-0117

Need to make changes? Reschedule or cancel: https://savvycal.example/r/8f2kq1

Powered by SavvyCal
"""
    u = uid(c, 1, "@savvycal.example")
    ev = [f"UID:{u}", f"DTSTAMP:{z(s1)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
          f"SUMMARY:{esc('Intro call - ' + role)}", org(rec[0], rec[1]),
          att(rec[0], rec[1], partstat="ACCEPTED"), att(oname, owner, partstat="ACCEPTED"),
          "LOCATION:Phone call: (480) 555-0117", "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = calendar("REQUEST", "-//SavvyCal//EN", [ev])
    add(c, "01-booking-confirmed.eml",
        mail(hdrs(owner, s1, "SavvyCal <notifications@savvycal-mail.example>", f"{oname} <{owner}>",
                  f"Confirmed: Intro call - {role} with Jonah O'Rourke", c, 1, "savvycal-mail.example",
                  reply_to=f"{rec[0]} <{rec[1]}>"),
             text=text, html=html_wrap(p(text)), attach=[("event.ics", ics)]))
    s2 = T(2026, 3, 9, 16, 40, tz)
    b2 = """<p>Hi Marisol,</p>
<p>Looking forward to our chat tomorrow morning! I&#8217;ll call you at 9:30 sharp. It&#8217;s a casual 30 minutes: I&#8217;ll share more about the Care Team and the interview process, and I&#8217;d love to hear what you&#8217;re looking for.</p>
<p>Talk soon,<br>Jonah</p>
<p style="color:#666">Jonah O&#8217;Rourke &middot; Senior Technical Recruiter<br>Tidewell Health<br>talent.tidewell.example/careers</p>
"""
    add(c, "02-recruiter-reminder-html-only.eml",
        mail(hdrs(owner, s2, f"{rec[0]} <{rec[1]}>", f"{oname} <{owner}>",
                  "Tomorrow's call", c, 2, "talent.tidewell.example"), html=html_wrap(b2)))
    lab(c, owner, [iv("Tidewell Health", role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
        "medium", "positive/scheduling-vendor",
        "SavvyCal booking (no-reply sender, Reply-To recruiter) + HTML-only reminder ('tomorrow morning'); "
        "recruiter on a talent. subdomain is the interviewer; Phoenix has no DST (-07:00).")


def c07():
    c = "b36-07-html-only-itinerary-london-bst"
    owner, oname = "oliver.achebe@example.com", "Oliver Achebe"
    d = "mpgroup.example"
    coord = ("Hattie Brennan-Shaw", f"hbrennanshaw@{d}")
    ivs = [("Priya Raghunathan", f"praghunathan@{d}", "Engineering Manager, Growth"),
           ("Tom Ellery", f"tellery@{d}", "Design Lead"),
           ("Siobhán Ní Bhriain", f"siobhan.nibhriain@{d}", "VP Product")]
    tz = "Europe/London"
    start, end = T(2026, 3, 31, 10, 30, tz), T(2026, 3, 31, 14, 15, tz)
    role = "Senior Product Manager, Growth - London"
    s1 = T(2026, 3, 24, 17, 25, tz)
    rows = [("10:30 – 11:15", ivs[0]), ("11:30 – 12:15", ivs[1]), ("12:15 – 13:15", None), ("13:30 – 14:15", ivs[2])]
    tr = ""
    for t, who in rows:
        if who:
            tr += (f'<tr><td style="padding:4px 10px">{t}</td><td style="padding:4px 10px">{who[0]}</td>'
                   f'<td style="padding:4px 10px">{who[2]}</td><td style="padding:4px 10px">'
                   f'<a href="mailto:{who[1]}">{who[1]}</a></td></tr>\n')
        else:
            tr += (f'<tr><td style="padding:4px 10px">{t}</td><td colspan="3" style="padding:4px 10px">'
                   'Lunch with a few of the Growth squad (informal, not assessed)</td></tr>\n')
    body = f"""<p>Hi Oliver,</p>
<p>Lovely news &ndash; we&#39;d like to invite you to our office for the final stage for the <b>{role.replace('&', '&amp;')}</b> role at Marlowe &amp; Pike.</p>
<p>It&#39;s on <b>Tuesday 31 March</b>. You&#39;ll meet Priya (Eng Manager) at half past ten, and then Tom from Design; after lunch with the team you&#39;ll finish with Siobh&aacute;n (VP Product), so you should be done by quarter past two.</p>
<table style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f3f3f3"><th>Time (UK)</th><th>Who</th><th>Role</th><th>Email</th></tr>
{tr}</table>
<p>I&#39;ll be your host on the day but I&#39;m not interviewing. Please arrive ten minutes early and ask for me at reception.</p>
<p>Warm wishes,<br>Hattie</p>
<p style="font-size:12px;color:#555">Hattie Brennan-Shaw | Talent Coordinator<br>Marlowe &amp; Pike (MP Group Ltd)<br>14 Cowcross Street, London EC1M 6DR<br>+44 20 7946 0321</p>
"""
    add(c, "01-final-stage-itinerary.eml",
        mail(hdrs(owner, s1, f"{coord[0]} <{coord[1]}>", f"{oname} <{owner}>",
                  "Final stage at Marlowe & Pike - Tuesday 31 March", c, 1, d,
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")]), html=html_wrap(body)))
    s2 = s1 + timedelta(hours=15)
    m1 = mid(c, 1, d)
    b2 = f"""Hi Hattie,

Thank you - delighted to come in. See you at half ten on the 31st.

Best,
Oliver

On Tue, 24 Mar 2026 at 17:25, Hattie Brennan-Shaw <{coord[1]}> wrote:
> Hi Oliver,
> Lovely news - we'd like to invite you to our office for the final stage...
"""
    add(c, "02-oliver-reply.eml",
        mail(hdrs(owner, s2, f"{oname} <{owner}>", f"{coord[0]} <{coord[1]}>",
                  "Re: Final stage at Marlowe & Pike - Tuesday 31 March", c, 2, "example.com", in_reply_to=m1),
             text=b2))
    lab(c, owner, [iv("Marlowe & Pike", role, start, end, "scheduled", [e for _, e, _ in ivs],
                      [e for _, e, _ in ivs], "onsite")], "hard", "positive/onsite-html-table",
        "HTML-only quoted-printable itinerary table with addresses; 'half past ten' start, ends 14:15; lunch "
        "is not an interview session; coordinator host is not an interviewer; first Tuesday of BST (+01:00).")


def c08():
    c = "b36-08-exchange-panel-cancelled-sydney"
    owner, oname = "liam.nguyen@mail.example", "Liam Nguyen"
    d = "corallinehq.example"
    a = ("Papadopoulos, Nikos", f"npapadopoulos@{d}")
    b = ("Rāwiri, Tane", f"tane.rawiri@{d}")
    tz = "Australia/Sydney"
    start, end = T(2026, 4, 7, 10, 0, tz), T(2026, 4, 7, 11, 0, tz)
    role = "Senior QA Engineer - Mobile (Sydney)"
    u = "040000008200E00074C5B7101A82E00800000000B36C08AA11BB22CC33DD44EE55FF66"
    when = (f"{start:%A}, {start.day} {start:%B} {start.year} 10:00 AM-11:00 AM (UTC+10:00) Canberra, "
            "Melbourne, Sydney")
    s1 = T(2026, 3, 30, 15, 10, tz)
    body1 = f"""Hi Liam,

Thanks for your time on the phone last week. I'd like to invite you to a technical interview for the {role} role with me and Tane Rāwiri (Senior Mobile Engineer). We'll talk through your approach to test automation on iOS/Android and do a short live debugging exercise.

Cheers,
Nikos

Nikos Papadopoulos | QA Engineering Manager | Coralline
Level 9, 2 Market St, Sydney NSW 2000 | +61 2 5550 1842
"""
    at = [att(b[0], b[1]), att(oname, owner)]
    add(c, "01-exchange-invite.eml",
        exchange_invite(c, 1, owner, oname, a[0], a[1], s1, f"Coralline - Technical Interview - {role}",
                        start, end, "AUS Eastern Standard Time", tz, "AU", at, body1, uid_=u, when_label=when,
                        to_line=f"{oname} <{owner}>; \"{b[0]}\" <{b[1]}>"))
    s2 = T(2026, 4, 2, 18, 55, tz)
    body2 = """Hi Liam,

I'm really sorry to do this - we've just been told the role is on hold while we finalise next financial year's budget, so I need to cancel Tuesday's interview. I'll reach out directly if it reopens.

Nikos
"""
    add(c, "02-exchange-cancel.eml",
        exchange_invite(c, 2, owner, oname, a[0], a[1], s2, f"Canceled: Coralline - Technical Interview - {role}",
                        start, end, "AUS Eastern Standard Time", tz, "AU", at, body2, uid_=u, seq=1,
                        method="CANCEL", status="CANCELLED",
                        to_line=f"{oname} <{owner}>; \"{b[0]}\" <{b[1]}>"))
    lab(c, owner, [iv("Coralline", role, start, end, "cancelled", [a[1], b[1]], [a[1], b[1]], "technical")],
        "medium", "positive/cancellation",
        "Exchange invite from the hiring manager (organizer AND interviewer) + one REQ attendee; METHOD:CANCEL "
        "follows. 7 April is after Sydney DST ended (5 April) -> +10:00.")


def c09():
    c = "b36-09-candidate-withdraws-noon-ct"
    owner, oname = "grace.oyelaran@example.com", "Grace Oyelaran"
    d = "pinecrest-ins.example"
    rec = ("Haugen, Whitney", f"whaugen@{d}")
    hmgr = "raymond.szczepanski@" + d
    tz = "America/Chicago"
    start, end = T(2026, 4, 8, 12, 0, tz), T(2026, 4, 8, 12, 45, tz)
    role = "Actuarial Analyst II (Req #R-20931) - Des Moines"
    s1 = T(2026, 3, 31, 10, 5, tz)
    b1 = f"""Hi Grace,

You're confirmed for your hiring manager interview for the {role} position at Pinecrest Mutual Insurance:

Wednesday, April 8 at noon CT (45 minutes), Webex - link to follow from Raymond's calendar

You'll be meeting with Raymond Szczepański, AVP Pricing ({hmgr}). Feel free to reach out to him directly with any questions about the team.

Thank you,
Whitney Haugen
Talent Acquisition Partner | Pinecrest Mutual Insurance Company
P: 515-555-0164
801 Grand Ave, Des Moines, IA 50309
"""
    m1 = mid(c, 1, d)
    add(c, "01-recruiter-confirms-hm-interview.eml",
        mail(hdrs(owner, s1, f"\"{rec[0]}\" <{rec[1]}>", f"{oname} <{owner}>",
                  f"Interview Confirmation - {role}", c, 1, d), text=b1))
    s2 = T(2026, 4, 3, 19, 30, tz)
    b2 = (f"Hi Whitney,\n\nI wanted to let you know as early as possible: I've accepted an offer elsewhere and need to "
          "withdraw from the process, so I won't be able to make Wednesday's interview with Raymond. Thank you both "
          "for your time - I really enjoyed learning about the pricing team.\n\nBest regards,\nGrace\n\n"
          f"On {s1:%a}, {s1:%b} {s1.day}, {s1.year} at {hm(s1)} Haugen, Whitney <{rec[1]}> wrote:\n"
          + "\n".join("> " + l if l else ">" for l in b1.splitlines()) + "\n")
    m2 = mid(c, 2, "example.com")
    add(c, "02-grace-withdraws.eml",
        mail(hdrs(owner, s2, f"{oname} <{owner}>", f"\"{rec[0]}\" <{rec[1]}>",
                  f"Re: Interview Confirmation - {role}", c, 2, "example.com", in_reply_to=m1), text=b2))
    s3 = T(2026, 4, 6, 8, 15, tz)
    b3 = ("Hi Grace,\n\nCongratulations on the new role! I've let Raymond know and removed the interview from his "
          "calendar. Best of luck.\n\nWhitney\n")
    add(c, "03-recruiter-acknowledges.eml",
        mail(hdrs(owner, s3, f"\"{rec[0]}\" <{rec[1]}>", f"{oname} <{owner}>",
                  f"RE: Interview Confirmation - {role}", c, 3, d, in_reply_to=m2), text=b3))
    lab(c, owner, [iv("Pinecrest Mutual", role, start, end, "cancelled", [hmgr], [hmgr], "hiring_manager")],
        "medium", "positive/cancellation",
        "Candidate withdrawal by e-mail after a confirmation at 'noon CT'; interviewer address given in "
        "parentheses in the body; recruiter display name 'Haugen, Whitney'.")


def c10():
    c = "b36-10-two-rounds-gcal-json-then-invite-tokyo"
    owner, oname = "yuki.tanabe@mail.example", "Yuki Tanabe"
    d = "kumo-kk.example"
    rec = ("Sato, Haruki", f"haruki.sato@{d}")
    e1 = ("Emi Kawaguchi", f"emi.kawaguchi@{d}")
    e2 = ("Daniel Ortega-Byrne", f"daniel.ortega-byrne@{d}")
    tz = "Asia/Tokyo"
    role = "Backend Engineer (Go) - Fulfillment Platform"
    s1, e1t = T(2026, 4, 14, 10, 0, tz), T(2026, 4, 14, 10, 30, tz)
    s2, e2t = T(2026, 4, 21, 14, 0, tz), T(2026, 4, 21, 15, 30, tz)
    ev = {
        "kind": "calendar#event", "etag": "\"3519284410032000\"", "id": "b36c10kumoscreen0414",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=YjM2YzEwa3Vtb3NjcmVlbjA0MTQ",
        "created": "2026-04-08T02:11:00.000Z", "updated": "2026-04-08T02:14:05.016Z",
        "summary": "Kumo Kitchen – Recruiter screen (Backend Engineer, Go)",
        "description": ("30-minute intro with Haruki from our recruiting team: background, motivation, "
                        "visa/relocation questions and next steps for the Fulfillment Platform team."),
        "creator": {"email": rec[1], "displayName": "Haruki Sato"},
        "organizer": {"email": rec[1], "displayName": "Haruki Sato"},
        "start": {"dateTime": iso(s1), "timeZone": tz}, "end": {"dateTime": iso(e1t), "timeZone": tz},
        "iCalUID": "b36c10kumoscreen0414@google.com", "sequence": 0,
        "attendees": [{"email": rec[1], "displayName": "Haruki Sato", "organizer": True,
                       "responseStatus": "accepted"},
                      {"email": owner, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/kmo-scrn-qtz", "reminders": {"useDefault": True},
        "eventType": "default"}
    add(c, "01-recruiter-screen.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    m1 = T(2026, 4, 15, 11, 20, tz)
    b = f"""Hi Yuki,

Thank you for the great conversation yesterday! I'm happy to move you forward to the technical interview for the {role} role.

Date/time: Tuesday 4/21, 14:00-15:30 JST
Interviewers: Emi Kawaguchi (Engineering Manager, Fulfillment) and Daniel Ortega-Byrne (Senior Software Engineer)
Format: Google Meet, 90 minutes - about 60 minutes of live coding in Go and 30 minutes on system design

I will not join this one, but I'll send the calendar invitation from my account in a few minutes.

Best regards,
Haruki Sato (佐藤 陽翔)
Talent Acquisition | Kumo Kitchen (Kumo K.K.)
1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002 | +81 3-5555-0182
"""
    add(c, "02-recruiter-next-round.eml",
        mail(hdrs(owner, m1, f"\"{rec[0]}\" <{rec[1]}>", f"{oname} <{owner}>",
                  "Kumo Kitchen: Technical interview - Backend Engineer (Go)", c, 2, d), text=b, text_cte="base64"))
    add(c, "03-invitation-technical.eml",
        google_invite(c, 3, owner, oname, "Haruki Sato", rec[1], m1 + timedelta(minutes=6),
                      f"Kumo Kitchen Technical Interview - Yuki Tanabe ({role})", s2, e2t, [e1, e2],
                      "Japan Standard Time - Tokyo", "JST",
                      description="Interviewers: Emi Kawaguchi, Daniel Ortega-Byrne. Haruki (organizer) will not attend."))
    lab(c, owner, [
        iv("Kumo Kitchen", role, s1, e1t, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
        iv("Kumo Kitchen", role, s2, e2t, "scheduled", [e1[1], e2[1]], [e1[1], e2[1]], "technical")],
        "hard", "positive/two-interviews",
        "Recruiter screen as a Calendar API event (recruiter interviews), then a technical round announced by "
        "e-mail + Google invite (one interview) where the same recruiter organizes but does not attend.")


def c11():
    c = "b36-11-german-uhr-hm-only-in-cc-after-dst"
    owner, oname = "lena.hartmann@example.com", "Lena Hartmann"
    d = "falkenried-gruppe.example"
    hr = ("Katrin Öztürk", f"k.oeztuerk@{d}")
    hmgr = ("Dr. Jörg Weiß-Brenner", f"j.weiss-brenner@{d}")
    tz = "Europe/Berlin"
    start, end = T(2026, 3, 30, 14, 0, tz), T(2026, 3, 30, 14, 45, tz)
    role = "Senior Controller (m/w/d) – Werk Hannover"
    s1 = T(2026, 3, 20, 10, 48, tz)
    b1 = f"""Sehr geehrte Frau Hartmann,

vielen Dank für Ihre Bewerbung als {role} bei der Falkenried Maschinenbau GmbH und das angenehme Telefonat letzte Woche.

Gerne möchten wir Sie zu einem Gespräch mit unserem Leiter Controlling, Herrn Dr. Jörg Weiß-Brenner, einladen, den ich in Kopie gesetzt habe:

Termin: Montag, 30. März 2026, 14:00 Uhr
Dauer: ca. 45 Minuten
Ort: Microsoft Teams (den Link erhalten Sie separat von Herrn Dr. Weiß-Brenner)

Ich selbst nehme an dem Gespräch nicht teil. Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Katrin Öztürk
Personalreferentin
Falkenried Maschinenbau GmbH – ein Unternehmen der Falkenried Gruppe
Am Lindener Hafen 12 · 30453 Hannover
Tel. +49 511 555 0147
"""
    m1 = mid(c, 1, d)
    add(c, "01-einladung-gespraech.eml",
        mail(hdrs(owner, s1, f"{hr[0]} <{hr[1]}>", f"{oname} <{owner}>",
                  f"Einladung zum Vorstellungsgespräch – {role}", c, 1, d, cc=f"\"{hmgr[0]}\" <{hmgr[1]}>"),
             text=b1))
    s2 = T(2026, 3, 20, 13, 5, tz)
    b2 = ("Sehr geehrte Frau Öztürk,\nsehr geehrter Herr Dr. Weiß-Brenner,\n\nvielen Dank für die Einladung. "
          "Den Termin am Montag, 30.03., um 14:00 Uhr bestätige ich gerne.\n\nMit freundlichen Grüßen\nLena Hartmann\n\n"
          f"Am {s1:%d.%m.%Y} um {s1:%H:%M} schrieb Katrin Öztürk:\n"
          + "\n".join("> " + l if l else ">" for l in b1.splitlines()) + "\n")
    add(c, "02-bestaetigung.eml",
        mail(hdrs(owner, s2, f"{oname} <{owner}>", f"{hr[0]} <{hr[1]}>",
                  f"AW: Einladung zum Vorstellungsgespräch – {role}", c, 2, "example.com",
                  cc=f"\"{hmgr[0]}\" <{hmgr[1]}>", in_reply_to=m1,
                  extra=[("User-Agent", "Mozilla Thunderbird")]), text=b2))
    lab(c, owner, [iv("Falkenried Maschinenbau", role, start, end, "scheduled", [hmgr[1]], [hmgr[1]],
                      "hiring_manager")], "medium", "positive/german-cc-interviewer",
        "German invitation '14:00 Uhr', 'ca. 45 Minuten'; interviewer only in Cc; HR sender does not attend. "
        "30 March is the first Monday of CEST (+02:00) while the mail was sent in CET.")


def c12():
    c = "b36-12-ist-reschedule-updated-ics-apostrophe-names"
    owner, oname = "karthik.subramanian@mail.example", "Karthik Subramanian"
    td = "talent.saffronledger.example"
    d = "saffronledger.example"
    coord = ("Meenakshi Pillai", f"meenakshi.pillai@{td}")
    a = ("Anjali D'Souza", f"anjali.dsouza@{d}")
    b = ("Rohan Mehra-Kapoor", f"rohan.mehra-kapoor@{d}")
    tz = "Asia/Kolkata"
    role = "Associate Director, Risk Analytics - Bengaluru"
    o_start, o_end = T(2026, 4, 10, 11, 0, tz), T(2026, 4, 10, 12, 0, tz)
    start, end = T(2026, 4, 13, 15, 30, tz), T(2026, 4, 13, 16, 30, tz)
    u = uid(c, 1, "@saffronledger.example")

    def ics(s, e, seq, stamp):
        ev = [f"UID:{u}", f"DTSTAMP:{z(stamp)}", f"DTSTART;TZID=India Standard Time:{loc(s)}",
              f"DTEND;TZID=India Standard Time:{loc(e)}", f"SEQUENCE:{seq}",
              f"SUMMARY:{esc('Saffron Ledger | Panel Interview | ' + role)}", org(coord[0], coord[1]),
              att(a[0], a[1]), att(b[0], b[1]), att(oname, owner),
              "LOCATION:Zoom - https://zoom.example/j/83310045521", "STATUS:CONFIRMED"]
        return calendar("REQUEST", "-//Saffron Ledger//Interview Scheduler 2.1//EN", [ev],
                        tz=("India Standard Time", tz, "NONE"))
    s1 = T(2026, 4, 3, 12, 40, tz)
    b1 = f"""Dear Karthik,

Greetings from Saffron Ledger!

We are pleased to schedule your panel interview for the position of {role}.

Date: Friday, 10 April 2026
Time: 11:00 AM - 12:00 PM IST
Mode: Zoom (link in the attached invite)
Panel: Anjali D'Souza (Head - Credit Risk) and Rohan Mehra-Kapoor (Director, Model Risk)

Kindly accept the calendar invite. For any queries, write to me at this address.

Warm regards,
Meenakshi Pillai
Talent Acquisition | Saffron Ledger Financial Services Pvt. Ltd.
Prestige Tech Park, Outer Ring Road, Bengaluru 560103 | +91 80 5555 0139
"""
    m1 = mid(c, 1, td)
    add(c, "01-panel-scheduled.eml",
        mail(hdrs(owner, s1, f"{coord[0]} <{coord[1]}>", f"{oname} <{owner}>",
                  f"Interview Schedule: {role}", c, 1, td), text=b1, attach=[("interview.ics", ics(o_start, o_end, 0, s1))]))
    s2 = T(2026, 4, 8, 18, 5, tz)
    b2 = f"""Dear Karthik,

Due to an unavoidable conflict on the panel's side, your interview has been moved to Monday, 13 April 2026, 3:30 PM IST (same duration, same Zoom link, same panel). The updated invite is attached - please accept it and ignore the earlier one.

Apologies for the inconvenience.

Warm regards,
Meenakshi Pillai
Talent Acquisition | Saffron Ledger
"""
    add(c, "02-rescheduled.eml",
        mail(hdrs(owner, s2, f"{coord[0]} <{coord[1]}>", f"{oname} <{owner}>",
                  f"Rescheduled: Interview Schedule: {role}", c, 2, td, in_reply_to=m1), text=b2,
             attach=[("interview-updated.ics", ics(start, end, 1, s2))]))
    lab(c, owner, [iv("Saffron Ledger", role, start, end, "scheduled", [a[1], b[1]], [a[1], b[1]], "onsite")],
        "medium", "positive/reschedule",
        "Coordinator on a talent. subdomain; .ics with Windows TZID 'India Standard Time'; rescheduled from Fri "
        "10 Apr 11:00 to Mon 13 Apr 15:30 IST via SEQUENCE 1; names with apostrophe and hyphen.")


def c13():
    c = "b36-13-workable-ics-vietnamese-irish-names-auckland"
    owner, oname = "hemi.walker@example.com", "Hemi Walker"
    d = "kowhailabs.example"
    a = ("Nguyễn, Minh Anh", f"minhanh.nguyen@{d}")
    b = ("Ó Briain, Cian", f"cian.obriain@{d}")
    shared = f"recruiting@{d}"
    tz = "Pacific/Auckland"
    start, end = T(2026, 4, 9, 10, 0, tz), T(2026, 4, 9, 11, 0, tz)
    role = "Senior Site Reliability Engineer – Platform (Auckland / Hybrid)"
    s1 = T(2026, 3, 31, 9, 12, tz)
    text = f"""Kia ora Hemi,

Thanks for your interest in Kōwhai Labs! Your interview for {role} is confirmed.

Thursday, 9 April 2026
10:00 – 11:00 NZST (Auckland)
Google Meet – link in the attached invitation

Interviewers:
  Minh Anh Nguyễn – Platform Engineering Lead
  Cian Ó Briain – Senior SRE

This is a technical conversation about incident response and Kubernetes at scale; no preparation needed beyond your own experience.

Ngā mihi,
Kōwhai Labs Recruiting

Sent with Workable · Replies go to {shared}
"""
    u = uid(c, 1, "@workable.example")
    ev = [f"UID:{u}", f"DTSTAMP:{z(s1)}", f"DTSTART;TZID=Pacific/Auckland:{loc(start)}",
          f"DTEND;TZID=Pacific/Auckland:{loc(end)}", f"SUMMARY:{esc('Interview: Hemi Walker – ' + role)}",
          org("Kōwhai Labs Recruiting", shared),
          att(a[0], a[1]), att(b[0], b[1]), att("Kōwhai Labs Recruiting", shared, role="OPT-PARTICIPANT"),
          att(oname, owner), "LOCATION:https://meet.google.com/kwh-sre-plat", "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = calendar("REQUEST", "-//Workable//Calendar//EN", [ev], tz=("Pacific/Auckland", tz, "NZ"))
    add(c, "01-workable-interview-confirmed.eml",
        mail(hdrs(owner, s1, "Kōwhai Labs <noreply@workable-mail.example>", f"{oname} <{owner}>",
                  f"Interview confirmed: {role}", c, 1, "workable-mail.example",
                  reply_to=f"Kōwhai Labs Recruiting <{shared}>"),
             text=text, html=html_wrap(p(text)), attach=[("invite.ics", ics)]))
    lab(c, owner, [iv("Kōwhai Labs", role, start, end, "scheduled", [a[1], b[1]], [a[1], b[1]], "technical")],
        "medium", "positive/ats-ics-names",
        "Workable no-reply + .ics organized by a shared recruiting mailbox (OPT attendee, not an interviewer); "
        "'Last, First' CNs with Vietnamese/Irish diacritics; 9 April is after NZ DST ended (5 April) -> +12:00.")


# ============================================================================ NEGATIVES
def n14():
    c = "b36-14-neg-coordinator-internal-panel-hold"
    owner, oname = "dayo.abiodun@example.com", "Dayo Abiodun"
    coord = ("Quentin Marchetti", "qmarchetti@example.com")
    tz = "America/New_York"
    start, end = T(2026, 3, 19, 13, 0, tz), T(2026, 3, 19, 16, 0, tz)
    s1 = T(2026, 3, 12, 9, 3, tz)
    desc = ("HOLD - please keep this block free. We're finalizing the onsite for a Senior Data Scientist "
            "(Req 3310) candidate and will confirm the exact interview slot and scorecard focus once the candidate "
            "accepts. You'd be on the interview panel as the ML modeling interviewer.\n\n"
            "If you can't make it, decline and I'll find a backup interviewer.\n- Quentin (Recruiting Coordination)")
    add(c, "01-internal-hold.eml",
        google_invite(c, 1, owner, oname, coord[0], coord[1], s1,
                      "HOLD: Interview panel - Sr. Data Scientist (Req 3310) - candidate TBD", start, end,
                      [("Yara Haddad", "yhaddad@example.com"), ("Ben Okafor-Lutz", "bokaforlutz@example.com")],
                      "Eastern Time - New York", "EDT", description=desc))
    lab(c, owner, [], "hard", "negative/internal-hold",
        "Owner's employer coordinator places an internal calendar hold for the owner to sit on an interview "
        "panel; the owner is an interviewer, not the candidate.")


def n15():
    c = "b36-15-neg-owner-on-panel-exchange"
    owner, oname = "m.castillo@example.com", "Castillo, Mariana"
    coord = ("Whitfield, Jo", "jwhitfield@example.com")
    tz = "America/Chicago"
    start, end = T(2026, 4, 2, 11, 0, tz), T(2026, 4, 2, 11, 45, tz)
    s1 = T(2026, 3, 27, 16, 20, tz)
    body = """Hi Mariana,

Thanks for jumping in! You're the system design interviewer for Carla Mendes-Sousa (candidate, Staff SWE - Payments Infra). Focus area: idempotent payment retries. Please submit your scorecard in Greenhouse within 24 hours of the interview.

Candidate resume and interview kit: https://app.greenhouse.example/interview_kits/88213

Jo Whitfield
Recruiting Coordinator
"""
    at = [att(oname, owner), att("Okafor, Chidi", "cokafor@example.com", role="OPT-PARTICIPANT")]
    add(c, "01-interviewer-invite.eml",
        exchange_invite(c, 1, owner, oname, coord[0], coord[1], s1,
                        "Interview: Carla Mendes-Sousa - Staff SWE, Payments Infra (System Design)", start, end,
                        "Central Standard Time", tz, "US", at, body,
                        when_label=f"{start:%A, %B} {start.day}, {start.year} 11:00 AM-11:45 AM (UTC-06:00) Central Time (US & Canada)"))
    lab(c, owner, [], "hard", "negative/user-is-interviewer",
        "Exchange invite where the owner is a REQ interviewer for an external candidate; scorecard language.")


def n16():
    c = "b36-16-neg-networking-chat-explicitly-not-interview"
    owner, oname = "ines.valderrama@mail.example", "Inés Valderrama"
    d = "aldermoor.example"
    hmgr = ("Callum Fraser-Reid", f"cfraserreid@{d}")
    tz = "Europe/London"
    start, end = T(2026, 4, 16, 9, 0, tz), T(2026, 4, 16, 9, 30, tz)
    s1 = T(2026, 4, 9, 12, 10, tz)
    b1 = f"""Hi Inés,

Thanks for the note after the meetup - happy to chat! To be upfront: I'm the hiring manager for our analytics team, but we don't have an open role right now and this isn't an interview or part of any hiring process. I'm just glad to share how we work at Aldermoor and answer questions about the London data scene.

I've sent a calendar invite for Thursday at 9 - feel free to move it if that's awkward.

Callum

Callum Fraser-Reid | Head of Analytics | Aldermoor Analytics
"""
    add(c, "01-manager-reply.eml",
        mail(hdrs(owner, s1, f"{hmgr[0]} <{hmgr[1]}>", f"{oname} <{owner}>", "Re: Great to meet you at DataLDN",
                  c, 1, d), text=b1))
    add(c, "02-invitation-coffee.eml",
        google_invite(c, 2, owner, oname, hmgr[0], hmgr[1], s1 + timedelta(minutes=4),
                      "Coffee chat: Inés / Callum (networking, not an interview)", start, end, [],
                      "United Kingdom Time", "BST", description="Informal networking chat - no role attached."))
    lab(c, owner, [], "hard", "negative/networking",
        "Hiring manager offers a networking coffee and explicitly says it is not an interview nor a hiring step.")


def n17():
    c = "b36-17-neg-reference-check-call-about-someone-else"
    owner, oname = "samuel.adeyemi@example.com", "Samuel Adeyemi"
    d = "brackenridge-capital.example"
    rec = ("Ortiz-Whelan, Paloma", f"portizwhelan@{d}")
    tz = "America/New_York"
    start, end = T(2026, 3, 24, 15, 0, tz), T(2026, 3, 24, 15, 20, tz)
    s1 = T(2026, 3, 19, 10, 30, tz)
    body = f"""Hi Samuel,

Jamal Whitfield listed you as a professional reference for the Senior Analyst, FP&A role he's interviewing for with us at Brackenridge Capital. Thank you for agreeing to speak with me. I've booked a 20-minute reference call for Tuesday, March 24 at 3pm ET; I'll call the number Jamal provided.

Questions will cover your time managing Jamal, his strengths and areas for development.

Best,
Paloma Ortiz-Whelan
Talent Acquisition, Brackenridge Capital | 212-555-0186
"""
    ev = [f"UID:{uid(c, 1, '@brackenridge-capital.example')}", f"DTSTAMP:{z(s1)}",
          f"DTSTART;TZID=Eastern Standard Time:{loc(start)}", f"DTEND;TZID=Eastern Standard Time:{loc(end)}",
          "SUMMARY:Reference check - Jamal Whitfield (candidate) / Samuel Adeyemi", org(rec[0], rec[1]),
          att(oname, owner), "LOCATION:Phone", "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = calendar("REQUEST", "Microsoft Exchange Server 2010", [ev], tz=("Eastern Standard Time", tz, "US"))
    add(c, "01-reference-call.eml",
        mail(hdrs(owner, s1, f"\"{rec[0]}\" <{rec[1]}>", f"{oname} <{owner}>",
                  "Reference call for Jamal Whitfield - Tue 3/24 3pm ET", c, 1, d), text=body,
             attach=[("reference-call.ics", ics)]))
    lab(c, owner, [], "hard", "negative/reference-check",
        "Booked call with a recruiter, but it is a reference check about another candidate.")


def n18():
    c = "b36-18-neg-agency-cold-outreach-calendar-link"
    owner, oname = "priya.venkataraman@mail.example", "Priya Venkataraman"
    d = "summitline-search.example"
    tz = "America/Denver"
    s1 = T(2026, 3, 16, 7, 55, tz)
    html = f"""<p>Hi Priya,</p>
<p>I came across your profile and think you'd be a strong fit for a confidential search I'm running: <b>Director, Revenue Operations (Req #RO-552) - Denver</b> for a Series C SaaS company.</p>
<p>The process is quick: a 20-minute intro call with me, then interviews with the CRO and the VP Finance. If you're open to a conversation, grab any time that suits you on my calendar: <a href="https://calendly.example/tori-blackwood/20min">calendly.example/tori-blackwood/20min</a>.</p>
<p>Even if the timing isn't right, I'd love to connect.</p>
<p>Best,<br>Tori Blackwood<br>Principal, Summitline Search<br>(303) 555-0150 | 1700 Lincoln St, Denver, CO 80203</p>
<p style="font-size:11px;color:#888">Not interested? <a href="https://summitline-search.example/unsubscribe">Unsubscribe</a></p>
"""
    add(c, "01-cold-outreach.eml",
        mail(hdrs(owner, s1, f"Tori Blackwood <tori@{d}>", f"{oname} <{owner}>",
                  "Director, Revenue Operations - quick call?", c, 1, d), html=html_wrap(html)))
    lab(c, owner, [], "medium", "negative/recruiter-outreach",
        "Cold outreach with a role/req id and a Calendly-style link but no booked time.")


def n19():
    c = "b36-19-neg-ats-availability-request-named-panel"
    owner, oname = "jonas.eberhardt@example.com", "Jonas Eberhardt"
    d = "vantorra.example"
    tz = "America/New_York"
    s1 = T(2026, 3, 13, 11, 0, tz)
    text = f"""Hi Jonas,

Congratulations on moving forward for the Staff Product Analyst - Marketplace role at Vantorra! Next is a 90-minute virtual panel interview with:

  - Ama Boateng, Director of Analytics
  - Ruairí McAuliffe, Staff Data Scientist
  - Lucía Fernández-Ortega, Group PM

Please share your availability using the link below within 48 hours. Suggested windows (Eastern Time):
  Tue 3/17  10:00 AM - 4:00 PM
  Wed 3/18  9:00 AM - 12:00 PM
  Thu 3/19  1:00 PM - 5:00 PM

Submit availability: https://vantorra.goodtime.example/availability/3f91c2

Once the panel is confirmed you'll receive a calendar invitation.

Vantorra Recruiting
This message was sent by GoodTime on behalf of Vantorra. Please do not reply.
"""
    add(c, "01-availability-request.eml",
        mail(hdrs(owner, s1, "Vantorra Recruiting <scheduling@goodtime-mail.example>", f"{oname} <{owner}>",
                  "Action needed: share your availability for your panel interview", c, 1, "goodtime-mail.example"),
             text=text, html=html_wrap(p(text))))
    lab(c, owner, [], "hard", "negative/availability-request",
        "Scheduling vendor asks for availability for a named panel; only candidate windows, nothing booked.")


def n20():
    c = "b36-20-neg-rejection-after-panel-names-interviewers"
    owner, oname = "chloe.marchand@mail.example", "Chloé Marchand"
    d = "ferrowind.example"
    tz = "Europe/Paris"
    s1 = T(2026, 3, 20, 17, 45, tz)
    text = f"""Dear Chloé,

Thank you for interviewing with Ana Petrović and Bilal Haddad on 12 March for the Senior Analyst, Energy Markets (Req #EM-207) - Lyon position, and for the time you invested in the case study.

After careful consideration, we have decided to proceed with another candidate whose experience more closely matches the current needs of the team. This was a difficult decision, and Ana and Bilal both enjoyed their conversation with you.

We'll keep your profile on file and may reach out about future roles.

Kind regards,
Mélanie Roux
Talent Acquisition | Ferrowind Renewables
"""
    add(c, "01-rejection.eml",
        mail(hdrs(owner, s1, f"Mélanie Roux <melanie.roux@{d}>", f"{oname} <{owner}>",
                  "Your application - Senior Analyst, Energy Markets (Req #EM-207)", c, 1, d), text=text))
    lab(c, owner, [], "medium", "negative/rejection",
        "Rejection that names past interviewers, a past interview date and a req id; no interview in the mailbox.")


def n21():
    c = "b36-21-neg-bootcamp-mock-panel-interview"
    owner, oname = "rafael.moreira@example.com", "Rafael Moreira"
    d = "launchpath-academy.example"
    tz = "America/Sao_Paulo"
    start, end = T(2026, 4, 15, 19, 0, tz), T(2026, 4, 15, 20, 0, tz)
    s1 = T(2026, 4, 8, 14, 0, tz)
    desc = ("Mock panel interview (practice) - LaunchPath Data Bootcamp, cohort 14.\n"
            "Volunteer interviewers from our hiring partners will run a simulated panel for a "
            "'Junior Data Analyst' role and give feedback. This is NOT a real job interview and is not "
            "shared with employers.")
    add(c, "01-mock-panel-invite.eml",
        google_invite(c, 1, owner, oname, "Beatriz Lacerda", f"beatriz@{d}", s1,
                      "Mock Panel Interview - Rafael Moreira (Junior Data Analyst practice)", start, end,
                      [("Thiago Albuquerque", "thiago.albuquerque@mail.example"),
                       ("Natasha D'Almeida", "natasha.dalmeida@mail.example")],
                      "Brasilia Standard Time - Sao Paulo", "BRT", description=desc))
    lab(c, owner, [], "hard", "negative/mock-interview",
        "Bootcamp practice panel with volunteer interviewers as attendees; explicitly not a real interview.")


def n22():
    c = "b36-22-neg-one-way-video-interview"
    owner, oname = "aisha.rahimi@example.com", "Aisha Rahimi"
    tz = "America/New_York"
    s1 = T(2026, 3, 9, 8, 30, tz)
    text = """Hi Aisha,

Thank you for applying to Halden Biosciences for the Associate Director, Clinical Ops (Req #CO-3381) - Boston role!

The next step is a video interview. You'll record answers to 5 questions at a time that suits you; there is no live interviewer. Please complete it by Friday, March 13 at 11:59 PM ET.

Start your video interview: https://app.hirevue.example/invite/7c1e09

Tips: find a quiet place, test your camera, and allow about 25 minutes.

Halden Biosciences Talent Acquisition
Powered by HireVue - please do not reply to this email.
"""
    add(c, "01-video-interview-invite.eml",
        mail(hdrs(owner, s1, "Halden Biosciences <noreply@hirevue-mail.example>", f"{oname} <{owner}>",
                  "Your video interview for Associate Director, Clinical Ops", c, 1, "hirevue-mail.example"),
             text=text, html=html_wrap(p(text))))
    lab(c, owner, [], "medium", "negative/one-way-video",
        "One-way recorded video interview with a deadline; no live conversation.")


# ============================================================================ main
def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b36-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind36 (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
