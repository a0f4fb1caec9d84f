"""Optional Pagefind search (``search: pagefind`` in the plugin's options).

Material's own search puts the whole site in one ``search/search_index.json`` that every
reader downloads on their first search (about 13 MB for 5,000 articles) and indexes every page
during the build. Pagefind (https://pagefind.app, the ``pagefind[bin]`` extra) indexes the
built HTML once, after the build, into small chunks: a search downloads the chunks for its
words and the fragments of the results it shows. With this option the plugin runs Pagefind
on ``site/`` in ``on_post_build``, adds a Search page (``search/``, the Pagefind UI) and a
search button in the header that opens it. Remove Material's ``search`` plugin from
``mkdocs.yml`` so the build does not make its index too. No MkDocs import here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

PAGE = "search.md"
SCRIPT = "assets/explainer/pagefind-search.js"
# What a search reads: the page content, not the navigation; nothing Material's own search
# skips either (the claim cards repeat the article text).
ROOT_SELECTOR = ".md-content"
EXCLUDE = ("[data-search-exclude]", ".headerlink", ".md-source-file")


def available() -> bool:
    return importlib.util.find_spec("pagefind_bin") is not None or importlib.util.find_spec(
        "pagefind_bin_extended") is not None


def index(site_dir: str | Path) -> str:
    """Index the built site into ``site_dir/pagefind/``; returns Pagefind's own summary."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir),
               "--root-selector", ROOT_SELECTOR, "--force-language", "en"]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pagefind failed ({done.returncode}): "
                           f"{(done.stderr or done.stdout).strip()[-2000:]}")
    return done.stdout


def page_html(bundle_url: str) -> str:
    """The Search page: the Pagefind UI, started by ``pagefind-search.js``."""
    return ('<h1>Search</h1>\n'
            f'<div id="ex-search" data-bundle="{bundle_url}">'
            '<noscript><p>Search needs JavaScript. The Articles, People and Topics pages '
            'list everything without it.</p></noscript></div>\n')
