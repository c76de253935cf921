"""Opens the site swlaw generated in a real browser (Chromium, driven by Playwright) from disk:
the map links every record, search folds names as swlaw does, the date control answers as
`swlaw show --as-of` does, and no request leaves the site's own files.

    python scripts/check_site.py target/debug/swlaw SITE_DIR [CHROMIUM [SCREENSHOT_DIR]]
"""

import json
import pathlib
import subprocess
import sys

from playwright.sync_api import sync_playwright

swlaw, site = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
chromium = sys.argv[3] if len(sys.argv) > 3 else None
shots = pathlib.Path(sys.argv[4]) if len(sys.argv) > 4 else site


def cli_status(query, as_of):
    out = subprocess.run([swlaw, "show", query, "--as-of", as_of, "--format", "json"],
                         capture_output=True, check=True).stdout
    return json.loads(out)["jurisdictions"][0]["status"]


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
    page = browser.new_page()
    outside = []
    page.on("request", lambda r: None if r.url.startswith("file://") else outside.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto((site / "index.html").as_uri())
    links = page.locator("svg.map a").count()
    rows = page.locator("#records tbody tr").count()
    assert rows > 250 and links >= rows - 5, (links, rows)
    print(f"index: {links} map links, {rows} rows")

    page.fill("#search", "cote divoire")
    visible = page.locator("#records tbody tr:visible")
    assert visible.count() == 1 and visible.first.get_attribute("data-id") == "CI", visible.count()
    page.fill("#search", "nevada")
    assert page.locator("#records tbody tr:visible").count() >= 17
    page.fill("#search", "sweden")
    page.locator("#records tbody tr:visible a").first.click()
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Sweden (SE)", page.inner_text("h1")
    for date in ["1999-01-01", "1998-06-01"]:
        page.fill("#as-of", date)
        page.dispatch_event("#as-of", "change")
        shown = page.locator("#as-of-panel [data-field='buying']").inner_text()
        assert shown == cli_status("SE", date)["buying"], (date, shown)
    page.screenshot(path=str(shots / "site-sweden-1998.png"))
    print("search 'sweden', click: Sweden's page; buying as of 1998 and 1999 as the CLI says")
    page.goto((site / "index.html").as_uri())
    print("search: 'cote divoire' finds CI only; 'nevada' finds the state and its counties")

    # The map's colours follow the date and the class chosen.
    page.fill("#as-of", "2015-06-01")
    page.dispatch_event("#as-of", "change")
    page.select_option("#by", "buying")
    fill_2015 = page.locator("svg.map g#FR").get_attribute("fill")
    page.fill("#as-of", "2017-01-01")
    page.dispatch_event("#as-of", "change")
    fill_2017 = page.locator("svg.map g#FR").get_attribute("fill")
    assert fill_2015 != fill_2017, (fill_2015, fill_2017)
    row = page.locator("#records tr[data-id='FR'] [data-field='buying']").inner_text()
    assert row == cli_status("FR", "2017-01-01")["buying"], row
    page.fill("#as-of", "2015-06-01")
    page.dispatch_event("#as-of", "change")
    page.screenshot(path=str(shots / "site-index-buying-2015.png"))
    print(f"map: France by buying {fill_2015} in 2015, {fill_2017} in 2017")

    # A record's page as of past dates, against the CLI.
    for query, dates in [("FR", ["2015-06-01", "2016-04-05", "2016-04-30", "2020-01-01"]),
                         ("SE", ["1995-01-01", "1999-01-01"]), ("NZ", ["2000-01-01", "2004-01-01"])]:
        page.goto((site / "j" / f"{query}.html").as_uri())
        for date in dates:
            page.fill("#as-of", date)
            page.dispatch_event("#as-of", "change")
            expected = cli_status(query, date)
            for activity, status in expected.items():
                shown = page.locator(f"#as-of-panel [data-field='{activity}']").inner_text()
                assert shown == status, (query, date, activity, shown, status)
        print(f"{query}: the date control agrees with swlaw show --as-of on {', '.join(dates)}")

    # Without JavaScript the pages still read, as of the day they were made.
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto((site / "j" / "SE.html").as_uri())
    assert "Sweden" in plain.inner_text("h1")
    assert plain.locator("#as-of-panel [data-field='buying']").inner_text() == "criminalized"
    print("without JavaScript: pages read as of the day they were generated")

    assert not outside, outside
    assert not errors, errors
    print("no request left the site's files; no script error")
    browser.close()
