#!/usr/bin/env python3
"""Deterministic generator for the blind29 evaluation set (North-America held-out-like mix).

Rewrites every b29-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
"""
import base64
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
LABELS = {}
UTC = ZoneInfo("UTC")

WIN_TZ = {  # Windows TZID -> (IANA, std offset, dst offset or None)
    "Eastern Standard Time": ("America/New_York", "-0500", "-0400"),
    "Central Standard Time": ("America/Chicago", "-0600", "-0500"),
    "Pacific Standard Time": ("America/Los_Angeles", "-0800", "-0700"),
}
IANA_TZ = {
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
    "America/Vancouver": ("-0800", "-0700", "PST", "PDT"),
    "America/Denver": ("-0700", "-0600", "MST", "MDT"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT"),
    "America/Halifax": ("-0400", "-0300", "AST", "ADT"),
    "America/Phoenix": ("-0700", None, "MST", None),
}


def dt(s, tz):
    """'2026-03-12 16:30' in IANA zone tz -> aware datetime."""
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat()


def check_day(d, name):
    assert d.strftime("%a") == name, (d, name)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:24]}@{domain}>"


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        e = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(e) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += e
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtimezone(tzid):
    if tzid in WIN_TZ:
        _, std, dst = WIN_TZ[tzid]
        return [
            "BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]
    std, dst, sn, dn = IANA_TZ[tzid]
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "X-LIC-LOCATION:" + tzid,
                "BEGIN:STANDARD", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "X-LIC-LOCATION:" + tzid,
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def ics(*, method, uid, start, end, tzid, summary, organizer, attendees, description="",
        location="", seq=0, status="CONFIRMED", prodid="-//Google Inc//Google Calendar 70.9054//EN",
        stamp=None, exchange=False, utc=False):
    """organizer = (name, email); attendees = [(name, email, role, partstat)]."""
    stamp = stamp or start - timedelta(days=3)
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not utc:
        L += vtimezone(tzid)
    L.append("BEGIN:VEVENT")
    fmt = "%Y%m%dT%H%M%S"
    if utc:
        L.append("DTSTART:" + start.astimezone(UTC).strftime(fmt) + "Z")
        L.append("DTEND:" + end.astimezone(UTC).strftime(fmt) + "Z")
    else:
        iana = WIN_TZ[tzid][0] if tzid in WIN_TZ else tzid
        s, e = start.astimezone(ZoneInfo(iana)), end.astimezone(ZoneInfo(iana))
        L.append(f"DTSTART;TZID={tzid}:" + s.strftime(fmt))
        L.append(f"DTEND;TZID={tzid}:" + e.strftime(fmt))
    L.append("DTSTAMP:" + stamp.astimezone(UTC).strftime(fmt) + "Z")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail, role, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}")
    L.append("CREATED:" + stamp.astimezone(UTC).strftime(fmt) + "Z")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LAST-MODIFIED:" + stamp.astimezone(UTC).strftime(fmt) + "Z")
    if location:
        L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    if exchange:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
def msg(*, to_user, frm, to, subject, date, text=None, html=None, cte="quoted-printable",
        html_cte="quoted-printable", extra=None, ics_alt=None, ics_method="REQUEST",
        ics_attach=None, attach_name="invite.ics", google_invite=False, cc=None, seed=""):
    m = EmailMessage()
    m["Delivered-To"] = to_user
    m["Received"] = (f"from mx.mail.example (mx.mail.example [192.0.2.{len(seed) % 200 + 10}]) by "
                     f"inbound.mail.example with ESMTPS; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    late = {k: v for k, v in (extra or {}).items() if k.lower().startswith("content-")}
    for k, v in (extra or {}).items():
        if k not in late:
            m[k] = v
    if "Message-ID" not in m:
        dom = frm.split("@")[-1].rstrip(">")
        m["Message-ID"] = mid(seed + subject + str(date), dom)
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if ics_alt is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(ics_alt, subtype="calendar", params={"method": ics_method}, cte="base64"
                          if not google_invite else "7bit")
    if google_invite:
        m.make_mixed()
    if ics_attach is not None:
        m.add_attachment(ics_attach.encode(), maintype="application", subtype="ics",
                         filename=attach_name)
    for k, v in late.items():
        m[k] = v
    return m


def write_case(name, items, label):
    d = HERE / name
    d.mkdir()
    for fname, obj in items:
        p = d / fname
        if isinstance(obj, EmailMessage):
            for i, part in enumerate(obj.walk()):
                if part.is_multipart():  # deterministic boundaries
                    part.set_boundary("00000000000" + hashlib.sha1(f"{name}/{fname}/{i}".encode()).hexdigest()[:16])
            p.write_bytes(bytes(obj))
        elif isinstance(obj, dict):
            p.write_text(json.dumps(obj, indent=2) + "\n")
        else:
            p.write_bytes(obj.encode("utf-8"))
    LABELS[name] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start) if start else None,
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def label(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def quote(text, who, when):
    return f"On {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())


def html_wrap(body_html, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body_html}</div></body></html>\n')


def p2html(text):
    import html as h
    paras = text.strip().split("\n\n")
    return "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)


# ================================================================ POSITIVES
def c01():
    user = "jamie.lindqvist@example.com"
    co, dom = "Tidewell Labs", "tidewell-labs.example"
    start = dt("2026-03-12 16:30", "America/Los_Angeles"); end = start + timedelta(hours=1)
    check_day(start, "Thu")
    sent = dt("2026-03-09 10:14", "America/Los_Angeles")
    text = """Hi Jamie,

You're confirmed for the technical interview for Senior Software Engineer, Platform.

When: Thu 3/12 @ 4:30p PST (60 min)
Where: Google Meet - link is in the attached invite
Who: Owen Marsh (Staff Engineer) and Lena Hoffmann (Engineering Manager)

It's a collaborative coding session, bring your own editor if you like. Calendar file attached.

Thanks!
Casey

--
Casey Nguyen | Recruiting Coordinator
Tidewell Labs
500 Harrison St, Suite 300, San Francisco, CA 94105
m: (415) 555-0147
"""
    cal = ics(method="REQUEST", uid="gh-7781203-interview@tidewell-labs.example", start=start, end=end,
              tzid="America/Los_Angeles", summary="Tidewell Labs - Technical Interview - Jamie Lindqvist",
              organizer=("Casey Nguyen", f"casey.nguyen@{dom}"),
              attendees=[("Owen Marsh", f"omarsh@{dom}", "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Lena Hoffmann", f"lhoffmann@{dom}", "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Jamie Lindqvist", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="Technical interview (coding) for Senior Software Engineer, Platform.\nJoin: https://meet.example/tdw-qkpa-zzr",
              location="https://meet.example/tdw-qkpa-zzr", prodid="-//Greenhouse Software//Greenhouse//EN",
              stamp=sent)
    m = msg(to_user=user, frm=f"Casey Nguyen <no-reply@greenhouse-mail.example>", to=f"Jamie Lindqvist <{user}>",
            subject="Interview Confirmation: Tidewell Labs - Senior Software Engineer, Platform", date=sent,
            text=text, extra={"Reply-To": f"Casey Nguyen <casey.nguyen@{dom}>"}, ics_attach=cal,
            attach_name="interview.ics", seed="c01")
    write_case("b29-01-greenhouse-pst-label-in-pdt", [("01-interview-confirmation.eml", m)], label(
        user, [iv(co, "Senior Software Engineer, Platform", start, end, "scheduled",
                  [f"omarsh@{dom}", f"lhoffmann@{dom}"], [f"omarsh@{dom}", f"lhoffmann@{dom}"], "technical")],
        "medium", "positive/ats-email-with-ics",
        "Coordinator writes '4:30p PST' four days after US DST began; the .ics (America/Los_Angeles) makes it PDT (-07:00)."))


def c02():
    user = "m.oyelaran@mail.example"
    co, dom = "Northbay Financial", "northbayfinancial.example"
    rec = f"arahman@{dom}"
    d1 = dt("2026-04-16 09:02", "America/Toronto")
    d2 = dt("2026-04-16 12:47", "America/Toronto")
    d3 = dt("2026-04-16 14:20", "America/Toronto")
    start = dt("2026-04-21 10:30", "America/Toronto"); end = start + timedelta(minutes=30)
    check_day(start, "Tue")
    sig = """Aisha Rahman
Senior Talent Partner, Global Markets & Treasury
Northbay Financial | 88 Queens Quay W, Toronto, ON M5J 0B8
T 416-555-0182 | M 647-555-0119"""
    t1 = f"""Hi Marcus,

Thanks for applying to the Senior Analyst, Treasury Risk role. I had a look at your background and would love to set up an introductory call - about 30 minutes, mostly me telling you about the team and hearing about your ALM work at your current shop.

Would Tuesday or Wednesday morning next week work? I'm on Eastern time.

Best,
{sig}
"""
    t2 = """Hi Aisha,

Thanks for reaching out! Tuesday works well for me - anytime before noon ET. Best number is 905-555-0136.

Regards,
Marcus

""" + quote(t1, f"Aisha Rahman <{rec}>", "Thu, Apr 16, 2026 at 9:02 AM")
    t3 = f"""Perfect - let's lock in Tuesday at half past ten, Eastern. I'll call you on 905-555-0136. If anything changes just reply here.

Talk soon,
{sig}

""" + quote(t2, f"Marcus Oyelaran <{user}>", "Thu, Apr 16, 2026 at 12:47 PM")
    m1 = msg(to_user=user, frm=f"Aisha Rahman <{rec}>", to=f"Marcus Oyelaran <{user}>",
             subject="Senior Analyst, Treasury Risk - intro call", date=d1, text=t1, seed="c02a")
    m2 = msg(to_user=user, frm=f"Marcus Oyelaran <{user}>", to=f"Aisha Rahman <{rec}>",
             subject="Re: Senior Analyst, Treasury Risk - intro call", date=d2, text=t2, seed="c02b",
             extra={"In-Reply-To": m1["Message-ID"], "References": m1["Message-ID"]})
    m3 = msg(to_user=user, frm=f"Aisha Rahman <{rec}>", to=f"Marcus Oyelaran <{user}>",
             subject="RE: Senior Analyst, Treasury Risk - intro call", date=d3, text=t3, seed="c02c",
             extra={"In-Reply-To": m2["Message-ID"], "References": m1["Message-ID"] + " " + m2["Message-ID"]})
    write_case("b29-02-recruiter-thread-half-past-ten", [("01-intro.eml", m1), ("02-reply.eml", m2), ("03-confirm.eml", m3)],
               label(user, [iv(co, "Senior Analyst, Treasury Risk", start, end, "scheduled", [rec], [rec], "phone_screen")],
                     "medium", "positive/thread-propose-confirm",
                     "Recruiter proposes next week, candidate picks Tuesday, recruiter confirms 'half past ten, Eastern' (Apr 21, EDT). 30 min from first mail."))


def c03():
    user = "renata.solis@example.com"
    co, dom = "Greyfield Outfitters", "greyfieldoutfitters.example"
    org, hm = f"bkowalski@{dom}", f"talvarez@{dom}"
    start = dt("2026-05-06 13:00", "America/Chicago"); end = start + timedelta(minutes=45)
    check_day(start, "Wed")
    sent = dt("2026-04-29 15:31", "UTC")
    title = "Greyfield Outfitters - Hiring Manager Interview (Merchandise Planner, Outdoor)"
    desc = ("Hi Renata - this is your conversation with Tom Alvarez, Director of Merchandise Planning. "
            "I'll hop on for the first couple of minutes to make intros and then drop off.\n\n"
            "Brianna Kowalski\nCampus & Corporate Recruiting, Greyfield Outfitters\n312-555-0175")
    cal = ics(method="REQUEST", uid="4kq0v9h2m3n6p8r1s5t7u0w2y4@google.com", start=start, end=end,
              tzid="America/Chicago", summary=title, organizer=("Brianna Kowalski", org),
              attendees=[("Brianna Kowalski", org, "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Tom Alvarez", hm, "REQ-PARTICIPANT", "ACCEPTED"),
                         (user, user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description=desc + "\n\nJoin with Google Meet: https://meet.example/gfo-ruxw-kbd", stamp=sent)
    plain = f"""{title}
Wednesday May 6, 2026 ⋅ 1pm – 1:45pm
Central Time - Chicago

Join with Google Meet
https://meet.example/gfo-ruxw-kbd

Organizer
Brianna Kowalski
{org}

Guests
Brianna Kowalski - organizer
Tom Alvarez
{user}

{desc}

Reply for {user} and view more details https://calendar.example/event?eid=NGtxMHY5aDJt

Invitation from Google Calendar
"""
    m = msg(to_user=user, frm=f"Brianna Kowalski <{org}>", to=user,
            subject=f"Invitation: {title} @ Wed May 6, 2026 1pm - 1:45pm (CDT) ({user})", date=sent,
            text=plain, cte="base64", html=html_wrap(p2html(plain), "Roboto,Helvetica,Arial,sans-serif"),
            ics_alt=cal, google_invite=True, ics_attach=cal,
            extra={"Reply-To": f"Brianna Kowalski <{org}>", "Sender": "Google Calendar <calendar-notification@calendar.example>"},
            seed="c03")
    write_case("b29-03-google-invite-hiring-manager-chicago", [("01-invitation.eml", m)], label(
        user, [iv(co, "Merchandise Planner, Outdoor", start, end, "scheduled", [hm], [hm], "hiring_manager")],
        "easy", "positive/google-invite",
        "Google Calendar invite; organizer recruiter only makes intros, hiring manager Tom is the interviewer."))


def c04():
    user = "devon.achebe@example.com"
    co, dom = "Caldera Health", "calderahealth.example"
    coord = f"gtally@{dom}"
    sent = dt("2026-06-03 16:05", "America/New_York")
    sessions = [("10:00", "11:00", "Hannah Voss", "hvoss", "Clinical Product Director", "Product sense & clinical workflows"),
                ("11:15", "12:00", "Raj Patel", "rpatel", "Engineering Lead, Care Navigation", "Working with engineering"),
                ("13:00", "14:00", "Colleen Murphy", "cmurphy", "VP Product", "Leadership & strategy")]
    items = []
    for i, (s, e, name, loc, title, topic) in enumerate(sessions, 1):
        st = dt(f"2026-06-11 {s}", "America/New_York"); en = dt(f"2026-06-11 {e}", "America/New_York")
        check_day(st, "Thu")
        when = (f"When: Thursday, June 11, 2026 {st.strftime('%-I:%M %p')}-{en.strftime('%-I:%M %p')} "
                f"(UTC-05:00) Eastern Time (US & Canada).")
        body = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Devon,

Session {i} of 3 for your virtual onsite for Staff Product Manager, Care Navigation: {topic} with {name} ({title}).
{"There is a 45 minute break for lunch before the final session." if i == 2 else ""}
Gwen Tally
Recruiting Coordinator | Caldera Health
1 Seaport Ln, Boston, MA 02210 | 617-555-0163

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_Cald{i}>
Meeting ID: 281 004 93{i} 771
Passcode: Kx9{i}aQ
________________________________________________________________________________
"""
        cal = ics(method="REQUEST", uid=f"040000008200E00074C5B7101A82E0080000000090AB{i}CD1E2F3A4B5C6D7E8F9001122{i}",
                  start=st, end=en, tzid="Eastern Standard Time",
                  summary=f"Caldera Health Onsite ({i}/3): Devon Achebe / {name}",
                  organizer=("Gwen Tally", coord),
                  attendees=[("Devon Achebe", user, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                             (name, f"{loc}@{dom}", "REQ-PARTICIPANT", "NEEDS-ACTION")],
                  description=body, location="Microsoft Teams Meeting",
                  prodid="Microsoft Exchange Server 2010", stamp=sent, exchange=True)
        m = msg(to_user=user, frm=f"Gwen Tally <{coord}>", to=f"Devon Achebe <{user}>; {name} <{loc}@{dom}>",
                subject=f"Caldera Health Onsite ({i}/3): Devon Achebe / {name}", date=sent + timedelta(minutes=i),
                text=body, ics_alt=cal,
                extra={"Thread-Topic": f"Caldera Health Onsite ({i}/3): Devon Achebe / {name}",
                       "Content-class": "urn:content-classes:calendarmessage", "Accept-Language": "en-US"},
                seed=f"c04{i}")
        m.replace_header("To", f"Devon Achebe <{user}>, {name} <{loc}@{dom}>")
        items.append((f"0{i}-onsite-session-{i}.eml", m))
    ivs = [f"hvoss@{dom}", f"rpatel@{dom}", f"cmurphy@{dom}"]
    write_case("b29-04-exchange-virtual-onsite-three-invites", items, label(
        user, [iv(co, "Staff Product Manager, Care Navigation", dt("2026-06-11 10:00", "America/New_York"),
                  dt("2026-06-11 14:00", "America/New_York"), "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "Three Exchange/Teams invites (Windows TZID, '(UTC-05:00)' label in June = EDT) on one day with a lunch gap -> one onsite 10:00-14:00."))


def c05():
    user = "sofia.br@mail.example"
    co, dom = "Quillstone Capital", "quillstone.example"
    coord, intv = f"recruiting@{dom}", f"wzhang@{dom}"
    coordp = f"mfinch@{dom}"
    s1 = dt("2026-02-24 15:00", "America/New_York"); s2 = dt("2026-02-26 15:00", "America/New_York")
    check_day(s1, "Tue"); check_day(s2, "Thu")
    d1 = dt("2026-02-18 11:40", "America/New_York"); d2 = dt("2026-02-23 08:55", "America/New_York")
    uid = "ZM-89114520337-1771432800@zoom.example"
    def cal(st, seq, stamp):
        return ics(method="REQUEST", uid=uid, start=st, end=st + timedelta(hours=1), tzid="America/New_York",
                   summary="Quillstone Capital | Technical Interview | Sofia Brennan-Ruiz",
                   organizer=("Margot Finch", coordp),
                   attendees=[("Wei Zhang", intv, "REQ-PARTICIPANT", "ACCEPTED"),
                              ("Sofia Brennan-Ruiz", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   description=("Margot Finch is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                "https://zoom.example/j/89114520337?pwd=QmxQ\n\nMeeting ID: 891 1452 0337\nPasscode: 418207\n\n"
                                "One tap mobile\n+16465550100,,89114520337#,,,,*418207# US (New York)"),
                   location="https://zoom.example/j/89114520337?pwd=QmxQ", seq=seq,
                   prodid="-//zoom.us//iCalendar Event//EN", stamp=stamp, utc=True)
    t1 = """Hi Sofia,

Great speaking with you last week. Next up is a 60-minute technical interview with Wei Zhang from our Systematic Strategies desk - expect some Python and a probability question or two.

Tuesday 2/24, 3:00-4:00 PM ET on Zoom. The calendar file is attached; Zoom details are in it.

Best regards,
Margot Finch
Recruiting | Quillstone Capital LP
One Liberty Plaza, 28th Fl, New York, NY 10006
+1 (212) 555-0139
"""
    t2 = """Hi Sofia,

Apologies for the shuffle - Wei got pulled into a quarter-end review on Tuesday. We've moved your interview to Thursday at the same time (3pm ET), same Zoom link. Updated invite attached.

Thanks for your flexibility,
Margot
"""
    m1 = msg(to_user=user, frm=f"Margot Finch <{coordp}>", to=f"Sofia Brennan-Ruiz <{user}>",
             subject="Quillstone Capital - Technical Interview (Quantitative Developer)", date=d1, text=t1,
             ics_attach=cal(s1, 0, d1), attach_name="zoom_meeting.ics", seed="c05a")
    m2 = msg(to_user=user, frm=f"Margot Finch <{coordp}>", to=f"Sofia Brennan-Ruiz <{user}>",
             subject="UPDATED: Quillstone Capital - Technical Interview (Quantitative Developer)", date=d2, text=t2,
             ics_attach=cal(s2, 1, d2), attach_name="zoom_meeting.ics", seed="c05b",
             extra={"In-Reply-To": m1["Message-ID"], "References": m1["Message-ID"]})
    write_case("b29-05-zoom-ics-rescheduled-to-thursday", [("01-zoom-invite.eml", m1), ("02-moved.eml", m2)], label(
        user, [iv(co, "Quantitative Developer", s2, s2 + timedelta(hours=1), "scheduled", [intv], [intv], "technical")],
        "medium", "positive/reschedule",
        "Zoom-generated UTC .ics, then same UID SEQUENCE:1 moved two days later; final time Thu Feb 26 3pm EST."))


def c06():
    user = "kenji.walsh@example.com"
    co, dom = "Marrow & Pike", "marrowandpike.example"
    rec = f"nfeld@{dom}"
    start = dt("2026-10-27 09:00", "America/Los_Angeles"); end = start + timedelta(minutes=30)
    check_day(start, "Tue")
    d1 = dt("2026-10-21 13:12", "America/Los_Angeles"); d2 = dt("2026-10-26 17:48", "America/Los_Angeles")
    uid = "040000008200E00074C5B7101A82E00800000000F1C2A9B7D85EDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
    summ = "Phone Interview - Kenji Walsh - Associate Buyer, Home"
    def body(cancel):
        when = "When: Tuesday, October 27, 2026 9:00 AM-9:30 AM (UTC-08:00) Pacific Time (US & Canada)."
        if cancel:
            return when + "\n\nHi Kenji - I'm so sorry for the late notice. The Associate Buyer req was put on hold this afternoon, so I need to cancel tomorrow's call. I'll reach out directly if it reopens.\n\nNadia\n"
        return when + """
Where: Phone - I will call you

Hi Kenji,
Looking forward to our chat about the Associate Buyer, Home role. I'll call the mobile number on your application at 9:00 Pacific.

Nadia Feld
Talent Acquisition Partner | Marrow & Pike
1420 Fifth Ave, Seattle, WA 98101 | (206) 555-0128
"""
    def cal(method, seq, stamp, status):
        return ics(method=method, uid=uid, start=start, end=end, tzid="Pacific Standard Time", summary=(
            "Canceled: " if method == "CANCEL" else "") + summ, organizer=("Nadia Feld", rec),
            attendees=[("Kenji Walsh", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
            description=body(method == "CANCEL"), location="Phone - I will call you", seq=seq, status=status,
            prodid="Microsoft Exchange Server 2010", stamp=stamp, exchange=True)
    m1 = msg(to_user=user, frm=f"Nadia Feld <{rec}>", to=f"Kenji Walsh <{user}>", subject=summ, date=d1,
             text=body(False), ics_alt=cal("REQUEST", 0, d1, "CONFIRMED"), seed="c06a",
             extra={"Content-class": "urn:content-classes:calendarmessage"})
    m2 = msg(to_user=user, frm=f"Nadia Feld <{rec}>", to=f"Kenji Walsh <{user}>", subject="Canceled: " + summ, date=d2,
             text=body(True), ics_alt=cal("CANCEL", 1, d2, "CANCELLED"), ics_method="CANCEL", seed="c06b",
             extra={"Content-class": "urn:content-classes:calendarmessage", "Importance": "high"})
    write_case("b29-06-outlook-phone-screen-cancelled", [("01-request.eml", m1), ("02-canceled.eml", m2)], label(
        user, [iv(co, "Associate Buyer, Home", start, end, "cancelled", [rec], [rec], "phone_screen")],
        "medium", "positive/cancellation",
        "Outlook invite then METHOD:CANCEL (req on hold). Oct 27 is still PDT although the label says (UTC-08:00)."))


def c07():
    user = "ana.ferreira@mail.example"
    co, dom = "Sundial Diagnostics", "sundialdx.example"
    rec = f"jbergstrom@{dom}"
    start = dt("2026-09-14 14:00", "America/Chicago"); end = start + timedelta(minutes=45)
    check_day(start, "Mon")
    d1 = dt("2026-09-08 10:03", "America/Chicago"); d2 = dt("2026-09-10 21:16", "America/New_York")
    d3 = dt("2026-09-11 08:30", "America/Chicago")
    t1 = """Hi Ana,

Good news - Priyanka Deshmukh, our Director of Data & Analytics (and the hiring manager for the Senior Data Scientist, Lab Operations opening), would like to meet you.

I've got you down for Monday, September 14 at 2:00 PM Central for 45 minutes over Teams. A Teams link will follow from Priyanka's calendar.

Thank you,
Jonas Bergstrom
Talent Acquisition | Sundial Diagnostics
2700 Snelling Ave N, Roseville, MN 55113
Office 651.555.0190
"""
    t2 = """Hi Jonas,

Thank you so much for arranging this, and please pass my thanks to Priyanka. I have just accepted another offer, so I'd like to withdraw from the process - please cancel Monday's interview. I'm sorry for the short notice.

All the best,
Ana

""" + quote(t1, f"Jonas Bergstrom <{rec}>", "Tue, Sep 8, 2026 at 11:03 AM")
    t3 = """Hi Ana,

Congratulations on the new role! I've taken Monday off Priyanka's calendar. We'd love to stay in touch.

Jonas
"""
    m1 = msg(to_user=user, frm=f"Jonas Bergstrom <{rec}>", to=f"Ana Lucia Ferreira <{user}>",
             subject="Next step: Senior Data Scientist, Lab Operations", date=d1, text=t1, seed="c07a")
    m2 = msg(to_user=user, frm=f"Ana Lucia Ferreira <{user}>", to=f"Jonas Bergstrom <{rec}>",
             subject="Re: Next step: Senior Data Scientist, Lab Operations", date=d2, text=t2, seed="c07b",
             extra={"In-Reply-To": m1["Message-ID"], "References": m1["Message-ID"]})
    m3 = msg(to_user=user, frm=f"Jonas Bergstrom <{rec}>", to=f"Ana Lucia Ferreira <{user}>",
             subject="RE: Next step: Senior Data Scientist, Lab Operations", date=d3, text=t3, seed="c07c",
             extra={"In-Reply-To": m2["Message-ID"], "References": m1["Message-ID"] + " " + m2["Message-ID"]})
    write_case("b29-07-candidate-withdraws-by-email", [("01-scheduled.eml", m1), ("02-withdraw.eml", m2), ("03-ack.eml", m3)],
               label(user, [iv(co, "Senior Data Scientist, Lab Operations", start, end, "cancelled", [], [rec], "hiring_manager")],
                     "medium", "positive/cancellation",
                     "Interview set by e-mail, candidate withdraws, recruiter confirms removal -> cancelled. Hiring manager's address never appears."))


def c08():
    user = "theo.marchetti@example.com"
    co, dom = "Pinecrest Software", "pinecrestsoftware.example"
    rec, arun, katja = f"jess.tran@{dom}", f"apillai@{dom}", f"kbrandt@{dom}"
    ats = "Pinecrest Software Recruiting <notifications@hirefolio.example>"
    s1 = dt("2026-04-06 11:00", "America/Denver"); e1 = s1 + timedelta(minutes=30)
    s2 = dt("2026-04-15 09:00", "America/Denver"); e2 = s2 + timedelta(minutes=90)
    check_day(s1, "Mon"); check_day(s2, "Wed")
    d1 = dt("2026-04-01 16:20", "UTC"); d2 = dt("2026-04-08 19:02", "UTC"); d3 = dt("2026-04-13 07:41", "Europe/Berlin")
    h1 = html_wrap(p2html("""Hi Theo,

Your phone screen for Site Reliability Engineer II at Pinecrest Software is booked.

Monday, April 6, 2026
11:00 AM - 11:30 AM (Mountain Time)
Jess Tran, Technical Recruiter, will call you at the number you provided.

Need to reschedule? Just reply to this email and Jess will take care of it.

Powered by Hirefolio"""))
    c1 = ics(method="PUBLISH", uid="hf-evt-55120-a@hirefolio.example", start=s1, end=e1, tzid="America/Denver",
             summary="Phone screen: Pinecrest Software (Site Reliability Engineer II)",
             organizer=("Jess Tran", rec), attendees=[("Theo Marchetti", user, "REQ-PARTICIPANT", "ACCEPTED")],
             description="Jess Tran will call you.", prodid="-//Hirefolio//Scheduling 3.2//EN", stamp=d1)
    h2 = html_wrap(p2html("""Hi Theo,

Congrats on moving forward! Your technical interview for Site Reliability Engineer II is confirmed.

Wednesday, April 15, 2026
9:00 AM - 10:30 AM (Mountain Time)
Interviewers: Arun Pillai (Senior SRE), Katja Brandt (SRE Manager)
Location: Google Meet (link in the calendar invite)

Format: a 90-minute systems troubleshooting session. No prep needed beyond being comfortable with Linux and Kubernetes.

Powered by Hirefolio"""))
    c2 = ics(method="PUBLISH", uid="hf-evt-55847-b@hirefolio.example", start=s2, end=e2, tzid="America/Denver",
             summary="Technical interview: Pinecrest Software (Site Reliability Engineer II)",
             organizer=("Jess Tran", rec),
             attendees=[("Arun Pillai", arun, "REQ-PARTICIPANT", "ACCEPTED"),
                        ("Katja Brandt", katja, "REQ-PARTICIPANT", "ACCEPTED"),
                        ("Theo Marchetti", user, "REQ-PARTICIPANT", "ACCEPTED")],
             description="Systems troubleshooting with Arun and Katja. Meet: https://meet.example/pcs-hqte-wun",
             location="https://meet.example/pcs-hqte-wun", prodid="-//Hirefolio//Scheduling 3.2//EN", stamp=d2)
    t3 = """Hi Theo,

I am Katja, I will be in your interview on Wednesday together with Arun. I am this week in Berlin for a conference but will join remote as planned - so for me it is 17:00 Uhr, for you still 9:00 Uhr Mountain time, nothing changes :)

We will look at a broken cluster together, it is not a quiz. Looking forward to talk with you!

Viele Grüße / best,
Katja Brandt
SRE Manager, Pinecrest Software
"""
    m1 = msg(to_user=user, frm=ats, to=user, subject="Your phone screen with Pinecrest Software is confirmed",
             date=d1, html=h1, ics_attach=c1, attach_name="phone-screen.ics", seed="c08a",
             extra={"Reply-To": f"Jess Tran <{rec}>"})
    m2 = msg(to_user=user, frm=ats, to=user, subject="Technical interview confirmed - Site Reliability Engineer II",
             date=d2, html=h2, ics_attach=c2, attach_name="technical-interview.ics", seed="c08b",
             extra={"Reply-To": f"Jess Tran <{rec}>"})
    m3 = msg(to_user=user, frm=f"Katja Brandt <{katja}>", to=f"Theo Marchetti <{user}>", cc=f"Arun Pillai <{arun}>",
             subject="Wednesday :)", date=d3, text=t3, seed="c08c")
    write_case("b29-08-invented-ats-two-rounds", [("01-phone-screen.eml", m1), ("02-technical.eml", m2), ("03-katja-note.eml", m3)],
               label(user, [
                   iv(co, "Site Reliability Engineer II", s1, e1, "scheduled", [rec], [rec], "phone_screen"),
                   iv(co, "Site Reliability Engineer II", s2, e2, "scheduled", [arun, katja], [arun, katja], "technical")],
                   "hard", "positive/two-interviews",
                   "Invented ATS (Hirefolio) HTML-only mails with PUBLISH .ics; screen then 90-min technical; interviewer mail from Berlin says '17:00 Uhr' / '9:00 Uhr Mountain' (same instant)."))


def c09():
    user = "noor.haddad@example.com"
    co, dom = "Fernhollow Systems", "fernhollow.example"
    rec, hm = f"meilin.chow@{dom}", f"kiran.basu@{dom}"
    start = dt("2026-05-22 11:00", "America/Vancouver"); end = start + timedelta(minutes=45)
    check_day(start, "Fri")
    d1 = dt("2026-05-19 09:12", "America/Vancouver")
    t1 = """Hey Noor!

Kiran (Eng Manager for the Data Platform team) really enjoyed your take-home write-up and wants to chat. Does Friday the 22nd at 11 Pacific work? Should be ~45 min, mostly about how you'd approach our ingestion backlog. I'll send a calendar invite once you confirm.

Mei Lin
Mei Lin Chow | People Team, Fernhollow Systems | Vancouver, BC | 604-555-0171
"""
    m1 = msg(to_user=user, frm=f"Mei Lin Chow <{rec}>", to=f"Noor Haddad <{user}>",
             subject="Chat with Kiran?", date=d1, text=t1, seed="c09")
    ev = {
        "kind": "calendar#event", "etag": "\"3491827746120000\"", "id": "7rb2o4c9k1hfnq3e6vj0md8sg5",
        "status": "confirmed",
        "htmlLink": "https://calendar.example/event?eid=N3JiMm80YzlrMWhmbnEzZTZ2ajBtZDhzZzU",
        "created": "2026-05-19T18:40:11.000Z", "updated": "2026-05-19T18:41:02.337Z",
        "summary": "Noor Haddad <> Kiran Basu (Fernhollow - Senior Data Engineer)",
        "description": "Hiring manager conversation for the Senior Data Engineer role on Data Platform.\nQuestions? mei lin (meilin.chow@fernhollow.example)",
        "creator": {"email": rec, "displayName": "Mei Lin Chow"},
        "organizer": {"email": rec, "displayName": "Mei Lin Chow"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Vancouver"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Vancouver"},
        "iCalUID": "7rb2o4c9k1hfnq3e6vj0md8sg5@google.com", "sequence": 0,
        "attendees": [
            {"email": rec, "displayName": "Mei Lin Chow", "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": hm, "displayName": "Kiran Basu", "responseStatus": "accepted"},
            {"email": user, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.example/frn-wpzo-jtc",
        "reminders": {"useDefault": True}, "eventType": "default"}
    write_case("b29-09-email-then-calendar-api-event", [("01-chat-with-kiran.eml", m1), ("02-event.gcal.json", ev)], label(
        user, [iv(co, "Senior Data Engineer", start, end, "scheduled", [hm], [hm], "hiring_manager")],
        "medium", "positive/calendar-api-dedupe",
        "Recruiter proposes 'Friday the 22nd at 11 Pacific', Calendar API event confirms; one interview, organizer optional, not an interviewer."))


def c10():
    user = "olivia.cl@mail.example"
    co, dom = "Boréal Assurances", "borealassurances.example"
    hm = f"genevieve.tremblay@{dom}"
    start = dt("2026-04-22 14:00", "America/Toronto"); end = start + timedelta(minutes=45)
    check_day(start, "Wed")
    d1 = dt("2026-04-15 10:27", "America/Toronto")
    body = f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dfe3e8">
<tr><td style="background:#0b3d5c;color:#fff;padding:18px;font-size:20px">Boréal Assurances &mdash; Carrières</td></tr>
<tr><td style="padding:20px">
<p>Bonjour Olivia,</p>
<p>Thank you for your interest for the position <b>Business Analyst, Claims Modernization (Analyste d'affaires)</b>.</p>
<p>It is with pleasure that we confirm you your interview with Mme Geneviève Tremblay, Team Lead, Claims Transformation. The interview will be held by video (Teams) on <b>Wednesday 22 April at 14h (heure de Montréal)</b> and will last approximately 45 minutes.</p>
<p>For any question regarding the content of the interview you can write directly to Mme Tremblay at <a href="mailto:{hm}">{hm}</a>.</p>
<p>We wish you a good interview!</p>
<p>Maxime Gagnon<br>Conseiller, acquisition de talents<br>1000 rue De La Gauchetière O., Montréal (Québec) H3B 4W5<br>514 555-0148 poste 2207</p>
<p style="color:#888;font-size:11px">Ce message a été envoyé par TalentNord. Merci de ne pas répondre à ce courriel.</p>
</td></tr></table>"""
    m = msg(to_user=user, frm="Boréal Assurances <carrieres-noreply@talentnord.example>", to=user,
            subject="Confirmation d'entrevue / Interview confirmation - Business Analyst, Claims Modernization",
            date=d1, html=html_wrap(body), html_cte="base64", seed="c10")
    write_case("b29-10-html-only-base64-montreal-14h", [("01-confirmation.eml", m)], label(
        user, [iv(co, "Business Analyst, Claims Modernization", start, end, "scheduled", [hm], [hm], "hiring_manager")],
        "hard", "positive/email-body-only",
        "HTML-only base64 ATS mail in francophone English: '22 April at 14h (heure de Montreal)', 45 min; no-reply sender, interviewer address in text."))


def c11():
    user = "sam.okonkwo@example.com"
    co, dom = "Mesa Vitals", "mesavitals.example"
    ceo = f"dana@{dom}"
    start = dt("2026-07-16 12:00", "America/Phoenix"); end = start + timedelta(minutes=30)
    check_day(start, "Thu")
    d1 = dt("2026-07-10 17:05", "America/Phoenix"); d2 = dt("2026-07-10 20:44", "America/Phoenix")
    t1 = """Sam -

Team loved the panel. Last step on our side is a 30 min chat with me before we talk numbers. Grab whatever works next week: https://calendly.example/dana-mesavitals/30min

Dana
--
Dana Whitfield, Co-founder & CEO, Mesa Vitals
Sent from my phone
"""
    t2 = f"""Hi Sam Okonkwo,

A new event has been scheduled.

Event Type:
Final chat with Dana (30 min)

Invitee:
Sam Okonkwo

Invitee Email:
{user}

Event Date/Time:
12:00pm - 12:30pm (Arizona Time), Thursday, July 16, 2026

Location:
This is a Zoom web conference. https://zoom.example/j/7781290345

Questions:
What role are you interviewing for?
Founding Product Designer

View event in Calendly: https://calendly.example/events/RQ7XKZP2

Sent from Calendly
"""
    m1 = msg(to_user=user, frm=f"Dana Whitfield <{ceo}>", to=f"Sam Okonkwo <{user}>",
             subject="Re: Mesa Vitals - next steps", date=d1, text=t1, seed="c11a")
    m2 = msg(to_user=user, frm="Calendly <notifications@calendly.example>", to=user,
             subject="Confirmed: Final chat with Dana (30 min) with Dana Whitfield on Thursday, July 16, 2026",
             date=d2, text=t2, html=html_wrap(p2html(t2)), seed="c11b",
             extra={"Reply-To": f"Dana Whitfield <{ceo}>"})
    write_case("b29-11-calendly-ceo-final-chat-arizona", [("01-dana-link.eml", m1), ("02-calendly-confirmed.eml", m2)], label(
        user, [iv(co, "Founding Product Designer", start, end, "scheduled", [ceo], [ceo], "hiring_manager")],
        "medium", "positive/scheduling-vendor",
        "CEO sends unbooked link, then booking confirmation at noon Arizona time (no DST, -07:00 in July)."))


def c12():
    user = "hannah.iverson@mail.example"
    co, dom = "Bluestem Analytics", "bluestemanalytics.example"
    hm = f"rodrigo@{dom}"
    d1 = dt("2026-03-08 18:40", "America/Chicago"); d2 = dt("2026-03-08 19:05", "America/Chicago")
    d3 = dt("2026-03-09 09:12", "America/Chicago")
    start = dt("2026-03-09 12:00", "America/Chicago"); end = start + timedelta(minutes=45)
    check_day(start, "Mon")
    t1 = """hey Hannah, sorry for writing on a sunday!! I'm Rodrigo, I lead the data team here at Bluestem and I'm the hiring manager for the Analytics Engineer position. Lucy from our recruiting told me you are available this week.

my week got crazy so - would tomorrow at noon CT work for you? 45 min, very informal, I want to hear about your dbt projects and tell you what we are building. if not no stress, we find other day.

Rodrigo
"""
    t2 = "Hi Rodrigo - no worries at all! Noon tomorrow works great. Looking forward to it.\n\nHannah\n\n" + \
        quote(t1, f"Rodrigo Paz <{hm}>", "Sun, Mar 8, 2026 at 6:40 PM")
    t3 = """great!! here is the link for later: https://meet.example/bls-oqan-tmd

(clocks changed this weekend so double check your calendar lol, it's 12:00 Austin time)

R.
""" + "\n" + quote(t2, f"Hannah Iverson <{user}>", "Sun, Mar 8, 2026 at 7:05 PM")
    m1 = msg(to_user=user, frm=f"Rodrigo Paz <{hm}>", to=f"Hannah Iverson <{user}>",
             subject="Analytics Engineer @ Bluestem - quick chat?", date=d1, text=t1, seed="c12a")
    m2 = msg(to_user=user, frm=f"Hannah Iverson <{user}>", to=f"Rodrigo Paz <{hm}>",
             subject="Re: Analytics Engineer @ Bluestem - quick chat?", date=d2, text=t2, seed="c12b",
             extra={"In-Reply-To": m1["Message-ID"], "References": m1["Message-ID"]})
    m3 = msg(to_user=user, frm=f"Rodrigo Paz <{hm}>", to=f"Hannah Iverson <{user}>",
             subject="Re: Analytics Engineer @ Bluestem - quick chat?", date=d3, text=t3, seed="c12c",
             extra={"In-Reply-To": m2["Message-ID"], "References": m1["Message-ID"] + " " + m2["Message-ID"]})
    write_case("b29-12-hiring-manager-tomorrow-noon-dst-day", [("01-rodrigo.eml", m1), ("02-reply.eml", m2), ("03-link.eml", m3)],
               label(user, [iv(co, "Analytics Engineer", start, end, "scheduled", [hm], [hm], "hiring_manager")],
                     "hard", "positive/relative-date-thread",
                     "'tomorrow at noon CT' sent on Sunday Mar 8 (US DST start) -> Mon Mar 9 12:00 CDT (-05:00); the link mail the next morning must not shift it to 'tomorrow' again."))


def c13():
    user = "ravi.s@example.com"
    co, dom = "Harbourline Health", "harbourlinehealth.example"
    rec = f"fiona.macleod@{dom}"
    start = dt("2026-11-03 14:00", "America/New_York"); end = start + timedelta(minutes=30)
    check_day(start, "Tue")
    assert start == dt("2026-11-03 15:00", "America/Halifax")
    d1 = dt("2026-10-29 11:52", "America/Halifax")
    t1 = """Hello Ravi,

Thank you for applying for the Senior Full-Stack Developer (Patient Portal) position with Harbourline Health. I would like to schedule a 30-minute phone conversation to learn more about your experience and walk you through the role.

I have booked Tuesday, November 3 at 2pm ET (3pm Atlantic) for our call - I'll phone you at 902-555-0114. If that time doesn't work, let me know and we'll find another.

Kind regards,

Fiona MacLeod (she/her)
Talent Acquisition Specialist
Harbourline Health Inc.
1800 Argyle Street, Suite 610
Halifax, Nova Scotia  B3J 3N8
Direct: 902-555-0157  |  Toll-free: 1-877-555-0102
www.harbourlinehealth.example

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain confidential or privileged information. If you received this in error, please notify the sender and delete it.
"""
    m = msg(to_user=user, frm=f"Fiona MacLeod <{rec}>", to=f"Ravi Subramaniam <{user}>",
            subject="Harbourline Health - Senior Full-Stack Developer phone screen",
            date=d1, text=t1, html=html_wrap(p2html(t1), "Calibri,Arial,sans-serif"), seed="c13")
    write_case("b29-13-halifax-qp-after-dst-end", [("01-phone-screen.eml", m)], label(
        user, [iv(co, "Senior Full-Stack Developer (Patient Portal)", start, end, "scheduled", [rec], [rec], "phone_screen")],
        "medium", "positive/email-body-only",
        "Sent in ADT (Oct 29), interview Nov 3 after DST end: '2pm ET (3pm Atlantic)' = 14:00-05:00; quoted-printable, long signature with phones."))


# ================================================================ NEGATIVES
def neg(name, items, user, category, notes, difficulty="hard"):
    write_case(name, items, label(user, [], difficulty, category, notes))


def c14():
    user = "jordan.baptiste@example.com"
    d1 = dt("2026-01-27 07:02", "America/Toronto"); d2 = dt("2026-01-28 13:30", "America/Toronto")
    t1 = """Jobrise

15 new Product Analyst jobs in Toronto, ON

Product Analyst - Payments | Lumenpay | Toronto (Hybrid) | Easy Apply
Senior Product Analyst | Cartwheel Grocers | Mississauga | Actively recruiting - interviews this week
Product Data Analyst | Tallgrass Health | Remote (Canada) | 2 connections work here

Interview prep: 5 behavioural questions every hiring manager asks (and how to answer them) ->
Schedule a mock interview with Jobrise Coach - 30% off for Premium members ->

You are receiving Job Alert emails. Unsubscribe: https://jobrise.example/alerts/unsub?k=91ab
Jobrise Inc., 100 King St W, Toronto, ON
"""
    m1 = msg(to_user=user, frm="Jobrise Job Alerts <jobalerts-noreply@jobrise.example>", to=user,
             subject="\"product analyst\": 15 new jobs in Toronto, ON - interviews happening now",
             date=d1, text=t1, html=html_wrap(p2html(t1)), seed="c14a",
             extra={"List-Unsubscribe": "<https://jobrise.example/alerts/unsub?k=91ab>"})
    start = dt("2026-02-05 12:00", "America/Toronto")
    cal = ics(method="PUBLISH", uid="webinar-2026-0205-finalround@careerbridge.example", start=start,
              end=start + timedelta(hours=1), tzid="America/Toronto",
              summary="LIVE: Nail the Final Round - recruiters from 3 banks answer your interview questions",
              organizer=("Careerbridge Events", "events@careerbridge.example"), attendees=[],
              description="Join link: https://careerbridge.example/live/finalround?reg=55231",
              prodid="-//Careerbridge//Webinar//EN", stamp=d2)
    t2 = """Hi Jordan,

You're registered for "Nail the Final Round", a live panel where recruiters from three Canadian banks answer your interview questions.

Thursday, February 5 - 12:00 PM ET (60 min)
Your unique join link: https://careerbridge.example/live/finalround?reg=55231

Add it to your calendar with the attached file. Can't make it? The recording is sent to all registrants.

The Careerbridge Events team
"""
    m2 = msg(to_user=user, frm="Careerbridge Events <events@careerbridge.example>", to=user,
             subject="You're registered: Nail the Final Round (Feb 5, 12 PM ET)", date=d2, text=t2,
             ics_attach=cal, attach_name="webinar.ics", seed="c14b")
    neg("b29-14-job-alert-and-interview-webinar", [("01-job-alert.eml", m1), ("02-webinar-registration.eml", m2)],
        user, "negative/alert-webinar", "Job alert that says 'interviews happening now' plus a webinar registration with .ics about interviews.")


def c15():
    user = "priscilla.owusu@mail.example"
    d1 = dt("2026-03-02 22:14", "UTC"); d2 = dt("2026-03-05 10:11", "America/New_York")
    t1 = """Dear Priscilla,

Thank you for applying for the Relationship Manager, Commercial Banking (Req ID R-0048812) position at Cobalt Ridge Bank. We have received your application and our talent acquisition team is reviewing your qualifications.

If your background is a match, a recruiter will contact you to schedule an interview. You can check the status of your application at any time in your candidate home.

Sincerely,
Cobalt Ridge Bank Talent Acquisition

This is an automated message from an unmonitored mailbox.
"""
    t2 = """Hi Priscilla,

Thanks for your interest in the Relationship Manager role! I'd like to set up a 30-minute phone interview with you.

Please use the link below to choose a time that works best for you over the next week. Times are shown in your local time zone.

Select a time: https://rallypoint.example/s/cobaltridge/7Qe2Lm

Once you've picked a slot you'll get a calendar confirmation.

Best,
Derek Albrecht
Talent Acquisition Partner | Cobalt Ridge Bank
(704) 555-0193
"""
    m1 = msg(to_user=user, frm="Cobalt Ridge Bank <cobaltridge@myworkday-mail.example>", to=user,
             subject="Thank you for applying to Cobalt Ridge Bank", date=d1, text=t1, seed="c15a")
    m2 = msg(to_user=user, frm="Derek Albrecht <scheduling@rallypoint.example>", to=user,
             subject="Schedule your phone interview with Cobalt Ridge Bank", date=d2, text=t2, seed="c15b",
             extra={"Reply-To": "Derek Albrecht <derek.albrecht@cobaltridgebank.example>"})
    neg("b29-15-receipt-then-unbooked-scheduling-link", [("01-application-received.eml", m1), ("02-pick-a-time.eml", m2)],
        user, "negative/receipt-availability", "Application receipt then a self-scheduling link that is never booked.")


def c16():
    user = "felix.nakamura@example.com"
    d1 = dt("2026-05-14 16:47", "America/Los_Angeles")
    t1 = """Hi Felix,

Thank you for taking the time to interview with us for the Senior iOS Engineer role, including your conversations on Tuesday at 2pm with Marta and the team. We really enjoyed getting to know you.

After careful consideration, we've decided to move forward with another candidate whose experience more closely matches what the team needs right now. This was a difficult decision.

We'd love to keep in touch for future roles - we'll hold on to your profile, and please feel free to apply again.

Best wishes,
Ivy Castellanos
Recruiting, Orchard Lane
"""
    m = msg(to_user=user, frm="Ivy Castellanos <no-reply@hire.lever-mail.example>", to=user,
            subject="Your application to Orchard Lane - Senior iOS Engineer", date=d1, text=t1,
            html=html_wrap(p2html(t1)), seed="c16",
            extra={"Reply-To": "Ivy Castellanos <ivy@orchardlane.example>"})
    neg("b29-16-rejection-after-interviews", [("01-update.eml", m)], user, "negative/rejection",
        "Post-interview rejection that mentions a past 'Tuesday at 2pm' interview.")


def c17():
    user = "grace.mbeki@example.com"
    d1 = dt("2026-06-19 17:22", "America/New_York")
    start = dt("2026-06-22 15:00", "America/New_York")
    check_day(start, "Mon")
    t1 = """Hi Grace,

I'm delighted to share that the team would like to offer you the position of Senior Compliance Analyst at Ridgeway Mutual! Everyone you met during your final interviews was impressed.

Your formal offer letter is attached and will also arrive through DocuSign. I've put 30 minutes on your calendar Monday at 3pm ET so we can walk through the compensation, benefits and start date together - bring any questions.

Congratulations!
Tamsin Roe
Senior Recruiter, Ridgeway Mutual | 617-555-0106
"""
    cal = ics(method="REQUEST", uid="offer-call-grace-mbeki@ridgewaymutual.example", start=start,
              end=start + timedelta(minutes=30), tzid="America/New_York",
              summary="Offer discussion - Grace Mbeki (Senior Compliance Analyst)",
              organizer=("Tamsin Roe", "troe@ridgewaymutual.example"),
              attendees=[("Grace Mbeki", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="Walk through the offer package.", stamp=d1)
    m = msg(to_user=user, frm="Tamsin Roe <troe@ridgewaymutual.example>", to=f"Grace Mbeki <{user}>",
            subject="Offer - Senior Compliance Analyst, Ridgeway Mutual", date=d1, text=t1,
            ics_attach=cal, attach_name="offer-call.ics", seed="c17")
    neg("b29-17-offer-with-offer-call-invite", [("01-offer.eml", m)], user, "negative/offer",
        "Offer e-mail with a calendar invite for an offer walkthrough call (not an interview).")


def c18():
    user = "lena.park@example.com"
    dom = "brightwaterretail.example"
    d1 = dt("2026-08-04 14:10", "America/Chicago"); d2 = dt("2026-08-04 14:12", "America/Chicago")
    start = dt("2026-08-06 10:00", "America/Chicago"); end = start + timedelta(hours=1)
    t1 = """Hi Lena,

You've been scheduled to interview a candidate:

Candidate: Alex Romero
Job: Backend Engineer (Order Management)
Interview: Technical Interview - System Design
When: Thursday, August 6, 2026 10:00 AM - 11:00 AM CDT

Your interview kit, including the scorecard and suggested questions, is ready: https://app.greenhouse-mail.example/interview_kits/88123
Please submit your scorecard within 24 hours of the interview.

Thanks,
Brightwater Retail Recruiting
"""
    m1 = msg(to_user=user, frm="Greenhouse <no-reply@greenhouse-mail.example>", to=user,
             subject="You're interviewing Alex Romero on Thursday - Backend Engineer (Order Management)",
             date=d1, text=t1, seed="c18a")
    cal = ics(method="REQUEST", uid="1ak9d0q2w7e5r3t8y6u4i2o0p1@google.com", start=start, end=end, tzid="America/Chicago",
              summary="Interview: Alex Romero - Backend Engineer (Order Management) - System Design",
              organizer=("Paige Holloway", f"pholloway@{dom}"),
              attendees=[("Lena Park", user, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         ("Alex Romero", "alex.romero@mail.example", "REQ-PARTICIPANT", "ACCEPTED")],
              description="Interviewer: Lena Park (Engineering Manager). Candidate: Alex Romero. Scorecard due within 24h.",
              stamp=d2)
    plain = ("Interview: Alex Romero - Backend Engineer (Order Management) - System Design\n"
             "Thursday Aug 6, 2026 ⋅ 10am – 11am\nCentral Time - Chicago\n\nOrganizer\nPaige Holloway\n"
             f"pholloway@{dom}\n\nGuests\nLena Park\nAlex Romero\n\nInterviewer: Lena Park (Engineering Manager). "
             "Candidate: Alex Romero. Scorecard due within 24h.\n\nInvitation from Google Calendar\n")
    m2 = msg(to_user=user, frm=f"Paige Holloway <pholloway@{dom}>", to=user,
             subject=f"Invitation: Interview: Alex Romero - Backend Engineer (Order Management) - System Design @ Thu Aug 6, 2026 10am - 11am (CDT) ({user})",
             date=d2, text=plain, cte="base64", ics_alt=cal, google_invite=True, ics_attach=cal, seed="c18b")
    neg("b29-18-user-is-the-interviewer", [("01-interview-kit.eml", m1), ("02-invitation.eml", m2)], user,
        "negative/user-is-interviewer", "ATS interviewer notification + Google invite; the owner interviews candidate Alex Romero.")


def c19():
    user = "marisol.vega@example.com"
    d1 = dt("2026-02-10 12:33", "America/New_York")
    start = dt("2026-02-19 16:00", "America/New_York")
    check_day(start, "Thu")
    t1 = """Hi Marisol!

Thanks so much for agreeing to come on Shipping Season - our listeners (mostly e-commerce ops folks) are going to love hearing how you rebuilt the returns flow at your last company.

Recording: Thursday Feb 19, 4-5pm ET on Riverside (link in the invite). We usually chat for 10 min beforehand, then the interview itself runs ~40 min. No prep needed, but I've put the rough question list in the calendar notes.

Cheers,
Owen Delacroix
Host, Shipping Season podcast
"""
    cal = ics(method="REQUEST", uid="shipping-season-ep118@podcasts.example", start=start, end=start + timedelta(hours=1),
              tzid="America/New_York", summary="Shipping Season podcast interview - Marisol Vega (Ep. 118)",
              organizer=("Owen Delacroix", "owen@shippingseason.example"),
              attendees=[("Marisol Vega", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="Riverside studio: https://riverside.example/studio/shipping-season\nQuestions: career path, returns rebuild, hiring ops teams.",
              stamp=d1)
    m = msg(to_user=user, frm="Owen Delacroix <owen@shippingseason.example>", to=f"Marisol Vega <{user}>",
            subject="Shipping Season - interview recording on the 19th", date=d1, text=t1, ics_attach=cal, seed="c19")
    neg("b29-19-podcast-interview-invite", [("01-podcast.eml", m)], user, "negative/podcast",
        "Podcast guest 'interview' with a calendar invite.")


def c20():
    user = "tobias.greer@mail.example"
    d1 = dt("2026-07-07 11:00", "America/Denver")
    start = dt("2026-07-09 13:00", "America/Denver")
    t1 = """Hi Tobias,

You're confirmed! Thanks for signing up for this study.

Study: Small-business banking app - 1:1 interview
Date: Thursday, July 9, 2026
Time: 1:00 PM - 2:00 PM MDT
Format: Remote video interview (Zoom) with a researcher from our client's UX team
Incentive: $150 Visa e-gift card, sent within 5 business days

Please join from a quiet place on a laptop with a webcam. If you need to reschedule, use your Respondly dashboard.

The Respondly Team
"""
    cal = ics(method="REQUEST", uid="rsp-session-30981@respondly.example", start=start, end=start + timedelta(hours=1),
              tzid="America/Denver", summary="Research interview: Small-business banking app (Respondly)",
              organizer=("Respondly Sessions", "sessions@respondly.example"),
              attendees=[("Tobias Greer", user, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="Paid research session. Zoom: https://zoom.example/j/6630192288", stamp=d1)
    m = msg(to_user=user, frm="Respondly <sessions@respondly.example>", to=user,
            subject="You're confirmed: 1:1 interview on Thu, Jul 9 at 1:00 PM MDT", date=d1, text=t1,
            ics_attach=cal, seed="c20")
    neg("b29-20-paid-user-research-interview", [("01-confirmed.eml", m)], user, "negative/user-research",
        "Paid user-research 'interview' confirmation with .ics.")


def c21():
    user = "chloe.armitage@example.com"
    d1 = dt("2026-04-27 08:00", "America/Toronto")
    start = dt("2026-04-28 09:30", "America/Toronto")
    t1 = """Maple Grove Dental

Hi Chloe, this is a reminder of your upcoming appointment:

Tuesday, April 28 at 9:30 AM with Dr. Amelia Hart (Hygiene & Exam, 60 min)
2450 Yonge St, Unit 4, Toronto ON

Please reply C to confirm or call 416-555-0199 to reschedule. Cancellations with less than 24 hours' notice may be charged.

New patient? Complete your health history form before your visit.
"""
    cal = ics(method="PUBLISH", uid="mgd-appt-771203@maplegrovedental.example", start=start, end=start + timedelta(hours=1),
              tzid="America/Toronto", summary="Dental appointment - Dr. Amelia Hart",
              organizer=("Maple Grove Dental", "appointments@maplegrovedental.example"), attendees=[],
              location="2450 Yonge St, Unit 4, Toronto ON", stamp=d1)
    m = msg(to_user=user, frm="Maple Grove Dental <appointments@maplegrovedental.example>", to=user,
            subject="Appointment reminder: Tue Apr 28 at 9:30 AM", date=d1, text=t1, ics_attach=cal,
            attach_name="appointment.ics", seed="c21")
    neg("b29-21-dentist-reminder", [("01-reminder.eml", m)], user, "negative/dentist",
        "Dental appointment reminder with .ics.", difficulty="easy")


def c22():
    user = "derrick.fontaine@mail.example"
    d1 = dt("2026-03-23 04:17", "UTC")
    t1 = """Dear Candidate,

Your resume was reviewed by Nexora Global Solutions HR Department and you have been shortlisted for the position of Remote Administrative Assistant / Data Entry Clerk ($42/hour, fully remote, weekly pay).

The interview will be conducted online via Teams chat (text only) on Wednesday 25th March at 10:00am EST with our Hiring Manager Mr. Bradley Kwan. Please download Microsoft Teams and add the username: hr.bradleykwan.nexora

After the interview, successful candidates will receive a check to purchase home office equipment from our approved vendor. Kindly have your full name, address, and bank name ready for payroll setup.

We look forward to welcome you to our team.

Regards,
Susan T. Miller
HR Recruiting Manager
Nexora Global Solutions
"""
    m = msg(to_user=user, frm="Nexora HR Team <nexora.hiringdept@freemail.example>", to=user,
            subject="Interview Invitation - Remote Administrative Assistant (Shortlisted)", date=d1, text=t1,
            seed="c22", extra={"Reply-To": "susan.miller.hr@freemail.example"})
    neg("b29-22-scam-teams-chat-interview", [("01-shortlisted.eml", m)], user, "negative/scam",
        "Fake-job scam: 'interview' by Teams text chat, check for equipment, bank details.")


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b29-"):
            shutil.rmtree(p)
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    with open(HERE / "labels.yaml", "w") as fh:
        fh.write("# blind29 labels (written blind; see README.md)\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
