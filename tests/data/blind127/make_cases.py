#!/usr/bin/env python3
"""Deterministic generator for the blind127 evaluation set.

Theme: look-alikes from the tools a job seeker uses. Mailbox owner: Keon Marchetti, a backend developer
in Toronto (America/Toronto) in the middle of a job hunt. 8 positive cases, 14 hard negatives.

Re-running this script rewrites every case folder and labels.yaml. Only stdlib + PyYAML + zoneinfo.
All people, companies, products and domains are invented (.example domains / example.com).
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
PREFIX = "b127"
OWNER = "keon.marchetti@example.com"
OWNER_NAME = "Keon Marchetti"
UTC = timezone.utc

TOR = ZoneInfo("America/Toronto")
VAN = ZoneInfo("America/Vancouver")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
SYD = ZoneInfo("Australia/Sydney")
CGY = ZoneInfo("America/Edmonton")

CASES = {}    # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(d):
    return d.isoformat() if d is not None else None


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data))


# ------------------------------------------------------------------ iCalendar helpers (hand-built, CRLF, folded)
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        limit = 74
    out.append(b)
    return b"\r\n ".join(out)


def ics_bytes(lines):
    return b"".join(fold(l) + b"\r\n" for l in lines)


def utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


VTZ_TORONTO = [
    "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WIN_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True):
    r = "TRUE" if rsvp else "FALSE"
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={name}:"
            f"mailto:{email}")


# ------------------------------------------------------------------ e-mail helper
def mail(case, fname, *, frm, to, subject, date, msgid, text=None, html=None, html_only=False,
         text_cte="quoted-printable", html_cte="quoted-printable", cc=None, reply_to=None, sender=None,
         in_reply_to=None, references=None, extra=(), cal=None, cal_method="REQUEST", attach=(),
         received_from="mx.mail.example"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {received_from} by mx.example.com with ESMTPS id "
                     f"{hashlib.sha1((case + fname).encode()).hexdigest()[:12]} for <{OWNER}>; "
                     f"{format_datetime(date + timedelta(seconds=3))}")
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
    if references:
        m["References"] = references
    for k, v in extra:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, maintype="text", subtype="calendar",
                          params={"method": cal_method, "charset": "UTF-8"})
    for data, maintype, subtype, filename in attach:
        params = {"charset": "UTF-8"} if maintype == "text" else None
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            h = hashlib.sha1(f"{case}/{fname}/{n}".encode()).hexdigest()[:24]
            part.set_boundary(f"00000000{h}")
    add(case, fname, m.as_bytes(policy=policy.default))


def label(case, *, interviews, difficulty, category, notes, source="synthetic"):
    LABELS[case] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": source,
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def html_wrap(paragraphs, font="Arial,Helvetica,sans-serif"):
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


ME = f"{OWNER_NAME} <{OWNER}>"
SIG_ME = "\n--\nKeon Marchetti\nBackend Developer · Toronto, ON\n(647) 555-0193\n"


# ================================================================== POSITIVES
def case01():
    c = f"{PREFIX}-01-agency-recruiter-client-hiring-manager"
    rory = "Rory Delacroix <rory.delacroix@northbridgetalent.example>"
    hana_addr = "hana.lindqvist@quillfeather.example"
    sig = ("Rory Delacroix\nSenior Technical Recruiter | Northbridge Talent Partners\n"
           "T: (416) 555-0172 | M: (437) 555-0118\n200 Front St W, Suite 1410, Toronto, ON M5V 3K2\n"
           "northbridgetalent.example\n")
    t1 = ("Hi Keon,\n\nGood news - the client I mentioned last week has come back positively on your CV. I can "
          "now tell you it's Quillfeather Logistics (the freight-visibility platform, ~300 people, office at "
          "King & Spadina but the team is hybrid).\n\nThe hiring manager, Hana Lindqvist (Director of "
          "Platform Engineering), would like a first conversation about the Senior Backend Developer role. "
          "It's more of a two-way chat than a grilling: your background, the event-ingestion pipeline they're "
          "rebuilding in Go, and what you're looking for.\n\nShe's offered Thursday at half past ten in the "
          "morning or Friday at 1 o'clock. 45 minutes, on Teams. Which suits you better?\n\nCheers,\n" + sig)
    d1 = T(TOR, 2026, 2, 16, 10, 12, 41)
    id1 = "<CAF7rd1x0Qp9@mail.northbridgetalent.example>"
    mail(c, "01-rory-client-shortlisted.eml", frm=rory, to=ME, subject="Quillfeather - next step (Senior Backend Dev)",
         date=d1, msgid=id1, text=t1)
    t2 = ("Hi Rory,\n\nThat's great news, thanks! Thursday at 10:30 works best for me.\n\nKeon\n" + SIG_ME +
          "\nOn Mon, Feb 16, 2026 at 10:12 AM Rory Delacroix <rory.delacroix@northbridgetalent.example> wrote:\n"
          + quote(t1) + "\n")
    d2 = T(TOR, 2026, 2, 16, 12, 40, 5)
    id2 = "<CAM9k3v7ZZ1c@mail.example.com>"
    mail(c, "02-keon-thursday-works.eml", frm=ME, to=rory, subject="Re: Quillfeather - next step (Senior Backend Dev)",
         date=d2, msgid=id2, text=t2, in_reply_to=id1, references=id1)
    # the owner is a recipient of the confirmation
    t3 = ("Hi Keon,\n\nAll confirmed with Hana for Thursday 19 February, 10:30-11:15am (Toronto time). I've "
          "copied her here so you have each other's details - she'll send the Teams link from her calendar "
          "directly.\n\nHana - Keon's CV is attached to my earlier note. Thanks for making time!\n\n"
          "A couple of tips: she likes concrete examples of things you've owned end to end, and she'll "
          "probably ask about the Kafka migration on your CV.\n\nGood luck - call me after?\n\nRory\n\n" + sig)
    d3 = T(TOR, 2026, 2, 17, 9, 5, 22)
    mail(c, "03-rory-confirmed-cc-hana.eml", frm=rory, to=ME, cc=f"Hana Lindqvist <{hana_addr}>",
         subject="Re: Quillfeather - next step (Senior Backend Dev)", date=d3,
         msgid="<CAF7rd1x0Qq4@mail.northbridgetalent.example>", text=t3, in_reply_to=id2,
         references=f"{id1} {id2}")
    s = T(TOR, 2026, 2, 19, 10, 30)
    label(c, interviews=[iv("Quillfeather Logistics", "Senior Backend Developer", s, s + timedelta(minutes=45),
                            "scheduled", [hana_addr], [hana_addr], "hiring_manager")],
          difficulty="medium", category="positive/agency-thread",
          notes="Agency recruiter names the client, offers 'Thursday at half past ten' or Friday at 1; owner picks "
                "Thursday; agency confirms 10:30-11:15 Toronto and cc's the hiring manager, who conducts it. "
                "Company is the client, not the agency.")


def case02():
    c = f"{PREFIX}-02-founder-personal-mail-pacific-after-dst"
    ines_addr = "ines.okafor@mail.example"
    ines = f"Ines Okafor <{ines_addr}>"
    t1 = ("hey Keon!\n\nfound your write-up on logical replication lag in Postgres via the Toronto Backend "
          "Slack - genuinely the clearest thing I've read on it.\n\nquick context: I'm one of two cofounders at "
          "Lumenfold (we're 4 people, seed-funded, building usage-based billing infra for API companies). "
          "we're hiring our first backend engineer who isn't a founder and I'd love to chat about it - "
          "founding backend engineer, remote-in-Canada is fine.\n\nwould Thu 3/12 @ 4:30p PST work? (7:30p "
          "for you I think?) ~45 min, google meet, super informal - I'll tell you what we're building and ask "
          "about stuff you've shipped.\n\nines\n\nsent from my phone, pls excuse typos\n")
    d1 = T(VAN, 2026, 3, 9, 14, 22, 10)
    id1 = "<CAJq+Lmf0founder1@mail.example>"
    mail(c, "01-ines-want-to-chat.eml", frm=ines, to=ME, subject="your postgres replication post + a role at Lumenfold",
         date=d1, msgid=id1, text=t1, text_cte="7bit")
    t2 = ("Hi Ines,\n\nThanks, that's really kind - glad it was useful.\n\nLumenfold sounds interesting and "
          "I'd love to chat. Thursday at 7:30pm my time (4:30 your time) works for me.\n\nBest,\nKeon\n" + SIG_ME +
          "\nOn Mon, Mar 9, 2026 at 5:22 PM Ines Okafor <ines.okafor@mail.example> wrote:\n" + quote(t1) + "\n")
    d2 = T(TOR, 2026, 3, 9, 19, 3, 44)
    id2 = "<CAM9k3v7Lm2p@mail.example.com>"
    mail(c, "02-keon-thursday-works.eml", frm=ME, to=ines, subject="Re: your postgres replication post + a role at Lumenfold",
         date=d2, msgid=id2, text=t2, in_reply_to=id1, references=id1)
    s = T(VAN, 2026, 3, 12, 16, 30)
    e = s + timedelta(minutes=45)
    uid = "5q2v0lumenfoldk1o8c1g7m3@google.com"
    stamp = T(VAN, 2026, 3, 9, 16, 41, 2)
    cal = ics_bytes([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        f"DTSTART:{utc(s)}", f"DTEND:{utc(e)}", f"DTSTAMP:{utc(stamp)}",
        f"ORGANIZER;CN=Ines Okafor:mailto:{ines_addr}", f"UID:{uid}",
        attendee("Ines Okafor", ines_addr, "ACCEPTED"),
        attendee(OWNER, OWNER),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/wvb-qhzt-kre",
        f"CREATED:{utc(stamp)}",
        "DESCRIPTION:" + esc("Keon <> Ines - Lumenfold, founding backend engineer. No prep needed!\n\n"
                             "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: "
                             "https://meet.google.com/wvb-qhzt-kre\n\nPlease do not edit this section.\n"
                             "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        f"LAST-MODIFIED:{utc(stamp)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Keon <> Ines (Lumenfold)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("Keon <> Ines (Lumenfold)\nThursday Mar 12, 2026 ⋅ 7:30pm – 8:15pm\nEastern Time - Toronto\n\n"
            "Keon <> Ines - Lumenfold, founding backend engineer. No prep needed!\n\n"
            "Join with Google Meet\nhttps://meet.google.com/wvb-qhzt-kre\n\nOrganizer\nInes Okafor\n"
            f"{ines_addr}\n\nGuests\nInes Okafor - organizer\n{ines_addr}\n{OWNER}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NXEydjBsdW1lbmZvbGQ\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(["Keon &lt;&gt; Ines (Lumenfold)<br>Thursday Mar 12, 2026 ⋅ 7:30pm – 8:15pm<br>Eastern Time - Toronto",
                      "Keon &lt;&gt; Ines - Lumenfold, founding backend engineer. No prep needed!",
                      'Join with Google Meet<br><a href="https://meet.google.com/wvb-qhzt-kre">https://meet.google.com/wvb-qhzt-kre</a>',
                      f"Organizer<br>Ines Okafor<br>{ines_addr}",
                      f"Guests<br>Ines Okafor - organizer<br>{ines_addr}<br>{OWNER}",
                      "~~//~~<br>Invitation from Google Calendar"], font="Roboto,Helvetica,Arial,sans-serif")
    mail(c, "03-invitation-keon-ines.eml", frm=ines, to=OWNER,
         subject=f"Invitation: Keon <> Ines (Lumenfold) @ Thu Mar 12, 2026 7:30pm - 8:15pm (EDT) ({OWNER})",
         date=stamp, msgid="<calendar-7d0c2e4a-51b9-4c4e-9f6e-lumenfold0001@google.com>", text=text, html=html,
         text_cte="base64", sender="Google Calendar <calendar-notification@google.com>", reply_to=ines,
         cal=cal, attach=[(cal, "application", "ics", "invite.ics")], received_from="mail-sor-f69.google.com")
    label(c, interviews=[iv("Lumenfold", "Founding Backend Engineer", s, e, "scheduled", [ines_addr], [ines_addr],
                            "hiring_manager")],
          difficulty="medium", category="positive/founder-thread",
          notes="Cofounder on a personal mail address writes 'Thu 3/12 @ 4:30p PST' four days after US/Canada DST "
                "started (really PDT, 16:30-07:00 = 19:30 Toronto, as the owner's reply and the Google invite "
                "23:30Z confirm). Informal founder chat about a role = interview.")


def case03():
    c = f"{PREFIX}-03-ats-invite-montreal-14h-dst-week"
    elodie_addr = "elodie.tremblay@corvanehealth.example"
    ma_addr = "marc-andre.girard@corvanehealth.example"
    pr_addr = "priya.raman@corvanehealth.example"
    s = T(TOR, 2026, 3, 9, 14, 0)
    e = s + timedelta(hours=1)
    sent = T(TOR, 2026, 3, 4, 15, 47, 9)
    uid = "hl-evt-7f31c9a0-2b6e-4f7d-9a55-0c41d3e8b612@hirelane.example"
    cal = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hirelane//Interview Scheduler 4.12//EN",
                     "METHOD:REQUEST", "CALSCALE:GREGORIAN"] + VTZ_TORONTO + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utc(sent)}",
        f"DTSTART;TZID=America/Toronto:{local(s)}", f"DTEND;TZID=America/Toronto:{local(e)}",
        "SUMMARY:" + esc("Entrevue technique / Technical interview - Corvane Health - Backend Developer, Claims Platform"),
        "DESCRIPTION:" + esc("Candidate: Keon Marchetti\nInterviewers: Marc-André Girard (Staff Engineer), "
                             "Priya Raman (Backend Engineer)\nFormat: live coding in CoderPad + discussion, 60 min\n"
                             "Video: https://corvanehealth.zoom.example/j/86120447713?pwd=Qk9wd2"),
        "LOCATION:Zoom - https://corvanehealth.zoom.example/j/86120447713",
        f"ORGANIZER;CN=Élodie Tremblay:mailto:{elodie_addr}",
        attendee("Marc-André Girard", ma_addr, "ACCEPTED"),
        attendee("Priya Raman", pr_addr, "ACCEPTED"),
        attendee(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("Bonjour Keon,\n\n(English follows)\n\nVotre entrevue technique pour le poste Développeur backend, "
            "plateforme de réclamations est confirmée :\n\n  lundi 9 mars 2026, de 14 h à 15 h (heure de l'Est)\n"
            "  Zoom : https://corvanehealth.zoom.example/j/86120447713\n\n"
            "Vous rencontrerez Marc-André Girard (développeur principal) et Priya Raman (développeuse backend).\n\n"
            "------------------------------------------------------------\n\nHi Keon,\n\n"
            "Your technical interview for Backend Developer, Claims Platform is confirmed:\n\n"
            "  Monday, March 9, 2026, 14h00-15h00 Eastern Time\n  Zoom: https://corvanehealth.zoom.example/j/86120447713\n\n"
            "You'll meet Marc-André Girard (Staff Engineer) and Priya Raman (Backend Engineer). Expect about 40 "
            "minutes of live coding in CoderPad (any language you like) and time for your questions at the end.\n\n"
            "Heads-up: clocks go forward this Sunday (March 8). The time above is local Montreal/Toronto time "
            "after the change.\n\nA calendar file is attached. To reschedule, just reply to this message.\n\n"
            "Élodie Tremblay\nAcquisition de talents | Talent Acquisition\nCorvane Health\n"
            "1250 boul. René-Lévesque O., Montréal (QC) H3B 4W8 | 514 555-0136\n\n"
            "--\nSent with Hirelane · You're receiving this because you applied to Corvane Health.\n")
    html = html_wrap(["Bonjour Keon,", "(English follows)",
                      "Votre entrevue technique pour le poste <b>Développeur backend, plateforme de réclamations</b> est confirmée :<br>"
                      "<b>lundi 9 mars 2026, de 14 h à 15 h (heure de l'Est)</b>",
                      "Vous rencontrerez Marc-André Girard (développeur principal) et Priya Raman (développeuse backend).",
                      "<hr>", "Hi Keon,",
                      "Your technical interview for <b>Backend Developer, Claims Platform</b> is confirmed:<br>"
                      "<b>Monday, March 9, 2026, 14h00-15h00 Eastern Time</b><br>Zoom: "
                      '<a href="https://corvanehealth.zoom.example/j/86120447713">join</a>',
                      "You'll meet Marc-André Girard (Staff Engineer) and Priya Raman (Backend Engineer). Expect about "
                      "40 minutes of live coding in CoderPad (any language you like) and time for your questions at the end.",
                      "Heads-up: clocks go forward this Sunday (March 8). The time above is local Montreal/Toronto time after the change.",
                      "A calendar file is attached. To reschedule, just reply to this message.",
                      "Élodie Tremblay<br>Acquisition de talents | Talent Acquisition<br>Corvane Health<br>"
                      "1250 boul. René-Lévesque O., Montréal (QC) H3B 4W8 | 514 555-0136",
                      '<span style="color:#888;font-size:11px">Sent with Hirelane</span>'])
    mail(c, "01-hirelane-interview-confirmed.eml", frm="Corvane Health via Hirelane <no-reply@hirelane.example>",
         reply_to=f"Élodie Tremblay <{elodie_addr}>", to=ME,
         subject="Entrevue confirmée / Interview confirmed - Backend Developer, Claims Platform",
         date=sent, msgid="<01000190hl.7f31c9a0@email.hirelane.example>", text=text, html=html,
         attach=[(cal, "text", "calendar", "interview.ics")], received_from="smtp-out.hirelane.example",
         extra=[("X-Hirelane-Candidate-Id", "c_4410982"), ("List-Unsubscribe", "<https://hirelane.example/u/4410982>")])
    label(c, interviews=[iv("Corvane Health", "Backend Developer, Claims Platform", s, e, "scheduled",
                            [ma_addr, pr_addr], [ma_addr, pr_addr], "technical")],
          difficulty="medium", category="positive/ats-ics",
          notes="Invented ATS (Hirelane) bilingual FR/EN confirmation from a no-reply sender, Reply-To coordinator, "
                "'14 h'/'14h00' wording, interview.ics with TZID America/Toronto. Sent in EST, interview on the "
                "first Monday of EDT (-04:00).")


def exchange_invite(case, fname, *, org_name, org_addr, to_list, subject, sent, msgid, start, end, seq, uid,
                    body_lines, location, method="REQUEST", status="CONFIRMED", tz_label="(UTC-05:00) Eastern Time (US & Canada)"):
    hm = lambda d: d.strftime("%I:%M %p").lstrip("0")
    when = f"When: {start:%A, %B} {start.day}, {start.year} {hm(start)}-{hm(end)} {tz_label}."
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + "\n".join(body_lines) + "\n"
    html = html_wrap([when.replace("&", "&amp;") + f"<br>Where: {location}", "*~*~*~*~*~*~*~*~*~*"] +
                     [l.replace("&", "&amp;") for l in body_lines if l], font="Aptos,Calibri,sans-serif")
    att = [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}" for n, a in to_list]
    cal = ics_bytes(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                    + VTZ_WIN_EASTERN + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_addr}"] + att + [
        "DESCRIPTION;LANGUAGE=en-US:" + esc("\n".join(body_lines)),
        f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
        f"DTSTART;TZID=Eastern Standard Time:{local(start)}", f"DTEND;TZID=Eastern Standard Time:{local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utc(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}",
        f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-OWNERAPPTID:-1904213571",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    to_hdr = ", ".join(f"{n} <{a}>" for n, a in to_list)
    mail(case, fname, frm=f"{org_name} <{org_addr}>", to=to_hdr, subject=subject, date=sent, msgid=msgid,
         text=text, html=html, cal=cal, cal_method=method,
         received_from="NAM04-CO1-obe.outbound.protection.outlook.example",
         extra=[("Thread-Topic", subject), ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-CA"),
                ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", "")])


def case04():
    c = f"{PREFIX}-04-exchange-invite-moved-to-wednesday"
    gwen_addr = "gaucoin@brightwatermutual.example"
    samir_addr = "shaddad@brightwatermutual.example"
    to_list = [(OWNER_NAME, OWNER), ("Samir Haddad", samir_addr)]
    subj = "Interview - Keon Marchetti - Backend Developer II (Policy Systems)"
    uid = "040000008200E00074C5B7101A82E0080000000046F1B9C2D7B5DC01000000000000000010000000A3C1E5F2B7D84C4F9E0D"
    body = ["Hi Keon,", "",
            "As discussed, here is the invite for your interview with Samir Haddad, Manager, Policy Systems "
            "Engineering. It's a one-hour conversation covering your experience and a walk-through of a system "
            "you've designed. It will be on Microsoft Teams; I'm coordinating but won't join.", "",
            "Gwen Aucoin", "Talent Acquisition Partner | Brightwater Mutual", "Tel. 416-555-0164", "",
            "________________________________________________________________________________",
            "Microsoft Teams meeting", "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Bw7rT2kQ@thread.v2/0",
            "Meeting ID: 284 551 903 617  Passcode: q7HhTz",
            "________________________________________________________________________________"]
    s0 = T(TOR, 2026, 3, 23, 15, 0)
    exchange_invite(c, "01-invite-monday.eml", org_name="Gwen Aucoin", org_addr=gwen_addr, to_list=to_list,
                    subject=subj, sent=T(TOR, 2026, 3, 17, 11, 2, 30),
                    msgid="<YT3PR01MB8862A1C0F5B2D9E0C3B1A7F2D4E60@YT3PR01MB8862.CANPRD01.PROD.OUTLOOK.EXAMPLE>",
                    start=s0, end=s0 + timedelta(hours=1), seq=0, uid=uid, body_lines=body,
                    location="Microsoft Teams Meeting")
    t2 = ("Hi Keon,\n\nApologies for the shuffle - Samir has been pulled into a regulatory review on Monday "
          "afternoon. Would Wednesday the 25th at the same time (3-4pm) work for you instead? If not, "
          "Thursday morning is also open.\n\nThanks for your flexibility,\n\nGwen Aucoin\n"
          "Talent Acquisition Partner | Brightwater Mutual\nTel. 416-555-0164\n"
          "Brightwater Mutual Insurance Company, 18 York St, Toronto ON M5J 2T8\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the "
          "addressee.\n")
    id2 = "<YT3PR01MB8862F0A4C7D1E2B3A4C5D6E7F8091@YT3PR01MB8862.CANPRD01.PROD.OUTLOOK.EXAMPLE>"
    mail(c, "02-gwen-can-we-move.eml", frm=f"Gwen Aucoin <{gwen_addr}>", to=ME,
         subject="Monday's interview - could we move it?", date=T(TOR, 2026, 3, 20, 9, 41, 17), msgid=id2, text=t2,
         extra=[("Thread-Topic", "Monday's interview - could we move it?")])
    t3 = ("Hi Gwen,\n\nNo problem at all - Wednesday the 25th, 3pm works for me.\n\nThanks,\nKeon\n\n"
          "________________________________\nFrom: Gwen Aucoin <gaucoin@brightwatermutual.example>\n"
          "Sent: Friday, March 20, 2026 9:41 AM\nTo: Keon Marchetti <keon.marchetti@example.com>\n"
          "Subject: Monday's interview - could we move it?\n\n" + t2)
    id3 = "<CAM9k3v7Qw8r@mail.example.com>"
    mail(c, "03-keon-wednesday-ok.eml", frm=ME, to=f"Gwen Aucoin <{gwen_addr}>",
         subject="RE: Monday's interview - could we move it?", date=T(TOR, 2026, 3, 20, 10, 15, 2), msgid=id3,
         text=t3, in_reply_to=id2, references=id2)
    s1 = T(TOR, 2026, 3, 25, 15, 0)
    exchange_invite(c, "04-invite-updated-wednesday.eml", org_name="Gwen Aucoin", org_addr=gwen_addr,
                    to_list=to_list, subject=subj, sent=T(TOR, 2026, 3, 20, 10, 32, 48),
                    msgid="<YT3PR01MB88625E6D7C8B9A0F1E2D3C4B5A697@YT3PR01MB8862.CANPRD01.PROD.OUTLOOK.EXAMPLE>",
                    start=s1, end=s1 + timedelta(hours=1), seq=1, uid=uid,
                    body_lines=["Updated: moved to Wednesday at Samir's request (same time, same Teams link)."] + body,
                    location="Microsoft Teams Meeting")
    label(c, interviews=[iv("Brightwater Mutual", "Backend Developer II (Policy Systems)", s1, s1 + timedelta(hours=1),
                            "scheduled", [samir_addr], [samir_addr], "hiring_manager")],
          difficulty="medium", category="positive/reschedule",
          notes="Exchange invite Mon Mar 23 15:00, e-mail asks to move, owner agrees, updated invite SEQUENCE:1 "
                "Wed Mar 25 15:00-16:00 (Windows TZID, '(UTC-05:00)' label but EDT -04:00). Coordinator "
                "Gwen is not an interviewer.")


def case05():
    c = f"{PREFIX}-05-london-screen-cancelled-calendar-api"
    h_addr = "harriet.osei-bonsu@ferrowgate.example"
    harriet = f"Harriet Osei-Bonsu <{h_addr}>"
    sig = ("Harriet Osei-Bonsu\nTalent Partner, Engineering\nFerrowgate Payments Ltd\n"
           "3rd Floor, 41 Clerkenwell Road, London EC1M 5RS | +44 20 7946 0381\n")
    s = T(LON, 2026, 3, 24, 14, 0)
    e = s + timedelta(minutes=30)
    t1 = ("Hi Keon,\n\nThanks for applying for our Senior Backend Engineer role - we're building out a Toronto "
          "hub and your background in ledger systems stood out.\n\nI'd love to have a 30 min intro call "
          "with you. I've popped a calendar invite in for Tuesday 24 March at 14:00 UK time - that should be "
          "10:00 for you (we don't change our clocks until the 29th, so the gap is only four hours that week!).\n\n"
          "It'll be a relaxed chat: your experience, what you're looking for, salary expectations, and I'll "
          "tell you about the team and process.\n\nSpeak soon,\n" + sig)
    id1 = "<LO2P265MB5127C1A8@LO2P265MB5127.GBRP265.PROD.OUTLOOK.EXAMPLE>"
    mail(c, "01-harriet-intro-call.eml", frm=harriet, to=ME, subject="Ferrowgate - intro call",
         date=T(LON, 2026, 3, 19, 16, 8, 55), msgid=id1, text=t1)
    ev = {
        "kind": "calendar#event", "etag": "\"3521984407322000\"", "id": "0f3kq8v2ferrowgate1h6s9d4c",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MGYza3E4djJmZXJyb3dnYXRl",
        "created": "2026-03-19T16:09:40.000Z", "updated": "2026-03-19T18:21:03.661Z",
        "summary": "Keon Marchetti / Ferrowgate - intro call (Harriet)",
        "description": "30 min intro call with Harriet Osei-Bonsu, Talent Partner. Senior Backend Engineer (Toronto hub).",
        "location": "Google Meet",
        "creator": {"email": h_addr, "displayName": "Harriet Osei-Bonsu"},
        "organizer": {"email": h_addr, "displayName": "Harriet Osei-Bonsu"},
        "start": {"dateTime": s.astimezone(TOR).isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": e.astimezone(TOR).isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "0f3kq8v2ferrowgate1h6s9d4c@google.com", "sequence": 0,
        "attendees": [
            {"email": h_addr, "displayName": "Harriet Osei-Bonsu", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/fgt-wqkp-zna",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, "02-intro-call.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())
    t3 = ("Hi Keon,\n\nI'm really sorry to be sending this. Following a re-org announced this morning, the "
          "Toronto backend role has been put on hold, so I need to cancel tomorrow's call. I've removed the "
          "calendar invite.\n\nThis is no reflection on you at all - I'll reach out personally if the role "
          "reopens.\n\nWith apologies,\n" + sig)
    mail(c, "03-harriet-role-on-hold.eml", frm=harriet, to=ME, subject="Re: Ferrowgate - intro call",
         date=T(LON, 2026, 3, 23, 12, 30, 4), msgid="<LO2P265MB5127D9E2@LO2P265MB5127.GBRP265.PROD.OUTLOOK.EXAMPLE>",
         text=t3, in_reply_to=id1, references=id1)
    add(c, "04-intro-call-deleted.gcal.json",
        (json.dumps({"kind": "calendar#event", "etag": "\"3522190035558000\"", "id": "0f3kq8v2ferrowgate1h6s9d4c",
                     "status": "cancelled"}, indent=2) + "\n").encode())
    label(c, interviews=[iv("Ferrowgate Payments", "Senior Backend Engineer", s, e, "cancelled", [h_addr], [h_addr],
                            "phone_screen")],
          difficulty="hard", category="positive/cancellation",
          notes="London recruiter screen 'Tuesday 24 March at 14:00 UK time' (GMT, before the EU/UK change; "
                "10:00 EDT) as mail + Calendar API event; then cancelled by mail and a deleted API event "
                "(id/status only). Recruiter does the screen.")


def case06():
    c = f"{PREFIX}-06-two-rounds-booking-link-then-berlin"
    lea_addr = "lea.hoffmann@kieselwerk.example"
    jonas_addr = "jonas.brandt@kieselwerk.example"
    katrin_addr = "katrin.vogel@kieselwerk.example"
    malte_addr = "malte.ochs@kieselwerk.example"
    s1 = T(TOR, 2026, 3, 26, 9, 0)
    e1 = s1 + timedelta(hours=1)
    booked = T(TOR, 2026, 3, 20, 21, 14, 33)
    uid = "slotwise-bk-93d0f6e2a71c@slotwise.example"
    cal = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotwise//Booking//EN", "METHOD:REQUEST",
                     "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utc(booked)}", f"DTSTART:{utc(s1)}", f"DTEND:{utc(e1)}",
                     "SUMMARY:" + esc("Technical Interview (60 min) - Kieselwerk: Jonas Brandt and Keon Marchetti"),
                     "DESCRIPTION:" + esc("Event type: Technical Interview (60 min)\nInvitee: Keon Marchetti\n"
                                          "Location: https://meet.kieselwerk.example/jonas-brandt\n"
                                          "Need to make changes? https://slotwise.example/reschedule/93d0f6e2a71c"),
                     "LOCATION:https://meet.kieselwerk.example/jonas-brandt",
                     f"ORGANIZER;CN=Jonas Brandt:mailto:{jonas_addr}",
                     attendee("Jonas Brandt", jonas_addr, "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED"),
                     "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    t1 = ("Hi Keon Marchetti,\n\nA new event has been scheduled.\n\nEvent type:\nTechnical Interview (60 min) - Kieselwerk\n\n"
          "Host:\nJonas Brandt\n\nInvitee:\nKeon Marchetti\nkeon.marchetti@example.com\n\n"
          "Date & time:\n9:00am - 10:00am (Eastern Time - US & Canada)\nThursday, March 26, 2026\n\n"
          "Location:\nhttps://meet.kieselwerk.example/jonas-brandt\n\n"
          "Questions:\nAnything you'd like us to know? - I'm most comfortable in Go and Kotlin.\n\n"
          "Cancel: https://slotwise.example/cancel/93d0f6e2a71c\nReschedule: https://slotwise.example/reschedule/93d0f6e2a71c\n\n"
          "Powered by Slotwise\n")
    mail(c, "01-slotwise-booking-confirmed.eml", frm="Slotwise <notifications@slotwise.example>",
         reply_to=f"Jonas Brandt <{jonas_addr}>", to=ME,
         subject="Confirmed: Technical Interview (60 min) - Kieselwerk with Jonas Brandt on Thursday, March 26, 2026",
         date=booked, msgid="<bk-93d0f6e2a71c.confirm@slotwise.example>", text=t1,
         attach=[(cal, "text", "calendar", "invite.ics")], received_from="o12.email.slotwise.example")
    s2 = T(BER, 2026, 4, 2, 15, 0)
    e2 = s2 + timedelta(minutes=90)
    lea_sig = ("Lea Hoffmann\nPeople & Talent | Kieselwerk GmbH\nSchlesische Str. 28, 10997 Berlin\n"
               "Tel.: +49 30 5558 2104\n\nKieselwerk GmbH, Sitz: Berlin, Amtsgericht Charlottenburg HRB 201774 B\n")
    t2 = ("Hi Keon,\n\nJonas was very happy with yesterday's session - congratulations, you're through to the "
          "second (and final technical) round for Backend Engineer (Remote, Canada)!\n\n"
          "This is the system design round with Katrin Vogel (Head of Engineering) and Malte Ochs "
          "(Principal Engineer). It takes 90 minutes. We'd propose:\n\n"
          "   Thursday, 2 April, 15:00 Uhr (Berlin time)\n\n"
          "Note our clocks change on 29 March, so this is 9:00 in Toronto - same as your call with Jonas, "
          "if I've done the maths right. Katrin will send the video link.\n\n"
          "Could you confirm?\n\nViele Grüße / best regards\n" + lea_sig)
    id2 = "<2f7a1c33-kw-0327@kieselwerk.example>"
    mail(c, "02-lea-second-round.eml", frm=f"Lea Hoffmann <{lea_addr}>", to=ME,
         cc=f"Katrin Vogel <{katrin_addr}>, Malte Ochs <{malte_addr}>",
         subject="Kieselwerk: Zweite Runde / second round - system design", date=T(BER, 2026, 3, 27, 10, 12, 0),
         msgid=id2, text=t2, extra=[("User-Agent", "Mozilla Thunderbird")])
    t3 = ("Hi Lea,\n\nThank you, great to hear! Confirmed - Thursday 2 April at 9:00 Toronto / 15:00 Berlin. "
          "Looking forward to meeting Katrin and Malte.\n\nBest,\nKeon\n" + SIG_ME +
          "\nOn Fri, Mar 27, 2026 at 5:12 AM Lea Hoffmann <lea.hoffmann@kieselwerk.example> wrote:\n" + quote(t2) + "\n")
    mail(c, "03-keon-confirms.eml", frm=ME, to=f"Lea Hoffmann <{lea_addr}>",
         cc=f"Katrin Vogel <{katrin_addr}>, Malte Ochs <{malte_addr}>",
         subject="Re: Kieselwerk: Zweite Runde / second round - system design", date=T(TOR, 2026, 3, 27, 8, 2, 51),
         msgid="<CAM9k3v7Xy5t@mail.example.com>", text=t3, in_reply_to=id2, references=id2)
    label(c, interviews=[
        iv("Kieselwerk", "Backend Engineer (Remote, Canada)", s1, e1, "scheduled", [jonas_addr], [jonas_addr], "technical"),
        iv("Kieselwerk", "Backend Engineer (Remote, Canada)", s2, e2, "scheduled", [katrin_addr, malte_addr],
           [katrin_addr, malte_addr], "technical")],
          difficulty="hard", category="positive/two-interviews",
          notes="Round 1 booked via an invented scheduling vendor (Slotwise) 9:00 ET Mar 26 (Berlin still CET); "
                "round 2 '15:00 Uhr (Berlin time)' Thu 2 April after the EU change (CEST, = 9:00 EDT), 90 min, "
                "confirmed by the owner. Two interviews.")


def case07():
    c = f"{PREFIX}-07-calgary-recruiter-html-only-picks-slot"
    b_addr = "bmacaskill@tidewellenergy.example"
    bron = f"Bronwyn MacAskill <{b_addr}>"
    sig_html = ("Bronwyn MacAskill<br>Senior Recruiter, Technology<br>Tidewell Energy<br>"
                "Suite 2400, 525 8 Ave SW, Calgary, AB T2P 1G1<br>403-555-0127")
    p1 = ["Hi Keon,",
          "Thanks so much for your interest in the <b>Backend Developer, Trading Systems</b> role with Tidewell "
          "Energy! I&#39;d love to set up a 30-minute phone screen to learn more about you.",
          "I have two openings:<br>&bull; Tuesday, April 7 at noon MT<br>&bull; Wednesday, April 8 at 2pm ET",
          "Let me know which works and the best number to reach you.", "Have a great weekend!",
          sig_html]
    h1 = html_wrap(p1, font="Calibri,Arial,sans-serif")
    id1 = "<MW4PR84MB1603A7C92E@MW4PR84MB1603.NAMPRD84.PROD.OUTLOOK.EXAMPLE>"
    mail(c, "01-bronwyn-two-options.eml", frm=bron, to=ME, subject="Tidewell Energy - phone screen",
         date=T(CGY, 2026, 4, 2, 15, 20, 11), msgid=id1, html=h1, html_only=True, html_cte="base64")
    t2 = ("Hi Bronwyn,\n\nThanks for reaching out! Wednesday at 2pm ET is perfect. You can reach me at "
          "647-555-0193.\n\nBest,\nKeon\n\nOn Thu, Apr 2, 2026 at 5:20 PM Bronwyn MacAskill "
          "<bmacaskill@tidewellenergy.example> wrote:\n"
          "> Hi Keon,\n> Thanks so much for your interest in the Backend Developer, Trading Systems role with\n"
          "> Tidewell Energy! I'd love to set up a 30-minute phone screen to learn more about you.\n"
          "> I have two openings:\n> - Tuesday, April 7 at noon MT\n> - Wednesday, April 8 at 2pm ET\n"
          "> Let me know which works and the best number to reach you.\n")
    id2 = "<CAM9k3v7Tw3e@mail.example.com>"
    mail(c, "02-keon-wednesday.eml", frm=ME, to=bron, subject="Re: Tidewell Energy - phone screen",
         date=T(TOR, 2026, 4, 2, 18, 1, 9), msgid=id2, text=t2, in_reply_to=id1, references=id1)
    p3 = ["Hi Keon,",
          "Perfect &ndash; you&#39;re booked for <b>Wednesday, April 8 at 2:00pm ET</b> (noon here in Calgary). "
          "I&#39;ll call you at 647-555-0193. Plan on about 30 minutes.",
          "Talk soon!", sig_html,
          '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">From: Keon Marchetti<br>'
          "Wednesday at 2pm ET is perfect. You can reach me at 647-555-0193.</div>"]
    mail(c, "03-bronwyn-booked.eml", frm=bron, to=ME, subject="RE: Tidewell Energy - phone screen",
         date=T(CGY, 2026, 4, 3, 8, 44, 30), msgid="<MW4PR84MB1603B1D0E4@MW4PR84MB1603.NAMPRD84.PROD.OUTLOOK.EXAMPLE>",
         html=html_wrap(p3, font="Calibri,Arial,sans-serif"), html_only=True, html_cte="base64",
         in_reply_to=id2, references=f"{id1} {id2}")
    s = T(TOR, 2026, 4, 8, 14, 0)
    label(c, interviews=[iv("Tidewell Energy", "Backend Developer, Trading Systems", s, s + timedelta(minutes=30),
                            "scheduled", [b_addr], [b_addr], "phone_screen")],
          difficulty="medium", category="positive/html-only-thread",
          notes="HTML-only base64 recruiter mails from Calgary offer 'noon MT' Tue or '2pm ET' Wed; owner picks "
                "Wed; recruiter confirms 2:00pm ET (noon MDT), 30 min. Recruiter conducts the screen.")


def case08():
    c = f"{PREFIX}-08-forwarded-sydney-pairing"
    tam_addr = "tamsin.greer@wattlefinch.example"
    oli_addr = "oliver.nguyen@wattlefinch.example"
    old = "keon.m@alumni.lakeshorepoly.example"
    s = T(SYD, 2026, 4, 1, 9, 0)
    e = s + timedelta(minutes=90)
    orig = ("Hi Keon,\n\nLovely to speak last week. As promised, the next step for the Senior Backend Engineer "
            "role is a pairing interview with me and Oliver Nguyen (oliver.nguyen@wattlefinch.example), one of "
            "our staff engineers. We'll work through a small feature in our (sanitised) Rails + Go codebase "
            "together - no leetcode, promise.\n\nHow does Wednesday 1 April, 9am Sydney time sound? I've "
            "triple-checked and that's 6pm on Tuesday 31 March for you in Toronto. It runs 90 minutes.\n\n"
            "Cheers,\nTamsin\n\nTamsin Greer | Engineering Manager\nWattle & Finch Software\n"
            "Level 6, 88 Cumberland St, The Rocks NSW 2000 | +61 2 5550 1842\n")
    t1 = ("Forwarding to my main inbox - sent to my old alumni address.\n\n"
          "---------- Forwarded message ---------\n"
          "From: Tamsin Greer <tamsin.greer@wattlefinch.example>\n"
          "Date: Thu, 26 Mar 2026 at 10:14\n"
          "Subject: Wattle & Finch - pairing interview\n"
          f"To: Keon Marchetti <{old}>\n\n" + orig)
    mail(c, "01-fwd-pairing-interview.eml", frm=f"Keon Marchetti <{old}>", to=ME,
         subject="Fwd: Wattle & Finch - pairing interview", date=T(TOR, 2026, 3, 26, 8, 3, 12),
         msgid="<CAHn2fwd0Lkp@alumni.lakeshorepoly.example>", text=t1, text_cte="quoted-printable")
    t2 = ("Hi Keon,\n\nBrilliant - locked in for Wed 1 April 9:00am AEDT / Tue 31 March 6:00pm EDT. Oliver or I "
          "will send a Zoom link the day before. Don't worry about setup, we'll share a Codespace.\n\nCheers,\n"
          "Tamsin\n\nOn Thu, 26 Mar 2026 at 23:20, Keon Marchetti <keon.marchetti@example.com> wrote:\n"
          "> Hi Tamsin,\n>\n> Thanks! Tuesday 6pm my time works well. Please use this address from now on.\n>\n> Keon\n")
    mail(c, "02-tamsin-locked-in.eml", frm=f"Tamsin Greer <{tam_addr}>", to=ME, cc=f"Oliver Nguyen <{oli_addr}>",
         subject="Re: Wattle & Finch - pairing interview", date=T(SYD, 2026, 3, 27, 8, 47, 0),
         msgid="<SY4P282MB3350E1@SY4P282MB3350.AUSP282.PROD.OUTLOOK.EXAMPLE>", text=t2,
         in_reply_to="<CAM9k3v7Sy1d@mail.example.com>", references="<CAM9k3v7Sy1d@mail.example.com>")
    label(c, interviews=[iv("Wattle & Finch Software", "Senior Backend Engineer", s, e, "scheduled",
                            [tam_addr, oli_addr], [tam_addr, oli_addr], "technical")],
          difficulty="hard", category="positive/forwarded-timezone",
          notes="Owner forwards the Sydney EM's mail from an old address; pairing interview Wed 1 April 9am AEDT "
                "(+11, before Sydney's Apr 5 change) = Tue 31 March 18:00 EDT, 90 min; confirmed by the EM.")


# ================================================================== NEGATIVES
def simple_ics(uid, stamp, start, end, summary, description, location, org_name, org_addr, prodid,
               method="PUBLISH", tzid=None, attendees=()):
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", f"METHOD:{method}"]
    if tzid:
        head += VTZ_TORONTO
        ds, de = f"DTSTART;TZID=America/Toronto:{local(start)}", f"DTEND;TZID=America/Toronto:{local(end)}"
    else:
        ds, de = f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}"
    body = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utc(stamp)}", ds, de, f"SUMMARY:{esc(summary)}",
            f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
            f"ORGANIZER;CN={org_name}:mailto:{org_addr}"] + list(attendees) + [
            "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ics_bytes(head + body)


def neg_label(c, difficulty, category, notes):
    label(c, interviews=[], difficulty=difficulty, category=category, notes=notes)


def case09():
    c = f"{PREFIX}-09-peer-mock-interview-platform"
    s = T(TOR, 2026, 2, 26, 20, 0)
    e = s + timedelta(hours=1)
    stamp = T(TOR, 2026, 2, 24, 13, 5, 0)
    cal = simple_ics("pl-sess-55102@pairloop.example", stamp, s, e,
                     "Pairloop mock interview: System Design (peer: Dmitri S.)",
                     "You'll take turns: 30 min as the candidate, 30 min as the interviewer.\n"
                     "Room: https://pairloop.example/room/55102", "https://pairloop.example/room/55102",
                     "Pairloop", "sessions@pairloop.example", "-//Pairloop//Sessions//EN", method="REQUEST",
                     attendees=[attendee(OWNER_NAME, OWNER)])
    t1 = ("You're matched, Keon!\n\nPRACTICE INTERVIEW - SYSTEM DESIGN\nThursday, February 26 · 8:00 PM - 9:00 PM EST\n\n"
          "Your peer: Dmitri S. (Backend, 6 yrs, Ottawa)\n\nHow it works\n"
          "1. You'll each spend 30 minutes as the candidate and 30 minutes as the interviewer.\n"
          "2. We'll email both of you the question for your turn as interviewer an hour before.\n"
          "3. After the session, leave feedback for your peer - it's how we keep quality high.\n\n"
          "Join room: https://pairloop.example/room/55102\n\nCan't make it? Cancel at least 12 hours ahead so "
          "your peer can be re-matched. Repeated no-shows lower your match priority.\n\n"
          "Good luck with your real interviews!\n— The Pairloop team\n\nPairloop Inc., 401 Richmond St W, Toronto ON\n"
          "Unsubscribe: https://pairloop.example/settings/email\n")
    html = html_wrap(["<h2>You&#39;re matched, Keon!</h2>", "<b>Practice interview &mdash; System Design</b><br>"
                      "Thursday, February 26 &middot; 8:00 PM &ndash; 9:00 PM EST",
                      "Your peer: <b>Dmitri S.</b> (Backend, 6 yrs, Ottawa)",
                      "You&#39;ll each spend 30 minutes as the candidate and 30 minutes as the interviewer.",
                      '<a href="https://pairloop.example/room/55102">Join room</a>',
                      "Good luck with your real interviews!<br>&mdash; The Pairloop team"])
    mail(c, "01-pairloop-matched.eml", frm="Pairloop <sessions@pairloop.example>", to=ME,
         subject="Interview scheduled: System Design practice with Dmitri S. - Thu Feb 26, 8:00 PM",
         date=stamp, msgid="<sess-55102-match@pairloop.example>", text=t1, html=html,
         attach=[(cal, "text", "calendar", "pairloop-session.ics")], received_from="mta-03.pairloop.example")
    t2 = ("Your interview starts in 1 hour.\n\nSystem Design practice with Dmitri S.\nToday at 8:00 PM EST\n\n"
          "Your question to ask when you are the interviewer:\n\"Design a URL shortener that handles 10k writes/sec.\"\n"
          "Don't share it with your peer before the session!\n\nJoin room: https://pairloop.example/room/55102\n")
    mail(c, "02-pairloop-one-hour.eml", frm="Pairloop <sessions@pairloop.example>", to=ME,
         subject="Starting soon: your practice interview at 8:00 PM", date=T(TOR, 2026, 2, 26, 19, 0, 2),
         msgid="<sess-55102-rem1h@pairloop.example>", text=t2, received_from="mta-01.pairloop.example")
    neg_label(c, "hard", "negative/mock-interview-peer",
              "Peer-practice platform booking + reminder ('Interview scheduled', 'candidate', .ics with time). "
              "Mock interview, not a hiring process.")


def case10():
    c = f"{PREFIX}-10-paid-interview-coaching"
    coach = "renata@offerlanecoaching.example"
    s = T(TOR, 2026, 3, 18, 12, 0)
    e = s + timedelta(hours=1)
    stamp = T(TOR, 2026, 3, 13, 22, 40, 0)
    cal = simple_ics("bookwell-7731-offerlane@bookwell.example", stamp, s, e,
                     "Interview Coaching: Behavioural + Salary (60 min) - Renata Kaur",
                     "Booked by Keon Marchetti. Paid: CA$169.50 (incl. HST).\nZoom: https://zoom.example/j/5512093381",
                     "Zoom", "Renata Kaur", coach, "-//Bookwell//Scheduler//EN", method="REQUEST", tzid=True,
                     attendees=[attendee("Renata Kaur", coach, "ACCEPTED"), attendee(OWNER_NAME, OWNER)])
    t1 = ("Hi Keon,\n\nYour booking is confirmed.\n\nInterview Coaching: Behavioural + Salary (60 min)\n"
          "with Renata Kaur, Offerlane Coaching\nWednesday, March 18, 2026 at 12:00 PM (noon) Eastern Time\n"
          "Zoom: https://zoom.example/j/5512093381\n\nPayment received: CA$169.50 (CA$150.00 + HST CA$19.50)\n"
          "Receipt #OL-2026-0318\n\nCancellation policy: full refund up to 24 hours before your session.\n\n"
          "Powered by Bookwell\n")
    id1 = "<bk-7731-confirm@bookwell.example>"
    mail(c, "01-bookwell-coaching-booked.eml", frm="Offerlane Coaching via Bookwell <bookings@bookwell.example>",
         reply_to=f"Renata Kaur <{coach}>", to=ME, subject="Booked: Interview Coaching with Renata Kaur on Wed, Mar 18",
         date=stamp, msgid=id1, text=t1, attach=[(cal, "text", "calendar", "booking.ics")],
         received_from="out.bookwell.example")
    t2 = ("Hi Keon,\n\nThanks for booking! To make the most of our hour on Wednesday:\n\n"
          "1. Send me the job description for the role you're interviewing for next week.\n"
          "2. Write down 3 STAR stories (conflict, failure, a project you led).\n"
          "3. Have your target salary range and your walk-away number ready - we'll role-play the recruiter "
          "call.\n\nI'll play the hiring manager for the first half and give you candid feedback after.\n\n"
          "Warmly,\nRenata Kaur, CPCC\nInterview & Career Coach | Offerlane Coaching\n(416) 555-0109 | "
          "offerlanecoaching.example\n")
    mail(c, "02-renata-prep-notes.eml", frm=f"Renata Kaur <{coach}>", to=ME,
         subject="Prep for our coaching session", date=T(TOR, 2026, 3, 14, 9, 12, 0),
         msgid="<CAO1renata0314@offerlanecoaching.example>", text=t2)
    neg_label(c, "hard", "negative/paid-coaching",
              "Paid interview-coaching booking (scheduling vendor, .ics, coach plays hiring manager). Not a job interview.")


def case11():
    c = f"{PREFIX}-11-network-recruiter-viewed-profile-digest"
    html = html_wrap([
        '<span style="font-size:20px">Keon, you appeared in <b>23 searches</b> this week</span>',
        "<b>A recruiter at Stoneharbor Analytics viewed your profile</b><br>Talent Acquisition Lead &middot; "
        "Toronto<br><a href=\"https://proflux.example/r/view/88120\">See who&#39;s looking</a>",
        "<b>2 other recruiters</b> viewed your profile. Upgrade to Proflux Premium to see all viewers.",
        "Searchers found you through: <i>Backend Developer</i>, <i>Go</i>, <i>PostgreSQL</i>",
        "<b>Be interview-ready</b><br>Members who add a featured project get 2&times; more recruiter messages. "
        "Turn on <b>Open to Work</b> so recruiters can schedule a call with you faster.",
        "<b>Jobs you may be interested in</b><br>Senior Backend Developer &middot; Halcyon Freight &middot; "
        "Toronto (Hybrid)<br>Backend Engineer II &middot; Corvane Health &middot; Remote",
        '<span style="color:#888;font-size:11px">This email was intended for Keon Marchetti (Backend Developer). '
        "You are receiving Profile Views emails. Unsubscribe &middot; Proflux Corporation, 1000 Example Way, "
        "Sunnyvale, CA</span>"])
    mail(c, "01-proflux-weekly-views.eml", frm="Proflux <notifications-noreply@proflux.example>", to=ME,
         subject="Keon, a recruiter at Stoneharbor Analytics viewed your profile", date=T(TOR, 2026, 3, 2, 7, 31, 0),
         msgid="<1940152233.88120.1772454660@proflux.example>", html=html, html_only=True, html_cte="quoted-printable",
         received_from="mailb-ec.proflux.example", extra=[("List-Unsubscribe", "<https://proflux.example/u/88120>")])
    neg_label(c, "medium", "negative/network-digest",
              "Professional-network weekly 'a recruiter viewed your profile' digest (HTML-only) with job suggestions.")


def case12():
    c = f"{PREFIX}-12-jobboard-employer-viewed-application"
    t1 = ("Good news, Keon!\n\nHalcyon Freight viewed your application\n\nSenior Backend Developer\n"
          "Halcyon Freight - Mississauga, ON (Hybrid)\nApplied on Feb 27, 2026 · Viewed Mar 5, 2026 at 2:14 PM\n\n"
          "What happens next?\nEmployers on WorkNorth usually reach out to candidates within 7-10 days if they "
          "want to schedule an interview. Keep an eye on your inbox and phone.\n\n"
          "Boost your chances\n- Answer Halcyon Freight's screening questions (2 remaining)\n"
          "- Take the free 'Backend fundamentals' skills assessment\n\n"
          "View application: https://worknorth.example/myjobs/applied/8830217\n\n"
          "You're receiving this because you applied on WorkNorth. Manage alerts: https://worknorth.example/prefs\n"
          "WorkNorth Jobs ULC, 155 Wellington St W, Toronto, ON\n")
    html = html_wrap(["Good news, Keon!", "<b>Halcyon Freight viewed your application</b>",
                      "Senior Backend Developer<br>Halcyon Freight &ndash; Mississauga, ON (Hybrid)<br>"
                      "Applied on Feb 27, 2026 &middot; Viewed Mar 5, 2026 at 2:14 PM",
                      "<b>What happens next?</b><br>Employers on WorkNorth usually reach out to candidates within 7-10 "
                      "days if they want to schedule an interview.",
                      '<a href="https://worknorth.example/myjobs/applied/8830217">View application</a>'])
    mail(c, "01-worknorth-application-viewed.eml", frm="WorkNorth <alerts@worknorth.example>", to=ME,
         subject="An employer viewed your application - Senior Backend Developer", date=T(TOR, 2026, 3, 5, 14, 20, 7),
         msgid="<app-8830217-viewed@worknorth.example>", text=t1, html=html, received_from="smtp3.worknorth.example")
    neg_label(c, "medium", "negative/job-board-status",
              "Job-board 'employer viewed your application' notice with 'schedule an interview' wording and a timestamp.")


def case13():
    c = f"{PREFIX}-13-company-reviews-interview-digest"
    t1 = ("Interview reviews for Corvane Health\n\nYou follow Corvane Health. Here's what candidates shared this week.\n\n"
          "★★★★☆  Backend Developer interview - Montréal, QC\n"
          "\"Applied online. Recruiter phone screen on a Tuesday at 2pm, about 30 minutes. A week later a 60 minute "
          "technical interview with two engineers - live coding (merge intervals) plus questions about REST vs "
          "gRPC. Final round was a panel with the director. Got an offer after 3 weeks.\"\n"
          "Interview difficulty: Average · Experience: Positive\n\n"
          "★★★☆☆  Senior Software Engineer interview - Remote\n"
          "\"Scheduling took forever. The hiring manager call was moved twice. System design: design a claims "
          "intake service. Never heard back after the onsite.\"\n"
          "Interview difficulty: Difficult · Experience: Negative\n\n"
          "Interview questions asked at Corvane Health\n- How would you make a payment webhook idempotent?\n"
          "- Tell me about a time you disagreed with a technical decision.\n\n"
          "See all 41 interview reviews: https://hirescope.example/Interview/Corvane-Health-E30117.htm\n\n"
          "Hirescope · You're receiving this because you follow companies. Unsubscribe: https://hirescope.example/u\n")
    html = html_wrap(["<h2>Interview reviews for Corvane Health</h2>",
                      "&#9733;&#9733;&#9733;&#9733;&#9734; <b>Backend Developer interview</b> &ndash; Montr&eacute;al, QC<br>"
                      "&ldquo;Applied online. Recruiter phone screen on a Tuesday at 2pm, about 30 minutes. A week later a 60 "
                      "minute technical interview with two engineers&hellip;&rdquo;",
                      "&#9733;&#9733;&#9733;&#9734;&#9734; <b>Senior Software Engineer interview</b> &ndash; Remote<br>"
                      "&ldquo;Scheduling took forever. The hiring manager call was moved twice&hellip;&rdquo;",
                      '<a href="https://hirescope.example/Interview/Corvane-Health-E30117.htm">See all 41 interview reviews</a>'])
    mail(c, "01-hirescope-interview-reviews.eml", frm="Hirescope Community <community@hirescope.example>", to=ME,
         subject="New interview reviews for Corvane Health", date=T(TOR, 2026, 3, 6, 6, 2, 40),
         msgid="<hs-digest-20260306-e30117@hirescope.example>", text=t1, html=html, received_from="send.hirescope.example")
    neg_label(c, "hard", "negative/company-review-digest",
              "Company-review site digest quoting other candidates' interviews with times/durations. Not the owner's.")


def case14():
    c = f"{PREFIX}-14-coding-contest-reminder"
    s = T(TOR, 2026, 3, 14, 12, 0)
    e = s + timedelta(minutes=90)
    stamp = T(TOR, 2026, 3, 13, 12, 0, 0)
    cal = simple_ics("coderally-spring-sprint-2026@coderally.example", stamp, s, e, "CodeRally Spring Sprint 2026",
                     "90-minute online contest. 4 problems. https://coderally.example/contests/spring-sprint-2026",
                     "https://coderally.example/contests/spring-sprint-2026", "CodeRally", "contests@coderally.example",
                     "-//CodeRally//Contests//EN")
    t1 = ("Hi keonm,\n\nThe CodeRally Spring Sprint starts TOMORROW.\n\nStart: Saturday, March 14, 2026 - 12:00 PM EDT "
          "(16:00 UTC)\nDuration: 90 minutes · 4 problems · Languages: any\n\n"
          "Hiring partners this season: Stoneharbor Analytics, Halcyon Freight and 6 more. The top 50 "
          "candidates who opt in will be shared with partners, who may invite you to interview.\n\n"
          "Tip: clocks changed last weekend in North America - double-check your local start time.\n\n"
          "Enter the contest: https://coderally.example/contests/spring-sprint-2026\n\n"
          "Happy coding!\nThe CodeRally Team\n")
    mail(c, "01-coderally-starts-tomorrow.eml", frm="CodeRally <no-reply@coderally.example>", to=ME,
         subject="Reminder: Spring Sprint starts tomorrow at 12:00 PM EDT", date=T(TOR, 2026, 3, 13, 12, 0, 3),
         msgid="<contest-ss26-reminder-keonm@coderally.example>", text=t1,
         attach=[(cal, "text", "calendar", "spring-sprint.ics")], received_from="mail.coderally.example")
    neg_label(c, "medium", "negative/coding-contest",
              "Coding-contest reminder with a time, .ics and 'candidates ... invite you to interview' - not an interview.")


def case15():
    c = f"{PREFIX}-15-career-centre-resume-review"
    adv = "jpelletier@lakeshorepoly.example"
    subj = "Resume Review Appointment - Keon Marchetti (Alumni)"
    s = T(TOR, 2026, 2, 20, 11, 0)
    exchange_invite(c, "01-resume-review-invite.eml", org_name="Joanne Pelletier", org_addr=adv,
                    to_list=[(OWNER_NAME, OWNER)], subject=subj, sent=T(TOR, 2026, 2, 12, 14, 27, 0),
                    msgid="<YQBPR0101MB7713C2@YQBPR0101MB7713.CANPRD01.PROD.OUTLOOK.EXAMPLE>", start=s,
                    end=s + timedelta(minutes=30), seq=0,
                    uid="040000008200E00074C5B7101A82E00800000000B19F4E2C4C9CDC01000000000000000010000000LPCC0220",
                    body_lines=["Hi Keon,", "",
                                "Thanks for booking a resume review through Alumni Career Services. We'll go over "
                                "your resume and LinkedIn profile and talk about how to present your projects in "
                                "upcoming interviews. Please bring a job posting you're targeting.", "",
                                "If you'd also like a practice interview, you can book a separate mock interview "
                                "appointment on CareerLink.", "",
                                "Joanne Pelletier, CCDP", "Career Advisor, Alumni Career Services",
                                "Lakeshore Polytechnic | Room B-214, 3199 Lake Shore Blvd W, Toronto | 416-555-0150 ext. 3321"],
                    location="Alumni Career Services, Room B-214 (or MS Teams on request)")
    neg_label(c, "medium", "negative/career-centre",
              "Alumni career-centre resume review as an Exchange invite; mentions interviews and mock interviews.")


def case16():
    c = f"{PREFIX}-16-recruiter-availability-no-time-agreed"
    dev_addr = "dev.chaudhry@halcyonfreight.example"
    dev = f"Dev Chaudhry <{dev_addr}>"
    sig = ("Dev Chaudhry\nTechnical Recruiter | Halcyon Freight\n6750 Century Ave, Mississauga, ON L5N 2V8\n"
           "905-555-0177\n")
    t1 = ("Hi Keon,\n\nThanks for your application to the Senior Backend Developer role. The team enjoyed your "
          "profile and we'd like to move you forward to a 45-minute technical interview with our platform team.\n\n"
          "Could you share 3-4 windows of availability next week (Mon Mar 30 - Fri Apr 3), between 10am and 4pm "
          "ET? Once I have them I'll line up the interviewers and send a calendar invite.\n\nThanks!\n" + sig)
    id1 = "<CAHfr8Kq1avail@halcyonfreight.example>"
    mail(c, "01-dev-share-availability.eml", frm=dev, to=ME, subject="Halcyon Freight - scheduling your technical interview",
         date=T(TOR, 2026, 3, 24, 16, 5, 0), msgid=id1, text=t1)
    t2 = ("Hi Dev,\n\nGreat to hear from you! Here's my availability next week (all Eastern):\n\n"
          "- Tue Mar 31: 10:30am - 12:00pm\n- Wed Apr 1: any time after 2pm\n- Thu Apr 2: 10am - 4pm\n\n"
          "Looking forward to it.\n\nKeon\n" + SIG_ME + "\nOn Tue, Mar 24, 2026 at 4:05 PM Dev Chaudhry "
          f"<{dev_addr}> wrote:\n" + quote(t1) + "\n")
    id2 = "<CAM9k3v7Av2x@mail.example.com>"
    mail(c, "02-keon-windows.eml", frm=ME, to=dev, subject="Re: Halcyon Freight - scheduling your technical interview",
         date=T(TOR, 2026, 3, 24, 18, 30, 0), msgid=id2, text=t2, in_reply_to=id1, references=id1)
    t3 = ("Thanks Keon - got it. I'm checking with the panel now and will send over an invite once I've "
          "matched one of your windows. It may take a couple of days since two of them are at a conference.\n\n" + sig)
    mail(c, "03-dev-checking-with-panel.eml", frm=dev, to=ME,
         subject="Re: Halcyon Freight - scheduling your technical interview", date=T(TOR, 2026, 3, 25, 9, 10, 0),
         msgid="<CAHfr8Kq2avail@halcyonfreight.example>", text=t3, in_reply_to=id2, references=f"{id1} {id2}")
    neg_label(c, "hard", "negative/availability-request",
              "Recruiter asks for availability, owner proposes windows, recruiter is still checking - no time agreed.")


def case17():
    c = f"{PREFIX}-17-therapist-intake-interview"
    s = T(TOR, 2026, 3, 5, 17, 30)
    stamp = T(TOR, 2026, 2, 27, 10, 3, 0)
    cal = simple_ics("clinicfy-appt-20931@clinicfy.example", stamp, s, s + timedelta(minutes=50),
                     "Initial Intake Interview - Dr. Aurélie Benoit, RP",
                     "Northshore Counselling Collective\n2 Bloor St W, Suite 700, Toronto", "2 Bloor St W, Suite 700, Toronto",
                     "Northshore Counselling Collective", "appointments@northshorecounselling.example",
                     "-//Clinicfy//Appointments//EN", tzid=True)
    t1 = ("Hi Keon,\n\nYour appointment is confirmed.\n\nInitial Intake Interview (50 min)\nwith Dr. Aurélie Benoit, "
          "Registered Psychotherapist\nThursday, March 5, 2026 at 5:30 PM\n\nNorthshore Counselling Collective\n"
          "2 Bloor St W, Suite 700, Toronto, ON M4W 3E2\n\nDuring the intake interview we'll talk about what brings "
          "you in (you mentioned job-search stress and sleep), your history and goals, and decide together on "
          "a plan. Please complete the intake forms at least 24 hours before your appointment.\n\n"
          "Late cancellation fee: $90 if cancelled with less than 24 hours notice.\n\n"
          "To manage your appointment, visit https://northshore.clinicfy.example/my-appointments\n")
    mail(c, "01-clinicfy-intake-confirmed.eml",
         frm="Northshore Counselling Collective <appointments@northshorecounselling.example>", to=ME,
         subject="Appointment confirmed: Initial Intake Interview on Thursday, March 5", date=stamp,
         msgid="<appt-20931-confirm@clinicfy.example>", text=t1, attach=[(cal, "text", "calendar", "appointment.ics")],
         received_from="mail.clinicfy.example")
    neg_label(c, "hard", "negative/therapy-appointment",
              "Therapist 'initial intake interview' appointment with time, .ics and job-search wording.")


def case18():
    c = f"{PREFIX}-18-apartment-viewing-tenant-interview"
    pm_addr = "leasing@galloway-residences.example"
    t1 = ("Hi Keon,\n\nThanks for your inquiry about Unit 4 at 88 Galloway Ave (2 bed / 1 bath, $2,650/mo).\n\n"
          "Your viewing is booked for Saturday, March 7 at 11:00 am. Please buzz 004 at the front door; I'll "
          "meet you in the lobby. Viewings are 20 minutes.\n\nIf you'd like to apply after seeing the unit, bring:\n"
          "- photo ID\n- proof of income (recent pay stubs or an offer letter)\n- a credit report\n\n"
          "Shortlisted applicants are invited to a short tenant interview with the owner before we make a "
          "decision - it's informal, mostly about move-in date and references.\n\n"
          "Regards,\nMarisol Quintero\nLeasing Coordinator, Galloway Residences\n(416) 555-0102\n")
    id1 = "<GR-viewing-0307-u4@galloway-residences.example>"
    mail(c, "01-viewing-booked.eml", frm=f"Marisol Quintero <{pm_addr}>", to=ME,
         subject="Viewing confirmed - 88 Galloway Ave, Unit 4 - Sat Mar 7, 11am", date=T(TOR, 2026, 3, 3, 17, 48, 0),
         msgid=id1, text=t1)
    t2 = ("Hi Marisol,\n\nThanks, see you Saturday at 11. I'm currently between jobs and interviewing - would a "
          "letter from my bank showing savings work in place of pay stubs?\n\nKeon\n\n"
          "On Tue, Mar 3, 2026 at 5:48 PM Marisol Quintero <leasing@galloway-residences.example> wrote:\n" + quote(t1) + "\n")
    id2 = "<CAM9k3v7Ap7v@mail.example.com>"
    mail(c, "02-keon-see-you-saturday.eml", frm=ME, to=f"Marisol Quintero <{pm_addr}>",
         subject="Re: Viewing confirmed - 88 Galloway Ave, Unit 4 - Sat Mar 7, 11am", date=T(TOR, 2026, 3, 3, 20, 2, 0),
         msgid=id2, text=t2, in_reply_to=id1, references=id1)
    t3 = ("Hi Keon, yes, a bank letter plus a guarantor usually works. See you Saturday!\n\nMarisol\n")
    mail(c, "03-marisol-bank-letter-ok.eml", frm=f"Marisol Quintero <{pm_addr}>", to=ME,
         subject="Re: Viewing confirmed - 88 Galloway Ave, Unit 4 - Sat Mar 7, 11am", date=T(TOR, 2026, 3, 4, 8, 15, 0),
         msgid="<GR-viewing-0307-u4-r2@galloway-residences.example>", text=t3, in_reply_to=id2,
         references=f"{id1} {id2}")
    neg_label(c, "hard", "negative/apartment-viewing",
              "Apartment viewing booked with time; mentions 'tenant interview', offer letter and owner interviewing.")


def case19():
    c = f"{PREFIX}-19-car-service-appointment"
    s = T(TOR, 2026, 3, 16, 7, 30)
    stamp = T(TOR, 2026, 3, 10, 12, 51, 0)
    cal = simple_ics("dmah-ro-55917@donmillsautohaus.example", stamp, s, s + timedelta(hours=2),
                     "Service appointment - Don Mills Autohaus (2019 Civic)",
                     "Service Advisor: Curtis Yip\nServices: 48,000 km maintenance, tire swap (winter to all-season)",
                     "1170 Don Mills Rd, Toronto, ON", "Don Mills Autohaus Service", "service@donmillsautohaus.example",
                     "-//Don Mills Autohaus//Service Scheduler//EN", tzid=True)
    t1 = ("Hello Keon,\n\nThank you for scheduling with Don Mills Autohaus.\n\nAPPOINTMENT DETAILS\n"
          "Date: Monday, March 16, 2026\nTime: 7:30 AM (drop-off)\nVehicle: 2019 Honda Civic LX\n"
          "Service Advisor: Curtis Yip, (416) 555-0185\nServices: 48,000 km maintenance, seasonal tire swap\n"
          "Transportation: Shuttle to Don Mills subway requested\n\n"
          "Please allow approximately 2 hours. Your advisor will call you with a multi-point inspection report "
          "before any additional work is performed.\n\nNeed to reschedule? Reply to this email or call us.\n\n"
          "Don Mills Autohaus - 1170 Don Mills Rd, Toronto, ON M3B 2W3\n")
    mail(c, "01-service-appointment-confirmed.eml", frm="Don Mills Autohaus Service <service@donmillsautohaus.example>",
         to=ME, subject="Your service appointment is confirmed - Mon, Mar 16 at 7:30 AM", date=stamp,
         msgid="<ro-55917-appt@donmillsautohaus.example>", text=t1, attach=[(cal, "text", "calendar", "appointment.ics")],
         received_from="mailer.dealerconnect.example")
    neg_label(c, "easy", "negative/car-service", "Dealership service appointment with advisor, time and .ics.")


def case20():
    c = f"{PREFIX}-20-jury-summons-juror-interview"
    t1 = ("LAKESHORE DISTRICT COURT - JURY MANAGEMENT OFFICE\n\nSUMMONS TO ATTEND AS A JUROR\n\n"
          "Juror number: 2026-0413-1187\nName: KEON MARCHETTI\n\n"
          "You are summoned to attend for jury selection on:\n\n  Monday, April 13, 2026 at 8:30 a.m.\n"
          "  Lakeshore District Courthouse, Jury Assembly Room (2nd floor)\n  361 University Ave, Toronto\n\n"
          "Prospective jurors may be called individually for a brief juror interview with the judge and "
          "counsel (challenge for cause). Candidates not selected are usually released the same day.\n\n"
          "Employment: your employer must give you time off for jury duty. If you are attending a job interview "
          "or starting new employment, you may request a deferral online before April 3, 2026.\n\n"
          "Confirm your attendance or request a deferral: https://jury.lakeshorecourts.example/respond\n\n"
          "This is an official notice. Failure to attend without lawful excuse may result in a fine.\n")
    mail(c, "01-jury-summons.eml", frm="Jury Management Office <jury.office@lakeshorecourts.example>", to=ME,
         subject="Jury Summons - Attendance required Monday, April 13, 2026", date=T(TOR, 2026, 3, 10, 9, 0, 0),
         msgid="<summons-2026-0413-1187@lakeshorecourts.example>", text=t1, received_from="relay.lakeshorecourts.example")
    neg_label(c, "medium", "negative/jury-duty",
              "Jury summons with a date/time, 'juror interview', 'candidates' and job-interview deferral wording.")


def case21():
    c = f"{PREFIX}-21-volunteer-shift-signup"
    s = T(TOR, 2026, 3, 21, 9, 30)
    e = T(TOR, 2026, 3, 21, 12, 30)
    stamp = T(TOR, 2026, 3, 15, 19, 22, 0)
    cal = simple_ics("shiftkind-8812-0321-sort@shiftkind.example", stamp, s, e,
                     "Volunteer shift: Warehouse Sort - Harbourfront Community Food Bank",
                     "New volunteers: 15-min orientation interview with the volunteer coordinator at 9:00 AM.",
                     "45 Queens Quay Loading Dock B, Toronto", "ShiftKind", "no-reply@shiftkind.example",
                     "-//ShiftKind//Volunteer Shifts//EN", tzid=True)
    t1 = ("Thanks for signing up, Keon!\n\nHarbourfront Community Food Bank\nWarehouse Sort\n"
          "Saturday, March 21, 2026 · 9:30 AM - 12:30 PM\n45 Queens Quay, Loading Dock B\n\n"
          "First time volunteering with us? Please arrive at 9:00 AM for a 15-minute orientation interview with our "
          "volunteer coordinator, Priyanka (we ask a few questions about your availability and any lifting "
          "restrictions) and bring closed-toe shoes.\n\nCan't make it? Please cancel at least 48 hours ahead so we "
          "can fill your spot: https://shiftkind.example/s/8812\n\nShiftKind - scheduling for volunteer teams\n")
    mail(c, "01-shiftkind-signup.eml", frm="Harbourfront Community Food Bank via ShiftKind <no-reply@shiftkind.example>",
         to=ME, subject="You're signed up: Warehouse Sort on Sat, Mar 21", date=stamp,
         msgid="<signup-8812-0321@shiftkind.example>", text=t1, attach=[(cal, "text", "calendar", "shift.ics")],
         received_from="smtp.shiftkind.example")
    neg_label(c, "medium", "negative/volunteer-shift",
              "Volunteer shift sign-up with .ics and an 'orientation interview' for new volunteers.")


def case22():
    c = f"{PREFIX}-22-friend-practice-questions-coffee"
    tom_addr = "tomas.whitfield@mail.example"
    tom = f"Tomás Whitfield <{tom_addr}>"
    t1 = ("yo Keon,\n\nheard from Ama you've got the Brightwater final coming up - congrats!! want me to grill you "
          "on some system design / behavioural interview questions beforehand? I sat on our hiring panel "
          "like 30 times last year so I know the usual suspects.\n\ncoffee at Kettle & Crane on Dundas, Sunday "
          "at 2? my treat\n\nT\n")
    id1 = "<CAK7tw+practice1@mail.example>"
    mail(c, "01-tomas-want-to-practise.eml", frm=tom, to=ME, subject="interview practice?",
         date=T(TOR, 2026, 3, 18, 21, 37, 0), msgid=id1, text=t1, text_cte="7bit")
    t2 = ("Tomás you legend. Yes please - Sunday 2pm at Kettle & Crane works. I'll bring my notes on the "
          "payments design I want to talk through.\n\nK\n\nOn Wed, Mar 18, 2026 at 9:37 PM Tomás Whitfield "
          f"<{tom_addr}> wrote:\n" + quote(t1) + "\n")
    id2 = "<CAM9k3v7Cf4e@mail.example.com>"
    mail(c, "02-keon-yes-please.eml", frm=ME, to=tom, subject="Re: interview practice?",
         date=T(TOR, 2026, 3, 18, 22, 5, 0), msgid=id2, text=t2, in_reply_to=id1, references=id1)
    s = T(TOR, 2026, 3, 22, 14, 0)
    e = s + timedelta(minutes=90)
    stamp = T(TOR, 2026, 3, 18, 22, 20, 0)
    cal = ics_bytes(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utc(s)}", f"DTEND:{utc(e)}",
                     f"DTSTAMP:{utc(stamp)}", f"ORGANIZER;CN=Tomás Whitfield:mailto:{tom_addr}",
                     "UID:2h8fj3kettlecrane0322x@google.com",
                     attendee("Tomás Whitfield", tom_addr, "ACCEPTED"), attendee(OWNER, OWNER),
                     "DESCRIPTION:" + esc("mock interview practice ☕ - bring a notebook"),
                     "LOCATION:" + esc("Kettle & Crane, 1021 Dundas St W, Toronto"), "SEQUENCE:0", "STATUS:CONFIRMED",
                     "SUMMARY:" + esc("Interview prep w/ Keon ☕"), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    text = ("Interview prep w/ Keon ☕\nSunday Mar 22, 2026 ⋅ 2pm – 3:30pm\nEastern Time - Toronto\n\n"
            "Kettle & Crane, 1021 Dundas St W, Toronto\n\nmock interview practice ☕ - bring a notebook\n\n"
            f"Organizer\nTomás Whitfield\n{tom_addr}\n\nGuests\nTomás Whitfield - organizer\n{OWNER}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    mail(c, "03-invitation-interview-prep.eml", frm=tom, to=OWNER,
         subject=f"Invitation: Interview prep w/ Keon ☕ @ Sun Mar 22, 2026 2pm - 3:30pm (EDT) ({OWNER})",
         date=stamp, msgid="<calendar-1e9b7c55-0a2d-4f3e-bb11-kettlecrane01@google.com>", text=text,
         text_cte="base64", sender="Google Calendar <calendar-notification@google.com>", reply_to=tom, cal=cal,
         attach=[(cal, "application", "ics", "invite.ics")], received_from="mail-sor-f41.google.com")
    neg_label(c, "hard", "negative/friend-mock-practice",
              "Friend offers to practise interview questions over coffee; agreed time and a Google invite titled "
              "'Interview prep'. Mock practice, not a hiring-process interview.")


# ================================================================== main
def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith(PREFIX + "-"):
            shutil.rmtree(p)
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative)")


if __name__ == "__main__":
    main()
