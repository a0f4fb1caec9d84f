"""The page fragments escape what they insert as Jinja's autoescape does
(``render.fragments._escaped`` against ``markupsafe.escape``), so that the pages stay the same
byte for byte."""

from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from explainer.render.fragments import _escaped


@pytest.mark.parametrize("value", [
    "Ana O'Neill said \"no\" & <left>", "", "plain", "&amp; already", "café – “quoted”",
    12, 0, None, Markup("<b>safe</b>"),
])
def test_escaped_is_what_markupsafe_escape_prints(value):
    assert _escaped(value) == str(escape(value))
    assert type(_escaped(value)) is str or isinstance(value, Markup)
