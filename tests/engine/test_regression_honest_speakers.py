"""Regression sentences for honest speakers: a card names who spoke, or says honestly that
the article does not.

Every sentence was written for this file (invented names, none copied from PolNeAR or the
seed articles). The statements are real, so they stay; what changes is the speaker a reader
sees: cut back to the name it holds ("Staff Marta Quill" -> "Marta Quill"), resolved to the
person the sentence gives, or "an unnamed source" when the words name nobody.
"""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements
from explainer.engine.honest import UNNAMED, honest_speaker, named_in_subject
from explainer.engine.model import Statement
from explainer.engine.sides import _speaker_key


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract_statements(text)]


def test_a_role_glued_before_a_name_is_cut_off():
    """``Union Chief of Staff Marta Quill said …``: the role split left "Staff" on the name
    ("Staff Marta Quill"); "staff" is a common word of the article and "Quill" stands alone
    elsewhere, so the card says "Marta Quill"."""
    text = (
        "The union's staff voted. Union Chief of Staff Marta Quill said the strike would go "
        "on. Quill said the staff agreed."
    )
    assert _speakers(text) == ["Marta Quill", "Marta Quill"]


def test_a_place_that_he_was_taken_for_is_no_speaker():
    """``The Tessaly Sea is shrinking. “We are losing it,” he said.``: "he" found only the
    sea named before it; a sea says nothing, so the card says the article names nobody."""
    text = "The Tessaly Sea is shrinking every year. “We are losing it,” he said."
    assert _speakers(text) == [UNNAMED]


def test_no_pronoun_stands_for_an_ocean():
    """``Nobody lives on the Tessaly Sea, which says …``: the rules found only the sea for
    "which"; a sea says nothing, whichever pronoun was taken for it."""
    assert honest_speaker("Tessaly Sea", "which", "") == UNNAMED
    assert honest_speaker("Tessaly Sea", "Tessaly Sea", "") == "Tessaly Sea"


def test_an_organisation_cut_at_its_last_word_is_named_whole():
    """``… issued by the Council for Rural Health and Development noted that …``: the rules
    kept "Development", a word the article never writes alone; the card names the council."""
    text = (
        "A study issued last year by the Council for Rural Health and Development noted that "
        "clinics had closed in 40 counties."
    )
    assert _speakers(text) == ["the Council for Rural Health and Development"]


def test_a_surname_after_a_title_stays_the_surname():
    """``Mr. Lund said …``: "Lund" stands alone elsewhere, so the canonical surname stays."""
    assert honest_speaker("Lund", "Mr. Lund", "Lund spoke.") == "Lund"


def test_a_name_opening_the_sentence_keeps_its_capital():
    """``Border Patrol agents said …``: "border" is a common word of the article, but the
    article writes "Border Patrol" capitalised mid-sentence too: a name, not "border
    Patrol agents"."""
    text = (
        "Crossings at the border rose in May. The union for Border Patrol agents met on "
        "Friday. Border Patrol agents said the fence had failed."
    )
    assert _speakers(text) == ["Border Patrol agents"]


def test_a_common_word_before_a_name_stays_lower_case():
    """``Other Republican leaders said …``: "other" is no part of a name; the card keeps
    the article's lower-case reading."""
    body = "Other Republican leaders said so. Many other people agreed with Republican leaders."
    assert honest_speaker("other Republican leaders", "Other Republican leaders", body) == (
        "other Republican leaders"
    )


def test_a_reflexive_after_the_name_is_cut_off():
    """``Kiel himself said …``: the speaker is Kiel, not "Kiel himself"."""
    text = "Janet Kiel runs the shop. The plan was Kiel's, and Kiel himself said it would fail."
    assert _speakers(text) == ["Kiel"]


def test_a_possessive_whose_noun_was_lost_names_nobody():
    """``The Brask Party’s said …``: whose what? The owner is not the one who spoke."""
    assert _speakers("The Brask Party’s said the vote was rigged.") == [UNNAMED]


def test_a_role_alone_in_a_headline_is_an_unnamed_one():
    """``Win or not, candidate says, plant will close``: a headline's bare role names nobody
    in particular; the card says "an unnamed candidate", not "candidate"."""
    text = "Harbor Mills cuts jobs; \nWin or not, candidate says, plant will close"
    assert _speakers(text) == ["an unnamed candidate"]


def test_an_opening_preposition_is_no_speaker():
    """``Amid calls for a recount, …``: "Amid" opens the reporter's phrase; whoever calls
    for a recount, the article does not name them."""
    text = "The count ended Tuesday. Amid calls for a recount, the party said it would wait."
    assert _speakers(text) == [UNNAMED, "the party"]


def test_a_clause_taken_for_a_speaker_gives_the_person_it_holds():
    """``There’s still time for Dorn to make peace …, even after dismissing them``: the words
    taken for the speaker are a clause; the one dismissing is Dorn, whom it names."""
    text = (
        "Mayor Walter Dorn spoke first. There’s still time for Dorn to make peace with the "
        "council, even after repeatedly dismissing them as “amateurs.”"
    )
    assert _speakers(text) == ["Dorn"]


def test_the_person_named_right_before_the_verb_is_the_speaker():
    """``It’s become such a presence on the trail that Dorn during a Sunday rally thanked
    …``: the clause before the verb names nobody, but Dorn stands right before "thanked"
    (a time aside); the card names Ada Dorn, not the clause, and for "called" too, whose
    subject the same words are (not the fund that "It" would stand for)."""
    text = (
        "Senator Ada Dorn toured Iowa. The Iowa Nurses Fund said it would spend $1 million on "
        "ads. It’s become such a presence on the trail that Dorn during a Sunday rally "
        "thanked its members “for their support in my campaign” and called the fund “one of "
        "the sponsors of my campaign.”"
    )
    assert _speakers(text) == ["the Iowa Nurses Fund", "Ada Dorn", "Ada Dorn"]


def test_a_person_only_mentioned_before_the_verb_is_no_speaker():
    """``… requests were made to Lund for added security, but no action was ever taken``:
    Lund is only mentioned; a surname counts only right before the verb it governs."""
    body = "Requests were made to Lund for added security, but no action was ever taken."
    assert named_in_subject(body, {"lund"}, 0, body.index("taken")) is None
    body = "It was such a presence that Lund during a rally thanked them."
    found = named_in_subject(body, {"lund"}, 0, body.index("thanked"))
    assert found == ("Lund", body.index("Lund"))


@pytest.mark.parametrize(
    "speaker, mention, expected",
    [
        # where it was said is no part of the name
        ("Carla Benn in a statement", "Carla Benn in a statement", "Carla Benn"),
        ("Ivo Marsh in The Harbor Gazette", "Ivo Marsh in The Harbor Gazette", "Ivo Marsh"),
        ("Larry Ode on Harbor Radio", "Larry Ode on Harbor Radio", "Larry Ode"),
        # a conjunction or a preposition before a name
        ("While Benn", "she", "Benn"),
        ("Alongside GreenWatch", "Alongside GreenWatch", "GreenWatch"),
        # a participle's clause, an adverb or a contraction is no speaker
        ("Criticizing the mayor", "Criticizing the mayor", UNNAMED),
        ("drawing applause", "drawing applause", UNNAMED),
        ("throughout his campaign", "throughout his campaign", UNNAMED),
        ("That’s quite a change", "That’s quite a change", UNNAMED),
        ("Tuesday", "Tuesday", UNNAMED),
        # a common noun in one lower-case word names nobody; a group or a role does
        ("investigation", "investigation", UNNAMED),
        ("official", "official", "an unnamed official"),
        ("officials", "officials", "officials"),
        ("another", "another", "another"),
        ("police", "police", "police"),
        # a question word or "such" opening the sentence names nobody; "what X called" is X's
        ("What", "What", UNNAMED),
        ("Such", "Such", UNNAMED),
        ("Other", "Other", UNNAMED),
        ("what the union", "what the union", "the union"),
        # a clause is no speaker, unless a name ends it
        ("rivals deride it as poll-tested", "rivals deride it as poll-tested", UNNAMED),
        ("brand you a liar and Harbor News", "brand you a liar and Harbor News", "Harbor News"),
        ("set up a website", "set up a website", UNNAMED),
        ("manhunt underway for", "manhunt underway for", UNNAMED),
        ("fact-checkers soon", "fact-checkers soon", "fact-checkers"),
        # a past tense or an adverb left after a name
        ("Lund implied", "Lund implied", "Lund"),
        ("Harbor News first", "Harbor News first", "Harbor News"),
    ],
)
def test_honest_speaker(speaker, mention, expected):
    """The words a card shows for each kind of speaker that named nobody, as the rules
    found them on news: the name they hold, or an unnamed source."""
    assert honest_speaker(speaker, mention, "") == expected


def test_a_place_that_ends_a_phrase_is_no_speaker():
    """``… veterans at rallies in Ohio this week said …``: the rules kept only the place
    that ends the phrase; the veterans spoke, not Ohio. A place opening the sentence
    (``Friday, Texas asked a judge …``) speaks for itself."""
    assert honest_speaker("Ohio", "Ohio", "", "rallies in ") == UNNAMED
    assert honest_speaker("Texas", "Texas", "", "Friday, ") == "Texas"


@pytest.mark.parametrize(
    "speaker",
    [
        "about half of voters",  # a poll's share, not a preposition's phrase
        "just 28 percent of Democrats",
        "leading Democrats",  # a participle as an adjective
        "Playing Field Promotions",
        "New Hampshire Democrats",
        "friends of Mr. Lund's",  # "of" with a possessive names the friends
        "Giovanni Maria Vian",
        "House Committee on Oversight",  # "on" inside an organisation's name
        "China",  # a country that speaks for itself
    ],
)
def test_plausible_speakers_stay(speaker):
    """Speakers that look like the implausible kinds but name someone stay as they are."""
    assert honest_speaker(speaker, speaker, "the new plan") == speaker


def test_each_unnamed_source_is_a_voice_of_its_own():
    """Sides are decided per speaker; two statements whose speakers the article leaves
    unnamed ("an unnamed source" twice) need not be one person, so neither inherits the
    other's side, while "the Harbor Club" and "The Harbor Club" are one voice."""
    def statement(n: int, speaker: str) -> Statement:
        return Statement(f"s{n}", speaker, speaker, "indirect", "said", n, n + 1, "x", 1)

    first, second = statement(1, UNNAMED), statement(2, UNNAMED)
    assert _speaker_key(first) != _speaker_key(second)
    assert _speaker_key(statement(3, "the Harbor Club")) == _speaker_key(
        statement(4, "The Harbor Club")
    )


def test_a_verb_and_its_object_are_cut_from_a_speaker():
    """``The former mayor mocked Ruiz for …, noting that …``: the participle's subject is
    the former mayor; "mocked Ruiz" is what she did, not part of who she is ("a poll of
    registered Ohio voters" keeps its adjective)."""
    assert honest_speaker("the former mayor mocked Ruiz", "x", "") == "the former mayor"
    assert honest_speaker("a poll of registered Ohio voters", "x", "") == (
        "a poll of registered Ohio voters"
    )


def test_a_dateline_with_a_state_spelled_out_is_no_speaker():
    """``CLEVELAND, Ohio — The effort to unbind delegates and deny Ann Ruiz the nomination
    collapsed``: the dateline is where the story was filed; nobody here said anything."""
    text = (
        "Ruiz wins\n\nCLEVELAND, Ohio — The last-ditch effort to unbind delegates and deny Ann "
        "Ruiz the presidential nomination collapsed late Thursday night."
    )
    assert _speakers(text) == []
