"""One polite `requests` session for Crossref and NCBI E-utilities.

User-Agent names the tool, its version and a mailto (Crossref's polite
pool); every call has a timeout; 429 and 5xx are retried with backoff,
honouring Retry-After; a lock-protected semaphore bounds concurrency;
responses are cached. Failures raise `Unreachable`, which callers report
as "unverifiable", never as "not found".
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote

import requests

from lint import __version__
from lint.verify.cache import CachedResponse, HttpCache

CROSSREF = "https://api.crossref.org"
NCBI = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"


class Unreachable(Exception):
    """The service could not be reached or answered in a way we cannot read."""


@dataclass
class ClientSettings:
    crossref_url: str = CROSSREF
    ncbi_url: str = NCBI
    mailto: str = ""
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    concurrency: int = 2
    cache_dir: str = ".content-lint-cache/http"
    cache_days: float = 30.0
    offline: bool = False


class RegistryClient:
    def __init__(self, settings: ClientSettings, session: requests.Session | None = None,
                 sleep=time.sleep):
        self.settings = settings
        self.session = session or requests.Session()
        agent = f"content-lint/{__version__}"
        if settings.mailto:
            agent += f" (mailto:{settings.mailto})"
        self.session.headers["User-Agent"] = agent
        self.cache = HttpCache(settings.cache_dir, settings.cache_days)
        self.slots = threading.BoundedSemaphore(max(1, settings.concurrency))
        self.sleep = sleep
        self.requests_made = 0
        # From Crossref's x-rate-limit-limit / x-rate-limit-interval: the least gap between
        # requests the service asks for.
        self.min_interval = 0.0
        self._last_request = 0.0
        self._pace = threading.Lock()

    # -- transport -----------------------------------------------------------
    def get(self, url: str, params: dict | None = None) -> CachedResponse:
        params = dict(params or {})
        if self.settings.mailto and self.settings.crossref_url in url:
            params["mailto"] = self.settings.mailto
        cached = self.cache.get(url, params)
        if cached is not None:
            return cached
        if self.settings.offline:
            raise Unreachable("offline and not in the cache")
        last_error = "no attempt"
        for attempt in range(self.settings.retries + 1):
            try:
                with self.slots:
                    self._wait_turn()
                    self.requests_made += 1
                    response = self.session.get(url, params=params,
                                                timeout=self.settings.timeout)
                    self._learn_rate(response.headers)
            except requests.RequestException as error:
                last_error = f"{type(error).__name__}: {error}"
                self.sleep(self.settings.backoff * 2 ** attempt)
                continue
            if response.status_code == 429 or response.status_code >= 500:
                last_error = f"HTTP {response.status_code}"
                self.sleep(_retry_after(response) or self.settings.backoff * 2 ** attempt)
                continue
            result = CachedResponse(response.status_code, response.text,
                                    {k.lower(): v for k, v in response.headers.items()
                                     if k.lower().startswith("x-rate") or k.lower()
                                     in ("content-type", "x-api-pool")})
            if response.status_code in (200, 404):
                self.cache.put(url, params, result)
            return result
        raise Unreachable(last_error)

    def _wait_turn(self) -> None:
        with self._pace:
            gap = time.monotonic() - self._last_request
            if self.min_interval and gap < self.min_interval:
                self.sleep(self.min_interval - gap)
            self._last_request = time.monotonic()

    def _learn_rate(self, headers) -> None:
        try:
            limit = float(headers.get("x-rate-limit-limit", "0"))
            interval = float(str(headers.get("x-rate-limit-interval", "1s")).rstrip("s"))
        except ValueError:
            return
        if limit > 0:
            self.min_interval = interval / limit

    def json(self, url: str, params: dict | None = None) -> tuple[int, dict | None]:
        response = self.get(url, params)
        if response.status == 404:
            return 404, None
        if response.status != 200:
            raise Unreachable(f"HTTP {response.status}")
        try:
            return 200, json.loads(response.body)
        except ValueError:
            raise Unreachable("the answer was not valid JSON") from None

    # -- services --------------------------------------------------------------
    def crossref_work(self, doi: str) -> dict | None:
        status, data = self.json(f"{self.settings.crossref_url}/works/{quote(doi, safe='/')}")
        if status == 404:
            return None
        return _message(data)

    def crossref_search(self, entry_query: dict, rows: int = 5) -> list[dict]:
        params = {f"query.{k}": v for k, v in entry_query.items() if v}
        params["rows"] = rows
        status, data = self.json(f"{self.settings.crossref_url}/works", params)
        if status == 404 or data is None:
            return []
        message = _message(data)
        items = message.get("items") if isinstance(message, dict) else None
        if not isinstance(items, list):
            raise Unreachable("unexpected Crossref search answer")
        return items

    def pubmed_summary(self, pmid: str) -> dict | None:
        status, data = self.json(f"{self.settings.ncbi_url}/esummary.fcgi",
                                 {"db": "pubmed", "id": pmid, "retmode": "json"})
        try:
            record = data["result"][pmid]
        except (KeyError, TypeError):
            raise Unreachable("unexpected PubMed answer") from None
        if "error" in record:
            return None  # PubMed answers 200 with an error for an unknown PMID
        return record


def _message(data) -> dict:
    if not isinstance(data, dict) or "message" not in data:
        raise Unreachable("unexpected Crossref answer")
    return data["message"]


def _retry_after(response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return min(float(value), 60.0)
    except ValueError:
        return None
