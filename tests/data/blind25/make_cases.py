#!/usr/bin/env python3
"""Deterministic generator for the blind25 evaluation set (senior, academic and public-sector loops).

Rewrites every case folder (b25-*) next to this file and labels.yaml.
Only stdlib + PyYAML + zoneinfo.  All names, companies and domains are invented (.example).
Every UTC offset is computed with zoneinfo.
"""
import base64
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ------------------------------------------------------------------ time helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def wd(d):
    return d.strftime("%A")


def h12(d):
    s = d.strftime("%I:%M %p").lstrip("0")
    return s


# ------------------------------------------------------------------ iCalendar helpers
def fold(lines):
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
        out.append((b"" if first else b" ") + b)
    return (b"\r\n".join(out) + b"\r\n").decode("utf-8")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def off(iana, when):
    o = ZoneInfo(iana).utcoffset(when)
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


# rule: (daylight month, daylight byday, daylight local start, standard month, standard byday, standard local start)
RULES = {
    "us": (3, "2SU", "020000", 11, "1SU", "020000"),
    "london": (3, "-1SU", "010000", 10, "-1SU", "020000"),
    "cet": (3, "-1SU", "020000", 10, "-1SU", "030000"),
}


def vtimezone(tzid, iana, rule, exchange=False):
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if rule is None:
        o = off(iana, datetime(2026, 1, 15))
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000" if exchange else "DTSTART:19700101T000000",
                  f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}", "END:STANDARD"]
    else:
        dm, dby, dst_t, sm, sby, std_t = RULES[rule]
        std = off(iana, datetime(2026, 1, 15))
        dl = off(iana, datetime(2026, 7, 15))
        base = "1601010" if exchange else "1970010"
        lines += ["BEGIN:STANDARD", f"DTSTART:{base}1T{std_t}", f"TZOFFSETFROM:{dl}", f"TZOFFSETTO:{std}",
                  f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sby};BYMONTH={sm}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{base}1T{dst_t}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dl}",
                  f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dby};BYMONTH={dm}", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def zdt(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ldt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def vcal(method, prodid, events, tzs=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for tz in tzs:
        lines += tz
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return fold(lines)


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="", seq=0,
           status="CONFIRMED", tzid=None, exchange=False, extra=()):
    """organizer/attendees: (name, email).  tzid None -> UTC times."""
    L = ["BEGIN:VEVENT"]
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{ldt(start)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{ldt(end)}")
    else:
        L.append(f"DTSTART:{zdt(start)}")
        if end is not None:
            L.append(f"DTEND:{zdt(end)}")
    L.append(f"DTSTAMP:{zdt(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    if description:
        L.append(("DESCRIPTION;LANGUAGE=en-US:" if exchange else "DESCRIPTION:") + esc(description))
    L.append(("SUMMARY;LANGUAGE=en-US:" if exchange else "SUMMARY:") + esc(summary))
    if location:
        L.append(("LOCATION;LANGUAGE=en-US:" if exchange else "LOCATION:") + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    if exchange:
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


# ------------------------------------------------------------------ e-mail helper
def mail(owner, frm, to, subject, date, text=None, html=None, cte=None, html_cte="quoted-printable", cc=None,
         reply_to=None, msgid=None, in_reply_to=None, references=None, headers=(), ics=None,
         ics_mode="attach", ics_method="REQUEST", ics_name="invite.ics", received_from=None):
    m = EmailMessage()
    m["Delivered-To"] = owner
    rf = received_from or frm.split("@")[-1].rstrip(">")
    m["Received"] = (f"from mail.{rf} (mail.{rf} [192.0.2.{(len(subject) * 7) % 250 + 1}]) by mx.mail.example "
                     f"with ESMTPS; {format_datetime(date + timedelta(seconds=3))}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or mid(rf)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        m.set_content(text, cte=cte)
        m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=cte)
    if ics is not None:
        if ics_mode == "alt":
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(ics, subtype="calendar", cte="base64", params={"method": ics_method})
        else:
            m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename=ics_name,
                             params={"method": ics_method})
    for k, v in headers:  # after set_content(), which drops Content-* headers
        m[k] = v
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"_{n:03d}_b25{_MID[0]:04d}{(_MID[0] * 48271 + n * 7919) % 10**8:08d}_")
    return m.as_bytes(policy=POLICY.clone(linesep="\r\n"))


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


# Counter for Message-IDs to keep things deterministic (hash() is salted; avoid it)
_MID = [0]


def mid(domain):
    _MID[0] += 1
    return f"<{_MID[0]:04d}.{7919 * _MID[0] % 100003:05d}.b25@{domain}>"


EXCH_HDRS = [("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email"), ("Accept-Language", "en-US")]


def teams_block():
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_b25>\n"
            "Meeting ID: 318 552 904 117\nPasscode: q7Xw2B\n"
            "________________________________________________________________________________")


# ======================================================================== CASES
def case01():
    c = "b25-01-retained-search-ceo-meeting-thread-dst"
    owner = "renata.falk@example.com"
    simon = "Simon Achterberg <s.achterberg@hartwellcrane.example>"
    margit = "margit.olsen@solennebio.example"
    jo = "jpruitt@solennebio.example"
    d1 = T(2026, 3, 3, 10, 12, "America/New_York")
    sig = ("Simon Achterberg\nPartner, Life Sciences Practice\nHartwell Crane Partners\n"
           "One Federal Street, 22nd Floor, Boston, MA 02110\nDirect +1 617 555 0148 | Mobile +1 617 555 0199\n")
    m1 = mid("hartwellcrane.example")
    add(c, "01-simon-margit-would-like-to-meet.eml", mail(
        owner, simon, "Renata Falk <renata.falk@example.com>",
        "Solenne Biologics - CFO search - next step", d1, msgid=m1,
        text=("Renata,\n\nGood news from Solenne. Margit Olsen (CEO) has read the committee's notes from your "
              "conversation with the audit chair and would like to meet you in person. As I mentioned, Solenne is "
              "our client on this search; Margit makes the final call on the CFO appointment together with the board.\n\n"
              "She can do Thursday 12 March in the afternoon or Friday 13 March before 11. It would be at their "
              "offices at 400 Harbor Point Blvd, Boston, and she's blocking roughly an hour and a half.\n\n"
              "Which suits you? I'll lock it in with her EA.\n\nBest,\n" + sig)))
    d2 = T(2026, 3, 3, 13, 47, "America/New_York")
    m2 = mid("example.com")
    add(c, "02-renata-thursday-works.eml", mail(
        owner, "Renata Falk <renata.falk@example.com>", simon, "Re: Solenne Biologics - CFO search - next step", d2,
        msgid=m2, in_reply_to=m1, headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
        text=("Simon,\n\nThursday afternoon is better for me - anytime after 1pm. Happy to come to Harbor Point.\n\n"
              "Renata\n\nSent from my iPhone\n\n> On Mar 3, 2026, at 10:12 AM, Simon Achterberg "
              "<s.achterberg@hartwellcrane.example> wrote:\n>\n> Renata,\n>\n> Good news from Solenne. Margit Olsen (CEO) "
              "has read the committee's notes\n> ... She can do Thursday 12 March in the afternoon or Friday 13 March\n"
              "> before 11.\n")))
    d3 = T(2026, 3, 4, 9, 5, "America/New_York")
    start = T(2026, 3, 12, 14, 0, "America/New_York")
    add(c, "03-simon-confirmed-thursday-2pm.eml", mail(
        owner, simon, "Renata Falk <renata.falk@example.com>", "Re: Solenne Biologics - CFO search - next step", d3,
        cc=f"Margit Olsen <{margit}>, Jo Pruitt <{jo}>", msgid=mid("hartwellcrane.example"), in_reply_to=m2,
        references=f"{m1} {m2}",
        text=("Renata,\n\nConfirmed: Thursday 3/12 at 2pm ET with Margit at Solenne's offices (400 Harbor Point Blvd, "
              "7th floor). Plan on 90 minutes. Jo Pruitt, Margit's EA (copied), will meet you in reception - "
              "bring photo ID for the front desk.\n\nNote the clocks go forward this Sunday, so it's 2pm local "
              "daylight time. I won't be in the room, but let's speak by phone afterwards.\n\nMargit - thank you "
              "for making the time.\n\nBest,\n" + sig + "\n\nOn Tue, Mar 3, 2026 at 1:47 PM Renata Falk wrote:\n"
              "> Thursday afternoon is better for me - anytime after 1pm.\n")))
    label(c, owner, [iv("Solenne Biologics", "Chief Financial Officer", start, start + timedelta(minutes=90),
                        "scheduled", [margit], [margit], "hiring_manager")],
          "medium", "positive/exec-search-thread",
          "Retained search partner proposes, candidate picks Thursday, partner confirms 3/12 2pm ET (after US DST "
          "start) with client CEO; employer is the client; partner and EA only coordinate.")


def case02():
    c = "b25-02-board-panel-exchange-invite-utc-label"
    owner = "leah.brandt@mail.example"
    org = ("Denise Harlow", "dharlow@cascadiawatershed.example")
    panel = [("Tomas Reyes-Whitfield", "treyeswhitfield@cascadiawatershed.example"),
             ("Alicia Nakamura", "anakamura@cascadiawatershed.example"),
             ("Graham Osei", "gosei@cascadiawatershed.example")]
    start = T(2026, 4, 23, 10, 0, "America/Los_Angeles")
    end = T(2026, 4, 23, 11, 30, "America/Los_Angeles")
    sent = T(2026, 4, 14, 16, 21, "America/Los_Angeles")
    body = (f"When: {wd(start)}, April 23, 2026 10:00 AM-11:30 AM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Leah,\n\n"
            "On behalf of the Board of Directors, thank you for your interest in the Executive Director position. "
            "The Board's search committee would like to invite you to a 90-minute panel interview. Your panel:\n\n"
            "  - Tomas Reyes-Whitfield, Board Chair\n  - Alicia Nakamura, Treasurer\n  - Graham Osei, Director\n\n"
            "I'll open the Teams meeting and admit you from the lobby, but I won't take part in the conversation. "
            "The committee will share a short scenario at the start and give you ten minutes to think it through.\n\n"
            "With thanks,\nDenise Harlow\nBoard Liaison & Executive Assistant\nCascadia Watershed Trust\n"
            "812 SE Alder St, Portland, OR 97214 | (503) 555-0162\n\n" + teams_block())
    html = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>').replace('&', '&amp;')}</p>" for p in body.split("\n\n")) + "</div></body></html>"
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010",
               [vevent("040000008200E00074C5B7101A82E00800000000B25A02C0FFEE00000000000000000010000000B25CA5CAD1A",
                       start, end, "Executive Director - Panel Interview (Leah Brandt)", org, [("Leah Brandt", owner)] + panel,
                       sent, description=body, location="Microsoft Teams Meeting", tzid="Pacific Standard Time",
                       exchange=True)],
               [vtimezone("Pacific Standard Time", "America/Los_Angeles", "us", exchange=True)])
    add(c, "01-invite-executive-director-panel.eml", mail(
        owner, f"{org[0]} <{org[1]}>", ", ".join(f"{n} <{e}>" for n, e in [("Leah Brandt", owner)] + panel),
        "Executive Director - Panel Interview (Leah Brandt)", sent, text=body, html=html, cte="quoted-printable",
        msgid=mid("cascadiawatershed.example"),
        headers=EXCH_HDRS + [("Thread-Topic", "Executive Director - Panel Interview (Leah Brandt)")],
        ics=ics, ics_mode="alt"))
    emails = [e for _, e in panel]
    label(c, owner, [iv("Cascadia Watershed Trust", "Executive Director", start, end, "scheduled", emails, emails,
                        "onsite")],
          "medium", "positive/board-panel-exchange",
          "Exchange invite with Windows TZID and the usual '(UTC-08:00)' display label although 23 April is PDT; "
          "organizer is a board liaison who does not interview; three board members are the panel.")


def case03():
    c = "b25-03-faculty-campus-visit-html-itinerary-travel"
    owner = "amara.chidi@example.com"
    dom = "larkspurstate.example"
    karen = f"Karen Voss <kvoss@{dom}>"
    ok, dean, chair = f"dokonkwo@{dom}", f"plindqvist@{dom}", f"esorby@{dom}"
    tz = "America/Chicago"
    day = (2026, 4, 14)
    rows = [
        ("8:00 - 8:45 am", "Breakfast with Prof. Daniel Okonkwo, Search Committee Chair (" + ok + ")", "Hotel lobby restaurant"),
        ("9:00 - 9:30 am", "Dean Patricia Lindqvist, College of Sciences (" + dean + ")", "Hollis Hall 400"),
        ("9:45 - 10:30 am", "Prof. Hui Zhang", "Baird 312"),
        ("10:30 - 10:45 am", "Break", "Faculty lounge"),
        ("10:45 - 11:30 am", "Prof. Rafael Montes", "Baird 318"),
        ("11:45 am - 12:45 pm", "Lunch with graduate students", "Baird 105"),
        ("1:00 - 2:00 pm", "Research seminar (job talk): open to the department", "Baird 210"),
        ("2:15 - 3:15 pm", "Teaching statement / chalk talk with the search committee", "Baird 220"),
        ("3:15 - 3:30 pm", "Break", ""),
        ("3:30 - 4:15 pm", "Prof. Ellen Sorby, Department Chair (" + chair + ")", "Baird 300"),
        ("4:30 - 5:00 pm", "Exit conversation with Prof. Okonkwo", "Baird 300"),
    ]
    trs = "".join(f"<tr><td style=\"padding:4px 10px\">{a}</td><td style=\"padding:4px 10px\">{b}</td>"
                  f"<td style=\"padding:4px 10px\">{l}</td></tr>" for a, b, l in rows)
    dt0 = T(*day, 8, 0, tz)
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif\">"
            "<p>Dear Dr. Chidi,</p><p>We are delighted to host you for your on-campus interview for the position of "
            "<b>Assistant Professor of Physical Chemistry</b> (tenure-track). Your itinerary is below. All times are "
            "Central Time.</p>"
            "<p><b>Monday, April 13</b> &mdash; arrival. The Larkspur Inn shuttle will collect you at the airport; "
            "there are no scheduled events that evening.</p>"
            f"<p><b>{wd(dt0)}, April 14, 2026</b></p>"
            "<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tr><th>Time</th><th>Meeting"
            "</th><th>Location</th></tr>" + trs + "</table>"
            "<p>The evening is yours; your return flight is Wednesday morning. Please send your seminar title and a "
            "two-sentence abstract by April 3 so we can advertise the talk.</p>"
            "<p>Warm regards,<br>Karen Voss<br>Academic Program Coordinator, Department of Chemistry<br>"
            "Larkspur State University &middot; Baird Hall 101, 2200 College Ave, Larkspur, IA 52240<br>"
            "Tel. (319) 555-0127</p></body></html>")
    add(c, "01-karen-campus-visit-itinerary.eml", mail(
        owner, karen, "Amara Chidi <amara.chidi@example.com>",
        "Campus interview itinerary - Assistant Professor, Physical Chemistry", T(2026, 3, 24, 11, 2, tz),
        html=html, cc=f"Daniel Okonkwo <{ok}>", msgid=mid(dom)))
    travel = ("Hi Amara,\n\nTravel is booked for your visit on the 14th:\n\n"
              "  Outbound  Mon 13 Apr  UA 4417  ORD 5:40pm -> CID 6:55pm\n"
              "  Return    Wed 15 Apr  UA 4470  CID 7:05am -> ORD 8:20am\n"
              "  Hotel     Larkspur Inn, 2 nights (Apr 13-15), conf. #LI-88213, billed to the department\n\n"
              "Your flight from Boston to Chicago is on the same record locator (KX7Q2M). Meals not covered by the "
              "itinerary, taxis and baggage fees are reimbursable: keep itemized receipts and send them with the "
              "attached Non-Employee Reimbursement form within 30 days. We cannot reimburse alcohol.\n\n"
              "If anything changes, call me at (319) 555-0127.\n\nKaren\n")
    add(c, "02-karen-flights-hotel-reimbursement.eml", mail(
        owner, karen, "Amara Chidi <amara.chidi@example.com>",
        "Travel confirmation - Larkspur campus visit", T(2026, 3, 26, 15, 40, tz), text=travel, cte="base64",
        msgid=mid(dom)))
    ivs = [ok, dean, chair]
    label(c, owner, [iv("Larkspur State University", "Assistant Professor of Physical Chemistry", dt0,
                        T(*day, 17, 0, tz), "scheduled", ivs, ivs, "onsite")],
          "hard", "positive/faculty-campus-visit",
          "HTML-only itinerary table (breakfast 8:00 to exit conversation ending 5:00 pm CDT), arrival day has no "
          "events; travel logistics mail in base64 is the same visit; interviewers = those with addresses.")


def case04():
    c = "b25-04-uk-lecturer-interview-moved-by-a-day"
    owner = "tobias.weir@mail.example"
    dom = "thornbury-uni.example"
    gemma = f"Gemma Lawton <g.lawton@{dom}>"
    nc, im = f"n.castellanos@{dom}", f"i.mensah@{dom}"
    tz = "Europe/London"
    sig = ("Gemma Lawton\nRecruitment Officer | People Services\nUniversity of Thornbury\n"
           "Chancellor's Building, Mill Lane, Thornbury BS35 9QX\nT: +44 (0)1454 555 021\n")
    orig = T(2026, 3, 25, 10, 30, tz)
    m1 = mid(dom)
    add(c, "01-gemma-invitation-to-interview.eml", mail(
        owner, gemma, "tobias.weir@mail.example", "Invitation to interview - Lecturer in Economics (REQ-00841)",
        T(2026, 3, 10, 14, 18, tz), msgid=m1, cte="quoted-printable",
        cc=f"Prof. Naomi Castellanos <{nc}>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        text=("Dear Dr Weir,\n\nThank you for your application for the post of Lecturer in Economics (REQ-00841). "
              f"I am pleased to invite you to interview on {wd(orig)} 25 March 2026 at our Mill Lane campus.\n\n"
              "Programme for the day:\n"
              "  10:30  Presentation to the School (20 minutes plus 10 minutes of questions) - \"Your research "
              "agenda for the next five years\"\n"
              "  11:15  Tour of the School with two of our PhD students\n"
              "  12:00  Lunch with members of the Economics group\n"
              "  13:00 - 14:00  Formal interview with the selection panel\n\n"
              "The panel will be chaired by Professor Naomi Castellanos (Head of School) with Dr Idris Mensah "
              f"({im}) and a representative from People Services.\n\n"
              "Please report to Chancellor's Building reception by 10:15. Reasonable travel expenses (standard-class "
              "rail) will be reimbursed.\n\nKind regards,\n\n" + sig)))
    new = T(2026, 3, 26, 10, 30, tz)
    add(c, "02-gemma-change-of-date.eml", mail(
        owner, gemma, "tobias.weir@mail.example", "RE: Invitation to interview - Lecturer in Economics (REQ-00841)",
        T(2026, 3, 18, 9, 51, tz), msgid=mid(dom), in_reply_to=m1, cte="quoted-printable",
        cc=f"Prof. Naomi Castellanos <{nc}>, Dr Idris Mensah <{im}>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        text=("Dear Dr Weir,\n\nI'm sorry to do this at short notice: Professor Castellanos has been called to an "
              "extraordinary Senate meeting on the 25th, so we need to move your interview back by one day, to "
              f"{wd(new)} 26 March. The programme is otherwise unchanged - presentation at half past ten, panel "
              "interview 1pm to 2pm.\n\nCould you confirm this still works? Apologies for any inconvenience.\n\n"
              "Kind regards,\n\n" + sig + "\n\n-----Original Message-----\nFrom: Gemma Lawton\nSent: 10 March 2026 14:18\n"
              "To: tobias.weir@mail.example\nSubject: Invitation to interview - Lecturer in Economics (REQ-00841)\n\n"
              "Dear Dr Weir,\n\nThank you for your application ... invite you to interview on Wednesday 25 March "
              "2026 ...\n")))
    label(c, owner, [iv("University of Thornbury", "Lecturer in Economics", new, T(2026, 3, 26, 14, 0, tz),
                        "scheduled", [nc, im], [nc, im], "onsite")],
          "medium", "positive/academic-reschedule",
          "Interview day (10:30 presentation .. 13:00-14:00 panel) moved by one day to Thu 26 March (GMT, before "
          "UK DST); final state wins; panel chair and member addresses appear.")


def case05():
    c = "b25-05-civil-service-panel-behaviours-ics"
    owner = "joanna.pryce@example.com"
    dom = "coastalresilience.gov.example"
    rosie = f"rosie.tam@{dom}"
    tz = "Europe/London"
    start = T(2026, 4, 21, 14, 0, tz)
    end = start + timedelta(minutes=50)
    sent = T(2026, 4, 7, 8, 2, tz)
    text = ("Dear Joanna Pryce,\n\nVacancy 402871 - Senior Policy Adviser, Flood Risk Strategy (Grade 7)\n"
            "Department for Coastal Resilience\n\n"
            "Congratulations - following the sift you have been invited to interview.\n\n"
            f"Date: {wd(start)} 21 April 2026\nTime: 2:00pm (UK time)\nDuration: approximately 50 minutes\n"
            "Format: video interview (Microsoft Teams). The link will be sent by the vacancy holder 48 hours before.\n\n"
            "Panel\n  Helen Okoro, Deputy Director Flood Policy (chair)\n  Mark Pell, Head of Strategy\n"
            "  Sunita Varma, Senior Policy Adviser (independent member)\n\n"
            "At interview you will be assessed against the following Behaviours:\n"
            "  - Seeing the Big Picture\n  - Making Effective Decisions\n  - Communicating and Influencing\n"
            "You will also be asked strength-based questions, and you should prepare a 5 minute presentation on: "
            "\"How should the Department prioritise investment between hard defences and natural flood management?\"\n\n"
            "If you need reasonable adjustments, or have questions about the role, contact the vacancy holder, "
            f"Rosie Tam ({rosie}).\n\nPlease do not reply to this email - this mailbox is not monitored.\n\n"
            "Vacancy Hub on behalf of the Department for Coastal Resilience\n")
    ics = vcal("PUBLISH", "-//Vacancy Hub//Interview Scheduler 4.2//EN",
               [vevent("vh-402871-JP-interview@vacancyhub.example", start, end,
                       "Interview: Senior Policy Adviser, Flood Risk Strategy (402871)", None,
                       [("Joanna Pryce", owner)], sent,
                       description="Panel interview. Behaviours: Seeing the Big Picture; Making Effective Decisions; "
                                   "Communicating and Influencing. Teams link to follow.", location="Microsoft Teams",
                       tzid="Europe/London")],
               [vtimezone("Europe/London", "Europe/London", "london")])
    add(c, "01-vacancy-hub-invitation-to-interview.eml", mail(
        owner, "Vacancy Hub <noreply@vacancyhub.example>", "joanna.pryce@example.com",
        "Invitation to interview: 402871 Senior Policy Adviser, Flood Risk Strategy", sent, text=text,
        msgid=mid("vacancyhub.example"), ics=ics, ics_method="PUBLISH", ics_name="interview-402871.ics"))
    label(c, owner, [iv("Department for Coastal Resilience", "Senior Policy Adviser, Flood Risk Strategy", start, end,
                        "scheduled", [], [rosie], "onsite")],
          "medium", "positive/civil-service-panel",
          "Civil-service style no-reply mail with behaviours announced in advance + PUBLISH .ics (Europe/London, BST). "
          "Panel has no addresses -> follow-up to vacancy holder named in the text.")


def case06():
    c = "b25-06-hospital-staff-specialist-candidate-withdraws"
    owner = "priya.nandakumar@mail.example"
    dom = "harbourside.health.example"
    liam = f"Liam Docherty <liam.docherty@{dom}>"
    fiona = f"fiona.gallagher@{dom}"
    tz = "Australia/Sydney"
    start = T(2026, 4, 7, 10, 30, tz)
    sig = ("Liam Docherty\nMedical Workforce Officer\nHarbourside Local Health District\n"
           "Level 2, 14 Wharf Road, Balmain East NSW 2041\nP: (02) 9555 0184 | M: 0400 555 913\n")
    m1 = mid(dom)
    t1 = ("Dear Dr Nandakumar,\n\nRE: Staff Specialist - Emergency Medicine (REQ 611902)\n\n"
          "I am pleased to advise that you have been shortlisted and invite you to attend an interview on "
          f"{wd(start)} 7 April 2026 at 10.30am in the Level 3 Boardroom, Harbourside Hospital.\n\n"
          "The interview will take approximately 45 minutes. The selection panel will comprise:\n"
          "  Dr Fiona Gallagher - Director, Emergency Medicine (Chair)\n"
          "  A/Prof Ken Watanabe - Clinical Director, Critical Care\n"
          "  Ms Joanne Pike - Nurse Unit Manager, ED\n"
          "  College representative (ACEM)\n\n"
          "Please bring your original AHPRA registration, photo ID and evidence of immunisation. "
          "Note that daylight saving finishes on Sunday 5 April - the time above is local time on the day.\n\n"
          "Kind regards\n\n" + sig)
    add(c, "01-liam-interview-invitation.eml", mail(
        owner, liam, "Dr Priya Nandakumar <priya.nandakumar@mail.example>",
        "Interview - Staff Specialist Emergency Medicine REQ 611902", T(2026, 3, 30, 9, 14, tz), text=t1,
        cte="base64", cc=f"Dr Fiona Gallagher <{fiona}>", msgid=m1))
    t2 = ("Dear Dr Nandakumar,\n\nThank you for letting us know, and congratulations on your new appointment. "
          "I have withdrawn your application and cancelled your interview on Tuesday 7 April. The panel have been "
          "advised.\n\nAll the best for the move to Brisbane.\n\nKind regards\n\n" + sig +
          "\n\nFrom: Priya Nandakumar <priya.nandakumar@mail.example>\nSent: Thursday, 2 April 2026 7:48 PM\n"
          "To: Liam Docherty\nSubject: RE: Interview - Staff Specialist Emergency Medicine REQ 611902\n\n"
          "Dear Liam,\n\nI'm sorry to write at short notice. I have accepted a staff specialist post at another "
          "health service and would like to withdraw from Tuesday's interview. Please pass on my thanks to Dr "
          "Gallagher and the panel.\n\nKind regards,\nPriya\n")
    add(c, "02-liam-withdrawal-acknowledged.eml", mail(
        owner, liam, "Dr Priya Nandakumar <priya.nandakumar@mail.example>",
        "RE: Interview - Staff Specialist Emergency Medicine REQ 611902", T(2026, 4, 3, 8, 37, tz), text=t2,
        cte="base64", cc=f"Dr Fiona Gallagher <{fiona}>", msgid=mid(dom), in_reply_to=m1))
    label(c, owner, [iv("Harbourside Local Health District", "Staff Specialist - Emergency Medicine", start,
                        start + timedelta(minutes=45), "cancelled", [fiona], [fiona], "onsite")],
          "hard", "positive/cancellation-candidate-withdrawal",
          "Hospital consultant panel 10.30am Tue 7 April (AEST +10:00, two days after Sydney DST ends); candidate "
          "withdraws, coordinator confirms cancellation -> cancelled-only case. Base64 bodies.")


def case07():
    c = "b25-07-exec-search-chair-meeting-cancelled-then-rebooked"
    owner = "koen.bastiaans@mail.example"
    sophie = ("Sophie Marchetti", "s.marchetti@marlowashby.example")
    pieter = ("Pieter van Roon", "p.vanroon@noordkade.example")
    tz = "Europe/Amsterdam"
    s1, e1 = T(2026, 4, 28, 16, 0, tz), T(2026, 4, 28, 17, 0, tz)
    s2, e2 = T(2026, 5, 6, 9, 30, tz), T(2026, 5, 6, 10, 30, tz)
    tzblock = [vtimezone("W. Europe Standard Time", tz, "cet", exchange=True)]
    subj = "Noordkade Energie - CEO search: meeting with Pieter van Roon (Chair)"
    uid1 = "040000008200E00074C5B7101A82E00800000000B25A07AA01000000000000000010000000NOORDKADE1"
    loc = "Noordkade Energie, Wilhelminakade 90, Rotterdam - 14th floor"
    sig = ("Sophie Marchetti\nPartner | Marlow Ashby Executive Search\nGustav Mahlerplein 28, 1082 MA Amsterdam\n"
           "T +31 20 555 0173\n")
    b1 = (f"When: {wd(s1)} 28 April 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
          f"Where: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Koen,\n\nAs discussed, Pieter van Roon, Chair of the "
          "Supervisory Board of Noordkade Energie, would like to meet you on behalf of the nomination committee as "
          "part of the CEO appointment process. Pieter's office asked me to send the invitation; I will not attend "
          "myself. Please ask for Pieter at the front desk.\n\nKind regards,\n" + sig)
    ev1 = vevent(uid1, s1, e1, subj, sophie, [("Koen Bastiaans", owner), pieter], T(2026, 4, 20, 11, 0, tz),
                 description=b1, location=loc, tzid="W. Europe Standard Time", exchange=True)
    add(c, "01-invite-meeting-with-chair.eml", mail(
        owner, f"{sophie[0]} <{sophie[1]}>", f"Koen Bastiaans <{owner}>, {pieter[0]} <{pieter[1]}>", subj,
        T(2026, 4, 20, 11, 0, tz), text=b1, cte="quoted-printable", msgid=mid("marlowashby.example"),
        headers=EXCH_HDRS + [("Thread-Topic", subj)],
        ics=vcal("REQUEST", "Microsoft Exchange Server 2010", [ev1], tzblock), ics_mode="alt"))
    b2 = ("Dear Koen,\n\nI'm afraid Pieter has to chair an extraordinary shareholders' meeting on Tuesday afternoon, so "
          "I am cancelling this slot. His office is looking at the week of 4 May and I'll send a fresh invitation "
          "shortly. Apologies for the disruption.\n\nKind regards,\n" + sig)
    ev2 = vevent(uid1, s1, e1, "Canceled: " + subj, sophie, [("Koen Bastiaans", owner), pieter],
                 T(2026, 4, 24, 8, 44, tz), description=b2, location=loc, seq=1, status="CANCELLED",
                 tzid="W. Europe Standard Time", exchange=True)
    add(c, "02-canceled-meeting-with-chair.eml", mail(
        owner, f"{sophie[0]} <{sophie[1]}>", f"Koen Bastiaans <{owner}>, {pieter[0]} <{pieter[1]}>",
        "Canceled: " + subj, T(2026, 4, 24, 8, 44, tz), text=b2, cte="quoted-printable",
        msgid=mid("marlowashby.example"), headers=EXCH_HDRS + [("Thread-Topic", subj), ("Importance", "high")],
        ics=vcal("CANCEL", "Microsoft Exchange Server 2010", [ev2], tzblock), ics_mode="alt", ics_method="CANCEL"))
    subj3 = "Noordkade Energie - CEO search: meeting with Pieter van Roon (new date)"
    b3 = (f"When: {wd(s2)} 6 May 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
          f"Where: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Koen,\n\nHere is the new time with Pieter - Wednesday "
          "6 May, 9.30 at Wilhelminakade. Same format: an hour with Pieter on behalf of the nomination committee.\n\n"
          "Kind regards,\n" + sig)
    ev3 = vevent("040000008200E00074C5B7101A82E00800000000B25A07BB02000000000000000010000000NOORDKADE2", s2, e2,
                 subj3, sophie, [("Koen Bastiaans", owner), pieter], T(2026, 4, 27, 15, 12, tz), description=b3,
                 location=loc, tzid="W. Europe Standard Time", exchange=True)
    add(c, "03-invite-new-date-with-chair.eml", mail(
        owner, f"{sophie[0]} <{sophie[1]}>", f"Koen Bastiaans <{owner}>, {pieter[0]} <{pieter[1]}>", subj3,
        T(2026, 4, 27, 15, 12, tz), text=b3, cte="quoted-printable", msgid=mid("marlowashby.example"),
        headers=EXCH_HDRS + [("Thread-Topic", subj3)],
        ics=vcal("REQUEST", "Microsoft Exchange Server 2010", [ev3], tzblock), ics_mode="alt"))
    p = [pieter[1]]
    label(c, owner, [iv("Noordkade Energie", "Chief Executive Officer", s1, e1, "cancelled", p, p, "hiring_manager"),
                     iv("Noordkade Energie", "Chief Executive Officer", s2, e2, "scheduled", p, p, "hiring_manager")],
          "hard", "positive/cancel-then-rebook-exchange",
          "Search firm sends Exchange invites for the client chair; METHOD:CANCEL then a NEW event (new UID) -> one "
          "cancelled + one scheduled. Display label says UTC+01:00 but dates are CEST (+02:00).")


def case08():
    c = "b25-08-first-round-zoom-then-campus-visit-pdf-text"
    owner = "jonah.whitcomb@example.com"
    dom = "pcu.example"
    lorna, dev, soto, dean = f"lfeatherstone@{dom}", f"danand@{dom}", f"msoto@{dom}", f"oblackwood@{dom}"
    tz = "America/Los_Angeles"
    z = T(2026, 3, 12, 16, 30, tz)
    sigL = ("Lorna Featherstone\nProfessor of History & Chair, Environmental History Search\n"
            "Pacific Crest University | 1450 Cedar Loop, Arcata CA 95521 | 707-555-0138\n")
    m1 = mid(dom)
    add(c, "01-lorna-first-round-request.eml", mail(
        owner, f"Lorna Featherstone <{lorna}>", "Jonah Whitcomb <jonah.whitcomb@example.com>",
        "Environmental History search - first-round interview", T(2026, 2, 27, 12, 5, tz), msgid=m1,
        text=("Dear Dr. Whitcomb,\n\nThe search committee for the Assistant Professor of Environmental History "
              "position would like to invite you to a 45-minute first-round interview on Zoom. Would "
              "Thu 3/12 @ 4:30p PST work for you? If not, we also have Friday the 13th at 9a.\n\nBest,\n" + sigL)))
    m2 = mid(dom)
    add(c, "02-lorna-confirmed-with-committee.eml", mail(
        owner, f"Lorna Featherstone <{lorna}>", "Jonah Whitcomb <jonah.whitcomb@example.com>",
        "Re: Environmental History search - first-round interview", T(2026, 3, 2, 8, 40, tz), msgid=m2,
        in_reply_to=m1, cc=f"Dev Anand <{dev}>, Maribel Soto <{soto}>",
        text=("Dear Jonah,\n\nWonderful - you're confirmed for Thu 3/12 @ 4:30p PST (Pacific time; our clocks "
              "change the Sunday before). The committee will be me, Dev Anand, and Maribel Soto, both copied here.\n\n"
              "Zoom: https://pcu.zoom.example/j/84412093317  Passcode: 556210\n\nBest,\n" + sigL +
              "\n\nOn Sat, Feb 28, 2026 at 7:12 AM Jonah Whitcomb <jonah.whitcomb@example.com> wrote:\n"
              "> Dear Professor Featherstone,\n> Thank you! Thursday 3/12 at 4:30 works well for me.\n> Jonah\n")))
    v = T(2026, 4, 9, 8, 30, tz)
    itin = ("Dear Dr. Whitcomb,\n\nThank you again for your first-round conversation. The committee is pleased to "
            "invite you to campus. Your itinerary (converted from the attached PDF) is below.\n\n"
            "------------------------------------------------------------------\n"
            "PACIFIC CREST UNIVERSITY - DEPARTMENT OF HISTORY\n"
            "Campus Visit: Jonah Whitcomb, Assistant Professor of Environmental History\n"
            "Page 1 of 2\n\n"
            "WEDNESDAY, APRIL 8\n  Arrive ACV; taxi to Redwood Lodge (confirmation RL-20931)\n\n"
            f"{wd(v).upper()}, APRIL 9\n"
            "  8:30 AM     Breakfast - Prof. Lorna Featherstone (search chair)     Redwood Lodge\n"
            f"  9:30 AM     Dean Oren Blackwood, College of Humanities ({dean})      Founders 201\n"
            "  10:30 AM    Job talk: \"Salmon, Timber and Tribal Sovereignty\"     Founders 110\n"
            "  12:00 PM    Lunch with graduate students                           Faculty Club\n\n"
            "\x0c\nPage 2 of 2\n\n"
            "  1:30 PM     Teaching demonstration (HIST 210, ~35 students)        Siemens 115\n"
            "  2:45 PM     Break\n"
            "  3:00 PM     Prof. Maribel Soto, Department Chair                   Founders 230\n"
            "  4:00 PM     Wrap-up with the search committee                      Founders 230\n"
            "              (Profs. Featherstone, Anand, Soto)\n"
            "  4:45 PM     End of day\n\n"
            "FRIDAY, APRIL 10\n  Depart ACV 11:20 AM\n"
            "------------------------------------------------------------------\n\n"
            "Please keep receipts for meals and ground transport; the department reimburses via Concur after the "
            "visit.\n\nTess Yamada\nDepartment Coordinator, History\nPacific Crest University | 707-555-0111\n")
    add(c, "03-tess-campus-visit-itinerary.eml", mail(
        owner, f"Tess Yamada <tyamada@{dom}>", "Jonah Whitcomb <jonah.whitcomb@example.com>",
        "Campus visit itinerary - Environmental History", T(2026, 3, 20, 10, 15, tz), text=itin,
        cte="quoted-printable", cc=f"Lorna Featherstone <{lorna}>", msgid=mid(dom)))
    role = "Assistant Professor of Environmental History"
    label(c, owner, [iv("Pacific Crest University", role, z, z + timedelta(minutes=45), "scheduled",
                        [lorna, dev, soto], [lorna, dev, soto], "onsite"),
                     iv("Pacific Crest University", role, v, T(2026, 4, 9, 16, 45, tz), "scheduled",
                        [lorna, dean, soto, dev], [lorna, dean, soto, dev], "onsite")],
          "hard", "positive/two-interviews-academic",
          "First-round Zoom with committee 'Thu 3/12 @ 4:30p PST' (really PDT, -07:00) + one-day campus visit "
          "8:30am-4:45pm Apr 9 from PDF-like text itinerary (arrival/departure days are travel only).")


def case09():
    c = "b25-09-foundation-panel-tokyo-search-email-and-gcal"
    owner = "daniel.ferraro@example.com"
    dom = "kinoshita-foundation.example"
    panel = [("Emiko Sato", f"e.sato@{dom}"), ("Haruto Mori", f"h.mori@{dom}"), ("Claire Dubois", f"c.dubois@{dom}")]
    start = T(2026, 5, 19, 10, 0, "Asia/Tokyo")
    end = T(2026, 5, 19, 11, 0, "Asia/Tokyo")
    ny = start.astimezone(ZoneInfo("America/New_York"))
    add(c, "01-rachel-panel-confirmed.eml", mail(
        owner, "Rachel Ng <rachel.ng@aldervoss.example>", "Daniel Ferraro <daniel.ferraro@example.com>",
        "Kinoshita Family Foundation - Director, Global Programs - panel confirmed", T(2026, 5, 11, 17, 30,
                                                                                        "America/New_York"),
        msgid=mid("aldervoss.example"), cte="quoted-printable",
        text=("Hi Daniel,\n\nThe Foundation has confirmed your panel conversation with its selection committee for "
              f"{wd(start)} 19 May at 10:00 Tokyo time - that is {ny.strftime('%-I:%M %p').lower()} on "
              f"{wd(ny)} 18 May for you in New York. It will be one hour on Zoom.\n\n"
              "Panel:\n  Ms. Emiko Sato, President\n  Mr. Haruto Mori, Trustee\n  Dr. Claire Dubois, Senior "
              "Advisor (she will ask most of the programme-strategy questions)\n\n"
              "The calendar invitation will come directly from Yui Tanaka in the Foundation's office. As ever, "
              "Alder & Voss is retained by the Foundation, so please send any thank-you notes to the panel directly.\n\n"
              "Rachel\n--\nRachel Ng | Principal | Alder & Voss Search\n"
              "Level 9, 3-2-1 Marunouchi, Chiyoda-ku, Tokyo | +81 3 5555 0142\n")))
    ev = {
        "kind": "calendar#event", "etag": "\"3487712345098000\"", "id": "k1n0sh1tab25panel0519",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=azFuMHNoMXRhYjI1cGFuZWwwNTE5",
        "created": "2026-05-12T01:02:00.000Z", "updated": "2026-05-12T01:05:41.120Z",
        "summary": "Selection Committee Panel - Director, Global Programs (D. Ferraro)",
        "description": "Panel conversation with the Selection Committee. Zoom: https://kinoshita.zoom.example/j/9120044871",
        "location": "Zoom",
        "creator": {"email": f"y.tanaka@{dom}", "displayName": "Yui Tanaka"},
        "organizer": {"email": f"y.tanaka@{dom}", "displayName": "Yui Tanaka"},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Tokyo"},
        "iCalUID": "k1n0sh1tab25panel0519@google.com", "sequence": 0,
        "attendees": [{"email": f"y.tanaka@{dom}", "displayName": "Yui Tanaka", "organizer": True,
                       "responseStatus": "accepted"}] +
                     [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in panel] +
                     [{"email": owner, "self": True, "responseStatus": "needsAction"}],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "02-selection-committee-panel.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    emails = [e for _, e in panel]
    label(c, owner, [iv("Kinoshita Family Foundation", "Director, Global Programs", start, end, "scheduled", emails,
                        emails, "onsite")],
          "medium", "positive/exec-search-dedupe-gcal",
          "Search-firm mail (Tokyo time + New York conversion to the previous evening) and a Calendar API event for "
          "the same panel -> ONE interview at 10:00+09:00; organizer Yui only schedules.")


def case10():
    c = "b25-10-german-professorship-trial-lecture-and-committee"
    owner = "lena.kramer@mail.example"
    dom = "hs-weserbergland.example"
    jens = f"jens.albrecht@{dom}"
    tz = "Europe/Berlin"
    start = T(2026, 5, 7, 14, 0, tz)
    de = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][start.weekday()]
    text = ("Sehr geehrte Frau Dr. Kramer,\n\nim Namen der Berufungskommission für die W2-Professur "
            "„Angewandte Informatik (Schwerpunkt Verteilte Systeme)“ laden wir Sie herzlich zu einer "
            f"Probelehrveranstaltung und einem anschließenden Gespräch mit der Kommission ein.\n\n"
            f"Termin: {de}, 7. Mai 2026\nOrt: Campus Hameln, Gebäude C, Raum C 2.14\n\n"
            "Ablauf:\n  14:00 Uhr  Probelehrveranstaltung (30 Minuten, hochschulöffentlich), anschließend "
            "15 Minuten Diskussion\n  ca. 15:00 Uhr  Gespräch mit der Berufungskommission (ca. 45 Minuten)\n\n"
            "Das Thema der Lehrprobe lautet: „Konsistenzmodelle in verteilten Datenbanken – eine Einführung für "
            "das 3. Semester“.\n\nBitte bestätigen Sie uns Ihre Teilnahme bis zum 24. April. Reisekosten werden "
            "nach dem Bundesreisekostengesetz erstattet; das Formular liegt bei.\n\n"
            "Bei fachlichen Rückfragen wenden Sie sich gern an den Kommissionsvorsitzenden, Herrn Prof. Dr. Jens "
            f"Albrecht ({jens}).\n\nMit freundlichen Grüßen\n\nSabine Roth\nDekanatsreferentin Fakultät Technik\n"
            "Hochschule Weserbergland\nAm Stockhof 2, 31785 Hameln\nTel. +49 5151 555-2207\n")
    add(c, "01-einladung-probelehrveranstaltung.eml", mail(
        owner, f"Sabine Roth <sabine.roth@{dom}>", "Dr. Lena Kramer <lena.kramer@mail.example>",
        "Berufungsverfahren W2 Angewandte Informatik – Einladung zur Probelehrveranstaltung und zum Gespräch",
        T(2026, 4, 15, 10, 26, tz), text=text, cte="quoted-printable", msgid=mid(dom),
        headers=[("User-Agent", "Mozilla Thunderbird 128.9")]))
    label(c, owner, [iv("Hochschule Weserbergland", "W2-Professur Angewandte Informatik (Schwerpunkt Verteilte Systeme)",
                        start, T(2026, 5, 7, 15, 45, tz), "scheduled", [jens], [jens], "onsite")],
          "medium", "positive/german-professorship",
          "German appointment procedure: trial lecture 14:00 Uhr + discussion, committee interview ca. 15:00 for "
          "ca. 45 min -> 14:00-15:45 CEST (one interview). The committee chair (address given as contact) conducts "
          "the committee conversation -> interviewer and follow-up.")


def case11():
    c = "b25-11-french-public-sector-jury-14h30"
    owner = "camille.berthier@example.com"
    dom = "rhonelac-metropole.example"
    nadia = f"n.ferhat@{dom}"
    tz = "Europe/Paris"
    start = T(2026, 5, 12, 14, 30, tz)
    fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][start.weekday()]
    text = ("Madame,\n\nSuite à l'examen de votre candidature au poste de Directrice / Directeur de la transition "
            "écologique (catégorie A+, emploi fonctionnel), j'ai le plaisir de vous informer que vous êtes "
            f"convoquée à un entretien avec le jury le {fr} 12 mai 2026 à 14h30, à l'Hôtel de Métropole, "
            "20 rue du Lac, 69003 Lyon (salle du Conseil, 2e étage).\n\n"
            "L'entretien durera 40 minutes : 10 minutes de présentation de votre parcours et de votre vision du poste, "
            "puis 30 minutes d'échanges avec le jury, composé du Vice-président délégué à l'environnement, de la "
            "Directrice générale des services et du Directeur des ressources humaines.\n\n"
            "Merci de vous présenter à l'accueil 15 minutes avant l'heure de convocation, muni(e) d'une pièce "
            "d'identité.\n\nJe reste à votre disposition pour toute question.\n\nBien cordialement,\n\n"
            "Nadia Ferhat\nChargée de recrutement – Direction des ressources humaines\nMétropole de Rhônelac\n"
            "Tél. : 04 72 55 01 36\n")
    html = ("<html><body><div style=\"font-family:Arial\">" +
            "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>")
    add(c, "01-convocation-entretien-jury.eml", mail(
        owner, f"Nadia Ferhat <{nadia}>", "camille.berthier@example.com",
        "Convocation à un entretien – Direction de la transition écologique", T(2026, 4, 28, 9, 3, tz),
        text=text, html=html, cte="quoted-printable", msgid=mid(dom)))
    label(c, owner, [iv("Métropole de Rhônelac", "Directrice / Directeur de la transition écologique", start,
                        start + timedelta(minutes=40), "scheduled", [], [nadia], "onsite")],
          "medium", "positive/french-public-sector-jury",
          "French 'convocation' to a jury interview le mardi 12 mai à 14h30, 40 minutes (CEST). Jury members have "
          "no addresses -> follow-up to the HR recruiter.")


def case12():
    c = "b25-12-singapore-hospital-forwarded-letter-and-travel"
    owner = "oliver.grant@example.com"
    meera = "Meera Raghunathan <meera.r@castellanpartners.example>"
    sg = "straitsgeneral.example"
    lim, farah = f"boonkeat.lim@{sg}", f"farah.aziz@{sg}"
    tz = "Asia/Singapore"
    start = T(2026, 6, 10, 9, 30, tz)
    end = T(2026, 6, 10, 12, 0, tz)
    fwd_date = T(2026, 5, 25, 18, 2, tz)
    text = ("Oliver,\n\nForwarding Wei Ling's formal invitation below - delighted for you. Wendy in our team will "
            "take care of flights and the hotel and will be in touch this week.\n\nMeera\n\n"
            "Meera Raghunathan | Partner, Healthcare & Life Sciences | Castellan Partners\n"
            "8 Marina View, #31-01, Singapore 018960 | +65 6555 0192\n\n"
            "---------- Forwarded message ---------\n"
            "From: Tan Wei Ling <weiling.tan@straitsgeneral.example>\n"
            f"Date: {format_datetime(fwd_date)}\n"
            "Subject: Chief Medical Information Officer - Interview\n"
            f"To: Meera Raghunathan <meera.r@castellanpartners.example>\n"
            f"Cc: Prof Lim Boon Keat <{lim}>, Dr Farah Aziz <{farah}>\n\n"
            "Dear Meera,\n\nFurther to our discussion, we would be pleased to invite Dr Oliver Grant to interview for "
            "the position of Chief Medical Information Officer, Straits General Hospital.\n\n"
            f"Date: {wd(start)}, 10 June 2026\nTime: 9.30am to 12.00pm (Singapore time)\n"
            "Venue: Board Room, Level 12, Tower A, Straits General Hospital\n\n"
            "Programme:\n  9.30am   Presentation to the panel: 'A five-year clinical informatics roadmap' (30 min)\n"
            "  10.00am  Q&A on the presentation\n  10.15am  Tea break\n  10.30am  Panel interview\n"
            "  12.00pm  End\n\n"
            "Panel: Prof Lim Boon Keat (Chief Executive Officer), Dr Farah Aziz (Chairman, Medical Board) and "
            "Mr Rajiv Menon (Board Member, Chair of the Digital Committee).\n\n"
            "Best regards,\nTan Wei Ling\nDirector, Human Resources\nStraits General Hospital\n")
    add(c, "01-meera-fwd-formal-interview-letter.eml", mail(
        owner, meera, "Oliver Grant <oliver.grant@example.com>", "Fwd: Chief Medical Information Officer - Interview",
        T(2026, 5, 26, 8, 15, tz), text=text, cte="quoted-printable", msgid=mid("castellanpartners.example")))
    travel = ("Dear Oliver,\n\nPlease find your travel arrangements for the Straits General interview on Wednesday "
              "10 June below.\n\nFLIGHTS (Premium Economy, booking ref. 6TQWXR)\n"
              "  SQ 317   Mon 08 Jun  London LHR 11:35  ->  Singapore SIN 07:35 (+1)\n"
              "  SQ 322   Thu 11 Jun  Singapore SIN 23:15  ->  London LHR 06:00 (+1)\n\n"
              "HOTEL\n  The Fullerton Quay (3 nights, 9-12 June), confirmation FQ-55302, room and breakfast billed to "
              "Castellan.\n\nA driver will meet you in arrivals with a Castellan sign. Other out-of-pocket expenses "
              "(meals, taxis) are reimbursed by the client: please keep receipts and return the attached claim form "
              "to me after the trip.\n\nAny questions, WhatsApp me on +65 9555 0127.\n\nWarm regards,\nWendy Lim\n"
              "Executive Assistant | Castellan Partners\n")
    add(c, "02-wendy-travel-arrangements.eml", mail(
        owner, "Wendy Lim <wendy.lim@castellanpartners.example>", "Oliver Grant <oliver.grant@example.com>",
        "Travel arrangements - Singapore, 8-12 June", T(2026, 5, 28, 14, 40, tz), text=travel, cte="base64",
        cc=meera, msgid=mid("castellanpartners.example")))
    sics = vcal("REQUEST", "-//Straits General Hospital//HR Scheduling//EN",
                [vevent("sgh-hr-cmio-2026-og@straitsgeneral.example", start, end,
                        "CMIO Interview - Dr Oliver Grant (presentation + panel)",
                        ("Tan Wei Ling", "weiling.tan@straitsgeneral.example"),
                        [("Dr Oliver Grant", owner), ("Prof Lim Boon Keat", lim), ("Dr Farah Aziz", farah)],
                        T(2026, 5, 29, 10, 0, tz), description="9.30am presentation, 10.15am tea break, 10.30am "
                        "panel interview. Board Room, Level 12, Tower A.",
                        location="Board Room, Level 12, Tower A, Straits General Hospital", tzid="Asia/Singapore")],
                [vtimezone("Asia/Singapore", tz, None)])
    add(c, "03-sgh-cmio-interview.ics", sics)
    label(c, owner, [iv("Straits General Hospital", "Chief Medical Information Officer", start, end, "scheduled",
                        [lim, farah], [lim, farah], "onsite")],
          "hard", "positive/exec-search-forwarded-letter-travel",
          "Search partner forwards the hospital's letter (9.30am-12.00pm SGT, presentation + panel, one interview); "
          "travel mail (base64) for the same interview. Panel addresses only in the forwarded Cc line.")


def case13():
    c = "b25-13-board-chair-final-conversation-booking-vendor-phoenix"
    owner = "nadia.haddad@mail.example"
    dom = "sonoranarts.example"
    marcus = f"marcus.delgado@{dom}"
    jo = "Jo Ellis <jo.ellis@ridgebacksearch.example>"
    tz = "America/Phoenix"
    start = T(2026, 6, 4, 12, 0, tz)
    end = T(2026, 6, 4, 13, 0, tz)
    m1 = mid("ridgebacksearch.example")
    add(c, "01-jo-board-chair-wants-final-conversation.eml", mail(
        owner, jo, "Nadia Haddad <nadia.haddad@mail.example>", "Sonoran Arts Alliance - final step", T(2026, 5, 27, 9,
                                                                                                         10, tz),
        msgid=m1,
        text=("Nadia,\n\nThe search committee has recommended you and one other finalist to the full board. Before "
              "the vote, Marcus Delgado (Board Chair) wants a final one-hour conversation with each finalist about "
              "the President & CEO role - he suggested lunch. Please grab a slot on his calendar here:\n"
              "https://bookwell.example/marcus-delgado/final-conversation\n\n"
              "Jo\n--\nJo Ellis, Managing Director | Ridgeback Search\n2 N Central Ave, Suite 1800, Phoenix AZ 85004\n"
              "602.555.0177\n")))
    sent = T(2026, 5, 27, 11, 42, tz)
    ics = vcal("REQUEST", "-//Bookwell//Scheduling 3.1//EN",
               [vevent("bw-7f3c9e21-b25@bookwell.example", start, end,
                       "Final conversation - President & CEO search (Nadia Haddad)", ("Marcus Delgado", marcus),
                       [("Nadia Haddad", owner), ("Marcus Delgado", marcus)], sent,
                       description="Lunch at The Saguaro Room, 515 E Roosevelt St, Phoenix. Booked via Bookwell.",
                       location="The Saguaro Room, 515 E Roosevelt St, Phoenix AZ", tzid="America/Phoenix")],
               [vtimezone("America/Phoenix", "America/Phoenix", None)])
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><h2>You're booked with Marcus Delgado</h2>"
            "<p><b>Final conversation - President &amp; CEO search</b></p>"
            f"<p>{start.strftime('%a, %b')} 4, 2026<br>12:00pm - 1:00pm (Mountain Standard Time - Phoenix)</p>"
            "<p>Location: The Saguaro Room, 515 E Roosevelt St, Phoenix AZ</p>"
            "<p>Need to make changes? <a href=\"https://bookwell.example/r/7f3c9e21\">Reschedule or cancel</a></p>"
            "<p style=\"color:#888\">Sent by Bookwell &middot; You received this because you booked time with Marcus "
            "Delgado.</p></body></html>")
    txt = ("You're booked with Marcus Delgado\n\nFinal conversation - President & CEO search\n"
           f"{start.strftime('%a, %b')} 4, 2026, 12:00pm - 1:00pm (Mountain Standard Time - Phoenix)\n"
           "Location: The Saguaro Room, 515 E Roosevelt St, Phoenix AZ\n\n"
           "Reschedule or cancel: https://bookwell.example/r/7f3c9e21\n")
    add(c, "02-bookwell-booking-confirmed.eml", mail(
        owner, "Bookwell <notifications@bookwell.example>", "nadia.haddad@mail.example",
        "Confirmed: Final conversation - President & CEO search with Marcus Delgado", sent, text=txt, html=html,
        reply_to=f"Marcus Delgado <{marcus}>", msgid=mid("bookwell.example"), ics=ics))
    add(c, "03-jo-see-you-at-noon.eml", mail(
        owner, jo, "Nadia Haddad <nadia.haddad@mail.example>", "Re: Sonoran Arts Alliance - final step",
        T(2026, 5, 27, 13, 5, tz), msgid=mid("ridgebacksearch.example"), in_reply_to=m1,
        text=("Perfect - Marcus told me he's looking forward to lunch at noon on the 4th. Remember Phoenix doesn't "
              "do daylight saving, so if you're flying in from LA it's the same clock.\n\nJo\n")))
    label(c, owner, [iv("Sonoran Arts Alliance", "President & CEO", start, end, "scheduled", [marcus], [marcus],
                        "hiring_manager")],
          "medium", "positive/scheduling-vendor-board-chair",
          "Retained-search MD shares board chair's booking link (alone not an interview), then invented scheduling "
          "vendor confirms noon-1pm Phoenix (MST, -07:00, no DST) with .ics; chair is the interviewer.")


# ------------------------------------------------------------------ negatives
def case14():
    c = "b25-14-neg-reference-calls-about-the-user"
    owner = "fiona.mcbride@example.com"
    tz = "Europe/London"
    al = "Alistair Penrose <a.penrose@birchmere.example>"
    add(c, "01-alistair-reference-calls-scheduled.eml", mail(
        owner, al, "Fiona McBride <fiona.mcbride@example.com>",
        "Director of Finance, Galloway Housing Trust - references", T(2026, 4, 13, 17, 20, tz),
        msgid=mid("birchmere.example"),
        text=("Dear Fiona,\n\nThank you for sending your referees' details. As the preferred candidate, these are "
              "the final step before the Trust makes its decision. I've scheduled:\n\n"
              "  - Dr Kate Ambrose (former CFO, Lochside Homes): Thursday 16 April at 3pm\n"
              "  - Mr Euan Baird (Audit Committee Chair): Friday 17 April at 9.30am\n\n"
              "You don't need to join; the calls are confidential between the referee and me. I'll be in touch "
              "early next week.\n\nBest wishes,\nAlistair\n\nAlistair Penrose | Consultant | Birchmere Search\n"
              "14 Charlotte Square, Edinburgh EH2 4DJ | 0131 555 0164\n")))
    add(c, "02-kate-my-call-about-you-tomorrow.eml", mail(
        owner, "Kate Ambrose <kate.ambrose@mail.example>", "Fiona McBride <fiona.mcbride@example.com>",
        "your reference call", T(2026, 4, 15, 20, 11, tz), msgid=mid("mail.example"),
        headers=[("X-Mailer", "iPhone Mail (22E240)")],
        text=("Hi Fi,\n\nJust to say I've got my call with the headhunter about you tomorrow at 3. Anything you'd "
              "like me to emphasise about the refinancing? Happy to sing your praises.\n\nK x\n")))
    label(c, owner, [], "hard", "negative/reference-call",
          "Search consultant schedules reference calls with the user's referees about the user; user does not take part.")


def case15():
    c = "b25-15-neg-search-firm-market-mapping-chat"
    owner = "grace.okafor@mail.example"
    tz = "America/Los_Angeles"
    q = ("Oren Liss", "oliss@quillonadvisors.example")
    s, e = T(2026, 3, 17, 11, 0, tz), T(2026, 3, 17, 11, 30, tz)
    body = (f"When: {wd(s)}, March 17, 2026 11:00 AM-11:30 AM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Grace,\n\nThanks for agreeing to a quick "
            "conversation. To be transparent: this isn't tied to a live search or any candidate process. We're "
            "mapping the market for chief nursing officers and nursing informatics leaders across the Pacific "
            "Northwest for our annual benchmarking, and I'd value your perspective on who is doing interesting work "
            "and how the role is evolving. Nothing to prepare.\n\nOren Liss\nPrincipal, Healthcare Practice | "
            "Quillon Leadership Advisors\n1201 Third Ave, Seattle WA 98101 | 206.555.0104\n\n" + teams_block())
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010",
               [vevent("040000008200E00074C5B7101A82E00800000000B25A15C0DE000000000000000010000000QUILLONMAP",
                       s, e, "Market mapping conversation - nursing leadership (Grace Okafor / Quillon)", q,
                       [("Grace Okafor", owner)], T(2026, 3, 10, 14, 0, tz), description=body,
                       location="Microsoft Teams Meeting", tzid="Pacific Standard Time", exchange=True)],
               [vtimezone("Pacific Standard Time", tz, "us", exchange=True)])
    add(c, "01-invite-market-mapping-conversation.eml", mail(
        owner, f"{q[0]} <{q[1]}>", f"Grace Okafor <{owner}>",
        "Market mapping conversation - nursing leadership (Grace Okafor / Quillon)", T(2026, 3, 10, 14, 0, tz),
        text=body, cte="quoted-printable", msgid=mid("quillonadvisors.example"),
        headers=EXCH_HDRS + [("Thread-Topic", "Market mapping conversation - nursing leadership")],
        ics=ics, ics_mode="alt"))
    label(c, owner, [], "hard", "negative/search-firm-market-mapping",
          "Search firm books a Teams call with the user explicitly for market mapping, not a search or candidacy.")


def case16():
    c = "b25-16-neg-board-member-special-meeting-ceo-interviews"
    owner = "harold.nyberg@example.com"
    tz = "America/Chicago"
    dom = "prairiecommunityfund.example"
    org = ("Beth Amundsen", f"bamundsen@{dom}")
    s, e = T(2026, 5, 14, 9, 0, tz), T(2026, 5, 14, 15, 0, tz)
    body = (f"When: {wd(s)}, May 14, 2026 9:00 AM-3:00 PM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Fund offices, 3rd floor board room\n\n*~*~*~*~*~*~*~*~*~*\n\nTrustees,\n\n"
            "This special meeting of the Board is for the President & CEO search. Agenda:\n"
            "  9:00   Executive session; review of interview questions\n"
            "  9:30   Interview - Candidate A (90 min)\n"
            "  11:15  Interview - Candidate B (90 min)\n"
            "  12:45  Lunch\n  1:30   Deliberation and vote (executive session)\n\n"
            "Candidate packets are in the board portal. Please do not forward; candidate names are confidential.\n\n"
            "Beth Amundsen\nBoard Secretary & Executive Assistant to the Board | Prairie Community Fund\n"
            "(612) 555-0150\n")
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010",
               [vevent("040000008200E00074C5B7101A82E00800000000B25A16BEEF00000000000000010000000PCFSPECIAL",
                       s, e, "Special Board Meeting - CEO Search Interviews", org,
                       [("Harold Nyberg", owner), ("Ruth Okonjo", f"rokonjo@{dom}"), ("Sam Feld", f"sfeld@{dom}")],
                       T(2026, 4, 30, 10, 0, tz), description=body, location="Fund offices, 3rd floor board room",
                       tzid="Central Standard Time", exchange=True)],
               [vtimezone("Central Standard Time", tz, "us", exchange=True)])
    add(c, "01-invite-special-board-meeting.eml", mail(
        owner, f"{org[0]} <{org[1]}>", f"Harold Nyberg <{owner}>, Ruth Okonjo <rokonjo@{dom}>, Sam Feld <sfeld@{dom}>",
        "Special Board Meeting - CEO Search Interviews", T(2026, 4, 30, 10, 0, tz), text=body,
        cte="quoted-printable", msgid=mid(dom), headers=EXCH_HDRS + [("Thread-Topic", "Special Board Meeting")],
        ics=ics, ics_mode="alt"))
    label(c, owner, [], "hard", "negative/board-member-interviews-candidates",
          "User is a trustee attending a board meeting where the board interviews CEO candidates (user is interviewer).")


def case17():
    c = "b25-17-neg-conference-talk-fireside-interview"
    owner = "ines.carvalho@example.com"
    tz = "America/Toronto"
    s, e = T(2026, 6, 16, 14, 0, tz), T(2026, 6, 16, 14, 45, tz)
    add(c, "01-program-chair-speaker-confirmation.eml", mail(
        owner, "Marc Tremblay <program@phi-summit.example>", "Ines Carvalho <ines.carvalho@example.com>",
        "PHI Summit 2026 - your session is confirmed", T(2026, 5, 5, 10, 0, tz), msgid=mid("phi-summit.example"),
        html=("<html><body><p>Dear Dr. Carvalho,</p><p>We're thrilled to confirm your spotlight session at the "
              "<b>Public Health Informatics Summit 2026</b> in Toronto.</p><ul>"
              f"<li>Session: <i>From pilot to province-wide: what it takes to scale</i></li>"
              f"<li>{wd(s)}, June 16 &middot; 2:00&ndash;2:45 pm ET &middot; Hall C</li>"
              "<li>Format: 20-minute talk, then a fireside interview with moderator Dana Whitlock and audience "
              "questions</li></ul><p>Speakers' green room opens at 1:15 pm. Please upload slides by June 9.</p>"
              "<p>Marc Tremblay<br>Program Chair, PHI Summit 2026</p></body></html>")))
    ev = {"kind": "calendar#event", "etag": "\"3490001112223000\"", "id": "phisummit2026spotlightc",
          "status": "confirmed", "summary": "PHI Summit - my talk + fireside interview (Hall C)",
          "description": "Spotlight session; moderator Dana Whitlock. Green room 1:15.",
          "location": "Metro Convention Centre, Hall C",
          "creator": {"email": owner, "self": True}, "organizer": {"email": owner, "self": True},
          "start": {"dateTime": s.isoformat(), "timeZone": tz}, "end": {"dateTime": e.isoformat(), "timeZone": tz},
          "iCalUID": "phisummit2026spotlightc@google.com", "sequence": 0,
          "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, "02-my-talk.gcal.json", json.dumps(ev, indent=2) + "\n")
    label(c, owner, [], "medium", "negative/conference-talk",
          "Conference speaker slot incl. a 'fireside interview' on stage; own calendar entry; not a hiring process.")


def case18():
    c = "b25-18-neg-phd-viva-user-is-external-examiner"
    owner = "m.adeyemi@example.com"
    tz = "Europe/London"
    dom = "kelvingrove-uni.example"
    s, e = T(2026, 6, 2, 10, 0, tz), T(2026, 6, 2, 13, 0, tz)
    ics = vcal("REQUEST", "-//Kelvingrove University//Graduate School Scheduler//EN",
               [vevent("viva-2026-0612-chou@kelvingrove-uni.example", s, e,
                       "PhD viva voce examination - candidate: Mei-Ling Chou", ("Graduate School",
                                                                                 f"gradschool-exams@{dom}"),
                       [("Dr Michael Adeyemi (External Examiner)", owner),
                        ("Prof. Ruth Calder (Internal Examiner)", f"r.calder@{dom}"),
                        ("Dr Alan Pryde (Convener)", f"a.pryde@{dom}")], T(2026, 5, 12, 9, 0, tz),
                       description="Oral examination of the thesis 'Adaptive sampling for coastal sensor networks'. "
                                   "Pre-meeting of examiners 09:30.", location="Boyd Orr Building, Room 407",
                       tzid="Europe/London")],
               [vtimezone("Europe/London", tz, "london")])
    add(c, "01-graduate-school-viva-arrangements.eml", mail(
        owner, f"Kelvingrove Graduate School <gradschool-exams@{dom}>", "Dr Michael Adeyemi <m.adeyemi@example.com>",
        "Viva arrangements: Mei-Ling Chou (PhD, School of Engineering)", T(2026, 5, 12, 9, 0, tz), msgid=mid(dom),
        text=("Dear Dr Adeyemi,\n\nThank you for agreeing to act as External Examiner for the above candidate. The "
              f"oral examination will take place on {wd(s)} 2 June 2026 at 10.00, Boyd Orr Building, Room 407, with a "
              "pre-meeting of the examiners at 09.30. Please submit your independent preliminary report to the "
              "convener, Dr Alan Pryde, at least five working days before the viva.\n\nYour fee and travel "
              "expenses will be paid on receipt of the joint report and claim form.\n\nGraduate School Examinations "
              "Office\n"), ics=ics))
    label(c, owner, [], "hard", "negative/thesis-defence-examiner",
          "User examines a PhD candidate (viva) - invite with 'candidate' and 'examination'; user is not the candidate.")


def case19():
    c = "b25-19-neg-fellowship-grant-panel-member"
    owner = "sunita.rao@mail.example"
    tz = "Europe/Dublin"
    dom = "researchcouncil.example"
    d = T(2026, 6, 22, 9, 0, tz)
    add(c, "01-panel-secretariat-interview-schedule.eml", mail(
        owner, f"Orla Geraghty <orla.geraghty@{dom}>", "Prof. Sunita Rao <sunita.rao@mail.example>",
        "Frontiers Fellowship 2026 - interview panel schedule", T(2026, 6, 3, 15, 30, tz), msgid=mid(dom),
        cte="quoted-printable",
        text=("Dear Professor Rao,\n\nThank you again for serving on the Frontiers Fellowship interview panel. The "
              f"panel will meet on {wd(d)} 22 June in Dublin (Research Council offices, Harcourt St).\n\n"
              "  09:00  Panel briefing (chair: Prof. Declan Moran)\n"
              "  09:30  Applicant 1 - FF26-014 (interview 30 min, scoring 10 min)\n"
              "  10:10  Applicant 2 - FF26-022\n  10:50  Applicant 3 - FF26-031\n  11:30  Coffee\n"
              "  11:45  Applicant 4 - FF26-037\n  12:25  Applicant 5 - FF26-049\n  13:05  Lunch\n"
              "  14:00  Ranking and funding recommendations\n  16:00  Close\n\n"
              "You are lead reviewer for applicants 2 and 5 and will open the questioning for them. Please declare "
              "any conflicts of interest by return. Travel and subsistence are reimbursed at civil-service rates.\n\n"
              "Kind regards,\nOrla Geraghty\nProgramme Manager, Research Council\n+353 1 555 0148\n")))
    gics = vcal("REQUEST", "-//Research Council//Panel Planner//EN",
                [vevent("ff26-panel-day@researchcouncil.example", d, T(2026, 6, 22, 16, 0, tz),
                        "Frontiers Fellowship 2026 - applicant interviews (panel member)",
                        ("Orla Geraghty", f"orla.geraghty@{dom}"),
                        [("Prof. Sunita Rao", owner), ("Prof. Declan Moran", f"declan.moran@{dom}")],
                        T(2026, 6, 3, 15, 31, tz), description="Panel briefing 09:00; five applicant interviews; "
                        "ranking 14:00.", location="Research Council, Harcourt St, Dublin", tzid="Europe/Dublin")],
                [vtimezone("Europe/Dublin", tz, "london")])
    add(c, "02-panel-day.ics", gics)
    label(c, owner, [], "hard", "negative/grant-panel-member",
          "User sits on a fellowship interview panel and questions applicants; user is not a candidate.")


def case20():
    c = "b25-20-neg-security-clearance-subject-interview"
    owner = "marcus.thorne@example.com"
    tz = "America/New_York"
    inv = "Investigator Dana Whitfield <dana.whitfield@vetting.gov.example>"
    s = T(2026, 7, 8, 13, 30, tz)
    m1 = mid("vetting.gov.example")
    add(c, "01-investigator-subject-interview.eml", mail(
        owner, inv, "marcus.thorne@example.com", "Background investigation - subject interview", T(2026, 6, 29, 10, 4,
                                                                                                   tz),
        msgid=m1, text=("Mr. Thorne,\n\nI have been assigned to conduct your background investigation in connection "
                        "with the Tier 5 clearance requested by your sponsoring agency for the position you have "
                        "accepted. As part of the investigation I need to complete a personal subject interview "
                        "with you.\n\nCould we meet on Wednesday, July 8 at 1:30 PM at our Arlington field office "
                        "(1500 Wilson Blvd, Suite 700)? Plan on two to three hours. Bring your passport, a copy of "
                        "your SF-86 and any documentation about foreign travel.\n\nThis interview is not part of a "
                        "hiring decision; it is a required step of the security clearance process.\n\n"
                        "Dana Whitfield\nBackground Investigator, Office of Personnel Vetting\n(703) 555-0119\n")))
    add(c, "02-investigator-confirmed.eml", mail(
        owner, inv, "marcus.thorne@example.com", "RE: Background investigation - subject interview",
        T(2026, 6, 30, 8, 55, tz), msgid=mid("vetting.gov.example"), in_reply_to=m1,
        text=("Mr. Thorne,\n\nConfirmed for Wednesday, July 8 at 1:30 PM. Please arrive 10 minutes early for "
              "check-in.\n\nDana Whitfield\n\n> On Jun 29, 2026, Marcus Thorne wrote:\n> Wednesday at 1:30 works. "
              "Thank you.\n")))
    label(c, owner, [], "hard", "negative/security-clearance-interview",
          f"Subject interview with a background investigator ({iso(s)}) after the job was accepted; not a job interview.")


def case21():
    c = "b25-21-neg-journalist-interview-new-appointment"
    owner = "eleanor.vance@example.com"
    tz = "America/Chicago"
    j = "Priya Sethi <psethi@meridianledger.example>"
    m1 = mid("meridianledger.example")
    add(c, "01-journalist-interview-request.eml", mail(
        owner, j, "Eleanor Vance <eleanor.vance@example.com>", "Interview request - Meridian Ledger profile",
        T(2026, 5, 18, 11, 0, tz), msgid=m1,
        text=("Dear Dr. Vance,\n\nCongratulations on your appointment as Provost of Bellhaven College. I'm writing a "
              "profile of new academic leaders in the Midwest for the Meridian Ledger's Higher Ed section and would "
              "love to interview you - about 30 minutes by phone or Zoom. Would Thursday at 2pm Central work?\n\n"
              "Priya Sethi\nHigher Education Reporter, The Meridian Ledger\n(312) 555-0186\n")))
    add(c, "02-journalist-confirmed-thursday.eml", mail(
        owner, j, "Eleanor Vance <eleanor.vance@example.com>", "Re: Interview request - Meridian Ledger profile",
        T(2026, 5, 19, 9, 12, tz), msgid=mid("meridianledger.example"), in_reply_to=m1,
        text=("Great - Thursday at 2pm CT it is. I'll call your office line. The piece is on the record unless you "
              "tell me otherwise.\n\nPriya\n\n> On Tue, May 19, 2026 Eleanor Vance wrote:\n> Thursday at 2 is fine. "
              "My office number is below.\n")))
    label(c, owner, [], "medium", "negative/journalist-interview",
          "Press interview about the user's new appointment, scheduled in a thread; not a hiring process.")


def case22():
    c = "b25-22-neg-civil-service-book-your-slot-unbooked"
    owner = "thomas.ekwueme@mail.example"
    tz = "Europe/London"
    add(c, "01-vacancy-hub-book-interview-slot.eml", mail(
        owner, "Vacancy Hub <noreply@vacancyhub.example>", "thomas.ekwueme@mail.example",
        "Action required: book your interview - 398114 Head of Analysis (Grade 6)", T(2026, 4, 2, 7, 45, tz),
        msgid=mid("vacancyhub.example"),
        html=("<html><body style=\"font-family:Arial\"><p>Dear Thomas Ekwueme,</p>"
              "<p>Vacancy 398114 &ndash; Head of Analysis (Grade 6), Office for Rail Safety</p>"
              "<p>You have been successful at sift and are invited to book an interview. Interviews will take place "
              "by video between <b>Tuesday 14 April and Thursday 16 April 2026</b>, 9:00am&ndash;5:00pm.</p>"
              "<p><a href=\"https://vacancyhub.example/book/398114/TE\">Book your interview slot</a> by 23:55 on "
              "Wednesday 8 April. Slots are allocated on a first-come basis.</p>"
              "<p>The panel will assess the behaviours Leadership, Changing and Improving and Working Together, plus "
              "the technical skill 'Analytical leadership'.</p>"
              "<p>Please do not reply to this email.</p><p>Vacancy Hub</p></body></html>")))
    label(c, owner, [], "hard", "negative/unbooked-interview-slot",
          "Civil-service invitation to BOOK an interview slot within a range; never booked -> no interview.")


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
       case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for d in os.listdir(HERE):
        if d.startswith("b25-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for f in ALL:
        f()
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind25 labels - see /work/shared/eval/README.md for the schema. Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
