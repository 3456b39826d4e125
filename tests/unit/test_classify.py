from detector import classify
from detector.model import Person


def test_interview_confirmation_scores_high() -> None:
    s, reasons = classify.score(
        "Your interview is scheduled: phone screen for the Data Engineer role"
    )
    assert s >= classify.ACCEPT and any("interview" in r for r in reasons)


def test_negatives_score_low() -> None:
    for text in [
        "Job alert: 20 new jobs for you. Apply now",
        "Unfortunately we have decided to move forward with other candidates after your interview",
        "Podcast interview: recording session for episode 12",
        "Join us on Telegram for your interview with our hiring manager",
        "Book a mock interview with a career coach",
    ]:
        assert classify.score(text)[0] < classify.ACCEPT, text


def test_cancel_reschedule_proposal() -> None:
    assert classify.is_cancel("we need to cancel tomorrow's interview")
    assert classify.is_reschedule("could we move to Thursday, same time?")
    assert classify.is_proposal("Could you do one of these?", 3)
    assert not classify.is_proposal("Confirmed for Tuesday", 1)
    assert classify.prescreen(b"Subject: Interview") and not classify.prescreen(b"Subject: lunch")


def test_common_words_no_longer_sink_a_real_interview() -> None:
    text = (
        "Of course! Tuesday at 11:00 AM works. You'll have a technical interview with Carlos; "
        "he may ask how your team runs a sprint. I also linked an article about our culture, "
        "and we can talk about a possible start date later. Our panel is friendly."
    )
    s, reasons = classify.score(text + " Confirmed for the Data Engineer role.")
    assert s >= classify.ACCEPT, reasons
    assert all("(-" not in r for r in reasons), reasons  # no negative fired


def test_negatives_fire_as_phrases_in_context() -> None:
    for text, signal in [
        ("Welcome to the System Design Interview course! Live session 1 is Monday", "coaching"),
        ("Thanks for agreeing to be a guest on the podcast interview", "media"),
        ("Your interview kit and scorecard are ready. Please submit feedback", "user is"),
        ("Please arrive 10 minutes early for your appointment with Dr. Lowe", "appointment"),
        ("We are pleased to extend an offer; your start date would be June 1", "offer"),
    ]:
        s, reasons = classify.score(text)
        assert s < classify.ACCEPT and any(r.startswith(signal) for r in reasons), (text, reasons)
    # "Clinical Data Engineer" is a job title, not a clinic
    assert not any(r.startswith("appointment") for r in classify.score("Clinical Data")[1])


def test_quoted_text_counts_half_and_never_negative() -> None:
    new = "Great - let's do tomorrow at 2."
    quoted = "Thanks for applying to the Data Engineer role. Unfortunately we have other candidates"
    s, reasons = classify.score(new, quoted)
    assert s == 1.0 and reasons == ["hiring process in quoted text (+1)"]


def test_structure_signals_read_who_invited_whom() -> None:
    owner = frozenset({"me@gmail.com"})
    hr = Person("Ana", "ana@acme.io")
    me = Person("Me", "me@gmail.com")
    assert classify.structure(owner, hr, [me], None) == [
        ("owner invited as attendee by acme.io", 1.5)
    ]
    assert classify.structure(owner, me, [hr], None)[-1][1] < 0  # the owner organized it
    work = frozenset({"riley@ferrowave.com"})
    colleague = Person("Tara", "tara@ferrowave.com")
    cand = Person("Jo", "jo@gmail.com")
    assert classify.structure(work, colleague, [cand], None)[-1][1] < 0
    ats = classify.structure(owner, None, (), Person("", "no-reply@ashbyhq.com"))
    assert ats == [("sent through ATS/scheduler ashbyhq.com", 1.0)]


def test_prescreen_lets_encoded_and_short_replies_through() -> None:
    assert classify.prescreen(b"Subject: =?utf-8?q?Einladung?=\r\n\r\nx")
    assert classify.prescreen(b"Subject: Re: quick chat\r\n\r\ntomorrow at 2?")
    assert not classify.prescreen(b"Subject: dinner\r\n\r\nsee you at 7")
