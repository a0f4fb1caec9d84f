"""The MkDocs adapter: the only subpackage that imports MkDocs.

Owns the plugin's event hooks (:mod:`explainer.plugin.events`), the generated files for
articles and cross-article pages, reuse of unchanged pages between builds, the Pagefind
search integration, the Markdown extension that links glossary terms in ``docs/`` and the
repairs to Material's HTML. May import every other layer. The MkDocs entry point is
``explainer.plugin:ExplainerPlugin``.
"""

from .events import ExplainerPlugin

__all__ = ["ExplainerPlugin"]
