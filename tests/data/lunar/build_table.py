#!/usr/bin/env python3
"""Build the Vietnamese lunar calendar table 1900-2100 from events_<engine>.json.

Writes:
  tet_leap_1900_2100.tsv        (from the DE440 engine: the reference values)
  computed_<engine>.json        year rows for each engine and for pure UTC+7 / UTC+8
  near_boundary.json            years whose row flips if one event moves across midnight
"""
import datetime as dt
import json
import math

from lunarcal import (months_for_tz, merge_vn, year_table, fmt_months, jdn_to_date)

YEARS = range(1900, 2101)
NEAR_H = 1.0  # hours


def rows_to_json(tab):
    return {str(y): {'tet': t.isoformat(), 'leap': lp, 'months': fmt_months(ms)}
            for y, (t, lp, ms) in tab.items()}


def load(engine):
    with open('events_%s.json' % engine) as f:
        return json.load(f)


def vn_table(ev, nm_shift8=None, term_shift8=None, nm_shift7=None, term_shift7=None):
    m8 = months_for_tz(ev, 8, nm_shift8, term_shift8)
    m7 = months_for_tz(ev, 7, nm_shift7, term_shift7)
    return year_table(merge_vn(m8, m7), YEARS)


def near_midnight(jd_ut, tz):
    """signed hours from the nearest local midnight (+ after midnight, - before)."""
    x = (jd_ut + 0.5 + tz / 24.0) % 1.0
    h = x * 24.0
    return h if h < 12 else h - 24.0


def boundary_analysis(ev, base):
    """Flip each event within NEAR_H of local midnight to the adjacent day; record changed years."""
    found = {}  # year -> list of descriptions
    for tz in (8, 7):
        for kind, lst in (('new moon', ev['new_moons']), ('term', ev['terms'])):
            for i, item in enumerate(lst):
                jd = item if kind == 'new moon' else item[0]
                # only events relevant to this time zone's years
                yr = jdn_to_date(int(jd + 0.5)).year
                if tz == 8 and yr > 1968:
                    continue
                if tz == 7 and yr < 1967:
                    continue
                h = near_midnight(jd, tz)
                if abs(h) > NEAR_H:
                    continue
                delta = {i: (-1 if h > 0 else 1)}
                kw = {}
                if tz == 8:
                    kw['nm_shift8' if kind == 'new moon' else 'term_shift8'] = delta
                else:
                    kw['nm_shift7' if kind == 'new moon' else 'term_shift7'] = delta
                try:
                    alt = vn_table(ev, **kw)
                except RuntimeError as e:
                    alt = {}
                local = dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=jd - 2451545.0, hours=tz)
                label = kind if kind == 'new moon' else 'term %d deg' % (item[1] * 30)
                desc = '%s at %s (UTC+%d), %+.1f min from midnight' % (
                    label, local.strftime('%Y-%m-%d %H:%M:%S'), tz, h * 60)
                for y in YEARS:
                    if alt.get(y) != base.get(y):
                        a = alt.get(y)
                        alt_s = ('tet %s leap %s months %s' % (a[0], a[1] or '-', fmt_months(a[2]))
                                 if a else 'invalid')
                        found.setdefault(y, []).append({'event': desc, 'minutes': round(h * 60, 1),
                                                        'alternative': alt_s})
    return found


def main():
    out = {}
    for engine in ('de440', 'ephem'):
        ev = load(engine)
        vn = vn_table(ev)
        pure7 = year_table(months_for_tz(ev, 7), YEARS)
        pure8 = year_table(months_for_tz(ev, 8), YEARS)
        out[engine] = {'vn': rows_to_json(vn), 'utc7': rows_to_json(pure7),
                       'utc8': rows_to_json(pure8)}
        with open('computed_%s.json' % engine, 'w') as f:
            json.dump(out[engine], f, indent=0, sort_keys=True)
        assert sorted(vn) == list(YEARS), 'missing years: %s' % (set(YEARS) - set(vn))
        if engine == 'de440':
            with open('tet_leap_1900_2100.tsv', 'w') as f:
                f.write('year\ttet\tleap\tmonths\n')
                for y in YEARS:
                    t, lp, ms = vn[y]
                    f.write('%d\t%s\t%s\t%s\n' % (y, t.isoformat(), lp if lp else '-', fmt_months(ms)))
            nb = boundary_analysis(ev, vn)
            with open('near_boundary.json', 'w') as f:
                json.dump({str(k): v for k, v in sorted(nb.items())}, f, indent=1, ensure_ascii=False)
            print('near-boundary years:', sorted(nb))
    # engine agreement
    a, b = out['de440']['vn'], out['ephem']['vn']
    diff = [y for y in a if a[y] != b[y]]
    print('de440 vs ephem differing years:', diff)


if __name__ == '__main__':
    main()
