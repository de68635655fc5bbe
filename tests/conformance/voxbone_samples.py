"""The XML samples of Voxbone's VoxAPI documentation (the seed), cut out of the prose and repaired.

Shared by ``test_voxbone_spec.py`` (the WSDL/XSD against the samples) and ``test_voxbone_sdk.py`` (the generated
SDK against the samples). Every request and response sample is cut out of the seed and repaired where the
documentation itself is broken; which repairs apply where is asserted by ``test_voxbone_spec.EXPECTED_REPAIRS``.

The seed lives outside the repository (``../shared/seeds`` relative to the repo root); ``SAMPLES`` is empty when
it is absent, and the tests that need it skip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_2f1521f95bf60a2e.txt"
PROVIDERS = SHARED / "PROVIDERS.md"
XSD = REPO_ROOT / "specs" / "voxbone" / "voxapi.xsd"
WSDL = REPO_ROOT / "specs" / "voxbone" / "voxapi.wsdl"

NS = "http://www.voxbone.com/VoxAPI"

METHODS = (
    "GetCountriesList",
    "GetStatesList",
    "GetDIDGroupList",
    "PlaceDIDsOrder",
    "GetPurchaseInfoData",
    "IsPurchaseInfoValid",
    "CancelDID",
    "MapDID",
    "GetDIDsInfo",
    "GetTrunkList",
    "PlaceDIDsOnTrunk",
    "RemoveDIDsFromTrunk",
    "GetPOPList",
    "UpdateDelivery",
    "GetTollfreeCreditPackageList",
    "PurchaseTollfreeCredit",
    "GetOrderStatus",
    "GetAccountBalance",
)
# Methods documented as "No Response ( void )": no response sample, an empty <Method>Response.
VOID_METHODS = frozenset({"MapDID", "PlaceDIDsOnTrunk", "RemoveDIDsFromTrunk", "UpdateDelivery"})


# --------------------------------------------------------------------------------------------
# Repairs. The seed's samples are hand-edited docs, and some are not well-formed or not valid
# as printed. Each repair is narrow, and test_voxbone_spec asserts it applies to exactly the
# samples it lists: a new defect in the seed fails loudly instead of being fixed or skipped silently.
# --------------------------------------------------------------------------------------------

_ELISION_LINE = re.compile(r"^[ \t]*\.{3,}[ \t]*\r?\n", re.MULTILINE)
_STRAY_SEMICOLON = re.compile(r"^[ \t]*;(?=[ \t]*<)", re.MULTILINE)


def _drop_elisions(name: str, text: str) -> str:
    """Lines holding only '...' / '.....' stand for "more items like the above"."""
    return _ELISION_LINE.sub("", text)


def _drop_stray_semicolon(name: str, text: str) -> str:
    """A ';' typo before a tag would be character data in element-only content."""
    return _STRAY_SEMICOLON.sub("", text)


def _declare_vox_prefix(name: str, text: str) -> str:
    """A request whose root uses the vox: prefix without declaring it (not namespace-well-formed)."""
    root = re.match(r"<vox:(\w+)>", text)
    if root is None:
        return text
    return text.replace(root.group(0), f'<vox:{root.group(1)} xmlns:vox="{NS}">', 1)


def _close_unclosed_array(name: str, text: str) -> str:
    """An '<ArrayOfX>' typed where '</ArrayOfX>' was meant, right before the wrapper's end tag."""
    return re.sub(r"<(ArrayOf\w+)>(\s*</\w+Response>\s*)$", r"</\1>\2", text)


REPAIRS = {
    "elision": _drop_elisions,
    "stray_semicolon": _drop_stray_semicolon,
    "undeclared_vox_prefix": _declare_vox_prefix,
    "unclosed_array": _close_unclosed_array,
}


@dataclass
class Sample:
    name: str  # root element local name: the method (request) or <Method>Response
    kind: str  # "request" or "response"
    method: str
    raw: str
    text: str = ""
    repairs: list[str] = field(default_factory=list)


def extract_samples(seed: str) -> tuple[list[Sample], str]:
    """Cut every top-level sample out of the prose.

    A sample starts at ``<vox:<Method>`` (request) or ``<<Method>Response`` (response) for one of
    the documented methods and ends at the first matching end tag. Returns the samples and the
    seed with them removed, so callers can check no XML was left behind.
    """
    names = "|".join(METHODS)
    start = re.compile(rf"<(?P<qname>(?:vox:(?P<req>{names}))|(?P<resp>(?:{names})Response))(?=[\s>/])")
    samples: list[Sample] = []
    leftover: list[str] = []
    pos = 0
    while True:
        m = start.search(seed, pos)
        if m is None:
            leftover.append(seed[pos:])
            break
        qname = m.group("qname")
        end_tag = f"</{qname}>"
        end = seed.find(end_tag, m.end())
        assert end != -1, f"no {end_tag} after offset {m.start()}"
        end += len(end_tag)
        raw = seed[m.start() : end]
        if m.group("req"):
            samples.append(Sample(m.group("req"), "request", m.group("req"), raw))
        else:
            resp = m.group("resp")
            samples.append(Sample(resp, "response", resp[: -len("Response")], raw))
        leftover.append(seed[pos : m.start()])
        pos = end
    return samples, "".join(leftover)


def repair(sample: Sample) -> Sample:
    text = sample.raw
    for key, fix in REPAIRS.items():
        fixed = fix(sample.name, text)
        if fixed != text:
            sample.repairs.append(key)
            text = fixed
    sample.text = text
    return sample


def load_samples() -> list[Sample]:
    """Every sample of the seed, repaired; [] when the seed is not available."""
    if not SEED.is_file():
        return []
    samples, _ = extract_samples(SEED.read_text(encoding="utf-8"))
    return [repair(s) for s in samples]


SAMPLES = load_samples()
