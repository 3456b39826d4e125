#!/usr/bin/env python3
"""Deterministic generator for the blind60 interview-detection set.

Rewrites every case folder (b60-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
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
OWNER = "naledi.khumalo@mail.example"
OWNER_NAME = "Naledi Khumalo"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

JNB = ZoneInfo("Africa/Johannesburg")
NBO = ZoneInfo("Africa/Nairobi")
LOS = ZoneInfo("Africa/Lagos")
DXB = ZoneInfo("Asia/Dubai")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
DEN = ZoneInfo("America/Denver")
UTC = timezone.utc

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hid(*parts, n=16):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def esc(s):
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
            cur, limit = b" ", 75
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def vtz_fixed(tzid, off, name=None):
    """Windows-style (Outlook) VTIMEZONE for a zone without DST."""
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def vtz_olson_fixed(tzid, off, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


VTZ_LONDON = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
              "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
              "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
              "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
              "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def outlook_event(*, method, uid, seq, tzid, vtz, start, end, summary, organizer, attendees, description,
                  location, stamp, status=None, teams=True):
    """Exchange/Outlook style VCALENDAR with a Windows TZID (start/end are aware datetimes)."""
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e) for n, e in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f'DTSTART;TZID="{tzid}":{local(start)}' if " " in tzid else f"DTSTART;TZID={tzid}:{local(start)}",
              f'DTEND;TZID="{tzid}":{local(end)}' if " " in tzid else f"DTEND;TZID={tzid}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
              f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status or 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
              "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % (int(hid(uid, n=7), 16)),
              "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if method == "CANCEL" else 1),
              "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    if teams:
        lines += ["X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
                  "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                  + hid(uid, "teams", n=32) + "%40thread.v2/0",
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + hid(uid, "sip", n=12) + "@teams.example"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ---------------------------------------------------------------- e-mail
def received(host, ip, when, to=OWNER):
    return (f"from {host} ({host} [{ip}]) by mx.mail.example with ESMTPS id {hid(host, str(when), n=12)}"
            f" for <{to}>; {format_datetime(when)}")


def mail(case, idx, slug, *, frm, subject, date, to=OWNER_FULL, body=None, html=None, cte="quoted-printable",
         cc=None, reply_to=None, sender=None, headers=(), irt=None, refs=None, attachments=(), calendar=None,
         cal_method="REQUEST", host="mail-out.example", ip="198.51.100.23", msgid=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = received(host, ip, date + timedelta(seconds=3))
    m["Return-Path"] = "<" + (sender[1] if sender else frm.split("<")[-1].rstrip(">")) + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = f"{sender[0]} <{sender[1]}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    mid = msgid or f"<{hid(case, str(idx), slug, n=24)}@{frm.split('@')[-1].rstrip('>')}>"
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte="7bit")
    for fname, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    CASES.setdefault(case, []).append((f"{idx:02d}-{slug}.eml", m.as_bytes()))
    return mid


def add_file(case, idx, slug, ext, data):
    CASES.setdefault(case, []).append((f"{idx:02d}-{slug}.{ext}", data if isinstance(data, bytes) else data.encode()))


def html_wrap(paras, font="Calibri,Arial,sans-serif"):
    inner = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{inner}\n</div></body></html>\n')


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
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def teams_block(seed):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hid(seed, n=32)}%40thread.v2/0>\n"
            f"Meeting ID: {int(hid(seed, 'id', n=10), 16) % 10**12:012d}\nPasscode: {hid(seed, 'pc', n=6)}\n"
            "________________________________________________________________________________")


# ======================================================================= CASES
def c01():
    c = "b60-01-dubai-recruiter-screen-thread"
    omar = "omar.haddad@gulftalentbridge.example"
    sig = ("Omar Haddad\nSenior Consultant | Infrastructure & Construction\nGulf Talent Bridge FZ-LLC\n"
           "Office 1204, Marsa Plaza Tower, Dubai, UAE\nM: +971 50 555 0193 | T: +971 4 555 0110")
    d1 = T(2026, 3, 2, 9, 12, DXB)
    m1 = mail(c, 1, "gtb-senior-civil-engineer-abu-dhabi", frm=f"Omar Haddad <{omar}>", date=d1,
              subject="Senior Civil Engineer (Infrastructure) - confidential client, Abu Dhabi",
              body=("Hi Naledi,\n\nI hope you are well. I came across your profile and your roads and stormwater work "
                    "in Gauteng is very relevant to a brief I'm working on.\n\nMy client is a tier-1 contractor in "
                    "Abu Dhabi (I can share the name once we've spoken) looking for a Senior Civil Engineer "
                    "(Infrastructure) for a 3-year utilities corridor package. Tax-free package, family status, "
                    "annual flights.\n\nAre you free for a quick call tomorrow, Tuesday the 3rd of March, at 2pm Dubai "
                    "time? That would be 12h00 in Johannesburg. If not, send me a couple of options.\n\n"
                    "Kind regards,\n" + sig + "\n"))
    d2 = T(2026, 3, 2, 11, 5, DXB)
    quoted = ("On Mon, 2 Mar 2026 at 10:41, Naledi Khumalo <naledi.khumalo@mail.example> wrote:\n"
              "> Hi Omar,\n>\n> Thanks for reaching out. 12h00 SAST tomorrow suits me. The best number is\n"
              "> +27 82 555 0147.\n>\n> Regards\n> Naledi\n>\n"
              "> On Mon, 2 Mar 2026 at 09:12, Omar Haddad <" + omar + "> wrote:\n"
              ">> Hi Naledi,\n>> ...\n>> Are you free for a quick call tomorrow, Tuesday the 3rd of March, at 2pm Dubai\n"
              ">> time? That would be 12h00 in Johannesburg.\n")
    mail(c, 2, "re-gtb-call-confirmed", frm=f"Omar Haddad <{omar}>", date=d2, irt=m1,
         subject="RE: Senior Civil Engineer (Infrastructure) - confidential client, Abu Dhabi",
         body=("Perfect, thanks Naledi.\n\nI'll call you tomorrow at 14h00 GST / 12h00 SAST on +27 82 555 0147. "
               "Plan for about 30 minutes - I'd like to go through your project experience, notice period and "
               "salary expectations before I present you to the client.\n\nSpeak then,\n" + sig + "\n\n" + quoted))
    s = T(2026, 3, 3, 14, 0, DXB)
    label(c, interviews=[iv("Gulf Talent Bridge", "Senior Civil Engineer (Infrastructure)", s, s + timedelta(minutes=30),
                            "scheduled", [omar], [omar], "phone_screen")],
          difficulty="medium", category="positive/thread-propose-confirm",
          notes="Dubai recruiter proposes 'tomorrow 2pm Dubai time (12h00 Joburg)', confirms in a reply quoting the "
                "owner; recruiter conducts the screen; client unnamed so company = agency.")


def c02():
    c = "b60-02-un-agency-written-test-then-panel"
    wk = "wanjiru.kamau@iahp.example"
    d1 = T(2026, 2, 27, 16, 30, NBO)
    mail(c, 1, "written-test-invitation", frm="IAHP Talent Portal <no-reply@talent.iahp.example>", date=d1,
         subject="Job Opening 26-IAHP-ENG-4471, Associate Civil Engineer (P-2): Invitation to written test",
         body=("Dear Ms. Khumalo,\n\nReference: Job Opening 26-IAHP-ENG-4471, Associate Civil Engineer (P-2), "
               "Nairobi duty station\n\nFollowing a review of your application, we are pleased to invite you to "
               "the written test for the above position.\n\nDate: Tuesday, the 10th of March 2026\n"
               "Time: 09h00 - 11h00 SAST (07h00 GMT / 10h00 EAT)\nFormat: online, remotely proctored\n\n"
               "The test link will be sent 24 hours in advance. Candidates who pass the written test may be invited "
               "to a competency-based interview.\n\nThis is an automated message; please do not reply.\n\n"
               "Inter-Agency Habitat Programme (IAHP)\nHuman Resources Section, Nairobi\n"))
    d2 = T(2026, 3, 17, 14, 10, NBO)
    body = ("Dear Ms. Khumalo,\n\nReference: Job Opening 26-IAHP-ENG-4471, Associate Civil Engineer (P-2)\n\n"
            "Congratulations on successfully passing the written test. You have been shortlisted for a "
            "competency-based interview as follows:\n\n"
            "Date: Tuesday, the 24th of March 2026\n"
            "Time: interview via Microsoft Teams at 10:00 SAST (09:00 WAT / 11:00 EAT)\n"
            "Duration: approximately 45 minutes\n\n"
            "Panel:\n - Mr. Tomas Verhoeven, Chief, Infrastructure and Basic Services Unit\n"
            " - Ms. Amina Diallo, Programme Management Officer\n - Mr. Joseph Mutua, HR Partner\n\n"
            "The interview will assess the competencies Professionalism, Planning and Organizing and Teamwork. "
            "Please prepare concrete examples. Kindly confirm your availability by replying to this e-mail "
            "by Thursday, 19 March, and have your passport available for identification.\n\n"
            + teams_block(c) + "\n\nBest regards,\n\nWanjiru Kamau\nHR Associate, Human Resources Section\n"
            "Inter-Agency Habitat Programme (IAHP)\nP.O. Box 30552-00100, Gigiri, Nairobi, Kenya\n"
            "Tel: +254 20 555 0142 | " + wk + "\n")
    mail(c, 2, "competency-based-interview", frm=f"Wanjiru Kamau <{wk}>", reply_to=wk, date=d2, cte="base64",
         subject="Invitation to competency-based interview - Associate Civil Engineer (P-2), JO 26-IAHP-ENG-4471",
         body=body)
    s = T(2026, 3, 24, 10, 0, JNB)
    label(c, interviews=[iv("Inter-Agency Habitat Programme (IAHP)", "Associate Civil Engineer (P-2)", s,
                            s + timedelta(minutes=45), "scheduled", [], [wk], "onsite")],
          difficulty="medium", category="positive/ngo-un-competency-panel",
          notes="Written test (not an interview) then a base64 competency-based panel invite '10:00 SAST "
                "(09:00 WAT / 11:00 EAT)'; panelists have no addresses -> HR associate is the recipient.")


def c03():
    c = "b60-03-london-recruiter-bst-switch-ics"
    sophie = "sophie.marchetti@harrowfinch.example"
    graham = "graham.pettifer@thamesdelta.example"
    d = T(2026, 3, 25, 16, 20, LON)
    s = T(2026, 3, 30, 9, 30, LON)
    e = s + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E008" + hid(c, n=32).upper()
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook for Mac 16.83//EN", "VERSION:2.0",
               "METHOD:REQUEST"] + VTZ_LONDON + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(d)}",
        f"DTSTART;TZID=Europe/London:{local(s)}", f"DTEND;TZID=Europe/London:{local(e)}",
        "SUMMARY:Naledi Khumalo / Thames Delta Engineering - Principal Water Engineer (Africa)",
        f"ORGANIZER;CN=Sophie Marchetti:mailto:{sophie}",
        att("Graham Pettifer", graham), att("Naledi Khumalo", OWNER),
        "LOCATION:Microsoft Teams Meeting",
        "DESCRIPTION:" + esc("Interview with Graham Pettifer (Associate Director - Water, Thames Delta "
                             "Engineering). Arranged by Harrow & Finch Recruitment."),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 1, "harrow-finch-interview-confirmed", frm=f"Sophie Marchetti <{sophie}>", date=d,
         subject="Interview confirmed: Thames Delta Engineering - Principal Water Engineer (Africa)",
         body=("Hi Naledi,\n\nGreat news - Graham Pettifer, Associate Director for Water at Thames Delta "
               "Engineering, would like to meet you.\n\nMonday 30th March at 9.30am UK time, 1 hour, on Teams. "
               "Heads-up: the clocks go forward here on Sunday, so that's 10h30 in Johannesburg (not 11h30 as it "
               "would have been this week!). Invite attached - Graham is on it, the Teams link will come from his "
               "PA.\n\nHe'll focus on your dam rehabilitation work and how you'd set up the Nairobi delivery "
               "team. Give me a ring afterwards and let me know how it went.\n\nBest,\nSophie\n\n--\n"
               "Sophie Marchetti | Principal Consultant, Engineering & Infrastructure\n"
               "Harrow & Finch Recruitment Ltd | 41 Aldgate Row, London EC3N 2AE\n"
               "DD: +44 20 7946 0371 | M: +44 7700 900 418\n"),
         attachments=[("invite.ics", cal.encode(), "text", "calendar")])
    label(c, interviews=[iv("Thames Delta Engineering", "Principal Water Engineer (Africa)", s, e, "scheduled",
                            [graham], [graham], "hiring_manager")],
          difficulty="hard", category="positive/dst-edge-recruiter-ics",
          notes="London recruiter, sent in GMT for a Monday just after the UK switch to BST (Mar 29); 9.30 BST = "
                "10h30 SAST; .ics with Europe/London VTIMEZONE.")


def c04():
    c = "b60-04-outlook-panel-eat-with-sast-panelists"
    faith = "faith.njeri@tuvuke-water.example"
    panel = [("Themba Zulu", "themba.zulu@tuvuke-water.example"),
             ("Annelie Fourie", "annelie.fourie@tuvuke-water.example"),
             ("Kevin Otieno", "kevin.otieno@tuvuke-water.example")]
    d = T(2026, 3, 31, 15, 44, NBO)
    s = T(2026, 4, 9, 10, 0, NBO)
    e = T(2026, 4, 9, 11, 30, NBO)
    desc_txt = ("Dear Naledi,\n\nThank you for your interest in the Senior Engineer - Bulk Water Infrastructure "
                "position. Please find below the invitation for your panel interview.\n\n"
                "The panel will sit partly in our Johannesburg office (South Africa Standard Time) and partly in "
                "Nairobi: Dr Themba Zulu (Regional Director, Southern Africa), Annelie Fourie (Principal Engineer, "
                "Pipelines) and Kevin Otieno (Head of Design, East Africa). For you in Johannesburg the interview "
                "runs 09h00-10h30 SAST.\n\nI am coordinating and will not sit on the panel. Please keep 10 minutes "
                "at the end for your questions.\n\nKind regards,\nFaith Njeri\nTalent Acquisition Partner\n"
                "Tuvuke Water Engineers Ltd | Westlands Square, 4th Floor, Nairobi\n+254 722 555 019")
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(c, n=24).upper()
    cal = outlook_event(method="REQUEST", uid=uid, seq=0, tzid="E. Africa Standard Time",
                        vtz=vtz_fixed("E. Africa Standard Time", "+0300"), start=s, end=e,
                        summary="Panel interview: Naledi Khumalo - Senior Engineer, Bulk Water Infrastructure",
                        organizer=("Faith Njeri", faith), attendees=[("Naledi Khumalo", OWNER)] + panel,
                        description=desc_txt + "\n\n" + teams_block(c), location="Microsoft Teams Meeting", stamp=d)
    when = "When: Thursday, 09 April 2026 10:00-11:30 (UTC+03:00) Nairobi.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    to = ", ".join([OWNER_FULL] + [f"{n} <{a}>" for n, a in panel])
    mail(c, 1, "outlook-panel-invite", frm=f"Faith Njeri <{faith}>", to=to, date=d,
         subject="Panel interview: Naledi Khumalo - Senior Engineer, Bulk Water Infrastructure",
         headers=[("Thread-Topic", "Panel interview: Naledi Khumalo - Senior Engineer, Bulk Water Infrastructure"),
                  ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")],
         host="EUR03-AM7-obe.outbound.protection.outlook.com", ip="40.107.105.77",
         body=when + desc_txt + "\n\n" + teams_block(c) + "\n",
         html=html_wrap([p.replace("\n", "<br>") for p in (when + desc_txt).split("\n\n")]), calendar=cal)
    label(c, interviews=[iv("Tuvuke Water Engineers", "Senior Engineer - Bulk Water Infrastructure", s, e, "scheduled",
                            [a for _, a in panel], [a for _, a in panel], "onsite")],
          difficulty="medium", category="positive/exchange-teams-panel",
          notes="Exchange invite with TZID 'E. Africa Standard Time' (10:00-11:30 EAT); text mentions South Africa "
                "Standard Time and 09h00-10h30 SAST; coordinator not on panel.")


def c05():
    c = "b60-05-loadshedding-reschedule-thread"
    zan = "zanele.mokoena@mabala-eng.example"
    pieter = "pieter.vandenberg@mabala-eng.example"
    sipho = "sipho.ndlovu@mabala-eng.example"
    sig = ("Zanele Mokoena\nHR Business Partner\nMabala Consulting Engineers (Pty) Ltd\n"
           "Block C, Lyttelton Park, 218 Jean Avenue, Centurion, 0157\nTel: +27 12 555 0188 | Cell: +27 83 555 0261")
    d1 = T(2026, 4, 7, 11, 2, JNB)
    subj = "Interview invitation: Civil Engineer (Roads & Stormwater) - Mabala Consulting Engineers"
    b1 = ("Dear Naledi\n\nThank you for your application for the position of Civil Engineer (Roads & Stormwater), "
          "ref MCE-CE-0326.\n\nWe would like to invite you to an interview at our Centurion office on Tuesday, "
          "14 April 2026 at 10h00. The panel will consist of Pieter van den Berg (Technical Director) and Sipho "
          "Ndlovu (Associate: Roads & Stormwater). Please allow one hour and bring certified copies of your degree "
          "and your ECSA registration certificate.\n\nKindly confirm your attendance.\n\nRegards\n" + sig + "\n")
    m1 = mail(c, 1, "mabala-interview-invitation", frm=f"Zanele Mokoena <{zan}>", date=d1, subject=subj, body=b1,
              html=html_wrap([p.replace("\n", "<br>") for p in b1.split("\n\n")]))
    d2 = T(2026, 4, 13, 7, 48, JNB)
    b2 = ("Good morning Naledi\n\nApologies for the short notice. The utility has moved to Stage 6 load-shedding "
          "and our block in Centurion is scheduled to be off from 08h00 to 12h30 tomorrow. Our generator is out "
          "for a service, so we won't have lights or the projector for the panel.\n\nCould we move your interview "
          "to Wednesday the 15th at 14h00 instead? Same venue, same panel.\n\nRegards\n" + sig + "\n\n"
          "-----Original Message-----\nFrom: Zanele Mokoena <" + zan + ">\nSent: Tuesday, 07 April 2026 11:02\n"
          "To: Naledi Khumalo <" + OWNER + ">\nSubject: " + subj + "\n\n" + b1)
    m2 = mail(c, 2, "re-change-of-time-loadshedding", frm=f"Zanele Mokoena <{zan}>", date=d2, irt=m1,
              subject="RE: " + subj + " - change of time (load-shedding)", body=b2)
    d3 = T(2026, 4, 13, 10, 15, JNB)
    b3 = ("Hi Naledi\n\nThank you for being so accommodating. Confirmed:\n\n"
          "Wednesday, 15 April 2026, 14:00 - 15:00\nMabala Consulting Engineers, Block C, Lyttelton Park, Centurion\n"
          "Panel: Pieter van den Berg and Sipho Ndlovu (both copied)\n\nPlease sign in at reception; visitor parking "
          "is behind Block C.\n\nRegards\n" + sig + "\n\n"
          "From: Naledi Khumalo <" + OWNER + ">\nSent: Monday, 13 April 2026 09:51\nTo: Zanele Mokoena <" + zan + ">\n"
          "Subject: Re: " + subj + " - change of time (load-shedding)\n\n"
          "Hi Zanele, no problem at all - Wednesday at 14h00 is fine. Good luck with the power!\nNaledi\n")
    mail(c, 3, "re-confirmed-wednesday", frm=f"Zanele Mokoena <{zan}>", date=d3, irt=m2, refs=f"{m1} {m2}",
         cc=f"Pieter van den Berg <{pieter}>, Sipho Ndlovu <{sipho}>",
         subject="RE: " + subj + " - change of time (load-shedding)", body=b3)
    s = T(2026, 4, 15, 14, 0, JNB)
    label(c, interviews=[iv("Mabala Consulting Engineers", "Civil Engineer (Roads & Stormwater)", s,
                            s + timedelta(hours=1), "scheduled", [pieter, sipho], [pieter, sipho], "onsite")],
          difficulty="hard", category="positive/reschedule-by-email",
          notes="Tue 14 Apr 10h00 moved to Wed 15 Apr 14h00 because of load-shedding; final time only; panelists CC'd "
                "on the confirmation.")


def c06():
    c = "b60-06-outlook-sast-cancel"
    ruan = "ruan.steyn@kgalagadi-mn.example"
    s = T(2026, 4, 21, 13, 0, JNB)
    e = s + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(c, n=24).upper()
    vtz = vtz_fixed("South Africa Standard Time", "+0200")
    subj = "Interview - Project Engineer (Tailings) - Naledi Khumalo"
    d1 = T(2026, 4, 10, 9, 30, JNB)
    desc1 = ("Hi Naledi,\n\nAs discussed on the phone, here is the invite for your interview for the Project "
             "Engineer (Tailings) role at our Hotazel operation. It will be me and a short technical discussion on "
             "TSF design and construction QA. Teams link below.\n\nRuan Steyn\nEngineering Manager\n"
             "Kgalagadi Manganese Operations | +27 53 555 0190")
    cal1 = outlook_event(method="REQUEST", uid=uid, seq=0, tzid="South Africa Standard Time", vtz=vtz, start=s, end=e,
                         summary=subj, organizer=("Ruan Steyn", ruan), attendees=[("Naledi Khumalo", OWNER)],
                         description=desc1 + "\n\n" + teams_block(c), location="Microsoft Teams Meeting", stamp=d1)
    when = "When: Tuesday, 21 April 2026 13:00-14:00 (UTC+02:00) Harare, Pretoria.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    hdr = [("Thread-Topic", subj), ("Content-class", "urn:content-classes:calendarmessage")]
    mail(c, 1, "outlook-invite", frm=f"Ruan Steyn <{ruan}>", date=d1, subject=subj, headers=hdr,
         host="ZA1P278CU001.outbound.protection.outlook.com", ip="40.107.160.33",
         body=when + desc1 + "\n\n" + teams_block(c) + "\n", calendar=cal1)
    d2 = T(2026, 4, 17, 16, 5, JNB)
    desc2 = ("Hi Naledi,\n\nI'm sorry to do this. The company has entered a Section 189 restructuring consultation "
             "and all open requisitions, including the Project Engineer (Tailings) role, are frozen with immediate "
             "effect. I therefore have to cancel Tuesday's interview.\n\nIf the position is re-opened I will "
             "contact you directly.\n\nRuan")
    cal2 = outlook_event(method="CANCEL", uid=uid, seq=1, tzid="South Africa Standard Time", vtz=vtz, start=s, end=e,
                         summary="Canceled: " + subj, organizer=("Ruan Steyn", ruan),
                         attendees=[("Naledi Khumalo", OWNER)], description=desc2, location="Microsoft Teams Meeting",
                         stamp=d2, status="CANCELLED", teams=False)
    mail(c, 2, "outlook-canceled", frm=f"Ruan Steyn <{ruan}>", date=d2, subject="Canceled: " + subj,
         headers=hdr + [("Importance", "high")], host="ZA1P278CU001.outbound.protection.outlook.com",
         ip="40.107.160.33", body=when + desc2 + "\n", calendar=cal2, cal_method="CANCEL")
    label(c, interviews=[iv("Kgalagadi Manganese Operations", "Project Engineer (Tailings)", s, e, "cancelled",
                            [ruan], [ruan], "hiring_manager")],
          difficulty="medium", category="positive/cancellation",
          notes="Exchange REQUEST then METHOD:CANCEL (TZID 'South Africa Standard Time'); requisition frozen.")


def c07():
    c = "b60-07-ngo-html-only-cancel"
    grace = "grace.wambui@waterbridge-africa.example"
    sig = ("Grace Wambui<br>Human Resources Officer<br>WaterBridge Africa<br>Riara Corner, Kilimani, Nairobi<br>"
           "Tel: +254 711 555 304")
    d1 = T(2026, 3, 2, 15, 30, NBO)
    mail(c, 1, "waterbridge-interview-invitation", frm=f"Grace Wambui <{grace}>", date=d1,
         subject="WASH Programme Engineer - interview invitation",
         html=html_wrap(["Dear Naledi,",
                         "Thank you for applying for the <b>WASH Programme Engineer</b> position with WaterBridge Africa.",
                         "We are pleased to invite you for an interview on <b>Friday the 6th of March at 14h00 EAT</b> "
                         "(13h00 SAST) via Zoom. The interview will last one hour and the panel will be our Country "
                         "Director, Daniel Kiprop, and our WASH Lead, Mercy Atieno.",
                         "Zoom: https://zoom.example/j/8315550192?pwd=Wb26 &nbsp; Meeting ID: 831 555 0192",
                         "Kindly acknowledge receipt of this email.", "Warm regards,<br>" + sig],
                        font="Georgia,serif"))
    d2 = T(2026, 3, 5, 9, 10, NBO)
    mail(c, 2, "waterbridge-interview-cancelled", frm=f"Grace Wambui <{grace}>", date=d2,
         subject="RE: WASH Programme Engineer - interview invitation", cte="base64",
         html=html_wrap(["Dear Naledi,",
                         "We regret to inform you that we have to cancel tomorrow's interview. Our main donor has "
                         "paused funding for the WASH Programme Engineer post while the programme is re-scoped.",
                         "This is no reflection on your application, which we will keep on file. We sincerely "
                         "apologise for the inconvenience.",
                         "Warm regards,<br>" + sig], font="Georgia,serif"))
    s = T(2026, 3, 6, 14, 0, NBO)
    label(c, interviews=[iv("WaterBridge Africa", "WASH Programme Engineer", s, s + timedelta(hours=1), "cancelled",
                            [], [grace], "onsite")],
          difficulty="medium", category="positive/cancellation",
          notes="HTML-only NGO invite ('Friday the 6th of March at 14h00 EAT (13h00 SAST)'), then base64 HTML "
                "cancellation 'cancel tomorrow's interview'; panel without addresses -> HR officer.")


def c08():
    c = "b60-08-mining-screen-then-site-panel"
    kar = "karabo.sebego@umoyaplatinum.example"
    hen = "hendrik.botha@umoyaplatinum.example"
    nom = "nomsa.dube@umoyaplatinum.example"
    role = "Senior Civil Engineer - Tailings & Water"
    sig = ("Karabo Sebego\nTalent Acquisition Specialist\nUmoya Platinum Ltd | Kwena Shaft Complex, "
           "R24 Rustenburg-Brits Road\nTel +27 14 555 0122 | Mobile +27 72 555 0833")
    d1 = T(2026, 3, 12, 14, 5, JNB)
    m1 = mail(c, 1, "umoya-telephonic-screening", frm=f"Karabo Sebego <{kar}>", date=d1, cte="base64",
              subject=f"{role} (Ref UP-2026-031) - telephonic screening",
              body=("Dear Naledi\n\nThank you for your application for the position of " + role + " (Ref UP-2026-031)."
                    "\n\nI would like to have a telephonic screening with you on Tuesday, 17 March 2026 at 08h30. It "
                    "should take about 20 minutes and covers your experience, notice period and salary "
                    "expectations. I will call you on the cell number on your CV.\n\nKind regards\n" + sig + "\n"))
    d2 = T(2026, 3, 18, 16, 40, JNB)
    mail(c, 2, "umoya-technical-interview-site", frm=f"Karabo Sebego <{kar}>", date=d2, irt=m1,
         cc=f"Hendrik Botha <{hen}>, Nomsa Dube <{nom}>",
         subject=f"RE: {role} (Ref UP-2026-031) - technical interview at Kwena Shaft",
         body=("Dear Naledi\n\nThank you for your time yesterday. I'm pleased to let you know that you have "
               "progressed to the technical interview, which will be held at the mine:\n\n"
               "Date: Thursday, 2 April 2026\n"
               "09h00 - 10h30  Panel interview with Hendrik Botha (Engineering Manager) and Nomsa Dube (TSF Manager)\n"
               "10h30 - 12h00  Site walk of the tailings storage facility with Nomsa\n\n"
               "Please report to the Kwena Shaft main gate by 08h30 for induction. Safety boots and long sleeves "
               "are required; hard hat, glasses and reflective vest will be issued. Hendrik and Nomsa are copied. "
               "You will also receive a calendar invitation from our careers system.\n\nKind regards\n" + sig + "\n"))
    d3 = T(2026, 3, 18, 16, 46, JNB)
    s2 = T(2026, 4, 2, 9, 0, JNB)
    e2 = T(2026, 4, 2, 12, 0, JNB)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireLoop//Interview Scheduler 4.2//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:hl-{hid(c, 'ics', n=20)}@hireloop.example", f"DTSTAMP:{utcstamp(d3)}",
               f"DTSTART:{utcstamp(s2)}", f"DTEND:{utcstamp(e2)}",
               f"SUMMARY:Interview - {role} - Umoya Platinum",
               "LOCATION:" + esc("Kwena Shaft Complex, R24 Rustenburg-Brits Road"),
               "DESCRIPTION:" + esc("Technical interview and site walk. Interviewers: Hendrik Botha, Nomsa Dube."),
               "ORGANIZER;CN=Umoya Platinum Careers:mailto:careers-noreply@umoyaplatinum.example",
               att("Naledi Khumalo", OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 3, "careers-interview-scheduled", frm="Umoya Platinum Careers <careers-noreply@umoyaplatinum.example>",
         sender=("HireLoop", "bounces@mailer.hireloop.example"), date=d3,
         subject=f"Interview scheduled: {role}",
         body=("Hi Naledi,\n\nYour interview for " + role + " has been scheduled.\n\n"
               "Thursday, April 2, 2026, 9:00 AM - 12:00 PM (GMT+02:00) Africa/Johannesburg\n"
               "Location: Kwena Shaft Complex, R24 Rustenburg-Brits Road\n\nAdd the attached invitation to your "
               "calendar. Need to reschedule? Contact your recruiter.\n\nThis message was sent by HireLoop on behalf "
               "of Umoya Platinum. Please do not reply.\n"),
         attachments=[("interview.ics", cal.encode(), "text", "calendar")])
    s1 = T(2026, 3, 17, 8, 30, JNB)
    label(c, interviews=[
        iv("Umoya Platinum", role, s1, s1 + timedelta(minutes=20), "scheduled", [kar], [kar], "phone_screen"),
        iv("Umoya Platinum", role, s2, e2, "scheduled", [hen, nom], [hen, nom], "onsite")],
        difficulty="hard", category="positive/two-interviews",
        notes="Telephonic screening (base64) then an on-site panel + site walk 09h00-12h00 announced by recruiter "
              "and again by the ATS .ics (UTC) -> two interviews, the second deduped.")


def c09():
    c = "b60-09-nairobi-email-plus-gcal-json"
    brian = "brian.kiprono@riftvalley-ce.example"
    esther = "esther.wanjiku@riftvalley-ce.example"
    d = T(2026, 4, 24, 10, 0, NBO)
    s = T(2026, 4, 29, 14, 30, NBO)
    e = s + timedelta(hours=1)
    mail(c, 1, "rvce-technical-interview", frm=f"Brian Kiprono <{brian}>", date=d,
         subject="Technical interview - Water Resources Engineer",
         body=("Hi Naledi,\n\nThanks for the chat last week. We'd like you to do the technical interview on "
               "Wednesday 29 April at 14h30 Nairobi time - it's one hour on Google Meet with me and Esther Wanjiku "
               "(Principal Hydraulics Engineer). Expect a short design problem on a rural gravity scheme, so have a "
               "calculator and paper handy.\n\nI'll send the calendar invite now.\n\nCheers,\nBrian Kiprono\n"
               "Associate Director, Water | Rift Valley Consulting Engineers\nABC Place, Waiyaki Way, Nairobi | "
               "+254 733 555 208\n"))
    ev = {
        "kind": "calendar#event", "etag": '"3521874400118000"', "id": "rvce" + hid(c, n=22),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + hid(c, "eid", n=40),
        "created": "2026-04-24T07:03:11.000Z", "updated": "2026-04-24T07:03:11.870Z",
        "summary": "Technical interview: Naledi Khumalo (Water Resources Engineer)",
        "description": "Technical interview with Brian Kiprono and Esther Wanjiku. Short design exercise.",
        "creator": {"email": brian, "displayName": "Brian Kiprono"},
        "organizer": {"email": brian, "displayName": "Brian Kiprono"},
        "start": {"dateTime": iso(s), "timeZone": "Africa/Nairobi"},
        "end": {"dateTime": iso(e), "timeZone": "Africa/Nairobi"},
        "iCalUID": "rvce" + hid(c, n=22) + "@google.com", "sequence": 0,
        "attendees": [
            {"email": brian, "displayName": "Brian Kiprono", "organizer": True, "responseStatus": "accepted"},
            {"email": esther, "displayName": "Esther Wanjiku", "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/rvk-pqtw-nhe",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add_file(c, 2, "technical-interview", "gcal.json", json.dumps(ev, indent=2) + "\n")
    label(c, interviews=[iv("Rift Valley Consulting Engineers", "Water Resources Engineer", s, e, "scheduled",
                            [brian, esther], [brian, esther], "technical")],
          difficulty="easy", category="positive/dedupe-email-gcal-json",
          notes="Recruiter-less e-mail '14h30 Nairobi time' + Calendar API event (Africa/Nairobi) = one interview.")


def c10():
    c = "b60-10-standalone-zoom-ics-wat"
    ib = "ibrahim.sow@sahelwater.example"
    ch = "chiamaka.eze@sahelwater.example"
    s = T(2026, 5, 5, 10, 0, LOS)
    e = s + timedelta(hours=1)
    desc = ("Ibrahim Sow is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Interview - Regional Infrastructure Engineer - Naledi Khumalo\n"
            "Time: May 5, 2026 10:00 AM West Central Africa\n\n"
            "Sahel Water & Sanitation Trust - interview panel: Ibrahim Sow (Head of Engineering), Chiamaka Eze (People & Culture)\n\n"
            "Join Zoom Meeting\nhttps://zoom.example/j/7425550116?pwd=SaHeL26\n\nMeeting ID: 742 555 0116\nPasscode: 260505")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH"] + vtz_olson_fixed("Africa/Lagos", "+0100", "WAT") + [
        "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(T(2026, 4, 27, 12, 0, LOS))}",
        f"DTSTART;TZID=Africa/Lagos:{local(s)}", f"DTEND;TZID=Africa/Lagos:{local(e)}",
        "SUMMARY:Interview - Regional Infrastructure Engineer - Naledi Khumalo",
        f"UID:{hid(c, 'zoom', n=8)}-ZOOM-7425550116@zoom.example", "TZID:Africa/Lagos",
        "DESCRIPTION:" + esc(desc), "LOCATION:https://zoom.example/j/7425550116?pwd=SaHeL26",
        f"ORGANIZER;CN=Ibrahim Sow:mailto:{ib}", att("Chiamaka Eze", ch), att("Naledi Khumalo", OWNER),
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    add_file(c, 1, "zoom-interview", "ics", cal.encode())
    label(c, interviews=[iv("Sahel Water & Sanitation Trust", "Regional Infrastructure Engineer", s, e, "scheduled",
                            [ib, ch], [ib, ch], "onsite")],
          difficulty="medium", category="positive/standalone-ics",
          notes="Zoom-generated standalone .ics with TZID Africa/Lagos (WAT, UTC+1); company named only in the "
                "DESCRIPTION; two panelists with addresses.")


def c11():
    c = "b60-11-german-firm-uhr-mesz"
    jk = "j.kessler@brandt-kessler.example"
    d = T(2026, 4, 16, 9, 15, BER)
    s = T(2026, 4, 22, 14, 0, BER)
    mail(c, 1, "brandt-kessler-gespraech", frm=f"Dr. Jana Kessler <{jk}>", date=d,
         subject="Ihre Bewerbung / your application: Projektingenieurin Wasserbau (Ostafrika)",
         body=("Sehr geehrte Frau Khumalo,\n\nvielen Dank für Ihre Bewerbung als Projektingenieurin Wasserbau "
               "(Ostafrika). Gerne möchte ich Sie zu einem ersten Gespräch per Microsoft Teams einladen:\n\n"
               "Mittwoch, 22. April 2026, 14:00 Uhr (MESZ), Dauer ca. 45 Minuten.\n\n"
               "Dear Ms Khumalo, since our project work is in English, we can of course hold the interview in "
               "English. For you in Johannesburg this is also 14:00 - South Africa and Germany are both UTC+2 "
               "in summer. I will send you the Teams link on the day before.\n\n"
               "Mit freundlichen Grüßen / Kind regards\n\nDr.-Ing. Jana Kessler\nBereichsleiterin Wasserbau / "
               "Head of Hydraulic Engineering\nBrandt & Kessler Ingenieure GmbH\nHafenstraße 112, 60327 Frankfurt "
               "am Main\nTel. +49 69 555 01234\nSitz der Gesellschaft: Frankfurt am Main, HRB 99999\n"))
    label(c, interviews=[iv("Brandt & Kessler Ingenieure", "Projektingenieurin Wasserbau (Ostafrika)", s,
                            s + timedelta(minutes=45), "scheduled", [jk], [jk], "hiring_manager")],
          difficulty="medium", category="positive/email-body-only-german",
          notes="German/English QP mail, '14:00 Uhr (MESZ)' = 14:00 CEST (after Mar 29) = 14:00 SAST; the head of "
                "department writes herself.")


def c12():
    c = "b60-12-forwarded-hm-note-noon"
    peter = "peter.mwangi@mwangaza-geo.example"
    ruth = "ruth.achieng@mwangaza-geo.example"
    sig = "Peter Mwangi\nHR Manager, Mwangaza Geotechnical Ltd\nMombasa Road, Nairobi | +254 720 555 611"
    d1 = T(2026, 5, 4, 17, 20, NBO)
    subj = "Fwd: Geotech engineer shortlist - Naledi"
    m1 = mail(c, 1, "fwd-geotech-shortlist", frm=f"Peter Mwangi <{peter}>", date=d1, subject=subj,
              body=("Hi Naledi,\n\nSee Ruth's note below. Could you do Friday at noon (Nairobi time)?\n\n" + sig + "\n\n"
                    "---------- Forwarded message ---------\nFrom: Ruth Achieng <" + ruth + ">\n"
                    "Date: Mon, 4 May 2026 at 15:02\nSubject: Geotech engineer shortlist\nTo: Peter Mwangi <" + peter + ">\n\n"
                    "Peter,\n\nNaledi's CV looks strong, especially the Lanseria slope stabilisation work. I can do a "
                    "45-minute conversation with her Friday at noon, on Teams. Not Thursday - I'm at the Thika site "
                    "all day.\n\nThe other two on the list can wait until next week.\n\nRuth\n"))
    d2 = T(2026, 5, 5, 9, 2, NBO)
    mail(c, 2, "re-fwd-locked-in", frm=f"Peter Mwangi <{peter}>", date=d2, irt=m1, subject="Re: " + subj,
         cc=f"Ruth Achieng <{ruth}>",
         body=("Great, that's locked in: Friday 8 May, 12h00-12h45 EAT on Teams with Ruth (Geotechnical Lead). Ruth "
               "will send the link; I won't be joining.\n\n" + sig + "\n\n"
               "On Tue, May 5, 2026 at 8:31 AM Naledi Khumalo <" + OWNER + "> wrote:\n"
               "> Hi Peter, Friday at noon works for me, thank you. Looking forward to it.\n> Naledi\n"))
    s = T(2026, 5, 8, 12, 0, NBO)
    label(c, interviews=[iv("Mwangaza Geotechnical", "Geotechnical Engineer", s, s + timedelta(minutes=45),
                            "scheduled", [ruth], [ruth], "hiring_manager")],
          difficulty="hard", category="positive/forwarded-thread",
          notes="HR forwards the hiring manager's note ('Friday at noon'), owner confirms in quoted reply; resolved "
                "against Mon 4 May -> Fri 8 May 12:00 EAT.")


def c13():
    c = "b60-13-us-firm-scheduling-vendor-mdt"
    dana = "dana.whitfield@haldenridge.example"
    d1 = T(2026, 3, 9, 8, 10, DEN)
    role = "Civil Lead - Africa Projects"
    mail(c, 1, "halden-ridge-intro", frm=f"Dana Whitfield <{dana}>", date=d1,
         subject=f"Halden Ridge Mining Services - {role}",
         body=("Hi Naledi,\n\nThanks for applying for the " + role + " role (based in Johannesburg, reporting into "
               "Denver). I'd love to set up a 30-min intro call. Grab any open slot here:\n"
               "https://slotwise.example/dana-whitfield/intro-30\n\n"
               "Mornings my time work best - e.g. Thu 3/12 @ 8:30a MT would be 4:30p for you in Joburg.\n\n"
               "Thanks!\nDana Whitfield | Senior Technical Recruiter\nHalden Ridge Mining Services\n"
               "1550 Larimer Ct, Suite 900, Denver, CO 80202 | (303) 555-0147\n"))
    d2 = T(2026, 3, 9, 17, 42, JNB)
    s = T(2026, 3, 12, 8, 30, DEN)
    e = s + timedelta(minutes=30)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotWise//Booking//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:sw-{hid(c, n=20)}@slotwise.example", f"DTSTAMP:{utcstamp(d2)}",
               f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
               "SUMMARY:Intro call - Civil Lead - Africa Projects (Naledi Khumalo)",
               "DESCRIPTION:" + esc("Event type: Intro call (30 min)\nHost: Dana Whitfield\nInvitee: Naledi Khumalo\n"
                                    "Phone call: Dana will call +27 82 555 0147\nReschedule or cancel: "
                                    "https://slotwise.example/r/" + hid(c, "r", n=10)),
               f"ORGANIZER;CN=Dana Whitfield:mailto:{dana}", att("Naledi Khumalo", OWNER),
               "LOCATION:Phone call", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 2, "slotwise-confirmed", frm="SlotWise <notifications@slotwise.example>", reply_to=f"Dana Whitfield <{dana}>",
         date=d2, subject="Confirmed: Intro call between Dana Whitfield and Naledi Khumalo",
         body=("Hi Naledi Khumalo,\n\nYour event has been scheduled.\n\nEvent type: Intro call (30 min)\n"
               "Host: Dana Whitfield (Halden Ridge Mining Services)\n"
               "Thursday, March 12, 2026 4:30pm - 5:00pm (South Africa Standard Time)\n"
               "Location: Phone call - Dana will call +27 82 555 0147\n\n"
               "Need to make changes? Reschedule: https://slotwise.example/r/" + hid(c, "r", n=10) + "\n\n"
               "Powered by SlotWise\n"),
         attachments=[("invite.ics", cal.encode(), "application", "ics")])
    label(c, interviews=[iv("Halden Ridge Mining Services", role, s, e, "scheduled", [dana], [dana],
                            "phone_screen")],
          difficulty="hard", category="positive/scheduling-vendor",
          notes="US recruiter 'Thu 3/12 @ 8:30a MT' just after US DST (MDT, UTC-6) = 16:30 SAST; booking via an "
                "invented scheduling vendor (UTC .ics); notifications@ not a recipient.")


# ------------------------------------------------------------------ negatives
def c14():
    c = "b60-14-professional-registration-review-interview"
    portia = "portia.radebe@ercsa.example"
    d = T(2026, 4, 28, 12, 0, JNB)
    s = T(2026, 5, 11, 10, 0, JNB)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ERCSA//Registrations//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:pri-{hid(c, n=16)}@ercsa.example", f"DTSTAMP:{utcstamp(d)}",
               f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(s + timedelta(minutes=90))}",
               "SUMMARY:Professional Review Interview - Ms N. Khumalo (Pr Eng application)",
               "LOCATION:" + esc("ERCSA House, 1 Waterfall Close, Bruma, Johannesburg"),
               f"ORGANIZER;CN=Portia Radebe:mailto:{portia}", att("Naledi Khumalo", OWNER),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 1, "ercsa-professional-review-interview", frm=f"Portia Radebe <{portia}>", date=d,
         subject="Professional Review Interview - Candidate Engineer N. Khumalo (CE-2019-04417)",
         body=("Dear Ms Khumalo\n\nAPPLICATION FOR REGISTRATION AS PROFESSIONAL ENGINEER\n\n"
               "Your application has been evaluated by the assessors and you are invited to a Professional Review "
               "Interview, scheduled for Monday, the 11th of May 2026 at 10h00 at ERCSA House, Bruma. The panel of "
               "two assessors will discuss your engineering report and competency claims. Allow 90 minutes.\n\n"
               "Please bring your ID document and the original of your training and experience report. Candidates "
               "who fail to attend without notice forfeit the application fee.\n\nKind regards\nPortia Radebe\n"
               "Registrations Officer\nEngineering Registration Council of South Africa\nTel +27 11 555 0700\n"),
         attachments=[("invite.ics", cal.encode(), "text", "calendar")])
    label(c, interviews=[], difficulty="hard", category="negative/professional-registration",
          notes="Professional-registration review interview for the owner's own licence; not a job interview.")


def c15():
    c = "b60-15-site-inspection-outlook"
    th = "thabo.maseko@ridgeline-civil.example"
    d = T(2026, 3, 13, 8, 20, JNB)
    s = T(2026, 3, 19, 10, 0, JNB)
    e = T(2026, 3, 19, 13, 0, JNB)
    desc = ("Hi all\n\nPre-handover walkdown of Reservoir R3 with the client's engineer. We will also look at the "
            "two candidate sites for the new booster pump station, so we can schedule the geotech call next week.\n\n"
            "Bring full PPE. Call me on 082 555 0321 if you are running late - the gate closes at 10h15.\n\nThabo")
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(c, n=24).upper()
    cal = outlook_event(method="REQUEST", uid=uid, seq=0, tzid="South Africa Standard Time",
                        vtz=vtz_fixed("South Africa Standard Time", "+0200"), start=s, end=e,
                        summary="Site inspection: Reservoir R3 pre-handover + pump station candidate sites",
                        organizer=("Thabo Maseko", th),
                        attendees=[("Naledi Khumalo", OWNER), ("Lindiwe Shabalala", "lindiwe.shabalala@ridgeline-civil.example")],
                        description=desc, location="Reservoir R3 site, Olifantsfontein", stamp=d, teams=False)
    mail(c, 1, "site-inspection-r3", frm=f"Thabo Maseko <{th}>", date=d,
         to=f"{OWNER_FULL}, Lindiwe Shabalala <lindiwe.shabalala@ridgeline-civil.example>",
         subject="Site inspection: Reservoir R3 pre-handover + pump station candidate sites",
         headers=[("Content-class", "urn:content-classes:calendarmessage")],
         body="When: Thursday, 19 March 2026 10:00-13:00 (UTC+02:00) Harare, Pretoria.\nWhere: Reservoir R3 site, "
              "Olifantsfontein\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n", calendar=cal)
    label(c, interviews=[], difficulty="medium", category="negative/work-meeting",
          notes="Internal site inspection invite (Exchange, SAST) mentioning candidate sites, schedule, call.")


def c16():
    c = "b60-16-bursary-panel-owner-is-panelist"
    mpho = "mpho.nkosi@ithuba-foundation.example"
    d = T(2026, 4, 14, 11, 0, JNB)
    s = T(2026, 4, 25, 9, 0, JNB)
    e = T(2026, 4, 25, 13, 0, JNB)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}", f"DTSTAMP:{utcstamp(d)}",
               f"ORGANIZER;CN=Mpho Nkosi:mailto:{mpho}", f"UID:{hid(c, n=26)}@google.com",
               att("Naledi Khumalo", OWNER), att("Farouk Adams", "farouk.adams@mail.example"),
               "DESCRIPTION:" + esc("Panel B - panelists: Naledi Khumalo (chair), Farouk Adams.\n"
                                    "09h00 T. Maseko\n09h40 L. Pillay\n10h20 K. Mahlaba\n11h20 S. Naidoo\n12h00 "
                                    "B. Mokoena\nScoring sheets in the shared folder."),
               "LOCATION:" + esc("Ithuba Foundation, 22 Owl Street, Braamfontein"),
               "SEQUENCE:0", "STATUS:CONFIRMED",
               "SUMMARY:Bursary selection interviews - Panel B (panelists)", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    mail(c, 1, "ithuba-bursary-panel-schedule", frm=f"Mpho Nkosi <{mpho}>", date=d,
         subject="Invitation: Bursary selection interviews - Panel B (panelists) @ Sat Apr 25, 2026 9am - 1pm (SAST)",
         body=("Dear Naledi\n\nThank you for agreeing to serve on the 2027 Ithuba Engineering Bursary selection panel "
               "again this year. You will chair Panel B with Farouk Adams. You will interview five candidates "
               "(matriculants applying for civil engineering bursaries), 30 minutes each plus 10 minutes scoring:\n\n"
               "09h00 T. Maseko\n09h40 L. Pillay\n10h20 K. Mahlaba\n(tea break)\n11h20 S. Naidoo\n12h00 B. Mokoena\n\n"
               "The calendar invite is attached. Scoring sheets and the interview question bank are in the shared "
               "folder.\n\nWith thanks\nMpho Nkosi\nProgrammes Manager, Ithuba Foundation\n+27 11 555 0452\n"),
         attachments=[("invite.ics", cal.encode(), "application", "ics")])
    label(c, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
          notes="Owner chairs a bursary selection panel interviewing candidates; she is not the candidate.")


def c17():
    c = "b60-17-municipal-tender-briefing"
    scm = "scm.tenders@lesedi-metro.example"
    d = T(2026, 2, 26, 14, 0, JNB)
    s = T(2026, 3, 10, 11, 0, JNB)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lesedi Metro//SCM//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:lmm-eng-014-{hid(c, n=8)}@lesedi-metro.example", f"DTSTAMP:{utcstamp(d)}",
               f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(s + timedelta(hours=2))}",
               "SUMMARY:Compulsory briefing session - Tender LMM/ENG/014/2026",
               "LOCATION:" + esc("Council Chamber, Civic Centre, 3 Voortrekker Street, Heidelberg"),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 1, "tender-briefing-notice", frm=f"Lesedi Metro Supply Chain <{scm}>", date=d,
         to=f"Ridgeline Civil Projects - Naledi Khumalo <{OWNER}>",
         subject="Tender LMM/ENG/014/2026: Rehabilitation of stormwater infrastructure - compulsory briefing",
         html=html_wrap(["Dear Bidder,",
                         "<b>TENDER LMM/ENG/014/2026: REHABILITATION OF STORMWATER INFRASTRUCTURE, WARDS 4 AND 7</b>",
                         "A compulsory clarification meeting and site briefing will be held on Tuesday, the 10th of "
                         "March 2026 at 11h00 in the Council Chamber, Civic Centre, Heidelberg. Bidders who fail to "
                         "attend, or who arrive after 11h15, will be disqualified.",
                         "A representative of your company (a registered candidate or professional engineer) must "
                         "sign the attendance register. The schedule of quantities and drawings will be discussed.",
                         "Enquiries: call Mr S. Mthembu on 016 555 0190.",
                         "Supply Chain Management Unit<br>Lesedi Metropolitan Municipality"]),
         attachments=[("briefing.ics", cal.encode(), "text", "calendar")])
    label(c, interviews=[], difficulty="medium", category="negative/tender-briefing",
          notes="Municipal compulsory tender briefing (HTML + .ics); mentions candidate engineer, schedule, call.")


def c18():
    c = "b60-18-rejection-after-interview"
    lz = "lindiwe.zwane@ubuntu-roads.example"
    d = T(2026, 3, 20, 15, 25, JNB)
    mail(c, 1, "ubuntu-roads-outcome", frm=f"Lindiwe Zwane <{lz}>", date=d,
         subject="Outcome of your interview - Senior Roads Engineer",
         body=("Dear Naledi\n\nThank you for attending the interview on the 3rd of March for the Senior Roads "
               "Engineer position and for the time you invested in the technical presentation.\n\nAfter careful "
               "consideration, the panel has decided to proceed with another candidate whose experience more "
               "closely matches the requirements of the N3 upgrade contract. We will keep your CV on our database "
               "and would welcome an application for future roles; feel free to call me if you would like "
               "feedback.\n\nWe wish you every success.\n\nKind regards\nLindiwe Zwane\nHR Manager, Ubuntu Roads "
               "Consortium\n12 Kramer Road, Bedfordview | +27 11 555 0934\n"))
    label(c, interviews=[], difficulty="medium", category="negative/rejection",
          notes="Post-interview rejection that refers to a past interview date; no upcoming interview.")


def c19():
    c = "b60-19-scam-processing-fee"
    hr = "hr.desk@alsafwa-careers.example"
    d = T(2026, 3, 14, 2, 17, UTC)
    mail(c, 1, "alsafwa-shortlisted-processing-fee", frm=f"Al Safwa Petroleum Projects HR <{hr}>", date=d,
         reply_to="alsafwa.recruitment@mail.example",
         subject="CONGRATULATIONS: Shortlisted for Senior Civil Engineer (Doha) - Online Interview Scheduled",
         body=("Dear Candidate,\n\nWe are pleased to inform you that your CV has been shortlisted for the position "
               "of SENIOR CIVIL ENGINEER at our Doha project. Salary USD 9,500 per month tax free plus "
               "accommodation.\n\nYour online interview has been scheduled for Wednesday 18th March 2026 at half "
               "past ten (10:30 GMT) via Telegram chat with our HR Manager, Mr. Khalid. Add @AlSafwaHR_Desk.\n\n"
               "IMPORTANT: Before the interview, all candidates must pay a refundable processing fee of USD 380 "
               "for the work permit and visa processing to our accredited travel agent. Payment details will be "
               "sent on request. Failure to pay within 48 hours will result in the cancellation of your "
               "interview.\n\nBest Regards,\nHR Department\nAl Safwa Petroleum Projects\n"))
    label(c, interviews=[], difficulty="medium", category="negative/scam",
          notes="Job scam: Telegram 'interview' conditional on a processing fee.")


def c20():
    c = "b60-20-webinar-competency-interviews"
    d = T(2026, 4, 15, 8, 0, JNB)
    s = T(2026, 4, 22, 18, 0, JNB)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoom Webinar//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:yen-{hid(c, n=12)}@zoom.example", f"DTSTAMP:{utcstamp(d)}",
               f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(s + timedelta(minutes=75))}",
               "SUMMARY:Webinar: Cracking competency-based interviews for UN and NGO engineering roles",
               "LOCATION:https://zoom.example/w/9915550134", "END:VEVENT", "END:VCALENDAR"])
    mail(c, 1, "yen-webinar-registration", frm="Young Engineers Network SA <events@yen-sa.example>", date=d,
         subject="You're registered: Cracking competency-based interviews (Wed 22 April, 18h00 SAST)",
         html=html_wrap(["Hi Naledi,",
                         "Thanks for registering for our webinar <b>Cracking competency-based interviews for UN and "
                         "NGO engineering roles</b> on Wednesday, 22 April 2026 at 18h00 SAST (19h00 EAT).",
                         "Our panel of hiring managers will walk through the STAR method, written tests and how "
                         "interview panels score candidates. Bring your questions!",
                         "Join: https://zoom.example/w/9915550134",
                         "Young Engineers Network of South Africa &middot; unsubscribe"]),
         attachments=[("webinar.ics", cal.encode(), "text", "calendar")])
    label(c, interviews=[], difficulty="medium", category="negative/webinar",
          notes="Webinar registration about interviews, with .ics.")


def c21():
    c = "b60-21-written-test-only"
    hr = "recruitment@padf.example"
    d = T(2026, 5, 4, 11, 0, NBO)
    mail(c, 1, "padf-written-assessment", frm=f"PADF Recruitment <{hr}>", date=d,
         subject="Vacancy PADF/INF/2026/07 - Infrastructure Officer: invitation to written assessment",
         body=("Dear Ms. Khumalo,\n\nThank you for your application for the position of Infrastructure Officer "
               "(PADF/INF/2026/07).\n\nYou are invited to sit a written assessment on Tuesday, the 12th of May 2026 "
               "at 09h00 EAT (08h00 SAST). The assessment lasts two hours and consists of a technical case study "
               "and a short essay. It is taken online; the link will be shared by the testing provider.\n\n"
               "Shortlisted candidates will subsequently be invited to a competency-based interview at a later "
               "date. Please note that only successful candidates will be contacted.\n\nRecruitment Unit\n"
               "Pan-African Development Facility\n"))
    label(c, interviews=[], difficulty="hard", category="negative/assessment",
          notes="Written assessment only; a competency-based interview is merely mentioned as a later step.")


def c22():
    c = "b60-22-press-interview-magazine"
    farah = "farah.osei@civilworksafrica.example"
    d1 = T(2026, 5, 6, 10, 30, JNB)
    m1 = mail(c, 1, "cwa-women-in-infrastructure", frm=f"Farah Osei <{farah}>", date=d1,
              subject="Interview request - Women in Infrastructure feature",
              body=("Hi Naledi,\n\nI'm writing our June 'Women in Infrastructure' feature and your name came up "
                    "through the Young Engineers Network. Could I interview you about your stormwater work and your "
                    "move between Johannesburg and Nairobi?\n\nWould Thursday 14 May at 15h00 SAST suit, for 30 "
                    "minutes by phone?\n\nFarah Osei\nFeatures Editor, Civil Works Africa magazine\n+27 21 555 0876\n"))
    d2 = T(2026, 5, 7, 9, 0, JNB)
    mail(c, 2, "re-cwa-interview-confirmed", frm=f"Farah Osei <{farah}>", date=d2, irt=m1,
         subject="Re: Interview request - Women in Infrastructure feature",
         body=("Wonderful - I'll call you Thursday 14 May at 15h00. I'll send the quotes for approval before we go "
               "to print.\n\nFarah\n\n> On 6 May 2026, at 12:02, Naledi Khumalo <" + OWNER + "> wrote:\n"
               "> Hi Farah, happy to. Thursday at 15h00 works.\n"))
    label(c, interviews=[], difficulty="hard", category="negative/press-interview",
          notes="Magazine interview with the owner as subject, booked for a time; not a job interview.")


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b60-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind60 (written blind; see README.md). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=110)
    print(f"{len(CASES)} cases, {sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
