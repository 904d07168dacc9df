"""The accessibility check itself can fail: a label removed from the page is reported."""

from axe_support import serious_violations
from helpers import open_page
def test_axe_sees_a_missing_label(browser, page_url):
    open_page(browser, page_url("index.html"))
    browser.execute_script("document.querySelector('label[for=search]').remove(); document.getElementById('search').removeAttribute('placeholder')")
    ids = [v["id"] for v in serious_violations(browser)]
    assert "label" in ids, ids
