"""Timings of bench/work-orders-million.sh: Open311 beside the raw-JDBC baseline, then the
board's REST list for the subdistrict administrator.
Arguments: base URL, Open311 key, id of 广陵街道, file of its order ids (one a line)."""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from staff_session import StaffSession

BASE, KEY, SUBDISTRICT, IDS = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3], sys.argv[4]
JURISDICTION = "341181001000"
ids = [line.strip() for line in open(IDS) if line.strip()]


def call(path, form=None):
    """Status and body; a form makes it a POST."""
    data = None if form is None else urllib.parse.urlencode(form).encode()
    try:
        with urllib.request.urlopen(BASE + path, data) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def timed(path, form=None):
    start = time.perf_counter()
    status, body = call(path, form)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200 or "service_request_id" not in body:
        sys.exit(f"{path} answered {status}: {body[:300]}")
    return elapsed


def summary(samples):
    """Median and 95th percentile in milliseconds, as staff_session.time_page computes them."""
    samples = sorted(samples)
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95) - 1]


def open311_get(order_id):
    return f"open311/v2/requests/{order_id}.json?jurisdiction_id={JURISDICTION}"


def jdbc_get(order_id):
    return f"jdbc-baseline/requests/{order_id}?subdistrict_id={SUBDISTRICT}"


def open311_post(n):
    return {"api_key": KEY, "jurisdiction_id": JURISDICTION, "service_code": "REPAIR",
            "description": f"楼道灯不亮（基准 {n}）", "phone": "13800138000", "first_name": "建国",
            "last_name": "王", "address_string": "3栋2单元", "attribute[community_code]": "341181001001"}


def jdbc_post(n):
    return {"service_code": "REPAIR", "community_code": "341181001001", "description": f"楼道灯不亮（基准 {n}）",
            "phone": "13800138000", "first_name": "王建国"}


def side_by_side(label, product, baseline, arguments):
    """Times both on the same arguments, alternating which goes first so neither always finds a warm cache."""
    ours, raw = [], []
    for i, argument in enumerate(arguments):
        pair = [(product, ours), (baseline, raw)]
        for target, samples in (pair if i % 2 == 0 else reversed(pair)):
            path, form = target(argument)
            samples.append(timed(path, form))
    (m1, p1), (m2, p2) = summary(ours), summary(raw)
    print(f"{label}: Open311 median {m1:.1f} ms, p95 {p1:.1f} ms | raw JDBC median {m2:.1f} ms, p95 {p2:.1f} ms"
          f" | ratio {m1 / m2:.1f}x (median), {p1 / p2:.1f}x (p95) over {len(arguments)} requests each")


def get(target):
    return lambda order_id: (target(order_id), None)


def post(target, path):
    return lambda n: (path, target(n))


GETS = (get(open311_get), get(jdbc_get))
POSTS = (post(open311_post, "open311/v2/requests.json"), post(jdbc_post, "jdbc-baseline/requests"))

# JPA on a fresh JVM needs about a minute of load before it runs at steady speed.
warm_until = time.monotonic() + float(os.environ.get("WARM_UP_SECONDS", "75"))
n = 0
while time.monotonic() < warm_until:
    for target in GETS:
        path, _ = target(ids[n % len(ids)])
        timed(path)
    if n % 4 == 0:
        for target in POSTS:
            path, form = target(n)
            timed(path, form)
    n += 1
print(f"warm-up: {n} GET pairs and {(n + 3) // 4} POST pairs")

side_by_side("GET one request", *GETS, ids[-1000:])
side_by_side("POST a request", *POSTS, range(300))

admin = StaffSession(BASE)
admin.sign_in("guangling.admin", "Guangling@2026", "Guangling#Bench1")
status, body = admin.get("api/v1/partners/orders?first=199980&size=20")
if status != 200 or len(json.loads(body)) != 20:
    sys.exit(f"page 10,000 of the board answered {status}: {body[:300]}")
for path in ["api/v1/partners/orders?first=0&size=20"] * 20 + ["partners/orders.xhtml"] * 5:
    admin.get(path)
for label, path, repeat in [("board REST page 1 (first=0&size=20)", "api/v1/partners/orders?first=0&size=20", 60),
                            ("board REST page 10,000 (first=199980&size=20)",
                             "api/v1/partners/orders?first=199980&size=20", 20),
                            ("board page /partners/orders.xhtml (page 1, with its count)", "partners/orders.xhtml", 30)]:
    median, p95 = admin.time_page(path, repeat)
    print(f"{label}: median {median:.0f} ms, p95 {p95:.0f} ms over {repeat} requests")
