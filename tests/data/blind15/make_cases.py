#!/usr/bin/env python3
"""Deterministic generator for the blind15 evaluation set (long realistic inbox slices, new vendors).

Run: /work/venv/bin/python make_cases.py   (rewrites every b15-* folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo. Every UTC offset is computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
TZ = {k: ZoneInfo(v) for k, v in {
    "LON": "Europe/London", "DEN": "America/Denver", "CHI": "America/Chicago", "NY": "America/New_York",
    "SYD": "Australia/Sydney", "LA": "America/Los_Angeles", "LIS": "Europe/Lisbon", "PHX": "America/Phoenix",
    "BER": "Europe/Berlin", "AKL": "Pacific/Auckland", "IST": "Asia/Kolkata", "PAR": "Europe/Paris",
    "TOR": "America/Toronto", "SEO": "Asia/Seoul",
}.items()}


def T(zone, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ[zone])


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ------------------------------------------------------------------ iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def vtimezone(tzid, zone, std_name="STANDARD", dst_rules=None, year=2026):
    """VTIMEZONE with offsets taken from zoneinfo. dst_rules=(dst_start_rrule, std_start_rrule) or None."""
    z = ZoneInfo(zone)
    jan = datetime(year, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(year, 7, 15, 12, tzinfo=z).utcoffset()

    def off(td):
        m = int(td.total_seconds() // 60)
        sign = "+" if m >= 0 else "-"
        m = abs(m)
        return f"{sign}{m // 60:02d}{m % 60:02d}"

    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not dst_rules:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off(jan)}",
                  f"TZOFFSETTO:{off(jan)}", "END:STANDARD"]
    else:
        south = jan > jul  # southern hemisphere: summer offset in January
        std, dst = (jul, jan) if south else (jan, jul)
        dst_rr, std_rr = dst_rules
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T030000" if not south else "DTSTART:16010101T030000",
                  f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}", f"RRULE:{std_rr}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{off(std)}",
                  f"TZOFFSETTO:{off(dst)}", f"RRULE:{dst_rr}", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


US_RULES = ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
EU_RULES = ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
SYD_RULES = ("FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU")


def vevent(uid, start, end, summary, organizer, attendees, description="", location="", seq=0,
           status="CONFIRMED", tzid=None, stamp=None, extra=()):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{local(start)}")
        L.append(f"DTEND;TZID={tzid}:{local(end)}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        L.append(f"DTEND:{utcstamp(end)}")
    L.append(f"DTSTAMP:{utcstamp(stamp or start - timedelta(days=3))}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, mail = a[0], a[1]
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def calendar(prodid, method, events, tzs=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzs:
        L.extend(t)
    for e in events:
        L.extend(e)
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ e-mail helper
def mail(user, frm, to, subject, date, text=None, html=None, cte=None, html_cte=None, cc=None, reply_to=None,
         msgid=None, irt=None, refs=None, headers=(), cal=None, cal_method="REQUEST", cal_cte=None,
         attach=(), delivered=True):
    m = EmailMessage()
    if delivered:
        m["Delivered-To"] = user
    m["Received"] = (f"from mx.mail.example (mx.mail.example [192.0.2.{(date.day * 7) % 250 + 1}]) by "
                     f"inbound.mail.example with ESMTPS for <{user}>; {format_datetime(date.astimezone(UTC))}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{hashlib.md5((subject + date.isoformat()).encode()).hexdigest()[:20]}@mail.example>"
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in headers:
        m[k] = v
    if text is not None:
        kw = {"cte": cte} if cte else {}
        m.set_content(text, **kw)
        if html is not None:
            kw = {"cte": html_cte} if html_cte else {}
            m.add_alternative(html, subtype="html", **kw)
    elif html is not None:
        kw = {"cte": html_cte} if html_cte else {}
        m.set_content(html, subtype="html", **kw)
    if cal is not None:
        # bytes keep the CRLF line endings of the hand-built iCalendar text (base64 transfer encoding)
        kw = {"cte": cal_cte or "base64", "params": {"method": cal_method, "charset": "UTF-8"}}
        if text is None and html is None:
            m.set_content(cal.encode("utf-8"), "text", "calendar", **kw)
        else:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal.encode("utf-8"), "text", "calendar", **kw)
    for fname, data in attach:
        if fname.endswith(".ics"):
            m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
        else:
            m.add_attachment(data.encode("utf-8"), maintype="text", subtype="plain", filename=fname)
    seed = hashlib.md5((subject + date.isoformat()).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"00000000{seed[i:i + 12]}{i:02d}{seed[-6:]}")
    return bytes(m)


def gcal_event(eid, summary, start, end, tzname, organizer, attendees, self_email, description="",
               seq=0, status="confirmed", created=None, location=None):
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{3100000000000000 + seq * 1111 + start.day}\"",
        "id": eid,
        "status": status,
        "htmlLink": f"https://calendar.example/event?eid={eid}",
        "created": (created or start - timedelta(days=7)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created or start - timedelta(days=7)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": summary,
        "description": description,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tzname},
        "end": {"dateTime": end.isoformat(), "timeZone": tzname},
        "iCalUID": f"{eid}@calendar.example",
        "sequence": seq,
        "attendees": [],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    if location:
        ev["location"] = location
    for a in attendees:
        d = {"email": a[1], "displayName": a[0], "responseStatus": a[2] if len(a) > 2 else "needsAction"}
        if a[1] == organizer[1]:
            d["organizer"] = True
        if a[1] == self_email:
            d["self"] = True
            d.pop("displayName", None)
        ev["attendees"].append(d)
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


CASES = {}
LABELS = {}


def case(cid, user, items, interviews, difficulty, category, notes, source="synthetic"):
    CASES[cid] = items
    LABELS[cid] = {
        "user": user,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": source,
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


APPLE = (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),)
TBIRD = (("User-Agent", "Mozilla Thunderbird"),)
OUTLOOK = (("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"))


# ======================================================================= POSITIVES
# ---- 01 Pinpoint: screen (no time) -> technical -> final, one long thread across weeks (London, BST edge)
def c01():
    U = "noor.haddad@example.com"
    FH = "fernhollow.example"
    hattie = f"hattie.brennan@{FH}"
    owen = f"owen.pryce@{FH}"
    priy = f"priyanka.sethi@{FH}"
    tom = f"tom.aske@{FH}"
    sig = ("Hattie Brennan\nTalent Partner | Fernhollow Outdoor\n+44 117 496 0321\n"
           "4 Harbourside Quay, Bristol BS1 5TY")
    tech_s, tech_e = T("LON", 2026, 3, 10, 14, 0), T("LON", 2026, 3, 10, 15, 15)
    fin_s, fin_e = T("LON", 2026, 4, 1, 11, 0), T("LON", 2026, 4, 1, 12, 0)
    items = {}
    items["01-pinpoint-application-received.eml"] = mail(
        U, "Fernhollow Outdoor <no-reply@pinpointhq.example>", U,
        "Thanks for applying - Senior Data Engineer", T("LON", 2026, 2, 20, 9, 12),
        html=("<html><body><p>Hi Noor,</p><p>Thank you for applying for the <b>Senior Data Engineer</b> role at "
              "Fernhollow Outdoor. Our team reviews every application personally and we aim to get back to you "
              "within 10 working days.</p><p>You can track your application in your candidate portal.</p>"
              "<p>Fernhollow Outdoor Talent Team</p><p style='font-size:11px;color:#888'>Powered by Pinpoint. "
              "Please do not reply to this email.</p></body></html>"), html_cte="quoted-printable")
    m2 = f"<CAF{'a1b2c3'}hb@mail.{FH}>"
    items["02-hattie-great-to-speak.eml"] = mail(
        U, f"Hattie Brennan <{hattie}>", f"Noor Haddad <{U}>", "Senior Data Engineer - next steps",
        T("LON", 2026, 3, 2, 16, 40), msgid=m2,
        text=("Hi Noor,\n\nGreat to speak with you this morning, and thanks for walking me through the "
              "streaming migration at your current place - that's exactly the kind of thing the team is "
              "wrestling with.\n\nI'm pleased to say we'd like to move you to the technical stage. It's a "
              "75-minute session with Owen Pryce (Lead Data Engineer): roughly half pairing on a small "
              "pipeline problem, half talking through a design. No prep needed beyond having Python set up.\n\n"
              "You'll get a booking link from Pinpoint in a moment - pick whatever suits.\n\n"
              "Best,\n" + sig + "\n"), headers=APPLE)
    ics3 = calendar("-//Pinpoint//Interview Scheduler//EN", "REQUEST", [vevent(
        "pp-int-88213-tech@pinpointhq.example", tech_s, tech_e,
        "Technical interview - Senior Data Engineer - Noor Haddad", ("Hattie Brennan", hattie),
        [("Owen Pryce", owen, "ACCEPTED"), ("Noor Haddad", U)],
        description="Technical interview (pairing + design) with Owen Pryce. Video link: https://meet.fernhollow.example/owen-pryce",
        location="Video call", stamp=T("LON", 2026, 3, 3, 8, 5))])
    items["03-pinpoint-technical-confirmed.eml"] = mail(
        U, "Fernhollow Outdoor <no-reply@pinpointhq.example>", U,
        "Interview confirmed: Technical interview for Senior Data Engineer", T("LON", 2026, 3, 3, 8, 5),
        reply_to=f"Hattie Brennan <{hattie}>",
        text=("Hi Noor,\n\nYour interview is confirmed.\n\nTechnical interview - Senior Data Engineer\n"
              "Tuesday 10 March 2026\n2:00pm - 3:15pm (GMT, London)\nInterviewer: Owen Pryce\n"
              "Where: Video call - https://meet.fernhollow.example/owen-pryce\n\n"
              "Need to change the time? Use the link in your candidate portal or reply to this email to reach "
              "Hattie.\n\nFernhollow Outdoor\nPowered by Pinpoint\n"),
        attach=[("interview.ics", ics3)])
    m4 = f"<CAF{'d4e5f6'}hb@mail.{FH}>"
    items["04-hattie-final-stage.eml"] = mail(
        U, f"Hattie Brennan <{hattie}>", f"Noor Haddad <{U}>", "Re: Senior Data Engineer - next steps",
        T("LON", 2026, 3, 11, 10, 2), msgid=m4, irt=m2, refs=m2, headers=APPLE,
        text=("Hi Noor,\n\nOwen came out of yesterday's session buzzing - great job. We'd love to invite you "
              "to the final stage: a 60-minute conversation at our Bristol office with Priyanka Sethi (CTO) "
              "and Tom Aske (Head of Data), focused on how you work, leadership and our values.\n\n"
              "Could you make Wednesday 1 April? Mornings are best for them - 10 or 11?\n\n"
              "Best,\n" + sig + "\n\n"
              "> On 2 Mar 2026, at 16:40, Hattie Brennan <" + hattie + "> wrote:\n"
              "> Great to speak with you this morning ...\n"))
    m5 = "<7F3A2C0B-91D4-4E5A-8C31-NOORH@example.com>"
    items["05-noor-reply-11am.eml"] = mail(
        U, f"Noor Haddad <{U}>", f"Hattie Brennan <{hattie}>", "Re: Senior Data Engineer - next steps",
        T("LON", 2026, 3, 12, 7, 48), msgid=m5, irt=m4, refs=f"{m2} {m4}", headers=APPLE,
        text=("Morning Hattie,\n\nThat's brilliant news, thank you! Wednesday 1 April is good - 11 would be "
              "easier than 10 as I'm coming in on the train from Cardiff.\n\nNoor\n\n"
              "> On 11 Mar 2026, at 10:02, Hattie Brennan <" + hattie + "> wrote:\n>\n"
              "> Could you make Wednesday 1 April? Mornings are best for them - 10 or 11?\n"))
    ics6 = calendar("-//Pinpoint//Interview Scheduler//EN", "REQUEST", [vevent(
        "pp-int-88213-final@pinpointhq.example", fin_s, fin_e,
        "Final interview - Senior Data Engineer - Noor Haddad", ("Hattie Brennan", hattie),
        [("Priyanka Sethi", priy, "ACCEPTED"), ("Tom Aske", tom, "ACCEPTED"), ("Noor Haddad", U)],
        description="Final stage with Priyanka Sethi (CTO) and Tom Aske (Head of Data). Ask for Hattie at reception.",
        location="Fernhollow Outdoor, 4 Harbourside Quay, Bristol BS1 5TY", stamp=T("LON", 2026, 3, 12, 9, 30))])
    items["06-pinpoint-final-confirmed.eml"] = mail(
        U, "Fernhollow Outdoor <no-reply@pinpointhq.example>", U,
        "Interview confirmed: Final interview for Senior Data Engineer", T("LON", 2026, 3, 12, 9, 30),
        reply_to=f"Hattie Brennan <{hattie}>",
        text=("Hi Noor,\n\nYour interview is confirmed.\n\nFinal interview - Senior Data Engineer\n"
              "Wednesday 1 April 2026\n11:00am - 12:00pm (BST, London)\n"
              "Interviewers: Priyanka Sethi, Tom Aske\n"
              "Where: 4 Harbourside Quay, Bristol BS1 5TY (ask for Hattie at reception)\n\n"
              "Note: UK clocks go forward on Sunday 29 March.\n\nFernhollow Outdoor\nPowered by Pinpoint\n"),
        attach=[("interview.ics", ics6)])
    ivs = [iv("Fernhollow Outdoor", "Senior Data Engineer", tech_s, tech_e, "scheduled", [owen], [owen], "technical"),
           iv("Fernhollow Outdoor", "Senior Data Engineer", fin_s, fin_e, "scheduled", [priy, tom], [priy, tom], "onsite")]
    case("b15-01-pinpoint-screen-technical-final-thread", U, items, ivs, "hard", "positive/multi-stage-thread",
         "Pinpoint thread over six weeks: application receipt (noise), screen referenced without a time (not "
         "labelled), technical (GMT) and final panel after the UK clock change (BST). Two interviews.")


# ---- 02 BambooHR: moved twice, final state wins (Denver, after US DST)
def c02():
    U = "caleb.winters@mail.example"
    CU = "copperlinecu.example"
    alana = f"alana.reyes@{CU}"
    mari = f"marisol.dunn@{CU}"
    s, e = T("DEN", 2026, 3, 12, 15, 30), T("DEN", 2026, 3, 12, 16, 15)
    items = {}
    m1 = "<bamboohr.7731.ats.msg.20260302@bamboohr.example>"
    items["01-bamboohr-interview-request.eml"] = mail(
        U, "Marisol Dunn (Copperline Credit Union) <notifications@bamboohr.example>", U,
        "Interview for Member Services Team Lead - Copperline Credit Union", T("DEN", 2026, 3, 2, 13, 15),
        msgid=m1, reply_to=f"Marisol Dunn <{mari}>",
        html=("<html><body style='font-family:Arial'><p>Hi Caleb,</p>"
              "<p>Thank you for your interest in the <strong>Member Services Team Lead</strong> position. We'd like "
              "to invite you to an in-person interview with Alana Reyes, our Branch Operations Manager.</p>"
              "<p><b>When:</b> Monday, March 9, 10:00 AM (Mountain)<br><b>Length:</b> about 45 minutes<br>"
              "<b>Where:</b> Lakewood branch, 7400 W Colfax Ave, Lakewood, CO</p>"
              "<p>Please reply to confirm. Bring a photo ID for the front desk.</p>"
              "<p>Thanks,<br>Marisol Dunn<br>HR Generalist, Copperline Credit Union<br>(303) 555-0174</p>"
              "<hr><p style='font-size:10px;color:#999'>Sent via BambooHR on behalf of Copperline Credit Union.</p>"
              "</body></html>"), html_cte="base64")
    items["02-newsletter-interview-questions.eml"] = mail(
        U, "CareerCompass Weekly <hello@careercompass.example>", U,
        "7 interview questions credit unions always ask (and how to answer)", T("DEN", 2026, 3, 4, 6, 0),
        html=("<html><body><h2>This week: nail the behavioural interview</h2><p>Preparing for an interview at "
              "a bank or credit union? Here are the seven questions hiring managers ask most, plus a free "
              "webinar on Thursday at 6pm MT.</p><p><a href='https://careercompass.example/u'>Unsubscribe</a></p>"
              "</body></html>"))
    m3 = "<CAMd0nn.move1@mail.copperlinecu.example>"
    items["03-marisol-move-to-wednesday.eml"] = mail(
        U, f"Marisol Dunn <{mari}>", f"Caleb Winters <{U}>", "Re: Interview for Member Services Team Lead",
        T("DEN", 2026, 3, 5, 9, 41), msgid=m3, irt=m1, refs=m1,
        text=("Hi Caleb,\n\nAlana has a conflict on Monday morning, unfortunately. Could we move your interview "
              "to Wednesday 3/11 at 1 pm? Same location, same length.\n\nSorry for the shuffle!\nMarisol\n\n"
              "On Thu, Mar 5, 2026 at 8:02 AM Caleb Winters <" + U + "> wrote:\n"
              "> Hi Marisol, confirming Monday at 10. Looking forward to it.\n"))
    m4 = "<CAAr3yes.move2@mail.copperlinecu.example>"
    items["04-alana-move-again-thursday.eml"] = mail(
        U, f"Alana Reyes <{alana}>", f"Caleb Winters <{U}>", "Re: Interview for Member Services Team Lead",
        T("DEN", 2026, 3, 10, 8, 17), msgid=m4, irt=m3, refs=f"{m1} {m3}", cc=f"Marisol Dunn <{mari}>",
        text=("Hi Caleb,\n\nI'm so sorry to do this twice - our examiners are in the branch all day tomorrow. "
              "Could we push to Thursday the 12th at 3:30? Still about 45 minutes, still at Lakewood. "
              "I'll send a calendar hold now; just tell me if it doesn't work.\n\n"
              "Alana Reyes\nBranch Operations Manager\nCopperline Credit Union\n"
              "7400 W Colfax Ave, Lakewood, CO 80214 | 303-555-0117\n\n"
              "> Could we move your interview to Wednesday 3/11 at 1 pm?\n"))
    items["05-calendar-hold-thursday.gcal.json"] = gcal_event(
        "c0pp3rl1n3alana0312", "Interview: Caleb Winters - Member Services Team Lead", s, e, "America/Denver",
        ("Alana Reyes", alana), [("Alana Reyes", alana, "accepted"), ("Marisol Dunn", mari, "accepted"),
                                 ("Caleb Winters", U, "accepted")], U,
        description="Moved from Mon 3/9 and Wed 3/11. In person, Lakewood branch.", seq=2,
        created=T("DEN", 2026, 3, 2, 13, 20), location="Copperline CU Lakewood, 7400 W Colfax Ave").encode()
    ivs = [iv("Copperline Credit Union", "Member Services Team Lead", s, e, "scheduled", [alana], [alana], "hiring_manager")]
    case("b15-02-bamboohr-moved-twice-denver", U, items, ivs, "hard", "positive/reschedule-chain",
         "BambooHR invite (HTML base64) Mon 3/9 10:00, moved to Wed 3/11 1pm, then to Thu 3/12 3:30pm (MDT, "
         "after US DST); newsletter noise; Calendar API event sequence 2 confirms final state.")


# ---- 03 Breezy HR: scheduled then cancelled (Chicago)
def c03():
    U = "tessa.lindqvist@example.com"
    TB = "tidewaterbrewing.example"
    dana = f"dana.whitcomb@{TB}"
    s, e = T("CHI", 2026, 2, 18, 11, 0), T("CHI", 2026, 2, 18, 11, 45)
    tz = vtimezone("America/Chicago", "America/Chicago", dst_rules=US_RULES)
    uid = "breezy-5f1c2a9e-intv-77@breezy.example"
    ev = vevent(uid, s, e, "Video Interview: Tessa Lindqvist - Brand Marketing Manager", ("Dana Whitcomb", dana),
                [("Dana Whitcomb", dana, "ACCEPTED"), ("Tessa Lindqvist", U)],
                description="Video interview via Google Meet: https://meet.tidewater.example/brand-mgr",
                location="Google Meet", tzid="America/Chicago", stamp=T("CHI", 2026, 2, 10, 15, 3))
    items = {}
    items["01-breezy-interview-scheduled.eml"] = mail(
        U, "Tidewater Brewing Co. <tidewater-brewing-co@messaging.breezy.example>", U,
        "Interview Scheduled: Brand Marketing Manager at Tidewater Brewing Co.", T("CHI", 2026, 2, 10, 15, 3),
        reply_to=f"Dana Whitcomb <{dana}>",
        text=("Hi Tessa,\n\nThanks for taking the time to pick a slot! Here are the details of your video "
              "interview:\n\n  Position:  Brand Marketing Manager\n  With:      Dana Whitcomb, VP Marketing\n"
              "  Date:      Wednesday, February 18, 2026\n  Time:      11:00 AM - 11:45 AM CST\n"
              "  Where:     Google Meet (link in the attached invite)\n\n"
              "If you need to reschedule, just reply to this email.\n\nCheers,\nDana\n\n--\n"
              "Tidewater Brewing Co. | 2211 N Elston Ave, Chicago, IL 60614\nSent with Breezy HR\n"),
        cte="quoted-printable", attach=[("invite.ics", calendar("-//Breezy HR//Calendar//EN", "REQUEST", [ev], [tz]))])
    evc = vevent(uid, s, e, "Cancelled: Video Interview: Tessa Lindqvist - Brand Marketing Manager",
                 ("Dana Whitcomb", dana), [("Tessa Lindqvist", U)], location="Google Meet", seq=1,
                 status="CANCELLED", tzid="America/Chicago", stamp=T("CHI", 2026, 2, 16, 17, 22))
    items["02-breezy-interview-cancelled.eml"] = mail(
        U, "Tidewater Brewing Co. <tidewater-brewing-co@messaging.breezy.example>", U,
        "Interview Cancelled: Brand Marketing Manager at Tidewater Brewing Co.", T("CHI", 2026, 2, 16, 17, 22),
        reply_to=f"Dana Whitcomb <{dana}>",
        text=("Hi Tessa,\n\nI'm really sorry, but I have to cancel our interview on Wednesday (Feb 18, 11:00 AM). "
              "We've just found out the Brand Marketing Manager role is on hold until after our spring "
              "distribution deal closes. I didn't want you to spend time preparing for a conversation we "
              "can't follow through on right now.\n\nI'll reach out personally if the role reopens - and I "
              "hope it does.\n\nDana Whitcomb\nVP Marketing, Tidewater Brewing Co.\n"),
        attach=[("cancel.ics", calendar("-//Breezy HR//Calendar//EN", "CANCEL", [evc], [tz]))])
    ivs = [iv("Tidewater Brewing Co.", "Brand Marketing Manager", s, e, "cancelled", [dana], [dana], "hiring_manager")]
    case("b15-03-breezy-video-interview-cancelled", U, items, ivs, "medium", "positive/cancellation",
         "Breezy HR scheduled mail + .ics (TZID America/Chicago) then cancellation mail with METHOD:CANCEL; "
         "only a cancelled interview.")


# ---- 04 JazzHR: cancelled, re-booked as a NEW event (Exchange)
def c04():
    U = "marcus.oyelaran@mail.example"
    BW = "bramblewood.example"
    gwen = f"gwen.alder@{BW}"
    s1, e1 = T("NY", 2026, 2, 17, 9, 0), T("NY", 2026, 2, 17, 10, 0)
    s2, e2 = T("NY", 2026, 2, 19, 11, 30), T("NY", 2026, 2, 19, 12, 30)
    items = {}
    tz_ny = vtimezone("America/New_York", "America/New_York", dst_rules=US_RULES)
    ev1 = vevent("jazzhr-evt-30419277@jazzhr.example", s1, e1, "Interview - Staff Accountant - Marcus Oyelaran",
                 ("Gwen Alder", gwen), [("Gwen Alder", gwen, "ACCEPTED"), ("Marcus Oyelaran", U)],
                 description="Microsoft Teams interview with Gwen Alder, Controller.", location="Microsoft Teams",
                 tzid="America/New_York", stamp=T("NY", 2026, 2, 9, 14, 0))
    items["01-jazzhr-interview-invitation.eml"] = mail(
        U, "Bramblewood Senior Living <notifications@jazzhr.example>", U,
        "Interview Invitation - Staff Accountant", T("NY", 2026, 2, 9, 14, 0), reply_to=f"Gwen Alder <{gwen}>",
        text=("Dear Marcus,\n\nThank you for applying for the Staff Accountant position with Bramblewood Senior "
              "Living. We would like to schedule an interview with you.\n\nDate: Tuesday, February 17, 2026\n"
              "Time: 9:00 AM Eastern (1 hour)\nFormat: Microsoft Teams video call\nInterviewer: Gwen Alder, "
              "Controller\n\nA calendar invitation is attached. Please reply to this message if you have any "
              "questions.\n\nSincerely,\nBramblewood Senior Living Human Resources\n\n"
              "This message was sent from JazzHR. Replies go to the hiring team.\n"),
        attach=[("Interview.ics", calendar("-//JazzHR//Interview//EN", "REQUEST", [ev1], [tz_ny]))])
    est = vtimezone("Eastern Standard Time", "America/New_York", dst_rules=US_RULES)
    evc = vevent("jazzhr-evt-30419277@jazzhr.example", s1, e1, "Canceled: Interview - Staff Accountant - Marcus Oyelaran",
                 ("Gwen Alder", gwen), [("Marcus Oyelaran", U)], location="Microsoft Teams", seq=1,
                 status="CANCELLED", tzid="Eastern Standard Time", stamp=T("NY", 2026, 2, 13, 16, 45),
                 extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"])
    items["02-outlook-canceled.eml"] = mail(
        U, f"Gwen Alder <{gwen}>", f"Marcus Oyelaran <{U}>",
        "Canceled: Interview - Staff Accountant - Marcus Oyelaran", T("NY", 2026, 2, 13, 16, 45),
        headers=OUTLOOK + (("Thread-Topic", "Interview - Staff Accountant - Marcus Oyelaran"),
                           ("Content-class", "urn:content-classes:calendarmessage")),
        text=("Hi Marcus,\n\nI have to cancel Tuesday morning - our auditors moved their fieldwork up and I'll be "
              "tied up all day. Apologies for the short notice. I'll send a new invite for later in the week.\n\n"
              "Gwen\n"),
        cal=calendar("Microsoft Exchange Server 2010", "CANCEL", [evc], [est]), cal_method="CANCEL", cal_cte="base64")
    ev2 = vevent("040000008200E00074C5B7101A82E00800000000B0A1F2C3D4E5DC01000000000000000010000000AB12CD34",
                 s2, e2, "Interview - Staff Accountant - Marcus Oyelaran (new time)", ("Gwen Alder", gwen),
                 [("Marcus Oyelaran", U)], description="New time. Teams link below.\nJoin: https://teams.example/l/meetup-join/19%3a88",
                 location="Microsoft Teams Meeting", tzid="Eastern Standard Time", stamp=T("NY", 2026, 2, 13, 16, 58),
                 extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    items["03-outlook-new-invite-thursday.eml"] = mail(
        U, f"Gwen Alder <{gwen}>", f"Marcus Oyelaran <{U}>",
        "Interview - Staff Accountant - Marcus Oyelaran (new time)", T("NY", 2026, 2, 13, 16, 58),
        headers=OUTLOOK + (("Content-class", "urn:content-classes:calendarmessage"),),
        text=("When: Thursday, February 19, 2026 11:30 AM-12:30 PM (UTC-05:00) Eastern Time (US & Canada).\n"
              "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nMarcus - here's the new time. Same format "
              "as before: an hour with me, mostly about month-end close and your reconciliations experience.\n\n"
              "Gwen Alder, CPA\nController | Bramblewood Senior Living\n(914) 555-0163\n"
              "________________________________________________________________________________\n"
              "Microsoft Teams meeting\nJoin: https://teams.example/l/meetup-join/19%3a88\nMeeting ID: 281 447 903 112\n"),
        cte="quoted-printable",
        cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev2], [est]), cal_cte="base64")
    ivs = [iv("Bramblewood Senior Living", "Staff Accountant", s1, e1, "cancelled", [gwen], [gwen], "hiring_manager"),
           iv("Bramblewood Senior Living", "Staff Accountant", s2, e2, "scheduled", [gwen], [gwen], "hiring_manager")]
    case("b15-04-jazzhr-cancelled-rebooked-new-event", U, items, ivs, "hard", "positive/cancel-rebook",
         "JazzHR invite Tue 2/17 9am ET; Exchange METHOD:CANCEL on the same UID; new Exchange invite with a new "
         "UID Thu 2/19 11:30 -> one cancelled + one scheduled entry.")


# ---- 05 Rippling: onsite loop in Sydney after DST ends (mail sent in AEDT)
def c05():
    U = "grace.tupou@example.com"
    KA = "kookaburra-analytics.example"
    mia = f"mia.fonoti@{KA}"
    raj, ellie, tomn = f"raj.patel@{KA}", f"ellie.burke@{KA}", f"tom.nguyen@{KA}"
    d = (2026, 4, 7)
    sessions = [(T("SYD", *d, 9, 30), T("SYD", *d, 10, 15), "Coding (pairing)", "Raj Patel", raj),
                (T("SYD", *d, 10, 15), T("SYD", *d, 11, 0), "Frontend system design", "Ellie Burke", ellie),
                (T("SYD", *d, 12, 0), T("SYD", *d, 12, 45), "Hiring manager conversation", "Tom Nguyen", tomn)]
    items = {}
    items["01-jobnest-alert.eml"] = mail(
        U, "JobNest Alerts <alerts@jobnest.example>", U, "12 new Senior Frontend Engineer jobs in Sydney NSW",
        T("SYD", 2026, 3, 27, 7, 0),
        html=("<html><body><h3>New jobs matching your alert</h3><ul><li>Senior Frontend Engineer - Kookaburra "
              "Analytics - Pyrmont NSW</li><li>Frontend Developer - Brightwattle - Surry Hills</li><li>Lead UI "
              "Engineer - Cassowary Pay - Sydney CBD</li></ul><p>Interviewing soon? Read our guide to panel "
              "interviews.</p></body></html>"))
    rows = "".join(f"<tr><td>{a.strftime('%I:%M %p').lstrip('0')} - {b.strftime('%I:%M %p').lstrip('0')}</td>"
                   f"<td>{t}</td><td>{n} &lt;{em}&gt;</td></tr>" for a, b, t, n, em in sessions)
    rows = rows.replace("</tr><tr><td>12:00", "</tr><tr><td>11:00 AM - 12:00 PM</td><td>Lunch with the team "
                        "(informal)</td><td>-</td></tr><tr><td>12:00")
    html = ("<html><body style='font-family:Helvetica,Arial'><p>Hi Grace,</p><p>We're excited to host you for "
            "your onsite interview for the <b>Senior Frontend Engineer</b> role! Here's your schedule for "
            "<b>Tuesday 7 April 2026</b> (all times AEST, UTC+10 &mdash; heads up, daylight saving ends this "
            "Sunday 5 April).</p><table border='1' cellpadding='6'><tr><th>Time</th><th>Session</th>"
            "<th>Interviewer</th></tr>" + rows + "</table>"
            "<p><b>Location:</b> Kookaburra Analytics, Level 12, 100 Harris St, Pyrmont NSW 2009. Please arrive "
            "10 minutes early and ask reception for Mia.</p><p>Any questions, just reply here.</p>"
            "<p>Mia Fonoti<br>Recruiting Coordinator, Kookaburra Analytics<br>+61 2 5550 1934</p>"
            "<p style='font-size:10px;color:#999'>Sent with Rippling Recruiting</p></body></html>")
    items["02-rippling-onsite-schedule.eml"] = mail(
        U, "Kookaburra Analytics Recruiting <recruiting-noreply@rippling.example>", U,
        "Your onsite interview schedule - Senior Frontend Engineer", T("SYD", 2026, 4, 1, 10, 5),
        reply_to=f"Mia Fonoti <{mia}>", html=html, html_cte="base64")
    tz = vtimezone("Australia/Sydney", "Australia/Sydney", dst_rules=SYD_RULES)
    ev = vevent("rippling-onsite-4471-grace@rippling.example", sessions[0][0], sessions[-1][1],
                "Onsite interview - Senior Frontend Engineer - Grace Tupou", ("Mia Fonoti", mia),
                [("Raj Patel", raj), ("Ellie Burke", ellie), ("Tom Nguyen", tomn), ("Grace Tupou", U)],
                description=("9:30 Coding (Raj Patel)\n10:15 Frontend system design (Ellie Burke)\n11:00 Lunch "
                             "with the team\n12:00 Hiring manager (Tom Nguyen)"),
                location="Level 12, 100 Harris St, Pyrmont NSW 2009", tzid="Australia/Sydney",
                stamp=T("SYD", 2026, 4, 1, 10, 5))
    items["03-onsite-hold.ics"] = calendar("-//Rippling//Recruiting Scheduler//EN", "PUBLISH", [ev], [tz]).encode()
    items["04-uber-eats-receipt.eml"] = mail(
        U, "Uber Eats <receipts@ubereats.example>", U, "Your Tuesday lunch order", T("SYD", 2026, 4, 1, 12, 44),
        text="Thanks for ordering, Grace.\nTotal: A$23.40\nPoke bowl x1\nDelivered to: 14 Darling Dr, Pyrmont\n")
    ivs = [iv("Kookaburra Analytics", "Senior Frontend Engineer", sessions[0][0], sessions[-1][1], "scheduled",
              [raj, ellie, tomn], [raj, ellie, tomn], "onsite")]
    case("b15-05-rippling-onsite-loop-sydney-dst", U, items, ivs, "hard", "positive/onsite-loop",
         "Rippling HTML-only (base64) itinerary sent in AEDT for a loop on 7 Apr (AEST after DST end): 9:30-12:45 "
         "with lunch, three interviewers; standalone .ics hold; job alert and food receipt as noise.")


# ---- 06 Agency recruiter + Dover scheduling, client employer is the company ("PST" in PDT)
def c06():
    U = "devin.achterberg@mail.example"
    HT = "harbingertalent.example"
    corinne = f"corinne.vale@{HT}"
    felix = "felix.ordonez@sablefin.example"
    s, e = T("LA", 2026, 3, 12, 16, 30), T("LA", 2026, 3, 12, 17, 15)
    sig = ("Corinne Vale\nSenior Technical Recruiter | Harbinger Talent Partners\nm: +1 (415) 555-0182\n"
           "535 Mission St, 14th Floor, San Francisco, CA 94105\n")
    items = {}
    m1 = "<BY5PR02MB6612CV01@BY5PR02MB6612.namprd02.prod.outlook.example>"
    items["01-corinne-sablefin-intro.eml"] = mail(
        U, f"Corinne Vale <{corinne}>", f"Devin Achterberg <{U}>",
        "Sablefin Robotics - Embedded SW (Motor Control) - they want to talk!", T("LA", 2026, 3, 4, 11, 20),
        msgid=m1, headers=OUTLOOK,
        text=("Hi Devin,\n\nGood news - I sent your profile over to my client Sablefin Robotics on Monday and "
              "their CTO, Felix Ordonez, wants to do a 45-minute technical conversation for the Embedded "
              "Software Engineer (Motor Control) role. Expect FOC, RTOS scheduling, and some questions on the "
              "CAN stack you built.\n\nThey use Dover for scheduling, so you'll get an email from them with "
              "times. Grab whatever works and let me know once you've booked.\n\nAs discussed, our fee is paid "
              "by the client - nothing for you to worry about there.\n\n" + sig))
    tz = vtimezone("America/Los_Angeles", "America/Los_Angeles", dst_rules=US_RULES)
    ev = vevent("dover-intv-9c14e2b7@dover.example", s, e, "Sablefin Robotics <> Devin Achterberg - Technical Interview",
                ("Felix Ordonez", felix), [("Felix Ordonez", felix, "ACCEPTED"), ("Devin Achterberg", U)],
                description="Technical interview for Embedded Software Engineer (Motor Control).\nZoom: https://zoom.example/j/8841920033",
                location="https://zoom.example/j/8841920033", tzid="America/Los_Angeles",
                stamp=T("LA", 2026, 3, 5, 9, 2))
    items["02-dover-interview-confirmed.eml"] = mail(
        U, "Sablefin Robotics via Dover <scheduling@dover.example>", U,
        "Confirmed: Technical Interview with Sablefin Robotics", T("LA", 2026, 3, 5, 9, 2),
        text=("Hi Devin,\n\nYou're all set! Here are the details for your upcoming interview with Sablefin "
              "Robotics.\n\nRole: Embedded Software Engineer (Motor Control)\nInterview: Technical Interview\n"
              "Interviewer: Felix Ordonez (CTO)\nWhen: Thu, Mar 12, 2026 4:30 PM - 5:15 PM (Pacific Time - Los "
              "Angeles)\nWhere: Zoom - https://zoom.example/j/8841920033\n\nNeed to reschedule? "
              "https://app.dover.example/reschedule/9c14e2b7\n\nGood luck!\nThe Dover team, on behalf of Sablefin "
              "Robotics\n"),
        html=("<html><body><p>Hi Devin,</p><p>You're all set! Here are the details for your upcoming interview "
              "with <b>Sablefin Robotics</b>.</p><p>Role: Embedded Software Engineer (Motor Control)<br>Interview: "
              "Technical Interview<br>Interviewer: Felix Ordonez (CTO)<br>When: Thu, Mar 12, 2026 4:30 PM - "
              "5:15 PM (Pacific Time - Los Angeles)<br>Where: <a href='https://zoom.example/j/8841920033'>Zoom</a>"
              "</p><p>Good luck!<br>The Dover team, on behalf of Sablefin Robotics</p></body></html>"),
        html_cte="quoted-printable",
        attach=[("invite.ics", calendar("-//Dover//Scheduling//EN", "REQUEST", [ev], [tz]))])
    items["03-corinne-prep-reminder.eml"] = mail(
        U, f"Corinne Vale <{corinne}>", f"Devin Achterberg <{U}>",
        "RE: Sablefin Robotics - Embedded SW (Motor Control) - they want to talk!", T("LA", 2026, 3, 11, 15, 5),
        irt=m1, refs=m1, headers=OUTLOOK,
        text=("Hey Devin - quick prep note for tomorrow, Thu 3/12 @ 4:30p PST with Felix.\n\n"
              "- He'll open with the motor-control project, keep it to ~5 min\n- Have a question ready about "
              "their gimbal roadmap\n- Comp hasn't come up yet; if he asks, point him to me\n\n"
              "Call me after? I'm around till 7.\n\n" + sig +
              "\n-----Original Message-----\nFrom: Devin Achterberg <" + U + ">\nSent: Thursday, March 5, 2026 "
              "9:14 AM\nSubject: RE: Sablefin Robotics\n\nBooked for next Thursday afternoon via Dover!\n"))
    ivs = [iv("Sablefin Robotics", "Embedded Software Engineer (Motor Control)", s, e, "scheduled", [felix], [felix],
              "technical")]
    case("b15-06-dover-agency-recruiter-client-employer", U, items, ivs, "hard", "positive/agency-recruiter",
         "Agency recruiter (Harbinger) introduces client Sablefin; Dover confirmation + .ics (TZID LA); recruiter "
         "writes 'Thu 3/12 @ 4:30p PST' although it is PDT (after Mar 8). Company = client, interviewer = CTO.")


# ---- 07 Wellfound message -> SavvyCal booking with founder (Lisbon, after EU DST)
def c07():
    U = "ines.carvalho@example.com"
    hen = "henrik@quokkaledger.example"
    s, e = T("LIS", 2026, 4, 1, 16, 0), T("LIS", 2026, 4, 1, 16, 30)
    items = {}
    items["01-wellfound-new-message.eml"] = mail(
        U, "Wellfound <notifications@wellfound.example>", U, "New message from Henrik Aalto at Quokka Ledger",
        T("LIS", 2026, 3, 24, 18, 31),
        html=("<html><body><p><b>Henrik Aalto</b> (Co-founder &amp; CEO, Quokka Ledger) sent you a message about "
              "<b>Founding Growth Marketer</b>:</p><blockquote>Hi In&ecirc;s &mdash; thanks for applying! Loved the "
              "teardown you wrote on B2B onboarding. First step in our process is a 30 min intro call with me. "
              "Grab a slot that suits you: https://savvycal.example/henrik/quokka-intro &mdash; evenings your time "
              "are totally fine.</blockquote><p><a href='https://wellfound.example/messages/22810'>Reply on "
              "Wellfound</a></p><p style='font-size:11px'>You're receiving this because you applied to a job on "
              "Wellfound. Please don't reply to this email.</p></body></html>"), html_cte="quoted-printable")
    ev = vevent("savvycal-evt-6Qw2dXk@savvycal.example", s, e, "Quokka Ledger intro: Henrik Aalto & Inês Carvalho",
                ("Henrik Aalto", hen), [("Henrik Aalto", hen, "ACCEPTED"), ("Inês Carvalho", U, "ACCEPTED")],
                description="Founding Growth Marketer - intro call.\nGoogle Meet: https://meet.example/qld-hxa-iva",
                location="https://meet.example/qld-hxa-iva", stamp=T("LIS", 2026, 3, 25, 8, 12))
    items["02-savvycal-confirmed.eml"] = mail(
        U, "SavvyCal <notifications@savvycal.example>", f"Inês Carvalho <{U}>",
        "Confirmed: Quokka Ledger intro (Henrik Aalto & Inês Carvalho)", T("LIS", 2026, 3, 25, 8, 12),
        reply_to=f"Henrik Aalto <{hen}>",
        text=("Your meeting is scheduled.\n\nQuokka Ledger intro\nWednesday, April 1, 2026\n4:00pm - 4:30pm "
              "(Western European Summer Time)\n\nWith: Henrik Aalto <" + hen + ">\nLocation: Google Meet - "
              "https://meet.example/qld-hxa-iva\n\nNotes from Henrik: Founding Growth Marketer - intro call, "
              "first step of our interview process. I'll be in Berlin, so it's 5pm for me.\n\n"
              "Reschedule or cancel: https://savvycal.example/manage/6Qw2dXk\n\nPowered by SavvyCal\n"),
        cte="base64", attach=[("event.ics", calendar("-//SavvyCal//EN", "REQUEST", [ev]))])
    ivs = [iv("Quokka Ledger", "Founding Growth Marketer", s, e, "scheduled", [hen], [hen], "hiring_manager")]
    case("b15-07-wellfound-founder-intro-savvycal-lisbon", U, items, ivs, "medium", "positive/scheduling-vendor",
         "Wellfound relayed founder message (availability link) then SavvyCal confirmation (base64 text, UTC .ics) "
         "for 1 Apr 16:00 Lisbon (WEST, after Mar 29) = 17:00 Berlin.")


# ---- 08 Handshake -> HireVue LIVE interview (positive)
def c08():
    U = "jaylen.moody@mail.example"
    rash = "rashida.okonjo@meridale.example"
    s, e = T("NY", 2026, 2, 24, 15, 0), T("NY", 2026, 2, 24, 15, 30)
    items = {}
    items["01-handshake-invited-to-interview.eml"] = mail(
        U, "Handshake <notifications@joinhandshake.example>", U,
        "Meridale Insurance Group invited you to interview!", T("NY", 2026, 2, 12, 10, 14),
        html=("<html><body><p>Congrats, Jaylen!</p><p><b>Meridale Insurance Group</b> invited you to interview for "
              "<b>Actuarial Analyst Intern (Summer 2026)</b>.</p><p>Interview type: Virtual - HireVue Live<br>"
              "Length: 30 minutes</p><p><a href='https://app.joinhandshake.example/interviews/5521'>Choose a "
              "time</a> before Feb 16.</p><p>Questions? Contact Rashida Okonjo, Campus Recruiting, at "
              "rashida.okonjo@meridale.example.</p></body></html>"))
    items["02-handshake-interview-confirmed.eml"] = mail(
        U, "Handshake <notifications@joinhandshake.example>", U,
        "Your interview with Meridale Insurance Group is confirmed", T("NY", 2026, 2, 13, 21, 3),
        text=("Hi Jaylen,\n\nYou signed up for an interview slot.\n\nEmployer: Meridale Insurance Group\n"
              "Position: Actuarial Analyst Intern (Summer 2026)\nDate: Tuesday, February 24, 2026\n"
              "Time: 3:00 PM - 3:30 PM EST\nLocation: Virtual (HireVue Live - the employer will send your link)\n\n"
              "Add it to your calendar and good luck!\n- Handshake\n"))
    ev = vevent("hv-live-0f8a21c3d9@hirevue.example", s, e, "Meridale Insurance Group - Live Interview",
                ("Meridale Insurance Group", "noreply@hirevue.example"), [("Jaylen Moody", U)],
                description="Join your HireVue live interview: https://meridale.hirevue.example/live/0f8a21c3d9",
                location="https://meridale.hirevue.example/live/0f8a21c3d9", stamp=T("NY", 2026, 2, 20, 9, 30))
    items["03-hirevue-live-interview-scheduled.eml"] = mail(
        U, "Meridale Insurance Group <noreply@hirevue.example>", U,
        "Live Interview Scheduled - Actuarial Analyst Intern (Summer 2026)", T("NY", 2026, 2, 20, 9, 30),
        html=("<html><body><p>Dear Jaylen Moody,</p><p>Your <b>live video interview</b> with Colette Barnaby, "
              "Actuarial Manager, has been scheduled for:</p><p><b>Tuesday, February 24, 2026<br>3:00 PM - 3:30 PM "
              "(GMT-05:00) Eastern Time</b></p><p>This is a real-time conversation, not a recorded interview. "
              "Please join from a laptop with a working camera 5 minutes early using the button below.</p>"
              "<p><a href='https://meridale.hirevue.example/live/0f8a21c3d9'>Join Interview</a></p><p>If you need "
              "to reschedule, contact Rashida Okonjo at rashida.okonjo@meridale.example.</p><p>Meridale Insurance "
              "Group Campus Recruiting</p><p style='font-size:10px'>Powered by HireVue. This mailbox is not "
              "monitored.</p></body></html>"), html_cte="quoted-printable",
        attach=[("LiveInterview.ics", calendar("-//HireVue//Live Interview//EN", "REQUEST", [ev]))])
    ivs = [iv("Meridale Insurance Group", "Actuarial Analyst Intern (Summer 2026)", s, e, "scheduled", [], [rash],
              "phone_screen")]
    case("b15-08-handshake-hirevue-live-interview", U, items, ivs, "medium", "positive/hirevue-live",
         "Handshake invite (slot picker), Handshake confirmation and HireVue LIVE (real-time) scheduled mail + "
         ".ics from noreply; interviewer has no address -> follow-up to campus recruiter given in the text.")


# ---- 09 Indeed interview scheduling, phone interview, Phoenix (no DST)
def c09():
    U = "rosa.quintero@example.com"
    hector = "hector.villanueva@palletpeak.example"
    s, e = T("PHX", 2026, 3, 6, 9, 0), T("PHX", 2026, 3, 6, 9, 20)
    items = {}
    items["01-indeed-job-alert.eml"] = mail(
        U, "Indeed <alert@indeed.example>", U, "Warehouse Supervisor jobs near Phoenix, AZ - 18 new",
        T("PHX", 2026, 2, 27, 5, 30),
        html=("<html><body><p>Rosa, here are new jobs for <b>warehouse supervisor</b> in Phoenix, AZ:</p><ul>"
              "<li>Warehouse Shift Supervisor - Pallet Peak Logistics - Tolleson, AZ - Responsive employer, "
              "interviews often scheduled within 3 days</li><li>Inventory Lead - Saguaro Freight - Mesa, AZ</li>"
              "</ul></body></html>"))
    ev = vevent("indeed-interview-4b7d0e11@indeed.example", s, e, "Phone interview: Pallet Peak Logistics",
                ("Indeed Interviews", "interviews@indeed.example"), [("Rosa Quintero", U)],
                description="Phone interview for Warehouse Shift Supervisor. The employer will call you.",
                location="Phone call", stamp=T("PHX", 2026, 3, 2, 14, 48))
    items["02-indeed-interview-confirmed.eml"] = mail(
        U, "Indeed <interviews@indeed.example>", U,
        "Interview confirmed: Warehouse Shift Supervisor at Pallet Peak Logistics", T("PHX", 2026, 3, 2, 14, 48),
        html=("<html><body><h2>Your interview is confirmed</h2><p><b>Warehouse Shift Supervisor</b><br>Pallet Peak "
              "Logistics - Tolleson, AZ</p><p>Phone interview<br>Friday, March 6, 2026<br>9:00 AM - 9:20 AM "
              "(MST)</p><p>Pallet Peak Logistics will call you at (602) 555-0148.</p><p><a "
              "href='https://indeed.example/interviews/4b7d0e11'>Reschedule</a> | <a "
              "href='https://indeed.example/interviews/4b7d0e11/cancel'>Cancel</a></p><p>Tip: find a quiet spot and "
              "have your resume in front of you.</p></body></html>"), html_cte="base64",
        attach=[("interview.ics", calendar("-//Indeed//Interviews//EN", "REQUEST", [ev]))])
    items["03-hector-confirms-tomorrow.eml"] = mail(
        U, f"Hector Villanueva <{hector}>", f"Rosa Quintero <{U}>", "Tomorrow's call",
        T("PHX", 2026, 3, 5, 16, 22),
        text=("Hi Rosa,\n\nHector here, operations manager at Pallet Peak. Just confirming I'll give you a call "
              "tomorrow at 9 (Arizona time) to talk about the shift supervisor opening - should take about 20 "
              "minutes. If anything changes you can reach me here or at 602-555-0190.\n\nThanks,\nHector "
              "Villanueva\nOperations Manager | Pallet Peak Logistics\n9150 W Buckeye Rd, Tolleson, AZ 85353\n"),
        headers=TBIRD)
    ivs = [iv("Pallet Peak Logistics", "Warehouse Shift Supervisor", s, e, "scheduled", [hector], [hector],
              "phone_screen")]
    case("b15-09-indeed-phone-interview-phoenix", U, items, ivs, "medium", "positive/indeed-scheduling",
         "Indeed job alert (noise), Indeed interview-scheduling confirmation (HTML base64 + UTC .ics) and the "
         "hiring manager's own mail 'tomorrow at 9 (Arizona time)'; Phoenix = -07:00 with no DST.")


# ---- 10 LinkedIn message relayed by mail -> Cal.com booking; Berlin recruiter, New York candidate (DST gap)
def c10():
    U = "sam.whitfield@mail.example"
    lena = "lena.vogt@nordlicht-mobility.example"
    s, e = T("NY", 2026, 3, 10, 9, 0), T("NY", 2026, 3, 10, 9, 45)
    assert s.astimezone(TZ["BER"]).hour == 14
    items = {}
    items["01-linkedin-message-from-lena.eml"] = mail(
        U, "Lena Vogt via LinkedIn <messages-noreply@linkedin.example>", f"Sam Whitfield <{U}>",
        "Lena sent you a new message", T("BER", 2026, 3, 3, 10, 2),
        html=("<html><body><table><tr><td><b>Lena Vogt</b><br>Senior Talent Acquisition Partner at Nordlicht "
              "Mobility GmbH</td></tr><tr><td>Hi Sam, thanks a lot for your application for the Senior Product "
              "Designer role (remote, US hours overlap). I'd love to have a first 45-minute call with you to "
              "get to know each other and walk you through our process. You can book a slot directly here: "
              "https://cal.example/lena-vogt/erstgespraech - or write me at lena.vogt@nordlicht-mobility.example. "
              "Viele Gruesse, Lena</td></tr><tr><td><a href='https://linkedin.example/messaging/'>Reply</a>"
              "</td></tr></table><p style='font-size:10px'>This email was intended for Sam Whitfield (Product "
              "Designer). You are receiving LinkedIn notification emails.</p></body></html>"))
    ev = vevent("calcom-9d2e77a1-4c8f@cal.example", s, e,
                "Erstgespräch Senior Product Designer between Lena Vogt and Sam Whitfield", ("Lena Vogt", lena),
                [("Lena Vogt", lena, "ACCEPTED"), ("Sam Whitfield", U, "ACCEPTED")],
                description="First conversation about the Senior Product Designer role at Nordlicht Mobility.",
                location="https://meet.example/nlm-erst-sam", stamp=T("BER", 2026, 3, 4, 19, 40))
    items["02-calcom-booking-confirmed.eml"] = mail(
        U, "Cal.com <hello@cal.example>", f"Sam Whitfield <{U}>",
        "Confirmed: Erstgespräch Senior Product Designer between Lena Vogt and Sam Whitfield",
        T("NY", 2026, 3, 4, 13, 40), reply_to=f"Lena Vogt <{lena}>",
        text=("This meeting is scheduled\nWe sent an email with a calendar invitation with the details to everyone.\n\n"
              "What\nErstgespräch Senior Product Designer between Lena Vogt and Sam Whitfield\n\n"
              "When\nTuesday, March 10, 2026 9:00am - 9:45am (America/New_York)\n\n"
              "Who\nLena Vogt - Organizer\n" + lena + "\nSam Whitfield\n" + U + "\n\n"
              "Where\nhttps://meet.example/nlm-erst-sam\n\nNeed to make a change? Reschedule or Cancel\n"),
        cte="quoted-printable", attach=[("event.ics", calendar("-//Cal.com Inc.//Cal.com Event//EN", "REQUEST", [ev]))])
    items["03-lena-erinnerung.eml"] = mail(
        U, f"Lena Vogt <{lena}>", f"Sam Whitfield <{U}>", "Kurze Erinnerung / quick reminder - morgen",
        T("BER", 2026, 3, 9, 17, 55),
        text=("Hallo Sam,\n\nkurze Erinnerung an unser Gespräch morgen um 14:00 Uhr (Berlin) - bei Ihnen ist es "
              "dann 9:00 Uhr, da in den USA die Sommerzeit schon begonnen hat. Den Link finden Sie in der "
              "Cal.com-Einladung.\n\n(Quick reminder in English: tomorrow at 9am your time / 14:00 here. Looking "
              "forward to it!)\n\nViele Grüße\nLena Vogt\nSenior Talent Acquisition Partner\nNordlicht Mobility "
              "GmbH | Schlesische Str. 28, 10997 Berlin\nTel. +49 30 5557 2214\n"),
        cte="quoted-printable", headers=TBIRD)
    ivs = [iv("Nordlicht Mobility GmbH", "Senior Product Designer", s, e, "scheduled", [lena], [lena], "phone_screen")]
    case("b15-10-linkedin-message-calcom-berlin-newyork", U, items, ivs, "hard", "positive/scheduling-vendor",
         "LinkedIn relayed recruiter message, Cal.com confirmation (America/New_York) and German reminder "
         "'14:00 Uhr (Berlin)'; Mar 10 is inside the US/EU DST gap (5 h, not 6).")


# ---- 11 YouCanBookMe recruiter screen, Auckland (day after NZ DST ends)
def c11():
    U = "aroha.mclean@example.com"
    tama = "tama.rangi@kauricloud.example"
    s, e = T("AKL", 2026, 4, 6, 10, 30), T("AKL", 2026, 4, 6, 11, 0)
    items = {}
    m1 = "<CAKr4ng1tama01@mail.kauricloud.example>"
    items["01-tama-kia-ora.eml"] = mail(
        U, f"Tama Rangi <{tama}>", f"Aroha McLean <{U}>", "Site Reliability Engineer @ Kauri Cloud - quick chat?",
        T("AKL", 2026, 4, 1, 14, 12), msgid=m1,
        text=("Kia ora Aroha,\n\nThanks heaps for applying for our Site Reliability Engineer role. I'm the "
              "in-house recruiter at Kauri Cloud and I'd love to have a 30 min phone chat as the first stage - "
              "your background, what you're after, and how our process works from there (tech interview, then "
              "a panel).\n\nGrab a time that suits here: https://kauricloud.youcanbook.example/tama\n\n"
              "Nga mihi,\nTama Rangi\nTalent Partner | Kauri Cloud\n021 555 0199\n"
              "Level 3, 18 Customs St E, Auckland 1010\n"))
    ev = vevent("ycbm-bk-71c3f0a2@youcanbook.example", s, e, "Kauri Cloud - SRE phone screen (Aroha McLean)",
                ("Tama Rangi", tama), [("Tama Rangi", tama, "ACCEPTED"), ("Aroha McLean", U, "ACCEPTED")],
                description="Tama will call you on the number you provided.", location="Phone",
                stamp=T("AKL", 2026, 4, 2, 9, 3))
    items["02-youcanbookme-confirmed.eml"] = mail(
        U, "Kauri Cloud Talent <bookings@youcanbook.example>", U,
        "Booking confirmed: Kauri Cloud - SRE phone screen", T("AKL", 2026, 4, 2, 9, 3),
        reply_to=f"Tama Rangi <{tama}>",
        text=("Hi Aroha,\n\nThanks for booking. Your booking is confirmed:\n\n"
              "Kauri Cloud - SRE phone screen\nMonday 6 April 2026, 10:30 - 11:00 (Pacific/Auckland)\n\n"
              "Tama will call you on 027 555 0143.\n\nTo cancel or change, use this link: "
              "https://kauricloud.youcanbook.example/cancel/71c3f0a2\n\n-- \nPowered by YouCanBookMe\n"),
        attach=[("booking.ics", calendar("-//YouCanBookMe//Booking//EN", "REQUEST", [ev]))])
    items["03-tama-clocks-went-back.eml"] = mail(
        U, f"Tama Rangi <{tama}>", f"Aroha McLean <{U}>", "Re: Site Reliability Engineer @ Kauri Cloud - quick chat?",
        T("AKL", 2026, 4, 5, 9, 47), irt=m1, refs=m1,
        text=("Morena Aroha,\n\nHeads up the clocks went back an hour this morning - we're still on for "
              "tomorrow at half past ten, NZ time. I'll ring you on 027 555 0143.\n\nCheers,\nTama\n\n"
              "On Wed, 1 Apr 2026 at 14:12, Tama Rangi <" + tama + "> wrote:\n> Kia ora Aroha,\n> Thanks heaps "
              "for applying for our Site Reliability Engineer role.\n"))
    ivs = [iv("Kauri Cloud", "Site Reliability Engineer", s, e, "scheduled", [tama], [tama], "phone_screen")]
    case("b15-11-youcanbookme-screen-auckland-dst-end", U, items, ivs, "medium", "positive/scheduling-vendor",
         "YouCanBookMe booking (UTC .ics) made in NZDT for Mon 6 Apr 10:30 NZST (+12:00, day after DST end); "
         "recruiter reminder 'tomorrow at half past ten' sent on 5 Apr.")


# ---- 12 HubSpot Meetings with hiring manager, IST; receipt noise
def c12():
    U = "ananya.bhatt@mail.example"
    SL = "saffronleaf.example"
    kav, rohan = f"kavita.menon@{SL}", f"rohan.kapoor@{SL}"
    s, e = T("IST", 2026, 2, 26, 12, 0), T("IST", 2026, 2, 26, 12, 45)
    items = {}
    m1 = "<CAKm3n0n-shortlist@mail.saffronleaf.example>"
    items["01-kavita-shortlisted.eml"] = mail(
        U, f"Kavita Menon <{kav}>", f"Ananya Bhatt <{U}>",
        "Shortlisted: Customer Success Manager (Enterprise) - Saffronleaf Commerce", T("IST", 2026, 2, 18, 11, 20),
        msgid=m1,
        text=("Dear Ananya,\n\nGreetings from Saffronleaf! Happy to share that you have been shortlisted for the "
              "Customer Success Manager (Enterprise) role. The next round is a 45-min discussion with the hiring "
              "manager, Rohan Kapoor (Head of Customer Success).\n\nKindly block a slot on his calendar using "
              "this link: https://meetings.hubspot.example/rohan-kapoor/csm-interview\n\nRegards,\nKavita Menon\n"
              "Talent Acquisition | Saffronleaf Commerce Pvt Ltd\n+91 80 5550 3321\n"
              "3rd Floor, Prestige Atrium, Koramangala, Bengaluru 560034\n"))
    ev = vevent("hs-mtg-11839204772@hubspot.example", s, e, "Customer Success Manager - hiring manager interview",
                ("Rohan Kapoor", rohan), [("Rohan Kapoor", rohan, "ACCEPTED"), ("Ananya Bhatt", U, "ACCEPTED")],
                description="Booked via HubSpot Meetings. Zoom link will be shared by Rohan.",
                location="Zoom (link to follow)", stamp=T("IST", 2026, 2, 18, 16, 2))
    items["02-hubspot-meeting-confirmed.eml"] = mail(
        U, "Rohan Kapoor <noreply@meetings.hubspot.example>", U,
        "Confirmed: Customer Success Manager - hiring manager interview", T("IST", 2026, 2, 18, 16, 2),
        reply_to=f"Rohan Kapoor <{rohan}>",
        html=("<html><body><p>Hi Ananya,</p><p>Your meeting with <b>Rohan Kapoor</b> is confirmed.</p><p><b>"
              "Customer Success Manager - hiring manager interview</b><br>Thursday, February 26, 2026<br>12:00 PM "
              "- 12:45 PM India Standard Time</p><p>Add to calendar: the invite is attached.</p><p>Need to make a "
              "change? <a href='https://meetings.hubspot.example/reschedule/11839204772'>Reschedule</a></p>"
              "</body></html>"), html_cte="quoted-printable",
        attach=[("invite.ics", calendar("-//HubSpot//Meetings//EN", "REQUEST", [ev]))])
    items["03-bookwala-order-receipt.eml"] = mail(
        U, "Bookwala <orders@bookwala.example>", U, "Order confirmed: The Customer Success Interview Handbook",
        T("IST", 2026, 2, 20, 21, 11),
        text=("Thank you for your order #BW-55120934!\n\nThe Customer Success Interview Handbook (Paperback) x1 - "
              "Rs. 499\nExpected delivery: Mon, 23 Feb\n"))
    items["04-rohan-see-you-tomorrow.eml"] = mail(
        U, f"Rohan Kapoor <{rohan}>", f"Ananya Bhatt <{U}>", "Tomorrow - Zoom link",
        T("IST", 2026, 2, 25, 18, 40), cc=f"Kavita Menon <{kav}>",
        text=("Hi Ananya,\n\nLooking forward to speaking tomorrow at noon. Zoom: https://zoom.example/j/5507713392 "
              "(passcode 614220). We'll spend most of the time on a renewal-risk scenario, so have an account "
              "you've turned around in mind.\n\nBest,\nRohan\n\nSent from my iPhone\n"))
    ivs = [iv("Saffronleaf Commerce", "Customer Success Manager (Enterprise)", s, e, "scheduled", [rohan], [rohan],
              "hiring_manager")]
    case("b15-12-hubspot-meetings-hiring-manager-ist", U, items, ivs, "easy", "positive/scheduling-vendor",
         "Recruiter shares HubSpot Meetings link; HubSpot confirmation (noon IST) + .ics; book receipt with "
         "'Interview' in the subject as noise; manager's 'tomorrow at noon' reminder.")


# ---- 13 Doodle poll closed -> Exchange panel invite in French (Paris)
def c13():
    U = "julien.marchetti@example.com"
    VS = "voltaique-sante.example"
    claire = f"claire.dubois@{VS}"
    pan = [("Amélie Rousseau", f"amelie.rousseau@{VS}"), ("Karim Benali", f"karim.benali@{VS}"),
           ("Sophie Lemaire", f"sophie.lemaire@{VS}")]
    s, e = T("PAR", 2026, 3, 18, 14, 0), T("PAR", 2026, 3, 18, 15, 30)
    items = {}
    items["01-doodle-poll-invitation.eml"] = mail(
        U, "Doodle <mailer@doodle.example>", U,
        "Claire Dubois vous invite à un sondage : Entretien panel - Clinical Data Manager",
        T("PAR", 2026, 3, 5, 10, 30), reply_to=f"Claire Dubois <{claire}>",
        text=("Bonjour,\n\nClaire Dubois vous invite à indiquer vos disponibilités pour « Entretien panel - "
              "Clinical Data Manager ».\n\nOptions proposées :\n- mar. 17 mars 2026, 10h00 - 11h30\n"
              "- mer. 18 mars 2026, 14h00 - 15h30\n- jeu. 19 mars 2026, 9h30 - 11h00\n\n"
              "Participer : https://doodle.example/meeting/participate/id/b7Xy2kLa\n\nL'équipe Doodle\n"),
        cte="quoted-printable")
    items["02-doodle-poll-closed.eml"] = mail(
        U, "Doodle <mailer@doodle.example>", U,
        "Sondage clôturé : Entretien panel - Clinical Data Manager", T("PAR", 2026, 3, 9, 9, 15),
        text=("Bonjour,\n\nLe sondage « Entretien panel - Clinical Data Manager » a été clôturé par Claire Dubois.\n\n"
              "Option retenue : mercredi 18 mars 2026, 14h00 - 15h30 (heure de Paris)\n\n"
              "Une invitation de calendrier suivra de la part de l'organisateur.\n\nL'équipe Doodle\n"),
        cte="quoted-printable")
    rst = vtimezone("Romance Standard Time", "Europe/Paris", dst_rules=EU_RULES)
    ev = vevent("040000008200E00074C5B7101A82E00800000000C4D2E1F09A8FDC01000000000000000010000000FE77A1B2", s, e,
                "Entretien - Julien Marchetti - Clinical Data Manager", ("Claire Dubois", claire),
                [(n, m) for n, m in pan] + [("Julien Marchetti", U)],
                description=("Entretien en panel (1h30) avec Dr Amélie Rousseau (Directrice des opérations cliniques), "
                             "Karim Benali (Biostatistique) et Sophie Lemaire (Data Management)."),
                location="Voltaïque Santé - 12 rue de la Roquette, 75011 Paris - salle Ampère",
                tzid="Romance Standard Time", stamp=T("PAR", 2026, 3, 9, 11, 2),
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    items["03-outlook-invitation-entretien.eml"] = mail(
        U, f"Claire Dubois <{claire}>", f"Julien Marchetti <{U}>",
        "Entretien - Julien Marchetti - Clinical Data Manager", T("PAR", 2026, 3, 9, 11, 2),
        cc=", ".join(f"{n} <{m}>" for n, m in pan),
        headers=(("X-MS-Has-Attach", ""), ("Accept-Language", "fr-FR"), ("Content-Language", "fr-FR"),
                 ("Content-class", "urn:content-classes:calendarmessage")),
        text=("Quand : mercredi 18 mars 2026 14:00-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
              "Où : Voltaïque Santé - 12 rue de la Roquette, 75011 Paris - salle Ampère\n\n*~*~*~*~*~*~*~*~*~*\n\n"
              "Bonjour Julien,\n\nSuite au sondage Doodle, je vous confirme votre entretien en panel le mercredi "
              "18 mars à 14h. Vous rencontrerez Dr Amélie Rousseau, Karim Benali et Sophie Lemaire. Je vous "
              "accueillerai à l'accueil mais je ne participerai pas à l'entretien.\n\nBien cordialement,\n"
              "Claire Dubois\nChargée de recrutement | Voltaïque Santé SAS\n+33 1 55 50 42 17\n"),
        cte="quoted-printable",
        cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], [rst]), cal_cte="base64")
    ivs = [iv("Voltaïque Santé", "Clinical Data Manager", s, e, "scheduled", [m for _, m in pan],
              [m for _, m in pan], "onsite")]
    case("b15-13-doodle-poll-then-exchange-panel-paris", U, items, ivs, "medium", "positive/doodle-exchange",
         "Doodle poll (availability) and poll-closed mail in French ('14h00 - 15h30'), then Exchange invite with "
         "'Romance Standard Time'; recruiter organises, three-person panel -> onsite.")


# ======================================================================= NEGATIVES
def n14():
    U = "leo.park@mail.example"
    dani = "dani.kowalczyk@mail.example"
    s, e = T("TOR", 2026, 3, 14, 10, 0), T("TOR", 2026, 3, 14, 11, 0)
    ev = vevent("m0ck1ntv1ew2026leo@calendar.example", s, e, "Mock interview (system design) - Leo practice",
                ("Dani Kowalczyk", dani), [("Dani Kowalczyk", dani, "ACCEPTED"), ("leo.park@mail.example", U)],
                description=("I'll play the interviewer and be annoyingly strict :) Practice run before your real "
                             "onsite at Halcyon. Design a rate limiter, 45 min + 15 min feedback. Not a real interview!"),
                location="Dani's place / or Google Meet", stamp=T("TOR", 2026, 3, 9, 20, 15))
    items = {}
    items["01-dani-offer-to-practice.eml"] = mail(
        U, f"Dani Kowalczyk <{dani}>", f"Leo Park <{U}>", "practice run before your Halcyon interview?",
        T("TOR", 2026, 3, 9, 20, 5),
        text=("hey Leo!\n\nheard you got the onsite, congrats!! want to do a mock interview saturday morning? I "
              "ran a bunch of system design loops at my old job so I can play the candidate-grilling interviewer. "
              "10am at my place, coffee's on me. sending an invite\n\ndani\n"))
    items["02-invitation-mock-interview.eml"] = mail(
        U, f"Dani Kowalczyk <{dani}>", U,
        "Invitation: Mock interview (system design) - Leo practice @ Sat Mar 14, 2026 10am - 11am (EDT) (leo.park@mail.example)",
        T("TOR", 2026, 3, 9, 20, 15), reply_to=f"Dani Kowalczyk <{dani}>",
        headers=(("Sender", "Google Calendar <calendar-notification@calendar.example>"),),
        text=("Mock interview (system design) - Leo practice\nSaturday Mar 14, 2026 - 10am - 11am\nEastern Time - "
              "Toronto\n\nI'll play the interviewer and be annoyingly strict :) Practice run before your real "
              "onsite at Halcyon. Not a real interview!\n\nOrganizer\nDani Kowalczyk\n" + dani + "\n"),
        cte="base64", cal=calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev]),
        attach=[("invite.ics", calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev]))])
    items["03-mock-interview.gcal.json"] = gcal_event(
        "m0ck1ntv1ew2026leo", "Mock interview (system design) - Leo practice", s, e, "America/Toronto",
        ("Dani Kowalczyk", dani), [("Dani Kowalczyk", dani, "accepted"), ("Leo Park", U, "accepted")], U,
        description="Practice run before your real onsite at Halcyon. Not a real interview!",
        created=T("TOR", 2026, 3, 9, 20, 15)).encode()
    case("b15-14-neg-friend-mock-interview", U, items, [], "hard", "negative/mock-interview",
         "A friend sets up a practice system-design 'mock interview' (Google invite + Calendar API event); the real "
         "onsite is only mentioned, never scheduled here.")


def n15():
    U = "oluwaseun.adeyemi@example.com"
    mei = "mei.lin@glasswingbio.example"
    s, e = T("LA", 2026, 4, 9, 8, 30), T("LA", 2026, 4, 9, 8, 50)
    items = {}
    m1 = "<CAOa-coffee-ask@mail.example>"
    items["01-oluwaseun-asks-for-coffee.eml"] = mail(
        U, f"Oluwaseun Adeyemi <{U}>", f"Mei Lin <{mei}>", "Fellow Wash U alum - 20 min coffee chat?",
        T("LA", 2026, 4, 2, 19, 12), msgid=m1,
        text=("Hi Mei,\n\nI found you through the alumni directory - I'm a bioinformatics postdoc thinking about "
              "moving to industry and I'd love to hear how you found the switch to Glasswing. I'm not applying "
              "for a role right now (and I know you're not a recruiter!), just trying to learn what the day-to-day "
              "looks like before I start interviewing anywhere.\n\nIf you're up for a 20-min virtual coffee, feel "
              "free to pick any slot on my Cal.com: https://cal.example/seun/coffee\n\nThanks so much,\nSeun\n"))
    items["02-calcom-new-booking-host.eml"] = mail(
        U, "Cal.com <hello@cal.example>", U, "New event: Coffee chat between Oluwaseun Adeyemi and Mei Lin",
        T("LA", 2026, 4, 3, 7, 51),
        text=("A new event has been scheduled.\n\nWhat\nCoffee chat between Oluwaseun Adeyemi and Mei Lin\n\nWhen\n"
              "Thursday, April 9, 2026 8:30am - 8:50am (America/Los_Angeles)\n\nWho\nOluwaseun Adeyemi - Organizer\n"
              + U + "\nMei Lin\n" + mei + "\n\nAdditional notes\nHappy to chat! Fair warning, I'll probably try to "
              "recruit you - we have a computational biology role open :)\n"),
        cte="quoted-printable")
    items["03-mei-reply.eml"] = mail(
        U, f"Mei Lin <{mei}>", f"Oluwaseun Adeyemi <{U}>", "Re: Fellow Wash U alum - 20 min coffee chat?",
        T("LA", 2026, 4, 3, 8, 2), irt=m1, refs=m1,
        text=("Hi Seun - booked Thursday morning on your calendar. Totally informal, just a chat between alumni. If "
              "you decide you want to be a candidate for the comp bio role later, I can refer you and the recruiter "
              "will set up a proper interview then.\n\nMei\n\n> I'm not applying for a role right now\n"))
    case("b15-15-neg-coffee-chat-user-set-up", U, items, [], "hard", "negative/networking-coffee",
         "User-initiated alumni coffee chat booked on the user's own Cal.com page; explicitly not part of a hiring "
         "process (interview/candidate/role words present).")


def n16():
    U = "hannah.bergstrom@example.com"
    ola = "priya.raman@orchardlanefoods.example"
    mark = "mark.ellison@mail.example"
    items = {}
    items["01-orchardlane-reference-stage.eml"] = mail(
        U, f"Priya Raman <{ola}>", f"Hannah Bergstrom <{U}>", "Orchard Lane Foods - references",
        T("CHI", 2026, 3, 16, 10, 5),
        text=("Hi Hannah,\n\nThanks again for coming in for the final interview last week - the panel really "
              "enjoyed meeting you. We're now at the reference stage. I've scheduled a reference check call with "
              "Mark Ellison for Thursday at 2pm CT and I'm waiting to hear back from your second reference.\n\n"
              "You don't need to join - these calls are just between us and your referees. I'll be in touch "
              "early next week.\n\nBest,\nPriya Raman\nHR Business Partner, Orchard Lane Foods\n(312) 555-0128\n"))
    items["02-mark-fwd-reference-check-invite.eml"] = mail(
        U, f"Mark Ellison <{mark}>", f"Hannah Bergstrom <{U}>",
        "Fwd: Invitation: Reference check - Hannah Bergstrom (Orchard Lane Foods) @ Thu Mar 19, 2026 2pm - 2:30pm (CDT)",
        T("CHI", 2026, 3, 16, 12, 40), headers=APPLE,
        text=("Ha, they move fast! FYI - I'll say nice things :) Anything you want me to emphasise?\n\nMark\n\n"
              "Begin forwarded message:\n\nFrom: Priya Raman <" + ola + ">\nSubject: Invitation: Reference check - "
              "Hannah Bergstrom (Orchard Lane Foods) @ Thu Mar 19, 2026 2pm - 2:30pm (CDT)\nTo: " + mark + "\n\n"
              "Reference check - Hannah Bergstrom (Orchard Lane Foods)\nThursday Mar 19, 2026 - 2pm - 2:30pm\n"
              "Central Time - Chicago\n\nReference call about candidate Hannah Bergstrom for the Category Manager "
              "role. Priya will call you.\n\nGuests\nPriya Raman - organizer\nMark Ellison\n"))
    case("b15-16-neg-reference-check-about-user", U, items, [], "hard", "negative/reference-check",
         "Employer schedules a reference call with the user's former manager about the user; the user is not a "
         "participant (forwarded invite text only).")


def n17():
    U = "bianca.ferraro@mail.example"
    coach = "renata@solisleadership.example"
    s, e = T("NY", 2026, 3, 21, 10, 0), T("NY", 2026, 3, 21, 11, 30)
    ev = vevent("ycbm-bk-coach-88a1@youcanbook.example", s, e, "Interview Prep Intensive - Bianca Ferraro",
                ("Renata Solis", coach), [("Renata Solis", coach, "ACCEPTED"), ("Bianca Ferraro", U, "ACCEPTED")],
                description="90-min coaching: STAR stories, salary negotiation, mock hiring-manager questions.",
                location="https://zoom.example/j/3300981142", stamp=T("NY", 2026, 3, 12, 13, 0))
    items = {}
    items["01-stripe-receipt-coaching.eml"] = mail(
        U, "Solis Leadership Coaching <receipts@stripe.example>", U, "Your receipt from Solis Leadership Coaching #1402-7781",
        T("NY", 2026, 3, 12, 12, 58),
        text="Receipt #1402-7781\nInterview Prep Intensive (90 min) - $275.00\nPaid with Visa ending 4410\n")
    items["02-youcanbookme-coaching-booked.eml"] = mail(
        U, "Renata Solis Coaching <bookings@youcanbook.example>", U,
        "Booking confirmed: Interview Prep Intensive with Renata Solis", T("NY", 2026, 3, 12, 13, 0),
        reply_to=f"Renata Solis <{coach}>",
        text=("Hi Bianca,\n\nYou're booked!\n\nInterview Prep Intensive (90 min)\nSaturday 21 March 2026, 10:00 - "
              "11:30 (America/New_York)\n\nBefore our session, send me the job descriptions for the roles you're "
              "interviewing for and your top three accomplishments. We'll run a mock hiring-manager interview and "
              "work on your answers.\n\nRenata Solis, ICF-PCC\nCareer & Leadership Coach\n"),
        attach=[("booking.ics", calendar("-//YouCanBookMe//Booking//EN", "REQUEST", [ev]))])
    case("b15-17-neg-career-coach-session", U, items, [], "medium", "negative/coaching",
         "Paid career-coach 'Interview Prep Intensive' booked via YouCanBookMe with receipt; coaching, not a job "
         "interview.")


def n18():
    U = "gideon.marsh@example.com"
    brandon = "brandon.kessler@apexhirepartners.example"
    s, e = T("CHI", 2026, 2, 11, 13, 0), T("CHI", 2026, 2, 11, 13, 15)
    ev = vevent("hs-mtg-99018231@hubspot.example", s, e, "Quick intro call - Candidate Insider",
                ("Brandon Kessler", brandon), [("Brandon Kessler", brandon, "ACCEPTED"), ("Gideon Marsh", U, "ACCEPTED")],
                description="15 min walkthrough of Candidate Insider membership.", location="Phone",
                stamp=T("CHI", 2026, 2, 6, 11, 0))
    items = {}
    items["01-brandon-outreach.eml"] = mail(
        U, f"Brandon Kessler <{brandon}>", U, "Quick intro call? (supply chain roles)", T("CHI", 2026, 2, 5, 8, 45),
        html=("<html><body><p>Hi Gideon,</p><p>I'm a recruiter at Apex Hire Partners. Every week our <b>Candidate "
              "Insider</b> newsletter sends members 40+ unadvertised supply chain roles, interview intel on the "
              "hiring companies, and salary bands.</p><p>Would you be open to a quick 15-min intro call so I can "
              "walk you through the membership ($29/month, first month free)? Book here: "
              "https://meetings.hubspot.example/brandon-kessler/intro</p><p>Brandon Kessler<br>Senior Recruiter "
              "&amp; Membership Lead, Apex Hire Partners<br>(773) 555-0157</p><p style='font-size:10px'>"
              "Unsubscribe</p></body></html>"))
    items["02-hubspot-intro-call-confirmed.eml"] = mail(
        U, "Brandon Kessler <noreply@meetings.hubspot.example>", U, "Confirmed: Quick intro call - Candidate Insider",
        T("CHI", 2026, 2, 6, 11, 0), reply_to=f"Brandon Kessler <{brandon}>",
        text=("Hi Gideon,\n\nYour meeting with Brandon Kessler is confirmed.\n\nQuick intro call - Candidate Insider\n"
              "Wednesday, February 11, 2026\n1:00 PM - 1:15 PM Central Standard Time\n\nBrandon will call you. "
              "We'll cover how the Candidate Insider subscription works and which plan fits your job search.\n"),
        attach=[("invite.ics", calendar("-//HubSpot//Meetings//EN", "REQUEST", [ev]))])
    case("b15-18-neg-recruiter-intro-call-newsletter-subscription", U, items, [], "hard",
         "negative/sales-call",
         "Self-described recruiter books a 'quick intro call' via HubSpot Meetings to sell a paid job-newsletter "
         "subscription; no role, no employer process.")


def n19():
    U = "terrence.obi@mail.example"
    s, e = T("NY", 2026, 3, 23, 8, 0), T("NY", 2026, 3, 23, 17, 0)
    ev = vevent("ejuror-2026-0318842@marlowcourts.example", s, e, "Jury service - report for juror selection",
                ("Marlow County Jury Office", "jury-noreply@marlowcourts.example"), [("Terrence Obi", U)],
                description=("Report to Jury Assembly Room, Marlow County Courthouse, 200 Court St. Prospective "
                             "jurors may be interviewed by the judge and attorneys (voir dire)."),
                location="Marlow County Courthouse, 200 Court St", stamp=T("NY", 2026, 3, 16, 7, 0))
    items = {}
    items["01-ejuror-confirmation.eml"] = mail(
        U, "Marlow County eJuror <jury-noreply@marlowcourts.example>", U,
        "Jury Service Confirmation - Juror #0318842 - Report Monday, March 23", T("NY", 2026, 3, 16, 7, 0),
        text=("Dear Terrence Obi,\n\nYour jury service is confirmed. Please report:\n\nDate: Monday, March 23, 2026\n"
              "Time: 8:00 AM\nPlace: Jury Assembly Room, Marlow County Courthouse, 200 Court St\n\n"
              "During jury selection, candidates for the jury panel may be questioned (interviewed) by the judge "
              "and attorneys. Please plan to remain until 5:00 PM. Employers may not penalize you for jury "
              "service; a letter for your employer is attached to your eJuror account.\n\nMarlow County Jury Office\n"
              "(555) 010-4470\n"),
        attach=[("jury-service.ics", calendar("-//eJuror//Marlow County//EN", "PUBLISH", [ev]))])
    items["02-call-in-reminder.eml"] = mail(
        U, "Marlow County eJuror <jury-noreply@marlowcourts.example>", U,
        "Reminder: call-in required for jury service", T("NY", 2026, 3, 20, 17, 30),
        text=("Juror #0318842: please call (555) 010-4471 after 5:30 PM on Friday, March 20 or check online to "
              "confirm whether your group must report on Monday.\n"))
    case("b15-19-neg-jury-duty", U, items, [], "medium", "negative/civic",
         "eJuror jury service confirmation + .ics ('candidates ... interviewed by the judge', employer letter) and "
         "a call-in reminder.")


def n20():
    U = "mehmet.yilmaz@example.com"
    s, e = T("SEO", 2026, 4, 14, 9, 15), T("SEO", 2026, 4, 14, 9, 45)
    ev = vevent("visa-appt-SEO-20260414-0915-77213@visaappointments.example", s, e,
                "Visa interview - Consular Section (E-2/H-1B employment)", None, [("Mehmet Yilmaz", U)],
                description=("Applicant: Mehmet Yilmaz. Bring passport, DS-160 confirmation, employer petition "
                             "approval notice and offer letter from Lumenfold Systems."),
                location="Consular Section, 188 Sejong-daero, Jongno-gu, Seoul", stamp=T("SEO", 2026, 3, 30, 14, 0))
    items = {}
    items["01-visa-appointment-confirmation.eml"] = mail(
        U, "Visa Appointment Service <noreply@visaappointments.example>", U,
        "Appointment Confirmation - Visa Interview (Seoul)", T("SEO", 2026, 3, 30, 14, 0),
        html=("<html><body><h3>Appointment Confirmation</h3><p>Applicant: MEHMET YILMAZ<br>Visa class: H-1B "
              "(employment)<br>Interview date: 14 April 2026<br>Interview time: 09:15 KST</p><p>Location: Consular "
              "Section, 188 Sejong-daero, Jongno-gu, Seoul</p><p>Bring your passport, DS-160 confirmation page, "
              "petition approval notice and a letter from your employer confirming your role.</p></body></html>"),
        html_cte="base64")
    items["02-visa-interview.ics"] = calendar("-//VisaAppointments//EN", "PUBLISH", [ev]).encode()
    items["03-hr-good-luck.eml"] = mail(
        U, "Aisling Carr <aisling.carr@lumenfold.example>", f"Mehmet Yilmaz <{U}>", "Good luck at the consulate!",
        T("SEO", 2026, 4, 10, 8, 30),
        text=("Hi Mehmet,\n\nEverything's set for your visa interview on Tuesday - the signed offer letter and "
              "role description for your new Staff Engineer position are attached in your portal. We can't wait "
              "to have you start in May!\n\nAisling\nPeople Ops, Lumenfold Systems\n"))
    case("b15-20-neg-visa-interview-appointment", U, items, [], "medium", "negative/visa",
         "Consular visa interview (Seoul, KST) for an already-accepted job: HTML base64 confirmation, standalone "
         ".ics and HR good-luck mail.")


def n21():
    U = "priscilla.nakamura@mail.example"
    host = "marco@shipitsideways.example"
    s, e = T("LA", 2026, 3, 26, 14, 0), T("LA", 2026, 3, 26, 15, 0)
    ev = vevent("savvycal-evt-Pd7Rr01@savvycal.example", s, e, "Ship It Sideways podcast recording - Priscilla Nakamura",
                ("Marco Bellweather", host), [("Marco Bellweather", host, "ACCEPTED"), ("Priscilla Nakamura", U, "ACCEPTED")],
                description="Podcast interview recording via Riverside: https://riverside.example/studio/shipit",
                location="https://riverside.example/studio/shipit", stamp=T("LA", 2026, 3, 17, 10, 0))
    items = {}
    items["01-marco-podcast-invite.eml"] = mail(
        U, f"Marco Bellweather <{host}>", f"Priscilla Nakamura <{U}>", "Interview on Ship It Sideways?",
        T("LA", 2026, 3, 16, 16, 20),
        text=("Hi Priscilla,\n\nI host Ship It Sideways, a podcast about engineers who changed careers. Your talk on "
              "moving from nursing into platform engineering was great - would you be up for an interview on the "
              "show? We'd cover how you prepped for technical interviews and what hiring managers got wrong. About "
              "an hour, recorded remotely. Pick a slot: https://savvycal.example/marco/guest\n\nMarco\n"))
    items["02-savvycal-recording-confirmed.eml"] = mail(
        U, "SavvyCal <notifications@savvycal.example>", U, "Confirmed: Ship It Sideways podcast recording",
        T("LA", 2026, 3, 17, 10, 0), reply_to=f"Marco Bellweather <{host}>",
        text=("Your meeting is scheduled.\n\nShip It Sideways podcast recording\nThursday, March 26, 2026\n"
              "2:00pm - 3:00pm (Pacific Daylight Time)\n\nWith: Marco Bellweather\nLocation: Riverside studio\n"
              "\nPowered by SavvyCal\n"),
        attach=[("event.ics", calendar("-//SavvyCal//EN", "REQUEST", [ev]))])
    case("b15-21-neg-podcast-guest-booking", U, items, [], "medium", "negative/podcast",
         "Podcast host books the user as a guest for an 'interview' via SavvyCal (+ .ics); press/podcast, not a job.")


def n22():
    U = "kwame.asante@example.com"
    items = {}
    items["01-hirevue-on-demand-invite.eml"] = mail(
        U, "Granite Peak Bank <noreply@hirevue.example>", U,
        "Granite Peak Bank - Video Interview Invitation: Financial Analyst", T("CHI", 2026, 3, 9, 9, 0),
        html=("<html><body><p>Dear Kwame,</p><p>Thank you for your interest in the <b>Financial Analyst</b> position "
              "at Granite Peak Bank. As the next step, we invite you to complete an <b>on-demand video interview</b>"
              ". You will answer 6 pre-recorded questions at a time that suits you; there is no live interviewer."
              "</p><p><b>Please complete your interview by Friday, March 20, 2026 at 11:59 PM CT.</b> It takes about "
              "25 minutes.</p><p><a href='https://granitepeak.hirevue.example/interview/start/A8812'>Start "
              "Interview</a></p><p>Good luck!<br>Granite Peak Bank Talent Acquisition</p><p style='font-size:10px'>"
              "Powered by HireVue</p></body></html>"), html_cte="quoted-printable")
    items["02-hirevue-reminder-48h.eml"] = mail(
        U, "Granite Peak Bank <noreply@hirevue.example>", U,
        "Reminder: your video interview expires in 48 hours", T("CHI", 2026, 3, 18, 23, 59),
        text=("Hi Kwame,\n\nThis is a friendly reminder that your on-demand video interview for Financial Analyst "
              "expires on Friday, March 20 at 11:59 PM CT. Start now: "
              "https://granitepeak.hirevue.example/interview/start/A8812\n\nIf you have technical problems, visit "
              "support.hirevue.example.\n"))
    items["03-hirevue-submission-received.eml"] = mail(
        U, "Granite Peak Bank <noreply@hirevue.example>", U, "Thanks for completing your interview",
        T("CHI", 2026, 3, 19, 21, 14),
        text=("Hi Kwame,\n\nWe've received your video interview for Financial Analyst. Our team will review your "
              "responses and contact you about next steps, which may include a live interview with the hiring "
              "manager.\n\nGranite Peak Bank\n"))
    case("b15-22-neg-hirevue-on-demand-video", U, items, [], "hard", "negative/one-way-video",
         "HireVue ON-DEMAND (one-way, pre-recorded) invitation with deadline, expiry reminder and submission "
         "receipt; a possible live interview is only mentioned.")


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22):
        fn()
    for d in os.listdir(HERE):
        if d.startswith("b15-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for name, data in items.items():
            if isinstance(data, str):
                data = data.encode("utf-8")
            with open(os.path.join(HERE, cid, name), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind15 (generated by make_cases.py). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
