"""Errors as responses: JSON `{"status", "code", "message"}` under /api, an HTML page elsewhere.

Library errors map to status codes by class (a too-large input is 413, a bad input 400, a store that
cannot answer 503); anything unexpected is logged and answered 500 without internals.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from newssift.errors import (
    AnalyzerError,
    FormatError,
    InputError,
    MissingPathError,
    ModelError,
    NewssiftError,
    PipelineError,
    SizeLimitError,
    StoreError,
)

log = logging.getLogger("newssift.web")

STATUS_BY_ERROR: list[tuple[type[NewssiftError], int]] = [
    (SizeLimitError, 413),
    (FormatError, 415),
    (InputError, 400),
    (MissingPathError, 404),
    (AnalyzerError, 422),
    (StoreError, 503),
    (ModelError, 503),
    (PipelineError, 503),
]


def status_of(err: NewssiftError) -> int:
    return next((status for cls, status in STATUS_BY_ERROR if isinstance(err, cls)), 500)


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The error in the form the caller reads: JSON for the API, a page for the browser."""
    if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
        body = {"status": status, "code": code, "message": message}
        return JSONResponse(body, status_code=status, headers=headers)
    from newssift.web.pages import render_error

    return render_error(request, status, message, headers)


async def _newssift_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, NewssiftError)
    message = str(err).split(": ", 1)[-1] if str(err).startswith(err.code) else str(err)
    return error_response(request, status_of(err), message, err.code)


async def _http_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, HTTPException)
    message = err.detail if isinstance(err.detail, str) else "request refused"
    return error_response(request, err.status_code, message, None, getattr(err, "headers", None))


async def _validation_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, RequestValidationError)
    return error_response(request, 422, _describe(err.errors()), "E422")


async def _unexpected(request: Request, err: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(request, 500, "internal error; the server log has the details", "E500")


def _describe(problems: Any) -> str:
    parts = []
    for problem in list(problems)[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {problem.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts) if parts else "invalid request"


def install(app: FastAPI) -> None:
    app.add_exception_handler(NewssiftError, _newssift_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
