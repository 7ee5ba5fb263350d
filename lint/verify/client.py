"""One polite `requests` session for Crossref and NCBI E-utilities.

Politeness: User-Agent names the tool, its version and a mailto; without
a mailto Crossref's public pool allows one request at a time, so that is
all we make (and say so once); `x-concurrency-limit` and
`x-rate-limit-limit`/`-interval` answers lower the pace further. NCBI gets
`tool`, `email` and `api_key`, and at most 3 requests a second without a
key (10 with). Robustness: every call has a timeout; 429 and 5xx are
retried with backoff (Retry-After honoured, capped), never sleeping after
the last attempt; after `host_failures` consecutive connection failures a
host is given up for the run, so a dead network ends in seconds. Only
real answers are cached (parsed JSON, or a registry's own "not found",
which expires sooner); anything else raises `Unreachable`, which callers
report as "unverifiable", never as "not found".
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from lint import __version__
from lint.verify.cache import CachedResponse, HttpCache

if TYPE_CHECKING:
    import requests

CROSSREF = "https://api.crossref.org"
NCBI = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
RETRY_AFTER_CAP = 30.0


class Unreachable(Exception):
    """The service could not be reached or answered in a way we cannot read."""


@dataclass
class ClientSettings:
    crossref_url: str = CROSSREF
    ncbi_url: str = NCBI
    mailto: str = ""
    ncbi_api_key: str = ""
    ncbi_tool: str = "content-lint"
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    concurrency: int = 2
    host_failures: int = 2  # consecutive connection failures before a host is given up
    cache_dir: str = ".content-lint-cache/http"
    cache_days: float = 30.0
    not_found_days: float = 7.0
    cache_mode: str = "use"  # use | refresh (ask again, store) | off (neither read nor write)
    offline: bool = False


class _Host:
    """Pacing and health of one service: allowed parallel requests, least gap, failures."""

    def __init__(self, limit: int, min_interval: float = 0.0):
        self.limit = max(1, limit)
        self.active = 0
        self.min_interval = min_interval
        self.last = 0.0
        self.failures = 0
        self.down = ""
        self.turn = threading.Condition()


class RegistryClient:
    def __init__(self, settings: ClientSettings, session: requests.Session | None = None,
                 sleep=time.sleep):
        self.settings = settings
        self.agent = f"content-lint/{__version__}"
        if settings.mailto:
            self.agent += f" (mailto:{settings.mailto})"
        self._session = session
        if session is not None:
            session.headers["User-Agent"] = self.agent
        self.cache = HttpCache(settings.cache_dir, settings.cache_days, settings.not_found_days)
        self.sleep = sleep
        self.requests_made = 0
        self.notices: list[str] = []
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._noticed = False

    @property
    def session(self) -> requests.Session:
        """The HTTP session, made on the first request: an offline run, answered from the
        cache, never imports `requests` (a tenth of a second and more of start-up)."""
        if self._session is None:
            import requests

            self._session = requests.Session()
            self._session.headers["User-Agent"] = self.agent
        return self._session

    @property
    def concurrency(self) -> int:
        """Parallel entries worth running: what the Crossref pool allows us."""
        if not self.settings.mailto:
            return 1
        return max(1, self.settings.concurrency)

    @property
    def min_interval(self) -> float:
        return self._host(self.settings.crossref_url).min_interval

    # -- hosts -------------------------------------------------------------------
    def _is_ncbi(self, url: str) -> bool:
        return url.startswith(self.settings.ncbi_url) and url.endswith(".fcgi")

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc + ("|ncbi" if self._is_ncbi(url) else "")
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                if self._is_ncbi(url):
                    # NCBI: 3 requests/s without an API key, 10 with one.
                    gap = 0.1 if self.settings.ncbi_api_key else 1 / 3
                    host = _Host(1, gap)
                else:
                    host = _Host(self.concurrency)
                    if not self.settings.mailto and not self._noticed:
                        self._noticed = True
                        self.notices.append(
                            "no mailto configured (mailto = ..., CONTENT_LINT_MAILTO or "
                            "--mailto): Crossref's public pool allows one request at a time, "
                            "so references are checked one by one")
                self._hosts[key] = host
            return host

    def _acquire(self, host: _Host) -> None:
        with host.turn:
            while host.active >= host.limit:
                host.turn.wait()
            host.active += 1
            gap = time.monotonic() - host.last
            wait = host.min_interval - gap if host.min_interval and host.last else 0.0
            host.last = time.monotonic() + max(0.0, wait)
        if wait > 0:
            self.sleep(wait)

    def _release(self, host: _Host) -> None:
        with host.turn:
            host.active -= 1
            host.turn.notify_all()

    def _learn(self, host: _Host, headers) -> None:
        with host.turn:
            try:
                limit = float(headers.get("x-rate-limit-limit", "0"))
                interval = float(str(headers.get("x-rate-limit-interval", "1s")).rstrip("s"))
                if limit > 0:
                    host.min_interval = max(host.min_interval, interval / limit)
            except ValueError:
                pass
            try:
                concurrency = int(headers.get("x-concurrency-limit", "0"))
            except ValueError:
                concurrency = 0
            if concurrency > 0:
                host.limit = min(host.limit, concurrency)

    # -- transport -----------------------------------------------------------
    def _params(self, url: str, params: dict | None) -> dict:
        params = dict(params or {})
        if self._is_ncbi(url):
            params["tool"] = self.settings.ncbi_tool
            if self.settings.mailto:
                params["email"] = self.settings.mailto
        elif self.settings.mailto:
            params["mailto"] = self.settings.mailto
        return params

    def _cache_url(self, url: str) -> str:
        """The service and path, not the base URL: a mirror's answers serve `--offline` too."""
        for name, base in (("ncbi", self.settings.ncbi_url), ("crossref",
                                                              self.settings.crossref_url)):
            if url.startswith(base) and (name == "crossref" or url.endswith(".fcgi")):
                return f"{name}:{url[len(base):]}"
        return url

    def _cache_key_params(self, url: str, params: dict) -> dict:
        # Never key (or store) the API key or contact address.
        return {k: v for k, v in params.items() if k not in ("api_key", "email", "mailto",
                                                                "tool")}

    def fetch(self, url: str, params: dict | None = None) -> requests.Response:
        """One answer from the network (retried); raises Unreachable."""
        import requests

        params = self._params(url, params)
        if self._is_ncbi(url) and self.settings.ncbi_api_key:
            params["api_key"] = self.settings.ncbi_api_key
        host = self._host(url)
        last_error = "no attempt"
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            if host.down:
                raise Unreachable(host.down)
            wait = 0.0
            self._acquire(host)
            try:
                self.requests_made += 1
                response = self.session.get(url, params=params, timeout=self.settings.timeout)
            except requests.RequestException as error:
                last_error = f"{type(error).__name__}: {error}"
                with host.turn:
                    host.failures += 1
                    if host.failures >= self.settings.host_failures:
                        host.down = (f"{urlsplit(url).netloc} unreachable after "
                                     f"{host.failures} failed connections ({last_error})")
                wait = self.settings.backoff * 2 ** attempt
            else:
                with host.turn:
                    host.failures = 0
                self._learn(host, response.headers)
                if response.status_code == 429 or response.status_code >= 500:
                    last_error = f"HTTP {response.status_code}"
                    wait = _retry_after(response) or self.settings.backoff * 2 ** attempt
                else:
                    return response
            finally:
                self._release(host)
            if attempt + 1 < attempts and not host.down:
                self.sleep(wait)
        raise Unreachable(host.down or last_error)

    def get_json(self, url: str, params: dict | None = None, *, doi_lookup: bool = False
                 ) -> tuple[int, object]:
        """(200, data) or (404, None) for a registry's own "not found" (DOI lookups only).

        A 404 elsewhere (a wrong base URL, a mirror), an HTML page with 200 (a captive
        portal) or a cut JSON body is no answer: Unreachable, and nothing is cached.
        """
        key_params = self._cache_key_params(url, self._params(url, params))
        mode = self.settings.cache_mode
        if mode == "use" or self.settings.offline:
            cached = self.cache.get(self._cache_url(url), key_params)
            if cached is not None:
                return (404, None) if cached.status == 404 else (200, json.loads(cached.body))
        if self.settings.offline:
            raise Unreachable("offline and not in the cache")
        response = self.fetch(url, params)
        kind = response.headers.get("content-type", "")
        if response.status_code == 404:
            body = response.text[:2000]
            if doi_lookup and "<html" not in body.lower() and "html" not in kind:
                self._store(url, key_params, CachedResponse(404, body[:200], {}),
                            negative=True)
                return 404, None
            raise Unreachable(f"HTTP 404 from {url} (is the base URL right?)")
        if response.status_code != 200:
            raise Unreachable(f"HTTP {response.status_code}")
        try:
            data = json.loads(response.text)
        except ValueError:
            what = "an HTML page (a login or captive portal?)" if "html" in kind or \
                response.text.lstrip()[:1] == "<" else "not valid JSON (cut short?)"
            raise Unreachable(f"the answer was {what}") from None
        return 200, data

    def _store(self, url: str, params: dict, response: CachedResponse, negative: bool) -> None:
        if self.settings.cache_mode != "off" and not self.settings.offline:
            self.cache.put(self._cache_url(url), params, response, negative=negative)

    def remember(self, url: str, params: dict | None, data, negative: bool = False) -> None:
        """Cache an answer the caller has checked is well formed."""
        key_params = self._cache_key_params(url, self._params(url, params))
        self._store(url, key_params, CachedResponse(200, json.dumps(data), {}), negative)

    # -- services --------------------------------------------------------------
    def _doi_message(self, doi: str, route: str, valid) -> dict | None:
        """Crossref's message for a DOI route (`valid` checks it), None for its "not found"."""
        url = f"{self.settings.crossref_url}/works/{quote(doi, safe='/()')}{route}"
        status, data = self.get_json(url, doi_lookup=True)
        if status == 404:
            return None
        message = _message(data)
        if not isinstance(message, dict) or not valid(message):
            raise Unreachable(f"unexpected Crossref {route.strip('/') or 'work'} answer")
        self.remember(url, None, data)
        return message

    def crossref_work(self, doi: str) -> dict | None:
        return self._doi_message(doi, "", lambda m: "title" in m or "DOI" in m)

    def doi_agency(self, doi: str) -> str | None:
        """The agency that registered a DOI (Crossref, DataCite, mEDRA ...), None if none did."""
        message = self._doi_message(doi, "/agency", lambda m: isinstance(m.get("agency"), dict)
                                    and bool(m["agency"].get("label") or m["agency"].get("id")))
        return None if message is None else str(message["agency"].get("label")
                                                 or message["agency"].get("id"))

    def crossref_search(self, entry_query: dict, rows: int = 5) -> list[dict]:
        params = {f"query.{k}": v for k, v in entry_query.items() if v}
        params["rows"] = rows
        url = f"{self.settings.crossref_url}/works"
        _, data = self.get_json(url, params)
        message = _message(data)
        items = message.get("items") if isinstance(message, dict) else None
        if not isinstance(items, list):
            raise Unreachable("unexpected Crossref search answer")
        self.remember(url, params, data, negative=True)
        return [i for i in items if isinstance(i, dict)]

    def pubmed_summaries(self, pmids: list[str]) -> dict[str, dict | None]:
        """PMID -> summary, None for a PMID PubMed does not know."""
        if not pmids:
            return {}
        url = f"{self.settings.ncbi_url}/esummary.fcgi"
        params = {"db": "pubmed", "id": ",".join(pmids), "retmode": "json"}
        _, data = self.get_json(url, params)
        try:
            result = data["result"]
            found = {pmid: result.get(pmid) for pmid in pmids}
        except (KeyError, TypeError, AttributeError):
            raise Unreachable("unexpected PubMed answer") from None
        if any(not isinstance(v, dict) for v in found.values()):
            raise Unreachable("unexpected PubMed answer")
        # PubMed answers 200 with an error for an unknown PMID.
        known = {k: (None if "error" in v else v) for k, v in found.items()}
        self.remember(url, params, data, negative=any(v is None for v in known.values()))
        return known

    def pubmed_summary(self, pmid: str) -> dict | None:
        return self.pubmed_summaries([pmid]).get(pmid)

    def pubmed_search(self, term: str, retmax: int = 5) -> list[str]:
        url = f"{self.settings.ncbi_url}/esearch.fcgi"
        params = {"db": "pubmed", "term": term, "retmode": "json", "retmax": retmax}
        _, data = self.get_json(url, params)
        try:
            ids = data["esearchresult"]["idlist"]
        except (KeyError, TypeError):
            raise Unreachable("unexpected PubMed search answer") from None
        if not isinstance(ids, list):
            raise Unreachable("unexpected PubMed search answer")
        self.remember(url, params, data, negative=True)
        return [str(i) for i in ids]


def _message(data) -> dict:
    if not isinstance(data, dict) or "message" not in data or data.get("status") == "failed":
        raise Unreachable("unexpected Crossref answer")
    return data["message"]


def _retry_after(response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return min(max(float(value), 0.0), RETRY_AFTER_CAP)
    except ValueError:
        return None
