"""Capabilities added in round 74 (session 21): lengths and names the labelled sets already held
but the detector did not read, then the first contact with blind290-293: a Lima analyst
(Peruvian Spanish), a Vilnius engineer (Lithuanian), a Las Vegas hospitality manager, a Jakarta
designer (Indonesian)."""

from __future__ import annotations

from datetime import timedelta

from _detdata import blind_case

from detector import extract, texttime


def test_a_length_across_a_hard_wrap_and_in_more_languages() -> None:
    assert texttime.duration_in("The discussion will take about 45\nminutes") == timedelta(
        minutes=45
    )
    assert texttime.duration_in("Разговорът ще отнеме около 30 минути") == timedelta(minutes=30)
    assert texttime.duration_in("Η συζήτηση θα διαρκέσει περίπου μισή ώρα") == timedelta(minutes=30)
    assert texttime.duration_in("Počítejte prosím zhruba s půlhodinou.") == timedelta(minutes=30)
    assert texttime.duration_in("počítejte zhruba s hodinou a půl") == timedelta(minutes=90)
    # Czech "od 10 hodin" is from ten o'clock, not ten hours
    assert texttime.duration_in("Navrhuji pondělí 30. 3. od 10 hodin.") is None
    (iv,) = blind_case("b270-10")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)
    (iv,) = blind_case("b227-01")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=30)


def test_the_job_of_a_process_carried_on_with() -> None:
    text = "really glad you're keen to carry on with the Senior Backend Engineer process at X."
    assert extract.pick_role([text]) == "Senior Backend Engineer"


def test_a_name_after_a_full_stop_and_a_name_with_its_kind_of_firm_left_off() -> None:
    # "... with Tessa Lund, Assistant Principal. Inland Pines School District, Spokane." (ipsd)
    for iv in blind_case("b288-19"):
        assert iv.company == "Inland Pines School District"
    # "Chattahoochee Eye Associates" for chatteye
    (iv,) = blind_case("b286-21")
    assert iv.company == "Chattahoochee Eye Associates"
