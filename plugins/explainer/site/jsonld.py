"""schema.org structured data (JSON-LD) for the generated pages, as plain dicts.

:func:`explainer.render.jsonld_script.script` embeds them in the page.
"""

from __future__ import annotations

from ..corpus.glossary import Term


def defined_term_set(terms: list[Term], page_url: str, name: str = "Glossary") -> dict:
    """The glossary as a ``DefinedTermSet``; ``page_url`` is the page's absolute or site URL."""
    set_id = f"{page_url}#glossary"
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "@id": set_id,
        "name": name,
        "hasDefinedTerm": [
            {
                "@type": "DefinedTerm",
                "@id": f"{page_url}#{term.id}",
                "termCode": term.id,
                "name": term.name,
                "alternateName": list(term.aliases),
                "description": term.short,
                "inDefinedTermSet": set_id,
                "url": f"{page_url}#{term.id}",
                "subjectOf": [{"@type": "CreativeWork", "name": s.title, "url": s.url}
                              for s in term.sources],
            }
            for term in terms
        ],
    }


# Across the corpus: articles, statements and speakers. ``url`` arguments are the pages'
# absolute URLs when the site has a ``site_url``, else URLs relative to the page that embeds
# the data (JSON-LD resolves relative IRIs against the document's own address).


def speaker_node(name: str, url: str, kind: str = "person", role: str | None = None,
                 affiliation: str | None = None, full: bool = False) -> dict:
    """A speaker as a ``Person`` (or an ``Organization`` for a group quoted as one voice)."""
    node = {"@type": "Organization" if kind == "group" else "Person",
            "@id": f"{url}-speaker" if "#" in url else f"{url}#speaker",  # listed: #slug
            "name": name, "url": url}
    if full:
        if role and kind != "group":
            node["jobTitle"] = role
        elif role:
            node["description"] = role
        if affiliation:
            node["affiliation" if kind != "group" else "parentOrganization"] = {
                "@type": "Organization", "name": affiliation}
    return node


def news_article(article, url: str, full: bool = False) -> dict:
    """An article page as a ``NewsArticle``; ``full`` adds the original and the dateline."""
    node = {"@type": "NewsArticle", "@id": f"{url}#article", "headline": article.title,
            "url": url}
    if article.published:
        node["datePublished"] = article.published.isoformat()
    if article.publisher:
        node["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.author:
        node["author"] = {"@type": "Person", "name": article.author}
    if full:
        node["mainEntityOfPage"] = url
        if article.url and article.url.lower().startswith(("http://", "https://")):
            node["isBasedOn"] = article.url
        if article.dateline:
            node["locationCreated"] = {"@type": "Place", "name": article.dateline}
    return node


def graph(nodes: list[dict]) -> dict:
    return {"@context": "https://schema.org", "@graph": nodes}


def collection_page(name: str, url: str) -> dict:
    """A page that gathers others' content (a topic, a list) as a ``CollectionPage``."""
    return {"@context": "https://schema.org", "@type": "CollectionPage", "@id": f"{url}#page",
            "name": name, "url": url}


def item_list(name: str, url: str, items: list[dict], first: int = 1) -> dict:
    """A list page (index, people, topics, sources) as a ``CollectionPage`` with an
    ``ItemList`` of its items; ``first``: the position of its first item in the whole list
    (a part of a list)."""
    return {**collection_page(name, url), "mainEntity": {
        "@type": "ItemList", "numberOfItems": len(items), "itemListElement": [
            {"@type": "ListItem", "position": n, "item": item}
            for n, item in enumerate(items, first)]}}
