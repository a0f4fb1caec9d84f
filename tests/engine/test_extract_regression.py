"""Hand-written regression sentences for the statement extractor.

Every case was written for this file (none is copied from PolNeAR or the seed articles). A
case lists the statements that must be found as (speaker, kind, words the text must hold);
``None`` as kind means "any kind". Cases with an empty list must yield no statement at all.
"""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements

CASES = [
    (
        "a-describing-word-before-a-full-name",
        "Restaurateur Maria Delgado praised the new parking rules on Monday.\n\n"
        "“They brought customers back,” Maria Delgado said.",
        [("Maria Delgado", None, "new parking rules"),
         ("Maria Delgado", "direct", "brought customers back")],
    ),  # "Restaurateur" opens the sentence: no part of her name, which the article gives alone
    (
        "a-first-name-of-its-own-before-another",
        "Giancarlo Maria Rossi said the museum will reopen in March.",
        [("Giancarlo Maria Rossi", None, "museum will reopen")],
    ),  # never named "Maria Rossi" alone: Giancarlo is a first name, not a description
    (
        "he-after-a-first-name-given-to-men-and-women",
        "Sen. Lindsey Moran said, “We cannot fund this bridge twice.”\n\n"
        "He continued, “I believe Tom Becker is wasting our money on it.”",
        [("Lindsey Moran", "direct", "We cannot fund"),
         ("Lindsey Moran", "direct", "Tom Becker is wasting")],
    ),  # "Lindsey" tells no gender: "He" goes on with Moran, not the Becker his quote names
    (
        "a-title-word-before-a-capital-is-no-head",
        "In June, a U.S. District Court judge sided with the county, saying the map was fair.",
        [("a U.S. District Court judge", None, "the map was fair")],
    ),  # not "a U.S.": "U.S." modifies the capitalised words after it
    (
        "speaking-in-a-city-and-state-then-the-subject",
        "Speaking at a diner in Keene, New Hampshire, Dana Holt went after the mayor, calling "
        "him “a tired man.”",
        [("Dana Holt", None, "a tired man")],
    ),  # not "New Hampshire": the place ends the introductory phrase
    (
        "an-aide-named-after-the-boss-surname",
        "The board met Mayor Ana Ruiz on Monday. Ruiz spokesman Dan Pike wouldn’t say whether "
        "the council would vote this month.",
        [("Dan Pike", "indirect", "whether the council would vote")],
    ),  # the aide speaks, not Ruiz
    (
        "an-aide-named-after-the-boss-then-a-participle",
        "The board met Mayor Ana Ruiz on Monday. Ruiz campaign manager Dan Pike waved off the "
        "poll, saying the crowds prove she will win.",
        [("Dan Pike", "indirect", "the crowds prove she will win")],
    ),
    (
        "a-role-noun-in-man-opens-the-clause-of-a-participle",
        "The retired fisherman began with the harbor, saying that dredging it is now "
        "“cheaper than doing nothing.”",
        [("the retired fisherman", None, "dredging it is now")],
    ),  # "-man" nouns head a role phrase like "mayor" does
    (
        "a-full-name-of-an-institution",
        "“Wages will not catch up this year,” said Ann Ruiz of the Brookings Institution.",
        [("Ann Ruiz", "direct", "Wages will not catch up")],
    ),  # the person, not "Brookings Institution"
    (
        "a-full-name-of-a-university-of-a-place",
        "Dana Holt of the University of Iowa said the study was flawed from the start.",
        [("Dana Holt", "indirect", "the study was flawed")],
    ),
    (
        "called-on-someone-to-do-something",
        "Gov. Ana Ruiz called on the council to delay the vote until May.",
        [("Ana Ruiz", None, "the council to delay the vote until May")],
    ),  # what someone calls on others to do is what they said they should do
    (
        "a-social-call-on",
        "Her husband caused a furor last week with an impromptu social call on Mayor Ann Lynch.",
        [],
    ),
    (
        "called-for-without-quotation-marks",
        "Mayor Ana Ruiz called for a new bridge across the river.",
        [("Ana Ruiz", None, "a new bridge across the river")],
    ),  # what someone calls for is what they said should happen
    ("calls-for-as-a-noun", "There have been few calls for the mayor to resign.", []),
    ("calls-after-a-possessive", "She rejected the senator's calls for a recount of the vote.", []),
    (
        "the-answer-after-when-i-asked",
        "Last week, when I asked Ben Ruiz if he would run again, he smiled and said, “I will "
        "run, and I will win.”",
        [("Ben Ruiz", "direct", "I will run, and I will win.")],
    ),  # the asker of a question in a "when" clause is not the subject of "said"
    (
        "a-question-without-quotation-marks",
        "A reporter asked Mayor Ben Ruiz whether the pier would reopen by June.",
        [("a reporter", "indirect", "whether the pier would reopen by June")],
    ),  # "asked" counts without a quotation when the question follows (whether, if, how …)
    ("asked-after-when-names-no-asker", "Whenever asked about the pier, they changed topics.", []),
    (
        "a-relative-named-by-first-name",
        "The coach's daughter, Ellen, defended him on Monday, saying the remarks were a joke.",
        [("Ellen", "indirect", "the remarks were a joke")],
    ),  # not "the coach's daughter": the lone first name set off by commas is who she is
    (
        "a-relative-named-by-first-name-before-said",
        "The senator's husband, Mark, said the family would stay in Ohio.",
        [("Mark", "indirect", "the family would stay in Ohio")],
    ),
    (
        "inverted-role-then-a-name-with-an-initial-and-of",
        "“The odds favor the city,” said another veteran litigator, Ruth K. Abel of the firm "
        "Abel Stone.",
        [("Ruth K. Abel", "direct", "The odds favor the city")],
    ),  # not "Ruth K" nor "another veteran litigator"
    (
        "according-to-a-titled-name",
        "The talks had stalled by then, according to former Sen. Dana Holt, D-Ore.",
        [("Dana Holt", "indirect", "The talks had stalled by then")],
    ),  # not "Sen": a title's full stop does not end the source
    (
        "a-place-after-in-is-not-the-speaker",
        "Several farmers at the fair in Ames said that the drought had cost them a crop.",
        [("several farmers at the fair in Ames", "indirect", "the drought had cost them")],
    ),  # not "Ames": one capitalised word after "in", "at" or "from" is where they were
    (
        "an-introductory-phrase-ending-in-in",
        "Taking it in, Dana Holt said that the crowd had been kind to her.",
        [("Dana Holt", "indirect", "the crowd had been kind")],
    ),
    (
        "trailing-cue-then-where-it-was-said",
        "The pier will not reopen before summer, Ann Hedge said from her office in Duluth.",
        [("Ann Hedge", "indirect", "The pier will not reopen before summer")],
    ),  # a place after a trailing cue ends the sentence: the content is before the speaker
    (
        "trailing-tell-then-where",
        "Rents have doubled in five years, Ann Hedge told reporters in Duluth.",
        [("Ann Hedge", "indirect", "Rents have doubled in five years")],
    ),
    (
        "only-before-the-verb-is-no-speaker",
        "Asked about the audit, the county clerk would only say that the files were safe.",
        [("the county clerk", "indirect", "the files were safe")],
    ),
    (
        "no-break-spaces-are-spaces",
        "Note:\xa0Mayor\xa0Tom\xa0Reyes is a\xa0tireless booster,\xa0fundraiser\xa0and\xa0"
        "showman\xa0who has repeatedly promised to rebuild the pier.",
        [("Tom Reyes", "indirect", "to rebuild the pier")],
    ),  # "who" stands for the one the predicate describes, with or without no-break spaces
    (
        "a-writer-at-an-outlet-then-a-colon",
        "From Dana Holt writing at The Ledger:\n\n“The council has run out of excuses and "
        "out of time.”",
        [("Dana Holt", "direct", "run out of excuses")],
    ),  # the writer, not the outlet
    (
        "appositive-missing-its-closing-comma",
        "Nina Ford, the press secretary for the county party said the count would resume.",
        [("Nina Ford", "indirect", "the count would resume")],
    ),  # "Name, role said": the name speaks, not "the press secretary for the county party"
    (
        "appositive-missing-its-closing-comma-after-a-quote",
        "“We will count every vote,” Nina Ford, the press secretary for the county party said.",
        [("Nina Ford", "direct", "We will count every vote")],
    ),
    (
        "bare-cue-sentence-then-a-quotation",
        "Nina Ford said in a statement. “No ballot was lost and no ballot will be.”",
        [("Nina Ford", "direct", "No ballot was lost")],
    ),  # a name and a cue alone introduce the quotation that opens the next sentence
    (
        "the-cue-after-a-quotation-wins",
        "Others agree. “The plan is late and over budget,” said Omar Wells, a planner.",
        [("Omar Wells", "direct", "The plan is late")],
    ),  # not "others", whose cue is in the sentence before
    (
        "a-second-cue-names-the-partial-quote",
        "Nothing the mayor said “will calm the tenants,” the senator said.",
        [("the senator", None, "will calm the tenants")],
    ),
    (
        "appositive-chain-after-a-quote",
        "“The line was too long,” Tom Becker, 61, a retired bus driver in Flint, Mich., said "
        "after voting.",
        [("Tom Becker", "direct", "The line was too long")],
    ),  # the name opening the clause, not its last appositive ("a retired bus driver")
    (
        "who-after-a-predicate-of-is-a",
        "Council member Ann Ruiz is a former teacher and union organizer who has long argued "
        "that class sizes are too large.",
        [("Ann Ruiz", "indirect", "class sizes are too large")],
    ),  # "who" stands for the one the predicate describes, not for "union organizer"
    # --- direct quotes, speaker after
    (
        "direct-curly-after",
        "“The bridge will reopen in May,” Mayor Ana Lopez said.",
        [("Ana Lopez", "direct", "The bridge will reopen in May")],
    ),
    (
        "direct-straight-after",
        '"We are not done yet," Coach Bill Harmon said on Friday.',
        [("Bill Harmon", "direct", "We are not done yet")],
    ),
    (
        "direct-inverted",
        "“Taxes will not rise,” said Gov. Mary Olsen, a Democrat.",
        [("Mary Olsen", "direct", "Taxes will not rise")],
    ),
    (
        "direct-question",
        "“Who pays for this?” asked Sen. Tom Reyes.",
        [("Tom Reyes", "direct", "Who pays for this?")],
    ),
    (
        "direct-told-addressee",
        "“The plant stays open,” Dana Whitfield told workers in Toledo on Monday.",
        [("Dana Whitfield", "direct", "The plant stays open")],
    ),
    # --- direct quotes, speaker before
    (
        "direct-colon",
        "The senator said: “This bill is a mistake and I will vote against it.”",
        [("the senator", "direct", "This bill is a mistake")],
    ),
    (
        "direct-comma-before",
        "Karen Bell, the union's president, said, “Nobody here wants a strike.”",
        [("Karen Bell", "direct", "Nobody here wants a strike")],
    ),
    # --- split quotes
    (
        "split-curly",
        "“We tried everything,” Fire Chief Omar Haddad said, “but the wind changed twice.”",
        [("Omar Haddad", "direct", "but the wind changed twice")],
    ),
    (
        "split-straight",
        '"It is early," she said, "and the count is not finished." '
        "That was the view of Linda Park.",
        [],
    ),  # she has no antecedent: no bare pronoun may leak out
    (
        "split-with-antecedent",
        "Linda Park spoke after the polls closed.\n\n"
        '"It is early," she said, "and the count is not finished."',
        [("Linda Park", "direct", "and the count is not finished")],
    ),
    # --- follow-on quote paragraphs and multi-paragraph quotes
    (
        "follow-on-paragraph",
        "“Prices went up again,” grocer Paul Dietz said.\n\n"
        "“I have never seen a year like this one, not in thirty years of business.”",
        [
            ("Paul Dietz", "direct", "Prices went up again"),
            ("Paul Dietz", "direct", "I have never seen a year like this one"),
        ],
    ),
    (
        "multi-paragraph",
        "Judge Helen Marsh wrote in her ruling:\n\n"
        "“The city had years to fix the drainage and did not.\n\n"
        "“The residents paid the price for that delay, and the court will not ignore it.”",
        [("Helen Marsh", "direct", "the court will not ignore it")],
    ),
    (
        "never-closes",
        "Principal Rosa Greene said: “The doors open at eight and the buses leave at three",
        [("Rosa Greene", "direct", "buses leave at three")],
    ),
    # --- partial and indirect speech
    (
        "partial-in-reported",
        "Councilman Eli Ward said the budget “does not add up” and asked for an audit.",
        [("Eli Ward", "partial", "does not add up")],
    ),
    (
        "indirect-that",
        "Transit director Sam Cole said that fares would stay flat through next year.",
        [("Sam Cole", "indirect", "fares would stay flat through next year")],
    ),
    (
        "indirect-no-that",
        "Police Chief Maria Santos said burglaries fell by a third last year.",
        [("Maria Santos", "indirect", "burglaries fell by a third last year")],
    ),
    (
        "indirect-trailing",
        "The new rules will cost farmers millions of dollars, Agriculture Secretary Joe Burns"
        " said.",
        [("Joe Burns", "indirect", "The new rules will cost farmers millions of dollars")],
    ),
    (
        "said-in-a-statement",
        "The company said in a statement that no customer data had been exposed.",
        [("the company", "indirect", "no customer data had been exposed")],
    ),
    (
        "according-to-leading",
        "According to the county clerk, turnout reached a record high.",
        [("the county clerk", "indirect", "turnout reached a record high")],
    ),
    (
        "according-to-trailing",
        "Two bridges need urgent repairs, according to state engineers.",
        [("state engineers", "indirect", "Two bridges need urgent repairs")],
    ),
    (
        "accused",
        "Rep. Alan Fisher accused the agency of hiding the test results from parents.",
        [("Alan Fisher", "indirect", "the agency of hiding the test results")],
    ),
    (
        "warned",
        "Economists warned that the slowdown could last into the spring.",
        [("economists", "indirect", "the slowdown could last into the spring")],
    ),
    (
        "told-reporters",
        "Dr. Nina Patel told reporters that the clinic would hire four nurses.",
        [("Nina Patel", "indirect", "the clinic would hire four nurses")],
    ),
    (
        "saying-participle",
        "Gov. Frank Moody vetoed the bill on Tuesday, saying it would raise property taxes.",
        [("Frank Moody", "indirect", "it would raise property taxes")],
    ),
    (
        "argued-group",
        "Tenant advocates argue that the new rent rules protect older residents.",
        [("tenant advocates", "indirect", "the new rent rules protect older residents")],
    ),
    (
        "organisation",
        "The Transportation Department said the highway would close for two weekends.",
        [("the Transportation Department", "indirect", "the highway would close")],
    ),
    # --- clauses between speaker and verb
    (
        "who-clause",
        "Carla Mendes, who has run the shelter since 2009, said the beds are always full.",
        [("Carla Mendes", "indirect", "the beds are always full")],
    ),
    (
        "appositive",
        "Victor Hale, a spokesman for the airport, said flights would resume by noon.",
        [("Victor Hale", "indirect", "flights would resume by noon")],
    ),
    (
        "adverbial-between",
        "Sen. Ruth Adler on Thursday said the hearing would be postponed.",
        [("Ruth Adler", "indirect", "the hearing would be postponed")],
    ),
    # --- surnames, pronouns, titles
    (
        "surname-resolves",
        "Attorney General Lisa Hart opened the inquiry in March.\n\n"
        "“We will follow the evidence,” Hart said.",
        [("Lisa Hart", "direct", "We will follow the evidence")],
    ),
    (
        "pronoun-resolves",
        "Mayor Tom Kline toured the flooded streets on Sunday.\n\n"
        "He said the city would ask for federal aid.",
        [("Tom Kline", "indirect", "the city would ask for federal aid")],
    ),
    (
        "pronoun-gender",
        "Hillary Vance met Donald Reed at the fair.\n\nShe said the fair had never been busier.",
        [("Hillary Vance", "indirect", "the fair had never been busier")],
    ),
    (
        "jr-and-title",
        "“The vote is close,” said Rep. Martin Cole Jr. of Ohio.",
        [("Martin Cole Jr.", "direct", "The vote is close")],
    ),
    (
        "us-abbreviation",
        "U.S. Trade Representative Ann Grey said the U.S. would not lift the tariffs.",
        [("Ann Grey", "indirect", "would not lift the tariffs")],
    ),
    (
        "supt-abbreviation",
        "Police Supt. Ray Dixon said patrols would double downtown. He spoke at 9 a.m. Monday.",
        [("Ray Dixon", "indirect", "patrols would double downtown")],
    ),
    (
        "role-kept",
        "Chicago Police Supt. Ray Dixon said patrols would double.",
        [("Ray Dixon", "indirect", "patrols would double")],
    ),
    # --- apostrophes and nested single quotes
    (
        "apostrophes",
        "“Chicago's schools can't wait,” Alderman Joe Ruiz said.",
        [("Joe Ruiz", "direct", "Chicago's schools can't wait")],
    ),
    (
        "nested-single",
        "“They called it ‘rock ’n’ roll’ and we loved it,” singer Amy Lowe said.",
        [("Amy Lowe", "direct", "rock ’n’ roll")],
    ),
    (
        "nested-scare-single",
        "“The so-called ‘reform’ changes nothing,” Sen. Paul Kerr said.",
        [("Paul Kerr", "direct", "changes nothing")],
    ),
    # --- more shapes
    (
        "role-appositive-name",
        "Her campaign manager, Lena Ortiz, said the bus tour would start in Iowa.",
        [("Lena Ortiz", "indirect", "the bus tour would start in Iowa")],
    ),
    (
        "name-colon-quote",
        "Pollster Dana Ruiz: “The race has not moved at all since June.”",
        [("Dana Ruiz", "direct", "The race has not moved")],
    ),
    (
        "doubled-apostrophe-quotes",
        "''We will appeal the ruling,'' said Mark Hale, the county's lawyer.",
        [("Mark Hale", "direct", "We will appeal the ruling")],
    ),
    (
        "headline",
        "Senator Ruth Adler Says Budget Talks Have Collapsed\n\nThe talks ended Monday.",
        [("Ruth Adler", "indirect", "Budget Talks Have Collapsed")],
    ),
    (
        "attribution-after-exclamation",
        "“We won this one!” Ann Becker told supporters in Dayton.",
        [("Ann Becker", "direct", "We won this one!")],
    ),
    (
        "partial-after-other-verb",
        "Governor Ray Olsen mocked the plan as “a bridge to nowhere” on Monday.",
        [("Ray Olsen", "partial", "a bridge to nowhere")],
    ),
    (
        "attribution-mid-clause",
        "Mayor Tom Kline spoke at noon.\n\nThe new levee, he said, would be finished by May.",
        [("Tom Kline", "indirect", "would be finished by May")],
    ),
    (
        "according-to-long-source",
        "According to early results of a survey conducted for the county by Beacon Research,"
        " most residents support the new library.",
        [
            (
                "early results of a survey conducted for the county by Beacon Research",
                "indirect",
                "most residents support the new library",
            )
        ],
    ),
    # --- relative clauses, definite descriptions, evidence, naming verbs
    (
        "relative-clause-before-cue",
        "The board voted 5-2 on Monday, and Council member Rita Vance, who wrote the parks"
        " bond, said the pool will reopen in June.",
        [("Rita Vance", "indirect", "the pool will reopen in June")],
    ),
    (
        "relative-clause-organisation",
        "The Riverside Growers Union, which represents farm workers, said the heat rules"
        " come too late.",
        [("the Riverside Growers Union", "indirect", "the heat rules come too late")],
    ),
    (
        "relative-clause-with-cue",
        "Rep. Ada Fox, who wrote that the bond was too small, told reporters the pool will"
        " reopen in June.",
        [
            ("Ada Fox", "indirect", "the bond was too small"),
            ("Ada Fox", "indirect", "the pool will reopen in June"),
        ],
    ),
    (
        "the-company-named-before",
        "Norland Mining Co. applied for the permit last year.\n\n"
        "The company said the new shaft would be safe.",
        [("Norland Mining Co.", "indirect", "the new shaft would be safe")],
    ),
    (
        "the-district-named-before",
        "The Lakeview School District opened bids on Monday. The district said costs rose 12"
        " percent.",
        [("Lakeview School District", "indirect", "costs rose 12 percent")],
    ),
    (
        "called-y-z",
        "Councilwoman Lisa Park called the budget plan a gift to developers.",
        [("Lisa Park", "indirect", "the budget plan a gift to developers")],
    ),
    (
        "adverb-before-cue",
        "Mayor Ben Ortiz has nonetheless insisted that the bridge is safe, and Ortiz"
        " pointedly said the inspectors agree.",
        [
            ("Ben Ortiz", "indirect", "the bridge is safe"),
            ("Ben Ortiz", "indirect", "the inspectors agree"),
        ],
    ),
    (
        "said-opens-sentence",
        "Said Nora Quist, who has run the shelter since 2009, “We have never been this full.”",
        [("Nora Quist", "direct", "We have never been this full")],
    ),
    (
        "told-addressee-place-then-quote",
        "Gov. Lena Marsh told reporters in Dayton on Monday, “The budget will balance.”",
        [("Lena Marsh", "direct", "The budget will balance")],
    ),
    (
        "question-quote-before-sentence",
        "Coach Ray Dunn watched the replay. “Was that a foul?” Dunn asked as the crowd booed.",
        [("Ray Dunn", "direct", "Was that a foul?")],
    ),
    (
        "answered-barked",
        "“Not today,” Captain Sam Ortiz barked and walked off. Asked again, Ortiz answered,"
        " “We will talk next week.”",
        [
            ("Sam Ortiz", "direct", "Not today"),
            ("Sam Ortiz", "direct", "We will talk next week"),
        ],
    ),
    (
        "country-abbreviation-title",
        "“We will hold the line,” US Senator Ruth Calder said as the vote opened.",
        [("Ruth Calder", "direct", "We will hold the line")],
    ),
    (
        "surname-looks-like-participle",
        "The club was founded by Owen Manning in 2005. Manning said the members will keep"
        " meeting monthly.",
        [("Owen Manning", "indirect", "the members will keep meeting monthly")],
    ),
    (
        "quote-then-speaker-then-participle",
        "“Nobody checked the gauges,” Inspector Hal Reyes told the panel, pointing to the logs.",
        [("Hal Reyes", "direct", "Nobody checked the gauges")],
    ),
    (
        "participle-after-intro-phrase",
        "Mayor Iris Dale toured the site. Here in the valley, Dale renewed her pledge, saying,"
        " “The levee will be finished by spring.”",
        [("Iris Dale", "direct", "The levee will be finished by spring")],
    ),
    (
        "participle-after-subordinate-clause",
        "Mayor Iris Dale toured the site. And although she praised the crews, she struck a"
        " cautious note, saying, “We are not safe yet.”",
        [("Iris Dale", "direct", "We are not safe yet")],
    ),
    (
        "participle-role-subject",
        "The retired county manager continued, saying, “The pumps were never tested.”",
        [("the retired county manager", "direct", "The pumps were never tested")],
    ),
    (
        "dateline-with-date-and-agency",
        "DENVER, Oct. 3 (UPI) — The Colorado Nurses Association issued a statement on Monday,"
        " saying the staffing rules “put patients first.”",
        [("Colorado Nurses Association", "partial", "put patients first")],
    ),
    (
        "intro-phrase-with-city-and-state",
        "At a town hall in Salem, Oregon, on Tuesday, Sen. Maya Ortiz defended the bill,"
        " saying that it would lower rents.",
        [("Maya Ortiz", "indirect", "it would lower rents")],
    ),
    (
        "possessive-subject-of-participle",
        "The seat went to Ray Holt on Thursday. Ray Holt’s chief of staff answered critics on"
        " Friday, saying the vote was fair.",
        [("Ray Holt’s chief of staff", "indirect", "the vote was fair")],
    ),
    (
        "according-to-long-source-mention",
        "Turnout fell 4 percent, according to early results of a count conducted for the county"
        " by Beacon Research and two local papers.",
        [("early results of a count", "indirect", "Turnout fell 4 percent")],
    ),
    (
        "time-phrase-before-cue",
        "Mayor Tess Greer at the time said the fees were legal, and the county two weeks ago"
        " said the fees would be refunded.",
        [
            ("Tess Greer", "indirect", "the fees were legal"),
            ("the county", "indirect", "the fees would be refunded"),
        ],
    ),
    (
        "appositive-name-of-organisation",
        "One nurse on the night shift, Alma Reyes of Mercy Hospital in Joliet, said the ward"
        " had been short-staffed for months.",
        [("Alma Reyes", "indirect", "the ward had been short-staffed for months")],
    ),
    (
        "dash-aside-before-cue",
        "The fire chief -- who has clashed with the council over the past few weeks -- said"
        " the station will stay open.",
        [("the fire chief", "indirect", "the station will stay open")],
    ),
    (
        "long-parenthesis-before-cue",
        "Rep. Lou Baines (a first-term Democrat who has been mistaken for an intern more than"
        " once) says the rules confuse everyone.",
        [("Lou Baines", "indirect", "the rules confuse everyone")],
    ),
    (
        "minutes-later-participle",
        "Minutes later, the Harbor Authority issued a statement saying the pier was safe.",
        [("Harbor Authority", "indirect", "the pier was safe")],
    ),
    (
        "reported-clause-without-that",
        "The Ledger reported the mayor had resigned on Friday.",
        [("The Ledger", "indirect", "the mayor had resigned on Friday")],
    ),
    (
        "quote-then-any-past-verb",
        "Councilman Abe Lott was asked about the deficit. “We will close it by June,” an"
        " irritated Lott retorted back. “Not again,” Lott sighed.",
        [
            ("Abe Lott", "direct", "We will close it by June"),
            ("Abe Lott", "direct", "Not again"),
        ],
    ),
    (
        "question-then-name-verb-sentence",
        "Reporters pressed Mayor Joan Pike on the budget. “Where will the money come from?”"
        " Pike shot back.",
        [("Joan Pike", "direct", "Where will the money come from?")],
    ),
    (
        "subject-with-prepositional-phrase",
        "People briefed on the merger say the board will vote in May.",
        [("people briefed on the merger", "indirect", "the board will vote in May")],
    ),
    (
        "subject-head-of-delegation",
        "The deputy head of the trade delegation to the summit said tariffs would stay.",
        [
            (
                "the deputy head of the trade delegation to the summit",
                "indirect",
                "tariffs would stay",
            )
        ],
    ),
    (
        "subject-after-intro-with-pp",
        "In Dayton, tenants in the tower said the heat had been off for a week.",
        [("tenants in the tower", "indirect", "the heat had been off for a week")],
    ),
    (
        "participle-role-for-name",
        "A spokesman for Gov. Ann Lee rejected the audit, saying it used old numbers.",
        [("a spokesman for Gov. Ann Lee", "indirect", "it used old numbers")],
    ),
    (
        "participle-role-apposed-name",
        "The party chairman, Kelly Armand, closed the meeting, declaring that the vote was final.",
        [("Kelly Armand", "indirect", "the vote was final")],
    ),
    (
        "name-right-before-participle",
        "Fans rushed the field after the game, with Coach Dale Ruiz reportedly shouting:"
        " “Get off the grass!”",
        [("Dale Ruiz", "direct", "Get off the grass!")],
    ),
    # --- who "he" and "she" are
    (
        "pronoun-first-name-lexicon",
        "Ingrid Holm chairs the board. Its treasurer, Simon Reyes, disagreed with the plan."
        "\n\n“We cannot afford it,” she said.",
        [("Ingrid Holm", "direct", "We cannot afford it")],
    ),
    (
        "pronoun-skips-a-place",
        "Senator Alma Reyes toured the plant on Monday. Workers there waved signs about Lake "
        "Tahoe.\n\n“We will keep this plant open,” she said.",
        [("Alma Reyes", "direct", "We will keep this plant open")],
    ),  # "Lake Tahoe": capitals, no gender, no role, never named alone: no person
    (
        "pronoun-takes-the-surname-named-last",
        "Thomas Okafor met Frank Delgado in March to talk about the merger. Okafor left early."
        "\n\n“There was nothing left to discuss,” he said.",
        [("Thomas Okafor", "direct", "There was nothing left to discuss")],
    ),
    (
        "pronoun-shared-surname-by-gender",
        "Ana Marsh and her husband, Tom Marsh, ran the farm for years. Their neighbour Victor "
        "Lund sold his land in June. Marsh was not pleased.\n\n“We will not sell,” he said.",
        [("Tom Marsh", "direct", "We will not sell")],
    ),
    (
        "pronoun-not-an-acronym",
        "Mark Ellison chairs the party in Ohio. On Monday the RNC said the rules were fair. "
        "Later he said: “We were never consulted.”",
        [("Mark Ellison", "direct", "We were never consulted")],
    ),
    (
        "pronoun-not-a-name-inside-the-last-statement",
        "Councilman Ray Burns said the budget that Mayor Dan Olsen wrote would fail.\n\n"
        "“We will vote against it,” he said.",
        [("Ray Burns", "direct", "We will vote against it")],
    ),
    (
        "role-capital-the",
        "Sen. Dana Whitlock spoke in Reno on Friday.\n\nThe senator said the bill would pass "
        "before the summer recess.",
        [("Dana Whitlock", "indirect", "the bill would pass")],
    ),  # "The" opens the sentence: "the senator" all the same, a role to resolve
    (
        "role-latest-holder",
        "Sen. Ruth Abel opened the hearing at nine. Sen. Carl Vance spoke next.\n\n"
        "The senator said the farm bill was dead for this session.",
        [("Carl Vance", "indirect", "the farm bill was dead")],
    ),  # the senator named last, not the first one
    (
        "pronoun-it-a-document",
        "Residents found a letter from the water board in their mailboxes.\n\n"
        "“Do not drink tap water until Monday,” it said.",
        [("the letter", "direct", "Do not drink tap water until Monday")],
    ),  # "it" with no organisation speaking before: the document named last
    (
        "noun-cue-after-an-adjective",
        "Councilwoman Rita Gomez delivered a curt retort: “The budget is not a wish list.”",
        [("Rita Gomez", "direct", "The budget is not a wish list")],
    ),  # "a curt retort" is a noun: "a curt" is no speaker
    ("noun-cue-no-quote", "In a later tweet, Mayor Ortiz thanked the crews for their work.", []),
    (
        "noun-cue-then-quote",
        "After the vote the crowd joined in a loud chant of “Four more years!”",
        [("the crowd", "direct", "Four more years!")],
    ),  # the chant is what the crowd said
    (
        "participle-subject-runs-to-the-name",
        "Presumptive Democratic nominee Rosa Delgado toured the port on Monday, saying the "
        "harbor needs dredging.",
        [("Rosa Delgado", "indirect", "the harbor needs dredging")],
    ),  # "Presumptive Democratic" is no speaker: the subject runs on to the name
    (
        "participle-subject-runs-to-the-noun",
        "Other Republican senators, including Ann Roe, joined the march, saying the plan was "
        "too timid.",
        [("other Republican senators", "indirect", "the plan was too timid")],
    ),
    (
        "participle-subject-stops-at-a-verb",
        "Democrats see Lund as a spoiler, arguing that he cannot win in November.",
        [("Democrats", "indirect", "he cannot win in November")],
    ),
    (
        "naming-participle-is-passive",
        "Farmers settled near Port Ellis, called “the Gateway” by sailors, in the 1850s.",
        [],
    ),  # ", called “…” by sailors": a passive, nobody speaks
    (
        "outlet-only-reported-it",
        "Earlier Tuesday, his campaign manager, Lou Hart, says the streak shows real momentum, "
        "according to the Daily Herald.",
        [("Lou Hart", "indirect", "the streak shows real momentum")],
    ),  # the paper reported Hart's words: Hart is the speaker
    (
        "the-company-that-spoke",
        "Workers at Brightline learned of the cuts on Monday. Brightline said in a statement "
        "that the plant would close. The company said all staff would be paid through March.",
        [("Brightline", "indirect", "all staff would be paid through March")],
    ),
    (
        "the-newspaper-that-spoke",
        "The Valley Herald said the council had misled voters. The newspaper said it would "
        "publish the emails this week.",
        [("The Valley Herald", "indirect", "it would publish the emails this week")],
    ),
    (
        "role-described-with-modifiers",
        "Vice President Tom Reyes toured the plant with President Ana Cole. Later the "
        "vice president said the plant would stay open.",
        [("Tom Reyes", "indirect", "the plant would stay open")],
    ),  # "the vice president": the person whose role has "vice" too, not the president
    (
        "relative-who-after-a-place",
        "“We will be back,” said Nora Vance, 41, a volunteer for the food bank in Dayton who "
        "said she had worked there for ten years.",
        [("Nora Vance", "indirect", "she had worked there for ten years")],
    ),  # "who" is Nora Vance, not Dayton
    (
        "pronoun-not-the-headline",
        "Council Backs Park Plan\n\nThe council voted 5-2 on Monday.\n\n"
        "“This is a good day for the city,” he said.",
        [],
    ),  # "Park Plan" in a title-case headline names nobody: "he" has no antecedent
    (
        "pronoun-surname-after-a-place",
        "Tom Ruiz met Sam Bell at the forum. At a diner in Dover, New Hampshire, Ruiz spoke "
        "last.\n\n“We will win this state,” he said.",
        [("Tom Ruiz", "direct", "We will win this state")],
    ),  # "New Hampshire, Ruiz": the comma ends the place, Ruiz stands alone
    (
        "pronoun-first-name-alone",
        "The woman who asked the question identified herself as a teacher named Laura.\n\n"
        "“I just wanted an answer,” she said.",
        [("Laura", "direct", "I just wanted an answer")],
    ),
    (
        "pronoun-not-a-contraction",
        "Tom Ruiz chaired the meeting on Monday. Bills were late again. Don’t expect a vote "
        "soon.\n\n“We need more time,” he said.",
        [("Tom Ruiz", "direct", "We need more time")],
    ),  # "Don’t" is no man called Don
    (
        "place-is-no-speaker",
        "Voters in Ohio said the race was too close to call.",
        [("voters in Ohio", "indirect", "the race was too close to call")],
    ),
    (
        "place-ends-a-home-town",
        "Dana Price of Greenville, South Carolina says she will vote for the mayor.",
        [("Dana Price", "indirect", "she will vote for the mayor")],
    ),
    (
        "place-name-that-is-a-surname",
        "Lena Washington spoke first at the gala.\n\nWashington, star of the show, said the "
        "film had changed her life.",
        [("Lena Washington", "indirect", "the film had changed her life")],
    ),
    (
        "pronoun-takes-the-subject",
        "Tom Ruiz met Sam Bell at the forum on Monday.\n\n“We agreed on nothing,” he said.",
        [("Tom Ruiz", "direct", "We agreed on nothing")],
    ),  # the sentence's subject, not the man named last in it
    (
        "pronoun-the-one-asked-answers",
        "Sam Bell asked Tom Ruiz about the budget.\n\n“It is balanced,” he said.",
        [("Tom Ruiz", "direct", "It is balanced")],
    ),
    (
        "adjective-of-office-is-no-name",
        "Republican Gubernatorial hopeful Dana Cole toured the mill, telling reporters: “The "
        "plant will stay open.”",
        [("Dana Cole", "direct", "The plant will stay open")],
    ),  # "Gubernatorial" is no surname
    (
        "the-newspaper-named-before",
        "Readers wrote to the Valley Herald all week. In a statement, the newspaper said that "
        "its reporting was accurate.",
        [("the Valley Herald", "indirect", "its reporting was accurate")],
    ),
    (
        "surname-that-is-a-title",
        "“We will hold the line,” said Representative Anna T. King of Ohio.",
        [("Anna T. King", "direct", "We will hold the line")],
    ),  # after a first name and an initial, "King" is a surname, not a title
    (
        "party-after-the-name",
        "“The bill is dead,” said Senator Dana Moore Cole, Republican of Idaho.",
        [("Dana Moore Cole", "direct", "The bill is dead")],
    ),
    (
        "party-in-brackets",
        "“It is over,” said former governor Frank Dean (D), a Ruiz supporter.",
        [("Frank Dean", "direct", "It is over")],
    ),
    (
        "common-word-opening-a-sentence",
        "The choir sang on Sunday.\n\nChoir member Lena Ortiz posted the news online last "
        "week, writing that the concert was cancelled.",
        [("Lena Ortiz", "indirect", "the concert was cancelled")],
    ),  # "Choir" is capitalised only because it opens the sentence
    (
        "role-from-an-appositive",
        "Ana Ruiz, the popular governor of Nevada, toured the dam. Tom Bell, the former "
        "governor, watched. Later the governor said the dam was safe.",
        [("Ana Ruiz", "indirect", "the dam was safe")],
    ),  # the role given in apposition; "the governor" is not the former one
    (
        "pronoun-subject-after-an-honorific",
        "Mr. Hale runs the shop with Tom Ruiz.\n\n“We never close,” he said.",
        [("Hale", "direct", "We never close")],
    ),  # "Mr." ends no sentence: Hale opens it and is its subject
    (
        "name-after-a-full-stop-in-a-run",
        "Another Lund victory was expected on Tuesday. Ana Lund spoke at noon. Lund said the "
        "race was not over.",
        [("Ana Lund", "indirect", "the race was not over")],
    ),  # "Another Lund" names nobody; "Tuesday. Ana Lund" holds a name after the stop
    (
        "possessive-pronoun-resolved",
        "Sen. Tom Reyes left the hall early on Friday. His campaign said the senator was ill.",
        [("Tom Reyes's campaign", "indirect", "the senator was ill")],
    ),  # "his campaign": whose, as "he" would be
    (
        "document-without-its-participle",
        "A county report released Monday said the bridge needed repairs.",
        [("a county report", "indirect", "the bridge needed repairs")],
    ),  # not "a county report released": no participle on a card
    # --- things that are not statements
    ("title-then-verb", "“The Long Road Home” opened in May.", []),
    ("reported-object", "The county reported 41 new cases last week.", []),
    ("so-called-not-a-cue", "The council passed the so-called “quiet streets” rule.", []),
    ("answer-noun", "The senator’s answer was that the bill “goes too far.”", []),
    ("called-on-the-phone", "Park called the clerk a second time on Monday.", []),
    ("scare-quotes", "The mayor's “reform” plan passed the council on Tuesday.", []),
    ("book-title", "Her book “The Long Road Home” sold a million copies.", []),
    ("nickname", "Fans still call him “The Bus” after all these years.", []),
    ("law-title", "The “Safe Streets Act” takes effect in July.", []),
    ("no-cue", "The river rose four feet overnight and closed two roads.", []),
    ("infinitive-not-cue", "The governor declined to say whether she would run again.", []),
    ("noun-not-cue", "The report found that wait times had doubled.", []),
]


def _find(statements, speaker, kind, words):
    for s in statements:
        if s.speaker == speaker and words in s.text and (kind is None or s.kind == kind):
            return s
    return None


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_case(name, text, expected):
    statements = extract_statements(text)
    got = [(s.speaker, s.kind, s.text) for s in statements]
    if not expected:
        assert statements == [], got
    for speaker, kind, words in expected:
        assert _find(statements, speaker, kind, words), (speaker, kind, words, got)
    for s in statements:
        assert text[s.start : s.end] == s.text
        assert s.speaker.lower() not in {"he", "she", "they", "it", "we", "i"}


def test_at_least_forty_cases():
    assert len(CASES) >= 40


def test_split_quote_is_one_statement():
    text = "“We tried everything,” Fire Chief Omar Haddad said, “but the wind changed twice.”"
    (s,) = extract_statements(text)
    assert s.text.startswith("“We tried") and s.text.endswith("twice.”")
    assert s.role == "Fire Chief"


def test_role_phrases():
    (s,) = extract_statements("Chicago Police Supt. Ray Dixon said patrols would double.")
    assert s.role == "Chicago Police Superintendent"
    assert s.mention == "Chicago Police Supt. Ray Dixon"
    assert s.cue == "said"


def test_said_in_a_statement_cue():
    (s,) = extract_statements("Ann Grey said in a statement that the talks had failed.")
    assert s.cue == "said in a statement"


def test_relative_clause_verb_is_not_a_statement():
    text = "Council member Rita Vance, who wrote the parks bond, said the pool will reopen in June."
    (s,) = extract_statements(text)
    assert (s.speaker, s.text) == ("Rita Vance", "the pool will reopen in June")


def test_according_to_records_inside_a_reported_clause_is_evidence():
    text = (
        "Judge Omar Reyes said the city met every deadline, according to the court's own"
        " filing records."
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Omar Reyes"
    assert s.text.startswith("the city met every deadline")


def test_long_according_to_source_keeps_every_word_as_mention():
    text = (
        "Turnout fell 4 percent, according to early results of a count conducted for the county"
        " by Beacon Research and two local papers."
    )
    (s,) = extract_statements(text)
    assert s.speaker == "early results of a count"
    assert s.mention.endswith("by Beacon Research and two local papers")


def test_approximate_share_keeps_its_words_in_the_mention_and_the_speaker():
    (s,) = extract_statements("About 4 in 10 riders say the buses are late.")
    assert s.speaker == "about 4 in 10 riders"  # not all "4 in 10 riders": about that many
    assert s.mention == "About 4 in 10 riders"
    (s,) = extract_statements("Some party strategists said the ads would backfire.")
    assert s.speaker == "some party strategists"


def test_a_role_that_names_nobody_is_the_speaker_as_written():
    (s,) = extract_statements("“He is surging,” added a New Hampshire Democrat.")
    assert s.speaker == "a New Hampshire Democrat"


def test_a_name_in_apposition_after_an_inverted_cue_is_the_speaker():
    (s,) = extract_statements(
        "The plant is under pressure from imports, said the company's chief executive, "
        "John J. Ferriola."
    )
    assert s.speaker == "John J. Ferriola"
    (s,) = extract_statements(
        "The two men knew each other, said the bureau's director, James B. Comey, on Monday."
    )
    assert s.speaker == "James B. Comey"


def test_party_and_state_after_a_name_are_not_the_speaker():
    (s,) = extract_statements(
        "Senator Shelley Moore Capito, Republican of West Virginia, said the remarks were "
        "unhelpful."
    )
    assert s.speaker == "Shelley Moore Capito"
    (s,) = extract_statements("Sen. Lindsey Graham, R-S.C., said the plan was oversold.")
    assert s.speaker == "Lindsey Graham"


def test_speaker_never_holds_a_quotation():
    text = (
        "The senator spoke first. Trump’s “remarks” were noted, noting the nominee “makes you"
        " want to retch.”"
    )
    for s in extract_statements(text):
        assert "\x1a" not in s.speaker and "\x1a" not in s.mention


def test_relative_pronoun_subject_is_the_mention():
    text = "The plan was backed by Mayor Jane Ortiz, who has long argued that buses need lanes."
    (s,) = extract_statements(text)
    assert s.speaker == "Jane Ortiz"
    assert s.mention == "who"
    assert s.text == "buses need lanes"
    assert text[text.index(" who ") + 1 : text.index(" who ") + 4] == s.mention


def test_relative_pronoun_only_when_it_stands_before_the_verb():
    text = "Mayor Jane Ortiz, who chairs the transit board, said buses need their own lanes."
    (s,) = extract_statements(text)
    assert (s.speaker, s.mention) == ("Jane Ortiz", "Mayor Jane Ortiz")


def test_relative_that_after_a_thing_is_the_mention():
    text = "The union filed a grievance that claimed the shifts broke the contract."
    (s,) = extract_statements(text)
    assert s.mention == "that"
    assert s.text == "the shifts broke the contract"


def test_trailing_cue_followed_by_a_participle_and_a_quotation():
    text = 'The two will meet next week, Dana Marsh said, adding, "We need to sit down."'
    got = [(s.speaker, s.cue, s.text) for s in extract_statements(text)]
    assert ("Dana Marsh", "said", "The two will meet next week") in got
    assert ("Dana Marsh", "adding", '"We need to sit down."') in got


def test_and_with_an_adjective_is_not_a_second_verb():
    text = "Ruth Alvarez said the heat and unsettled weather could last until Friday."
    (s,) = extract_statements(text)
    assert s.text == "the heat and unsettled weather could last until Friday"
    text = "Ruth Alvarez said the delay worried parents and asked the board to act."
    said, asked = extract_statements(text)  # the request is a statement of its own
    assert said.text == "the delay worried parents"
    assert asked.text == "the board to act"


def test_partitive_and_close_to_speakers():
    (s,) = extract_statements("Some of the nurses said the new shifts were too long.")
    assert s.speaker == "some of the nurses"
    text = "The mayor will run again, a source close to him said."
    (s,) = extract_statements(text)
    assert (s.speaker, s.text) == ("a source close to him", "The mayor will run again")


def test_a_war_is_not_a_person_for_a_pronoun():
    text = (
        "Ann Lowe said her views were changed by the Vietnam War. She said she cannot"
        " understand the party today."
    )
    speakers = {s.speaker for s in extract_statements(text)}
    assert speakers == {"Ann Lowe"}


def test_adverb_between_to_and_the_verb_is_still_an_infinitive():
    text = "The senator declined to openly criticize the nominee on Tuesday."
    assert extract_statements(text) == []


def test_owned_claims_need_a_clause():
    assert extract_statements("Tom Reyes maintains a commanding lead in the polls.") == []
    (s,) = extract_statements("Tom Reyes maintains he did nothing wrong.")
    assert s.text == "he did nothing wrong"


def test_quote_keeps_its_speaker_when_a_later_verb_follows():
    text = (
        "“Two hedge fund managers are running ads against me,” Maria Ruiz said, referencing"
        " a super PAC called Future First."
    )
    (s,) = extract_statements(text)
    assert (s.speaker, s.cue) == ("Maria Ruiz", "said")
    assert s.text.startswith("“Two hedge fund managers")


def test_about_the_topic_is_not_an_approximate_speaker():
    text = "“We are delighted” about the ruling, said Rosa Denton, the union's president."
    (s,) = extract_statements(text)
    assert s.speaker == "Rosa Denton"


def test_content_does_not_swallow_an_earlier_cue():
    text = (
        "“Imagine a city where buses run on time,” Mayor Ana Lopez said Tuesday night,"
        " drawing applause at her play on the council's name."
    )
    (s,) = extract_statements(text)
    assert (s.speaker, s.cue) == ("Ana Lopez", "said Tuesday night")
    assert s.text.endswith("on time,”")


def test_participle_phrase_is_not_a_speaker():
    from explainer.engine.mentions import parse_mention

    assert parse_mention("referencing a super PAC") is None
    assert parse_mention("referring to the ad") is None
    assert parse_mention("ruling party officials") is not None


def test_object_of_a_preposition_inside_the_subject():
    text = "A person familiar with the plans for Monday’s vote says the count will be close."
    (s,) = extract_statements(text)
    assert s.speaker.startswith("a person familiar with the plans")
    assert s.text == "the count will be close"


def test_duration_between_cue_and_content():
    (s,) = extract_statements("Ann Lee has argued for years that the levy is unfair.")
    assert (s.cue, s.text) == ("argued for years", "the levy is unfair")


def test_ambiguous_s_form_after_one_speaker_with_a_clause():
    (s,) = extract_statements("The candidate claims his fortune is larger than reported.")
    assert s.text == "his fortune is larger than reported"
    assert extract_statements("Campaign promises were broken again this year.") == []
    assert extract_statements("Agency reports show that costs rose again.") == []


def test_camel_case_run_on_is_not_a_name():
    from explainer.engine.mentions import parse_mention

    assert parse_mention("Zach CarterFlagShareLikeReplySara Bondioli") is None
    assert parse_mention("LeBron James").name == "LeBron James"


def test_paired_dashes_are_an_aside_not_the_end():
    text = (
        "Nora Vance said the bridge — closed since the flood in May — will reopen for"
        " buses next week."
    )
    (s,) = extract_statements(text)
    assert s.text.endswith("will reopen for buses next week")


def test_relative_clause_on_the_reported_subject_does_not_end_it():
    text = "Nora Vance said that the mayor, whose own plan failed twice, is a poor judge of it."
    (s,) = extract_statements(text)
    assert s.text.endswith("is a poor judge of it")


def test_a_second_verb_with_an_auxiliary_ends_the_clause():
    text = "Nora Vance insists the levy must pass, and has spent the fall campaigning for it."
    s = extract_statements(text)[0]
    assert s.text == "the levy must pass"
    text = "Ana Ruiz said turnout was high on Monday, although 55 ballots were spoiled."
    (s,) = extract_statements(text)
    assert s.text == "turnout was high on Monday"


def test_a_quoted_word_counts_before_a_second_verb():
    text = 'Lena Park called the plan "reckless" and said the council should start over.'
    got = [(s.cue, s.text) for s in extract_statements(text)]
    assert ("called", 'the plan "reckless"') in got
    assert ("said", "the council should start over") in got


def test_participle_between_two_quotes_is_not_a_split_quote():
    text = "“We are ready,” Mayor Lena Park said, adding, “The money is already there.”"
    got = [(s.cue, s.text) for s in extract_statements(text)]
    assert ("said", "“We are ready,”") in got
    assert ("adding", "“The money is already there.”") in got


def test_acronym_before_a_pronoun_ends_the_sentence():
    from explainer.engine.sentences import split_sentences

    text = "The plant moved to the U.S. He says it will stay. It opened in Washington, D.C. today."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "The plant moved to the U.S.",
        "He says it will stay.",
        "It opened in Washington, D.C. today.",
    ]


def test_base_form_after_a_possessive_is_a_noun():
    text = "Mayor Lena Park’s tweet came as the council met. Park’s claim drew no reply."
    assert extract_statements(text) == []
    text = "Mayor Tom Park spoke first. He’s said the council should start over."
    (s,) = extract_statements(text)
    assert (s.speaker, s.mention) == ("Tom Park", "He’s")
    assert s.text == "the council should start over"


def test_pledged_delegates_is_a_compound():
    assert extract_statements("The totals include pledged delegates and party leaders.") == []


def test_according_to_keeps_an_acronym_or_initial():
    (s,) = extract_statements("The strike killed 40 people, according to U.S. officials.")
    assert (s.speaker, s.text) == ("U.S. officials", "The strike killed 40 people")
    (s,) = extract_statements("The talks failed, according to Dennis B. Ross. Then he left.")
    assert s.speaker == "Dennis B. Ross"


def test_name_opening_a_chain_of_appositives_after_a_quote():
    text = '"We are ready," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.'
    (s,) = extract_statements(text)
    assert (s.speaker, s.mention, s.text) == ("Harry Bond", "Harry Bond", '"We are ready,"')


def test_single_words_that_name_nobody():
    from explainer.engine.mentions import parse_mention

    for word in ("Therefore", "Trump’s", "N.C."):
        assert parse_mention(word) is None, word
    another = parse_mention("Another")
    assert (another.kind, another.name) == ("group", "another")


def test_adjective_participle_inside_a_subject():
    text = "Seventy percent of registered voters say the roads need repair."
    (s,) = extract_statements(text)
    assert s.mention == "Seventy percent of registered voters"


def test_question_then_speaker_and_a_later_participle_quote():
    text = (
        "Mayor Tom Park spoke last.\n\n“Is it time?” he asked when the vote ended, adding,"
        " “We have waited long enough.”"
    )
    got = [(s.speaker, s.cue, s.text) for s in extract_statements(text)]
    assert ("Tom Park", "asked", "“Is it time?”") in got
    assert ("Tom Park", "adding", "“We have waited long enough.”") in got
    text = text.replace("he asked", "He tweeted")  # the question mark ends the sentence
    got = [(s.speaker, s.cue, s.text) for s in extract_statements(text)]
    assert ("Tom Park", "tweeted", "“Is it time?”") in got


def test_roles_that_begin_like_an_article_keep_their_first_letter():
    """Only a whole leading "a", "an" or "the" is dropped ("Attorney" is not "A ttorney")."""
    for text, role in (
        ("“The plan will work,” Attorney General Jane Roe said.", "Attorney General"),
        ("Assistant Secretary Tom Park said the plan would work.", "Assistant Secretary"),
        ("Theater critic Ann Lee said the plan would work.", "Theater critic"),
        ("The chief executive Ned Ray said the plan would work.", "Chief executive"),
    ):
        (s,) = extract_statements(text)
        assert s.role == role, text


def test_an_organisation_named_with_of_keeps_its_whole_name():
    (s,) = extract_statements(
        "Revenue fell 1.3 percent, according to the state Division of Gaming Enforcement."
    )
    assert s.speaker == "Division of Gaming Enforcement"
    (s,) = extract_statements("The Bureau of Labor Statistics said wages rose in May.")
    assert s.speaker == "Bureau of Labor Statistics"


def test_a_person_of_an_organisation_is_the_person():
    (s,) = extract_statements("Joel Pollak of Breitbart California said the poll was wrong.")
    assert s.speaker == "Joel Pollak"


def test_a_time_phrase_before_the_verb_is_not_the_subject():
    (s,) = extract_statements(
        "Reince Priebus, the GOP chairman, this past week announced that the party would open "
        "a website."
    )
    assert s.speaker == "Reince Priebus"


def test_adverbs_and_prepositions_are_no_speakers():
    """A word left alone before the verb ("would ever admit", "deflected numerous questions")
    or a phrase a preposition opens ("like the Daily Star", "Outside the station") names
    nobody."""
    for text in (
        "Mayor Ana Ruiz answered, with a warmth that almost suggested that the question was "
        "welcome.",
        "Ben Ortiz, author of a new book on the port, first pointed out that the docks were "
        "sinking.",
        "Few senators would ever admit that the bill had failed.",
        "On Tuesday, Ruth Abel deflected numerous questions about the budget before saying the "
        "vote would wait.",
        "Outside the station, KTVB, like The Associated Press, which was the first outlet to do "
        "so, declared that Ruiz had won.",
    ):
        for s in extract_statements(text):
            first = s.speaker.split()[0].lower()
            assert first not in {"ever", "numerous", "like", "outside", "almost", "first"}, (
                text,
                s.speaker,
            )


def test_an_appositive_chain_after_a_quote_stays_out_of_the_content():
    (s,) = extract_statements(
        "“The line was too long,” Tom Becker, 61, a retired bus driver in Flint, Mich., said."
    )
    assert s.speaker == "Tom Becker"
    assert s.text == "“The line was too long,”"


def test_a_role_after_a_comma_is_no_appositive_of_a_clause():
    """"Ruth Abel, the report says, will run": "the report" is no role, so it stays the
    speaker (the unclosed-appositive rule wants a role word)."""
    (s,) = extract_statements("Ruth Abel, the report says, will run again.")
    assert s.speaker == "the report"


def test_a_colon_cue_keeps_its_quotation():
    (q, s) = extract_statements(
        "Asked about the ban, Dale Price said: “There will be exceptions,” the Herald reported."
    )
    assert s.speaker == "Dale Price"
    assert (q.speaker, q.text) == ("an unnamed questioner", "about the ban")


def test_a_company_suffix_opens_no_name():
    """"Shaw & Co.\xa0Obama adviser Dan Pike": no person is called "Co. Obama", so a later
    "Obama" is not resolved to one."""
    text = (
        "He left for the fund D.E. Shaw & Co.\xa0Obama adviser Dan Pike joined a bank.\n\n"
        "Obama said the war would end soon."
    )
    assert [s.speaker for s in extract_statements(text)] == ["Obama"]


def test_an_amount_is_no_speaker():
    """"…, charged a $100,000 fee": an amount after a verb is no inverted speaker (a name may
    hold one: "Fight for $15 organizer Dana Holt told …")."""
    text = (
        "Under the old model, the club, a private course near the coast, charged a $100,000 "
        "initiation fee."
    )
    assert all("$" not in s.speaker for s in extract_statements(text))
    (s,) = extract_statements("“We will march,” Fight for $15 organizer Dana Holt told WKTV.")
    assert s.speaker == "Dana Holt"


def test_a_lone_place_after_a_comma_is_no_relative():
    (s,) = extract_statements("The mayor of Chicago, Illinois, said the plan was fair.")
    assert s.speaker == "the mayor of Chicago"


def test_a_clause_of_the_reporter_after_but_or_and_he_ends_the_content():
    """"…, but for the council, it is …" and "… and he railed against …" join a clause of
    the reporter's to the reported one; "…, but that …" and "…, but “…”" continue it."""
    cases = {
        "Ruiz said the files were private, but for the council, it is a scandal.": (
            "the files were private"
        ),
        "Ruiz said the levy is fair, and he railed against the board for months.": (
            "the levy is fair"
        ),
        "Ruiz said the levy is fair, but that the timing is wrong.": (
            "the levy is fair, but that the timing is wrong"
        ),
        "Ruiz said the files were sold, but “the buyers were not the ones we wanted.”": (
            "the files were sold, but “the buyers were not the ones we wanted.”"
        ),
    }
    for text, content in cases.items():
        (s,) = extract_statements(text)
        assert s.text == content, (text, s.text)


def test_the_answer_to_a_question_is_not_the_askers():
    """"Host Tom Dale asked Mayor Ben Ruiz whether …. “We will,” he said.": "he" answers,
    so he is Ruiz, not the host who asked."""
    statements = extract_statements(
        "Host Tom Dale asked Mayor Ben Ruiz whether the pier would reopen. “We will open it "
        "in May,” he said."
    )
    assert [s.speaker for s in statements] == ["Tom Dale", "Ben Ruiz"]


def test_an_organisation_of_a_field_stays_an_organisation():
    """"Division of Gaming Enforcement" and "Secretary of State Ann Lee" open with no full
    name, so the person-of-an-institution rule leaves them alone."""
    (s,) = extract_statements("The Division of Gaming Enforcement said the casino was fined.")
    assert s.speaker == "Division of Gaming Enforcement"
    (s,) = extract_statements("Secretary of State Ann Lee said the talks would resume.")
    assert s.speaker == "Ann Lee"


def test_a_quotation_split_by_a_long_attribution_is_one_statement():
    """The words naming the speaker between two quotations of one paragraph may be many."""
    text = (
        "“The pier is falling apart,” said Rita Stone, a 59-year-old nurse from Hilton Head, "
        "who voted early. “Nobody in town hall seems to care about it.”"
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Rita Stone"
    assert s.text.startswith("“The pier") and s.text.endswith("care about it.”")


def test_two_sentences_between_quotations_keep_them_apart():
    text = (
        "“The pier is falling apart,” said Rita Stone, a nurse from Hilton Head. She has "
        "lived near the water for thirty years with her husband. “Nobody in town hall cares.”"
    )
    assert len(extract_statements(text)) == 2


def test_a_title_in_a_long_attribution_ends_no_sentence():
    """"Gen." and "Sen." in the words between two quotations are no sentence end."""
    text = (
        "“The border patrol has done a fine job,” said Gen. Ann Ruiz, a former adviser to Sen. "
        "Tom Lee of Texas. “But the fence will not stop anyone who is determined.”"
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Ann Ruiz"
    assert s.text.endswith("determined.”")


def test_a_lone_participle_is_no_speaker():
    """A participle or a comparative left alone before a cue names nobody: "The reports had
    helped add momentum to …", "Children are beaten, chained, attacked …", "It is easier
    said than done"."""
    for text in (
        "The reports had helped add momentum to an inquiry by the state attorney general.",
        "Dozens of children are beaten, chained, attacked or robbed while they beg downtown.",
        "Fixing the subway is easier said than done in a city this size.",
    ):
        for s in extract_statements(text):
            assert s.speaker not in {"helped", "beaten", "easier"}, (text, s.speaker)


def test_and_with_a_participle_goes_on_with_the_reported_clause():
    """Without a comma or a quotation before it, "and" + participle continues the content
    ("the council is wasting money and ignoring the flood maps"); after a quoted label it is
    the reporter's clause ("calling the plan “reckless” and urging …")."""
    (s,) = extract_statements(
        "Mayor Ana Ruiz says the council is wasting money and ignoring the flood maps."
    )
    assert s.text == "the council is wasting money and ignoring the flood maps"
    statements = extract_statements(
        "Mayor Ana Ruiz criticized the council, calling the plan “reckless” and urging a vote."
    )
    assert not any("reckless" in s.text and "vote" in s.text for s in statements), statements


def test_three_word_clause_after_said_is_content():
    """"said the talks failed" is a clause (a determiner, a noun, a past tense), while
    "announced his candidacy" stays an object and no statement."""
    (s,) = extract_statements("A spokesman in Ottawa said the talks failed.")
    assert s.text == "the talks failed"
    assert extract_statements("Mayor Ana Ruiz announced her candidacy.") == []


def test_trailing_cue_with_a_place_after_a_short_quoted_clause():
    """``The dam is “a disgrace,” Lee said during the tour.``: a quotation closing before the
    speaker is content however few words open the sentence."""
    text = "Mayor Ana Lee toured the site. The dam is “a disgrace,” Lee said during the tour."
    (s,) = extract_statements(text)
    assert s.speaker == "Ana Lee"
    assert "a disgrace" in s.text


def test_told_a_role_and_a_name_then_a_clause():
    """``told host Ann Brill the plan …``: a role word and a name are the addressee, the
    clause after them is the content."""
    text = "Tom Reyes spoke on the radio. Reyes told host Ann Brill the plan is “dead on arrival.”"
    (s,) = extract_statements(text)
    assert s.speaker == "Tom Reyes"
    assert s.text.startswith("the plan is")


def test_a_bidi_mark_before_a_reversed_opening_mark():
    """A comment pasted with an invisible left-to-right mark before a ” used as an opening
    mark is still a quotation."""
    text = "\u202a”The new bridge is a waste of our money,” wrote Dana Wills."
    (s,) = extract_statements(text)
    assert s.speaker == "Dana Wills"
    assert s.text.strip("\u202a").startswith("”The new bridge")


def test_a_role_is_the_title_stretch_right_before_the_name():
    """A role is the words before a name between conjunctions, dashes and headline capitals:
    "The mayor's deputy and Councilman Tom Ruiz" gives Ruiz "Councilman", a dateline is no
    role, and "Ann Lee and Tom Ruiz" (who speak together) none ("Ann Lee and" is no role)."""
    cases = {
        "The mayor's deputy and Councilman Tom Ruiz said the levy failed.": "Councilman",
        "PORTLAND - Democratic state senator Tom Ruiz said the levy failed.": (
            "Democratic state senator"
        ),
        "Ann Lee and Tom Ruiz said the levy failed.": None,
    }
    for text, role in cases.items():
        roles = {s.role for s in extract_statements(text)}
        assert roles == {role}, (text, roles)


def test_a_reported_clause_ends_before_when_asked():
    """"said she was confident when asked whether …": the question is the asker's, not part
    of what the speaker said."""
    (s, q) = extract_statements(
        "Mayor Ann Lee said she was confident when asked whether the levy would pass."
    )
    assert s.text == "she was confident"
    assert (q.speaker, q.text) == ("an unnamed questioner", "whether the levy would pass")


def test_a_programme_name_after_a_trailing_cue_is_a_place():
    """``…, he said Friday on CNN’s “Evening Desk.”``: the quoted programme name is where it
    was said, and "on CNN" stops before the possessive, so the content is the clause."""
    text = (
        "Tom Reed spoke on Monday. The levy was doomed from the start, he said Friday on "
        "CNN’s “Evening Desk.”"
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Tom Reed"
    assert s.text == "The levy was doomed from the start"


def test_a_day_before_a_possessive_opens_the_content():
    """"said Monday’s ruling …": the day names the ruling, it is no time adverbial of the
    cue, so the content keeps it."""
    (s,) = extract_statements("Ann Berg, a nurse, said Monday's ruling changed her mind.")
    assert s.text == "Monday's ruling changed her mind"


def test_a_reversed_closing_mark_closes_the_quotation():
    """A “ typed where ” belongs (after a comma, before a space) closes the quotation, so the
    inverted cue after it credits the whole quotation."""
    text = "“The levy will fail, and that is a problem for her,“ said Jim Lee, a congressman."
    (s,) = extract_statements(text)
    assert s.speaker == "Jim Lee"
    assert s.text.startswith("“The levy") and s.text.endswith("for her,“")


def test_an_inverted_speaker_described_by_a_relative_clause():
    """``…, said a handful of Democrats who …``: after an inverted cue, the words before "who"
    are the speaker even when no quotation opens the sentence."""
    text = "The levy is doomed in the suburbs, said a handful of Democrats who met on Friday."
    (s,) = extract_statements(text)
    assert s.speaker == "a handful of Democrats"
    assert s.text == "The levy is doomed in the suburbs"


def test_continue_to_insist_is_a_cue_with_its_subject_before_it():
    """"continued to assert that …" reports speech (unlike "declined to say"), and its
    subject stands before "continued to", past any aside set off by dashes."""
    text = (
        "Tom Reed spoke. In an interview with The Ledger - held at Ann Lee's farm in Ames - "
        "Reed continued to assert that he never met her."
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Tom Reed"
    assert s.text == "he never met her"
    assert extract_statements("Tom Reed declined to say whether he met her.") == []


def test_pledged_needs_a_clause_or_a_quotation():
    """"pledged her vote to Lee" and "pledged to work together" are acts, not statements;
    "pledged that the plant would stay open" reports speech."""
    assert extract_statements("Councilwoman Ann Ruiz pledged her vote to Lee.") == []
    assert extract_statements("Mayor Ann Ruiz pledged to work with the council.") == []
    (s,) = extract_statements("Mayor Ann Ruiz pledged that the plant would stay open.")
    assert s.text == "the plant would stay open"


def test_asked_someone_to_do_something_is_a_request():
    """"asked the court to intervene" reports a request, read like "urged X to …"; "asked
    questions … to all three" and "asked for …" are not one."""
    (s,) = extract_statements("Mayor Ann Lee has asked the state court to intervene in the feud.")
    assert s.speaker == "Ann Lee"
    assert s.text == "the state court to intervene in the feud"
    assert extract_statements("Mayor Ann Lee asked questions about the levy to all three.") == []


def test_described_as_without_quotation_marks():
    """"described the levy as a disaster" is a verdict the speaker gave, quoted or not;
    "described the flood in detail" reports no words of theirs."""
    (s,) = extract_statements("Mayor Ann Lee described the levy as a disaster for the town.")
    assert s.text == "the levy as a disaster for the town"
    assert extract_statements("Mayor Ann Lee described the flood in detail.") == []


def test_democrats_opening_a_sentence_stay_capitalised():
    """A party named once, at the start of a sentence, is still a name: "Democrats say …"
    gives the speaker "Democrats", while "Economists say …" gives "economists"."""
    (s,) = extract_statements("Democrats say the levy will fail in the suburbs.")
    assert s.speaker == "Democrats"
    (s,) = extract_statements("Economists say the levy will fail in the suburbs.")
    assert s.speaker == "economists"


def test_a_colon_inside_the_reported_clause_does_not_end_it():
    """"said the levy failed for one reason: The council never funded it." -- what follows
    the colon is still what the speaker said."""
    (s,) = extract_statements(
        "Mayor Ann Lee said the levy failed for one reason: The council never funded it."
    )
    assert s.text.endswith("never funded it")


def test_a_quotation_signed_with_a_dash_is_the_signers():
    """A fact check or pull quote sets the quotation in a paragraph of its own and signs it in
    the next one ("- Dana Holt." or "-Dana Holt, Keene."): the quotation is hers, not the
    last speaker's; a dash byline after a paragraph of the reporter's own words is no
    speaker."""
    body = (
        "Mayor Ann Lee opened the forum on Tuesday.\n\n"
        "“The county has never once balanced its budget on time.”\n\n"
        "- Dana Holt, Keene.\n\n"
        "The county has balanced it on time in four of the last ten years.\n\n"
        "- Tom Becker."
    )
    statements = extract_statements(body)
    assert [(s.speaker, s.kind) for s in statements] == [("Dana Holt", "direct")]
    assert statements[0].text == "“The county has never once balanced its budget on time.”"


def test_a_question_whose_asker_is_not_named():
    """"Asked whether …, X said …" reports the question as well as the answer: the question
    goes to whoever asked it, which the sentence names after "by", as the addressee of
    "told … when asked", or not at all ("an unnamed questioner"), never to the one who
    answered."""
    (q, a) = extract_statements(
        "Asked whether the bridge would reopen by June, Mayor Ann Lee said it would not."
    )
    assert (q.speaker, q.text) == (
        "an unnamed questioner", "whether the bridge would reopen by June"
    )
    assert (a.speaker, a.text) == ("Ann Lee", "it would not")
    (q, _) = extract_statements(
        "Asked by Tom Becker if the levy would pass, Mayor Ann Lee said she was sure of it."
    )
    assert (q.speaker, q.text) == ("Tom Becker", "if the levy would pass")
    (_, q) = extract_statements(
        "“We are nowhere near done,” Mayor Ann Lee told the Keene Sentinel on Monday when "
        "asked how the cleanup was going."
    )
    assert (q.speaker, q.mention, q.text) == (
        "Keene Sentinel", "the Keene Sentinel", "how the cleanup was going"
    )


def test_a_passive_ask_and_a_quoted_question():
    """"Lee was asked whether …" and "Lee was asked, “…?”" name no asker either: the question,
    quoted or not, is an unnamed questioner's."""
    (q,) = extract_statements("Mayor Ann Lee was asked about the flooded underpass on Monday.")
    assert (q.speaker, q.text) == ("an unnamed questioner", "about the flooded underpass on Monday")
    (q, a) = extract_statements(
        "Mayor Ann Lee was asked, “Will the bridge reopen by June?” She answered, “Not a chance.”"
    )
    assert (q.speaker, q.kind, q.text) == (
        "an unnamed questioner", "direct", "“Will the bridge reopen by June?”"
    )
    assert a.speaker == "Ann Lee"


def test_a_question_ends_at_a_comma_inside_quotation_marks():
    """"Asked why … on “Morning Edition,” Lee said …": the comma that closes the question sits
    inside the title's quotation marks; the answer keeps its own statement."""
    (q, a) = extract_statements(
        "Asked why she skipped the vote during an interview on “Morning Edition,” Mayor Ann "
        "Lee said the council had not told her."
    )
    assert q.text == "why she skipped the vote during an interview on “Morning Edition,”"
    assert (a.speaker, a.text) == ("Ann Lee", "the council had not told her")


def test_a_quotation_after_a_question_continues_the_one_who_answered():
    """A quotation that opens a paragraph after "…,” Lee said when asked if …" goes on with
    Lee: the unnamed questioner never speaks again."""
    body = (
        "“We will rebuild it,” Mayor Ann Lee said when asked if the library would close.\n\n"
        "“It has stood here for a hundred years and it is not going anywhere.”"
    )
    speakers = [s.speaker for s in extract_statements(body)]
    assert speakers == ["Ann Lee", "an unnamed questioner", "Ann Lee"]


def test_a_question_inside_a_reported_clause_does_not_cut_it():
    """"Officials say, they were asked to …": being asked is part of what the officials said,
    not a statement that ends theirs."""
    (s,) = extract_statements(
        "In two cases, county officials say, they were asked to keep the gates open overnight."
    )
    assert s.speaker == "county officials"
    assert s.text.endswith("keep the gates open overnight")


def test_a_speaker_inside_a_relative_clause():
    """"a levy, which critics said was unfair," and "the kind of plan that planners say is the
    future": the relative clause's verb follows the cue, so "was unfair" is what the critics
    said, not a misread "said was written"."""
    (s,) = extract_statements(
        "The council passed the levy, which critics said was unfair to renters."
    )
    assert (s.speaker, s.text) == ("critics", "was unfair to renters")
    (s,) = extract_statements(
        "Keene chose the kind of transit plan that most planners say is the future of small "
        "cities."
    )
    assert (s.speaker, s.text) == ("most planners", "is the future of small cities")


def test_a_trailing_told_and_its_addressee_stay_out_of_the_content():
    """"The bridge is safe, Lee told reporters on Monday.": the addressee after "told" ends
    the sentence like "said" alone would, so the content stops before the speaker; a clause
    that goes on after the cue ("The bridge, Lee said, is safe.") still holds it."""
    (s,) = extract_statements(
        "The bridge is safe for trucks, Mayor Ann Lee told reporters on Monday."
    )
    assert (s.speaker, s.text) == ("Ann Lee", "The bridge is safe for trucks")
    (s,) = extract_statements("The bridge, Mayor Ann Lee said, is safe for trucks.")
    assert s.text.startswith("The bridge") and s.text.endswith("is safe for trucks")


def test_a_comma_inside_closing_quotation_marks_ends_the_clause_before_a_participle():
    """"insisted that the plan is “dead on arrival,” claiming that …": American style puts the
    comma inside the marks, where the masked text no longer shows it; the participle still
    opens a statement of its own, and the first one ends with the quotation."""
    (a, b) = extract_statements(
        "Mayor Ann Lee insisted that the levy is “dead on arrival,” claiming that the council "
        "never had the votes."
    )
    assert (a.speaker, a.text) == ("Ann Lee", "the levy is “dead on arrival,”")
    assert (b.speaker, b.text) == ("Ann Lee", "the council never had the votes")


def test_a_share_written_with_a_percent_sign_is_a_speaker():
    """"47% say …" reports what a share of those polled said, as "47 percent say …" does; a
    bare number ("2016 said nothing") still names nobody."""
    (s,) = extract_statements("In the Keene poll, 47% say the bridge should be rebuilt.")
    assert (s.speaker, s.text) == ("47%", "the bridge should be rebuilt")
    assert extract_statements("By then 2016 said nothing about the bridge.") == []


def test_a_one_word_answer_is_what_was_said():
    """"72 percent said yes, but 55 percent said no": a bare yes or no is the whole answer;
    "said no to the plan" and "says no matter what …" are no bare answers."""
    statements = extract_statements(
        "Asked if the levy was fair, 72 percent of voters said yes, but 55 percent of renters "
        "said no."
    )
    assert [(s.speaker, s.text) for s in statements[1:]] == [
        ("72 percent of voters", "yes"), ("55 percent of renters", "no")
    ]
    (s,) = extract_statements("Mayor Ann Lee said no to the plan for the bridge.")
    assert s.text == "no to the plan for the bridge"


def test_an_according_to_source_ends_at_a_spaced_dash():
    """"…, according to a county poll last week - about the same as in June.": the source
    ends at the dash that opens the reporter's aside, so it still parses as one."""
    (s,) = extract_statements(
        "Some 59 percent of Keene voters back the levy, according to a county poll last week "
        "- about the same as in June."
    )
    assert (s.speaker, s.text) == (
        "a county poll last week", "Some 59 percent of Keene voters back the levy"
    )


def test_thats_according_to_is_no_statement_of_its_own():
    """"That’s according to the county’s figures.": the contraction is "that is", so the
    content would be the lone pronoun "That", which says nothing; no statement, rather than
    one whose text is "That’s"."""
    body = "The levy raised $2 million in May. That’s according to the county treasurer."
    assert [s.text for s in extract_statements(body)] == []


# ---------------------------------------------------------------------------------------------
# Speakers that generalise (branch spk): who a card names, or that it names nobody by mistake.
# Same shape as CASES; every sentence written for this file.

SPEAKER_CASES = [
    (
        "one-and-a-role-noun-opens-the-clause-of-a-participle",
        "One operative inside the county party played down the loss, saying the turnout was "
        "“a blip.”",
        [("one operative", None, "the turnout was")],
    ),  # "One" counts the operative: no person called One
    (
        "one-of-a-group-then-the-name-in-apposition",
        "One of the fishermen, Tomas Reyes, 61, had sailed since boyhood and said the quota "
        "would ruin the harbor.",
        [("Tomas Reyes", "indirect", "the quota would ruin the harbor")],
    ),
    (
        "one-of-a-group-who-backs-someone-then-the-name",
        "One of the mayor’s former donors who still backs Lindqvist, retired judge Ana Ortega, "
        "lives in the district and wrote in a letter that the levy was “a mistake.”",
        [("Ana Ortega", None, "the levy was")],
    ),  # not Lindqvist, whom the clause only mentions
    (
        "a-dateline-with-a-horizontal-bar",
        "TUCSON ― The Pima County administration announced a hiring freeze on Monday, "
        "acknowledging that the budget had run dry.",
        [("the Pima County administration", None, "the budget had run dry")],
    ),  # "―" is the dash of the dateline: the city does not speak, nor "Pima County" alone
    (
        "a-dateline-with-an-agency-in-mixed-case",
        "BOISE, Idaho (Reuters) - Governor Clara Voss toured the flooded valley and said the "
        "state would pay for the levees.",
        [("Clara Voss", "indirect", "the state would pay")],
    ),  # not "BOISE": "(Reuters)" closes the dateline as "(AP)" does
    (
        "a-discourse-word-and-a-comma-before-the-subject",
        "Mayor Rosa Delacroix spoke first. Likewise, Delacroix went after the utility and "
        "called for its board to resign by June.",
        [("Rosa Delacroix", "indirect", "its board to resign")],
    ),  # "Likewise" is never capitalised mid-sentence nor anyone's surname: no speaker
    (
        "a-dateline-with-a-state-abbreviation",
        "SALINA, Kan. — Sen. Dora Pruitt toured the grain elevator on Friday, calling the "
        "repairs “long overdue.”",
        [("Dora Pruitt", None, "the repairs")],
    ),  # not "SALINA"
    (
        "a-state-before-a-role-noun-is-no-speaker",
        "The Oregon senator wrote to the board on Friday, saying the dam must be inspected.",
        [("the Oregon senator", "indirect", "the dam must be inspected")],
    ),  # the senator speaks, not Oregon
    (
        "an-outlet-and-a-role-noun-then-the-name",
        "Maya Lind covers the statehouse. The Salem Ledger columnist Maya Lind wrote on "
        "Sunday, arguing that the levy had failed.",
        [("Maya Lind", None, "the levy had failed")],
    ),  # a name after the role noun: the columnist is Lind
    (
        "a-nested-quote-closing-with-three-apostrophes",
        "Mayor Ben Okafor spoke first.\n\n''We never once called it 'a bailout,''' said Lena "
        "Marsh, who chairs the council.",
        [("Lena Marsh", "direct", "called it 'a bailout")],
    ),  # the nested ' and the closing '': the cue after it is Marsh's, not Okafor's
    (
        "a-state-and-a-party-name-nobody-of-another-state",
        "Republican Majority Leader Tom Harlan opened the session on Monday.\n\n"
        "In a radio interview, the Idaho Republican said the budget would pass.",
        [("the Idaho Republican", "indirect", "the budget would pass")],
    ),  # Harlan's role names no Idaho: the card says what the article says
    (
        "two-people-named-together-speak-together",
        "Sen. Ada Brooks and former Gov. Tom Ruiz said the pipeline would be delayed.",
        [("Ada Brooks and Tom Ruiz", "indirect", "the pipeline would be delayed")],
    ),  # not Ruiz alone
    (
        "a-pair-in-apposition",
        "Two county commissioners, Lena Ortiz and Paul Baker, have said they will vote no.",
        [("Lena Ortiz and Paul Baker", "indirect", "they will vote no")],
    ),
    (
        "both-floated-after-a-pair",
        "Mayor Ada Brooks and Sheriff Tom Ruiz have both argued that the jail is too small.",
        [("Ada Brooks and Tom Ruiz", "indirect", "the jail is too small")],
    ),  # not "both"
    (
        "a-plural-title-before-a-pair",
        "Sens. Ada Brooks of Ohio and Tom Ruiz of Iowa said the bill would fail.",
        [("Ada Brooks and Tom Ruiz", "indirect", "the bill would fail")],
    ),  # "Sens." is a title, never part of a name
    (
        "an-honorific-opening-a-group-keeps-its-capital",
        "Sen. Ann Lee announced a bid on Monday. Mrs. Lee's campaign said the rally drew "
        "2,000 people.",
        [("Mrs. Lee's campaign", "indirect", "the rally drew")],
    ),  # not "mrs. Lee's campaign"
    (
        "an-outlet-opening-a-sentence-keeps-its-capital",
        "Harbor Radio News reported that the bridge would close in May.",
        [("Harbor Radio News", "indirect", "the bridge would close")],
    ),  # not "harbor Radio News"
    (
        "who-after-an-appositive-of-a-named-person",
        "“Nobody reads the minutes,” said Dora Pike, a retired teacher and school board "
        "member who has accused the district of hiding its budget.",
        [("Dora Pike", "indirect", "the district of hiding its budget")],
    ),  # "who" is Pike, not "a retired teacher and school board member"
    (
        "a-participle-after-a-reported-clause-takes-the-main-subject",
        "Sheriff Tom Ruiz spoke first. Mayor Ann Lee rebuked critics who say he should "
        "condemn the protesters as “vandals,” saying the march had been peaceful.",
        [("Ann Lee", "indirect", "the march had been peaceful")],
    ),  # "he" is in what the critics say: not the subject of "saying"
    (
        "an-opening-phrase-then-a-name-and-its-appositives",
        "Hurrying out of the hearing room, Sen. Ada Brooks, Republican of South Dakota, called "
        "over her shoulder, “The bill is dead.”",
        [("Ada Brooks", "direct", "The bill is dead")],
    ),  # not "South Dakota"
    (
        "a-time-phrase-then-a-name-and-its-role",
        "Just last week, Mia Torres, editor at large of The Harbor Ledger, a weekly paper, "
        "wrote, “The pier has to go.”",
        [("Mia Torres", "direct", "The pier has to go")],
    ),  # not "large of The Harbor Ledger"
    (
        "aides-opening-a-sentence-are-no-person",
        "Aides said Mayor Lee will make a familiar case for the levy on Monday.",
        [("aides", "indirect", "a familiar case for the levy")],
    ),  # a group of nameless aides, not a person called Aides
    (
        "a-title-that-is-a-surname-after-two-names",
        "Tennis great Billie Jean King remembered the club fondly. “It was my first love,” "
        "she said. King says the courts were “perfect.”",
        [("Billie Jean King", "direct", "It was my first love"),
         ("Billie Jean King", None, "the courts were")],
    ),  # "King" is her surname, not the role "king"
    (
        "a-title-that-is-a-surname-after-a-title-and-a-name",
        "Congressman Pete King said the dam would hold.",
        [("Pete King", "indirect", "the dam would hold")],
    ),
    (
        "an-opening-phrase-of-common-words-then-a-surname",
        "Sen. Hal Ortega met Gov. Rita Sloane on Monday. In the interview, Ortega, who endorsed "
        "Sloane in May, repeated his praise and stressed the need to fund the dam.",
        [("Hal Ortega", "indirect", "the need to fund the dam")],
    ),  # not Sloane: "Ortega" is no state after a city, as "In Keene, New Hampshire," is
    (
        "a-possessive-after-a-surname-ending-in-s",
        "Sen. Ruth Willis won in May. Willis’ campaign purchased ads in Ohio on Tuesday and "
        "announced it would seek a recount.",
        [("Willis’ campaign", "indirect", "it would seek a recount")],
    ),  # the campaign announced it, not Willis herself
    (
        "a-quotation-after-a-sentence-that-a-person-opens",
        "“We need the money,” Sen. Ted Lamb said.\n\nMayor Dana Voss toured the new pier on "
        "Monday. “It will bring the tourists back to the harbor.”",
        [("Dana Voss", "direct", "bring the tourists back")],
    ),  # Voss opens the sentence before it: not Lamb, the previous speaker
    (
        "a-pair-opening-the-clause-of-a-participle",
        "Mayor Dana Voss met Sheriff Tom Ruiz. Voss and Ruiz issued a statement on Friday, "
        "calling the flood response “a model for the state.”",
        [("Voss and Ruiz", None, "the flood response")],
    ),  # not Voss alone
]


@pytest.mark.parametrize("name,text,expected", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_case(name, text, expected):
    test_case(name, text, expected)


# --- attr6: quotations and reported clauses found again (branch attr6) -------------------

ATTR6_CASES = [
    (
        "a-first-name-ending-like-an-adverb-opens-the-participle-clause",
        "The board met on Monday.\n\nKelly Brandt toured the harbor on Friday, saying "
        "the ferries would run “every hour, all year.”",
        [("Kelly Brandt", None, "every hour, all year")],
    ),  # "Kelly" ends in "-ly" but is no "Hastily,": she opens the clause of "saying"
    (
        "a-first-name-ending-like-a-participle-opens-the-participle-clause",
        "The board met on Monday.\n\nTed Marsh attacked the budget, saying it starves the "
        "libraries.",
        [("Ted Marsh", None, "it starves the libraries")],
    ),  # "Ted" ends in "-ed" but is no "Asked about it,"
    (
        "a-trailing-cue-with-a-place-then-a-participle",
        "The board met on Monday.\n\nThe new bridge is “a waste of steel,” Mayor Ines Lott "
        "said Tuesday in Dover, noting that the old one carries half the traffic.",
        [("Ines Lott", None, "a waste of steel"),
         ("Ines Lott", None, "the old one carries half the traffic")],
    ),  # where she spoke stands between the cue and the participle: both statements are hers
    (
        "a-short-quotation-ending-the-clause-before-a-trailing-cue",
        "The board met on Monday.\n\nThe new ferry schedule is “a gift to commuters,” "
        "Councilwoman Rosa Benet said.",
        [("Rosa Benet", None, "The new ferry schedule is")],
    ),  # the quoted words alone say nothing: the statement is the clause they end
    (
        "a-long-quotation-before-a-trailing-cue-stands-alone",
        "The board met on Monday.\n\nThe schedule is “a gift to commuters and a relief for "
        "every family on the island,” Councilwoman Rosa Benet said.",
        [("Rosa Benet", "direct", "a gift to commuters and a relief")],
    ),
    (
        "an-addressee-in-a-city-and-its-state-before-that",
        "The board met on Monday.\n\nGov. Lena Short ended her bid on Friday, telling "
        "volunteers in Akron, Ohio, that she had “no regrets at all.”",
        [("Lena Short", None, "no regrets at all")],
    ),  # the commas around the state belong to where the addressees were, not to the clause
    (
        "an-appositive-after-a-quotation-closing-with-a-comma",
        "The board met on Monday.\n\nMayor Tom Weller called the levy “a quiet robbery,” a "
        "phrase his rivals have printed on flyers all week.",
        [("Tom Weller", None, "a quiet robbery")],
    ),  # the appositive after the quotation is the reporter's, not the mayor's
    (
        "a-list-of-quotations-after-a-comma-is-kept",
        "The board met on Monday.\n\nSen. Ada Pryce said the plan is “lazy,” a “gimmick” "
        "and a “waste.”",
        [("Ada Pryce", None, "and a “waste")],
    ),  # "a “gimmick”" goes on with what she said
    (
        "a-second-verb-after-a-quotation-is-no-split-quotation",
        "The board met on Monday.\n\nSen. Ann Lee agreed that the levy is a “slow leak” and "
        "said “the county will be broke by spring.”",
        [("Ann Lee", None, "slow leak"), ("Ann Lee", "direct", "broke by spring")],
    ),  # "and said" follows the quotation: Lee's second statement, not "“A,” she said, “B”"
    (
        "during-after-a-comma-is-no-participle",
        "The board met on Monday.\n\nMayor Ida Crane said the port, during the storm season, "
        "loses “a third of its trade.”",
        [("Ida Crane", None, "loses “a third of its trade")],
    ),  # "during" ends in -ing but begins a phrase inside her clause, not the reporter's participle
    (
        "a-short-quotation-ending-a-clause-after-and",
        "The board met on Monday.\n\nThe ferry was late again, and the morning crowd was "
        "“fed up with it,” Captain Rolf Dane said.",
        [("Rolf Dane", None, "the morning crowd was")],
    ),  # the clause opens after ", and": the words before it are the reporter's
    (
        "a-title-opening-with-an-ed-word-is-no-introductory-participle",
        "The board met on Monday.\n\nRetired Navy Capt. Hal Ortiz toured the dry dock, "
        "saying the cranes are “older than I am.”",
        [("Hal Ortiz", None, "older than I am")],
    ),  # "Retired" begins his title, not an opening "Asked about it," to skip
    (
        "a-cue-inside-an-opening-subordinate-clause",
        "The board met on Monday.\n\nWhen Mayor Ines Lott said the pier would reopen "
        "“by the first of May,” the fishermen in the hall cheered.",
        [("Ines Lott", None, "the pier would reopen")],
    ),  # the main clause after the comma is the reporter's
    (
        "a-number-with-a-comma-inside-an-opening-subordinate-clause",
        "The board met on Monday.\n\nWhile Mayor Ines Lott says 2,400 boats use the harbor, "
        "the state counts fewer.",
        [("Ines Lott", None, "2,400 boats use the harbor")],
    ),
    (
        "a-cue-inside-an-opening-even-though-clause",
        "The board met on Monday.\n\nEven though Mayor Ines Lott says the pier is safe, the "
        "ferry company has moved its boats to Dover.",
        [("Ines Lott", None, "the pier is safe")],
    ),  # not "the ferry company has moved …": the reporter's main clause
    (
        "and-a-new-subject-after-a-quotation-closing-with-a-comma",
        "The board met on Monday.\n\nGov. Ruth Sall has called the tolls “highway robbery,” "
        "and her aides have drafted a bill to end them.",
        [("Ruth Sall", None, "highway robbery")],
    ),  # what her aides did is the reporter's
    (
        "a-clause-of-time-after-a-quotation",
        "The board met on Monday.\n\nCoach Lena Vick said her team was “hungry for it” as "
        "they boarded the bus for the final.",
        [("Lena Vick", None, "hungry for it")],
    ),  # the boarding is the reporter's narration, not what she said
    (
        "a-two-word-sentence-quoted-after-a-split-quote",
        "The board met on Monday.\n\n“The harbor will be dredged by June,” Mayor Ines Lott "
        "said. “No excuses.”",
        [("Ines Lott", "direct", "No excuses")],
    ),  # a short quotation that ends as a sentence goes on with her; a title would not
    (
        "a-short-title-in-quotation-marks-is-no-statement",
        "The board met on Monday.\n\n“Harbor Lights” opened on Friday at the Lyric.",
        [],
    ),
]


def test_attr6_subordinate_clause_ends_the_content():
    text = next(c[1] for c in ATTR6_CASES if c[0] == "a-cue-inside-an-opening-subordinate-clause")
    (s,) = extract_statements(text)
    assert s.text.endswith("May,”"), s.text


def test_attr6_quote_comma_ends_the_clause():
    text = next(c[1] for c in ATTR6_CASES if c[0].startswith("an-appositive-after-a-quotation"))
    (s,) = extract_statements(text)
    assert s.text.endswith("robbery,”"), s.text


@pytest.mark.parametrize("name,text,expected", ATTR6_CASES, ids=[c[0] for c in ATTR6_CASES])
def test_attr6_case(name, text, expected):
    test_case(name, text, expected)


def test_attr6_even_though_clause_ends_the_content():
    text = next(c[1] for c in ATTR6_CASES if c[0] == "a-cue-inside-an-opening-even-though-clause")
    (s,) = extract_statements(text)
    assert "ferry" not in s.text, s.text


def test_attr6_and_a_new_subject_ends_the_content():
    text = next(c[1] for c in ATTR6_CASES if c[0].startswith("and-a-new-subject-after"))
    (s,) = extract_statements(text)
    assert "aides" not in s.text, s.text


def test_attr6_a_clause_of_time_ends_the_content():
    text = next(c[1] for c in ATTR6_CASES if c[0] == "a-clause-of-time-after-a-quotation")
    (s,) = extract_statements(text)
    assert "bus" not in s.text, s.text


# --- spk2: speakers of a main clause after an opening clause; speech verbs outside the lexicon ---


def test_an_opening_clause_with_a_short_object_does_not_swallow_the_main_clause():
    """A cue in an opening clause whose content is a short object (``attacked the mayor``)
    ends at the comma when the next speaker's name follows it: the main clause is his, not
    hers. A content that opens a clause of its own (``said that, because …``) goes on."""
    statements = extract_statements(
        "After Ann Lee attacked the mayor, Tom Ruiz said the budget is short."
    )
    got = {(s.speaker, s.text) for s in statements}
    assert ("Tom Ruiz", "the budget is short") in got, got
    assert all("Ruiz" not in s.text for s in statements), got
    (s,) = extract_statements("Lee said that, because the audit was late, the budget is short.")
    assert s.text.endswith("the budget is short")
    (s,) = extract_statements("Lee said if elected, she would cut taxes.")
    assert s.text.endswith("cut taxes")


def test_a_short_object_before_but_and_a_named_speaker():
    """``Few admit this, but Sen. Ada Brooks says …``: the clause after "but" is Brooks's."""
    statements = extract_statements(
        "Few mayors would admit this, but Sen. Ada Brooks says the dam is failing."
    )
    got = {(s.speaker, s.text) for s in statements}
    assert ("Ada Brooks", "the dam is failing") in got, got


def test_an_opening_clause_ends_its_content_before_the_main_clause():
    """``While Ann Lee said that …, she voted for it``: what Lee said ends at the comma before
    the main clause (a subject and its verb); a comma inside the reported clause (``the pier,
    which opened in May, was unsafe``) does not end it, and ``As the Ledger reported, …``
    reports the main clause."""
    (s,) = extract_statements("While Ann Lee said that the budget is short, she voted for it.")
    assert s.text == "the budget is short"
    (s,) = extract_statements("As the Ledger reported, the mayor had already resigned.")
    assert s.text == "the mayor had already resigned"
    statements = extract_statements(
        "When Tom Ruiz said the pier, which opened in May, was unsafe, nobody listened."
    )
    assert statements[0].text == "the pier, which opened in May, was unsafe"
    statements = extract_statements(
        "Although Ann Lee argued the tax was fair, critics say it hurts renters."
    )
    got = {(s.speaker, s.text) for s in statements}
    assert ("Ann Lee", "the tax was fair") in got and ("critics", "it hurts renters") in got, got
    # the clause is cut before a content is judged too short to be one: "everything Ruiz says"
    # reports nothing, and Lee's words are Lee's; a quotation may hold the closing comma
    statements = extract_statements(
        "While not everything Ruiz says is true, Lee said the pier is “mostly safe.”"
    )
    assert [(s.speaker, s.text) for s in statements] == [("Lee", "the pier is “mostly safe.”")]
    (s,) = extract_statements(
        "Whereas Ann Lee said the pier was “a safe place,” the inspectors found rot.")
    assert s.text == "the pier was “a safe place,”", s.text


def test_shot_back_is_a_cue_with_that_or_a_quotation():
    """``Ruiz shot back that …`` / ``Hillary shot back, “…”`` report speech (the quotation is
    not the previous speaker's); ``Prices shot back up last week`` reports nothing."""
    statements = extract_statements(
        "Lee praised the budget. Mayor Tom Ruiz shot back that the pier was unsafe."
    )
    assert ("Tom Ruiz", "the pier was unsafe") in {(s.speaker, s.text) for s in statements}
    statements = extract_statements(
        "“The pier will last a century,” Sen. Ada Brooks said.\n\n"
        "“It is rotting already,” Mayor Tom Ruiz shot back with a grin."
    )
    assert statements[-1].speaker == "Tom Ruiz", statements
    assert extract_statements("The mayor spoke on Monday. Prices shot back up last week.") == []


def test_jokes_and_quips_before_a_quotation_are_verbs():
    """``Ruiz jokes, “…”``: "jokes" and "quips" are nouns as often as verbs, and verbs when a
    quotation follows them; ``his jokes`` with no quotation after them report nothing."""
    statements = extract_statements(
        "Mayor Tom Ruiz met voters at the pier. Ruiz jokes, “The line never ends!”"
    )
    assert [(s.speaker, s.cue) for s in statements] == [("Tom Ruiz", "jokes")], statements
    (s,) = extract_statements("Sen. Ada Brooks quips: “Bring a boat.”")
    assert (s.speaker, s.kind) == ("Ada Brooks", "direct")
    assert extract_statements("Voters laughed at his jokes about the pier on Monday.") == []


def test_what_a_sign_or_an_email_reads():
    """``“…,” the sign read`` / ``the email reads: “…”``: the text's words, credited to the
    text; ``Ruiz read a report aloud so “…”`` and ``one of his recent reads`` report nothing
    by "read"."""
    statements = extract_statements(
        "Supporters waved placards at the pier. “Save our harbor,” one sign read."
    )
    assert [(s.speaker, s.cue) for s in statements] == [("one sign", "read")], statements
    (s,) = extract_statements("The campaign email reads: “Give $5 before midnight.”")
    assert s.cue == "reads" and s.text.startswith("“Give $5")
    statements = extract_statements(
        "Mayor Tom Ruiz read the report aloud so “everyone could hear it.”"
    )
    assert all(s.cue != "read" for s in statements), statements
    statements = extract_statements(
        "One of his recent reads, “The Long Harbor,” changed his mind about the pier."
    )
    assert all(s.cue != "reads" for s in statements), statements


def test_remembered_after_a_quotation_names_its_speaker():
    """``“…,” remembered Ana Ortiz, the club's former treasurer.``: "remember" reports the
    quotation it stands next to (a quote-class cue), so the quotation is not left to the
    company the previous sentence names; ``remembered the flood`` reports nothing."""
    statements = extract_statements(
        "Harbor Bank criticized the plan in 1999.\n\n“Everyone told her it would fail,” "
        "remembered Ana Ortiz, the club's former treasurer."
    )
    assert [s.speaker for s in statements][-1] == "Ana Ortiz", statements
    assert extract_statements("Mayor Tom Ruiz remembered the flood of 1999 on Monday.") == []


def test_boomed_and_elaborated_report_their_quotation():
    """``Ruiz boomed: “…”`` and ``“…,” she elaborated, “…”`` are speech, so the quotation is
    not left to the crowd or a previous speaker; ``sales boomed`` reports nothing."""
    statements = extract_statements(
        "The crowd began to chant. Then Mayor Tom Ruiz boomed: “We will rebuild the pier.”"
    )
    assert statements[-1].speaker == "Tom Ruiz" and statements[-1].cue == "boomed", statements
    statements = extract_statements(
        "Sen. Ada Brooks spoke at the pier.\n\n“The way I see it,” she elaborated, “the town "
        "owes the fishermen.”"
    )
    assert statements[-1].cue == "elaborated" and statements[-1].text.endswith("fishermen.”")
    assert extract_statements("Sales boomed in the harbor towns last summer.") == []


def test_a_statement_issued_before_its_quotation_is_the_issuers():
    """``When the mill closed, Mayor Tom Ruiz released the following statement:`` then the
    quotation in the next paragraph: Ruiz's, not the mill's nor the previous speaker's."""
    statements = extract_statements(
        "“The mill is finished,” Sen. Ada Brooks said.\n\nWhen Harbor Mill closed, Mayor Tom "
        "Ruiz released the following statement:\n\n“We will find every worker a job.”"
    )
    assert (statements[-1].speaker, statements[-1].text) == (
        "Tom Ruiz", "“We will find every worker a job.”"
    ), statements


def test_portrayed_and_shared_with_a_quotation_are_speech():
    """``Lee portrayed Ruiz as “a bully”`` and ``Ruiz shared a letter called “Hope”`` report
    the subject's words when a quotation follows (quote-class cues); ``shared a meal`` and
    ``portrayed a pirate`` with no quotation report nothing."""
    statements = extract_statements("Sen. Ada Brooks portrayed the mayor as “a bully.”")
    assert [(s.speaker, s.cue) for s in statements] == [("Ada Brooks", "portrayed")], statements
    statements = extract_statements(
        "Mayor Tom Ruiz shared a letter called “Hope for the Harbor” on his Facebook page."
    )
    assert [s.speaker for s in statements] == ["Tom Ruiz"], statements
    assert extract_statements("Mayor Tom Ruiz shared a meal with fishermen on Monday.") == []


def test_the_month_may_is_no_verb_of_a_reported_clause():
    """``reported record catches in May``: "May" is the month, not the auxiliary "may", so
    the words after "reported" hold no clause and no statement."""
    assert extract_statements("The agency reported record catches in May.") == []
    assert extract_statements("The mayor spoke on Monday. Prices shot back up in May.") == []
    (s,) = extract_statements("The agency reported that catches may fall in June.")
    assert s.text == "catches may fall in June"


def test_a_quotation_in_doubled_apostrophes_ends_the_content_like_curly_marks():
    """``published ''Harbor Days,'' a book about …``: the quotation closed by two apostrophes
    (the style of some archives) is the content, as it is with curly marks, and the
    apposition after it is the reporter's."""
    for text in (
        "Sen. Ada Brooks published ''Harbor Days,'' a book about the pier that angered the "
        "council.",
        "Sen. Ada Brooks published “Harbor Days,” a book about the pier that angered the "
        "council.",
    ):
        (s,) = extract_statements(text)
        assert s.cue == "published", s
        assert s.text in ("''Harbor Days,''", "“Harbor Days,”"), s.text


def test_wanted_to_know_asks_the_quotation_after_it():
    """``But Ruiz wanted to know, “…?”``: the question is Ruiz's (like "asked"), not left to
    the guest who answered before; ``wanted to know the score`` with no quotation is none."""
    statements = extract_statements(
        "“The pier is safe,” Sen. Ada Brooks said.\n\nBut Mayor Tom Ruiz wanted to know, "
        "“Who paid for the inspection?”"
    )
    assert (statements[-1].speaker, statements[-1].cue) == ("Tom Ruiz", "wanted to know")
    assert extract_statements("Mayor Tom Ruiz wanted to know the score of the game.") == []
