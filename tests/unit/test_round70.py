"""Capabilities added in round 70 (session 20): a domain that shortens every word of the
firm's name, and the first contact with blind274-277 (Dublin designers, US public-sector
analysts, US law students, Belgrade developers)."""

from __future__ import annotations

from _detdata import blind_case

from detector import extract


def test_a_domain_that_shortens_every_word_of_the_name() -> None:
    # each word gives the domain its next letters, opening with its own first letter
    spells = extract._phrase_spells
    assert spells("Clyde Valley Hospitals Charity", "cvhcharity")
    assert spells("Northshore Veterinary Specialists", "nsvetspecialists")
    assert spells("North Pacific Observer Services", "npobs")
    # a word left out, or letters out of order, is another name
    assert not spells("Clyde Valley Hospitals Charity", "cvcharity")
    assert not spells("North Pacific Observer Services", "npsbo")
    # two words are too few to tell a shortening from chance
    assert not spells("Clyde Charity", "clcharity")
    (iv,) = blind_case("b245-06")
    assert iv.company == "Clyde Valley Hospitals Charity"
    (iv,) = blind_case("b234-08")
    assert iv.company == "Northshore Veterinary Specialists"
