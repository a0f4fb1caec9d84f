"""Moving kept pages back into the new site (``page_reuse._move_back``): whole folders where
this build made none, single files where it did, and nothing stale comes along."""

from __future__ import annotations

from explainer.plugin.page_reuse import _move_back, _stamp


def _write(root, files):
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"old {name}", encoding="utf-8")


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_kept_pages_move_back_with_their_folders_and_nothing_stale_comes_along(tmp_path):
    stash, site = tmp_path / "previous", tmp_path / "site"
    _write(stash, ["people/x/index.html", "people/x/2/index.html", "people/x/3/index.html",
                   "articles/a/index.html", "articles/a/stray.txt", "people/z/index.html",
                   "people/z/2/index.html", "articles/gone/index.html"])
    _write(site, ["people/z/2/index.html", "people/y/index.html"])  # built by this build
    (site / "people/z/2/index.html").write_text("new", encoding="utf-8")
    stamp = _stamp(stash / "people/x/2/index.html")
    kept = ["people/x/2/index.html", "people/x/index.html", "articles/a/index.html",
            "people/z/index.html"]
    _move_back(stash, site, kept)
    assert _files(site) == sorted([*kept, "people/z/2/index.html", "people/y/index.html"])
    assert (site / "people/z/2/index.html").read_text(encoding="utf-8") == "new"
    assert (site / "people/x/index.html").read_text(encoding="utf-8") == (
        "old people/x/index.html")
    assert _stamp(site / "people/x/2/index.html") == stamp  # moved, not copied
    assert _stamp(stash / "people/x/2/index.html") is None  # gone from the previous site



def test_a_later_build_lists_the_pages_it_kept_in_the_sitemap(tmp_path):
    """A kept page is left out of MkDocs' build, and so was left out of sitemap.xml: after
    a second build with nothing changed the real project's sitemap listed 6 of 23 pages."""
    import gzip

    from projects import build_project, copy_project, set_site_url

    project = copy_project(tmp_path)
    set_site_url(project / "mkdocs.yml", "https://news.example.org/")
    site = project / "site"
    build_project(project / "mkdocs.yml", site)
    first = (site / "sitemap.xml").read_bytes()
    build_project(project / "mkdocs.yml", site)
    assert first.count(b"<loc>") > 20
    assert (site / "sitemap.xml").read_bytes() == first
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == first
