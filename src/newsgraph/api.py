"""The HTTP API and the web page: a thin layer over ``newsgraph.query`` and the pipeline.

The server owns the store: DuckDB lets one process hold a file for writing,
so the app opens one connection when it is created and guards every use of
it with one lock; ``POST /api/ingest`` writes through that same connection.
While a server holds a store, ``newsgraph ingest`` on that file stops with
StoreLocked (exit 1) and a message naming the process: post the documents
to the server instead, or stop it first.

Every error, whatever raised it, leaves as ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import hmac
import io
import ipaddress
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__, query
from newsgraph.errors import NewsgraphError, StoreLocked, UsageError
from newsgraph.model import Failure, RawDocument, Result
from newsgraph.query import filters
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.web.layout import network_layout, trim_graph

log = logging.getLogger(__name__)

#: Largest body ``POST /api/ingest`` accepts; larger ones get 413.
MAX_INGEST_BYTES = 5 * 1024 * 1024
#: Largest page of rows one request may ask for.
MAX_PAGE = 1000
DEFAULT_PAGE = 100
MAX_GRAPH_NODES = 500

_TEXT_TYPES = ("text/plain",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")

# The page: our own script and styles only; plotly injects <style> elements.
_PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI starts itself with an inline script.
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'"
)


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """The one shape of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """An error with an HTTP status, raised by the routes."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers=headers)


_HTTP_CODES = {
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


class StoreOwner:
    """The server's one connection to its store; every use holds one lock.

    The store is opened at once (so a locked file fails before the server
    starts), closed when the app shuts down, and opened again if the app
    is started again (test clients run the app's lifespan per session).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._store: Store | None = Store.open(path)
        self._lock = threading.Lock()

    @contextmanager
    def use(self) -> Iterator[Store]:
        """The open store, for the length of a ``with`` block, to this thread alone."""
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.path)
            yield self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    """The host of a Host header, without port or IPv6 brackets, lower-cased."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _check_writer(request: Request, token: str | None) -> None:
    """Who may write: the token's holder, or with no token a local client on this site.

    The Origin check stops another web site open in the user's browser from
    posting to a server on localhost (a form post needs no CORS preflight).
    """
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise ApiError(403, "forbidden", f"cross-site request from {origin!r} refused")
    if token is not None:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode("utf-8", "surrogatepass"), token.encode("utf-8")
        ):
            raise ApiError(
                401, "unauthorized", "send the server's token as 'Authorization: Bearer TOKEN'"
            )
        return
    client = request.client.host if request.client else None
    if not _is_loopback(client):
        raise ApiError(
            403,
            "forbidden",
            "this server has no token, so only local clients may ingest; "
            "start it with --token to accept documents from other hosts",
        )


def _paged(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """A page of rows; ``rows`` holds one row more than the page when there are more."""
    more = len(rows) > limit
    return {
        "items": rows[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(
            413, "payload_too_large", f"the body is {declared} bytes; at most {limit} are accepted"
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(
                413, "payload_too_large", f"the body is over {limit} bytes; send smaller batches"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _documents(
    body: bytes, media: str, meta: tuple[tuple[str, Any], ...]
) -> list[RawDocument | Failure]:
    """The raw documents of an ingest body, by its media type."""
    from newsgraph.ingest.readers import iter_documents

    if media in _JSONL_TYPES:
        for n, line in enumerate(body.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ApiError(400, UsageError.code, f"line {n} is not valid JSON: {exc}") from None
            if not isinstance(obj, dict):
                raise ApiError(400, UsageError.code, f"line {n} is not a JSON object")
        docs = list(iter_documents(["-"], stdin=io.BytesIO(body)))
        return [
            RawDocument(
                d.path if d.path != "-" else "api", d.data, tuple(dict((*meta, *d.meta)).items())
            )
            if isinstance(d, RawDocument)
            else d
            for d in docs
        ]
    kind = "html" if media in _HTML_TYPES else "text"
    return [RawDocument("api", body, (("kind", kind), *meta))]


def _media_type(request: Request) -> str:
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if media not in (*_TEXT_TYPES, *_HTML_TYPES, *_JSONL_TYPES):
        raise ApiError(
            415,
            "unsupported_media_type",
            f"content type {media!r} is not accepted; "
            "send text/plain, text/html or application/x-ndjson",
        )
    return media


def _static_dir() -> Path:
    return Path(str(resources.files("newsgraph").joinpath("web/static")))


def _plotly_js() -> Path:
    """plotly.js as shipped inside the installed ``plotly`` Python package."""
    return Path(str(resources.files("plotly").joinpath("package_data/plotly.min.js")))


def _swagger_dir() -> Path | None:
    """Swagger UI's files from the installed ``swagger-ui-py`` package, if it is there."""
    try:
        return Path(str(resources.files("swagger_ui").joinpath("static")))
    except ModuleNotFoundError:
        return None


def _error_openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI document with FastAPI's 422 replaced by our 400 error shape."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        components.setdefault(
            "ErrorBody", ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        for name, sub in (
            ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
            .get("$defs", {})
            .items()
        ):
            components.setdefault(name, sub)
        components["ErrorBody"].pop("$defs", None)
        bad = {
            "description": "Bad request: a parameter or the body is not valid",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
        }
        for item in schema.get("paths", {}).values():
            for operation in item.values():
                responses = operation.get("responses", {})
                if responses.pop("422", None) is not None or operation.get("parameters"):
                    responses.setdefault("400", bad)
        app.openapi_schema = schema
        return schema

    return openapi


ActorQ = Annotated[
    str | None,
    Query(max_length=64, description="Principal (KOR, NATO) or full code (KORGOV), either side."),
]
DateQ = Annotated[str | None, Query(max_length=32, description="ISO date YYYY-MM-DD, inclusive.")]
RootQ = Annotated[str | None, Query(max_length=8, description="CAMEO root, 01 to 20.")]
QuadQ = Annotated[
    int | None,
    Query(
        ge=1,
        le=4,
        description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.",
    ),
]
LimitQ = Annotated[int, Query(ge=0, le=MAX_PAGE, description="Rows per page.")]
OffsetQ = Annotated[int, Query(ge=0, le=query.MAX_OFFSET, description="Rows to skip.")]


def create_app(
    settings: Settings,
    token: str | None = None,
    *,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The FastAPI app serving the JSON API, its OpenAPI docs and the web page.

    Args:
        settings: ``settings.db`` is the store the server owns (created if
            missing); the rest configures the pipeline for ``POST /api/ingest``.
        token: when given, ``POST /api/ingest`` needs ``Authorization: Bearer
            TOKEN``; without one only loopback clients may post.
        allowed_hosts: when given, requests whose Host header names another
            host get 400; ``newsgraph serve`` on a loopback address passes
            the loopback names, so a web page cannot reach the server by
            rebinding its own domain name to 127.0.0.1.
    Returns:
        The app; its store closes when the app shuts down.
    Raises:
        StoreLocked: another process holds the store open for writing.
        StoreError: the store path cannot be used.
    """
    owner = StoreOwner(settings.db)
    pipeline_settings = settings.replace(workers=1)
    ingest_lock = threading.Lock()
    swagger = _swagger_dir()
    hosts = None if allowed_hosts is None else tuple(h.lower().strip("[]") for h in allowed_hosts)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            owner.close()

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who did what to whom (CAMEO events) and who said what (quotes), from news.",
        docs_url=None if swagger else "/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store_owner = owner
    app.openapi = _error_openapi(app)  # type: ignore[method-assign]

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(UsageError)
    async def usage_error(_: Request, exc: UsageError) -> JSONResponse:
        return _error(400, exc.code, exc.message)

    @app.exception_handler(StoreLocked)
    async def store_locked(_: Request, exc: StoreLocked) -> JSONResponse:
        return _error(503, exc.code, exc.message)

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(_: Request, exc: NewsgraphError) -> JSONResponse:
        log.error("request failed: %s", exc)
        return _error(500, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
            parts.append(
                f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid"))
            )
        return _error(400, UsageError.code, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return _error(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return _error(
            500, "internal_error", f"internal error ({type(exc).__name__}); see the server log"
        )

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if hosts is not None and _host_name(request.headers.get("host", "")) not in hosts:
            return _error(400, "invalid_host", "this server answers only to " + ", ".join(hosts))
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        path = request.url.path
        if path.startswith("/docs"):
            response.headers.setdefault("Content-Security-Policy", _DOCS_CSP)
        elif not path.startswith("/api/"):
            response.headers.setdefault("Content-Security-Policy", _PAGE_CSP)
        return response

    # Typed as FastAPI's ``responses`` parameter (keys may be codes or "default").
    bad_request: dict[int | str, dict[str, Any]] = {
        400: {"model": ErrorBody, "description": "A parameter is not valid"}
    }
    not_found: dict[int | str, dict[str, Any]] = {
        404: {"model": ErrorBody, "description": "No such article"}
    }

    # --- the page and its files -------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(_static_dir() / "index.html", media_type="text/html")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(
            _plotly_js(), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"}
        )

    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    if swagger is not None:
        app.mount("/vendor/swagger-ui", StaticFiles(directory=swagger), name="swagger")

        @app.get("/docs", include_in_schema=False)
        def docs() -> HTMLResponse:
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="newsgraph API",
                swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
                swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
                swagger_favicon_url="/vendor/swagger-ui/favicon-32x32.png",
            )

    # --- reads ------------------------------------------------------------------

    @app.get("/api/summary", tags=["read"])
    def summary() -> dict[str, Any]:
        """Row counts per table, the schema version and the span of article dates."""
        with owner.use() as store:
            return query.summary(store)

    @app.get("/api/articles", tags=["read"], responses=bad_request)
    def articles(limit: LimitQ = DEFAULT_PAGE, offset: OffsetQ = 0) -> dict[str, Any]:
        """Stored articles, newest first, with counts of events and quotes (text left out)."""
        with owner.use() as store:
            rows = query.articles(store, limit=limit + 1, offset=offset)
        for row in rows:
            row.pop("text", None)
        return _paged(rows, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["read"], responses={**bad_request, **not_found})
    def article(article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One article: its text, sentences, mentions, events and quotes, with character offsets."""
        with owner.use() as store:
            row = query.article(store, article_id)
        if row is None:
            raise ApiError(
                404, "not_found", f"no article {article_id!r}; list ids with GET /api/articles"
            )
        return jsonable_encoder(row)

    @app.get("/api/events", tags=["read"], responses=bad_request)
    def events(
        actor: ActorQ = None,
        source: Annotated[
            str | None, Query(max_length=64, description="Source principal or code.")
        ] = None,
        target: Annotated[
            str | None, Query(max_length=64, description="Target principal or code.")
        ] = None,
        root: RootQ = None,
        code: Annotated[
            str | None, Query(max_length=8, description="CAMEO code; matches its sub-codes.")
        ] = None,
        since: DateQ = None,
        until: DateQ = None,
        quad_class: QuadQ = None,
        article_id: Annotated[str | None, Query(max_length=200)] = None,
        limit: LimitQ = DEFAULT_PAGE,
        offset: OffsetQ = 0,
    ) -> dict[str, Any]:
        """Coded events matching every filter, a page at a time (last: ``next_offset`` null)."""
        with owner.use() as store:
            rows = query.events(
                store,
                actor=actor,
                source=source,
                target=target,
                root=root,
                code=code,
                since=since,
                until=until,
                quad_class=quad_class,
                article_id=article_id,
                limit=limit + 1,
                offset=offset,
            )
        return _paged(rows, limit, offset)

    @app.get("/api/quotes", tags=["read"], responses=bad_request)
    def quotes(
        speaker: Annotated[
            str | None, Query(max_length=200, description="Text in the speaker's name, any case.")
        ] = None,
        actor: ActorQ = None,
        article_id: Annotated[str | None, Query(max_length=200)] = None,
        limit: LimitQ = DEFAULT_PAGE,
        offset: OffsetQ = 0,
    ) -> dict[str, Any]:
        """Direct quotations with their speakers, a page at a time."""
        with owner.use() as store:
            rows = query.quotes(
                store,
                speaker=speaker,
                actor=actor,
                article_id=article_id,
                limit=limit + 1,
                offset=offset,
            )
        return _paged(rows, limit, offset)

    @app.get("/api/actors", tags=["read"], responses=bad_request)
    def actors(limit: LimitQ = DEFAULT_PAGE, offset: OffsetQ = 0) -> dict[str, Any]:
        """Actors mentioned, most mentioned first."""
        with owner.use() as store:
            rows = query.actors(store, limit=limit + 1, offset=offset)
        return _paged(rows, limit, offset)

    @app.get("/api/failures", tags=["read"], responses=bad_request)
    def failures(limit: LimitQ = DEFAULT_PAGE, offset: OffsetQ = 0) -> dict[str, Any]:
        """Documents that could not be processed, and why."""
        with owner.use() as store:
            rows = query.failures(store, limit=limit + 1, offset=offset)
        return _paged(rows, limit, offset)

    @app.get("/api/graph", tags=["read"], responses=bad_request)
    def graph(
        actor: ActorQ = None,
        root: RootQ = None,
        quad_class: QuadQ = None,
        since: DateQ = None,
        until: DateQ = None,
        max_nodes: Annotated[
            int, Query(ge=1, le=MAX_GRAPH_NODES, description="Keep the busiest nodes.")
        ] = 80,
    ) -> dict[str, Any]:
        """The actor network for a time window: principals as nodes (with event counts and
        a seeded spring layout ``x``, ``y``), dyads as edges (event counts by quad class,
        mean Goldstein)."""
        with owner.use() as store:
            found = query.graph(
                store, since=since, until=until, actor=actor, root=root, quad_class=quad_class
            )
        return network_layout(trim_graph(found, max_nodes))

    @app.get("/api/timeline", tags=["read"], responses=bad_request)
    def timeline(
        by: Annotated[str, Query(max_length=16, description="quad_class or root")] = "quad_class",
        actor: ActorQ = None,
        since: DateQ = None,
        until: DateQ = None,
    ) -> dict[str, Any]:
        """Events per day, split by quad class or by CAMEO root: ``rows`` of date, key, count."""
        with owner.use() as store:
            rows = query.timeline(store, by=by, since=since, until=until, actor=actor)
        return {"by": by, "rows": rows}

    @app.get("/api/roots", tags=["read"])
    def roots() -> dict[str, Any]:
        """The CAMEO roots (01-20) with their names and quad classes, for filter menus."""
        from newsgraph.events.taxonomy import load_taxonomy

        table = load_taxonomy()
        items = [
            {"root": c.code, "name": c.name, "quad_class": c.quad_class}
            for c in sorted(table.values(), key=lambda c: c.code)
            if len(c.code) == 2
        ]
        return {"items": items}

    # --- writes -----------------------------------------------------------------

    @app.post(
        "/api/ingest",
        tags=["write"],
        responses={
            201: {"description": "Stored: ``ids`` lists the new articles"},
            **bad_request,
            401: {"model": ErrorBody, "description": "Token missing or wrong"},
            403: {"model": ErrorBody, "description": "Not allowed from this client"},
            413: {"model": ErrorBody, "description": "Body too large"},
            415: {"model": ErrorBody, "description": "Unsupported content type"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                    "application/x-ndjson": {"schema": {"type": "string"}},
                },
            }
        },
    )
    async def ingest(
        request: Request,
        date: DateQ = None,
        source: Annotated[
            str | None, Query(max_length=200, description="Name of the news source.")
        ] = None,
        title: Annotated[str | None, Query(max_length=200)] = None,
        url: Annotated[str | None, Query(max_length=2000)] = None,
    ) -> JSONResponse:
        """Code and store the posted documents: one text (text/plain), one page (text/html) or
        JSON lines (application/x-ndjson, each with ``text`` or ``html`` and optional ``id``,
        ``title``, ``date``, ``url``, ``source``). Returns the ids of the new articles; an
        article already stored is listed under ``duplicates``."""
        _check_writer(request, token)
        media = _media_type(request)
        body = await _read_body(request, MAX_INGEST_BYTES)
        if not body.strip():
            raise ApiError(400, UsageError.code, "the body is empty; send the article text")
        when = filters.date(date, "date")
        meta = tuple(
            (k, v)
            for k, v in (
                ("date", when),
                ("source", filters.text(source, "source")),
                ("title", filters.text(title, "title")),
                ("url", _url(url)),
            )
            if v
        )
        docs = _documents(body, media, meta)
        outcome = await run_in_threadpool(_ingest, owner, ingest_lock, pipeline_settings, docs)
        return JSONResponse(outcome, status_code=201 if outcome["ids"] else 200)

    return app


def _url(value: str | None) -> str | None:
    if value is not None and any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise UsageError("url must not contain control characters")
    return value or None


def _ingest(
    owner: StoreOwner,
    one_at_a_time: threading.Lock,
    settings: Settings,
    docs: list[RawDocument | Failure],
) -> dict[str, Any]:
    """Run the pipeline over ``docs`` (outside the store's lock) and store the batch (inside it).

    Ingests run one at a time: the spaCy pipeline is shared and not meant
    for concurrent calls; reads go on meanwhile.
    """
    with one_at_a_time:
        return _run_pipeline(owner, settings, docs)


def _run_pipeline(
    owner: StoreOwner, settings: Settings, docs: list[RawDocument | Failure]
) -> dict[str, Any]:
    from newsgraph.pipeline import Pipeline

    def stored(article_id: str) -> bool:
        with owner.use() as store:
            return bool(store.known_ids([article_id]))

    results: list[Result] = []
    failed: list[Failure] = []
    duplicates: list[str] = []
    for item in Pipeline(settings).process(docs, skip=stored):
        if isinstance(item, str):
            duplicates.append(item)
        elif isinstance(item, Failure):
            failed.append(item)
        else:
            results.append(item)
    with owner.use() as store:
        stats = store.write_batch(results, failed)
    return {
        "ids": [r.article.id for r in results],
        "duplicates": duplicates,
        "failures": [{"path": f.path, "stage": f.stage, "reason": f.reason} for f in failed],
        "events": stats.events,
        "quotes": stats.quotes,
    }


def serve_address_allowed(host: str, token: str | None) -> bool:
    """Whether a server may bind ``host``: anything but loopback needs a token."""
    return token is not None or _is_loopback(host)


#: The names a server bound to a loopback address answers to.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve_allowed_hosts(host: str) -> tuple[str, ...] | None:
    """The Host names to accept when serving on ``host``: loopback names on loopback, else any."""
    return tuple(dict.fromkeys((*LOOPBACK_HOSTS, host.strip("[]")))) if _is_loopback(host) else None


__all__ = [
    "LOOPBACK_HOSTS",
    "MAX_INGEST_BYTES",
    "ErrorBody",
    "create_app",
    "serve_address_allowed",
    "serve_allowed_hosts",
]
