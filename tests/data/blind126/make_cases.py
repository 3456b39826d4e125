#!/usr/bin/env python3
"""Deterministic generator for the blind126 interview-detection set.

Theme: a mobile developer in Jakarta (WIB, UTC+7) applying to Indonesian, Singapore,
Malaysian, Sydney and US-remote companies; mail in Bahasa Indonesia and English.
All people, companies and domains are invented (.example / example.com).

Run:  python make_cases.py      (rewrites every b126-* folder and labels.yaml)
Only stdlib + PyYAML + zoneinfo.
"""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
JKT = ZoneInfo("Asia/Jakarta")
SGT = ZoneInfo("Asia/Singapore")
KUL = ZoneInfo("Asia/Kuala_Lumpur")
SYD = ZoneInfo("Australia/Sydney")
LAX = ZoneInfo("America/Los_Angeles")

USER = "putri.anggraini@example.com"
USER_NAME = "Putri Anggraini"
USER_FULL = f"{USER_NAME} <{USER}>"

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]


def t(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def idn(dt):
    """'Kamis, 12 Maret 2026'"""
    return f"{HARI[dt.weekday()]}, {dt.day} {BULAN[dt.month]} {dt.year}"


def hm(dt):
    """'14.00' (Indonesian style)"""
    return f"{dt.hour:02d}.{dt.minute:02d}"


def en_day(dt):
    return dt.strftime("%A")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


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


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Asia/Jakarta": ["BEGIN:VTIMEZONE", "TZID:Asia/Jakarta", "X-LIC-LOCATION:Asia/Jakarta",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:WIB",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Kuala_Lumpur": ["BEGIN:VTIMEZONE", "TZID:Asia/Kuala_Lumpur",
                          "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                          "TZNAME:+08", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Australia/Sydney": ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney",
                         "BEGIN:STANDARD", "DTSTART:19700405T030000",
                         "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "TZOFFSETFROM:+1100",
                         "TZOFFSETTO:+1000", "TZNAME:AEST", "END:STANDARD",
                         "BEGIN:DAYLIGHT", "DTSTART:19701004T020000",
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "TZOFFSETFROM:+1000",
                         "TZOFFSETTO:+1100", "TZNAME:AEDT", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
                                "BEGIN:STANDARD", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
                                "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT",
                                "END:VTIMEZONE"],
    "SE Asia Standard Time": ["BEGIN:VTIMEZONE", "TZID:SE Asia Standard Time",
                              "BEGIN:STANDARD", "DTSTART:16010101T000000",
                              "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                              "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:DAYLIGHT",
                              "END:VTIMEZONE"],
}


def att(email, name=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    cn = f";CN={name}" if name else f";CN={email}"
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
            f"{cn}:mailto:{email}")


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, seq=0, method="REQUEST",
           description=None, location=None, tzid=None, prodid="-//Google Inc//Google Calendar 70.9054//EN",
           status="CONFIRMED", extra=(), allday=False):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tzid:
        lines += VTZ[tzid]
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines.append(f"DTSTART;TZID={tzid}:{ics_local(start)}")
        if end is not None:
            lines.append(f"DTEND;TZID={tzid}:{ics_local(end)}")
    else:
        lines.append(f"DTSTART:{ics_utc(start)}")
        if end is not None:
            lines.append(f"DTEND:{ics_utc(end)}")
    lines.append(f"DTSTAMP:{ics_utc(stamp)}")
    oname, oemail = organizer
    lines.append(f"ORGANIZER;CN={oname}:mailto:{oemail}")
    lines.append(f"UID:{uid}")
    for a in attendees:
        lines.append(a)
    lines.append(f"CREATED:{ics_utc(stamp - timedelta(minutes=3))}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    lines.append(f"LAST-MODIFIED:{ics_utc(stamp)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    lines.append("TRANSP:OPAQUE")
    lines += list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


# ---------------------------------------------------------------- e-mail helpers
_MID = [0]


def mid(domain):
    _MID[0] += 1
    return f"<b126.{_MID[0]:03d}.{abs(hash_str(domain)) % 10**8:08d}@{domain}>"


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**31)
    return h


def email(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", cc=None,
          reply_to=None, msg_id=None, in_reply_to=None, references=None, headers=(),
          delivered_to=USER, cal=None, cal_method="REQUEST", attach_ics=None,
          attach_name="invite.ics", exchange=False, html_cte=None):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    m["Received"] = (f"from mx.mail.example (mx.mail.example [198.51.100.24]) by mailbox.example.com "
                     f"with ESMTPS; {format_datetime(date.astimezone(UTC))}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msg_id or mid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method},
                          cte="base64" if exchange else "7bit")
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    return m


CASES = {}   # id -> list of (filename, bytes)
LABELS = {}


def add_case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = dict(user=USER, **label)


def eml(name, m):
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"b126_{hash_str(name) % 10**9:09d}_{i:02d}_{hash_str(part.get_content_subtype())}")
    return (name, m.as_bytes(policy=policy.default.clone(max_line_length=998)))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return dict(company=company, role=role, start=start.isoformat(),
                end=end.isoformat() if end else None, status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(followup),
                kind=kind)


def sig_id(name, title, company, phone, addr):
    return f"\n\nSalam,\n\n{name}\n{title}\n{company}\n{addr}\nTelp. {phone}\n"


# =================================================================== CASES
def case01():
    cid = "b126-01-tokolaris-undangan-interview-hr"
    d0 = t(2026, 3, 9, 10, 15, JKT)
    st, en = t(2026, 3, 12, 14, 0, JKT), t(2026, 3, 12, 14, 45, JKT)
    hr = "ratna.sari@tokolaris.example"
    m1id = "<CAHr7x-0f1a@mail.tokolaris.example>"
    body = (
        "Dengan hormat,\n\nSdri. Putri Anggraini,\n\n"
        "Terima kasih atas lamaran yang telah Saudari kirimkan untuk posisi Android Developer "
        "di PT Tokolaris Niaga Indonesia. Berdasarkan hasil seleksi administrasi, dengan ini kami "
        "mengundang Saudari untuk mengikuti tahap wawancara HR yang akan dilaksanakan pada:\n\n"
        f"Hari/Tanggal : {idn(st)}\n"
        f"Waktu        : pukul {hm(st)} - {hm(en)} WIB\n"
        "Media        : Google Meet (https://meet.google.com/tkl-qwer-hrx)\n"
        "Pewawancara  : Ratna Sari (HR Business Partner)\n\n"
        "Mohon kesediaan Saudari untuk mengonfirmasi kehadiran dengan membalas email ini paling "
        "lambat H-1. Harap bergabung 5 menit sebelum jadwal dan menyiapkan koneksi internet yang stabil.\n\n"
        "Atas perhatian dan kerja samanya kami ucapkan terima kasih."
        + sig_id("Ratna Sari", "HR Business Partner", "PT Tokolaris Niaga Indonesia",
                 "+62 21 5550 0142 / +62 812-5550-7781",
                 "Menara Tokolaris Lt. 12, Jl. Prof. Dr. Satrio Kav. 18, Jakarta Selatan 12940")
    )
    m1 = email(frm=f"Ratna Sari <{hr}>", to=USER_FULL, date=d0, msg_id=m1id,
               subject="Undangan Interview HR - Android Developer - PT Tokolaris Niaga Indonesia",
               text=body, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    r = t(2026, 3, 9, 11, 2, JKT)
    quoted = "\n".join("> " + l for l in body.splitlines())
    reply = ("Selamat siang Ibu Ratna,\n\nTerima kasih atas undangannya. Saya konfirmasi bersedia hadir "
             f"pada {idn(st)} pukul {hm(st)} WIB melalui Google Meet.\n\nSalam,\nPutri Anggraini\n"
             "0857-5550-2231\n\n"
             f"Pada {idn(d0)} {hm(d0)}, Ratna Sari <{hr}> menulis:\n{quoted}\n")
    m2 = email(frm=USER_FULL, to=f"Ratna Sari <{hr}>", date=r, in_reply_to=m1id,
               subject="Re: Undangan Interview HR - Android Developer - PT Tokolaris Niaga Indonesia",
               text=reply, cte="8bit", headers=[("X-Mailer", "iPhone Mail (22D72)")])
    add_case(cid, [eml("01-undangan-interview-hr.eml", m1), eml("02-re-konfirmasi-hadir.eml", m2)], dict(
        interview=True,
        interviews=[iv("Tokolaris", "Android Developer", st, en, "scheduled", [hr], [hr], "phone_screen")],
        difficulty="easy", category="positive/email-body-only",
        notes="Formal Indonesian HR invitation (quoted-printable, Outlook) + candidate reply quoting it; "
              "HR BP conducts the HR interview herself.", source="synthetic"))


def case02():
    cid = "b126-02-kasira-interview-user-google-invite"
    rec = "nadia.putri@kasira.example"
    em = "bagus.hartono@kasira.example"
    st, en = t(2026, 3, 3, 10, 0, JKT), t(2026, 3, 3, 11, 0, JKT)
    d1 = t(2026, 2, 27, 15, 40, JKT)
    body1 = (
        "Hi Putri,\n\nSelamat! Kamu lolos ke tahap berikutnya untuk posisi Mobile Engineer (Flutter) "
        "di Kasira 🎉\n\nTahap berikutnya adalah interview user bersama Mas Bagus Hartono, Engineering "
        f"Manager tim Mobile. Jadwalnya {idn(st)}, jam 10 pagi WIB, durasi sekitar 1 jam via Google Meet. "
        "Undangan Google Calendar akan aku kirim terpisah ya.\n\n"
        "Di sesi ini Mas Bagus akan banyak ngobrol soal pengalaman project kamu sebelumnya, arsitektur "
        "app (state management, offline-first), dan cara kerja di tim. Tidak ada live coding.\n\n"
        "Kalau ada kendala waktu, kabari aku aja.\n\nThanks,\nNadia Putri\nTalent Acquisition | Kasira\n"
        "WA: +62 811-5550-3390\nkasira.example/careers\n")
    m1 = email(frm=f"Nadia Putri <{rec}>", to=USER_FULL, date=d1,
               subject="Kasira - Next step: Interview User (Mobile Engineer)", text=body1, cte="base64",
               headers=[("X-Mailer", "Gmail")])
    d2 = t(2026, 2, 27, 15, 46, JKT)
    title = "Interview User - Putri Anggraini - Mobile Engineer (Flutter)"
    desc = ("Interview user dengan Bagus (EM Mobile). Ngobrol santai soal pengalaman project, "
            "arsitektur app dan team fit.\n\nJoin with Google Meet: https://meet.google.com/ksr-bgus-mob")
    cal = vevent(uid="6q2mkasira0303bagus@google.com", start=st, end=en, summary=title,
                 organizer=("Nadia Putri", rec), stamp=d2, description=desc,
                 attendees=[att(rec, "Nadia Putri", partstat="ACCEPTED"), att(em, "Bagus Hartono"),
                            att(USER)],
                 extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/ksr-bgus-mob"])
    plain = (f"{title}\n{en_day(st)} {st:%b} {st.day}, 2026 ⋅ 10am – 11am\nWestern Indonesia Time - Jakarta\n\n"
             "Join with Google Meet\nhttps://meet.google.com/ksr-bgus-mob\n\nOrganizer\nNadia Putri\n"
             f"{rec}\n\nGuests\nNadia Putri - organizer\n{rec}\nBagus Hartono\n{em}\n{USER}\n\n"
             f"{desc.split(chr(10))[0]}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    html = ("<html><body><div style=\"font-family:Roboto,Arial\"><p><b>" + title + "</b><br>"
            f"{en_day(st)} {st:%b} {st.day}, 2026 ⋅ 10am – 11am<br>Western Indonesia Time - Jakarta</p>"
            "<p>Join with Google Meet<br><a href=\"https://meet.google.com/ksr-bgus-mob\">meet.google.com/ksr-bgus-mob</a></p>"
            f"<p>Guests<br>Nadia Putri - organizer<br>Bagus Hartono<br>{USER}</p></div></body></html>")
    m2 = email(frm=f"Nadia Putri <{rec}>", to=USER, date=d2, reply_to=f"Nadia Putri <{rec}>",
               subject=f"Invitation: {title} @ {st:%a} {st:%b} {st.day}, 2026 10am - 11am (WIB) ({USER})",
               text=plain, html=html, cal=cal, attach_ics=cal, cte="base64", html_cte="quoted-printable",
               headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add_case(cid, [eml("01-next-step-interview-user.eml", m1), eml("02-invitation-interview-user.eml", m2)], dict(
        interview=True,
        interviews=[iv("Kasira", "Mobile Engineer (Flutter)", st, en, "scheduled", [em], [em], "hiring_manager")],
        difficulty="medium", category="positive/dedupe",
        notes="'Interview user' = interview with the team's hiring manager (EM). Recruiter mail (base64, mixed "
              "Indonesian) + Google Calendar invite for the same slot: one interview. Recruiter only coordinates.",
        source="synthetic"))


def case03():
    cid = "b126-03-nusaraya-talentra-dijadwalkan-ulang"
    noreply = "notifikasi@talentra.example"
    hr = "fajar.nugroho@nusaraya.example"
    lead = "hendra.wijaya@nusaraya.example"
    st0, en0 = t(2026, 3, 11, 13, 0, JKT), t(2026, 3, 11, 14, 0, JKT)
    st1, en1 = t(2026, 3, 13, 9, 30, JKT), t(2026, 3, 13, 10, 30, JKT)
    d1 = t(2026, 3, 5, 9, 5, JKT)
    uid = "talentra-itv-88213-nusaraya@talentra.example"
    summ = "Interview Teknikal - Mobile Developer (Android) - PT Nusaraya Logistik"
    atts = [att(lead, "Hendra Wijaya"), att(USER, USER_NAME)]
    cal0 = vevent(uid=uid, start=st0, end=en0, summary=summ, organizer=("Talentra Recruitment", noreply),
                  attendees=atts, stamp=d1, tzid="Asia/Jakarta", location="Zoom Meeting",
                  prodid="-//Talentra HRIS//Recruitment 4.2//ID",
                  description="Pewawancara: Hendra Wijaya (Lead Mobile Engineer). Link Zoom: "
                              "https://zoom.us/j/93155502210?pwd=nsry")
    html1 = (
        "<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td>"
        "<img src=\"https://cdn.talentra.example/logo/nusaraya.png\" alt=\"Nusaraya\"></td></tr><tr><td>"
        "<p>Yth. Putri Anggraini,</p>"
        "<p>Anda diundang untuk mengikuti tahapan <b>Interview Teknikal</b> untuk posisi "
        "<b>Mobile Developer (Android)</b> di PT Nusaraya Logistik dengan detail sebagai berikut:</p>"
        "<table border=\"0\" cellpadding=\"4\">"
        f"<tr><td>Tanggal</td><td>: {idn(st0)}</td></tr>"
        f"<tr><td>Waktu</td><td>: {hm(st0)} - {hm(en0)} (GMT+07:00) Asia/Jakarta</td></tr>"
        "<tr><td>Lokasi</td><td>: Zoom Meeting</td></tr>"
        "<tr><td>Pewawancara</td><td>: Hendra Wijaya - Lead Mobile Engineer</td></tr></table>"
        "<p><a href=\"https://app.talentra.example/candidate/itv/88213/accept\">Terima Undangan</a> | "
        "<a href=\"https://app.talentra.example/candidate/itv/88213/decline\">Tolak</a></p>"
        "<p>Untuk pertanyaan, silakan hubungi Fajar Nugroho (Recruitment) di "
        f"<a href=\"mailto:{hr}\">{hr}</a>.</p>"
        "<p style=\"color:#888;font-size:11px\">Email ini dikirim otomatis oleh Talentra HRIS. Mohon tidak membalas email ini.</p>"
        "</td></tr></table></body></html>")
    m1 = email(frm=f"Talentra Recruitment <{noreply}>", to=USER, date=d1,
               subject="[Nusaraya] Undangan Interview Teknikal - Mobile Developer (Android)",
               html=html1, cte="quoted-printable", attach_ics=cal0, attach_name="undangan_interview.ics")
    d2 = t(2026, 3, 10, 16, 20, JKT)
    cal1 = vevent(uid=uid, start=st1, end=en1, summary=summ, organizer=("Talentra Recruitment", noreply),
                  attendees=atts, stamp=d2, tzid="Asia/Jakarta", location="Zoom Meeting", seq=1,
                  prodid="-//Talentra HRIS//Recruitment 4.2//ID",
                  description="Jadwal diperbarui. Pewawancara: Hendra Wijaya (Lead Mobile Engineer). Link Zoom: "
                              "https://zoom.us/j/93155502210?pwd=nsry")
    text2 = (
        "Yth. Sdri. Putri Anggraini,\n\n"
        "Sehubungan dengan adanya agenda mendadak dari pihak user, dengan ini kami informasikan bahwa "
        f"jadwal interview teknikal Saudari yang semula pada {idn(st0)} pukul {hm(st0)} WIB "
        f"dijadwalkan ulang menjadi:\n\n  {idn(st1)}\n  Pukul {hm(st1)} - {hm(en1)} WIB\n"
        "  Zoom Meeting (link tetap sama)\n\n"
        "Kalender terlampir telah diperbarui. Mohon maaf atas ketidaknyamanannya dan terima kasih atas "
        "pengertiannya.\n\nHormat kami,\nFajar Nugroho\nRecruitment Specialist - PT Nusaraya Logistik\n"
        f"{hr} | (021) 5550-8870\nKawasan Industri Pulogadung, Jl. Rawa Gelam III No. 9, Jakarta Timur\n\n"
        "--\nDikirim melalui Talentra HRIS\n")
    m2 = email(frm=f"Fajar Nugroho via Talentra <{noreply}>", to=USER, date=d2, reply_to=hr,
               subject="[Nusaraya] Perubahan Jadwal Interview Teknikal - Mobile Developer (Android)",
               text=text2, attach_ics=cal1, attach_name="undangan_interview.ics")
    d3 = t(2026, 3, 10, 17, 3, JKT)
    m3 = email(frm=USER_FULL, to=f"Fajar Nugroho <{hr}>", date=d3, in_reply_to=m2["Message-ID"],
               subject="Re: [Nusaraya] Perubahan Jadwal Interview Teknikal - Mobile Developer (Android)",
               text=(f"Baik Pak Fajar, saya konfirmasi hadir di jadwal yang baru ({idn(st1)} pukul "
                     f"{hm(st1)} WIB). Terima kasih.\n\nSalam,\nPutri\n"), cte="8bit")
    add_case(cid, [eml("01-talentra-undangan.eml", m1), eml("02-perubahan-jadwal.eml", m2),
                   eml("03-re-konfirmasi.eml", m3)], dict(
        interview=True,
        interviews=[iv("Nusaraya Logistik", "Mobile Developer (Android)", st1, en1, "scheduled", [lead], [lead], "technical")],
        difficulty="medium", category="positive/reschedule",
        notes="Talentra-like HRIS invite (HTML-only + .ics, TZID Asia/Jakarta) then 'dijadwalkan ulang' with "
              "SEQUENCE:1 from Wed 11 Mar 13.00 to Fri 13 Mar 09.30 WIB. Final time wins.", source="synthetic"))


def case04():
    cid = "b126-04-sawit-pintar-interview-dibatalkan"
    hr = "lusiana.siregar@sawitpintar.example"
    lead = "rudi.tambunan@sawitpintar.example"
    st, en = t(2026, 3, 4, 15, 30, JKT), t(2026, 3, 4, 16, 30, JKT)
    d1 = t(2026, 2, 26, 13, 10, JKT)
    body1 = (
        "Selamat siang Putri,\n\nMenindaklanjuti lamaran Anda untuk posisi iOS Developer, kami ingin "
        "mengundang Anda untuk interview dengan tim engineering kami:\n\n"
        f"- Hari, tanggal: {idn(st)}\n- Jam: {hm(st)} WIB (kurang lebih 60 menit)\n"
        "- Via Zoom: https://zoom.us/j/81555032177 (Passcode: sawit26)\n"
        "- Interviewer: Rudi Tambunan, iOS Lead (cc di email ini)\n\n"
        "Mohon balas email ini untuk konfirmasi.\n\nSalam hangat,\nLusiana Siregar\nPeople & Culture\n"
        "PT Sawit Pintar Teknologi\nJl. Gatot Subroto No. 217, Medan 20122 | +62 61 5550 4471\n")
    m1id = "<SP-26022026-hr-0091@sawitpintar.example>"
    m1 = email(frm=f"Lusiana Siregar <{hr}>", to=USER_FULL, cc=f"Rudi Tambunan <{lead}>", date=d1,
               msg_id=m1id, subject="Undangan Interview - iOS Developer - Sawit Pintar", text=body1)
    d2 = t(2026, 3, 3, 9, 45, JKT)
    body2 = (
        "Selamat pagi Putri,\n\nDengan berat hati kami informasikan bahwa jadwal interview pada "
        f"{idn(st)} pukul {hm(st)} WIB dibatalkan, karena adanya perubahan prioritas rekrutmen untuk "
        "posisi iOS Developer di kuartal ini.\n\nData Anda tetap kami simpan dan kami akan menghubungi "
        "kembali apabila posisi tersebut dibuka lagi. Mohon maaf atas ketidaknyamanannya.\n\n"
        "Terima kasih,\nLusiana Siregar\nPeople & Culture - PT Sawit Pintar Teknologi\n\n"
        f"-----Original Message-----\nFrom: Lusiana Siregar <{hr}>\nSent: {format_datetime(d1)}\n"
        "Subject: Undangan Interview - iOS Developer - Sawit Pintar\n\n" + body1)
    m2 = email(frm=f"Lusiana Siregar <{hr}>", to=USER_FULL, cc=f"Rudi Tambunan <{lead}>", date=d2,
               in_reply_to=m1id, subject="RE: Undangan Interview - iOS Developer - Sawit Pintar", text=body2)
    add_case(cid, [eml("01-undangan-interview.eml", m1), eml("02-pembatalan.eml", m2)], dict(
        interview=True,
        interviews=[iv("Sawit Pintar", "iOS Developer", st, en, "cancelled", [lead], [lead], "technical")],
        difficulty="medium", category="positive/cancellation",
        notes="Interview with iOS lead (cc) later 'dibatalkan' by HR in plain e-mail; kept as cancelled at "
              "its last scheduled time.", source="synthetic"))


def exch_cal(*, method, uid, start, end, summary, organizer, attendees, stamp, seq, tzid, location,
             description, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += attendees
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE" if method == "REQUEST" else "TRANSP:TRANSPARENT",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def exch_headers(topic):
    return [("Thread-Topic", topic), ("Thread-Index", "AdyQk2b1c3ZyYXlhX2V4YW1wbGU="),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def case05():
    cid = "b126-05-merlion-ledger-teams-cancelled"
    rec = "grace.tan@merlionledger.example"
    eng = "weijie.lim@merlionledger.example"
    st, en = t(2026, 3, 10, 16, 0, SGT), t(2026, 3, 10, 16, 45, SGT)
    d1 = t(2026, 3, 4, 11, 30, SGT)
    uid = "040000008200E00074C5B7101A82E00800000000B0C6D2F1A6ACDC01000000000000000010000000MERLION0310"
    summ = "Merlion Ledger | Technical Interview - Mobile Engineer (Putri Anggraini)"
    atts = [att(USER, USER_NAME), att(eng, "Lim Wei Jie")]
    desc1 = ("Hi Putri, as discussed, here's the invite for your technical interview with Wei Jie "
             "(Senior Mobile Engineer). Expect some discussion on your past apps and a small live "
             "problem-solving exercise. 45 minutes. Grace")
    cal1 = exch_cal(method="REQUEST", uid=uid, start=st, end=en, summary=summ, organizer=("Grace Tan", rec),
                    attendees=atts, stamp=d1, seq=0, tzid="Singapore Standard Time",
                    location="Microsoft Teams Meeting", description=desc1)
    text1 = (f"When: {en_day(st)}, {st.day} March 2026 4:00 PM-4:45 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc1.replace(". ", ".\n", 1) +
             "\n\nGrace Tan | Talent Partner, APAC\nMerlion Ledger Pte. Ltd.\n1 Raffles Quay Example Tower, "
             "#21-04, Singapore 048583 | +65 6555 0193\n\n"
             "________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_TWVybGlvbg%40thread.v2/0>\n"
             "Meeting ID: 412 555 903 118\nPasscode: mL7kQ2\n")
    m1 = email(frm=f"Grace Tan <{rec}>", to=f"{USER_FULL}, Lim Wei Jie <{eng}>", date=d1, subject=summ,
               text=text1, cal=cal1, exchange=True, headers=exch_headers(summ),
               msg_id="<SG2PR06MB5121A7C1F0D3E9B2@SG2PR06MB5121.apcprd06.prod.outlook.com>")
    d2 = t(2026, 3, 9, 18, 12, SGT)
    desc2 = ("Hi Putri, so sorry for the late notice - Wei Jie has been called into an urgent production "
             "issue this week and we need to cancel tomorrow's interview. I'll reach out once we've sorted "
             "out the team's availability. Apologies again, Grace")
    cal2 = exch_cal(method="CANCEL", uid=uid, start=st, end=en, summary="Canceled: " + summ,
                    organizer=("Grace Tan", rec), attendees=atts, stamp=d2, seq=1,
                    tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                    description=desc2, status="CANCELLED")
    text2 = (f"When: {en_day(st)}, {st.day} March 2026 4:00 PM-4:45 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
             "Where: Microsoft Teams Meeting\n\n" + desc2 + "\n")
    m2 = email(frm=f"Grace Tan <{rec}>", to=f"{USER_FULL}, Lim Wei Jie <{eng}>", date=d2,
               subject="Canceled: " + summ, text=text2, cal=cal2, cal_method="CANCEL", exchange=True,
               headers=exch_headers("Canceled: " + summ) + [("Importance", "high")],
               msg_id="<SG2PR06MB5121B88E21C44A10@SG2PR06MB5121.apcprd06.prod.outlook.com>")
    add_case(cid, [eml("01-teams-invite.eml", m1), eml("02-canceled.eml", m2)], dict(
        interview=True,
        interviews=[iv("Merlion Ledger", "Mobile Engineer", st, en, "cancelled", [eng], [eng], "technical")],
        difficulty="hard", category="positive/cancellation",
        notes="Singapore Exchange/Teams invite (TZID 'Singapore Standard Time', base64 calendar part) "
              "then METHOD:CANCEL; no rebooking. 16:00 SGT = 15:00 WIB.", source="synthetic"))


def case06():
    cid = "b126-06-samudra-hr-dan-user-same-day-onsite"
    coord = "anindya.kusuma@samudradigital.example"
    hrv = "maria.wulandari@samudradigital.example"
    head = "andreas.setiawan@samudradigital.example"
    hs, he = t(2026, 4, 7, 9, 0, JKT), t(2026, 4, 7, 10, 0, JKT)
    us, ue = t(2026, 4, 7, 13, 0, JKT), t(2026, 4, 7, 14, 30, JKT)
    d1 = t(2026, 3, 31, 14, 5, JKT)
    addr = "Samudra Tower Lt. 23, Jl. Jend. Sudirman Kav. 52-53, SCBD, Jakarta Selatan 12190"
    body = (
        "Kepada Yth.\nSdri. Putri Anggraini\ndi tempat\n\nDengan hormat,\n\n"
        "Bersama ini kami mengundang Saudari untuk mengikuti tahapan interview untuk posisi "
        "Senior Android Engineer - Digital Banking di PT Bank Samudra Digital Tbk, yang akan dilaksanakan "
        f"secara tatap muka pada {idn(hs)} di kantor kami:\n\n{addr}\n\n"
        "Susunan acara:\n"
        f"1. {hm(hs)} - {hm(he)} WIB  Interview HR bersama Ibu Maria Wulandari (HR Business Partner)\n"
        f"2. {hm(he)} - {hm(us)} WIB  Istirahat / ISHOMA\n"
        f"3. {hm(us)} - {hm(ue)} WIB  Interview User bersama Bapak Andreas Setiawan (Head of Mobile Engineering)\n\n"
        "Mohon hadir 15 menit sebelum jadwal dan melapor ke resepsionis lobi dengan menunjukkan KTP. "
        "Pakaian: smart casual. Undangan kalender untuk masing-masing sesi akan kami kirimkan terpisah.\n\n"
        "Demikian kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\n"
        "Hormat kami,\n\nAnindya Kusuma\nTalent Acquisition Officer\nPT Bank Samudra Digital Tbk\n"
        "T. +62 21 5550 9000 ext. 2314 | M. +62 813-5550-1207\n" + addr + "\n\n"
        "DISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima "
        "yang dimaksud.\n")
    m1 = email(frm=f"Anindya Kusuma <{coord}>", to=USER_FULL, date=d1,
               subject="Undangan Interview HR & User - Senior Android Engineer - Bank Samudra Digital",
               text=body, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    items = [eml("01-undangan-interview-hr-dan-user.eml", m1)]
    for i, (s, e, who, name, label, mins) in enumerate([
            (hs, he, hrv, "Maria Wulandari", "Interview HR", 3),
            (us, ue, head, "Andreas Setiawan", "Interview User", 5)]):
        d = d1 + timedelta(minutes=mins)
        summ = f"{label} - Putri Anggraini - Senior Android Engineer"
        atts = [att(USER, USER_NAME), att(who, name)]
        cal = exch_cal(method="REQUEST", uid=f"040000008200E00074C5B7101A82E008SAMUDRA{i}", start=s, end=e,
                       summary=summ, organizer=("Anindya Kusuma", coord), attendees=atts, stamp=d, seq=0,
                       tzid="SE Asia Standard Time", location="Samudra Tower Lt. 23 - Ruang Meeting Bahari",
                       description=f"{label} - tatap muka. Mohon lapor resepsionis lobi.")
        txt = (f"When: {en_day(s)}, April {s.day}, 2026 {s:%-I}:{s:%M} {s:%p}-{e:%-I}:{e:%M} {e:%p} "
               "(UTC+07:00) Bangkok, Hanoi, Jakarta.\nWhere: Samudra Tower Lt. 23 - Ruang Meeting Bahari\n\n"
               f"*~*~*~*~*~*~*~*~*~*\n\n{label} - tatap muka. Mohon lapor resepsionis lobi.\n\nAnindya\n")
        m = email(frm=f"Anindya Kusuma <{coord}>", to=f"{USER_FULL}, {name} <{who}>", date=d, subject=summ,
                  text=txt, cal=cal, exchange=True, headers=exch_headers(summ))
        items.append(eml(f"0{i + 2}-{'hr' if i == 0 else 'user'}-invite.eml", m))
    add_case(cid, items, dict(
        interview=True,
        interviews=[iv("Bank Samudra Digital", "Senior Android Engineer - Digital Banking", hs, ue,
                       "scheduled", [hrv, head], [hrv, head], "onsite")],
        difficulty="hard", category="positive/onsite",
        notes="HR interview 09.00-10.00 and interview user 13.00-14.30 on the same day at the office, with a "
              "lunch break, sent as two Outlook invites (TZID 'SE Asia Standard Time'): one onsite per README "
              "rule (first start..last end, all interviewers; coordinator excluded).", source="synthetic"))


def case07():
    cid = "b126-07-wattle-quay-sydney-dst-end"
    em = "liam.fairweather@wattlequay.example"
    st, en = t(2026, 4, 8, 13, 0, SYD), t(2026, 4, 8, 13, 45, SYD)
    d1 = t(2026, 3, 26, 16, 5, SYD)
    m1id = "<A1F0C2D9-77B3-4E1A-9C55-WQ0326@wattlequay.example>"
    body1 = (
        "Hey Putri,\n\nLiam here - I run the mobile squad at Wattle & Quay. Thanks heaps for applying for the "
        "Mobile Engineer (React Native) role, your Flutter -> RN migration write-up was a ripper read.\n\n"
        "Keen to grab 45 mins with you for a proper chat about the role - it'd be you and me, no leetcode, "
        "promise. How's Wed 8 April, 1pm Sydney time? Heads up, our clocks go back on Sunday 5 April "
        "(daylight saving ends) so I reckon that's 10am for you in Jakarta rather than 9.\n\n"
        "Zoom link to follow if that works.\n\nCheers,\nLiam\n\n--\nLiam Fairweather | Engineering Manager, Mobile\n"
        "Wattle & Quay | Level 4, 88 Example St, Surry Hills NSW 2010\nm: +61 4 5550 2817\n")
    m1 = email(frm=f"Liam Fairweather <{em}>", to=USER_FULL, date=d1, msg_id=m1id,
               subject="Chat about the Mobile Engineer role?", text=body1, cte="7bit",
               headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    d2 = t(2026, 3, 26, 13, 40, JKT)
    quoted = "\n".join("> " + l for l in body1.splitlines())
    body2 = ("Hi Liam,\n\nThanks so much! Wed 8 April at 1pm Sydney / 10.00 WIB works great for me. Looking "
             "forward to it.\n\nTerima kasih,\nPutri\n\n"
             f"On {d1:%a}, {d1.day} {d1:%b} 2026 at {d1:%-I:%M} {d1:%p}, Liam Fairweather <{em}> wrote:\n" + quoted + "\n")
    m2id = "<CAPutri-7d2c-RE-wq@mail.example.com>"
    m2 = email(frm=USER_FULL, to=f"Liam Fairweather <{em}>", date=d2, in_reply_to=m1id, msg_id=m2id,
               subject="Re: Chat about the Mobile Engineer role?", text=body2, cte="8bit")
    d3 = t(2026, 3, 26, 17, 58, SYD)
    cal = vevent(uid="ZOOM85550123456@zoom.us", start=st, end=en,
                 summary="Putri <> Liam - Mobile Engineer (RN) chat", organizer=("Liam Fairweather", em),
                 attendees=[att(USER, USER_NAME)], stamp=d3, tzid="Australia/Sydney",
                 prodid="-//zoom.us//iCalendar Event//EN", location="https://us05web.zoom.us/j/85550123456?pwd=wq",
                 description="Liam Fairweather is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                             "https://us05web.zoom.us/j/85550123456?pwd=wq\n\nMeeting ID: 855 5012 3456\nPasscode: 40Kq8")
    body3 = ("Ace - invite attached (Zoom). See you then!\n\nLiam\n\n"
             f"> On {d2:%d/%m/%Y} {d2:%H:%M}, Putri Anggraini wrote:\n> Wed 8 April at 1pm Sydney / 10.00 WIB works great for me.\n")
    m3 = email(frm=f"Liam Fairweather <{em}>", to=USER_FULL, date=d3, in_reply_to=m2id,
               references=f"{m1id} {m2id}", subject="Re: Chat about the Mobile Engineer role?", text=body3,
               cte="7bit", attach_ics=cal, attach_name="zoom_meeting.ics",
               headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    add_case(cid, [eml("01-liam-chat.eml", m1), eml("02-re-putri.eml", m2), eml("03-re-liam-zoom.eml", m3)], dict(
        interview=True,
        interviews=[iv("Wattle & Quay", "Mobile Engineer (React Native)", st, en, "scheduled", [em], [em],
                       "hiring_manager")],
        difficulty="hard", category="positive/timezone-dst",
        notes="Sydney EM (casual English) proposes Wed 8 Apr 1pm Sydney, three days after AEDT->AEST "
              "(+10:00). Mail Date headers are still +1100. Zoom .ics with Australia/Sydney VTIMEZONE.",
        source="synthetic"))


def case08():
    cid = "b126-08-hollowbrook-founder-pst-label-in-pdt"
    fd = "jess@hollowbrook.example"
    st, en = t(2026, 3, 12, 16, 30, LAX), t(2026, 3, 12, 17, 0, LAX)
    d1 = t(2026, 3, 9, 9, 12, LAX)
    body1 = (
        "Hi Putri -\n\nThanks for sticking with our process! The team loved your pairing session. Last step is a "
        "30 min chat with me (founder/CEO) about how we work, comp expectations and the Senior Mobile Engineer "
        "role itself.\n\nThu 3/12 @ 4:30p PST work? I know that lands early Friday morning for you in Jakarta - "
        "if it's too brutal just grab any other slot on my Slotwise: https://slotwise.example/jess-hb/30min\n\n"
        "Jess\n\nJess Okonkwo-Reyes\nCo-founder & CEO, Hollowbrook (remote, HQ Oakland CA)\n+1 (510) 555-0148\n\n"
        "Sent from my iPhone\n")
    m1 = email(frm=f"Jess Okonkwo-Reyes <{fd}>", to=USER_FULL, date=d1,
               subject="Hollowbrook - last step", text=body1, cte="7bit")
    d2 = t(2026, 3, 10, 7, 44, JKT)
    uid = "sw-evt-6c1f0e2a-hollowbrook@slotwise.example"
    desc = ("Event: 30 min chat with Jess\nInvitee: Putri Anggraini\nInvitee email: " + USER +
            "\nLocation: Google Meet https://meet.google.com/hbk-jess-ptr\n\nNeed to make changes? "
            "Reschedule: https://slotwise.example/r/6c1f0e2a  Cancel: https://slotwise.example/c/6c1f0e2a")
    cal = vevent(uid=uid, start=st, end=en, summary="30 min chat with Jess (Putri Anggraini)",
                 organizer=("Jess Okonkwo-Reyes", fd), attendees=[att(USER, USER_NAME, partstat="ACCEPTED")],
                 stamp=d2, prodid="-//Slotwise//Scheduling 2.0//EN", description=desc,
                 location="https://meet.google.com/hbk-jess-ptr")
    loc = st.astimezone(JKT)
    loce = en.astimezone(JKT)
    html = (
        "<html><body style=\"font-family:Helvetica,Arial\"><div style=\"max-width:560px;margin:auto\">"
        "<h2>You're booked with Jess Okonkwo-Reyes</h2>"
        "<p><b>What:</b> 30 min chat with Jess</p>"
        f"<p><b>When:</b> {en_day(loc)}, {loc:%B} {loc.day}, 2026 &middot; {loc:%H:%M} – {loce:%H:%M} "
        "(Western Indonesia Time)</p>"
        "<p style=\"color:#666\">Host's time zone: Pacific Time - US &amp; Canada</p>"
        "<p><b>Where:</b> Google Meet &ndash; <a href=\"https://meet.google.com/hbk-jess-ptr\">meet.google.com/hbk-jess-ptr</a></p>"
        "<p><a href=\"https://slotwise.example/r/6c1f0e2a\">Reschedule</a> &middot; "
        "<a href=\"https://slotwise.example/c/6c1f0e2a\">Cancel</a></p>"
        "<p style=\"font-size:11px;color:#999\">Powered by Slotwise. You received this because you booked a meeting.</p>"
        "</div></body></html>")
    m2 = email(frm="Slotwise <notifications@slotwise.example>", to=USER, date=d2,
               reply_to=f"Jess Okonkwo-Reyes <{fd}>",
               subject=f"Confirmed: 30 min chat with Jess on {en_day(loc)}, {loc:%B} {loc.day}",
               html=html, cte="quoted-printable", attach_ics=cal, attach_name="invite.ics")
    add_case(cid, [eml("01-jess-last-step.eml", m1), eml("02-slotwise-confirmed.eml", m2)], dict(
        interview=True,
        interviews=[iv("Hollowbrook", "Senior Mobile Engineer", st, en, "scheduled", [fd], [fd], "hiring_manager")],
        difficulty="hard", category="positive/timezone-dst",
        notes="Founder writes 'Thu 3/12 @ 4:30p PST' though US DST began Mar 8 (Pacific = -07:00); booking "
              "page shows it in the invitee's zone as Fri 13 Mar 06:30 WIB; .ics in UTC (23:30Z). "
              "Final chat with founder/CEO is an interview.", source="synthetic"))


def case09():
    cid = "b126-09-gerobak-whatsapp-forwarded"
    hr = "dewi.anggraeni@gerobak.example"
    st, en = t(2026, 3, 4, 10, 30, JKT), t(2026, 3, 4, 11, 30, JKT)
    d1 = t(2026, 3, 2, 11, 20, JKT)
    body1 = (
        "Halo Putri,\n\nTerima kasih sudah melamar posisi Mobile Developer (Kotlin) di Gerobak. CV kamu sudah "
        "kami review dan kami ingin lanjut ke tahap interview teknikal dengan tim engineering.\n\n"
        "Untuk koordinasi jadwal selanjutnya akan aku hubungi via WhatsApp ke nomor yang tercantum di CV ya.\n\n"
        "Salam,\nDewi Anggraeni\nHR Generalist | Gerobak\nRuko Example Blok C-7, Jl. Kemang Raya, Jakarta Selatan\n")
    m1 = email(frm=f"Dewi Anggraeni <{hr}>", to=USER_FULL, date=d1,
               subject="Lamaran Mobile Developer (Kotlin) - Gerobak", text=body1, cte="8bit")
    d2 = t(2026, 3, 3, 19, 40, JKT)
    body2 = (
        "biar ga lupa, forward chat WA dari Mbak Dewi\n\n"
        "---------- Forwarded chat ----------\n"
        "[03/03/26 16.12] Dewi HR Gerobak: Halo kak Putri, ini Dewi dari Gerobak 🙏 mau info untuk interview "
        "teknikal sama Mas Yosef (Lead Android) besok ya kak, Rabu 4 Maret jam setengah 11 pagi via Zoom. "
        "Bisa kak?\n"
        "[03/03/26 16.14] Putri: Halo mbak Dewi, siap bisa 👍 kira2 berapa lama ya mbak?\n"
        "[03/03/26 16.15] Dewi HR Gerobak: Sekitar 1 jam kak. Nanti ada sesi ngobrol project + sedikit review code. "
        "Link zoom nanti aku kirim lewat email ya\n"
        "[03/03/26 16.15] Putri: Oke mbak, terima kasih banyak\n"
        "[03/03/26 16.16] Dewi HR Gerobak: Sama2 kak, semangat ya 💪\n")
    m2 = email(frm=USER_FULL, to=USER_FULL, date=d2, subject="Fwd: chat WA Mbak Dewi Gerobak (jadwal interview)",
               text=body2, cte="base64", headers=[("X-Mailer", "Android Mail")])
    add_case(cid, [eml("01-lamaran-gerobak.eml", m1), eml("02-fwd-chat-wa.eml", m2)], dict(
        interview=True,
        interviews=[iv("Gerobak", "Mobile Developer (Kotlin)", st, en, "scheduled", [], [hr], "technical")],
        difficulty="hard", category="positive/forwarded",
        notes="WhatsApp chat forwarded to self (base64): 'besok ... Rabu 4 Maret jam setengah 11 pagi' = 10.30 WIB, "
              "~1 jam. Interviewer Yosef has no address; follow-up goes to HR Dewi who mailed earlier.",
        source="synthetic"))


def case10():
    cid = "b126-10-karirku-relay-kopi-kilat-html"
    rec = "sinta.maharani@kopikilat.example"
    st, en = t(2026, 4, 9, 15, 0, JKT), t(2026, 4, 9, 16, 0, JKT)
    d1 = t(2026, 4, 2, 10, 0, JKT)

    def card(greet, extra):
        return (
            "<!DOCTYPE html><html><body style=\"margin:0;background:#f3f4f8;font-family:Inter,Arial\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"560\" style=\"background:#fff;border-radius:8px;padding:24px\"><tr><td>"
            "<img src=\"https://static.karirku.example/img/logo.png\" width=\"110\" alt=\"Karirku\">"
            f"<h2 style=\"color:#1b1f3b\">{greet}</h2>{extra}"
            "<table style=\"background:#f7f8fc;padding:12px;border-radius:6px;width:100%\">"
            "<tr><td style=\"color:#777\">Perusahaan</td><td><b>PT Kopi Kilat Nusantara</b></td></tr>"
            "<tr><td style=\"color:#777\">Posisi</td><td>Flutter Developer</td></tr>"
            "<tr><td style=\"color:#777\">Tahap</td><td>Interview Teknikal (online)</td></tr>"
            f"<tr><td style=\"color:#777\">Jadwal</td><td>{idn(st)} &middot; {hm(st)} &ndash; {hm(en)} WIB</td></tr>"
            "<tr><td style=\"color:#777\">Lokasi</td><td><a href=\"https://meet.google.com/kop-kila-flt\">Google Meet</a></td></tr>"
            "<tr><td style=\"color:#777\">Pewawancara</td><td>Arif Rahman, Lead Flutter Engineer</td></tr></table>"
            "<p><b>Pesan dari rekruter (Sinta - Talent Acquisition):</b><br>\"Halo Putri! Sesi ini live coding ringan "
            "+ diskusi project ya. Kalau ada pertanyaan, langsung email aku di "
            f"<a href=\"mailto:{rec}\">{rec}</a>. Terima kasih!\"</p>"
            "<p><a href=\"https://karirku.example/app/interviews/55102\" style=\"background:#4b3cf0;color:#fff;"
            "padding:10px 18px;border-radius:4px;text-decoration:none\">Lihat detail &amp; konfirmasi</a></p>"
            "<p style=\"font-size:11px;color:#999\">Kamu menerima email ini karena melamar lewat Karirku. "
            "Jangan balas email ini. &copy; 2026 Karirku. Jl. Example No. 1, Jakarta.</p>"
            "</td></tr></table></td></tr></table></body></html>")
    m1 = email(frm="Karirku <no-reply@karirku.example>", to=USER, date=d1,
               subject="Kopi Kilat mengundang kamu ke sesi interview 🎉",
               html=card("Selamat, kamu diundang interview! 🎉",
                         "<p>Hai Putri, <b>PT Kopi Kilat Nusantara</b> ingin lanjut ke tahap interview "
                         "untuk lamaran kamu.</p>"), cte="base64")
    d2 = t(2026, 4, 8, 15, 0, JKT)
    m2 = email(frm="Karirku <no-reply@karirku.example>", to=USER, date=d2,
               subject="Pengingat: interview kamu dengan Kopi Kilat besok",
               html=card("Jangan lupa, interview kamu besok!",
                         "<p>Hai Putri, ini pengingat untuk jadwal interview kamu.</p>"), cte="base64")
    add_case(cid, [eml("01-karirku-undangan.eml", m1), eml("02-karirku-pengingat.eml", m2)], dict(
        interview=True,
        interviews=[iv("Kopi Kilat", "Flutter Developer", st, en, "scheduled", [], [rec], "technical")],
        difficulty="medium", category="positive/ats-portal",
        notes="Glints-like job-portal relay, HTML-only base64, invite + reminder (one interview). Interviewer "
              "named without address; recruiter's address is given in the relayed message.", source="synthetic"))


def case11():
    cid = "b126-11-harbourfront-sg-gcal-json"
    rec = "shirin.abdullah@harbourfrontpay.example"
    st, en = t(2026, 3, 11, 15, 0, SGT), t(2026, 3, 11, 15, 30, SGT)
    d1 = t(2026, 3, 5, 18, 2, SGT)
    body1 = (
        "Hi Putri,\n\nLovely to e-meet you! Confirming our first chat on Wednesday 11 March at 3pm SGT "
        "(that should be 2pm WIB for you). It'll be a 30-minute call with me on Google Meet - mostly about your "
        "background, the Android Engineer role in our Merchant team and your visa/relocation preferences.\n\n"
        "Calendar invite is on its way.\n\nBest regards,\nShirin Abdullah\nSenior Recruiter, Harbourfront Pay\n"
        "10 Example Marina Boulevard, #30-01, Singapore 018983\nDID +65 6555 0267\n")
    m1 = email(frm=f"Shirin Abdullah <{rec}>", to=USER_FULL, date=d1,
               subject="Harbourfront Pay x Putri - intro call", text=body1, cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3521987766420000\"", "id": "hfp0311shirinputri9k2",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=aGZwMDMxMXNoaXJpbnB1dHJpOWsy",
        "created": "2026-03-05T10:05:11.000Z", "updated": "2026-03-05T10:05:11.210Z",
        "summary": "Harbourfront Pay | Intro call - Android Engineer (Putri Anggraini)",
        "description": "Recruiter screen with Shirin. 30 min.",
        "creator": {"email": rec, "displayName": "Shirin Abdullah"},
        "organizer": {"email": rec, "displayName": "Shirin Abdullah"},
        "start": {"dateTime": st.isoformat(), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": en.isoformat(), "timeZone": "Asia/Singapore"},
        "iCalUID": "hfp0311shirinputri9k2@google.com", "sequence": 0,
        "attendees": [
            {"email": rec, "displayName": "Shirin Abdullah", "organizer": True, "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/hfp-shir-int",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/hfp-shir-int",
                                            "label": "meet.google.com/hfp-shir-int"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "hfp-shir-int"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    add_case(cid, [eml("01-intro-call.eml", m1),
                   ("02-intro-call.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())], dict(
        interview=True,
        interviews=[iv("Harbourfront Pay", "Android Engineer", st, en, "scheduled", [rec], [rec], "phone_screen")],
        difficulty="medium", category="positive/calendar-api",
        notes="Singapore recruiter screen: e-mail '3pm SGT (2pm WIB)' + Calendar API event (Asia/Singapore). One interview.",
        source="synthetic"))


def case12():
    cid = "b126-12-petaling-labs-two-rounds-kl"
    rec = "nurul.izzati@petalinglabs.example"
    eng = "arvind.pillai@petalinglabs.example"
    s1, e1 = t(2026, 2, 24, 10, 30, KUL), t(2026, 2, 24, 10, 50, KUL)
    s2, e2 = t(2026, 3, 2, 14, 0, KUL), t(2026, 3, 2, 15, 15, KUL)
    d1 = t(2026, 2, 23, 17, 25, KUL)
    body1 = (
        "Hi Putri,\n\nThank you for your interest in the Mobile Developer role at Petaling Labs. I'd love to do a "
        "short phone screen with you tomorrow at half past ten, KL time (GMT+8) - that's 9.30am in Jakarta. "
        "It should take about 20 minutes. I'll call you on WhatsApp voice at the number on your CV.\n\n"
        "Terima kasih and have a good evening!\n\nNurul Izzati\nTalent Acquisition Executive\nPetaling Labs Sdn. Bhd.\n"
        "Level 8, Menara Example, Jalan SS 7/26, 47301 Petaling Jaya, Selangor | +60 3-5550 2288\n")
    m1id = "<PL-TA-20260223-0117@petalinglabs.example>"
    m1 = email(frm=f"Nurul Izzati <{rec}>", to=USER_FULL, date=d1, msg_id=m1id,
               subject="Petaling Labs - Mobile Developer - phone screen", text=body1, cte="7bit")
    d2 = t(2026, 2, 25, 11, 8, KUL)
    body2 = (
        "Hi Putri,\n\nGreat chatting yesterday! Happy to share that we'd like to move you to the technical "
        f"interview with Arvind Pillai, our Principal Engineer (cc'd).\n\nDate: {en_day(s2)}, 2 March 2026\n"
        "Time: 14h00 - 15h15 MYT (13h00 - 14h15 WIB)\nPlatform: Zoom (invite attached)\n\n"
        "Format: 15 min intro, 45 min pair-programming on a small Kotlin Multiplatform feature, 15 min Q&A.\n\n"
        "Best,\nNurul\n\n"
        f"On {d1:%a}, {d1.day} Feb 2026 at {d1:%H:%M}, Nurul Izzati <{rec}> wrote:\n"
        "> I'd love to do a short phone screen with you tomorrow at half past ten, KL time (GMT+8)\n")
    cal = vevent(uid="ZOOM83555047712@zoom.us", start=s2, end=e2,
                 summary="Petaling Labs - Technical Interview - Putri Anggraini", organizer=("Nurul Izzati", rec),
                 attendees=[att(eng, "Arvind Pillai"), att(USER, USER_NAME)], stamp=d2, tzid="Asia/Kuala_Lumpur",
                 prodid="-//zoom.us//iCalendar Event//EN", location="https://zoom.us/j/83555047712",
                 description="Technical interview with Arvind Pillai.\nJoin Zoom Meeting: https://zoom.us/j/83555047712")
    m2 = email(frm=f"Nurul Izzati <{rec}>", to=USER_FULL, cc=f"Arvind Pillai <{eng}>", date=d2, in_reply_to=m1id,
               subject="Re: Petaling Labs - Mobile Developer - phone screen", text=body2, cte="quoted-printable",
               attach_ics=cal, attach_name="zoom.ics")
    add_case(cid, [eml("01-phone-screen.eml", m1), eml("02-technical-interview.eml", m2)], dict(
        interview=True,
        interviews=[iv("Petaling Labs", "Mobile Developer", s1, e1, "scheduled", [rec], [rec], "phone_screen"),
                    iv("Petaling Labs", "Mobile Developer", s2, e2, "scheduled", [eng], [eng], "technical")],
        difficulty="hard", category="positive/two-interviews",
        notes="Malaysian company: recruiter phone screen 'tomorrow at half past ten, KL time' (Tue 24 Feb 10:30 +08) "
              "and a technical interview '14h00 - 15h15 MYT' on Mon 2 Mar with Zoom .ics (Asia/Kuala_Lumpur).",
        source="synthetic"))


def case13():
    cid = "b126-13-rupa-thread-noon-tomorrow"
    em = "kevin.halim@rupastudio.example"
    st, en = t(2026, 4, 2, 12, 0, JKT), t(2026, 4, 2, 12, 30, JKT)
    d1 = t(2026, 4, 1, 9, 20, JKT)
    m1id = "<CAKvH-rupa-0401-a@mail.rupastudio.example>"
    body1 = (
        "Hi Putri!\n\nKevin here, I lead the mobile team at Rupa Studio (Bandung). Tasya from our people team "
        "passed me your application for the React Native Engineer role - nice portfolio btw.\n\n"
        "Want to do a quick 30-min chat? It's the hiring manager round, super informal, mostly about what "
        "you've built and what we're building. I'm free tomorrow (Thu) at noon, or Mon 6/4 at 2pm. Either work?\n\n"
        "Cheers,\nKevin Halim\nHead of Mobile, Rupa Studio\nJl. Example Dago No. 88, Bandung | +62 22 555 0190\n")
    m1 = email(frm=f"Kevin Halim <{em}>", to=USER_FULL, date=d1, msg_id=m1id,
               subject="React Native role @ Rupa - quick chat?", text=body1, cte="7bit")
    d2 = t(2026, 4, 1, 10, 2, JKT)
    m2id = "<CAPutri-rupa-0401-b@mail.example.com>"
    body2 = ("Hi Kevin,\n\nThanks for reaching out! Besok (Thu) jam 12 siang works for me 🙂 Google Meet ok?\n\n"
             "Salam,\nPutri\n\n"
             f"On Wed, Apr 1, 2026 at 9:20 AM Kevin Halim <{em}> wrote:\n" +
             "\n".join("> " + l for l in body1.splitlines()) + "\n")
    m2 = email(frm=USER_FULL, to=f"Kevin Halim <{em}>", date=d2, msg_id=m2id, in_reply_to=m1id,
               subject="Re: React Native role @ Rupa - quick chat?", text=body2, cte="quoted-printable")
    d3 = t(2026, 4, 1, 10, 15, JKT)
    body3 = ("Perfect, noon tomorrow it is. Meet: https://meet.google.com/rpa-kvn-ptr\n\nTalk soon,\nKevin\n\n"
             f"On Wed, Apr 1, 2026 at 10:02 AM Putri Anggraini <{USER}> wrote:\n"
             "> Besok (Thu) jam 12 siang works for me 🙂 Google Meet ok?\n")
    m3 = email(frm=f"Kevin Halim <{em}>", to=USER_FULL, date=d3, in_reply_to=m2id, references=f"{m1id} {m2id}",
               subject="Re: React Native role @ Rupa - quick chat?", text=body3, cte="8bit")
    add_case(cid, [eml("01-kevin-quick-chat.eml", m1), eml("02-re-putri.eml", m2), eml("03-re-kevin-confirm.eml", m3)], dict(
        interview=True,
        interviews=[iv("Rupa Studio", "React Native Engineer", st, en, "scheduled", [em], [em], "hiring_manager")],
        difficulty="medium", category="positive/thread",
        notes="Propose/confirm thread with mixed-language reply; 'noon tomorrow' resolved against Wed 1 Apr -> "
              "Thu 2 Apr 12:00 WIB, 30 min stated up-front. Alternative Mon 6/4 slot not chosen.", source="synthetic"))


# ------------------------------------------------------------------ negatives
def neg(cid, items, category, notes, difficulty="hard"):
    add_case(cid, items, dict(interview=False, interviews=[], difficulty=difficulty, category=category,
                              notes=notes, source="synthetic"))


def case14():
    cid = "b126-14-neg-psikotes-online"
    hr = "rekrutmen@sinararmada.example"
    st, en = t(2026, 3, 14, 8, 0, JKT), t(2026, 3, 14, 10, 30, JKT)
    d1 = t(2026, 3, 11, 13, 0, JKT)
    body = (
        "Yth. Sdri. Putri Anggraini,\n\nSelamat, Saudari dinyatakan lolos seleksi berkas untuk posisi Mobile "
        "Developer di PT Sinar Armada Teknologi. Tahap selanjutnya adalah Psikotes Online dengan jadwal:\n\n"
        f"Hari/Tanggal : {idn(st)}\nWaktu        : {hm(st)} - {hm(en)} WIB\n"
        "Platform     : TesKita (link dan token dikirim H-1 via email)\n"
        "Materi       : Tes kemampuan verbal & numerik, Kraepelin (Pauli), DISC, dan tes menggambar\n\n"
        "Ketentuan:\n- Menggunakan laptop/PC dengan webcam aktif (sesi diawasi proktor)\n"
        "- Menyiapkan kertas HVS, pensil 2B dan penghapus\n- Tidak diperkenankan keluar dari sesi sebelum selesai\n\n"
        "Peserta yang lolos psikotes akan diundang ke tahap interview HR dan interview user.\n\n"
        "Hormat kami,\nTim Rekrutmen PT Sinar Armada Teknologi\n(021) 5550-3321\n")
    cal = vevent(uid="psikotes-0314-sinararmada@sinararmada.example", start=st, end=en,
                 summary="Psikotes Online - PT Sinar Armada Teknologi", organizer=("Tim Rekrutmen", hr),
                 attendees=[att(USER, USER_NAME)], stamp=d1, tzid="Asia/Jakarta",
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Online (TesKita)",
                 description="Psikotes online kandidat Mobile Developer. Webcam wajib aktif.")
    m = email(frm=f"Rekrutmen Sinar Armada <{hr}>", to=USER_FULL, date=d1,
              subject="Undangan Psikotes Online - Mobile Developer - PT Sinar Armada Teknologi",
              text=body, attach_ics=cal, attach_name="psikotes.ics")
    neg(cid, [eml("01-undangan-psikotes.eml", m)], "negative/assessment",
        "Proctored psychological test session with calendar file; not a live interview (mentions the later "
        "interview HR/user stages).")


def case15():
    cid = "b126-15-neg-mcu-after-offer"
    hr = "yohana.simanjuntak@lumbungdata.example"
    st = t(2026, 3, 30, 7, 30, JKT)
    d1 = t(2026, 3, 26, 10, 40, JKT)
    body = (
        "Dear Putri,\n\nTerima kasih telah menerima penawaran kerja kami untuk posisi Android Developer. Sebagai "
        "bagian dari proses onboarding, kandidat wajib mengikuti Medical Check Up (MCU) pra-kerja dengan jadwal:\n\n"
        f"Tanggal : {idn(st)}\nPukul   : {hm(st)} WIB (registrasi), estimasi selesai pukul 11.00 WIB\n"
        "Tempat  : Klinik Sehat Prima, Jl. Example Tebet Raya No. 45, Jakarta Selatan\n"
        "Paket   : MCU Standar (fisik, darah lengkap, urine, rontgen thorax, EKG)\n\n"
        "Persiapan: puasa 10 jam sebelum pemeriksaan (boleh minum air putih), membawa KTP dan surat pengantar "
        "terlampir. Hasil MCU akan diterima langsung oleh tim HR.\n\nJika jadwal tersebut tidak memungkinkan, "
        "silakan balas email ini agar kami atur ulang.\n\nRegards,\nYohana Simanjuntak\nHR Operations - "
        "PT Lumbung Data Indonesia\n+62 21 5550 7730\n")
    m = email(frm=f"Yohana Simanjuntak <{hr}>", to=USER_FULL, date=d1,
              subject="Jadwal Medical Check Up (MCU) Kandidat - Android Developer", text=body)
    neg(cid, [eml("01-jadwal-mcu.eml", m)], "negative/medical",
        "Pre-employment medical check-up after the offer: scheduled appointment with date/time, 'kandidat', "
        "'jadwal' - not an interview.")


def case16():
    cid = "b126-16-neg-offering-letter"
    hr = "galih.prasetyo@pelitacerdas.example"
    d1 = t(2026, 4, 6, 16, 15, JKT)
    m1id = "<PC-OL-0406-ga@pelitacerdas.example>"
    body = (
        "Dear Putri,\n\nTerima kasih atas waktu dan energi yang sudah kamu berikan selama proses interview di "
        "Pelita Cerdas. Dengan senang hati kami sampaikan Offering Letter untuk posisi Mobile Engineer (Flutter) "
        "terlampir.\n\nRingkasan:\n- Tanggal mulai: Senin, 4 Mei 2026\n- Status: Karyawan tetap (probation 3 bulan)\n"
        "- Lokasi: Hybrid, kantor Jakarta Barat\n\nMohon tanda tangani dan kirim kembali paling lambat Jumat, "
        "10 April 2026 pukul 17.00 WIB. Kalau ada yang ingin didiskusikan soal benefit, kita bisa schedule call "
        "singkat kapan saja minggu ini - tinggal kabari slot yang cocok.\n\nCongratulations & welcome aboard!\n\n"
        "Galih Prasetyo\nPeople Partner, Pelita Cerdas\n+62 21 5550 6601\n")
    m = email(frm=f"Galih Prasetyo <{hr}>", to=USER_FULL, date=d1, msg_id=m1id,
              subject="Offering Letter - Mobile Engineer (Flutter) - Pelita Cerdas", text=body, cte="quoted-printable")
    m.add_attachment(b"%PDF-1.4\n% offering letter placeholder\n%%EOF\n", maintype="application",
                     subtype="pdf", filename="Offering_Letter_Putri_Anggraini.pdf")
    d2 = t(2026, 4, 6, 20, 5, JKT)
    body2 = ("Halo Mas Galih,\n\nTerima kasih banyak atas offering letter-nya! Saya pelajari dulu dan akan saya "
             "kirimkan kembali sebelum Jumat.\n\nSalam,\nPutri\n\n> Dengan senang hati kami sampaikan Offering Letter "
             "untuk posisi Mobile Engineer (Flutter) terlampir.\n")
    m2 = email(frm=USER_FULL, to=f"Galih Prasetyo <{hr}>", date=d2, in_reply_to=m1id,
               subject="Re: Offering Letter - Mobile Engineer (Flutter) - Pelita Cerdas", text=body2, cte="8bit")
    neg(cid, [eml("01-offering-letter.eml", m), eml("02-re-terima-kasih.eml", m2)], "negative/offer",
        "Offer letter with a signing deadline and an unbooked 'schedule call' offer; references past interviews.")


def case17():
    cid = "b126-17-neg-bootcamp-webinar"
    org = "events@akademinusa.example"
    st, en = t(2026, 3, 7, 19, 0, JKT), t(2026, 3, 7, 21, 0, JKT)
    d1 = t(2026, 3, 2, 12, 0, JKT)
    html = (
        "<html><body style=\"font-family:Arial\"><h1>Webinar GRATIS: Tembus Interview Mobile Developer di "
        "Startup Unicorn 🚀</h1>"
        f"<p>📅 {idn(st)}<br>⏰ {hm(st)} - {hm(en)} WIB<br>📍 Zoom Webinar</p>"
        "<p>Bersama <b>Raka Mahendra</b> (Senior Android Engineer, ex-unicorn) dan <b>Citra Ayuningtyas</b> "
        "(Tech Recruiter). Materi: cara menjawab pertanyaan interview teknikal, live mock interview dengan "
        "peserta, review CV, dan tips negosiasi gaji.</p>"
        "<p>Kamu sudah terdaftar sebagai peserta. Tambahkan ke kalender dengan file terlampir.</p>"
        "<p>Mau persiapan lebih matang? Daftar Bootcamp Mobile Developer batch 12 - diskon 40% khusus peserta "
        "webinar!</p><p style=\"font-size:11px;color:#888\">Akademi Koding Nusa · Unsubscribe</p></body></html>")
    cal = vevent(uid="webinar-akn-0307@akademinusa.example", start=st, end=en,
                 summary="Webinar: Tembus Interview Mobile Developer", organizer=("Akademi Koding Nusa", org),
                 attendees=[att(USER, USER_NAME)], stamp=d1, prodid="-//Akademi Koding Nusa//Events//ID",
                 location="https://zoom.us/w/98555012345", description="Webinar karier + live mock interview.")
    m = email(frm=f"Akademi Koding Nusa <{org}>", to=USER, date=d1,
              subject="[Terdaftar] Webinar: Tembus Interview Mobile Developer di Startup Unicorn",
              html=html, cte="base64", attach_ics=cal, attach_name="webinar.ics")
    neg(cid, [eml("01-webinar-terdaftar.eml", m)], "negative/webinar",
        "Bootcamp career webinar (HTML-only, base64) with .ics and 'mock interview' content; not a hiring process.")


def case18():
    cid = "b126-18-neg-lokerhub-job-alert"
    d1 = t(2026, 3, 23, 7, 0, JKT)
    jobs = [
        ("Mobile Developer (Flutter)", "PT Armada Kirim Cepat", "Jakarta Barat", "Rp 12 - 18 jt",
         "Proses cepat: 1x interview HR + 1x interview user"),
        ("Android Engineer", "Kedai Awan Group", "Tangerang", "Rp 10 - 15 jt",
         "WALK-IN INTERVIEW Sabtu, 28 Maret 2026 pukul 09.00 - 12.00 WIB, bawa CV"),
        ("iOS Developer (Swift)", "Bumi Teduh Properti", "Jakarta Selatan", "Dirahasiakan",
         "Kandidat terpilih akan dihubungi untuk jadwal interview"),
        ("React Native Developer (Remote)", "Lintang Health", "Remote", "Rp 15 - 22 jt",
         "Aktif merekrut - 27 pelamar"),
    ]
    rows = "".join(
        f"<tr><td style=\"padding:10px;border-bottom:1px solid #eee\"><a href=\"https://lokerhub.example/job/{i+301}\">"
        f"<b>{j}</b></a><br>{c} · {loc}<br>{sal}<br><span style=\"color:#c2410c\">{note}</span></td></tr>"
        for i, (j, c, loc, sal, note) in enumerate(jobs))
    html = ("<html><body style=\"font-family:Arial\"><h2>4 lowongan baru untuk \"Mobile Developer\" di Jabodetabek</h2>"
            f"<table width=\"600\">{rows}</table><p><a href=\"https://lokerhub.example/alerts\">Atur notifikasi loker</a>"
            " · <a href=\"https://lokerhub.example/unsub\">Berhenti berlangganan</a></p>"
            "<p style=\"font-size:11px\">LokerHub Indonesia, Jl. Example Kuningan No. 3, Jakarta</p></body></html>")
    m = email(frm="LokerHub <alert@lokerhub.example>", to=USER, date=d1,
              subject="Loker baru: Mobile Developer - WALK-IN INTERVIEW Sabtu ini", html=html, cte="quoted-printable",
              headers=[("List-Unsubscribe", "<https://lokerhub.example/unsub?u=pa31>")])
    neg(cid, [eml("01-lokerhub-alert.eml", m)], "negative/job-alert",
        "JobStreet-like alert listing a walk-in interview date/time for a job the user has not applied to.")


def case19():
    cid = "b126-19-neg-rejection-belum-dapat-melanjutkan"
    noreply = "notifikasi@talentra.example"
    hr = "meiliana.gunawan@kargocepat.example"
    d1 = t(2026, 3, 12, 16, 30, JKT)
    past = t(2026, 3, 5, 10, 0, JKT)
    text = (
        "Yth. Sdri. Putri Anggraini,\n\nTerima kasih atas waktu yang telah Saudari luangkan untuk mengikuti "
        f"interview user pada {idn(past)} untuk posisi Android Developer di PT Kargo Cepat Indonesia.\n\n"
        "Setelah melalui pertimbangan yang matang, dengan berat hati kami sampaikan bahwa saat ini kami belum "
        "dapat melanjutkan proses rekrutmen Saudari ke tahap berikutnya. Profil Saudari akan kami simpan dalam "
        "database kandidat kami untuk kesempatan lain di masa mendatang.\n\nKami mendoakan kesuksesan Saudari "
        "dalam meniti karier.\n\nSalam,\nMeiliana Gunawan\nRecruitment - PT Kargo Cepat Indonesia\n\n--\n"
        "Dikirim melalui Talentra HRIS. Mohon tidak membalas email ini.\n")
    m = email(frm=f"Meiliana Gunawan via Talentra <{noreply}>", to=USER, reply_to=hr, date=d1,
              subject="[Kargo Cepat] Informasi Hasil Interview - Android Developer", text=text)
    neg(cid, [eml("01-hasil-interview.eml", m)], "negative/rejection",
        "Rejection after an interview user (past date in body) sent via the HRIS relay.")


def case20():
    cid = "b126-20-neg-campus-alumni-career-event"
    org = "karier@ikafasilkom-unr.example"
    st, en = t(2026, 4, 11, 13, 0, JKT), t(2026, 4, 11, 17, 0, JKT)
    d1 = t(2026, 3, 30, 9, 0, JKT)
    body = (
        "Halo alumni Fasilkom!\n\nIKA Fasilkom Universitas Nusantara Raya mengundang kamu ke:\n\n"
        "TEMU ALUMNI & CAREER DAY 2026 - \"From Campus to Tech Career\"\n"
        f"{idn(st)}, pukul 13.00 - 17.00 WIB\nAuditorium Gedung C, Kampus Depok\n\n"
        "Rundown:\n13.00 Registrasi & networking\n13.30 Talkshow: alumni engineer di startup & bank digital\n"
        "15.00 Booth perusahaan, CV clinic & mock interview 1-on-1 dengan HR partner\n16.30 Doorprize & foto bersama\n\n"
        "Ada perusahaan yang membuka on-the-spot screening untuk mahasiswa tingkat akhir. RSVP via form: "
        "https://forms.ikafasilkom-unr.example/careerday26 (file kalender terlampir).\n\n"
        "Salam alumni,\nDivisi Karier IKA Fasilkom UNR\nIG @ikafasilkom.unr | WA 0812-5550-4400\n")
    cal = vevent(uid="careerday26@ikafasilkom-unr.example", start=st, end=en,
                 summary="Temu Alumni & Career Day Fasilkom UNR 2026", organizer=("IKA Fasilkom UNR", org),
                 attendees=[att(USER, USER_NAME, role="OPT-PARTICIPANT")], stamp=d1, tzid="Asia/Jakarta",
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 location="Auditorium Gedung C, Kampus Depok", method="PUBLISH",
                 description="Talkshow, booth perusahaan, CV clinic & mock interview.")
    m = email(frm=f"IKA Fasilkom UNR <{org}>", to="alumni-2019@ikafasilkom-unr.example", date=d1,
              subject="Undangan Temu Alumni & Career Day 2026 (mock interview, booth perusahaan)",
              text=body, attach_ics=cal, attach_name="careerday26.ics",
              headers=[("List-Id", "Alumni 2019 <alumni-2019.ikafasilkom-unr.example>")])
    neg(cid, [eml("01-career-day.eml", m), ("02-careerday26.ics", cal.encode("utf-8"))], "negative/event",
        "Alumni career day with mock interviews and company booths; mailing-list mail + standalone PUBLISH .ics.")


def case21():
    cid = "b126-21-neg-freelance-client-call"
    cl = "hannah@bondibakehouse.example"
    st, en = t(2026, 3, 5, 14, 0, SYD), t(2026, 3, 5, 14, 30, SYD)
    d1 = t(2026, 3, 2, 18, 10, SYD)
    body = (
        "Hi Putri,\n\nHope the sprint's going well! Can we schedule a call Thu 5 March, 2pm AEDT (10am your time) "
        "to walk through the booking app build? I've also got the notes from the customer interviews we ran last "
        "week - a few of them struggled with the pickup-time picker, so I'd love your thoughts before you start "
        "the next milestone. Invoice #0007 is paid, by the way.\n\nCalendar invite attached.\n\nThanks!\n"
        "Hannah Whitlock\nOwner, Bondi Bakehouse\n+61 2 5550 7711 | 12 Example Rd, Bondi NSW 2026\n")
    cal = vevent(uid="bb-putri-sync-0305@google.com", start=st, end=en,
                 summary="Bondi Bakehouse app - milestone 3 sync", organizer=("Hannah Whitlock", cl),
                 attendees=[att(cl, "Hannah Whitlock", partstat="ACCEPTED"), att(USER, USER_NAME)], stamp=d1,
                 description="Review build + customer interview findings. https://meet.google.com/bbh-sync-ptr",
                 extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/bbh-sync-ptr"])
    plain = (f"Bondi Bakehouse app - milestone 3 sync\nThursday Mar 5, 2026 ⋅ 2pm – 2:30pm\nAustralian Eastern Time - Sydney\n"
             "Join with Google Meet\nhttps://meet.google.com/bbh-sync-ptr\n")
    m1 = email(frm=f"Hannah Whitlock <{cl}>", to=USER_FULL, date=d1,
               subject="Call Thursday re: booking app + customer interview notes", text=body, cte="7bit")
    m2 = email(frm=f"Hannah Whitlock <{cl}>", to=USER, date=d1 + timedelta(minutes=2),
               subject=f"Invitation: Bondi Bakehouse app - milestone 3 sync @ Thu Mar 5, 2026 2pm - 2:30pm (AEDT) ({USER})",
               text=plain, cal=cal, attach_ics=cal, cte="quoted-printable",
               headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    neg(cid, [eml("01-hannah-call.eml", m1), eml("02-invitation-sync.eml", m2)], "negative/freelance",
        "Existing freelance client's project sync (Google invite, AEDT) mentioning 'customer interviews'; "
        "the user is already engaged - not a hiring interview.")


def case22():
    cid = "b126-22-neg-technical-test-take-home"
    noreply = "no-reply@kodeuji.example"
    rec = "bima.saputra@tanjungapps.example"
    dl = t(2026, 3, 12, 23, 59, JKT)
    d1 = t(2026, 3, 9, 8, 30, JKT)
    html = (
        "<html><body style=\"font-family:Arial\"><p>Hi Putri Anggraini,</p>"
        "<p><b>Tanjung Apps</b> mengundang kamu untuk mengerjakan <b>Technical Test - Mobile Developer</b> di KodeUji.</p>"
        "<ul><li>Durasi: 90 menit sejak tes dimulai</li><li>Format: 2 soal coding (Kotlin/Dart) + 10 soal pilihan ganda</li>"
        f"<li>Batas waktu pengerjaan: {idn(dl)} pukul {hm(dl)} WIB</li><li>Kamera tidak diperlukan; tes dapat dikerjakan kapan saja sebelum batas waktu</li></ul>"
        "<p><a href=\"https://kodeuji.example/t/tjg-mob-7731\">Mulai Technical Test</a></p>"
        "<p>Kandidat yang lolos technical test akan diundang ke tahap interview teknikal bersama tim engineering. "
        f"Pertanyaan seputar proses bisa dikirim ke rekruter: {rec}.</p>"
        "<p style=\"font-size:11px;color:#888\">KodeUji - platform asesmen teknis. Email otomatis, jangan dibalas.</p>"
        "</body></html>")
    m = email(frm="Tanjung Apps via KodeUji <no-reply@kodeuji.example>", to=USER, date=d1, reply_to=rec,
              subject="Undangan Technical Test - Mobile Developer - Tanjung Apps", html=html, cte="quoted-printable")
    neg(cid, [eml("01-technical-test.eml", m)], "negative/assessment",
        "Self-paced technical test (HackerRank-like) with a deadline; promises a later interview that is not booked.")


def main():
    for f in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
              case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        f()
    for p in HERE.glob("b126-*"):
        if p.is_dir():
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    hdr = "# blind126 labels (schema: /work/shared/eval/README.md). Generated by make_cases.py.\n"
    (HERE / "labels.yaml").write_text(hdr + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True,
                                                           width=110), encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
