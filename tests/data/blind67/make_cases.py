#!/usr/bin/env python3
"""Deterministic generator for the blind67 evaluation set (written blind).

Rewrites every b67-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "catriona.welbourne@example.com"
OWNER_NAME = "Catriona Welbourne"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

SIG_OWNER = """Catriona Welbourne
Chief Financial Officer, Ashdown Rail Holdings plc
M: +44 7700 900 318"""


def T(y, mo, d, h, mi=0, tz=LON):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utc_stamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


VTZ = {
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "END:STANDARD", "END:VTIMEZONE"],
}


def ics(*, prodid, method, uid, start, end, summary, organizer, attendees,
        stamp, seq=0, status="CONFIRMED", tzid=None, description=None,
        location=None, extra=()):
    """attendees: list of (name, email, partstat). tzid None -> UTC times."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        L.append(f"METHOD:{method}")
    if "Google" in prodid:
        L.insert(2, "CALSCALE:GREGORIAN")
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{local_stamp(start)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{local_stamp(end)}")
    else:
        L.append(f"DTSTART:{utc_stamp(start)}")
        if end is not None:
            L.append(f"DTEND:{utc_stamp(end)}")
    L.append(f"DTSTAMP:{utc_stamp(stamp)}")
    oname, oemail = organizer
    L.append(f"ORGANIZER;CN={oname}:mailto:{oemail}")
    L.append(f"UID:{uid}")
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};"
                 f"RSVP=TRUE;CN={name}:mailto:{email}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location is not None:
        L.append(f"LOCATION:{esc(location)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append(f"SUMMARY:{esc(summary)}")
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


EXCH_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


# ---------------------------------------------------------------- e-mail
def mail(*, date, frm, to, subject, text=None, html=None, cte="quoted-printable",
         html_cte="quoted-printable", cc=None, reply_to=None, msgid, in_reply_to=None,
         references=None, cal=None, cal_method="REQUEST", cal_cte="base64",
         attach_ics=None, attach_name="invite.ics", sender=None, extra_headers=(),
         alt_only_cal=False, received_by="mx.example.com"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {msgid.split('@')[-1].rstrip('>')} by {received_by} "
                     f"with ESMTPS; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra_headers:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        if m.get_content_type() != "multipart/alternative":
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", cte=cal_cte,
                          params={"method": cal_method})
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype="application",
                         subtype="ics", filename=attach_name)
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n"))


def html_of(text):
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + body + "</div></body></html>\n")


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return f"On {when}, {who} wrote:\n{q}\n"


CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[cid] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


# ====================================================================== POSITIVES
RUPERT = "Rupert Ainsley <rupert.ainsley@halvergate-partners.example>"
RUPERT_SIG = """Rupert Ainsley
Partner, CFO & Finance Practice
Halvergate Partners | 14 Albemarle Street, London W1S 4HW
T: +44 20 7946 0512 | M: +44 7700 900 744"""


def p01():
    cid = "b67-p01-search-consultant-then-exchange-invite-ceo"
    d1 = T(2026, 9, 30, 16, 12)
    t1 = f"""Catriona,

Good news on Thornbury. Giles Penhaligon (Group CEO) has read your note and
would like to meet you properly for the CFO role. His office has offered
Tuesday 6 October at 10:00, for about an hour and a half, at Thornbury House,
2 Canal Wharf, Paddington. Harriet Doyle, his EA, will send you a diary
invitation directly.

Giles will want to go through the FY25 numbers, the covenant reset and how
you'd build the investor-relations function. Happy to have a quick call
beforehand if useful.

Best,
Rupert

{RUPERT_SIG}"""
    s, e = T(2026, 10, 6, 10), T(2026, 10, 6, 11, 30)
    d2 = T(2026, 9, 30, 17, 40)
    desc = ("Catriona - Giles is looking forward to meeting you. Please ask for me at "
            "reception on the ground floor.\n\nHarriet Doyle\nExecutive Assistant to the Group CEO")
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000B1C4D87A3E51DC01000000000000000010000000A7",
              start=s, end=e, tzid="GMT Standard Time", stamp=d2,
              summary="Catriona Welbourne / Giles Penhaligon - CFO",
              organizer=("Harriet Doyle", "harriet.doyle@thornbury-logistics.example"),
              attendees=[("Giles Penhaligon", "giles.penhaligon@thornbury-logistics.example", "ACCEPTED"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              description=desc, location="Thornbury House - 4th floor, Boardroom 2", extra=EXCH_X)
    t2 = ("When: Tuesday, 6 October 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          "Where: Thornbury House - 4th floor, Boardroom 2\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    items = [
        ("01-rupert-thornbury-next-step.eml", mail(
            date=d1, frm=RUPERT, to=OWNER_FULL, subject="Thornbury - meeting with Giles",
            text=t1, html=html_of(t1), msgid="<CAH7d1Lr0x9Thornbury01@mail.halvergate-partners.example>")),
        ("02-invite-giles-penhaligon.eml", mail(
            date=d2, frm="Harriet Doyle <harriet.doyle@thornbury-logistics.example>",
            to=OWNER_FULL, cc="Giles Penhaligon <giles.penhaligon@thornbury-logistics.example>",
            subject="Catriona Welbourne / Giles Penhaligon - CFO", text=t2,
            msgid="<LO2P265MB4471C3E0A1B9F2D6@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
            cal=cal, extra_headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                    ("Thread-Topic", "Catriona Welbourne / Giles Penhaligon - CFO")])),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Thornbury Logistics", "Chief Financial Officer", s, e, "scheduled",
                          ["giles.penhaligon@thornbury-logistics.example"],
                          ["giles.penhaligon@thornbury-logistics.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/search-firm-plus-exchange-dedupe",
        "notes": "Consultant e-mail + EA Exchange invite (GMT Standard Time, BST in force) = one interview with the CEO.",
        "source": "synthetic"})


def p02():
    cid = "b67-p02-same-consultant-second-client-drinks-dinner"
    d1 = T(2026, 10, 12, 9, 5)
    t1 = f"""Catriona,

Wearing my other hat (Kestrel, not Thornbury!): Dame Philippa Crowhurst,
Kestrel Aggregates' Chair, would very much like to meet you before she takes
the CFO shortlist to the Nominations Committee. She suggests Thursday 18:30
for drinks then dinner at Brackley's, 61 Pall Mall. Informal in style, but
please treat it as an interview - she will be forming a view.

Does that work?

Rupert

{RUPERT_SIG}"""
    d2 = T(2026, 10, 12, 12, 31)
    t2 = ("Rupert,\n\nThursday works well - thank you. Anything I should read beforehand?\n\n"
          "Catriona\n\n" + quote(t1, RUPERT, "Mon, 12 Oct 2026 at 09:05"))
    d3 = T(2026, 10, 12, 15, 48)
    t3 = (f"Great - that's confirmed: Thursday 15th, 18:30 for drinks in the bar at Brackley's, "
          "then dinner in the Garden Room. Philippa's PA has the booking under Crowhurst. "
          "Dress is lounge suit.\n\nI'll send over the last two annual reports and the "
          "capital markets day deck this afternoon.\n\nRupert\n\n" + RUPERT_SIG + "\n\n"
          + quote(t2, OWNER_FULL, "Mon, 12 Oct 2026 at 12:31"))
    s = T(2026, 10, 15, 18, 30)
    items = [
        ("01-rupert-kestrel-chair-dinner.eml", mail(
            date=d1, frm=RUPERT, to=OWNER_FULL, subject="Kestrel - Philippa Crowhurst",
            text=t1, msgid="<CAH7d1Lr0x9Kestrel01@mail.halvergate-partners.example>")),
        ("02-re-kestrel.eml", mail(
            date=d2, frm=OWNER_FULL, to=RUPERT, subject="Re: Kestrel - Philippa Crowhurst",
            text=t2, msgid="<1B2C3D4E-kestrel-02@example.com>",
            in_reply_to="<CAH7d1Lr0x9Kestrel01@mail.halvergate-partners.example>")),
        ("03-re-re-kestrel-confirmed.eml", mail(
            date=d3, frm=RUPERT, to=OWNER_FULL, subject="Re: Kestrel - Philippa Crowhurst",
            text=t3, msgid="<CAH7d1Lr0x9Kestrel03@mail.halvergate-partners.example>",
            in_reply_to="<1B2C3D4E-kestrel-02@example.com>",
            references="<CAH7d1Lr0x9Kestrel01@mail.halvergate-partners.example> <1B2C3D4E-kestrel-02@example.com>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Kestrel Aggregates", "Chief Financial Officer", s, None, "scheduled",
                          [], ["rupert.ainsley@halvergate-partners.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/dinner-interview-thread",
        "notes": "Drinks-then-dinner with the Chair is explicitly an interview; 'Thursday' resolved from Mon 12 Oct. "
                 "Chair has no address in case -> follow up with the consultant. No end given.",
        "source": "synthetic"})


CL_PRIYA = "Priya Dholakia <priya.dholakia@calderlowe.example>"
CL_MARCUS = "Marcus Fenwick <marcus.fenwick@calderlowe.example>"


def p03():
    cid = "b67-p03-two-consultants-one-client-panel-moved"
    d1 = T(2026, 10, 13, 11, 20)
    t1 = """Dear Catriona,

Marcus and I are delighted to confirm that Brindlecombe Healthcare would like
you to meet their final panel for the Chief Financial Officer appointment:

  Wednesday 21 October, 14:00 - 16:30
  Calder Lowe, 12 Bruton Mews, London W1J 6ND

Panel: Tobias Renshaw (CEO), Alastair McGilvray (Chair of the Audit Committee)
and Noor Haddad (Chief People Officer). The first 20 minutes is your
presentation on the first 100 days; the rest is competency-based questions.

Marcus will send the calendar hold.

Warm regards,
Priya

Priya Dholakia | Partner
Calder Lowe Associates
+44 20 7946 0877"""
    d2 = T(2026, 10, 13, 11, 52)
    s0, e0 = T(2026, 10, 21, 14), T(2026, 10, 21, 16, 30)
    att = [("Tobias Renshaw", "tobias.renshaw@brindlecombe-health.example", "ACCEPTED"),
           ("Alastair McGilvray", "a.mcgilvray@mail.example", "ACCEPTED"),
           ("Noor Haddad", "noor.haddad@brindlecombe-health.example", "ACCEPTED"),
           ("Priya Dholakia", "priya.dholakia@calderlowe.example", "ACCEPTED"),
           (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    uid = "040000008200E00074C5B7101A82E0080000000044F1A2B93E5BDC010000000000000000100000003C"
    cal1 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=uid, start=s0, end=e0,
               tzid="GMT Standard Time", stamp=d2, seq=0,
               summary="Brindlecombe Healthcare - CFO final panel - Catriona Welbourne",
               organizer=("Marcus Fenwick", "marcus.fenwick@calderlowe.example"), attendees=att,
               location="Calder Lowe, 12 Bruton Mews, W1J 6ND - Room Hanover",
               description="Final panel. 20 min presentation + Q&A.", extra=EXCH_X)
    t2 = ("When: Wednesday, 21 October 2026 14:00-16:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          "Where: Calder Lowe, 12 Bruton Mews, W1J 6ND - Room Hanover\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Final panel. 20 min presentation + Q&A.\n\nMarcus Fenwick | Consultant | Calder Lowe Associates\n")
    d3 = T(2026, 10, 16, 9, 14)
    s, e = T(2026, 10, 21, 14, 30), T(2026, 10, 21, 16, 30)
    cal2 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=uid, start=s, end=e,
               tzid="GMT Standard Time", stamp=d3, seq=1,
               summary="Brindlecombe Healthcare - CFO final panel - Catriona Welbourne",
               organizer=("Marcus Fenwick", "marcus.fenwick@calderlowe.example"), attendees=att,
               location="Calder Lowe, 12 Bruton Mews, W1J 6ND - Room Hanover",
               description="UPDATED: Alastair's flight from Edinburgh now lands later, so we start at "
                           "14h30. Finish unchanged. Presentation cut to 15 min.", extra=EXCH_X)
    t3 = ("When: Wednesday, 21 October 2026 14:30-16:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          "Where: Calder Lowe, 12 Bruton Mews, W1J 6ND - Room Hanover\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Catriona - UPDATED: Alastair's flight from Edinburgh now lands later, so we start at 14h30. "
          "Finish unchanged; please trim the presentation to 15 minutes.\n\nMarcus\n")
    items = [
        ("01-priya-final-panel.eml", mail(
            date=d1, frm=CL_PRIYA, to=OWNER_FULL, cc=CL_MARCUS,
            subject="Brindlecombe Healthcare - CFO final panel", text=t1, html=html_of(t1),
            msgid="<AM9PR02MB7112E4A1@AM9PR02MB7112.eurprd02.prod.outlook.com>")),
        ("02-invite-final-panel.eml", mail(
            date=d2, frm=CL_MARCUS, to=OWNER_FULL,
            cc="Tobias Renshaw <tobias.renshaw@brindlecombe-health.example>, a.mcgilvray@mail.example",
            subject="Brindlecombe Healthcare - CFO final panel - Catriona Welbourne", text=t2,
            msgid="<AM9PR02MB7345A0C2@AM9PR02MB7345.eurprd02.prod.outlook.com>", cal=cal1,
            extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])),
        ("03-updated-invite-14h30.eml", mail(
            date=d3, frm=CL_MARCUS, to=OWNER_FULL,
            subject="Updated: Brindlecombe Healthcare - CFO final panel - Catriona Welbourne", text=t3,
            msgid="<AM9PR02MB7345B9F7@AM9PR02MB7345.eurprd02.prod.outlook.com>", cal=cal2,
            extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])),
    ]
    ivs = ["tobias.renshaw@brindlecombe-health.example", "a.mcgilvray@mail.example",
           "noor.haddad@brindlecombe-health.example"]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Brindlecombe Healthcare", "Chief Financial Officer", s, e, "scheduled",
                          ivs, ivs, "onsite")],
        "difficulty": "hard", "category": "positive/reschedule-sequence-panel",
        "notes": "Two consultants (Priya, Marcus) of one firm; panel moved from 14:00 to 14:30 (SEQUENCE 1), "
                 "same end; consultants only coordinate.",
        "source": "synthetic"})


def p04():
    cid = "b67-p04-board-chair-personal-address-breakfast-wolseley"
    CH = "Jonathan Harrowgate <jharrowgate@mail.example>"
    d1 = T(2026, 10, 19, 7, 2)
    t1 = """Catriona

Fergus at Tennant Marsh tells me you are on the shortlist for our CFO role.
Before the formal panel I'd like to get to know you a little - could you do
breakfast on Friday? 8am at the Wolseley, Piccadilly.

Best
Jonathan
(Chair, Oxmere Water plc)

Sent from my iPad"""
    d2 = T(2026, 10, 19, 8, 15)
    t2 = ("Dear Jonathan,\n\nThank you - I'd be delighted. Friday at 8 at the Wolseley it is.\n\n"
          "Kind regards,\nCatriona\n\n" + SIG_OWNER + "\n\n" + quote(t1, CH, "19 Oct 2026, at 07:02"))
    d3 = T(2026, 10, 19, 9, 40)
    t3 = "Splendid. Table booked under Harrowgate.\nJ\n\nSent from my iPad\n\n" + quote(
        t2, OWNER_FULL, "19 Oct 2026, at 08:15")
    s = T(2026, 10, 23, 8)
    items = [
        ("01-breakfast-friday.eml", mail(date=d1, frm=CH, to=OWNER_FULL, subject="Breakfast?",
                                         text=t1, cte="7bit", msgid="<5F1E2D3C-0A9B-4C8D@mail.example>")),
        ("02-re-breakfast.eml", mail(date=d2, frm=OWNER_FULL, to=CH, subject="Re: Breakfast?", text=t2,
                                     msgid="<8A7B6C5D-owner-oxmere@example.com>",
                                     in_reply_to="<5F1E2D3C-0A9B-4C8D@mail.example>")),
        ("03-re-re-breakfast.eml", mail(date=d3, frm=CH, to=OWNER_FULL, subject="Re: Breakfast?", text=t3,
                                        msgid="<9C8D7E6F-1B2A-4D3C@mail.example>",
                                        in_reply_to="<8A7B6C5D-owner-oxmere@example.com>",
                                        references="<5F1E2D3C-0A9B-4C8D@mail.example> <8A7B6C5D-owner-oxmere@example.com>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Oxmere Water", "Chief Financial Officer", s, None, "scheduled",
                          ["jharrowgate@mail.example"], ["jharrowgate@mail.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/personal-address-breakfast",
        "notes": "Chair writes from a personal address; 'Friday' resolved from Mon 19 Oct 2026 -> Fri 23 Oct, BST. No end.",
        "source": "synthetic"})


def p05():
    cid = "b67-p05-ceo-personal-address-call-after-clock-change"
    CEO = "Martin Okafor <martin.okafor@mail.example>"
    d1 = T(2026, 10, 23, 18, 40)
    t1 = """Hi Catriona,

Imogen at Calder Lowe passed on your details for the CFO role at Pellow & Rusk
Foods - I'm sorry it has taken me a while to get in touch; it's been a week.

Would you be free for a call on Tuesday at half past ten? 45 minutes should be
plenty for a first conversation. I'll ring your mobile, unless you'd prefer
Teams.

(UK time of course - and don't forget the clocks go back on Sunday!)

Best wishes,
Martin

Martin Okafor
Chief Executive, Pellow & Rusk Foods Ltd
Unit 4, Harbour Way, Grimsby DN31 3SX | +44 1472 960 410"""
    d2 = T(2026, 10, 24, 10, 5)
    t2 = ("Martin,\n\nThank you for getting in touch. Tuesday at 10.30 suits me well; my mobile is "
          "07700 900318.\n\nBest regards,\nCatriona\n\n" + quote(t1, CEO, "Fri, 23 Oct 2026 at 18:40"))
    s, e = T(2026, 10, 27, 10, 30), T(2026, 10, 27, 11, 15)
    items = [
        ("01-martin-okafor-call.eml", mail(date=d1, frm=CEO, to=OWNER_FULL,
                                           subject="Pellow & Rusk - CFO", text=t1, cte="base64",
                                           msgid="<CAOk4f1Rusk01@mail.example>")),
        ("02-re-pellow-rusk.eml", mail(date=d2, frm=OWNER_FULL, to=CEO, subject="Re: Pellow & Rusk - CFO",
                                       text=t2, msgid="<owner-pellow-02@example.com>",
                                       in_reply_to="<CAOk4f1Rusk01@mail.example>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Pellow & Rusk Foods", "Chief Financial Officer", s, e, "scheduled",
                          ["martin.okafor@mail.example"], ["martin.okafor@mail.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/dst-edge-relative-date",
        "notes": "Sent Fri 23 Oct (BST); 'Tuesday at half past ten' = Tue 27 Oct, after the 25 Oct change -> GMT (+00:00). "
                 "Base64 body; CEO personal address.",
        "source": "synthetic"})


def p06():
    cid = "b67-p06-ea-puts-you-in-ceo-diary"
    EA = "Jemima Hart <jemima.hart@lydgate-insurance.example>"
    SARAH = "sarah.okonkwo-reid@lydgate-insurance.example"
    d1 = T(2026, 10, 29, 14, 2)
    t1 = """Dear Catriona,

Following your conversation with Whitlock Gray, I've put you in Sarah's diary
for Wednesday 4 November from 2pm to 3pm at our offices, 40 Leadenhall Street,
EC3A 2BJ - please come to 12th floor reception and ask for me.

Sarah is keen to use the hour to talk about the Group CFO role and the
finance transformation programme. I'll send a calendar invitation shortly.

Kind regards,
Jemima

Jemima Hart
Executive Assistant to Sarah Okonkwo-Reid, Group Chief Executive
Lydgate Insurance Group plc
T +44 20 7946 0233"""
    s, e = T(2026, 11, 4, 14), T(2026, 11, 4, 15)
    d2 = T(2026, 10, 29, 14, 9)
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000D4E7C2A15F69DC010000000000000000100000009E",
              start=s, end=e, tzid="GMT Standard Time", stamp=d2,
              summary="Sarah Okonkwo-Reid / Catriona Welbourne",
              organizer=("Jemima Hart", "jemima.hart@lydgate-insurance.example"),
              attendees=[("Sarah Okonkwo-Reid", SARAH, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              location="40 Leadenhall Street - 12th floor - SOR office", extra=EXCH_X)
    t2 = ("When: Wednesday, 4 November 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          "Where: 40 Leadenhall Street - 12th floor - SOR office\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    items = [
        ("01-jemima-diary.eml", mail(date=d1, frm=EA, to=OWNER_FULL, cc=f"Sarah Okonkwo-Reid <{SARAH}>",
                                     subject="Meeting with Sarah Okonkwo-Reid - 4 November", text=t1,
                                     html=html_of(t1), msgid="<DB9PR04MB8412A1@DB9PR04MB8412.eurprd04.prod.outlook.com>")),
        ("02-invite-sarah.eml", mail(date=d2, frm=EA, to=OWNER_FULL, subject="Sarah Okonkwo-Reid / Catriona Welbourne",
                                     text=t2, cal=cal, msgid="<DB9PR04MB8412B7@DB9PR04MB8412.eurprd04.prod.outlook.com>",
                                     extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Lydgate Insurance Group", "Group CFO", s, e, "scheduled",
                          [SARAH], [SARAH], "hiring_manager")],
        "difficulty": "medium", "category": "positive/ea-booking-dedupe",
        "notes": "EA 'put you in Sarah's diary' + Exchange invite without the word interview; EA only schedules.",
        "source": "synthetic"})


def p07():
    cid = "b67-p07-pe-chemistry-meeting-then-ny-partners-two-interviews"
    FER = "Fergus Tennant <fergus@tennantmarsh.example>"
    FSIG = "Fergus Tennant\nManaging Partner, Tennant Marsh\n3 Cork Street, London W1S 3LF\n+44 20 7946 0990"
    d1 = T(2026, 10, 23, 12, 30)
    t1 = f"""Catriona,

Ardent Vale Capital would like a chemistry meeting with you before we go any
further on Marlow Fabrications. Dana Whitcombe and Luis Arrieta (the two deal
partners) have offered Thursday 29 October, 1pm ET / 5pm UK, for an hour on
Zoom. NB our clocks go back this Sunday but New York doesn't change until
1 November, so the gap is only four hours that week.

Their associate Kelsey will send the invite.

{FSIG}"""
    s1, e1 = T(2026, 10, 29, 13, tz=NYC), T(2026, 10, 29, 14, tz=NYC)
    d2 = T(2026, 10, 23, 9, 3, tz=NYC)
    KB = ("Kelsey Brandt", "kbrandt@ardentvale.example")
    att = [("Kelsey Brandt", "kbrandt@ardentvale.example", "ACCEPTED"),
           ("Dana Whitcombe", "dwhitcombe@ardentvale.example", "ACCEPTED"),
           ("Luis Arrieta", "larrieta@ardentvale.example", "ACCEPTED"),
           (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
              uid="7p3kq1l0v2r5b8ardentvale0chem@google.com", start=s1, end=e1,
              tzid="America/New_York", stamp=d2, organizer=KB, attendees=att,
              summary="Ardent Vale / Catriona Welbourne - chemistry meeting (Marlow CFO)",
              description="Join Zoom Meeting\nhttps://ardentvale.zoom.example/j/84120937755\n"
                          "Meeting ID: 841 2093 7755")
    t2 = ("Ardent Vale / Catriona Welbourne - chemistry meeting (Marlow CFO)\n"
          "Thursday Oct 29, 2026 \u22c5 1pm \u2013 2pm\nEastern Time - New York\n\n"
          "Join Zoom Meeting\nhttps://ardentvale.zoom.example/j/84120937755\n\n"
          "Organizer\nKelsey Brandt\nkbrandt@ardentvale.example\n\nGuests\nDana Whitcombe\n"
          "Luis Arrieta\ncatriona.welbourne@example.com\n\nInvitation from Google Calendar\n")
    d3 = T(2026, 10, 30, 8, 50, tz=LON)
    t3 = f"""Catriona,

Very good feedback from Dana and Luis - "exactly the kind of CFO Marlow
needs". Next step is a longer conversation with Rob Kessler (Ardent Vale's
operating partner for industrials) and Hannah Lyle, Marlow's CEO, who will be
in New York that week.

They've proposed Thursday 5 November, 1pm ET / 6pm UK, one hour on Zoom.
Kelsey has put it straight into your calendar, I believe.

{FSIG}"""
    s2, e2 = T(2026, 11, 5, 13, tz=NYC), T(2026, 11, 5, 14, tz=NYC)
    ev = {
        "kind": "calendar#event", "etag": "\"3517022846120000\"",
        "id": "4hn2c7e0ardentvale1105r2", "status": "confirmed",
        "htmlLink": "https://calendar.example/event?eid=NGhuMmM3ZTBhcmRlbnR2YWxlMTEwNXIy",
        "created": "2026-10-29T19:41:02.000Z", "updated": "2026-10-29T19:43:11.418Z",
        "summary": "Marlow Fabrications CFO - Rob Kessler / Hannah Lyle / Catriona Welbourne",
        "description": "Second conversation following the chemistry meeting. Zoom: "
                       "https://ardentvale.zoom.example/j/86655021904",
        "creator": {"email": "kbrandt@ardentvale.example", "displayName": "Kelsey Brandt"},
        "organizer": {"email": "kbrandt@ardentvale.example", "displayName": "Kelsey Brandt"},
        "start": {"dateTime": iso(s2), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(e2), "timeZone": "America/New_York"},
        "iCalUID": "4hn2c7e0ardentvale1105r2@google.com", "sequence": 0,
        "attendees": [
            {"email": "kbrandt@ardentvale.example", "displayName": "Kelsey Brandt", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "rkessler@ardentvale.example", "displayName": "Rob Kessler", "responseStatus": "accepted"},
            {"email": "hannah.lyle@marlowfab.example", "displayName": "Hannah Lyle", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "location": "https://ardentvale.zoom.example/j/86655021904",
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [
        ("01-fergus-chemistry-meeting.eml", mail(date=d1, frm=FER, to=OWNER_FULL,
                                                 subject="Ardent Vale - chemistry meeting", text=t1,
                                                 msgid="<CAF3rgT01chem@mail.tennantmarsh.example>")),
        ("02-google-invite-chemistry.eml", mail(
            date=d2, frm="Kelsey Brandt <kbrandt@ardentvale.example>", to=OWNER,
            sender="Google Calendar <calendar-notification@google.com>",
            reply_to="Kelsey Brandt <kbrandt@ardentvale.example>",
            subject="Invitation: Ardent Vale / Catriona Welbourne - chemistry meeting (Marlow CFO) @ "
                    "Thu Oct 29, 2026 1pm - 2pm (EDT) (catriona.welbourne@example.com)",
            text=t2, html=html_of(t2), msgid="<calendar-6c1f0e44-93b2-4e0c-a1d7-2f5e8b3a9c10@google.com>",
            cal=cal, cal_cte="7bit", attach_ics=cal)),
        ("03-fergus-next-step.eml", mail(date=d3, frm=FER, to=OWNER_FULL,
                                         subject="Re: Ardent Vale - chemistry meeting", text=t3,
                                         msgid="<CAF3rgT03next@mail.tennantmarsh.example>",
                                         in_reply_to="<CAF3rgT01chem@mail.tennantmarsh.example>")),
        ("04-calendar-event-nov5.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [
            iv("Ardent Vale Capital", "Chief Financial Officer", s1.astimezone(LON), e1.astimezone(LON),
               "scheduled", ["dwhitcombe@ardentvale.example", "larrieta@ardentvale.example"],
               ["dwhitcombe@ardentvale.example", "larrieta@ardentvale.example"], "hiring_manager"),
            iv("Marlow Fabrications", "Chief Financial Officer", s2.astimezone(LON), e2.astimezone(LON),
               "scheduled", ["rkessler@ardentvale.example", "hannah.lyle@marlowfab.example"],
               ["rkessler@ardentvale.example", "hannah.lyle@marlowfab.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews-dst-gap",
        "notes": "PE chemistry meeting for portfolio-company CFO role in the 4-hour NY/London gap week "
                 "(29 Oct: 13:00 EDT = 17:00 GMT) + second round 5 Nov 13:00 EST = 18:00 GMT from a Calendar API event. "
                 "Associate Kelsey only organizes.",
        "source": "synthetic"})


def p08():
    cid = "b67-p08-exchange-invite-then-method-cancel"
    EA = ("Bethan Morgan", "bethan.morgan@castlegate-utilities.example")
    AQ = "anthony.quayle@castlegate-utilities.example"
    s, e = T(2026, 10, 19, 11), T(2026, 10, 19, 12)
    d1, d2 = T(2026, 10, 8, 15, 30), T(2026, 10, 14, 10, 2)
    uid = "040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000C4"
    att = [("Anthony Quayle", AQ, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    summ = "CFO appointment - Catriona Welbourne with Anthony Quayle (Chair, Audit Committee)"
    cal1 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=uid, start=s, end=e,
               tzid="GMT Standard Time", stamp=d1, summary=summ, organizer=EA, attendees=att,
               location="Castlegate House, 9 Temple Quay, Bristol", extra=EXCH_X)
    cal2 = ics(prodid="Microsoft Exchange Server 2010", method="CANCEL", uid=uid, start=s, end=e,
               tzid="GMT Standard Time", stamp=d2, seq=1, status="CANCELLED", summary="Canceled: " + summ,
               organizer=EA, attendees=att, location="Castlegate House, 9 Temple Quay, Bristol",
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"])
    t1 = ("When: Monday, 19 October 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          "Where: Castlegate House, 9 Temple Quay, Bristol\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Dear Catriona, Anthony looks forward to meeting you. Parking can be arranged - just let me know "
          "your registration.\n\nBethan Morgan\nPA to the Board | Castlegate Utilities plc | 0117 496 0381\n")
    t2 = ("Dear Catriona,\n\nI'm very sorry - Anthony has asked me to cancel Monday's meeting. The Board has "
          "decided to pause the CFO search while the strategic review runs its course, and will be in touch "
          "via Halvergate if and when it restarts.\n\nWith apologies,\nBethan\n")
    items = [
        ("01-invite-anthony-quayle.eml", mail(date=d1, frm=f"{EA[0]} <{EA[1]}>", to=OWNER_FULL, subject=summ,
                                              text=t1, cal=cal1,
                                              msgid="<CWLP265MB1930A4@CWLP265MB1930.GBRP265.PROD.OUTLOOK.COM>",
                                              extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])),
        ("02-canceled.eml", mail(date=d2, frm=f"{EA[0]} <{EA[1]}>", to=OWNER_FULL, subject="Canceled: " + summ,
                                 text=t2, cal=cal2, cal_method="CANCEL",
                                 msgid="<CWLP265MB1930C8@CWLP265MB1930.GBRP265.PROD.OUTLOOK.COM>",
                                 extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Castlegate Utilities", "Chief Financial Officer", s, e, "cancelled",
                          [AQ], [AQ], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation-method-cancel",
        "notes": "Exchange REQUEST then METHOD:CANCEL (search paused) -> cancelled at last time.",
        "source": "synthetic"})


def p09():
    cid = "b67-p09-candidate-withdraws-meeting-cancelled"
    OB = "Oliver Brisco <oliver.brisco@whitlockgray.example>"
    OSIG = "Oliver Brisco | Director | Whitlock Gray\n22 Old Burlington St, London W1S 2JJ | +44 20 7946 0456"
    d1 = T(2026, 10, 27, 16, 20)
    t1 = f"""Hi Catriona,

All set: you'll meet Simone Achterberg, Harcourt Leisure's CEO, on Monday
2 November at 9am for an hour, at their Soho office (18 Greek Street, 3rd
floor). She has the CV and my write-up. Role is CFO, reporting to Simone
with a dotted line to the Audit Chair.

{OSIG}"""
    d2 = T(2026, 10, 29, 21, 5)
    t_own = ("Oliver,\n\nI'm sorry to do this at short notice, but having thought hard about it I'd like to "
             "withdraw from the Harcourt process - the timing alongside the other conversations just isn't right. "
             "Could you please pass my apologies to Simone and cancel Monday's meeting?\n\nCatriona")
    d3 = T(2026, 10, 30, 8, 12)
    t3 = (f"Catriona,\n\nUnderstood, and thank you for being straight with us. I've let Simone know and "
          f"cancelled Monday. Let's catch up once the dust settles.\n\n{OSIG}\n\n"
          + quote(t_own, OWNER_FULL, "Thu, 29 Oct 2026 at 21:05"))
    s, e = T(2026, 11, 2, 9), T(2026, 11, 2, 10)
    items = [
        ("01-oliver-harcourt-confirmed.eml", mail(date=d1, frm=OB, to=OWNER_FULL,
                                                  subject="Harcourt Leisure - Monday with Simone", text=t1,
                                                  msgid="<CAWg01harcourt@mail.whitlockgray.example>")),
        ("02-re-withdrawal-acknowledged.eml", mail(date=d3, frm=OB, to=OWNER_FULL,
                                                   subject="Re: Harcourt Leisure - Monday with Simone", text=t3,
                                                   msgid="<CAWg03harcourt@mail.whitlockgray.example>",
                                                   in_reply_to="<owner-harcourt-withdraw@example.com>",
                                                   references="<CAWg01harcourt@mail.whitlockgray.example> <owner-harcourt-withdraw@example.com>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Harcourt Leisure", "Chief Financial Officer", s, e, "cancelled",
                          [], ["oliver.brisco@whitlockgray.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/cancellation-candidate-withdrawal",
        "notes": "Candidate withdrawal quoted inside consultant's reply; CEO has no address -> consultant is recipient. GMT.",
        "source": "synthetic"})


def p10():
    cid = "b67-p10-html-only-scheduling-vendor-nomco-panel"
    EP = "eleanor.pryce@severncrest.example"
    s, e = T(2026, 11, 11, 9, 30), T(2026, 11, 11, 12)
    d1 = T(2026, 11, 3, 13, 0)
    html = f"""<!DOCTYPE html><html><body style="margin:0;background:#f4f4f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:24px"><img src="https://cdn.panelwise.example/brand/severncrest.png" alt="Severn Crest Housing" width="160"></td></tr>
<tr><td style="padding:0 24px">
<h2 style="font-weight:600">Your interview is confirmed</h2>
<p>Dear Catriona,</p>
<p>Thank you for confirming your availability. Your final interview for the position of <b>Chief Financial Officer</b> with the Severn Crest Housing Nominations Committee is booked as follows:</p>
<table style="border:1px solid #ddd;width:100%">
<tr><td style="padding:6px"><b>Date</b></td><td>Wednesday 11&nbsp;November&nbsp;2026</td></tr>
<tr><td style="padding:6px"><b>Time</b></td><td>09:30&nbsp;&ndash;&nbsp;12:00 (GMT)</td></tr>
<tr><td style="padding:6px"><b>Venue</b></td><td>Severn Crest, Quayside House, 1 Harbour Road, Gloucester GL1 2EH</td></tr>
<tr><td style="padding:6px"><b>Panel</b></td><td>Rosalind Achebe (Chair), Declan Moorcroft (Senior Independent Director), Ifeoma Grant (Chief Executive)</td></tr>
</table>
<p>The session opens with your 15-minute presentation (brief attached separately), followed by questions from the panel and a short tour of the operations centre.</p>
<p>If you have any questions, please contact Eleanor Pryce, Company Secretary, at <a href="mailto:{EP}">{EP}</a>.</p>
<p style="color:#888;font-size:12px">This message was sent by Panelwise on behalf of Severn Crest Housing. Please do not reply to this e-mail.</p>
</td></tr></table></td></tr></table></body></html>
"""
    cal = ics(prodid="-//Panelwise//Scheduling 4.2//EN", method="REQUEST",
              uid="pw-7731-severncrest-cfo-final@panelwise.example", start=s, end=e, stamp=d1,
              summary="Final interview - Chief Financial Officer - Severn Crest Housing",
              organizer=("Severn Crest Housing via Panelwise", "no-reply@notify.panelwise.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
              location="Quayside House, 1 Harbour Road, Gloucester GL1 2EH")
    items = [
        ("01-panelwise-confirmation.eml", mail(
            date=d1, frm="Severn Crest Housing <no-reply@notify.panelwise.example>", to=OWNER,
            reply_to="no-reply@notify.panelwise.example",
            subject="Confirmed: Final interview - Chief Financial Officer", html=html, html_cte="base64",
            attach_ics=cal, attach_name="interview.ics",
            msgid="<0102019a3c1f7e2d-pw-7731@notify.panelwise.example>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Severn Crest Housing", "Chief Financial Officer", s, e, "scheduled",
                          [], [EP], "onsite")],
        "difficulty": "medium", "category": "positive/html-only-vendor-ics",
        "notes": "HTML-only base64 body from an unfamiliar scheduling vendor, UTC .ics attachment; panel has no "
                 "addresses -> Company Secretary from the text; no-reply excluded.",
        "source": "synthetic"})


def p11():
    cid = "b67-p11-forwarded-german-client-14-uhr"
    KE = "Konstantin Ebel <k.ebel@ravensworth.example>"
    AV = "anja.voss@hessling.example"
    d1 = T(2026, 11, 2, 17, 25)
    fwd = f"""---------- Forwarded message ---------
Von: Dr. Anja Voss <{AV}>
Datum: Mo., 2. Nov. 2026 um 16:58
Betreff: CFO UK & Ireland - Frau Welbourne
An: Konstantin Ebel <k.ebel@ravensworth.example>

Sehr geehrter Herr Ebel,

vielen Dank für die Unterlagen. Wir würden Frau Welbourne gerne am
Donnerstag, 12. November 2026 um 14:00 Uhr (MEZ) per Videokonferenz
kennenlernen. Gesprächspartner sind ich selbst und Herr Jörg Lindqvist
(Vorsitzender des Aufsichtsrats). Dauer ca. 60 Minuten. Die Einladung für
MS Teams schickt mein Büro.

Mit freundlichen Grüßen
Dr. Anja Voss
Vorstandsvorsitzende
Hessling Industrietechnik AG | Mainzer Landstraße 50 | 60325 Frankfurt am Main
Tel. +49 69 900 1234"""
    t1 = f"""Catriona,

Good news from Frankfurt - see below. They'd like to meet you on Thursday
12 November at 14:00 their time, i.e. 1pm in London. Anja's office will send
the Teams link. Worth brushing up on the HGB/IFRS bridge for the UK entities.

Konstantin

Konstantin Ebel | Partner | Ravensworth Search
+44 20 7946 0671

{fwd}"""
    s, e = T(2026, 11, 12, 14, tz=BER), T(2026, 11, 12, 15, tz=BER)
    items = [
        ("01-fwd-hessling.eml", mail(date=d1, frm=KE, to=OWNER_FULL,
                                     subject="Fwd: CFO UK & Ireland - Frau Welbourne", text=t1,
                                     msgid="<CAKe8n1fwdHessling@mail.ravensworth.example>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Hessling Industrietechnik", "CFO UK & Ireland", s.astimezone(LON), e.astimezone(LON),
                          "scheduled", [AV], [AV], "onsite")],
        "difficulty": "hard", "category": "positive/forwarded-german",
        "notes": "Forwarded German client mail, '14:00 Uhr (MEZ)' = 13:00 GMT; CEO + supervisory-board chair "
                 "(only CEO has an address). Quoted-printable (umlauts).",
        "source": "synthetic"})


def p12():
    cid = "b67-p12-chair-breakfast-moved-across-clock-change"
    EA = "Poppy Langford <poppy.langford@thornbury-logistics.example>"
    NA = "nigel.arbuthnot@thornbury-logistics.example"
    d1 = T(2026, 10, 14, 11, 45)
    t1 = """Dear Catriona,

Sir Nigel Arbuthnot, Chairman of Thornbury Logistics, would like to invite
you to breakfast at The Delaunay, 55 Aldwych, on Tuesday 20 October at
7.45am, as part of the CFO selection process. He will need to leave by 9.

Kind regards,
Poppy Langford
Office of the Chairman, Thornbury Logistics plc
+44 20 7946 0120"""
    d2 = T(2026, 10, 19, 16, 3)
    t2 = """Dear Catriona,

Apologies - Sir Nigel has been called to Rotterdam tomorrow. Could we move
breakfast to Wednesday 28th, same time and place (7.45 at The Delaunay)?

Kind regards,
Poppy"""
    d3 = T(2026, 10, 20, 9, 10)
    t3 = ("Dear Catriona,\n\nThank you - confirmed for Wednesday 28 October, 7.45am at The Delaunay. "
          "Sir Nigel still needs to be away by 9.\n\nKind regards,\nPoppy\n")
    s, e = T(2026, 10, 28, 7, 45), T(2026, 10, 28, 9)
    items = [
        ("01-breakfast-invitation.eml", mail(date=d1, frm=EA, to=OWNER_FULL, cc=f"Sir Nigel Arbuthnot <{NA}>",
                                             subject="Breakfast with Sir Nigel Arbuthnot", text=t1,
                                             msgid="<LO4P265MB6611A0@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>")),
        ("02-breakfast-moved.eml", mail(date=d2, frm=EA, to=OWNER_FULL, cc=f"Sir Nigel Arbuthnot <{NA}>",
                                        subject="RE: Breakfast with Sir Nigel Arbuthnot", text=t2,
                                        msgid="<LO4P265MB6611B2@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>",
                                        in_reply_to="<LO4P265MB6611A0@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>")),
        ("03-breakfast-confirmed.eml", mail(date=d3, frm=EA, to=OWNER_FULL, cc=f"Sir Nigel Arbuthnot <{NA}>",
                                            subject="RE: Breakfast with Sir Nigel Arbuthnot", text=t3,
                                            msgid="<LO4P265MB6611C7@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>",
                                            in_reply_to="<LO4P265MB6611B2@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Thornbury Logistics", "Chief Financial Officer", s, e, "scheduled",
                          [NA], [NA], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-by-email-dst",
        "notes": "Breakfast moved from Tue 20 Oct (BST) to Wed 28 Oct (GMT) -> final 07:45+00:00, end 'away by 9'.",
        "source": "synthetic"})


def p13():
    cid = "b67-p13-us-audit-chair-pst-shorthand-zoom-ics"
    GH = "Greg Halloran <ghalloran@corvane.example>"
    d1 = T(2026, 11, 6, 7, 48, tz=LAX)
    t1 = """Catriona - great to hear from Lucinda at Halvergate. As Audit Chair I'd like
to do a first video call for the CFO seat. Thu 11/12 @ 8:30a PST, 45 min?
My EA Tara will send a Zoom.

Greg

Sent from my iPhone"""
    s, e = T(2026, 11, 12, 8, 30, tz=LAX), T(2026, 11, 12, 9, 15, tz=LAX)
    cal = ics(prodid="-//zoom.us//iCalendar Event//EN", method=None,
              uid="ZOOM87220419935", start=s, end=e, stamp=T(2026, 11, 6, 9, 2, tz=LAX),
              summary="Greg Halloran / Catriona Welbourne (Corvane CFO)",
              organizer=("Tara Nguyen", "tnguyen@corvane.example"),
              attendees=[("Greg Halloran", "ghalloran@corvane.example", "ACCEPTED"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              description="Tara Nguyen is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                          "https://corvane.zoom.example/j/87220419935?pwd=Qm9hcmQ\n\nMeeting ID: 872 2041 9935",
              location="https://corvane.zoom.example/j/87220419935?pwd=Qm9hcmQ")
    items = [
        ("01-greg-from-iphone.eml", mail(date=d1, frm=GH, to=OWNER_FULL, subject="Corvane CFO",
                                         text=t1, cte="7bit", msgid="<A1B2C3D4-E5F6-iphone-corvane@corvane.example>")),
        ("02-zoom-meeting.ics", cal.encode("utf-8")),
    ]
    case(cid, items, {
        "interview": True,
        "interviews": [iv("Corvane Therapeutics", "Chief Financial Officer", s.astimezone(LON),
                          e.astimezone(LON), "scheduled", ["ghalloran@corvane.example"],
                          ["ghalloran@corvane.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/us-shorthand-standalone-ics",
        "notes": "'Thu 11/12 @ 8:30a PST' = 16:30 GMT; Zoom .ics in UTC; EA only organizes.",
        "source": "synthetic"})


# ====================================================================== NEGATIVES
def neg(cid, items, category, notes, difficulty="hard"):
    case(cid, items, {"interview": False, "interviews": [], "difficulty": difficulty,
                      "category": category, "notes": notes, "source": "synthetic"})


def negatives():
    # n01 NED networking dinner
    d = T(2026, 10, 5, 10, 0)
    s, e = T(2026, 10, 22, 19), T(2026, 10, 22, 22)
    t = ("Dear Catriona,\n\nWe are delighted you can join the Athena Boardroom Circle autumn dinner on Thursday "
         "22 October, 19:00 for 19:30, at The Goring. This is purely a networking evening for finance leaders "
         "considering non-executive careers - there is no role attached and no interviews take place, although "
         "several chairs who regularly meet NED candidates will be at the table.\n\nWarm regards,\n"
         "Harriet Vane-Lister\nProgramme Director, Athena Boardroom Circle\n")
    cal = ics(prodid="-//Athena Boardroom Circle//Events//EN", method="REQUEST", uid="abc-autumn-2026@athenacircle.example",
              start=s, end=e, stamp=d, summary="Athena Boardroom Circle - NED autumn dinner",
              organizer=("Athena Boardroom Circle", "events@athenacircle.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], location="The Goring, 15 Beeston Place, SW1W 0JW")
    neg("b67-n01-ned-networking-dinner-no-role",
        [("01-athena-dinner.eml", mail(date=d, frm="Athena Boardroom Circle <events@athenacircle.example>",
                                       to=OWNER_FULL, subject="Your place at the NED autumn dinner - 22 October",
                                       text=t, html=html_of(t), attach_ics=cal, attach_name="dinner.ics",
                                       msgid="<abc-2026-10-05-dinner@athenacircle.example>"))],
        "negative/networking-dinner", "NED networking dinner; explicitly no role.")

    # n02 search firm market-insight call
    d = T(2026, 10, 26, 9, 30)
    s, e = T(2026, 11, 3, 16), T(2026, 11, 3, 16, 30)
    t = (f"Catriona,\n\nSeparately from the live searches - each autumn we speak to around forty FTSE 250 CFOs for "
         "our market-insight report (remuneration, board dynamics, which candidates are moving). Not about any "
         "role, I promise. Would 30 minutes on Tuesday 3 November at 4pm work? I've sent a hold.\n\nRupert\n\n"
         + RUPERT_SIG)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
              uid="3mk8insight2026halvergate@google.com", start=s, end=e, stamp=d,
              summary="Halvergate CFO market insight call - Catriona Welbourne",
              organizer=("Rupert Ainsley", "rupert.ainsley@halvergate-partners.example"),
              attendees=[("Rupert Ainsley", "rupert.ainsley@halvergate-partners.example", "ACCEPTED"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION")], description="Market insight interview (not role-related).")
    neg("b67-n02-search-firm-market-insight-call",
        [("01-rupert-market-insight.eml", mail(date=d, frm=RUPERT, to=OWNER_FULL,
                                               subject="CFO market insight 2026 - 30 minutes?", text=t,
                                               msgid="<CAH7d1Lr0x9Insight01@mail.halvergate-partners.example>")),
         ("02-invite-market-insight.eml", mail(date=d + timedelta(minutes=4), frm=RUPERT, to=OWNER,
                                               sender="Google Calendar <calendar-notification@google.com>",
                                               subject="Invitation: Halvergate CFO market insight call - Catriona Welbourne @ Tue Nov 3, 2026 4pm - 4:30pm (GMT)",
                                               text="Halvergate CFO market insight call\nTuesday Nov 3, 2026 \u22c5 4pm \u2013 4:30pm\n"
                                                    "United Kingdom Time\n\nMarket insight interview (not role-related).\n",
                                               cal=cal, cal_cte="7bit", attach_ics=cal,
                                               msgid="<calendar-a41c77e0-insight@google.com>"))],
        "negative/search-firm-market-insight", "Same consultant as live searches but explicitly not a role; 'interview' in the invite.")

    # n03 board meeting in current role
    d = T(2026, 10, 1, 12, 0)
    s, e = T(2026, 10, 27, 9), T(2026, 10, 27, 13)
    desc = ("Agenda: 1. Minutes 2. CEO report 3. CFO report - Q3 trading (C. Welbourne) 4. Capex 5. Risk 6. AOB "
            "7. Nominations Committee - shortlist of candidates for the Senior Independent Director role; interview "
            "schedule for week of 9 Nov.")
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
              uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000E1",
              start=s, end=e, tzid="GMT Standard Time", stamp=d, summary="Ashdown Rail Holdings plc - Board Meeting",
              organizer=("Neville Sharpe", "neville.sharpe@ashdownrail.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED"), ("Board", "board@ashdownrail.example", "NEEDS-ACTION")],
              description=desc, location="Boardroom, 1 Cannon Street", extra=EXCH_X)
    neg("b67-n03-current-employer-board-meeting",
        [("01-board-meeting-invite.eml", mail(date=d, frm="Neville Sharpe <neville.sharpe@ashdownrail.example>",
                                              to=OWNER_FULL, subject="Ashdown Rail Holdings plc - Board Meeting",
                                              text="When: Tuesday, 27 October 2026 09:00-13:00\n\n" + desc +
                                                   "\n\nNeville Sharpe\nCompany Secretary\n", cal=cal,
                                              msgid="<LO3P265MB2201AA@LO3P265MB2201.GBRP265.PROD.OUTLOOK.COM>",
                                              extra_headers=[("Content-class", "urn:content-classes:calendarmessage")]))],
        "negative/current-role-board-meeting", "Owner attends own employer's board; agenda mentions candidates/interviews for a SID.")

    # n04 rejection
    d = T(2026, 10, 23, 15, 10)
    t = ("Dear Catriona,\n\nThank you for the time and preparation you put into Wednesday's panel with Brindlecombe. "
         "The panel were genuinely impressed, but after a very close call the board has decided to offer the role "
         "to another candidate whose NHS-contracting background tipped the balance.\n\nMarcus and I would be glad "
         "to debrief by phone whenever suits you.\n\nWarm regards,\nPriya\n\nPriya Dholakia | Partner\nCalder Lowe Associates\n+44 20 7946 0877")
    neg("b67-n04-rejection-after-panel",
        [("01-brindlecombe-outcome.eml", mail(date=d, frm=CL_PRIYA, to=OWNER_FULL, cc=CL_MARCUS,
                                              subject="Brindlecombe Healthcare - outcome", text=t,
                                              msgid="<AM9PR02MB7112F0@AM9PR02MB7112.eurprd02.prod.outlook.com>"))],
        "negative/rejection", "Rejection after a panel; offers an untimed debrief call.", "medium")

    # n05 conference panel
    d = T(2026, 10, 30, 11, 0)
    s, e = T(2026, 11, 17, 11, 15), T(2026, 11, 17, 12)
    t = ("Dear Catriona,\n\nThank you for agreeing to speak at CFO Leaders Forum 2026. Your panel, "
         "'Interviewing the board: what chairs really look for in a CFO candidate', runs 11:15-12:00 on Tuesday "
         "17 November in the Churchill Auditorium, QEII Centre. Please arrive 30 minutes early for a mic check "
         "and a short call with the moderator.\n\nBest,\nSpeaker Team, CFO Leaders Forum\n")
    cal = ics(prodid="-//Eventstack//Speaker Portal//EN", method="PUBLISH", uid="cfolf26-panel-7@eventstack.example",
              start=s, end=e, stamp=d, summary="CFO Leaders Forum - Panel: Interviewing the board",
              organizer=("CFO Leaders Forum", "speakers@cfoleadersforum.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], location="QEII Centre, Broad Sanctuary, SW1P 3EE")
    neg("b67-n05-conference-panel-speaker",
        [("01-speaker-confirmation.eml", mail(date=d, frm="CFO Leaders Forum <speakers@cfoleadersforum.example>",
                                              to=OWNER_FULL, subject="Speaker confirmation - Interviewing the board panel",
                                              text=t, attach_ics=cal, attach_name="panel.ics",
                                              msgid="<cfolf26-spk-7@cfoleadersforum.example>"))],
        "negative/conference-panel", "Conference panel about interviewing; timed .ics.")

    # n06 referencing
    d = T(2026, 11, 9, 10, 20)
    t = ("Hi Catriona,\n\nGreat news - Lydgate would like to move to referencing for the Group CFO role. Could you "
         "send me three referees (ideally your current chair, a former CEO and an audit partner)? Our referencing "
         "partner, Verity Checks, will schedule 20-minute calls with each of them; Sarah's office has pencilled in "
         "Thursday at 10 for her call with your former CEO. You don't need to be on any of these calls.\n\n"
         "Oliver\n\nOliver Brisco | Director | Whitlock Gray\n+44 20 7946 0456")
    neg("b67-n06-referencing-stage",
        [("01-oliver-references.eml", mail(date=d, frm="Oliver Brisco <oliver.brisco@whitlockgray.example>",
                                           to=OWNER_FULL, subject="Lydgate - references", text=t,
                                           msgid="<CAWg10lydgate@mail.whitlockgray.example>"))],
        "negative/referencing", "Reference calls scheduled with referees, not the candidate.")

    # n07 offer
    d = T(2026, 11, 20, 17, 35)
    t = ("Dear Catriona,\n\nOn behalf of the Board of Lydgate Insurance Group plc, I am delighted to offer you the "
         "position of Group Chief Financial Officer. The attached letter sets out base salary, pension, bonus and "
         "LTIP terms, subject to regulatory approval (SMF2) and satisfactory references.\n\nSarah would like to call "
         "you personally to congratulate you - please do let me know if you have any questions on the package.\n\n"
         "Yours sincerely,\nDaniel Osei\nGroup Chief People Officer, Lydgate Insurance Group plc\n40 Leadenhall Street, "
         "London EC3A 2BJ")
    neg("b67-n07-offer-letter",
        [("01-offer.eml", mail(date=d, frm="Daniel Osei <daniel.osei@lydgate-insurance.example>", to=OWNER_FULL,
                               subject="Offer of appointment - Group Chief Financial Officer", text=t,
                               html=html_of(t), msgid="<DB9PR04MB8412F1@DB9PR04MB8412.eurprd04.prod.outlook.com>"))],
        "negative/offer", "Offer; untimed congratulation call.", "medium")

    # n08 owner is the interviewer
    d = T(2026, 11, 2, 14, 0)
    s, e = T(2026, 11, 10, 15), T(2026, 11, 10, 16)
    t = ("Hi Catriona,\n\nYou're scheduled to interview Tom Ridley for the Group Financial Controller role.\n\n"
         "Candidate: Tom Ridley\nStage: Final interview\nInterviewers: Catriona Welbourne (CFO), Gemma Stroud (Head of Reporting)\n"
         "When: Tue 10 Nov 2026, 3:00pm - 4:00pm GMT\nWhere: 1 Cannon Street, Meeting Room 5\n\n"
         "Please submit your scorecard in Hirebridge within 24 hours.\n\nHirebridge on behalf of Ashdown Rail Holdings\n")
    cal = ics(prodid="-//Hirebridge//Interview Scheduler//EN", method="REQUEST",
              uid="hb-int-55021@hirebridge.example", start=s, end=e, stamp=d,
              summary="Interview: Tom Ridley - Group Financial Controller",
              organizer=("Ashdown Rail Talent", "no-reply@hirebridge.example"),
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                         ("Gemma Stroud", "gemma.stroud@ashdownrail.example", "NEEDS-ACTION")],
              location="1 Cannon Street, Meeting Room 5")
    neg("b67-n08-owner-interviews-controller-candidate",
        [("01-hirebridge-interviewer.eml", mail(date=d, frm="Ashdown Rail Talent <no-reply@hirebridge.example>",
                                                to=OWNER_FULL, subject="Interview scheduled: Tom Ridley - Group Financial Controller",
                                                text=t, attach_ics=cal, msgid="<hb-55021-notify@hirebridge.example>"))],
        "negative/user-is-interviewer", "Owner is the interviewer for her own team.")

    # n09 coaching rehearsal
    d = T(2026, 11, 4, 20, 12)
    t = ("Booking confirmed\n\nBoard interview rehearsal (90 min) with Frances Delacourt\nMonday 9 November 2026, "
         "16:00 - 17:30 (Europe/London)\nFee: GBP 650 - paid\n\nFrances will play the nominations committee and "
         "give you written feedback afterwards.\n\nReschedule or cancel: https://slothaven.example/b/fd-9811\n"
         "SlotHaven - scheduling for independent professionals\n")
    neg("b67-n09-paid-board-interview-rehearsal",
        [("01-slothaven-booking.eml", mail(date=d, frm="SlotHaven <bookings@slothaven.example>", to=OWNER,
                                           reply_to="Frances Delacourt <frances@delacourt-coaching.example>",
                                           subject="Confirmed: Board interview rehearsal with Frances Delacourt",
                                           text=t, html=html_of(t), msgid="<fd-9811-confirm@slothaven.example>"))],
        "negative/coaching-rehearsal", "Paid mock board interview with a coach.")


def main():
    for p in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13):
        p()
    negatives()
    for name in os.listdir(HERE):
        if name.startswith("b67-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            with open(os.path.join(HERE, cid, fn), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=120)
    print(f"{len(CASES)} cases written")


if __name__ == "__main__":
    main()
