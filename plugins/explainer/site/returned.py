"""An article's analysis as a worker process sends it back: without the article it was sent.

A worker's result holds the article file it was given (the page model's source, each
appearance's article): pickled back whole, that is the body and front matter a second time,
a quarter of the bytes (PolNeAR train, 2026-12-05: 20.3 KB an article, of which 4.9 KB the
source), and in the main process a second copy of every article. So the worker pickles the
result with the source and its article replaced by references, and this process puts its
own objects back where they stood: the result is equal to the worker's, and the view's
source is the job's, as when an article is analysed in this process. The problems the
analysis added to the source travel with the reference.
"""

from __future__ import annotations

import copyreg
import io
import pickle

from ..corpus.articles import Article, ArticleSource

_PROTOCOL = pickle.HIGHEST_PROTOCOL


def dumped(result: object, source: ArticleSource) -> bytes:
    """``result`` pickled, with ``source`` and its article as references (any other source
    or article, whole)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, _PROTOCOL)
    table = copyreg.dispatch_table.copy()
    table[ArticleSource] = lambda found: (
        (_source, (found.problems,)) if found is source else found.__reduce_ex__(_PROTOCOL))
    table[Article] = lambda found: (
        (_article, ()) if found is source.article else found.__reduce_ex__(_PROTOCOL))
    pickler.dispatch_table = table
    pickler.dump(result)
    return out.getvalue()


def loaded(blob: bytes, source: ArticleSource):
    """What :func:`dumped` pickled, with ``source`` (given the problems the worker's copy
    had) and its article in place of the references."""
    return _Unpickler(blob, source).load()


class _Unpickler(pickle.Unpickler):
    def __init__(self, blob: bytes, source: ArticleSource) -> None:
        super().__init__(io.BytesIO(blob))
        self.source = source

    def find_class(self, module: str, name: str):
        if module == __name__ and name == _source.__name__:
            return self._source
        if module == __name__ and name == _article.__name__:
            return lambda: self.source.article
        return super().find_class(module, name)

    def _source(self, problems: list) -> ArticleSource:
        self.source.problems[:] = problems
        return self.source


def _source(problems: list) -> ArticleSource:
    raise AssertionError("a reference to a worker's source, loaded only by _Unpickler")


def _article() -> Article:
    raise AssertionError("a reference to a worker's article, loaded only by _Unpickler")
