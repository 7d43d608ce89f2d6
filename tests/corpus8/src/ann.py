"""Hand annotation helpers.  Each helper only packs the values I typed into the
contract's six fields; no value is computed from the cell text."""


def _t(kind, comparator=None, value=None, value_max=None, unit=None, per=None, d=None):
    t = {"kind": kind, "comparator": comparator, "value": value, "value_max": value_max, "unit": unit, "per": per}
    if d:
        t["doubt"] = d
    return t


def Q(c, v, u=None, per=None, d=None):
    return _t("quantity", c, v, None, u, per, d)


def R(lo, hi, u=None, d=None):
    return _t("range", "between", lo, hi, u, None, d)


def CH(c, v, u=None, d=None):
    return _t("change", c, v, None, u, None, d)


def RK(c, v, u=None, d=None):
    return _t("rank", c, v, None, u, None, d)


def QL(d=None):
    return _t("qualitative", d=d)


def DIR(d=None):
    return _t("direction", d=d)


def TF(c=None, d=None):
    return _t("timeframe", c, d=d)


def CP(d="composite: top-level comparator/value/unit assumed null, the numbers live in parts"):
    return _t("composite", d=d)


def TX(d=None):
    return _t("text", d=d)


def E(d=None):
    return _t("empty", d=d)


SPAN = "timeframe span of dates: contract gives start/end but not the comparator; null assumed (could be 'between')"
