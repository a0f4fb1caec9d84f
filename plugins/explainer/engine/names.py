"""The words names are made of, for telling a person from a role, a group or a place.

Titles and their abbreviations ("Supt." -> "Superintendent"), honorifics (which also tell a
gender), title words that may open a name ("Chicago Police Supt. Eddie Johnson"), the nouns
that head an organisation ("the Justice Department") or stand for a role ("the mayor"),
first names by gender (for resolving he/she) and the last words that end no person's name
("Super Tuesday", "Wall Street", "the Patriot Act").
"""

from __future__ import annotations

TITLE_EXPANSIONS = {
    "supt.": "Superintendent",
    "gov.": "Governor",
    "sen.": "Senator",
    "sens.": "Senators",
    "reps.": "Representatives",
    "rep.": "Representative",
    "lt.": "Lieutenant",
    "gen.": "General",
    "atty.": "Attorney",
    "sec.": "Secretary",
    "ald.": "Alderman",
    "insp.": "Inspector",
    "det.": "Detective",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "col.": "Colonel",
    "adm.": "Admiral",
    "amb.": "Ambassador",
    "pres.": "President",
    "prof.": "Professor",
    "rev.": "Reverend",
    "cmdr.": "Commander",
    "asst.": "Assistant",
    "dep.": "Deputy",
    "lt. gov.": "Lieutenant Governor",
}
HONORIFICS = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dr.": "",
    "dr": "",
}
TITLE_WORDS = frozenset(
    [
        "principal",
        "dean",
        "provost",
        "lieutenant",
        "inspector",
        "captain",
        "sergeant",
        "president",
        "vice",
        "attorney",
        "general",
        "mayor",
        "governor",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "superintendent",
        "secretary",
        "chief",
        "director",
        "judge",
        "justice",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "minister",
        "commissioner",
        "alderman",
        "officer",
        "detective",
        "sheriff",
        "ambassador",
        "deputy",
        "assistant",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press",
        "candidate",
        "nominee",
        "treasurer",
        "comptroller",
        "prosecutor",
        "councilman",
        "councilwoman",
        "pastor",
        "pope",
        "king",
        "queen",
        "prince",
        "chancellor",
        "premier",
        "delegate",
        "lawmaker",
        "police",
        "majority",
        "minority",
        "whip",
        "former",
        "executive",
        "ceo",
        "founder",
        "host",
        "anchor",
        "adviser",
        "advisor",
        "manager",
        "strategist",
        "analyst",
        "professor",
        "coach",
        "sen.",
        "gov.",
        "supt.",
        "rep.",
        "lt.",
        "gen.",
        "atty.",
        "sec.",
        "ald.",
        "insp.",
        "det.",
        "sgt.",
        "capt.",
        "col.",
        "adm.",
        "amb.",
        "pres.",
        "prof.",
        "rev.",
        "cmdr.",
        "asst.",
        "dep.",
        "republican",
        "democratic",
        "democrat",
        "gop",
        "libertarian",
        "independent",
        "presumptive",
        "state",
        "u.s.",
        "federal",
        "first",
        "lady",
        "reverend",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "economist",
        "pollster",
        "correspondent",
        "editor",
        "columnist",
        "reporter",
        "commentator",
        # adjectives of office: "Republican Presidential hopeful Sen. Ted Cruz"
        "presidential",
        "vice-presidential",
        "congressional",
        "gubernatorial",
        "senatorial",
        "mayoral",
    ]
)
ORG_HEADS = frozenset(
    [
        "department",
        "committee",
        "party",
        "campaign",
        "administration",
        "agency",
        "bureau",
        "office",
        "council",
        "house",
        "court",
        "commission",
        "association",
        "union",
        "institute",
        "center",
        "centre",
        "foundation",
        "university",
        "college",
        "school",
        "times",
        "post",
        "news",
        "network",
        "group",
        "inc.",
        "corp.",
        "co.",
        "company",
        "corporation",
        "service",
        "services",
        "board",
        "police",
        "fbi",
        "cia",
        "senate",
        "congress",
        "assembly",
        "legislature",
        "government",
        "ministry",
        "embassy",
        "coalition",
        "caucus",
        "organization",
        "organisation",
        "project",
        "alliance",
        "fund",
        "county",
        "city",
        "state",
        "republicans",
        "democrats",
        "gop",
        "journal",
        "tribune",
        "magazine",
        "press",
        "review",
        "club",
        "society",
        "league",
        "federation",
        "center",
        "cnn",
        "msnbc",
        "nbc",
        "abc",
        "cbs",
        "pac",
        "council",
    ]
)
ROLE_NOUNS = frozenset(
    [
        "mayor",
        "president",
        "governor",
        "senator",
        "superintendent",
        "secretary",
        "director",
        "judge",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "candidate",
        "nominee",
        "congressman",
        "congresswoman",
        "commissioner",
        "chief",
        "attorney",
        "sheriff",
        "prosecutor",
        "minister",
        "speaker",
        "leader",
    ]
)
# common first names beyond the politicians', so that "he" and "she" find them; none of them
# a place, a month or a common word ("Virginia", "June", "Grace", "Clinton") or given to men
# and women alike ("Pat", "Jamie", "Lee")
_MORE_FEMALE = """
    ana abby abigail adrienne agnes aileen alexandra alexis alicia alison allison alma angie
    anita annette antoinette arlene audrey ava becky belinda bernadette beth bethany betty
    beverly bonnie brittany caitlin camille candace cara carla carmen caroline carolyn cassandra
    cathy cecile cecilia christina cindy clara colleen courtney cynthia darlene debra della
    delores diana dolores dora doris dorothy edith edna eileen elaine eleanor elise ella eloise
    elsie emma erica erin esther ethel eva evelyn felicia frances gail geraldine gladys gretchen
    heidi helen henrietta ida ina ingrid irma isabel jacqueline jan janice jeanette jenna jenny
    jessie joanna joanne jocelyn josephine joyce juanita judith julie kara karin kathryn kathy
    kay kayla kerry kimberly kristen kristin kristina laurie leah lillian lois lorraine louise
    lucille lucy lydia mabel madeline mae marcia margarita marianne marilyn marion marlene
    maureen melanie melinda melissa mildred miriam molly muriel myrtle nadia naomi nell nina
    nora norma patti peggy phyllis priscilla rachael ramona regina renee rhonda rita roberta
    rosemary roxanne sabrina sara selena serena shannon sherry shirley sofia sonya sophia stacy
    stella suzanne sylvia tamara tanya tasha thelma theresa tiffany trisha ursula vanessa vera
    veronica viola vivian wanda yolanda yvonne zoe
"""
_MORE_MALE = """
    aaron abdul adam adrian ahmed alex alexander alfred ali allen alvin andre andy angelo
    antonio archie arnold arthur barry benjamin bernard bert billy bobby boris brad bradley
    brandon brent brett bryan byron calvin cameron carlos cecil cedric chad charlie chester
    christopher clarence clark claude clay clayton clifford clint cody colin craig curt curtis
    dale damon danny darrell darren dave dennis derek devin dmitry dominic don donnie doug
    douglas duane dustin dwight earl ed edgar edward edwin eli elijah elliott emmanuel enrique
    ernest ernie eugene evan everett felipe felix fernando floyd francis francois franklin fred
    freddie frederick gabriel gene geoff geoffrey gerald gilbert giuseppe glen glenn gordon
    graham grant guy hal hank hans harold harvey hassan hector henry herbert herman howard hugh
    hugo hussein ian ibrahim igor isaac ivan jacob jacques jake jamal jared javier jay jean-
    claude jed jeffrey jeremy jerome jesus jimmy joel johnny jon jonathan jorge jose juan julian
    julio justin karl keith kenny kent kurt kyle lance lawrence leon leonard leroy lester lewis
    lloyd lonnie louis luigi luis luke lyle mahmoud malcolm marcus mario marvin mason maurice
    max melvin miguel miles milton mitch mitchell mohamed mohammed morris muhammad nathan neal
    ned neil nelson nicholas nick noah norman oliver omar oscar otis owen pedro perry phil
    philip phillip pierre preston ralph randall randy raul reggie reginald rex ricardo richie
    rob robbie robby roberto rod rodney roland ross roy ruben rupert russ russell ryan salvador
    samuel saul sergei seth shane sidney simon spencer stanley stuart tad terrence theodore todd
    travis trent trey troy tyler vernon vicente victor vince vincent wade wallace walter warren
    wayne wesley wilbur willard wilson yusuf zach zachary
"""
# places that runs of capitals name: a state or a country is never a person ("Stacy Baker of
# Columbia, South Carolina, said" is Baker; "voters in Ohio said" are the voters)
_ONE_WORD_PLACES = """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    america britain england scotland ireland wales france germany italy spain portugal greece
    russia ukraine poland china japan korea india pakistan afghanistan iran iraq syria israel
    egypt libya turkey mexico canada cuba brazil venezuela colombia argentina australia
    europe asia africa
"""
PLACES = frozenset(
    _ONE_WORD_PLACES.split()
    + [
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
        "district of columbia", "united states", "united kingdom", "north korea",
        "south korea", "saudi arabia", "south africa", "puerto rico", "middle east",
    ]
)
# the last words of news outlets' names ("the Associated Press", "Politico"): an outlet reports
# what others say ("…, according to the Associated Press") and is "the newspaper" later
OUTLET_WORDS = frozenset(
    [
        "press", "times", "post", "news", "journal", "tribune", "magazine", "herald", "globe",
        "gazette", "chronicle", "examiner", "observer", "guardian", "telegraph", "reuters",
        "politico", "cnn", "msnbc", "nbc", "abc", "cbs", "npr", "bloomberg", "ap", "afp",
        "axios", "buzzfeed", "newsweek", "wire", "network", "newspaper", "outlet",
    ]
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s"}
_FEMALE = """
    hillary nancy elizabeth kellyanne sarah carly michelle melania ivanka debbie donna huma
    hope kelly jennifer mary susan karen lisa linda patricia barbara margaret jessica ashley
    emily amanda anna maria laura rebecca amy katherine kathleen catherine claire diane
    dianne maxine kirsten tammy tulsi nikki condoleezza loretta janet jill chelsea megyn
    hannah julia rachel samantha victoria andrea heather stephanie nicole christine
    angela jane joan judy sharon carol sandra ann anne ellen marsha kamala ruth
    sonia elena valerie teresa jeanne jeanine katrina katie kate alice betsy connie gina
    martha monica natalie olivia paula rosa sally sheila tina wendy brenda cheryl denise
    deborah gloria irene jo madeleine marie megan michele pam pamela penny sue tara
"""
FEMALE = frozenset(_FEMALE.split() + _MORE_FEMALE.split())
MALE = frozenset(
    [
        "donald",
        "barack",
        "bill",
        "bernie",
        "ted",
        "marco",
        "jeb",
        "john",
        "chris",
        "ben",
        "rand",
        "mike",
        "michael",
        "paul",
        "joe",
        "jeff",
        "rahm",
        "eddie",
        "bruce",
        "newt",
        "mitt",
        "rick",
        "scott",
        "tim",
        "jim",
        "james",
        "robert",
        "david",
        "richard",
        "charles",
        "thomas",
        "george",
        "mark",
        "steve",
        "steven",
        "kevin",
        "brian",
        "ron",
        "ronald",
        "gary",
        "larry",
        "eric",
        "frank",
        "peter",
        "harry",
        "reince",
        "corey",
        "sean",
        "stephen",
        "jason",
        "matt",
        "matthew",
        "andrew",
        "anthony",
        "daniel",
        "dan",
        "greg",
        "gregory",
        "jack",
        "jerry",
        "joseph",
        "josh",
        "ken",
        "kenneth",
        "lindsey",
        "martin",
        "patrick",
        "ray",
        "roger",
        "sam",
        "tom",
        "tony",
        "vladimir",
        "xi",
        "martin",
        "william",
        "willie",
        "carl",
        "chuck",
        "dick",
        "rudy",
        "rudolph",
        "lamar",
        "lincoln",
        "jesse",
        "al",
        "alan",
        "bob",
    ]
    + _MORE_MALE.split()
)
_CALENDAR = frozenset(  # days and months; not 'may' (a surname too)
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
NOT_NAME_ENDINGS = _CALENDAR | frozenset(
    [
        "may",
        "day",
        "night",
        "street",
        "avenue",
        "road",
        "square",
        "states",
        "america",
        "news",
        # wars, laws and places are not people: "the Vietnam War", "the Patriot Act"
        "war",
        "act",
        "amendment",
        "doctrine",
        "boulevard",
        "airport",
        "island",
        "valley",
    ]
)
