#!/usr/bin/env python3
"""Deterministic generator for the blind103 interview-detection set.

Theme: a civil engineer in Athens (Europe/Athens) applying to Greek construction firms, Piraeus
shipping companies, a Cyprus firm and German/Dutch employers. All names invented, .example domains.
Rewrites every case folder and labels.yaml next to this file. stdlib + PyYAML + zoneinfo only.
"""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
ATH = ZoneInfo("Europe/Athens")
NIC = ZoneInfo("Asia/Nicosia")
BER = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc

USER = "ioanna.kyriakidou@example.com"
USER_NAME = "Ιωάννα Κυριακίδου"

CASES = {}
LABELS = {}


def T(y, mo, d, h, mi, tz, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert dt.weekday() == wd, (dt, dt.weekday(), wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ---------------------------------------------------------------- iCalendar helpers
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


VTZ = {
    "GTB Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GTB Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/Berlin": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Europe/Athens": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Athens", "X-LIC-LOCATION:Europe/Athens",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
        "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
        "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def ics(*, method, uid, start, end, summary, organizer, attendees, stamp, seq=0, tzid=None,
        description=None, location=None, status="CONFIRMED", prodid="-//Example//EN",
        extra=(), lang=None):
    """organizer/attendees: (name, email[, role]) ; tzid None -> UTC 'Z' times."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if tzid:
        zi = ATH if tzid in ("GTB Standard Time", "Europe/Athens") else ZoneInfo(tzid)
        L.append(f"DTSTART;TZID={tzid}:{local(start.astimezone(zi))}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{local(end.astimezone(zi))}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        if end is not None:
            L.append(f"DTEND:{utcstamp(end)}")
    L.append(f"DTSTAMP:{utcstamp(stamp)}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]};X-NUM-GUESTS=0:mailto:{a[1]}")
    lp = f";LANGUAGE={lang}" if lang else ""
    if description:
        L.append(f"DESCRIPTION{lp}:{esc(description)}")
    if location:
        L.append(f"LOCATION{lp}:{esc(location)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append(f"SUMMARY{lp}:{esc(summary)}")
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail helpers
_mid = [0]


def mail(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", cc=None,
         reply_to=None, msgid=None, in_reply_to=None, references=None, extra_headers=(),
         calendar=None, cal_method="REQUEST", ics_attach=None, attach_name="invite.ics",
         delivered_to=USER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    for k, v in extra_headers:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    _mid[0] += 1
    m["Message-ID"] = msgid or f"<b103.{_mid[0]:03d}.{int(date.timestamp())}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", cte="base64" if cte == "base64" else "quoted-printable",
                          params={"method": cal_method})
    if ics_attach is not None:
        m.add_attachment(ics_attach.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    for i, part in enumerate(m.walk()):  # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"=_b103_{_mid[0]:03d}_{i}_{int(date.timestamp()):x}")
    return m.as_bytes()


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recips, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recips), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


ME = f"{USER_NAME} <{USER}>"

# ================================================================ 01 Kariera-like relay, Greek, body only
s01 = T(2026, 3, 10, 11, 0, ATH, 1)
d01 = T(2026, 3, 4, 9, 12, ATH, 2)
case("b103-01-kariera-relay-domiki-aigaiou", {
    "01-kariera-minima-apo-domiki-aigaiou.eml": mail(
        frm="Kariera.example <noreply@messages.kariera.example>",
        to=ME, reply_to="noreply@messages.kariera.example",
        subject="Νέο μήνυμα από εργοδότη: ΔΟΜΙΚΗ ΑΙΓΑΙΟΥ Α.Ε. – Πολιτικός Μηχανικός Εργοταξίου",
        date=d01,
        text=f"""Γεια σας {USER_NAME.split()[0]},

Έχετε ένα νέο μήνυμα από τον εργοδότη ΔΟΜΙΚΗ ΑΙΓΑΙΟΥ Α.Ε. σχετικά με την αγγελία
«Πολιτικός Μηχανικός Εργοταξίου (Κτιριακά Έργα)» στην οποία κάνατε αίτηση στις 27/02/2026.

------------------------------------------------------------------
Αγαπητή κα Κυριακίδου,

Σας ευχαριστούμε για το ενδιαφέρον σας και για το βιογραφικό σας σημείωμα.
Θα θέλαμε να σας γνωρίσουμε από κοντά. Σας προσκαλούμε σε συνέντευξη
με τον Τεχνικό Διευθυντή της εταιρείας, κ. Αριστείδη Μπαλτά, την

    Τρίτη 10 Μαρτίου 2026, ώρα 11:00 π.μ.

στα γραφεία μας, Λεωφ. Πεντέλης 88, Χαλάνδρι (2ος όροφος).

Παρακαλούμε επιβεβαιώστε την παρουσία σας απευθείας στην κα Μαρία Λάμπρου
στο m.lamprou@domikiaigaiou.example ή στο 210 6800 412.
Φέρτε μαζί σας αντίγραφο της άδειας άσκησης επαγγέλματος.

Με εκτίμηση,
Μαρία Λάμπρου
Τμήμα Ανθρώπινου Δυναμικού
ΔΟΜΙΚΗ ΑΙΓΑΙΟΥ Α.Ε.
------------------------------------------------------------------

Για να απαντήσετε, χρησιμοποιήστε τα στοιχεία επικοινωνίας που αναφέρει ο εργοδότης.
Μην απαντάτε σε αυτό το μήνυμα - η διεύθυνση δεν παρακολουθείται.

Kariera.example | Οι αιτήσεις μου | Ρυθμίσεις ειδοποιήσεων
""")}, lab([iv("Δομική Αιγαίου Α.Ε.", "Πολιτικός Μηχανικός Εργοταξίου (Κτιριακά Έργα)", s01, None, "scheduled",
               [], ["m.lamprou@domikiaigaiou.example"], "hiring_manager")],
           "medium", "positive/job-board-relay-greek",
           "Job-board relay (noreply) carries the employer's Greek invitation; no duration; HR address in text is the follow-up contact; interviewer has no address."))

# ================================================================ 02 NEG job alert
case("b103-02-job-alert-kariera", {
    "01-nees-theseis-politikos-michanikos.eml": mail(
        frm="Kariera.example Ειδοποιήσεις <alerts@messages.kariera.example>", to=USER,
        subject="12 νέες θέσεις για «Πολιτικός Μηχανικός» – Αττική",
        date=T(2026, 3, 9, 7, 30, ATH),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Νέες θέσεις εργασίας για εσάς</h2>
<p>Με βάση την αναζήτησή σας <b>Πολιτικός Μηχανικός – Αττική</b>:</p>
<table cellpadding="6">
<tr><td><a href="https://www.kariera.example/jobs/88120">Μηχανικός Εργοταξίου – Οδοποιία</a><br>ΤΕΡΝΑΞ Έργα Α.Ε. · Μαρούσι<br><small>Άμεση πρόσληψη · Συνέντευξη εντός της εβδομάδας!</small></td></tr>
<tr><td><a href="https://www.kariera.example/jobs/88133">Στατικός Μελετητής (Revit/SAP2000)</a><br>Αρχιμήδης Μελετητική · Αθήνα<br><small>Προσθήκη 2 ημέρες πριν</small></td></tr>
<tr><td><a href="https://www.kariera.example/jobs/88140">Technical Superintendent – Port Facilities</a><br>Kyma Maritime · Πειραιάς<br><small>Τηλεφωνική συνέντευξη με τον υπεύθυνο της θέσης</small></td></tr>
<tr><td><a href="https://www.kariera.example/jobs/88151">Εκτιμητής Κόστους (Quantity Surveyor)</a><br>Θεμέλιο Κατασκευαστική · Πάτρα<br><small>Νέα</small></td></tr>
</table>
<p><a href="https://www.kariera.example/alerts">Δείτε και τις 12 θέσεις</a></p>
<p style="font-size:11px;color:#777">Συμβουλή: ετοιμαστείτε για τη συνέντευξη εργασίας με τον οδηγό μας «10 ερωτήσεις που θα ακούσετε την Τρίτη στις 10».<br>
Λαμβάνετε αυτό το μήνυμα επειδή έχετε ενεργή ειδοποίηση. <a href="https://www.kariera.example/unsubscribe">Διαγραφή</a></p>
</body></html>""")}, lab([], "easy", "negative/job-alert",
                        "Greek job-board alert, HTML only, mentions συνέντευξη and times but no booked interview."))

# ================================================================ 03 Workable + .ics, Piraeus shipping
s03 = T(2026, 4, 2, 14, 0, ATH, 3)
e03 = s03 + timedelta(minutes=45)
d03 = T(2026, 3, 31, 10, 5, ATH)
ics03 = ics(method="REQUEST", uid="wk-7f3c2a91-kyanos-interview@workablemail.example", start=s03, end=e03,
            summary="Interview: Ioanna Kyriakidou – Civil Engineer, Port & Terminal Projects (Kyanos Shipping)",
            organizer=("Kyanos Shipping Management", "noreply@workablemail.example"),
            attendees=[("Dimitris Vlachos", "d.vlachos@kyanosship.example"),
                       ("Ioanna Kyriakidou", USER)],
            stamp=d03, prodid="-//Workable//Calendar//EN",
            description="Video interview with Dimitris Vlachos (Head of Technical Projects).\nJoin: https://meet.workable.example/kyanos/ik-2251",
            location="Video call (link in description)")
case("b103-03-workable-kyanos-shipping", {
    "01-workable-interview-scheduled.eml": mail(
        frm="Kyanos Shipping Management <noreply@workablemail.example>", to=USER,
        reply_to="Eleftheria Roussou <e.roussou@kyanosship.example>",
        subject="Your interview with Kyanos Shipping Management has been scheduled",
        date=d03,
        text="""Hi Ioanna,

Thank you for applying for the Civil Engineer – Port & Terminal Projects position at
Kyanos Shipping Management (Piraeus).

Your interview has been scheduled:

  Thursday, April 2, 2026
  2:00 PM – 2:45 PM (Europe/Athens, GMT+03:00)
  Interviewer: Dimitris Vlachos, Head of Technical Projects
  Where: Video call – https://meet.workable.example/kyanos/ik-2251

A calendar invitation is attached. If you need to reschedule, please reply to this
email and Eleftheria from our HR team will get back to you.

Best regards,
Eleftheria Roussou
HR Business Partner | Kyanos Shipping Management S.A.
Akti Miaouli 61, 185 36 Piraeus | +30 210 4290 377

--
Sent via Workable. Powered by workable.example
""",
        html=None, ics_attach=ics03, attach_name="interview.ics")},
    lab([iv("Kyanos Shipping Management", "Civil Engineer – Port & Terminal Projects", s03, e03, "scheduled",
            ["d.vlachos@kyanosship.example"], ["d.vlachos@kyanosship.example"], "hiring_manager")],
        "easy", "positive/ats-workable-ics",
        "Workable confirmation with .ics in UTC (11:00Z); Athens already on EEST (+03)."))

# ================================================================ 04 Teams invite GTB, panel at Marousi, just after DST
s04 = T(2026, 3, 30, 10, 0, ATH, 0)
e04 = T(2026, 3, 30, 11, 30, ATH, 0)
d04 = T(2026, 3, 23, 16, 41, ATH)
body04 = """Πότε: Δευτέρα, 30 Μαρτίου 2026 10:00 π.μ.-11:30 π.μ. (UTC+02:00) Αθήνα, Βουκουρέστι.
Πού: Γραφεία Λίθος Α.Τ.Ε., Λεωφ. Κηφισίας 124, Μαρούσι – Αίθουσα «Παρθενών», 4ος όροφος

*~*~*~*~*~*~*~*~*~*

Καλησπέρα σας κα Κυριακίδου,

Όπως συζητήσαμε τηλεφωνικά, σας στέλνω την πρόσκληση για τη συνέντευξη για τη θέση
Μηχανικού Μελετών & Κατασκευής (Γέφυρες/Τεχνικά). Η συνέντευξη θα γίνει με επιτροπή:

 - Γεώργιος Αλεξίου, Διευθυντής Έργων
 - Χριστίνα Μαυροπούλου, Προϊσταμένη Στατικών Μελετών
 - Θεόδωρος Ζαχαρίου, Υπεύθυνος Ποιότητας & Ασφάλειας

Εγώ θα σας υποδεχτώ στην υποδοχή αλλά δεν θα συμμετέχω. Στάθμευση υπάρχει στο υπόγειο
(δώστε το όνομά σας στον φύλακα). Ο σταθμός ΗΣΑΠ Μαρούσι είναι 5 λεπτά με τα πόδια.

Με εκτίμηση,
Ελένη Πετροπούλου
Υπεύθυνη Προσλήψεων | Λίθος Α.Τ.Ε.
Λεωφ. Κηφισίας 124, 151 25 Μαρούσι
Τ: +30 210 6190 245 | Κ: +30 697 440 1182
"""
ics04 = ics(method="REQUEST",
            uid="040000008200E00074C5B7101A82E0080000000052B1A7C9E0BADC01000000000000000010000000A1F4C3D2E5B6A7988776655443322110",
            start=s04, end=e04, tzid="GTB Standard Time", lang="el-GR",
            summary="Συνέντευξη – Μηχανικός Μελετών & Κατασκευής – Ιωάννα Κυριακίδου",
            organizer=("Ελένη Πετροπούλου", "e.petropoulou@lithos-ate.example"),
            attendees=[("Ιωάννα Κυριακίδου", USER), ("Γεώργιος Αλεξίου", "g.alexiou@lithos-ate.example"),
                       ("Χριστίνα Μαυροπούλου", "ch.mavropoulou@lithos-ate.example"),
                       ("Θεόδωρος Ζαχαρίου", "t.zachariou@lithos-ate.example")],
            stamp=d04, prodid="Microsoft Exchange Server 2010", description=body04,
            location="Γραφεία Λίθος Α.Τ.Ε., Λεωφ. Κηφισίας 124, Μαρούσι – Αίθουσα «Παρθενών»",
            extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                   "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                   "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                   "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
panel04 = ["g.alexiou@lithos-ate.example", "ch.mavropoulou@lithos-ate.example", "t.zachariou@lithos-ate.example"]
case("b103-04-teams-gtb-panel-marousi", {
    "01-prosklisi-synenteuxi-epitropi.eml": mail(
        frm="Ελένη Πετροπούλου <e.petropoulou@lithos-ate.example>",
        to=f"{ME}, Γεώργιος Αλεξίου <g.alexiou@lithos-ate.example>, Χριστίνα Μαυροπούλου <ch.mavropoulou@lithos-ate.example>, Θεόδωρος Ζαχαρίου <t.zachariou@lithos-ate.example>",
        subject="Συνέντευξη – Μηχανικός Μελετών & Κατασκευής – Ιωάννα Κυριακίδου",
        date=d04, text=body04, calendar=ics04,
        extra_headers=[("Thread-Topic", "Συνέντευξη – Μηχανικός Μελετών & Κατασκευής"),
                       ("Content-class", "urn:content-classes:calendarmessage"),
                       ("X-MS-Has-Attach", "")])},
    lab([iv("Λίθος Α.Τ.Ε.", "Μηχανικός Μελετών & Κατασκευής (Γέφυρες/Τεχνικά)", s04, e04, "scheduled",
            panel04, panel04, "onsite")],
        "hard", "positive/exchange-gtb-panel-dst",
        "Outlook invite, TZID 'GTB Standard Time'; display label says (UTC+02:00) but 30 March is after EU DST -> +03:00. In-person panel of three, coordinator not on panel."))

# ================================================================ 05 NEG KEP appointment
d05 = T(2026, 3, 16, 12, 2, ATH)
k05 = T(2026, 3, 19, 10, 15, ATH, 3)
ics05 = ics(method="PUBLISH", uid="kep-rdv-2026-0319-0445102@kep-rantevou.example", start=k05,
            end=k05 + timedelta(minutes=15), tzid="Europe/Athens",
            summary="Ραντεβού ΚΕΠ Αμαρουσίου – Θέση εξυπηρέτησης 4",
            organizer=("ΚΕΠ Δήμου Αμαρουσίου", "noreply@kep-rantevou.example"),
            attendees=[("ΚΥΡΙΑΚΙΔΟΥ ΙΩΑΝΝΑ", USER)], stamp=d05,
            description="Υπηρεσία: Θεώρηση γνησίου υπογραφής / Αίτηση για πιστοποιητικό οικογενειακής κατάστασης.\nΑρ. ραντεβού 0445102",
            location="ΚΕΠ Αμαρουσίου, Βασ. Σοφίας 9, Μαρούσι")
case("b103-05-kep-appointment", {
    "01-epivevaiosi-rantevou-kep.eml": mail(
        frm="Ραντεβού ΚΕΠ <noreply@kep-rantevou.example>", to=USER,
        subject="Επιβεβαίωση ραντεβού ΚΕΠ – Πέμπτη 19/03/2026 10:15",
        date=d05,
        text="""Αγαπητή/έ ΚΥΡΙΑΚΙΔΟΥ ΙΩΑΝΝΑ,

Το ραντεβού σας κλείστηκε επιτυχώς.

Φορέας: ΚΕΠ Δήμου Αμαρουσίου
Υπηρεσία: Θεώρηση γνησίου υπογραφής (για αίτηση σε θέση εργασίας – υπεύθυνη δήλωση)
Ημερομηνία: Πέμπτη 19/03/2026
Ώρα: 10:15 π.μ.
Θέση εξυπηρέτησης: 4
Αριθμός ραντεβού: 0445102

Παρακαλούμε προσέλθετε 10 λεπτά νωρίτερα με την αστυνομική σας ταυτότητα. Σε περίπτωση
που επιθυμείτε να εξυπηρετηθείτε με βιντεοκλήση (myKEPlive), επιλέξτε το αντίστοιχο
πεδίο στην πύλη. Ακύρωση ραντεβού: https://kep-rantevou.example/cancel/0445102

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""", cte="base64", ics_attach=ics05, attach_name="rantevou.ics")},
    lab([], "medium", "negative/government-appointment",
        "Citizen-service (KEP) appointment with .ics; mentions θέση and ραντεβού, not a job interview."))

# ================================================================ 06 site visit interview, Greek thread
d06a = T(2026, 4, 9, 13, 20, ATH)
d06b = T(2026, 4, 9, 18, 2, ATH)
d06c = T(2026, 4, 10, 8, 47, ATH)
s06 = T(2026, 4, 16, 9, 0, ATH, 3)
e06 = T(2026, 4, 16, 11, 0, ATH, 3)
sig06 = """--
Κωνσταντίνος Ζέρβας
Πολιτικός Μηχανικός – Project Manager
ΘΡΙΑΣΙΟ ΤΕΧΝΙΚΗ Ε.Π.Ε.
Εργοτάξιο: Λογιστικό Κέντρο Ελευσίνας, Οδός Δήμητρος (έναντι ΒΙΠΕ), 192 00 Ελευσίνα
Κιν. 694 512 8830 | Γραφ. 210 5540 118
"""
m06a = "<CAK8z3tQ6+site@thriasio.example>"
m06b = "<a91b2-ik-reply@example.com>"
t06a = f"""Καλησπέρα κα Κυριακίδου,

Είδαμε το βιογραφικό σας για τη θέση Μηχανικού Εργοταξίου (βιομηχανικά κτίρια – μεταλλικά)
και θα θέλαμε να κάνουμε τη συνέντευξη απευθείας στο εργοτάξιο, ώστε να δείτε και το έργο.
Μπορείτε την Πέμπτη 16 Απριλίου, 9:00 το πρωί; Θα κάνουμε μια βόλτα στο εργοτάξιο με τον
εργοταξιάρχη μας, τον Στέλιο Ραφαηλίδη, και μετά θα καθίσουμε στο γραφείο του εργοταξίου.
Υπολογίστε περίπου δύο ώρες συνολικά.

Χρειάζεστε κράνος και παπούτσια ασφαλείας – αν δεν έχετε, θα σας δώσουμε εμείς.

Καλό Πάσχα!
{sig06}"""
t06b = f"""Καλησπέρα κε Ζέρβα,

Ευχαριστώ πολύ για την πρόσκληση. Η Πέμπτη 16/4 στις 9:00 μου ταιριάζει μια χαρά.
Έχω δικό μου εξοπλισμό ασφαλείας. Θα έρθω με αυτοκίνητο.

Καλή Ανάσταση,
Ιωάννα Κυριακίδου
697 300 1145

Στις Πέμ 9 Απρ 2026 στις 1:20 μ.μ., ο/η Κωνσταντίνος Ζέρβας <k.zervas@thriasio.example> έγραψε:
""" + "\n".join("> " + x for x in t06a.splitlines()) + "\n"
t06c = f"""Τέλεια, σας περιμένουμε Πέμπτη 16/4 στις 09:00 στην πύλη 2 του εργοταξίου (θα σας στείλω
pin στο κινητό). Ρωτήστε για μένα ή για τον Στέλιο (s.rafailidis@thriasio.example).

Κ.Ζ.
{sig06}
Στις Πέμ 9 Απρ 2026 στις 6:02 μ.μ., ο/η Ιωάννα Κυριακίδου <{USER}> έγραψε:
""" + "\n".join("> " + x for x in t06b.splitlines()) + "\n"
case("b103-06-site-visit-elefsina-thread", {
    "01-synenteuxi-sto-ergotaxio.eml": mail(frm="Κωνσταντίνος Ζέρβας <k.zervas@thriasio.example>", to=ME,
                                             subject="Θέση Μηχανικού Εργοταξίου – συνάντηση στο εργοτάξιο",
                                             date=d06a, text=t06a, msgid=m06a, cte="8bit"),
    "02-re-synenteuxi-sto-ergotaxio.eml": mail(frm=ME, to="Κωνσταντίνος Ζέρβας <k.zervas@thriasio.example>",
                                                subject="Re: Θέση Μηχανικού Εργοταξίου – συνάντηση στο εργοτάξιο",
                                                date=d06b, text=t06b, msgid=m06b, in_reply_to=m06a, cte="8bit"),
    "03-re-re-synenteuxi-sto-ergotaxio.eml": mail(frm="Κωνσταντίνος Ζέρβας <k.zervas@thriasio.example>", to=ME,
                                                   cc="Στέλιος Ραφαηλίδης <s.rafailidis@thriasio.example>",
                                                   subject="Re: Θέση Μηχανικού Εργοταξίου – συνάντηση στο εργοτάξιο",
                                                   date=d06c, text=t06c, in_reply_to=m06b,
                                                   references=f"{m06a} {m06b}", cte="quoted-printable"),
}, lab([iv("Θριάσιο Τεχνική Ε.Π.Ε.", "Μηχανικός Εργοταξίου (βιομηχανικά κτίρια – μεταλλικά)", s06, e06, "scheduled",
           ["k.zervas@thriasio.example", "s.rafailidis@thriasio.example"],
           ["k.zervas@thriasio.example", "s.rafailidis@thriasio.example"], "onsite")],
       "medium", "positive/thread-site-visit",
       "Greek thread: proposal, candidate confirms, PM confirms; interview held at a construction site with two people; 'περίπου δύο ώρες' gives the end."))

# ================================================================ 07 strike reschedule, Greeklish
d07a = T(2026, 3, 12, 15, 30, ATH)
d07b = T(2026, 3, 16, 17, 55, ATH)
s07 = T(2026, 3, 19, 12, 30, ATH, 3)
e07 = s07 + timedelta(hours=1)
m07a = "<20260312133000.GA771@metron-geo.example>"
t07a = """Kalispera Ioanna,

Se efxaristoume gia to viografiko sou gia ti thesi Geotexnikou Michanikou (Junior/Mid).
Tha thelame na kanoume mia synenteuxi stin Triti 17/03 stis 11 to prwi sta grafeia mas
(Akadimias 54, 3os orofos, Athina). Tha eimai egw kai o Pavlos Anagnostou, ypeuthynos tou
geotexnikou tmimatos. H synenteuxi tha diarkesei peripou mia wra.

Pes mou an sou kanei.

Katerina Georgiou
HR & Office Manager | Metron Geotechnical
tel. 210 3621 904
"""
t07b = """Kalispera Ioanna,

Logw tis apergias tis Tritis (GSEE/ADEDY - den tha kykloforoun metro kai leoforeia) metaferoume
ti synenteuxi mas. Mporeis tin Pempti 19/03 stis 12:30 to mesimeri, idio meros?
Ola ta ypoloipa idia (egw kai o Pavlos, peripou 1 wra).

An den mporeis, steile mou 2 enallaktikes.

Katerina

> Stis 12/3/2026 3:30 m.m., Katerina Georgiou egrapse:
> Tha thelame na kanoume mia synenteuxi stin Triti 17/03 stis 11 to prwi sta grafeia mas
> (Akadimias 54, 3os orofos, Athina).
"""
case("b103-07-greeklish-strike-reschedule", {
    "01-synenteuxi-geotexnikos.eml": mail(frm="Katerina Georgiou <k.georgiou@metron-geo.example>", to=ME,
                                           cc="Pavlos Anagnostou <p.anagnostou@metron-geo.example>",
                                           subject="Synenteuxi - Geotexnikos Michanikos", date=d07a, text=t07a,
                                           msgid=m07a, cte="7bit"),
    "02-allagi-logw-apergias.eml": mail(frm="Katerina Georgiou <k.georgiou@metron-geo.example>", to=ME,
                                         cc="Pavlos Anagnostou <p.anagnostou@metron-geo.example>",
                                         subject="RE: Synenteuxi - Geotexnikos Michanikos (allagi logw apergias)",
                                         date=d07b, text=t07b, in_reply_to=m07a, cte="7bit"),
}, lab([iv("Metron Geotechnical", "Geotexnikos Michanikos (Junior/Mid)", s07, e07, "scheduled",
           ["k.georgiou@metron-geo.example", "p.anagnostou@metron-geo.example"],
           ["k.georgiou@metron-geo.example", "p.anagnostou@metron-geo.example"], "hiring_manager")],
       "hard", "positive/reschedule-greeklish-strike",
       "Greeklish; Tue 17/03 11:00 moved to Thu 19/03 12:30 because of a general strike (apergia); final time wins."))

# ================================================================ 08 NEG rejection in Greek after interview
case("b103-08-rejection-greek", {
    "01-apantisi-gia-ti-thesi.eml": mail(
        frm="Ηλιόπετρα Τεχνική – Ανθρώπινο Δυναμικό <hr@iliopetra.example>", to=ME,
        subject="Σχετικά με τη θέση Μηχανικού Κοστολόγησης",
        date=T(2026, 3, 31, 11, 40, ATH),
        text="""Αγαπητή κα Κυριακίδου,

Σας ευχαριστούμε θερμά για τον χρόνο σας και για τη συνέντευξη της Τρίτης 24 Μαρτίου στις 12:00
στα γραφεία μας στη Νέα Σμύρνη.

Μετά από προσεκτική αξιολόγηση όλων των υποψηφίων, αποφασίσαμε να προχωρήσουμε με
υποψήφιο/α του οποίου το προφίλ ταιριάζει περισσότερο στις τρέχουσες ανάγκες της θέσης.

Το βιογραφικό σας θα παραμείνει στο αρχείο μας για 12 μήνες και, εφόσον προκύψει κάποια
αντίστοιχη θέση, θα επικοινωνήσουμε μαζί σας για νέο ραντεβού.

Σας ευχόμαστε καλή συνέχεια στην καριέρα σας.

Με εκτίμηση,
Τμήμα Ανθρώπινου Δυναμικού
ΗΛΙΟΠΕΤΡΑ ΤΕΧΝΙΚΗ Α.Ε. | Λ. Συγγρού 210, Νέα Σμύρνη | 210 9310 560
""", cte="quoted-printable")},
    lab([], "medium", "negative/rejection",
        "Greek rejection referring to a past interview with date and time; nothing scheduled."))

# ================================================================ 09 Cyprus phone screen, HTML only, after DST
s09 = T(2026, 4, 1, 10, 0, NIC, 2)
e09 = s09 + timedelta(minutes=20)
case("b103-09-cyprus-phone-screen-html", {
    "01-phone-screen-troodos.eml": mail(
        frm="Andri Charalambous <andri.charalambous@troodosinfra.example>", to=ME,
        subject="Troodos Infrastructure – short call re. Site Engineer (Roads) role",
        date=T(2026, 3, 27, 17, 14, NIC),
        html=f"""<html><body><div dir="ltr" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ioanna,</p>
<p>Thank you for your application for the <b>Site Engineer (Roads &amp; Drainage)</b> position in Limassol.
As a first step I would like to have a short phone screen with you – about 20 minutes, mainly about your
availability to relocate, your ETEK registration and salary expectations.</p>
<p>As agreed on LinkedIn, I will call you on <b>Wednesday 1/4 at 10:00 Cyprus time</b> (same as Athens)
on +30 697 300 1145.</p>
<p>If the time no longer works, just reply here.</p>
<p>Kind regards,<br>
<b>Andri Charalambous</b><br>Talent Acquisition Specialist<br>
Troodos Infrastructure Ltd<br>28 Oktovriou Ave 221, 3035 Limassol, Cyprus<br>
T +357 25 820 611 | M +357 99 614 207</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential. If you received it in error please notify the sender.</p>
</div></body></html>""", cte="base64")},
    lab([iv("Troodos Infrastructure Ltd", "Site Engineer (Roads & Drainage)", s09, e09, "scheduled",
            ["andri.charalambous@troodosinfra.example"], ["andri.charalambous@troodosinfra.example"], "phone_screen")],
        "medium", "positive/phone-screen-html-only",
        "HTML-only base64 body; Asia/Nicosia after 29 March DST (+03:00); recruiter conducts the 20-minute screen."))

# ================================================================ 10 Personio invite, German firm (Europe/Berlin)
s10 = T(2026, 4, 14, 14, 0, BER, 1)
e10 = T(2026, 4, 14, 15, 0, BER, 1)
d10 = T(2026, 4, 7, 9, 33, BER)
ics10 = ics(method="REQUEST", uid="personio-ev-5519027-hallerbau@personio.example", start=s10, end=e10,
            tzid="Europe/Berlin", prodid="-//Personio GmbH//Recruiting//DE",
            summary="Fachgespräch: Bauingenieurin (m/w/d) Tunnelbau – Ioanna Kyriakidou",
            organizer=("Hallerbau GmbH Recruiting", "recruiting-noreply@hallerbau.personio.example"),
            attendees=[("Ioanna Kyriakidou", USER), ("Dr. Jens Kübler", "jens.kuebler@hallerbau.example"),
                       ("Sabine Roth", "sabine.roth@hallerbau.example")],
            stamp=d10, description="Video-Interview über Microsoft Teams: https://teams.example/l/meetup-join/hb-5519027\nGesprächspartner: Dr. Jens Kübler (Leiter Tunnelbau), Sabine Roth (Projektleiterin)",
            location="Microsoft Teams")
case("b103-10-personio-german-tunnel", {
    "01-einladung-fachgespraech.eml": mail(
        frm="Hallerbau GmbH <recruiting-noreply@hallerbau.personio.example>", to=ME,
        reply_to="Katrin Wendt <katrin.wendt@hallerbau.example>",
        subject="Einladung zum Fachgespräch – Bauingenieurin (m/w/d) Tunnelbau",
        date=d10,
        text="""Sehr geehrte Frau Kyriakidou,

vielen Dank für Ihre Bewerbung als Bauingenieurin (m/w/d) Tunnelbau am Standort München.
Gerne möchten wir Sie näher kennenlernen und laden Sie zu einem Video-Interview ein:

Termin: Dienstag, 14. April 2026, 14:00 – 15:00 Uhr (MESZ)
        (das entspricht 15:00 Uhr in Athen)
Ort: Microsoft Teams – der Link befindet sich in der Kalendereinladung
Gesprächspartner: Dr. Jens Kübler (Leiter Tunnelbau) und Sabine Roth (Projektleiterin)

Please note: the interview will be held in English; some German is a plus.

Bei Rückfragen wenden Sie sich gerne an mich.

Mit freundlichen Grüßen
Katrin Wendt
HR Recruiting | Hallerbau GmbH
Landsberger Str. 302, 80687 München | +49 89 5570 2214
""", ics_attach=ics10, attach_name="einladung.ics")},
    lab([iv("Hallerbau GmbH", "Bauingenieurin (m/w/d) Tunnelbau", s10, e10, "scheduled",
            ["jens.kuebler@hallerbau.example", "sabine.roth@hallerbau.example"],
            ["jens.kuebler@hallerbau.example", "sabine.roth@hallerbau.example"], "technical")],
        "medium", "positive/ats-personio-german",
        "Personio mail in German with Europe/Berlin .ics (MESZ, +02:00); Athens time also mentioned."))

# ================================================================ 11 NEG webinar
d11 = T(2026, 3, 18, 10, 0, ATH)
w11 = T(2026, 3, 26, 18, 30, ATH, 3)
ics11 = ics(method="REQUEST", uid="zoom-web-88420017731@zoom.example", start=w11, end=w11 + timedelta(minutes=90),
            summary="Webinar: Η συνέντευξη εργασίας για νέους μηχανικούς – πρακτικές συμβουλές",
            organizer=("ΣΠΜΑ Webinars", "webinars@spma.example"), attendees=[("Ιωάννα Κυριακίδου", USER)],
            stamp=d11, prodid="-//Zoom Video Communications//Webinar//EN",
            description="Ομιλητές: Ν. Πολυχρόνης (HR Director), Α. Κάππου (career coach).\nZoom: https://zoom.example/w/88420017731",
            location="https://zoom.example/w/88420017731")
case("b103-11-webinar-interview-tips", {
    "01-webinar-syllogos.eml": mail(
        frm="Σύλλογος Πολιτικών Μηχανικών Αττικής <webinars@spma.example>", to=USER,
        subject="Εγγραφή επιβεβαιώθηκε: Webinar «Η συνέντευξη εργασίας για νέους μηχανικούς» – Πέμπτη 26/3, 18:30",
        date=d11,
        text="""Αγαπητή συνάδελφε,

Η εγγραφή σας στο διαδικτυακό σεμινάριο επιβεβαιώθηκε.

«Η συνέντευξη εργασίας για νέους μηχανικούς – πρακτικές συμβουλές»
Πέμπτη 26 Μαρτίου 2026, 18:30 – 20:00 (ώρα Ελλάδας), μέσω Zoom

Θα συζητήσουμε πώς να παρουσιάσετε το βιογραφικό σας, πώς να προετοιμαστείτε για
τεχνική συνέντευξη και για συνέντευξη με επιτροπή, και θα γίνει mock interview με εθελοντή.

Σύνδεσμος συμμετοχής: https://zoom.example/w/88420017731

Σύλλογος Πολιτικών Μηχανικών Αττικής | Μάρνη 12, Αθήνα
""", ics_attach=ics11, attach_name="webinar.ics")},
    lab([], "medium", "negative/webinar",
        "Association webinar about job interviews with a Zoom .ics; not an interview for the user."))

# ================================================================ 12 Google Calendar invite from Dutch firm
s12 = T(2026, 3, 23, 15, 0, AMS, 0)
e12 = T(2026, 3, 23, 16, 0, AMS, 0)
d12 = T(2026, 3, 17, 11, 2, AMS)
desc12 = """Interview for the Hydraulic Structures Engineer position (Rotterdam office).
You will speak with Joris Bakker (Lead Engineer, Hydraulic Structures). We will discuss one of your past projects in some depth – bring drawings if you like.

Femke (recruitment)"""
ics12 = ics(method="REQUEST", uid="3k9v0sdl2mfq7b1ncr6g8t4a5e@google.com", start=s12, end=e12,
            summary="Van Dijk Waterbouw – interview Ioanna Kyriakidou (Hydraulic Structures Engineer)",
            organizer=("Femke de Wit", "femke.dewit@vandijkwaterbouw.example"),
            attendees=[("Femke de Wit", "femke.dewit@vandijkwaterbouw.example"),
                       ("Joris Bakker", "joris.bakker@vandijkwaterbouw.example"),
                       (USER, USER)],
            stamp=d12, prodid="-//Google Inc//Google Calendar 70.9054//EN",
            description=desc12 + "\n\nJoin with Google Meet: https://meet.google.example/vdw-qkrt-pzm",
            extra=["X-GOOGLE-CONFERENCE:https://meet.google.example/vdw-qkrt-pzm"])
txt12 = f"""Van Dijk Waterbouw – interview Ioanna Kyriakidou (Hydraulic Structures Engineer)
Monday Mar 23, 2026 ⋅ 3pm – 4pm
Central European Time - Amsterdam

Join with Google Meet
https://meet.google.example/vdw-qkrt-pzm

Organizer
Femke de Wit
femke.dewit@vandijkwaterbouw.example

Guests
Femke de Wit - organizer
Joris Bakker
{USER}

{desc12}

Reply for {USER} and view more details https://calendar.google.example/event?action=VIEW&eid=M2s5djBzZGwy

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
html12 = "<html><body><div>" + txt12.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>"
case("b103-12-google-invite-dutch-waterbouw", {
    "01-invitation-van-dijk.eml": mail(
        frm="Femke de Wit <femke.dewit@vandijkwaterbouw.example>", to=USER,
        reply_to="Femke de Wit <femke.dewit@vandijkwaterbouw.example>",
        extra_headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
        subject=f"Invitation: Van Dijk Waterbouw – interview Ioanna Kyriakidou (Hydraulic Structures Engineer) @ Mon Mar 23, 2026 3pm - 4pm (CET) ({USER})",
        date=d12, text=txt12, html=html12, cte="base64", calendar=ics12, ics_attach=ics12)},
    lab([iv("Van Dijk Waterbouw", "Hydraulic Structures Engineer", s12, e12, "scheduled",
            ["joris.bakker@vandijkwaterbouw.example"], ["joris.bakker@vandijkwaterbouw.example"], "technical")],
        "medium", "positive/google-invite-amsterdam",
        "Google invite, UTC times in .ics, Amsterdam still on CET (+01:00) on 23 March; organizer only schedules."))

# ================================================================ 13 Teams invite then METHOD:CANCEL
s13 = T(2026, 4, 8, 12, 0, ATH, 2)
e13 = T(2026, 4, 8, 13, 0, ATH, 2)
d13a = T(2026, 4, 2, 10, 18, ATH)
d13b = T(2026, 4, 6, 9, 5, ATH)
uid13 = "040000008200E00074C5B7101A82E00800000000D0C1E2F3A4B5DC010000000000000000100000006B7C8D9E0F1A2B3C4D5E6F708192A3B4"
org13 = ("Άννα Κωνσταντινίδου", "a.konstantinidou@egnatia-ce.example")
att13 = [("Ιωάννα Κυριακίδου", USER), ("Μιχάλης Τσακίρης", "m.tsakiris@egnatia-ce.example")]
body13a = """Πότε: Τετάρτη, 8 Απριλίου 2026 12:00 μ.μ.-1:00 μ.μ. (UTC+02:00) Αθήνα, Βουκουρέστι.
Πού: Συνάντηση στο Microsoft Teams

Καλημέρα κα Κυριακίδου,

Σας προσκαλούμε σε διαδικτυακή συνέντευξη για τη θέση Μηχανικού Υδραυλικών Έργων
(γραφείο Θεσσαλονίκης) με τον Τεχνικό Διευθυντή μας, κ. Μιχάλη Τσακίρη.

Άννα Κωνσταντινίδου
Ανθρώπινο Δυναμικό | Εγνατία Σύμβουλοι Μηχανικοί Α.Ε.
Τσιμισκή 43, 546 23 Θεσσαλονίκη | 2310 250 780
________________________________________________________________________________
Συνάντηση του Microsoft Teams
Συμμετάσχετε: https://teams.example/l/meetup-join/19%3ameeting_EgN4t1a
Αναγνωριστικό σύσκεψης: 318 552 907 114  Κωδικός πρόσβασης: Xk7pQ2
________________________________________________________________________________
"""
body13b = """Καλημέρα κα Κυριακίδου,

Λυπούμαστε, αλλά η διαδικασία για τη θέση Μηχανικού Υδραυλικών Έργων έχει παγώσει μέχρι νεωτέρας
λόγω αναθεώρησης του προϋπολογισμού του έργου. Γι' αυτό ακυρώνουμε τη συνέντευξη της Τετάρτης.
Θα επανέλθουμε μόλις έχουμε νέα.

Άννα Κωνσταντινίδου
"""
msx = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-CDO-IMPORTANCE:1"]
ics13a = ics(method="REQUEST", uid=uid13, start=s13, end=e13, tzid="GTB Standard Time", lang="el-GR",
             summary="Συνέντευξη: Μηχανικός Υδραυλικών Έργων – Ι. Κυριακίδου", organizer=org13, attendees=att13,
             stamp=d13a, prodid="Microsoft Exchange Server 2010", description=body13a,
             location="Συνάντηση στο Microsoft Teams", extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0"] + msx)
ics13b = ics(method="CANCEL", uid=uid13, start=s13, end=e13, tzid="GTB Standard Time", lang="el-GR", seq=1,
             status="CANCELLED",
             summary="Ακυρώθηκε: Συνέντευξη: Μηχανικός Υδραυλικών Έργων – Ι. Κυριακίδου", organizer=org13,
             attendees=att13, stamp=d13b, prodid="Microsoft Exchange Server 2010", description=body13b,
             location="Συνάντηση στο Microsoft Teams",
             extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "PRIORITY:1"] + msx[1:])
to13 = f"{ME}, Μιχάλης Τσακίρης <m.tsakiris@egnatia-ce.example>"
case("b103-13-teams-invite-then-cancel", {
    "01-synenteuxi-ydraulikos.eml": mail(frm=f"{org13[0]} <{org13[1]}>", to=to13,
                                          subject="Συνέντευξη: Μηχανικός Υδραυλικών Έργων – Ι. Κυριακίδου",
                                          date=d13a, text=body13a, calendar=ics13a,
                                          extra_headers=[("Content-class", "urn:content-classes:calendarmessage")]),
    "02-akyrothike-synenteuxi.eml": mail(frm=f"{org13[0]} <{org13[1]}>", to=to13,
                                          subject="Ακυρώθηκε: Συνέντευξη: Μηχανικός Υδραυλικών Έργων – Ι. Κυριακίδου",
                                          date=d13b, text=body13b, calendar=ics13b, cal_method="CANCEL",
                                          extra_headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                                         ("Importance", "high")]),
}, lab([iv("Εγνατία Σύμβουλοι Μηχανικοί Α.Ε.", "Μηχανικός Υδραυλικών Έργων", s13, e13, "cancelled",
           ["m.tsakiris@egnatia-ce.example"], ["m.tsakiris@egnatia-ce.example"], "hiring_manager")],
       "medium", "positive/exchange-cancel",
       "Exchange REQUEST then METHOD:CANCEL (GTB Standard Time, after DST -> +03:00); cancelled, position frozen."))

# ================================================================ 14 NEG internal site meeting at current job
d14 = T(2026, 3, 20, 14, 12, ATH)
s14 = T(2026, 3, 24, 8, 0, ATH, 1)
body14 = """Πότε: Τρίτη, 24 Μαρτίου 2026 8:00 π.μ.-10:00 π.μ. (UTC+02:00) Αθήνα, Βουκουρέστι.
Πού: Εργοτάξιο Γλυφάδας – Γούναρη 140 (κοντέινερ γραφείου)

Παιδιά,

Αυτοψία πριν τη σκυροδέτηση της πλάκας οροφής Β΄ ορόφου: έλεγχος οπλισμού, καλουπιών και
αναμονών Η/Μ. Ιωάννα, φέρε τα σχέδια αναθεώρησης Ρ3 και το πρόγραμμα σκυροδετήσεων.
Θα έρθει και ο υποψήφιος υπεργολάβος για τα ξυλότυπα να δει το έργο πριν δώσει προσφορά –
δεν χρειάζεται να του κάνουμε «συνέντευξη», απλώς να του δείξουμε το πρόγραμμα.

Νίκος
--
Νικόλαος Βασιλείου | Διευθυντής Έργου
ΣΤΕΡΕΟ Κατασκευαστική Α.Ε. | 210 9640 300
"""
ics14 = ics(method="REQUEST",
            uid="040000008200E00074C5B7101A82E008000000002A3B4C5D6E7FDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
            start=s14, end=s14 + timedelta(hours=2), tzid="GTB Standard Time", lang="el-GR",
            summary="Αυτοψία εργοταξίου Γλυφάδας – έλεγχος οπλισμού πλάκας Β΄",
            organizer=("Νικόλαος Βασιλείου", "n.vasileiou@stereo-kat.example"),
            attendees=[("Ιωάννα Κυριακίδου", USER), ("Πέτρος Δημάκης", "p.dimakis@stereo-kat.example")],
            stamp=d14, prodid="Microsoft Exchange Server 2010", description=body14,
            location="Εργοτάξιο Γλυφάδας – Γούναρη 140", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
case("b103-14-internal-site-inspection", {
    "01-aftopsia-ergotaxiou.eml": mail(frm="Νικόλαος Βασιλείου <n.vasileiou@stereo-kat.example>",
                                        to=f"Πέτρος Δημάκης <p.dimakis@stereo-kat.example>, {ME}",
                                        subject="Αυτοψία εργοταξίου Γλυφάδας – έλεγχος οπλισμού πλάκας Β΄",
                                        date=d14, text=body14, calendar=ics14,
                                        extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])},
    lab([], "hard", "negative/internal-meeting",
        "Teams/Outlook invite from the user's current boss for a site inspection; mentions a 'candidate' subcontractor and 'συνέντευξη' in passing."))

# ================================================================ 15 Piraeus shipping, invitation then cancellation by e-mail
d15a = T(2026, 3, 20, 12, 30, ATH)
d15b = T(2026, 3, 25, 9, 50, ATH)
s15 = T(2026, 3, 27, 13, 0, ATH, 4)
e15 = s15 + timedelta(minutes=45)
m15a = "<AM0PR08MB5123.ERMIS.20260320@ermisnav.example>"
t15a = """Αγαπητή κα Κυριακίδου,

Σε συνέχεια της τηλεφωνικής μας επικοινωνίας, σας επιβεβαιώνω το ραντεβού για συνέντευξη για τη
θέση Civil/Structural Engineer (Newbuilding & Dry-dock Projects):

Ημερομηνία: Παρασκευή 27/03/2026
Ώρα: 1 μ.μ.
Διάρκεια: περίπου 45 λεπτά
Τόπος: Ακτή Μιαούλη 85, Πειραιάς, 5ος όροφος

Θα σας δει ο Technical Manager του στόλου μας, κ. Ιάκωβος Μαυρίδης.

Με εκτίμηση,
Σοφία Νικολάου
Crew & HR Department
ERMIS NAVIGATION S.A.
85 Akti Miaouli, 185 38 Piraeus, Greece
Tel: +30 210 4118 930 | Fax: +30 210 4118 931
"""
t15b = """Αγαπητή κα Κυριακίδου,

Δυστυχώς θα πρέπει να ακυρώσουμε τη συνέντευξη της Παρασκευής 27/3 στις 13:00, καθώς η θέση
καλύφθηκε εσωτερικά από συνάδελφο του τεχνικού τμήματος. Ζητούμε συγγνώμη για την αναστάτωση.

Θα κρατήσουμε το βιογραφικό σας για μελλοντικές ευκαιρίες.

Με εκτίμηση,
Σοφία Νικολάου
ERMIS NAVIGATION S.A.

-----Original Message-----
From: Σοφία Νικολάου <s.nikolaou@ermisnav.example>
Sent: Friday, March 20, 2026 12:30 PM
Subject: Ραντεβού για συνέντευξη – Civil/Structural Engineer
"""
case("b103-15-piraeus-shipping-cancel-by-email", {
    "01-rantevou-synenteuxi.eml": mail(frm="Σοφία Νικολάου <s.nikolaou@ermisnav.example>", to=ME,
                                        subject="Ραντεβού για συνέντευξη – Civil/Structural Engineer",
                                        date=d15a, text=t15a, msgid=m15a),
    "02-akyrosi-synenteuxis.eml": mail(frm="Σοφία Νικολάου <s.nikolaou@ermisnav.example>", to=ME,
                                        subject="RE: Ραντεβού για συνέντευξη – Civil/Structural Engineer – ΑΚΥΡΩΣΗ",
                                        date=d15b, text=t15b, in_reply_to=m15a, cte="base64"),
}, lab([iv("Ermis Navigation S.A.", "Civil/Structural Engineer (Newbuilding & Dry-dock Projects)", s15, e15,
           "cancelled", [], ["s.nikolaou@ermisnav.example"], "hiring_manager")],
       "medium", "positive/cancel-by-email-greek",
       "Greek '1 μ.μ.' on 27/03 (EET, +02:00) then cancelled by e-mail (position filled internally)."))

# ================================================================ 16 two interviews: phone screen 'αύριο στις 3 μ.μ.' + second interview
d16a = T(2026, 3, 3, 17, 45, ATH, 1)
s16a = T(2026, 3, 4, 15, 0, ATH, 2)
e16a = s16a + timedelta(minutes=30)
d16b = T(2026, 3, 5, 11, 20, ATH)
s16b = T(2026, 3, 12, 10, 30, ATH, 3)
m16a = "<CAF3-tel-screen-0303@gaiaenergy.example>"
case("b103-16-two-interviews-gaia-energy", {
    "01-tilefoniki-synenteuxi-avrio.eml": mail(
        frm="Δήμητρα Σταυρίδου <d.stavridou@gaiaenergy.example>", to=ME,
        subject="Θέση Πολιτικού Μηχανικού – Φωτοβολταϊκά Πάρκα",
        date=d16a, msgid=m16a,
        text="""Καλησπέρα Ιωάννα,

Σ' ευχαριστώ για την αίτηση στη θέση Πολιτικού Μηχανικού για τα φωτοβολταϊκά μας πάρκα.
Όπως είπαμε και στο LinkedIn, θα σε πάρω τηλέφωνο αύριο στις 3 μ.μ. για μια πρώτη τηλεφωνική
συνέντευξη, γύρω στο μισάωρο. Θα σε καλέσω στο 697 300 1145.

Δήμητρα Σταυρίδου
Talent Acquisition | GAIA Energy Projects
Λ. Βουλιαγμένης 256, Άγιος Δημήτριος | 210 9701 442
"""),
    "02-deuteri-synenteuxi.eml": mail(
        frm="Δήμητρα Σταυρίδου <d.stavridou@gaiaenergy.example>", to=ME,
        cc="Χαράλαμπος Οικονόμου <ch.oikonomou@gaiaenergy.example>",
        subject="Re: Θέση Πολιτικού Μηχανικού – Φωτοβολταϊκά Πάρκα – 2η συνέντευξη",
        date=d16b, in_reply_to=m16a, cte="quoted-printable",
        text="""Γεια σου Ιωάννα,

Ευχαριστώ για τη χθεσινή κουβέντα! Θα θέλαμε να προχωρήσουμε σε δεύτερη συνέντευξη
με τον Διευθυντή Κατασκευών, Χαράλαμπο Οικονόμου (σε κοινοποίηση).

Πέμπτη 12 Μαρτίου, 10:30 π.μ., στα γραφεία μας στον Άγιο Δημήτριο.

Αν για κάποιο λόγο δεν μπορείς, πες μου να βρούμε άλλη ώρα.

Δήμητρα

> Στις Τρί 3 Μαρ 2026 στις 5:45 μ.μ., ο/η Δήμητρα Σταυρίδου έγραψε:
> θα σε πάρω τηλέφωνο αύριο στις 3 μ.μ. για μια πρώτη τηλεφωνική συνέντευξη
"""),
}, lab([iv("GAIA Energy Projects", "Πολιτικός Μηχανικός – Φωτοβολταϊκά Πάρκα", s16a, e16a, "scheduled",
           ["d.stavridou@gaiaenergy.example"], ["d.stavridou@gaiaenergy.example"], "phone_screen"),
        iv("GAIA Energy Projects", "Πολιτικός Μηχανικός – Φωτοβολταϊκά Πάρκα", s16b, None, "scheduled",
           ["ch.oikonomou@gaiaenergy.example"], ["ch.oikonomou@gaiaenergy.example"], "hiring_manager")],
       "hard", "positive/two-interviews",
       "Phone screen 'αύριο στις 3 μ.μ.' resolved against Tue 3 March -> Wed 4 March 15:00 (30 min); second interview Thu 12 March 10:30, no duration."))

# ================================================================ 17 NEG bank appointment
d17 = T(2026, 4, 3, 15, 5, ATH)
b17 = T(2026, 4, 9, 10, 0, ATH, 3)
ics17 = ics(method="REQUEST", uid="tip-apt-20260409-00731@trapeza-ioniou.example", start=b17,
            end=b17 + timedelta(minutes=45), tzid="Europe/Athens",
            summary="Ραντεβού με σύμβουλο στεγαστικών δανείων – Κατάστημα Αμαρουσίου",
            organizer=("Τράπεζα Ιονίου – Ραντεβού", "rantevou@trapeza-ioniou.example"),
            attendees=[("ΚΥΡΙΑΚΙΔΟΥ ΙΩΑΝΝΑ", USER)], stamp=d17,
            description="Σύμβουλος: Ευάγγελος Πάνου. Φέρτε εκκαθαριστικό εφορίας, βεβαίωση εργοδότη με τη θέση και τις αποδοχές σας.",
            location="Τράπεζα Ιονίου, Κατάστημα Αμαρουσίου, Βασ. Σοφίας 31")
case("b103-17-bank-appointment", {
    "01-rantevou-trapeza.eml": mail(
        frm="Τράπεζα Ιονίου <rantevou@trapeza-ioniou.example>", to=USER,
        subject="Το ραντεβού σας επιβεβαιώθηκε – Πέμπτη 9 Απριλίου, 10:00",
        date=d17, html="""<html><body>
<p>Αγαπητή πελάτισσα,</p>
<p>Το ραντεβού σας για <b>συνάντηση με σύμβουλο στεγαστικών δανείων</b> επιβεβαιώθηκε.</p>
<p>Πέμπτη 9 Απριλίου 2026, ώρα 10:00 π.μ.<br>Κατάστημα Αμαρουσίου, Βασ. Σοφίας 31<br>Σύμβουλος: Ευάγγελος Πάνου</p>
<p>Για την προέγκριση θα χρειαστούμε βεβαίωση εργοδότη (θέση, αποδοχές, είδος σύμβασης) και το τελευταίο εκκαθαριστικό.
Αν αλλάζετε εργασία, ενημερώστε τον σύμβουλό σας.</p>
<p>Αλλαγή ή ακύρωση: <a href="https://e-banking.trapeza-ioniou.example/rantevou">e-banking</a></p>
</body></html>""", ics_attach=ics17, attach_name="rantevou.ics")},
    lab([], "medium", "negative/bank-appointment",
        "Bank mortgage-advisor appointment, HTML only with .ics; mentions employer/θέση."))

# ================================================================ 18 e-mail + Calendar API event (dedupe), Piraeus shipping
s18 = T(2026, 4, 7, 9, 30, ATH, 1)
e18 = T(2026, 4, 7, 10, 30, ATH, 1)
d18 = T(2026, 4, 1, 16, 20, ATH)
gcal18 = {
    "kind": "calendar#event",
    "etag": "\"3550184263918000\"",
    "id": "7ac2p1mq0v8eh3ks5b9u4tdn6o",
    "status": "confirmed",
    "htmlLink": "https://www.google.example/calendar/event?eid=N2FjMnAxbXEwdjhlaDNrczViOXU0dGRuNm8",
    "created": "2026-04-01T13:25:31.000Z",
    "updated": "2026-04-01T13:26:02.114Z",
    "summary": "Aegean Crest Maritime – interview (Civil Engineer, Terminal Projects)",
    "description": "Meeting with Stavros Kalogeropoulos, Head of Technical Dept. Reception 3rd floor, ask for Nefeli.",
    "location": "Aegean Crest Maritime, Akti Miaouli 41, Piraeus 185 35",
    "creator": {"email": USER, "self": True},
    "organizer": {"email": USER, "self": True},
    "start": {"dateTime": iso(s18), "timeZone": "Europe/Athens"},
    "end": {"dateTime": iso(e18), "timeZone": "Europe/Athens"},
    "iCalUID": "7ac2p1mq0v8eh3ks5b9u4tdn6o@google.com",
    "sequence": 0,
    "attendees": [
        {"email": USER, "organizer": True, "self": True, "responseStatus": "accepted"},
        {"email": "s.kalogeropoulos@aegeancrest.example", "displayName": "Stavros Kalogeropoulos",
         "responseStatus": "needsAction"},
    ],
    "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
    "eventType": "default",
}
case("b103-18-email-plus-gcal-json-aegean-crest", {
    "01-aegean-crest-interview.eml": mail(
        frm="Nefeli Karagianni <n.karagianni@aegeancrest.example>", to=ME,
        subject="Interview – Civil Engineer (Terminal Projects)",
        date=d18,
        text="""Dear Ms Kyriakidou,

Further to our call, I am pleased to confirm your interview with Mr Stavros Kalogeropoulos,
Head of our Technical Department (s.kalogeropoulos@aegeancrest.example), on

    Tuesday 7 April at half past nine in the morning (Athens time)

at our offices, Akti Miaouli 41, Piraeus (3rd floor). Please allow one hour.
Kindly bring your diploma and a copy of your TEE membership card.

Best regards,
Nefeli Karagianni
Personnel Officer
AEGEAN CREST MARITIME INC.
41 Akti Miaouli, 185 35 Piraeus | T +30 210 4525 660 | M +30 694 221 0378
"""),
    "02-aegean-crest-interview.gcal.json": (json.dumps(gcal18, ensure_ascii=False, indent=2) + "\n").encode(),
}, lab([iv("Aegean Crest Maritime", "Civil Engineer (Terminal Projects)", s18, e18, "scheduled",
           ["s.kalogeropoulos@aegeancrest.example"], ["s.kalogeropoulos@aegeancrest.example"], "hiring_manager")],
       "medium", "positive/dedupe-email-gcal-json",
       "Recruiter e-mail ('half past nine') + the user's own Calendar API event for the same interview: one interview."))

# ================================================================ 19 NEG availability request, Greeklish
case("b103-19-availability-request-greeklish", {
    "01-diathesimotita-synenteuxi.eml": mail(
        frm="Vasilis Rigas <v.rigas@thessalycement.example>", to=ME,
        subject="Thesi Michanikou Paragogis - diathesimotita gia synenteuxi",
        date=T(2026, 4, 6, 12, 10, ATH), cte="7bit",
        text="""Kalimera Ioanna,

Eimai o Vasilis apo to HR tis Thessaly Cement. Eidame to viografiko sou gia ti thesi
Michanikou Paragogis (Volos) kai tha thelame na kleisoume mia synenteuxi tin epomeni evdomada.

Mporeis na mou steileis 2-3 meres/wres pou se volevoun (p.x. Triti i Tetarti meta tis 11);
Enallaktika kleise mono sou ena slot edw: https://book.thessalycement.example/hr-vrigas

Eyxaristw,
Vasilis Rigas
HR Specialist | Thessaly Cement S.A. | 24210 55 301
"""), }, lab([], "hard", "negative/availability-request",
                  "Greeklish request for availability plus a booking link; nothing booked yet."))

# ================================================================ 20 Dutch founder final chat via German agency, forwarded
d20a = T(2026, 3, 30, 9, 14, AMS)
d20b = T(2026, 3, 30, 11, 2, BER)
s20 = T(2026, 4, 3, 12, 0, AMS, 4)
e20 = s20 + timedelta(minutes=30)
case("b103-20-agency-forward-founder-noon", {
    "01-fwd-final-conversation-noordzee.eml": mail(
        frm="Lena Vogt <lena.vogt@bruecketalent.example>", to=ME,
        subject="Fwd: Final conversation – Ioanna K. / Project Engineer Offshore Foundations",
        date=d20b, cte="base64",
        text=f"""Hi Ioanna,

Great news – Maarten wants to meet you for the final conversation, see below. He suggests
Friday at noon Amsterdam time, which is 13:00 for you in Athens. I've already told him this
works for you (you mentioned Friday is free). It's a 30-min video call, link below.

After that call it's just the offer stage, so fingers crossed!

Lena Vogt
Senior Consultant Engineering | Brücke Talent GmbH
Friedrichstraße 68, 10117 Berlin | +49 30 2091 7744

---------- Forwarded message ---------
From: Maarten Hoekstra <m.hoekstra@noordzeefund.example>
Date: Mon, Mar 30, 2026 at 9:14 AM
Subject: Final conversation – Ioanna K. / Project Engineer Offshore Foundations
To: Lena Vogt <lena.vogt@bruecketalent.example>

Hi Lena,

The team was very positive about Ioanna after the technical round. I'd like to have a short
final conversation with her myself – Friday 3 April, 12:00-12:30 (our time), on Teams:
https://teams.example/l/meetup-join/nzf-mh-0403

Please pass it on and cc her my address in case she has questions.

Cheers,
Maarten Hoekstra
Founder & CEO | Noordzee Funderingen B.V.
Waalhaven Z.z. 19, Rotterdam
""")}, lab([iv("Noordzee Funderingen B.V.", "Project Engineer Offshore Foundations", s20, e20, "scheduled",
               ["m.hoekstra@noordzeefund.example"], ["m.hoekstra@noordzeefund.example"], "hiring_manager")],
           "hard", "positive/forwarded-agency-founder",
           "Agency forwards founder's proposal; 'noon Amsterdam time' on Fri 3 April = 12:00+02:00 (CEST); final chat with CEO is an interview."))

# ================================================================ 21 NEG user is the interviewer (current job), Google invite
d21 = T(2026, 3, 10, 9, 0, ATH)
s21 = T(2026, 3, 13, 11, 0, ATH, 4)
desc21 = "Συνέντευξη υποψηφίου για τη θέση Εργοδηγού (εργοτάξιο Γλυφάδας). Συνεντευκτές: Ν. Βασιλείου, Ι. Κυριακίδου. Βιογραφικό στον κοινόχρηστο φάκελο HR."
ics21 = ics(method="REQUEST", uid="1q2w3e4r5t6y7u8i9o0pstereo@google.com", start=s21, end=s21 + timedelta(minutes=45),
            summary="Συνέντευξη υποψηφίου: Γ. Νικολαΐδης – Εργοδηγός",
            organizer=("Ρένα Σιδηροπούλου", "r.sidiropoulou@stereo-kat.example"),
            attendees=[("Ρένα Σιδηροπούλου", "r.sidiropoulou@stereo-kat.example"),
                       ("Νικόλαος Βασιλείου", "n.vasileiou@stereo-kat.example"), (USER, USER)],
            stamp=d21, prodid="-//Google Inc//Google Calendar 70.9054//EN", description=desc21,
            location="ΣΤΕΡΕΟ Κατασκευαστική – αίθουσα συσκέψεων, Λ. Βουλιαγμένης 410")
txt21 = f"""Συνέντευξη υποψηφίου: Γ. Νικολαΐδης – Εργοδηγός
Παρασκευή 13 Μαρτίου 2026 ⋅ 11:00πμ – 11:45πμ
Ώρα Ανατολικής Ευρώπης - Αθήνα

Διοργανωτής
Ρένα Σιδηροπούλου
r.sidiropoulou@stereo-kat.example

Προσκεκλημένοι
Ρένα Σιδηροπούλου - διοργανωτής
Νικόλαος Βασιλείου
{USER}

{desc21}

Πρόσκληση από το Ημερολόγιο Google
"""
case("b103-21-user-is-interviewer", {
    "01-prosklisi-synenteuxi-ypopsifiou.eml": mail(
        frm="Ρένα Σιδηροπούλου <r.sidiropoulou@stereo-kat.example>", to=USER,
        extra_headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
        subject=f"Πρόσκληση: Συνέντευξη υποψηφίου: Γ. Νικολαΐδης – Εργοδηγός @ Παρ 13 Μαρ 2026 11πμ - 11:45πμ (EET) ({USER})",
        date=d21, text=txt21, html="<html><body><pre>" + txt21 + "</pre></body></html>", cte="base64",
        calendar=ics21, ics_attach=ics21)},
    lab([], "hard", "negative/user-is-interviewer",
        "Google invite from the user's current employer: she is on the panel interviewing a foreman candidate."))

# ================================================================ 22 NEG one-way recorded video interview
case("b103-22-one-way-video-interview", {
    "01-complete-your-video-interview.eml": mail(
        frm="Delta Kust Engineering via VidScreen <no-reply@vidscreen.example>", to=USER,
        subject="Action required: complete your video interview for Delta Kust Engineering",
        date=T(2026, 3, 24, 10, 0, AMS),
        html="""<html><body style="font-family:Helvetica,Arial">
<p>Hi Ioanna,</p>
<p>Delta Kust Engineering has invited you to a <b>recorded video interview</b> for the role
<b>Coastal Engineer (Dike Reinforcement)</b>.</p>
<ul><li>5 questions, 2 minutes each, 30 seconds preparation time</li>
<li>No interviewer will be present – answer at any time that suits you</li>
<li>Deadline: <b>Sunday 29 March 2026, 23:59 CET</b></li></ul>
<p><a href="https://app.vidscreen.example/i/dke-8830-ik" style="background:#0a6;color:#fff;padding:8px 14px">Start my interview</a></p>
<p>Questions? Contact recruitment@deltakust.example.</p>
<p style="font-size:11px;color:#999">VidScreen B.V. · Amsterdam</p>
</body></html>""", cte="quoted-printable")},
    lab([], "medium", "negative/one-way-video",
        "One-way recorded video interview with a deadline; per rules not a live interview."))


# ================================================================ write out
def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b103-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items.items():
            (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for blind103 (written blind; all names invented, .example domains). See README.md.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=1000)


if __name__ == "__main__":
    main()
