"""Calendar rules (Ho Ngoc Duc's formulation), applied to precomputed event times.

A month list is a list of dicts {start: JDN, month: 1..12, leap: bool, year: lunar year}.
"""
import datetime as dt
import math

TET_1968_SWITCH_YEAR = 1968  # lunar years >= this use UTC+7, earlier ones UTC+8


def local_jdn(jd_ut, tz):
    """Julian Day Number of the local civil date containing the UT instant jd_ut."""
    return int(math.floor(jd_ut + 0.5 + tz / 24.0))


def jdn_to_date(jdn):
    return dt.date.fromordinal(jdn - 1721425)


def date_to_jdn(d):
    return d.toordinal() + 1721425


def months_from_days(nm_days, term_days, flip=None):
    """Build labelled months.

    nm_days: sorted JDNs of the local days containing each new moon.
    term_days: list of (JDN, k) for major terms, k = sun longitude / 30 (k == 9: winter solstice).
    Returns the list of labelled months between the first and last month 11 found.
    """
    # month index containing a day
    import bisect
    ws = sorted(d for d, k in term_days if k == 9)
    term_only = sorted(d for d, k in term_days)
    i11 = []
    for w in ws:
        i = bisect.bisect_right(nm_days, w) - 1
        if 0 <= i < len(nm_days) - 1:
            i11.append(i)

    def has_term(j):
        a, b = nm_days[j], nm_days[j + 1]
        p = bisect.bisect_left(term_only, a)
        return p < len(term_only) and term_only[p] < b

    out = []
    for s in range(len(i11) - 1):
        a, b = i11[s], i11[s + 1]
        solstice_year = jdn_to_date(nm_days[a]).year
        # month 11 may start in late November/December of the solstice year
        n = b - a
        leap_j = None
        if n == 13:
            for j in range(a + 1, b):
                if not has_term(j):
                    leap_j = j
                    break
            if leap_j is None:
                raise RuntimeError('13-month year without a month lacking a major term at %s'
                                   % jdn_to_date(nm_days[a]))
        elif n != 12:
            raise RuntimeError('span of %d months at %s' % (n, jdn_to_date(nm_days[a])))
        num = 10
        seen_one = False
        for j in range(a, b):
            leap = (j == leap_j)
            if not leap:
                num = num % 12 + 1
            if num == 1 and not leap:
                seen_one = True
            year = solstice_year + 1 if seen_one else solstice_year
            out.append({'start': nm_days[j], 'month': num, 'leap': leap, 'year': year})
    # sentinel: the start of the last month 11 (end of the last month)
    out.append({'start': nm_days[i11[-1]], 'month': 11, 'leap': False,
                'year': jdn_to_date(nm_days[i11[-1]]).year, 'sentinel': True})
    return out


def months_for_tz(events, tz, nm_shift=None, term_shift=None):
    """Labelled months at a fixed time zone. *_shift: optional {index: day delta} to perturb."""
    nm_days = [local_jdn(x, tz) for x in events['new_moons']]
    if nm_shift:
        for i, dlt in nm_shift.items():
            nm_days[i] += dlt
    term_days = [(local_jdn(x, tz), k) for x, k in events['terms']]
    if term_shift:
        for i, dlt in term_shift.items():
            term_days[i] = (term_days[i][0] + dlt, term_days[i][1])
    return months_from_days(nm_days, term_days)


def merge_vn(m8, m7, switch_year=TET_1968_SWITCH_YEAR):
    """Vietnamese rule: lunar years < switch_year from the UTC+8 list, the rest from UTC+7."""
    a = [m for m in m8 if not m.get('sentinel') and m['year'] < switch_year]
    b = [m for m in m7 if not m.get('sentinel') and m['year'] >= switch_year]
    return a + b + [m7[-1]]


def year_table(months, years):
    """{year: (tet_date, leap_month_or_None, [(len, leap), ...])}"""
    by = {}
    for i, m in enumerate(months[:-1]):
        ln = months[i + 1]['start'] - m['start']
        by.setdefault(m['year'], []).append((m, ln))
    res = {}
    for y in years:
        ms = by.get(y)
        if not ms or ms[0][0]['month'] != 1 or ms[-1][0]['month'] != 12:
            continue  # incomplete year
        # make sure the year really ends: the next month must be month 1 of y+1
        tet = jdn_to_date(ms[0][0]['start'])
        leap = [m['month'] for m, _ in ms if m['leap']]
        res[y] = (tet, leap[0] if leap else None, [(ln, m['leap']) for m, ln in ms])
    return res


def fmt_months(lst):
    return ','.join('%d%s' % (ln, '+' if lp else '') for ln, lp in lst)
