"""The web app and JSON API (`newssift serve`): analyse an article, explore a corpus.

`newssift.web.app.create_app(settings, store_url=None, pipeline=None)` builds the FastAPI app; see
docs/web.md for the pages, routes and safety rules. Needs the `web` extra (and `corpus` for a store).
"""
