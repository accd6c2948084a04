#!/usr/bin/env python3
"""SQL for a published ledger of one compound: ENTRIES entries over QUARTERS quarters ending 2026Q3.

Every hash is computed here from docs/ledger-format.md alone (not by the product), so a passing
server-side verification also shows the document is complete. Usage:
    ledger_chain_data.py <compound code> <entries> <quarters> | mariadb <db>
"""
import hashlib
import random
import sys
from datetime import date, timedelta
from decimal import Decimal

CATEGORIES = [("PROPERTY_FEES", "INCOME"), ("PARKING", "INCOME"), ("ADVERTISING", "INCOME"),
              ("LEASING", "INCOME"), ("STAFF", "EXPENSE"), ("CLEANING", "EXPENSE"), ("GREENING", "EXPENSE"),
              ("REPAIRS", "EXPENSE"), ("COMMON_UTILITIES", "EXPENSE"), ("MAINTENANCE_FUND", "EXPENSE")]
FIELDS = ["compound", "quarter", "date", "category", "side", "amount", "counterparty", "voucher", "summary",
          "reverses", "attachments"]
GENESIS = "0" * 64


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def body(e):
    return "".join(f"{k}={e[k]}\n" for k in FIELDS)


def quarters(count, last=(2026, 3)):
    year, number = last
    out = []
    for _ in range(count):
        out.append((year, number))
        number -= 1
        if number == 0:
            year, number = year - 1, 4
    return list(reversed(out))


def sql(value):
    return "'" + str(value).replace("\\", "\\\\").replace("'", "''") + "'"


def main():
    code, total, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(20261128)
    compound = f"(SELECT id FROM org_unit WHERE code = '{code}')"
    print("SET @compound = " + compound + ";")
    per = total // count
    previous, seq, balance = GENESIS, 1, Decimal("10000.00")
    for index, (year, number) in enumerate(quarters(count)):
        n = per if index < count - 1 else total - per * (count - 1)
        quarter = f"{year}Q{number}"
        first_day = date(year, 3 * number - 2, 1)
        entries = []
        for i in range(n):
            category, side = rng.choice(CATEGORIES)
            amount = Decimal(rng.randint(100, 900000)) / 100
            entries.append({"compound": code, "quarter": quarter,
                            "date": (first_day + timedelta(days=i * 89 // max(n, 1))).isoformat(),
                            "category": category, "side": side, "amount": f"{amount:.2f}",
                            "counterparty": f"往来单位{rng.randint(1, 300)}", "voucher": f"PZ-{quarter}-{i + 1:05d}",
                            "summary": "" if i % 3 else "季度例行收支", "reverses": "", "attachments": ""})
        income = sum(Decimal(e["amount"]) for e in entries if e["side"] == "INCOME")
        expense = sum(Decimal(e["amount"]) for e in entries if e["side"] == "EXPENSE")
        public = sum(Decimal(e["amount"]) for e in entries if e["category"] in ("PARKING", "ADVERTISING", "LEASING"))
        opening, closing = balance, balance + income - expense
        signed = sha(f"cp-ledger-statement/1\ncompound={code}\nquarter={quarter}\nopening={opening:.2f}\n"
                     f"entries={n}\n" + "".join(body(e) for e in entries))
        first_seq = seq
        rows = []
        for e in entries:
            h = sha(f"cp-ledger-entry/1\nseq={seq}\nprev={previous}\n" + body(e))
            rows.append((seq, previous, h, e))
            previous, seq = h, seq + 1
        at = f"'{first_day + timedelta(days=100)} 02:00:00'"
        print("INSERT INTO property_ledger_statement (compound_id, compound_code, quarter, status, company_name,"
              " opening_balance,"
              " drafted_by, drafted_at, submitted_by, submitted_at, submitted_hash, committee_by, committee_at,"
              " committee_hash, notary_by, notary_at, notary_hash, published_by, published_at, entry_count,"
              " first_sequence, total_income, total_expense, public_revenue, closing_balance, chain_head, version)"
              f" VALUES (@compound, '{code}', '{quarter}', 'PUBLISHED', '金园物业服务有限公司', {opening:.2f}, 'bench', {at},"
              f" 'bench', {at},"
              f" '{signed}', 'bench.committee', {at}, '{signed}', 'bench.notary', {at}, '{signed}', 'bench', {at},"
              f" {n}, {first_seq}, {income:.2f}, {expense:.2f}, {public:.2f}, {closing:.2f}, '{previous}', 0);")
        print("SET @statement = LAST_INSERT_ID();")
        for start in range(0, len(rows), 1000):
            values = ",".join(
                f"(@statement, @compound, '{code}', '{quarter}', '{e['date']}', '{e['category']}', {e['amount']},"
                f" {sql(e['counterparty'])}, {sql(e['voucher'])}, {sql(e['summary'])}, NULL, '', {s}, '{p}', '{h}', 0)"
                for s, p, h, e in rows[start:start + 1000])
            print("INSERT INTO property_ledger_entry (statement_id, compound_id, compound_code, quarter, entry_date,"
                  " category, amount, counterparty, voucher, summary, reverses_sequence, attachment_hashes,"
                  " sequence_no, previous_hash, entry_hash, version) VALUES " + values + ";")
        balance = closing


if __name__ == "__main__":
    main()
