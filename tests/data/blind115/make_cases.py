#!/usr/bin/env python3
"""Deterministic generator for the blind115 evaluation set.

Rewrites every b115-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All people, companies and domains are invented.
Every UTC offset is computed with zoneinfo (never by hand).
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
IST = ZoneInfo("Asia/Kolkata")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
SGP = ZoneInfo("Asia/Singapore")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")

OWNER_NAME = "Tejaswini Hegde"
OWNER = "tejaswini.hegde@example.com"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
OWNER_SIG = "Tejaswini Hegde\n+91 98450 31276\nBengaluru"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def mid(case, n, domain="mail.example"):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24]}@{domain}>"


def uid_for(case, n, domain="example.com"):
    return hashlib.sha1(f"uid/{case}/{n}".encode()).hexdigest()[:26] + "@" + domain


# ------------------------------------------------------------------ iCalendar helpers
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


def utcs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def locs(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Asia/Kolkata": ["BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "X-LIC-LOCATION:Asia/Kolkata", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "India Standard Time": ["BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD",
                            "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD",
                            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530",
                            "TZOFFSETTO:+0530", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"],
}
TZ_OF = {"Asia/Kolkata": IST, "India Standard Time": IST, "GMT Standard Time": LON,
         "Singapore Standard Time": SGP}


def make_ics(*, prodid, method, uid, start, end, summary, organizer, attendees, stamp, description="",
             location="", seq=0, status="CONFIRMED", tzid=None, extra_event=(), extra_cal=(),
             all_day=False):
    """organizer/attendees: (name, email); attendees may carry a 3rd item PARTSTAT."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(extra_cal)
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if tzid:
        tz = TZ_OF[tzid]
        L.append(f"DTSTART;TZID={tzid}:{locs(start, tz)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{locs(end, tz)}")
    else:
        L.append(f"DTSTART:{utcs(start)}")
        if end is not None:
            L.append(f"DTEND:{utcs(end)}")
    L.append(f"DTSTAMP:{utcs(stamp)}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    L.append(f"CREATED:{utcs(stamp)}")
    if description:
        L.append("DESCRIPTION:" + ics_escape(description))
    L.append(f"LAST-MODIFIED:{utcs(stamp)}")
    L.append("LOCATION:" + ics_escape(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + ics_escape(summary))
    L.append("TRANSP:OPAQUE")
    L += list(extra_event)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ e-mail helpers
def email(case, n, *, frm, to, subject, date, text=None, html=None, text_cte="quoted-printable",
          html_cte="quoted-printable", cc=None, reply_to=None, sender=None, in_reply_to=None,
          references=None, headers=(), calendar=None, cal_method="REQUEST", attach=(), msgid=None,
          delivered=OWNER, return_path=None, received_from=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    if received_from:
        m["Received"] = (f"from {received_from} by mx.mail.example with ESMTPS id "
                         f"{hashlib.md5((case + str(n)).encode()).hexdigest()[:12]} for <{delivered}>; "
                         f"{format_datetime(date.astimezone(UTC))}")
    m["Return-Path"] = return_path or "<" + (frm.split("<")[-1].rstrip(">")) + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid or mid(case, n)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method})
    for fname, data, mt, st in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for k, part in enumerate(m.walk()):  # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary("00000000" + hashlib.sha1(f"{case}/{n}/{k}".encode()).hexdigest()[:20])
    return m.as_bytes()


def add(case, fname, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def html_wrap(body_html, font="Arial,Helvetica,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body_html}</div></body></html>\n')


def p(*paras):
    return "".join(f"<p>{x}</p>\n" for x in paras)


def quote(text, who, when):
    q = "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))
    return f"On {when}, {who} wrote:\n{q}\n"


def fmt_gmail_when(dt):
    # Gmail style: "Thu, 12 Feb 2026 at 4:20 PM"
    return dt.strftime("%a, %-d %b %Y at %-I:%M %p")


def google_invite(case, n, *, organizer, attendees, start, end, tzname, tzlabel, summary, sent, desc="",
                  meet="https://meet.google.com/abc-defg-hij", method="REQUEST", seq=0, cancelled=False,
                  uid=None, reply_to=None, display_tz=None):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed)."""
    dtz = display_tz or start.tzinfo
    s, e = start.astimezone(dtz), end.astimezone(dtz)

    def hm(d):
        return d.strftime("%-I:%M%p").lower().replace(":00", "")
    when_subj = f"{s.strftime('%a %b %-d, %Y')} {hm(s)} - {hm(e)} ({tzlabel})"
    prefix = "Canceled event" if cancelled else ("Updated invitation" if seq else "Invitation")
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    guests = "\n".join([f"{organizer[0]} - organizer\n{organizer[1]}"] + [a[1] if a[0] == a[1] else f"{a[0]}\n{a[1]}" for a in attendees])
    head = ("This event has been canceled and removed from your calendar.\n\n" if cancelled else "")
    text = (f"{head}{summary}\n{s.strftime('%A %b %-d, %Y')} \u22c5 {hm(s)} \u2013 {hm(e)}\n{tzname}\n\n"
            + (f"Join with Google Meet\n{meet}\n\n" if not cancelled else "")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests}\n\n"
            + (desc + "\n\n" if desc else "")
            + "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(p(*[x.replace("\n", "<br>") for x in text.split("\n\n")]), "Roboto,Helvetica,Arial,sans-serif")
    ics = make_ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method=method,
                   uid=uid or uid_for(case, n, "google.com"), start=start, end=end, summary=summary,
                   organizer=organizer, attendees=[(organizer[0], organizer[1], "ACCEPTED")] + list(attendees),
                   stamp=sent, description=desc, seq=seq, status="CANCELLED" if cancelled else "CONFIRMED",
                   extra_event=() if cancelled else (f"X-GOOGLE-CONFERENCE:{meet}",))
    return email(case, n, frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER, subject=subject, date=sent,
                 text=text, html=html, text_cte="base64", reply_to=reply_to,
                 sender="Google Calendar <calendar-notification@google.com>",
                 return_path="<calendar-server-noreply@calendar-server.bounces.google.com>",
                 msgid=f"<calendar-{hashlib.sha1((case + str(n)).encode()).hexdigest()[:32]}@google.com>",
                 calendar=ics, cal_method=method,
                 attach=[("invite.ics", ics.encode(), "application", "ics")])


TEAMS_FOOTER = ("________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
                "Meeting ID: {mtg}\nPasscode: {pc}\n"
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                "________________________________________________________________________________\n")


def teams_invite(case, n, *, organizer, to_list, start, end, tzid, when_label, subject, sent, body, mtg, pc,
                 cancel=False, seq=0):
    tz = TZ_OF[tzid]
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = (f"When: {s.strftime('%A, %B %-d, %Y %-I:%M %p')}-{e.strftime('%-I:%M %p')} {when_label}.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    foot = TEAMS_FOOTER.format(id=hashlib.md5(subject.encode()).hexdigest()[:20], mtg=mtg, pc=pc)
    text = when + body + "\n\n" + foot
    html = html_wrap(p(*[x.replace("\n", "<br>") for x in text.split("\n\n")]), "Aptos,Calibri,sans-serif")
    ics = make_ics(prodid="Microsoft Exchange Server 2010", method="CANCEL" if cancel else "REQUEST",
                   uid="040000008200E00074C5B7101A82E008000000" + hashlib.md5((case + subject).encode()).hexdigest().upper(),
                   start=start, end=end, summary=subject, organizer=organizer,
                   attendees=[(a[0], a[1]) for a in to_list], stamp=sent, description=text,
                   location="Microsoft Teams Meeting", seq=seq, status="CANCELLED" if cancel else "CONFIRMED",
                   tzid=tzid,
                   extra_event=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                                "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"))
    to = ", ".join(f"{a[0]} <{a[1]}>" for a in to_list)
    return email(case, n, frm=f"{organizer[0]} <{organizer[1]}>", to=to, subject=subject, date=sent, text=text,
                 html=html, calendar=ics, cal_method="CANCEL" if cancel else "REQUEST",
                 msgid=f"<{hashlib.sha1((case + str(n)).encode()).hexdigest()[:30].upper()}@PN3PR01MB1234.INDPRD01.PROD.OUTLOOK.COM>",
                 headers=[("Thread-Topic", subject), ("Content-class", "urn:content-classes:calendarmessage"),
                          ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US")],
                 received_from="mail-pn3ind01.outbound.protection.outlook.example")


# ================================================================== POSITIVE CASES
def c01():
    c = "b115-01-jobboard-relay-telephonic-round"
    sent = T(IST, 2026, 2, 10, 16, 20, 11)
    start = T(IST, 2026, 2, 12, 11, 0)
    html = html_wrap(
        '<table width="600" style="border:1px solid #ddd"><tr><td style="background:#2a4d9b;color:#fff;padding:8px">'
        '<b>JobNagar</b> &nbsp;|&nbsp; Recruiter message</td></tr><tr><td style="padding:12px">'
        + p("Dear Tejaswini,",
            "Greetings from Kuvira Logistics Tech!",
            "With reference to your application on JobNagar for the position of <b>Backend Developer (Java/Spring Boot)</b>, "
            "we are pleased to inform you that your profile has been shortlisted for the first level of our interview process.",
            "Please find below the details of the telephonic round:",
            "<b>Date:</b> Thursday, 12th Feb 2026<br><b>Time:</b> 11 AM IST<br><b>Duration:</b> approx. 30 mins<br>"
            "<b>Mode:</b> Telephonic &ndash; our Tech Lead, Mr. Rohan Kulkarni "
            "(rohan.kulkarni@kuviratech.example), will call you on your registered mobile number.",
            "Kindly revert with your confirmation by EOD today. In case the slot does not suit you, do let us know "
            "and we will try to accommodate.",
            "Regards,<br>Smita Joshi<br>HR Executive &ndash; Talent Acquisition<br>Kuvira Logistics Tech Pvt. Ltd.<br>"
            "Office No. 402, Pancard Clubs Road, Baner, Pune 411045<br>Ph: +91 20 6712 4480")
        + '</td></tr><tr><td style="font-size:11px;color:#777;padding:8px">This message was sent to you by a recruiter '
          'through JobNagar. Please do not reply to this address; use the Reply button to reach the recruiter directly. '
          '<a href="https://www.jobnagar.example/unsubscribe?u=8812">Unsubscribe</a> | &copy; JobNagar Infoweb Ltd.</td></tr></table>')
    m1 = email(c, 1, frm="Kuvira Logistics Tech via JobNagar <recruiter-relay@mailer.jobnagar.example>",
               to=OWNER_FULL, reply_to="Smita Joshi <smita.joshi@kuviratech.example>",
               subject="Shortlisted: Telephonic round for Backend Developer (Java/Spring Boot) - Kuvira Logistics Tech, Pune",
               date=sent, html=html, received_from="mta7.mailer.jobnagar.example")
    add(c, "01-jobnagar-recruiter-message.eml", m1)
    r = T(IST, 2026, 2, 10, 18, 2, 40)
    text = ("Dear Smita,\n\nThank you for the update. I confirm my availability for the telephonic round on "
            "Thursday, 12th Feb at 11 AM IST. My mobile number is +91 98450 31276.\n\nRegards,\n" + OWNER_SIG + "\n\n"
            + quote("Dear Tejaswini,\nGreetings from Kuvira Logistics Tech!\nPlease find below the details of the "
                    "telephonic round:\nDate: Thursday, 12th Feb 2026\nTime: 11 AM IST", "Kuvira Logistics Tech via JobNagar "
                    "<recruiter-relay@mailer.jobnagar.example>", fmt_gmail_when(sent)))
    add(c, "02-re-confirmation.eml", email(c, 2, frm=OWNER_FULL, to="Smita Joshi <smita.joshi@kuviratech.example>",
        subject="Re: Shortlisted: Telephonic round for Backend Developer (Java/Spring Boot) - Kuvira Logistics Tech, Pune",
        date=r, text=text, in_reply_to=mid(c, 1)))
    label(c, interviews=[iv("Kuvira Logistics Tech", "Backend Developer (Java/Spring Boot)", start,
                            start + timedelta(minutes=30), "scheduled", ["rohan.kulkarni@kuviratech.example"],
                            ["rohan.kulkarni@kuviratech.example"], "phone_screen")],
          difficulty="medium", category="positive/job-board-relay-html-only",
          notes="HTML-only job-board relay (no-reply sender, Reply-To recruiter); telephonic round conducted by the "
                "tech lead whose address is in the body; user confirms in a reply.")


def c02():
    c = "b115-02-darwinbox-f2f-three-rounds-same-day"
    co, role = "Saptarishi Payments", "SDE-2 (Backend)"
    coord = ("Pooja Arora", "pooja.arora@saptarishipay.example")
    rounds = [("Technical Round 1", ("Ankit Malhotra", "ankit.malhotra@saptarishipay.example"), (10, 0), (11, 0)),
              ("Technical Round 2", ("Farah Siddiqui", "farah.siddiqui@saptarishipay.example"), (11, 30), (12, 30)),
              ("HR Round", ("Neha Bansal", "neha.bansal@saptarishipay.example"), (14, 0), (14, 30))]
    sent = T(IST, 2026, 3, 13, 18, 5, 2)
    day = (2026, 3, 18)
    addr = "Saptarishi Payments Pvt. Ltd., 5th Floor, Plot 88, Udyog Vihar Phase IV, Gurugram, Haryana 122015"
    text = ("Hi Tejaswini,\n\nGreetings from Saptarishi Payments!\n\nFurther to our telephonic discussion, please find "
            "below the schedule for your F2F interview rounds for the SDE-2 (Backend) position on Wednesday, "
            "18th March 2026 at our Gurugram office:\n\n"
            "  10:00 AM - 11:00 AM   Technical Round 1 (DSA & coding)  - Ankit Malhotra\n"
            "  11:30 AM - 12:30 PM   Technical Round 2 (System design) - Farah Siddiqui\n"
            "  12:30 PM - 02:00 PM   Lunch with the team\n"
            "  02:00 PM - 02:30 PM   HR Round                          - Neha Bansal\n\n"
            f"Venue: {addr}\n\nKindly carry a printed copy of your resume, a government photo ID and your last 3 "
            "months' payslips. You will receive separate calendar invites from Darwinbox for each round.\n"
            "Travel reimbursement for outstation candidates is as per policy - please keep your tickets.\n\n"
            "Kindly confirm your availability at the earliest.\n\nThanks & Regards,\nPooja Arora\nSenior Talent "
            "Acquisition Specialist | Saptarishi Payments\nM: +91 98110 47723\n")
    add(c, "01-f2f-schedule-from-recruiter.eml",
        email(c, 1, frm=f"{coord[0]} <{coord[1]}>", to=OWNER_FULL,
              subject="F2F Interview Schedule | SDE-2 (Backend) | Saptarishi Payments | 18th March",
              date=sent, text=text, received_from="mail-sor-f69.google.example"))
    for i, (rname, who, (sh, sm), (eh, em)) in enumerate(rounds, start=2):
        st, en = T(IST, *day, sh, sm), T(IST, *day, eh, em)
        st_txt = f"{st.strftime('%d-%b-%Y')} {st.strftime('%I:%M %p')} - {en.strftime('%I:%M %p')}"
        body = html_wrap(p("Dear Tejaswini Hegde,",
                           f"Your interview for <b>{role}</b> has been scheduled. Details are as follows:",
                           f"<b>Round:</b> {rname}<br><b>Interview Date &amp; Time:</b> {st_txt} (Asia/Kolkata)<br>"
                           f"<b>Interview Mode:</b> Face to Face<br><b>Interviewer:</b> {who[0]}<br>"
                           f"<b>Venue:</b> {addr}",
                           "Please find the calendar invite attached.",
                           "Regards,<br>Talent Acquisition Team<br>Saptarishi Payments",
                           '<span style="font-size:11px;color:#888">This is a system generated e-mail from Darwinbox. '
                           "Please do not reply.</span>"))
        sent_i = sent + timedelta(minutes=9 + i)
        ics = make_ics(prodid="-//Darwinbox//Recruitment//EN", method="REQUEST", uid=uid_for(c, i, "darwinbox.example"),
                       start=st, end=en, summary=f"{rname} - {role} - Tejaswini Hegde", organizer=coord,
                       attendees=[who, (OWNER_NAME, OWNER)], stamp=sent_i, tzid="Asia/Kolkata",
                       description=f"Face to face interview at {addr}", location=addr)
        add(c, f"0{i}-darwinbox-{rname.lower().replace(' ', '-')}.eml",
            email(c, i, frm="Saptarishi Payments Recruitment <noreply@saptarishi.darwinbox.example>",
                  reply_to=f"{coord[0]} <{coord[1]}>", to=OWNER,
                  subject=f"Interview Scheduled: {rname} for {role}", date=sent_i, html=body, html_cte="base64",
                  attach=[("interview.ics", ics.encode(), "text", "calendar")],
                  received_from="smtp-out3.darwinbox.example"))
    ivs = [r[1][1] for r in rounds]
    label(c, interviews=[iv(co, role, T(IST, *day, 10, 0), T(IST, *day, 14, 30), "scheduled", ivs, ivs, "onsite")],
          difficulty="hard", category="positive/onsite-multi-invite",
          notes="Technical 1, Technical 2 and HR round on the same day at the office, announced by the recruiter and "
                "by three Darwinbox mails each with its own .ics -> ONE onsite 10:00-14:30 IST; HR round owner is an "
                "interviewer, the recruiter only coordinates.")


def c03():
    c = "b115-03-keka-interviewer-moves-round-same-day"
    co, role = "Tarangini Health", "Senior Backend Engineer - Platform"
    iv1 = ("Sandeep Menon", "sandeep.menon@taranginihealth.example")
    sent = T(IST, 2026, 3, 2, 12, 10, 30)
    st0 = T(IST, 2026, 3, 5, 15, 0)
    meet = "https://meet.google.com/tkh-vwqp-zra"
    html = html_wrap(p("Hi Tejaswini,",
                       f"Your interview with <b>{co}</b> for the position <b>{role}</b> has been scheduled.",
                       "<b>Round:</b> Technical Round 2 - System Design<br><b>Date:</b> 05-Mar-2026<br>"
                       "<b>Time:</b> 03:00 PM - 04:00 PM (IST)<br><b>Interviewer:</b> Sandeep Menon<br>"
                       f'<b>Meeting link:</b> <a href="{meet}">{meet}</a>',
                       "All the best!",
                       "Team Tarangini Health<br>"
                       '<span style="color:#999;font-size:11px">Powered by Keka Hire. You are receiving this because '
                       "you applied for a job at Tarangini Health.</span>"))
    ics = make_ics(prodid="-//Keka//Keka Hire//EN", method="REQUEST", uid=uid_for(c, 1, "keka.example"), start=st0,
                   end=st0 + timedelta(hours=1), summary=f"Interview: Technical Round 2 - System Design ({role})",
                   organizer=("Tarangini Health Hiring", "hire-noreply@kekamail.example"),
                   attendees=[iv1, (OWNER_NAME, OWNER)], stamp=sent, location=meet)
    add(c, "01-keka-interview-scheduled.eml",
        email(c, 1, frm="Tarangini Health <hire-noreply@kekamail.example>", to=OWNER,
              subject=f"Interview scheduled - {role} at Tarangini Health", date=sent, html=html,
              attach=[("invite.ics", ics.encode(), "text", "calendar")], received_from="o12.kekamail.example"))
    s2 = T(IST, 2026, 3, 5, 11, 42, 7)
    t2 = ("Hi Tejaswini,\n\nReally sorry for the short notice - I've been pulled into a production incident review "
          "that overlaps with our 3 PM slot today. Would it be possible to push our system design discussion to "
          "6 PM today instead? Same Meet link, and we'll keep it to an hour.\n\nIf this evening doesn't work, "
          "we can look at Monday, but I'd prefer to close it out today.\n\nThanks,\nSandeep\n--\nSandeep Menon | "
          "Principal Engineer, Platform\nTarangini Health Technologies Pvt. Ltd.\n"
          "3rd Floor, Prestige Tech Park Annex, Outer Ring Road, Bengaluru 560103\n+91 80 4718 2260\n")
    add(c, "02-interviewer-short-notice.eml",
        email(c, 2, frm=f"{iv1[0]} <{iv1[1]}>", to=OWNER_FULL,
              subject="Today's system design round - can we move to 6 PM?", date=s2, text=t2,
              received_from="mail-pj1-f44.google.example"))
    s3 = T(IST, 2026, 3, 5, 11, 58, 51)
    t3 = ("Hi Sandeep,\n\nNo problem at all, 6 PM today works for me. I'll join on the same link.\n\nRegards,\n"
          "Tejaswini\n\n" + quote(t2, f"{iv1[0]} <{iv1[1]}>", fmt_gmail_when(s2)))
    add(c, "03-re-ok-6pm.eml", email(c, 3, frm=OWNER_FULL, to=f"{iv1[0]} <{iv1[1]}>",
                                      subject="Re: Today's system design round - can we move to 6 PM?",
                                      date=s3, text=t3, in_reply_to=mid(c, 2)))
    s4 = T(IST, 2026, 3, 5, 12, 4, 19)
    t4 = "Thanks Tejaswini, appreciate it. See you at 6.\n\n- Sandeep\n\n" + quote(t3, OWNER_FULL, fmt_gmail_when(s3))
    add(c, "04-re-thanks.eml", email(c, 4, frm=f"{iv1[0]} <{iv1[1]}>", to=OWNER_FULL,
                                      subject="Re: Today's system design round - can we move to 6 PM?", date=s4,
                                      text=t4, in_reply_to=mid(c, 3), references=f"{mid(c, 2)} {mid(c, 3)}"))
    fin = T(IST, 2026, 3, 5, 18, 0)
    label(c, interviews=[iv(co, role, fin, fin + timedelta(hours=1), "scheduled", [iv1[1]], [iv1[1]], "technical")],
          difficulty="hard", category="positive/reschedule-by-email",
          notes="Keka Hire invite for 3 PM; the interviewer moves it to '6 PM today' in a mail the same morning with "
                "no updated .ics -> final 18:00-19:00 IST.")


def c04():
    c = "b115-04-zoho-managerial-round-position-on-hold"
    co, role = "Meghdoot Cloud Services", "Backend Engineer (Go)"
    rec = ("Prachi Deshmukh", "prachi.deshmukh@meghdootcloud.example")
    hm = ("Vivek Kamath", "vivek.kamath@meghdootcloud.example")
    sent = T(IST, 2026, 3, 12, 10, 5, 44)
    st = T(IST, 2026, 3, 18, 16, 0)
    en = st + timedelta(minutes=45)
    uid = uid_for(c, 1, "zohorecruit.example")
    text = ("Dear Tejaswini Hegde,\n\nWe are pleased to invite you for the next round of interview for the position "
            f"of {role}.\n\nInterview Name : Managerial Round\n"
            f"Date & Time : {st.strftime('%d/%m/%Y %I:%M %p')} - {en.strftime('%I:%M %p')}\n"
            "Time Zone : (GMT+05:30) India Standard Time (Asia/Kolkata)\n"
            "Interviewer(s) : Vivek Kamath (Engineering Manager)\n"
            "Venue : Online - https://meghdoot.zoom.example/j/84310027715\n\n"
            "Please accept the attached calendar invitation. For any queries, kindly reach out to "
            f"{rec[0]} ({rec[1]}).\n\nRegards,\nHiring Team\nMeghdoot Cloud Services Pvt. Ltd.\n\n"
            "-- Sent via Zoho Recruit --\n")
    ics = make_ics(prodid="-//Zoho Recruit//Interview//EN", method="REQUEST", uid=uid, start=st, end=en,
                   summary=f"Managerial Round - {role} - Tejaswini Hegde", organizer=rec,
                   attendees=[hm, (OWNER_NAME, OWNER)], stamp=sent, tzid="Asia/Kolkata",
                   location="https://meghdoot.zoom.example/j/84310027715")
    add(c, "01-zoho-recruit-interview-invite.eml",
        email(c, 1, frm="Meghdoot Cloud Services <notification@zohorecruit.example>",
              reply_to=f"{rec[0]} <{rec[1]}>", to=OWNER, subject=f"Interview Invitation - Managerial Round - {role}",
              date=sent, text=text, text_cte="7bit", attach=[("Interview.ics", ics.encode(), "text", "calendar")],
              received_from="sender4.zohorecruit.example"))
    s2 = T(IST, 2026, 3, 16, 19, 31, 3)
    t2 = ("Dear Tejaswini,\n\nHope you are doing well.\n\nWe regret to inform you that the Backend Engineer (Go) "
          "position has been put on hold owing to revised hiring plans for this quarter. Hence the Managerial round "
          "scheduled on 18th March at 4 PM with Vivek stands cancelled. Apologies for the inconvenience caused.\n\n"
          "We have retained your profile and will revert as soon as the requirement opens up again.\n\n"
          "Thanks & Regards,\nPrachi Deshmukh\nHR - Talent Acquisition\nMeghdoot Cloud Services Pvt. Ltd.\n"
          "7th Floor, Cerebrum IT Park, Kalyani Nagar, Pune 411014 | +91 20 4012 9930\n")
    add(c, "02-position-on-hold.eml",
        email(c, 2, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL,
              subject="Managerial Round on 18th March - Cancelled (position on hold)", date=s2, text=t2))
    cx = make_ics(prodid="-//Zoho Recruit//Interview//EN", method="CANCEL", uid=uid, start=st, end=en,
                  summary=f"Cancelled: Managerial Round - {role} - Tejaswini Hegde", organizer=rec,
                  attendees=[hm, (OWNER_NAME, OWNER)], stamp=s2 + timedelta(minutes=2), tzid="Asia/Kolkata",
                  seq=1, status="CANCELLED")
    add(c, "03-interview-cancelled.ics", cx)
    label(c, interviews=[iv(co, role, st, en, "cancelled", [hm[1]], [hm[1]], "hiring_manager")],
          difficulty="medium", category="positive/cancellation",
          notes="Zoho Recruit invite (TZID Asia/Kolkata) then recruiter cancels because the position is on hold "
                "('we regret to inform' but not a rejection) plus a standalone METHOD:CANCEL .ics.")


def c05():
    c = "b115-05-london-teams-across-bst-switch"
    co, role = "Fennick & Rowe", "Senior Backend Engineer (Python)"
    rec = ("Harriet Cole", "harriet.cole@fennickrowe.example")
    em = ("Oliver Beckett", "oliver.beckett@fennickrowe.example")
    s1 = T(LON, 2026, 3, 24, 10, 12, 9)
    st = T(LON, 2026, 3, 31, 10, 0)
    en = st + timedelta(minutes=45)
    t1 = ("Hi Tejaswini,\n\nThanks for your time on the intro call. Oliver Beckett, our Engineering Manager for the "
          "Ledger team, would like to meet you for a 45-minute conversation (architecture + how you've run services "
          "in production).\n\nWould Tuesday 31st March at 10am UK time work? Just a heads-up as you're in Bengaluru: "
          "our clocks go forward this Sunday (29th), so 10am on the 31st is 2:30pm IST for you - not 3:30pm as it "
          "would have been this week.\n\nI'll send a Teams invite once you confirm. I won't be joining the call "
          "myself.\n\nBest wishes,\nHarriet\n\nHarriet Cole\nTalent Partner, Fennick & Rowe\n"
          "14 Finsbury Row, London EC2A 1QX\n+44 20 7946 0817\n")
    add(c, "01-recruiter-proposes-time.eml",
        email(c, 1, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL, subject="Fennick & Rowe - next step with Oliver",
              date=s1, text=t1, received_from="mail-lo4p265.outbound.protection.outlook.example"))
    s2 = T(IST, 2026, 3, 24, 16, 55, 12)
    t2 = ("Hi Harriet,\n\nThanks for flagging the clock change! Tuesday 31st at 10am UK / 2:30pm IST works well "
          "for me.\n\nBest,\nTejaswini\n\n" + quote(t1, f"{rec[0]} <{rec[1]}>", fmt_gmail_when(s1)))
    add(c, "02-re-confirm.eml", email(c, 2, frm=OWNER_FULL, to=f"{rec[0]} <{rec[1]}>",
                                       subject="Re: Fennick & Rowe - next step with Oliver", date=s2, text=t2,
                                       in_reply_to=mid(c, 1)))
    s3 = T(LON, 2026, 3, 24, 13, 1, 40)
    body = ("Hi Tejaswini,\n\nAs discussed, this is your 45-minute interview with Oliver Beckett (Engineering "
            "Manager). Note the UK clocks change on 29 March; the time above is UK time.\n\nBest wishes,\nHarriet")
    add(c, "03-teams-invite.eml",
        teams_invite(c, 3, organizer=rec, to_list=[(OWNER_NAME, OWNER), em], start=st, end=en,
                     tzid="GMT Standard Time", when_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
                     subject="Fennick & Rowe | Tejaswini Hegde <> Oliver Beckett (Senior Backend Engineer)",
                     sent=s3, body=body, mtg="372 118 905 226", pc="Fr7qK2"))
    label(c, interviews=[iv(co, role, st, en, "scheduled", [em[1]], [em[1]], "hiring_manager")],
          difficulty="hard", category="positive/outlook-teams-dst",
          notes="Booked in GMT week for a slot after the 29 March BST switch; Exchange TZID 'GMT Standard Time' with "
                "a '(UTC+00:00)' display label; correct IST is 14:30. Recruiter does not join.")


def c06():
    c = "b115-06-calendly-us-pacific-late-evening-ist"
    co, role = "Larkspur Data", "Backend Engineer, Ingestion"
    rec = ("Marcus Lee", "marcus.lee@larkspurdata.example")
    s1 = T(LAX, 2026, 3, 6, 14, 5, 33)
    t1 = ("Hi Tejaswini,\n\nGreat connecting on LinkedIn! I'd love to set up a 30 min intro call to walk you "
          "through the Backend Engineer, Ingestion role (remote from India is fine, we have a few folks in "
          "Bengaluru already).\n\nGrab any slot that works here: https://calendly.example/marcus-larkspur/30min\n\n"
          "Heads up that we spring forward this Sunday, so my evenings-your-mornings / my mornings-your-evenings "
          "shift by an hour next week - Calendly will show it in your time zone.\n\nCheers,\nMarcus\n"
          "--\nMarcus Lee | Technical Recruiter | Larkspur Data\n500 Bryant St, San Francisco, CA 94107\n"
          "(415) 555-0148\n")
    add(c, "01-recruiter-outreach-calendly-link.eml",
        email(c, 1, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL, subject="Larkspur Data - intro call?", date=s1,
              text=t1, received_from="mail-yw1-f170.google.example"))
    s2 = T(IST, 2026, 3, 7, 9, 12, 48)
    st = T(IST, 2026, 3, 12, 21, 0)
    en = st + timedelta(minutes=30)
    t2 = ("Hi Tejaswini Hegde,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Intro Call with Marcus "
          "Lee (Larkspur Data)\n\nEvent Date/Time:\n"
          f"{st.strftime('%I:%M%p').lower()} - {en.strftime('%I:%M%p').lower()} (India Standard Time) on "
          f"{st.strftime('%A, %B %-d, %Y')}\n\nLocation:\nMarcus will call you on Zoom: "
          "https://larkspurdata.zoom.example/j/96605512387\n\nInvitee Time Zone:\nIndia Standard Time\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.example/cancellations/3f0e6b\n"
          "Reschedule: https://calendly.example/reschedulings/3f0e6b\n\nPowered by Calendly\n")
    ics = make_ics(prodid="-//Calendly//EN", method="REQUEST", uid=uid_for(c, 2, "calendly.example"), start=st, end=en,
                   summary="30 Minute Intro Call with Marcus Lee (Larkspur Data)", organizer=rec,
                   attendees=[(OWNER_NAME, OWNER)], stamp=s2, location="https://larkspurdata.zoom.example/j/96605512387")
    add(c, "02-calendly-confirmation.eml",
        email(c, 2, frm="Calendly <notifications@calendly.example>", reply_to=f"{rec[0]} <{rec[1]}>", to=OWNER,
              subject=f"Confirmed: 30 Minute Intro Call with Marcus Lee (Larkspur Data) on {st.strftime('%A, %B %-d, %Y')}",
              date=s2, text=t2, text_cte="7bit", attach=[("invite.ics", ics.encode(), "text", "calendar")],
              received_from="o3.ptr9012.calendly.example"))
    s3 = T(LAX, 2026, 3, 9, 8, 47, 2)
    t3 = ("Hi Tejaswini - saw your booking come through, thanks! Confirming Thu 3/12 @ 8:30a PT (9pm your time - "
          "sorry it's late on your end). Talk then.\n\nMarcus\n")
    add(c, "03-recruiter-confirms.eml",
        email(c, 3, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL, subject="Re: Larkspur Data - intro call?", date=s3,
              text=t3, text_cte="7bit", in_reply_to=mid(c, 1)))
    label(c, interviews=[iv(co, role, st, en, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
          difficulty="medium", category="positive/calendly-us-dst",
          notes="Calendly confirmation in the invitee's IST; recruiter restates as 'Thu 3/12 @ 8:30a PT' after the "
                "US DST switch (= 21:00 IST). Recruiter conducts the screen.")


def c07():
    c = "b115-07-google-invite-us-eastern-after-dst"
    co, role = "Corbel Systems", "Senior Backend Engineer"
    hm = ("Dana Whitfield", "dana.whitfield@corbelsystems.example")
    sent = T(NYC, 2026, 3, 4, 15, 22, 10)
    st = T(NYC, 2026, 3, 9, 10, 0)
    en = st + timedelta(minutes=45)
    desc = ("Hiring manager conversation for the Senior Backend Engineer role.\n\nTejaswini - note the US switches "
            "to daylight time on Sunday Mar 8, so this is 7:30pm IST for you (not 8:30pm). Looking forward to it!\n"
            "- Dana")
    add(c, "01-invitation.eml",
        google_invite(c, 1, organizer=hm, attendees=[(OWNER, OWNER)], start=st, end=en,
                      tzname="Eastern Time - New York", tzlabel="EDT",
                      summary="Tejaswini Hegde / Dana Whitfield - Corbel Systems (Senior Backend Engineer)",
                      sent=sent, desc=desc, meet="https://meet.google.com/cbs-qmaw-tru"))
    label(c, interviews=[iv(co, role, st, en, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          difficulty="medium", category="positive/google-invite-dst",
          notes="Google Calendar invite sent during EST for the Monday right after the US DST switch (10:00 EDT = "
                "19:30 IST). Organizer is the hiring manager.")


def c08():
    c = "b115-08-agency-consultant-forwards-client-f2f"
    co, role = "Ambara Retail Tech", "Senior Software Engineer"
    cons = ("Manjunath Gowda", "manjunath.g@kaverihr.example")
    client = ("Lavanya R", "lavanya.r@ambararetail.example")
    cs = T(IST, 2026, 3, 18, 12, 41)
    s1 = T(IST, 2026, 3, 18, 13, 15, 27)
    st = T(IST, 2026, 3, 21, 10, 30)
    inner = ("Hi Manjunath,\n\nWe would like to schedule Tejaswini for the F2F technical round on Saturday, 21st "
             "March at half past ten in the morning at our Whitefield office. Panel: Karthik Subramanian "
             "(Engineering Manager) along with one senior engineer from the team.\n\nCandidate should carry a hard "
             "copy of the updated resume and any one govt. ID. Address: Ambara Retail Tech, 6th Floor, Brigade "
             "Signature Tower, ITPL Main Road, Whitefield, Bengaluru 560066.\n\nRegards,\nLavanya R\nHR, Ambara "
             "Retail Tech\n")
    t1 = ("Dear Tejaswini,\n\nGreetings from Kaveri HR Consultants!!\n\nAs discussed over the phone, please find "
          "below the F2F interview details with our client. Kindly do the needful and confirm your availability. "
          "Please report 15 mins before the scheduled time and call me if you face any issue at the reception.\n\n"
          "All the best!!\n\nWarm Regards,\nManjunath Gowda\nSr. Consultant - IT Staffing\nKaveri HR Consultants\n"
          "#221, 2nd Floor, 80 Feet Road, Indiranagar, Bengaluru 560038\nMob: +91 99860 22714\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {client[0]} <{client[1]}>\nDate: {fmt_gmail_when(cs).replace(' at ', ' at ')}\n"
          f"Subject: F2F round - Tejaswini Hegde - {role}\nTo: {cons[0]} <{cons[1]}>\n\n" + inner)
    add(c, "01-fwd-client-f2f-details.eml",
        email(c, 1, frm=f"{cons[0]} <{cons[1]}>", to=OWNER_FULL,
              subject=f"Fwd: F2F round - Tejaswini Hegde - {role}", date=s1, text=t1,
              received_from="mail-pf1-f181.google.example"))
    s2 = T(IST, 2026, 3, 18, 14, 2, 5)
    t2 = ("Dear Manjunath,\n\nNoted, thank you. I confirm I will be at the Whitefield office on Saturday by 10:15 AM "
          "for the 10:30 round.\n\nRegards,\nTejaswini\n\n" + quote(t1[:600], f"{cons[0]} <{cons[1]}>",
                                                                      fmt_gmail_when(s1)))
    add(c, "02-re-noted.eml", email(c, 2, frm=OWNER_FULL, to=f"{cons[0]} <{cons[1]}>",
                                     subject=f"Re: Fwd: F2F round - Tejaswini Hegde - {role}", date=s2, text=t2,
                                     in_reply_to=mid(c, 1)))
    label(c, interviews=[iv(co, role, st, None, "scheduled", [], [cons[1]], "onsite")],
          difficulty="hard", category="positive/agency-forwarded",
          notes="Agency consultant forwards the client's mail; 'half past ten' on Saturday 21 March, no duration; "
                "panel names without addresses -> follow-up goes to the consultant who corresponded. Company is "
                "the client, not the agency.")


def c09():
    c = "b115-09-screen-then-gcal-technical-two-interviews"
    co, role = "Chitrakoot Games", "Backend Engineer (Game Services)"
    rec = ("Aishwarya Rao", "aishwarya.rao@chitrakootgames.example")
    em = ("Ravi Shankar", "ravi.shankar@chitrakootgames.example")
    sde = ("Meera Pillai", "meera.pillai@chitrakootgames.example")
    s1 = T(IST, 2026, 2, 27, 17, 30, 14)
    t1 = ("Hi Tejaswini,\n\nThanks for applying for the Backend Engineer (Game Services) role at Chitrakoot Games. "
          "Your profile looks like a great fit!\n\nCould we connect for a quick 30-min screening call on Tuesday, "
          "3rd March at noon? I'll call you on the number in your resume.\n\nCheers,\nAishwarya Rao\n"
          "Talent Acquisition | Chitrakoot Games\n2nd Floor, 12th Main, HSR Layout Sector 6, Bengaluru 560102\n")
    add(c, "01-recruiter-screen-request.eml",
        email(c, 1, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL, subject="Chitrakoot Games | Screening call",
              date=s1, text=t1, received_from="mail-qk1-f177.google.example"))
    s2 = T(IST, 2026, 2, 27, 19, 3, 55)
    t2 = ("Hi Aishwarya,\n\nYes, noon on Tuesday works for me. Looking forward to it.\n\nThanks,\nTejaswini\n\n"
          + quote(t1, f"{rec[0]} <{rec[1]}>", fmt_gmail_when(s1)))
    add(c, "02-re-yes.eml", email(c, 2, frm=OWNER_FULL, to=f"{rec[0]} <{rec[1]}>",
                                   subject="Re: Chitrakoot Games | Screening call", date=s2, text=t2,
                                   in_reply_to=mid(c, 1)))
    s3 = T(IST, 2026, 3, 3, 13, 5, 20)
    t3 = ("Hi Tejaswini,\n\nThanks for your time today! Happy to share that you've moved to the technical round. "
          "Ravi (Engineering Manager) will send you the calendar invite directly - it'll be a 1 hour session with "
          "Ravi and Meera.\n\nCheers,\nAishwarya\n")
    add(c, "03-moved-to-next-round.eml",
        email(c, 3, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL, subject="Re: Chitrakoot Games | Screening call",
              date=s3, text=t3, text_cte="7bit", in_reply_to=mid(c, 2)))
    st2 = T(IST, 2026, 3, 10, 14, 0)
    en2 = st2 + timedelta(hours=1)
    ev = {
        "kind": "calendar#event", "etag": "\"3521904417734000\"", "id": "7hq2c0k1bd4tmr3v9pj8wq5aes",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2hxMmMwazFiZDR0bXIzdjlwajh3cTVhZXM",
        "created": "2026-03-03T09:12:44.000Z", "updated": "2026-03-03T09:14:02.117Z",
        "summary": "Technical Interview: Tejaswini Hegde <> Chitrakoot Games (Backend)",
        "description": "Live coding + low level design. Interviewers: Ravi Shankar (EM), Meera Pillai (SDE-3).",
        "creator": {"email": em[1], "displayName": em[0]},
        "organizer": {"email": em[1], "displayName": em[0]},
        "start": {"dateTime": iso(st2), "timeZone": "Asia/Kolkata"},
        "end": {"dateTime": iso(en2), "timeZone": "Asia/Kolkata"},
        "iCalUID": "7hq2c0k1bd4tmr3v9pj8wq5aes@google.com", "sequence": 0,
        "attendees": [
            {"email": em[1], "displayName": em[0], "organizer": True, "responseStatus": "accepted"},
            {"email": sde[1], "displayName": sde[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/chg-ttqa-pkm",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/chg-ttqa-pkm",
                                            "label": "meet.google.com/chg-ttqa-pkm"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "chg-ttqa-pkm"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "04-technical-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    st1 = T(IST, 2026, 3, 3, 12, 0)
    label(c, interviews=[
        iv(co, role, st1, st1 + timedelta(minutes=30), "scheduled", [rec[1]], [rec[1]], "phone_screen"),
        iv(co, role, st2, en2, "scheduled", [em[1], sde[1]], [em[1], sde[1]], "onsite")],
        difficulty="hard", category="positive/two-interviews",
        notes="Screening call 'Tuesday, 3rd March at noon' (30 min) agreed in a thread, then a separate technical "
              "round as a Calendar API event with two interviewers -> two interviews.")


def c10():
    c = "b115-10-singapore-teams-panel"
    co, role = "Merlion Ledger", "Senior Software Engineer, Core Banking"
    rec = ("Tan Wei Ling", "weiling.tan@merlionledger.example")
    a = ("Daniel Koh", "daniel.koh@merlionledger.example")
    b = ("Priyanka Nair", "priyanka.nair@merlionledger.example")
    s1 = T(SGP, 2026, 4, 1, 17, 48, 20)
    st = T(SGP, 2026, 4, 7, 14, 0)
    en = T(SGP, 2026, 4, 7, 15, 30)
    body = ("Dear Tejaswini,\n\nThank you for your interest in Merlion Ledger. Please find attached the invitation "
            "for your 90-minute panel interview with Daniel Koh (Head of Core Banking Engineering) and Priyanka "
            "Nair (Staff Engineer).\n\nFor your convenience: 2:00 PM SGT is 11:30 AM IST.\n\nThe first hour is a "
            "deep-dive on a system you've built; the last 30 minutes are for your questions.\n\nBest regards,\n"
            "Tan Wei Ling\nTalent Acquisition, Merlion Ledger Pte. Ltd.\n"
            "8 Marina View, #21-03, Singapore 018960 | +65 6311 2047")
    add(c, "01-teams-panel-invite.eml",
        teams_invite(c, 1, organizer=rec, to_list=[(OWNER_NAME, OWNER), a, b], start=st, end=en,
                     tzid="Singapore Standard Time", when_label="(UTC+08:00) Kuala Lumpur, Singapore",
                     subject="Merlion Ledger - Panel Interview - Tejaswini Hegde (Senior Software Engineer, Core Banking)",
                     sent=s1, body=body, mtg="415 903 266 871", pc="mL9x3T"))
    label(c, interviews=[iv(co, role, st, en, "scheduled", [a[1], b[1]], [a[1], b[1]], "onsite")],
          difficulty="medium", category="positive/outlook-teams",
          notes="Exchange/Teams invite with TZID 'Singapore Standard Time'; coordinator organizes, two panelists.")


def c11():
    c = "b115-11-google-invite-then-canceled-event"
    co, role = "Vayu Mobility", "Backend Engineer - Fleet Platform"
    em = ("Kunal Sethi", "kunal.sethi@vayumobility.example")
    s1 = T(IST, 2026, 3, 16, 11, 20, 4)
    st = T(IST, 2026, 3, 20, 17, 0)
    en = st + timedelta(minutes=45)
    uid = uid_for(c, 1, "google.com")
    summ = "Vayu Mobility | Technical Round 1 | Tejaswini Hegde"
    add(c, "01-invitation.eml",
        google_invite(c, 1, organizer=em, attendees=[(OWNER, OWNER)], start=st, end=en,
                      tzname="India Standard Time - Kolkata", tzlabel="IST", summary=summ, sent=s1,
                      desc="Technical round 1 (backend fundamentals, Go/Java, SQL). Interviewer: Kunal Sethi.",
                      meet="https://meet.google.com/vym-hrtk-qde", uid=uid))
    s2 = T(IST, 2026, 3, 19, 20, 41, 37)
    add(c, "02-canceled-event.eml",
        google_invite(c, 2, organizer=em, attendees=[(OWNER, OWNER)], start=st, end=en,
                      tzname="India Standard Time - Kolkata", tzlabel="IST", summary=summ, sent=s2,
                      desc="Hi Tejaswini, apologies - the panel is travelling this week, so cancelling tomorrow's "
                           "slot for now. Ritu from TA will revert with fresh slots.",
                      method="CANCEL", seq=1, cancelled=True, uid=uid))
    label(c, interviews=[iv(co, role, st, en, "cancelled", [em[1]], [em[1]], "technical")],
          difficulty="easy", category="positive/cancellation",
          notes="Google Calendar invitation followed by 'Canceled event' (METHOD:CANCEL); no new slot yet.")


def c12():
    c = "b115-12-german-hm-uhr-before-eu-dst"
    co, role = "Brenntal Automotive", "Backend Engineer \u2013 Connected Vehicle Platform"
    hm = ("J\u00fcrgen Albrecht", "juergen.albrecht@brenntal.example")
    s1 = T(BER, 2026, 3, 20, 9, 14, 51)
    st = T(BER, 2026, 3, 26, 14, 0)
    en = st + timedelta(minutes=45)
    sig = ("Mit freundlichen Gr\u00fc\u00dfen / Best regards\nJ\u00fcrgen Albrecht\nHead of Backend Engineering, "
           "Connected Vehicle\nBrenntal Automotive GmbH | Heilbronner Stra\u00dfe 310 | 70469 Stuttgart\n"
           "Tel. +49 711 8893 4410 | Mobil +49 170 5521 907\n")
    t1 = ("Hello Ms. Hegde,\n\nthank you for your application for the position \"Backend Engineer \u2013 Connected "
          "Vehicle Platform\" in our Bengaluru tech centre. I would like to get to know you in a 45-minute video "
          "interview.\n\nWould Thursday, 26.03., at 14:00 Uhr (CET) suit you? That should be 18:30 in Bengaluru. "
          "I will send you a Teams link.\n\n" + sig)
    add(c, "01-hm-proposes.eml",
        email(c, 1, frm=f"{hm[0]} <{hm[1]}>", to=OWNER_FULL, subject="Your application / Interview Brenntal",
              date=s1, text=t1, text_cte="base64", received_from="mx01.brenntal.example"))
    s2 = T(IST, 2026, 3, 20, 15, 7, 33)
    t2 = ("Dear J\u00fcrgen,\n\nThank you for the opportunity. Thursday 26.03 at 14:00 CET / 18:30 IST works for "
          "me.\n\nBest regards,\nTejaswini Hegde\n\n" + quote(t1, f"{hm[0]} <{hm[1]}>", fmt_gmail_when(s1)))
    add(c, "02-re-confirm.eml", email(c, 2, frm=OWNER_FULL, to=f"{hm[0]} <{hm[1]}>",
                                       subject="Re: Your application / Interview Brenntal", date=s2, text=t2,
                                       in_reply_to=mid(c, 1)))
    s3 = T(BER, 2026, 3, 20, 11, 40, 2)
    t3 = ("Dear Ms. Hegde,\n\nperfect, then see you on Thursday at 14:00 Uhr.\nTeams: "
          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Brenntal26032026%40thread.v2/0\n\n" + sig + "\n"
          + quote(t2, OWNER_FULL, fmt_gmail_when(s2)))
    add(c, "03-re-perfect.eml", email(c, 3, frm=f"{hm[0]} <{hm[1]}>", to=OWNER_FULL,
                                       subject="AW: Your application / Interview Brenntal", date=s3, text=t3,
                                       in_reply_to=mid(c, 2), references=f"{mid(c, 1)} {mid(c, 2)}"))
    label(c, interviews=[iv(co, role, st, en, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          difficulty="hard", category="positive/thread-foreign-format",
          notes="German hiring manager writes '26.03., at 14:00 Uhr (CET)' three days before the EU DST switch "
                "(= 18:30 IST); base64 body with umlauts; 'AW:' reply.")


def c13():
    c = "b115-13-founder-chat-tomorrow-from-iphone"
    co, role = "Nilgiri Commerce", "Founding Backend Engineer"
    fd = ("Aravind Krishnan", "aravind@nilgiricommerce.example")
    s1 = T(IST, 2026, 4, 1, 21, 10, 44)
    t1 = ("Hey Tejaswini,\n\nHarsh shared his feedback from your rounds - really positive. Last step on our side is "
          "a chat with me about the role and what we're building.\n\nCan we do tomorrow at 4:30 pm? I'll call you "
          "on WhatsApp, should take ~20 min.\n\nAravind\nCo-founder & CEO, Nilgiri Commerce\n\nSent from my iPhone\n")
    add(c, "01-founder-final-chat.eml",
        email(c, 1, frm=f"{fd[0]} <{fd[1]}>", to=OWNER_FULL, subject="Founding Backend Engineer - final chat",
              date=s1, text=t1, headers=[("X-Mailer", "iPhone Mail (22D82)")],
              received_from="mail-pl1-f180.google.example"))
    s2 = T(IST, 2026, 4, 1, 21, 26, 9)
    t2 = ("Hi Aravind,\n\nSure, tomorrow 4:30 pm works. Talk then!\n\nTejaswini\n\n"
          + quote(t1, f"{fd[0]} <{fd[1]}>", fmt_gmail_when(s1)))
    add(c, "02-re-sure.eml", email(c, 2, frm=OWNER_FULL, to=f"{fd[0]} <{fd[1]}>",
                                    subject="Re: Founding Backend Engineer - final chat", date=s2, text=t2,
                                    in_reply_to=mid(c, 1)))
    st = T(IST, 2026, 4, 2, 16, 30)
    label(c, interviews=[iv(co, role, st, st + timedelta(minutes=20), "scheduled", [fd[1]], [fd[1]],
                            "hiring_manager")],
          difficulty="medium", category="positive/email-body-only",
          notes="Founder's 'tomorrow at 4:30 pm' (~20 min) resolved against the Wed 1 Apr 21:10 IST Date header.")


# ================================================================== NEGATIVE CASES
def c14():
    c = "b115-14-hirepro-coding-assessment-window"
    s1 = T(IST, 2026, 3, 10, 19, 0, 5)
    html = html_wrap(p("Dear Tejaswini Hegde,",
                       "Greetings from <b>Saffron Fintech</b>!",
                       "Congratulations! Based on your profile, you have been shortlisted for the <b>Online Coding "
                       "Assessment</b> for the role of <b>Backend Engineer</b>. This is the first step of our "
                       "interview process.",
                       "<b>Assessment window:</b> 11-Mar-2026, 10:00 AM IST to 13-Mar-2026, 11:59 PM IST<br>"
                       "<b>Duration:</b> 90 minutes (2 coding questions + 15 MCQs)<br>"
                       "<b>Test link:</b> https://saffron.hirepro.example/assess/7Q2K9X<br>"
                       "<b>Login ID:</b> your registered e-mail address",
                       "Kindly complete the test by 11:59 PM IST on 13th March. The test is proctored - please use a "
                       "laptop with a working webcam and a stable internet connection. Candidates who clear the "
                       "assessment will be contacted by the recruiter to schedule the technical interview rounds.",
                       "All the best!<br>Team HirePro on behalf of Saffron Fintech",
                       '<span style="font-size:11px;color:#888">This is an auto-generated mail. Do not reply. For '
                       "technical support write to support@hirepro.example</span>"))
    add(c, "01-assessment-invite.eml",
        email(c, 1, frm="Saffron Fintech Assessments <assessments@hirepro.example>", to=OWNER,
              subject="Saffron Fintech | Online Coding Assessment - Backend Engineer | Complete by 13-Mar 11:59 PM IST",
              date=s1, html=html, received_from="mailer2.hirepro.example"))
    s2 = T(IST, 2026, 3, 13, 9, 0, 2)
    t2 = ("Dear Candidate,\n\nThis is a gentle reminder that your Online Coding Assessment for Saffron Fintech "
          "(Backend Engineer) is pending. The test window closes TODAY at 11:59 PM IST.\n\n"
          "Test link: https://saffron.hirepro.example/assess/7Q2K9X\n\nPlease ignore if already completed.\n\n"
          "Regards,\nTeam HirePro\n")
    add(c, "02-reminder.eml", email(c, 2, frm="Saffron Fintech Assessments <assessments@hirepro.example>",
                                     to=OWNER, subject="Reminder: Assessment window closes today 11:59 PM IST",
                                     date=s2, text=t2, text_cte="7bit"))
    label(c, interviews=[], difficulty="hard", category="negative/online-assessment",
          notes="Proctored coding test with a window and deadline; mentions interview rounds but none is scheduled.")


def c15():
    c = "b115-15-campus-placement-drive-announcement"
    s1 = T(IST, 2026, 3, 9, 10, 30, 0)
    t1 = ("Dear Students and Alumni,\n\nThe Training & Placement Cell is pleased to announce the CAMPUS PLACEMENT "
          "DRIVE of Saptagiri Software Labs for the 2026 passing-out batch (B.E. CSE / ISE / ECE).\n\n"
          "Role: Graduate Engineer Trainee | CTC: 7.5 LPA\nEligibility: 60% throughout, no active backlogs\n\n"
          "Schedule (Friday, 20th March 2026, Seminar Hall 2):\n"
          "  09:00 AM  Pre-placement talk\n  10:30 AM  Online aptitude + coding test\n"
          "  02:00 PM  Technical interviews (shortlisted candidates)\n  04:30 PM  HR interviews\n\n"
          "Interested students must register on the placement portal by 15th March, 5 PM. Alumni are requested to "
          "kindly circulate this among juniors and refer if your company is also hiring freshers.\n\n"
          "Regards,\nDr. S. Ramaprasad\nTraining & Placement Officer\nSri Jayadeva Institute of Technology, "
          "Tumakuru 572103\nPh: 0816 229 4410\n")
    add(c, "01-placement-drive.eml",
        email(c, 1, frm="Training & Placement Cell <placements@sjit.example>",
              to="alumni-cse-2019@lists.sjit.example", subject="Campus Placement Drive - Saptagiri Software Labs - 20th March",
              date=s1, text=t1, headers=[("List-Id", "<alumni-cse-2019.lists.sjit.example>"),
                                          ("Precedence", "list")], received_from="lists.sjit.example"))
    label(c, interviews=[], difficulty="hard", category="negative/placement-drive",
          notes="Mailing-list announcement of a campus drive with interview times for students; the user is an "
                "alumna on the list, not a candidate.")


def c16():
    c = "b115-16-bank-video-kyc-call"
    s1 = T(IST, 2026, 3, 7, 14, 2, 0)
    st = T(IST, 2026, 3, 10, 11, 30)
    html = html_wrap(p("Dear Ms. TEJASWINI HEGDE,",
                       "Your <b>Video KYC call</b> has been scheduled successfully.",
                       "<b>Date:</b> 10-Mar-2026<br><b>Time slot:</b> 11:30 AM - 11:45 AM IST<br>"
                       "<b>Application No:</b> SB26030711842",
                       "Our Video KYC agent will call you at the scheduled time. Kindly keep your original PAN card, "
                       "a blank white paper and a blue/black pen ready and ensure you are in a well-lit room. The "
                       "call will be recorded for regulatory purposes.",
                       "To reschedule, visit https://www.somabank.example/vkyc or call 1800 266 0101.",
                       "Regards,<br>Soma Small Finance Bank Ltd.",
                       '<span style="font-size:11px">Soma Bank will never ask for your OTP, PIN or password.</span>'))
    ics = make_ics(prodid="-//Soma Bank//VKYC//EN", method="PUBLISH", uid=uid_for(c, 1, "somabank.example"),
                   start=st, end=st + timedelta(minutes=15), summary="Soma Bank - Video KYC call",
                   organizer=("Soma Bank VKYC", "vkyc-noreply@somabank.example"),
                   attendees=[(OWNER_NAME, OWNER)], stamp=s1, tzid="Asia/Kolkata")
    add(c, "01-vkyc-scheduled.eml",
        email(c, 1, frm="Soma Bank <alerts@somabank.example>", to=OWNER,
              subject="Your Video KYC call is scheduled - 10-Mar-2026 11:30 AM", date=s1, html=html,
              attach=[("VideoKYC.ics", ics.encode(), "text", "calendar")], received_from="mta3.somabank.example"))
    label(c, interviews=[], difficulty="hard", category="negative/non-job-appointment",
          notes="Bank video-KYC call with a time slot and .ics; not a job interview.")


def c17():
    c = "b115-17-passport-seva-appointment"
    s1 = T(IST, 2026, 3, 2, 22, 15, 40)
    t1 = ("Dear TEJASWINI HEGDE,\n\nYour appointment has been scheduled successfully.\n\n"
          "Application Reference Number (ARN): 26-3000417722\n"
          "Passport Seva Kendra: PSK Bengaluru (Lalbagh)\nAppointment Date: 16/03/2026\n"
          "Appointment Time: 10:15 AM\nReporting Time: 09:45 AM\n\n"
          "Please carry the original documents and a self-attested photocopy of each. At the PSK your documents "
          "will be verified and you will proceed through counters A, B and C, where the Granting Officer may ask a "
          "few questions. Applicants who arrive after the reporting time may not be allowed to proceed.\n\n"
          "Please do not reply to this e-mail.\n\nPassport Seva\n")
    add(c, "01-appointment-confirmation.eml",
        email(c, 1, frm="Passport Seva <do-not-reply@passportseva.example>", to=OWNER,
              subject="Appointment Confirmation - ARN 26-3000417722", date=s1, text=t1, text_cte="7bit",
              received_from="smtp.passportseva.example"))
    label(c, interviews=[], difficulty="medium", category="negative/non-job-appointment",
          notes="Government appointment with date/time and 'Granting Officer may ask questions'; not a job interview.")


def c18():
    c = "b115-18-rejection-after-managerial-round"
    rec = ("Shalini Verma", "shalini.verma@kesarianalytics.example")
    s1 = T(IST, 2026, 3, 11, 17, 45, 9)
    t1 = ("Dear Tejaswini,\n\nThank you for taking the time to interview with us for the Backend Engineer role and "
          "for your patience through the technical and managerial rounds last week.\n\nAfter careful "
          "consideration, we regret to inform you that we will not be moving forward with your candidature at "
          "this time. The panel appreciated your depth in distributed systems; however, we have decided to proceed "
          "with candidates whose experience more closely matches our current requirements.\n\nWe will keep your "
          "profile in our talent pool and reach out for suitable openings in the future. We wish you all the best "
          "in your job search.\n\nWarm regards,\nShalini Verma\nTalent Acquisition | Kesari Analytics\n"
          "Sector 44, Gurugram 122003 | +91 124 488 6610\n")
    add(c, "01-regret.eml",
        email(c, 1, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL,
              subject="Update on your application - Backend Engineer | Kesari Analytics", date=s1, text=t1,
              received_from="mail-io1-f52.google.example"))
    label(c, interviews=[], difficulty="medium", category="negative/rejection",
          notes="Rejection referring to past rounds without dates; nothing scheduled.")


def c19():
    c = "b115-19-job-board-alert-walkin-drives"
    s1 = T(IST, 2026, 3, 8, 7, 30, 0)
    jobs = [("Backend Developer - Java", "Orbitnest Technologies", "Bengaluru", "5-8 Yrs",
             "Walk-in interview: 14 March, 10 AM - 4 PM, Koramangala"),
            ("Senior Software Engineer (Golang)", "Pashmina Pay", "Pune", "4-7 Yrs", "Interview in 48 hours"),
            ("SDE-2 Backend", "Tandoor Labs", "Gurugram", "3-6 Yrs",
             "Virtual hiring drive - Saturday 21 Mar, telephonic + F2F rounds same day"),
            ("Platform Engineer", "Kalpavriksha Systems", "Bengaluru", "5-9 Yrs", "Early applicant")]
    rows = "".join(f'<tr><td style="padding:8px;border-bottom:1px solid #eee"><b>{t}</b><br>{co} &middot; {loc} '
                   f'&middot; {exp}<br><span style="color:#0a7">{tag}</span><br>'
                   f'<a href="https://www.jobnagar.example/job/{i}">Apply</a></td></tr>'
                   for i, (t, co, loc, exp, tag) in enumerate(jobs, 1))
    html = html_wrap(f"<p>Hi Tejaswini,</p><p><b>23 new jobs</b> match your profile 'Backend Developer'. Recruiters "
                     f"are actively hiring - apply early to get an interview call!</p><table width=\"600\">{rows}"
                     "</table><p>Update your profile to get better recommendations.</p>"
                     '<p style="font-size:11px;color:#888">You are receiving this job alert because you created it '
                     'on JobNagar. <a href="https://www.jobnagar.example/alerts">Manage alerts</a></p>')
    add(c, "01-job-alert.eml",
        email(c, 1, frm="JobNagar Job Alerts <jobalerts@mailer.jobnagar.example>", to=OWNER,
              subject="23 new Backend Developer jobs | Walk-in interviews this week", date=s1, html=html,
              html_cte="base64", received_from="mta2.mailer.jobnagar.example"))
    label(c, interviews=[], difficulty="medium", category="negative/job-alert",
          notes="HTML-only base64 job alert with 'walk-in interview' and 'hiring drive' dates for other companies.")


def c20():
    c = "b115-20-user-is-interviewer-at-current-company"
    work = "tejaswini.h@parvatisystems.example"
    rec = ("Ritika Sharma", "ritika.sharma@parvatisystems.example")
    sent_in = T(IST, 2026, 3, 9, 10, 2, 0)
    st = T(IST, 2026, 3, 12, 15, 0)
    en = st + timedelta(hours=1)
    ics = make_ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
                   uid="040000008200E00074C5B7101A82E00800000000" + hashlib.md5(c.encode()).hexdigest().upper(),
                   start=st, end=en, summary="Interview: Harsh Vardhan - SDE 2 (Backend) - Technical Round 1",
                   organizer=rec, attendees=[("Tejaswini Hegde", work)], stamp=sent_in,
                   description="You have been added as the panelist. Candidate resume attached in Keka. Kindly "
                               "submit your feedback in Keka by EOD.", location="Microsoft Teams Meeting",
                   tzid="India Standard Time")
    s1 = T(IST, 2026, 3, 9, 21, 14, 30)
    t1 = ("Adding this to my personal calendar - I'm taking this one from home on Thursday.\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {rec[0]} <{rec[1]}>\nDate: {fmt_gmail_when(sent_in)}\n"
          "Subject: Interview: Harsh Vardhan - SDE 2 (Backend) - Technical Round 1\n"
          f"To: Tejaswini Hegde <{work}>\n\n"
          "When: Thursday, March 12, 2026 3:00 PM-4:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\n"
          "Where: Microsoft Teams Meeting\n\nHi Tejaswini,\n\nYou have been added as the panelist for the "
          "technical round 1 of candidate Harsh Vardhan (SDE 2 - Backend). Resume and scorecard are in Keka. "
          "Kindly submit your feedback by EOD.\n\nThanks,\nRitika Sharma\nTalent Acquisition | Parvati Systems\n")
    add(c, "01-fwd-panelist-invite.eml",
        email(c, 1, frm=f"Tejaswini Hegde <{work}>", to=OWNER,
              subject="Fwd: Interview: Harsh Vardhan - SDE 2 (Backend) - Technical Round 1", date=s1, text=t1,
              attach=[("invite.ics", ics.encode(), "text", "calendar")],
              received_from="mail-bmxind01.outbound.protection.outlook.example"))
    label(c, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
          notes="The user forwards to her personal mailbox an invite where she is the panelist interviewing a "
                "candidate for her current employer.")


def c21():
    c = "b115-21-availability-request-unbooked-link"
    rec = ("Divya Iyengar", "divya.iyengar@zenshastra.example")
    s1 = T(IST, 2026, 3, 17, 11, 8, 12)
    t1 = ("Hi Tejaswini,\n\nGreetings from Zenshastra Technologies!\n\nYour profile has been shortlisted for the "
          "Senior Backend Engineer role. We would like to schedule your first technical round this week.\n\n"
          "Kindly share your availability between 10 AM and 6 PM IST on Thursday or Friday, or directly book a "
          "slot here: https://calendly.example/zenshastra-ta/technical-round-1 . Once you revert, I will block "
          "the interviewer's calendar and send the invite.\n\nAlso please share the below details:\n"
          "- Current CTC\n- Expected CTC\n- Notice period\n\nThanks & Regards,\nDivya Iyengar\nTalent Acquisition, "
          "Zenshastra Technologies\n+91 80 6912 3305\n")
    add(c, "01-availability-request.eml",
        email(c, 1, frm=f"{rec[0]} <{rec[1]}>", to=OWNER_FULL,
              subject="Zenshastra | Senior Backend Engineer | Technical round - share availability", date=s1,
              text=t1, received_from="mail-ej1-f47.google.example"))
    label(c, interviews=[], difficulty="hard", category="negative/availability-request",
          notes="Recruiter asks for availability and offers an unbooked scheduling link; nothing booked.")


def c22():
    c = "b115-22-paid-mock-system-design-interview"
    mentor = ("Rahul Bhattacharya", "rahul.b@interviewdojo.example")
    s1 = T(IST, 2026, 3, 9, 8, 40, 0)
    st = T(IST, 2026, 3, 14, 11, 0)
    en = st + timedelta(hours=1)
    desc = ("InterviewDojo mock interview - System Design (Senior Backend). Order #IDJ-448120, paid Rs 2,499.\n"
            "Your mentor will run a realistic FAANG-style interview and share written feedback within 24 hours.\n"
            "This is a practice session, not a hiring interview.")
    add(c, "01-mock-interview-invite.eml",
        google_invite(c, 1, organizer=mentor, attendees=[(OWNER, OWNER)], start=st, end=en,
                      tzname="India Standard Time - Kolkata", tzlabel="IST",
                      summary="Mock Interview: System Design - Tejaswini Hegde x Rahul (InterviewDojo)",
                      sent=s1, desc=desc, meet="https://meet.google.com/mdj-pqrs-xwa"))
    label(c, interviews=[], difficulty="hard", category="negative/mock-interview",
          notes="Paid mock system-design interview as a Google Calendar invite; coaching, not a job interview.")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for f in ALL:
        f()
    for d in HERE.glob("b115-*"):
        if d.is_dir():
            shutil.rmtree(d)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# blind115 labels (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
