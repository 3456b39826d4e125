#!/usr/bin/env python3
"""Generator for the blind2 interview-detection evaluation set (25 synthetic cases).

Deterministic: no randomness, no clock reads. Re-running rewrites every case folder and labels.yaml.
All people, companies and domains are invented (.example). UTC offsets come from zoneinfo (2026 rules).
Usage: python make_cases.py            (writes next to this file)
Labels live ONLY in ./labels.yaml (CASE_ID -> label), never inside a case folder, because the
scorer hands each case folder to the detector.
"""
import base64
import html as htmlmod
import json
import os
import shutil
from datetime import datetime, timedelta, timezone, date
from email import policy, utils
from email.header import Header
from email.message import MIMEPart
from email.mime.multipart import MIMEMultipart
from zoneinfo import ZoneInfo

import yaml

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
GEN_POLICY = policy.compat32.clone(linesep="\n", max_line_length=0)


# ----------------------------------------------------------------------------- time helpers
def T(tz, y, m, d, H=0, M=0, S=0):
    return datetime(y, m, d, H, M, S, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def rfcdate(dt):
    return utils.format_datetime(dt)


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def en_long(dt):  # Tuesday, March 10, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def gshort(dt):  # Google style "4pm" / "4:30pm"
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt:%M}{suf}"


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


RULES = {
    "us": [("DAYLIGHT", "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", 1),
           ("STANDARD", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", 0)],
    "eu1": [("DAYLIGHT", "19700329T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", 1),
            ("STANDARD", "19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", 0)],
    "eu2": [("DAYLIGHT", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", 1),
            ("STANDARD", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", 0)],
    "au": [("STANDARD", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", 0),
           ("DAYLIGHT", "19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", 1)],
    "win_us": [("STANDARD", "16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", 0),
               ("DAYLIGHT", "16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", 1)],
    "win_au": [("STANDARD", "16010101T030000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", 0),
               ("DAYLIGHT", "16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", 1)],
}
# tzid -> (std name, std offset, dst name, dst offset, rule key)
VTZ = {
    "America/New_York": ("EST", "-0500", "EDT", "-0400", "us"),
    "America/Chicago": ("CST", "-0600", "CDT", "-0500", "us"),
    "America/Denver": ("MST", "-0700", "MDT", "-0600", "us"),
    "America/Los_Angeles": ("PST", "-0800", "PDT", "-0700", "us"),
    "Eastern Standard Time": ("", "-0500", "", "-0400", "win_us"),
    "AUS Eastern Standard Time": ("", "+1000", "", "+1100", "win_au"),
    "Europe/Berlin": ("CET", "+0100", "CEST", "+0200", "eu2"),
    "Europe/Amsterdam": ("CET", "+0100", "CEST", "+0200", "eu2"),
    "Europe/Rome": ("CET", "+0100", "CEST", "+0200", "eu2"),
    "Europe/London": ("GMT", "+0000", "BST", "+0100", "eu1"),
    "Europe/Lisbon": ("WET", "+0000", "WEST", "+0100", "eu1"),
    "Asia/Tokyo": ("JST", "+0900", None, None, None),
    "America/Sao_Paulo": ("-03", "-0300", None, None, None),
}


def vtimezone(tzid):
    std, so, dst, do, rule = VTZ[tzid]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if rule is None:
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
                  "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        for kind, start, rr, is_dst in RULES[rule]:
            frm, to, name = (so, do, dst) if is_dst else (do, so, std)
            lines += [f"BEGIN:{kind}", f"DTSTART:{start}", f"RRULE:{rr}", f"TZOFFSETFROM:{frm}",
                      f"TZOFFSETTO:{to}"] + ([f"TZNAME:{name}"] if name else []) + [f"END:{kind}"]
    return lines + ["END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, cutype=None):
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params += [f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    cn = f'CN="{name}"' if any(c in name for c in ",;:") else f"CN={name}"
    return "ATTENDEE;" + ";".join(params) + f";{cn};X-NUM-GUESTS=0:mailto:{email}"


def vevent(uid, start, end, summary, organizer, attendees, description="", location="", seq=0,
           status="CONFIRMED", tzid=None, utc=False, dtstamp=None, created=None, extra=(), allday=None,
           transp="OPAQUE"):
    L = ["BEGIN:VEVENT"]
    if allday:
        L += [f"DTSTART;VALUE=DATE:{allday[0]:%Y%m%d}", f"DTEND;VALUE=DATE:{allday[1]:%Y%m%d}"]
    elif utc:
        L += [f"DTSTART:{z(start)}", f"DTEND:{z(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    L.append(f"DTSTAMP:{z(dtstamp)}")
    if organizer:
        on, oe = organizer
        L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    L.append(f"UID:{uid}")
    L += list(attendees)
    if created:
        L.append(f"CREATED:{z(created)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L.append(f"LAST-MODIFIED:{z(dtstamp)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", f"TRANSP:{transp}"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def vcal(method, events, tzids=(), prodid=GOOGLE_PRODID, head_extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(head_extra)
    for t in tzids:
        L += vtimezone(t)
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ----------------------------------------------------------------------------- MIME helpers
def textpart(body, subtype="plain", cte=None):
    p = MIMEPart()
    if cte is None:
        cte = "7bit" if body.isascii() and max(len(x) for x in body.splitlines() or [""]) < 900 \
            else "quoted-printable"
    p.set_content(body, subtype=subtype, charset="utf-8", cte=cte)
    return p


def calpart(ics, method, cte=None):
    p = MIMEPart()
    if cte is None:
        cte = "7bit" if ics.isascii() else "base64"
    p.set_content(ics, subtype="calendar", charset="utf-8", cte=cte, params={"method": method})
    return p


def attachment(data, filename, maintype="application", subtype="ics", params=None):
    p = MIMEPart()
    if isinstance(data, str):
        data = data.encode("utf-8")
    prm = {"name": filename}
    prm.update(params or {})
    p.set_content(data, maintype=maintype, subtype=subtype, disposition="attachment",
                  filename=filename, params=prm)
    return p


def multi(sub, parts, boundary):
    c = MIMEMultipart(sub, boundary=boundary)
    del c["MIME-Version"]
    for p in parts:
        c.attach(p)
    return c


def A(name, email):
    return utils.formataddr((name, email), charset="utf-8") if name else email


def S(s):
    return s if s.isascii() else Header(s, "utf-8").encode(maxlinelen=900)


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def write_eml(folder, name, owner, frm, to, subject, date_, msgid, body, cc=None, reply_to=None,
              in_reply_to=None, references=None, extra=(), relay=("mail-out.example", "203.0.113.10"),
              sender=None, return_path=None):
    dom = owner.split("@")[1]
    rdate = date_ + timedelta(seconds=3)
    host, ip = relay
    hdr = [
        ("Delivered-To", owner),
        ("Received", f"by 2002:a05:7010:{abs(hash_int(msgid)) % 0xffff:x}:b0:{abs(hash_int(msgid + 'x')) % 0xfff:x} "
                     f"with SMTP id {hash_hex(msgid, 10)};\n        {rfcdate(rdate)}"),
        ("Return-Path", f"<{return_path or utils.parseaddr(sender or frm)[1]}>"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx1.{dom} with ESMTPS id "
                     f"{hash_hex(msgid + 'r', 12)}\n        for <{owner}>;\n        {rfcdate(date_ + timedelta(seconds=2))}"),
        ("Authentication-Results", f"mx1.{dom};\n       dkim=pass header.d={utils.parseaddr(sender or frm)[1].split('@')[1]};\n"
                                   f"       spf=pass smtp.mailfrom={utils.parseaddr(sender or frm)[1]}"),
    ]
    hdr += list(extra)
    hdr += [("Date", rfcdate(date_)), ("From", frm)]
    if sender:
        hdr.append(("Sender", sender))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    hdr.append(("To", to))
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Message-ID", msgid), ("Subject", S(subject))]
    if in_reply_to:
        hdr.append(("In-Reply-To", in_reply_to))
    if references:
        hdr.append(("References", references))
    ct = list(body.items())
    for k in set(body.keys()):
        del body[k]
    for k, v in hdr:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct:
        body[k] = v
    with open(os.path.join(folder, name), "wb") as f:
        f.write(body.as_bytes(policy=GEN_POLICY))


def hash_int(s):
    h = 0
    for ch in s.encode():
        h = (h * 131 + ch) % (2 ** 61 - 1)
    return h


def hash_hex(s, n):
    x = hash_int(s)
    out = ""
    while len(out) < n:
        out += f"{x:x}"
        x = hash_int(out + s)
    return out[:n]


def bnd(seed):
    return "000000000000" + hash_hex(seed, 16)


def alt(text, html=None, seed="", text_cte=None, html_cte=None, cal=None, method=None, cal_cte=None):
    parts = [textpart(text, cte=text_cte), textpart(html or to_html(text), "html", cte=html_cte)]
    if cal:
        parts.append(calpart(cal, method, cte=cal_cte))
    return multi("alternative", parts, bnd("alt" + seed))


def google_invite_body(text, html, ics, method, seed):
    a = alt(text, html, seed, cal=ics, method=method)
    return multi("mixed", [a, attachment(ics, "invite.ics")], bnd("mix" + seed))


def google_invite_text(summary, when, joining, organizer_email, guests, description):
    g = "\n".join(f"{n} - {e}" + (" - organizer" if o else "") for n, e, o in guests)
    return (f"{summary}\n{when}\n\n{joining}\n\n{description}\n\nGuests\n{g}\nView all guest info "
            f"https://calendar.example/calendar/event?action=VIEW&eid=x\n\nReply for yourself\n\n"
            f"Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on "
            f"the event. To stop receiving future updates for this event, decline this event.\n\n"
            f"Forwarding this invitation could allow any recipient to send a response to the organizer, be "
            f"added to the guest list, invite others regardless of their own invitation status, or modify "
            f"your RSVP.\n")


def gcal_when(s, e):
    tzname = s.tzinfo.key
    off = s.utcoffset()
    sign = "+" if off >= timedelta(0) else "-"
    hh = abs(int(off.total_seconds())) // 3600
    mm = (abs(int(off.total_seconds())) % 3600) // 60
    gmt = f"GMT{sign}{hh}" + (f":{mm:02d}" if mm else "") if off else "GMT"
    return f"{s:%A} {s:%b} {s.day}, {s.year} ⋅ {gshort(s)} – {gshort(e)} ({tzname.split('/')[-1].replace('_', ' ')} time - {gmt})"


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, kind, interviewers, recipients=None, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients if recipients is not None else interviewers),
            "kind": kind}


LABELS = {}


def case(cid, user, interviews, difficulty, category, notes):
    LABELS[cid] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def newdir(cid):
    d = os.path.join(OUT, cid)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


# ----------------------------------------------------------------------------- owners
DAYO = ("Dayo Okonkwo", "dayo.okonkwo@inbox.example")
MAREN = ("Maren Lindqvist", "maren.lindqvist@postbox.example")
FELIX = ("Felix Brandauer", "felix.brandauer@webpost.example")
NOOR = ("Noor Haddad", "noor.haddad@postbox.example")
TOMASZ = ("Tomasz Wilk", "t.wilk@mailhaven.example")
PRIYANKA = ("Priyanka Sethi", "priyanka.sethi@inbox.example")
SAM = ("Sam Whitfield", "sam.whitfield@postbox.example")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@mailhaven.example")
GRACE = ("Grace Liu", "grace.liu@inbox.example")
INES = ("Inês Carvalho", "ines.carvalho@mailhaven.example")
OLIVIA = ("Olivia Brandt", "olivia.brandt@webpost.example")
JAEWON = ("Jae-won Choi", "jaewon.choi@inbox.example")
HANNAH = ("Hannah Cole", "hannah.cole@postbox.example")
RAVI = ("Ravi Menon", "ravi.menon@bluefinmedia.example")



# ============================================================================= cases
def c01():
    cid = "c01-vellichor-smartrecruiters-confirmation"
    d = newdir(cid)
    own = DAYO
    tz = "America/New_York"
    s, e = T(tz, 2026, 3, 10, 14, 0), T(tz, 2026, 3, 10, 14, 45)
    sent = T(tz, 2026, 3, 3, 9, 14, 22)
    priya = ("Priya Raman", "priya.raman@vellichor.example")
    hannah = ("Hannah Brooks", "hannah.brooks@vellichor.example")
    text = f"""Hi Dayo,

Your interview with Vellichor Logistics is confirmed.

Position: Senior Data Engineer (Routing Platform)
Interview type: Video interview
When: {en_long(s)}, {ampm(s)} - {ampm(e)} (GMT-04:00) Eastern Time - New York
Interviewer: Priya Raman, Engineering Manager, Routing Platform
Where: Microsoft Teams - the join link is in the attached calendar invitation

Please add the attached invitation to your calendar. If you need to reschedule, reply to this
message and Hannah Brooks from our Talent team will help.

Good luck!
Vellichor Logistics Talent Acquisition

--
This message was sent by SmartRecruiters on behalf of Vellichor Logistics.
Manage your candidate profile: https://jobs.smartrecruiters.example/candidate/VellichorLogistics
"""
    desc = ("Video interview for Senior Data Engineer (Routing Platform) with Priya Raman.\n\n"
            "Microsoft Teams meeting\nJoin: https://teams.example/l/meetup-join/19%3ameeting_VmVsbGljaG9y\n"
            "Meeting ID: 284 551 903 17  Passcode: qR7tLp")
    ics = vcal("REQUEST", [vevent(
        "sr-itv-6f1e0c2a-9b44-4d8e-a1c3-77d0e5b1f2aa@smartrecruiters.example", s, e,
        "Interview: Senior Data Engineer (Routing Platform) - Vellichor Logistics", hannah,
        [att(*priya), att(*own)], desc, "Microsoft Teams", utc=True, dtstamp=sent)],
        prodid="-//SmartRecruiters//Interview Scheduler 2.0//EN")
    body = multi("mixed", [alt(text, seed=cid + "1", html_cte="quoted-printable"),
                           attachment(ics, "interview.ics", "text", "calendar", {"method": "REQUEST"})],
                 bnd(cid + "m"))
    write_eml(d, "01-interview-confirmed-vellichor.eml", own[1],
              A("Vellichor Logistics", "no-reply@smartrecruiters.example"), A(*own),
              "Interview confirmed: Senior Data Engineer (Routing Platform) at Vellichor Logistics",
              sent, "<0100018e2b6f.7c1d9a40-3e21-4b7a@mail.smartrecruiters.example>", body,
              reply_to=A(*hannah), relay=("o12.mail.smartrecruiters.example", "198.51.100.12"))
    case(cid, own[1], [iv("Vellichor Logistics", "Senior Data Engineer (Routing Platform)", s, e,
                          "hiring_manager", [priya[1]])],
         "easy", "positive/ats-ics",
         "SmartRecruiters confirmation from no-reply with Reply-To of coordinator; .ics in UTC (Z) times. "
         "Interview is 2 days after US DST start (EDT, -04:00). Coordinator Hannah is ORGANIZER only.")


def c02():
    cid = "c02-talentspring-invited-to-apply"
    d = newdir(cid)
    own = DAYO
    sent = datetime(2026, 3, 5, 15, 2, 41, tzinfo=UTC)
    text = """Congrats, Dayo! You've been invited to apply.

A recruiter at Northwind Freight Co. viewed your profile and thinks you'd be a great fit for:

  Senior Data Engineer - Hybrid (Newark, NJ)
  $165k - $190k  |  Posted 2 days ago  |  41 applicants

Candidates who apply within 72 hours of an invitation are 3x more likely to land an interview.

[Apply now] https://www.talentspring.example/jobs/view/8841203?trk=invite_apply

Not interested? Let us know so we can improve your matches:
https://www.talentspring.example/jobs/feedback/8841203

More jobs picked for you
- Data Platform Engineer at Kittering Health - Remote (US)
- Staff Analytics Engineer at Bramblecask - New York, NY
- Senior ETL Developer at Oxbow Mutual - Jersey City, NJ

You're receiving Job Invitation emails. Unsubscribe: https://www.talentspring.example/e/unsub?t=ji
TalentSpring Inc., 400 Example Plaza, Suite 12, Austin, TX
"""
    html = ("""<html><body style="margin:0;background:#f3f4f6"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;font-size:22px;font-weight:bold;color:#0b5cad">&#127881; Congrats, Dayo! You&#39;ve been invited to apply.</td></tr>
<tr><td style="padding:0 24px;font-size:15px">A recruiter at <b>Northwind Freight Co.</b> viewed your profile and thinks you&#39;d be a great fit for:</td></tr>
<tr><td style="padding:16px 24px"><div style="border:1px solid #ddd;border-radius:8px;padding:16px">
<div style="font-size:17px;font-weight:bold">Senior Data Engineer &ndash; Hybrid (Newark, NJ)</div>
<div style="color:#555">$165k &ndash; $190k &middot; Posted 2 days ago &middot; 41 applicants</div>
<a href="https://www.talentspring.example/jobs/view/8841203?trk=invite_apply" style="display:inline-block;margin-top:12px;background:#0b5cad;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Apply now</a>
</div></td></tr>
<tr><td style="padding:0 24px;font-size:13px;color:#555">Candidates who apply within 72 hours of an invitation are 3x more likely to land an interview.</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You&#39;re receiving Job Invitation emails. <a href="https://www.talentspring.example/e/unsub?t=ji">Unsubscribe</a><br>TalentSpring Inc., 400 Example Plaza, Suite 12, Austin, TX</td></tr>
</table></td></tr></table></body></html>
""")
    body = alt(text, html, cid, text_cte="quoted-printable", html_cte="base64")
    write_eml(d, "01-invited-to-apply.eml", own[1],
              A("TalentSpring Jobs", "jobs-noreply@mail.talentspring.example"), own[1],
              "Congrats! You've been invited to apply: Senior Data Engineer at Northwind Freight Co.",
              sent, "<20260305150241.8841203.ji-7781@mail.talentspring.example>", body,
              extra=[("List-Unsubscribe", "<https://www.talentspring.example/e/unsub?t=ji>, "
                                          "<mailto:unsub-ji@mail.talentspring.example>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk"), ("X-Campaign", "job_invite_v3")],
              relay=("mta-44.mail.talentspring.example", "198.51.100.44"))
    case(cid, own[1], [], "easy", "negative/marketing",
         "Job-board marketing mail 'invited to apply'; mentions 'interview' in a stat only.")


def c03():
    cid = "c03-lumenvale-ashby-pushed-to-4pm"
    d = newdir(cid)
    own = MAREN
    tz = "America/Los_Angeles"
    s0, e0 = T(tz, 2026, 4, 14, 14, 0), T(tz, 2026, 4, 14, 14, 45)
    s1, e1 = T(tz, 2026, 4, 14, 16, 0), T(tz, 2026, 4, 14, 16, 45)
    daniel = ("Daniel Mbeki", "daniel.mbeki@lumenvale.example")
    corinne = ("Corinne Aldana", "corinne.aldana@lumenvale.example")
    uid = "ashby-itv-3c9e51f0-22b7-4f0d-9a0e-5d7b2c1e8a64@ashbyhq.example"
    role = "Frontend Engineer, Growth"
    sent1 = T(tz, 2026, 4, 8, 11, 3, 10)
    desc = ("Technical interview (45 min): a practical React/TypeScript exercise with Daniel Mbeki, "
            "Senior Frontend Engineer.\n\nJoin with Google Meet: https://meet.example/lmv-qtra-zke\n\n"
            "Scheduled via Ashby")
    ics0 = vcal("REQUEST", [vevent(uid, s0, e0, "Technical Interview: Maren Lindqvist <> Lumenvale", corinne,
                                   [att(*daniel, partstat="ACCEPTED", rsvp=False), att(*own)], desc,
                                   "Google Meet", tzid=tz, dtstamp=sent1, seq=0)], [tz],
                prodid="-//Ashby//Ashby Scheduling//EN")
    text1 = f"""Hi Maren,

Thanks for making time to interview with Lumenvale! Here are the details of your upcoming interview.

Technical Interview - {role}
{en_long(s0)}
{ampm(s0)} - {ampm(e0)} PDT
Google Meet: https://meet.example/lmv-qtra-zke

You'll meet:
  Daniel Mbeki - Senior Frontend Engineer

A calendar invitation is attached. If you have any questions or need to make changes, just reply
to this email and it will reach Corinne.

Best,
Corinne Aldana
Recruiting Coordinator, Lumenvale
"""
    body = multi("mixed", [alt(text1, seed=cid + "1"),
                           attachment(ics0, "invite.ics", "text", "calendar", {"method": "REQUEST"})],
                 bnd(cid + "m1"))
    mid1 = "<ashby.interview.5d7b2c1e8a64.1@ashbyhq.example>"
    write_eml(d, "01-ashby-interview-confirmation.eml", own[1],
              A("Corinne Aldana (via Ashby)", "no-reply@ashbyhq.example"), A(*own),
              f"Interview Confirmation: Technical Interview with Lumenvale", sent1, mid1, body,
              reply_to=A(*corinne), relay=("mail-a7.ashbyhq.example", "198.51.100.71"))

    sent2 = T(tz, 2026, 4, 13, 10, 12, 5)
    mid2 = "<CAF3k9xQ2r+Lmv8aTq1h0Zw@mail.lumenvale.example>"
    text2 = """Hi Maren,

Really sorry for the late change - a production review just landed on top of our slot tomorrow at 2.
Can we push to 4pm? Same Meet link, same format.

If that doesn't work, no stress at all, Corinne can find us another day.

Daniel
"""
    write_eml(d, "02-daniel-can-we-push.eml", own[1], A(*daniel), A(*own),
              "Tomorrow's technical interview", sent2, mid2, alt(text2, seed=cid + "2"),
              cc=A(*corinne), relay=("mail-sor-f69.lumenvale.example", "203.0.113.69"))

    sent3 = T(tz, 2026, 4, 13, 10, 48, 37)
    mid_user = "<CAJm8p1uQ7@mail.postbox.example>"
    mid3 = "<CAF3k9xR7t+Vn2@mail.lumenvale.example>"
    text3 = f"""Thanks Maren, much appreciated! Corinne will send over the updated invite in a bit.

See you tomorrow,
Daniel

On Mon, Apr 13, 2026 at 10:31 AM Maren Lindqvist <{own[1]}> wrote:
> sure, 4pm works for me!
>
> Maren
>
> On Mon, Apr 13, 2026 at 10:12 AM Daniel Mbeki <{daniel[1]}> wrote:
>> Hi Maren,
>>
>> Really sorry for the late change - a production review just landed on top of our slot tomorrow at 2.
>> Can we push to 4pm? Same Meet link, same format.
"""
    write_eml(d, "03-re-tomorrows-technical-interview.eml", own[1], A(*daniel), A(*own),
              "Re: Tomorrow's technical interview", sent3, mid3, alt(text3, seed=cid + "3"),
              cc=A(*corinne), in_reply_to=mid_user, references=f"{mid2} {mid_user}",
              relay=("mail-sor-f69.lumenvale.example", "203.0.113.69"))

    sent4 = T(tz, 2026, 4, 13, 11, 20, 2)
    ics1 = vcal("REQUEST", [vevent(uid, s1, e1, "Technical Interview: Maren Lindqvist <> Lumenvale", corinne,
                                   [att(*daniel, partstat="ACCEPTED", rsvp=False), att(*own)], desc,
                                   "Google Meet", tzid=tz, dtstamp=sent4, seq=1)], [tz],
                prodid="-//Ashby//Ashby Scheduling//EN")
    text4 = f"""Hi Maren,

Your interview with Lumenvale has been updated.

Technical Interview - {role}
NEW TIME: {en_long(s1)}, {ampm(s1)} - {ampm(e1)} PDT
(previously {ampm(s0)} - {ampm(e0)} PDT)
Google Meet: https://meet.example/lmv-qtra-zke

An updated calendar invitation is attached.

Corinne Aldana
Recruiting Coordinator, Lumenvale
"""
    body = multi("mixed", [alt(text4, seed=cid + "4", text_cte="base64", html_cte="base64"),
                           attachment(ics1, "invite.ics", "text", "calendar", {"method": "REQUEST"})],
                 bnd(cid + "m4"))
    write_eml(d, "04-ashby-updated-invitation.eml", own[1],
              A("Corinne Aldana (via Ashby)", "no-reply@ashbyhq.example"), A(*own),
              f"Updated Invitation: Technical Interview with Lumenvale @ {s1:%a} {s1:%b} {s1.day}, {s1.year} "
              f"{gshort(s1)} - {gshort(e1)} (PDT)", sent4,
              "<ashby.interview.5d7b2c1e8a64.2@ashbyhq.example>", body, reply_to=A(*corinne),
              relay=("mail-a7.ashbyhq.example", "198.51.100.71"))
    case(cid, own[1], [iv("Lumenvale", role, s1, e1, "technical", [daniel[1]])],
         "medium", "positive/reschedule",
         "Ashby invite 2pm PDT (SEQUENCE 0) -> interviewer asks to push to 4pm, user says 'sure' (quoted), "
         "updated invite SEQUENCE 1 same UID at 4pm. One interview at the final time. The user's own reply "
         "is only visible quoted inside 03.")


def c04():
    cid = "c04-brennwerk-personio-einladung"
    d = newdir(cid)
    own = FELIX
    tz = "Europe/Berlin"
    s, e = T(tz, 2026, 3, 12, 14, 30), T(tz, 2026, 3, 12, 15, 15)
    sent = T(tz, 2026, 3, 4, 16, 47, 12)
    lena = ("Lena Hartmann", "lena.hartmann@brennwerk.example")
    jonas = ("Jonas Albrecht", "jonas.albrecht@brennwerk.example")
    when = f"am {DE_DAYS[s.weekday()]}, {s.day}. {DE_MONTHS[s.month - 1]} um {s:%H:%M} Uhr"
    assert when == "am Donnerstag, 12. März um 14:30 Uhr"
    text = f"""Sehr geehrter Herr Brandauer,

vielen Dank für Ihre Bewerbung als Junior Controller (m/w/d) und Ihr Interesse an der Brennwerk GmbH.
Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem ersten Vorstellungsgespräch {when} ein.

Das Gespräch findet per Microsoft Teams statt und dauert ca. 45 Minuten. Ihre Gesprächspartnerin ist
Frau Lena Hartmann (Teamleitung Controlling, {lena[1]}). Den Einwahllink schicken wir Ihnen am Vortag
zu.

Bitte bestätigen Sie den Termin kurz über den Button unten. Sollte er Ihnen nicht passen, antworten Sie
einfach auf diese E-Mail – wir finden dann eine Alternative.

Mit freundlichen Grüßen

Jonas Albrecht
People & Culture
Brennwerk GmbH | Hafenstraße 18 | 28217 Bremen
{jonas[1]}

[Termin bestätigen] https://brennwerk.jobs.personio.example/applicant/confirm/9f2c71

Diese Nachricht wurde über Personio versendet.
"""
    body = alt(text, seed=cid, text_cte="quoted-printable", html_cte="quoted-printable")
    write_eml(d, "01-einladung-vorstellungsgespraech.eml", own[1],
              A("Brennwerk GmbH", "noreply@mail.personio.example"), A(*own),
              "Einladung zum Vorstellungsgespräch – Junior Controller (m/w/d)", sent,
              "<personio.6b2e0f11c4.20260304154712@mail.personio.example>", body, reply_to=A(*jonas),
              relay=("smtp-out-3.mail.personio.example", "198.51.100.3"))
    case(cid, own[1], [iv("Brennwerk GmbH", "Junior Controller (m/w/d)", s, e, "hiring_manager", [lena[1]])],
         "medium", "positive/german-body-only",
         "Personio mail in German, no .ics; year not stated (resolve from Date). 'ca. 45 Minuten' gives the end. "
         "Jonas (HR) only coordinates; Lena (team lead) conducts. CET (+01:00) because before Mar 29.")


def c05():
    cid = "c05-meridian-codility-assessment"
    d = newdir(cid)
    own = LUCIA
    sent = T("Europe/Madrid", 2026, 3, 13, 10, 30, 0)
    text = """Dear Lucía,

Thank you for your application for the Software Engineer (Graduate Programme 2026) position at
Meridian Mutual Bank.

As the next step in our selection process, we invite you to complete an online coding assessment on
Codility. The assessment consists of 3 tasks and takes 90 minutes. Once you start, the timer cannot be
paused.

Deadline: the test must be completed by Friday, 20 March 2026, 23:59 CET.

Start your assessment: https://app.codility.example/c/meridianmutual/SE-GRAD-26/?t=Z3kP0
Practice tasks: https://app.codility.example/programmers/practice

Candidates who are successful at this stage will be invited to a technical interview with our
engineering team in April.

Kind regards,
Meridian Mutual Bank - Early Careers Recruitment

Please do not reply to this email. For technical problems contact support@codility.example.
"""
    body = alt(text, seed=cid, text_cte="quoted-printable", html_cte="quoted-printable")
    write_eml(d, "01-online-assessment-invitation.eml", own[1],
              A("Meridian Mutual Bank via Codility", "no-reply@codility.example"), A(*own),
              "Meridian Mutual Bank: your online coding assessment (deadline 20 March)", sent,
              "<3f9a1c2e-tests-SE-GRAD-26.17@codility.example>", body,
              relay=("mx-out-2.codility.example", "198.51.100.22"))
    case(cid, own[1], [], "easy", "negative/assessment",
         "Codility test invitation with a deadline; mentions a future technical interview without a time.")


def c06():
    cid = "c06-grachtwerk-uitnodiging-utrecht"
    d = newdir(cid)
    own = NOOR
    tz = "Europe/Amsterdam"
    s, e = T(tz, 2026, 4, 21, 10, 0), T(tz, 2026, 4, 21, 11, 0)
    bram = ("Bram Visser", "bram.visser@grachtwerk.example")
    sanne = ("Sanne de Vries", "sanne.devries@grachtwerk.example")
    sent1 = T(tz, 2026, 4, 14, 9, 26, 44)
    when = f"{NL_DAYS[s.weekday()]} {s.day} {NL_MONTHS[s.month - 1]}"
    assert when == "dinsdag 21 april"
    text1 = f"""Hoi Noor,

Leuk dat je hebt gesolliciteerd op de vacature Backend Developer (Go) bij Grachtwerk! We hebben je cv
en je GitHub-projecten met veel plezier bekeken en willen je graag uitnodigen voor een eerste gesprek.

Wanneer: {when}, van {s:%H:%M} tot {e:%H:%M} uur
Waar: ons kantoor aan de Oudegracht 212, Utrecht (meld je even bij de receptie op de 2e verdieping)
Met wie: Sanne de Vries, teamlead Platform (staat in de cc)

Ik ben er zelf helaas niet bij, maar Sanne vertelt je alles over het team en onze stack en is vooral
benieuwd hoe jij werkt. Neem gerust je laptop mee als je iets van eigen werk wilt laten zien.

Laat je even weten of dit schikt?

Groetjes,
Bram Visser
Recruiter | Grachtwerk B.V.
06 12 34 56 78
"""
    mid1 = "<AM9PR07MB1234A5B6C7D8E9F0@AM9PR07MB1234.eurprd07.prod.outlook.example>"
    write_eml(d, "01-uitnodiging-eerste-gesprek.eml", own[1], A(*bram), A(*own),
              "Uitnodiging eerste gesprek Backend Developer (Go)", sent1, mid1,
              alt(text1, seed=cid + "1", text_cte="quoted-printable", html_cte="base64"),
              cc=A(*sanne), relay=("mail-am6eur05.outbound.protection.outlook.example", "198.51.100.105"),
              extra=[("Thread-Topic", "Uitnodiging eerste gesprek Backend Developer (Go)"),
                     ("Content-Language", "nl-NL")])
    sent2 = T(tz, 2026, 4, 14, 13, 2, 9)
    mid_user = "<CAH7pQw9Lm2@mail.postbox.example>"
    text2 = f"""Top, dan staat het! Tot dinsdag, Sanne verwacht je om {s:%H:%M} bij de receptie.

Groet,
Bram

Van: Noor Haddad <{own[1]}>
Verzonden: dinsdag 14 april 2026 11:48
Aan: Bram Visser <{bram[1]}>
CC: Sanne de Vries <{sanne[1]}>
Onderwerp: Re: Uitnodiging eerste gesprek Backend Developer (Go)

Hoi Bram,

Dank je wel! Dat past prima, ik ben er {when} om {s:%H:%M}.

Groet,
Noor
"""
    write_eml(d, "02-re-uitnodiging-bevestigd.eml", own[1], A(*bram), A(*own),
              "RE: Uitnodiging eerste gesprek Backend Developer (Go)", sent2,
              "<AM9PR07MB1234F0E1D2C3B4A5@AM9PR07MB1234.eurprd07.prod.outlook.example>",
              alt(text2, seed=cid + "2", text_cte="quoted-printable"), cc=A(*sanne),
              in_reply_to=mid_user, references=f"{mid1} {mid_user}",
              relay=("mail-am6eur05.outbound.protection.outlook.example", "198.51.100.105"),
              extra=[("Thread-Topic", "Uitnodiging eerste gesprek Backend Developer (Go)"),
                     ("Content-Language", "nl-NL")])
    case(cid, own[1], [iv("Grachtwerk B.V.", "Backend Developer (Go)", s, e, "hiring_manager", [sanne[1]])],
         "medium", "positive/dutch",
         "Dutch recruiter mail + confirmation reply; in-person. Recruiter explicitly not attending; team lead "
         "Sanne (cc) conducts. Year only from Date/quoted header. CEST (+02:00).")


def c07():
    cid = "c07-kreuzberg-flatmate-interview"
    d = newdir(cid)
    own = FELIX
    tz = "Europe/Berlin"
    s, e = T(tz, 2026, 4, 11, 18, 0), T(tz, 2026, 4, 11, 18, 30)
    sent = T(tz, 2026, 4, 6, 21, 14, 3)
    mia = ("Mia Kowalczyk", "mia.kowalczyk@mailhaven.example")
    flat = [("Jannik Roth", "jannik.roth@webpost.example")]
    summary = "WG-Casting / flatmate interview – room in Kreuzberg"
    desc = ("Hey Felix! Thanks for your message on the flatshare portal. Come by on Saturday so you can see "
            "the room (14 m², Wrangelstraße 61, 3rd floor left, ring 'Roth/Kowalczyk') and meet the three of "
            "us. It's a relaxed 'interview', we just want to see if we click. Bring your SCHUFA if you have it.")
    ics = vcal("REQUEST", [vevent("4c2lqv8m1b3kq7d0s6s0ghd1pa@calendar.example", s, e, summary, mia,
                                  [att(*mia, partstat="ACCEPTED", rsvp=False), att(*flat[0], partstat="ACCEPTED"),
                                   att(*own)], desc, "Wrangelstraße 61, 10997 Berlin", tzid=tz, dtstamp=sent)],
               [tz])
    text = google_invite_text(summary, gcal_when(s, e), "Wrangelstraße 61, 10997 Berlin", mia[1],
                              [(mia[0], mia[1], True), (flat[0][0], flat[0][1], False), (own[0], own[1], False)],
                              desc)
    body = google_invite_body(text, to_html(text), ics, "REQUEST", cid)
    write_eml(d, "01-invitation-wg-casting.eml", own[1], A(*mia), own[1],
              f"Invitation: {summary} @ {s:%a} {s:%b} {s.day}, {s.year} {gshort(s)} - {gshort(e)} (CEST) ({own[1]})",
              sent, "<calendar-6a1f0e2b-0c9d-4b55-b1e1-3a9f7d2c5e10@calendar.example>", body,
              sender="Google Calendar <calendar-notification@calendar.example>",
              relay=("mail-sor-f73.calendar.example", "203.0.113.73"))
    case(cid, own[1], [], "medium", "negative/non-job-interview",
         "Calendar invite for a flatshare 'interview' (apartment viewing). Not a job interview.")


def c08():
    cid = "c08-prairie-signal-zoom-hiring-manager"
    d = newdir(cid)
    own = TOMASZ
    tz = "America/Chicago"
    s, e = T(tz, 2026, 3, 9, 10, 0), T(tz, 2026, 3, 9, 10, 45)
    sent = T(tz, 2026, 3, 4, 15, 22, 7)
    rachel = ("Rachel Okafor", "rachel.okafor@prairiesignal.example")
    zoom = "https://prairiesignal.zoom.example/j/84213377521?pwd=bWx0dXBSa2ZQeE1HZ2lqTUlOUT09"
    zoomtxt = f"""Rachel Okafor is inviting you to a scheduled Zoom meeting.

Topic: Analytics Engineer - intro with Rachel (hiring manager)
Time: {s:%b} {s.day}, {s.year} {s:%I:%M} {'AM' if s.hour < 12 else 'PM'} Central Time (US and Canada)

Join Zoom Meeting
{zoom}

Meeting ID: 842 1337 7521
Passcode: 551903

---

One tap mobile
+13125550147,,84213377521#,,,,*551903# US (Chicago)
"""
    text = f"""Hi Tomasz,

Great to hear from Jenna that you're moving forward - I'm looking forward to chatting on Monday. It'll be
a fairly informal conversation about the Analytics Engineer role, the dbt/Snowflake stack and how the
team works; plan on 45 minutes. Zoom details below, and I've attached a calendar file.

Rachel

Rachel Okafor | Director of Data, Prairie Signal Analytics
{rachel[1]}

{zoomtxt}"""
    desc = zoomtxt
    ics = vcal("REQUEST", [vevent("ZOOM84213377521@zoom.example", s, e,
                                  "Analytics Engineer - intro with Rachel (hiring manager)", rachel,
                                  [att(*own)], desc, zoom, tzid=tz, dtstamp=sent)], [tz],
               prodid="-//zoom.us//iCalendar Event//EN")
    body = multi("mixed", [alt(text, seed=cid, text_cte="quoted-printable"),
                           attachment(ics, "zoom_0.ics", "text", "calendar", {"method": "REQUEST"})],
                 bnd(cid + "m"))
    write_eml(d, "01-zoom-invite-rachel.eml", own[1], A(*rachel), A(*own),
              "Zoom invite: Analytics Engineer chat Monday", sent,
              "<CAG8vzN0pX4Jd1Q@mail.prairiesignal.example>", body,
              relay=("mail-yw1-f176.prairiesignal.example", "203.0.113.176"))
    case(cid, own[1], [iv("Prairie Signal Analytics", "Analytics Engineer", s, e, "hiring_manager", [rachel[1]])],
         "medium", "positive/zoom-ics",
         "Zoom .ics (TZID America/Chicago) from the hiring manager. Mail sent in CST (-0600) but the interview "
         "is the day after US DST starts, so CDT (-05:00).")


def c09():
    cid = "c09-coralbay-bookings-first-round"
    d = newdir(cid)
    own = PRIYANKA
    tz = "Australia/Sydney"
    s, e = T(tz, 2026, 5, 6, 9, 30), T(tz, 2026, 5, 6, 10, 0)
    sent = T(tz, 2026, 4, 28, 16, 5, 51)
    box = ("Coralbay Cloud Careers", "CareersInterviews@coralbay.example")
    ahmed = ("Ahmed Rahimi", "ahmed.rahimi@coralbay.example")
    svc = "First-round interview – Cloud Support Engineer"
    when = f"{s:%A}, {s.day} {s:%B} {s.year} {ampm(s)} - {ampm(e)} (UTC+10:00) Canberra, Melbourne, Sydney"
    text = f"""Your booking is confirmed

Hi Priyanka,

Thanks for booking with Coralbay Cloud Careers.

{svc}
{when}
Staff: Ahmed Rahimi

Join your appointment
Microsoft Teams meeting: https://teams.example/l/meetup-join/19%3ameeting_Q29yYWxiYXk
Meeting ID: 391 004 228 65   Passcode: 7xNq2e

Ahmed from our Talent Acquisition team will talk you through the role, the support rotation and your
experience. The call takes about 30 minutes.

Manage booking: https://outlook.office.example/bookwithme/coralbay/manage/7f2c
Cancel booking: https://outlook.office.example/bookwithme/coralbay/cancel/7f2c

Coralbay Cloud Careers
Level 9, 1 Example Street, Sydney NSW 2000
"""
    wtz = "AUS Eastern Standard Time"
    desc = text
    ev = vevent("040000008200E00074C5B7101A82E00800000000C0FFEE1B19D6DC010000000000000000100000004D2C7A1E@coralbay.example",
                s, e, svc, box,
                [att(*own), att(*ahmed, partstat="ACCEPTED", rsvp=False)], desc, "Microsoft Teams Meeting",
                tzid=wtz, dtstamp=sent, extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                                               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                                               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                                               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    # Recreate the event with the Windows TZID but correct local times (vevent formats local time from s/e)
    ics = vcal("REQUEST", [ev], [wtz], prodid="Microsoft Exchange Server 2010")
    html = to_html(text).replace("<p>Your booking is confirmed</p>",
                                 '<h2 style="color:#0f6cbd">Your booking is confirmed</h2>')
    body = alt(text, html, cid, text_cte="quoted-printable", html_cte="quoted-printable", cal=ics,
               method="REQUEST", cal_cte="base64")
    write_eml(d, "01-booking-confirmed.eml", own[1], A(*box), A(*own),
              f"Booking confirmed: {svc}", sent,
              "<SY4P282MB3391C0FFEE1B19D6@SY4P282MB3391.AUSP282.PROD.OUTLOOK.example>", body,
              relay=("mail-sy4aus01.outbound.protection.outlook.example", "198.51.100.201"),
              extra=[("X-MS-Exchange-Organization-SCL", "1"), ("X-Microsoft-Bookings", "true"),
                     ("Thread-Topic", svc)])
    case(cid, own[1], [iv("Coralbay Cloud", "Cloud Support Engineer", s, e, "phone_screen", [ahmed[1]])],
         "medium", "positive/bookings",
         "Microsoft Bookings confirmation from a shared bookings mailbox (not a follow-up address); staff member "
         "Ahmed is an ATTENDEE. Windows TZID 'AUS Eastern Standard Time'; May is AEST (+10:00).")


def c10():
    cid = "c10-techweekly-journalist-request"
    d = newdir(cid)
    own = INES
    sent = T("America/Sao_Paulo", 2026, 6, 2, 11, 40, 19)
    reb = ("Rebecca Thorne", "r.thorne@techweekly-news.example")
    text = f"""Hi Inês,

I'm a reporter at TechWeekly covering developer tools. I've been following Trilhas, your open-source
offline-maps library, and I'm working on a piece about small teams building mapping tech outside the
big platforms.

Would you be open to a short interview for the story? Something like 30 minutes over video would be
perfect - Thursday at 3pm your time would suit me, but I'm flexible. I'd mostly ask about why you
started the project, how you fund it, and what's next. I'll send questions in advance if that helps.

The piece is slated for late June.

Thanks so much,
Rebecca Thorne
Senior Reporter, TechWeekly
{reb[1]} | @rthorne
"""
    write_eml(d, "01-interview-request-techweekly.eml", own[1], A(*reb), A(*own),
              "Interview request: Trilhas and independent mapping tools", sent,
              "<9b1e7c2d-54a1-4f7e-8b1d-0e2f3a4b5c6d@techweekly-news.example>",
              alt(text, seed=cid, text_cte="quoted-printable"),
              relay=("smtp.techweekly-news.example", "203.0.113.88"))
    case(cid, own[1], [], "medium", "negative/press",
         "Journalist asks the user for a press interview with a proposed time; not a job interview.")


def c11():
    cid = "c11-halden-rowe-panel-api-event"
    d = newdir(cid)
    own = SAM
    tz = "Europe/London"
    s, e = T(tz, 2026, 3, 31, 13, 0), T(tz, 2026, 3, 31, 15, 0)
    ella = ("Ella Price", "ella.price@haldenrowe.example")
    pan = [("Oluwaseun Adeyemi", "olu.adeyemi@haldenrowe.example"),
           ("Freya Lund", "freya.lund@haldenrowe.example"),
           ("Martin Kovač", "martin.kovac@haldenrowe.example")]
    room = ("LDN-3-Thames (12) [Whiteboard, VC]", "c_188f4a2b7c9d0e1f2a3b@resource.calendar.example")
    created = datetime(2026, 3, 20, 10, 4, 31, tzinfo=UTC)
    updated = datetime(2026, 3, 23, 8, 15, 2, tzinfo=UTC)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3486219004300000\"",
        "id": "6k2p9qj0r4mv1e3tq8c7s5b0ho",
        "status": "confirmed",
        "htmlLink": "https://calendar.example/calendar/event?eid=NmsycDlxajByNG12MWUzdHE4YzdzNWIwaG8",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.215Z"),
        "summary": "Halden & Rowe – Panel interview: Senior Product Manager, Payments",
        "description": ("Hi Sam,\n\nThis is your panel interview for the Senior Product Manager, Payments role. "
                        "The two hours are split as follows:\n• 45 min – product sense (Oluwaseun & Freya)\n"
                        "• 45 min – execution case (Martin)\n• 30 min – your questions for the panel\n\n"
                        "Please come to reception on the ground floor at 14 Example Wharf, London SE1, about 10 "
                        "minutes early and ask for Ella.\n\nElla Price\nTalent Coordinator, Halden & Rowe"),
        "location": "LDN-3-Thames (12) [Whiteboard, VC], 14 Example Wharf, London SE1",
        "creator": {"email": ella[1], "displayName": ella[0]},
        "organizer": {"email": ella[1], "displayName": ella[0]},
        "start": {"dateTime": iso(s), "timeZone": tz},
        "end": {"dateTime": iso(e), "timeZone": tz},
        "iCalUID": "6k2p9qj0r4mv1e3tq8c7s5b0ho@calendar.example",
        "sequence": 1,
        "attendees": [
            {"email": ella[1], "displayName": ella[0], "organizer": True, "responseStatus": "accepted"},
            {"email": pan[0][1], "displayName": pan[0][0], "responseStatus": "accepted"},
            {"email": pan[1][1], "displayName": pan[1][0], "responseStatus": "accepted"},
            {"email": pan[2][1], "displayName": pan[2][0], "responseStatus": "tentative"},
            {"email": room[1], "displayName": room[0], "resource": True, "responseStatus": "accepted"},
            {"email": own[1], "displayName": own[0], "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanSeeOtherGuests": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    with open(os.path.join(d, "01-panel-interview.gcal.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, indent=2, ensure_ascii=False)
        f.write("\n")
    case(cid, own[1], [iv("Halden & Rowe", "Senior Product Manager, Payments", s, e, "onsite",
                          [p[1] for p in pan])],
         "medium", "positive/gcal-json-panel",
         "Calendar API event only: organizer is a coordinator (not an interviewer), a room resource attendee "
         "must be ignored, 3 panelists. First day of BST after the Mar 29 switch (+01:00).")


def c12():
    cid = "c12-quillfeather-screen-then-technical"
    d = newdir(cid)
    own = LUCIA
    tz = "America/Denver"
    s1, e1 = T(tz, 2026, 6, 8, 9, 0), T(tz, 2026, 6, 8, 9, 30)
    s2, e2 = T(tz, 2026, 6, 11, 13, 0), T(tz, 2026, 6, 11, 14, 30)
    kofi = ("Kofi Mensah", "kofi.mensah@quillfeather.example")
    anika = ("Anika Sørensen", "anika.sorensen@quillfeather.example")
    role = "Site Reliability Engineer"
    items = [
        (s1, e1, T(tz, 2026, 6, 2, 14, 33, 8), "Quillfeather – Recruiter screen (Site Reliability Engineer)",
         "Intro call with Kofi from Talent: your background, what you're looking for, and the interview process. "
         "30 minutes on Google Meet.", [kofi], "01-invitation-recruiter-screen.eml", "0b7r1kq2f6u9h3c5m8n2p4s6t0"),
        (s2, e2, T(tz, 2026, 6, 8, 10, 2, 55), "Quillfeather – Technical interview: systems & debugging (SRE)",
         "90-minute technical interview with Anika Sørensen (Staff SRE). We'll work through a live incident "
         "scenario together and talk about observability. No prep needed beyond a working browser.\n\n"
         "Kofi (Talent) is only organising and won't join.", [kofi, anika], "02-invitation-technical-interview.eml",
         "5e1h8j3l0n2q4s6u8w0y2a4c6e"),
    ]
    for s, e, sent, summary, desc, guests, fname, eid in items:
        meet = f"Join with Google Meet\nhttps://meet.example/{eid[:3]}-{eid[3:7]}-{eid[7:10]}"
        atts = [att(*kofi, partstat="ACCEPTED", rsvp=False)] + [att(*g) for g in guests[1:]] + [att(*own)]
        ics = vcal("REQUEST", [vevent(f"{eid}@calendar.example", s, e, summary, kofi, atts,
                                      desc + "\n\n" + meet, "", tzid=tz, dtstamp=sent)], [tz])
        g = [(kofi[0], kofi[1], True)] + [(x[0], x[1], False) for x in guests[1:]] + [(own[0], own[1], False)]
        text = google_invite_text(summary, gcal_when(s, e), meet, kofi[1], g, desc)
        body = google_invite_body(text, to_html(text), ics, "REQUEST", cid + fname)
        write_eml(d, fname, own[1], A(*kofi), own[1],
                  f"Invitation: {summary} @ {s:%a} {s:%b} {s.day}, {s.year} {gshort(s)} - {gshort(e)} (MDT) ({own[1]})",
                  sent, f"<calendar-{hash_hex(eid, 8)}-{hash_hex(eid + 'a', 4)}-{hash_hex(eid + 'b', 12)}@calendar.example>",
                  body, sender="Google Calendar <calendar-notification@calendar.example>",
                  relay=("mail-sor-f41.calendar.example", "203.0.113.41"))
    case(cid, own[1], [iv("Quillfeather", role, s1, e1, "phone_screen", [kofi[1]]),
                       iv("Quillfeather", role, s2, e2, "technical", [anika[1]])],
         "medium", "positive/two-interviews",
         "Two separate Google invites from the same recruiter: Monday recruiter screen (Kofi conducts), "
         "Thursday technical (Anika conducts; Kofi organizer only, says he won't join). MDT (-06:00).")


def c13():
    cid = "c13-harrowgate-mba-admissions"
    d = newdir(cid)
    own = PRIYANKA
    tz = "Australia/Sydney"
    s, e = T(tz, 2026, 2, 19, 8, 0), T(tz, 2026, 2, 19, 8, 45)
    sent = T("Europe/London", 2026, 2, 9, 17, 20, 0)
    adm = ("Harrowgate Business School Admissions", "mba.admissions@harrowgate-bs.example")
    alum = ("Wei Ling Tan", "weiling.tan@alumni.harrowgate-bs.example")
    summary = "Harrowgate Full-Time MBA – Round 2 Admissions Interview"
    desc = ("Dear Priyanka,\n\nCongratulations – following a review of your application to the Full-Time MBA "
            "(Class of 2028), you are invited to an admissions interview with Wei Ling Tan (MBA 2019), one of our "
            "alumni interviewers. The interview lasts 45 minutes and is held on Zoom: "
            "https://harrowgate.zoom.example/j/99120033471\n\nThe interview is blind: your interviewer has read only "
            "your CV. Decisions for Round 2 are released on 24 March 2026.\n\nMBA Admissions Office")
    ics = vcal("REQUEST", [vevent("mba-r2-itv-2028-7731@harrowgate-bs.example", s, e, summary, adm,
                                  [att(*alum, partstat="ACCEPTED", rsvp=False), att(*own)], desc,
                                  "Zoom", tzid=tz, dtstamp=sent)], [], prodid="-//Harrowgate BS//Admissions//EN")
    # tzid Australia/Sydney without VTIMEZONE (common in generated files)
    text = desc + f"\n\nDate: {s:%A} {s.day} {s:%B} {s.year}, {s:%H:%M}–{e:%H:%M} Sydney time (AEDT)\n"
    body = multi("mixed", [alt(text, seed=cid, text_cte="quoted-printable", html_cte="quoted-printable"),
                           attachment(ics, "admissions-interview.ics", "text", "calendar", {"method": "REQUEST"})],
                 bnd(cid + "m"))
    write_eml(d, "01-admissions-interview-invitation.eml", own[1], A(*adm), A(*own),
              "Invitation to interview – Full-Time MBA, Round 2", sent,
              "<mba-r2.7731.20260209172000@harrowgate-bs.example>", body,
              relay=("out.harrowgate-bs.example", "203.0.113.150"))
    case(cid, own[1], [], "hard", "negative/non-job-interview",
         "University admissions interview with .ics and an alumni interviewer; not a job. (Would be AEDT +11:00.)")


def c14():
    cid = "c14-corvid-robotics-three-invites-one-day"
    d = newdir(cid)
    own = GRACE
    tz = "America/New_York"
    wtz = "Eastern Standard Time"
    coord = ("Corvid Robotics Interviews", "interviews@corvidrobotics.example")
    role = "Embedded Software Engineer"
    sess = [
        (10, 0, 10, 45, "Coding (C / RTOS)", ("Marcus Bell", "marcus.bell@corvidrobotics.example")),
        (11, 0, 11, 45, "System design: sensor pipeline", ("Yuki Tanabe", "yuki.tanabe@corvidrobotics.example")),
        (13, 0, 13, 45, "Hiring manager conversation", ("Deepa Krishnan", "deepa.krishnan@corvidrobotics.example")),
    ]
    for i, (h1, m1, h2, m2, title, who) in enumerate(sess, 1):
        s, e = T(tz, 2026, 2, 17, h1, m1), T(tz, 2026, 2, 17, h2, m2)
        sent = T(tz, 2026, 2, 10, 15, 40 + i, 11)
        summary = f"Corvid Robotics onsite ({i}/3): {title} – Grace Liu"
        desc = (f"Onsite interview for {role}, session {i} of 3: {title} with {who[0]}.\n"
                + ("Lunch with the team is 12:00–13:00 (informal, not an interview).\n" if i == 2 else "")
                + "Location: 300 Example Ave, Boston MA, 4th floor. Check in at the front desk.\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting (backup if you can't make it in person)\n"
                f"Join: https://teams.example/l/meetup-join/19%3ameeting_Q29ydmlk{i}\n"
                "________________________________________________________________________________")
        uid = f"040000008200E00074C5B7101A82E0080000000050A1C0{i}D9B9DC01000000000000000010000000C0{i}D"
        ics = vcal("REQUEST", [vevent(uid, s, e, summary, coord,
                                      [att(*who, partstat="ACCEPTED", rsvp=False), att(*own)], desc,
                                      "Corvid Robotics HQ – 4th floor", tzid=wtz, dtstamp=sent,
                                      extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                                             "X-MICROSOFT-CDO-OWNERAPPTID:-1728320{}".format(i),
                                             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                                             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                                             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                             "X-MICROSOFT-CDO-INSTTYPE:0"])],
                   [wtz], prodid="Microsoft Exchange Server 2010")
        text = (f"When: {en_long(s)} {ampm(s)}-{ampm(e)} (UTC-05:00) Eastern Time (US & Canada).\n"
                f"Where: Corvid Robotics HQ – 4th floor\n\n{desc}\n")
        body = alt(text, seed=cid + str(i), text_cte="quoted-printable", html_cte="quoted-printable",
                   cal=ics, method="REQUEST", cal_cte="base64")
        write_eml(d, f"0{i}-onsite-session-{i}.eml", own[1], A(*coord), A(*own), summary, sent,
                  f"<BN0PR04MB7{i}21C0FFEE{i}@BN0PR04MB7{i}21.namprd04.prod.outlook.example>", body,
                  relay=("mail-bn8nam12.outbound.protection.outlook.example", "198.51.100.18"),
                  extra=[("Thread-Topic", summary), ("X-MS-Has-Attach", ""),
                         ("X-MS-Exchange-Calendar-Series-Instance-Id", "")])
    s0, eN = T(tz, 2026, 2, 17, 10, 0), T(tz, 2026, 2, 17, 13, 45)
    case(cid, own[1], [iv("Corvid Robotics", role, s0, eN, "onsite", [x[5][1] for x in sess])],
         "hard", "positive/onsite-loop",
         "Same-day loop sent as three separate Exchange invites (Windows TZID, EST -05:00) from a shared "
         "interviews@ mailbox; lunch break between sessions 2 and 3. One onsite 10:00-13:45 with all three.")


def c15():
    cid = "c15-coffee-with-jess"
    d = newdir(cid)
    own = HANNAH
    tz = "Europe/London"
    s, e = T(tz, 2026, 5, 9, 10, 30), T(tz, 2026, 5, 9, 11, 30)
    jess = ("Jess Morrow", "jess.morrow@mailbox.example")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3490117725884000\"",
        "id": "1q7u2nbf0kd4l9r3s8vgm6c2ti",
        "status": "confirmed",
        "htmlLink": "https://calendar.example/calendar/event?eid=MXE3dTJuYmYwa2Q0bDlyM3M4dmdtNmMydGk",
        "created": "2026-05-02T19:14:22.000Z",
        "updated": "2026-05-02T19:14:22.942Z",
        "summary": "Coffee w/ Jess ☕",
        "description": "catch up!! + pick her brain about the interview loop at Brightwater and what PM life there "
                       "is actually like",
        "location": "Monmouth-ish place on Example Street, Borough",
        "creator": {"email": own[1], "self": True},
        "organizer": {"email": own[1], "self": True},
        "start": {"dateTime": iso(s), "timeZone": tz},
        "end": {"dateTime": iso(e), "timeZone": tz},
        "iCalUID": "1q7u2nbf0kd4l9r3s8vgm6c2ti@calendar.example",
        "sequence": 0,
        "attendees": [
            {"email": own[1], "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": jess[1], "displayName": jess[0], "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    with open(os.path.join(d, "01-coffee-with-jess.gcal.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, indent=2, ensure_ascii=False)
        f.write("\n")
    case(cid, own[1], [], "medium", "negative/user-organizer",
         "User-organized coffee with a friend on a personal address; description mentions an 'interview loop' "
         "at another company, but this is not a hiring-process step.")


def c16():
    cid = "c16-cajuina-take-home-review"
    d = newdir(cid)
    own = INES
    tz = "America/Sao_Paulo"
    s, e = T(tz, 2026, 9, 15, 10, 0), T(tz, 2026, 9, 15, 11, 0)
    tomas = ("Tomás Ribeiro", "tomas.ribeiro@cajuina.example")
    hyejin = ("Hyejin Park", "hyejin.park@cajuina.example")
    role = "Mobile Engineer (iOS)"
    sent1 = T(tz, 2026, 9, 10, 17, 2, 40)
    assert sent1.weekday() == 3 and s.weekday() == 1  # Thu mail -> "next Tuesday"
    text1 = f"""Hi Inês,

Thanks for sending the take-home! Hyejin and I went through it this afternoon - really liked the offline
caching approach.

Next step is a 60-minute live review: you walk us through your decisions, we ask questions, and then we
pair for a bit on a small extension to the app. You don't need to prepare anything else. I'll send a
calendar invite for next Tuesday at 10:00 (São Paulo time) - shout if that doesn't work.

Abraço,
Tomás

--
Tomás Ribeiro
Engineering Lead, Mobile - Cajuína Tech
"""
    mid1 = "<CAKx4r2vT0m@mail.cajuina.example>"
    write_eml(d, "01-take-home-next-step.eml", own[1], A(*tomas), A(*own), "Your take-home - next step",
              sent1, mid1, alt(text1, seed=cid + "1", text_cte="quoted-printable"), cc=A(*hyejin),
              relay=("mail-qk1-f180.cajuina.example", "203.0.113.180"))
    sent2 = T(tz, 2026, 9, 10, 17, 9, 3)
    summary = "Take-home review (live) – Inês Carvalho / Cajuína iOS"
    desc = ("Live walkthrough of your take-home submission with Tomás and Hyejin, followed by ~20 min of "
            "pairing on a small extension.")
    meet = "Join with Google Meet\nhttps://meet.example/cjn-rvwx-tak"
    ics = vcal("REQUEST", [vevent("7tq0m3c8v1b5n2x4z6a8s0d2f4@calendar.example", s, e, summary, tomas,
                                  [att(*tomas, partstat="ACCEPTED", rsvp=False), att(*hyejin, partstat="ACCEPTED"),
                                   att(*own)], desc + "\n\n" + meet, "", tzid=tz, dtstamp=sent2)], [tz])
    g = [(tomas[0], tomas[1], True), (hyejin[0], hyejin[1], False), (own[0], own[1], False)]
    text = google_invite_text(summary, gcal_when(s, e), meet, tomas[1], g, desc)
    body = google_invite_body(text, to_html(text), ics, "REQUEST", cid)
    write_eml(d, "02-invitation-take-home-review.eml", own[1], A(*tomas), own[1],
              S(f"Invitation: {summary} @ {s:%a} {s:%b} {s.day}, {s.year} {gshort(s)} - {gshort(e)} (BRT) ({own[1]})"),
              sent2, "<calendar-2f0c9a1e-77d3-4f1b-9e5a-0c3d8b6a4e21@calendar.example>", body,
              sender="Google Calendar <calendar-notification@calendar.example>",
              relay=("mail-sor-f41.calendar.example", "203.0.113.41"))
    case(cid, own[1], [iv("Cajuína Tech", role, s, e, "technical", [tomas[1], hyejin[1]])],
         "medium", "positive/take-home-review",
         "Live review call of a take-home (a live conversation, so it IS an interview, unlike the take-home "
         "itself). Mail + Google invite = one interview. Brazil has no DST (-03:00).")


def c17():
    cid = "c17-tidewater-schedule-update"
    d = newdir(cid)
    own = DAYO
    tz = "America/New_York"
    s, e = T(tz, 2026, 10, 27, 11, 0), T(tz, 2026, 10, 27, 11, 45)
    marisol = ("Marisol Grant", "marisol.grant@tidewaterbio.example")
    fiona = ("Dr. Fiona Achebe", "fiona.achebe@tidewaterbio.example")
    role = "Clinical Data Manager"
    uid = "icims-itv-55812-3307@tidewaterbio.icims.example"
    desc = (f"Interview for {role} (Req 55812) with Dr. Fiona Achebe, Director of Clinical Data Management.\n"
            "Dial-in: +1 555 010 7788, access code 330 7712#")
    frm = A("Tidewater Biologics Careers", "careers-noreply@tidewaterbio.icims.example")
    sent1 = T(tz, 2026, 10, 19, 9, 5, 0)
    ics1 = vcal("PUBLISH", [vevent(uid, s, e, f"Interview - {role} - Tidewater Biologics", marisol,
                                   [att(*fiona, rsvp=False), att(*own, rsvp=False)], desc, "Phone / dial-in",
                                   tzid=tz, dtstamp=sent1, seq=0, status="CONFIRMED")], [tz],
                prodid="-//iCIMS//Interview Scheduling//EN")
    text1 = f"""Dear Dayo,

Thank you for your interest in Tidewater Biologics. Your interview for the {role} position has been
scheduled:

Date: {en_long(s)}
Time: {ampm(s)} - {ampm(e)} Eastern Time
Interviewer: Dr. Fiona Achebe, Director of Clinical Data Management
Format: Phone (dial-in details in the attached calendar file)

To add this interview to your calendar, open the attached file.

Questions? Contact your recruiter, Marisol Grant, at {marisol[1]}.

Tidewater Biologics Talent Acquisition
This is an automated message; please do not reply.
"""
    body = multi("mixed", [alt(text1, seed=cid + "1"),
                           attachment(ics1, "Interview.ics", "text", "calendar", {"method": "PUBLISH"})],
                 bnd(cid + "m1"))
    write_eml(d, "01-interview-scheduled.eml", own[1], frm, A(*own), f"Interview Scheduled: {role}", sent1,
              "<icims.55812.3307.1@tidewaterbio.icims.example>", body,
              relay=("smtp-2.icims.example", "198.51.100.230"))
    sent2 = T(tz, 2026, 10, 23, 16, 41, 0)
    ics2 = vcal("PUBLISH", [vevent(uid, s, e, f"Interview - {role} - Tidewater Biologics", marisol,
                                   [att(*fiona, rsvp=False), att(*own, rsvp=False)], desc, "Phone / dial-in",
                                   tzid=tz, dtstamp=sent2, seq=1, status="CANCELLED")], [tz],
                prodid="-//iCIMS//Interview Scheduling//EN")
    text2 = f"""Dear Dayo,

There has been an update to your interview schedule for the {role} position.
Please open the attached calendar file to update your calendar.

Tidewater Biologics Talent Acquisition
This is an automated message; please do not reply.
"""
    body = multi("mixed", [alt(text2, seed=cid + "2"),
                           attachment(ics2, "Interview.ics", "text", "calendar", {"method": "PUBLISH"})],
                 bnd(cid + "m2"))
    write_eml(d, "02-interview-schedule-update.eml", own[1], frm, A(*own), f"Interview Update: {role}", sent2,
              "<icims.55812.3307.2@tidewaterbio.icims.example>", body,
              relay=("smtp-2.icims.example", "198.51.100.230"))
    case(cid, own[1], [iv("Tidewater Biologics", role, s, e, "hiring_manager", [fiona[1]], status="cancelled")],
         "hard", "positive/cancellation",
         "Cancellation-only case: second METHOD:PUBLISH .ics has same UID, SEQUENCE 1, STATUS:CANCELLED, and the "
         "mail text only says 'update'. Oct 27 is after EU but before US DST end: EDT (-04:00). Recipient = "
         "interviewer (also recruiter address in text).")


def c18():
    cid = "c18-sablewood-decision"
    d = newdir(cid)
    own = GRACE
    sent = T("America/New_York", 2026, 2, 12, 13, 55, 0)
    text = """Hi Grace,

Thank you for the time you invested in the process for the Firmware Engineer role at Sablewood Health,
and for meeting with our team on February 3 and February 5.

After careful consideration of your interviews, we have decided to move forward with other candidates
whose experience more closely matches our current needs. This was a difficult decision - the panel
particularly enjoyed your discussion of low-power BLE design.

We'll keep your profile on file and may reach out about future openings. We wish you every success in
your search.

Best regards,
Sablewood Health Recruiting
"""
    write_eml(d, "01-update-on-your-application.eml", own[1],
              A("Sablewood Health Recruiting", "no-reply@sablewoodhealth.greenhouse-mail.example"), A(*own),
              "Update on your application - Firmware Engineer", sent,
              "<gh.app.44172901.rej@sablewoodhealth.greenhouse-mail.example>",
              alt(text, seed=cid, text_cte="base64", html_cte="base64"),
              relay=("o1.sablewoodhealth.greenhouse-mail.example", "198.51.100.140"))
    case(cid, own[1], [], "easy", "negative/rejection",
         "Rejection that mentions past interview dates ('February 3 and February 5') and 'your interviews'.")


def c19():
    cid = "c19-shirokane-10-jst"
    d = newdir(cid)
    own = OLIVIA
    tz = "Asia/Tokyo"
    s, e = T(tz, 2026, 7, 9, 10, 0), T(tz, 2026, 7, 9, 10, 45)
    ny = s.astimezone(ZoneInfo("America/New_York"))
    assert s.weekday() == 3 and (s + timedelta(days=1)).weekday() == 4
    aiko = ("Aiko Tanaka", "aiko.tanaka@shirokane.example")
    kenji = ("Kenji Moriyama", "kenji.moriyama@shirokane.example")
    role = "Localization Program Manager"
    sent1 = T(tz, 2026, 7, 1, 18, 20, 5)
    mid1 = "<TYCPR01MB8841A2B3C4D5@TYCPR01MB8841.jpnprd01.prod.outlook.example>"
    text1 = f"""Dear Olivia,

Thank you again for your application for the {role} role at Shirokane Systems.
Kenji Moriyama, our Head of Localization (cc'd), would like to meet you for a first interview of about
45 minutes on Google Meet.

Would either of these work for you?
  - Thursday 9 July, 10:00 JST
  - Friday 10 July, 16:00 JST

I realise the time difference is large, so please tell me if neither is convenient.

Best regards,
Aiko Tanaka
Talent Acquisition, Shirokane Systems K.K.
"""
    write_eml(d, "01-interview-time-options.eml", own[1], A(*aiko), A(*own),
              f"Interview with Shirokane Systems - {role}", sent1, mid1,
              alt(text1, seed=cid + "1"), cc=A(*kenji),
              relay=("mail-tycjpn01.outbound.protection.outlook.example", "198.51.100.61"))
    sent2 = T(tz, 2026, 7, 2, 11, 12, 44)
    mid_user = "<CAB2v9Qe7x@mail.webpost.example>"
    text2 = f"""Dear Olivia,

Thank you - confirmed for Thursday 9 July at 10:00 JST ({ny:%A} {ny.day} {ny:%B}, {ny.hour % 12 or 12}:{ny:%M} PM
in New York). Kenji will send you the Google Meet link the day before.

Best regards,
Aiko

-----Original Message-----
From: Olivia Brandt <{own[1]}>
Sent: Wednesday, July 1, 2026 9:03 PM
To: Aiko Tanaka <{aiko[1]}>
Cc: Kenji Moriyama <{kenji[1]}>
Subject: Re: Interview with Shirokane Systems - {role}

Hi Aiko,

Thanks! The Thursday slot is great for me (it's the evening before here in New York).

Olivia
"""
    assert ny.hour == 21 and ny.day == 8
    write_eml(d, "02-re-interview-confirmed.eml", own[1], A(*aiko), A(*own),
              f"RE: Interview with Shirokane Systems - {role}", sent2,
              "<TYCPR01MB8841F6E7D8C9@TYCPR01MB8841.jpnprd01.prod.outlook.example>",
              alt(text2, seed=cid + "2", text_cte="base64"), cc=A(*kenji), in_reply_to=mid_user,
              references=f"{mid1} {mid_user}",
              relay=("mail-tycjpn01.outbound.protection.outlook.example", "198.51.100.61"))
    case(cid, own[1], [iv("Shirokane Systems K.K.", role, s, e, "hiring_manager", [kenji[1]])],
         "hard", "positive/timezone-jst",
         "Body-only thread; time written as '10:00 JST' (+09:00) while the user is in New York (previous evening "
         "21:00 EDT). Two options in the first mail, the first one confirmed. Recruiter Aiko coordinates; Kenji "
         "(cc) conducts. Duration 'about 45 minutes'.")


def c20():
    cid = "c20-lantern-pick-a-time"
    d = newdir(cid)
    own = JAEWON
    sent = T("America/Los_Angeles", 2026, 4, 20, 14, 8, 31)
    nadia = ("Nadia Petrov", "nadia.petrov@lanternhq.example")
    text = f"""Hi Jae-won,

Thanks for applying to the Tools Programmer role at Lantern Interactive - your Unreal plugin work caught
our eye and I'd love to set up an initial 30-minute phone screen.

Could you grab whatever slot suits you next week here?
https://cal.lanternhq.example/nadia-petrov/phone-screen-30

Slots are in Pacific time; if nothing fits, reply with a few windows and I'll make it work.

Cheers,
Nadia Petrov
Senior Recruiter, Lantern Interactive
{nadia[1]}
"""
    write_eml(d, "01-lets-find-a-time.eml", own[1], A(*nadia), A(*own),
              "Lantern Interactive - let's find a time to chat", sent,
              "<CAN4p0z1Yq8@mail.lanternhq.example>", alt(text, seed=cid),
              relay=("mail-pj1-f52.lanternhq.example", "203.0.113.52"))
    case(cid, own[1], [], "easy", "negative/availability-request",
         "Recruiter sends a self-scheduling link; nothing is booked in the case.")


def c21():
    cid = "c21-fernhollow-workable-phone-screen"
    d = newdir(cid)
    own = JAEWON
    tz = "America/Los_Angeles"
    s, e = T(tz, 2026, 4, 7, 11, 0), T(tz, 2026, 4, 7, 11, 30)
    sent = T(tz, 2026, 4, 2, 16, 27, 45)
    rosa = ("Rosa Delgado", "rosa.delgado@fernhollow.example")
    role = "Gameplay Programmer"
    text = f"""Hi Jae-won,

Thanks so much for applying for the {role} position at Fernhollow Games! I've booked us a
30-minute phone screen:

  {en_long(s)} at {ampm(s)} Pacific Time

I'll call you on the number from your application. We'll chat about your background, the projects
you're most proud of, and what you're looking for next; I'll also walk you through the rest of our
process.

If the time no longer works, drop me a line directly at the address below - this mailbox isn't
monitored.

Talk soon,

Rosa Delgado
Technical Recruiter | Fernhollow Games
{rosa[1]} | +1 (555) 010-3344

--
Sent with Workable. Replies to noreply@candidates.workable.example are not read.
"""
    write_eml(d, "01-phone-screen-fernhollow.eml", own[1],
              A("Fernhollow Games", "noreply@candidates.workable.example"), A(*own),
              f"Your phone screen with Fernhollow Games ({role})", sent,
              "<wk-8c1f7a20e93b-4402@candidates.workable.example>",
              alt(text, seed=cid, text_cte="base64", html_cte="base64"),
              relay=("mail12.candidates.workable.example", "198.51.100.12"))
    case(cid, own[1], [iv("Fernhollow Games", role, s, e, "phone_screen", [rosa[1]])],
         "medium", "positive/signature-recruiter",
         "No-reply ATS sender with no Reply-To; the recruiter who conducts the screen is only in the signature. "
         "Base64 bodies. PDT (-07:00).")


def c22():
    cid = "c22-bluefin-weekly-1on1"
    d = newdir(cid)
    own = RAVI
    tz = "America/New_York"
    wtz = "Eastern Standard Time"
    s, e = T(tz, 2026, 6, 16, 15, 0), T(tz, 2026, 6, 16, 15, 30)
    sent = T(tz, 2026, 6, 12, 11, 2, 0)
    greg = ("Greg Tanner", "greg.tanner@bluefinmedia.example")
    summary = "Ravi / Greg 1:1 – mid-year check-in"
    desc = ("Moving our usual 1:1 to Tuesday this week. Agenda: H2 goals, promo packet timeline, and I'll share "
            "what I know about the internal Staff Engineer opening on the Ads team in case you want to interview "
            "for it later this year.")
    ics = vcal("REQUEST", [vevent("040000008200E00074C5B7101A82E00800000000B1E7F1A7C0FCDC01000000000000000010000000AA11",
                                  s, e, summary, greg, [att(*own)], desc, "Greg's office / Teams",
                                  tzid=wtz, dtstamp=sent,
                                  extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])],
               [wtz], prodid="Microsoft Exchange Server 2010")
    with open(os.path.join(d, "01-ravi-greg-1on1.ics"), "w", encoding="utf-8", newline="") as f:
        f.write(ics)
    case(cid, own[1], [], "medium", "negative/one-on-one",
         "Standalone Outlook .ics (Windows TZID): 1:1 with the user's current manager (work calendar); description mentions possibly interviewing for an "
         "internal role later, nothing scheduled.")


def c23():
    cid = "c23-kestrel-ledger-tomorrow-at-11"
    d = newdir(cid)
    own = HANNAH
    tz = "Europe/London"
    tariq = ("Tariq Hussain", "tariq@kestrelledger.example")
    amara = ("Amara Osei", "amara@kestrelledger.example")
    role = "Founding Engineer"
    sent1 = T(tz, 2026, 5, 18, 9, 41, 12)
    mid1 = "<CAE7tq0pM1d@mail.kestrelledger.example>"
    text1 = f"""Hi Hannah,

Really enjoyed our call on Friday - thanks for the thoughtful questions about the ledger design.

Next step would be a conversation with Amara, our CTO and co-founder (cc'd). It's relaxed: architecture,
how you like to work, and anything you want to ask about the {role} role. When are you free later
this week?

Tariq
CEO, Kestrel Ledger
"""
    write_eml(d, "01-next-step-with-amara.eml", own[1], A(*tariq), A(*own), "Kestrel Ledger - next step",
              sent1, mid1, alt(text1, seed=cid + "1"), cc=A(*amara),
              relay=("mail-wm1-f44.kestrelledger.example", "203.0.113.44"))
    sent2 = T(tz, 2026, 5, 20, 18, 5, 10)
    mid_user = "<CAP9hc3Lk2@mail.postbox.example>"
    text2 = f"""Perfect - tomorrow at 11 it is. Amara will ring you on Meet; she'll drop the link in here in
the morning.

Tariq

On Wed, 20 May 2026 at 17:36, Hannah Cole <{own[1]}> wrote:
> Hi Tariq, sorry for the slow reply! Thursday morning is best for me, anytime between 10 and 12.
>
> Hannah
>
> On Mon, 18 May 2026 at 09:41, Tariq Hussain <{tariq[1]}> wrote:
>> Next step would be a conversation with Amara, our CTO and co-founder (cc'd). When are you free
>> later this week?
"""
    write_eml(d, "02-re-next-step.eml", own[1], A(*tariq), A(*own), "Re: Kestrel Ledger - next step",
              sent2, "<CAE7tq0xW8f@mail.kestrelledger.example>", alt(text2, seed=cid + "2"), cc=A(*amara),
              in_reply_to=mid_user, references=f"{mid1} {mid_user}",
              relay=("mail-wm1-f44.kestrelledger.example", "203.0.113.44"))
    s = T(tz, 2026, 5, 21, 11, 0)
    assert sent2.weekday() == 2 and s.weekday() == 3
    case(cid, own[1], [iv("Kestrel Ledger", role, s, None, "hiring_manager", [amara[1]])],
         "hard", "positive/relative-date",
         "'tomorrow at 11' resolved against the Date of 02 (Wed 20 May 2026 18:05 +0100) -> Thu 21 May 11:00 BST. "
         "No duration given (end null). CTO Amara (cc) conducts; CEO Tariq coordinates.")


def c24():
    cid = "c24-dataharbor-speaker-call"
    d = newdir(cid)
    own = SAM
    tz = "Europe/Lisbon"
    s, e = T(tz, 2026, 8, 20, 16, 0), T(tz, 2026, 8, 20, 16, 30)
    sent = T(tz, 2026, 8, 11, 12, 30, 9)
    marta = ("Marta Costa", "marta.costa@dataharborsummit.example")
    summary = "DataHarbor Summit 2026 – speaker prep call (Sam Whitfield)"
    desc = ("Hi Sam! 30-minute prep call with your track chair Marta ahead of your talk 'Pricing experiments "
            "without tears'. We'll run through your slides, timing and AV needs. At the end we'll also record a "
            "quick 5-minute speaker interview for the conference blog, so camera on if you can.\n\n"
            "DataHarbor Summit Program Team")
    meet = "Join with Google Meet\nhttps://meet.example/dhs-spkr-prep"
    ics = vcal("REQUEST", [vevent("3v8d1q6m0b2k5n7p9r1t3w5y7z@calendar.example", s, e, summary, marta,
                                  [att(*marta, partstat="ACCEPTED", rsvp=False), att(*own)],
                                  desc + "\n\n" + meet, "", tzid=tz, dtstamp=sent)], [tz])
    g = [(marta[0], marta[1], True), (own[0], own[1], False)]
    text = google_invite_text(summary, gcal_when(s, e), meet, marta[1], g, desc)
    body = google_invite_body(text, to_html(text), ics, "REQUEST", cid)
    write_eml(d, "01-invitation-speaker-prep.eml", own[1], A(*marta), own[1],
              f"Invitation: {summary} @ {s:%a} {s:%b} {s.day}, {s.year} {gshort(s)} - {gshort(e)} (WEST) ({own[1]})",
              sent, "<calendar-9e2d1c4b-0a7f-4e3b-8c6d-5f1a2b3c4d5e@calendar.example>", body,
              sender="Google Calendar <calendar-notification@calendar.example>",
              relay=("mail-sor-f41.calendar.example", "203.0.113.41"))
    case(cid, own[1], [], "medium", "negative/conference",
         "Conference speaker prep call with a recorded 'speaker interview' for a blog; not a job interview.")


def c25():
    cid = "c25-orvieto-all-day-hold"
    d = newdir(cid)
    own = TOMASZ
    tz = "Europe/Rome"
    s, e = T(tz, 2026, 11, 3, 15, 0), T(tz, 2026, 11, 3, 16, 0)
    sent = T(tz, 2026, 10, 27, 10, 18, 0)
    chiara = ("Chiara Bassi", "chiara.bassi@orvietoanalytica.example")
    giulia = ("Giulia Ferrante", "giulia.ferrante@orvietoanalytica.example")
    role = "Machine Learning Engineer"
    summary = f"HOLD – Orvieto Analytica technical interview ({role})"
    desc = ("Placeholder so the day is blocked in everyone's calendar.\n\nActual slot: 15:00–16:00 Rome time (CET). "
            "Giulia Ferrante (Lead ML Engineer) will run the session: a 60-minute technical interview on model "
            "evaluation and a short coding exercise in Python. The Teams link will follow in a separate invite.\n\n"
            "Chiara Bassi – Talent Acquisition, Orvieto Analytica")
    day = date(2026, 11, 3)
    ics = vcal("REQUEST", [vevent("0h5k8n1q4t7w0z3c6f9i2l5o8r@calendar.example", None, None, summary, chiara,
                                  [att(*chiara, partstat="ACCEPTED", rsvp=False), att(*giulia, partstat="ACCEPTED"),
                                   att(*own)], desc, "", dtstamp=sent, allday=(day, day + timedelta(days=1)),
                                  transp="TRANSPARENT")])
    g = [(chiara[0], chiara[1], True), (giulia[0], giulia[1], False), (own[0], own[1], False)]
    when = f"{day:%A} {day:%b} {day.day}, {day.year}"
    text = google_invite_text(summary, when, "", chiara[1], g, desc)
    body = google_invite_body(text, to_html(text), ics, "REQUEST", cid)
    write_eml(d, "01-invitation-hold-all-day.eml", own[1], A(*chiara), own[1],
              S(f"Invitation: {summary} @ {when} ({own[1]})"), sent,
              "<calendar-c4e1a9b7-3d2f-4a6e-9b8c-7d0e1f2a3b4c@calendar.example>", body,
              sender="Google Calendar <calendar-notification@calendar.example>",
              relay=("mail-sor-f41.calendar.example", "203.0.113.41"))
    assert s.utcoffset() == timedelta(hours=1)
    case(cid, own[1], [iv("Orvieto Analytica", role, s, e, "technical", [giulia[1]])],
         "hard", "positive/all-day-hold",
         "All-day placeholder (VALUE=DATE, TRANSP) whose description gives the real time 15:00-16:00 CET; Nov 3 is "
         "after EU DST end (+01:00). Coordinator Chiara organizes; Giulia conducts.")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
       c21, c22, c23, c24, c25]


def main():
    for fn in ALL:
        fn()
    assert len(LABELS) == 25
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind2: second blind evaluation set (synthetic). Schema: /work/shared/eval/README.md\n"
                "# Generated by make_cases.py - edit the generator, not this file.\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
