"""Capabilities added in round 36 (session 11, the first contact with blind146-148): a lab's own
compliance meetings, Korean mail where the owner interviews or records answers alone, and a
Spanish panel the owner sits on."""

from __future__ import annotations

from _detdata import blind_case, signal_names


def test_look_alikes() -> None:
    # "IRB Panel C full board meeting ... continuing review", "the Institutional Biosafety
    # Committee's annual inspection ... and interview lab staff"
    assert "non-job meeting" in signal_names("scheduled for continuing review at the IRB")
    assert blind_case("b146-05") == ()
    assert blind_case("b146-13") == ()
    # "서윤님께서 실무 면접관으로 참여해 주시면" (join as an interviewer), "평가표" (score sheet)
    assert "user is the interviewer" in signal_names("실무 면접관으로 참여해 주시면 감사하겠습니다")
    assert blind_case("b147-19") == ()
    # "AI역량검사(AI면접) ... 면접관 없이 ... 녹화로 답변하는 방식": recorded, no interviewer
    assert "assessment" in signal_names("다음 전형인 AI역량검사(AI면접)를 응시해 주시기 바랍니다")
    assert blind_case("b147-20") == ()
    # "Te incluyo en el panel de entrevistas ... Entrevistamos a 4 candidatas"
    assert "user is the interviewer" in signal_names("Te incluyo en el panel de entrevistas.")
    assert blind_case("b148-15") == ()
