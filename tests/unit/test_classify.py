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


def test_housing_and_speaker_look_alikes_are_not_interviews() -> None:
    # the word "interview" is shared; the hiring context is not
    for text in [
        "Flatmate interview: come and see the room, we want to check we get along",
        "Roommate interview on Saturday; the landlord asks for a deposit",
        "Speaker prep call before your talk, then a short interview for the conference blog",
        "Keynote briefing with the track chair and a recorded interview",
    ]:
        assert classify.score(text)[0] < classify.ACCEPT, text
    # a real interview that mentions a conference room or a panel still passes
    s, _ = classify.score("Your interview for the Analyst role is in conference room 4 at 2pm")
    assert s >= classify.ACCEPT


def test_a_live_review_of_the_candidates_work_overrides_the_assessment_negative() -> None:
    alone, why_alone = classify.score("Please complete the coding challenge within 3 days")
    live, why_live = classify.score(
        "Next step for the role: a live session where you walk us through your coding challenge"
    )
    assert alone < 0 and any(r.startswith("assessment") for r in why_alone)
    assert live >= classify.ACCEPT and not any(r.startswith("assessment") for r in why_live)


def test_numbered_conversation_in_dutch_and_german_is_an_interview_word() -> None:
    for text in ["Uitnodiging tweede gesprek", "Einladung zum zweiten Gespräch"]:
        _, reasons = classify.score(text)
        assert any(r.startswith("interview word") for r in reasons), text
    assert not any(r.startswith("interview word") for r in classify.score("een goed gesprek")[1])


def test_a_title_is_no_medical_appointment() -> None:
    _, reasons = classify.score("Your interview with Dr. Ada Quist, Head of Research")
    assert not any(r.startswith("appointment") for r in reasons)
    assert any(r.startswith("appointment") for r in classify.score("Dentist reminder")[1])


def test_topic_score_ignores_only_the_not_booked_yet_penalty() -> None:
    text = "Next step for the Backend role is a chat with our CTO. When are you free?"
    total, reasons = classify.score(text)
    assert total < classify.ACCEPT <= classify.topic_score(total, reasons)
    rej, rej_reasons = classify.score(
        "Unfortunately we decided to move forward with other candidates"
    )
    assert classify.topic_score(rej, rej_reasons) == rej


def test_the_live_review_override_needs_the_work_to_be_done() -> None:
    for text in [
        "This is not a live interview: recruiters review your recorded video answers later",
        "Complete the coding challenge within 3 days; then you walk us through your solution",
    ]:
        assert classify.score(text)[0] < 0, text
    _, reasons = classify.score("Interview for a multi-tenant platform team, the Backend role")
    assert not any(r.startswith("housing") for r in reasons)
