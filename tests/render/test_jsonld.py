"""JSON-LD embedding: corpus text can never end the script element."""

import json

from explainer.corpus.glossary import Source, Term
from explainer.render.jsonld_script import script
from explainer.site.jsonld import defined_term_set


def test_script_escapes_markup_and_round_trips():
    hostile = "</script><script>alert(1)</script><!-- & -->"
    html = str(script({"name": hostile}))
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body)["name"] == hostile


def test_defined_term_set_lists_terms_with_sources():
    term = Term("detainer", "Detainer", ("ICE detainer",), "A request to hold someone.",
                sources=(Source("8 CFR 287.7", "https://www.law.cornell.edu/cfr/text/8/287.7"),))
    data = defined_term_set([term], "")
    assert data["@type"] == "DefinedTermSet"
    [entry] = data["hasDefinedTerm"]
    assert entry["@id"] == "#detainer" and entry["inDefinedTermSet"] == "#glossary"
    assert entry["alternateName"] == ["ICE detainer"]
    assert entry["subjectOf"][0]["url"].startswith("https://")
