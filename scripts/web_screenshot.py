"""Take the README's screenshot: the result page of an article analysed by the real pipeline.

    python scripts/web_screenshot.py tests/web/fixtures/harbour_strike.txt --out docs/screenshot.png

Starts the app in a thread, pastes the article in headless Chromium (Debian's /usr/bin/chromium),
picks the article's most cited source so its statements are highlighted, hovers a mark to open its
card, and saves the top of the page. `--analyzers` narrows the pipeline (default: all available).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from newssift.settings import Settings
from newssift.web.app import create_app, ensure_pipeline
from newssift.web.server import ServerThread

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshot the web app's result page.")
    parser.add_argument("article", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshot.png"))
    parser.add_argument("--analyzers", default=None, help="comma-separated analyzer names")
    args = parser.parse_args()
    names = args.analyzers.split(",") if args.analyzers else None
    app = create_app(Settings.load({"analyzers": names}), None)
    print("pipeline:", ", ".join(ensure_pipeline(app).names))
    text = args.article.read_text(encoding="utf-8")
    with ServerThread(app) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1250}, device_scale_factor=1)
        page.goto(url + "/")
        page.fill("#paste-form textarea[name=text]", text)
        page.click("#paste-form button[type=submit]")
        page.wait_for_selector("#article")
        sources = page.locator("#sources-panel button.source")
        if sources.count():
            sources.first.click()
        page.evaluate("window.scrollTo(0, 0)")
        cues = page.locator("#article .hl-statements-cue")
        if cues.count() > 2:
            cues.nth(2).hover()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out), full_page=False)
        browser.close()
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
