"""Every blind set as a regression guard, scored in-process.

Each set was scored once on the detector as it stood before it was read (figures in
bench/results/blind_eval.md); afterwards its failures were fixed. This test keeps what was
reached: for every case, the interviews found (start in UTC and status) are exactly the
labelled ones, except the cases listed in KNOWN_MISSES (still wrong; each is described in
the results). A known miss that starts passing fails the test too, so the list stays true.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from detector import detect, infer_owner
from followup.detect_cmd import read_mailbox

DATA = Path(__file__).resolve().parents[1] / "data"
GUARDED = sorted(p.name for p in DATA.glob("blind*") if (p / "labels.yaml").exists())
# Still wrong, each with its reason (bench/results/blind_eval.md); a new batch's misses go here
# until they are fixed.
KNOWN_MISSES: set[str] = {
    # a paid kitchen trial shift labelled an interview; blind13, blind55 and blind58 label paid
    # trial shifts as work samples (no live conversation), and the detector keeps that reading
    "b124-02-paid-trial-shift-bistro",
    # a hiring event's one schedule books three employers at three times: three interviews,
    # read as one (the detector reads one time per mail)
    "b138-05-hiring-event-three-employers",
    # a final round whose property tour opens it (the tour is in the programme, the invites
    # are for the talks): read from the first invite's talk
    "b143-07-final-round-property-tour",
    # an ATS mail stamped +00:00 for an in-person panel in Hermanus, a town no zone list names
    "b143-13-pageup-inperson-panel-names-only",
    # an assessment day's written test opens the programme and is labelled part of the
    # interview; the detector starts at the first interview row (tests are no conversation)
    "b144-01-taleo-assessment-day-ramadan",
    # batch 45, scored once and not yet fixed (bench/results/blind_eval.md)
    "b147-06-headhunter-forward-teams-2nd-interview",
    # an agency's one mail books two employers at two times: read as one interview
    "b155-07-agency-two-companies-one-mail",
    # batch 49: an agency's forward whose client proposes a day the thread later moves (read at
    # the first day); a Cairo interview after the clocks went back, in mail stamped +03:00 that
    # names no zone (read in Riyadh's); a Slack notification forwarded as a chat ("Nele Hartwig
    # 6:44 PM") whose stamps and "do 16h" the detector does not separate
    "b158-15-agency-forward-uae-client",
    "b158-21-egyptian-reschedule-dst-end",
    "b159-06-slack-huddle-forwarded",
    # batch 50: a Calendar API event deleted and re-booked as a new event, the cancelling mail
    # naming the new day ("sẽ gửi lời mời mới cho 10h sáng thứ Sáu 23/01"): labelled two
    # entries by the README's rule, read as one interview that moved; a recruiter's Telegram
    # messages relayed to mail one by one, the confirmation ("подтверждаю: завтра в 12:00")
    # alone in its mail with no hiring word (the first message, about the opening, is no thread)
    "b162-15-gcal-json-cancel-rebook",
    "b163-05-telegram-relay-moscow-tomorrow",
    # batch 53: a walk-in drive (written test, then F2F and HR rounds the same day, "reporting
    # time 9:30") labelled an interview; the detector reads it as a hiring event
    "b170-06-walk-in-drive-reporting-time",
    # session 14: a contractor's "Make it 830 instead ... Same day" (a time with no colon, its
    # day in the earlier mail); a recruiter's "Could I give you a quick call tomorrow at
    # 4:30?" whose yes is only quoted in the next mail, after the call (read as no interview)
    "b180-02-contractor-iphone-terse-moved-time",
    "b184-07-phone-screen-then-panel-airport",
    # batch 60: a paid "working interview" (a shift) that this set labels a work sample and
    # blind101 labels an interview (the detector keeps blind101's reading)
    "b191-02-interview-plus-working-interview",
    "b191-14-working-interview-only",
    # session 15: a chief pilot's "Can you come in for a chat Thu 1400Z? ... Bring licence,
    # medical, logbook" about an "FO position" (two hiring words and a chat: below acceptance;
    # a "documents to bring" signal was tried and let career fairs and walk-ins through)
    "b198-05-fenland-jets-terse-zulu-chat",
    # batches 64-65: a store walk-through at "Saturday 7:30" before opening (an unmarked 1-7 is
    # read as the afternoon); two interviews in one thread where the first round's slot is
    # agreed only in a reply (the Head of Engineering's chat is found, the HackerRank round
    # not); an agency recruiter's coffee about the market, booked by invite, with no role
    # (read as an interview); an agency forward whose quoted client note and the agency's
    # confirmation are read as two interviews a week apart
    "b203-07-store-walkthrough-thread",
    "b204-09-two-interviews-hackerrank-and-head-of-eng",
    "b204-18-agency-recruiter-coffee-no-role",
    "b207-11-agency-forwarded-hiring-manager",
    # batch 66: two Calendar API snapshots of a "Case-Präsentation" moved a day, with no word
    # of an interview or a job in either (only the owner's guest entry and the organizer)
    "b210-09-gcal-api-case-praesentation-moved",
    # batch 69: the owner's note to herself that pastes a recruiter's WhatsApp chat moving
    # the Kenoby invite's interview ("Podemos passar para quinta-feira (15/10) às 16h30?"):
    # the owner's own mail moves nothing yet, even when it quotes the company
    "b219-07-kenoby-remarcacao-whatsapp",
    # batch 70: "Putem muta interviul pe vineri?" (Friday, after the booked Tuesday) read as
    # the Friday before it, then the updated invite: the mail's slot stays a second interview
    # (joining the mail to an invite updated later was tried and moved other invites wrongly)
    "b224-05-google-reschedule-putem-muta-vineri",
    # batch 73: the owner's note to herself with a dispatcher's texts ("Can u come out to the
    # yard Thurs morning? ... say 9am?"), then his mail "see you tmrw at 9 for the yard visit
    # ... sit down with me and Dale" with no word of a job (the texts are the owner's own mail)
    "b238-05-sms-forward-yard-tour-ride-along",
    # batch 74: an Oleeo booking whose invite spans the supervised written exercise and the
    # partner interview (09:30-12:15) while its timetable starts the interview at 11:15 (the
    # label's start; the invite's time wins, as it does for every booking tool's event)
    "b239-03-oleeo-written-exercise-then-partners",
    # batch 78: a recruiter's WhatsApp chat in Darija written in Latin letters ("bghaw ydiro
    # m3ak entretien nhar lkhmis had simana, 12 mars, m3a 10 dyal sbah"): neither the hiring
    # words nor the clock ("10 dyal sbah", ten in the morning) are read
    "b257-12-whatsapp-darija-colle-dans-mail",
    # batch 80 (round 67): a standalone invite with floating times and no zone, whose only
    # place is "po lokalnom vremenu (Split)": a city the tz database does not name (read in UTC)
    "b265-12-standalone-ics-floating-split",
    # batch 81 (round 68): a hands-on bend test proctored by a person, then the interview, the
    # same morning: labelled one onsite from the test (07:00), while the detector, as blind261's
    # and the nursing sets' labels do, starts at the interview row and drops the tested mail
    "b269-09-bend-test-then-ops-manager-interview",
    # batch 84 (round 71): a Trade Me relay of a drainage firm's note, "Keen to have a yarn. You
    # free Thursday arvo, say 3? Come down to the yard", then the owner's yes and the boss's
    # "Good as gold": no word of an interview, a chat in New Zealand's own words
    "b279-18-trade-me-thursday-arvo",
    # batch 85 (round 72): a two-day campus visit laid out in one HTML itinerary (job talk,
    # meetings, dinners), labelled one interview per day; read as the first day only
    "b283-16-wlu-two-day-campus-visit-itinerary",
    # batch 86 (round 73): a recruiter's texts relayed by Google Voice, whose Dates carry
    # Google's Pacific offset while the texter (area code 470) and the owner are in Atlanta
    # ("tomorrow at 2" read in Pacific time); a Slack notification's "Arjun can do your peer
    # interview Monday at 4pm ET (45 min). Does that work for you?", whose hiring context is
    # only in an earlier Slack Connect welcome mail of another thread
    "b286-02-google-voice-text-tomorrow-at-2",
    "b289-23-pinegrove-slack-huddle",
    # batch 89 (round 76): a career center's on-campus schedule naming two firms' first rounds
    # in one mail (the second, 14:30, is read as the first firm's 09:00 slot's company)
    "b298-03-career-center-oci-two-firms",
    # batch 97 (round 84): a Johannesburg writer at +02:00 who names no place, phone or zone,
    # read as Central European summer time, so a time after 25 October lands an hour off
    "b330-09-marula-md-final-propose-confirm",
    # batch 97 (round 84): an agency's "I'll give you a call tmr at 2pm to go through the AVP
    # role with my client", sunk by the outreach negative on "my client"
    "b333-02-agency-screen-tmr-2pm-body-only",
}


def _slots(interviews: list[dict[str, Any]]) -> set[tuple[datetime, str]]:
    return {
        (datetime.fromisoformat(str(i["start"])).astimezone(UTC), str(i["status"]))
        for i in interviews
    }


@pytest.mark.parametrize("name", GUARDED)
def test_every_case_finds_exactly_the_labelled_interviews(name: str) -> None:
    labels = yaml.safe_load((DATA / name / "labels.yaml").read_text(encoding="utf-8"))
    wrong: list[str] = []
    for case, label in sorted(labels.items()):
        items = read_mailbox(DATA / name / case)
        found = detect(items, infer_owner(items)).interviews
        got = {(i.start.astimezone(UTC), str(i.status)) for i in found}
        if (got != _slots(label["interviews"])) != (case in KNOWN_MISSES):
            wrong.append(case)  # a new miss, or a known one that now passes
    assert wrong == []
