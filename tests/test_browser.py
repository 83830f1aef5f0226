"""The API as a browser sees it: Swagger UI at /docs driven in headless Chromium, and a
page of another origin calling the API under CORS. Skipped without /usr/bin/chromium
(Debian's `chromium` package) or the `playwright` Python package (which drives it: no
browser is ever downloaded)."""

import functools
import http.server
import json
import threading
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
import yaml

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="the `playwright` package is not installed")
pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"),
]


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield browser
        browser.close()


def operation_ids():
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return [
        op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op
    ]


def clear_prefilled(operation):
    """Swagger UI pre-fills every parameter with its example: empty them all, so that
    Execute sends only what the test fills in."""
    while operation.locator("tr[data-param-name] button.json-schema-form-item-remove").count():
        operation.locator("tr[data-param-name] button.json-schema-form-item-remove").first.click()
    for field in operation.locator("tr[data-param-name] input[type=text]").all():
        field.fill("")
    for select in operation.locator("tr[data-param-name] select").all():
        if select.get_attribute("multiple") is not None:
            select.select_option([])
        else:
            select.select_option("")


def test_swagger_ui_lists_every_operation_and_tries_one(served, browser, tmp_path):
    base = served()
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock")

    rendered = page.eval_on_selector_all(".opblock", "blocks => blocks.map(b => b.id)")
    missing = [i for i in operation_ids() if not any(r.endswith("-" + i) for r in rendered)]
    assert not missing, f"operations not listed in Swagger UI: {missing}"

    operation = page.locator('[id$="-listDeals"].opblock')
    operation.locator(".opblock-summary").click()
    try_it_out = operation.locator("button.try-out__btn")
    if try_it_out.inner_text().strip() == "Try it out":
        try_it_out.click()
    clear_prefilled(operation)
    expo = operation.locator('tr[data-param-name="expo"]')
    expo.locator("button.json-schema-form-item-add").click()
    expo.locator("input[type=text]").fill("ciie-2019")
    operation.locator("button.execute").click()

    response = operation.locator(".live-responses-table .response")
    response.wait_for()
    request_url = operation.locator(".request-url pre").inner_text()
    status = response.locator(".response-col_status").inner_text().strip()
    assert status == "200", (request_url, response.inner_text())
    assert "expo=ciie-2019" in request_url, request_url
    body = response.locator(".response-col_description pre").first.inner_text()
    assert "changan-ford-qingling-auto-parts-2019" in body  # a curated deal of the 2nd CIIE
    assert "zkh-dow-organosilicon-2023" not in body  # one of the 6th: the filter applied

    screenshot = tmp_path / "swagger-ui-list-deals.png"
    operation.locator(".responses-wrapper").scroll_into_view_if_needed()  # the request and its answer
    page.screenshot(path=str(screenshot))
    print(f"\nSwagger UI screenshot: {screenshot}")

    server = urlsplit(base).netloc
    foreign = sorted(
        {url for url in requests if urlsplit(url).netloc != server and not url.startswith("data:")}
    )
    assert not foreign, f"the docs page reached other hosts: {foreign}"
    assert any(url.endswith("/api/v1/openapi.json") for url in requests)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>CORS check</title></head>
<body>
  <p>ETag: <output id="etag">pending</output></p>
  <p>Link: <output id="link">pending</output></p>
  <p>Total: <output id="total">pending</output></p>
  <script src="app.js"></script>
</body>
</html>
"""
SCRIPT = """fetch(API + "/api/v1/deals?limit=2")
  .then(async (response) => {
    document.getElementById("etag").textContent = response.headers.get("ETag");
    document.getElementById("link").textContent = response.headers.get("Link");
    document.getElementById("total").textContent = (await response.json()).meta.total;
  })
  .catch((error) => { document.getElementById("etag").textContent = "error: " + error; });
"""


@pytest.fixture
def static_site(tmp_path):
    """Serve tmp_path/site on a port of its own: another origin than the API's."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_of_an_allowed_origin_reads_etag_and_link(served, browser, static_site):
    site, origin = static_site
    base = served(CORS_ORIGINS=origin)
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "app.js").write_text(f"const API = {base!r};\n" + SCRIPT, encoding="utf-8")

    page = browser.new_page()
    page.goto(origin + "/index.html")
    page.wait_for_function("document.getElementById('total').textContent !== 'pending'")
    etag = page.locator("#etag").inner_text()
    link = page.locator("#link").inner_text()
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 2, etag
    assert link.startswith("</api/v1/deals?limit=2&cursor=") and link.endswith('>; rel="next"'), link
    assert page.locator("#total").inner_text() == "8"


def test_a_page_of_another_origin_is_refused(served, browser, static_site):
    site, origin = static_site
    base = served(CORS_ORIGINS="http://127.0.0.1:1")  # some other frontend
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "app.js").write_text(f"const API = {base!r};\n" + SCRIPT, encoding="utf-8")

    page = browser.new_page()
    page.goto(origin + "/index.html")
    page.wait_for_function("document.getElementById('etag').textContent !== 'pending'")
    assert page.locator("#etag").inner_text().startswith("error: TypeError")


def admin_token_of(base, tmp_path):
    """An admin token on the database of the server `served` started (as the operator makes one)."""
    import subprocess
    import sys

    port = urlsplit(base).port
    env = {**__import__("os").environ, "DATABASE_URL": f"sqlite:///{tmp_path / f'served-{port}.sqlite3'}"}
    flask = Path(sys.executable).parent / "flask"
    result = subprocess.run(
        [flask, "--app", "api", "tokens", "create", "root", "--scope", "admin"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def execute(page, operation_id):
    """Open an operation, Try it out, Execute as pre-filled; its request URL and status."""
    operation = page.locator(f'[id$="-{operation_id}"].opblock')
    operation.locator(".opblock-summary").first.click()
    try_it_out = operation.locator("button.try-out__btn")
    if try_it_out.count() and try_it_out.inner_text().strip() == "Try it out":
        try_it_out.click()
    return operation


def status_of(operation):
    response = operation.locator(".live-responses-table .response")
    response.wait_for(timeout=20000)
    request_url = operation.locator(".request-url pre").inner_text()
    return response.locator(".response-col_status").inner_text().strip(), request_url


def test_every_get_executes_as_prefilled_and_a_token_writes(served, browser, tmp_path):
    """A newcomer's first minutes: every GET, opened, "Try it out", Execute with what Swagger UI
    pre-fills, answers 2xx; with a token entered in Authorize, a write succeeds too."""
    base = served()
    token = admin_token_of(base, tmp_path)
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    gets = [item["get"]["operationId"] for item in spec["paths"].values() if "get" in item]
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock")

    page.locator("button.authorize").first.click()
    page.locator(".modal-ux input").first.fill(token)
    page.locator(".modal-ux button.authorize").first.click()
    page.locator(".modal-ux button.btn-done").first.click()

    failures = []
    for operation_id in gets:
        operation = execute(page, operation_id)
        operation.locator("button.execute").click()
        status, url = status_of(operation)
        if not status.startswith("2"):
            failures.append((operation_id, status, url))
        operation.locator(".opblock-summary").first.click()  # close it again: a short page
    assert not failures, failures

    operation = execute(page, "updateDeal")
    operation.locator("textarea.body-param__text").fill('{"subject": "organo-silicon products"}')
    operation.locator("button.execute").click()
    status, url = status_of(operation)
    assert status == "200", (url, operation.locator(".live-responses-table").inner_text())


# kept for a person to look at (gitignored): the landing page at a phone's and a desktop's width
SCREENSHOTS = ROOT / "tests" / "screenshots"


@pytest.mark.parametrize("width", [390, 1280])
def test_the_landing_page_reads_on_a_phone_and_a_desktop(served, browser, width):
    base = served()
    page = browser.new_page(viewport={"width": width, "height": 900})
    blocked, outside = [], []
    page.on(
        "console",
        lambda message: blocked.append(message.text) if "Content Security" in message.text else None,
    )
    page.on("request", lambda request: None if request.url.startswith(base) else outside.append(request.url))
    response = page.goto(base + "/")
    assert response.ok and response.headers["content-type"].startswith("text/html")
    assert "style-src 'self'" in response.headers["content-security-policy"]
    # the stylesheet applied: the header is coloured, the counts are shown
    header = page.eval_on_selector("header", "h => getComputedStyle(h).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent"), header
    counts = page.locator(".cards strong").all_inner_texts()
    assert len(counts) == 6 and all(c.replace(",", "").isdigit() for c in counts), counts
    amounts = page.locator(".deals .amount").all_inner_texts()
    assert len(amounts) == 6 and "expected to total USD 10 million" in amounts, amounts  # its words
    # nothing wider than the screen, no outside request, nothing the CSP refused
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert not outside and not blocked, (outside, blocked)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"landing-{width}.png"), full_page=True)
    page.screenshot(path=str(SCREENSHOTS / f"landing-{width}-first-screen.png"))


def test_a_citations_link_opens_its_passage_highlighted(served, browser):
    base = served()
    with urlopen(base + "/api/v1/deals/zkh-dow-organosilicon-2023") as response:
        (citation, *_) = json.load(response)["sources"]
    page = browser.new_page(viewport={"width": 1280, "height": 700})
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    response = page.goto(base + citation["href"])
    assert response.ok and response.headers["content-type"].startswith("text/html")
    target = page.locator(":target")
    assert target.evaluate("element => element.tagName") == "MARK"
    assert " ".join(target.text_content().split()) == " ".join(citation["quote"].split())
    # scrolled to it, and highlighted by the stylesheet
    top = target.evaluate("element => element.getBoundingClientRect().top")
    assert 0 < top < 700, top
    assert target.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    assert not blocked, blocked
