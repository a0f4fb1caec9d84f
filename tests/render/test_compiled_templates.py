"""Our page templates compiled in another process (``compiled_templates``, a background job
of ``mkdocs build``) are loaded as they are, and are the templates compiled here."""

from explainer.render import pages


def test_templates_compiled_elsewhere_are_loaded_and_the_same(monkeypatch):
    pages._env.cache_clear()
    compiled = pages.compiled_templates()
    assert "article.html" in {name for name in pages._page_templates(pages._env())}
    assert compiled  # one compiled template per page template
    here = {name: pages._env().get_template(name).root_render_func.__code__.co_code
            for name in pages._page_templates(pages._env())}
    pages._env.cache_clear()
    compiles = []
    real = pages.jinja2.Environment.compile
    monkeypatch.setattr(pages.jinja2.Environment, "compile",
                        lambda self, *a, **k: (compiles.append(a), real(self, *a, **k))[1])
    pages.compile_templates(compiled)
    assert compiles == []  # nothing compiled again
    env = pages._env()
    assert env.bytecode_cache is None
    assert {name: env.get_template(name).root_render_func.__code__.co_code
            for name in pages._page_templates(env)} == here
    pages._env.cache_clear()
