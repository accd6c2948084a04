"""A signed-in staff session over HTTP for benchmarks: signs in through the JSF page
(choosing a new password when the account still has its one-time one) and times page loads."""
import http.cookiejar
import math
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class StaffSession:
    def __init__(self, base):
        self.base = base.rstrip("/") + "/"
        self.http = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

    def get(self, path):
        try:
            with self.http.open(self.base + path) as response:
                return response.status, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def post(self, path, body="{}"):
        """A JSON POST to a REST path; the status and the answer's text."""
        request = urllib.request.Request(self.base + path, body.encode(), {"Content-Type": "application/json"})
        try:
            with self.http.open(request) as response:
                return response.status, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def submit(self, page, form, fields, button):
        _, html = self.get(page)
        data = dict(fields)
        data[form] = form
        data[button] = ""
        data["jakarta.faces.ViewState"] = VIEW_STATE.search(html).group(1)
        try:
            with self.http.open(self.base + page, urllib.parse.urlencode(data).encode()) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def sign_in(self, username, password, new_password):
        for attempt in (password, new_password):
            status = self.submit("login.xhtml", "login",
                                 {"login:username": username, "login:password": attempt}, "login:signIn")
            if status == 302:
                break
        else:
            sys.exit("cannot sign in as " + username)
        if self.get("index.xhtml")[0] == 302:
            self.submit("account/password.xhtml", "password",
                        {"password:current": attempt, "password:new": new_password,
                         "password:repeat": new_password}, "password:change")

    def time_page(self, path, repeat):
        """Median and 95th percentile of the full response time of a page, in milliseconds."""
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            status, _ = self.get(path)
            samples.append((time.perf_counter() - start) * 1000)
            if status != 200:
                sys.exit(f"{path} answered {status}")
        samples.sort()
        # The nearest-rank 95th percentile: with few samples, the slowest of them.
        return samples[len(samples) // 2], samples[max(0, math.ceil(len(samples) * 0.95) - 1)]
