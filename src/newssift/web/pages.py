"""The HTML pages: analyse (paste, upload, URL) → result; corpus search, dashboard, claims, sources.

Pages are thin: they call the same functions as the JSON API and render Jinja2 templates with
autoescaping on, so article text is always shown as text. Interactivity (layer toggles, source
highlighting, hover cards, charts) lives in /static scripts; the strict CSP forbids inline scripts.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from newssift import __version__
from newssift.errors import InputError
from newssift.web import explore, inputs, view
from newssift.web.deps import analyse, config_of, has_store, settings_of, store_of

router = APIRouter(include_in_schema=False)

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("newssift.web", "templates"),
    autoescape=True,
    undefined=jinja2.ChainableUndefined,
)


def snippet_html(text: str | None) -> Markup:
    """A search snippet escaped, with the store's [match] brackets shown as <mark>."""
    escaped = str(escape(text or ""))
    return Markup(escaped.replace("[", "<mark>").replace("]", "</mark>"))


@jinja2.pass_context
def url_path(context: Any, name: str, /, **params: Any) -> str:
    """`url_for` as a path (root path included), so pages work behind an https proxy."""
    return context["request"].url_for(name, **params).path


_env.filters["snippet"] = snippet_html
_env.globals["url_for"] = url_path  # set before Jinja2Templates, which only sets a default
templates = Jinja2Templates(env=_env)


def render(request: Request, name: str, status_code: int = 200,
           headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    base = {"version": __version__, "has_store": has_store(request),
            "max_kb": config_of(request).max_bytes // 1024}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code,
                                      headers=headers)


def render_error(request: Request, status: int, message: str,
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    return render(request, "error.html", status, headers, status=status, message=message)


@router.get("/", response_class=HTMLResponse, name="index")
def index(request: Request) -> HTMLResponse:
    return render(request, "index.html")


@router.get("/favicon.ico")
def favicon(request: Request) -> Response:
    return RedirectResponse(request.url_for("static", path="favicon.svg"), status_code=301)


@router.get("/layers.css", name="layer_css")
def layer_css() -> Response:
    return Response(view.page_css(), media_type="text/css",
                    headers={"Cache-Control": "public, max-age=3600"})


@router.post("/analyze", response_class=HTMLResponse, name="analyze_page")
def analyze_page(
    request: Request,
    mode: Annotated[str, Form(max_length=10)] = "text",
    text: Annotated[str | None, Form()] = None,
    title: Annotated[str | None, Form(max_length=1000)] = None,
    outlet: Annotated[str | None, Form(max_length=200)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    file: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    """Analyse what the form sent and show the first article's result page."""
    config, settings = config_of(request), settings_of(request)
    problems: list[str] = []
    if mode == "file" and file is not None:
        data = file.file.read(config.max_bytes + 1)
        articles, problems = inputs.articles_from_upload(file.filename, data, settings,
                                                         config.max_bytes)
        article = inputs.first_or_fail(articles, problems)
        if len(articles) > 1:
            problems.append(f"the file holds {len(articles)} articles; showing the first "
                            "(the API's /api/analyze/file analyses them all)")
    elif mode == "url" and url:
        article, problems = inputs.article_from_url(url, settings, config.fetch)
    elif mode == "text":
        article = inputs.article_from_paste(text or "", title, {"outlet": outlet}, settings,
                                            config.max_bytes, config.max_chars)
    else:
        raise InputError("nothing to analyse: paste a text, choose a file or give a URL")
    analyses, failed = analyse(request, [article])
    return show(request, analyses[0].to_dict(), problems + failed)


def show(request: Request, doc: dict[str, Any], problems: list[str],
         doc_url: str | None = None) -> HTMLResponse:
    return render(request, "result.html", m=view.page_model(doc), problems=problems,
                  doc_url=doc_url)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, name="article_page")
def article_page(request: Request, article_id: str) -> HTMLResponse:
    doc = explore.article(store_of(request), article_id)
    return show(request, doc, [], f"{request.url_for('index').path}api/articles/{quote(article_id)}")


@router.get("/corpus", response_class=HTMLResponse, name="corpus")
def corpus(request: Request, filters: Annotated[explore.Filters, Query()]) -> HTMLResponse:
    store = store_of(request)
    page = explore.search(store, filters)
    next_url = None
    if page.next_offset is not None:
        following = request.url.include_query_params(offset=page.next_offset)
        next_url = f"{following.path}?{following.query}"
    return render(request, "corpus.html", page=page, filters=filters, next_url=next_url,
                  options=explore.facets(store))


@router.get("/dashboard", response_class=HTMLResponse, name="dashboard")
def dashboard(request: Request,
              outlet: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    store = store_of(request)
    return render(request, "dashboard.html", outlet=outlet or None, options=explore.facets(store))


@router.get("/claims", response_class=HTMLResponse, name="claims_page")
def claims_page(request: Request,
                outlet: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    clusters = explore.claim_clusters(store_of(request), 100, outlet or None)
    return render(request, "claims.html", clusters=clusters, outlet=outlet)


@router.get("/sources", response_class=HTMLResponse, name="sources_page")
def sources_page(request: Request,
                 kind: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    entries = explore.source_index(store_of(request), 300, kind or None)
    return render(request, "sources.html", entries=entries, kind=kind)
