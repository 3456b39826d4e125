from detector import classify


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
